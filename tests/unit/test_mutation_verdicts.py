"""completeness/verdicts.py: evidence for a part becomes present, missing or uncertain.

Hits are built directly, so each rule of `judge_content` is checked on its own: real content
wins; an explicit deferral or nothing at all is missing; anything else goes to a caseworker.
"""

from __future__ import annotations

from completeness.cues import Hit, State
from completeness.types import Evidence, PartResult, Verdict
from completeness.verdicts import MAX_EVIDENCE, judge_content


def hit(state: State, text: str, what: str = "avsnitt", **flags: bool) -> Hit:
    return Hit(state, Evidence("dpia.pdf", "side 1", text), what, **flags)


CONTENT = hit(State.SUBSTANTIVE, "Risikoene   er vurdert slik", "overskrift")
# said in the mail text: the documents' traces of the part are other sources (R-CP-85)
LATER = Hit(
    State.DEFERRED, Evidence("e-postteksten", "avsnitt 2", "DPIA ettersendes"), "varslet ettersendt"
)
EMPTY = hit(State.DEFERRED, "Risiko", "tom overskrift", silent=True)
THIN = hit(State.TRIVIAL, "Risiko: se over")
NAMED = hit(State.MENTION, "risikovurdering", "omtale")
SOFT = hit(State.MENTION, "vi har en DPIA", "omtale i e-posten", soft=True)


def test_nothing_found_is_missing() -> None:
    assert judge_content(3, []) == PartResult(3, Verdict.MISSING, (), "ingen treff")


def test_real_content_is_present_whatever_else_is_said() -> None:
    assert judge_content(2, [NAMED, CONTENT]) == PartResult(
        2, Verdict.PRESENT, (CONTENT.evidence, NAMED.evidence),
        "funnet: overskrift: «Risikoene er vurdert slik»",
    )  # fmt: skip
    with_deferral = judge_content(2, [CONTENT, LATER])
    assert with_deferral.verdict is Verdict.PRESENT
    assert with_deferral.note == (
        "funnet: overskrift: «Risikoene er vurdert slik»; "
        "merk også varslet ettersendt: «DPIA ettersendes»"
    )
    assert with_deferral.counter == (LATER.evidence,)
    assert with_deferral.evidence == (CONTENT.evidence,)


def test_an_explicit_deferral_is_missing_and_outweighs_a_mention_in_the_mail() -> None:
    assert judge_content(4, [LATER]) == PartResult(
        4, Verdict.MISSING, (LATER.evidence,), "varslet ettersendt: «DPIA ettersendes»"
    )
    assert judge_content(4, [SOFT, LATER]) == PartResult(
        4, Verdict.MISSING, (LATER.evidence,), "varslet ettersendt: «DPIA ettersendes»",
        (SOFT.evidence,),
    )  # fmt: skip


def test_a_mention_outside_the_mail_text_against_a_deferral_is_uncertain() -> None:
    result = judge_content(4, [NAMED, LATER])
    assert result == PartResult(
        4, Verdict.UNCERTAIN, (NAMED.evidence,),
        "usikkert, bare nevnt i omtale: «risikovurdering»; "
        "men også varslet ettersendt: «DPIA ettersendes»",
        (LATER.evidence,),
    )  # fmt: skip


def test_an_empty_heading_is_absence_so_any_trace_of_the_part_makes_it_uncertain() -> None:
    assert judge_content(5, [EMPTY]).verdict is Verdict.MISSING
    result = judge_content(5, [SOFT, EMPTY])
    assert result.verdict is Verdict.UNCERTAIN
    assert result.note == (
        "usikkert, bare nevnt i omtale i e-posten: «vi har en DPIA»; "
        "men også tom overskrift: «Risiko»"
    )


def test_content_found_by_its_subject_yields_to_an_explicit_deferral() -> None:
    inferred = hit(State.SUBSTANTIVE, "sannsynlighet og konsekvens", inferred=True)
    assert judge_content(2, [inferred]).verdict is Verdict.PRESENT
    assert judge_content(2, [inferred, EMPTY]).verdict is Verdict.PRESENT  # silent: no words
    result = judge_content(2, [inferred, LATER])
    assert result.verdict is Verdict.UNCERTAIN
    assert result.note.startswith("usikkert, bare nevnt i avsnitt: «sannsynlighet og konsekvens»")


def test_the_same_documents_traces_yield_to_what_it_says_of_the_part() -> None:
    """R-CP-85: a document that says the part is not done holds no more than a mention of it."""
    said = hit(State.DEFERRED, "Risikovurdering: ikke gjennomført ennå", "overskrift", own=True)
    for trace in (NAMED, THIN, hit(State.SUBSTANTIVE, "risiko og tiltak", inferred=True)):
        result = judge_content(4, [trace, said])
        assert result.verdict is Verdict.MISSING, trace
    elsewhere = Hit(State.TRIVIAL, Evidence("risiko.xlsx", "ark 1", "Risiko | Tiltak"), "tabell")
    assert judge_content(4, [elsewhere, said]).verdict is Verdict.UNCERTAIN
    # said in a paragraph, not under the part's own heading: a trace of the part keeps its doubt
    in_passing = hit(State.DEFERRED, "Fullstendig beskrivelse ettersendes.", "varslet ettersendt")
    assert judge_content(4, [THIN, in_passing]).verdict is Verdict.UNCERTAIN


def test_too_little_content_or_a_mere_mention_is_uncertain() -> None:
    assert judge_content(3, [THIN]) == PartResult(
        3, Verdict.UNCERTAIN, (THIN.evidence,), "usikkert, for lite innhold under avsnitt: "
        "«Risiko: se over»", ()
    )  # fmt: skip
    assert (
        judge_content(3, [SOFT]).note
        == "usikkert, bare nevnt i omtale i e-posten: «vi har en DPIA»"
    )
    assert judge_content(3, [NAMED, THIN]).note.startswith("usikkert, for lite innhold under")
    assert (
        judge_content(3, [SOFT, NAMED]).note == "usikkert, bare nevnt i omtale: «risikovurdering»"
    )


def test_evidence_is_ranked_by_strength_and_capped() -> None:
    assert MAX_EVIDENCE == 8
    hits = [NAMED, THIN, LATER, CONTENT] + [hit(State.MENTION, f"m{i}") for i in range(8)]
    result = judge_content(2, hits)
    assert result.evidence[:3] == (CONTENT.evidence, THIN.evidence, NAMED.evidence)
    assert len(result.evidence) == MAX_EVIDENCE
    deferrals = [hit(State.DEFERRED, f"d{i}") for i in range(10)]
    assert len(judge_content(2, deferrals).evidence) == MAX_EVIDENCE
