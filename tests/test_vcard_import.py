"""vCards as written by phones, mail clients and address books (2.1, 3.0, 4.0), read as leads.

Every card here is made up for the test; the layouts follow what Android,
Outlook, Apple Contacts and vCard 4.0 tools write.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from octanist_desktop.importing.column_mapping import ColumnTarget, auto_map
from octanist_desktop.importing.csv_import import RowStatus, check_rows
from octanist_desktop.importing.sources import read_import_file
from octanist_desktop.importing.vcard import (
    VCardContact,
    VCardError,
    _logical_lines,
    _split_cards,
    looks_like_vcard,
    read_one_vcard,
    read_vcard_bytes,
    read_vcards,
)

# Android's contacts export: 2.1, every non-ASCII value quoted-printable with
# CHARSET=UTF-8, long values broken with a bare "=" and no indent.
ANDROID_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=4D=C3=BC=6C=6C=65=72;=4A=C3=BC=72=67=65=6E;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=4A=C3=BC=72=67=65=6E=20=4D=C3=BC=6C=6C=65=72\r\n"
    "TEL;WORK:+49 30 1234567\r\n"
    "TEL;CELL;PREF:+49 151 2345 6789\r\n"
    "EMAIL;HOME:juergen.home@example.de\r\n"
    "EMAIL;WORK;PREF:j.mueller@example.de\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller & S=C3=B6hne GmbH;Vertrieb\r\n"
    "TITLE:Einkaufsleiter\r\n"
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Am Stand getroffen, will ein Angebot.=0D=0A=\r\n"
    "Zweite Zeile, mit Komma=3B und Semikolon.\r\n"
    "URL:https://mueller-soehne.example\r\n"
    "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsL\r\n"
    " DBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA\r\n"
    "\r\n"
    "END:VCARD\r\n"
)

# Outlook's "Save as vCard": 2.1 with a Windows code page named per line.
OUTLOOK_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;LANGUAGE=fr-fr:Lefèvre;Amélie\r\n"
    "FN:Amélie Lefèvre\r\n"
    "ORG:Café Lumière SARL\r\n"
    "TITLE;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Directrice g=E9n=E9rale\r\n"
    "TEL;WORK;VOICE:+33 1 23 45 67 89\r\n"
    "EMAIL;PREF;INTERNET:amelie@cafe-lumiere.example\r\n"
    "END:VCARD\r\n"
)

# Apple Contacts: 3.0, item groups, TYPE lists, pref as a type, escaped commas.
APPLE_30 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//macOS 14.4//EN\r\n"
    "N:Doe;Jane;Q.;Dr.;\r\n"
    "FN:Jane Q. Doe\r\n"
    "ORG:Example Widgets\\, Inc.;Research\r\n"
    "TITLE:Head of R&D\r\n"
    "EMAIL;type=INTERNET;type=HOME:jane@home.example\r\n"
    "item1.EMAIL;type=INTERNET;type=pref:jane.doe@widgets.example\r\n"
    "item1.X-ABLabel:_$!<Other>!$_\r\n"
    "TEL;type=WORK;type=VOICE;type=pref:+44 20 7946 0000\r\n"
    "TEL;type=CELL;type=VOICE:+44 7700 900123\r\n"
    "item2.URL;type=pref:https://widgets.example/jane\r\n"
    "item2.X-ABLabel:_$!<HomePage>!$_\r\n"
    "NOTE:Met at booth 12\\, wants pricing.\\nFollow up Tuesday.\r\n"
    "END:VCARD\r\n"
)

# vCard 4.0: PREF=1, TYPE lists in quotes, tel: URIs with an extension.
VCARD_40 = (
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Åse Ødegård\r\n"
    "N:Ødegård;Åse;;;\r\n"
    "EMAIL;TYPE=home:ase@home.example\r\n"
    "EMAIL;TYPE=work;PREF=1:ase@fjordtech.example\r\n"
    'TEL;VALUE=uri;TYPE="voice,work";PREF=1:tel:+47-22-00-00-00;ext=12\r\n'
    "TEL;VALUE=uri;TYPE=cell:tel:+47-912-34-567\r\n"
    "ORG:Fjord Tech AS\r\n"
    "URL:https://fjordtech.example\r\n"
    "END:VCARD\r\n"
)


def test_android_21_quoted_printable_and_charset() -> None:
    card, count = read_one_vcard(ANDROID_21)
    assert count == 1
    assert card == VCardContact(
        name="Jürgen Müller",
        email="j.mueller@example.de",
        phone="+49 151 2345 6789",
        company="Müller & Söhne GmbH",
        department="Vertrieb",
        title="Einkaufsleiter",
        # 2.1 doesn't escape commas; all of the note must survive.
        note="Am Stand getroffen, will ein Angebot.\nZweite Zeile, mit Komma; und Semikolon.",
        website="https://mueller-soehne.example",
    )


def test_outlook_21_with_a_windows_code_page() -> None:
    card, _count = read_one_vcard(OUTLOOK_21)
    assert card.name == "Amélie Lefèvre"
    assert card.title == "Directrice générale"
    assert card.company == "Café Lumière SARL"
    assert card.email == "amelie@cafe-lumiere.example"
    assert card.phone == "+33 1 23 45 67 89"


def test_apple_30_groups_pref_types_and_escapes() -> None:
    card, _count = read_one_vcard(APPLE_30)
    assert card.name == "Jane Q. Doe"
    assert card.email == "jane.doe@widgets.example"  # type=pref beats the first one
    assert card.phone == "+44 7700 900123"  # a mobile beats a preferred desk phone
    assert card.company == "Example Widgets, Inc."
    assert card.department == "Research"
    assert card.title == "Head of R&D"
    assert card.website == "https://widgets.example/jane"
    assert card.note == "Met at booth 12, wants pricing.\nFollow up Tuesday."


def test_vcard_40_pref_and_tel_uris() -> None:
    card, _count = read_one_vcard(VCARD_40)
    assert card.name == "Åse Ødegård"
    assert card.email == "ase@fjordtech.example"
    assert card.phone == "+47-912-34-567"
    assert card.company == "Fjord Tech AS"


def test_a_tel_uri_extension_becomes_readable() -> None:
    card, _count = read_one_vcard(
        "BEGIN:VCARD\nVERSION:4.0\nFN:X\nTEL;VALUE=uri:tel:+47-22-00-00-00;ext=12\nEND:VCARD\n"
    )
    assert card.phone == "+47-22-00-00-00 ext. 12"


def test_name_from_n_when_fn_is_missing() -> None:
    card, _count = read_one_vcard("BEGIN:VCARD\nVERSION:3.0\nN:Vries;Anna;de;;\nEND:VCARD\n")
    assert card.name == "Anna de Vries"


def test_many_cards_in_one_file_one_of_them_damaged(tmp_path: Path) -> None:
    broken = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\nthis line has no colon\r\nEND:VCARD\r\n"
    cut_off = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut off\r\n"
    text = ANDROID_21 + APPLE_30 + broken + VCARD_40 + OUTLOOK_21 + cut_off
    reading = read_vcards(text)
    assert [c.name for c in reading.contacts] == [
        "Jürgen Müller",
        "Jane Q. Doe",
        "Åse Ødegård",
        "Amélie Lefèvre",
    ]
    assert len(reading.problems) == 2
    assert reading.problems[0].startswith("Card 3 can't be read:")
    assert reading.problems[1] == "Card 6 is cut off: its END:VCARD line is missing."

    path = tmp_path / "contacts.vcf"
    path.write_bytes(codecs.BOM_UTF8 + text.encode())
    table = read_import_file(path)
    assert table.is_vcard
    assert len(table.rows) == 6
    targets = auto_map(table.headers)
    assert targets[:5] == [
        ColumnTarget.field("name"),
        ColumnTarget.field("email"),
        ColumnTarget.field("phone"),
        ColumnTarget.custom("company"),
        ColumnTarget.custom("department"),
    ]
    preview = check_rows(table, targets, default_region="NL")
    assert preview is not None
    statuses = [v.status for v in preview.verdicts]
    assert statuses == [
        RowStatus.READY,
        RowStatus.READY,
        RowStatus.ERROR,
        RowStatus.READY,
        RowStatus.READY,
        RowStatus.ERROR,
    ]
    jane = preview.verdicts[1].payload
    assert jane["phone"] == "+447700900123"
    assert jane["website"] == "https://widgets.example/jane"
    assert jane["custom"] == {
        "capture_method": "import",
        "company": "Example Widgets, Inc.",
        "department": "Research",
        "title": "Head of R&D",
    }
    assert preview.verdicts[2].errors[0].startswith("Card 3 can't be read")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Just a name, no card", "no vCard"),
        ("", "no vCard"),
        ("BEGIN:VCARD\nVERSION:3.0\nFN:Half\n", "cut off"),
        (
            "BEGIN:VCARD\nVERSION:2.1\nNOTE;CHARSET=x-no-such;QUOTED-PRINTABLE:a=3Db\nEND:VCARD\n",
            "x-no-such",
        ),
        ("BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=UTF-8;QUOTED-PRINTABLE:=E9t=E9\nEND:VCARD\n", "utf"),
        ("BEGIN:VCARD\nVERSION:3.0\n:no name\nEND:VCARD\n", "can't be read"),
    ],
)
def test_malformed_cards_give_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(VCardError, match=f"(?i){message}"):
        read_one_vcard(text)


def test_a_file_without_cards_is_refused(tmp_path: Path) -> None:
    with pytest.raises(VCardError, match="no vCard"):
        read_vcard_bytes(b"")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BEGIN:VCARD\r\nVERSION:3.0", True),
        ("\ufeff\r\n  begin:vcard\n", True),
        ("Name: BEGIN:VCARD", False),
        ("BEGIN:VCALENDAR", False),
        ("", False),
    ],
)
def test_looks_like_vcard(text: str, expected: bool) -> None:
    assert looks_like_vcard(text) is expected


def test_draft_and_custom_for_the_form() -> None:
    card, _count = read_one_vcard(APPLE_30)
    assert card.draft() == {
        "name": "Jane Q. Doe",
        "email": "jane.doe@widgets.example",
        "phone": "+44 7700 900123",
        "note": "Met at booth 12, wants pricing.\nFollow up Tuesday.",
        "website": "https://widgets.example/jane",
    }
    assert card.custom() == {
        "company": "Example Widgets, Inc.",
        "department": "Research",
        "title": "Head of R&D",
    }


@pytest.mark.parametrize(
    "text",
    [
        ANDROID_21,
        OUTLOOK_21,
        APPLE_30,
        VCARD_40,
        # A soft break whose next line starts with a space; a bare "=" that isn't one.
        "BEGIN:VCARD\r\nNOTE;QUOTED-PRINTABLE:a=\r\n b=\r\nc\r\nX-SUM:1+1=\r\n 2\r\nEND:VCARD\r\n",
        # A blank line inside, folding with a tab, a card's first line folded.
        "BEGIN:VCARD\r\n FN:Ann\r\n\r\nNOTE:one\r\n\ttwo\r\n  three\r\nEND:VCARD\r\n",
    ],
)
def test_lines_unfold_as_vobject_unfolds_them(text: str) -> None:
    # Unfolding was vobject's getLogicalLines, quadratic in a long quoted-printable
    # value (a 2.1 note of many lines); the app's own must give the same lines.
    import io

    import vobject.base  # type: ignore[import-untyped]

    chunk = _split_cards(text)[0][0]
    expected = list(vobject.base.getLogicalLines(io.StringIO(chunk), allowQP=True))
    assert list(_logical_lines(chunk)) == expected


def test_a_long_quoted_printable_note_is_read_whole() -> None:
    pieces = [f"Line=20{n}=0D=0A" for n in range(5000)]
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Long Note\r\n"
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + "=\r\n".join(pieces) + "\r\n"
        "END:VCARD\r\n"
    )
    card, count = read_one_vcard(text)
    assert count == 1
    assert card.note.splitlines() == [f"Line {n}" for n in range(5000)]


def test_only_the_first_pasted_card_is_read() -> None:
    broken = "BEGIN:VCARD\r\nVERSION:3.0\r\n:no name\r\nEND:VCARD\r\n"
    card, count = read_one_vcard(APPLE_30 + broken * 3)
    assert card.name == "Jane Q. Doe"
    assert count == 4


@pytest.mark.parametrize(
    "text", ["a\r\nb\nc", "a\r\n\r\nb", "\n\n", "a\rb\nc\x0bd\n", "", "x\n" * 9]
)
def test_lines_come_in_pieces_but_are_the_same_lines(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import octanist_desktop.importing.vcard as vcard

    monkeypatch.setattr(vcard, "_PIECE_CHARS", 2)
    assert list(vcard._lines(text)) == text.splitlines()
