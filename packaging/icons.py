"""Render the app icon from resources/octanist-desktop.svg for every platform.

    python packaging/icons.py OUTDIR

writes ``OUTDIR/hicolor/<N>x<N>/apps/octanist-desktop.png`` for the Linux
icon theme, ``octanist-desktop.ico`` (Windows) and ``octanist-desktop.icns``
(macOS). The PNGs are drawn by Qt's own SVG renderer, so the only source is
the SVG in resources/. ICO and ICNS both allow PNG-compressed images inside;
they are written here with nothing but ``struct``, so no image library is
needed on the build machine.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "octanist-desktop.svg"
ICON_NAME = "octanist-desktop"

#: Sizes for the freedesktop hicolor theme (the SVG goes in scalable/ as well).
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types that hold PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide takes str for char*
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (Vista and later read PNG entries)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        # Width/height 0 means 256 in the ICO directory.
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        images += png
    return header + entries + images


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A macOS .icns holding the PNG sizes it has element types for."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(pngs.items())
        if size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def hicolor_path(outdir: Path, size: int) -> Path:
    """Where the ``size`` PNG goes in a freedesktop icon theme tree."""
    return outdir / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def write_icons(outdir: Path, sizes: Iterable[int] = HICOLOR_SIZES) -> list[Path]:
    """Render every icon file into ``outdir``; returns the files written."""
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    wanted = sorted(set(sizes) | set(ICO_SIZES) | set(ICNS_TYPES))
    pngs = {size: render_png(SVG, size) for size in wanted}
    written = []
    for size in sizes:
        path = hicolor_path(outdir, size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    ico = outdir / f"{ICON_NAME}.ico"
    ico.write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    icns = outdir / f"{ICON_NAME}.icns"
    icns.write_bytes(icns_bytes(pngs))
    return [*written, ico, icns]


def main(argv: list[str]) -> int:
    """Command line: ``icons.py OUTDIR``."""
    if len(argv) != 1:
        print("usage: python packaging/icons.py OUTDIR", file=sys.stderr)
        return 2
    for path in write_icons(Path(argv[0])):
        print(f"icon: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
