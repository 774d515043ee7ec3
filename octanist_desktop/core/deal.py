"""After the call: what became of a lead (qualified, won, lost), as data. No Qt here.

The salesperson records an *outcome* — the History's "Mark won" with a
value, a note, a loss reason. Octanist calls the same thing the lead's
``status`` and takes it with ``PATCH /api/leads``; this module builds that
body and says what is wrong with an outcome before it is saved. The words
for the user live in the UI; here are codes and facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum


class Stage(StrEnum):
    """A lead's status at Octanist. New leads are ``open``; an outcome sets one of the rest."""

    OPEN = "open"
    QUALIFIED = "qualified"
    WON = "won"
    LOST = "lost"


#: The stages a salesperson can record, in the order the UI offers them.
MARKABLE: tuple[Stage, ...] = (Stage.QUALIFIED, Stage.WON, Stage.LOST)

#: Octanist publishes no limits; these keep a runaway paste out of a request.
NOTE_MAX = 2000
LOSS_REASON_MAX = 300
#: Values above this are almost certainly a typing slip (a pasted phone number).
VALUE_MAX = Decimal("1000000000")


class OutcomeProblem(StrEnum):
    """Why an outcome can't be saved as it is; the UI words each one."""

    NOT_MARKABLE = "not_markable"  # "open" is where a lead starts, not an outcome
    VALUE_REQUIRED = "value_required"  # a won deal without a value counts for nothing
    VALUE_NEGATIVE = "value_negative"
    VALUE_TOO_LARGE = "value_too_large"
    NOTE_TOO_LONG = "note_too_long"
    LOSS_REASON_TOO_LONG = "loss_reason_too_long"


class MatchBy(StrEnum):
    """How Octanist is told which lead an outcome is for, best first."""

    ID = "id"
    EMAIL = "email"
    PHONE = "phone"


@dataclass(frozen=True, slots=True)
class Match:
    """The field (and its value) that identifies the lead at Octanist."""

    by: MatchBy
    value: str


def match_for(octanist_id: str | None, email: str, phone: str) -> Match | None:
    """Octanist's id when known — never email or phone then — else email, else phone.

    Matching by email or phone can hit several leads (a 409); the id can't,
    which is why an outcome waits for its lead's id rather than going
    ahead by email.
    """
    if octanist_id:
        return Match(MatchBy.ID, octanist_id)
    if email.strip():
        return Match(MatchBy.EMAIL, email.strip())
    if phone.strip():
        return Match(MatchBy.PHONE, phone.strip())
    return None


def value_json(value: Decimal) -> int | float:
    """A value as a JSON number: whole amounts as integers, others to the cent."""
    if value == value.to_integral_value():
        return int(value)
    return float(value.quantize(Decimal("0.01")))


def parse_value(text: str) -> Decimal | None:
    """A plain decimal (``5000``, ``1200.50``) as a Decimal; None if it is not one.

    The UI reads the user's locale (``5.000,00``) itself and hands over
    plain text; this is the stored form read back.
    """
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


@dataclass(frozen=True, slots=True)
class OutcomeDraft:
    """What the salesperson recorded about a lead, before it is saved.

    ``currency`` is for display only (``EUR``): Octanist takes a bare number.
    ``loss_reason`` is kept only for ``lost``.
    """

    stage: Stage
    value: Decimal | None = None
    note: str = ""
    loss_reason: str = ""
    currency: str = ""

    def problems(self) -> list[OutcomeProblem]:
        """What must change before this can be saved; empty when it is fine."""
        found: list[OutcomeProblem] = []
        if self.stage not in MARKABLE:
            found.append(OutcomeProblem.NOT_MARKABLE)
        if self.value is None:
            if self.stage is Stage.WON:
                found.append(OutcomeProblem.VALUE_REQUIRED)
        elif not self.value.is_finite() or self.value < 0:
            found.append(OutcomeProblem.VALUE_NEGATIVE)
        elif self.value > VALUE_MAX:
            found.append(OutcomeProblem.VALUE_TOO_LARGE)
        if len(self.note) > NOTE_MAX:
            found.append(OutcomeProblem.NOTE_TOO_LONG)
        if len(self.loss_reason) > LOSS_REASON_MAX:
            found.append(OutcomeProblem.LOSS_REASON_TOO_LONG)
        return found

    def body(self, match: Match) -> dict[str, object]:
        """The ``PATCH /api/leads`` body for this outcome, matched by ``match``."""
        body: dict[str, object] = {match.by.value: match.value, "status": self.stage.value}
        if self.value is not None:
            body["value"] = value_json(self.value)
        if self.note.strip():
            body["note"] = self.note.strip()
        if self.stage is Stage.LOST and self.loss_reason.strip():
            body["lossReason"] = self.loss_reason.strip()
        return body
