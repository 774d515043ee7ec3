"""What is kept with a lead typed in the staff form: its consent ticks, and the badge it came from.

The record goes into the same commit as the lead (``Outbox.enqueue``). The
consent is recorded as staff's (``EnteredBy.STAFF``) with the staff form's
wording; the badge is the last one scanned into the form, kept only while
the lead still holds what that badge filled in.
"""

from __future__ import annotations

import platform
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from octanist_desktop.core.capture import CaptureRecord
from octanist_desktop.core.consent import (
    CONSENT_KEY,
    ConsentRecord,
    EnteredBy,
    staff_form_consent,
)
from octanist_desktop.core.fields import CONSENT_KEYS
from octanist_desktop.ui.language import spoken
from octanist_desktop.ui.words import translated

if TYPE_CHECKING:
    from octanist_desktop.importing.badge_scan import BadgeReading


class StaffCapture:
    """The record for the next lead saved from the staff form.

    ``staff_member`` says who is taking leads on this device right now.
    """

    def __init__(self, staff_member: Callable[[], str]) -> None:
        self._staff_member = staff_member
        self._badge: BadgeReading | None = None

    def note_badge(self, reading: BadgeReading) -> None:
        """The form was filled from a scanned badge: keep its raw scan with the next lead."""
        self._badge = reading

    def record(self, payload: Mapping[str, object]) -> CaptureRecord:
        """The record for ``payload``, which is being saved now (the noted badge is used up)."""
        badge, self._badge = self._badge, None
        badge_id = raw_scan = ""
        if badge is not None and _holds_badge(payload, badge):
            badge_id, raw_scan = badge.badge_id, badge.raw
        ticked = tuple(payload.get(key) is True for key in CONSENT_KEYS)
        consent = ConsentRecord(
            # The wording as the form showed it, in the app's language.
            staff_form_consent(translated, spoken()),
            ticked,
            _consent_time(payload),
            platform.node(),
            self._staff_member(),
            EnteredBy.STAFF,
        )
        return CaptureRecord(consent, badge_id, raw_scan)


def _holds_badge(payload: Mapping[str, object], badge: BadgeReading) -> bool:
    """Whether a lead still carries what ``badge`` filled in (not a later, hand-typed one)."""
    custom = payload.get("custom")
    if badge.badge_id and isinstance(custom, dict) and custom.get("badge_id") == badge.badge_id:
        return True
    return any(value and payload.get(key) == value for key, value in badge.draft.items())


def _consent_time(payload: Mapping[str, object]) -> float:
    """When the consent sent in ``custom`` was given (so the record says the same), else now."""
    custom = payload.get("custom")
    proof = custom.get(CONSENT_KEY) if isinstance(custom, dict) else None
    at = proof.get("at") if isinstance(proof, dict) else None
    if isinstance(at, str):
        try:
            return datetime.fromisoformat(at).timestamp()
        except ValueError:
            pass
    return time.time()
