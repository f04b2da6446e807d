# ruff: noqa: E501
"""The ten senders of blind15: their people, signatures, habits and document templates.

Each ``build_x`` renders one message for a topic; keyword knobs leave out what a real sender
forgets (a phone number, the processor's contact, a section, the approval) and return the shapes
that describe the message. The labels are set in ``cases_a.py``.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import (
    message,
    plain,
    quoted,
    scan_pdf,
    to_docx,
    to_html,
    to_odt,
    to_pdf,
    to_rtf,
    to_xlsx,
    to_zip,
    txt,
)
from topics import Topic

Built = tuple[EmailMessage, list[str]]


def bullets(items: tuple[str, ...]) -> str:
    return "\n".join(f"- {i}" for i in items)


def risk_table(t: Topic, head: str) -> str:
    rows = [head] + [
        f"| R{n} | {r} | {s} | {k} | {m} |" for n, (r, s, k, m) in enumerate(t.risks, 1)
    ]
    return "\n".join(rows)


# --- A: Sykehuset Nordvik HF, Forskningsavdelingen (hospital trust research unit), nb ------------

A_FROM = "Ingrid Solheim <ingrid.solheim@nordvik-hf.no>"
A_SIG = txt(
    """
    Med vennlig hilsen
    Ingrid Solheim
    forskningsrådgiver, Forskningsavdelingen
    Sykehuset Nordvik HF
    """
)


def a_dpia(t: Topic, dpo_phone: bool = True, risk: str = "full") -> str:
    dpo_tel = "51 94 10 05" if dpo_phone else ""
    p = t.proc
    assert p is not None
    risk_md = (
        f"""
## 4.1 Identifiserte risikoer

{risk_table(t, "| ID | Trussel / uønsket hendelse | Sannsynlighet | Konsekvens | Tiltak |")}

## 4.2 Tiltak som er vurdert, men ikke gjennomført

{t.not_taken}

## 4.3 Restrisiko

{t.residual} Sykehuset ber derfor om forhåndsdrøfting etter artikkel 36.
"""
        if risk == "full"
        else """
Risikovurderingen er ikke gjennomført ennå. Den gjennomføres i workshop med leverandøren 14. januar 2027, og punkt 4 ettersendes etter dette.
"""
    )
    return f"""
# Vurdering av personvernkonsekvenser (DPIA)

Mal: Sykehuset Nordvik HF, PVK-mal versjon 4.1. Prosjekt: {t.title}. Saksnr. 2026/4471.

# 1 Prosjekt og kontaktpersoner

| Rolle | Navn | Telefon | E-post |
| Prosjektleder | Overlege dr.med. Per Arne Thorsen | 51 94 31 70 | per.arne.thorsen@nordvik-hf.no |
| Kontaktperson for Datatilsynet | Ingrid Solheim, forskningsrådgiver | 51 94 22 60 | ingrid.solheim@nordvik-hf.no |
| Personvernombud | Hallvard Lunde | {dpo_tel} | personvernombud@nordvik-hf.no |
| Databehandler | {p.org}, {p.where}. Kontakt: {p.person}, {p.role} | {p.phone} | {p.email} |

# 2 Beskrivelse av behandlingen

## 2.1 Formål og bakgrunn

{t.desc}

## 2.2 Omfang, kategorier av personopplysninger og lagringstid

{t.scope}

## 2.3 Kilder, mottakere, dataflyt og informasjonssikkerhet

{t.flow}

# 3 Vurdering av nødvendighet og forholdsmessighet

## 3.1 Nødvendighet

{t.necessity}

## 3.2 Forholdsmessighet

{t.proportionality}

## 3.3 Tiltak for å ivareta de registrertes rettigheter

{bullets(t.safeguards)}

# 4 Risikovurdering
{risk_md}
# 5 Behandling i linjen

Vurderingen er behandlet i forskningsutvalget og i sykehusets ledermøte. Se eget beslutningsnotat.
"""


def a_decision(t: Topic) -> bytes:
    return to_pdf(
        f"""
# BESLUTNINGSNOTAT

~ Til: Forskningsavdelingen v/ Ingrid Solheim
~ Fra: Administrerende direktør
~ Dato: 2. november 2026
~ Sak: {t.title} – godkjenning av DPIA og beslutning om forhåndsdrøfting

## Bakgrunn

Forskningsavdelingen presenterte vurderingen av personvernkonsekvenser for ledermøtet 27. oktober 2026 (sak LM 88/26) og på nytt 2. november 2026 etter at restrisikoen var vurdert en gang til. Presentasjonen oppsummerte funnene: de identifiserte risikoene, tiltakene som er gjennomført og restrisikoen som fortsatt er høy.

## Interessenter

Brukerutvalget, forskningsutvalget, personvernombudet og foretakstillitsvalgte har gitt innspill. Brukerutvalget ba om bedre informasjon til pasientene, noe som er tatt inn i tiltakene.

## Beslutning

Jeg har gjennomgått DPIA-en og godkjenner den. Behandlingen skal ikke starte før Datatilsynet er rådspurt, og Forskningsavdelingen bes sende anmodning om forhåndsdrøfting etter personvernforordningen artikkel 36.

~ Bente Kolstad
~ administrerende direktør (sign.)
""",
        "Beslutningsnotat",
    )


def build_a(
    cid: str,
    date: str,
    t: Topic,
    *,
    dpo_phone: bool = True,
    risk: str = "full",
    zipped: bool = False,
) -> Built:
    shapes = [
        "hospital_research_unit",
        "dpia_numbered_template",
        "contact_table_in_dpia",
        "processor_contact_table",
        "dpia_report_docx",
    ]
    dpia = to_docx(a_dpia(t, dpo_phone, risk))
    files = [("DPIA_" + t.key + "_PVK-mal_v4.1.docx", dpia)]
    if not dpo_phone:
        shapes.append("p1_dpo_no_phone")
    if risk == "full":
        files.append(("Beslutningsnotat_adm_dir.pdf", a_decision(t)))
        shapes += ["risk_likelihood_consequence", "part5_decision_letter_signed"]
        body = f"""
        Hei,

        Sykehuset Nordvik HF ber om forhåndsdrøfting etter personvernforordningen artikkel 36 for {t.short}.

        Vedlagt ligger DPIA etter sykehusets mal og beslutningsnotat fra administrerende direktør. Kontaktpersoner står i punkt 1 i DPIA-en.
        """
    else:
        shapes += ["part4_workshop_pending", "part5_not_attached"]
        body = f"""
        Hei,

        Vi sender med dette anmodning om forhåndsdrøfting for {t.short}. DPIA-en er vedlagt. Risikovurderingen (punkt 4) tas i workshop i januar og ettersendes sammen med beslutningsnotatet fra direktøren, men vi ønsker å komme i gang med saken.
        """
    if zipped:
        files = [("Forhandsdroefting_" + t.key + ".zip", to_zip(dict(files)))]
        shapes.append("zip")
    msg = message(
        cid,
        A_FROM,
        f"Anmodning om forhåndsdrøfting – {t.title.split(' – ')[0]}",
        date,
        txt(body) + "\n" + A_SIG,
        attachments=files,
    )
    return msg, shapes


def build_a_dpo_notice(cid: str, date: str) -> Built:
    body = txt(
        """
        Hei,

        Til orientering: Sykehuset Nordvik HF har fra 1. desember 2026 nytt personvernombud. Hallvard Lunde går over i ny stilling, og Marit Eggen overtar.

        Nytt personvernombud:
        Marit Eggen, tlf. 51 94 10 06, personvernombud@nordvik-hf.no

        Felles postkasse er uendret. Vi ber om at registeret deres oppdateres.
        """
    )
    return message(
        cid,
        A_FROM,
        "Melding om nytt personvernombud – Sykehuset Nordvik HF",
        date,
        body + "\n" + A_SIG,
    ), [
        "hospital_research_unit",
        "nonrequest_dpo_notification",
    ]


# --- B: Byløven Taxi AS (taxi company), nb -----------------------------------------------------

B_FROM = "Arild Haugen <arild@byloven-taxi.no>"
B_SIG = txt(
    """
    mvh
    Arild Haugen
    daglig leder
    Byløven Taxi AS
    mob 924 18 337 | arild@byloven-taxi.no
    sentral 55 70 70 70
    """
)


def b_pdf(t: Topic, processor_row: bool = True, necessity: str = "full") -> bytes:
    p = t.proc
    assert p is not None
    proc = (
        f"| Leverandør (databehandler) | {p.org}, {p.person}, {p.phone}, {p.email} |"
        if processor_row
        else ""
    )
    nec = (
        f"{t.necessity}\n\n{t.proportionality}\n\nDette gjør vi for å ivareta de som blir filmet:\n\n{bullets(t.safeguards)}"
        if necessity == "full"
        else "Vi mener det er nødvendig av hensyn til sikkerheten."
    )
    risks = "\n\n".join(
        f"~ Risiko: {r}\n~ Sannsynlighet: {s}. Konsekvens: {k}.\n~ Tiltak: {m}"
        for r, s, k, m in t.risks
    )
    return to_pdf(
        f"""
# Personvernkonsekvensvurdering – {t.title}

Byløven Taxi AS, org.nr. 986 220 415, Fabrikkgaten 3, 5059 Bergen. Versjon 1.2, oktober 2026.

| Rolle | Kontakt |
| Behandlingsansvarlig | Byløven Taxi AS v/ daglig leder Arild Haugen, 924 18 337, arild@byloven-taxi.no |
| Personvernombud | Advokat Mona Eide, Eide Advokatfirma AS, 915 22 480, mona@eideadvokat.no |
{proc}

# Hva skal vi gjøre

{t.desc}

{t.scope}

{t.flow}

# Hvorfor trenger vi dette

{nec}

# Hva kan gå galt

{risks}

Vurdert, men ikke gjort: {t.not_taken}

{t.residual}
""",
        "DPIA Byløven Taxi",
    )


B_CHAIR = txt(
    """
    Fra: Per Gunnar Lund <pg.lund@lundinvest.no>
    Sendt: 29. oktober 2026 21:14
    Til: Arild Haugen
    Emne: SV: DPIA til styret

    Hei Arild,

    Styret gikk gjennom DPIA-en og presentasjonen din på styremøtet i går (sak 19/2026). Vi har lest innspillene fra tillitsvalgt for sjåførene og fra personvernombudet, og tar med oss at restrisikoen er høy. Styret godkjenner DPIA-en og at dere ber Datatilsynet om forhåndsdrøfting før vi går videre.

    Per Gunnar Lund
    styreleder
    """
)


def build_b(
    cid: str, date: str, t: Topic, *, processor_row: bool = True, necessity: str = "full"
) -> Built:
    shapes = [
        "taxi_company",
        "one_pdf_everything",
        "contact_table_in_pdf",
        "risk_bullets",
        "part5_email_quoted_in_body",
        "quoted_thread",
    ]
    if processor_row:
        shapes.append("processor_contact_table")
    else:
        shapes.append("p1_processor_named_in_passing")
    if necessity != "full":
        shapes.append("part3_one_line")
    body = txt(
        f"""
        Hei

        Vi ønsker forhåndsdrøfting om {t.short}. DPIA ligger ved. Styrets godkjenning er e-posten fra styreleder under.

        Si fra hvis dere trenger mer.
        """
    )
    body += "\n" + B_SIG + "\n" + quoted(B_CHAIR)
    msg = message(
        cid,
        B_FROM,
        f"Forhåndsdrøfting - {t.title.lower()}",
        date,
        body,
        attachments=[(f"DPIA {t.title}.pdf", b_pdf(t, processor_row, necessity))],
    )
    return msg, shapes


def build_b_status(cid: str, date: str) -> Built:
    body = txt(
        """
        Hei

        Vi sendte dere en søknad om kamera i drosjene for tre uker siden og har ikke hørt noe. Har dere fått den? Vi har ikke fått noe saksnummer.

        Leverandøren venter på oss, så det hadde vært fint å vite hvor lang tid det tar.
        """
    )
    return message(
        cid, B_FROM, "Sv: kamera i drosjene - har dere mottatt?", date, body + "\n" + B_SIG
    ), ["taxi_company", "nonrequest_status_inquiry"]


# --- C: Nordre Skogbygd kyrkjelege fellesråd (church council), nn ----------------------------

C_FROM = "Solveig Myklebust <solveig.myklebust@skogbygd.kyrkja.no>"
C_SIG = txt(
    """
    Helsing
    Solveig Myklebust
    kyrkjeverje
    Nordre Skogbygd kyrkjelege fellesråd
    Tlf. 57 72 30 15 / 917 44 210
    """
)


def c_contacts(t: Topic, processor: bool = True) -> str:
    p = t.proc
    dpo = "Personvernombodet vårt er Arve Nesheim i Kyrkjeleg personvernteneste SA, som fellesrådet deler med fem andre fellesråd. Han har telefon 55 30 90 12 og e-post arve.nesheim@personvernteneste.no."
    if processor and p is not None:
        proc = f"Databehandlar er {p.org} ({p.where}). Kontaktperson der er {p.person}, {p.role}, tlf. {p.phone}, {p.email}."
    else:
        proc = "Vi har ingen databehandlar i denne saka; alt blir gjort av eigne tilsette på eige utstyr."
    return f"Kontaktperson for saka er underteikna, Solveig Myklebust, tlf. 917 44 210, e-post solveig.myklebust@skogbygd.kyrkja.no. {dpo} {proc}"


def c_dpia(t: Topic, necessity: str = "full") -> str:
    nec = (
        f"{t.necessity}\n\n{t.proportionality}\n\nDette gjer vi for dei det gjeld:\n\n{bullets(t.safeguards)}"
        if necessity == "full"
        else "Vi meiner dette er naudsynt."
    )
    risks = "\n\n".join(
        f"{r}. Vi vurderer sannsynet som {s.lower()} og konsekvensen som {k.lower()}. Tiltak: {m}."
        for r, s, k, m in t.risks
    )
    return f"""
# Vurdering av personvernkonsekvensar: {t.title}

# Kva gjeld saka

{t.desc}

{t.scope}

# Korleis opplysningane flyt

{t.flow}

# Treng vi dette, og er det rimeleg?

{nec}

# Kva kan gå gale for dei det gjeld

{risks}

# Kva vi ikkje har gjort

{t.not_taken} {t.residual}
"""


C_PROTOCOL = """Nordre Skogbygd kyrkjelege fellesråd
Utskrift av møtebok, møte 20. oktober 2026

Sak 31/26 {title} – vurdering av personvernkonsekvensar

Kyrkjeverja la fram vurderinga av personvernkonsekvensar og gjekk gjennom funna og restrisikoen. Innspel frå sokneråda, frå personvernombodet og frå dei tilsette vart lagde fram. Saka var òg oppe i møtet 15. september (sak 27/26).

Vedtak (samrøystes): Fellesrådet godkjenner vurderinga av personvernkonsekvensar. Fellesrådet ber kyrkjeverja be Datatilsynet om førehandsdrøfting før tiltaket blir sett i verk.

Rett utskrift: Solveig Myklebust, kyrkjeverje"""


def build_c(
    cid: str,
    date: str,
    t: Topic,
    *,
    fmt: str = "odt",
    approval: str = "scan",
    processor: bool = True,
) -> Built:
    shapes = [
        "church_council",
        "contact_prose",
        "headings_nynorsk",
        "dpo_external_shared",
        "risk_prose",
    ]
    files = []
    if fmt == "odt":
        files.append((f"PVK_{t.key}.odt", to_odt(c_dpia(t))))
        shapes.append("odt")
    else:
        files.append((f"PVK_{t.key}.docx", to_docx(c_dpia(t))))
        shapes.append("dpia_report_docx")
    if approval == "scan":
        files.append(
            ("Utskrift_moetebok_sak_31-26.pdf", scan_pdf([C_PROTOCOL.format(title=t.title)]))
        )
        shapes += ["part5_scanned_protocol", "scanned_pdf"]
        appr = "Utskrift av møteboka frå fellesrådet ligg ved (skanna)."
    else:
        shapes.append("part5_future_meeting")
        appr = "Vurderinga blir handsama i fellesrådsmøtet 12. mars, og vi sender protokollen etter det."
    shapes.append("processor_contact_body" if processor else "processor_none_stated")
    body = txt(
        f"""
        Hei

        Nordre Skogbygd kyrkjelege fellesråd ber om førehandsdrøfting for {t.short}. Vurderinga av personvernkonsekvensar ligg ved. {appr}
        """
    )
    body += "\n" + c_contacts(t, processor) + "\n\n" + C_SIG
    return message(
        cid, C_FROM, f"Førehandsdrøfting – {t.title.lower()}", date, body, attachments=files
    ), shapes


def build_c_inline(
    cid: str, date: str, t: Topic, *, necessity: str = "full", processor: bool = True
) -> Built:
    shapes = [
        "church_council",
        "all_in_body",
        "contact_prose",
        "headings_nynorsk",
        "dpo_external_shared",
        "risk_prose",
    ]
    shapes.append("processor_contact_body" if processor else "processor_none_stated")
    if necessity == "full":
        shapes.append("part5_protocol_quoted_in_body")
        tail = "Her er vedtaket frå møteboka:\n\n" + quoted(C_PROTOCOL.format(title=t.title))
    else:
        shapes += ["part3_one_line", "part5_protocol_quoted_in_body"]
        tail = "Her er vedtaket frå møteboka:\n\n" + quoted(C_PROTOCOL.format(title=t.title))
    body = txt(
        f"""
        Hei

        Vi ber om førehandsdrøfting for {t.short}. Vi har ikkje Word på kontoret i dag, så eg limer inn vurderinga her.

        {c_contacts(t, processor)}
        """
    )
    body += "\n" + plain(c_dpia(t, necessity)) + "\n" + tail + "\n" + C_SIG
    return message(cid, C_FROM, f"Førehandsdrøfting: {t.title}", date, body), shapes


def build_c_question(cid: str, date: str) -> Built:
    body = txt(
        """
        Hei

        Vi skal ta bilete av konfirmantane i haust og leggje dei ut på nettsida og Facebook-sida til kyrkjelyden. Nokre foreldre har spurt om dette krev samtykke. Treng vi å gjere ei vurdering av personvernkonsekvensar for dette, og må vi i så fall sende det til dykk?

        Vi har ikkje starta noko enno.
        """
    )
    return message(cid, C_FROM, "Spørsmål om bilete av konfirmantar", date, body + "\n" + C_SIG), [
        "church_council",
        "nonrequest_question",
    ]


# --- D: Faculty of Health and Social Sciences, Nordkyst University, en -----------------------

D_FROM = "Hannah Brooks <hannah.brooks@nordkyst.no>"
D_SIG = txt(
    """
    Kind regards,

    Hannah Brooks
    Senior Adviser, Faculty of Health and Social Sciences
    Nordkyst University
    """
)


def d_dpia(t: Topic, risk: str = "full", signoff: str = "done") -> str:
    if risk == "full":
        risk_md = f"""{risk_table(t, "| # | What could happen | Likelihood | Impact | What we do about it |")}

Measures considered but not taken: {t.not_taken}

{t.residual}"""
    else:
        risk_md = "The risk register is attached as a separate spreadsheet (Risk_register.xlsx)."
    if signoff == "done":
        so = """| Role | Name | Decision | Date |
| Project owner | Prof. Kristin Aune, Vice-Dean for Education | Recommended | 21 Oct 2026 |
| Faculty management team | reviewed findings twice (meetings 7 Oct and 21 Oct 2026) incl. input from student union and DPO | Endorsed | 21 Oct 2026 |
| Dean | Prof. Eirik Holm | Approved, prior consultation to be requested | 28 Oct 2026 |"""
    else:
        so = """| Role | Name | Decision | Date |
| Dean | Prof. Eirik Holm | | |

The Dean's sign-off will follow after the Faculty Board meeting on 12 March."""
    return f"""
# Data Protection Impact Assessment: {t.title}

Faculty of Health and Social Sciences, Nordkyst University. DPIA template v2 (question format).

# Q1 What are we planning to do?

{t.desc}

# Q2 Whose data, how much and for how long?

{t.scope}

# Q3 Where does the data come from and who gets it?

{t.flow}

# Q4 Why is this necessary, and is it proportionate?

{t.necessity}

{t.proportionality}

{bullets(t.safeguards)}

# Q5 What could go wrong for the people concerned?

{risk_md}

# Q6 Who has signed off?

{so}
"""


def build_d(cid: str, date: str, t: Topic, *, risk: str = "full", signoff: str = "done") -> Built:
    p = t.proc
    assert p is not None
    shapes = [
        "university_faculty",
        "contact_label_value",
        "headings_question",
        "headings_english",
        "dpia_report_docx",
        "phone_foreign",
        "processor_contact_body",
    ]
    files = [(f"DPIA_{t.key}_Faculty_HSS.docx", to_docx(d_dpia(t, risk, signoff)))]
    if risk != "full":
        lab = [
            ["Hazard", "Substance", "Likelihood", "Severity", "Control"],
            ["Skin contact", "Formaldehyde 4%", "2", "3", "Nitrile gloves, fume hood"],
            ["Inhalation", "Xylene", "2", "4", "Fume hood, exposure log"],
            ["Spill", "Ethanol 96%", "3", "2", "Spill kit in lab 2.14"],
        ]
        files.append(("Risk_register.xlsx", to_xlsx({"Lab 2.14 HSE": lab})))
        shapes.append("wrong_file_risk_register")
    else:
        shapes.append("risk_likelihood_consequence")
    shapes.append("part5_signoff_table" if signoff == "done" else "part5_will_follow")
    body = txt(
        f"""
        Dear Datatilsynet,

        The Faculty of Health and Social Sciences at Nordkyst University requests prior consultation under Article 36 GDPR regarding {t.short}. Our DPIA, including the sign-off, is attached.

        Contact: Hannah Brooks, Senior Adviser, +47 75 51 78 20, hannah.brooks@nordkyst.no
        DPO: Lars Ove Nilsen, Data Protection Officer, +47 75 51 70 00, personvernombud@nordkyst.no
        Processor: {p.org} ({p.where}), {p.person}, {p.role}, {p.phone}, {p.email}
        """
    )
    return message(
        cid,
        D_FROM,
        f"Request for prior consultation - {t.title}",
        date,
        body + "\n" + D_SIG,
        attachments=files,
    ), shapes


def build_d_question(cid: str, date: str) -> Built:
    body = txt(
        """
        Dear Datatilsynet,

        We are considering introducing remote proctoring for home exams from autumn 2027. We have not started the DPIA yet. Could you tell us whether remote proctoring with facial verification would normally require prior consultation, or whether a DPIA is enough if we reduce the risks ourselves? Also, is the university or the vendor responsible for the DPIA?

        We would be grateful for a short answer or a pointer to guidance.
        """
    )
    return message(
        cid,
        D_FROM,
        "Question: does remote proctoring require prior consultation?",
        date,
        body + "\n" + D_SIG,
    ), ["university_faculty", "nonrequest_question"]


# --- E: Apotek Lindeblad AS (pharmacy chain), nb -------------------------------------------------

E_FROM = "Kari Mette Strand <kari.mette.strand@lindeblad.no>"
E_SIG = txt(
    """
    Vennlig hilsen

    Kari Mette Strand
    Compliance Officer | Apotek Lindeblad AS
    Sentralbord 23 40 18 00 | Mobil 909 41 528
    Karenslyst allé 12, 0278 Oslo
    """
)


def e_contact_pdf(t: Topic) -> bytes:
    p = t.proc
    assert p is not None
    return to_pdf(
        f"""
# Vedlegg 1 – Kontaktinformasjon

Anmodning om forhåndsdrøfting: {t.title}

%% Behandlingsansvarlig %% Personvernombud
%% Apotek Lindeblad AS, org.nr. 981 440 266 %% Thomas Aas
%% Kontaktperson: Kari Mette Strand %% Telefon: 23 40 18 25
%% Telefon: 909 41 528 %% E-post: personvernombud@lindeblad.no
%% E-post: kari.mette.strand@lindeblad.no %%

## Databehandler

~ {p.org}, {p.where}
~ Kontaktperson: {p.person}, {p.role}
~ Telefon: {p.phone}
~ E-post: {p.email}
""",
        "Vedlegg 1",
    )


def e_desc(t: Topic) -> str:
    return f"""
# Vedlegg 2 – Systematisk beskrivelse av behandlingen

## 2.1 Behandlingens art og formål

{t.desc}

## 2.2 Omfang og kategorier

{t.scope}

## 2.3 Kilder, mottakere og sikkerhet

{t.flow}
"""


def e_nec(t: Topic) -> str:
    return f"""
# Vedlegg 3 – Nødvendighet og forholdsmessighet

## 3.1 Nødvendighet

{t.necessity}

## 3.2 Forholdsmessighet

{t.proportionality}

## 3.3 Garantier for de registrerte

{bullets(t.safeguards)}
"""


def e_risk(t: Topic) -> bytes:
    rows = [
        [
            "Nr",
            "Risiko for de registrerte",
            "Sannsynlighet (1-3)",
            "Konsekvens (1-3)",
            "Tiltak",
            "Status",
        ]
    ]
    score = {"Lav": "1", "Middels": "2", "Høy": "3"}
    for n, (r, s, k, m) in enumerate(t.risks, 1):
        rows.append([str(n), r, score[s], score[k], m, "Gjennomført"])
    rows.append(
        [
            str(len(t.risks) + 1),
            "Tiltak vurdert, ikke gjennomført",
            "",
            "",
            t.not_taken,
            "Ikke gjennomført",
        ]
    )
    return to_xlsx({"Risikoregister": rows, "Restrisiko": [["Vurdering"], [t.residual]]})


E_BOARD = """
# Vedlegg 5 – Utdrag av styreprotokoll

Apotek Lindeblad AS – protokoll fra styremøte 22. oktober 2026

## Sak 38/2026 {title}

Compliance officer presenterte DPIA-en og funnene, herunder risikoregisteret og restrisikoen. Saken ble også drøftet i ledergruppen 6. og 13. oktober. Innspill fra farmasøytisk fagråd, tillitsvalgte og et kundepanel var lagt ved saken.

Vedtak: Styret godkjenner DPIA-en. Administrasjonen bes om å be Datatilsynet om forhåndsdrøfting før løsningen tas i bruk.

~ Styreleder Trond Hegge (sign.)
~ Daglig leder Marianne Vold (sign.)
"""

E_OTHER = """
# Rutine for retur og destruksjon av legemidler

Gjelder alle apotek i Apotek Lindeblad. Versjon 3, godkjent av fagsjef.

## Mottak

Kunder kan levere legemidler de ikke bruker i apoteket. Legemidlene legges i godkjent returdunk bak disken. Kanyler leveres i egen boks.

## Oppbevaring og henting

Returdunker oppbevares låst og hentes av godkjent avfallsselskap hver 14. dag. Narkotiske legemidler registreres i egen protokoll.
"""


def build_e(
    cid: str,
    date: str,
    t: Topic,
    *,
    part2: str = "ok",
    part4: str = "ok",
    part5: str = "ok",
    zipped: bool = False,
) -> Built:
    shapes = [
        "pharmacy_chain",
        "file_per_part",
        "contact_two_columns_pdf",
        "org_number_address",
        "risk_register_xlsx",
        "risk_likelihood_consequence",
        "processor_contact_sheet",
    ]
    files: list[tuple[str, bytes]] = [("Vedlegg_1_Kontaktinformasjon.pdf", e_contact_pdf(t))]
    if part2 == "ok":
        files.append(("Vedlegg_2_Beskrivelse_av_behandlingen.docx", to_docx(e_desc(t))))
    else:
        files.append(("Vedlegg_2_Beskrivelse_av_behandlingen.docx", to_docx(E_OTHER)))
        shapes.append("wrong_file_description")
    files.append(("Vedlegg_3_Nodvendighet_og_forholdsmessighet.docx", to_docx(e_nec(t))))
    if part4 == "ok":
        files.append(("Vedlegg_4_Risikoregister.xlsx", e_risk(t)))
    else:
        files.append(("Vedlegg_4_Risikoregister.xlsx", b""))
        shapes.append("zero_byte_risk_assessment")
    if part5 == "ok":
        files.append(("Vedlegg_5_Styreprotokoll_utdrag.pdf", to_pdf(E_BOARD.format(title=t.title))))
        shapes.append("part5_board_minutes")
        note = "Vedlegg 1–5 følger vedlagt."
    else:
        shapes.append("part5_ettersendes")
        note = "Vedlegg 1–4 følger vedlagt. Vedlegg 5 (styrets behandling) ettersendes."
    if zipped:
        files = [("Forhandsdrofting_Lindeblad.zip", to_zip(dict(files)))]
        shapes.append("zip")
    body = txt(
        f"""
        Til Datatilsynet

        Apotek Lindeblad AS ber om forhåndsdrøfting etter personvernforordningen artikkel 36 for {t.short}.

        {note} Vedleggene følger strukturen i Datatilsynets veiledning.
        """
    )
    return message(
        cid,
        E_FROM,
        f"Anmodning om forhåndsdrøfting – {t.title}",
        date,
        body + "\n" + E_SIG,
        attachments=files,
    ), shapes


def build_e_breach(cid: str, date: str) -> Built:
    body = txt(
        """
        Til Datatilsynet

        Vi melder med dette et avvik. 3. november sendte en ansatt i et av våre apotek en e-post med en liste over 41 kunder som skulle hente dosepakkede legemidler til feil mottaker (en ekstern leverandør med lignende navn). Listen inneholdt navn, fødselsdato og legemiddelnavn.

        Mottakeren har bekreftet sletting skriftlig. De berørte kundene varsles i dag. Avviket er også meldt i Altinn-skjemaet; dette er en kopi for ordens skyld.
        """
    )
    return message(
        cid, E_FROM, "Avviksmelding – feilsendt kundeliste", date, body + "\n" + E_SIG
    ), ["pharmacy_chain", "nonrequest_breach_notification"]


# --- F: Vaktsenteret Sikring AS (security guard company), nb, HTML mail -------------------------

F_FROM = "Rune Dahl <rune.dahl@vaktsenteret.no>"


def f_html(t: Topic, intro: str, dpo_phone: bool = True) -> str:
    p = t.proc
    assert p is not None
    dpo = "22 08 90 12" if dpo_phone else ""
    markup = f"""
Hei,

{intro}

| Rolle | Navn | Telefon | E-post |
| Kontaktperson | Rune Dahl, HMS- og kvalitetssjef | 928 55 104 | rune.dahl@vaktsenteret.no |
| Personvernombud | Camilla Ness | {dpo} | personvernombud@vaktsenteret.no |
| Databehandler | {p.person}, {p.org} ({p.where}) | {p.phone} | {p.email} |

Med vennlig hilsen

~ Rune Dahl
~ HMS- og kvalitetssjef, Vaktsenteret Sikring AS
~ Sentralbord 22 08 90 00 – døgnbemannet vaktsentral 22 08 90 90
"""
    return to_html(markup)


def f_rtf(t: Topic, part2: str = "ok", necessity: str = "full", signoff: str = "done") -> bytes:
    desc = f"{t.desc}\n\n{t.scope}\n\n{t.flow}" if part2 == "ok" else "Se vedlagt systemskisse."
    nec = (
        f"{t.necessity}\n\n{t.proportionality}\n\n{bullets(t.safeguards)}"
        if necessity == "full"
        else "Behandlingen er nødvendig for å ivareta sikkerheten til våre ansatte."
    )
    if signoff == "done":
        so = """| Rolle | Navn | Dato | Signatur |
| Utarbeidet av | Rune Dahl, HMS- og kvalitetssjef | 14.10.2026 | RD |
| Kontrollert av | Camilla Ness, personvernombud | 16.10.2026 | CN |
| Godkjent av (ledergruppen, behandlet 9.10 og 23.10, innspill fra AMU og tillitsvalgte vedlagt referatet) | Administrerende direktør Geir Nymoen | 23.10.2026 | GN |"""
    else:
        so = """| Rolle | Navn | Dato | Signatur |
| Utarbeidet av | Rune Dahl, HMS- og kvalitetssjef | 14.10.2026 | RD |
| Kontrollert av | Camilla Ness, personvernombud | | |
| Godkjent av | Administrerende direktør Geir Nymoen | | |"""
    return to_rtf(
        f"""
# DPIA – {t.title}

Vaktsenteret Sikring AS, org.nr. 914 602 338. Dokument KS-PV-07.

# Del A Innledning

Dokumentet er en vurdering av personvernkonsekvenser etter personvernforordningen artikkel 35, utarbeidet etter selskapets mal KS-PV.

# Del B Beskrivelse av behandlingen

{desc}

# Del C Nødvendighet og proporsjonalitet

{nec}

# Del D Risikovurdering

{risk_table(t, "| Nr | Hendelse | Sannsynlighet | Konsekvens | Tiltak |")}

Ikke gjennomførte tiltak: {t.not_taken}

Restrisiko: {t.residual}

# Del E Godkjenning

{so}
"""
    )


def build_f(
    cid: str,
    date: str,
    t: Topic,
    *,
    part2: str = "ok",
    necessity: str = "full",
    signoff: str = "done",
    dpo_phone: bool = True,
) -> Built:
    shapes = [
        "security_guard_company",
        "html_only_body",
        "html_contact_table",
        "rtf",
        "headings_lettered",
        "risk_likelihood_consequence",
        "processor_contact_table",
    ]
    if t.proc and t.proc.phone.startswith("+353"):
        shapes.append("phone_foreign")
    files = [(f"DPIA_{t.key}_KS-PV-07.rtf", f_rtf(t, part2, necessity, signoff))]
    if part2 != "ok":
        route = "# Systemskisse – patruljeruter sone Øst\n\n| Rute | Objekter | Runder per natt |\n| Ø1 | Alnabru næringspark, Furuset senter | 3 |\n| Ø2 | Groruddalen lager 1–4 | 2 |\n| Ø3 | Lindeberg skole, Trosterud | 2 |\n\nVektere melder seg på vaktsentralen ved start og slutt på hver rute."
        files.append(("Systemskisse.pdf", to_pdf(route)))
        shapes.append("wrong_file_description")
    if necessity != "full":
        shapes.append("part3_one_line")
    shapes.append("part5_signoff_table" if signoff == "done" else "signoff_table_pending")
    intro = f"Vaktsenteret Sikring AS ber om forhåndsdrøfting for {t.short}. DPIA med godkjenning ligger vedlagt (RTF fra vår kvalitetsmal). Kontaktinformasjon:"
    return message(
        cid, F_FROM, f"Forhåndsdrøfting: {t.title}", date, html=f_html(t, intro), attachments=files
    ), shapes


# --- G: Northbridge Talent AS (recruitment agency, Swedish parent), en -----------------------

G_FROM = "Erik Lindqvist <erik.lindqvist@northbridgetalent.no>"
G_SIG = txt(
    """
    Best regards
    Erik Lindqvist
    Head of Compliance, Northbridge Talent AS (part of Northbridge Talent AB)
    Office +47 22 41 60 70 | Mobile +47 481 22 906
    erik.lindqvist@northbridgetalent.no
    """
)


def g_pdf(t: Topic, processor_contact: bool = True) -> bytes:
    p = t.proc
    assert p is not None
    proc = (
        f"| Processor | {p.org}, {p.where} | {p.person}, {p.role} | {p.phone} | {p.email} |"
        if processor_contact
        else f"| Processor | {p.org}, {p.where} | via our account manager | | |"
    )
    return to_pdf(
        f"""
# DPIA – {t.title}

Northbridge Talent AS, org. no. 919 330 514, Tollbugata 24, 0152 Oslo. Template NT-DPIA-3.

# 1. Overview and contacts

| Role | Organisation | Name | Phone | E-mail |
| Controller contact | Northbridge Talent AS | Erik Lindqvist, Head of Compliance | +47 481 22 906 | erik.lindqvist@northbridgetalent.no |
| Data Protection Officer | Northbridge Talent AB (group) | Sofia Berg | +46 8 505 220 10 | dpo@northbridgetalent.se |
{proc}

# 2. Processing description

{t.desc}

{t.scope}

{t.flow}

# 3. Necessity and proportionality

{t.necessity}

{t.proportionality}

{bullets(t.safeguards)}

# 4. Risk analysis

{risk_table(t, "| Ref | Risk to candidates | Likelihood | Severity | Mitigation |")}

# 5. Residual risk

{t.residual} Not adopted: {t.not_taken}

Management approval: see the CEO's e-mail forwarded with this request.
""",
        "DPIA",
    )


def g_ceo(t: Topic) -> EmailMessage:
    body = txt(
        f"""
        Erik,

        Thanks for the walkthrough in the management team on Tuesday and again today. I have read the DPIA for {t.title.lower()}, the findings and the comments from the Employee Council and from our two pilot clients. I approve the DPIA as it stands and agree that we ask Datatilsynet for prior consultation before launch.

        Maria Haldorsen
        CEO, Northbridge Talent AS
        """
    )
    return message(
        cid="ceo" + t.key,
        sender="Maria Haldorsen <maria.haldorsen@northbridgetalent.no>",
        subject=f"Approval: DPIA {t.title}",
        date="Thu, 29 Oct 2026 16:42:17 +0100",
        body=body,
        to="erik.lindqvist@northbridgetalent.no",
    )


def build_g(
    cid: str, date: str, t: Topic, *, processor_contact: bool = True, approval: str = "eml"
) -> Built:
    shapes = [
        "recruitment_agency",
        "foreign_owned_subsidiary",
        "dpia_report_pdf",
        "headings_english",
        "contact_table_in_pdf",
        "org_number_address",
        "phone_foreign",
        "long_signature_many_phones",
        "risk_likelihood_consequence",
    ]
    shapes.append("processor_contact_table" if processor_contact else "p1_processor_no_contact")
    files = [(f"NT-DPIA-3_{t.key}.pdf", g_pdf(t, processor_contact))]
    if approval == "eml":
        shapes += ["part5_email_forwarded_eml", "forwarded_rfc822"]
        fwd: tuple[str, EmailMessage] | None = ("CEO approval.eml", g_ceo(t))
        note = "The DPIA is attached, together with our CEO's approval (forwarded e-mail)."
    else:
        shapes.append("part5_will_follow")
        fwd = None
        note = (
            "The DPIA is attached. The CEO approval will follow as soon as she is back next week."
        )
    body = txt(
        f"""
        Dear Sir or Madam,

        Northbridge Talent AS requests prior consultation under GDPR Article 36 for {t.short}. {note}

        Contact details for us, our group DPO and the processor are in section 1 of the DPIA.
        """
    )
    return message(
        cid,
        G_FROM,
        f"Prior consultation request: {t.title}",
        date,
        body + "\n" + G_SIG,
        attachments=files,
        forwarded=fwd,
    ), shapes


def build_g_newsletter(cid: str, date: str) -> Built:
    markup = """
# Northbridge Talent Insights – November 2026

Welcome to our quarterly newsletter for clients and partners.

## Hiring outlook Q1 2027

Demand for logistics and customer service staff remains high in Oslo and Bergen; we expect a 12 % increase in volume roles.

## New: video interviews

From January we offer asynchronous video interviews with AI-assisted transcript scoring. Read more on our website.

## Events

Breakfast seminar «Fair hiring with AI», Oslo, 4 December.

You receive this e-mail because you are on our mailing list. Unsubscribe at any time.
"""
    return message(
        cid,
        "Northbridge Talent <news@northbridgetalent.no>",
        "Northbridge Talent Insights – November 2026",
        date,
        plain(markup),
        html=to_html(markup),
    ), ["recruitment_agency", "nonrequest_newsletter"]


# --- H: Solberg Eiendomsforvaltning AS (property manager), nb, all in the body -----------------

H_FROM = "Ragnhild Nyhus <ragnhild.nyhus@solberg-eiendom.no>"
H_SIG = txt(
    """
    Hilsen
    Ragnhild Nyhus
    prosjektleder, Solberg Eiendomsforvaltning AS
    tlf 23 89 40 00 / mob 995 12 873
    """
)

H_DECISION = """Solberg Eiendomsforvaltning AS
BESLUTNING

Sak: {title}
Dato: 30.10.2026

Ledergruppen har behandlet vurderingen av personvernkonsekvenser i møter 16.10 og 30.10.2026. Prosjektleder la frem funnene og restrisikoen. Innspill fra Leieboerforeningen, fra to styrer i gårdene og fra personvernombudet er vurdert.

Beslutning: Ledergruppen godkjenner vurderingen og beslutter at Datatilsynet skal rådspørres (forhåndsdrøfting) før tiltaket settes i verk.

Oslo, 30.10.2026

Knut Solberg, administrerende direktør (signert)"""


def h_body(t: Topic, desc: str = "ok", processor: bool = True) -> str:
    p = t.proc
    if processor and p is not None:
        proc = f"Databehandler: {p.org}, kontaktperson {p.person} ({p.role}), {p.phone}, {p.email}"
        flow = t.flow
    else:
        proc = (
            "Databehandler: ingen – løsningen driftes av vår egen driftsavdeling på egne servere."
        )
        flow = (
            t.flow.split(". ")[0]
            + ". Alt driftes av vår egen driftsavdeling på egne servere; ingen eksterne har tilgang."
        )
    if desc == "ok":
        d = f"{t.desc}\n\n{t.scope}\n\n{flow}"
    elif desc == "later":
        d = "Beskrivelsen av løsningen ettersendes fra leverandøren når den tekniske løsningen er valgt."
    else:
        d = "Løsningen er beskrevet i vedlegget."
    risks = "\n".join(
        f"- {r} (sannsynlighet {s.lower()}, konsekvens {k.lower()}). Tiltak: {m}."
        for r, s, k, m in t.risks
    )
    return (
        txt(
            f"""
        Hei,

        Vi ønsker en forhåndsdrøfting om {t.short}. Jeg har skrevet det hele inn her, og beslutningen fra ledelsen ligger ved.

        1) Kontaktpersoner
        Kontaktperson: Ragnhild Nyhus, prosjektleder, 995 12 873, ragnhild.nyhus@solberg-eiendom.no
        Personvernombud (eksternt): advokat Jonas Krog, Advokatfirmaet Lund & Krog, 22 94 10 80, jonas.krog@lundkrog.no
        {proc}
        """
        )
        + f"""
2) Hva gjelder det
{d}

3) Hvorfor vi mener det er nødvendig og forholdsmessig
{t.necessity}
{t.proportionality}
Tiltak for beboerne/de ansatte: {"; ".join(t.safeguards)}.

4) Risiko
{risks}
Vurdert, men ikke gjort: {t.not_taken}
{t.residual}

5) Beslutning
Se vedlagt beslutning fra ledergruppen (skannet).

"""
    )


def build_h(cid: str, date: str, t: Topic, *, desc: str = "ok", processor: bool = True) -> Built:
    shapes = [
        "property_manager",
        "all_in_body",
        "headings_numbered_body",
        "contact_label_value",
        "dpo_external_firm",
        "risk_bullets",
        "part5_scanned_decision",
        "scanned_pdf",
    ]
    shapes.append("processor_contact_body" if processor else "processor_none_stated")
    files = [("Beslutning_ledergruppen.pdf", scan_pdf([H_DECISION.format(title=t.title)]))]
    if desc == "later":
        shapes.append("part2_ettersendes")
    elif desc == "wrong":
        lease = "# Standard husleiekontrakt for bolig\n\nSolberg Eiendomsforvaltning AS – mal 2025\n\n## 1 Partene\n\nUtleier: ... Leietaker: ...\n\n## 2 Leieobjektet\n\nLeiligheten leies ut med bod og tilgang til vaskeri.\n\n## 3 Husleie og depositum\n\nHusleien betales forskuddsvis den 1. hver måned. Depositum tilsvarer tre måneders leie.\n\n## 4 Vedlikehold\n\nLeietaker skal behandle leieobjektet med tilbørlig aktsomhet."
        files.insert(0, ("Vedlegg_losningsbeskrivelse.docx", to_docx(lease)))
        shapes.append("wrong_file_description")
    msg = message(
        cid,
        H_FROM,
        f"Forhåndsdrøfting – {t.title.lower()}",
        date,
        h_body(t, desc, processor) + H_SIG,
        attachments=files,
    )
    return msg, shapes


def build_h_guidance(cid: str, date: str) -> Built:
    body = txt(
        """
        Hei,

        Vi forvalter 41 utleiegårder og vurderer kamera i inngangspartier og digitale lås. Før vi ferdigstiller DPIA-en ønsker vi et veiledningsmøte med dere for å høre om vi tenker riktig om lagringstid og bruk av adgangslogg. Har dere mulighet i januar?
        """
    )
    return message(
        cid, H_FROM, "Ønske om veiledningsmøte – digitale lås og kamera", date, body + "\n" + H_SIG
    ), ["property_manager", "nonrequest_guidance"]


# --- I: Fjordposten AS (newspaper), nn, XLSX workbook -------------------------------------------

I_FROM = "Kjetil Vassenden <kjetil.vassenden@fjordposten.no>"
I_SIG = txt(
    """
    Kjetil Vassenden
    utviklingsredaktør, Fjordposten
    57 86 40 00 / 481 90 327
    """
)


def i_workbook(t: Topic, processor_contact: bool = True, necessity: str = "full") -> bytes:
    p = t.proc
    assert p is not None
    contacts = [
        ["Rolle", "Namn", "Telefon", "E-post"],
        [
            "Kontaktperson",
            "Kjetil Vassenden, utviklingsredaktør",
            "481 90 327",
            "kjetil.vassenden@fjordposten.no",
        ],
        ["Personvernombod", "Gunn Rabben", "57 86 40 12", "personvernombod@fjordposten.no"],
        ["Databehandlar", f"{p.person}, {p.org} ({p.where})", p.phone, p.email]
        if processor_contact
        else ["Databehandlar", f"{p.org} ({p.where})", "", ""],
    ]
    desc = [
        ["Tema", "Skildring"],
        ["Kva", t.desc],
        ["Kven og kor mykje", t.scope],
        ["Kjelder og mottakarar", t.flow],
    ]
    nec = (
        [["Tema", "Vurdering"], ["Naudsyn", t.necessity], ["Forholdsmessig", t.proportionality]]
        + [["Tiltak for dei registrerte", s] for s in t.safeguards]
        if necessity == "full"
        else [["Tema", "Vurdering"], ["Naudsyn og forholdsmessigheit", "Ikkje gjennomført enno."]]
    )
    risk = [["Nr", "Kva kan skje", "Sannsyn", "Konsekvens", "Tiltak"]] + [
        [str(n), r, s, k, m] for n, (r, s, k, m) in enumerate(t.risks, 1)
    ]
    risk += [
        ["", "Vurdert, ikkje gjennomført", "", "", t.not_taken],
        ["", "Restrisiko", "", "", t.residual],
    ]
    appr = [
        ["Godkjenning"],
        [
            "Styremøte 6/26, 28.10.2026, sak 44/26: Utviklingsredaktøren la fram DPIA-en med funn og restrisiko. Saka var førebudd i leiargruppa 7.10 og 21.10. Innspel frå klubben i Norsk Journalistlag, personvernombodet og lesarpanelet var lagde ved."
        ],
        [
            "Vedtak: Styret godkjenner DPIA-en og ber administrasjonen be Datatilsynet om førehandsdrøfting."
        ],
        ["Protokollen er signert av styreleiar Brit Aasen og ansvarleg redaktør Olav Hjelle."],
    ]
    return to_xlsx(
        {
            "Kontaktar": contacts,
            "Skildring": desc,
            "Naudsyn": nec,
            "Risiko": risk,
            "Godkjenning": appr,
        }
    )


I_THREAD = txt(
    """
    Fra: Olav Hjelle <olav.hjelle@fjordposten.no>
    Sendt: måndag 2. november 2026 08:11
    Til: Kjetil Vassenden
    Emne: Re: DPIA - kva no?

    Styret har vedteke det, så send det til Datatilsynet no. Hugs arbeidsboka med alle arka.

    Olav

    > Fra: Kjetil Vassenden
    > Skal eg sende heile arbeidsboka, eller berre eit samandrag?
    """
)


def build_i(
    cid: str, date: str, t: Topic, *, processor_contact: bool = True, necessity: str = "full"
) -> Built:
    shapes = [
        "newspaper",
        "dpia_workbook_xlsx",
        "contact_sheet_xlsx",
        "headings_nynorsk",
        "risk_likelihood_consequence",
        "part5_protocol_line",
        "reply_in_thread",
        "quoted_thread",
    ]
    if t.proc and t.proc.phone.startswith("+49"):
        shapes.append("phone_foreign")
    shapes.append("processor_contact_sheet" if processor_contact else "p1_processor_no_contact")
    if necessity != "full":
        shapes.append("part3_not_done")
    body = txt(
        f"""
        Hei

        Fjordposten ber om førehandsdrøfting for {t.short}. Heile vurderinga ligg i arbeidsboka (fem ark: kontaktar, skildring, naudsyn, risiko og godkjenning).
        """
    )
    body += "\n" + I_SIG + "\n" + quoted(I_THREAD)
    return message(
        cid,
        I_FROM,
        f"SV: DPIA - kva no? / førehandsdrøfting {t.title.lower()}",
        date,
        body,
        attachments=[
            (f"DPIA-arbeidsbok_{t.key}.xlsx", i_workbook(t, processor_contact, necessity))
        ],
    ), shapes


def build_i_innsyn(cid: str, date: str) -> Built:
    body = txt(
        """
        Hei

        Med heimel i offentleglova ber eg om innsyn i postjournalen dykkar for veke 44, og i alle dokument i saker som gjeld kameraovervaking i drosjer i Vestland frå 2025 og 2026.

        Eg ber om svar så snart som mogleg, jf. offentleglova § 29.

        Mvh
        Ingvild Bøe
        journalist, Fjordposten
        57 86 40 31
        """
    )
    return message(cid, "Ingvild Bøe <ingvild.boe@fjordposten.no>", "Innsynskrav", date, body), [
        "newspaper",
        "nonrequest_access_to_documents",
    ]


# --- J: Tindved Kollektiv AS (public transport), nb, forwarded from the project ------------------

J_FROM = "Eva Lindholm <eva.lindholm@tindved.no>"
J_SIG = txt(
    """
    Vennlig hilsen
    Eva Lindholm
    personvernrådgiver, Tindved Kollektiv AS
    Telefon 38 07 45 00
    """
)


def j_dpia(t: Topic, risk: str = "full", processor_in_table: bool = True) -> str:
    p = t.proc
    assert p is not None
    prow = (
        f"| Databehandler | {p.org} v/ {p.person} | {p.phone} | {p.email} |"
        if processor_in_table
        else ""
    )
    if risk == "full":
        r = f"{risk_table(t, '| Nr | Trussel | S | K | Tiltak |')}\n\nVurdert, ikke gjennomført: {t.not_taken}\n\n{t.residual}"
    else:
        r = "Se vedlagt risikomatrise (Risikomatrise.xlsx)."
    return f"""
# DPIA {t.title}

Tindved Kollektiv AS. Prosjekt NYBILL/BUSS-2027.

# Roller og ansvar

| Rolle | Navn | Telefon | E-post |
| Prosjektleder | Stian Aas | 905 66 318 | stian.aas@tindved.no |
| Personvernrådgiver (kontaktperson) | Eva Lindholm | 38 07 45 12 | eva.lindholm@tindved.no |
| Personvernombud | Kjersti Foss | 38 07 45 20 | personvernombud@tindved.no |
{prow}

# Beskrivelse

{t.desc}

{t.scope}

{t.flow}

# Nødvendighet og proporsjonalitet

{t.necessity} {t.proportionality}

{bullets(t.safeguards)}

# Risiko

{r}
"""


def j_protocol(t: Topic, pending: bool = False) -> bytes:
    if pending:
        item = f"## LG 52/26 {t.title}\n\nOrientering: DPIA-en behandles i ledergruppens møte 12. mars. Ingen vedtak."
    else:
        item = f"## LG 45/26 {t.title}\n\nProsjektleder presenterte DPIA-en og funnene. Saken var også oppe i LG 39/26. Innspill fra fylkeskommunen som oppdragsgiver, brukerrådet og tillitsvalgte for sjåførene ble gjennomgått.\n\nVedtak: Ledergruppen godkjenner DPIA-en og ber personvernrådgiver sende anmodning om forhåndsdrøfting til Datatilsynet."
    return to_pdf(
        f"""
# Referat ledergruppen, Tindved Kollektiv AS

Møte 27.10.2026. Til stede: adm. dir. Hege Tindvik, økonomisjef, trafikksjef, HR-sjef, personvernrådgiver.

## LG 44/26 Kvartalsrapport Q3

Tatt til orientering.

{item}

## LG 46/26 Julebord

Gjennomføres 11. desember.
""",
        "Referat LG",
    )


def build_j(
    cid: str,
    date: str,
    t: Topic,
    *,
    mode: str = "direct",
    risk: str = "full",
    approval: str = "done",
    processor_in_table: bool = True,
) -> Built:
    shapes = [
        "public_transport",
        "contact_table_in_dpia",
        "dpia_report_docx",
        "part5_protocol_line",
    ]
    if approval != "done":
        shapes = [
            "public_transport",
            "contact_table_in_dpia",
            "dpia_report_docx",
            "part5_future_meeting",
        ]
    dpia = to_docx(j_dpia(t, risk, processor_in_table))
    files = [
        (f"DPIA_{t.key}.docx", dpia),
        ("Referat_LG_27.10.2026.pdf", j_protocol(t, approval != "done")),
    ]
    if risk != "full":
        files.append(
            (
                "Risikomatrise.xlsx",
                to_xlsx(
                    {
                        "Risiko": [
                            [
                                "Nr",
                                "Trussel",
                                "Sannsynlighet",
                                "Konsekvens",
                                "Risiko",
                                "Tiltak",
                                "Ansvarlig",
                            ]
                        ]
                    }
                ),
            )
        )
        shapes.append("empty_template_risk")
    else:
        shapes.append("risk_likelihood_consequence")
    shapes.append(
        "processor_contact_table"
        if processor_in_table
        else "processor_named_in_passing_contact_in_mail"
    )
    p = t.proc
    assert p is not None
    extra = (
        ""
        if processor_in_table
        else f"\nDatabehandler er {p.org}; kontaktperson der er {p.person}, {p.role}, {p.phone}, {p.email}.\n"
    )
    if mode == "forward":
        inner_body = txt(
            f"""
            Hei Eva,

            Her er DPIA-en for {t.short} og referatet fra ledergruppen. Kan du sende det videre til Datatilsynet som anmodning om forhåndsdrøfting?

            Stian
            """
        )
        inner = message(
            cid + "in",
            "Stian Aas <stian.aas@tindved.no>",
            f"DPIA {t.title} til Datatilsynet",
            "Wed, 28 Oct 2026 10:05:17 +0100",
            inner_body,
            attachments=files,
            to="eva.lindholm@tindved.no",
        )
        body = txt(
            f"""
            Hei,

            Tindved Kollektiv AS ber om forhåndsdrøfting for {t.short}. Jeg videresender e-posten fra prosjektleder med DPIA og referat fra ledergruppen som vedlegg.
            """
        )
        shapes.append("forwarded_rfc822")
        return message(
            cid,
            J_FROM,
            f"Anmodning om forhåndsdrøfting – {t.title}",
            date,
            body + extra + "\n" + J_SIG,
            forwarded=("Fwd DPIA.eml", inner),
        ), shapes
    if mode == "scan":
        text = plain(j_dpia(t))
        pages = [text[i : i + 2600] for i in range(0, len(text), 2600)]
        pages.append(plain(j_protocol_text(t)))
        shapes = [
            "public_transport",
            "contact_table_in_dpia",
            "scanned_pdf",
            "one_pdf_everything",
            "part5_protocol_line",
            "risk_likelihood_consequence",
            "processor_contact_table",
        ]
        body = txt(
            f"""
            Hei,

            Vedlagt er anmodning om forhåndsdrøfting for {t.short}. DPIA-en ble signert på papir, så den er skannet sammen med referatet fra ledergruppen i én fil.
            """
        )
        return message(
            cid,
            J_FROM,
            f"Forhåndsdrøfting {t.title}",
            date,
            body + "\n" + J_SIG,
            attachments=[("DPIA_signert_skannet.pdf", scan_pdf(pages))],
        ), shapes
    body = txt(
        f"""
        Hei,

        Tindved Kollektiv AS ber om forhåndsdrøfting for {t.short}. DPIA og referat fra ledergruppen ligger ved.
        """
    )
    return message(
        cid,
        J_FROM,
        f"Anmodning om forhåndsdrøfting – {t.title}",
        date,
        body + extra + "\n" + J_SIG,
        attachments=files,
    ), shapes


def j_protocol_text(t: Topic) -> str:
    return f"""
# Referat ledergruppen 27.10.2026 (utdrag)

## LG 45/26 {t.title}

Prosjektleder presenterte DPIA-en og funnene. Saken var også oppe i LG 39/26. Innspill fra fylkeskommunen, brukerrådet og tillitsvalgte ble gjennomgått.

Vedtak: Ledergruppen godkjenner DPIA-en og ber personvernrådgiver sende anmodning om forhåndsdrøfting til Datatilsynet.

Hege Tindvik, adm. dir. (signert)
"""
