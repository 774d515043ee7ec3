"""CSV import without Qt: decoding, delimiters, header matching, row verdicts, the rejects file."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from octanist_desktop.core.fields import FIELDS
from octanist_desktop.importing.column_mapping import (
    FIRST_NAME,
    IGNORE,
    LAST_NAME,
    MIDDLE_NAME,
    ColumnTarget,
    auto_map,
    custom_key_for,
    guess_target,
    normalise_header,
)
from octanist_desktop.importing.csv_import import (
    NO_IDENTIFIER,
    RowStatus,
    check_rows,
    row_draft,
    write_invalid_rows,
)
from octanist_desktop.importing.csv_table import (
    NotATable,
    detect_delimiter,
    parse_csv_text,
    read_csv_bytes,
    read_csv_file,
)
from octanist_desktop.importing.text_files import decode_text

# -- decoding --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        (codecs.BOM_UTF8 + "Zoë".encode(), "utf-8-sig", "Zoë"),
        ("Zoë".encode(), "utf-8", "Zoë"),
        ("Zoë – “quoted”".encode("cp1252"), "cp1252", "Zoë – “quoted”"),
        # 0x81 is undefined in cp1252: only Latin-1 can read it.
        (b"Zo\xeb\x81", "latin-1", "Zoë\x81"),
        ("Zoë".encode("utf-16"), "utf-16", "Zoë"),
    ],
)
def test_encodings_are_detected(data: bytes, encoding: str, text: str) -> None:
    decoded = decode_text(data)
    assert (decoded.encoding, decoded.text) == (encoding, text)


def test_a_bom_is_not_part_of_the_first_header() -> None:
    table = read_csv_bytes(codecs.BOM_UTF8 + b"Email,Name\r\na@example.com,A\r\n")
    assert table.headers == ("Email", "Name")
    assert table.encoding_label == "UTF-8 with BOM"


# -- delimiters and quoting ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Name,Email\nAnn,ann@example.com\n", ","),
        ("Name;Email\nAnn;ann@example.com\n", ";"),
        ("Name\tEmail\nAnn\tann@example.com\n", "\t"),
        # Semicolons inside quoted notes must not outvote the real delimiter.
        ('Name,Notes\nAnn,"a; b; c; d"\nBob,"e; f; g"\n', ","),
        # Commas inside cells of a semicolon file (Dutch decimal commas, addresses).
        ('Naam;Adres;Bedrag\nAnn;"Kerkstraat 1, Utrecht";12,50\n', ";"),
        # A header that itself spans lines inside quotes.
        ('"First\nname";Email\nAnn;ann@example.com\n', ";"),
        # One column: nothing to split on.
        ("Email\nann@example.com\n", ","),
    ],
)
def test_delimiter_detection(text: str, delimiter: str) -> None:
    assert detect_delimiter(text) == delimiter


def test_excel_sep_line_decides_and_is_not_a_header() -> None:
    table = parse_csv_text("sep=;\r\nName;Email\r\nAnn;ann@example.com\r\n")
    assert table.delimiter == ";"
    assert table.headers == ("Name", "Email")
    assert table.rows == (("Ann", "ann@example.com"),)


def test_quoted_newlines_stay_inside_their_cell() -> None:
    text = (
        'Name,Notes,Email\r\nAnn,"first line\r\nsecond line\r\n",ann@example.com\r\nBob,,b@x.nl\r\n'
    )
    table = parse_csv_text(text)
    assert table.rows[0] == ("Ann", "first line\nsecond line\n", "ann@example.com")
    assert table.rows[1] == ("Bob", "", "b@x.nl")
    # Spreadsheet numbering: header is row 1, whatever the line count.
    assert table.row_numbers == (2, 3)


def test_blank_rows_are_skipped_but_keep_the_numbering() -> None:
    table = parse_csv_text("\n\nName,Email\nAnn,a@x.nl\n,\n\nBob,b@x.nl\n")
    assert table.headers == ("Name", "Email")
    assert [row[0] for row in table.rows] == ["Ann", "Bob"]
    # The spreadsheet's own row numbers: lines above the header count too.
    assert table.header_number == 3
    assert table.row_numbers == (4, 7)


def test_blank_headers_are_named_by_position() -> None:
    table = parse_csv_text("Name,,Email\nAnn,x,a@x.nl\n")
    assert table.headers == ("Name", "Column 2", "Email")


@pytest.mark.parametrize("text", ["", "\n\n", ",,\n"])
def test_a_file_without_a_header_is_refused(text: str) -> None:
    with pytest.raises(NotATable, match="empty"):
        parse_csv_text(text)


# -- header matching ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("E-mail", ColumnTarget.field("email")),
        ("Email address", ColumnTarget.field("email")),
        ("EMAIL_ADDRESS", ColumnTarget.field("email")),
        ("Mail", ColumnTarget.field("email")),
        ("E-mailadres", ColumnTarget.field("email")),
        ("Courriel", ColumnTarget.field("email")),
        ("Mobile", ColumnTarget.field("phone")),
        ("Phone", ColumnTarget.field("phone")),
        ("Telephone", ColumnTarget.field("phone")),
        ("Téléphone", ColumnTarget.field("phone")),
        ("Tel.", ColumnTarget.field("phone")),
        ("Telefoonnummer", ColumnTarget.field("phone")),
        ("Handynummer", ColumnTarget.field("phone")),
        ("First name", FIRST_NAME),
        ("first_name", FIRST_NAME),
        ("Voornaam", FIRST_NAME),
        ("Vorname", FIRST_NAME),
        ("Prénom", FIRST_NAME),
        ("Tussenvoegsel", MIDDLE_NAME),
        ("Last Name", LAST_NAME),
        ("Achternaam", LAST_NAME),
        ("Nachname", LAST_NAME),
        ("Nom", LAST_NAME),
        ("Full name", ColumnTarget.field("name")),
        ("Name", ColumnTarget.field("name")),
        ("Naam", ColumnTarget.field("name")),
        ("Company", ColumnTarget.custom("company")),
        ("Organisation", ColumnTarget.custom("company")),
        ("Organization", ColumnTarget.custom("company")),
        ("Bedrijf", ColumnTarget.custom("company")),
        ("Société", ColumnTarget.custom("company")),
        ("Job title", ColumnTarget.custom("title")),
        ("Notes", ColumnTarget.field("note")),
        ("Comments", ColumnTarget.field("note")),
        ("Opmerkingen", ColumnTarget.field("note")),
        ("Website", ColumnTarget.field("website")),
        ("URL", ColumnTarget.field("website")),
        ("utm_source", ColumnTarget.field("utm_source")),
        ("UTM Campaign", ColumnTarget.field("utm_campaign")),
        ("utm-medium", ColumnTarget.field("utm_medium")),
        ("GCLID", ColumnTarget.field("gclid")),
        ("li_fat_id", ColumnTarget.field("li_fat_id")),
        ("Meta click ID", ColumnTarget.field("fbc")),
        ("Ad storage", ColumnTarget.field("ad_storage")),
        ("error", IGNORE),
        ("Badge ID", ColumnTarget.custom("badge_id")),
        ("Scanned at (UTC)", ColumnTarget.custom("scanned_at_utc")),
    ],
)
def test_header_auto_matching(header: str, target: ColumnTarget) -> None:
    assert guess_target(header) == target


def test_every_catalogue_field_matches_its_own_key_and_label() -> None:
    for field in FIELDS:
        assert guess_target(field.key) == ColumnTarget.field(field.key)
        assert guess_target(field.label.upper()) == ColumnTarget.field(field.key)


def test_normalising_folds_case_accents_punctuation_and_spaces() -> None:
    assert normalise_header("  Prénom ") == normalise_header("prenom")
    assert normalise_header("E-Mail Address") == "emailaddress"
    assert custom_key_for("Job Title / Role") == "job_title_role"
    assert custom_key_for("???") == "column"


def test_several_phone_and_email_columns_are_ranked_and_the_rest_kept_as_custom_data() -> None:
    # Issue 14 changed this: a second Phone/Email column is no longer custom data
    # outright; the best-ranked non-empty one is sent and the others are kept.
    headers = ["Phone", "Mobile", "Email", "E-mail", "Email", "Website", "URL"]
    targets = auto_map(headers)
    assert targets == [
        ColumnTarget.field("phone"),
        ColumnTarget.field("phone"),
        ColumnTarget.field("email"),
        ColumnTarget.field("email"),
        ColumnTarget.field("email"),
        ColumnTarget.field("website"),
        ColumnTarget.custom("url"),
    ]
    cells = ["020 1234567", "06 12345678", "a@x.nl", "", "a2@x.nl", "x.nl", "y.nl"]
    draft = row_draft(cells, targets, headers)
    assert draft["phone"] == "06 12345678"  # mobile before a plain phone
    assert draft["email"] == "a@x.nl"
    assert json.loads(str(draft["custom"])) == {
        "capture_method": "import",
        "phone": "020 1234567",
        "email_2": "a2@x.nl",
        "url": "y.nl",
    }


def test_two_error_columns_are_both_ignored() -> None:
    assert auto_map(["error", "Error"]) == [IGNORE, IGNORE]


# -- turning rows into drafts -------------------------------------------------------------------


def test_name_parts_are_joined_first_middle_last_whatever_the_column_order() -> None:
    targets = [LAST_NAME, FIRST_NAME, MIDDLE_NAME]
    assert row_draft(["Vries", "Anna", "de"], targets)["name"] == "Anna de Vries"


def test_a_name_column_beats_name_parts() -> None:
    targets = [ColumnTarget.field("name"), FIRST_NAME, LAST_NAME]
    assert row_draft(["Dr. A. de Vries", "Anna", "Vries"], targets)["name"] == "Dr. A. de Vries"
    assert row_draft(["", "Anna", "Vries"], targets)["name"] == "Anna Vries"


def test_several_note_columns_are_all_kept_other_fields_take_the_first() -> None:
    targets = [
        ColumnTarget.field("note"),
        ColumnTarget.field("note"),
        ColumnTarget.field("email"),
        ColumnTarget.field("email"),
    ]
    draft = row_draft(["Wants a demo", "Call after 3", "", "b@x.nl"], targets)
    assert draft["note"] == "Wants a demo\n\nCall after 3"
    assert draft["email"] == "b@x.nl"


def test_custom_columns_and_capture_method_are_merged_into_custom() -> None:
    targets = [
        ColumnTarget.field("email"),
        ColumnTarget.custom("company"),
        ColumnTarget.field("custom"),
        IGNORE,
    ]
    draft = row_draft(["a@x.nl", "Acme", '{"vip": true}', "ignored"], targets)
    assert json.loads(str(draft["custom"])) == {
        "capture_method": "import",
        "company": "Acme",
        "vip": True,
    }


# -- a messy real-world export, end to end (without Qt) ------------------------------------------


def badge_scanner_export() -> bytes:
    """A semicolon-separated, UTF-8-with-BOM badge-scanner export with every usual mess."""
    lines = [
        "Voornaam;Achternaam;E-mail;Mobiel;Bedrijf;Opmerkingen;Badge ID;utm_source",
        "Zoë;Bakker;zoe@example.nl;06 12345678;Bakkerij Zoë;"
        '"Wants a demo;\nafter the fair";B-1;expo',
        "Jan;de Boer;JAN@Example.NL;;Boer BV;;B-2;expo",
        # Same email as Jan (case differs): a duplicate.
        "J.;de Boer;jan@example.nl;;;;B-3;expo",
        # Same mobile as Zoë, written differently: a duplicate.
        ";;;+31 6 1234 5678;;;B-4;expo",
        # Identical to the row above: a duplicate (of the first copy).
        ";;;+31 6 1234 5678;;;B-4;expo",
        # Company and badge only: custom data alone is not a lead.
        ";;;;Lonely Corp;;B-5;expo",
        # A broken email: an error, goes to the rejects file.
        "Piet;Jansen;piet@@example.nl;;;;B-6;expo",
        # A landline without +31: read with the default region.
        "Els;Visser;;020 123 4567;;;B-7;",
    ]
    return codecs.BOM_UTF8 + "\r\n".join(lines).encode() + b"\r\n"


def test_messy_export_rows_get_the_right_verdicts() -> None:
    table = read_csv_bytes(badge_scanner_export())
    assert table.delimiter == ";"
    assert table.encoding == "utf-8-sig"
    targets = auto_map(table.headers)
    assert targets == [
        FIRST_NAME,
        LAST_NAME,
        ColumnTarget.field("email"),
        ColumnTarget.field("phone"),
        ColumnTarget.custom("company"),
        ColumnTarget.field("note"),
        ColumnTarget.custom("badge_id"),
        ColumnTarget.field("utm_source"),
    ]
    preview = check_rows(table, targets, default_region="NL")
    assert preview is not None
    by_row = {v.row_number: v for v in preview.verdicts}
    assert [by_row[n].status for n in range(2, 10)] == [
        RowStatus.READY,
        RowStatus.READY,
        RowStatus.DUPLICATE,
        RowStatus.DUPLICATE,
        RowStatus.DUPLICATE,
        RowStatus.ERROR,
        RowStatus.ERROR,
        RowStatus.READY,
    ]
    zoe = by_row[2].payload
    assert zoe["name"] == "Zoë Bakker"
    assert zoe["phone"] == "+31612345678"
    assert zoe["note"] == "Wants a demo;\nafter the fair"
    assert zoe["utm_source"] == "expo"
    assert zoe["custom"] == {
        "capture_method": "import",
        "company": "Bakkerij Zoë",
        "badge_id": "B-1",
    }
    assert by_row[4].duplicate_reason == "Same email as row 3."
    assert by_row[5].duplicate_reason == "Same phone as row 2."
    assert by_row[6].duplicate_reason == "Same as row 5."
    assert by_row[7].errors == (NO_IDENTIFIER,)
    assert by_row[8].errors[0].startswith("Email: ")
    assert by_row[9].payload["phone"] == "+31201234567"

    assert [v.row_number for v in preview.importable()] == [2, 3, 9]
    assert [v.row_number for v in preview.importable(include_duplicates=True)] == [2, 3, 4, 5, 6, 9]
    assert [v.row_number for v in preview.invalid()] == [7, 8]


def test_without_a_default_region_a_national_number_is_a_warning_not_an_error() -> None:
    table = parse_csv_text("Name,Phone\nEls,020 123 4567\n")
    preview = check_rows(table, auto_map(table.headers), default_region=None)
    assert preview is not None
    (verdict,) = preview.verdicts
    assert verdict.status is RowStatus.WARNING
    assert verdict.warnings[0].startswith("Phone: ")
    assert verdict.payload["phone"] == "020 123 4567"


def test_a_cp1252_file_with_comma_and_quoted_newlines() -> None:
    data = 'Name,Email,Notes\r\n"Zoë Ørsted",zoe@example.com,"Line 1\r\nLine 2, with a comma"\r\n'
    table = read_csv_bytes(data.encode("cp1252"))
    assert (table.encoding, table.delimiter) == ("cp1252", ",")
    preview = check_rows(table, auto_map(table.headers), default_region="NL")
    assert preview is not None
    payload = preview.verdicts[0].payload
    assert payload["name"] == "Zoë Ørsted"
    assert payload["note"] == "Line 1\nLine 2, with a comma"


def test_checking_stops_when_asked_and_reports_progress() -> None:
    table = parse_csv_text("Email\n" + "".join(f"p{i}@example.com\n" for i in range(1000)))
    seen: list[tuple[int, int]] = []
    preview = check_rows(
        table,
        auto_map(table.headers),
        default_region=None,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert preview is not None
    assert len(preview.verdicts) == 1000
    assert seen[-1] == (1000, 1000)
    assert len(seen) > 2
    stopped = check_rows(
        table, auto_map(table.headers), default_region=None, should_stop=lambda: True
    )
    assert stopped is None


# -- the rejects file ---------------------------------------------------------------------------


def test_invalid_rows_file_is_readable_and_keeps_the_original_columns(tmp_path: Path) -> None:
    table = read_csv_bytes(badge_scanner_export())
    preview = check_rows(table, auto_map(table.headers), default_region="NL")
    assert preview is not None
    out = tmp_path / "fix-me.csv"
    assert write_invalid_rows(out, table, preview.invalid()) == 2
    assert out.read_bytes().startswith(codecs.BOM_UTF8)

    again = read_csv_file(out)
    assert again.delimiter == ";"
    assert again.headers == (*table.headers, "error")
    assert again.rows[0][:8] == table.rows[5]
    assert again.rows[0][8] == NO_IDENTIFIER
    assert again.rows[1][2] == "piet@@example.nl"
    assert again.rows[1][8].startswith("Email: ")

    # Fixed and imported again: the error column is ignored, and overwritten on a second round.
    assert auto_map(again.headers)[-1] == IGNORE
    second = check_rows(again, auto_map(again.headers), default_region="NL")
    assert second is not None
    out2 = tmp_path / "fix-me-again.csv"
    write_invalid_rows(out2, again, second.invalid())
    assert read_csv_file(out2).headers == again.headers


def test_invalid_rows_file_keeps_quoted_newlines_and_stray_cells(tmp_path: Path) -> None:
    table = parse_csv_text('Email,Notes\nbad@,"two\nlines",stray\n')
    preview = check_rows(table, auto_map(table.headers), default_region=None)
    assert preview is not None
    out = tmp_path / "rejects.csv"
    write_invalid_rows(out, table, preview.invalid())
    again = read_csv_file(out)
    assert again.headers == ("Email", "Notes", "error")
    assert again.rows[0][0:2] == ("bad@", "two\nlines")
    assert again.rows[0][2].startswith("Email: ")
    assert again.rows[0][3] == "stray"
