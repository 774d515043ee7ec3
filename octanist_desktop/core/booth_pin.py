"""The booth-mode PIN: stored only as a salted scrypt hash, checked in constant time.

Booth mode hands the laptop to strangers; the PIN is what keeps them out of
the lead history and the settings. It is never written down in plain text:
only a random salt, the scrypt parameters and the derived hash are kept.
Several wrong tries in a row make the next try wait a little, so guessing a
short PIN by hand at the booth takes longer than anyone would stand there.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from octanist_desktop.core.words import QT_TRANSLATE_NOOP

MIN_PIN_CHARS = 4
MAX_PIN_CHARS = 64
SCHEME = "scrypt"
# scrypt's interactive-login parameters: ~50 ms and 16 MiB per check.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
# Refuse absurd parameters from a tampered file instead of hanging or exhausting memory.
_MAX_SCRYPT_N = 2**20

#: The wrong try (in a row) after which the next try has to wait.
FREE_TRIES = 3
DELAY_STEP_S = 5.0
MAX_DELAY_S = 30.0


class PinFormatError(ValueError):
    """A stored PIN record that is not in the shape ``PinHash.to_json`` writes."""


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` can't be the booth PIN, or None if it can."""
    if len(pin) < MIN_PIN_CHARS:
        return _TOO_SHORT.format(limit=MIN_PIN_CHARS)
    if len(pin) > MAX_PIN_CHARS:
        return _TOO_LONG.format(limit=MAX_PIN_CHARS)
    if pin != pin.strip():
        return _SPACE_AT_END
    return None


_TOO_SHORT = QT_TRANSLATE_NOOP("BoothPin", "The PIN needs at least {limit} characters.")
_TOO_LONG = QT_TRANSLATE_NOOP("BoothPin", "The PIN can be at most {limit} characters.")
_SPACE_AT_END = QT_TRANSLATE_NOOP("BoothPin", "The PIN can't start or end with a space.")
PINS_DIFFER = QT_TRANSLATE_NOOP("BoothPin", "The two PINs are not the same.")


def new_pin_problem(pin: str, repeated: str) -> str | None:
    """Why a new PIN typed twice can't be used, or None if it can."""
    return pin_problem(pin) or (PINS_DIFFER if pin != repeated else None)


@dataclass(frozen=True, slots=True)
class PinHash:
    """A salted scrypt hash of the booth PIN; ``repr`` shows no secret material."""

    salt: bytes
    digest: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    @classmethod
    def create(cls, pin: str) -> PinHash:
        """Hash a new PIN with a fresh salt; ValueError for a PIN ``pin_problem`` refuses."""
        problem = pin_problem(pin)
        if problem is not None:
            raise ValueError(problem)
        salt = os.urandom(SALT_BYTES)  # what secrets.token_bytes returns
        return cls(salt, _derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P))

    def matches(self, pin: str) -> bool:
        """Whether ``pin`` is the PIN this hash was made from (constant-time compare)."""
        if len(pin) > MAX_PIN_CHARS:
            return False
        import hmac  # with hashlib: see _derive

        candidate = _derive(pin, self.salt, self.n, self.r, self.p)
        return hmac.compare_digest(candidate, self.digest)

    def to_json(self) -> dict[str, object]:
        """The record kept in the settings file: scheme, parameters, salt and hash in hex."""
        return {
            "scheme": SCHEME,
            "n": self.n,
            "r": self.r,
            "p": self.p,
            "salt": self.salt.hex(),
            "hash": self.digest.hex(),
        }

    @classmethod
    def from_json(cls, data: object) -> PinHash:
        """Read a record written by ``to_json``; raises ``PinFormatError`` otherwise."""
        if not isinstance(data, dict) or data.get("scheme") != SCHEME:
            raise PinFormatError("not a scrypt PIN record")
        numbers = [data.get(name) for name in ("n", "r", "p")]
        n, r, p = (value if isinstance(value, int) else 0 for value in numbers)
        if not (1 < n <= _MAX_SCRYPT_N and n & (n - 1) == 0 and 0 < r <= 32 and 0 < p <= 16):
            raise PinFormatError("unusable scrypt parameters")
        try:
            salt = bytes.fromhex(str(data.get("salt", "")))
            digest = bytes.fromhex(str(data.get("hash", "")))
        except ValueError:
            raise PinFormatError("salt or hash is not hex") from None
        if len(salt) < 8 or len(digest) < 16:
            raise PinFormatError("salt or hash too short")
        return cls(salt, digest, n, r, p)

    def __repr__(self) -> str:
        return "PinHash(<hidden>)"


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # hashlib loads OpenSSL's libcrypto (3.3 MiB resident): only when a PIN is
    # set or checked, not with every window that reads the settings file.
    import hashlib

    # maxmem: OpenSSL's default cap (32 MiB) is too small for some allowed r values.
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r + 2**20, dklen=HASH_BYTES
    )


PinVerdict = Literal["ok", "wrong", "wait"]


@dataclass(frozen=True, slots=True)
class PinCheck:
    """One attempt's outcome; ``wait_s`` is how long until the next try is taken (0: now)."""

    verdict: PinVerdict
    wait_s: float = 0.0


class PinAttempts:
    """Checks PIN attempts against a hash and slows down repeated wrong guesses.

    The ``FREE_TRIES``-th wrong try in a row makes the next try wait
    ``DELAY_STEP_S``; each further wrong one adds ``DELAY_STEP_S`` (at most
    ``MAX_DELAY_S``).
    A try during the wait isn't checked at all. The right PIN resets the count.
    ``clock`` is injectable so tests need not sleep.
    """

    def __init__(self, pin_hash: PinHash, clock: Callable[[], float] = time.monotonic) -> None:
        self._hash = pin_hash
        self._clock = clock
        self._failures = 0
        self._not_before = 0.0

    @property
    def failures(self) -> int:
        """Wrong tries in a row so far."""
        return self._failures

    def check(self, pin: str) -> PinCheck:
        """Check one attempt (or refuse to, while a wait is running)."""
        now = self._clock()
        if now < self._not_before:
            return PinCheck("wait", self._not_before - now)
        if self._hash.matches(pin):
            self._failures = 0
            self._not_before = 0.0
            return PinCheck("ok")
        self._failures += 1
        extra = self._failures - FREE_TRIES + 1
        if extra <= 0:
            return PinCheck("wrong")
        delay = min(DELAY_STEP_S * extra, MAX_DELAY_S)
        self._not_before = now + delay
        return PinCheck("wrong", delay)
