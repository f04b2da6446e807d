"""Every letter kind: its required elements, A4 DOCX in the letter's language, and valid PDF/A.

The required elements per kind:

| kind           | must say                                                                    |
|----------------|-----------------------------------------------------------------------------|
| receipt        | case number, answer deadline, latest date of an extension notice, § 11 a    |
| deficiency     | what is missing, the deadline, the clock stops, what happens after it, § 11 |
|                | (no rejection is threatened when only part 5, not required by law, lacks)  |
| rejection      | the decision, § 11 and Art. 36(3), missing parts enough, no processing yet, |
|                | guidance meeting, appeal (§ 29, Datatilsynet, Personvernnemnda, documents)  |
| interim        | a caseworker will answer, § 11 a                                            |
| closing        | the case is closed, guidance or not, not a decision                         |
| extension      | reasons, the new deadline, no processing yet, whom to ask                   |
| info_request   | what we need and by when, the duty to answer, more time, the clock stops    |
| advance_notice | what we consider, § 16, the answer deadline, access to documents, not a     |
|                | decision                                                                    |
| decision       | order deadline, advance notice, appeal, deferred implementation (§ 42)      |

No letter names an internal rule code or claims an approval that did not happen. The English
letters carry the same elements (REQUIRED_EN).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from datetime import date

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from letters.citations import CONFIG_DIR, default_letterhead, logo_data_uri
from letters.docx import render_docx
from letters.model import (
    AdvanceNoticeLetter,
    ClosingLetter,
    DecisionLetter,
    InterimReplyLetter,
    LetterData,
    LetterDataInvalid,
    Outcome,
    ReceiptLetter,
    RejectionLetter,
)
from letters.pdf import render_pdf
from letters.render import MONTHS, TEMPLATE_DIR, render_letter
from tests.pdfa import read_pdfa
from tests.unit.test_letters import (
    make_decision,
    make_deficiency,
    make_extension,
    make_header,
    make_info_request,
    make_rejection,
)

AUTOMATIC = make_header(automatic=True, recipient_org_number="964 981 234", attention="Per Olsen")


def _letters() -> dict[str, tuple[str, LetterData]]:
    rejection = make_rejection(
        header=AUTOMATIC,
        deficiency_letter_on=date(2026, 3, 13),
        deficiency_deadline_on=date(2026, 3, 26),
    )
    return {
        "receipt": (
            "receipt",
            ReceiptLetter(
                replace(AUTOMATIC, document_number=2),
                date(2026, 3, 20),
                date(2026, 5, 15),
                "Digital hjemmeoppfølging",
                extension_notice_by_on=date(2026, 4, 17),
            ),  # fmt: skip
        ),
        "deficiency": ("deficiency", replace(make_deficiency(), header=AUTOMATIC)),
        "rejection": ("rejection", rejection),
        "interim": (
            "interim",
            InterimReplyLetter(AUTOMATIC, date(2026, 3, 20), date(2026, 5, 15), "Spørsmål"),
        ),
        "closing": (
            "closing",
            ClosingLetter(
                make_header(),
                date(2026, 3, 20),
                "not_a_request",
                ["Dere spør om dere må be om forhåndsdrøftelse."],
                ["Gjennomfør vurderingen av personvernkonsekvenser først."],
            ),  # fmt: skip
        ),
        "extension": ("extension", make_extension()),
        "info_request": ("info_request", make_info_request()),
        "advance_notice": (
            "advance_notice",
            AdvanceNoticeLetter(
                make_header(dated_on=date(2026, 5, 4)),
                date(2026, 3, 20),
                [Outcome.ORDER],
                ["Vi vurderer å pålegge kommunen å oppdatere DPIA-en."],
                date(2026, 5, 18),
                planned_order_deadline_on=date(2026, 8, 31),
            ),  # fmt: skip
        ),
        "decision_order": ("decision", make_decision([Outcome.ADVICE, Outcome.ORDER])),
        "decision_advice": (
            "decision",
            make_decision([Outcome.ADVICE], advance_notice_on=None, main_considerations=[]),
        ),
    }


LETTERS = _letters()
REQUIRED: dict[str, list[str]] = {
    "receipt": [
        "Saken har fått saksnummer 26/00042.",
        "Dere kan derfor vente svar senest 15. mai 2026.",
        "I så fall får dere beskjed senest 17. april 2026",
        "jf. forvaltningsloven § 11 a",
        "Dere må ikke starte behandlingen før forhåndsdrøftelsen er avsluttet",
    ],
    "deficiency": [
        "Del 4: Vurdering av risiko",
        "Send de manglende opplysningene til oss senest 13. april 2026.",
        "Det holder å sende de delene som mangler.",
        "Fristen for å behandle saken står stille",
        "vil anmodningen bli avvist",
        "forvaltningsloven § 11.",
    ],
    "rejection": [
        "Datatilsynet avviser anmodningen deres om forhåndsdrøftelse",
        "en frist til å sende det, jf. forvaltningsloven § 11. Fristen har gått ut.",
        "opplysningene i personvernforordningen artikkel 36 nr. 3.",
        "Loven krever ikke denne delen",
        "Det holder å sende oss de delene som mangler, og oppgi vår referanse 26/00042-3.",
        "Avvisningen betyr at det ikke har vært noen forhåndsdrøftelse. Dere må ikke starte "
        "behandlingen før en forhåndsdrøftelse er gjennomført",
        "veiledningsmøte",
        "tre uker fra den dagen dere fikk dette brevet, jf. forvaltningsloven § 29.",
        "Send klagen til Datatilsynet.",
        "Det er Personvernnemnda som avgjør klagen",
        "rett til å se dokumentene i saken",
    ],
    "interim": ["En saksbehandler vil derfor lese den og svare dere.", "forvaltningsloven § 11 a"],
    "closing": [
        "Vi avslutter saken",
        "Den er ikke en anmodning om forhåndsdrøftelse.",
        "Vi har derfor ikke behandlet den som en forhåndsdrøftelse, men gir dere veiledning.",
        "Saken er avsluttet uten at det har vært noen forhåndsdrøftelse.",
        "Veiledningen er ikke et vedtak",
        "Vår veiledning",
        "Dette brevet er ikke et vedtak, så det kan ikke påklages.",
    ],
    "extension": [
        "Den nye fristen er 10. juli 2026.",
        "Hvorfor vi trenger mer tid",
        "Dere må ikke starte behandlingen før forhåndsdrøftelsen er avsluttet",
        "kan dere kontakte saksbehandleren, Kari Nordmann",
    ],
    "info_request": [
        "Send opplysningene til oss senest 15. april 2026.",
        "Fristen vi har for å svare dere, står stille",
        "Dere skal gi oss de opplysningene vi ber om",
        "kan dere be om en lengre frist",
    ],
    "advance_notice": [
        "Forhåndsvarsel om vedtak om pålegg",
        "jf. forvaltningsloven § 16.",
        "Send oss kommentarene deres senest 18. mai 2026.",
        "fristen for å gjennomføre det blir 31. august 2026",
        "Dette varselet er ikke et vedtak",
        "Dere har rett til å se dokumentene i saken, jf. forvaltningsloven §§ 18 og 19.",
        "endrer ikke fristen vi har for å svare dere",
    ],
    "decision_order": [
        "Fristen for å gjennomføre pålegget er 31. august 2026.",
        "I brev av 4. mai 2026 varslet vi dere",
        "Dere har rett til å klage",
        "utsatt iverksetting), jf. forvaltningsloven § 42.",
        "Det vedtaket pålegger dere, må dere gjøre. Det som er råd, bør dere følge.",
    ],
    "decision_advice": ["Dette er råd som dere bør følge."],
}
REQUIRED_EN: dict[str, list[str]] = {
    "receipt": [
        "The case number is 26/00042.",
        "You can therefore expect our answer by 15 May 2026 at the latest.",
        "you will hear from us by 17 April 2026 at the latest",
        "see section 11 a of the Public Administration Act",
    ],
    "deficiency": [
        "Please send the missing information to us by 13 April 2026 at the latest.",
        "It is enough to send the missing parts.",
        "your request will be rejected",
        "section 11 of the Public Administration Act",
    ],
    "rejection": [
        "Datatilsynet rejects your request for prior consultation",
        "It is enough to send us the missing parts and quote our reference 26/00042-3.",
        "This rejection means that no prior consultation has taken place. You must not start the "
        "processing before a prior consultation has been carried out",
        "guidance meeting",
        "three weeks from the day you received this letter",
        "Norwegian Privacy Appeals Board (Personvernnemnda)",
        "You have the right to see the documents in the case",
        "This letter was made automatically by our case management system.",
    ],
    "interim": ["A case officer will therefore read it and answer you.", "section 11 a"],
    "closing": [
        "We are closing the case",
        "We have therefore not handled it as a prior consultation, but give you guidance.",
        "The case is closed without a prior consultation having taken place.",
        "This letter is not a decision, so it cannot be",
    ],
    "extension": [
        "The new deadline is 10 July 2026.",
        "Why we need more time",
        "You must not start the processing before the prior consultation has ended",
        "you can contact the case officer, Kari Nordmann",
    ],
    "info_request": [
        "Send the information to us by 15 April 2026 at the latest.",
        "Our deadline for answering you stops",
        "You must give us the information we ask for",
        "you can ask for more time",
    ],
    "advance_notice": [
        "Advance notice of a decision on an order",
        "see section 16 of the Public Administration Act.",
        "Please send us your comments by 18 May 2026 at the latest.",
        "You have the right to see the documents in the case",
        "This notice is not a decision",
    ],
    "decision_order": [
        "The deadline for complying with the order is 31 August 2026.",
        "In our letter of 4 May 2026 we gave notice",
        "Your right to appeal",
        "(deferred implementation), see section 42 of the Public Administration Act.",
        "What the decision requires of you, you must do. What is advice, you should follow.",
    ],
    "decision_advice": ["This is advice that you should follow."],
}
FORBIDDEN = ["elektronisk godkjent", "Automatisk behandlet", "nærmere begrunnelse", "§§ 28 og 29"]
# The codes docs/domain.md gives its rules, conflicts, product decisions and sources (R-CP-5,
# R-T-17, C5, P1, S002): the code cites them, no letter may.
RULE_CODE = re.compile(r"\b(?:R-[A-Z]{1,4}(?:-\d+)?|C\d{1,2}|P\d|S\d{3})\b")
MONTH = re.compile("(?:" + "|".join(MONTHS["nb"].split()) + r")\b")
APPEAL_KINDS = {"rejection", "decision_order", "decision_advice"}


@pytest.mark.parametrize("name", sorted(LETTERS))
def test_each_letter_kind_has_its_required_elements(name: str) -> None:
    kind, data = LETTERS[name]
    text = render_letter(kind, data).text
    for element in REQUIRED[name]:
        assert element in text, element
    for wrong in FORBIDDEN:
        assert wrong not in text
    assert RULE_CODE.search(text) is None, RULE_CODE.search(text)
    assert ("Dere har rett til å klage" in text) is (name in APPEAL_KINDS)
    assert ("forvaltningsloven § 42" in text) is (name == "decision_order")


@pytest.mark.parametrize("name", sorted(LETTERS))
def test_each_english_letter_kind_has_its_required_elements(name: str) -> None:
    kind, data = LETTERS[name]
    text = render_letter(kind, data, language="en").text
    for element in REQUIRED_EN[name]:
        assert element in text, element
    assert ("Your right to appeal" in text) is (name in APPEAL_KINDS)
    assert ("section 42 of the Public Administration Act" in text) is (name == "decision_order")
    assert "approved" not in text


def test_every_letter_kind_has_a_template_and_a_required_elements_entry() -> None:
    kinds = {path.name.split(".")[0] for path in TEMPLATE_DIR.glob("[!_]*.html.j2")}
    assert kinds == {kind for kind, _ in LETTERS.values()}
    assert set(REQUIRED) == set(REQUIRED_EN) == set(LETTERS)


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_deficiency_notice_for_part_5_alone_threatens_no_rejection(language: str) -> None:
    deficiency = make_deficiency()
    only_5 = [part for part in deficiency.missing_parts if not part.required_by_law]
    letter = replace(deficiency, missing_parts=only_5)
    text = render_letter("deficiency", letter, language=language).text
    assert "avvist" not in text and "will be rejected" not in text
    assert "må ha for å behandle saken" not in text and "information we need" not in text
    never = {
        "nb": "Vi avviser ikke anmodningen bare fordi denne delen mangler.",
        "en": "We will not reject your request only because this part is missing.",
    }
    assert never[language] in text


def _docx_text(data: bytes) -> str:
    """Every text run of a DOCX: body, headers and footers."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = [archive.read(n).decode() for n in archive.namelist() if n.startswith("word/")]
    return " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", "".join(parts)))


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("name", sorted(LETTERS))
def test_each_letter_kind_has_no_rule_codes_in_either_language(name: str, language: str) -> None:
    kind, data = LETTERS[name]
    letter = render_letter(kind, data, language=language)
    for shown in (letter.subject, letter.text, letter.html, _docx_text(render_docx(letter))):
        assert RULE_CODE.search(shown) is None, RULE_CODE.search(shown)
        assert "None" not in shown
    confidential = replace(data, header=replace(data.header, confidential=True))
    assert RULE_CODE.search(render_letter(kind, confidential, language=language).text) is None


def test_automatic_letters_name_the_controller_and_whom_to_ask() -> None:
    text = render_letter(*LETTERS["rejection"]).text
    recipient = "Nordlys kommune\nv/ Per Olsen\nPostboks 100\n9999 Nordlys\nOrg.nr. 964 981 234"
    assert text.index(recipient) < text.index("Vår referanse")
    assert "Saksbehandler: ingen (automatisk brev)" in text
    assert "Dette brevet er laget automatisk av saksbehandlingssystemet vårt." in text
    contact = "kan dere kontakte Datatilsynet, seksjon for forhåndsdrøftelser, på e-post"
    assert contact in text
    english = render_letter(*LETTERS["rejection"], language="en").text
    assert "For the attention of Per Olsen" in english
    assert "This letter was made automatically by our case management system." in english


def test_a_caseworker_letter_claims_no_approval() -> None:
    text = render_letter(*LETTERS["decision_order"]).text
    assert "Brevet er sendt uten håndskreven signatur." in text
    assert "godkjent" not in text


def test_a_quoted_sentence_is_printed_once_for_parts_that_share_it() -> None:
    rejection = LETTERS["rejection"][1]
    assert isinstance(rejection, RejectionLetter)
    same = "Dere skrev: «DPIA og ledelsens validering ettersendes.»"
    parts = [replace(part, note=same) for part in rejection.missing_parts]
    text = render_letter("rejection", replace(rejection, missing_parts=parts)).text
    assert text.count(same) == 1


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_case_closed_for_another_reason_says_why_and_claims_no_bar_to_appeal(
    language: str,
) -> None:
    _, closing = LETTERS["closing"]
    assert isinstance(closing, ClosingLetter)
    other = replace(closing, reason="other", guidance=[])
    text = render_letter("closing", other, language=language).text
    assert "Dere spør om dere må be om forhåndsdrøftelse." in text  # the explanation
    assert "påklages" not in text and "appealed" not in text
    disagree = {"nb": "Er dere uenige i at vi avslutter saken", "en": "If you disagree"}
    assert disagree[language] in text
    with pytest.raises(LetterDataInvalid, match="si hvorfor saken avsluttes"):
        replace(other, explanation=[])


@pytest.mark.parametrize(
    ("outcomes", "overrides", "problem"),
    [
        ([Outcome.ORDER], {"order_deadline_on": None}, "et pålegg må ha en frist"),
        ([Outcome.REPRIMAND], {"processing_started": False}, "behandlingen har startet"),
    ],
)
def test_an_order_needs_a_deadline_and_a_reprimand_started_processing(
    outcomes: list[Outcome], overrides: dict[str, object], problem: str
) -> None:
    letter = make_decision(outcomes)
    with pytest.raises(LetterDataInvalid, match=problem):
        replace(letter, **overrides)  # type: ignore[arg-type]


def test_an_advance_notice_is_only_for_corrective_measures_and_needs_a_later_deadline() -> None:
    _, notice = LETTERS["advance_notice"]
    assert isinstance(notice, AdvanceNoticeLetter)
    with pytest.raises(LetterDataInvalid):
        replace(notice, outcomes=[Outcome.ADVICE])
    with pytest.raises(LetterDataInvalid):
        replace(notice, reply_by_on=notice.header.dated_on)


def _docx_language(data: bytes) -> set[str]:
    document = Document(io.BytesIO(data))
    styles = document.styles.element
    return {element.get(qn("w:val")) for element in styles.iter(qn("w:lang"))}


@pytest.mark.parametrize("name", sorted(LETTERS))
def test_each_letter_kind_renders_as_a4_docx_and_valid_pdf_a(name: str) -> None:
    kind, data = LETTERS[name]
    letter = render_letter(kind, data)
    docx = render_docx(letter)
    document = Document(io.BytesIO(docx))
    section = document.sections[0]
    width, height = section.page_width or 0, section.page_height or 0
    assert abs(width - Mm(210)) < Mm(1) and abs(height - Mm(297)) < Mm(1)
    assert _docx_language(docx) == {"nb-NO"}
    footer_xml = section.footer._element.xml + section.first_page_footer._element.xml
    assert footer_xml.count('w:instr="PAGE"') == 2 and 'w:instr="NUMPAGES"' in footer_xml
    reference = data.header.case_number.reference(data.header.document_number)
    assert section.header.paragraphs[0].text.startswith(f"Vår referanse: {reference}")
    archived = read_pdfa(render_pdf(letter))
    assert archived.is_pdfa_2b, (archived.part, archived.conformance, archived.fonts)
    assert archived.is_a4 and archived.language == "nb-NO"
    assert f"Side 1 av {len(archived.page_sizes)}" in archived.text
    first_page = archived.text.split("Side 1 av")[0]
    assert first_page.count("Postadresse: Postboks 458 Sentrum") == 1  # page 1's bottom margin
    lines = [line.strip() for line in archived.text.split("\n")]
    for line, after in zip(lines, lines[1:], strict=False):  # «§ 11», «20. mars» stay together
        assert not line.endswith("§"), line
        assert not (re.search(r"\b\d{1,2}\.$", line) and re.match(MONTH, after)), line
    if len(archived.page_sizes) > 1:
        assert f"Vår referanse: {reference}" in archived.text.split("Side 1 av")[1]


def test_an_english_letter_is_tagged_english_in_docx_and_pdf() -> None:
    letter = render_letter(*LETTERS["receipt"], language="en")
    assert _docx_language(render_docx(letter)) == {"en-GB"}
    archived = read_pdfa(render_pdf(letter))
    assert archived.language == "en-GB" and "Page 1 of" in archived.text


def test_the_exemption_marking_is_printed_once_on_the_first_page() -> None:
    marked = make_decision([Outcome.ORDER], header=make_header(exempt_basis="FVL_13_1_2"))
    archived = read_pdfa(render_pdf(render_letter("decision", marked)))
    marking = "Unntatt offentlighet, jf. offl. § 13, jf. fvl. § 13 første ledd nr. 2"
    first_page = archived.text.split("Side 1 av")[0]
    assert first_page.count(marking) == 1


def test_the_letterhead_shows_a_configured_logo() -> None:
    logo = "../tests/unit/logo-test.png"
    assert (CONFIG_DIR / logo).is_file()
    letterhead = replace(default_letterhead(), logo=logo)
    letter = render_letter(*LETTERS["receipt"], letterhead=letterhead)
    uri = logo_data_uri(logo)
    assert uri is not None and f'<img class="logo" src="{uri}"' in letter.html
    document = Document(io.BytesIO(render_docx(letter, letterhead)))
    assert document.sections[0].first_page_header._element.xml.count("<pic:pic") == 1
    assert read_pdfa(render_pdf(letter, letterhead)).is_pdfa_2b


def test_decision_letter_defaults_keep_advice_apart_from_obligations() -> None:
    advice = render_letter(*LETTERS["decision_advice"]).text
    assert "må dere gjøre" not in advice
    assert isinstance(LETTERS["decision_advice"][1], DecisionLetter)
