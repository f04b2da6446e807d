# ruff: noqa: E501
"""The ten senders: their people, signatures and document templates.

Every template writes the DPIA as one continuous document whose chapters are named after the
system's components; necessity, balancing, risks and approval sit where that sender puts them,
never under a heading of their own named after the part. ``Cut`` says what a case leaves out:
``omit`` drops the substance of parts 2, 3 or 4 from the document (part 3 keeps the bare legal
basis if the topic has one), ``defer`` is a sentence placed in the middle of the text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from model import Person, Risk, Topic


@dataclass(frozen=True)
class Cut:
    omit: frozenset[int] = frozenset()
    defer: str = ""


FULL = Cut()


def cut(*parts: int, defer: str = "") -> Cut:
    return Cut(frozenset(parts), defer)


def md_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(header) + " |"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def risk_table(t: Topic, header: tuple[str, ...], order: str) -> str:
    """The topic's risks as a table; ``order`` picks fields: e t l i m."""
    pick = {
        "e": lambda r: r.event,
        "t": lambda r: r.threat,
        "l": lambda r: r.likelihood,
        "i": lambda r: r.impact,
        "m": lambda r: r.measure,
    }
    rows = [tuple(pick[c](r) for c in order) for r in t.risks]
    return md_table(header, rows)


def chapters(t: Topic, processor: str, level: str = "##") -> list[str]:
    return [f"{level} {title}\n\n{text}" for title, text in t.described(processor)]


def lc(text: str) -> str:
    return text[0].lower() + text[1:]


def woven_chapters(t: Topic, processor: str, line: Callable[[Risk], str] | None) -> list[str]:
    """The description chapters, each followed by the risks tied to it (when ``line`` is given)."""
    out = []
    for title, text in t.described(processor):
        block = f"## {title}\n\n{text}"
        risks = [line(r) for r in t.risks if line is not None and r.at == title]
        if risks:
            block += "\n\n" + "\n".join(risks)
        out.append(block)
    return out


def is_woven(t: Topic, c: Cut) -> bool:
    return 2 not in c.omit and 4 not in c.omit and bool(t.risks) and all(r.at for r in t.risks)


def part3(t: Topic, c: Cut) -> list[str]:
    if 3 in c.omit:
        return [t.legal_bare] if t.legal_bare else []
    return [t.balancing, t.rights]


def join(blocks: list[str]) -> str:
    return "\n\n".join(b for b in blocks if b)


def signature(p: Person, org: str, extra: str = "") -> str:
    lines = [p.name, p.title, org]
    if extra:
        lines.append(extra)
    lines += [f"Tlf. {p.phone}", p.email]
    return "\n".join(lines)


# --- A: Vetlefjord kommune (nynorsk) ---------------------------------------------------------

A_ORG = "Vetlefjord kommune"
A_SOLVIK = Person(
    "Ingrid Solvik", "kommunedirektør", "57 69 20 01", "ingrid.solvik@vetlefjord.kommune.no"
)
A_RYSSTAD = Person(
    "Helge Rysstad",
    "rådgjevar digitalisering, helse og omsorg",
    "474 18 903",
    "helge.rysstad@vetlefjord.kommune.no",
)
A_KVALE = Person(
    "Oddbjørn Kvåle",
    "kommunalsjef helse og omsorg",
    "916 03 552",
    "oddbjorn.kvale@vetlefjord.kommune.no",
)
A_ARDAL = Person("Siv Årdal", "barnevernsleiar", "950 44 270", "siv.ardal@vetlefjord.kommune.no")
A_HOVDE = Person(
    "Trond Hovde",
    "leiar, Vetlefjord interkommunale legevakt",
    "481 20 377",
    "trond.hovde@vetlefjord.kommune.no",
)
A_DPO = Person(
    "Marte Lunde Hovland",
    "personvernombod, Sognefjord IKT",
    "952 30 614",
    "marte.hovland@sognefjordikt.no",
)


def a_dpia(
    t: Topic, processor: str, c: Cut, unit: str, author: str, date: str, front: str = ""
) -> str:
    blocks = [
        f"~ {A_ORG} · {unit}",
        "# Vurdering av personvernkonsekvensar (DPIA)",
        f"## {t.title}",
        f"~ Versjon 1.0 · {date}\n~ Utarbeidd av {author} saman med fagleiarane og personvernombodet",
        front,
    ]
    if 2 not in c.omit:
        blocks.append(t.summary)
    if 3 not in c.omit:
        blocks.append(t.necessity)
    if 2 not in c.omit:
        blocks += chapters(t, processor)
    blocks.append("# Heimel og interesseavveging")
    blocks += part3(t, c)
    blocks.append(c.defer)
    if 4 not in c.omit:
        blocks.append("# Hendingar vi har vurdert")
        blocks.append(
            risk_table(t, ("Hending", "Trussel", "Sannsyn", "Skadepotensial", "Tiltak"), "etlim")
        )
        blocks += [t.not_taken, t.residual]
    return join(blocks)


def a_letter(t: Topic, ref: str, date: str, body: list[str], signer: Person) -> str:
    head = [
        f"~ {A_ORG}\n~ {signer.title.capitalize()}\n~ Postboks 114, 6869 Vetlefjord",
        "~ Datatilsynet\n~ Postboks 458 Sentrum\n~ 0105 Oslo",
        f"~ Vår ref.: {ref}\n~ Dato: {date}",
        f"# Førespurnad om førehandsdrøfting – {t.title[0].lower() + t.title[1:]}",
    ]
    sign = (
        f"~ Med helsing\n~ {signer.name}\n~ {signer.title}\n~ Tlf. {signer.phone} · {signer.email}"
    )
    return join(head + body + [sign])


def a_contacts(contact: Person, dpo: bool = True) -> str:
    text = f"Kontaktperson for saka er {contact.name}, {contact.title}, tlf. {contact.phone}, e-post {contact.email}."
    if dpo:
        return (
            text
            + f" Personvernombodet vårt er {A_DPO.name} i Sognefjord IKT, som kan nåast på tlf. {A_DPO.phone} eller {A_DPO.email}. Ho har vore med i arbeidet og gjeve råd undervegs."
        )
    return (
        text
        + " Personvernombodet har vore involvert i arbeidet og har ikkje merknader til vurderinga."
    )


# --- B: Klinikk Nordlys AS (bokmål) ----------------------------------------------------------

B_ORG = "Klinikk Nordlys AS"
B_FOSSE = Person(
    "Camilla Fosse",
    "kvalitets- og personvernrådgiver",
    "41 22 67 09",
    "camilla.fosse@nordlysklinikk.no",
)
B_BAKKEN = Person(
    "Jon-Erik Bakken", "administrerende direktør", "909 12 344", "jon-erik.bakken@nordlysklinikk.no"
)
B_DPO = Person(
    "Tor Arne Lillehaug", "personvernombud", "928 70 115", "tor.arne.lillehaug@nordlysklinikk.no"
)


def b_signature() -> str:
    p = B_FOSSE
    return f"Med vennlig hilsen\n\n{p.name}\n{p.title.capitalize()} | {B_ORG}\nMob. {p.phone} | {p.email}\nnordlysklinikk.no"


def b_front(t: Topic, version: str, status: str, approved: str, dpo_phone: bool = True) -> str:
    dpo = (
        f"{B_DPO.name}, tlf. {B_DPO.phone}, {B_DPO.email}"
        if dpo_phone
        else f"{B_DPO.name} ({B_DPO.email})"
    )
    rows = [
        ("Versjon", version),
        ("Status", status),
        ("Utarbeidet av", f"{B_FOSSE.name}, {B_FOSSE.title}, i samarbeid med fagansvarlige leger"),
        ("Godkjent av", approved),
        ("Kontaktperson", f"{B_FOSSE.name}, tlf. {B_FOSSE.phone}, {B_FOSSE.email}"),
        ("Personvernombud", dpo),
    ]
    return md_table(("Dokument", f"Vurdering av personvernkonsekvenser – {t.short}"), rows)


def b_dpia(t: Topic, processor: str, c: Cut, front: str, opening: str = "") -> str:
    blocks = [opening, f"# {t.title}", front]
    if 2 not in c.omit:
        blocks.append(t.summary)
        described = list(t.described(processor))
        first_title, first_text = described[0]
        if 3 not in c.omit:
            first_text = first_text + "\n\n" + t.necessity
        blocks.append(f"## {first_title}\n\n{first_text}")
        blocks += [f"## {a}\n\n{b}" for a, b in described[1:]]
    blocks.append("## Behandlingsgrunnlag")
    blocks += part3(t, c)
    blocks.append(c.defer)
    if 4 not in c.omit:
        blocks.append("## Hva kan gå galt for pasienten")
        blocks.append(
            risk_table(
                t,
                ("Hva kan skje", "Årsak", "Sannsynlighet", "Konsekvens for pasienten", "Tiltak"),
                "etlim",
            )
        )
        blocks.append("## Restrisiko")
        blocks += [t.not_taken, t.residual]
    return join(blocks)


# --- C: Nordkyst University (English) --------------------------------------------------------

C_ORG = "Nordkyst University"
C_OKAFOR = Person(
    "Samuel Okafor",
    "Senior Research Adviser, Research Administration",
    "+47 776 45 210",
    "samuel.okafor@nordkyst.no",
)
C_DPO = Person(
    "Hanne Strøm Isaksen", "Data Protection Officer", "+47 482 19 336", "hanne.isaksen@nordkyst.no"
)
C_ELIASSEN = Person(
    "Gunnar Eliassen", "Pro-Rector for Research", "+47 776 44 010", "gunnar.eliassen@nordkyst.no"
)


def c_signature(p: Person = C_OKAFOR) -> str:
    return f"Best regards,\n\n{p.name}\n{p.title}\n{C_ORG}, 9037 Tromsø, Norway\nPhone {p.phone}\n{p.email}"


def c_contacts(contact: Person) -> str:
    return join(
        [
            "# Contacts",
            f"~ Contact for this request: {contact.name}, {contact.title}, {contact.phone}, {contact.email}\n"
            f"~ Data Protection Officer: {C_DPO.name}, {C_DPO.phone}, {C_DPO.email}",
        ]
    )


def c_dpia(
    t: Topic, processor: str, c: Cut, pi: str, cover: list[str], contact: Person = C_OKAFOR
) -> str:
    blocks = [
        "~ Nordkyst University · Data Protection Impact Assessment",
        f"# {t.title}",
        "\n".join("~ " + x for x in [f"Project leader: {pi}", *cover]),
    ]
    if 2 not in c.omit:
        blocks += ["# 1 The project in brief", t.summary]
        if 3 not in c.omit:
            blocks.append(t.necessity)
        blocks += chapters(t, processor, "#")
    blocks.append("# 6 Legal basis")
    blocks += part3(t, c)
    blocks.append(c.defer)
    if 4 not in c.omit:
        blocks.append("# 7 Threats to participants")
        blocks.append(
            risk_table(
                t, ("Threat", "How it could happen", "Likelihood", "Impact", "Response"), "etlim"
            )
        )
        blocks += ["# 8 What remains", t.not_taken, t.residual]
    blocks.append(c_contacts(contact))
    return join(blocks)


# --- D: Fjellsparebanken (bokmål) ------------------------------------------------------------

D_ORG = "Fjellsparebanken"
D_AAS = Person(
    "Kristoffer Aas",
    "seniorrådgiver compliance",
    "951 02 883",
    "kristoffer.aas@fjellsparebanken.no",
)
D_MORK = Person(
    "Elin Mørk", "administrerende direktør", "922 10 400", "elin.mork@fjellsparebanken.no"
)
D_DPO = Person("Nina Rustad", "personvernombud", "917 55 326", "nina.rustad@fjellsparebanken.no")


def d_signature() -> str:
    p = D_AAS
    return f"Vennlig hilsen\n{p.name}\nSeniorrådgiver, Risiko og compliance\n{D_ORG}\nDirekte: {p.phone}\nE-post: {p.email}\n\nDenne e-posten kan inneholde taushetsbelagt informasjon. Er du ikke rett mottaker, ber vi deg slette den og gi oss beskjed."


def d_dpia(t: Topic, processor: str, c: Cut, date: str, front: str = "") -> str:
    blocks = [
        f"~ {D_ORG} · Intern",
        "# Personvernkonsekvensvurdering",
        f"## {t.title}",
        f"~ Eier: Risiko og compliance · Versjon 1.0 · {date}",
        front,
    ]
    if 2 not in c.omit:
        blocks.append(t.summary)
        blocks += chapters(t, processor)
    blocks.append("# Rettslig grunnlag og interesseavveiing")
    if 3 not in c.omit:
        blocks.append(t.necessity)
    blocks += part3(t, c)
    blocks.append(c.defer)
    if 4 not in c.omit:
        blocks.append("# Risikobilde")
        blocks.append(
            risk_table(t, ("Hendelse", "Trussel", "Sannsynlighet", "Konsekvens", "Tiltak"), "etlim")
        )
        blocks += ["# Tiltak som ikke er gjennomført", t.not_taken, "# Konklusjon", t.residual]
    return join(blocks)


def d_cover(t: Topic, date: str, ref: str, body: list[str], signer: Person) -> str:
    head = [
        f"~ {D_ORG}\n~ Storgata 21, 2680 Vågå\n~ Org.nr. 937 885 110",
        "~ Datatilsynet\n~ Postboks 458 Sentrum\n~ 0105 Oslo",
        f"~ Vår ref.: {ref} · Dato: {date}",
        f"# Anmodning om forhåndsdrøftelse – {t.short}",
    ]
    contacts = f"~ Kontaktperson: {D_AAS.name}, {D_AAS.title}, tlf. {D_AAS.phone}, {D_AAS.email}\n~ Personvernombud: {D_DPO.name}, tlf. {D_DPO.phone}, {D_DPO.email}"
    sign = f"~ Med vennlig hilsen\n~ {D_ORG}\n~ {signer.name}\n~ {signer.title}"
    return join(head + body + [contacts, sign])


# --- E: Vestrute AS (nynorsk, all in the mail body) ------------------------------------------

E_ORG = "Vestrute AS"
E_HJELLE = Person(
    "Solveig Hjelle",
    "rådgjevar informasjonstryggleik og personvern",
    "971 23 480",
    "solveig.hjelle@vestrute.no",
)
E_MYKLEBUST = Person(
    "Arnhild Myklebust", "dagleg leiar", "952 88 014", "arnhild.myklebust@vestrute.no"
)
E_DPO = Person("Kari Bergstø", "personvernombod", "992 18 633", "kari.bergsto@vestrute.no")


def e_signature() -> str:
    p = E_HJELLE
    return f"Venleg helsing\nSolveig Hjelle\nRådgjevar informasjonstryggleik og personvern\n{E_ORG} | Strandkaien 4, 6900 Florø\nMobil {p.phone} | {p.email}"


def e_risk_prose(t: Topic) -> str:
    items = [
        f"- {r.event}. Det kan skje ved at {r.threat[0].lower() + r.threat[1:]}. Sannsyn: {r.likelihood.lower()}; skadepotensial: {r.impact[0].lower() + r.impact[1:]}. Tiltak: {r.measure}."
        for r in t.risks
    ]
    return "\n".join(items)


def e_description(t: Topic, processor: str) -> list[str]:
    return [t.summary] + [text for _, text in t.described(processor)]


def e_register(t: Topic) -> list[list[str]]:
    rows = [["Nr", "Hending", "Trussel", "Sannsyn", "Skadepotensial", "Tiltak", "Ansvarleg"]]
    for n, r in enumerate(t.risks, 1):
        rows.append([str(n), r.event, r.threat, r.likelihood, r.impact, r.measure, "Driftssjef"])
    return rows


# --- F: Handelslaget Nord SA (bokmål) --------------------------------------------------------

F_ORG = "Handelslaget Nord SA"
F_JOHANSEN = Person(
    "Marius Johansen", "personvernansvarlig", "913 40 225", "marius.johansen@handelslagetnord.no"
)
F_NYGARD = Person(
    "Torill Nygård", "administrerende direktør", "902 31 880", "torill.nygard@handelslagetnord.no"
)
F_DPO = Person(
    "Hilde Dahl", "advokat, Advokatfirmaet Lysø & Dahl AS", "75 50 42 10", "hilde.dahl@lysodahl.no"
)


def f_signature() -> str:
    p = F_JOHANSEN
    return f"Mvh\nMarius Johansen\nPersonvernansvarlig | {F_ORG}\nHovedkontor: Sjøgata 12, 8006 Bodø\nTlf: {p.phone}\n\nHandlelaget – eid av medlemmene siden 1921"


def f_contact_lines(t: Topic, dpo_phone: bool = True, proc_contact: bool = True) -> str:
    dpo = (
        f"{F_DPO.name}, {F_DPO.title}, tlf. {F_DPO.phone}, {F_DPO.email}"
        if dpo_phone
        else f"{F_DPO.name}, {F_DPO.title}, {F_DPO.email}"
    )
    lines = [
        f"Kontaktperson hos oss: {F_JOHANSEN.name}, {F_JOHANSEN.title}, tlf. {F_JOHANSEN.phone}, {F_JOHANSEN.email}",
        f"Personvernombud (eksternt): {dpo}",
    ]
    if t.proc is not None:
        p = t.proc
        if proc_contact:
            lines.append(
                f"Databehandler: {p.org} ({p.where}), v/ {p.person.name}, {p.person.title}, tlf. {p.person.phone}, {p.person.email}"
            )
        else:
            lines.append(
                f"Databehandler: {p.org} ({p.where}). Kontaktpersoner hos leverandøren står i databehandleravtalen."
            )
    return "\n".join(lines)


def f_dpia(t: Topic, processor: str, c: Cut, date: str) -> str:
    blocks = [
        "# Personvernkonsekvensvurdering (DPIA)",
        f"~ {F_ORG}\n~ Behandling: {t.title}\n~ Versjon 1.0, {date}\n~ Utarbeidet av personvernansvarlig i samarbeid med driftsavdelingen og butikksjefene",
    ]
    if 2 not in c.omit:
        intro = t.summary + (" " + t.necessity if 3 not in c.omit else "")
        blocks.append(intro)
        blocks += chapters(t, processor)
    blocks.append("# Juridisk grunnlag og interesseavveiing")
    blocks += part3(t, c)
    blocks.append(c.defer)
    if 4 not in c.omit:
        blocks.append("# Trusler og tiltak")
        blocks.append(
            risk_table(
                t, ("Trussel", "Årsak", "Sannsynlighet", "Skadepotensial", "Tiltak"), "etlim"
            )
        )
        blocks += ["# Restrisiko", t.not_taken, t.residual]
    return join(blocks)


def f_board_minutes(date: str, case_no: str, t: Topic) -> str:
    return (
        f"HANDELSLAGET NORD SA\nPROTOKOLL FRA STYREMØTE\n\nDato: {date}\nSted: Hovedkontoret, Bodø\n"
        "Til stede: Ragnar Eide (styreleder), Åse Klev, Tor Inge Mo, Lise Hansen (ansattvalgt), "
        "Bjørn Sandvik. Fra administrasjonen: Torill Nygård (adm. dir.), Marius Johansen (sak "
        f"{case_no}).\n\nSak {case_no} Personvernkonsekvensvurdering – {t.short}\n"
        "Personvernansvarlig orienterte om vurderingen, risikoen som gjenstår etter tiltakene, "
        "og innspillene fra tillitsvalgte, butikksjefene og personvernombudet. Styret drøftet saken.\n\n"
        "Vedtak: Styret har gjennomgått personvernkonsekvensvurderingen og godkjenner den. "
        "Styret slutter seg til at administrasjonen ber Datatilsynet om forhåndsdrøftelse før "
        "tiltaket tas i bruk. Enstemmig.\n\n"
        "Ragnar Eide          Åse Klev          Tor Inge Mo          Lise Hansen          Bjørn Sandvik"
    )


# --- G: NordHaul Logistics AS (English) ------------------------------------------------------

G_ORG = "NordHaul Logistics AS"
G_SAETRE = Person(
    "Ingvild Sætre", "HSE & Compliance Manager", "+47 415 66 208", "ingvild.saetre@nordhaul.no"
)
G_DEVRIES = Person(
    "Bart de Vries", "Managing Director", "+47 900 12 775", "bart.devries@nordhaul.no"
)
G_DPO = Person(
    "Femke Janssen",
    "Group Data Protection Officer, NordHaul Group B.V., Rotterdam",
    "+31 10 714 2290",
    "femke.janssen@nordhaulgroup.eu",
)


def g_signature(p: Person = G_SAETRE) -> str:
    return f"Kind regards\n{p.name}\n{p.title}\n{G_ORG} | Industriveien 40, 2072 Dal\nM: {p.phone} | {p.email}\nPart of NordHaul Group"


def g_dpia(t: Topic, processor: str, c: Cut, date: str, front: str = "") -> str:
    blocks = [
        "# Data Protection Impact Assessment",
        f"## {t.title}",
        f"~ {G_ORG} · Version 1.0 · {date}\n~ Owner: {G_SAETRE.name}, {G_SAETRE.title}\n~ Reviewed by: {G_DPO.name}, Group DPO",
        front,
    ]
    if 2 not in c.omit:
        blocks.append(t.summary)
        if 3 not in c.omit:
            blocks.append(t.necessity)
        blocks += chapters(t, processor)
    elif 3 not in c.omit:
        blocks.append(t.necessity)
    blocks.append(c.defer)
    blocks.append("# Lawful basis and balancing test")
    blocks += part3(t, c)
    if 4 not in c.omit:
        blocks.append("# Threats and controls")
        blocks.append(
            risk_table(t, ("Threat", "Source", "Likelihood", "Impact", "Controls"), "etlim")
        )
        blocks += ["# Residual risk", t.not_taken, t.residual]
    return join(blocks)


def g_cover(t: Topic, date: str, body: list[str], signer: Person) -> str:
    head = [
        f"~ {G_ORG}\n~ Industriveien 40, 2072 Dal, Norway\n~ Org. no. 915 330 478",
        f"~ Datatilsynet\n~ Postboks 458 Sentrum, 0105 Oslo\n~ {date}",
        f"# Request for prior consultation under Article 36 GDPR – {t.short}",
    ]
    sign = f"~ Yours sincerely\n~ {signer.name}\n~ {signer.title}, {G_ORG}\n~ {signer.phone} · {signer.email}"
    return join(head + body + [sign])


def g_contacts(t: Topic, processor: str) -> str:
    lines = [
        f"~ Contact person: {G_SAETRE.name}, {G_SAETRE.title}, {G_SAETRE.phone}, {G_SAETRE.email}",
        f"~ Data protection officer: {G_DPO.name}, {G_DPO.title}, {G_DPO.phone}, {G_DPO.email}",
    ]
    if processor == "used" and t.proc is not None:
        p = t.proc
        lines.append(
            f"~ Processor: {p.org}, {p.where}; contact {p.person.name}, {p.person.title}, {p.person.phone}, {p.person.email}"
        )
    return "\n".join(lines)


# --- H: Puls Treningssentre AS (bokmål, DPIA written by a consultancy) -----------------------

H_ORG = "Puls Treningssentre AS"
H_VATNE = Person("Kenneth Vatne", "daglig leder", "934 70 218", "kenneth.vatne@pulstrening.no")
H_DPO = Person(
    "Ida Marie Fjeld",
    "personvernombud (innleid), Personvernpartner AS",
    "468 12 209",
    "ida.fjeld@personvernpartner.no",
)
H_HOLM = Person("Sindre Holm", "seniorrådgiver", "401 77 632", "sindre.holm@personvernpartner.no")


def h_signature() -> str:
    p = H_VATNE
    return f"Mvh Kenneth Vatne\nDaglig leder\n{H_ORG}\n{p.phone}\n{p.email}\n\nTren når du vil – 14 sentre fra Sandnes til Stord"


def h_roles(t: Topic, dpo: bool = True) -> str:
    text = f"{H_ORG} er behandlingsansvarlig. Kontaktperson er daglig leder {H_VATNE.name} (tlf. {H_VATNE.phone}, {H_VATNE.email})."
    if dpo:
        text += f" Selskapets personvernombud er {H_DPO.name} i Personvernpartner AS (tlf. {H_DPO.phone}, {H_DPO.email}). Personvernombudet har ikke deltatt i selve utarbeidelsen av rapporten, men har gitt råd."
    return text


def h_report(t: Topic, processor: str, c: Cut, date: str, approved: str = "") -> str:
    cover = [
        f"Oppdragsgiver: {H_ORG}, org.nr. 918 224 553",
        f"Utarbeidet av: {H_HOLM.name}, {H_HOLM.title}, Personvernpartner AS",
        f"Dato: {date}",
    ]
    if approved:
        cover.append(approved)
    blocks = [
        "~ Personvernpartner AS – rapport",
        "# Personvernkonsekvensvurdering",
        f"## {t.title}",
        "\n".join("~ " + x for x in cover),
    ]
    blocks += [
        "# Sammendrag",
        t.summary if 2 not in c.omit else "",
        t.residual if 4 not in c.omit else "",
    ]
    if 2 not in c.omit:
        blocks.append("# Løsningen steg for steg")
        if 3 not in c.omit:
            blocks.append(t.necessity)
        blocks += chapters(t, processor)
    blocks += ["# Roller", h_roles(t)]
    blocks.append("# Lovlighet")
    blocks += part3(t, c)
    blocks.append(c.defer)
    if 4 not in c.omit:
        blocks.append("# Risiko for medlemmene")
        blocks.append(
            risk_table(
                t, ("Hendelse", "Årsak", "Sannsynlighet", "Skadepotensial", "Tiltak"), "etlim"
            )
        )
        blocks += ["# Anbefaling", t.not_taken]
    return join(blocks)


# --- I: Vestfjella fylkeskommune (nynorsk, sent from the archive system) ---------------------

I_ORG = "Vestfjella fylkeskommune"
I_TEIGEN = Person(
    "Gunhild Teigen", "seniorrådgjevar, utdanning", "478 20 166", "gunhild.teigen@vestfjellafk.no"
)
I_LEIRVIK = Person(
    "Bjarne Leirvik", "fylkesdirektør", "906 14 300", "bjarne.leirvik@vestfjellafk.no"
)
I_OVREBO = Person("Randi Øvrebø", "fylkestannlege", "918 60 213", "randi.ovrebo@vestfjellafk.no")
I_DPO = Person("Eivind Sande", "personvernombod", "957 31 020", "eivind.sande@vestfjellafk.no")


def i_dispatch(case_no: str, title: str, docs: list[str], handler: Person) -> str:
    listing = "\n".join(f"  - {d}" for d in docs)
    return (
        f"Dette er ei elektronisk forsending frå {I_ORG}.\n\n"
        f"Sak: {case_no} – {title}\n"
        f"Sakshandsamar: {handler.name}\n\n"
        f"Dokument i forsendinga:\n{listing}\n\n"
        "Forsendinga er sendt frå eit system som ikkje kan ta imot svar. Svar kan sendast til "
        "postmottak@vestfjellafk.no. Oppgje saksnummeret.\n"
    )


def i_risk_line(r: Risk) -> str:
    return f"- Trugsmål: {r.event}. Kjelde: {lc(r.threat)}. Sannsyn: {r.likelihood.lower()}; konsekvens: {lc(r.impact)}. Tiltak: {r.measure}."


def i_dpia(
    t: Topic, processor: str, c: Cut, case_no: str, date: str, subject: str, front: str = ""
) -> str:
    woven = is_woven(t, c)
    blocks = [
        f"~ {I_ORG}",
        "# Vurdering av personvernkonsekvensar",
        f"## {t.title}",
        f"~ Sak {case_no} · Versjon 1.0 · {date}",
        front,
    ]
    if 2 not in c.omit:
        blocks.append(t.summary)
        blocks += woven_chapters(t, processor, i_risk_line if woven else None)
    blocks.append("# Rettsleg grunnlag")
    if 3 not in c.omit:
        blocks.append(t.necessity)
    blocks += part3(t, c)
    blocks.append(c.defer)
    if 4 not in c.omit and not woven:
        blocks.append("# Trugsmål og tiltak")
        header = ("Trugsmål", "Kjelde", "Sannsyn", f"Konsekvens for {subject}", "Tiltak")
        blocks.append(risk_table(t, header, "etlim"))
    if 4 not in c.omit:
        blocks += [t.not_taken, t.residual]
    return join(blocks)


def i_letter(
    t: Topic, case_no: str, date: str, body: list[str], signer: Person, proc_contact: bool = True
) -> str:
    head = [
        f"~ {I_ORG}\n~ Fylkeshuset, Postboks 40, 6801 Førde",
        "~ Datatilsynet\n~ Postboks 458 Sentrum\n~ 0105 OSLO",
        f"~ Vår ref.: {case_no} · Dato: {date}",
        f"# Førespurnad om førehandsdrøfting – {t.short}",
    ]
    lines = [
        f"~ Kontaktperson: {I_TEIGEN.name}, {I_TEIGEN.title}, tlf. {I_TEIGEN.phone}, {I_TEIGEN.email}",
        f"~ Personvernombod: {I_DPO.name}, tlf. {I_DPO.phone}, {I_DPO.email}",
    ]
    if t.proc is not None and proc_contact:
        p = t.proc
        lines.append(
            f"~ Databehandlar: {p.org}, {p.where}, v/ {p.person.name}, tlf. {p.person.phone}, {p.person.email}"
        )
    sign = f"~ Med helsing\n~ {signer.name}\n~ {signer.title}\n~ Dokumentet er elektronisk godkjent og har ikkje handskrivne signaturar."
    return join(head + body + ["\n".join(lines), sign])


# --- J: Nordlandsnett AS (bokmål) ------------------------------------------------------------

J_ORG = "Nordlandsnett AS"
J_STRAND = Person(
    "Bodil Strand", "personvernkoordinator", "951 40 337", "bodil.strand@nordlandsnett.no"
)
J_PEDERSEN = Person(
    "Geir Arne Pedersen",
    "administrerende direktør",
    "909 80 112",
    "geir.arne.pedersen@nordlandsnett.no",
)
J_DPO = Person("Lars Mikalsen", "personvernombud", "977 26 041", "lars.mikalsen@nordlandsnett.no")


def j_signature() -> str:
    p = J_STRAND
    return f"Vennlig hilsen\n\nBodil Strand\nPersonvernkoordinator\n{J_ORG}\nTlf.: {p.phone}\nE-post: {p.email}\nwww.nordlandsnett.no"


def j_risk_line(r: Risk) -> str:
    return f"- Risiko: {r.event} (trussel: {lc(r.threat)}; skadepotensial: {lc(r.impact)}; sannsynlighet: {r.likelihood.lower()}). Tiltak: {r.measure}."


def j_report(
    t: Topic,
    processor: str,
    c: Cut,
    report_id: str,
    status: str,
    date: str,
    risk_in: str = "woven",
    front: str = "",
) -> str:
    woven = risk_in == "woven" and is_woven(t, c)
    blocks = [
        f"~ Risikoportalen · Rapport {report_id}",
        f"# {t.title}",
        f"~ Type: Personvernkonsekvensvurdering (DPIA) · Status: {status}\n~ Eier: {J_STRAND.name}, {J_STRAND.title} · Sist endret: {date}",
        front,
    ]
    if 2 not in c.omit:
        blocks.append(t.summary)
        blocks += woven_chapters(t, processor, j_risk_line if woven else None)
    if 4 not in c.omit and risk_in == "xlsx":
        blocks.append(
            "Hendelser, trusler, skadepotensial og tiltak for hver del av løsningen er registrert i risikoregisteret, som er eksportert og vedlagt som regneark."
        )
    elif 4 not in c.omit and not woven:
        blocks.append("# Risikoregister (utdrag)")
        header = ("Hendelse", "Trussel", "Skadepotensial", "Sannsynlighet", "Tiltak")
        blocks.append(risk_table(t, header, "etilm"))
    blocks.append("# Hjemmel og avveiing")
    if 3 not in c.omit:
        blocks.append(t.necessity)
    blocks += part3(t, c)
    blocks.append(c.defer)
    if 4 not in c.omit:
        blocks += [t.not_taken, t.residual]
    blocks += ["# Roller og kontakt", j_roles()]
    return join(blocks)


def j_roles() -> str:
    return (
        f"~ Behandlingsansvarlig: {J_ORG}, org.nr. 980 115 442\n"
        f"~ Kontaktperson: {J_STRAND.name}, {J_STRAND.title}, {J_STRAND.phone}, {J_STRAND.email}\n"
        f"~ Personvernombud: {J_DPO.name}, {J_DPO.phone}, {J_DPO.email}"
    )


def j_register(t: Topic, prefix: str) -> list[list[str]]:
    rows = [
        [
            "ID",
            "Hendelse",
            "Trussel",
            "Skadepotensial",
            "Sannsynlighet",
            "Tiltak",
            "Restrisiko",
            "Eier",
        ]
    ]
    for n, r in enumerate(t.risks, 1):
        rows.append(
            [
                f"{prefix}-{n:02d}",
                r.event,
                r.threat,
                r.impact,
                r.likelihood,
                r.measure,
                "Middels" if n % 2 else "Høy",
                "B. Strand",
            ]
        )
    return rows


def risk_lines(risks: tuple[Risk, ...]) -> str:
    return "\n".join(
        f"- {r.event} ({r.likelihood.lower()}/{r.impact.lower()}): {r.measure}" for r in risks
    )
