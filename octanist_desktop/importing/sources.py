"""Opening any import file: a vCard file by its content, anything else as CSV."""

from __future__ import annotations

from pathlib import Path

from octanist_desktop.importing.csv_table import CsvTable, parse_csv_text
from octanist_desktop.importing.text_files import read_text_file
from octanist_desktop.importing.vcard import looks_like_vcard, read_vcards, vcard_table

#: File-name patterns for the file choosers.
CSV_PATTERNS = "*.csv *.txt *.tsv"
VCARD_PATTERNS = "*.vcf *.vcard"


def read_import_file(path: Path) -> CsvTable:
    """The rows of a CSV export or the cards of a vCard file, as one kind of table.

    Raises ``OSError`` when the file can't be read, and a ``ValueError``
    (``NotATable``, ``VCardError``, ``FileTooLarge``) with a sentence for the
    user when its content can't be used.
    """
    decoded = read_text_file(path)
    if looks_like_vcard(decoded.text):
        return vcard_table(read_vcards(decoded.text), decoded)
    return parse_csv_text(
        decoded.text, encoding=decoded.encoding, encoding_label=decoded.encoding_label
    )
