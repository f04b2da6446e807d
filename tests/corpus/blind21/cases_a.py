# ruff: noqa: E501
"""Cases of senders A-E (university group, sports federation, church council, German retailer,
Swedish bank branch). One function per case, returning the message and its label."""

from __future__ import annotations

from email.message import EmailMessage

import personas as per
from kit import (
    Label,
    message,
    plain,
    quoted,
    scan_pdf,
    to_docx,
    to_odt,
    to_pdf,
    to_xlsx,
    txt,
    vcard_multi,
    when,
)
from personas import Person, parts, text_parts
from topics import TOPICS

Case = tuple[EmailMessage, Label]
DT = "postkasse@datatilsynet.no"


def addr(p: Person, email: str = "") -> str:
    return f"{p.name} <{email or p.email}>"


def row(p: Person, role: str, phone: str = "") -> str:
    return f"| {role} | {p.name} | {p.title}, {p.org} | {phone or p.phone} | {p.email} |"


def vcf(p: Person, mobile: bool = True) -> bytes:
    phones = [("WORK,VOICE", p.phone)] if p.phone else []
    if mobile and p.mobile:
        phones.append(("CELL", p.mobile))
    return vcard_multi(p.name, p.org, p.title, phones, p.email)


# --- A: Universitetet i Nordvik, SOMNA -------------------------------------------------------


def a_dpia(
    key: str, lang: str, contacts: str, omit: dict[int, str] | None = None, signoff: str = ""
) -> bytes:
    t = TOPICS[key]
    if lang == "en":
        intro = f"# Data Protection Impact Assessment – {t.title}\n\nVersion 2.0, {A_DATE}. Owner: SOMNA research group, {per.A_ORG}.\n\n# 1 Project summary\n\n{contacts}"
    else:
        intro = f"# Vurdering av personvernkonsekvenser (DPIA) – {t.title}\n\nVersjon 1.3, {A_DATE}. Eier: forskningsgruppen SOMNA, {per.A_ORG}.\n\n# 1 Roller og kontaktpersoner\n\n{contacts}"
    head = "A_en" if lang == "en" else "A_nb"
    body = parts(t, head, omit=omit)
    tail = (
        f"\n\n# 5 {'Institutional sign-off' if lang == 'en' else 'Institusjonell godkjenning'}\n\n{signoff}"
        if signoff
        else ""
    )
    return to_docx(f"{intro}\n\n{body}{tail}")


A_DATE = "2 November 2026"


def a_subprocessors() -> bytes:
    s = per.A_SURVEY
    return to_pdf(
        f"""# Data Processing Agreement – Appendix 2: Processor contact and sub-processors

Processor: SurveyLoop Inc., 100 Summer Street, Boston, MA 02110, USA (EU representative: SurveyLoop Europe Ltd, Dublin)

Processor's contact for this agreement: {s.name}, {s.title}. Phone: {s.phone}. E-mail: {s.email}

| Sub-processor | Service | Location | Transfer basis |
| Amazon Web Services EMEA SARL | Hosting of survey data | Frankfurt (eu-central-1) | EU |
| Twilio Ireland Ltd | SMS reminders to next of kin | Dublin / USA | SCC 2021/914 |
| Zendesk Inc. | Customer support tickets (no survey data) | USA | EU-US DPF |

Changes to sub-processors are notified 30 days in advance to the controller's contact."""
    )


def k001() -> Case:
    t = TOPICS["A1"]
    contacts = f"""The controller is {per.A_ORG} (org.nr. 970 422 528). Roles in the project:

| Role | Name | Title / organisation | Phone | E-mail |
{row(per.A_PI, "Controller's contact person", per.A_PI.phone + " / " + per.A_PI.mobile)}
{row(per.A_DPO, "Data Protection Officer")}
| Processor (sensors) | {per.A_RADAR.name} | {per.A_RADAR.title}, {per.A_RADAR.org} | {per.A_RADAR.phone} | {per.A_RADAR.email} |
| Processor (questionnaires) | SurveyLoop Inc. | see DPA Appendix 2 | < | < |"""
    docs = [
        (
            "SOMNA-Home_DPIA_v2.0.docx",
            a_dpia("A1", "en", contacts, signoff="See the Dean's signed decision (separate PDF)."),
        ),
        ("DPA_SurveyLoop_Appendix2.pdf", a_subprocessors()),
        ("SOMNA-Home_Dean_signoff.pdf", to_pdf(per.a_signoff(t.title, "28 October 2026"))),
    ]
    body = (
        txt(f"""
        Dear Sir or Madam,

        On behalf of {per.A_ORG}, the SOMNA research group requests prior consultation under Article 36 GDPR for the project "{t.title}".

        The DPIA (v2.0) shows a high residual risk that we have not been able to reduce further, in particular for visitors who have not consented and for participants whose capacity to consent fluctuates. The attached documents are:

        - the DPIA, including roles and contact details (section 1),
        - Appendix 2 of the data processing agreement with SurveyLoop, with their contact person and sub-processors,
        - the Dean's signed sign-off.

        Our Data Protection Officer, Kari Nesvik, is copied on this e-mail. Please address correspondence to me.

        """)
        + per.a_signature()
    )
    msg = message(
        "k001",
        addr(per.A_PI),
        "Request for prior consultation – SOMNA-Home (Art. 36 GDPR)",
        when(11, 9, 10, 12),
        body,
        attachments=docs,
        cc=addr(per.A_DPO),
    )
    return msg, Label(
        "en",
        (
            "university_research",
            "contact_word_table",
            "table_merged_cells",
            "role_column",
            "dpo_on_cc",
            "processor_dpa_appendix",
            "subprocessors_listed",
            "phone_foreign",
            "long_signature_many_phones",
            "dpia_report_docx",
            "part5_signed_letter_pdf",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; SurveyLoop's contact only in the DPA appendix (its table cells merged into 'see appendix')",
    )


def k002() -> Case:
    t = TOPICS["A1"]
    contacts = f"""Contact person for this request: {per.A_PM.name} (project manager). Data Protection Officer: {per.A_DPO.name}. Phone numbers and e-mail addresses of both are in the vCards sent with the request.

Processor: {per.A_RADAR.org}, Trondheim (sensors and edge devices). Contact: {per.A_RADAR.name}, {per.A_RADAR.title}, tel. {per.A_RADAR.phone.replace(" ", ".")}, {per.A_RADAR.email}. The questionnaires now run on the university's own survey service; SurveyLoop is no longer used."""
    docs = [
        (
            "SOMNA-Home_DPIA_v2.1.docx",
            a_dpia("A1", "en", contacts, signoff=plain(per.a_signoff(t.title, "28 October 2026"))),
        ),
        ("Marcus_Eriksen.vcf", vcf(per.A_PM)),
        ("Kari_Nesvik_DPO.vcf", vcf(per.A_DPO)),
    ]
    body = txt(f"""
        Dear Datatilsynet,

        Please find attached a request for prior consultation for the SOMNA-Home study ({per.A_ORG}). After the first version of the request was withdrawn on 16 November (we replaced the external questionnaire platform), this is the complete request with DPIA version 2.1. The Dean's sign-off is reproduced in section 5 of the DPIA.

        I am the contact person; my details and those of the university's DPO are in the attached vCards.

        Best regards,
        Marcus Eriksen
        SOMNA / {per.A_ORG}
        """)
    msg = message(
        "k002",
        addr(per.A_PM),
        "SOMNA-Home – prior consultation, revised request (DPIA v2.1)",
        when(11, 23, 14, 40),
        body,
        attachments=docs,
    )
    return msg, Label(
        "en",
        (
            "university_research",
            "contact_vcard",
            "contacts_two_documents",
            "phone_dots",
            "dpia_report_docx",
            "part5_section_in_dpia",
            "risk_likelihood_consequence",
            "resubmission_complete",
        ),
        "none",
        True,
        "used",
        "complete; contact and DPO phones/e-mails only in vCards; processor contact with dots in phone",
    )


def k021() -> Case:
    t = TOPICS["A2"]
    contacts = f"""| Rolle | Navn | Kontakt |
| Kontaktperson | {per.A_PM.name}, prosjektleder | mob. {per.A_PM.mobile}, {per.A_PM.email} |
| Personvernombud | {per.A_DPO.name} | {per.A_DPO.email} |
| Databehandler | {per.A_BAND.org} ({per.A_BAND.name}) | tlf. {per.A_BAND.phone}, {per.A_BAND.email} |"""
    docs = [
        (
            "DPIA_Skiftsovn_v1.3.docx",
            a_dpia(
                "A2",
                "nb",
                contacts,
                signoff=plain(per.a_signoff(t.title, "30. oktober 2026", "nb")),
            ),
        ),
    ]
    body = txt(f"""
        Hei,

        Vedlagt følger anmodning om forhåndsdrøftelse for prosjektet «{t.title}» ved forskningsgruppen SOMNA, {per.A_ORG}. DPIA-en med roller og kontaktpersoner, beskrivelse, vurderinger og dekanens godkjenning ligger i ett dokument.

        Mvh
        Marcus Eriksen
        prosjektleder, SOMNA
        mob. {per.A_PM.mobile}
        """)
    msg = message(
        "k021",
        addr(per.A_PM),
        "Anmodning om forhåndsdrøftelse – søvn hos skiftarbeidere (SOMNA)",
        when(11, 12, 8, 55),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "university_research",
            "contact_word_table",
            "role_column",
            "p1_dpo_no_phone",
            "dpia_report_docx",
            "part5_section_in_dpia",
            "risk_likelihood_consequence",
        ),
        "none",
        True,
        "used",
        "DPO given with name and e-mail only, no phone anywhere",
        (1,),
    )


def k022() -> Case:
    t = TOPICS["A2"]
    contacts = f"""Behandlingsansvarlig: {per.A_ORG}, Postboks 1490, 8049 Nordvik.

~ Kontaktperson: {per.A_PI.name}, professor – tlf. {per.A_PI.phone}, mobil {per.A_PI.mobile}, {per.A_PI.email}
~ Personvernombud: {per.A_DPO.name} – tlf. {per.A_DPO.phone}, {per.A_DPO.email}
~ Databehandler: {per.A_BAND.org}, Oslo – {per.A_BAND.name}, {per.A_BAND.title}, tlf. {per.A_BAND.phone}, {per.A_BAND.email}
~ Underdatabehandler: Pulsvakt Cloud Services OÜ, Tallinn (lagring), ingen egen kontaktperson – henvendelser via Pulsvakt AS"""
    docs = [
        (
            "DPIA_skiftarbeid_sovn.docx",
            a_dpia(
                "A2",
                "nb",
                contacts,
                signoff="DPIA-en legges fram for dekanatet 30. oktober 2026. Dekanens godkjenning ettersendes så snart den foreligger.",
            ),
        ),
    ]
    body = txt(f"""
        Til Datatilsynet

        Forskningsgruppen SOMNA ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for studien «{t.title}». Vi sender nå for å få saken i kø; den institusjonelle godkjenningen kommer etter dekanatets møte 30. oktober.

        """) + per.a_signature().replace("Best regards,", "Vennlig hilsen")
    msg = message(
        "k022",
        addr(per.A_PI),
        "Forhåndsdrøftelse – søvnregistrering hos skiftarbeidere",
        when(10, 27, 15, 20),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "university_research",
            "contact_label_value",
            "subprocessors_listed",
            "long_signature_many_phones",
            "dpia_report_docx",
            "part5_future_meeting",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "approval 'ettersendes' after the dean's meeting on 30 October",
        (5,),
    )


def k041() -> Case:
    body = (
        txt("""
        Dear Datatilsynet,

        The SOMNA group is planning a follow-up to SOMNA-Home (which is currently with you for prior consultation): we would like to re-use the pseudonymised sensor data for a PhD project on sleep in couples, where the spouse of the participant would also be included.

        Before we start a new DPIA, we would like to ask:

        1. Does re-use of the data for a new research question need a new prior consultation, or can it be handled as a change to the existing one?
        2. Could we have a short guidance meeting (veiledningsmøte) in January? Our DPO, Kari Nesvik, would join.

        We are not submitting a request at this stage.

        """)
        + per.a_signature()
    )
    msg = message(
        "k041",
        addr(per.A_PI),
        "Question: re-use of SOMNA-Home data – new prior consultation needed?",
        when(12, 2, 11, 5),
        body,
        cc=addr(per.A_DPO),
    )
    return msg, Label(
        "en",
        (
            "university_research",
            "nonrequest_guidance",
            "nonrequest_question",
            "dpo_on_cc",
            "long_signature_many_phones",
            "phone_foreign",
        ),
        "none",
        False,
        "unspecified",
        "question and request for a guidance meeting, no request",
    )


def k042() -> Case:
    t = TOPICS["A1"]
    contacts = f"""| Role | Name | Phone | E-mail |
| Contact person (PI) | {per.A_PI.name} | {per.A_PI.mobile} | {per.A_PI.email} |
| Data Protection Officer | {per.A_DPO.name} | {per.A_DPO.phone} | {per.A_DPO.email} |
| Processor – sensors | {per.A_RADAR.name} (Radarsense AS) | {per.A_RADAR.phone} | {per.A_RADAR.email} |
| Processor – questionnaires | SurveyLoop Inc. | – | support portal: https://support.surveyloop.io/privacy |"""
    docs = [
        (
            "SOMNA-Home_DPIA.docx",
            a_dpia("A1", "en", contacts, signoff=plain(per.a_signoff(t.title, "28 October 2026"))),
        ),
    ]
    body = (
        txt(f"""
        Dear Sir/Madam,

        Attached is our request for prior consultation for the research project "{t.title}" ({per.A_ORG}), with the DPIA and the Dean's sign-off (section 5).

        SurveyLoop does not give named contacts to customers on our licence level; privacy questions go through their support portal, which is listed in the contact table.

        """)
        + per.a_signature()
    )
    msg = message(
        "k042",
        addr(per.A_PI),
        "Prior consultation request – SOMNA-Home",
        when(11, 6, 9, 30),
        body,
        attachments=docs,
    )
    return msg, Label(
        "en",
        (
            "university_research",
            "contact_word_table",
            "role_column",
            "p1_processor_url_only",
            "long_signature_many_phones",
            "phone_foreign",
            "dpia_report_docx",
            "part5_section_in_dpia",
        ),
        "pgp_mime",
        True,
        "used",
        "processor SurveyLoop given only with a support URL",
        (1,),
    )


# --- B: Norges Sandvolleyballforbund --------------------------------------------------------


def b_cover(contact_row: str, processor: Person, extra_proc: str = "") -> bytes:
    return to_docx(
        f"""# Følgebrev – anmodning om forhåndsdrøftelse

{per.B_ORG}, org.nr. 992 118 407, Sognsveien 75 J, 0855 Oslo

Forbundet ber Datatilsynet om forhåndsdrøftelse. Nedenfor står hvem dere kan kontakte. Vurderingen og styrets vedtak ligger i egne vedlegg.

| Rolle | Virksomhet | Navn | Telefon | E-post |
{contact_row}
| Personvernombud | {per.B_DPO.org} (ekstern) | {per.B_DPO.name} | tlf. {per.B_DPO.phone} | {per.B_DPO.email} |
| Databehandler | {processor.org} | {processor.name} | {processor.phone} | {processor.email} |
{extra_proc}
Oslo, 16. november 2026

{per.B_GS.name}
generalsekretær"""
    )


def b_dpia(key: str, omit: dict[int, str] | None = None) -> bytes:
    t = TOPICS[key]
    return to_docx(
        f"# Personvernkonsekvenser – {t.title}\n\n{per.B_ORG}, november 2026\n\n{parts(t, 'B', omit=omit)}"
    )


def k003() -> Case:
    t = TOPICS["B1"]
    contact = f"| Kontaktperson | {per.B_ORG} | {per.B_HEALTH.name} | tlf. {per.B_HEALTH.phone} / {per.B_HEALTH.mobile} | {per.B_HEALTH.email} |"
    extra = "| ^ | ^ | Support (drift) | 55 30 22 00 | support@idrettsdata.no |\n"
    docs = [
        ("Folgebrev_forhandsdroftelse.docx", b_cover(contact, per.B_IDR, extra)),
        ("Vurdering_personvernkonsekvenser_skaderegister.docx", b_dpia("B1")),
        (
            "Styreprotokoll_utdrag_sak_38-26.pdf",
            to_pdf(per.b_protocol("38/26", t.title, "12. november 2026")),
        ),
    ]
    body = txt("""
        Hei,

        Vedlagt er anmodning om forhåndsdrøftelse for skaderegister og helseprofil for unge landslagsutøvere. Følgebrevet har kontaktinformasjonen.

        """) + per.b_signature(per.B_GS)
    msg = message(
        "k003",
        addr(per.B_GS),
        "Anmodning om forhåndsdrøftelse – skaderegister for unge landslagsutøvere",
        when(11, 16, 13, 2),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "sports_federation",
            "cover_letter_docx",
            "contact_word_table",
            "table_merged_cells",
            "role_column",
            "dpo_external_firm",
            "phone_tlf_prefix",
            "dpia_report_docx",
            "part5_protocol_pdf",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; merged cells in processor rows of the cover letter table",
    )


def k004() -> Case:
    t = TOPICS["B2"]
    body = (
        txt(f"""
        Til Datatilsynet

        Norges Sandvolleyballforbund ber om forhåndsdrøftelse for ansiktsgjenkjenning ved inngangene på NM-sluttspill og Beach Tour. Alt står i denne e-posten.

        KONTAKTINFORMASJON
        Behandlingsansvarlig: {per.B_ORG}, org.nr. 992 118 407
        Kontaktperson: {per.B_GS.name}, generalsekretær, tlf. {per.B_GS.phone}, mob. {per.B_GS.mobile}, {per.B_GS.email}
        Personvernombud: {per.B_DPO.name}, {per.B_DPO.org} – tlf. {per.B_DPO.phone} – {per.B_DPO.email}
        Databehandler: {per.B_REPLAY.org}, Köln – {per.B_REPLAY.name}, {per.B_REPLAY.title}, tlf. {per.B_REPLAY.phone}, {per.B_REPLAY.email}

        """)
        + "\n"
        + text_parts(t, "B", risk="bullets")
        + txt("""

        STYRETS BEHANDLING
        Fra protokollen fra styremøtet 12. november 2026:

        """)
        + quoted(plain(per.b_protocol("41/26", t.title, "12. november 2026")))
        + "\n"
        + per.b_signature(per.B_GS)
    )
    msg = message(
        "k004",
        addr(per.B_GS),
        "Forhåndsdrøftelse: ansiktsgjenkjenning ved arrangementer",
        when(12, 4, 7, 48),
        body,
    )
    return msg, Label(
        "nb",
        (
            "sports_federation",
            "all_in_body",
            "contact_label_value",
            "phone_foreign",
            "phone_tlf_prefix",
            "dpo_external_firm",
            "risk_bullets",
            "part5_protocol_quoted_in_body",
        ),
        "inline",
        True,
        "used",
        "complete; everything in a plain body; German processor +49",
    )


def k023() -> Case:
    contact = (
        f"| Kontaktperson | {per.B_ORG} | {per.B_HEALTH.name} | tlf. {per.B_HEALTH.mobile} | |"
    )
    t = TOPICS["B1"]
    docs = [
        ("Folgebrev.docx", b_cover(contact, per.B_IDR)),
        ("DPIA_skaderegister.docx", b_dpia("B1")),
        (
            "Styreprotokoll_sak_38-26.pdf",
            to_pdf(per.b_protocol("38/26", t.title, "12. november 2026")),
        ),
    ]
    body = txt(f"""
        Hei!

        Oversender anmodning om forhåndsdrøftelse for skaderegisteret vårt. Kontaktperson for saken er Sondre Lie, som leder arbeidet med helseoppfølging av landslagene (se følgebrevet).

        Med vennlig hilsen
        {per.B_GS.name}
        Generalsekretær, {per.B_ORG}
        Sendt fra mobil
        """)
    msg = message(
        "k023",
        addr(per.B_GS),
        "Forhåndsdrøftelse skaderegister",
        when(11, 13, 21, 14),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "sports_federation",
            "cover_letter_docx",
            "contact_word_table",
            "role_column",
            "p1_contact_no_email",
            "dpo_external_firm",
            "dpia_report_docx",
            "part5_protocol_pdf",
            "risk_likelihood_consequence",
        ),
        "none",
        True,
        "used",
        "contact person Sondre Lie named with phone only (e-mail cell empty); sender's own short signature has no phone and she is not the contact",
        (1,),
    )


def k024() -> Case:
    body = txt(f"""
        Hei,

        Vi melder et avvik. Torsdag 19. november sendte en ansatt i forbundet en e-post med vedlagt oversikt over skader for 14 spillere på U17-landslaget (navn, skade og forventet fravær) til alle klubbledere i region Øst i stedet for til landslagets fysioterapeut. 38 mottakere. Vi har bedt mottakerne slette e-posten og fått bekreftelse fra 31 av dem.

        Vi har også fylt ut avviksskjemaet på nettsidene deres i dag. Denne e-posten er bare for å gi dere navn på kontaktpersonen: Sondre Lie, tlf. {per.B_HEALTH.mobile}, {per.B_HEALTH.email}.

        Personvernombudet vårt ({per.B_DPO.name}, {per.B_DPO.org}) er orientert.

        """) + per.b_signature(per.B_GS)
    msg = message(
        "k024",
        addr(per.B_GS),
        "Avviksmelding – helseopplysninger sendt til feil mottakere",
        when(11, 20, 16, 5),
        body,
        cc=addr(per.B_DPO),
    )
    return msg, Label(
        "nb",
        ("sports_federation", "nonrequest_breach_notification", "dpo_on_cc", "phone_tlf_prefix"),
        "none",
        False,
        "unspecified",
        "breach notification, not a request",
    )


def k043() -> Case:
    contact = f"| Kontaktperson | {per.B_ORG} | {per.B_HEALTH.name} | tlf. {per.B_HEALTH.phone} / {per.B_HEALTH.mobile} | {per.B_HEALTH.email} |"
    t = TOPICS["B1"]
    docs = [
        ("Folgebrev_rettet.docx", b_cover(contact, per.B_IDR)),
        ("DPIA_skaderegister.docx", b_dpia("B1")),
        (
            "Styreprotokoll_sak_38-26.pdf",
            to_pdf(per.b_protocol("38/26", t.title, "12. november 2026")),
        ),
    ]
    body = txt("""
        Hei igjen,

        Vi har fått beskjed om at e-postadressen til kontaktpersonen manglet i følgebrevet vi sendte 13. november. Her er hele anmodningen på nytt med rettet følgebrev. Alle vedlegg er med.

        """) + per.b_signature(per.B_HEALTH)
    msg = message(
        "k043",
        addr(per.B_HEALTH),
        "SV: Forhåndsdrøftelse skaderegister – rettet følgebrev",
        when(11, 27, 10, 31),
        body,
        attachments=docs,
        cc=addr(per.B_GS),
    )
    return msg, Label(
        "nb",
        (
            "sports_federation",
            "cover_letter_docx",
            "contact_word_table",
            "role_column",
            "dpo_external_firm",
            "resubmission_complete",
            "dpia_report_docx",
            "part5_protocol_pdf",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "resubmission of k023 with the contact's e-mail; all documents repeated",
    )


def k044() -> Case:
    contact = f"| Kontaktperson | {per.B_ORG} | {per.B_GS.name} | {per.B_GS.phone} / {per.B_GS.mobile} | {per.B_GS.email} |"
    t = TOPICS["B2"]
    docs = [
        ("Folgebrev.docx", b_cover(contact, per.B_REPLAY)),
        (
            "Vurdering_ansiktsgjenkjenning.docx",
            b_dpia(
                "B2",
                omit={
                    4: "Risikovurderingen gjøres av Personvernkompaniet AS og ettersendes i løpet av desember."
                },
            ),
        ),
        (
            "Styreprotokoll_sak_41-26.pdf",
            to_pdf(per.b_protocol("41/26", t.title, "12. november 2026")),
        ),
    ]
    body = txt("""
        Hei,

        Vedlagt følger anmodning om forhåndsdrøftelse for videoanalyse med ansiktsgjenkjenning ved arrangementer, med følgebrev, vurdering og styrevedtak.

        """) + per.b_signature(per.B_GS)
    msg = message(
        "k044",
        addr(per.B_GS),
        "Anmodning om forhåndsdrøftelse – videoanalyse ved arrangementer",
        when(11, 14, 12, 0),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "sports_federation",
            "cover_letter_docx",
            "contact_word_table",
            "role_column",
            "phone_foreign",
            "dpo_external_firm",
            "part4_will_follow",
            "dpia_report_docx",
            "part5_protocol_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "risk assessment 'ettersendes'; the board protocol still approves the (unfinished) assessment",
        (4,),
    )


# --- C: Ytre Fjordvik sokneråd (nynorsk) -----------------------------------------------------


def c_contacts(processor: str) -> str:
    v, d = per.C_VERJE, per.C_DPO
    return txt(f"""
        KONTAKTOPPLYSNINGAR
        Behandlingsansvarleg: {per.C_ORG}, Kyrkjevegen 2, 6899 Ytre Fjordvik
        Kontaktperson: kyrkjeverje {v.name}, tlf. {v.phone} / {v.mobile}, {v.email}
        Personvernombod: {d.name} (felles for sokneråda i Fjordvik), tlf. {d.phone}, {d.email}
        {processor}
        """)


def k005() -> Case:
    t = TOPICS["C2"]
    w = per.C_WEB
    body = (
        txt("""
        Til Datatilsynet

        Ytre Fjordvik sokneråd ber om førehandsdrøfting for ein ny app for trusopplæring. Vi har gjort ei vurdering av personvernkonsekvensar og meiner risikoen framleis er høg, fordi det gjeld helseopplysningar om barn og medlemskap i trussamfunn.

        """)
        + c_contacts(f"Databehandlar: {w.org}, Bergen – {w.name}, tlf. {w.phone}, {w.email}")
        + "\n"
        + text_parts(t, "C", risk="bullets")
        + txt(f"""

        HANDSAMING I SOKNERÅDET
        Utdrag frå møteboka:

        {per.c_vedtak("22/26", "10. november 2026", t.title)}
        """)
        + per.c_signature()
    )
    msg = message(
        "k005",
        addr(per.C_VERJE),
        "Førehandsdrøfting – app for trusopplæring",
        when(11, 17, 9, 15),
        body,
    )
    return msg, Label(
        "nn",
        (
            "church_council",
            "all_in_body",
            "headings_caps_in_body",
            "contact_label_value",
            "phone_dots",
            "risk_bullets",
            "part5_protocol_quoted_in_body",
        ),
        "inline",
        True,
        "used",
        "complete; all in nynorsk body; DPO phone with dots",
    )


def k006() -> Case:
    t = TOPICS["C1"]
    body = (
        txt("""
        Hei,

        Soknerådet ber om førehandsdrøfting for kameraovervaking og strøyming ved Ytre Fjordvik kyrkje.

        """)
        + c_contacts(
            "Databehandlar: Vi brukar ingen databehandlar. Opptakaren står i sakristiet, og strøyminga går frå vår eigen maskin direkte til nettsida som fellesrådet driftar sjølv."
        )
        + "\n"
        + text_parts(t, "C")
        + txt(f"""

        HANDSAMING I SOKNERÅDET
        {per.c_vedtak("17/26", "8. oktober 2026", t.title)}
        Protokollen er underskriven av alle medlemene og kan sendast om de ønskjer det.

        """)
        + per.c_signature()
    )
    msg = message(
        "k006",
        addr(per.C_VERJE),
        "Førehandsdrøfting – kamera og strøyming, Ytre Fjordvik kyrkje",
        when(10, 27, 11, 40),
        body,
    )
    return msg, Label(
        "nn",
        (
            "church_council",
            "all_in_body",
            "headings_caps_in_body",
            "contact_label_value",
            "processor_none_stated",
            "phone_dots",
            "risk_likelihood_consequence",
            "part5_protocol_quoted_in_body",
        ),
        "inline",
        True,
        "none",
        "complete; 'vi brukar ingen databehandlar'",
    )


def k025() -> Case:
    t = TOPICS["C1"]
    body = (
        txt("""
        Til Datatilsynet

        Vi ber om førehandsdrøfting for kameraovervaking av kyrkja og kyrkjegarden og strøyming av gudstenester.

        """)
        + c_contacts(
            "Databehandlar: Vestland Tryggleik AS (leverandør av kameraanlegget, fjernvedlikehald) – Stian Fure, tlf. 57 82 55 10, stian.fure@vestlandtryggleik.no"
        )
        + "\n"
        + text_parts(t, "C")
        + txt("""

        HANDSAMING I SOKNERÅDET
        Saka skal opp i soknerådet på møtet 24. november. Vi sender førespurnaden no fordi vi vil ha anlegget oppe før jul, og ettersender vedtaket.

        """)
        + per.c_signature()
    )
    msg = message(
        "k025",
        addr(per.C_VERJE),
        "Førespurnad om førehandsdrøfting – kamera ved kyrkja",
        when(11, 6, 14, 12),
        body,
    )
    return msg, Label(
        "nn",
        (
            "church_council",
            "all_in_body",
            "headings_caps_in_body",
            "contact_label_value",
            "phone_dots",
            "risk_likelihood_consequence",
            "part5_future_meeting",
        ),
        "inline",
        True,
        "used",
        "council meeting on 24 November; decision will follow",
        (5,),
    )


def k026() -> Case:
    t = TOPICS["C2"]
    body = (
        txt("""
        Hei

        Her er førespurnaden vår om førehandsdrøfting for trusopplæringsappen.

        """)
        + c_contacts(
            "Databehandlar: Sokneweb AS. Kontaktinformasjon til leverandøren ettersender vi – vi ventar på at dei skal peike ut ein kontaktperson for personvern."
        )
        + "\n"
        + text_parts(t, "C")
        + txt(f"""

        HANDSAMING I SOKNERÅDET
        {per.c_vedtak("22/26", "10. november 2026", t.title)}
        """)
        + per.c_signature()
    )
    msg = message(
        "k026", addr(per.C_VERJE), "Førehandsdrøfting trusopplæringsapp", when(11, 19, 8, 20), body
    )
    return msg, Label(
        "nn",
        (
            "church_council",
            "all_in_body",
            "headings_caps_in_body",
            "contact_label_value",
            "p1_processor_contact_will_follow",
            "phone_dots",
            "risk_likelihood_consequence",
            "part5_protocol_quoted_in_body",
        ),
        "inline",
        True,
        "used",
        "processor contact 'ettersender vi'",
        (1,),
    )


def k045() -> Case:
    t = TOPICS["C1"]
    odt = to_odt(
        f"""# Vurdering av personvernkonsekvensar – kamera og strøyming, Ytre Fjordvik kyrkje

Versjon 2, november 2026. Etter anbodet har soknerådet valt Vestland Tryggleik AS som leverandør av kameraanlegget; dei har fjernaksess for vedlikehald og er difor databehandlar.

# Roller

~ Personvernombod: {per.C_DPO.name}, Fjordvik kyrkjelege fellesråd, telefon {per.C_DPO.phone}, mobil {per.C_DPO.mobile}, e-post {per.C_DPO.email}
~ Databehandlar: Vestland Tryggleik AS, org.nr. 912 604 377, Hafstadvegen 40, 6800 Førde – kontaktperson Stian Fure, tlf. 57 82 55 10, stian.fure@vestlandtryggleik.no

{parts(t, "C")}"""
    )
    prot = scan_pdf(
        [
            per.c_vedtak("29/26", "24. november 2026", t.title)
            + "\nMøtebok underskriven: Gunvor Nes (leiar), Olav Hus, Marit Bøe, Ivar Tangen, sokneprest Elin Fosse"
        ]
    )
    body = (
        txt("""
        Til Datatilsynet

        Vedlagt er den reviderte vurderinga av personvernkonsekvensar for kameraanlegget ved Ytre Fjordvik kyrkje, og utskrift av møteboka frå soknerådet. Denne førespurnaden erstattar dei vi sende 27. oktober og 6. november.

        Kontaktperson for saka er underteikna. Personvernombodet og leverandøren står i vurderinga.

        """)
        + per.c_signature()
    )
    msg = message(
        "k045",
        addr(per.C_VERJE),
        "Førehandsdrøfting – revidert førespurnad, kamera ved kyrkja",
        when(11, 30, 10, 2),
        body,
        attachments=[("DPIA_kamera_kyrkja_v2.odt", odt), ("Moteboka_sak_29-26.pdf", prot)],
    )
    return msg, Label(
        "nn",
        (
            "church_council",
            "contacts_two_documents",
            "contact_is_sender_stated",
            "odt",
            "org_number_address",
            "phone_dots",
            "risk_likelihood_consequence",
            "part5_scanned_protocol",
            "resubmission_complete",
        ),
        "none",
        True,
        "used",
        "contact in signature, DPO and processor in the ODT; scanned minutes",
    )


def k046() -> Case:
    body = (
        txt("""
        Hei

        Vi har eit spørsmål som vi ikkje finn svar på. Soknet har i mange år lagt ut namn på dei som er gravlagde siste veka på nettsida og i kunngjeringane i kyrkja (namn, alder og bustad). No har ein pårørande klaga og meiner vi ikkje har lov til dette.

        Treng vi samtykke frå dei pårørande, eller kan vi halde fram som før? Personvernombodet vårt meiner vi bør spørje dykk direkte.

        """)
        + per.c_signature()
    )
    msg = message(
        "k046",
        addr(per.C_VERJE),
        "Spørsmål om publisering av namn på gravlagde",
        when(11, 4, 13, 33),
        body,
        cc=addr(per.C_DPO),
    )
    return msg, Label(
        "nn",
        ("church_council", "nonrequest_question", "dpo_on_cc"),
        "none",
        False,
        "unspecified",
        "question about publishing names of the buried",
    )


# --- D: Heimwerk Norge AS -------------------------------------------------------------------


def d_dsfa(key: str, roles: str = "", omit: dict[int, str] | None = None, annex: str = "") -> bytes:
    t = TOPICS[key]
    r = f"\n\n# 0. Ansvar og roller\n\n{roles}" if roles else ""
    a = f"\n\n# Vedlegg\n\n{annex}" if annex else ""
    return to_pdf(
        f"# DSFA – Datenschutz-Folgenabschätzung / Vurdering av personvernkonsekvenser\n\n{t.title}. {per.D_ORG}, versjon 1.2, oktober 2026. Mal: Heimwerk Konzerndatenschutz DSFA-Vorlage v4.{r}\n\n{parts(t, 'D', omit=omit)}{a}"
    )


def d_html_table(proc: Person, second: tuple[str, str, str] | None) -> str:
    rs = ' rowspan="2"' if second else ""
    extra = (
        f"<tr><td>{second[0]}</td><td>{second[1]}</td><td>{second[2]}</td></tr>" if second else ""
    )
    cells = [
        (
            "Behandlingsansvarlig – kontaktperson",
            per.D_ORG,
            per.D_LEGAL,
            f"{per.D_LEGAL.phone} / {per.D_LEGAL.mobile}",
        ),
        ("Personvernombud (konsern)", per.D_DPO.org, per.D_DPO, per.D_DPO.phone),
    ]
    rows = "".join(
        f"<tr><td>{r}</td><td>{o}</td><td>{p.name}</td><td>{ph}</td><td>{p.email}</td></tr>"
        for r, o, p, ph in cells
    )
    rows += f"<tr><td{rs}>Databehandler</td><td{rs}>{proc.org}</td><td>{proc.name}</td><td>{proc.phone}</td><td>{proc.email}</td></tr>{extra}"
    return f'<table border="1" cellpadding="4" style="border-collapse:collapse"><tr style="background:#e30613;color:#fff"><th>Rolle</th><th>Virksomhet</th><th>Navn</th><th>Telefon</th><th>E-post</th></tr>{rows}</table>'


def k007() -> Case:
    t = TOPICS["D1"]
    table = d_html_table(
        per.D_VISION, ("Support / Datenschutz", "+49 69 2547 3300", "datenschutz@visionguard.de")
    )
    intro = "Hei,<br><br>Heimwerk Norge AS ber om forhåndsdrøftelse for atferdsanalyse i kameraovervåkingen i våre 14 varehus. DSFA-en og ledelsens godkjenning (Freigabe) er vedlagt.<br><br>Kontaktpersoner:<br>"
    sig = "<br>".join(per.d_signature().splitlines())
    html = f'<html><head><meta charset="utf-8"></head><body style="font-family:Arial">{intro}{table}<br>Underdatabehandlere står i vedlegg til DSFA-en.<br><br>{sig}</body></html>'
    text = (
        plain(f"""Hei,

Heimwerk Norge AS ber om forhåndsdrøftelse for atferdsanalyse i kameraovervåkingen i våre 14 varehus. DSFA-en og ledelsens godkjenning (Freigabe) er vedlagt.

Kontaktpersoner:

| Rolle | Virksomhet | Navn | Telefon | E-post |
| Behandlingsansvarlig – kontaktperson | {per.D_ORG} | {per.D_LEGAL.name} | {per.D_LEGAL.phone} / {per.D_LEGAL.mobile} | {per.D_LEGAL.email} |
| Personvernombud (konsern) | {per.D_DPO.org} | {per.D_DPO.name} | {per.D_DPO.phone} | {per.D_DPO.email} |
| Databehandler | {per.D_VISION.org} | {per.D_VISION.name} | {per.D_VISION.phone} | {per.D_VISION.email} |
| | | Support / Datenschutz | +49 69 2547 3300 | datenschutz@visionguard.de |

Underdatabehandlere står i vedlegg til DSFA-en.""")
        + "\n"
        + per.d_signature()
    )
    annex = "| Unterauftragsverarbeiter / underdatabehandler | Tjeneste | Sted |\n| RheinData Center GmbH | Hosting | Frankfurt am Main |\n| SecureOps s.r.o. | 2nd-level support | Brno |"
    docs = [
        ("DSFA_Verhaltensanalyse_NO.pdf", d_dsfa("D1", annex=annex)),
        (
            "Freigabe_DSFA_Verhaltensanalyse.pdf",
            to_pdf(per.d_freigabe(t.title, "3. november 2026")),
        ),
    ]
    msg = message(
        "k007",
        addr(per.D_LEGAL),
        "Anmodning om forhåndsdrøftelse – atferdsanalyse i kameraovervåking (Heimwerk Norge)",
        when(11, 10, 15, 44),
        text,
        html=html,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "german_retailer",
            "html_contact_table",
            "table_merged_cells",
            "role_column",
            "phone_foreign",
            "long_signature_many_phones",
            "disclaimer_footer",
            "subprocessors_listed",
            "dpia_report_pdf",
            "part5_signoff_table",
            "foreign_owned_subsidiary",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; HTML contact table with rowspan for the processor's two contacts",
    )


def k008() -> Case:
    t = TOPICS["D2"]
    roles = f"""Behandlingsansvarlig er {per.D_ORG}. Konsernets kundeplattform drives av CloudRetail Services GmbH som databehandler (se Anlage 3).

~ Konzerndatenschutzbeauftragte (personvernombud for hele konsernet, også Norge): {per.D_DPO.name}, Telefon {per.D_DPO.phone}, {per.D_DPO.email}
~ Kontakt i Norge: se følgebrev/e-post"""
    anlage = to_pdf(f"""# Auftragsverarbeitungsvertrag – Anlage 3: Kontakte und Unterauftragsverarbeiter

Auftragsverarbeiter / databehandler: {per.D_CLOUD.org}, Leopoldstraße 244, 80807 München

Ansprechpartnerin Datenschutz: {per.D_CLOUD.name}, {per.D_CLOUD.title}, Tel. {per.D_CLOUD.phone}, {per.D_CLOUD.email}

| Unterauftragsverarbeiter | Leistung | Ort |
| Google Cloud EMEA Ltd | Hosting | Frankfurt |
| Braze GmbH | App-Nachrichten | Berlin |
| Adyen N.V. | Ingen persondata fra kundeklubb | Amsterdam |""")
    docs = [
        ("DSFA_Kundeklubb_NO.pdf", d_dsfa("D2", roles=roles)),
        ("AVV_Anlage3_CloudRetail.pdf", anlage),
        ("Freigabe_DSFA_Kundeklubb.pdf", to_pdf(per.d_freigabe(t.title, "6. november 2026"))),
    ]
    body = (
        txt("""
        Hei,

        Heimwerk Norge AS ber med dette om forhåndsdrøftelse for den nye kundeklubben i appen (profilering og posisjon).

        Konsernets personvernombud står på kopi. Kontaktperson i Norge er undertegnede – svar gjerne direkte til meg (Reply-To er satt), denne postkassen følges ikke opp daglig.

        """)
        + per.d_signature()
    )
    msg = message(
        "k008",
        "Heimwerk Norge Personvern <personvern@heimwerk.no>",
        "Forhåndsdrøftelse – kundeklubb med profilering",
        when(11, 11, 9, 5),
        body,
        attachments=docs,
        cc=addr(per.D_DPO, "datenschutz@heimwerk.de"),
        headers={"Reply-To": addr(per.D_LEGAL)},
    )
    return msg, Label(
        "nb",
        (
            "german_retailer",
            "reply_to_header",
            "dpo_on_cc",
            "contact_is_sender_stated",
            "contacts_two_documents",
            "processor_dpa_appendix",
            "subprocessors_listed",
            "phone_foreign",
            "long_signature_many_phones",
            "disclaimer_footer",
            "dpia_report_pdf",
            "part5_signoff_table",
            "foreign_owned_subsidiary",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; sent from a function box, Reply-To and signature give the contact; DPO on Cc with phone in DSFA; processor in AVV Anlage 3",
    )


def k027() -> Case:
    t = TOPICS["D1"]
    sup = to_xlsx(
        {
            "Leverandører": [
                ["Leverandør", "Tjeneste", "Rolle", "Kontakt", "Land"],
                [
                    "VisionGuard Analytics GmbH",
                    "Atferdsanalyse kamera",
                    "Databehandler",
                    "https://support.visionguard.de (ticket)",
                    "DE",
                ],
                [
                    "RheinData Center GmbH",
                    "Hosting for VisionGuard",
                    "Underdatabehandler",
                    "via VisionGuard",
                    "DE",
                ],
                [
                    "Securitas-partner Nord AS",
                    "Vektertjeneste",
                    "Selvstendig behandlingsansvarlig",
                    "vakt@example-vekter.no",
                    "NO",
                ],
            ]
        }
    )
    body = (
        txt(f"""
        Hei,

        Vi ber om forhåndsdrøftelse for atferdsanalyse i kameraovervåkingen i Heimwerk-varehusene i Norge.

        Kontaktperson: {per.D_LEGAL.name}, {per.D_LEGAL.title}, direkte {per.D_LEGAL.phone}, {per.D_LEGAL.email}
        Personvernombud: {per.D_DPO.name} (Konzerndatenschutz), {per.D_DPO.phone}, {per.D_DPO.email}
        Databehandler: se leverandøroversikten (vedlagt).

        """)
        + per.d_signature()
    )
    docs = [
        ("DSFA_Verhaltensanalyse_NO.pdf", d_dsfa("D1")),
        ("Leverandoroversikt_kamera.xlsx", sup),
        (
            "Freigabe_DSFA_Verhaltensanalyse.pdf",
            to_pdf(per.d_freigabe(t.title, "3. november 2026")),
        ),
    ]
    msg = message(
        "k027",
        addr(per.D_LEGAL),
        "Forhåndsdrøftelse – kameraanalyse",
        when(11, 5, 12, 10),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "german_retailer",
            "contact_label_value",
            "supplier_list_xlsx",
            "p1_processor_url_only",
            "phone_foreign",
            "long_signature_many_phones",
            "dpia_report_pdf",
            "part5_signoff_table",
            "foreign_owned_subsidiary",
        ),
        "none",
        True,
        "used",
        "processor in the supplier list with a support URL only",
        (1,),
    )


def k028() -> Case:
    roles = f"""| Rolle | Navn | Telefon | E-post |
| Kontaktperson Norge | {per.D_LEGAL.name} | {per.D_LEGAL.phone} | {per.D_LEGAL.email} |
| Konzerndatenschutzbeauftragte | {per.D_DPO.name} | {per.D_DPO.phone} | {per.D_DPO.email} |
| Databehandler: {per.D_CLOUD.org} | {per.D_CLOUD.name} | {per.D_CLOUD.phone} | {per.D_CLOUD.email} |"""
    body = (
        txt("""
        Hei,

        Vedlagt er DSFA for kundeklubben vår. Vi ber om forhåndsdrøftelse.

        Freigabe (godkjenning) fra Geschäftsführung i Kassel ettersendes – den signeres etter ledermøtet 6. november.

        """)
        + per.d_signature()
    )
    msg = message(
        "k028",
        addr(per.D_LEGAL),
        "Forhåndsdrøftelse kundeklubb / DSFA",
        when(10, 30, 16, 30),
        body,
        attachments=[("DSFA_Kundeklubb_NO.pdf", d_dsfa("D2", roles=roles))],
    )
    return msg, Label(
        "nb",
        (
            "german_retailer",
            "contact_table_in_dpia",
            "phone_foreign",
            "long_signature_many_phones",
            "dpia_report_pdf",
            "part5_will_follow",
            "foreign_owned_subsidiary",
        ),
        "none",
        True,
        "used",
        "Freigabe 'ettersendes'",
        (5,),
    )


def k047() -> Case:
    body = (
        txt("""
        Hei,

        Heimwerk-konsernet innfører atferdsanalyse i kameraovervåkingen i hele Europa. Konsernet har hovedsete i Kassel, og Konzerndatenschutz mener at det er Hessisk personvernmyndighet (HBDI) som skal ha en eventuell forhåndsdrøftelse for hele konsernet, også Norge.

        Kan dere bekrefte om vi skal sende anmodningen til dere eller til HBDI? DSFA-en er ikke ferdig ennå, og vi sender ikke anmodning nå.

        Dr. Katrin Vogel står på kopi.

        """)
        + per.d_signature()
    )
    msg = message(
        "k047",
        addr(per.D_LEGAL),
        "Spørsmål: hvilken tilsynsmyndighet for forhåndsdrøftelse (konsern i Tyskland)?",
        when(10, 28, 10, 50),
        body,
        cc=addr(per.D_DPO, "datenschutz@heimwerk.de"),
    )
    return msg, Label(
        "nb",
        (
            "german_retailer",
            "nonrequest_question",
            "dpo_on_cc",
            "long_signature_many_phones",
            "foreign_owned_subsidiary",
        ),
        "none",
        False,
        "unspecified",
        "which authority is competent; DSFA not finished",
    )


def k048() -> Case:
    t = TOPICS["D1"]
    kontakt = to_docx(f"""# Vedlegg 1 – Kontaktliste

| Rolle | Virksomhet | Navn | Telefon | E-post |
| Behandlingsansvarlig | {per.D_ORG} | {per.D_LEGAL.name} (kontaktperson) | {per.D_LEGAL.phone} | {per.D_LEGAL.email} |
| ^ | ^ | {per.D_CEO} (daglig leder) | +47 22 07 30 01 | geir.amundsen@heimwerk.no |
| Personvernombud | {per.D_DPO.org} | {per.D_DPO.name} | {per.D_DPO.phone} | {per.D_DPO.email} |
| Databehandler | {per.D_VISION.org} | {per.D_VISION.name} | {per.D_VISION.phone} | {per.D_VISION.email} |
| Underdatabehandler | RheinData Center GmbH | (via VisionGuard) | < | < |""")
    docs = [
        ("Vedlegg1_Kontaktliste.docx", kontakt),
        ("DSFA_Verhaltensanalyse_NO_v1.3.pdf", d_dsfa("D1")),
        ("Freigabe_signert.pdf", to_pdf(per.d_freigabe(t.title, "3. november 2026"))),
    ]
    body = (
        txt("""
        Hei,

        Heimwerk Norge AS ber om forhåndsdrøftelse for atferdsanalyse i kameraovervåkingen. Vedlagt er kontaktliste (vedlegg 1), DSFA versjon 1.3 og signert Freigabe.

        """)
        + per.d_signature()
    )
    msg = message(
        "k048",
        addr(per.D_LEGAL),
        "Heimwerk Norge AS – anmodning om forhåndsdrøftelse (kameraanalyse)",
        when(11, 17, 8, 2),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "german_retailer",
            "contact_word_table",
            "table_merged_cells",
            "role_column",
            "phone_foreign",
            "long_signature_many_phones",
            "disclaimer_footer",
            "dpia_report_pdf",
            "part5_signoff_table",
            "foreign_owned_subsidiary",
        ),
        "none",
        True,
        "used",
        "complete; Word contact list with vertically merged controller cells",
    )


# --- E: Nordkusten Bank AB, filial i Norge ---------------------------------------------------


def e_dpia(key: str, lang: str, contacts: str = "", omit: dict[int, str] | None = None) -> bytes:
    t = TOPICS[key]
    head = "E_en" if lang == "en" else "E_nb"
    c = (
        f"\n\n# {'Contacts' if lang == 'en' else 'Kontaktpersoner'}\n\n{contacts}"
        if contacts
        else ""
    )
    return to_docx(
        f"# DPIA – {t.title}\n\n{per.E_ORG}. Classification: Internal / Intern.{c}\n\n{parts(t, head, omit=omit)}"
    )


def e_table_en(proc_rows: str) -> str:
    return f"""| Entity | Role | Name | Phone | E-mail |
| {per.E_ORG} | Controller – contact person | {per.E_COMP.name} | {per.E_COMP.phone} (mobile {per.E_COMP.mobile}) | {per.E_COMP.email} |
| ^ | Data Protection Officer (group) | {per.E_DPO.name} | {per.E_DPO.phone} | {per.E_DPO.email} |
{proc_rows}"""


def k009() -> Case:
    t = TOPICS["E1"]
    contacts = e_table_en(
        f"| {per.E_KL.org}, Gothenburg | Processor | {per.E_KL.name}, {per.E_KL.title} | {per.E_KL.phone} | {per.E_KL.email} |"
    )
    docs = [
        ("DPIA_Behavioural_Biometrics_NO.docx", e_dpia("E1", "en", contacts)),
        ("BMC_minutes_extract_item4.pdf", to_pdf(per.e_minutes("4", t.title, "5 November 2026"))),
    ]
    body = (
        txt(f"""
        Dear Datatilsynet,

        {per.E_ORG} hereby requests prior consultation pursuant to Article 36 GDPR regarding behavioural biometrics and fraud scoring in our mobile bank.

        Attached are the DPIA (with the contact table) and an extract of the minutes of the Branch Management Committee approving it.

        """)
        + per.e_signature()
    )
    msg = message(
        "k009",
        addr(per.E_COMP),
        "Request for prior consultation – behavioural biometrics (Nordkusten Bank, Norwegian branch)",
        when(11, 12, 11, 11),
        body,
        attachments=docs,
        cc=addr(per.E_DPO),
    )
    return msg, Label(
        "en",
        (
            "swedish_bank_branch",
            "contact_word_table",
            "table_merged_cells",
            "role_column",
            "phone_foreign",
            "dpo_on_cc",
            "long_signature_many_phones",
            "dpia_report_docx",
            "part5_minutes_pdf",
            "foreign_owned_subsidiary",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; Word table with merged entity cell, +46 numbers",
    )


def k010() -> Case:
    t = TOPICS["E1"]
    cover = to_pdf(f"""# Request for prior consultation – cover letter

{per.E_ORG}, Filipstad brygge 1, 0252 Oslo

We request prior consultation for behavioural biometrics and ML-based fraud scoring in the mobile bank.

Contact person: {per.E_COMP.name}, {per.E_COMP.title} ({per.E_COMP.email})
Data Protection Officer: {per.E_DPO.name}, Group DPO, Stockholm ({per.E_DPO.email})
Processor: {per.E_KL.org} – {per.E_KL.name} ({per.E_KL.email})

Telephone numbers are listed in Annex 1.

Annexes: 1 Contact list (XLSX), 2 DPIA, 3 Minutes extract.""")
    annex = to_xlsx(
        {
            "Contacts": [
                ["Name", "Organisation", "Role", "Direct", "Mobile"],
                [per.E_COMP.name, per.E_ORG, "Contact person", per.E_COMP.phone, per.E_COMP.mobile],
                [per.E_DPO.name, per.E_DPO.org, "DPO", per.E_DPO.phone, per.E_DPO.mobile],
                [per.E_KL.name, per.E_KL.org, "Processor", per.E_KL.phone, ""],
            ]
        }
    )
    docs = [
        ("Cover_letter_prior_consultation.pdf", cover),
        ("Annex1_Contact_list.xlsx", annex),
        ("Annex2_DPIA_Behavioural_Biometrics.docx", e_dpia("E1", "en")),
        ("Annex3_Minutes_extract.pdf", to_pdf(per.e_minutes("4", t.title, "5 November 2026"))),
    ]
    body = (
        txt("""
        Dear Sir or Madam,

        Please find our request for prior consultation with annexes attached.

        """)
        + per.e_signature()
    )
    msg = message(
        "k010",
        addr(per.E_COMP),
        "Prior consultation – behavioural biometrics / fraud scoring",
        when(11, 13, 8, 40),
        body,
        attachments=docs,
    )
    return msg, Label(
        "en",
        (
            "swedish_bank_branch",
            "cover_letter_pdf",
            "contacts_two_documents",
            "contact_xlsx",
            "phone_foreign",
            "long_signature_many_phones",
            "dpia_report_docx",
            "part5_minutes_pdf",
            "foreign_owned_subsidiary",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; names and e-mails in the cover letter, phones only in the Annex 1 XLSX",
    )


def e_joint(dpo_line: str) -> str:
    return f"""Banken og Fjordkreditt Forsikring AS er felles behandlingsansvarlige for betalingsevneanalysen (avtale etter art. 26 av 1. oktober 2026). Banken er kontaktpunkt for de registrerte og for Datatilsynet.

| Virksomhet | Rolle | Navn | Telefon | E-post |
| {per.E_ORG} | Kontaktperson | {per.E_COMP.name} | {per.E_COMP.phone} | {per.E_COMP.email} |
| ^ | Personvernombud | {dpo_line} |
| {per.E_FK.org} | Kontaktperson (felles behandlingsansvarlig) | {per.E_FK.name} | {per.E_FK.phone} | {per.E_FK.email} |
| ^ | Personvernombud | {per.E_FK_DPO.name} | {per.E_FK_DPO.phone} | {per.E_FK_DPO.email} |
| {per.E_KL.org} | Databehandler | {per.E_KL.name} | {per.E_KL.phone} | {per.E_KL.email} |

Underdatabehandlere for Kreditlogik AB: Microsoft Ireland Operations Ltd (Azure, Sverige sentral), Identia AS (Oslo, innhenting av kontoinformasjon)."""


def k029() -> Case:
    t = TOPICS["E2"]
    dpo = f"{per.E_DPO.name} | {per.E_DPO.phone} | {per.E_DPO.email}"
    docs = [
        ("DPIA_kredittbeslutning_kontoinformasjon.docx", e_dpia("E2", "nb", e_joint(dpo))),
        (
            "Protokollutdrag_filialledelsen_sak7.pdf",
            to_pdf(per.e_minutes("7", t.title, "19. november 2026", "nb")),
        ),
    ]
    body = (
        txt(f"""
        Til Datatilsynet

        {per.E_ORG} og Fjordkreditt Forsikring AS ber som felles behandlingsansvarlige om forhåndsdrøftelse for automatiserte kredittbeslutninger basert på kontoinformasjon. Banken er kontaktpunkt.

        """)
        + per.e_signature()
    )
    msg = message(
        "k029",
        addr(per.E_COMP),
        "Anmodning om forhåndsdrøftelse – automatiserte kredittbeslutninger (felles behandlingsansvar)",
        when(11, 24, 13, 58),
        body,
        attachments=docs,
        cc=f"{addr(per.E_FK)}, {addr(per.E_DPO)}",
    )
    return msg, Label(
        "nb",
        (
            "swedish_bank_branch",
            "joint_controllers",
            "contact_word_table",
            "table_merged_cells",
            "role_column",
            "subprocessors_listed",
            "phone_foreign",
            "long_signature_many_phones",
            "dpia_report_docx",
            "part5_minutes_pdf",
            "foreign_owned_subsidiary",
            "risk_likelihood_consequence",
        ),
        "none",
        True,
        "used",
        "complete; joint controllers each with contact and DPO; processor and sub-processors",
    )


def k030() -> Case:
    t = TOPICS["E2"]
    dpo = "Group DPO | – | dpo@nordkusten.se"
    docs = [
        ("DPIA_kredittbeslutning.docx", e_dpia("E2", "nb", e_joint(dpo))),
        (
            "Protokollutdrag_sak7.pdf",
            to_pdf(per.e_minutes("7", t.title, "19. november 2026", "nb")),
        ),
    ]
    body = (
        txt("""
        Hei,

        Vedlagt følger anmodning om forhåndsdrøftelse for automatiserte kredittbeslutninger med kontoinformasjon, med DPIA og protokollutdrag fra filialledelsen.

        """)
        + per.e_signature()
    )
    msg = message(
        "k030",
        addr(per.E_COMP),
        "Forhåndsdrøftelse – kredittbeslutninger med kontoinformasjon",
        when(11, 20, 9, 12),
        body,
        attachments=docs,
    )
    return msg, Label(
        "nb",
        (
            "swedish_bank_branch",
            "joint_controllers",
            "contact_word_table",
            "table_merged_cells",
            "p1_dpo_mailbox_only",
            "phone_foreign",
            "long_signature_many_phones",
            "dpia_report_docx",
            "part5_minutes_pdf",
            "foreign_owned_subsidiary",
        ),
        "pgp_mime",
        True,
        "used",
        "the bank's own DPO only as a function mailbox, no name, no phone (the joint controller's DPO is complete)",
        (1,),
    )


def k049() -> Case:
    t = TOPICS["E1"]
    contacts = e_table_en(
        f"| {per.E_KL.org} | Processor | {per.E_KL.name} | {per.E_KL.phone} | {per.E_KL.email} |"
    )
    docs = [
        (
            "DPIA_BB_Norway.docx",
            e_dpia(
                "E1",
                "en",
                contacts,
                omit={
                    3: "The necessity and proportionality test follows the Group's generic assessment for behavioural biometrics (Group Policy GP-DP-17), which can be provided on request."
                },
            ),
        ),
        ("BMC_minutes_item4.pdf", to_pdf(per.e_minutes("4", t.title, "5 November 2026"))),
    ]
    body = (
        txt("""
        Dear Datatilsynet,

        We request prior consultation for behavioural biometrics in the mobile bank of our Norwegian branch. DPIA and approval attached.

        """)
        + per.e_signature()
    )
    msg = message(
        "k049",
        addr(per.E_COMP),
        "Prior consultation request – behavioural biometrics",
        when(11, 9, 15, 3),
        body,
        attachments=docs,
    )
    return msg, Label(
        "en",
        (
            "swedish_bank_branch",
            "contact_word_table",
            "table_merged_cells",
            "role_column",
            "phone_foreign",
            "long_signature_many_phones",
            "dpia_report_docx",
            "part3_on_request",
            "part5_minutes_pdf",
            "foreign_owned_subsidiary",
        ),
        "pgp_mime",
        True,
        "used",
        "necessity only by reference to a group policy 'provided on request'",
        (3,),
    )


def k050() -> Case:
    t = TOPICS["E2"]
    dpo = f"{per.E_DPO.name} | {per.E_DPO.mobile.replace(' ', '')} | {per.E_DPO.email}"
    docs = [
        ("DPIA_kredittbeslutning_v2.docx", e_dpia("E2", "nb", e_joint(dpo))),
        (
            "Protokollutdrag_filialledelsen.pdf",
            to_pdf(per.e_minutes("7", t.title, "19. november 2026", "nb")),
        ),
        ("Maria_Lindqvist.vcf", vcf(per.E_DPO)),
    ]
    body = (
        txt("""
        Hei,

        Dette erstatter vår e-post av 20. november: personvernombudets kontaktopplysninger er nå tatt inn i kontakttabellen, og visittkortet hennes er lagt ved. Ellers er dokumentene uendret.

        """)
        + per.e_signature()
    )
    msg = message(
        "k050",
        addr(per.E_COMP),
        "SV: Forhåndsdrøftelse – kredittbeslutninger (oppdatert kontakttabell)",
        when(12, 1, 10, 45),
        body,
        attachments=docs,
        cc=addr(per.E_DPO),
    )
    return msg, Label(
        "nb",
        (
            "swedish_bank_branch",
            "joint_controllers",
            "contact_word_table",
            "table_merged_cells",
            "contact_vcard",
            "phone_foreign",
            "dpo_on_cc",
            "resubmission_complete",
            "dpia_report_docx",
            "part5_minutes_pdf",
            "foreign_owned_subsidiary",
        ),
        "pgp_mime",
        True,
        "used",
        "resubmission of k030 with the DPO named, +46 mobile without spaces, vCard",
    )
