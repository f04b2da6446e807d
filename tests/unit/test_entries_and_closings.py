"""R-CP-54 (a processor's entry), R-CP-55 («Skildring»), R-CP-56 (the close of a letter ends a
section), and the R-CP-49 and R-CP-7 refinements that keep a part found nowhere uncertain when
the request does not say it is absent."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from config.case_types import load_case_type
from reading.blocks import OCR_MARK, Kind
from reading.text import read_text

CONTACTS = """Kontaktperson: Eli Vatne, tlf. 53 48 20 51, eli.vatne@fjordvik.kommune.no
Personvernombod: Tor Hauge, tlf. 53 48 20 00, personvernombod@fjordvik.kommune.no
"""
DESCRIPTION = """I eitt bufellesskap med seks bebuarar skal det monterast kamera på soveromma.
Kameraet viser berre eit grått omriss til nattevakta ved rørsle, og opnar for bilete i 30
sekund ved fall-alarm. Ingen opptak. Løysinga vert levert og drifta av Tryggheim AS."""
VALIDATION = """Kommunedirektøren har gjeve klarsignal: leiargruppa handsama prosjektet 21. oktober
og 18. november, fekk lagt fram innspel frå pårørande og personvernombodet, og vedtok å be om
førehandsdrøfting."""
DEFERRAL = """Vurderinga av naudsyn og proporsjonalitet og risikovurderinga er framleis under
arbeid i DPIA-en. Vi sender dei når DPIA-en er ferdig."""


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def check(spec: CaseTypeSpec, body: str, *docs: tuple[str, str]) -> CompletenessReport:
    documents = [Document(name, "application/pdf", len(t), "0" * 64, t) for name, t in docs]
    return check_completeness(spec, body, documents, "Førehandsdrøfting – kameratilsyn")


def test_a_field_ending_on_a_comma_goes_on_in_a_line_that_opens_like_a_phone_field() -> None:
    read = read_text(
        "DPIA.pdf",
        "Databehandler: Nordloc AS, Industriveien 7, 4631 Kristiansand. Kontakt: Hilde Brekke,"
        " prosjektleder,\ntelefon +47 38 10 55 20, e-post hilde.brekke@nordloc.no.\n",
    )
    # R-CP-80: a «label: value» line holding another sentence and label is wrapped prose
    assert [b.kind for b in read.blocks] == [Kind.PARAGRAPH]
    assert read.blocks[0].text.endswith("telefon +47 38 10 55 20, e-post hilde.brekke@nordloc.no.")


def test_a_person_labelled_in_the_processors_entry_is_the_processors_contact(
    spec: CaseTypeSpec,
) -> None:
    appendix = (
        "Vedlegg A – Aktører og kontaktpunkter\n"
        "Databehandler: Nordloc AS, Industriveien 7, 4631 Kristiansand. Kontakt: Hilde Brekke,"
        " prosjektleder,\ntelefon +47 38 10 55 20, e-post hilde.brekke@nordloc.no.\n"
    )
    report = check(spec, CONTACTS, ("DPIA.pdf", appendix))
    contact = report.parts[0]
    assert contact.verdict is Verdict.PRESENT, contact.note
    assert contact.note.endswith("databehandler med kontaktopplysninger")


def test_the_controllers_contact_person_in_the_next_sentence_stays_the_requests(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-31 is unchanged for the controller organisation."""
    body = (
        "Behandlingsansvarlig: Fjordvik kommune, Rådhuset. Kontaktperson: Eli Vatne, tlf. 53 48"
        " 20 51, eli.vatne@fjordvik.kommune.no\n\nPersonvernombod: Tor Hauge, tlf. 53 48 20 00,"
        " personvernombod@fjordvik.kommune.no\nVi nyttar ingen databehandlar.\n"
    )
    assert check(spec, body).parts[0].verdict is Verdict.PRESENT


@pytest.mark.parametrize("label", ["Skildring", "Beskrivelse", "Description"])
def test_the_bare_word_for_a_description_heads_the_description(
    spec: CaseTypeSpec, label: str
) -> None:
    report = check(spec, f"{CONTACTS}\n{label}: {DESCRIPTION}\n\n{VALIDATION}\n")
    description = report.parts[1]
    assert description.verdict is Verdict.PRESENT
    assert description.note.startswith(f"funnet: overskrift «{label}»")


def test_a_dpia_named_as_the_home_of_deferred_chapters_does_not_take_the_description_with_it(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-49: the sentence defers necessity and risk «i DPIA-en»; a description in words no
    cue knows may be there, so it is uncertain, never asked for."""
    report = check(spec, f"{CONTACTS}\n{DESCRIPTION}\n\n{DEFERRAL}\n\n{VALIDATION}\n")
    assert [p.verdict for p in report.parts][1:4] == [
        Verdict.UNCERTAIN,
        Verdict.MISSING,
        Verdict.MISSING,
    ]


def test_the_dpia_deferred_as_a_whole_still_takes_its_chapters(spec: CaseTypeSpec) -> None:
    report = check(spec, f"{CONTACTS}\nDPIA-en er under arbeid og vert ettersend.\n")
    assert [p.verdict for p in report.parts][1:] == [Verdict.MISSING] * 4


ATTACHMENT_LIST = """Hei,
Tannhelsetenesta oppmodar om førehandsdrøfting for KI-analyse av røntgenbilete. Vedlagt:
1. Kontaktark (Word)
2. DPIA (ODT)
3. Foto av signert protokoll frå leiarmøtet (vi har ikkje skannar på klinikken, beklagar)

Helsing
Gro Njøs
Fylkestannlege
"""


def test_the_last_item_of_an_attachment_list_does_not_take_the_signature_as_its_text(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-56: the photographed minutes named in the list are not attached: part 5 is not
    present on the strength of the list item and the signature under it."""
    report = check(spec, ATTACHMENT_LIST)
    assert report.parts[4].verdict is not Verdict.PRESENT


def _assert_the_scan_keeps_the_validation_uncertain(spec: CaseTypeSpec, scan: str) -> None:
    """Parts 1-4 in the mail, the validation found nowhere but perhaps in the scan."""
    body = (
        f"{CONTACTS}\nSkildring: {DESCRIPTION}\n\nNaudsyn og forholdsmessigheit\n"
        "Tannhelsetenestelova gir heimel, og pasientane kan reservere seg; vi har vurdert"
        " manuell gjennomgang som mindre inngripande, men han gir ikkje same presisjon.\n\n"
        "Risikovurdering\nRisikoen for overbehandling er høg; tiltak: opplæring. Restrisiko:"
        " middels, fordi tannlegen alltid avgjer.\n"
    )
    validation = check(spec, body, ("IMG_4471.jpg", scan)).parts[4]
    assert validation.verdict is Verdict.UNCERTAIN, validation.note
    assert "OCR" in validation.note


def test_a_scan_in_which_nothing_was_recognised_may_hold_any_part(spec: CaseTypeSpec) -> None:
    """R-CP-7: the photographed minutes name the DPIA in their agenda item, in words for the
    meeting that no cue knows: the validation found nowhere else stays uncertain."""
    scan = (
        f"{OCR_MARK}Nordvest fylkeskommune - Tannhelsemøte\nSak 12/26 KI-analyse av røntgenbilete"
        " - DPIA\nMøtet sa ja.\nUnderskrift\n"
    )
    _assert_the_scan_keeps_the_validation_uncertain(spec, scan)


def test_photographed_minutes_whose_agenda_item_is_a_dpia_title_may_hold_the_validation(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-89: the agenda item reads as the DPIA's title, so the scan seems to be the risk
    assessment's; but its short lines together name the body, the meeting and the approval."""
    scan = (
        f"{OCR_MARK}FJORDHEIM FYLKESKOMMUNE\nMØTEBOK - FYLKESUTVALET\nMøtedato: 24.11.2026\n\n"
        "Sak PS 94/26 Fråfallsvarsel - vurdering av personvernkonsekvensar\n\n"
        "Saka vart lagd fram med funn, restrisiko og innspel frå elevrådet.\n\n"
        "Vedtak: Fylkesutvalet godkjenner vurderinga.\n\nRøysting: Samrøystes.\n"
    )
    _assert_the_scan_keeps_the_validation_uncertain(spec, scan)


def test_a_dpia_file_whose_own_risk_section_is_deferred_does_not_hold_the_risk_assessment(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-50: «DPIA.docx» says in its own section that the risk assessment comes later."""
    dpia = (
        "DPIA – Stemmebiometri i kundesenteret\n"
        f"Beskrivelse av behandlingen\n{DESCRIPTION}\n"
        "Nødvendighet og proporsjonalitet\nKontrollspørsmål er sårbare for sosial manipulering."
        " Ordningen er frivillig; kunder som ikke samtykker, bruker BankID. Bare avtrykket"
        " lagres, ikke opptaket, og kundene får informasjon i nettbanken.\n"
        "Risikovurdering\nRisikovurderingen er under arbeid i påvente av leverandørens svar"
        " om lagring og sikkerhet, og ettersendes.\n"
    )
    report = check(spec, f"{CONTACTS}\n{VALIDATION}\n", ("DPIA stemmebiometri.docx", dpia))
    risk = report.parts[3]
    assert risk.verdict is Verdict.MISSING, risk.note
    assert "Risikovurderingen er under arbeid" in risk.note


def test_two_signature_cards_give_the_contact_person_and_the_dpo(spec: CaseTypeSpec) -> None:
    """R-CP-57: name, «role | organisation», «phone | e-mail», for each signer."""
    body = (
        f"{DESCRIPTION}\n\n{VALIDATION}\n\nVennlig hilsen\n\n"
        "Synne Ravn\nprosjektleder | Helseinstituttet Vest\ntlf. 55 58 71 40 | synne@hiv.no\n\n"
        "Fredrik Li\npersonvernombud | Helseinstituttet Vest\ntlf. 55 58 70 00 | pvo@hiv.no\n\n"
        "Vi bruker ingen databehandler.\n"
    )
    contact = check(spec, body).parts[0]
    assert contact.verdict is Verdict.PRESENT, contact.note


@pytest.mark.parametrize("label", ["Kontakt:", "Contact:"])
def test_a_contact_label_on_its_own_line_governs_the_line_under_it(
    spec: CaseTypeSpec, label: str
) -> None:
    """R-CP-14: «Kontakt:» alone names the contact person whose details stand on the next line."""
    body = (
        f"{label}\nRektor Tor Valle, 33 02 44 10, tor.valle@bjorkeli.vgs.no\n"
        "Personvernombud (fylkeskommunen): Linda Hovde, 33 02 40 00, pvo@vfk-sor.no\n\n"
        f"Beskrivelse av behandlingen: {DESCRIPTION}\n"
    )
    contact = check(spec, body).parts[0]
    assert contact.verdict is Verdict.PRESENT, contact.note
    assert contact.note.startswith("kontaktperson og personvernombud funnet")


@pytest.mark.parametrize(
    ("opening", "verdict"),
    [
        ("Vedlagt er oppmoding om førehandsdrøfting frå Solbakk kommune.", Verdict.MISSING),
        ("Here is our request for prior consultation from Solbakk municipality.", Verdict.MISSING),
        ("Prosjektet har fått tilskudd fra Oslo kommune.", Verdict.UNCERTAIN),
    ],
)
def test_a_request_that_is_a_municipalitys_own_needs_its_dpo(
    spec: CaseTypeSpec, opening: str, verdict: Verdict
) -> None:
    """R-CP-60: a public body must have a DPO; a municipality named elsewhere is a hint only."""
    body = (
        f"{opening}\n\nKontaktperson: Liv Hatle, tlf. 55 90 12 00, liv.hatle@solbakk.example.no\n"
        "Vi nyttar ingen databehandlar.\n"
    )
    contact = check(spec, body).parts[0]
    assert contact.verdict is verdict, contact.note


def test_a_part_still_being_drafted_is_missing(spec: CaseTypeSpec) -> None:
    """R-CP-61: «is still being drafted» defers the part."""
    body = (
        f"{CONTACTS}\nBeskrivelse: {DESCRIPTION}\n\n"
        "The assessment of necessity and proportionality is still being drafted by our legal"
        " counsel.\n\nRisikovurdering\nRisikoen for feilalarm er middels; tiltak: manuell kontroll."
        " Restrisikoen er lav.\n\n"
        f"{VALIDATION}\n"
    )
    necessity = check(spec, body).parts[2]
    assert necessity.verdict is Verdict.MISSING, necessity.note


def test_the_minutes_in_a_file_named_vedtak_do_not_hold_a_risk_assessment_said_to_come_later(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-61: what «Del 3 Vedtak.pdf» says of the DPIA work is a mention of part 4 only."""
    minutes = (
        "Del 3 – Vedtak\nLeiargruppa har 24.11.2026 fått presentert DPIA-arbeidet, funn så langt"
        " om risiko og tiltak, og innspel frå brukarutvalet, og vedtok å be om førehandsdrøfting.\n"
    )
    body = (
        f"{CONTACTS}\nSkildring: {DESCRIPTION}\n\nNaudsyn og forholdsmessigheit\n"
        "Heimel er pasientjournallova; vi har vurdert mindre inngripande tiltak, men dei gir"
        " ikkje same tryggleik, og pasientane vert informerte og kan reservere seg.\n\n"
        "Risikovurderinga (ROS-analysen) er under arbeid og vert ettersend.\n"
    )
    report = check(spec, body, ("Del 3 Vedtak.pdf", minutes))
    assert report.parts[3].verdict is Verdict.MISSING, report.parts[3].note
    assert report.parts[4].verdict is Verdict.PRESENT


@pytest.mark.parametrize(
    "sentence",
    [
        "The board will review the DPIA at its meeting on 10 December; the minutes will be"
        " forwarded to you afterwards.",
        "Styret skal behandle DPIA-en i januar.",
    ],
)
def test_management_named_as_who_will_validate_is_no_validation(
    spec: CaseTypeSpec, sentence: str
) -> None:
    """R-CP-62: the validation is still to come; it is never present on that sentence."""
    body = f"{CONTACTS}\nSkildring: {DESCRIPTION}\n\n{sentence}\n"
    assert check(spec, body).parts[4].verdict is not Verdict.PRESENT


@pytest.mark.parametrize(
    "item", ["Sak 4: DPIA «Ansiktsgjenkjenning ved inngang»", "Sak PS 94/26 DPIA – kamera"]
)
def test_an_agenda_item_of_minutes_does_not_hold_the_risk_assessment(
    spec: CaseTypeSpec, item: str
) -> None:
    """R-CP-102: the minutes name the DPIA put before the meeting; the risk assessment itself
    is said to be in a file that was not sent."""
    minutes = (
        f"{OCR_MARK}REFERAT - LEDERMØTE HØGFJELL TRENINGSSENTER AS\nDato: 20.10.2026. Til stede:"
        " Hallvard Moen (adm. dir.), Marte Løkken, Sindre Vik\n(økonomi), Anne Grete Rud (HR).\n\n"
        f"{item}\nMarte Løkken presenterte vurderingen: beskrivelse, alternativene som er vurdert,"
        "\nrisikomatrisen og restrisiko. Innspill fra medlemspanelet og fra tillitsvalgte ble"
        " gjennomgått.\n\nBeslutning: Ledergruppen godkjenner DPIA-en. Høy restrisiko aksepteres"
        " ikke uten at\nDatatilsynet er konsultert.\n"
    )
    body = (
        f"{CONTACTS}\nSkildring: {DESCRIPTION}\n\nNaudsyn og forholdsmessigheit\n"
        "Tannhelsetenestelova gir heimel, og pasientane kan reservere seg; vi har vurdert"
        " manuell gjennomgang som mindre inngripande, men han gir ikkje same presisjon.\n\n"
        "Risikovurderingen (del 4) står i eget dokument, Risikomatrise_v3.xlsx.\n"
    )
    risk = check(spec, body, ("05_Referat_ledermote.pdf", minutes)).parts[3]
    assert risk.verdict is not Verdict.PRESENT, risk.note
