"""dashboard/cookies.py: the signed session cookie, and what makes one invalid."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

from dashboard.cookies import (
    MAX_AGE_SECONDS,
    SessionData,
    new_session,
    new_token,
    same_token,
    sign,
    unsign,
)

SECRET = b"k" * 32
NOW = 1_780_000_000


def forged(payload: dict[str, object], secret: bytes = SECRET) -> str:
    """A cookie whose MAC is right for any payload, as only the server could make it."""
    encoded = base64.urlsafe_b64encode(json.dumps(payload).encode())
    mac = hmac.new(secret, encoded, hashlib.sha256).digest()
    return f"{encoded.decode()}.{base64.urlsafe_b64encode(mac).decode().rstrip('=')}"


def test_the_limits_the_cookie_lives_by() -> None:
    assert MAX_AGE_SECONDS == 12 * 3600


def test_a_new_session_has_a_fresh_random_csrf_token_and_no_server_session() -> None:
    first, second = new_session(NOW), new_session(NOW, username="kari")
    assert first.issued == NOW and first.token is None and first.username is None
    assert second.username == "kari"
    assert first.csrf != second.csrf
    assert len(first.csrf) == 43  # 32 random bytes, URL-safe base64 without padding
    assert new_token() != new_token()
    assert len(new_token()) == 43


def test_a_signed_session_comes_back_without_its_user() -> None:
    session = SessionData(csrf="c" * 43, issued=NOW, token="t" * 43, username="kari")
    value = sign(SECRET, session)
    payload, mac = value.split(".")
    assert json.loads(base64.urlsafe_b64decode(payload)) == {"c": "c" * 43, "t": NOW, "s": "t" * 43}
    assert not mac.endswith("=")
    assert unsign(SECRET, value, NOW) == SessionData(csrf="c" * 43, issued=NOW, token="t" * 43)


def test_a_session_before_login_has_no_token() -> None:
    value = sign(SECRET, SessionData(csrf="c", issued=NOW))
    assert unsign(SECRET, value, NOW) == SessionData(csrf="c", issued=NOW, token=None)


def test_the_payload_is_compact_json() -> None:
    payload = sign(SECRET, SessionData(csrf="c", issued=NOW)).split(".")[0]
    assert base64.urlsafe_b64decode(payload) == b'{"c":"c","t":1780000000,"s":null}'


def test_a_missing_empty_or_unsigned_cookie_gives_no_session() -> None:
    value = sign(SECRET, SessionData(csrf="c", issued=NOW))
    payload = value.split(".")[0]
    assert unsign(SECRET, None, NOW) is None
    assert unsign(SECRET, "", NOW) is None
    assert unsign(SECRET, payload, NOW) is None
    assert unsign(SECRET, "." + value.split(".")[1], NOW) is None


def test_a_cookie_signed_with_another_secret_or_altered_is_refused() -> None:
    value = sign(SECRET, SessionData(csrf="c", issued=NOW))
    assert unsign(b"x" * 32, value, NOW) is None
    payload, mac = value.split(".")
    other = sign(SECRET, SessionData(csrf="d", issued=NOW)).split(".")[0]
    assert unsign(SECRET, f"{other}.{mac}", NOW) is None


def test_a_cookie_is_valid_from_its_issue_to_its_maximum_age() -> None:
    value = sign(SECRET, SessionData(csrf="c", issued=NOW))
    assert unsign(SECRET, value, NOW) is not None
    assert unsign(SECRET, value, NOW + MAX_AGE_SECONDS) is not None
    assert unsign(SECRET, value, NOW + MAX_AGE_SECONDS + 1) is None
    assert unsign(SECRET, value, NOW - 1) is None  # issued in the future


def test_a_well_signed_but_malformed_payload_gives_no_session() -> None:
    assert unsign(SECRET, forged({"c": "c", "t": NOW}), NOW) is None  # no "s"
    assert unsign(SECRET, forged({"c": "c", "s": None}), NOW) is None  # no "t"
    assert unsign(SECRET, forged({"t": NOW, "s": None}), NOW) is None  # no "c"
    assert unsign(SECRET, forged({"c": "c", "t": "soon", "s": None}), NOW) is None
    assert unsign(SECRET, forged({"c": "c", "t": None, "s": None}), NOW) is None
    bad_json = base64.urlsafe_b64encode(b"{not json").decode()
    mac = hmac.new(SECRET, bad_json.encode(), hashlib.sha256).digest()
    cookie = f"{bad_json}.{base64.urlsafe_b64encode(mac).decode().rstrip('=')}"
    assert unsign(SECRET, cookie, NOW) is None


def test_values_are_read_as_text_and_a_number() -> None:
    session = unsign(SECRET, forged({"c": 5, "t": str(NOW), "s": 9}), NOW)
    assert session == SessionData(csrf="5", issued=NOW, token="9")


def test_the_csrf_token_must_be_given_and_equal() -> None:
    assert same_token("abc", "abc") is True
    assert same_token("abc", "abd") is False
    assert same_token("abc", None) is False
    assert same_token("", "") is True
