"""Booth mode's hold on the main window: what a visitor may reach, and their screen.

Booth mode (``ui/booth/booth_mode.py``) drives these; the window itself
knows nothing of PINs or idle timers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from octanist_desktop.ui.actions import VisitorLock
    from octanist_desktop.ui.entry_pages import EntryPages
    from octanist_desktop.ui.form.lead_form import LeadForm
    from octanist_desktop.ui.history.page import HistoryPage
    from octanist_desktop.ui.last_lead import LastLead
    from octanist_desktop.ui.status_bar import StatusBar

#: The tabs' order (New lead: Ctrl+1, History: Ctrl+2).
NEW_LEAD_TAB, HISTORY_TAB = 0, 1


class WindowBooth:
    """The main window's booth side (mixed into ``MainWindow``)."""

    if TYPE_CHECKING:
        # What the window provides.
        tabs: QTabWidget
        entry_stack: EntryPages
        form: LeadForm
        last_lead: LastLead
        status_bar: StatusBar
        visitor_lock: VisitorLock
        _history_page: HistoryPage

    def set_locked_for_visitors(self, locked: bool) -> None:
        """Show visitors the lead form only: no History (nor its export), menus or settings."""
        assert isinstance(self, QMainWindow)  # mixed into MainWindow
        self.tabs.setCurrentIndex(NEW_LEAD_TAB)
        self.tabs.setTabVisible(HISTORY_TAB, not locked)
        self.tabs.tabBar().setVisible(not locked)
        # Disabled as well as hidden: its shortcuts (export, retry…) must not fire.
        self._history_page.setEnabled(not locked)
        self.menuBar().setVisible(not locked)
        self.visitor_lock.set_locked(locked)
        self.form.set_visitor_layout(locked)
        # The receipt names the last lead and links to History: staff only.
        self.last_lead.set_visitor(locked)
        prompt = self.entry_stack.built_region_prompt()
        if locked and prompt is not None:
            prompt.hide()

    def show_booth_face(self, face: QWidget | None) -> None:
        """Booth mode: ``face`` (the visitor's screen) takes the whole window; None: back.

        The tabs, the staff form and the status bar are out of the visitor's
        sight and reach while it shows; the form keeps whatever it held.
        """
        assert isinstance(self, QMainWindow)  # mixed into MainWindow
        current = self.centralWidget()
        shown = self.tabs if face is None else face
        if current is not shown:
            # Taken, not replaced: setCentralWidget would delete the tabs (or the face).
            # Kept as the window's hidden child, so it still goes when the window goes.
            taken = self.takeCentralWidget()
            if taken is not None:
                taken.setParent(self)
                taken.hide()
            self.setCentralWidget(shown)
            shown.show()
        self.status_bar.setVisible(face is None)
