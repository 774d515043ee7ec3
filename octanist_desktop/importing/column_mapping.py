"""Which column of an export becomes which lead field.

Headers are compared after folding case, accents, punctuation and spaces
away, so "E-mail", "e_mail" and "EMAIL " are one word; common names in
English, Dutch, German, French and Spanish are known. A column can go to
any catalogue field, to a key inside the custom JSON object
("custom: company"), to one part of the name (first/middle/last, joined
into Name), to the row's country (which sets the region its phone is read
in, and is kept in the custom data), or be ignored.

The guess looks at the values too (``column_kinds``): a column of ticket
numbers never becomes Name, an unnamed column of addresses becomes Email.
Email and Phone may each have several columns ("Mobile Phone", "Business
Phone", "Home Phone"; Google's "Phone 1 - Value", "Phone 2 - Value");
``field_rank`` orders them, and per row the first non-empty one is sent.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from octanist_desktop.core.fields import FIELD_BY_KEY, FIELDS
from octanist_desktop.core.lead_file import is_own_export, is_record_header
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.importing.column_kinds import ColumnProfile, ValueKind


class TargetKind(StrEnum):
    """Where a column's values go."""

    FIELD = "field"
    CUSTOM = "custom"
    FIRST_NAME = "first_name"
    MIDDLE_NAME = "middle_name"
    LAST_NAME = "last_name"
    COUNTRY = "country"
    IGNORE = "ignore"


#: The name parts, in the order they are joined into Name.
NAME_PART_KINDS = (TargetKind.FIRST_NAME, TargetKind.MIDDLE_NAME, TargetKind.LAST_NAME)
_NAME_PART_LABELS = {
    TargetKind.FIRST_NAME: QT_TRANSLATE_NOOP("ColumnMapping", "First name → Name"),
    TargetKind.MIDDLE_NAME: QT_TRANSLATE_NOOP("ColumnMapping", "Middle name → Name"),
    TargetKind.LAST_NAME: QT_TRANSLATE_NOOP("ColumnMapping", "Last name → Name"),
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
    def stored(self) -> tuple[str, str]:
        """``(kind, key)`` as remembered between runs (``target_from_stored`` reads it back)."""
        return (self.kind.value, self.key)

    @property
    def label(self) -> str:
        """How the mapping step shows it: "Email", "custom: company", "(ignore)"."""
        if self.kind is TargetKind.FIELD:
            return FIELD_BY_KEY[self.key].label
        if self.kind is TargetKind.CUSTOM:
            return QT_TRANSLATE_NOOP("ColumnMapping", "custom: {key}").format(key=self.key)
        if self.kind is TargetKind.IGNORE:
            return QT_TRANSLATE_NOOP("ColumnMapping", "(ignore)")
        if self.kind is TargetKind.COUNTRY:
            return QT_TRANSLATE_NOOP("ColumnMapping", "Country → phone region")
        return _NAME_PART_LABELS[self.kind]


IGNORE = ColumnTarget(TargetKind.IGNORE)
FIRST_NAME = ColumnTarget(TargetKind.FIRST_NAME)
MIDDLE_NAME = ColumnTarget(TargetKind.MIDDLE_NAME)
LAST_NAME = ColumnTarget(TargetKind.LAST_NAME)
#: The row's country (name, ISO code or dialling code): the region its phone is read in.
COUNTRY = ColumnTarget(TargetKind.COUNTRY)
#: The custom data key a country column is kept under.
COUNTRY_CUSTOM_KEY = "country"
#: Fields that may take several columns, the first non-empty one per row winning.
RANKED_FIELDS = frozenset({"email", "phone"})


def target_from_stored(kind: str, key: str) -> ColumnTarget | None:
    """A target remembered as ``(kind, key)``; None when it no longer makes sense."""
    try:
        target_kind = TargetKind(kind)
        if target_kind is TargetKind.FIELD:
            return ColumnTarget.field(key)
        if target_kind is TargetKind.CUSTOM:
            return ColumnTarget.custom(key)
    except ValueError:
        return None
    return ColumnTarget(target_kind)


def choosable_targets() -> list[ColumnTarget]:
    """Every fixed choice for a column, in menu order (custom keys are typed in)."""
    return [
        *(ColumnTarget.field(f.key) for f in FIELDS),
        FIRST_NAME,
        MIDDLE_NAME,
        LAST_NAME,
        COUNTRY,
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
    (
        MIDDLE_NAME,
        _words(
            "middle name", "middle", "additional name", "tussenvoegsel", "tussenvoegsels", "infix"
        ),
    ),
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
            "organization name",
            "organisation name",
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
            "organization title",
            "organisation title",
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


# -- words inside longer headers ("Business Phone 2", "E-Mail (privat)", "Land/Region") --

_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+")
# Google Contacts: "E-mail 1 - Value", "Phone 2 - Type", "Organization 1 - Name".
_NUMBERED = re.compile(r"\A(.*?)\s*(\d+)\s*-\s*(\S.*?)\s*\Z")
_EMAIL_WORDS = frozenset({"email", "mail", "emailadres", "emailadresse", "courriel", "correo"})
_PHONE_WORDS = frozenset(
    {"phone", "tel", "telephone", "telefoon", "telefon", "telefono", "telephon", "cellphone"}
)
_MOBILE_WORDS = frozenset(
    {"mobile", "mobil", "mobiel", "handy", "cell", "cellular", "gsm", "portable", "movil"}
)
_MOBILE_STEMS = ("mobiel", "mobil", "handy", "celular", "cellulare", "telefoon", "telefon")
_NOT_CONTACT_WORDS = frozenset(
    {
        "fax",
        "pager",
        "telex",
        "isdn",
        "tty",
        "tdd",
        "type",
        "label",
        "opt",
        "optin",
        "optout",
        "out",
        "status",
        "bounce",
        "bounced",
        "consent",
        "unsubscribed",
        "domain",
        "verified",
        "valid",
        "date",
        "sent",
        "opened",
        "clicked",
        "ext",
        "extension",
        "durchwahl",
        "donotcall",
        "call",
        "count",
    }
)
_COUNTRY_WORDS = frozenset(
    {
        "country",
        "countryregion",
        "land",
        "pays",
        "pais",
        "paese",
        "nationality",
        "nationaliteit",
        "nationalite",
        "nationalitat",
        "landcode",
        "landencode",
        "landnummer",
        "vorwahl",
        "landervorwahl",
        "landesvorwahl",
        "indicatif",
        "dialcode",
        "diallingcode",
        "dialingcode",
        "callingcode",
        "countrycode",
    }
)
# Header qualifiers in preference order, per ranked field (first = sent first).
_PHONE_QUALIFIERS: tuple[frozenset[str], ...] = (
    frozenset({"primary", "preferred", "main", "hoofd"}),
    _MOBILE_WORDS,
    frozenset(
        {
            "business",
            "work",
            "office",
            "company",
            "direct",
            "zakelijk",
            "werk",
            "kantoor",
            "geschaftlich",
            "dienstlich",
            "buro",
            "bureau",
            "professionnel",
            "travail",
            "trabajo",
            "lavoro",
        }
    ),
    frozenset(),  # plain "Phone": between business and home
    frozenset(
        {"home", "private", "privat", "prive", "personal", "persoonlijk", "thuis", "domicile"}
    ),
    frozenset({"other", "car", "callback", "radio", "assistant", "assistants", "overig"}),
)
_EMAIL_QUALIFIERS: tuple[frozenset[str], ...] = (
    frozenset({"primary", "preferred", "main"}),
    frozenset(),  # plain "Email"
    _PHONE_QUALIFIERS[2],
    _PHONE_QUALIFIERS[4],
    _PHONE_QUALIFIERS[5],
)
#: Rank of a column found by its values alone (a header that says nothing): last.
_UNNAMED_RANK = 9_000


def _header_words(header: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", header.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = _WORD.findall(letters.replace("e-mail", "email"))
    # "Land/Region" and "Country/Region" are one idea; so are "e mail" and "email".
    joined = "".join(words)
    return [*words, joined]


def _is_phone_word(word: str) -> bool:
    return word in _PHONE_WORDS or word in _MOBILE_WORDS or word.startswith(_MOBILE_STEMS)


def _word_target(header: str) -> ColumnTarget | None:
    """What the words inside a longer header say: a country, an email or a phone column."""
    words = _header_words(header)
    if any(word in _COUNTRY_WORDS for word in words):
        return COUNTRY
    if any(word in _NOT_CONTACT_WORDS for word in words):
        return None
    if any(word in _EMAIL_WORDS or word.startswith("email") for word in words):
        return ColumnTarget.field("email")
    if any(_is_phone_word(word) for word in words):
        return ColumnTarget.field("phone")
    return None


def _numbered_target(header: str) -> ColumnTarget | None:
    """Google's numbered columns: "Phone 1 - Value" is a phone, "Phone 1 - Type" is noise."""
    match = _NUMBERED.match(header)
    if not match:
        return None
    base, part = match.group(1), normalise_header(match.group(3))
    if part in ("type", "label"):
        return IGNORE
    if part == "value":
        known = _BY_WORD.get(normalise_header(base)) or _word_target(base)
        return known
    if part == "country":
        return COUNTRY
    if normalise_header(base) in ("organization", "organisation", "company"):
        if part == "name":
            return ColumnTarget.custom("company")
        if part in ("title", "jobtitle"):
            return ColumnTarget.custom("title")
    return None


def guess_target(header: str) -> ColumnTarget:
    """The destination a header suggests; an unknown header is kept as custom data."""
    known = _BY_WORD.get(normalise_header(header))
    if known is not None:
        return known
    found = _numbered_target(header) or _word_target(header)
    if found is not None:
        return found
    return ColumnTarget.custom(custom_key_for(header))


def is_known_header(header: str) -> bool:
    """True for a header this module recognises (not merely kept as custom data)."""
    target = guess_target(header)
    return target.kind is not TargetKind.CUSTOM or bool(_BY_WORD.get(normalise_header(header)))


def field_rank(header: str, key: str) -> int:
    """Where a column for ranked field ``key`` comes among the others: lower is sent first.

    Phones: primary, mobile, business, plain "Phone", home, other; emails:
    primary, plain, business, home, other. A number in the header ("Phone
    2", "E-mail 3 Address") orders columns of the same kind.
    """
    qualifiers = _PHONE_QUALIFIERS if key == "phone" else _EMAIL_QUALIFIERS
    words = set(_header_words(header))
    numbers = _NUMBER.findall(header)
    number = min(int(numbers[0]), 99) if numbers else 1
    plain = next(i for i, q in enumerate(qualifiers) if not q)
    group = next((i for i, q in enumerate(qualifiers) if q and words & q), plain)
    if key == "phone" and group == plain and any(w.startswith(_MOBILE_STEMS[:4]) for w in words):
        group = 1  # "Mobielnummer", "Handynummer", "Mobiltelefon"
    return group * 100 + number


def numbered_type_columns(headers: Sequence[str]) -> dict[int, int]:
    """Google's "Phone 1 - Value" column → its "Phone 1 - Type" (or "- Label") column."""
    values: dict[tuple[str, str], int] = {}
    types: dict[tuple[str, str], int] = {}
    for column, header in enumerate(headers):
        match = _NUMBERED.match(header)
        if not match:
            continue
        group = (normalise_header(match.group(1)), match.group(2))
        part = normalise_header(match.group(3))
        if part == "value":
            values[group] = column
        elif part in ("type", "label"):
            types[group] = column
    return {column: types[group] for group, column in values.items() if group in types}


@cache
def type_rank(type_text: str, key: str) -> int:
    """Where a value typed "Mobile", "* Work" or "Home" (a type cell) comes for field ``key``.

    Google marks the primary value's type with a star: it comes first.
    """
    if type_text.lstrip().startswith("*"):
        return 0
    word = "phone" if key == "phone" else "email"
    return field_rank(f"{type_text} {word}", key)


def auto_map(
    headers: Sequence[str], profiles: Sequence[ColumnProfile] | None = None
) -> list[ColumnTarget]:
    """A destination for every column, judged by its header and, given ``profiles``, its values.

    Email and Phone may take several columns (ranked per row, see
    ``field_rank``). Any other field taken twice keeps the later column
    as custom data under its own name, so nothing is lost. With profiles,
    a column whose values contradict its header (ticket numbers under
    "Attendee", dates under "Name") is kept as custom data instead, and a
    column whose header says nothing but whose values are all addresses,
    phone numbers or countries is used as such. In a file this app's
    History exported, the columns saying what happened to each lead here
    (status, attempts, ids, the proof of consent) are ignored: they are not
    part of the lead (``core.lead_file``).
    """
    targets: list[ColumnTarget] = []
    taken: set[ColumnTarget] = set()
    own_export = is_own_export(headers)
    for column, header in enumerate(headers):
        if own_export and is_record_header(header):
            targets.append(IGNORE)
            continue
        target = guess_target(header)
        if profiles is not None and column < len(profiles):
            target = _fit_values(header, target, profiles[column])
        ranked = target.kind is TargetKind.FIELD and target.key in RANKED_FIELDS
        shared = ranked or target.kind in (TargetKind.IGNORE, TargetKind.COUNTRY)
        if not shared and target in taken:
            target = ColumnTarget.custom(custom_key_for(header))
            if target in taken:
                target = IGNORE  # two columns with the very same header: keep the first
        taken.add(target)
        targets.append(target)
    return targets


_NAME_KINDS = (TargetKind.FIRST_NAME, TargetKind.MIDDLE_NAME, TargetKind.LAST_NAME)
_NEVER_A_NAME = frozenset(
    {ValueKind.NUMBER, ValueKind.EMAIL, ValueKind.PHONE, ValueKind.DATE, ValueKind.COUNTRY}
)


def _fit_values(header: str, target: ColumnTarget, profile: ColumnProfile) -> ColumnTarget:
    kind = profile.kind
    own = ColumnTarget.custom(custom_key_for(header))
    is_name = target == ColumnTarget.field("name") or target.kind in _NAME_KINDS
    if is_name and kind in _NEVER_A_NAME:
        return own
    if target == ColumnTarget.field("email") and kind in (
        ValueKind.PHONE,
        ValueKind.NUMBER,
        ValueKind.DATE,
    ):
        return own
    if target == ColumnTarget.field("phone") and kind in (ValueKind.EMAIL, ValueKind.DATE):
        return own
    if target.kind is TargetKind.CUSTOM and header_says_nothing(header, target):
        if kind is ValueKind.EMAIL:
            return ColumnTarget.field("email")
        if kind is ValueKind.PHONE:
            return ColumnTarget.field("phone")
        if kind is ValueKind.COUNTRY:
            return COUNTRY
    return target


def header_says_nothing(header: str, target: ColumnTarget) -> bool:
    """True for a header matched to no known column that names no other use either.

    "Contact" or "Column 3" says nothing; "Fax", "Badge ID" or "Postcode"
    does, even when its values look like phone numbers.
    """
    if target.kind is not TargetKind.CUSTOM or _BY_WORD.get(normalise_header(header)):
        return False
    return not any(
        word in _NOT_CONTACT_WORDS or word in _OTHER_USE_WORDS for word in _header_words(header)
    )


# Headers whose digits are some other number, however phone-like they look.
_OTHER_USE_WORDS = frozenset(
    {
        "id",
        "nr",
        "no",
        "code",
        "zip",
        "postcode",
        "postal",
        "plz",
        "vat",
        "btw",
        "kvk",
        "iban",
        "account",
        "order",
        "ticket",
        "badge",
        "registration",
        "record",
        "member",
        "number",
        "nummer",
        "numero",
        "reference",
        "ref",
    }
)


def mapped_fields(targets: Iterable[ColumnTarget]) -> set[str]:
    """The catalogue keys some column fills (name parts count as Name)."""
    keys: set[str] = set()
    for target in targets:
        if target.kind is TargetKind.FIELD:
            keys.add(target.key)
        elif target.kind in NAME_PART_KINDS:
            keys.add("name")
    return keys
