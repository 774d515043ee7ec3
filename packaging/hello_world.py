"""The size baseline: the smallest PySide6 widgets app (see size_report.py)."""

import sys

from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("Hello, world")
label.show()
sys.exit(app.exec())
