"""Which column of an export becomes which lead field.

Headers are compared after folding case, accents, punctuation and spaces
away, so "E-mail", "e_mail" and "EMAIL " are one word; common names in
English, Dutch, German, French and Spanish are known. A column can go to
any catalogue field, to a key inside the custom JSON object
("custom: company"), to one part of the name (first/middle/last, joined
into Name), or be ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from octanist_desktop.core.fields import FIELD_BY_KEY, FIELDS


class TargetKind(StrEnum):
    """Where a column's values go."""

    FIELD = "field"
    CUSTOM = "custom"
    FIRST_NAME = "first_name"
    MIDDLE_NAME = "middle_name"
    LAST_NAME = "last_name"
    IGNORE = "ignore"


#: The name parts, in the order they are joined into Name.
NAME_PART_KINDS = (TargetKind.FIRST_NAME, TargetKind.MIDDLE_NAME, TargetKind.LAST_NAME)
_NAME_PART_LABELS = {
    TargetKind.FIRST_NAME: "First name → Name",
    TargetKind.MIDDLE_NAME: "Middle name → Name",
    TargetKind.LAST_NAME: "Last name → Name",
}


@dataclass(frozen=True, slots=True)
class ColumnTarget:
    """One column's destination; ``key`` is the field key or the custom key."""

    kind: TargetKind
    key: str = ""

    @classmethod
    def field(cls, key: str) -> ColumnTarget:
        """The catalogue field ``key`` (``ValueError`` for one that doesn't exist)."""
        if key not in FIELD_BY_KEY:
            raise ValueError(f"not a lead field: {key}")
        return cls(TargetKind.FIELD, key)

    @classmethod
    def custom(cls, key: str) -> ColumnTarget:
        """Key ``key`` inside the custom JSON object."""
        key = key.strip()
        if not key:
            raise ValueError("a custom data key can't be empty")
        return cls(TargetKind.CUSTOM, key)

    @property
    def label(self) -> str:
        """How the mapping step shows it: "Email", "custom: company", "(ignore)"."""
        if self.kind is TargetKind.FIELD:
            return FIELD_BY_KEY[self.key].label
        if self.kind is TargetKind.CUSTOM:
            return f"custom: {self.key}"
        if self.kind is TargetKind.IGNORE:
            return "(ignore)"
        return _NAME_PART_LABELS[self.kind]


IGNORE = ColumnTarget(TargetKind.IGNORE)
FIRST_NAME = ColumnTarget(TargetKind.FIRST_NAME)
MIDDLE_NAME = ColumnTarget(TargetKind.MIDDLE_NAME)
LAST_NAME = ColumnTarget(TargetKind.LAST_NAME)


def choosable_targets() -> list[ColumnTarget]:
    """Every fixed choice for a column, in menu order (custom keys are typed in)."""
    return [
        *(ColumnTarget.field(f.key) for f in FIELDS),
        FIRST_NAME,
        MIDDLE_NAME,
        LAST_NAME,
        IGNORE,
    ]


def normalise_header(text: str) -> str:
    """Fold a header for comparison: "Prénom " → "prenom", "E-mail address" → "emailaddress"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    # ß → ss and the like; æ/ø stay, which is fine for matching.
    return re.sub(r"[\W_]+", "", letters)


def custom_key_for(header: str) -> str:
    """A tidy JSON key for a header kept as custom data: "Job Title" → "job_title"."""
    decomposed = unicodedata.normalize("NFKD", header.strip().casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    key = re.sub(r"[\W_]+", "_", letters).strip("_")
    return key or "column"


def _words(*names: str) -> frozenset[str]:
    return frozenset(normalise_header(name) for name in names)


# Known headers (already folded), per destination. Each list is English first,
# then Dutch, German, French, Spanish, where those differ.
_SYNONYMS: tuple[tuple[ColumnTarget, frozenset[str]], ...] = (
    (
        ColumnTarget.field("email"),
        _words(
            "email",
            "e-mail",
            "email address",
            "e-mail address",
            "mail",
            "mail address",
            "work email",
            "business email",
            "emailadres",
            "e-mailadres",
            "e-mail-adresse",
            "emailadresse",
            "courriel",
            "adresse e-mail",
            "adresse email",
            "correo",
            "correo electronico",
        ),
    ),
    (
        ColumnTarget.field("phone"),
        _words(
            "phone",
            "phone number",
            "mobile",
            "mobile phone",
            "mobile number",
            "cell",
            "cell phone",
            "telephone",
            "telephone number",
            "tel",
            "tel.",
            "work phone",
            "business phone",
            "telefoon",
            "telefoonnummer",
            "mobiel",
            "mobiel nummer",
            "mobielnummer",
            "telefon",
            "telefonnummer",
            "handy",
            "handynummer",
            "mobil",
            "téléphone",
            "numéro de téléphone",
            "portable",
            "teléfono",
            "móvil",
        ),
    ),
    (
        ColumnTarget.field("name"),
        _words(
            "name",
            "full name",
            "fullname",
            "contact name",
            "attendee",
            "attendee name",
            "visitor name",
            "naam",
            "volledige naam",
            "vollständiger name",
            "nom complet",
            "nombre completo",
        ),
    ),
    (
        FIRST_NAME,
        _words(
            "first name",
            "firstname",
            "first",
            "given name",
            "forename",
            "voornaam",
            "roepnaam",
            "vorname",
            "prénom",
            "nombre",
        ),
    ),
    (MIDDLE_NAME, _words("middle name", "middle", "tussenvoegsel", "tussenvoegsels", "infix")),
    (
        LAST_NAME,
        _words(
            "last name",
            "lastname",
            "last",
            "surname",
            "family name",
            "achternaam",
            "nachname",
            "familienname",
            "nom",
            "nom de famille",
            "apellido",
            "apellidos",
        ),
    ),
    (
        ColumnTarget.custom("company"),
        _words(
            "company",
            "company name",
            "organisation",
            "organization",
            "org",
            "employer",
            "account",
            "account name",
            "bedrijf",
            "bedrijfsnaam",
            "organisatie",
            "firma",
            "unternehmen",
            "firmenname",
            "entreprise",
            "société",
            "organisme",
            "empresa",
        ),
    ),
    (
        ColumnTarget.custom("title"),
        _words(
            "job title",
            "title",
            "position",
            "role",
            "job",
            "functie",
            "functietitel",
            "beruf",
            "position im unternehmen",
            "jobtitel",
            "poste",
            "fonction",
            "cargo",
            "puesto",
        ),
    ),
    (
        ColumnTarget.field("note"),
        _words(
            "note",
            "notes",
            "comment",
            "comments",
            "remarks",
            "remark",
            "memo",
            "opmerking",
            "opmerkingen",
            "notitie",
            "notities",
            "bemerkung",
            "bemerkungen",
            "notiz",
            "notizen",
            "kommentar",
            "commentaire",
            "commentaires",
            "remarques",
            "nota",
            "notas",
            "comentario",
            "comentarios",
        ),
    ),
    (
        ColumnTarget.field("website"),
        _words(
            "website",
            "web site",
            "url",
            "web",
            "homepage",
            "home page",
            "site",
            "webpage",
            "company website",
            "webseite",
            "site web",
            "sitio web",
            "pagina web",
        ),
    ),
    (ColumnTarget.field("path"), _words("path", "page path", "page")),
    # The file this app writes for fixing has an "error" column; on re-import it is noise.
    (IGNORE, _words("error", "errors", "import error")),
)

_BY_WORD: dict[str, ColumnTarget] = {word: target for target, words in _SYNONYMS for word in words}
# Every catalogue field also answers to its key ("utm_source", "gclid") and label.
for _field in FIELDS:
    _BY_WORD.setdefault(normalise_header(_field.key), ColumnTarget.field(_field.key))
    _BY_WORD.setdefault(normalise_header(_field.label), ColumnTarget.field(_field.key))


def guess_target(header: str) -> ColumnTarget:
    """The destination a header suggests; an unknown header is kept as custom data."""
    known = _BY_WORD.get(normalise_header(header))
    if known is not None:
        return known
    return ColumnTarget.custom(custom_key_for(header))


def auto_map(headers: Sequence[str]) -> list[ColumnTarget]:
    """A destination for every column, never sending two columns to one place.

    When a second column matches a field already taken ("Mobile" after
    "Phone"), it is kept as custom data under its own name, so nothing is lost.
    """
    targets: list[ColumnTarget] = []
    taken: set[ColumnTarget] = set()
    for header in headers:
        target = guess_target(header)
        if target.kind is not TargetKind.IGNORE and target in taken:
            target = ColumnTarget.custom(custom_key_for(header))
            if target in taken:
                target = IGNORE  # two columns with the very same header: keep the first
        taken.add(target)
        targets.append(target)
    return targets


def mapped_fields(targets: Iterable[ColumnTarget]) -> set[str]:
    """The catalogue keys some column fills (name parts count as Name)."""
    keys: set[str] = set()
    for target in targets:
        if target.kind is TargetKind.FIELD:
            keys.add(target.key)
        elif target.kind in NAME_PART_KINDS:
            keys.add("name")
    return keys
