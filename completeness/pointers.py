"""Pure: a part the request points to an attachment for, when that attachment is not there.

R-CP-59: «2. Risikovurdering (Excel)» in the mail's list of attachments, «Annex B – Risk
assessment», «finner dere i vedlegg 4»: a pointer holds nothing itself (R-CP-46). When it names
the attachment clearly enough to look for it (a file name, «vedlegg 4», «Annex B», a spreadsheet)
and nothing in the submission answers to that name, the request has said where the part is and
it is not there: the pointer is a statement of absence, as «ettersendes» is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from completeness.cues import Hit, State
from completeness.text import OCR_SHOWN, Source
from completeness.types import NOT_ATTACHED_NOTE

_FILE = re.compile(
    r"([\w][\w .()-]{0,80}?\.(?:pdf|docx?|xlsx?|odt|ods|rtf|txt|csv|zip|pptx?|png|jpe?g))\b",
    re.IGNORECASE,
)
_ANNEX = re.compile(
    r"\b(?:vedlegg|bilag|annex|appendix|attachment|enclosure)\s+(\d{1,2}|[A-H])\b(?![.,]\d)",
    re.IGNORECASE,
)
_SPREADSHEET_HINT = re.compile(r"\b(?:excel|regneark|spreadsheet|xlsx?)\b", re.IGNORECASE)
_SPREADSHEET = re.compile(r"\.(?:xlsx?|ods|csv)$", re.IGNORECASE)
# a sentence that says something is sent along, without naming the file
_ATTACHED = re.compile(
    r"\b(ligger|følger|fylgjer|følgjer) (ved|vedlagt)\b|\bvedlagt (følger|fylgjer|er|ligger)\b"
    r"|\b(is|are) (attached|enclosed)\b|\bplease find attached\b",
    re.IGNORECASE,
)
_POINTER_STATES = (State.TRIVIAL, State.MENTION, State.DEFERRED)
# R-CP-165: … unless it says the annex comes with this one («Vi glemte vedlegg 3 og legger det
# ved her»): then it points to an annex of this message, as any pointer does
_NOW = re.compile(
    r"\b(legger|legg|sender|send)\s+(\w+\s+){0,3}(ved|med)\b|\b(her|nå|no)\s+(kommer|er|følger)"
    r"|\b(vedlagt|attached|enclosed)\s+(nå|no|her|now|here)\b|\bhere (it )?is\b"
    r"|\b(is|are) (now )?(attached|enclosed)\b|\bplease find\b",
    re.IGNORECASE,
)
# R-CP-165: what an earlier message's attachment was («Vedlegg 1 (systembeskrivelsen) var
# dessverre en tom fil», «Annex B was missing from our e-mail of 3 November», «vi glemte
# vedlegg 3»): a resend tells why it is sent, and points to nothing in this one
_EARLIER = re.compile(
    r"\b(var|ble|blei|vart|was|were)\b[^.;]{0,40}?\b(tom|tomt|tomme|empty|blank|feil|wrong"
    r"|skadd|skadet|korrupt\w*|corrupt\w*|uleselig|unreadable|ikke med|ikkje med|missing"
    r"|borte|left out|not included)\b"
    r"|\b(manglet|mangla|glemte|gløymde|gleymde|forgot|omitted)\b",
    re.IGNORECASE,
)


def _basename(name: str) -> str:
    return name.rsplit("/", 1)[-1].removesuffix(" (OCR)").lower()


def _answers_annex(designation: str, sources: Sequence[Source]) -> bool:
    """A document named with the designation («Vedlegg 4.pdf», «4_DPIA.docx», «Annex B – …»),
    or a line in any text that opens with it (the annex may be a chapter of the main PDF)."""
    token = re.compile(rf"(?<![0-9a-z]){re.escape(designation.lower())}(?![0-9a-z])")
    heading = re.compile(
        rf"^\s*(?:vedlegg|bilag|annex|appendix|attachment|enclosure)\s+{re.escape(designation)}\b",
        re.IGNORECASE,
    )
    for source in sources[1:]:  # the mail text itself holds the pointer, not the annex
        if token.search(_basename(source.name)):
            return True
        if any(heading.match(line.text) for line in source.lines):
            return True
    return False


def _same_file(pointed: str, name: str) -> bool:
    """The file the pointer names is this attachment: one name ends the other at a word's start
    («2_ros_analyse.pdf» for «ros_analyse.pdf»; «… ligger i ros_analyse.pdf» as the pointer
    reads, since a file name may hold spaces)."""
    return (
        name.endswith(pointed) or re.search(rf"(?:^|[\s/]){re.escape(name)}$", pointed) is not None
    )


def _absent(excerpt: str, sources: Sequence[Source], own: str = "", claims: bool = False) -> bool:
    """The pointer names an attachment that nothing in the submission answers to."""
    # an empty attachment answers to no pointer: what it should hold is not there
    names = [_basename(s.name) for s in sources[1:] if any(line.text for line in s.lines)]
    if claims and _ATTACHED.search(excerpt) and not [s for s in sources[1:] if s.name != own]:
        # R-CP-130: «Ledelsens godkjenning ligger vedlagt» in the only file sent, or in the
        # mail text of a mail that has no file: there is nothing else it could be; but a PDF
        # may end in a scanned page that holds it and that OCR did not read
        return not own.lower().endswith(".pdf")
    # the first file named is the pointer's own («3_Risk_assessment.xlsx: 4_Approval.pdf» is a
    # list of the files, of which the pointer names the first)
    files = [m.group(1).strip().lower() for m in _FILE.finditer(excerpt)][:1]
    annexes = [m.group(1) for m in _ANNEX.finditer(excerpt)]
    spreadsheet = _SPREADSHEET_HINT.search(excerpt) is not None
    if not (files or annexes or spreadsheet):
        return False  # nothing to look for: a pointer we cannot check says nothing
    if any(f in names or any(_same_file(f, n) for n in names) for f in files):
        return False
    if any(_answers_annex(a, sources) for a in annexes):
        return False
    return not (spreadsheet and any(_SPREADSHEET.search(n) for n in names))


def not_attached(hits: list[Hit], sources: Sequence[Source], claims: bool = False) -> list[Hit]:
    """The hits with each pointer to a missing attachment turned into a statement of absence,
    when pointers are all there is of the part (no real content anywhere). With `claims`, a
    pointer that names no file («… ligger vedlagt») counts too where nothing else was sent: for
    management's validation only, a document of its own that the judgement reads well (its
    reading of a necessity assessment in prose is too weak to let a claim decide, R-CP-130)."""
    if any(h.state is State.SUBSTANTIVE and not (h.inferred and h.soft) for h in hits):
        return hits  # real content (a title or file name that yielded to a pointer is none)
    pointers = [
        h
        for h in hits
        # in the mail text or any attached text (a cover memo), not in text read by OCR
        if h.state in _POINTER_STATES
        and not h.evidence.source.endswith(OCR_SHOWN)
        # R-CP-70: the page a link leads to is never among what we were sent
        and (h.link or _absent(h.evidence.excerpt, sources, h.evidence.source, claims))
        and not (_EARLIER.search(h.evidence.excerpt) and not _NOW.search(h.evidence.excerpt))
    ]
    if not pointers:
        return hits
    trivial = [h for h in hits if h.state is State.TRIVIAL and h not in pointers]
    if trivial:
        return hits  # a short text of the part stands somewhere: not a pointer only
    absent = [
        replace(h, state=State.DEFERRED, silent=False, what=f"{NOT_ATTACHED_NOTE}, {h.what}")
        for h in pointers
    ]
    return [h for h in hits if h not in pointers] + absent
