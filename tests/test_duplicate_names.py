"""The duplicate hint names who matched, on which field, and when."""

from __future__ import annotations

from datetime import datetime

from octanist_desktop.core.match_hint import describe_same
from octanist_desktop.ui.form.duplicate_hint import SameLead, hint_html

NOW = datetime(2026, 3, 5, 16, 0)
TODAY_10_42 = datetime(2026, 3, 5, 10, 42).timestamp()


def test_same_email_names_the_person_and_when() -> None:
    assert (
        describe_same("email", "Marieke de Vries", TODAY_10_42, delivered=True, now=NOW)
        == "Same email as Marieke de Vries, sent today 10:42"
    )
    assert (
        describe_same("phone", "", TODAY_10_42, delivered=False, now=NOW)
        == "Same phone number as a lead entered today 10:42"
    )


def test_the_hint_links_to_the_lead_and_escapes_the_name() -> None:
    text = hint_html(SameLead("email", "Same email as <b>Bo</b> & Co, sent today 10:42", 12))
    assert '<a href="lead:12">lead 12</a>' in text
    assert "&lt;b&gt;Bo&lt;/b&gt; &amp; Co" in text
