"""What a scanned badge holds: vCard, MECARD, BIZCARD, a link with details, or an attendee id."""

from __future__ import annotations

import pytest

from octanist_desktop.importing.badge_scan import (
    BadgeKind,
    BadgeProblem,
    BadgeScanError,
    read_badge,
    undo_inverted_case,
)

VCARD_21 = (
    "BEGIN:VCARD\nVERSION:2.1\nN:Jansen;Jan\nFN:Jan Jansen\nORG:Jansen BV\n"
    "TEL;CELL:+31612345678\nEMAIL;INTERNET:jan@jansen.nl\nEND:VCARD"
)
VCARD_30 = (
    "BEGIN:VCARD\nVERSION:3.0\nFN:Zoë Zwart\nTITLE:Buyer\n"
    "EMAIL;TYPE=INTERNET,pref:zoe@example.nl\nEND:VCARD"
)
VCARD_40 = (
    "BEGIN:VCARD\nVERSION:4.0\nFN:Ann Lee\nTEL;VALUE=uri;TYPE=cell:tel:+44-20-7946-0958\nEND:VCARD"
)


@pytest.mark.parametrize(
    ("code", "draft", "custom"),
    [
        (
            VCARD_21,
            {"name": "Jan Jansen", "email": "jan@jansen.nl", "phone": "+31612345678"},
            {"company": "Jansen BV"},
        ),
        (VCARD_30, {"name": "Zoë Zwart", "email": "zoe@example.nl"}, {"title": "Buyer"}),
        (VCARD_40, {"name": "Ann Lee", "phone": "+44-20-7946-0958"}, {}),
        (
            "MECARD:N:Smith,Ann;TEL:+15551234567;EMAIL:ann@example.com;ORG:Acme;;",
            {"name": "Ann Smith", "email": "ann@example.com", "phone": "+15551234567"},
            {"company": "Acme"},
        ),
        (
            "BIZCARD:N:Ben;X:Okafor;T:CTO;C:Okafor Ltd;M:+2348012345678;E:ben@okafor.ng;;",
            {"name": "Ben Okafor", "email": "ben@okafor.ng", "phone": "+2348012345678"},
            {"company": "Okafor Ltd", "title": "CTO"},
        ),
    ],
    ids=["vcard-2.1", "vcard-3.0", "vcard-4.0", "mecard", "bizcard"],
)
def test_contact_codes_fill_the_form(
    code: str, draft: dict[str, str], custom: dict[str, object]
) -> None:
    reading = read_badge(code)
    assert reading.kind is BadgeKind.CONTACT
    assert reading.draft == draft
    assert reading.custom == custom
    assert reading.raw == code
    assert reading.badge_id == ""


def test_a_link_with_details_fills_the_form_and_keeps_the_id() -> None:
    reading = read_badge(
        "https://reg.example.com/b?attendee_id=EXPO-7731&First_Name=Bo&last-name=Bakker"
        "&Email=bo%40example.nl&company=Bakkerij%20Bo&utm_source=qr"
    )
    assert reading.kind is BadgeKind.LINK
    assert reading.draft == {"name": "Bo Bakker", "email": "bo@example.nl"}
    assert reading.custom == {"company": "Bakkerij Bo", "badge_id": "EXPO-7731"}
    assert reading.badge_id == "EXPO-7731"


def test_a_bare_link_names_the_attendee_by_its_last_step() -> None:
    reading = read_badge("https://expo.example.org/a/8F7E6D/")
    assert reading.badge_id == "8F7E6D"
    assert reading.custom == {"badge_id": "8F7E6D"}
    assert reading.draft == {}


def test_an_id_only_badge_is_kept_for_reconciling() -> None:
    reading = read_badge("  A-000731-XZ ")
    assert reading.kind is BadgeKind.ID
    assert reading.badge_id == "A-000731-XZ"
    assert reading.custom == {"badge_id": "A-000731-XZ"}
    assert reading.draft == {}
    assert reading.who == ""


def test_plain_text_lines_give_what_they_hold() -> None:
    reading = read_badge("Carla Gomez\ncarla@gomez.es\n+34 612 34 56 78")
    assert reading.kind is BadgeKind.TEXT
    assert reading.draft == {
        "name": "Carla Gomez",
        "email": "carla@gomez.es",
        "phone": "+34 612 34 56 78",
    }


@pytest.mark.parametrize(
    "code",
    [
        "MECARD:N:Smith,Ann;EMAIL:ann@exa",
        "BIZCARD:N:Ben;X:Oka",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Zoë",
        "https://reg",
        "https://reg.example.com/b?id=7731&email=bo%4",
    ],
    ids=["mecard", "bizcard", "vcard", "host", "escape"],
)
def test_a_partial_read_changes_nothing_and_says_so(code: str) -> None:
    with pytest.raises(BadgeScanError) as caught:
        read_badge(code)
    assert caught.value.problem is BadgeProblem.CUT_OFF


@pytest.mark.parametrize(
    "code", ["\x02\x1b[A", "ab\ufffdcd", "MECARD:ORG:Acme;;", "!!!! ???? ....", " "]
)
def test_garbage_is_unreadable(code: str) -> None:
    with pytest.raises(BadgeScanError) as caught:
        read_badge(code)
    assert caught.value.problem is BadgeProblem.UNREADABLE


def test_caps_lock_is_undone_by_a_codes_upper_case_prefix() -> None:
    inverted = "mecard:n:sMITH,aNN;email:ANN@EXAMPLE.COM;;"
    assert undo_inverted_case(inverted) == ("MECARD:N:Smith,Ann;EMAIL:ann@example.com;;", True)
    assert read_badge(inverted).draft["name"] == "Ann Smith"
    assert undo_inverted_case("begin:vcard")[1]
    # An upper-case link is how QR codes pack URLs: left alone.
    assert undo_inverted_case("HTTPS://EXPO.EXAMPLE/A/8F7E6D") == (
        "HTTPS://EXPO.EXAMPLE/A/8F7E6D",
        False,
    )
