"""A booth visitor's lead: their details, the staff's pinned tags, the event, and consent proof."""

from __future__ import annotations

from octanist_desktop.core.consent import EnteredBy, default_consent
from octanist_desktop.core.presets import EventPreset, Question, QuestionKind
from octanist_desktop.core.visitor_lead import BoothContext, VisitorEntry, visitor_lead

T0 = 1_800_000_000.0  # 2027-01-15 08:00:00 UTC
WORDING = default_consent("en")
EXPO = EventPreset(
    "Expo Amsterdam 2026",
    note_prefix="[Expo]",
    questions=(
        Question("interest", "What interests you?", QuestionKind.CHOICE, ("Software", "Hardware")),
        Question("heat", "How hot?", QuestionKind.RATING, staff_only=True),
    ),
    visitor_fields=("name", "email", "phone", "note"),
)
CONTEXT = BoothContext(
    WORDING,
    EXPO,
    base_values={"utm_source": "expo", "website": "https://example.com"},
    staff_member="Ann",
    device="stand-1",
    region="NL",
)


def test_a_visitor_lead_carries_their_consent_and_the_staff_context() -> None:
    entry = VisitorEntry(
        {"name": "Bo Bakker", "email": "bo@example.nl", "phone": "06 1234 5678", "note": "Hi"},
        answers={"interest": "Software", "heat": 5},
        ticked=(True, False, True),
    )
    result, capture = visitor_lead(entry, CONTEXT, T0)
    assert result.ok
    payload = result.payload
    assert payload["phone"] == "+31612345678"
    assert payload["note"] == "[Expo] Hi"
    assert payload["utm_source"] == "expo"
    assert payload["ad_storage"] is True
    assert payload["ad_user_data"] is True
    assert payload["ad_personalization"] is False
    assert payload["analytics_storage"] is True
    assert payload["custom"] == {
        "event": "Expo Amsterdam 2026",
        "staff_member": "Ann",
        "capture_method": "booth",
        "interest": "Software",  # the staff-only "heat" is never taken from a visitor
        "consent": {"version": WORDING.version, "at": "2027-01-15T08:00:00Z"},
    }
    consent = capture.consent
    assert consent is not None
    assert consent.entered_by is EnteredBy.VISITOR
    assert consent.ticked == (True, False, True)
    assert consent.text == WORDING
    assert (consent.device, consent.staff_member, consent.at) == ("stand-1", "Ann", T0)


def test_nothing_ticked_means_every_flag_is_false() -> None:
    result, capture = visitor_lead(VisitorEntry({"name": "Cy"}), CONTEXT, T0)
    assert result.ok
    for key in ("ad_storage", "ad_user_data", "ad_personalization", "analytics_storage"):
        assert result.payload.get(key, False) is False
    assert capture.consent is not None
    assert capture.consent.ticked == (False, False, False)


def test_a_badge_with_only_an_id_makes_a_lead_to_reconcile_later() -> None:
    entry = VisitorEntry({}, badge_custom={"badge_id": "EXPO-7731"}, raw_scan="EXPO-7731")
    result, capture = visitor_lead(entry, CONTEXT, T0)
    assert result.ok
    custom = result.payload["custom"]
    assert isinstance(custom, dict)
    assert custom["badge_id"] == "EXPO-7731"
    assert custom["event"] == "Expo Amsterdam 2026"
    assert capture.badge_id == "EXPO-7731"
    assert capture.raw_scan == "EXPO-7731"


def test_an_empty_visit_is_refused() -> None:
    result, _capture = visitor_lead(VisitorEntry({"name": " "}), CONTEXT, T0)
    assert not result.ok


def test_company_and_job_title_travel_in_custom_as_the_staff_form_sends_them() -> None:
    entry = VisitorEntry({"name": "Bo", "company": "Bakkerij Bo", "title": "Owner"})
    result, _capture = visitor_lead(entry, CONTEXT, T0)
    assert result.ok
    assert "company" not in result.payload
    custom = result.payload["custom"]
    assert isinstance(custom, dict)
    assert (custom["company"], custom["title"]) == ("Bakkerij Bo", "Owner")
