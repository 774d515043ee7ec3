"""What a frozen Octanist Desktop leaves out, shared by the app's spec and the size baseline.

PyInstaller's Qt hooks collect every plugin of every Qt module the app
touches: Wayland, EGLFS, VNC and kiosk input plugins, Qt Network's TLS
backends, 60 translation files. The app draws widgets with QtCore, QtGui and
QtWidgets and its icon through the SVG icon engine; everything else goes.

On Linux the app is shipped as a Debian package, so the system libraries Qt
links (X11/xcb, fontconfig, GL/EGL, GLib, D-Bus, xkbcommon) come from the
package's ``Depends:`` and are not copied from the build machine: a bundled
libfontconfig or libX11 older or newer than the one the target's configuration
and drivers expect is a classic source of frozen-app breakage. Python's own
system libraries (OpenSSL for ``ssl``, SQLite 3.34+ for trigram search, libffi)
stay bundled, so the app gets the versions it was tested with.

The same rules freeze the hello-world baseline in ``size_report.py``, so the
size comparison measures what the app adds, not what the rules remove.

Entries are PyInstaller TOC tuples ``(dest_name, src_path, typecode)``; this
module needs no PyInstaller, so ``tests/test_packaging.py`` can check it.
"""

from __future__ import annotations

import os
import site
import sys
import sysconfig
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

Entry = tuple[str, str, str]

#: Python modules the app never imports at run time.
EXCLUDED_MODULES: tuple[str, ...] = (
    # Qt modules beyond QtCore/QtGui/QtWidgets (QtSvg comes in as a library for the icon engine).
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtSvgWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtWebEngineCore",
    "PySide6.QtMultimedia",
    "PySide6.QtCharts",
    # The standard library's GUI, test and debugger tooling.
    "tkinter",
    "_tkinter",
    "unittest",
    "doctest",
    "pdb",
    "pydoc",
    "lib2to3",
    "idlelib",
    "ensurepip",
    "distutils",
    "setuptools",
    "pip",
    # Nothing the app runs uses processes or an event loop: the sender is a
    # QThread, the sandbox a threading HTTP server, jeepney its blocking API.
    "asyncio",
    "multiprocessing",
    "xmlrpc",
    "jeepney.io.asyncio",
    "jeepney.io.trio",
    "jeepney.io.tests",
    "trio",
    # phonenumbers: only parsing and formatting are used. Its place-name,
    # carrier and time-zone tables are 45 MB of source.
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
    # email-validator's deliverability (DNS) check: the app validates with
    # check_deliverability=False, so dnspython is never imported.
    "email_validator.deliverability",
    "email_validator.__main__",
    "dns",
)

#: Qt plugins kept, by plugin folder. A folder not named here is left out whole;
#: ``None`` keeps the whole folder. Names are the file stem without ``lib``/``q``.
PLUGINS_KEPT: dict[str, tuple[str, ...] | None] = {
    # Offscreen runs the self-test and CI; the native one shows windows.
    "platforms": ("offscreen", "xcb", "windows", "cocoa"),
    # Portal file dialogs on GNOME/KDE. The GTK3 theme is left out: it would
    # need all of GTK on the target for a look the Fusion style already gives.
    "platformthemes": ("xdgdesktopportal",),
    # Dead keys/compose (é, ë in Dutch names) and IBus input methods.
    "platforminputcontexts": ("compose", "ibus"),
    "iconengines": ("svgicon",),
    "imageformats": ("svg",),
    "xcbglintegrations": None,
    "styles": None,
}

#: Qt's own translations kept: the standard buttons and dialogs (qtbase) in
#: the languages the app itself speaks (octanist_desktop/ui/language.py).
TRANSLATIONS_KEPT: tuple[str, ...] = ("qtbase_nl", "qtbase_de")

_QT_DIR = "PySide6/Qt/"
_PLUGINS_DIR = _QT_DIR + "plugins/"
_TRANSLATIONS_DIR = _QT_DIR + "translations/"


def plugin_name(filename: str) -> str:
    """``libqxcb.so`` → ``xcb``, ``qwindows.dll`` → ``windows``."""
    stem = filename.split(".", 1)[0]
    return stem.removeprefix("lib").removeprefix("q")


def qt_file_wanted(dest: str) -> bool:
    """Whether a Qt plugin or translation at ``dest`` (in the frozen tree) is kept."""
    dest = dest.replace("\\", "/")
    if dest.startswith(_TRANSLATIONS_DIR):
        return PurePosixPath(dest).stem in TRANSLATIONS_KEPT
    if not dest.startswith(_PLUGINS_DIR):
        return True
    folder, _, filename = dest[len(_PLUGINS_DIR) :].rpartition("/")
    if folder not in PLUGINS_KEPT:
        return False
    kept = PLUGINS_KEPT[folder]
    if kept is None:
        return True
    name = plugin_name(filename)
    return any(name == k or name.startswith(k + "platforminputcontext") for k in kept)


def drop_qt_extras(entries: Iterable[Entry]) -> tuple[list[Entry], list[Entry]]:
    """Split ``entries`` into (kept, dropped) by :func:`qt_file_wanted`."""
    kept: list[Entry] = []
    dropped: list[Entry] = []
    for entry in entries:
        (kept if qt_file_wanted(entry[0]) else dropped).append(entry)
    return kept, dropped


def _is_qt_side(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    return dest.startswith(("PySide6/", "shiboken6/"))


def _is_root(entry: Entry) -> bool:
    dest, _src, typecode = entry
    name = PurePosixPath(dest.replace("\\", "/")).name
    return (
        typecode == "EXTENSION"
        or dest.replace("\\", "/").startswith(_PLUGINS_DIR)
        or name.startswith("libpython")
    )


def prune_libraries(
    binaries: Sequence[Entry],
    needed: Callable[[str], Iterable[str]],
    is_bundled_source: Callable[[str], bool],
) -> tuple[list[Entry], list[Entry]]:
    """Keep only the shared libraries something kept still loads; leave Qt's system libs out.

    ``binaries`` is the Analysis ``binaries`` list (``SYMLINK`` entries may be
    mixed in). ``needed(src)`` names the libraries a binary links (sonames).
    ``is_bundled_source(src)`` is True for files that come with Python or a
    Python package (site-packages, the Python prefix) rather than the OS.

    Python extension modules, Qt plugins and libpython are the roots. A library
    reached from a Python extension outside PySide6 is kept wherever it comes
    from (OpenSSL, SQLite). A library reached only from Qt is kept if it ships
    with PySide6 and left out if it is a system library: the Debian package's
    Depends provide it, and its own dependencies with it. Libraries nothing
    reaches (Qt Wayland once its plugins are gone) are left out.
    """
    by_name: dict[str, Entry] = {}
    links: dict[str, str] = {}
    for entry in binaries:
        name = PurePosixPath(entry[0].replace("\\", "/")).name
        if entry[2] == "SYMLINK":
            links[name] = PurePosixPath(entry[1].replace("\\", "/")).name
        else:
            by_name.setdefault(name, entry)

    def resolve(soname: str) -> Entry | None:
        return by_name.get(links.get(soname, soname)) or by_name.get(soname)

    keep: set[str] = set()

    def walk(roots: Iterable[Entry], *, system_ok: bool) -> None:
        stack = list(roots)
        seen: set[str] = set()
        while stack:
            entry = stack.pop()
            if entry[0] in seen:
                continue
            seen.add(entry[0])
            if not system_ok and not _is_root(entry) and not is_bundled_source(entry[1]):
                continue  # a system library: Depends brings it and what it links
            keep.add(entry[0])
            for soname in needed(entry[1]):
                found = resolve(PurePosixPath(soname).name)
                if found is not None:
                    stack.append(found)

    roots = [e for e in binaries if e[2] != "SYMLINK" and _is_root(e)]
    walk([e for e in roots if not _is_qt_side(e[0])], system_ok=True)
    walk([e for e in roots if _is_qt_side(e[0])], system_ok=False)

    kept_names = {PurePosixPath(d.replace("\\", "/")).name for d in keep}
    kept: list[Entry] = []
    dropped: list[Entry] = []
    for entry in binaries:
        if entry[2] == "SYMLINK":
            target = PurePosixPath(entry[1].replace("\\", "/")).name
            ok = target in kept_names
        else:
            ok = entry[0] in keep
        (kept if ok else dropped).append(entry)
    return kept, dropped


def source_roots(python_prefixes: Iterable[str], package_dirs: Iterable[str]) -> tuple[str, ...]:
    """Directories whose files count as bundled sources (see :func:`prune_libraries`)."""
    return tuple(
        os.path.join(os.path.realpath(p), "")
        for p in (*python_prefixes, *package_dirs)
        if p and not os.path.realpath(p).startswith(("/usr", "/lib"))
    )


def excluded(module: str) -> bool:
    """Whether ``module`` is one of :data:`EXCLUDED_MODULES` or inside one."""
    return any(module == m or module.startswith(m + ".") for m in EXCLUDED_MODULES)


#: Strip symbols from binaries (libpython alone drops ~17 MB); Windows has no strip.
STRIP = not sys.platform.startswith("win")
#: No UPX: packed Qt libraries trip antivirus scanners and start slower.
UPX = False
#: Hooks that narrow what PyInstaller collects (phonenumbers without its geodata).
HOOKS_DIR = str(Path(__file__).resolve().parent / "hooks")


def trim_analysis(analysis: Any, log: Callable[[str], None] = print) -> None:
    """Apply every rule above to a PyInstaller ``Analysis``, in place."""
    from PyInstaller.config import CONF  # type: ignore[import-untyped]

    binaries, dropped = drop_qt_extras(analysis.binaries)
    datas, dropped_data = drop_qt_extras(analysis.datas)
    left_out = [*dropped, *dropped_data]
    if sys.platform.startswith("linux"):
        from PyInstaller.depend.bindepend import get_imports  # type: ignore[import-untyped]

        bundled = source_roots(
            [sys.prefix, sys.base_prefix, sysconfig.get_paths()["stdlib"]],
            site.getsitepackages(),
        )
        symlinks = [e for e in datas if e[2] == "SYMLINK"]
        kept, pruned = prune_libraries(
            [*binaries, *symlinks],
            needed=lambda src: [name for name, _path in get_imports(src)],
            is_bundled_source=lambda src: os.path.realpath(src).startswith(bundled),
        )
        binaries = [e for e in kept if e[2] != "SYMLINK"]
        datas = [e for e in datas if e[2] != "SYMLINK"] + [e for e in kept if e[2] == "SYMLINK"]
        left_out += pruned
    analysis.binaries = binaries
    analysis.datas = datas
    listing = Path(CONF["workpath"]) / "freeze-rules-left-out.txt"
    listing.write_text("\n".join(sorted({e[0] for e in left_out})) + "\n")
    log(f"freeze_rules: left out {len(left_out)} Qt plugins, translations and libraries: {listing}")
