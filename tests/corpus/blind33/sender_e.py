# ruff: noqa: E501
"""E: Høgskulen i Vestvika (nynorsk). A university college with an in-house DPO.

Habits: a short mail that points to a separate contact sheet («Kontaktark.pdf»); a DPIA in DOCX
with lettered chapters A–D; approval as the rector's decision letter (PDF, once scanned).
"""

from __future__ import annotations

from email.message import EmailMessage

import kit
from kit import Label
from topic import Topic, bullets, paras, pick, table
from topics_nn import TE1, TE2, TE3, TE4, TE5

RAGNHILD = "Ragnhild Fosse <ragnhild.fosse@hivv.no>"
EIVIND = "Eivind Aarseth <eivind.aarseth@hivv.no>"
TAGS = ("university_college",)
ADDR = "Høgskulen i Vestvika, org.nr. 971 556 018, Postboks 120, 6770 Vestvika"
RAGNHILD_ROW = (
    "Kontaktperson",
    "Ragnhild Fosse, seniorrådgjevar, Studieavdelinga",
    "57 86 21 34 / 995 61 207",
    "ragnhild.fosse@hivv.no",
)
EIVIND_ROW = (
    "Kontaktperson",
    "Eivind Aarseth, IT-direktør",
    "57 86 20 40 / 900 18 344",
    "eivind.aarseth@hivv.no",
)
DPO_ROW = (
    "Personvernombod",
    "Kjersti Hjelmeland, personvernombod",
    "57 86 20 95 / 482 30 511",
    "kjersti.hjelmeland@hivv.no",
)


def kontaktark(t: Topic, rows: list[tuple[str, ...]]) -> bytes:
    procs = [
        (
            "Databehandlar",
            f"{p.org} (org.nr. {p.orgnr}), {p.addr} – v/ {p.person}, {p.title}",
            p.phone,
            p.email,
        )
        for p in t.procs
    ]
    return kit.to_pdf(f"""# Kontaktark

Førespurnad om førehandsdrøfting – {t.title}

{table(("Rolle", "Namn og stilling", "Telefon", "E-post"), rows + procs)}

{ADDR}
""")


def dpia(t: Topic, unit: str, version: str, ok: str, gap: dict[str, str] | None = None) -> str:
    what = paras(t.what) + "\n\n" + table(("Kva", "Skildring"), [(k, v) for k, v in t.flow])
    need = f"{paras(t.need)}\n\nTiltak og garantiar for dei registrerte:\n\n{bullets(t.rights)}"
    risk = (
        table(("Scenario", "Sannsyn", "Konsekvens", "Tiltak"), [tuple(r) for r in t.risks])
        + "\n\nTiltak som ikkje vert gjennomførte:\n\n"
        + table(("Tiltak", "Grunngjeving"), [tuple(s) for s in t.skipped])
        + f"\n\nRestrisiko: {t.residual}"
    )
    return f"""# Vurdering av personvernkonsekvensar (DPIA)

| Handsaming | {t.title} |
| Eining | {unit} |
| Versjon | {version} |
| Personvernombodet | har gitt råd undervegs |

## A Skildring av handsaminga

{pick(gap, "what", what)}

## B Vurdering av naudsyn og proporsjonalitet

{pick(gap, "need", need)}

## C Risiko for dei registrerte

{pick(gap, "risk", risk)}

## D Godkjenning

{ok}
"""


def vedtak(t: Topic, ref: str, date: str, heard: str) -> str:
    return f"""HØGSKULEN I VESTVIKA
Rektor

~ Vår ref.: {ref}
~ Dato: {date}

# Vedtak – godkjenning av vurdering av personvernkonsekvensar: {t.title}

Direktørmøtet har handsama vurderinga av personvernkonsekvensar to gonger, sist {date}, og gått gjennom funna og restrisikoen. {heard}

Vedtak: Rektor godkjenner vurderinga av personvernkonsekvensar med dei tiltaka som er skildra, og tek til etterretning at restrisikoen er høg. Høgskulen ber Datatilsynet om førehandsdrøfting før handsaminga tek til.

~ Arne Bolstad
~ rektor

Dokumentet er elektronisk godkjent."""


SHORT = "Hei,\n\nHøgskulen i Vestvika ber om førehandsdrøfting for {what}. Vedlagt er kontaktark, DPIA og vedtaket frå rektor.\n\nHelsing\n{sig}\n"
RAGNHILD_SIG = "Ragnhild Fosse\nseniorrådgjevar | Studieavdelinga\nHøgskulen i Vestvika"
EIVIND_SIG = "Eivind Aarseth\nIT-direktør\nHøgskulen i Vestvika"


def label(
    shapes: tuple[str, ...],
    encrypt: str,
    note: str,
    missing: tuple[int, ...] = (),
    processor: str = "used",
) -> Label:
    return Label("nn", TAGS + shapes, encrypt, True, processor, note, missing)


# --- odd half: TE1, status query, TE2 --------------------------------------------------------


def c009() -> tuple[EmailMessage, Label]:
    heard = "Studentparlamentet, Unio-tillitsvalde, eksamenskontoret og personvernombodet har gitt innspel; romskanning vart teken ut etter innspel frå studentparlamentet."
    files = [
        ("Kontaktark.pdf", kontaktark(TE1, [RAGNHILD_ROW, DPO_ROW])),
        (
            "DPIA_fjernovervaka_heimeeksamen.docx",
            kit.to_docx(
                dpia(TE1, "Studieavdelinga", "1.3, 02.11.2026", "Sjå vedtak frå rektor (vedlegg).")
            ),
        ),
        (
            "Vedtak_rektor_DPIA_heimeeksamen.pdf",
            kit.to_pdf(vedtak(TE1, "26/04870-5", "09.11.2026", heard)),
        ),
    ]
    body = SHORT.format(what="fjernovervaka heimeeksamen", sig=RAGNHILD_SIG)
    msg = kit.message(
        "C009",
        RAGNHILD,
        "Førespurnad om førehandsdrøfting – fjernovervaka heimeeksamen",
        kit.when(11, 10, 8, 40),
        body,
        attachments=files,
    )
    return msg, label(
        (
            "contact_sheet_pdf",
            "processor_block_org_address",
            "dpia_report_docx",
            "headings_lettered",
            "part5_decision_letter_pdf",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        "complete; contacts only in the separate Kontaktark.pdf (contact, DPO, processor with org.nr. and address before the person)",
    )


def c029() -> tuple[EmailMessage, Label]:
    body = kit.txt("""
        Til Datatilsynet

        Vi viser til førespurnaden vår om førehandsdrøfting av KI-basert studentrettleiing (chatbot), sendt 14. august 2026, dykkar referanse 26/03318.

        Vi har ikkje høyrt noko sidan stadfestinga av mottak, og fristen på åtte veker er gått ut. Kan de seie noko om når vi kan vente svar? Vi planlegg oppstart til hausten og må vite om vi skal justere tidsplanen.

        Frå 1. desember er det eg som er kontaktperson for saka i staden for Eivind Aarseth (telefon 57 86 21 34, ragnhild.fosse@hivv.no). Personvernombodet er som før Kjersti Hjelmeland.

        Helsing
        Ragnhild Fosse
        seniorrådgjevar | Studieavdelinga
        Høgskulen i Vestvika
        """)
    msg = kit.message(
        "C029", RAGNHILD, "Spørsmål om status – dykkar ref. 26/03318", kit.when(12, 7, 13, 15), body
    )
    return msg, Label(
        "nn",
        TAGS + ("nonrequest_status_query", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "asks about the status of an earlier prior consultation and names a new contact; not a new request",
    )


def c049() -> tuple[EmailMessage, Label]:
    heard = "Studentparlamentet, Forskerforbundet, NTL og personvernombodet har gitt innspel; opptaksfri sone og salmikrofon av som standard kom etter innspel frå studentparlamentet og tillitsvalde."
    gap = {
        "what": "Systemskildringa (kva som vert teke opp, kor, kven som får tilgang, lagringstid og dataflyt) er under utarbeiding saman med Forelesar Opptak AS og vert ettersend når leverandøren har stadfesta konfigurasjonen."
    }
    files = [
        ("Kontaktark.pdf", kontaktark(TE2, [EIVIND_ROW, DPO_ROW])),
        (
            "DPIA_opptak_forelesingar.docx",
            kit.to_docx(
                dpia(
                    TE2,
                    "IT-avdelinga / Studieavdelinga",
                    "0.9, 20.11.2026",
                    "Sjå vedtak frå rektor.",
                    gap,
                )
            ),
        ),
        ("Vedtak_rektor_opptak.pdf", kit.to_pdf(vedtak(TE2, "26/05102-3", "30.11.2026", heard))),
    ]
    body = SHORT.format(what="opptak av forelesingar med automatisk teksting", sig=EIVIND_SIG)
    msg = kit.message(
        "C049",
        EIVIND,
        "Førehandsdrøfting – opptak av forelesingar",
        kit.when(12, 1, 14, 2),
        body,
        attachments=files,
    )
    return msg, label(
        (
            "contact_sheet_pdf",
            "processor_block_org_address",
            "dpia_report_docx",
            "headings_lettered",
            "part5_decision_letter_pdf",
            "part2_will_follow",
        ),
        "none",
        "chapter A (description) says the system description «vert ettersend»; necessity, risks and the rector's approval are there",
        (2,),
    )


# --- even half: TE3, TE4, TE5 ----------------------------------------------------------------


def c010() -> tuple[EmailMessage, Label]:
    heard = "Studentparlamentet, dei tillitsvalde og verneombodet, eigedomsavdelinga og personvernombodet har gitt innspel; tilsette vart tekne ut av oppmøtefunksjonen etter innspel frå dei tillitsvalde."
    dpo = ("Personvernombod", "Kjersti Hjelmeland", "57 86 20 95", "personvernombod@hivv.no")
    files = [
        ("Kontaktark.pdf", kontaktark(TE3, [EIVIND_ROW, dpo])),
        (
            "DPIA_wifi_romutnytting_oppmote.docx",
            kit.to_docx(
                dpia(
                    TE3,
                    "IT-avdelinga",
                    "1.1, 06.11.2026",
                    "Godkjent av rektor 16.11.2026, sjå vedtak.",
                )
            ),
        ),
        ("Vedtak_rektor_wifi.pdf", kit.to_pdf(vedtak(TE3, "26/04991-4", "16.11.2026", heard))),
    ]
    body = SHORT.format(
        what="bruk av tilkoplingsdata frå det trådlause nettet til romutnytting og oppmøteregistrering",
        sig=EIVIND_SIG,
    )
    msg = kit.message(
        "C010",
        EIVIND,
        "Førehandsdrøfting – Wi-Fi-data til romutnytting og oppmøte",
        kit.when(11, 17, 10, 21),
        body,
        attachments=files,
    )
    return msg, label(
        (
            "contact_sheet_pdf",
            "dpo_role_mailbox",
            "processor_block_org_address",
            "dpia_report_docx",
            "headings_lettered",
            "part5_decision_letter_pdf",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        "complete; Kontaktark.pdf; the DPO's e-mail is the functional mailbox personvernombod@hivv.no",
    )


def c030() -> tuple[EmailMessage, Label]:
    heard = "Studentparlamentet, fuskenemnda, sensorkorpset og personvernombodet har gitt innspel."
    dpo = ("Personvernombod", "Kjersti Hjelmeland", "", "postmottak@hivv.no")
    files = [
        ("Kontaktark.pdf", kontaktark(TE4, [RAGNHILD_ROW, dpo])),
        (
            "DPIA_KI-tekstkontroll.docx",
            kit.to_docx(dpia(TE4, "Studieavdelinga", "1.0, 13.11.2026", "Sjå vedtak frå rektor.")),
        ),
        (
            "Vedtak_rektor_KI-tekstkontroll.pdf",
            kit.to_pdf(vedtak(TE4, "26/05007-2", "23.11.2026", heard)),
        ),
    ]
    body = SHORT.format(
        what="automatisk kontroll av KI-generert tekst i innleveringar", sig=RAGNHILD_SIG
    )
    msg = kit.message(
        "C030",
        RAGNHILD,
        "Førespurnad om førehandsdrøfting – kontroll av KI-generert tekst",
        kit.when(11, 24, 9, 6),
        body,
        attachments=files,
    )
    return msg, label(
        (
            "contact_sheet_pdf",
            "processor_block_org_address",
            "phone_foreign",
            "dpia_report_docx",
            "headings_lettered",
            "part5_decision_letter_pdf",
            "p1_dpo_generic_mailbox_no_phone",
        ),
        "none",
        "Kontaktark gives the DPO by name with the college's postmottak address and an empty phone cell; all else present",
        (1,),
    )


def c050() -> tuple[EmailMessage, Label]:
    body = kit.txt("""
        Hei

        Høgskulen i Vestvika ber om førehandsdrøfting for digital handsaming og deling av skikkavurdering og tvilsmeldingar. Vi nyttar ingen databehandlar til dette; løysinga går i vårt eige saksbehandlingssystem på tenarar vi driv sjølve.

        Kontaktperson er underteikna, Ragnhild Fosse, tlf. 57 86 21 34 eller 995 61 207, ragnhild.fosse@hivv.no. Personvernombodet vårt er Kjersti Hjelmeland, tlf. 57 86 20 95, kjersti.hjelmeland@hivv.no.

        DPIA og vedtaket frå rektor (skanna) ligg ved.

        Helsing
        Ragnhild Fosse
        seniorrådgjevar | Studieavdelinga
        Høgskulen i Vestvika
        """)
    heard = "Studentparlamentet, praksiskoordinatorane, institusjonsansvarleg for skikkavurdering og personvernombodet har gitt innspel; kravet om kontradiksjon før deling kom frå studentparlamentet."
    scan = kit.scan_pdf(
        [vedtak(TE5, "26/05230-2", "02.12.2026", heard).replace("~ ", "").replace("# ", "")]
    )
    files = [
        (
            "DPIA_skikkavurdering.docx",
            kit.to_docx(
                dpia(
                    TE5,
                    "Studieavdelinga",
                    "1.0, 25.11.2026",
                    "Rektor godkjende vurderinga 2.12.2026 (skanna vedtak følgjer).",
                )
            ),
        ),
        ("Vedtak_rektor_skikkavurdering_skanna.pdf", scan),
    ]
    msg = kit.message(
        "C050",
        RAGNHILD,
        "Førehandsdrøfting – skikkavurdering og tvilsmeldingar",
        kit.when(12, 3, 11, 50),
        body,
        attachments=files,
    )
    return msg, label(
        (
            "contact_prose_body",
            "processor_none_stated",
            "dpia_report_docx",
            "headings_lettered",
            "part5_scanned_decision",
        ),
        "none",
        "complete; «Vi nyttar ingen databehandlar»; contact and DPO in prose in the body; rector's decision scanned",
        processor="none",
    )
