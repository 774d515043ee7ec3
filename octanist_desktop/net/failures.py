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
from octanist_desktop.core.words import QT_TRANSLATE_NOOP, Words

# What happens next, by what was being sent (see answers.Purpose.thing): whole
# sentences, so each language can say "the lead" and "the outcome" its own way.
AFTER_SEND_NOTES: dict[str, Words] = {
    "lead": QT_TRANSLATE_NOOP(
        "NetworkAnswers", "The lead may already be at Octanist; it will be tried again."
    ),
    "outcome": QT_TRANSLATE_NOOP(
        "NetworkAnswers", "The outcome may already be at Octanist; it will be tried again."
    ),
    "request": QT_TRANSLATE_NOOP(
        "NetworkAnswers", "The request may already be at Octanist; it will be tried again."
    ),
}
_OFFLINE_NOTES: dict[str, Words] = {
    "lead": QT_TRANSLATE_NOOP(
        "NetworkAnswers", "The lead waits in the outbox and will be sent when the network is back."
    ),
    "outcome": QT_TRANSLATE_NOOP(
        "NetworkAnswers",
        "The outcome waits in the outbox and will be sent when the network is back.",
    ),
    "request": QT_TRANSLATE_NOOP(
        "NetworkAnswers", "The request will be tried again when the network is back."
    ),
}
_TRIED_AGAIN_NOTES: dict[str, Words] = {
    "lead": QT_TRANSLATE_NOOP("NetworkAnswers", "The lead will be tried again."),
    "outcome": QT_TRANSLATE_NOOP("NetworkAnswers", "The outcome will be tried again."),
    "request": QT_TRANSLATE_NOOP("NetworkAnswers", "The request will be tried again."),
}


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
    after_send = AFTER_SEND_NOTES.get(thing, AFTER_SEND_NOTES["request"])
    offline = _OFFLINE_NOTES.get(thing, _OFFLINE_NOTES["request"])
    if answered:
        return Retryable(
            QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "The connection to {host} broke while Octanist was answering. {after_send}",
            ).format(host=host, after_send=after_send),
            maybe_delivered=True,
            note=after_send,
        )
    if isinstance(error, requests.exceptions.SSLError) or _find(error, ssl.SSLError):
        tried_again = _TRIED_AGAIN_NOTES.get(thing, _TRIED_AGAIN_NOTES["request"])
        return Retryable(
            QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "A secure connection to {host} could not be made ({detail}). On public or "
                "hotel Wi-Fi, sign in to the network first; otherwise check the computer's "
                "date and time. {tried_again}",
            ).format(
                host=host,
                detail=_ssl_detail(error),
                tried_again=tried_again,
            ),
            note=tried_again,
        )
    if isinstance(error, requests.exceptions.ProxyError):
        return Retryable(
            QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "The proxy server this computer is set to use could not be reached. {offline}",
            ).format(offline=offline),
            network_down=True,
            note=offline,
        )
    if _find(error, u3.NameResolutionError):
        return Retryable(
            QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "Could not find {host}: this computer seems to be offline, or the API URL in "
                "Settings is misspelt. {offline}",
            ).format(host=host, offline=offline),
            network_down=True,
            note=offline,
        )
    if isinstance(error, requests.exceptions.ConnectTimeout) or (
        _find(error, u3.ConnectTimeoutError) and not _find(error, u3.NewConnectionError)
    ):
        return Retryable(
            QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "Could not reach {host}: connecting timed out. Check the internet connection. "
                "{offline}",
            ).format(host=host, offline=offline),
            network_down=True,
            note=offline,
        )
    if _find(error, u3.NewConnectionError):
        refused = _find(error, ConnectionRefusedError)
        if refused:
            said = QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "Could not reach {host}: the connection was refused. Check the internet "
                "connection. {offline}",
            )
        else:
            said = QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "Could not reach {host}: no connection could be made. Check the internet "
                "connection. {offline}",
            )
        return Retryable(
            said.format(host=host, offline=offline),
            network_down=True,
            note=offline,
        )
    if isinstance(error, requests.exceptions.ReadTimeout) or _find(error, u3.ReadTimeoutError):
        return Retryable(
            QT_TRANSLATE_NOOP(
                "NetworkAnswers", "Octanist did not answer in time. {after_send}"
            ).format(after_send=after_send),
            maybe_delivered=True,
            note=after_send,
        )
    # Reset, remote disconnect, broken pipe, or anything unforeseen once the
    # connection was up: the body may have gone out, so assume the worst.
    return Retryable(
        QT_TRANSLATE_NOOP(
            "NetworkAnswers",
            "The connection to {host} broke before Octanist answered. {after_send}",
        ).format(host=host, after_send=after_send),
        maybe_delivered=True,
        note=after_send,
    )
