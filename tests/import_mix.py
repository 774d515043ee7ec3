"""A realistic mixed export, generated the same way every time, and how to preview it.

Shared by the test that pins every row's verdict (``test_import_pinned``):
the rows mix everything the import meets in real files — national numbers
from eight countries, international ones, extensions, placeholders, Excel
guards, messy and broken emails, country cells in several languages, ISO
codes, dialling codes and unknown names, custom data as text and JSON
(broken, too large, with an escaped half emoji), repeated rows, repeated
emails and phones, and emails and phones that are already in the history.
"""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

from octanist_desktop.store.database import open_database
from octanist_desktop.store.outbox import Outbox

HEADER = (
    "Badge ID;Voornaam;Achternaam;Bedrijf;E-mail;Work Email;Telefoon;Mobiel;Land;"
    "Website;utm_source;Custom data;Opmerkingen"
)

FIRST = ("Eva", "Zoë", "Jürgen", "N/A", "", " Anna ", "'Piet", '="Klaas"', "María José", "李")
LAST = ("Visser", "de Vries", "Müller", "O'Brien", "-", "", "Nguyễn", "Bakker", "Smith")
COMPANY = ("Visser Verpakking", "", "Müller GmbH", "0", "Acme; Inc.", "Bakkerij Bakker")
DOMAINS = ("visser.example", "Müller.example", "EXAMPLE.com", "bedrijf.example", "gmail.example")
COUNTRY_PHONES = {
    "NL": ("06 1{:07d}", "020 {:07d}"),
    "DE": ("0171 {:07d}", "030 {:08d}"),
    "BE": ("0470 {:06d}", "02 {:07d}"),
    "AT": ("0664 {:07d}", "01 {:07d}"),
    "FR": ("06 {:08d}", "01 {:08d}"),
    "GB": ("07700 {:06d}", "020 7{:07d}"),
    "US": ("(415) 555-{:04d}", "212-555-{:04d}"),
    "CH": ("079 {:07d}", "044 {:07d}"),
}
COUNTRY_CELLS = {
    "NL": ("Nederland", "Netherlands", "NL", "NLD", "+31", "0031", "Pays-Bas"),
    "DE": ("Deutschland", "Germany", "DE", "49", "Allemagne", "Alemania"),
    "BE": ("Belgium", "België", "Belgique", "BE", "+32"),
    "AT": ("Autriche", "Österreich", "AT", "AUT"),
    "FR": ("France", "Frankrijk", "FR"),
    "GB": ("United Kingdom", "UK", "GB", "Great Britain"),
    "US": ("USA", "United States", "US", "+1"),
    "CH": ("Schweiz", "Switzerland", "CH"),
}
ODD_COUNTRIES = ("", "", "", "Narnia", "-", "Europe", "n.v.t.")
ODD_PHONES = (
    "",
    "-",
    "0",
    "N/A",
    "06 123",
    "12345",
    "call after 5",
    "1-800-FLOWERS",
    "+999 123 456",
    "+31 6 1234 5678 ::: +49 171 1234567",
    "'0612345678",
    '="0612345678"',
    "tel:+31201234567",
    "+31 20 123 4567 ext. 12",
    "020 123 4567 x204",
    "+33 1 23 45 67 89 poste 12",
    "0049 30 12345678",
    "+44 20 7946 0958",
    "＋31 6 12345678",
    "0612345678\u00a0",
)
ODD_EMAILS = (
    "",
    "N/A",
    "-",
    "TBC",
    "geen",
    "x@@y.example",
    "anna@",
    "anna@visser.example.",
    "Anna Visser <anna@visser.example>",
    "mailto:piet@bakker.example?subject=Hi",
    '=HYPERLINK("mailto:klaas@bakker.example","Klaas")',
    "/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=anna",
    "a@x.example; b@x.example",
    "jan@boer.example ::: jan.deboer@gmail.example",
    "ünïcode@exämple.de",
    "user@localhost",
    "anna visser anna@visser.example",
    "   spaced@visser.example   ",
)
WEBSITES = ("", "", "", "example.com", "https://Visser.Example/Path?q=1", "not a url", "ftp://x")
UTM = ("", "", "expo", "linkedin")
CUSTOM = (
    "",
    "",
    "",
    '{"budget": "10k EUR"}',
    "plain words",
    "[1, 2]",
    '{"broken": ',
    '{"emoji": "\\ud83d"}',
    '{"huge": 1e999}',
    '{"a": {"b": [1, {"c": "d"}]}}',
    '{"country": "from the custom column"}',
)
NOTES = ("", "", "Wil een offerte; belt terug", "Bitte zurückrufen", "Line one\nline two")
#: Stored before the import: (email, phone); rows reuse them.
STORED = (
    ("eva@visser.example", "+31612000001"),
    ("stored@bakker.example", ""),
    ("", "+49 171 0000002"),
    ("Old.Lead@EXAMPLE.com", "+32470000003"),
)
#: When the stored leads were entered: a date long past, so the words never say "today".
STORED_AT = datetime(2020, 3, 2, 10, 42).timestamp()


def mixed_rows(count: int, seed: int = 14) -> list[str]:
    """``count`` data lines (without header), the same for the same seed."""
    rng = random.Random(seed)
    lines: list[str] = []
    for i in range(count):
        roll = rng.random()
        if lines and roll < 0.04:
            lines.append(rng.choice(lines))  # the very same row again
            continue
        region = rng.choice(tuple(COUNTRY_PHONES))
        mobile_pattern, land_pattern = COUNTRY_PHONES[region]
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if roll < 0.55:
            local = first.strip(" =\"'") or "x"
            email = f"{local.lower()}.{i}@{rng.choice(DOMAINS)}"
        elif roll < 0.75:
            email = rng.choice(ODD_EMAILS)
        elif roll < 0.82:
            email = rng.choice(STORED)[0] or f"s{i}@visser.example"
        else:
            email = ""
        work_email = rng.choice(("", "", "", f"work{i % 40}@bedrijf.example", "N/A"))
        mobile = mobile_pattern.format(rng.randrange(10_000)) if rng.random() < 0.7 else ""
        land = land_pattern.format(rng.randrange(10_000)) if rng.random() < 0.4 else "-"
        if rng.random() < 0.15:
            mobile = rng.choice(ODD_PHONES)
        if rng.random() < 0.05:
            mobile = rng.choice(STORED)[1]
        if rng.random() < 0.05 and i > 10:
            mobile = f"06 1{(i - 5) % 10_000:07d}"  # maybe an earlier row's number
        if rng.random() < 0.85:
            country = rng.choice(COUNTRY_CELLS[region])
        else:
            country = rng.choice(ODD_COUNTRIES)
        cells = [
            str(100000 + i),
            first,
            last,
            rng.choice(COMPANY),
            email,
            work_email,
            land,
            mobile,
            country,
            rng.choice(WEBSITES) if rng.random() < 0.15 else "",
            rng.choice(UTM),
            rng.choice(CUSTOM) if rng.random() < 0.25 else "",
            rng.choice(NOTES),
        ]
        if rng.random() < 0.02:
            cells = cells[: rng.randrange(1, len(cells))]  # a short row
        elif rng.random() < 0.02:
            cells.append("stray")  # a cell past the header
        lines.append(";".join(_quoted(cell) for cell in cells))
    return lines


def _quoted(cell: str) -> str:
    if any(c in cell for c in ';"\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def write_mixed(path: Path, count: int) -> None:
    """The export: a title, the header, the rows, a footer; UTF-8 with a byte-order mark."""
    lines = ["Lead export — Expo 2026;;;", ";;;", HEADER, *mixed_rows(count)]
    lines += [";;;;;;;;;;;;", f"Total: {count} leads;;;;;;;;;;;;", "© ExpoScan — Generated"]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")


def store_earlier_leads(data_dir: Path) -> None:
    """The leads already in the history that some rows repeat."""
    conn = open_database(data_dir)
    try:
        outbox = Outbox(conn)
        for email, phone in STORED:
            payload = {"name": "Earlier lead"}
            if email:
                payload["email"] = email
            if phone:
                payload["phone"] = phone
            outbox.enqueue(payload)
        with conn:
            conn.execute("UPDATE leads SET created_at = ?", (STORED_AT,))
    finally:
        conn.close()
