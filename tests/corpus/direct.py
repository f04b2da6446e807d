"""Test support: a blind corpus judged directly, without the mailbox, encryption or register.

Each message is parsed by the production parser (with Tesseract OCR for scans, as the intake
reads them) and judged by the production check and decision; the result pairs with the labels
as `tests.corpus.blind` does for the end-to-end run, so the same figures apply. The direct path
leaves out what the intake adds around the judgement (decryption, the register), which is why
the end-to-end harness stays the measurement of record; this one is quick enough for every run.
"""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from casework.assessment import AssessmentPolicy, decide, outcome_reason
from completeness import check_completeness
from config.case_types import load_case_type
from reading.message import clean_parsed
from reading.ocr import TesseractOcr
from reading.parse import ParseLimits, mail_text, parse_message, read_envelope
from tests.corpus.blind import BlindResult, load_blind_cases


def judge_directly(directory: Path, ocr: TesseractOcr | None = None) -> list[BlindResult]:
    """Every case of the corpus in `directory`, judged as the intake judges a new request.

    `ocr` reads the scans: Tesseract, or the same with the texts it gave before (ocr_cache)."""
    spec = load_case_type()
    decision_policy = AssessmentPolicy(spec)
    reader = ocr or TesseractOcr()
    limits = ParseLimits(ocr=reader, ocr_pages=reader.read_pages)
    found = []
    for case in load_blind_cases(directory):
        message = BytesParser(policy=policy.default).parsebytes(case.path.read_bytes())
        assert isinstance(message, EmailMessage)
        parsed = clean_parsed(parse_message(message, limits))
        envelope = read_envelope(message)
        sender = (envelope.sender_name, envelope.sender)
        body = mail_text(parsed.body, envelope)
        # the day the sender wrote it stands in for the day it came in (R-CP-108)
        received = envelope.date.date() if envelope.date else None
        report = check_completeness(
            spec, body, parsed.documents, envelope.subject, sender=sender, received=received
        )
        decision = decide(report, decision_policy)
        parts = {p.number: p.verdict.value for p in report.parts}
        found.append(BlindResult(case, decision.outcome.value, parts, outcome_reason(report)))
    return found
