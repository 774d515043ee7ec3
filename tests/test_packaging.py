"""Fast checks of packaging/: the spec, control file and .desktop entry agree, Depends is complete.

None of this needs PyInstaller or a build: the "Depends is complete" check
reads the DT_NEEDED entries of the very Qt binaries in this venv that the
frozen app ships, and ``make package`` repeats it on the frozen tree.
"""

from __future__ import annotations

import ast
import configparser
import re
import struct
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
sys.path.append(str(PACKAGING))  # the build tools are scripts there, not a package

import debpackage  # noqa: E402
import elf  # noqa: E402
import freeze_rules  # noqa: E402
import icons  # noqa: E402

#: What the issue asks Depends to name, at the least.
REQUIRED_DEPENDS = (
    *("libegl1", "libgl1", "libfontconfig1", "fonts-dejavu-core", "libxkbcommon0"),
    *("libdbus-1-3", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0"),
    *("libxcb-keysyms1", "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1"),
    *("libx11-xcb1", "libglib2.0-0"),
)

CONTROL = debpackage.CONTROL_TEMPLATE.read_text()
SPEC = (PACKAGING / "octanist-desktop.spec").read_text()
QT_DIR = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PrefixPath))


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(debpackage.DESKTOP_FILE.read_text())
    return parser["Desktop Entry"]


# -- Depends -------------------------------------------------------------------------


def test_depends_names_every_package_the_issue_lists() -> None:
    depends = debpackage.depends_packages(CONTROL)
    assert [p for p in REQUIRED_DEPENDS if p not in depends] == []


def test_depends_and_the_library_table_match_one_to_one() -> None:
    depends = set(debpackage.depends_packages(CONTROL))
    from_libraries = set(debpackage.SYSTEM_LIBRARIES.values())
    assert from_libraries - depends == set(), "libraries whose package is not in Depends"
    assert depends - from_libraries - debpackage.NON_LIBRARY_DEPENDS == set(), "stale Depends"


def test_depends_covers_what_the_dev_machines_install_for_qt() -> None:
    script = (ROOT / "scripts" / "install-system-deps").read_text()
    wanted = set()
    for variable in ("QT_OFFSCREEN", "X11"):
        match = re.search(rf'^{variable}="([^"]*)"', script, re.M)
        assert match is not None, variable
        wanted |= set(match.group(1).split())
    wanted -= {"xvfb", "xauth"}  # a test display, not something the app links
    assert wanted - set(debpackage.depends_packages(CONTROL)) == set()


def _shipped_qt_binaries() -> list[Path]:
    """The venv's Qt libraries and the plugins freeze_rules keeps: what the .deb carries."""
    libs = [
        QT_DIR / "lib" / f"libQt6{name}.so.6"
        for name in ("Core", "Gui", "Widgets", "Svg", "DBus", "XcbQpa")
    ]
    plugins = [
        path
        for path in (QT_DIR / "plugins").rglob("*.so")
        if freeze_rules.qt_file_wanted(f"PySide6/Qt/plugins/{path.relative_to(QT_DIR / 'plugins')}")
    ]
    return libs + plugins


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb is Linux-only")
def test_depends_covers_every_system_library_the_shipped_qt_binaries_link() -> None:
    binaries = _shipped_qt_binaries()
    assert any(p.name == "libqxcb.so" for p in binaries)
    shipped_with_qt = {p.name for p in (QT_DIR / "lib").iterdir()}
    needs: dict[str, set[str]] = {}
    for path in binaries:
        for soname in elf.needed_libraries(path):
            if soname not in shipped_with_qt:
                needs.setdefault(soname, set()).add(path.name)
    assert "libxcb-cursor.so.0" in needs  # the reading works: xcb links the xcb set

    assert debpackage.check_depends(needs, debpackage.depends_packages(CONTROL)) == []


def test_a_library_missing_from_depends_is_named_with_who_links_it() -> None:
    needs = {"libxcb-cursor.so.0": {"libqxcb.so"}, "libfoo.so.1": {"libQt6Gui.so.6"}}
    depends = [p for p in debpackage.depends_packages(CONTROL) if p != "libxcb-cursor0"]

    problems = debpackage.check_depends(needs, depends)

    assert problems[0].startswith("libfoo.so.1 (linked by libQt6Gui.so.6) is neither bundled")
    assert problems[1] == (
        "libxcb-cursor.so.0 (linked by libqxcb.so) needs libxcb-cursor0 in Depends"
    )


# -- the control file, the spec and the .desktop entry agree -------------------------


def test_control_template_is_complete_once_filled() -> None:
    control = debpackage.render_control(
        CONTROL,
        {
            "VERSION": "0.1.0",
            "ARCHITECTURE": "amd64",
            "MAINTAINER": "Octanist <x@example.invalid>",
            "INSTALLED_SIZE": "1",
            "GLIBC": "2.35",
        },
    )
    assert "@" not in control.replace("x@example", "")
    for name in ("Package", "Version", "Architecture", "Maintainer", "Depends", "Description"):
        assert debpackage.field(control, name)
    assert debpackage.field(control, "Package") == debpackage.PACKAGE
    assert "libc6 (>= 2.35)" in debpackage.field(control, "Depends")
    with pytest.raises(debpackage.PackagingError, match="@ARCHITECTURE@"):
        debpackage.render_control(CONTROL, {"VERSION": "1"})


def test_spec_names_the_app_as_the_package_launcher_and_desktop_entry_do() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    entry = _desktop_entry()
    assert f'APP_NAME = "{debpackage.PACKAGE}"' in SPEC
    assert debpackage.PACKAGE in scripts
    assert entry["Exec"].split()[0] == debpackage.PACKAGE
    assert entry["Icon"] == icons.ICON_NAME == debpackage.PACKAGE
    assert entry["Type"] == "Application"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_spec_is_onedir_windowed_and_reads_the_package_version() -> None:
    assert "console=False" in SPEC
    # One folder, not one file: the executable leaves the binaries to COLLECT.
    assert "exclude_binaries=True" in SPEC
    assert "COLLECT(" in SPEC
    assert '"octanist_desktop" / "__init__.py"' in SPEC
    assert "__version__" in SPEC
    # app.py finds its icon in resources/ next to the package, frozen or not.
    assert '"resources" / "octanist-desktop.svg"), "resources")' in SPEC
    assert "freeze_rules.trim_analysis(a)" in SPEC
    baseline = (PACKAGING / "hello-world.spec").read_text()
    for setting in ("freeze_rules.trim_analysis(a)", "console=False", "strip=freeze_rules.STRIP"):
        assert setting in baseline, setting


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", "0.1.0"), ("1.2.0rc1", "1.2.0~rc1"), ("1.0.dev3", "1.0~dev3"), ("2.0b2", "2.0~b2")],
)
def test_debian_version_sorts_pre_releases_first(version: str, expected: str) -> None:
    assert debpackage.debian_version(version) == expected


# -- freeze rules -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        # Qt's own words for standard buttons, in the languages the app speaks.
        ("PySide6/Qt/translations/qtbase_nl.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/Qt/translations/qt_help_nl.qm", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("certifi/cacert.pem", True),
    ],
)
def test_qt_files_kept_and_left_out(dest: str, kept: bool) -> None:
    assert freeze_rules.qt_file_wanted(dest) is kept


def test_libraries_are_kept_only_when_something_kept_still_loads_them() -> None:
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/venv/PySide6/plugins/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/venv/PySide6/lib/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", "/venv/PySide6/lib/libQt6Wl.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0", "BINARY"),
        ("_ssl.so", "/py/lib-dynload/_ssl.so", "EXTENSION"),
        ("libssl.so.3", "/usr/lib/x86_64-linux-gnu/libssl.so.3", "BINARY"),
        ("libcrypto.so.3", "/usr/lib/x86_64-linux-gnu/libcrypto.so.3", "BINARY"),
        ("libQt6XcbQpa.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "SYMLINK"),
        ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"),
    ]
    links = {
        "/venv/PySide6/plugins/libqxcb.so": ["libQt6XcbQpa.so.6", "libxcb-cursor.so.0"],
        "/venv/PySide6/lib/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0", "libc.so.6"],
        "/py/lib-dynload/_ssl.so": ["libssl.so.3"],
        "/usr/lib/x86_64-linux-gnu/libssl.so.3": ["libcrypto.so.3"],
    }

    kept, dropped = freeze_rules.prune_libraries(
        binaries,
        needed=lambda src: links.get(src, []),
        is_bundled_source=lambda src: src.startswith(("/venv/", "/py/")),
    )

    assert {e[0] for e in kept} == {
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libQt6XcbQpa.so.6",  # a symlink to a kept library
        "_ssl.so",
        "libssl.so.3",  # Python's own needs stay bundled, system or not
        "libcrypto.so.3",
    }
    assert {e[0] for e in dropped} == {
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",  # nothing kept loads it
        "libQt6WaylandClient.so.6",
        "libxcb-cursor.so.0",  # Qt's system library: Depends brings it
    }


def test_the_babel_hook_keeps_every_language_country_names_are_read_in() -> None:
    from octanist_desktop.core.countries import NAME_LANGUAGES

    hook = ast.parse((Path(freeze_rules.HOOKS_DIR) / "hook-babel.py").read_text())
    kept = next(
        ast.literal_eval(node.value)
        for node in hook.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "NAME_LANGUAGES"
    )
    assert kept == NAME_LANGUAGES


def test_excluded_modules_cover_submodules_only_by_whole_name() -> None:
    assert freeze_rules.excluded("phonenumbers.geodata.data0")
    assert freeze_rules.excluded("asyncio")
    assert not freeze_rules.excluded("phonenumbers")
    assert not freeze_rules.excluded("phonenumbers.data.region_NL")
    assert not freeze_rules.excluded("dnsx")


# -- ELF and icons -----------------------------------------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF is Linux's format")
def test_elf_reader_names_what_qt_core_links_and_its_glibc_versions() -> None:
    core = QT_DIR / "lib" / "libQt6Core.so.6"
    needed = elf.needed_libraries(core)
    assert "libc.so.6" in needed
    assert any(name.startswith("libicuuc.so") for name in needed)
    versions = elf.symbol_versions(core)
    assert any(v.startswith("GLIBC_2.") for v in versions["libc.so.6"])
    with pytest.raises(ValueError, match="not an ELF file"):
        elf.needed_libraries(debpackage.CONTROL_TEMPLATE)


def test_ico_and_icns_hold_each_png_where_their_headers_say() -> None:
    pngs = {16: b"\x89PNG sixteen", 32: b"\x89PNG thirty-two", 256: b"\x89PNG big" * 3}

    ico = icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", ico, 0)
    assert (reserved, kind, count) == (0, 1, 3)
    for i, size in enumerate(sorted(pngs)):
        width, _h, _c, _r, _planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * i
        )
        assert width == (0 if size == 256 else size)
        assert bpp == 32
        assert ico[offset : offset + length] == pngs[size]

    icns = icons.icns_bytes(pngs)
    assert icns[:4] == b"icns"
    assert struct.unpack_from(">I", icns, 4)[0] == len(icns)
    assert icns[8:12] == b"icp4"
    assert icns[16 : 16 + len(pngs[16])] == pngs[16]


def test_the_svg_renders_to_an_opaque_png_at_small_sizes(qapp: object) -> None:
    png = icons.render_png(icons.SVG, 32)
    image = QImage.fromData(png, "PNG")
    assert (image.width(), image.height()) == (32, 32)
    assert image.pixelColor(16, 8).alpha() == 255  # inside the rounded square
    assert image.pixelColor(0, 0).alpha() < 255  # the rounded corner stays see-through
