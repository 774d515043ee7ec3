"""HTTP to Octanist: ``OctanistClient`` and how its answers become ``Outcome`` values.

Imports core and requests only; never touches SQLite or Qt.
"""

from octanist_desktop.net.api_url import (
    DEFAULT_API_URL,
    InsecureApiUrl,
    InvalidApiUrl,
    is_loopback_host,
    validate_api_url,
)
from octanist_desktop.net.client import USER_AGENT, OctanistClient

__all__ = [
    "DEFAULT_API_URL",
    "USER_AGENT",
    "InsecureApiUrl",
    "InvalidApiUrl",
    "OctanistClient",
    "is_loopback_host",
    "validate_api_url",
]
