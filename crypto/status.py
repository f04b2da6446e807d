"""Pure: reads gpg's machine status lines into a Decryption verdict with a Norwegian reason.

GnuPG reports everything that happened during a decryption as ``[GNUPG:] KEYWORD args`` lines
(doc/DETAILS in the GnuPG sources). python-gnupg condenses them into one ``status`` string and keeps
only the last ``ENC_TO``, so this module reads the full list itself. Like httpx's
``map_httpcore_exceptions``, every failure gpg can report is translated here into one
``FailureMode`` with a reason a caseworker can act on; ``REASONS`` must cover every mode (a test
checks that).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from cases.model import SignatureStatus

__all__ = [
    "REASONS",
    "Decryption",
    "FailureMode",
    "StatusLine",
    "agent_lost",
    "parse_status",
    "read_decryption",
    "strongest_signature",
]

_PREFIX = "[GNUPG:] "
_GPG_ERR_BAD_PASSPHRASE = 11  # libgpg-error code (the low 16 bits; the high bits name the source)
_GPG_ERR_NO_PASSPHRASE = 67
_GPG_ERR_CANCELED = 99  # pinentry refused: no passphrase could be obtained in batch mode
_GPG_ERR_NO_AGENT = 189
_GPG_ERR_ASSUAN = range(257, 282)  # GPG_ERR_ASS_*: the agent's IPC protocol broke off
_GPG_ERR_EOF = 16383
_GPG_ERR_SYSTEM_ERROR = 0x8000  # set in the code of an error that carries an errno
# What gpg asks gpg-agent for while decrypting; an I/O error there is the agent's connection.
_AGENT_REQUESTS = frozenset({"pkdecrypt_failed", "set_pinentry_mode"})


class FailureMode(enum.StrEnum):
    """Why a decryption did not give trustworthy plaintext, as observed with gpg 2.2."""

    NO_SECRET_KEY = "no_secret_key"  # NO_SECKEY for every recipient
    BAD_PASSPHRASE = "bad_passphrase"  # ERROR pkdecrypt_failed 11, or NEED_PASSPHRASE unanswered
    SYMMETRIC = "symmetric"  # NEED_PASSPHRASE_SYM: encrypted with a password, not to a key
    NO_MDC = "no_mdc"  # ERROR nomdc_with_legacy_cipher, or DECRYPTION_INFO 0 and no OKAY
    DAMAGED = "damaged"  # BADMDC, or BEGIN_DECRYPTION without DECRYPTION_OKAY
    BAD_SIGNATURE = "bad_signature"  # BADSIG: gpg stops before the integrity check
    NOT_ENCRYPTED = "not_encrypted"  # OpenPGP data without a session key (signed or literal only)
    NOT_OPENPGP = "not_openpgp"  # NODATA: no OpenPGP packets at all
    UNKNOWN = "unknown"  # a status combination not seen before: treat as failure, keep the status


REASONS: dict[FailureMode, str] = {
    FailureMode.NO_SECRET_KEY: "ikke kryptert til kontorets nøkkel",
    FailureMode.BAD_PASSPHRASE: "feil eller manglende passordfrase for kontorets nøkkel",
    FailureMode.SYMMETRIC: "kryptert med passord i stedet for til kontorets nøkkel",
    FailureMode.NO_MDC: "kryptert uten integritetsvern (MDC) – innholdet kan være manipulert",
    FailureMode.DAMAGED: "skadet eller manipulert kryptert innhold",
    FailureMode.BAD_SIGNATURE: "ugyldig signatur – innholdet kan være endret",
    FailureMode.NOT_ENCRYPTED: "merket som kryptert, men innholdet er ikke kryptert",
    FailureMode.NOT_OPENPGP: "ikke en OpenPGP-melding",
    FailureMode.UNKNOWN: "kunne ikke dekrypteres (ukjent feil fra GnuPG)",
}


@dataclass(frozen=True, slots=True)
class StatusLine:
    keyword: str
    args: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Decryption:
    """The outcome of decrypting one OpenPGP message; ``data`` is empty unless ``ok``."""

    ok: bool
    data: bytes = field(repr=False)
    reason: str | None  # Norwegian, for the caseworker; None when ok
    status: str  # gpg's status keywords in order, e.g. "ENC_TO NO_SECKEY BEGIN_DECRYPTION ..."
    recipient_key_ids: tuple[str, ...] = ()
    signature: SignatureStatus = SignatureStatus.NONE
    signer_fingerprint: str | None = None


def parse_status(stderr: str) -> tuple[StatusLine, ...]:
    """The ``[GNUPG:]`` lines of gpg's status output, in order (other stderr text is dropped)."""
    lines = []
    for raw in stderr.splitlines():
        if raw.startswith(_PREFIX):
            words = raw[len(_PREFIX) :].split()
            if words:
                lines.append(StatusLine(words[0], tuple(words[1:])))
    return tuple(lines)


def read_decryption(status: Sequence[StatusLine], data: bytes) -> Decryption:
    """Judge a finished gpg run: plaintext is released only with DECRYPTION_OKAY and no failure."""
    keywords = [line.keyword for line in status]
    mode = failure_mode(status)
    signature, signer = signature_of(status)
    return Decryption(
        ok=mode is None,
        data=data if mode is None else b"",
        reason=None if mode is None else REASONS[mode],
        status=" ".join(dict.fromkeys(k for k in keywords if k not in _NOISE)),
        recipient_key_ids=recipient_key_ids(status),
        signature=signature,
        signer_fingerprint=signer,
    )


# Keywords that say nothing about the outcome; left out of Decryption.status to keep it short.
_NOISE = {"KEY_CONSIDERED", "INQUIRE_MAXLEN", "PINENTRY_LAUNCHED", "USERID_HINT", "SIG_ID"}


def recipient_key_ids(status: Sequence[StatusLine]) -> tuple[str, ...]:
    """Every key id a PKESK packet names (ENC_TO), in order; 0000000000000000 = hidden recipient."""
    ids = (line.args[0] for line in status if line.keyword == "ENC_TO" and line.args)
    return tuple(dict.fromkeys(ids))


def failure_mode(status: Sequence[StatusLine]) -> FailureMode | None:
    """The most specific failure gpg reported, or None for a clean, integrity-checked decryption."""
    seen = {line.keyword for line in status} | _synthetic(status)
    errors = {
        line.args[0]: line.args[1:] for line in status if line.keyword == "ERROR" and line.args
    }
    for mode, happened in _FATAL:
        if happened(seen, errors):
            return mode
    if "DECRYPTION_OKAY" in seen:
        return None
    for mode, happened in _EXPLANATIONS:
        if happened(seen, errors):
            return mode
    return FailureMode.UNKNOWN


def agent_lost(status: Sequence[StatusLine]) -> bool:
    """gpg lost its gpg-agent during the run: a request to the agent failed with end of file, a
    system error (connection reset, broken pipe), a broken IPC line or no agent, which says
    nothing about the message. Seen when another process stops the agent of a shared GnuPG home
    (GpgKeyring.close)."""
    for line in status:
        if line.keyword == "ERROR" and line.args and line.args[0] in _AGENT_REQUESTS:
            code = _error_code(line.args[1:])
            if code in _LOST_AGENT or (code >= 0 and code & _GPG_ERR_SYSTEM_ERROR):
                return True
    return False


_LOST_AGENT = {_GPG_ERR_NO_AGENT, _GPG_ERR_EOF, *_GPG_ERR_ASSUAN}


def _synthetic(status: Sequence[StatusLine]) -> set[str]:
    """DECRYPTION_INFO 0 <cipher> [0]: a legacy SED packet without MDC (gpg then refuses it)."""
    info = [line.args for line in status if line.keyword == "DECRYPTION_INFO" and line.args]
    return {"NO_MDC"} if any(args[0] == "0" and args[-1] == "0" for args in info) else set()


_Check = Callable[[set[str], dict[str, tuple[str, ...]]], bool]


def _error_code(args: tuple[str, ...]) -> int:
    digits = args[0].split("_")[0] if args else ""
    return int(digits) & 0xFFFF if digits.isdigit() else -1


def _not_encrypted(seen: set[str], errors: dict[str, tuple[str, ...]]) -> bool:
    has_packets = bool(seen & {"PLAINTEXT", "NEWSIG", "GOODSIG", "ERRSIG", "BADSIG"})
    return has_packets and not seen & _ENCRYPTION_STARTED


def _not_openpgp(seen: set[str], errors: dict[str, tuple[str, ...]]) -> bool:
    return "NODATA" in seen and not seen & _ENCRYPTION_STARTED


def _bad_passphrase(seen: set[str], errors: dict[str, tuple[str, ...]]) -> bool:
    code = _error_code(errors.get("pkdecrypt_failed", ()))
    unanswered = "NEED_PASSPHRASE" in seen and "DECRYPTION_KEY" not in seen
    return "BAD_PASSPHRASE" in seen or code in _PASSPHRASE_ERRORS or unanswered


_ENCRYPTION_STARTED = {"ENC_TO", "BEGIN_DECRYPTION", "NEED_PASSPHRASE_SYM", "DECRYPTION_KEY"}
_PASSPHRASE_ERRORS = {_GPG_ERR_BAD_PASSPHRASE, _GPG_ERR_NO_PASSPHRASE, _GPG_ERR_CANCELED}

# Failures that spoil a run even when gpg also printed DECRYPTION_OKAY.
_FATAL: tuple[tuple[FailureMode, _Check], ...] = (
    (FailureMode.NOT_ENCRYPTED, _not_encrypted),
    (FailureMode.NOT_OPENPGP, _not_openpgp),
    (FailureMode.BAD_SIGNATURE, lambda seen, errors: "BADSIG" in seen),
    (FailureMode.NO_MDC, lambda seen, errors: "nomdc_with_legacy_cipher" in errors),
    (FailureMode.DAMAGED, lambda seen, errors: "BADMDC" in seen),
)

# Why there was no DECRYPTION_OKAY, most specific first: a wrong passphrase also ends in
# DECRYPTION_FAILED, and so does a message for somebody else.
_EXPLANATIONS: tuple[tuple[FailureMode, _Check], ...] = (
    (FailureMode.BAD_PASSPHRASE, _bad_passphrase),
    (FailureMode.NO_SECRET_KEY, lambda seen, errors: "NO_SECKEY" in seen),
    (FailureMode.SYMMETRIC, lambda seen, errors: "NEED_PASSPHRASE_SYM" in seen),
    (FailureMode.NO_MDC, lambda seen, errors: "NO_MDC" in seen and "PLAINTEXT" in seen),
    (FailureMode.DAMAGED, lambda seen, errors: bool(seen & _ENCRYPTION_STARTED)),
)


def signature_of(status: Sequence[StatusLine]) -> tuple[SignatureStatus, str | None]:
    """The signature verdict and the signer's fingerprint (or key id when gpg gives no more).

    gpg prints one verdict line per signature (GOODSIG, EXPKEYSIG, REVKEYSIG, …) and, when the
    signature checks out, a VALIDSIG after it; VALIDSIG names the key but not its state, so it only
    supplies the fingerprint of the verdict before it.
    """
    found: list[tuple[SignatureStatus, str | None]] = []
    for line in status:
        if line.keyword in _SIGNATURE_KEYWORDS and line.args:
            found.append((_SIGNATURE_KEYWORDS[line.keyword], _signer(line)))
        elif line.keyword == "VALIDSIG" and line.args:
            verdict = found.pop()[0] if found else SignatureStatus.VALID
            found.append((verdict, _signer(line)))
    return strongest_signature(found)


def strongest_signature(
    signatures: Iterable[tuple[SignatureStatus, str | None]],
) -> tuple[SignatureStatus, str | None]:
    """The verdict that most needs a caseworker's attention; among equals the last."""
    best: tuple[SignatureStatus, str | None] = (SignatureStatus.NONE, None)
    for verdict, signer in signatures:
        if _RANK[verdict] >= _RANK[best[0]] and verdict is not SignatureStatus.NONE:
            best = (verdict, signer)
    return best


def _signer(line: StatusLine) -> str:
    if line.keyword == "VALIDSIG":
        # The primary key's fingerprint is the 10th field; the 1st may be a signing subkey.
        return line.args[9] if len(line.args) >= 10 else line.args[0]
    if line.keyword == "ERRSIG" and len(line.args) >= 7 and line.args[6] != "-":
        return line.args[6]  # gpg >= 2.2.7 appends the issuer fingerprint
    return line.args[0]


# The one verdict line gpg prints per signature (doc/DETAILS). EXPSIG (the signature itself has
# expired) is rare enough to share the expired-key verdict: both say "valid once, not now".
_SIGNATURE_KEYWORDS = {
    "GOODSIG": SignatureStatus.VALID,
    "ERRSIG": SignatureStatus.UNKNOWN_KEY,
    "EXPSIG": SignatureStatus.EXPIRED_KEY,
    "EXPKEYSIG": SignatureStatus.EXPIRED_KEY,
    "REVKEYSIG": SignatureStatus.REVOKED_KEY,
    "BADSIG": SignatureStatus.BAD,
}

# A warning is never hidden by a good signature elsewhere in the same message.
_RANK = {
    SignatureStatus.NONE: 0,
    SignatureStatus.UNKNOWN_KEY: 1,
    SignatureStatus.VALID: 2,
    SignatureStatus.EXPIRED_KEY: 3,
    SignatureStatus.REVOKED_KEY: 4,
    SignatureStatus.BAD: 5,
}
