"""Test support: run the labelled corpus through extraction and the completeness check."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage

from cases.model import Document
from completeness import CompletenessReport, check_completeness
from config.case_types import load_case_type
from reading.parse import parse_message
from tests.corpus.build import PART_LABELS, CorpusCase, build_message, load_cases

VERDICTS = PART_LABELS


@dataclass(frozen=True)
class Extracted:
    body: str
    documents: tuple[Document, ...]
    unreadable: tuple[str, ...]


# --- extraction -----------------------------------------------------------------------------


def extract(message: EmailMessage) -> Extracted:
    """The production parser: mail text, documents, and what could not be read."""
    parsed = parse_message(message)
    return Extracted(parsed.body, parsed.documents, parsed.problems)


# --- evaluation -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseResult:
    case: CorpusCase
    report: CompletenessReport

    @property
    def verdicts(self) -> dict[int, str]:
        return {p.number: str(p.verdict) for p in self.report.parts}

    @property
    def wrong_rejection(self) -> bool:
        """Rejected, but not a clearly incomplete request with exactly these missing parts."""
        if self.report.outcome != "incomplete":
            return False
        expected = tuple(n for n, v in sorted(self.case.label.parts.items()) if v == "missing")
        return self.case.label.outcome != "incomplete" or self.report.missing_parts != expected

    @property
    def outcome_correct(self) -> bool:
        return self.report.outcome == self.case.label.outcome and not self.wrong_rejection


def evaluate(cases: Sequence[CorpusCase] | None = None) -> list[CaseResult]:
    spec = load_case_type()
    results = []
    for case in cases if cases is not None else load_cases():
        extracted = extract(build_message(case))
        report = check_completeness(
            spec,
            extracted.body,
            extracted.documents,
            case.subject,
            unreadable=extracted.unreadable,
        )
        results.append(CaseResult(case, report))
    return results


def _ratio(numerator: int, denominator: int) -> str:
    return f"{numerator}/{denominator} = {numerator / denominator:.0%}" if denominator else "–"


def _confusion(results: Sequence[CaseResult], part: int | None) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for result in results:
        if not result.case.label.is_request:
            continue  # parts of a message that is no request are not labelled meaningfully
        for number, label in result.case.label.parts.items():
            if part is None or number == part:
                counts[(label, result.verdicts[number])] += 1
    return counts


def _precision_recall(counts: Counter[tuple[str, str]], positive: str) -> str:
    tp = counts[(positive, positive)]
    predicted = sum(n for (_, v), n in counts.items() if v == positive)
    actual = sum(n for (label, _), n in counts.items() if label == positive)
    return f"{positive}: precision {_ratio(tp, predicted)}, recall {_ratio(tp, actual)}"


def _part_lines(results: Sequence[CaseResult]) -> list[str]:
    lines = ["Per part (request cases only; uncertain counts as a safe miss):"]
    for part in (1, 2, 3, 4, 5, None):
        counts = _confusion(results, part)
        title = f"  part {part}" if part else "  all parts"
        lines.append(
            f"{title}: {_precision_recall(counts, 'missing')}; "
            f"{_precision_recall(counts, 'present')}"
        )
    counts = _confusion(results, None)
    lines.append("  confusion (rows = label, columns = verdict present/missing/uncertain):")
    for label in VERDICTS:
        row = "  ".join(f"{counts[(label, v)]:4d}" for v in VERDICTS)
        lines.append(f"    {label:10s} {row}")
    return lines


def _outcome_lines(name: str, results: Sequence[CaseResult]) -> list[str]:
    incomplete = [r for r in results if r.case.label.outcome == "incomplete"]
    caught = [r for r in incomplete if r.outcome_correct]
    return [
        f"{name}: {len(results)} cases",
        f"  outcome accuracy: {_ratio(sum(r.outcome_correct for r in results), len(results))}",
        f"  wrong automatic rejections: {sum(r.wrong_rejection for r in results)}",
        f"  clearly incomplete rejected with the right parts: "
        f"{_ratio(len(caught), len(incomplete))}",
    ]


def _mismatch_lines(results: Sequence[CaseResult]) -> list[str]:
    lines = ["Cases whose outcome differs from the label:"]
    for r in results:
        if r.outcome_correct:
            continue
        lines.append(
            f"  {r.case.id}{' (holdout)' if r.case.holdout else ''}: expected "
            f"{r.case.label.outcome}, got {r.report.outcome} – {r.case.description}"
        )
        for part in r.report.parts:
            label = r.case.label.parts[part.number]
            if label != part.verdict:
                lines.append(
                    f"      part {part.number}: label {label}, {part.verdict}: {part.note}"
                )
        if r.case.label.is_request != r.report.is_request:
            lines.append(f"      is_request {r.report.is_request}: {r.report.request_note}")
    return lines


def format_report(results: Sequence[CaseResult]) -> str:
    main = [r for r in results if not r.case.holdout]
    holdout = [r for r in results if r.case.holdout]
    outcomes = Counter((r.case.label.outcome, r.report.outcome) for r in results)
    lines = _outcome_lines("Corpus (all)", results) + _outcome_lines("  development", main)
    lines += _outcome_lines("  holdout", holdout) + _part_lines(results)
    lines.append(
        "Outcome matrix (label -> result): "
        + ", ".join(f"{label}->{got}: {n}" for (label, got), n in sorted(outcomes.items()))
    )
    return "\n".join(lines + _mismatch_lines(results))


def accuracy_report() -> str:
    """The corpus accuracy report as text (for the lead, the README or a CI log)."""
    return format_report(evaluate())
