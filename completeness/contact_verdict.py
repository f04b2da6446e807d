"""Pure: part 1, judged from contact records (contact person, DPO, processor) with evidence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from completeness.cues import Hit, State
from completeness.fields import EMAIL, Fields, emails, fields_of, phones
from completeness.records import (
    Record,
    case_officer,
    named_roles,
    records,
    role_mentions,
    says_none,
    signature,
    unquoted,
)
from completeness.regex import compile_any, search
from completeness.text import excerpt
from completeness.types import ContactCues, Evidence, PartResult, PartSpec, Verdict
from reading.blocks import Block, Kind, ReadDocument, table_rows

MAX_EVIDENCE = 8


@dataclass(frozen=True, slots=True)
class ContactFacts:
    contact: Fields
    dpo: Fields
    processor: Fields
    dpo_mentioned: bool
    dpo_none: bool
    processor_used: bool
    processor_none: bool
    deferred: frozenset[str]  # roles announced as coming later
    deferral: str
    public: tuple[bool, bool, str]
    any_detail: bool
    ocr_only: bool  # every contact detail was read by OCR
    # kinds of detail («telefon», «e-post») the request gives somewhere that no one person's
    # record holds: a role lacking that kind may have it there, so its lack is not clear
    loose: frozenset[str] = frozenset()
    ocr_roles: frozenset[str] = frozenset()  # roles that text read by OCR names
    # roles whose records hold two people's addresses: one of them may be another role's
    crowded: frozenset[str] = frozenset()


def denies(patterns: tuple[str, ...], text: str) -> bool:
    """A negation («vi benytter ingen databehandler») outside e-mail addresses, also where a
    line break falls inside it («Kommunen nyttar ingen» / «databehandlar: …»)."""
    regex = compile_any(patterns)
    if regex is None:
        return False
    return regex.search(_denial_text(text)) is not None


@lru_cache(maxsize=16)  # each kind of negation is looked for in the same documents
def _denial_text(text: str) -> str:
    if "@" in text:  # an address is blanked out: its «…kommune.no» is no «no processor»
        text = EMAIL.sub(lambda m: " " * len(m.group(0)), text)
    return " ".join(text.split())


def is_public_body(cues: ContactCues, texts: Sequence[str]) -> tuple[bool, bool, str]:
    """(confidently public, possibly public, the text that says so)."""
    for text in texts:
        match = search(cues.public_body, text)
        if match:
            return True, True, match.group(0)
    for text in texts:
        match = search(cues.public_hint, text)
        if match:
            return False, True, match.group(0)
    return False, False, ""


def _is_mail(document: ReadDocument) -> bool:
    """An attached or forwarded e-mail: its signature is a signature too."""
    return document.name.lower().endswith((".eml", ".msg"))


def _letter_signatures(
    cues: ContactCues, documents: Sequence[ReadDocument], address: str, request: tuple[str, ...]
) -> list[Record]:
    """R-CP-157: the signature under a letter's closing (the covering letter as a document)
    is the sender's when an address in it is on the sender's own domain: the letter is from
    the organisation that sent the mail, not a processor's, another body's or a consultant's.
    So is the case officer its letter head names (R-CP-158), on the same condition. Only the
    letter that itself asks for the consultation (`request`: the case type's request cues),
    not a decision, a statement or a report the organisation attached; and only one person's
    signature (one address)."""
    domain = _domain(address)
    if not domain:
        return []
    found: list[Record] = []
    for document in documents[1:]:
        if document.ocr or _is_mail(document):
            continue
        signs = [signature(cues, document, closing=True), case_officer(cues, document)]
        own = [
            sign
            for sign in signs
            if sign is not None
            and len(sign.fields.emails) == 1
            and len(_people(sign.fields.names)) <= 1
            and _on_domain(sign.fields.emails[0], domain)
        ]
        if own and _asks(request, " ".join(document.text.split())):
            found += own
    return found


# what the name reader takes for a name in a signature, and is a title («Chief Executive»)
_TITLE_WORDS = frozenset(
    [
        "chief",
        "executive",
        "officer",
        "director",
        "manager",
        "head",
        "account",
        "key",
        "senior",
        "adviser",
        "advisor",
        "president",
        "vice",
        "general",
        "counsel",
        "lead",
        "data",
        "protection",
        "privacy",
        "legal",
        "technical",
        "operations",
    ]
)


def _people(names: Sequence[str]) -> set[tuple[str, str]]:
    """The people a signature names, titles read as names left out."""
    return {_first_last(n) for n in names if not set(n.casefold().split()) & _TITLE_WORDS}


# «… gir kommunedirektøren fullmakt til å anmode om forhåndsdrøftelse»: a decision authorises
# the request, it does not make it
_INFINITIVE = re.compile(r"(\bå|\bto)\s+$", re.IGNORECASE)


def _asks(request: tuple[str, ...], text: str) -> bool:
    """R-CP-157: the letter asks for the consultation itself, not in an infinitive."""
    for cue in request:
        for match in re.finditer(cue, text, re.IGNORECASE):
            if not _INFINITIVE.search(text[max(0, match.start() - 6) : match.start()]):
                return True
    return False


def _domain(address: str) -> str:
    return address.rpartition("@")[2].casefold()


def _on_domain(address: str, domain: str) -> bool:
    return _domain(address) == domain


def _best_signature(found: Sequence[Record]) -> Record | None:
    return max(found, key=lambda r: r.fields.count, default=None)


def _union(found: Sequence[Record], role: str) -> Fields:
    fields = Fields()
    for record in found:
        if record.role == role:
            fields |= record.fields
    return fields


def _deferred_roles(cues: ContactCues, deferred: Sequence[Hit]) -> frozenset[str]:
    roles: set[str] = set()
    for hit in deferred:
        text = hit.evidence.excerpt
        named = {r for r, p in (("dpo", cues.dpo), ("contact", cues.contact)) if search(p, text)}
        roles |= named or {"dpo", "contact"}
    return frozenset(roles)


def _completed(
    cues: ContactCues, sign: Record | None, documents: Sequence[ReadDocument]
) -> Record | None:
    """R-CP-22: the signer's phone and e-mail given elsewhere under the signer's own name (a
    contact card, a list of people) are the signer's: a block that names the signer before anyone
    else, names no role, and holds at most one phone number and one address."""
    if sign is None or not sign.fields.names:
        return sign
    fields = _under_own_name(cues, sign.fields, documents)
    return replace(sign, fields=fields) if fields is not sign.fields else sign


def _under_own_name(cues: ContactCues, person: Fields, documents: Sequence[ReadDocument]) -> Fields:
    """R-CP-22: the details a block gives under the person's own name, named first there, with
    no role named and one person's details at most."""
    fields = person
    for document in documents:
        for block in document.blocks:
            if not any(name in block.text for name in person.names):
                continue
            text = unquoted(block.text)  # a reply quoted below is its writer's
            found = fields_of(text)
            if (
                found.reachable
                and found.names[:1] == tuple(n for n in person.names if n in found.names)[:1]
                and _one_person(found)
                and not role_mentions(cues, text)
            ):
                fields |= found
    return fields


def _organisation_rows(fields: Fields, documents: Sequence[ReadDocument]) -> Fields:
    """R-CP-36: a table row whose first cell is the name of a role's organisation («Talehuset
    AS | Camilla Berget | 22 31 80 44 | camilla@…» in a data processing agreement's list of
    contact points) holds that organisation's details, when it holds one person's at most."""
    names = {name.casefold() for name in fields.organisations}
    if not names:
        return fields
    for document in documents:
        card = document.name.lower().endswith((".vcf", ".vcard"))
        for block in document.blocks:
            found = _organisation_entry(block, names, card)
            if found.reachable and _one_person(found):
                fields |= found
    return fields


# R-CP-84: the first column of a list of suppliers, or of processors, names every row's role
_SUPPLIER_COLUMN = re.compile(
    r"^\W*(leverandør\w*|underleverandør\w*|databehandl[ae]r\w*|suppliers?|vendors?"
    r"|(sub-?)?processors?)\W*$",
    re.IGNORECASE,
)


def _supplier_row(fields: Fields, documents: Sequence[ReadDocument]) -> Fields:
    """R-CP-84: a processor that is named nowhere by its organisation («Databehandleravtale med
    forbud …», «leverandørens kontaktperson står i leverandøroversikten») is the one supplier
    of the request's table of suppliers («Leverandør | Org.nr. | Adresse | Kontakt | Telefon |
    E-post»), when the table has exactly one row and that row holds one person's details."""
    if fields.organisations or (fields.names and fields.reachable):
        return fields  # named: R-CP-36 reads its row by the organisation's name
    entries = [
        _row_details(row)
        for document in documents
        for rows in table_rows(document.blocks)
        if len(rows) > 1 and _SUPPLIER_COLUMN.match(rows[0].cells[0])
        for row in rows[1:]
    ]
    if len(entries) != 1:
        return fields
    found = entries[0]
    return fields | found if found.names and found.reachable and _one_person(found) else fields


def _one_person(found: Fields) -> bool:
    """At most one phone number and one address: the details of one person, not a list."""
    return len(found.phones) <= 1 and len(found.emails) <= 1


def _row_details(row: Block) -> Fields:
    """What a table row gives beside the organisation that opens it."""
    return fields_of(" | ".join(row.cells[1:]))


def _organisation_entry(block: Block, names: set[str], card: bool) -> Fields:
    """The details of the block when it is the organisation's entry: a table row opening with
    its name, or (R-CP-80) a contact card of someone there («Kadri Lepp, Account manager,
    Skiltdata OÜ, telefon …», sent as «kontaktkort for databehandleren»)."""
    if card:
        named = any(name in block.text.casefold() for name in names)
        return fields_of(block.text) if named else Fields()
    if block.kind is not Kind.ROW or len(block.cells) < 2:
        return Fields()
    if block.cells[0].strip().casefold() not in names:
        return Fields()
    return _row_details(block)


def _contact(
    cues: ContactCues, found: Sequence[Record], sign: Record | None, letter: bool = False
) -> Fields:
    """The contact person; the signer of the request when no one else is named or the text
    says it is the signer («kontaktperson er undertegnede»). `letter`: the signature is a
    letter's or a letter head's (R-CP-157, R-CP-158), which gives a contact person named
    without details nothing unless it is that person's own."""
    contact = _union(found, "contact")
    if not (contact.names and contact.reachable):
        # R-CP-45: the controller's own entry names a person to reach («Controller contact |
        # Tobias Engen | +47 … | …»): that person is the controller's contact person
        person = _union(found, "controller")
        if person.names and person.reachable:
            contact |= Fields(person.names, person.phones, person.emails)
    # «Undertegnede er personvernombud» says who the DPO is, not the contact person
    texts = _DPO_SIGNED.sub(" ", " ".join(r.evidence.excerpt for r in found if r.role == "contact"))
    if sign is None:
        return contact
    if search(cues.self_reference, texts) and sign.fields.names:
        return contact | sign.fields  # «kontaktperson er undertegnede»: the signer's name says who
    if sign.fields.count < 2:
        return contact
    if not contact.names:
        return contact | sign.fields
    if not contact.reachable and (not letter or same_person(sign.fields.names, contact.names)):
        return contact | sign.fields
    # the contact person signed the request: the signature is theirs when it is one person's
    # (one address, no other role's person in it, as R-CP-32 reads a signature)
    others = {n for r in found if r.role in ("dpo", "processor") for n in r.fields.names}
    signer = sign.fields.names
    if (
        same_person(signer, contact.names)
        and not set(signer) & others
        and len(sign.fields.emails) <= 1
    ):
        return contact | sign.fields
    return contact


def same_person(names: Sequence[str], others: Sequence[str]) -> bool:
    """Whether two lists of names share a person, known by first and last name («Nina Berg
    Fjeld» signs what «Nina Fjeld» is named in)."""
    return bool({_first_last(n) for n in names} & {_first_last(n) for n in others})


def _first_last(name: str) -> tuple[str, str]:
    words = name.casefold().split()
    return (words[0], words[-1]) if words else ("", "")


# R-CP-157: the DPO said to be the signer, in one clause: «Personvernombod er underteikna»,
# «Undertegnede er virksomhetens personvernombud», «The DPO is the undersigned»
_SELF = r"(?:undertegne\w*|underte(?:i)?kna\w*|undersigned)"
_DPO_WORD = r"(?:personvernomb[uo]d\w*|data protection officer|dpo)"
_DPO_SIGNED = re.compile(
    rf"\b{_DPO_WORD}\W+(?:\w+\W+){{0,2}}?(?:er|is)\W+(?:the\W+)?{_SELF}"
    rf"|\b{_SELF}\W+(?:er|is)\W+(?:\w+\W+){{0,3}}?{_DPO_WORD}",
    re.IGNORECASE,
)


def _signed_dpo(found: Sequence[Record], sign: Record | None) -> Fields:
    """The DPO named as the signer («Personvernombod er underteikna») has the signer's details."""
    dpo = _union(found, "dpo")
    if sign is None or dpo.names or not sign.fields.names:
        return dpo
    texts = " ".join(r.evidence.excerpt for r in found if r.role == "dpo")
    return dpo | sign.fields if _DPO_SIGNED.search(texts) else dpo


def contact_facts(
    cues: ContactCues,
    documents: Sequence[ReadDocument],
    hits: Sequence[Hit],
    sender: tuple[str, str] = ("", ""),
    request: tuple[str, ...] = (),
) -> tuple[ContactFacts, list[Record]]:
    """`documents`: the mail text first, then the documents; `sender`: the From header's name
    and address; `request`: the cues of a text that asks for the consultation (R-CP-157)."""
    found = [record for document in documents for record in records(cues, document)]
    signs = [s for d in [*documents[:1], *filter(_is_mail, documents)] if (s := signature(cues, d))]
    letters = _letter_signatures(cues, documents, sender[1], request)
    mail = _best_signature(signs)
    if mail is not None and sender[0] and same_person(mail.fields.names, [sender[0]]):
        # the mail's signer sent it: a letter's signature adds to that person's details only
        letters = [s for s in letters if same_person(s.fields.names, mail.fields.names)]
    best = _best_signature([*signs, *letters])
    sign = _completed(cues, best, documents)
    texts = [document.text for document in documents]
    deferred = [hit for hit in hits if hit.state is State.DEFERRED]
    plain = [d.text for d in documents if not d.ocr]
    heads = _correspondents(documents[:1])
    contact = _from_sender(_contact(cues, found, sign, best in letters), sender)
    facts = ContactFacts(
        contact=_addressed(_referred(contact, found, heads), heads),
        dpo=_addressed(_signed_dpo(found, sign), heads),
        processor=_addressed(
            _supplier_row(_organisation_rows(_union(found, "processor"), documents), documents),
            heads,
        ),
        dpo_mentioned=any(r.role == "dpo" for r in found),
        dpo_none=any(denies(cues.no_dpo, t) for t in texts),
        processor_used=any(r.role == "processor" for r in found)
        or any("processor" in named_roles(cues, t) for t in texts),
        processor_none=any(denies(cues.no_processor, t) for t in texts)
        or any(_denies_processor(r) for r in found),
        deferred=_deferred_roles(cues, deferred),
        deferral=excerpt(deferred[0].evidence.excerpt, 120) if deferred else "",
        public=is_public_body(cues, texts),
        any_detail=any(emails(t) or phones(t) for t in texts),
        ocr_only=not any(emails(t) or phones(t) for t in plain),
        loose=_loose(documents, [*found, *([sign] if sign else [])]),
        ocr_roles=frozenset(
            r.role for d in documents if d.ocr for r in records(cues, d) if _may_hold(r)
        ),
        crowded=_crowded(found),
    )
    return facts, found + ([sign] if sign else [])


# «Svaradresse: Name <address>» / «Kopi: …»: the Reply-To and Cc headers under the mail text
_CORRESPONDENT = re.compile(r"^(svaradresse|kopi): (.*)$", re.IGNORECASE | re.MULTILINE)
# a contact record that points to the Reply-To person («den som står i svar-til-feltet»)
_REPLY_TO = re.compile(r"\bsvar[ -]til\b|\breply[ -]to\b|\bsvaradresse", re.IGNORECASE)


def _correspondents(documents: Sequence[ReadDocument]) -> list[tuple[str, Fields]]:
    """(header, its person) for each Reply-To and Cc address under the mail text."""
    found = []
    for document in documents:
        for match in _CORRESPONDENT.finditer(document.text):
            fields = fields_of(match.group(2))
            if fields.emails:
                found.append((match.group(1).lower(), fields))
    return found


def _name_key(name: str) -> str:
    """A person's name as two headers or texts that name the same person both write it."""
    return " ".join(name.split()).casefold()


def _addressed(role: Fields, heads: Sequence[tuple[str, Fields]]) -> Fields:
    """R-CP-22: a person of the role named in the Reply-To or Cc header under their own name
    is reached at that address («Personvernombudet … står på kopi»)."""
    if role.emails or not role.names:
        return role
    names = {_name_key(n) for n in role.names}
    for _, person in heads:
        if any(_name_key(n) in names for n in person.names):
            return role | Fields(emails=person.emails[:1])
    return role


def _referred(
    contact: Fields, found: Sequence[Record], heads: Sequence[tuple[str, Fields]]
) -> Fields:
    """R-CP-22: a contact person's entry that points to the Reply-To field («Kontaktperson: den
    som står i svar-til-feltet, mob. 41508826») names the person found there."""
    replies = [person for header, person in heads if header == "svaradresse"]
    points = any(r.role == "contact" and _REPLY_TO.search(r.evidence.excerpt) for r in found)
    if len(replies) != 1 or not points:
        return contact
    person = replies[0]
    return contact | Fields(names=person.names[:1], emails=person.emails[:1])


def _denies_processor(record: Record) -> bool:
    """A processor entry that says there is none: a column of «Ingen – …» cells, or a field
    whose value opens so («Databehandler: ingen – analysen gjøres i eget laboratorium»)."""
    if record.role == "no_processor":
        return True
    return (
        record.role == "processor"
        and record.how == "felt"
        and says_none(" ".join(record.fields.names[:1]))
    )


def _from_sender(contact: Fields, sender: tuple[str, str]) -> Fields:
    """R-CP-22: the contact person who sent the request is reached at the address it came
    from, which a signature seldom repeats (the name must be the From header's own)."""
    name, address = _name_key(sender[0]), sender[1]
    if not (name and address) or contact.emails:
        return contact
    if any(_name_key(n) == name for n in contact.names):
        return contact | Fields(emails=(address,))
    return contact


_NUMBER_LIKE = re.compile(r"\d[\d ]{5,}")


def _may_hold(record: Record) -> bool:
    """A record read by OCR that may hold a detail OCR misread (an at sign, a run of digits)."""
    text = record.evidence.excerpt
    return record.fields.reachable or "@" in text or _NUMBER_LIKE.search(text) is not None


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)[-8:]


def _loose(documents: Sequence[ReadDocument], found: Sequence[Record]) -> frozenset[str]:
    """The kinds of detail given somewhere in the request that no one person's record holds (a
    record holding several phones or addresses mixes people: it places none of them)."""
    single = [r.fields for r in found if _one_person(r.fields)]
    # R-CP-32: one person's signature gives office, mobile and switchboard numbers; they are the
    # signer's unless the signer is also the DPO or the processor's person (theirs may be one)
    others = {n for r in found if r.role in ("dpo", "processor") for n in r.fields.names}
    single += [
        r.fields
        for r in found
        # R-CP-78: the signer is the signature's first name; the rest are titles, units, companies
        # («Nordharbour Hospitality Group»), which a DPO's record may name too
        if r.how == "signatur"
        and len(r.fields.emails) <= 1
        and not set(r.fields.names[:1]) & others
    ]
    # R-CP-100: one named person with an office and a mobile number («Tlf. 55 30 81 14, mobil
    # 924 60 318») and at most one address is one person's record (a signature is read above,
    # with its own exception)
    single += [
        r.fields
        for r in found
        if r.how != "signatur"
        and len(r.fields.names) == 1
        and len(r.fields.phones) <= 2
        and len(r.fields.emails) <= 1
    ]
    placed_phones = {_digits(p) for f in single for p in f.phones}
    placed_emails = {e.lower() for f in single for e in f.emails}
    loose: set[str] = set()
    for document in documents:
        for block in document.blocks:
            if any(_digits(p) not in placed_phones for p in phones(block.text)):
                loose.add("telefon")
            found_emails = emails(block.text)
            if any(e.lower() not in placed_emails for e in found_emails):
                loose.add("e-post")
            if block.text.count("@") > len(found_emails):
                # an address broken by a line end or a narrow table cell («post@firma.» / «no»)
                # is no address we can read, but it is someone's (R-CP-33)
                loose.add("e-post")
    return frozenset(loose)


def _crowded(found: Sequence[Record]) -> frozenset[str]:
    """R-CP-64: the roles under which two records of one person each (one e-mail address) give
    different addresses: two people under one role, and one of them may be the person of a role
    that seems to lack its details (a row read under the wrong role). A record that holds
    several addresses mixes people and says nothing of whose they are (as in `_loose`), and so
    does a heading's record, which takes what the blocks under it give, other roles' too."""
    single = [r for r in found if len(r.fields.emails) == 1 and r.how != "overskrift"]
    return frozenset(
        role
        for role in ("contact", "dpo", "processor")
        if len({r.fields.emails[0].lower() for r in single if r.role == role}) >= 2
    )


def _missing_reason(facts: ContactFacts) -> str:
    if not facts.any_detail:
        return "ingen kontaktopplysninger (verken telefon eller e-post)"
    if "dpo" in facts.deferred and not facts.dpo.reachable:
        return f"personvernombud varslet ettersendt: «{facts.deferral}»"
    if "contact" in facts.deferred and not facts.contact.reachable:
        return f"kontaktopplysninger varslet ettersendt: «{facts.deferral}»"
    confident, _, said = facts.public
    if confident and not facts.dpo.reachable and (facts.dpo_none or not facts.dpo_mentioned):
        return f"offentlig organ («{excerpt(said, 60)}») uten personvernombud (art. 37 nr. 1 a)"
    if facts.dpo_mentioned and not facts.dpo_none and not facts.dpo.reachable:
        if facts.loose >= REACH:
            # a phone and an address no one's record holds may be the DPO's (R-CP-8)
            return ""
        return "personvernombud er nevnt, men uten telefon og e-post"
    return ""


REACH = frozenset({"telefon", "e-post"})
# R-CP-73: a DPO's function mailbox («personvernombud@…», «dpo@…»), not a person's address
_FUNCTION_MAILBOX = re.compile(
    r"(personvern\w*|personvernombod\w*|dpo|privacy|gdpr|data-?protection|databeskyttelse"
    r"|ombud\w*)[._-]?\w*@",
    re.IGNORECASE,
)


def _clear_lack(facts: ContactFacts, role: str, found: Fields, lacking: list[str]) -> bool:
    """R-CP-8: a role's lack is clear when its record was found and read, and what it lacks is
    a phone or an e-mail address that the request gives nowhere else (no detail that no one
    holds, and no text read by OCR that names the role and may hold it misread)."""
    if not (found.names or found.organisations or found.reachable):
        return False
    if facts.crowded - {role}:
        return False  # R-CP-64: another role holds two people; one may be this role's
    return set(lacking) <= REACH and not set(lacking) & facts.loose and role not in facts.ocr_roles


def _doubts(facts: ContactFacts) -> list[tuple[str, bool]]:
    """What part 1 lacks, each with whether the lack is clear (the verdict may be missing)."""
    doubts: list[tuple[str, bool]] = []
    lacking = facts.contact.lacking()
    if lacking:
        found = facts.contact.names or facts.contact.reachable
        said = (
            f"kontaktperson mangler {', '.join(lacking)}" if found else "kontaktperson ikke funnet"
        )
        doubts.append((said, _clear_lack(facts, "contact", facts.contact, lacking)))
    dpo_lacking = facts.dpo.lacking(organisation_counts=True)  # a shared DPO service counts
    if dpo_lacking == ["navn"] and any(_FUNCTION_MAILBOX.match(e) for e in facts.dpo.emails):
        dpo_lacking = []  # R-CP-73: the office is reached through its own mailbox and phone
    if facts.dpo_none and dpo_lacking:
        maybe = f"; mulig offentlig organ («{facts.public[2]}»)" if facts.public[1] else ""
        said = f"oppgir å ikke ha personvernombud, vurder plikten etter art. 37{maybe}"
        doubts.append((said, False))  # whether one is required is a caseworker's judgement
    elif not facts.dpo_mentioned:
        # a public body must have one (then `_missing_reason` says so); whether a private one
        # must (art. 37 nr. 1 b–c) is a caseworker's judgement
        doubts.append(("personvernombud ikke oppgitt", False))
    elif dpo_lacking:
        clear = _clear_lack(facts, "dpo", facts.dpo, dpo_lacking)
        doubts.append((f"personvernombud mangler {', '.join(dpo_lacking)}", clear))
    processor = facts.processor.lacking(organisation_counts=True)
    if facts.processor_used and not facts.processor_none and processor:
        said = f"databehandler nevnt, men mangler {', '.join(processor)}"
        # a processor named only in passing, with no details anywhere: clearly lacking
        bare = len(processor) == len(facts.processor.lacking()) == 3 and not facts.loose
        clear = bare and "processor" not in facts.ocr_roles and not facts.crowded - {"processor"}
        doubts.append((said, clear or _clear_lack(facts, "processor", facts.processor, processor)))
    return doubts


def _found(facts: ContactFacts) -> str:
    said = ["kontaktperson og personvernombud funnet"]
    if facts.processor_used and not facts.processor.lacking(organisation_counts=True):
        said.append("databehandler med kontaktopplysninger")
    elif facts.processor_none:
        said.append("oppgir ingen databehandler")
    return "; ".join(said)


def judge_contacts(
    number: int, facts: ContactFacts, evidence: tuple[Evidence, ...], counter: tuple[Evidence, ...]
) -> PartResult:
    missing = _missing_reason(facts)
    if missing and facts.ocr_only and facts.any_detail:
        note = f"{missing}; men opplysningene er lest med OCR og kan være ufullstendige"
        return PartResult(number, Verdict.UNCERTAIN, evidence, note, counter)
    if missing:
        return PartResult(number, Verdict.MISSING, counter, missing, evidence)
    doubts = _doubts(facts)
    if not doubts:
        return PartResult(number, Verdict.PRESENT, evidence, _found(facts), counter)
    note = "; ".join(said for said, _ in doubts)
    if all(clear for _, clear in doubts):
        # the letter names exactly what is lacking (the note); what was found is the counter
        return PartResult(number, Verdict.MISSING, counter, note, evidence)
    return PartResult(number, Verdict.UNCERTAIN, evidence, note, counter)


def _evidence(found: Sequence[Record]) -> tuple[Evidence, ...]:
    ranked = sorted(found, key=lambda r: -(r.fields.count + bool(r.fields.organisations)))
    return tuple(r.evidence for r in ranked if r.fields.count)[:MAX_EVIDENCE]


def judge_part_one(
    part: PartSpec,
    documents: Sequence[ReadDocument],
    hits: Sequence[Hit],
    sender: tuple[str, str] = ("", ""),
    request: tuple[str, ...] = (),
) -> PartResult:
    assert part.contacts is not None
    facts, found = contact_facts(part.contacts, documents, hits, sender, request)
    counter = tuple(h.evidence for h in hits if h.state is State.DEFERRED)[:MAX_EVIDENCE]
    return judge_contacts(part.number, facts, _evidence(found), counter)
