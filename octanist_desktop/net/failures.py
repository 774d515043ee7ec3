"""Turn a request that got no (complete) answer into a ``Retryable`` with the right flags.

The question that matters is whether the lead may have reached Octanist: a
failure while connecting (refused, no DNS, connect timeout) means it did not;
anything after the body went out (read timeout, reset, disconnect) means it
may have, and a retry could create a duplicate. requests wraps urllib3's
exceptions in its own, so the whole exception chain is inspected.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import requests
from urllib3 import exceptions as u3

from octanist_desktop.core.outcomes import Retryable

# {thing} is what was being sent: "lead", "outcome" (see answers.Purpose.thing).
_AFTER_SEND_NOTE = "The {thing} may already be at Octanist; it will be tried again."
_OFFLINE_NOTE = "The {thing} waits in the outbox and will be sent when the network is back."


def exception_chain(error: BaseException) -> Iterator[BaseException]:
    """``error`` and everything it wraps: causes, contexts, ``reason`` and exception args."""
    seen: set[int] = set()
    pending = [error]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked = (getattr(current, "reason", None), current.__cause__, current.__context__)
        pending.extend(e for e in (*linked, *current.args) if isinstance(e, BaseException))


def _find(error: BaseException, kind: type[BaseException]) -> BaseException | None:
    return next((e for e in exception_chain(error) if isinstance(e, kind)), None)


def _ssl_detail(error: BaseException) -> str:
    verify = _find(error, ssl.SSLCertVerificationError)
    if isinstance(verify, ssl.SSLCertVerificationError) and verify.verify_message:
        return str(verify.verify_message).rstrip(".")
    inner = _find(error, ssl.SSLError)
    if isinstance(inner, ssl.SSLError) and inner.reason:
        return str(inner.reason).replace("_", " ").lower()
    return "the secure connection failed"


def classify_failure(
    error: BaseException, host: str, *, answered: bool = False, thing: str = "lead"
) -> Retryable:
    """The ``Retryable`` for ``error`` raised while talking to ``host``.

    ``answered`` is true when the failure came while reading an answer whose
    status line had already arrived: the server had the lead by then.
    ``thing`` names what was being sent, for the message.
    """
    after_send = _AFTER_SEND_NOTE.format(thing=thing)
    offline = _OFFLINE_NOTE.format(thing=thing)
    if answered:
        return Retryable(
            f"The connection to {host} broke while Octanist was answering. {after_send}",
            maybe_delivered=True,
            note=after_send,
        )
    if isinstance(error, requests.exceptions.SSLError) or _find(error, ssl.SSLError):
        tried_again = f"The {thing} will be tried again."
        return Retryable(
            f"A secure connection to {host} could not be made ({_ssl_detail(error)}). "
            "On public or hotel Wi-Fi, sign in to the network first; otherwise check the "
            f"computer's date and time. {tried_again}",
            note=tried_again,
        )
    if isinstance(error, requests.exceptions.ProxyError):
        return Retryable(
            f"The proxy server this computer is set to use could not be reached. {offline}",
            network_down=True,
            note=offline,
        )
    if _find(error, u3.NameResolutionError):
        return Retryable(
            f"Could not find {host}: this computer seems to be offline, or the API URL in "
            f"Settings is misspelt. {offline}",
            network_down=True,
            note=offline,
        )
    if isinstance(error, requests.exceptions.ConnectTimeout) or (
        _find(error, u3.ConnectTimeoutError) and not _find(error, u3.NewConnectionError)
    ):
        return Retryable(
            f"Could not reach {host}: connecting timed out. Check the internet connection. "
            f"{offline}",
            network_down=True,
            note=offline,
        )
    if _find(error, u3.NewConnectionError):
        refused = _find(error, ConnectionRefusedError)
        how = "the connection was refused" if refused else "no connection could be made"
        return Retryable(
            f"Could not reach {host}: {how}. Check the internet connection. {offline}",
            network_down=True,
            note=offline,
        )
    if isinstance(error, requests.exceptions.ReadTimeout) or _find(error, u3.ReadTimeoutError):
        return Retryable(
            f"Octanist did not answer in time. {after_send}",
            maybe_delivered=True,
            note=after_send,
        )
    # Reset, remote disconnect, broken pipe, or anything unforeseen once the
    # connection was up: the body may have gone out, so assume the worst.
    return Retryable(
        f"The connection to {host} broke before Octanist answered. {after_send}",
        maybe_delivered=True,
        note=after_send,
    )
