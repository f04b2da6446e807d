# ruff: noqa: E501
"""What several senders share: Datatilsynet's address, its own earlier letters, and approval notes."""

from __future__ import annotations

from letter import Head, Letter
from topic import Person

DT_ADDR = ("Datatilsynet", "Postboks 458 Sentrum", "0105 OSLO")
DT_ADDR_EN = ("Datatilsynet", "P.O. Box 458 Sentrum", "NO-0105 Oslo", "Norway")
DT_MAIL = "postkasse@datatilsynet.no"

DT_HEAD = Head(
    "Datatilsynet",
    "",
    (
        "Postadresse: Postboks 458 Sentrum, 0105 Oslo | Kontoradresse: Tollbugata 3, Oslo",
        "postkasse@datatilsynet.no | www.datatilsynet.no",
    ),
    ("Deres referanse", "Vår referanse", "Saksbehandler", "Dato"),
)

# Datatilsynet's own case officers, as they appear in letters that senders quote or attach.
DT_OFFICER_1 = Person(
    "Synnøve Tangen", "seniorrådgiver", "21 04 77 31", "synnove.tangen@datatilsynet.no"
)
DT_OFFICER_2 = Person(
    "Haakon Lier", "juridisk rådgiver", "21 04 77 68", "haakon.lier@datatilsynet.no"
)
DT_OFFICER_3 = Person("Mari Vedeler", "rådgiver", "21 04 77 12", "mari.vedeler@datatilsynet.no")


def dt_letter(
    to: tuple[str, ...], refs: tuple[str, str, str], officer: Person, title: str, body: str
) -> Letter:
    """A letter from Datatilsynet itself (refs: their ref, our ref, date)."""
    return Letter(
        DT_HEAD,
        to,
        (refs[0], refs[1], f"{officer.name}\n{officer.phone}", refs[2]),
        title,
        body,
        signers=(("Kari Strøm", "seksjonssjef"), (officer.name, officer.title)),
        layout="tabs",
        note="Brevet er godkjent elektronisk og har derfor ingen håndskrevne signaturer.",
        after_refs=f"Saksbehandler: {officer.name}, {officer.title}, tlf. {officer.phone}, {officer.email}",
    )


E_APPROVED_NB = "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer."
E_APPROVED_NN = "Dokumentet er godkjent elektronisk og har difor ingen handskrivne underskrifter."
E_APPROVED_EN = (
    "This letter has been approved electronically and therefore carries no handwritten signature."
)
