"""HTTP to Octanist: ``OctanistClient`` and how its answers become ``Outcome`` values.

Imports core and requests only; never touches SQLite or Qt.

``OctanistClient`` and ``USER_AGENT`` load ``net.client`` (and with it
``requests``) on first access, so importing ``net.api_url`` at start-up
doesn't pay for an HTTP library the first window doesn't use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from octanist_desktop.net.api_url import (
    DEFAULT_API_URL,
    InsecureApiUrl,
    InvalidApiUrl,
    is_loopback_host,
    validate_api_url,
)

if TYPE_CHECKING:
    from octanist_desktop.net.client import USER_AGENT, OctanistClient

_FROM_CLIENT = frozenset({"USER_AGENT", "OctanistClient"})

__all__ = [
    "DEFAULT_API_URL",
    "USER_AGENT",
    "InsecureApiUrl",
    "InvalidApiUrl",
    "OctanistClient",
    "is_loopback_host",
    "validate_api_url",
]


def __getattr__(name: str) -> object:
    """Load ``net.client`` the first time one of its names is asked for."""
    if name in _FROM_CLIENT:
        from octanist_desktop.net import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
