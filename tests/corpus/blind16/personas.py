# ruff: noqa: E501
"""The ten senders of blind16: people, signatures and each sender's own document templates.

Every template takes a topic and ``over``: a mapping from a part number (2, 3, 4, 5) to the text
that stands in the sender's section instead of the substance (a deferral, «ikkje gjennomført», an
empty heading). Contacts are built per case as rows, so a case can blank a cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from topics import Topic


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    phone: str
    email: str
    org: str = ""


SCORE = {
    "Låg": 1, "Lav": 1, "Low": 1,
    "Middels": 2, "Medium": 2,
    "Høg": 3, "Høy": 3, "High": 3,
}  # fmt: skip


def sec(title: str, body: str, over: dict[int, str], part: int, level: str = "#") -> str:
    """A section with its heading; the body is replaced when the case leaves the part out."""
    if part in over:
        return f"{level} {title}\n\n{over[part]}\n\n" if over[part] else f"{level} {title}\n\n"
    return f"{level} {title}\n\n{body}\n\n"


def paras(items: tuple[str, ...]) -> str:
    return "\n\n".join(items)


def bullets(items: tuple[str, ...]) -> str:
    return "\n".join(f"- {i}" for i in items)


def flow_table(t: Topic, head: tuple[str, str]) -> str:
    rows = [f"| {head[0]} | {head[1]} |"] + [f"| {a} | {b} |" for a, b in t.flow]
    return "\n".join(rows)


def risk_table(t: Topic, head: tuple[str, ...], numeric: bool = False, with_id: str = "") -> str:
    rows = ["| " + " | ".join(head) + " |"]
    for n, (risk, lik, con, measure) in enumerate(t.risks, 1):
        if numeric:
            s, k = SCORE[lik], SCORE[con]
            cells = [risk, f"{lik} ({s})", f"{con} ({k})", str(s * k), measure]
        else:
            cells = [risk, lik, con, measure]
        if with_id:
            cells.insert(0, f"{with_id}{n}")
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def not_taken_table(t: Topic, head: tuple[str, str]) -> str:
    return "\n".join([f"| {head[0]} | {head[1]} |"] + [f"| {a} | {b} |" for a, b in t.not_taken])


def contact_rows(rows: list[tuple[str, ...]], head: tuple[str, ...]) -> str:
    return "\n".join("| " + " | ".join(r) + " |" for r in [head, *rows])


def person_row(role: str, p: Person, *, phone: bool = True, email: bool = True) -> tuple[str, ...]:
    who = f"{p.name}, {p.title}" + (f" ({p.org})" if p.org else "")
    return (role, who, p.phone if phone else "", p.email if email else "")


def risk_register_rows(t: Topic, lang: str, prefix: str) -> list[list[str]]:
    """A risk register sheet as office XLSX registers look: ID, threat, scores, measure, owner."""
    if lang == "en":
        head = [
            "ID",
            "Risk to data subjects",
            "Likelihood (1-3)",
            "Impact (1-3)",
            "Score",
            "Mitigation",
            "Status",
            "Residual",
            "Owner",
        ]
        done, owner = "Implemented", "DPO / product owner"
    else:
        head = [
            "ID",
            "Risiko for de registrerte",
            "Sannsynlighet (1-3)",
            "Konsekvens (1-3)",
            "Risikotall",
            "Tiltak",
            "Status",
            "Restrisiko",
            "Eier",
        ]
        done, owner = "Gjennomført", "Personvernombud / prosjekteier"
    rows = [head]
    for n, (risk, lik, con, measure) in enumerate(t.risks, 1):
        s, k = SCORE[lik], SCORE[con]
        resid = "High" if s * k >= 6 else "Medium"
        if lang != "en":
            resid = "Høy" if s * k >= 6 else "Middels"
        rows.append(
            [f"{prefix}-{n:02d}", risk, str(s), str(k), str(s * k), measure, done, resid, owner]
        )
    return rows


def not_taken_rows(t: Topic, lang: str) -> list[list[str]]:
    head = (
        ["Measure considered", "Why not implemented"]
        if lang == "en"
        else ["Vurdert tiltak", "Hvorfor ikke gjennomført"]
    )
    return [head] + [[a, b] for a, b in t.not_taken]


# --- A: Nordvest Kollektivtrafikk AS (nn) ---------------------------------------------------

A_CONTACT = Person(
    "Ingrid Sæther Vik",
    "rådgjevar personvern og informasjonstryggleik",
    "+47 71 20 44 18",
    "ingrid.vik@nordvestkollektiv.no",
)
A_DPO = Person(
    "Oddbjørn Tennfjord",
    "personvernombod",
    "+47 913 45 220",
    "personvernombod@nordvestkollektiv.no",
)
A_PROC = {
    "A1": Person(
        "Hanne Ramstad",
        "kundeansvarleg",
        "+47 73 99 18 40",
        "hanne.ramstad@billettsystemnord.no",
        "Billettsystem Nord AS",
    ),
    "A2": Person(
        "Tor Einar Lid",
        "dagleg leiar",
        "+47 55 60 71 02",
        "tor.lid@videoarkivvest.no",
        "Videoarkiv Vest AS",
    ),
}
A_SIG = """Med venleg helsing

Ingrid Sæther Vik
Rådgjevar personvern og informasjonstryggleik
Nordvest Kollektivtrafikk AS | Fylkeshuset, Julsundvegen 9, 6412 Molde
Tlf. +47 71 20 44 18 | ingrid.vik@nordvestkollektiv.no
www.nordvestkollektiv.no"""


def a_contacts(t: Topic, *, dpo: tuple[str, ...] | None = None) -> str:
    rows = [
        person_row("Kontaktperson (behandlingsansvarleg)", A_CONTACT),
        dpo or person_row("Personvernombod", A_DPO),
        person_row("Databehandlar", A_PROC[t.key]),
    ]
    return contact_rows(rows, ("Rolle", "Namn", "Telefon", "E-post"))


def a_board_page(t: Topic, *, decided: bool = True) -> str:
    vedtak = (
        "Vedtak: Styret har fått presentert personvernkonsekvensvurderinga og hovudfunna, "
        f"mellom anna risikomatrisa og restrisikoen. {t.stakeholders} Styret har drøfta innspela frå "
        "interessentane, godkjenner vurderinga og dei tiltaka som er sette i verk, og ber "
        "administrasjonen be Datatilsynet om førehandsdrøfting før oppstart."
        if decided
        else "Vedtak: Saka vart utsett. Styret ønskjer ei ny utgreiing av alternativ og vil handsame saka på nytt i styremøtet 12. mars 2027."
    )
    return (
        "NORDVEST KOLLEKTIVTRAFIKK AS\nUtdrag av protokoll frå styremøte 20. oktober 2026\n\n"
        f"Sak 34/26 Personvernkonsekvensvurdering – {t.title}\n\n"
        "Saksutgreiing ved adm. dir. Kjell Arne Hoel og personvernrådgjevar Ingrid Sæther Vik.\n\n"
        f"{vedtak}\n\nSamrøystes.\n\n"
        "Molde, 20.10.2026\n\nMarit Gjerde (sign.)        Kjell Arne Hoel (sign.)\nstyreleiar                 adm. dir."
    )


def a_dpia(t: Topic, over: dict[int, str], *, contacts: str) -> str:
    """NVK's Word template: numbered chapters, risk matrix, appendices."""
    risk = (
        "Sannsyn og konsekvens er vurderte på ein skala Låg / Middels / Høg (1–3). Risikotal = sannsyn × konsekvens; 6 og over er raudt.\n\n"
        + risk_table(
            t,
            (
                "Risiko for den registrerte",
                "Sannsyn",
                "Konsekvens",
                "Risikotal",
                "Tiltak (gjennomført)",
            ),
            numeric=True,
        )
        + "\n\n## 4.2 Tiltak som er vurderte, men ikkje gjennomførte\n\n"
        + not_taken_table(t, ("Tiltak", "Grunngiving"))
        + f"\n\n## 4.3 Restrisiko\n\n{t.residual}"
    )
    return (
        "# 1 Innleiing\n\n"
        f"Dette dokumentet er personvernkonsekvensvurderinga (DPIA) for {t.short}. Vurderinga er gjort av ei arbeidsgruppe med personvernrådgjevar, personvernombod, IT og fagavdelinga. Kontaktinformasjon står i vedlegg 1.\n\n"
        + sec(
            "2 Skildring av handsaminga",
            paras(t.description) + "\n\n## 2.1 Dataflyt\n\n" + flow_table(t, ("Steg", "Kva skjer")),
            over,
            2,
        )
        + sec(
            "3 Naudsyn og proporsjonalitet",
            paras(t.necessity)
            + "\n\n## 3.1 Tiltak for å sikre rettane til dei registrerte\n\n"
            + bullets(t.safeguards),
            over,
            3,
        )
        + sec("4 Risikovurdering", "## 4.1 Risikomatrise\n\n" + risk, over, 4)
        + "# 5 Involvering av interessentar\n\n"
        + t.stakeholders
        + "\n\n"
        + "# Vedlegg 1 – Kontaktinformasjon\n\n"
        + contacts
        + "\n\n"
        + sec(
            "Vedlegg 2 – Styrehandsaming",
            "Utdrag av styreprotokollen er skanna og lagt ved på siste side.",
            over,
            5,
        )
    )


# --- B: Poteklinikken Dyresykehus AS (nb) ---------------------------------------------------

B_CONTACT = Person(
    "Sofie Lindqvist Aas", "personvernrådgiver", "+47 478 12 603", "sofie.aas@poteklinikken.no"
)
B_DPO = Person(
    "Henrik Moe",
    "advokat, ekstern personvernombud",
    "+47 924 11 870",
    "hm@moebrekke.no",
    "Moe & Brekke Advokatfirma AS",
)
B_PROC = {
    "B1": Person(
        "Ole Kristian Dahl",
        "driftsleder",
        "+47 23 50 12 90",
        "okd@vaktsys.no",
        "Vaktsys Sikkerhet AS",
    ),
    "B2": Person(
        "Mette Kjærgaard",
        "Customer Success Manager",
        "+45 31 42 77 05",
        "mk@vetjournal.dk",
        "VetJournal ApS",
    ),
}
B_SIG = """Vennlig hilsen
Sofie Lindqvist Aas
Personvernrådgiver | Poteklinikken Dyresykehus AS
Sentralbord 22 41 90 00 | Direkte 22 41 90 35 | Mobil 478 12 603
sofie.aas@poteklinikken.no
Ullevålsveien 212, 0860 Oslo

Denne e-posten kan inneholde konfidensiell informasjon. Har du mottatt den ved en feil, ber vi deg slette den og gi beskjed til avsender."""


def b_letter(t: Topic, *, contacts: str) -> str:
    """Poteklinikken's request letter (DOCX): heading styles, contact table."""
    return (
        "# Anmodning om forhåndsdrøftelse etter personvernforordningen artikkel 36\n\n"
        f"Poteklinikken Dyresykehus AS (org.nr. 918 442 671) ber om forhåndsdrøftelse av {t.short}. Vurderingen av personvernkonsekvenser (DPIA) er vedlagt sammen med risikoregisteret.\n\n"
        "## Kontaktpersoner\n\n" + contacts + "\n\n"
        "## Vedlegg\n\n- DPIA (Word)\n- Risikoregister (Excel)\n"
    )


def b_contacts(t: Topic, *, proc: tuple[str, ...] | None = None) -> str:
    rows = [
        person_row("Kontaktperson", B_CONTACT),
        person_row("Personvernombud", B_DPO),
        proc or person_row("Databehandler", B_PROC[t.key]),
    ]
    return contact_rows(rows, ("Rolle", "Navn", "Telefon", "E-post"))


def b_dpia(t: Topic, over: dict[int, str], *, signed: bool = True) -> str:
    sign = (
        "| Navn | Rolle | Beslutning | Dato | Signatur |\n"
        "| Camilla Strøm Berntsen | administrerende direktør | Godkjent | 28.10.2026 | Signert elektronisk (Verified) |\n"
        "| Jørgen Fladby | fagdirektør veterinær | Godkjent | 28.10.2026 | Signert elektronisk (Verified) |\n"
        "| Henrik Moe | personvernombud | Rådgivende, anbefaler forhåndsdrøftelse | 27.10.2026 | Signert elektronisk (Verified) |"
    )
    approval = (
        "Ledergruppen behandlet DPIA i møte 28. oktober 2026. Personvernrådgiver presenterte beskrivelsen, risikoregisteret og restrisikoen. "
        f"Innspill fra interessentene: {t.stakeholders} Ledergruppen godkjenner vurderingen og tiltakene, aksepterer ikke restrisikoen uten forhåndsdrøftelse, og vedtar å be Datatilsynet om forhåndsdrøftelse.\n\n"
        + sign
    )
    return (
        "# Om behandlingen\n\n"
        + sec(
            "Hva vi skal gjøre",
            paras(t.description) + "\n\n" + flow_table(t, ("Ledd", "Beskrivelse")),
            over,
            2,
            "##",
        )
        + sec(
            "Hvorfor det er nødvendig og forholdsmessig",
            paras(t.necessity) + "\n\nTiltak for de registrerte:\n\n" + bullets(t.safeguards),
            over,
            3,
            "##",
        )
        + sec(
            "Risiko for kundene og de ansatte",
            "Se vedlagt risikoregister (Excel) for scoring. Oppsummert:\n\n"
            + risk_table(t, ("Risiko", "S", "K", "Tiltak"))
            + "\n\nVurdert, ikke gjennomført:\n\n"
            + not_taken_table(t, ("Tiltak", "Begrunnelse"))
            + "\n\n"
            + t.residual,
            over,
            4,
            "##",
        )
        + (
            sec("Godkjenning", approval, over, 5)
            if signed
            else sec(
                "Godkjenning",
                "| Navn | Rolle | Beslutning | Dato | Signatur |\n| Camilla Strøm Berntsen | administrerende direktør |  |  |  |",
                over,
                5,
            )
        )
    )


# --- C: Norges Terrengløpsforbund (nb) ------------------------------------------------------

C_CONTACT = Person(
    "Live Haugland", "organisasjonskonsulent", "415 22 390", "live.haugland@terrenglop.no"
)
C_DPO = Person("Ragnhild Ness", "personvernombud", "+47 21 02 91 44", "personvern@terrenglop.no")
C_PROC = {
    "C1": Person(
        "Antti Virtanen",
        "Data Protection Lead",
        "+358 40 512 8830",
        "antti.virtanen@coachlab.fi",
        "Coachlab Oy",
    ),
    "C2": Person(
        "Per Ivar Rønning",
        "kundeansvarlig",
        "+47 22 10 55 80",
        "per.ivar@idrettsdata.no",
        "Idrettsdata AS",
    ),
}
C_SIG = """Med sportslig hilsen
Live Haugland
Organisasjonskonsulent
Norges Terrengløpsforbund
Mob: 415 22 390
live.haugland@terrenglop.no
Idrettens Hus, Sognsveien 73, 0840 Oslo"""


def c_protocol(t: Topic) -> str:
    return (
        "# Protokoll – Forbundsstyremøte 6/2026\n\n~ Tid: 14. oktober 2026 kl. 17.00–20.30\n~ Sted: Idrettens Hus / Teams\n~ Til stede: Eirik Solheim (president), Tone Rise (visepresident), Magnus Hjelle, Åse Kristin Lunde, Fredrik Aarø (utøverrepresentant)\n~ Fra administrasjonen: generalsekretær Hanne Lie, Live Haugland (sekretær)\n\n"
        f"## Sak FS 41/26 Personvernkonsekvensvurdering: {t.title}\n\n"
        f"Live Haugland og personvernombud Ragnhild Ness la fram vurderingen, risikotabellen og restrisikoen. {t.stakeholders}\n\n"
        "Vedtak: Forbundsstyret har gjennomgått vurderingen av personvernkonsekvenser og innspillene fra utøverkomiteen og foreldrene, godkjenner vurderingen og tiltakene, og ber administrasjonen sende anmodning om forhåndsdrøftelse til Datatilsynet. Tiltaket settes ikke i gang før Datatilsynet har svart.\n\n"
        "## Sak FS 42/26 Budsjett for landslagssamling\n\nVedtak: Godkjent.\n\n~ Protokollen er godkjent elektronisk av styrets medlemmer 16.10.2026.\n"
    )


def c_dpia(t: Topic, over: dict[int, str]) -> str:
    return (
        "# Vurdering av personvernkonsekvenser\n\n"
        + sec(
            "1. Hva handler det om?",
            paras(t.description) + "\n\n" + flow_table(t, ("Hva", "Hvordan")),
            over,
            2,
        )
        + sec(
            "2. Er det nødvendig, og står det i forhold?",
            paras(t.necessity) + "\n\n" + bullets(t.safeguards),
            over,
            3,
        )
        + sec(
            "3. Risiko for utøverne",
            risk_table(t, ("Hva kan skje", "Sannsynlighet", "Konsekvens", "Tiltak"))
            + "\n\nVurdert, men ikke innført:\n\n"
            + not_taken_table(t, ("Tiltak", "Hvorfor ikke"))
            + "\n\n"
            + t.residual,
            over,
            4,
        )
    )


def c_contacts(t: Topic, *, dpo: tuple[str, ...] | None = None) -> str:
    rows = [
        person_row("Kontaktperson", C_CONTACT),
        dpo or person_row("Personvernombud", C_DPO),
        person_row("Databehandler", C_PROC[t.key]),
    ]
    return contact_rows(rows, ("Rolle", "Navn", "Telefon", "E-post"))


# --- D: Harbour & Heath Hotels Ltd (en) -----------------------------------------------------

D_CONTACT = Person(
    "Fiona McAllister",
    "Head of Guest Data",
    "+44 161 496 0732",
    "fiona.mcallister@harbourheath.co.uk",
)
D_NO = Person(
    "Kristian Ødegård",
    "Country Manager Norway",
    "+47 900 12 488",
    "kristian.odegard@harbourheath.no",
)
D_DPO = Person(
    "Dr Priya Nair", "Group Data Protection Officer", "+44 161 496 0700", "dpo@harbourheath.co.uk"
)
D_PROC = Person(
    "Joost van Dijk",
    "Privacy & Security Manager",
    "+31 20 794 3321",
    "j.vandijk@keystay.nl",
    "Keystay Systems BV",
)
D_SIG = """Kind regards,

Fiona McAllister
Head of Guest Data | Harbour & Heath Hotels Ltd
1 Quayside Place, Manchester M3 4LZ, United Kingdom
T +44 161 496 0732 | M +44 7700 900 412
fiona.mcallister@harbourheath.co.uk

Harbour & Heath Hotels Ltd is registered in England and Wales (No. 08412297). Norwegian branch: Harbour & Heath Hotels Ltd NUF, org.nr. 921 553 108.
This e-mail and any attachments are confidential and intended solely for the addressee."""


def d_contacts(*, proc: tuple[str, ...] | None = None) -> str:
    rows = [
        person_row("Controller – contact person", D_CONTACT),
        person_row("Controller – local contact Norway", D_NO),
        person_row("Data Protection Officer", D_DPO),
        proc or person_row("Processor", D_PROC),
    ]
    return contact_rows(rows, ("Role", "Name", "Telephone", "E-mail"))


def d_signoff(decided: bool = True) -> str:
    if decided:
        return (
            "The DPIA, its findings and the residual risk were presented to the Executive Committee on 3 November 2026 by the Head of Guest Data and the Group DPO, together with the views of the Norwegian union representatives and the guest advisory panel. The Committee approved the DPIA and the mitigations, accepted that high residual risk remains and decided to consult Datatilsynet before launch.\n\n"
            "| Name | Role | Decision | Date |\n| Richard Ashworth | Chief Executive Officer | Approved | 03/11/2026 |\n| Helen Okafor | Chief Operating Officer | Approved | 03/11/2026 |\n| Dr Priya Nair | Group DPO | Advised: prior consultation required | 03/11/2026 |"
        )
    return (
        "The DPIA will be presented to the Executive Committee on 8 December 2026.\n\n"
        "| Name | Role | Decision | Date |\n| Richard Ashworth | Chief Executive Officer | Pending | |\n| Helen Okafor | Chief Operating Officer | Pending | |\n| Dr Priya Nair | Group DPO | Advised: prior consultation required | 20/11/2026 |"
    )


def d_report(t: Topic, over: dict[int, str], *, contacts: str, signoff: str) -> str:
    return (
        "# 1 Executive summary\n\n"
        f"This DPIA covers {t.short} in our Norwegian hotels. {t.residual}\n\n"
        + sec(
            "2 Description of the processing",
            paras(t.description)
            + "\n\n## 2.1 Data flow\n\n"
            + flow_table(t, ("Stage", "What happens")),
            over,
            2,
        )
        + sec(
            "3 Necessity and proportionality",
            paras(t.necessity)
            + "\n\n## 3.1 Safeguards for data subjects\n\n"
            + bullets(t.safeguards),
            over,
            3,
        )
        + sec(
            "4 Risk assessment",
            "Likelihood and impact are rated Low / Medium / High.\n\n"
            + risk_table(t, ("Risk to individuals", "Likelihood", "Impact", "Mitigation in place"))
            + "\n\n## 4.1 Mitigations considered but not adopted\n\n"
            + not_taken_table(t, ("Mitigation", "Reason"))
            + "\n\n## 4.2 Consultation of stakeholders\n\n"
            + t.stakeholders,
            over,
            4,
        )
        + sec("5 Sign-off", signoff, over, 5)
        + "# Appendix A – Contacts\n\n"
        + contacts
        + "\n"
    )


# --- E: Telefjord AS (nb) -------------------------------------------------------------------

E_CONTACT = Person("Thomas Aune", "produktjurist", "926 40 118", "thomas.aune@telefjord.no")
E_DPO = Person("Kari Lønseth", "personvernombud", "900 55 237", "personvernombud@telefjord.no")
E_PROC = {
    "E1": Person(
        "Siri Hovland",
        "leveranseansvarlig",
        "+47 977 21 330",
        "siri.hovland@geoflyt.no",
        "Geoflyt AS",
    ),
    "E2": Person(
        "Daniel Price",
        "Head of Client Privacy",
        "+44 20 7946 0183",
        "daniel.price@fraudsense.co.uk",
        "Fraudsense Ltd",
    ),
}
E_SIG = """Mvh
Thomas Aune
Produktjurist, Juridisk og regulatorisk
Telefjord AS | Lysaker Torg 15, 1366 Lysaker
M: 926 40 118 | E: thomas.aune@telefjord.no"""


def e_kontaktark(t: Topic) -> str:
    rows = [
        person_row("Kontaktperson hos Telefjord", E_CONTACT),
        person_row("Personvernombud", E_DPO),
        person_row("Databehandler", E_PROC[t.key]),
    ]
    return "# Kontaktark\n\n" + contact_rows(rows, ("Rolle", "Navn", "Telefon", "E-post")) + "\n"


def e_dpia(t: Topic, over: dict[int, str]) -> str:
    return (
        "# Sammendrag\n\n"
        f"Telefjord AS planlegger {t.short}. Risikoene er scoret i eget risikoregister (Excel), som er en del av vurderingen.\n\n"
        + sec(
            "Beskrivelse av tjenesten og databehandlingen",
            paras(t.description) + "\n\n" + flow_table(t, ("Trinn", "Innhold")),
            over,
            2,
        )
        + sec(
            "Nødvendighet og proporsjonalitet",
            paras(t.necessity) + "\n\n## Garantier og rettigheter\n\n" + bullets(t.safeguards),
            over,
            3,
        )
        + sec("Risiko", f"Se vedlagt risikoregister. {t.residual}", over, 4)
        + "# Interessenter\n\n"
        + t.stakeholders
        + "\n"
    )


def e_minutes(t: Topic) -> str:
    return (
        "# Referat – ledermøte Telefjord AS\n\n~ Dato: 4. november 2026\n~ Til stede: Øystein Krogh (CEO), Linn Sørum (CTO), Pål Eide (CFO), Merete Vold (direktør kunde), Kari Lønseth (personvernombud, sak 3)\n\n"
        "## Sak 1 Kvartalstall\n\nTatt til orientering.\n\n"
        f"## Sak 2/3 DPIA – {t.title}\n\n"
        f"Thomas Aune presenterte DPIA, risikoregisteret og restrisikoen. Personvernombudet anbefaler forhåndsdrøftelse. {t.stakeholders}\n\n"
        "Beslutning: Ledergruppen godkjenner DPIA og tiltakene, og ber juridisk avdeling sende anmodning om forhåndsdrøftelse til Datatilsynet. Lansering utsettes til svar foreligger.\n\n"
        "## Sak 4 Eventuelt\n\nIngen saker.\n\n~ Referent: Merete Vold\n"
    )


# --- F: Apotek Nordlys AS via Kvartal Rådgivning AS (nb) ------------------------------------

F_CONSULT = Person(
    "Mads Eriksen",
    "seniorrådgiver",
    "954 33 201",
    "mads.eriksen@kvartal-radgivning.no",
    "Kvartal Rådgivning AS",
)
F_CONTACT = Person(
    "Hilde Sørbø",
    "juridisk direktør",
    "22 98 40 12",
    "hilde.sorbo@apoteknordlys.no",
    "Apotek Nordlys AS",
)
F_DPO = Person(
    "Anders Vatne",
    "personvernombud",
    "481 20 554",
    "personvernombud@apoteknordlys.no",
    "Apotek Nordlys AS",
)
F_PROC = {
    "F1": Person(
        "Lene Fossum", "prosjektleder", "930 44 812", "lene.fossum@appverket.no", "Appverket AS"
    ),
    "F2": Person("Rune Berg", "daglig leder", "412 66 019", "rune.berg@vaktoye.no", "Vaktøye AS"),
}
F_SIG = """Med vennlig hilsen

Mads Eriksen
Seniorrådgiver personvern
Kvartal Rådgivning AS
Tlf. 954 33 201
mads.eriksen@kvartal-radgivning.no
Kvartal Rådgivning AS | Kongens gate 8, 7011 Trondheim | org.nr. 925 118 604"""


def f_contacts(t: Topic, *, dpo: tuple[str, ...] | None = None) -> str:
    rows = [
        person_row("Behandlingsansvarlig, kontaktperson", F_CONTACT),
        dpo or person_row("Personvernombud", F_DPO),
        person_row("Databehandler", F_PROC[t.key]),
        person_row("Rådgiver (sender på vegne av Apotek Nordlys)", F_CONSULT),
    ]
    return (
        "# 01 Kontaktinformasjon\n\nBehandlingsansvarlig: Apotek Nordlys AS, org.nr. 914 220 887, Tordenskiolds gate 3, 0160 Oslo.\n\n"
        + contact_rows(rows, ("Rolle", "Navn", "Telefon", "E-post"))
        + "\n"
    )


def f_desc(t: Topic) -> str:
    return (
        "# 02 Systematisk beskrivelse\n\n"
        + paras(t.description)
        + "\n\n## Dataflyt\n\n"
        + flow_table(t, ("Trinn", "Beskrivelse"))
        + "\n"
    )


def f_nec(t: Topic) -> str:
    return (
        "# 03 Nødvendighet og forholdsmessighet\n\n"
        + paras(t.necessity)
        + "\n\n## Tiltak for de registrerte\n\n"
        + bullets(t.safeguards)
        + "\n"
    )


def f_approval(t: Topic) -> str:
    return (
        "APOTEK NORDLYS AS\nProtokoll fra ledergruppemøte 11. november 2026\n\n"
        f"Sak 57/26 DPIA: {t.title}\n\n"
        "Seniorrådgiver Mads Eriksen (Kvartal Rådgivning) og juridisk direktør Hilde Sørbø presenterte vurderingen og funnene, herunder restrisikoen. "
        f"Innspill: {t.stakeholders}\n\n"
        "Vedtak: Ledergruppen godkjenner vurderingen av personvernkonsekvenser og de iverksatte tiltakene. Restrisikoen aksepteres ikke uten forhåndsdrøftelse. Juridisk direktør gis fullmakt til å sende anmodning.\n\n"
        "Oslo, 11.11.2026\n\nKarianne Bøe (sign.)         Hilde Sørbø (sign.)\nadm. dir.                    juridisk direktør"
    )


# --- G: Nordområdeinstituttet for samfunnsforskning (nb) ------------------------------------

G_CONTACT = Person(
    "Silje Nilsen Pedersen", "forsker I, prosjektleder", "77 64 52 10", "silje.pedersen@nisf.no"
)
G_DPO = Person("Geir Ove Mikalsen", "personvernombud", "991 23 887", "personvernombud@nisf.no")
G_SIG = """Hilsen
Silje Nilsen Pedersen
forsker I / prosjektleder
Nordområdeinstituttet for samfunnsforskning (NISF)
Postboks 6410, 9294 Tromsø
tlf 77 64 52 10
silje.pedersen@nisf.no"""


def g_dpia(t: Topic, over: dict[int, str], *, contact_block: str) -> str:
    minutes = (
        "Utdrag fra referat, instituttets ledergruppe 17. november 2026, sak 88/26: "
        f"Prosjektleder og personvernombud presenterte vurderingen og funnene. {t.stakeholders} "
        "Ledergruppen godkjenner personvernkonsekvensvurderingen og tiltakene, og ber prosjektleder be Datatilsynet om forhåndsdrøftelse. "
        "Direktør Rolf-Arne Isaksen signerte referatet 19.11.2026."
    )
    return (
        f"# Personvernkonsekvensvurdering – {t.title}\n\n"
        + "## Kontaktinformasjon\n\n"
        + contact_block
        + "\n\n"
        + sec(
            "Prosjektet og datagrunnlaget",
            paras(t.description) + "\n\n" + flow_table(t, ("Datakilde / trinn", "Beskrivelse")),
            over,
            2,
            "##",
        )
        + sec(
            "Rettslig grunnlag, nødvendighet og forholdsmessighet",
            paras(t.necessity) + "\n\n" + bullets(t.safeguards),
            over,
            3,
            "##",
        )
        + sec(
            "Risikovurdering",
            risk_table(t, ("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"))
            + "\n\nTiltak vurdert, men ikke gjennomført: "
            + "; ".join(f"{a} ({b})" for a, b in t.not_taken)
            + ".\n\n"
            + t.residual,
            over,
            4,
            "##",
        )
        + sec("Behandling i ledergruppen", minutes, over, 5, "##")
    )


def g_contact_block() -> str:
    return contact_rows(
        [
            person_row("Prosjektleder (kontaktperson)", G_CONTACT),
            person_row("Personvernombud", G_DPO),
            (
                "Databehandler",
                "Ingen databehandler – data behandles på instituttets egen server",
                "",
                "",
            ),
        ],
        ("Rolle", "Navn", "Telefon", "E-post"),
    )


# --- H: Stiftinga Solbakken Omsorgssenter (nn) ----------------------------------------------

H_CONTACT = Person("Astrid Årdal", "fagsjef", "951 20 448", "astrid.ardal@solbakken-omsorg.no")
H_DPO = Person(
    "Nils Kvåle",
    "personvernombod (ekstern)",
    "57 82 10 60",
    "nils@pvkvest.no",
    "Personvernkontoret Vest AS",
)
H_PROC = {
    "H1": Person(
        "Gunn Sylvi Bø",
        "kundeansvarleg",
        "55 30 41 18",
        "gunn.bo@omsorgsteknikk.no",
        "Omsorgsteknikk Vest AS",
    ),
    "H2": Person(
        "Jostein Rye", "dagleg leiar", "971 40 221", "jostein@trygglokk.no", "Trygglokk AS"
    ),
}
H_SIG = """Helsing
Astrid Årdal
fagsjef, Stiftinga Solbakken Omsorgssenter
Solbakkvegen 4, 6856 Sogndal
telefon 57 67 33 20 / mobil 951 20 448
astrid.ardal@solbakken-omsorg.no"""


def h_dpia(t: Topic, over: dict[int, str]) -> str:
    return (
        "# Kva gjeld saka\n\n"
        + sec(
            "Slik skal tenesta verke",
            paras(t.description) + "\n\n" + flow_table(t, ("Ledd", "Skildring")),
            over,
            2,
            "##",
        )
        + sec(
            "Kvifor vi treng dette, og kvifor på denne måten",
            paras(t.necessity) + "\n\nTiltak for bebuarane:\n\n" + bullets(t.safeguards),
            over,
            3,
            "##",
        )
        + sec(
            "Kva kan gå gale for bebuarane",
            risk_table(t, ("Risiko", "Sannsyn", "Konsekvens", "Tiltak"))
            + "\n\nVurdert, men ikkje gjennomført:\n\n"
            + not_taken_table(t, ("Tiltak", "Grunngiving"))
            + "\n\n"
            + t.residual,
            over,
            4,
            "##",
        )
        + "## Kven er høyrde\n\n"
        + t.stakeholders
        + "\n"
    )


def h_protocol(t: Topic, *, decided: bool = True) -> str:
    vedtak = (
        "Vedtak: Styret har gått gjennom personvernkonsekvensvurderinga og funna, og lagt vekt på innspela frå pårørandeutvalet, tillitsvalde og verneombod. Styret godkjenner vurderinga og tiltaka, og gir dagleg leiar fullmakt til å be Datatilsynet om førehandsdrøfting."
        if decided
        else "Vedtak: Styret tek saka til orientering. Saka vert sett opp att når pårørandeutvalet har fått uttale seg. Styret har ikkje teke stilling til vurderinga."
    )
    return (
        "STIFTINGA SOLBAKKEN OMSORGSSENTER\nProtokoll frå styremøte 9. november 2026\n\n"
        "Til stades: Sigbjørn Hauge (styreleiar), Brit Lunde, Arne Fjærestad, Marta Kvamme (tilsetterepresentant)\nFrå administrasjonen: Torunn Fimreite (dagleg leiar), Astrid Årdal (fagsjef)\n\n"
        f"Sak 22/26 {t.title}\n\nFagsjef presenterte vurderinga, risikotabellen og restrisikoen.\n\n{vedtak}\n\n"
        "Sogndal, 9.11.2026\nSigbjørn Hauge (sign.)    Brit Lunde (sign.)    Arne Fjærestad (sign.)    Marta Kvamme (sign.)"
    )


# --- I: Pulsly AS (nb) ----------------------------------------------------------------------

I_CONTACT = Person("Emil Brandt", "CTO og medgründer", "413 90 221", "emil@pulsly.no")
I_DPO = Person(
    "Maria Chen Solberg",
    "personvernombud (innleid)",
    "901 77 452",
    "maria@personvernhuset.no",
    "Personvernhuset AS",
)
I_PROC = Person(
    "Kristoffer Hagen",
    "Head of Trust",
    "467 11 902",
    "kristoffer.hagen@modellsky.no",
    "Modellsky AS",
)
I_SIG = """Emil Brandt
CTO & co-founder, Pulsly AS
413 90 221 · emil@pulsly.no
Pulsly AS · Tollbugata 24, 0152 Oslo · org.nr. 931 004 257"""


def i_body(t: Topic, over: dict[int, str], *, approval: str) -> str:
    """Pulsly writes everything in the mail, with markdown-ish headings from Notion."""
    risks = "\n".join(
        f"* {r} – sannsynlighet {lk.lower()}, konsekvens {c.lower()}. Tiltak: {m}"
        for r, lk, c, m in t.risks
    )
    nt = "\n".join(f"* {a}: {b}" for a, b in t.not_taken)

    def part(n: int, title: str, body: str) -> str:
        return f"## {title}\n\n{over.get(n, body)}\n\n"

    return (
        "## Kontakt\n\n"
        f"Kontaktperson: {I_CONTACT.name}, {I_CONTACT.title}, tlf {I_CONTACT.phone}, {I_CONTACT.email}\n"
        f"Personvernombud: {I_DPO.name}, {I_DPO.org}, tlf {I_DPO.phone}, {I_DPO.email}\n"
        f"Databehandler: {I_PROC.org} v/ {I_PROC.name}, tlf {I_PROC.phone}, {I_PROC.email}\n\n"
        + part(
            2,
            "Hva vi bygger",
            "\n\n".join(t.description) + "\n\n" + "\n".join(f"* {a}: {b}" for a, b in t.flow),
        )
        + part(
            3,
            "Hvorfor – og hvorfor akkurat sånn",
            "\n\n".join(t.necessity) + "\n\n" + "\n".join(f"* {s}" for s in t.safeguards),
        )
        + part(4, "Risiko", risks + "\n\nVurdert men ikke gjort:\n" + nt + "\n\n" + t.residual)
        + part(5, "Styrets behandling", approval)
    )


I_BOARD = "Styret behandlet DPIA i styremøtet 5. november 2026 (sak 19/26). Emil og personvernombudet gikk gjennom funnene og risikoene, og innspillene fra brukerpanelet, Mental Helse Ungdom og psykologene. Styret godkjente DPIA og tiltakene, og vedtok at vi ber Datatilsynet om forhåndsdrøftelse før lansering. Protokollen er signert av styreleder Nina Voll."

# --- J: Helix Talent Partners Ltd (en) ------------------------------------------------------

J_CONTACT = Person(
    "Aoife Brennan", "Head of Compliance", "+353 1 555 0148", "aoife.brennan@helixtalent.ie"
)
J_NO = Person("Lars Eikrem", "Branch Manager, Oslo", "+47 915 66 730", "lars.eikrem@helixtalent.no")
J_DPO = Person("Cormac Doyle", "Data Protection Officer", "+353 1 555 0100", "dpo@helixtalent.ie")
J_PROC = {
    "J1": Person(
        "Rachel Kim", "Privacy Counsel", "+1 415 555 0136", "rkim@vidscreen.com", "Vidscreen Inc."
    ),
    "J2": Person(
        "Seán Murphy",
        "Client Compliance Manager",
        "+353 21 555 0199",
        "sean.murphy@checkwise.ie",
        "Checkwise Ltd",
    ),
}
J_SIG = """Best regards,
Aoife Brennan
Head of Compliance
Helix Talent Partners Ltd
Harcourt Street 61, Dublin 2, D02 XY47, Ireland
Tel +353 1 555 0148
aoife.brennan@helixtalent.ie
Oslo branch: Helix Talent Partners Ltd NUF, Dronning Eufemias gate 16, 0191 Oslo"""


def j_dpia(t: Topic, over: dict[int, str]) -> str:
    return (
        f"# DPIA – {t.title}\n\n"
        + sec(
            "Processing overview",
            paras(t.description) + "\n\n" + flow_table(t, ("Step", "Detail")),
            over,
            2,
        )
        + sec(
            "Lawfulness, necessity and proportionality",
            paras(t.necessity) + "\n\n" + bullets(t.safeguards),
            over,
            3,
        )
        + sec(
            "Risks to candidates",
            "The scored risk register is attached as a spreadsheet. Summary:\n\n"
            + risk_table(t, ("Risk", "Likelihood", "Severity", "Control"))
            + "\n\nNot adopted:\n\n"
            + not_taken_table(t, ("Control", "Rationale"))
            + "\n\n"
            + t.residual,
            over,
            4,
        )
        + "# Stakeholder input\n\n"
        + t.stakeholders
        + "\n"
    )


def j_resolution(t: Topic) -> str:
    return (
        "# Board Resolution\n\n~ Helix Talent Partners Ltd (CRO 612207)\n~ Meeting of the Board of Directors, 12 November 2026, Dublin\n\n"
        f"## Item 6: Data Protection Impact Assessment – {t.title}\n\n"
        f"The Head of Compliance and the DPO presented the DPIA, the risk register and the residual risk. The Board noted the stakeholder input: {t.stakeholders}\n\n"
        "RESOLVED that the DPIA and the controls described therein are approved; that the residual risk is not accepted without prior consultation; and that the Head of Compliance is authorised to submit a request for prior consultation to Datatilsynet (Norway).\n\n"
        "~ Certified a true extract: Niamh O'Sullivan, Company Secretary\n"
    )
