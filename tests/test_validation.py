"""validate(): every rule of the lead contract, one or more examples each."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Mapping

import pytest

from octanist_desktop.core.fields import (
    CONSENT_KEYS,
    CUSTOM_MAX_CHARS,
    DEFAULT_MAX_CHARS,
    FIELD_BY_KEY,
    FIELDS,
    IDENTIFIER_KEYS,
    NOTE_MAX_CHARS,
    TEXT_KEYS,
    Field,
    Kind,
)
from octanist_desktop.core.phone import read_phone, region_code
from octanist_desktop.core.validation import (
    NEEDS_IDENTIFIER,
    ValidationResult,
    parse_custom,
    validate,
)

NO_CONSENT = dict.fromkeys(CONSENT_KEYS, False)


def lead(**fields: object) -> ValidationResult:
    """Validate a draft that already has a name, so only the field under test can fail."""
    return validate({"name": "Ada Lovelace", **fields})


# --- at least one identifier -----------------------------------------------------------


def test_empty_draft_is_one_error_under_name_naming_all_four_identifiers() -> None:
    result = validate({})

    assert not result.ok
    assert list(result.errors) == ["name"]
    message = result.errors["name"]
    assert message == NEEDS_IDENTIFIER
    for key in IDENTIFIER_KEYS:
        assert FIELD_BY_KEY[key].label in message


def test_identifiers_of_only_whitespace_do_not_count() -> None:
    draft = {key: " \t\n\u00a0 " for key in IDENTIFIER_KEYS}
    draft.update(note="met at the booth", utm_source="expo")

    result = validate(draft)

    assert result.errors == {"name": NEEDS_IDENTIFIER}
    assert result.missing_identifier


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("name", "Ada"),
        ("email", "ada@example.com"),
        ("phone", "+31 20 123 4567"),
        ("custom", "met at the booth"),
    ],
)
def test_any_one_identifier_is_enough(key: str, value: str) -> None:
    result = validate({key: value})

    assert result.ok, result.errors
    assert key in result.payload
    assert not result.missing_identifier


def test_a_name_too_long_is_its_own_error_not_a_missing_identifier() -> None:
    result = validate({"name": "x" * 10_000})

    assert "name" in result.errors
    assert result.errors["name"] != NEEDS_IDENTIFIER
    assert not result.missing_identifier


def test_non_identifier_fields_alone_are_not_enough() -> None:
    result = validate({"note": "call back", "website": "example.com", "ad_storage": True})

    assert result.errors == {"name": NEEDS_IDENTIFIER}


# --- trimming and leaving empty fields out --------------------------------------------


def test_every_text_value_is_trimmed() -> None:
    result = validate(
        {
            "name": "  Ada Lovelace \n",
            "note": "\tcall back\n\n",
            "utm_campaign": " spring ",
            "gclid": " abc123 ",
        }
    )

    assert result.payload["name"] == "Ada Lovelace"
    assert result.payload["note"] == "call back"
    assert result.payload["utm_campaign"] == "spring"
    assert result.payload["gclid"] == "abc123"


def test_empty_fields_are_left_out_of_the_payload() -> None:
    draft = {key: "   " for key in TEXT_KEYS}
    draft["name"] = "Ada"

    result = validate(draft)

    assert result.ok
    assert result.payload == {"name": "Ada", **NO_CONSENT}


def test_unknown_keys_are_ignored() -> None:
    result = validate({"name": "Ada", "favourite_colour": "blue", "id": 7, "": "x"})

    assert result.ok
    assert result.payload == {"name": "Ada", **NO_CONSENT}


def test_payload_follows_catalogue_order() -> None:
    draft = {key: "x" for key in ("utm_source", "name", "note")}

    assert list(validate(draft).payload)[:3] == ["name", "note", "utm_source"]


# --- email ---------------------------------------------------------------------------


def test_email_is_sent_normalized() -> None:
    result = lead(email="  Ada.Lovelace@Example.COM ")

    assert result.ok
    assert result.payload["email"] == "Ada.Lovelace@example.com"


def test_email_domain_is_not_looked_up() -> None:
    # check_deliverability=False: an unregistered domain is fine, and no DNS is used.
    result = lead(email="ada@no-such-domain-for-octanist-tests.com")

    assert result.ok
    assert result.payload["email"] == "ada@no-such-domain-for-octanist-tests.com"


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("ada.example.com", "@"),
        ("ada@", "after the @"),
        ("@example.com", "before the @"),
        ("ada@example", "period"),
        ("ada@@example.com", "invalid character"),
        ("ada lovelace@example.com", "invalid character"),
        ("ada@example..com", "two periods"),
    ],
)
def test_invalid_email_is_an_error_saying_what_is_wrong(typed: str, says: str) -> None:
    result = lead(email=typed)

    assert not result.ok
    assert says in result.errors["email"]
    assert_one_sentence(result.errors["email"])


def test_invalid_email_alone_does_not_also_claim_no_identifier() -> None:
    result = validate({"email": "not an address"})

    assert list(result.errors) == ["email"]


# --- phone ---------------------------------------------------------------------------


def test_international_phone_is_sent_as_e164() -> None:
    result = lead(phone=" +31 20 123 4567 ")

    assert result.ok
    assert result.warnings == {}
    assert result.payload["phone"] == "+31201234567"
    assert result.phone_e164 == "+31201234567"


@pytest.mark.parametrize("region", ["NL", "nl", " NL "])
def test_national_phone_uses_the_default_region(region: str) -> None:
    result = validate({"phone": "020 123 4567"}, default_region=region)

    assert result.ok
    assert result.warnings == {}
    assert result.payload["phone"] == "+31201234567"
    assert result.phone_e164 == "+31201234567"


def test_national_phone_without_region_is_a_warning_and_sent_as_typed() -> None:
    result = lead(phone=" 020 123 4567 ")

    assert result.ok
    assert result.payload["phone"] == "020 123 4567"
    assert result.phone_e164 is None
    assert "+ and the country code" in result.warnings["phone"]
    assert "sent exactly as typed" in result.warnings["phone"]


@pytest.mark.parametrize("typed", ["+31 12", "+1 555", "call me after 5", "++++", "0"])
def test_unreadable_or_impossible_phone_is_a_warning_not_an_error(typed: str) -> None:
    result = validate({"name": "Ada", "phone": typed}, default_region="NL")

    assert result.ok
    assert result.payload["phone"] == typed
    assert result.phone_e164 is None
    assert result.warnings["phone"] == (
        "Couldn't read this as a phone number; it will be sent exactly as typed."
    )


@pytest.mark.parametrize("region", ["XX", "Netherlands", "", "001", "ZZ", "\ud800"])
def test_an_unknown_region_does_not_raise_and_means_international_only(region: str) -> None:
    international = validate({"phone": "+31 20 123 4567"}, default_region=region)
    national = validate({"phone": "020 123 4567"}, default_region=region)

    assert international.payload["phone"] == "+31201234567"
    assert national.payload["phone"] == "020 123 4567"
    assert "phone" in national.warnings
    assert region_code(region) is None


def test_phone_extension_is_left_off_with_a_warning() -> None:
    result = lead(phone="+31 20 123 4567 ext. 89")

    assert result.ok
    assert result.payload["phone"] == "+31201234567"
    assert "89" in result.warnings["phone"]
    assert "Note" in result.warnings["phone"]


def test_read_phone_reports_e164_and_extension() -> None:
    assert read_phone("+44 20 7946 0958").e164 == "+442079460958"
    assert read_phone("(020) 7946-0958", "GB").e164 == "+442079460958"
    assert read_phone("20 7946 0958").e164 is None
    assert read_phone("+1 650 253 0000 x123").extension == "123"


# --- website and path ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("example.com", "https://example.com"),
        (" www.Example.COM/Contact?ref=Expo ", "https://www.example.com/Contact?ref=Expo"),
        ("http://example.com", "http://example.com"),
        ("HTTPS://EXAMPLE.COM/A", "https://example.com/A"),
        ("example.com:8080/shop", "https://example.com:8080/shop"),
        ("localhost:3000", "https://localhost:3000"),
        ("https://[2001:DB8::1]/x", "https://[2001:db8::1]/x"),
        ("https://Ada@Example.com", "https://Ada@example.com"),
    ],
)
def test_website_gets_a_scheme_and_is_sent_normalized(typed: str, sent: str) -> None:
    result = lead(website=typed)

    assert result.ok, result.errors
    assert result.payload["website"] == sent


@pytest.mark.parametrize(
    "typed",
    [
        "ftp://example.com",
        "mailto:ada@example.com",
        "javascript:alert(1)",
        "https://",
        "https:/example.com",
        "http//example.com",
        "https://exa mple.com",
        "https://example.com:port/",
        "https://...",
        "https://[not-ipv6]/",
    ],
)
def test_website_that_is_not_a_web_address_is_an_error(typed: str) -> None:
    result = lead(website=typed)

    assert not result.ok
    assert "https://example.com" in result.errors["website"]
    assert_one_sentence(result.errors["website"])


@pytest.mark.parametrize(
    ("typed", "sent"),
    [("contact", "/contact"), ("/contact", "/contact"), (" shop/cart?x=1 ", "/shop/cart?x=1")],
)
def test_path_gets_a_leading_slash(typed: str, sent: str) -> None:
    result = lead(path=typed)

    assert result.ok
    assert result.warnings == {}
    assert result.payload["path"] == sent


def test_a_whole_url_in_path_is_a_warning() -> None:
    result = lead(path="https://example.com/contact")

    assert result.ok
    assert "only the part after the domain" in result.warnings["path"]


# --- custom data -----------------------------------------------------------------------


def test_plain_custom_text_is_sent_as_a_string() -> None:
    result = validate({"custom": "  wants a demo in May  "})

    assert result.ok
    assert result.payload["custom"] == "wants a demo in May"


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        (' {"budget": 5000, "tags": ["expo", "hot"]} ', {"budget": 5000, "tags": ["expo", "hot"]}),
        ("[1, 2.5, null, true]", [1, 2.5, None, True]),
        ("{}", {}),
    ],
)
def test_custom_json_is_sent_as_the_parsed_value(typed: str, sent: object) -> None:
    result = validate({"custom": typed})

    assert result.ok
    assert result.payload["custom"] == sent


def test_custom_text_that_starts_like_json_must_parse() -> None:
    result = validate({"custom": '{\n  "a": 1,\n  "b": 2\n  "c": 3\n}'})

    assert not result.ok
    assert result.errors["custom"] == (
        "Custom data: Missing comma at line 4, column 3, between two items."
    )


def test_custom_error_position_counts_the_untrimmed_text() -> None:
    # The editor shows what was typed, leading blank lines included.
    result = validate({"custom": "\n\n  [1 2]"})

    assert "at line 3, column 6" in result.errors["custom"]


def test_parse_custom_gives_line_and_column_in_the_text_as_typed() -> None:
    parsed = parse_custom('\n\n  {"a": 1,,}')

    assert parsed.kind == "error"
    assert parsed.value is None
    assert (parsed.line, parsed.column) == (3, 11)  # the second comma
    assert parsed.error is not None
    assert "at line 3, column 11" in parsed.error


def test_parse_custom_counts_positions_after_non_json_whitespace() -> None:
    # U+00A0 is trimmed by str.strip() but is not JSON whitespace.
    parsed = parse_custom('\u00a0["a" "b"]')

    assert (parsed.kind, parsed.line, parsed.column) == ("error", 1, 7)


@pytest.mark.parametrize(
    ("typed", "kind", "value"),
    [
        ("", "empty", None),
        (" \n ", "empty", None),
        (" hello ", "text", "hello"),
        ("[1]", "json", [1]),
        ('{"a": {"b": []}}', "json", {"a": {"b": []}}),
    ],
)
def test_parse_custom_kinds(typed: str, kind: str, value: object) -> None:
    parsed = parse_custom(typed)

    assert (parsed.kind, parsed.value, parsed.error) == (kind, value, None)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("[NaN]", "NaN"),
        ('{"x": -Infinity}', "Infinity"),
        ("[1e999]", "too large"),
        ("[" + "9" * 5000 + "]", "5,000 digits"),
        ("[" * 50_000, "nested too deeply"),
    ],
)
def test_custom_json_that_could_not_be_sent_is_an_error(typed: str, says: str) -> None:
    result = validate({"name": "Ada", "custom": typed})

    assert not result.ok
    assert says in result.errors["custom"]
    assert result.errors["custom"].startswith("Custom data: ")
    assert_one_sentence(result.errors["custom"])


# --- consent ---------------------------------------------------------------------------


def test_consent_is_always_four_booleans_defaulting_to_false() -> None:
    for draft in ({}, {"name": "Ada"}, {"email": "broken"}):
        payload = validate(draft).payload

        assert {key: payload[key] for key in CONSENT_KEYS} == NO_CONSENT


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        (True, True),
        (False, False),
        ("true", True),
        ("TRUE", True),
        (" True\n", True),
        ("false", False),
        ("", False),
        (None, False),
    ],
)
def test_consent_values(given: object, sent: bool) -> None:
    result = lead(ad_storage=given)

    assert result.payload["ad_storage"] is sent
    assert result.warnings == {}


@pytest.mark.parametrize("given", ["yes", "1", "on", "truee", 1, 0.5, ["true"]])
def test_consent_that_is_not_true_counts_as_no_with_a_warning(given: object) -> None:
    result = lead(analytics_storage=given)

    assert result.ok
    assert result.payload["analytics_storage"] is False
    assert "counts as no consent" in result.warnings["analytics_storage"]


# --- click IDs -------------------------------------------------------------------------


CLICK_ID_KEYS = [f.key for f in FIELDS if f.kind in (Kind.CLICK_ID, Kind.META_ID)]


@pytest.mark.parametrize("key", CLICK_ID_KEYS)
def test_click_id_with_whitespace_inside_is_a_warning(key: str) -> None:
    result = lead(**{key: " abc 123 "})

    assert result.ok
    assert result.payload[key] == "abc 123"
    assert "space" in result.warnings[key]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("fbc", "fb.1.1554763741205.IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk"),
        ("fbp", "fb.1.1596403881668.1116446470"),
        ("fbp", "fb.0.1596403881668.1116446470"),
        ("fbc", "fb.2.1733262218167.AbCd.Bg"),
    ],
)
def test_well_shaped_meta_ids_pass_quietly(key: str, value: str) -> None:
    result = lead(**{key: value})

    assert result.ok
    assert result.warnings == {}
    assert result.payload[key] == value


@pytest.mark.parametrize(
    "value",
    [
        "IwAR2F4-dbP0l7Mn1IawQQ",
        "fb.3.1596403881668.1116446470",
        "fb.1.1596403881.1116446470",
        "fb.1.1596403881668.",
        "FB.1.1596403881668.1116446470",
    ],
)
@pytest.mark.parametrize("key", ["fbc", "fbp"])
def test_misshaped_meta_ids_are_a_warning_never_an_error(key: str, value: str) -> None:
    result = lead(**{key: value})

    assert result.ok
    assert result.payload[key] == value
    assert "fb.1.<timestamp>" in result.warnings[key]


def test_other_click_ids_have_no_shape_check() -> None:
    result = lead(gclid="Cj0KCQiA", msclkid="x", ttclid="E.C.P.123")

    assert result.ok
    assert result.warnings == {}


# --- size guards -----------------------------------------------------------------------


def test_too_long_note_states_the_limit() -> None:
    result = lead(note="x" * 12_345)

    assert not result.ok
    assert result.errors["note"] == "Note can be at most 10,000 characters; this one has 12,345."


TEXT_FIELDS = [f for f in FIELDS if f.kind is not Kind.CONSENT]


@pytest.mark.parametrize("field", TEXT_FIELDS, ids=lambda f: f.key)
def test_every_text_field_has_a_size_guard(field: Field) -> None:
    def size_error(length: int) -> str:
        return validate({"name": "Ada", field.key: "7" * length}).errors.get(field.key, "")

    assert "at most" not in size_error(field.max_chars)
    assert size_error(field.max_chars + 1).endswith(
        f"can be at most {field.max_chars:,} characters; this one has {field.max_chars + 1:,}."
    )


def test_size_is_counted_after_trimming() -> None:
    result = lead(utm_source=" " * 50 + "x" * DEFAULT_MAX_CHARS + " " * 50)

    assert result.ok


def test_limits_are_the_catalogue_ones() -> None:
    assert FIELD_BY_KEY["note"].max_chars == NOTE_MAX_CHARS
    assert FIELD_BY_KEY["custom"].max_chars == CUSTOM_MAX_CHARS
    big_json = '{"a": "' + "x" * (CUSTOM_MAX_CHARS - 20) + '"}'
    assert validate({"custom": big_json}).ok


# --- never raises, whatever it is given -----------------------------------------------


class ExplodingMapping(Mapping[str, object]):
    """A draft whose every lookup fails, as a buggy caller might hand over."""

    def __getitem__(self, key: str) -> object:
        raise RuntimeError("boom")

    def __iter__(self) -> Iterator[str]:
        raise RuntimeError("boom")

    def __len__(self) -> int:
        return 1


class Shouty(str):
    """A str subclass whose own strip() lies; validation must use str's."""

    def strip(self, chars: str | None = None) -> str:
        return "LIES"


@pytest.mark.parametrize("value", [None, 42, 3.5, b"bytes", ["list"], {"a": 1}, object(), True])
@pytest.mark.parametrize("key", TEXT_KEYS)
def test_non_text_values_never_raise(key: str, value: object) -> None:
    result = validate({"name": "Ada", key: value})

    assert isinstance(result, ValidationResult)
    if value is None:
        assert key == "name" or key not in result.payload
    elif isinstance(value, int | float) and not isinstance(value, bool):
        assert result.payload[key] is not None
    else:
        assert "couldn't be read" in result.errors[key]
        assert key not in result.payload


def test_a_mapping_that_raises_is_read_as_empty() -> None:
    result = validate(ExplodingMapping())

    assert result.errors == {"name": NEEDS_IDENTIFIER}
    assert result.payload == NO_CONSENT


def test_str_subclasses_are_trimmed_by_str_rules() -> None:
    result = validate({"name": Shouty("  Ada  "), "ad_storage": Shouty(" TRUE ")})

    assert result.payload["name"] == "Ada"
    assert result.payload["ad_storage"] is True


def test_numbers_in_text_fields_are_read_as_their_text() -> None:
    result = validate({"name": 42, "utm_campaign": 2026})

    assert result.ok
    assert result.payload["name"] == "42"
    assert result.payload["utm_campaign"] == "2026"


def test_huge_pastes_are_refused_quickly() -> None:
    huge = "+" + "1" * 5_000_000
    start = time.perf_counter()
    result = validate({key: huge for key in TEXT_KEYS})
    elapsed = time.perf_counter() - start

    assert set(result.errors) == set(TEXT_KEYS)
    assert elapsed < 1.0


# --- messages --------------------------------------------------------------------------


def assert_one_sentence(message: str) -> None:
    """A message is one sentence: it ends with a full stop and has no other sentence end."""
    assert message.endswith("."), message
    assert message[0].isupper(), message
    assert not re.search(r"[.!?] [A-Z]", message[:-1]), message


def test_every_message_is_one_sentence() -> None:
    bad = {
        "email": "ada@example",
        "phone": "020 123 4567",
        "website": "ftp://x",
        "path": "https://example.com/x",
        "custom": "[1,",
        "note": "x" * (NOTE_MAX_CHARS + 1),
        "gclid": "a b",
        "fbc": "nope",
        "ad_storage": "yes",
        "ad_user_data": 3,
        "utm_source": ["a list"],
    }
    results = [validate(bad), validate({}), lead(phone="+31 20 123 4567 ext 1")]
    results.append(validate({"phone": "+31 1"}, default_region="NL"))
    messages = [m for r in results for m in (*r.errors.values(), *r.warnings.values())]

    assert len(messages) >= 13
    for message in messages:
        assert_one_sentence(message)


def test_result_is_frozen_and_ok_means_no_errors() -> None:
    good, bad = validate({"name": "Ada"}), validate({})

    assert good.ok
    assert not bad.ok
    with pytest.raises(AttributeError):
        good.errors = {}  # type: ignore[misc]


# --- speed -----------------------------------------------------------------------------


def test_a_typical_draft_validates_well_under_a_millisecond() -> None:
    draft = {
        "name": "Ada Lovelace",
        "email": "ada@example.com",
        "phone": "020 123 4567",
        "note": "Wants a demo in May. " * 20,
        "custom": '{"budget": 5000, "tags": ["expo", "hot"]}',
        "website": "example.com",
        "path": "contact",
        "utm_source": "expo",
        "fbc": "fb.1.1554763741205.IwAR2F4",
        "ad_storage": True,
    }
    validate(draft, default_region="NL")  # phonenumbers loads its metadata lazily
    runs = 200
    best = min(_time_runs(draft, runs) for _ in range(3))

    assert best / runs < 0.001


def _time_runs(draft: Mapping[str, object], runs: int) -> float:
    start = time.perf_counter()
    for _ in range(runs):
        validate(draft, default_region="NL")
    return time.perf_counter() - start
