"""The window's menu bar: File, Edit, View, the screens' own menus, and Help last.

Every action comes from its declaration in ``ui/actions.py`` (words,
shortcut, booth lock); this module only says where each one goes and what
it calls. Help ▸ Keyboard shortcuts opens the shortcut sheet (F1), built
the first time it is asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QDialog, QMenu, QToolButton

from octanist_desktop.ui.actions import (
    QUIT,
    SEND_NOW,
    SETTINGS,
    SHORTCUTS,
    SHOW_FORM,
    SHOW_HISTORY,
    make_action,
)

if TYPE_CHECKING:
    from octanist_desktop.ui.main_window import MainWindow


class WindowMenus(QObject):
    """Builds ``window``'s menu bar and keeps the menus other screens add to."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        lock = window.visitor_lock
        bar = window.menuBar()
        # The titles keep the window's translation context, where they always were.
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        settings = make_action(SETTINGS, window, window.settingsRequested.emit, lock=lock)
        file_menu.addAction(settings)
        file_menu.addAction(make_action(SEND_NOW, window, window.on_send_now_triggered, lock=lock))
        file_menu.addSeparator()
        file_menu.addAction(make_action(QUIT, window, window.on_quit_triggered, lock=lock))

        # booth kit: Import CSV…/Import vCard… at the top of File, Edit ▸ Paste vCard
        edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        window.import_actions.add_to_menus(file_menu, edit_menu, before=settings)
        #: Booth kit: Scan badge… joins it (ui/booth/staff_scans.py).
        self.edit_menu = edit_menu

        view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        view_menu.addAction(
            make_action(SHOW_FORM, window, window.on_show_form_triggered, lock=lock)
        )
        view_menu.addAction(
            make_action(SHOW_HISTORY, window, window.on_show_history_triggered, lock=lock)
        )

        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(make_action(SHORTCUTS, window, self.show_shortcut_sheet, lock=lock))
        self._help_menu = help_menu
        self._shortcut_sheet: QDialog | None = None
        # The » button Qt shows when the menus don't fit; unnamed, a screen reader says "button".
        overflow = bar.findChild(QToolButton, "qt_menubar_ext_button")
        if overflow is not None:
            overflow.setAccessibleName(QCoreApplication.translate("MainWindow", "More menus"))
            overflow.setAccessibleDescription(
                QCoreApplication.translate("MainWindow", "Menus that don't fit in the menu bar")
            )

    def add_menu(self, menu: QMenu) -> None:
        """Add a screen's menu to the menu bar, before Help (which stays last)."""
        self._window.menuBar().insertMenu(self._help_menu.menuAction(), menu)

    @Slot()
    def show_shortcut_sheet(self) -> None:
        """Help ▸ Keyboard shortcuts (F1): built the first time, then raised."""
        if self._shortcut_sheet is None:
            from octanist_desktop.ui.shortcut_sheet import ShortcutSheet

            self._shortcut_sheet = ShortcutSheet(self._window)
        if self._shortcut_sheet.isVisible():
            self._shortcut_sheet.raise_()
            self._shortcut_sheet.activateWindow()
        else:
            self._shortcut_sheet.show()
