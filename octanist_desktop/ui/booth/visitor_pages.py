"""The visitor's two pages: the form (details | consent, side by side) and the thank-you.

Built once by ``VisitorScreen``; what goes into the form's boxes is laid
out by the screen itself from the booth's context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.ui.booth.visitor_inputs import TOUCH_PX

if TYPE_CHECKING:
    pass

# Two columns side by side (details | consent) from this width on, so a laptop
# screen shows the whole form and its Send button without scrolling.
PAGE_PX = 1240


class VisitorPages:
    """Mixed into ``VisitorScreen``: builds its form page and its thank-you page."""

    if TYPE_CHECKING:
        # What the screen provides.
        note_banner: QLabel
        error_banner: QLabel
        fields_box: QVBoxLayout
        questions_box: QVBoxLayout
        consent_intro: QLabel
        consent_box: QVBoxLayout
        send_button: QPushButton
        form_scroll: QScrollArea
        thank_you_title: QLabel

        def submit(self) -> bool: ...

    def _build_form_page(self) -> QWidget:
        assert isinstance(self, QWidget)  # mixed into VisitorScreen
        self.note_banner = wrapped_label("visitorNote")
        self.error_banner = wrapped_label("visitorError")
        self.fields_box = QVBoxLayout()
        self.questions_box = QVBoxLayout()
        self.consent_intro = wrapped_label("consentIntro")
        self.consent_box = QVBoxLayout()
        self.send_button = QPushButton(
            QCoreApplication.translate("VisitorScreen", "Send my details"), self
        )
        self.send_button.setObjectName("visitorSend")
        self.send_button.setAccessibleDescription(
            QCoreApplication.translate(
                "VisitorScreen", "Sends what you filled in to the people at this stand"
            )
        )
        self.send_button.setMinimumHeight(round(TOUCH_PX * 1.3))
        self.send_button.setDefault(False)
        self.send_button.setAutoDefault(False)
        scale_font(self.send_button, 1.2, bold=True)
        self.send_button.clicked.connect(self.submit)

        details = QVBoxLayout()
        details.setSpacing(10)
        details.addLayout(self.fields_box)
        details.addLayout(self.questions_box)
        details.addStretch(1)
        agreeing = QVBoxLayout()
        agreeing.setSpacing(10)
        agreeing.addWidget(self.consent_intro)
        agreeing.addLayout(self.consent_box)
        agreeing.addSpacing(12)
        agreeing.addWidget(self.send_button)
        agreeing.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(40)
        columns.addLayout(details, 1)
        columns.addLayout(agreeing, 1)

        page = QWidget()
        page.setObjectName("visitorPage")
        page.setMaximumWidth(PAGE_PX)
        layout = QVBoxLayout(page)
        layout.addWidget(self.note_banner)
        layout.addWidget(self.error_banner)
        layout.addLayout(columns)

        centred = QWidget()
        row = QHBoxLayout(centred)
        row.addStretch(1)
        row.addWidget(page, 100)
        row.addStretch(1)

        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("visitorScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form_scroll.setWidget(centred)
        # A scroll bar a finger can hold. (QScroller's drag-to-scroll delays every
        # press to tell a drag from a tap, and then loses quick taps on buttons.)
        self.form_scroll.verticalScrollBar().setStyleSheet(
            f"QScrollBar:vertical {{ width: {TOUCH_PX - 8}px; }}"
        )
        return self.form_scroll

    def _build_thank_you(self) -> QWidget:
        assert isinstance(self, QWidget)  # mixed into VisitorScreen
        page = QWidget(self)
        page.setObjectName("visitorThankYou")
        self.thank_you_title = QLabel(
            QCoreApplication.translate("VisitorScreen", "Thank you!"), page
        )
        self.thank_you_title.setObjectName("visitorThankYouTitle")
        scale_font(self.thank_you_title, 2.4, bold=True)
        detail = QLabel(
            QCoreApplication.translate(
                "VisitorScreen", "Your details are saved. We will be in touch."
            ),
            page,
        )
        detail.setObjectName("visitorThankYouDetail")
        detail.setWordWrap(True)
        scale_font(detail, 1.3)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for label in (self.thank_you_title, detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(2)
        return page


def wrapped_label(name: str) -> QLabel:
    """A hidden, word-wrapped plain-text line named ``name`` (messages and banners)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.hide()
    return label


def scale_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Make ``widget``'s type ``factor`` times larger (and bold), never below 9 pt first."""
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * factor)
    font.setBold(bold)
    widget.setFont(font)


def empty_layout(layout: QVBoxLayout) -> None:
    """Remove and delete every widget in ``layout`` (the form is rebuilt for a new preset)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
