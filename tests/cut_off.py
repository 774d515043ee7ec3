"""Finding text that a window cuts off: what the "nothing cut off" tests measure.

``cut_off(window)`` walks every visible widget of a shown window and lists,
in words a developer can act on, each text that does not fit where Qt put
it:

- a label narrower or lower than its text needs (a word-wrapping label:
  lower than its text needs at its width);
- a button, check box, radio button or group box narrower than its text;
- a line edit, not being typed in, that shows the end of its text, not the start,
  or an empty one whose hint (placeholder) is cut short without a tooltip;
- a combo box whose current text is wider than its text field;
- a tab bar too narrow for its tabs (Qt then elides or scrolls them);
- an item view's cell or header whose text is elided without a way to read
  it all (a tooltip of the model's, or the ``ElidedTextTips`` delegate);
- a widget that sticks out of the widget it sits in (pushed off the window),
  except a scroll area's content, which is meant to be scrolled;
- a window larger than a 1280×720 screen, or that can't shrink to it.

Deliberate elision is allowed: a label showing "…" with the whole text as its
tooltip (``LeadReceipt``), a cell whose full text its tooltip shows.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QScrollArea,
    QScrollBar,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionViewItem,
    QTabBar,
    QWidget,
)

from octanist_desktop.ui.history.table import ElidedTextTips

#: The smallest laptop screen sales staff use.
SCREEN = QSize(1280, 720)
#: What a window may take of it: the screen less a title bar, borders and a panel.
WINDOW_ROOM = QSize(1264, 680)
# Rounding in Qt's own size hints (fractional font metrics) is not a cut.
_SLACK = 1


def cut_off(window: QWidget, *, screen: QSize = SCREEN) -> list[str]:
    """Every cut-off text and overflowing widget in the shown ``window``, described."""
    found: list[str] = []
    found += _window_fits(window, screen)
    for widget in _visible_widgets(window):
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QAbstractButton):
            found += _wider_than(widget, widget.sizeHint(), widget.text())
        elif isinstance(widget, QGroupBox):
            found += _wider_than(widget, widget.minimumSizeHint(), widget.title())
        elif isinstance(widget, QLineEdit):
            found += _line_edit(widget)
        elif isinstance(widget, QComboBox):
            found += _combo(widget)
        elif isinstance(widget, QTabBar):
            found += _tab_bar(widget)
        if isinstance(widget, QAbstractItemView):
            found += _item_view(widget)
        if isinstance(widget, QScrollArea):
            found += _scrolls_sideways(widget)
        if isinstance(widget, QHeaderView):
            found += _header(widget)
        found += _sticks_out(widget)
        found += _overlapping(widget)
    return found


def describe(widget: QWidget) -> str:
    """A widget as a developer finds it: its class, object name and window."""
    name = widget.objectName() or "(no name)"
    top = widget.window()
    return f"{type(widget).__name__} {name} in {top.objectName() or type(top).__name__}"


def _window_fits(window: QWidget, screen: QSize) -> list[str]:
    found = []
    frame = window.frameGeometry().size() if window.isWindow() else window.size()
    if frame.width() > screen.width() or frame.height() > screen.height():
        found.append(
            f"{describe(window)} is {frame.width()}×{frame.height()}, larger than {screen}"
        )
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if least.width() > WINDOW_ROOM.width() or least.height() > WINDOW_ROOM.height():
        found.append(
            f"{describe(window)} can't shrink below {least.width()}×{least.height()}: "
            f"it doesn't fit a {screen.width()}×{screen.height()} screen"
        )
    return found


def _visible_widgets(window: QWidget) -> list[QWidget]:
    """The widgets the user sees, not the parts Qt builds inside its own complex widgets."""
    shown: list[QWidget] = []
    pending = [window]
    while pending:
        widget = pending.pop()
        shown.append(widget)
        if isinstance(widget, (QAbstractSpinBox, QComboBox, QScrollBar, QTabBar, QMenu)):
            continue  # their line edits, arrows and scroll buttons are Qt's business
        for child in widget.children():
            if (
                isinstance(child, QWidget)
                and not child.isWindow()
                and child.isVisibleTo(window)
                and child.width() > 0
                and child.height() > 0
            ):
                pending.append(child)
    return shown


def _label(label: QLabel) -> list[str]:
    text = label.text()
    if not text or not label.isVisible():
        return []
    if _elided_on_purpose(label):
        return []
    room = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + _SLACK:
            return [
                f"{describe(label)} shows {label.height()} px of the {needed} px its text "
                f"needs at {label.width()} px wide: {text!r}"
            ]
        return []
    hint = label.minimumSizeHint()
    if hint.width() > label.width() + _SLACK or hint.height() > label.height() + _SLACK:
        return [
            f"{describe(label)} is {label.width()}×{label.height()} px, its text needs "
            f"{hint.width()}×{hint.height()} (room {room.width()}×{room.height()}): {text!r}"
        ]
    return []


def _elided_on_purpose(label: QLabel) -> bool:
    """Shows "…" and the whole text is its tooltip: cut on purpose, readable on hover."""
    tip = label.toolTip()
    return label.text().endswith("…") and bool(tip) and tip != label.text()


def _wider_than(widget: QWidget, needs: QSize, text: str) -> list[str]:
    if not text:
        return []
    if needs.width() > widget.width() + _SLACK or needs.height() > widget.height() + _SLACK:
        return [
            f"{describe(widget)} is {widget.width()}×{widget.height()} px, its text needs "
            f"{needs.width()}×{needs.height()}: {text!r}"
        ]
    return []


def _line_edit(edit: QLineEdit) -> list[str]:
    """Text put in a box too narrow for it shows its start; typing shows the end (allowed).

    An empty box's hint (its placeholder) is shown whole, or whole in its tooltip.
    """
    text = edit.text()
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    if not text:
        hint = edit.placeholderText()
        # Qt draws the hint inside a margin of a few pixels.
        if not hint or edit.fontMetrics().horizontalAdvance(hint) <= room.width() - 4:
            return []
        if edit.toolTip():
            return []
        return [f"{describe(edit)} cuts its hint {hint!r} short and has no tooltip"]
    if edit.hasFocus() or edit.cursorPosition() == 0:
        return []
    if edit.fontMetrics().horizontalAdvance(text) <= room.width():
        return []
    return [f"{describe(edit)} shows the end of {text!r}, its start is cut off"]


def _combo(combo: QComboBox) -> list[str]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    needed = combo.fontMetrics().horizontalAdvance(text) + icon
    if needed > field.width() + _SLACK and not combo.toolTip():
        return [
            f"{describe(combo)} shows {text!r} in {field.width()} px; it needs {needed} "
            "(make it wider, or give it a tooltip with the whole text)"
        ]
    return []


def _tab_bar(bar: QTabBar) -> list[str]:
    found = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        rect = bar.tabRect(index)
        hint = bar.tabSizeHint(index)
        horizontal = bar.shape() in (QTabBar.Shape.RoundedNorth, QTabBar.Shape.RoundedSouth)
        short = rect.width() < hint.width() if horizontal else rect.height() < hint.height()
        if short or not bar.rect().contains(rect):
            found.append(f"{describe(bar)}: tab {bar.tabText(index)!r} is cut off or scrolled away")
    return found


def _item_view(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None or isinstance(view.itemDelegate(), ElidedTextTips):
        return []  # the delegate shows the whole text of a cut cell as its tooltip
    found = []
    viewport = view.viewport().rect()
    for index in _shown_indexes(view, viewport):
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        if index.data(Qt.ItemDataRole.ToolTipRole):
            continue
        rect = view.visualRect(index)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = rect
        needed = view.itemDelegateForIndex(index).sizeHint(option, index)
        if needed.width() > rect.width() + _SLACK or needed.height() > rect.height() + _SLACK:
            found.append(
                f"{describe(view)}: cell {index.row()},{index.column()} is "
                f"{rect.width()}×{rect.height()} px, its text needs "
                f"{needed.width()}×{needed.height()}: {text!r}"
            )
    return found


def _shown_indexes(view: QAbstractItemView, viewport: QRect) -> list[QModelIndex]:
    model = view.model()
    shown = []
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list widget's model keeps it private: one column
        columns = 1
    for row in range(model.rowCount(root)):
        for column in range(columns):
            index = model.index(row, column, root)
            rect = view.visualRect(index)
            if rect.isValid() and viewport.intersects(rect):
                shown.append(index)
    return shown


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    found = []
    # A header that stretches its last column is meant to fit its width (History's).
    fitted = header.orientation() == Qt.Orientation.Horizontal and header.stretchLastSection()
    if fitted and header.length() > header.width() + _SLACK:
        found.append(
            f"{describe(header)}: the columns take {header.length()} px of {header.width()}: "
            "the table scrolls sideways and its last column is cut"
        )
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) == 0:
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        if model.headerData(logical, header.orientation(), Qt.ItemDataRole.ToolTipRole):
            continue
        needed = header.sectionSizeFromContents(logical)
        size = header.sectionSize(logical)
        wanted = needed.width() if header.orientation() == Qt.Orientation.Horizontal else 0
        if wanted > size + _SLACK:
            found.append(
                f"{describe(header)}: column {text!r} is {size} px, its title needs {wanted}"
            )
    return found


def _scrolls_sideways(area: QScrollArea) -> list[str]:
    """A page of text that scrolls sideways: every line is cut at the right edge."""
    content = area.widget()
    bar = area.horizontalScrollBar()
    if content is None or not bar.isVisible() or bar.maximum() == 0:
        return []
    return [
        f"{describe(area)} scrolls sideways: {describe(content)} needs "
        f"{content.minimumSizeHint().width()} px, the area shows {area.viewport().width()}"
    ]


def _sticks_out(widget: QWidget) -> list[str]:
    parent = widget.parentWidget()
    if parent is None or widget.isWindow():
        return []
    scroller = parent.parentWidget()
    if isinstance(scroller, QAbstractScrollArea) and parent is scroller.viewport():
        return []  # a scroll area's content is bigger than its viewport on purpose
    if isinstance(parent, (QAbstractScrollArea, QTabBar)):
        return []
    if not parent.rect().contains(widget.geometry()):
        return [
            f"{describe(widget)} at {_rect(widget.geometry())} sticks out of "
            f"{describe(parent)} ({parent.width()}×{parent.height()})"
        ]
    return []


def _overlapping(parent: QWidget) -> list[str]:
    """Widgets one layout placed on top of each other (a layout squeezed below its minimum)."""
    layout = parent.layout()
    if layout is None:
        return []
    placed = [w for w in _layout_widgets(layout) if w.isVisible() and not w.size().isEmpty()]
    found = []
    for index, first in enumerate(placed):
        for second in placed[index + 1 :]:
            overlap = first.geometry().intersected(second.geometry())
            if overlap.width() > _SLACK and overlap.height() > _SLACK:
                found.append(
                    f"{describe(first)} at {_rect(first.geometry())} and {describe(second)} "
                    f"at {_rect(second.geometry())} overlap"
                )
    return found


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets ``layout`` and the layouts inside it place."""
    widgets = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is not None:
            widgets.append(item.widget())
        elif item.layout() is not None:
            widgets += _layout_widgets(item.layout())
    return widgets


def _rect(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}×{rect.height()}"
