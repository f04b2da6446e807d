"""R-CP-157, R-CP-158 and R-CP-172: the covering letter's signature (one column or side by
side) and the case officer of the sender's own letter head or footer are the sender's contact
person; another organisation's letter is not the sender's."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, check_completeness
from config.case_types import load_case_type
from tests.dossier import SECTIONS, VALIDATION

SENDER = ("Nina Fjeld", "nina.fjeld@hkf.no")
# parts 2–5 as the dossier lays them out, without its contact section
PARTS = SECTIONS.split("\n\n", 1)[1] + VALIDATION


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def _document(name: str, text: str) -> Document:
    media = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return Document(name, media, len(text), "0" * 64, text)


def judged(spec: CaseTypeSpec, letter: str, sender: tuple[str, str] = SENDER) -> CompletenessReport:
    documents = [_document("Folgebrev.docx", letter), _document("DPIA.docx", PARTS)]
    body = "Hei,\n\nVedlagt følger vår anmodning om forhåndsdrøftelse.\n\nHilsen Nina"
    return check_completeness(
        spec, body, documents, "Anmodning om forhåndsdrøftelse", sender=sender
    )


LETTER = (
    "Anmodning om forhåndsdrøftelse\n"
    "Handels- og Kontorforbundet ber Datatilsynet om forhåndsdrøftelse av nytt medlemssystem.\n"
    "Vi benytter ingen databehandler.\n\n"
)
SIDE_BY_SIDE = (
    "Med hilsen\n"
    "Nina Fjeld\tThomas Brenden\n"
    "Organisasjonssjef\tPersonvernombud\n"
    "Tlf. +47 23 06 15 40\tTlf. +47 23 06 15 02\n"
    "nina.fjeld@hkf.no\tthomas.brenden@hkf.no\n"
)


def test_two_signatures_side_by_side_give_the_signer_and_the_dpo(spec: CaseTypeSpec) -> None:
    report = judged(spec, LETTER + SIDE_BY_SIDE)
    assert report.parts[0].verdict.value == "present", report.parts[0].note
    assert report.outcome == "registered"


def test_the_signer_is_not_read_from_another_domains_letter(spec: CaseTypeSpec) -> None:
    # the same letter sent on by someone at another organisation: not the sender's letter
    report = judged(spec, LETTER + SIDE_BY_SIDE, ("Ola Berg", "ola.berg@konsulent.no"))
    assert report.parts[0].verdict.value != "present", report.parts[0].note


def test_a_letter_without_a_closing_has_no_signature(spec: CaseTypeSpec) -> None:
    # the last lines of a document without «Med hilsen» are not a signature
    text = LETTER + SIDE_BY_SIDE.split("\n", 1)[1]
    tail = "Personvernombud: Thomas Brenden, tlf. +47 23 06 15 02, thomas.brenden@hkf.no\n"
    report = judged(spec, LETTER + tail + "\nNina Fjeld\nOrganisasjonssjef\n+47 23 06 15 40\n")
    assert report.parts[0].verdict.value != "present", report.parts[0].note
    assert judged(spec, text).parts[0].verdict.value != "missing"


def test_a_signature_in_one_column_under_med_hilsen(spec: CaseTypeSpec) -> None:
    letter = (
        LETTER
        + "Personvernombud er Thomas Brenden, tlf. 23 06 15 02, thomas.brenden@hkf.no.\n\n"
        + "Med hilsen\nNina Fjeld\nOrganisasjonssjef\nTlf. 23 06 15 40\nnina.fjeld@hkf.no\n"
    )
    report = judged(spec, letter)
    assert report.parts[0].verdict.value == "present", report.parts[0].note


LETTER_HEAD = (
    "Lyngvik kommune\n"
    "Vår ref.\tDeres ref.\tSaksbehandler\tDato\n"
    "2026/1432-4\t\tTurid Moen, tlf. 61 14 22 37, turid.moen@lyngvik.kommune.no\t13.11.2026\n"
    "Anmodning om forhåndsdrøftelse – meråpent bibliotek\n"
    "Lyngvik kommune ber om forhåndsdrøftelse. Vi benytter ingen databehandler. "
    "Spørsmål kan rettes til saksbehandler.\n"
    "Personvernombud er Bjørn Iversen, tlf. 61 14 20 85, personvernombud@lyngvik.kommune.no.\n\n"
    "Med hilsen\nHåkon Sveen\nbiblioteksjef\n"
)


def test_the_case_officer_of_the_senders_letter_head_is_the_contact(spec: CaseTypeSpec) -> None:
    report = judged(spec, LETTER_HEAD, ("Lyngvik kommune", "postmottak@lyngvik.kommune.no"))
    assert report.parts[0].verdict.value == "present", report.parts[0].note


def test_another_bodys_case_officer_is_not_the_contact(spec: CaseTypeSpec) -> None:
    # NAV's letter head, sent on by the municipality: NAV's officer is not the controller's
    nav = LETTER_HEAD.replace("lyngvik.kommune.no\t", "nav.no\t")
    report = judged(spec, nav, ("Lyngvik kommune", "postmottak@lyngvik.kommune.no"))
    assert report.parts[0].verdict.value != "present", report.parts[0].note


def test_a_line_indented_under_a_fields_value_goes_on_with_it() -> None:
    # R-CP-159: the processor's person on the line below, indented to the value's column
    from reading.text import read_text

    text = (
        "Kontaktpersoner\n"
        "  Databehandler:    Insightly Retail Analytics Ltd, 4 Hume Street, Dublin 2, Irland\n"
        "                    Siobhan Kearney, tlf +353 1 554 2090, siobhan@insightly.ie\n"
        "\n"
        "DPIA-en er utarbeidet sammen med Klarsyn AS etter deres mal og sendes samlet.\n"
    )
    blocks = read_text("LES_MEG.txt", text).blocks
    field = next(b for b in blocks if b.title == "Databehandler")
    assert field.value.endswith("siobhan@insightly.ie")
    # a line indented elsewhere is not the value's (the address left out: R-CP-161 joins it)
    moved = text.replace("                    Siobhan", "      Siobhan")
    moved = moved.replace(", siobhan@insightly.ie", "")
    field = next(b for b in read_text("x.txt", moved).blocks if b.title == "Databehandler")
    assert "Siobhan" not in field.value


def test_the_contact_person_at_the_company_named_as_processor_is_the_processors(
    spec: CaseTypeSpec,
) -> None:
    # R-CP-160: the processor named in the description, its person in a block of its own
    letter = (
        "Anmodning om forhåndsdrøftelse\n"
        "Malene lagres i skyløsningen til Adgangsmaster AS, som er databehandler og leverer "
        "hele adgangssystemet.\n"
        "Kontaktperson hos Adgangsmaster AS: Frode Lie, tlf. 400 81 733, frode.lie@adgang.no\n"
        "Personvernombud: Thomas Brenden, tlf. 23 06 15 02, thomas.brenden@hkf.no\n"
        "Kontaktperson: Nina Fjeld, tlf. 23 06 15 40, nina.fjeld@hkf.no\n"
    )
    report = judged(spec, letter)
    assert report.parts[0].verdict.value == "present", report.parts[0].note
    # the person at another company stays the controller's contact: the processor has none
    other = letter.replace("Kontaktperson hos Adgangsmaster AS", "Kontaktperson hos Lysverket AS")
    report = judged(spec, other.replace("Kontaktperson: Nina Fjeld", "Leder: Nina Fjeld"))
    assert report.parts[0].verdict.value != "present", report.parts[0].note


def test_a_persons_details_broken_off_a_field_go_on_with_it() -> None:
    # R-CP-161: the PDF wrapped the field before the person's title ended
    from reading.text import read_text

    text = (
        "Processor: BlowSafe Nordic AB, org. no. 556877-3120, Gothenburg; contact Erik Nyström,"
        " Key Account\nManager, +46 31 701 55 20, erik.nystrom@blowsafe.se\n"
    )
    field = read_text("letter.pdf", text).blocks[0]
    assert field.value.endswith("erik.nystrom@blowsafe.se")
    # a field that has its address already: the next line is not its value
    done = text.replace("Gothenburg;", "Gothenburg, post@blowsafe.se;")
    assert "Manager" not in read_text("letter.pdf", done).blocks[0].value


def test_a_letter_that_does_not_ask_for_the_consultation_gives_no_signer(
    spec: CaseTypeSpec,
) -> None:
    # the director's approval on the sender's own domain is a decision, not the request
    approval = (
        "Godkjenning av personvernkonsekvensvurdering\n"
        "Jeg har gått gjennom vurderingen og godkjenner den.\n"
        "Personvernombud: Thomas Brenden, tlf. 23 06 15 02, thomas.brenden@hkf.no\n"
        "Vi benytter ingen databehandler.\n\n"
        "Med hilsen\nOla Dir\nadministrerende direktør\nTlf. 23 06 15 00\nola.dir@hkf.no\n"
    )
    report = judged(spec, approval, ("", "post@hkf.no"))
    assert report.parts[0].verdict.value != "present", report.parts[0].note


def test_the_mails_own_signer_is_not_replaced_by_another_letter_signer(
    spec: CaseTypeSpec,
) -> None:
    # Nina sent and signed the mail without her phone; the letter is signed by someone else
    letter = (
        LETTER
        + "Personvernombud er Thomas Brenden, tlf. 23 06 15 02, thomas.brenden@hkf.no.\n\n"
        + "Med hilsen\nKari Leder\nforbundsleder\nTlf. 23 06 15 01\nkari.leder@hkf.no\n"
    )
    body = "Hei,\nVedlagt følger vår anmodning om forhåndsdrøftelse.\n\nHilsen\nNina Fjeld"
    documents = [_document("Folgebrev.docx", letter), _document("DPIA.docx", PARTS)]
    report = check_completeness(spec, body, documents, "Anmodning", sender=SENDER)
    assert report.parts[0].verdict.value != "present", report.parts[0].note
    # the same letter signed by Nina herself («Nina Berg Fjeld») gives her phone
    own = letter.replace("Kari Leder\nforbundsleder", "Nina Berg Fjeld\norganisasjonssjef")
    documents = [_document("Folgebrev.docx", own), _document("DPIA.docx", PARTS)]
    report = check_completeness(spec, body, documents, "Anmodning", sender=SENDER)
    assert report.parts[0].verdict.value == "present", report.parts[0].note


def test_a_contact_named_without_details_gets_no_other_persons_details(
    spec: CaseTypeSpec,
) -> None:
    letter = (
        LETTER
        + "Kontaktperson er Per Hansen.\n"
        + "Personvernombud er Thomas Brenden, tlf. 23 06 15 02, thomas.brenden@hkf.no.\n\n"
        + "Med hilsen\nNina Fjeld\nOrganisasjonssjef\nTlf. 23 06 15 40\nnina.fjeld@hkf.no\n"
    )
    report = judged(spec, letter)
    assert report.parts[0].verdict.value != "present", report.parts[0].note


def test_a_signature_ends_where_the_copies_begin(spec: CaseTypeSpec) -> None:
    # the DPO in «Kopi til» is not the signer: the signer has no phone of her own
    letter = (
        LETTER
        + "Med hilsen\nNina Fjeld\nOrganisasjonssjef\nnina.fjeld@hkf.no\n"
        + "Kopi til: personvernombud Thomas Brenden, tlf. 23 06 15 02, thomas.brenden@hkf.no\n"
    )
    report = judged(spec, letter)
    assert report.parts[0].verdict.value != "present", report.parts[0].note


def test_the_dpo_said_to_be_the_signer_has_the_signers_details(spec: CaseTypeSpec) -> None:
    letter = (
        LETTER
        + "Kontaktperson: Nina Fjeld, tlf. 23 06 15 40, nina.fjeld@hkf.no\n"
        + "Personvernombod er underteikna.\n\n"
        + "Med helsing\nThomas Brenden\npersonvernombod\nTlf. 23 06 15 02\n"
        + "thomas.brenden@hkf.no\n"
    )
    report = judged(spec, letter, ("Thomas Brenden", "thomas.brenden@hkf.no"))
    assert report.parts[0].verdict.value == "present", report.parts[0].note


@pytest.mark.parametrize(
    "sign_off",
    [
        "Signert: Ola Nordmann, daglig leder, 4.11.2026",
        "Dato: 4.11.2026\nSignatur: Ola Nordmann (daglig leder)",
    ],
)
def test_a_short_sign_off_under_a_heading_is_no_proof_of_absence(
    spec: CaseTypeSpec, sign_off: str
) -> None:
    # R-CP-162: too short for an unrecognised section's doubt, long enough for a sign-off
    dpia = SECTIONS + "\n5. Godkjenning\n" + sign_off + "\n"
    documents = [_document("DPIA.docx", dpia)]
    report = check_completeness(spec, "Se vedlegg.", documents, "Anmodning om forhåndsdrøftelse")
    assert report.parts[4].verdict.value != "missing", report.parts[4].note
    # a pointer to a record is no sign-off: nothing of the part is here
    pointer = SECTIONS + "\n5. Godkjenning\nSe vedlagt protokoll fra styremøtet.\n"
    documents = [_document("DPIA.docx", pointer)]
    report = check_completeness(spec, "Se vedlegg.", documents, "Anmodning om forhåndsdrøftelse")
    assert report.parts[4].verdict.value == "missing", report.parts[4].note


@pytest.mark.parametrize(
    "cards",
    [
        # one row, a cell per person (a borderless table in a Word letter)
        "Arne Nesheim fylkesdirektør\tKristin Fosse seksjonsleiar\t"
        "Thomas Brenden personvernombod tlf. 23 06 15 02 thomas.brenden@hkf.no\n",
        # names above, titles and details below, as a PDF lays the columns out
        "Geir Tveiten\tFiona MacLeod\n"
        "Managing Director\tData Protection Officer +44 1224 861 540 fiona.macleod@hkf.no\n",
    ],
)
def test_a_dpo_who_signs_beside_the_director_is_read_from_her_column(
    spec: CaseTypeSpec, cards: str
) -> None:
    letter = (
        LETTER
        + "Kontaktperson: Nina Fjeld, tlf. 23 06 15 40, nina.fjeld@hkf.no\n\n"
        + "Med helsing\n"
        + cards
    )
    report = judged(spec, letter)
    assert report.parts[0].verdict.value == "present", report.parts[0].note
    # the same column without a role is no one's DPO
    unnamed = cards.replace("personvernombod ", "").replace("Data Protection Officer ", "")
    report = judged(
        spec,
        LETTER + "Kontaktperson: Nina Fjeld, tlf. 23 06 15 40, "
        "nina.fjeld@hkf.no\n\nMed helsing\n" + unnamed,
    )
    assert report.parts[0].verdict.value != "present", report.parts[0].note


def test_gaelic_names_are_names() -> None:
    from completeness.fields import person_names

    assert person_names("Fiona MacLeod") == ("Fiona MacLeod",)
    assert person_names("kontakt Sean O'Brien eller Ian McDonald") == (
        "Sean O'Brien",
        "Ian McDonald",
    )


def test_a_templates_guidance_in_brackets_heads_nothing(spec: CaseTypeSpec) -> None:
    # R-CP-163: the guidance names the part's words, but it is no heading of the writer's
    part3 = (
        "3. Nødvendighet og forholdsmessighet\n"
        "[Beskriv hvorfor behandlingen er nødvendig for å oppnå formålet.]\n"
        "Garantier og tiltak for de registrerte\n"
        "[Beskriv hvilke tiltak som ivaretar de registrertes rettigheter: informasjon, innsyn, "
        "retting, protest. Slett veiledningsteksten før dokumentet ferdigstilles.]\n\n"
    )
    start = SECTIONS.index("3. Vurdering")
    end = SECTIONS.index("4. Risikovurdering")
    dpia = SECTIONS[:start] + part3 + SECTIONS[end:] + VALIDATION
    report = check_completeness(spec, "Se vedlegg.", [_document("DPIA.docx", dpia)], "Anmodning")
    assert report.parts[2].verdict.value != "present", report.parts[2].note


@pytest.mark.parametrize(
    "below",
    [
        # the value has its address already: the line is an aside, or someone else's
        "                    Ved fravær, ring daglig leder på 22 33 44 00",
        # the writer's own voice is no value of the field
        "                    Avtalen følges opp av vår IT-sjef Ola Berg, tlf. 22 33 44 01",
    ],
)
def test_an_indented_line_that_is_not_the_values_stays_apart(below: str) -> None:
    from reading.text import read_text

    text = f"  Personvernombud:  Per Moe, per.moe@firma.no\n{below}\n"
    field = next(b for b in read_text("LES_MEG.txt", text).blocks if b.title == "Personvernombud")
    assert field.value == "Per Moe, per.moe@firma.no"


@pytest.mark.parametrize(
    "below",
    ["Kari Hansen, 22 33 44 55, kari@firma.no", "Firma AS · Postboks 12 · post@firma.no"],
)
def test_another_persons_or_an_organisations_line_goes_on_with_no_field(below: str) -> None:
    from reading.text import read_text

    field = read_text("brev.pdf", f"Personvernombud: Per Moe, tlf. 22 33 44 00\n{below}\n")
    assert field.blocks[0].value == "Per Moe, tlf. 22 33 44 00"


def test_a_signature_ends_at_a_person_labelled_below_it(spec: CaseTypeSpec) -> None:
    letter = (
        LETTER
        + "Personvernombud er Thomas Brenden, tlf. 23 06 15 02, thomas.brenden@hkf.no.\n\n"
        + "Med hilsen\nNina Fjeld\nOrganisasjonssjef\n"
        + "Kontaktperson: Per Hansen, tlf. 23 06 15 09\n"
    )
    report = judged(spec, letter)
    assert report.parts[0].verdict.value != "present", report.parts[0].note


def test_a_decision_that_authorises_the_request_is_not_the_covering_letter(
    spec: CaseTypeSpec,
) -> None:
    decision = (
        "Vedtak i formannskapet\n"
        "Formannskapet gir kommunedirektøren fullmakt til å anmode om forhåndsdrøftelse.\n"
        "Personvernombud: Thomas Brenden, tlf. 23 06 15 02, thomas.brenden@hkf.no\n"
        "Vi benytter ingen databehandler.\n\n"
        "Med hilsen\nOla Dir\nutvalgssekretær\nTlf. 23 06 15 00\nola.dir@hkf.no\n"
    )
    report = judged(spec, decision, ("", "post@hkf.no"))
    assert report.parts[0].verdict.value != "present", report.parts[0].note


@pytest.mark.parametrize(
    "section",
    [
        "Signatur daglig leder: ______ Dato: 12.11.2026",
        "Godkjennes av daglig leder innen 1.12.2026.",
        "Godkjent av REK vest 3.10.2026, ref. 2026/1234.",
    ],
)
def test_what_is_no_sign_off_leaves_the_part_missing(spec: CaseTypeSpec, section: str) -> None:
    # R-CP-162: a form not filled in, a sign-off to come, an ethics committee's approval
    dpia = SECTIONS + "\n5. Godkjenning\n" + section + "\n"
    documents = [_document("DPIA.docx", dpia)]
    report = check_completeness(spec, "Se vedlegg.", documents, "Anmodning om forhåndsdrøftelse")
    assert report.parts[4].verdict.value == "missing", report.parts[4].note


def test_a_reply_quoted_under_the_signature_is_its_writers(spec: CaseTypeSpec) -> None:
    # Gmail's attribution line («tir. 10. nov. 2026 kl. 09:12 skrev …:») opens someone else's
    # words, even where the reader joined it to the signer's name
    body = (
        "Hei,\n\nVedlagt anmodning om forhåndsdrøftelse.\n"
        "Personvernombud er Thomas Brenden, tlf. 23 06 15 02, thomas.brenden@hkf.no.\n"
        "Vi benytter ingen databehandler.\n\nMed hilsen\nNina Fjeld\n\n"
        "tir. 10. nov. 2026 kl. 09:12 skrev Ola Berg <ola.berg@hkf.no>:\n"
        "> Hei Nina, styret har vedtatt. Send den inn.\n> Med vennlig hilsen\n> Ola Berg\n"
        "> Tlf. 23 06 15 10\n"
    )
    documents = [_document("DPIA.docx", PARTS)]
    report = check_completeness(spec, body, documents, "Anmodning", sender=SENDER)
    assert report.parts[0].verdict.value != "present", report.parts[0].note


LETTER_FOOTER = (
    "Anmodning om forhåndsdrøftelse – meråpent bibliotek\n"
    "Lyngvik kommune ber om forhåndsdrøftelse. Vi benytter ingen databehandler.\n\n"
    "Med hilsen\nHåkon Sveen\nbiblioteksjef\n\n"
    "Lyngvik kommune · Rådhusgata 1, 2850 Lyngvik · postmottak@lyngvik.kommune.no\n"
    "Saksbehandler: Turid Moen, tlf. 61 14 22 37, turid.moen@lyngvik.kommune.no · "
    "Personvernombud: Bjørn Iversen, tlf. 61 14 20 85, personvernombud@lyngvik.kommune.no\n"
)


@pytest.mark.parametrize(("domain", "verdict"), [("lyngvik.kommune.no", True), ("nav.no", False)])
def test_the_case_officer_in_the_senders_letter_footer_is_the_contact(
    spec: CaseTypeSpec, domain: str, verdict: bool
) -> None:
    """R-CP-172: «Saksbehandler: …» as a field of the sender's own letter, up to the footer's
    next item; another body's letter (NAV's officer) is not the sender's."""
    letter = LETTER_FOOTER.replace("turid.moen@lyngvik.kommune.no", f"turid.moen@{domain}")
    report = judged(spec, letter, ("Lyngvik kommune", "postmottak@lyngvik.kommune.no"))
    assert (report.parts[0].verdict.value == "present") is verdict, report.parts[0].note
