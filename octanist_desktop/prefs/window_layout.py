"""Where the main window was on each screen: its geometry and its splitters.

A laptop is used alone at the booth and with a big monitor at the office:
each screen gets its own remembered layout, and a layout is only ever
restored on the screen it was made on. The blobs are Qt's own
``saveGeometry``/``saveState`` bytes, kept here as base64 text; this module
never looks inside them (no Qt here).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from octanist_desktop.prefs.store import SettingsStore

log = logging.getLogger(__name__)

SECTION = "window"
# Screens come and go (projectors, hotel TVs): keep the most recent few only.
MAX_SCREENS = 8


@dataclass
class ScreenLayout:
    """The window's layout on one screen: base64 geometry and splitter states by name."""

    geometry: str = ""
    splitters: dict[str, str] = field(default_factory=dict)


class WindowLayouts:
    """The remembered layouts, one per screen key, and the screen used last.

    The ``window`` section of the settings store. Nothing stored, or
    something unreadable, means "first start": nothing is remembered, and
    nothing is ever raised, since a window that can't find its old size
    must still open.
    """

    def __init__(self, store: SettingsStore) -> None:
        self._store = store
        self._screens: dict[str, ScreenLayout] = {}
        self._last_screen: str | None = None
        self._load()

    @classmethod
    def in_folder(cls, data_dir: Path) -> WindowLayouts:
        """The layouts kept in ``data_dir``."""
        return cls(SettingsStore(data_dir))

    @property
    def last_screen(self) -> str | None:
        """The key of the screen the window was on when it last closed."""
        return self._last_screen

    def get(self, screen: str) -> ScreenLayout | None:
        """The layout remembered for ``screen``, if any."""
        return self._screens.get(screen)

    def remember(self, screen: str, layout: ScreenLayout) -> None:
        """Store ``layout`` for ``screen`` and make it the last screen; saved at once."""
        self._screens.pop(screen, None)
        self._screens[screen] = layout  # newest last, so the oldest is dropped first
        while len(self._screens) > MAX_SCREENS:
            del self._screens[next(iter(self._screens))]
        self._last_screen = screen
        data = {
            "last_screen": screen,
            "screens": {
                key: {"geometry": item.geometry, "splitters": dict(item.splitters)}
                for key, item in self._screens.items()
            },
        }
        try:
            self._store.replace(SECTION, data)
        except OSError as exc:
            # A window size is a convenience; failing to keep it must not stop a quit.
            log.warning("Could not remember the window layout: %s", exc)

    def _load(self) -> None:
        raw = self._store.section(SECTION)
        if not isinstance(raw, dict):
            return
        screens = raw.get("screens")
        if not isinstance(screens, dict):
            return
        for key, item in screens.items():
            if not isinstance(item, dict):
                continue
            geometry = item.get("geometry")
            splitters = item.get("splitters")
            self._screens[str(key)] = ScreenLayout(
                geometry if isinstance(geometry, str) else "",
                {
                    str(name): state
                    for name, state in (splitters if isinstance(splitters, dict) else {}).items()
                    if isinstance(state, str)
                },
            )
        last = raw.get("last_screen")
        self._last_screen = last if isinstance(last, str) and last in self._screens else None
