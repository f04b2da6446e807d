"""completeness/check.py: why a part found nowhere is missing or left to a caseworker, in words.

The caseworker reads the note: each rule that keeps a part from being missing says which file
or section it rests on (an attachment that could not be read, text read by OCR, a section
under an unknown heading, a request not laid out by part), and a part in its place in a
numbered outline says so. Each request here is small and written in the mail text.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from config.case_types import load_case_type
from reading.blocks import OCR_MARK

REQUEST = "Vi ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.\n\n"
CONTACTS = """Kontaktperson: Live Haugen, telefon 33 44 55 66, e-post live.haugen@sandvik.kommune.no
Personvernombud: Tor Moe, telefon 33 44 55 77, e-post tor.moe@sandvik.kommune.no
Vi bruker ingen databehandler.
"""
DESCRIPTION = """Beskrivelse av behandlingen
Sandvik kommune vil la en app registrere når elevene kommer til og går fra skolen, slik at
foresatte får beskjed. Appen lagrer navn, klasse og tidspunkt for om lag 900 elever i ett år.
"""
NECESSITY = """Vurdering av nødvendighet og proporsjonalitet
Registreringen er nødvendig for å vite hvem som er på skolen ved brann. Papirlister er prøvd og
var for upålitelige; færre opplysninger ville ikke gitt samme sikkerhet.
"""
RISK = """Risikovurdering
Risikoen for at uvedkommende ser hvor barn befinner seg er vurdert som høy. Tiltak er tilgang
bare for kontaktlærer, logging og sletting etter ett år; restrisikoen er fortsatt høy.
"""
VALIDATION = """Ledelsens validering
Kommunedirektøren behandlet vurderingen i ledermøtet 3. november og godkjente den etter å ha
hørt elevrådet og FAU.
"""
# parts 1-4 under their headings; management's validation (part 5) nowhere
WITHOUT_VALIDATION = "\n".join((CONTACTS, DESCRIPTION, NECESSITY, RISK))
SUBJECT = "Anmodning om forhåndsdrøftelse: oppmøteapp"
NOTHING = "ingen treff"


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def document(name: str, text: str, size: int | None = None) -> Document:
    size = len(text.encode()) if size is None else size
    return Document(name, "application/octet-stream", size, "0" * 64, text)


def check(
    spec: CaseTypeSpec,
    body: str,
    documents: Sequence[Document] = (),
    subject: str = SUBJECT,
    unreadable: Sequence[str] = (),
) -> CompletenessReport:
    return check_completeness(spec, body, documents, subject, unreadable=unreadable)


def part(report: CompletenessReport, number: int) -> tuple[Verdict, str]:
    found = next(p for p in report.parts if p.number == number)
    return found.verdict, found.note


def test_a_part_found_nowhere_in_a_request_laid_out_by_part_is_missing(spec: CaseTypeSpec) -> None:
    report = check(spec, REQUEST + WITHOUT_VALIDATION)
    assert part(report, 5) == (Verdict.MISSING, NOTHING)
    assert [p.verdict for p in report.parts[:4]] == [Verdict.PRESENT] * 4
    assert report.is_request


def test_the_mail_text_handed_over_as_a_document_too_counts_once(spec: CaseTypeSpec) -> None:
    body = REQUEST + WITHOUT_VALIDATION
    for copy in (body, f"\n{body}  \n"):
        report = check(spec, body, [document("e-post.txt", copy)])
        assert part(report, 5) == (Verdict.MISSING, NOTHING)  # no document left unaccounted


@pytest.mark.parametrize(
    ("documents", "unreadable", "names"),
    [
        ((), ("skann.tif",), "skann.tif"),
        ((), ("a.tif", "b.tif"), "a.tif, b.tif"),
        # a file with text too short to be read (fewer than five words): it may hold anything
        ((document("skann.pdf", "x y", size=1000),), (), "skann.pdf"),
        ((document("skann.pdf", "x y", size=1000),), ("bilde.heic",), "bilde.heic, skann.pdf"),
    ],
)
def test_an_attachment_that_could_not_be_read_keeps_a_part_from_missing(
    spec: CaseTypeSpec, documents: tuple[Document, ...], unreadable: tuple[str, ...], names: str
) -> None:
    report = check(spec, REQUEST + WITHOUT_VALIDATION, documents, unreadable=unreadable)
    assert part(report, 5) == (
        Verdict.UNCERTAIN, f"{NOTHING}; men vedlegg kunne ikke leses ({names})"
    )  # fmt: skip


def test_an_empty_file_holds_nothing(spec: CaseTypeSpec) -> None:
    report = check(spec, REQUEST + WITHOUT_VALIDATION, [document("tom.pdf", "", size=0)])
    assert part(report, 5) == (Verdict.MISSING, NOTHING)  # not unreadable, and nothing in it


def test_text_read_by_ocr_is_shown_as_such_and_may_hold_a_part_found_nowhere(
    spec: CaseTypeSpec,
) -> None:
    minutes = (
        "Protokoll fra møte i kommunestyret. Saken ble behandlet og vedtatt av styret i dag med "
        "alle stemmer."
    )
    report = check(
        spec, REQUEST + WITHOUT_VALIDATION, [document("protokoll.pdf", OCR_MARK + minutes)]
    )
    found = report.parts[4]
    assert found.verdict is Verdict.PRESENT
    assert {e.source for e in found.evidence} == {"protokoll.pdf (OCR)"}
    assert not any(OCR_MARK in e.excerpt for e in found.evidence)  # the mark is no text
    # a scan about something else: the part may stand in what OCR misread
    scan = OCR_MARK + "Kart over skolen med inngangene merket og parkeringsplassen vist i rødt."
    report = check(spec, REQUEST + WITHOUT_VALIDATION, [document("kart.pdf", scan)])
    assert part(report, 5) == (
        Verdict.UNCERTAIN, f"{NOTHING}; men kart.pdf (OCR) er lest med OCR og kan inneholde delen"
    )  # fmt: skip


def test_a_scan_named_for_the_contacts_keeps_its_doubt(spec: CaseTypeSpec) -> None:
    """R-CP-151, taken back on review: a scan is named for its first page, and OCR may have
    misread what follows (an approval «g0dkjent av k0mmunedirekt0ren 3.11.2O26»)."""
    sheet = OCR_MARK + (
        "Kontaktskjema\nKontaktperson: Randi Holm, tlf. 57 82 11 40, randi.holm@soknet.no\n"
        "Vi bekrefter at vurderingen er gjennomgatt i 1edergruppen og g0dkjent av "
        "k0mmunedirekt0ren 3.11.2O26.\n"
    )
    report = check(
        spec, REQUEST + WITHOUT_VALIDATION, [document("Kontaktskjema_skannet.pdf", sheet)]
    )
    assert part(report, 5)[0] is Verdict.UNCERTAIN


def test_a_section_under_a_heading_no_cue_knows_may_hold_the_part(spec: CaseTypeSpec) -> None:
    own_words = (
        "Slik ble saken forankret\n"
        "Rådmannens stab gikk gjennom dokumentet to ganger i høst, og kommunens toppleder satte "
        "sitt navn under etter at innvendingene fra foreldrene var tatt inn i planen.\n"
    )
    report = check(spec, REQUEST + WITHOUT_VALIDATION + "\n" + own_words)
    assert part(report, 5) == (
        Verdict.UNCERTAIN,
        f"{NOTHING}, men «Slik ble saken forankret» (e-postteksten) er ikke gjenkjent og kan "
        "inneholde delen",
    )


def test_silence_is_no_absence_when_the_request_is_not_laid_out_by_part(
    spec: CaseTypeSpec,
) -> None:
    running = (
        "Sandvik kommune vil la en app registrere når elevene kommer til og går fra skolen. "
        "Registreringen er nødvendig for å vite hvem som er på skolen ved brann.\n"
    )
    report = check(spec, REQUEST + CONTACTS + "\n" + running)
    doubt = f"{NOTHING}, men de andre delene står ikke under egne overskrifter eller filer"
    assert [part(report, n) for n in (2, 3, 4, 5)] == [(Verdict.UNCERTAIN, doubt)] * 4


@pytest.mark.parametrize(
    ("said", "missing"),
    [
        # the whole DPIA comes later: what it holds and its validation are not here yet
        ("DPIA ettersendes.", (2, 3, 5)),
        # the risk assessment is not done: its validation cannot be here yet either
        ("Risikovurderingen er ikke gjennomført ennå og ettersendes.", (5,)),
    ],
)
def test_what_waits_for_a_dpia_said_to_come_later_is_missing(
    spec: CaseTypeSpec, said: str, missing: tuple[int, ...]
) -> None:
    laid_out = "\n".join((CONTACTS, DESCRIPTION, NECESSITY)) if missing == (5,) else CONTACTS
    report = check(spec, REQUEST + laid_out + "\n" + said + "\n")
    assert [part(report, n) for n in missing] == [(Verdict.MISSING, NOTHING)] * len(missing)
    assert part(report, 4) == (Verdict.MISSING, f"varslet ettersendt: «{said}»")


NUMBERED = {
    1: """1 Kontaktopplysninger
Kontaktperson: Sindre Vold, telefon 51 22 33 40, e-post sindre.vold@havbruk-vest.no
Personvernombud: Maren Eik, telefon 51 22 33 41, e-post personvern@havbruk-vest.no
Vi bruker ingen databehandler.
""",
    2: """2 Slik blir det i praksis
Fôringsbåtene får kamera i styrehuset, med det formålet å vise hvem som er på vakt. Bildene
lagres på vår egen server til skiftet er over, og skippere og matroser er med fra våren.
""",
    3: """3 Nødvendighet og forholdsmessighet
Kameraet er nødvendig for å dokumentere hvile etter arbeidsmiljøloven. Vi har vurdert
manuelle skjemaer som mindre inngripende, men de gir ikke tilstrekkelig dokumentasjon.
""",
    4: """4 Risikovurdering
Risikoen for at bildene brukes til å kontrollere arbeidstempo er vurdert som middels.
Tiltak: bare verneombud og skipper har tilgang, og alle oppslag logges; restrisikoen er lav.
""",
    5: """5 Ledelsens validering
Daglig leder la vurderingen fram for styret 2. desember, som godkjente den etter å ha hørt
de tillitsvalgte om restrisikoen.
""",
}


def test_a_section_in_a_parts_place_in_a_numbered_outline_is_that_part(
    spec: CaseTypeSpec,
) -> None:
    report = check(spec, REQUEST + "\n".join(NUMBERED.values()))
    found = report.parts[1]
    assert found.verdict is Verdict.PRESENT
    assert found.note.startswith(
        "funnet: overskrift «2 Slik blir det i praksis» på delens plass i oppsettet: "
        "«2 Slik blir det i praksis Fôringsbåtene får kamera i styrehuset"
    )
    assert [(e.source, e.location) for e in found.evidence] == [("e-postteksten", "avsnitt 3")]
    assert report.is_request and all(p.verdict is Verdict.PRESENT for p in report.parts)


def test_a_section_out_of_its_place_in_the_outline_is_no_part(spec: CaseTypeSpec) -> None:
    order = (1, 3, 4, 2, 5)  # after the risk assessment: not in part 2's place
    report = check(spec, REQUEST + "\n".join(NUMBERED[n] for n in order))
    assert part(report, 2)[0] is Verdict.UNCERTAIN


def test_a_request_is_recognised_by_its_complete_material_without_asking(
    spec: CaseTypeSpec,
) -> None:
    complete = check(spec, WITHOUT_VALIDATION + "\n" + VALIDATION, subject="Oppmøteapp")
    assert (complete.is_request, complete.request_note) == (
        True, "ingen uttrykkelig anmodning, men fullstendig dokumentasjon er sendt inn"
    )  # fmt: skip
    incomplete = check(spec, WITHOUT_VALIDATION, subject="Oppmøteapp")
    assert (incomplete.is_request, incomplete.request_note) == (
        False,
        "ikke en anmodning om forhåndsdrøftelse: DPIA-materiale vedlagt, men ingen uttrykkelig "
        "anmodning",
    )


def test_a_deferral_said_in_words_outweighs_a_section_in_the_parts_place(
    spec: CaseTypeSpec,
) -> None:
    said = "Fullstendig beskrivelse av behandlingen ettersendes.\n"
    verdict, note = part(check(spec, REQUEST + "\n".join(NUMBERED.values()) + "\n" + said), 2)
    assert verdict is Verdict.UNCERTAIN
    assert note.startswith(
        "usikkert, bare nevnt i overskrift «2 Slik blir det i praksis» på delens plass i oppsettet"
    )


# the description and necessity of the numbered outline under plain headings, in «DPIA.txt»
DPIA = (
    "Beskrivelse av behandlingen\n"
    + NUMBERED[2].split("\n", 1)[1]
    + "\nVurdering av nødvendighet og proporsjonalitet\n"
    + NUMBERED[3].split("\n", 1)[1]
)
OWN_RISK = (
    "\nRisikovurdering\nRisikoen er vurdert som middels, med tiltak som logging og "
    "tilgangskontroll; restrisikoen er lav.\n"
)


def test_a_file_named_for_a_part_whose_headings_name_only_others_holds_it_by_name_only(
    spec: CaseTypeSpec,
) -> None:
    report = check(spec, REQUEST + NUMBERED[1], [document("DPIA.txt", DPIA)])
    assert [part(report, n)[0] for n in (2, 3)] == [Verdict.PRESENT] * 2
    assert part(report, 4) == (
        Verdict.MISSING, "vedlegg «DPIA.txt» handler om noe annet: «handler om noe annet»"
    )  # fmt: skip
    # with its own section of the risk assessment, the file holds it
    report = check(spec, REQUEST + NUMBERED[1], [document("DPIA.txt", DPIA + OWN_RISK)])
    assert part(report, 4)[0] is Verdict.PRESENT
    assert {e.source for e in report.parts[3].evidence} == {"DPIA.txt"}


def test_a_mention_in_scanned_minutes_is_no_trace_of_the_part_they_approve(
    spec: CaseTypeSpec,
) -> None:
    """The scanned minutes are plainly part 5; that they name the DPIA says nothing of whether
    OCR misread the risk assessment, which the mail says comes later."""
    minutes = (
        "Protokoll fra styremøte 2. desember. Styret behandlet DPIA for kamera på fôringsbåtene "
        "og godkjente den etter å ha hørt de tillitsvalgte."
    )
    body = REQUEST + "\n".join((NUMBERED[1], NUMBERED[2], NUMBERED[3]))
    body += "\nRisikovurderingen ettersendes.\n"
    report = check(spec, body, [document("protokoll.pdf", OCR_MARK + minutes)])
    assert part(report, 4) == (
        Verdict.MISSING, "varslet ettersendt: «Risikovurderingen ettersendes.»"
    )  # fmt: skip
    assert part(report, 5)[0] is Verdict.PRESENT


MINUTES = (
    "Protokoll fra styremøte 2. desember. Styret godkjente vurderingen. Risikoen for at bildene "
    "brukes til å kontrollere arbeidstempo er vurdert som middels. Tiltak: bare verneombud og "
    "skipper har tilgang, og alle oppslag logges; restrisikoen er lav."
)


def test_what_the_minutes_say_of_a_risk_assessment_said_to_come_later_is_a_mention(
    spec: CaseTypeSpec,
) -> None:
    """The minutes (part 5's file) sum up the risk: that is the risk assessment itself only
    while the request does not say the assessment comes later."""
    outline = REQUEST + "\n".join((NUMBERED[1], NUMBERED[2], NUMBERED[3]))
    report = check(spec, outline, [document("protokoll.pdf", MINUTES)])
    verdict, note = part(report, 4)
    assert (verdict, note.startswith("funnet: innhold som svarer til delen")) == (
        Verdict.PRESENT, True
    )  # fmt: skip
    report = check(
        spec, outline + "\nRisikovurderingen ettersendes.\n", [document("protokoll.pdf", MINUTES)]
    )
    assert part(report, 4) == (
        Verdict.MISSING, "varslet ettersendt: «Risikovurderingen ettersendes.»"
    )  # fmt: skip
    assert part(report, 5)[0] is Verdict.PRESENT


KART = OCR_MARK + "Kart over anlegget med kaiene merket og parkeringsplassen vist i rødt."
WITHOUT_RISK = REQUEST + "\n".join((NUMBERED[1], NUMBERED[2], NUMBERED[3], NUMBERED[5]))
RISK_LATER = "\nRisikovurderingen ettersendes.\n"


def test_a_trace_of_a_part_in_text_read_by_ocr_keeps_it_from_missing(spec: CaseTypeSpec) -> None:
    scan = OCR_MARK + "Vedlegg 3. Se også risikovurderingen til styret. Side 2 av 4."
    report = check(spec, WITHOUT_RISK + RISK_LATER, [document("skann.pdf", scan)])
    assert part(report, 4) == (
        Verdict.UNCERTAIN,
        "varslet ettersendt: «Risikovurderingen ettersendes.»; men spor av delen i tekst lest "
        "med OCR (skann.pdf (OCR))",
    )


def test_a_part_said_to_come_later_rests_on_no_ocr_text(spec: CaseTypeSpec) -> None:
    report = check(spec, WITHOUT_RISK + RISK_LATER, [document("kart.pdf", KART)])
    assert part(report, 4) == (
        Verdict.MISSING, "varslet ettersendt: «Risikovurderingen ettersendes.»"
    )  # fmt: skip


def test_scanned_minutes_plainly_of_another_part_cannot_hold_a_missing_one(
    spec: CaseTypeSpec,
) -> None:
    minutes = (
        "Protokoll fra styremøte 2. desember. Daglig leder la vurderingen fram for styret, som "
        "godkjente den etter å ha hørt de tillitsvalgte."
    )
    body = REQUEST + "\n".join((CONTACTS, DESCRIPTION, NECESSITY))
    report = check(spec, body, [document("protokoll.pdf", OCR_MARK + minutes)])
    assert (part(report, 4), part(report, 5)[0]) == ((Verdict.MISSING, NOTHING), Verdict.PRESENT)


def test_the_section_right_after_a_dpia_reports_title_is_in_the_place_of_part_two(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-25: the title opens the chapters of parts 2-4, so it stands where part 1 ends."""
    chapters = [NUMBERED[n].split(" ", 1)[1] for n in (2, 3, 4)]  # without their numbers
    report_text = "DPIA – kamera på fôringsbåter\n\n" + "\n".join(chapters)
    body = REQUEST + NUMBERED[1] + "\n" + NUMBERED[5]
    report = check(spec, body, [document("vurdering.txt", report_text)])
    verdict, note = part(report, 2)
    assert verdict is Verdict.PRESENT
    assert note.startswith("funnet: overskrift «Slik blir det i praksis» på delens plass")


def test_an_introduction_before_the_outline_leaves_the_parts_their_places(
    spec: CaseTypeSpec,
) -> None:
    intro = (
        "Innledning\nVi er et havbruksselskap med anlegg langs kysten av Rogaland, og vi har "
        "drevet med oppdrett i mer enn tretti år med lokale ansatte.\n"
    )
    report = check(spec, REQUEST + intro + "\n" + "\n".join(NUMBERED.values()))
    verdict, note = part(report, 2)
    assert verdict is Verdict.PRESENT
    assert note.startswith("funnet: overskrift «2 Slik blir det i praksis» på delens plass")


def test_a_section_in_other_words_that_touches_the_part_may_be_it(spec: CaseTypeSpec) -> None:
    """An unknown heading over text that touches two of the part's concepts (management, a
    review), too few to be the validation itself (R-CP-91 takes one that touches three): the
    part may stand there in words the cues do not know."""
    afterword = (
        "Etterord\nLedelsen har gått gjennom vurderingen og godkjent den, etter at saken "
        "ble drøftet grundig av alle som har vært med i arbeidet.\n"
    )
    report = check(spec, REQUEST + WITHOUT_VALIDATION + "\n" + afterword)
    assert part(report, 5) == (
        Verdict.UNCERTAIN, f"{NOTHING}, men «Etterord» (e-postteksten) kan inneholde delen"
    )  # fmt: skip


def test_a_file_named_for_a_part_whose_own_section_says_it_comes_later_does_not_hold_it(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-50: «DPIA.txt» says under its own risk heading that the assessment comes later."""
    later = (
        "\nRisikovurdering\nRisikovurderingen er under arbeid i påvente av leverandørens svar om "
        "lagring og sikkerhet, og ettersendes.\n"
    )
    report = check(
        spec, REQUEST + NUMBERED[1] + "\n" + NUMBERED[5], [document("DPIA.txt", DPIA + later)]
    )
    verdict, note = part(report, 4)
    assert verdict is Verdict.MISSING
    assert note.startswith(
        "ettersendes eller ikke gjennomført etter overskrift «Risikovurdering»: «Risikovurdering: "
        "Risikovurderingen er under arbeid"
    )
    # a scan of nothing in particular does not make the file's word doubtful
    report = check(
        spec, REQUEST + NUMBERED[1], [document("DPIA.txt", DPIA), document("kart.pdf", KART)]
    )
    assert part(report, 4) == (
        Verdict.MISSING, "vedlegg «DPIA.txt» handler om noe annet: «handler om noe annet»"
    )  # fmt: skip


def test_contact_details_alone_are_no_dpia_material(spec: CaseTypeSpec) -> None:
    report = check(spec, CONTACTS, subject="Oppmøteapp")
    assert (report.is_request, report.request_note) == (
        False, "ikke en anmodning om forhåndsdrøftelse: ingen uttrykkelig anmodning"
    )  # fmt: skip


def test_part_one_weighs_text_read_by_ocr_itself(spec: CaseTypeSpec) -> None:
    body = REQUEST + "Hei, se vedlagt.\n" + "\n".join((DESCRIPTION, NECESSITY, RISK, VALIDATION))
    report = check(spec, body, [document("kart.pdf", KART)])
    assert part(report, 1) == (
        Verdict.MISSING, "ingen kontaktopplysninger (verken telefon eller e-post)"
    )  # fmt: skip
