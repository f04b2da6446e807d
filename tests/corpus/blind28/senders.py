# ruff: noqa: E501, N812
"""One builder per sender: the sender's own mail and documents for a topic, with knobs for what a case leaves out."""

from __future__ import annotations

from email.message import EmailMessage
from textwrap import dedent

import kit
import personas as P
from topics import Topic


def md(text: str) -> str:
    return dedent(text).strip("\n")


def fill(template: str, **values: object) -> str:
    """A mail body: the template dedented first, then filled (values may span lines)."""
    return kit.txt(dedent(template).format(**values))


def desc(t: Topic) -> str:
    return md(t.describe)


def nec(t: Topic) -> str:
    return md(t.necessity)


# --- A: Fjordkreditt – one PDF for everything, numbered chapters, scanned board minute ---------


def a_pdf(t: Topic, *, sak: str, meeting: str, risk: str = "full", approval: str = "scan") -> bytes:
    c, d, p = P.A_CONTACT, P.A_DPO, P.A_PROC
    if risk == "full":
        risk_md = (
            "Vurderingen er gjort i workshop med risk, kundeservice, IT-sikkerhet og personvernombudet. Sannsynlighet og konsekvens er vurdert før tiltak; tabellen viser tiltakene som er gjennomført.\n\n"
            + P.risk_table(
                t,
                (
                    "Risiko for den registrerte",
                    "Sannsynlighet",
                    "Konsekvens",
                    "Tiltak (gjennomført)",
                ),
            )
            + "\n\n## 5.1 Tiltak vurdert, men ikke gjennomført\n\n"
            + P.not_taken(t, " – ikke gjennomført fordi ")
            + f"\n\n## 5.2 Restrisiko\n\n{t.residual}"
        )
    else:
        risk_md = "Risikovurderingen gjennomføres i Q1 2027 sammen med ekstern rådgiver når modellen er ferdig validert. Foreløpig er det identifisert at diskriminering og sensitive transaksjoner er hovedområdene."
    if approval == "scan":
        appr = f"Styrets behandling fremgår av vedlagt protokollutdrag (siste side), sak {sak}."
    elif approval == "planned":
        appr = "DPIA-en er gjennomgått av ledergruppen. Godkjenning av DPIA-en er planlagt i styremøte 15. januar 2027; protokollen sendes over etter møtet."
    else:
        appr = "Styrebehandling skjer når risikovurderingen er ferdig."
    vedlegg = "# 7 Vedlegg\n\n- Protokollutdrag styremøte (skannet)" if approval == "scan" else ""
    body = f"""
    # Anmodning om forhåndsdrøftelse – {t.title}

    Fjordkreditt Teknologi AS, org.nr. 921 448 306, Tollbugata 17, 0152 Oslo

    # 1 Kontaktinformasjon

    | Rolle | Navn | Telefon | E-post |
    | Kontaktperson | {c.name}, {c.title} | {c.phone} | {c.email} |
    | Personvernombud | {d.name} | {d.phone} | {d.email} |
    | Databehandler (Bankdata Connect ApS, Danmark) | {p.name} | {p.phone} | {p.email} |

    # 2 Sammendrag

    Vi ber om forhåndsdrøftelse etter personvernforordningen art. 36. {t.residual}

    # 3 Beskrivelse av behandlingen

    {desc(t)}

    # 4 Nødvendighet og proporsjonalitet

    {nec(t)}

    # 5 Risikovurdering

    {risk_md}

    # 6 Ledelsens validering

    {appr}

    {vedlegg}
    """
    scans: tuple[str, ...] = ()
    if approval == "scan":
        scans = (
            f"FJORDKREDITT TEKNOLOGI AS\nUtdrag av protokoll fra styremøte {meeting}\n\nSak {sak}: Vurdering av personvernkonsekvenser (DPIA) – {t.title}\n\nHead of Compliance presenterte DPIA-en og hovedfunnene: restrisiko for diskriminering og for innsyn i sensitive opplysninger vurderes som høy. Innspill fra kundepanelet (12 kunder) og fra tillitsvalgte i kundeservice ble lagt frem, sammen med personvernombudets uttalelse.\n\nVedtak: Styret har gjennomgått DPIA-en og funnene og godkjenner vurderingen. Styret har tatt hensyn til innspillene fra interessentene. Administrasjonen bes sende anmodning om forhåndsdrøftelse til Datatilsynet før behandlingen starter.\n\nOslo, {meeting}\n\nKaren Holt-Sørensen (styreleder)    Espen Dahl    Linn Mæhle    Trond Aa. Vik",
        )
    return kit.to_pdf(md(body), t.title, scans)


def a_mail(
    cid: str,
    t: Topic,
    date: str,
    pdf: bytes,
    name: str,
    note: str = "",
    lead: str = "Alt er samlet i én PDF (anmodning, DPIA og protokollutdrag fra styret).",
) -> EmailMessage:
    template = """
        Hei,

        Vedlagt følger Fjordkreditt Teknologi AS sin anmodning om forhåndsdrøftelse for {title}. {lead}
        {note}
        Ta gjerne kontakt dersom noe er uklart.

        Med vennlig hilsen
        {sig}
        """
    sig = P.mail_sig(
        P.A_CONTACT, "Fjordkreditt Teknologi AS", "Tollbugata 17, 0152 Oslo | fjordkreditt.no"
    )
    body = fill(template, title=t.title, lead=lead, note=note, sig=sig)
    return kit.message(
        cid,
        P.A_FROM,
        f"Anmodning om forhåndsdrøftelse – {t.title}",
        date,
        body,
        attachments=[(name, pdf)],
    )


# --- B: Kornmo – ZIP with README, consultancy template ------------------------------------


def b_readme(t: Topic, files: list[str], extra: str = "") -> bytes:
    c, d, p = P.B_CONTACT, P.B_DPO, P.B_PROC
    listing = "\n".join(f"  {f}" for f in files)
    text = f"""LES MEG – Kornmo Dagligvare AS, anmodning om forhåndsdrøftelse
Behandling: {t.title}

Innhold i pakken:
{listing}
{extra}
Kontaktpersoner
  Kontaktperson:    {c.name}, {c.title}, tlf {c.phone}, {c.email}
  Personvernombud:  {d.name}, tlf {d.phone}, {d.email}
  Databehandler:    Insightly Retail Analytics Ltd, 4 Hume Street, Dublin 2, Irland
                    {p.name}, tlf {p.phone}, {p.email}

DPIA-en er utarbeidet sammen med {P.B_CONSULT} etter deres mal (faser A–E).
"""
    return text.replace("\n", "\r\n").encode("utf-8")


def b_dpia(t: Topic) -> bytes:
    body = f"""
    # {P.B_CONSULT} – Personvernkonsekvensvurdering

    Oppdragsgiver: Kornmo Dagligvare AS. Behandling: {t.title}. Versjon 1.2. Klassifisering: Intern.

    # Fase A – Kontekst og beskrivelse

    {desc(t)}

    # Fase B – Nødvendighet og forholdsmessighet

    {nec(t)}

    # Fase C – Risikoanalyse

    Risiko er vurdert for de registrerte (ikke for virksomheten), på skala lav–middels–høy.

    {P.risk_table(t, ("Trussel mot den registrerte", "Sannsynlighet", "Alvorlighet", "Iverksatt tiltak"))}

    # Fase D – Tiltaksplan

    Tiltakene i fase C er gjennomført før oppstart. Vurdert, men ikke gjennomført:

    {P.not_taken(t, ": ")}

    # Fase E – Konklusjon

    {t.residual} {P.B_CONSULT} anbefaler at Kornmo ber Datatilsynet om forhåndsdrøftelse.
    """
    return kit.to_docx(md(body))


def b_approval(t: Topic, pending: bool = False) -> bytes:
    if pending:
        text = f"""
        # Kornmo Dagligvare AS – Konsernledelsen

        Sak: DPIA {t.title}

        Saken er satt opp til behandling i konsernledelsens møte 12. januar 2027. Godkjenning ettersendes.
        """
    else:
        text = f"""
        # Kornmo Dagligvare AS – Konsernledelsen, møtereferat 27.10.2026 (utdrag)

        Sak 58/2026: DPIA {t.title}

        Leder kundeprogram la fram DPIA-en utarbeidet med {P.B_CONSULT}, med funnene fra fase C og anbefalingen om forhåndsdrøftelse. Innspill fra medlemspanelet og fra Forbrukerrådets tidligere uttalelser om lojalitetsprogram ble gjennomgått, i tillegg til personvernombudets vurdering.

        Beslutning: Konsernledelsen godkjenner DPIA-en og restrisikoen som beskrevet, og ber om at det sendes anmodning om forhåndsdrøftelse.

        | Navn | Rolle | Signert |
        | Hanne Kornmo Aas | Konsernsjef | Signert elektronisk 27.10.2026 |
        | Frode Lia | Finansdirektør | Signert elektronisk 27.10.2026 |
        """
    return kit.to_pdf(md(text))


# --- C: Styrke – XLSX workbook, one sheet per step; scanned board minute -----------------------


def c_workbook(
    t: Topic, *, risk: str = "full", describe: str = "full", approval: str = "scan"
) -> bytes:
    kontekst = [
        ["Steg 1 – Kontekst", ""],
        ["Virksomhet", "Styrke Treningssentre AS, org.nr. 915 302 884"],
        ["Behandling", t.title],
        ["Versjon", "2.0"],
        ["Utarbeidet av", "Marius Bakke, Lise Hovland (personvernombud)"],
    ]
    if describe == "full":
        beskr = [["Steg 2 – Beskrivelse av behandlingen", ""]] + [
            ["", p] for p in desc(t).split("\n\n")
        ]
    else:
        beskr = [
            ["Steg 2 – Beskrivelse av behandlingen", ""],
            ["Formål", ""],
            ["Hvilke opplysninger", ""],
            ["Hvem er registrert / antall", ""],
            ["Kilder og mottakere", ""],
            ["Lagringstid", ""],
            ["Databehandlere", ""],
        ]
    nod = [["Steg 3 – Nødvendighet og proporsjonalitet", ""]] + [
        ["", p] for p in nec(t).split("\n\n")
    ]
    if risk == "full":
        rsk = [
            ["Steg 4 – Risiko", "", "", ""],
            ["Risiko for medlemmet", "Sannsynlighet (1-4)", "Konsekvens (1-4)", "Tiltak"],
        ]
        scale = {"Lav": "1", "Middels": "2", "Høy": "3", "Svært høy": "4"}
        rsk += [[r, scale[p], scale[c], m] for r, p, c, m in t.risks]
        tiltak = [["Steg 5 – Tiltak vurdert, ikke gjennomført", "Begrunnelse"]] + [
            list(x) for x in t.not_taken
        ]
        tiltak += [["Restrisiko", t.residual]]
    else:
        rsk = [["Steg 4 – Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"]] + [
            [r[0], "", "", ""] for r in t.risks
        ]
        tiltak = [["Steg 5 – Tiltak vurdert, ikke gjennomført", "Begrunnelse"]]
    if approval == "scan":
        godk = [
            ["Steg 6 – Godkjenning", ""],
            ["Behandlet", "Styremøte 30.10.2026, sak 22/26"],
            ["Se", "Signert protokoll (PDF) vedlagt"],
        ]
    else:
        godk = [["Steg 6 – Godkjenning", ""], ["Godkjent av", ""], ["Dato", ""], ["Kommentar", ""]]
    return kit.to_xlsx(
        {
            "1 Kontekst": kontekst,
            "2 Beskrivelse": beskr,
            "3 Nødvendighet": nod,
            "4 Risiko": rsk,
            "5 Tiltak": tiltak,
            "6 Godkjenning": godk,
        }
    )


def c_minute(t: Topic) -> bytes:
    return kit.scan_pdf(
        [
            f"STYRKE TRENINGSSENTRE AS\nProtokoll fra styremøte 30. oktober 2026\nTil stede: Anders Wiik (leder), Mona Fjeld, Kristoffer Nyhus, Sara Lindberg. Fra administrasjonen: daglig leder Jan Ove Hagen, driftsdirektør Marius Bakke.\n\nSak 22/26 Personvernkonsekvensvurdering – {t.title}\n\nDriftsdirektøren orienterte om DPIA-en, risikoene og tiltakene. Personvernombudets uttalelse og resultatet av medlemsundersøkelsen (2 300 svar) og drøftingen med verneombudene ble lagt frem.\n\nVedtak: Styret har gjennomgått vurderingen og godkjenner DPIA-en. Restrisikoen er høy, og styret ber administrasjonen be Datatilsynet om forhåndsdrøftelse før FaceIn tas i bruk.\n\nAnders Wiik    Mona Fjeld    Kristoffer Nyhus    Sara Lindberg",
        ]
    )


def c_mail(
    cid: str, t: Topic, date: str, files: list[kit.Attachment], lead: str, proc2: bool = False
) -> EmailMessage:
    c, d, p = P.C_CONTACT, P.C_DPO, P.C_PROC
    extra = ""
    if proc2:
        q = P.C_PROC2
        extra = f"\nDatabehandler 2: Sentinel Vakt AS – {q.name}, {q.phone}, {q.email}"
    template = """
        Til Datatilsynet

        {lead}

        Kontaktperson: {c.name}, {c.title}, {c.phone}, {c.email}
        Personvernombud: {d.name}, {d.title}, {d.phone}, {d.email}
        Databehandler: Visiogate AB – {p.name}, {p.phone}, {p.email}{extra}

        DPIA-en er i arbeidsboken, ett ark per steg i vår mal.

        Hilsen
        Marius Bakke
        Styrke Treningssentre AS | Driftsdirektør
        """
    body = fill(template, lead=lead, c=c, d=d, p=p, extra=extra)
    return kit.message(
        cid, P.C_FROM, f"Forhåndsdrøftelse FaceIn – {t.title}", date, body, attachments=files
    )


# --- D: Havbris – everything in the mail body, headings as questions ---------------------------


def d_body(t: Topic, *, dpo_phone: bool = True, approval: str = "done") -> str:
    c, d, p = P.D_CONTACT, P.D_DPO, P.D_PROC
    dpo = f"{d.name}, {d.phone}, {d.email}" if dpo_phone else f"{d.name}, {d.email}"
    risks = "\n".join(
        f"* {r} (sannsynlighet {s.lower()}, konsekvens {k.lower()}). Tiltak: {m}."
        for r, s, k, m in t.risks
    )
    nt = "\n".join(f"* {m} – valgt bort: {why}." for m, why in t.not_taken)
    if approval == "done":
        appr = f"""Ja. Styret behandlet DPIA-en i møte 19. november 2026, sak 41/2026. Utdrag fra protokollen:

«Styret har fått seg forelagt DPIA for «{t.title}» med risikovurdering og tiltak. Kunderådet og de ansattes representanter har gitt innspill, som er hensyntatt. Styret godkjenner vurderingen og slutter seg til at restrisikoen er høy. Administrasjonen ber om forhåndsdrøftelse hos Datatilsynet.»

Protokollen er signert av styreleder Gro Nærland og daglig leder Øyvind Klepp."""
    else:
        appr = "Ledelsens behandling av DPIA-en: ikke gjennomført ennå. Vi sender likevel nå for å komme i kø."
    template = """
        Hei Datatilsynet,

        Havbris Forsikringsmegling AS (org.nr. 986 120 447) ber om forhåndsdrøftelse etter art. 36 for «{title}». Vi har skrevet alt rett i e-posten.

        HVEM KAN DERE KONTAKTE?
        Kontaktperson: {c.name}, {c.phone}, {c.email}
        Personvernombud: {dpo}
        Databehandler: Claimsight AS v/ {p.name}, {p.phone}, {p.email}

        HVA SKAL VI GJØRE?
        {desc}

        HVORFOR ER DET NØDVENDIG, OG ER DET FORHOLDSMESSIG?
        {nec}

        HVA KAN GÅ GALT FOR KUNDENE, OG HVA GJØR VI MED DET?
        {risks}

        Vurdert, men ikke gjort:
        {nt}

        {residual}

        HAR LEDELSEN GODKJENT VURDERINGEN?
        {appr}

        Vennlig hilsen
        Solveig Lunde
        Compliance-ansvarlig
        Havbris Forsikringsmegling AS
        Strandkaien 6, 5013 Bergen
        Sentralbord 55 30 88 00 | Mobil {c.phone}
        """
    return fill(
        template,
        title=t.title,
        c=c,
        p=p,
        dpo=dpo,
        desc=desc(t),
        nec=nec(t),
        risks=risks,
        nt=nt,
        residual=t.residual,
        appr=appr,
    )


# --- E: Nordvei – DOCX/ODT, Norwegian text under English headings -------------------------------


def e_doc(
    t: Topic,
    *,
    proc_contact: bool = True,
    necessity: str = "full",
    describe: str = "full",
    risk: str = "in_doc",
) -> str:
    c, d, p = P.E_CONTACT, P.E_DPO, P.E_PROC
    proc = (
        f"Fleetwise Telematics OÜ (Tallinn) – {p.name}, {p.title.split(',')[0]}, {p.phone}, {p.email}"
        if proc_contact
        else "Fleetwise Telematics OÜ (Tallinn) – support@fleetwise.ee"
    )
    nec_md = nec(t) if necessity == "full" else ""
    desc_md = (
        desc(t) if describe == "full" else "Se vedlegg A – Systembeskrivelse Fleetwise DriverCam."
    )
    if risk == "in_doc":
        risk_md = (
            P.risk_table(t, ("Risk", "Sannsynlighet", "Konsekvens", "Mitigation / tiltak"))
            + "\n\n## Measures not implemented\n\n"
            + P.not_taken(t, " – ikke innført: ")
            + f"\n\n## Residual risk\n\n{t.residual}"
        )
    else:
        risk_md = "Se eget dokument «Risk assessment» (vedlagt)."
    return md(f"""
    # DPIA – {t.title}

    Nordvei Logistikk AS | Document owner: HMS og kvalitet | Status: Final | Versjon 1.0

    # Contacts

    ~ Kontaktperson: {c.name}, {c.title}, {c.phone}, {c.email}
    ~ Personvernombud (DPO): {d.name}, {d.phone}, {d.email}
    ~ Databehandler: {proc}

    # Processing description

    {desc_md}

    # Necessity & proportionality

    {nec_md}

    # Risk assessment

    {risk_md}

    # Management sign-off

    DPIA-en ble presentert for ledergruppen 11. november 2026 sammen med innspillene fra tillitsvalgte (Norsk Transportarbeiderforbund) og verneombud. Ledergruppen har gjennomgått funnene, godkjent vurderingen og besluttet å be Datatilsynet om forhåndsdrøftelse.

    | Name | Role | Decision | Date |
    | Tone Halvorsen | Administrerende direktør | Godkjent | 11.11.2026 |
    | Bjørn Ulvestad | Transportdirektør | Godkjent | 11.11.2026 |
    """)


def e_risk_doc(t: Topic) -> str:
    return md(f"""
    # Risk assessment – {t.title}

    {P.risk_table(t, ("Risk", "Sannsynlighet", "Konsekvens", "Mitigation / tiltak"))}

    # Measures not implemented

    {P.not_taken(t, " – ikke innført: ")}

    {t.residual}
    """)


# --- F: Talentbro – English, DOCX DPIA + PDF board resolution ---------------------------------


def f_dpia(t: Topic, *, necessity: str = "full", risk: str = "full") -> bytes:
    c, d, p = P.F_CONTACT, P.F_DPO, P.F_PROC
    nec_md = (
        nec(t)
        if necessity == "full"
        else "TBD – Legal is reviewing the legitimate interest assessment; this section will be completed before go-live."
    )
    if risk == "full":
        risk_md = (
            "Risks to candidates' and employees' rights and freedoms, rated before and with mitigations in place.\n\n"
            + P.risk_table(
                t, ("Risk to individuals", "Likelihood", "Severity", "Mitigation in place")
            )
            + "\n\n## Mitigations considered but not adopted\n\n"
            + P.not_taken(t, " – not adopted: ")
            + f"\n\n## Residual risk\n\n{t.residual}"
        )
    else:
        risk_md = (
            "The risk assessment workshop took place last week; the write-up will follow next week."
        )
    return kit.to_docx(
        md(f"""
    # Data Protection Impact Assessment – {t.title}

    Talentbro AS (org. no. 927 611 045), Møllergata 24, 0179 Oslo. Version 1.3.

    # Contacts

    | Role | Name | Phone | Email |
    | Controller contact | {c.name}, {c.title} | {c.phone} | {c.email} |
    | DPO | {d.name} | {d.phone} | {d.email} |
    | Processor (hosting) – Nimbus Compute Ireland Ltd | {p.name} | {p.phone} | {p.email} |

    # Context and description of processing

    {desc(t)}

    # Necessity and proportionality

    {nec_md}

    # Risk assessment

    {risk_md}
    """)
    )


def f_resolution(t: Topic) -> bytes:
    return kit.to_pdf(
        md(f"""
    # Talentbro AS – Board of Directors

    Resolution 2026/19, board meeting held on 24 November 2026 (Teams)

    Matter: DPIA for {t.title}

    The Head of Trust & Privacy presented the DPIA, a summary of its findings and the residual risk. The board reviewed feedback from the customer advisory panel (six employers), from a candidate focus group and from the DPO.

    Resolved: The board approves the DPIA, accepts that residual risk remains high, and instructs management to request prior consultation with Datatilsynet before launch.

    Signed: Eva Marstrander (Chair), Kristian Hoel (CEO), Pål Berntsen (Board member)
    """)
    )


# --- G: Portal – RTF, unnumbered headings, sign-off in the document -----------------------------


def g_rtf(t: Topic, *, dpo: str = "full", describe: str = "full", risk: str = "full") -> bytes:
    c, d, p = P.G_CONTACT, P.G_DPO, P.G_PROC
    dpo_line = (
        f"Personvernombud: {d.name}, {d.title}, tlf. {d.phone}, e-post {d.email}"
        if dpo == "full"
        else f"Personvernombud: {d.name}, {d.title}, {d.email}"
    )
    desc_md = (
        desc(t)
        if describe == "full"
        else "Løsningen er beskrevet i leverandørens systemdokumentasjon."
    )
    if risk == "full":
        risk_md = (
            P.risk_table(t, ("Hva kan skje", "Sannsynlighet", "Konsekvens for leietaker", "Tiltak"))
            + "\n\nTiltak som er vurdert, men ikke innført:\n\n"
            + P.not_taken(t, ", fordi ")
            + f"\n\n{t.residual}"
        )
    else:
        risk_md = "Risikovurderingen er ikke ferdig."
    return kit.to_rtf(
        md(f"""
    # Vurdering av personvernkonsekvenser – {t.title}

    Portal Eiendomsforvaltning AS, Grensen 9, 0159 Oslo, org.nr. 912 664 270

    # Kontaktpersoner

    ~ Kontaktperson: {c.name}, {c.title}, tlf. {c.phone}, e-post {c.email}
    ~ {dpo_line}
    ~ Databehandler: Låsnett AS, org.nr. 998 210 331, Storgata 40, 3126 Tønsberg, kontaktperson {p.name}, tlf. {p.phone}, e-post {p.email}

    # Om behandlingen

    {desc_md}

    # Er behandlingen nødvendig og forholdsmessig

    {nec(t)}

    # Risiko for de registrerte

    {risk_md}

    # Ledelsens gjennomgang

    Vurderingen ble lagt frem for ledermøtet 9. november 2026 med oppsummering av funnene. Innspill fra Leieboerforeningen og fra tre huseiere ble gjennomgått. Ledelsen godkjente vurderingen og besluttet å be om forhåndsdrøftelse.

    Godkjent: Geir Tollefsen, daglig leder, 10.11.2026 (sign.)
    """)
    )


# --- H: Kjørdel – one file per part, loose ------------------------------------------------------


def h_files(t: Topic, *, zero3: bool = False, wrong5: bool = False) -> list[kit.Attachment]:
    c, d, p = P.H_CONTACT, P.H_DPO, P.H_PROC
    kontakt = md(f"""
    # Kontaktinformasjon – Kjørdel AS

    | | Navn | Telefon | E-post |
    | Kontaktperson | {c.name} ({c.title}) | {c.phone} | {c.email} |
    | Personvernombud | {d.name} | {d.phone} | {d.email} |
    | Databehandler: Geonode Telematics GmbH, Berlin | {p.name} | {p.phone} | {p.email} |
    """)
    beskr = f"# Systematisk beskrivelse – {t.title}\n\n{desc(t)}"
    nodv = f"# Nødvendighet og proporsjonalitet\n\n{nec(t)}"
    risk = (
        f"# Risikovurdering – {t.title}\n\nSkala: lav / middels / høy / svært høy.\n\n"
        + P.risk_table(t, ("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"))
        + "\n\n# Vurdert, men ikke gjennomført\n\n"
        + P.not_taken(t, ": ")
        + f"\n\n# Restrisiko\n\n{t.residual}"
    )
    if wrong5:
        styre = "KJØRDEL AS\nProtokoll fra styremøte 3. september 2026\n\nSak 14/26 Godkjenning av halvårsregnskap\nStyret godkjente halvårsregnskapet.\n\nSak 15/26 Ny ladeinfrastruktur Stavanger\nStyret godkjente investering i 40 ladepunkter.\n\nSign.: Vegard Nilsen, Ida Rønning, Ahmed Rahimi (sekretær)"
    else:
        styre = f"KJØRDEL AS\nProtokoll fra styremøte 5. november 2026\n\nSak 19/26 DPIA – {t.title}\nProduktsjefen presenterte DPIA-en med funn og restrisiko. Personvernombudets råd og innspill fra medlemsrådet og forsikringsselskapet ble gjennomgått.\nVedtak: Styret godkjenner DPIA-en, tar hensyn til interessentenes innspill, og ber om forhåndsdrøftelse med Datatilsynet.\n\nSign.: Vegard Nilsen (styreleder), Ida Rønning, Kai Solheim"
    return [
        ("1_Kontaktinformasjon.pdf", kit.to_pdf(kontakt)),
        ("2_Beskrivelse_av_behandlingen.pdf", kit.to_pdf(beskr)),
        ("3_Nodvendighet_og_proporsjonalitet.pdf", b"" if zero3 else kit.to_pdf(nodv)),
        ("4_Risikovurdering.docx", kit.to_docx(risk)),
        ("5_Styrevedtak.pdf", kit.scan_pdf([styre])),
    ]


# --- I: Lærloft – HTML mail, DOCX/ODT, CEO approval forwarded as .eml ---------------------------


def i_dpia(t: Topic) -> str:
    return md(f"""
    # DPIA: {t.title}

    Lærloft AS, Kongens gate 14, 7011 Trondheim

    # Hva vi skal gjøre

    {desc(t)}

    # Hvorfor, og hvorfor på denne måten

    {nec(t)}

    # Risiko for elevene

    {P.risk_table(t, ("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak vi har gjennomført"))}

    Tiltak vi har vurdert uten å gjennomføre:

    {P.not_taken(t, " – ")}

    {t.residual}
    """)


def i_ceo_mail(cid: str, t: Topic, date: str) -> EmailMessage:
    body = kit.txt(f"""
        Hei Hilde,

        Takk for gjennomgangen i ledermøtet i dag. Jeg har lest DPIA-en for {t.title}, inkludert risikotabellen og tiltakene som ikke er gjennomført. Vi har også hørt innspillene fra brukerrådet (lærere og rektorer fra fire kommuner) og fra Foreldreutvalget for grunnopplæringen, og de er tatt inn i vurderingen.

        Jeg godkjenner DPIA-en på vegne av ledelsen. Restrisikoen er høy, så send anmodning om forhåndsdrøftelse til Datatilsynet.

        Bjørnar Lie
        Daglig leder, Lærloft AS
        {P.I_CEO.phone}
        """)
    return kit.message(
        cid + "-ceo",
        f"Bjørnar Lie <{P.I_CEO.email}>",
        f"Godkjenning DPIA – {t.title}",
        date,
        body,
        to="Hilde Gran <hilde.gran@laerloft.no>",
    )


def i_mail(
    cid: str,
    subject: str,
    date: str,
    text: str,
    files: list[kit.Attachment],
    fwd: EmailMessage | None,
) -> EmailMessage:
    msg = kit.message(
        cid,
        P.I_FROM,
        subject,
        date,
        text,
        kit.html_from_text(text),
        files,
        forwarded=("Godkjenning fra daglig leder.eml", fwd) if fwd is not None else None,
    )
    return msg


def i_sig(contact_phone: bool = True) -> str:
    c = P.I_CONTACT
    return (
        f"Hilde Gran\n{c.title}, Lærloft AS\n"
        + (f"Mobil {c.phone}\n" if contact_phone else "")
        + f"{c.email}"
    )


# --- J: Småtroll – nynorsk, PDF DPIA with numbered chapters, scanned protocol -------------------


def j_pdf(t: Topic, *, necessity: str = "full") -> bytes:
    c, d, p = P.J_CONTACT, P.J_DPO, P.J_PROC
    nec_md = nec(t) if necessity == "full" else ""
    return kit.to_pdf(
        md(f"""
    # Vurdering av personvernkonsekvensar (DPIA) – {t.title}

    Småtroll Barnehagar AS, Kaigata 3, 6800 Førde

    # 1 Kontaktinformasjon

    ~ Kontaktperson: {c.name}, {c.title}, telefon {c.phone}, e-post {c.email}
    ~ Personvernombod: {d.name}, telefon {d.phone}, e-post {d.email}
    ~ Databehandlar: Barnehageappen AS, {p.name}, telefon {p.phone}, e-post {p.email}

    # 2 Systematisk skildring av handsaminga

    {desc(t)}

    # 3 Naudsyn og forholdsmessigheit

    {nec_md}

    # 4 Risikovurdering

    {P.risk_table(t, ("Risiko for barnet / familien", "Sannsyn", "Konsekvens", "Tiltak"))}

    ## 4.1 Tiltak som er vurderte, men ikkje sette i verk

    {P.not_taken(t, ": ")}

    ## 4.2 Restrisiko

    {t.residual}

    # 5 Godkjenning

    Sjå vedlagt protokoll frå styremøtet.
    """),
        t.title,
    )


def j_protocol(t: Topic) -> bytes:
    return kit.scan_pdf(
        [
            f"SMÅTROLL BARNEHAGAR AS\nProtokoll frå styremøte 2. desember 2026\n\nSak 31/2026 DPIA – {t.title}\n\nFagleiar la fram vurderinga av personvernkonsekvensar, funna og restrisikoen. Styret fekk òg lagt fram fråsegna frå samarbeidsutvala (SU) i barnehagane og frå personvernombodet.\n\nVedtak: Styret har gått gjennom DPIA-en og godkjenner ho. Innspela frå foreldra i SU er tekne omsyn til. Styret ber administrasjonen sende førespurnad om førehandsdrøfting til Datatilsynet.\n\nSigrid Hauge (styreleiar)   Ola Rysjedal   Marit Vik   Tor Arne Sande",
        ]
    )


def j_sig() -> str:
    c = P.J_CONTACT
    return f"Helsing\n{c.name}\n{c.title}, Småtroll Barnehagar AS\nSentralbord 57 82 40 10 | mobil {c.phone}"
