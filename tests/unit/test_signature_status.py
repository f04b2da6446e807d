"""Pure: the signature verdict read from gpg's status lines (crypto.status.signature_of).

The status lines are as gpg 2.2 printed them for a signed-and-encrypted message (doc/DETAILS):
one verdict line per signature, then VALIDSIG when the signature checks out.
"""

from __future__ import annotations

import pytest

from cases.model import SignatureStatus
from crypto.status import parse_status, signature_of
from dashboard.labels import SIGNATURES

PRIMARY = "1991176067CF27325CC8F7B1F29ED566A84F3B99"
SUBKEY = "6A2B0C1D2E3F40516273849A5B6C7D8E9F0A1B2C"


def validsig(signing_key: str = PRIMARY) -> str:
    return f"VALIDSIG {signing_key} 2026-12-01 1796154263 0 4 0 22 10 00 {PRIMARY}"


def verdict_of(*lines: str) -> tuple[SignatureStatus, str | None]:
    return signature_of(parse_status("".join(f"[GNUPG:] {line}\n" for line in lines)))


@pytest.mark.parametrize(
    ("verdict_line", "expected"),
    [
        ("GOODSIG F29ED566A84F3B99 Exp <exp@x.test>", SignatureStatus.VALID),
        ("EXPKEYSIG F29ED566A84F3B99 Exp <exp@x.test>", SignatureStatus.EXPIRED_KEY),
        ("EXPSIG F29ED566A84F3B99 Exp <exp@x.test>", SignatureStatus.EXPIRED_KEY),
        ("REVKEYSIG F29ED566A84F3B99 Rev <rev@x.test>", SignatureStatus.REVOKED_KEY),
    ],
)
def test_validsig_names_the_signer_but_never_overrides_the_key_state(
    verdict_line: str, expected: SignatureStatus
) -> None:
    assert verdict_of("NEWSIG", verdict_line, validsig(SUBKEY), "DECRYPTION_OKAY") == (
        expected,
        PRIMARY,
    )


def test_a_signature_by_an_unknown_key_keeps_the_issuer_fingerprint() -> None:
    errsig = f"ERRSIG F29ED566A84F3B99 22 10 00 1796154263 9 {PRIMARY}"

    assert verdict_of("NEWSIG", errsig) == (SignatureStatus.UNKNOWN_KEY, PRIMARY)


def test_a_bad_signature_has_no_validsig_and_keeps_the_key_id() -> None:
    assert verdict_of("NEWSIG", "BADSIG F29ED566A84F3B99 X <x@x.test>") == (
        SignatureStatus.BAD,
        "F29ED566A84F3B99",
    )


def test_a_warning_on_one_signature_is_not_hidden_by_a_good_one() -> None:
    other = "0A1ABF54FE5BD12A2B75F7782554DA58645657B3"
    good = ("NEWSIG", "GOODSIG 2554DA58645657B3 O <o@x.test>", validsig().replace(PRIMARY, other))
    expired = ("NEWSIG", "EXPKEYSIG F29ED566A84F3B99 Exp <exp@x.test>", validsig())

    assert verdict_of(*good, *expired) == (SignatureStatus.EXPIRED_KEY, PRIMARY)
    assert verdict_of(*expired, *good) == (SignatureStatus.EXPIRED_KEY, PRIMARY)


def test_no_signature_lines_means_unsigned() -> None:
    assert verdict_of("BEGIN_DECRYPTION", "DECRYPTION_OKAY") == (SignatureStatus.NONE, None)


def test_every_signature_status_has_a_label_for_the_dashboard() -> None:
    assert set(SIGNATURES) == {status.value for status in SignatureStatus}
