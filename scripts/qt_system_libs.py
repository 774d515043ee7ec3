"""Before ``make run`` or ``make test``: does this Linux machine have the libraries Qt needs?

Qt answers a missing X11 library with an abort (and a core dump) whose
message blames ``xcb-cursor0`` whatever is really missing, and a missing
GLib or EGL with an ImportError deep in pytest-qt. So before either starts,
this script runs ``ldd`` on the Qt platform plugin in ``.venv`` that will be
used (xcb for a window, offscreen for the tests), names the Debian package
of every library that isn't found (and ``fonts-dejavu-core`` when the
machine has no font at all: Qt would draw boxes), and then either

- installs them, quietly, when it runs as root and ``apt-get`` is there (as
  ``scripts/ensure-venv`` does for python3-venv), or
- prints the one ``sudo apt-get install …`` line to run, and exits 1.

    python3 -S scripts/qt_system_libs.py [--qpa offscreen] [--for-xvfb] [--no-install]
                                          [--venv DIR] [--plugin FILE]

For a window it stays out of the way where xcb isn't what Qt will use: not
Linux, a ``QT_QPA_PLATFORM`` that doesn't start with xcb (offscreen,
wayland, …), a Wayland session. A pass is remembered (a stamp in the venv, valid while
neither the plugin nor dpkg's database is newer), so a normal start costs an
interpreter start and two ``stat`` calls: only ``os`` and ``sys`` are
imported on that path, everything else when something has to be done.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs an import on every `make run`; mypy and ruff still see this
    from collections.abc import Iterable, Mapping, Sequence

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STAMP_NAME = ".qt-system-libs-ok"
DPKG_STATUS = "/var/lib/dpkg/status"
LOG = os.path.join(ROOT, "build", "qt-system-libs.log")
FONT_DIRS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    os.path.expanduser("~/.local/share/fonts"),
    os.path.expanduser("~/.fonts"),
)
FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".pcf", ".pcf.gz", ".pfb", ".otb")
FONT_PACKAGE = "fonts-dejavu-core"
#: What ``--for-xvfb`` (``make screenshots``) adds when ``xvfb-run`` is missing.
XVFB_PACKAGES = ("xvfb", "xauth")

NO_DISPLAY = (
    "There is no display to open the window on: neither DISPLAY nor WAYLAND_DISPLAY is set.\n"
    "Run `make run` from a terminal in your desktop session (or over `ssh -X`)."
)


# -- deciding ---------------------------------------------------------------------------


def xcb_is_used(platform: str, env: Mapping[str, str]) -> bool:
    """Whether Qt will load its xcb plugin for a window, on this platform with this environment.

    An explicit ``QT_QPA_PLATFORM`` decides by its first choice ("wayland;xcb"
    tries Wayland first). Without one, a Wayland session (only a Wayland
    display, or ``XDG_SESSION_TYPE=wayland``) is left to Qt's Wayland plugin,
    and everything else — X11, or no display at all — goes to xcb.
    """
    if not platform.startswith("linux"):
        return False
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        first = requested.split(";")[0].split(":")[0].strip()
        return first == "xcb"
    if env.get("WAYLAND_DISPLAY"):
        return bool(env.get("DISPLAY")) and env.get("XDG_SESSION_TYPE") != "wayland"
    return True


def has_display(env: Mapping[str, str]) -> bool:
    """Whether there is an X11 or Wayland display to open a window on."""
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


# -- finding what is missing ------------------------------------------------------------


def find_plugin(venv: str, qpa: str = "xcb") -> str | None:
    """The ``qpa`` platform plugin of the PySide6 in ``venv``, if there is one."""
    lib = os.path.join(venv, "lib")
    try:
        pythons = sorted(name for name in os.listdir(lib) if name.startswith("python3"))
    except OSError:
        return None
    for python in pythons:
        plugin = os.path.join(
            lib, python, "site-packages", "PySide6", "Qt", "plugins", "platforms", f"libq{qpa}.so"
        )
        if os.path.exists(plugin):
            return plugin
    return None


def parse_ldd(output: str) -> list[str]:
    """The sonames ``ldd`` reported as ``not found``, once each, in its order."""
    missing: dict[str, None] = {}
    for line in output.splitlines():
        name, arrow, where = line.strip().partition(" => ")
        if arrow and where.strip() == "not found":
            missing[name.strip()] = None
    return list(missing)


def missing_libraries(plugin: str) -> list[str]:
    """The libraries the plugin (and everything it loads) can't find, by ``ldd``."""
    import subprocess

    result = subprocess.run(
        ["ldd", plugin], capture_output=True, text=True, check=False, timeout=30
    )
    return parse_ldd(result.stdout)


def has_fonts(folders: Iterable[str] = FONT_DIRS) -> bool:
    """Whether any font file is installed where fontconfig looks by default."""
    for folder in folders:
        for _dirpath, _dirnames, filenames in os.walk(folder):
            if any(name.lower().endswith(FONT_SUFFIXES) for name in filenames):
                return True
    return False


def known_packages() -> dict[str, str]:
    """Soname → Debian package for every system library the frozen app may link.

    The .deb's table (``packaging/debpackage.py``): ``tests/test_packaging.py``
    keeps it complete for every Qt library and plugin in the venv.
    """
    sys.path.insert(0, os.path.join(ROOT, "packaging"))
    try:
        import debpackage
    finally:
        sys.path.pop(0)
    return dict(debpackage.SYSTEM_LIBRARIES)


def guess_package(soname: str) -> str:
    """Debian's name for the package of a library it doesn't know: libfoo.so.1 → libfoo1.

    Debian's library packaging policy: the soname's name and major version,
    with a dash between them when the name ends in a digit (libxkbcommon-x11-0).
    """
    name, dot_so, version = soname.partition(".so.")
    major = version.split(".")[0]
    if not (dot_so and name.startswith("lib") and major.isdigit()):
        return soname
    name = name.lower()
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def packages_for(sonames: Sequence[str], table: Mapping[str, str]) -> tuple[list[str], list[str]]:
    """The packages that provide ``sonames``, and the sonames whose package is only guessed."""
    packages: dict[str, None] = {}
    guessed = []
    for soname in sonames:
        package = table.get(soname)
        if package is None:
            package = guess_package(soname)
            guessed.append(soname)
        packages[package] = None
    return list(packages), guessed


# -- remembering a pass -----------------------------------------------------------------


def stamp_is_fresh(stamp: str, plugin: str, dpkg_status: str = DPKG_STATUS) -> bool:
    """Whether the last pass still holds: nothing installed or removed, same Qt, since."""
    try:
        checked = os.stat(stamp).st_mtime
    except OSError:
        return False
    for path in (plugin, dpkg_status):
        try:
            if os.stat(path).st_mtime > checked:
                return False
        except OSError:
            continue  # no dpkg here: only the plugin can make the stamp stale
    return True


# -- installing or telling --------------------------------------------------------------


def can_install() -> bool:
    """Root with apt-get: install instead of asking."""
    import shutil

    return os.geteuid() == 0 and shutil.which("apt-get") is not None


def apt_install(packages: Sequence[str], log: str) -> bool:
    """``apt-get install`` the packages, output to ``log``; refreshes the lists once if needed."""
    import subprocess

    os.makedirs(os.path.dirname(log), exist_ok=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    with open(log, "a", encoding="utf-8") as out:
        for command in (install, ["apt-get", "update"], install):
            out.write(f"$ {' '.join(command)}\n")
            out.flush()
            done = subprocess.run(
                command, stdout=out, stderr=subprocess.STDOUT, env=env, check=False
            )
            if done.returncode == 0 and command is install:
                return True
    return False


def install_line(packages: Sequence[str]) -> str:
    """The command a person runs to get ``packages``."""
    return "sudo apt-get install " + " ".join(packages)


def explain_missing(
    sonames: Sequence[str], packages: Sequence[str], guessed: Sequence[str], *, has_apt: bool
) -> str:
    """What to tell someone who has to install the packages themselves."""
    what = ", ".join(sonames) if sonames else " ".join(packages)
    lines = [
        f"Qt needs system packages this machine lacks ({what}).",
    ]
    if has_apt:
        lines += [
            "Install them, then run the same command again:",
            "",
            "    " + install_line(packages),
        ]
    else:
        lines.append(
            "Install the packages that provide them with your distribution's package manager "
            f"(on Debian and Ubuntu: {' '.join(packages)}), then run the same command again."
        )
    if guessed:
        lines.append(
            f"(The package names for {', '.join(guessed)} are guessed from the library names;"
            " `apt-cache search` finds the right ones.)"
        )
    return "\n".join(lines)


def fix_or_explain(plugin: str, *, may_install: bool) -> int:
    """Find what is missing for ``plugin`` and install it or say how; the exit code."""
    sonames = missing_libraries(plugin)
    packages, guessed = packages_for(sonames, known_packages()) if sonames else ([], [])
    if not has_fonts():
        packages.append(FONT_PACKAGE)
    if not packages:
        return 0
    status = fix_or_explain_packages(sonames, packages, guessed, may_install=may_install)
    still = missing_libraries(plugin) if status == 0 else []
    if still:
        print(
            f"Qt's platform plugin still misses {', '.join(still)} "
            f"after installing {' '.join(packages)}.",
            file=sys.stderr,
        )
        return 1
    return status


def fix_or_explain_packages(
    sonames: Sequence[str], packages: Sequence[str], guessed: Sequence[str], *, may_install: bool
) -> int:
    """Install ``packages`` (root with apt-get) or print the command; the exit code."""
    import shutil

    if not (may_install and can_install()):
        has_apt = shutil.which("apt-get") is not None
        print(explain_missing(sonames, packages, guessed, has_apt=has_apt), file=sys.stderr)
        return 1
    shown = os.path.relpath(LOG)
    print(f"Installing the system packages Qt needs: {' '.join(packages)} (log: {shown})")
    sys.stdout.flush()
    if apt_install(packages, LOG):
        return 0
    with open(LOG, encoding="utf-8", errors="replace") as text:
        tail = text.readlines()[-10:]
    print("".join("    " + line for line in tail), end="", file=sys.stderr)
    print(f"apt-get could not install {' '.join(packages)}; full log: {LOG}", file=sys.stderr)
    return 1


# -- the command ------------------------------------------------------------------------


def check(
    venv: str,
    *,
    qpa: str | None = None,
    plugin: str | None = None,
    for_xvfb: bool = False,
    may_install: bool = True,
    env: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
) -> int:
    """Check (and fix, or explain); returns the exit code: 0 to go ahead.

    ``qpa`` names the platform plugin to check (``offscreen`` for the tests);
    None means a window: xcb, where Qt will use it, and a display to show it
    on. ``plugin`` overrides the venv's plugin file (and then no stamp is kept).
    """
    if not platform.startswith("linux"):
        return 0
    window = qpa is None
    if window and not (for_xvfb or xcb_is_used(platform, env)):
        return 0
    qpa = qpa or "xcb"
    stamp = os.path.join(venv, f"{STAMP_NAME}-{qpa}") if plugin is None else None
    plugin = plugin or find_plugin(venv, qpa)
    if plugin is None:
        return 0  # no PySide6 with xcb here: nothing to check
    if stamp is None or not stamp_is_fresh(stamp, plugin):
        status = fix_or_explain(plugin, may_install=may_install)
        if status != 0:
            return status
        if stamp is not None:
            with open(stamp, "w", encoding="utf-8"):
                pass  # its mtime is the record
    if for_xvfb:
        import shutil

        if shutil.which("xvfb-run") is None:
            return fix_or_explain_packages([], XVFB_PACKAGES, [], may_install=may_install)
    elif window and not env.get("QT_QPA_PLATFORM") and not has_display(env):
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    return 0


USAGE = (
    "usage: qt_system_libs.py [--qpa NAME] [--for-xvfb] [--no-install] [--venv DIR] [--plugin FILE]"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: see the module docstring (no argparse: it costs every `make run` 25 ms)."""
    args = list(sys.argv[1:] if argv is None else argv)
    values: dict[str, str | None] = {"--venv": os.path.join(ROOT, ".venv")}
    values.update({"--qpa": None, "--plugin": None})
    for_xvfb, may_install = False, True
    while args:
        arg = args.pop(0)
        if arg == "--for-xvfb":
            for_xvfb = True
        elif arg == "--no-install":
            may_install = False
        elif arg in values and args:
            values[arg] = args.pop(0)
        else:
            print(USAGE, file=sys.stderr)
            return 2
    return check(
        values["--venv"] or ".venv",
        qpa=values["--qpa"],
        plugin=values["--plugin"],
        for_xvfb=for_xvfb,
        may_install=may_install,
    )


if __name__ == "__main__":
    sys.exit(main())
