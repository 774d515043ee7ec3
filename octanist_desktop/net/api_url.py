"""Which API addresses the app will send leads and the API key to.

https everywhere, except addresses on this computer (the sandbox), where plain
http can't be overheard on a network.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from octanist_desktop.core.words import QT_TRANSLATE_NOOP

DEFAULT_API_URL = "https://octanist.com/api"


class InvalidApiUrl(ValueError):
    """The API URL is not a usable web address; the message says what to fix."""


class InsecureApiUrl(InvalidApiUrl):
    """An ``http://`` API URL for another computer: the key would cross the network in clear."""


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` names this computer: localhost, 127.0.0.0/8 or ::1."""
    name = host.strip().strip("[]").rstrip(".").lower()
    if name == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def validate_api_url(url: str) -> str:
    """``url`` without surrounding spaces or a trailing slash, if the app may use it.

    Raises ``InsecureApiUrl`` for http:// to another computer and ``InvalidApiUrl``
    for anything else that is not an http(s) address of a host.
    """
    text = url.strip()
    example = DEFAULT_API_URL
    try:
        parts = urlsplit(text)
        host = parts.hostname
        parts.port  # noqa: B018 - parsing the port is how a bad one is found
    except ValueError:
        raise InvalidApiUrl(
            QT_TRANSLATE_NOOP(
                "ApiUrl",
                "The API URL “{url}” is not a valid web address (for example {example}).",
            ).format(url=text, example=example)
        ) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not host:
        raise InvalidApiUrl(
            QT_TRANSLATE_NOOP(
                "ApiUrl",
                "The API URL “{url}” must be a web address starting with https:// "
                "(for example {example}).",
            ).format(url=text, example=example)
        )
    if parts.username is not None or parts.password is not None:
        raise InvalidApiUrl(
            QT_TRANSLATE_NOOP("ApiUrl", "The API URL must not contain a user name or password.")
        )
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        raise InvalidApiUrl(
            QT_TRANSLATE_NOOP(
                "ApiUrl", "The API URL must not contain “?” or “#” (for example {example})."
            ).format(example=example)
        )
    if scheme == "http" and not is_loopback_host(host):
        raise InsecureApiUrl(
            QT_TRANSLATE_NOOP(
                "ApiUrl",
                "The API URL “{url}” starts with http://, which would send your API key and "
                "leads across the network unencrypted. Use https:// instead; plain http:// is "
                "allowed only for this computer (localhost, 127.0.0.1 or ::1).",
            ).format(url=text)
        )
    return text.rstrip("/")
