"""validate()'s email check keeps its answers when it skips work: the same verdict as
email-validator's for every address, cached or not."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from octanist_desktop.core.validation import validate

ATEXT = "abcXYZ019!#$%&'*+/=?^_`{|}~-."
DOMAINS = [
    "example.nl",
    "Example.COM",
    "bedrijf-7.example",
    "sub.domain.co.uk",
    "xn--caf-dma.example",
    "localhost",
    "-bad.example",
    "a..b.example",
    "x.y",
    "invalid",
    "host.local",
    "d" * 70 + ".example",
]


def expected(address: str) -> tuple[object, str | None]:
    try:
        return validate_email(address, check_deliverability=False).normalized, None
    except EmailNotValidError:
        return address.strip(), "error"


@settings(max_examples=300, deadline=None)
@given(local=st.text(alphabet=ATEXT, min_size=1, max_size=70), domain=st.sampled_from(DOMAINS))
def test_every_address_gets_email_validators_verdict(local: str, domain: str) -> None:
    address = f"{local}@{domain}"
    for _twice in range(2):  # the second answer comes from the cache
        result = validate({"email": address})
        want, error = expected(address)
        if error is None:
            assert result.payload["email"] == want
            assert "email" not in result.errors
        else:
            assert "email" in result.errors
