"""Pure apart from its ports: draft a letter into a case, then finalise, journal and send it."""

# A draft is rendered (text, HTML, DOCX) with a provisional document number. Finalising checks the
# time rules first (R-EXT-3, R-T-13), gives the letter the case's next journal number (R-NK-3),
# renders it again with that number and date, queues it in the outbox and logs it as an outgoing
# entry (`letter_sent`, R-SM-1, R-NK-6), then records the clock event through
# casework.clock_commands.

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from cases.drafts import (
    CaseParty,
    DraftId,
    DraftNotEditable,
    DraftRecord,
    DraftStatus,
    FinalLetter,
    LetterContent,
    NewDraft,
    TemplateIdentity,
)
from cases.errors import CaseworkError
from cases.model import Case, CaseEvent, CaseNumber, Document
from cases.outgoing import NewOutgoingMail
from casework import clock_commands
from casework.assessment import letter_content, sender_key, was_encrypted
from casework.ports import LetterRegister, LetterStore, Outbox
from deadlines.calendar import compute_deadlines
from deadlines.clock import CaseClock, ClockFinished, check_extension, check_info_request
from letters.citations import default_letterhead
from letters.docx import render_docx
from letters.findings import (
    AdvanceNoticeInput,
    CaseFacts,
    ClosingInput,
    DecisionInput,
    ExtensionInput,
    InfoRequestInput,
    InputFormat,
    LetterInput,
    LetterInputInvalid,
    build_letter,
    load_letter_input,
)
from letters.model import CORRECTIVE, Letterhead, LetterHeader, Outcome
from letters.redact import people_named, redact_for_publication
from letters.render import render_letter


class AdvanceNoticeMissing(CaseworkError):
    code = "advance_notice_missing"
    template = (
        "Vedtaket kan ikke ferdigstilles: det er ikke sendt forhåndsvarsel i sak {reference} "
        "(forvaltningsloven § 16). Send et forhåndsvarsel (--kind advance_notice), eller oppgi "
        "advance_notice_exception med grunnen til unntaket (§ 16 tredje ledd)."
    )


class AdvanceNoticeNotCovering(CaseworkError):
    code = "advance_notice_not_covering"
    template = (
        "Vedtaket kan ikke ferdigstilles: forhåndsvarselet i sak {reference} nevner ikke "
        "{measures} (forvaltningsloven § 16). Send et nytt forhåndsvarsel som nevner det, eller "
        "oppgi advance_notice_exception med grunnen til unntaket (§ 16 tredje ledd)."
    )


_MEASURES_NB = {
    Outcome.BAN: "forbud",
    Outcome.ORDER: "pålegg",
    Outcome.WARNING: "advarsel",
    Outcome.REPRIMAND: "irettesettelse",
}


class AdvanceNoticePending(CaseworkError):
    code = "advance_notice_pending"
    template = (
        "Vedtaket kan ikke ferdigstilles ennå: fristen for å uttale seg til forhåndsvarselet "
        "går ut {reply_by}, og parten har ikke svart."
    )


@dataclass(frozen=True, slots=True)
class LetterPolicy:
    """Office settings the letters need: the OpenPGP key to cite and the publication rule."""

    office_key_fingerprint: str = ""
    redact_controller: bool = True  # SAKSFLYT_PUBLISH_REDACT_CONTROLLER
    letterhead: Letterhead | None = None  # None: config/letterhead.yaml


@dataclass(frozen=True, slots=True)
class _Job:
    register: LetterRegister
    letters: LetterStore
    policy: LetterPolicy
    today: date
    actor: str


def draft_letter(
    number: CaseNumber,
    kind: str,
    source: str,
    *,
    register: LetterRegister,
    letters: LetterStore,
    today: date,
    now: datetime,
    actor: str,
    fmt: InputFormat = "yaml",
    policy: LetterPolicy = LetterPolicy(),
) -> DraftRecord:
    """Check the input, render the letter and store it as the case's current draft of its kind."""
    data = load_letter_input(kind, source, fmt)
    job = _Job(register, letters, policy, today, actor)
    content = _render(job, number, kind, data, _next_number(job, number))
    letters.supersede_drafts(number, kind)
    record = letters.add(NewDraft(number, kind, content, source, fmt, now, actor))
    event_data: dict[str, object] = {"draft_id": record.id, "kind": kind}
    register.append_event(number, CaseEvent("letter_drafted", now, actor, event_data))
    return record


def finalise_and_send(
    draft_id: DraftId,
    *,
    register: LetterRegister,
    letters: LetterStore,
    outbox: Outbox,
    today: date,
    now: datetime,
    actor: str,
    policy: LetterPolicy = LetterPolicy(),
) -> DraftRecord:
    """Final, numbered, queued, journalled, and the case clock moved; nothing is kept on error."""
    draft = letters.get(draft_id)
    if draft.status is not DraftStatus.DRAFT:
        raise DraftNotEditable(draft_id=draft_id, status=draft.status.value)
    number, kind = draft.case_number, draft.kind
    data = load_letter_input(kind, draft.source, _format(draft))
    _check_clock(data, clock_commands.case_clock(register, number, today), today)
    if isinstance(data, DecisionInput) and data.needs_advance_notice:
        data = _with_advance_notice(data, number, register, letters, today, now, actor)
    job = _Job(register, letters, policy, today, actor)
    document_number = _next_number(job, number)
    content = _render(job, number, kind, data, document_number, final=True)
    case = register.get_case(number)
    key = sender_key(register.events(number))  # R-AC-7: answer encrypted when we can
    outgoing_id = outbox.queue(_mail(case, kind, content, document_number, key), now)
    final = FinalLetter(document_number, content, now, actor, outgoing_id)
    record = letters.finalise(draft_id, final)
    register.append_event(number, CaseEvent("letter_sent", now, actor, _journal(record)))
    _move_clock(register, number, data, today=today, now=now, actor=actor)
    return record


def _with_advance_notice(
    data: DecisionInput,
    number: CaseNumber,
    register: LetterRegister,
    letters: LetterStore,
    today: date,
    now: datetime,
    actor: str,
) -> DecisionInput:
    """R-OUT-2, fvl. § 16: a corrective decision needs a sent advance notice that named each of
    its measures and whose comment deadline has passed (or an answer from the party), or a
    logged reason for an exception."""
    sent = [
        (record, _notice_input(record)) for record in letters.for_case(number)
        if record.kind == "advance_notice"
        and record.status in (DraftStatus.FINAL, DraftStatus.SENT)
    ]  # fmt: skip
    notified = {outcome for _record, notice in sent for outcome in notice.outcomes}
    uncovered = [o for o in data.outcomes if o in CORRECTIVE and o not in notified]
    if uncovered:
        if data.advance_notice_exception is None:
            if not sent:
                raise AdvanceNoticeMissing(reference=number.canonical)
            measures = " eller ".join(_MEASURES_NB[o] for o in uncovered)
            raise AdvanceNoticeNotCovering(reference=number.canonical, measures=measures)
        reason: dict[str, object] = {"reason": data.advance_notice_exception}
        register.append_event(number, CaseEvent("advance_notice_exception", now, actor, reason))
        return data
    notice, notice_input = sent[-1]
    sent_at = notice.finalised_at or notice.created_at
    answered = any(
        event.kind in ("document_received", "attached") and event.at > sent_at
        for event in register.events(number)
    )
    if today <= notice_input.reply_by_on and not answered:
        raise AdvanceNoticePending(reply_by=notice_input.reply_by_on.isoformat())
    return replace(data, advance_notice_on=data.advance_notice_on or notice.content.dated_on)


def _format(record: DraftRecord) -> InputFormat:
    """The format the caseworker's input was stored in (JSON with tabs is not YAML)."""
    return "json" if record.source_format == "json" else "yaml"


def _notice_input(record: DraftRecord) -> AdvanceNoticeInput:
    notice = load_letter_input("advance_notice", record.source, _format(record))
    assert isinstance(notice, AdvanceNoticeInput)
    return notice


def _next_number(job: _Job, number: CaseNumber) -> int:
    """R-NK-3: one more than the highest journal number in the case's log and its letters."""
    from_log = job.register.next_document_number(number)
    return max(from_log, job.letters.last_document_number(number) + 1)


def _check_clock(data: LetterInput, clock: CaseClock, today: date) -> None:
    """The time rules before anything is finalised: R-EXT-3 (P5) and R-T-13."""
    if clock.is_closed:
        raise ClockFinished(state=clock.milestone.value)
    if isinstance(data, ExtensionInput):
        check_extension(
            clock.t0, today, _extension_reason(data), data.override_reason,
            already_extended=clock.extended,
        )  # fmt: skip
    elif isinstance(data, InfoRequestInput):
        check_info_request(clock, today)
    elif isinstance(data, AdvanceNoticeInput) and data.reply_by_on <= today:
        raise LetterInputInvalid(["reply_by_on: svarfristen må være etter brevdatoen"])


def _extension_reason(data: ExtensionInput) -> str:
    """The reasons for an extension as one text, a blank line between paragraphs (R-EXT-1)."""
    return "\n\n".join(data.reasons)


def _move_clock(
    register: LetterRegister,
    number: CaseNumber,
    data: LetterInput,
    *,
    today: date,
    now: datetime,
    actor: str,
) -> None:
    """The letter's effect on the clock: decided (R-T-14), extended (R-EXT), stopped (R-T-13)."""
    if isinstance(data, DecisionInput):
        clock_commands.record_decision(register, number, dispatched_on=today, actor=actor, now=now)
    elif isinstance(data, AdvanceNoticeInput):
        return  # the comment period does not stop the clock (C16)
    elif isinstance(data, ClosingInput):
        clock_commands.withdraw_case(register, number, on=today, actor=actor, now=now)
    elif isinstance(data, ExtensionInput):
        clock_commands.extend_case(
            register, number, notice_sent_on=today, reason=_extension_reason(data),
            override_reason=data.override_reason, actor=actor, now=now,
        )  # fmt: skip
    else:
        what = "; ".join(data.items)
        clock_commands.request_information(
            register, number, sent_on=today, what=what, actor=actor, now=now
        )


def _facts(
    case: Case, clock: CaseClock, today: date, fingerprint: str, confidential: bool
) -> CaseFacts:
    """Dates from T0 and the log: D8 now, D14 if extended today (R-T-8, R-T-11)."""
    counted = list(clock.suspensions)
    if clock.open_suspension_since is not None:
        counted.append((clock.open_suspension_since, max(clock.open_suspension_since, today)))
    extended = compute_deadlines(case.received_on, counted, extended=True)
    assert extended.d14 is not None  # computed with extended=True
    deadlines = clock.deadlines
    return CaseFacts(
        received_on=case.received_on, d8_on=deadlines.d8.on, d14_on=extended.d14.on,
        notice_limit_on=deadlines.notice_limit_1m.on, office_key_fingerprint=fingerprint,
        request_title=None if confidential else case.title,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Addressee:
    """Whom the automatic letters of the case addressed, and in which language."""

    recipient: str | None = None
    org_number: str | None = None
    attention: str | None = None
    language: str | None = None


def _addressee(events: Sequence[CaseEvent]) -> _Addressee:
    queued = [e.data for e in events if e.kind == "letter_queued" and "recipient" in e.data]
    if not queued:
        return _Addressee()
    data = queued[-1]

    def text(key: str) -> str | None:
        value = data.get(key)
        return value if isinstance(value, str) and value else None

    return _Addressee(text("recipient"), text("org_number"), text("attention"), text("language"))


def _header(
    case: Case, party: CaseParty, data: LetterInput, document_number: int, today: date,
    actor: str, known: _Addressee,
) -> LetterHeader:  # fmt: skip
    basics = data.basics
    if basics.controller_name:
        recipient, org_number = basics.controller_name, basics.controller_org_number
        attention = party.sender_name or None
    else:
        recipient = known.recipient or party.sender_name or party.controller_email
        org_number, attention = known.org_number, known.attention
    if attention is not None and attention.lower() == recipient.lower():
        attention = None
    return LetterHeader(
        case_number=case.number, document_number=document_number, dated_on=today,
        caseworker=basics.caseworker or case.caseworker or actor,
        recipient=recipient, recipient_address=basics.controller_address,
        their_reference=basics.their_reference, exempt_basis=basics.exempt_basis,
        signatories=basics.signatories, recipient_org_number=org_number, attention=attention,
    )  # fmt: skip


def _render(
    job: _Job, number: CaseNumber, kind: str, data: LetterInput, document_number: int,
    *, final: bool = False,
) -> LetterContent:  # fmt: skip
    """Text, HTML and DOCX; a final letter also its PDF/A; a public decision its publishable
    text (R-LT-3). A letter exempt from public access has no publishable version."""
    case, party, today = job.register.get_case(number), job.letters.party(number), job.today
    events = job.register.events(number)
    clock = clock_commands.case_clock(job.register, number, today)
    known = _addressee(events)
    confidential = was_encrypted(events) and sender_key(events) is None
    header = replace(
        _header(case, party, data, document_number, today, job.actor, known),
        confidential=confidential,
    )
    fingerprint = job.policy.office_key_fingerprint
    letter = build_letter(data, header, _facts(case, clock, today, fingerprint, confidential))
    letterhead = job.policy.letterhead or default_letterhead()
    language = data.basics.language or known.language or party.language
    rendered = render_letter(kind, letter, language=language, letterhead=letterhead)
    publishable = None
    if isinstance(data, DecisionInput) and data.basics.exempt_basis is None:
        documents = job.register.case_documents(number)
        people = _people(case, party, header, data, known, documents)
        publishable = _publishable(rendered.text, people, data, header, letterhead, job.policy)
    if final:
        return letter_content(rendered, today, letterhead, publishable)
    template = TemplateIdentity(
        rendered.template_name, rendered.template_version, rendered.template_sha256
    )
    return LetterContent(
        dated_on=today, language=language, subject=rendered.subject, text=rendered.text,
        html=rendered.html, docx=render_docx(rendered, letterhead), template=template,
        publishable_text=publishable,
    )  # fmt: skip


def _publishable(
    text: str, people: _People, data: DecisionInput, header: LetterHeader,
    letterhead: Letterhead, policy: LetterPolicy,
) -> str:  # fmt: skip
    """R-LT-3, R-AC-5: the people named in the case, national identity numbers, contacts and
    addresses removed; Datatilsynet's staff and contacts stay, and so does a public body."""
    basics = data.basics
    named = (header.recipient, header.recipient_org_number, basics.controller_org_number)
    keep = [
        letterhead.email, letterhead.phone, letterhead.org_number, letterhead.office_name,
        *letterhead.postal_address, *letterhead.visiting_address, *people.staff,
    ]  # fmt: skip
    identity = [item for item in (*named, *basics.controller_address) if item]
    return redact_for_publication(
        text, people.others, identity, policy.redact_controller, keep=keep,
        controller_form=basics.controller_form,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class _People:
    staff: tuple[str, ...]  # Datatilsynet's caseworker and signatories: kept
    others: tuple[str, ...]  # everybody else named in the case: redacted


def _people(
    case: Case, party: CaseParty, header: LetterHeader, data: LetterInput, known: _Addressee,
    documents: Sequence[Document],
) -> _People:  # fmt: skip
    """Datatilsynet's staff, and the people named anywhere in the case: the sender, the
    contact person, the contact persons given, and people introduced in the case documents."""
    staff = {case.caseworker, header.caseworker, *(p.name for p in header.signatories)}
    named: set[str | None] = {party.sender_name, known.attention, *data.basics.contact_persons}
    for document in documents:
        named.update(people_named(document.text))
    kept = {name.strip() for name in staff if name and name.strip()}
    others = {name.strip() for name in named if name and name.strip()} - kept
    return _People(tuple(sorted(kept)), tuple(sorted(others)))


def _mail(
    case: Case, kind: str, content: LetterContent, document_number: int, key: str | None
) -> NewOutgoingMail:
    return NewOutgoingMail(
        kind=f"letter:{kind}", recipients=(case.controller_email,), subject=content.subject,
        text=content.text, html=content.html, case_number=case.number, encrypt_to=key,
        journal_document_number=document_number,
    )  # fmt: skip


def _journal(record: DraftRecord) -> dict[str, object]:
    """The `letter_sent` event: an outgoing journal entry («Utgående dokument», R-NK-5)."""
    template = record.content.template
    return {
        "document_number": record.document_number,
        "reference": record.reference,
        "kind": record.kind,
        "draft_id": record.id,
        "dispatched_on": record.content.dated_on.isoformat(),
        "outgoing_message_id": record.outgoing_message_id,
        "template_name": template.name,
        "template_version": template.version,
        "template_sha256": template.sha256,
    }
