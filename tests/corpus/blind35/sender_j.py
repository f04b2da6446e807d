# ruff: noqa: E501
"""Sender J: Kvist Labs AS (start-up, nine people, Oslo), mostly English, once bokmål.

Habits: the CEO and co-founder writes; the team works in English (the CTO is Portuguese), the DPIA
is a short product-style document with plain headings («What Kvist does», «What could go wrong»),
once a pitch-like slide deck; board decisions by written resolution (e-mail vote) or short board
minutes. No DPO at first; an external DPO from a privacy consultancy is appointed in December.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import photo_pdf, signed_page, to_slides
from kit import Label, html_from_text, message, to_docx, to_pdf, txt, vcard, when

TOPICS = {
    "c019": "AI support chatbot for teenagers' mental health",
    "c039": "AI support chatbot for teenagers' mental health",
    "c059": "bruk av samtalelogger til å trene språkmodellen",
    "c020": "alert to guardian or school nurse on acute risk",
    "c040": "LLM-generated replies via a cloud AI service",
    "c060": "school version with Feide login and counsellor dashboard",
}

FROM_MATHILDE = "Mathilde Eng <mathilde@kvistlabs.no>"
SIG = txt("""
    Best,
    Mathilde Eng
    CEO & co-founder, Kvist Labs AS
    +47 941 22 608 | mathilde@kvistlabs.no
    Kvist Labs AS, Tordenskiolds gate 9, 0160 Oslo
    """)
DPO_LINE = "Our Data Protection Officer is Ane Marie Tveter, Clearpath Privacy AS, +47 22 31 05 60, ane.tveter@clearpathprivacy.no."
HOSTING = "Fjellsky AS (hosting, Norway) – contact Jørn Holm, customer manager, +47 21 09 33 50, jorn.holm@fjellsky.no"


# --- J19 / J39: the chatbot --------------------------------------------------------------------

CHAT_DPIA = """
# Kvist – Data Protection Impact Assessment

Kvist Labs AS. Version {ver}.

# Who we are and who to contact

Kvist Labs AS (org. no. 931 440 227) is the controller.

{contacts}

# What Kvist does

Kvist is a chat app for young people aged 13–19 who feel down, anxious or lonely. The user chats with «Kvist», a chatbot that uses techniques from cognitive behavioural therapy (CBT) in short exercises. The chatbot is rule-based with a small language model that classifies the user's messages into topics and mood; it does not generate free text. If a message indicates self-harm or suicidal thoughts, the app shows help lines (Kirkens SOS, Mental Helse, 113) and offers to connect to a volunteer at a partner organisation by chat.

Users sign up with an e-mail or phone number and year of birth. Under 16s need a parent to approve by BankID. We expect 20 000 users in the first year.

# What data we process

Account data (e-mail/phone, year of birth, parent's name and BankID confirmation for under 16s); the full chat history; mood ratings; topic and risk classification per message; usage data (time, length of sessions). Chats often contain health data, information about family, school, sexuality and sometimes about other people.

# Where the data goes

Data are stored at Fjellsky AS (processor, data centre in Oslo). The classification model runs on the same servers. No data go to third parties for advertising. If the user chooses to talk to a volunteer, the volunteer sees the chat from that point on (the partner organisation is a separate controller for their conversation). Chats are deleted after 12 months of inactivity or when the user deletes the account (immediate).

# Why we think it is necessary and proportionate

Legal basis: Art. 6(1)(b) (the service the user signs up for) and Art. 9(2)(a) explicit consent for processing of health data, with parental approval under 16. Waiting lists for child and adolescent mental health services are long, and many young people do not want to talk to an adult first. A chat app meets them where they are. We collect as little as we can: no name, no location, no contacts. Users can delete single messages and the whole history at any time. The app explains in plain language, with a short video, what Kvist is and is not (not a therapist, not an emergency service). Users can download their data. We do not use chats for training models (see separate assessment if this changes).

# What could go wrong for the users

| Risk | How likely | How bad | What we do | After measures |
| The chatbot misses a crisis message and the user does not get help | Medium | Very severe | Classification tested on 5 000 annotated messages, low threshold, help lines always visible | High |
| Parents or others read the chats on the user's phone | Medium | High | PIN lock, no notifications with content | Medium |
| Breach of the chat database | Low | Very severe | Encryption at rest, access for two named engineers, logging, external pen-test | Medium |
| Users under 13 lie about their age | High | Medium | Age-appropriate content anyway, no age verification | Medium |
| Users rely on Kvist instead of seeking professional help | Medium | High | Regular nudges towards school nurse / GP, no therapy claims | Medium |

Considered but not done: storing chats only on the phone (we need the history server-side to run the classification and to support the user on new devices); age verification by BankID for all (excludes many teens who do not have BankID, and collects more data).

Residual risk: the risk of missing a crisis message remains high. We cannot eliminate it and therefore ask for prior consultation.

# Who we asked

Youth panel (10 teenagers), a psychologist from the university clinic, Mental Helse Ungdom, our investors' board representative.

# Sign-off

The board of Kvist Labs AS approved this DPIA on {board_date}, see the board resolution.
"""

CHAT_CONTACTS_1 = f"""~ Contact person: Mathilde Eng, CEO, +47 941 22 608, mathilde@kvistlabs.no
~ Technical contact: Rui Carvalho, CTO, +47 466 81 230, rui@kvistlabs.no
~ Data Protection Officer: not appointed yet – we are in the process of engaging an external DPO and expect to have one in place in December.
~ Processor: {HOSTING}"""

CHAT_CONTACTS_2 = f"""~ Contact person: Mathilde Eng, CEO, +47 941 22 608, mathilde@kvistlabs.no
~ Technical contact: Rui Carvalho, CTO, +47 466 81 230, rui@kvistlabs.no
~ Data Protection Officer: Ane Marie Tveter, Clearpath Privacy AS (external DPO from 1 December 2026), +47 22 31 05 60, ane.tveter@clearpathprivacy.no
~ Processor: {HOSTING}"""

CHAT_BOARD = """KVIST LABS AS – BOARD RESOLUTION

Date: 28 October 2026. Board meeting held by video.
Present: Henrik Solvang (chair), Mathilde Eng, Lena Fossum, Rui Carvalho (observer)

Item 3: DPIA for the Kvist chat app
The CEO presented the DPIA, the results of the classification test and the input from the youth panel and Mental Helse Ungdom. The board discussed whether launch could be limited to users over 16.

Resolution: The board approves the DPIA for the Kvist chat app and asks the CEO to request prior consultation with Datatilsynet. Launch for users under 16 will wait until the consultation is concluded.
"""


def c019() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Datatilsynet,

        Kvist Labs AS is a small start-up building a chat app that supports teenagers with their mental health. We have done a DPIA and we believe the risk of missing a young person in crisis remains high, so we would like to request a prior consultation.

        Attached are the DPIA and the board resolution. We are sorry that we write in English – our CTO does not read Norwegian yet, and we wanted everyone in the team to be able to work on the document.

        """)
        + "\n"
        + SIG
    )
    msg = message(
        "c019",
        FROM_MATHILDE,
        "Prior consultation request - Kvist chat app",
        when(11, 5, 16, 30),
        body,
        attachments=[
            (
                "Kvist_DPIA_v1.0.pdf",
                to_pdf(
                    CHAT_DPIA.format(
                        ver="1.0, 21 October 2026",
                        contacts=CHAT_CONTACTS_1,
                        board_date="28 October 2026",
                    ),
                    "Kvist DPIA",
                ),
            ),
            (
                "Board_resolution_2026-10-28.pdf",
                photo_pdf(
                    [signed_page(CHAT_BOARD, ["Henrik Solvang", "Mathilde Eng", "Lena Fossum"], 19)]
                ),
            ),
        ],
    )
    return msg, Label(
        "en",
        (
            "tech_startup",
            "children",
            "dpia_report_pdf",
            "headings_plain_english",
            "contact_dpia_block",
            "processor_contact_in_description",
            "risk_likelihood_consequence",
            "part5_signed_page_scan",
            "p1_no_dpo",
            "health_data",
        ),
        "none",
        True,
        "used",
        "start-up without a DPO yet («in the process of engaging an external DPO»); everything else complete",
        missing=(1,),
    )


def c039() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Datatilsynet,

        Following up on our request of 5 November about the Kvist chat app: we have now appointed an external Data Protection Officer, Ane Marie Tveter at Clearpath Privacy AS (+47 22 31 05 60, ane.tveter@clearpathprivacy.no), and updated the DPIA accordingly (version 1.1; the only change is the contact section).

        To make it easy, we send the full request again: the DPIA v1.1 and the board resolution of 28 October, which still applies.

        """)
        + "\n"
        + SIG
    )
    msg = message(
        "c039",
        FROM_MATHILDE,
        "RE: Prior consultation request - Kvist chat app (DPO appointed)",
        when(12, 3, 10, 2),
        body,
        cc="Ane Marie Tveter <ane.tveter@clearpathprivacy.no>",
        attachments=[
            (
                "Kvist_DPIA_v1.1.pdf",
                to_pdf(
                    CHAT_DPIA.format(
                        ver="1.1, 1 December 2026",
                        contacts=CHAT_CONTACTS_2,
                        board_date="28 October 2026",
                    ),
                    "Kvist DPIA",
                ),
            ),
            (
                "Board_resolution_2026-10-28.pdf",
                photo_pdf(
                    [signed_page(CHAT_BOARD, ["Henrik Solvang", "Mathilde Eng", "Lena Fossum"], 19)]
                ),
            ),
        ],
    )
    return msg, Label(
        "en",
        (
            "tech_startup",
            "children",
            "resubmission_complete",
            "dpia_report_pdf",
            "headings_plain_english",
            "contact_dpia_block",
            "contact_dpo_body_line",
            "processor_contact_in_description",
            "risk_likelihood_consequence",
            "part5_signed_page_scan",
            "dpo_external_consultancy",
            "health_data",
        ),
        "pgp_mime",
        True,
        "used",
        "resubmission of J019's request after appointing an external DPO; everything sent again",
    )


def c059() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei

        Kvist Labs AS ber om forhåndsdrøftelse for en ny behandling: bruk av samtalelogger fra Kvist-appen til å trene og forbedre klassifiseringsmodellen vår. Denne gangen skriver jeg på norsk og legger alt i e-posten.

        Hva vi vil gjøre
        I dag brukes ikke samtalene til trening; modellen er trent på 5 000 meldinger som ble skrevet av frivillige og annotert av psykologer. Vi ser at modellen bommer på ungdomsspråk og dialekt, og vil derfor bruke ekte samtaler fra brukere som samtykker. Samtaler fra brukere som sier ja, pseudonymiseres (navn, steder, skoler, telefonnummer fjernes automatisk og kontrolleres manuelt), og et utvalg (ca. 20 000 meldinger i året) annoteres av to psykologer vi har kontrakt med. Annoterte meldinger brukes til å trene modellen på nytt hver tredje måned. Treningsdataene lagres hos Fjellsky AS (databehandler, Oslo, kontakt Jørn Holm, 21 09 33 50, jorn.holm@fjellsky.no) i 3 år. Psykologene jobber i vårt eget system og er ansatt på timebasis hos oss, så de er ikke databehandlere. Brukerne er 13–19 år, og meldingene inneholder ofte helseopplysninger og opplysninger om andre.

        Hvorfor det er nødvendig og forholdsmessig
        Det viktigste vi kan gjøre for brukernes sikkerhet er at modellen fanger opp krisemeldinger. Syntetiske og frivillige meldinger er ikke nok; treffsikkerheten på ungdomsspråk er 12 prosentpoeng lavere enn på testsettet. Grunnlaget er eget uttrykkelig samtykke (art. 9 nr. 2 a), separat fra samtykket til selve tjenesten, og med foresattes godkjenning under 16 år. Å si nei har ingen betydning for tjenesten. Samtykket kan trekkes i appen, og da slettes meldinger som ennå ikke er brukt i trening. Vi har vurdert å bare bruke meldinger fra brukere over 16, men det er de yngste modellen bommer mest på. Vi har vurdert fullt anonymiserte data, men fritekst om egen situasjon kan ikke anonymiseres helt. Brukerne får informasjon med eksempler på hva en pseudonymisert melding ser ut som.

        Risiko for brukerne
        1. Reidentifisering av en bruker fra detaljer i meldingen (middels sannsynlig, svært alvorlig). Tiltak: automatisk og manuell pseudonymisering, psykologene har taushetsplikt, ingen tilgang til kontodata. Restrisiko høy.
        2. Samtykket er ikke reelt for 13–15-åringer (middels, alvorlig). Tiltak: forklaring med video, foreldregodkjenning, påminnelse hvert halvår. Restrisiko middels.
        3. Modellen «husker» og gjengir tekst fra treningsdata (lav, alvorlig). Tiltak: modellen er en klassifiserer som ikke genererer tekst. Restrisiko lav.
        4. Opplysninger om tredjepersoner (venner, familie) brukes uten at de vet det (høy, middels). Tiltak: navn fjernes. Restrisiko middels.
        Vi har vurdert, men ikke gjort: å la brukeren se og godkjenne hver melding før den brukes (for tungvint, få ville gjort det) og å trene modellen på telefonen (føderert læring – for dyrt og umodent for oss nå).

        Godkjenning
        DPIA-en er gjennomgått med personvernombudet vårt, men styret har ikke behandlet den ennå. Den står på sakslisten til styremøtet 21. januar. Vi sender nå for å komme i køen, og sender styrevedtaket når det foreligger.

        Kontaktperson er meg. Personvernombud er Ane Marie Tveter, Clearpath Privacy AS, tlf. 22 31 05 60, ane.tveter@clearpathprivacy.no.

        Hilsen
        Mathilde Eng
        Daglig leder, Kvist Labs AS
        941 22 608 | mathilde@kvistlabs.no
        """)
    msg = message(
        "c059",
        FROM_MATHILDE,
        "Forhåndsdrøftelse - bruk av samtaler til trening av modell",
        when(12, 15, 18, 20),
        body,
    )
    return msg, Label(
        "nb",
        (
            "tech_startup",
            "children",
            "all_in_body",
            "headings_own",
            "contact_signature",
            "contact_dpo_body_line",
            "processor_contact_in_description",
            "risk_numbered_prose",
            "part5_future_meeting",
            "part5_will_follow",
            "health_data",
        ),
        "inline",
        True,
        "used",
        "all in a plain Norwegian body; the board has not handled the DPIA, it is on the agenda for 21 January",
        missing=(5,),
    )


# --- J20: guardian alert ------------------------------------------------------------------------

ALERT_DPIA = f"""
# Kvist «Safety Net» – Data Protection Impact Assessment

Kvist Labs AS. Version 1.0, 24 November 2026.

# Who to contact

~ Contact person: Mathilde Eng, CEO, +47 941 22 608, mathilde@kvistlabs.no
~ Data Protection Officer: Ane Marie Tveter, Clearpath Privacy AS, +47 22 31 05 60, ane.tveter@clearpathprivacy.no
~ Processor: {HOSTING}
~ Processor (SMS gateway): Tekstlink AS – contact Siv Lunde, +47 22 84 60 10, siv.lunde@tekstlink.no

# What Safety Net does

Today, when Kvist detects a message about suicide or self-harm, it only shows help lines. Safety Net adds an optional alert: when users sign up (or later), they can name a «safety person» – a parent, another adult they trust, or the school nurse at their school (only schools with an agreement). If the model classifies a message as acute risk and the user does not respond to a check-in within 10 minutes, the safety person gets an SMS: «[Name] may need you right now. Please contact them.» The SMS does not contain the chat. The user is told before the SMS is sent.

Scope: we expect 30–40 % of 25 000 users to name a safety person, and 150–300 alerts per year.

Data: the safety person's name and phone number, the user's first name, the risk classification and time, whether the check-in was answered, the alert log. The alert reveals indirectly to the safety person that the user has had suicidal thoughts – this is special-category health data disclosed to a third person.

Flow: classification on Fjellsky servers → SMS via Tekstlink AS → safety person. Alert logs are kept 12 months.

# Why it is necessary and proportionate

Legal basis: explicit consent (Art. 9(2)(a)), separate from the app; for under 16s with parental approval of the feature, but the user chooses the safety person. In situations of acute danger to life, we also rely on Art. 9(2)(c) (vital interests) for the alert itself. Safety Net responds to the main concern from the youth panel, clinicians and parents: the app alone cannot help someone in acute danger. Alternatives: calling the user (we are not a health service and cannot staff it 24/7); alerting emergency services directly (considered too intrusive and likely to deter use). Safeguards: opt-in, the user can change or remove the safety person at any time, the user sees every alert that has been sent, the SMS text is minimal, the user can cancel during the 10-minute check-in, and we review all alerts monthly for false positives.

# What could go wrong

| Risk | Likelihood | Impact | Measures | Residual |
| False alarm reveals to a parent that the teenager uses a mental-health app, causing conflict | Medium | High | Check-in before alert, minimal SMS, threshold tuned on test set | High |
| The safety person is the source of the problem (e.g. abusive parent) | Low | Very severe | User chooses freely, can be changed without the person knowing | High |
| Users stop writing honestly to avoid alerts | Medium | High | Clear explanation; feature optional | Medium |
| Wrong phone number, alert reaches a stranger | Low | High | Safety person confirms by SMS code at setup | Low |
| SMS gateway breach | Low | Medium | DPA, minimal content | Low |

Considered but not done: letting the safety person see the chat (rejected – too intrusive); no check-in, immediate alert (faster, but many more false alarms).

Residual risk remains high for false alarms and for the case where the chosen safety person is part of the problem.

# Who we asked

Youth panel, a child psychiatrist, two school nurses, Mental Helse Ungdom, the Ombudsperson for Children (informal meeting 12 November).

# Sign-off

Approved by the board by written resolution (e-mail vote) on 2 December 2026 – see the forwarded e-mail from the chair.
"""


def c020() -> tuple[EmailMessage, Label]:
    chair = message(
        "c020f",
        "Henrik Solvang <henrik@solvangventures.no>",
        "RE: Written board resolution - Safety Net DPIA",
        when(12, 2, 19, 40),
        txt("""
            Dear all,

            All three board members have now voted in favour. For the record:

            Written board resolution of Kvist Labs AS, 2 December 2026: Having reviewed the DPIA for Safety Net (version 1.0, 24 November 2026), the summary of findings presented by the CEO in the board call on 30 November, the input from the youth panel, the school nurses and the Ombudsperson for Children, and the DPO's opinion, the board approves the DPIA and asks the CEO to request prior consultation with Datatilsynet. Safety Net will not be launched before the consultation is concluded.

            Votes: Henrik Solvang (yes), Lena Fossum (yes), Mathilde Eng (yes).

            Henrik Solvang
            Chair of the board, Kvist Labs AS
            """),
        to="Mathilde Eng <mathilde@kvistlabs.no>, Lena Fossum <lena@fossumcapital.no>",
    )
    text = (
        txt("""
        Dear Datatilsynet,

        Kvist Labs AS requests prior consultation for «Safety Net», a new optional feature in our chat app that alerts a person the user has chosen when the app detects acute suicide risk.

        Attached: the DPIA (Word) and the chair's e-mail documenting the board's written resolution.

        """)
        + "\n"
        + DPO_LINE
        + "\n\n"
        + SIG
    )
    msg = message(
        "c020",
        FROM_MATHILDE,
        "Prior consultation request - Safety Net (Kvist)",
        when(12, 10, 9, 15),
        text,
        html_from_text(text),
        attachments=[("Kvist_SafetyNet_DPIA_v1.0.docx", to_docx(ALERT_DPIA))],
        forwarded=("Written board resolution - Safety Net.eml", chair),
    )
    return msg, Label(
        "en",
        (
            "tech_startup",
            "children",
            "html_alternative",
            "dpia_report_docx",
            "headings_plain_english",
            "contact_dpia_block",
            "contact_dpo_body_line",
            "processor_contact_in_description",
            "subprocessor_listed",
            "risk_likelihood_consequence",
            "part5_email_forwarded_eml",
            "forwarded_rfc822",
            "health_data",
        ),
        "none",
        True,
        "used",
        "complete; the board's written resolution (e-mail vote) forwarded as .eml, two processors with contacts",
    )


# --- J40: LLM replies, processor without contact ----------------------------------------------------

LLM_DPIA = f"""
# Kvist Generative Replies – Data Protection Impact Assessment

Kvist Labs AS. Version 1.0, 30 November 2026.

# Who to contact

~ Contact person: Rui Carvalho, CTO, +47 466 81 230, rui@kvistlabs.no
~ Data Protection Officer: Ane Marie Tveter, Clearpath Privacy AS, +47 22 31 05 60, ane.tveter@clearpathprivacy.no
~ Processors: {HOSTING}; and Microsoft Ireland Operations Ltd (Azure OpenAI Service, EU Data Boundary) for the language model.

# What changes

Kvist's replies are today chosen from a library of 4 000 texts written by psychologists. We want to let a large language model (GPT-family model via Azure OpenAI, deployed in Sweden Central) write the replies, guided by a system prompt with our CBT method and safety rules, and with the last 20 messages of the conversation as context. A separate safety classifier (our own) checks every generated reply before it is shown; if it fails, the user gets a library reply.

Scope: all users who opt in to «new Kvist» (pilot: 2 000 users aged 16–19). Data sent to the model: the last 20 messages (pseudonymised: user ID replaced, names masked automatically), mood rating. Azure OpenAI does not store prompts beyond 30 days for abuse monitoring; we have applied for the exemption from abuse monitoring (modified abuse monitoring), which has not yet been granted.

# Necessity and proportionality

Legal basis: Art. 6(1)(b) and 9(2)(a) (explicit consent, separate opt-in). The library replies feel repetitive; in the youth panel 7 of 10 said they stopped using the app for that reason. A generative model gives more natural conversations and may keep users engaged long enough to benefit. We limit the pilot to 16–19, only opted-in users, masked names, no training by the provider (contractual), and the user can switch back to «classic Kvist» at any time. Users are told clearly that replies are written by an AI.

# What could go wrong

| Risk | Likelihood | Impact | Measures | Residual |
| The model gives harmful advice to a user in crisis | Low | Very severe | Safety classifier, crisis messages always get fixed crisis text, red-teaming with psychologists | High |
| Chat content processed by a US-owned provider can be accessed by US authorities | Low | High | EU Data Boundary, encryption, pseudonymisation | Medium |
| Users disclose more because the AI feels human | Medium | Medium | Clear AI labelling, reminders | Medium |
| Provider retains prompts for abuse monitoring (30 days) | High | Medium | Applied for exemption | Medium |

Considered but not done: a self-hosted open model (we lack the capacity to run it safely now); no context window (replies become meaningless).

Residual risk: harmful advice to a user in crisis remains high.

# Sign-off

Approved by the board on 8 December 2026, see minutes.
"""

LLM_MINUTES = """
# Kvist Labs AS – Minutes of board meeting 8 December 2026

Present: Henrik Solvang (chair), Lena Fossum, Mathilde Eng. Also present: Rui Carvalho (CTO), Ane Marie Tveter (DPO, item 2).

## Item 2 DPIA – Generative replies pilot

The CTO presented the DPIA, the red-team results (42 test scenarios, 2 unsafe replies caught by the classifier, 0 shown) and the youth panel's feedback. The DPO recommended prior consultation due to the residual risk of harmful advice and the US-owned provider.

Resolution: The board approves the DPIA for the generative replies pilot and asks the CEO to request prior consultation with Datatilsynet. The pilot will not start before the consultation is concluded.

Signed electronically by the chair, 9 December 2026.
"""


def c040() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Datatilsynet,

        Kvist Labs AS requests prior consultation for a pilot where replies in our chat app are written by a large language model (Azure OpenAI) instead of being chosen from a fixed library.

        Attached are the DPIA and the minutes of the board meeting of 8 December. Our CTO Rui Carvalho is the contact person for this one; my card is attached as well in case you want to reach me.

        """)
        + "\n"
        + SIG
    )
    msg = message(
        "c040",
        FROM_MATHILDE,
        "Prior consultation - generative replies pilot",
        when(12, 14, 11, 48),
        body,
        cc="Rui Carvalho <rui@kvistlabs.no>",
        attachments=[
            (
                "Kvist_GenerativeReplies_DPIA_v1.0.pdf",
                to_pdf(LLM_DPIA, "Kvist Generative Replies DPIA"),
            ),
            ("Board_minutes_2026-12-08.pdf", to_pdf(LLM_MINUTES, "Board minutes")),
            (
                "Mathilde Eng.vcf",
                vcard(
                    "Mathilde Eng",
                    "Kvist Labs AS",
                    "CEO",
                    "+47 941 22 608",
                    "mathilde@kvistlabs.no",
                ),
            ),
        ],
    )
    return msg, Label(
        "en",
        (
            "tech_startup",
            "dpia_report_pdf",
            "headings_plain_english",
            "contact_dpia_block",
            "contact_vcard",
            "risk_likelihood_consequence",
            "part5_board_minutes_pdf",
            "p1_processor_named_no_contact",
            "third_country_risk",
        ),
        "pgp_mime",
        True,
        "used",
        "the language-model processor (Microsoft / Azure OpenAI) is named without any contact person, phone or e-mail; the rest complete",
        missing=(1,),
    )


# --- J60: school version, risks listed without assessment ---------------------------------------------

SCHOOL_SLIDES = [
    (
        "Kvist for Schools",
        ["DPIA summary – board meeting 11 December 2026", "Kvist Labs AS", "Confidential"],
    ),
    (
        "Contacts",
        [
            "Controller: Kvist Labs AS (for the app); the school owner (municipality) is controller for the counsellor dashboard – data processing agreement template ready",
            "Contact: Mathilde Eng, CEO, +47 941 22 608, mathilde@kvistlabs.no",
            "DPO: Ane Marie Tveter, Clearpath Privacy AS, +47 22 31 05 60, ane.tveter@clearpathprivacy.no",
            "Processor: Fjellsky AS – Jørn Holm, +47 21 09 33 50, jorn.holm@fjellsky.no",
        ],
    ),
    (
        "What it is",
        [
            "Pupils in lower and upper secondary schools log in with Feide instead of e-mail",
            "The school counsellor (rådgiver) and school nurse get a dashboard",
            "  Aggregated mood trends per school and grade (minimum 10 pupils per group)",
            "  Pupils can choose to «share» a conversation with the school nurse, who can answer in the app",
            "Pilot: 6 schools in two municipalities, about 3 200 pupils aged 13–19",
        ],
    ),
    (
        "Data",
        [
            "From Feide: name, school, grade, Feide ID",
            "In Kvist: chats, mood ratings, risk classification",
            "To the school: aggregated trends; shared conversations only when the pupil chooses",
            "Stored at Fjellsky (Oslo); deleted 12 months after the pupil leaves the school",
        ],
    ),
    (
        "Why",
        [
            "Schools ask for a low-threshold tool and for insight into pupils' well-being",
            "Feide removes the need for e-mail/phone and parental BankID for under 16s (school is responsible for the login)",
            "Sharing with the school nurse is always the pupil's choice",
            "Alternative: same app without school link – schools get no insight; pupils must register privately",
        ],
    ),
    (
        "Safeguards for pupils",
        [
            "Legal basis: public task of the school owner for the dashboard (Art. 6(1)(e)), explicit consent for the chat itself (Art. 9(2)(a))",
            "Pupils decide what is shared; nothing is shared by default",
            "School sees only aggregates of at least 10 pupils; no individual mood data",
            "Information for pupils and parents written with the pupils' council; pupils can keep using Kvist privately without the school link",
            "Access, download and deletion in the app; deletion 12 months after leaving school",
        ],
    ),
    (
        "Risks",
        [
            "Pupils feel watched by the school",
            "Aggregated trends identify individual pupils in small schools",
            "Pupils believe the school reads their chats",
            "Teachers get access to the dashboard",
            "The Feide login links chats to real names",
        ],
    ),
    (
        "Decision",
        ["Board asked to approve the DPIA summary and the request for prior consultation"],
    ),
]

SCHOOL_BOARD = """
# Kvist Labs AS – Minutes of board meeting 11 December 2026 (extract)

## Item 3 Kvist for Schools – DPIA

The CEO presented the DPIA summary (slides) and the feedback from the two pilot municipalities and the pupils' council at one pilot school. The DPO recommended prior consultation.

Resolution: The board approves the DPIA for Kvist for Schools and asks the CEO to request prior consultation with Datatilsynet.
"""


def c060() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hello,

        We would like to request prior consultation for «Kvist for Schools», a version of our app where pupils log in with Feide and schools get a dashboard. Attached are the DPIA summary (the slides we used for the board) and the board minutes.

        We are happy to present the solution in a meeting.

        """)
        + "\n"
        + SIG
    )
    msg = message(
        "c060",
        FROM_MATHILDE,
        "Prior consultation - Kvist for Schools",
        when(12, 16, 14, 12),
        body,
        attachments=[
            (
                "Kvist_for_Schools_DPIA_summary.pdf",
                to_slides(SCHOOL_SLIDES, "Kvist Labs AS – Confidential"),
            ),
            ("Board_minutes_2026-12-11_extract.pdf", to_pdf(SCHOOL_BOARD, "Board minutes")),
        ],
    )
    return msg, Label(
        "en",
        (
            "tech_startup",
            "children",
            "slides_pdf",
            "contact_slide",
            "processor_contact_table",
            "risk_listed_no_assessment",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "the DPIA is a board slide deck; the risk slide only lists five risks without likelihood, impact, measures or residual risk",
        missing=(4,),
    )
