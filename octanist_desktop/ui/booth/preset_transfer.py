"""Event ▸ Export presets… / Import presets…: one file carries a booth team's whole kit.

The team lead sets up the event presets (source tags, questions, consent
texts) once, exports them, and every laptop at the stand imports the same
file. Importing adds new presets and replaces same-named ones with the
file's version; nothing is deleted (``core.preset_kit`` has the rules).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from octanist_desktop.core.preset_kit import KIT_SUFFIX, import_kit, kit_from_json, kit_to_json
from octanist_desktop.core.presets import PresetFormatError
from octanist_desktop.prefs.store import DamagedFileError, read_json_object, write_json_atomically
from octanist_desktop.ui.words import translated

if TYPE_CHECKING:
    from octanist_desktop.ui.booth.event_kit import EventKit

log = logging.getLogger(__name__)


class PresetTransfer(QObject):
    """The Event menu's export and import of presets, for ``kit``.

    The kit owns the two menu actions and makes this the first time one of
    them is triggered (see ``EventKit.transfer``).
    ``ask_export_path`` and ``ask_import_path`` are the file dialogs, plain
    attributes so tests can answer them without a modal dialog.
    """

    def __init__(self, kit: EventKit, window: QWidget) -> None:
        super().__init__(kit)
        self._kit = kit
        self._window = window
        self.ask_export_path: Callable[[], Path | None] = self._ask_export_path
        self.ask_import_path: Callable[[], Path | None] = self._ask_import_path

    @Slot()
    def export_presets(self) -> Path | None:
        """Write every preset to a file the user picks; the file, or None if nothing was written."""
        presets = self._kit.library.presets
        if not presets:
            self._say(self.tr("There are no event presets to export yet (Event ▸ Presets…)."))
            return None
        path = self.ask_export_path()
        if path is None:
            return None
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + KIT_SUFFIX)
        try:
            write_json_atomically(path, kit_to_json(presets))
        except OSError as error:
            self._say(
                self.tr("Could not export the presets to {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                )
            )
            return None
        self._say(self.tr("Exported %n preset(s) to {path}.", None, len(presets)).format(path=path))
        return path

    @Slot()
    def import_presets(self) -> bool:
        """Read a presets file the user picks and merge it in; True when presets changed."""
        path = self.ask_import_path()
        if path is None:
            return False
        try:
            data = read_json_object(path)
            if data is None:
                raise FileNotFoundError(path)
            incoming, skipped = kit_from_json(data)
        except (OSError, DamagedFileError, PresetFormatError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            self._say(
                self.tr("Could not import presets from {name}: {reason}").format(
                    name=path.name, reason=translated(str(reason))
                )
            )
            return False
        result = import_kit(self._kit.library, incoming, skipped)
        changed = bool(result.added or result.updated)
        if changed:
            self._kit.set_library(result.library)
        self._say(self._summary(result.added, result.updated, result.unchanged, result.skipped))
        return changed

    def _summary(
        self,
        added: tuple[str, ...],
        updated: tuple[str, ...],
        unchanged: tuple[str, ...],
        skipped: tuple[str, ...],
    ) -> str:
        parts = []
        if added:
            parts.append(self.tr("new: {names}").format(names=", ".join(added)))
        if updated:
            parts.append(self.tr("updated: {names}").format(names=", ".join(updated)))
        if unchanged:
            parts.append(self.tr("already the same: {count}").format(count=len(unchanged)))
        text = self.tr("Presets imported — {parts}.").format(
            parts="; ".join(parts) or self.tr("none")
        )
        if skipped:
            text += " " + self.tr("Skipped: {reasons}").format(
                reasons=" ".join(translated(reason) for reason in skipped)
            )
        return text

    def _say(self, text: str) -> None:
        show = getattr(self._window, "show_message", None)
        if callable(show):
            show(text)
        log.info("%s", text)

    def _ask_export_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / f"event-presets{KIT_SUFFIX}"
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export event presets"),
            str(suggested),
            self.tr("Event presets (*.json);;All files (*)"),
        )
        return Path(name) if name else None

    def _ask_import_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import event presets"),
            "",
            self.tr("Event presets (*.json);;All files (*)"),
        )
        return Path(name) if name else None
