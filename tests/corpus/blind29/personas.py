# ruff: noqa: E501
"""The ten senders of blind29: their people, signatures and the way each writes its documents.

Every sender has its own habits (where the contacts stand, what the sections are called, how a
risk table looks, how management's approval is documented). The builders take the text of each
part as an argument, so that a case can put a long part, a short but real part, or a thin one
under the sender's own heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kit import scan_pdf, text_table, to_docx, to_odt, to_pdf, to_xlsx, txt
from topics import Risk, Topic


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    phone: str
    email: str
    org: str = ""


def doc(text: str) -> str:
    """Prose written for a mail, made fit for the kit's markup (a list needs a blank line above)."""
    out: list[str] = []
    for line in text.strip("\n").splitlines():
        if line.startswith("- ") and out and out[-1].strip() and not out[-1].startswith("- "):
            out.append("")
        out.append(line)
    return "\n".join(out)


def rows_markup(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    return "\n".join("| " + " | ".join(r) + " |" for r in [header, *rows])


def numbered(risks: tuple[Risk, ...], prefix: str = "") -> list[tuple[str, ...]]:
    return [(f"{prefix}{i}", *r) for i, r in enumerate(risks, 1)]


def plain_risks(risks: tuple[Risk, ...], header: tuple[str, str, str, str]) -> str:
    """A risk table typed into a plain mail."""
    return text_table([header, *risks])


def one_line(p: Person, sep: str = ", ") -> str:
    return sep.join(x for x in (p.name, p.role, p.org, p.phone, p.email) if x)


def squeeze(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text)


# ==========================================================================================
# A  Vestvik kommune (nb): cover letter PDF with contact table, DPIA in the municipality's
#    numbered Word template, approval as a scanned extract («særutskrift») of the minutes of
#    the chief executive's management group.
# ==========================================================================================

A_SENDER = "Marianne Tofte <marianne.tofte@vestvik.kommune.no>"
A_TOFTE = Person(
    "Marianne Tofte",
    "rådgiver informasjonssikkerhet og personvern",
    "56 30 10 47",
    "marianne.tofte@vestvik.kommune.no",
)
A_HAMMER = Person(
    "Tone Vik Hammer",
    "virksomhetsleder Helse og omsorg",
    "48 21 33 07",
    "tone.vik.hammer@vestvik.kommune.no",
)
A_KVAM = Person(
    "Hanne Kvam", "kommunalsjef oppvekst", "47 66 20 91", "hanne.kvam@vestvik.kommune.no"
)
A_DPO = Person(
    "Per-Arne Lunde", "personvernombud", "91 44 02 18", "per-arne.lunde@vestvik.kommune.no"
)
A_OMSORG = Person(
    "Siri Amundsen",
    "kundeansvarlig",
    "22 90 14 50",
    "siri.amundsen@omsorgsteknikk.no",
    "Omsorgsteknikk AS",
)
A_IKT = Person(
    "Lars Ødegård", "daglig leder", "56 30 12 00", "lars.odegard@vestvikikt.no", "Vestvik IKT IKS"
)

A_SIGNATURE = txt("""
    Med hilsen

    Marianne Tofte
    rådgiver informasjonssikkerhet og personvern
    Stab for digitalisering
    Vestvik kommune

    Telefon: 56 30 10 47
    E-post: marianne.tofte@vestvik.kommune.no
    Postadresse: Postboks 100, 5690 Vestvik
    www.vestvik.kommune.no
""")


def a_letter(
    topic: Topic,
    rows: list[tuple[str, str, str, str]],
    ref: str,
    date: str,
    enclosures: list[str],
    signer: str = "Kjersti Lid\nkommunedirektør",
) -> bytes:
    """The formal letter («Anmodning om forhåndsdrøftelse») with the contact table."""
    table = rows_markup(("Rolle", "Navn", "Telefon", "E-post"), [tuple(r) for r in rows])
    encl = "\n".join(f"- {e}" for e in enclosures)
    markup = f"""
~ VESTVIK KOMMUNE
~ Stab for digitalisering

~ Datatilsynet
~ Postboks 458 Sentrum
~ 0105 Oslo

~ Vår ref.: {ref}
~ Dato: {date}

# Anmodning om forhåndsdrøftelse – {topic.title}

{topic.summary} Kommunen har gjennomført en vurdering av personvernkonsekvenser (DPIA). Etter tiltakene står det igjen høy risiko for de registrertes rettigheter og friheter, og vi ber derfor om forhåndsdrøftelse etter personvernforordningen artikkel 36.

## Kontaktopplysninger

{table}

## Vedlegg

{encl}

Spørsmål om saken kan rettes til kontaktpersonen over.

~ Med hilsen
~ {signer.replace(chr(10), chr(10) + "~ ")}

~ Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.
"""
    return to_pdf(markup, title=f"Anmodning om forhåndsdrøftelse – {topic.title}")


def a_dpia(
    topic: Topic, p2: str, p3: str, p4: str, p5: str, version: str = "1.0", date: str = ""
) -> bytes:
    """The municipality's DPIA template; each section body is given as markup."""
    markup = f"""
# Vurdering av personvernkonsekvenser (DPIA)

~ Tiltak: {topic.title[0].upper() + topic.title[1:]}
~ Versjon: {version}
~ Dato: {date}
~ Eier: Vestvik kommune

# 1 Sammendrag

{topic.summary} Vurderingen er gjort etter personvernforordningen artikkel 35 og kommunens mal for DPIA.

# 2 Systematisk beskrivelse av behandlingen

{doc(p2)}

# 3 Vurdering av nødvendighet og forholdsmessighet

{doc(p3)}

# 4 Risikovurdering

{doc(p4)}

# 5 Ledelsens behandling

{doc(p5)}
"""
    return to_docx(markup)


def a_risks(risks: tuple[Risk, ...], not_taken: str = "") -> str:
    out = "Skala: Lav / Middels / Høy. Vurderingen er gjort etter tiltak.\n\n"
    out += rows_markup(("Nr", "Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"), numbered(risks))
    if not_taken:
        out += "\n\n## Tiltak som er vurdert, men ikke gjennomført\n\n" + not_taken
    return out


def a_saerutskrift(topic: Topic, meeting: str, sak: str, points: str, decision: str) -> bytes:
    page = f"""VESTVIK KOMMUNE
SÆRUTSKRIFT

Utvalg: Kommunedirektørens ledergruppe
Møtedato: {meeting}
Saksnr.: {sak}

Sak {sak} Vurdering av personvernkonsekvenser – {topic.title}

Saksframlegg ved rådgiver informasjonssikkerhet og personvern Marianne Tofte og personvernombud Per-Arne Lunde.

{points}

Vedtak:
{decision}

Rett utskrift bekreftes
Vestvik, {meeting}
Guro Lie, utvalgssekretær
(signert)"""
    return scan_pdf([page])


# ==========================================================================================
# B  Fjellnett Kraft AS (nn): short mails in nynorsk under capital headings, now and then an
#    ODT; external DPO at a law firm.
# ==========================================================================================

B_HOVLAND = Person("Eirik Hovland", "fagleiar måling", "957 12 348", "eirik.hovland@fjellnett.no")
B_VIK = Person("Ragnhild Vik", "leiar linjeavdelinga", "916 40 552", "ragnhild.vik@fjellnett.no")
B_DPO = Person(
    "Marte Sæbø",
    "personvernombod",
    "57 67 21 00",
    "marte@lidsaebo.no",
    "Lid & Sæbø Advokatfirma AS",
)
B_NETTSKY = Person(
    "Gunnar Tveit", "prosjektleiar", "412 55 983", "gunnar.tveit@nettsky.no", "Nettsky Analyse AS"
)
B_SENDER_HOVLAND = "Eirik Hovland <eirik.hovland@fjellnett.no>"
B_SENDER_VIK = "Ragnhild Vik <ragnhild.vik@fjellnett.no>"


def b_signature(p: Person) -> str:
    return txt(f"""
        Helsing
        {p.name}
        {p.role[0].upper() + p.role[1:]}, Fjellnett Kraft AS
        Mob. {p.phone}
        {p.email}
        Fjellnett Kraft AS, Elvegata 12, 6868 Fjellheim – fjellnett.no
    """)


def b_odt(title: str, sections: list[tuple[str, str]], head: str = "") -> bytes:
    markup = f"# {title}\n\n" + (head + "\n\n" if head else "")
    markup += "\n\n".join(f"# {h}\n\n{doc(body)}" for h, body in sections)
    return to_odt(markup)


# ==========================================================================================
# C  Skarvik Offshore Services AS (en): the DPO sends; the DPIA is a PDF with a document
#    control block and numbered sections; approval by the Executive Management Team (EMT).
# ==========================================================================================

C_SENDER = "Anders Bø <anders.bo@skarvik-offshore.com>"
C_MARSH = Person(
    "Helen Marsh",
    "HSE Director",
    "+47 51 84 22 10",
    "helen.marsh@skarvik-offshore.com",
    "Skarvik Offshore Services AS",
)
C_DPO = Person(
    "Anders Bø",
    "Data Protection Officer",
    "+47 928 41 006",
    "anders.bo@skarvik-offshore.com",
    "Skarvik Offshore Services AS",
)
C_VIGILO = Person(
    "Callum Reid",
    "Account Director",
    "+44 1224 555 781",
    "callum.reid@vigilohealth.co.uk",
    "Vigilo Health Ltd, Aberdeen",
)
C_NORDLAB = Person(
    "Mette Kjær",
    "Quality Manager",
    "+45 33 18 42 90",
    "mk@nordlab.dk",
    "NordLab Testing ApS, Copenhagen",
)

C_SIGNATURE = txt("""
    Kind regards,

    Anders Bø
    Data Protection Officer
    Skarvik Offshore Services AS
    Forusbeen 78, 4033 Stavanger, Norway
    Direct: +47 928 41 006 | anders.bo@skarvik-offshore.com

    This e-mail may contain confidential information. If you have received it in error,
    please notify the sender and delete it.
""")


def c_contacts(people: list[tuple[str, Person | None, str]]) -> str:
    """Rows: role, person (None for a row the case fills itself), free text when no person."""
    rows = []
    for role, p, other in people:
        if p is None:
            rows.append((role, other, "", ""))
        else:
            rows.append((role, f"{p.name}, {p.role}, {p.org}", p.phone, p.email))
    return rows_markup(("Role", "Name / organisation", "Phone", "E-mail"), rows)


def c_dpia(
    topic: Topic,
    ref: str,
    date: str,
    p1: str,
    p2: str,
    p3: str,
    p4: str,
    p5: str,
    version: str = "1.0",
) -> bytes:
    markup = f"""
# Data Protection Impact Assessment

## {topic.title[0].upper() + topic.title[1:]}

| Document | {ref} |
| Version | {version} |
| Date | {date} |
| Owner | HSE Director |
| Classification | Confidential |

# 1 Contacts

{doc(p1)}

# 2 Description of the processing

{doc(p2)}

# 3 Necessity and proportionality

{doc(p3)}

# 4 Risk assessment

{doc(p4)}

# 5 Management sign-off

{doc(p5)}
"""
    return to_pdf(markup, title=f"DPIA {ref}")


def c_risks(risks: tuple[Risk, ...], not_taken: str = "") -> str:
    out = "Likelihood and severity are rated Low / Medium / High after controls.\n\n"
    out += rows_markup(
        ("ID", "Risk to data subjects", "Likelihood", "Severity", "Controls"), numbered(risks, "R")
    )
    if not_taken:
        out += "\n\n## Measures considered but not implemented\n\n" + not_taken
    return out


# ==========================================================================================
# D  Midtbyen Parkering AS (nb): the legal adviser writes; contacts as label lines in the mail;
#    a Word document with plain headings, a risk register in Excel (1–5 scales), approval as
#    the managing director's e-mail forwarded as an attachment.
# ==========================================================================================

D_SENDER = "Camilla Aune <camilla.aune@midtbyen-parkering.no>"
D_AUNE = Person(
    "Camilla Aune",
    "juridisk rådgiver",
    "73 50 44 12",
    "camilla.aune@midtbyen-parkering.no",
    "Midtbyen Parkering AS",
)
D_STORVIK = Person(
    "Rune Storvik",
    "daglig leder",
    "478 01 123",
    "rune.storvik@midtbyen-parkering.no",
    "Midtbyen Parkering AS",
)
D_DPO = Person(
    "Kjetil Brå",
    "personvernombud",
    "922 10 456",
    "kjetil@personvernpartner.no",
    "PersonvernPartner AS",
)
D_SKILT = Person(
    "Morten Lie", "teknisk ansvarlig", "45 01 77 32", "morten.lie@skiltdata.no", "Skiltdata AS"
)
D_VAKT = Person(
    "Nina Berg", "kundeansvarlig", "400 12 987", "nina.berg@vaktvideo.no", "Vaktvideo Norge AS"
)

D_SIGNATURE = txt("""
    Vennlig hilsen
    Camilla Aune
    Juridisk rådgiver | Midtbyen Parkering AS
    Tlf 73 50 44 12
    Kjøpmannsgata 30, 7013 Trondheim
""")


def d_contact_lines(contact: Person, dpo: Person | str, processor: Person | str) -> str:
    def line(label: str, p: Person | str) -> str:
        if isinstance(p, str):
            return f"{label}: {p}"
        org = f" ({p.org})" if p.org and p.org != "Midtbyen Parkering AS" else ""
        return f"{label}: {p.name}{org}, tlf. {p.phone}, {p.email}"

    return "\n".join(
        [
            line("Kontaktperson", contact),
            line("Personvernombud", dpo),
            line("Databehandler", processor),
        ]
    )


def d_docx(topic: Topic, p2: str, p3: str, p4: str, p5: str) -> bytes:
    markup = f"""
# {topic.title[0].upper() + topic.title[1:]} – beskrivelse og vurdering av personvernkonsekvenser

~ Midtbyen Parkering AS
~ Utarbeidet av: Camilla Aune, med bistand fra personvernombudet

# Hva skal vi gjøre

{doc(p2)}

# Hvorfor – og hvorfor på denne måten

{doc(p3)}

# Risiko

{doc(p4)}

# Godkjenning

{doc(p5)}
"""
    return to_docx(markup)


def d_score(level: str) -> str:
    return {"Lav": "2", "Middels": "3", "Høy": "4"}[level]


def d_register(risks: tuple[Risk, ...], not_taken: str) -> bytes:
    rows = [
        ["ID", "Risiko", "Sannsynlighet (1-5)", "Konsekvens (1-5)", "Score", "Tiltak", "Status"]
    ]
    for i, (risk, lik, con, measure) in enumerate(risks, 1):
        s, k = d_score(lik), d_score(con)
        rows.append([f"R{i}", risk, s, k, str(int(s) * int(k)), measure, "Planlagt før oppstart"])
    notes = [["Tiltak vurdert, men ikke gjennomført"], [not_taken]]
    return to_xlsx({"Risikoregister": rows, "Ikke gjennomført": notes})


# ==========================================================================================
# E  Klinikk Nordlys AS (nb): the quality manager writes an HTML mail with the contacts in an
#    HTML table; the DPIA is a PDF with question headings; approval a scanned page from the
#    management meeting, or a line in the DPIA.
# ==========================================================================================

E_SENDER = "Lene Pedersen <lene.pedersen@klinikknordlys.no>"
E_PEDERSEN = Person(
    "Lene Pedersen",
    "kvalitetsleder",
    "77 60 21 47",
    "lene.pedersen@klinikknordlys.no",
    "Klinikk Nordlys AS",
)
E_ELIASSEN = Person(
    "Sunniva Eliassen",
    "medisinsk direktør",
    "77 60 21 40",
    "sunniva.eliassen@klinikknordlys.no",
    "Klinikk Nordlys AS",
)
E_DPO = Person(
    "Trond Isaksen",
    "personvernombud",
    "913 40 227",
    "personvernombud@klinikknordlys.no",
    "Klinikk Nordlys AS",
)
E_DERMA = Person(
    "Johan Lindqvist",
    "kundeansvarlig Norden",
    "+46 8 555 210 34",
    "johan.lindqvist@dermasight.se",
    "DermaSight AB",
)
E_KONSULTIO = Person(
    "Ragnhild Moe", "kundeansvarlig", "934 00 112", "ragnhild.moe@konsultio.no", "Konsultio AS"
)

E_SIGNATURE_TEXT = "Med vennlig hilsen\nLene Pedersen\nKvalitetsleder, Klinikk Nordlys AS\nTlf. 77 60 21 47\nStorgata 91, 9008 Tromsø"


def e_contact_table(rows: list[tuple[str, str, str, str]]) -> str:
    return rows_markup(("Rolle", "Navn", "Telefon", "E-post"), rows)


def e_pdf(topic: Topic, p2: str, p3: str, p4: str, p5: str, status: str = "Endelig") -> bytes:
    markup = f"""
# Personvernkonsekvensvurdering: {topic.title}

~ Klinikk Nordlys AS
~ Status: {status}
~ Ansvarlig: medisinsk direktør Sunniva Eliassen
~ Utarbeidet av: kvalitetsleder Lene Pedersen og personvernombud Trond Isaksen

# Om behandlingen

{doc(p2)}

# Er behandlingen nødvendig og forholdsmessig?

{doc(p3)}

# Risiko for pasientene

{doc(p4)}

# Godkjenning i ledelsen

{doc(p5)}
"""
    return to_pdf(markup, title=f"DPIA {topic.title}")


def e_risks(risks: tuple[Risk, ...], not_taken: str = "") -> str:
    out = rows_markup(("Hva kan skje", "Sannsynlighet", "Konsekvens", "Dette gjør vi"), list(risks))
    if not_taken:
        out += "\n\n" + not_taken
    return out


def e_approval_scan(topic: Topic, meeting: str, sak: str, body: str) -> bytes:
    page = f"""KLINIKK NORDLYS AS
Referat fra ledermøte {meeting}

Til stede: Sunniva Eliassen (medisinsk direktør), Øystein Hansen (administrerende direktør), Lene Pedersen (kvalitetsleder), Marit Solheim (leder hudpoliklinikken). Personvernombud Trond Isaksen møtte i sak {sak}.

Sak {sak}: Personvernkonsekvensvurdering – {topic.title}

{body}

Tromsø, {meeting}

Øystein Hansen            Sunniva Eliassen
adm. direktør             medisinsk direktør
(sign.)                   (sign.)"""
    return scan_pdf([page])


# ==========================================================================================
# F  Fjordbanken Sparebank (nn): the legal adviser sends a formal letter-mail and one file per
#    part, usually in a ZIP; risk in Excel; approval an extract of the board minutes.
# ==========================================================================================

F_SENDER = "Kristin Løkken <kristin.lokken@fjordbanken.no>"
F_LOKKEN = Person(
    "Kristin Løkken",
    "juridisk rådgjevar",
    "57 72 30 22",
    "kristin.lokken@fjordbanken.no",
    "Fjordbanken Sparebank",
)
F_MYKLEBUST = Person(
    "Solveig Myklebust",
    "leiar for antikvitvask",
    "57 72 30 10",
    "solveig.myklebust@fjordbanken.no",
    "Fjordbanken Sparebank",
)
F_HOLE = Person(
    "Arnstein Hole",
    "leiar kundesenteret",
    "57 72 30 40",
    "arnstein.hole@fjordbanken.no",
    "Fjordbanken Sparebank",
)
F_DPO = Person(
    "Ivar Nygard",
    "personvernombod",
    "57 72 30 99",
    "ivar.nygard@fjordbanken.no",
    "Fjordbanken Sparebank",
)
F_KJERNE = Person(
    "Leif Rønneberg",
    "kundeansvarleg",
    "55 20 88 00",
    "leif.ronneberg@kjernebankvest.no",
    "Kjernebank Vest AS",
)
F_VOICE = Person(
    "Hilde Osland", "dagleg leiar", "482 19 660", "hilde.osland@voicekey.no", "VoiceKey Nordic AS"
)

F_SIGNATURE = txt("""
    Med venleg helsing

    Kristin Løkken
    Juridisk rådgjevar
    Fjordbanken Sparebank
    Hovudvegen 4, 6800 Førde
    Tlf. 57 72 30 22
""")


def f_contacts_pdf(rows: list[tuple[str, str, str, str, str]]) -> bytes:
    table = rows_markup(("Rolle", "Namn", "Verksemd", "Telefon", "E-post"), rows)
    return to_pdf(f"# Vedlegg 1 – Kontaktinformasjon\n\n{table}", title="Kontaktinformasjon")


def f_contact_rows(contact: Person, processor: Person) -> list[tuple[str, str, str, str, str]]:
    return [
        ("Kontaktperson", contact.name, contact.org, contact.phone, contact.email),
        ("Personvernombod", F_DPO.name, F_DPO.org, F_DPO.phone, F_DPO.email),
        ("Databehandlar", processor.name, processor.org, processor.phone, processor.email),
    ]


def f_part_docx(number: int, title: str, body: str) -> bytes:
    return to_docx(f"# Vedlegg {number} – {title}\n\n~ Fjordbanken Sparebank\n\n{doc(body)}")


def f_risk_xlsx(risks: tuple[Risk, ...], not_taken: str) -> bytes:
    rows = [["Nr", "Risiko for dei registrerte", "Sannsyn", "Konsekvens", "Tiltak"]]
    rows += [[str(i), *r] for i, r in enumerate(risks, 1)]
    return to_xlsx(
        {
            "Risikovurdering": rows,
            "Tiltak ikkje gjennomførte": [["Vurdert, ikkje gjennomført"], [not_taken]],
        }
    )


def f_board_scan(topic: Topic, meeting: str, sak: str, body: str) -> bytes:
    page = f"""FJORDBANKEN SPAREBANK
Utdrag frå protokoll frå styremøte {meeting}

Sak {sak} Personvernkonsekvensvurdering – {topic.title}

{body}

Rett utdrag: Førde, {meeting}
Kari Bjørlo, styresekretær (sign.)"""
    return scan_pdf([page])


# ==========================================================================================
# G  Transnordic Logistics Norway AS (en): short mails from operations; the group's Word
#    template with Parts A–E; group DPO in Rotterdam.
# ==========================================================================================

G_SENDER = "Marius Lindgren <marius.lindgren@transnordic.no>"
G_LINDGREN = Person(
    "Marius Lindgren",
    "Operations Manager",
    "+47 948 22 610",
    "marius.lindgren@transnordic.no",
    "Transnordic Logistics Norway AS",
)
G_NOWAK = Person(
    "Tomasz Nowak",
    "Terminal Manager Alnabru",
    "+47 905 17 334",
    "tomasz.nowak@transnordic.no",
    "Transnordic Logistics Norway AS",
)
G_DPO = Person(
    "Sanne de Vries",
    "Group Data Protection Officer",
    "+31 10 744 2190",
    "sanne.devries@transnordic.eu",
    "Transnordic Logistics B.V., Rotterdam",
)
G_CABSENSE = Person(
    "Pieter Janssen",
    "Customer Success Manager",
    "+31 20 808 4412",
    "p.janssen@cabsense.nl",
    "CabSense B.V., Amsterdam",
)
G_PICKRATE = Person(
    "Emma Clarke",
    "Implementation Lead",
    "+44 161 555 0192",
    "emma.clarke@pickrate.co.uk",
    "Pickrate Ltd, Manchester",
)


def g_signature(p: Person) -> str:
    return txt(f"""
        Best regards
        {p.name}
        {p.role} | Transnordic Logistics Norway AS
        M: {p.phone}
        Alnabruveien 15, 0668 Oslo
    """)


def g_contact_block(entries: list[tuple[str, Person | str]]) -> str:
    rows = []
    for label, p in entries:
        if isinstance(p, str):
            rows.append((label, p, "", ""))
        else:
            rows.append((label, f"{p.name} ({p.org})", p.phone, p.email))
    return rows_markup(("", "Name", "Telephone", "Email"), rows)


def g_docx(topic: Topic, version: str, pa: str, pb: str, pc: str, pd: str, pe: str) -> bytes:
    markup = f"""
# Data Protection Impact Assessment – {topic.title}

~ Transnordic Group DPIA template v3 – completed by Transnordic Logistics Norway AS
~ Version {version}

# Part A – Contacts

{doc(pa)}

# Part B – Description of the processing

{doc(pb)}

# Part C – Necessity and proportionality

{doc(pc)}

# Part D – Risk assessment

{doc(pd)}

# Part E – Approval

{doc(pe)}
"""
    return to_docx(markup)


def g_risks(risks: tuple[Risk, ...], not_taken: str = "") -> str:
    out = rows_markup(("Risk", "Likelihood", "Impact", "Mitigation"), list(risks))
    if not_taken:
        out += "\n\nNot implemented: " + not_taken
    return out


# ==========================================================================================
# H  Puls Trening AS (nb): the managing director writes everything in the mail body himself,
#    short, with lower-case headings; internal DPO.
# ==========================================================================================

H_SENDER = "Kristoffer Dahl <kristoffer@pulstrening.no>"
H_DAHL = Person(
    "Kristoffer Dahl", "daglig leder", "936 11 245", "kristoffer@pulstrening.no", "Puls Trening AS"
)
H_DPO = Person(
    "Mari Haugland",
    "personvernombud",
    "458 77 302",
    "mari.haugland@pulstrening.no",
    "Puls Trening AS",
)
H_FACEGATE = Person("Ole Martin Sørli", "", "400 55 118", "oms@facegate.no", "FaceGate AS")
H_VAKT = Person("Ida Rustad", "", "22 44 90 10", "ida.rustad@vaktsenterost.no", "Vaktsenter Øst AS")

H_SIGNATURE = txt("""
    Mvh
    Kristoffer Dahl
    daglig leder, Puls Trening AS
    936 11 245
""")


# ==========================================================================================
# I  Høgskolen i Østmark (nb): the archive sends; a cover letter in Word with a contact table;
#    the DPIA as a PDF with a signature table under «Behandling i ledelsen».
# ==========================================================================================

I_SENDER = "Høgskolen i Østmark <postmottak@hiost.no>"
I_FJELDSTAD = Person(
    "Anne-Lise Fjeldstad",
    "seksjonssjef eksamen",
    "62 51 70 22",
    "anne-lise.fjeldstad@hiost.no",
    "Høgskolen i Østmark",
)
I_NYMOEN = Person(
    "Sverre Nymoen",
    "studiedirektør",
    "62 51 70 05",
    "sverre.nymoen@hiost.no",
    "Høgskolen i Østmark",
)
I_DPO = Person(
    "Bjørn Haugen", "personvernombud", "62 51 70 90", "bjorn.haugen@hiost.no", "Høgskolen i Østmark"
)
I_PROCTORLY = Person(
    "Rasmus Holm", "Key Account Manager", "+45 70 20 55 31", "rh@proctorly.dk", "Proctorly ApS"
)
I_UNIANALYSE = Person(
    "Vegard Sund", "rådgiver", "911 23 876", "vegard.sund@unianalyse.no", "UniAnalyse AS"
)

I_ARCHIVE_FOOTER = txt("""
    Med hilsen
    Arkivtjenesten
    Høgskolen i Østmark
    postmottak@hiost.no | sentralbord 62 51 70 00

    Vi ber om at svar merkes med vår referanse.
""")


def i_cover(
    topic: Topic,
    ref: str,
    date: str,
    contact: Person,
    processor: Person,
    enclosures: list[str],
    extra: str = "",
) -> bytes:
    rows = [
        ("Kontaktperson", f"{contact.name}, {contact.role}", contact.phone, contact.email),
        ("Personvernombud", I_DPO.name, I_DPO.phone, I_DPO.email),
        (
            f"Databehandler ({processor.org})",
            f"{processor.name}, {processor.role}",
            processor.phone,
            processor.email,
        ),
    ]
    table = rows_markup(("", "Navn", "Telefon", "E-post"), rows)
    encl = "\n".join(f"- {e}" for e in enclosures)
    markup = f"""
~ Høgskolen i Østmark
~ Postboks 400, 2418 Elverum

~ Datatilsynet
~ Vår ref.: {ref}
~ Dato: {date}

# Anmodning om forhåndsdrøftelse – {topic.title}

{topic.summary} Høgskolen har gjennomført en vurdering av personvernkonsekvenser og ber om forhåndsdrøftelse etter personvernforordningen artikkel 36, fordi vurderingen viser at det fortsatt er høy risiko etter de tiltakene vi har satt i verk.

{extra}

# Kontaktinformasjon

{table}

# Vedlegg

{encl}

~ Med hilsen

~ Sverre Nymoen
~ studiedirektør
"""
    return to_docx(markup)


def i_dpia(
    topic: Topic,
    summary: str,
    p2: str,
    p3: str,
    p4: str,
    p5: str,
    signatures: list[tuple[str, str, str, str]] | None = None,
) -> bytes:
    sig = rows_markup(("Rolle", "Navn", "Dato", "Signatur"), signatures) if signatures else ""
    markup = f"""
# Vurdering av personvernkonsekvenser – {topic.title}

~ Høgskolen i Østmark

# Sammendrag

{doc(summary)}

# Beskrivelse av behandlingen

{doc(p2)}

# Nødvendighet og forholdsmessighet

{doc(p3)}

# Risikovurdering

{doc(p4)}

# Behandling i ledelsen

{doc(p5)}

{sig}
"""
    return to_pdf(markup, title=f"DPIA {topic.title}")


def i_risks(risks: tuple[Risk, ...], not_taken: str = "") -> str:
    out = rows_markup(("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"), list(risks))
    if not_taken:
        out += "\n\n## Tiltak vurdert, ikke gjennomført\n\n" + not_taken
    return out


# ==========================================================================================
# J  Trygt Hjem Forsikring AS (nb): the compliance manager writes; contacts as label lines in
#    the mail; DPIA PDF, risk matrix in Excel, extract of the board minutes as a PDF.
# ==========================================================================================

J_SENDER = "Elin Bakke <elin.bakke@trygthjem.no>"
J_BAKKE = Person(
    "Elin Bakke",
    "compliance manager",
    "21 09 44 50",
    "elin.bakke@trygthjem.no",
    "Trygt Hjem Forsikring AS",
)
J_BERGE = Person(
    "Thomas Berge",
    "produktsjef bil",
    "21 09 44 61",
    "thomas.berge@trygthjem.no",
    "Trygt Hjem Forsikring AS",
)
J_DPO = Person(
    "Jostein Rød",
    "personvernombud",
    "21 09 44 99",
    "jostein.rod@trygthjem.no",
    "Trygt Hjem Forsikring AS",
)
J_DRIVE = Person(
    "Henrik Aas", "leveranseansvarlig", "468 20 311", "henrik.aas@drivescore.no", "DriveScore AS"
)
J_MONSTER = Person(
    "Linn Strand",
    "partner",
    "994 01 725",
    "linn.strand@monsteranalytics.no",
    "Mønster Analytics AS",
)

J_SIGNATURE = txt("""
    Med vennlig hilsen

    Elin Bakke
    Compliance Manager
    Trygt Hjem Forsikring AS
    Dronning Eufemias gate 20, 0191 Oslo
    Tlf.: 21 09 44 50 | Mob.: 990 12 845
    elin.bakke@trygthjem.no

    Trygt Hjem Forsikring AS – org.nr. 998 112 334
    Denne e-posten kan inneholde taushetsbelagt informasjon. Har du mottatt den ved en feil, ber vi deg gi beskjed og slette den.
""")


def j_contact_lines(contact: Person, processor: Person | str) -> str:
    proc = (
        processor
        if isinstance(processor, str)
        else f"{processor.org}, v/ {processor.name} ({processor.role}), tlf. {processor.phone}, {processor.email}"
    )
    return txt(f"""
        Behandlingsansvarlig: Trygt Hjem Forsikring AS (org.nr. 998 112 334)
        Kontaktperson: {contact.name}, {contact.role}, tlf. {contact.phone}, {contact.email}
        Personvernombud: {J_DPO.name}, tlf. {J_DPO.phone}, {J_DPO.email}
        Databehandler: {proc}
    """)


def j_pdf(topic: Topic, p2: str, p3: str, p4: str, p5: str, version: str = "1.0") -> bytes:
    markup = f"""
# DPIA – {topic.title}

~ Trygt Hjem Forsikring AS | Versjon {version} | Klassifisering: Intern

# 1. Om behandlingen

{doc(p2)}

# 2. Nødvendighet og proporsjonalitet

{doc(p3)}

# 3. Risikovurdering

{doc(p4)}

# 4. Ledelsens behandling

{doc(p5)}
"""
    return to_pdf(markup, title=f"DPIA {topic.title}")


def j_matrix(risks: tuple[Risk, ...], not_taken: str) -> bytes:
    rows = [["#", "Risiko for kunden", "Sannsynlighet", "Konsekvens", "Risikonivå", "Tiltak"]]
    level = {"Lav": 1, "Middels": 2, "Høy": 3}
    for i, (risk, lik, con, measure) in enumerate(risks, 1):
        score = level[lik] * level[con]
        rows.append(
            [
                str(i),
                risk,
                lik,
                con,
                "Høy" if score >= 6 else "Middels" if score >= 3 else "Lav",
                measure,
            ]
        )
    return to_xlsx(
        {
            "Risikomatrise": rows,
            "Ikke gjennomført": [["Tiltak vurdert, men ikke gjennomført"], [not_taken]],
        }
    )


def j_board_pdf(topic: Topic, meeting: str, sak: str, body: str) -> bytes:
    markup = f"""
# Utdrag av protokoll fra styremøte i Trygt Hjem Forsikring AS

~ Møtedato: {meeting}
~ Sted: Dronning Eufemias gate 20, Oslo

# Sak {sak} – DPIA: {topic.title}

{doc(body)}

~ Protokollen er godkjent og signert elektronisk av styrets medlemmer.
~ Rett utdrag bekreftes: Elin Bakke, styresekretær
"""
    return to_pdf(markup, title=f"Styreprotokoll sak {sak}")
