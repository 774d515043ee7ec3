"""The booth PIN: hashed with a salt, checked in constant time, slowed after wrong tries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from octanist_desktop.core.booth_pin import (
    DELAY_STEP_S,
    FREE_TRIES,
    MAX_DELAY_S,
    PinAttempts,
    PinFormatError,
    PinHash,
    pin_problem,
)
from octanist_desktop.prefs.event_settings import EventSettings
from octanist_desktop.prefs.store import LEGACY_FILES, SETTINGS_FILE, SettingsStore

PIN = "7391-kiosk"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_pin_hash_matches_only_its_pin_and_hides_it() -> None:
    pin_hash = PinHash.create(PIN)
    assert pin_hash.matches(PIN)
    assert not pin_hash.matches("7391-kiosK")
    assert not pin_hash.matches("")
    assert PIN not in repr(pin_hash)
    assert PIN not in json.dumps(pin_hash.to_json())
    # A fresh salt every time: the same PIN never hashes the same twice.
    assert PinHash.create(PIN).digest != pin_hash.digest


def test_pin_hash_round_trips_and_refuses_tampered_records() -> None:
    pin_hash = PinHash.create(PIN)
    assert PinHash.from_json(pin_hash.to_json()).matches(PIN)
    for broken in (
        None,
        {**pin_hash.to_json(), "scheme": "plain"},
        {**pin_hash.to_json(), "n": 2**30},
        {**pin_hash.to_json(), "n": 1000},
        {**pin_hash.to_json(), "salt": "zz"},
        {**pin_hash.to_json(), "hash": ""},
    ):
        with pytest.raises(PinFormatError):
            PinHash.from_json(broken)


@pytest.mark.parametrize("pin", ["123", " 1234", "x" * 65])
def test_unusable_pins_are_refused(pin: str) -> None:
    assert pin_problem(pin) is not None
    with pytest.raises(ValueError, match="PIN"):
        PinHash.create(pin)


def test_wrong_tries_slow_down_and_the_right_pin_resets() -> None:
    clock = FakeClock()
    attempts = PinAttempts(PinHash.create(PIN), clock)
    outcomes = [attempts.check("0000") for _ in range(FREE_TRIES)]
    assert [o.verdict for o in outcomes] == ["wrong"] * FREE_TRIES
    assert [o.wait_s for o in outcomes[:-1]] == [0.0] * (FREE_TRIES - 1)
    assert outcomes[-1].wait_s == DELAY_STEP_S
    # During the wait even the right PIN is not checked.
    waiting = attempts.check(PIN)
    assert waiting.verdict == "wait"
    assert 0 < waiting.wait_s <= DELAY_STEP_S
    clock.now += DELAY_STEP_S
    assert attempts.check("0000").wait_s == 2 * DELAY_STEP_S
    clock.now += 2 * DELAY_STEP_S
    assert attempts.check(PIN).verdict == "ok"
    assert attempts.failures == 0
    assert attempts.check("0000").wait_s == 0.0


def test_the_wait_is_capped() -> None:
    clock = FakeClock()
    attempts = PinAttempts(PinHash.create(PIN), clock)
    waits = []
    for _ in range(10):
        waits.append(attempts.check("0000").wait_s)
        clock.now += MAX_DELAY_S
    assert max(waits) == MAX_DELAY_S


def test_event_settings_keep_only_the_hash_on_disk(data_dir: Path) -> None:
    settings = EventSettings(staff_member="Anna", capture_method="phone")
    settings.booth_pin = PinHash.create(PIN)
    settings.save(SettingsStore(data_dir))
    raw = (data_dir / SETTINGS_FILE).read_bytes()
    assert PIN.encode() not in raw
    loaded = EventSettings.load(SettingsStore(data_dir))
    assert loaded.staff_member == "Anna"
    assert loaded.capture_method == "phone"
    assert loaded.booth_pin is not None
    assert loaded.booth_pin.matches(PIN)


@pytest.mark.parametrize(
    "content",
    [
        b"{oops",
        b'{"capture_method": "telepathy", "booth_idle_seconds": -5, "booth_pin": {"n": 3}}',
    ],
    ids=["syntax", "bad-values"],
)
def test_damaged_event_settings_fall_back_to_defaults(data_dir: Path, content: bytes) -> None:
    # As an older version left it, in a file of its own.
    (data_dir / LEGACY_FILES["event"]).write_bytes(content)
    settings = EventSettings.load(SettingsStore(data_dir))
    assert settings == EventSettings()
