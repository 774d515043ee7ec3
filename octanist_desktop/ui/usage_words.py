"""The plan's usage in words: "148 of 500 leads this period", and when to worry.

Shown in the status bar and in Settings, so a booth team knows before the
show that the plan is (nearly) full: from 90 % of the limit on, and as soon
as leads are locked, the words say so and what it means.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QLocale

from octanist_desktop.core.remote import Availability, Usage
from octanist_desktop.ui.words import TranslationContext


class UsageWords(TranslationContext):
    """The translation context of these words (see ``TranslationContext``)."""


def usage_line(usage: Usage, locale: QLocale | None = None) -> str:
    """ "148 of 500 leads this period" (or "148 leads this period" without a limit)."""
    locale = locale or QLocale()
    if usage.leads_limit:
        return UsageWords.tr("{used} of %Ln lead(s) this period", None, usage.leads_limit).format(
            used=locale.toString(usage.leads_used)
        )
    return UsageWords.tr("%Ln lead(s) this period", None, usage.leads_used)


def usage_warning(usage: Usage) -> str:
    """What a full or nearly full plan means for the leads entered here; "" when all is well."""
    if usage.locked_leads:
        return UsageWords.tr(
            "%Ln lead(s) are locked: they are over the plan's limit. Octanist keeps them "
            "but doesn't show or pass them on until the plan is upgraded.",
            None,
            usage.locked_leads,
        )
    if usage.nearly_full and usage.leads_limit:
        left = max(usage.leads_limit - usage.leads_used, 0)
        return UsageWords.tr(
            "The plan is nearly full: %Ln lead(s) left this period. Leads beyond the limit "
            "are locked at Octanist; upgrade the plan before the show.",
            None,
            left,
        )
    return ""


def period_text(usage: Usage, locale: QLocale | None = None) -> str:
    """ "Period: 1 Nov 2026 – 30 Nov 2026", or "" when Octanist gave none."""
    if usage.period_start is None or usage.period_end is None:
        return ""
    locale = locale or QLocale()
    fmt = QLocale.FormatType.ShortFormat
    start = locale.toString(_qdate(usage.period_start), fmt)
    end = locale.toString(_qdate(usage.period_end), fmt)
    return UsageWords.tr("Period: {start} – {end}").format(start=start, end=end)


def _qdate(when: datetime) -> QDate:
    """The day ``when`` names. Octanist's periods run in UTC (ending at 23:59:59.999), so
    the UTC date is the one meant; local time would move the end into the next day."""
    day = when.astimezone(UTC).date()
    return QDate(day.year, day.month, day.day)


def availability_line(availability: Availability) -> str:
    """The line Settings shows when the server lacks the endpoints; "" otherwise."""
    if availability is Availability.UNSUPPORTED:
        return UsageWords.tr(
            "This Octanist server doesn't report usage or each lead's status, and takes no "
            "outcomes (qualified, won, lost). Outcomes you record are kept on this computer.",
        )
    return ""
