"""The countries a phone number can belong to, named in the user's language and searchable.

The phone field's country picker and the Settings region list show every
region phonenumbers knows, by its CLDR name in the user's language (through
``core.countries``), with its dialling code. Typing finds a country by that
name, by its English name, by its ISO code or by its dialling code, so
"Nederland", "Netherlands", "NL" and "+31" all find the same country.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from octanist_desktop.core.countries import fold

__all__ = [
    "PhoneCountry",
    "find_countries",
    "phone_countries",
    "ui_language",
]


@dataclass(frozen=True, slots=True)
class PhoneCountry:
    """One region: its ISO code, its name in the user's language and its dialling code."""

    code: str
    name: str
    dialling_code: int
    #: Folded words of the local and English names, for matching typed text.
    words: tuple[str, ...]
    #: The whole local and English names, folded.
    names: tuple[str, ...]

    @property
    def label(self) -> str:
        """'Netherlands (+31)'."""
        return f"{self.name} (+{self.dialling_code})"


def ui_language(locale_name: str) -> str:
    """The CLDR language for a Qt/POSIX locale name: "nl_NL" → "nl", "C" → "en".

    Country names barely differ between a language's regions, and the
    installed app carries each language once (``core.countries.NAME_LANGUAGES``).
    """
    name = locale_name.split(".")[0].split("@")[0]
    language = name.replace("-", "_").split("_")[0].lower()
    return "en" if language in ("", "c", "posix") else language


@cache
def phone_countries(language: str = "en") -> tuple[PhoneCountry, ...]:
    """Every region phonenumbers supports, sorted by its name in ``language``."""
    import phonenumbers

    local_names = _territory_names(language)
    english_names = _territory_names("en")
    # From phonenumbers' code table: asking each region for its code loads all
    # 245 regions' metadata (a third of a second).
    dialling = {
        str(region): int(dial)
        for dial, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items()
        for region in regions
    }
    countries = []
    for code in phonenumbers.SUPPORTED_REGIONS:
        english = english_names.get(code, code)
        local = local_names.get(code, english)
        dial = dialling.get(code)
        if dial is None:
            continue
        names = tuple(dict.fromkeys(fold(name) for name in (local, english)))
        words = tuple(
            dict.fromkeys(fold(word) for name in (local, english) for word in _words(name))
        )
        countries.append(PhoneCountry(code, local, dial, words, names))
    return tuple(sorted(countries, key=lambda c: (fold(c.name), c.code)))


def find_countries(query: str, countries: tuple[PhoneCountry, ...]) -> list[PhoneCountry]:
    """The countries ``query`` may mean, best first; all of them for an empty query.

    A query of digits (with or without ``+`` or ``00``) matches dialling
    codes; a two-letter query matching an ISO code puts that country first;
    otherwise names match from the start of the name, then from the start
    of any word in it, in the user's language or in English.
    """
    typed = query.strip()
    if not typed:
        return list(countries)
    digits = typed.lstrip("+").removeprefix("00").strip()
    if digits.isdigit():
        main = _main_region(int(digits))
        exact = sorted(
            (c for c in countries if str(c.dialling_code) == digits), key=lambda c: c.code != main
        )
        starts = [c for c in countries if str(c.dialling_code).startswith(digits)]
        return exact + [c for c in starts if c not in exact]
    folded = fold(typed)
    if not folded:
        return []
    # "NL" typed in capitals is a code; "ne" is the start of a name (Nederland, Nepal).
    code_first = len(typed) == 2 and typed.isupper()
    by_code = [c for c in countries if c.code.lower() == folded] if len(folded) == 2 else []
    by_name = [c for c in countries if any(n.startswith(folded) for n in c.names)]
    by_word = [c for c in countries if any(w.startswith(folded) for w in c.words)]
    ranked: list[PhoneCountry] = []
    order = (*by_code, *by_name, *by_word) if code_first else (*by_name, *by_code, *by_word)
    for country in order:
        if country not in ranked:
            ranked.append(country)
    return ranked


@cache
def _territory_names(language: str) -> dict[str, str]:
    """CLDR's country names in ``language`` (English when Babel lacks that language)."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        territories = Locale.parse("en").territories
    return {str(code): str(name) for code, name in territories.items()}


def _main_region(code: int) -> str:
    import phonenumbers

    return str(phonenumbers.region_code_for_country_code(code))


def _words(name: str) -> list[str]:
    return [word for word in name.replace("-", " ").replace("(", " ").split() if word]
