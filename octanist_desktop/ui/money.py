"""A deal's value as people type and read it: in their locale, with the currency from Settings.

Octanist takes a bare number; the currency is only how the app shows it
(``€ 5.000`` in Dutch, ``€5,000`` in English). Values are ``Decimal``s
throughout: "1200.10" stays 1200.10, never 1200.0999….
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale

#: When neither Settings nor the locale names a currency (the C locale of a server).
FALLBACK_CURRENCY = "€"
_SPACES = (" ", "\u00a0", "\u202f", "\u2009")


def default_currency(locale: QLocale | None = None) -> str:
    """The currency symbol of the user's locale (``€``, ``$``, ``£``), or the fallback."""
    symbol = (locale or QLocale()).currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return symbol or FALLBACK_CURRENCY


def _readable(locale: QLocale | None) -> QLocale:
    """``locale`` (default: the user's), but English for the C locale of a bare system,
    whose numbers have no grouping and whose currency goes after the amount."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def format_money(value: Decimal, currency: str, locale: QLocale | None = None) -> str:
    """``€ 5.000`` / ``€5,000.50``: whole amounts without cents, others to the cent."""
    locale = _readable(locale)
    whole = value == value.to_integral_value()
    return locale.toCurrencyString(float(value), currency, 0 if whole else 2)


def parse_money(text: str, currency: str = "", locale: QLocale | None = None) -> Decimal | None:
    """What the user typed as a value, read in their locale; None when it isn't a number.

    ``5.000,50`` in Dutch and ``5,000.50`` in English are both 5000.50; plain
    ``5000.50`` is understood everywhere. A currency symbol and spaces are ignored.
    """
    locale = locale or QLocale()
    bare = text.strip()
    if currency:
        bare = bare.replace(currency, "")
    for space in _SPACES:
        bare = bare.replace(space, "")
    if not bare:
        return None
    candidates: list[str] = []
    if locale.toDouble(bare)[1]:
        candidates.append(
            bare.replace(locale.groupSeparator(), "").replace(locale.decimalPoint(), ".")
        )
    if QLocale.c().toDouble(bare.replace(",", ""))[1]:
        candidates.append(bare.replace(",", ""))
    for candidate in candidates:
        try:
            value = Decimal(candidate)
        except InvalidOperation:
            continue
        if value.is_finite():
            return value.quantize(Decimal("0.01")) if value != value.to_integral_value() else value
    return None
