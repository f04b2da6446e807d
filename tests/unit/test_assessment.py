"""What the completeness verdict does to a case: outcome, status, automatic letter (P1, P2, C5)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from cases.drafts import DraftRecord, DraftStatus
from cases.model import CaseStatus, SubmissionOutcome
from casework.assessment import (
    AssessmentNotAllowed,
    AssessmentPolicy,
    assess_part,
    reject_expired_deficiencies,
)
from casework.rendering import render_documents, rendered_letter
from completeness import Verdict
from config.case_types import load_case_type
from deadlines.calendar import compute_deadlines
from intake.mailbox import FetchedMessage
from intake.service import IntakePolicy, IntakeResult, receive_message
from letters.citations import default_letterhead
from reading.parse import ParseLimits
from tests.fakes import FakeDecryptor, FakeRegister
from tests.pdfa import read_pdfa
from tests.unit.test_letter_documents import RULE_CODE

NOW = datetime(2026, 3, 23, 9, 0, tzinfo=UTC)  # Monday 23 March 2026 in Oslo
TODAY = date(2026, 3, 23)
SPEC = load_case_type("prior_consultation")

CONTACTS = """Kontaktinformasjon
Kontaktperson: Anne Lund, telefon 22 33 44 55, e-post anne.lund@vestby.example.
Personvernombud: Per Dahl, telefon 22 33 44 66, e-post personvernombud@vestby.example.
"""
DESCRIPTION = """Systematisk beskrivelse av behandlingen
Vestby AS vil analysere bevegelsesmønstre fra kameraer i butikkene for å oppdage tyveri. Om lag
300 000 kunder i året filmes. Opplysningene lagres i 30 dager hos oss og deles ikke med andre.
Løsningen driftes av vår egen IT-avdeling, og ansvaret ligger hos sikkerhetssjefen.
"""
NECESSITY = """Vurdering av nødvendighet og forholdsmessighet
Vi har vurdert vakter og skilting som mindre inngripende tiltak, men de gir ikke samme effekt.
Kundene informeres med skilt ved inngangen og på nettsiden, og kan be om innsyn og sletting.
"""
RISK = """Risikovurdering (DPIA)
Vurderingen av personvernkonsekvenser viser høy risiko for feilaktig mistanke mot kunder og for
overvåking av ansatte. Tiltak: maskering av ansikter, tilgangsstyring og logging. Vurdert, men ikke
gjennomført: lokal behandling i kameraene, fordi utstyret ikke støtter det. Restrisikoen er høy.
"""
MANAGEMENT = """Ledelsens validering av DPIA
Styret behandlet vurderingen i to møter i februar, med innspill fra tillitsvalgte og
personvernombudet. Styret vedtok å be om forhåndsdrøftelse fordi risikoen fortsatt er høy.
"""
OPENING = (
    "Vestby AS anmoder med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36.\n\n"
)
FIRST_THREE = OPENING + CONTACTS + DESCRIPTION + NECESSITY
DEFERRED = "\nDPIA og ledelsens validering ettersendes.\n"


def request(body: str, *, subject: str = "Anmodning om forhåndsdrøftelse", uid: int = 1) -> bytes:
    message = EmailMessage()
    message["From"] = "Anne Lund <anne.lund@vestby.example>"
    message["Subject"] = subject
    message["Message-ID"] = f"<req-{uid}@vestby.example>"
    message.set_content(body)
    return message.as_bytes()


def policy(incomplete: str = "reject") -> IntakePolicy:
    assessment = AssessmentPolicy(SPEC, incomplete, "ABCD" * 10)
    return IntakePolicy(ZoneInfo("Europe/Oslo"), ParseLimits(), "S1", assessment)


def receive(register: FakeRegister, raw: bytes, pol: IntakePolicy, *, uid: int = 1,
            now: datetime = NOW) -> IntakeResult:  # fmt: skip
    fetched = FetchedMessage(f"imap:INBOX:1:{uid}", uid, raw, now)
    return receive_message(fetched, register=register, decryptor=FakeDecryptor(), policy=pol,
                           now=now)  # fmt: skip


def kinds(register: FakeRegister, result: IntakeResult) -> list[str]:
    assert result.case_number is not None
    return [e.kind for e in register.events(result.case_number)]


def test_a_complete_request_is_registered_and_gets_a_receipt_with_the_8_week_date() -> None:
    register = FakeRegister()
    body = OPENING + CONTACTS + DESCRIPTION + NECESSITY + RISK + MANAGEMENT
    result = receive(register, request(body), policy())
    assert result.outcome is SubmissionOutcome.REGISTERED
    assert register.parts[result.submission_id] == {str(n): "present" for n in range(1, 6)}
    (letter,) = register.outbox
    assert letter.kind == "letter:receipt" and letter.journal_document_number == 2
    assert "26/00001-2" in letter.subject
    assert "18. mai 2026" in letter.text  # D8: 23 March + 56 days = Monday 18 May
    assert kinds(register, result)[-2:] == ["status_changed", "letter_queued"]


def test_a_clearly_incomplete_request_is_rejected_naming_each_missing_part() -> None:
    register = FakeRegister()
    body = (
        OPENING
        + CONTACTS
        + DESCRIPTION
        + NECESSITY
        + ("\nRisikovurderingen (DPIA) ettersendes. Ledelsens validering av DPIA kommer senere.\n")
    )
    result = receive(register, request(body), policy("reject"))
    assert result.outcome is SubmissionOutcome.REJECTED
    assert register.parts[result.submission_id]["4"] == "missing"
    (letter,) = register.outbox
    assert letter.kind == "letter:rejection"
    for part in (4, 5):
        assert SPEC.part(part).name_nb in letter.text
        assert SPEC.part(part).requirements[0] in letter.text
    assert "Personvernnemnda" in letter.text and "tre uker" in letter.text


def test_notice_then_reject_sends_a_deficiency_notice_and_stops_the_clock() -> None:
    register = FakeRegister()
    body = FIRST_THREE + DEFERRED
    first = receive(register, request(body), policy("notice_then_reject"))
    assert first.outcome is SubmissionOutcome.DEFICIENT
    assert first.case_number is not None
    assert register.get_case(first.case_number).status is CaseStatus.DEFICIENT
    (notice,) = register.outbox
    # R-T-18: 14 days from 23 March is 6 April, Easter Monday: the deadline rolls to 7 April
    assert notice.kind == "letter:deficiency" and "7. april 2026" in notice.text
    stop = next(e for e in register.events(first.case_number) if e.kind == "info_requested")
    assert stop.data == {"sent_on": "2026-03-23", "deadline_on": "2026-04-07"}


def test_the_missing_parts_arriving_in_time_continue_the_same_case() -> None:
    register = FakeRegister()
    body = FIRST_THREE + DEFERRED
    first = receive(register, request(body), policy("notice_then_reject"))
    assert first.case_number is not None
    later = NOW + timedelta(days=7)
    reply = request(RISK + MANAGEMENT, subject=f"SV: vår ref. {first.case_number.reference(2)}",
                    uid=2)  # fmt: skip
    attached = receive(register, reply, policy("notice_then_reject"), uid=2, now=later)
    assert attached.outcome is SubmissionOutcome.ATTACHED
    case = register.get_case(first.case_number)
    assert case.status is CaseStatus.REGISTERED
    assert "info_received" in kinds(register, first)
    receipt = register.outbox[-1]
    assert receipt.kind == "letter:receipt"
    expected = compute_deadlines(TODAY, [(TODAY, date(2026, 3, 30))]).d8.on
    assert expected == date(2026, 5, 25 + 1)  # 7 suspended days; 25 May is Whit Monday
    assert "26. mai 2026" in receipt.text


def test_an_unremedied_deficiency_is_rejected_on_the_day_after_its_deadline() -> None:
    register = FakeRegister()
    body = FIRST_THREE + DEFERRED
    first = receive(register, request(body), policy("notice_then_reject"))
    assessment = policy("notice_then_reject").assessment
    assert assessment is not None and first.case_number is not None
    on_deadline = reject_expired_deficiencies(register, policy=assessment, now=NOW,
                                              today=date(2026, 4, 7))  # fmt: skip
    assert on_deadline == []
    day_after = reject_expired_deficiencies(register, policy=assessment, now=NOW,
                                            today=date(2026, 4, 8))  # fmt: skip
    assert day_after == [first.case_number]
    assert register.get_case(first.case_number).status is CaseStatus.REJECTED
    rejection = register.outbox[-1]
    assert rejection.kind == "letter:rejection" and "7. april 2026" in rejection.text


def test_management_validation_alone_is_asked_for_never_a_reason_to_reject() -> None:
    register = FakeRegister()
    body = (
        OPENING
        + CONTACTS
        + DESCRIPTION
        + NECESSITY
        + RISK
        + "\nLedelsens validering ettersendes.\n"
    )
    result = receive(register, request(body), policy("reject"))
    assert result.outcome is SubmissionOutcome.DEFICIENT  # C5
    assert register.outbox[0].kind == "letter:deficiency"


def test_a_question_goes_to_a_caseworker_and_the_sender_gets_an_interim_reply() -> None:
    register = FakeRegister()
    body = "Hei! Må vi be om forhåndsdrøftelse for et nytt kamerasystem? Kan dere veilede oss?"
    result = receive(register, request(body, subject="Spørsmål"), policy())
    assert result.outcome is SubmissionOutcome.NEEDS_REVIEW
    (interim,) = register.outbox
    assert interim.kind == "letter:interim"
    assert "En saksbehandler vil derfor lese den og svare dere." in interim.text
    assert "forvaltningsloven § 11 a" in interim.text
    reason = register.submissions[result.submission_id].reason
    assert reason is not None and reason.startswith("ikke en anmodning")


def test_automatic_letters_are_addressed_to_the_controller_and_say_they_are_automatic() -> None:
    register = FakeRegister()
    body = (
        "Vestby AS (org.nr. 923 609 016) anmoder med dette om forhåndsdrøftelse.\n\n"
        + CONTACTS + DESCRIPTION + NECESSITY + RISK + MANAGEMENT
    )  # fmt: skip
    receive(register, request(body), policy())
    text = register.outbox[0].text
    recipient = "Vestby AS\nv/ Anne Lund\nanne.lund@vestby.example\nOrg.nr. 923 609 016"
    assert text.index(recipient) < text.index("Vår ref")
    assert "Saksbehandler: ingen (automatisk brev)" in text
    assert "Dette brevet er laget automatisk av saksbehandlingssystemet vårt." in text
    assert "Datatilsynet, seksjon for forhåndsdrøftelser, på e-post postkasse@" in text
    assert "godkjent" not in text and "Automatisk behandlet" not in text
    # the receipt says by when an extension notice would come: 4 weeks after 23 March
    assert "I så fall får dere beskjed senest 20. april 2026" in text


ENGLISH = (
    "Acme Ltd hereby requests prior consultation under Article 36 of the GDPR. Please note "
    "that the impact assessment and the management validation will be sent later, as they "
    "are with the board this month.\n\n"
    "Description of the processing\n"
    "Our shops will record customers' faces at the entrance and compare them in real time "
    "with a list of people banned from the premises; matches alert the guard on duty.\n\n"
    "Necessity and proportionality\n"
    "Theft has doubled in two years, guards alone have not helped, and images that do not "
    "match are deleted at once, so the measure is necessary and proportionate.\n\n"
    "Contact person: Anne Lund, phone 22 33 44 55, e-mail "
    "anne.lund@vestby.example. Data protection officer: Per Dahl, phone 22 33 44 66, "
    "e-mail dpo@vestby.example.\n"
)


def test_a_request_in_english_is_answered_in_english() -> None:
    register = FakeRegister()
    receive(register, request(ENGLISH, subject="Request for prior consultation"), policy())
    (letter,) = register.outbox
    assert "Our reference:" in letter.text and "Vår referanse" not in letter.text
    assert "Acme Ltd\nFor the attention of Anne Lund" in letter.text
    # what the missing parts must contain is quoted in English too
    assert "documentation from carrying out the data protection impact assessment" in letter.text
    assert "Dokumentasjon fra ledelsens validering" not in letter.text


def test_an_english_letter_quotes_the_sender_but_carries_no_bokmal_analysis_note() -> None:
    register = FakeRegister()
    no_phone = ENGLISH.replace("Anne Lund, phone 22 33 44 55,", "Anne Lund,")
    receive(register, request(no_phone, subject="Request for prior consultation"),
            policy("notice_then_reject"))  # fmt: skip
    (letter,) = register.outbox
    assert letter.kind == "letter:deficiency" and "Part 1: Contact details" in letter.text
    assert "You wrote: “Please note that the impact assessment" in letter.text
    for bokmal in ("Kontaktperson", "mangler", "Dere skrev"):
        assert bokmal not in letter.text
    # a subject that only says what every request says is not quoted back
    assert "concerning “Request for prior consultation”" not in letter.text
    assert "We received your request for prior consultation on 23 March 2026." in letter.text
    assert RULE_CODE.search(letter.text) is None


def test_a_bokmal_letter_says_what_part_1_lacks_and_quotes_an_informative_subject() -> None:
    register = FakeRegister()
    contacts = CONTACTS.replace("Anne Lund, telefon 22 33 44 55,", "Anne Lund,")
    body = OPENING + contacts + DESCRIPTION + NECESSITY + DEFERRED
    subject = "Forhåndsdrøfting: kameraanalyse i butikk"
    receive(register, request(body, subject=subject), policy("notice_then_reject"))
    (letter,) = register.outbox
    assert "Kontaktperson mangler telefon." in letter.text
    assert f"forhåndsdrøftelse om «{subject}» 23. mars 2026" in letter.text
    assert RULE_CODE.search(letter.text) is None


def test_an_encrypted_request_answered_in_clear_quotes_nothing_and_asks_for_a_key() -> None:
    register = FakeRegister()
    body = FIRST_THREE + "\nDPIA og ledelsens validering ettersendes etter styremøtet i mai.\n"
    armored = "-----BEGIN PGP MESSAGE-----\n\nhQEMA1SECRETMARKER\n-----END PGP MESSAGE-----\n"
    keyring = FakeDecryptor(codebook={b"SECRETMARKER": body.encode()})
    raw = request(armored, subject="Forhåndsdrøfting: kameraanalyse i butikk")
    fetched = FetchedMessage("imap:INBOX:1:1", 1, raw, NOW)
    result = receive_message(fetched, register=register, decryptor=keyring,
                             policy=policy("reject"), now=NOW)  # fmt: skip
    assert result.outcome is SubmissionOutcome.REJECTED
    (letter,) = register.outbox
    assert letter.encrypt_to is None
    for quoted in ("styremøtet", "ettersendes", "kameraanalyse", "Vestby AS"):
        assert quoted not in letter.text and quoted not in letter.subject
    assert "Del 4:" in letter.text and "Del 5:" in letter.text
    assert "Derfor gjengir vi ikke noe av innholdet i anmodningen." in letter.text
    assert "sender dere oss den offentlige OpenPGP-nøkkelen deres" in letter.text


def test_every_automatic_letter_is_kept_in_the_case_and_rendered_as_pdf_a_from_its_html() -> None:
    register = FakeRegister()
    receive(register, request(FIRST_THREE + DEFERRED), policy("notice_then_reject"))
    ((draft, final),) = register.kept_letters
    assert draft.kind == "deficiency" and draft.source_format == "auto"
    assert final.outgoing_message_id == 1 and final.document_number == 2
    assert final.content.text == register.outbox[0].text
    # queued with its texts; the DOCX and PDF/A are rendered before it is sent (decisions/0011)
    assert final.content.awaits_rendering and final.content.pdf is None
    record = DraftRecord(
        1, draft.case_number, draft.kind, DraftStatus.FINAL, final.content, "", "auto",
        draft.created_at, draft.created_by, final.document_number,
    )  # fmt: skip
    docx, pdf = render_documents(record)
    assert docx.startswith(b"PK")
    archived = read_pdfa(pdf)
    assert archived.is_pdfa_2b and archived.is_a4 and archived.language == "nb-NO"
    reference = draft.case_number.reference(2)  # the letter's own reference, as when queued
    assert rendered_letter(record, default_letterhead()).reference == reference
    assert reference in final.content.text


def test_a_caseworker_override_is_logged_and_decides_the_outcome_again() -> None:
    register = FakeRegister()
    body = OPENING + CONTACTS + DESCRIPTION + NECESSITY + RISK + MANAGEMENT
    # a processor is reachable but not named: part 1 is uncertain, not missing (P2, R-CP-8)
    body += "\nDatabehandleren nås på telefon 22 00 11 00 og drift@kamera.example.\n"
    first = receive(register, request(body), policy())
    assert first.outcome is SubmissionOutcome.NEEDS_REVIEW and first.case_number is not None
    assessment = policy().assessment
    assert assessment is not None
    decision = assess_part(register, first.case_number, 1, Verdict.PRESENT, "Ringt databehandleren",
                           actor="kari", policy=assessment, now=NOW, today=TODAY)  # fmt: skip
    assert decision.status is CaseStatus.REGISTERED and decision.letter == "receipt"
    logged = next(e for e in register.events(first.case_number) if e.kind == "part_assessed")
    assert logged.actor == "kari" and logged.data["reason"] == "Ringt databehandleren"
    assert register.parts[first.submission_id]["1"] == "present"


def test_a_rejected_case_cannot_be_reassessed() -> None:
    register = FakeRegister()
    body = FIRST_THREE + DEFERRED
    first = receive(register, request(body), policy("reject"))
    assessment = policy().assessment
    assert first.case_number is not None and assessment is not None
    with pytest.raises(AssessmentNotAllowed):
        assess_part(register, first.case_number, 4, Verdict.PRESENT, "x", actor="kari",
                    policy=assessment, now=NOW, today=TODAY)  # fmt: skip


def test_letters_go_encrypted_to_a_sender_whose_key_we_know() -> None:
    register = FakeRegister()
    keyring = FakeDecryptor(known_senders={"anne.lund@vestby.example": "F" * 40})
    body = OPENING + CONTACTS + DESCRIPTION + NECESSITY + RISK + MANAGEMENT
    fetched = FetchedMessage("imap:INBOX:1:1", 1, request(body), NOW)
    receive_message(fetched, register=register, decryptor=keyring, policy=policy(), now=NOW)
    assert register.outbox[0].encrypt_to == "F" * 40


def test_a_public_key_attached_to_the_request_is_learnt() -> None:
    register = FakeRegister()
    keyring = FakeDecryptor()
    message = EmailMessage()
    message["From"] = "anne.lund@vestby.example"
    message["Subject"] = "Anmodning om forhåndsdrøftelse"
    message.set_content(OPENING + CONTACTS + DESCRIPTION + NECESSITY + RISK + MANAGEMENT)
    key = b"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZ\n-----END PGP PUBLIC KEY BLOCK-----\n"
    message.add_attachment(key, "application", "pgp-keys", filename="anne.asc")
    fetched = FetchedMessage("imap:INBOX:1:1", 1, message.as_bytes(), NOW)
    receive_message(fetched, register=register, decryptor=keyring, policy=policy(), now=NOW)
    assert keyring.imported == [key]


def test_management_validation_still_missing_after_the_deadline_goes_to_a_caseworker() -> None:
    register = FakeRegister()
    body = OPENING + CONTACTS + DESCRIPTION + NECESSITY + RISK + "\nStyrets vedtak ettersendes.\n"
    first = receive(register, request(body), policy("reject"))
    assessment = policy("reject").assessment
    assert assessment is not None and first.case_number is not None
    assert first.outcome is SubmissionOutcome.DEFICIENT  # C5: asked for, the clock stops
    assert "info_requested" in kinds(register, first)
    expired = reject_expired_deficiencies(register, policy=assessment, now=NOW,
                                          today=date(2026, 4, 8))  # fmt: skip
    assert expired == []
    assert register.get_case(first.case_number).status is CaseStatus.NEEDS_REVIEW
    assert [m.kind for m in register.outbox] == ["letter:deficiency"]  # no rejection letter


def test_a_notice_for_an_attachment_pointed_to_but_not_attached_says_it_was_not_included() -> None:
    """R-CP-59: the letter does not quote the pointer as if it were the part."""
    register = FakeRegister()
    body = FIRST_THREE + "\nRisikovurderingen finner dere i vedlegg 4.\n\n" + MANAGEMENT
    receive(register, request(body), policy("notice_then_reject"))
    (letter,) = register.outbox
    assert letter.kind == "letter:deficiency"
    assert (
        "Dere viste til «Risikovurderingen finner dere i vedlegg 4.», men dette vedlegget var "
        "ikke med."
    ) in " ".join(letter.text.split())
    assert "Dere skrev: «Risikovurderingen" not in letter.text
