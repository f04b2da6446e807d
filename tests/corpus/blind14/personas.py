# ruff: noqa: E501
"""The ten senders of blind14: people, signatures and each sender's own document templates.

Every builder takes the case id, a topic, the date, and ``gaps``: a dict whose int keys replace a
part's section text (how a real controller writes «TBD», «Under arbeid», «planlagt» ...), and whose
str keys are the sender's own knobs (which contact fields are blank, a draft title, a ZIP ...).
"""

from __future__ import annotations

from email.message import EmailMessage

import kit
from common import (
    WORDS,
    describe,
    necessity,
    not_taken,
    processor_line,
    risk_bullets,
    risk_rows,
    risk_table,
)
from topics import Topic

Gaps = dict[object, str]


def _p(gaps: Gaps, key: object, default: str) -> str:
    return gaps.get(key, default)


# --- A: Nordvik Fiskeoppdrett AS (aquaculture, nb) ------------------------------------------

A_FROM = "Torill Hansen <torill.hansen@nordvikfisk.no>"
A_SIG = kit.txt("""
    Med vennlig hilsen
    Torill Hansen
    HMS- og kvalitetssjef
    Nordvik Fiskeoppdrett AS | Org.nr. 987 114 502
    Havnegata 40, 8900 Brønnøysund
    Mobil +47 915 22 804
    """)


def a_contact_sheet(t: Topic, gaps: Gaps) -> str:
    p = t.processor
    assert p is not None
    dpo = _p(
        gaps,
        "dpo",
        "| Personvernombud | Per Arne Strand | +47 755 40 212 | personvern@nordvikfisk.no |",
    )
    return (
        "| Rolle | Navn | Telefon | E-post |\n"
        "| Kontaktperson (behandlingsansvarlig) | Torill Hansen | +47 915 22 804 | torill.hansen@nordvikfisk.no |\n"
        f"{dpo}\n"
        f"| Databehandler: {p.org} | {p.person} | {p.phone} | {p.email} |"
    )


def a_report(t: Topic, gaps: Gaps) -> bytes:
    title = _p(gaps, "title", "Vurdering av personvernkonsekvenser (DPIA)")
    md = f"""
# {title}

{t.title}. Nordvik Fiskeoppdrett AS, versjon {_p(gaps, "version", "1.0")}.

## Kontaktark

{a_contact_sheet(t, gaps)}

# 1. Sammendrag

{t.purpose} Etter tiltak vurderer vi fortsatt at risikoen for de ansattes rettigheter er høy, og vi ber derfor om forhåndsdrøftelse.

# 2. Hva vi skal gjøre og hvordan

{_p(gaps, 2, describe(t, "nb"))}

# 3. Nødvendighet og andre løsninger

{_p(gaps, 3, necessity(t, "nb", table=True))}

# 4. Risikobilde

{_p(gaps, 4, risk_table(t, "nb", ("Hendelse", "Sannsynlighet", "Konsekvens", "Tiltak")) + chr(10) * 2 + not_taken(t, "nb"))}

# 5. Behandling i styret

{_p(gaps, 5, "DPIA-en ble behandlet i styremøtet 28. oktober 2026, sak 37/26. Utskrift av protokollen er vedlagt (skannet).")}
"""
    return kit.to_pdf(md, title)


def a_protocol(t: Topic, gaps: Gaps) -> bytes:
    decision = _p(
        gaps,
        "vedtak",
        "Vedtak: Styret godkjenner DPIA-en med de tiltakene som er beskrevet. Styret har merket seg at restrisikoen for de ansatte fortsatt er høy, og ber administrasjonen be Datatilsynet om forhåndsdrøftelse før løsningen tas i bruk.",
    )
    intro = _p(
        gaps,
        "intro",
        "HMS- og kvalitetssjef la frem DPIA-en og hovedfunnene: formål, hvilke risikoer som er funnet, "
        "tiltakene og restrisikoen. Personvernombudets uttalelse og uttalelsen fra hovedverneombud og "
        "tillitsvalgte (Fellesforbundet) ble referert; ansattrepresentanten redegjorde for de ansattes syn.",
    )
    return kit.scan_pdf(
        [
            "PROTOKOLL FRA STYREMØTE I NORDVIK FISKEOPPDRETT AS\n"
            "Dato: 28. oktober 2026, kl. 10.00-14.30. Sted: Hovedkontoret, Brønnøysund.\n"
            "Til stede: Arvid Nordvik (styreleder), Janne Sørli, Bent Olsen, Mona Eek (ansattrepr.). "
            "Fra administrasjonen: daglig leder Ståle Nordvik, HMS- og kvalitetssjef Torill Hansen.\n\n"
            f"Sak 37/26 Vurdering av personvernkonsekvenser – {t.title}\n"
            f"{intro}\n\n"
            f"{decision}\n\n"
            "Arvid Nordvik (sign.)   Janne Sørli (sign.)   Bent Olsen (sign.)   Mona Eek (sign.)"
        ]
    )


def a_nordvik(cid: str, t: Topic, date: str, gaps: Gaps) -> EmailMessage:
    body = (
        kit.txt(f"""
        Til Datatilsynet

        Nordvik Fiskeoppdrett AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36
        for «{t.title}».

        {_p(gaps, "mail", "Vedlagt er DPIA-rapporten (med kontaktark på første side) og utskrift av styreprotokollen der DPIA-en ble godkjent.")}

        """)
        + "\n"
        + A_SIG
    )
    files: list[kit.Attachment] = [(f"DPIA_{t.key}_Nordvik.pdf", a_report(t, gaps))]
    if "no_protocol" not in gaps:
        files.append(("Styreprotokoll_2026-10-28.pdf", a_protocol(t, gaps)))
    if "zip" in gaps:
        files = [("Forhandsdroftelse_Nordvik.zip", kit.to_zip(dict(files)))]
    return kit.message(
        cid, A_FROM, f"Anmodning om forhåndsdrøftelse – {t.title}", date, body, attachments=files
    )


# --- B: Vestlandsk folkehøgskule (nn, everything in the body) -------------------------------

B_FROM = "Ingrid Myklebust <ingrid.myklebust@vestlandsk.fhs.no>"
B_SIG = kit.txt("""
    --
    Helsing
    Ingrid Myklebust
    inspektør, Vestlandsk folkehøgskule
    Skulevegen 12, 6823 Sandane
    tlf. 57 72 41 05 / mobil 948 11 230
    ingrid.myklebust@vestlandsk.fhs.no
    """)
B_RECTOR = kit.txt("""
    Frå: Sveinung Hjelle <rektor@vestlandsk.fhs.no>
    Sendt: måndag 26. oktober 2026 15:12
    Til: Ingrid Myklebust
    Emne: SV: Personvernkonsekvensvurdering – til godkjenning

    Hei Ingrid,

    Eg har gått gjennom vurderinga og samandraget av funna, og vi drøfta ho i leiarmøtet i dag
    saman med elevrådsleiar og tillitsvalt for dei tilsette (innspela deira er tekne inn i pkt. 4).
    Eg godkjenner vurderinga slik ho ligg føre. Restrisikoen er framleis høg, så send ho til
    Datatilsynet for førehandsdrøfting.

    Sveinung Hjelle
    rektor
    """)


def b_body(t: Topic, gaps: Gaps) -> str:
    proc = t.processor
    proc_text = (
        f"Databehandlar: {processor_line(proc, 'nn')}"
        if proc
        else "Vi nyttar ingen databehandlar for denne handsaminga."
    )
    return f"""
Hei,

Vestlandsk folkehøgskule ber med dette om førehandsdrøfting etter personvernforordninga art. 36 for «{t.title}».

1 KVEN DE KAN KONTAKTE

Kontaktperson er underteikna (sjå signaturen). {_p(gaps, "dpo", "Personvernombod er Gunnar Aasen, fellesombod for folkehøgskulane, tlf. 22 47 43 00, personvernombud@folkehogskole.no.")}
{proc_text}

2 KVA VI SKAL GJERE

{_p(gaps, 2, describe(t, "nn"))}

3 KVIFOR DET ER NAUDSYNT, OG KVA ANNA VI HAR PRØVD

{_p(gaps, 3, necessity(t, "nn"))}

4 KVA SOM KAN GÅ GALE

{_p(gaps, 4, risk_bullets(t, "nn") + chr(10) * 2 + not_taken(t, "nn"))}

5 GODKJENNING

{_p(gaps, 5, "Rektor godkjende vurderinga 26. oktober, sjå e-posten hans nedanfor.")}
"""


def b_vestlandsk(cid: str, t: Topic, date: str, gaps: Gaps) -> EmailMessage:
    body = kit.plain(b_body(t, gaps))
    body += "\n" + B_SIG
    if "no_rector" not in gaps:
        body += "\n" + kit.quoted(B_RECTOR)
    return kit.message(cid, B_FROM, f"Førehandsdrøfting – {t.title}", date, body)


# --- C: Høgfjell Treningssenter AS (gym chain, nb, one file per part) ------------------------

C_FROM = "Marte Løkken <marte.lokken@hogfjell.no>"
C_SIG = kit.txt("""
    Vennlig hilsen
    Marte Løkken
    Driftsdirektør, Høgfjell Treningssenter AS
    +47 932 10 448
    """)


def c_contacts(t: Topic) -> str:
    p = t.processor
    assert p is not None
    return f"""
# Kontaktinformasjon

| Funksjon | Navn | Telefon | E-post |
| Kontaktperson | Marte Løkken, driftsdirektør | +47 932 10 448 | marte.lokken@hogfjell.no |
| Personvernombud | Anders Bye | +47 611 80 020 | personvernombud@hogfjell.no |
| Leverandør (databehandler) | {p.person}, {p.org} | {p.phone} | {p.email} |
"""


def c_minutes(t: Topic) -> bytes:
    return kit.scan_pdf(
        [
            "REFERAT – LEDERMØTE HØGFJELL TRENINGSSENTER AS\n"
            "Dato: 20.10.2026. Til stede: Hallvard Moen (adm. dir.), Marte Løkken, Sindre Vik (økonomi), "
            "Anne Grete Rud (HR), Anders Bye (personvernombud, uten stemmerett).\n\n"
            f"Sak 4: DPIA «{t.title}»\n"
            "Marte Løkken presenterte vurderingen: beskrivelse, alternativene som er vurdert, "
            "risikomatrisen og restrisiko. Innspill fra medlemspanelet (spørreundersøkelse, 412 svar) og "
            "fra tillitsvalgte ble gjennomgått. Personvernombudet anbefaler forhåndsdrøftelse.\n\n"
            "Beslutning: Ledergruppen godkjenner DPIA-en. Høy restrisiko knyttet til samtykkets "
            "frivillighet og følgene av et brudd aksepteres ikke uten at Datatilsynet er konsultert. "
            "Driftsdirektør sender anmodning om forhåndsdrøftelse.\n\n"
            "Godkjent referat: Hallvard Moen (signert)   Marte Løkken (signert)"
        ]
    )


def c_files(t: Topic, gaps: Gaps) -> dict[str, bytes]:
    files = {
        "01_Kontaktinformasjon.docx": kit.to_docx(c_contacts(t)),
        "02_Beskrivelse_av_behandlingen.docx": kit.to_docx(
            "# Beskrivelse av behandlingen\n\n" + _p(gaps, 2, describe(t, "nb"))
        ),
        "03_Alternativer_vi_har_vurdert.docx": kit.to_docx(
            "# Alternativer vi har vurdert\n\n" + _p(gaps, 3, necessity(t, "nb", table=True))
        ),
        "04_Risikomatrise.xlsx": kit.to_xlsx(
            {
                "Risikomatrise": [
                    [
                        "ID",
                        "Risiko for medlemmet",
                        "Sannsynlighet (1-4)",
                        "Konsekvens (1-4)",
                        "Tiltak",
                    ]
                ]
                + risk_rows(t, scores=True),
                "Ikke gjennomført": [["Tiltak", "Begrunnelse"], list(t.not_taken)],
            }
        ),
        "05_Referat_ledermote_20-10-2026.pdf": c_minutes(t),
    }
    for name in gaps.get("drop", "").split(","):
        files.pop(name, None)
    files.update({name: data for name, data in gaps_files(gaps)})
    return files


def gaps_files(gaps: Gaps) -> list[tuple[str, bytes]]:
    if 5 in gaps:
        return [
            ("05_Ledelsens_godkjenning.docx", kit.to_docx("# Ledelsens godkjenning\n\n" + gaps[5]))
        ]
    return []


def c_hogfjell(cid: str, t: Topic, date: str, gaps: Gaps) -> EmailMessage:
    files = c_files(t, gaps)
    if "zip" in gaps:
        attachments: list[kit.Attachment] = [("Forhandsdroftelse_Hogfjell.zip", kit.to_zip(files))]
    else:
        attachments = list(files.items())
    body = (
        kit.txt(f"""
        Hei,

        Vi ber om forhåndsdrøftelse for «{t.title}». Dokumentasjonen følger som én fil per del,
        nummerert slik dere ber om på nettsidene.

        {_p(gaps, "mail", "Si fra om noe mangler.")}

        """)
        + "\n"
        + C_SIG
    )
    return kit.message(
        cid, C_FROM, f"Forhåndsdrøftelse: {t.title}", date, body, attachments=attachments
    )


# --- D: Borealis Wind Norge AS (wind farms, en) ----------------------------------------------

D_FROM = "Henrik Saether <henrik.saether@borealiswind.no>"
D_SIG = kit.txt("""
    Kind regards,
    Henrik Sæther
    HSE Director | Borealis Wind Norge AS (part of Borealis Wind A/S, Aarhus)
    Mob. +47 908 44 120 | henrik.saether@borealiswind.no
    """)


def d_contact_xlsx(t: Topic, gaps: Gaps) -> bytes:
    p = t.processor
    assert p is not None
    proc_row = [p.org, p.person, p.phone, p.email]
    if "proc_tbc" in gaps:
        proc_row = [p.org, "TBC", "TBC", "TBC"]
    return kit.to_xlsx(
        {
            "Contacts": [
                ["Role", "Organisation", "Name", "Phone", "E-mail"],
                [
                    "Controller contact",
                    "Borealis Wind Norge AS",
                    "Henrik Sæther",
                    "+47 908 44 120",
                    "henrik.saether@borealiswind.no",
                ],
                [
                    "Data Protection Officer (group)",
                    "Borealis Wind A/S",
                    "Camilla Juul Nielsen",
                    "+45 70 22 18 44",
                    "dpo@borealiswind.dk",
                ],
                ["Processor", *proc_row],
            ]
        }
    )


def d_dpia(t: Topic, gaps: Gaps) -> bytes:
    md = f"""
# Data Protection Impact Assessment – {t.title}

Borealis Wind Norge AS. Owner: HSE Director. Reviewed by: Group DPO.

# Processing overview

{_p(gaps, 2, describe(t, "en"))}

# Is it needed?

{_p(gaps, 3, necessity(t, "en", table=True))}

# Threat and impact analysis

{_p(gaps, 4, risk_table(t, "en") + chr(10) * 2 + not_taken(t, "en"))}

# Governance sign-off

{_p(gaps, 5, "Approved by the Managing Director on 30 October 2026 after review in the management team; see the forwarded e-mail.")}
"""
    return kit.to_docx(md)


def d_md_mail(t: Topic) -> EmailMessage:
    body = kit.txt(f"""
        Henrik,

        Thanks for walking the management team through the DPIA for "{t.title}" today, including
        the summary of findings and the feedback from the safety delegates and the works council.

        I approve the DPIA as presented. As the residual risk stays high even with the mitigations,
        please go ahead and request a prior consultation with Datatilsynet.

        Best,
        Lars Kvam
        Managing Director, Borealis Wind Norge AS
        """)
    return kit.message(
        "md",
        "Lars Kvam <lars.kvam@borealiswind.no>",
        f"RE: DPIA {t.title} - approval",
        kit.when(10, 30, 16, 5),
        body,
        to="henrik.saether@borealiswind.no",
    )


def d_borealis(cid: str, t: Topic, date: str, gaps: Gaps) -> EmailMessage:
    body = (
        kit.txt(f"""
        Dear Datatilsynet,

        Borealis Wind Norge AS requests a prior consultation under Article 36 GDPR regarding
        "{t.title}".

        Attached: our contact sheet (xlsx), the DPIA (docx) and the Managing Director's approval
        (forwarded e-mail). {_p(gaps, "mail", "")}

        """)
        + "\n"
        + D_SIG
    )
    files: list[kit.Attachment] = [
        ("Contact_sheet.xlsx", d_contact_xlsx(t, gaps)),
        (f"DPIA_{t.key}_Borealis.docx", d_dpia(t, gaps)),
    ]
    fwd = None if "no_md" in gaps else ("Approval_Managing_Director.eml", d_md_mail(t))
    return kit.message(
        cid,
        D_FROM,
        f"Request for prior consultation - {t.title}",
        date,
        body,
        attachments=files,
        forwarded=fwd,
    )


# --- E: Lindtveit Boligbyggelag (housing co-operative, nb, HTML mail) -----------------------

E_FROM = "Siri Haugen <siri.haugen@lindtveit-bbl.no>"


def e_contact_table(t: Topic, gaps: Gaps) -> str:
    p = t.processor
    assert p is not None
    dpo = _p(
        gaps,
        "dpo",
        "| Personvernombud | Jon Erik Dahl | +47 63 81 20 00 | personvernombud@lindtveit-bbl.no |",
    )
    return (
        "| Rolle | Navn | Telefon | E-post |\n"
        "| Kontaktperson | Siri Haugen, juridisk rådgiver | +47 63 81 20 55 | siri.haugen@lindtveit-bbl.no |\n"
        f"{dpo}\n"
        f"| Databehandler ({p.org}) | {p.person} | {p.phone} | {p.email} |"
    )


def e_odt(t: Topic, gaps: Gaps) -> bytes:
    title = _p(gaps, "title", f"Personvernkonsekvensvurdering: {t.title}")
    md = f"""
# {title}

Lindtveit Boligbyggelag, forvaltningsavdelingen.

# Om behandlingen

{_p(gaps, 2, describe(t, "nb"))}

# Er behandlingen nødvendig og forholdsmessig?

{_p(gaps, 3, necessity(t, "nb"))}

# Risiko for beboerne

{_p(gaps, 4, risk_table(t, "nb") + chr(10) * 2 + not_taken(t, "nb"))}
"""
    return kit.to_odt(md)


E_DECISION = """
# Utskrift av styreprotokoll – Lindtveit Boligbyggelag

Styremøte 27. oktober 2026, sak 58/26: Personvernkonsekvensvurdering for {title}.

Styret fikk seg forelagt vurderingen, en oppsummering av funnene og innspill fra beboerrepresentantene i de berørte borettslagene (spørreundersøkelse, 1 140 svar) og fra personvernombudet.

Vedtak (enstemmig): Styret godkjenner vurderingen. Risikoen for beboerne er etter tiltak fortsatt høy, og administrasjonen bes om å be Datatilsynet om forhåndsdrøftelse.

Protokollen er signert av styreleder Reidun Kolstad og nestleder Terje Nyhus.
"""


def e_lindtveit(cid: str, t: Topic, date: str, gaps: Gaps) -> EmailMessage:
    decision = _p(gaps, 5, E_DECISION.format(title=t.title))
    md = f"""
Til Datatilsynet

Lindtveit Boligbyggelag ber om forhåndsdrøftelse etter GDPR artikkel 36 for: {t.title}. Vurderingen ligger ved som ODT-fil.

# Kontaktpersoner

{e_contact_table(t, gaps)}

{decision}

Med vennlig hilsen
Siri Haugen, juridisk rådgiver
Lindtveit Boligbyggelag, Storgata 18, 2000 Lillestrøm
"""
    html = kit.to_html(md)
    files: list[kit.Attachment] = [(f"PKV_{t.key}_Lindtveit.odt", e_odt(t, gaps))]
    return kit.message(
        cid, E_FROM, f"Forhåndsdrøftelse – {t.title}", date, html=html, attachments=files
    )


# --- F: Karmsund Tannhelse AS (dental chain, nb, one PDF) ------------------------------------

F_FROM = "Øyvind Hauge <oyvind.hauge@karmsundtann.no>"


def f_pdf(t: Topic, gaps: Gaps) -> bytes:
    p = t.processor
    assert p is not None
    approval = _p(
        gaps,
        5,
        "Ledergruppen behandlet DPIA-en i møte 22. oktober 2026 etter en gjennomgang av funnene og av tilbakemeldingene fra pasientrådet og de ansattes tillitsvalgte.\n\n"
        "Beslutning: DPIA-en godkjennes. Restrisikoen vurderes som høy, og Datatilsynet skal konsulteres før oppstart.\n\n"
        "| Navn | Rolle | Dato | Signatur |\n| Kjersti Vormedal | daglig leder | 22.10.2026 | Kjersti Vormedal (e-signert) |\n| Øyvind Hauge | fagsjef | 22.10.2026 | Øyvind Hauge (e-signert) |",
    )
    md = f"""
# Anmodning om forhåndsdrøftelse – {t.title}

Karmsund Tannhelse AS, org.nr. 996 318 442, Smedasundet 60, 5528 Haugesund

# 1 Hvem er vi, og hvem kan dere kontakte

~ Kontaktperson: Øyvind Hauge, fagsjef, tlf. +47 917 55 302, oyvind.hauge@karmsundtann.no
{_p(gaps, "dpo", "Personvernombud (ekstern): Lene Fosse, Personvernpartner AS, tlf. +47 52 70 33 10, lene@personvernpartner.no")}
Databehandler: {processor_line(p, "nb")}

# 2 Hva skal gjøres

{_p(gaps, 2, describe(t, "nb"))}

# 3 Hvorfor – og hvorfor akkurat slik

{_p(gaps, 3, necessity(t, "nb"))}

# 4 Risiko

{_p(gaps, 4, risk_table(t, "nb") + chr(10) * 2 + not_taken(t, "nb"))}

# 5 Forankring i ledelsen

{approval}
"""
    return kit.to_pdf(md, t.title)


def f_karmsund(cid: str, t: Topic, date: str, gaps: Gaps) -> EmailMessage:
    body = kit.txt(f"""
        Hei

        Vedlagt følger vår anmodning om forhåndsdrøftelse for {t.title.lower()}. Alt ligger i én PDF.

        Mvh
        Øyvind Hauge
        Fagsjef, Karmsund Tannhelse AS
        Tlf. +47 917 55 302
        """)
    files: list[kit.Attachment] = [("Forhandsdroftelse_Karmsund_Tannhelse.pdf", f_pdf(t, gaps))]
    return kit.message(cid, F_FROM, f"Forhåndsdrøftelse {t.title}", date, body, attachments=files)


# --- G: Fjellheim Skisenter AS (ski resort, nb, description over two documents) --------------

G_FROM = "Kristin Rønning <kristin@fjellheim.no>"
G_SIG = kit.txt("""
    Hilsen
    Kristin Rønning
    Markeds- og kundeansvarlig | Fjellheim Skisenter AS
    Sentralbord 32 08 40 00 | Mobil 977 40 318 | kristin@fjellheim.no
    """)


def g_cover(t: Topic, gaps: Gaps) -> str:
    p = t.processor
    assert p is not None
    return f"""
# Fjellheim Skisenter AS – DPIA: {t.title}

~ Behandlingsansvarlig: Fjellheim Skisenter AS, org.nr. 971 225 880, Fjellheimvegen 1, 3580 Geilo
Kontaktperson: Kristin Rønning, tlf. 977 40 318, kristin@fjellheim.no
Personvernombud: Halvor Strand, tlf. 32 08 40 12, personvernombud@fjellheim.no
Leverandør/databehandler: {p.org}, {p.person}, {p.phone}, {p.email}

# Formål og omfang

{_p(gaps, 2, t.description[0])}

# Hvorfor vi mener dette er nødvendig

{_p(gaps, 3, necessity(t, "nb"))}

# Risikovurdering

{_p(gaps, 4, risk_table(t, "nb") + chr(10) * 2 + not_taken(t, "nb"))}

Den tekniske løsningen (dataflyt, lagring, tilgang og sletting) er beskrevet i eget dokument, «Teknisk beskrivelse».
"""


def g_technical(t: Topic) -> str:
    rest = "\n\n".join(t.description[1:])
    return f"""
# Teknisk beskrivelse – {t.title}

{rest}

Opplysninger: {t.data}

{t.flow}

Sikkerhet: {t.security}
"""


def g_director(gaps: Gaps) -> str:
    text = _p(
        gaps,
        5,
        "Hei Kristin. Jeg har lest DPIA-en og oppsummeringen, og vi gikk gjennom den i ledermøtet i går sammen med hyttevelet og representanten for sesongkortkundene. Jeg godkjenner den. Send den til Datatilsynet.",
    )
    return kit.txt(f"""
        -----Opprinnelig melding-----
        Fra: Geir Fjellheim <geir@fjellheim.no>
        Sendt: torsdag 29. oktober 2026 08:47
        Til: Kristin Rønning <kristin@fjellheim.no>
        Emne: SV: DPIA til godkjenning

        {text}

        Geir Fjellheim
        Daglig leder
        """)


def g_fjellheim(cid: str, t: Topic, date: str, gaps: Gaps) -> EmailMessage:
    body = (
        kit.txt(f"""
        Hei,

        Fjellheim Skisenter ber om forhåndsdrøftelse av «{t.title}». Dokumentasjonen er
        vedlagt. Daglig leders svar står i e-posten under.

        {_p(gaps, "mail", "")}

        """)
        + "\n"
        + G_SIG
        + "\n"
        + g_director(gaps)
    )
    files: list[kit.Attachment] = [(f"DPIA_{t.key}_Fjellheim.docx", kit.to_docx(g_cover(t, gaps)))]
    if "no_tech" not in gaps:
        files.append(("Teknisk_beskrivelse.pdf", kit.to_pdf(g_technical(t))))
    return kit.message(
        cid, G_FROM, f"SV: Forhåndsdrøftelse – {t.title}", date, body, attachments=files
    )


# --- H: Northcape Logistics AS (logistics, en) ----------------------------------------------

H_FROM = "Ragnhild Eide <ragnhild.eide@northcape-logistics.no>"


def h_dpia(t: Topic, gaps: Gaps) -> bytes:
    p = t.processor
    assert p is not None
    dpo = _p(
        gaps,
        "dpo",
        "| Data Protection Officer | Thomas Berg | +47 22 90 41 77 | dpo@northcape-logistics.no |",
    )
    md = f"""
# DPIA: {t.title}

Northcape Logistics AS (subsidiary of Northcape Group Ltd, Aberdeen). Document owner: Head of Compliance.

## Who to contact

| Role | Name | Phone | E-mail |
| Controller contact | Ragnhild Eide, Head of Compliance | +47 928 60 114 | ragnhild.eide@northcape-logistics.no |
{dpo}
| Processor: {p.org} | {p.person} | {p.phone} | {p.email} |

# 1. What we will do

{_p(gaps, 2, describe(t, "en"))}

# 2. Why this, and why this way

{_p(gaps, 3, necessity(t, "en"))}

# 3. Risks to drivers and staff

{_p(gaps, 4, "The full risk register is attached (Risk_register.xlsx). Main risks: " + "; ".join(r[0] for r in t.risks) + ". " + not_taken(t, "en"))}

# 4. Management review

{_p(gaps, 5, "Reviewed and approved by the Management Board on 3 November 2026; signed minutes attached (scan).")}
"""
    return kit.to_pdf(md, t.title)


def h_minutes(t: Topic) -> bytes:
    return kit.scan_pdf(
        [
            "NORTHCAPE LOGISTICS AS – MINUTES OF THE MANAGEMENT BOARD\n"
            "3 November 2026, Oslo. Present: Knut Fossum (CEO, chair), Ragnhild Eide, Aslak Moe (COO), "
            "Liv Hammer (HR), Thomas Berg (DPO, observer).\n\n"
            f"Item 6/26: DPIA – {t.title}\n"
            "The Head of Compliance presented the DPIA, its findings and the residual risks. The union "
            "representatives' written comments and the DPO's opinion were considered and are appended.\n\n"
            "Decision: The Management Board approves the DPIA. Residual risk remains high; the company "
            "shall request a prior consultation with Datatilsynet before roll-out.\n\n"
            "Signed: Knut Fossum (signature)    Liv Hammer (signature)"
        ]
    )


def h_northcape(cid: str, t: Topic, date: str, gaps: Gaps) -> EmailMessage:
    body = kit.txt(f"""
        Dear Sir or Madam,

        Please find attached our request for prior consultation (Art. 36 GDPR) concerning
        "{t.title}": the DPIA with contact details, the risk register and the signed board minutes.

        {_p(gaps, "mail", "")}

        Yours faithfully,
        Ragnhild Eide
        Head of Compliance, Northcape Logistics AS
        +47 928 60 114
        """)
    files: list[kit.Attachment] = [(f"DPIA_{t.key}_Northcape.pdf", h_dpia(t, gaps))]
    if "no_register" not in gaps:
        register = [["ID", "Risk", "Likelihood", "Severity", "Mitigation"], *risk_rows(t)]
        files.append(("Risk_register.xlsx", kit.to_xlsx({"Register": register})))
    if "no_minutes" not in gaps:
        files.append(("Board_minutes_2026-11-03_signed.pdf", h_minutes(t)))
    return kit.message(
        cid, H_FROM, f"Prior consultation request - {t.title}", date, body, attachments=files
    )


# --- I: Glåmdal Sparebank (savings bank, nb) --------------------------------------------------

I_FROM = "Maria Kristiansen <maria.kristiansen@glamdalsparebank.no>"


def i_cover(t: Topic) -> str:
    p = t.processor
    assert p is not None
    return f"""
# Anmodning om forhåndsdrøftelse

Glåmdal Sparebank, org.nr. 937 885 120, Kongsvinger. Vår ref. 2026/4411.

Banken ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for behandlingen «{t.title}». Vurderingen av personvernkonsekvenser følger vedlagt, sammen med utdrag av styreprotokollen.

Kontaktpersoner (visittkort vedlagt):

- Maria Kristiansen, compliance-sjef, tlf. +47 62 41 90 33, maria.kristiansen@glamdalsparebank.no
- Personvernombud Bjørn Ivar Lunde, tlf. +47 62 41 90 10, personvernombud@glamdalsparebank.no
- Databehandler: {p.org}, {p.person}, tlf. {p.phone}, {p.email}
"""


def i_dpia(t: Topic, gaps: Gaps) -> bytes:
    md = f"""
# Vurdering av personvernkonsekvenser – {t.title}

# A. Beskrivelse av behandlingen

{_p(gaps, 2, describe(t, "nb"))}

# B. Nødvendighet og proporsjonalitet

{_p(gaps, 3, necessity(t, "nb", table=True))}

# C. Risikovurdering

{_p(gaps, 4, risk_table(t, "nb") + chr(10) * 2 + not_taken(t, "nb"))}
"""
    return kit.to_docx(md)


def i_protocol(t: Topic) -> bytes:
    return kit.scan_image(
        "UTDRAG AV PROTOKOLL FRA STYREMØTE I GLÅMDAL SPAREBANK\n"
        "Møte 29. oktober 2026, sak 88/2026.\n\n"
        f"Vurdering av personvernkonsekvenser: {t.title}\n"
        "Styret fikk fremlagt vurderingen og administrasjonens sammenstilling av funn, og innspill fra "
        "kundeombudet, de tillitsvalgte og personvernombudet. Restrisikoen er høy.\n\n"
        "Vedtak: Styret godkjenner vurderingen og ber administrasjonen be Datatilsynet om "
        "forhåndsdrøftelse.\n\n"
        "Rett utskrift bekreftes: Gudrun Bakken, styreleder (sign.)",
        "JPEG",
        0.6,
    )


def i_glamdal(cid: str, t: Topic, date: str, gaps: Gaps) -> EmailMessage:
    body = kit.txt(f"""
        Til Datatilsynet

        Vedlagt oversendes bankens anmodning om forhåndsdrøftelse, {t.title.lower()}.

        {_p(gaps, "mail", "")}

        Med hilsen
        Maria Kristiansen
        Compliance-sjef
        Glåmdal Sparebank
        """)
    p = t.processor
    assert p is not None
    files: list[kit.Attachment] = [
        ("Oversendelsesbrev.pdf", kit.to_pdf(i_cover(t))),
        (f"DPIA_{t.key}.docx", i_dpia(t, gaps)),
        ("Styreprotokoll_utdrag.jpg", i_protocol(t)),
        (
            "Maria_Kristiansen.vcf",
            kit.vcard(
                "Maria Kristiansen",
                "Glåmdal Sparebank",
                "Compliance-sjef",
                "+47 62 41 90 33",
                "maria.kristiansen@glamdalsparebank.no",
            ),
        ),
    ]
    return kit.message(cid, I_FROM, f"Forhåndsdrøftelse – {t.title}", date, body, attachments=files)


# --- J: Hardanger Kraftlag SA (grid utility, nn) ---------------------------------------------

J_FROM = "Oddbjørn Lægreid <oddbjorn.laegreid@hardangerkraft.no>"


def j_rtf(t: Topic, gaps: Gaps) -> bytes:
    md = f"""
# Personvernkonsekvensvurdering – {t.title}

Hardanger Kraftlag SA

# Skildring av handsaminga

{_p(gaps, 2, describe(t, "nn"))}

# Naudsyn og forholdsmessigheit

{_p(gaps, 3, necessity(t, "nn"))}

# Risiko

Risikoregisteret ligg i eige rekneark (Risikoregister.xlsx). {not_taken(t, "nn")}
"""
    return kit.to_rtf(md)


def j_protocol(t: Topic) -> bytes:
    md = f"""
# Protokoll frå styremøte i Hardanger Kraftlag SA

Måndag 2. november 2026, Norheimsund. Til stades: heile styret (5), nettsjef, personvernombod.

## Sak 54/26 Personvernkonsekvensvurdering – {t.title}

Nettsjefen la fram vurderinga, samandraget av funna og innspela frå kundane sitt representantskap og frå dei tillitsvalde. Personvernombodet si fråsegn låg ved.

Vedtak: Styret godkjenner personvernkonsekvensvurderinga. Restrisikoen er høg, og administrasjonen skal be Datatilsynet om førehandsdrøfting.

Liv Samuelsen, styreleiar (sign.) – Jostein Ringøy (sign.) – Torunn Kvåle (sign.)
"""
    return kit.to_docx(md)


def j_hardanger(cid: str, t: Topic, date: str, gaps: Gaps) -> EmailMessage:
    p = t.processor
    assert p is not None
    contacts = _p(
        gaps,
        1,
        "Kontaktperson | Oddbjørn Lægreid, nettsjef | 56 55 30 12 | oddbjorn.laegreid@hardangerkraft.no\n"
        "Personvernombod | Kjersti Ulvik | 56 55 30 00 | personvernombod@hardangerkraft.no\n"
        f"Databehandlar | {p.person}, {p.org} | {p.phone} | {p.email}",
    )
    body = (
        kit.txt("""
        Hei,

        Hardanger Kraftlag SA ber om førehandsdrøfting for handsaminga som er skildra i vedlegga.

        Kontaktar:
        """)
        + contacts
        + "\n\n"
        + kit.txt(f"""
        Vedlegg:
        - Personvernkonsekvensvurdering (RTF)
        - Risikoregister (xlsx)
        - Styreprotokoll, sak 54/26

        {_p(gaps, "mail", "")}

        Helsing
        Oddbjørn Lægreid
        nettsjef, Hardanger Kraftlag SA
        """)
    )
    files: list[kit.Attachment] = [(f"PKV_{t.key}_Hardanger.rtf", j_rtf(t, gaps))]
    register = [["Nr", "Risiko", "Sannsyn", "Konsekvens", "Tiltak"], *risk_rows(t)]
    files.append(("Risikoregister.xlsx", kit.to_xlsx({"Risiko": register})))
    files.append(("Styreprotokoll_sak_54-26.docx", j_protocol(t)))
    if "extra_name" in gaps:
        files.append((gaps["extra_name"], kit.to_pdf(gaps["extra_body"])))
    return kit.message(cid, J_FROM, f"Førehandsdrøfting – {t.title}", date, body, attachments=files)


__all__ = [
    "WORDS",
    "a_nordvik",
    "b_vestlandsk",
    "c_hogfjell",
    "d_borealis",
    "e_lindtveit",
    "f_karmsund",
    "g_fjellheim",
    "h_northcape",
    "i_glamdal",
    "j_hardanger",
]
