"""completeness/cues.py: the evidence one documentation part finds in a request.

A part is found under a heading that names it, in a file named for it, in sentences that name
it, or in paragraphs about what it holds (its content signature); each finding is weighed as
content, too little, a mere mention, or a deferral. Each text here is the smallest that shows
one rule, read as the check reads it.
"""

from __future__ import annotations

from functools import partial

import pytest

from completeness.cues import (
    Hit,
    NamedSection,
    State,
    describe,
    file_hits,
    file_name_key,
    heading_hits,
    is_any_cue,
    judge_body,
    named_sections,
    phrase_hits,
    read,
    signature_hits,
)
from completeness.cues import _said_deferred as said_deferred
from completeness.text import Source, build_source
from completeness.types import CaseTypeSpec, Evidence
from config.case_types import load_case_type

SPEC: CaseTypeSpec = load_case_type()


def source(text: str, name: str = "d.txt") -> Source:
    return build_source(name, text, partial(is_any_cue, SPEC))


def sections(text: str, name: str = "d.txt") -> tuple[NamedSection, ...]:
    return named_sections(SPEC, source(text, name))


Shown = tuple[str, str, str, bool, bool, bool, bool, bool]


def shown(hit: Hit) -> Shown:
    """(state, what, excerpt, soft, inferred, silent, link, pointer) of a hit."""
    return (
        hit.state.value, hit.what, hit.evidence.excerpt, hit.soft, hit.inferred, hit.silent,
        hit.link, hit.pointer,
    )  # fmt: skip


def under_headings(text: str, number: int) -> list[Shown]:
    return [shown(h) for h in heading_hits(SPEC, SPEC.part(number), sections(text))]


def outline(text: str) -> list[tuple[str, list[int], list[int], bool, int]]:
    """(heading, parts, parts named in passing, at the end, end line) of each named section."""
    return [
        (n.section.heading.raw, sorted(n.parts), sorted(n.mentions), n.at_end, n.section.end)
        for n in sections(text)
    ]


def words(count: int) -> str:
    return " ".join(["ord"] * count) + "."


DEFERRED = "Risikovurderingen ettersendes."
UNNAMED = "Dette kommer senere."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # fifteen words make content, fourteen are too little
        (words(15), (State.SUBSTANTIVE, "")),
        (words(14), (State.TRIVIAL, "")),
        # a deferral of the part in the opening sentences: deferred, unless forty words beside
        (f"{DEFERRED} {words(39)}", (State.DEFERRED, DEFERRED)),
        (f"{DEFERRED} {words(40)}", (State.TRIVIAL, DEFERRED)),
        (f"A\nB\n{DEFERRED}", (State.DEFERRED, DEFERRED)),
        # ... later in the text it weighs against what else is there: 40 words, 8 words
        (f"A. B. C. {DEFERRED} {words(37)}", (State.SUBSTANTIVE, DEFERRED)),
        (f"A. B. C. {DEFERRED} {words(36)}", (State.TRIVIAL, DEFERRED)),
        (f"A. B. C. {DEFERRED} {words(5)}", (State.TRIVIAL, DEFERRED)),
        (f"A. B. C. {DEFERRED} {words(4)}", (State.DEFERRED, DEFERRED)),
        # a deferral naming no part counts under the part's heading, never as its opening
        (f"{UNNAMED} {words(40)}", (State.SUBSTANTIVE, UNNAMED)),
        (f"{UNNAMED} {words(8)}", (State.TRIVIAL, UNNAMED)),
        (f"{UNNAMED} {words(7)}", (State.DEFERRED, UNNAMED)),
        # the first deferral is the note
        (f"A. B. {DEFERRED} Kontaktpersonen ettersendes.", (State.DEFERRED, DEFERRED)),
    ],
)
def test_a_body_is_content_too_little_or_deferred(body: str, expected: tuple[State, str]) -> None:
    assert judge_body(SPEC, 4, body) == expected


def test_a_deferral_note_is_cut_to_120_characters() -> None:
    long = f"Risikovurderingen ettersendes {'når den er klar ' * 10}."
    state, note = judge_body(SPEC, 4, long)
    assert state is State.DEFERRED
    assert len(note) == 120 and note.endswith("…") and note.startswith("Risikovurderingen")


def test_a_file_name_is_compared_as_lower_case_words() -> None:
    assert file_name_key("Risiko-vurdering_v2.Endelig  UTKAST.pdf") == (
        "risiko vurdering v2 endelig utkast pdf"
    )


def test_a_hit_is_described_by_what_it_is_and_its_excerpt() -> None:
    evidence = Evidence("d.txt", "avsnitt 1", "Se   vedlegg\n3." + " ord" * 40)
    described = describe(Hit(State.MENTION, evidence, "omtale"))
    assert described == f"omtale: «Se vedlegg 3.{' ord' * 19}…»"
    assert len(described) == len("omtale: «»") + 90


APPROVED = "Kommunedirektøren behandlet DPIA-en i ledermøtet 3. november og godkjente den."
TRAVEL = (
    "Reiseregning: Ansatte som reiser i tjeneste får dekket billigste reisemåte. Kvitteringer "
    "leveres innen en måned, og diett betales etter statens satser for reiser."
)
BUDGET = (
    "Kommunedirektøren behandlet budsjettet i ledermøtet 3. november og godkjente det etter en "
    "lang diskusjon om bemanning, lokaler, kantine, parkering og sommerfest. Møtet ble avsluttet "
    "klokken tolv, og neste møte blir i desember med de samme deltakerne og den samme lange "
    "sakslisten."
)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Ledelsens validering.pdf", APPROVED,
         ("trivial", "vedlegg «Ledelsens validering.pdf»", APPROVED)),
        ("Styrevedtak.pdf", f"{APPROVED} {words(10)}",
         ("substantive", "vedlegg «Styrevedtak.pdf»", f"{APPROVED} {words(10)}")),
        ("ledelsens_validering.docx", " \n",
         ("deferred", "vedlegg «ledelsens_validering.docx» er tomt", "tomt vedlegg")),
        ("Ledelse-godkjenning.pdf", "Ledelsens godkjenning av DPIA ettersendes.",
         ("deferred", "vedlegg «Ledelse-godkjenning.pdf» sier at delen ettersendes eller ikke "
          "er gjennomført", "Ledelsens godkjenning av DPIA ettersendes.")),
        # R-CP-9: named for the part, about nothing any part is about
        ("styrevedtak.pdf", TRAVEL,
         ("deferred", "vedlegg «styrevedtak.pdf» handler om noe annet", "handler om noe annet")),
        # R-CP-71: a title line naming another kind of document
        ("Validering.pdf", f"Årsrapport 2025\n{APPROVED}",
         ("deferred", "vedlegg «Validering.pdf» handler om noe annet", "handler om noe annet")),
        # R-CP-47: forty words or more that never name what the part validates
        ("Validering.pdf", BUDGET,
         ("deferred", "vedlegg «Validering.pdf» handler om noe annet", "handler om noe annet")),
    ],
)  # fmt: skip
def test_a_file_named_for_the_part(name: str, text: str, expected: tuple[str, str, str]) -> None:
    hits = file_hits(SPEC, SPEC.part(5), [source(text, name)])
    assert [(h.state.value, h.what, h.evidence.excerpt) for h in hits] == [expected]
    assert (hits[0].evidence.source, hits[0].evidence.location) == (name, "hele dokumentet")


def test_a_file_not_named_for_the_part_is_no_hit() -> None:
    assert file_hits(SPEC, SPEC.part(5), [source(APPROVED, "Beskrivelse.pdf")]) == []


def test_a_short_file_may_name_its_subject_by_any_word() -> None:
    short = "Kommunedirektøren behandlet saken i ledermøtet 3. november og godkjente den."
    hits = file_hits(SPEC, SPEC.part(5), [source(short, "Validering.pdf")])
    assert [h.state for h in hits] == [State.TRIVIAL]


CONTACTS = "1. Kontaktopplysninger\nKontaktperson: Kari Nordmann, tlf. 22 33 44 55, kari@firma.no"
RISK = (
    "Risikoen for at uvedkommende ser hvor barn befinner seg er vurdert som høy, og tiltakene "
    "er tilgangsstyring, logging og sletting."
)


def test_a_heading_with_nothing_under_it_at_the_end_is_an_empty_section() -> None:
    text = f"{CONTACTS}\n\n4. Ledelsens validering\n"
    assert under_headings(text, 5) == [
        ("deferred", "tom seksjon under overskrift «4. Ledelsens validering»",
         "4. Ledelsens validering", False, False, True, False, False),
    ]  # fmt: skip


def test_a_heading_whose_text_defers_the_part() -> None:
    text = f"3. Risikovurdering\n{DEFERRED}"
    assert under_headings(text, 4) == [
        ("deferred", "ettersendes eller ikke gjennomført etter overskrift «3. Risikovurdering»",
         f"3. Risikovurdering: {DEFERRED}", False, False, False, False, False),
    ]  # fmt: skip


def test_a_heading_over_content() -> None:
    assert under_headings(f"4. Risikovurdering\n{RISK}", 4) == [
        ("substantive", "overskrift «4. Risikovurdering»", f"4. Risikovurdering: {RISK}",
         False, False, False, False, False),
    ]  # fmt: skip


def test_an_empty_heading_followed_by_one_naming_the_same_part_yields_to_it() -> None:
    text = f"4. Risikovurdering\nVurdering av personvernkonsekvenser\n{RISK}"
    assert under_headings(text, 4) == [
        ("substantive", "overskrift «Vurdering av personvernkonsekvenser»",
         f"Vurdering av personvernkonsekvenser: {RISK}", False, False, False, False, False),
    ]  # fmt: skip


def test_a_heading_over_only_a_pointer_to_an_attachment() -> None:
    """R-CP-46: «Se vedlagt risikomatrise.» holds nothing itself."""
    text = "4. Risikovurdering\nSe vedlagt risikomatrise."
    assert under_headings(text, 4) == [
        ("mention", "henvisning under overskrift «4. Risikovurdering»",
         "4. Risikovurdering: Se vedlagt risikomatrise.", True, False, False, False, True),
    ]  # fmt: skip


def test_a_heading_over_only_a_link() -> None:
    """R-CP-70: a link and a few words around it point to a page we were not sent."""
    body = "Vi har lagt alt i prosjektsiden https://wiki.example.no/dpia som dere kan lese."
    assert under_headings(f"4. Risikovurdering\n{body}", 4) == [
        ("mention", "henvisning under overskrift «4. Risikovurdering»",
         f"4. Risikovurdering: {body}", True, False, False, True, True),
    ]  # fmt: skip
    longer = body.replace("lese.", "lese, og den holder alle detaljer om risiko og tiltak.")
    # more than a pointer, and still no risk named: too little (R-CP-164)
    assert [h[0] for h in under_headings(f"4. Risikovurdering\n{longer}", 4)] == ["trivial"]


def test_minutes_under_the_parts_heading_that_never_name_what_they_validate() -> None:
    """R-CP-47."""
    text = f"5. Ledelsens validering\n{BUDGET}"
    hits = under_headings(text, 5)
    assert [(h[0], h[1], h[3]) for h in hits] == [
        ("mention", "overskrift «5. Ledelsens validering» handler om noe annet", True),
    ]


def test_a_question_heading_under_a_parts_heading_belongs_to_it() -> None:
    """R-CP-12: what the question names besides is a mention of that part."""
    text = (
        "Beskrivelse av behandlingen\nHva skal behandles?\nVi behandler navn.\n"
        "Hva gjør behandlingen risikofylt?\nMye."
    )
    assert outline(text) == [
        ("Beskrivelse av behandlingen", [2], [], False, 1),
        ("Hva skal behandles?", [2], [], False, 3),
        ("Hva gjør behandlingen risikofylt?", [2], [4], True, 5),
    ]
    assert under_headings(text, 4) == [
        ("mention", "overskrift under en annen del: «Hva gjør behandlingen risikofylt?»",
         "Hva gjør behandlingen risikofylt?", True, False, False, False, False),
    ]  # fmt: skip


def reading_hits(text: str, number: int, *, document: bool = True) -> list[Shown]:
    found = source(text)
    reading = read(SPEC, found, named_sections(SPEC, found), document)
    part = SPEC.part(number)
    return [shown(h) for h in phrase_hits(SPEC, part, [reading])] + [
        shown(h) for h in signature_hits(SPEC, part, [reading])
    ]


PURPOSE = (
    "Formålet med behandlingen er å gi foresatte beskjed når elevene kommer til skolen, og "
    "opplysningene hentes fra skolens elevregister og lagres i ett år før de slettes automatisk."
)


def test_a_paragraph_about_the_part_by_content() -> None:
    assert reading_hits(PURPOSE, 2) == [
        ("mention", "omtale", PURPOSE, True, False, False, False, False),
        ("substantive", "innhold som svarer til delen (5 kjennetegn)", PURPOSE, False, True,
         False, False, False),
    ]  # fmt: skip


def test_a_sentence_that_defers_the_part() -> None:
    text = "Beskrivelse av behandlingen ettersendes."
    assert reading_hits(text, 2) == [
        ("deferred", "varslet ettersendt", text, False, False, False, False, False),
    ]


def parts_and_mentions(text: str) -> list[tuple[str, list[int], list[int]]]:
    return [(h, parts, mentions) for h, parts, mentions, _, _ in outline(text)]


@pytest.mark.parametrize(
    ("lead", "mentions"),
    [
        # a sentence of more than eight words ending in a colon introduces what follows
        ("We found these risks and also the contact person:", []),
        # a shorter title inside the part keeps what it names as a mention
        ("We found these risks and the contact person:", [1]),
        ("Risks and contact person:", [1]),
    ],
)
def test_a_lead_in_sentence_under_a_part_names_nothing_else(lead: str, mentions: list[int]) -> None:
    """R-CP-10."""
    text = f"4. Risks\n{lead}\nUnauthorised access to location data."
    assert parts_and_mentions(text) == [("4. Risks", [4], []), (lead, [4], mentions)]


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        # three of management's validation's concepts: the agenda item is the part above's
        ("Kommunedirektøren godkjente saken i ledermøtet 3. november, og alle var enige om at "
         "arbeidet kan starte.", [5]),
        # two are not enough: the item stays what it names
        ("Kommunedirektøren godkjente saken, og alle var enige om at arbeidet kan starte nå.", [4]),
    ],
)  # fmt: skip
def test_a_subtitle_right_under_a_part_heading_belongs_to_it_when_about_it(
    body: str, parts: list[int]
) -> None:
    text = f"Ledelsens validering\nSak 7 – DPIA for oppmøteappen\n{body}"
    assert parts_and_mentions(text) == [
        ("Ledelsens validering", [5], []),
        ("Sak 7 – DPIA for oppmøteappen", parts, []),
    ]


POINTER = "Se vedlegget for hele vurderingen av risiko og tiltak i prosjektet vårt"


def test_sentences_naming_an_attachment_and_one_line_beside_only_point_to_it() -> None:
    pointing = under_headings(f"Risikovurdering\n{POINTER}.", 4)
    assert [(h[0], h[1], h[7]) for h in pointing] == [
        ("mention", "henvisning under overskrift «Risikovurdering»", True),
    ]
    # R-CP-121: however long the sentence that names the attachment, and with one short
    # sentence beside it, the section points; two sentences beside it are text of its own
    beside = under_headings(f"Risikovurdering\n{POINTER} nå. Risikoen er høy.", 4)
    assert [(h[0], h[7]) for h in beside] == [("mention", True)]
    longer = under_headings(f"Risikovurdering\n{POINTER}. Risikoen er høy. Tiltak er innført.", 4)
    assert [(h[0], h[1], h[7]) for h in longer] == [
        ("substantive", "overskrift «Risikovurdering»", False),
    ]


QUESTION = "Hva gjør behandlingen risikofylt?"


@pytest.mark.parametrize(
    ("opening", "parts", "mentions"),
    [
        # the part heading opens with a question of at most twelve words: an outline of
        # questions, so the next question is the part's too
        ("Hvem er brukerne?\nElevene og lærerne.\nDe bruker appen hver dag.", [2], [4]),
        ("Hvem er brukerne av appen som vi skal lage for alle elevene?", [2], [4]),
        # text of its own, or a longer question, is no outline: the question keeps its part
        ("Hvem er brukerne av appen som vi skal lage for alle elevene i kommunen?", [4], []),
        ("Vi skal lage en app.", [4], []),
    ],
)
def test_a_question_belongs_to_the_part_above_only_in_an_outline_of_questions(
    opening: str, parts: list[int], mentions: list[int]
) -> None:
    """R-CP-12."""
    text = f"Beskrivelse av behandlingen\n{opening}\n{QUESTION}\nMye."
    assert parts_and_mentions(text) == [
        ("Beskrivelse av behandlingen", [2], []),
        (QUESTION, parts, mentions),
    ]


@pytest.mark.parametrize(
    ("chapter", "parts", "mentions"),
    [
        # R-CP-52: under a heading naming the DPIA as a whole, the description is its own part
        ("1. Del B – DPIA", [2], []),
        ("1. Personvernkonsekvensvurdering", [2], []),
        # R-CP-10: under the risk assessment or any other numbered part, a title within it
        ("1. Risikovurdering", [4], [2]),
        ("1. Kontaktpersoner for DPIA", [1], [2]),
    ],
)
def test_an_unnumbered_heading_inside_a_numbered_part(
    chapter: str, parts: list[int], mentions: list[int]
) -> None:
    text = f"{chapter}\nBeskrivelse av behandlingen\nVi skal lage en app."
    assert parts_and_mentions(text)[1] == ("Beskrivelse av behandlingen", parts, mentions)


def test_a_title_inside_a_part_whose_text_is_about_its_own_part_keeps_it() -> None:
    """Three of the description's concepts (purpose, source, personal data) are enough."""
    body = "Formålet er varsling, og opplysningene hentes fra elevregisteret."
    text = f"1. Risikovurdering\nBeskrivelse av behandlingen\n{body}"
    assert parts_and_mentions(text)[1] == ("Beskrivelse av behandlingen", [2], [])


def test_a_file_that_names_a_part_is_on_topic_however_little_it_touches() -> None:
    hits = file_hits(
        SPEC, SPEC.part(5), [source("Vi viser til risikovurderingen.", "Validering.pdf")]
    )
    assert [(h.state, h.what) for h in hits] == [(State.TRIVIAL, "vedlegg «Validering.pdf»")]


def test_a_file_touching_two_concepts_of_any_part_is_on_topic() -> None:
    """R-CP-9: storage and personal data (two of the description's concepts)."""
    text = "Kantina holder stengt i ferien, og ansatte får lagre matpakker i kjøleskapet."
    hits = file_hits(SPEC, SPEC.part(5), [source(text, "Validering.pdf")])
    assert [h.state for h in hits] == [State.TRIVIAL]


def test_a_title_line_that_names_no_part_is_not_foreign_for_that() -> None:
    """R-CP-71: only a title naming another kind of document makes the file foreign."""
    text = f"Møtereferat\n{APPROVED}"
    hits = file_hits(SPEC, SPEC.part(5), [source(text, "Validering.pdf")])
    assert [h.state for h in hits] == [State.TRIVIAL]


def test_a_paragraph_about_the_part_that_defers_something_is_not_content() -> None:
    deferring = f"{PURPOSE} Tilgangsstyringen er ikke gjennomført."
    assert [h[1] for h in reading_hits(deferring, 2) if h[1].startswith("innhold")] == []


def test_a_deferral_in_a_table_cell_says_nothing_of_the_part() -> None:
    """R-CP-42: «Ikke gjennomført» in a register's status column."""
    row = (
        "Formålet er varsling av foresatte\topplysningene hentes fra elevregisteret\t"
        "lagres i ett år\tikke gjennomført\ttilgang for lærere og foresatte i kommunen"
    )
    assert [h[1] for h in reading_hits(row, 2) if h[1].startswith("innhold")] == [
        "innhold som svarer til delen (5 kjennetegn)"
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a cell separator within 80 characters on both sides: a table cell
        (f"A | {'x' * 76} ikke gjennomført | B", False),
        (f"A | {'x' * 77} ikke gjennomført | B", True),
        (f"A | ikke gjennomført {'y' * 76} | B", False),
        (f"A | ikke gjennomført {'y' * 77} | B", True),
        ("ikke gjennomført | B", True),
        ("A | ikke gjennomført", True),
        ("A | B", False),
    ],
)
def test_a_deferral_is_in_a_row_only_between_near_cell_separators(text: str, said: bool) -> None:
    assert said_deferred(SPEC, text) is said


@pytest.mark.parametrize(
    ("following", "expected"),
    [
        # an empty part heading followed by the heading of a new part: the part is not there
        (f"5. Risikovurdering\n{RISK}",
         ("deferred", "tom seksjon under overskrift «4. Ledelsens validering»", True)),
        # ... followed by a heading we do not recognise, it may hold the part's text
        ("5. Oppsummering\nTekst her om noe.",
         ("trivial", "overskrift «4. Ledelsens validering»", False)),
    ],
)  # fmt: skip
def test_an_empty_part_heading_stands_alone_only_before_another_part(
    following: str, expected: tuple[str, str, bool]
) -> None:
    hits = under_headings(f"4. Ledelsens validering\n{following}", 5)
    assert [(h[0], h[1], h[5]) for h in hits] == [expected]


def test_a_cell_separator_opening_the_text_counts() -> None:
    assert said_deferred(SPEC, " | ikke gjennomført | B") is False


def test_a_description_cuts_a_long_excerpt_to_90_characters() -> None:
    hit = Hit(State.MENTION, Evidence("d.txt", "avsnitt 1", "x" * 100), "omtale")
    assert describe(hit) == f"omtale: «{'x' * 89}…»"


def phrases(text: str, *, document: bool = True) -> list[tuple[str, str, bool, bool]]:
    """(state, what, soft, inferred) of each sentence naming the description (part 2)."""
    found = source(text)
    reading = read(SPEC, found, named_sections(SPEC, found), document)
    hits = phrase_hits(SPEC, SPEC.part(2), [reading])
    return [(h.state.value, h.what, h.soft, h.inferred) for h in hits]


ABOUT = (
    "Formålet med behandlingen er å gi foresatte beskjed når elevene kommer til skolen, og "
    "opplysningene hentes fra skolens elevregister og lagres i ett år før de slettes "
    "automatisk av systemet vårt."
)
LATE = (
    "Vi har skrevet mye om dette i flere runder og sier at formålet med behandlingen er å gi "
    "foresatte beskjed når elevene kommer til skolen hver eneste dag i året."
)
SUBSTANTIVE = [("substantive", "avsnitt om delen", False, True)]
SOFT_MENTION = [("mention", "omtale", True, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph of thirty words or more that opens with the part's phrase is about it
        (ABOUT, SUBSTANTIVE),
        (ABOUT.replace(" av systemet vårt", ""), SOFT_MENTION),
        # ... with the phrase within its first twelve words
        (LATE, SUBSTANTIVE),
        (LATE.replace("og sier", "og nå sier"), SOFT_MENTION),
        # ... unless it stands under another part's heading or points to an attachment
        (f"4. Risikovurdering\n{ABOUT}", SOFT_MENTION),
        (ABOUT.replace("beskjed når", "beskjed, slik vedlegg 2 viser, når"), SOFT_MENTION),
    ],
)
def test_a_paragraph_that_opens_with_the_parts_phrase(
    text: str, expected: list[tuple[str, str, bool, bool]]
) -> None:
    assert phrases(text) == expected


def test_a_mention_in_a_long_document_may_stand_for_content() -> None:
    text = f"{words(100)}\n\nVi viser til beskrivelse av behandlingen."
    assert phrases(text) == [("mention", "omtale", False, False)]
    assert phrases(text, document=False) == SOFT_MENTION  # the mail text


@pytest.mark.parametrize(
    ("heading", "parts", "mentions"),
    [
        # R-CP-15: an unnumbered heading over text clearly about another part is that part's;
        # what it names stays a mention
        ("Risikovurdering", [2], [4]),
        # ... not a numbered heading, nor one naming the contact details
        ("4. Risikovurdering", [4], []),
        ("Kontaktpersoner", [1], []),
    ],
)
def test_a_heading_over_text_about_another_part(
    heading: str, parts: list[int], mentions: list[int]
) -> None:
    assert parts_and_mentions(f"{heading}\n{ABOUT}") == [(heading, parts, mentions)]


def test_a_heading_right_under_a_part_heading_that_names_more_is_that_part() -> None:
    """R-CP-10: «Risiko og kontaktperson» under «Risikovurdering» is the risk assessment."""
    text = "Risikovurdering\nRisiko og kontaktperson\nInnbrudd i systemet gir høy risiko."
    assert parts_and_mentions(text) == [
        ("Risikovurdering", [4], []),
        ("Risiko og kontaktperson", [4], [1]),
    ]


def test_a_heading_hit_shows_its_heading_and_150_characters_of_its_text() -> None:
    (hit,) = heading_hits(SPEC, SPEC.part(4), sections(f"4. Risikovurdering\n{RISK} {RISK}"))
    shown = f"{RISK} {RISK}"[:149].rstrip()
    assert hit.evidence == Evidence("d.txt", "avsnitt 1", f"4. Risikovurdering: {shown}…")


def test_a_part_heading_ending_in_a_colon_is_a_label_not_an_empty_section() -> None:
    hits = under_headings(f"4. Ledelsens validering:\n5. Risikovurdering\n{RISK}", 5)
    assert [(h[0], h[1], h[5]) for h in hits] == [
        ("trivial", "overskrift «4. Ledelsens validering:»", False),
    ]


def test_twelve_words_around_a_link_still_only_point_to_it() -> None:
    body = "Vi har lagt alt i prosjektsiden https://wiki.example.no/dpia som dere gjerne kan se på."
    hits = under_headings(f"4. Risikovurdering\n{body}", 4)
    assert [(h[0], h[6], h[7]) for h in hits] == [("mention", True, True)]
    longer = under_headings(f"4. Risikovurdering\n{body.replace('på.', 'på nå.')}", 4)
    assert [(h[0], h[6], h[7]) for h in longer] == [("trivial", False, False)]  # R-CP-164


def test_every_file_is_looked_at_not_only_those_before_one_named_otherwise() -> None:
    documents = [
        source("Noe.", "Beskrivelse.pdf"),
        source("Kommunedirektøren godkjente.", "Ledelsens validering.pdf"),
    ]
    hits = file_hits(SPEC, SPEC.part(5), documents)
    assert [h.evidence.source for h in hits] == ["Ledelsens validering.pdf"]


def content(text: str) -> list[tuple[str, str]]:
    """(what, location) of each paragraph about the description by content."""
    found = source(text)
    reading = read(SPEC, found, named_sections(SPEC, found), True)
    hits = signature_hits(SPEC, SPEC.part(2), [reading])
    return [(h.what, h.evidence.location) for h in hits]


def test_every_paragraph_is_weighed_for_content_past_short_ones() -> None:
    text = f"Kort innledning her. Og en setning til.\n\n{PURPOSE}"
    assert content(text) == [("innhold som svarer til delen (5 kjennetegn)", "avsnitt 2")]


def test_a_paragraph_under_another_parts_heading_is_not_weighed_for_content() -> None:
    text = f"4. Risikovurdering\n{RISK} {PURPOSE}\n2. Beskrivelse av behandlingen\n{PURPOSE}"
    assert content(text) == [("innhold som svarer til delen (5 kjennetegn)", "avsnitt 4")]


def test_a_part_heading_after_another_parts_heading_is_found() -> None:
    text = f"1. Kontaktopplysninger\nKari Nordmann, kari@firma.no\n4. Risikovurdering\n{RISK}"
    hits = heading_hits(SPEC, SPEC.part(4), sections(text))
    assert [(h.what, h.evidence.location) for h in hits] == [
        ("overskrift «4. Risikovurdering»", "avsnitt 3")
    ]


def test_a_pointer_under_one_part_heading_leaves_the_next_one_to_be_read() -> None:
    text = f"4. Risikovurdering\nSe vedlagt risikomatrise.\n5. Restrisiko\n{RISK}"
    hits = heading_hits(SPEC, SPEC.part(4), sections(text))
    assert [(h.state, h.what) for h in hits] == [
        (State.MENTION, "henvisning under overskrift «4. Risikovurdering»"),
        (State.SUBSTANTIVE, "overskrift «5. Restrisiko»"),
    ]


def test_a_long_heading_is_named_in_80_characters() -> None:
    heading = (
        "4. Risikovurdering av alle behandlingene som kommunen gjør med opplysninger om elevene"
    )
    (hit,) = heading_hits(SPEC, SPEC.part(4), sections(f"{heading}\n{RISK}"))
    assert hit.what == f"overskrift «{heading[:79].rstrip()}…»"


def test_a_mention_under_another_parts_heading_is_located_at_that_heading() -> None:
    text = (
        "Beskrivelse av behandlingen\nHva skal behandles?\nVi behandler navn.\n"
        "Hva gjør behandlingen risikofylt?\nMye."
    )
    (hit,) = heading_hits(SPEC, SPEC.part(4), sections(text))
    assert hit.evidence == Evidence("d.txt", "avsnitt 4", "Hva gjør behandlingen risikofylt?")


def test_a_file_with_content_beside_a_deferral_shows_its_text() -> None:
    text = f"Protokollen ettersendes. {APPROVED}"
    (hit,) = file_hits(SPEC, SPEC.part(5), [source(text, "Ledelsens validering.pdf")])
    assert (hit.state, hit.evidence.excerpt) == (State.TRIVIAL, text)


def test_where_a_paragraph_about_the_part_stands() -> None:
    """A heading below governs nothing above it: the paragraph is about the part."""
    found = source(f"{ABOUT}\n\n4. Risikovurdering\n{RISK}")
    reading = read(SPEC, found, named_sections(SPEC, found), True)
    hits = phrase_hits(SPEC, SPEC.part(2), [reading])
    assert [(h.state, h.what, h.evidence.location) for h in hits] == [
        (State.SUBSTANTIVE, "avsnitt om delen", "avsnitt 1")
    ]


def test_a_paragraph_under_the_parts_own_heading_is_judged_with_its_section() -> None:
    """R-CP-179: under the part's own heading the section's judgement is the judgement; the
    paragraph is a mention beside it."""
    found = source(f"2. Beskrivelse av behandlingen\n{ABOUT}")
    reading = read(SPEC, found, named_sections(SPEC, found), True)
    hits = phrase_hits(SPEC, SPEC.part(2), [reading])
    assert [(h.state, h.evidence.location) for h in hits] == [(State.MENTION, "avsnitt 2")]


TRAVEL_POLICY = (
    "Reiseregning: Ansatte som reiser i tjeneste får dekket billigste reisemåte. Kvitteringer "
    "leveres innen en måned, og diett betales etter statens satser for reiser."
)
NAMES_ATTACHED = (
    "Vi ber om forhåndsdrøfting for varsling av foresatte i kommunen vår. Vedlagt er DPIA-en og "
    "protokollen fra ledermøtet der kommunedirektøren godkjente den 3. november."
)
VALIDATED = (
    "Kommunedirektøren behandlet DPIA-en i ledermøtet 3. november og godkjente den etter en "
    "gjennomgang av risikoene, tiltakene og restrisikoen sammen med personvernombudet."
)


def test_a_paragraph_that_only_names_what_is_attached_is_a_mention_of_the_attachment() -> None:
    """R-CP-80: «Vedlagt er … protokollen fra ledermøtet der kommunedirektøren godkjente den»
    names what is attached; a paragraph that says what was decided is the part's content. A
    paragraph about something else, or naming an attachment, leaves the next one to be read."""
    found = source(f"{TRAVEL_POLICY}\n\n{NAMES_ATTACHED}\n\n{VALIDATED}")
    reading = read(SPEC, found, named_sections(SPEC, found), True)
    hits = signature_hits(SPEC, SPEC.part(5), [reading])
    assert [(shown(h), h.evidence.location) for h in hits] == [
        (("mention", "omtale av vedlegg", NAMES_ATTACHED, True, False, False, False, False),
         "avsnitt 2"),
        (("substantive", "innhold som svarer til delen (4 kjennetegn)", VALIDATED, False, True,
          False, False, False), "avsnitt 3"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading naming the risk assessment and the validation, followed by the validation's
        # heading: the text below may answer both, so it is no empty section of part 4
        (f"Risikovurdering og ledelsens validering\n5. Ledelsens validering\n{APPROVED}",
         ("trivial", "overskrift «Risikovurdering og ledelsens validering»", False)),
        # followed by a table whose header names a part dealt with above: the table may be the
        # risk assessment's
        ("1. Kontaktopplysninger\nKari Nordmann, kari@firma.no\n4. Risikovurdering\n"
         "Kontaktperson | Telefon | E-post\nKari | 22 33 44 55 | kari@firma.no",
         ("trivial", "overskrift «4. Risikovurdering»", False)),
    ],
)  # fmt: skip
def test_an_empty_part_heading_before_a_heading_that_may_hold_its_text_is_not_empty(
    text: str, expected: tuple[str, str, bool]
) -> None:
    assert [(h[0], h[1], h[5]) for h in under_headings(text, 4)] == [expected]


LISTING = (
    "Risikovurderingen, nødvendighetsvurderingen og systembeskrivelsen ligger i samme dokument, "
    "som vi har laget sammen med leverandøren og personvernombudet i kommunen vår gjennom hele "
    "året, og som vi har oppdatert etter hvert eneste møte."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that lists three parts besides the contact details is about none of them
        (LISTING, SOFT_MENTION),
        # two are still a paragraph about the description
        (LISTING.replace("Risikovurderingen, nødvendighetsvurderingen og", "Risikovurderingen og"),
         SUBSTANTIVE),
        # the contact details are no part of a listing
        (LISTING.replace("Risikovurderingen, nødvendighetsvurderingen", "Kontaktpersonen, "
                         "risikovurderingen"), SUBSTANTIVE),
    ],
)  # fmt: skip
def test_a_paragraph_that_opens_by_listing_parts_is_about_none_of_them(
    text: str, expected: list[tuple[str, str, bool, bool]]
) -> None:
    assert phrases(text) == expected


def test_a_long_sentence_is_shown_around_where_it_names_the_part() -> None:
    long = (
        "Vi har arbeidet lenge med saken i kommunen, og etter mange møter med leverandøren, "
        "skolene, foreldreutvalget og personvernombudet sender vi nå endelig beskrivelse av "
        "behandlingen til dere senere i høst."
    )
    found = source(long)
    reading = read(SPEC, found, named_sections(SPEC, found), True)
    (hit,) = phrase_hits(SPEC, SPEC.part(2), [reading])
    assert "beskrivelse av behandlingen" in hit.evidence.excerpt
    assert not hit.evidence.excerpt.startswith("Vi har")


@pytest.mark.parametrize(
    "text",
    [
        # where the text begins
        "Beskrivelse av behandlingen står i kapittel to.",
        # at the end of a sentence after twenty others: the sentences are searched at once, and
        # each string found is given back to the sentence it stands in
        f"{' '.join(['Hei.'] * 20)} Her er beskrivelse av behandlingen. Takk.",
    ],
)
def test_a_sentence_naming_the_part_is_found_wherever_it_stands(text: str) -> None:
    assert phrases(text) == SOFT_MENTION


def test_a_mention_in_a_document_whose_headings_name_only_other_parts_yields() -> None:
    """R-CP-9: the minutes name the DPIA they approve; in a long document with no such heading,
    a mention may stand for the part."""
    mention = f"Vi viser til beskrivelse av behandlingen.\n\n{words(100)}"
    assert phrases(f"{mention}\n\n5. Ledelsens validering\nGodkjent.") == SOFT_MENTION
    assert phrases(f"{mention}\n\n5. Oppsummering\nGodkjent.") == [
        ("mention", "omtale", False, False)
    ]


def test_minutes_about_something_else_leave_the_next_part_heading_to_be_read() -> None:
    """R-CP-47: the first section is a mention; the one after it is still the part's."""
    text = f"5. Ledelsens validering\n{BUDGET}\n6. Ledelsens godkjenning\n{APPROVED} {APPROVED}"
    assert [(h[0], h[1]) for h in under_headings(text, 5)] == [
        ("mention", "overskrift «5. Ledelsens validering» handler om noe annet"),
        ("substantive", "overskrift «6. Ledelsens godkjenning»"),
    ]


def test_a_part_heading_that_itself_says_the_part_comes_later_is_a_deferral_not_empty() -> None:
    text = f"4. Risikovurdering – ettersendes\n5. Ledelsens validering\n{APPROVED}"
    assert [(h[0], h[1], h[5]) for h in under_headings(text, 4)] == [
        ("deferred",
         "ettersendes eller ikke gjennomført etter overskrift «4. Risikovurdering – ettersendes»",
         False),
    ]  # fmt: skip


def test_a_long_heading_naming_the_part_in_passing_is_named_in_80_characters() -> None:
    question = (
        "Hva gjør behandlingen risikofylt for elevene, foresatte, lærerne og alle andre som "
        "bruker appen hver dag?"
    )
    text = f"Beskrivelse av behandlingen\nHva skal behandles?\nVi behandler navn.\n{question}\nMye."
    (hit,) = heading_hits(SPEC, SPEC.part(4), sections(text))
    assert hit.what == f"overskrift under en annen del: «{question[:79].rstrip()}…»"


def test_a_long_file_that_names_what_the_part_validates_is_about_it() -> None:
    """R-CP-47: forty words or more that name the DPIA are the part's."""
    hits = file_hits(SPEC, SPEC.part(5), [source(f"{APPROVED} {words(40)}", "Styrevedtak.pdf")])
    assert [(h.state, h.what) for h in hits] == [(State.SUBSTANTIVE, "vedlegg «Styrevedtak.pdf»")]


def test_a_title_within_a_numbered_part_stays_there_when_a_numbered_heading_follows() -> None:
    """R-CP-10: the numbered heading that closes the part does not take the title out of it."""
    text = (
        "4. Risikovurdering\nBeskrivelse av behandlingen\nVi skal lage en app.\n"
        "5. Ledelsens validering\nGodkjent."
    )
    assert parts_and_mentions(text) == [
        ("4. Risikovurdering", [4], []),
        ("Beskrivelse av behandlingen", [4], [2]),
        ("5. Ledelsens validering", [5], []),
    ]


def test_a_heading_after_a_numbered_heading_that_names_no_part_is_its_own() -> None:
    """R-CP-10: «5. Oppsummering» closes the risk assessment; what follows is not inside it."""
    text = (
        "4. Risikovurdering\nHøy risiko.\n5. Oppsummering\nAlt er bra.\n"
        "Beskrivelse av behandlingen\nVi skal lage en app."
    )
    assert parts_and_mentions(text) == [
        ("4. Risikovurdering", [4], []),
        ("Beskrivelse av behandlingen", [2], []),
    ]


def test_a_heading_naming_both_of_the_dpias_other_chapters_is_their_own() -> None:
    """R-CP-52: under «Del B – DPIA» the description and the necessity assessment together."""
    text = "1. Del B – DPIA\nSystembeskrivelse og nødvendighetsvurdering\nVi skal lage en app."
    assert parts_and_mentions(text)[1] == (
        "Systembeskrivelse og nødvendighetsvurdering",
        [2, 3],
        [],
    )


RISKY = (
    "Risikoen for misbruk er vurdert til høy sannsynlighet og alvorlig konsekvens, og tiltakene "
    "er tilgangsstyring og logging."
)


@pytest.mark.parametrize(
    ("question", "body", "parts", "mentions"),
    [
        # R-CP-12: in an outline of questions, a question about another part is a mention
        (QUESTION, "Mye.", [2], [4]),
        # ... unless the text under it is about the part it names
        (QUESTION, RISKY, [4], []),
        # ... and a numbered question is no sub-heading
        (f"4. {QUESTION}", "Mye.", [4], []),
    ],
)
def test_a_question_in_an_outline_of_questions_keeps_its_own_part_when_about_it(
    question: str, body: str, parts: list[int], mentions: list[int]
) -> None:
    text = f"Beskrivelse av behandlingen\nHvem er brukerne?\nElevene.\n{question}\n{body}"
    assert parts_and_mentions(text)[1] == (question, parts, mentions)


def test_a_heading_naming_a_part_dealt_with_further_up_is_a_title_in_the_part_above() -> None:
    """«Kontaktperson» right under «4. Risikovurdering», when the contact details came two
    headings up: a title within the risk assessment."""
    text = (
        "2. Beskrivelse av behandlingen\nVi skal lage en app.\n1. Kontaktopplysninger\n"
        "Kari Nordmann, kari@firma.no\n4. Risikovurdering\nKontaktperson\n"
        "Kari svarer på spørsmål om risiko."
    )
    assert parts_and_mentions(text)[3] == ("Kontaktperson", [4], [])


SEEN = "Vi har sett på alle farene ved appen sammen med leverandøren nå."


@pytest.mark.parametrize(
    ("between", "parts", "mentions"),
    [
        # R-CP-10: twelve words between the part heading and one that names it and more
        (SEEN, [4], [1]),
        # ... thirteen make the part heading's own text: the heading names both parts
        (SEEN.replace("nå.", "i høst."), [1, 4], []),
    ],
)
def test_a_heading_widening_the_part_above_is_its_wording_only_right_under_it(
    between: str, parts: list[int], mentions: list[int]
) -> None:
    text = (
        f"Risikovurdering\n{between}\nRisiko og kontaktperson\nInnbrudd i systemet gir høy risiko."
    )
    assert parts_and_mentions(text)[1] == ("Risiko og kontaktperson", parts, mentions)


def test_a_heading_widening_the_part_above_keeps_the_more_when_its_text_is_about_it() -> None:
    """R-CP-10: the description's concepts under «Risikovurdering og systembeskrivelse»."""
    text = f"Risikovurdering\nRisikovurdering og systembeskrivelse\n{PURPOSE}"
    assert parts_and_mentions(text)[1] == ("Risikovurdering og systembeskrivelse", [2, 4], [])


@pytest.mark.parametrize("above", ["", "Beskrivelse av behandlingen\nVi skal lage en app.\n"])
@pytest.mark.parametrize(
    ("between", "parts"),
    [
        # a heading naming only a part dealt with above, right under a part heading (at most
        # twelve words between them), is a title within that part
        ("", [4]),
        (f"{SEEN}\n", [4]),
        # ... thirteen words are the part's own text: the heading is the part it names
        (f"{SEEN.replace('nå.', 'i høst.')}\n", [1]),
    ],
)
def test_a_heading_naming_a_part_dealt_with_above_is_a_title_only_right_under_a_part(
    above: str, between: str, parts: list[int]
) -> None:
    text = (
        f"{above}Kontaktopplysninger\nKari Nordmann, kari@firma.no\nRisikovurdering\n{between}"
        "Kontaktperson\nKari svarer på spørsmål om risiko."
    )
    assert parts_and_mentions(text)[-1] == ("Kontaktperson", parts, [])


def test_a_tables_header_row_names_its_own_part_and_the_headings_after_it_are_read() -> None:
    """R-CP-42: a three-column header naming the contact person is the contact table, even
    right under another part's heading; and the outline goes on after it."""
    text = (
        "Kontaktopplysninger\nKari Nordmann, kari@firma.no\nRisikovurdering\n"
        "Kontaktperson | Telefon | E-post\nKari | 22 33 44 55 | kari@firma.no\n"
        "5. Ledelsens validering\nGodkjent."
    )
    assert parts_and_mentions(text)[2:] == [
        ("Kontaktperson | Telefon | E-post", [1], []),
        ("5. Ledelsens validering", [5], []),
    ]


@pytest.mark.parametrize(
    ("title", "chapter", "parts"),
    [
        ("DPIA – Ubemannede butikker", "Beskrivelse av behandlingen", [2]),
        ("Personvernkonsekvensvurdering – oppmøteappen", "Beskrivelse av behandlingen", [2]),
        ("DPIA – Ubemannede butikker", "Systembeskrivelse og nødvendighetsvurdering", [2, 3]),
    ],
)
def test_a_chapter_under_a_dpia_reports_title_is_its_own_part_whatever_its_text(
    title: str, chapter: str, parts: list[int]
) -> None:
    """R-CP-25: not given to the risk assessment by what its text is about (R-CP-15)."""
    assert parts_and_mentions(f"{title}\n{chapter}\n{RISKY}")[1] == (chapter, parts, [])


LONG_HEADING = "Risikovurdering av alle behandlingene som kommunen gjør med elevene"
NECESSITY_QUESTION = (
    "Hvorfor er behandlingen nødvendig, og står den i rimelig forhold til formålet?"
)


@pytest.mark.parametrize(
    ("number", "body", "heading", "expected"),
    [
        # R-CP-77: beside a deferral the heading's own words are no content
        (3, "Ettersendes.", NECESSITY_QUESTION, (State.DEFERRED, "Ettersendes.")),
        (4, f"A. B. C. {DEFERRED} {words(37)}", LONG_HEADING, (State.SUBSTANTIVE, DEFERRED)),
        (4, f"A. B. C. {DEFERRED} {words(36)}", LONG_HEADING, (State.TRIVIAL, DEFERRED)),
        # ... without one they count: three words of heading and twelve of text are content
        (4, words(12), "Vurdering av risiko", (State.SUBSTANTIVE, "")),
        (4, words(11), "Vurdering av risiko", (State.TRIVIAL, "")),
        # every deferral's words are set aside, not only the last one's
        (4, f"A. B. C. {DEFERRED} Tiltakene ettersendes. {words(36)}", "",
         (State.TRIVIAL, DEFERRED)),
        (4, f"A. B. C. {DEFERRED} Tiltakene ettersendes. {words(37)}", "",
         (State.SUBSTANTIVE, DEFERRED)),
    ],
)  # fmt: skip
def test_what_a_heading_and_several_deferrals_leave_of_a_body(
    number: int, body: str, heading: str, expected: tuple[State, str]
) -> None:
    assert judge_body(SPEC, number, body, heading) == expected


def test_a_deferral_note_after_the_opening_is_cut_to_120_characters_too() -> None:
    long = f"Risikovurderingen ettersendes {'når den er klar ' * 10}."
    _, note = judge_body(SPEC, 4, f"A. B. C. {long}")
    assert len(note) == 120 and note.endswith("…") and note.startswith("Risikovurderingen")


NECESSARY = (
    "Behandlingen er nødvendig og forholdsmessig, behandlingsgrunnlaget er samtykke, og de "
    "registrerte får informasjon om innsyn."
)


@pytest.mark.parametrize(
    ("text", "parts", "mentions"),
    [
        # R-CP-15: one concept of the part the heading names is next to nothing
        (f"{ABOUT} Risikoen er lav.", [2], [4]),
        # ... two are not: the heading keeps its part
        (f"{ABOUT} Risikoen er lav og sannsynligheten liten.", [4], []),
        # ... and text clearly about two other parts gives it to neither
        (f"{ABOUT} {NECESSARY}", [4], []),
    ],
)
def test_a_heading_goes_to_another_part_only_when_its_text_is_clearly_about_that_one(
    text: str, parts: list[int], mentions: list[int]
) -> None:
    assert parts_and_mentions(f"Risikovurdering\n{text}") == [("Risikovurdering", parts, mentions)]


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("Prosjektprotokoll_v3.pdf", False),
        ("Studieprotokoll.pdf", False),
        ("Protokoll styremøte 12.11.2026.pdf", True),
        ("Styreprotokoll.pdf", True),
        ("Prosjektprotokoll styringsgruppemøte 3 – 07.11.2026.pdf", True),
        ("Følgebrev oppmøte.docx", False),
    ],
)
def test_a_research_protocol_is_no_meetings_minutes(name: str, named: bool) -> None:
    """R-CP-168: «protokoll» names the minutes of a meeting, not a research project's protocol."""
    hits = file_hits(SPEC, SPEC.part(5), [source("Prosjektet undersøker arbeidstid.", name)])
    assert bool(hits) is named
