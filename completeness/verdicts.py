"""Pure: turn the evidence for parts 2–5 into a verdict (present, missing, uncertain) and a note."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from completeness.cues import EMPTY_FILE, Hit, State, describe
from completeness.text import word_count
from completeness.types import Evidence, PartResult, Verdict

MAX_EVIDENCE = 8


def _evidence(hits: Sequence[Hit]) -> tuple[Evidence, ...]:
    order = [State.SUBSTANTIVE, State.DEFERRED, State.TRIVIAL, State.MENTION]
    ranked = sorted(hits, key=lambda hit: order.index(hit.state))
    return tuple(hit.evidence for hit in ranked[:MAX_EVIDENCE])


def _first(hits: Sequence[Hit], *states: State, soft: bool | None = None) -> Hit | None:
    found = (h for h in hits if h.state in states and (soft is None or h.soft == soft))
    return next(found, None)


def judge_content(number: int, hits: Sequence[Hit]) -> PartResult:
    """Present on real content; missing on nothing or an explicit deferral; else uncertain.

    A mere mention in the mail text does not outweigh an explicit deferral («DPIA ettersendes»);
    a heading without content or a mention in a long attachment does. The evidence is what the
    verdict rests on; the counter-evidence is what speaks the other way.
    """
    hits = _report_emptied(hits)
    deferred = _first(hits, State.DEFERRED)
    said = next((h for h in hits if h.state is State.DEFERRED and not h.silent), None)
    if said is not None:  # what the text is about does not outweigh what it says
        hits = [replace(h, state=State.MENTION) if h.inferred else h for h in hits]
        # R-CP-85: what the part's own heading has under it outweighs the same document's
        # naming of the part, or a title with little under it («Data Protection Impact
        # Assessment: …» over «Risk assessment: The risk analysis is still in progress»)
        source = said.evidence.source if said.own else None
        # R-CP-175: nor does a DPIA's title or file name outweigh it («Risikovurderingen er ennå
        # ikke ferdigstilt» in the covering letter of a DPIA with no risk section); a heading of
        # the DPIA's own that holds the part still holds it
        hits = [
            replace(h, state=State.MENTION, soft=True)
            if (h.state in (State.MENTION, State.TRIVIAL) and h.evidence.source == source)
            or (h.report and (said.subject or said.own))
            else h
            for h in hits
        ]
    against = _evidence([h for h in hits if h.state is State.DEFERRED])
    found = _evidence([h for h in hits if h.state is not State.DEFERRED])
    strong = _first(hits, State.SUBSTANTIVE)
    if strong is not None:
        note = f"funnet: {describe(strong)}"
        note += f"; merk også {describe(deferred)}" if deferred else ""
        return PartResult(number, Verdict.PRESENT, found, note, against)
    weak = _first(hits, State.TRIVIAL) or _first(hits, State.MENTION, soft=False)
    if said is None and deferred is not None and weak is None:
        # an empty heading is absence, not a statement: any other trace of the part makes
        # the verdict uncertain, so no letter asks for what may well be there (P2)
        weak = _first(hits, State.MENTION)
    if deferred is not None and weak is None:
        # what the request says of the part explains its absence better than an empty heading
        return PartResult(number, Verdict.MISSING, against, describe(said or deferred), found)
    weak = weak or _first(hits, State.MENTION)
    if weak is None:
        return PartResult(number, Verdict.MISSING, (), "ingen treff")
    why = "for lite innhold under" if weak.state is State.TRIVIAL else "bare nevnt i"
    note = f"usikkert, {why} {describe(weak)}"
    note += f"; men også {describe(deferred)}" if deferred else ""
    return PartResult(number, Verdict.UNCERTAIN, found, note, against)


def _report_emptied(hits: Sequence[Hit]) -> list[Hit]:
    """R-CP-141: a DPIA whose own risk section is empty, too short to hold the part (fewer than
    15 words, or R-CP-97's one sentence) or only points elsewhere (R-CP-46), and that holds the
    part under no other heading of its own, does not hold the risk assessment by being a DPIA:
    its title and its file name are then mere mentions of the part."""
    emptied = {
        h.evidence.source
        for h in hits
        if (h.own and h.state is State.DEFERRED and h.silent)
        or (h.own and not h.report and h.state is State.TRIVIAL)
        or h.pointer  # «Risiko: Se vedlagt risikoregister.»
    }
    empty = [
        h.evidence.source.rsplit("/", 1)[-1].lower()
        for h in hits
        if h.state is State.DEFERRED and h.evidence.excerpt == EMPTY_FILE
    ]
    if any(h.state is State.MENTION and _describes(h, empty) for h in hits):
        empty = []  # the sender says what the empty file shows: sent by mistake? A doubt
    if empty:
        # R-CP-149: the part was sent as a file of its own, and that file is empty: the DPIA's
        # title or file name does not hold what the empty file should have held
        emptied |= {h.evidence.source for h in hits if h.report}
    held = {
        h.evidence.source for h in hits if h.state is State.SUBSTANTIVE and h.own and not h.report
    }
    return [
        replace(h, state=State.MENTION, soft=True)
        if (
            h.report
            and h.state in (State.SUBSTANTIVE, State.TRIVIAL)
            and h.evidence.source in emptied - held
        )
        or (h.state is State.MENTION and empty and _names_the_empty(h, empty))
        else h
        for h in hits
    ]


def _names_the_empty(hit: Hit, empty: Sequence[str]) -> bool:
    """R-CP-149: a sentence that names the DPIA as a whole («Ledergruppen gikk gjennom
    DPIA-en»), or only points to the empty file («Se vedlagt risikovurdering
    (Risikovurdering.xlsx)»), says nothing of the part that the empty file leaves out."""
    return hit.report or _points_to(hit, empty) is True


def _describes(hit: Hit, empty: Sequence[str]) -> bool:
    """R-CP-149: a longer sentence that names the empty file tells what it holds («Vedlagt
    risikovurdering (Risikovurdering.xlsx) viser at den største risikoen er …»)."""
    return _points_to(hit, empty) is False


def _points_to(hit: Hit, empty: Sequence[str]) -> bool | None:
    """Whether a sentence naming one of the empty files is only a pointer to it (short) or
    says more; None when it names none of them."""
    shown = hit.evidence.excerpt.lower()
    if not any(name in shown for name in empty):
        return None
    return word_count(shown, at_most=POINTER_WORDS) < POINTER_WORDS


POINTER_WORDS = 10  # «Se vedlagt risikovurdering (Risikovurdering.xlsx).»: a pointer, nothing more
