"""Upstream Qt/PySide bugs the app depends on being absent."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal(int)


def test_signal_emit_keeps_the_refcount_of_true() -> None:
    # PySide6 6.12.0: every emit() decref'd Py_True; after enough signals the
    # interpreter aborts at exit (bool_dealloc). pyproject caps the version.
    emitter = _Emitter()
    emitter.ping.connect(lambda _n: None)
    before = sys.getrefcount(True)
    for n in range(1000):
        emitter.ping.emit(n)
    assert sys.getrefcount(True) >= before - 10
