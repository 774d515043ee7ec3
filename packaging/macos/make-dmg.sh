#!/bin/sh
# macOS: build "Octanist Desktop.app", sign and notarize it, and wrap it in a .dmg.
#
# Not run on the Linux build machine: it needs a Mac with Xcode's command-line
# tools (codesign, hdiutil, xcrun), Python 3.11 and, to sign, an Apple
# "Developer ID Application" certificate. See packaging/README.md.
#
#   sh packaging/macos/make-dmg.sh
#   CODESIGN_IDENTITY="Developer ID Application: Octanist B.V. (TEAMID)" \
#   NOTARY_PROFILE=octanist sh packaging/macos/make-dmg.sh
#
# NOTARY_PROFILE names credentials stored once with
#   xcrun notarytool store-credentials octanist --apple-id … --team-id … --password <app-specific>
# Without CODESIGN_IDENTITY the app is ad-hoc signed: it runs on this Mac, and
# elsewhere only after right-click → Open. Without NOTARY_PROFILE it is not notarized.
set -eu
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-.venv/bin/python}
APP="dist/Octanist Desktop.app"
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' octanist_desktop/__init__.py)
DMG="dist/octanist-desktop-$VERSION.dmg"

"$PYTHON" -m pip install --quiet -e ".[package]"
PYINSTALLER_CONFIG_DIR="$PWD/build/pyinstaller-cache" \
    "$PYTHON" -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller \
    packaging/octanist-desktop.spec

# The bundle's own check before it leaves this Mac (offscreen: no window opens).
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/octanist-desktop" --self-test

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    # Hardened runtime is required for notarization; sign the nested code first.
    find "$APP/Contents" -type f \( -name '*.dylib' -o -name '*.so' \) -print0 |
        xargs -0 codesign --force --timestamp --options runtime --sign "$CODESIGN_IDENTITY"
    codesign --force --timestamp --options runtime --sign "$CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

staging=build/dmg
rm -rf "$staging"
mkdir -p "$staging"
cp -R "$APP" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$DMG"
hdiutil create -volname "Octanist Desktop $VERSION" -srcfolder "$staging" -ov -format UDZO "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
fi
echo "built $DMG"
