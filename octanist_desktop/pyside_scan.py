"""Stop PySide6 from reading the source of every module imported after it.

PySide6 supports ``from __feature__ import snake_case``. To know which
modules might use it, it reads the whole source file of every module
imported after PySide6 itself (``inspect.getsource``) and keeps the text in
``linecache`` for the life of the process. For this app that was 85 files,
about 12 ms of start-up and 3 MiB of memory, to learn what is already known:
no module in this process selects a feature.

``install`` puts a finder at the front of ``sys.meta_path`` that finds
nothing; it only enters each module about to be imported in PySide's
feature table as "no features" (0), the value PySide gives a module that
uses Qt without selecting a feature, so PySide skips reading it. A module
that does ``from __feature__ import snake_case`` still gets it: that import
overwrites its entry. If a future PySide6 drops the table, this does nothing.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from importlib.machinery import ModuleSpec
    from types import ModuleType

_FEATURE_MODULE = "PySide6.support.feature"
_NO_FEATURES = 0


def _feature_table() -> dict[str, int] | None:
    feature = sys.modules.get(_FEATURE_MODULE)
    table = getattr(feature, "pyside_feature_dict", None)
    return table if isinstance(table, dict) else None


class SkipFeatureScan:
    """A meta-path finder that never finds a module, only marks it for PySide."""

    # Whether the modules already loaded when PySide6 arrived have been marked.
    _marked_loaded = False

    @classmethod
    def find_spec(
        cls,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        """Mark ``fullname`` (and, once, everything loaded before PySide6); find nothing."""
        table = _feature_table()
        if table is not None:
            if not cls._marked_loaded:
                cls.mark_loaded(table)
            table.setdefault(fullname, _NO_FEATURES)
        return None

    @classmethod
    def mark_loaded(cls, table: dict[str, int]) -> None:
        """Mark every module already loaded.

        PySide scans a module already in sys.modules the first time an
        import statement names it again.
        """
        for name in list(sys.modules):
            table.setdefault(name, _NO_FEATURES)
        cls._marked_loaded = True


def install() -> None:
    """Put the finder first on ``sys.meta_path`` (once)."""
    if SkipFeatureScan not in sys.meta_path:
        sys.meta_path.insert(0, SkipFeatureScan)
    table = _feature_table()
    if table is not None:
        SkipFeatureScan.mark_loaded(table)


def skipped(module_name: str) -> bool:
    """True when PySide will not scan ``module_name``: it is in the table already."""
    table = _feature_table()
    return table is not None and module_name in table
