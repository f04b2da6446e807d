"""completeness/contact_verdict.py: part 1 judged from the contact facts, each rule on its own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest

from completeness.contact_verdict import (
    MAX_EVIDENCE,
    ContactFacts,
    contact_facts,
    denies,
    is_public_body,
    judge_contacts,
    judge_part_one,
)
from completeness.cues import Hit, State
from completeness.fields import Fields
from completeness.types import ContactCues, Evidence, PartResult, Verdict
from config.case_types import load_case_type
from reading.blocks import ReadDocument
from reading.text import read_text

PERSON = Fields(names=("Kari Nordmann",), phones=("55 12 34 56",), emails=("kari@firma.no",))
DPO = Fields(names=("Per Moe",), phones=("91 00 11 22",), emails=("pvo@firma.no",))
FULL = ContactFacts(
    contact=PERSON,
    dpo=DPO,
    processor=Fields(),
    dpo_mentioned=True,
    dpo_none=False,
    processor_used=False,
    processor_none=False,
    deferred=frozenset(),
    deferral="",
    public=(False, False, ""),
    any_detail=True,
    ocr_only=False,
)
FOUND = (Evidence("e-post", "avsnitt 3", "Kontaktperson: Kari Nordmann"),)
SAID = (Evidence("e-post", "avsnitt 5", "Personvernombud ettersendes"),)


def judged(**changes: object) -> PartResult:
    return judge_contacts(1, replace(FULL, **changes), FOUND, SAID)  # type: ignore[arg-type]


def present(note: str) -> PartResult:
    return PartResult(1, Verdict.PRESENT, FOUND, note, SAID)


def missing(note: str) -> PartResult:
    return PartResult(1, Verdict.MISSING, SAID, note, FOUND)


def uncertain(note: str) -> PartResult:
    return PartResult(1, Verdict.UNCERTAIN, FOUND, note, SAID)


FOUND_BOTH = "kontaktperson og personvernombud funnet"


def test_contact_person_and_dpo_with_details_are_present() -> None:
    assert judged() == present(FOUND_BOTH)
    assert judged(processor_none=True) == present(f"{FOUND_BOTH}; oppgir ingen databehandler")
    processor = Fields(organisations=("Lagring AS",), phones=("22 33 44 55",), emails=("a@l.no",))
    assert judged(processor_used=True, processor=processor) == present(
        f"{FOUND_BOTH}; databehandler med kontaktopplysninger"
    )
    # a processor used and said not to be used: nothing is said of it
    assert judged(processor_used=True, processor_none=True) == present(
        f"{FOUND_BOTH}; oppgir ingen databehandler"
    )


@pytest.mark.parametrize(
    ("changes", "note"),
    [
        ({"any_detail": False}, "ingen kontaktopplysninger (verken telefon eller e-post)"),
        (
            {"deferred": frozenset({"dpo"}), "deferral": "Personvernombud ettersendes",
             "dpo": Fields(names=("Per Moe",))},
            "personvernombud varslet ettersendt: «Personvernombud ettersendes»",
        ),
        (
            {"deferred": frozenset({"contact"}), "deferral": "Kontaktperson kommer senere",
             "contact": Fields(names=("Kari Nordmann",))},
            "kontaktopplysninger varslet ettersendt: «Kontaktperson kommer senere»",
        ),
        (
            {"public": (True, True, "Bergen kommune"), "dpo": Fields(), "dpo_mentioned": False},
            "offentlig organ («Bergen kommune») uten personvernombud (art. 37 nr. 1 a)",
        ),
        (
            {"public": (True, True, "Bergen kommune"), "dpo": Fields(names=("Per Moe",)),
             "dpo_none": True},
            "offentlig organ («Bergen kommune») uten personvernombud (art. 37 nr. 1 a)",
        ),
        (
            {"dpo": Fields(names=("Per Moe",))},
            "personvernombud er nevnt, men uten telefon og e-post",
        ),
    ],
)  # fmt: skip
def test_what_clearly_lacks_makes_the_part_missing(changes: dict[str, object], note: str) -> None:
    assert judged(**changes) == missing(note)


def test_a_deferral_or_public_body_does_not_outweigh_details_given() -> None:
    assert judged(deferred=frozenset({"dpo", "contact"}), deferral="x") == present(FOUND_BOTH)
    assert judged(public=(True, True, "Bergen kommune")) == present(FOUND_BOTH)
    # a public body that possibly is one, with no DPO named: a caseworker's judgement
    hinted = judged(public=(False, True, "kommunalt foretak"), dpo=Fields(), dpo_mentioned=False)
    assert hinted == uncertain("personvernombud ikke oppgitt")


def test_a_public_body_excerpt_is_cut_at_sixty_characters() -> None:
    said = "Bergen kommune " + "x" * 60
    result = judged(public=(True, True, said), dpo=Fields(), dpo_mentioned=False)
    assert result.note == f"offentlig organ («{said[:59]}…») uten personvernombud (art. 37 nr. 1 a)"


def test_a_dpo_named_without_details_is_not_clearly_lacking_while_details_are_unplaced() -> None:
    dpo = Fields(names=("Per Moe",))
    assert judged(dpo=dpo, loose=frozenset({"telefon", "e-post"})) == uncertain(
        "personvernombud mangler telefon, e-post"
    )
    assert judged(dpo=dpo, loose=frozenset({"telefon"})) == missing(
        "personvernombud er nevnt, men uten telefon og e-post"
    )


def test_missing_details_read_by_ocr_are_uncertain() -> None:
    note = "personvernombud er nevnt, men uten telefon og e-post"
    ocr = judged(dpo=Fields(names=("Per Moe",)), ocr_only=True)
    assert ocr == uncertain(f"{note}; men opplysningene er lest med OCR og kan være ufullstendige")
    # nothing at all read, by OCR or not: missing
    nothing = judged(any_detail=False, ocr_only=True)
    assert nothing == missing("ingen kontaktopplysninger (verken telefon eller e-post)")


@pytest.mark.parametrize(
    ("changes", "result"),
    [
        # a contact person found with a phone only: clearly lacking the e-mail address
        ({"contact": Fields(names=("Kari",), phones=("55 12 34 56",))},
         missing("kontaktperson mangler e-post")),
        # ... unless an address stands somewhere no one's record holds
        ({"contact": Fields(names=("Kari",), phones=("55 12 34 56",)),
          "loose": frozenset({"e-post"})}, uncertain("kontaktperson mangler e-post")),
        # ... or text read by OCR names the contact person
        ({"contact": Fields(names=("Kari",), phones=("55 12 34 56",)),
          "ocr_roles": frozenset({"contact"})}, uncertain("kontaktperson mangler e-post")),
        # a name is no detail the request can give elsewhere: a caseworker looks
        ({"contact": Fields(phones=("55 12 34 56",), emails=("k@f.no",))},
         uncertain("kontaktperson mangler navn")),
        ({"contact": Fields(organisations=("Firma AS",))},
         uncertain("kontaktperson ikke funnet")),
        ({"contact": Fields()}, uncertain("kontaktperson ikke funnet")),
        ({"contact": Fields(names=("Kari",))}, missing("kontaktperson mangler telefon, e-post")),
    ],
)  # fmt: skip
def test_what_the_contact_person_lacks(changes: dict[str, object], result: PartResult) -> None:
    assert judged(**changes) == result


@pytest.mark.parametrize(
    ("changes", "result"),
    [
        ({"dpo_none": True, "dpo": Fields()},
         uncertain("oppgir å ikke ha personvernombud, vurder plikten etter art. 37")),
        ({"dpo_none": True, "dpo": Fields(), "public": (False, True, "kommunalt foretak")},
         uncertain("oppgir å ikke ha personvernombud, vurder plikten etter art. 37; mulig"
                   " offentlig organ («kommunalt foretak»)")),
        # a DPO service named by its organisation, with details: enough
        ({"dpo_none": True, "dpo": Fields(organisations=("Personvern AS",), phones=("1",),
                                          emails=("p@p.no",))}, present(FOUND_BOTH)),
        ({"dpo_mentioned": False, "dpo": Fields()}, uncertain("personvernombud ikke oppgitt")),
        ({"dpo": Fields(names=("Per Moe",), phones=("91 00 11 22",))},
         missing("personvernombud mangler e-post")),
        ({"dpo": Fields(names=("Per Moe",), phones=("91 00 11 22",)),
          "ocr_roles": frozenset({"dpo"})}, uncertain("personvernombud mangler e-post")),
        ({"dpo": Fields(phones=("91 00 11 22",), emails=("p@f.no",))},
         uncertain("personvernombud mangler navn")),
    ],
)  # fmt: skip
def test_what_the_dpo_lacks(changes: dict[str, object], result: PartResult) -> None:
    assert judged(**changes) == result


@pytest.mark.parametrize(
    ("changes", "result"),
    [
        # named in passing only, no details anywhere: clearly lacking all
        ({"processor_used": True},
         missing("databehandler nevnt, men mangler navn, telefon, e-post")),
        ({"processor_used": True, "loose": frozenset({"telefon"})},
         uncertain("databehandler nevnt, men mangler navn, telefon, e-post")),
        ({"processor_used": True, "ocr_roles": frozenset({"processor"})},
         uncertain("databehandler nevnt, men mangler navn, telefon, e-post")),
        # its organisation named: what it lacks is clear when the request gives it nowhere
        ({"processor_used": True, "processor": Fields(organisations=("Lagring AS",))},
         missing("databehandler nevnt, men mangler telefon, e-post")),
        ({"processor_used": True, "processor": Fields(organisations=("Lagring AS",)),
          "loose": frozenset({"e-post"})},
         uncertain("databehandler nevnt, men mangler telefon, e-post")),
        ({"processor_used": True, "processor": Fields(phones=("22 33 44 55",))},
         uncertain("databehandler nevnt, men mangler navn, e-post")),
        # text read by OCR names the processor: what its record lacks may be misread there
        ({"processor_used": True, "processor": Fields(organisations=("Lagring AS",)),
          "ocr_roles": frozenset({"processor"})},
         uncertain("databehandler nevnt, men mangler telefon, e-post")),
    ],
)  # fmt: skip
def test_what_the_processor_lacks(changes: dict[str, object], result: PartResult) -> None:
    assert judged(**changes) == result


def test_several_lacks_are_named_together_and_missing_only_when_all_are_clear() -> None:
    contact = Fields(names=("Kari",), phones=("55 12 34 56",))
    assert judged(contact=contact, processor_used=True) == missing(
        "kontaktperson mangler e-post; databehandler nevnt, men mangler navn, telefon, e-post"
    )
    assert judged(contact=contact, dpo_mentioned=False, dpo=Fields()) == uncertain(
        "kontaktperson mangler e-post; personvernombud ikke oppgitt"
    )


SPEC = load_case_type("prior_consultation")
_CUES = SPEC.part(1).contacts
assert _CUES is not None
CUES: ContactCues = _CUES


@pytest.mark.parametrize(
    ("patterns", "text", "denied"),
    [
        (CUES.no_processor, "Vi benytter ingen databehandler.", True),
        (CUES.no_processor, "Kommunen nyttar ingen\ndatabehandlar: alt skjer internt.", True),
        (CUES.no_processor, "Skriv til ingen.databehandler@kommune.no", False),  # an address
        (CUES.no_processor, "Vi har ingen databehandler, se post@kommune.no", True),
        (CUES.no_dpo, "Vi har ikke  personvernombud.", True),
        (CUES.no_dpo, "Vårt personvernombud er Per Moe.", False),
        ((), "Vi benytter ingen databehandler.", False),
    ],
)
def test_a_denial_is_read_across_line_breaks_but_not_inside_an_address(
    patterns: tuple[str, ...], text: str, denied: bool
) -> None:
    assert denies(patterns, text) is denied


def test_a_public_body_said_outright_outranks_a_hint_in_any_text() -> None:
    said = "Behandlingsansvarlig er Bergen kommune"
    assert is_public_body(CUES, ["Vi er en kommune.", f"{said}."]) == (True, True, said)
    assert is_public_body(CUES, ["Firma AS", "Vi samarbeider med kommunen."]) == (
        False, True, "kommunen"
    )  # fmt: skip
    assert is_public_body(CUES, ["Firma AS"]) == (False, False, "")
    assert is_public_body(CUES, []) == (False, False, "")


def facts(*documents: tuple[str, str], hits: Sequence[Hit] = ()) -> ContactFacts:
    return contact_facts(CUES, [read_text(name, text) for name, text in documents], hits)[0]


SIGNED = "Hei,\nVi ber om forhåndsdrøftelse.\n\nMed vennlig hilsen\nKari Nordmann\nFirma AS"
KARI = Fields(("Kari Nordmann",), ("55 12 34 56",), ("kari@firma.no",), organisations=("Firma AS",))


@pytest.mark.parametrize(
    ("card", "contact"),
    [
        ("Kari Nordmann, tlf. 55 12 34 56, kari@firma.no", KARI),
        ("Per Moe og Kari Nordmann, tlf. 55 12 34 56, kari@firma.no", Fields()),  # Per's first
        ("Kari Nordmann, tlf. 55 12 34 56 / 55 12 34 57, kari@firma.no", Fields()),  # two phones
        ("Kari Nordmann, kari@firma.no, post@firma.no", Fields()),  # two addresses
        ("Personvernombud Kari Nordmann, tlf. 55 12 34 56, kari@firma.no", Fields()),  # a role
        ("Kari Nordmann, Firma AS", Fields()),  # nothing to reach her by
    ],
)
def test_the_signers_details_under_the_signers_name_elsewhere_are_the_signers(
    card: str, contact: Fields
) -> None:
    assert facts(("e-post", SIGNED), ("kort.txt", card)).contact == contact


def test_the_signer_is_the_contact_person_when_the_one_named_cannot_be_reached() -> None:
    signature = "\n\nMed vennlig hilsen\nKari Nordmann\ntlf. 55 12 34 56\nkari@firma.no"
    phone, mail = ("55 12 34 56",), ("kari@firma.no",)
    assert facts(("e-post", "Kontaktperson: Ola Berg" + signature)).contact == Fields(
        ("Ola Berg", "Kari Nordmann"), phone, mail
    )
    reachable = "Kontaktperson: Ola Berg, ola@firma.no"
    assert facts(("e-post", reachable + signature)).contact == Fields(
        ("Ola Berg",), (), ("ola@firma.no",)
    )
    itself = "Kontaktperson: undertegnede, ola@firma.no"  # «the undersigned»
    assert facts(("e-post", itself + signature)).contact == Fields(
        ("Kari Nordmann",), phone, ("ola@firma.no", "kari@firma.no")
    )
    # a signature with a name only gives nothing to reach anyone by
    assert facts(("e-post", "Kontaktperson: Ola Berg\n\nHilsen\nKari Nordmann")).contact == (
        Fields(("Ola Berg",))
    )


def test_the_controllers_own_person_is_the_contact_person() -> None:
    row = "Behandlingsansvarlig\tTobias Engen\t+47 900 11 222\ttobias@firma.no"
    assert facts(("e-post", row)).contact == Fields(
        ("Tobias Engen",), ("+47 900 11 222",), ("tobias@firma.no",)
    )


PROCESSOR = "Hei,\nVi ber om forhåndsdrøftelse.\n\nDatabehandler: Lagring AS\n\nHilsen\nKari"
LAGRING = Fields(names=("Lagring AS",), organisations=("Lagring AS",))


@pytest.mark.parametrize(
    ("row", "processor"),
    [
        ("Lagring AS\tOla Hansen\t22 33 44 55\tola@lagring.no",
         LAGRING | Fields(("Ola Hansen",), ("22 33 44 55",), ("ola@lagring.no",))),
        (" lagring as \tOla Hansen\t22 33 44 55",
         LAGRING | Fields(("Ola Hansen",), ("22 33 44 55",))),
        ("Lagring AS\tOla Hansen\t22 33 44 55\t22 33 44 56", LAGRING),  # more than one person
        ("Lagring\tOla Hansen\t22 33 44 55", LAGRING),  # another name
        ("Lagring AS\tOla Hansen", LAGRING),  # no one to reach
        ("Lagring AS\tola@lagring.no", LAGRING | Fields(emails=("ola@lagring.no",))),  # two cells
    ],
)  # fmt: skip
def test_a_row_under_the_processors_name_holds_its_details(row: str, processor: Fields) -> None:
    assert facts(("e-post", PROCESSOR), ("avtale.docx", row)).processor == processor


def deferred(text: str) -> Hit:
    return Hit(State.DEFERRED, Evidence("e-post", "avsnitt 2", text), "varslet ettersendt")


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Personvernombud ettersendes", {"dpo"}),
        ("Kontaktperson ettersendes", {"contact"}),
        ("Opplysningene ettersendes", {"dpo", "contact"}),  # no role named: either
    ],
)
def test_a_deferral_is_about_the_roles_it_names(text: str, roles: set[str]) -> None:
    found = facts(("e-post", PROCESSOR), hits=[deferred(text)])
    assert (found.deferred, found.deferral) == (frozenset(roles), text)


def test_the_first_deferral_is_quoted_and_other_hits_are_no_deferral() -> None:
    long = "Kontaktperson ettersendes " + "x" * 120
    found = facts(("e-post", PROCESSOR), hits=[deferred(long), deferred("Personvernombud kommer")])
    assert found.deferral == long[:119] + "…"
    assert found.deferred == frozenset({"contact", "dpo"})
    mention = Hit(State.MENTION, Evidence("e-post", "avsnitt 2", "Personvernombud"), "omtale")
    found = facts(("e-post", PROCESSOR), hits=[mention])
    assert (found.deferred, found.deferral) == (frozenset(), "")


def read(name: str, text: str, ocr: bool = False) -> ReadDocument:
    return replace(read_text(name, text), ocr=ocr)


BOTH = (
    "Kontaktperson: Kari Nordmann, tlf. 55 12 34 56, kari@firma.no\n\n"
    "Personvernombud: Per Moe, tlf. 91 00 11 22, pvo@firma.no"
)


def test_details_read_by_ocr_only_are_marked_so_and_shown_as_evidence() -> None:
    documents = [read("e-post", "Se vedlegg."), read("skann.pdf", BOTH, ocr=True)]
    found, _ = contact_facts(CUES, documents, [])
    assert (found.ocr_only, found.ocr_roles, found.any_detail) == (
        True, frozenset({"contact", "dpo"}), True
    )  # fmt: skip
    assert judge_part_one(SPEC.part(1), documents, []) == PartResult(
        1, Verdict.PRESENT,
        (
            Evidence("skann.pdf", "blokk 1 (OCR)", BOTH.split("\n")[0]),
            Evidence("skann.pdf", "blokk 2 (OCR)", BOTH.split("\n")[2]),
        ),
        FOUND_BOTH,
    )  # fmt: skip


def test_a_role_in_ocr_text_counts_where_its_record_may_hold_a_misread_detail() -> None:
    scan = (
        "Personvernombud: Per Moe\n\nDatabehandler: Lagring AS, 22 33 44 55\n\nKontaktperson Kari"
    )
    found, _ = contact_facts(CUES, [read("e-post", BOTH), read("skann.pdf", scan, ocr=True)], [])
    assert (found.ocr_only, found.ocr_roles) == (False, frozenset({"processor"}))
    at_sign = "Personvernombud: Per Moe, pvo@"
    found, _ = contact_facts(CUES, [read("e-post", BOTH), read("s.pdf", at_sign, ocr=True)], [])
    assert found.ocr_roles == frozenset({"dpo"})
    # a run of digits OCR did not read as a phone number may be one misread
    misread = "Databehandler: Lagring AS, tlf 22 33 4"
    found, _ = contact_facts(CUES, [read("e-post", BOTH), read("s.pdf", misread, ocr=True)], [])
    assert found.ocr_roles == frozenset({"processor"})
    found, _ = contact_facts(
        CUES, [read("e-post", BOTH), read("s.pdf", "Databehandler: Lagring AS", ocr=True)], []
    )
    assert found.ocr_roles == frozenset()  # nothing OCR may have misread


@pytest.mark.parametrize(
    ("text", "loose"),
    [
        (BOTH, set()),
        # an address broken by a line end is someone's, but no one's record holds it (R-CP-33)
        ("Kontaktperson: Kari Nordmann, tlf. 55 12 34 56, post@firma.\nno", {"e-post"}),
        # one person's signature with office, mobile and switchboard numbers (R-CP-32)
        ("Med vennlig hilsen\nKari Nordmann\nTlf. 55 12 34 56\nMobil 91 23 45 67\n"
         "Sentralbord 22 00 00 00\nkari@firma.no", set()),
        # ... unless the signer is the DPO too: then the numbers may be the DPO's
        ("Personvernombud: Kari Nordmann, 55 12 34 56\n\nMed vennlig hilsen\nKari Nordmann\n"
         "Tlf. 55 12 34 56\nMobil 91 23 45 67\nkari@firma.no", {"telefon", "e-post"}),
    ],
)  # fmt: skip
def test_details_no_one_persons_record_holds_are_loose(text: str, loose: set[str]) -> None:
    found, _ = contact_facts(CUES, [read("e-post", text)], [])
    assert found.loose == frozenset(loose)


def test_the_evidence_is_the_records_with_most_details_first_at_most_eight() -> None:
    people = "\n\n".join(
        f"Kontaktperson: Person Nummer{i}, tlf. 55 12 34 {i:02}" for i in range(10, 20)
    )
    text = f"Personvernombud: Per Moe, tlf. 91 00 11 22, pvo@firma.no\n\n{people}"
    said = deferred("Noe ettersendes")
    result = judge_part_one(SPEC.part(1), [read("e-post", text)], [said])
    assert len(result.evidence) == MAX_EVIDENCE == 8
    assert result.evidence[0].excerpt.startswith("Personvernombud: Per Moe")
    assert [e.location for e in result.evidence[1:]] == [f"blokk {i}" for i in range(2, 9)]
    assert result.counter == (said.evidence,)


def test_the_fullest_signature_of_the_mail_and_forwarded_mails_is_the_signers() -> None:
    mail = ("e-post", "Hei,\nSe vedlegg.\n\nHilsen\nKari Nordmann")
    forwarded = "Hei,\nVi ber om drøfting.\n\nMed vennlig hilsen\nPer Moe\ntlf. 91 00 11 22"
    per = Fields(("Per Moe",), ("91 00 11 22",))
    assert facts(mail, ("videre.eml", forwarded)).contact == per
    assert facts(mail, ("VIDERE.MSG", forwarded)).contact == per
    assert facts(mail, ("videre.pdf", forwarded)).contact == Fields()  # a document: no signature
    assert facts(("e-post", "Se vedlegg.")).contact == Fields()  # no signature at all


def test_an_address_ending_in_no_is_no_denial() -> None:
    # «…firma.no» and the next line's «Processor» read as «no processor» were the address kept
    assert denies(CUES.no_processor, "Contact: post@firma.no\nProcessor: Lagring AS") is False


SIGNED_KARI = "\n\nMed vennlig hilsen\nKari Nordmann\nkari@firma.no"


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        # the controller's own person, though the sender signs with her name
        ("Behandlingsansvarlig\tTobias Engen\t+47 900 11 222\ttobias@firma.no" + SIGNED_KARI,
         Fields(("Tobias Engen",), ("+47 900 11 222",), ("tobias@firma.no",))),
        # a contact person named without details keeps the name beside the controller's person
        ("Kontaktperson: Ola Berg\n\nBehandlingsansvarlig\tTobias Engen\t+47 900 11 222\t"
         "tobias@firma.no",
         Fields(("Ola Berg", "Tobias Engen"), ("+47 900 11 222",), ("tobias@firma.no",))),
        # the controller's person with nothing to reach him by is no contact person
        ("Behandlingsansvarlig\tTobias Engen" + SIGNED_KARI,
         Fields(("Kari Nordmann",), (), ("kari@firma.no",))),
        # «kontaktperson er undertegnede»: the signer, with all the signature gives
        ("Kontaktperson er undertegnede, Kari Nordmann, kari@firma.no\n\nMed vennlig hilsen\n"
         "Kari Nordmann\ntlf. 55 12 34 56\nkari@firma.no",
         Fields(("Kari Nordmann",), ("55 12 34 56",), ("kari@firma.no",))),
    ],
)  # fmt: skip
def test_who_the_contact_person_is(text: str, contact: Fields) -> None:
    assert facts(("e-post", text)).contact == contact


@pytest.mark.parametrize(
    "card",
    [
        "Kontaktkort\n\nKari Nordmann, tlf. 55 12 34 56, kari@firma.no",  # below other text
        "Kari Nordmann og Per Moe, tlf. 55 12 34 56, kari@firma.no",  # the signer named first
    ],
)
def test_a_card_naming_the_signer_first_anywhere_in_a_document_is_the_signers(card: str) -> None:
    contact = facts(("e-post", SIGNED), ("kort.txt", card)).contact
    assert (contact.phones, contact.emails) == (("55 12 34 56",), ("kari@firma.no",))


def test_what_several_records_of_one_role_give_is_put_together() -> None:
    text = "Personvernombud: Per Moe\n\nPersonvernombudet nås på pvo@firma.no, tlf 91 00 11 22"
    assert facts(("e-post", text)).dpo == Fields(("Per Moe",), ("91 00 11 22",), ("pvo@firma.no",))


@pytest.mark.parametrize(
    ("table", "processor"),
    [
        ("Kontaktpunkter\n\nLagring AS\tOla Hansen\t22 33 44 55",  # text above the table
         LAGRING | Fields(("Ola Hansen",), ("22 33 44 55",))),
        ("Annet AS\tPer Olsen\t22 33 44 00\nLagring AS\tOla Hansen\t22 33 44 55",  # another's row
         LAGRING | Fields(("Ola Hansen",), ("22 33 44 55",))),
        ("Lagring AS\tOla Hansen\tola@lagring.no\tpost@lagring.no", LAGRING),  # two addresses
    ],
)  # fmt: skip
def test_the_processors_row_is_found_anywhere_in_the_table(table: str, processor: Fields) -> None:
    assert facts(("e-post", PROCESSOR), ("avtale.docx", table)).processor == processor


PASSING = (
    "Behandlingen "
    + "skjer i kommunens egne systemer og " * 10
    + "en databehandler drifter serverne for oss i dag uten at de ser innholdet."
)  # a long paragraph with no detail: no record is read from it, but it names a processor


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Vi har ikke personvernombud.\n\nVi benytter ingen databehandler.",
         {"dpo_none": True, "processor_none": True, "processor_used": False,
          "dpo_mentioned": False}),
        ("Data lagres hos en databehandler i Norge.",
         {"dpo_none": False, "processor_none": False, "processor_used": True}),
        (PASSING, {"processor_used": True}),
        ("Kontaktperson: Kari Nordmann, kari@firma.no",  # an address, no phone: some detail
         {"dpo_mentioned": False, "any_detail": True, "ocr_only": False}),
        (BOTH, {"dpo_mentioned": True, "dpo_none": False}),
    ],
)  # fmt: skip
def test_what_the_request_says_of_each_role(text: str, said: dict[str, bool]) -> None:
    found = facts(("e-post", text))
    assert {name: getattr(found, name) for name in said} == said


@pytest.mark.parametrize(
    ("texts", "loose"),
    [
        # one record with two addresses mixes people: neither is placed
        (("Kontaktperson: Kari Nordmann, kari@firma.no, post@firma.no",), {"e-post"}),
        # the signer is the processor's person too: the signature's numbers may be the processor's
        (("Databehandler: Lagring AS, Kari Nordmann, 55 12 34 56\n\nMed vennlig hilsen\n"
          "Kari Nordmann\nTlf. 55 12 34 56\nMobil 91 23 45 67\nkari@firma.no",),
         {"telefon", "e-post"}),
        # a signature with two addresses is no one person's
        (("Med vennlig hilsen\nKari Nordmann\nTlf. 55 12 34 56\nMobil 91 23 45 67\n"
          "kari@firma.no\npost@firma.no",), {"telefon", "e-post"}),
        # a number is the same however it is written, with or without the country code
        (("Kontaktperson: Kari Nordmann, tlf. +47 55 12 34 56, kari@firma.no",
          "Ring oss på 55 12 34 56."), set()),
        (("Kontaktperson: Kari Nordmann, tlf. 55 12 34 56, kari@firma.no",
          "Ring oss på 55-12-34-56."), set()),
        (("Kontaktperson: Kari Nordmann, tlf. 55123456, kari@firma.no",
          "Ring oss på 55 12 34 56."), set()),
        (("Kontaktperson: Kari Nordmann, tlf. +47 55 12 34 56, kari@firma.no",
          "Ring oss på 55 12 34 57."), {"telefon"}),
    ],
)  # fmt: skip
def test_which_details_no_one_holds(texts: tuple[str, ...], loose: set[str]) -> None:
    documents = [read("e-post" if i == 0 else f"vedlegg{i}.txt", t) for i, t in enumerate(texts)]
    found, _ = contact_facts(CUES, documents, [])
    assert found.loose == frozenset(loose)


def test_a_signature_is_evidence_of_part_one() -> None:
    mail = "Hei,\nSe vedlegg.\n\nMed vennlig hilsen\nKari Nordmann\ntlf. 55 12 34 56\nkari@firma.no"
    result = judge_part_one(SPEC.part(1), [read("e-post", mail)], [])
    assert [(e.location, e.excerpt) for e in result.evidence] == [("blokk 2", "Med vennlig hilsen")]


def test_a_record_naming_its_organisation_is_shown_before_one_as_full_without() -> None:
    text = (
        "Kontaktperson: Kari Nordmann, tlf. 55 12 34 56\n\n"
        "Databehandler: Lagring AS v/ Ola Hansen, tlf. 22 33 44 55"
    )
    result = judge_part_one(SPEC.part(1), [read("e-post", text)], [])
    assert result.evidence[0].excerpt.startswith("Databehandler: Lagring AS")
