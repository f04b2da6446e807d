# ruff: noqa: E501
"""D: Fjordbyen Boligbyggelag SA (bokmål). A housing cooperative managing 60 housing associations.

Habits: plain-text mails with label-value blocks in which the organisation number and the address
stand between the role and the person; the DPIA as an Excel workbook (one sheet per question); the
board's decision as a protocol PDF or as a sheet in the workbook.
"""

from __future__ import annotations

from email.message import EmailMessage

import kit
from kit import Label
from topic import Topic
from topics_nb1 import TD1, TD2, TD3, TD4, TD5

EIRIK = "Eirik Nesheim <eirik.nesheim@fjordbyen.no>"
HANNE = "Hanne Grieg Solheim <hanne.solheim@fjordbyen.no>"
TAGS = ("housing_cooperative", "contact_label_value", "org_number_address")

CONTROLLER = """Behandlingsansvarlig
Fjordbyen Boligbyggelag SA
Org.nr. 948 112 604
Strandgata 14, 5013 Bergen"""

EIRIK_BLOCK = """Kontaktperson
Fjordbyen Boligbyggelag SA, avdeling Eiendom
Strandgata 14, 5013 Bergen
Eirik Nesheim, fagsjef eiendom
Tlf.: 55 30 84 12 / mobil 926 41 077
E-post: eirik.nesheim@fjordbyen.no"""

HANNE_BLOCK = """Kontaktperson
Fjordbyen Boligbyggelag SA, juridisk avdeling
Strandgata 14, 5013 Bergen
Hanne Grieg Solheim, juridisk rådgiver
Tlf.: 55 30 84 27
E-post: hanne.solheim@fjordbyen.no"""

DPO_BLOCK = """Personvernombud
Fjordbyen Boligbyggelag SA
Hans Olav Dybdal
Tlf.: 55 30 84 70
E-post: hans.olav.dybdal@fjordbyen.no"""

SIG = "Med vennlig hilsen\nFjordbyen Boligbyggelag SA\n{name}\n{title}\nSentralbord 55 30 84 00 | www.fjordbyen.no"


def proc_block(t: Topic) -> str:
    p = t.procs[0]
    return f"Databehandler\n{p.org}\nOrg.nr. {p.orgnr}\n{p.addr}\nKontaktperson: {p.person}, {p.title}\nTlf.: {p.phone}\nE-post: {p.email}"


def sheet_description(t: Topic) -> list[list[str]]:
    return [
        ["Spørsmål", "Svar"],
        ["Hva skal gjøres og hvorfor?", t.what[0]],
        ["Hvem og hvor mange gjelder det?", t.what[1]],
        *[[k, v] for k, v in t.flow],
    ]


def sheet_need(t: Topic) -> list[list[str]]:
    rows = [
        ["Spørsmål", "Svar"],
        ["Er behandlingen nødvendig for formålet?", t.need[0]],
        ["Er den forholdsmessig? Finnes mindre inngripende alternativer?", t.need[1]],
    ]
    rows.extend(["Tiltak for beboernes rettigheter", r] for r in t.rights)
    return rows


def sheet_risk(t: Topic) -> list[list[str]]:
    rows = [["Nr", "Hendelse", "Sannsynlighet", "Konsekvens", "Tiltak", "Status"]]
    rows.extend([str(i), r, s, k, m, "Gjennomført"] for i, (r, s, k, m) in enumerate(t.risks, 1))
    rows.extend(["", "", "", "", m, f"Vurdert, ikke gjennomført: {w}"] for m, w in t.skipped)
    rows.append(["", "Samlet vurdering", "", "", t.residual, ""])
    return rows


def workbook(
    t: Topic, approval: list[list[str]], gap: dict[str, list[list[str]]] | None = None
) -> bytes:
    gap = gap or {}
    return kit.to_xlsx(
        {
            "1 Behandlingen": gap.get("what", sheet_description(t)),
            "2 Nødvendighet": gap.get("need", sheet_need(t)),
            "3 Risiko": gap.get("risk", sheet_risk(t)),
            "4 Styrebehandling": approval,
        }
    )


def protocol(t: Topic, date: str, sak: str, text: str) -> bytes:
    return kit.to_pdf(f"""# Fjordbyen Boligbyggelag SA – protokoll fra styremøte

~ Møtedato: {date}
~ Til stede: Rolf Aasebø (styreleder), Kari Nygård, Atle Vik, Siv Hjelle, Per Ove Lunde. Fra administrasjonen: Bente Kalvik (adm. dir.), Eirik Nesheim (sak {sak})

## Sak {sak} Vurdering av personvernkonsekvenser – {t.title}

{text}

~ Protokollen er godkjent og signert elektronisk av styrets medlemmer.
""")


def label(
    shapes: tuple[str, ...], note: str, missing: tuple[int, ...] = (), processor: str = "used"
) -> Label:
    return Label("nb", TAGS + shapes, "none", True, processor, note, missing)


def body(intro: str, blocks: list[str], outro: str, name: str, title: str) -> str:
    return (
        intro
        + "\n\n"
        + "\n\n".join(blocks)
        + "\n\n"
        + outro
        + "\n\n"
        + SIG.format(name=name, title=title)
        + "\n"
    )


# --- odd half: TD1, TD2, TD4 -----------------------------------------------------------------


def c007() -> tuple[EmailMessage, Label]:
    text = body(
        "Hei,\n\nFjordbyen Boligbyggelag ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for kameraovervåking med skiltgjenkjenning i garasjeanleggene vi forvalter. Vurderingen av personvernkonsekvenser ligger ved som regneark (ett ark per tema), sammen med styreprotokollen.",
        [CONTROLLER, EIRIK_BLOCK, DPO_BLOCK, proc_block(TD1)],
        "Vedlegg:\n1. DPIA_garasjekamera.xlsx\n2. Styreprotokoll 27.10.2026.pdf",
        "Eirik Nesheim",
        "Fagsjef eiendom",
    )
    approval = [
        ["Behandlet i", "Styret, 29.9.2026 og 27.10.2026 (sak 41/26)"],
        ["Vedtak", "Se vedlagt protokoll"],
    ]
    prot = protocol(
        TD1,
        "27.10.2026",
        "41/26",
        "Fagsjef eiendom gjennomgikk vurderingen av personvernkonsekvenser og funnene: høy restrisiko fordi overvåkingen skjer der folk bor, særlig knyttet til skiltloggen. Styrene i de berørte borettslagene, Beboerforeningen og personvernombudet har gitt innspill; skiltloggen ble kortet ned fra 90 til 30 dager etter innspill fra beboerne. Saken ble første gang drøftet 29.9.2026.\n\nVedtak: Styret godkjenner vurderingen og tiltakene, og ber administrasjonen om å be Datatilsynet om forhåndsdrøftelse før anlegget settes i drift.",
    )
    files = [
        ("DPIA_garasjekamera.xlsx", workbook(TD1, approval)),
        ("Styreprotokoll 27.10.2026.pdf", prot),
    ]
    msg = kit.message(
        "C007",
        EIRIK,
        "Forhåndsdrøftelse – kameraovervåking med skiltgjenkjenning i garasjeanlegg",
        kit.when(11, 6, 14, 9),
        text,
        attachments=files,
    )
    return msg, label(
        (
            "processor_block_org_address",
            "dpia_xlsx_workbook",
            "part5_board_minutes_pdf",
            "risk_likelihood_consequence",
        ),
        "complete; label-value blocks with org.nr. and address between role and person; DPIA as an XLSX workbook",
    )


def c027() -> tuple[EmailMessage, Label]:
    text = body(
        "Til Datatilsynet\n\nVi ber om forhåndsdrøftelse for innføring av digital nøkkel med adgangslogg i 23 borettslag, der loggen også skal kunne brukes i saker om mislighold. Vedlagt er vurderingen av personvernkonsekvenser (regneark).",
        [CONTROLLER, HANNE_BLOCK, DPO_BLOCK, proc_block(TD2)],
        "Si gjerne fra om dere trenger mer.",
        "Hanne Grieg Solheim",
        "Juridisk rådgiver",
    )
    approval = [
        ["Behandlet i", "Styret 27.10.2026 (orienteringssak 44/26)"],
        [
            "Merknad",
            "Styret ble orientert om prosjektet og fremdriften. Saken var en orienteringssak og ikke en vedtakssak; vurderingen av personvernkonsekvenser er ikke behandlet formelt av styret eller administrerende direktør.",
        ],
    ]
    files = [("Vurdering_personvern_digital_nokkel.xlsx", workbook(TD2, approval))]
    msg = kit.message(
        "C027",
        HANNE,
        "Anmodning om forhåndsdrøftelse – digital nøkkel og adgangslogg",
        kit.when(11, 12, 10, 33),
        text,
        attachments=files,
    )
    return msg, label(
        ("processor_block_org_address", "dpia_xlsx_workbook", "part5_informed_only"),
        "board only informed (orienteringssak), the DPIA not validated by management; parts 1-4 present",
        (5,),
    )


def c047() -> tuple[EmailMessage, Label]:
    text = body(
        "Hei,\n\nvi sender anmodning om forhåndsdrøftelse for analyse av strømforbruk per leilighet i borettslag med felles strømavtale. Boligbyggelaget bruker ikke noen databehandler til dette: målerdataene hentes og analyseres av vår egen driftsavdeling på egne servere.",
        [CONTROLLER, EIRIK_BLOCK, DPO_BLOCK],
        "Vurderingen (regneark) og utdrag av styreprotokollen ligger ved.",
        "Eirik Nesheim",
        "Fagsjef eiendom",
    )
    approval = [
        ["Behandlet i", "Styret 24.11.2026, sak 52/26"],
        ["Vedtak", "Se utdrag av protokoll (PDF)"],
    ]
    prot = protocol(
        TD4,
        "24.11.2026",
        "52/26",
        "Vurderingen og funnene ble lagt frem: analysen kan avsløre døgnrytme og hvem som bor i leiligheten, og restrisikoen er høy. Styrelederne i de 14 borettslagene og personvernombudet har kommentert; terskelen på fire uker ble innført etter deres innspill. Første gang drøftet i styret 27.10.2026.\n\nVedtak: Styret godkjenner vurderingen av personvernkonsekvenser og ber om forhåndsdrøftelse hos Datatilsynet.",
    )
    files = [
        ("DPIA_stromdata.xlsx", workbook(TD4, approval)),
        ("Utdrag styreprotokoll 24.11.2026.pdf", prot),
    ]
    msg = kit.message(
        "C047",
        EIRIK,
        "Forhåndsdrøftelse – analyse av strømforbruk per leilighet",
        kit.when(11, 25, 13, 18),
        text,
        attachments=files,
    )
    return msg, label(
        ("processor_none_stated", "dpia_xlsx_workbook", "part5_board_minutes_pdf"),
        "complete; no processor («bruker ikke noen databehandler … egen driftsavdeling»), so contact and DPO suffice",
        processor="none",
    )


# --- even half: TD3, guidance meeting, TD5 ---------------------------------------------------


def c008() -> tuple[EmailMessage, Label]:
    text = body(
        "Hei,\n\nFjordbyen Boligbyggelag ber om forhåndsdrøftelse for poengscore og automatisk avslag for søkere til våre utleieboliger. Regnearket inneholder hele vurderingen, også styrets vedtak (ark 4).",
        [CONTROLLER, HANNE_BLOCK, DPO_BLOCK, proc_block(TD3)],
        "Vi ser frem til å høre fra dere.",
        "Hanne Grieg Solheim",
        "Juridisk rådgiver",
    )
    approval = [
        ["Styrebehandling", ""],
        ["Møte", "Styremøte 17.11.2026, sak 49/26 (første gang drøftet 27.10.2026, sak 45/26)"],
        [
            "Fremlagt",
            "Vurderingen av personvernkonsekvenser med funn: høy restrisiko ved automatisk avslag, særlig for søkere med lav inntekt uten betalingsproblemer.",
        ],
        [
            "Innspill",
            "Leieboerforeningen, NAV Bergenhus (om søkere med sosialhjelp) og personvernombudet. Retten til manuell behandling ble utvidet etter innspill fra Leieboerforeningen.",
        ],
        [
            "Vedtak",
            "Styret godkjenner vurderingen og ber administrasjonen be Datatilsynet om forhåndsdrøftelse. Automatisk avslag tas ikke i bruk før Datatilsynet har svart.",
        ],
        ["Signert", "Rolf Aasebø, styreleder (e-signert 18.11.2026)"],
    ]
    files = [("DPIA_poengscore_leiesokere.xlsx", workbook(TD3, approval))]
    msg = kit.message(
        "C008",
        HANNE,
        "Forhåndsdrøftelse – poengscore for leiesøkere",
        kit.when(11, 19, 12, 44),
        text,
        attachments=files,
    )
    return msg, label(
        (
            "processor_block_org_address",
            "dpia_xlsx_workbook",
            "part5_sheet_in_workbook",
            "risk_likelihood_consequence",
        ),
        "complete; the board's decision is a sheet of the DPIA workbook with meeting, findings, input and decision",
    )


def c028() -> tuple[EmailMessage, Label]:
    text = body(
        "Hei,\n\nvi planlegger å bruke droner med kamera til inspeksjon av fasader og tak i borettslagene. Vi har ikke gjort en vurdering av personvernkonsekvenser ennå og er usikre på hvordan vi skal avgrense opptak inn gjennom vinduer og på balkonger.\n\nVi ønsker et veiledningsmøte med dere for å diskutere om vi tenker riktig, før vi går videre. Vi ber ikke om forhåndsdrøftelse nå.",
        [CONTROLLER, EIRIK_BLOCK, DPO_BLOCK],
        "Vi kan møte digitalt eller komme til Oslo i januar.",
        "Eirik Nesheim",
        "Fagsjef eiendom",
    )
    msg = kit.message(
        "C028",
        EIRIK,
        "Ønske om veiledningsmøte – droner til fasadeinspeksjon",
        kit.when(12, 2, 9, 58),
        text,
    )
    return msg, Label(
        "nb",
        TAGS + ("nonrequest_guidance",),
        "none",
        False,
        "unspecified",
        "asks for a guidance meeting about drones; no DPIA, says it is not a prior consultation",
    )


def c048() -> tuple[EmailMessage, Label]:
    dpo = "Personvernombud\nHans Olav Dybdal\nTlf.: 55 30 84 70"
    text = body(
        "Til Datatilsynet\n\nVi ber om forhåndsdrøftelse for lydsensorer i oppganger i fire borettslag med mange støyklager.",
        [CONTROLLER, EIRIK_BLOCK, dpo, proc_block(TD5)],
        "Regneark med vurderingen og styreprotokoll følger vedlagt. Risikoarket fylles ut når pilotmålingene i januar er ferdige.",
        "Eirik Nesheim",
        "Fagsjef eiendom",
    )
    risk = [
        ["Nr", "Hendelse", "Sannsynlighet", "Konsekvens", "Tiltak", "Status"],
        ["", "Fylles ut etter pilotmålinger (januar 2027)", "", "", "", ""],
    ]
    approval = [["Behandlet i", "Styret 1.12.2026, sak 55/26"], ["Vedtak", "Se protokoll"]]
    prot = protocol(
        TD5,
        "01.12.2026",
        "55/26",
        "Fagsjef eiendom la frem vurderingen av personvernkonsekvenser slik den foreligger, med beskrivelse, nødvendighetsvurdering og tiltak for beboernes rettigheter. Styrelederne i de fire borettslagene og personvernombudet har gitt innspill; opptakstiden ble begrenset til natt. Saken ble første gang drøftet 3.11.2026.\n\nVedtak: Styret godkjenner vurderingen slik den foreligger og ber administrasjonen sende saken til Datatilsynet for forhåndsdrøftelse.",
    )
    files = [
        ("DPIA_lydsensorer.xlsx", workbook(TD5, approval, {"risk": risk})),
        ("Styreprotokoll 01.12.2026.pdf", prot),
    ]
    msg = kit.message(
        "C048",
        EIRIK,
        "Forhåndsdrøftelse – lydsensorer i oppganger",
        kit.when(12, 4, 15, 1),
        text,
        attachments=files,
    )
    return msg, label(
        (
            "processor_block_org_address",
            "dpia_xlsx_workbook",
            "part5_board_minutes_pdf",
            "p1_dpo_no_email",
            "risk_sheet_empty",
        ),
        "DPO block has name and phone but no e-mail; the risk sheet has only its header and «fylles ut etter pilot»",
        (1, 4),
    )
