"""Properties of validate() and parse_custom() over generated drafts."""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from octanist_desktop.core.fields import (
    CONSENT_KEYS,
    FIELD_BY_KEY,
    FIELDS,
    IDENTIFIER_KEYS,
    TEXT_KEYS,
)
from octanist_desktop.core.json_limits import (
    MAX_DEPTH,
    nested_deeper_than,
    storable_text,
    storable_value,
)
from octanist_desktop.core.validation import ValidationResult, parse_custom, validate

# phonenumbers loads its metadata on first use, so one example may be slow.
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces the checks care about, plus lone surrogates, which st.text() never makes.
TRICKY = st.lists(
    st.sampled_from(
        [
            *'{}[]":,.@+-/ \t\n0123456789aZé',
            *("\u00a0", "\u2028", "\ud800", "\udfff", "＠"),
            *("fb.1.", "https://", "www.", " ext. ", "NaN", "1e999", "+31", "020", "true"),
        ]
    ),
    max_size=30,
).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=60), TRICKY)
ANY_VALUE = st.one_of(
    ANY_TEXT,
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.binary(max_size=5),
    st.lists(st.integers(), max_size=2),
)
REGIONS = st.one_of(st.none(), st.sampled_from(["NL", "us", "GB", "XX", "", "001"]), ANY_TEXT)

ANY_DRAFT = st.dictionaries(
    st.one_of(st.sampled_from([f.key for f in FIELDS]), st.text(max_size=10)),
    ANY_VALUE,
    max_size=len(FIELDS) + 3,
)
TEXT_DRAFT = st.fixed_dictionaries({}, optional=dict.fromkeys(TEXT_KEYS, ANY_TEXT))

JSON_VALUE = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=10,
)
JSON_CONTAINER = st.one_of(
    st.lists(JSON_VALUE, max_size=3), st.dictionaries(st.text(max_size=5), JSON_VALUE)
)

# Values that are mostly valid, so that many generated drafts come out ok.
PLAUSIBLE_DRAFT = st.fixed_dictionaries(
    {},
    optional={
        "name": ANY_TEXT,
        "email": st.from_regex(r"\A ?[a-z][a-z0-9.]{0,8}[a-z]@[a-z]{1,8}\.(com|nl|io) ?\Z"),
        "phone": st.text(st.sampled_from("+0123456789 ()-"), max_size=20),
        "custom": st.one_of(ANY_TEXT, JSON_CONTAINER.map(json.dumps)),
        "note": ANY_TEXT,
        "website": st.from_regex(r"\A(https?://)?[a-z]{1,8}\.(com|nl)(/[a-z]{0,5})?\Z"),
        "path": st.text(st.sampled_from("/abc?=&-"), max_size=10),
        "utm_source": ANY_TEXT,
        "gclid": ANY_TEXT,
        "fbc": st.one_of(ANY_TEXT, st.from_regex(r"\Afb\.[0-2]\.\d{13}\.[A-Za-z0-9_-]{1,20}\Z")),
        "fbp": ANY_TEXT,
        **dict.fromkeys(CONSENT_KEYS, ANY_VALUE),
    },
)

E164 = re.compile(r"\+[1-9]\d{1,14}")


def assert_consent_is_four_booleans(result: ValidationResult) -> None:
    for key in CONSENT_KEYS:
        assert type(result.payload[key]) is bool


def assert_sendable(result: ValidationResult) -> None:
    """The contract every ok payload keeps."""
    payload = result.payload
    assert set(payload) <= FIELD_BY_KEY.keys()
    assert_consent_is_four_booleans(result)
    assert any(payload.get(key) not in (None, "") for key in IDENTIFIER_KEYS)
    for key, value in payload.items():
        if key in CONSENT_KEYS:
            continue
        if key == "custom":
            assert isinstance(value, str | dict | list)
        else:
            assert type(value) is str
        if isinstance(value, str):
            assert value
            assert value == value.strip()
            assert len(value) <= FIELD_BY_KEY[key].max_chars
    # What the client will POST: strict JSON, no NaN or Infinity.
    json.dumps(payload, allow_nan=False)
    if result.phone_e164 is not None:
        assert E164.fullmatch(result.phone_e164)
        assert payload["phone"] == result.phone_e164


@FAST
@given(draft=ANY_DRAFT, region=REGIONS)
def test_any_draft_never_raises(draft: dict[str, object], region: str | None) -> None:
    result = validate(draft, default_region=region)

    assert isinstance(result, ValidationResult)
    assert_consent_is_four_booleans(result)
    assert set(result.errors) <= FIELD_BY_KEY.keys()
    assert set(result.warnings) <= FIELD_BY_KEY.keys()
    assert not set(result.errors) & set(result.warnings)
    if result.ok:
        assert_sendable(result)


@FAST
@given(draft=TEXT_DRAFT, region=REGIONS)
def test_arbitrary_text_in_every_field_never_raises(
    draft: dict[str, str], region: str | None
) -> None:
    result = validate(draft, default_region=region)

    assert_consent_is_four_booleans(result)
    if result.ok:
        assert_sendable(result)
    else:
        for message in (*result.errors.values(), *result.warnings.values()):
            assert message.endswith(".")


@FAST
@given(draft=PLAUSIBLE_DRAFT, region=st.sampled_from([None, "NL", "US"]))
def test_every_ok_payload_keeps_the_contract(draft: dict[str, object], region: str) -> None:
    result = validate(draft, default_region=region)

    assert_consent_is_four_booleans(result)
    identifiers_typed = any(
        isinstance(draft.get(k), str) and str(draft[k]).strip() for k in IDENTIFIER_KEYS
    )
    assert ("name" in result.errors) or identifiers_typed
    if result.ok:
        assert_sendable(result)


@FAST
@given(value=JSON_CONTAINER, indent=st.sampled_from([None, 2]), pad=st.sampled_from(["", " \n"]))
def test_custom_json_round_trips(value: object, indent: int | None, pad: str) -> None:
    result = validate({"custom": pad + json.dumps(value, indent=indent) + pad})

    assert result.ok
    assert result.payload["custom"] == value


@FAST
@given(text=ANY_TEXT)
def test_parse_custom_never_raises_and_agrees_with_validate(text: str) -> None:
    parsed = parse_custom(text)
    result = validate({"name": "Ada", "custom": text})

    if parsed.kind == "empty":
        assert "custom" not in result.payload
    elif parsed.kind == "text":
        assert isinstance(parsed.value, str)
        assert not parsed.value.startswith(("{", "["))
        assert result.payload["custom"] == parsed.value
    elif parsed.kind == "json":
        assert isinstance(parsed.value, dict | list)
        assert result.payload["custom"] == parsed.value
    else:
        assert parsed.error is not None
        assert result.errors["custom"] == parsed.error
        if parsed.line is not None and parsed.column is not None:
            lines = text.split("\n")
            assert 1 <= parsed.line <= len(lines)
            assert 1 <= parsed.column <= len(lines[parsed.line - 1]) + 1


@FAST
@given(draft=ANY_DRAFT)
def test_validation_does_not_depend_on_unknown_keys(draft: dict[str, object]) -> None:
    known = {k: v for k, v in draft.items() if k in FIELD_BY_KEY}

    assert validate(draft) == validate(known)


STRANGE_JSON = st.recursive(
    st.none() | st.integers() | TRICKY,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TRICKY, inner, max_size=3),
    max_leaves=8,
)


@FAST
@given(
    value=STRANGE_JSON,
    depth=st.sampled_from([1, 2, MAX_DEPTH - 2, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1]),
    ascii_only=st.booleans(),
)
def test_parse_custom_repairs_and_measures_as_a_walk_of_the_whole_value_would(
    value: object, depth: int, ascii_only: bool
) -> None:
    # parse_custom skips walking the value when the text shows there is nothing
    # to find (few brackets, no \u escape); the answer must be the walk's.
    # Wrapped in lists at least once: a bare string or number is sent as text.
    for _ in range(depth):
        value = [value]
    text = json.dumps(value, ensure_ascii=ascii_only)
    storable = storable_text(text)
    expected = json.loads(storable)
    parsed = parse_custom(text)
    if nested_deeper_than(expected):
        assert parsed.kind == "error"
        return
    repaired, broken_inside = storable_value(expected)
    assert parsed.kind == "json"
    assert parsed.value == repaired
    assert parsed.broken_characters == (storable != text or broken_inside)
