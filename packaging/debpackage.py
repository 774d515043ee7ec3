"""Turn the frozen app (dist/octanist-desktop) into a Debian package with ``dpkg-deb``.

Layout of the package:

    /opt/octanist-desktop/                      the frozen app, as PyInstaller made it
    /usr/bin/octanist-desktop                   symlink to /opt/octanist-desktop/octanist-desktop
    /usr/share/applications/octanist-desktop.desktop
    /usr/share/icons/hicolor/scalable/apps/octanist-desktop.svg
    /usr/share/icons/hicolor/<N>x<N>/apps/octanist-desktop.png

No maintainer scripts: dpkg's file triggers (from desktop-file-utils and
hicolor-icon-theme, when installed) refresh the menu and icon caches.

The control file comes from ``debian/control.in``. Before building, every
library the bundled binaries link by name (DT_NEEDED) must either ship in the
bundle or come from a package in ``Depends:`` — see :data:`SYSTEM_LIBRARIES`
and :func:`check_depends` — and ``libc6 (>= …)`` is the newest glibc symbol
version any of them asks for.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path

import elf

PACKAGING = Path(__file__).resolve().parent
CONTROL_TEMPLATE = PACKAGING / "debian" / "control.in"
DESKTOP_FILE = PACKAGING / "octanist-desktop.desktop"
PACKAGE = "octanist-desktop"
INSTALL_DIR = f"opt/{PACKAGE}"
DEFAULT_MAINTAINER = "Octanist <desktop@octanist.invalid>"

#: The Debian package behind each system library the frozen app links. Only
#: these may be missing from the bundle; each package must be in Depends.
SYSTEM_LIBRARIES: dict[str, str] = {
    **dict.fromkeys(
        (
            "libc.so.6",
            "libm.so.6",
            "libdl.so.2",
            "libpthread.so.0",
            "librt.so.1",
            "libutil.so.1",
            "ld-linux-x86-64.so.2",
            "ld-linux-aarch64.so.1",
        ),
        "libc6",
    ),
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libz.so.1": "zlib1g",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libzstd.so.1": "libzstd1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}

#: Packages in Depends that are not libraries anyone links: Qt draws boxes without a font.
NON_LIBRARY_DEPENDS = frozenset({"fonts-dejavu-core"})


class PackagingError(Exception):
    """The package can't be built as it stands; the message says what to change."""


# -- the control file -------------------------------------------------------------


def debian_version(version: str) -> str:
    """A PEP 440 version as Debian orders it: ``1.2.0rc1`` → ``1.2.0~rc1`` (before 1.2.0)."""
    return re.sub(r"\.?(dev|a|b|rc)(\d+)", r"~\1\2", version)


def field(control: str, name: str) -> str:
    """The value of one (possibly folded) field of a control file."""
    match = re.search(rf"^{re.escape(name)}:(.*(?:\n[ \t].*)*)", control, re.M)
    if match is None:
        raise KeyError(name)
    return " ".join(line.strip() for line in match.group(1).splitlines()).strip()


def depends_packages(control: str) -> list[str]:
    """The package names in Depends, without version constraints or alternatives' extras."""
    names = []
    for clause in field(control, "Depends").split(","):
        first = clause.split("|")[0].strip()
        if first:
            names.append(re.split(r"[\s(:]", first, maxsplit=1)[0])
    return names


def render_control(template: str, values: Mapping[str, str]) -> str:
    """Fill the ``@NAME@`` placeholders; every one must be given."""

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in values:
            raise PackagingError(f"control.in needs a value for @{key}@")
        return values[key]

    return re.sub(r"@([A-Z_]+)@", fill, template)


# -- what the bundle links ------------------------------------------------------


def elf_files(app_dir: Path) -> list[Path]:
    """Every ELF file (executable or library) in the frozen app, symlinks not followed."""
    return sorted(p for p in app_dir.rglob("*") if elf.is_elf(p))


def system_needs(app_dir: Path) -> dict[str, set[str]]:
    """Libraries linked by name but not shipped in the bundle, with who links each."""
    shipped = {p.name for p in app_dir.rglob("*")}
    needs: dict[str, set[str]] = {}
    for path in elf_files(app_dir):
        for soname in elf.needed_libraries(path):
            if soname not in shipped:
                needs.setdefault(soname, set()).add(str(path.relative_to(app_dir)))
    return needs


def check_depends(needs: Mapping[str, Iterable[str]], depends: Iterable[str]) -> list[str]:
    """What is wrong with Depends for these needs; an empty list when nothing is."""
    declared = set(depends)
    problems = []
    for soname, users in sorted(needs.items()):
        who = ", ".join(sorted(users)[:3])
        package = SYSTEM_LIBRARIES.get(soname)
        if package is None:
            problems.append(
                f"{soname} (linked by {who}) is neither bundled nor listed in "
                "debpackage.SYSTEM_LIBRARIES: add its Debian package there and to Depends"
            )
        elif package not in declared:
            problems.append(f"{soname} (linked by {who}) needs {package} in Depends")
    return problems


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(n) for n in version.split("."))


def minimum_glibc(app_dir: Path) -> str:
    """The newest ``GLIBC_x.y`` symbol version any bundled binary needs."""
    newest = "2.17"
    for path in elf_files(app_dir):
        for names in elf.symbol_versions(path).values():
            for name in names:
                if name.startswith("GLIBC_") and name[6:7].isdigit():
                    version = name[6:]
                    if _version_key(version) > _version_key(newest):
                        newest = version
    return newest


# -- the package tree --------------------------------------------------------------


def _normalise_modes(root: Path) -> None:
    """0755 for directories and anything executable, 0644 for the rest (owner root via dpkg-deb)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def installed_size_kib(root: Path) -> int:
    """The Installed-Size dpkg shows: KiB of every file, rounded up per file."""
    total = 0
    for path in root.rglob("*"):
        if path.relative_to(root).parts[0] == "DEBIAN":
            continue
        total += 1 if path.is_symlink() or path.is_dir() else math.ceil(path.stat().st_size / 1024)
    return total


def _md5sums(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if rel.parts[0] == "DEBIAN" or path.is_symlink() or not path.is_file():
            continue
        lines.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {rel.as_posix()}")  # noqa: S324 -- dpkg's format
    return "\n".join(lines) + "\n"


def stage(app_dir: Path, icons_dir: Path, svg: Path, root: Path) -> None:
    """Lay out the package's files under ``root`` (emptied first)."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(app_dir, root / INSTALL_DIR, symlinks=True)
    launcher = root / "usr" / "bin" / PACKAGE
    launcher.parent.mkdir(parents=True)
    # The PyInstaller bootloader finds its _internal folder through
    # /proc/self/exe, so a symlink is all the launcher needs to be.
    launcher.symlink_to(f"/{INSTALL_DIR}/{PACKAGE}")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(DESKTOP_FILE, share / "applications" / DESKTOP_FILE.name)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(svg, scalable / f"{PACKAGE}.svg")
    themed = icons_dir / "hicolor"
    for png in sorted(themed.glob(f"*/apps/{PACKAGE}.png")):
        target = share / "icons" / "hicolor" / png.relative_to(themed)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target)
    _normalise_modes(root)


def architecture() -> str:
    """This machine's Debian architecture (amd64, arm64, ...): the frozen app is native code."""
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def build_deb(
    app_dir: Path, icons_dir: Path, svg: Path, version: str, work_dir: Path, out_dir: Path
) -> Path:
    """Stage, check and build the .deb; returns its path."""
    if shutil.which("dpkg-deb") is None:
        raise PackagingError("dpkg-deb is missing: build the Debian package on Debian or Ubuntu")
    template = CONTROL_TEMPLATE.read_text()
    problems = check_depends(system_needs(app_dir), depends_packages(template))
    if problems:
        raise PackagingError("Depends is incomplete:\n  " + "\n  ".join(problems))
    arch = architecture()
    deb_version = debian_version(version)
    root = work_dir / f"{PACKAGE}_{deb_version}_{arch}"
    stage(app_dir, icons_dir, svg, root)
    control = render_control(
        template,
        {
            "VERSION": deb_version,
            "ARCHITECTURE": arch,
            "MAINTAINER": os.environ.get("DEB_MAINTAINER", DEFAULT_MAINTAINER),
            "INSTALLED_SIZE": str(installed_size_kib(root)),
            "GLIBC": minimum_glibc(app_dir),
        },
    )
    debian = root / "DEBIAN"
    debian.mkdir(mode=0o755)
    (debian / "control").write_text(control)
    (debian / "md5sums").write_text(_md5sums(root))
    for path in debian.iterdir():
        path.chmod(0o644)
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{PACKAGE}_{deb_version}_{arch}.deb"
    # xz: the smallest download, and every dpkg reads it; all cores cut ~20% off.
    threads = f"--threads-max={os.cpu_count() or 1}"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", threads, "--build", str(root), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return deb
