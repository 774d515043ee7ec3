"""Which country a spreadsheet cell names, so a row's phone is read in the right region.

Exports write the country every way there is: a name in the exporter's
language ("Deutschland", "Allemagne", "Duitsland", "Germany"), an ISO code
("DE", "DEU") or a dialling code ("+49", "0049", "49"). Country names come
from the Unicode CLDR (through Babel) in the languages sales teams here
export in; ISO-3 codes from CLDR's own code table; dialling codes from
phonenumbers. Babel is imported only when a country is first looked up: an
import with a country column pays for it, the window doesn't.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import cache

#: Languages whose country names are recognised (CLDR locale ids).
NAME_LANGUAGES = ("en", "nl", "de", "fr", "es", "it", "pt", "pl", "da", "sv", "nb", "fi", "cs")

# Names people write that CLDR lists under another name (or not at all as a
# country): the nations of the United Kingdom, "Holland", common short forms.
_ALIASES = {
    "usa": "US",
    "us": "US",
    "america": "US",
    "unitedstatesofamerica": "US",
    "verenigdestaten": "US",
    "uk": "GB",
    "greatbritain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northernireland": "GB",
    "engeland": "GB",
    "schotland": "GB",
    "grootbrittannie": "GB",
    "grossbritannien": "GB",
    "angleterre": "GB",
    "holland": "NL",
    "nederland": "NL",
    "thenetherlands": "NL",
    "dieniederlande": "NL",
    "lespaysbas": "NL",
    "czechrepublic": "CZ",
    "tschechischerepublik": "CZ",
    "tsjechie": "CZ",
    "southkorea": "KR",
    "korea": "KR",
    "russia": "RU",
    "uae": "AE",
    "emirates": "AE",
    "turkey": "TR",
    "turkiye": "TR",
    "vietnam": "VN",
}
_NOT_LETTERS = re.compile(r"[\W_]+")
_DIAL_CODE = re.compile(r"(?:\+|00)?\s*(\d{1,4})")
_ISO2 = re.compile(r"[A-Za-z]{2}")
_ISO3 = re.compile(r"[A-Za-z]{3}")
_lock = threading.Lock()


def fold(text: str) -> str:
    """``" Österreich "`` → ``"osterreich"``: case, accents, spaces and punctuation folded."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_LETTERS.sub("", letters)


def region_for(text: str, *, dial_codes: bool = True) -> str | None:
    """The ISO 3166 region ("DE") that ``text`` names, or None when it names none.

    Accepts a country name in any of ``NAME_LANGUAGES``, an ISO-2 or ISO-3
    code, and (with ``dial_codes``) a dialling code such as ``+43``,
    ``0043`` or ``43``. A code shared by several countries gives the main
    one (``+1`` → US, ``+44`` → GB), which reads their numbers the same way.
    """
    stripped = text.strip()
    if not stripped:
        return None
    if dial_codes:
        match = _DIAL_CODE.fullmatch(stripped)
        if match:
            return _region_for_dial_code(int(match.group(1)))
    if _ISO2.fullmatch(stripped):
        code = stripped.upper()
        if code == "UK":
            return "GB"
        return code if code in _phone_regions() else None
    if _ISO3.fullmatch(stripped):
        alpha3 = _alpha3_codes().get(stripped.upper())
        if alpha3 is not None:
            return alpha3
    key = fold(stripped)
    return _ALIASES.get(key) or _names().get(key)


@cache
def country_name(region: str, language: str = "en") -> str:
    """The region's name in ``language`` ("DE" → "Germany"); the code itself if unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        territories = Locale.parse("en").territories
    name = territories.get(region.upper())
    return str(name) if name else region.upper()


def dialling_code(region: str) -> int | None:
    """The region's country calling code ("AT" → 43), or None for an unknown region."""
    import phonenumbers

    code = phonenumbers.country_code_for_region(region.upper())
    return int(code) or None


def _region_for_dial_code(code: int) -> str | None:
    import phonenumbers

    region = phonenumbers.region_code_for_country_code(code)
    return None if region in ("ZZ", "001") else str(region)


@cache
def _phone_regions() -> frozenset[str]:
    import phonenumbers

    return frozenset(phonenumbers.SUPPORTED_REGIONS)


@cache
def _alpha3_codes() -> dict[str, str]:
    """ISO-3 → ISO-2 from CLDR's code table (only codes that mean one country today)."""
    from babel.core import get_global

    with _lock:
        aliases = get_global("territory_aliases")
    regions = _phone_regions()
    return {
        alpha3: targets[0]
        for alpha3, targets in aliases.items()
        if len(alpha3) == 3 and alpha3.isalpha() and len(targets) == 1 and targets[0] in regions
    }


@cache
def _names() -> dict[str, str]:
    """Every folded country name in ``NAME_LANGUAGES`` → its region.

    A name that means different countries in two languages is dropped
    rather than guessed.
    """
    from babel import Locale

    regions = _phone_regions()
    names: dict[str, str] = {}
    clashes: set[str] = set()
    with _lock:
        locales = [Locale.parse(language) for language in NAME_LANGUAGES]
    for locale in locales:
        for code, name in locale.territories.items():
            if code not in regions:
                continue  # continents, "world", historic codes
            for variant in _variants(str(name)):
                key = fold(variant)
                if not key:
                    continue
                if names.setdefault(key, code) != code:
                    clashes.add(key)
    for key in clashes:
        del names[key]
    return names


def _variants(name: str) -> tuple[str, ...]:
    """A CLDR name and its short forms: "Bosnia & Herzegovina", "Congo (DRC)" → "Congo"."""
    variants = [name, name.replace("&", "and")]
    base = name.split("(")[0].strip()
    if base and base != name:
        variants.append(base)
    return tuple(variants)
