"""completeness/records.py: who is named in which role, and the details that are theirs.

A role is named by a heading, a label, a field, a table row or column, or in running text; each
layout here is the smallest a request writes it in, with the record it must give.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from completeness.records import named_roles, records, role_mentions, signature
from config.case_types import load_case_type
from reading.text import read_text

_CUES = load_case_type("prior_consultation").part(1).contacts
assert _CUES is not None
CUES = _CUES


@pytest.fixture(autouse=True)
def _fresh_mentions() -> Iterator[None]:
    """role_mentions is memoised: an answer worked out before this test must not stand in."""
    role_mentions.cache_clear()
    yield


Found = tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def found(text: str) -> list[Found]:
    """(role, how, names, phones, e-mail addresses) of each record, in reading order."""
    return [
        (r.role, r.how, r.fields.names, r.fields.phones, r.fields.emails)
        for r in records(CUES, read_text("e-post", text))
    ]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Kontaktperson: Kari Nordmann, tlf. 55 12 34 56. Personvernombud er Per Moe",
         ((0, "contact"), (48, "dpo"))),
        ("Skriv til personvernombud@firma.no", ()),  # inside an address
        ("Vi har ikke personvernombud.", ()),  # negated
        ("Personvernombud (personvernombudet) Per", ((0, "dpo"),)),  # once for a repeat
        # R-CP-45: a role qualified by the organisation it belongs to
        ("Kontaktperson hos databehandleren: Ola", ((0, "processor"),)),
        ("Kontaktperson hos behandlingsansvarlig: Ola", ((0, "contact"),)),
        ("Controller's contact person: Ola", ((0, "contact"),)),
    ],
)  # fmt: skip
def test_where_the_text_names_a_role(text: str, mentions: tuple[tuple[int, str], ...]) -> None:
    assert role_mentions(CUES, text) == mentions


def test_the_roles_a_text_names_anywhere() -> None:
    text = "Kontaktperson og personvernombud, men ingen databehandler"
    assert named_roles(CUES, text) == frozenset({"contact", "dpo"})


KARI = ("Kari Nordmann",)
PER = ("Per Moe",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading governs the blocks below it, up to the next role
        ("Kontaktperson\nKari Nordmann\nTlf. 55 12 34 56\nkari@firma.no\n\n"
         "Personvernombud\nPer Moe\npvo@firma.no",
         [("contact", "overskrift", KARI, ("55 12 34 56",), ("kari@firma.no",)),
          ("dpo", "overskrift", PER, (), ("pvo@firma.no",))]),
        # a label naming two roles gives both the same person
        ("Kontaktperson og personvernombud:\nKari Nordmann, kari@firma.no",
         [("contact", "overskrift", KARI, (), ("kari@firma.no",)),
          ("dpo", "overskrift", KARI, (), ("kari@firma.no",))]),
        # a «Role: value» field and the fields that follow it
        ("Personvernombud: Per Moe\nTlf: 91 00 11 22\nE-post: pvo@firma.no",
         [("dpo", "felt", PER, ("91 00 11 22",), ("pvo@firma.no",))]),
        # ... past an empty line only with a detail to reach the person by
        ("Personvernombud: Per Moe\n\nTlf: 91 00 11 22\n\nAdresse: Storgata 1",
         [("dpo", "felt", PER, ("91 00 11 22",), ())]),
        # ... five more fields at most
        ("Personvernombud: Per Moe\nA: 1\nB: 2\nC: 3\nD: 4\nE: 5\nE-post: pvo@firma.no",
         [("dpo", "felt", PER, (), ("pvo@firma.no",))]),
        ("Personvernombud: Per Moe\nA: 1\nB: 2\nC: 3\nD: 4\nE: 5\nF: 6\nE-post: pvo@firma.no",
         [("dpo", "felt", PER, (), ())]),
        # running text: from each role to the next
        ("Vårt personvernombud er Ola Hansen, tlf. 91 00 11 22, ola@firma.no.",
         [("dpo", "avsnitt", ("Ola Hansen",), ("91 00 11 22",), ("ola@firma.no",))]),
        ("Kontaktperson er Kari Nordmann (kari@firma.no), og personvernombud er Per Moe "
         "(pvo@firma.no).",
         [("contact", "avsnitt", KARI, (), ("kari@firma.no",)),
          ("dpo", "avsnitt", PER, (), ("pvo@firma.no",))]),
        # R-CP-31: a contact person in the processor's sentence is the processor's
        ("Databehandler er Lagring AS, kontaktperson Per Olsen, tlf. 22 33 44 55.",
         [("processor", "avsnitt", (), (), ()),
          ("processor", "avsnitt", ("Per Olsen",), ("22 33 44 55",), ())]),
        ("Databehandler er Lagring AS. Kontaktperson er Per Olsen, tlf. 22 33 44 55.",
         [("processor", "avsnitt", (), (), ()),
          ("contact", "avsnitt", ("Per Olsen",), ("22 33 44 55",), ())]),
        # R-CP-54: ... and a person labelled in the processor's own entry
        ("Databehandler: Nordloc AS, Industriveien 7, Kristiansand. Kontakt: Hilde Brekke, "
         "hilde@nordloc.no",
         [("processor", "avsnitt", (), (), ()),
          ("processor", "avsnitt", ("Hilde Brekke",), (), ("hilde@nordloc.no",))]),
        # R-CP-24: a short line naming one role, and the lines of details below it
        ("Contact person Dr. Ane Holter\nPhone +47 22 33 44 55\nE-mail ane@uni.no",
         [("contact", "overskrift", ("Ane Holter",), ("+47 22 33 44 55",), ("ane@uni.no",))]),
        # a contact person under the processor's heading is the processor's
        ("Databehandler\nLagring AS\nKontaktperson: Ola Hansen, ola@lagring.no",
         [("processor", "overskrift", ("Ola Hansen",), (), ("ola@lagring.no",)),
          ("processor", "felt", ("Ola Hansen",), (), ("ola@lagring.no",))]),
        # «Kontakt: Per Moe» under the DPO's heading names the DPO
        ("Personvernombud\nKontakt: Per Moe\npvo@firma.no",
         [("dpo", "overskrift", PER, (), ("pvo@firma.no",)),
          ("dpo", "felt", PER, (), ("pvo@firma.no",))]),
    ],
)  # fmt: skip
def test_the_records_of_each_layout(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Personvernombud\tPer Moe\t91 00 11 22\tpvo@firma.no",
         [("dpo", "tabellrad", PER, ("91 00 11 22",), ("pvo@firma.no",))]),
        # a title in a cell is no name
        ("Personvernombud\tSeniorrådgiver\tPer Moe\t91 00 11 22",
         [("dpo", "tabellrad", PER, ("91 00 11 22",), ())]),
        # R-CP-30: cells that are each a label and its value
        ("Kontaktperson: Camilla Ruud\tPersonvernombud: Ola Brekkå\tTlf. 22 00 00 00, e-post "
         "ola@x.no",
         [("contact", "tabellrad", ("Camilla Ruud",), (), ()),
          ("dpo", "tabellrad", ("Ola Brekkå",), ("22 00 00 00",), ("ola@x.no",))]),
        # R-CP-44: a row whose label names no role goes on with the role of the row above
        ("Contact person\tDr. Ane Holter\nPhone\t+47 22 33 44 55\nE-mail\tane@uni.no",
         [("contact", "tabellrad", ("Ane Holter",), (), ()),
          ("contact", "tabellrad", (), ("+47 22 33 44 55",), ()),
          ("contact", "tabellrad", (), (), ("ane@uni.no",))]),
    ],
)  # fmt: skip
def test_the_records_of_a_table_row(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "table",
    [
        "\tKontaktperson\tPersonvernombud\nNavn\tKari Nordmann\tPer Moe\n"
        "Telefon\t55 12 34 56\t91 00 11 22",
        # R-CP-35: the header lost its empty corner cell
        "Kontaktperson\tPersonvernombud\nNavn\tKari Nordmann\tPer Moe\n"
        "Telefon\t55 12 34 56\t91 00 11 22",
    ],
)
def test_a_header_of_roles_makes_each_column_a_record(table: str) -> None:
    columns = [r for r in found(table) if r[1] == "tabellkolonne"]
    assert columns == [
        ("contact", "tabellkolonne", KARI, ("55 12 34 56",), ()),
        ("dpo", "tabellkolonne", PER, ("91 00 11 22",), ()),
    ]


CARING = "følger opp behandlingen i kommunen og "


def test_a_long_paragraph_is_read_for_roles_only_with_a_detail_in_it() -> None:
    text = f"Personvernombudet {CARING * 9}svarer på spørsmål."
    assert len(text) > 300 and found(text) == []
    text = f"Personvernombudet {CARING * 9}svarer på 91 00 11 22."
    assert found(text) == [("dpo", "avsnitt", (), ("91 00 11 22",), ())]


def test_the_signature_is_what_follows_the_last_closing() -> None:
    mail = "Hei,\nSe vedlegg.\n\nMed vennlig hilsen\nKari Nordmann\ntlf. 55 12 34 56\nkari@firma.no"
    signed = signature(CUES, read_text("e-post", mail))
    assert signed is not None
    assert (signed.role, signed.how, signed.evidence.excerpt) == (
        "signature", "signatur", "Med vennlig hilsen"
    )  # fmt: skip
    assert (signed.fields.names, signed.fields.phones, signed.fields.emails) == (
        KARI, ("55 12 34 56",), ("kari@firma.no",)
    )  # fmt: skip
    # no closing: the last lines are read as the signature
    unsigned = signature(
        CUES, read_text("e-post", "Hei,\nSe vedlegg.\n\nKari Nordmann\n55 12 34 56")
    )
    assert unsigned is not None and unsigned.fields.phones == ("55 12 34 56",)
    assert signature(CUES, read_text("e-post", "Hei,\nSe vedlegg.")) is None


SJØHELSE = "Sjøhelse Testtjenester AS, org.nr. 987 654 321"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R-CP-64: below an organisation named in a row, with the controller's contact person
        # named above, the rows up to the next role are the organisation's contact
        (f"Kontaktperson\tKari Nordmann\nDatabehandler\t{SJØHELSE}\nKontaktperson\tVegard Nyheim\n"
         "Telefon\t22 33 44 55\nPersonvernombud\tPer Moe\tpvo@firma.no\nKontaktperson\tOla Berg",
         [("contact", "tabellrad", KARI, (), ()),
          ("processor", "tabellrad", ("Sjøhelse Testtjenester",), (), ()),
          ("processor", "tabellrad", ("Vegard Nyheim",), (), ()),
          ("processor", "tabellrad", (), ("22 33 44 55",), ()),
          ("dpo", "tabellrad", PER, (), ("pvo@firma.no",)),
          ("contact", "tabellrad", ("Ola Berg",), (), ())]),
        # ... an external DPO named by its organisation too
        ("Kontaktperson\tKari Nordmann\nPersonvernombud\tPersonvernpartner AS, org.nr. 912 345 678"
         "\nKontaktperson\tVegard Nyheim",
         [("contact", "tabellrad", KARI, (), ()),
          ("dpo", "tabellrad", (), (), ()),
          ("dpo", "tabellrad", ("Vegard Nyheim",), (), ())]),
        # ... not before the controller's contact person is named
        (f"Databehandler\t{SJØHELSE}\nKontaktperson\tVegard Nyheim",
         [("processor", "tabellrad", ("Sjøhelse Testtjenester",), (), ()),
          ("contact", "tabellrad", ("Vegard Nyheim",), (), ())]),
        # ... not for a processor named by a person
        ("Kontaktperson\tKari Nordmann\nDatabehandler\tVegard Nyheim\nKontaktperson\tOla Berg",
         [("contact", "tabellrad", KARI, (), ()),
          ("processor", "tabellrad", ("Vegard Nyheim",), (), ()),
          ("contact", "tabellrad", ("Ola Berg",), (), ())]),
        # ... and not past the end of its table
        (f"Kontaktperson\tKari Nordmann\nDatabehandler\t{SJØHELSE}\n\nKontaktperson\tOla Berg",
         [("contact", "tabellrad", KARI, (), ()),
          ("processor", "tabellrad", ("Sjøhelse Testtjenester",), (), ()),
          ("contact", "tabellrad", ("Ola Berg",), (), ())]),
    ],
)  # fmt: skip
def test_an_organisations_row_owns_the_contact_rows_below_it(
    text: str, expected: list[Found]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name card: the name on the line above the role is the role's
        ("Innledning.\n\nKari Nordmann\nKontaktperson\nkari@firma.no",
         [("contact", "overskrift", KARI, (), ("kari@firma.no",))]),
        # ... not when that line holds a detail of its own (it is a record of its own)
        ("Innledning.\n\nKari Nordmann, kari@x.no\nKontaktperson\nola@firma.no",
         [("contact", "overskrift", (), (), ("ola@firma.no",))]),
        # the fields under a heading: a name label's value is a name, any other label's not,
        # and a label that is a name is one
        ("Personvernombud\nNavn\tPer Moe\nRolle\tRådgiver Olsen",
         [("dpo", "overskrift", PER, (), ())]),
        ("Personvernombud\nNavn: Per Moe\nStilling: Seniorrådgiver Hansen\n"
         "Kari Nordmann: 91 00 11 22",
         [("dpo", "overskrift", ("Per Moe", "Kari Nordmann"), ("91 00 11 22",), ())]),
    ],
)  # fmt: skip
def test_the_details_a_heading_gathers(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "quoted",
    [
        "\n-----Original Message-----\nFra: Per Moe\ntlf. 99 88 77 66",
        "\n> Fra: Per Moe <per@x.no>\n> tlf. 99 88 77 66",
        " -- Videresendt melding -- Per Moe 99 88 77 66",
        "\nFra: Per Moe per@x.no",
    ],
)
def test_a_quoted_message_below_the_signature_is_not_the_senders(quoted: str) -> None:
    """R-CP-22: the signature ends where a quoted or forwarded message begins."""
    mail = f"Hei,\nSe vedlegg.\n\nMed vennlig hilsen\nKari Nordmann, tlf. 55 12 34 56{quoted}"
    signed = signature(CUES, read_text("e-post", mail))
    assert signed is not None
    assert (signed.fields.names, signed.fields.phones, signed.fields.emails) == (
        KARI, ("55 12 34 56",), ()
    )  # fmt: skip


FILLER = "\n".join(f"F{i}: {i}" for i in range(1, 12))  # eleven fields that name no role


@pytest.mark.parametrize(
    ("text", "emails"),
    [
        # a heading governs the twelve blocks below it
        (f"Personvernombud\n{FILLER}\nE-post: pvo@firma.no", ("pvo@firma.no",)),
        (f"Personvernombud\n{FILLER}\nF12: 12\nE-post: pvo@firma.no", ()),
    ],
)
def test_a_heading_governs_at_most_twelve_blocks(text: str, emails: tuple[str, ...]) -> None:
    assert found(text) == [("dpo", "overskrift", (), (), emails)]


def test_a_name_card_on_the_first_line() -> None:
    assert found("Kari Nordmann\nKontaktperson\nkari@firma.no") == [
        ("contact", "overskrift", KARI, (), ("kari@firma.no",))
    ]


OLSEN = ("Per Olsen",)
PHONE = ("22 33 44 55",)


@pytest.mark.parametrize(
    ("second", "role"),
    [
        # R-CP-75: the next sentence's contact person said to be theirs, or there
        ("Deres kontaktperson er Per Olsen, tlf. 22 33 44 55.", "processor"),
        ("Kontaktperson der er Per Olsen, tlf. 22 33 44 55.", "processor"),
        ("Kontaktperson er Per Olsen, tlf. 22 33 44 55.", "contact"),
    ],
)
def test_a_contact_person_in_the_sentence_after_the_processor(second: str, role: str) -> None:
    assert found(f"Lagring AS er vår databehandler. {second}") == [
        ("processor", "avsnitt", (), (), ()),
        (role, "avsnitt", OLSEN, PHONE, ()),
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # R-CP-54: only the processor's entry owns a person labelled in its next sentences
        ("Behandlingsansvarlig: Nordlys kommune, Storgata 1, Bodø. Kontakt: Hilde Brekke, "
         "hilde@firma.no", "controller"),
        # ... and only a person labelled so («Kontakt: …»), not one named in a sentence
        ("Databehandler: Nordloc AS, Industriveien 7, Kristiansand. Kontaktperson er Hilde "
         "Brekke, hilde@firma.no", "processor"),
    ],
)  # fmt: skip
def test_a_person_in_an_organisations_entry_who_stays_the_contact(text: str, first: str) -> None:
    assert found(text) == [
        (first, "avsnitt", (), (), ()),
        ("contact", "avsnitt", ("Hilde Brekke",), (), ("hilde@firma.no",)),
    ]


def test_a_named_dpo_is_not_the_controllers_contact_person() -> None:
    """R-CP-64: an organisation's row owns the contact rows below only after the controller's
    contact person is named; a DPO named above is not that."""
    text = f"Personvernombud\tPer Moe\nDatabehandler\t{SJØHELSE}\nKontaktperson\tVegard Nyheim"
    assert found(text) == [
        ("dpo", "tabellrad", PER, (), ()),
        ("processor", "tabellrad", ("Sjøhelse Testtjenester",), (), ()),
        ("contact", "tabellrad", ("Vegard Nyheim",), (), ()),
    ]


# a name written in capitals, as forms often have it, is a name only where a label says so
HOLTER = ("ANE HOLTER",)
PROSE_25 = (
    "Vi har valgt en ordning der alle spørsmål om behandlingen går gjennom ombudet, som også "
    "følger opp avvik og rutiner i hele kommunen hvert år."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the value of a role's label, the cell beside a role, a «Navn» row below one
        ("Personvernombud: ANE HOLTER\tTlf. 22 00 00 00",
         [("dpo", "tabellrad", HOLTER, ("22 00 00 00",), ())]),
        ("Personvernombud\tANE HOLTER\t91 00 11 22",
         [("dpo", "tabellrad", HOLTER, ("91 00 11 22",), ())]),
        ("Personvernombud\tSeksjon for personvern\nNavn\tANE HOLTER",
         [("dpo", "tabellrad", ("Seksjon for personvern",), (), ()),
          ("dpo", "tabellrad", HOLTER, (), ())]),
        ("\tKontaktperson\tPersonvernombud\nNavn\tANE HOLTER\tPER MOE",
         [("contact", "tabellkolonne", HOLTER, (), ()),
          ("dpo", "tabellkolonne", ("PER MOE",), (), ()),
          ("contact", "tabellrad", (), (), ())]),
    ],
)  # fmt: skip
def test_a_labelled_value_is_a_name_however_it_is_written(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a signature's row whose first cell is a phone number goes on with the row above
        ("Kontaktperson\tKari Nordmann\ntlf. 55 58 71 40\tkari@firma.no",
         [("contact", "tabellrad", KARI, (), ()),
          ("contact", "tabellrad", (), ("55 58 71 40",), ("kari@firma.no",))]),
        # ... only within one table
        ("Personvernombud\tPer Moe\n\nTelefon\t91 00 11 22", [("dpo", "tabellrad", PER, (), ())]),
        # a row shorter than the header of roles holds nothing for the missing column
        ("\tKontaktperson\tPersonvernombud\nNavn\tKari Nordmann",
         [("contact", "tabellkolonne", KARI, (), ()), ("dpo", "tabellkolonne", (), (), ()),
          ("contact", "tabellrad", (), (), ())]),
        # a role's column that says there is no one in it
        ("\tKontaktperson\tDatabehandler\nNavn\tKari Nordmann\tIngen – vi drifter selv",
         [("contact", "tabellkolonne", KARI, (), ()),
          ("no_processor", "tabellkolonne", ("Ingen – vi drifter selv",), (), ()),
          ("contact", "tabellrad", (), (), ())]),
        # a role in a later cell labels the row only in three words at most
        ("Kari Nordmann\tkontaktperson for prosjektet\tkari@firma.no",
         [("contact", "tabellkolonne", (), (), ()),
          ("contact", "tabellrad", KARI, (), ("kari@firma.no",))]),
        ("Kari Nordmann\tvår kontaktperson for prosjektet\tkari@firma.no",
         [("contact", "tabellkolonne", (), (), ())]),
        # ... the first cell in any number of words
        ("Kontaktperson for dette prosjektet\tKari Nordmann",
         [("contact", "tabellrad", KARI, (), ())]),
    ],
)  # fmt: skip
def test_which_rows_and_cells_a_table_record_takes(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R-CP-30: the first colon separates a cell's label from its value
        ("Personvernombud: Ola Brekkå, https://x.no\tKontaktperson: Kari Ruud",
         [("dpo", "tabellrad", ("Ola Brekkå",), (), ()),
          ("contact", "tabellrad", ("Kari Ruud",), (), ())]),
        # a role's label without a value is no record: what follows is the person's before it
        ("Kontaktperson: Camilla Ruud\tPersonvernombud:\tola@x.no",
         [("contact", "tabellrad", ("Camilla Ruud",), (), ("ola@x.no",))]),
        # an unlabelled cell is the last labelled person's
        ("Kontaktperson: Camilla Ruud\tPersonvernombud: Ola Brekkå\tDatabehandler: Lagring AS\t"
         "Tlf. 22 00 00 00",
         [("contact", "tabellrad", ("Camilla Ruud",), (), ()),
          ("dpo", "tabellrad", ("Ola Brekkå",), (), ()),
          ("processor", "tabellrad", ("Lagring AS",), ("22 00 00 00",), ())]),
    ],
)  # fmt: skip
def test_cells_that_are_each_a_label_and_its_value(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


def test_a_row_record_keeps_the_organisations_number_and_address() -> None:
    text = "Databehandler\tSjøhelse Testtjenester AS, org.nr. 987 654 321, Storgata 1, 0155 Oslo"
    (record,) = records(CUES, read_text("e-post", text))
    assert (record.fields.org_numbers, record.fields.addresses) == (
        ("987 654 321",),
        ("0155 Oslo", "Storgata 1"),
    )


@pytest.mark.parametrize(
    ("between", "emails"),
    [
        # a strong heading ends what a role's heading governs
        ("\n2 Metode\n", ()),
        # a paragraph of 25 words of prose with no detail in it ends it too, 24 words do not
        (f"\n{PROSE_25}\n", ()),
        (f"\n{PROSE_25.replace(' hvert år', '')}\n", ("pvo@firma.no",)),
    ],
)
def test_what_ends_a_role_headings_scope(between: str, emails: tuple[str, ...]) -> None:
    assert found(f"Personvernombud\nPer Moe\n{between}\npvo@firma.no") == [
        ("dpo", "overskrift", PER, (), emails)
    ]


def test_a_row_naming_another_role_ends_a_role_headings_scope() -> None:
    text = "Personvernombud\nPer Moe\n\nDatabehandler\tLagring AS, post@lagring.no"
    assert found(text) == [
        ("dpo", "overskrift", PER, (), ()),
        ("processor", "tabellrad", (), (), ("post@lagring.no",)),
    ]


@pytest.mark.parametrize(
    ("above", "names"),
    [
        # a name card's name has four words at most, and is not a row of a table
        ("Innledning.\n\nKari Anne Nordmann Berg", ("Kari Anne Nordmann Berg",)),
        ("Innledning.\n\nKari Anne Nordmann Berg Olsen", ()),
        ("Navn\tKari Nordmann", ()),
    ],
)
def test_the_name_on_the_line_above_a_role(above: str, names: tuple[str, ...]) -> None:
    assert found(f"{above}\nKontaktperson\nkari@firma.no") == [
        ("contact", "overskrift", names, (), ("kari@firma.no",))
    ]


@pytest.mark.parametrize(
    ("line", "emails"),
    [
        # a line of eight words at most below a «Role: value» field is the role's
        ("Seksjon for personvern i Nordlys kommune, e-post pvo@firma.no", ("pvo@firma.no",)),
        ("Seksjon for personvern i Nordlys kommune, med e-post pvo@firma.no", ()),
    ],
)
def test_the_short_lines_below_a_role_field(line: str, emails: tuple[str, ...]) -> None:
    assert found(f"Personvernombud: Per Moe\n{line}") == [("dpo", "felt", PER, (), emails)]


def test_a_number_a_narrow_column_broke_over_two_lines_is_one_number() -> None:
    text = "Personvernombud: Per Moe, direkte 23 61\n08 14\nE-post: pvo@firma.no"
    assert found(text) == [("dpo", "felt", PER, ("23 61 08 14",), ("pvo@firma.no",))]


ASKED = (
    "Alle spørsmål om behandlingen av opplysningene i denne saken kan rettes direkte til vårt "
    "personvernombud"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role named last without details takes those of the next block, not past a gap
        (f"{ASKED}\n- Ola Hansen, tlf. 91 00 11 22",
         [("dpo", "avsnitt", ("Ola Hansen",), ("91 00 11 22",), ())]),
        (f"{ASKED}\n\n- Ola Hansen, tlf. 91 00 11 22", [("dpo", "avsnitt", (), (), ())]),
        # R-CP-24: a line of ten words at most naming one role: the fields below are its
        ("- Vår kontaktperson i saken er Ane Holter fra Nordlys kommune\n\nTelefon: 22 33 44 55",
         [("contact", "avsnitt", ("Ane Holter",), ("22 33 44 55",), ())]),
        ("- Vår kontaktperson i saken er Ane Holter fra Nordlys kommune nå\n\n"
         "Telefon: 22 33 44 55", [("contact", "avsnitt", ("Ane Holter",), (), ())]),
        # only a contact person is absorbed by the processor named before it
        ("Databehandler er Lagring AS, personvernombud Per Moe.",
         [("processor", "avsnitt", (), (), ()), ("dpo", "avsnitt", PER, (), ())]),
        ("Kontaktperson er Per Olsen, tlf. 22 33 44 55, og databehandler er Lagring AS.",
         [("contact", "avsnitt", OLSEN, PHONE, ()), ("processor", "avsnitt", OLSEN, PHONE, ())]),
        # the words before the first role are its, and before a later role without details
        ("Ola Hansen er vårt personvernombud, tlf. 91 00 11 22.",
         [("dpo", "avsnitt", ("Ola Hansen",), ("91 00 11 22",), ())]),
        ("Kontaktperson er Kari Nordmann, tlf. 22 33 44 55. Per Moe er personvernombud.",
         [("contact", "avsnitt", ("Kari Nordmann", "Per Moe"), PHONE, ()),
          ("dpo", "avsnitt", PER, (), ())]),
        # running text is read when short, or when it holds an address
        ("Vårt personvernombud er Ola Hansen.", [("dpo", "avsnitt", ("Ola Hansen",), (), ())]),
        (f"Personvernombudet {CARING * 9}svarer på ola@firma.no.",
         [("dpo", "avsnitt", (), (), ("ola@firma.no",))]),
    ],
)  # fmt: skip
def test_roles_in_running_text(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("organisation", "last"),
    [
        # R-CP-64: an organisation named without its number owns the contact rows below
        ("Sjøhelse Testtjenester AS", "processor"),
        # ... not one named with a person, nor a DPO named by an address only
        ("Sjøhelse Testtjenester AS v/ Vegard Nyheim", "contact"),
    ],
)
def test_whether_a_processors_row_owns_the_contact_row_below(organisation: str, last: str) -> None:
    text = f"Kontaktperson\tKari Nordmann\nDatabehandler\t{organisation}\nKontaktperson\tOla Berg"
    assert [(r[0], r[2]) for r in found(text)][-1] == (last, ("Ola Berg",))


def test_a_dpo_named_by_an_address_owns_no_contact_rows() -> None:
    text = "Kontaktperson\tKari Nordmann\nPersonvernombud\tpvo@firma.no\nKontaktperson\tOla Berg"
    assert found(text) == [
        ("contact", "tabellrad", KARI, (), ()),
        ("dpo", "tabellrad", (), (), ("pvo@firma.no",)),
        ("contact", "tabellrad", ("Ola Berg",), (), ()),
    ]


BLANKS = "\n\nA.\n\nB.\n\nC.\n\nD.\n\n"


def signed(text: str) -> tuple[tuple[str, ...], tuple[str, ...], str] | None:
    record = signature(CUES, read_text("e-post", text))
    return record and (record.fields.names, record.fields.phones, record.evidence.excerpt)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # without a closing, the last six blocks are the signature
        ("Kari Nordmann\ntlf. 55 12 34 56", (KARI, ("55 12 34 56",), "Kari Nordmann")),
        (f"Kari Nordmann{BLANKS}tlf. 55 12 34 56", (KARI, ("55 12 34 56",), "Kari Nordmann")),
        (f"Kari Nordmann{BLANKS}E.\n\ntlf. 55 12 34 56", ((), ("55 12 34 56",), "signatur")),
        # after a closing, nine blocks at most
        (f"Mvh Kari Nordmann\n{BLANKS}E.\n\nF.\n\nG.\n\ntlf. 55 12 34 56",
         (KARI, ("55 12 34 56",), "Mvh Kari Nordmann")),
        (f"Mvh Kari Nordmann\n{BLANKS}E.\n\nF.\n\nG.\n\nH.\n\ntlf. 55 12 34 56",
         (KARI, (), "Mvh Kari Nordmann")),
    ],
)  # fmt: skip
def test_where_the_signature_is(
    text: str, expected: tuple[tuple[str, ...], tuple[str, ...], str]
) -> None:
    assert signed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # under a role's heading: a name label's value, in a field or a row
        ("Personvernombud\nNavn: ANE HOLTER", [("dpo", "overskrift", HOLTER, (), ())]),
        ("Personvernombud\nNavn\tANE HOLTER", [("dpo", "overskrift", HOLTER, (), ())]),
        # every label and value of a row, and its first cell
        ("Personvernombud\nNavn\tPer Moe\tE-post\tpvo@firma.no",
         [("dpo", "overskrift", PER, (), ("pvo@firma.no",))]),
        ("Personvernombud\nPer Moe\tpvo@firma.no",
         [("dpo", "overskrift", PER, (), ("pvo@firma.no",))]),
        # «Kontakt:» with its colon names the contact person; «Kontakt» alone does not
        ("Kontakt:\nKari Nordmann\nkari@firma.no",
         [("contact", "overskrift", KARI, (), ("kari@firma.no",))]),
        ("Kontakt\nKari Nordmann\nkari@firma.no", []),
        # a table's row with one filled cell heads the rows below it
        ("Rolle\tNavn\nPersonvernombud\t\nPer Moe\tpvo@firma.no",
         [("dpo", "tabellrad", (), (), ()), ("dpo", "overskrift", PER, (), ("pvo@firma.no",)),
          ("dpo", "tabellrad", (), (), ("pvo@firma.no",))]),
    ],
)  # fmt: skip
def test_the_details_under_a_role_heading(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # R-CP-45: a role qualified by its organisation is one role, and reading goes on
        ("Kontaktperson hos behandlingsansvarlig er Ola Berg, og personvernombud er Per Moe.",
         ((0, "contact"), (55, "dpo"))),
        ("Kontaktperson hos databehandleren er Ola, og personvernombud er Per",
         ((0, "processor"), (45, "dpo"))),
        ("Controller's contact person: Ola, DPO: Per", ((0, "contact"), (34, "dpo"))),
        # only the processor or the controller qualify a contact person so
        ("Kontaktperson for personvernombudet: Ola", ((0, "contact"), (18, "dpo"))),
        ("Personvernombud: kontaktperson Ola", ((0, "dpo"), (17, "contact"))),
        ("Databehandler: personvernombud Ola", ((0, "processor"), (15, "dpo"))),
    ],
)  # fmt: skip
def test_roles_qualified_by_whose_they_are(
    text: str, mentions: tuple[tuple[int, str], ...]
) -> None:
    assert role_mentions(CUES, text) == mentions


@pytest.mark.parametrize(
    ("row", "role"),
    [
        # R-CP-68: a long label that opens with a role names that role
        ("Databehandler – Medisync Nordic AS, org.nr. 921 554 307, Oslo", "processor"),
        # ... its opening up to seven words long
        ("Kontaktperson hos oss i Nordlys kommune nå – mer tekst her", "contact"),
    ],
)
def test_a_long_label_names_the_role_it_opens_with(row: str, role: str) -> None:
    assert found(f"{row}\tPer Olsen") == [(role, "tabellrad", OLSEN, (), ())]


def evidence(text: str) -> list[str]:
    return [r.evidence.excerpt for r in records(CUES, read_text("e-post", text))]


def test_what_a_record_shows_as_its_evidence() -> None:
    # a label of three letters says less than how the record was found
    assert evidence("DPO\nPer Moe, pvo@firma.no") == ["overskrift"]
    assert evidence("PVO:\nPer Moe, pvo@firma.no") == ["PVO:"]
    # a contact person owned by the processor's heading keeps its own evidence
    owned = "Databehandler\nLagring AS\nKontaktperson: Ola Hansen, ola@lagring.no"
    assert evidence(owned) == ["Databehandler", "Kontaktperson: Ola Hansen, ola@lagring.no"]
    # at most 200 characters of it
    (long,) = evidence(f"Personvernombudet {CARING * 9}svarer på 91 00 11 22.")
    assert long == f"Personvernombudet {CARING * 9}"[:200]


@pytest.mark.parametrize(
    ("heading", "details", "second"),
    [
        # a processor's heading owns every contact person below it; a DPO's heading only a
        # person in a field that names no other role («Kontakt: …», R-CP-14)
        ("Databehandler\nLagring AS", ("Kari Nordmann",), "processor"),
        ("Personvernombud\nPer Moe", ("Per Moe", "Kari Nordmann"), "contact"),
    ],
)
def test_whom_a_role_heading_owns(heading: str, details: tuple[str, ...], second: str) -> None:
    text = f"{heading}\nKontaktperson er Kari Nordmann, kari@firma.no."
    first = "processor" if heading.startswith("Databehandler") else "dpo"
    assert found(text) == [
        (first, "overskrift", details, (), ("kari@firma.no",)),
        (second, "avsnitt", KARI, (), ("kari@firma.no",)),
    ]


def test_a_contact_person_said_to_be_there_at_the_end_of_the_text() -> None:
    """R-CP-75: «der» is read right after the role, however little text follows."""
    assert found("Lagring AS er vår databehandler. Kontaktperson der er Per Olsen.") == [
        ("processor", "avsnitt", (), (), ()),
        ("processor", "avsnitt", OLSEN, (), ()),
    ]


@pytest.mark.parametrize(
    ("ending", "read"),
    [("svarer på dette.", True), ("svarer på dette, ja.", False)],
)
def test_running_text_of_300_characters_at_most_is_read_for_roles(ending: str, read: bool) -> None:
    text = f"Personvernombudet {CARING * 7}{ending}"
    assert len(text) == (300 if read else 304)
    assert [r[0] for r in found(text)] == (["dpo"] if read else [])


def test_every_field_below_a_short_line_naming_a_role_is_its() -> None:
    """R-CP-24: the phone and the address below «Vår kontaktperson er …»."""
    text = "- Vår kontaktperson er Ane Holter\n\nTelefon: 22 33 44 55\nE-post: ane@x.no"
    assert found(text) == [("contact", "avsnitt", ("Ane Holter",), PHONE, ("ane@x.no",))]
