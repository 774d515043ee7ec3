"""The language the user picked in Settings: ``language`` in the ``app`` section.

Kept apart from ``settings.AppSettings`` because it is read before anything
else, once, at start-up (the translators are installed before the first
widget exists), and always from the main data folder: the sandbox speaks
the user's language too.
"""

from __future__ import annotations

from octanist_desktop.prefs.store import SettingsStore

SECTION = "app"
KEY = "language"


def load_language(store: SettingsStore) -> str | None:
    """The chosen language code ("nl", "de", "en"), or None to follow the system."""
    data = store.section(SECTION)
    value = data.get(KEY) if isinstance(data, dict) else None
    return value if isinstance(value, str) and value else None


def save_language(store: SettingsStore, language: str | None) -> None:
    """Remember ``language`` (None: follow the system); raises OSError when the disk refuses."""
    store.update(SECTION, {KEY: language})
