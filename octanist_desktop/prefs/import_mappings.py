"""Column mappings the user adjusted, remembered per file header.

The same badge scanner or CRM exports the same columns every time; a
salesperson who once said "Attendee is the badge number, keep it" should
not have to say it again. A mapping is stored under the file's column
names (folded, so case and spacing don't matter) and offered the next time
a file with the same header is opened. Only mappings the user changed are
stored; the most recent ``MAX_MAPPINGS`` are kept.

Targets are stored as plain ``[kind, key]`` pairs (``importing.column_mapping``'s
words), so this module needs nothing above ``core``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from octanist_desktop.prefs.store import SettingsStore

SECTION = "import_mappings"
MAX_MAPPINGS = 50
_FOLD = re.compile(r"\W+")

#: One column's destination as stored: (kind, key), e.g. ("field", "phone").
StoredTarget = tuple[str, str]


def header_key(headers: Sequence[str]) -> str:
    """The key a header is remembered under: its folded names joined."""
    return "|".join(_FOLD.sub("", header.casefold()) for header in headers)


class ImportMappings:
    """The remembered mappings: the ``import_mappings`` section of the settings store.

    Something unreadable there is an empty memory, never a crash.
    """

    def __init__(self, store: SettingsStore) -> None:
        self._store = store

    def recall(self, headers: Sequence[str]) -> list[StoredTarget] | None:
        """The mapping stored for a file with these column names, or None."""
        entry = self._load().get(header_key(headers))
        if not isinstance(entry, list) or len(entry) != len(headers):
            return None
        targets: list[StoredTarget] = []
        for item in entry:
            if not (
                isinstance(item, list)
                and len(item) == 2
                and all(isinstance(part, str) for part in item)
            ):
                return None
            targets.append((item[0], item[1]))
        return targets

    def remember(self, headers: Sequence[str], targets: Sequence[StoredTarget]) -> None:
        """Store ``targets`` for files with these column names (raises OSError)."""
        mappings = self._load()
        key = header_key(headers)
        mappings.pop(key, None)
        mappings[key] = [[kind, target_key] for kind, target_key in targets]
        # Dicts keep insertion order: the oldest mappings are first to go.
        while len(mappings) > MAX_MAPPINGS:
            del mappings[next(iter(mappings))]
        self._store.replace(SECTION, {"mappings": mappings})

    def forget(self, headers: Sequence[str]) -> None:
        """Drop the mapping for these column names, if any (raises OSError)."""
        mappings = self._load()
        if mappings.pop(header_key(headers), None) is not None:
            self._store.replace(SECTION, {"mappings": mappings})

    def _load(self) -> dict[str, object]:
        data = self._store.section(SECTION)
        mappings = data.get("mappings") if isinstance(data, dict) else None
        return dict(mappings) if isinstance(mappings, dict) else {}
