"""letters/findings_reader.py: the problems a caseworker reads when a findings file is wrong,
each at its path, word for word."""

from __future__ import annotations

from letters.findings_reader import Reader

RULES = frozenset({"R-T-13", "R-CP-8"})


def test_a_missing_or_malformed_table_is_named_at_its_path() -> None:
    reader = Reader(RULES)
    assert reader.mapping(None, "vedtak", ["dato"]) is None
    assert reader.mapping(None, "vedlegg", ["dato"], required=False) is None
    assert reader.mapping(["dato"], "findings[2]", ["dato"]) is None
    assert reader.mapping({"dato": 1, "datum": 2}, "", ["dato", "tekst"]) == {"dato": 1, "datum": 2}
    assert reader.problems == [
        "vedtak: må fylles ut",
        "findings[2]: må være en tabell med felt (nøkkel: verdi)",
        "datum: ukjent felt; gyldige felt her er: dato, tekst",
    ]


def test_a_text_that_is_not_text_is_named_under_its_parent() -> None:
    reader = Reader(RULES)
    assert reader.text({"tittel": 12}, "tittel", "findings[1]") is None
    assert reader.problems == ["findings[1].tittel: må være en tekst"]


def test_a_single_text_is_one_item_unless_it_is_read_as_paragraphs() -> None:
    reader = Reader(RULES)
    doc = {"funn": "Første  avsnitt\n\nAndre\navsnitt"}
    assert reader.texts(doc, "funn") == ("Første avsnitt Andre avsnitt",)
    assert reader.texts(doc, "funn", paragraphs=True) == ("Første avsnitt", "Andre avsnitt")
    assert reader.problems == []


def test_a_missing_list_or_one_that_is_no_list_is_named() -> None:
    reader = Reader(RULES)
    assert reader.texts({}, "begrunnelse") == ()
    assert reader.texts({}, "tiltak", "findings[1]", what="ett tiltak") == ()
    assert reader.texts({"kilder": 3}, "kilder", "findings[1]") == ()
    assert reader.problems == [
        "begrunnelse: må ha minst ett avsnitt",
        "findings[1].tiltak: må ha minst ett tiltak",
        "findings[1].kilder: må være en liste med tekster",
    ]


def test_a_rule_id_is_kept_only_when_it_is_known_and_an_unknown_one_is_named() -> None:
    reader = Reader(RULES)
    assert reader.rule_id({"regel": " R-T-13 "}, "regel") == "R-T-13"
    assert reader.rule_id({}, "regel") is None
    assert reader.rule_id({"regel": "R-X-1"}, "regel") is None
    assert reader.problems == ["regel: ukjent regel-id «R-X-1» (se config/legal_citations.yaml)"]


def test_rule_ids_are_named_under_their_parent_one_by_one() -> None:
    reader = Reader(RULES)
    doc = {"regler": ["R-CP-8", "R-X-1", ""]}
    assert reader.rule_ids(doc, "regler", "findings[3]") == ("R-CP-8",)
    assert reader.problems == [
        "findings[3].regler[3]: må være en tekst som ikke er tom",
        "findings[3].regler[2]: ukjent regel-id «R-X-1» (se config/legal_citations.yaml)",
    ]


def test_a_flag_that_is_not_true_or_false_keeps_its_default_and_is_named() -> None:
    reader = Reader(RULES)
    assert reader.flag({"unntatt": "ja"}, "unntatt", default=False) is False
    assert reader.flag({}, "unntatt", default=True) is True
    assert reader.problems == ["unntatt: må være true eller false"]
