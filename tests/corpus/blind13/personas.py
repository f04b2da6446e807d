# ruff: noqa: E501
"""The ten senders of blind13: people, signatures and each sender's own document templates.

Each sender's builder takes a topic and knobs for what a case leaves out. A part knob
(``p2`` .. ``p5``) is ``None`` when the part is written out, ``""`` for a heading with nothing
under it, or the text that stands in its place («ettersendes», «ikkje gjennomført» ...).
"""

from __future__ import annotations

from kit import Attachment, plain, scan_pdf, to_docx, to_html, to_odt, to_pdf, to_rtf, to_xlsx
from topics import Topic


def sec(heading: str, body: str, knob: str | None) -> str:
    """A section of a document: the body, nothing (empty heading) or the stand-in text."""
    if knob is None:
        return f"{heading}\n\n{body}"
    return heading if knob == "" else f"{heading}\n\n{knob}"


def bullets(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"- {i}" for i in items)


def risk_rows(t: Topic, head: str, numbered: bool = False) -> str:
    rows = [head]
    for i, (r, s, k, m) in enumerate(t.risks, 1):
        lead = f"| {i} " if numbered else ""
        rows.append(f"{lead}| {r} | {s} | {k} | {m} |")
    return "\n".join(rows)


# === A: Eidsvåg kommune (municipality, nb) ==========================================================

A_FROM = "Ingrid Solvik <ingrid.solvik@eidsvag.kommune.no>"
A_CONTACT = (
    "Ingrid Solvik",
    "spesialrådgiver, Kommunalområde oppvekst",
    "56 30 41 17",
    "ingrid.solvik@eidsvag.kommune.no",
)
A_DPO = (
    "Tor Inge Haugland",
    "personvernombud",
    "56 30 40 02 / 917 44 210",
    "personvernombud@eidsvag.kommune.no",
)
A_PROC = {
    "A1": (
        "Vestnorsk IKT AS (leverandør av fagsystemet)",
        "Rune Brattli, kundeansvarlig",
        "55 60 12 90",
        "rune.brattli@vestnorskikt.no",
    ),
    "A2": (
        "Læringsløft AS (plattformleverandør)",
        "Mona Eikrem, personvernansvarlig",
        "22 41 77 05",
        "mona.eikrem@laeringsloft.no",
    ),
}
A_SIG = """Med vennlig hilsen

Ingrid Solvik
spesialrådgiver | Kommunalområde oppvekst
Eidsvåg kommune
Telefon 56 30 41 17
www.eidsvag.kommune.no

Denne e-posten kan inneholde taushetsbelagt informasjon. Er den sendt til feil mottaker, ber vi om at den slettes."""


def a_front(t: Topic, key: str, proc: str = "full", dpo: str = "full") -> str:
    """The DPIA's front page: the municipality's template puts every contact in one table."""
    c, d = A_CONTACT, A_DPO
    dpo_row = f"| Personvernombud | {d[0]}, {d[1]} | {d[2]} | {d[3]} |"
    if dpo == "name_only":
        dpo_row = f"| Personvernombud | {d[0]}, {d[1]} | – | – |"
    org, person, tel, mail = A_PROC[key]
    proc_row = f"| Databehandler | {org}: {person} | {tel} | {mail} |"
    if proc == "org_only":
        proc_row = f"| Databehandler | {org} | sentralbord | support@{mail.split('@')[1]} |"
    return f"""# Vurdering av personvernkonsekvenser (DPIA)

## {t.title}

~ Eidsvåg kommune, org.nr. 964 338 221
~ Rådhusplassen 1, 5917 Eidsvåg
~ Saksnummer: 2026/1432 – Versjon 1.3 – Gradering: Unntatt offentlighet, offl. § 13

| Rolle | Navn | Telefon | E-post |
| Kontaktperson | {c[0]}, {c[1]} | {c[2]} | {c[3]} |
{dpo_row}
{proc_row}
| Behandlingsansvarlig | Eidsvåg kommune v/ kommunedirektøren | 56 30 40 00 | postmottak@eidsvag.kommune.no |"""


def a_dpia(
    t: Topic,
    key: str,
    *,
    proc: str = "full",
    dpo: str = "full",
    p2: str | None = None,
    p3: str | None = None,
    p4: str | None = None,
) -> str:
    body2 = f"{t.desc}\n\n## 2.1 Hvem og hvilke opplysninger\n\n{t.data}\n\n## 2.2 Informasjonsflyt, lagring og ansvar\n\n{t.flow}"
    body3 = f"Formål: {t.purpose}\n\n{t.nec}\n\n## 3.1 Avveining\n\n{t.prop}\n\n## 3.2 Garantier som er iverksatt\n\n{bullets(t.safeguards)}"
    body4 = (
        risk_rows(
            t, "| Nr | Uønsket hendelse | Sannsynlighet | Konsekvens | Tiltak |", numbered=True
        )
        + "\n\n## 4.2 Tiltak som er vurdert, men ikke gjennomført\n\n"
        + bullets([f"{m} – {why}" for m, why in t.not_taken])
        + f"\n\n## 4.3 Restrisiko\n\n{t.residual} Kommunen ber derfor om forhåndsdrøftelse."
    )
    return "\n\n".join(
        [
            a_front(t, key, proc, dpo),
            "# 1 Innledning\n\nDokumentet følger kommunens mal for personvernkonsekvensvurdering (versjon 2024). Vurderingen er gjort av en arbeidsgruppe med fagledelse, IKT, personvernombud og hovedtillitsvalgt.",
            sec("# 2 Hva skal behandles og hvordan", body2, p2),
            sec("# 3 Formål, hjemmel og behov", body3, p3),
            sec("# 4 Risikobilde", body4, p4),
            "# 5 Forankring\n\nSe eget vedtak fra kommunedirektøren.",
        ]
    )


def a_vedtak(t: Topic) -> str:
    return f"""# Eidsvåg kommune – Delegert vedtak

~ Saksnr. 2026/1432 – Arkivkode 063
~ Vedtaksorgan: Kommunedirektøren
~ Dato: 18.11.2026

## Sak: {t.title} – godkjenning av DPIA og beslutning om forhåndsdrøftelse

Kommunedirektørens ledergruppe fikk DPIA-en presentert av arbeidsgruppen 3. november og på nytt 17. november 2026. Hovedfunnene ble lagt fram: {t.residual}

Før behandlingen ble det innhentet innspill fra hovedtillitsvalgte, kommunens personvernombud, ungdomsrådet og brukerrepresentanter. Innspillene er omtalt i DPIA-en og ført til tiltak (blant annet informasjon til de berørte og jevnlig kontroll).

Vedtak: Kommunedirektøren godkjenner vurderingen av personvernkonsekvenser. Restrisikoen er fortsatt høy, men kommunen ønsker å gjennomføre tiltaket. Kommunen ber Datatilsynet om forhåndsdrøftelse etter personvernforordningen artikkel 36.

Reidun Tvedt
kommunedirektør
(elektronisk godkjent i saksbehandlingssystemet 18.11.2026)"""


# === B: Fjellklinikken Rehabilitering AS (private rehabilitation clinic, nb) ======================

B_FROM = "Kristian Moe <kristian.moe@fjellklinikken.no>"
B_SIG = """Vennlig hilsen
Kristian Moe
Kvalitets- og personvernleder
Fjellklinikken Rehabilitering AS | Gaustavegen 210, 3660 Rjukan
Tlf. 35 09 72 40 | Mob. 482 17 306"""


def b_contacts(key: str, dpo: str = "full", proc: str = "full") -> str:
    """The clinic's contact table: heading row merged over all columns, roles merged downwards."""
    dpo_tel = "35 09 72 11" if dpo == "full" else ""
    rows = [
        "| Kontaktopplysninger | << | << | << |",
        "| Rolle | Navn og funksjon | Telefon | E-post |",
        "| Behandlingsansvarlig | Fjellklinikken Rehabilitering AS, org.nr. 991 204 655 | << | << |",
        "| Kontaktperson | Kristian Moe, kvalitets- og personvernleder | 482 17 306 | kristian.moe@fjellklinikken.no |",
        "| ^^ | Hilde Rjukan, avdelingssjef sengepost (stedfortreder) | 35 09 72 52 | hilde.rjukan@fjellklinikken.no |",
        f"| Personvernombud | Aslak Tveit, personvernombud | {dpo_tel} | personvernombud@fjellklinikken.no |",
    ]
    if key == "B1":
        if proc == "full":
            rows += [
                "| Databehandler | Carevision AB, Göteborg (Sverige) | << | << |",
                "| ^^ | Elin Sjöberg, Customer Success Manager | +46 31 710 44 85 | elin.sjoberg@carevision.se |",
            ]
    else:
        rows.append(
            "| Databehandler | Ingen – analysemiljøet driftes av klinikkens egen IKT-avdeling | << | << |"
        )
    return "\n".join(rows)


def b_dpia(
    t: Topic,
    key: str,
    *,
    dpo: str = "full",
    proc: str = "full",
    p2: str | None = None,
    p3: str | None = None,
    p4: str | None = None,
    p5: str | None = None,
) -> str:
    body1 = f"{t.desc}\n\n## 1.1 Pasientgrupper og opplysninger\n\n{t.data}\n\n## 1.2 Informasjonsflyt\n\n{t.flow}"
    body2 = f"{t.purpose} Behandlingen bygger på personvernforordningen art. 6 nr. 1 bokstav c og art. 9 nr. 2 bokstav h, jf. helseregisterloven og pasientjournalloven.\n\n{t.nec}\n\n{t.prop}\n\n## 2.1 Tiltak som ivaretar pasientenes rettigheter\n\n{bullets(t.safeguards)}"
    body3 = (
        "Risiko er vurdert etter klinikkens ROS-mal (sannsynlighet og konsekvens: lav, middels, høy, svært høy).\n\n"
        + risk_rows(
            t, "| Uønsket hendelse | Sannsynlighet | Konsekvens | Risikoreduserende tiltak |"
        )
        + "\n\n## 3.1 Vurdert, men ikke innført\n\n"
        + bullets([f"{m}: {why}" for m, why in t.not_taken])
        + f"\n\n## 3.2 Samlet vurdering\n\n{t.residual}"
    )
    body4 = """Saken har vært behandlet i ledelsens gjennomgang to ganger, 14. oktober og 28. oktober 2026. Kvalitetsleder presenterte ROS-analysen og funnene; brukerrådet, pasient- og pårørendeutvalget og tillitsvalgte for sykepleierne har gitt skriftlige innspill, som er innarbeidet i tiltakene over.

Beslutning 28.10.2026: Ledelsen godkjenner DPIA-en. Restrisikoen er høy, og klinikken ber om forhåndsdrøftelse med Datatilsynet før oppstart.

| Funksjon | Navn | Dato | Signatur |
| Administrerende direktør | Guri Nes | 28.10.2026 | Guri Nes (e-signert) |
| Fagdirektør | Petter Skrede | 28.10.2026 | Petter Skrede (e-signert) |"""
    return "\n\n".join(
        [
            f"# ROS-analyse og vurdering av personvernkonsekvenser\n\n## {t.title}\n\nDokument-ID FK-KVAL-118 | Versjon 2.0 | Eier: kvalitetsleder",
            b_contacts(key, dpo, proc),
            sec("# 1 Tiltaket og informasjonsflyt", body1, p2),
            sec("# 2 Behandlingsgrunnlag og behovsvurdering", body2, p3),
            sec("# 3 ROS-analyse", body3, p4),
            sec("# 4 Ledelsens gjennomgang", body4, p5),
        ]
    )


# === C: Kvarnholm Energi AB, Norway branch (Swedish utility, en) ================================

C_FROM = "Sofia Lindqvist <sofia.lindqvist@kvarnholm.se>"
C_SIG = """Kind regards,

Sofia Lindqvist
Head of Customer Analytics
Kvarnholm Energi AB
Sveavägen 44, 111 34 Stockholm, Sweden
Direct: +46 8 410 226 37 | Mobile: +46 70 318 52 09
sofia.lindqvist@kvarnholm.se"""
C_PROC = "Datenwerk Analytics GmbH, Berlin (hosting and analytics platform) – Jonas Keller, account lead, +49 30 2091 4410, j.keller@datenwerk.de"


def c_dpia(
    t: Topic,
    *,
    proc: str = "full",
    p2: str | None = None,
    p3: str | None = None,
    p4: str | None = None,
    p5: str | None = None,
) -> str:
    proc_line = (
        C_PROC
        if proc == "full"
        else "Datenwerk Analytics GmbH, Berlin (hosting and analytics platform)"
    )
    cover = f"""# Data Protection Impact Assessment

## {t.title}

~ Controller: Kvarnholm Energi AB, filial i Norge (org. no. 925 118 604), Dronning Eufemias gate 16, 0191 Oslo
~ Data Protection Officer: Erik Bergström, +46 8 410 226 00, dpo@kvarnholm.se
~ Processor: {proc_line}
~ Assessment owner: Sofia Lindqvist (contact details in the covering e-mail)
~ Version 1.4, 28 October 2026"""
    body2 = f"{t.desc}\n\n## 2.1 Data subjects and data\n\n{t.data}\n\n## 2.2 Data flows and retention\n\n{t.flow}"
    body3 = f"Purpose: {t.purpose}\n\nNecessity. {t.nec}\n\nProportionality. {t.prop}\n\n## 3.1 Safeguards in place\n\n{bullets(t.safeguards)}"
    body4 = (
        "Scale: Low / Medium / High for likelihood and impact.\n\n"
        + risk_rows(
            t, "| ID | Threat to the individual | Likelihood | Impact | Controls |", numbered=True
        )
        + "\n\n## 4.1 Controls considered and not adopted\n\n"
        + bullets([f"{m} – {why}" for m, why in t.not_taken])
        + f"\n\n## 4.2 Residual risk\n\n{t.residual}"
    )
    body5 = "The assessment and its findings were presented to the Board of Kvarnholm Energi AB on 22 October 2026. See the attached minutes extract (item 7)."
    return "\n\n".join(
        [
            cover,
            "# 1. Scope of assessment\n\nThis assessment covers the Norwegian customer base of the branch. It was carried out by the analytics team with the DPO, IT security and the Norwegian branch management.",
            sec("# 2. The processing", body2, p2),
            sec("# 3. Legal basis, necessity and proportionality", body3, p3),
            sec("# 4. Risk register", body4, p4),
            sec("# 5. Governance and approval", body5, p5),
        ]
    )


def c_minutes(t: Topic) -> str:
    return f"""# Kvarnholm Energi AB – Minutes of the Board of Directors (extract)

~ Meeting 5/2026, 22 October 2026, Stockholm
~ Present: Anders Wahl (chair), Karin Ek, Lars Nyström, Maja Holm, Per Sundin (CEO), Erik Bergström (DPO, item 7)

## Item 7: DPIA – {t.title}

The Head of Customer Analytics presented the DPIA and its findings; an earlier version was discussed at the meeting on 10 September 2026. {t.residual}

The Board noted the views of the Norwegian customer panel, the works council and the DPO, who recommended prior consultation.

Decision: The Board approves the DPIA and instructs management to request prior consultation with Datatilsynet (Norway) before the processing starts.

Minutes checked: Anders Wahl, chair – Karin Ek"""


# === D: Hallingdal folkehøgskule (folk high school, nn) =============================================

D_FROM = "Nils Bøe <nils.boe@hallingdal.fhs.no>"
D_SIG = """Helsing
Nils Bøe
inspektør, Hallingdal folkehøgskule
Tlf. 32 08 51 20 / 975 31 664"""
D_PROC = (
    "Fjellnett AS (leverandør og driftar av låssystemet)",
    "Gaute Rud, prosjektleiar",
    "32 07 99 40",
    "gaute.rud@fjellnett.no",
)


def d_contact_sheet(key: str, proc: str = "full") -> str:
    rows = [
        "| Rolle | Namn | Telefon | E-post |",
        "| Kontaktperson | Nils Bøe, inspektør | 975 31 664 | nils.boe@hallingdal.fhs.no |",
        "| Personvernombod | Gunn Rønning, felles personvernombod for folkehøgskulane (Folkehøgskulerådet) | 22 47 43 10 | personvern@fhs-raadet.no |",
    ]
    if key == "D1" and proc == "full":
        rows.append(f"| Databehandlar | {D_PROC[0]}: {D_PROC[1]} | {D_PROC[2]} | {D_PROC[3]} |")
    elif key == "D2":
        rows.append(
            "| Databehandlar | Ingen databehandlar. Skjema og telefonar blir handtert av skulen sjølv. | | |"
        )
    return f"# Kontaktark\n\nHallingdal folkehøgskule, org.nr. 970 551 208, Skulevegen 5, 3570 Ål\n\n{chr(10).join(rows)}"


def d_letter(t: Topic) -> str:
    return f"""Hallingdal folkehøgskule
Skulevegen 5, 3570 Ål

Datatilsynet
Postboks 458 Sentrum
0105 Oslo

Ål, 20. november 2026

# Førespurnad om førehandsdrøfting – {t.title}

Hallingdal folkehøgskule ber med dette om førehandsdrøfting etter personvernforordninga artikkel 36. Vi har gjennomført ei vurdering av personvernkonsekvensar, men restrisikoen er framleis høg.

Vedlagt fylgjer kontaktark, vurderinga av personvernkonsekvensar og protokoll frå styremøtet.

Med helsing
Kari Grøndahl
rektor"""


def d_dpia(
    t: Topic,
    *,
    p2: str | None = None,
    p3: str | None = None,
    p4: str | None = None,
    p5: str | None = None,
    vendor: str = "",
) -> str:
    body2 = f"{t.desc} {vendor}\n\n{t.data}\n\n{t.flow}"
    body3 = f"Føremål: {t.purpose}\n\n{t.nec}\n\n{t.prop}\n\n{bullets(t.safeguards)}"
    body4 = (
        risk_rows(t, "| Risiko | Sannsyn | Konsekvens | Tiltak |")
        + "\n\nVurdert, men ikkje gjennomført: "
        + "; ".join(f"{m} ({why})" for m, why in t.not_taken)
        + f"\n\nRestrisiko: {t.residual}"
    )
    body5 = "Styret har handsama vurderinga, sjå vedlagt protokoll (sak 23/26)."
    return "\n\n".join(
        [
            f"# Personvernkonsekvensvurdering\n\n## {t.title}\n\nHallingdal folkehøgskule – utarbeidd av inspektør, IT-ansvarleg og elevrådet, hausten 2026.",
            sec("# Om tiltaket", body2, p2),
            sec("# Trengst dette?", body3, p3),
            sec("# Risikoar og tiltak", body4, p4),
            sec("# Godkjenning", body5, p5),
        ]
    )


def d_protocol(t: Topic) -> str:
    return f"""HALLINGDAL FOLKEHØGSKULE – PROTOKOLL FRÅ STYREMØTE

Møtedato: 12. november 2026. Stad: Ål. Til stades: Ola Haugo (leiar), Brit Tuv, Sigurd Lien, Eline Bakke (elevrepresentant), Kari Grøndahl (rektor, sekretær).

Sak 23/26 Personvernkonsekvensvurdering: {t.title}

Inspektør Nils Bøe la fram vurderinga og funna. Saka var òg drøfta i styremøtet 15. oktober (sak 19/26). Elevrådet og dei tilsette sin tillitsvald har gjeve innspel, som er tekne inn i tiltaka. {t.residual}

Vedtak: Styret godkjenner vurderinga av personvernkonsekvensar og ber rektor sende førespurnad om førehandsdrøfting til Datatilsynet. Samrøystes.

Ola Haugo (sign.)   Brit Tuv (sign.)   Sigurd Lien (sign.)   Eline Bakke (sign.)"""


# === E: Harbourline Assurance plc, Norway branch (UK insurer, en) ==================================

E_FROM = "Oliver Grant <oliver.grant@harbourline.co.uk>"
E_SIG = """Oliver Grant
Branch Compliance Manager, Nordics
Harbourline Assurance plc
1 Quayside Walk, London EC3N 4AB
T: +44 20 7946 0188 | M: +44 7700 900 412"""
E_PROC = {
    "E1": [
        "Processor",
        "Daniel Hughes, Head of Client Services",
        "Telemetrix Ltd (Manchester, UK)",
        "+44 161 496 0755",
        "d.hughes@telemetrix.co.uk",
    ],
    "E2": [
        "Processor",
        "Lena Vogt, Key Account Manager",
        "ClaimSight GmbH (Munich, Germany)",
        "+49 89 2154 7730",
        "lena.vogt@claimsight.de",
    ],
}


def e_contacts(key: str, proc: str = "full") -> bytes:
    rows = [
        ["Role", "Name", "Organisation", "Telephone", "Email"],
        [
            "Contact person",
            "Marit Lunde, Head of Norway Branch",
            "Harbourline Assurance plc, NUF (org. no. 917 662 310)",
            "+47 23 89 11 40",
            "marit.lunde@harbourline.no",
        ],
        [
            "Data Protection Officer",
            "Rebecca Shaw, Group DPO",
            "Harbourline Assurance plc",
            "+44 20 7946 0321",
            "dpo@harbourline.co.uk",
        ],
    ]
    p = list(E_PROC[key])
    if proc == "partial":
        p = ["Processor", "", p[2], "+44 161 496 0700 (switchboard)", ""]
    rows.append(p)
    return to_xlsx(
        {
            "Contacts": rows,
            "Notes": [["Contacts for the prior consultation request, November 2026"]],
        }
    )


def e_dpia(
    t: Topic,
    *,
    p2: str | None = None,
    p3: str | None = None,
    p4: str | None = None,
    p5: str | None = None,
) -> str:
    body2 = f"{t.desc}\n\n## Data subjects and categories\n\n{t.data}\n\n## Sources, recipients and retention\n\n{t.flow}"
    body3 = f"{t.purpose}\n\nLawful basis: Article 6(1)(b) and (f) GDPR; the Norwegian Insurance Contracts Act.\n\nNecessity test. {t.nec}\n\nBalancing. {t.prop}\n\n## Safeguards\n\n{bullets(t.safeguards)}"
    body4 = (
        risk_rows(t, "| Risk to individuals | Likelihood | Severity | Mitigation |")
        + "\n\n## Mitigations rejected\n\n"
        + bullets([f"{m} – {why}" for m, why in t.not_taken])
        + f"\n\n## Residual risk\n\n{t.residual}"
    )
    body5 = "Presented to the UK Risk Committee; see the attached committee minute."
    return "\n\n".join(
        [
            f"# DPIA – {t.title}\n\nHarbourline Assurance plc, Norway branch. Owner: Head of Norway Branch. Contacts: see Contacts.xlsx.",
            f"# Executive summary\n\nThe branch plans {t.title.lower()}. {t.residual} We therefore seek prior consultation.",
            sec("# Processing overview", body2, p2),
            sec("# Lawful basis and necessity test", body3, p3),
            sec("# Risk evaluation matrix", body4, p4),
            sec("# Sign-off", body5, p5),
        ]
    )


def e_minute(t: Topic) -> str:
    return f"""# Harbourline Assurance plc – Risk Committee

~ Minute 2026/41, meeting of 4 November 2026
~ Chair: Jonathan Pike (Chief Risk Officer). Attending: Rebecca Shaw (DPO), Marit Lunde (Norway branch), Priya Nair (Head of Pricing)

## DPIA: {t.title}

The Committee reviewed the DPIA, first tabled on 7 October 2026, and the summary of findings. It considered feedback from the Norwegian customer reference group, the branch staff representatives and the DPO. {t.residual}

Resolution: The DPIA is approved. The Norway branch is to request prior consultation with Datatilsynet under Article 36 GDPR before launch.

Signed: Jonathan Pike, Chair, 4 November 2026"""


# === F: Trøndelag fylkeskommune, Tannhelsetjenesten (public dental service, nb) ====================

F_FROM = "Siri Aune <siri.aune@trondelagfylke.no>"
F_SIG = "Siri Aune | seniorrådgiver, Tannhelsetjenesten | Trøndelag fylkeskommune | Fylkets hus, Seilduksgata 25, 7714 Steinkjer"
F_PROC = (
    "Dentivis AS (KI-leverandør)",
    "Henrik Dahl, leveranseansvarlig",
    "73 80 44 21",
    "henrik.dahl@dentivis.no",
)


def f_contact_table(key: str) -> str:
    rows = [
        "| Kontaktopplysninger – anmodning om forhåndsdrøftelse | << | << | << |",
        "| Rolle | Navn | Telefon | E-post |",
        "| Kontaktperson | Siri Aune, seniorrådgiver | 74 17 52 38 | siri.aune@trondelagfylke.no |",
        "| Personvernombud | Bjørnar Lyngstad | 74 17 40 15 | personvernombud@trondelagfylke.no |",
    ]
    if key == "F1":
        rows.append(f"| Databehandler | {F_PROC[0]}, {F_PROC[1]} | {F_PROC[2]} | {F_PROC[3]} |")
    return "\n".join(rows)


def f_dpia(
    t: Topic,
    *,
    p2: str | None = None,
    p3: str | None = None,
    p4: str | None = None,
    p5: str | None = None,
) -> str:
    body2 = f"{t.desc}\n\n## Registrerte og opplysningstyper\n\n{t.data}\n\n## Kilder, mottakere og lagring\n\n{t.flow}"
    body3 = f"{t.purpose}\n\nRettslig grunnlag: tannhelsetjenesteloven § 1-3, helsepersonelloven og pasientjournalloven; personvernforordningen art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h.\n\n{t.nec}\n\n{t.prop}\n\n{bullets(t.safeguards)}"
    body4 = (
        risk_rows(t, "| Trussel / sårbarhet | Sannsynlighet | Konsekvens | Tiltak |")
        + "\n\nTiltak som er vurdert og valgt bort: "
        + "; ".join(f"{m} ({why})" for m, why in t.not_taken)
        + f".\n\nRestrisiko: {t.residual}"
    )
    body5 = """Vurderingen er lagt fram for fylkestannlegens ledermøte 22. september og 20. oktober 2026 (sak 37/26 og 41/26). Ledermøtet fikk presentert funnene; innspill fra brukerutvalget, Barneombudets veileder, tillitsvalgte for tannhelsesekretærene og personvernombudet er tatt inn.

Beslutning 20.10.2026: Fylkestannlegen godkjenner vurderingen og ber om forhåndsdrøftelse hos Datatilsynet.

Godkjent: Randi Hoel, fylkestannlege (elektronisk godkjent 20.10.2026)"""
    return "\n\n".join(
        [
            f"# Personvernkonsekvensvurdering (DPIA)\n\n## {t.title}\n\nTrøndelag fylkeskommune – Den offentlige tannhelsetjenesten. Mal: Helsesektorens DPIA-mal, tilpasset.",
            "# Kort om tiltaket\n\n" + t.purpose,
            sec("# Behandlingsaktiviteten", body2, p2),
            sec("# Behov og forholdsmessighet", body3, p3),
            sec("# Trusler og sårbarheter", body4, p4),
            sec("# Ledelsesforankring", body5, p5),
        ]
    )


def f_mail_html(intro: str, key: str, outro: str) -> str:
    markup = f"{intro}\n\n{f_contact_table(key)}\n\n{outro}\n\n{F_SIG}"
    return to_html(markup)


# === G: Nordkapp Havbruk AS (aquaculture, nb) ========================================================

G_FROM = "Lena Mikkelsen <lena@nordkapphavbruk.no>"
G_SIG = """Mvh
Lena Mikkelsen
HMS- og kvalitetsleder
Nordkapp Havbruk AS
Mob. 481 22 937
lena@nordkapphavbruk.no"""
G_SIG_NO_PHONE = """Mvh
Lena Mikkelsen
HMS- og kvalitetsleder, Nordkapp Havbruk AS
lena@nordkapphavbruk.no"""
G_DPO = "Personvernombudet vårt er Arktis Advokatfirma DA v/ advokat Stian Hætta, tlf. 78 44 21 90, sh@arktisadvokat.no."
G_PROC = {
    "G1": "Havnett AS leverer og drifter kamera- og sporingsløsningen (databehandler). Kontakt der: Pål Isaksen, tlf. 909 12 345, pal.isaksen@havnett.no.",
    "G2": "Leverandøren av apparat og app, AlcoSafe Norge AS, er databehandler. Kontakt: Marte Olsen, tlf. 22 90 14 60, marte.olsen@alcosafe.no.",
}


def g_text(
    t: Topic,
    key: str,
    *,
    p2: str | None = None,
    p3: str | None = None,
    p4: str | None = None,
    p5: str | None = None,
) -> str:
    """The whole request as Lena writes it, usable in the mail body or in a PDF."""
    body2 = f"{t.desc}\n\n{t.data}\n\n{t.flow}"
    body3 = f"{t.nec}\n\n{t.prop} Dette har vi gjort for å begrense inngrepet:\n\n{bullets(t.safeguards)}"
    body4 = (
        "\n".join(
            f"- {r} (sannsynlighet {s.lower()}, konsekvens {k.lower()}). Tiltak: {m}."
            for r, s, k, m in t.risks
        )
        + "\n\nVi har vurdert, men ikke valgt: "
        + "; ".join(f"{m} – {why}" for m, why in t.not_taken)
        + f".\n\n{t.residual}"
    )
    body5 = "Styret behandlet DPIA-en i møte 2. oktober (sak 14/26) og på nytt 23. oktober 2026 (sak 19/26). Daglig leder la fram vurderingen og funnene, og innspill fra verneombudet, de tillitsvalgte og personvernombudet ble gjennomgått. Vedtak 23.10.2026: Styret godkjenner DPIA-en og ber om at vi søker forhåndsdrøftelse med Datatilsynet. Protokollen er signert av styreleder Arvid Johansen."
    return "\n\n".join(
        [
            sec("# HVA VI SKAL GJØRE", body2, p2),
            sec("# HVORFOR DET ER NØDVENDIG", body3, p3),
            sec("# RISIKO OG TILTAK", body4, p4),
            sec("# GODKJENNING", body5, p5),
        ]
    )


# === H: Rheinfeld Logistik Norge AS (logistics, German parent, nb) ===================================

H_FROM = "Thomas Berg <thomas.berg@rheinfeld-logistik.no>"
H_SIG = """Med vennlig hilsen
Thomas Berg
HR-direktør
Rheinfeld Logistik Norge AS"""
H_DPO_FROM = "Dr. Katrin Weiß <k.weiss@rheinfeld-gruppe.de>"


def h_front(t: Topic) -> str:
    return f"""# Personvernkonsekvensvurdering

## {t.title}

| Forside | << |
| Behandlingsansvarlig | Rheinfeld Logistik Norge AS, org.nr. 918 447 302, Bergerveien 14, 3036 Drammen |
| Kontaktperson | Thomas Berg, HR-direktør – tlf. +47 32 20 58 00 / 930 44 871 – thomas.berg@rheinfeld-logistik.no |
| Personvernombud (konsernet) | Dr. Katrin Weiß, Konzerndatenschutzbeauftragte, Rheinfeld Gruppe, Hamburg – tlf. +49 40 3289 1150 – datenschutz@rheinfeld-gruppe.de |
| Databehandler | Rheinfeld IT Services GmbH, Hamburg (drift av lagerstyring og flåtesystem) – Markus Lenz, +49 40 3289 1420, markus.lenz@rheinfeld-it.de |
| Versjon / dato | 2.1 / 30.10.2026 |"""


def h_dpia(
    t: Topic,
    *,
    p2: str | None = None,
    p3: str | None = None,
    p4: str | None = None,
    p5: str | None = None,
) -> str:
    body2 = f"{t.desc}\n\n{t.data}\n\n{t.flow}"
    body3 = f"{t.purpose}\n\n{t.nec}\n\n{t.prop}\n\n{bullets(t.safeguards)}"
    body4 = (
        risk_rows(t, "| Hendelse | Sannsynlighet | Konsekvens | Tiltak |")
        + "\n\nTiltak vurdert, ikke gjennomført: "
        + "; ".join(f"{m} – {why}" for m, why in t.not_taken)
        + f"\n\n{t.residual}"
    )
    body5 = "Styret i Rheinfeld Logistik Norge AS behandlet vurderingen 8. oktober og 29. oktober 2026 (sak 22/26 og 26/26), etter presentasjon fra HR-direktør og konsernets personvernombud. Innspill fra tillitsvalgte (Fellesforbundet), verneombud og arbeidsmiljøutvalget er referert i saksframlegget. Vedtak 29.10.2026: Styret godkjenner DPIA-en og ber administrasjonen be om forhåndsdrøftelse med Datatilsynet. Protokoll signert av styreleder Jens Hartmann."
    return "\n\n".join(
        [
            h_front(t),
            sec("# Hva skal gjøres", body2, p2),
            sec("# Begrunnelse og avveining", body3, p3),
            sec("# Risikovurdering", body4, p4),
            sec("# Godkjenning i styret", body5, p5),
        ]
    )


# === I: Studentsamskipnaden Vestkyst (student welfare organisation, nb) ===============================

I_FROM = "Jonas Aasen <jonas.aasen@sivest.no>"
I_SIG = """Hilsen Jonas Aasen
organisasjonsrådgiver, Studentsamskipnaden Vestkyst (SiVest)"""
I_PROC = {
    "I1": (
        "Campusdrift AS",
        "Tone Midtbø, prosjektleder",
        "55 33 18 70",
        "tone.midtbo@campusdrift.no",
    ),
    "I2": ("Samtalehjelp AS", "Ruben Lie, daglig leder", "23 65 40 12", "ruben@samtalehjelp.no"),
}


def i_cover(t: Topic, key: str, proc: str = "full") -> str:
    org, person, tel, mail = I_PROC[key]
    right_tel = "" if proc == "no_phone" else f"Tlf. {tel}"
    return f"""# Anmodning om forhåndsdrøftelse

## {t.title}

Studentsamskipnaden Vestkyst (org.nr. 971 550 612) ber Datatilsynet om forhåndsdrøftelse etter personvernforordningen artikkel 36. Vurderingen av personvernkonsekvenser, og utdrag av styreprotokollen, er vedlagt.

%% KONTAKTPERSONER HOS SIVEST %% DATABEHANDLER
%% Kontaktperson: Jonas Aasen, organisasjonsrådgiver %% {org}
%% Tlf. 55 30 81 14, mobil 924 60 318 %% {person}
%% jonas.aasen@sivest.no %% {right_tel}
%% Personvernombud: Eva Torsvik %% {mail}
%% Tlf. 55 30 80 02, personvernombud@sivest.no %%

Bergen, 24. november 2026

Hanna Vatne
direktør"""


def i_dpia(
    t: Topic,
    *,
    p2: str | None = None,
    p3: str | None = None,
    p4: str | None = None,
    p5: str | None = None,
) -> str:
    body2 = f"{t.desc}\n\n## Hvem berøres\n\n{t.data}\n\n## Slik flyter opplysningene\n\n{t.flow}"
    body3 = f"{t.purpose}\n\n{t.nec}\n\n{t.prop}\n\n{bullets(t.safeguards)}"
    body4 = (
        risk_rows(t, "| Trussel mot studenten | Sannsynlighet | Konsekvens | Tiltak |")
        + "\n\nVurdert og forkastet: "
        + "; ".join(f"{m} ({why})" for m, why in t.not_taken)
        + f"\n\n{t.residual}"
    )
    body5 = "Styret behandlet saken 24.10.2026, se vedlagt utdrag av protokollen."
    return "\n\n".join(
        [
            f"# Vurdering av personvernkonsekvenser – {t.title}",
            sec("# Slik fungerer løsningen", body2, p2),
            sec("# Hvorfor og hvor mye", body3, p3),
            sec("# Trusler mot studentene og tiltak", body4, p4),
            sec("# Styrets behandling", body5, p5),
        ]
    )


def i_protocol(t: Topic) -> str:
    return f"""# Utdrag av protokoll – styret i Studentsamskipnaden Vestkyst

~ Styremøte 24. oktober 2026, Bergen
~ Til stede: Sunniva Brekke (leder, studentrepresentant), Amir Haddad, Kjersti Opsahl, Marius Vik, Hanna Vatne (direktør)

## Sak 31/26 Vurdering av personvernkonsekvenser – {t.title}

Direktøren presenterte vurderingen og funnene; saken var orientert om i møtet 12. september (sak 24/26). Velferdstinget og de ansattes tillitsvalgte har uttalt seg, og uttalelsene er tatt inn i tiltakene. {t.residual}

Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser og ber administrasjonen be om forhåndsdrøftelse med Datatilsynet.

Protokollen godkjent elektronisk av styrets medlemmer 27.10.2026."""


# === J: Puls Arena Treningssentre AS (gym chain, nb) ==================================================

J_FROM = "Camilla Strand <camilla.strand@pulsarena.no>"
J_SIG = """Camilla Strand
Driftsdirektør, Puls Arena Treningssentre AS
Tlf 915 40 227 | camilla.strand@pulsarena.no"""
J_PROC = {
    "J1": "Nordgate Access AB, Stockholm (slusesystem) – kontakt Anna Holm, +46 8 578 930 12, anna.holm@nordgate.se",
    "J2": "Treningslogg Norge AS (appintegrasjon) – kontakt Eirik Vang, tlf. 41 22 80 30, eirik.vang@treningslogg.no",
}
J_CONTACTS = """Kontaktperson: Camilla Strand, driftsdirektør, tlf. 915 40 227, camilla.strand@pulsarena.no
Personvernombud: Maria Lind, tlf. 926 11 402, personvern@pulsarena.no"""


def j_text(
    t: Topic,
    key: str,
    *,
    p2: str | None = None,
    p3: str | None = None,
    p4: str | None = None,
    p5: str | None = None,
) -> str:
    body2 = f"{t.desc}\n\n{t.data}\n\n{t.flow}"
    body3 = f"{t.nec}\n\n{t.prop}\n\n{bullets(t.safeguards)}"
    body4 = (
        "\n".join(
            f"- {r}: sannsynlighet {s}, konsekvens {k}. Tiltak: {m}." for r, s, k, m in t.risks
        )
        + "\n\nIkke gjennomført: "
        + "; ".join(f"{m} ({why})" for m, why in t.not_taken)
        + f".\n\n{t.residual}"
    )
    body5 = "Ledergruppen gikk gjennom DPIA-en 6. og 27. oktober 2026 og styret behandlet den 11. november 2026 (sak 9/26). Presentasjonen og funnene, innspill fra medlemspanelet og de ansattes tillitsvalgte ble lagt fram. Vedtak: DPIA godkjent, forhåndsdrøftelse skal søkes. Signert: Bjørn Aas (styreleder), Camilla Strand (driftsdirektør)."
    return "\n\n".join(
        [
            f"# DPIA – {t.title}\n\nPuls Arena Treningssentre AS, org.nr. 914 203 118\n\n{J_CONTACTS}\nDatabehandler: {J_PROC[key]}",
            sec("# Beskrivelse", body2, p2),
            sec("# Nødvendighet", body3, p3),
            sec("# Risiko", body4, p4),
            sec("# Godkjenning", body5, p5),
        ]
    )


# --- helpers used by the cases ---------------------------------------------------------------------


def pdf(name: str, markup: str) -> Attachment:
    return (name, to_pdf(markup))


def docx_file(name: str, markup: str) -> Attachment:
    return (name, to_docx(markup))


def odt_file(name: str, markup: str) -> Attachment:
    return (name, to_odt(markup))


def rtf_file(name: str, markup: str) -> Attachment:
    return (name, to_rtf(markup))


def scan(name: str, pages: list[str]) -> Attachment:
    return (name, scan_pdf(pages))


def as_text(markup: str) -> str:
    return plain(markup)
