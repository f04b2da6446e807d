"""R-CP-83: sections titled in the sender's own plain words, a signature above a quoted thread,
a role label broken in a narrow table cell, and three wordings of what is still to come (or not)."""

from __future__ import annotations

from functools import partial

import pytest

from completeness import CaseTypeSpec
from completeness.cues import is_any_cue, named_sections
from completeness.deferrals import deferrals
from completeness.records import records, signature
from completeness.text import build_source
from config.case_types import load_case_type
from reading.text import read_text


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def _parts_of(spec: CaseTypeSpec, heading: str) -> list[frozenset[int]]:
    text = f"{heading}\nBilletter alene gir ikke tall per rom, og manuell telling var for grov.\n"
    source = build_source("Rapport.pdf", text, partial(is_any_cue, spec))
    return [n.parts for n in named_sections(spec, source)]


@pytest.mark.parametrize(
    "heading",
    [
        "3 Hvorfor vi trenger dette",
        "Kvifor vi treng dette",
        "HVORFOR VI TRENGER DETTE",
        "Why we need it and why this way",
        "Trenger vi egentlig dette?",
        "Trengst dette?",
        "Do we really need this?",
        "Hvorfor på denne måten",
    ],
)
def test_the_need_told_in_plain_words_names_the_necessity_assessment(
    spec: CaseTypeSpec, heading: str
) -> None:
    assert _parts_of(spec, heading) == [{3}]


@pytest.mark.parametrize("heading", ["2 Slik gjør vi det", "Korleis det verkar", "How it works"])
def test_how_it_is_done_in_plain_words_names_the_description(
    spec: CaseTypeSpec, heading: str
) -> None:
    assert _parts_of(spec, heading) == [{2}]


@pytest.mark.parametrize(
    "heading", ["Hvorfor", "Kvifor skriv vi til dykk", "Hvilke opplysninger trenger vi?"]
)
def test_why_alone_or_what_data_is_needed_names_no_necessity(
    spec: CaseTypeSpec, heading: str
) -> None:
    assert {3} not in _parts_of(spec, heading)


@pytest.mark.parametrize(
    ("sentence", "deferred"),
    [
        ("Manuell kontroll har ikkje klart å halde oversikt over portane.", False),
        ("Manuell telling har ikke klart å gi tall per rom.", False),
        ("Dokumentet er ikke klart.", True),
        ("Risikovurderinga er ikkje klar.", True),
    ],
)
def test_not_managed_to_is_no_deferral_but_not_ready_is(
    spec: CaseTypeSpec, sentence: str, deferred: bool
) -> None:
    scoped, unscoped = deferrals(spec, sentence)
    assert bool(scoped or unscoped) is deferred


def test_an_assessment_that_comes_in_a_letter_of_its_own_is_still_to_come(
    spec: CaseTypeSpec,
) -> None:
    sentence = "Vurderinga av naudsyn og proporsjonalitet kjem i eit eige brev frå redaktøren."
    assert deferrals(spec, sentence)[0] == frozenset({3})
    assert deferrals(spec, "The necessity assessment will come in a separate letter.")[0] == {3}


@pytest.mark.parametrize(
    ("sentence", "deferred"),
    [
        ("Styret tek stilling til heile vurderinga når brevet frå redaktøren ligg føre.", True),
        ("Ledelsen tar stilling til DPIA-en i januar.", True),
        ("Styret tok stilling til vurderingen 3. november og godkjente den.", False),
    ],
)
def test_management_taking_its_position_in_the_present_tense_is_still_to_come(
    spec: CaseTypeSpec, sentence: str, deferred: bool
) -> None:
    scoped, _ = deferrals(spec, sentence)
    assert (5 in scoped) is deferred


CUES = load_case_type().part(1).contacts
assert CUES is not None


def test_the_signature_stands_above_the_quoted_thread_without_a_closing() -> None:
    mail = (
        "Hei,\n\nKontakt: undertegnede (se signatur).\n\nBESLUTNING\nGodkjent 10. november.\n\n"
        "Jonas Mehari\nSeniorrådgiver\nSentralbord: 22 90 41 00 | Mobil: 468 31 207\n"
        "jonas.mehari@broen.no\n\n"
        "> Fra: Hilde Aas\n> Sendt: tirsdag 10. november 2026 08:41\n> Takk. Jeg godkjenner.\n"
        ">\n> Hilde Aas\n> generalsekretær\n"
        # a thread longer than a signature: its last blocks are all quoted
        + "".join(f"\n> > Innlegg {n} i tråden, tlf. 22 90 41 1{n}.\n" for n in range(8))
    )
    signed = signature(CUES, read_text("e-post", mail))
    assert signed is not None
    assert signed.fields.emails == ("jonas.mehari@broen.no",)
    assert "468 31 207" in signed.fields.phones


def test_an_attached_mail_opens_with_its_headers_and_keeps_its_signature() -> None:
    mail = "Fra: Odd Inge Strand\nTil: post\n\nHei,\nSe vedlegg.\n\nOdd Inge Strand\n926 17 954"
    signed = signature(CUES, read_text("melding.eml", mail))
    assert signed is not None and signed.fields.phones == ("926 17 954",)


def test_a_role_label_broken_in_a_narrow_cell_names_its_role() -> None:
    table = (
        "Rolle\tNavn\tTelefon\tE-post\n"
        "Personvernombu d\tKim André Nilsen\t21 09 33 90\tkim.nilsen@pulsverket.no\n"
    )
    found = [r.role for r in records(CUES, read_text("Vurdering.pdf", table))]
    assert "dpo" in found


def test_the_closing_ends_the_last_roles_block() -> None:
    """R-CP-86: «Hilsen» closes the processor's block: the signer's address below it is not the
    processor's, and the contact person's empty «Telefon:» is a clear lack."""
    mail = (
        "Kontaktperson\nPulsverket Trening AS\nNora Haugstad, leder medlemsservice\nTelefon: \n"
        "E-post: nora.haugstad@pulsverket.no\n\nPersonvernombud\nKim André Nilsen\n"
        "Telefon: 21 09 33 90\nE-post: kim.nilsen@pulsverket.no\n\nDatabehandler\n"
        "Faceaccess Nordic AB\nJohan Ek, kundeansvarig\nTelefon: +46 40 601 77 14\n"
        "E-post: johan.ek@faceaccess.se\n\nHilsen\nNora Haugstad\nnora.haugstad@pulsverket.no\n"
    )
    processor = [r for r in records(CUES, read_text("e-post", mail)) if r.role == "processor"]
    assert processor and all(
        r.fields.emails in ((), ("johan.ek@faceaccess.se",)) for r in processor
    )


def test_a_section_with_content_in_the_necessity_assessments_place_is_that_part(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-87: «KVIFOR» between the description and the risks, in words no signature knows;
    the same heading elsewhere names nothing (R-CP-83)."""
    from completeness import Verdict, check_completeness

    body = (
        "Hei,\nFjordsorg ber om førehandsdrøfting for strøyming av gravferder.\n\n"
        "Kontaktperson er eg: Liv Sæle, 55 30 12 80, liv@fjordsorg.no. Personvernombod er Eirik "
        "Sæle, tlf. 55 30 12 88, eirik@pvk.no.\n\n"
        "KVA VI VIL GJERE\nFjordsorg vil strøyme seremoniar frå kapellet til pårørande som "
        "ikkje kan kome. Opptaket vert lagra i 30 dagar på ei minneside, og berre familien får "
        "lenkja.\n\n"
        "KVIFOR\nMange pårørande bur langt unna, og familiane spør etter dette. Strøyming berre "
        "etter ønske frå familien, og kameraet viser berre kista og talaren.\n\n"
        "KVA KAN GÅ GALE\n- Lenkja vert delt vidare (sannsyn middels, konsekvens høg): kode på "
        "lenkja.\n- Sørgjande vert filma utan å vite det (sannsyn låg, konsekvens høg): skilt.\n\n"
        "VEDTAK\nStyret godkjende vurderinga og restrisikoen i møte 27. oktober 2026, sak 9/26.\n"
    )
    report = check_completeness(spec, body, [], "Førehandsdrøfting")
    assert report.parts[2].verdict is Verdict.PRESENT
    # the same place holding a greeting of a few words holds nothing
    short = body.replace(
        body[body.index("KVIFOR") : body.index("KVA KAN")], "KVIFOR\nSjå over.\n\n"
    )
    assert check_completeness(spec, short, [], "Førehandsdrøfting").parts[2].verdict is not (
        Verdict.PRESENT
    )
