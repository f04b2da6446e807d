"""R-CP-103 to R-CP-113: a request asked with the verb first, minutes that record no decision,
an approval only on the calendar or at a meeting after the request, a list item that marks no
part's place, «regulatorisk», a slide's title over its bullets, a workbook's sheets, an empty
register, a template's guidance, and the writer's own sibling heading."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, Verdict, check_completeness
from completeness.dates import named_dates
from completeness.deferrals import deferrals
from completeness.regex import search
from completeness.text import build_source, sections
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


# --- R-CP-108: a meeting after the request came in -------------------------------------------


def test_the_dates_a_text_names() -> None:
    reference = date(2026, 12, 6)
    text = (
        "Styremøte 14. januar 2027, ledermøtet 04.02.2027, the Board on March 4, 2027, "
        "2027-05-01, «12. mars» og «9. november»; ikke «kl. 14» eller «side 3 av 12»."
    )
    found = sorted(day for day, _, _ in named_dates(text, reference))
    assert found == [
        date(2026, 11, 9),
        date(2027, 1, 14),
        date(2027, 2, 4),
        date(2027, 3, 4),
        date(2027, 3, 12),
        date(2027, 5, 1),
    ]


@pytest.mark.parametrize(
    ("sentence", "ahead"),
    [
        ("Saken legges fram for universitetsdirektørens ledermøte 14. januar 2027.", True),
        (
            # (R-CP-147: «skal handsamast i utval …» defers by its words too; this only by its date)
            "Personvernkonsekvensvurderinga kjem opp i utval for oppvekst 4. februar 2027.",
            True,
        ),
        ("Styret behandler DPIA-en i styremøtet 3. februar 2027.", True),
        # an act of validating in the same sentence: the later date is something else
        (
            "Styret godkjente DPIA-en 3. november; piloten starter etter styremøtet 1. mars 2027.",
            False,
        ),
        # a past meeting, and a later date that names no one who validates
        ("Ledergruppen behandlet DPIA-en 12. november 2026.", False),
        ("Løsningen tas i bruk 1. mars 2027.", False),
    ],
)
def test_a_meeting_after_the_request_puts_the_validation_ahead(
    spec: CaseTypeSpec, sentence: str, ahead: bool
) -> None:
    on_day = replace(spec, received=date(2026, 11, 26))
    scoped, _ = deferrals(on_day, sentence)
    assert (5 in scoped) is ahead
    if ahead:  # it is the date that defers it: with no day of reference, nothing does
        assert 5 not in deferrals(spec, sentence)[0]


def test_the_day_of_reference_comes_with_the_check(spec: CaseTypeSpec) -> None:
    """R-CP-108 through check_completeness: the same request is judged against its own day."""
    body = (
        "Hei,\n\nVi ber om forhåndsdrøftelse for kontobasert billettering.\n\n"
        f"{CONTACTS}\nDPIA-en legges fram for styret i styremøtet 3. februar 2027.\n"
    )
    documents = [_doc("DPIA.docx", DPIA)]
    before = check_completeness(
        spec, body, documents, "Forhåndsdrøftelse", received=date(2026, 11, 26)
    )
    after = check_completeness(
        spec, body, documents, "Forhåndsdrøftelse", received=date(2027, 3, 1)
    )
    assert before.parts[4].verdict is Verdict.MISSING
    assert "3. februar 2027" in before.parts[4].note
    assert "3. februar 2027" not in after.parts[4].note  # a meeting held: no reading of it


# --- R-CP-109: a slide's title over its bullets ---------------------------------------------


def test_a_slides_question_over_bullets_is_the_necessity_assessment(spec: CaseTypeSpec) -> None:
    slides = (
        "Smart butikk – posisjon i butikk\nUnderlag til Datatilsynet\nSmart butikk · Bytorget 1/4\n"
        "Hva skal vi gjøre?\n•  Pilot i 12 butikker, ca. 180 000 medlemmer med appen\n"
        "•  Bluetooth-sendere registrerer hvilke hyller appen passerer\n"
        "•  Data: app-ID, posisjon i butikk hvert 2. sek, tidspunkt, kjøp\n"
        "Smart butikk · Bytorget 2/4\n"
        "Hvorfor – og hvorfor akkurat slik?\n•  Formål: bedre butikkoppsett og relevante tilbud\n"
        "•  Posisjon samles kun når kunden har slått på «Butikkmodus»\n"
        "•  Kan slås av når som helst; ingen ulemper for medlemskap\n"
        "Smart butikk · Bytorget 3/4\n"
        "Risikobildet\nRisiko | Sanns. | Konsekvens | Tiltak\n"
        "Detaljert atferdsprofil | Middels | Høy | 14 dagers sletting\n"
        "Smart butikk · Bytorget 4/4\n"
        "Beslutning\n•  Ledergruppen 26.11.2026, sak 47/26: pilot og DPIA godkjent\n"
    )
    body = f"Hei,\n\nVi ber om forhåndsdrøftelse for Smart butikk.\n\n{CONTACTS}"
    report = check_completeness(spec, body, [_doc("Smart_butikk.pdf", slides)], "Forhåndsdrøftelse")
    assert report.parts[2].verdict is Verdict.PRESENT, report.parts[2].note


# --- R-CP-110, R-CP-111: a workbook with a sheet per part -----------------------------------


WORKBOOK = (
    "1 Kontakter\nDPIA – Tretthetsmåling for brobemanning på nattruter\n"
    "Rolle | Navn | Telefon | E-post\n"
    "Kontaktperson | Kari Nordmann | 55 12 34 56 | kari@tindved.no\n"
    "Personvernombud | Ola Hansen | 55 12 34 57 | ola@tindved.no\n"
    "2 Beskrivelse\nTema | Beskrivelse\nFormål | Redusere ulykker ved å varsle tretthet hos"
    " brobemanningen på nattruter.\nBehandlingens art | Armbånd måler søvn og puls; varsel til"
    " skipsføreren ved lav skår. Omfang: 140 ansatte. Lagring 30 dager.\n"
    "3 Nødvendighet\nSpørsmål | Vurdering\nEr behandlingen nødvendig? | Tretthet er årsak til"
    " flere nestenulykker; egenrapportering fanger det ikke opp.\nEr den forholdsmessig? |"
    " Bare skår, ikke rådata, deles; de ansatte kan se egne data.\n"
    "4 Risiko\n"
    "Nr | Hendelse / trussel | Sannsynlighet (1-5) | Konsekvens (1-5) | Tiltak | Restrisiko (1-5)\n"
    "5 Godkjenning\nFelt | Verdi\nBeslutning | Ledergruppen godkjente DPIA-en 13.10.2026.\n"
)


def test_a_risk_sheet_with_only_its_header_row_holds_no_risk_assessment(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-111, and R-CP-110: the workbook's title after the first sheet's name is still the
    title of the report, and yields to what its risk sheet says."""
    body = "Hei,\n\nVi ber om forhåndsdrøftelse for tretthetsmåling. DPIA-en er vedlagt.\n"
    report = check_completeness(
        spec, body, [_doc("DPIA_tretthet.xlsx", WORKBOOK)], "Forhåndsdrøftelse"
    )
    assert report.parts[3].verdict is Verdict.MISSING, report.parts[3].note
    filled = WORKBOOK.replace(
        "Restrisiko (1-5)\n",
        "Restrisiko (1-5)\n1 | Data brukes til oppfølging av enkeltansatte | 3 | 4 | Avtale | 2\n",
    )
    report = check_completeness(
        spec, body, [_doc("DPIA_tretthet.xlsx", filled)], "Forhåndsdrøftelse"
    )
    assert report.parts[3].verdict is Verdict.PRESENT, report.parts[3].note


# --- R-CP-112: a template's guidance left in; R-CP-113: the writer's own sibling heading ------


def test_a_section_of_template_guidance_only_is_not_filled_in(spec: CaseTypeSpec) -> None:
    guidance = (
        "[Veiledning: Beskriv hvorfor behandlingen er nødvendig for å oppnå formålet, og om"
        " formålet kan nås med mindre inngripende midler. Slett veiledningsteksten.]"
    )
    dpia = DPIA.replace(
        "Nødvendighet og proporsjonalitet\nFylkeskommunen har vedtatt prisgaranti; uten"
        " reisehistorikk kan vi ikke beregne taket. Anonyme kort er vurdert, men gir ikke"
        " prisgaranti.",
        f"Nødvendighet og proporsjonalitet\n{guidance}",
    )
    body = f"Hei,\n\nVi ber om forhåndsdrøftelse for kontobasert billettering.\n\n{CONTACTS}"
    minutes = "Ledergruppen godkjente DPIA-en 12. november 2026.\n"
    documents = [_doc("DPIA.docx", dpia), _doc("Referat.pdf", minutes)]
    report = check_completeness(spec, body, documents, "Forhåndsdrøftelse")
    assert report.parts[2].verdict is Verdict.MISSING, report.parts[2].note
    assert "veiledningstekst" in report.parts[2].note
    filled = dpia.replace(guidance, f"{guidance}\nUten reisehistorikk kan vi ikke beregne taket.")
    documents = [_doc("DPIA.docx", filled), _doc("Referat.pdf", minutes)]
    report = check_completeness(spec, body, documents, "Forhåndsdrøftelse")
    assert report.parts[2].verdict is not Verdict.MISSING


def _bodies(text: str) -> dict[str, str]:
    source = build_source("DPIA.docx", text, lambda title: title.startswith(("Risiko", "4")))
    return {s.heading.title: s.body for s in sections(source)}


def test_the_writers_own_heading_ends_the_unnumbered_section_above_it() -> None:
    """R-CP-113: «Medvirkning» is a sibling of «Risikovurdering», not a part of it."""
    text = (
        "Risikovurdering\nRisikoen er gjennomgått med leverandøren og vurderes som akseptabel.\n"
        "Medvirkning\nPårørendeutvalget og personvernombudet er hørt og har gitt innspill.\n"
    )
    assert _bodies(text)["Risikovurdering"] == (
        "Risikoen er gjennomgått med leverandøren og vurderes som akseptabel."
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a numbered chapter keeps its sub-headings
        (
            "4 Risikovurdering\nVi har vurdert tre risikoer for de registrerte.\nMetode\n"
            "Arbeidsmøter med leverandøren og pårørendeutvalget.\n",
            "Metode\nArbeidsmøter med leverandøren og pårørendeutvalget.",
        ),
        # a heading that opens straight into another keeps it
        (
            "Risikovurdering\nMetode\nArbeidsmøter med leverandøren og pårørendeutvalget.\n",
            "Metode\nArbeidsmøter med leverandøren og pårørendeutvalget.",
        ),
        # minutes keep their items
        (
            "Risikovurdering i ledergruppen\nMøte 27.10.2026.\nLG 52/26 DPIA billettering\n"
            "Ledergruppen godkjente DPIA-en.\n",
            "LG 52/26 DPIA billettering\nLedergruppen godkjente DPIA-en.",
        ),
    ],
)
def test_a_sub_heading_a_heading_that_opens_the_section_and_an_agenda_item_stay_inside(
    text: str, kept: str
) -> None:
    (body,) = _bodies(text).values()
    assert body.endswith(kept)


# --- the review of session 14: readings that sent a wrong letter ----------------------------


def _extract(item: str) -> str:
    return (
        "Utdrag av protokoll fra styremøte 18. november 2026\n"
        "Sak 22/26 Kontobasert billettering – personvernkonsekvensvurdering\n"
        f"{item}\nRett utskrift bekreftes. Oslo, 19.11.2026, Hege Tindvik, adm. dir.\n"
    )


@pytest.mark.parametrize(
    "item",
    [
        "Vedtak: Personvernkonsekvensvurderingen godkjennes. Styret skal ha en statusrapport om"
        " DPIA-tiltakene i styremøtet 10. mars 2027.",
        "Vedtak: DPIA-en godkjennes. Saken legges fram for styret igjen ved evaluering"
        " 1. juni 2027.",
        "Vedtak: Rådmannens innstilling vedtas. Formannskapet orienteres om DPIA-tiltakene"
        " 14. januar 2027.",
        "Vedtak: Styret aksepterer restrisikoen og stiller seg bak DPIA-en. Saken skal behandles"
        " i styret igjen 10. mars 2027.",
        "Resolution: The DPIA is hereby approved. The Board will review the DPIA again on"
        " 1 June 2027.",
    ],
)
def test_a_resolution_that_approves_is_a_validation_whatever_comes_later(
    spec: CaseTypeSpec, item: str
) -> None:
    """R-CP-105, R-CP-108: the act («godkjennes», «vedtas», «aksepterer», «approved») outweighs
    a later step the same item names."""
    assert _report(spec, _extract(item)) is Verdict.PRESENT


@pytest.mark.parametrize(
    "extra",
    [
        "Godkjenning\nStyret godkjente DPIA-en i møte 12. november 2026. Styret vil følge opp"
        " DPIA-en i styremøtet 10. mars 2027.",
        "DPIA-en er godkjend av leiargruppa 17. november. Tiltaka i DPIA-en skal vere"
        " gjennomførte innan 1. mars 2027, og leiinga følgjer opp.",
        "DPIA-en ble behandlet i ledergruppens møte 20. mai, og ledergruppen stilte seg bak den.",
        "The DPIA was signed by our CEO on 20 November 2026. Management will reassess the DPIA"
        " before go-live on 1 March 2027.",
        "Kommunedirektøren har skrevet under på DPIA-en, og løsningen tas i bruk etter"
        " formannskapets møte 15. januar 2027.",
    ],
)
def test_an_approval_told_in_the_mail_is_never_asked_for_again(
    spec: CaseTypeSpec, extra: str
) -> None:
    """R-CP-108, R-CP-114: a dated later step after the approval, a past date without a year,
    and the act told in prose never make the validation missing."""
    body = f"Hei,\n\nVi ber om forhåndsdrøftelse for billettering.\n\n{CONTACTS}\n{extra}\n"
    report = check_completeness(
        spec, body, [_doc("DPIA.docx", DPIA)], "Forhåndsdrøftelse", received=date(2026, 11, 26)
    )
    assert report.parts[4].verdict is not Verdict.MISSING, report.parts[4].note


@pytest.mark.parametrize(
    "text",
    [
        "Vi ber om svar på om forhåndsdrøftelse er påkrevd for løsningen.",
        "Vi ber om en avklaring om forhåndsdrøftelse er nødvendig.",
        "I veilederen står det at Datatilsynet ber virksomheter om forhåndsdrøftelse når høy"
        " risiko ikke kan reduseres.",
        "Kommunen bed om ei avklaring om førehandsdrøfting er naudsynt.",
    ],
)
def test_a_question_about_prior_consultation_is_no_request(spec: CaseTypeSpec, text: str) -> None:
    """R-CP-103: no «om» among the words between, no question clause after, and not
    Datatilsynet's own words quoted."""
    assert search(spec.request_cues, text) is None


def test_guidance_over_the_writers_own_sub_headings_leaves_the_part_to_a_caseworker(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-112: guidance under the chapter's heading, the writer's text under sub-headings of
    the same part below it: not a statement that the part is missing."""
    guidance = (
        "[Veiledning: Identifiser risikoene for de registrertes rettigheter og friheter, vurder"
        " sannsynlighet og konsekvens, og beskriv tiltak.]"
    )
    dpia = DPIA.replace(
        "Risikovurdering\nBevegelsesmønster",
        f"Risikovurdering\n{guidance}\n\nIdentifiserte risikoer\nBevegelsesmønster",
    )
    body = f"Hei,\n\nVi ber om forhåndsdrøftelse for kontobasert billettering.\n\n{CONTACTS}"
    minutes = "Ledergruppen godkjente DPIA-en 12. november 2026.\n"
    documents = [_doc("DPIA.docx", dpia), _doc("Referat.pdf", minutes)]
    report = check_completeness(spec, body, documents, "Forhåndsdrøftelse")
    assert report.parts[3].verdict is not Verdict.MISSING, report.parts[3].note
