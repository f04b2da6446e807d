# ruff: noqa: E501
"""The ten senders of blind24: their people, signatures and document templates.

Each sender's DPIA template takes a topic and ``over``: a dict from the template's own section
keys (``desc``, ``nec``, ``risk``, ``appr`` …) to replacement markup; a case uses it to leave a
section empty, defer it or cut it. Everything is invented.
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


def table(rows: list[list[str]]) -> str:
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)


def bullets(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join("- " + i for i in items)


def risk_rows(t: Topic, head: list[str]) -> str:
    return table([head] + [list(r) for r in t.risks])


def _sec(over: dict[str, str], key: str, default: str) -> str:
    return over.get(key, default)


# --- A: Hordvik kommune ----------------------------------------------------------------------

A_DPO = Person(
    "Margrethe Haugland",
    "personvernombud",
    "56 18 40 05",
    "margrethe.haugland@hordvik.kommune.no",
    "Hordvik kommune",
)
A_HELSE = Person(
    "Tone Myklebust",
    "rådgiver, helse og omsorg",
    "56 18 42 30",
    "tone.myklebust@hordvik.kommune.no",
    "Hordvik kommune",
)
A_SKOLE = Person(
    "Ole Kristian Sæbø",
    "spesialrådgiver, oppvekst",
    "900 41 227",
    "ole.kristian.saebo@hordvik.kommune.no",
    "Hordvik kommune",
)


def a_dpia(t: Topic, over: dict[str, str] | None = None) -> str:
    o = over or {}
    p = t.processor
    assert p is not None
    return f"""
# Vurdering av personvernkonsekvenser (DPIA) – {t.title}

~ Hordvik kommune
~ Versjon 1.0, november 2026
~ Dokumenteier: kommunedirektøren

# 1 Om behandlingen

## 1.1 Formål
{t.purpose}

## 1.2 Beskrivelse av behandlingen
{_sec(o, "desc", t.nature + chr(10) + chr(10) + t.scope)}

## 1.3 Informasjonsflyt, databehandler og sikkerhet
{_sec(o, "flow", t.flow + " Databehandler er " + p.org + ", org.nr. " + p.orgnr + ". " + t.security)}

# 2 Nødvendighet og forholdsmessighet
{_sec(o, "nec", t.necessity + chr(10) + chr(10) + t.proportionality + chr(10) + chr(10) + "Tiltak for de registrertes rettigheter:" + chr(10) + chr(10) + bullets(t.safeguards))}

# 3 Risikovurdering
{_sec(o, "risk", "Risiko er vurdert for de registrertes rettigheter og friheter, ikke for kommunen." + chr(10) + chr(10) + risk_rows(t, ["Trussel", "Sannsynlighet", "Konsekvens", "Tiltak"]) + chr(10) + chr(10) + "Vurdert, men ikke gjennomført: " + t.not_taken[0] + ". Begrunnelse: " + t.not_taken[1])}

# 4 Konklusjon
{t.residual} Kommunen ber derfor om forhåndsdrøfting med Datatilsynet etter personvernforordningen artikkel 36.
"""


def a_protocol(t: Topic, sak: str, date: str) -> str:
    return f"""
# Hordvik kommune – protokoll fra kommunedirektørens ledermøte

~ Dato: {date}
~ Til stede: kommunedirektør Arne Fosse, kommunalsjef helse og omsorg Randi Hjelmeland, kommunalsjef oppvekst Per Gunnar Vik, økonomisjef Liv Tufte, personvernombud Margrethe Haugland (sak {sak})

## Sak {sak} Vurdering av personvernkonsekvenser – {t.title}

Saken ble lagt fram av fagavdelingen. Personvernombudet redegjorde for funnene i DPIA-en, for innspillene fra tillitsvalgte, eldrerådet/foreldrerådet og leverandøren, og for hvilke tiltak som er vurdert, men ikke gjennomført. Ledergruppen behandlet saken også i møtet 21. oktober, og ba da om flere tiltak, som nå er innarbeidet.

Vedtak: Kommunedirektøren godkjenner vurderingen av personvernkonsekvenser. Restrisikoen er fortsatt høy. Kommunen ønsker å gjennomføre tiltaket og ber om forhåndsdrøfting med Datatilsynet før oppstart.

~ Protokollfører: Liv Tufte
"""


def a_contacts(contact: Person, p_name: str, p: Person) -> str:
    return f"""Kontaktinformasjon:
Kontaktperson: {contact.name}, {contact.title}, tlf. {contact.phone}, {contact.email}
Personvernombud: {A_DPO.name}, tlf. {A_DPO.phone}, {A_DPO.email}
Databehandler ({p_name}): {p.name}, {p.title}, tlf. {p.phone}, {p.email}
"""


# --- B: Nordkapp Logistikk AS ----------------------------------------------------------------

B_CONTACT = Person(
    "Stian Eira",
    "Kvalitets- og HMS-sjef",
    "+47 41 22 83 90",
    "stian.eira@nordkapplogistikk.no",
    "Nordkapp Logistikk AS",
)
B_DPO = Person(
    "Linda Haugen",
    "personvernombud (ekstern)",
    "77 64 20 00",
    "linda.haugen@polarlys-advokat.no",
    "Polarlys Advokat AS",
)


def b_contact_doc(t: Topic, dpo_row: list[str] | None = None) -> str:
    p = t.processor
    assert p is not None
    return f"""
# Kontaktinformasjon – anmodning om forhåndsdrøftelse

~ Behandlingsansvarlig: Nordkapp Logistikk AS, org.nr. 986 220 417, Havnegata 9, 9600 Hammerfest
~ Gjelder: {t.title}

{table([["Rolle", "Navn", "Telefon", "E-post"], ["Kontaktperson", B_CONTACT.name, B_CONTACT.phone, B_CONTACT.email], dpo_row or ["Personvernombud", B_DPO.name + " (" + B_DPO.org + ")", B_DPO.phone, B_DPO.email], ["Databehandler", p.org + " v/ " + p.person, p.phone, p.email]])}
"""


def b_dpia(t: Topic, over: dict[str, str] | None = None) -> str:
    o = over or {}
    return f"""
# DPIA – {t.title}

~ Nordkapp Logistikk AS | Versjon 1.3 | Gradering: Intern

# Sammendrag
{t.purpose} {t.residual}

# Behandlingen
{_sec(o, "desc", t.nature + chr(10) + chr(10) + "Hvem og hva: " + t.scope + chr(10) + chr(10) + "Dataflyt og lagring: " + t.flow + chr(10) + chr(10) + "Informasjonssikkerhet: " + t.security)}

# Nødvendighet og proporsjonalitet
{_sec(o, "nec", t.necessity + chr(10) + chr(10) + t.proportionality + chr(10) + chr(10) + bullets(t.safeguards))}

# Risiko for de ansatte og andre registrerte
{_sec(o, "risk", "Vurdering med sannsynlighet og konsekvens, se også Risikomatrise.xlsx." + chr(10) + chr(10) + risk_rows(t, ["Risiko", "S", "K", "Tiltak"]) + chr(10) + chr(10) + "Tiltak vi ikke har gjennomført: " + t.not_taken[0] + " – " + t.not_taken[1])}
"""


def b_risk_sheet(t: Topic) -> dict[str, list[list[str]]]:
    rows = [["Nr", "Risiko for registrerte", "Sannsynlighet", "Konsekvens", "Tiltak", "Status"]]
    rows += [[str(i + 1), r[0], r[1], r[2], r[3], "Gjennomført"] for i, r in enumerate(t.risks)]
    rows.append([str(len(t.risks) + 1), t.not_taken[0], "", "", t.not_taken[1], "Ikke gjennomført"])
    return {"Risikomatrise": rows}


def b_board(t: Topic, sak: str) -> str:
    return f"""
# Protokoll fra styremøte i Nordkapp Logistikk AS

~ Møtedato: 19. november 2026, Hammerfest / Teams
~ Til stede: styreleder Eva Mathisen, styremedlemmer Jan Egil Kvalsvik, Turid Somby og Rolf Nilsen (ansattvalgt). Fra administrasjonen: adm. dir. Geir Olsen, HMS-sjef Stian Eira.

## Sak {sak} DPIA – {t.title}

HMS-sjefen presenterte DPIA-en og funnene: restrisiko er vurdert som høy på flere punkter. Innspill fra tillitsvalgte (Fagforbundet og NTF) og verneombud var innarbeidet. Saken var også oppe i styremøtet i september.

Vedtak: Styret godkjenner DPIA-en og slutter seg til at restrisikoen er høy. Styret ønsker å gå videre og ber administrasjonen anmode Datatilsynet om forhåndsdrøftelse.

~ Protokollen er godkjent elektronisk av alle styremedlemmer 21.11.2026.
"""


# --- C: Vestrand fylkeskommune (nynorsk) -----------------------------------------------------

C_CONTACT = Person(
    "Øystein Vikøren",
    "seniorrådgjevar, utdanning",
    "57 65 43 20",
    "oystein.vikoren@vestrand.no",
    "Vestrand fylkeskommune",
)
C_DPO = Person(
    "Synnøve Kvamme",
    "personvernombod",
    "57 65 40 07",
    "synnove.kvamme@vestrand.no",
    "Vestrand fylkeskommune",
)


def c_del1(t: Topic) -> str:
    p = t.processor
    assert p is not None
    return f"""
# Del 1 – Kontaktopplysningar

~ Behandlingsansvarleg: Vestrand fylkeskommune, org.nr. 944 310 512, Fylkeshuset, Askedalen 2, 6863 Leikanger
~ Handsaming: {t.title}

{table([["", "Namn", "Telefon", "E-post"], ["Kontaktperson", C_CONTACT.name, C_CONTACT.phone, C_CONTACT.email], ["Personvernombod", C_DPO.name, C_DPO.phone, C_DPO.email], ["Databehandlar: " + p.org + " (" + p.orgnr + ")", p.person + ", " + p.title, p.phone, p.email]])}
"""


def c_del2(t: Topic) -> str:
    return f"""
# Del 2 – Systematisk skildring av handsaminga

## Føremål
{t.purpose}

## Kva som skjer
{t.nature}

## Omfang og kven det gjeld
{t.scope}

## Kjelder, mottakarar og lagring
{t.flow}

## Informasjonstryggleik og ansvar
{t.security} Fylkeskommunen er behandlingsansvarleg; leverandøren er databehandlar etter avtale.
"""


def c_del3(t: Topic) -> str:
    return f"""
# Del 3 – Naudsyn og forholdsmessigheit

## Kvifor handsaminga er naudsynt
{t.necessity}

## Forholdsmessigheit
{t.proportionality}

## Tiltak for rettane til dei registrerte
{bullets(t.safeguards)}
"""


def c_del4(t: Topic) -> str:
    return f"""
# Del 4 – Risikovurdering

Vurderinga gjeld risiko for rettane og fridomane til dei registrerte.

{risk_rows(t, ["Risiko", "Sannsyn", "Konsekvens", "Tiltak"])}

## Tiltak som er vurderte, men ikkje gjennomførte
{t.not_taken[0]}: {t.not_taken[1]}

## Restrisiko
{t.residual}
"""


def c_del5(t: Topic) -> str:
    return f"""VESTRAND FYLKESKOMMUNE
Møtebok – fylkesdirektøren si leiargruppe
Møtedato: 17.11.2026
Sak 142/26 Vurdering av personvernkonsekvensar: {t.title}
Saka vart lagd fram av utdanningsavdelinga med personvernombodet til stades. Leiargruppa gjekk gjennom funna i DPIA-en, innspela frå elevorganisasjonen, tillitsvalde og leverandøren, og kva tiltak som ikkje er gjennomførte. Saka var òg oppe 6. oktober.
Vedtak: Leiargruppa godkjenner vurderinga av personvernkonsekvensar. Restrisikoen er høg, og fylkeskommunen ber om førehandsdrøfting med Datatilsynet.
Rett utskrift, Leikanger 18.11.2026
Kari Helle Øvrebø (sign.)
fylkesdirektør
"""


# --- D: Borealis Health Analytics AS (English) -----------------------------------------------

D_CONTACT = Person(
    "Ingrid Solberg",
    "Head of Compliance",
    "+47 926 41 803",
    "ingrid.solberg@borealishealth.no",
    "Borealis Health Analytics AS",
)
D_DPO = Person(
    "Anders Lindqvist",
    "Group Data Protection Officer",
    "+46 8 505 712 40",
    "anders.lindqvist@borealishealth.se",
    "Borealis Health AB",
)


def d_dpia(t: Topic, over: dict[str, str] | None = None) -> str:
    o = over or {}
    return f"""
# Data Protection Impact Assessment

~ Processing: {t.title}
~ Controller: Borealis Health Analytics AS on behalf of the participating municipalities (joint controllers, see Annex A)
~ Version 2.1 – November 2026

# 1. Description of the processing
{_sec(o, "desc", "Purpose. " + t.purpose + chr(10) + chr(10) + "Nature. " + t.nature + chr(10) + chr(10) + "Scope. " + t.scope + chr(10) + chr(10) + "Data flows and recipients. " + t.flow + chr(10) + chr(10) + "Security. " + t.security)}

# 2. Necessity and proportionality
{_sec(o, "nec", t.necessity + chr(10) + chr(10) + t.proportionality + chr(10) + chr(10) + "Safeguards for data subjects:" + chr(10) + chr(10) + bullets(t.safeguards))}

# 3. Risks to the rights and freedoms of data subjects
{_sec(o, "risk", risk_rows(t, ["Risk", "Likelihood", "Severity", "Mitigation"]) + chr(10) + chr(10) + "Mitigation considered but not adopted: " + t.not_taken[0] + ". " + t.not_taken[1] + chr(10) + chr(10) + "Residual risk: " + t.residual)}

# 4. Sign-off
{_sec(o, "appr", "The DPIA was presented to the Board of Borealis Health Analytics AS on 20 November 2026 (see board extract).")}
"""


def d_board(t: Topic) -> str:
    return f"""
# Borealis Health Analytics AS – Extract from the minutes of the Board of Directors

~ Meeting held 20 November 2026, Tromsø
~ Present: Karin Nyström (Chair), Erik Hansen, Maja Lund, Tor Arne Isaksen; Ingrid Solberg (Head of Compliance) for item 7

## Item 7/2026 DPIA: {t.title}

The Head of Compliance presented the DPIA, its key findings and the residual risk. The Board noted the input from the participating municipalities, the user panel and the Group DPO, and that the Board had discussed an earlier draft in September.

Resolution: The Board approves the DPIA and the decision to proceed subject to prior consultation with Datatilsynet under Article 36 GDPR.

~ Certified true extract, Karin Nyström, Chair
"""


def d_html(intro: str, t: Topic, contact_rows: list[list[str]], outro: str) -> str:
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in contact_rows)
    risk = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in t.risks)
    return (
        '<html><head><meta charset="utf-8"><style>td{border:1px solid #999;padding:4px}</style></head>'
        '<body style="font-family:Segoe UI,Arial;font-size:10pt">'
        f"<p>Dear Sir or Madam,</p><p>{intro}</p>"
        '<p><b>Contact details</b></p><table cellspacing="0">'
        "<tr><th>Role</th><th>Name</th><th>Phone</th><th>E-mail</th></tr>"
        f"{rows}</table>"
        "<p><b>Key risks (summary – full assessment in the DPIA)</b></p>"
        '<table cellspacing="0"><tr><th>Risk</th><th>Likelihood</th><th>Severity</th><th>Mitigation</th></tr>'
        f"{risk}</table><p>{outro}</p>"
        "<p>Kind regards,<br>Ingrid Solberg<br>Head of Compliance | Borealis Health Analytics AS<br>"
        "Storgata 80, 9008 Tromsø<br>+47 926 41 803</p></body></html>"
    )


# --- E: Nordlys Tannhelse AS -----------------------------------------------------------------

E_CONTACT = Person(
    "Camilla Strand",
    "fagsjef",
    "909 12 334",
    "camilla.strand@nordlystannhelse.no",
    "Nordlys Tannhelse AS",
)
E_DPO = Person(
    "Henrik Moe",
    "personvernombud (innleid)",
    "476 02 118",
    "henrik@personvernhuset.no",
    "Personvernhuset AS",
)


def e_html(paras: list[str], tables: list[tuple[str, list[list[str]]]], sign: bool = True) -> str:
    out = [
        '<html><head><meta charset="utf-8"></head><body style="font-family:Verdana;font-size:13px">'
    ]
    for p in paras:
        out.append(p if p.startswith("<") else f"<div>{p}</div><div><br></div>")
    for title, rows in tables:
        out.append(f"<div><b>{title}</b></div>")
        out.append('<table border="1" style="border-collapse:collapse">')
        for i, r in enumerate(rows):
            tag = "th" if i == 0 else "td"
            out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
        out.append("</table><div><br></div>")
    if sign:
        out.append(
            "<div>Med vennlig hilsen</div><div>Camilla Strand</div><div>Fagsjef | Nordlys Tannhelse AS</div>"
            "<div>Mob 909 12 334 | camilla.strand@nordlystannhelse.no</div>"
            '<div style="color:#888;font-size:10px">Sendt fra Klinikknett Webmail</div>'
        )
    out.append("</body></html>")
    return "".join(out)


def e_contact_rows(t: Topic, dpo: list[str] | None = None) -> list[list[str]]:
    p = t.processor
    assert p is not None
    return [
        ["Rolle", "Navn", "Telefon", "E-post"],
        [
            "Kontaktperson",
            E_CONTACT.name + ", " + E_CONTACT.title,
            E_CONTACT.phone,
            E_CONTACT.email,
        ],
        dpo or ["Personvernombud", E_DPO.name + " (" + E_DPO.org + ")", E_DPO.phone, E_DPO.email],
        ["Databehandler", p.person + ", " + p.org, p.phone, p.email],
    ]


def e_dpia(t: Topic) -> str:
    return f"""
# DPIA – {t.title}

~ Nordlys Tannhelse AS – godkjent versjon

# Hva skal vi gjøre
{t.purpose}

{t.nature}

{t.scope}

{t.flow}

{t.security}

# Hvorfor – og er det forholdsmessig?
{t.necessity}

{t.proportionality}

{bullets(t.safeguards)}

# Risiko for pasientene
{risk_rows(t, ["Hva kan skje", "Sannsynlighet", "Konsekvens", "Tiltak"])}

Ikke gjennomført: {t.not_taken[0]} ({t.not_taken[1]})

{t.residual}
"""


def e_board_scan(t: Topic) -> str:
    return f"""NORDLYS TANNHELSE AS
Utdrag av protokoll fra styremøte 20.11.2026
Sak 31/2026 DPIA – {t.title}
Fagsjef presenterte vurderingen og funnene. Styret fikk også referat fra drøfting med klinikklederne og brukerrådet. Styret behandlet et utkast i møtet 25.09.2026.
Vedtak: Styret godkjenner DPIA-en. Restrisikoen er høy. Styret ber administrasjonen sende anmodning om forhåndsdrøftelse til Datatilsynet.
Tromsø, 20.11.2026
Bjørg Aune (sign.)          Per Ivar Jensen (sign.)          Hilde Kristoffersen (sign.)
styreleder                     styremedlem                          styremedlem
"""


# --- F: Aktiv Vest Treningssentre AS ---------------------------------------------------------

F_CONTACT = Person(
    "Kjetil Brekke",
    "driftsdirektør",
    "482 90 113",
    "kjetil.brekke@aktivvest.no",
    "Aktiv Vest Treningssentre AS",
)
F_DPO = Person(
    "Nina Opsahl",
    "personvernombud",
    "55 90 22 10",
    "nina.opsahl@aktivvest.no",
    "Aktiv Vest Treningssentre AS",
)


def f_letter(t: Topic, processor_line: str | None = None, extra: str = "") -> str:
    p = t.processor
    assert p is not None
    pl = (
        processor_line
        or f"Databehandler: {p.org}, {p.address}. Kontakt: {p.person}, {p.title}, tlf. {p.phone}, e-post {p.email}"
    )
    return f"""
~ Aktiv Vest Treningssentre AS
~ Kanalveien 62, 5068 Bergen
~ Org.nr. 915 604 372

~ Datatilsynet
~ Postboks 458 Sentrum
~ 0105 Oslo

~ Bergen, 25. november 2026

# Anmodning om forhåndsdrøftelse – {t.title.lower()}

Aktiv Vest Treningssentre AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36. Vurderingen av personvernkonsekvenser er vedlagt. {extra}

~ Kontaktperson: {F_CONTACT.name}, {F_CONTACT.title}, tlf. {F_CONTACT.phone}, e-post {F_CONTACT.email}
~ Personvernombud: {F_DPO.name}, tlf. {F_DPO.phone}, e-post {F_DPO.email}
~ {pl}

~ Med vennlig hilsen
~ Kjetil Brekke
"""


def f_dpia(t: Topic, over: dict[str, str] | None = None) -> str:
    o = over or {}
    return f"""
# Personvernkonsekvensvurdering: {t.title}

# A. Beskrivelse
{_sec(o, "desc", t.purpose + chr(10) + chr(10) + t.nature + chr(10) + chr(10) + "Omfang: " + t.scope + chr(10) + chr(10) + "Flyt og mottakere: " + t.flow + chr(10) + chr(10) + "Sikkerhet: " + t.security)}

# B. Vurdering av nødvendighet
{_sec(o, "nec", t.necessity + chr(10) + chr(10) + t.proportionality + chr(10) + chr(10) + bullets(t.safeguards))}

# C. Risikoanalyse
{_sec(o, "risk", risk_rows(t, ["Risiko for medlemmet", "Sannsynlighet", "Konsekvens", "Tiltak"]) + chr(10) + chr(10) + "Vurdert og ikke gjennomført: " + t.not_taken[0] + ". " + t.not_taken[1] + chr(10) + chr(10) + t.residual)}
{o.get("tail", "")}
"""


def f_board_photo(t: Topic) -> str:
    return f"""Aktiv Vest Treningssentre AS – styremøte 24.11.2026 – side 2 av 3
Sak 14/26 Personvernkonsekvensvurdering, {t.title.lower()}
Driftsdirektøren la fram vurderingen med hovedfunn og restrisiko. Innspill fra medlemspanelet og fra de ansattes representanter var lagt ved saken. Styret drøftet saken også 29. september og ba om at kort skulle være likeverdig alternativ.
Vedtak: Styret godkjenner personvernkonsekvensvurderingen. Styret er kjent med at restrisikoen er høy og ber om at Datatilsynet forhåndsdrøftes før innføring.
Sign.: Tor Inge Lid (styreleder)   Åse Marie Dahl   Frode Kvinge   Sunniva Berg
"""


# --- G: Elvedal Energi AS --------------------------------------------------------------------

G_CONTACT = Person(
    "Marianne Tveit",
    "sikkerhets- og beredskapsleder",
    "452 19 800",
    "marianne.tveit@elvedal-energi.no",
    "Elvedal Energi AS",
)
G_DPO = Person(
    "Rune Aasland",
    "personvernombud",
    "35 02 70 12",
    "rune.aasland@elvedal-energi.no",
    "Elvedal Energi AS",
)


def g_contacts(t: Topic, dpo_email: str | None = None) -> dict[str, list[list[str]]]:
    p = t.processor
    assert p is not None
    dpo_mail = G_DPO.email if dpo_email is None else dpo_email
    return {
        "Kontakter": [
            ["Rolle", "Virksomhet", "Navn", "Stilling", "Telefon", "E-post"],
            [
                "Kontaktperson",
                "Elvedal Energi AS",
                G_CONTACT.name,
                G_CONTACT.title,
                G_CONTACT.phone,
                G_CONTACT.email,
            ],
            [
                "Personvernombud",
                "Elvedal Energi AS",
                G_DPO.name,
                G_DPO.title,
                G_DPO.phone,
                dpo_mail,
            ],
            ["Databehandler", p.org + " (" + p.orgnr + ")", p.person, p.title, p.phone, p.email],
        ]
    }


def g_risk(t: Topic) -> dict[str, list[list[str]]]:
    rows = [
        ["ID", "Hendelse", "Sannsynlighet (1-5)", "Konsekvens (1-5)", "Risiko", "Tiltak", "Eier"]
    ]
    score = {"Lav": 2, "Middels": 3, "Høy": 4, "Svært høy": 5}
    for i, r in enumerate(t.risks):
        s, k = score[r[1]], score[r[2]]
        rows.append([f"R{i + 1}", r[0], str(s), str(k), str(s * k), r[3], "Nettsjef"])
    rows.append(
        [
            "R" + str(len(t.risks) + 1),
            "Ikke gjennomført tiltak: " + t.not_taken[0],
            "",
            "",
            "",
            t.not_taken[1],
            "Nettsjef",
        ]
    )
    return {"Risikoregister": rows}


def g_dpia(t: Topic, over: dict[str, str] | None = None) -> str:
    o = over or {}
    return f"""
# DPIA {t.title}

~ Elvedal Energi AS – Internkontroll personvern – Dok.nr. PV-2026-07

# 1. Innledning
{t.purpose}

# 2. Systematisk beskrivelse
{_sec(o, "desc", t.nature + chr(10) + chr(10) + t.scope + chr(10) + chr(10) + t.flow + chr(10) + chr(10) + t.security)}

# 3. Nødvendighet og proporsjonalitet
{_sec(o, "nec", t.necessity + chr(10) + chr(10) + t.proportionality + chr(10) + chr(10) + bullets(t.safeguards))}

# 4. Risikovurdering
{_sec(o, "risk", "Risikoene er vurdert i Risikoregister.xlsx (vedlagt), med sannsynlighet og konsekvens 1-5 og tiltak per risiko. Samlet: " + t.residual)}

# 5. Ledelsens behandling
{_sec(o, "appr", "Se protokoll fra ledermøte (bilde vedlagt).")}
"""


def g_minutes_photo(t: Topic, sak: str) -> str:
    return f"""Elvedal Energi AS - Protokoll ledermøte 23.11.2026 - s. 3
Sak {sak} DPIA {t.title}
Sikkerhetsleder presenterte DPIA og funn (se risikoregister). Personvernombudets uttalelse og innspill fra kundepanelet og tillitsvalgte ble gjennomgått. Saken var første gang oppe 12.10.2026.
Beslutning: Ledergruppen godkjenner DPIA. Restrisiko er høy, og vi ønsker å gjennomføre. Elvedal ber om forhåndsdrøftelse med Datatilsynet.
Godkjent: Knut Arild Bakke, adm. dir. (sign.)
"""


# --- H: Kvitfjell Forsikring AS --------------------------------------------------------------

H_CONTACT = Person(
    "Jon Halvorsen",
    "juridisk rådgiver",
    "930 55 102",
    "jon.halvorsen@kvitfjell.no",
    "Kvitfjell Forsikring AS",
)
H_DPO = Person(
    "Sigrid Aas",
    "personvernombud",
    "22 41 70 10",
    "sigrid.aas@kvitfjell.no",
    "Kvitfjell Forsikring AS",
)

H_SIGNATURE = """--
Jon Halvorsen
Juridisk rådgiver, Juridisk avdeling
Kvitfjell Forsikring AS | Dronningens gate 14, 0152 Oslo
Dir. 22 41 70 88 | Mob. 930 55 102
jon.halvorsen@kvitfjell.no
"""


def h_body(t: Topic, over: dict[str, str] | None = None) -> str:
    o = over or {}
    p = t.processor
    assert p is not None
    risks = "\n".join(
        f"- {r[0]} (sannsynlighet {r[1].lower()}, konsekvens {r[2].lower()}). Tiltak: {r[3]}."
        for r in t.risks
    )
    safe = "\n".join("- " + s for s in t.safeguards)
    return f"""Hei,

Kvitfjell Forsikring AS ber om forhåndsdrøftelse etter personvernforordningen art. 36 for «{
        t.title
    }». Vi har gjennomført DPIA, og restrisikoen er fortsatt høy. Dokumentasjonen står under, slik at alt ligger i én e-post.

1. KONTAKTPERSONER
{
        o.get(
            "contacts",
            f'''Kontaktperson: Jon Halvorsen, juridisk rådgiver, mob. 930 55 102, jon.halvorsen@kvitfjell.no
Personvernombud: Sigrid Aas, tlf. 22 41 70 10, sigrid.aas@kvitfjell.no
Databehandler: {p.org} – {p.person}, {p.title}, {p.phone}, {p.email}''',
        )
    }

2. HVA BEHANDLINGEN GÅR UT PÅ
{
        o.get(
            "desc",
            f'''{t.purpose}

{t.nature}

Omfang: {t.scope}

Dataflyt: {t.flow}

Sikkerhet: {t.security}''',
        )
    }

3. NØDVENDIGHET OG FORHOLDSMESSIGHET
{
        o.get(
            "nec",
            f'''{t.necessity}

{t.proportionality}

Tiltak for kundene:
{safe}''',
        )
    }

4. RISIKO FOR KUNDENE
{
        o.get(
            "risk",
            f'''{risks}

Vurdert, men ikke gjennomført: {t.not_taken[0]}. {t.not_taken[1]}

{t.residual}''',
        )
    }
{o.get("appr", "")}
Med vennlig hilsen
{H_SIGNATURE}"""


# --- I: Sjøtun Havbruk AS (nynorsk) ----------------------------------------------------------

I_CONTACT = Person(
    "Bjørn Sætre",
    "HMS- og kvalitetsleiar",
    "976 30 551",
    "bjorn.saetre@sjotun-havbruk.no",
    "Sjøtun Havbruk AS",
)
I_DPO = Person(
    "Gunvor Rise",
    "personvernombod (ekstern)",
    "936 21 004",
    "gunvor@risepersonvern.no",
    "Rise Personvern AS",
)

I_SIGNATURE = """Helsing
Bjørn Sætre
HMS- og kvalitetsleiar
Sjøtun Havbruk AS, 6092 Fosnavåg
976 30 551
"""


def i_dpia(t: Topic, over: dict[str, str] | None = None) -> str:
    o = over or {}
    p = t.processor
    assert p is not None
    return f"""
# Personvernkonsekvensvurdering (DPIA)

~ {t.title}
~ Sjøtun Havbruk AS, versjon 2 (endeleg)

# Kontaktpunkt
{_sec(o, "contact", table([["Rolle", "Namn", "Telefon", "E-post"], ["Kontaktperson", I_CONTACT.name, I_CONTACT.phone, I_CONTACT.email], ["Personvernombod", I_DPO.name + ", " + I_DPO.org, I_DPO.phone, I_DPO.email], ["Databehandlar", p.person + " (" + p.org + ")", p.phone, p.email]]))}

# Skildring av handsaminga
{_sec(o, "desc", t.purpose + chr(10) + chr(10) + t.nature + chr(10) + chr(10) + t.scope + chr(10) + chr(10) + t.flow + chr(10) + chr(10) + t.security)}

# Naudsyn og proporsjonalitet
{_sec(o, "nec", t.necessity + chr(10) + chr(10) + t.proportionality + chr(10) + chr(10) + bullets(t.safeguards))}

# Risiko for dei registrerte
{_sec(o, "risk", risk_rows(t, ["Risiko", "Sannsyn", "Konsekvens", "Tiltak"]) + chr(10) + chr(10) + "Ikkje gjennomført: " + t.not_taken[0] + ". " + t.not_taken[1] + chr(10) + chr(10) + t.residual)}

# Leiinga si handsaming
{_sec(o, "appr", "Styret i Sjøtun Havbruk AS handsama DPIA-en i møte 26.11.2026, sak 19/26, etter at ho òg var drøfta 1.10.2026. Styret fekk lagt fram funna og innspela frå tillitsvalde og verneombod. Vedtak: «Styret godkjenner DPIA-en. Restrisikoen er høg, og styret ber om førehandsdrøfting med Datatilsynet.» Protokollen er signert av styreleiar Eldbjørg Leite.")}
"""


# --- J: Lumen Retail Norway AS (English) -----------------------------------------------------

J_CONTACT = Person(
    "Thomas Riise",
    "Legal Counsel",
    "+47 23 50 61 40",
    "thomas.riise@lumenretail.no",
    "Lumen Retail Norway AS",
)
J_DPO = Person(
    "Femke Jansen",
    "Group Data Protection Officer",
    "+31 20 530 1180",
    "femke.jansen@lumengroup.eu",
    "Lumen Group NV",
)

J_SIGNATURE = """Thomas Riise
Legal Counsel
Lumen Retail Norway AS
Økernveien 94, 0579 Oslo
T: +47 23 50 61 40
thomas.riise@lumenretail.no
"""


def j_dpia(t: Topic, over: dict[str, str] | None = None) -> str:
    o = over or {}
    return f"""
# DPIA – {t.title}

~ Lumen Retail Norway AS | Privacy Office | Final

# Contacts
{_sec(o, "contacts", "See cover e-mail.")}

# Context and description
{_sec(o, "desc", t.purpose + chr(10) + chr(10) + t.nature + chr(10) + chr(10) + t.scope + chr(10) + chr(10) + t.flow + chr(10) + chr(10) + t.security)}

# Necessity and proportionality
{_sec(o, "nec", t.necessity + chr(10) + chr(10) + t.proportionality + chr(10) + chr(10) + bullets(t.safeguards))}

# Risk assessment
{_sec(o, "risk", risk_rows(t, ["Risk", "Likelihood", "Impact", "Control"]) + chr(10) + chr(10) + "Considered and rejected: " + t.not_taken[0] + ". " + t.not_taken[1] + chr(10) + chr(10) + t.residual)}
"""


def j_signed_memo(t: Topic) -> str:
    return f"""LUMEN RETAIL NORWAY AS
MEMO - MANAGEMENT APPROVAL
Subject: DPIA {t.title}
Date: 18 November 2026
The Management Team reviewed the DPIA on 17 November 2026 (second review; first review 22 September 2026). The Privacy Office presented the findings, the input from store managers, the works council and the Group DPO, and the residual risks.
Decision: The Management Team approves the DPIA, accepts that residual risk remains high and instructs Legal to request prior consultation with Datatilsynet.
Signed: Henrik Aall, Managing Director
Signed: Marte Solheim, CFO
"""
