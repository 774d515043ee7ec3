"""What is kept with a lead on this computer besides what is sent: the proof of consent
and the badge scan it was filled from."""

from __future__ import annotations

from dataclasses import dataclass

from octanist_desktop.core.consent import ConsentRecord, ConsentText, EnteredBy

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


def capture_to_json(record: CaptureRecord) -> dict[str, object]:
    """``record`` as JSON (for a lead that waits before it reaches the outbox)."""
    consent = record.consent
    return {
        "consent": None
        if consent is None
        else {
            "text": consent.text.to_json(),
            "ticked": list(consent.ticked),
            "at": consent.at,
            "device": consent.device,
            "staff_member": consent.staff_member,
            "entered_by": consent.entered_by.value,
        },
        "badge_id": record.badge_id,
        "raw_scan": record.raw_scan,
    }


def capture_from_json(data: object) -> CaptureRecord:
    """Read what ``capture_to_json`` wrote (anything unreadable: an empty record)."""
    if not isinstance(data, dict):
        return CaptureRecord()
    consent = None
    raw = data.get("consent")
    if isinstance(raw, dict):
        try:
            ticked = raw.get("ticked")
            at = raw.get("at")
            consent = ConsentRecord(
                ConsentText.from_json(raw.get("text")),
                tuple(bool(t) for t in ticked) if isinstance(ticked, list) else (),
                float(at) if isinstance(at, int | float) else 0.0,
                str(raw.get("device", "")),
                str(raw.get("staff_member", "")),
                EnteredBy(str(raw.get("entered_by"))),
            )
        except ValueError:
            consent = None
    badge_id, raw_scan = data.get("badge_id"), data.get("raw_scan")
    return CaptureRecord(
        consent,
        badge_id if isinstance(badge_id, str) else "",
        raw_scan if isinstance(raw_scan, str) else "",
    )
