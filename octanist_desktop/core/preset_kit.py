"""A booth team's shared kit: event presets exported to one file and imported on other laptops.

The file holds every preset exactly as the presets file does
(``presets.preset_to_json``: source tags, note prefix, qualifying questions,
and whatever else a preset carries, such as the visitors' consent texts),
wrapped so it can be recognised. Importing never deletes a preset: new ones
are added, and one with the same name takes the file's version — the team
lead's kit is the one everyone should use. Pure data and rules, no Qt, no files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from octanist_desktop.core.presets import (
    EventPreset,
    PresetFormatError,
    PresetLibrary,
    preset_from_json,
    preset_problems,
    preset_to_json,
)
from octanist_desktop.core.words import QT_TRANSLATE_NOOP

#: What the file says it is, so a presets kit is told from any other JSON file.
KIT_FORMAT = "octanist-desktop-event-presets"
KIT_VERSION = 1
#: The file name the export suggests.
KIT_SUFFIX = ".octanist-presets.json"


def kit_to_json(presets: Sequence[EventPreset]) -> dict[str, object]:
    """The export file's JSON object for ``presets``."""
    return {
        "format": KIT_FORMAT,
        "version": KIT_VERSION,
        "presets": [preset_to_json(preset) for preset in presets],
    }


def kit_from_json(data: object) -> tuple[list[EventPreset], list[str]]:
    """The presets in an export file, and one sentence per preset that was skipped.

    Raises ``PresetFormatError`` (with a sentence) when the object is not an
    export file, or one from a newer version of the app.
    """
    if not isinstance(data, dict) or data.get("format") != KIT_FORMAT:
        raise PresetFormatError(
            QT_TRANSLATE_NOOP(
                "PresetFiles", "this is not an event presets file from Octanist Desktop"
            )
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > KIT_VERSION:
        raise PresetFormatError(
            QT_TRANSLATE_NOOP(
                "PresetFiles",
                "this presets file was made by a newer Octanist Desktop; update the app to read it",
            )
        )
    raw = data.get("presets")
    if not isinstance(raw, list):
        raise PresetFormatError(
            QT_TRANSLATE_NOOP("PresetFiles", "the file holds no list of presets")
        )
    presets: list[EventPreset] = []
    skipped: list[str] = []
    for number, item in enumerate(raw, start=1):
        try:
            preset = preset_from_json(item)
        except PresetFormatError as exc:
            skipped.append(
                QT_TRANSLATE_NOOP("PresetFiles", "Preset {number} was skipped: {reason}.").format(
                    number=number, reason=str(exc)
                )
            )
            continue
        problems = preset_problems(preset)
        if problems:
            skipped.append(
                QT_TRANSLATE_NOOP("PresetFiles", "“{name}” was skipped: {reason}").format(
                    name=preset.name, reason=problems[0]
                )
            )
            continue
        if any(p.name.casefold() == preset.name.casefold() for p in presets):
            skipped.append(
                QT_TRANSLATE_NOOP(
                    "PresetFiles", "“{name}” was skipped: the file has it twice."
                ).format(name=preset.name)
            )
            continue
        presets.append(preset)
    return presets, skipped


@dataclass(frozen=True, slots=True)
class KitImport:
    """What importing a kit did: the new library, and names added, updated and unchanged."""

    library: PresetLibrary
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    skipped: tuple[str, ...] = field(default=())


def import_kit(
    library: PresetLibrary, incoming: Sequence[EventPreset], skipped: Sequence[str] = ()
) -> KitImport:
    """``library`` with ``incoming`` merged in: same name (any letter case) → the file's
    version, in its place; new names → added at the end. The active preset stays active."""
    presets = list(library.presets)
    added: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    active = library.active_name
    for preset in incoming:
        folded = preset.name.casefold()
        at = next((i for i, p in enumerate(presets) if p.name.casefold() == folded), None)
        if at is None:
            presets.append(preset)
            added.append(preset.name)
        elif presets[at] == preset:
            unchanged.append(preset.name)
        else:
            if presets[at].name == active:
                active = preset.name  # renamed only in letter case: still the active one
            presets[at] = preset
            updated.append(preset.name)
    merged = replace(library, presets=tuple(presets)).with_active(active)
    return KitImport(merged, tuple(added), tuple(updated), tuple(unchanged), tuple(skipped))
