"""R-CP-59: a part the mail points to an attachment for, when that attachment is not there."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from config.case_types import load_case_type

CONTACTS = """Kontaktperson: Eva Dahl, tlf. 22 33 44 55, eva.dahl@barnevern.example.no
Personvernombud: Ole Lie, tlf. 22 33 44 00, pvo@barnevern.example.no
Vi bruker ingen databehandler.
"""
DESCRIPTION = """Beskrivelse av behandlingen
Når en bekymringsmelding kommer inn, leser verktøyet meldingen og foreslår en prioritet. Om lag
4 000 meldinger i året; opplysningene lagres i fagsystemet og deles ikke med andre.
"""
NECESSITY = """Nødvendighet og forholdsmessighet
Barnevernsloven pålegger oss å gjennomgå meldinger innen en uke. Manuell sortering er vurdert,
men gir lengre ventetid; saksbehandleren avgjør alltid, og familiene informeres.
"""
RISK = """Risikovurdering
Risiko for feil prioritering er middels; tiltak: saksbehandler avgjør. Restrisiko er lav.
"""
MINUTES = """Protokoll fra ledergruppen 12.11.2026, sak 44/26: barnevernleder presenterte DPIA-en og
funnene; innspill fra brukerorganisasjonen ble drøftet. Ledergruppen godkjente DPIA-en og vedtok
å be om forhåndsdrøftelse."""


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def check(spec: CaseTypeSpec, body: str, *docs: tuple[str, str]) -> CompletenessReport:
    documents = [Document(name, "application/pdf", len(t), "0" * 64, t) for name, t in docs]
    return check_completeness(spec, body, documents, "Anmodning om forhåndsdrøftelse")


LISTED = f"""Hei,
vi ber om forhåndsdrøftelse. Vedlagt:
1. Beskrivelse og vurdering (PDF)
2. Risikovurdering (Excel)
3. Protokoll ledergruppen (PDF)

{CONTACTS}"""


def test_a_spreadsheet_listed_but_not_attached_leaves_the_part_missing(spec: CaseTypeSpec) -> None:
    report = check(
        spec,
        LISTED,
        ("Beskrivelse og vurdering.pdf", f"{DESCRIPTION}\n{NECESSITY}"),
        ("Protokoll ledergruppen.pdf", MINUTES),
    )
    risk = report.parts[3]
    assert risk.verdict is Verdict.MISSING, risk.note
    assert risk.note.startswith("vedlegget mangler")
    assert report.missing_parts == (4,)


def test_the_spreadsheet_attached_holds_the_part(spec: CaseTypeSpec) -> None:
    report = check(
        spec,
        LISTED,
        ("Beskrivelse og vurdering.pdf", f"{DESCRIPTION}\n{NECESSITY}"),
        ("Risiko.xlsx", "Risiko\tSannsynlighet\tKonsekvens\tTiltak\tRestrisiko\n"),
        ("Protokoll ledergruppen.pdf", MINUTES),
    )
    assert report.parts[3].verdict is not Verdict.MISSING


@pytest.mark.parametrize(
    ("pointer", "attached"),
    [
        ("Risikovurderingen finner dere i vedlegg 4.", "Vedlegg 4 - ROS.pdf"),
        ("Annex B – Risk assessment", "Annex B.pdf"),
        ("Risikovurderingen ligger i ros_analyse.pdf.", "ros_analyse.pdf"),
    ],
)
def test_a_pointer_to_an_attachment_that_is_there_is_not_an_absence(
    spec: CaseTypeSpec, pointer: str, attached: str
) -> None:
    """The attachment answers to the pointer; what it holds (here: too little) decides."""
    body = f"{CONTACTS}\n{DESCRIPTION}\n{NECESSITY}\n{pointer}\n\n{MINUTES}\n"
    report = check(spec, body, (attached, "Se tabell."))
    assert report.parts[3].verdict is not Verdict.MISSING, report.parts[3].note


@pytest.mark.parametrize(
    "pointer",
    [
        "Risikovurderingen finner dere i vedlegg 4.",
        "Annex B – Risk assessment",
        "Risikovurderingen ligger i ros_analyse.pdf.",
    ],
)
def test_a_pointer_to_an_attachment_that_is_not_there_is_an_absence(
    spec: CaseTypeSpec, pointer: str
) -> None:
    body = f"{DESCRIPTION}\n{NECESSITY}\n{pointer}\n"
    report = check(spec, body, ("Vedlegg 1.pdf", CONTACTS), ("Protokoll.pdf", MINUTES))
    assert report.parts[3].verdict is Verdict.MISSING, report.parts[3].note
    assert report.missing_parts == (4,)


def test_an_annex_that_is_a_chapter_of_an_attached_document_is_there(spec: CaseTypeSpec) -> None:
    body = f"{CONTACTS}\nRisikovurderingen står i vedlegg 4 i DPIA-dokumentet.\n"
    dpia = f"{DESCRIPTION}\n{NECESSITY}\nVedlegg 4 Risikomatrise\nSe tabell.\n\n{MINUTES}\n"
    report = check(spec, body, ("DPIA.pdf", dpia))
    assert report.parts[3].verdict is not Verdict.MISSING, report.parts[3].note


def test_a_pointer_that_names_nothing_to_look_for_says_nothing(spec: CaseTypeSpec) -> None:
    body = f"{CONTACTS}\n{DESCRIPTION}\n{NECESSITY}\nSe vedlagt risikovurdering.\n\n{MINUTES}\n"
    report = check(spec, body, ("Dokument1.pdf", "Se tabell."))
    assert report.parts[3].verdict is not Verdict.MISSING, report.parts[3].note


def test_real_content_of_the_part_anywhere_outweighs_the_pointer(spec: CaseTypeSpec) -> None:
    body = f"{CONTACTS}\n{DESCRIPTION}\n{NECESSITY}\n{RISK}\nSe også vedlegg 4.\n\n{MINUTES}\n"
    assert check(spec, body).parts[3].verdict is Verdict.PRESENT
