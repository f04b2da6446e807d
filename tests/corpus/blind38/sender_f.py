# ruff: noqa: E501
"""Sender F: Havstad forskningsinstitutt (research institute, bokmål and English).

Habits: Norwegian research adviser writes in bokmål; international project leaders write in English;
documents bundled in ZIP files; research director decides (decision letter or management group
minutes); an internal DPO; some projects run entirely on the institute's own secure platform.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import signed_page
from kit import Label, message, to_docx, to_pdf, to_rtf, to_xlsx, to_zip, txt, when

NB_FROM = "Kari Lunde <kari.lunde@havstad-forskning.no>"
NB_SIG = txt(
    """
    Vennlig hilsen
    Kari Lunde
    Seniorrådgiver forskningsadministrasjon
    Havstad forskningsinstitutt
    Tlf. 77 62 40 18
    kari.lunde@havstad-forskning.no
    """
)
EN_FROM = "Elena Marsh <elena.marsh@havstad-forskning.no>"
EN_SIG = txt(
    """
    Best regards,
    Dr Elena Marsh
    Senior Researcher, Department of Occupational and Public Health
    Havstad Research Institute (Havstad forskningsinstitutt)
    Phone: +47 77 62 40 55
    elena.marsh@havstad-forskning.no
    """
)
DPO_EN = "Data Protection Officer: Ole Martin Sunde, phone +47 77 62 40 02, ole.martin.sunde@havstad-forskning.no"
DPO_NB = (
    "Personvernombud: Ole Martin Sunde, tlf. 77 62 40 02, ole.martin.sunde@havstad-forskning.no"
)

TOPICS = {
    "c011": "shift_worker_sleep_registry",
    "c031": "child_cohort_biobank",
    "c051": "social_media_study_guidance",
    "c012": "adolescent_smartphone_sensing",
    "c032": "gp_records_without_consent",
    "c052": "dementia_speech_biomarkers",
}


C011_DPIA = f"""
# Data Protection Impact Assessment – NightShift: sleep, shift work and health

Havstad Research Institute. Version 1.0, 26 October 2026.

# 1 Contacts

~ Controller contact: Dr Elena Marsh, project leader, +47 77 62 40 55, elena.marsh@havstad-forskning.no
~ {DPO_EN}
~ Processor: WearData GmbH, Berlin – contact Lukas Brandt, Head of Compliance, +49 30 5557 2190, l.brandt@weardata.de

# 2 Description of the processing

NightShift follows 3 000 nurses, industrial workers and police officers who work night shifts, for two years. Participants wear a wrist device recording heart rate, movement and sleep; the data are uploaded via an app to WearData GmbH (processor, servers in Frankfurt) and transferred weekly in pseudonymised form to the institute's secure research platform. The device data are linked to the Norwegian Patient Registry, the Prescription Database and the Cause of Death Registry (diagnoses, prescriptions, sick leave from NAV) and to a questionnaire. Purpose: to understand how night work affects cardiovascular disease, mental health and accidents. Legal basis: Art. 6(1)(e) and Art. 9(2)(j), Personal Data Act § 8 and § 9, Health Research Act; REK approval 2026/41177. Data are kept until 31 December 2036, then anonymised.

# 3 Necessity and proportionality

Earlier studies rely on self-reported sleep, which is known to be biased. Options considered: questionnaires only (cannot measure sleep), devices for a subsample of 300 (too little power for the disease outcomes), registry data only (no exposure data). We collect only the signals needed (no GPS, no microphone), pseudonymise before transfer, and link registries through Statistics Norway's linkage service so that the institute never holds national ID numbers together with device data. Safeguards for participants: written consent in addition to the legal basis (ethical consent), layered information in Norwegian, English and Polish, withdrawal at any time in the app with deletion of device data, access to own data on request, results returned to participants as group results. Employers receive no individual data.

# 4 Risk assessment

The risk register is in the attached Excel file («NightShift_risk_register.xlsx»). In short: the highest risks to participants are (1) that employers or colleagues learn about a participant's health or sleep problems through the study, and (2) re-identification of participants in small workplaces from linked data. Both remain medium after measures. Measures taken and considered but not taken are listed in the register with reasons.

# 5 Approval

The DPIA was approved by the Research Director on 2 November 2026; the decision letter is attached.
"""

C011_RISK = {
    "Risk register": [
        [
            "ID",
            "Risk to participants",
            "Likelihood (1-4)",
            "Impact (1-4)",
            "Inherent",
            "Measures taken",
            "Residual",
            "Measures considered, not taken",
            "Reason",
        ],
        [
            "R1",
            "Employer or colleagues learn about health or sleep problems (workplace recruitment)",
            "3",
            "4",
            "12 high",
            "No individual data to employers; recruitment via union, not HR",
            "6 medium",
            "Recruit outside workplaces",
            "Would lose shift-schedule data and workplace exposure",
        ],
        [
            "R2",
            "Re-identification in small workplaces from linked registry data",
            "3",
            "3",
            "9 high",
            "Linkage via SSB; workplaces under 20 participants aggregated",
            "6 medium",
            "Synthetic data for all analyses",
            "Not precise enough for rare outcomes",
        ],
        [
            "R3",
            "Device data transferred outside EU/EEA by processor",
            "1",
            "4",
            "4 low",
            "Frankfurt hosting; contract bans transfer",
            "2 low",
            "",
            "",
        ],
        [
            "R4",
            "Participants feel pressure to take part from colleagues",
            "2",
            "2",
            "4 low",
            "Recruitment letter stresses voluntariness; no incentives from employer",
            "2 low",
            "",
            "",
        ],
        [
            "R5",
            "Continuous monitoring reveals private life (sleeping elsewhere, alcohol)",
            "3",
            "3",
            "9 high",
            "No GPS; participants can pause recording",
            "6 medium",
            "Record only on work days",
            "Sleep recovery on days off is a core outcome",
        ],
    ],
}

C011_DECISION = """
# Havstad forskningsinstitutt – Decision

To: Dr Elena Marsh. Copy: Data Protection Officer. Date: 2 November 2026. Our ref.: 2026/388.

## NightShift – approval of DPIA and prior consultation

The institute's management group reviewed the NightShift DPIA in its meeting of 2 November 2026. The project leader presented the findings; the participant advisory panel (six shift workers), the Norwegian Nurses Organisation and the DPO's opinion were considered. The panel asked that employers must never receive individual data, which is now a condition.

Decision: The DPIA is approved. Because the residual risk to participants in small workplaces cannot be reduced further without undermining the study, the institute will ask Datatilsynet for prior consultation before data collection starts.

Torunn Bakke, Research Director (signed)
"""


def c011() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Dear Datatilsynet,

        Havstad Research Institute requests prior consultation under Article 36 GDPR for the NightShift study (wearable sleep data linked with national health registries).

        The attached ZIP file contains:
        - NightShift_DPIA_v1.0.docx (contacts for us, our DPO and the processor WearData GmbH in section 1)
        - NightShift_risk_register.xlsx
        - Decision_Research_Director_2026-11-02.pdf
        - NightShift_protocol_summary.pdf

        """
    )
    protocol = "# NightShift – protocol summary\n\nProspective cohort, 3 000 night-shift workers, two years of wearable follow-up with registry linkage. Primary outcomes: cardiovascular events, depression, injuries. REK 2026/41177."
    bundle = to_zip(
        {
            "NightShift_DPIA_v1.0.docx": to_docx(C011_DPIA),
            "NightShift_risk_register.xlsx": to_xlsx(C011_RISK),
            "Decision_Research_Director_2026-11-02.pdf": to_pdf(C011_DECISION),
            "NightShift_protocol_summary.pdf": to_pdf(protocol),
        }
    )
    msg = message(
        "c011",
        EN_FROM,
        "Request for prior consultation – NightShift study (Havstad Research Institute)",
        when(11, 6, 14, 30),
        body + "\n" + EN_SIG,
        attachments=[("NightShift_prior_consultation.zip", bundle)],
        cc="Ole Martin Sunde <ole.martin.sunde@havstad-forskning.no>",
    )
    return msg, Label(
        "en",
        (
            "research",
            "health_data",
            "registry_linkage",
            "employees",
            "zip_bundle",
            "dpia_report_docx",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "phone_foreign",
            "risk_register_xlsx",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_decision_letter_pdf",
        ),
        "none",
        True,
        "used",
        "complete, English, everything in a ZIP: DPIA with contacts incl. German processor, necessity with alternatives and participant safeguards, Excel risk register with residual risk and measures not taken, research director's decision letter with stakeholders",
    )


C031_DOC = """
# DPIA og risikovurdering – Barnekohorten «Vekst i nord»

Havstad forskningsinstitutt. Versjon 1.0, 3. november 2026.

# Systematisk beskrivelse av behandlingen

## Formål
Å studere hvordan kosthold, fysisk aktivitet, miljøgifter og genetikk påvirker vekst, overvekt og psykisk helse hos barn fra 6 til 16 år.

## Utvalg og omfang
4 500 barn i 1. klasse i 30 skoler i tre fylker, samt én forelder per barn. Oppfølging hvert tredje år til 16 års alder.

## Opplysninger
Høyde, vekt, midjemål og blodtrykk målt på skolen; blodprøve og spyttprøve (DNA) lagret i biobank; spørreskjema til foreldre om kosthold, inntekt, utdanning, psykisk helse i familien; spørreskjema til barnet fra 10 år; aktivitetsmåler i én uke; kobling til Medisinsk fødselsregister og Reseptregisteret.

## Gjennomføring og dataflyt
Målinger og prøvetaking gjøres av helsesykepleiere i skoletiden. Prøvene analyseres av Labnord AS (databehandler), som leverer resultater pseudonymisert. Spørreskjema gjennomføres i Nettskjema. Alle data lagres på instituttets sikre forskningsplattform; kodenøkkelen oppbevares av instituttets dataforvalter.

## Rettslig grunnlag og lagring
Samtykke fra foreldre (og barnet fra 12 år). REK-godkjenning er søkt. Data og biobank lagres til 2045.

## Mottakere
Forskere i prosjektgruppen; samarbeidspartnere ved universiteter i Norden kan få pseudonymiserte datasett etter søknad.
"""

C031_DECISION = """
# Havstad forskningsinstitutt – Beslutning

Til: prosjektleder Ingvild Sæle. Kopi: personvernombudet. Dato: 6. november 2026.

## «Vekst i nord» – behandling av DPIA

Instituttets ledergruppe gjennomgikk DPIA-en for barnekohorten i møte 6. november 2026. Prosjektleder presenterte vurderingen; innspill fra barne- og ungdomsrådet i Nordvik kommune og fra Foreldreutvalget for grunnopplæringen (FUG) er vurdert.

Beslutning: Ledergruppen godkjenner DPIA-en. Fordi prosjektet omfatter genetiske data fra barn, ber ledergruppen om at det sendes anmodning om forhåndsdrøftelse til Datatilsynet.

Torunn Bakke, forskningsdirektør
"""


def c031() -> tuple[EmailMessage, Label]:
    body = txt(
        f"""
        Til Datatilsynet

        Havstad forskningsinstitutt ber om forhåndsdrøftelse for barnekohorten «Vekst i nord».

        Vedlagt:
        1. DPIA og risikovurdering (PDF)
        2. Ledergruppens beslutning 6.11.2026

        Kontaktopplysninger:
        Kontaktperson: Kari Lunde, tlf. 77 62 40 18, kari.lunde@havstad-forskning.no
        {DPO_NB}
        Databehandler Labnord AS: Arne Vikan, tlf. 75 40 19 90, arne.vikan@labnord.no

        """
    )
    msg = message(
        "c031",
        NB_FROM,
        "Anmodning om forhåndsdrøftelse – barnekohorten Vekst i nord",
        when(11, 12, 8, 58),
        body + "\n" + NB_SIG,
        attachments=[
            ("DPIA_risikovurdering_Vekst_i_nord.pdf", to_pdf(C031_DOC)),
            ("Beslutning_ledergruppen_2026-11-06.pdf", to_pdf(C031_DECISION)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "research",
            "children",
            "health_data",
            "genetic_data",
            "registry_linkage",
            "dpia_report_pdf",
            "contact_body_lines",
            "processor_contact_in_body",
            "title_says_risk_content_description_only",
            "part5_decision_letter_pdf",
            "looks_complete",
        ),
        "pgp_mime",
        True,
        "used",
        "looks finished: the file and its title say «DPIA og risikovurdering», but the content is only the systematic description (purpose, sample, data, flow, legal basis, recipients); no necessity/proportionality or safeguards and no risk assessment anywhere → parts 3 and 4 missing; contacts in the body and the management group's decision letter present",
        (3, 4),
    )


def c051() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei

        Vi planlegger en studie der vi samler inn offentlige innlegg fra sosiale medier (X, Facebook-grupper, Reddit) om psykisk helse blant unge voksne, og analyserer dem med språkmodeller. Vi vil ikke kontakte personene som har skrevet innleggene.

        Vi er usikre på om dette krever DPIA, og om det i så fall vil utløse krav om forhåndsdrøftelse. Vi ber derfor om et veiledningsmøte med dere i januar, der vi kan presentere prosjektet og diskutere om vi tenker riktig om behandlingsgrunnlag og informasjonsplikt (art. 14 nr. 5 b).

        Vi er klar over at et veiledningsmøte ikke er en forhåndsdrøftelse.

        """
    )
    msg = message(
        "c051",
        NB_FROM,
        "Ønske om veiledningsmøte – studie av sosiale medier",
        when(11, 23, 13, 10),
        body + "\n" + NB_SIG,
    )
    return msg, Label(
        "nb",
        (
            "research",
            "nonrequest_question",
            "asks_guidance_meeting",
            "mentions_prior_consultation",
            "contact_signature",
        ),
        "none",
        False,
        "unspecified",
        "not a request: asks for a guidance meeting (veiledningsmøte) and says so explicitly; only the adviser's signature → all parts missing",
        (1, 2, 3, 4, 5),
    )


C012_DPIA = f"""
# DPIA – MoodSense: passive smartphone sensing and adolescent mental health

Havstad Research Institute, Department of Child and Youth Health. Version 2.0, 30 October 2026.

# 1 Who to contact

~ Project leader (controller's contact): Dr Elena Marsh, +47 77 62 40 55, elena.marsh@havstad-forskning.no
~ {DPO_EN}
~ Processor: Mobisense Oy (Helsinki, Finland) – Aino Virtanen, Privacy Manager, +358 40 718 2290, aino.virtanen@mobisense.fi

# 2 Description

800 adolescents aged 15–18 in treatment at child and adolescent mental health services (BUP) and 800 controls install a research app for six months. The app passively records screen time, app-use categories (not content), number of calls and messages (not content or contacts), step count, and coarse location (1 km grid, three times a day), and asks three mood questions a day. Data go to Mobisense Oy (processor, EU hosting in Finland) and are transferred weekly to the institute. Clinical data (diagnosis, treatment) are collected from BUP records with consent. Purpose: to find whether changes in phone use predict relapse of depression. Legal basis: Art. 6(1)(e), Art. 9(2)(j); Health Research Act; REK 2026/50321. Data kept until 2033.

# 3 Necessity and proportionality

Relapse in adolescent depression is often noticed late. Options weighed: diary studies (high drop-out, recall bias), clinic visits only (too infrequent), full location tracking (rejected; 1 km grid is sufficient). We collect no content, no contacts, no precise location. Adolescents from 16 consent themselves; for 15-year-olds both the adolescent and the parents consent. Participants can pause the app, see their own data in the app, withdraw at any time with deletion, and are told that data are not shared with BUP therapists (to avoid participants feeling watched by their clinic).

# 4 Risk assessment

| Risk to the participant | Likelihood | Severity | Level | Measures taken | Residual |
| Parents or others find out about BUP treatment through the app on the phone | Medium | High | High | Neutral app name and icon, PIN lock, no notifications with text | Medium |
| Participant feels under surveillance; worsens symptoms | Medium | Medium | Medium | Pause button, weekly check-in, withdrawal easy | Low |
| Location grid reveals home, school or a shelter | Low | High | Medium | 1 km grid, no timestamps finer than 8 hours | Low |
| Data show suicidal risk but no one acts (duty of care) | Low | Very high | High | Mood answers screened daily; protocol for contacting BUP with participant's prior consent | Medium |
| Transfer of data by processor outside EU | Low | High | Medium | Contract; EU-only hosting verified | Low |

Considered but not implemented: sharing real-time alerts with the treating therapist (rejected after the youth panel said it would stop participants from answering honestly); removing location entirely (location variety is a main predictor).

Residual risk for disclosure of treatment and for undetected suicidal risk remains medium to high for a vulnerable group; hence this request.
"""

C012_MINUTES = """
# Havstad Research Institute – Management Group

Extract of minutes, meeting 4 November 2026. Present: Torunn Bakke (Research Director, chair), heads of department, Ole Martin Sunde (DPO, item 3 only).

## Item 3 MoodSense – DPIA v2.0

Dr Elena Marsh presented the DPIA and findings. The youth advisory panel (9 members), the BUP clinic leaders and the DPO's written opinion were considered; the panel's advice against real-time alerts to therapists is adopted.

Decision: The management group approves the DPIA. Given the vulnerability of the participants, the institute will request prior consultation with Datatilsynet before recruitment starts.

Minutes approved 5 November 2026, Torunn Bakke.
"""


def c012() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Dear Sir or Madam,

        Please find attached our request for prior consultation (Art. 36 GDPR) for the MoodSense study: DPIA version 2.0 and an extract of the minutes of the institute's management group.

        """
    )
    msg = message(
        "c012",
        EN_FROM,
        "Prior consultation request – MoodSense (adolescent smartphone sensing)",
        when(11, 9, 10, 40),
        body + "\n" + EN_SIG,
        attachments=[
            ("MoodSense_DPIA_v2.0.pdf", to_pdf(C012_DPIA)),
            ("MG_minutes_2026-11-04_item3.pdf", to_pdf(C012_MINUTES)),
        ],
    )
    return msg, Label(
        "en",
        (
            "research",
            "children",
            "health_data",
            "location_tracking",
            "dpia_report_pdf",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_management_minutes_pdf",
            "english_headings",
        ),
        "pgp_mime",
        True,
        "used",
        "complete, English: contacts incl. Finnish processor, alternatives and participant safeguards, risk table with residual and measures not taken, management group minutes with stakeholders and decision",
    )


C032_DOC = f"""
# Vurdering av personvernkonsekvenser – Fastlegestudien om antibiotikabruk hos eldre

Havstad forskningsinstitutt, 13. november 2026

# 1 Kontaktinformasjon

~ Kontaktperson: Kari Lunde, tlf. 77 62 40 18, kari.lunde@havstad-forskning.no
~ {DPO_NB}
~ Databehandler: ingen. All behandling skjer på instituttets egen sikre forskningsplattform, driftet av instituttets IT-avdeling.

# 2 Beskrivelse

Studien henter opplysninger fra journalene hos 60 fastlegekontor om alle pasienter over 70 år som har fått antibiotika i 2020–2025 (anslagsvis 25 000 personer): diagnoser, forskrivninger, laboratoriesvar og notater om infeksjoner. Formålet er å finne ut hvorfor eldre får bredspektret antibiotika oftere enn retningslinjene anbefaler. Uttrekket gjøres av fastlegekontorenes journalleverandør etter dispensasjon fra taushetsplikten fra REK (helseforskningsloven § 35), uten samtykke fra pasientene. Data pseudonymiseres ved uttrekket; kodenøkkel hos fastlegekontoret. Lagres til 2031. Grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav j, personopplysningsloven § 8 og § 9.

# 3 Nødvendighet og proporsjonalitet

Samtykke fra 25 000 eldre, mange med kognitiv svikt og mange døde, er ikke praktisk mulig og ville gi et skjevt utvalg. Reseptregisteret alene gir ikke diagnose eller begrunnelse for forskrivningen. Vi henter bare pasienter over 70 med antibiotikaresept, og bare notater som inneholder infeksjonsord. Garantier: informasjon på instituttets nettside og oppslag på fastlegekontorene; pasienter kan reservere seg før uttrekket (reservasjonsperiode 8 uker); innsyn via instituttet; ingen kontakt med pasientene.

# 4 Risikovurdering

| Risiko for pasienten | Sannsynlighet | Konsekvens | Risiko | Tiltak | Restrisiko |
| Journalnotater inneholder opplysninger langt utover formålet (psykisk helse, rus, familie) | Høy | Høy | Høy | Søkeordfilter, manuell fjerning av irrelevante avsnitt hos journalleverandør | Middels |
| Pasientene vet ikke at journalen brukes, og kan ikke reservere seg i tide | Høy | Middels | Høy | Oppslag, nettside, 8 ukers reservasjon | Middels |
| Reidentifikasjon i små kommuner | Middels | Høy | Høy | Kommune erstattes med region; celler under 5 slettes | Lav |
| Fastlegene opplever at tillitsforholdet svekkes | Middels | Middels | Middels | Dialog med Legeforeningen, informasjon til fastlegene | Lav |

Vurdert, ikke gjennomført: individuelt informasjonsbrev til alle 25 000 (uforholdsmessig kostnad og belastning, art. 14 nr. 5 b); fritekstnotater utelatt helt (da mister studien begrunnelsen for forskrivningen, som er hovedspørsmålet).

# 5 Behandling i ledelsen

DPIA-en ble lagt fram for instituttets ledergruppe til orientering i møte 5. november 2026. Ledergruppen tok saken til orientering.
"""


def c032() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet

        Havstad forskningsinstitutt ber om forhåndsdrøftelse for Fastlegestudien om antibiotikabruk hos eldre. Vi bruker ikke databehandler. DPIA-en er vedlagt og er lagt fram for instituttets ledelse.

        """
    )
    msg = message(
        "c032",
        NB_FROM,
        "Forhåndsdrøftelse – Fastlegestudien (journaldata uten samtykke)",
        when(11, 18, 9, 45),
        body + "\n" + NB_SIG,
        attachments=[("DPIA_Fastlegestudien.docx", to_docx(C032_DOC))],
    )
    return msg, Label(
        "nb",
        (
            "research",
            "health_data",
            "vulnerable_adults",
            "dpia_report_docx",
            "contact_dpia_block",
            "processor_none_stated",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_informed_only",
            "looks_complete",
        ),
        "none",
        True,
        "none",
        "looks finished: the DPIA's last chapter says the management group was only informed («til orientering … tok saken til orientering»); no review or decision → only part 5 missing; no processor, stated in body and DPIA",
        (5,),
    )


C052_RTF = f"""
# Data Protection Impact Assessment – VoiceMark: speech biomarkers for early dementia

Havstad Research Institute. 16 November 2026.

# Contacts

Project leader: Dr Elena Marsh, +47 77 62 40 55, elena.marsh@havstad-forskning.no. {DPO_EN}. No processor is used: recording, transcription and analysis are done on the institute's own secure research platform with open-source software run by the institute.

# What we will do

We will record 20-minute conversations with 400 people aged 60–85 attending memory clinics at two hospitals (with and without a dementia diagnosis) and 200 healthy volunteers, three times over three years. Recordings are analysed for pauses, word-finding difficulties and voice features to develop a screening tool. We also collect diagnosis, cognitive test scores and medication from hospital records. Voice is personal data that may identify the person; combined with diagnosis it is health data. Legal basis: Art. 6(1)(e) and Art. 9(2)(j); Health Research Act; REK 2026/60012; consent from participants, or from next of kin where the participant lacks capacity (Health Research Act § 17). Recordings are kept until 2030, features until 2036.

# Why it is necessary and proportionate

Early dementia is diagnosed late; current tests take a specialist an hour. Speech is easy to collect and may give earlier signs. Alternatives considered: written tests only (do not capture speech), publicly available speech datasets (English only, no diagnosis), text transcripts without audio (lose the voice features that matter most). Safeguards: consent with easy-read information; next of kin involved; participants can stop a recording and have it deleted; access to own recordings; recordings never used for anything but this project; no sharing of raw audio outside the institute.

# Risks to participants

1. Participants with reduced capacity do not understand what they agree to (likelihood medium, impact high → high). Measures: capacity assessment by clinician, next-of-kin involvement, re-consent at each visit. Residual: medium.
2. Voice recordings identify participants if leaked, and reveal dementia status (low, very high → high). Measures: recordings encrypted, stored offline between analyses, access for three researchers. Residual: medium.
3. Participants learn of possible dementia signs from the research and are distressed (medium, medium → medium). Measures: no individual results unless the participant asks; referral pathway via memory clinic. Residual: low.
4. The tool is later used for insurance or employment screening (low, high → medium). Measures: licence terms for any future tool; no commercial partner in this project. Residual: low.
Considered but not implemented: deleting audio immediately after feature extraction (rejected: feature methods will improve during the project and need re-analysis); voice anonymisation (destroys the very features studied).

Residual risk 1 and 2 remain medium for a vulnerable group, which is why we ask for prior consultation.
"""

C052_SIGNED = """Havstad forskningsinstitutt – Ledergruppen

Utdrag av møteprotokoll 19. november 2026

Sak 7/26 VoiceMark – vurdering av personvernkonsekvenser

Prosjektleder Elena Marsh presenterte DPIA-en datert 16.11.2026 og funnene. Brukerrepresentanter fra Nasjonalforeningen for folkehelsen og to pårørende har gitt innspill, særlig om samtykke ved redusert samtykkekompetanse. Personvernombudets uttalelse forelå.

Vedtak: Ledergruppen godkjenner DPIA-en for VoiceMark. Instituttet skal be Datatilsynet om forhåndsdrøftelse før rekruttering starter, fordi restrisikoen for deltakere med redusert samtykkekompetanse er middels.

Tromsø, 19.11.2026"""


def c052() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Dear Datatilsynet,

        Havstad Research Institute requests prior consultation under GDPR Article 36 for the VoiceMark study. Attached are the DPIA (RTF) and a scan of the signed extract of the management group's minutes (in Norwegian).

        """
    )
    msg = message(
        "c052",
        EN_FROM,
        "VoiceMark – request for prior consultation",
        when(11, 25, 16, 3),
        body + "\n" + EN_SIG,
        attachments=[
            ("VoiceMark_DPIA.rtf", to_rtf(C052_RTF)),
            (
                "Ledergruppen_sak7-26_signert.jpg",
                signed_page(C052_SIGNED, ["Torunn Bakke, forskningsdirektør"], seed=52),
            ),
        ],
    )
    return msg, Label(
        "en",
        (
            "research",
            "health_data",
            "vulnerable_adults",
            "audio_recording",
            "rtf",
            "contact_dpia_block",
            "processor_none_stated",
            "risk_numbered_prose",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_signed_page_scan",
            "scan_jpeg",
        ),
        "none",
        True,
        "none",
        "complete, English DPIA as RTF with plain headings; no processor (stated); risks numbered in prose with likelihood/impact/residual and measures not taken; approval only as a photographed signed minute extract in Norwegian (text only as pixels)",
    )
