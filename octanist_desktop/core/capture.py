"""What is kept with a lead on this computer besides what is sent: the proof of consent
and the badge scan it was filled from."""

from __future__ import annotations

from dataclasses import dataclass

from octanist_desktop.core.consent import ConsentRecord

#: Where a badge's attendee id goes inside ``custom``, for reconciling with the organiser's list.
BADGE_KEY = "badge_id"


@dataclass(frozen=True, slots=True)
class CaptureRecord:
    """A lead's local record: ``consent`` (None when none was asked, as for an import),
    the ``badge_id`` read from a scanned badge and the ``raw_scan`` exactly as scanned."""

    consent: ConsentRecord | None = None
    badge_id: str = ""
    raw_scan: str = ""

    def is_empty(self) -> bool:
        """Whether there is nothing to keep."""
        return self.consent is None and not self.badge_id and not self.raw_scan
