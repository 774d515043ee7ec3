"""Small JSON files in the data dir: read leniently, written atomically and privately."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from pathlib import Path

#: The files hold event details and a PIN hash: readable by this user only.
PRIVATE_FILE_MODE = 0o600


class DamagedFileError(ValueError):
    """The file exists but is not a readable JSON object."""


def read_json_object(path: Path) -> dict[str, object] | None:
    """The JSON object in ``path``; None when the file doesn't exist.

    Raises ``DamagedFileError`` when it exists but can't be read as a JSON
    object (bad bytes, bad syntax, another JSON type), ``OSError`` when it
    can't be opened at all.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise DamagedFileError(f"{path.name} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise DamagedFileError(f"{path.name} does not hold a JSON object")
    return data


def write_json_atomically(path: Path, data: object) -> None:
    """Replace ``path`` with ``data`` as JSON, so a crash leaves the old file or the new one.

    Written to a private temporary file in the same folder, flushed to disk
    and moved into place.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as tmp:
            json.dump(data, tmp, ensure_ascii=False, indent=2)
            tmp.write("\n")
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def keep_damaged_copy(path: Path) -> Path | None:
    """Copy a damaged ``path`` to ``<name>.damaged``, so the next save can't destroy what it held.

    Returns the copy's path, or None when copying failed (the caller carries on either way).
    """
    target = path.with_name(f"{path.name}.damaged")
    try:
        shutil.copyfile(path, target)
        if os.name == "posix":
            os.chmod(target, PRIVATE_FILE_MODE)
    except OSError:
        return None
    return target
