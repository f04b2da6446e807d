# ruff: noqa: E501
"""G: Brattli Sparebank (bokmål). A savings bank in an alliance that shares one DPO.

Habits: a formal cover letter in DOCX with a contact table (mostly one column per role: contact
person, DPO, processor); a numbered DPIA in PDF (the one sender that follows the textbook); the
board's approval as an extract of its protocol.
"""

from __future__ import annotations

from email.message import EmailMessage

import kit
from kit import Label
from topic import Topic, bullets, paras, pick, table
from topics_nb2 import TG1, TG2, TG3, TG4, TG5, TG6

VEGARD = "Vegard Nyhus <vegard.nyhus@brattlisparebank.no>"
LINN = "Linn Therese Haug <linn.haug@brattlisparebank.no>"
TAGS = ("savings_bank", "cover_letter_docx", "dpo_shared_alliance")
VEGARD_C = (
    "Vegard Nyhus",
    "Leder risikostyring og compliance",
    "Brattli Sparebank",
    "61 28 50 21 / 916 07 432",
    "vegard.nyhus@brattlisparebank.no",
)
LINN_C = (
    "Linn Therese Haug",
    "Produktsjef digitale kanaler",
    "Brattli Sparebank",
    "61 28 50 38",
    "linn.haug@brattlisparebank.no",
)
DPO_C = (
    "Astrid Kolstad",
    "Felles personvernombud for Brattli, Vågå og Dovre sparebanker",
    "Alliansedrift SA",
    "61 28 50 44 / 957 03 118",
    "astrid.kolstad@alliansedrift.no",
)
FIELDS = ("Navn", "Stilling", "Virksomhet", "Telefon", "E-post")


def columns(people: list[tuple[str, ...]], heads: tuple[str, ...]) -> str:
    rows = [(f,) + tuple(p[i] for p in people) for i, f in enumerate(FIELDS)]
    return table(("",) + heads, rows)


def by_row(people: list[tuple[str, ...]], roles: tuple[str, ...]) -> str:
    return table(("Rolle",) + FIELDS, [(r,) + p for r, p in zip(roles, people, strict=True)])


def proc_c(t: Topic) -> tuple[str, ...]:
    p = t.procs[0]
    return (p.person, p.title, f"{p.org} (org.nr. {p.orgnr})", p.phone, p.email)


def cover(
    title: str, date: str, intro: str, contacts: str, encl: list[str], signer: tuple[str, ...]
) -> bytes:
    return kit.to_docx(f"""BRATTLI SPAREBANK

~ Datatilsynet
~ Postboks 458 Sentrum
~ 0105 Oslo

~ Ringebu, {date}

# {title}

{intro}

## Kontaktopplysninger

{contacts}

## Vedlegg

{bullets(encl)}

Med vennlig hilsen
Brattli Sparebank

~ {signer[0]}
~ {signer[1]}

Brattli Sparebank | Torget 3, 2630 Ringebu | Org.nr. 937 889 011 | Sentralbord 61 28 50 00
""")


def dpia(
    t: Topic,
    owner: str,
    version: str,
    ok: str,
    gap: dict[str, str] | None = None,
    procs: bool = False,
) -> str:
    what = paras(t.what) + "\n\n" + table(("Element", "Beskrivelse"), [(k, v) for k, v in t.flow])
    need = (
        f"{paras(t.need)}\n\n## 3.1 Tiltak og garantier for de registrerte\n\n{bullets(t.rights)}"
    )
    risk = (
        table(("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"), [tuple(r) for r in t.risks])
        + "\n\n## 4.1 Tiltak som er vurdert, men ikke gjennomført\n\n"
        + table(("Tiltak", "Begrunnelse"), [tuple(s) for s in t.skipped])
        + f"\n\n## 4.2 Restrisiko\n\n{t.residual}"
    )
    proc_text = ""
    if procs:
        proc_text = "# 5 Underleverandører og databehandlere\n\n" + table(
            ("Virksomhet", "Oppgave", "Kontaktperson", "Telefon", "E-post"),
            [
                (f"{p.org}, {p.addr}", p.role, f"{p.person}, {p.title}", p.phone, p.email)
                for p in t.procs
            ],
        )
    return f"""# Vurdering av personvernkonsekvenser (DPIA)

{t.title}

~ Brattli Sparebank | Dokumenteier: {owner} | Versjon {version} | Klassifisering: Intern

# 1 Sammendrag

{t.residual}

# 2 Beskrivelse av behandlingen

{pick(gap, "what", what)}

# 3 Nødvendighet og forholdsmessighet

{pick(gap, "need", need)}

# 4 Risikovurdering

{pick(gap, "risk", risk)}

{proc_text}

# {6 if procs else 5} Ledelsens validering

{ok}
"""


def protocol(t: Topic, date: str, sak: str, first: str, heard: str) -> bytes:
    return kit.to_pdf(f"""# Utdrag av protokoll fra styremøte i Brattli Sparebank

~ Møtedato: {date}
~ Til stede: Marit Dalsegg (styreleder), Ole Kristian Bratli, Turid Sletten, Jon Erik Haugen, Heidi Moen (ansattevalgt). Fra administrasjonen: Gunnar Bakke (adm. banksjef), Vegard Nyhus

## Sak {sak} Vurdering av personvernkonsekvenser – {t.title}

Administrasjonen la frem vurderingen av personvernkonsekvenser med sammenstilling av funn og restrisiko. Saken var første gang behandlet {first}. {heard}

Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser og de risikoreduserende tiltakene. Styret er kjent med at restrisikoen er høy og ber administrasjonen om å be Datatilsynet om forhåndsdrøftelse.

~ Rett utdrag bekreftes: Gunnar Bakke, adm. banksjef (e-signert)
""")


def label(shapes: tuple[str, ...], encrypt: str, note: str, missing: tuple[int, ...] = ()) -> Label:
    return Label("nb", TAGS + shapes, encrypt, True, "used", note, missing)


MAIL = "Hei,\n\nvedlagt følger Brattli Sparebanks anmodning om forhåndsdrøftelse ({what}) med vedlegg.\n\nVennlig hilsen\n{sig}\n"
VEGARD_SIG = "Vegard Nyhus\nLeder risikostyring og compliance\nBrattli Sparebank"
LINN_SIG = "Linn Therese Haug\nProduktsjef digitale kanaler\nBrattli Sparebank"
INTRO = "Brattli Sparebank ber med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36 for {what}. Banken har gjennomført en vurdering av personvernkonsekvenser, og restrisikoen er fortsatt høy etter de tiltakene som er iverksatt. Styret har behandlet saken to ganger."

# --- odd half: TG1, TG2, TG5 -----------------------------------------------------------------


def c013() -> tuple[EmailMessage, Label]:
    contacts = columns(
        [VEGARD_C, DPO_C, proc_c(TG1)], ("Kontaktperson", "Personvernombud", "Databehandler")
    )
    encl = ["DPIA atferdsbiometri v1.2 (PDF)", "Utdrag av styreprotokoll 22.10.2026 (PDF)"]
    files = [
        (
            "Oversendelsesbrev forhåndsdrøftelse atferdsbiometri.docx",
            cover(
                "Anmodning om forhåndsdrøftelse – atferdsbiometri",
                "2. november 2026",
                INTRO.format(what="atferdsbiometri i nettbank og mobilbank"),
                contacts,
                encl,
                ("Vegard Nyhus", "Leder risikostyring og compliance"),
            ),
        ),
        (
            "DPIA atferdsbiometri v1.2.pdf",
            kit.to_pdf(
                dpia(
                    TG1, "Vegard Nyhus", "1.2", "Se utdrag av styreprotokoll 22.10.2026, sak 61/26."
                )
            ),
        ),
        (
            "Utdrag styreprotokoll 22.10.2026.pdf",
            protocol(
                TG1,
                "22.10.2026",
                "61/26",
                "24.9.2026 (sak 54/26)",
                "Kundeutvalget, de ansattes tillitsvalgte og personvernombudet har gitt innspill, og justerte terskler for eldre kunder kom inn etter kundeutvalgets innspill.",
            ),
        ),
    ]
    msg = kit.message(
        "C013",
        VEGARD,
        "Anmodning om forhåndsdrøftelse – atferdsbiometri",
        kit.when(11, 2, 15, 47),
        MAIL.format(what="atferdsbiometri", sig=VEGARD_SIG),
        attachments=files,
    )
    return msg, label(
        (
            "contact_table_column_per_role",
            "dpia_report_pdf",
            "headings_numbered",
            "part5_board_minutes_pdf",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        "complete; DOCX cover letter with one column per role (contact, shared DPO, processor)",
    )


def c033() -> tuple[EmailMessage, Label]:
    contacts = by_row([LINN_C, DPO_C], ("Kontaktperson", "Personvernombud"))
    contacts += "\n\nDatabehandler og kontaktperson der fremgår av kapittel 5 i DPIA-en."
    encl = ["DPIA automatisert kredittbeslutning v2.0", "Utdrag av styreprotokoll 19.11.2026"]
    files = [
        (
            "Brev til Datatilsynet - kredittbeslutning.docx",
            cover(
                "Forhåndsdrøftelse – automatisert kredittbeslutning",
                "23. november 2026",
                INTRO.format(
                    what="automatiserte kredittbeslutninger for forbrukslån og kredittkort"
                ),
                contacts,
                encl,
                ("Linn Therese Haug", "Produktsjef digitale kanaler"),
            ),
        ),
        (
            "DPIA automatisert kredittbeslutning v2.0.pdf",
            kit.to_pdf(
                dpia(
                    TG2,
                    "Linn Therese Haug",
                    "2.0",
                    "Godkjent av styret 19.11.2026 (sak 70/26), se utdrag av protokoll.",
                    procs=True,
                )
            ),
        ),
        (
            "Utdrag styreprotokoll 19.11.2026.pdf",
            protocol(
                TG2,
                "19.11.2026",
                "70/26",
                "22.10.2026 (sak 62/26)",
                "Kundeutvalget, kredittavdelingen og personvernombudet har kommentert; gråsonen til rådgiver ble utvidet etter innspill fra kredittavdelingen.",
            ),
        ),
    ]
    msg = kit.message(
        "C033",
        LINN,
        "Forhåndsdrøftelse – automatisert kredittbeslutning",
        kit.when(11, 23, 11, 11),
        MAIL.format(what="automatisert kredittbeslutning", sig=LINN_SIG),
        attachments=files,
    )
    return msg, label(
        (
            "contact_table_row_per_role",
            "processor_contact_in_dpia_chapter",
            "dpia_report_pdf",
            "headings_numbered",
            "part5_board_minutes_pdf",
        ),
        "none",
        "complete; contact and DPO in a row-per-role table in the cover letter, processor's contact in chapter 5 of the DPIA",
    )


def c053() -> tuple[EmailMessage, Label]:
    contacts = columns(
        [VEGARD_C, DPO_C, proc_c(TG5)],
        ("Kontaktperson", "Personvernombud", "Databehandler (Nederland)"),
    )
    intro = "Brattli Sparebank ber om forhåndsdrøftelse for automatisk analyse av ansattes e-post, chat og telefonsamtaler for å avdekke markedsmisbruk og hvitvasking. Vi sender det vi har nå, slik at Datatilsynet kan starte arbeidet; risikovurderingen og styrets behandling kommer i januar."
    gap = {
        "risk": "Risikovurderingen pågår. Ekstern revisor (PwC) gjennomgår kontrollene hos Compliance Watch, og en oppdatert risikovurdering ettersendes i januar 2027."
    }
    ok = "Saken legges frem for styret når risikovurderingen er ferdig (planlagt styremøte 28.1.2027)."
    files = [
        (
            "Oversendelsesbrev kommunikasjonsovervåking.docx",
            cover(
                "Anmodning om forhåndsdrøftelse – overvåking av ansattes kommunikasjon",
                "4. desember 2026",
                intro,
                contacts,
                ["DPIA kommunikasjonsovervåking v0.8 (utkast)"],
                ("Vegard Nyhus", "Leder risikostyring og compliance"),
            ),
        ),
        (
            "DPIA kommunikasjonsovervåking v0.8.pdf",
            kit.to_pdf(dpia(TG5, "Vegard Nyhus", "0.8 (utkast)", ok, gap)),
        ),
    ]
    msg = kit.message(
        "C053",
        VEGARD,
        "Forhåndsdrøftelse – overvåking av ansattes kommunikasjon",
        kit.when(12, 4, 13, 37),
        MAIL.format(what="kommunikasjonsovervåking", sig=VEGARD_SIG),
        attachments=files,
    )
    return msg, label(
        (
            "contact_table_column_per_role",
            "phone_foreign",
            "dpia_report_pdf",
            "headings_numbered",
            "part4_will_follow",
            "part5_future_meeting",
        ),
        "none",
        "risk assessment «pågår … ettersendes i januar» and board treatment only planned; contacts, description and necessity present",
        (4, 5),
    )


# --- even half: TG3, TG4, TG6 ----------------------------------------------------------------


def _tg3_dpia() -> bytes:
    return kit.to_pdf(
        dpia(
            TG3,
            "Linn Therese Haug",
            "3.0",
            "Godkjent av styret 12.11.2026 (sak 68/26), se utdrag av protokoll.",
        )
    )


def c014() -> tuple[EmailMessage, Label]:
    contacts = columns(
        [LINN_C, DPO_C, proc_c(TG3)], ("Kontaktperson", "Personvernombud", "Databehandler")
    )
    encl = ["DPIA Økonomisk helsesjekk v3.0", "Utdrag av styreprotokoll 12.11.2026"]
    files = [
        (
            "Oversendelsesbrev økonomisk helsesjekk.docx",
            cover(
                "Anmodning om forhåndsdrøftelse – økonomisk helsesjekk",
                "16. november 2026",
                INTRO.format(what="en økonomisk helsesjekk basert på kategoriserte transaksjoner"),
                contacts,
                encl,
                ("Linn Therese Haug", "Produktsjef digitale kanaler"),
            ),
        ),
        ("DPIA_Okonomisk_helsesjekk_v3.pdf", _tg3_dpia()),
        (
            "Utdrag styreprotokoll 12.11.2026.pdf",
            protocol(
                TG3,
                "12.11.2026",
                "68/26",
                "15.10.2026 (sak 59/26)",
                "Kundeutvalget, Forbrukerrådets rådgiver i et innspillsmøte og personvernombudet har gitt innspill; sperren mot kreditttilbud ved spill kom fra kundeutvalget.",
            ),
        ),
    ]
    msg = kit.message(
        "C014",
        LINN,
        "Anmodning om forhåndsdrøftelse – økonomisk helsesjekk",
        kit.when(11, 16, 14, 3),
        MAIL.format(what="økonomisk helsesjekk", sig=LINN_SIG),
        attachments=files,
    )
    return msg, label(
        (
            "contact_table_column_per_role",
            "dpia_report_pdf",
            "headings_numbered",
            "part5_board_minutes_pdf",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        "complete; DOCX cover letter with one column per role including the processor",
    )


def c034() -> tuple[EmailMessage, Label]:
    contacts = columns(
        [VEGARD_C, DPO_C, proc_c(TG4)], ("Kontaktperson", "Personvernombud", "Databehandler")
    )
    gap = {"need": "Banken anser behandlingen som nødvendig og forholdsmessig."}
    files = [
        (
            "Oversendelsesbrev stemmebiometri.docx",
            cover(
                "Anmodning om forhåndsdrøftelse – stemmebiometri",
                "25. november 2026",
                INTRO.format(what="stemmebiometri i kundesenteret"),
                contacts,
                ["DPIA stemmebiometri v1.1", "Utdrag av styreprotokoll 19.11.2026"],
                ("Vegard Nyhus", "Leder risikostyring og compliance"),
            ),
        ),
        (
            "DPIA stemmebiometri v1.1.pdf",
            kit.to_pdf(
                dpia(TG4, "Vegard Nyhus", "1.1", "Godkjent av styret 19.11.2026, sak 71/26.", gap)
            ),
        ),
        (
            "Utdrag styreprotokoll 19.11.2026.pdf",
            protocol(
                TG4,
                "19.11.2026",
                "71/26",
                "22.10.2026 (sak 63/26)",
                "Kundesenteret, de tillitsvalgte og personvernombudet har gitt innspill.",
            ),
        ),
    ]
    msg = kit.message(
        "C034",
        VEGARD,
        "Forhåndsdrøftelse stemmebiometri",
        kit.when(11, 25, 10, 52),
        MAIL.format(what="stemmebiometri", sig=VEGARD_SIG),
        attachments=files,
    )
    return msg, label(
        (
            "contact_table_column_per_role",
            "dpia_report_pdf",
            "headings_numbered",
            "part5_board_minutes_pdf",
            "part3_in_passing",
        ),
        "none",
        "necessity chapter is one sentence («anser behandlingen som nødvendig og forholdsmessig»); safeguards sub-chapter replaced too",
        (3,),
    )


def c054() -> tuple[EmailMessage, Label]:
    contacts = columns(
        [VEGARD_C, DPO_C, proc_c(TG6)], ("Kontaktperson", "Personvernombud", "Databehandler")
    )
    intro = "Brattli Sparebank ber om forhåndsdrøftelse for bankens deltakelse i et felles register over svindelmistanker mellom sparebankene i Innlandsalliansen. Vurderingen av personvernkonsekvenser og styrets vedtak følger vedlagt."
    files = [
        (
            "Oversendelsesbrev felles svindelregister.docx",
            cover(
                "Anmodning om forhåndsdrøftelse – felles svindelregister",
                "7. desember 2026",
                intro,
                contacts,
                ["DPIA felles svindelregister", "Utdrag av styreprotokoll 3.12.2026"],
                ("Vegard Nyhus", "Leder risikostyring og compliance"),
            ),
        ),
        ("DPIA_Okonomisk_helsesjekk_v3.pdf", _tg3_dpia()),
        (
            "Utdrag styreprotokoll 3.12.2026.pdf",
            protocol(
                TG6,
                "03.12.2026",
                "77/26",
                "12.11.2026 (sak 69/26)",
                "Svindelavdelingene i de tre bankene, de tillitsvalgte og personvernombudet har gitt innspill.",
            ),
        ),
    ]
    msg = kit.message(
        "C054",
        VEGARD,
        "Anmodning om forhåndsdrøftelse – felles svindelregister",
        kit.when(12, 7, 16, 5),
        MAIL.format(what="felles svindelregister", sig=VEGARD_SIG),
        attachments=files,
    )
    return msg, label(
        (
            "contact_table_column_per_role",
            "dpia_report_pdf",
            "part5_board_minutes_pdf",
            "wrong_file_dpia",
        ),
        "pgp_mime",
        "the attached DPIA is the one for «økonomisk helsesjekk» (C014's topic); the register is described in one sentence only; board approval of the right DPIA is there",
        (2, 3, 4),
    )
