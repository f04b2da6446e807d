"""casework/assessment.py against an in-memory register: the decision rules (P1, P2, C5), what a
caseworker's override does, the events and the automatic letter's data, and the stored report."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from cases.model import (
    Case,
    CaseEvent,
    CaseNumber,
    CaseStatus,
    Document,
    NewCase,
    NewSubmission,
    SubmissionOutcome,
)
from cases.outgoing import NewOutgoingMail
from casework.assessment import (
    AssessmentNotAllowed,
    AssessmentPolicy,
    Decision,
    _letter_data,
    _letter_note,
    _missing_parts,
    _report_data,
    _suspensions,
    _with_overrides,
    assess_part,
    decide,
    letter_content,
    outcome_reason,
    parts_summary,
    recheck_deficient_case,
    reject_expired_deficiencies,
    report_from_data,
    request_party,
    sender_key,
    was_encrypted,
)
from completeness import NOT_ATTACHED_NOTE, CompletenessReport, Evidence, PartResult, Verdict
from config.case_types import load_case_type
from deadlines.calendar import compute_deadlines
from letters.model import (
    DeficiencyLetter,
    InterimReplyLetter,
    LetterHeader,
    ReceiptLetter,
    RejectionLetter,
)
from letters.render import render_letter
from tests.fakes import FakeRegister
from tests.unit.test_assessment import (
    CONTACTS,
    DEFERRED,
    DESCRIPTION,
    FIRST_THREE,
    MANAGEMENT,
    NECESSITY,
    OPENING,
    RISK,
    policy,
    receive,
    request,
)

SPEC = load_case_type("prior_consultation")
NOW = datetime(2026, 3, 23, 9, 0, tzinfo=UTC)
TODAY = date(2026, 3, 23)
REJECT = AssessmentPolicy(SPEC, "reject", "ABCD" * 10)
NOTICE = AssessmentPolicy(SPEC, "notice_then_reject", "ABCD" * 10)
P, M, U = Verdict.PRESENT, Verdict.MISSING, Verdict.UNCERTAIN
BODY = "Vestby AS anmoder med dette om forhåndsdrøftelse etter artikkel 36."


def report(*verdicts: Verdict, is_request: bool = True, note: str = "") -> CompletenessReport:
    parts = tuple(PartResult(n, v, (), "") for n, v in enumerate(verdicts, 1))
    return CompletenessReport(is_request, note, parts)


def open_case(
    register: FakeRegister,
    body: str = BODY,
    *,
    title: str = "Kameraanalyse i butikk",
    name: str = "Anne Lund",
    status: CaseStatus = CaseStatus.RECEIVED,
    received: dict[str, object] | None = None,
) -> Case:
    """A case as intake opens it: its submission, its mail text and its «received» entry."""
    new = NewCase(NOW, TODAY, "anne.lund@vestby.example", name, title, "S1", NOW)
    case = register.open_case(new)
    sid = register.add_submission(NewSubmission(
        "maildir:1", "<r@x>", "0" * 64, NOW, TODAY, NOW, "anne.lund@vestby.example", title,
        SubmissionOutcome.RECEIVED, case_number=case.number,
    ))  # fmt: skip
    text = Document("e-postteksten.txt", "text/plain", len(body), "1" * 64, body)
    register.add_documents(sid, case.number, [text])
    data = {"submission_id": sid, "document_number": 1, "encryption": "none"} | (received or {})
    register.append_event(case.number, CaseEvent("received", NOW, "saksflyt", data))
    register.set_status(case.number, status)
    return register.get_case(case.number)


def checked(register: FakeRegister, case: Case, rep: CompletenessReport) -> None:
    """A stored completeness check, as an earlier assessment leaves it."""
    data = _report_data(rep) | {"outcome": "deficient", "by": "saksflyt"}
    register.append_event(case.number, CaseEvent("completeness_checked", NOW, "saksflyt", data))


def kinds(register: FakeRegister, number: CaseNumber) -> list[str]:
    return [e.kind for e in register.events(number)]


# --- the decision ------------------------------------------------------------------------------


def test_a_complete_request_is_registered_with_a_receipt() -> None:
    assert decide(report(P, P, P, P, P), REJECT) == Decision(
        CaseStatus.REGISTERED, SubmissionOutcome.REGISTERED, "receipt"
    )


def test_an_uncertain_request_goes_to_a_caseworker_with_an_interim_reply() -> None:
    assert decide(report(P, U, P, P, P), REJECT) == Decision(
        CaseStatus.NEEDS_REVIEW, SubmissionOutcome.NEEDS_REVIEW, "interim"
    )


def test_a_missing_part_is_rejected_only_under_the_reject_policy() -> None:
    rejected = Decision(CaseStatus.REJECTED, SubmissionOutcome.REJECTED, "rejection")
    deficient = Decision(CaseStatus.DEFICIENT, SubmissionOutcome.DEFICIENT, "deficiency")
    assert decide(report(P, P, P, M, P), REJECT) == rejected
    assert decide(report(P, P, P, M, P), NOTICE) == deficient
    assert decide(report(P, P, P, M, M), REJECT) == rejected  # one ground is enough
    assert decide(report(P, P, P, P, M), REJECT) == deficient  # C5: part 5 alone is asked for


def test_the_default_policy_sends_a_deficiency_notice_first_from_datatilsynet() -> None:
    policy = AssessmentPolicy(SPEC)
    assert decide(report(M, P, P, P, P), policy).letter == "deficiency"
    assert (policy.office_key_fingerprint, policy.sender_name) == ("", "Datatilsynet")


def test_the_reason_says_why_a_request_is_where_it_is() -> None:
    assert outcome_reason(report(P, P, P, P, P, is_request=False)) == (
        "ikke en anmodning om forhåndsdrøftelse"
    )
    assert outcome_reason(report(P, is_request=False, note="et spørsmål")) == "et spørsmål"
    assert outcome_reason(report(U, P, U, M, P)) == "usikkert om del 1, 3 finnes"
    assert outcome_reason(report(P, P, P, M, M)) == "mangler del 4, 5"
    assert outcome_reason(report(P, P, P, P, P)) is None


def test_the_parts_summary_gives_each_part_its_verdict() -> None:
    assert parts_summary(report(P, M, U)) == {"1": "present", "2": "missing", "3": "uncertain"}


# --- the stored report -------------------------------------------------------------------------


def test_a_stored_report_reads_back_as_it_was_with_its_evidence() -> None:
    found = Evidence("e-postteksten", "avsnitt 2", "Kontaktperson: Anne Lund")
    against = Evidence("dpia.pdf", "side 3", "ikke vurdert")
    rep = CompletenessReport(True, "anmodning", tuple(
        PartResult(n, P, (found,), f"note {n}", (against,) if n == 2 else ())
        for n in (10, 2, 1)
    ))  # fmt: skip
    data = _report_data(rep)
    assert data["parts"]["2"] == {  # type: ignore[index]
        "verdict": "present", "note": "note 2",
        "evidence": [{"source": "e-postteksten", "location": "avsnitt 2",
                      "excerpt": "Kontaktperson: Anne Lund"}],
        "counter": [{"source": "dpia.pdf", "location": "side 3", "excerpt": "ikke vurdert"}],
    }  # fmt: skip
    back = report_from_data(data)
    assert [p.number for p in back.parts] == [1, 2, 10]  # in number order, not text order
    assert back == replace(rep, parts=tuple(sorted(rep.parts, key=lambda p: p.number)))


def test_a_report_stored_before_counter_evidence_existed_reads_with_none() -> None:
    part = {"verdict": "missing", "evidence": [], "note": "ingen treff"}
    data = {"is_request": True, "request_note": "x", "parts": {"1": part}}
    assert report_from_data(data) == CompletenessReport(
        True, "x", (PartResult(1, M, (), "ingen treff", ()),)
    )
    assert report_from_data({"parts": {}}) == CompletenessReport(False, "", ())


# --- a caseworker's override -------------------------------------------------------------------


def assessed(part: int, verdict: Verdict, reason: str | None = "x") -> CaseEvent:
    data: dict[str, object] = {"part": part, "verdict": verdict.value}
    if reason is not None:
        data["reason"] = reason
    return CaseEvent("part_assessed", NOW, "kari", data)


def test_without_an_override_the_automatic_report_stands() -> None:
    rep = report(P, U, P, P, P, note="anmodning")
    other = CaseEvent("received", NOW, "saksflyt", {"part": 2})
    assert _with_overrides(rep, [other]) is rep


def test_the_latest_override_of_a_part_beats_the_automatic_verdict() -> None:
    rep = report(P, U, P, P, P, is_request=False, note="spørsmål")
    events = [assessed(2, M, "først"), assessed(2, P, "ringt dem"), assessed(4, M, None)]
    result = _with_overrides(rep, events)
    assert result.is_request and result.request_note == "vurdert av saksbehandler"
    assert [(p.verdict, p.note) for p in result.parts] == [
        (P, ""), (P, "saksbehandler: ringt dem"), (P, ""), (M, "saksbehandler: "), (P, ""),
    ]  # fmt: skip


def test_only_a_case_still_being_assessed_can_have_its_parts_assessed() -> None:
    for status, name in [
        (CaseStatus.REGISTERED, "registrert"), (CaseStatus.REJECTED, "avvist"),
        (CaseStatus.DECIDED, "avgjort"), (CaseStatus.WITHDRAWN, "trukket"),
    ]:  # fmt: skip
        register = FakeRegister()
        case = open_case(register, status=status)
        expected = f"Sak 2026/00001 har status «{name}»; delene kan ikke vurderes på nytt nå."
        with pytest.raises(AssessmentNotAllowed, match=expected):
            assess_part(register, case.number, 1, P, "x", actor="kari", policy=REJECT, now=NOW,
                        today=TODAY)  # fmt: skip
        assert "part_assessed" not in kinds(register, case.number)


def test_an_unknown_part_number_is_refused_before_anything_is_logged() -> None:
    register = FakeRegister()
    case = open_case(register)
    with pytest.raises(StopIteration):
        assess_part(register, case.number, 9, P, "x", actor="kari", policy=REJECT, now=NOW,
                    today=TODAY)  # fmt: skip
    assert kinds(register, case.number) == ["received"]


def test_an_override_is_logged_and_the_recheck_names_who_decided() -> None:
    register = FakeRegister()
    case = open_case(register, status=CaseStatus.NEEDS_REVIEW)
    checked(register, case, report(P, U, P, P, P))
    decision = assess_part(register, case.number, 2, P, "ringt dem", actor="kari",
                           policy=REJECT, now=NOW, today=TODAY)  # fmt: skip
    assert decision == Decision(CaseStatus.REGISTERED, SubmissionOutcome.REGISTERED, "receipt")
    events = register.events(case.number)
    logged = next(e for e in events if e.kind == "part_assessed")
    assert (logged.actor, logged.at) == ("kari", NOW)
    assert logged.data == {"part": 2, "verdict": "present", "reason": "ringt dem"}
    recheck = [e for e in events if e.kind == "completeness_checked"][-1]
    assert (recheck.at, recheck.actor, recheck.data["by"], recheck.data["outcome"]) == (
        NOW, "saksflyt", "kari", "registered")  # fmt: skip
    assert recheck.data["request_note"] == "vurdert av saksbehandler"
    change = next(e for e in events if e.kind == "status_changed")
    assert (change.at, change.actor) == (NOW, "saksflyt")
    assert change.data == {"from": "needs_review", "to": "registered"}
    assert register.submissions[1].outcome is SubmissionOutcome.REGISTERED
    assert register.submissions[1].reason is None
    assert register.parts[1] == {str(n): "present" for n in range(1, 6)}


def test_a_case_never_checked_is_checked_from_its_documents_before_the_override() -> None:
    register = FakeRegister()
    case = open_case(register, FIRST_THREE + DEFERRED)  # received, never checked
    decision = assess_part(register, case.number, 1, P, "ok", actor="kari", policy=NOTICE,
                           now=NOW, today=TODAY)  # fmt: skip
    assert decision.status is CaseStatus.DEFICIENT
    assert register.parts[1]["1"] == "present" and register.parts[1]["4"] == "missing"


def test_a_deficient_case_still_deficient_gets_no_second_notice() -> None:
    register = FakeRegister()
    case = open_case(register, status=CaseStatus.DEFICIENT)
    checked(register, case, report(P, P, P, M, M))
    decision = assess_part(register, case.number, 4, M, "fortsatt ikke", actor="kari",
                           policy=NOTICE, now=NOW, today=TODAY)  # fmt: skip
    assert decision == Decision(CaseStatus.DEFICIENT, SubmissionOutcome.DEFICIENT, None)
    assert register.outbox == [] and "status_changed" not in kinds(register, case.number)
    assert "info_received" not in kinds(register, case.number)


def test_a_case_in_review_still_uncertain_gets_no_second_interim_reply() -> None:
    register = FakeRegister()
    case = open_case(register, status=CaseStatus.NEEDS_REVIEW)
    checked(register, case, report(P, U, U, P, P))
    decision = assess_part(register, case.number, 2, P, "ok", actor="kari", policy=NOTICE,
                           now=NOW, today=TODAY)  # fmt: skip
    assert decision.letter is None and register.outbox == []


def test_a_received_case_found_deficient_by_a_caseworker_gets_its_notice() -> None:
    register = FakeRegister()
    case = open_case(register)
    checked(register, case, report(P, P, P, P, P))
    decision = assess_part(register, case.number, 3, M, "ikke vurdert", actor="kari",
                           policy=NOTICE, now=NOW, today=TODAY)  # fmt: skip
    assert decision.letter == "deficiency" and [m.kind for m in register.outbox] == [
        "letter:deficiency"
    ]


def test_a_remedied_deficiency_records_the_day_the_information_came() -> None:
    register = FakeRegister()
    case = open_case(register, status=CaseStatus.DEFICIENT)
    checked(register, case, report(P, P, P, M, P))
    assess_part(register, case.number, 4, P, "kom i dag", actor="kari", policy=NOTICE, now=NOW,
                today=date(2026, 3, 30))  # fmt: skip
    got = next(e for e in register.events(case.number) if e.kind == "info_received")
    assert (got.at, got.actor, got.data) == (NOW, "saksflyt", {"received_on": "2026-03-30"})


def test_a_case_registered_by_hand_has_no_submission_to_update() -> None:
    register = FakeRegister()
    case = open_case(register, status=CaseStatus.NEEDS_REVIEW, received={"submission_id": "1"})
    checked(register, case, report(P, U, P, P, P))
    assess_part(register, case.number, 2, P, "ok", actor="kari", policy=NOTICE, now=NOW,
                today=TODAY)  # fmt: skip
    assert register.parts == {} and register.submissions[1].outcome is SubmissionOutcome.RECEIVED


def test_a_case_without_a_receipt_entry_is_assessed_without_a_submission() -> None:
    register = FakeRegister()
    case = open_case(register, status=CaseStatus.NEEDS_REVIEW)
    register.event_log[case.number] = []  # registered by hand: no «received» entry
    checked(register, case, report(P, U, P, P, P))
    decision = assess_part(register, case.number, 2, P, "ok", actor="kari", policy=NOTICE,
                           now=NOW, today=TODAY)  # fmt: skip
    assert decision.status is CaseStatus.REGISTERED and register.parts == {}
    assert register.outbox[0].encrypt_to is None


def test_at_receipt_the_subject_counts_as_part_of_the_request() -> None:
    body = CONTACTS + DESCRIPTION + NECESSITY + DEFERRED  # the request is in the subject only
    result = receive(FakeRegister(), request(body), policy("notice_then_reject"))
    assert result.outcome is SubmissionOutcome.DEFICIENT


def test_at_receipt_the_sender_counts_as_the_contact_persons_address() -> None:
    contacts = CONTACTS.replace(", e-post anne.lund@vestby.example", "")
    body = OPENING + contacts + DESCRIPTION + NECESSITY + RISK + MANAGEMENT
    result = receive(FakeRegister(), request(body), policy())
    assert result.outcome is SubmissionOutcome.REGISTERED


# --- rechecks and expiry -----------------------------------------------------------------------


def test_only_a_deficient_case_is_rechecked_when_documents_arrive() -> None:
    register = FakeRegister()
    case = open_case(register, status=CaseStatus.NEEDS_REVIEW)
    assert recheck_deficient_case(register, case.number, policy=NOTICE, now=NOW,
                                  today=TODAY) is None  # fmt: skip
    assert kinds(register, case.number) == ["received"]


def test_a_deficient_case_still_incomplete_waits_for_its_deadline() -> None:
    register = FakeRegister()
    case = open_case(register, FIRST_THREE + DEFERRED, status=CaseStatus.DEFICIENT)
    assert recheck_deficient_case(register, case.number, policy=NOTICE, now=NOW,
                                  today=TODAY) is None  # fmt: skip
    assert kinds(register, case.number) == ["received"]


def test_a_deficient_case_with_an_override_is_decided_again_when_documents_arrive() -> None:
    register = FakeRegister()
    case = open_case(register, FIRST_THREE + DEFERRED, status=CaseStatus.DEFICIENT)
    register.append_event(case.number, assessed(4, U))
    decision = recheck_deficient_case(register, case.number, policy=NOTICE, now=NOW, today=TODAY)
    assert decision == Decision(CaseStatus.NEEDS_REVIEW, SubmissionOutcome.NEEDS_REVIEW, "interim")
    assert register.parts[1]["4"] == "uncertain" and register.parts[1]["5"] == "missing"


def test_a_recheck_reads_every_mail_text_as_body_and_the_attachments_as_documents() -> None:
    register = FakeRegister()
    case = open_case(register, FIRST_THREE + DEFERRED, status=CaseStatus.DEFICIENT)
    later_mail = Document("e-postteksten.txt", "text/plain", 1, "3" * 64, RISK)
    attachment = Document("validering.txt", "text/plain", 1, "4" * 64, MANAGEMENT)
    register.add_documents(1, case.number, [later_mail, attachment])
    decision = recheck_deficient_case(register, case.number, policy=NOTICE, now=NOW, today=TODAY)
    assert decision == Decision(CaseStatus.REGISTERED, SubmissionOutcome.REGISTERED, "receipt")
    stored = [e for e in register.events(case.number) if e.kind == "completeness_checked"][-1]
    assert stored.at == NOW
    parts = stored.data["parts"]
    assert isinstance(parts, dict)
    assert parts["4"]["evidence"][0]["excerpt"].startswith("Risikovurdering (DPIA)")
    assert parts["5"]["evidence"][0]["source"] == "validering.txt"


def test_a_recheck_reads_the_subject_as_part_of_the_request() -> None:
    register = FakeRegister()
    body = CONTACTS + DESCRIPTION + NECESSITY + DEFERRED  # no request in the text itself
    case = open_case(register, body, title="Anmodning om forhåndsdrøftelse",
                     status=CaseStatus.DEFICIENT)  # fmt: skip
    assert recheck_deficient_case(register, case.number, policy=NOTICE, now=NOW,
                                  today=TODAY) is None  # fmt: skip


def test_the_sender_of_the_request_counts_as_the_contact_persons_address() -> None:
    register = FakeRegister()
    contacts = CONTACTS.replace(", e-post anne.lund@vestby.example", "")
    case = open_case(register, OPENING + contacts + DESCRIPTION + NECESSITY + RISK + MANAGEMENT)
    assess_part(register, case.number, 5, P, "ok", actor="kari", policy=NOTICE, now=NOW,
                today=TODAY)  # fmt: skip
    assert register.parts[1]["1"] == "present"


def info_requested(register: FakeRegister, number: CaseNumber, deadline: str | None) -> None:
    data: dict[str, object] = {"sent_on": "2026-03-23"}
    if deadline is not None:
        data["deadline_on"] = deadline
    register.append_event(number, CaseEvent("info_requested", NOW, "saksflyt", data))


def test_a_deficiency_without_a_deadline_is_never_rejected_by_expiry() -> None:
    register = FakeRegister()
    case = open_case(register, status=CaseStatus.DEFICIENT)
    checked(register, case, report(P, P, P, M, P))
    info_requested(register, case.number, None)  # a request for information by a caseworker
    assert reject_expired_deficiencies(register, policy=REJECT, now=NOW,
                                       today=date(2027, 1, 1)) == []  # fmt: skip
    assert register.get_case(case.number).status is CaseStatus.DEFICIENT


def test_expiry_rejects_on_the_latest_deadline_the_day_after_it() -> None:
    register = FakeRegister()
    case = open_case(register, status=CaseStatus.DEFICIENT)
    checked(register, case, report(P, P, P, M, P))
    info_requested(register, case.number, "2026-04-07")
    info_requested(register, case.number, "2026-04-20")
    assert reject_expired_deficiencies(register, policy=REJECT, now=NOW,
                                       today=date(2026, 4, 20)) == []  # fmt: skip
    rejected = reject_expired_deficiencies(register, policy=REJECT, now=NOW,
                                           today=date(2026, 4, 21))  # fmt: skip
    assert rejected == [case.number]
    assert register.submissions[1].outcome is SubmissionOutcome.REJECTED
    assert register.submissions[1].reason == "mangler del 4"
    events = register.events(case.number)
    assert "completeness_checked" not in [e.kind for e in events[-4:]]
    assert next(e for e in events if e.kind == "info_received").data == {
        "received_on": "2026-04-21"
    }


def test_expiry_looks_at_every_deficient_case_whatever_the_first_one_says() -> None:
    register = FakeRegister()
    waiting = open_case(register, status=CaseStatus.DEFICIENT)
    checked(register, waiting, report(P, P, P, M, P))
    info_requested(register, waiting.number, "2026-04-30")
    expired = open_case(register, status=CaseStatus.DEFICIENT)
    checked(register, expired, report(P, P, P, M, P))
    info_requested(register, expired.number, "2026-04-07")
    assert reject_expired_deficiencies(register, policy=REJECT, now=NOW,
                                       today=date(2026, 4, 8)) == [expired.number]  # fmt: skip
    change = next(e for e in register.events(expired.number) if e.kind == "status_changed")
    assert (change.at, change.data) == (NOW, {"from": "deficient", "to": "rejected"})


def test_expiry_checks_the_documents_of_a_case_that_was_never_checked() -> None:
    register = FakeRegister()
    case = open_case(register, FIRST_THREE + DEFERRED, status=CaseStatus.DEFICIENT)
    info_requested(register, case.number, "2026-04-07")
    assert reject_expired_deficiencies(register, policy=REJECT, now=NOW,
                                       today=date(2026, 4, 8)) == [case.number]  # fmt: skip
    assert register.parts[1]["4"] == "missing"


# --- the party and the letter ------------------------------------------------------------------


def test_the_letter_goes_to_the_organisation_for_the_attention_of_the_sender() -> None:
    register = FakeRegister()
    body = "Vestby AS (org.nr. 923 609 016) anmoder med dette om forhåndsdrøftelse."
    case = open_case(register, body)
    party = request_party(register, case, register.events(case.number))
    assert (party.recipient, party.org_number, party.attention) == (
        "Vestby AS", "923 609 016", "Anne Lund")  # fmt: skip
    assert (party.language, party.confidential) == ("nb", False)


def test_a_sender_who_is_the_organisation_is_not_named_twice() -> None:
    register = FakeRegister()
    case = open_case(register, name="VESTBY AS ")
    party = request_party(register, case, register.events(case.number))
    assert (party.recipient, party.attention) == ("Vestby AS", None)


def test_without_an_organisation_the_letter_goes_to_the_sender_or_the_address() -> None:
    register = FakeRegister()
    case = open_case(register, "Hei, et spørsmål.", name="  ")
    party = request_party(register, case, register.events(case.number))
    assert (party.recipient, party.org_number, party.attention) == (
        "anne.lund@vestby.example", None, None)  # fmt: skip
    named = replace(case, controller_name="Anne Lund")
    assert request_party(register, named, register.events(case.number)).recipient == "Anne Lund"


def test_the_organisation_may_be_named_in_a_later_mail_text() -> None:
    register = FakeRegister()
    case = open_case(register, "Hei.")
    later = "Vestby AS (org.nr. 923 609 016) anmoder med dette om forhåndsdrøftelse."
    register.add_documents(1, case.number, [Document("e-postteksten.txt", "text/plain", 1,
                                                     "5" * 64, later)])  # fmt: skip
    party = request_party(register, case, register.events(case.number))
    assert (party.recipient, party.org_number) == ("Vestby AS", "923 609 016")


def test_only_the_mail_text_names_the_organisation_and_sets_the_language() -> None:
    register = FakeRegister()
    case = open_case(register, "Hei.", title="Request for prior consultation")
    english = "Acme Ltd hereby requests prior consultation under the GDPR."
    attachment = Document("vedlegg.txt", "text/plain", 1, "2" * 64, english)
    register.add_documents(1, case.number, [attachment])
    party = request_party(register, case, register.events(case.number))
    assert (party.recipient, party.language) == ("Anne Lund", "nb")


def test_an_encrypted_request_without_the_senders_key_is_answered_from_the_envelope() -> None:
    register = FakeRegister()
    body = "Vestby AS (org.nr. 923 609 016) anmoder med dette om forhåndsdrøftelse."
    case = open_case(register, body, received={"encryption": "pgp_mime"})
    party = request_party(register, case, register.events(case.number))
    assert (party.recipient, party.org_number, party.confidential) == ("Anne Lund", None, True)
    keyed = open_case(register, body, received={"encryption": "pgp_mime", "sender_key": "F" * 40})
    assert not request_party(register, keyed, register.events(keyed.number)).confidential


def received(**data: object) -> CaseEvent:
    return CaseEvent("received", NOW, "saksflyt", data)


def test_whether_the_request_came_encrypted_is_read_from_its_first_receipt() -> None:
    assert not was_encrypted([])
    assert was_encrypted([received(encryption="inline")])
    assert not was_encrypted([received(encryption="none")])
    assert not was_encrypted([received(encryption="")])
    assert not was_encrypted([received(encryption=1)])
    assert not was_encrypted([received(encryption="none"), received(encryption="inline")])
    assert not was_encrypted([CaseEvent("document_received", NOW, "x", {"encryption": "inline"})])


def test_the_senders_key_is_the_one_recorded_at_the_first_receipt() -> None:
    assert sender_key([]) is None
    assert sender_key([received(sender_key="AB"), received(sender_key="CD")]) == "AB"
    assert sender_key([received(sender_key=None)]) is None
    assert sender_key([received(sender_key=123)]) is None  # only a fingerprint text counts
    assert sender_key([CaseEvent("other", NOW, "x", {"sender_key": "AB"})]) is None


def test_the_clock_stops_between_each_request_for_information_and_its_answer() -> None:
    events = [
        CaseEvent("info_requested", NOW, "x", {"sent_on": "2026-03-23"}),
        CaseEvent("info_received", NOW, "x", {"received_on": "2026-03-30"}),
        CaseEvent("info_requested", NOW, "x", {"sent_on": "2026-04-10"}),
    ]
    assert _suspensions(events) == [(date(2026, 3, 23), date(2026, 3, 30))]


def test_a_queued_notice_is_journaled_sent_and_stops_the_clock() -> None:
    register = FakeRegister()
    body = "Vestby AS (org.nr. 923 609 016) anmoder med dette om forhåndsdrøftelse."
    case = open_case(register, body, received={"sender_key": "F" * 40})
    checked(register, case, report(P, P, P, P, P))
    queued_at: list[datetime] = []
    real_queue = register.queue_mail

    def queue_mail(mail: NewOutgoingMail, at: datetime) -> int:
        queued_at.append(at)
        return real_queue(mail, at)

    register.queue_mail = queue_mail  # type: ignore[method-assign]
    assess_part(register, case.number, 4, M, "ingen DPIA", actor="kari", policy=NOTICE, now=NOW,
                today=TODAY)  # fmt: skip
    (mail,) = register.outbox
    assert (mail.kind, mail.recipients, mail.encrypt_to, mail.journal_document_number) == (
        "letter:deficiency", ("anne.lund@vestby.example",), "F" * 40, 2)  # fmt: skip
    assert mail.case_number == case.number and "26/00001-2" in mail.subject
    assert queued_at == [NOW] and mail.html is not None and "26/00001-2" in mail.html
    events = register.events(case.number)
    queued = next(e for e in events if e.kind == "letter_queued")
    assert (queued.actor, queued.at) == ("saksflyt", NOW)
    version = queued.data["template_version"]
    assert queued.data | {"template_sha256": "-"} == {
        "kind": "deficiency", "document_number": 2, "outgoing_id": 1, "subject": mail.subject,
        "template_name": "deficiency.nb.html.j2", "template_version": version,
        "template_sha256": "-", "language": "nb", "recipient": "Vestby AS",
        "org_number": "923 609 016", "attention": "Anne Lund",
    }  # fmt: skip
    stop = next(e for e in events if e.kind == "info_requested")
    assert (stop.at, stop.actor) == (NOW, "saksflyt")
    assert stop.data == {"sent_on": "2026-03-23", "deadline_on": "2026-04-07"}
    ((draft, final),) = register.kept_letters
    assert draft.content is final.content and draft.created_at == final.finalised_at == NOW
    assert (draft.kind, draft.source, draft.source_format, draft.created_by) == (
        "deficiency", "", "auto", "saksflyt")  # fmt: skip
    assert (final.document_number, final.outgoing_message_id, final.finalised_by) == (
        2, 1, "saksflyt")  # fmt: skip
    assert final.content.docx is None and final.content.text == mail.text


def test_a_receipt_clock_leaves_no_stop_and_names_no_deficiency() -> None:
    register = FakeRegister()
    case = open_case(register, status=CaseStatus.NEEDS_REVIEW)
    checked(register, case, report(P, U, P, P, P))
    assess_part(register, case.number, 2, P, "ok", actor="kari", policy=NOTICE, now=NOW,
                today=TODAY)  # fmt: skip
    assert [m.kind for m in register.outbox] == ["letter:receipt"]
    assert "info_requested" not in kinds(register, case.number)


def header(case: Case, *, confidential: bool = False, on: date = TODAY) -> LetterHeader:
    return LetterHeader(case.number, 2, on, "Datatilsynet", "Vestby AS",
                        (case.controller_email,), automatic=True,
                        confidential=confidential)  # fmt: skip


def test_a_receipt_names_the_latest_day_an_extension_notice_could_still_come() -> None:
    register = FakeRegister()
    case = open_case(register)
    deadlines = compute_deadlines(TODAY, [])
    target, limit = deadlines.notice_target_4w.on, deadlines.notice_limit_1m.on
    assert target < limit

    def receipt(on: date) -> ReceiptLetter:
        data = _letter_data("receipt", header(case, on=on), case, report(), NOTICE, [], on, "nb")
        assert isinstance(data, ReceiptLetter)
        return data

    first = receipt(TODAY)
    assert (first.extension_notice_by_on, first.extension_possible) == (target, True)
    assert first.expected_answer_on == deadlines.d8.on and first.received_on == TODAY
    assert first.request_title == "Kameraanalyse i butikk"
    assert receipt(target).extension_notice_by_on == target
    assert receipt(limit).extension_notice_by_on == limit
    late = receipt(date.fromordinal(limit.toordinal() + 1))
    assert (late.extension_notice_by_on, late.extension_possible) == (None, False)


def test_an_interim_reply_names_the_message_by_its_subject_unless_confidential() -> None:
    register = FakeRegister()
    case = open_case(register, title="Anmodning om forhåndsdrøftelse")
    data = _letter_data("interim", header(case), case, report(), NOTICE, [], TODAY, "nb")
    assert data == InterimReplyLetter(header(case), TODAY, compute_deadlines(TODAY, []).d8.on,
                                      "Anmodning om forhåndsdrøftelse")  # fmt: skip
    secret = _letter_data("interim", header(case, confidential=True), case, report(), NOTICE, [],
                          TODAY, "nb")  # fmt: skip
    assert isinstance(secret, InterimReplyLetter) and secret.request_title is None


def test_a_confidential_receipt_quotes_no_title() -> None:
    register = FakeRegister()
    case = open_case(register)
    data = _letter_data("receipt", header(case, confidential=True), case, report(), NOTICE, [],
                        TODAY, "nb")  # fmt: skip
    assert isinstance(data, ReceiptLetter) and data.request_title is None


def test_a_deficiency_letter_names_the_deadline_and_says_when_no_key_is_known() -> None:
    register = FakeRegister()
    case = open_case(register)
    deadline = date(2026, 4, 7)
    keyless = replace(NOTICE, office_key_fingerprint="")
    data = _letter_data("deficiency", header(case), case, report(P, P, P, M, P), keyless, [],
                        deadline, "nb")  # fmt: skip
    assert isinstance(data, DeficiencyLetter)
    assert (data.deadline_on, data.office_key_fingerprint) == (deadline, "(ikke oppgitt)")
    assert data.request_title == "Kameraanalyse i butikk"
    assert [p.number for p in data.missing_parts] == [4]


def test_a_rejection_names_the_latest_notice_and_its_deadline() -> None:
    register = FakeRegister()
    case = open_case(register)
    events = [
        CaseEvent("info_requested", NOW, "x", {"sent_on": sent, "deadline_on": deadline})
        for sent, deadline in (("2026-03-01", "2026-03-16"), ("2026-03-23", "2026-04-07"))
    ] + [CaseEvent("info_requested", NOW, "x", {"sent_on": "2026-04-01"})]
    data = _letter_data("rejection", header(case), case, report(P, P, P, M, P), NOTICE, events,
                        TODAY, "nb")  # fmt: skip
    assert isinstance(data, RejectionLetter)
    assert (data.deficiency_letter_on, data.deficiency_deadline_on) == (
        date(2026, 3, 23), date(2026, 4, 7))  # fmt: skip
    assert data.office_key_fingerprint == "ABCD" * 10
    assert data.request_title == "Kameraanalyse i butikk"
    none = _letter_data("rejection", header(case), case, report(P, P, P, M, P), NOTICE, [],
                        TODAY, "nb")  # fmt: skip
    assert isinstance(none, RejectionLetter) and none.deficiency_letter_on is None
    assert none.deficiency_deadline_on is None


def test_missing_parts_are_named_in_the_letters_language_with_what_they_must_hold() -> None:
    register = FakeRegister()
    case = open_case(register)
    rep = CompletenessReport(True, "", (
        PartResult(1, P, (), ""), PartResult(4, M, (), "ingen risikovurdering funnet"),
        PartResult(5, M, (), ""),
    ))  # fmt: skip
    nb = _missing_parts(rep, SPEC, header(case), "nb")
    assert [(p.number, p.name, p.required_by_law) for p in nb] == [
        (4, SPEC.part(4).name_nb, True), (5, SPEC.part(5).name_nb, False)]  # fmt: skip
    assert tuple(nb[0].requirements) == SPEC.part(4).requirements
    assert nb[0].note == "Ingen risikovurdering funnet."
    en = _missing_parts(rep, SPEC, header(case), "en")
    assert [p.name for p in en] == [SPEC.part(4).name_en, SPEC.part(5).name_en]
    assert tuple(en[0].requirements) == SPEC.part(4).requirements_en and en[0].note is None
    secret = _missing_parts(rep, SPEC, header(case, confidential=True), "nb")
    assert [p.note for p in secret] == [None, None]


QUOTE = Evidence("e-postteksten", "avsnitt 3", "DPIA ettersendes")


@pytest.mark.parametrize(
    ("part", "language", "note"),
    [
        (PartResult(4, M, (QUOTE,), f"{NOT_ATTACHED_NOTE}: vedlegg 4"), "nb",
         "Dere viste til «DPIA ettersendes», men dette vedlegget var ikke med."),
        (PartResult(4, M, (QUOTE,), f"{NOT_ATTACHED_NOTE}: vedlegg 4"), "en",
         "You referred to “DPIA ettersendes”, but that attachment was not included."),
        (PartResult(4, M, (QUOTE,), "utsatt"), "nb", "Dere skrev: «DPIA ettersendes»"),
        (PartResult(4, M, (QUOTE,), "utsatt"), "en", "You wrote: “DPIA ettersendes”"),
        (PartResult(4, M, (), ""), "nb", None),
        (PartResult(4, M, (), "ingen treff"), "nb", None),
        (PartResult(4, M, (), "saksbehandler: mangler"), "nb", None),
        (PartResult(1, M, (), "kontaktperson mangler telefon"), "en", None),
        (PartResult(1, M, (), "kontaktperson mangler telefon"), "nb",
         "Kontaktperson mangler telefon."),
        (PartResult(1, M, (), "kontaktperson mangler telefon.."), "nb",
         "Kontaktperson mangler telefon."),
        (PartResult(1, M, (), f"{NOT_ATTACHED_NOTE} (vedlegg 4)"), "nb",
         "Vedlegget mangler (vedlegg 4)."),
    ],
)  # fmt: skip
def test_what_the_letter_says_about_a_missing_part(
    part: PartResult, language: str, note: str | None
) -> None:
    assert _letter_note(part, language) == note


def test_a_note_is_written_in_bokmal_unless_told_otherwise() -> None:
    assert _letter_note(PartResult(1, M, (), "mangler e-post")) == "Mangler e-post."


def test_a_note_loses_only_its_closing_full_stops() -> None:
    note = "personvernombud mangler for avdeling X."
    assert _letter_note(PartResult(1, M, (), note)) == "Personvernombud mangler for avdeling X."


def test_a_kept_letter_has_its_documents_unless_it_is_only_queued() -> None:
    register = FakeRegister()
    case = open_case(register)
    data = _letter_data("interim", header(case), case, report(), NOTICE, [], TODAY, "nb")
    letter = render_letter("interim", data, language="nb")
    kept = letter_content(letter, TODAY, publishable_text="offentlig")
    assert kept.docx is not None and kept.docx.startswith(b"PK")
    assert kept.pdf is not None and kept.pdf.startswith(b"%PDF")
    assert (kept.dated_on, kept.language, kept.subject, kept.text, kept.html) == (
        TODAY, "nb", letter.subject, letter.text, letter.html)  # fmt: skip
    assert kept.publishable_text == "offentlig"
    assert (kept.template.name, kept.template.version, kept.template.sha256) == (
        letter.template_name, letter.template_version, letter.template_sha256)  # fmt: skip
    queued = letter_content(letter, TODAY, documents=False)
    assert queued.docx is None and queued.pdf is None and queued.publishable_text is None
