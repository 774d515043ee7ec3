"""The libraries an ELF file links (its DT_NEEDED entries), read with nothing but ``struct``.

``ldd`` answers a different question (everything the loader would pull in,
transitively, resolved on *this* machine); the Debian package's Depends must
cover what our own binaries ask for by name, which is DT_NEEDED.
"""

from __future__ import annotations

import struct
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
_SHT_DYNAMIC = 6
_SHT_GNU_VERNEED = 0x6FFFFFFE
_DT_NULL = 0
_DT_NEEDED = 1


def is_elf(path: Path) -> bool:
    """Whether ``path`` is a regular file starting with the ELF magic."""
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as f:
        return f.read(4) == ELF_MAGIC


class _Elf:
    """The section table of one ELF file, enough to walk .dynamic and .gnu.version_r."""

    def __init__(self, path: Path) -> None:
        data = path.read_bytes()
        if data[:4] != ELF_MAGIC:
            raise ValueError(f"{path} is not an ELF file")
        self.data = data
        self.endian = "<" if data[5] == 1 else ">"
        self.is_64 = data[4] == 2
        if self.is_64:
            (shoff,) = struct.unpack_from(self.endian + "Q", data, 0x28)
            shentsize, shnum = struct.unpack_from(self.endian + "HH", data, 0x3A)
            layout = "IIQQQQIIQQ"
        else:
            (shoff,) = struct.unpack_from(self.endian + "I", data, 0x20)
            shentsize, shnum = struct.unpack_from(self.endian + "HH", data, 0x2E)
            layout = "IIIIIIIIII"
        # (type, offset, size, link, info) of every section
        self.sections = [
            tuple(
                struct.unpack_from(self.endian + layout, data, shoff + i * shentsize)[j]
                for j in (1, 4, 5, 6, 7)
            )
            for i in range(shnum)
        ]

    def string(self, strtab_section: int, offset: int) -> str:
        start = self.sections[strtab_section][1] + offset
        return self.data[start : self.data.index(b"\0", start)].decode()


def needed_libraries(path: Path) -> list[str]:
    """The sonames ``path`` links (DT_NEEDED), in file order. Raises ValueError if not ELF."""
    elf = _Elf(path)
    entry, size = (elf.endian + "qQ", 16) if elf.is_64 else (elf.endian + "iI", 8)
    needed: list[str] = []
    for sh_type, offset, length, link, _info in elf.sections:
        if sh_type != _SHT_DYNAMIC:
            continue
        for pos in range(offset, offset + length, size):
            tag, value = struct.unpack_from(entry, elf.data, pos)
            if tag == _DT_NULL:
                break
            if tag == _DT_NEEDED:
                needed.append(elf.string(link, value))
    return needed


def symbol_versions(path: Path) -> dict[str, set[str]]:
    """The symbol versions ``path`` needs, by library: ``{"libc.so.6": {"GLIBC_2.34", ...}}``.

    This is what decides the oldest glibc the file runs on.
    """
    elf = _Elf(path)
    versions: dict[str, set[str]] = {}
    for sh_type, offset, _length, link, count in elf.sections:
        if sh_type != _SHT_GNU_VERNEED:
            continue
        pos = offset
        for _ in range(count):
            _version, aux_count, file, aux, next_need = struct.unpack_from(
                elf.endian + "HHIII", elf.data, pos
            )
            names = versions.setdefault(elf.string(link, file), set())
            aux_pos = pos + aux
            for _ in range(aux_count):
                _hash, _flags, _other, name, next_aux = struct.unpack_from(
                    elf.endian + "IHHII", elf.data, aux_pos
                )
                names.add(elf.string(link, name))
                aux_pos += next_aux
            pos += next_need
    return versions
