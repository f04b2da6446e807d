# ruff: noqa: E501
"""Cases of senders F-J (private school, recruitment agency, veterinary chain, library
consortium, wind-power developer). One function per case, returning the message and its label."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import personas as per
from cases_a import Case, addr, vcf
from kit import (
    Label,
    message,
    plain,
    scan_image,
    to_docx,
    to_pdf,
    to_xlsx,
    txt,
    when,
)
from personas import parts, text_parts
from topics import TOPICS

# --- F: Lindtun Friskole ---------------------------------------------------------------------


def f_dpia_pdf(key: str, omit: dict[int, str] | None = None, pre: str = "") -> bytes:
    t = TOPICS[key]
    return to_pdf(
        f"# Personvernkonsekvensvurdering – {t.title}\n\n{per.F_ORG}, november 2026{pre}\n\n{parts(t, 'F', omit=omit)}"
    )


def f_protocol_jpg(key: str, sak: str = "14/2026") -> bytes:
    return scan_image(per.f_protocol(sak, TOPICS[key].title, "18. november 2026"), "JPEG", 0.6)


def f_suppliers() -> bytes:
    v = per.F_VAKT
    return to_xlsx(
        {
            "Leverandørliste": [
                [
                    "Leverandør",
                    "Tjeneste",
                    "Rolle",
                    "Kontaktperson",
                    "Telefon",
                    "E-post",
                    "Underleverandører",
                ],
                [
                    v.org,
                    "Varslingsverktøy elev-PC",
                    "Databehandler",
                    v.name,
                    v.phone,
                    v.email,
                    "NordSky Drift AS (drift, Oslo); Textanalytica ApS (språkmodell, København)",
                ],
                [
                    "Google Ireland Ltd",
                    "Workspace for Education",
                    "Databehandler (eksisterende avtale)",
                    "via Google Admin",
                    "",
                    "",
                    "se Googles liste",
                ],
                ["Visma Flyt Skole", "Skoleadministrasjon", "Ikke berørt", "", "", "", ""],
            ]
        }
    )


def k011() -> Case:
    docs = [
        ("DPIA_varsling_elev-PC.pdf", f_dpia_pdf("F1")),
        ("Leverandorliste_IKT_2026.xlsx", f_suppliers()),
        ("Styreprotokoll_18-11-2026.jpg", f_protocol_jpg("F1")),
    ]
    body = (
        txt(f"""
        Til Datatilsynet

        Lindtun Friskole ber om forhåndsdrøftelse for varslingsverktøy på elevenes skole-PC-er.

        Kontaktperson: rektor {per.F_REKTOR.name}, tlf. {per.F_REKTOR.phone}, mobil {per.F_REKTOR.mobile}, {per.F_REKTOR.email}
        Personvernombud: {per.F_DPO.name}, {per.F_DPO.org}, tlf. {per.F_DPO.phone}, {per.F_DPO.email}
        Databehandler: Skolevakt AS – se leverandørlisten (vedlagt), der også underleverandørene står.

        Vedlagt er vurderingen, leverandørlisten og styreprotokollen.

        """)
        + per.f_signature()
    )
    msg = message(
        "k011",
        addr(per.F_REKTOR),
        "Anmodning om forhåndsdrøftelse – varsling på elev-PC",
        when(11, 20, 14, 22),
        body,
        attachments=docs,
        cc=addr(per.F_DPO),
    )
    return msg, Label(
        "nb",
        (
            "private_school",
            "contact_label_value",
            "dpo_external_firm",
            "supplier_list_xlsx",
            "subprocessors_listed",
            "dpia_report_pdf",
            "part5_photographed_protocol",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; processor contact in the supplier XLSX",
    )


def k012() -> Case:
    t = TOPICS["F2"]
    k = per.F_PAY
    body = txt(f"""
        Hei,

        Vi ønsker forhåndsdrøftelse for fingeravtrykk i kantine og utlån ved Lindtun Friskole.

        Kontaktperson: {per.F_IKT.name}, IKT-ansvarlig, mob. 481.66.902, {per.F_IKT.email}
        Personvernombud: {per.F_DPO.name} (Personvernhuset AS), tlf. 22 99 14 60, {per.F_DPO.email}
        Databehandler: {k.org}, Larvik – {k.name}, tlf 33445560, {k.email}

        Vurderingen og styreprotokollen er vedlagt.

        Hilsen Espen
        """)
    docs = [
        (
            "Vurdering_fingeravtrykk.docx",
            to_docx(
                f"# Vurdering av personvernkonsekvenser – {t.title}\n\n{parts(t, 'F', risk='bullets')}"
            ),
        ),
        ("Styreprotokoll_sak15.jpg", f_protocol_jpg("F2", "15/2026")),
    ]
    msg = message(
        "k012",
        addr(per.F_IKT),
        "Forhåndsdrøftelse fingeravtrykk kantine",
        when(11, 21, 19, 7),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "private_school",
            "contact_label_value",
            "phone_dots",
            "phone_no_spaces",
            "dpo_external_firm",
            "dpia_report_docx",
            "risk_bullets",
            "part5_photographed_protocol",
        ),
        "none",
        True,
        "used",
        "complete; phones with dots and without spaces; short first-name sign-off",
    )


def k031() -> Case:
    body = (
        txt("""
        Hei,

        Vi vurderer et varslingsverktøy på elevenes PC-er (tegn på selvskading og mobbing). Før vi går videre med vurderingen av personvernkonsekvenser ønsker vi et veiledningsmøte med dere, for å høre om dere mener at et slikt verktøy i det hele tatt kan brukes overfor barn.

        Passer det en dag i uke 2 eller 3? Personvernombudet vårt blir med.

        """)
        + per.f_signature()
    )
    msg = message(
        "k031",
        addr(per.F_REKTOR),
        "Ønske om veiledningsmøte – varsling på elev-PC",
        when(10, 30, 12, 0),
        body,
        cc=addr(per.F_DPO),
    )
    return msg, Label(
        "nb",
        ("private_school", "nonrequest_guidance", "dpo_on_cc"),
        "none",
        False,
        "unspecified",
        "request for a guidance meeting",
    )


def k032() -> Case:
    contacts = f"""| Rolle | Navn | Telefon | E-post |
| Kontaktperson (rektor) | {per.F_REKTOR.name} | {per.F_REKTOR.phone} / {per.F_REKTOR.mobile} | {per.F_REKTOR.email} |
| Personvernombud (ekstern) | {per.F_DPO.name}, {per.F_DPO.org} | {per.F_DPO.phone} | {per.F_DPO.email} |
| Databehandler | {per.F_VAKT.name}, {per.F_VAKT.org} | {per.F_VAKT.phone} | {per.F_VAKT.email} |
| Underdatabehandler | NordSky Drift AS; Textanalytica ApS | < | < |"""
    docs = [
        (
            "DPIA_varsling_elev-PC_v2.pdf",
            f_dpia_pdf("F1", pre=f"\n\n# Kontaktinformasjon\n\n{contacts}"),
        ),
        ("Styreprotokoll.jpg", f_protocol_jpg("F1")),
    ]
    body = txt("""
        Hei,

        Vedlagt følger anmodning om forhåndsdrøftelse for varslingsverktøy på elev-PC. Kontaktinformasjonen står først i dokumentet.

        """) + per.f_signature(phones=False)
    msg = message(
        "k032",
        addr(per.F_REKTOR),
        "Forhåndsdrøftelse – Lindtun Friskole",
        when(11, 24, 7, 55),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "private_school",
            "contact_table_in_dpia",
            "signature_no_phone",
            "dpo_external_firm",
            "subprocessors_listed",
            "dpia_report_pdf",
            "part5_photographed_protocol",
            "risk_likelihood_consequence",
        ),
        "none",
        True,
        "used",
        "complete; the signature has no phone, but the contact table in the DPIA has it",
    )


def k051() -> Case:
    body = (
        txt(f"""
        Hei,

        Lindtun Friskole ber om forhåndsdrøftelse for bruk av fingeravtrykk i kantinen og utlånet.

        Kontaktperson: {per.F_REKTOR.name}, rektor
        Personvernombud: Personvernhuset AS (www.personvernhuset.no)
        Databehandler: {per.F_PAY.org}, {per.F_PAY.name}, tlf. {per.F_PAY.phone}, {per.F_PAY.email}

        """)
        + per.f_signature()
    )
    docs = [
        ("Vurdering_fingeravtrykk.pdf", f_dpia_pdf("F2")),
        ("Protokoll_styret_sak15.jpg", f_protocol_jpg("F2", "15/2026")),
    ]
    msg = message(
        "k051",
        addr(per.F_REKTOR),
        "Anmodning om forhåndsdrøftelse – fingeravtrykk",
        when(11, 26, 13, 40),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "private_school",
            "contact_label_value",
            "dpo_external_firm",
            "p1_dpo_firm_url_only",
            "dpia_report_pdf",
            "part5_photographed_protocol",
            "risk_likelihood_consequence",
        ),
        "none",
        True,
        "used",
        "DPO only as a firm with a web address; no person, phone or e-mail",
        (1,),
    )


def k052() -> Case:
    t = TOPICS["F1"]
    nec = to_docx(
        f"# Hvorfor vi mener dette er nødvendig\n\n{t.necessity}\n\n{t.proportionality}\n\n"
        + "\n".join(f"- {s}" for s in t.safeguards)
    )
    risk = to_docx(plain(parts(t, "F", omit={2: "Se eget vedlegg.", 3: "Se eget vedlegg."})))
    body = (
        txt(f"""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – varslingsverktøy på elev-PC.

        Kontaktperson: {per.F_REKTOR.name}, rektor, tlf. {per.F_REKTOR.phone}, {per.F_REKTOR.email}
        Personvernombud: {per.F_DPO.name}, {per.F_DPO.org}, tlf. {per.F_DPO.phone}, {per.F_DPO.email}
        Databehandler: {per.F_VAKT.org}, {per.F_VAKT.name}, {per.F_VAKT.phone}, {per.F_VAKT.email}

        Vedlegg: 1 Beskrivelse av tiltaket, 2 Nødvendighet, 3 Risikovurdering, 4 Styreprotokoll.

        """)
        + per.f_signature()
    )
    docs = [
        ("1_Beskrivelse_av_tiltaket.pdf", b""),
        ("2_Nodvendighet.docx", nec),
        ("3_Risikovurdering.docx", risk),
        ("4_Styreprotokoll.jpg", f_protocol_jpg("F1")),
    ]
    msg = message(
        "k052",
        addr(per.F_REKTOR),
        "Forhåndsdrøftelse – varsling elev-PC (4 vedlegg)",
        when(11, 28, 9, 3),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "private_school",
            "contact_label_value",
            "dpo_external_firm",
            "file_per_part",
            "zero_byte_description",
            "part5_photographed_protocol",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "the description file is zero bytes; the risk file refers to it",
        (2,),
    )


# --- G: Talentbro Rekruttering AS ------------------------------------------------------------


def g_dpia(key: str, omit: dict[int, str] | None = None, pre: str = "") -> bytes:
    t = TOPICS[key]
    return to_docx(
        f"# DPIA: {t.title}\n\n{per.G_ORG} | Versjon 1.0 | Konfidensielt{pre}\n\n{parts(t, 'G', omit=omit)}"
    )


def g_ceo_eml(what: str) -> EmailMessage:
    body = txt(f"""
        Hei Camilla og Fredrik,

        Takk for gjennomgangen i ledermøtet i går. Jeg har lest DPIA-en for «{what}» og sammendraget av funnene, og notert innspillene fra kandidatpanelet, fra de to største kundene og fra de tillitsvalgte.

        Jeg godkjenner DPIA-en og tiltakene slik de står i versjon 1.0, og at vi ber Datatilsynet om forhåndsdrøftelse før vi tar løsningen i bruk. Restrisikoen er høy, og vi venter med lansering til vi har fått svar.

        Anders

        {per.G_CEO.name}
        {per.G_CEO.title}, {per.G_ORG}
        """)
    raw = (
        f"From: {addr(per.G_CEO)}\r\nTo: {addr(per.G_OPS)}, {addr(per.G_DPO)}\r\nSubject: Godkjenning DPIA – {what}\r\nDate: {when(11, 6, 8, 12)}\r\nMessage-ID: <20261106081217.ceo{len(what)}.blind21@talentbro.no>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + body.replace("\n", "\r\n")
    )
    msg = BytesParser(policy=policy.default).parsebytes(raw.encode("utf-8"))
    assert isinstance(msg, EmailMessage)
    return msg


def g_dpa(proc_contact: str) -> bytes:
    return to_pdf(f"""# Data Processing Agreement – Schedule 3: Contacts and Sub-processors

Controller: {per.G_ORG}, Tollbugata 24, 0157 Oslo. Processor: HireFlow Ltd, 1 Finsbury Avenue, London EC2M 2PF, United Kingdom (adequacy decision).

{proc_contact}

| Sub-processor | Purpose | Location |
| Amazon Web Services EMEA SARL | Hosting | Dublin, Ireland |
| VoxScript BV | Speech-to-text transcription | Amsterdam, Netherlands |
| HireFlow Inc. | Follow-the-sun support (no access to video) | Austin, USA (SCC) |""")


def k013() -> Case:
    t = TOPICS["G1"]
    h = per.G_HIRE
    docs = [
        ("DPIA_videointervju_KI.docx", g_dpia("G1")),
        (
            "HireFlow_DPA_Schedule3.pdf",
            g_dpa(f"Processor's privacy contact: {h.name}, {h.title}. T: {h.phone}. E: {h.email}"),
        ),
        ("Camilla_Rod.vcf", vcf(per.G_OPS)),
        ("Fredrik_Haugland_personvernombud.vcf", vcf(per.G_DPO)),
    ]
    body = (
        txt(f"""
        Hei,

        Talentbro Rekruttering ber om forhåndsdrøftelse for KI-basert analyse av videointervjuer. Jeg er kontaktperson, personvernombudet vårt er {per.G_DPO.name} – visittkort for oss begge er vedlagt. HireFlows kontaktperson og underleverandører står i Schedule 3 til databehandleravtalen.

        Daglig leders godkjenning er videresendt som vedlegg.

        """)
        + per.g_signature()
    )
    msg = message(
        "k013",
        addr(per.G_OPS),
        "Anmodning om forhåndsdrøftelse – videointervju med KI",
        when(11, 9, 13, 21),
        body,
        attachments=docs,
        forwarded=("Godkjenning_DPIA_videointervju.eml", g_ceo_eml(t.title)),
    )
    return msg, Label(
        "nb",
        (
            "recruitment_agency",
            "contact_vcard",
            "processor_dpa_appendix",
            "subprocessors_listed",
            "phone_foreign",
            "long_signature_many_phones",
            "dpia_report_docx",
            "part5_email_forwarded_eml",
            "forwarded_rfc822",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; contact and DPO in vCards, processor in DPA schedule",
    )


def k014() -> Case:
    t = TOPICS["G2"]
    v = per.G_VERI
    pre = f"\n\n# Databehandler\n\n{v.org}, org.nr. 923 118 650, Karl Johans gate 8, 0154 Oslo. Kontakt: {v.name}, {v.title}, tlf. {v.phone}, {v.email}."
    docs = [
        ("DPIA_bakgrunnssjekk.docx", g_dpia("G2", pre=pre)),
        ("Fredrik_Haugland.vcf", vcf(per.G_DPO)),
    ]
    body = (
        txt("""
        Hei,

        Vi ber om forhåndsdrøftelse for bakgrunnssjekk med gjennomgang av sosiale medier for lederstillinger. Kontaktperson er undertegnede (se signatur). Personvernombudet vårt står på kopi, og visittkortet hans er vedlagt.

        """)
        + per.g_signature()
    )
    msg = message(
        "k014",
        addr(per.G_OPS),
        "Forhåndsdrøftelse: bakgrunnssjekk og sosiale medier",
        when(11, 16, 10, 14),
        body,
        attachments=docs,
        cc=addr(per.G_DPO),
        forwarded=("FW_Godkjenning_DPIA_bakgrunnssjekk.eml", g_ceo_eml(t.title)),
    )
    return msg, Label(
        "nb",
        (
            "recruitment_agency",
            "contact_is_sender_stated",
            "dpo_on_cc",
            "contact_vcard",
            "org_number_address",
            "long_signature_many_phones",
            "dpia_report_docx",
            "part5_email_forwarded_eml",
            "forwarded_rfc822",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; contact in signature (M:/D:), DPO on Cc plus vCard",
    )


def k033() -> Case:
    t = TOPICS["G1"]
    docs = [
        ("DPIA_videointervju_KI.docx", g_dpia("G1")),
        ("HireFlow_DPA_Schedule3.pdf", g_dpa("Account manager for Talentbro: Tom Whitfield.")),
    ]
    body = (
        txt(f"""
        Hei,

        Vedlagt er anmodning om forhåndsdrøftelse for KI-analyse av videointervjuer.

        Kontaktperson: {per.G_OPS.name}, M: {per.G_OPS.mobile}, {per.G_OPS.email}
        Personvernombud: {per.G_DPO.name}, D: {per.G_DPO.phone}, {per.G_DPO.email}
        Databehandler: HireFlow Ltd, London (se Schedule 3)

        """)
        + per.g_signature()
    )
    msg = message(
        "k033",
        addr(per.G_OPS),
        "Forhåndsdrøftelse videointervju",
        when(11, 3, 15, 48),
        body,
        attachments=docs,
        forwarded=("Godkjenning.eml", g_ceo_eml(t.title)),
    )
    return msg, Label(
        "nb",
        (
            "recruitment_agency",
            "contact_label_value",
            "processor_dpa_appendix",
            "subprocessors_listed",
            "p1_processor_name_only",
            "long_signature_many_phones",
            "dpia_report_docx",
            "part5_email_forwarded_eml",
            "forwarded_rfc822",
        ),
        "none",
        True,
        "used",
        "processor contact named (Tom Whitfield) without phone or e-mail",
        (1,),
    )


def k034() -> Case:
    v = per.G_VERI
    pre = f"""\n\n# Kontakter

| Rolle | Navn | Direkte | Mobil | E-post |
| Kontaktperson | {per.G_OPS.name} | {per.G_OPS.phone} | {per.G_OPS.mobile} | {per.G_OPS.email} |
| Personvernombud | {per.G_DPO.name} | {per.G_DPO.phone} | {per.G_DPO.mobile} | {per.G_DPO.email} |
| Databehandler ({v.org}) | {v.name} | {v.phone} | | {v.email} |"""
    docs = [("DPIA_bakgrunnssjekk.docx", g_dpia("G2", pre=pre))]
    body = (
        txt("""
        Hei,

        Vedlagt er DPIA for bakgrunnssjekk. Vi ber om forhåndsdrøftelse.

        Ledelsens godkjenning: DPIA-en skal behandles i ledermøtet 5. november, og godkjenningen fra daglig leder sendes dere etter møtet.

        """)
        + per.g_signature()
    )
    msg = message(
        "k034",
        addr(per.G_OPS),
        "Anmodning om forhåndsdrøftelse – bakgrunnssjekk",
        when(10, 29, 11, 19),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "recruitment_agency",
            "contact_table_in_dpia",
            "long_signature_many_phones",
            "dpia_report_docx",
            "part5_future_meeting",
            "risk_likelihood_consequence",
        ),
        "none",
        True,
        "used",
        "approval after the management meeting on 5 November",
        (5,),
    )


def k053() -> Case:
    t = TOPICS["G1"]
    h = per.G_HIRE
    docs = [
        (
            "DPIA_videointervju.docx",
            g_dpia(
                "G1",
                omit={
                    4: "Vi vurderer risikoen for kandidatene som høy, men håndterbar med tiltakene over."
                },
            ),
        ),
        ("HireFlow_DPA_Schedule3.pdf", g_dpa(f"Privacy contact: {h.name}, {h.phone}, {h.email}")),
        ("Camilla_Rod.vcf", vcf(per.G_OPS)),
        ("Fredrik_Haugland.vcf", vcf(per.G_DPO)),
    ]
    body = (
        txt("""
        Hei,

        Talentbro ber om forhåndsdrøftelse for videointervju med KI. Visittkort for kontaktperson og personvernombud er vedlagt, godkjenningen fra daglig leder er videresendt.

        """)
        + per.g_signature()
    )
    msg = message(
        "k053",
        addr(per.G_OPS),
        "Forhåndsdrøftelse – KI i videointervju",
        when(11, 30, 14, 0),
        body,
        attachments=docs,
        forwarded=("Godkjenning_DPIA.eml", g_ceo_eml(t.title)),
    )
    return msg, Label(
        "nb",
        (
            "recruitment_agency",
            "contact_vcard",
            "processor_dpa_appendix",
            "phone_foreign",
            "long_signature_many_phones",
            "dpia_report_docx",
            "risk_in_passing",
            "part5_email_forwarded_eml",
            "forwarded_rfc822",
        ),
        "none",
        True,
        "used",
        "risk section is one sentence ('høy, men håndterbar')",
        (4,),
    )


def k054() -> Case:
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<h2>Talentbro Innsikt – desember 2026</h2>
<p>Hei! Her er månedens nyheter fra Talentbro:</p>
<ul><li>Lønnsundersøkelsen 2026: kundesenterlønningene steg 4,8 %</li>
<li>Webinar 14. januar: «KI i rekruttering – hva sier regelverket?»</li>
<li>Vi har åpnet kontor i Trondheim</li></ul>
<p>Med vennlig hilsen<br>Talentbro Rekruttering AS<br>Tollbugata 24, 0157 Oslo | talentbro.no</p>
<p style="font-size:10px">Du mottar dette nyhetsbrevet fordi adressen er registrert hos oss. <a href="https://talentbro.no/avmeld">Meld deg av</a>.</p>
</body></html>"""
    msg = message(
        "k054",
        "Talentbro Innsikt <nyhetsbrev@talentbro.no>",
        "Talentbro Innsikt – desember 2026",
        when(12, 1, 7, 0),
        html=html,
    )
    return msg, Label(
        "nb",
        ("recruitment_agency", "nonrequest_newsletter", "html_only_body"),
        "none",
        False,
        "unspecified",
        "newsletter",
    )


# --- H: Pote Dyreklinikker AS ----------------------------------------------------------------


def h_dpia(key: str, omit: dict[int, str] | None = None, pre: str = "") -> bytes:
    t = TOPICS[key]
    return to_pdf(
        f"# DPIA – {t.title}\n\n{per.H_ORG}, godkjent versjon{pre}\n\n{parts(t, 'H', omit=omit)}"
    )


def h_vet_dpa() -> bytes:
    v = per.H_VET
    return to_pdf(f"""# Databehandleravtale – vedlegg B: Kontaktpunkter og underdatabehandlere

Databehandler: VetCloud Inc., 4370 La Jolla Village Drive, San Diego, CA 92122, USA

Kontaktpunkt for behandlingsansvarlig: {v.name}, {v.title}, phone {v.phone}, {v.email}

| Underdatabehandler | Tjeneste | Land | Overføringsgrunnlag |
| Amazon Web Services Inc. | Lagring av opptak | USA (us-west-2) | SCC + tilleggstiltak |
| Transcribo AI Inc. | Transkribering | USA | SCC |
| VetCloud Europe BV | Support | Nederland | EU |""")


def k015() -> Case:
    t = TOPICS["H2"]
    s = per.H_SIKK
    sheet = to_pdf(f"""# Kontaktark – forhåndsdrøftelse kameraovervåking

%% BEHANDLINGSANSVARLIG %% PERSONVERNOMBUD
%% {per.H_ORG} %% {per.H_DPO.name}
%% Kontaktperson: {per.H_DRIFT.name} %% Personvernombud, {per.H_ORG}
%% {per.H_DRIFT.title.capitalize()} %% Tlf.: {per.H_DPO.phone}
%% Tlf.: {per.H_DRIFT.phone} / {per.H_DRIFT.mobile} %% E-post: {per.H_DPO.email}
%% E-post: {per.H_DRIFT.email} %%

%% DATABEHANDLER %% UNDERDATABEHANDLER
%% {s.org}, Sarpsborg %% Ingen
%% {s.name}, {s.title} %%
%% Tlf.: {s.phone} %%
%% E-post: {s.email} %%""")
    docs = [
        ("Kontaktark.pdf", sheet),
        ("DPIA_kamera_med_lyd.pdf", h_dpia("H2")),
        ("Referat_ledergruppen_2026-11-04.pdf", to_pdf(per.h_minutes(t.title, "4. november 2026"))),
    ]
    body = (
        txt("""
        Hei,

        Pote Dyreklinikker ber om forhåndsdrøftelse for kameraovervåking med lyd i behandlingsrom og venterom. Kontaktark, DPIA og referat fra ledergruppen er vedlagt.

        """)
        + per.h_signature()
    )
    msg = message(
        "k015",
        addr(per.H_DRIFT),
        "Forhåndsdrøftelse – kamera med lyd på klinikkene",
        when(11, 10, 10, 30),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "veterinary_chain",
            "contact_sheet_two_columns",
            "dpia_report_pdf",
            "part5_minutes_pdf",
            "risk_likelihood_consequence",
            "phone_tlf_prefix",
        ),
        "none",
        True,
        "used",
        "complete; two-column contact sheet PDF",
    )


def k016() -> Case:
    t = TOPICS["H1"]
    pre = f"\n\n# Kontaktpersoner\n\n~ Kontaktperson: {per.H_DRIFT.name}, tlf. {per.H_DRIFT.phone}, {per.H_DRIFT.email}\n~ Personvernombud: {per.H_DPO.name}, tlf. {per.H_DPO.phone}, {per.H_DPO.email}\n~ Databehandler: VetCloud Inc. (USA) – se vedlegg B til databehandleravtalen"
    docs = [
        ("DPIA_samtaleopptak.pdf", h_dpia("H1", pre=pre)),
        ("DBA_VetCloud_vedlegg_B.pdf", h_vet_dpa()),
        ("Referat_ledergruppen.pdf", to_pdf(per.h_minutes(t.title, "18. november 2026"))),
    ]
    body = (
        txt("""
        Hei,

        Vedlagt er anmodning om forhåndsdrøftelse for opptak og KI-transkribering i kundesenteret, med DPIA, vedlegg B til databehandleravtalen med VetCloud og referat fra ledergruppen.

        """)
        + per.h_signature()
    )
    msg = message(
        "k016",
        addr(per.H_DRIFT),
        "Anmodning om forhåndsdrøftelse – samtaleopptak og transkribering",
        when(11, 23, 13, 13),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "veterinary_chain",
            "contact_label_value",
            "processor_dpa_appendix",
            "subprocessors_listed",
            "phone_foreign",
            "dpia_report_pdf",
            "part5_minutes_pdf",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; US processor +1 (619) in DPA appendix B",
    )


def k035() -> Case:
    t = TOPICS["H1"]
    docs = [
        ("DPIA_samtaleopptak.pdf", h_dpia("H1")),
        ("DBA_VetCloud_vedlegg_B.pdf", h_vet_dpa()),
        ("Referat_ledergruppen.pdf", to_pdf(per.h_minutes(t.title, "18. november 2026"))),
        ("Ragnhild_Sunde.vcf", vcf(per.H_DRIFT)),
    ]
    body = txt(f"""
        Hei,

        På vegne av Pote Dyreklinikker sender jeg anmodning om forhåndsdrøftelse for samtaleopptak i kundesenteret.

        Kontaktperson: {per.H_DRIFT.name}, fagsjef drift, tlf. {per.H_DRIFT.phone} (visittkort vedlagt)
        Personvernombud: {per.H_DPO.name}, tlf. {per.H_DPO.phone}, {per.H_DPO.email}
        Databehandler: VetCloud Inc. – kontaktpunkt i vedlegg B

        Mvh
        Ingunn Saltnes
        Administrasjonen, {per.H_ORG}
        post@pote.no | sentralbord 400 12 300
        """)
    msg = message(
        "k035",
        "Pote Dyreklinikker <post@pote.no>",
        "Forhåndsdrøftelse samtaleopptak",
        when(11, 25, 15, 2),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "veterinary_chain",
            "contact_label_value",
            "contact_vcard",
            "processor_dpa_appendix",
            "subprocessors_listed",
            "phone_foreign",
            "dpia_report_pdf",
            "part5_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; contact named with phone in the body, e-mail in her attached vCard; sent from the office box",
    )


def k036() -> Case:
    t = TOPICS["H2"]
    s = per.H_SIKK
    body = (
        txt(f"""
        Hei,

        Pote Dyreklinikker ber om forhåndsdrøftelse for kameraovervåking med lyd.

        Kontaktperson: {per.H_DRIFT.name}, tlf. {per.H_DRIFT.phone}, {per.H_DRIFT.email}
        Personvernombud: Stillingen er vakant etter at Jørgen Bakke sluttet 30. november. Ny personvernombud tiltrer 1. februar 2027, og vi gir dere navn og kontaktinformasjon da.
        Databehandler: {s.org} – {s.name}, tlf. {s.phone}, {s.email}

        """)
        + per.h_signature()
    )
    docs = [
        ("DPIA_kamera_med_lyd.pdf", h_dpia("H2")),
        ("Referat_ledergruppen_2026-11-04.pdf", to_pdf(per.h_minutes(t.title, "4. november 2026"))),
    ]
    msg = message(
        "k036",
        addr(per.H_DRIFT),
        "Forhåndsdrøftelse kamera med lyd",
        when(12, 8, 9, 40),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "veterinary_chain",
            "contact_label_value",
            "p1_dpo_vacant",
            "dpia_report_pdf",
            "part5_minutes_pdf",
            "risk_likelihood_consequence",
        ),
        "none",
        True,
        "used",
        "DPO post vacant, details will follow",
        (1,),
    )


def k055() -> Case:
    v = per.H_VET
    pre = f"\n\n# Kontaktpersoner\n\n| Rolle | Navn | Telefon | E-post |\n| Kontaktperson | {per.H_DRIFT.name} | {per.H_DRIFT.phone} | {per.H_DRIFT.email} |\n| Personvernombud | {per.H_DPO.name} | {per.H_DPO.phone} | {per.H_DPO.email} |\n| Databehandler (VetCloud Inc.) | {v.name} | {v.phone} | {v.email} |"
    docs = [("DPIA_samtaleopptak_v1.pdf", h_dpia("H1", pre=pre))]
    body = (
        txt("""
        Hei,

        Vi ber om forhåndsdrøftelse for opptak og KI-transkribering av samtaler i kundesenteret. DPIA-en er vedlagt.

        Ledergruppen behandler DPIA-en 18. november; referatet ettersendes.

        """)
        + per.h_signature()
    )
    msg = message(
        "k055",
        addr(per.H_DRIFT),
        "Forhåndsdrøftelse – samtaleopptak (DPIA)",
        when(11, 5, 11, 25),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "veterinary_chain",
            "contact_table_in_dpia",
            "phone_foreign",
            "dpia_report_pdf",
            "part5_future_meeting",
            "risk_likelihood_consequence",
        ),
        "none",
        True,
        "used",
        "management review on 18 November; minutes will follow",
        (5,),
    )


def k056() -> Case:
    s = per.H_SIKK
    body = (
        txt(f"""
        Hei,

        Her er anmodningen vår om forhåndsdrøftelse for kamera med lyd på klinikkene.

        Kontaktperson: {per.H_DRIFT.name}, tlf. {per.H_DRIFT.phone}, {per.H_DRIFT.email}
        Personvernombud: {per.H_DPO.name}, tlf. {per.H_DPO.phone}, {per.H_DPO.email}
        Databehandler: {s.org}, {s.name}, tlf. {s.phone}, {s.email}

        DPIA-en er ikke behandlet i ledergruppen ennå; det gjør vi når den er komplett.

        """)
        + per.h_signature()
    )
    docs = [
        (
            "DPIA_kamera_lyd.pdf",
            h_dpia(
                "H2",
                omit={
                    3: "Ikke gjennomført. Vi har prioritert risikovurderingen og tar vurderingen av behov og proporsjonalitet i neste revisjon."
                },
            ),
        ),
    ]
    msg = message(
        "k056",
        addr(per.H_DRIFT),
        "Anmodning om forhåndsdrøftelse",
        when(10, 29, 14, 50),
        body,
        attachments=docs,
        cc=addr(per.H_DPO),
    )
    return msg, Label(
        "nb",
        (
            "veterinary_chain",
            "contact_label_value",
            "dpo_on_cc",
            "dpia_report_pdf",
            "part3_not_done",
            "part5_not_done",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "necessity section 'ikke gjennomført'; not yet reviewed by management, no approval attached",
        (3, 5),
    )


# --- I: Bibliotekssamarbeidet i Midt-Innlandet -----------------------------------------------


def i_letter(ref: str, date: str, text: str, kopi: str) -> bytes:
    return to_pdf(f"""{per.i_letterhead(ref, date)}

# Anmodning om forhåndsdrøftelse – {text}

{I_LETTER_BODY}

Med hilsen

{per.I_LEDER.name}
{per.I_LEDER.title}

Dokumentet er elektronisk godkjent og har derfor ingen håndskreven signatur.

Kopi til: {kopi}""")


I_LETTER_BODY = "Bibliotekssamarbeidet i Midt-Innlandet (BiMI) er et interkommunalt samarbeid mellom elleve kommuner med Lyngvik kommune som vertskommune. På vegne av samarbeidet ber vi om forhåndsdrøftelse etter personvernforordningen artikkel 36. Vurderingen av personvernkonsekvenser, vedlegg om databehandler og særutskrift av styrets vedtak følger vedlagt. Spørsmål kan rettes til saksbehandler (se over)."


def i_dpia(key: str, omit: dict[int, str] | None = None, pre: str = "") -> bytes:
    t = TOPICS[key]
    return to_docx(
        f"# Vurdering av personvernkonsekvenser (DPIA)\n\n{t.title}. {per.I_ORG}.{pre}\n\n{parts(t, 'I', omit=omit)}"
    )


def i_bilag3() -> bytes:
    b = per.I_BOK
    return to_pdf(f"""# Databehandleravtale – Bilag 3: Databehandler og underdatabehandlere

Databehandler: {b.org}, org.nr. 986 214 330, Akersgata 51, 0180 Oslo. Kontaktperson: {b.name}, {b.title}, telefon {b.phone}, e-post {b.email}

| Underdatabehandler | Oppgave | Lokasjon |
| Adgangskontroll Norge AS | Dørmiljø og adgangslogg | Norge |
| Nordic Datasenter AS | Drift og lagring | Hamar |
| Kamerateknikk Innlandet AS | Service på kameraanlegg | Gjøvik |""")


def k017() -> Case:
    t = TOPICS["I1"]
    kopi = f"personvernombud {per.I_DPO.name}, IKT Midt-Innlandet (tlf. {per.I_DPO.phone}, {per.I_DPO.email}); biblioteksjefene i medlemskommunene"
    docs = [
        (
            "Anmodning_forhandsdroftelse_meraapent.pdf",
            i_letter("2026/1432-4", "13.11.2026", t.title, kopi),
        ),
        ("DPIA_meraapent_bibliotek.docx", i_dpia("I1")),
        ("Bilag3_databehandler.pdf", i_bilag3()),
        (
            "Saerutskrift_styret_PS_12-26.pdf",
            to_pdf(per.i_saerutskrift("PS 12/26", t.title, "6.11.2026")),
        ),
    ]
    body = txt("""
        Vedlagt oversendes brev med vedlegg fra Lyngvik kommune / Bibliotekssamarbeidet i Midt-Innlandet.

        Denne e-posten er sendt fra sak/arkiv-systemet. Svar kan sendes til postmottak@lyngvik.kommune.no; merk med vår referanse 2026/1432.
        """)
    msg = message(
        "k017",
        "Lyngvik kommune <postmottak@lyngvik.kommune.no>",
        "Anmodning om forhåndsdrøftelse – meråpent bibliotek – vår ref. 2026/1432-4",
        when(11, 13, 10, 6),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "library_consortium",
            "municipal_letter_pdf",
            "contact_letterhead_table",
            "dpo_in_copy_list",
            "processor_dpa_appendix",
            "subprocessors_listed",
            "org_number_address",
            "dpia_report_docx",
            "part5_protocol_pdf",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; contact in letterhead table, DPO only in the 'Kopi til' line with phone and e-mail",
    )


def k018() -> Case:
    t = TOPICS["I2"]
    a = per.I_APP
    pre = f"\n\n# Roller\n\nPersonvernombud for medlemskommunene: {per.I_DPO.name}, telefon {per.I_DPO.phone}, {per.I_DPO.email}.\n\nDatabehandler: {a.org}. Kontaktperson {a.name}, {a.title}, telefon {a.phone}, e-post {a.email}. Ingen underdatabehandlere."
    kopi = "personvernombudet i IKT Midt-Innlandet"
    docs = [
        (
            "Brev_anmodning_forhandsdroftelse_anbefalinger.pdf",
            i_letter("2026/1518-2", "20.11.2026", t.title, kopi),
        ),
        ("DPIA_anbefalinger_i_appen.docx", i_dpia("I2", pre=pre)),
        ("Saerutskrift_PS_14-26.pdf", to_pdf(per.i_saerutskrift("PS 14/26", t.title, "6.11.2026"))),
    ]
    body = txt(f"""
        Hei,

        Oversender anmodning om forhåndsdrøftelse for anbefalinger i bibliotekappen. Brevet har mine kontaktopplysninger; personvernombudets og leverandørens står i DPIA-en under «Roller».

        Mvh
        {per.I_SB.name}
        {per.I_SB.title}
        """)
    msg = message(
        "k018",
        addr(per.I_SB),
        "Forhåndsdrøftelse – anbefalinger i bibliotekappen (ref. 2026/1518)",
        when(11, 20, 12, 44),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "library_consortium",
            "municipal_letter_pdf",
            "contact_letterhead_table",
            "contacts_two_documents",
            "dpia_report_docx",
            "part5_protocol_pdf",
            "risk_likelihood_consequence",
        ),
        "none",
        True,
        "used",
        "complete; contact in letter, DPO and processor only in the DPIA",
    )


def k037() -> Case:
    t = TOPICS["I1"]
    kopi = f"personvernombud {per.I_DPO.name} ({per.I_DPO.phone}, {per.I_DPO.email})"
    budget = to_pdf(
        "# Saksframlegg – Budsjett 2027 for Bibliotekssamarbeidet i Midt-Innlandet\n\nSaksnr. PS 11/26. Administrasjonen legger fram forslag til budsjett for 2027.\n\n| Post | 2026 | 2027 |\n| Lønn | 2 140 000 | 2 260 000 |\n| Medieinnkjøp | 1 850 000 | 1 900 000 |\n| Meråpent – investering | 0 | 1 450 000 |\n| Lisenser | 610 000 | 655 000 |\n\nInnstilling: Styret vedtar budsjettet for 2027 som foreslått."
    )
    docs = [
        ("Anmodning_forhandsdroftelse.pdf", i_letter("2026/1432-4", "13.11.2026", t.title, kopi)),
        (
            "DPIA_meraapent.docx",
            i_dpia("I1", omit={2: "Se vedlagt saksframlegg for beskrivelse av tiltaket."}),
        ),
        ("Saksframlegg_PS_11-26.pdf", budget),
        ("Bilag3_databehandler.pdf", i_bilag3()),
        ("Saerutskrift_PS_12-26.pdf", to_pdf(per.i_saerutskrift("PS 12/26", t.title, "6.11.2026"))),
    ]
    body = txt("Vedlagt oversendes brev med vedlegg fra Lyngvik kommune.\n")
    msg = message(
        "k037",
        "Lyngvik kommune <postmottak@lyngvik.kommune.no>",
        "Anmodning om forhåndsdrøftelse – meråpent bibliotek",
        when(11, 14, 8, 30),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "library_consortium",
            "municipal_letter_pdf",
            "contact_letterhead_table",
            "dpo_in_copy_list",
            "processor_dpa_appendix",
            "wrong_file_description",
            "dpia_report_docx",
            "part5_protocol_pdf",
        ),
        "none",
        True,
        "used",
        "description 'see saksframlegg', but the attached saksframlegg is the 2027 budget",
        (2,),
    )


def k038() -> Case:
    t = TOPICS["I1"]
    kommuner = "Lyngvik, Brekkom, Dalsvoll, Eidsfjell, Granåsen, Hovrud, Kjølstad, Midtbygda, Nordre Ås, Skogvik, Østre Land"
    pre = f"""\n\n# Ansvarsforhold og kontaktpersoner

De elleve medlemskommunene ({kommuner}) er felles behandlingsansvarlige for meråpent bibliotek etter artikkel 26; avtalen peker ut Lyngvik kommune som kontaktpunkt. Kommunene har felles personvernombud gjennom IKT Midt-Innlandet.

| Rolle | Navn | Telefon | E-post |
| Kontaktpunkt (Lyngvik kommune) | {per.I_SB.name}, {per.I_SB.title} | {per.I_SB.phone} / {per.I_SB.mobile} | {per.I_SB.email} |
| Felles personvernombud | {per.I_DPO.name} | {per.I_DPO.phone} | {per.I_DPO.email} |
| Databehandler – {per.I_BOK.org} | {per.I_BOK.name} | {per.I_BOK.phone} | {per.I_BOK.email} |"""
    docs = [
        ("DPIA_meraapent_felles.docx", i_dpia("I1", pre=pre)),
        ("Bilag3_underdatabehandlere.pdf", i_bilag3()),
        ("Saerutskrift_PS_12-26.pdf", to_pdf(per.i_saerutskrift("PS 12/26", t.title, "6.11.2026"))),
    ]
    body = txt(f"""
        Til Datatilsynet

        På vegne av de elleve kommunene i Bibliotekssamarbeidet i Midt-Innlandet, som er felles behandlingsansvarlige, ber Lyngvik kommune som kontaktpunkt om forhåndsdrøftelse for meråpent bibliotek. DPIA, bilag 3 og særutskrift er vedlagt.

        Med hilsen
        {per.I_SB.name}
        {per.I_SB.title}, Lyngvik kommune
        Telefon {per.I_SB.phone}
        """)
    msg = message(
        "k038",
        addr(per.I_SB),
        "Forhåndsdrøftelse – meråpent bibliotek (felles behandlingsansvar, 11 kommuner)",
        when(12, 2, 9, 50),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "library_consortium",
            "joint_controllers",
            "contact_table_in_dpia",
            "processor_dpa_appendix",
            "subprocessors_listed",
            "dpia_report_docx",
            "part5_protocol_pdf",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; eleven joint controllers with one contact point and a shared DPO",
    )


def k057() -> Case:
    body = txt(f"""
        Til orientering: kopi av vårt svar til en låner som har bedt om innsyn etter artikkel 15. Låneren har sendt kopi av sin henvendelse til Datatilsynet, og vi sender derfor svaret vårt i kopi.

        -----

        Hei,

        Vi viser til din henvendelse av 2. november om innsyn i hvilke opplysninger biblioteket har om deg. Vedlagt i eget brev (sendt digitalt) finner du lånerprofil og adgangslogg for meråpent bibliotek de siste 30 dagene. Lånehistorikk lagres ikke etter innlevering, og vi har derfor ingen historikk å gi innsyn i.

        Med hilsen
        {per.I_SB.name}
        {per.I_SB.title}, tlf. {per.I_SB.phone}
        """)
    msg = message(
        "k057",
        addr(per.I_SB),
        "Kopi: svar på innsynsbegjæring – lånerdata",
        when(11, 18, 14, 5),
        body,
        cc=addr(per.I_DPO),
    )
    return msg, Label(
        "nb",
        ("library_consortium", "nonrequest_copy_of_reply", "dpo_on_cc"),
        "none",
        False,
        "unspecified",
        "copy of a reply to an access request",
    )


def k058() -> Case:
    t = TOPICS["I2"]
    a = per.I_APP
    pre = f"\n\n# Roller\n\nPersonvernombud: Personvernombudet for kommunene i IKT Midt-Innlandet nås via kontaktskjemaet på www.ikt-midtinnlandet.no/personvern.\n\nDatabehandler: {a.org}, {a.name}, telefon {a.phone}, {a.email}."
    docs = [
        (
            "Brev_anmodning.pdf",
            i_letter("2026/1518-2", "20.11.2026", t.title, "biblioteksjefene i medlemskommunene"),
        ),
        ("DPIA_anbefalinger.docx", i_dpia("I2", pre=pre)),
        ("Saerutskrift_PS_14-26.pdf", to_pdf(per.i_saerutskrift("PS 14/26", t.title, "6.11.2026"))),
    ]
    body = txt("Vedlagt oversendes brev med vedlegg fra Lyngvik kommune / BiMI.\n")
    msg = message(
        "k058",
        "Lyngvik kommune <postmottak@lyngvik.kommune.no>",
        "Anmodning om forhåndsdrøftelse – anbefalinger i bibliotekappen",
        when(11, 21, 10, 10),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "library_consortium",
            "municipal_letter_pdf",
            "contact_letterhead_table",
            "p1_dpo_contact_form_only",
            "dpia_report_docx",
            "part5_protocol_pdf",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "DPO reachable only through a web contact form; no name, phone or e-mail",
        (1,),
    )


# --- J: Havbris Vind AS ----------------------------------------------------------------------


def j_dpia(key: str, lang: str, omit: dict[int, str] | None = None, pre: str = "") -> bytes:
    t = TOPICS[key]
    title = (
        "Vurdering av personvernkonsekvensar"
        if lang == "nn"
        else "Data protection impact assessment"
    )
    return to_docx(
        f"# {title} – {t.title}\n\n{per.J_ORG}{pre}\n\n{parts(t, 'J_' + lang, omit=omit)}"
    )


def k019() -> Case:
    t = TOPICS["J1"]
    d = per.J_DRONE
    sheet = to_xlsx(
        {
            "Kontaktliste": [
                ["Rolle", "Verksemd", "Namn", "Telefon", "Mobil", "E-post"],
                [
                    "Kontaktperson",
                    per.J_ORG,
                    per.J_PL.name,
                    per.J_PL.phone,
                    per.J_PL.mobile,
                    per.J_PL.email,
                ],
                [
                    "Personvernombod",
                    per.J_DPO.org,
                    per.J_DPO.name,
                    per.J_DPO.phone,
                    "",
                    per.J_DPO.email,
                ],
                ["Databehandlar", d.org, d.name, d.phone, "", d.email],
                ["Underdatabehandlar", "Skylagring Vest AS", "(via DroneSight)", "", "", ""],
            ]
        }
    )
    docs = [
        ("Kontaktliste_Storheia.xlsx", sheet),
        ("DPIA_fugleovervaking_Storheia.docx", j_dpia("J1", "nn")),
        (
            "Styreprotokoll_utdrag_sak_9-26.pdf",
            to_pdf(per.j_protocol("9/26", t.title, "2. november 2026")),
        ),
    ]
    body = (
        txt("""
        Hei,

        Havbris Vind AS ber om førehandsdrøfting for kamera- og droneovervaking av fugl ved Storheia vindpark. Kontaktlista, vurderinga og utdrag av styreprotokollen ligg ved.

        """)
        + per.j_signature()
    )
    msg = message(
        "k019",
        addr(per.J_PL),
        "Førehandsdrøfting – fugleovervaking Storheia vindpark",
        when(11, 11, 8, 8),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nn",
        (
            "wind_power_developer",
            "contact_xlsx",
            "role_column",
            "dpo_external_firm",
            "subprocessors_listed",
            "phone_foreign",
            "dpia_report_docx",
            "part5_protocol_pdf",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; contact list XLSX with +47 numbers",
    )


def k020() -> Case:
    t = TOPICS["J1"]
    d = per.J_DRONE
    pre = f"""\n\n# Roller

Personvernombodet vårt er eksternt: {per.J_DPO.org}, ved advokat {per.J_DPO.name} (tlf. {per.J_DPO.phone}, {per.J_DPO.email}).

Databehandlar er {d.org}, org.nr. 917 420 118, Forusbeen 12, 4033 Stavanger – kontaktperson {d.name}, {d.title}, tlf. {d.phone}, {d.email}. DroneSight brukar Skylagring Vest AS (Bergen) som underdatabehandlar for lagring av bilete; det står i bilag 2 til databehandlaravtalen."""
    docs = [
        ("DPIA_fugleovervaking_v2.docx", j_dpia("J1", "nn", pre=pre)),
        (
            "Styreprotokoll_sak_9-26.pdf",
            to_pdf(per.j_protocol("9/26", t.title, "2. november 2026")),
        ),
    ]
    body = (
        txt("""
        Hei,

        Vedlagt er førespurnad om førehandsdrøfting for fugleovervakinga ved Storheia (versjon 2 av vurderinga). Eg er kontaktperson for saka.

        """)
        + per.j_signature()
    )
    msg = message(
        "k020",
        addr(per.J_PL),
        "Førehandsdrøfting fugleovervaking – versjon 2",
        when(11, 27, 12, 31),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nn",
        (
            "wind_power_developer",
            "contact_is_sender_stated",
            "dpo_external_firm",
            "org_number_address",
            "subprocessors_listed",
            "phone_foreign",
            "dpia_report_docx",
            "part5_protocol_pdf",
            "risk_likelihood_consequence",
        ),
        "none",
        True,
        "used",
        "complete; external DPO law firm; processor with org.nr. and address",
    )


def j_joint_table() -> str:
    n, nd, s = per.J_NSR, per.J_NSR_DPO, per.J_SAFE
    return f"""Havbris Vind AS and Northsea Renewables Ltd are joint controllers for the lone-worker system (joint controller arrangement, Art. 26, signed 14 October 2026). Havbris Vind is the contact point.

| Organisation | Role | Name | Phone | E-mail |
| {per.J_ORG} | Contact person | {per.J_HMS.name}, HSE manager | {per.J_HMS.phone} / mob. {per.J_HMS.mobile} | {per.J_HMS.email} |
| ^ | DPO (external) | {per.J_DPO.name}, {per.J_DPO.org} | {per.J_DPO.phone} | {per.J_DPO.email} |
| {n.org} (Aberdeen) | Contact person | {n.name}, {n.title} | {n.phone} / {n.mobile} | {n.email} |
| ^ | DPO | {nd.name} | {nd.phone} | {nd.email} |
| {s.org} | Processor | {s.name}, {s.title} | {s.phone} | {s.email} |"""


def k039() -> Case:
    t = TOPICS["J2"]
    docs = [
        (
            "DPIA_lone_worker_wearables.docx",
            j_dpia("J2", "en", pre="\n\n# Roles and contacts\n\n" + j_joint_table()),
        ),
        (
            "Board_minutes_extract_item_12.pdf",
            to_pdf(per.j_protocol("12/26", t.title, "2 November 2026", en=True)),
        ),
    ]
    body = txt("""
        Dear Datatilsynet,

        Havbris Vind AS and Northsea Renewables Ltd, as joint controllers, request prior consultation for wearables with GPS and heart-rate monitoring for turbine technicians. Contacts for both controllers, both DPOs and the processor are in the DPIA, section "Roles and contacts".

        """) + per.j_signature(per.J_HMS, en=True)
    msg = message(
        "k039",
        addr(per.J_HMS),
        "Request for prior consultation – lone-worker wearables (joint controllers)",
        when(11, 19, 13, 37),
        body,
        attachments=docs,
        cc=addr(per.J_NSR),
    )
    return msg, Label(
        "en",
        (
            "wind_power_developer",
            "joint_controllers",
            "contact_table_in_dpia",
            "table_merged_cells",
            "role_column",
            "dpo_external_firm",
            "phone_foreign",
            "dpia_report_docx",
            "part5_protocol_pdf",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; joint controllers, +44 (0) numbers",
    )


def k040() -> Case:
    t = TOPICS["J2"]
    s = per.J_SAFE
    body = txt(f"""
        Dear Sir or Madam,

        I am writing on behalf of Northsea Renewables Ltd and Havbris Vind AS, joint controllers for the Storheia and Kvitfjell wind farms, to request prior consultation for the lone-worker wearables. Havbris Vind is the lead party in Norway; their HSE manager is copied.

        Contacts:
        - Contact person: {per.J_HMS.name}, HSE manager, Havbris Vind AS – tel. {per.J_HMS.phone}, mob. {per.J_HMS.mobile}, {per.J_HMS.email}
        - Havbris Vind's DPO: {per.J_DPO.name}, {per.J_DPO.org} – {per.J_DPO.phone}, {per.J_DPO.email}
        - Northsea Renewables' DPO: {per.J_NSR_DPO.name} – {per.J_NSR_DPO.phone}, {per.J_NSR_DPO.email}
        - Processor: {s.org}, {s.name} – {s.phone}, {s.email}
        - Me: see my business card (attached)

        The DPIA and the board's resolution are attached.

        Kind regards,
        Fiona MacLeod
        Operations Director, Northsea Renewables Ltd
        Aberdeen
        """)
    docs = [
        ("Lone_worker_DPIA_final.docx", j_dpia("J2", "en")),
        (
            "Board_resolution_item_12.pdf",
            to_pdf(per.j_protocol("12/26", t.title, "2 November 2026", en=True)),
        ),
        ("Fiona_MacLeod.vcf", vcf(per.J_NSR)),
    ]
    msg = message(
        "k040",
        addr(per.J_NSR),
        "Prior consultation – lone-worker wearables, Storheia/Kvitfjell",
        when(11, 20, 16, 12),
        body,
        attachments=docs,
        cc=addr(per.J_HMS),
    )
    return msg, Label(
        "en",
        (
            "wind_power_developer",
            "joint_controllers",
            "contact_label_value",
            "contact_vcard",
            "phone_foreign",
            "dpo_external_firm",
            "dpia_report_docx",
            "part5_protocol_pdf",
            "risk_likelihood_consequence",
        ),
        "none",
        True,
        "used",
        "complete; sent by the UK joint controller, her own details in a vCard, UK mobile +44 7700",
    )


def k059() -> Case:
    t = TOPICS["J1"]
    d = per.J_DRONE
    body = (
        txt(f"""
        Hei,

        Havbris Vind AS ber om førehandsdrøfting for fugleovervaking med kamera og drone ved Storheia vindpark. Alt står i denne e-posten.

        KONTAKT
        Kontaktperson: {per.J_PL.name}, mob. {per.J_PL.mobile.replace("+47 ", "")}, {per.J_PL.email}
        Personvernombod: advokat {per.J_DPO.name}, {per.J_DPO.org}, tlf. {per.J_DPO.phone}, {per.J_DPO.email}
        Databehandlar: {d.org}, {d.name}, tlf. {d.phone}, {d.email}

        """)
        + "\n"
        + text_parts(t, "J_nn", risk="bullets")
        + txt("""

        STYREHANDSAMING
        Styret handsamar vurderinga i møte 2. november. Vi sender vedtaket då.

        """)
        + per.j_signature()
    )
    msg = message(
        "k059", addr(per.J_PL), "Førehandsdrøfting – fugleovervaking", when(10, 27, 15, 15), body
    )
    return msg, Label(
        "nn",
        (
            "wind_power_developer",
            "all_in_body",
            "contact_label_value",
            "dpo_external_firm",
            "phone_foreign",
            "risk_bullets",
            "part5_future_meeting",
        ),
        "inline",
        True,
        "used",
        "board meets 2 November; decision will follow",
        (5,),
    )


def k060() -> Case:
    body = txt("""
        Nyhetsbrev fra Havbris Vind – desember 2026

        Kjære naboer og samarbeidspartnere,

        - Storheia vindpark har produsert 412 GWh i år.
        - Vi starter konsesjonsprosessen for Kvitfjell II, med folkemøte i Førde kulturhus 15. januar kl. 19.
        - Fugleovervakingen ved Storheia utvides med droner fra våren 2027. Vi har bedt Datatilsynet om råd, og vil informere hytteeiere før oppstart.

        Du får dette nyhetsbrevet fordi du er registrert som nabo eller samarbeidspartner. Svar «avmeld» for å melde deg av.

        Havbris Vind AS, Fjordgata 3, 6800 Førde – post@havbris.no
        """)
    msg = message(
        "k060",
        "Havbris Vind <post@havbris.no>",
        "Nyhetsbrev fra Havbris Vind – desember 2026",
        when(12, 14, 8, 0),
        body,
    )
    return msg, Label(
        "nb",
        ("wind_power_developer", "nonrequest_newsletter", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "newsletter that mentions advice from Datatilsynet",
    )
