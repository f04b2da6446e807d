# ruff: noqa: E501
"""The ten senders of blind20: people, signatures and each sender's own document habits.

Every builder takes a topic and knobs that say what a case leaves out or how it tells a part;
the label is set in cases_z.py, next to the call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from kit import (
    html_from_text,
    message,
    quoted,
    scan_image,
    scan_pdf,
    to_docx,
    to_html,
    to_odt,
    to_pdf,
    to_xlsx,
    to_zip,
    when,
)
from topics import T, Topic


def flat(text: str) -> str:
    """A mail body written indented in the source: every line's indentation dropped."""
    lines = [line.strip() for line in text.strip("\n").splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)


def nb_date(date: str) -> str:
    d = parsedate_to_datetime(date)
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    phone: str
    email: str

    @property
    def addr(self) -> str:
        return f"{self.name} <{self.email}>"


def bullets(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"- {i}" for i in items)


def risk_table(t: Topic, head: tuple[str, str, str, str]) -> str:
    rows = [f"| {' | '.join(head)} |"] + [f"| {r} | {s} | {k} | {m} |" for r, s, k, m in t.risks]
    return "\n".join(rows)


def risk_bullets(t: Topic, lang: str) -> str:
    w = {
        "nb": ("sannsynlighet", "konsekvens", "tiltak"),
        "nn": ("sannsyn", "konsekvens", "tiltak"),
        "en": ("likelihood", "impact", "mitigation"),
    }[lang]
    return bullets(
        [
            f"{r} ({w[0]}: {s.lower()}, {w[1]}: {k.lower()}). {w[2].capitalize()}: {m}."
            for r, s, k, m in t.risks
        ]
    )


def not_taken(t: Topic, lang: str) -> str:
    w = {
        "nb": "Vurdert, men ikke gjennomført",
        "nn": "Vurdert, men ikkje gjennomført",
        "en": "Considered but not adopted",
    }[lang]
    return bullets(
        [
            f"{w}: {m}. Begrunnelse: {why}."
            if lang == "nb"
            else (
                f"{w}: {m}. Grunngjeving: {why}." if lang == "nn" else f"{w}: {m}. Reason: {why}."
            )
            for m, why in t.not_taken
        ]
    )


def proc_line(t: Topic) -> str:
    p = t.processor
    assert p is not None
    return f"{p.org} (org.nr. {p.orgnr}), {p.address}, v/ {p.person}, {p.role}, tlf. {p.phone}, {p.email}"


# =============================================================================================
# A: Bergnes kommune (nb) – label lines in the mail, DOCX DPIA on the municipal template,
# processor's contact under «Roller og ansvar», approval as a printed protocol (PDF)
# =============================================================================================

A_CONTACT = Person(
    "Tone Marie Hauge",
    "rådgiver digitalisering",
    "+47 913 44 207",
    "tone.marie.hauge@bergnes.kommune.no",
)
A_DPO = Person(
    "Arild Fossum", "personvernombud", "+47 958 12 034", "arild.fossum@bergnes.kommune.no"
)
A_DPO_NEW = Person(
    "Hanne Brekke Lund", "personvernombud", "+47 473 90 215", "hanne.lund@bergnes.kommune.no"
)
A_DOMAIN = "bergnes.kommune.no"

A_SIG = """Med vennlig hilsen

Tone Marie Hauge
rådgiver digitalisering | Kommunedirektørens stab
Bergnes kommune
Rådhusplassen 1, 3470 Bergnes
www.bergnes.kommune.no
"""


def a_dpia(t: Topic, *, risk: str = "full", conclusion: str = "") -> str:
    p = t.processor
    assert p is not None
    if risk == "full":
        risk_md = f"""Risikoene er vurdert etter kommunens ROS-metodikk (sannsynlighet og konsekvens i tre nivåer).

{risk_table(t, ("Uønsket hendelse", "Sannsynlighet", "Konsekvens", "Tiltak"))}

## 4.1 Tiltak som er vurdert, men ikke gjennomført

{not_taken(t, "nb")}

## 4.2 Restrisiko

{t.residual}"""
    else:  # «se vedlegg 3», and vedlegg 3 is not attached
        risk_md = """Risikovurderingen er gjennomført i kommunens ROS-verktøy i samarbeid med leverandøren og personvernombudet. Se vedlegg 3 for fullstendig risikomatrise med tiltak.

Samlet vurderes risikoen som høy, jf. vedlegg 3."""
    return f"""# Vurdering av personvernkonsekvenser (DPIA)

~ Bergnes kommune
~ Tiltak: {t.title}
~ Versjon: 1.2
~ Dokumenteier: Kommunedirektøren

# 1 Innledning og bakgrunn

{t.what}

# 2 Beskrivelse av behandlingen

## 2.1 Omfang og kategorier av personopplysninger

{t.scope}

## 2.2 Informasjonsflyt, lagring og mottakere

{t.flow}

## 2.3 Roller og ansvar

Bergnes kommune ved kommunedirektøren er behandlingsansvarlig. {p.org} er databehandler etter databehandleravtale av 1. oktober 2026. Kontaktperson hos databehandler: {p.person}, {p.role}, telefon {p.phone}, e-post {p.email}.

# 3 Er behandlingen nødvendig og forholdsmessig?

{t.necessity}

{t.proportionality}

Tiltak for å ivareta de registrertes rettigheter:

{bullets(t.safeguards)}

# 4 Risikovurdering

{risk_md}

# 5 Medvirkning

{t.stakeholders}

# 6 Konklusjon

{conclusion or "Kommunedirektøren har vurdert at risikoen ikke kan reduseres tilstrekkelig, og ber derfor om forhåndsdrøftelse med Datatilsynet."}
"""


def a_protocol(t: Topic, organ: str, sak: str, date: str) -> str:
    return f"""# Bergnes kommune – Saksprotokoll

~ Utvalg: {organ}
~ Møtedato: {date}
~ Sak: {sak}

# {t.title} – vurdering av personvernkonsekvenser

## Behandling

Kommunedirektøren la fram DPIA versjon 1.2 med risikovurdering, presentasjon av funnene og uttalelser fra brukerrådet, eldrerådet og tillitsvalgte. Personvernombudet orienterte om sin vurdering og om restrisikoen.

## Vedtak

1. {organ} tar vurderingen av personvernkonsekvenser til etterretning og slutter seg til kommunedirektørens konklusjon.
2. Kommunedirektøren gis fullmakt til å be Datatilsynet om forhåndsdrøftelse.
3. Tiltaket evalueres etter ett år.

Vedtaket var enstemmig.

Rett utskrift: Lise Ødegård, politisk sekretariat
"""


def a_request(
    cid: str,
    key: str,
    date: str,
    *,
    approval: str = "protocol",
    risk: str = "full",
    zip_it: bool = False,
    subject: str = "",
) -> object:
    t = T[key]
    attachments: list[tuple[str, bytes]] = []
    if approval == "pending":
        conclusion = "Saken skal behandles i kommunestyret 12. februar 2027. Kommunedirektøren vil deretter be om forhåndsdrøftelse."
        approval_line = "Saken er ikke ferdig politisk behandlet. Den skal opp i kommunestyret 12. februar 2027, og vi ettersender vedtaket så snart protokollen er godkjent. Vi sender likevel det vi har nå slik at dere kan se på saken."
    elif approval == "prose":
        conclusion = "Formannskapet behandlet denne vurderingen i møte 29. oktober 2026 (sak PS 61/26) og igjen 19. november 2026 (sak PS 70/26), etter at brukerrådet og næringsforeningen hadde gitt innspill. Personvernombudet og prosjektleder presenterte funnene og restrisikoen. Formannskapet sluttet seg enstemmig til vurderingen og ga kommunedirektøren fullmakt til å be om forhåndsdrøftelse."
        approval_line = "Politisk behandling er beskrevet i kapittel 6 i vedlagte DPIA."
    else:
        conclusion = ""
        approval_line = "Vedlagt følger også saksprotokoll fra kommunestyrets behandling."
    dpia = a_dpia(t, risk=risk, conclusion=conclusion)
    names = ["Vedlegg_1_DPIA_" + t.key.upper() + ".docx"]
    files = {names[0]: to_docx(dpia)}
    if approval == "protocol":
        files["Vedlegg_2_Saksprotokoll_KS.pdf"] = to_pdf(
            a_protocol(t, "Kommunestyret", "PS 88/26", "5. november 2026")
        )
    if zip_it:
        attachments.append(("Forhandsdroftelse_Bergnes.zip", to_zip(files)))
    else:
        attachments.extend(files.items())
    vedlegg3 = "\n- Vedlegg 3 Risikomatrise (ROS)" if risk == "see_vedlegg3" else ""
    body = (
        flat(f"""
        Til Datatilsynet

        Bergnes kommune ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for tiltaket «{t.title}».

        Behandlingsansvarlig: Bergnes kommune, org.nr. 964 950 112
        Kontaktperson: {A_CONTACT.name}
        Telefon: {A_CONTACT.phone}
        E-post: {A_CONTACT.email}

        Personvernombud: {A_DPO.name}
        Telefon: {A_DPO.phone}
        E-post: {A_DPO.email}

        Databehandler og kontaktperson der fremgår av DPIA-en, kapittel 2.3.

        {approval_line}

        Vedlegg:
        - Vedlegg 1 DPIA{vedlegg3}
        {"- Vedlegg 2 Saksprotokoll" if approval == "protocol" else ""}

    """)
        + "\n"
        + A_SIG
    )
    return message(
        cid,
        A_CONTACT.addr,
        subject or f"Anmodning om forhåndsdrøftelse – {t.title}",
        date,
        body,
        attachments=attachments,
        cc=A_DPO.email,
    )


# =============================================================================================
# B: Hovdefjell kommune (nn) – contacts in prose, ODT DPIA with own headings, approval a
# scanned protocol from the kommunestyre or told in the body
# =============================================================================================

B_CONTACT = Person(
    "Solveig Rysstad", "rådgjevar", "35 07 12 40", "solveig.rysstad@hovdefjell.kommune.no"
)
B_DPO = Person("Halvor Bjørge", "personvernombod", "+47 481 20 337", "halvor.bjorge@ovredal-ikt.no")

B_SIG = """Helsing
Solveig Rysstad
rådgjevar, kommunalsjef helse og omsorg
Hovdefjell kommune
Sentrum 2, 3880 Hovdefjell
"""


def b_dpia(t: Topic, *, necessity: str = "full", leiing: str = "") -> str:
    if necessity == "full":
        nec = f"""{t.necessity}

{t.proportionality}

Tiltak for å ta vare på rettane til dei registrerte:

{bullets(t.safeguards)}"""
    else:  # «ikkje relevant for oss»
        nec = "Ikkje relevant for oss. Behandlinga er lovpålagd, og kommunen har difor ikkje vurdert naudsyn og proporsjonalitet særskilt."
    return f"""# Personvernkonsekvensvurdering – {t.title}

~ Hovdefjell kommune
~ Utarbeidd av: {B_CONTACT.name}, i samarbeid med personvernombodet
~ Dato: 2. november 2026

# Kva skal vi gjere

{t.what}

# Kven og kva opplysningar det gjeld

{t.scope}

# Korleis opplysningane flyt

{t.flow}

# Kvifor det er naudsynt og rimeleg

{nec}

# Kva kan gå gale og kva gjer vi med det

{risk_table(t, ("Kva kan skje", "Sannsyn", "Konsekvens", "Tiltak"))}

{not_taken(t, "nn")}

Restrisiko: {t.residual}

# Kven har vi snakka med

{t.stakeholders}

# Handsaming i leiinga

{leiing or "Vurderinga vart lagd fram for kommunedirektøren si leiargruppe 27. oktober 2026 og for kommunestyret 12. november 2026, sjå protokoll."}
"""


def b_protocol_text(t: Topic) -> str:
    return f"""HOVDEFJELL KOMMUNE – MØTEBOK

Organ: Kommunestyret. Møtedato: 12.11.2026. Sak PS 64/26

{t.title} – personvernkonsekvensvurdering

Kommunedirektøren la fram personvernkonsekvensvurderinga med funn og risikovurdering. Uttalene frå dei høyrde råda, brukargruppene og dei tillitsvalde låg føre. Personvernombodet gjorde greie for restrisikoen.

Vedtak (samrøystes):
1. Kommunestyret godkjenner personvernkonsekvensvurderinga.
2. Kommunedirektøren får fullmakt til å be Datatilsynet om førehandsdrøfting.

Rett utskrift, 13.11.2026
Eli Kvålseth, sekretær"""


def b_request(
    cid: str, key: str, date: str, *, approval: str = "scan", necessity: str = "full"
) -> object:
    t = T[key]
    p = t.processor
    assert p is not None
    leiing = ""
    extra = ""
    attachments: list[tuple[str, bytes]] = []
    if approval == "pending":
        leiing = "Vurderinga skal leggjast fram for kommunestyret etter høyringsrunden, truleg i februar 2027. Protokoll vert ettersend."
        extra = "Saka er ikkje ferdig handsama politisk – ho går til kommunestyret etter høyringsrunden i januar."
    elif approval == "in_body":
        extra = "Utskrift frå møteboka:\n\n" + b_protocol_text(t)
    attachments.append(
        (f"PVK_{t.key}_Hovdefjell.odt", to_odt(b_dpia(t, necessity=necessity, leiing=leiing)))
    )
    if approval == "scan":
        attachments.append(("Protokoll_KS_PS64-26.pdf", scan_pdf([b_protocol_text(t)])))
    body = (
        flat(f"""
        Til Datatilsynet

        Hovdefjell kommune ønskjer førehandsdrøfting etter personvernforordninga artikkel 36 av «{t.title}».

        Kontaktperson for saka er underteikna, {B_CONTACT.name}, som du når på telefon {B_CONTACT.phone} eller e-post {B_CONTACT.email}. Personvernombodet vårt er {B_DPO.name} i Øvre Dal IKT, telefon {B_DPO.phone}, e-post {B_DPO.email}. Leverandøren {p.org} er databehandlar; kontaktperson der er {p.person} ({p.role}), telefon {p.phone}, e-post {p.email}.

        Vurderinga av personvernkonsekvensar ligg ved.

    """)
        + ("\n" + extra + "\n" if extra else "")
        + "\n"
        + B_SIG
    )
    return message(
        cid, B_CONTACT.addr, f"Førehandsdrøfting – {t.title}", date, body, attachments=attachments
    )


# =============================================================================================
# C: Helse Midtfjord HF (nb) – the trust's DPIA template v3.1 (sections A-E), contacts table in
# section A, approval as a signature table with e-signatures
# =============================================================================================

C_CONTACT = Person(
    "Marte Solli",
    "personvernkoordinator, Medisinsk klinikk",
    "+47 73 86 40 12",
    "marte.solli@helse-midtfjord.no",
)
C_DPO = Person(
    "Jan Petter Wold", "personvernombud", "+47 73 86 10 55", "personvernombud@helse-midtfjord.no"
)

C_SIG = """Vennlig hilsen
Marte Solli
Personvernkoordinator | Medisinsk klinikk
Helse Midtfjord HF
Sentralbord 73 86 00 00

Denne e-posten kan inneholde taushetsbelagt informasjon. Er du ikke rett mottaker, ber vi deg slette den og varsle avsender.
"""

C_GUIDE_B = "[Veiledning: Beskriv behandlingens art, omfang, formål og sammenheng. Hvilke personopplysninger, hvilke registrerte, kilder, mottakere, lagringstid og informasjonssikkerhet. Beskriv ansvarsforhold. Slett veiledningsteksten før dokumentet sendes.]"
C_GUIDE_D = "[Veiledning: List opp hver risiko for de registrertes rettigheter og friheter. Vurder sannsynlighet (1-3) og konsekvens (1-3) og angi tiltak. Beskriv også tiltak som er vurdert, men ikke gjennomført, og hvorfor. Slett veiledningsteksten før dokumentet sendes.]"


def c_dpia(t: Topic, *, part_b: str = "full", part_d: str = "full", signoff: str = "signed") -> str:
    p = t.processor
    assert p is not None
    b = (
        f"""## B.1 Formål og sammenheng

{t.what}

## B.2 Omfang og registrerte

{t.scope}

## B.3 Informasjonsflyt, sikkerhet og ansvar

{t.flow}"""
        if part_b == "full"
        else f"""## B.1 Formål og sammenheng

{C_GUIDE_B}

## B.2 Omfang og registrerte

## B.3 Informasjonsflyt, sikkerhet og ansvar"""
    )
    d = (
        f"""{risk_table(t, ("Risiko", "Sannsynlighet", "Konsekvens", "Risikoreduserende tiltak"))}

## D.2 Tiltak vurdert, men ikke gjennomført

{not_taken(t, "nb")}

## D.3 Restrisiko

{t.residual}"""
        if part_d == "full"
        else f"""{C_GUIDE_D}

| Risiko | Sannsynlighet | Konsekvens | Risikoreduserende tiltak |
| | | | |

## D.2 Tiltak vurdert, men ikke gjennomført

## D.3 Restrisiko"""
    )
    if signoff == "signed":
        sig = """| Rolle | Navn | Dato | Signatur |
| Klinikksjef, Medisinsk klinikk | Gunnar Tøndel | 10.11.2026 | Signert elektronisk (BankID) |
| Personvernombud | Jan Petter Wold | 10.11.2026 | Signert elektronisk (BankID) |
| Administrerende direktør | Astrid Wiik | 12.11.2026 | Signert elektronisk (BankID) |"""
    else:  # names typed in, dates and signatures blank
        sig = """| Rolle | Navn | Dato | Signatur |
| Klinikksjef, Medisinsk klinikk | Gunnar Tøndel | | |
| Personvernombud | Jan Petter Wold | | |
| Administrerende direktør | Astrid Wiik | | |"""
    review = (
        f"Innspill fra interessentene: {t.stakeholders} Vurderingen legges fram for direktørens ledergruppe til godkjenning."
        if signoff == "blank"
        else f"Funnene ble presentert for klinikkledelsen 3. november 2026 og for direktørens ledergruppe 10. november 2026, sammen med innspill fra interessentene: {t.stakeholders} Ledergruppen konkluderte med at restrisikoen er høy og at foretaket skal be om forhåndsdrøftelse."
    )
    return f"""# Vurdering av personvernkonsekvenser (DPIA)

~ Helse Midtfjord HF – mal versjon 3.1
~ Behandling: {t.title}

# A. Kontaktinformasjon

| Rolle | Navn | Telefon | E-post |
| Kontaktperson | {C_CONTACT.name} | {C_CONTACT.phone} | {C_CONTACT.email} |
| Personvernombud | {C_DPO.name} | {C_DPO.phone} | {C_DPO.email} |
| Databehandler ({p.org}) | {p.person} | {p.phone} | {p.email} |

# B. Beskrivelse av behandlingen

{b}

# C. Nødvendighet og proporsjonalitet

{t.necessity}

{t.proportionality}

{bullets(t.safeguards)}

# D. Risikovurdering

{d}

# E. Ledelsens gjennomgang og godkjenning

{review}

{sig}
"""


def c_request(
    cid: str,
    key: str,
    date: str,
    *,
    part_b: str = "full",
    part_d: str = "full",
    signoff: str = "signed",
    fmt: str = "docx",
    scan_sig: bool = False,
    contacts_in_table: bool = True,
) -> object:
    t = T[key]
    dpia = c_dpia(t, part_b=part_b, part_d=part_d, signoff=signoff)
    if not contacts_in_table:
        p = t.processor
        assert p is not None
        dpia = dpia.replace(
            f"| Databehandler ({p.org}) | {p.person} | {p.phone} | {p.email} |\n", ""
        )
    name = f"DPIA_{t.key}_HMF"
    attachments: list[tuple[str, bytes]] = [
        (f"{name}.{fmt}", to_pdf(dpia) if fmt == "pdf" else to_docx(dpia))
    ]
    if scan_sig:
        attachments.append(
            (
                "Signaturside_DPIA.jpg",
                scan_image(
                    """HELSE MIDTFJORD HF
Signaturside - Vurdering av personvernkonsekvenser
Behandling: """
                    + t.title
                    + """

Ledelsens gjennomgang: DPIA med funn, interessentenes innspill og restrisiko er gjennomgått i direktørens ledergruppe 17.11.2026. Ledergruppen godkjenner vurderingen og beslutter å be Datatilsynet om forhåndsdrøftelse.

Astrid Wiik, administrerende direktør     [signatur]     17.11.2026
Gunnar Tøndel, klinikksjef                 [signatur]     17.11.2026""",
                    "JPEG",
                    0.6,
                ),
            )
        )
    body = (
        flat(f"""
        Hei,

        Helse Midtfjord HF ber om forhåndsdrøftelse etter personvernforordningen art. 36 for «{t.title}».

        Vedlagt er utfylt DPIA etter foretakets mal. Kontaktopplysninger står i punkt A. {"Signert signaturside ligger ved som bilde." if scan_sig else ""}

    """)
        + "\n"
        + C_SIG
    )
    return message(
        cid,
        C_CONTACT.addr,
        f"Forhåndsdrøftelse – {t.title}",
        date,
        body,
        attachments=attachments,
        cc=C_DPO.email,
    )


# =============================================================================================
# D: Vitalis Klinikker AS (nb) – HTML mail from Outlook, contacts as signature blocks, PDF DPIA
# from the quality system, approval as the CEO's e-mail forwarded (.eml) or meeting notes
# =============================================================================================

D_CONTACT = Person(
    "Camilla Nordby", "kvalitets- og personvernleder", "+47 922 61 408", "camilla.nordby@vitalis.no"
)
D_DPO = Person("Olav Tjelle", "personvernombud", "+47 971 33 590", "olav.tjelle@vitalis.no")
D_CEO = Person(
    "Siri Aaberg", "administrerende direktør", "+47 900 12 455", "siri.aaberg@vitalis.no"
)


def d_dpia(t: Topic, *, processor_contact: bool = True) -> str:
    p = t.processor
    assert p is not None
    pc = (
        f" Leverandørens kontaktperson er {p.person}, {p.role}, {p.phone}, {p.email}."
        if processor_contact
        else ""
    )
    return f"""# DPIA: {t.title}

~ Vitalis Klinikker AS – Kvalitetssystemet, dok.nr. PV-{t.key.upper()}-07

# Oppsummering

{t.residual} Vitalis ønsker likevel å gjennomføre behandlingen og ber derfor om forhåndsdrøftelse.

# Slik fungerer løsningen

{t.what}

{t.scope}

{t.flow} Databehandler: {p.org}, org.nr. {p.orgnr}, {p.address}.{pc}

# Hvorfor vi mener dette er riktig

{t.necessity}

{t.proportionality}

{bullets(t.safeguards)}

# Risikobildet

{risk_table(t, ("Risiko for pasienten", "Sannsynlighet", "Konsekvens", "Hva vi gjør"))}

{not_taken(t, "nb")}

# Hvem vi har involvert

{t.stakeholders}
"""


def d_ceo_mail(t: Topic, date: str) -> object:
    body = flat(f"""
        Hei Camilla,

        Takk for gjennomgangen i ledermøtet i dag. Vi har sett på DPIA-en for «{t.title}», funnene du presenterte og innspillene fra pasientpanelet og de tillitsvalgte legene.

        Jeg godkjenner DPIA-en på vegne av ledelsen. Vi aksepterer ikke restrisikoen uten at Datatilsynet har sett på saken, så du har fullmakt til å sende anmodning om forhåndsdrøftelse.

        Siri

        Siri Aaberg
        Administrerende direktør, Vitalis Klinikker AS
        """)
    return message(
        "ceo", D_CEO.addr, f"SV: DPIA {t.title} – godkjenning", date, body, to=D_CONTACT.email
    )


def d_request(
    cid: str, key: str, date: str, *, approval: str = "ceo_eml", dpo: str = "full"
) -> object:
    t = T[key]
    attachments: list[tuple[str, bytes]] = [(f"DPIA_{t.key}_Vitalis.pdf", to_pdf(d_dpia(t)))]
    forwarded = None
    if approval == "ceo_eml":
        forwarded = ("Godkjenning_adm_dir.eml", d_ceo_mail(t, when(11, 6, 15, 2)))
        appr = "Godkjenningen fra administrerende direktør ligger ved som videresendt e-post."
    elif approval == "minutes":
        attachments.append(
            (
                "Referat_ledermote_2026-11-04.docx",
                to_docx(f"""# Referat ledermøte Vitalis Klinikker AS

~ Dato: 4. november 2026
~ Til stede: Siri Aaberg (adm. dir.), Kjell Rask (medisinsk direktør), Camilla Nordby, Olav Tjelle (personvernombud), klinikksjefene

# Sak 52/26 DPIA {t.title}

Camilla Nordby presenterte DPIA-en, funnene og restrisikoen. Innspill fra legenes tillitsvalgte og pasientpanelet ble gjennomgått; tillitsvalgte ba om at bruken skal være frivillig for legene, noe som er tatt inn.

Beslutning: Ledermøtet godkjenner DPIA-en. Restrisikoen er høy; ledelsen ber om forhåndsdrøftelse med Datatilsynet før innføring."""),
            )
        )
        appr = "Referat fra ledermøtet der DPIA-en ble godkjent, ligger ved."
    else:
        appr = "DPIA-en skal behandles på ledermøtet 8. januar. Vi sender referatet når det foreligger, men ønsket å sende inn saken nå av hensyn til fremdriften."
    dpo_block = (
        f"{D_DPO.name}<br>Personvernombud<br>Mobil {D_DPO.phone}<br>{D_DPO.email}"
        if dpo == "full"
        else "Personvernombud: personvernombud@vitalis.no"
    )
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hei,</p>
<p>Vitalis Klinikker AS ber med dette om forhåndsdrøftelse etter artikkel 36 i personvernforordningen for <b>{t.title}</b>. DPIA-en er vedlagt.</p>
<p>{appr}</p>
<p>Kontaktperson er undertegnede. Personvernombudet står i kopi.</p>
<p>Med vennlig hilsen</p>
<p><b>{D_CONTACT.name}</b><br>Kvalitets- og personvernleder<br>Vitalis Klinikker AS | Drammensveien 130, 0277 Oslo<br>Mobil {D_CONTACT.phone}<br>{D_CONTACT.email}</p>
<p style="color:#555">{dpo_block}</p>
<p style="font-size:8pt;color:#888">Vitalis Klinikker AS – private spesialistklinikker i Oslo, Bergen og Stavanger.</p>
</body></html>"""
    cc = D_DPO.email if dpo == "full" else "personvernombud@vitalis.no"
    return message(
        cid,
        D_CONTACT.addr,
        f"Anmodning om forhåndsdrøftelse: {t.title}",
        date,
        html=html,
        attachments=attachments,
        cc=cc,
        forwarded=forwarded,
    )


# =============================================================================================
# E: Fjellvang Forsikring ASA (en / nb) – cover letter PDF with a contact table, DPIA DOCX and a
# risk register XLSX, approval as board minutes extract or told in the cover letter
# =============================================================================================

E_CONTACT = Person(
    "Petter Grøndahl", "Senior Legal Counsel", "+47 23 19 40 88", "petter.grondahl@fjellvang.no"
)
E_DPO = Person(
    "Karianne Midtbø",
    "Personvernombud / Data Protection Officer",
    "+47 23 19 40 10",
    "karianne.midtbo@fjellvang.no",
)

E_SIG = """Petter Grøndahl
Seniorjurist | Juridisk avdeling
Fjellvang Forsikring ASA
Dronning Eufemias gate 30, 0191 Oslo
Tlf. +47 23 19 40 88
"""


def e_contacts(t: Topic, lang: str) -> str:
    p = t.processor
    assert p is not None
    h = (
        ("Role", "Name", "Phone", "E-mail")
        if lang == "en"
        else ("Rolle", "Navn", "Telefon", "E-post")
    )
    r = (
        ("Contact person", "Data Protection Officer", f"Processor: {p.org}")
        if lang == "en"
        else ("Kontaktperson", "Personvernombud", f"Databehandler: {p.org}")
    )
    return f"""| {" | ".join(h)} |
| {r[0]} | {E_CONTACT.name} | {E_CONTACT.phone} | {E_CONTACT.email} |
| {r[1]} | {E_DPO.name} | {E_DPO.phone} | {E_DPO.email} |
| {r[2]} | {p.person}, {p.role} | {p.phone} | {p.email} |"""


def e_risk_xlsx(t: Topic, lang: str) -> bytes:
    head = (
        ["ID", "Risk", "Likelihood", "Impact", "Mitigation", "Residual"]
        if lang == "en"
        else ["ID", "Risiko", "Sannsynlighet", "Konsekvens", "Tiltak", "Restrisiko"]
    )
    rows = [head] + [[f"R{i}", r, s, k, m, s] for i, (r, s, k, m) in enumerate(t.risks, 1)]
    rows.append([])
    rows += [
        ["Not adopted" if lang == "en" else "Ikke gjennomført", m, "", "", why, ""]
        for m, why in t.not_taken
    ]
    return to_xlsx({"Risk register" if lang == "en" else "Risikoregister": rows})


def e_dpia(t: Topic, lang: str, *, risk: str = "full") -> str:
    if lang == "en":
        return f"""# Data Protection Impact Assessment – {t.title}

# 1 Purpose and context

{t.what}

# 2 Scope and data

{t.scope}

# 3 Data flow, retention and roles

{t.flow}

# 4 Necessity and proportionality

{t.necessity}

{t.proportionality}

{bullets(t.safeguards)}

# 5 Risk assessment

The risks are assessed in the attached risk register (likelihood, impact, mitigation, residual risk). {t.residual}

# 6 Consultation of stakeholders

{t.stakeholders}
"""
    if risk == "full":
        r = f"Risikoene er vurdert i vedlagt risikoregister (sannsynlighet, konsekvens, tiltak og restrisiko). {t.residual}"
        title = f"# Vurdering av personvernkonsekvenser – {t.title}"
    else:  # a summary naming risks without any assessment
        r = (
            "Arbeidsgruppen har identifisert følgende risikoer:\n\n"
            + bullets([x[0] for x in t.risks])
            + "\n\nDen fullstendige vurderingen av sannsynlighet, konsekvens og tiltak er under utarbeidelse i risikoregisteret."
        )
        title = f"# Sammendrag av DPIA – {t.title}"
    return f"""{title}

# 1 Formål og sammenheng

{t.what}

# 2 Omfang

{t.scope}

# 3 Informasjonsflyt og ansvar

{t.flow}

# 4 Nødvendighet og forholdsmessighet

{t.necessity}

{t.proportionality}

{bullets(t.safeguards)}

# 5 Risiko

{r}

# 6 Interessenter

{t.stakeholders}
"""


def e_minutes(t: Topic, lang: str) -> str:
    if lang == "en":
        return f"""# Fjellvang Forsikring ASA – Extract from the minutes of the Board of Directors

~ Meeting 9/2026, 13 November 2026, Oslo

# Item 6: DPIA – {t.title}

The CEO and the DPO presented the DPIA, the main findings, the risk register and the views of the customer panel and the works council. The Board discussed the residual risk.

Resolution: The Board approves the DPIA and instructs the administration to request prior consultation with Datatilsynet before launch.

Certified extract: Nils Torp, Board Secretary"""
    return f"""# Utdrag av protokoll fra styremøte i Fjellvang Forsikring ASA

~ Styremøte 9/2026, 13. november 2026

# Sak 7: DPIA – {t.title}

Administrerende direktør og personvernombudet presenterte DPIA-en, funnene og risikoregisteret, samt innspill fra kundeombudet og de tillitsvalgte. Styret drøftet restrisikoen.

Vedtak: Styret godkjenner DPIA-en og ber administrasjonen be om forhåndsdrøftelse med Datatilsynet.

Rett utdrag: Nils Torp, styresekretær"""


def e_request(
    cid: str,
    key: str,
    date: str,
    lang: str,
    *,
    approval: str = "minutes",
    risk: str = "full",
    scan: bool = False,
) -> object:
    t = T[key]
    attachments: list[tuple[str, bytes]] = []
    if lang == "en":
        appr = {"minutes": "An extract of the Board minutes approving the DPIA is attached."}[
            approval
        ]
        letter = f"""# Request for prior consultation under GDPR Article 36

~ Fjellvang Forsikring ASA, org. no. 987 221 330
~ Oslo, 16 November 2026

Fjellvang Forsikring ASA requests prior consultation regarding {t.title.lower()}. The DPIA concluded that a high residual risk remains.

# Contacts

{e_contacts(t, "en")}

# Enclosures

- DPIA (DOCX)
- Risk register (XLSX)
- Board minutes extract (PDF)

{appr}

Yours faithfully,
Petter Grøndahl, Senior Legal Counsel"""
    else:
        if approval == "prose":
            appr = "DPIA-en ble behandlet i konsernledelsen 28. oktober og på nytt 11. november 2026. Prosjektet presenterte funn, risikoregister og innspill fra kundeombudet og tillitsvalgte. Konsernledelsen, ved administrerende direktør Hege Sunde, godkjente DPIA-en og besluttet at selskapet skal be om forhåndsdrøftelse fordi restrisikoen er høy."
        elif approval == "pending":
            appr = "Styret behandler saken i møte 11. desember; protokoll ettersendes."
        else:
            appr = "Utdrag av styreprotokoll med godkjenning av DPIA-en følger vedlagt."
        letter = f"""# Anmodning om forhåndsdrøftelse etter personvernforordningen artikkel 36

~ Fjellvang Forsikring ASA, org.nr. 987 221 330
~ Oslo, {nb_date(date)}

Fjellvang Forsikring ASA ber om forhåndsdrøftelse for {t.title.lower()}.

# Kontaktpersoner

{e_contacts(t, "nb")}

# Ledelsens behandling

{appr}

Med vennlig hilsen
Petter Grøndahl, seniorjurist"""
    attachments.append(("Cover_letter.pdf" if lang == "en" else "Folgebrev.pdf", to_pdf(letter)))
    attachments.append((f"DPIA_{t.key}.docx", to_docx(e_dpia(t, lang, risk=risk))))
    if risk == "full":
        attachments.append(
            ("Risk_register.xlsx" if lang == "en" else "Risikoregister.xlsx", e_risk_xlsx(t, lang))
        )
    if approval == "minutes":
        name = "Board_minutes_extract.pdf" if lang == "en" else "Styreprotokoll_utdrag.pdf"
        attachments.append(
            (
                name,
                scan_pdf([e_minutes(t, lang).replace("# ", "").replace("~ ", "")])
                if scan
                else to_pdf(e_minutes(t, lang)),
            )
        )
    if lang == "en":
        body = (
            flat("""
            Dear Sir or Madam,

            Please find attached our request for prior consultation, with the DPIA, risk register and Board approval. Contact details are in the cover letter.

            Kind regards,
            """)
            + E_SIG
        )
        subject = f"Request for prior consultation – {t.title}"
    else:
        body = (
            flat("""
            Hei,

            Vedlagt følger anmodning om forhåndsdrøftelse med vedlegg. Kontaktopplysninger står i følgebrevet.

            Med vennlig hilsen
            """)
            + E_SIG
        )
        subject = f"Forhåndsdrøftelse – {t.title}"
    return message(cid, E_CONTACT.addr, subject, date, body, attachments=attachments)


# =============================================================================================
# F: Lumio Learning AS (en) – start-up; contacts as lines in the mail, external DPO firm,
# DPIA exported from a shared doc, sign-off as a scanned page or the CEO's forwarded e-mail
# =============================================================================================

F_CONTACT = Person("Jonas Eide", "Head of Product", "+47 402 18 733", "jonas@lumio.no")
F_DPO = Person(
    "Maja Lind", "external DPO, Privasec Advisory AS", "+47 995 40 128", "maja.lind@privasec.no"
)
F_CEO = Person("Ida Sørheim", "CEO & co-founder", "+47 481 55 092", "ida@lumio.no")

F_SIG = """--
Jonas Eide | Head of Product | Lumio Learning AS
Mob +47 402 18 733 | lumio.no
Schweigaards gate 34C, 0191 Oslo
"""


def f_dpia(t: Topic, *, signoff: str = "text") -> str:
    if signoff == "pending":
        so = "Signed version to follow after the board meeting on 9 December."
    elif signoff == "minutes":
        so = """Reviewed at the management meeting of 3 November 2026 and by the board on 10 November 2026 (item 4). The findings, the risk register and the input from the stakeholders listed in section 4 were presented. The board approved the DPIA and decided to request prior consultation.

| Role | Name | Decision | Date |
| CEO | Ida Sørheim | Approved | 10.11.2026 |
| Chair of the board | Torbjørn Aune | Approved | 10.11.2026 |"""
    else:
        so = "See the signed sign-off page / approval e-mail sent with this DPIA."
    return f"""# DPIA – {t.title}

~ Lumio Learning AS · Version 1.0 · Owner: Jonas Eide

# 1. What we're building

{t.what}

{t.scope}

{t.flow}

# 2. Why this is necessary (and proportionate)

{t.necessity}

{t.proportionality}

{bullets(t.safeguards)}

# 3. Risks & mitigations

{risk_table(t, ("Risk to pupils/candidates", "Likelihood", "Severity", "Mitigation"))}

{not_taken(t, "en")}

Residual risk: {t.residual}

# 4. Who we talked to

{t.stakeholders}

# 5. Sign-off

{so}
"""


def f_signed_page(t: Topic) -> bytes:
    return scan_image(
        f"""LUMIO LEARNING AS - DPIA SIGN-OFF

DPIA: {t.title}, version 1.0

We have reviewed the DPIA, its findings, the risk register and the input from schools, parents and pupils. We approve the DPIA and accept that prior consultation with Datatilsynet is requested before launch.

Ida Sørheim, CEO            [signature]   11 Nov 2026
Torbjørn Aune, Chair         [signature]   11 Nov 2026""",
        "PNG",
        0.3,
    )


def f_ceo_mail(t: Topic) -> object:
    body = flat(f"""
        Jonas,

        Went through the DPIA for {t.title.lower()} with the management team this morning, including the findings and the feedback from the providers and the candidate panel. Approved from my side on behalf of management – please go ahead and request prior consultation with Datatilsynet.

        Ida

        Ida Sørheim | CEO | Lumio Learning AS
        """)
    return message(
        "ceo",
        F_CEO.addr,
        f"Re: DPIA {t.title} – approval?",
        when(11, 12, 10, 41),
        body,
        to=F_CONTACT.email,
    )


def f_request(
    cid: str,
    key: str,
    date: str,
    *,
    signoff: str = "page",
    dpo: str = "full",
    docx_fmt: bool = False,
) -> object:
    t = T[key]
    p = t.processor
    assert p is not None
    dpia_signoff = {"page": "text", "ceo": "text", "pending": "pending", "minutes": "minutes"}[
        signoff
    ]
    doc = f_dpia(t, signoff=dpia_signoff)
    attachments: list[tuple[str, bytes]] = [
        (f"DPIA_{t.key}_Lumio.docx", to_docx(doc))
        if docx_fmt
        else (f"DPIA - {t.title}.pdf", to_pdf(doc))
    ]
    forwarded = None
    if signoff == "page":
        attachments.append(("signoff_signed.png", f_signed_page(t)))
    elif signoff == "ceo":
        forwarded = ("approval_CEO.eml", f_ceo_mail(t))
    dpo_line = (
        f"DPO: {F_DPO.name} (Privasec Advisory AS) · {F_DPO.phone} · {F_DPO.email}"
        if dpo == "full"
        else "DPO: dpo@lumio.no"
    )
    pending = (
        "\nThe sign-off page is not signed yet – signed version will follow after our board meeting on 9 December.\n"
        if signoff == "pending"
        else ""
    )
    body = (
        flat(f"""
        Hi,

        Lumio Learning AS would like to request prior consultation under Article 36 GDPR for {t.title.lower()}. Our DPIA is attached.

        Contact: {F_CONTACT.name}, {F_CONTACT.title} · {F_CONTACT.phone} · {F_CONTACT.email}
        {dpo_line}
        Processor: {p.org} – {p.person}, {p.role} · {p.phone} · {p.email}
        {pending}
        Thanks in advance!

        Best,
        Jonas
        """)
        + F_SIG
    )
    return message(
        cid,
        F_CONTACT.addr,
        f"Prior consultation request: {t.title}",
        date,
        body,
        attachments=attachments,
        forwarded=forwarded,
    )


# =============================================================================================
# G: Samvirkeboliger Norge SA (nb) – everything in a plain mail body with its own headings;
# approval told in prose; contacts in prose and the signature
# =============================================================================================

G_CONTACT = Person(
    "Runar Kvam", "fagsjef eiendomsdrift", "+47 924 37 110", "runar.kvam@samvirkeboliger.no"
)
G_DPO = Person(
    "Elisabeth Holt", "personvernombud", "+47 415 06 883", "elisabeth.holt@samvirkeboliger.no"
)

G_SIG = """Vennlig hilsen
Runar Kvam
Fagsjef eiendomsdrift
Samvirkeboliger Norge SA
Mobil: +47 924 37 110
runar.kvam@samvirkeboliger.no
"""


def g_sections(
    t: Topic, *, necessity: str = "full", risk: str = "full", approval: str = "prose"
) -> list[tuple[str, str]]:
    nec = (
        f"""{t.necessity}

{t.proportionality}

Slik ivaretar vi beboerne:

{bullets(t.safeguards)}"""
        if necessity == "full"
        else "Vi mener behandlingen er nødvendig."
    )
    rk = (
        "\n\n".join(
            f"{r}. Sannsynlighet: {s}. Konsekvens: {k}. Tiltak: {m}." for r, s, k, m in t.risks
        )
        + "\n\n"
        + not_taken(t, "nb")
        + f"\n\nRestrisiko: {t.residual}"
        if risk == "full"
        else "Risikovurderingen er gjort i vårt ROS-verktøy og kan fremvises ved behov. Konklusjonen er at restrisikoen er høy."
    )
    if approval == "prose":
        appr = "Styret i Samvirkeboliger Norge SA behandlet DPIA-en i møte 20. november 2026 (sak 44/26). Administrasjonen la frem funnene, og innspillene fra styrelederne i borettslagene og Leieboerforeningen ble gjennomgått. Styret godkjente vurderingen og vedtok at vi skal be Datatilsynet om forhåndsdrøftelse. Styreleder Kjersti Amundsen har bedt meg sende inn saken."
    else:
        appr = "Se vedlagt protokoll fra styremøtet 20. november 2026, sak 44/26."
    return [
        (
            "Kontakt",
            f"Jeg er kontaktperson (se signatur nederst). Vårt personvernombud er {G_DPO.name}, tlf. {G_DPO.phone}, {G_DPO.email}. Databehandler er {proc_line(t)}.",
        ),
        ("Hva vil vi gjøre", f"{t.what}\n\n{t.scope}\n\n{t.flow}"),
        ("Nødvendig og forholdsmessig?", nec),
        ("Hva kan gå galt", rk),
        ("Hvem har vi snakket med", t.stakeholders),
        ("Hvem har godkjent", appr),
    ]


def g_request(
    cid: str,
    key: str,
    date: str,
    *,
    necessity: str = "full",
    risk: str = "full",
    approval: str = "prose",
    attach: bool = False,
) -> object:
    t = T[key]
    sections = g_sections(t, necessity=necessity, risk=risk, approval=approval)
    attachments: list[tuple[str, bytes]] = []
    if attach:
        doc = (
            f"# Vurdering av personvernkonsekvenser – {t.title}\n\n~ Samvirkeboliger Norge SA\n\n"
            + "\n\n".join(f"# {h}\n\n{c}" for h, c in sections[1:])
        )
        attachments.append((f"DPIA_{t.key}_Samvirkeboliger.pdf", to_pdf(doc)))
        body = f"Hei,\n\nSamvirkeboliger Norge SA ber om forhåndsdrøftelse for {t.title.lower()}. Vurderingen av personvernkonsekvenser ligger ved.\n\n{sections[0][1]}\n\n"
    else:
        body = (
            f"Hei,\n\nSamvirkeboliger Norge SA ber om forhåndsdrøftelse for {t.title.lower()}.\n\n"
            + "".join(f"{h.upper()}\n{c}\n\n" for h, c in sections)
        )
    body += G_SIG
    if approval == "scan":
        attachments.append(
            (
                "styreprotokoll_44-26.jpg",
                scan_image(
                    f"""SAMVIRKEBOLIGER NORGE SA
Protokoll fra styremøte 20.11.2026

Sak 44/26 {t.title} - vurdering av personvernkonsekvenser

Administrasjonen presenterte DPIA-en og funnene. Innspill fra styrelederne i borettslagene og Leieboerforeningen ble gjennomgått.

Vedtak: Styret godkjenner DPIA-en. Administrasjonen ber Datatilsynet om forhåndsdrøftelse.

Kjersti Amundsen (styreleder)   Tor Inge Bø   Randi Hagen   Ali Rahimi""",
                    "JPEG",
                    -0.5,
                ),
            )
        )
    return message(
        cid,
        G_CONTACT.addr,
        f"Forhåndsdrøftelse: {t.title}",
        date,
        body,
        attachments=attachments or None,
    )


# =============================================================================================
# H: Kystlinjen Trafikk AS (nb) – one PDF with label lines, approval as the document control
# table (Utarbeidet / Kontrollert / Godkjent) or a scanned signed page
# =============================================================================================

H_CONTACT = Person(
    "Vegard Sunde", "HMS- og personvernrådgiver", "+47 70 10 44 82", "vegard.sunde@kystlinjen.no"
)
H_DPO = Person("Lena Ottesen", "personvernombud", "+47 70 10 44 00", "lena.ottesen@kystlinjen.no")

H_SIG = """Mvh
Vegard Sunde
HMS- og personvernrådgiver
Kystlinjen Trafikk AS
Tlf. 70 10 44 82 / mob. 412 08 553
"""


def h_doc(
    t: Topic, *, control: str = "signed", processor_contact: bool = True, no_dpia: bool = False
) -> str:
    p = t.processor
    assert p is not None
    proc = (
        f"~ Databehandler: {p.org}, org.nr. {p.orgnr}, {p.address}\n~ Kontaktperson databehandler: {p.person}, tlf. {p.phone}, e-post {p.email}\n"
        if processor_contact
        else ""
    )
    flow = t.flow if processor_contact else t.flow
    if control == "signed":
        ctl = """| | Navn | Funksjon | Dato | Signatur |
| Utarbeidet | Vegard Sunde | HMS- og personvernrådgiver | 30.10.2026 | VS |
| Kontrollert | Lena Ottesen | Personvernombud | 02.11.2026 | LO |
| Godkjent | Bjørn Arne Strøm | Administrerende direktør | 06.11.2026 | BAS |"""
    elif control == "blank":
        ctl = """| | Navn | Funksjon | Dato | Signatur |
| Utarbeidet | Vegard Sunde | HMS- og personvernrådgiver | 30.10.2026 | VS |
| Kontrollert | Lena Ottesen | Personvernombud | 02.11.2026 | LO |
| Godkjent | | Administrerende direktør | | |"""
    else:  # approval elsewhere
        ctl = """| | Navn | Funksjon | Dato |
| Utarbeidet | Vegard Sunde | HMS- og personvernrådgiver | 30.10.2026 |
| Kontrollert | Lena Ottesen | Personvernombud | 02.11.2026 |"""
    review = (
        "Vurderingen legges fram for administrerende direktør til godkjenning, se tabellen nedenfor."
        if control == "blank"
        else "Vurderingen og funnene ble presentert for ledergruppen 28. oktober og 4. november 2026. Ledergruppen konkluderte med at restrisikoen er høy og at selskapet skal be om forhåndsdrøftelse."
    )
    if no_dpia:
        middle = """# 4 Behov for DPIA

Vi har gått gjennom Datatilsynets liste over behandlinger som alltid krever DPIA og artikkel 35 nr. 3. Reisedataene er tokeniserte, og kobling til person skjer bare når passasjeren selv registrerer kortet. Vår konklusjon er at en vurdering av personvernkonsekvenser ikke er påkrevd for denne behandlingen, og det er derfor ikke gjennomført en DPIA.

Fordi fylkeskommunen har bedt oss avklare saken med Datatilsynet, ber vi likevel om forhåndsdrøftelse.

# 5 Godkjenning"""
    else:
        middle = f"""# 4 Risikovurdering

{risk_table(t, ("Hendelse", "Sannsynlighet", "Konsekvens", "Tiltak"))}

{not_taken(t, "nb")}

Restrisiko: {t.residual}

# 5 Medvirkning og godkjenning

{t.stakeholders} {review}"""
    return f"""# Vurdering av personvernkonsekvenser

~ Kystlinjen Trafikk AS, org.nr. 912 004 553, Strandgata 5, 6413 Molde
~ Gjelder: {t.title}
~ Kontaktperson: {H_CONTACT.name}, {H_CONTACT.title}, tlf. {H_CONTACT.phone}, e-post {H_CONTACT.email}
~ Personvernombud: {H_DPO.name}, tlf. {H_DPO.phone}, e-post {H_DPO.email}
{proc}
# 1 Beskrivelse

{t.what}

{t.scope}

{flow}

# 2 Formål og behov

{t.necessity}

# 3 Forholdsmessighet og de reisendes/ansattes rettigheter

{t.proportionality}

{bullets(t.safeguards)}

{middle}

{ctl}
"""


def h_request(
    cid: str,
    key: str,
    date: str,
    *,
    control: str = "signed",
    processor_contact: bool = True,
    no_dpia: bool = False,
    approval: str = "",
) -> object:
    t = T[key]
    attachments: list[tuple[str, bytes]] = [
        (
            f"PVK_{t.key}_Kystlinjen.pdf",
            to_pdf(h_doc(t, control=control, processor_contact=processor_contact, no_dpia=no_dpia)),
        )
    ]
    forwarded = None
    note = ""
    if approval == "scan":
        attachments.append(
            (
                "Godkjenning_signert.pdf",
                scan_pdf(
                    [
                        f"""KYSTLINJEN TRAFIKK AS

Godkjenning av vurdering av personvernkonsekvenser: {t.title}

Ledergruppen har gjennomgått vurderingen, funnene og innspillene fra tillitsvalgte, verneombud og fylkeskommunen i møter 28.10. og 04.11.2026. Vurderingen godkjennes. Selskapet ber Datatilsynet om forhåndsdrøftelse.

Molde, 06.11.2026

Bjørn Arne Strøm, administrerende direktør    [signatur]"""
                    ]
                ),
            )
        )
    elif approval == "ceo_eml":
        forwarded = (
            "VS_Godkjent_PVK.eml",
            message(
                "ceo",
                "Bjørn Arne Strøm <bjorn.arne.strom@kystlinjen.no>",
                f"SV: PVK {t.title} til godkjenning",
                when(11, 6, 8, 12),
                flat(f"""
            Vegard,

            Ledergruppen har gått gjennom PVK-en for {t.title.lower()}, funnene og innspillene fra tillitsvalgte og verneombud. Den er godkjent. Send den til Datatilsynet som anmodning om forhåndsdrøftelse.

            Bjørn Arne
            """),
                to=H_CONTACT.email,
            ),
        )
        note = "Godkjenningen fra adm. direktør er videresendt som vedlegg.\n\n"
    if control == "blank":
        note = "Dokumentet er ikke signert av adm. direktør ennå, han er på reise. Vi ville ikke vente med å sende.\n\n"
    body = (
        flat(f"""
        Hei

        Vedlagt følger anmodning om forhåndsdrøftelse for {t.title.lower()}. Kontaktinfo står øverst i dokumentet.

        """)
        + "\n"
        + note
        + H_SIG
    )
    return message(
        cid,
        H_CONTACT.addr,
        f"Anmodning om forhåndsdrøftelse – {t.title}",
        date,
        body,
        attachments=attachments,
        forwarded=forwarded,
    )


# =============================================================================================
# I: Handels- og Kontorforbundet (nb) – short mail, cover letter DOCX with contacts as
# signature blocks, DPIA DOCX with unnumbered headings, approval as forbundsstyret's protocol
# =============================================================================================

I_CONTACT = Person("Nina Fjeld", "organisasjonssjef", "+47 23 06 15 40", "nina.fjeld@hkf.no")
I_DPO = Person("Thomas Brenden", "personvernombud", "+47 23 06 15 02", "thomas.brenden@hkf.no")


def i_cover(t: Topic, *, approval_line: str) -> str:
    p = t.processor
    assert p is not None
    return f"""# Anmodning om forhåndsdrøftelse

~ Handels- og Kontorforbundet (HKF), org.nr. 971 220 408
~ Youngs gate 11, 0181 Oslo
~ Oslo, november 2026

HKF ber Datatilsynet om forhåndsdrøftelse av {t.title.lower()}. Behandlingen gjelder opplysninger om fagforeningsmedlemskap og andre særlige kategorier.

{approval_line}

Databehandler er {p.org}. Kontaktperson hos leverandøren: {p.person}, {p.role}, {p.phone}, {p.email}.

Med hilsen

%% Nina Fjeld %% Thomas Brenden
%% Organisasjonssjef %% Personvernombud
%% Tlf. {I_CONTACT.phone} %% Tlf. {I_DPO.phone}
%% {I_CONTACT.email} %% {I_DPO.email}
"""


def i_dpia(t: Topic, *, describe: str = "full") -> str:
    desc = (
        f"""{t.what}

{t.scope}

{t.flow}"""
        if describe == "full"
        else "Behandlingen er beskrevet i prosjektbeskrivelsen, se vedlegg 2."
    )
    return f"""# DPIA {t.title}

# Om behandlingen

{desc}

# Hvorfor

{t.necessity}

{t.proportionality}

{bullets(t.safeguards)}

# Risiko for medlemmene og andre

{risk_table(t, ("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"))}

{not_taken(t, "nb")}

{t.residual}

# Hvem er hørt

{t.stakeholders}
"""


def i_protocol(t: Topic) -> str:
    return f"""# Protokoll – forbundsstyret i HKF

~ Møte 11/2026, 18. november 2026

# Sak 93/26 DPIA {t.title}

Organisasjonssjefen presenterte DPIA-en og funnene. Innspill fra klubbledere og medlemspanelet ble lagt fram. Personvernombudet redegjorde for restrisikoen.

Vedtak: Forbundsstyret godkjenner DPIA-en og ber administrasjonen anmode Datatilsynet om forhåndsdrøftelse.

Protokollen er godkjent elektronisk av forbundsstyrets medlemmer 20.11.2026."""


def i_request(
    cid: str,
    key: str,
    date: str,
    *,
    approval: str = "protocol",
    describe: str = "full",
    thread: bool = False,
) -> object:
    t = T[key]
    if approval == "pending":
        line = "DPIA-en skal behandles av landsstyret 15. januar 2027. Protokollen sendes når den er godkjent."
    elif approval == "leader_eml":
        line = "Forbundsleders godkjenning følger som videresendt e-post."
    else:
        line = "Protokoll fra forbundsstyrets behandling følger vedlagt."
    attachments: list[tuple[str, bytes]] = [
        ("Folgebrev_HKF.docx", to_docx(i_cover(t, approval_line=line))),
        (f"Vedlegg_1_DPIA_{t.key}.docx", to_docx(i_dpia(t, describe=describe))),
    ]
    forwarded = None
    if approval == "protocol":
        attachments.append(("Protokoll_forbundsstyret_11-2026.pdf", to_pdf(i_protocol(t))))
    elif approval == "leader_eml":
        forwarded = (
            "Godkjenning_forbundsleder.eml",
            message(
                "lead",
                "Geir Ove Sandvik <geir.ove.sandvik@hkf.no>",
                f"SV: DPIA {t.title}",
                when(11, 25, 16, 40),
                flat(f"""
            Hei Nina,

            Vi gikk gjennom DPIA-en for {t.title.lower()} i AU i går, med funnene og innspillene fra klubblederne og juristene. Jeg godkjenner den på vegne av forbundsledelsen. Send den til Datatilsynet.

            Geir Ove Sandvik
            Forbundsleder, HKF
            """),
                to=I_CONTACT.email,
            ),
        )
    body = flat("""
        Hei,

        Vedlagt følger HKFs anmodning om forhåndsdrøftelse med vedlegg.

        Hilsen Nina Fjeld
        Handels- og Kontorforbundet
        """)
    if thread:
        body += "\n" + quoted(
            flat(f"""
            Fra: Thomas Brenden
            Sendt: 24. november 2026 09:12
            Til: Nina Fjeld
            Emne: DPIA {t.key}

            Nina – jeg har lest siste versjon, ingen merknader fra meg. Send til Datatilsynet når forbundsleder har sagt ok.

            Thomas
            """)
        )
    return message(
        cid,
        I_CONTACT.addr,
        f"Forhåndsdrøftelse – {t.title}",
        date,
        body,
        attachments=attachments,
        forwarded=forwarded,
    )


# =============================================================================================
# J: Norvik Institutt for samfunnsforskning (nb / nn) – project template with boxes, contacts
# as a list of roles, approval as the director's signed decision (scan) or in the template
# =============================================================================================

J_CONTACT = Person(
    "Anders Myklebust",
    "seniorforsker, prosjektleder",
    "+47 55 30 27 14",
    "anders.myklebust@nisf.no",
)
J_CONTACT_NN = Person(
    "Ragna Flatebø", "forskar, prosjektleiar", "+47 55 30 27 66", "ragna.flatebo@nisf.no"
)
J_DPO = Person("Hilde Sørbø", "personvernombud", "+47 55 30 27 00", "hilde.sorbo@nisf.no")

J_GUIDE = "<Fyll inn: Hvorfor er behandlingen nødvendig for formålet? Kan formålet nås på en mindre inngripende måte? Hvilke tiltak sikrer dataminimering, informasjon og de registrertes rettigheter?>"


def j_doc(t: Topic, lang: str, *, necessity: str = "full", approval: str = "scan") -> str:
    p = t.processor
    assert p is not None
    c = J_CONTACT if lang == "nb" else J_CONTACT_NN
    if lang == "nb":
        h = (
            "Prosjektets DPIA",
            "Kontakter",
            "Prosjektleder",
            "Personvernombud",
            "Databehandler",
            "Behandlingen",
            "Nødvendighet og proporsjonalitet",
            "Risikovurdering",
            "Tiltak vurdert men ikke gjennomført",
            "Involvering",
            "Institusjonens godkjenning",
        )
    else:
        h = (
            "DPIA for prosjektet",
            "Kontaktar",
            "Prosjektleiar",
            "Personvernombod",
            "Databehandlar",
            "Handsaminga",
            "Naudsyn og proporsjonalitet",
            "Risikovurdering",
            "Tiltak vurderte men ikkje gjennomførte",
            "Involvering",
            "Godkjenning ved instituttet",
        )
    nec = (
        f"{t.necessity}\n\n{t.proportionality}\n\n{bullets(t.safeguards)}"
        if necessity == "full"
        else J_GUIDE
    )
    if approval == "in_doc":
        appr = (
            "Direktøren gjennomgikk DPIA-en med funn og innspill fra brukerrepresentantene i instituttets forskningsutvalg 9. november 2026 og godkjente den. Vedtak: Instituttet ber om forhåndsdrøftelse. Signert: Marit Lunde, direktør, 9.11.2026."
            if lang == "nb"
            else "Direktøren gjekk gjennom DPIA-en med funn og innspel frå referansegruppa i forskingsutvalet 9. november 2026 og godkjende henne. Vedtak: Instituttet ber om førehandsdrøfting. Signert: Marit Lunde, direktør, 9.11.2026."
        )
    elif approval == "pending":
        appr = (
            "Signert versjon kjem når direktøren er attende frå reise."
            if lang == "nn"
            else "Signert versjon kommer."
        )
    else:
        appr = (
            "Se vedlagt signert beslutning fra direktøren."
            if lang == "nb"
            else "Sjå vedlagt signert avgjerd frå direktøren."
        )
    return f"""# {h[0]}: {t.title}

# {h[1]}

| Rolle | {"Navn" if lang == "nb" else "Namn"} | Telefon | E-post |
| {h[2]} | {c.name} | {c.phone} | {c.email} |
| {h[3]} | {J_DPO.name} | {J_DPO.phone} | {J_DPO.email} |
| {h[4]}: {p.org} | {p.person} | {p.phone} | {p.email} |

# {h[5]}

{t.what}

{t.scope}

{t.flow}

# {h[6]}

{nec}

# {h[7]}

{risk_table(t, ("Risiko", "Sannsynlighet" if lang == "nb" else "Sannsyn", "Konsekvens", "Tiltak"))}

# {h[8]}

{not_taken(t, lang)}

{t.residual}

# {h[9]}

{t.stakeholders}

# {h[10]}

{appr}
"""


def j_decision(t: Topic, lang: str) -> bytes:
    if lang == "nb":
        text = f"""NORVIK INSTITUTT FOR SAMFUNNSFORSKNING
Direktørens beslutning 14/2026

Sak: DPIA for prosjektet {t.title}

DPIA-en med risikovurdering og funn er presentert for meg og forskningsutvalget 9.11.2026, sammen med innspill fra brukerrepresentantene. Jeg godkjenner DPIA-en. Restrisikoen er høy, og instituttet skal be Datatilsynet om forhåndsdrøftelse før datainnsamlingen starter.

Bergen, 10.11.2026
Marit Lunde, direktør        [signatur]"""
    else:
        text = f"""NORVIK INSTITUTT FOR SAMFUNNSFORSKNING
Avgjerd frå direktøren 15/2026

Sak: DPIA for prosjektet {t.title}

DPIA-en med risikovurdering og funn er lagd fram for meg og forskingsutvalet 9.11.2026, saman med innspela frå referansegruppa. Eg godkjenner DPIA-en. Restrisikoen er høg, og instituttet skal be Datatilsynet om førehandsdrøfting.

Bergen, 10.11.2026
Marit Lunde, direktør        [signatur]"""
    return scan_pdf([text])


def j_request(
    cid: str,
    key: str,
    date: str,
    *,
    necessity: str = "full",
    approval: str = "scan",
    resend: str = "",
) -> object:
    t = T[key]
    lang = t.lang
    c = J_CONTACT if lang == "nb" else J_CONTACT_NN
    attachments: list[tuple[str, bytes]] = [
        (f"DPIA_NISF_{t.key}.docx", to_docx(j_doc(t, lang, necessity=necessity, approval=approval)))
    ]
    if approval == "scan":
        attachments.append(("Direktorens_beslutning.pdf", j_decision(t, lang)))
    if lang == "nb":
        body = flat(f"""
            Til Datatilsynet

            Norvik Institutt for samfunnsforskning ber om forhåndsdrøftelse for prosjektet «{t.title}». DPIA med kontaktopplysninger er vedlagt.
            {resend}
            Vennlig hilsen
            {c.name}
            {c.title.capitalize()}
            Norvik Institutt for samfunnsforskning (NISF)
            Nygårdsgaten 5, 5015 Bergen
            """)
        subject = f"Forhåndsdrøftelse – {t.title}"
    else:
        pend = (
            "\nMerk: Signert versjon kjem når direktøren er attende frå reise neste veke.\n"
            if approval == "pending"
            else ""
        )
        body = flat(f"""
            Til Datatilsynet

            Norvik Institutt for samfunnsforsking ber om førehandsdrøfting for prosjektet «{t.title}». DPIA med kontaktopplysningar ligg ved.
            {resend}{pend}
            Venleg helsing
            {c.name}
            {c.title}
            Norvik Institutt for samfunnsforsking (NISF)
            """)
        subject = f"Førehandsdrøfting – {t.title}"
    return message(cid, c.addr, subject, date, body, attachments=attachments)


# exported for cases_z.py
__all__ = [
    "A_CONTACT",
    "A_DPO",
    "A_DPO_NEW",
    "A_SIG",
    "B_CONTACT",
    "B_SIG",
    "D_CONTACT",
    "D_DPO",
    "E_SIG",
    "E_CONTACT",
    "F_CONTACT",
    "F_SIG",
    "G_CONTACT",
    "G_SIG",
    "I_CONTACT",
    "J_CONTACT_NN",
    "a_request",
    "b_request",
    "c_request",
    "d_request",
    "e_request",
    "f_request",
    "g_request",
    "h_request",
    "html_from_text",
    "i_request",
    "j_request",
    "to_html",
]
