"""Pure: what the completeness check means for a case — status, outcome and automatic letter.

P1: clearly incomplete requests are rejected (policy `reject`) or get a deficiency notice first
(policy `notice_then_reject`). P2: anything uncertain goes to a caseworker; a caseworker can set
any part's verdict. C5: a part marked `rejectable_alone: false` (management validation) is asked
for with a deficiency notice, never the sole ground for a rejection.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from cases.drafts import FinalLetter, LetterContent, NewDraft, TemplateIdentity
from cases.errors import CaseworkError
from cases.model import (
    Case,
    CaseEvent,
    CaseNumber,
    CaseStatus,
    Document,
    NewCase,
    SubmissionOutcome,
)
from cases.outgoing import NewOutgoingMail
from casework.ports import AssessmentRegister
from completeness import (
    NOT_ATTACHED_NOTE,
    CaseTypeSpec,
    CompletenessReport,
    Evidence,
    PartResult,
    Verdict,
    check_completeness,
)
from deadlines.calendar import compute_deadlines, roll_forward
from letters.addressing import Controller, detect_language, find_controller, informative_title
from letters.docx import render_docx
from letters.model import (
    DeficiencyLetter,
    InterimReplyLetter,
    LetterData,
    Letterhead,
    LetterHeader,
    MissingPart,
    ReceiptLetter,
    RejectionLetter,
)
from letters.pdf import render_pdf
from letters.render import RenderedLetter, render_letter

SYSTEM_ACTOR = "saksflyt"
BODY_DOCUMENT_NAME = "e-postteksten.txt"
# R-T-18: the deadline to remedy an incomplete request, in calendar days, rolled forward.
DEFICIENCY_DAYS = 14
AUTOMATIC_SOURCE = "auto"  # `source_format` of a letter the system wrote itself


def letter_content(
    letter: RenderedLetter,
    dated_on: date,
    letterhead: Letterhead | None = None,
    publishable_text: str | None = None,
    *,
    documents: bool = True,
) -> LetterContent:
    """A rendered letter with its DOCX and its PDF/A, as it is kept in the case.

    `documents=False`: its texts only, for an automatic letter being queued; the sender renders
    its DOCX and PDF/A before it goes out (casework.rendering, docs/decisions/0011).
    """
    template = TemplateIdentity(
        letter.template_name, letter.template_version, letter.template_sha256
    )
    return LetterContent(
        dated_on=dated_on, language=letter.language, subject=letter.subject, text=letter.text,
        html=letter.html, docx=render_docx(letter, letterhead) if documents else None,
        template=template, publishable_text=publishable_text,
        pdf=render_pdf(letter, letterhead) if documents else None,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class AssessmentPolicy:
    case_type: CaseTypeSpec
    incomplete_requests: str = "notice_then_reject"  # or "reject"
    office_key_fingerprint: str = ""
    sender_name: str = "Datatilsynet"  # the header's author; an automatic letter says it is one


@dataclass(frozen=True, slots=True)
class Decision:
    status: CaseStatus
    outcome: SubmissionOutcome
    letter: str | None  # "receipt" | "rejection" | "deficiency" | "interim"


_STATUS_NB = {
    CaseStatus.REGISTERED: "registrert",
    CaseStatus.REJECTED: "avvist",
    CaseStatus.DECIDED: "avgjort",
    CaseStatus.WITHDRAWN: "trukket",
}


class AssessmentNotAllowed(CaseworkError):
    code = "assessment_not_allowed"
    template = "Sak {reference} har status «{status}»; delene kan ikke vurderes på nytt nå."


def decide(report: CompletenessReport, policy: AssessmentPolicy) -> Decision:
    """P1, P2, C5: the status, the submission outcome and which letter goes out."""
    if report.outcome == "registered":
        return Decision(CaseStatus.REGISTERED, SubmissionOutcome.REGISTERED, "receipt")
    if report.outcome == "needs_review":  # a caseworker answers; the sender hears so (fvl. § 11 a)
        return Decision(CaseStatus.NEEDS_REVIEW, SubmissionOutcome.NEEDS_REVIEW, "interim")
    rejectable = [n for n in report.missing_parts if policy.case_type.part(n).rejectable_alone]
    if not rejectable or policy.incomplete_requests == "notice_then_reject":
        return Decision(CaseStatus.DEFICIENT, SubmissionOutcome.DEFICIENT, "deficiency")
    return Decision(CaseStatus.REJECTED, SubmissionOutcome.REJECTED, "rejection")


def outcome_reason(report: CompletenessReport) -> str | None:
    """Why a request is where it is, in the export's `reason` (bokmål)."""
    if not report.is_request:
        return report.request_note or "ikke en anmodning om forhåndsdrøftelse"
    if report.uncertain_parts:
        return "usikkert om del " + ", ".join(map(str, report.uncertain_parts)) + " finnes"
    if report.missing_parts:
        return "mangler del " + ", ".join(map(str, report.missing_parts))
    return None


def parts_summary(report: CompletenessReport) -> dict[str, str]:
    """The export's `parts`: {"1": "present", …}."""
    return {str(p.number): p.verdict.value for p in report.parts}


def assess_new_case(
    register: AssessmentRegister,
    case: Case,
    submission_id: int,
    body: str,
    documents: Sequence[Document],
    *,
    policy: AssessmentPolicy,
    now: datetime,
    today: date,
    report: CompletenessReport | None = None,
) -> Decision:
    """Check a new request's five parts, record the verdicts and queue the automatic letter.

    ``report``: the check of these very inputs made already (check_new_request), before the
    transaction that opens the case."""
    if report is None:
        report = check_new_request(policy, case, body, documents)
    return _settle(register, case, submission_id, report, policy, now, today, None)


def check_new_request(
    policy: AssessmentPolicy, case: Case | NewCase, body: str, documents: Sequence[Document]
) -> CompletenessReport:
    """The completeness check of a new case's request: its body, its other documents, and the
    title, sender and day of receipt the case has (or will have, once opened)."""
    return check_completeness(
        policy.case_type,
        body,
        documents,
        case.title,
        sender=_sender(case),
        received=case.received_on,
    )


def assess_part(
    register: AssessmentRegister,
    number: CaseNumber,
    part: int,
    verdict: Verdict,
    reason: str,
    *,
    actor: str,
    policy: AssessmentPolicy,
    now: datetime,
    today: date,
) -> Decision:
    """A caseworker sets one part's verdict (logged) and the outcome is decided again (P2)."""
    case = register.get_case(number)
    if case.status not in (CaseStatus.RECEIVED, CaseStatus.NEEDS_REVIEW, CaseStatus.DEFICIENT):
        status = _STATUS_NB.get(case.status, case.status.value)
        raise AssessmentNotAllowed(reference=number.canonical, status=status)
    policy.case_type.part(part)  # an unknown part number fails here
    data: dict[str, object] = {"part": part, "verdict": verdict.value, "reason": reason}
    register.append_event(number, CaseEvent("part_assessed", now, actor, data))
    report = _with_overrides(_current_report(register, case, policy), register.events(number))
    return _settle(register, case, _request_submission(register, number), report, policy, now,
                   today, actor)  # fmt: skip


def recheck_deficient_case(
    register: AssessmentRegister, number: CaseNumber, *, policy: AssessmentPolicy, now: datetime,
    today: date,
) -> Decision | None:  # fmt: skip
    """New documents arrived for a deficient case: check all of them again (R-CP-5)."""
    case = register.get_case(number)
    if case.status is not CaseStatus.DEFICIENT:
        return None
    report = _with_overrides(_check_documents(register, case, policy), register.events(number))
    if report.outcome == "incomplete":
        return None  # still waiting; the deadline of the deficiency notice decides
    return _settle(register, case, _request_submission(register, number), report, policy, now,
                   today, None)  # fmt: skip


def reject_expired_deficiencies(
    register: AssessmentRegister, *, policy: AssessmentPolicy, now: datetime, today: date
) -> list[CaseNumber]:
    """On the day after a deficiency deadline, reject what is still incomplete (P1); a case
    that lacks only parts that are no ground for rejection (C5: management validation) goes
    to a caseworker instead. Returns the rejected cases."""
    rejected = []
    for case in register.cases_with_status(CaseStatus.DEFICIENT):
        events = register.events(case.number)
        deadline = _deficiency_deadline(events)
        if deadline is None or today <= deadline:
            continue
        report = _with_overrides(_current_report(register, case, policy), events)
        decision = _REJECT if _rejectable(report, policy) else _REVIEW
        _record_decision(register, case, _request_submission(register, case.number), report,
                         decision, policy, now, today)  # fmt: skip
        if decision is _REJECT:
            rejected.append(case.number)
    return rejected


def _rejectable(report: CompletenessReport, policy: AssessmentPolicy) -> bool:
    """C5: some missing part is a ground for rejection on its own."""
    return any(policy.case_type.part(n).rejectable_alone for n in report.missing_parts)


_REJECT = Decision(CaseStatus.REJECTED, SubmissionOutcome.REJECTED, "rejection")
_REVIEW = Decision(CaseStatus.NEEDS_REVIEW, SubmissionOutcome.NEEDS_REVIEW, None)
_ONE_LETTER = frozenset({CaseStatus.DEFICIENT, CaseStatus.NEEDS_REVIEW})


def _settle(
    register: AssessmentRegister,
    case: Case,
    submission_id: int | None,
    report: CompletenessReport,
    policy: AssessmentPolicy,
    now: datetime,
    today: date,
    actor: str | None,
) -> Decision:
    decision = decide(report, policy)
    if decision.status is case.status and decision.status in _ONE_LETTER:
        decision = replace(decision, letter=None)  # one notice per deficiency, one interim reply
    data = _report_data(report) | {"outcome": decision.outcome.value, "by": actor or SYSTEM_ACTOR}
    register.append_event(case.number, CaseEvent("completeness_checked", now, SYSTEM_ACTOR, data))
    _record_decision(register, case, submission_id, report, decision, policy, now, today)
    return decision


def _record_decision(
    register: AssessmentRegister,
    case: Case,
    submission_id: int | None,
    report: CompletenessReport,
    decision: Decision,
    policy: AssessmentPolicy,
    now: datetime,
    today: date,
) -> None:
    if submission_id is not None:
        register.set_submission_result(
            submission_id, decision.outcome, parts_summary(report), outcome_reason(report)
        )
    if decision.status is not case.status:
        register.set_status(case.number, decision.status)
        data: dict[str, object] = {"from": case.status.value, "to": decision.status.value}
        register.append_event(case.number, CaseEvent("status_changed", now, SYSTEM_ACTOR, data))
    if case.status is CaseStatus.DEFICIENT and decision.status is not CaseStatus.DEFICIENT:
        received: dict[str, object] = {"received_on": today.isoformat()}
        register.append_event(case.number, CaseEvent("info_received", now, SYSTEM_ACTOR, received))
    if decision.letter is not None:
        _queue_letter(register, case, decision.letter, report, policy, now, today)


def _queue_letter(
    register: AssessmentRegister,
    case: Case,
    kind: str,
    report: CompletenessReport,
    policy: AssessmentPolicy,
    now: datetime,
    today: date,
) -> None:
    document_number = register.next_document_number(case.number)
    events = register.events(case.number)
    party = request_party(register, case, events)
    header = LetterHeader(
        case.number, document_number, today, policy.sender_name, party.recipient,
        (case.controller_email,), recipient_org_number=party.org_number,
        attention=party.attention, automatic=True, confidential=party.confidential,
    )  # fmt: skip
    deadline = roll_forward(today + timedelta(days=DEFICIENCY_DAYS))
    data = _letter_data(kind, header, case, report, policy, events, deadline, party.language)
    letter = render_letter(kind, data, language=party.language)
    mail = NewOutgoingMail(
        f"letter:{kind}", (case.controller_email,), letter.subject, letter.text, letter.html,
        case.number, sender_key(events), document_number,
    )  # fmt: skip
    outgoing_id = register.queue_mail(mail, now)
    # What is sent, kept in the case; its DOCX and PDF/A (Noark 5) are rendered outside this
    # transaction, before it is sent (casework.rendering).
    content = letter_content(letter, today, documents=False)
    draft = NewDraft(case.number, kind, content, "", AUTOMATIC_SOURCE, now, SYSTEM_ACTOR)
    register.keep_letter(draft, FinalLetter(document_number, content, now, SYSTEM_ACTOR,
                                            outgoing_id))  # fmt: skip
    event: dict[str, object] = {
        "kind": kind, "document_number": document_number, "outgoing_id": outgoing_id,
        "subject": letter.subject, "template_name": letter.template_name,
        "template_version": letter.template_version, "template_sha256": letter.template_sha256,
        "language": party.language, "recipient": party.recipient,
        "org_number": party.org_number, "attention": party.attention,
    }  # fmt: skip
    register.append_event(case.number, CaseEvent("letter_queued", now, SYSTEM_ACTOR, event))
    if kind == "deficiency":  # the notice is a request for information: the clock stops (R-T-13)
        stop: dict[str, object] = {
            "sent_on": today.isoformat(),
            "deadline_on": deadline.isoformat(),
        }
        register.append_event(case.number, CaseEvent("info_requested", now, SYSTEM_ACTOR, stop))


@dataclass(frozen=True, slots=True)
class RequestParty:
    """Whom an automatic letter addresses, in which language, and whether it must quote nothing."""

    recipient: str
    org_number: str | None
    attention: str | None
    language: str
    confidential: bool


def request_party(
    register: AssessmentRegister, case: Case, events: Sequence[CaseEvent]
) -> RequestParty:
    """The controller named in the request (for the attention of the sender), the request's
    language, and R-AC-7: an encrypted request answered without the sender's key is confidential.
    A confidential letter is addressed from the envelope only, so nothing of the body shows."""
    text = "\n\n".join(
        d.text for d in register.case_documents(case.number) if d.name == BODY_DOCUMENT_NAME
    )
    language = detect_language(f"{case.title}\n{text}")
    confidential = was_encrypted(events) and sender_key(events) is None
    sender = case.controller_name.strip() or None
    found = Controller() if confidential else find_controller(text)
    if found.name is None:
        return RequestParty(sender or case.controller_email, None, None, language, confidential)
    attention = sender if sender and sender.lower() != found.name.lower() else None
    return RequestParty(found.name, found.org_number, attention, language, confidential)


def was_encrypted(events: Sequence[CaseEvent]) -> bool:
    """Whether the request that opened the case came encrypted (R-AC-7: keep it confidential)."""
    received = [e for e in events if e.kind == "received"]
    label = received[0].data.get("encryption") if received else None
    return isinstance(label, str) and label not in ("", "none")


def _letter_data(
    kind: str,
    header: LetterHeader,
    case: Case,
    report: CompletenessReport,
    policy: AssessmentPolicy,
    events: Sequence[CaseEvent],
    deadline: date,
    language: str,
) -> LetterData:
    # R-AC-7: an encrypted request answered in clear is quoted nowhere, not even its subject
    title = None if header.confidential else informative_title(case.title)
    if kind in ("receipt", "interim"):
        deadlines = compute_deadlines(case.received_on, _suspensions(events))
        if kind == "interim":  # names the message by its subject, whatever it says
            subject = None if header.confidential else case.title
            return InterimReplyLetter(header, case.received_on, deadlines.d8.on, subject)
        notice_by = next(
            (d.on for d in (deadlines.notice_target_4w, deadlines.notice_limit_1m)
             if d.on >= header.dated_on),
            None,
        )  # fmt: skip
        return ReceiptLetter(header, case.received_on, deadlines.d8.on, title, notice_by,
                             extension_possible=notice_by is not None)  # fmt: skip
    missing = _missing_parts(report, policy.case_type, header, language)
    key = policy.office_key_fingerprint or "(ikke oppgitt)"
    if kind == "deficiency":
        return DeficiencyLetter(header, case.received_on, missing, deadline, key, title)
    sent = _deficiency_sent(events)
    return RejectionLetter(header, case.received_on, missing, key, title, sent,
                           _deficiency_deadline(events))  # fmt: skip


def _missing_parts(
    report: CompletenessReport, spec: CaseTypeSpec, header: LetterHeader, language: str
) -> list[MissingPart]:
    """The missing parts by name; a confidential letter quotes nothing of the request (R-AC-7).
    A part that cannot be a ground for rejection alone is not required by law (C5)."""
    return [
        MissingPart(
            p.number,
            spec.part(p.number).name_en if language == "en" else spec.part(p.number).name_nb,
            spec.part(p.number).requirements_in(language),
            None if header.confidential else _letter_note(p, language),
            required_by_law=spec.part(p.number).rejectable_alone,
        )
        for p in report.parts
        if p.verdict is Verdict.MISSING
    ]


def _letter_note(part: PartResult, language: str = "nb") -> str | None:
    """What the controller wrote about a missing part, or what was lacking, for the letter.
    What was lacking is written in bokmål by the judgement: an English letter leaves it out
    (the part's requirements, in English, say what it must hold)."""
    if part.evidence and part.note.startswith(NOT_ATTACHED_NOTE):  # R-CP-59
        excerpt = part.evidence[0].excerpt
        if language == "en":
            return f"You referred to “{excerpt}”, but that attachment was not included."
        return f"Dere viste til «{excerpt}», men dette vedlegget var ikke med."
    if part.evidence:  # the deferral they wrote («… ettersendes»)
        excerpt = part.evidence[0].excerpt
        return f"You wrote: “{excerpt}”" if language == "en" else f"Dere skrev: «{excerpt}»"
    if not part.note or part.note == "ingen treff" or part.note.startswith("saksbehandler:"):
        return None
    if language != "nb":
        return None
    return part.note[0].upper() + part.note[1:].rstrip(".") + "."


def _report_data(report: CompletenessReport) -> dict[str, object]:
    parts = {
        str(p.number): {
            "verdict": p.verdict.value,
            "note": p.note,
            "evidence": [
                {"source": e.source, "location": e.location, "excerpt": e.excerpt}
                for e in p.evidence
            ],
            "counter": [
                {"source": e.source, "location": e.location, "excerpt": e.excerpt}
                for e in p.counter
            ],
        }
        for p in report.parts
    }
    return {"is_request": report.is_request, "request_note": report.request_note, "parts": parts}


def report_from_data(data: Mapping[str, object]) -> CompletenessReport:
    """The report stored in a `completeness_checked` event (the dashboard shows its evidence)."""
    parts_data = data.get("parts")
    assert isinstance(parts_data, dict)
    parts = tuple(
        PartResult(
            int(n),
            Verdict(p["verdict"]),
            tuple(Evidence(**e) for e in p["evidence"]),
            p["note"],
            tuple(Evidence(**e) for e in p.get("counter", [])),
        )  # fmt: skip
        for n, p in sorted(parts_data.items(), key=lambda item: int(item[0]))
    )
    return CompletenessReport(
        bool(data.get("is_request")), str(data.get("request_note", "")), parts
    )


def _latest_report(events: Sequence[CaseEvent]) -> CompletenessReport | None:
    checks = [e for e in events if e.kind == "completeness_checked"]
    return report_from_data(checks[-1].data) if checks else None


def _current_report(
    register: AssessmentRegister, case: Case, policy: AssessmentPolicy
) -> CompletenessReport:
    """The last stored report, or a check of the case's documents when there is none yet."""
    report = _latest_report(register.events(case.number))
    return report if report is not None else _check_documents(register, case, policy)


def _check_documents(
    register: AssessmentRegister, case: Case, policy: AssessmentPolicy
) -> CompletenessReport:
    """All of a case's documents checked together (the mail bodies count as the body)."""
    documents = register.case_documents(case.number)
    body = "\n\n".join(d.text for d in documents if d.name == BODY_DOCUMENT_NAME)
    others = [d for d in documents if d.name != BODY_DOCUMENT_NAME]
    # no day of reference (R-CP-108): the documents arrived on several days, and a meeting the
    # request named as coming may have been held by the time the answer to the letter came
    return check_completeness(policy.case_type, body, others, case.title, sender=_sender(case))


def _sender(case: Case | NewCase) -> tuple[str, str]:
    """Who sent the request, as the From header named them (R-CP-22)."""
    return case.controller_name, case.controller_email


def _with_overrides(report: CompletenessReport, events: Sequence[CaseEvent]) -> CompletenessReport:
    """A caseworker's verdict on a part beats the automatic one; the latest override counts."""
    overrides = {
        int(str(e.data["part"])): (Verdict(str(e.data["verdict"])), str(e.data.get("reason", "")))
        for e in events
        if e.kind == "part_assessed"
    }
    if not overrides:
        return report
    parts = tuple(
        replace(p, verdict=overrides[p.number][0], note=f"saksbehandler: {overrides[p.number][1]}")
        if p.number in overrides else p
        for p in report.parts
    )  # fmt: skip
    return CompletenessReport(True, "vurdert av saksbehandler", parts)


def _request_submission(register: AssessmentRegister, number: CaseNumber) -> int | None:
    """The submission that opened the case (None for a case registered by hand)."""
    received = [e for e in register.events(number) if e.kind == "received"]
    found = received[0].data.get("submission_id") if received else None
    return found if isinstance(found, int) else None


def _suspensions(events: Sequence[CaseEvent]) -> list[tuple[date, date]]:
    starts = [
        date.fromisoformat(str(e.data["sent_on"])) for e in events if e.kind == "info_requested"
    ]
    ends = [
        date.fromisoformat(str(e.data["received_on"])) for e in events if e.kind == "info_received"
    ]
    return list(zip(starts, ends, strict=False))


def _deficiency_sent(events: Sequence[CaseEvent]) -> date | None:
    sent = [e for e in events if e.kind == "info_requested" and "deadline_on" in e.data]
    return date.fromisoformat(str(sent[-1].data["sent_on"])) if sent else None


def _deficiency_deadline(events: Sequence[CaseEvent]) -> date | None:
    sent = [e for e in events if e.kind == "info_requested" and "deadline_on" in e.data]
    return date.fromisoformat(str(sent[-1].data["deadline_on"])) if sent else None


def sender_key(events: Sequence[CaseEvent]) -> str | None:
    """The controller's key recorded at receipt: our letters are encrypted to it (R-AC-7)."""
    received = [e for e in events if e.kind == "received"]
    key = received[0].data.get("sender_key") if received else None
    return key if isinstance(key, str) else None
