"""When to try again after a failed delivery."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

# A Retry-After longer than this is more likely a misconfigured proxy than a
# real instruction; waiting an hour for it would look like a lost lead.
MAX_RETRY_AFTER_SECONDS = 15 * 60.0


@dataclass
class Backoff:
    """Exponential backoff with jitter: about ``base`` s, doubling, capped at ``cap`` s.

    Jitter keeps a room full of laptops that lost Wi-Fi together from
    hammering Octanist together when it comes back.
    """

    base: float = 2.0
    cap: float = 60.0
    factor: float = 2.0
    jitter: float = 0.2
    rand: Callable[[], float] = field(default=random.random, repr=False)

    def delay(self, failures: int, retry_after: float | None = None) -> float:
        """Seconds to wait after ``failures`` consecutive failures (1 = the first).

        A server's Retry-After wins over our own schedule, within reason.
        """
        if retry_after is not None and retry_after >= 0:
            return min(retry_after, MAX_RETRY_AFTER_SECONDS)
        step = max(failures - 1, 0)
        # Exponent clamped so a long outage can't overflow the float.
        raw = self.base * self.factor ** min(step, 32)
        spread = 1.0 + self.jitter * (2.0 * self.rand() - 1.0)
        return min(self.cap, raw * spread)
