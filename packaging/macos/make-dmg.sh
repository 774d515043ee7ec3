#!/bin/sh
# macOS: build "Octanist Desktop.app", sign and notarize it, and wrap it in a .dmg.
#
# Needs a Mac with Xcode's command-line tools (codesign, hdiutil, xcrun),
# Python 3.11+ and, to sign, an Apple "Developer ID Application" certificate
# in a keychain. The release workflow (.github/workflows/release.yml) runs it
# on macos-latest (arm64) and macos-15-intel (x86_64); see packaging/README.md.
#
#   make venv && sh packaging/macos/make-dmg.sh
#   CODESIGN_IDENTITY="Developer ID Application: Octanist B.V. (TEAMID)" \
#   NOTARY_PROFILE=octanist sh packaging/macos/make-dmg.sh
#
# NOTARY_PROFILE names credentials stored once with
#   xcrun notarytool store-credentials octanist --apple-id … --team-id … --password <app-specific>
# (NOTARY_KEYCHAIN names the keychain they are in, when it isn't the default one.)
# Without CODESIGN_IDENTITY the app is ad-hoc signed: it runs on this Mac, and
# elsewhere only after right-click → Open. Without NOTARY_PROFILE it is not notarized.
#
# The .dmg is for the architecture of the Python that builds it:
#   dist/octanist-desktop-<version>-macos-<arm64|x86_64>.dmg
set -eu
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-.venv/bin/python}
APP="dist/Octanist Desktop.app"
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' octanist_desktop/__init__.py)
ARCH=$("$PYTHON" -c 'import platform; print(platform.machine())')
DMG="dist/octanist-desktop-$VERSION-macos-$ARCH.dmg"

"$PYTHON" -c 'import PyInstaller' 2>/dev/null || "$PYTHON" -m pip install --quiet -e ".[package]"

# PyInstaller signs each binary and then the bundle (hardened runtime with a
# real identity; see the spec). CODESIGN_IDENTITY reaches the spec through the environment.
export CODESIGN_IDENTITY="${CODESIGN_IDENTITY:-}"
PYINSTALLER_CONFIG_DIR="$PWD/build/pyinstaller-cache" \
    "$PYTHON" -m PyInstaller --noconfirm --log-level=WARN --distpath dist --workpath build/pyinstaller \
    packaging/octanist-desktop.spec

if [ -n "$CODESIGN_IDENTITY" ]; then
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

# The bundle's own check, signed as it will ship: version, data folder, self-test.
"$PYTHON" packaging/smoke_test.py "$APP/Contents/MacOS/octanist-desktop" \
    --data-dir-under "$HOME/Library/Application Support"

staging=build/dmg
rm -rf "$staging"
mkdir -p "$staging"
# ditto keeps the bundle's symlinks, extended attributes and signatures as they are.
ditto "$APP" "$staging/Octanist Desktop.app"
ln -s /Applications "$staging/Applications"
rm -f "$DMG"
hdiutil create -quiet -volname "Octanist Desktop $VERSION" -srcfolder "$staging" -ov -format UDZO "$DMG"

if [ -n "$CODESIGN_IDENTITY" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" \
        ${NOTARY_KEYCHAIN:+--keychain "$NOTARY_KEYCHAIN"} --wait
    xcrun stapler staple "$DMG"
fi
echo "built $DMG"
