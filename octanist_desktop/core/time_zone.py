"""The country of the computer's time zone: a guess to preselect when asking for the phone region.

Its own module (not with the country names in ``phone_countries``): the
first window asks it on a first run, and needs none of the names for that.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["ZONE_TAB", "time_zone_region"]

ZONE_TAB = Path("/usr/share/zoneinfo/zone.tab")


def time_zone_region(zone: str | None = None, zone_tab: Path = ZONE_TAB) -> str | None:
    """The country of the computer's time zone ("Europe/Amsterdam" → "NL"), or None.

    A guess to preselect when asking for the phone region on a machine whose
    locale names no country (C.UTF-8); never used without asking.
    """
    name = zone or _local_zone_name()
    if not name:
        return None
    try:
        lines = zone_tab.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    for line in lines:
        parts = line.split("\t")
        if len(parts) >= 3 and not line.startswith("#") and parts[2] == name:
            return parts[0]
    return None


def _local_zone_name() -> str | None:
    tz = os.environ.get("TZ", "").lstrip(":")
    if "/" in tz and not tz.startswith("/"):
        return tz
    try:
        return Path("/etc/timezone").read_text(encoding="utf-8").strip() or None
    except OSError:
        pass
    try:
        target = os.readlink("/etc/localtime")
    except OSError:
        return None
    _, found, name = target.partition("zoneinfo/")
    return name if found else None
