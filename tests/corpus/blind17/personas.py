# ruff: noqa: E501
"""The ten senders of blind17: people, letterheads, signatures and each office's own templates.

Every builder takes a topic and knobs saying what a case leaves out or how it is presented, and
returns markup (rendered by ``kit``) or finished bytes. Organisations, people, numbers and
addresses are invented.
"""

from __future__ import annotations

from dataclasses import dataclass

from kit import to_docx, to_odt, to_pdf, to_xlsx
from topics import Proc, Topic


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    phone: str
    email: str
    mobile: str = ""


def lc(s: str) -> str:
    """Lower-case the first letter of a phrase used mid-sentence, but not of an acronym."""
    return s[0].lower() + s[1:] if len(s) > 1 and s[1].islower() else s


def risk_rows(t: Topic, head: tuple[str, ...], numbered: str = "") -> str:
    """A risk table in markup: header plus one row per risk (threat, L, C, measure, residual)."""
    lines = ["| " + " | ".join(head) + " |"]
    for i, r in enumerate(t.risks, 1):
        cells = [f"{numbered}{i}"] if numbered else []
        cells += [r.threat, r.likelihood, r.consequence, r.measure, r.residual]
        lines.append("| " + " | ".join(cells[: len(head)]) + " |")
    return "\n".join(lines)


def bullets(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"- {i}" for i in items)


def proc_line(p: Proc) -> str:
    return f"{p.name} (org.nr. {p.orgnr}), {p.address}. Kontaktperson: {p.person}, {p.role}, tlf. {p.phone}, e-post {p.email}"


# =============================================================================================
# A: Hallingvik kommune (nb) – municipality, archive-system letters, numbered DPIA template
# =============================================================================================

A_ORG = "Hallingvik kommune"
A_FOOTER = "Postadresse: Postboks 50, 3581 Hallingvik | Besøksadresse: Rådhusgata 4 | Sentralbord: 32 08 40 00 | E-post: postmottak@hallingvik.kommune.no | www.hallingvik.kommune.no | Org.nr.: 964 952 118"
A_NINA = Person(
    "Nina Brekke",
    "prosjektleder velferdsteknologi, Helse og mestring",
    "32 08 42 17",
    "nina.brekke@hallingvik.kommune.no",
    "976 20 418",
)
A_TROND = Person(
    "Trond Ellingsen",
    "rådgiver, Oppvekst og utdanning",
    "32 08 43 60",
    "trond.ellingsen@hallingvik.kommune.no",
    "482 19 330",
)
A_DPO = Person("Tor Aas", "personvernombud", "32 08 41 77", "tor.aas@hallingvik.kommune.no")
A_DIR = "Astrid Haugland"


def a_signature(p: Person) -> str:
    return f"Med hilsen\n\n{p.name}\n{p.title[0].upper() + p.title[1:]}\n{A_ORG}\nTlf. {p.phone} | Mobil {p.mobile}\n{p.email}\nwww.hallingvik.kommune.no\n"


def a_letter(
    t: Topic,
    p: Person,
    *,
    ref: str,
    date: str,
    unit: str,
    attachments: list[str],
    contacts_in_letter: bool = True,
    dpo_in_footer: bool = False,
    extra: str = "",
) -> str:
    signer = (
        "Hege Solli\nkommunalsjef oppvekst og utdanning"
        if "Oppvekst" in unit
        else "Rune Bakke\nkommunalsjef helse og mestring"
    )
    contacts = ""
    if contacts_in_letter:
        contacts = f"""## Kontaktinformasjon

~ Kontaktperson: {p.name}, {p.title}, tlf. {p.phone}, e-post {p.email}
~ Personvernombud: {A_DPO.name}, tlf. {A_DPO.phone}, e-post {A_DPO.email}
~ Databehandler: {proc_line(t.processor) if t.processor else "ingen"}
"""
    else:
        contacts = """## Kontaktinformasjon

Kontaktperson i saken er undertegnede saksbehandler. Personvernombudet har deltatt i arbeidet og er kjent med anmodningen. Databehandlerens kontaktperson står i DPIA-en punkt 1.4.
"""
    footer = A_FOOTER
    if dpo_in_footer:
        footer += f" | Personvernombud: {A_DPO.name}, tlf. {A_DPO.phone}, {A_DPO.email}"
    att = "\n".join(f"- {a}" for a in attachments)
    return f"""# HALLINGVIK KOMMUNE

{unit}

%% Datatilsynet %% Vår ref.: {ref}
%% Postboks 458 Sentrum %% Deres ref.:
%% 0105 OSLO %% Saksbehandler: {p.name}
%% %% Dato: {date}

## Anmodning om forhåndsdrøfting etter personvernforordningen artikkel 36 – {t.name}

Hallingvik kommune ber om forhåndsdrøfting med Datatilsynet før innføring av {lc(t.name)} ({t.system}). Kommunen har gjennomført en vurdering av personvernkonsekvenser (DPIA) med tilhørende ROS-analyse. {t.residual}

Formålet med behandlingen er: {t.purpose}

{extra}

{contacts}

## Vedlegg

{att}

Med hilsen

{signer}

{p.name}
{p.title}

Dokumentet er elektronisk godkjent og har derfor ingen signatur.

{footer}
"""


def a_dpia(
    t: Topic,
    p: Person,
    *,
    version: str,
    date: str,
    ref: str,
    p3: str = "ok",
    approval: str = "",
    names_only: bool = False,
) -> str:
    proc = t.processor
    if names_only:
        people = f"Kontaktperson for saken er {p.name}, {p.title}. Personvernombud er {A_DPO.name}. Kontaktopplysninger: se følgebrevet."
    else:
        people = f"""| Rolle | Navn | Telefon | E-post |
| Kontaktperson for saken | {p.name} | {p.phone} | {p.email} |
| Personvernombud | {A_DPO.name} | {A_DPO.phone} | {A_DPO.email} |"""
    proc_rows = (
        f"| Databehandler | {proc.name}, org.nr. {proc.orgnr}, {proc.address} |\n| Kontaktperson databehandler | {proc.person}, {proc.role} |\n| Telefon / e-post | {proc.phone} / {proc.email} |"
        if proc
        else "| Databehandler | Ingen |"
    )
    if p3 == "protocol_ref":
        sec4 = "# 4 Nødvendighet og forholdsmessighet\n\nSe behandlingsprotokoll."
    else:
        sec4 = f"""# 4 Nødvendighet og forholdsmessighet

## 4.1 Er behandlingen nødvendig for å nå formålet?

{t.necessity}

## 4.2 Står inngrepet i rimelig forhold til formålet?

{t.proportionality}

## 4.3 Tiltak for å ivareta de registrertes rettigheter

{bullets(t.safeguards)}"""
    done = "\n".join(f"- {r.measure} (risiko: {lc(r.threat)})" for r in t.risks)
    return f"""# Vurdering av personvernkonsekvenser (DPIA)

Hallingvik kommune – mal HK-PV-03, versjon 3.1

| Behandling | {t.name} |
| System | {t.system} |
| DPIA-versjon | {version} |
| Dato | {date} |
| Saksnummer | {ref} |

# 1 Innledning og kontaktinformasjon

## 1.1 Behandlingsansvarlig

Hallingvik kommune, org.nr. 964 952 118, ved kommunedirektøren.

## 1.2–1.4 Kontaktpersoner

{people}

{proc_rows}

# 2 Systematisk beskrivelse av behandlingen

## 2.1 Formål

{t.purpose}

## 2.2 Hva skal gjøres (behandlingens art)

{t.nature}

## 2.3 Omfang: registrerte, opplysninger og lagringstid

{t.scope}

## 2.4 Sammenheng

{t.context}

## 2.5 Informasjonsflyt, kilder og mottakere

{t.flow}

## 2.6 Informasjonssikkerhet

{t.security}

## 2.7 Ansvarsforhold og rettslig grunnlag

{t.roles} {t.legal}

# 3 Involvering av interessenter

{t.stakeholders}

{sec4}

# 5 Risikovurdering

Risikoen er vurdert i ROS-analysen (vedlegg 2) med sannsynlighet og konsekvens. Sammendrag:

{risk_rows(t, ("Uønsket hendelse", "Sannsynlighet", "Konsekvens", "Tiltak", "Restrisiko"))}

# 6 Tiltak

## 6.1 Gjennomførte tiltak

{done}

## 6.2 Tiltak som er vurdert, men ikke gjennomført

{t.not_taken}

# 7 Konklusjon og restrisiko

{t.findings} {t.residual}

# 8 Godkjenning

{approval}
"""


def a_ros(t: Topic) -> bytes:
    scale = {"Lav": "2", "Middels": "3", "Høy": "4", "Svært høy": "5"}
    rows = [
        [
            "Nr",
            "Uønsket hendelse",
            "Sannsynlighet (1-5)",
            "Konsekvens (1-5)",
            "Risiko (S x K)",
            "Tiltak",
            "Restrisiko",
        ]
    ]
    for i, r in enumerate(t.risks, 1):
        s, k = scale[r.likelihood], scale[r.consequence]
        rows.append([str(i), r.threat, s, k, str(int(s) * int(k)), r.measure, r.residual])
    meta = [
        ["ROS-analyse", t.name],
        ["Metode", "Hallingvik kommunes ROS-metodikk (NS 5814), skala 1-5"],
        ["Deltakere", "Prosjektgruppe, IKT, personvernombud, tillitsvalgt"],
        [
            "Akseptkriterium",
            "Risiko over 12 krever tiltak; over 16 kan ikke aksepteres uten kommunedirektørens beslutning",
        ],
    ]
    return to_xlsx({"ROS": rows, "Om analysen": meta})


def a_approval_memo(t: Topic, *, ref: str, date: str, meeting: str, kind: str) -> str:
    """Kommunedirektørens godkjenning: a memo, a delegated decision or a leadership minute."""
    stake = t.stakeholders
    if kind == "delegert":
        return f"""# HALLINGVIK KOMMUNE

DELEGERT VEDTAK

| Saksnr. | {ref} |
| Vedtaksnr. | DS 214/26 |
| Dato | {date} |
| Fattet av | Kommunedirektøren, jf. delegeringsreglementet pkt. 3.4 |

## Sak: Godkjenning av DPIA – {t.name}

Saksopplysninger: Prosjektgruppen la fram DPIA og ROS-analyse for kommunedirektøren i møte {meeting}. Hovedfunn: {t.findings}

Innspill fra interessenter: {stake}

Vurdering: Kommunedirektøren har gått gjennom DPIA-en, ROS-analysen og tiltakene, og legger vekt på at tiltakene som er gjennomført reduserer risikoen vesentlig, men at {lc(t.residual)}

## Vedtak

1. Kommunedirektøren godkjenner DPIA for {lc(t.name)}, versjon 1.2.
2. Kommunen ber Datatilsynet om forhåndsdrøfting etter personvernforordningen artikkel 36 før behandlingen starter.
3. Behandlingen starter ikke før Datatilsynets tilbakemelding foreligger.

{A_DIR}
kommunedirektør
"""
    if kind == "ledermote":
        return f"""# HALLINGVIK KOMMUNE

Utdrag av protokoll – kommunedirektørens ledermøte {meeting}

Til stede: {A_DIR} (kommunedirektør), kommunalsjef helse og mestring, kommunalsjef oppvekst og utdanning, økonomisjef, HR-sjef. Personvernombud Tor Aas møtte under denne saken.

## Sak 88/26 DPIA – {t.name}

Prosjektleder presenterte DPIA-en og ROS-analysen. Hovedfunn: {t.findings}

Personvernombudets råd: Personvernombudet anbefalte forhåndsdrøfting med Datatilsynet.

Innspill fra interessenter: {stake}

Ledermøtet drøftet særlig restrisikoen og om tiltaket kan gjennomføres uten den delen som gir høyest risiko.

Konklusjon: Kommunedirektøren godkjenner DPIA-en og beslutter at kommunen skal be om forhåndsdrøfting.

Protokollen er godkjent {date}.
"""
    return f"""# HALLINGVIK KOMMUNE

NOTAT

| Til | Kommunedirektøren |
| Fra | Kommunalsjef helse og mestring |
| Saksnr. | {ref} |
| Dato | {date} |

## Kommunedirektørens godkjenning – DPIA {t.name}

Sammendrag av presentasjon og funn: DPIA-en ble presentert for kommunedirektøren i møte {meeting}. {t.findings}

Interessenter: {stake}

Kommunedirektørens vurdering og beslutning: Jeg har gått gjennom DPIA-en og ROS-analysen og godkjenner vurderingen. Restrisikoen er høy, og kommunen skal derfor be Datatilsynet om forhåndsdrøfting før oppstart.

Godkjent elektronisk i Elements {date}
{A_DIR}, kommunedirektør
"""


# =============================================================================================
# B: Vårdal kommune, oppvekst (nn) – the municipality as school owner
# =============================================================================================

B_ORG = "Vårdal kommune"
B_FOOTER = "Postadresse: Kyrkjevegen 2, 6893 Vårdal · E-post: postmottak@vardal.kommune.no · Org.nr. 939 617 442 · www.vardal.kommune.no"
B_SOLVEIG = Person(
    "Solveig Hatlestad",
    "kommunalsjef oppvekst",
    "57 68 21 40",
    "solveig.hatlestad@vardal.kommune.no",
    "915 33 207",
)
B_ARNE = Person(
    "Arne Kvåle", "IKT-rådgjevar skule", "57 68 21 77", "arne.kvale@vardal.kommune.no", "950 41 266"
)
B_DPO = Person(
    "Eirik Nes",
    "personvernombod for kommunane i Sogn IKT-samarbeidet",
    "57 65 90 12",
    "eirik.nes@sognikt.no",
)
B_DIR = "Ragnhild Øvrebø"


def b_signature(p: Person) -> str:
    return f"Venleg helsing\n\n{p.name}\n{p.title}\nVårdal kommune\nTelefon {p.phone} / mobil {p.mobile}\n{p.email}\n"


def b_letter(
    t: Topic,
    p: Person,
    *,
    ref: str,
    date: str,
    attachments: list[str],
    contact: str = "",
    decision: str = "",
) -> str:
    att = "\n".join(f"- {a}" for a in attachments)
    contact = contact or f"Kontaktperson: {p.name}, {p.title}, telefon {p.phone}, e-post {p.email}."
    return f"""# VÅRDAL KOMMUNE

Oppvekst og kultur

%% Datatilsynet %% Dykkar ref.:
%% Postboks 458 Sentrum %% Vår ref.: {ref}
%% 0105 Oslo %% Sakshandsamar: {p.name}
%% %% Dato: {date}

## Førespurnad om førehandsdrøfting – {lc(t.name)}

Vårdal kommune er skuleeigar for seks grunnskular. Vi planlegg å ta i bruk {t.system} og har gjennomført ei personvernkonsekvensvurdering (DPIA). {t.residual} Vi ber difor om førehandsdrøfting etter personvernforordninga artikkel 36.

{decision}

{contact}

Vedlegg:

{att}

Brevet er godkjent elektronisk og har difor inga underskrift.

{B_FOOTER}
"""


def b_dpia(t: Topic, *, p2: str = "ok", contact_row: str = "", approval: str = "") -> str:
    proc = t.processor
    assert proc is not None
    contact_row = (
        contact_row
        or f"| Kontaktperson | {B_SOLVEIG.name}, {B_SOLVEIG.title} | {B_SOLVEIG.phone} | {B_SOLVEIG.email} |"
    )
    if p2 == "see_vendor":
        sec_b = "# B Skildring av handsaminga\n\nSjå vedlagd systemskildring frå leverandøren (vedlegg 3)."
    else:
        sec_b = f"""# B Skildring av handsaminga

## B1 Formål

{t.purpose}

## B2 Kva skjer i handsaminga

{t.nature}

## B3 Omfang

{t.scope}

## B4 Samanheng

{t.context}

## B5 Kjelder, mottakarar og lagring

{t.flow}

## B6 Informasjonstryggleik

{t.security}

## B7 Ansvar og rettsleg grunnlag

{t.roles} {t.legal}"""
    return f"""# Personvernkonsekvensvurdering (DPIA)

Vårdal kommune – mal for DPIA (godkjend av kommunedirektøren 2023)

Handsaming: {t.name}

# A Kontaktinformasjon

| Rolle | Namn | Telefon | E-post |
{contact_row}
| Personvernombod | {B_DPO.name} | {B_DPO.phone} | {B_DPO.email} |
| Databehandlar | {proc.name} v/ {proc.person}, {proc.role} | {proc.phone} | {proc.email} |

{sec_b}

# C Naudsyn og proporsjonalitet

## C1 Er handsaminga naudsynt?

{t.necessity}

## C2 Er handsaminga forholdsmessig?

{t.proportionality}

## C3 Tiltak for å vareta rettane til dei registrerte

{bullets(t.safeguards)}

# D Risikovurdering

Risiko er vurdert som sannsyn og konsekvens (låg, middels, høg) før og etter tiltak.

{risk_rows(t, ("Trussel", "Sannsyn", "Konsekvens", "Tiltak", "Restrisiko"))}

# E Tiltak som er vurderte, men ikkje gjennomførte

{t.not_taken}

# F Medverknad

{t.stakeholders}

# G Konklusjon og godkjenning

{t.findings}

{approval}
"""


def b_delegated(t: Topic, *, ref: str, date: str, meeting: str) -> str:
    return f"""# VÅRDAL KOMMUNE

DELEGERT VEDTAK

Saksnr.: {ref}    Vedtaksnr.: DS 112/26    Dato: {date}

Sak: Godkjenning av personvernkonsekvensvurdering – {t.name}

Heimel: Delegeringsreglementet for Vårdal kommune pkt. 4.2 (kommunedirektøren)

## Saksutgreiing

Kommunalsjef for oppvekst la fram DPIA-en for kommunedirektøren i leiarmøtet {meeting}. Hovudfunn: {t.findings}

Medverknad: {t.stakeholders}

Personvernombodet har gjeve råd om at kommunen bør be om førehandsdrøfting.

## Vurdering

Kommunedirektøren har gått gjennom vurderinga og tiltaka. {t.residual}

## Vedtak

Kommunedirektøren godkjenner personvernkonsekvensvurderinga for {t.system} og vedtek at kommunen skal be Datatilsynet om førehandsdrøfting før handsaminga tek til.

{B_DIR}
kommunedirektør
"""


def b_formannskap(t: Topic, *, date: str) -> str:
    return f"""Vårdal kommune – utskrift av møtebok

Utval: Formannskapet
Møtedato: {date}
Møtestad: Kommunestyresalen, rådhuset

PS 45/26 Innføring av {t.system} i grunnskulen – personvernkonsekvensvurdering og førehandsdrøfting

Saksopplysningar: Kommunedirektøren la fram DPIA-en. Hovudfunn: {t.findings}

Innspel: {t.stakeholders}

Kommunedirektøren si tilråding: Formannskapet tek DPIA-en til vitande og sluttar seg til at kommunen ber Datatilsynet om førehandsdrøfting.

Handsaming i møtet: Kommunalsjef for oppvekst orienterte. Det vart stilt spørsmål om korleis føresette får innsyn.

Vedtak (samrøystes): Formannskapet godkjenner personvernkonsekvensvurderinga for {t.system} og ber kommunedirektøren sende førespurnad om førehandsdrøfting til Datatilsynet.

Rett utskrift: Målfrid Hauge, politisk sekretær
"""


# =============================================================================================
# C: Vestmark fylkeskommune (nb) – county, cover letter + DPIA + ROS + direktørmøte protocol
# =============================================================================================

C_FOOTER = "Vestmark fylkeskommune | Postadresse: Postboks 900, 6401 Nordhamn | Besøksadresse: Fylkeshuset, Fjordgata 14 | Telefon: 71 28 00 00 | post@vestmarkfylke.no | Org.nr. 974 112 938"
C_KRISTIAN = Person(
    "Kristian Lie",
    "seniorrådgiver informasjonssikkerhet",
    "71 28 04 16",
    "kristian.lie@vestmarkfylke.no",
    "913 40 772",
)
C_ANDERS = Person(
    "Anders Fjeld",
    "sikkerhetsleder, Vestmark Kollektiv",
    "71 28 05 44",
    "anders.fjeld@vestmarkfylke.no",
    "926 18 305",
)
C_LENE = Person(
    "Lene Haugen",
    "produkteier VK Reise, Vestmark Kollektiv",
    "71 28 06 10",
    "lene.haugen@vestmarkfylke.no",
    "971 02 644",
)
C_DPO = Person(
    "Marianne Sæther", "personvernombud", "71 28 01 99", "marianne.saether@vestmarkfylke.no"
)
C_DIR = "Geir Tønnessen"


def c_signature() -> str:
    p = C_KRISTIAN
    return f"Vennlig hilsen\n\n{p.name}\nSeniorrådgiver informasjonssikkerhet\nSeksjon for digitalisering | Vestmark fylkeskommune\nMobil: {p.mobile}\n{p.email}\n"


def c_letter(
    t: Topic,
    p: Person,
    *,
    ref: str,
    date: str,
    attachments: list[str],
    approval: str = "",
    signer: str = "",
) -> str:
    proc = t.processor
    assert proc is not None
    att = "\n".join(f"- {a}" for a in attachments)
    signer = (
        signer
        or f"Med hilsen\n\n{C_KRISTIAN.name}\nseniorrådgiver informasjonssikkerhet\n\nDokumentet er elektronisk godkjent."
    )
    return f"""# Vestmark fylkeskommune

%% Datatilsynet %% Vår dato: {date}
%% Postboks 458 Sentrum %% Vår referanse: {ref}
%% 0105 OSLO %% Deres referanse:
%% %% Saksbehandler: {C_KRISTIAN.name}, tlf. {C_KRISTIAN.phone}

## Anmodning om forhåndsdrøfting – {t.name}

Vestmark fylkeskommune planlegger å ta i bruk {t.system}. Vi har gjennomført vurdering av personvernkonsekvenser (DPIA) og ROS-analyse. {t.residual} Fylkeskommunen ber derfor om forhåndsdrøfting etter personvernforordningen artikkel 36.

## Kontaktpersoner

| Rolle | Navn | Telefon | E-post |
| Kontaktperson behandlingsansvarlig | {p.name}, {p.title} | {p.phone} / {p.mobile} | {p.email} |
| Personvernombud | {C_DPO.name} | {C_DPO.phone} | {C_DPO.email} |
| Databehandler | {proc.name} (org.nr. {proc.orgnr}), {proc.person}, {proc.role} | {proc.phone} | {proc.email} |

{approval}

## Vedlegg

{att}

{signer}

{C_FOOTER}
"""


def c_dpia(t: Topic, *, version: str, p3: str = "ok") -> str:
    if p3 == "deferred":
        sec4 = "# 4.0 Nødvendighet og proporsjonalitet\n\nIkke vurdert i denne versjonen. Vurderingen av nødvendighet og proporsjonalitet gjennomføres i fase 2 av prosjektet (1. kvartal 2027)."
    else:
        sec4 = f"""# 4.0 Nødvendighet og proporsjonalitet

## 4.1 Nødvendighet

{t.necessity}

## 4.2 Proporsjonalitet

{t.proportionality}

## 4.3 Garantier og tiltak for de registrerte

{bullets(t.safeguards)}"""
    return f"""# DPIA – {t.name}

Vestmark fylkeskommune | Versjon {version} | Gradering: Begrenset (offl. § 24 tredje ledd)

# 1.0 Sammendrag

{t.findings}

# 2.0 Ansvar

{t.roles}

# 3.0 Beskrivelse av behandlingen

## 3.1 Formål

{t.purpose}

## 3.2 Behandlingens art

{t.nature}

## 3.3 Omfang

{t.scope}

## 3.4 Sammenheng

{t.context}

## 3.5 Kilder, mottakere og dataflyt

{t.flow}

## 3.6 Informasjonssikkerhet

{t.security}

## 3.7 Behandlingsgrunnlag

{t.legal}

{sec4}

# 5.0 Risikovurdering

Se vedlagt ROS-analyse.

# 6.0 Interessenter

{t.stakeholders}

# 7.0 Konklusjon

{t.residual}
"""


def c_ros(t: Topic, *, draft: bool = False) -> str:
    score = {"Lav": "2", "Middels": "3", "Høy": "4", "Svært høy": "5"}
    if draft:
        rows = ["| ID | Uønsket hendelse | S | K | Risiko | Tiltak |"]
        rows += [f"| U{i} | {r.threat} | | | | |" for i, r in enumerate(t.risks, 1)]
        return f"""# ROS-analyse – {t.system}

UTKAST – ikke ferdigstilt

Vestmark fylkeskommune | Seksjon for digitalisering

## Identifiserte uønskede hendelser

Arbeidsmøte 1 (idédugnad) har identifisert følgende uønskede hendelser. Vurdering av sannsynlighet og konsekvens, risikonivå og tiltak gjenstår og gjøres i arbeidsmøte 2.

{chr(10).join(rows)}
"""
    rows = ["| ID | Uønsket hendelse | S | K | Risiko | Tiltak | Restrisiko |"]
    for i, r in enumerate(t.risks, 1):
        s, k = score[r.likelihood], score[r.consequence]
        rows.append(
            f"| U{i} | {r.threat} | {s} | {k} | {int(s) * int(k)} | {r.measure} | {r.residual} |"
        )
    return f"""# ROS-analyse – {t.system}

Vestmark fylkeskommune | Seksjon for digitalisering | Versjon 1.0

## Metode

Analysen følger fylkeskommunens ROS-metodikk. Sannsynlighet (S) og konsekvens (K) vurderes på en skala 1-5. Risiko = S x K. Risiko 15 og over er rød og krever tiltak; 8-14 er gul.

## Uønskede hendelser og vurdering

{chr(10).join(rows)}

## Vurderte tiltak som ikke gjennomføres

{t.not_taken}

## Samlet vurdering

{t.residual}
"""


def c_protocol(t: Topic, *, date: str, case: str, draft_ros: bool = False) -> str:
    extra = (
        "Risikovurderingen (ROS-analysen) er ikke ferdigstilt. Direktørmøtet ønsker likevel at anmodningen sendes nå, slik at Datatilsynets behandling kan starte, og at ROS-analysen ferdigstilles og ettersendes."
        if draft_ros
        else "ROS-analysen viser at restrisikoen er høy for én eller flere hendelser."
    )
    return f"""# Vestmark fylkeskommune

PROTOKOLL – DIREKTØRMØTET

Møtedato: {date}
Til stede: {C_DIR} (fylkesdirektør), Hilde Grønli (direktør samferdsel), direktør for utdanning, direktør for økonomi, direktør for organisasjon og digitalisering. Referent: Siv Lund.

## Sak {case} DPIA – {t.system}

Seksjon for digitalisering presenterte DPIA-en og funnene: {t.findings}

{extra}

Innspill fra interessenter: {t.stakeholders}

Personvernombudet har gitt skriftlig råd og anbefalt forhåndsdrøfting.

Vedtak:
1. Direktørmøtet godkjenner DPIA for {t.system}.
2. Fylkeskommunen ber Datatilsynet om forhåndsdrøfting etter personvernforordningen art. 36.
3. Direktør samferdsel er ansvarlig for oppfølgingen.
"""


# =============================================================================================
# D: Sykehuset Austvik HF (nb) – health trust, letter in the body, DPIA in "Del" structure
# =============================================================================================

D_SIGRID = Person(
    "Sigrid Mæland",
    "avdelingssjef, overlege, Klinikk for bildediagnostikk",
    "33 34 27 51",
    "sigrid.maeland@sykehuset-austvik.no",
    "918 20 447",
)
D_JON = Person(
    "Jon Are Vik",
    "seksjonsleder, Akuttpsykiatrisk seksjon",
    "33 34 29 18",
    "jon.are.vik@sykehuset-austvik.no",
    "994 31 620",
)
D_DPO = Person("Kari Holm", "personvernombud", "33 34 20 87", "kari.holm@sykehuset-austvik.no")
D_DIR = "Per Olav Strand"


def d_signature(p: Person) -> str:
    return f"Med vennlig hilsen\n\n{p.name}\n{p.title[0].upper() + p.title[1:]}\nSykehuset Austvik HF\nTlf: {p.phone} | Mob: {p.mobile}\n{p.email}\n\nSykehuset Austvik HF, Postboks 2000, 3901 Austvik. Sentralbord 33 34 20 00.\n"


def d_dpia(
    t: Topic, *, approval: str = "", contact: Person | None = None, dpo_bare: bool = False
) -> str:
    proc = t.processor
    assert proc is not None
    dpo = f"{D_DPO.name}" if dpo_bare else f"{D_DPO.name}, tlf. {D_DPO.phone}, {D_DPO.email}"
    who = ""
    if contact:
        who = f"| Prosjektleder/kontakt | {contact.name}, {contact.phone}, {contact.email} |\n"
    return f"""# Vurdering av personvernkonsekvenser (DPIA)

Sykehuset Austvik HF – mal DPIA v4 (Informasjonssikkerhet og personvern)

| Tiltak | {t.name} |
| System | {t.system} |
{who}| Personvernombud konsultert | {dpo} |
| Databehandler | {proc.name} |

# Del 1 – Beskrivelse av behandlingen

## 1.1 Formål

{t.purpose}

## 1.2 Beskrivelse

{t.nature}

## 1.3 Pasientgrupper, opplysninger og omfang

{t.scope}

## 1.4 Kontekst

{t.context}

## 1.5 Dataflyt, kilder og mottakere

{t.flow}

## 1.6 Informasjonssikkerhet

{t.security}

## 1.7 Ansvar og rettslig grunnlag

{t.roles} {t.legal}

# Del 2 – Nødvendighet og proporsjonalitet

{t.necessity}

{t.proportionality}

Tiltak for å ivareta pasientenes rettigheter:

{bullets(t.safeguards)}

# Del 3 – Risikovurdering

Sannsynlighet og konsekvens vurdert etter foretakets risikomatrise (Lav / Middels / Høy / Svært høy).

{risk_rows(t, ("Nr", "Scenario", "Sannsynlighet", "Konsekvens", "Tiltak", "Restrisiko"), numbered="R")}

Vurdert, ikke gjennomført: {t.not_taken}

# Del 4 – Involvering

{t.stakeholders}

# Del 5 – Konklusjon og godkjenning

{t.residual}

{approval}
"""


def d_dm_protocol(t: Topic, *, date: str, case: str) -> str:
    return f"""# Sykehuset Austvik HF

Protokoll fra direktørmøtet {date}

Deltakere: {D_DIR} (administrerende direktør), fagdirektør, økonomidirektør, klinikkdirektører, direktør for teknologi og e-helse. Personvernombudet og informasjonssikkerhetsleder møtte under saken.

## DM-sak {case}: DPIA – {t.system}

Presentasjon: Klinikken presenterte DPIA-en med funn: {t.findings}

Interessenter: {t.stakeholders}

Personvernombudets uttalelse: Ombudet anbefaler forhåndsdrøfting med Datatilsynet fordi restrisikoen er høy.

Beslutning: Direktørmøtet godkjenner DPIA-en. Administrerende direktør beslutter at foretaket ber Datatilsynet om forhåndsdrøfting før systemet tas i bruk.

Protokollen godkjent: {D_DIR}
"""


# =============================================================================================
# E: Kvitfjell universitet (nb) – "Del A–E" DPIA, beslutningsnotat from the university director
# =============================================================================================

E_HEGE = Person(
    "Hege Rasmussen", "seniorrådgiver, Eksamenskontoret", "77 62 14 09", "hege.rasmussen@ukf.no", ""
)
E_OLA = Person(
    "Ola Nordvik",
    "seksjonssjef, Seksjon for studieadministrasjon",
    "77 62 15 80",
    "ola.nordvik@ukf.no",
    "",
)
E_DPO = Person("Anette Bjørnstad", "personvernombud", "77 62 10 45", "personvernombud@ukf.no")
E_DIR = "Knut Helge Rønning"


def e_signature(p: Person) -> str:
    return f"Med vennlig hilsen\n{p.name}\n{p.title}\nKvitfjell universitet\nTelefon {p.phone}\n"


def e_contacts_body(p: Person, t: Topic) -> str:
    proc = t.processor
    assert proc is not None
    return (
        f"Kontaktperson: {p.name}, {p.title}, telefon {p.phone}, e-post {p.email}\n"
        f"Personvernombud: {E_DPO.name}, telefon {E_DPO.phone}, e-post {E_DPO.email}\n"
        f"Databehandler: {proc.name}, {proc.address}. Kontakt: {proc.person}, {proc.role}, telefon {proc.phone}, e-post {proc.email}\n"
    )


def e_dpia(t: Topic, *, a: str = "ok", b: str = "ok", c: str = "ok", e: str = "") -> str:
    del_a = (
        a
        if a != "ok"
        else f"""## A1 Formål

{t.purpose}

## A2 Hva behandlingen går ut på

{t.nature}

## A3 Omfang

{t.scope}

## A4 Sammenheng

{t.context}

## A5 Dataflyt

{t.flow}

## A6 Sikkerhet

{t.security}

## A7 Ansvar og behandlingsgrunnlag

{t.roles} {t.legal}"""
    )
    del_b = (
        b
        if b != "ok"
        else f"""{t.necessity}

{t.proportionality}

Garantier:

{bullets(t.safeguards)}"""
    )
    del_c = (
        c
        if c != "ok"
        else f"""{risk_rows(t, ("Risikoscenario", "S", "K", "Tiltak", "Vurdering etter tiltak"))}

Tiltak som er vurdert, men ikke gjennomført: {t.not_taken}"""
    )
    return f"""# Vurdering av personvernkonsekvenser (DPIA)

Kvitfjell universitet – mal v2, Seksjon for informasjonssikkerhet og personvern

Behandling: {t.name}

# Del A – Om behandlingen

{del_a}

# Del B – Nødvendighet og forholdsmessighet

{del_b}

# Del C – Risiko for de registrerte

{del_c}

# Del D – Involvering og anbefaling

{t.stakeholders} {t.findings if c == "ok" else ""}

# Del E – Beslutning

{e}
"""


def e_memo(t: Topic, *, date: str, ref: str) -> str:
    return f"""# Kvitfjell universitet

BESLUTNINGSNOTAT

| Til | Universitetsdirektøren |
| Fra | Seksjon for informasjonssikkerhet og personvern |
| Saksnr. | {ref} |
| Dato | {date} |

## DPIA – {t.system}: godkjenning og forhåndsdrøfting

Bakgrunn og funn: {t.findings}

Interessenter som er hørt og deres innspill: {t.stakeholders}

Personvernombudets råd: Ombudet anbefaler forhåndsdrøfting.

Anbefaling: Universitetsdirektøren godkjenner DPIA-en og beslutter å be om forhåndsdrøfting.

## Beslutning

Godkjent. DPIA-en er gjennomgått i universitetsdirektørens ledermøte {date}. Universitetet ber om forhåndsdrøfting med Datatilsynet.

{E_DIR}
universitetsdirektør
"""


# =============================================================================================
# F: Statens tilskuddsforvaltning (nb) – state agency, Elements mail, PVK template
# =============================================================================================

F_FOOTER = "Postadresse: Postboks 310, 2801 Gjøvik | Kontoradresse: Kallerudlia 9 | Telefon: 61 14 70 00 | postmottak@stf.no | www.stf.no | Org.nr.: 912 660 318"
F_MORTEN = Person(
    "Morten Aune", "seniorrådgiver, Kontrollseksjonen", "61 14 72 38", "morten.aune@stf.no", ""
)
F_INGVILD = Person(
    "Ingvild Sørli", "fagdirektør, Kontrollseksjonen", "61 14 71 12", "ingvild.sorli@stf.no", ""
)
F_DPO = Person("Hans Petter Grøtte", "personvernombud", "61 14 70 55", "hans.petter.grotte@stf.no")
F_DIR = "Elisabeth Kroken"

F_GUIDE3 = "[Veiledning: Beskriv hvorfor behandlingen er nødvendig for å oppnå formålet, og om formålet kan nås med mindre inngripende midler. Vurder om omfanget av opplysninger, lagringstid og tilganger står i rimelig forhold til formålet. Slett veiledningsteksten før dokumentet ferdigstilles.]"
F_GUIDE6 = "[Veiledning: Beskriv hvordan de registrerte informeres, hvordan de kan få innsyn, retting og sletting, og hvilke andre garantier som er innført. Slett veiledningsteksten.]"


def f_mail_body(*, saksnr: str, docnr: str, title: str) -> str:
    return f"""Vedlagt følger dokument(er) fra Statens tilskuddsforvaltning.

Saksnummer: {saksnr}
Dokumentnummer: {docnr}
Tittel: {title}

Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.

Vi ber om at henvendelser om saken merkes med vårt saksnummer og sendes til postmottak@stf.no.

Med vennlig hilsen
Statens tilskuddsforvaltning
Sentralbord 61 14 70 00
"""


def f_letter(
    t: Topic,
    p: Person,
    *,
    ref: str,
    date: str,
    attachments: list[str],
    contacts: str = "",
    approval: str = "",
) -> str:
    att = "\n".join(f"- {a}" for a in attachments)
    if not contacts:
        proc = (
            f"Databehandler: {proc_line(t.processor)}"
            if t.processor
            else "Behandlingen skjer i virksomhetens egne systemer; det er ingen databehandler."
        )
        contacts = f"""~ Kontaktperson: {p.name}, {p.title}, tlf. {p.phone}, e-post {p.email}
~ Personvernombud: {F_DPO.name}, tlf. {F_DPO.phone}, e-post {F_DPO.email}
~ {proc}"""
    return f"""# Statens tilskuddsforvaltning

%% Datatilsynet %% Deres ref.:
%% Postboks 458 Sentrum %% Vår ref.: {ref}
%% 0105 OSLO %% Dato: {date}
%% %% Saksbehandler, innvalgstelefon: {p.name}, {p.phone}

## Anmodning om forhåndsdrøfting – {t.name}

Statens tilskuddsforvaltning (STF) ber om forhåndsdrøfting etter personvernforordningen artikkel 36 for {t.system}. Vi har gjennomført personvernkonsekvensvurdering (PVK). {t.residual}

## Kontaktopplysninger

{contacts}

{approval}

## Vedlegg

{att}

Med hilsen

{F_DIR}
direktør

{F_INGVILD.name}
fagdirektør

Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.

{F_FOOTER}
"""


def f_pvk(t: Topic, *, p3: str = "ok", approval: str = "") -> str:
    proc = (
        f"{t.processor.name}" if t.processor else "Ingen. Behandlingen skjer i STFs egne systemer."
    )
    if p3 == "guidance":
        sec5 = F_GUIDE3
        sec6 = F_GUIDE6
    else:
        sec5 = f"{t.necessity}\n\n{t.proportionality}"
        sec6 = bullets(t.safeguards)
    return f"""# Personvernkonsekvensvurdering (PVK)

Statens tilskuddsforvaltning – mal PVK, versjon 2.0

| Behandling | {t.name} |
| System | {t.system} |
| Databehandler | {proc} |

# 1 Om vurderingen

PVK er utarbeidet av Kontrollseksjonen med bistand fra personvernombudet og IT-seksjonen.

# 2 Beskrivelse av behandlingen

{t.purpose}

{t.nature}

Omfang: {t.scope}

Sammenheng: {t.context}

Dataflyt, kilder og mottakere: {t.flow}

Informasjonssikkerhet: {t.security}

Ansvar: {t.roles}

# 3 Behandlingsgrunnlag

{t.legal}

# 4 Involvering

{t.stakeholders}

# 5 Nødvendighet og forholdsmessighet

{sec5}

# 6 De registrertes rettigheter og garantier

{sec6}

# 7 Risikovurdering

{risk_rows(t, ("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak", "Restrisiko"))}

# 8 Tiltak vurdert, men ikke gjennomført

{t.not_taken}

# 9 Konklusjon

{t.findings} {t.residual}

# 10 Ledelsens beslutning

{approval}
"""


def f_approval_section(t: Topic, *, date: str, case: str) -> str:
    return f"""PVK ble lagt fram for direktørens ledermøte {date} (LM-sak {case}). Kontrollseksjonen presenterte funnene: {t.findings} Innspill fra interessentene ble gjennomgått: {t.stakeholders} Personvernombudet anbefalte forhåndsdrøfting.

Beslutning: Ledermøtet godkjenner PVK. Direktøren beslutter at STF ber Datatilsynet om forhåndsdrøfting.

| Godkjent av | Dato | Signatur |
| {F_DIR}, direktør | {date} | Elektronisk godkjent |"""


# =============================================================================================
# G: Tannverket AS (nb) – dental clinic chain, HTML mail, Q&A DPIA, board protocol
# =============================================================================================

G_MARIA = Person(
    "Maria Solberg",
    "kvalitets- og personvernansvarlig",
    "73 80 12 14",
    "maria.solberg@tannverket.no",
    "480 66 312",
)
G_DPO = Person(
    "Thomas Gran",
    "advokat, Personvernkontoret AS (eksternt personvernombud)",
    "+47 22 40 18 90",
    "thomas.gran@personvernkontoret.no",
)
G_CEO = "Fredrik Lyng"
G_DISCLAIMER = "Denne e-posten kan inneholde taushetsbelagte opplysninger. Er du ikke rett mottaker, ber vi deg slette den og gi beskjed til avsender."


def g_signature() -> str:
    p = G_MARIA
    return f"Vennlig hilsen\nMaria Solberg\nKvalitets- og personvernansvarlig\nTannverket AS – 14 klinikker i Midt-Norge\nDirekte: {p.phone} | Mobil: {p.mobile}\n{p.email} | tannverket.no\n\n{G_DISCLAIMER}\n"


def g_dpia(t: Topic, *, proc_bare: bool = False, risk: str = "ok") -> str:
    proc = t.processor
    assert proc is not None
    if proc_bare:
        proc_txt = f"{proc.name} ({proc.address.split(',')[-1].strip()})"
    else:
        proc_txt = f"{proc.name}, {proc.orgnr}, {proc.address}. Kontakt: {proc.person}, {proc.role}, {proc.phone}, {proc.email}"
    if risk == "see_file":
        risk_txt = "Se vedlagt risikovurdering (Excel)."
    else:
        risk_txt = risk_rows(
            t, ("Hva kan skje?", "Sannsynlighet", "Konsekvens", "Tiltak", "Risiko etter tiltak")
        )
    return f"""# DPIA – {t.system}

Tannverket AS | Utarbeidet i Personvernportalen | Status: Ferdig

# 1. Hvem er ansvarlige og kontaktpersoner?

~ Behandlingsansvarlig: Tannverket AS, org.nr. 915 773 206, Dronningens gate 22, 7011 Trondheim
~ Kontaktperson: {G_MARIA.name}, {G_MARIA.title}, {G_MARIA.phone}, {G_MARIA.email}
~ Personvernombud: {G_DPO.name}, {G_DPO.title}, {G_DPO.phone}, {G_DPO.email}
~ Leverandør (databehandler): {proc_txt}

# 2. Hva skal vi gjøre, og hvorfor?

{t.purpose}

{t.nature}

# 3. Hvem og hva gjelder det?

{t.scope}

{t.context}

# 4. Hvor går opplysningene?

{t.flow}

{t.security}

{t.roles} {t.legal}

# 5. Er det nødvendig, og står det i forhold til formålet?

{t.necessity}

{t.proportionality}

# 6. Hvordan ivaretar vi pasientenes rettigheter?

{bullets(t.safeguards)}

# 7. Hva kan gå galt for pasienten?

{risk_txt}

# 8. Hva har vi valgt bort?

{t.not_taken}

# 9. Hvem har vi snakket med?

{t.stakeholders}

# 10. Konklusjon

{t.findings} {t.residual}
"""


def g_board(t: Topic, *, date: str, case: str) -> str:
    return f"""PROTOKOLL FRA STYREMØTE I TANNVERKET AS

Org.nr. 915 773 206
Dato: {date}, kl. 16.00. Sted: Hovedkontoret, Dronningens gate 22, Trondheim
Til stede: Hanne Vik (styreleder), Bjørn Ekre, Sissel Moen, Kjell Tore Lian. Fra administrasjonen: {G_CEO} (adm. dir.), {G_MARIA.name} (sak {case}).

Sak {case} Personvernkonsekvensvurdering – {t.system}

Kvalitets- og personvernansvarlig presenterte DPIA-en og hovedfunnene: {t.findings} Innspill fra klinikksjefer, ansatte og pasienter ble referert: {t.stakeholders} Eksternt personvernombud hadde gitt skriftlig råd om forhåndsdrøfting.

Vedtak: Styret godkjenner DPIA-en og slutter seg til administrasjonens forslag om å be Datatilsynet om forhåndsdrøfting før løsningen tas i bruk. Løsningen skal ikke tas i bruk før Datatilsynets svar foreligger.

Protokollen er signert elektronisk av samtlige styremedlemmer.
"""


# =============================================================================================
# H: Fjordlegene AS (nb) – GP practice group, plain mails numbered like Datatilsynet's list
# =============================================================================================

H_INGEBORG = Person(
    "Ingeborg Dahl",
    "fastlege og daglig leder",
    "56 14 50 00",
    "ingeborg.dahl@fjordlegene.no",
    "922 17 604",
)
H_DPO = Person(
    "Siri Opsahl",
    "personvernombud (Helsepersonvern AS)",
    "+47 55 30 44 12",
    "siri.opsahl@helsepersonvern.no",
)


def h_signature() -> str:
    p = H_INGEBORG
    return f"Hilsen\nIngeborg Dahl\nFastlege / daglig leder\nFjordlegene AS (Kleppestø, Straume, Ågotnes, Hjelteryggen og Tellnes legekontor)\nMobil {p.mobile} | {p.email}\n"


def h_body(
    t: Topic,
    *,
    p2: str = "ok",
    p34: str = "ok",
    p5: str = "ok",
    contact_in_sig: bool = False,
    approval: str = "",
) -> str:
    proc = t.processor
    assert proc is not None
    if contact_in_sig:
        contact = "Kontaktperson: meg selv, se signaturen nederst."
    else:
        contact = f"Kontaktperson: {H_INGEBORG.name}, daglig leder, mobil {H_INGEBORG.mobile}, {H_INGEBORG.email}"
    if p2 == "see_attachment":
        sec2 = "2. Beskrivelse av behandlingen\n\nSe vedlagt systembeskrivelse (PDF)."
    else:
        sec2 = f"2. Beskrivelse av behandlingen\n\n{t.purpose}\n\n{t.nature}\n\nOmfang: {t.scope}\n\nSammenheng: {t.context}\n\nDataflyt: {t.flow}\n\nSikkerhet: {t.security}\n\nAnsvar: {t.roles} Rettslig grunnlag: {t.legal}"
    if p34 == "passing":
        sec34 = "3. og 4. Nødvendighet og risiko\n\nDette har vi vurdert sammen med leverandøren, og vi har kommet til at løsningen er nødvendig og at risikoen er forsvarlig."
    else:
        risks = "\n".join(
            f"- {r.threat}: sannsynlighet {r.likelihood.lower()}, konsekvens {r.consequence.lower()}. Tiltak: {r.measure}. Restrisiko: {r.residual.lower()}."
            for r in t.risks
        )
        sec34 = (
            f"3. Nødvendighet og forholdsmessighet\n\n{t.necessity} {t.proportionality}\n\nTiltak for pasientenes rettigheter:\n"
            + "\n".join(f"- {s}" for s in t.safeguards)
            + f"\n\n4. Risiko for pasientene\n\n{risks}\n\nVurdert, men ikke gjennomført: {t.not_taken}\n\n{t.residual}"
        )
    if p5 == "future":
        sec5 = "5. Ledelsens behandling\n\nStyret behandler DPIA-en i styremøtet 3. februar 2027. Vi sender protokollen så snart den er klar."
    else:
        sec5 = f"5. Ledelsens behandling\n\n{approval}"
    return f"""Hei,

Fjordlegene AS ber om forhåndsdrøfting etter personvernforordningen artikkel 36 for {lc(t.name)} ({t.system}). Vi er fem legekontor med tolv fastleger. Nedenfor følger opplysningene i samme rekkefølge som på Datatilsynets nettside.

1. Kontaktopplysninger

{contact}
Personvernombud: {H_DPO.name}, {H_DPO.title}, tlf. {H_DPO.phone}, {H_DPO.email}
Databehandler: {proc.name}, org.nr. {proc.orgnr}, {proc.address} – {proc.person} ({proc.role}), tlf. {proc.phone}, {proc.email}

{sec2}

{sec34}

{sec5}

{h_signature()}"""


def h_board_text(t: Topic, *, date: str, case: str) -> str:
    return f"""Styret behandlet DPIA-en i styremøte {date}, sak {case}. Utdrag av protokollen:

«Daglig leder la fram DPIA for {t.system}. Funn: {t.findings} Innspill fra interessentene ble gjennomgått: {t.stakeholders} Personvernombudet anbefaler forhåndsdrøfting.
Vedtak: Styret godkjenner DPIA-en og ber daglig leder sende anmodning om forhåndsdrøfting til Datatilsynet. Løsningen tas ikke i bruk før svar foreligger.»

Protokollen er signert av styreleder Rune Haldorsen og styremedlemmene."""


# =============================================================================================
# I: Omsorgshusene Norge AS (nb) – private nursing-home operator, cover letter + DPIA DOCX
# =============================================================================================

I_TONE = Person(
    "Tone Mykland",
    "fagsjef velferdsteknologi",
    "67 10 88 31",
    "tone.mykland@omsorgshusene.no",
    "993 41 072",
)
I_DPO = Person("Kjersti Lunde", "personvernombud", "67 10 88 05", "kjersti.lunde@omsorgshusene.no")
I_CEO = "Jens Aril Holt"
I_GUIDE2 = "[Fyll inn: Beskriv behandlingen systematisk – formål, hvilke personopplysninger, hvem som er registrert, hvor mange, hvor lenge opplysningene lagres, informasjonsflyt (kilder og mottakere), informasjonssikkerhet og ansvarsforhold. Bruk gjerne figur for dataflyten.]"


def i_signature() -> str:
    p = I_TONE
    return f"Med vennlig hilsen\nTone Mykland\nFagsjef velferdsteknologi\nOmsorgshusene Norge AS\nTlf. {p.phone} | Mob. {p.mobile}\n{p.email}\nwww.omsorgshusene.no\n"


def i_cover(t: Topic, *, date: str, attachments: list[str], why: str = "") -> str:
    proc = t.processor
    assert proc is not None
    att = "\n".join(f"- {a}" for a in attachments)
    return f"""# Omsorgshusene Norge AS

Lysaker Torg 8, 1366 Lysaker | Org.nr. 918 204 775

Til: Datatilsynet
Dato: {date}

## Anmodning om forhåndsdrøfting – {t.system}

Omsorgshusene Norge AS driver seks sykehjem på oppdrag fra fire kommuner. Vi ønsker å ta i bruk {lc(t.name)}. {why or "Vi har gjennomført DPIA, og " + lc(t.residual)} Vi ber derfor om forhåndsdrøfting.

## Kontaktpersoner

| | Navn | Telefon | E-post |
| Kontaktperson | {I_TONE.name}, {I_TONE.title} | {I_TONE.phone} | {I_TONE.email} |
| Personvernombud | {I_DPO.name} | {I_DPO.phone} | {I_DPO.email} |
| Databehandler | {proc.name} ({proc.orgnr}), {proc.person} | {proc.phone} | {proc.email} |

## Vedlegg

{att}

Med vennlig hilsen
{I_TONE.name}
fagsjef velferdsteknologi
"""


def i_dpia(t: Topic, *, p2: str = "ok", risk: str = "ok") -> str:
    if p2 == "guidance":
        sec2 = I_GUIDE2
    else:
        sec2 = f"""Formål: {t.purpose}

{t.nature}

Registrerte og opplysninger: {t.scope}

Sammenheng: {t.context}

Informasjonsflyt: {t.flow}

Sikkerhet: {t.security}

Ansvar og rettslig grunnlag: {t.roles} {t.legal}"""
    if risk == "passing":
        sec4 = "Risikoen er gjennomgått i samtale med leverandøren og vurderes som akseptabel når tiltakene over er på plass."
    else:
        sec4 = f"""{risk_rows(t, ("Trussel mot beboeren", "Sannsynlighet", "Konsekvens", "Tiltak", "Risiko etter tiltak"))}

Tiltak vurdert, men ikke innført: {t.not_taken}

{t.residual}"""
    return f"""# Personvernkonsekvensvurdering

Omsorgshusene Norge AS – {t.system}

## Beskrivelse av behandlingen

{sec2}

## Nødvendighet og forholdsmessighet

{t.necessity}

{t.proportionality}

Tiltak for beboernes rettigheter:

{bullets(t.safeguards)}

## Risikovurdering

{sec4}

## Medvirkning

{t.stakeholders}

## Konklusjon

{t.findings if risk == "ok" else t.necessity.split(". ")[-1]}
"""


def i_minutes(t: Topic, *, date: str, case: str, findings: str = "") -> str:
    return f"""# Omsorgshusene Norge AS

Referat fra ledergruppemøte {date}

Til stede: {I_CEO} (adm. dir.), fagdirektør, driftsdirektør, HR-direktør, økonomidirektør. Fagsjef velferdsteknologi og personvernombudet under sak {case}.

## Sak {case}: DPIA {t.system}

Fagsjef velferdsteknologi presenterte DPIA og funn: {findings or t.findings}

Innspill fra interessentene: {t.stakeholders}

Personvernombudet anbefalte forhåndsdrøfting.

Beslutning: Ledergruppen godkjenner DPIA-en. Administrerende direktør beslutter at selskapet ber Datatilsynet om forhåndsdrøfting. Innføring på sykehjemmene skjer ikke før svar foreligger.

Referent: Lise Aamodt
"""


# =============================================================================================
# J: HELIX-CARE consortium (en) – Norwegian partner, consortium DPIA template, sign-offs
# =============================================================================================

J_KRISTIN = Person(
    "Dr. Kristin Elvestad",
    "Senior Researcher and Norwegian Principal Investigator, Fjordheim Research Foundation",
    "+47 55 97 30 18",
    "kristin.elvestad@fjordheim.no",
    "+47 934 12 508",
)
J_DPO = Person(
    "Magnus Hoel",
    "Data Protection Officer, Fjordheim Research Foundation",
    "+47 55 97 30 02",
    "magnus.hoel@fjordheim.no",
)
J_ELS = Person(
    "Dr. Els Peeters",
    "Project Manager, HELIX-CARE Project Management Office, Scheldt University Hospital",
    "+32 3 821 44 90",
    "els.peeters@scheldt-uh.be",
)
J_CDPO = Person(
    "Pieter Janssens",
    "Data Protection Officer, Scheldt University Hospital (coordinator)",
    "+32 3 821 40 00",
    "dpo@scheldt-uh.be",
)
J_MD = "Dr. Arvid Knutsen"


def j_signature(*, phone: bool = True) -> str:
    p = J_KRISTIN
    tel = f"\nTel. {p.phone} | Mob. {p.mobile}" if phone else ""
    return f"Best regards,\n\nKristin Elvestad, PhD\nSenior Researcher | Norwegian PI, HELIX-CARE\nFjordheim Research Foundation (Stiftelsen Fjordheim forskning)\nHaukelandsbakken 30, 5009 Bergen, Norway{tel}\n{p.email}\n\nHELIX-CARE has received funding from the European Union's Horizon Europe programme (grant agreement No 101187342). Views expressed are those of the author(s) only.\n"


def j_dpia(
    t: Topic, *, contacts: bool = True, signoff: str = "", contact_no_phone: bool = False
) -> str:
    proc = t.processor
    assert proc is not None
    kp = J_KRISTIN
    kp_phone = "" if contact_no_phone else kp.phone
    contact_tab = ""
    if contacts:
        contact_tab = f"""| Role | Name | Phone | E-mail |
| Contact person (Norwegian joint controller) | {kp.name} | {kp_phone} | {kp.email} |
| DPO, Fjordheim Research Foundation | {J_DPO.name} | {J_DPO.phone} | {J_DPO.email} |
| DPO, coordinator | {J_CDPO.name} | {J_CDPO.phone} | {J_CDPO.email} |
| Processor: {proc.name}, {proc.address} | {proc.person}, {proc.role} | {proc.phone} | {proc.email} |"""
    return f"""# HELIX-CARE Data Protection Impact Assessment

Deliverable D1.4 annex – Norwegian site | Template: HELIX-CARE DPIA v3 (WP1 Ethics and Data Management)

Processing: {t.name}

# 1 Contacts and roles

{contact_tab}

{t.roles}

# 2 Systematic description

## 2.1 Purpose

{t.purpose}

## 2.2 Nature of the processing

{t.nature}

## 2.3 Scope

{t.scope}

## 2.4 Context

{t.context}

## 2.5 Data flows, sources and recipients

{t.flow}

## 2.6 Security

{t.security}

## 2.7 Legal basis

{t.legal}

# 3 Necessity and proportionality

{t.necessity}

{t.proportionality}

Safeguards for data subjects:

{bullets(t.safeguards)}

# 4 Risk register

{risk_rows(t, ("Risk to data subjects", "Likelihood", "Severity", "Mitigation", "Residual risk"))}

Mitigation considered but not adopted: {t.not_taken}

# 5 Consultation of stakeholders

{t.stakeholders}

# 6 Conclusion

{t.findings} {t.residual}

# 7 Sign-off

{signoff}
"""


def j_sc_minutes(t: Topic, *, date: str, item: str) -> str:
    return f"""# HELIX-CARE Steering Committee

Minutes of meeting {date} (video conference)

Present: Prof. Marc De Smet (Scientific Coordinator, chair), {J_ELS.name} (PMO), WP leaders of WP1-WP6, {J_KRISTIN.name} (Norwegian PI), {J_MD} (Managing Director, Fjordheim Research Foundation). The DPOs of the coordinator and of Fjordheim attended item {item}.

## Item {item}: DPIA for the Norwegian site – {t.system}

The Norwegian PI presented the DPIA and its findings: {t.findings}

Stakeholder input: {t.stakeholders}

The Fjordheim DPO advised that a prior consultation with Datatilsynet is required under Art. 36 GDPR.

Decision: The Steering Committee endorses the DPIA. The Managing Director of Fjordheim Research Foundation, as the Norwegian joint controller, approves the DPIA and decides to request prior consultation with Datatilsynet. The Norwegian processing will not start before Datatilsynet has responded.

Minutes approved by the chair.
"""


def render(markup: str, fmt: str, title: str = "") -> bytes:
    """A document in the given format."""
    if fmt == "pdf":
        return to_pdf(markup, title)
    if fmt == "docx":
        return to_docx(markup)
    if fmt == "odt":
        return to_odt(markup)
    raise ValueError(fmt)
