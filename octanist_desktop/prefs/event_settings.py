"""This device's trade-show settings: staff name, capture method, booth mode and its PIN.

The ``event`` section of the settings store. The booth PIN is stored only
as a salted scrypt hash (``core.booth_pin``).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

from octanist_desktop.core.booth_pin import PinFormatError, PinHash
from octanist_desktop.core.presets import CAPTURE_METHODS
from octanist_desktop.core.wedge_burst import DEFAULT_GAP_MS, MAX_AFFIX_CHARS, clean_gap_ms
from octanist_desktop.prefs.store import SettingsStore

log = logging.getLogger(__name__)

SECTION = "event"
DEFAULT_IDLE_SECONDS = 60.0
DEFAULT_THANK_YOU_SECONDS = 3.0
DEFAULT_CONSENT_TEXT = (
    "We would like to stay in touch about our products. Tick what you agree to below; "
    "you can withdraw your consent at any time by contacting us."
)
MAX_STAFF_CHARS = 100


@dataclass
class EventSettings:
    """What this device remembers for trade-show work.

    ``capture_method`` is one of ``CAPTURE_METHODS`` or "" (not said);
    ``booth_pin`` is None until the PIN is set on first entering booth mode.
    ``booth_consent_text`` introduces the consent sentences when the event
    preset has no wording of its own. ``scanner_*`` describe the badge
    scanner plugged into this computer (``core.wedge_burst.WedgeRules``).
    """

    staff_member: str = ""
    capture_method: str = ""
    booth_idle_seconds: float = DEFAULT_IDLE_SECONDS
    booth_thank_you_seconds: float = DEFAULT_THANK_YOU_SECONDS
    booth_consent_text: str = DEFAULT_CONSENT_TEXT
    booth_pin: PinHash | None = None
    scanner_gap_ms: int = DEFAULT_GAP_MS
    scanner_prefix: str = ""
    scanner_suffix: str = ""

    @classmethod
    def load(cls, store: SettingsStore) -> EventSettings:
        """Read the settings; anything missing or unreadable takes its default."""
        stored = store.section(SECTION)
        data = stored if isinstance(stored, dict) else {}
        settings = cls()
        staff = data.get("staff_member")
        if isinstance(staff, str):
            settings.staff_member = staff.strip()[:MAX_STAFF_CHARS]
        method = data.get("capture_method")
        if isinstance(method, str) and method in CAPTURE_METHODS:
            settings.capture_method = method
        settings.booth_idle_seconds = _positive(
            data.get("booth_idle_seconds"), DEFAULT_IDLE_SECONDS
        )
        settings.booth_thank_you_seconds = _positive(
            data.get("booth_thank_you_seconds"), DEFAULT_THANK_YOU_SECONDS
        )
        consent = data.get("booth_consent_text")
        if isinstance(consent, str):
            settings.booth_consent_text = consent
        settings.scanner_gap_ms = clean_gap_ms(data.get("scanner_gap_ms", DEFAULT_GAP_MS))
        for name in ("scanner_prefix", "scanner_suffix"):
            affix = data.get(name)
            if isinstance(affix, str):
                setattr(settings, name, affix[:MAX_AFFIX_CHARS])
        if "booth_pin" in data:
            try:
                settings.booth_pin = PinHash.from_json(data["booth_pin"])
            except PinFormatError as exc:
                # Without a readable hash booth mode asks for a new PIN: a
                # damaged file must never leave booth mode unlockable.
                log.warning("ignoring the stored booth PIN: %s", exc)
        return settings

    def save(self, store: SettingsStore) -> None:
        """Write them (keys a newer version added stay); raises OSError when the disk refuses."""
        store.update(
            SECTION,
            {
                "staff_member": self.staff_member,
                "capture_method": self.capture_method,
                "booth_idle_seconds": self.booth_idle_seconds,
                "booth_thank_you_seconds": self.booth_thank_you_seconds,
                "booth_consent_text": self.booth_consent_text,
                # None removes a stored hash: booth mode asks for a new PIN.
                "booth_pin": self.booth_pin.to_json() if self.booth_pin is not None else None,
                "scanner_gap_ms": self.scanner_gap_ms,
                "scanner_prefix": self.scanner_prefix,
                "scanner_suffix": self.scanner_suffix,
            },
        )


def _positive(value: object, default: float) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
        if math.isfinite(number) and number > 0:
            return number
    return default
