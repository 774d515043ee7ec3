"""The lines under Email and Phone that say the person may already be in the history: staff only.

"Same email as Marieke de Vries, sent today 10:42 (lead 12)", on the field
that matched, with the lead's number a link that opens it in History.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from octanist_desktop.core.match_hint import describe_elsewhere, describe_same
from octanist_desktop.store.database import phone_key
from octanist_desktop.store.history import History
from octanist_desktop.store.lead import Lead
from octanist_desktop.ui.form.messages import WARNING_PREFIX, show_hint, style_label
from octanist_desktop.ui.words import translated

if TYPE_CHECKING:
    from octanist_desktop.store.remote_index import RemoteIndex

log = logging.getLogger(__name__)

#: The fields a duplicate is looked up by, in the form's order.
MATCH_FIELDS = ("email", "phone")
_LINK = "lead:"


@dataclass(frozen=True, slots=True)
class SameLead:
    """An earlier lead with the same ``field`` ("email" or "phone"), said in ``text``.

    ``lead_id`` is None for a lead that is not in this history (one a
    colleague's laptop sent, known from the status refresh): nothing to link to.
    """

    field: str
    text: str  # "Same email as Marieke de Vries, sent today 10:42"
    lead_id: int | None


#: ``duplicate_lookup(email, phone)`` → the earlier leads each field matches (at most one each).
DuplicateLookup = Callable[[str | None, str | None], Sequence[SameLead]]
#: The email and phone to look up, as they would be sent (None: not typed).
Identifiers = Callable[[], tuple[str | None, str | None]]

# The lookup reads the database; once per pause in typing is plenty.
DUPLICATE_DELAY_MS = 250


def same_leads(history: History, email: str | None, phone: str | None) -> list[SameLead]:
    """The latest earlier lead with this email, and the latest with this phone (a lookup)."""
    if not email and not phone:
        return []
    try:
        matches = history.find_matches(email, phone)
    except sqlite3.Error:
        return []
    found: list[SameLead] = []
    for field, typed in (("email", email), ("phone", phone)):
        for lead in matches:  # newest first: name the latest
            if typed and _same(field, lead, typed):
                delivered = lead.delivered_at is not None
                text = describe_same(field, lead.name, lead.created_at, delivered)
                found.append(SameLead(field, text, lead.id))
                break
    return found


def same_leads_anywhere(
    history: History,
    remote_index: Callable[[], RemoteIndex] | None,
    email: str | None,
    phone: str | None,
) -> list[SameLead]:
    """The earlier lead the typed email matches, and the one the phone matches; for a
    field with none here, a lead at Octanist from another device (the refresh's index,
    made by ``remote_index`` on first use; None: not known)."""
    found = same_leads(history, email, phone)
    matched = {match.field for match in found}
    for field, typed in (("email", email), ("phone", phone)):
        if typed and field not in matched and remote_index is not None:
            elsewhere = _elsewhere(remote_index, field, typed)
            if elsewhere is not None:
                found.append(elsewhere)
    return found


def _elsewhere(remote_index: Callable[[], RemoteIndex], field: str, typed: str) -> SameLead | None:
    """A lead at Octanist with this email or phone that this app didn't send."""
    try:
        index = remote_index()
        found = index.elsewhere(typed, None) if field == "email" else index.elsewhere(None, typed)
    except sqlite3.Error:
        return None
    if not found:
        return None
    return SameLead(field, describe_elsewhere(found[0].created_at), None)


def _same(field: str, lead: Lead, typed: str) -> bool:
    """Whether ``lead`` has ``typed`` as its email (any case) or phone (spaces aside)."""
    if field == "email":
        return lead.email.casefold() == typed.casefold()
    return phone_key(lead.phone) == phone_key(typed)


def hint_html(match: SameLead) -> str:
    """The hint as rich text: the sentence, then "(lead 12)" as a link."""
    import html  # with the first hint: html.entities is a big table the first window doesn't use

    if match.lead_id is None:
        return f"{WARNING_PREFIX}{html.escape(translated(match.text))}"
    link = QCoreApplication.translate("DuplicateHint", "lead {id}").format(id=match.lead_id)
    return (
        f"{WARNING_PREFIX}{html.escape(translated(match.text))} "
        f'(<a href="{_LINK}{match.lead_id}">{html.escape(link)}</a>)'
    )


class DuplicateHint(QObject):
    """Looks the typed email and phone up in the history after a pause in typing.

    Never shown to a visitor (``set_visitor``): it tells about other people's
    leads. A lookup that fails shows nothing; a hint must not stop lead entry.

    Signals:
        leadRequested(int): the user followed the link to lead ``id``.
    """

    leadRequested = Signal(int)

    def __init__(
        self,
        labels: Mapping[str, QLabel],
        lookup: DuplicateLookup | None,
        identifiers: Identifiers,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._labels = dict(labels)
        self._lookup = lookup
        self._identifiers = identifiers
        self._visitor = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DUPLICATE_DELAY_MS)
        self._timer.timeout.connect(self.on_timer_timeout)
        for label in self._labels.values():
            label.setTextFormat(Qt.TextFormat.RichText)
            # The link is reached by Tab too, and Enter follows it.
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.linkActivated.connect(self.on_label_linkActivated)

    def schedule(self) -> None:
        """Look up after the typing pause (nothing at all for a visitor)."""
        if self._lookup is not None and not self._visitor:
            self._timer.start()

    def clear(self) -> None:
        """Stop a pending lookup and hide the hints."""
        self._timer.stop()
        for label in self._labels.values():
            show_hint(label, None)

    def set_visitor(self, visitor: bool) -> None:
        """Booth mode: never look up, never show."""
        self._visitor = visitor
        if visitor:
            self.clear()

    def text(self) -> str:
        """What the hints say now, as plain text ("" when none shows)."""
        import html

        shown = [label.text() for label in self._labels.values() if not label.isHidden()]
        return " ".join(html.unescape(_plain(text)) for text in shown)

    def on_timer_timeout(self) -> None:
        """Ask whether a lead with this email or phone was sent before."""
        if self._visitor or self._lookup is None:
            self.clear()
            return
        try:
            email, phone = self._identifiers()
            matches = list(self._lookup(email, phone)) if (email or phone) else []
        except Exception:
            log.exception("Duplicate lookup failed")
            matches = []
        by_field = {match.field: match for match in matches}
        for field, label in self._labels.items():
            match = by_field.get(field)
            show_hint(label, hint_html(match) if match is not None else None)
            style_label(label, "warning", label.palette())

    def on_label_linkActivated(self, link: str) -> None:
        """The "(lead 12)" link: ask for that lead in History."""
        if link.startswith(_LINK) and link[len(_LINK) :].isdigit():
            self.leadRequested.emit(int(link[len(_LINK) :]))


def _plain(text: str) -> str:
    """Rich text without its tags."""
    out, inside = [], False
    for char in text:
        if char == "<":
            inside = True
        elif char == ">":
            inside = False
        elif not inside:
            out.append(char)
    return "".join(out)
