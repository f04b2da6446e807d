"""The composition root's Message-ID domain: the sender's, never a silent stand-in."""

from __future__ import annotations

import pytest

from cases.errors import ConfigurationError
from config import wiring
from config.settings import Settings


@pytest.mark.parametrize(
    ("mail_from", "domain"),
    [("postkasse@datatilsynet.no", "datatilsynet.no"), ("DT <post@dt.example>", "dt.example")],
)
def test_message_ids_carry_the_senders_domain(mail_from: str, domain: str) -> None:
    assert wiring.message_id_domain(Settings(mail_from=mail_from)) == domain


@pytest.mark.parametrize("mail_from", ["postkasse", "postkasse@", ""])
def test_a_sender_without_a_domain_stops_with_one_line(mail_from: str) -> None:
    with pytest.raises(ConfigurationError, match="SAKSFLYT_MAIL_FROM"):
        wiring.message_id_domain(Settings(mail_from=mail_from))
