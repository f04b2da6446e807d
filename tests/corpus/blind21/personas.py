# ruff: noqa: E501
"""The ten senders of blind21: people, contact details, signatures and their own document habits.

Every sender has its own section titles (``HEADS``), its own way of writing risks and its own way of
documenting the management's approval. ``parts()`` renders parts 2-4 of a topic with a sender's
titles; ``omit`` replaces what stands under a title (a deferral, a passing remark, nothing).
"""

from __future__ import annotations

from dataclasses import dataclass

from kit import plain
from topics import Topic


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    org: str
    phone: str
    email: str
    mobile: str = ""


# --- section titles per sender and language ------------------------------------------------------

HEADS: dict[str, dict[str, str]] = {
    "A_en": {
        "p2": "2 Data flow and processing",
        "scope": "Participants and data volume",
        "flow": "Sources, recipients and retention",
        "p3": "3 Legal basis and data minimisation",
        "safe": "Safeguards for participants",
        "p4": "4 Risk analysis",
        "cols": "Threat|Likelihood|Impact|Mitigation",
        "nt": "Mitigation considered, not implemented",
    },
    "A_nb": {
        "p2": "2 Prosjektbeskrivelse",
        "scope": "Deltakere og datamengde",
        "flow": "Kilder, mottakere og lagringstid",
        "p3": "3 Hvorfor vi trenger disse dataene",
        "safe": "Tiltak for deltakerne",
        "p4": "4 Risikoanalyse",
        "cols": "Trussel|Sannsynlighet|Konsekvens|Tiltak",
        "nt": "Tiltak vurdert, men ikke gjennomført",
    },
    "B": {
        "p2": "Hva vi skal gjøre",
        "scope": "Hvem og hvor mye",
        "flow": "Hvor opplysningene kommer fra og hvem som ser dem",
        "p3": "Derfor gjør vi det slik",
        "safe": "Det vi gjør for å beskytte dem det gjelder",
        "p4": "Risiko for dem det gjelder",
        "cols": "Hva kan skje|Hvor sannsynlig|Hvor alvorlig|Hva vi gjør",
        "nt": "Vurdert, men ikke gjort",
    },
    "C": {
        "p2": "KVA VI PLANLEGG",
        "scope": "Kven og kor mykje",
        "flow": "Kvar opplysningane kjem frå og kven som får dei",
        "p3": "KVIFOR DETTE ER NAUDSYNT",
        "safe": "Tiltak vi har sett i verk",
        "p4": "KVA KAN GÅ GALE",
        "cols": "Risiko|Sannsyn|Konsekvens|Tiltak",
        "nt": "Vurdert, men ikkje gjennomført",
    },
    "D": {
        "p2": "1. Prosessbeskrivelse",
        "scope": "1.1 Berørte personer og datakategorier",
        "flow": "1.2 Dataflyt, mottakere og sletting",
        "p3": "2. Formål og nødvendighet",
        "safe": "2.1 Garantier og tiltak",
        "p4": "3. Risikoanalyse (DSFA)",
        "cols": "Risiko|Sannsynlighet|Alvorlighet|Tiltak",
        "nt": "3.1 Tiltak som ikke gjennomføres",
    },
    "E_en": {
        "p2": "A. Scope and data flows",
        "scope": "A.1 Data subjects and volumes",
        "flow": "A.2 Sources, recipients, retention",
        "p3": "B. Necessity test",
        "safe": "B.1 Safeguards",
        "p4": "C. Risk evaluation",
        "cols": "Risk|Probability|Severity|Control",
        "nt": "C.1 Controls considered and rejected",
    },
    "E_nb": {
        "p2": "A. Omfang og dataflyt",
        "scope": "A.1 Registrerte og volum",
        "flow": "A.2 Kilder, mottakere, lagring",
        "p3": "B. Nødvendighetstest",
        "safe": "B.1 Garantier",
        "p4": "C. Risikoevaluering",
        "cols": "Risiko|Sannsynlighet|Alvorlighet|Kontroll",
        "nt": "C.1 Kontroller vurdert og forkastet",
    },
    "F": {
        "p2": "Om tiltaket",
        "scope": "Hvem det gjelder",
        "flow": "Hvor opplysningene går",
        "p3": "Hvorfor vi mener dette er nødvendig",
        "safe": "Hva vi gjør for å verne elevene",
        "p4": "Risiko for elevene",
        "cols": "Risiko|Sannsynlighet|Konsekvens|Tiltak",
        "nt": "Vurdert, men ikke gjort",
    },
    "G": {
        "p2": "Løsningen kort fortalt",
        "scope": "Omfang",
        "flow": "Dataflyt",
        "p3": "Behov og forholdsmessighet",
        "safe": "Våre garantier overfor kandidatene",
        "p4": "Risikobildet for kandidatene",
        "cols": "Risiko|Sannsynlighet|Konsekvens|Tiltak",
        "nt": "Valgt bort",
    },
    "H": {
        "p2": "Behandlingen",
        "scope": "Omfang",
        "flow": "Informasjonsflyt og lagringstid",
        "p3": "Behov og proporsjonalitet",
        "safe": "Tiltak",
        "p4": "Risikovurdering (DPIA)",
        "cols": "Hendelse|Sannsynlighet|Konsekvens|Tiltak",
        "nt": "Tiltak vi ikke gjennomfører",
    },
    "I": {
        "p2": "Saksframstilling",
        "scope": "Omfang",
        "flow": "Informasjonsflyt, mottakere og sletting",
        "p3": "Vurdering av behov og forholdsmessighet",
        "safe": "Tiltak for å ivareta låneren",
        "p4": "Risiko- og sårbarhetsanalyse",
        "cols": "Uønsket hendelse|S|K|Tiltak",
        "nt": "Tiltak som er vurdert, men ikke valgt",
    },
    "J_nn": {
        "p2": "Om prosjektet",
        "scope": "Kven og kor mykje",
        "flow": "Dataflyt og sletting",
        "p3": "Kvifor vi treng dette",
        "safe": "Tiltak",
        "p4": "Risiko for dei registrerte",
        "cols": "Risiko|Sannsyn|Konsekvens|Tiltak",
        "nt": "Vurdert, men ikkje valt",
    },
    "J_en": {
        "p2": "About the system",
        "scope": "Who and how much",
        "flow": "Data flow and deletion",
        "p3": "Why we need it",
        "safe": "Safeguards",
        "p4": "Risks to the people concerned",
        "cols": "Risk|Likelihood|Consequence|Measure",
        "nt": "Considered, not chosen",
    },
}


def parts(
    t: Topic,
    head: str,
    *,
    omit: dict[int, str] | None = None,
    risk: str = "table",
    level: str = "#",
) -> str:
    """Parts 2-4 of a topic in a sender's own titles; ``omit[n]`` replaces what stands under part n."""
    h = HEADS[head]
    omit = omit or {}
    sub = level + "#"
    out: list[str] = []
    if 2 in omit:
        out.append(f"{level} {h['p2']}\n\n{omit[2]}" if omit[2] else f"{level} {h['p2']}")
    else:
        out.append(
            f"{level} {h['p2']}\n\n{t.desc}\n\n{sub} {h['scope']}\n\n{t.scope}\n\n{sub} {h['flow']}\n\n{t.flow}"
        )
    if 3 in omit:
        out.append(f"{level} {h['p3']}\n\n{omit[3]}" if omit[3] else f"{level} {h['p3']}")
    else:
        safe = "\n".join(f"- {s}" for s in t.safeguards)
        out.append(
            f"{level} {h['p3']}\n\n{t.necessity}\n\n{t.proportionality}\n\n{sub} {h['safe']}\n\n{safe}"
        )
    if 4 in omit:
        out.append(f"{level} {h['p4']}\n\n{omit[4]}" if omit[4] else f"{level} {h['p4']}")
    elif risk == "table":
        rows = "\n".join(f"| {r} | {lk} | {c} | {m} |" for r, lk, c, m in t.risks)
        out.append(
            f"{level} {h['p4']}\n\n| {h['cols'].replace('|', ' | ')} |\n{rows}\n\n{sub} {h['nt']}\n\n{t.not_taken}"
        )
    else:
        c = h["cols"].split("|")
        items = "\n".join(
            f"- {r}. {c[1]}: {lk.lower()}, {c[2].lower()}: {k.lower()}. {c[3]}: {m}."
            for r, lk, k, m in t.risks
        )
        out.append(f"{level} {h['p4']}\n\n{items}\n\n{sub} {h['nt']}\n\n{t.not_taken}")
    return "\n\n".join(out)


def text_parts(t: Topic, head: str, omit: dict[int, str] | None = None, risk: str = "table") -> str:
    """Parts 2-4 as plain mail text (headings as lines, tables as pipe rows)."""
    return plain(parts(t, head, omit=omit, risk=risk))


# --- A: Universitetet i Nordvik, SOMNA --------------------------------------------------------

A_ORG = "Universitetet i Nordvik"
A_PI = Person(
    "Ingrid Solheim-Baardsen",
    "Professor, Principal Investigator SOMNA",
    A_ORG,
    "+47 77 64 52 18",
    "ingrid.solheim-baardsen@uinordvik.no",
    "+47 915 33 208",
)
A_PM = Person(
    "Marcus Eriksen",
    "Postdoctoral fellow / project manager",
    A_ORG,
    "",
    "marcus.eriksen@uinordvik.no",
    "+47 478 12 290",
)
A_DPO = Person(
    "Kari Nesvik",
    "Personvernombud / Data Protection Officer",
    A_ORG,
    "+47 77 64 40 95",
    "personvernombud@uinordvik.no",
)
A_SURVEY = Person(
    "Jennifer Alvarez",
    "Privacy & Compliance Lead",
    "SurveyLoop Inc.",
    "+1 617 555 0187",
    "privacy@surveyloop.io",
)
A_RADAR = Person(
    "Øystein Lunde",
    "Prosjektleder forskningsleveranser",
    "Radarsense AS",
    "+47 73 10 44 50",
    "oystein.lunde@radarsense.no",
)
A_BAND = Person(
    "Hanna Birkeland",
    "Kundeansvarlig forskning",
    "Pulsvakt AS",
    "22 40 17 80",
    "hanna.birkeland@pulsvakt.no",
)
A_DEAN = "Henrik Vollan"


def a_signature(p: Person = A_PI) -> str:
    return (
        "\n"
        f"Best regards,\n\n{p.name}\n{p.title}\nDepartment of Health and Care Sciences\n"
        f"Faculty of Health Sciences, {A_ORG}\n"
        f"Direct: {p.phone} | Mobile: {p.mobile} | Switchboard: +47 77 64 40 00\n{p.email}\n"
        "https://uinordvik.no/somna\n"
    )


def a_signoff(topic_title: str, date: str, lang: str = "en") -> str:
    if lang == "nb":
        return f"""# Institusjonell godkjenning – dekanens beslutning

Prosjekt: {topic_title}

Personvernkonsekvensvurderingen ble lagt fram for dekanatet {date} av prosjektleder, med personvernombudets uttalelse. Presentasjonen oppsummerte funnene: høy gjenværende risiko knyttet til arbeidsgivers rolle og til koblingen med fravær.

Innspill fra interessenter: hovedtillitsvalgte ved de tre sykehusene, brukerpanelet for helsepersonell og forskningsadministrasjonen ble hørt, og deres innspill (rekruttering utenom linjeledelsen) er innarbeidet.

Beslutning: Dekanen godkjenner DPIA-en og at prosjektet sender anmodning om forhåndsdrøftelse til Datatilsynet før oppstart.

Nordvik, {date}

{A_DEAN}
dekan, Det helsevitenskapelige fakultet (sign.)
"""
    return f"""# Institutional sign-off – Dean's decision

Project: {topic_title}

The data protection impact assessment was presented to the Faculty management team on {date} by the principal investigator, together with the DPO's written opinion. The presentation summarised the findings: high residual risk linked to non-consenting visitors and to participants' fluctuating capacity.

Stakeholders consulted: the user panel of the Norwegian Dementia Association (local chapter), the home-care services of Nordvik and Hammarvik, and the Regional Committee for Medical and Health Research Ethics (approval 2026/48213). Their input (visitor filtering, six-monthly capacity review) is reflected in the measures.

Decision: The Dean approves the DPIA and the residual risk for the purpose of requesting prior consultation with Datatilsynet, and the project will not start data collection until Datatilsynet has given its advice.

Nordvik, {date}

{A_DEAN}
Dean, Faculty of Health Sciences (signed)
"""


# --- B: Norges Sandvolleyballforbund -----------------------------------------------------------

B_ORG = "Norges Sandvolleyballforbund"
B_GS = Person(
    "Tone Hegseth",
    "Generalsekretær",
    B_ORG,
    "21 02 98 40",
    "tone.hegseth@sandvolleyball.no",
    "917 45 003",
)
B_HEALTH = Person(
    "Sondre Lie",
    "Fagansvarlig helse og landslag",
    B_ORG,
    "21 02 98 47",
    "sondre.lie@sandvolleyball.no",
    "918 44 120",
)
B_DPO = Person(
    "Elin Dahlstrøm",
    "Personvernombud (ekstern)",
    "Personvernkompaniet AS",
    "23 50 61 70",
    "elin.dahlstrom@personvernkompaniet.no",
)
B_IDR = Person(
    "Jonas Kvamme", "Kundeansvarlig", "Idrettsdata AS", "55 30 22 10", "jonas.kvamme@idrettsdata.no"
)
B_REPLAY = Person(
    "Lukas Becker",
    "Head of Customer Success",
    "Replaylab GmbH",
    "+49 221 9876 5410",
    "l.becker@replaylab.de",
)


def b_signature(p: Person) -> str:
    return (
        "\n"
        f"Med vennlig hilsen\n{p.name}\n{p.title}\n{B_ORG}\n"
        f"Tlf. {p.phone} | Mobil {p.mobile}\n{p.email}\n"
        "Besøk: Sognsveien 75 J, 0855 Oslo | www.sandvolleyball.no\n"
    )


B_FINDINGS = {
    "38/26": "høy risiko for press på unge utøvere og for at helseopplysninger blir kjent for trenere og andre",
    "41/26": "høy risiko for feil treff og for at barn og unge tilskuere behandles biometrisk",
}


def b_protocol(sak: str, topic_title: str, date: str) -> str:
    return f"""# Utdrag av styreprotokoll – {B_ORG}

Styremøte {date}, Ullevål stadion. Til stede: 7 av 7 styremedlemmer, generalsekretær, fagansvarlig helse og landslag.

Sak {sak}: Personvernkonsekvensvurdering – {topic_title}

Administrasjonen la fram vurderingen og hovedfunnene: {B_FINDINGS[sak]}. Utøverkomiteen, dommerkomiteen og representanter for klubbene var invitert og hadde gitt skriftlige innspill, som ble referert. Personvernombudets uttalelse forelå.

Styret drøftet om tiltakene er tilstrekkelige og om restrisikoen kan aksepteres.

Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser. Restrisikoen anses som høy, og styret ber administrasjonen be Datatilsynet om forhåndsdrøftelse før løsningen tas i bruk. Enstemmig.

Protokollen er godkjent elektronisk av styrets medlemmer.
"""


# --- C: Ytre Fjordvik sokneråd ----------------------------------------------------------------

C_ORG = "Ytre Fjordvik sokneråd"
C_VERJE = Person(
    "Arnfinn Hovland",
    "kyrkjeverje",
    "Fjordvik kyrkjelege fellesråd",
    "57 71 20 40",
    "arnfinn.hovland@fjordvik.kyrkja.no",
    "975 12 884",
)
C_LEIAR = Person(
    "Gunvor Nes", "leiar i soknerådet", C_ORG, "", "gunvor.nes@fjordvik.kyrkja.no", "412 90 377"
)
C_DPO = Person(
    "Siri Aasen",
    "personvernombod",
    "Fjordvik kyrkjelege fellesråd",
    "57.71.20.00",
    "siri.aasen@fjordvik.kyrkja.no",
    "41.55.82.09",
)
C_WEB = Person(
    "Vegard Moldestad", "dagleg leiar", "Sokneweb AS", "55 90 12 34", "vegard@sokneweb.no"
)


def c_signature(p: Person = C_VERJE) -> str:
    return (
        "\n"
        f"Helsing\n{p.name}\n{p.title.capitalize()}\nFjordvik kyrkjelege fellesråd / {C_ORG}\n"
        f"tlf. {p.phone}, mob. {p.mobile}\n{p.email}\n"
    )


def c_vedtak(sak: str, date: str, what: str) -> str:
    return (
        f"Sak {sak} – Vurdering av personvernkonsekvensar: {what}\n"
        f"Soknerådet i møte {date}. Kyrkjeverja la fram vurderinga og funna: høg risiko for dei som vert filma "
        "eller strøymde, og for barn. Innspel frå kyrkjelydspedagogen, dei tilsette og frå trusopplæringsutvalet vart lagde fram. "
        "Personvernombodet sitt skriftlege råd låg føre.\n"
        "Vedtak: Soknerådet godkjenner vurderinga og ber kyrkjeverja be Datatilsynet om førehandsdrøfting før tiltaket vert sett i verk. "
        "Samrøystes.\n"
    )


# --- D: Heimwerk Norge AS ---------------------------------------------------------------------

D_ORG = "Heimwerk Norge AS"
D_LEGAL = Person(
    "Marius Falk",
    "Leder juridisk og personvern Norge",
    D_ORG,
    "+47 22 07 31 15",
    "marius.falk@heimwerk.no",
    "+47 938 02 117",
)
D_DPO = Person(
    "Dr. Katrin Vogel",
    "Konzerndatenschutzbeauftragte / konsernets personvernombud",
    "Heimwerk Baumarkt GmbH & Co. KG",
    "+49 561 7089 4410",
    "datenschutz@heimwerk.de",
)
D_VISION = Person(
    "Jan Hoffmann",
    "Key Account Manager Nordics",
    "VisionGuard Analytics GmbH",
    "+49 69 2547 3380",
    "jan.hoffmann@visionguard.de",
)
D_CLOUD = Person(
    "Sabine Krüger",
    "Datenschutzkoordinatorin",
    "CloudRetail Services GmbH",
    "+49 89 4520 6612",
    "sabine.krueger@cloudretail.de",
)
D_CEO = "Geir Amundsen"
D_GF = "Thomas Brandt"


def d_signature(p: Person = D_LEGAL) -> str:
    return (
        "\n"
        f"Med vennlig hilsen / Mit freundlichen Grüßen\n\n{p.name}\n{p.title}\n\n{D_ORG}\n"
        "Strømsveien 314, 1081 Oslo\n"
        f"Sentralbord: +47 22 07 30 00\nDirekte: {p.phone}\nMobil: {p.mobile}\n{p.email}\n\n"
        "Heimwerk Norge AS, org.nr. 918 554 210, et selskap i Heimwerk Baumarkt-gruppen (Kassel, HRA 17254)\n"
        "Denne e-posten kan inneholde konfidensiell informasjon. Er du ikke rett mottaker, ber vi deg slette den.\n"
    )


def d_freigabe(topic_title: str, date: str, signed: bool = True) -> str:
    findings = (
        "høy restrisiko for skjeve varsler og for overvåking av ansatte"
        if "Kamera" in topic_title
        else "høy restrisiko for at kjøpshistorikk avslører helse eller livssituasjon, og for uklare tilbud"
    )
    sig = ("e-signert (BankID)", "e-signiert") if signed else ("", "")
    dt = date if signed else ""
    return f"""# Freigabe / Godkjenning av DSFA

Verarbeitung / Behandling: {topic_title}

DSFA-en ble presentert for ledergruppen i {D_ORG} og for Konzerndatenschutz {date}. Sammendrag av funn: {findings}. Tillitsvalgte (Handel og Kontor), kundepanelet og konsernets Betriebsrat er hørt; deres innspill er tatt inn i tiltakene. Konzerndatenschutzbeauftragte har gitt sin uttalelse (Stellungnahme) og anbefaler forhåndsdrøftelse med Datatilsynet.

Beslutning: Ledelsen godkjenner DSFA-en, aksepterer at restrisikoen er høy, og beslutter å be Datatilsynet om forhåndsdrøftelse før innføring i Norge.

| Rolle | Navn | Dato | Signatur |
| Daglig leder, {D_ORG} | {D_CEO} | {dt} | {sig[0]} |
| Geschäftsführer, Heimwerk Baumarkt GmbH & Co. KG | {D_GF} | {dt} | {sig[1]} |
"""


# --- E: Nordkusten Bank AB, filial i Norge ----------------------------------------------------

E_ORG = "Nordkusten Bank AB, filial i Norge"
E_COMP = Person(
    "Henrik Aaberg",
    "Head of Compliance Norway",
    E_ORG,
    "+47 23 89 41 20",
    "henrik.aaberg@nordkusten.no",
    "+47 482 19 655",
)
E_DPO = Person(
    "Maria Lindqvist",
    "Group Data Protection Officer",
    "Nordkusten Bank AB (publ)",
    "+46 8 402 715 30",
    "maria.lindqvist@nordkusten.se",
    "+46 70 218 44 19",
)
E_KL = Person(
    "Anders Bergström",
    "Key Account Manager",
    "Kreditlogik AB",
    "+46 31 708 44 12",
    "anders.bergstrom@kreditlogik.se",
)
E_FK = Person(
    "Line Storaas",
    "Produktsjef betalingsforsikring",
    "Fjordkreditt Forsikring AS",
    "23 11 80 42",
    "line.storaas@fjordkreditt.no",
)
E_FK_DPO = Person(
    "Petter Øvrebø",
    "Personvernombud",
    "Fjordkreditt Forsikring AS",
    "23 11 80 00",
    "personvern@fjordkreditt.no",
)


def e_signature(p: Person = E_COMP) -> str:
    return (
        "\n"
        f"Kind regards / Med vennlig hilsen\n{p.name}\n{p.title}\n{E_ORG}\n"
        f"Switchboard +47 23 89 40 00 | Direct {p.phone} | Mobile {p.mobile}\n{p.email}\n"
        "Nordkusten Bank AB (publ), Stockholm, org.nr 556012-4471. Norwegian branch org.nr 921 330 876.\n"
    )


def e_minutes(item: str, topic_title: str, date: str, lang: str = "en") -> str:
    if lang == "nb":
        return f"""# Utdrag av protokoll – filialledelsen, {E_ORG}

Møte {date}. Til stede: filialsjef Jon Kristian Holt, Head of Compliance Norway, Head of Credit Norway, Group DPO (video), Head of Model Risk (video).

Sak {item}: DPIA – {topic_title}

Compliance presenterte DPIA-en og funnene: høy restrisiko knyttet til utledning av sensitive opplysninger og automatiske avslag. Innspill fra kundepanelet, fra Finansforbundets tillitsvalgte og fra Fjordkreditt Forsikring som felles behandlingsansvarlig ble gjennomgått. Group DPO ga sin anbefaling.

Beslutning: Filialledelsen godkjenner DPIA-en og beslutter å be Datatilsynet om forhåndsdrøftelse. Lansering utsettes til rådet foreligger.
"""
    return f"""# Extract of minutes – Branch Management Committee, {E_ORG}

Meeting of {date}. Present: Country Manager Jon Kristian Holt (chair), Head of Compliance Norway, Head of Retail Norway, Group DPO (video), Head of Model Risk (video).

Item {item}: DPIA – {topic_title}

Compliance presented the DPIA and its findings: high residual risk from false positives and from the processing of behavioural data that may reveal health conditions. Input from the customer panel, from the employee representatives and from the Group Fraud function was summarised. The Group DPO gave her advice (prior consultation recommended).

Decision: The Committee approves the DPIA, accepts that residual risk remains high, and decides to request prior consultation with Datatilsynet before roll-out in Norway.

Certified extract, Oslo.
"""


# --- F: Lindtun Friskole ----------------------------------------------------------------------

F_ORG = "Lindtun Friskole"
F_REKTOR = Person(
    "Kjersti Myrvang", "rektor", F_ORG, "63 81 44 00", "kjersti.myrvang@lindtun.no", "926 55 310"
)
F_IKT = Person("Espen Roald", "IKT-ansvarlig", F_ORG, "", "espen.roald@lindtun.no", "481 66 902")
F_DPO = Person(
    "Nina Sæther",
    "advokat, personvernombud for Lindtun Friskole",
    "Personvernhuset AS",
    "22 99 14 60",
    "nina.saether@personvernhuset.no",
)
F_VAKT = Person(
    "Ole Ringstad",
    "kundeansvarlig skole",
    "Skolevakt AS",
    "22 60 71 00",
    "ole.ringstad@skolevakt.no",
)
F_PAY = Person(
    "Mari Holm", "daglig leder", "Kantinepay AS", "33 44 55 60", "mari.holm@kantinepay.no"
)


def f_signature(p: Person = F_REKTOR, phones: bool = True) -> str:
    tel = f"Tlf. {p.phone} / mobil {p.mobile}\n" if phones else ""
    return f"\nVennlig hilsen\n{p.name}\n{p.title.capitalize()}, {F_ORG}\n{tel}{p.email}\n"


def f_protocol(sak: str, what: str, date: str) -> str:
    return (
        f"STIFTELSEN LINDTUN FRISKOLE – PROTOKOLL FRA STYREMØTE {date}\n\n"
        f"Sak {sak}: Vurdering av personvernkonsekvenser – {what}\n\n"
        "Rektor presenterte vurderingen og de viktigste funnene. FAU, elevrådet og de ansattes tillitsvalgte har "
        "uttalt seg; uttalelsene var vedlagt sakspapirene. Personvernombudet (Personvernhuset AS) har gitt råd.\n\n"
        "Vedtak: Styret godkjenner vurderingen. Risikoen for elevene er fortsatt høy etter tiltakene, og "
        "styret ber rektor sende anmodning om forhåndsdrøftelse til Datatilsynet. Tiltaket innføres ikke før "
        "Datatilsynet har svart.\n\n"
        "Lindtun, "
        + date
        + "\n\nTrond Aasgaard (styreleder)   Hilde Bø   Kari Lien   Per Erik Moen\n"
        "[signaturer]"
    )


# --- G: Talentbro Rekruttering AS -------------------------------------------------------------

G_ORG = "Talentbro Rekruttering AS"
G_OPS = Person(
    "Camilla Rød",
    "Head of Operations",
    G_ORG,
    "+47 21 42 77 15",
    "camilla.rod@talentbro.no",
    "+47 906 12 448",
)
G_DPO = Person(
    "Fredrik Haugland",
    "HR-sjef og personvernombud",
    G_ORG,
    "+47 21 42 77 02",
    "fredrik.haugland@talentbro.no",
    "+47 412 20 871",
)
G_HIRE = Person(
    "Tom Whitfield",
    "Privacy Lead",
    "HireFlow Ltd",
    "+44 20 7946 0815",
    "tom.whitfield@hireflow.co.uk",
)
G_VERI = Person(
    "Kristoffer Dahl",
    "Fagansvarlig bakgrunnssjekk",
    "Verifica Norge AS",
    "22 00 48 90",
    "kd@verifica.no",
)
G_CEO = Person(
    "Anders Wiik",
    "Daglig leder",
    G_ORG,
    "+47 21 42 77 00",
    "anders.wiik@talentbro.no",
    "+47 930 44 120",
)


def g_signature(p: Person = G_OPS) -> str:
    return (
        "\n"
        f"Beste hilsen\n\n{p.name}\n{p.title} | {G_ORG}\n"
        f"M: {p.mobile} | D: {p.phone}\n{p.email} | talentbro.no\n"
        "Tollbugata 24, 0157 Oslo\n"
        "Vi behandler personopplysninger i tråd med vår personvernerklæring: talentbro.no/personvern\n"
    )


# --- H: Pote Dyreklinikker AS -----------------------------------------------------------------

H_ORG = "Pote Dyreklinikker AS"
H_DRIFT = Person(
    "Ragnhild Sunde", "fagsjef drift", H_ORG, "400 12 345", "ragnhild.sunde@pote.no", "951 20 667"
)
H_DPO = Person("Jørgen Bakke", "personvernombud", H_ORG, "400 12 390", "personvernombud@pote.no")
H_VET = Person(
    "Dana Whitaker",
    "Director, Privacy Office",
    "VetCloud Inc.",
    "+1 (619) 555-0142",
    "privacy@vetcloud.com",
)
H_SIKK = Person(
    "Tore Vik",
    "prosjektleder",
    "Sikkerhetspartner Øst AS",
    "69 10 20 30",
    "tore.vik@sikkerhetspartner.no",
)


def h_signature(p: Person = H_DRIFT) -> str:
    return (
        "\n"
        f"Mvh\n{p.name}\n{p.title.capitalize()} | {H_ORG}\ntlf. {p.phone}\n{p.email}\nwww.pote.no – 24 klinikker fra Halden til Hamar\n"
    )


def h_minutes(topic_title: str, date: str) -> str:
    return f"""# Referat fra ledergruppemøte – {H_ORG}

Dato: {date}. Til stede: administrerende direktør Sverre Lund, fagsjef drift, medisinsk direktør, økonomidirektør, HR-leder; personvernombud (sak 3).

## Sak 3: DPIA – {topic_title}

Fagsjef drift presenterte DPIA-en og funnene (se sammendrag i dokumentet). Innspill fra klinikksjefene, hovedverneombudet og tillitsvalgte i Fagforbundet ble gjennomgått; verneombudet ba om at opptak ikke brukes til prestasjonsmåling, og det er tatt inn.

Personvernombudet anbefalte forhåndsdrøftelse fordi restrisikoen er høy.

Beslutning: Ledergruppen godkjenner DPIA-en og ber fagsjef drift sende anmodning om forhåndsdrøftelse til Datatilsynet. Behandlingen starter ikke før vi har fått svar.

Referent: Ingunn Saltnes
"""


# --- I: Bibliotekssamarbeidet i Midt-Innlandet ------------------------------------------------

I_ORG = "Bibliotekssamarbeidet i Midt-Innlandet (BiMI)"
I_HOST = "Lyngvik kommune"
I_SB = Person(
    "Turid Moen",
    "rådgiver, BiMI",
    I_HOST,
    "61 14 22 37",
    "turid.moen@lyngvik.kommune.no",
    "958 70 214",
)
I_LEDER = Person(
    "Håkon Sveen",
    "fagleder BiMI / biblioteksjef Lyngvik",
    I_HOST,
    "61 14 22 30",
    "hakon.sveen@lyngvik.kommune.no",
)
I_DPO = Person(
    "Bjørn Iversen",
    "personvernombud for IKT Midt-Innlandet",
    "IKT Midt-Innlandet",
    "61 14 20 85",
    "personvernombud@ikt-midtinnlandet.no",
)
I_BOK = Person(
    "Lene Strand",
    "personvernkoordinator",
    "Bokhylla Systemer AS",
    "22 87 60 10",
    "lene.strand@bokhylla.no",
)
I_APP = Person(
    "Vidar Kolstad",
    "daglig leder",
    "Appfabrikken Lillehammer AS",
    "61 24 30 00",
    "vidar.kolstad@appfabrikken.no",
)


def i_letterhead(ref: str, date: str, p: Person = I_SB) -> str:
    return f"""~ {I_HOST} – vertskommune for {I_ORG}
~ Datatilsynet, Postboks 458 Sentrum, 0105 Oslo

| Vår ref. | Deres ref. | Saksbehandler | Dato |
| {ref} | | {p.name}, tlf. {p.phone}, {p.email} | {date} |"""


def i_saerutskrift(sak: str, what: str, date: str) -> str:
    return f"""# SÆRUTSKRIFT – Styret for {I_ORG}

Møtedato: {date}. Saksnr.: {sak}

## {what} – vurdering av personvernkonsekvenser og anmodning om forhåndsdrøftelse

Saksframlegg med DPIA var sendt ut. Fagleder orienterte om funnene og om restrisikoen. Bibliotekrådet (brukerrepresentanter), Ungdomsrådet i Lyngvik og de tillitsvalgte for bibliotekansatte har gitt innspill som fulgte saken. Personvernombudet deltok.

Vedtak: 1. Styret godkjenner vurderingen av personvernkonsekvenser. 2. Styret ber administrasjonen be Datatilsynet om forhåndsdrøftelse på vegne av medlemskommunene. 3. Tiltaket iverksettes ikke før Datatilsynet har gitt sin vurdering.

Vedtaket var enstemmig. Rett utskrift bekreftes: Turid Moen, sekretær
"""


# --- J: Havbris Vind AS -----------------------------------------------------------------------

J_ORG = "Havbris Vind AS"
J_PL = Person(
    "Kjetil Vassbotn",
    "prosjektleiar Storheia",
    J_ORG,
    "+47 57 82 40 00",
    "kjetil.vassbotn@havbris.no",
    "+47 995 21 403",
)
J_HMS = Person(
    "Oda Hjelle",
    "HMS-leiar / HSE manager",
    J_ORG,
    "+47 57 82 40 17",
    "oda.hjelle@havbris.no",
    "+47 473 88 120",
)
J_DPO = Person(
    "Ingvild Brekke",
    "personvernombod (ekstern)",
    "Advokatfirmaet Lunde Brekke AS",
    "+47 55 30 71 88",
    "ingvild.brekke@lundebrekke.no",
)
J_DRONE = Person(
    "Ronny Tjelta", "dagleg leiar", "DroneSight AS", "+47 51 84 20 66", "ronny.tjelta@dronesight.no"
)
J_NSR = Person(
    "Fiona MacLeod",
    "Operations Director",
    "Northsea Renewables Ltd",
    "+44 (0)1224 555 019",
    "fiona.macleod@northsea-renewables.co.uk",
    "+44 7700 900 418",
)
J_NSR_DPO = Person(
    "Graham Reid",
    "Data Protection Officer",
    "Northsea Renewables Ltd",
    "+44 1224 555 000",
    "dpo@northsea-renewables.co.uk",
)
J_SAFE = Person(
    "Eirik Hammer",
    "Customer Success Manager",
    "SafeTrack AS",
    "+47 73 60 11 22",
    "eirik.hammer@safetrack.no",
)


def j_signature(p: Person = J_PL, en: bool = False) -> str:
    head = "Kind regards" if en else "Venleg helsing"
    return (
        "\n"
        f"{head}\n{p.name}\n{p.title}\n{J_ORG} | Fjordgata 3, 6800 Førde\n"
        f"Sentralbord {J_PL.phone} · Mob. {p.mobile}\n{p.email}\n"
    )


def j_protocol(sak: str, what: str, date: str, en: bool = False) -> str:
    if en:
        return f"""# Extract of board minutes – {J_ORG}

Board meeting {date}, Førde (Northsea Renewables Ltd attended as co-owner and joint controller).

Item {sak}: DPIA – {what}

The HSE manager presented the DPIA and the findings. The safety delegates (hovudverneombod), the technicians' union representatives and the subcontractors' HSE leads were consulted; their input (no performance monitoring, 72-hour deletion) is reflected in the measures. Both DPOs gave their opinion.

Resolution: The board approves the DPIA, notes that the residual risk remains high, and instructs the project to request prior consultation with Datatilsynet before the wearables are introduced.
"""
    return f"""# Utdrag av styreprotokoll – {J_ORG}

Styremøte {date}, Førde.

Sak {sak}: Vurdering av personvernkonsekvensar – {what}

Prosjektleiar la fram vurderinga og funna. Innspel frå grunneigarlaget, hytteeigarforeininga i Storheia, Naturvernforbundet lokallag og kommunen vart referert; innspela om dronerutene er tekne inn. Personvernombodet si fråsegn låg føre.

Vedtak: Styret godkjenner vurderinga av personvernkonsekvensar. Restrisikoen er framleis høg, og styret ber administrasjonen be Datatilsynet om førehandsdrøfting.
"""
