# ruff: noqa: E501
"""The sixty cases of blind24 (i001-i060): one function per case, returning (message, label).

Sender of id n: ``ABCDEFGHIJ[((n - 1) % 20) // 2]``. The emphasis of this corpus is how mail
carries a request: forwards (attached and inline), replies with quoted history, HTML-only mail,
poor text alternatives, ZIPs with folders, one file per part, ODT/RTF/XLSX, scans and photos,
odd names and wrong content types, and an «ettersending».
"""

from __future__ import annotations

from email.message import EmailMessage

import personas as P  # noqa: N812
import topics as T  # noqa: N812
from kit import (
    Label,
    message,
    quoted,
    scan_image,
    scan_pdf,
    to_docx,
    to_odt,
    to_pdf,
    to_rtf,
    to_xlsx,
    to_zip,
    when,
)

Case = tuple[EmailMessage, Label]
OCTET = "application/octet-stream"


def txt(text: str) -> str:
    """A mail body written indented in the source; inserted blocks (signatures) keep their lines."""
    lines = text.strip("\n").splitlines()
    indent = lines[0][: len(lines[0]) - len(lines[0].lstrip())]
    out = [ln[len(indent) :] if ln.startswith(indent) else ln for ln in lines]
    return "\n".join(ln.rstrip() for ln in out).strip("\n") + "\n"


def L(  # noqa: N802
    lang: str,
    shapes: str,
    enc: str,
    note: str,
    missing: tuple[int, ...] = (),
    *,
    req: bool = True,
    proc: str = "used",
) -> Label:
    return Label(
        lang, tuple(shapes.split()), enc, req, proc if req else "unspecified", note, missing
    )


# =============================================================================================
# A – Hordvik kommune (nb): the DPO forwards the department's request
# =============================================================================================

A_FROM_DPO = "Margrethe Haugland <margrethe.haugland@hordvik.kommune.no>"
A_DPO_SIG = """Vennlig hilsen
Margrethe Haugland
Personvernombud
Hordvik kommune
Tlf. 56 18 40 05
"""


def _a_inner(cid: str, t: T.Topic, who: P.Person, date: str, body: str, atts: list) -> EmailMessage:
    return message(
        cid + "in",
        f"{who.name} <{who.email}>",
        f"Anmodning om forhåndsdrøfting – {t.title}",
        date,
        body,
        attachments=atts,
        to=A_FROM_DPO,
    )


def i001() -> Case:
    t = T.A1
    p = t.processor
    assert p is not None
    inner_body = txt(f"""
        Hei Margrethe,

        Som avtalt sender jeg deg anmodningen om forhåndsdrøfting for sensorbasert nattilsyn, slik at du kan sende den videre til Datatilsynet fra personvernombudets adresse.

        {P.a_contacts(P.A_HELSE, p.org, P.Person(p.person, p.title, p.phone, p.email))}
        Vedlagt ligger DPIA-en (versjon 1.0) og protokollen fra ledermøtet 17. november der den ble godkjent.

        Hilsen Tone

        Tone Myklebust
        Rådgiver | Helse og omsorg | Hordvik kommune
        Tlf. 56 18 42 30
        """)
    inner = _a_inner(
        "i001",
        t,
        P.A_HELSE,
        when(11, 24, 13, 40),
        inner_body,
        [
            ("DPIA_sensorbasert_nattilsyn_v1.0.docx", to_docx(P.a_dpia(t))),
            (
                "Protokoll_ledermøte_2026-11-17.pdf",
                to_pdf(P.a_protocol(t, "88/26", "17. november 2026")),
            ),
        ],
    )
    body = txt(f"""
        Til Datatilsynet

        Videresender anmodning om forhåndsdrøfting fra Hordvik kommune, helse og omsorg. Opprinnelig e-post med vedlegg ligger ved. Spørsmål om saken kan rettes til Tone Myklebust (kontaktperson) eller til meg.

        {A_DPO_SIG}""")
    msg = message(
        "i001",
        A_FROM_DPO,
        "VS: Anmodning om forhåndsdrøfting – sensorbasert nattilsyn",
        when(11, 25, 8, 12),
        body,
        forwarded=("Anmodning om forhåndsdrøfting.eml", inner),
    )
    return msg, L(
        "nb",
        "municipality forwarded_rfc822 contact_label_value dpia_report_docx part5_protocol_pdf risk_likelihood_consequence",
        "pgp_mime",
        "complete; DPO forwards the department's mail as an attached message; all in the inner mail",
    )


def i002() -> Case:
    t = T.A2
    p = t.processor
    assert p is not None
    body = txt(f"""
        Hei,

        Vi ber med dette om forhåndsdrøfting for læringsanalyse i Hordvikskolen. Anmodningen kommer fra oppvekstsektoren, se videresendt e-post under. Jeg er personvernombud og sender på vegne av kommunen.

        {A_DPO_SIG}
        ---------- Videresendt melding ----------
        Fra: Ole Kristian Sæbø <ole.kristian.saebo@hordvik.kommune.no>
        Date: tor. 19. nov. 2026 kl. 15:02
        Subject: Forhåndsdrøfting læringsanalyse – til oversendelse
        To: Margrethe Haugland <margrethe.haugland@hordvik.kommune.no>


        Hei!

        Her er dokumentene for forhåndsdrøftingen. DPIA-en og utdraget av protokollen fra ledermøtet (sak 91/26) ligger vedlagt.

        {P.a_contacts(P.A_SKOLE, p.org, P.Person(p.person, p.title, p.phone, p.email))}
        Mvh
        Ole Kristian Sæbø
        spesialrådgiver, oppvekst
        900 41 227
        """)
    msg = message(
        "i002",
        A_FROM_DPO,
        "Fwd: Forhåndsdrøfting læringsanalyse – til oversendelse",
        when(11, 20, 9, 3),
        body,
        attachments=[
            ("DPIA Læringsanalyse Hordvikskolen.docx", to_docx(P.a_dpia(t))),
            (
                "Utdrag protokoll sak 91-26.pdf",
                to_pdf(P.a_protocol(t, "91/26", "17. november 2026")),
            ),
        ],
    )
    return msg, L(
        "nb",
        "municipality forwarded_inline contact_label_value dpia_report_docx part5_protocol_pdf risk_likelihood_consequence",
        "none",
        "complete; inline Gmail-style forward, attachments on the outer mail",
    )


def i021() -> Case:
    t = T.A1
    p = t.processor
    assert p is not None
    inner_body = txt(f"""
        Hei Margrethe,

        Kommunedirektøren ønsket at vi sendte anmodningen nå for å komme i køen hos Datatilsynet. DPIA-en er ferdig. Den formelle godkjenningen i kommunedirektørens ledermøte er satt opp 12. januar 2027 – protokollen ettersendes etter møtet.

        {P.a_contacts(P.A_HELSE, p.org, P.Person(p.person, p.title, p.phone, p.email))}
        Hilsen Tone

        Tone Myklebust
        Rådgiver | Helse og omsorg | Hordvik kommune
        Tlf. 56 18 42 30
        """)
    inner = _a_inner(
        "i021",
        t,
        P.A_HELSE,
        when(12, 2, 10, 5),
        inner_body,
        [("DPIA_nattilsyn_v1.1.docx", to_docx(P.a_dpia(t)))],
    )
    body = txt(f"""
        Hei,

        Videresender anmodning om forhåndsdrøfting fra helse og omsorg (vedlagt e-post).

        {A_DPO_SIG}""")
    msg = message(
        "i021",
        A_FROM_DPO,
        "VS: Anmodning om forhåndsdrøfting – sensorbasert nattilsyn",
        when(12, 2, 14, 31),
        body,
        forwarded=("VS Anmodning.eml", inner),
    )
    return msg, L(
        "nb",
        "municipality forwarded_rfc822 contact_label_value dpia_report_docx part5_will_follow",
        "pgp_mime",
        "part 5 only: approval meeting 12 January, protocol to follow",
        (5,),
    )


def i022() -> Case:
    text = txt("""
        PERSONVERNNYTT nr. 4/2026 – fra personvernombudet i Hordvik kommune

        Til ledere og fagansvarlige (kopi til Datatilsynet til orientering)

        1. Nytt fra Datatilsynet
        Datatilsynet har oppdatert veiledningen om forhåndsdrøftelser. Husk: før vi kan be om forhåndsdrøfting må DPIA være gjennomført og behandlet i ledergruppen. Dokumentasjonen må ha kontaktopplysninger, systematisk beskrivelse, nødvendighet og proporsjonalitet, risikovurdering og ledelsens validering.

        2. Våre saker
        - Sensorbasert nattilsyn: DPIA ferdig, ledermøtet behandler saken i november.
        - Læringsanalyse: DPIA ferdig, oversendes Datatilsynet når protokollen er klar.
        - Ny avtale om skanning av post: databehandleravtale signert.

        3. Kurs
        Grunnkurs i personvern for nye ledere 14. januar kl. 09-12 i kommunestyresalen. Påmelding i Kompetanseportalen.

        4. Husk avviksmelding
        Alle avvik meldes i Compilo innen 24 timer. Ved tvil: ring meg.

        Hilsen Margrethe Haugland, personvernombud, tlf. 56 18 40 05
        """)
    html = (
        '<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">'
        '<h1 style="color:#005a8c">PERSONVERNNYTT 4/2026</h1><p><i>Fra personvernombudet i Hordvik kommune</i></p>'
        "<h2>1. Nytt fra Datatilsynet</h2><p>Datatilsynet har oppdatert veiledningen om forhåndsdrøftelser. Husk: før vi kan be om forhåndsdrøfting må DPIA være gjennomført og behandlet i ledergruppen.</p>"
        "<h2>2. Våre saker</h2><table border='1'><tr><th>Sak</th><th>Status</th></tr><tr><td>Sensorbasert nattilsyn</td><td>DPIA ferdig, behandles i ledermøtet</td></tr>"
        "<tr><td>Læringsanalyse</td><td>Oversendes når protokollen er klar</td></tr><tr><td>Skanning av post</td><td>DBA signert</td></tr></table>"
        "<h2>3. Kurs</h2><p>Grunnkurs i personvern for nye ledere 14. januar kl. 09-12.</p>"
        "<h2>4. Husk avviksmelding</h2><p>Alle avvik meldes i Compilo innen 24 timer.</p>"
        "<p>Margrethe Haugland, personvernombud, tlf. 56 18 40 05</p></body></html>"
    )
    msg = message(
        "i022",
        A_FROM_DPO,
        "Personvernnytt 4/2026",
        when(11, 30, 7, 45),
        text,
        html,
        headers={"Cc": "ledere@hordvik.kommune.no"},
    )
    return msg, L(
        "nb",
        "municipality nonrequest_newsletter multipart_alternative mentions_prior_consultation",
        "none",
        "DPO's newsletter copied to Datatilsynet; mentions prior consultation",
        req=False,
    )


def i041() -> Case:
    t = T.A1
    p = t.processor
    assert p is not None
    inner_body = txt(f"""
        Hei Margrethe,

        Her kommer anmodningen om forhåndsdrøfting for nattilsynet, oppdatert etter ledermøtet. Kan du sende den videre?

        Kontaktperson i saken: Tone Myklebust, tone.myklebust@hordvik.kommune.no
        Personvernombud: Margrethe Haugland, tlf. 56 18 40 05, margrethe.haugland@hordvik.kommune.no
        Leverandør/databehandler: {p.org}, {p.person}, tlf. {p.phone}, {p.email}

        DPIA og protokoll vedlagt.

        Tone
        Sendt fra Outlook for iOS
        """)
    inner = _a_inner(
        "i041",
        t,
        P.A_HELSE,
        when(12, 8, 21, 14),
        inner_body,
        [
            ("DPIA_nattilsyn_v1.2.docx", to_docx(P.a_dpia(t))),
            ("Protokoll_ledermote.pdf", to_pdf(P.a_protocol(t, "88/26", "17. november 2026"))),
        ],
    )
    body = txt(f"""
        Til Datatilsynet,

        Vedlagt følger anmodning om forhåndsdrøfting fra Hordvik kommune (videresendt e-post fra saksbehandler).

        {A_DPO_SIG}""")
    msg = message(
        "i041",
        A_FROM_DPO,
        "VS: Anmodning om forhåndsdrøfting – sensorbasert nattilsyn",
        when(12, 9, 8, 2),
        body,
        forwarded=("Anmodning om forhåndsdrøfting - nattilsyn.eml", inner),
    )
    return msg, L(
        "nb",
        "municipality forwarded_rfc822 contact_label_value dpia_report_docx part5_protocol_pdf p1_contact_no_phone",
        "pgp_mime",
        "part 1: the contact person (Tone) is given with e-mail only, sent from a phone without signature",
        (1,),
    )


def i042() -> Case:
    t = T.A2
    p = t.processor
    assert p is not None
    inner_body = txt(f"""
        Hei,

        Oversender dokumentasjon for forhåndsdrøfting av læringsanalyse. DPIA vedlagt.

        {P.a_contacts(P.A_SKOLE, p.org, P.Person(p.person, p.title, p.phone, p.email))}
        Mvh Ole Kristian Sæbø, spesialrådgiver oppvekst, 900 41 227
        """)
    inner = _a_inner(
        "i042",
        t,
        P.A_SKOLE,
        when(11, 27, 11, 20),
        inner_body,
        [("DPIA_laeringsanalyse.docx", to_docx(P.a_dpia(t)))],
    )
    body = txt(f"""
        Hei,

        Videresender anmodning om forhåndsdrøfting fra oppvekst, se vedlagt e-post. Protokollen fra ledermøtet (sak 91/26) manglet i den opprinnelige e-posten, så jeg legger den ved her.

        {A_DPO_SIG}""")
    msg = message(
        "i042",
        A_FROM_DPO,
        "VS: Forhåndsdrøfting læringsanalyse",
        when(11, 27, 13, 48),
        body,
        attachments=[
            (
                "Protokoll sak 91-26 ledermøte.pdf",
                to_pdf(P.a_protocol(t, "91/26", "17. november 2026")),
            )
        ],
        forwarded=("Forhåndsdrøfting læringsanalyse.eml", inner),
    )
    return msg, L(
        "nb",
        "municipality forwarded_rfc822 contact_label_value dpia_report_docx part5_protocol_pdf part5_on_outer_mail",
        "none",
        "complete; the protocol is on the DPO's outer mail, the rest in the attached inner mail",
    )


# =============================================================================================
# B – Nordkapp Logistikk AS (nb): one ZIP with folders
# =============================================================================================

B_FROM = "Stian Eira <stian.eira@nordkapplogistikk.no>"
B_SIG = """Med vennlig hilsen

Stian Eira
Kvalitets- og HMS-sjef
Nordkapp Logistikk AS
Havnegata 9, 9600 Hammerfest
Mob: +47 41 22 83 90
www.nordkapplogistikk.no
"""


def _b_zip(
    t: T.Topic,
    root: str,
    over: dict[str, str] | None = None,
    risk: dict | None = None,
    board: tuple[str, bytes] | None = None,
) -> bytes:
    files = {
        f"{root}/01 Kontakt/Kontaktinformasjon.docx": to_docx(P.b_contact_doc(t)),
        f"{root}/02 DPIA/DPIA_{t.key}_v1.3.docx": to_docx(P.b_dpia(t, over)),
        f"{root}/03 Vedlegg/Risikomatrise.xlsx": to_xlsx(risk or P.b_risk_sheet(t)),
    }
    name, data = board or ("Styreprotokoll_2026-11-19.pdf", to_pdf(P.b_board(t, "44/26")))
    files[f"{root}/04 Styrebehandling/{name}"] = data
    return to_zip(files)


def i003() -> Case:
    t = T.B1
    body = txt(f"""
        Hei.

        Nordkapp Logistikk AS ber om forhåndsdrøftelse for førerkamera i lastebilene. All dokumentasjon ligger i vedlagt zip-fil (kontaktinfo, DPIA, risikomatrise og styreprotokoll).

        {B_SIG}""")
    msg = message(
        "i003",
        B_FROM,
        "Anmodning om forhåndsdrøftelse – førerkamera",
        when(11, 23, 14, 2),
        body,
        attachments=[
            ("Forhåndsdrøftelse_NKL_førerkamera.zip", _b_zip(t, "Forhåndsdrøftelse førerkamera"))
        ],
    )
    return msg, L(
        "nb",
        "logistics zip zip_folders contact_word_table dpia_report_docx risk_register_xlsx part5_board_protocol processor_foreign",
        "pgp_mime",
        "complete; one ZIP with numbered folders",
    )


def i004() -> Case:
    t = T.B2
    over = {
        "risk": "Risikoene for de ansatte er vurdert og dokumentert i Risikomatrise.xlsx (vedlagt under 03 Vedlegg)."
    }
    ros = {
        "ROS brann terminal": [
            ["Nr", "Uønsket hendelse", "S", "K", "Tiltak", "Ansvarlig"],
            [
                "1",
                "Brann i ladestasjon for trucker",
                "2",
                "4",
                "Røykvarsler, slukkeutstyr, ladeområde adskilt",
                "Driftsleder",
            ],
            ["2", "Brann i kartonglager", "2", "5", "Sprinkler, orden og renhold", "Terminalleder"],
            ["3", "Blokkert rømningsvei", "3", "4", "Ukentlig runde, merking", "Verneombud"],
            ["4", "Strømbrudd i fryselager", "2", "3", "Aggregat, alarm", "Driftsleder"],
        ]
    }
    body = txt(f"""
        Hei,

        Vedlagt anmodning om forhåndsdrøftelse for produktivitetsmåling ved terminalen i Alta. Zip-filen inneholder mappene kontakt, DPIA, vedlegg og styrebehandling.

        {B_SIG}""")
    msg = message(
        "i004",
        B_FROM,
        "Forhåndsdrøftelse – produktivitetsmåling terminal Alta",
        when(11, 26, 9, 40),
        body,
        attachments=[
            (
                "NKL_forhandsdroftelse_Alta.zip",
                _b_zip(
                    t,
                    "Alta produktivitet",
                    over,
                    ros,
                    ("Styreprotokoll_19112026.pdf", to_pdf(P.b_board(t, "45/26"))),
                ),
            )
        ],
    )
    return msg, L(
        "nb",
        "logistics zip zip_folders contact_word_table dpia_report_docx part5_board_protocol wrong_file_risk",
        "none",
        "part 4: DPIA points to Risikomatrise.xlsx, which is the terminal's fire risk analysis",
        (4,),
    )


def i023() -> Case:
    t = T.B2
    inner = _b_zip(t, "Dokumentasjon")
    cover = to_pdf(f"""
# Følgebrev – anmodning om forhåndsdrøftelse

~ Nordkapp Logistikk AS, org.nr. 986 220 417
~ Hammerfest, 30. november 2026

Vi ber om forhåndsdrøftelse for produktivitetsmåling med håndskannere på terminalen i Alta. Vi har gjennomført DPIA, og restrisikoen er høy. Dokumentasjonen ligger i Dokumentasjon.zip.

~ Kontakt: Stian Eira, {P.B_CONTACT.phone}, {P.B_CONTACT.email}
""")
    outer = to_zip({"Følgebrev.pdf": cover, "Dokumentasjon.zip": inner})
    body = txt(f"""
        Hei,

        Sender anmodning om forhåndsdrøftelse. Ett vedlegg (zip) – følgebrevet og en egen zip med dokumentasjonen ligger inni.

        {B_SIG}""")
    msg = message(
        "i023",
        B_FROM,
        "Anmodning om forhåndsdrøftelse – Nordkapp Logistikk AS",
        when(11, 30, 15, 55),
        body,
        attachments=[("Anmodning_NKL.zip", outer)],
    )
    return msg, L(
        "nb",
        "logistics zip zip_in_zip zip_folders contact_word_table dpia_report_docx risk_register_xlsx part5_board_protocol",
        "pgp_mime",
        "complete; a ZIP inside a ZIP, with folders",
    )


def i024() -> Case:
    t = T.B1
    body = txt(f"""
        Hei igjen,

        Vi har fått beskjed fra personvernombudet om at vi bør be om forhåndsdrøftelse for førerkameraene også i de innleide bilene, som kjører på samme oppsett. Vedlagt zip med oppdatert dokumentasjon (samme struktur som sist).

        {B_SIG}""")
    msg = message(
        "i024",
        B_FROM,
        "Forhåndsdrøftelse førerkamera (inkl. innleide biler)",
        when(12, 3, 10, 15),
        body,
        attachments=[
            (
                "forhandsdroftelse.zip",
                _b_zip(
                    t,
                    "NKL",
                    board=("Protokoll styremøte 19.11.26.pdf", to_pdf(P.b_board(t, "44/26"))),
                ),
            )
        ],
    )
    return msg, L(
        "nb",
        "logistics zip zip_folders contact_word_table dpia_report_docx risk_register_xlsx part5_board_protocol",
        "none",
        "complete; ZIP with folders, short mail",
    )


def i043() -> Case:
    body = txt(f"""
        Melding om brudd på personopplysningssikkerheten (art. 33)

        Virksomhet: Nordkapp Logistikk AS, org.nr. 986 220 417
        Kontakt: Stian Eira, +47 41 22 83 90, stian.eira@nordkapplogistikk.no
        Personvernombud: Linda Haugen, Polarlys Advokat AS, 77 64 20 00

        Hva skjedde: Natt til 1. desember ble en servicebil brutt opp i Tromsø. En bærbar PC med lønnslister for sjåfører (navn, fødselsnummer, kontonummer, timelister for oktober) ble stjålet. PC-en var kryptert med BitLocker, men passordet lå på en lapp i veska.

        Antall berørte: ca. 210 sjåfører.
        Oppdaget: 1. desember kl. 07:30. Meldt til politiet samme dag.
        Tiltak: Passord og tilganger er endret, PC-en er fjernsperret, de berørte er informert per SMS og e-post.

        Vi har også sendt meldingen via Altinn-skjemaet, men skjemaet feilet ved innsending, derfor denne e-posten.

        {B_SIG}""")
    msg = message("i043", B_FROM, "Avviksmelding art. 33 – stjålet PC", when(12, 2, 16, 20), body)
    return msg, L(
        "nb",
        "logistics nonrequest_breach_notification",
        "none",
        "Art. 33 breach notification sent by mail",
        req=False,
    )


def i044() -> Case:
    t = T.B1
    draft = to_docx("""
# Styresak 52/26 – DPIA førerkamera (UTKAST)

~ Til styremøtet 15. desember 2026

Administrasjonen legger fram DPIA for førerkamera og kjørestilsanalyse. Restrisikoen er vurdert som høy.

Forslag til vedtak: Styret godkjenner DPIA-en og ber administrasjonen anmode Datatilsynet om forhåndsdrøftelse.
""")
    body = txt(f"""
        Hei,

        Vi sender anmodning om forhåndsdrøftelse for førerkamera i lastebilene. Dokumentasjonen ligger i vedlagt zip. Styret behandler saken 15. desember; utkast til styresak ligger i mappen 04 Styrebehandling.

        {B_SIG}""")
    msg = message(
        "i044",
        B_FROM,
        "Anmodning om forhåndsdrøftelse – førerkamera",
        when(12, 4, 11, 5),
        body,
        attachments=[
            (
                "NKL_forerkamera.zip",
                _b_zip(t, "Førerkamera", board=("Styresak_52-26_utkast.docx", draft)),
            )
        ],
    )
    return msg, L(
        "nb",
        "logistics zip zip_folders contact_word_table dpia_report_docx risk_register_xlsx part5_draft_board_item",
        "pgp_mime",
        "part 5 only: the board folder holds the draft board item for 15 December",
        (5,),
    )


# =============================================================================================
# C – Vestrand fylkeskommune (nn): one file per part
# =============================================================================================

C_FROM = "Øystein Vikøren <oystein.vikoren@vestrand.no>"
C_SIG = """Venleg helsing
Øystein Vikøren
seniorrådgjevar, utdanningsavdelinga
Vestrand fylkeskommune
tlf. 57 65 43 20
"""


def _c_files(t: T.Topic, skip: tuple[int, ...] = (), scanned5: bool = False) -> list:
    files = [
        ("Del1_kontakt.pdf", to_pdf(P.c_del1(t))),
        ("Del2_skildring.pdf", to_pdf(P.c_del2(t))),
        ("Del3_naudsyn.pdf", to_pdf(P.c_del3(t))),
        ("Del4_risiko.pdf", to_pdf(P.c_del4(t))),
        (
            "Del5_protokoll.pdf",
            scan_pdf([P.c_del5(t)]) if scanned5 else to_pdf("\n\n".join(P.c_del5(t).splitlines())),
        ),
    ]
    return [f for i, f in enumerate(files, 1) if i not in skip]


def i005() -> Case:
    t = T.C1
    body = txt(f"""
        Til Datatilsynet

        Vestrand fylkeskommune ber om førehandsdrøfting etter personvernforordninga artikkel 36 for fjerneksamen med kameraovervaking. Dokumentasjonen er delt i fem filer, éin for kvar del de ber om (Del1–Del5).

        {C_SIG}""")
    msg = message(
        "i005",
        C_FROM,
        "Førehandsdrøfting – fjerneksamen med kameraovervaking",
        when(11, 24, 12, 30),
        body,
        attachments=_c_files(t),
    )
    return msg, L(
        "nn",
        "county file_per_part contact_table dpia_report_pdf part5_protocol_pdf processor_foreign",
        "pgp_mime",
        "complete; five PDFs, one per part",
    )


def i006() -> Case:
    t = T.C2
    body = txt(f"""
        Hei,

        Vi ber om førehandsdrøfting for sanntidssporing av skuleskyss med elevkort. Vedlagt:

        Vedlegg 1 – kontaktopplysningar
        Vedlegg 2 – skildring av handsaminga
        Vedlegg 3 – naudsyn og forholdsmessigheit
        Vedlegg 4 – risikovurdering (ettersendast, ho er til kvalitetssikring hos personvernombodet)
        Vedlegg 5 – møtebok frå leiargruppa

        {C_SIG}""")
    msg = message(
        "i006",
        C_FROM,
        "Førehandsdrøfting skuleskyss – elevkort",
        when(11, 27, 13, 10),
        body,
        attachments=_c_files(t, skip=(4,)),
    )
    return msg, L(
        "nn",
        "county file_per_part contact_table part5_protocol_pdf part4_will_follow",
        "none",
        "part 4 only: «Vedlegg 4 ettersendast»",
        (4,),
    )


def i025() -> Case:
    t = T.C2
    body = txt(f"""
        Til Datatilsynet

        Vedlagt fylgjer anmodning om førehandsdrøfting for sporing av skuleskyss. Del 5 er skanna møtebok med signatur.

        {C_SIG}""")
    msg = message(
        "i025",
        C_FROM,
        "Anmodning om førehandsdrøfting – skuleskyss",
        when(12, 1, 9, 55),
        body,
        attachments=_c_files(t, scanned5=True),
    )
    return msg, L(
        "nn",
        "county file_per_part contact_table dpia_report_pdf part5_scanned_pdf scanned_pdf",
        "pgp_mime",
        "complete; Del5 is an image-only scan of the signed minutes",
    )


def i026() -> Case:
    t = T.C1
    files = _c_files(t)
    files[1] = ("Del2_skildring.pdf", b"")
    body = txt(f"""
        Hei,

        Her er dokumentasjonen for førehandsdrøfting av fjerneksamen med kamera, fem vedlegg (Del1–Del5).

        {C_SIG}""")
    msg = message(
        "i026",
        C_FROM,
        "Førehandsdrøfting fjerneksamen",
        when(12, 3, 14, 45),
        body,
        attachments=files,
    )
    return msg, L(
        "nn",
        "county file_per_part contact_table part5_protocol_pdf zero_byte_description",
        "none",
        "part 2: Del2_skildring.pdf is zero bytes",
        (2,),
    )


def i045() -> Case:
    t = T.C2
    body = txt(f"""
        Hei,

        Ettersending til anmodninga vår om førehandsdrøfting for skuleskyss (sendt 27. november). Den gongen mangla risikovurderinga. Her kjem Del 4, og i tillegg ein ny versjon av Del 5 der datoen i møteboka er retta.

        {C_SIG}""")
    msg = message(
        "i045",
        C_FROM,
        "Ettersending: Del 4 og Del 5 – førehandsdrøfting skuleskyss",
        when(12, 4, 10, 20),
        body,
        attachments=[
            ("Del4_risiko.pdf", to_pdf(P.c_del4(t))),
            ("Del5_protokoll_v2.pdf", to_pdf("\n\n".join(P.c_del5(t).splitlines()))),
        ],
    )
    return msg, L(
        "nn",
        "county ettersending file_per_part part5_protocol_pdf",
        "pgp_mime",
        "ettersending with only Del4 and Del5; on its own content parts 1-3 are absent (no DPO, no processor contact)",
        (1, 2, 3),
    )


def i046() -> Case:
    body = txt(f"""
        Hei,

        Vi vurderer å ta i bruk ei løysing der elevar i vidaregåande skule kan levere fråversdokumentasjon (legeerklæringar) via ein app. Vi har ikkje gjennomført DPIA enno.

        Spørsmålet vårt er: Må vi be om førehandsdrøfting for dette, eller er det nok at vi gjennomfører ei vurdering av personvernkonsekvensar sjølve? Og kva ville de i så fall ha trong for av dokumentasjon?

        {C_SIG}""")
    msg = message("i046", C_FROM, "Spørsmål: treng vi førehandsdrøfting?", when(12, 7, 11, 0), body)
    return msg, L(
        "nn",
        "county nonrequest_question mentions_prior_consultation",
        "inline",
        "asks whether prior consultation is needed; no DPIA done",
        req=False,
    )


# =============================================================================================
# D – Borealis Health Analytics AS (en): HTML mail with a poor text alternative
# =============================================================================================

D_FROM = "Ingrid Solberg <ingrid.solberg@borealishealth.no>"
D_POOR = "This message contains formatted content (tables). If you cannot read it, please open it in a mail client that supports HTML.\n\nIngrid Solberg\nBorealis Health Analytics AS\n"


def _d_rows(t: T.Topic, dpo_phone: str | None = None) -> list[list[str]]:
    p = t.processor
    assert p is not None
    return [
        [
            "Contact person (controller)",
            P.D_CONTACT.name + ", " + P.D_CONTACT.title,
            P.D_CONTACT.phone,
            P.D_CONTACT.email,
        ],
        [
            "Data Protection Officer",
            P.D_DPO.name + ", " + P.D_DPO.org,
            P.D_DPO.phone if dpo_phone is None else dpo_phone,
            P.D_DPO.email,
        ],
        ["Processor: " + p.org, p.person + ", " + p.title, p.phone, p.email],
    ]


def i007() -> Case:
    t = T.D1
    html = P.d_html(
        f"Borealis Health Analytics AS hereby requests prior consultation under Article 36 GDPR for <b>{t.title}</b>. The DPIA and the extract from the Board minutes are attached.",
        t,
        _d_rows(t),
        "The residual risk remains high after the measures described in section 3 of the DPIA.",
    )
    msg = message(
        "i007",
        D_FROM,
        "Request for prior consultation – AI-assisted triage (legevakt)",
        when(11, 25, 10, 12),
        D_POOR,
        html,
        [
            ("DPIA_AI_triage_v2.1.pdf", to_pdf(P.d_dpia(t))),
            ("Board_extract_item7.pdf", to_pdf(P.d_board(t))),
        ],
    )
    return msg, L(
        "en",
        "health_analytics multipart_alternative poor_text_part html_contact_table html_risk_table dpia_report_pdf part5_board_extract foreign_owned_subsidiary phone_foreign",
        "pgp_mime",
        "complete; text alternative says only «formatted content», the HTML holds the contact table",
    )


def i008() -> Case:
    t = T.D2
    flat = (
        "Dear Sir or Madam,\nBorealis Health Analytics AS requests prior consultation for remote monitoring of heart-failure patients.\nContact details\nRoleNamePhoneE-mail\n"
        + "".join("".join(r) + "\n" for r in _d_rows(t))
        + "Key risks\n"
        + "".join("".join(r) + "\n" for r in t.risks)
        + "Kind regards,\nIngrid Solberg\n"
    )
    html = P.d_html(
        f"Borealis Health Analytics AS requests prior consultation under Article 36 GDPR for <b>{t.title}</b>, on behalf of the four participating municipalities.",
        t,
        _d_rows(t),
        "Please find the DPIA and the Board extract attached.",
    )
    msg = message(
        "i008",
        D_FROM,
        "Prior consultation request – remote monitoring (heart failure)",
        when(11, 26, 15, 40),
        flat,
        html,
        [
            ("DPIA remote monitoring.pdf", to_pdf(P.d_dpia(t))),
            ("Board extract 20 Nov 2026.pdf", to_pdf(P.d_board(t))),
        ],
    )
    return msg, L(
        "en",
        "health_analytics multipart_alternative poor_text_part html_contact_table html_risk_table dpia_report_pdf part5_board_extract phone_foreign",
        "none",
        "complete; the text alternative runs table cells together",
    )


def i027() -> Case:
    t = T.D2
    html = P.d_html(
        f"We request prior consultation for <b>{t.title}</b>. DPIA and Board extract attached.",
        t,
        _d_rows(t, dpo_phone="–"),
        "Our Group DPO prefers to be contacted by e-mail.",
    )
    msg = message(
        "i027",
        D_FROM,
        "Request for prior consultation: remote patient monitoring",
        when(12, 1, 9, 5),
        D_POOR,
        html,
        [("DPIA_RPM.pdf", to_pdf(P.d_dpia(t))), ("Board_extract.pdf", to_pdf(P.d_board(t)))],
    )
    return msg, L(
        "en",
        "health_analytics multipart_alternative poor_text_part html_contact_table dpia_report_pdf part5_board_extract p1_dpo_no_phone",
        "pgp_mime",
        "part 1: DPO's phone cell is a dash",
        (1,),
    )


def i028() -> Case:
    t = T.D1
    over = {
        "nec": "[TBC – to be completed by Legal before submission]",
        "appr": "Pending. The DPIA will be presented to the Board on 15 January 2027.",
    }
    html = P.d_html(
        f"Borealis Health Analytics AS requests prior consultation for <b>{t.title}</b>. Because of the pilot timeline we send the current version of the DPIA now.",
        t,
        _d_rows(t),
        "We will send the Board resolution after the January meeting.",
    )
    msg = message(
        "i028",
        D_FROM,
        "Request for prior consultation – AI triage",
        when(12, 4, 16, 2),
        D_POOR,
        html,
        [("DPIA_AI_triage_v1.9_draft.pdf", to_pdf(P.d_dpia(t, over)))],
    )
    return msg, L(
        "en",
        "health_analytics multipart_alternative poor_text_part html_contact_table dpia_report_pdf part3_placeholder part5_future_meeting",
        "none",
        "parts 3 and 5: necessity «TBC», board sign-off pending",
        (3, 5),
    )


def i047() -> Case:
    t = T.D1
    html = P.d_html(
        f"Following up on our earlier correspondence with your advisory service, Borealis Health Analytics AS now formally requests prior consultation under Article 36 for <b>{t.title}</b>.",
        t,
        _d_rows(t),
        "The DPIA (version 2.1) and the Board extract are attached.",
    )
    poor = "Request for prior consultation - see HTML version\n"
    msg = message(
        "i047",
        D_FROM,
        "Formal request: prior consultation – AI triage",
        when(12, 9, 11, 22),
        poor,
        html,
        [
            ("DPIA_v2.1.pdf", to_pdf(P.d_dpia(t))),
            ("Board_resolution_item7.pdf", to_pdf(P.d_board(t))),
        ],
    )
    return msg, L(
        "en",
        "health_analytics multipart_alternative poor_text_part html_contact_table html_risk_table dpia_report_pdf part5_board_extract phone_foreign",
        "pgp_mime",
        "complete; one-line text alternative",
    )


def i048() -> Case:
    html = (
        '<html><body style="font-family:Segoe UI"><p>Dear Datatilsynet,</p>'
        "<p>We are developing a service for remote monitoring of heart-failure patients together with four municipalities. Our DPIA is still in draft, and before we finalise it we would like to discuss with you how we assess the role split (controller/processor) and whether continuous pulse data requires a separate legal basis.</p>"
        "<p>Could we request a <b>guidance meeting</b> (veiledningsmøte) in January? We can come to Oslo or meet on Teams.</p>"
        "<p>Kind regards,<br>Ingrid Solberg<br>Head of Compliance | Borealis Health Analytics AS<br>+47 926 41 803</p></body></html>"
    )
    text = "Dear Datatilsynet, We are developing a service for remote monitoring ... Could we request a guidance meeting in January? Kind regards, Ingrid Solberg\n"
    msg = message(
        "i048",
        D_FROM,
        "Request for guidance meeting – remote monitoring",
        when(12, 10, 9, 30),
        text,
        html,
    )
    return msg, L(
        "en",
        "health_analytics nonrequest_guidance multipart_alternative",
        "none",
        "asks for a guidance meeting; DPIA in draft",
        req=False,
    )


# =============================================================================================
# E – Nordlys Tannhelse AS (nb): HTML-only mail from a webmail, odd attachment names
# =============================================================================================

E_FROM = "Camilla Strand <camilla.strand@nordlystannhelse.no>"


def _e_risk(t: T.Topic) -> tuple[str, list[list[str]]]:
    return (
        "Risikovurdering (fra DPIA)",
        [["Risiko for pasienten", "Sannsynlighet", "Konsekvens", "Tiltak"]]
        + [list(r) for r in t.risks],
    )


def i009() -> Case:
    t = T.E1
    html = P.e_html(
        [
            "Hei!",
            f"Nordlys Tannhelse AS ber om forhåndsdrøftelse for {t.title.lower()}. Vi har gjennomført DPIA (vedlagt), og restrisikoen er fortsatt høy. Styrets godkjenning ligger ved som skannet protokoll.",
        ],
        [("Kontaktpersoner", P.e_contact_rows(t)), _e_risk(t)],
    )
    msg = message(
        "i009",
        E_FROM,
        "Forhåndsdrøftelse KI røntgen",
        when(11, 24, 15, 12),
        None,
        html,
        [
            ("DPIA KI-røntgen endelig (2).pdf", to_pdf(P.e_dpia(t)), OCTET),
            ("scan0001.pdf", scan_pdf([P.e_board_scan(t)]), OCTET),
        ],
    )
    return msg, L(
        "nb",
        "dental html_only_body html_contact_table html_risk_table octet_stream odd_filename dpia_report_pdf part5_scanned_pdf scanned_pdf phone_foreign",
        "pgp_mime",
        "complete; HTML-only mail; attachments sent as application/octet-stream; approval a scan",
    )


def i010() -> Case:
    t = T.E2
    html = P.e_html(
        [
            "Hei,",
            "Vedlagt anmodning om forhåndsdrøftelse for pasientportalen vår (bildedeling og SMS). Se DPIA og styreprotokoll.",
        ],
        [("Kontakt", P.e_contact_rows(t))],
    )
    msg = message(
        "i010",
        E_FROM,
        "anmodning forhåndsdrøftelse pasientportal",
        when(11, 27, 8, 50),
        None,
        html,
        [
            ("dpia_pasientportal_v7_FINAL(1).docx", to_docx(P.e_dpia(t)), OCTET),
            ("Protokoll.PDF", scan_pdf([P.e_board_scan(t)])),
        ],
    )
    return msg, L(
        "nb",
        "dental html_only_body html_contact_table octet_stream odd_filename dpia_report_docx part5_scanned_pdf",
        "none",
        "complete; HTML-only; DOCX sent as octet-stream; upper-case .PDF",
    )


def i029() -> Case:
    t = T.E1
    prices = to_pdf("""
# Prisliste 2027 – Nordlys Tannhelse AS

| Behandling | Pris |
| Undersøkelse og røntgen (bitewing) | 890 |
| Panoramarøntgen | 750 |
| Fylling, en flate | 1 150 |
| Rotfylling, en kanal | 4 900 |
| Tannrens | 790 |

Prisene gjelder fra 1. januar 2027. Studenter får 15 % rabatt.
""")
    html = P.e_html(
        [
            "Hei,",
            "Vi ber om forhåndsdrøftelse for KI-analyse av røntgenbilder. DPIA ligger vedlagt, styreprotokollen også. Under er kontaktpersoner og risikotabellen.",
        ],
        [("Kontaktpersoner", P.e_contact_rows(t)), _e_risk(t)],
    )
    msg = message(
        "i029",
        E_FROM,
        "Forhåndsdrøftelse – KI røntgenanalyse",
        when(12, 2, 12, 5),
        None,
        html,
        [("DPIA.pdf", prices, OCTET), ("scan0002.pdf", scan_pdf([P.e_board_scan(t)]), OCTET)],
    )
    return msg, L(
        "nb",
        "dental html_only_body html_contact_table html_risk_table octet_stream wrong_file_dpia part5_scanned_pdf",
        "pgp_mime",
        "parts 2 and 3: «DPIA.pdf» is the 2027 price list; body has contacts and risks only",
        (2, 3),
    )


def i030() -> Case:
    t = T.E2
    html = P.e_html(
        [
            "Hei igjen,",
            "Her er anmodning om forhåndsdrøftelse for pasientportalen. Beskrivelse og vurderinger står i DPIA-en, risikotabellen har jeg limt inn under. Styrets vedtak er bildet (tok det med mobilen, beklager kvaliteten).",
        ],
        [("Kontaktinfo", P.e_contact_rows(t)), _e_risk(t)],
    )
    msg = message(
        "i030",
        E_FROM,
        "Forhåndsdrøftelse pasientportal – Nordlys Tannhelse",
        when(12, 3, 19, 40),
        None,
        html,
        [
            ("DPIA_pasientportal.pdf", to_pdf(P.e_dpia(t)), OCTET),
            ("IMG_20261121_091544.jpg", scan_image(P.e_board_scan(t), "JPEG", 1.2), OCTET),
        ],
    )
    return msg, L(
        "nb",
        "dental html_only_body html_contact_table html_risk_table octet_stream dpia_report_pdf part5_photographed_protocol",
        "none",
        "complete; HTML-only; photographed board minutes sent as octet-stream",
    )


def i049() -> Case:
    html = P.e_html(
        [
            "Til Datatilsynet",
            "Vi ønsker å klage på nettstedet Tannlegeguiden.no (drevet av Smilrating AS). Nettstedet publiserer anmeldelser av våre tannleger der pasienter skriver navn, diagnoser og behandling – både egne og andres. Vi har bedt Smilrating AS fjerne innleggene, men har ikke fått svar på tre uker.",
            "Vi mener dette er en behandling uten rettslig grunnlag og ber Datatilsynet se på saken.",
        ],
        [
            (
                "Eksempler (anonymisert av oss)",
                [
                    ["Dato", "Innlegg"],
                    ["12.10.2026", "«Tannlegen på Nordlys Sentrum sa at min datter har …»"],
                    ["03.11.2026", "«Fikk rotfylling hos …, naboen min … var også der»"],
                ],
            )
        ],
    )
    msg = message(
        "i049",
        E_FROM,
        "Klage på Tannlegeguiden.no / Smilrating AS",
        when(12, 5, 10, 30),
        None,
        html,
    )
    return msg, L(
        "nb",
        "dental html_only_body nonrequest_complaint",
        "none",
        "complaint about another company",
        req=False,
    )


def i050() -> Case:
    t = T.E1
    html = P.e_html(
        [
            "Hei,",
            "Ny anmodning om forhåndsdrøftelse for KI-analyse av røntgenbilder – denne gangen med riktig DPIA-fil (forrige gang ble prislisten vedlagt ved en feil). Alt er med her.",
        ],
        [("Kontaktpersoner", P.e_contact_rows(t)), _e_risk(t)],
    )
    msg = message(
        "i050",
        E_FROM,
        "SV: Forhåndsdrøftelse – KI røntgenanalyse (riktig vedlegg)",
        when(12, 9, 8, 14),
        None,
        html,
        [
            ("DPIA KI røntgen.pdf", to_pdf(P.e_dpia(t)), OCTET),
            ("scan0002.pdf", scan_pdf([P.e_board_scan(t)]), OCTET),
        ],
    )
    return msg, L(
        "nb",
        "dental html_only_body html_contact_table html_risk_table octet_stream dpia_report_pdf part5_scanned_pdf resubmission_complete",
        "pgp_mime",
        "complete; resends i029 with the right DPIA file",
    )


# =============================================================================================
# F – Aktiv Vest Treningssentre AS (nb): LibreOffice files (ODT, RTF) and photos
# =============================================================================================

F_FROM = "Kjetil Brekke <kjetil.brekke@aktivvest.no>"
F_BODY = txt("""
    Hei,

    Vedlagt følger vår anmodning om forhåndsdrøftelse med følgebrev og vedlegg.

    Med vennlig hilsen
    Kjetil Brekke
    Driftsdirektør, Aktiv Vest Treningssentre AS
    482 90 113
    """)


def i011() -> Case:
    t = T.F1
    msg = message(
        "i011",
        F_FROM,
        "Anmodning om forhåndsdrøftelse – ansiktsgjenkjenning",
        when(11, 25, 14, 0),
        F_BODY,
        attachments=[
            ("Folgebrev_forhandsdroftelse.rtf", to_rtf(P.f_letter(t))),
            ("PKV_ansiktsgjenkjenning.odt", to_odt(P.f_dpia(t))),
            ("IMG_3318.JPG", scan_image(P.f_board_photo(t), "JPEG", -1.5)),
        ],
    )
    return msg, L(
        "nb",
        "fitness rtf odt cover_letter contact_label_value part5_photographed_protocol phone_foreign",
        "pgp_mime",
        "complete; RTF cover letter with contacts, ODT DPIA, photographed board page",
    )


def i012() -> Case:
    t = T.F2
    agenda = to_odt("""
# Innkalling til styremøte i Aktiv Vest Treningssentre AS

~ Tid: 15. desember 2026 kl. 16.00
~ Sted: Kanalveien 62, møterom Ulriken

Saksliste:

- Sak 17/26 Godkjenning av protokoll fra forrige møte
- Sak 18/26 Personvernkonsekvensvurdering, treningsapp med pulsdata – til behandling
- Sak 19/26 Budsjett 2027
- Sak 20/26 Eventuelt
""")
    letter = P.f_letter(
        t,
        extra="Styrets behandling skjer i møtet 15. desember; innkallingen er vedlagt, og protokollen sendes når den er signert.",
    )
    msg = message(
        "i012",
        F_FROM,
        "Forhåndsdrøftelse – treningsapp med pulsdata",
        when(11, 30, 9, 15),
        F_BODY,
        attachments=[
            ("Folgebrev.rtf", to_rtf(letter)),
            ("PKV_treningsapp.odt", to_odt(P.f_dpia(t))),
            ("innkalling_styremote_15des.odt", agenda),
        ],
    )
    return msg, L(
        "nb",
        "fitness rtf odt cover_letter contact_label_value part5_agenda_only",
        "none",
        "part 5 only: the «approval» file is the board agenda listing the item",
        (5,),
    )


def i031() -> Case:
    t = T.F1
    over = {
        "nec": "[Fyll inn: Hvorfor er behandlingen nødvendig? Hvilke alternativer er vurdert? Rettslig grunnlag.]\n\nTiltak for medlemmenes rettigheter:\n\n"
        + P.bullets(t.safeguards)
    }
    msg = message(
        "i031",
        F_FROM,
        "Anmodning om forhåndsdrøftelse ansiktsgjenkjenning (rev.)",
        when(12, 2, 13, 25),
        F_BODY,
        attachments=[
            ("Folgebrev_rev.rtf", to_rtf(P.f_letter(t))),
            ("PKV_ansiktsgjenkjenning_rev2.odt", to_odt(P.f_dpia(t, over))),
            ("IMG_3318.JPG", scan_image(P.f_board_photo(t), "JPEG", -1.5)),
        ],
    )
    return msg, L(
        "nb",
        "fitness rtf odt cover_letter contact_label_value part5_photographed_protocol template_placeholder part3_placeholder",
        "pgp_mime",
        "part 3: the necessity section is the template's fill-in prompt; only the safeguards list is there",
        (3,),
    )


def i032() -> Case:
    t = T.F2
    letter = P.f_letter(t, processor_line="Databehandler: Treningsdata Norge AS, Bergen")
    over = {
        "risk": "Risikoen for medlemmene er vurdert som middels samlet sett, og vi har iverksatt nødvendige tiltak."
    }
    msg = message(
        "i032",
        F_FROM,
        "Forhåndsdrøftelse treningsapp",
        when(12, 4, 8, 40),
        F_BODY,
        attachments=[
            ("Folgebrev_treningsapp.rtf", to_rtf(letter)),
            ("PKV_treningsapp_v2.odt", to_odt(P.f_dpia(t, over))),
            ("IMG_3340.JPG", scan_image(P.f_board_photo(t), "JPEG", 0.8)),
        ],
    )
    return msg, L(
        "nb",
        "fitness rtf odt cover_letter contact_label_value part5_photographed_protocol p1_processor_no_contact risk_in_passing",
        "none",
        "parts 1 and 4: processor named without a contact; risk only «middels samlet sett»",
        (1, 4),
    )


def i051() -> Case:
    t = T.F2
    msg = message(
        "i051",
        F_FROM,
        "Anmodning om forhåndsdrøftelse – treningsapp med pulsdata",
        when(12, 8, 15, 10),
        F_BODY,
        attachments=[
            ("Følgebrev treningsapp.rtf", to_rtf(P.f_letter(t))),
            ("PKV treningsapp.rtf", to_rtf(P.f_dpia(t))),
            ("styreprotokoll_side2.png", scan_image(P.f_board_photo(t), "PNG", 0.6)),
        ],
    )
    return msg, L(
        "nb",
        "fitness rtf cover_letter contact_label_value part5_photographed_protocol",
        "pgp_mime",
        "complete; RTF letter and RTF DPIA, PNG photo of the minutes page",
    )


def i052() -> Case:
    t = T.F1
    msg = message(
        "i052",
        F_FROM,
        "Forhåndsdrøftelse – ansiktsgjenkjenning ved inngang",
        when(12, 10, 12, 0),
        F_BODY,
        attachments=[
            ("Folgebrev.odt", to_odt(P.f_letter(t))),
            ("PKV_ansiktsgjenkjenning_endelig.odt", to_odt(P.f_dpia(t))),
            ("Skann_20261125.pdf", scan_pdf([P.f_board_photo(t)])),
        ],
    )
    return msg, L(
        "nb",
        "fitness odt cover_letter contact_label_value part5_scanned_pdf scanned_pdf phone_foreign",
        "none",
        "complete; ODT letter and DPIA, scanned signed page",
    )


# =============================================================================================
# G – Elvedal Energi AS (nb): XLSX contacts and risks, phone photos of the minutes
# =============================================================================================

G_FROM = "Marianne Tveit <marianne.tveit@elvedal-energi.no>"
G_SIG = """Mvh
Marianne Tveit
Sikkerhets- og beredskapsleder
Elvedal Energi AS | Storgata 15, 3830 Ulefoss
Sentralbord 35 02 70 00 | Mobil 452 19 800
"""


def _g_atts(
    t: T.Topic,
    over: dict[str, str] | None = None,
    photo: bytes | None = None,
    contacts: dict | None = None,
) -> list:
    return [
        ("DPIA_" + t.key + ".docx", to_docx(P.g_dpia(t, over))),
        ("Kontaktliste.xlsx", to_xlsx(contacts or P.g_contacts(t))),
        ("Risikoregister.xlsx", to_xlsx(P.g_risk(t))),
        ("IMG_4410.PNG", photo or scan_image(P.g_minutes_photo(t, "77/26"), "PNG", 0.9)),
    ]


def i013() -> Case:
    t = T.G1
    body = txt(f"""
        Hei,

        Elvedal Energi AS ber om forhåndsdrøftelse for analyse av timesverdier fra AMS-målere. DPIA, kontaktliste, risikoregister og bilde av protokollen fra ledermøtet er vedlagt.

        {G_SIG}""")
    msg = message(
        "i013",
        G_FROM,
        "Forhåndsdrøftelse – analyse av AMS-data",
        when(11, 25, 11, 30),
        body,
        attachments=_g_atts(t),
    )
    return msg, L(
        "nb",
        "energy xlsx contact_xlsx risk_register_xlsx dpia_report_docx part5_photographed_protocol png",
        "pgp_mime",
        "complete; contacts and risks in XLSX, photographed minutes page",
    )


def i014() -> Case:
    t = T.G2
    body = txt(f"""
        Hei,

        Vedlagt anmodning om forhåndsdrøftelse for droneinspeksjon av kraftlinjene våre. Samme oppsett som vi bruker internt: DPIA, kontakter og risikoregister i Excel, og bilde av protokollen.

        {G_SIG}""")
    msg = message(
        "i014",
        G_FROM,
        "Anmodning om forhåndsdrøftelse: droneinspeksjon",
        when(11, 27, 14, 5),
        body,
        attachments=_g_atts(t, photo=scan_image(P.g_minutes_photo(t, "78/26"), "PNG", -0.7)),
    )
    return msg, L(
        "nb",
        "energy xlsx contact_xlsx risk_register_xlsx dpia_report_docx part5_photographed_protocol png",
        "none",
        "complete",
    )


def i033() -> Case:
    t = T.G1
    wrong = """Elvedal Energi AS - Protokoll ledermøte 23.11.2026 - s. 2
Sak 75/26 Budsjett 2027 - nettvirksomheten
Økonomisjef la fram forslag til budsjett. Investeringsrammen for nett økes med 14 MNOK.
Beslutning: Ledergruppen slutter seg til forslaget, som sendes styret.
Sak 76/26 HMS-rapport oktober
Ingen fraværsskader. To uønskede hendelser ved arbeid i høyden er fulgt opp.
Beslutning: Tatt til orientering.
"""
    body = txt(f"""
        Hei,

        Her er vår anmodning om forhåndsdrøftelse for AMS-analyse. Ledergruppens godkjenning ligger som bilde av protokollen.

        {G_SIG}""")
    msg = message(
        "i033",
        G_FROM,
        "Forhåndsdrøftelse AMS-analyse",
        when(12, 1, 10, 10),
        body,
        attachments=_g_atts(t, photo=scan_image(wrong, "PNG", 0.5)),
    )
    return msg, L(
        "nb",
        "energy xlsx contact_xlsx risk_register_xlsx dpia_report_docx wrong_page_photo",
        "pgp_mime",
        "part 5 only: the photographed page is page 2 of the minutes (budget, HMS), not the DPIA item",
        (5,),
    )


def i034() -> Case:
    t = T.G2
    over = {
        "nec": "Nødvendighet og proporsjonalitet er vurdert i forprosjektrapporten for droneinspeksjon (ikke vedlagt)."
    }
    body = txt(f"""
        Hei,

        Anmodning om forhåndsdrøftelse for droneinspeksjon, vedlagt.

        {G_SIG}""")
    msg = message(
        "i034",
        G_FROM,
        "Forhåndsdrøftelse droner",
        when(12, 3, 13, 50),
        body,
        attachments=_g_atts(
            t,
            over,
            photo=scan_image(P.g_minutes_photo(t, "78/26"), "PNG", -0.7),
            contacts=P.g_contacts(t, dpo_email=""),
        ),
    )
    return msg, L(
        "nb",
        "energy xlsx contact_xlsx risk_register_xlsx dpia_report_docx part5_photographed_protocol p1_dpo_no_email part3_pointer_unsent",
        "none",
        "parts 1 and 3: DPO row without e-mail; necessity only a pointer to an unsent report",
        (1, 3),
    )


def i053() -> Case:
    t = T.G1
    body = txt(f"""
        Hei,

        Til orientering: Elvedal Energi AS har gjennomført en vurdering av personvernkonsekvenser for analyse av timesverdier fra AMS-målere. Etter tiltakene (pseudonymisering, kortere lagring) vurderer vi restrisikoen som akseptabel, og vi ber derfor ikke om forhåndsdrøftelse. Vi sender DPIA-en slik at dere kjenner til behandlingen, og bekrefter gjerne om dere har merknader.

        {G_SIG}""")
    msg = message(
        "i053",
        G_FROM,
        "Til orientering: DPIA AMS-analyse",
        when(12, 8, 9, 0),
        body,
        attachments=[("DPIA_G1_v3.docx", to_docx(P.g_dpia(t)))],
    )
    return msg, L(
        "nb",
        "energy nonrequest_for_information dpia_report_docx",
        "none",
        "DPIA sent for information; states no prior consultation is requested",
        req=False,
    )


def i054() -> Case:
    t = T.G1
    body = txt(f"""
        Hei,

        Vi sender herved anmodning om forhåndsdrøftelse for analyse av AMS-timesverdier, med DPIA, kontaktliste, risikoregister og protokollbilde.

        {G_SIG}""")
    msg = message(
        "i054",
        G_FROM,
        "Forhåndsdrøftelse AMS – Elvedal Energi",
        when(12, 10, 8, 35),
        body,
        attachments=_g_atts(t, photo=scan_image(P.g_minutes_photo(t, "77/26"), "JPEG", 1.4)),
    )
    return msg, L(
        "nb",
        "energy xlsx contact_xlsx risk_register_xlsx dpia_report_docx part5_photographed_protocol",
        "pgp_mime",
        "complete; photographed page as JPEG data under a .PNG name",
    )


# =============================================================================================
# H – Kvitfjell Forsikring AS (nb): everything in the body, replies with quoted history
# =============================================================================================

H_FROM = "Jon Halvorsen <jon.halvorsen@kvitfjell.no>"
H_APPR = """
5. LEDELSENS BEHANDLING
Konsernledelsen behandlet DPIA-en 24. november 2026 (sak 61/26) etter en første gjennomgang 13. oktober. Personvernombudet la fram funnene og innspillene fra kundepanelet, tillitsvalgte og leverandøren. Vedtak: Konsernledelsen godkjenner DPIA-en, er kjent med at restrisikoen er høy og ber om forhåndsdrøftelse. Protokollen er signert av adm. dir. Marte Lunde.
"""


def i015() -> Case:
    t = T.H1
    original = P.h_body(
        t,
        {
            "appr": "\n5. LEDELSENS BEHANDLING\nKonsernledelsen behandler saken 24. november. Vi sender vedtaket rett etter møtet.\n"
        },
    )
    body = (
        txt("""
        Hei igjen,

        Som lovet: Konsernledelsen behandlet DPIA-en for telematikk 24. november (sak 61/26), etter første gjennomgang 13. oktober. Personvernombudet la fram funnene og innspillene fra kundepanelet og tillitsvalgte. Vedtaket lyder:

        «Konsernledelsen godkjenner vurderingen av personvernkonsekvenser for telematikk i bilforsikring. Restrisikoen er høy. Kvitfjell ber om forhåndsdrøftelse med Datatilsynet.»

        Protokollen er signert av adm. dir. Marte Lunde. Resten av anmodningen står i e-posten under.

        Med vennlig hilsen
        Jon
        """)
        + "\nDen tir. 17. nov. 2026 kl. 10:14 skrev Jon Halvorsen <jon.halvorsen@kvitfjell.no>:\n"
        + quoted(original)
    )
    msg = message(
        "i015",
        H_FROM,
        "SV: Anmodning om forhåndsdrøftelse – telematikk i bilforsikring",
        when(11, 25, 8, 30),
        body,
    )
    return msg, L(
        "nb",
        "insurance all_in_body reply_adds_part quoted_thread headings_caps_in_body risk_bullets processor_foreign",
        "inline",
        "complete; the reply gives the approval, the quoted first mail holds parts 1-4",
    )


def i016() -> Case:
    t = T.H2
    msg = message(
        "i016",
        H_FROM,
        "Anmodning om forhåndsdrøftelse – automatisert svindelscore",
        when(11, 26, 13, 5),
        P.h_body(t, {"appr": H_APPR}),
    )
    return msg, L(
        "nb",
        "insurance all_in_body headings_caps_in_body risk_bullets",
        "inline",
        "complete; all five parts in one plain mail",
    )


def i035() -> Case:
    t = T.H1
    original = P.h_body(
        t,
        {
            "risk": "Risikovurderingen ettersendes; den er til kvalitetssikring hos personvernombudet.",
            "appr": "\n5. LEDELSENS BEHANDLING\nKommer etter konsernledelsens møte 1. desember.\n",
        },
    )
    body = (
        txt("""
        Hei,

        Her er konsernledelsens vedtak (møte 1. desember 2026, sak 64/26): «Konsernledelsen godkjenner DPIA for telematikk i bilforsikring. Restrisikoen er høy, og vi ber om forhåndsdrøftelse.» Personvernombudet presenterte funn og innspill fra kundepanelet før vedtaket.

        Mvh Jon
        """)
        + "\nDen tir. 24. nov. 2026 kl. 16:40 skrev Jon Halvorsen <jon.halvorsen@kvitfjell.no>:\n"
        + quoted(original)
    )
    msg = message(
        "i035", H_FROM, "SV: Anmodning om forhåndsdrøftelse – telematikk", when(12, 2, 9, 12), body
    )
    return msg, L(
        "nb",
        "insurance all_in_body reply_adds_part quoted_thread part4_will_follow",
        "inline",
        "part 4: the reply adds the approval, but the quoted request still says the risk assessment will follow",
        (4,),
    )


def i036() -> Case:
    t = T.H2
    contacts = "Kontaktperson: undertegnede (se signatur)\nPersonvernombud: Sigrid Aas\nDatabehandler: Sikt Analyse AS v/ Petter Lie, +47 21 09 44 70, petter.lie@siktanalyse.no"
    original = P.h_body(t, {"contacts": contacts, "appr": H_APPR})
    body = (
        txt("""
        Hei,

        Jeg ser at jeg glemte kontaktinformasjonen til personvernombudet i e-posten under. Sigrid Aas nås på tlf. 22 41 70 10 og sigrid.aas@kvitfjell.no.

        Mvh Jon Halvorsen
        """)
        + "\nDen tir. 1. des. 2026 kl. 11:02 skrev Jon Halvorsen <jon.halvorsen@kvitfjell.no>:\n"
        + quoted(original)
    )
    msg = message(
        "i036",
        H_FROM,
        "SV: Anmodning om forhåndsdrøftelse – automatisert svindelscore",
        when(12, 1, 11, 47),
        body,
    )
    return msg, L(
        "nb",
        "insurance all_in_body reply_adds_part quoted_thread contact_is_sender_stated",
        "inline",
        "complete; the reply adds the DPO's phone and e-mail, the quoted request holds the rest",
    )


def i055() -> Case:
    t = T.H2
    thread = txt("""
        Fra: Marte Lunde <marte.lunde@kvitfjell.no>
        Sendt: torsdag 26. november 2026 14:02
        Til: Jon Halvorsen; Sigrid Aas
        Emne: SV: DPIA svindelscore – godkjenning

        Hei begge,

        Konsernledelsen gikk gjennom DPIA-en for svindelscore i dag, andre gang etter oktobermøtet. Vi har sett på funnene, restrisikoen og innspillene fra tillitsvalgte og forbrukerpanelet. Jeg bekrefter at konsernledelsen godkjenner DPIA-en og at vi ber Datatilsynet om forhåndsdrøftelse.

        Marte Lunde
        Administrerende direktør
        """)
    body = (
        P.h_body(
            t,
            {
                "appr": "\n5. LEDELSENS BEHANDLING\nSe e-posten fra administrerende direktør nederst.\n"
            },
        )
        + "\n"
        + quoted(thread)
    )
    msg = message(
        "i055",
        H_FROM,
        "Anmodning om forhåndsdrøftelse: svindelscore i skadebehandling",
        when(12, 9, 10, 0),
        body,
    )
    return msg, L(
        "nb",
        "insurance all_in_body headings_caps_in_body quoted_thread part5_email_in_thread",
        "none",
        "complete; approval is the CEO's e-mail quoted under the request",
    )


def i056() -> Case:
    body = txt("""
        Hei,

        Vi sendte anmodning om forhåndsdrøftelse for telematikk i bilforsikring 24. november, og ettersendte konsernledelsens vedtak 2. desember. Vi har ikke fått noen bekreftelse på at saken er mottatt eller saksnummer.

        Kan dere bekrefte at anmodningen er registrert, og si noe om forventet saksbehandlingstid? Vi planlegger lansering i mars.

        Med vennlig hilsen
        Jon Halvorsen
        Kvitfjell Forsikring AS
        """)
    msg = message(
        "i056",
        H_FROM,
        "Status på anmodning om forhåndsdrøftelse (telematikk)?",
        when(12, 10, 14, 20),
        body,
    )
    return msg, L(
        "nb",
        "insurance nonrequest_status_query mentions_prior_consultation",
        "inline",
        "asks for the status of an earlier request",
        req=False,
    )


# =============================================================================================
# I – Sjøtun Havbruk AS (nn): odd names, octet-stream, everything in the DPIA
# =============================================================================================

I_FROM = "Bjørn Sætre <bjorn.saetre@sjotun-havbruk.no>"


def i017() -> Case:
    t = T.I1
    body = txt(f"""
        Hei

        Sjøtun Havbruk AS ber om førehandsdrøfting for fingeravtrykk ved tilgang til fôrflåtane. Alt står i DPIA-en som ligg ved, også kontaktpunkt og styrehandsaminga.

        {P.I_SIGNATURE}""")
    msg = message(
        "i017",
        I_FROM,
        "førehandsdrøfting fingeravtrykk",
        when(11, 26, 7, 50),
        body,
        attachments=[("DPIA fingeravtrykk v2 (endeleg) - Kopi.docx", to_docx(P.i_dpia(t)), OCTET)],
    )
    return msg, L(
        "nn",
        "aquaculture octet_stream odd_filename dpia_report_docx part5_board_line_in_dpia dpo_external_firm",
        "pgp_mime",
        "complete; single DOCX sent as octet-stream",
    )


def i018() -> Case:
    t = T.I2
    over = {
        "appr": "Styret har ikkje handsama DPIA-en enno. Saka skal opp i styremøtet 10. desember; vi sender protokollen etterpå."
    }
    body = txt(f"""
        Hei,

        Vedlagt DPIA for posisjons- og trøyttleiksovervaking på brønnbåtane. Vi ber om førehandsdrøfting.

        {P.I_SIGNATURE}""")
    msg = message(
        "i018",
        I_FROM,
        "Førehandsdrøfting – overvaking mannskap brønnbåt",
        when(11, 30, 12, 30),
        body,
        attachments=[("DPIA_bronnbat.docx", to_docx(P.i_dpia(t, over)))],
    )
    return msg, L(
        "nn",
        "aquaculture dpia_report_docx part5_future_meeting dpo_external_firm",
        "none",
        "part 5 only: board has not treated the DPIA yet",
        (5,),
    )


def i037() -> Case:
    t = T.I1
    over = {
        "appr": "Leiargruppa gjekk gjennom DPIA-en 19.11.2026, men bad om fleire tiltak for innleigde før ho kan godkjennast. Ny handsaming i styret 8. januar 2027."
    }
    body = txt(f"""
        Hei

        Oppdatert DPIA for fingeravtrykk ligg ved. Vi ber om førehandsdrøfting.

        {P.I_SIGNATURE}""")
    msg = message(
        "i037",
        I_FROM,
        "SV: førehandsdrøfting fingeravtrykk – oppdatert",
        when(12, 2, 15, 5),
        body,
        attachments=[("DPIA fingeravtrykk v3.docx", to_docx(P.i_dpia(t, over)), OCTET)],
    )
    return msg, L(
        "nn",
        "aquaculture octet_stream dpia_report_docx part5_not_approved dpo_external_firm",
        "pgp_mime",
        "part 5 only: management reviewed but did not approve; new meeting in January",
        (5,),
    )


def i038() -> Case:
    t = T.I2
    over = {"appr": "Sjå vedlagd protokoll frå styremøtet 26.11.2026."}
    protocol = to_pdf("""
# Protokoll frå styremøte i Sjøtun Havbruk AS

~ 26. november 2026, Fosnavåg

## Sak 20/26 DPIA – overvaking av mannskap på brønnbåtar

HMS- og kvalitetsleiaren la fram DPIA-en med funn og restrisiko. Styret fekk innspel frå tillitsvalde, verneombod og to skipsførarar. Saka var drøfta i styret 1. oktober.

Vedtak: Styret godkjenner DPIA-en. Restrisikoen er høg. Styret ber om førehandsdrøfting med Datatilsynet.

~ Eldbjørg Leite, styreleiar (sign.)
""")
    body = txt(f"""
        Hei,

        Fullstendig anmodning om førehandsdrøfting for overvaking av mannskap på brønnbåtane. Denne e-posten erstattar den vi sende 30. november – no er protokollen frå styret med.

        {P.I_SIGNATURE}""")
    msg = message(
        "i038",
        I_FROM,
        "Førehandsdrøfting brønnbåt – fullstendig",
        when(12, 4, 9, 40),
        body,
        attachments=[
            ("DPIA brønnbåt.docx", to_docx(P.i_dpia(t, over)), OCTET),
            ("protokoll 26.11.pdf", protocol, OCTET),
        ],
    )
    return msg, L(
        "nn",
        "aquaculture octet_stream odd_filename dpia_report_docx part5_protocol_pdf resubmission_complete dpo_external_firm",
        "none",
        "complete; replaces i018 with the board protocol",
    )


def i057() -> Case:
    t = T.I1
    over = {
        "risk": "Risikoane er vurderte i ROS-analysen til selskapet (ikkje vedlagd). Samla er restrisikoen høg."
    }
    body = txt(f"""
        Hei

        Vi ber om førehandsdrøfting for fingeravtrykk på fôrflåtane. DPIA ligg ved.

        {P.I_SIGNATURE}""")
    msg = message(
        "i057",
        I_FROM,
        "Førehandsdrøfting",
        when(12, 9, 8, 5),
        body,
        attachments=[("DPIA_fingeravtrykk.docx", to_docx(P.i_dpia(t, over)), OCTET)],
    )
    return msg, L(
        "nn",
        "aquaculture octet_stream dpia_report_docx part5_board_line_in_dpia part4_pointer_unsent",
        "pgp_mime",
        "part 4: risk section only points to an unsent ROS analysis",
        (4,),
    )


def i058() -> Case:
    t = T.I2
    over = {
        "desc": "Sjå systemskildringa frå Marisafe AS, som vert ettersend.",
        "risk": "Under arbeid.",
    }
    body = txt(f"""
        Hei,

        Vi ber om førehandsdrøfting for overvaking av mannskap på brønnbåtar. DPIA ligg ved; nokre delar manglar framleis, men vi vil gjerne kome i gang.

        {P.I_SIGNATURE}""")
    msg = message(
        "i058",
        I_FROM,
        "Førehandsdrøfting mannskapsovervaking",
        when(12, 10, 13, 15),
        body,
        attachments=[("DPIA_bronnbat_utkast.docx", to_docx(P.i_dpia(t, over)))],
    )
    return msg, L(
        "nn",
        "aquaculture dpia_report_docx part5_board_line_in_dpia part2_will_follow risk_in_passing",
        "none",
        "parts 2 and 4: description «ettersend», risk «under arbeid»",
        (2, 4),
    )


# =============================================================================================
# J – Lumen Retail Norway AS (en): Outlook forwards and scanned signed memos
# =============================================================================================

J_FROM = "Thomas Riise <thomas.riise@lumenretail.no>"


def _j_contacts(t: T.Topic, processor: str | None = None) -> str:
    p = t.processor
    assert p is not None
    pl = processor or f"Processor: {p.org} – {p.person}, {p.title}, {p.phone}, {p.email}"
    return f"Contact person: {P.J_CONTACT.name}, {P.J_CONTACT.title}, {P.J_CONTACT.phone}, {P.J_CONTACT.email}\nData Protection Officer: {P.J_DPO.name} ({P.J_DPO.org}), {P.J_DPO.phone}, {P.J_DPO.email}\n{pl}\n"


def i019() -> Case:
    t = T.J1
    body = txt(f"""
        Hello,

        Please see below and attached – our request for prior consultation. I am the contact person for the case.

        {P.J_SIGNATURE}
        -----Original Message-----
        From: Hanna Berget <hanna.berget@lumenretail.no>
        Sent: Wednesday, November 25, 2026 4:12 PM
        To: Thomas Riise <thomas.riise@lumenretail.no>
        Cc: Femke Jansen <femke.jansen@lumengroup.eu>
        Subject: Prior consultation package – camera analytics

        Hi Thomas,

        Here is the package for Datatilsynet: the final DPIA and the signed management memo (scanned). Contacts for the cover e-mail:

        {_j_contacts(t)}
        Br,
        Hanna
        Privacy Manager
        """)
    msg = message(
        "i019",
        J_FROM,
        "FW: Prior consultation package – camera analytics",
        when(11, 26, 9, 5),
        body,
        attachments=[
            ("DPIA_camera_analytics_FINAL.pdf", to_pdf(P.j_dpia(t))),
            ("Scan_20261118.pdf", scan_pdf([P.j_signed_memo(t)])),
        ],
    )
    return msg, L(
        "en",
        "retail forwarded_inline_outlook contact_label_value dpia_report_pdf part5_scanned_pdf scanned_pdf foreign_owned_subsidiary phone_foreign",
        "pgp_mime",
        "complete; Outlook inline forward with original headers; approval a scanned signed memo",
    )


def i020() -> Case:
    t = T.J2
    body = txt(f"""
        Dear Datatilsynet,

        Lumen Retail Norway AS requests prior consultation under Article 36 GDPR for the profiling in our loyalty programme. The DPIA and the signed management approval are attached.

        {_j_contacts(t)}
        Best regards,

        {P.J_SIGNATURE}""")
    msg = message(
        "i020",
        J_FROM,
        "Request for prior consultation – loyalty programme profiling",
        when(11, 27, 10, 45),
        body,
        attachments=[
            ("DPIA loyalty profiling.docx", to_docx(P.j_dpia(t))),
            ("Management approval signed.pdf", scan_pdf([P.j_signed_memo(t)])),
        ],
    )
    return msg, L(
        "en",
        "retail contact_label_value dpia_report_docx part5_scanned_pdf scanned_pdf phone_foreign",
        "none",
        "complete",
    )


def i039() -> Case:
    t = T.J1
    body = txt(f"""
        Dear Datatilsynet,

        We request prior consultation for camera analytics in our stores. The DPIA is attached. Management sign-off: scheduled for the Executive Committee on 14 January 2027; we will forward the decision.

        {_j_contacts(t)}
        Best regards,

        {P.J_SIGNATURE}""")
    msg = message(
        "i039",
        J_FROM,
        "Prior consultation – in-store camera analytics",
        when(12, 2, 11, 30),
        body,
        attachments=[("DPIA_camera_analytics_v3.pdf", to_pdf(P.j_dpia(t)))],
    )
    return msg, L(
        "en",
        "retail contact_label_value dpia_report_pdf part5_future_meeting phone_foreign",
        "pgp_mime",
        "part 5 only: sign-off scheduled for January",
        (5,),
    )


def i040() -> Case:
    t = T.J2
    body = txt(f"""
        Dear Datatilsynet,

        Lumen Retail Norway AS requests prior consultation for loyalty programme profiling. DPIA and management memo attached.

        {_j_contacts(t, processor="Processor: Nordcloud Data Oy, Espoo (contact via their privacy team)")}
        Best regards,

        {P.J_SIGNATURE}""")
    msg = message(
        "i040",
        J_FROM,
        "Prior consultation request – loyalty profiling",
        when(12, 3, 15, 20),
        body,
        attachments=[
            ("DPIA loyalty.docx", to_docx(P.j_dpia(t))),
            ("Scan_20261118_2.pdf", scan_pdf([P.j_signed_memo(t)])),
        ],
    )
    return msg, L(
        "en",
        "retail contact_label_value dpia_report_docx part5_scanned_pdf p1_processor_no_contact",
        "none",
        "part 1: processor without a named contact, phone or e-mail",
        (1,),
    )


def i059() -> Case:
    body = txt(f"""
        Dear Datatilsynet,

        Under the Freedom of Information Act (offentleglova) we request access to the final letters in prior consultations concerning camera analytics or video surveillance in retail in 2024–2026, with personal data redacted.

        This is not a request for prior consultation. We are preparing our own DPIA and would like to learn from earlier cases.

        Best regards,

        {P.J_SIGNATURE}""")
    msg = message(
        "i059",
        J_FROM,
        "Request for access (offentleglova) – earlier prior consultation letters",
        when(12, 9, 14, 10),
        body,
    )
    return msg, L(
        "en",
        "retail nonrequest_foi_request mentions_prior_consultation",
        "none",
        "freedom of information request about earlier cases",
        req=False,
    )


def i060() -> Case:
    t = T.J1
    body = txt(f"""
        Hello,

        Forwarding our request for prior consultation as agreed on the phone with your switchboard. Everything is in Hanna's e-mail below and in the attachments.

        {P.J_SIGNATURE}
        -----Original Message-----
        From: Hanna Berget <hanna.berget@lumenretail.no>
        Sent: Monday, December 7, 2026 1:40 PM
        To: Thomas Riise <thomas.riise@lumenretail.no>
        Subject: RE: Datatilsynet – camera analytics

        Thomas,

        Final DPIA v4 and the scanned memo attached. Contact details to include:

        {_j_contacts(t)}
        Hanna
        """)
    msg = message(
        "i060",
        J_FROM,
        "FW: RE: Datatilsynet – camera analytics",
        when(12, 8, 8, 15),
        body,
        attachments=[
            ("DPIA_camera_analytics_v4.pdf", to_pdf(P.j_dpia(t))),
            ("Scan_20261118.pdf", scan_pdf([P.j_signed_memo(t)])),
        ],
    )
    return msg, L(
        "en",
        "retail forwarded_inline_outlook contact_label_value dpia_report_pdf part5_scanned_pdf scanned_pdf phone_foreign",
        "pgp_mime",
        "complete; Outlook forward, contacts in the quoted original",
    )
