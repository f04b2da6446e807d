"""Pure: turn the evidence for one part into a verdict (present, missing, uncertain) and a note."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from intake.completeness_contacts import (
    Block,
    Fields,
    emails,
    fields_of,
    has_email,
    has_phone,
    is_public_body,
    signature,
)
from intake.completeness_cues import Hit, State, describe
from intake.completeness_regex import search
from intake.completeness_roles import denies, role_blocks
from intake.completeness_text import Source, excerpt
from intake.completeness_types import ContactCues, Evidence, PartResult, PartSpec, Verdict

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
    a heading without content or a mention in a long attachment does.
    """
    evidence = _evidence(hits)
    strong = _first(hits, State.SUBSTANTIVE)
    deferred = _first(hits, State.DEFERRED)
    if strong is not None:
        note = f"funnet: {describe(strong)}"
        note += f"; merk også {describe(deferred)}" if deferred else ""
        return PartResult(number, Verdict.PRESENT, evidence, note)
    weak = _first(hits, State.TRIVIAL) or _first(hits, State.MENTION, soft=False)
    if deferred is not None and weak is None:
        note = f"varslet ettersendt: «{excerpt(deferred.evidence.excerpt, 120)}»"
        return PartResult(number, Verdict.MISSING, evidence, note)
    weak = weak or _first(hits, State.MENTION)
    if weak is None:
        return PartResult(number, Verdict.MISSING, (), "ingen treff")
    why = "for lite innhold under" if weak.state is State.TRIVIAL else "bare nevnt i"
    note = f"usikkert, {why} {describe(weak)}"
    note += f"; men også {describe(deferred)}" if deferred else ""
    return PartResult(number, Verdict.UNCERTAIN, evidence, note)


@dataclass(frozen=True, slots=True)
class ContactFacts:
    contact: Fields
    dpo: Fields
    processor: Fields
    dpo_mentioned: bool
    dpo_none: bool
    processor_named: bool
    deferred: frozenset[str]  # roles announced as coming later
    deferral: str
    public: tuple[bool, bool, str]
    any_detail: bool
    floating: bool  # an e-mail address that belongs to no role we recognised


def _best(blocks: Sequence[Block], role: str) -> Fields:
    found = [b.fields for b in blocks if b.role == role]
    return max(found, key=lambda f: f.count, default=Fields())


def _contact_fields(cues: ContactCues, blocks: Sequence[Block], body: Source) -> Fields:
    """The contact person's details; the sender's signature counts when it names the sender."""
    signed = fields_of(signature(cues, body))
    contact = _best(blocks, "contact")
    contact_texts = [b.text for b in blocks if b.role == "contact"]
    if any(search(cues.self_reference, t) for t in contact_texts) or not contact_texts:
        contact = contact | signed if signed.count >= 2 else contact
    return contact


def _deferred_roles(cues: ContactCues, deferred: Sequence[Hit]) -> frozenset[str]:
    roles: set[str] = set()
    for hit in deferred:
        text = hit.evidence.excerpt
        named = {r for r, p in (("dpo", cues.dpo), ("contact", cues.contact)) if search(p, text)}
        roles |= named or {"dpo", "contact"}
    return frozenset(roles)


def _floating_addresses(
    cues: ContactCues, sources: Sequence[Source], blocks: Sequence[Block], body: Source
) -> bool:
    everywhere = {address.lower() for s in sources for address in emails(s)}
    known = " ".join([b.text for b in blocks] + [signature(cues, body)]).lower()
    return any(address not in known for address in everywhere)


def contact_facts(
    cues: ContactCues, sources: Sequence[Source], body: Source, hits: Sequence[Hit]
) -> tuple[ContactFacts, list[Block]]:
    blocks = [block for source in sources for block in role_blocks(cues, source)]
    deferred = [hit for hit in hits if hit.state is State.DEFERRED]
    facts = ContactFacts(
        contact=_contact_fields(cues, blocks, body),
        dpo=_best(blocks, "dpo"),
        processor=_best(blocks, "processor"),
        dpo_mentioned=any(b.role == "dpo" for b in blocks),
        dpo_none=any(denies(cues.no_dpo, s.text) for s in sources),
        processor_named=any(b.role == "processor" for b in blocks),
        deferred=_deferred_roles(cues, deferred),
        deferral=excerpt(deferred[0].evidence.excerpt, 120) if deferred else "",
        public=is_public_body(cues, sources),
        any_detail=any(has_email(s.text) or has_phone(s.text) for s in sources),
        floating=_floating_addresses(cues, sources, blocks, body),
    )
    return facts, blocks


def _missing_reason(facts: ContactFacts) -> str:
    if not facts.any_detail:
        return "ingen kontaktopplysninger (verken telefon eller e-post)"
    if "dpo" in facts.deferred and not facts.dpo.complete:
        return f"personvernombud varslet ettersendt: «{facts.deferral}»"
    if "contact" in facts.deferred and not facts.contact.complete:
        return f"kontaktopplysninger varslet ettersendt: «{facts.deferral}»"
    if facts.floating:
        return ""  # an address we could not place may be the DPO's
    confident, _, said = facts.public
    if confident and facts.dpo.count == 0 and (facts.dpo_none or not facts.dpo_mentioned):
        return f"offentlig organ («{excerpt(said, 60)}») uten personvernombud (art. 37 nr. 1 a)"
    reachable = facts.dpo.phone or facts.dpo.email
    if facts.dpo_mentioned and not facts.dpo_none and not reachable:
        return "personvernombud er nevnt, men uten telefon og e-post"
    return ""


def _doubts(facts: ContactFacts) -> list[str]:
    doubts: list[str] = []
    if not facts.contact.complete:
        lacking = facts.contact.lacking()
        doubts.append(
            f"kontaktperson mangler {lacking}"
            if facts.contact.count
            else "kontaktperson ikke funnet"
        )
    if facts.dpo_none and not facts.dpo.complete:
        maybe = f"; mulig offentlig organ («{facts.public[2]}»)" if facts.public[1] else ""
        doubts.append(f"oppgir å ikke ha personvernombud, vurder plikten etter art. 37{maybe}")
    elif not facts.dpo_mentioned:
        doubts.append("personvernombud ikke oppgitt")
    elif not facts.dpo.complete:
        doubts.append(f"personvernombud mangler {facts.dpo.lacking()}")
    if facts.processor_named and not (facts.processor.phone and facts.processor.email):
        doubts.append(f"databehandler nevnt, men mangler {facts.processor.lacking()}")
    return doubts


def judge_contacts(number: int, facts: ContactFacts, evidence: tuple[Evidence, ...]) -> PartResult:
    missing = _missing_reason(facts)
    if missing:
        return PartResult(number, Verdict.MISSING, evidence, missing)
    doubts = _doubts(facts)
    if not doubts:
        return PartResult(
            number, Verdict.PRESENT, evidence, "kontaktperson og personvernombud funnet"
        )
    return PartResult(number, Verdict.UNCERTAIN, evidence, "; ".join(doubts))


def contact_evidence(blocks: Sequence[Block], hits: Sequence[Hit]) -> tuple[Evidence, ...]:
    ranked = sorted(blocks, key=lambda b: -b.fields.count)
    return tuple([b.evidence for b in ranked] + [h.evidence for h in hits])[:MAX_EVIDENCE]


def judge_part_one(part: PartSpec, sources: Sequence[Source], hits: Sequence[Hit]) -> PartResult:
    assert part.contacts is not None
    facts, blocks = contact_facts(part.contacts, sources, sources[0], hits)
    return judge_contacts(part.number, facts, contact_evidence(blocks, hits))
