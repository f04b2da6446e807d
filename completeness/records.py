"""Pure: contact records (role and fields) read from the blocks of a document.

A role is named by a heading, a bare label («Databehandler:»), a field label, a table cell (a
row or a column) or a phrase in running text. A heading or bare label governs the blocks below
it until the next strong heading, the next role, or running prose; a field governs the fields
that follow it; a table row its cells; a column header its column. The fields of a record are
collected over everything the role governs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from completeness.fields import (
    EMAIL,
    LEGAL_FORMS,
    Fields,
    fields_of,
    organisations,
    person_names,
    phones,
)
from completeness.regex import compile_any, lowered, search
from completeness.types import ContactCues, Evidence
from reading.blocks import Block, Kind, ReadDocument, table_rows

MAX_SCOPE_BLOCKS = 12
MAX_FIELD_RUN = 6
MAX_LABEL_WORDS = 7
PROSE_WORDS = 25
PROSE_CHARS = 300
ROLE_LINE_WORDS = 10  # a line naming a role and a person, not a sentence of prose
_DIGITS = re.compile(r"\d{2}[ .]?\d{2}[ .]?\d{2}")
ROLES = ("contact", "dpo", "processor", "controller")
# A contact person named under a processor or the controller organisation is theirs.
_ABSORBS = {"processor": "contact", "controller": "contact"}
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")
_NAME_LABEL = re.compile(r"^(navn|name|kontaktperson|contact|v/|ved)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Record:
    role: str
    fields: Fields
    evidence: Evidence
    how: str  # bokmål: «overskrift», «felt», «tabellrad», «tabellkolonne», «avsnitt», «signatur»


@lru_cache(maxsize=8192)
def role_mentions(cues: ContactCues, text: str) -> tuple[tuple[int, str], ...]:
    """(offset, role) of each role named in the text; not inside an address, not negated.
    Each role's cues are one CueRegex: its literal prefilter skips most text at once."""
    lower = lowered(text)
    found: list[tuple[int, str]] = []
    for role in ROLES:
        regex = compile_any(_role_cues(cues, role))
        if regex is not None:
            found += [(m.start(), role) for m in regex.finditer_lowered(text, lower)]
    if not found:
        return ()
    excluded = [m.span() for m in EMAIL.finditer(text)] if "@" in text else []
    denial = compile_any(cues.no_dpo + cues.no_processor)
    denials = denial.finditer_lowered(text, lower) if denial is not None else iter(())
    denied = [m.span() for m in denials if not _inside(m.start(), excluded)]
    kept = sorted((at, r) for at, r in found if not _inside(at, excluded + denied))
    kept = _qualified(text, kept)
    return tuple(item for i, item in enumerate(kept) if i == 0 or kept[i - 1][1] != item[1])


# «Kontaktperson hos behandlingsansvarlig», «contact person at the processor»: one role word
# qualified by the organisation it belongs to
_QUALIFIER = re.compile(
    r"[\w-]+(?: person| officer)?\s+(?:hos|i|ved|for|fra|at|of|in|with|from)\s+"
    r"(?:the |den |det |vår |vårt |our )?",
    re.IGNORECASE,
)


_POSSESSIVE = re.compile(r"[\w-]+(?:['’]s)?\s*[-:]?\s*", re.IGNORECASE)


def _qualified(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """R-CP-45: a role qualified by the organisation it belongs to is one role: the controller's
    contact person is the contact person, the processor's contact person is the processor's."""
    kept: list[tuple[int, str]] = []
    for at, role in found:
        previous = kept[-1] if kept else None
        if previous is not None and _QUALIFIER.fullmatch(text[previous[0] : at]):
            if role == "controller":
                continue  # the contact person (or DPO) of the controller itself
            if role == "processor" and previous[1] == "contact":
                kept[-1] = (previous[0], "processor")
                continue
        owner = previous is not None and previous[1] == "controller" and role == "contact"
        if owner and previous is not None and _POSSESSIVE.fullmatch(text[previous[0] : at]):
            kept[-1] = (previous[0], "contact")  # «Controller's contact person»
            continue
        kept.append((at, role))
    return kept


def _role_cues(cues: ContactCues, role: str) -> tuple[str, ...]:
    return {
        "contact": cues.contact,
        "dpo": cues.dpo,
        "processor": cues.processor,
        "controller": cues.controller,
    }[role]


def _inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _label_roles(cues: ContactCues, label: str) -> list[str]:
    """The roles a short label names («Kontaktperson og personvernombud» names two). A longer
    label that opens with a short one and goes on to say whose it is («Databehandlar – Medisync
    Nordic AS, org.nr. 921 554 307») names the role of its opening (R-CP-68)."""
    return list(_roles_of_label(cues, label)) if label else []


@lru_cache(maxsize=4096)  # a table's labels are asked again for every block below them
def _roles_of_label(cues: ContactCues, label: str) -> tuple[str, ...]:
    if len(label.split()) > MAX_LABEL_WORDS:
        label = _LABEL_OPENING.split(label, maxsplit=1)[0]
        if len(label.split()) > MAX_LABEL_WORDS:
            return ()
    found = [role for _, role in role_mentions(cues, label)]
    if not found and _CELL_BREAK.search(label):
        # R-CP-83: a word broken in a narrow table cell («Personvernombu» / «d»)
        found = [role for _, role in role_mentions(cues, _CELL_BREAK.sub("", label))]
    return tuple(dict.fromkeys(found))


# a line break inside a word of a narrow cell, which the reader joined with a space: a short
# lowercase tail («Personvernombu d»), or a hyphen at the line end («Databe- handler»)
_CELL_BREAK = re.compile(
    r"(?<=[a-zæøå])(?:-? (?!(?:og|i|på|av|en|et|ei|eit|or|of|and|to|the|for|med|om)\b)"
    r"(?=[a-zæøå]{1,3}\b)|- (?=[a-zæøå]))"
)
_LABEL_OPENING = re.compile(r"\s+[–—-]\s+|[,:(]")


def _block_fields(block: Block) -> Fields:
    if block.kind is Kind.FIELD:
        return fields_of(block.value, name_label=bool(_NAME_LABEL.match(block.title))) | (
            fields_of(block.title) if _NAME_LABEL.match(block.title) is None else Fields()
        )
    if block.kind is Kind.ROW:
        found = Fields()
        for label, value in zip(block.cells, block.cells[1:], strict=False):
            found |= fields_of(value, name_label=bool(_NAME_LABEL.match(label)))
        return found | fields_of(block.cells[0])
    return fields_of(block.text)


def _filled(block: Block) -> list[str]:
    return [cell for cell in block.cells if cell]


def _anchor_label(block: Block) -> str:
    """The label of a block that can govern the blocks below it, else ""."""
    # with its colon as written: «Kontakt:» names the contact person, «Kontakt» alone may not
    colon = ":" if block.text.rstrip().endswith(":") else ""
    if block.kind is Kind.HEADING:
        return f"{block.title}{colon}"
    if block.kind is Kind.FIELD and not block.value:
        return f"{block.title}:"
    if block.kind is Kind.ROW and len(_filled(block)) == 1:
        return _filled(block)[0]
    if block.kind is Kind.PARAGRAPH and len(block.text.split()) <= 3:
        return block.text.rstrip(":")
    return ""


def _field_label(block: Block) -> str:
    """A field's label as written, with its colon («Kontakt:»)."""
    return f"{block.title}:" if block.kind is Kind.FIELD else ""


def _person_field(cues: ContactCues, block: Block) -> bool:
    """R-CP-14: «Kontakt: Ola Berg» names the person of the block it stands in, not a new role."""
    return bool(block.value) and _label_roles(cues, _field_label(block)) == ["contact"]


def _ends_scope(cues: ContactCues, role: str, block: Block) -> bool:
    if block.kind is Kind.HEADING and block.strong:
        return True
    if search(cues.signature_openers, block.text):
        return True  # R-CP-86: «Hilsen» closes the letter, and with it the last role's block
    label = _anchor_label(block) or _field_label(block)
    if block.kind is Kind.ROW:
        label = block.cells[0]
    others = [r for r in _label_roles(cues, label) if r != role and _ABSORBS.get(role) != r]
    if others and not (role == "dpo" and _person_field(cues, block)):
        return True
    words = len(block.text.split())
    return block.kind is Kind.PARAGRAPH and words >= PROSE_WORDS and not fields_of(block.text).count


def _scope(cues: ContactCues, role: str, blocks: Sequence[Block], start: int) -> list[Block]:
    scope: list[Block] = []
    for block in blocks[start + 1 : start + 1 + MAX_SCOPE_BLOCKS]:
        if _ends_scope(cues, role, block):
            break
        scope.append(block)
    return scope


def _field_run(cues: ContactCues, role: str, blocks: Sequence[Block], start: int) -> list[Block]:
    """The fields and short lines that follow a «Role: value» field."""
    run: list[Block] = []
    for block in blocks[start + 1 : start + 1 + MAX_FIELD_RUN]:
        # a weak heading here is a narrow cell's wrapped line («Research Data Services»)
        loose = block.kind is Kind.PARAGRAPH or (block.kind is Kind.HEADING and not block.strong)
        short = loose and len(block.text.split()) <= 8
        if not (block.kind is Kind.FIELD or short or _card_row(block, run)):
            break
        if _ends_scope(cues, role, block):
            break
        if block.gap_before and not fields_of(block.text).reachable:
            break
        run.append(block)
    return run


def _card_row(block: Block, run: Sequence[Block]) -> bool:
    """R-CP-116: a label–value table right under «Databehandler: Flowsense AS» («Navn | …»,
    «Telefon | …») is the card of the person the field's organisation gives."""
    if block.kind is not Kind.ROW or len(block.cells) != 2 or len(block.cells[0].split()) > 3:
        return False
    return not run or (run[-1].kind is Kind.ROW and run[-1].table == block.table)


def _name_before(cues: ContactCues, blocks: Sequence[Block], index: int) -> Fields:
    """«Kari Nordmann» on the line above «Kontaktperson» (a name card)."""
    if index == 0:
        return Fields()
    before = blocks[index - 1]
    short = len(before.text.split()) <= 4 and not role_mentions(cues, before.text)
    found = fields_of(before.text)
    if not short or before.kind is Kind.ROW or found.reachable:
        return Fields()
    return Fields(names=found.names)


def _record(document: ReadDocument, role: str, block: Block, fields: Fields, how: str) -> Record:
    shown = block.text if len(block.text) > 3 else how
    evidence = Evidence(document.name, document.where(block), shown[:200])
    return Record(role, fields, evidence, how)


def _governed(
    cues: ContactCues, document: ReadDocument, index: int, roles: list[str]
) -> Iterator[Record]:
    blocks = document.blocks
    block = blocks[index]
    for role in roles:
        scope = _scope(cues, role, blocks, index)
        fields = _block_fields(block) | _name_before(cues, blocks, index)
        for inner in scope:
            fields |= _block_fields(inner)
        yield _record(document, role, block, fields, "overskrift")


def _labelled(
    cues: ContactCues, document: ReadDocument, index: int, roles: list[str]
) -> Iterator[Record]:
    blocks = document.blocks
    fields = fields_of(blocks[index].value, name_label=True)
    run = _field_run(cues, roles[-1], blocks, index)
    for inner in run:
        fields |= _block_fields(inner)
    if run:  # a number a narrow column broke over two lines («direkte 23 61» / «08 14»)
        fields |= Fields(phones=phones("\n".join([blocks[index].value, *(b.text for b in run)])))
    for role in roles:
        yield _record(document, role, blocks[index], fields, "felt")


# R-CP-182: a cell that holds several records one after another («Kontaktperson: Leif Arne
# Skarstein, …, leif@vestbrekka.no. Personvernombod: Kari Øvrebø, …»): a new label after a
# full stop or a semicolon opens the next
_RECORD_IN_CELL = re.compile(r"(?<=[.;])\s+(?=[A-ZÆØÅ][^\W\d][^:.;|]{0,40}:\s)")


def _labelled_cells(cues: ContactCues, row: Block) -> list[tuple[list[str], Fields]]:
    """R-CP-30: the cells of a row that are each a label and its value («Kontaktperson: Camilla
    Ruud, …» | «Personvernombud: Ola Brekkå» | «Tlf. …, e-post …»): each role's cell starts its
    record, and a cell without a role label that follows is the same person's."""
    found: list[tuple[list[str], Fields]] = []
    for cell in (piece for whole in row.cells for piece in _RECORD_IN_CELL.split(whole)):
        label, colon, value = cell.partition(":")
        roles = _label_roles(cues, label) if colon and value.strip() else []
        if roles:
            found.append((roles, fields_of(value.strip(), name_label=True)))
        elif found and cell:
            found[-1] = (found[-1][0], found[-1][1] | fields_of(cell))
    return found


def _row_records(cues: ContactCues, document: ReadDocument, index: int) -> Iterator[Record]:
    row = document.blocks[index]
    labelled = _labelled_cells(cues, row)
    if labelled:
        for roles, fields in labelled:
            for role in roles:
                yield _record(document, role, row, _names_only(fields), "tabellrad")
        return
    role_column = _role_column(document.blocks, index)
    for position, cell in enumerate(row.cells):
        roles = _label_roles(cues, cell)
        # R-CP-181: a form's row numbers its question first («1.2 | Personvernombod (namn,
        # telefon, e-post) | Hanne Vik, …»): the question is the row's label
        numbered = position == 1 and _ROW_NUMBER.match(row.cells[0]) is not None
        if roles and (
            position == 0 or numbered or position == role_column or len(cell.split()) <= 3
        ):
            others = row.cells[:position] + row.cells[position + 1 :]
            none = _says_none(others[1:]) if numbered else None
            if none is None:
                yield from _role_row(cues, document, index, roles, others)
            elif none:
                # «1.3 | Databehandlar (namn, …) | Ingen. Løysinga blir drifta av oss»: the
                # answer says there is none, as R-CP-35 reads a column of «Ingen» cells; «None
                # yet – …» says nothing a record could hold
                for role in roles:
                    yield _record(document, f"no_{role}", row, Fields(), "tabellrad")
            return


def _role_row(
    cues: ContactCues,
    document: ReadDocument,
    index: int,
    roles: Sequence[str],
    others: Sequence[str],
) -> Iterator[Record]:
    """The record of each role a row's label names, with the details its other cells give."""
    fields = _card_name(cues, document, index)
    for value in others:
        fields |= fields_of(value, name_label=not EMAIL.search(value))
    for role in roles:
        yield _record(document, role, document.blocks[index], _names_only(fields), "tabellrad")


_ROW_NUMBER = re.compile(r"^\s*\d{1,2}(\.\d{1,2})*\.?\s*$")
_ROLE_HEADER = re.compile(r"^\W*(rolle|role|roll|funksjon|function|type)\W*$", re.IGNORECASE)


def _role_column(blocks: Sequence[Block], index: int) -> int:
    """R-CP-119: the column its table's header names «Rolle» («Entity | Role | Name | Phone»):
    its cell says the row's role in as many words as it takes («Controller – contact person»,
    «Data Protection Officer (group)»); -1 when there is none."""
    table, start = blocks[index].table, index
    while start > 0 and blocks[start - 1].kind is Kind.ROW and blocks[start - 1].table == table:
        start -= 1
    if start == index:
        return -1  # the header row itself
    return next((j for j, cell in enumerate(blocks[start].cells) if _ROLE_HEADER.match(cell)), -1)


def _card_name(cues: ContactCues, document: ReadDocument, index: int) -> Fields:
    """R-CP-57: «Synne Ravndal» on the line right above the first row of a signature card
    («prosjektleder | Instituttet» / «tlf. … | synne@…») is the person the card is about."""
    # _name_before already refuses a first block and a row above (a table's earlier row)
    if document.blocks[index].gap_before:
        return Fields()
    if index >= 2 and not document.blocks[index - 1].gap_before:
        label = document.blocks[index - 2]
        # «Personvernombud» / «Per Moe» / «Databehandler | Lagring AS …»: the name is the value
        # of the role line above it, not the card's below (R-CP-80, found by a mutation test)
        if len(label.text.split()) <= 3 and role_mentions(cues, label.text):
            return Fields()
    return _name_before(cues, document.blocks, index)


def _continued_row(cues: ContactCues, document: ReadDocument, index: int) -> Iterator[Record]:
    """R-CP-44: in a table of labels and values, a row whose label names no role («Phone» |
    «+47 …» under «Contact person» | «Dr. Ane Holter») goes on with the record of the nearest
    row above it in the same table whose label names one."""
    row = document.blocks[index]
    if len(_filled(row)) != 2 or _label_roles(cues, row.cells[0]):
        return
    for above in reversed(document.blocks[:index]):
        if above.kind is not Kind.ROW or above.table != row.table:
            return
        roles = _label_roles(cues, above.cells[0])
        if roles:
            fields = fields_of(row.cells[1], name_label=bool(_NAME_LABEL.match(row.cells[0])))
            # a signature's «tlf. 55 58 71 40 | kari@…» has no label: its first cell is a value
            fields |= Fields(phones=fields_of(row.cells[0]).phones)
            for role in roles:
                yield _record(document, role, row, _names_only(fields), "tabellrad")
            return


def _names_only(fields: Fields) -> Fields:
    """In a row, a cell taken as a name must look like one (not «Seniorrådgiver»)."""
    names = tuple(n for n in fields.names if len(n.split()) >= 2 and not re.search(r"\d", n))
    return Fields(names, fields.phones, fields.emails, fields.org_numbers, fields.addresses,
                  fields.organisations)  # fmt: skip


def _column_records(cues: ContactCues, document: ReadDocument, index: int) -> Iterator[Record]:
    """A header row that names roles in its columns: each column below is one record."""
    header = document.blocks[index]
    labels = [_label_roles(cues, cell) for cell in header.cells]
    if not any(labels):
        return
    rows = [b for b in document.blocks[index + 1 :] if b.table == header.table]
    # R-CP-35: a header of roles one cell shorter than every row below lost its empty corner
    # cell (the rows' labels stand in column 0), so its first role heads column 1
    corner_lost = (
        bool(rows) and all(labels) and all(len(row.cells) == len(header.cells) + 1 for row in rows)
    )
    shift = 1 if corner_lost else 0
    columns = {j + shift: roles for j, roles in enumerate(labels) if roles and j + shift > 0}
    if len(columns) == 0 or (not corner_lost and labels and labels[0]):
        return
    above = _names_above(document.blocks, index)
    for j, roles in columns.items():
        fields = Fields(names=person_names(above[j])) if j < len(above) else Fields()
        for row in rows:
            if j < len(row.cells):
                fields |= fields_of(row.cells[j], name_label=bool(_NAME_LABEL.match(row.cells[0])))
        denied = _denied(_column_cells(rows, j))
        for role in roles:
            role = f"no_{role}" if denied else role  # «Databehandlar | Ingen – … sjølv»
            yield _record(document, role, header, fields, "tabellkolonne")


def _names_above(blocks: Sequence[Block], index: int) -> tuple[str, ...]:
    """R-CP-123: the first row of a table of signature cards, right above the row of roles
    («Nina Fjeld | Thomas Brenden» over «Organisasjonssjef | Personvernombud»): its cells are
    the names of the people the columns are about, when every filled cell is a name alone."""

    def of_table(at: int) -> bool:
        return at >= 0 and blocks[at].kind is Kind.ROW and blocks[at].table == blocks[index].table

    if not of_table(index - 1) or of_table(index - 2):
        return ()  # the roles are not the table's second row
    found = [fields_of(cell) for cell in blocks[index - 1].cells if cell]
    named = bool(found) and all(f.names and not f.reachable for f in found)
    return blocks[index - 1].cells if named else ()


def _column_cells(rows: Sequence[Block], j: int) -> list[str]:
    """Column j's cells that hold anything (not «–» or an empty cell)."""
    cells = (row.cells[j] for row in rows if j < len(row.cells))
    return [cell for cell in cells if any(ch.isalnum() for ch in cell)]


def _denied(cells: Sequence[str]) -> bool:
    """A column whose every cell says there is no one («Ingen – vi driftar løysinga sjølv»)."""
    return bool(cells) and all(says_none(cell) for cell in cells)


def _people_tables(cues: ContactCues, document: ReadDocument) -> dict[int, int]:
    """R-CP-93: the tables whose columns are people, each headed by one role («KONTAKTPERSONER
    HOS SIVEST | DATABEHANDLER»), the details below in the column: table -> header index. A
    first column of labels («Navn», «Telefon») holds no one's details, read down or across."""
    rows: dict[int, list[int]] = {}
    for index, block in enumerate(document.blocks):
        if block.kind is Kind.ROW and block.table:
            rows.setdefault(block.table, []).append(index)
    found = {}
    for table, indices in rows.items():
        header = document.blocks[indices[0]]
        below = [document.blocks[i] for i in indices[1:]]
        if len(header.cells) < 2 or not below:
            continue
        if any(len(_label_roles(cues, cell)) != 1 or not _bare(cell) for cell in header.cells):
            # the usual table; a cell naming two roles, whose column mixes them; or a row of
            # fields («Behandlingsansvarlig: Matkroken AS | Kontaktperson: Camilla Ruud, …»)
            continue
        if all(len(row.cells) == len(header.cells) for row in below):
            found[table] = indices[0]
    return found


def _bare(cell: str) -> bool:
    """A column heading: a short label with nothing after a colon."""
    return ":" not in cell.strip().rstrip(":") and len(cell.split()) <= MAX_LABEL_WORDS


def _column_people(cues: ContactCues, document: ReadDocument, index: int) -> Iterator[Record]:
    """Each column of a people-columns table as the records of its people: a cell labelled
    with another role («Personvernombud: Eva Torsvik») starts that role's person."""
    header = document.blocks[index]
    rows = [b for b in document.blocks[index + 1 :] if b.table == header.table]
    for j, heading in enumerate(header.cells):
        role, fields = _label_roles(cues, heading)[0], Fields()
        cells = _column_cells(rows, j)
        if _denied(cells):  # as R-CP-35 reads a column
            yield _record(document, f"no_{role}", header, Fields(), "tabellkolonne")
            continue
        for cell in cells:
            label = cell.split(":", 1)[0] if ":" in cell else ""
            named = _label_roles(cues, label) if label else []
            if named and named[0] != role:
                if fields.count:
                    yield _record(document, role, header, fields, "tabellkolonne")
                role, fields = named[0], Fields()
            fields |= fields_of(cell)
        if fields.count:
            yield _record(document, role, header, fields, "tabellkolonne")


# a role's entry that says there is no one in it («Ingen – vi driftar sjølv», «N/A»)
_NONE = re.compile(
    r"^\W*(ingen|inga|ikke aktuelt|ikkje aktuelt|ikke relevant|ikkje relevant|none|n/a"
    r"|not applicable)\b",
    re.IGNORECASE,
)


def says_none(value: str) -> bool:
    return _NONE.match(value) is not None


# what makes «Ingen …» no denial: an organisation, an exception, a «yet», a contact detail
# («Ingen andre enn Skulenett AS», «Ingen avtale er signert enno, men …», «None yet – …»)
_BUT_ONE = re.compile(
    r"\b(AS|ASA|SA|Ltd|Limited|Inc|GmbH|AB|Oy|BV|LLC|Plc)\b|andre enn|anna enn|other than"
    r"|\butover\b|\bennå\b|\benno\b|\benda\b|\byet\b|\bmen\b|\bbut\b|@|\d{2} ?\d{2} ?\d{2}"
)


_YET = re.compile(
    r"\b(ennå|enno|enda|yet|ikke valgt|ikkje valt|not (yet )?(chosen|selected))\b", re.I
)


def _none_yet(value: str) -> bool:
    """«None yet – …», «Ingen ennå»: no one now, someone later; not a denial, not a record."""
    return says_none(value) and _YET.search(value) is not None


def _says_none(answers: Sequence[str]) -> bool | None:
    """R-CP-181: a form's answers that say there is none (True), none yet (False), or that
    name someone (None)."""
    filled = [value for value in answers if value]
    if not filled:
        return None
    if all(_none_yet(value) for value in filled):
        return False
    if all(_none_at_all(value) for value in filled):
        return True
    return None


def _none_at_all(value: str) -> bool:
    """R-CP-181 (narrowed on review): a form's answer that says there is none and names no one
    («Ingen. Løysinga blir drifta av fylkeskommunen sjølv»)."""
    return says_none(value) and _BUT_ONE.search(value) is None


def _prose_records(cues: ContactCues, document: ReadDocument, index: int) -> Iterator[Record]:
    """«Vårt personvernombud er Ola Hansen, tlf. …»: from each role to the next; a role named
    last, without details, takes those of the next block («… Personvernombud:\nOla …»)."""
    block = document.blocks[index]
    text = block.text
    following = document.blocks[index + 1] if index + 1 < len(document.blocks) else None
    joins = following is not None and not following.gap_before
    if following is not None and joins and not role_mentions(cues, following.text):
        text = f"{text} {following.text}"
    mentions = role_mentions(cues, text)
    if not mentions:
        return
    run = Fields()
    if len(mentions) == 1 and len(block.text.split()) <= ROLE_LINE_WORDS:
        # R-CP-24: «Contact person Dr. Ane Holter» / «Phone …» / «E-mail …»: the fields that
        # follow a short line naming one role are that role's, as under a «Role:» label
        for inner in _field_run(cues, mentions[0][1], document.blocks, index):
            run |= _block_fields(inner)
    ends = [at for at, _ in mentions[1:]] + [len(text)]
    for position, ((at, _), end) in enumerate(zip(mentions, ends, strict=True)):
        role = _role_at(text, mentions, position)
        fields = fields_of(text[at:end])
        start = mentions[position - 1][0] if position else 0
        # the sentence before the role's own (seen with the role's first letter, R-CP-31): a
        # sentence that ended before it is another role's («… vegard@…no. Databehandler: …»)
        before = _SENTENCE.split(text[start : at + 1])[-1][:-1]
        if not fields.reachable or position == 0:
            fields |= fields_of(before)
        yield _record(document, role, block, fields | run, "avsnitt")


def _role_at(text: str, mentions: Sequence[tuple[int, str]], position: int) -> str:
    """The role of the person named at a mention: a contact person named with the processor
    (or the controller organisation) just before is that organisation's."""
    at, role = mentions[position]
    previous = mentions[position - 1] if position else None
    if role == "dpo" and previous is not None and _processors_officer(text, previous, at):
        return previous[1]  # R-CP-191: «Processor: Bankbro AB – Oskar Lind, DPO, +46 …»
    if role != "contact" or previous is None or previous[1] not in _ABSORBS:
        return role
    # R-CP-31: only within one sentence (the sentence break is seen with the next letter)
    if not _SENTENCE.search(text[previous[0] : at + 1]):
        return previous[1]  # «Databehandler er X AS, kontaktperson Per Olsen»
    if (
        _processor_entry(text, previous, at)
        or _theirs(text, at, previous[0])  # «… som er databehandler. Deres kontaktperson er …»
        or _labelled_next(text, mentions, position)  # «… er databehandler. Kontakt: Marte …»
    ):
        return previous[1]
    return role


# a person's title after the name («Oskar Lind, DPO,»): the role word is who that person is
_TITLE_AFTER_NAME = re.compile(r"[A-ZÆØÅ][\w.-]+(?: [A-ZÆØÅ][\w.-]+)*,\s*$")


def _processors_officer(text: str, previous: tuple[int, str], at: int) -> bool:
    """R-CP-191: the processor's own data protection officer, named as its contact in the
    processor's sentence («Processor (account information service): Bankbro Technologies AB,
    Stockholm – Oskar Lind, DPO, +46 8 555 730 11, dpo@bankbro.se»), is the processor's contact,
    not the controller's DPO: the role word stands as the title after the person's name."""
    if previous[1] != "processor" or _SENTENCE.search(text[previous[0] : at + 1]):
        return False
    if not _ROLE_AS_TITLE.match(text, at):
        return False  # «…, Oslo, DPO: Kari Nes», «…, personvernombud Per Moe»: a role of its own
    named = _TITLE_AFTER_NAME.search(text[max(previous[0], at - 60) : at])
    return named is not None and not _LEGAL_FORM.search(f" {named.group(0).rstrip(', ')}")


# the role word as a title: a comma, a bracket or the details follow it, not a label's colon or
# the name it labels («DPO, +46 …», not «DPO: Kari Nes», «personvernombud Per Moe»)
_ROLE_AS_TITLE = re.compile(
    r"(dpo|data protection officer|personvernombud\w*|personvernombod\w*|privacy officer)\s*"
    r"(\([^)]*\)\s*)?(,|;|[–-]\s|\+?\d|tlf|tel|phone|mob|e-?post|e-?mail)",
    re.IGNORECASE,
)


# R-CP-75: a contact person said to be the organisation's just named, in the next sentence
_THEIR = re.compile(
    r"\b(deres|deira|their|its|leverandørens|leverandøren sin|databehandlerens"
    r"|databehandlaren sin|selskapets|firmaets)\s*$",
    re.IGNORECASE,
)


# … or said to be there («Kontaktperson der er …», «contact person at the processor»)
_THERE = re.compile(
    r"^[\w-]+\s+((vår|vårt|our)\s+)?(der|dar|there"
    r"|hos (dem|dei|leverandøren|databehandleren|databehandlaren|selskapet)"
    r"|at the (processor|supplier|vendor|company))\b",
    re.IGNORECASE,
)
# R-CP-144: … or at the company the sentence names as the processor («Dermalytix AB i Sverige,
# som er databehandler … Kontaktperson hos Dermalytix AB er Sara Lindqvist»)
_AT_ORGANISATION = re.compile(
    r"[\w-]+(?: person\w*)?\s+(?:hos|ved|i|at|with|in|from|fra)\s+"
    r"([A-ZÆØÅ0-9][\w&-]*(?: [A-ZÆØÅ0-9][\w&-]*)*)"
)
# between the company and the role word («…, som er databehandlar», «… i Sverige, som er vår
# databehandler», «… som databehandler»), or after the role word («Databehandler er …»)
_BEFORE_ROLE = re.compile(
    r"\s*(\([^)]*\)\s*)?(i [A-ZÆØÅ]\w+\s*)?,?\s*((som|which|who) )?((er|is|acts as|fungerer som"
    r"|opptrer som|blir|vert) )?((vår|vårt|our|the|a|en|ein) )?"
)
_AFTER_ROLE = re.compile(r"\w*\s*(er|is|:|[–-])\s*")
_LEGAL_FORM = re.compile(rf" ({LEGAL_FORMS})$")


def _theirs(text: str, at: int, processor: int = -1) -> bool:
    """The contact person named at `at` is the organisation's named just before it (whose role
    word stands at `processor`)."""
    if _THEIR.search(text[max(0, at - 30) : at]) or _THERE.match(text[at : at + 60]):
        return True
    named = _AT_ORGANISATION.match(text, at)
    if named is None or processor < 0 or _NOT_NAMED_YET.match(text, named.end()):
        return False  # «Kontaktperson hos Skyline Data AS er ikke avklart ennå; …»
    company = _processor_company(text, processor)
    return bool(company) and _company_name(named[1]) == company


_NOT_NAMED_YET = re.compile(
    r"[\w ]{0,12}\b(er|is|has|har)( \w+)? (ikke|ikkje|not|no|ennå ikke|enno ikkje|yet to)\b",
    re.IGNORECASE,
)


def _processor_company(text: str, role_at: int) -> str:
    """The name of the company the sentence names as the processor, right before its role word
    («Skyline Data AS som databehandler»: Skyline Data) or right after it («Databehandler er
    Nordloc AS»); not the controller it works for («databehandler for Fjordkraft Helse AS»)."""
    starts = [m.end() for m in _SENTENCE.finditer(text, 0, role_at)]
    start = starts[-1] if starts else 0
    ended = _SENTENCE.search(text, role_at)
    end = ended.start() if ended else len(text)
    before = text[start:role_at]
    for name in reversed(organisations(before)):
        at = before.rfind(name) + len(name)
        if _BEFORE_ROLE.fullmatch(before[at:]):
            return _company_name(name)
    role_word = re.match(r"\w+", text[role_at:end])
    after_role = role_at + (role_word.end() if role_word else 0)
    lead = _AFTER_ROLE.match(text, after_role, end)
    if lead is not None:
        found = organisations(text[lead.end() : end])
        if found and text[lead.end() : end].startswith(found[0]):
            return _company_name(found[0])
    return ""


def _company_name(name: str) -> str:
    """A company's own name: the capitalised words before its legal form («Analysen gjøres av
    Signalis AB», as `organisations` may read it, is Signalis; «Vetlefjord IKT IKS» Vetlefjord
    IKT)."""
    words = _LEGAL_FORM.sub("", name.strip()).split()
    own: list[str] = []
    for word in reversed(words):
        if not (word[:1].isupper() or word[:1].isdigit()):
            break
        own.insert(0, word)
    return " ".join(own)


_PERSON_LABEL = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?\s*:")
# R-CP-116: … or the role word as a label without its colon, right before the person's name
# («Kontaktperson Lars Bakken, …»); «Kontaktperson er Lars Bakken» is a sentence of its own
_PERSON_NAMED = re.compile(r"[^\W\d_]+(?: person)?\s+[A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ]")


def _processor_entry(text: str, processor: tuple[int, str], at: int) -> bool:
    """R-CP-54: a block that opens with the processor («Databehandler: Nordloc AS, Industriveien
    7, Kristiansand. Kontakt: Hilde Brekke, …») is the processor's entry: a person labelled in
    its next sentences is the processor's (for the controller organisation R-CP-31 holds)."""
    opens = processor[1] == "processor" and not text[: processor[0]].strip()
    labelled = _PERSON_LABEL.match(text, at) or _PERSON_NAMED.match(text, at)
    return opens and labelled is not None


# the bare word as a label, not «Kontaktinformasjon:»; «Kontaktperson:» once one is named
_BARE_CONTACT_LABEL = re.compile(r"(?:kontakt|contact)\s*:", re.IGNORECASE)
_PERSON_CONTACT_LABEL = re.compile(r"(?:kontaktperson|contact person)\s*:", re.IGNORECASE)
_LABELLED_NEXT_REACH = 200


def _labelled_next(text: str, mentions: Sequence[tuple[int, str]], position: int) -> bool:
    """R-CP-90: a bare «Kontakt:» opening the sentence right after the one that names the
    processor («… AlcoSafe Norge AS, er databehandler. Kontakt: Marte Olsen, tlf. …») labels
    the processor's person, as in the processor's own entry (R-CP-54); so does «Kontaktperson:»
    when the paragraph has named the controller's contact person before («Kontaktperson er
    underteikna. … Databehandlar: Turspor AS, …. Kontaktperson: Magnhild Solheim, …»)."""
    at, previous = mentions[position][0], mentions[position - 1]
    between = text[previous[0] : at]
    named_before = any(role == "contact" for _, role in mentions[: position - 1])
    labelled = _BARE_CONTACT_LABEL.match(text, at) is not None or (
        named_before and _PERSON_CONTACT_LABEL.match(text, at) is not None
    )
    return (
        previous[1] == "processor"
        and labelled
        and len(between) <= _LABELLED_NEXT_REACH
        and len(_SENTENCE.findall(between + text[at : at + 1])) == 1
    )


def records(cues: ContactCues, document: ReadDocument) -> list[Record]:
    """Every contact record the document holds, in reading order; a contact person named
    under a processor's heading is the processor's, not the controller's."""
    found: list[Record] = []
    owned: dict[int, str] = {}  # blocks a processor's heading governs, and a DPO's fields
    people = _people_tables(cues, document)
    for index in range(len(document.blocks)):
        for record in _block_records(cues, document, index, people):
            if record.role == "contact" and index in owned:
                record = Record(owned[index], record.fields, record.evidence, record.how)
            opens_entry = _organisation_row(record, document.blocks[index]) and _has_contact(found)
            found.append(record)
            if opens_entry:
                for inner in _rows_of_entry(cues, document.blocks, index):
                    owned[inner] = record.role
            if record.role in ("processor", "dpo") and record.how == "overskrift":
                scope = _scope(cues, record.role, document.blocks, index)
                for inner in range(index + 1, index + 1 + len(scope)):
                    block = document.blocks[inner]
                    if record.role == "processor" or _person_field(cues, block):
                        owned[inner] = record.role
    return _at_the_processor(cues, document, found + _signature_cards(cues, document))


def _at_the_processor(
    cues: ContactCues, document: ReadDocument, found: list[Record]
) -> list[Record]:
    """R-CP-160: a block that opens with the contact person at a company («Kontaktperson hos
    Adgangsmaster AS: Frode Lie, …») names the processor's person when the document names that
    company as the processor elsewhere («… i skyløsningen til Adgangsmaster AS, som er
    databehandler …»): R-CP-144 across the blocks of one document."""
    at = {
        i: _company_name(named[1])
        for i, record in enumerate(found)
        if record.role == "contact"
        and (named := _AT_ORGANISATION.match(record.evidence.excerpt)) is not None
        and not _NOT_NAMED_YET.match(record.evidence.excerpt, named.end())
    }
    if not at:
        return found
    companies = {
        _processor_company(block.text, offset)
        for block in document.blocks
        for offset, role in role_mentions(cues, block.text)
        if role == "processor"
    } - {""}
    return [
        Record("processor", r.fields, r.evidence, r.how) if at.get(i) in companies else r
        for i, r in enumerate(found)
    ]


def _organisation_row(record: Record, row: Block) -> bool:
    """R-CP-64: a label–value row that names the processor or an external DPO by organisation
    («Databehandler | Sjøhelse Testtjenester AS, org.nr. …»), not by a person."""
    fields = record.fields
    by_organisation = bool(fields.organisations or fields.org_numbers)
    person = any(not any(o.startswith(n) for o in fields.organisations) for n in fields.names)
    return (
        record.role in ("processor", "dpo")
        and record.how == "tabellrad"
        and len(_filled(row)) == 2
        and by_organisation
        and not person
    )


def _has_contact(found: Sequence[Record]) -> bool:
    """The controller's contact person is already named above (R-CP-64)."""
    return any(r.role == "contact" and r.fields.names for r in found)


def _rows_of_entry(cues: ContactCues, blocks: Sequence[Block], index: int) -> Iterator[int]:
    """R-CP-64: the rows below an organisation's row in its table, up to the next row whose
    label names another role than a contact person («Kontaktperson | Vegard Nyheim»,
    «Telefon | …», «E-post | …» are the organisation's contact)."""
    for inner in range(index + 1, len(blocks)):
        row = blocks[inner]
        if row.kind is not Kind.ROW or row.table != blocks[index].table:
            return
        if set(_label_roles(cues, row.cells[0])) - {"contact"}:
            return
        yield inner


def _single_role_field(cues: ContactCues, block: Block) -> bool:
    """«Personvernombud: Ola Hansen, …» whose value names no further role."""
    if block.kind is not Kind.FIELD or not _label_roles(cues, _field_label(block)):
        return False
    return not role_mentions(cues, block.value)


def _may_hold_details(block: Block) -> bool:
    """Running text worth reading for roles: short, or holding an address or a number (a
    long paragraph that only names a processor counts through `named_roles`)."""
    text = block.text
    return len(text) <= PROSE_CHARS or "@" in text or _DIGITS.search(text) is not None


def named_roles(cues: ContactCues, text: str) -> frozenset[str]:
    """The roles a whole text names anywhere (not negated)."""
    return frozenset(role for _, role in role_mentions(cues, text))


def _block_records(
    cues: ContactCues, document: ReadDocument, index: int, people: Mapping[int, int]
) -> Iterator[Record]:
    """`people`: the tables whose columns are people (R-CP-93), by table, with their header."""
    block = document.blocks[index]
    header = people.get(block.table) if block.kind is Kind.ROW else None
    if header is not None:
        if header == index:
            yield from _column_people(cues, document, index)
        return  # R-CP-93: a row across such columns holds pieces of several people
    if block.kind is Kind.ROW:
        yield from _column_records(cues, document, index)
        yield from _row_records(cues, document, index)
        yield from _continued_row(cues, document, index)
        if len(_filled(block)) != 1:
            return
    roles = _label_roles(cues, _anchor_label(block))
    if roles:
        yield from _governed(cues, document, index, roles)
    elif _single_role_field(cues, block):
        yield from _labelled(cues, document, index, _label_roles(cues, _field_label(block)))
    elif block.kind in (Kind.PARAGRAPH, Kind.ITEM, Kind.FIELD) and _may_hold_details(block):
        yield from _prose_records(cues, document, index)


# the start of a message quoted or forwarded under the sender's own
_QUOTED = re.compile(
    r"(?:^|\s)(?:>\s*(?:fra|from|von|sendt|sent|date|dato)\s*:"
    r"|^\s*(?:fra|from|von|svaradresse|kopi)\s*:\s"
    r"|-{2,}\s*(?:original message|opprinnelig melding|videresendt melding|forwarded message)"
    # a quoted reply's attribution line, with its time («tir. 10. nov. 2026 kl. 09:12 skrev Ola
    # Berg <…>:», «On Tue, Nov 10, 2026 at 9:12 AM Ola Berg <…> wrote:»)
    r"|\b(?:on|den|am|man|tir|ons|tor|fre|lør|søn|mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s"
    r"[^\n]{0,80}?\d{1,2}[:.]\d{2}[^\n]{0,80}?\b(?:wrote|skrev|schrieb)\b[^\n]{0,120}?:(?=\s|$))",
    re.IGNORECASE,
)


def _quoted(text: str) -> re.Match[str] | None:
    """`_QUOTED.search(text)`: each of its forms holds a colon or «--», which most blocks lack."""
    return _QUOTED.search(text) if ":" in text or "--" in text else None


def unquoted(text: str) -> str:
    """The text above a quoted or forwarded message it runs into (someone else's words)."""
    quoted = _quoted(text)
    return text[: quoted.start()] if quoted else text


SIGNATURE_BLOCKS = 6  # a signature without a closing line: at most this many blocks
SIGNATURE_SPAN = 9  # the blocks from a closing line on that can be its signature
# what follows a signature and is not the signer's: copies, annexes, a postscript (R-CP-157)
_AFTER_SIGNATURE = re.compile(
    r"^\W*(kopi( til)?|gjenpart|vedlegg|enclosures?|encl\.|cc|copy( to)?|p\.?\s?s\.?)\b"
    # copy lists under other names, and a person labelled below the signature («Saksbehandler:
    # …», «Kontaktperson: …»), who is not the signer
    r"|^\W*(kopimottak\w*|intern kopi|kopi\w*\s*:|copies|distribution|mottak(ar|er)(e|ar)?\s*:"
    r"|adresseliste|saksbehandl\w*\s*:|sakshandsam\w*\s*:|kontaktperson\w*\s*:"
    r"|contact person\s*:|case officer\s*:)",
    re.IGNORECASE,
)


def signature(cues: ContactCues, document: ReadDocument, closing: bool = False) -> Record | None:
    """The sender's signature: the blocks after the last closing («Med vennlig hilsen») above
    any quoted or forwarded message, or without a closing, the last blocks above it (R-CP-83:
    a thread quoted under the signature is not where the signature stands). `closing`: only
    a signature under a closing (a letter's, R-CP-157)."""
    regex = compile_any(cues.signature_openers)
    blocks = document.blocks
    # an attached mail opens with its own header lines («Fra: …»): the quote starts below text
    first = next((i for i, b in enumerate(blocks) if not _quoted(b.text)), len(blocks))
    end = next((i for i in range(first, len(blocks)) if _quoted(blocks[i].text)), None)
    end = len(blocks) if end is None else end
    openers = [i for i, b in enumerate(blocks[:end]) if regex and regex.search(b.text)]
    if closing and not openers:
        return None
    start = openers[-1] if openers else max(first, end - SIGNATURE_BLOCKS)
    fields = Fields()
    signed = blocks[start : start + SIGNATURE_SPAN]
    signers = _signer_columns(cues, signed)
    for block in signed:
        text = block.text
        if block is not blocks[start] and _AFTER_SIGNATURE.match(text):
            break
        quoted = _quoted(text)
        if quoted is not None:
            # a quoted or forwarded message below the signature is someone else's
            text = text[: quoted.start()]
            fields |= fields_of(text)
            break
        opener = regex.search(text) if regex and openers and block is blocks[start] else None
        if opener is not None:
            fields |= fields_of(text[opener.end() :])
            continue
        if block.kind is Kind.ROW and block.table in signers:
            # R-CP-157: signatures side by side; the signer is the column no role heads
            column = signers[block.table]
            fields |= fields_of(block.cells[column]) if column < len(block.cells) else Fields()
            continue
        fields |= fields_of(text) | _block_fields(block)
    if not fields.count:
        return None
    return _record(document, "signature", blocks[start], fields, "signatur")


def case_officer(cues: ContactCues, document: ReadDocument) -> Record | None:
    """R-CP-158: the case officer a letter head names: the cell under «Saksbehandler» in the
    head's table of references («Vår ref. | Deres ref. | Saksbehandler | Dato»), the
    letter's person to reach in a public body's letters. Whose officer it is, the reader
    decides (the letter may be another body's)."""
    for rows in table_rows(document.blocks):
        header = rows[0]
        if len(rows) < 2 or not any(search(cues.our_reference, c) for c in header.cells):
            continue
        for j, cell in enumerate(header.cells):
            if search(cues.case_officer, cell) and j < len(rows[1].cells):
                fields = fields_of(rows[1].cells[j])
                if fields.names and fields.reachable:
                    return _record(document, "signature", rows[1], fields, "saksbehandler")
    return _case_officer_field(cues, document)


# R-CP-172: the items of a letter's footer line («… · Personvernombod: …»)
_FOOTER_ITEM = re.compile(r"\s[·•|]\s")


def _case_officer_field(cues: ContactCues, document: ReadDocument) -> Record | None:
    """R-CP-172: the case officer as a field of the letter («Sakshandsamar: Solveig Fjærestad,
    tlf. 57 67 60 24, solveig.fjaerestad@hibreheim.no · Personvernombod: …» in its footer), up
    to the footer's next item."""
    for block in document.blocks:
        if block.kind is Kind.FIELD and block.value and search(cues.case_officer, block.title):
            fields = fields_of(_FOOTER_ITEM.split(block.value, maxsplit=1)[0])
            if fields.names and fields.reachable:
                return _record(document, "signature", block, fields, "saksbehandler")
    return None


def _signer_columns(cues: ContactCues, blocks: Sequence[Block]) -> dict[int, int]:
    """R-CP-157: the tables of a signature that set people side by side («Nina Fjeld | Thomas
    Brenden», «Organisasjonssjef | Personvernombud», their numbers and addresses below), each
    with the column of the signer: the first column whose cells name no role (the others are
    read as the roles they name, R-CP-93's columns)."""
    found: dict[int, int] = {}
    for rows in table_rows(blocks):
        width = len(rows[0].cells)
        if width < 2 or any(len(row.cells) != width for row in rows):
            continue
        people = [j for j in range(width) if any(person_names(row.cells[j]) for row in rows)]
        if len(people) < 2:
            continue  # labels and their values («Telefon | 22 …»), or one person's details
        free = [j for j in people if not role_mentions(cues, _column_text(rows, j))]
        if free:
            found[rows[0].table] = free[0]
    return found


def _column_text(rows: Sequence[Block], column: int) -> str:
    return "\n".join(row.cells[column] for row in rows if column < len(row.cells))


def _signature_cards(cues: ContactCues, document: ReadDocument) -> list[Record]:
    """R-CP-157: people who sign side by side under the letter's closing, each column one
    person's card («Solveig Lunde personvernombod tlf. 57 63 80 14 solveig.lunde@…», «Fiona
    MacLeod» over «Data Protection Officer Europe +44 … fiona@…»): a column that names one role
    other than the contact person's is that role's person."""
    regex = compile_any(cues.signature_openers)
    blocks = document.blocks
    closings = [i for i, b in enumerate(blocks) if regex and regex.search(b.text)]
    if not closings:
        return []
    found: list[Record] = []
    for rows in table_rows(blocks[closings[-1] + 1 : closings[-1] + SIGNATURE_SPAN]):
        for column in range(max(len(row.cells) for row in rows)):
            text = _column_text(rows, column)
            roles = {role for _, role in role_mentions(cues, text)}
            if len(roles) == 1 and "contact" not in roles and person_names(text):
                fields = fields_of(text)
                found.append(_record(document, roles.pop(), rows[0], fields, "signaturkolonne"))
    return found
