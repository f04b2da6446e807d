"""One `is_loopback` for IMAP and SMTP: loopback and `localhost`, nothing that only looks local."""

from __future__ import annotations

import pytest

from cases.errors import ConfigurationError
from config.settings import Settings
from intake.hosts import is_loopback


@pytest.mark.parametrize(
    "host",
    ["localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "::1", "[::1]", "0:0:0:0:0:0:0:1",
     "::ffff:127.0.0.1"],
)  # fmt: skip
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize(
    "host",
    ["localhost.example.com", "127.0.0.1.nip.io", "localhost.localdomain", "mylocalhost",
     "localhost.", "128.0.0.1", "0.0.0.0", "::", "::2", "[::1", "fe80::1", "::ffff:10.0.0.1",
     "10.0.0.1", "imap.example.no", ""],
)  # fmt: skip
def test_names_and_addresses_that_only_look_local(host: str) -> None:
    assert not is_loopback(host)


def test_settings_refuse_plain_imap_to_a_name_that_only_looks_local() -> None:
    plain = {"imap_user": "u", "imap_tls": "none", "imap_password": "p"}
    Settings(imap_host="[::1]", **plain).check_imap()  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="loopback"):
        Settings(imap_host="localhost.evil.example", **plain).check_imap()  # type: ignore[arg-type]
