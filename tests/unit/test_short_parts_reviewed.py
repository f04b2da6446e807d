"""Session 17's two reviews of R-CP-140 to R-CP-146: realistic requests that earlier versions of
those rules answered with a wrongful deficiency notice or registered without a part. Each is
kept here as it was reported (the request is otherwise complete; only the named part changes)."""

from __future__ import annotations

import pytest

from casework.assessment import AssessmentPolicy, decide
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from config.case_types import load_case_type

CONTACTS = (
    "Kontaktinformasjon\nBehandlingsansvarlig: Fjordkraft Helse AS, org.nr. 912 345 678\n"
    "Kontaktperson: Ingrid Solberg, tlf. 922 33 441, e-post ingrid.solberg@fjordhelse.no\n"
    "Personvernombud: Lars Nilsen, tlf. 934 55 120, e-post personvernombud@fjordhelse.no\n"
    "Databehandler: Skyline Data AS, kontaktperson Ole Berg, tlf. 415 66 789, e-post"
    " ole.berg@skyline.no\n"
)
DESCRIPTION = (
    "Beskrivelse av behandlingen\nVi skal ta i bruk en app for digital hjemmeoppfølging av"
    " pasienter med kols. Pasientene registrerer symptomer, puls og oksygenmetning daglig, og"
    " sykepleiere i kommunen følger med på målingene. Dataene lagres hos Skyline Data AS i Norge"
    " og slettes to år etter avsluttet oppfølging. Om lag 400 pasienter vil delta.\n"
)
NECESSITY = (
    "Nødvendighet og proporsjonalitet\nFormålet er å oppdage forverring tidlig og unngå"
    " innleggelser. Vi har vurdert telefonoppfølging, men den fanger ikke opp endringer i"
    " oksygenmetning mellom samtalene. Vi samler bare inn målinger som trengs for oppfølgingen,"
    " deltakelse er frivillig, og pasientene kan når som helst gå tilbake til vanlig oppfølging.\n"
)
RISKS = (
    "Risikovurdering\nUvedkommende kan få tilgang til helseopplysninger ved feil i"
    " tilgangsstyringen (sannsynlighet lav, konsekvens høy). Målinger kan bli oversett slik at"
    " forverring ikke fanges opp (sannsynlighet middels, konsekvens høy). Tiltak:"
    " tofaktorinnlogging, logging av oppslag, varsling ved grenseverdier og daglig kontroll."
    " Restrisikoen vurderes som høy, og derfor ber vi om forhåndsdrøftelse.\n"
)
VALIDATION = (
    "Ledelsens validering\nVurderingen ble lagt fram for kommunedirektørens ledergruppe, som"
    " godkjente den i ledermøtet 14. oktober 2026 (sak 41/26). Protokollen fra møtet ligger ved.\n"
)
INTRO = (
    "Hei,\n\nVi ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for innføring"
    " av digital hjemmeoppfølging.\n\n"
)
SIGNATURE = "\nMed vennlig hilsen\nIngrid Solberg\nFjordkraft Helse AS\n"


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def request(*sections: str) -> str:
    return INTRO + "\n".join(sections) + SIGNATURE


def judged(spec: CaseTypeSpec, body: str) -> tuple[str, CompletenessReport]:
    report = check_completeness(spec, body, [], "Forhåndsdrøftelse")
    return decide(report, AssessmentPolicy(spec)).outcome.value, report


@pytest.mark.parametrize(
    ("description", "necessity"),
    [
        # a description in one line is short, not empty; so is a bare conclusion whose reasons
        # stand in the description (R-CP-140 reads no short section as an empty heading)
        (
            "Beskrivelse av behandlingen\nVi skal ta i bruk en app for kolspasienter. Formålet er å"
            " oppdage forverring tidlig. Telefonoppfølging er prøvd, men fanger ikke opp endringer"
            " mellom samtalene. Deltakelse er frivillig.\n",
            "Nødvendighet og proporsjonalitet\nVi mener behandlingen er nødvendig.\n",
        ),
        (
            DESCRIPTION,
            "Nødvendighet og proporsjonalitet\nMe meiner behandlinga er naudsynt, då"
            " telefonoppfølging ikkje fangar opp forverring.\n",
        ),
        (
            "Beskrivelse\nDigital hjemmeoppfølging av kolspasienter: daglige målinger av puls og"
            " oksygen, fulgt opp av sykepleiere.\n",
            NECESSITY,
        ),
        (
            "Beskrivelse av behandlingen\nApp for hjemmeoppfølging av 400 kolspasienter; målinger"
            " lagres hos Skyline Data AS.\n",
            NECESSITY,
        ),
        # «ikke startet» is about the service, which a prior consultation comes before
        (
            "Beskrivelse av behandlingen\nTjenesten er ikke startet. Appen skal følge opp 40"
            " kolspasienter i hjemmetjenesten daglig.\n",
            NECESSITY,
        ),
        # a terse necessity assessment that weighs an alternative
        (
            DESCRIPTION,
            "Nødvendighet\nTelefonoppfølging er prøvd og fanger ikke forverring; vi samler bare"
            " målingene oppfølgingen krever.\n",
        ),
        # the description's first line, then numbered sub-questions that go on with it
        (
            "1 Beskrivelse av behandlingen\nHjemmeoppfølging av kolspasienter med app og"
            " pulsoksymeter.\n2 Hvilke personopplysninger behandles?\nPuls, oksygenmetning og"
            " symptomer.\n3 Hvem får tilgang?\nSykepleierne i hjemmetjenesten.\n",
            NECESSITY,
        ),
    ],
)
def test_a_short_real_part_gets_no_deficiency_notice(
    spec: CaseTypeSpec, description: str, necessity: str
) -> None:
    outcome, report = judged(spec, request(CONTACTS, description, necessity, RISKS, VALIDATION))
    assert outcome != "deficient", [p.note for p in report.parts]


@pytest.mark.parametrize(
    "line",
    [
        "Prosjektet ble vedtatt av kommunestyret i møte 12. mars 2026.",
        "The project was approved in principle by the board on 3 March 2026.",
        "DPIA-en ble behandlet i prosjektgruppen sammen med personvernombudet 3. mars 2026.",
        "Styret godkjente budsjettet for prosjektet i styremøtet 12. mars.",
        "Veiledning til malen: Dokumenter at ledelsen har behandlet og godkjent vurderingen, med"
        " dato for møtet.",
        "e.g. 'Approved by the Executive Board on dd/mm/yyyy (minutes ref.)'",
        "Kommunestyret vedtok 12. mars å innføre digital hjemmeoppfølging og ba"
        " kommunedirektøren gjennomføre en DPIA.",
        "Styret behandlet DPIA-en 3. mars 2026, men godkjente den ikke.",
        "Ledergruppen behandlet DPIA-en 14. oktober og sendte den tilbake for bearbeiding.",
        "DPIA-en ble godkjent av personvernombudet og oversendt styret 3. mars 2026.",
        "The Board approved the project on 3 March 2026 subject to a DPIA.",
        "Godkjent av: Kommunedirektøren, etter behandling i ledermøtet (dato settes inn)",
        "Approved by: CEO (pending Board meeting on 20 November 2026)",
    ],
)
def test_a_line_about_something_else_is_no_validation(spec: CaseTypeSpec, line: str) -> None:
    """R-CP-143: a one-line validation names management and the assessment, and is no template's
    example or instruction."""
    _, report = judged(spec, request(CONTACTS, DESCRIPTION, NECESSITY, RISKS, line + "\n"))
    assert report.parts[4].verdict is not Verdict.PRESENT, report.parts[4].note


@pytest.mark.parametrize(
    "heading",
    [
        "Hva skal prosjektet gjøre for å redusere risikoen?",
        "Hva skal prosjektet gjøre med risikoene?",
        "Hvordan skal innsynsretten ivaretas og brukes?",
        "What will the project do to protect the data?",
    ],
)
def test_a_question_about_measures_is_no_description(spec: CaseTypeSpec, heading: str) -> None:
    """R-CP-142: the description's plain headings name the service as doing or working, not
    measures taken for a purpose."""
    measures = (
        f"{heading}\nVi innfører tofaktorinnlogging for alle brukere, logger alle oppslag i"
        " journalen og går gjennom loggene hver måned.\n"
    )
    _, report = judged(spec, request(CONTACTS, NECESSITY, RISKS, measures, VALIDATION))
    assert report.parts[1].verdict is not Verdict.PRESENT, report.parts[1].note


@pytest.mark.parametrize(
    "contacts",
    [
        "Helse Bergen bruker Skyline Data AS som databehandler for appen. Kontaktperson ved Helse"
        " Bergen er Ingrid Solberg, tlf. 922 33 441, e-post ingrid.solberg@helse-bergen.no.",
        "Nordic Health Cloud Services AS er databehandler for Fjordkraft Helse AS. Kontaktperson"
        " hos Fjordkraft Helse AS er Ingrid Solberg, tlf. 922 33 441, e-post"
        " ingrid.solberg@fjordhelse.no.",
        "Tenesta vert drifta av Vetlefjord IKT IKS, som er databehandlar. Kontaktperson i"
        " Vetlefjord kommune er Ingrid Solberg, tlf. 922 33 441, e-post"
        " ingrid.solberg@vetlefjord.kommune.no.",
        "Databehandler er Skyline Data AS. Kontaktperson hos Skyline Data AS er ikke avklart"
        " ennå; spørsmål kan rettes til vår prosjektleder Kari Dahl, tlf. 922 33 441, e-post"
        " kari.dahl@fjordhelse.no.",
    ],
)
def test_the_controllers_contact_is_not_the_processors(spec: CaseTypeSpec, contacts: str) -> None:
    """R-CP-144: only the company named as the processor («X AS, som er databehandler»,
    «Databehandler er X AS») makes «kontaktperson hos X» the processor's person; no contact at
    the processor is given here."""
    dpo = "Personvernombudet vårt er Lars Nilsen, tlf. 934 55 120, e-post personvernombud@fh.no."
    body = request(f"{contacts} {dpo}\n", DESCRIPTION, NECESSITY, RISKS, VALIDATION)
    _, report = judged(spec, body)
    assert report.parts[0].verdict is not Verdict.PRESENT, report.parts[0].note
