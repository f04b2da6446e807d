# ruff: noqa: E501
"""Cases of senders F–J (ids where ((n-1) % 20) // 2 is 5–9): one function per case."""

from __future__ import annotations

from email.message import EmailMessage

import personas as p
from kit import (
    Label,
    html_from_text,
    message,
    quoted,
    scan_image,
    scan_pdf,
    to_docx,
    to_odt,
    to_office_docx,
    to_pdf,
    to_report_pdf,
    to_rtf,
    to_xlsx,
    to_zip,
    txt,
    when,
)
from topics import TOPICS

Case = tuple[EmailMessage, Label]

# --- F: Kvartal Rådgivning AS for Apotek Nordlys AS (nb) ------------------------------------

F_FROM = "Mads Eriksen <mads.eriksen@kvartal-radgivning.no>"
F_TAGS = (
    "pharmacy_chain_via_consultancy",
    "consultant_sends_for_client",
    "file_per_part",
    "contact_word_table",
    "risk_register_xlsx",
    "part5_scanned_protocol",
    "scanned_pdf_image_only",
)


def f_files(
    t_key: str, *, nec: tuple[str, bytes] | None = None, risk: bool = True, nec_fmt: str = "odt"
) -> list[tuple[str, bytes]]:
    t = TOPICS[t_key]
    nec_markup = p.f_nec(t)
    nec_file = {
        "odt": ("03_Nodvendighet_og_forholdsmessighet.odt", to_odt(nec_markup)),
        "rtf": ("03_Nodvendighet_og_forholdsmessighet.rtf", to_rtf(nec_markup)),
        "docx": ("03_Nodvendighet_og_forholdsmessighet.docx", to_docx(nec_markup)),
    }[nec_fmt]
    files = [
        (
            "01_Kontaktinformasjon.docx",
            to_office_docx(
                p.f_contacts(t),
                header="Apotek Nordlys AS – forhåndsdrøftelse",
                footer="Utarbeidet av Kvartal Rådgivning AS",
            ),
        ),
        (
            "02_Systematisk_beskrivelse.pdf",
            to_report_pdf(
                p.f_desc(t),
                title=t.title,
                header="Apotek Nordlys AS – DPIA del 2",
                footer="Kvartal Rådgivning AS",
                toc=False,
            ),
        ),
        nec or nec_file,
    ]
    if risk:
        files.append(
            (
                "04_Risikovurdering.xlsx",
                to_xlsx(
                    {
                        "Risikoregister": p.risk_register_rows(t, "nb", "AN"),
                        "Vurdert ikke gjennomført": p.not_taken_rows(t, "nb"),
                    }
                ),
            )
        )
    files.append(("05_Ledelsens_godkjenning.pdf", scan_pdf([p.f_approval(t)])))
    return files


def f_body(text: str) -> str:
    return txt(text) + "\n" + p.F_SIG + "\n"


def v011() -> Case:
    body = f_body(
        """
        Til Datatilsynet

        På vegne av vår klient Apotek Nordlys AS oversender vi anmodning om forhåndsdrøftelse for reseptpåminnelser og helseprofil i kundeappen «Nordlys Pluss». Dokumentasjonen ligger i vedlagte zip-fil, én fil per punkt i Datatilsynets veiledning (01–05).

        Kontaktperson hos klienten er juridisk direktør Hilde Sørbø; se 01_Kontaktinformasjon.
        """
    )
    msg = message(
        "v011",
        F_FROM,
        "Apotek Nordlys AS – anmodning om forhåndsdrøftelse (Nordlys Pluss)",
        when(11, 13, 11, 11),
        body,
        attachments=[("Apotek_Nordlys_forhandsdrofting.zip", to_zip(dict(f_files("F1"))))],
        cc="Hilde Sørbø <hilde.sorbo@apoteknordlys.no>",
    )
    return msg, Label(
        "nb",
        (*F_TAGS, "zip", "odt"),
        "pgp_mime",
        True,
        "used",
        "complete; consultant sends for the client, ZIP with one file per part",
    )


def v031() -> Case:
    body = f_body(
        """
        Hei,

        Vedlagt følger anmodning om forhåndsdrøftelse fra Apotek Nordlys AS, som vi bistår, for kameraanalyse mot tyveri. Filene er nummerert etter punktene i veiledningen.
        """
    )
    msg = message(
        "v031",
        F_FROM,
        "Forhåndsdrøftelse – Apotek Nordlys AS, kameraanalyse",
        when(11, 25, 13, 25),
        body,
        attachments=f_files("F2", nec_fmt="rtf"),
        cc="Hilde Sørbø <hilde.sorbo@apoteknordlys.no>",
    )
    return msg, Label(
        "nb",
        (*F_TAGS, "rtf"),
        "pgp_mime",
        True,
        "used",
        "complete; loose numbered files, part 3 as RTF",
    )


def v051() -> Case:
    body = f_body(
        """
        Hei,

        På vegne av Apotek Nordlys AS ber vi om forhåndsdrøftelse for kameraanalyse mot tyveri. Vi har ikke laget eget risikoregister for dette tiltaket; risikoen er vurdert som akseptabel etter tiltakene i punkt 3. Øvrige dokumenter følger vedlagt.
        """
    )
    msg = message(
        "v051",
        F_FROM,
        "Apotek Nordlys – forhåndsdrøftelse kameraanalyse",
        when(12, 8, 14, 2),
        body,
        attachments=f_files("F2", risk=False, nec_fmt="docx"),
    )
    return msg, Label(
        "nb",
        (*F_TAGS[:4], "part5_scanned_protocol", "scanned_pdf_image_only", "risk_in_passing"),
        "none",
        True,
        "used",
        "no risk assessment: only «risikoen er vurdert som akseptabel» in the mail – part 4 missing",
        (4,),
    )


def v012() -> Case:
    policy = to_pdf(
        "# Personvernerklæring for Apotek Nordlys\n\nApotek Nordlys AS er behandlingsansvarlig for personopplysninger om kunder, medlemmer i kundeklubben og besøkende på nettsiden.\n\n## Hvilke opplysninger vi samler inn\n\nNavn, kontaktinformasjon, kjøpshistorikk og informasjonskapsler.\n\n## Dine rettigheter\n\nDu har rett til innsyn, retting og sletting. Kontakt personvernombud@apoteknordlys.no.\n\n## Informasjonskapsler\n\nVi bruker nødvendige og analytiske informasjonskapsler. Du kan endre samtykke i cookie-banneret."
    )
    body = f_body(
        """
        Til Datatilsynet

        Vedlagt (zip) følger anmodning om forhåndsdrøftelse fra vår klient Apotek Nordlys AS om reseptpåminnelser i appen Nordlys Pluss, punkt 01–05.
        """
    )
    files = f_files("F1", nec=("03_Nodvendighet.pdf", policy))
    msg = message(
        "v012",
        F_FROM,
        "Anmodning om forhåndsdrøftelse – Apotek Nordlys (Nordlys Pluss)",
        when(11, 9, 10, 40),
        body,
        attachments=[("Nordlys_Pluss_forhandsdrofting.zip", to_zip(dict(files)))],
    )
    return msg, Label(
        "nb",
        (*F_TAGS, "zip", "wrong_file_necessity"),
        "pgp_mime",
        True,
        "used",
        "file 03 «Nødvendighet» is the chain's general privacy policy – no necessity/proportionality assessment: part 3 missing",
        (3,),
    )


def v032() -> Case:
    body = f_body(
        """
        Hei,

        Som avtalt på telefon sender vi anmodningen om forhåndsdrøftelse for Apotek Nordlys AS (Nordlys Pluss), én fil per punkt.
        """
    )
    msg = message(
        "v032",
        F_FROM,
        "Apotek Nordlys AS – forhåndsdrøftelse",
        when(11, 19, 15, 15),
        body,
        attachments=f_files("F1", nec_fmt="docx"),
    )
    return msg, Label("nb", F_TAGS, "none", True, "used", "complete; numbered loose files")


def v052() -> Case:
    body = f_body(
        """
        Hei,

        Oversender anmodning om forhåndsdrøftelse fra Apotek Nordlys AS om kameraanalyse (zip, 5 filer).
        """
    )
    msg = message(
        "v052",
        F_FROM,
        "Forhåndsdrøftelse Apotek Nordlys – kameraanalyse",
        when(12, 3, 9, 9),
        body,
        attachments=[("Apotek_Nordlys_kamera.zip", to_zip(dict(f_files("F2"))))],
    )
    return msg, Label("nb", (*F_TAGS, "zip", "odt"), "pgp_mime", True, "used", "complete; ZIP")


# --- G: Nordområdeinstituttet for samfunnsforskning (nb) ------------------------------------

G_FROM = "Silje Nilsen Pedersen <silje.pedersen@nisf.no>"
G_TAGS = (
    "research_institute",
    "processor_none_stated",
    "contact_table_in_dpia",
    "part5_minutes_line_in_dpia",
)


def g_body(text: str) -> str:
    return txt(text) + "\n" + p.G_SIG + "\n"


def v013() -> Case:
    t = TOPICS["G1"]
    over = {2: "Se vedlagt prosjektbeskrivelse."}
    budget = to_pdf(
        "# UNGUF – budsjett og finansieringsplan\n\n| Post | 2027 | 2028 | 2029 | 2030 |\n| Lønn forskere | 2 400 000 | 2 450 000 | 2 500 000 | 1 200 000 |\n| Datakostnader SSB | 350 000 | 120 000 | 0 | 0 |\n| Reise / intervjuer | 180 000 | 60 000 | 0 | 0 |\n| Sum | 2 930 000 | 2 630 000 | 2 500 000 | 1 200 000 |\n\nFinansiering: Forskningsrådet (VAM-programmet) 80 %, egenandel NISF 20 %."
    )
    body = g_body(
        """
        Hei,

        NISF ber om forhåndsdrøftelse for prosjektet UNGUF. Vedlagt er personvernkonsekvensvurderingen (ODT) og prosjektbeskrivelsen.
        """
    )
    msg = message(
        "v013",
        G_FROM,
        "Forhåndsdrøftelse – UNGUF (registerkobling)",
        when(11, 18, 12, 30),
        body,
        attachments=[
            ("PVK_UNGUF.odt", to_odt(p.g_dpia(t, over, contact_block=p.g_contact_block()))),
            ("Prosjektbeskrivelse_UNGUF.pdf", budget),
        ],
    )
    return msg, Label(
        "nb",
        (*G_TAGS, "odt", "wrong_file_description"),
        "pgp_mime",
        True,
        "none",
        "DPIA refers to «vedlagt prosjektbeskrivelse», but the attached file is the budget – part 2 missing",
        (2,),
    )


def v033() -> Case:
    body = g_body(
        """
        Hei,

        Vi melder et avvik: en bærbar PC med intervjuopptak fra prosjektet KALDTARBEID ble stjålet fra en bil i Bodø 21. november. PC-en var kryptert med BitLocker. Vi har sendt avviksmelding i Altinn i dag, men sender også denne e-posten for ordens skyld.
        """
    )
    msg = message(
        "v033", G_FROM, "Avviksmelding – stjålet PC (KALDTARBEID)", when(11, 23, 17, 5), body
    )
    return msg, Label(
        "nb",
        ("research_institute", "nonrequest_breach_notification"),
        "none",
        False,
        "unspecified",
        "breach notification, not a request",
    )


def v053() -> Case:
    t = TOPICS["G2"]
    body = g_body(
        """
        Hei,

        NISF ber om forhåndsdrøftelse for sensorstudien KALDTARBEID. Vurderingen er vedlagt (RTF, fra vår gamle Word-mal). Kontaktinformasjon står øverst i dokumentet; vi bruker ingen databehandler.
        """
    )
    msg = message(
        "v053",
        G_FROM,
        "Forhåndsdrøftelse KALDTARBEID",
        when(12, 9, 10, 16),
        body,
        attachments=[
            ("PVK_KALDTARBEID.rtf", to_rtf(p.g_dpia(t, {}, contact_block=p.g_contact_block())))
        ],
    )
    return msg, Label(
        "nb",
        (*G_TAGS, "rtf"),
        "none",
        True,
        "none",
        "complete; RTF DPIA with contact table, «ingen databehandler», minutes line",
    )


def v014() -> Case:
    t = TOPICS["G1"]
    body = g_body(
        """
        Hei,

        Nordområdeinstituttet for samfunnsforskning ber om forhåndsdrøftelse for forskningsprosjektet UNGUF. Personvernkonsekvensvurderingen ligger ved.
        """
    )
    msg = message(
        "v014",
        G_FROM,
        "Anmodning om forhåndsdrøftelse – UNGUF",
        when(11, 20, 9, 58),
        body,
        attachments=[
            ("PVK_UNGUF_v2.odt", to_odt(p.g_dpia(t, {}, contact_block=p.g_contact_block())))
        ],
    )
    return msg, Label("nb", (*G_TAGS, "odt"), "pgp_mime", True, "none", "complete; ODT")


def v034() -> Case:
    t = TOPICS["G2"]
    thread = txt(
        """
        Fra: Geir Ove Mikalsen <personvernombud@nisf.no>
        Sendt: 19. november 2026 14:21
        Til: Silje Nilsen Pedersen
        Emne: Re: KALDTARBEID – forhåndsdrøftelse?

        Hei Silje,

        Ja, restrisikoen rundt posisjonsdata er høy nok til at vi bør be om forhåndsdrøftelse. Ledergruppen har godkjent PVK-en, så du kan sende den. Husk å skrive at vi ikke bruker databehandler.

        Geir Ove

        > Fra: Silje Nilsen Pedersen
        > Sendt: 18. november 2026 09:02
        > Emne: KALDTARBEID – forhåndsdrøftelse?
        >
        > Hei, må vi sende KALDTARBEID til Datatilsynet, tror du?
        """
    )
    body = (
        g_body(
            """
        Hei Datatilsynet,

        Se tråden under: vi ber om forhåndsdrøftelse for sensorstudien KALDTARBEID. Vurderingen med kontaktinformasjon og utdrag fra ledergruppens referat er vedlagt. Vi bruker ingen databehandler.
        """
        )
        + "\n"
        + quoted(thread)
    )
    msg = message(
        "v034",
        G_FROM,
        "VS: Re: KALDTARBEID – forhåndsdrøftelse?",
        when(11, 20, 8, 30),
        body,
        attachments=[
            (
                "PVK_KALDTARBEID.docx",
                to_office_docx(
                    p.g_dpia(t, {}, contact_block=p.g_contact_block()),
                    header="NISF",
                    footer="PVK KALDTARBEID",
                ),
            )
        ],
        cc="Geir Ove Mikalsen <personvernombud@nisf.no>",
    )
    return msg, Label(
        "nb",
        (*G_TAGS, "quoted_thread", "docx_heading_styles"),
        "none",
        True,
        "none",
        "complete; internal thread quoted below, DOCX DPIA",
    )


def v054() -> Case:
    t = TOPICS["G1"]
    over = {
        3: "Vurderingen av nødvendighet og forholdsmessighet er ikke gjennomført. Den gjøres når REK har svart på søknaden."
    }
    body = g_body(
        """
        Hei,

        Vi ber om forhåndsdrøftelse for UNGUF. Merk at vurderingen av nødvendighet ikke er gjort ennå (vi venter på REK).
        """
    )
    msg = message(
        "v054",
        G_FROM,
        "UNGUF – forhåndsdrøftelse",
        when(12, 10, 13, 45),
        body,
        attachments=[
            (
                "PVK_UNGUF_utkast.docx",
                to_office_docx(
                    p.g_dpia(t, over, contact_block=p.g_contact_block()),
                    header="NISF",
                    footer="UTKAST",
                ),
            )
        ],
    )
    return msg, Label(
        "nb",
        (*G_TAGS, "docx_heading_styles", "part3_not_done"),
        "none",
        True,
        "none",
        "necessity «ikke gjennomført» – part 3 missing; ledergruppen's minutes line present",
        (3,),
    )


# --- H: Stiftinga Solbakken Omsorgssenter (nn) ----------------------------------------------

H_FROM = "Astrid Årdal <astrid.ardal@solbakken-omsorg.no>"
H_TAGS = (
    "nursing_home_foundation",
    "contact_prose",
    "docx_heading_styles",
    "headings_nynorsk",
    "dpo_external_firm",
)


def h_contacts_prose(t_key: str) -> str:
    proc = p.H_PROC[t_key]
    return (
        f"Kontaktperson hos oss er eg, {p.H_CONTACT.name}, fagsjef, tlf. {p.H_CONTACT.phone}, {p.H_CONTACT.email}. "
        f"Personvernombodet vårt er {p.H_DPO.name} i {p.H_DPO.org}, tlf. {p.H_DPO.phone}, {p.H_DPO.email}. "
        f"Databehandlar er {proc.org}, kontaktperson {proc.name}, tlf. {proc.phone}, {proc.email}."
    )


def h_body(t_key: str, text: str) -> str:
    return txt(text) + "\n" + h_contacts_prose(t_key) + "\n\n" + p.H_SIG + "\n"


def h_dpia_docx(t_key: str, over: dict[int, str] | None = None) -> bytes:
    t = TOPICS[t_key]
    return to_office_docx(
        p.h_dpia(t, over or {}),
        header="Stiftinga Solbakken Omsorgssenter",
        footer="Personvernkonsekvensvurdering",
        title=f"Personvernkonsekvensvurdering – {t.title}",
    )


def v015() -> Case:
    t = TOPICS["H1"]
    body = h_body(
        "H1",
        """
        Hei,

        Stiftinga Solbakken Omsorgssenter ber om førehandsdrøfting for digitalt nattilsyn. Vurderinga og den skanna styreprotokollen ligg ved.
        """,
    )
    msg = message(
        "v015",
        H_FROM,
        "Førehandsdrøfting – digitalt nattilsyn",
        when(11, 16, 11, 2),
        body,
        attachments=[
            ("PKV_digitalt_nattilsyn.docx", h_dpia_docx("H1")),
            ("Styreprotokoll_2026-11-09.pdf", scan_pdf([p.h_protocol(t)])),
        ],
    )
    return msg, Label(
        "nn",
        (*H_TAGS, "part5_scanned_protocol", "scanned_pdf_image_only"),
        "pgp_mime",
        True,
        "used",
        "complete; contacts in prose, scanned protocol",
    )


def v035() -> Case:
    t = TOPICS["H1"]
    body = h_body(
        "H1",
        """
        Hei,

        Vedlagt er vurderinga vår og styreprotokollen om digitalt nattilsyn. Vi ber om førehandsdrøfting.
        """,
    )
    msg = message(
        "v035",
        H_FROM,
        "Førehandsdrøfting nattilsyn – Solbakken",
        when(11, 30, 14, 10),
        body,
        attachments=[
            ("PKV_digitalt_nattilsyn.docx", h_dpia_docx("H1")),
            ("Styreprotokoll_2026-11-09.pdf", scan_pdf([p.h_protocol(t, decided=False)])),
        ],
    )
    return msg, Label(
        "nn",
        (*H_TAGS, "scanned_pdf_image_only", "part5_not_decided"),
        "none",
        True,
        "used",
        "scanned protocol: the board only took the matter «til orientering» and has not taken a position – part 5 missing",
        (5,),
    )


def v055() -> Case:
    t = TOPICS["H2"]
    body = h_body(
        "H2",
        """
        Hei,

        Vi ber om førehandsdrøfting for GPS-sporing av bebuarar med demens. Vurderinga og styreprotokollen (skanna) ligg ved.
        """,
    )
    msg = message(
        "v055",
        H_FROM,
        "Førehandsdrøfting – GPS-klokker for bebuarar",
        when(12, 7, 9, 40),
        body,
        attachments=[
            ("PKV_GPS.docx", h_dpia_docx("H2")),
            ("Protokoll_styret.pdf", scan_pdf([p.h_protocol(t)])),
        ],
    )
    return msg, Label(
        "nn",
        (*H_TAGS, "part5_scanned_protocol", "scanned_pdf_image_only"),
        "pgp_mime",
        True,
        "used",
        "complete",
    )


def v016() -> Case:
    body = (
        txt(
            """
        Hei,

        Vi er eit lite omsorgssenter i Sogn og har spørsmål: Treng vi å be om førehandsdrøfting dersom vi berre skal ha fallsensor utan kamera i bebuarromma? Vi har ikkje laga nokon vurdering enno.
        """
        )
        + "\n"
        + p.H_SIG
        + "\n"
    )
    msg = message("v016", H_FROM, "Spørsmål om fallsensor", when(11, 3, 12, 45), body)
    return msg, Label(
        "nn",
        ("nursing_home_foundation", "nonrequest_question"),
        "inline",
        False,
        "unspecified",
        "question in nynorsk",
    )


def v036() -> Case:
    t = TOPICS["H1"]
    over = {4: "Risikovurderinga vert ettersend etter ROS-møtet 8. desember."}
    body = h_body(
        "H1",
        """
        Hei,

        Vi ber om førehandsdrøfting for digitalt nattilsyn. Risikovurderinga er ikkje klar, ho kjem etter ROS-møtet vårt 8. desember.
        """,
    )
    msg = message(
        "v036",
        H_FROM,
        "Førehandsdrøfting – nattilsyn (risikovurdering kjem)",
        when(11, 26, 15, 20),
        body,
        attachments=[
            ("PKV_nattilsyn_utan_ROS.docx", h_dpia_docx("H1", over)),
            ("Styreprotokoll.pdf", scan_pdf([p.h_protocol(t)])),
        ],
    )
    return msg, Label(
        "nn",
        (*H_TAGS, "part5_scanned_protocol", "scanned_pdf_image_only", "part4_will_follow"),
        "pgp_mime",
        True,
        "used",
        "risk section «vert ettersend» – part 4 missing",
        (4,),
    )


def v056() -> Case:
    t = TOPICS["H2"]
    body = h_body(
        "H2",
        """
        Hei,

        Her er førespurnaden om førehandsdrøfting for GPS-klokker. Styreprotokollen tok eg bilete av med mobilen.
        """,
    )
    msg = message(
        "v056",
        H_FROM,
        "Førehandsdrøfting GPS – Solbakken",
        when(12, 11, 10, 5),
        body,
        attachments=[
            ("PKV_GPS_klokker.docx", h_dpia_docx("H2")),
            ("IMG_20261110_0931.jpg", scan_image(p.h_protocol(t), "JPEG", 1.2)),
        ],
    )
    return msg, Label(
        "nn",
        (*H_TAGS, "part5_photographed_protocol"),
        "pgp_mime",
        True,
        "used",
        "complete; protocol photographed (JPEG)",
    )


# --- I: Pulsly AS (nb) ----------------------------------------------------------------------

I_FROM = "Emil Brandt <emil@pulsly.no>"
I_TAGS = ("app_startup", "contact_label_value")


def i_text(
    t_key: str, intro: str, over: dict[int, str] | None = None, approval: str = p.I_BOARD
) -> str:
    return (
        txt(intro) + "\n" + p.i_body(TOPICS[t_key], over or {}, approval=approval) + p.I_SIG + "\n"
    )


def v017() -> Case:
    body = i_text(
        "I1",
        """
        Hei Datatilsynet!

        Vi i Pulsly ber om forhåndsdrøftelse for en ny funksjon i appen. Vi har skrevet alt rett i e-posten (kopiert fra Notion):
        """,
        approval="DPIA-en behandles i styremøtet 12. mars. Vi sender protokollen etterpå.",
    )
    msg = message(
        "v017", I_FROM, "Forhåndsdrøftelse – KI-samtalestøtte i Pulsly", when(11, 21, 22, 40), body
    )
    return msg, Label(
        "nb",
        (*I_TAGS, "all_in_body", "headings_markdown", "part5_future_meeting"),
        "inline",
        True,
        "used",
        "everything in the plain body; board approval only planned («styremøtet 12. mars») – part 5 missing",
        (5,),
    )


def v037() -> Case:
    body = i_text(
        "I2",
        """
        Hei,

        Pulsly AS ber om forhåndsdrøftelse for bedriftsversjonen av appen. Alt står under.
        """,
        approval=p.I_BOARD.replace(
            "brukerpanelet, Mental Helse Ungdom og psykologene", "tillitsvalgte i pilotbedriftene"
        ),
    )
    msg = message(
        "v037", I_FROM, "Forhåndsdrøftelse – Pulsly for bedrifter", when(12, 2, 9, 12), body
    )
    return msg, Label(
        "nb",
        (*I_TAGS, "all_in_body", "headings_markdown", "part5_board_in_body"),
        "inline",
        True,
        "used",
        "complete; all in the plain body",
    )


def v057() -> Case:
    html = html_from_text(
        "Hei!\n\nDesember-nytt fra Pulsly 💜\n\nVi har nå 35 000 brukere! Takk til alle som har testet KI-samtalestøtten i beta.\n\nNytt i appen: søvnlogg, mørk modus og bedre eksport av dagboka.\n\nVi jobber også med personvern: les bloggposten vår om hvordan vi beskytter dagboka di.\n\nHilsen teamet i Pulsly\n\nDu mottar denne e-posten fordi du har registrert deg for nyhetsbrev. Meld deg av her."
    )
    msg = message(
        "v057",
        "Pulsly <nyhetsbrev@pulsly.no>",
        "Desember-nytt fra Pulsly: 35 000 brukere!",
        when(12, 1, 7, 0),
        html=html,
    )
    return msg, Label(
        "nb",
        ("app_startup", "html_only_body", "nonrequest_newsletter"),
        "none",
        False,
        "unspecified",
        "newsletter sent to the office address",
    )


def v018() -> Case:
    t = TOPICS["I1"]
    body = (
        txt(
            f"""
        Hei,

        Pulsly AS ber om forhåndsdrøftelse for KI-samtalestøtte. Vi har eksportert DPIA-en fra Notion, én PDF per del.

        Kontaktperson: {p.I_CONTACT.name}, {p.I_CONTACT.phone}, {p.I_CONTACT.email}
        Personvernombud: {p.I_DPO.name} ({p.I_DPO.org}), {p.I_DPO.phone}, {p.I_DPO.email}
        Databehandler: {p.I_PROC.org}, {p.I_PROC.name}, {p.I_PROC.phone}, {p.I_PROC.email}
        """
        )
        + "\n"
        + p.I_SIG
        + "\n"
    )
    files = [
        ("Pulsly DPIA – 2 Hva vi bygger.pdf", b""),
        (
            "Pulsly DPIA – 3 Hvorfor.pdf",
            to_pdf(
                "# Hvorfor – og hvorfor akkurat sånn\n\n"
                + "\n\n".join(t.necessity)
                + "\n\n"
                + "\n".join(f"- {s}" for s in t.safeguards)
            ),
        ),
        (
            "Pulsly DPIA – 4 Risiko.pdf",
            to_pdf(
                "# Risiko\n\n"
                + p.risk_table(t, ("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"))
                + "\n\n"
                + p.not_taken_table(t, ("Vurdert", "Hvorfor ikke"))
                + "\n\n"
                + t.residual
            ),
        ),
        ("Pulsly DPIA – 5 Styret.pdf", to_pdf("# Styrets behandling\n\n" + p.I_BOARD)),
    ]
    msg = message(
        "v018",
        I_FROM,
        "Forhåndsdrøftelse Pulsly – KI-samtalestøtte",
        when(11, 14, 16, 55),
        body,
        attachments=files,
    )
    return msg, Label(
        "nb",
        (*I_TAGS, "file_per_part", "zero_byte_description"),
        "none",
        True,
        "used",
        "part 2 PDF is zero bytes – part 2 missing",
        (2,),
    )


def v038() -> Case:
    t = TOPICS["I1"]
    inner_body = txt(
        """
        Hei Emil,

        Bekrefter at styret i møtet 5. november (sak 19/26) gikk gjennom DPIA-en for KI-samtalestøtten, inkludert funnene, risikoene og innspillene fra brukerpanelet, Mental Helse Ungdom og psykologene. Styret godkjente DPIA-en og tiltakene, og ba deg sende anmodning om forhåndsdrøftelse til Datatilsynet før lansering.

        Nina Voll
        Styreleder, Pulsly AS
        """
    )
    inner = message(
        "v038i",
        "Nina Voll <nina.voll@vollinvest.no>",
        "Styrevedtak DPIA KI-samtalestøtte",
        when(11, 5, 21, 3),
        inner_body,
        to="emil@pulsly.no",
    )
    over = {5: "Se videresendt e-post fra styreleder."}
    doc = "# Pulsly DPIA – KI-samtalestøtte\n\n" + p.i_body(t, over, approval="").replace(
        "* ", "- "
    ).replace("Kontaktperson:", "~ Kontaktperson:")
    body = (
        txt(
            """
        Hei,

        Vedlagt er DPIA-en vår (PDF fra Notion) og styreleders bekreftelse av styrevedtaket. Kontaktinfo står øverst i DPIA-en.
        """
        )
        + "\n"
        + p.I_SIG
        + "\n"
    )
    msg = message(
        "v038",
        I_FROM,
        "Anmodning om forhåndsdrøftelse – Pulsly",
        when(11, 20, 10, 20),
        body,
        attachments=[("Pulsly DPIA – KI-samtalestøtte.pdf", to_pdf(doc))],
        forwarded=("Styrevedtak DPIA.eml", inner),
    )
    return msg, Label(
        "nb",
        (*I_TAGS, "part5_email_forwarded_eml", "forwarded_rfc822"),
        "none",
        True,
        "used",
        "complete; approval is the board chair's e-mail attached as .eml",
    )


def v058() -> Case:
    body = i_text(
        "I1",
        """
        Hei!

        Pulsly AS ber om forhåndsdrøftelse for KI-samtalestøtte i stemningsdagboka. Her er alt:
        """,
    )
    msg = message(
        "v058",
        I_FROM,
        "Anmodning om forhåndsdrøftelse – Pulsly KI-støtte",
        when(12, 4, 8, 47),
        body,
    )
    return msg, Label(
        "nb",
        (*I_TAGS, "all_in_body", "headings_markdown", "part5_board_in_body"),
        "inline",
        True,
        "used",
        "complete; all in the plain body",
    )


# --- J: Helix Talent Partners Ltd (en) ------------------------------------------------------

J_FROM = "Aoife Brennan <aoife.brennan@helixtalent.ie>"
J_TAGS = (
    "recruitment_agency",
    "foreign_controller",
    "phone_foreign",
    "contact_label_value",
    "docx_heading_styles",
    "risk_register_xlsx",
)


def j_contacts(t_key: str, *, proc: bool = True) -> str:
    lines = [
        f"Contact person: {p.J_CONTACT.name}, {p.J_CONTACT.title}, {p.J_CONTACT.phone}, {p.J_CONTACT.email}",
        f"Local contact in Norway: {p.J_NO.name}, {p.J_NO.title}, {p.J_NO.phone}, {p.J_NO.email}",
        f"Data Protection Officer: {p.J_DPO.name}, {p.J_DPO.phone}, {p.J_DPO.email}",
    ]
    if proc:
        pr = p.J_PROC[t_key]
        lines.append(f"Processor: {pr.org} – {pr.name}, {pr.title}, {pr.phone}, {pr.email}")
    return "\n".join(lines) + "\n"


def j_files(
    t_key: str,
    over: dict[int, str] | None = None,
    *,
    register: bool = True,
    resolution: bool = True,
) -> list[tuple[str, bytes]]:
    t = TOPICS[t_key]
    files = [
        (
            "Helix_DPIA_" + t_key + ".docx",
            to_office_docx(
                p.j_dpia(t, over or {}),
                header="Helix Talent Partners – Confidential",
                footer="DPIA",
            ),
        )
    ]
    if register:
        files.append(
            (
                "Risk_Register_" + t_key + ".xlsx",
                to_xlsx(
                    {
                        "Risk register": p.risk_register_rows(t, "en", "HX"),
                        "Not adopted": p.not_taken_rows(t, "en"),
                    }
                ),
            )
        )
    if resolution:
        sig = "HELIX TALENT PARTNERS LTD\nBoard meeting 12 November 2026 – signature page\n\nSigned for and on behalf of the Board:\n\nDeclan Walsh, Chair   signed D. Walsh\nNiamh O'Sullivan, Company Secretary   signed N. O'Sullivan\n\nDate: 12/11/2026"
        files.append(
            (
                "Board_Resolution_2026-11-12.pdf",
                to_report_pdf(
                    p.j_resolution(t),
                    title="Board Resolution – extract",
                    header="Helix Talent Partners Ltd",
                    footer="Extract of minutes",
                    lang="en",
                    toc=False,
                    scanned_pages=[sig],
                ),
            )
        )
    return files


def j_body(text: str, t_key: str, *, proc: bool = True) -> str:
    return txt(text) + "\n" + j_contacts(t_key, proc=proc) + "\n" + p.J_SIG + "\n"


def v019() -> Case:
    body = j_body(
        """
        Dear Datatilsynet,

        Helix Talent Partners Ltd requests prior consultation under Article 36 GDPR for AI-assisted video interview screening of candidates for Norwegian clients. Attached are the DPIA, the scored risk register and the Board resolution (with a scanned signature page).

        Contacts:
        """,
        "J1",
    )
    msg = message(
        "v019",
        J_FROM,
        "Request for prior consultation – AI-assisted video interview screening",
        when(11, 17, 14, 15),
        body,
        attachments=j_files("J1"),
    )
    return msg, Label(
        "en",
        (*J_TAGS, "part5_board_resolution", "part5_scanned_signature_page", "processor_us"),
        "pgp_mime",
        True,
        "used",
        "complete; US processor (+1)",
    )


def v039() -> Case:
    body = j_body(
        """
        Dear Sir or Madam,

        Please find attached our request for prior consultation on background screening for offshore roles. The screening portal is provided by Checkwise Ltd, our processor.

        Contacts:
        """,
        "J2",
        proc=False,
    )
    msg = message(
        "v039",
        J_FROM,
        "Prior consultation – background screening (Helix Talent)",
        when(11, 24, 11, 3),
        body,
        attachments=j_files("J2"),
    )
    return msg, Label(
        "en",
        (*J_TAGS, "part5_board_resolution", "p1_processor_no_contact"),
        "none",
        True,
        "used",
        "processor Checkwise Ltd named, but no contact person, phone or e-mail anywhere – part 1 missing",
        (1,),
    )


def v059() -> Case:
    body = j_body(
        """
        Dear Datatilsynet,

        We are submitting our DPIA and risk register for AI-assisted video interview screening. The DPIA is scheduled for approval at the Board meeting on 4 February 2027; we will forward the resolution afterwards.

        Contacts:
        """,
        "J1",
    )
    msg = message(
        "v059",
        J_FROM,
        "Prior consultation – AI video screening (Board approval to follow)",
        when(12, 9, 16, 30),
        body,
        attachments=j_files("J1", resolution=False),
    )
    return msg, Label(
        "en",
        (*J_TAGS, "part5_future_meeting"),
        "none",
        True,
        "used",
        "Board approval planned for 4 February – part 5 missing",
        (5,),
    )


def v020() -> Case:
    t = TOPICS["J2"]
    risks = "\n".join(
        f"- {r} (likelihood {lk}, severity {c}). Control: {m}" for r, lk, c, m in t.risks
    )
    body = (
        txt(
            """
        Dear Datatilsynet,

        Helix Talent Partners Ltd requests prior consultation for background screening of candidates for safety-critical offshore roles in Norway. Everything is set out below.

        1. CONTACTS
        """
        )
        + j_contacts("J2")
        + txt(
            f"""

        2. THE PROCESSING
        {" ".join(t.description)}
        Steps: {"; ".join(f"{a}: {b}" for a, b in t.flow)}.

        3. NECESSITY AND PROPORTIONALITY
        {" ".join(t.necessity)} Safeguard: {t.safeguards[0]}

        4. RISKS
        """
        )
        + risks
        + "\n"
        + txt(
            f"""
        Not adopted: {t.not_taken[0][0]} – {t.not_taken[0][1]}. {t.residual}

        5. BOARD APPROVAL
        The Board reviewed the DPIA, its findings and the input from client HR leads at its meeting on 12 November 2026 and resolved to approve the DPIA and controls and to request prior consultation with Datatilsynet (minute 7/11/26, signed by the Chair, Declan Walsh).
        """
        )
        + "\n"
        + p.J_SIG
        + "\n"
    )
    msg = message(
        "v020",
        J_FROM,
        "Prior consultation request – background screening (Helix Talent Partners)",
        when(11, 27, 12, 0),
        body,
    )
    return msg, Label(
        "en",
        (
            "recruitment_agency",
            "foreign_controller",
            "phone_foreign",
            "contact_label_value",
            "all_in_body",
            "headings_caps_in_body",
            "part5_board_in_body",
        ),
        "inline",
        True,
        "used",
        "complete; everything in the plain body",
    )


def v040() -> Case:
    body = (
        txt(
            """
        Dear Datatilsynet,

        Helix Talent Partners Ltd has its main establishment in Ireland and a branch in Oslo. We are finishing a DPIA for AI-assisted screening of candidates in Norway. Should a prior consultation be addressed to you or to the Irish Data Protection Commission as lead authority? We have not sent a request to either yet.
        """
        )
        + "\n"
        + p.J_SIG
        + "\n"
    )
    msg = message(
        "v040",
        J_FROM,
        "Question: competent authority for prior consultation",
        when(11, 6, 10, 44),
        body,
    )
    return msg, Label(
        "en",
        ("recruitment_agency", "foreign_controller", "nonrequest_question"),
        "none",
        False,
        "unspecified",
        "question about the competent authority",
    )


def v060() -> Case:
    over = {
        4: "To follow. The risk register will be completed after our bias audit workshop in January."
    }
    body = j_body(
        """
        Dear Datatilsynet,

        Attached is our DPIA for AI-assisted video interview screening. The risk register will follow after the bias audit workshop in January, and the Board will approve the DPIA after that.

        Contacts:
        """,
        "J1",
    )
    msg = message(
        "v060",
        J_FROM,
        "Prior consultation – AI video screening (partial)",
        when(12, 10, 17, 20),
        body,
        attachments=j_files("J1", over, register=False, resolution=False),
    )
    return msg, Label(
        "en",
        (*J_TAGS[:5], "part4_will_follow", "part5_future_meeting"),
        "none",
        True,
        "used",
        "risk section «To follow», no register; Board approval after that – parts 4 and 5 missing",
        (4, 5),
    )
