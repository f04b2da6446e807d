"""R-CP-125: a small controller's request in plain words (question headings, prose, «bekymret
for», «vi har prøvd …, men»); R-CP-126: «pending» as a field's value; R-CP-127: a form's labels
are not its answers."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from completeness.cues import State, judge_body, signature_concepts, touches
from completeness.deferrals import parts_named
from completeness.text import heading_title
from config.case_types import load_case_type

MAIL = """Hei,
Borettslaget ber om forhåndsdrøftelse for kamera i garasjen.
Kontaktperson: Bjørn Tveit, tlf. 907 64 552, bjorn.tveit@fjell.example
Personvernombud: Anita Myhre, tlf. 952 38 470, anita.myhre@fjell.example
Vi benytter ingen databehandler.
"""
QUESTIONS = """Førespurnad om førehandsdrøfting
Kva skal vi gjere?
Skulehelsetenesta vil opne ein chat der elevar kan skrive til helsesjukepleiar utan å oppgi
namn. Vi reknar med 600 samtalar i året frå om lag 1 400 elevar. Opplysningane er det eleven
skriv, ofte helseopplysningar. Kjelda er eleven sjølv. Anonyme samtalar blir sletta etter 7
dagar.
Kvifor er det naudsynt?
Dei fleste ungdommane som tek kontakt i dag, kjem fysisk på kontoret, og mange seier dei vegrar
seg fordi andre ser dei i gangen. Ein chat er den minst inngripande måten vi har funne for å nå
desse elevane, og vi lagrar ikkje IP-adresser.
Kva kan gå gale?
Ein forelder kan lese chatten på ein delt mobil. Det gjer vi med det: Samtalen forsvinn frå
skjermen når vindauget blir lukka. Risikoen ved at sensitive opplysningar om barn blir handsama
utan at vi veit kven vi snakkar med, står att.
Kven har godkjent?
Kommunalsjefen gjekk gjennom DPIA-en saman med rektorane 21. oktober. Leiargruppa slutta seg
til vurderinga 28. oktober og vedtok å be Datatilsynet om førehandsdrøfting.
"""


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def check(spec: CaseTypeSpec, body: str, text: str = "") -> CompletenessReport:
    docs = [Document("Soknad.odt", "application/pdf", len(text), "0" * 64, text)] if text else []
    return check_completeness(spec, body, docs, "Forhåndsdrøfting")


def test_question_headings_keep_the_parts_they_ask_about(spec: CaseTypeSpec) -> None:
    report = check(spec, MAIL, QUESTIONS)
    verdicts = {p.number: p.verdict for p in report.parts}
    assert verdicts[3] is Verdict.PRESENT, report.parts[2].note
    assert verdicts[4] is Verdict.PRESENT, report.parts[3].note


@pytest.mark.parametrize(
    ("number", "paragraph"),
    [
        (
            3,
            "Vi har prøvd bedre lås og lys i garasjen, men innbruddene fortsetter. Kameraene "
            "dekker ikke inngangsdørene til leilighetene, og det er skiltet ved alle innganger. "
            "Vi bruker berettiget interesse som grunnlag.",
        ),
        (
            4,
            "Det vi ser kan gå galt for pasientene er dette: Leverandøren kan koble bildene "
            "til en person. Vi har vurdert å bare analysere bilder fra voksne, men det er hos "
            "ungdom vi ser flest hull. Vi mener det fremdeles er høy risiko.",
        ),
        (
            4,
            "Beboere kan føle seg overvåket. Opptak kan komme på avveie hos vaktselskapet, og "
            "styremedlemmer kan misbruke tilgangen. Vi vurderte å la bare vaktselskapet ha "
            "tilgang, men det blir for dyrt, så vi mener risikoen er høy.",
        ),
    ],
)
def test_plain_words_touch_enough_of_the_part(
    spec: CaseTypeSpec, number: int, paragraph: str
) -> None:
    part = spec.part(number)
    assert touches(signature_concepts(part.signatures), paragraph) >= part.signature_min


def test_a_worry_heading_names_the_risk(spec: CaseTypeSpec) -> None:
    assert 4 in parts_named(spec, "Det vi er mest bekymret for, og hva vi har gjort med det:")
    assert 4 not in parts_named(spec, "Bekymringsmelding til barnevernet")


def test_pending_as_a_fields_value_defers_the_validation(spec: CaseTypeSpec) -> None:
    body = "pending – scheduled for the Review Board (SRB) on 12\nDecember 2026."
    state, _ = judge_body(spec, 5, body, "Management review")
    assert state is State.DEFERRED


def test_a_forms_labels_are_not_its_answers(spec: CaseTypeSpec) -> None:
    """R-CP-127: «Kjelder og mottakarar | Ingen» says nothing of sources or recipients: the
    labels are the template's words, and these answers describe next to nothing."""
    form = (
        "Felt\tSvar\n"
        "Føremål\tUniversitetet vil telje kor mange som er i kvart rom på campus.\n"
        "Kjelder og mottakarar\tIngen utanfor eininga.\n"
        "Databehandlar\tIngen, vi driv løysinga sjølve.\n"
        "Lagringstid\tKort.\n"
    )
    report = check(spec, MAIL, form)
    assert report.parts[1].verdict is not Verdict.PRESENT, report.parts[1].note


def test_management_that_has_not_gone_through_the_dpia_yet_has_not_validated_it(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-129."""
    body = (
        "Kommunalsjefen for oppvekst har fått DPIA-en, men har ikkje rokke å gå gjennom han "
        "enno. Ho skal sjå på det neste veke."
    )
    state, _ = judge_body(spec, 5, body, "Kven har godkjent?")
    assert state is State.DEFERRED


def test_a_validation_said_to_be_attached_when_nothing_else_was_sent(spec: CaseTypeSpec) -> None:
    """R-CP-130: the letter is the only file; the validation it says is attached is not."""
    letter = (
        QUESTIONS.split("Kven har godkjent?")[0]
        + "Kven har godkjent?\nLedelsens godkjenning av DPIA-en ligger vedlagt.\n"
    )
    report = check(spec, MAIL, letter)
    assert report.parts[4].verdict is Verdict.MISSING, report.parts[4].note


def test_med_hilsen_closes_the_last_section(spec: CaseTypeSpec) -> None:
    """R-CP-56: the signature under «Med hilsen» is not text of the section above it."""
    body = (
        MAIL
        + "\n"
        + QUESTIONS.split("Kven har godkjent?")[0]
        + "\n5. Ledelsens behandling\n\nDirektørens godkjenning av vurderingen foreligger ikke "
        "ennå. Saken er satt opp i direktørmøtet 15. desember 2026, og beslutningen vil bli "
        "ettersendt.\n\nMed hilsen\n\nOle Martin Fjeldheim\navdelingsdirektør, Juridisk "
        "avdeling\nDirektoratet for tilskudd\nTelefon: 22 55 71 30 / mobil 930 55 842\n"
        "E-post: ole.fjeldheim@tilskudd.example\nBesøksadresse: Grensen 18, Oslo | "
        "Postadresse: Postboks 2270 Sentrum, 0103 Oslo\n"
    )
    report = check(spec, body)
    assert report.parts[4].verdict is Verdict.MISSING, report.parts[4].note


def test_the_negated_half_of_a_pair_of_options_defers_nothing(spec: CaseTypeSpec) -> None:
    """R-CP-133: «godkjent/ikke godkjent» is what the shops are told, not the DPIA's state."""
    from completeness.deferrals import approval_deferred, deferral_spans

    sentence = "Ingen deling med nettbutikkene utover «godkjent/ikke godkjent»."
    assert not approval_deferred(spec, sentence)
    assert not deferral_spans(spec, sentence)
    assert approval_deferred(spec, "DPIA-en er ikke godkjent av styret ennå.")


def test_a_role_label_with_a_remark_in_brackets_is_a_label(spec: CaseTypeSpec) -> None:
    """R-CP-134: the DPO's block opens with «Personvernombud (felles for …):»."""
    from reading.text import read_text

    contacts = (
        "Kontaktinformasjon:\n\nKontaktperson: Hilde Rognstad, spesialrådgiver\nTlf: 47 61 20 34\n"
        "E-post: hilde.rognstad@vestmar.kommune.no\n\n"
        "Personvernombud (felles for Vestmar, Fjellbygd og Solstrand kommuner): Ingrid Sæther, "
        "Fjellbygd kommune\nTlf: +47 75 12 80 41\nE-post: personvernombud@fjellbygd.kommune.no\n\n"
        "Vi benytter ingen databehandler.\n"
    )
    kinds = [b.kind.name for b in read_text("e-post", contacts).blocks]
    assert kinds.count("FIELD") == 6, kinds
    report = check(spec, contacts, QUESTIONS)
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


# --- the review of session 16: what the new rules must not do ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Leverandøren har ikke lest vår risikovurdering ennå.",
        "Styret har ikke sett på de nye tallene fra pilotperioden ennå, men de endrer ikke noe.",
        "Vi har ikke sett på resultatene fra utprøvingen i Ganddal ennå.",
        "Our DPO has not had time to read the final version yet, but commented on the draft.",
    ],
)
def test_something_else_not_read_yet_leaves_the_validation_alone(
    spec: CaseTypeSpec, sentence: str
) -> None:
    """R-CP-129 asks for management as the subject and the DPIA as what it has not read."""
    from completeness.deferrals import approval_deferred

    assert not approval_deferred(spec, sentence)


def test_worry_about_the_timeline_in_a_cover_mail_is_no_risk_assessment(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-125: «bekymret» names the risk in a heading only; in a paragraph it may be about
    anything, and with «vurderte …, men» and «tiltak» it made a cover mail part 4."""
    paragraph = (
        "Vi er litt bekymret for tidsplanen, ettersom lanseringen er planlagt til 1. september. "
        "Vi vurderte å utsette lanseringen, men har valgt å be om forhåndsdrøftelse først, og "
        "eventuelle tiltak Datatilsynet anbefaler vil vi ta inn i prosjektet."
    )
    part = spec.part(4)
    assert touches(signature_concepts(part.signatures), paragraph) < part.signature_min


def test_a_launch_weighed_and_put_off_is_no_alternative_weighed(spec: CaseTypeSpec) -> None:
    paragraph = (
        "Vi har hatt et langt samarbeid med kundene om appen. Opplysningene anonymiseres etter "
        "90 dager og vi lagrer ikke rå posisjonsdata. Vi vurderte å lansere den i fjor, men "
        "ventet til sikkerhetstestene var ferdige, og kundepanelet er informert om lanseringen."
    )
    part = spec.part(3)
    assert touches(signature_concepts(part.signatures), paragraph) < part.signature_min


def test_pending_wrapped_to_the_start_of_a_line_in_a_description(spec: CaseTypeSpec) -> None:
    body = (
        "The model scores each customer using data about open and\npending insurance claims, "
        "the claims history of the last five years and the customer's payment record, which "
        "are kept for ten years and shared with the reinsurer only in aggregate form."
    )
    state, _ = judge_body(spec, 2, body, "2. Description of the processing")
    assert state is State.SUBSTANTIVE


def test_a_pdf_that_says_its_minutes_are_attached_may_hold_them_as_a_scan() -> None:
    """R-CP-130: a PDF may end in a scanned page OCR did not read; a DOCX may not."""
    from completeness.pointers import _absent
    from completeness.text import build_source

    claim = "Protokoll fra styrets behandling ligger vedlagt."
    mail = build_source("e-postteksten", "Se vedlagt dokumentasjon.", lambda _: False)
    for name, absent in (("dokumentasjon.pdf", False), ("dokumentasjon.docx", True)):
        document = build_source(name, "5. Ledelsens validering\n" + claim, lambda _: False)
        assert _absent(claim, [mail, document], name, claims=True) is absent


def test_a_section_that_only_refers_to_a_case_file_holds_nothing(spec: CaseTypeSpec) -> None:
    """R-CP-135."""
    text = (
        "2. Beskrivelse av behandlingen\nDet vises til saksframlegget i arkivsak 2026/1610 for "
        "en nærmere beskrivelse av tjenesten og bakgrunnen for innføringen.\n"
        "3. Nødvendighet og forholdsmessighet\nVi har prøvd bemanning om natten, men det gir for "
        "mange forstyrrelser. Behandlingen har hjemmel i helse- og omsorgstjenesteloven, og "
        "brukerne får skriftlig informasjon om ordningen.\n"
        "4. Risikovurdering\nRisikoen for at ansatte ser bilder uten varsel er middels; tiltak: "
        "logging og stikkprøver. Restrisikoen er høy.\n"
        "5. Ledelsens behandling\nKommunedirektørens ledergruppe godkjente vurderingen i møtet "
        "3. november 2026 (sak 58/26).\n"
    )
    report = check(spec, MAIL, text)
    assert report.parts[1].verdict is not Verdict.PRESENT, report.parts[1].note


def test_a_sign_off_file_whose_rows_are_all_pending_validates_nothing(spec: CaseTypeSpec) -> None:
    """R-CP-136: «Board sign-off – DPIA» over «Chair | Pending» rows is not signed yet."""
    dpia = QUESTIONS.split("Kven har godkjent?")[0]
    sign_off = (
        "Board sign-off – DPIA: Chat for young people\n"
        "Name\tRole\tDecision\tDate\tSignature\n"
        "Erik Nyhus\tChair of the board\tPending\t\t\n"
        "Hanna Stenberg\tBoard member / Head of Legal\tPending\t\t\n"
        "Chris Delaney\tBoard member\tPending\t\t\n"
    )
    docs = [
        Document("DPIA.odt", "application/pdf", len(dpia), "0" * 64, dpia),
        Document("Board_signoff.docx", "application/pdf", len(sign_off), "1" * 64, sign_off),
    ]
    report = check_completeness(spec, MAIL, docs, "Forhåndsdrøfting")
    assert report.parts[4].verdict is Verdict.MISSING, report.parts[4].note


def test_a_risk_section_that_says_its_analysis_is_not_attached(spec: CaseTypeSpec) -> None:
    """R-CP-137: «(ikkje vedlagd)» says the part is not in the request."""
    body = (
        "Risikoane er vurderte i ROS-analysen til selskapet (ikkje vedlagd). "
        "Samla er restrisikoen høg."
    )
    state, _ = judge_body(spec, 4, body, "Risiko for dei registrerte")
    assert state is State.DEFERRED


def test_a_risk_question_answered_with_measures_only(spec: CaseTypeSpec) -> None:
    """R-CP-138: the answer to «Hva kan gå galt?» names no risk, threat or consequence."""
    text = (
        QUESTIONS.split("Kva kan gå gale?")[0]
        + "Hva kan gå galt?\nBare avsluttede saker med konklusjon blir koblet til registeret; "
        "ubegrunnede varsler slettes. Varsleren kan være anonym, og utvalget deler ikke hvem som "
        "har varslet. Klubbleder ser bare sine egne trenere og bare status, ikke varslene. Egen "
        "løsning med tofaktor og logging for alle som bruker registeret.\n"
        "Kven har godkjent?" + QUESTIONS.split("Kven har godkjent?")[1]
    )
    report = check(spec, MAIL, text)
    assert report.parts[3].verdict is not Verdict.PRESENT, report.parts[3].note


# --- the second review of session 16 ---------------------------------------------------------


def test_a_detail_left_out_of_a_data_flow_defers_nothing(spec: CaseTypeSpec) -> None:
    """«ikke sendt med» describes data minimisation, not a part sent later."""
    body = (
        "Av hensyn til dataminimering blir fødselsnummer ikke sendt med til leverandøren. "
        "Behandlingen bygger på avtale med kunden og er frivillig. Vi har vurdert mindre "
        "inngripende alternativer, som kilometerstand, men disse gir ikke samme rabatt."
    )
    state, _ = judge_body(spec, 3, body, "3. Vurdering av nødvendighet og proporsjonalitet")
    assert state is not State.DEFERRED


def test_an_analysis_not_attached_beside_the_risks_themselves(spec: CaseTypeSpec) -> None:
    """R-CP-137: the risks that follow are the part; only the full analysis is not attached."""
    body = (
        "Vurderinga byggjer på ROS-analysen til selskapet (ikkje vedlagd). Vi har funne tre "
        "risikoar: uautorisert tilgang til posisjonsdata (høg), feil i køyreskåren (middels) og "
        "at kundane kjenner seg overvaka (middels). Tiltak er kryptering, tilgangsstyring og "
        "klagerett. Restrisikoen er høg."
    )
    state, _ = judge_body(spec, 4, body, "4. Risikovurdering")
    assert state is not State.DEFERRED


@pytest.mark.parametrize(
    "table",
    [
        "Godkjenning\nNavn\tRolle\tGodkjent\nAnne Berg\tAdministrerende direktør\tJa\n"
        "Per Lie\tIT-direktør\tAvventer\nEva Dahl\tHR-direktør\tAvventer\n",
        "Tiltaksplan:\nTiltak\tAnsvarlig\tKommentar\nKryptering\tIT-direktør\tGjennomført\n"
        "Opplæring\tHR-direktør\tVenter på budsjett for 2027\n"
        "Ny personvernerklæring\tDaglig leder\tAvventer Datatilsynets råd\n",
    ],
)
def test_pending_rows_in_a_long_file_leave_a_recorded_approval_alone(
    spec: CaseTypeSpec, table: str
) -> None:
    """R-CP-136 asks for a short file that is the sign-off table and says no yes."""
    text = (
        QUESTIONS.split("Kven har godkjent?")[0]
        + "5. Ledelsens validering av DPIA\nAdministrerende direktør Anne Berg godkjente DPIA-en "
        "12. mars 2025 og besluttet å be Datatilsynet om forhåndsdrøftelse.\n" + table
    )
    report = check(spec, MAIL, text)
    assert report.parts[4].verdict is not Verdict.MISSING, report.parts[4].note


def test_a_reply_quoted_in_a_section_does_not_close_it(spec: CaseTypeSpec) -> None:
    """R-CP-56: «Med hilsen» inside a letter quoted in «…» closes nothing; what the section says
    after the quote (the board's approval) stays in it, and no notice is sent."""
    text = (
        QUESTIONS.split("Kven har godkjent?")[0] + "5. Ledelsens validering av DPIA\n"
        "Første versjon ble sendt til styret 1. mars 2025. Styreleder svarte:\n"
        "«Styret har ikke behandlet saken ennå, men vil ta den opp i møtet 12. mars.\n"
        "Med hilsen\nPer Olsen, styreleder»\n"
        "Styret behandlet DPIA-en i møtet 12. mars 2025 og godkjente den. Protokollen er vedlagt.\n"
    )
    report = check(spec, MAIL, text)
    assert report.parts[4].verdict is not Verdict.MISSING, report.parts[4].note


@pytest.mark.parametrize(
    ("heading", "number"),
    [
        ("Slik skal tenesta verke", 2),
        ("1. Hva appen gjør", 2),
    ],
)
def test_plain_headings_name_their_part(spec: CaseTypeSpec, heading: str, number: int) -> None:
    """R-CP-142: everyday headings of the description."""
    title, _ = heading_title(heading)
    assert number in parts_named(spec, title)


_CHAPTERS = (
    "Beskrivelse av behandlingen\nVi skal bruke kamera ved inngangen for å telle besøkende;"
    " bildene lagres ikke, og bare antall per time sendes til driftsleverandøren.\n"
    "Nødvendighet og proporsjonalitet\nTelling for hånd er prøvd, men gir for store feil; vi"
    " lagrer ingen bilder og teller bare antall, så ingen kan kjennes igjen.\n"
    "Risikovurdering\nKameraet kan feilkonfigureres og lagre bilder (sannsynlighet lav,"
    " konsekvens høy); tiltak: låst konfigurasjon og årlig kontroll. Restrisiko: lav.\n"
)


@pytest.mark.parametrize(
    ("line", "validates"),
    [
        ("Styret godkjente vurderingen på styremøtet 30. oktober (sak 9/26).", True),
        ("Approved by the Management Team, 4 Nov 2026 (minutes MT-2026-37).", True),
        ("Ledergruppens godkjenning ligger som bilde av protokollen fra møtet.", False),
        ("Ledelsens signerte godkjenning sendes etter ledermøtet 10. desember.", False),
    ],
)
def test_a_validation_recorded_in_one_line(spec: CaseTypeSpec, line: str, validates: bool) -> None:
    """R-CP-143: one line that records management's act as done is the validation; a line that
    names the approval as a thing (sent later, or attached) is not."""
    body = f"Vi ber om forhåndsdrøftelse.\n\n{_CHAPTERS}\n{line}\n"
    result = check_completeness(spec, body, [], "Forhåndsdrøftelse").parts[4]
    assert (result.verdict is Verdict.PRESENT) is validates, result.note


def test_management_that_cannot_go_through_the_dpia_before_a_meeting_has_not_validated_it(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-144 (R-CP-129 widened): not gone through before a meeting to come, by «Adm. dir.»."""
    body = (
        f"Vi ber om forhåndsdrøftelse.\n\n{_CHAPTERS}\nVurderingen ble lagt fram for ledergruppen"
        " 4. november, og innspillene fra brukerrådet og personvernombudet er tatt inn i den."
        " Adm. dir. rekker ikke å gå gjennom vurderingen før ledermøtet 2. desember.\n"
    )
    result = check_completeness(spec, body, [], "Forhåndsdrøftelse").parts[4]
    assert result.verdict is not Verdict.PRESENT, result.note


@pytest.mark.parametrize(
    ("line", "validates"),
    [
        ("Godkjent av: Kenneth Vatne, daglig leder, etter gjennomgang med styret 10.11.2026", True),
        ("Godkjent av: Kenneth Vatne, daglig leder (skal godkjennes i styremøtet 10.12.26)", False),
    ],
)
def test_a_filled_sign_off_line_on_a_reports_front_page(
    spec: CaseTypeSpec, line: str, validates: bool
) -> None:
    """R-CP-145: the sign-off line under the report's title records the validation; one that
    says it is still to come does not."""
    report = (
        f"DPIA – Pulsdata i medlemsprofilen\nUtarbeidet av: Sindre Holm, seniorrådgiver\n{line}\n"
        f"{_CHAPTERS}"
    )
    document = Document("DPIA_pulsdata.pdf", "application/pdf", len(report), "0" * 64, report)
    body = "Vi ber om forhåndsdrøftelse og legger ved DPIA-en.\n"
    result = check_completeness(spec, body, [document], "Forhåndsdrøftelse").parts[4]
    assert (result.verdict is Verdict.PRESENT) is validates, result.note


@pytest.mark.parametrize(
    "body",
    [
        "For your information: we have completed the DPIA, and the Dean has concluded that prior"
        " consultation under Article 36 is not required. No action is needed from you.",
        "Til orientering: DPIA-en er ferdig, og forhåndsdrøfting er ikke nødvendig etter"
        " ledelsens vurdering.",
    ],
)
def test_a_dpia_sent_with_word_that_no_prior_consultation_is_needed_is_no_request(
    spec: CaseTypeSpec, body: str
) -> None:
    """R-CP-146: a complete DPIA sent for the record is not a request."""
    report = check_completeness(spec, f"{body}\n\n{_CHAPTERS}", [], "DPIA completed")
    assert not report.is_request, report.request_note


def _with_complete_dpia(spec: CaseTypeSpec, body: str) -> CompletenessReport:
    """The mail `body` with a complete DPIA attached (contacts, chapters, the board's approval)."""
    dpia = (
        "DPIA – Besøkstelling\nKontakt\nRolle | Navn | Telefon | E-post\nKontaktperson | Maya"
        " Olsen | +47 944 18 260 | maya@hirevane.no\nPersonvernombud | Jonas Berg | +47 482 33 907"
        " | jonas@bergprivacy.no\nVi bruker ingen databehandler.\n"
        f"{_CHAPTERS}Ledelsens validering\nStyret godkjente DPIA-en i styremøtet 3. november 2026"
        " (sak 12/26).\n"
    )
    document = Document("DPIA.pdf", "application/pdf", len(dpia), "0" * 64, dpia)
    return check_completeness(spec, body, [document], "DPIA")


@pytest.mark.parametrize(
    ("body", "asks"),
    [
        (
            "Just for your information: attached is our DPIA. We've concluded that residual risk"
            " is low and that prior consultation is not required, so we are not asking for one.",
            False,
        ),
        (
            "Vi har kome fram til at restrisikoen er låg og at førehandsdrøfting ikkje er"
            " naudsynt.",
            False,
        ),
        ("Vedlagt er DPIA-en. Vi ber derfor ikke om forhåndsdrøftelse nå.", False),
        # a request that says what it is not asking for besides
        (
            "We request prior consultation under Article 36. We are not asking for a meeting;"
            " written advice is enough.",
            True,
        ),
    ],
)
def test_a_conclusion_said_after_another_or_a_request_declined_is_no_request(
    spec: CaseTypeSpec, body: str, asks: bool
) -> None:
    """R-CP-178: the conclusion that prior consultation is not needed, said after another one,
    or the sender's word that it asks for none, makes a complete DPIA sent for the record."""
    report = _with_complete_dpia(spec, body)
    assert report.is_request is asks, report.request_note


@pytest.mark.parametrize(
    ("body", "asks"),
    [
        ("Vi oversender DPIA-en til orientering, slik Finanstilsynet ba oss om.", False),
        ("We are sharing our completed DPIA with you for your information.", False),
        (
            "Konklusjonen er at restrisikoen er lav, og at det ikke er grunnlag for å be om"
            " forhåndsdrøftelse.",
            False,
        ),
        ("Vi ber ikke om noen behandling av saken.", False),
        # a request that sends something else for information besides
        (
            "Vi ber om forhåndsdrøftelse etter artikkel 36. Styrets protokoll følger vedlagt til"
            " orientering.",
            True,
        ),
        ("Vi ber om forhåndsdrøftelse. Vi ber ikke om møte; skriftlig svar holder.", True),
        # found on review: beside an explicit request the same words are about something else
        (
            "Vi ber om forhåndsdrøftelse. Vi oversender også DPIA-ens vedlegg med risikomatrisen"
            " til orientering.",
            True,
        ),
        (
            "Personvernombudet konkluderte i 2024 med at det ikke er grunnlag for å be om"
            " forhåndsdrøftelse. Etter endringene ber vi nå om forhåndsdrøftelse.",
            True,
        ),
        ("Vi ber om forhåndsdrøftelse, men ber ikke om svar før etter sommeren.", True),
    ],
)
def test_a_dpia_sent_for_the_record_in_other_words_is_no_request(
    spec: CaseTypeSpec, body: str, asks: bool
) -> None:
    """R-CP-188: a DPIA sent «til orientering» / «for your information», no grounds seen to ask,
    or no handling asked for, and no request said anywhere: a complete DPIA sent for the record
    (needs_review). Beside an explicit request the same words are about something else."""
    report = _with_complete_dpia(spec, body)
    assert report.is_request is asks, report.request_note
