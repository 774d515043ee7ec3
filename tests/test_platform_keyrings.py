"""The keyring backend each platform's self-test expects is one keyring registers and ships.

The Windows and macOS builds can't be made here, but what their
``--self-test`` demands (``keyring.backends.Windows`` on Windows,
``keyring.backends.macOS`` on macOS) can be checked against the installed
keyring: each must be one of its ``keyring.backends`` entry points (PyInstaller's
keyring hook collects exactly those) and import on any OS.
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points

import pytest

from octanist_desktop import self_test

REGISTERED = {entry.value for entry in entry_points(group="keyring.backends")}


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_the_expected_backend_is_registered_and_imports(platform: str) -> None:
    module = self_test._EXPECTED_KEYRING[platform]

    assert module in REGISTERED
    assert importlib.import_module(module).__name__ == module
