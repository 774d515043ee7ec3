"""The History tab's questions: which file to export to, and whether to really delete.

The delete rule itself is ``store.lifecycle``'s (any lead may be erased; one
being sent may still reach Octanist); these words only say it.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from octanist_desktop.store.lead import Lead
from octanist_desktop.store.lifecycle import may_arrive_after_erase

_CONTEXT = "HistoryDialogs"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class ExportScope(Enum):
    """Which leads an export writes: every lead, those the search shows, or those selected."""

    ALL = "all"
    SHOWN = "shown"
    SELECTED = "selected"


def count_leads(count: int) -> str:
    """ "1 lead", "1,204 leads"."""
    if count == 1:
        return _tr("1 lead")
    return _tr("{count} leads").format(count=f"{count:,}")


def export_scope_label(scope: ExportScope, count: int) -> str:
    """The button for one export choice: "All leads (1,204)", "Only the 12 shown"."""
    if scope is ExportScope.ALL:
        return _tr("All leads ({count})").format(count=f"{count:,}")
    if scope is ExportScope.SHOWN:
        return _tr("Only the {count} shown").format(count=f"{count:,}")
    return _tr("Only the {count} selected").format(count=f"{count:,}")


def ask_export_scope(parent: QWidget, choices: dict[ExportScope, int]) -> ExportScope | None:
    """Ask which leads to export (``choices``: scope → how many); None when cancelled."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Export leads"))
    box.setText(_tr("Which leads do you want to export?"))
    box.setInformativeText(
        _tr("The search or selection shows only some of the leads on this computer.")
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
    names = [lead.name or lead.email or lead.phone or f"lead {lead.id}" for lead in leads[:3]]
    if len(leads) == 1:
        return f"“{names[0]}”"
    listed = ", ".join(names) + (", …" if len(leads) > 3 else "")
    return f"{count_leads(len(leads))} ({listed})"


def erase_warning(leads: list[Lead]) -> str:
    """What deleting ``leads`` means, including the rule for a lead being sent."""
    text = (
        "This cannot be undone. It only removes them from Octanist Desktop's history "
        "here: leads already delivered stay in Octanist, and leads not yet delivered "
        "will never be sent."
    )
    in_flight = sum(1 for lead in leads if may_arrive_after_erase(lead.status))
    if in_flight:
        text += " " + _tr(
            "{count} being sent right now is deleted here too, but may still reach Octanist: "
            "its request is already on its way."
        ).format(count=count_leads(in_flight))
    return text


def erased_message(erased: int, in_flight: int) -> str:
    """The status-bar line after a delete; ``in_flight`` of them were being sent."""
    text = f"{count_leads(erased)} deleted from this computer."
    if in_flight:
        text += " " + _tr("{count} was being sent and may still reach Octanist.").format(
            count=count_leads(in_flight)
        )
    return text


def ask_export_path(parent: QWidget) -> Path | None:
    """The CSV file the user picks to export to (".csv" added when no suffix), or None."""
    suggested = Path.home() / f"octanist-leads-{date.today().isoformat()}.csv"
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        _tr("Export leads as CSV"),
        str(suggested),
        _tr("CSV files (*.csv);;All files (*)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(".csv")


def confirm_delete(parent: QWidget, leads: list[Lead]) -> bool:
    """Ask before erasing ``leads``; Cancel is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Delete leads")
    box.setText(f"Delete {describe_leads(leads)} from this computer?")
    box.setInformativeText(erase_warning(leads))
    delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete
