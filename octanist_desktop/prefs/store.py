"""The one settings store: everything the app remembers between runs, in ``settings.json``.

One JSON object in the data folder, read leniently and written whole,
atomically (a crash leaves the old file or the new one) and readable by
this user only (0600). Its sections:

- ``app``: the app's preferences (``settings.AppSettings``),
- ``event``: staff name, capture method, booth mode and its PIN hash
  (``event_settings.EventSettings``),
- ``presets``: the event preset library (``presets_store.PresetStore``),
- ``pinned``: pinned form values (``pinned.PinnedValues``),
- ``window``: the window's layout per screen (``window_layout.WindowLayouts``),
- ``import_mappings``: column choices per file header (``import_mappings.ImportMappings``),

and ``version``, the layout's number. Whatever else the file holds (a
section or a key a newer version wrote) is kept as it was: each save
replaces or updates one section of what is on disk now.

Version 1 was a file per section (``settings.json`` with the app's keys
at the top, ``event_settings.json``, ``presets.json``, ``pinned.json``,
``window.json``, ``import_mappings.json``); the first
load moves their content into one file and keeps each old file as
``<name>.bak-v1``, as the database keeps its pre-migration copy. A file
that can't be read is copied aside as ``<name>.damaged`` before anything is
saved over it, and ``problems(section)`` says so.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from octanist_desktop.prefs.paths import ensure_private_dir

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
#: The layout written now; ``_migrate`` turns every older one into it.
LAYOUT_VERSION = 2
#: The files hold event details and a PIN hash: readable by this user only.
PRIVATE_FILE_MODE = 0o600

#: Version 1's files, by the section they became.
LEGACY_FILES = {
    "event": "event_settings.json",
    "presets": "presets.json",
    "pinned": "pinned.json",
    "window": "window.json",
    "import_mappings": "import_mappings.json",
}
#: Version 1 kept the app's own preferences at the top of settings.json.
_LEGACY_APP_KEYS = ("default_region",)


class DamagedFileError(ValueError):
    """The file exists but is not a readable JSON object."""


@dataclass(frozen=True, slots=True)
class Damage:
    """A file that could not be read: which section it held, why, and where the copy is."""

    section: str | None  # None: the whole settings file
    detail: str
    kept_as: Path | None


class SettingsStore:
    """Reads and writes the sections of ``settings.json`` in ``data_dir``.

    A handle, not a cache: every ``section`` reads the file and every save
    reads, changes and rewrites it, so several handles on one folder never
    undo each other's saves. Reads never raise (a damaged or unreadable
    file reads as empty, see ``problems``); saves raise ``OSError`` when the
    disk refuses.
    """

    def __init__(self, data_dir: Path) -> None:
        self._dir = Path(data_dir)
        self._damage: list[Damage] = []

    @property
    def path(self) -> Path:
        """Where the settings live."""
        return self._dir / SETTINGS_FILE

    def section(self, name: str) -> object:
        """What the ``name`` section holds (any JSON value), or None when it has nothing."""
        return self._read().get(name)

    def replace(self, name: str, value: object) -> None:
        """Store ``value`` as the whole ``name`` section; every other section stays."""
        document = self._read()
        document[name] = value
        self._write(document, name)

    def update(self, name: str, changes: dict[str, object]) -> None:
        """Set keys of the ``name`` section (a value of None removes its key); others stay.

        Keys this version doesn't know, written by a newer one, survive.
        """
        document = self._read()
        current = document.get(name)
        merged = dict(current) if isinstance(current, dict) else {}
        for key, value in changes.items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = value
        document[name] = merged
        self._write(document, name)

    def problems(self, section: str) -> list[Damage]:
        """What this handle found damaged and ``section`` lost: until that section is saved.

        Damage to the whole file counts for every section, until any save
        writes a healthy file.
        """
        return [d for d in self._damage if d.section in (None, section)]

    def keep_damaged_copy(self, section: str, detail: str) -> Damage:
        """A section's content is unusable: copy the file aside before it is saved over."""
        for damage in self._damage:
            if damage.section == section and damage.detail == detail:
                return damage
        damage = Damage(section, detail, _copy_aside(self.path))
        self._damage.append(damage)
        return damage

    # -- reading, migrating, writing ---------------------------------------------------

    def _read(self) -> dict[str, object]:
        try:
            document = read_json_object(self.path)
        except (OSError, DamagedFileError) as exc:
            if not any(d.section is None for d in self._damage):
                log.warning("settings unreadable, using defaults: %s", exc)
                kept = _copy_aside(self.path) if isinstance(exc, DamagedFileError) else None
                self._damage.append(Damage(None, str(exc), kept))
            return {"version": LAYOUT_VERSION}
        if document is None or document.get("version") != LAYOUT_VERSION:
            return self._migrate(document or {})
        return document

    def _migrate(self, document: dict[str, object]) -> dict[str, object]:
        if _is_newer(document.get("version")):
            # A newer app wrote it: read what we know of it, never rewrite its layout.
            return document
        migrated = {key: value for key, value in document.items() if key not in _LEGACY_APP_KEYS}
        app = {key: document[key] for key in _LEGACY_APP_KEYS if key in document}
        if app and "app" not in migrated:
            migrated["app"] = app
        migrated["version"] = LAYOUT_VERSION
        legacy = [self.path] if document else []
        for section, name in LEGACY_FILES.items():
            path = self._dir / name
            try:
                content = read_json_object(path)
            except (OSError, DamagedFileError) as exc:
                self._damage.append(Damage(section, str(exc), _backup_name(path)))
                legacy.append(path)
                continue
            if content is not None:
                migrated.setdefault(section, content)
                legacy.append(path)
        if not legacy:
            return migrated  # nothing on disk yet: the first save writes the file
        # As with the database: the files as they were are kept, named for their version.
        try:
            if document:
                shutil.copyfile(self.path, _backup_name(self.path))
            write_json_atomically(self.path, migrated)
        except OSError as exc:
            log.warning("settings not migrated yet: %s", exc)
            return migrated
        for path in legacy:
            if path != self.path:
                with contextlib.suppress(OSError):
                    path.replace(_backup_name(path))
        return migrated

    def _write(self, document: dict[str, object], section: str) -> None:
        version = document.get("version")
        newer = (
            isinstance(version, int) and not isinstance(version, bool) and version > LAYOUT_VERSION
        )
        # A newer version's file keeps its number: only a section this one knows changed.
        write_json_atomically(
            self.path, {**document, "version": version if newer else LAYOUT_VERSION}
        )
        # The file is healthy again, and the section written holds what its owner chose.
        self._damage = [d for d in self._damage if d.section not in (None, section)]


def _is_newer(version: object) -> bool:
    """True for a layout number above the one this version writes."""
    return isinstance(version, int) and not isinstance(version, bool) and version > LAYOUT_VERSION


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
    ensure_private_dir(path.parent)
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


def _backup_name(path: Path) -> Path:
    """Where version 1's ``path`` is kept after its content moved into the new layout."""
    return path.with_name(f"{path.name}.bak-v1")


def _copy_aside(path: Path) -> Path | None:
    """Copy ``path`` to ``<name>.damaged``; None when copying failed (reading goes on)."""
    target = path.with_name(f"{path.name}.damaged")
    try:
        shutil.copyfile(path, target)
        if os.name == "posix":
            os.chmod(target, PRIVATE_FILE_MODE)
    except OSError:
        return None
    return target
