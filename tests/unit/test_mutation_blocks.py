"""reading/blocks.py: where a block is, as evidence shows it, and a document's text."""

from __future__ import annotations

from reading.blocks import Block, Kind, Location, ReadDocument


def block(text: str, page: int, number: int) -> Block:
    return Block(Kind.PARAGRAPH, text, Location("søknad.pdf", page, number))


def test_a_location_names_its_page_only_in_a_paged_source() -> None:
    assert Location("a.pdf", 2, 14).describe(paged=True) == "side 2, blokk 14"
    assert Location("a.txt", 1, 14).describe(paged=False) == "blokk 14"


def test_a_documents_text_is_its_blocks_one_per_line() -> None:
    document = ReadDocument("søknad.pdf", (block("En", 1, 1), block("To", 2, 2)), True, False)
    assert document.text == "En\nTo"
    assert ReadDocument("tom.txt", (), False, False).text == ""


def test_evidence_says_where_a_block_is_and_whether_it_was_read_by_ocr() -> None:
    second = block("To", 2, 7)
    paged = ReadDocument("søknad.pdf", (second,), paged=True, ocr=False)
    scanned = ReadDocument("skann.pdf", (second,), paged=True, ocr=True)
    flat = ReadDocument("notat.txt", (second,), paged=False, ocr=False)
    assert paged.where(second) == "side 2, blokk 7"
    assert scanned.where(second) == "side 2, blokk 7 (OCR)"
    assert flat.where(second) == "blokk 7"
