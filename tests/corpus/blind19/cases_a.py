# ruff: noqa: E501
"""Cases of senders A-E (energy utility, church council, political party, trade union, sports
club): one function per id, returning the message and its label."""

from __future__ import annotations

from email.message import EmailMessage

import kit
import personas as pp
from kit import Label, txt, when
from topics import ALL

Case = tuple[EmailMessage, Label]

OUTLOOK = {"X-Mailer": "Microsoft Outlook 16.0"}
THUNDERBIRD = {"User-Agent": "Mozilla Thunderbird 128.4.2"}


def label(
    lang: str,
    shapes: str,
    enc: str,
    proc: str,
    note: str,
    missing: tuple[int, ...] = (),
    request: bool = True,
) -> Label:
    return Label(lang, tuple(shapes.split()), enc, request, proc, note, missing)


# =================================================================================================
# A  Storelva Energi AS
# =================================================================================================

A_FROM = f"Mona Kvisberg <{pp.A_SENDER.email}>"


def y001() -> Case:
    t = ALL["ams"]
    body = (
        txt(f"""
        Til Datatilsynet

        Storelva Energi AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for
        {t.short} for å avdekke strømtyveri og farlige feil i kundenes anlegg.

        Vedlagt er vurderingen av personvernkonsekvenser slik den er eksportert fra vårt
        GRC-verktøy (Kompass GRC). Eksporten er bygget opp som spørsmål og svar, og inneholder
        kontaktinformasjon (seksjon 1), beskrivelse av behandlingen (seksjon 2), nødvendighet og
        proporsjonalitet (seksjon 3), risikoregister (seksjon 4), interessenter (seksjon 5) og
        ledelsens godkjenning med arbeidsflytlogg (seksjon 6). Nummereringen er verktøyets egen.

        Vi ber om at svar sendes til kontaktpersonen i seksjon 1, med kopi til undertegnede.

        Storelva Energi AS, org.nr. {pp.A_ORGNR}
        {pp.A_ADDR}

        """)
        + pp.a_signature()
    )
    msg = kit.message(
        "y001",
        A_FROM,
        "Anmodning om forhåndsdrøftelse – analyse av AMS-måledata (vår ref. DPIA-2026-0147)",
        when(11, 17, 9, 41),
        body,
        attachments=[
            (
                "DPIA-2026-0147_Analyse_AMS-data_eksport.pdf",
                pp.a_grc_pdf(t, ref="DPIA-2026-0147", exported="16.11.2026 kl. 15:20"),
            )
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "energy_utility grc_export_pdf question_answer_blocks checkbox_answers headings_question risk_register_table part5_checkbox_yes part5_workflow_log",
        "pgp_mime",
        "used",
        "complete; GRC export with Spørsmål/Svar blocks; approval as checkbox [x] Ja + approver, date, decision and workflow log",
    )


def y002() -> Case:
    t = ALL["ams"]
    body = (
        txt(f"""
        Hei,

        Vedlagt følger vår anmodning om forhåndsdrøftelse for {t.short}. Dokumentasjonen er en
        eksport fra Kompass GRC, der DPIA-en er gjennomført og godkjent av ledergruppen.

        Databehandler er Målerdata Norden AS, som drifter innsamlings- og analyseplattformen.

        Vi ser frem til å høre fra dere.

        """)
        + pp.a_signature()
    )
    msg = kit.message(
        "y002",
        A_FROM,
        "Forhåndsdrøftelse – AMS-analyse strømtyveri og jordfeil",
        when(11, 4, 13, 5),
        body,
        attachments=[
            (
                "Kompass_export_DPIA-2026-0147.pdf",
                pp.a_grc_pdf(
                    t,
                    ref="DPIA-2026-0147",
                    processor_contact=False,
                    exported="04.11.2026 kl. 12:48",
                ),
            )
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "energy_utility grc_export_pdf question_answer_blocks checkbox_answers headings_question risk_register_table part5_checkbox_yes part5_workflow_log p1_processor_contact_field_empty",
        "pgp_mime",
        "used",
        "part 1 missing: GRC field 1.8 'Kontaktperson hos databehandler' is «– (feltet er ikke utfylt)»; the mail names only the processor company",
        (1,),
    )


def y021() -> Case:
    t = ALL["voice"]
    body = (
        txt(f"""
        Til Datatilsynet

        Vi ber om forhåndsdrøftelse for innføring av {t.short}. Vedlagt er DPIA-en eksportert fra
        Kompass GRC. Ledelsens behandling av vurderingen går frem av seksjon 6 i eksporten.

        Restrisikoen knyttet til syntetiske stemmer er fortsatt høy, og leverandøren ønsker å starte
        en pilot 1. februar. Vi setter derfor pris på om saken kan prioriteres.

        Kontaktperson for saken er Pål Grindheim, leder for kundesenteret (se seksjon 1).

        """)
        + pp.a_signature()
    )
    msg = kit.message(
        "y021",
        A_FROM,
        "Anmodning om forhåndsdrøftelse: stemmebiometri i kundesenteret (DPIA-2026-0162)",
        when(11, 9, 10, 12),
        body,
        attachments=[
            (
                "DPIA-2026-0162_Stemmebiometri.pdf",
                pp.a_grc_pdf(
                    t, ref="DPIA-2026-0162", approved=False, exported="09.11.2026 kl. 09:58"
                ),
            )
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "energy_utility grc_export_pdf question_answer_blocks checkbox_answers headings_question risk_register_table processor_foreign_phone p5_checkbox_no",
        "none",
        "used",
        "part 5 missing: «Er DPIA godkjent av ledelsen? [ ] Ja [x] Nei», status «Til godkjenning», workflow «venter på godkjenner»; the mail says the management's handling 'går frem av seksjon 6'",
        (5,),
    )


def y041() -> Case:
    t = ALL["voice"]
    body = (
        txt(f"""
        Til Datatilsynet

        Vi viser til vår e-post 9. november om forhåndsdrøftelse for {t.short}. Ledergruppen
        godkjente DPIA-en 2. desember 2026. Vedlagt er ny eksport fra Kompass GRC (versjon 3.0)
        som erstatter den vi sendte, og risikoregisteret som eget Excel-ark.

        Kontaktopplysninger:
        Kontaktperson: {pp.A_CONTACT_VOICE.name}, {pp.A_CONTACT_VOICE.title}, {pp.A_CONTACT_VOICE.phone}, {pp.A_CONTACT_VOICE.email}
        Personvernombud: {pp.A_DPO.name}, {pp.A_DPO.phone}, {pp.A_DPO.email}
        Databehandler: Vocalis Nordic AB v/ Linnea Berg, +46 8 520 144 30, linnea.berg@vocalisnordic.se

        """)
        + pp.a_signature()
    )
    msg = kit.message(
        "y041",
        A_FROM,
        "SV: Anmodning om forhåndsdrøftelse: stemmebiometri i kundesenteret (DPIA-2026-0162) – godkjent versjon",
        when(12, 3, 10, 30),
        body,
        attachments=[
            (
                "DPIA-2026-0162_Stemmebiometri_v3.pdf",
                pp.a_grc_pdf(
                    t,
                    ref="DPIA-2026-0162",
                    approval_date="02.12.2026",
                    exported="03.12.2026 kl. 10:14",
                ),
            ),
            ("DPIA-2026-0162_Risikoregister.xlsx", pp.a_risk_xlsx(t, "DPIA-2026-0162")),
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "energy_utility grc_export_pdf question_answer_blocks checkbox_answers headings_question risk_register_xlsx contact_label_value processor_foreign_phone part5_checkbox_yes part5_workflow_log resubmission_complete",
        "none",
        "used",
        "complete; resubmission after y021 with [x] Ja, approver and date 02.12.2026; risk register also as XLSX",
    )


def y022() -> Case:
    t = ALL["voice"]
    body = (
        txt(f"""
        Hei

        Storelva Energi AS ber om forhåndsdrøftelse for {t.short}. DPIA-en er gjennomført i vårt
        GRC-verktøy og er godkjent av ledergruppen. Vedlagt:

        1. DPIA-eksport fra Kompass GRC (PDF)
        2. Risikoregister eksportert til Excel

        Kort om saken: kunder som samtykker får et stemmeavtrykk som brukes til å identifisere dem
        når de ringer kundesenteret. Leverandøren (Vocalis Nordic AB) lagrer profilene i EU.

        """)
        + pp.a_signature()
    )
    msg = kit.message(
        "y022",
        A_FROM,
        "Forhåndsdrøftelse – stemmebiometri (DPIA-2026-0162)",
        when(12, 7, 14, 2),
        body,
        attachments=[
            (
                "DPIA-2026-0162.pdf",
                pp.a_grc_pdf(
                    t,
                    ref="DPIA-2026-0162",
                    approval_date="02.12.2026",
                    exported="07.12.2026 kl. 13:40",
                ),
            ),
            ("Risikoregister_DPIA-2026-0162.xlsx", pp.a_risk_xlsx(t, "DPIA-2026-0162")),
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "energy_utility grc_export_pdf question_answer_blocks checkbox_answers headings_question risk_register_xlsx processor_foreign_phone part5_checkbox_yes part5_workflow_log",
        "none",
        "used",
        "complete; GRC export plus the risk register as XLSX; Swedish processor +46",
    )


def y042() -> Case:
    body = (
        txt("""
        Til Datatilsynet

        Vi viser til vår anmodning om forhåndsdrøftelse for analyse av AMS-måledata, som dere har
        gitt saksnummer 26/04417.

        Vi har ikke hørt noe siden kvitteringen, og lurer på når vi kan forvente en tilbakemelding.
        Prosjektet har en planlagt oppstart i mars, og styret ønsker en statusoppdatering før
        budsjettbehandlingen. Har dere behov for flere opplysninger fra oss, stiller vi gjerne på
        et møte.

        """)
        + pp.a_signature()
    )
    msg = kit.message(
        "y042",
        A_FROM,
        "Spørsmål om saksbehandlingstid – deres ref. 26/04417",
        when(12, 8, 8, 55),
        body,
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "energy_utility nonrequest_status_inquiry",
        "none",
        "unspecified",
        "not a request: asks about processing time in an existing case",
        request=False,
    )


# =================================================================================================
# B  Breidvik kyrkjelege fellesråd (nynorsk)
# =================================================================================================

B_FROM = f"Arnfinn Strand <{pp.B_CONTACT.email}>"


def y003() -> Case:
    t = ALL["stream"]
    odt = pp.b_odt(
        t,
        necessity="Vurderinga av naudsyn og proporsjonalitet vert skriven av personvernombodet vårt og kjem som eit eige notat. Vi ettersender notatet så snart det ligg føre.",
    )
    body = (
        txt(f"""
        Til Datatilsynet

        Breidvik kyrkjelege fellesråd ber om førehandsdrøfting for {t.short} frå dei fire kyrkjene
        våre. Vedlagt er vurderinga av personvernkonsekvensar (DPIA), skriven i LibreOffice.

        Fellesrådet handsama saka 14. oktober, og utdraget frå møteboka står i dokumentet.

        Ta gjerne kontakt om noko er uklart.

        """)
        + pp.b_signature()
    )
    msg = kit.message(
        "y003",
        B_FROM,
        "Førespurnad om førehandsdrøfting – strøyming frå kyrkjene i Breidvik",
        when(11, 5, 14, 20),
        body,
        attachments=[("DPIA strøyming gudstenester.odt", odt)],
        headers=THUNDERBIRD,
    )
    return msg, label(
        "nn",
        "church_council odt_libreoffice headings_unnumbered contact_label_value dpo_external risk_table part5_protocol_in_document p3_will_follow",
        "none",
        "used",
        "part 3 missing: «kjem som eit eige notat … ettersender»; fellesrådet's protocol extract is in the document (part 5 present)",
        (3,),
    )


def y023() -> Case:
    t = ALL["trus"]
    odt = pp.b_odt(
        t,
        risk="Risikovurderinga er ikkje ferdig. Vi ventar på svar frå Samlingsappen AS om kvar opplysningane vert lagra ved fråkopla bruk på leir, og fullfører vurderinga når svaret ligg føre.",
        approval="Saka skal handsamast i fellesrådet 9. desember 2026.",
    )
    body = (
        txt(f"""
        Hei

        Vi sender no det vi har av DPIA for ny {t.short}, slik at de kan sjå på saka tidleg.
        Oppstart er planlagd til haustsemesteret 2027.

        Dokumentet er vedlagt som ODT. Ver venlege å stadfeste at de har motteke det.

        """)
        + pp.b_signature()
    )
    msg = kit.message(
        "y023",
        B_FROM,
        "DPIA – app for trusopplæring og konfirmantar (førehandsdrøfting)",
        when(11, 12, 9, 3),
        body,
        attachments=[("DPIA_trusopplaering_app.odt", odt)],
        headers=THUNDERBIRD,
    )
    return msg, label(
        "nn",
        "church_council odt_libreoffice headings_unnumbered contact_label_value dpo_external p4_not_done p5_future_meeting",
        "pgp_mime",
        "used",
        "parts 4 and 5 missing: risk assessment «ikkje ferdig», fellesrådet will handle it 9 December",
        (4, 5),
    )


def y043() -> Case:
    t = ALL["trus"]
    body = (
        txt(f"""
        Til Datatilsynet

        Vi viser til e-posten vår 12. november om {t.short}. Risikovurderinga er no ferdig, og
        fellesrådet handsama DPIA-en 9. desember (sak 51/26). Vedlagt er:

        - DPIA, endeleg versjon (ODT)
        - Møtebok frå fellesrådet 9. desember 2026 (ODT)

        Vi ber med dette om førehandsdrøfting.

        """)
        + pp.b_signature()
    )
    msg = kit.message(
        "y043",
        B_FROM,
        "Førehandsdrøfting – app for trusopplæring og konfirmantar, endeleg DPIA",
        when(12, 11, 12, 47),
        body,
        attachments=[
            ("DPIA_trusopplaering_app_endeleg.odt", pp.b_odt(t, sak="51/26", date="09.12.2026")),
            (
                "Møtebok fellesrådet 2026-12-09.odt",
                pp.b_protocol_odt(t, "51/26", "9. desember 2026"),
            ),
        ],
        headers=THUNDERBIRD,
    )
    return msg, label(
        "nn",
        "church_council odt_libreoffice headings_unnumbered contact_label_value dpo_external risk_table part5_protocol_separate resubmission_complete",
        "pgp_mime",
        "used",
        "complete; resubmission after y023 with the finished risk table and a separate ODT protocol",
    )


def y004() -> Case:
    t = ALL["stream"]
    body = txt(f"""
        Til Datatilsynet

        Breidvik kyrkjelege fellesråd planlegg {t.short}. Risikoen er framleis høg etter
        tiltaka, og fellesrådet har vedteke å be om førehandsdrøfting.

        Heile vurderinga, med kontaktpersonar, skildring, vurdering av naudsyn, risiko og utdrag
        frå møteboka, ligg i det vedlagde dokumentet.

        """) + pp.b_signature(pp.B_HEAD)
    msg = kit.message(
        "y004",
        f"Synnøve Hjelmeland <{pp.B_HEAD.email}>",
        "Førehandsdrøfting: strøyming av gudstenester, gravferder og vigslar",
        when(11, 19, 15, 33),
        body,
        attachments=[("Vurdering av personvernkonsekvensar - strøyming.odt", pp.b_odt(t))],
        headers=THUNDERBIRD,
    )
    return msg, label(
        "nn",
        "church_council odt_libreoffice headings_unnumbered contact_label_value dpo_external risk_table part5_protocol_in_document",
        "pgp_mime",
        "used",
        "complete; one ODT with unnumbered nynorsk headings; protocol extract in the document",
    )


def y024() -> Case:
    t = ALL["trus"]
    body = (
        txt(f"""
        Hei

        Vedlagt er DPIA for {t.short} og møteboka frå fellesrådet, som handsama saka 11.
        november. Vi ber om førehandsdrøfting.

        """)
        + pp.b_signature()
    )
    msg = kit.message(
        "y024",
        B_FROM,
        "Førespurnad om førehandsdrøfting – trusopplæringsapp",
        when(11, 20, 8, 16),
        body,
        attachments=[
            (
                "DPIA trusopplæring.odt",
                pp.b_odt(
                    t,
                    approval="Fellesrådet handsama DPIA-en i møte 11.11.2026, sak 44/26. Sjå vedlagt møtebok.",
                ),
            ),
            ("Møtebok 11.11.2026.odt", pp.b_protocol_odt(t, "44/26", "11. november 2026")),
        ],
        headers=THUNDERBIRD,
    )
    return msg, label(
        "nn",
        "church_council odt_libreoffice headings_unnumbered contact_label_value dpo_external risk_table part5_protocol_separate part5_see_attachment_present",
        "none",
        "used",
        "complete; approval section says «Sjå vedlagt møtebok» and the ODT protocol is attached",
    )


def y044() -> Case:
    t = ALL["stream"]
    body = (
        txt(f"""
        Til Datatilsynet

        Vi ber om førehandsdrøfting for {t.short}. Vedlagt er DPIA-en og skildringa av
        handsaminga, som eige dokument.

        """)
        + pp.b_signature()
    )
    msg = kit.message(
        "y044",
        B_FROM,
        "Førehandsdrøfting – strøyming frå kyrkjene",
        when(12, 2, 10, 4),
        body,
        attachments=[
            ("DPIA strøyming.odt", pp.b_odt(t, description="see")),
            ("Skildring av handsaminga.odt", b""),
        ],
        headers=THUNDERBIRD,
    )
    return msg, label(
        "nn",
        "church_council odt_libreoffice headings_unnumbered contact_label_value dpo_external risk_table part5_protocol_in_document zero_byte_description",
        "pgp_mime",
        "used",
        "part 2 missing: the DPIA refers to «Skildring av handsaminga.odt», which is attached with zero bytes",
        (2,),
    )


# =================================================================================================
# C  Fellesskapspartiet
# =================================================================================================

C_FROM = f"Siri Rønneberg <{pp.C_CONTACT.email}>"


def y005() -> Case:
    t = ALL["canvass"]
    body = (
        txt(f"""
        Til Datatilsynet

        Fellesskapspartiet ber om forhåndsdrøftelse for {t.short}, som vi vil ta i bruk før
        valgkampen 2027. Appen registrerer velgernes egne svar om politiske saker og
        stemmeintensjon, og vi har ikke klart å få restrisikoen ned på et akseptabelt nivå.

        Vedlegg (RTF, fra vårt saksbehandlingssystem):
        - DPIA Dørbank v1.1.rtf
        - Protokollutdrag sentralstyret SST 112-26.rtf

        """)
        + pp.c_signature()
    )
    msg = kit.message(
        "y005",
        C_FROM,
        "Anmodning om forhåndsdrøftelse – Dørbank (dør-til-dør-app)",
        when(11, 6, 11, 10),
        body,
        attachments=[
            ("DPIA Dørbank v1.1.rtf", pp.c_rtf(t)),
            ("Protokollutdrag sentralstyret SST 112-26.rtf", pp.c_protocol_rtf(t)),
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "political_party rtf headings_del contact_table dpo_external processor_foreign_phone risk_table part5_protocol_separate",
        "pgp_mime",
        "used",
        "complete; RTF with «Del 1»-«Del 5», UK processor +44, separate RTF protocol extract",
    )


def y025() -> Case:
    body = txt("""
        Hei,

        Vi i Fellesskapspartiet vurderer å ta i bruk en app for dør-til-dør-aksjoner i neste
        valgkamp. Frivillige vil kunne registrere om folk åpnet døren og hva de var opptatt av.

        Vi har ikke gjennomført noen DPIA ennå, og lurer på om dette er noe vi må be om
        forhåndsdrøftelse for, eller om det holder at vi gjør vurderingen selv. Har dere noen
        veiledning for politiske partier om dette?

        Vennlig hilsen
        Siri Rønneberg
        Organisasjonsrådgiver
        Fellesskapspartiet
        22 98 40 17
        """)
    msg = kit.message(
        "y025",
        C_FROM,
        "Spørsmål: må partier be om forhåndsdrøftelse for dør-til-dør-app?",
        when(11, 2, 15, 44),
        body,
    )
    return msg, label(
        "nb",
        "political_party nonrequest_question plain_single_part",
        "inline",
        "unspecified",
        "not a request: asks whether prior consultation is needed; no DPIA done",
        request=False,
    )


def y045() -> Case:
    t = ALL["segment"]
    rtf = pp.c_rtf(
        t,
        del4="Risikovurderingen er ikke gjennomført ennå. Arbeidsutvalget gjennomfører den i januar, og den ettersendes Datatilsynet.",
        del5="DPIA-en legges fram for sentralstyret når risikovurderingen er ferdig.",
        protocol_attached=False,
    )
    body = txt(f"""
        Til Datatilsynet

        Vedlagt er vår vurdering av personvernkonsekvenser for {t.short}. Vi ber om
        forhåndsdrøftelse, og sender dokumentet nå slik at dere kan starte saksbehandlingen.

        """) + pp.c_signature(pp.C_SECGEN)
    msg = kit.message(
        "y045",
        f"Henrik Aasland <{pp.C_SECGEN.email}>",
        "Forhåndsdrøftelse – segmentering av medlemsregisteret",
        when(11, 27, 16, 2),
        body,
        attachments=[("DPIA Segmentering medlemsregister.rtf", rtf)],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "political_party rtf headings_del contact_table dpo_external p4_not_done p5_future_meeting",
        "pgp_mime",
        "used",
        "parts 4 and 5 missing: «Del 4» says the risk assessment is not done and will follow; «Del 5» says it goes to the central board later",
        (4, 5),
    )


def y006() -> Case:
    t = ALL["canvass"]
    rtf = pp.c_rtf(
        t,
        del5="Saken legges fram for sentralstyret på møtet 8. desember 2026. Protokollutdrag ettersendes.",
        protocol_attached=False,
    )
    body = (
        txt(f"""
        Hei

        Vi ber om forhåndsdrøftelse for {t.short}. DPIA-en er vedlagt i RTF-format.

        Sentralstyret behandler saken i desember.

        """)
        + pp.c_signature()
    )
    msg = kit.message(
        "y006",
        C_FROM,
        "Forhåndsdrøftelse Dørbank",
        when(11, 13, 9, 27),
        body,
        attachments=[("DPIA_Dorbank.rtf", rtf)],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "political_party rtf headings_del contact_table dpo_external processor_foreign_phone risk_table p5_future_meeting",
        "none",
        "used",
        "part 5 missing: «Del 5» says the central board will handle it 8 December; protocol «ettersendes»",
        (5,),
    )


def y026() -> Case:
    t = ALL["segment"]
    body = (
        txt(f"""
        Til Datatilsynet

        Fellesskapspartiet ber om forhåndsdrøftelse for {t.short}.

        Vedlagt:
        1. DPIA (RTF)
        2. Vedlegg A – protokollutdrag fra sentralstyret 17. november 2026, sak SST 131/26 (RTF)

        Svar kan sendes til undertegnede eller til personvernombudet vårt, advokat Kaja Lindgaard.

        """)
        + pp.c_signature()
    )
    msg = kit.message(
        "y026",
        C_FROM,
        "Anmodning om forhåndsdrøftelse – segmentering av medlemmer og støttespillere",
        when(11, 25, 13, 15),
        body,
        attachments=[
            ("DPIA segmentering.rtf", pp.c_rtf(t, sak="SST 131/26")),
            (
                "Vedlegg A protokollutdrag SST 131-26.rtf",
                pp.c_protocol_rtf(t, "SST 131/26", "17. november 2026"),
            ),
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "political_party rtf headings_del contact_table dpo_external risk_table part5_protocol_separate",
        "pgp_mime",
        "used",
        "complete; RTF DPIA and RTF protocol extract",
    )


def y046() -> Case:
    t = ALL["canvass"]
    body = (
        txt(f"""
        Hei igjen

        Sentralstyret behandlet DPIA-en for {t.short} på møtet 8. desember (sak SST 140/26).
        Vedlagt er oppdatert DPIA og protokollutdraget. Dette kompletterer vår anmodning om
        forhåndsdrøftelse av 13. november.

        """)
        + pp.c_signature()
    )
    msg = kit.message(
        "y046",
        C_FROM,
        "SV: Forhåndsdrøftelse Dørbank – protokoll fra sentralstyret",
        when(12, 10, 10, 41),
        body,
        attachments=[
            ("DPIA_Dorbank_v1.2.rtf", pp.c_rtf(t, sak="SST 140/26")),
            (
                "Protokollutdrag SST 140-26.rtf",
                pp.c_protocol_rtf(t, "SST 140/26", "8. desember 2026"),
            ),
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "political_party rtf headings_del contact_table dpo_external processor_foreign_phone risk_table part5_protocol_separate resubmission_complete",
        "none",
        "used",
        "complete; resubmission after y006 with the central board's protocol",
    )


# =================================================================================================
# D  Bygg- og Banearbeiderforbundet
# =================================================================================================

D_FROM = f"Turid Haugerud <{pp.D_CONTACT.email}>"
D_ATT_FULL = ("Vedlegg 1: Protokoll fra forbundsstyret 22.10.2026 (sak FS 88/26)",)


def y007() -> Case:
    t = ALL["hours"]
    body = (
        txt(f"""
        Til Datatilsynet

        Bygg- og Banearbeiderforbundet ber om forhåndsdrøftelse for {t.short}. Vi har fylt ut
        forbundets skjema P-07, som er sammendraget av DPIA-en, og legger ved protokollen fra
        forbundsstyret som vedlegg 1.

        """)
        + pp.d_signature()
    )
    msg = kit.message(
        "y007",
        D_FROM,
        "Anmodning om forhåndsdrøftelse – «Riktig lønn»-appen",
        when(11, 3, 12, 30),
        body,
        attachments=[
            ("Skjema P-07 Riktig lønn.docx", pp.d_form_docx(t, attachments=D_ATT_FULL)),
            ("Vedlegg 1 Protokoll FS 22.10.2026.pdf", pp.d_protocol_pdf(t)),
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "trade_union form_docx_two_column headings_numbered contact_form_rows risk_two_column part5_form_rows part5_protocol_separate",
        "none",
        "used",
        "complete; form DOCX with a two-column table per section; protocol PDF as vedlegg 1",
    )


D_BALLOT_ATT = (
    "Vedlegg 1: Protokoll fra forbundsstyret 22.10.2026 (sak FS 88/26)",
    "Vedlegg 2: Databehandleravtale med Valgsystemer Norden AS (utdrag)",
    "Vedlegg 3: Beskrivelse av løsningen for digital uravstemning",
    "Vedlegg 4: Risikomatrise",
)


def y027() -> Case:
    t = ALL["ballot"]
    form = pp.d_form_docx(
        t, description="Se vedlegg 3", risk="Se vedlegg 4 (risikomatrise)", attachments=D_BALLOT_ATT
    )
    body = (
        txt(f"""
        Til Datatilsynet

        Vedlagt følger skjema P-07 med vedlegg for {t.short}. Vi ber om forhåndsdrøftelse.

        Vedlegg:
        - Skjema P-07
        - Vedlegg 1 Protokoll forbundsstyret
        - Vedlegg 2 Databehandleravtale (utdrag)
        - Vedlegg 4 Risikomatrise

        """)
        + pp.d_signature()
    )
    msg = kit.message(
        "y027",
        D_FROM,
        "Forhåndsdrøftelse – digital uravstemning",
        when(11, 10, 14, 8),
        body,
        attachments=[
            ("Skjema P-07 Uravstemning.docx", form),
            ("Vedlegg 1 Protokoll FS 88-26.pdf", pp.d_protocol_pdf(t)),
            ("Vedlegg 2 Databehandleravtale utdrag.pdf", pp.d_dpa_pdf(t)),
            ("Vedlegg 4 Risikomatrise.xlsx", pp.d_risk_xlsx(t)),
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "trade_union form_docx_two_column headings_numbered contact_form_rows risk_register_xlsx part5_form_rows part5_protocol_separate p2_see_attachment_absent",
        "pgp_mime",
        "used",
        "part 2 missing: section 2 of the form reads only «Se vedlegg 3» and vedlegg 3 is not attached (1, 2 and 4 are); risk is in vedlegg 4, which is attached",
        (2,),
    )


def y047() -> Case:
    t = ALL["ballot"]
    form = pp.d_form_docx(
        t, description="Se vedlegg 3", risk="Se vedlegg 4 (risikomatrise)", attachments=D_BALLOT_ATT
    )
    body = (
        txt(f"""
        Hei

        Vi oversender på nytt hele pakken for {t.short}, nå også med vedlegg 3 (beskrivelse av
        løsningen). Skjema P-07 og vedlegg 1-4 følger vedlagt.

        """)
        + pp.d_signature()
    )
    msg = kit.message(
        "y047",
        D_FROM,
        "SV: Forhåndsdrøftelse – digital uravstemning (komplett)",
        when(11, 18, 8, 50),
        body,
        attachments=[
            ("Skjema P-07 Uravstemning.docx", form),
            ("Vedlegg 1 Protokoll FS 88-26.pdf", pp.d_protocol_pdf(t)),
            ("Vedlegg 2 Databehandleravtale utdrag.pdf", pp.d_dpa_pdf(t)),
            ("Vedlegg 3 Beskrivelse av løsningen.docx", pp.d_description_docx(t)),
            ("Vedlegg 4 Risikomatrise.xlsx", pp.d_risk_xlsx(t)),
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "trade_union form_docx_two_column headings_numbered contact_form_rows risk_register_xlsx part5_form_rows part5_protocol_separate p2_see_attachment_present resubmission_complete",
        "none",
        "used",
        "complete; resubmission after y027: «Se vedlegg 3» and vedlegg 3 is now attached",
    )


def y008() -> Case:
    t = ALL["ballot"]
    body = (
        txt(f"""
        Til Datatilsynet

        Forbundet ber om forhåndsdrøftelse for {t.short} med BankID. Vedlagt er utfylt skjema
        P-07 og protokollen fra forbundsstyret.

        """)
        + pp.d_signature()
    )
    msg = kit.message(
        "y008",
        D_FROM,
        "Anmodning om forhåndsdrøftelse: digital uravstemning",
        when(11, 26, 11, 2),
        body,
        attachments=[
            ("P-07_uravstemning_utfylt.docx", pp.d_form_docx(t, attachments=D_ATT_FULL)),
            ("Protokoll_FS_2026-10-22.pdf", pp.d_protocol_pdf(t)),
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "trade_union form_docx_two_column headings_numbered contact_form_rows risk_two_column part5_form_rows part5_protocol_separate",
        "pgp_mime",
        "used",
        "complete; form DOCX, every section a two-column table",
    )


def y028() -> Case:
    body = (
        txt("""
        Til Datatilsynet

        Bygg- og Banearbeiderforbundet ønsker å gjøre dere oppmerksom på forhold hos
        Stein & Grunn Entreprenør AS. Flere av våre medlemmer forteller at arbeidsgiveren har
        installert en app på arbeidstelefonene som sporer posisjonen deres hele døgnet, også i
        helger, og at posisjonsdata er brukt i en sak om oppsigelse.

        Vi er usikre på om arbeidsgiveren har gjort noen vurdering av personvernkonsekvenser, og
        ber Datatilsynet vurdere å se nærmere på saken. Medlemmene ønsker ikke å stå fram med navn
        nå, men vi formidler gjerne kontakt.

        """)
        + pp.d_signature()
    )
    msg = kit.message(
        "y028",
        D_FROM,
        "Tips om posisjonssporing av anleggsarbeidere",
        when(11, 16, 13, 37),
        body,
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "trade_union nonrequest_tip_complaint",
        "none",
        "unspecified",
        "not a request: a tip about another employer's tracking",
        request=False,
    )


def y048() -> Case:
    t = ALL["hours"]
    body = (
        txt(f"""
        Til Datatilsynet

        Vedlagt er skjema P-07 for {t.short}, med protokoll fra forbundsstyret. Vi ber om
        forhåndsdrøftelse.

        """)
        + pp.d_signature()
    )
    msg = kit.message(
        "y048",
        D_FROM,
        "Forhåndsdrøftelse – appen Riktig lønn",
        when(12, 1, 9, 12),
        body,
        attachments=[
            (
                "Skjema P-07 Riktig lonn.docx",
                pp.d_form_docx(t, necessity=pp.D_PLACEHOLDER, attachments=D_ATT_FULL),
            ),
            ("Vedlegg 1 Protokoll.pdf", pp.d_protocol_pdf(t)),
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "trade_union form_docx_two_column headings_numbered contact_form_rows risk_two_column part5_form_rows part5_protocol_separate p3_word_placeholder",
        "pgp_mime",
        "used",
        "part 3 missing: every field in section 3 holds Word's placeholder «Klikk eller trykk her for å skrive inn tekst.»",
        (3,),
    )


# =================================================================================================
# E  IL Bratteberg (nynorsk)
# =================================================================================================

E_FROM = f"Eirik Skeide <{pp.E_CONTACT.email}>"


def y009() -> Case:
    t = ALL["gps"]
    body = (
        txt(f"""
        Hei Datatilsynet

        IL Bratteberg vil ta i bruk {t.short} (13-19 år). Vi har laga ein DPIA, og sidan risikoen
        framleis er høg etter tiltaka, ber vi om førehandsdrøfting.

        DPIA-en er skriven i Markdown (vedlagt som .md-fil, kan opnast i alle tekstprogram).
        Styreprotokollen står sitert i del 5.

        """)
        + pp.e_signature()
    )
    msg = kit.message(
        "y009",
        E_FROM,
        "Førehandsdrøfting – GPS-vestar for juniorane i IL Bratteberg",
        when(11, 7, 21, 14),
        body,
        attachments=[("DPIA-gps-vestar.md", pp.e_markdown(t).encode())],
        headers=THUNDERBIRD,
    )
    return msg, label(
        "nn",
        "sports_club markdown_attachment headings_numbered contact_markdown_table processor_foreign_phone risk_markdown_table part5_protocol_quoted",
        "pgp_mime",
        "used",
        "complete; Markdown attachment with numbered sections; Finnish processor +358; board protocol quoted in section 5",
    )


def y029() -> Case:
    t = ALL["face"]
    md = pp.e_markdown(t, sec3="TODO: Kjetil skriv denne delen før vi sender inn.", version="0.9")
    body = (
        txt(f"""
        Hei

        Her er DPIA-en vår for {t.short}. Vi ber om førehandsdrøfting. Fila er Markdown.

        """)
        + pp.e_signature()
    )
    msg = kit.message(
        "y029",
        E_FROM,
        "DPIA ansiktsgjenkjenning Brattebergshallen",
        when(11, 21, 22, 40),
        body,
        attachments=[("dpia-ansiktsgjenkjenning.md", md.encode())],
        headers=THUNDERBIRD,
    )
    return msg, label(
        "nn",
        "sports_club markdown_attachment headings_numbered contact_markdown_table risk_markdown_table part5_protocol_quoted p3_todo_placeholder",
        "none",
        "used",
        "part 3 missing: section 3 holds only «TODO: Kjetil skriv denne delen før vi sender inn.»",
        (3,),
    )


def y049() -> Case:
    body = (
        txt("""
        Hei

        Vi må melde eit avvik. Måndag 16. november sende ein trenar ei Excel-liste over spelarane
        på J16-laget, med namn, foreldre, telefonnummer og merknader om allergiar og astma, til
        heile e-postlista for lagsforeldra i ein annan klubb ved ein feil. Han bad mottakarane
        om å slette lista same kveld, og fleire har stadfesta det.

        Vi har informert foreldra til spelarane. Kva meir må vi gjere? Må vi fylle ut eit skjema?

        """)
        + pp.e_signature()
    )
    msg = kit.message(
        "y049",
        f"Randi Vik <{pp.E_MANAGER.email}>",
        "Avvik – spelarliste sendt til feil mottakarar",
        when(11, 18, 7, 58),
        body,
    )
    return msg, label(
        "nn",
        "sports_club nonrequest_breach_notification",
        "none",
        "unspecified",
        "not a request: breach report by e-mail",
        request=False,
    )


def y010() -> Case:
    t = ALL["gps"]
    md = pp.e_markdown(
        t,
        sec5="Styret har ikkje handsama DPIA-en enno. Vi tek han opp på styremøtet 2. desember, og sender protokollen etterpå.",
        version="1.1",
    )
    body = (
        "Hei\n\nVi ber om førehandsdrøfting. DPIA-en er limt inn under (Markdown).\n\n"
        + md
        + "\n"
        + pp.e_signature()
    )
    msg = kit.message(
        "y010",
        E_FROM,
        "Førehandsdrøfting: GPS-vestar med pulsmåling (juniorar)",
        when(11, 14, 20, 5),
        body,
    )
    return msg, label(
        "nn",
        "sports_club markdown_in_body headings_numbered contact_markdown_table processor_foreign_phone risk_markdown_table plain_single_part p5_future_meeting",
        "inline",
        "used",
        "part 5 missing: «Styret har ikkje handsama DPIA-en enno», will be taken up 2 December",
        (5,),
    )


def y030() -> Case:
    t = ALL["face"]
    md = pp.e_markdown(t, version="1.0")
    body = (
        "Hei Datatilsynet\n\nIL Bratteberg ber om førehandsdrøfting for ansiktsgjenkjenning på treningssenteret. Heile DPIA-en står under.\n\n"
        + md
        + "\n"
        + pp.e_signature()
    )
    msg = kit.message(
        "y030",
        E_FROM,
        "Førehandsdrøfting – ansiktsgjenkjenning ved inngangen til treningssenteret",
        when(11, 28, 19, 31),
        body,
    )
    return msg, label(
        "nn",
        "sports_club markdown_in_body headings_numbered contact_markdown_table risk_markdown_table plain_single_part part5_protocol_quoted",
        "inline",
        "used",
        "complete; Markdown pasted in a plain body; board protocol quoted",
    )


def y050() -> Case:
    t = ALL["gps"]
    md = pp.e_markdown(
        t,
        sec5=f"{t.findings}\n\nStyret handsama DPIA-en 2. desember 2026 (sak 47/2026). Sjå vedlagt protokoll (styreprotokoll-2026-12-02.txt).",
        version="1.3",
    )
    protocol = txt("""
        IL BRATTEBERG - PROTOKOLL FRÅ STYREMØTE 2. DESEMBER 2026
        Stad: Klubbhuset. Til stades: Oddbjørn Hareide (leiar), Mari Brautaset (nestleiar),
        Eirik Skeide, Synne Fet, Jon Arne Øye. Dagleg leiar Randi Vik skreiv protokoll.

        Sak 47/2026 DPIA - GPS-vestar med pulsmåling for juniorlaga
        Eirik Skeide la fram DPIA-en, samandrag av funna og innspel frå foreldrekontaktane,
        spelarrådet og klubbfysioterapeuten.
        Vedtak: Styret har gått gjennom DPIA-en og innspela og godkjenner DPIA-en. Klubben skal
        gjennomføre tiltaket med dei tiltaka som er skildra, og be Datatilsynet om
        førehandsdrøfting sidan restrisikoen er høg.
        Samrøystes.

        Protokollen er godkjend og signert av Oddbjørn Hareide og Mari Brautaset.
        """)
    body = (
        txt("""
        Hei igjen

        Styret har no handsama DPIA-en for GPS-vestane. Vedlagt er oppdatert DPIA (Markdown) og
        protokollen frå styremøtet.

        """)
        + pp.e_signature()
    )
    msg = kit.message(
        "y050",
        E_FROM,
        "Sv: Førehandsdrøfting: GPS-vestar med pulsmåling (juniorar)",
        when(12, 4, 18, 12),
        body,
        attachments=[
            ("DPIA-gps-vestar-v1.3.md", md.encode()),
            ("styreprotokoll-2026-12-02.txt", protocol.encode()),
        ],
        headers=THUNDERBIRD,
    )
    return msg, label(
        "nn",
        "sports_club markdown_attachment headings_numbered contact_markdown_table processor_foreign_phone risk_markdown_table part5_protocol_text_file resubmission_complete",
        "pgp_mime",
        "used",
        "complete; resubmission after y010 with the board protocol as a .txt attachment",
    )
