# ruff: noqa: E501
"""The ten senders of blind18: their people, signatures and document templates.

Each sender's DPIA template is a list of (key, heading) pairs; ``document`` fills a template from a
topic and lets a case replace a section (``over``: key -> markup, "" leaves the heading empty,
``None`` drops the section). Keys: sum (summary), contacts, desc (part 2), nec (part 3), risk and
nt (part 4: risks with measures, measures not taken), res (residual risk), appr (part 5).
"""

from __future__ import annotations

from dataclasses import dataclass

from topics import Topic


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    org: str
    phone: str
    email: str


Over = dict[str, str | None]


def risk_table(t: Topic, header: tuple[str, str, str, str]) -> str:
    rows = [header, *t.risks]
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)


def risk_table_scored(t: Topic, header: tuple[str, ...]) -> str:
    """Numeric likelihood × consequence with the product as its own column (B, D)."""
    lines = ["| " + " | ".join(header) + " |"]
    for n, (risk, s, k, measure) in enumerate(t.risks, start=1):
        lines.append(f"| R{n} | {risk} | {s} | {k} | {int(s) * int(k)} | {measure} |")
    return "\n".join(lines)


def nt_bullets(t: Topic, sep: str = ": ") -> str:
    return "\n".join(f"- {m}{sep}{r}" for m, r in t.not_taken)


def contact_rows(rows: list[tuple[str, Person]], header: tuple[str, ...]) -> str:
    lines = ["| " + " | ".join(header) + " |"]
    for role, p in rows:
        lines.append(f"| {role} | {p.name} ({p.org}) | {p.phone} | {p.email} |")
    return "\n".join(lines)


def document(
    title: str,
    meta: str,
    spec: list[tuple[str, str]],
    body: dict[str, str],
    over: Over | None = None,
    level: str = "##",
) -> str:
    """A document in the kit's markup from a template (key, heading) and section bodies."""
    over = over or {}
    out = [f"# {title}"]
    if meta:
        out.append(meta)
    for key, heading in spec:
        if key in over:
            if over[key] is None:
                continue
            text = over[key] or ""
        else:
            text = body.get(key, "")
        out.append(f"{level} {heading}")
        if text and text.strip():
            out.append(text.strip())
    return "\n\n".join(out) + "\n"


def vblock(p: Person, role: str = "", tel: str = "Tlf.", mail: str = "E-post") -> str:
    """Label-value lines for one person."""
    head = f"~ {role}: {p.name}, {p.role}" if role else f"~ {p.name}, {p.role}"
    return f"{head}\n~ {tel}: {p.phone}\n~ {mail}: {p.email}"


# --- A: Tindra Pay AS (fintech start-up, Oslo) -----------------------------------------------

A_FROM = "Sigrid Haugland <sigrid@tindrapay.no>"
SIGRID = Person(
    "Sigrid Haugland",
    "Head of Risk & Compliance",
    "Tindra Pay AS",
    "+47 948 21 307",
    "sigrid@tindrapay.no",
)
AMUND = Person(
    "Amund Grøtta",
    "daglig leder og medgründer",
    "Tindra Pay AS",
    "+47 907 11 562",
    "amund@tindrapay.no",
)
A_DPO = Person(
    "Jonas Eide",
    "personvernombud (ekstern)",
    "Personvernpartner AS",
    "+47 22 41 80 90",
    "jonas.eide@personvernpartner.no",
)
NORDSKY = Person(
    "Kari Lunde", "driftsansvarlig", "Nordsky Drift AS", "+47 413 55 201", "kari.lunde@nordsky.no"
)
IDENTA = Person(
    "Marten Kask", "Customer Privacy Lead", "Identa OÜ", "+372 5812 4410", "marten.kask@identa.ee"
)
A_SIG = """--
Sigrid Haugland
Head of Risk & Compliance | Tindra Pay AS
M: +47 948 21 307
Prinsens gate 14, 0152 Oslo | tindrapay.no
"""
A_SPEC = [
    ("sum", "TL;DR"),
    ("desc", "Hva vi bygger"),
    ("nec", "Hvorfor vi gjør det – og hvorfor akkurat slik"),
    ("risk", "Hva kan gå galt for kundene"),
    ("nt", "Tiltak vi har vurdert, men droppet"),
    ("res", "Restrisiko"),
    ("appr", "Styrebehandling"),
]


def a_dpia(
    t: Topic, over: Over | None = None, status: str = "Godkjent av styret 10.11.2026"
) -> str:
    meta = f"~ Eier: Sigrid Haugland\n~ Status: {status}\n~ Personvernombud: Jonas Eide (Personvernpartner AS)\n~ Eksportert fra Notion 12.11.2026"
    body = {
        "sum": t.summary,
        "desc": t.desc,
        "nec": t.nec,
        "risk": risk_table(t, ("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak")),
        "nt": nt_bullets(t, " – "),
        "res": t.residual,
        "appr": t.approval,
    }
    return document(f"DPIA: {t.title}", meta, A_SPEC, body, over)


# --- B: Havbris Forsikring ASA (insurance, Bergen) --------------------------------------------

B_FROM = "Sæther, Ingrid <ingrid.saether@havbris.no>"
INGRID = Person(
    "Ingrid Sæther",
    "seniorrådgiver personvern, Juridisk avdeling",
    "Havbris Forsikring ASA",
    "+47 55 30 81 42",
    "ingrid.saether@havbris.no",
)
B_DPO = Person(
    "Håkon Brekke",
    "personvernombud",
    "Havbris Forsikring ASA",
    "+47 55 30 81 10",
    "hakon.brekke@havbris.no",
)
SKADEDATA = Person(
    "Johan Lindqvist",
    "Head of Client Privacy",
    "Skadedata Norden AB",
    "+46 31 744 20 15",
    "johan.lindqvist@skadedata.se",
)
TELEMETRIKA = Person(
    "Mona Fjeld",
    "personvernansvarlig",
    "Telemetrika AS",
    "+47 934 40 212",
    "mona.fjeld@telemetrika.no",
)
B_SIG = """Med vennlig hilsen

Ingrid Sæther
Seniorrådgiver personvern | Juridisk avdeling
Havbris Forsikring ASA
Tlf.: +47 55 30 81 42 | Mob.: +47 915 62 083
E-post: ingrid.saether@havbris.no
Strandkaien 8, 5013 Bergen | www.havbris.no

Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for adressaten. Dersom du har mottatt den ved en feil, ber vi deg varsle avsender og slette e-posten.
"""
B_PROC = {
    "B1": (
        SKADEDATA,
        "Skadedata Norden AB, org.nr. 556912-4471, Första Långgatan 19, 413 27 Göteborg, Sverige",
    ),
    "B2": (TELEMETRIKA, "Telemetrika AS, org.nr. 918 442 051, Innherredsveien 7, 7014 Trondheim"),
}


def b_del1(t: Topic) -> str:
    proc, orgline = B_PROC[t.key]
    return f"""# Del 1 – Kontaktopplysninger

~ Sak: {t.title}
~ Behandlingsansvarlig: Havbris Forsikring ASA, org.nr. 983 114 620, Strandkaien 8, 5013 Bergen

## Kontaktperson hos behandlingsansvarlig

{vblock(INGRID)}

## Personvernombud

{vblock(B_DPO)}

## Databehandler

~ {orgline}
~ Kontaktperson: {proc.name}, {proc.role}
~ Tlf.: {proc.phone}
~ E-post: {proc.email}
"""


def b_del2(t: Topic) -> str:
    return f"# Del 2 – Systematisk beskrivelse av behandlingen\n\n~ Sak: {t.title}\n\n{t.desc.strip()}\n"


def b_del3(t: Topic) -> str:
    return f"# Del 3 – Vurdering av nødvendighet og proporsjonalitet\n\n~ Sak: {t.title}\n\n{t.nec.strip()}\n"


def b_del4(t: Topic) -> str:
    table = risk_table_scored(
        t, ("Nr.", "Risiko for de registrerte", "S", "K", "S×K", "Risikoreduserende tiltak")
    )
    nt = "\n".join(f"| {m} | {r} |" for m, r in t.not_taken)
    return f"""# Del 4 – Vurdering av risiko for de registrertes rettigheter og friheter

~ Sak: {t.title}
~ Skala: sannsynlighet (S) og konsekvens (K) fra 1 (svært lav) til 5 (svært høy). Risiko = S × K; 10 eller mer er høy risiko.

## Identifiserte risikoer og gjennomførte tiltak

{table}

## Tiltak som er vurdert, men ikke gjennomført

| Tiltak | Begrunnelse |
{nt}

## Restrisiko

{t.residual}
"""


def b_del5(t: Topic) -> str:
    return f"# Del 5 – Dokumentasjon av ledelsens validering\n\n~ Utdrag av protokoll fra konsernledelsens møte\n\n{t.approval.strip()}\n"


# --- C: Bytorget Handel AS (retail chain, loyalty programme) ----------------------------------

C_FROM = "Camilla Ruud <camilla.ruud@bytorget.no>"
CAMILLA = Person(
    "Camilla Ruud",
    "Kundeprogramsjef",
    "Bytorget Handel AS",
    "+47 986 40 271",
    "camilla.ruud@bytorget.no",
)
C_DPO = Person(
    "Tor Inge Hallan",
    "Personvernombud",
    "Bytorget Handel AS",
    "+47 22 87 15 60",
    "tor.inge.hallan@bytorget.no",
)
INNSIKT = Person(
    "Petter Moen",
    "Kundeansvarlig",
    "Innsikt Analyse AS",
    "+47 474 02 918",
    "petter.moen@innsiktanalyse.no",
)
SONAR = Person(
    "Mette Kjærsgaard",
    "Data Protection Manager",
    "Sonar Retail Tech ApS",
    "+45 38 71 44 02",
    "mk@sonarretail.dk",
)
C_SIG = """Hilsen
Camilla Ruud
Kundeprogramsjef Bytorget Pluss
Bytorget Handel AS
Mob: +47 986 40 271
"""


def c_slides(t: Topic, contacts: list[tuple[str, Person]], over: Over | None = None) -> list[str]:
    """A slide deck (markup per slide) as the CRM team exports it from PowerPoint."""
    over = over or {}
    table = "\n".join(
        f"- {r}: {p.name}, {p.org} · " + " · ".join(x for x in (p.phone, p.email) if x)
        for r, p in contacts
    )
    body = {
        "contacts": table,
        "desc": t.desc,
        "nec": t.nec,
        "risk": risk_table(t, ("Risiko", "Sanns.", "Konsekvens", "Tiltak")),
        "nt": nt_bullets(t, " – ") + f"\n\nRestrisiko: {t.residual}",
        "appr": t.approval,
    }
    heads = [
        ("contacts", "Kontaktpersoner"),
        ("desc", "Hva skal vi gjøre?"),
        ("nec", "Hvorfor – og hvorfor akkurat slik?"),
        ("risk", "Risikobildet"),
        ("nt", "Tiltak vi har valgt bort"),
        ("appr", "Beslutning"),
    ]
    slides = [
        f"# {t.title}\n\nUnderlag til Datatilsynet – forhåndsdrøftelse\n\nBytorget Handel AS · November 2026"
    ]
    for key, head in heads:
        if key in over and over[key] is None:
            continue
        text = over.get(key, body[key])
        slides.append(f"# {head}\n\n{text.strip()}" if text and text.strip() else f"# {head}")
    return slides


# --- D: Nordvegen Logistikk AS (logistics, Trondheim) -----------------------------------------

D_FROM = "Bjørnar Kvam <bjornar.kvam@nordvegen.no>"
BJORNAR = Person(
    "Bjørnar Kvam",
    "HMS- og kvalitetssjef",
    "Nordvegen Logistikk AS",
    "+47 908 44 120",
    "bjornar.kvam@nordvegen.no",
)
D_DPO = Person(
    "Randi Østby",
    "Personvernombud",
    "Nordvegen Logistikk AS",
    "+47 73 80 52 17",
    "randi.ostby@nordvegen.no",
)
VIGIL = Person(
    "Sarah Whitcombe",
    "Customer Data Protection Lead",
    "Vigil Fleet Ltd",
    "+44 161 496 0733",
    "s.whitcombe@vigilfleet.co.uk",
)
FLATEVAKT = Person(
    "Geir Rønning", "Kundeansvarlig", "Flåtevakt AS", "+47 932 18 404", "geir.ronning@flatevakt.no"
)
D_SIG = """Med hilsen
Bjørnar Kvam
HMS- og kvalitetssjef
Nordvegen Logistikk AS
Tlf.: 73 80 52 00 (sentralbord)
Mob: 908 44 120
Heggstadmyra 4, 7080 Heimdal
"""


def d_contact_table(rows: list[tuple[str, Person]]) -> str:
    """The contact table as it comes out when pasted from Excel into a plain-text mail."""
    widths = (24, 20, 20, 30)
    lines = [
        "Rolle".ljust(widths[0]) + "Navn".ljust(widths[1]) + "Telefon".ljust(widths[2]) + "E-post"
    ]
    for role, p in rows:
        lines.append(
            role.ljust(widths[0]) + p.name.ljust(widths[1]) + p.phone.ljust(widths[2]) + p.email
        )
    return "\n".join(lines)


D_SPEC = [
    ("sum", "1 Innledning og sammendrag"),
    ("desc", "2 Beskrivelse av behandlingen"),
    ("nec", "3 Nødvendighet og forholdsmessighet"),
    ("risk", "4 Risikovurdering"),
    ("nt", "5 Tiltak som er vurdert, men ikke gjennomført"),
    ("res", "6 Konklusjon og restrisiko"),
]


def d_dpia(t: Topic, over: Over | None = None) -> str:
    body = {
        "sum": f"{t.summary} Vurderingen er utarbeidet av HMS- og kvalitetssjef sammen med personvernombudet, HR, IT og tillitsvalgte.",
        "desc": t.desc,
        "nec": t.nec,
        "risk": "Risikoene er vurdert med sannsynlighet (S) og konsekvens (K) på skala 1–4. Detaljert risikoregister med ansvar og status ligger i vedlegg 02. Hovedrisikoene:\n\n"
        + risk_table_scored(t, ("ID", "Risiko", "S", "K", "S×K", "Tiltak")),
        "nt": nt_bullets(t, " – "),
        "res": t.residual + " Saken er lagt fram for styret, se vedlegg 03.",
    }
    meta = "~ Nordvegen Logistikk AS – Vurdering av personvernkonsekvenser (DPIA)\n~ Versjon 1.2, 5. november 2026\n~ Utarbeidet av: Bjørnar Kvam (HMS) og Randi Østby (personvernombud)"
    return document(t.title, meta, D_SPEC, body, over, level="#")


def d_register(t: Topic) -> dict[str, list[list[str]]]:
    rows = [
        [
            "ID",
            "Risiko",
            "Sannsynlighet (1-4)",
            "Konsekvens (1-4)",
            "Risiko",
            "Tiltak",
            "Ansvar",
            "Status",
        ]
    ]
    owners = ["HMS", "HR", "HMS/IT", "IT", "HMS"]
    for n, (risk, s, k, measure) in enumerate(t.risks, start=1):
        rows.append(
            [
                f"R{n}",
                risk,
                s,
                k,
                str(int(s) * int(k)),
                measure,
                owners[(n - 1) % len(owners)],
                "Gjennomført",
            ]
        )
    for n, (m, r) in enumerate(t.not_taken, start=1):
        rows.append([f"V{n}", "Vurdert tiltak: " + m, "", "", "", r, "Styret", "Ikke gjennomført"])
    return {"Risikoregister": rows}


# --- E: Advokatfirmaet Lunde Aas AS for Kraftverket Trening AS --------------------------------

E_FROM = "Maren Tofte <maren.tofte@lundeaas.no>"
MAREN = Person(
    "Maren Tofte",
    "advokat/partner",
    "Advokatfirmaet Lunde Aas AS",
    "+47 926 11 843",
    "maren.tofte@lundeaas.no",
)
KRISTOFFER = Person(
    "Kristoffer Brenna",
    "driftsdirektør",
    "Kraftverket Trening AS",
    "+47 951 23 774",
    "kristoffer.brenna@kraftverket.no",
)
E_DPO = Person(
    "Tone Vik",
    "personvernombud",
    "Kraftverket Trening AS",
    "+47 951 60 338",
    "tone.vik@kraftverket.no",
)
ANSIKTID = Person(
    "Elin Sandberg",
    "Privacy Manager",
    "Ansikt ID Solutions AB",
    "+46 40 668 21 90",
    "elin.sandberg@ansiktid.se",
)
E_SIG = """Med vennlig hilsen
Maren Tofte
Advokat | Partner

Advokatfirmaet Lunde Aas AS
Kronprinsesse Märthas plass 1, 0160 Oslo
Tlf.: +47 22 98 41 00 | M: +47 926 11 843
maren.tofte@lundeaas.no | lundeaas.no

Denne e-post kan inneholde informasjon som er underlagt advokatens taushetsplikt. Er den kommet til feil mottaker, ber vi om at den slettes og at vi varsles.
"""
E_SPEC = [
    ("sum", "1 Sammendrag"),
    ("desc", "2 Systematisk beskrivelse av behandlingen"),
    ("nec", "3 Nødvendighet og forholdsmessighet"),
    ("risk", "4 Risikovurdering"),
    ("nt", "5 Tiltak som er vurdert, men ikke gjennomført"),
    ("res", "6 Restrisiko og konklusjon"),
]


def e_dpia(t: Topic, over: Over | None = None) -> str:
    body = {
        "sum": t.summary,
        "desc": t.desc,
        "nec": t.nec,
        "risk": risk_table(t, ("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak")),
        "nt": nt_bullets(t),
        "res": t.residual,
    }
    meta = "~ Kraftverket Trening AS\n~ Vurdering av personvernkonsekvenser – versjon 2.0\n~ Dokumenteier: driftsdirektør Kristoffer Brenna"
    return document(f"DPIA – {t.title}", meta, E_SPEC, body, over, level="#")


def e_protocol(t: Topic, sak: str) -> str:
    return f"""# Protokoll fra styremøte i Kraftverket Trening AS

~ Dato: 6. november 2026, kl. 09.00–12.30
~ Sted: Kraftverket Trening AS, Sandakerveien 56, Oslo
~ Til stede: Bente Mørk (styreleder), Hans Olav Rudi, Siri Bakken, Aksel Fjær, Ida Kvalheim
~ Fra administrasjonen: Kristoffer Brenna (driftsdirektør), Tone Vik (personvernombud, sak 5 og 6)

## Sak {sak} – {t.title}

{t.approval.strip()}

~ Bente Mørk (sign.)   Hans Olav Rudi (sign.)   Siri Bakken (sign.)   Aksel Fjær (sign.)   Ida Kvalheim (sign.)
"""


# --- F: Fjellsida burettslag (housing cooperative, Bergen, nn) --------------------------------

F_FROM = "Oddvar Nesheim <oddvar.nesheim@fjellsida-brl.no>"
ODDVAR = Person(
    "Oddvar Nesheim",
    "styreleiar",
    "Fjellsida burettslag",
    "917 33 402",
    "oddvar.nesheim@fjellsida-brl.no",
)
F_DPO = Person(
    "Liv Hopsdal",
    "personvernombod",
    "Vestbu Forvaltning AS",
    "+47 55 92 60 31",
    "liv.hopsdal@vestbu.no",
)
TRYGGPORT = Person(
    "Kenneth Lie",
    "prosjektleiar",
    "Trygg Port Sikring AS",
    "+47 482 77 019",
    "kenneth.lie@tryggport.no",
)
LINN = Person(
    "Linn Aasen",
    "forvaltningsrådgiver",
    "Vestbu Forvaltning AS",
    "+47 55 92 60 14",
    "linn.aasen@vestbu.no",
)
F_SIG = """Helsing
Oddvar Nesheim
styreleiar, Fjellsida burettslag
Mob: 917 33 402
"""
L_SIG = """Med vennlig hilsen

Linn Aasen
Forvaltningsrådgiver
Vestbu Forvaltning AS – forretningsfører for Fjellsida borettslag
Tlf.: +47 55 92 60 14
linn.aasen@vestbu.no
"""


def f_body_risks(t: Topic) -> str:
    return "\n".join(
        f"- {r} (sannsyn: {s}, konsekvens: {k}). Tiltak: {m}." for r, s, k, m in t.risks
    )


# --- G: Tavla Læring AS (ed-tech SaaS) --------------------------------------------------------

G_FROM = "Eline Moe <eline.moe@tavla.no>"
ELINE = Person(
    "Eline Moe", "Privacy Lead", "Tavla Læring AS", "+47 934 05 517", "eline.moe@tavla.no"
)
G_DPO = Person(
    "Anders Krog", "Personvernombud", "Tavla Læring AS", "+47 455 90 218", "anders.krog@tavla.no"
)
SKYHAVN = Person(
    "Mats Holm", "Kundeansvarlig", "Skyhavn AS", "+47 22 60 71 40", "mats.holm@skyhavn.no"
)
PROCTOR = Person(
    "Dana Whitfield",
    "Privacy Counsel",
    "ProctorVision Inc.",
    "+1 512 555 0148",
    "dana.whitfield@proctorvision.com",
)
G_SIG = """Beste hilsen
Eline Moe
Privacy Lead · Tavla Læring AS
M: +47 934 05 517 · eline.moe@tavla.no
Tavla – læring som passer livet
"""
G_SPEC = [
    ("contacts", "Kontaktpersoner"),
    ("desc", "Hva vi skal gjøre"),
    ("nec", "Hvorfor dette er nødvendig og forholdsmessig"),
    ("risk", "Risikovurdering"),
    ("nt", "Tiltak vi har vurdert, men ikke innført"),
    ("res", "Restrisiko"),
    ("appr", "Styrets behandling"),
]


def g_body(
    t: Topic,
    contacts: list[tuple[str, Person]],
    intro: str,
    over: Over | None = None,
    outro: str = "",
) -> str:
    """The whole request as the markup of an HTML mail (headings, table, bullets)."""
    body = {
        "contacts": contact_rows(contacts, ("Rolle", "Navn", "Telefon", "E-post")),
        "desc": t.desc,
        "nec": t.nec,
        "risk": risk_table(t, ("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak")),
        "nt": nt_bullets(t),
        "res": t.residual,
        "appr": t.approval,
    }
    over = over or {}
    parts = [intro.strip()]
    for key, head in G_SPEC:
        if key in over and over[key] is None:
            continue
        text = over.get(key, body[key])
        parts.append(f"# {head}")
        if text and text.strip():
            parts.append(text.strip())
    if outro:
        parts.append(outro.strip())
    return "\n\n".join(parts) + "\n"


# --- H: Brobygg Bemanning AS (staffing agency) ------------------------------------------------

H_FROM = "Torunn Lied <torunn.lied@brobygg.no>"
TORUNN = Person(
    "Torunn Lied",
    "HR-direktør",
    "Brobygg Bemanning AS",
    "+47 23 10 44 80",
    "torunn.lied@brobygg.no",
)
H_DPO = Person(
    "Vegard Solheim",
    "personvernombud",
    "Brobygg Bemanning AS",
    "+47 23 10 44 95",
    "vegard.solheim@brobygg.no",
)
REKRUTTA = Person(
    "Henrik Dale",
    "kundeansvarlig",
    "Rekrutta Systems AS",
    "+47 468 20 113",
    "henrik.dale@rekrutta.no",
)
HIRELENS = Person(
    "Oliver Grant",
    "Data Protection Officer",
    "HireLens Ltd",
    "+44 20 7946 0321",
    "oliver.grant@hirelens.co.uk",
)
H_SIG = """Vennlig hilsen
Torunn Lied
HR-direktør
Brobygg Bemanning AS
Tlf.: +47 23 10 44 80
Mob: +47 909 14 552
torunn.lied@brobygg.no | www.brobygg.no
Oslo · Stavanger · Gdańsk
"""
H_SPEC = [
    ("sum", "1 Sammendrag"),
    ("desc", "2 Beskrivelse av behandlingen"),
    ("nec", "3 Nødvendighet og proporsjonalitet"),
    ("risk", "4 Risikovurdering"),
    ("nt", "5 Vurderte tiltak som ikke er gjennomført"),
    ("appr", "6 Godkjenning"),
]


def h_dpia(t: Topic, over: Over | None = None, version: str = "2.0") -> str:
    body = {
        "sum": t.summary + " " + t.residual,
        "desc": t.desc,
        "nec": t.nec,
        "risk": "Se også vedlagt risikoregister (Excel).\n\n"
        + risk_table(t, ("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak")),
        "nt": nt_bullets(t),
        "appr": t.approval,
    }
    meta = (
        "~ Brobygg Bemanning AS · Vurdering av personvernkonsekvenser\n~ Versjon "
        + version
        + " · Eier: HR-direktør · Gradering: Intern"
    )
    return document(f"DPIA: {t.title}", meta, H_SPEC, body, over)


def h_register(t: Topic) -> dict[str, list[list[str]]]:
    rows = [["Nr", "Risiko", "Sannsynlighet", "Konsekvens", "Tiltak", "Eier"]]
    for n, (risk, s, k, m) in enumerate(t.risks, start=1):
        rows.append([str(n), risk, s, k, m, "HR" if n % 2 else "IT"])
    return {
        "Risikoer": rows,
        "Ikke gjennomført": [["Tiltak", "Begrunnelse"], *[list(x) for x in t.not_taken]],
    }


# --- I: Flexibil Norge AS (car sharing) -------------------------------------------------------

I_FROM = "Jens Aamodt <jens.aamodt@flexibil.no>"
JENS = Person(
    "Jens Aamodt", "Head of Legal", "Flexibil Norge AS", "+47 957 30 118", "jens.aamodt@flexibil.no"
)
I_DPO = Person(
    "Marit Sunde",
    "Personvernombud",
    "Flexibil Norge AS",
    "+47 464 10 722",
    "marit.sunde@flexibil.no",
)
DRIVELOG = Person(
    "Søren Kjær", "Head of Customer Compliance", "Drivelog ApS", "+45 86 12 40 77", "sk@drivelog.dk"
)
VERIFACE = Person(
    "Kadri Tamm",
    "Data Protection Officer",
    "VeriFace OÜ",
    "+372 5551 2390",
    "kadri.tamm@veriface.ee",
)
I_SIG = """Jens Aamodt
Head of Legal | Flexibil Norge AS
M: +47 957 30 118
E: jens.aamodt@flexibil.no
Flexibil – bil når du trenger det
"""
I_SPEC = [
    ("sum", "Sammendrag"),
    ("desc", "Beskrivelse av behandlingen"),
    ("nec", "Nødvendighet og forholdsmessighet"),
    ("risk", "Risikovurdering"),
    ("nt", "Tiltak som er vurdert, men ikke gjennomført"),
    ("res", "Restrisiko"),
]


def i_dpia(t: Topic, over: Over | None = None) -> str:
    body = {
        "sum": t.summary,
        "desc": t.desc,
        "nec": t.nec,
        "risk": risk_table(t, ("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak")),
        "nt": nt_bullets(t),
        "res": t.residual,
    }
    meta = "~ Flexibil Norge AS · DPIA · versjon 1.1 · 20.11.2026"
    return document(f"DPIA – {t.title}", meta, I_SPEC, body, over)


def i_minutes(t: Topic, sak: str, text: str | None = None) -> str:
    return f"""# Protokoll fra styremøte i Flexibil Norge AS

~ Dato: 19. november 2026
~ Sted: Teams
~ Til stede: Cecilie Bratt (styreleder), Nils Fosse, Aina Holte, Pål Rustad
~ Fra administrasjonen: Jonas Bergvik (CEO), Jens Aamodt (Head of Legal), Marit Sunde (personvernombud)

## Sak {sak}: {t.title}

{(text if text is not None else t.approval).strip()}

~ Cecilie Bratt (sign.)    Nils Fosse (sign.)    Aina Holte (sign.)    Pål Rustad (sign.)
"""


# --- J: Harrowgate Norway AS (subsidiary of Harrowgate Group plc, London) ---------------------

J_FROM = "Kristine Aune <kristine.aune@harrowgate.com>"
KRISTINE = Person(
    "Kristine Aune",
    "HR & Compliance Manager",
    "Harrowgate Norway AS",
    "+47 922 40 615",
    "kristine.aune@harrowgate.com",
)
J_DPO = Person(
    "Richard Baines",
    "Group Data Protection Officer",
    "Harrowgate Group plc",
    "+44 20 7946 0188",
    "richard.baines@harrowgate.com",
)
SONALYTICS = Person(
    "Brian Kessler",
    "Privacy & Security Lead",
    "Sonalytics Inc.",
    "+1 303 555 0176",
    "brian.kessler@sonalytics.io",
)
J_SIG = """Kind regards,

Kristine Aune
HR & Compliance Manager
Harrowgate Norway AS | a Harrowgate Group company
Dronning Eufemias gate 30, 0191 Oslo
M: +47 922 40 615
E: kristine.aune@harrowgate.com
"""
J_SPEC = [
    ("contacts", "Section A – Contacts"),
    ("desc", "Section B – Description of the processing"),
    ("nec", "Section C – Necessity and proportionality"),
    ("risk", "Section D – Risk assessment"),
    ("nt", "Section E – Measures considered but not adopted"),
    ("res", "Section F – Residual risk"),
    ("appr", "Section G – Sign-off"),
]


def j_contacts(rows: list[tuple[str, Person]]) -> str:
    lines = ["| Role | Name | Organisation | Telephone | E-mail |"]
    lines += [f"| {r} | {p.name} | {p.org} | {p.phone} | {p.email} |" for r, p in rows]
    return "\n".join(lines)


def j_dpia(t: Topic, contacts: list[tuple[str, Person]], over: Over | None = None) -> str:
    body = {
        "contacts": j_contacts(contacts),
        "desc": t.desc,
        "nec": t.nec,
        "risk": "Likelihood: Unlikely / Possible / Likely. Severity: Limited / Significant / Severe.\n\n"
        + risk_table(t, ("Risk", "Likelihood", "Severity", "Mitigation")),
        "nt": nt_bullets(t, " – "),
        "res": t.residual,
        "appr": t.approval,
    }
    meta = "~ Harrowgate Group – Data Protection Impact Assessment (template HG-DP-07 v4)\n~ Entity: Harrowgate Norway AS (org. no. 925 610 384)\n~ Version 1.0 – 14 November 2026"
    return document(f"DPIA – {t.title}", meta, J_SPEC, body, over)
