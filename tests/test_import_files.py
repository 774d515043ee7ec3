"""Real-shaped export files, end to end without Qt: header, mapping, phones, cleanup, verdicts.

Each file in ``tests/import_files/`` is small and hand-written after the
columns of the product it imitates (LinkedIn, Google Contacts, Outlook,
HubSpot, Salesforce, a lead-retrieval app, Excel's "Unicode text", a
hand-typed sign-up sheet, a badge scanner's codes).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from octanist_desktop.importing.cells import clean_email, clean_phone, is_placeholder
from octanist_desktop.importing.column_kinds import ValueKind, profile_columns, value_kind
from octanist_desktop.importing.column_mapping import (
    COUNTRY,
    FIRST_NAME,
    IGNORE,
    ColumnTarget,
    auto_map,
    field_rank,
    guess_target,
)
from octanist_desktop.importing.csv_import import (
    ImportEvent,
    ImportPreview,
    RegionSource,
    RowStatus,
    RowVerdict,
    check_rows,
    suggest_targets,
)
from octanist_desktop.importing.csv_table import CsvTable, parse_csv_text
from octanist_desktop.importing.sources import read_import_file

FILES = Path(__file__).parent / "import_files"


def read(name: str) -> CsvTable:
    return read_import_file(FILES / name)


def suggested(table: CsvTable) -> list[ColumnTarget]:
    targets = suggest_targets(table)
    assert targets == auto_map(table.headers, profile_columns(table.rows, len(table.headers)))
    return targets


def preview_of(
    name: str, region: str | None = "NL", event: ImportEvent | None = None
) -> ImportPreview:
    table = read(name)
    preview = check_rows(table, suggested(table), default_region=region, event=event)
    assert preview is not None
    return preview


def by_row(preview: ImportPreview) -> dict[int, RowVerdict]:
    return {verdict.row_number: verdict for verdict in preview.verdicts}


def custom(verdict: RowVerdict) -> dict[str, object]:
    value = verdict.payload.get("custom")
    assert isinstance(value, dict)
    return value


# -- where the table is ----------------------------------------------------------------------


def test_linkedin_notes_above_the_header_are_not_the_header() -> None:
    table = read("linkedin_connections.csv")
    assert table.header_number == 4
    assert table.headers[:4] == ("First Name", "Last Name", "URL", "Email Address")
    preview = preview_of("linkedin_connections.csv")
    assert [v.row_number for v in preview.importable()] == [5, 6, 7]
    assert preview.verdicts[0].payload["name"] == "Marieke de Vries"
    assert custom(preview.verdicts[0])["title"] == "Managing Director"


def test_a_report_preamble_and_footer_become_neither_header_nor_leads() -> None:
    table = read("lead_retrieval_expo.csv")
    assert table.delimiter == ";"
    assert table.header_number == 4
    preview = preview_of("lead_retrieval_expo.csv")
    rows = by_row(preview)
    assert [v.row_number for v in preview.importable()] == [5, 6, 7]
    assert rows[9].status is RowStatus.SKIPPED
    assert "Total leads: 3" in rows[9].message
    assert rows[10].status is RowStatus.SKIPPED
    assert "not a lead" in rows[10].message
    # Skipped rows are neither imported nor written to the file for fixing.
    assert preview.invalid() == []


def test_the_header_can_be_moved_by_hand() -> None:
    table = read("lead_retrieval_expo.csv")
    moved = table.with_header(2)
    assert moved.headers[0] == "Event: Packaging Expo Amsterdam 2024"
    assert moved.with_header(4).headers == table.headers
    with pytest.raises(ValueError, match="line 3"):
        table.with_header(3)  # a blank line


def test_a_header_repeated_mid_file_and_a_lone_name_row() -> None:
    text = "Name,Email,Phone\nAnn,ann@x.nl,\nName,Email,Phone\nBob,bob@x.nl,\nCees,,\n"
    table = parse_csv_text(text)
    assert table.skipped == {1: "Repeats the column names; not a lead."}
    # "Cees" alone in the last row is a name-only lead, not a footer.
    assert 3 not in table.skipped


# -- which column is what --------------------------------------------------------------------


def test_a_ticket_number_column_is_never_the_name() -> None:
    table = read("lead_retrieval_expo.csv")
    targets = suggested(table)
    assert guess_target("Attendee") == ColumnTarget.field("name")  # the header alone says so
    assert targets[1] == ColumnTarget.custom("attendee")  # its values say otherwise
    assert targets[2] == FIRST_NAME
    assert targets[8] == COUNTRY
    verdict = preview_of("lead_retrieval_expo.csv").verdicts[0]
    assert verdict.payload["name"] == "Eva Visser"
    assert custom(verdict)["attendee"] == "4471"


def test_a_column_named_nothing_is_used_by_its_values() -> None:
    table = parse_csv_text("Contact,Reach,Where\nann@x.nl,+31 6 12345678,Belgium\n")
    assert suggested(table) == [
        ColumnTarget.field("email"),
        ColumnTarget.field("phone"),
        COUNTRY,
    ]


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("anna@x.nl", ValueKind.EMAIL),
        ("mailto:anna@x.nl", ValueKind.EMAIL),
        ("+31 6 12345678", ValueKind.PHONE),
        ("06-12345678", ValueKind.PHONE),
        ("4471", ValueKind.NUMBER),
        ("B-100234", ValueKind.NUMBER),
        ("2024-04-18 09:12", ValueKind.DATE),
        ("18.04.2024", ValueKind.DATE),
        ("12 Mar 2024", ValueKind.DATE),
        ("Deutschland", ValueKind.COUNTRY),
        ("+43", ValueKind.COUNTRY),
        ("Wants samples", ValueKind.TEXT),
        ("N/A", ValueKind.EMPTY),
    ],
)
def test_value_kinds(cell: str, kind: ValueKind) -> None:
    assert value_kind(cell) is kind


def test_phone_columns_rank_mobile_before_business_before_home() -> None:
    headers = ["Home Phone", "Business Phone", "Phone", "Mobile Phone", "Other Phone"]
    ranked = sorted(headers, key=lambda h: field_rank(h, "phone"))
    assert ranked == ["Mobile Phone", "Business Phone", "Phone", "Home Phone", "Other Phone"]
    assert field_rank("Telefon (geschäftlich)", "phone") < field_rank("Telefon privat", "phone")
    assert field_rank("Handynummer", "phone") < field_rank("Telefoonnummer", "phone")


def test_outlook_cp1252_every_phone_column_and_an_exchange_address() -> None:
    table = read("outlook_contacts_cp1252.csv")
    assert table.encoding == "cp1252"
    targets = suggested(table)
    headers = list(table.headers)
    assert targets[headers.index("Business Fax")] == ColumnTarget.custom("business_fax")
    phone_columns = [h for h, t in zip(headers, targets, strict=True) if t.key == "phone"]
    assert phone_columns == ["Business Phone", "Business Phone 2", "Mobile Phone", "Home Phone"]
    jurgen, zoe = preview_of("outlook_contacts_cp1252.csv").verdicts
    # The mobile wins; the desk phone is kept under its own name; the X.500 path is skipped
    # for the second address.
    assert jurgen.payload["phone"] == "+4915123456789"
    assert jurgen.payload["email"] == "j.mueller@mueller-soehne.example"
    assert custom(jurgen)["business_phone"] == "030 1234567"
    assert jurgen.region == "DE"
    assert jurgen.region_source is RegionSource.ROW
    assert jurgen.status is RowStatus.READY
    # Only an Exchange path and no other address: a warning, the row keeps name and phone.
    assert zoe.status is RowStatus.WARNING
    assert "Exchange" in zoe.message
    assert zoe.payload["name"] == "Zoë Ørsted"
    assert zoe.payload["phone"] == "+4533123456"
    assert "email" not in zoe.payload


def test_google_numbered_columns_and_triple_colon_lists() -> None:
    table = read("google_contacts.csv")
    targets = suggested(table)
    headers = list(table.headers)
    assert targets[headers.index("E-mail 1 - Type")] == IGNORE
    assert targets[headers.index("Phone 2 - Value")] == ColumnTarget.field("phone")
    assert targets[headers.index("Organization 1 - Name")] == ColumnTarget.custom("company")
    assert targets[headers.index("Address 1 - Country")] == COUNTRY
    jan, anna, kees = preview_of("google_contacts.csv").verdicts
    assert jan.payload["email"] == "jan@boer.example"
    assert jan.payload["phone"] == "+31611122233"
    extra = custom(jan)
    assert extra["e_mail_1_value"] == "jan.deboer@gmail.example"
    assert extra["phone_1_value"] == "+31 6 44455566"
    assert extra["phone_2_value"] == "+31 20 123 4567"
    # Anna's first email is empty: the second is sent; her Berlin number is read in Germany.
    assert anna.payload["email"] == "anna.schmidt@web.example"
    assert anna.payload["phone"] == "+49301234567"
    # Kees's first phone is typed Work, his second Mobile: the mobile is sent.
    assert kees.payload["phone"] == "+31655550101"
    assert custom(kees)["phone_1_value"] == "+31 20 555 0101"


# -- phones in the right country -------------------------------------------------------------


def test_the_only_phone_in_a_mobile_column_with_a_country_column() -> None:
    """Excel "Unicode text" (UTF-16, tabs), Dutch headers, country names in Dutch."""
    table = read("excel_unicode_text.txt")
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    rows = by_row(preview_of("excel_unicode_text.txt", region="NL"))
    assert rows[2].payload["phone"] == "+32470123456"
    assert (rows[2].region, rows[2].region_source) == ("BE", RegionSource.ROW)
    assert rows[3].payload["phone"] == "+491712345678"
    assert rows[4].payload["phone"] == "+31612345678"
    # A Dutch mobile number in a row that says Austria is not sent as an Austrian one.
    assert rows[5].status is RowStatus.ERROR
    assert "not a valid number in Austria" in rows[5].message
    assert rows[5].region == "AT"


def test_hubspot_mobile_only_country_names_in_english() -> None:
    rows = by_row(preview_of("hubspot_contacts.csv", region="NL"))
    assert [rows[n].payload["phone"] for n in (2, 3, 4)] == [
        "+436641234567",
        "+32470123456",
        "+447911123456",
    ]
    assert all(rows[n].status is RowStatus.READY for n in (2, 3, 4))
    assert custom(rows[2])["record_id"] == "51234001"


def test_a_dialling_code_column_in_every_spelling() -> None:
    rows = by_row(preview_of("dialling_codes.csv", region="NL"))
    assert rows[2].payload["phone"] == "+436641234567"  # +43
    assert rows[3].payload["phone"] == "+32470123456"  # 0032
    assert rows[4].payload["phone"] == "+491712345678"  # 49
    assert rows[5].status is RowStatus.ERROR  # 06 1234 is too short in the Netherlands


def test_without_a_country_the_default_region_is_assumed_and_said() -> None:
    rows = by_row(preview_of("signup_sheet.csv", region="BE"))
    bram = rows[2]
    # 06 23456789 is no Belgian number: an error naming the assumed country.
    assert bram.status is RowStatus.ERROR
    assert "not a valid number in Belgium" in bram.message
    assert (bram.region, bram.region_source) == ("BE", RegionSource.DEFAULT)
    nl = by_row(preview_of("signup_sheet.csv", region="NL"))[2]
    assert (nl.payload["phone"], nl.region_source) == ("+31623456789", RegionSource.DEFAULT)
    sanne = by_row(preview_of("signup_sheet.csv", region="BE"))[8]
    assert sanne.region_source is RegionSource.NUMBER


def test_an_unknown_country_falls_back_to_the_default_with_a_warning() -> None:
    table = parse_csv_text("Name,Phone,Country\nAnn,06 12345678,Atlantis\n")
    preview = check_rows(table, suggested(table), default_region="NL")
    assert preview is not None
    (verdict,) = preview.verdicts
    assert verdict.status is RowStatus.WARNING
    assert "Atlantis" in verdict.message
    assert verdict.payload["phone"] == "+31612345678"


def test_an_international_number_that_contradicts_the_country_is_flagged() -> None:
    table = parse_csv_text("Name,Phone,Country\nAnn,+32 470 12 34 56,Netherlands\n")
    preview = check_rows(table, suggested(table), default_region="NL")
    assert preview is not None
    (verdict,) = preview.verdicts
    assert verdict.payload["phone"] == "+32470123456"
    assert verdict.status is RowStatus.WARNING
    assert "Belgium" in verdict.message


# -- messy cells -------------------------------------------------------------------------------


def test_a_placeholder_heavy_sheet_keeps_every_name_and_real_phone() -> None:
    preview = preview_of("signup_sheet.csv", region="NL")
    rows = by_row(preview)
    # "N/A" as the email: the row keeps its name and phone.
    assert rows[2].status is RowStatus.READY
    assert (rows[2].payload["name"], rows[2].payload["phone"]) == ("Bram Willems", "+31623456789")
    assert "email" not in rows[2].payload
    # "-" and "n.v.t.": no email, no phone, the name still imports.
    assert rows[3].status is RowStatus.READY
    assert rows[3].payload["name"] == "Fleur Bakker"
    assert "phone" not in rows[3].payload
    assert "email" not in rows[3].payload
    assert "phone" not in rows[4].payload  # "0"
    assert "email" not in rows[4].payload  # "TBC"
    # A row of placeholders only is no lead.
    assert rows[6].status is RowStatus.ERROR
    # mailto: and an extension.
    assert rows[7].payload["email"] == "joris@mulder.example"
    assert rows[7].payload["phone"] == "+31634567890"
    assert custom(rows[7])["phone_extension"] == "12"
    # A real answer "0" in a custom column is kept.
    assert custom(rows[5])["interested_in"] == "0"


def test_salesforce_wrapped_addresses_and_extensions() -> None:
    rows = by_row(preview_of("salesforce_leads.csv", region="NL"))
    assert rows[2].payload["email"] == "claire@dubois-fils.example"
    assert rows[2].payload["phone"] == "+33123456789"
    assert custom(rows[2])["phone_extension"] == "204"
    assert rows[3].payload["email"] == "marco.rossi@rossi.example"
    assert rows[3].payload["phone"] == "+393471234567"
    assert rows[4].payload["email"] == "pieter@jansen.example"
    assert custom(rows[4])["phone_extension"] == "12"
    assert all(v.status is RowStatus.READY for v in rows.values())


@pytest.mark.parametrize(
    ("cell", "address"),
    [
        ("mailto:anna@x.nl?subject=Hi", "anna@x.nl"),
        ("Anna de Vries <anna@x.nl>", "anna@x.nl"),
        ('=HYPERLINK("mailto:anna@x.nl";"Mail Anna")', "anna@x.nl"),
        ('=hyperlink("mailto:anna@x.nl")', "anna@x.nl"),
        ("'anna@x.nl", "anna@x.nl"),
        ("N/A", ""),
        ("n.v.t.", ""),
        ("none", ""),
        ("TBC", ""),
        ("-", ""),
        ("0", ""),
        ("/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=x", ""),
    ],
)
def test_email_cleanup(cell: str, address: str) -> None:
    assert clean_email(cell).address == address


@pytest.mark.parametrize(
    ("cell", "number", "extension"),
    [
        ("+49 30 1234567 ext. 12", "+49 30 1234567", "12"),
        ("030 1234567 x12", "030 1234567", "12"),
        ("01 23 45 67 89 poste 204", "01 23 45 67 89", "204"),
        ("0211 12345-0 Durchwahl 17", "0211 12345-0", "17"),
        ("030 12345-67", "030 12345-67", ""),  # a German direct line, not an extension
        ('="0612345678"', "0612345678", ""),
        ("N/A", "", ""),
        ("0", "", ""),
    ],
)
def test_phone_cleanup(cell: str, number: str, extension: str) -> None:
    cleaned = clean_phone(cell)
    assert (cleaned.number, cleaned.extension) == (number, extension)


def test_placeholders_are_only_short_cells() -> None:
    assert is_placeholder(" N.V.T. ")
    assert not is_placeholder("Not applicable to this customer, call back later")


# -- badge codes -------------------------------------------------------------------------------


def test_badge_codes_in_a_text_file_import_as_contacts() -> None:
    table = read("badge_codes.txt")
    assert table.is_vcard
    preview = check_rows(table, suggested(table), default_region="NL")
    assert preview is not None
    eva, klaus, lea, junk = preview.verdicts
    assert eva.payload["name"] == "Eva Visser"
    assert eva.payload["phone"] == "+31201234567"
    assert eva.payload["note"] == "Booth 12, wants samples"
    assert klaus.payload["phone"] == "+491712345678"  # the mobile before the desk phone
    assert custom(klaus)["title"] == "Einkauf"
    assert lea.payload["email"] == "lea.martin@emballages.example"
    assert junk.status is RowStatus.ERROR
    assert "Line 4" in junk.message


# -- the event ---------------------------------------------------------------------------------


def test_applying_the_event_tags_every_row_but_keeps_a_rows_own_values() -> None:
    event = ImportEvent(
        name="Packaging Expo 2024",
        staff_member="Marieke",
        source={"utm_source": "expo", "utm_campaign": "packaging-2024"},
    )
    table = parse_csv_text("Name,Email,utm_source\nAnn,ann@x.nl,\nBob,bob@x.nl,linkedin\n")
    preview = check_rows(table, suggested(table), default_region="NL", event=event)
    assert preview is not None
    ann, bob = preview.verdicts
    assert ann.payload["utm_source"] == "expo"
    assert bob.payload["utm_source"] == "linkedin"
    assert bob.payload["utm_campaign"] == "packaging-2024"
    assert custom(ann) == {
        "event": "Packaging Expo 2024",
        "staff_member": "Marieke",
        "capture_method": "import",
    }
    plain = check_rows(table, suggested(table), default_region="NL")
    assert plain is not None
    assert "utm_campaign" not in plain.verdicts[0].payload
    assert json.dumps(custom(plain.verdicts[0])) == '{"capture_method": "import"}'


def test_a_first_choice_beats_the_ranking_and_the_google_types() -> None:
    table = read("google_contacts.csv")
    targets = suggested(table)
    phone_1 = list(table.headers).index("Phone 1 - Value")
    preview = check_rows(table, targets, default_region="NL", first_choice={"phone": phone_1})
    assert preview is not None
    kees = preview.verdicts[2]
    assert kees.payload["phone"] == "+31205550101"  # his Work number, as asked
    assert custom(kees)["phone_2_value"] == "+31 6 5555 0101"
