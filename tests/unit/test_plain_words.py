"""R-CP-125: a small controller's request in plain words (question headings, prose, «bekymret
for», «vi har prøvd …, men»); R-CP-126: «pending» as a field's value; R-CP-127: a form's labels
are not its answers."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from completeness.cues import State, judge_body, signature_concepts, touches
from completeness.deferrals import parts_named
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
