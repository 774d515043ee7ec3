"""The History tab's questions: which file to export to, and whether to really delete.

The delete rule itself is ``store.lifecycle``'s (any lead may be erased; one
being sent may still reach Octanist); these words only say it.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from octanist_desktop.store.lead import Lead
from octanist_desktop.store.lifecycle import may_arrive_after_erase
from octanist_desktop.ui.words import TranslationContext


class HistoryDialogs(TranslationContext):
    """The translation context of these words (see ``TranslationContext``)."""


class ExportScope(Enum):
    """Which leads an export writes: every lead, those the search shows, or those selected."""

    ALL = "all"
    SHOWN = "shown"
    SELECTED = "selected"


def count_leads(count: int) -> str:
    """ "1 lead", "1,204 leads" (the number in the user's locale)."""
    return HistoryDialogs.tr("%Ln lead(s)", None, count)


def export_scope_label(scope: ExportScope, count: int) -> str:
    """The button for one export choice: "All leads (1,204)", "Only the 12 shown"."""
    if scope is ExportScope.ALL:
        return HistoryDialogs.tr("All leads (%Ln)", None, count)
    if scope is ExportScope.SHOWN:
        return HistoryDialogs.tr("Only the %Ln shown", None, count)
    return HistoryDialogs.tr("Only the %Ln selected", None, count)


def ask_export_scope(parent: QWidget, choices: dict[ExportScope, int]) -> ExportScope | None:
    """Ask which leads to export (``choices``: scope → how many); None when cancelled."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(HistoryDialogs.tr("Export leads"))
    box.setText(HistoryDialogs.tr("Which leads do you want to export?"))
    box.setInformativeText(
        HistoryDialogs.tr(
            "The search or selection shows only some of the leads on this computer.",
        )
    )
    buttons = [
        (box.addButton(export_scope_label(scope, count), QMessageBox.ButtonRole.AcceptRole), scope)
        for scope, count in choices.items()
    ]
    box.addButton(QMessageBox.StandardButton.Cancel)
    # The narrowest choice is what the user is looking at; "All" is one Tab away.
    box.setDefaultButton(buttons[-1][0])
    box.exec()
    clicked = box.clickedButton()
    return next((scope for button, scope in buttons if button is clicked), None)


def describe_leads(leads: list[Lead]) -> str:
    """ "Ada Lovelace", "3 leads (Ada, Grace, Alan)": enough to spot the wrong selection."""
    names = [
        lead.name or lead.email or lead.phone or HistoryDialogs.tr("lead {id}").format(id=lead.id)
        for lead in leads[:3]
    ]
    if len(leads) == 1:
        return HistoryDialogs.tr("“{name}”").format(name=names[0])
    listed = ", ".join(names) + (", …" if len(leads) > 3 else "")
    return HistoryDialogs.tr("%Ln lead(s) ({names})", None, len(leads)).format(names=listed)


def erase_warning(leads: list[Lead]) -> str:
    """What deleting ``leads`` means, including the rule for a lead being sent."""
    text = HistoryDialogs.tr(
        "This cannot be undone. It only removes them from Octanist Desktop's history "
        "here: leads already delivered stay in Octanist, and leads not yet delivered "
        "will never be sent.",
    )
    in_flight = sum(1 for lead in leads if may_arrive_after_erase(lead.status))
    if in_flight:
        text += " " + HistoryDialogs.tr(
            "%Ln lead(s) being sent right now will be deleted here too, but may still reach "
            "Octanist: the request is already on its way.",
            None,
            in_flight,
        )
    return text


def erased_message(erased: int, in_flight: int) -> str:
    """The status-bar line after a delete; ``in_flight`` of them were being sent."""
    text = HistoryDialogs.tr("%Ln lead(s) deleted from this computer.", None, erased)
    if in_flight:
        text += " " + HistoryDialogs.tr(
            "%Ln lead(s) was being sent and may still reach Octanist.",
            None,
            in_flight,
        )
    return text


def ask_export_path(parent: QWidget) -> Path | None:
    """The CSV file the user picks to export to (".csv" added when no suffix), or None."""
    suggested = Path.home() / f"octanist-leads-{date.today().isoformat()}.csv"
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        HistoryDialogs.tr("Export leads as CSV"),
        str(suggested),
        HistoryDialogs.tr("CSV files (*.csv);;All files (*)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(".csv")


def confirm_delete(parent: QWidget, leads: list[Lead]) -> bool:
    """Ask before erasing ``leads``; Cancel is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(HistoryDialogs.tr("Delete leads"))
    box.setText(
        HistoryDialogs.tr("Delete {leads} from this computer?").format(leads=describe_leads(leads))
    )
    box.setInformativeText(erase_warning(leads))
    delete = box.addButton(
        HistoryDialogs.tr("Delete"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete
