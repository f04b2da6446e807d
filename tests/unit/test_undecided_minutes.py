"""R-CP-103 to R-CP-107: a request asked with the verb first, minutes that record no decision,
an approval only on the calendar, a list item that marks no part's place, and «regulatorisk»."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, Verdict, check_completeness
from completeness.deferrals import deferrals
from completeness.regex import search
from config.case_types import load_case_type


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def _doc(name: str, text: str) -> Document:
    return Document(name, "application/pdf", len(text.encode()), "0" * 64, text)


CONTACTS = (
    "Kontaktperson: Kari Nordmann, 55 12 34 56, kari@tindved.no\n"
    "Personvernombud: Ola Hansen, 55 12 34 57, ola@tindved.no\n"
    "Vi benytter ingen databehandler.\n"
)
DPIA = (
    "Beskrivelse\nTindved Kollektiv skal erstatte dagens billettsystem med kontobasert billettering"
    " der reisehistorikken lagres i to år for alle kunder med konto.\n\n"
    "Nødvendighet og proporsjonalitet\nFylkeskommunen har vedtatt prisgaranti; uten"
    " reisehistorikk kan vi ikke beregne taket. Anonyme kort er vurdert, men gir ikke"
    " prisgaranti.\n\n"
    "Risikovurdering\nBevegelsesmønster kan avsløre bosted (sannsynlighet middels, konsekvens"
    " høy). Tiltak: historikken aggregeres etter 90 dager. Restrisiko: middels.\n"
)


def _report(spec: CaseTypeSpec, minutes: str) -> Verdict:
    body = f"Hei,\n\nVi ber om forhåndsdrøftelse for kontobasert billettering.\n\n{CONTACTS}"
    documents = [_doc("DPIA.docx", DPIA), _doc("Referat_ledergruppen.pdf", minutes)]
    report = check_completeness(spec, body, documents, "Forhåndsdrøftelse")
    return report.parts[4].verdict


def test_minutes_whose_dpia_item_puts_it_on_a_later_meeting_do_not_validate_it(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-105: the other items, and who attended, are no validation of the DPIA."""
    minutes = (
        "Referat ledergruppen, Tindved Kollektiv AS\n"
        "Møte 27.10.2026. Til stede: adm. dir. Hege Tindvik, økonomisjef, trafikksjef, HR-sjef.\n"
        "LG 44/26 Kvartalsrapport Q3\nTatt til orientering. Økonomisjefen la fram tallene for"
        " tredje kvartal, som viser et resultat over budsjett.\n"
        "LG 52/26 Kontobasert billettering med reisehistorikk\n"
        "Orientering: DPIA-en behandles i ledergruppens møte 12. mars. Ingen vedtak.\n"
        "LG 46/26 Julebord\nGjennomføres 11. desember.\n"
    )
    assert _report(spec, minutes) is Verdict.MISSING


def test_minutes_that_approve_the_dpia_validate_it_whatever_else_waits(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-105: an act of validating in the DPIA's item outweighs a later step it names."""
    minutes = (
        "Referat ledergruppen, Tindved Kollektiv AS\n"
        "Møte 27.10.2026. Til stede: adm. dir. Hege Tindvik, økonomisjef, trafikksjef, HR-sjef.\n"
        "LG 44/26 Kvartalsrapport Q3\nTatt til orientering.\n"
        "LG 52/26 DPIA kontobasert billettering med reisehistorikk\n"
        "Ledergruppen godkjente DPIA-en og restrisikoen. Oppfølgingen skal behandles i styret"
        " 12. mars.\n"
    )
    assert _report(spec, minutes) is Verdict.PRESENT


def test_a_board_that_took_no_position_has_not_validated(spec: CaseTypeSpec) -> None:
    """R-CP-104, R-CP-105: «tek saka til orientering» and «har ikkje teke stilling»."""
    minutes = (
        "Protokoll frå styremøte 9. november 2026\n"
        "Til stades: Sigbjørn Hauge (styreleiar), Brit Lunde, Arne Fjærestad, Marta Kvamme.\n"
        "Frå administrasjonen: Torunn Fimreite (dagleg leiar), Astrid Årdal (fagsjef).\n"
        "Sak 22/26 Kontobasert billettering\nFagsjef presenterte vurderinga, risikotabellen og"
        " restrisikoen.\nVedtak: Styret tek saka til orientering. Saka vert sett opp att når"
        " brukarutvalet har fått uttale seg. Styret har ikkje teke stilling til vurderinga.\n"
        "Sogndal, 9.11.2026. Sigbjørn Hauge (sign.) Brit Lunde (sign.)\n"
    )
    assert _report(spec, minutes) is Verdict.MISSING


@pytest.mark.parametrize(
    "sentence",
    [
        "Styret har ikkje teke stilling til vurderinga.",
        "Ledelsen har ikke tatt stilling til DPIA-en.",
        "The DPIA is scheduled for approval at the Board meeting on 4 February 2027.",
        "We will forward the resolution afterwards.",
        "DPIA-en er satt opp til behandling i styremøtet 12. mars.",
    ],
)
def test_an_approval_on_the_calendar_is_still_to_come(spec: CaseTypeSpec, sentence: str) -> None:
    """R-CP-104."""
    scoped, _ = deferrals(spec, sentence)
    assert 5 in scoped


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("På vegne av Apotek Nordlys AS ber vi om forhåndsdrøftelse for kameraanalyse.", True),
        ("Med dette anmoder kommunen om forhåndsdrøfting av løysinga.", True),
        ("Derfor ber Solbakken omsorgssenter om en forhåndsdrøftelse.", True),
        ("Vi ber ikke om forhåndsdrøftelse nå, bare om veiledning.", False),
        ("Jeg ber deg ikkje om forhåndsdrøfting.", False),
    ],
)
def test_a_request_asked_with_the_verb_before_its_subject(
    spec: CaseTypeSpec, text: str, asks: bool
) -> None:
    """R-CP-103: Norwegian puts the verb second: «… ber vi om forhåndsdrøftelse»."""
    assert (search(spec.request_cues, text) is not None) is asks


def test_a_list_item_under_a_heading_of_ones_own_marks_no_parts_place(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-106: «* Risikovarsel: …» in the description's list does not end the run of
    unrecognised sections between the contacts and the risks: the section under «## Hvorfor –
    og hvorfor akkurat sånn» is in the necessity assessment's place."""
    body = (
        "Hei!\n\nVi ber om forhåndsdrøftelse for en ny funksjon i appen.\n\n## Kontakt\n\n"
        "Kontaktperson: Emil Brandt, tlf 413 90 221, emil@pulsly.no\n"
        "Personvernombud: Maria Solberg, tlf 901 77 452, maria@personvernhuset.no\n"
        "Vi bruker ingen databehandler.\n\n"
        "## Hva vi bygger\n\nPulsly er en app der brukere logger humør og søvn daglig. Vi vil"
        " lansere en funksjon som oppdager tegn på alvorlig depresjon i tekst og humørlogg, og"
        " da viser hjelpetelefoner. Omfang: ca. 35 000 brukere. Opplysninger: e-post, alder,"
        " fritekst og humørscore.\n\n"
        "* Dagbok: Fritekst og humørscore\n* Risikovarsel: Vises for brukeren; lagres 30 d\n\n"
        "## Hvorfor – og hvorfor akkurat sånn\n\nBrukere skriver allerede om mørke tanker i"
        " appen; å ikke reagere er faglig uforsvarlig. Funksjonen bygger på uttrykkelig samtykke"
        " (art. 9 nr. 2 a). Vi har vurdert manuell gjennomgang av fritekst (uforholdsmessig"
        " inngripende).\n\n* Funksjonen er av som standard; eget samtykke.\n* Ingen varsling"
        " til tredjepart uten at brukeren trykker selv.\n\n"
        "## Risiko\n\n* Feil klassifisering – sannsynlighet middels, konsekvens høy. Tiltak:"
        " hjelpetelefoner alltid synlige.\n* Lekkasje av dagbøker – sannsynlighet lav,"
        " konsekvens høy. Tiltak: kryptering.\nHøy restrisiko ved feilklassifisering.\n\n"
        "## Styrets behandling\n\nStyret godkjente DPIA-en i styremøtet 3. november.\n"
    )
    report = check_completeness(spec, body, [], "Forhåndsdrøftelse – KI-samtalestøtte")
    assert report.parts[2].verdict is Verdict.PRESENT, report.parts[2].note


@pytest.mark.parametrize("heading", ["Juridisk og regulatorisk", "Historisk bakgrunn"])
def test_an_adjective_ending_in_risk_names_no_risk_assessment(
    spec: CaseTypeSpec, heading: str
) -> None:
    """R-CP-107."""
    assert search(spec.part(4).headings, heading) is None
    assert search(spec.part(4).headings, "3_Risk_assessment") is not None
