"""casework/drafting.py against in-memory ports: a draft, then the final letter with its journal
number, its queued message, its journal entry and its effect on the case clock; the rules on
advance notice (fvl. § 16) and the publishable text (R-LT-3)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from cases.drafts import (
    CaseParty,
    DraftNotEditable,
    DraftRecord,
    DraftStatus,
    FinalLetter,
    NewDraft,
)
from cases.model import (
    CaseEvent,
    CaseNumber,
    CaseStatus,
    Document,
    NewCase,
    NewSubmission,
    SubmissionOutcome,
)
from casework.drafting import (
    AdvanceNoticeMissing,
    AdvanceNoticeNotCovering,
    AdvanceNoticePending,
    LetterPolicy,
    draft_letter,
    finalise_and_send,
)
from deadlines.clock import (
    ClockFinished,
    ExtensionAlreadyRecorded,
    ExtensionNoticeTooLate,
    SuspensionAlreadyOpen,
)
from letters.findings import LetterInputInvalid
from letters.model import LetterDataInvalid
from tests.fakes import FakeLetters, FakeOutbox, FakeRegister

EXAMPLES = Path(__file__).resolve().parents[2] / "letters" / "examples"
T0 = date(2026, 3, 20)  # four weeks: Fri 17 April; one month: Mon 20 April
RECEIVED = datetime(2026, 3, 20, 15, 45, tzinfo=UTC)
NOW = datetime(2026, 4, 10, 9, 30, tzinfo=UTC)
EMAIL = "kari.nordmann@bergen.kommune.no"
KEY = "5A2C9E0F41B7D3A86C1E2F9047B3D8E1A6C40F72"
EXCEPTION = "Kommunen har uttalt seg skriftlig om de samme forholdene i møtet 2. april."
WARNING = "outcomes: [ADVICE, WARNING]"
DEFAULT = LetterPolicy()


@dataclass
class Office:
    register: FakeRegister
    letters: FakeLetters
    outbox: FakeOutbox
    case: CaseNumber

    def draft(self, kind: str, source: str, today: date, **options: object) -> DraftRecord:
        return draft_letter(
            self.case, kind, source, register=self.register, letters=self.letters, today=today,
            now=NOW, actor="ingrid", **options,  # type: ignore[arg-type]
        )  # fmt: skip

    def finalise(
        self, record: DraftRecord, today: date, policy: LetterPolicy = DEFAULT, now: datetime = NOW
    ) -> DraftRecord:
        return finalise_and_send(
            record.id, register=self.register, letters=self.letters, outbox=self.outbox,
            today=today, now=now, actor="ingrid", policy=policy,
        )  # fmt: skip

    def events(self, kind: str) -> list[CaseEvent]:
        return [e for e in self.register.events(self.case) if e.kind == kind]


def office(received: dict[str, object] | None = None, caseworker: str | None = None) -> Office:
    """A case received on T0 (journal document 1) with one later document (number 2)."""
    register = FakeRegister()
    new = NewCase(RECEIVED, T0, EMAIL, "Kari Nordmann", "Kamera i svømmehallen", "", RECEIVED)
    number = register.open_case(new).number
    register.set_caseworker(number, caseworker)
    data = {"document_number": 1, **(received or {})}
    register.append_event(number, CaseEvent("received", RECEIVED, "saksflyt", data))
    later = CaseEvent("document_received", RECEIVED, "saksflyt", {"document_number": 2})
    register.append_event(number, later)
    letters = FakeLetters({number: CaseParty(EMAIL, "Kari Nordmann", "nb")})
    return Office(register, letters, FakeOutbox(), number)


def example(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def decision(exception: bool = True) -> str:
    source = example("decision-findings.yaml")
    return source + f"advance_notice_exception: {EXCEPTION}\n" if exception else source


def test_a_draft_is_stored_logged_and_replaces_the_open_draft_of_its_kind_only() -> None:
    desk = office()
    closing = desk.draft("closing", example("closing.yaml"), date(2026, 4, 9))
    first = desk.draft("decision", decision(), date(2026, 4, 9))
    second = desk.draft("decision", decision(), date(2026, 4, 10))
    statuses = [r.status for r in desk.letters.for_case(desk.case)]
    assert statuses == [DraftStatus.DRAFT, DraftStatus.SUPERSEDED, DraftStatus.DRAFT]
    assert (closing.kind, first.kind) == ("closing", "decision")
    assert second.content.dated_on == date(2026, 4, 10)
    assert (second.created_at, second.created_by) == (NOW, "ingrid")
    assert second.source == decision() and second.source_format == "yaml"
    assert second.content.docx is not None and second.content.docx.startswith(b"PK")
    assert second.content.pdf is None  # a draft is not archived
    assert "Vår referanse: 26/00001-3" in second.content.text  # provisional: the next number
    logged = desk.events("letter_drafted")
    assert [(e.actor, e.at, e.data) for e in logged][-1] == (
        "ingrid", NOW, {"draft_id": second.id, "kind": "decision"}
    )  # fmt: skip
    template = second.content.template
    assert (template.name, template.version) == ("decision.nb.html.j2", "2.0.0")


def test_letters_given_as_json_are_read_as_json_when_finalised() -> None:
    desk = office()
    notice = {
        "outcomes": ["WARNING"], "grounds": ["Vi vurderer å gi kommunen en advarsel."],
        "reply_by_on": "2026-04-24",
    }  # fmt: skip
    source = json.dumps(notice, indent="\t")  # JSON indented with tabs is not YAML
    record = desk.draft("advance_notice", source, date(2026, 4, 10), fmt="json")
    assert record.source_format == "json"
    desk.finalise(record, date(2026, 4, 10))
    decided = desk.draft("decision", decision(exception=False), date(2026, 4, 27))
    final = desk.finalise(decided, date(2026, 4, 27))  # the notice is read again from its JSON
    assert "I brev av 10. april 2026 varslet vi dere" in final.content.text


def test_finalising_numbers_queues_journals_and_decides() -> None:
    desk = office({"sender_key": KEY})
    record = desk.draft("decision", decision(), date(2026, 4, 10))
    final = desk.finalise(record, date(2026, 4, 14))
    assert final.status is DraftStatus.FINAL and final.document_number == 3
    assert (final.finalised_at, final.finalised_by) == (NOW, "ingrid")
    assert "Vår referanse: 26/00001-3" in final.content.text
    assert "Dato: 14. april 2026" in final.content.text and "26/00001-3" in final.content.subject
    pdf, docx = final.content.pdf, final.content.docx
    assert pdf is not None and pdf.startswith(b"%PDF-") and docx is not None
    [(mail, queued_at)] = desk.outbox.queued
    assert queued_at == NOW and final.outgoing_message_id == 1
    assert (mail.kind, mail.recipients, mail.case_number) == (
        "letter:decision",
        (EMAIL,),
        desk.case,
    )
    assert (mail.subject, mail.text, mail.html) == (
        final.content.subject, final.content.text, final.content.html
    )  # fmt: skip
    assert mail.encrypt_to == KEY and mail.journal_document_number == 3
    [sent] = desk.events("letter_sent")
    template = final.content.template
    assert (sent.at, sent.actor) == (NOW, "ingrid")
    assert sent.data == {
        "document_number": 3, "reference": "26/00001-3", "kind": "decision",
        "draft_id": record.id, "dispatched_on": "2026-04-14", "outgoing_message_id": 1,
        "template_name": template.name, "template_version": template.version,
        "template_sha256": template.sha256,
    }  # fmt: skip
    [decided] = desk.events("decided")
    assert decided.data["dispatched_on"] == "2026-04-14" and decided.actor == "ingrid"
    assert desk.register.get_case(desk.case).status is CaseStatus.DECIDED
    assert desk.register.next_document_number(desk.case) == 4
    with pytest.raises(DraftNotEditable, match=f"Brev {final.id} har status «final»"):
        desk.finalise(final, date(2026, 4, 15))


def test_a_letter_numbered_beyond_the_log_moves_the_next_number_on() -> None:
    desk = office()
    record = desk.draft("closing", example("closing.yaml"), date(2026, 4, 10))
    kept = desk.letters.add(NewDraft(desk.case, "receipt", record.content, "", "auto", NOW, "x"))
    desk.letters.finalise(kept.id, FinalLetter(6, record.content, NOW, "saksflyt", None))
    assert desk.finalise(record, date(2026, 4, 10)).document_number == 7


def test_a_superseded_draft_cannot_be_finalised() -> None:
    desk = office()
    first = desk.draft("closing", example("closing.yaml"), date(2026, 4, 10))
    desk.draft("closing", example("closing.yaml"), date(2026, 4, 10))
    with pytest.raises(DraftNotEditable, match="superseded"):
        desk.finalise(first, date(2026, 4, 10))
    assert desk.outbox.queued == []


def test_a_closing_letter_withdraws_the_case_and_then_no_letter_can_be_finalised() -> None:
    desk = office()
    closing = desk.draft("closing", example("closing.yaml"), date(2026, 4, 10))
    request = desk.draft("info_request", example("info-request.yaml"), date(2026, 4, 10))
    desk.finalise(closing, date(2026, 4, 10))
    [withdrawn] = desk.events("withdrawn")
    assert (withdrawn.actor, withdrawn.at) == ("ingrid", NOW)
    assert desk.register.get_case(desk.case).status is CaseStatus.WITHDRAWN
    with pytest.raises(ClockFinished, match=r"Saken er avsluttet \(withdrawn\)"):
        desk.finalise(request, date(2026, 4, 11))
    assert len(desk.outbox.queued) == 1


def test_an_extension_extends_the_case_with_its_reasons() -> None:
    desk = office()
    source = example("extension.yaml") + "override_reason: Avklaring med EDPB tok tid.\n"
    record = desk.draft("extension", source, date(2026, 4, 15))
    assert "Den nye fristen er 26. juni 2026." in record.content.text
    desk.finalise(record, date(2026, 4, 18))  # after four weeks: the override reason counts
    [extended] = desk.events("extended")
    assert extended.data["notice_sent_on"] == "2026-04-18" and extended.actor == "ingrid"
    assert extended.data["reason"].startswith("Anmodningen gjelder analyse av røntgenbilder")
    assert extended.data["reason"].endswith("europeiske tilsynsmyndigheter.")
    assert "\n\nSaken reiser" in extended.data["reason"]
    assert extended.data["override_reason"] == "Avklaring med EDPB tok tid."
    again = desk.draft("extension", source, date(2026, 4, 18))
    with pytest.raises(ExtensionAlreadyRecorded):
        desk.finalise(again, date(2026, 4, 18))
    assert len(desk.outbox.queued) == 1  # refused before anything was queued or numbered
    assert desk.letters.get(again.id).status is DraftStatus.DRAFT


def test_an_extension_after_the_one_month_limit_is_refused_and_nothing_is_kept() -> None:
    desk = office()
    source = example("extension.yaml") + "override_reason: Avklaring med EDPB tok tid.\n"
    record = desk.draft("extension", source, date(2026, 4, 16))
    with pytest.raises(ExtensionNoticeTooLate):
        desk.finalise(record, date(2026, 4, 21))
    assert desk.letters.get(record.id).status is DraftStatus.DRAFT
    assert desk.outbox.queued == [] and desk.events("extended") == []


def test_an_information_request_stops_the_clock_with_what_it_asks_for() -> None:
    desk = office()
    policy = LetterPolicy(KEY)
    record = desk.draft("info_request", example("info-request.yaml"), date(2026, 4, 1),
                        policy=policy)  # fmt: skip
    assert "5A2C 9E0F" in record.content.text
    desk.finalise(record, date(2026, 4, 1))
    [requested] = desk.events("info_requested")
    assert requested.data["sent_on"] == "2026-04-01" and requested.actor == "ingrid"
    assert requested.data["what"] == (
        "Databehandleravtalen med leverandøren av analyseverktøyet.; "
        "En beskrivelse av hvordan modellen er testet for skjevheter mellom grupper."
    )
    second = desk.draft("info_request", example("info-request.yaml"), date(2026, 4, 2))
    with pytest.raises(SuspensionAlreadyOpen):
        desk.finalise(second, date(2026, 4, 2))  # the clock already waits for an answer
    assert len(desk.outbox.queued) == 1


def test_an_advance_notice_moves_no_clock_and_must_go_before_its_reply_date() -> None:
    desk = office()
    notice = desk.draft("advance_notice", example("advance-notice.yaml"), date(2026, 4, 10))
    with pytest.raises(LetterInputInvalid) as refused:
        desk.finalise(notice, date(2026, 4, 24))  # reply_by_on is 24 April
    assert refused.value.problems == ("reply_by_on: svarfristen må være etter brevdatoen",)
    assert desk.outbox.queued == []
    desk.finalise(notice, date(2026, 4, 23))
    kinds = [e.kind for e in desk.register.events(desk.case)]
    assert kinds[-1] == "letter_sent" and "decided" not in kinds


def test_a_corrective_decision_without_a_notice_or_an_exception_is_refused() -> None:
    desk = office()
    record = desk.draft("decision", decision(exception=False), date(2026, 4, 10))
    with pytest.raises(AdvanceNoticeMissing, match="i sak 2026/00001 "):
        desk.finalise(record, date(2026, 4, 14))
    assert desk.letters.get(record.id).status is DraftStatus.DRAFT and desk.outbox.queued == []


def test_an_exception_from_advance_notice_is_logged_and_printed() -> None:
    desk = office()
    final = desk.finalise(desk.draft("decision", decision(), date(2026, 4, 10)), date(2026, 4, 14))
    [logged] = desk.events("advance_notice_exception")
    assert (logged.data, logged.actor, logged.at) == ({"reason": EXCEPTION}, "ingrid", NOW)
    assert "Vi har ikke sendt forhåndsvarsel, jf. forvaltningsloven § 16 tredje ledd." in (
        final.content.text
    )


def test_a_decision_waits_for_the_notices_reply_date_then_cites_the_notice() -> None:
    desk = office()
    draft_notice = desk.draft("advance_notice", example("advance-notice.yaml"), date(2026, 4, 10))
    desk.finalise(draft_notice, date(2026, 4, 10))  # reply by 24 April
    record = desk.draft("decision", decision(exception=False), date(2026, 4, 20))
    with pytest.raises(AdvanceNoticePending, match="2026-04-24"):
        desk.finalise(record, date(2026, 4, 24))
    final = desk.finalise(record, date(2026, 4, 25))
    assert "I brev av 10. april 2026 varslet vi dere om at vi vurderte å treffe vedtak." in (
        final.content.text
    )
    assert desk.events("advance_notice_exception") == []


@pytest.mark.parametrize("answer", ["document_received", "attached"])
def test_an_answer_to_the_notice_lets_the_decision_go_before_the_reply_date(answer: str) -> None:
    desk = office()
    notice = desk.draft("advance_notice", example("advance-notice.yaml"), date(2026, 4, 10))
    sent = NOW + timedelta(hours=6)
    desk.finalise(notice, date(2026, 4, 10), now=sent)
    earlier = CaseEvent(answer, NOW + timedelta(hours=1), "saksflyt", {})
    desk.register.append_event(desk.case, earlier)  # after the draft, before the notice went
    record = desk.draft("decision", decision(exception=False), date(2026, 4, 20))
    with pytest.raises(AdvanceNoticePending):
        desk.finalise(record, date(2026, 4, 20))
    desk.register.append_event(desk.case, CaseEvent(answer, sent + timedelta(days=3), "x", {}))
    assert desk.finalise(record, date(2026, 4, 20)).status is DraftStatus.FINAL


def test_a_decision_with_a_measure_the_notice_did_not_name_is_refused_naming_each() -> None:
    desk = office()
    notice = desk.draft("advance_notice", example("advance-notice.yaml"), date(2026, 4, 10))
    desk.finalise(notice, date(2026, 4, 10))  # a warning
    source = decision(exception=False).replace(WARNING, "outcomes: [WARNING, ORDER, BAN]")
    source += "order_deadline_on: 2026-08-31\n"
    record = desk.draft("decision", source, date(2026, 4, 27))
    uncovered = "i sak 2026/00001 nevner ikke pålegg eller forbud "
    with pytest.raises(AdvanceNoticeNotCovering, match=uncovered):
        desk.finalise(record, date(2026, 4, 27))
    excepted = desk.draft("decision", source + f"advance_notice_exception: {EXCEPTION}\n",
                          date(2026, 4, 27))  # fmt: skip
    assert desk.finalise(excepted, date(2026, 4, 27)).status is DraftStatus.FINAL


def test_a_draft_notice_is_not_a_sent_notice() -> None:
    desk = office()
    desk.draft("advance_notice", example("advance-notice.yaml"), date(2026, 4, 10))
    record = desk.draft("decision", decision(exception=False), date(2026, 4, 27))
    with pytest.raises(AdvanceNoticeMissing):
        desk.finalise(record, date(2026, 4, 27))


def test_the_publishable_text_keeps_staff_and_drops_the_people_of_the_case() -> None:
    desk = office(caseworker="Tor Andersen")
    text = "Kontaktperson: Ola Hansen, tlf. 911 22 333."
    submission = NewSubmission(
        "imap:INBOX:1:2", None, "ab" * 32, RECEIVED, T0, RECEIVED, EMAIL, "Svar",
        SubmissionOutcome.ATTACHED, case_number=desk.case,
    )  # fmt: skip
    sid = desk.register.add_submission(submission)
    document = Document("vedlegg.txt", "text/plain", len(text), "cd" * 32, text)
    desk.register.add_documents(sid, desk.case, [document])
    source = decision().replace(
        "\nfacts:\n", "\nfacts:\n  - Ola Hansen og Kari Nordmann har skrevet til oss.\n", 1
    )
    record = desk.draft("decision", source, date(2026, 4, 10))
    public = record.content.publishable_text
    assert public is not None
    for secret in ("Ola Hansen", "Kari Nordmann"):
        assert secret not in public and secret in record.content.text
    office_contacts = ("22 39 69 00", "postkasse@datatilsynet.no", "Trelastgata 3")
    for kept in ("Ingrid Solberg", "Datatilsynet", "Vår referanse: 26/00001-3", *office_contacts):
        assert kept in public
    assert "Bergen kommune" in public  # a public body is named


def test_a_company_controller_is_hidden_unless_the_office_says_otherwise() -> None:
    desk = office()
    source = decision().replace("Bergen kommune", "Vestby Handel")  # a company by its form only
    source = source.replace("964 338 531", "923 609 016").replace("form: KOMM", "form: AS")
    hidden = desk.draft("decision", source, date(2026, 4, 10)).content.publishable_text or ""
    assert "Vestby Handel" not in hidden and "923 609 016" not in hidden
    policy = LetterPolicy(redact_controller=False)
    shown = desk.draft("decision", source, date(2026, 4, 10), policy=policy)
    public = shown.content.publishable_text or ""
    assert "\nVestby Handel\n" in public and "\nOrg.nr. 923 609 016\n" in public


def test_an_exempt_decision_and_other_letters_have_no_publishable_text() -> None:
    desk = office()
    exempt = desk.draft("decision", decision() + "exempt_basis: FVL_13_1_2\n", date(2026, 4, 10))
    assert exempt.content.publishable_text is None
    assert exempt.content.text.count("Unntatt offentlighet") == 1
    closing = desk.draft("closing", example("closing.yaml"), date(2026, 4, 10))
    assert closing.content.publishable_text is None


def test_an_encrypted_request_answered_in_clear_is_not_quoted_by_its_title() -> None:
    title = "om «Kamera i svømmehallen»"
    clear = office().draft("closing", example("closing.yaml"), date(2026, 4, 1))
    assert title in clear.content.text
    desk = office({"encryption": "pgp_mime"})
    assert (
        title not in desk.draft("closing", example("closing.yaml"), date(2026, 4, 1)).content.text
    )
    answered = office({"encryption": "pgp_mime", "sender_key": KEY})
    assert (
        title in answered.draft("closing", example("closing.yaml"), date(2026, 4, 1)).content.text
    )


CONTROLLER = """controller:
  name: Bergen kommune
  org_number: "964 338 531"
  organisation_form: KOMM
  address: [Postboks 7700, 5020 Bergen]
"""


def test_without_a_controller_the_letter_goes_to_whom_the_automatic_letters_addressed() -> None:
    desk = office()
    addressed = {
        "recipient": "Nordlys Avfall", "org_number": "964 966 486", "attention": "Kari Nordmann",
        "language": "en",
    }  # fmt: skip
    older = {"recipient": "Nordlys Renovasjon", "org_number": "999 999 999", "language": "nb"}
    for kind, data in [
        ("letter_queued", older), ("letter_queued", addressed),
        ("letter_queued", {"kind": "alert"}),  # a message to the office, no addressee
        ("mail_failed", {"recipient": "postmaster@nordlys.example"}),
    ]:  # fmt: skip
        desk.register.append_event(desk.case, CaseEvent(kind, NOW, "saksflyt", data))
    source = decision().replace(CONTROLLER, "").replace("language: nb\n", "")
    record = desk.draft("decision", source, date(2026, 4, 10))
    assert record.content.language == "en"
    assert record.content.template.name == "decision.en.html.j2"
    lines = record.content.text.splitlines()
    assert lines[2:5] == [
        "Nordlys Avfall", "For the attention of Kari Nordmann", "Organisation number 964 966 486"
    ]  # fmt: skip
    public = record.content.publishable_text or ""  # Lund kommune's number: a public body
    assert "Nordlys Avfall" in public and "964 966 486" in public
    assert "Kari Nordmann" not in public


def test_the_caseworker_named_is_the_inputs_else_the_cases_else_who_finalises() -> None:
    source = example("closing.yaml")
    anonymous = source.replace("caseworker: Ingrid Solberg\n", "")
    assert "Saksbehandler: Ingrid Solberg" in office().draft("closing", source, T0).content.text
    assigned = office(caseworker="Tor Andersen")
    assert "Saksbehandler: Tor Andersen" in assigned.draft("closing", anonymous, T0).content.text
    desk = office()
    record = desk.draft("closing", anonymous, T0)
    assert "Saksbehandler: ingrid" in record.content.text
    final = desk.finalise(record, date(2026, 4, 10))
    assert "Saksbehandler: ingrid" in final.content.text


def test_an_extension_drafted_while_the_clock_stands_still_counts_the_pause() -> None:
    desk = office()
    desk.finalise(desk.draft("info_request", example("info-request.yaml"), date(2026, 4, 1)),
                  date(2026, 4, 1))  # fmt: skip
    extension = desk.draft("extension", example("extension.yaml"), date(2026, 4, 10))
    # 26 June without the pause; the nine days from 1 April to 10 April move it to 6 July
    assert "Den nye fristen er 6. juli 2026." in extension.content.text


def test_an_extension_cannot_even_be_drafted_after_the_one_month_limit() -> None:
    with pytest.raises(LetterDataInvalid, match="for sent"):
        office().draft("extension", example("extension.yaml"), date(2026, 4, 21))
