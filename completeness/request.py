"""Pure: decide whether a message asks for prior consultation at all (or for guidance, etc.)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from completeness.regex import search
from completeness.text import Source, excerpt
from completeness.types import CaseTypeSpec

NOT_A_REQUEST = "ikke en anmodning om forhåndsdrøftelse"


def _question(spec: CaseTypeSpec, text: str) -> str:
    """A question about the procedure itself («Må vi be om forhåndsdrøftelse?»)."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        if sentence.rstrip().endswith("?") and search(spec.question_topics, sentence):
            return sentence
    return ""


# a reply's or forward's subject: the thread's title, written for an earlier message
_REPLY_SUBJECT = re.compile(r"^\s*(sv|re|fw|fwd|vs|aw|wg)\s*:", re.IGNORECASE)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)


# where a client puts the earlier message under the reply: «-----Opprinnelig melding-----»,
# «-----Original Message-----», «On 14 Oct 2026, Kari wrote:», «Den 14. okt. 2026 skrev Kari:»
_EARLIER_MESSAGE = re.compile(
    r"^[ \t]*(?:-{2,}\s*(?:opprinnelig melding|original message|videresendt melding"
    r"|forwarded message|opphavleg melding)\s*-{2,}"
    r"|(?:on|den|am) [^\n]{4,120}(?:wrote|skrev|schrieb):)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _own_words(subject: str, body: str) -> str:
    """R-CP-34: the subject and mail text without what an earlier message said (quoted lines,
    or everything below the client's marker of the earlier message)."""
    own_subject = "" if _REPLY_SUBJECT.match(subject) else subject
    earlier = _EARLIER_MESSAGE.search(body)
    own = body[: earlier.start()] if earlier else body
    return f"{own_subject}\n\n{_QUOTED_LINE.sub('', own)}"


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# R-CP-88: the term typed without Norwegian letters («forhandsdrofting», «forhaandsdroeftelse»,
# «forehandsdrofting»), as on a foreign keyboard or a phone
_TERM_WITHOUT_NORWEGIAN_LETTERS = re.compile(
    r"\bf(?:o|ø|oe)r(e?)h(?:aa|a|å)ndsdr(?:oe|o|ø)ft", re.IGNORECASE
)


def _spelled(text: str) -> str:
    """The text with the term for prior consultation in its Norwegian spelling (R-CP-88)."""
    return _TERM_WITHOUT_NORWEGIAN_LETTERS.sub(_norwegian, text)


def _norwegian(match: re.Match[str]) -> str:
    term = "førehandsdrøft" if match.group(1) else "forhåndsdrøft"
    said = match.group(0)
    if said.lower() == term:
        return said  # spelled so already: quoted as written
    return term.capitalize() if said[0].isupper() else term


def _unwrapped(text: str) -> str:
    """R-CP-81: each paragraph on one line: a mail client wraps «en anmodning om» /
    «forhåndsdrøftelse» where it likes, and a cue reads words, not lines. Paragraphs stay
    apart, so a subject line or a greeting never runs into the next paragraph."""
    return "\n\n".join(" ".join(p.split()) for p in _PARAGRAPH_BREAK.split(_spelled(text)))


def _not_a_request(spec: CaseTypeSpec, head: str) -> str:
    match = search(spec.non_request_cues, _unwrapped(head))
    if match:
        return match.group(0)
    return _question(spec, _spelled(head))


def _explicit(spec: CaseTypeSpec, subject: str, texts: Sequence[str]) -> str:
    match = search(spec.request_subject_cues, _spelled(subject.strip()))
    for text in texts:
        match = match or search(spec.request_cues, _unwrapped(text))
    return match.group(0) if match else ""


def judge_request(
    spec: CaseTypeSpec, subject: str, sources: Sequence[Source], complete: bool, material: bool
) -> tuple[bool, str]:
    """(is a request, why); anything not clearly a request goes to a caseworker."""
    body = sources[0].text
    head = f"{subject}\n\n{body}"
    own = _own_words(subject, body)
    other = _not_a_request(spec, own)
    if other:
        return False, f"{NOT_A_REQUEST}: teksten tyder på noe annet («{excerpt(other, 100)}»)"
    explicit = _explicit(spec, subject, [head, *(s.text for s in sources[1:])])
    if explicit:
        return True, f"anmodning om forhåndsdrøftelse: «{excerpt(explicit, 100)}»"
    record = search(spec.record_cues, _unwrapped(own))
    if record:  # R-CP-188: sent for the record, and no request said anywhere
        return False, f"{NOT_A_REQUEST}: sendt til orientering («{excerpt(record.group(0), 100)}»)"
    names = " ".join(s.name for s in sources[1:])
    hint = search(spec.request_hint_cues, _spelled(f"{head}\n{names}"))
    if (hint or material) and complete:
        return True, "ingen uttrykkelig anmodning, men fullstendig dokumentasjon er sendt inn"
    why = (
        "DPIA-materiale vedlagt, men"
        if material
        else "nevner forhåndsdrøftelse, men"
        if hint
        else ""
    )
    return False, f"{NOT_A_REQUEST}: {why} ingen uttrykkelig anmodning".replace(":  ", ": ")
