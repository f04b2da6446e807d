"""Test support: the blind corpus (tests/corpus/blind/) run end to end through the real intake.

The corpus was written by an engineer who had read neither the completeness rules nor the code,
from seed 002 only, and frozen (``SHA256SUMS``) before the rules were tuned. Its cases are split in
a ``dev`` half (may be looked at while improving the rules) and a ``holdout`` half (may not).

Each message goes through the production path: it is encrypted to the office key where its label
says so (PGP/MIME or inline), dropped into the demo Maildir and received by
``config.wiring.run_intake_once`` into a real register; the verdicts are read back from the stable
``submissions export`` record. Run ``python -m tests.corpus.blind`` for the report.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import yaml

from crypto.compose import pgp_mime_message
from crypto.gpg import GpgKeyring
from tests.services.kek import TEST_KEK

BLIND_DIR = Path(os.environ.get("BLIND_CORPUS_DIR", Path(__file__).parent / "blind"))
AUTOMATIC_INCOMPLETE = {"deficient", "rejected"}
OUTCOME_OF = {"registered": "registered", "needs_review": "needs_review"} | {
    name: "incomplete" for name in AUTOMATIC_INCOMPLETE
}
_COPIED_HEADERS = ("From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID")


@dataclass(frozen=True)
class BlindCase:
    id: str
    half: str
    language: str
    shapes: tuple[str, ...]
    encrypt: str
    is_request: bool
    parts: dict[int, str]
    outcome: str
    note: str
    directory: Path = BLIND_DIR

    @property
    def path(self) -> Path:
        return self.directory / "messages" / f"{self.id}.eml"

    @property
    def missing(self) -> tuple[int, ...]:
        return tuple(n for n, v in sorted(self.parts.items()) if v == "missing")


def load_blind_cases(directory: Path = BLIND_DIR) -> list[BlindCase]:
    """Every labelled case, in label order."""
    entries = yaml.safe_load((directory / "labels.yaml").read_text(encoding="utf-8"))
    return [
        BlindCase(
            id=str(e["id"]),
            half=str(e["half"]),
            language=str(e.get("language", "nb")),
            shapes=tuple(e.get("shapes") or ()),
            encrypt=str(e.get("encrypt", "none")),
            is_request=bool(e["is_request"]),
            parts={int(k): str(v) for k, v in (e.get("parts") or {}).items()},
            outcome=str(e["outcome"]),
            note=str(e.get("note", "")),
            directory=directory,
        )
        for e in entries
    ]


def frozen_digests() -> dict[str, str]:
    """file name -> sha256 as recorded when the corpus was frozen."""
    found: dict[str, str] = {}
    for line in (BLIND_DIR / "SHA256SUMS").read_text().splitlines():
        digest, _, name = line.strip().partition(" ")
        if digest:
            found[Path(name.strip().lstrip("*")).name] = digest
    return found


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- preparing the mail as it would arrive ---------------------------------------------------


def as_received(case: BlindCase, sender: GpgKeyring, office_key: str) -> bytes:
    """The message bytes as the office would receive them (encrypted where the label says)."""
    raw = case.path.read_bytes()
    if case.encrypt == "none":
        return raw
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    if case.encrypt == "pgp_mime":
        return _pgp_mime(message, sender, office_key)
    if case.encrypt == "inline":
        return _inline(message, sender, office_key)
    raise ValueError(f"{case.id}: unknown encrypt value {case.encrypt!r}")


def _pgp_mime(message: EmailMessage, sender: GpgKeyring, office_key: str) -> bytes:
    inner = EmailMessage(policy=policy.SMTP)
    for name, value in message.items():
        if name.lower().startswith("content-") or name.lower() == "mime-version":
            inner[name] = value
    inner.set_payload(message.get_payload())
    cipher = sender.encrypt(inner.as_bytes(policy=policy.SMTP), [office_key])
    outer = pgp_mime_message(cipher)
    for name in _COPIED_HEADERS:
        if message[name] is not None:
            outer[name] = str(message[name])
    return outer.as_bytes()


def _inline(message: EmailMessage, sender: GpgKeyring, office_key: str) -> bytes:
    """Inline PGP: the text body is replaced by its armored ciphertext; attachments stay."""
    for part in message.walk():
        if part.get_content_type() == "text/plain" and not part.is_attachment():
            text = part.get_content()
            cipher = sender.encrypt(text.encode("utf-8"), [office_key]).decode("ascii")
            part.set_content(cipher)
            break
    return message.as_bytes()


# --- evaluation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BlindResult:
    case: BlindCase
    outcome: str  # the export's outcome
    parts: dict[int, str]
    reason: str | None

    @property
    def judged(self) -> str:
        """registered, incomplete, needs_review, or the raw outcome for anything else."""
        return OUTCOME_OF.get(self.outcome, self.outcome)

    @property
    def judged_missing(self) -> tuple[int, ...]:
        return tuple(n for n, v in sorted(self.parts.items()) if v == "missing")

    @property
    def automatic_action(self) -> bool:
        return self.outcome in AUTOMATIC_INCOMPLETE

    @property
    def wrongful_action(self) -> bool:
        """An automatic deficiency notice or rejection that names a part the request has, or
        answers something that is not an incomplete request at all: the worst error."""
        if not self.automatic_action:
            return False
        if self.case.outcome != "incomplete":
            return True
        return not set(self.judged_missing) <= set(self.case.missing)

    @property
    def outcome_correct(self) -> bool:
        if self.judged != self.case.outcome:
            return False
        return not self.automatic_action or self.judged_missing == self.case.missing


def results_from_export(
    cases: Sequence[BlindCase], rows: Iterable[dict[str, object]], message_ids: dict[str, str]
) -> list[BlindResult]:
    """Pair every case with the export row of its message (by Message-ID)."""
    by_message_id = {str(r["message_id"]): r for r in rows if r.get("outcome") != "duplicate"}
    found = []
    for case in cases:
        row = by_message_id.get(message_ids[case.id])
        if row is None:
            found.append(BlindResult(case, "lost", {}, "no submission row"))
            continue
        parts = {int(k): str(v) for k, v in (row.get("parts") or {}).items()}  # type: ignore[attr-defined]
        found.append(BlindResult(case, str(row["outcome"]), parts, row.get("reason")))  # type: ignore[arg-type]
    return found


@dataclass(frozen=True)
class Figures:
    cases: int
    outcomes_right: int
    complete: int
    complete_registered: int
    incomplete: int
    incomplete_handled: int
    wrongful: int
    present_labelled: int
    present_found: int
    present_judged: int
    present_judged_right: int

    @property
    def outcome_accuracy(self) -> float:
        return self.outcomes_right / self.cases if self.cases else 1.0

    @property
    def complete_rate(self) -> float:
        return self.complete_registered / self.complete if self.complete else 1.0

    @property
    def parts_recall(self) -> float:
        return self.present_found / self.present_labelled if self.present_labelled else 1.0

    @property
    def parts_precision(self) -> float:
        return self.present_judged_right / self.present_judged if self.present_judged else 1.0


def figures(results: Sequence[BlindResult]) -> Figures:
    requests = [r for r in results if r.case.is_request]
    pairs = [(r.case.parts.get(n), r.parts.get(n)) for r in requests for n in range(1, 6)]
    return Figures(
        cases=len(results),
        outcomes_right=sum(r.outcome_correct for r in results),
        complete=sum(r.case.outcome == "registered" for r in results),
        complete_registered=sum(
            r.case.outcome == "registered" and r.judged == "registered" for r in results
        ),
        incomplete=sum(r.case.outcome == "incomplete" for r in results),
        incomplete_handled=sum(
            r.case.outcome == "incomplete" and r.outcome_correct for r in results
        ),
        wrongful=sum(r.wrongful_action for r in results),
        present_labelled=sum(label == "present" for label, _ in pairs),
        present_found=sum(label == "present" and got == "present" for label, got in pairs),
        present_judged=sum(got == "present" for _, got in pairs),
        present_judged_right=sum(label == "present" and got == "present" for label, got in pairs),
    )


def format_figures(name: str, f: Figures) -> str:
    return (
        f"{name}: outcomes right {f.outcomes_right}/{f.cases} ({f.outcome_accuracy:.0%}); "
        f"complete registered without review {f.complete_registered}/{f.complete} "
        f"({f.complete_rate:.0%}); incomplete handled exactly {f.incomplete_handled}/"
        f"{f.incomplete}; wrongful automatic letters {f.wrongful}; parts recall "
        f"{f.parts_recall:.3f} ({f.present_found}/{f.present_labelled}), precision "
        f"{f.parts_precision:.3f} ({f.present_judged_right}/{f.present_judged})"
    )


def format_report(results: Sequence[BlindResult], halves: Sequence[str]) -> str:
    lines = [format_figures(h, figures([r for r in results if r.case.half == h])) for h in halves]
    lines.append(format_figures("all", figures(results)))
    for r in results:
        if not r.outcome_correct and r.case.half == "dev":
            got = ",".join(f"{n}:{v[0]}" for n, v in sorted(r.parts.items()))
            lines.append(
                f"  dev {r.case.id} want {r.case.outcome} {r.case.missing} got {r.outcome} "
                f"[{got}] {r.reason or ''}"[:220]
            )
    for r in results:
        if not r.outcome_correct and r.case.half != "dev":
            lines.append(f"  holdout {r.case.id}: want {r.case.outcome}, got {r.judged}")
    return "\n".join(lines)


def message_id_of(raw: bytes) -> str:
    message = BytesParser(policy=policy.default).parsebytes(raw, headersonly=True)
    return str(message["Message-ID"]).strip()


def run_corpus(
    cases: Sequence[BlindCase], sender: GpgKeyring, office_key: str
) -> list[BlindResult]:
    """Receive every case through the configured intake (SAKSFLYT_* must point at a test home)."""
    from typer.testing import CliRunner

    from cli import app
    from config import wiring
    from config.settings import get_settings
    from intake.maildir import MaildirMailbox

    settings = wiring.prepare_home(get_settings())
    box = MaildirMailbox(settings.resolved_maildir)
    message_ids = {}
    for case in cases:
        raw = as_received(case, sender, office_key)
        message_ids[case.id] = message_id_of(raw)
        box.deliver(raw)
    wiring.run_intake_once(settings)
    result = CliRunner().invoke(app, ["submissions", "export", "--format", "json"])
    assert result.exit_code == 0, result.output
    return results_from_export(cases, json.loads(result.stdout), message_ids)


def main() -> None:  # pragma: no cover - the report for developers
    from config.settings import get_settings
    from tests.services.gpg import (
        OFFICE_EMAIL,
        OFFICE_NAME,
        SENDER_EMAIL,
        SENDER_NAME,
        KeyringFactory,
    )

    factory = KeyringFactory()
    try:
        office = factory.new()
        office.generate_key(OFFICE_NAME, OFFICE_EMAIL)
        office_key = office.list_keys(secret=True)[0].fingerprint
        sender = factory.new()
        sender.generate_key(SENDER_NAME, SENDER_EMAIL)
        sender.import_keys(office.export_public_key(office_key).encode())
        with tempfile.TemporaryDirectory(prefix="blind-") as home:
            for name in [n for n in os.environ if n.startswith("SAKSFLYT_") and n != TEST_KEK]:
                del os.environ[name]
            os.environ["SAKSFLYT_HOME"] = home
            os.environ["SAKSFLYT_GNUPG_HOME"] = str(office.home)
            get_settings.cache_clear()
            half = os.environ.get("BLIND_HALF")  # `dev` while improving the rules
            cases = [c for c in load_blind_cases() if half in (None, c.half)]
            results = run_corpus(cases, sender, office_key)
            print(format_report(results, ("dev", "holdout")))
    finally:
        factory.discard_all()


if __name__ == "__main__":  # pragma: no cover
    main()
