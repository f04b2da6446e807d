# ruff: noqa: E501
"""Sender G: Nordlys Hotels AS, Norwegian hotel chain owned by a Swedish hospitality group.

Habits: the Oslo IT director writes to the Swedish parent in English and sends the same mail to
Datatilsynet with the parent's DPO in copy; the Norwegian HR and privacy adviser writes Norwegian;
the group's «Privacy Impact Assessment form» with an «Approval and sign-off» table; steering
committee minutes; risk registers from the group template.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_pdf, to_xlsx, txt, when

THOMAS = "Thomas Reinholdt <thomas.reinholdt@nordlyshotels.no>"
HILDE = "Hilde Gran <hilde.gran@nordlyshotels.no>"
LENA = "Lena Forsberg <dpo@strandberghospitality.se>"

SIG_T = "\n" + txt("""
    Thomas Reinholdt
    Director Guest Technology | Nordlys Hotels AS
    Part of Strandberg Hospitality Group
    T: +47 23 55 40 18 | M: +47 922 40 571
    thomas.reinholdt@nordlyshotels.no | Karl Johans gate 12, 0154 Oslo
    """)

SIG_H = "\n" + txt("""
    Vennlig hilsen
    Hilde Gran
    HR- og personvernrådgiver, Nordlys Hotels AS
    Tlf. +47 23 55 40 30
    hilde.gran@nordlyshotels.no
    """)

CONTACTS = """
| Role | Name | Phone | E-mail |
| Contact person (Nordlys Hotels AS) | Thomas Reinholdt, Director Guest Technology | +47 922 40 571 | thomas.reinholdt@nordlyshotels.no |
| Group Data Protection Officer | Lena Forsberg, Strandberg Hospitality Group AB, Göteborg | +46 31 555 44 90 | dpo@strandberghospitality.se |
"""


def form(title: str, contacts: str, desc: str, nec: str, risk: str, signoff: str) -> str:
    return f"""
# Strandberg Hospitality Group – Privacy Impact Assessment form

~ Project: {title}
Business unit: Nordlys Hotels AS (Norway) · Form SHG-PIA v3

# A. Contacts
{contacts}

# B. Description of the processing

{desc}

# C. Necessity, proportionality and data subject rights

{nec}

# D. Risks to guests' and employees' rights and freedoms

{risk}

# E. Approval and sign-off

{signoff}
"""


def rtab(rows: list[tuple[str, str, str, str, str]]) -> str:
    head = "| Risk | Likelihood | Impact | Mitigation | Residual |\n"
    return head + "\n".join(f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows)


# --- O013: passport NFC and face match at self check-in (odd) --------------------------------


def c013() -> tuple[EmailMessage, Label]:
    doc = form(
        "Self check-in with passport chip reading and face match",
        CONTACTS
        + "| Processor | Callum Reid, CheckFlow Ltd, Edinburgh | +44 131 555 0716 | privacy@checkflow.co.uk |\n",
        "Guests at 11 Norwegian hotels can check in at a kiosk or in the app by reading the chip in their passport or national ID card (NFC) and taking a selfie that CheckFlow compares with the chip photo. Norwegian law requires hotels to register foreign guests (nationality, passport number) – the kiosk fills this in. About 480 000 check-ins per year, 45 % foreign guests. CheckFlow (UK, adequacy decision) processes the chip data and the face comparison; images are deleted after 24 hours; the guest register is kept as required by law.",
        "Purpose: correct guest registration and prevention of identity fraud with room keys. Basis: Art. 6(1)(c) for the register; explicit consent for the face match. Alternatives: front-desk check-in (always available, same price), chip reading without face match (offered; the hotel then checks the face at key pick-up). Safeguards: face match optional, images not kept, no use for marketing or watch-lists, notices in 6 languages, access and deletion through the DPO.",
        rtab(
            [
                (
                    "Biometric data of guests exposed at the processor",
                    "Low",
                    "High",
                    "24h deletion, encryption, UK adequacy, audit",
                    "Low",
                ),
                (
                    "Guests feel forced to use the kiosk (no staff at night)",
                    "Medium",
                    "Medium",
                    "Night staff always on call, clear alternative",
                    "Medium",
                ),
                (
                    "Chip data (passport) reused for other purposes",
                    "Low",
                    "High",
                    "Contractual ban, technical deletion",
                    "Low",
                ),
                (
                    "Misidentification embarrasses guests",
                    "Medium",
                    "Low",
                    "Staff fallback without questions",
                    "Low",
                ),
            ]
        )
        + "\n\nNot implemented: kiosks without face match at all (fraud cases with stolen booking codes).",
        """
| Item | Name / role | Date | Outcome |
| Findings presented | Thomas Reinholdt | 2026-10-30 | Presented to the Group Digital Steering Committee with guest survey results |
| DPO opinion | Lena Forsberg, Group DPO | 2026-10-26 | Recommends prior consultation in Norway |
| Stakeholders considered | Guest panel, front office managers, union (Fellesforbundet) | 2026-10 | See minutes |
| Management decision | Group Digital Steering Committee (chair: Maria Lindahl, COO) | 2026-10-30 | Approved; Nordlys to request prior consultation |
""",
    )
    minute = """
# Strandberg Hospitality Group – Digital Steering Committee

~ Minute of meeting 30 October 2026 (Göteborg/Teams)
Present: Maria Lindahl (COO, chair), Erik Nyström (CIO), Anna Berg (CFO Nordics), Thomas Reinholdt (Nordlys), Lena Forsberg (Group DPO)

## 4. Nordlys Hotels – self check-in with passport chip and face match

Thomas Reinholdt presented the PIA, the guest survey (2 300 answers) and input from front office managers and the union. The DPO presented her opinion.

Decision: The committee approves the PIA and the mitigations and accepts the residual risk regarding night-time alternatives as medium. Nordlys Hotels AS shall request prior consultation with Datatilsynet before the face match is activated in Norway.
"""
    body = (
        txt("""
        Dear Datatilsynet, dear Lena,

        Lena – as agreed in the steering committee, I am sending our request directly to Datatilsynet with you in copy.

        To Datatilsynet: Nordlys Hotels AS requests prior consultation under Article 36 GDPR for self check-in with passport chip reading and face match at our Norwegian hotels. Attached are the group's PIA form (contacts in section A) and the steering committee's minute of 30 October 2026. We are happy to answer in Norwegian if you prefer.

        """)
        + SIG_T
    )
    msg = message(
        "O013",
        THOMAS,
        "Prior consultation request – self check-in with passport chip and face match (Nordlys Hotels AS)",
        when(11, 4, 16, 45),
        body,
        attachments=[
            ("PIA_SelfCheckin_FaceMatch_Nordlys.pdf", to_pdf(doc)),
            ("Minute_DigitalSteeringCommittee_2026-10-30.pdf", to_pdf(minute)),
        ],
        cc=LENA,
    )
    return msg, Label(
        "en",
        (
            "hospitality",
            "biometrics",
            "copy_to_parent",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "processor_outside_eu_adequacy",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_steering_committee_minute",
            "signoff_table_filled",
        ),
        "none",
        True,
        "used",
        "complete: English mail to the authority with the Swedish parent's DPO in copy; PIA form with contacts incl. UK processor; necessity and safeguards; risk table with residual; sign-off table and steering committee minute with decision",
    )


# --- O033: noise sensors, risk register is the blank template (odd) -------------------------


def c033() -> tuple[EmailMessage, Label]:
    doc = form(
        "Støysensorer på hotellrom («Stillroom»)",
        CONTACTS
        + "| Processor | Jens Mikkelsen, Stillroom ApS, Aarhus | +45 86 55 31 02 | privacy@stillroom.dk |\n",
        "Vi vil montere støysensorer fra Stillroom ApS i 1 900 rom. Sensoren måler lydnivå (desibel) hvert minutt, ikke lydinnhold, og varsler resepsjonen når nivået er over grensen i mer enn 10 minutter mellom kl. 23 og 07. Resepsjonen ringer rommet og kan til slutt bortvise gjesten og belaste et gebyr på 2 500 kr. Måledata knyttes til romnummer og dermed til gjesten; lagres 30 dager.",
        "Formål: nattero for andre gjester og færre skader etter fester. Grunnlag: art. 6 nr. 1 b og f. Alternativer: vekterrunder (dyrere, mer inngripende), klagebasert oppfølging (gjøres i dag; kommer for sent). Tiltak: sensoren kan ikke ta opp lyd (maskinvarebegrenset), informasjon ved booking og på rommet, gebyr først etter personlig kontakt og vurdering av vakthavende, klage på gebyr behandles av hotelldirektør, innsyn.",
        "Se vedlagt risikoregister (Risikoregister_Stillroom.xlsx).",
        """
| Item | Name / role | Date | Outcome |
| Findings presented | Hilde Gran | 2026-11-19 | Nordlys management group |
| DPO opinion | Lena Forsberg | 2026-11-14 | Prior consultation recommended |
| Management decision | Nordlys Hotels AS management group (CEO Kristin Moe) | 2026-11-19 | Approved; request prior consultation |
""",
    )
    template = to_xlsx(
        {
            "Risk register": [
                [
                    "ID",
                    "Risk description",
                    "Likelihood (1-5)",
                    "Impact (1-5)",
                    "Score",
                    "Mitigation",
                    "Owner",
                    "Residual",
                ],
                [
                    "[R1]",
                    "[Describe the risk to the data subject, e.g. 'guest data disclosed to unauthorised staff']",
                    "[1-5]",
                    "[1-5]",
                    "=C2*D2",
                    "[Planned or implemented measure]",
                    "[Name]",
                    "[Low/Medium/High]",
                ],
                ["", "", "", "", "", "", "", ""],
            ],
            "Instructions": [
                ["How to use this register"],
                [
                    "1. One row per risk to guests' or employees' rights and freedoms (not IT risks)."
                ],
                ["2. Score likelihood and impact before mitigation, then residual risk after."],
                ["3. Delete the example row before submitting."],
            ],
        }
    )
    body = (
        txt("""
        Hei,

        Nordlys Hotels AS ber om forhåndsdrøftelse etter GDPR art. 36 for støysensorer på hotellrommene. Vedlagt er konsernets PIA-skjema (fylt ut på norsk) og risikoregisteret.

        """)
        + SIG_H
    )
    msg = message(
        "O033",
        HILDE,
        "Anmodning om forhåndsdrøftelse – støysensorer på hotellrom",
        when(11, 26, 10, 20),
        body,
        attachments=[
            ("PIA_Stoysensorer_Nordlys.docx", to_docx(doc)),
            ("Risikoregister_Stillroom.xlsx", template),
        ],
        cc=LENA,
    )
    return msg, Label(
        "nb",
        (
            "hospitality",
            "home_like_sensors",
            "dpia_report_docx",
            "risk_register_xlsx",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_register_template_unfilled",
            "template_guidance_left",
            "signoff_table_filled",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "section D points to the risk register, but the XLSX is the group's blank template with a bracketed example row and instructions → part 4 missing; contacts, description, necessity and sign-off table present",
        (4,),
    )


# --- O053: status query about O013 (odd) -----------------------------------------------------


def c053() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei,

        Vi sendte 4. november en anmodning om forhåndsdrøftelse for selvinnsjekk med lesing av passbrikke og ansiktssammenligning (avsender Thomas Reinholdt). Kan dere bekrefte at den er mottatt og gi oss et saksnummer? Konsernet i Sverige ønsker å vite om vi kan regne med svar før sommersesongen.

        """)
        + SIG_H
    )
    msg = message(
        "O053",
        HILDE,
        "Saksnummer? Forhåndsdrøftelse selvinnsjekk – Nordlys Hotels AS",
        when(12, 7, 8, 58),
        body,
    )
    return msg, Label(
        "nb",
        (
            "hospitality",
            "nonrequest_status_query",
            "refers_to_earlier_messages",
            "all_in_body",
            "signature_no_dpo",
        ),
        "inline",
        False,
        "unspecified",
        "status query about O013; not a request; signature has phone and e-mail for the sender but no DPO → part 1 missing; nothing of parts 2–5",
        (1, 2, 3, 4, 5),
    )


# --- O014: Wi-Fi presence analytics (even) ---------------------------------------------------


def c014() -> tuple[EmailMessage, Label]:
    doc = form(
        "Wi-Fi-basert tilstedeværelsesanalyse i hotellene",
        CONTACTS
        + "| Databehandler | Élodie Martin, Airtrace SAS, Nantes | +33 2 55 50 31 18 | dpo@airtrace.fr |\n",
        "Hotellenes Wi-Fi-aksesspunkter registrerer signaler fra mobiltelefoner (MAC-adresser, også fra telefoner som ikke er koblet til nettet) i lobby, restaurant, spa og konferanseområder. Airtrace SAS hasher adressene og beregner oppholdstid, gjentatte besøk og bevegelser mellom soner. For innloggede gjester kobles data til lojalitetsprofilen dersom gjesten har samtykket. Berørte: gjester, besøkende, forbipasserende og ansatte (ca. 1 200 ansatte). 14 hoteller.",
        "Formål: bemanning av restaurant og spa, planlegging av arealer, og tilpassede tilbud til lojalitetsmedlemmer. Grunnlag: art. 6 nr. 1 f for anonym telling, samtykke for kobling til lojalitetsprofil; ekomloven § 2-7b vurdert. Alternativer: manuell telling, kameratelling (mer inngripende), billettdata (dekker ikke lobby). Tiltak: hashing med daglig ny salt for ikke-innloggede, ansattes enheter filtreres bort via registrert liste, skilt ved inngangene, opt-out-side, ingen sporing på rom-etasjer, aggregert rapport til hotellene, sletting etter 30 dager.",
        rtab(
            [
                (
                    "Sporing av personer som ikke vet om det (forbipasserende, besøkende)",
                    "Høy",
                    "Middels",
                    "Daglig salt, skilt, opt-out, ingen rom-etasjer",
                    "Middels",
                ),
                (
                    "Ansattes bevegelser kartlegges",
                    "Middels",
                    "Høy",
                    "Filtrering av ansattes enheter, forbud mot bruk i personalsaker",
                    "Lav",
                ),
                (
                    "Kobling til lojalitetsprofil avslører vaner (bar, spa)",
                    "Middels",
                    "Middels",
                    "Samtykke, innsyn i profilen",
                    "Lav",
                ),
                (
                    "Re-identifisering av hashede adresser",
                    "Lav",
                    "Middels",
                    "Daglig salt, ingen rådata hos oss",
                    "Lav",
                ),
            ]
        )
        + "\n\nVurdert, ikke gjennomført: bare tilkoblede enheter (gir for lite data for bemanning) og ingen kobling til lojalitetsprofil (ledelsen ønsker tilbudene).",
        """
| Punkt | Navn / rolle | Dato | Resultat |
| Presentasjon av funn | Thomas Reinholdt | 2026-11-05 | Styringsgruppen Nordlys Digital |
| Personvernombudets råd | Lena Forsberg | 2026-11-02 | Be om forhåndsdrøftelse |
| Interessenter | Tillitsvalgte (HK, Fellesforbundet), gjestepanel | 2026-10 | Innspill innarbeidet |
| Ledelsens beslutning | Styringsgruppen ved adm. dir. Kristin Moe | 2026-11-05 | Godkjent; forhåndsdrøftelse |
""",
    )
    ref = """
# Nordlys Hotels AS – Referat fra styringsgruppen Nordlys Digital 5. november 2026

~ Til stede: Kristin Moe (adm. dir., leder), Thomas Reinholdt, Hilde Gran, Ole Anders Lie (økonomi), Lena Forsberg (konsernets personvernombud, Teams), Siri Holt (tillitsvalgt HK)

## Sak 3 Wi-Fi-basert tilstedeværelsesanalyse

Thomas Reinholdt la fram PIA-skjemaet, resultatene fra pilot på to hoteller og innspill fra tillitsvalgte og gjestepanelet. Personvernombudet anbefalte forhåndsdrøftelse.

Beslutning: Styringsgruppen godkjenner vurderingen og tiltakene og aksepterer at restrisikoen for sporing av forbipasserende er middels. Nordlys Hotels AS ber Datatilsynet om forhåndsdrøftelse før løsningen tas i bruk på alle hotellene.
"""
    body = (
        txt("""
        Til Datatilsynet

        Nordlys Hotels AS ber om forhåndsdrøftelse for Wi-Fi-basert tilstedeværelsesanalyse i hotellene våre. Vedlagt er PIA-skjemaet (utfylt på norsk) og referat fra styringsgruppen 5. november 2026.

        """)
        + SIG_H
    )
    msg = message(
        "O014",
        HILDE,
        "Forhåndsdrøftelse – Wi-Fi-basert tilstedeværelsesanalyse (Nordlys Hotels AS)",
        when(11, 11, 14, 14),
        body,
        attachments=[
            ("PIA_WiFi_analyse_Nordlys.docx", to_docx(doc)),
            ("Referat_styringsgruppe_2026-11-05.pdf", to_pdf(ref)),
        ],
        cc=LENA,
    )
    return msg, Label(
        "nb",
        (
            "hospitality",
            "location_tracking",
            "employees",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_steering_committee_minute",
            "signoff_table_filled",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: PIA form in Norwegian with contacts incl. French processor; necessity, alternatives and safeguards; risk table with residual and measures not taken; sign-off table and steering group minutes with decision",
    )


# --- O034: CCTV review of reception staff (even) ---------------------------------------------


def c034() -> tuple[EmailMessage, Label]:
    doc = form(
        "Review of reception CCTV for service quality and cash handling",
        CONTACTS
        + "| Processor | Rune Dahl, Vaktsentralen Øst AS | +47 22 55 63 40 | rune.dahl@vaktsentralen-ost.no |\n",
        "Reception desks at 14 hotels have cameras (installed for security) that also record audio from 2027 under the new group standard. The group wants to review recordings: (a) after cash discrepancies above NOK 1 000, and (b) in a monthly sample of 20 check-ins per hotel to assess service quality («mystery guest» replacement). Vaktsentralen Øst AS hosts recordings (30 days). About 160 reception employees and all guests at the desk are recorded.",
        "Purpose (a) is allowed under personopplysningsforskriften and arbeidsmiljøloven chapter 9 after discussion with employee representatives; purpose (b) is a new purpose for the existing cameras. Alternatives: mystery guest visits (current practice, kept), cash counting with two persons (introduced). Decision after the assessment: audio recording is dropped and purpose (b) is limited to employees who volunteer for coaching; the review in (a) happens only with the employee and a representative present. Employees informed in writing; guests by signs.",
        rtab(
            [
                (
                    "Employees feel permanently watched; chilling effect",
                    "High",
                    "Medium",
                    "Purpose (b) voluntary only, no audio, fixed review rules",
                    "Medium",
                ),
                (
                    "Recordings used in dismissal cases beyond cash incidents",
                    "Medium",
                    "High",
                    "Written rule, representative present, log of every review",
                    "Low",
                ),
                ("Guests' conversations captured", "Medium", "Medium", "No audio", "Low"),
            ]
        )
        + "\n\nNot implemented: the group's wish to record audio (disproportionate).",
        """
| Item | Name / role | Date | Outcome |
| Findings presented | Hilde Gran, HR and privacy adviser | 2026-11-20 | Nordlys management group |
| Employee representatives | Siri Holt (HK), Fellesforbundet | 2026-11-12 | Agreement on limited use |
| DPO opinion | Lena Forsberg | 2026-11-16 | Consult Datatilsynet on purpose (b) |
| Management decision | Kristin Moe, CEO Nordlys Hotels AS, for the management group | 2026-11-20 | Approved as limited; request prior consultation |
""",
    )
    body = (
        txt("""
        Dear Sir or Madam,

        Nordlys Hotels AS requests prior consultation (Art. 36 GDPR) regarding the review of reception CCTV recordings for cash incidents and, on a voluntary basis, service-quality coaching. The group's PIA form is attached; the approval and sign-off table is in section E.

        Our parent company's DPO, Lena Forsberg, is in copy; contact details for both of us are in section A.

        """)
        + SIG_T
    )
    msg = message(
        "O034",
        THOMAS,
        "Prior consultation – review of reception CCTV (Nordlys Hotels AS)",
        when(11, 25, 11, 40),
        body,
        attachments=[("PIA_Reception_CCTV_review.pdf", to_pdf(doc))],
        cc=LENA + ", " + HILDE,
    )
    return msg, Label(
        "en",
        (
            "hospitality",
            "cctv",
            "employees",
            "copy_to_parent",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "signoff_table_filled",
            "part5_decision_in_dpia",
        ),
        "none",
        True,
        "used",
        "complete: PIA form with contacts incl. processor; necessity with reduced scope and employee safeguards; risk table with residual and measure not implemented; sign-off table with presentation, stakeholders, DPO and CEO decision",
    )


# --- O054: in-room voice assistants, approval file about something else (even) --------------


def c054() -> tuple[EmailMessage, Label]:
    doc = form(
        "In-room voice assistants",
        CONTACTS
        + "| Processor | Dr. Felix Braun, Sonora Voice GmbH, Munich | +49 89 555 1290 | privacy@sonoravoice.de |\n",
        "Smart speakers from Sonora Voice GmbH will be installed in 2 400 rooms. Guests can ask for towels, room service, wake-up calls and information. The device listens for a wake word locally; after the wake word, audio is sent to Sonora's EU cloud, transcribed, and the request is passed to our hotel system. Audio deleted after 24 hours, transcripts after 30 days. A physical mute switch is on the device.",
        "Purpose: guest service. Basis: Art. 6(1)(b) at the guest's request; no profiling. Alternatives: phone to reception (kept), app (kept). Safeguards: mute switch with light, device muted by default on check-in, notice card, no linking to loyalty profile, children's voices: device does not process requests identified as from children, access via DPO.",
        rtab(
            [
                (
                    "Private conversations recorded after false wake word",
                    "Medium",
                    "High",
                    "Muted by default, light indicator, 24h deletion",
                    "Medium",
                ),
                (
                    "Guests unaware of the device",
                    "Medium",
                    "Medium",
                    "Card, welcome screen, default mute",
                    "Low",
                ),
                (
                    "Transcripts reveal health or intimate details",
                    "Low",
                    "High",
                    "30-day deletion, restricted access",
                    "Low",
                ),
            ]
        )
        + "\n\nNot implemented: removing the devices from family rooms (decided per hotel).",
        "Management approval: see attached board resolution.",
    )
    board = """
# Nordlys Hotels AS – Extract of board minutes 18 November 2026

## Item 5/2026 Capital expenditure 2027 and property management system

The board reviewed the CFO's proposal for capital expenditure in 2027 (room refurbishment at Tromsø and Ålesund, new kitchen at Bergen Bryggen) and the business case for replacing the property management system.

Resolution: The board approves the capex budget of NOK 84 million and the procurement of a new property management system with go-live autumn 2027.
"""
    body = (
        txt("""
        Dear Sir or Madam,

        Nordlys Hotels AS requests prior consultation under GDPR Art. 36 for in-room voice assistants. Please find attached the PIA form and the board resolution.

        """)
        + SIG_T
    )
    msg = message(
        "O054",
        THOMAS,
        "Prior consultation request – in-room voice assistants",
        when(12, 2, 14, 50),
        body,
        attachments=[
            ("PIA_Voice_Assistants_Nordlys.pdf", to_pdf(doc)),
            ("Board_minutes_2026-11-18_extract.pdf", to_pdf(board)),
        ],
        cc=LENA,
    )
    return msg, Label(
        "en",
        (
            "hospitality",
            "audio_recording",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_file_about_something_else",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "section E says «see attached board resolution», but the attached extract is about the capex budget and the property management system → part 5 missing; parts 1–4 present",
        (5,),
    )


TOPICS = {
    "c013": "passport_face_checkin",
    "c033": "room_noise_sensors",
    "c053": "passport_face_checkin",
    "c014": "wifi_presence_analytics",
    "c034": "reception_cctv_review",
    "c054": "in_room_voice_assistants",
}
