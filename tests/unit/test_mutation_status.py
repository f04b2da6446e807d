"""crypto/status.py: the decision table from gpg's status lines to a verdict (`make mutation`).

The sequences follow gpg 2.2's doc/DETAILS; tests/integration/test_gpg.py checks the same verdicts
against real gpg runs. Here every rule and every precedence between rules is pinned on its own.
"""

from __future__ import annotations

import pytest

from cases.model import SignatureStatus
from crypto.status import (
    REASONS,
    FailureMode,
    StatusLine,
    agent_lost,
    failure_mode,
    parse_status,
    read_decryption,
    recipient_key_ids,
    signature_of,
    strongest_signature,
)

KEY = "1234567890ABCDEF"
FPR = "1991176067CF27325CC8F7B1F29ED566A84F3B99"
CLEAN = [
    f"ENC_TO {KEY} 1 0",
    f"KEY_CONSIDERED {FPR} 0",
    f"DECRYPTION_KEY {FPR} {FPR} u",
    "BEGIN_DECRYPTION",
    "DECRYPTION_INFO 2 9 0",
    "PLAINTEXT 62 1700000000",
    "DECRYPTION_OKAY",
    "GOODMDC",
    "END_DECRYPTION",
]


def status(*lines: str) -> tuple[StatusLine, ...]:
    return parse_status("".join(f"[GNUPG:] {line}\n" for line in lines))


def mode(*lines: str) -> FailureMode | None:
    return failure_mode(status(*lines))


def test_only_status_lines_are_read_in_order() -> None:
    stderr = (
        "gpg: encrypted with rsa3072 key\n[GNUPG:] ENC_TO A 1 0\n[GNUPG:] \n"
        "[GNUPG:] BEGIN_DECRYPTION\n [GNUPG:] PLAINTEXT\n"
    )
    assert parse_status(stderr) == (
        StatusLine("ENC_TO", ("A", "1", "0")),
        StatusLine("BEGIN_DECRYPTION", ()),
    )


def test_a_clean_decryption_releases_the_plaintext() -> None:
    result = read_decryption(status(*CLEAN), b"Hei")
    assert (result.ok, result.data, result.reason) == (True, b"Hei", None)
    assert result.status == (
        "ENC_TO DECRYPTION_KEY BEGIN_DECRYPTION DECRYPTION_INFO PLAINTEXT DECRYPTION_OKAY "
        "GOODMDC END_DECRYPTION"
    )
    assert result.recipient_key_ids == (KEY,)
    assert (result.signature, result.signer_fingerprint) == (SignatureStatus.NONE, None)


def test_a_failed_decryption_withholds_the_data_and_gives_the_reason() -> None:
    lines = [f"ENC_TO {KEY} 1 0", f"NO_SECKEY {KEY}", "BEGIN_DECRYPTION", "DECRYPTION_FAILED"]
    result = read_decryption(status(*lines, "END_DECRYPTION"), b"junk")
    assert (result.ok, result.data) == (False, b"")
    assert result.reason == "ikke kryptert til kontorets nøkkel"
    assert result.status == "ENC_TO NO_SECKEY BEGIN_DECRYPTION DECRYPTION_FAILED END_DECRYPTION"


def test_noise_keywords_are_left_out_of_the_status_summary() -> None:
    noise = ["INQUIRE_MAXLEN 100", "PINENTRY_LAUNCHED 1", f"USERID_HINT {KEY} x", "SIG_ID a b c"]
    result = read_decryption(status(*noise, *CLEAN), b"x")
    assert result.status.split() == [
        "ENC_TO", "DECRYPTION_KEY", "BEGIN_DECRYPTION", "DECRYPTION_INFO", "PLAINTEXT",
        "DECRYPTION_OKAY", "GOODMDC", "END_DECRYPTION",
    ]  # fmt: skip


def test_every_recipient_is_listed_once_in_order() -> None:
    lines = status("ENC_TO BBBB 1 0", "ENC_TO", "ENC_TO 0000000000000000 1 0", "ENC_TO BBBB 1 0")
    assert recipient_key_ids(lines) == ("BBBB", "0000000000000000")


def test_every_failure_mode_has_a_reason() -> None:
    assert set(REASONS) == set(FailureMode)
    assert REASONS[FailureMode.UNKNOWN] == "kunne ikke dekrypteres (ukjent feil fra GnuPG)"


ENCRYPTED = (f"ENC_TO {KEY} 1 0", "BEGIN_DECRYPTION")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # spoilt even with DECRYPTION_OKAY
        (("PLAINTEXT 62 0", "DECRYPTION_OKAY"), FailureMode.NOT_ENCRYPTED),
        (("NEWSIG",), FailureMode.NOT_ENCRYPTED),
        (("GOODSIG A x",), FailureMode.NOT_ENCRYPTED),
        (("ERRSIG A 1 2 00 0 9",), FailureMode.NOT_ENCRYPTED),
        (("BADSIG A x",), FailureMode.NOT_ENCRYPTED),
        (("PLAINTEXT 62 0", "NODATA 1"), FailureMode.NOT_ENCRYPTED),
        (("NODATA 1",), FailureMode.NOT_OPENPGP),
        (("NODATA 1", "NEED_PASSPHRASE_SYM 9 3 2"), FailureMode.SYMMETRIC),
        ((*ENCRYPTED, "BADSIG A x", "BADMDC", "DECRYPTION_OKAY"), FailureMode.BAD_SIGNATURE),
        (
            (*ENCRYPTED, "ERROR nomdc_with_legacy_cipher 1234", "DECRYPTION_OKAY"),
            FailureMode.NO_MDC,
        ),
        ((*ENCRYPTED, "BADMDC", "DECRYPTION_OKAY"), FailureMode.DAMAGED),
        ((*ENCRYPTED, "DECRYPTION_OKAY"), None),
        (("DECRYPTION_KEY A A u", "DECRYPTION_OKAY"), None),
        # why there was no DECRYPTION_OKAY
        ((*ENCRYPTED, "BAD_PASSPHRASE A", "NO_SECKEY A"), FailureMode.BAD_PASSPHRASE),
        ((*ENCRYPTED, "ERROR pkdecrypt_failed 11"), FailureMode.BAD_PASSPHRASE),
        ((*ENCRYPTED, "ERROR pkdecrypt_failed 67"), FailureMode.BAD_PASSPHRASE),
        ((*ENCRYPTED, "ERROR pkdecrypt_failed 99"), FailureMode.BAD_PASSPHRASE),
        ((*ENCRYPTED, "ERROR pkdecrypt_failed 33554443"), FailureMode.BAD_PASSPHRASE),
        ((*ENCRYPTED, "ERROR pkdecrypt_failed 33554441"), FailureMode.DAMAGED),
        ((*ENCRYPTED, "ERROR pkdecrypt_failed 12"), FailureMode.DAMAGED),
        ((*ENCRYPTED, "ERROR pkdecrypt_failed x11"), FailureMode.DAMAGED),
        ((*ENCRYPTED, "ERROR pkdecrypt_failed"), FailureMode.DAMAGED),
        ((*ENCRYPTED, "ERROR"), FailureMode.DAMAGED),
        ((*ENCRYPTED, "NEED_PASSPHRASE A A 1 0"), FailureMode.BAD_PASSPHRASE),
        ((*ENCRYPTED, "NEED_PASSPHRASE A A 1 0", "DECRYPTION_KEY A A u"), FailureMode.DAMAGED),
        ((*ENCRYPTED, "NO_SECKEY A", "NEED_PASSPHRASE_SYM 9 3 2"), FailureMode.NO_SECRET_KEY),
        (("NEED_PASSPHRASE_SYM 9 3 2", "DECRYPTION_FAILED"), FailureMode.SYMMETRIC),
        ((*ENCRYPTED, "DECRYPTION_INFO 0 3 0", "PLAINTEXT 62 0"), FailureMode.NO_MDC),
        ((*ENCRYPTED, "DECRYPTION_INFO 0 3", "PLAINTEXT 62 0"), FailureMode.DAMAGED),
        ((*ENCRYPTED, "DECRYPTION_INFO 2 3 0", "PLAINTEXT 62 0"), FailureMode.DAMAGED),
        ((*ENCRYPTED, "DECRYPTION_INFO 0 3 0"), FailureMode.DAMAGED),
        ((*ENCRYPTED, "DECRYPTION_INFO", "PLAINTEXT 62 0"), FailureMode.DAMAGED),
        (("DECRYPTION_KEY A A u",), FailureMode.DAMAGED),
        (("ENC_TO A 1 0",), FailureMode.DAMAGED),
        (("BEGIN_DECRYPTION",), FailureMode.DAMAGED),
        (("KEY_CONSIDERED A 0",), FailureMode.UNKNOWN),
        ((), FailureMode.UNKNOWN),
    ],
)
def test_the_most_specific_failure_is_named(
    lines: tuple[str, ...], expected: FailureMode | None
) -> None:
    assert mode(*lines) is expected


def test_a_missing_mdc_explains_a_failure_but_does_not_override_gpgs_okay() -> None:
    # As documented on FailureMode.NO_MDC: gpg 2.2 ends such data without DECRYPTION_OKAY.
    lines = (*ENCRYPTED, "DECRYPTION_INFO 0 3 0", "PLAINTEXT 62 0", "DECRYPTION_OKAY")
    assert mode(*lines) is None
    assert mode(*lines[:-1]) is FailureMode.NO_MDC


def validsig(primary: str = FPR, signing: str = "SUBKEY") -> str:
    return f"VALIDSIG {signing} 2026-12-01 1796154263 0 4 0 22 10 00 {primary}"


@pytest.mark.parametrize(
    ("lines", "verdict"),
    [
        ((validsig(),), (SignatureStatus.VALID, FPR)),
        (("VALIDSIG SHORTKEY 2026-12-01",), (SignatureStatus.VALID, "SHORTKEY")),
        (("GOODSIG A x", validsig()), (SignatureStatus.VALID, FPR)),
        (("GOODSIG A x",), (SignatureStatus.VALID, "A")),
        (("GOODSIG",), (SignatureStatus.NONE, None)),
        (("VALIDSIG",), (SignatureStatus.NONE, None)),
        ((f"ERRSIG {KEY} 22 10 00 1796154263 9 -",), (SignatureStatus.UNKNOWN_KEY, KEY)),
        ((f"ERRSIG {KEY} 22 10 00 1796154263 9",), (SignatureStatus.UNKNOWN_KEY, KEY)),
        ((f"ERRSIG {KEY} 22 10 00 1796154263 9 {FPR}",), (SignatureStatus.UNKNOWN_KEY, FPR)),
        (("BADSIG A x", "GOODSIG B y", validsig()), (SignatureStatus.BAD, "A")),
        (("REVKEYSIG A x", "EXPKEYSIG B y"), (SignatureStatus.REVOKED_KEY, "A")),
        (("EXPSIG A x", "GOODSIG B y"), (SignatureStatus.EXPIRED_KEY, "A")),
        (("GOODSIG A x", "ERRSIG B 1 2 00 0 9"), (SignatureStatus.VALID, "A")),
        (("GOODSIG A x", "GOODSIG B y"), (SignatureStatus.VALID, "B")),
        ((), (SignatureStatus.NONE, None)),
    ],
)
def test_the_signature_that_most_needs_attention_is_reported(
    lines: tuple[str, ...], verdict: tuple[SignatureStatus, str | None]
) -> None:
    assert signature_of(status(*lines)) == verdict


def test_an_explicit_none_never_replaces_a_verdict() -> None:
    found = [(SignatureStatus.VALID, "A"), (SignatureStatus.NONE, "B")]
    assert strongest_signature(found) == (SignatureStatus.VALID, "A")
    assert strongest_signature([(SignatureStatus.NONE, "B")]) == (SignatureStatus.NONE, None)


def test_a_signed_decryption_reports_the_signature_and_its_signer() -> None:
    result = read_decryption(status(*CLEAN[:-2], "NEWSIG", "GOODSIG A x", validsig()), b"Hei")
    assert result.ok
    assert (result.signature, result.signer_fingerprint) == (SignatureStatus.VALID, FPR)


AGENT_ERRORS = {  # gpg 2.2, when another process stopped the agent mid-run
    "end of file": ("ERROR pkdecrypt_failed 33570815", True),
    "connection reset": ("ERROR pkdecrypt_failed 33587226", True),
    "broken pipe": ("ERROR pkdecrypt_failed 33587309", True),
    "pinentry mode not set": ("ERROR set_pinentry_mode 33587309", True),
    "ipc line cut off": ("ERROR pkdecrypt_failed 33554694", True),
    "first ipc error": ("ERROR pkdecrypt_failed 257", True),
    "last ipc error": ("ERROR pkdecrypt_failed 33554713", True),
    "no agent": ("ERROR pkdecrypt_failed 189", True),
    "before the ipc errors": ("ERROR pkdecrypt_failed 256", False),
    "after the ipc errors": ("ERROR pkdecrypt_failed 282", False),
    "bad secret key": ("ERROR pkdecrypt_failed 33554439", False),
    "bad passphrase": ("ERROR pkdecrypt_failed 11", False),
    "no passphrase": ("ERROR set_pinentry_mode 67", False),
    "not the agent's": ("ERROR keydb_search 33570815", False),
    "no code": ("ERROR pkdecrypt_failed", False),
    "not a number": ("ERROR pkdecrypt_failed x", False),
    "no secret key": (f"NO_SECKEY {KEY}", False),
}


@pytest.mark.parametrize("line, lost", AGENT_ERRORS.values(), ids=AGENT_ERRORS.keys())
def test_a_request_to_the_agent_that_failed_with_an_io_error_lost_the_agent(
    line: str, lost: bool
) -> None:
    assert agent_lost(status(f"ENC_TO {KEY} 18 0", line, "DECRYPTION_FAILED")) is lost
    assert agent_lost(status(line)) is lost


def test_no_error_line_is_no_lost_agent() -> None:
    assert not agent_lost(status(*CLEAN))
    assert not agent_lost(status("ERROR"))
