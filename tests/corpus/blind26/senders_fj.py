# ruff: noqa: E501
"""Senders F–J: each builds a message from a topic and a few knobs for what a case leaves out."""

from __future__ import annotations

from email.message import EmailMessage

from kit import message, plain, scan_image, to_docx, to_pdf, txt, when
from topics import T, lc

from docs import EMPTY, dpia

# --- F: Tannlegesenteret Brygga AS (nb, small) ---------------------------------------------

F_FROM = "Tannlegesenteret Brygga <post@bryggatann.no>"
F_SIG = txt("""
    --
    Mvh
    Camilla Strøm
    daglig leder / tannlege
    Tannlegesenteret Brygga AS
    Bryggen 7, 5003 Bergen
    Tlf. 55 31 40 40 (resepsjon) · mobil 976 54 321
    camilla@bryggatann.no
""")
F_HEADS = {
    "title": "DPIA",
    "sub": "Mal fra Personvernpartner AS. Virksomhet: Tannlegesenteret Brygga AS (org.nr. 912 345 670).",
    "desc": "Hva slags behandling er dette?",
    "nec": "Er behandlingen nødvendig og står den i forhold til formålet?",
    "risk": "Hvilke risikoer ser vi for pasientene?",
    "cols": "Risiko/Sannsynlighet/Konsekvens/Tiltak",
    "residual": "Konklusjon",
}
F_PROC = {
    "F1": "DentAI Nordic ApS (København) – kontaktperson Mads Kragh, +45 33 12 45 78, mk@dentai.dk",
    "F2": "Helsevideo AS – kontaktperson Siri Aune, tlf. 22 60 70 80, siri.aune@helsevideo.no",
}


def f_approval(topic: str) -> bytes:
    t = T[topic]
    return scan_image(
        f"""STYREVEDTAK – Tannlegesenteret Brygga AS

Styret (Camilla Strøm og Jonas Vik) har gjennomgått DPIA for {lc(t.title)} sammen med personvernombudet, som la fram funnene. Innspill fra de ansatte tannhelsesekretærene og fra pasientrådet er vurdert og tatt med.

Vedtak: Styret godkjenner DPIA. Restrisikoen er høy. Vi ber Datatilsynet om forhåndsdrøfting.

Bergen, 20.11.2026

Camilla Strøm          Jonas Vik""",
        "JPEG",
        -0.8,
    )


def f_request(
    cid: str, topic: str, date: str, *, dpo_phone: bool = True, nec_missing: bool = False
) -> EmailMessage:
    t = T[topic]
    dpo_tel = "tlf. 40 00 12 34, " if dpo_phone else ""
    body = txt(f"""
        Hei Datatilsynet!

        Vi er en liten tannklinikk i Bergen og ønsker forhåndsdrøfting om {lc(t.title)}. Vi har fått hjelp av personvernombudet vårt, Kari Holm i Personvernpartner AS ({dpo_tel}kari@personvernpartner.no), til å gjøre en DPIA, og den ligger vedlagt sammen med styrevedtaket.

        Leverandør/databehandler: {F_PROC[topic]}.

        Det er jeg som er kontaktperson, se under.
    """)
    over = {}
    atts = []
    if nec_missing:
        over = {
            "nec": "Ikke vurdert ennå – vi venter på svar fra leverandøren om hva som er mulig."
        }
        body = body.replace("sammen med styrevedtaket", "men styret har ikke sett på den ennå")
    atts.append((f"DPIA_{t.title.split()[0]}_Brygga.pdf", to_pdf(dpia(t, F_HEADS, over))))
    if not nec_missing:
        atts.append(("IMG_20261120_styrevedtak.jpg", f_approval(topic)))
    full = body + "\n" + F_SIG
    return message(cid, F_FROM, f"Forhåndsdrøfting {lc(t.title)}", date, full, attachments=atts)


def f_guidance(cid: str) -> EmailMessage:
    body = txt("""
        Hei

        Vi har fått tilbud om et program som skal sende SMS-påminnelser og samtidig analysere hvem som ofte ikke møter. Vi vet ikke om vi trenger å gjøre en DPIA.

        Kan noen hos dere ringe meg eller kan vi få et kort veiledningsmøte? Jeg er ikke jurist og synes dette er vanskelig.
    """)
    return message(
        cid, F_FROM, "Spørsmål – trenger vi DPIA?", when(11, 26, 16, 31), body + "\n" + F_SIG
    )


# --- G: Brattli Energi AS (nn) -------------------------------------------------------------

G_FROM = "Torbjørn Hjelle <torbjorn.hjelle@brattlienergi.no>"
G_HEADS = {
    "title": "DPIA",
    "sub": "Brattli Energi AS. Ansvarleg eining: Nett og måling.",
    "desc": "1. Kva skal vi gjere?",
    "nec": "2. Kvifor treng vi dette, og er det forholdsmessig?",
    "risk": "3. Kva kan gå gale for kundane?",
    "cols": "Hending/Sannsyn/Konsekvens/Tiltak",
    "residual": "4. Restrisiko",
}
G_PROC = {
    "G1": (
        "Nettanalyse AS",
        "Org.nr. 917 554 002",
        "Sandvikvegen 12, 5411 Stord",
        "Kontaktperson: Geir Ove Lygre",
        "Tlf: (+47) 915 44 120",
        "E-post: geir.ove@nettanalyse.no",
    ),
    "G2": (
        "Luftsyn AS",
        "Org.nr. 924 118 307",
        "Flyplassvegen 3, 6800 Førde",
        "Kontaktperson: Hanne Dvergsdal",
        "Tlf: 57 72 60 10",
        "E-post: hanne@luftsyn.no",
    ),
}


def g_letter(topic: str, *, proc_deferred: bool = False) -> bytes:
    org, nr, addr, person, tel, mail = G_PROC[topic]
    proc = f"~ Databehandlar:\n{org}\n{nr}\n{addr}\n"
    proc += (
        "Kontaktinformasjon til databehandlaren vert ettersendt."
        if proc_deferred
        else f"{person}\n{tel}\n{mail}"
    )
    return to_pdf(f"""
# Oversending – oppmoding om førehandsdrøfting

Brattli Energi AS ber om førehandsdrøfting for {lc(T[topic].title)}.

~ Behandlingsansvarleg:
Brattli Energi AS
Org.nr. 981 223 004
Kraftvegen 1, 6856 Sogndal
Kontaktperson: Torbjørn Hjelle, fagleiar personvern
Tlf: 57674410
Mob: 922 33 444
E-post: torbjorn.hjelle@brattlienergi.no

~ Personvernombod:
Solveig Aasen
Tlf: +47 57 67 44 00
E-post: personvernombod@brattlienergi.no

{proc}
""")


def g_protocol(topic: str) -> bytes:
    t = T[topic]
    return to_pdf(f"""
# Styreprotokoll Brattli Energi AS

Styremøte 13.11.2026. Til stades: styreleiar Kjell Nes, styremedlemer Aud Hatlestad, Per Fimreite, Lise Bøe (tilsettvald). Dagleg leiar Ragnar Solheim.

## Sak 31/2026 Vurdering av personvernkonsekvensar – {t.title}

Fagleiar personvern la fram samandrag av DPIA-en og dei viktigaste funna. Innspel frå kundeombodet, tillitsvalde og personvernombodet var samanstilte. Styret drøfta restrisikoen grundig; saka var òg oppe i møtet 9.10.2026.

Vedtak: Styret godkjenner DPIA-en og ber administrasjonen be Datatilsynet om førehandsdrøfting.
""")


def g_request(
    cid: str, topic: str, date: str, *, proc_deferred: bool = False, approval_later: bool = False
) -> EmailMessage:
    t = T[topic]
    appr = (
        "Styret handsamar DPIA-en i møtet 20. januar, og protokollen kjem etter det."
        if approval_later
        else "Styreprotokollen frå møtet 13. november ligg òg ved."
    )
    body = txt(f"""
        Hei

        Vedlagt er oversendingsbrev med kontaktinformasjon og DPIA for {lc(t.title)}. {appr}

        Helsing
        Torbjørn Hjelle
        fagleiar personvern
        Brattli Energi AS
        tlf. 57674410 / mob. 922 33 444
    """)
    atts = [
        ("Oversendingsbrev_forhandsdrofting.pdf", g_letter(topic, proc_deferred=proc_deferred)),
        (f"DPIA_{topic}_Brattli_Energi.pdf", to_pdf(dpia(t, G_HEADS))),
    ]
    if not approval_later:
        atts.append(("Styreprotokoll_sak_31-2026.pdf", g_protocol(topic)))
    return message(
        cid, G_FROM, f"Oppmoding om førehandsdrøfting – {t.title}", date, body, attachments=atts
    )


def g_copy(cid: str) -> EmailMessage:
    body = txt("""
        Hei

        Til orientering sender vi kopi av svaret vårt til ein kunde som har bede om innsyn i timesdata frå AMS-målaren sin. Kunden skreiv at han ville klage til Datatilsynet, så de får svaret vårt her.

        ----- Opphavleg melding -----
        Fra: Torbjørn Hjelle
        Til: Kunde (kundenr. 4471902)
        Emne: Svar på innsynskrav

        Hei. Vedlagt i Min side finn du alle timesverdiar for målepunktet ditt frå 2023 til i dag. Vi lagrar timesverdiar i tre år. Vi deler ikkje dataa med andre enn Elhub og straumleverandøren din.

        Helsing
        Torbjørn Hjelle
        fagleiar personvern, Brattli Energi AS
        tlf. 57674410
    """)
    return message(cid, G_FROM, "Kopi: svar på innsynskrav", when(12, 3, 9, 47), body)


# --- H: Kittiwake Clinical Research Norway AS (en) -----------------------------------------

H_FROM = "Dr. Lena Moberg <lena.moberg@kittiwake-cr.com>"
H_HEADS = {
    "title": "DPIA",
    "sub": "Kittiwake Clinical Research Norway AS. Owner: Country Manager Norway. Reviewed by Kittiwake Group Privacy (London).",
    "desc": "A. Context and description",
    "nec": "B. Necessity and proportionality",
    "risk": "C. Risk assessment",
    "cols": "Risk/Likelihood/Impact/Controls",
    "residual": "D. Conclusion",
}
H_PROC = {
    "H1": (
        "MediTrial Systems GmbH, Munich",
        "Jonas Keller",
        "+49 89 2154 7730",
        "jonas.keller@meditrial.de",
    ),
    "H2": (
        "SomnoMetrics Ltd, Cambridge",
        "Olivia Hart",
        "+44 1223 760 402",
        "o.hart@somnometrics.co.uk",
    ),
}


def h_cover(topic: str, *, dpo_phone: bool = True) -> bytes:
    org, person, tel, mail = H_PROC[topic]
    dpo_tel = "\nTel: +44 20 7946 0321" if dpo_phone else ""
    return to_pdf(f"""
# Request for prior consultation – {T[topic].title}

Kittiwake Clinical Research Norway AS, org. no. 926 770 115, Akersgata 20, 0158 Oslo.

~ Contact person:
Dr. Lena Moberg, Country Manager Norway
Tel: +47 23 89 41 00 / mob. 920 41 587
E-mail: lena.moberg@kittiwake-cr.com

~ Data Protection Officer (Kittiwake Group, London):
Mr. Daniel Okafor{dpo_tel}
E-mail: dpo@kittiwake-cr.com

~ Processor:
{org}
Contact: {person}
Tel: {tel}
E-mail: {mail}
""")


def h_signoff(topic: str) -> str:
    return f"""# E. Sign-off

| Role | Name | Decision | Date |
| Country Manager Norway | Dr. Lena Moberg | Approved | 12.11.2026 |
| Group Chief Medical Officer | Dr. Alan Price | Approved | 13.11.2026 |
| Group DPO | Daniel Okafor | Reviewed, advice given | 11.11.2026 |

Minutes of the Norway Governance Committee, 13 November 2026: The committee reviewed the DPIA for {T[topic].title}, its findings and the input from the patient organisation (Astma- og allergiforbundet) and the study nurses. The committee approved the DPIA and decided to request prior consultation with Datatilsynet because the residual risk remains high.
"""


def h_request(
    cid: str, topic: str, date: str, *, dpo_phone: bool = True, nec_todo: bool = False
) -> EmailMessage:
    t = T[topic]
    over = {"nec": "[To be completed by the study team before submission.]"} if nec_todo else {}
    body = txt(f"""
        Dear Datatilsynet,

        Please find attached our request for prior consultation for {t.title}, with the cover letter (contact details) and the DPIA including the governance sign-off.

        Best regards,
        Lena Moberg
        Country Manager Norway
        Kittiwake Clinical Research Norway AS
    """)
    atts = [
        ("Cover_letter_prior_consultation.pdf", h_cover(topic, dpo_phone=dpo_phone)),
        (
            f"DPIA_{t.title.split('(')[-1].rstrip(')').replace(' ', '_')}.docx",
            to_docx(dpia(t, H_HEADS, over, extra=h_signoff(topic))),
        ),
    ]
    return message(
        cid, H_FROM, f"Prior consultation request – {t.title}", date, body, attachments=atts
    )


def h_dpo_notice(cid: str) -> EmailMessage:
    body = txt("""
        Dear Datatilsynet,

        This is to notify you that Kittiwake Clinical Research Norway AS has appointed a new Data Protection Officer with effect from 1 December 2026:

        Daniel Okafor, Kittiwake Group Privacy Office, London
        Tel: +44 20 7946 0321
        E-mail: dpo@kittiwake-cr.com

        He replaces our former DPO Sarah Whitfield. Please update your records.

        Best regards,
        Lena Moberg
        Country Manager Norway
    """)
    return message(
        cid, H_FROM, "Notification of new Data Protection Officer", when(11, 30, 11, 5), body
    )


# --- I: Boligbyggelaget Fjordhus (nb) ------------------------------------------------------

I_FROM = "Rolf Aarskog <rolf.aarskog@fjordhus.no>"
I_HEADS = {
    "title": "Vurdering av personvernkonsekvenser",
    "sub": "Boligbyggelaget Fjordhus. Utarbeidet av administrasjonen.",
    "desc": "Om behandlingen",
    "nec": "Nødvendighet",
    "risk": "Risiko",
    "cols": "Hva kan skje/Sannsynlighet/Konsekvens/Tiltak",
    "residual": "Samlet vurdering",
}
I_CONTACT = txt("""
    Kontaktperson hos oss er undertegnede, Rolf Aarskog, tlf. 51 84 22 10 (direkte) / 917 60 455, rolf.aarskog@fjordhus.no. Personvernombudet vårt er advokat Rune Aas i Aas & Co Advokatfirma, tlf. 51 89 90 00, rune.aas@aasco.no.

    Behandlingen skjer i egne systemer på BBLs servere. Vi benytter ingen databehandler; leverandøren som installerte anlegget har ikke tilgang til opplysningene.
""")


def i_signatures(topic: str, signed: bool) -> str:
    rows = [
        ("Styreleder BBL", "Marit Hovland"),
        ("Adm. dir.", "Rolf Aarskog"),
        ("Nestleder", "Svein Ege"),
    ]
    date = "25.11.2026" if signed else ""
    sig = "(signert)" if signed else ""
    table = "| Rolle | Navn | Dato | Signatur |\n" + "\n".join(
        f"| {r} | {n} | {date} | {sig} |" for r, n in rows
    )
    intro = (
        f"Styret i BBL har gjennomgått vurderingen for {lc(T[topic].title)}, funnene og innspillene fra styrelederne i borettslagene og beboermøtet, og godkjenner DPIA. Styret ber om forhåndsdrøftelse."
        if signed
        else "Godkjenning:"
    )
    return f"# Styrets godkjenning\n\n{intro}\n\n{table}\n"


def i_request(
    cid: str, topic: str, date: str, *, risk_zero: bool = False, signed: bool = True
) -> EmailMessage:
    t = T[topic]
    body = (
        txt(f"""
        Hei,

        Boligbyggelaget Fjordhus ber om forhåndsdrøftelse for {lc(t.title)}.
    """)
        + "\n"
        + I_CONTACT
        + "\n"
        + txt("""
        Vedlagt er vår vurdering av personvernkonsekvenser med styrets godkjenning på siste side.

        Hilsen
        Rolf Aarskog
        adm. dir., Boligbyggelaget Fjordhus
        Kirkegata 11, 4006 Stavanger
    """)
    )
    over = {"risk": "Se eget vedlegg «Risikovurdering»."} if risk_zero else {}
    atts = [
        (
            f"DPIA_{topic}_Fjordhus.docx",
            to_docx(dpia(t, I_HEADS, over, extra=i_signatures(topic, signed))),
        )
    ]
    if risk_zero:
        atts.append(("Risikovurdering.docx", b""))
    return message(cid, I_FROM, f"Forhåndsdrøftelse – {t.title}", date, body, attachments=atts)


def i_body_only(cid: str, topic: str, date: str) -> EmailMessage:
    t = T[topic]
    doc = dpia(t, I_HEADS, extra=i_signatures(topic, True))
    body = (
        txt(f"""
        Hei,

        Vi ber om forhåndsdrøftelse for {lc(t.title)}. Vi limer inn hele vurderingen her, fordi vi har hatt problemer med å sende vedlegg til dere tidligere.
    """)
        + "\n"
        + I_CONTACT
        + "\n"
        + plain(doc)
        + "\n"
        + txt("""
        Hilsen
        Rolf Aarskog
        adm. dir., Boligbyggelaget Fjordhus
    """)
    )
    return message(cid, I_FROM, f"Forhåndsdrøftelse – {t.title}", date, body)


def i_info(cid: str) -> EmailMessage:
    body = txt("""
        Hei,

        Til orientering: Boligbyggelaget Fjordhus har gjort en vurdering av personvernkonsekvenser for kameraovervåking av søppelrom i to borettslag. Etter tiltakene (sløring, 7 dagers lagring, skilting) vurderer vi at risikoen er lav, og vi ber derfor ikke om forhåndsdrøftelse.

        Vi sender dette bare slik at dere vet om det, siden noen beboere har sagt at de vil klage til dere. Vurderingen kan ettersendes om dere vil ha den.

        Hilsen
        Rolf Aarskog
        adm. dir., Boligbyggelaget Fjordhus
        tlf. 51 84 22 10
    """)
    return message(
        cid, I_FROM, "Til orientering – kameraovervåking av søppelrom", when(11, 23, 12, 20), body
    )


# --- J: Brightwater Games Nordic AS (en) ---------------------------------------------------

J_FROM = "Hanna Stenberg <hanna.stenberg@brightwatergames.com>"
J_HEADS = {
    "title": "Data Protection Impact Assessment",
    "sub": "Brightwater Games Nordic AS – prepared by Legal & Trust and Safety, reviewed by our DPO.",
    "desc": "Processing overview",
    "nec": "Why this processing, and why this way",
    "risk": "Risk register",
    "cols": "Risk/Likelihood/Severity/Mitigation",
    "residual": "Residual risk and conclusion",
}


def j_sheet(topic: str, *, proc_person: bool = True) -> bytes:
    if topic == "J1":
        procs = [
            (
                "Processor",
                "Brightwater Interactive Inc. (Seattle, USA)",
                "Michael Tran, Privacy Counsel"
                if proc_person
                else "privacy@brightwaterinteractive.com",
                "+1 206 555 0148" if proc_person else "",
                "m.tran@brightwaterinteractive.com" if proc_person else "",
            ),
            (
                "Sub-processor",
                "Cloudspan Europe GmbH (Frankfurt)",
                "Lukas Brandt",
                "+49 69 9753 1120",
                "lukas.brandt@cloudspan.eu",
            ),
        ]
    else:
        procs = [
            (
                "Processor",
                "Vocalis Ltd (London)",
                "Priya Shah",
                "+44 20 3318 4410",
                "priya.shah@vocalis.co.uk",
            )
        ]
    rows = [
        (
            "Contact person",
            "Brightwater Games Nordic AS",
            "Hanna Stenberg, Head of Legal Nordics",
            "+47 45 02 18 77",
            "hanna.stenberg@brightwatergames.com",
        ),
        (
            "DPO (external)",
            "Lighthouse Privacy ApS, Copenhagen",
            "Mette Kjær",
            "+45 70 20 31 44",
            "mette.kjaer@lighthouseprivacy.dk",
        ),
        *procs,
    ]
    table = "| Role | Organisation | Name | Phone | E-mail |\n" + "\n".join(
        "| " + " | ".join(r) + " |" for r in rows
    )
    return to_docx(f"# Contact sheet\n\nPrior consultation – {T[topic].title}\n\n{table}\n")


def j_board(topic: str, pending: bool) -> bytes:
    t = T[topic]
    if pending:
        return to_docx(f"""
# Board sign-off – DPIA: {t.title}

| Name | Role | Decision | Date | Signature |
| Erik Nyhus | Chair | Pending | | |
| Hanna Stenberg | Board member / Head of Legal | Pending | | |
| Chris Delaney | Board member (Brightwater Interactive Inc.) | Pending | | |
""")
    return to_pdf(f"""
# Board resolution – Brightwater Games Nordic AS

Extraordinary board meeting held by video on 16 November 2026. Present: Erik Nyhus (Chair), Hanna Stenberg, Chris Delaney.

## Item 2: DPIA – {t.title}

The Head of Legal presented the DPIA, the main findings and the risk register. Feedback from the player council (Nordic community moderators) and from Forbrukerrådet's earlier report on loot boxes was considered and summarised in the board pack. The board discussed whether the residual risk can be reduced further and concluded that it cannot without dropping the protection measure.

Resolution: The board approves the DPIA and authorises the company to request prior consultation with Datatilsynet.

Signed: Erik Nyhus, Chair
""")


def j_request(
    cid: str,
    topic: str,
    date: str,
    *,
    proc_person: bool = True,
    pending: bool = False,
    desc_later: bool = False,
    risk_passing: bool = False,
) -> EmailMessage:
    t = T[topic]
    over: dict[str, str] = {}
    if desc_later:
        over["desc"] = (
            "A full description of the processing will follow from our parent company's product team."
        )
    if risk_passing:
        over["risk"] = (
            "The risks were discussed in the project team and we consider them acceptable with the measures listed above."
        )
        over["residual"] = EMPTY
    body = txt(f"""
        Hi,

        Brightwater Games Nordic AS requests prior consultation under Article 36 GDPR for: {t.title}.

        Attached: contact sheet, DPIA and board sign-off.

        Best,
        Hanna Stenberg
        Head of Legal Nordics | Brightwater Games Nordic AS
        Tordenskiolds gate 2, 0160 Oslo
    """)
    atts = [
        ("Contact_sheet.docx", j_sheet(topic, proc_person=proc_person)),
        (f"DPIA_{topic}_BWG_Nordic.docx", to_docx(dpia(t, J_HEADS, over))),
        (
            "Board_signoff.docx" if pending else "Board_resolution_2026-11-16.pdf",
            j_board(topic, pending),
        ),
    ]
    return message(cid, J_FROM, f"Prior consultation – {t.title}", date, body, attachments=atts)
