# ruff: noqa: E501
"""Sender E: Brattfoss Energi Nett AS (grid company, 62 000 customers), part of the Swedish Nordavind group.

Habits: the group's English DPIA template (front page with a document-control table, numbered
sections, risk matrix 1–5); the group DPO sits in Stockholm and is copied; the local staff write
in English to the authority when the documents are English and in Norwegian otherwise; decisions
are recorded in the company's case system (Elements) or in management/board minutes.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import letter_pdf
from kit import Label, message, quoted, to_docx, to_pdf, txt, when

TOPICS = {
    "c009": "smart_meter_analytics",
    "c029": "drone_line_inspection",
    "c049": "talebiometri_kundeservice",
    "c010": "service_vehicle_gps_lone_worker",
    "c030": "remote_control_ev_chargers",
    "c050": "service_vehicle_gps_lone_worker",
}

JONAS = "Jonas Ekre <jonas.ekre@brattfoss.no>"
DPO = "Caroline Wikström <dpo@nordavind.se>"
FOOTER = [
    "Brattfoss Energi Nett AS · Fossveien 2, 4760 Brattfoss, Norway · Org. no. 923 118 450 · A Nordavind Group company",
    "Switchboard +47 37 00 51 00 · post@brattfoss.no · brattfoss.no",
]

SIG_JONAS = txt("""
    Best regards,
    Jonas Ekre
    Head of Metering and Data
    Brattfoss Energi Nett AS
""")

METER_DPIA = """
# Data Protection Impact Assessment

# Use of 15-minute smart-meter data for grid planning, loss detection and local flexibility

~ Nordavind Group DPIA template v2.3 · Brattfoss Energi Nett AS
~ Case no. (Elements): 2026/318 · Version 1.0 · 4 November 2026 · Classification: Confidential

| Document control | Name | Role | Phone | E-mail
| Controller | Brattfoss Energi Nett AS | Grid company, org. no. 923 118 450 | +47 37 00 51 00 | post@brattfoss.no
| Contact person | Jonas Ekre | Head of Metering and Data | +47 918 77 420 | jonas.ekre@brattfoss.no
| Data Protection Officer | Caroline Wikström | Group DPO, Nordavind AB | +46 70 312 48 90 | dpo@nordavind.se
| Processor | Gridlytics GmbH – Markus Feld | Project Director | +49 89 4120 7730 | m.feld@gridlytics.de
| Approver | Terje Mjøs | CEO | +47 37 00 51 01 | terje.mjos@brattfoss.no

# 1 Description of the processing

## 1.1 Purpose

Brattfoss Energi Nett AS collects consumption data every 15 minutes from all 62 000 smart meters (AMS), as required by the Norwegian metering regulations. Today the data are used for settlement only. We want to use them for three further purposes: (a) planning of grid reinforcement at street level, (b) detecting non-technical losses (meter tampering, electricity theft), and (c) identifying households that may be offered participation in a local flexibility market in the Brattfoss area.

## 1.2 Nature, scope and context

- Data subjects: all household customers (about 58 000) and people living in their homes.
- Data: meter ID, address, 15-minute active/reactive consumption, voltage quality events, alarms from the meter (cover opened, magnetic interference), customer number.
- The 15-minute profile reveals when people are at home, sleep, travel, have electric-vehicle charging or heat pumps, and, over time, daily routines.
- Purpose (a) uses data aggregated to the substation level (at least 10 customers). Purpose (b) uses individual profiles plus meter alarms. Purpose (c) uses individual profiles to compute a “flexibility potential” score.

## 1.3 Sources, recipients, responsibility

Source is the meter via the head-end system. Gridlytics GmbH runs the analytics platform as processor (hosting in Frankfurt, EEA). Results of (b) go to the loss-investigation team (3 people). Results of (c) are shared with the flexibility market operator only after the customer has given consent. Brattfoss is controller; the CEO owns the processing.

## 1.4 Information security

Pseudonymisation of meter IDs before transfer, encryption in transit and at rest, role-based access, logging, ISO 27001-certified processor, data processing agreement signed 1 October 2026.

# 2 Legal basis

(a) and (b): Art. 6(1)(c) and (e), cf. the Energy Act and the Regulation on metering, settlement and coordinated action in electricity trading and invoicing of grid services, section 4-1, and the grid company's duty to operate the grid efficiently. (c): Art. 6(1)(a), consent.

# 3 Necessity and proportionality

Grid planning with hourly data has led to over-investment; 15-minute data aggregated to substations are enough for (a), so individual data are not used for planning. For (b), the alternative is physical inspection of meters, which is only possible for about 300 meters a year and finds very few cases; automatic screening of profiles and alarms is necessary to target inspections, but only cases with both an anomalous profile and a tamper alarm are flagged. For (c), customers must actively opt in. Data minimisation: the analytics platform never receives name or address; profiles older than 13 months are deleted.

Rights of the data subjects: information on the website and the invoice; access to one's own 15-minute data in the customer portal (already in place); customers who are flagged under (b) are informed before any inspection and may explain the pattern; consent for (c) can be withdrawn in the portal with one click; objection under Art. 21 handled by the customer centre.

# 4 Risk assessment

Likelihood (L) and impact (I) 1–5; score L×I; 15+ high, 8–14 medium.

| ID | Risk to the data subjects | L | I | Score | Measures implemented | Residual
| R1 | Profiles reveal private life (presence, routines, health-related patterns such as night-time activity) to staff or processor | 3 | 4 | 12 | Pseudonymisation, no name/address at processor, access for 3 named staff only | 8
| R2 | Customers are wrongly suspected of electricity theft (false positives) and inspected or reported | 3 | 5 | 15 | Flag requires profile AND tamper alarm; customer heard before inspection; no police report without inspection | 15 (high)
| R3 | Vulnerable households (e.g. elderly with unusual patterns, people with home dialysis equipment) are flagged disproportionately | 3 | 4 | 12 | Manual review by customer centre before contact | 12
| R4 | Consent for flexibility (c) is not informed or is bundled with price offers | 2 | 3 | 6 | Separate consent page, no price conditions | 4
| R5 | Data breach at processor in Germany | 1 | 4 | 4 | Encryption, ISO 27001, audit | 4
| R6 | Function creep: data later used for debt collection or shared with authorities | 2 | 4 | 8 | Purpose limitation in policy, DPO review of new uses | 6

Measures considered but not implemented: (1) using only hourly data for (b) – rejected because tampering patterns are hidden at hourly resolution; (2) letting the customer centre, not the loss team, handle all flagged cases – rejected for lack of technical competence; (3) on-premise analytics – no capacity in the company before 2028.

Conclusion: R2 remains high and R3 medium-high after measures. The company therefore requests prior consultation.
"""


def c009() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Sir or Madam,

        Brattfoss Energi Nett AS requests prior consultation under Article 36 GDPR concerning the use of 15-minute smart-meter data for grid planning, detection of non-technical losses and local flexibility. The DPIA (Nordavind Group template, in English as agreed within the group) is attached. Contact details for the company, our DPO and the processor are in the document-control table on the front page.

        Management's validation is recorded in our case-management system. Extract from Elements, case 2026/318:

        Doc. 2026/318-14 | Type: Decision memo | Date: 06.11.2026 | Responsible: Terje Mjøs, CEO
        Title: Approval of DPIA – smart-meter analytics
        Text: "The management team reviewed the DPIA v1.0 on 5 November 2026, with the presentation from Metering and Data, the group DPO's comments, and input from the customer council and the employee representatives. The management team notes that risk R2 (wrongful suspicion of electricity theft) remains high. The CEO approves the DPIA and decides that the company requests prior consultation with Datatilsynet before purposes (b) and (c) are started. Purpose (a) may start, as it only uses aggregated data."

        We would be grateful for correspondence in English or Norwegian.

    """)
        + "\n"
        + SIG_JONAS
    )
    msg = message(
        "L009",
        JONAS,
        "Request for prior consultation – smart-meter analytics (Elements 2026/318)",
        when(11, 10, 11, 15),
        body,
        attachments=[
            (
                "DPIA_smart_meter_analytics_v1.0.pdf",
                to_pdf(METER_DPIA, "DPIA smart-meter analytics"),
            )
        ],
        cc=DPO,
    )
    return msg, Label(
        "en",
        (
            "energy_grid",
            "location_presence_inference",
            "group_template_english",
            "dpia_report_pdf",
            "contact_doc_control_table_only",
            "signature_no_phone",
            "processor_contact_table",
            "phone_foreign",
            "risk_likelihood_consequence",
            "part5_decision_quoted_case_system",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; contact person, DPO (Stockholm) and processor only in the front-page document-control table (signature has no phone); approval as the CEO's decision memo quoted from Elements in the mail body (review, stakeholders, decision)",
    )


DRONE_FINAL = """
# Data Protection Impact Assessment – Drone inspection of overhead power lines

~ Nordavind Group DPIA template v2.3 · Brattfoss Energi Nett AS · Version 1.0 FINAL · 16 November 2026

| Document control | Name | Role | Phone | E-mail
| Contact person | Jonas Ekre | Head of Metering and Data (DPIA coordinator) | +47 918 77 420 | jonas.ekre@brattfoss.no
| Data Protection Officer | Caroline Wikström | Group DPO | +46 70 312 48 90 | dpo@nordavind.se
| Processor | SkyPatrol AS – Eivind Brekke | Operations Manager | +47 415 02 996 | eivind@skypatrol.no
| Approver | Terje Mjøs | CEO | +47 37 00 51 01 | terje.mjos@brattfoss.no

# 1 Description of the processing

The company has 1 900 km of overhead lines. From 2027, lines will be inspected by drones flown by SkyPatrol AS (processor) instead of helicopter and foot patrol. Drones fly along the line at 30–60 m and record 4K video, high-resolution stills and thermal images. Software (from SkyPatrol) detects vegetation, damage and hot spots. About 4 500 properties (homes, cabins, farms) lie within 50 m of a line, so gardens, terraces, windows, vehicles and people are captured. Recordings are uploaded to SkyPatrol's platform (Norway), analysed, and findings (with image crops) are sent to our maintenance system. Raw video is kept 60 days, findings for the lifetime of the asset. Recipients: maintenance staff and contractors. No sharing with others except police on court order.

# 2 Necessity and proportionality

Inspection is a legal duty under the Regulation on electrical supply facilities. Helicopter inspection also captures properties, but at lower resolution and with more noise. Drones give better safety for staff and lower emissions. We limit the processing by: automatic blurring of persons and licence plates in all stored images (tested accuracy 96 %); cameras pointed at the line, not sideways; no flights over gardens outside the 50 m corridor; deletion of raw video after 60 days; notices to affected landowners one week before flights, with a map; a web page and phone line for questions and access requests. Data subjects can request access to images of their property and deletion of images not needed for maintenance.

# 3 Risk assessment

| ID | Risk | L | I | Measures implemented | Residual
| R1 | People photographed in private settings (garden, sunbathing, through windows) | 4 | 4 | Blurring, camera angle, notice | 3/4 (high)
| R2 | Blurring fails and identifiable images are kept for years in the maintenance system | 3 | 4 | Manual check of crops before storage | 2/4 (medium)
| R3 | Residents do not know when drones fly and feel surveilled | 3 | 3 | Notice one week before, web map | 2/3 (medium)
| R4 | Contractors misuse images (sharing on social media) | 2 | 4 | Confidentiality clauses, no download | 1/4 (low)
| R5 | Thermal images reveal activity inside homes | 2 | 4 | Thermal camera only on line components, masked outside 5 m of conductors | 1/4 (low)

Not implemented: flying only in winter (leaves off, fewer people outside) – rejected because inspection intervals are set by regulation; no video, stills only – rejected because vegetation assessment needs video.

# 4 Management sign-off

| Approved by | Date | Signature
| Terje Mjøs, CEO | pending | (to be signed on CEO's return)
"""

DRONE_DRAFT = """
# Data Protection Impact Assessment – Drone inspection of overhead power lines

~ Nordavind Group DPIA template v2.3 · DRAFT version 0.8 · 21 October 2026

| Document control | Name | Role | Phone | E-mail
| Contact person | Jonas Ekre | DPIA coordinator | +47 918 77 420 | jonas.ekre@brattfoss.no
| Data Protection Officer | Caroline Wikström | Group DPO | | dpo@nordavind.se
| Processor | SkyPatrol AS | | |

# 1 Description of the processing

Drones flown by SkyPatrol AS will inspect 1 900 km of lines from 2027, recording video, stills and thermal images. Approx. 4 500 properties near lines. Raw video kept 90 days (to be decided).

# 2 Necessity and proportionality

[Describe why the processing is necessary and which less intrusive alternatives were considered. Describe measures for the rights of the data subjects.]

# 3 Risk assessment

To be completed after the workshop on 4 November.

# 4 Management sign-off

| Approved by | Date | Signature
| | |
"""


def c029() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Datatilsynet,

        Request for prior consultation – drone inspection of overhead power lines

        Further to my phone call with your advisor on Monday, please find attached our DPIA for drone inspection of overhead power lines, final version 1.0. As your advisor suggested, I also attach the earlier draft 0.8 so that you can see how the assessment developed after our risk workshop (the draft is for reference only; version 1.0 is the one we ask you to assess).

        Residual risk R1 (people photographed in private settings) remains high, and we therefore request prior consultation.

        Regarding management sign-off: our CEO, Terje Mjøs, is on leave until 30 November and will sign the DPIA when he is back. We will forward the signed sign-off page as soon as we have it.

        Contact details are on the front page of the DPIA.

    """)
        + "\n"
        + SIG_JONAS
    )
    msg = message(
        "L029",
        JONAS,
        "Request for prior consultation – drone line inspection",
        when(11, 18, 14, 40),
        body,
        attachments=[
            ("DPIA_drone_inspection_v1.0_FINAL.docx", to_docx(DRONE_FINAL)),
            ("DPIA_drone_inspection_v0.8_DRAFT.docx", to_docx(DRONE_DRAFT)),
        ],
        cc=DPO,
    )
    return msg, Label(
        "en",
        (
            "energy_grid",
            "aerial_cameras",
            "group_template_english",
            "draft_beside_final",
            "dpia_report_docx",
            "contact_doc_control_table_only",
            "processor_contact_table",
            "phone_foreign",
            "risk_likelihood_consequence",
            "part5_will_follow",
            "signoff_table_empty",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: final v1.0 and the earlier draft 0.8 attached side by side; the final holds contacts, description, necessity with safeguards and the risk table; the sign-off row says «pending», the mail says the CEO will sign on his return and the page will be forwarded (the draft's sign-off table is empty too)",
        (5,),
    )


VOICE_DPIA = """
# Vurdering av personvernkonsekvenser – talebiometri i kundesenteret

~ Brattfoss Energi Nett AS · Elements 2026/402 · Versjon 1.0 · 20.11.2026

## 1 Kontaktinformasjon

| Rolle | Navn | Telefon | E-post
| Kontaktperson | Hanne Vestøl, personvernkoordinator | 905 44 127 | hanne.vestol@brattfoss.no
| Personvernombud | Caroline Wikström, konsernets personvernombud (Nordavind AB) | +46 70 312 48 90 | dpo@nordavind.se
| Databehandler | VoxID Nordic AS v/ Lene Ytterstad, prosjektleder | 922 40 118 | lene.ytterstad@voxid.no

## 2 Beskrivelse av behandlingen

Kundesenteret får om lag 110 000 telefoner i året om tilknytning, måleravlesning, strømbrudd og faktura. I dag identifiseres innringer med fødselsnummer og spørsmål om adresse, noe som både er usikkert (opplysningene er lette å skaffe) og tar tid. Vi vil tilby kundene å bli gjenkjent på stemmen: første gang kunden ringer og sier ja, lages et stemmeavtrykk (mal) fra 20 sekunder tale. Senere samtaler sammenlignes med malen i løpet av de første sekundene. Gjenkjenning gir tilgang til kundens sak uten fødselsnummer.

Registrerte: kunder som samtykker (vi regner med 20 000 i løpet av to år), og andre som ringer på vegne av kunden (avvises av systemet). Opplysninger: stemmemal (biometri), kundenummer, logg over verifiseringer. VoxID Nordic AS drifter løsningen som databehandler i Norge. Malen slettes når kunden trekker samtykket, avslutter kundeforholdet eller ikke har ringt på tre år.

## 3 Nødvendighet og forholdsmessighet

Dagens identifisering gir for svak sikkerhet: i 2025 hadde vi 17 tilfeller der noen fikk opplysninger om andres kundeforhold (blant annet i to saker om vold i nære relasjoner, der utøveren fikk vite ny adresse). Alternativer som er vurdert: BankID i app før samtale (mange eldre kunder ringer nettopp fordi de ikke bruker digitale løsninger), og engangskode på SMS (krever at vi har mobilnummeret, og det har vi bare for 55 %). Talebiometri er derfor det tiltaket som gir best sikkerhet for flest kunder. Det er frivillig: kunder som ikke vil, identifiseres som i dag, og det gir ingen ulempe. Samtykke innhentes muntlig i samtalen og bekreftes skriftlig på SMS/brev med lenke til informasjon. Kunden kan trekke samtykket på telefon, i kundeportalen eller per brev, og få innsyn i verifiseringsloggen.

## 4 Risikovurdering

Risikovurderingen er lagt inn her, ikke som eget vedlegg. Sannsynlighet og konsekvens 1–5.

| Nr | Risiko | S | K | Tiltak gjennomført | Restrisiko
| 1 | Stemmemalen stjeles og brukes til å utgi seg for kunden andre steder | 2 | 5 | Malen er kryptert, kan ikke gjenskape stemme, lagres bare hos VoxID i Norge | Middels
| 2 | Stemmekloning (KI) lurer systemet og gir tilgang til kundeforholdet | 3 | 4 | Liveness-test, fallback til manuell kontroll ved endring av adresse/kontonummer | Høy
| 3 | Samtykket er ikke reelt (kunden forstår ikke hva biometri innebærer) | 3 | 3 | Skriftlig bekreftelse, enkel tilbaketrekking | Middels
| 4 | Kunder med talevansker eller som er syke blir avvist og føler seg diskriminert | 2 | 3 | Alltid alternativ identifisering | Lav

Tiltak vurdert, ikke gjennomført: tofaktor (stemme + PIN) for alle samtaler – forkastet fordi det fjerner gevinsten for eldre kunder; kun bruk for lavrisikosaker – vurderes etter et års drift.

Restrisiko 2 (stemmekloning) er høy.
"""

VOICE_BOARD = """
# Utdrag av protokoll fra styremøte i Brattfoss Energi Nett AS

~ Møtedato: 25.11.2026 · Sted: Fossveien 2 og Teams
~ Til stede: Gunn Tveito (styreleder), Arne Solum, Per Kristian Olsen, Marit Nes, Sondre Heggland (ansattvalgt)
~ Fra administrasjonen: Terje Mjøs (adm. dir.), Hanne Vestøl (sak 54/26)

## Sak 54/26 Talebiometri i kundesenteret – vurdering av personvernkonsekvenser

Personvernkoordinator presenterte DPIA-en og risikovurderingen. Konsernets personvernombud hadde gitt skriftlige merknader, som ble referert. Kunderådet og de ansattes representanter i kundesenteret har gitt innspill; de ansatte ønsker at løsningen ikke brukes til å måle samtaletid. Styret diskuterte særlig risikoen for stemmekloning.

Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser. Selskapet ber Datatilsynet om forhåndsdrøftelse før løsningen tas i bruk. Løsningen skal ikke brukes til å måle de ansattes arbeid.

Rett utskrift bekreftes: Gunn Tveito, styreleder (sign.)
"""


def c049() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei,

        Brattfoss Energi Nett AS ber om forhåndsdrøftelse etter personvernforordningen art. 36 for talebiometri (stemmegjenkjenning) i kundesenteret.

        Vedlagt:
        - DPIA versjon 1.0. Merk at risikovurderingen, som vi i utkastet hadde som eget vedlegg 2, nå er tatt inn som kapittel 4 i DPIA-en, så dere får ett dokument.
        - Utdrag av styreprotokoll 25.11.2026, sak 54/26.

        Kontaktinformasjon står i kapittel 1. Konsernets personvernombud i Stockholm har kopi.

        Vennlig hilsen
        Hanne Vestøl
        personvernkoordinator
        Brattfoss Energi Nett AS
        905 44 127
    """)
    msg = message(
        "L049",
        "Hanne Vestøl <hanne.vestol@brattfoss.no>",
        "Anmodning om forhåndsdrøftelse – talebiometri i kundesenteret",
        when(11, 27, 12, 5),
        body,
        attachments=[
            ("DPIA_talebiometri_v1.0.docx", to_docx(VOICE_DPIA)),
            (
                "Utdrag_styreprotokoll_2026-11-25_sak54.pdf",
                letter_pdf(VOICE_BOARD, FOOTER, "Utdrag styreprotokoll"),
            ),
        ],
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "energy_grid",
            "biometrics",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_likelihood_consequence",
            "risk_moved_into_dpia_note",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete; the mail explains that the risk assessment formerly a separate annex is now chapter 4 of the DPIA (it is); contacts in chapter 1 incl. the Stockholm DPO and the processor; board minutes extract as approval",
    )


GPS_DPIA = """
# Data Protection Impact Assessment – GPS fleet tracking and lone-worker alarm for field staff

~ Nordavind Group DPIA template v2.3 · Brattfoss Energi Nett AS · Version 1.1 · 9 November 2026

## 0 Contacts

| Role | Name | Phone | E-mail
| Contact person | Jonas Ekre, Head of Metering and Data (DPIA coordinator) | +47 918 77 420 | jonas.ekre@brattfoss.no
| HR contact | Elin Kvarstein, HR Manager | +47 37 00 51 20 | elin.kvarstein@brattfoss.no
| Data Protection Officer | Caroline Wikström, Group DPO | +46 70 312 48 90 | dpo@nordavind.se
| Processor | FleetTrack Norge AS – Ole Kristian Dahl, Key Account Manager | +47 23 96 14 50 | okd@fleettrack.no

# 1 Description of the processing

## 1.1 Purpose, necessity and proportionality

The company's 85 field workers (line workers, meter technicians) often work alone in remote areas, sometimes at night during outages. Two serious accidents in 2024–2025 took over an hour to be discovered. The purpose is (a) to find and send help to a worker who is injured or does not respond, and (b) to dispatch the nearest crew during outages. Today workers call in by phone every second hour; this fails when there is no coverage, and workers report it as disruptive. We considered a lone-worker app without positioning (a dead-man alarm that only sends an alert), but rescue then depends on knowing where the person is, which is often not known precisely. We therefore consider positioning necessary. To keep it proportionate: positions are only visible to the operations centre while the vehicle is on a work order or an alarm is active; outside working hours and in private use of vehicles, tracking is switched off by the driver with a privacy button; no driving-behaviour scoring; positions are kept 30 days, alarms 12 months; the data may not be used for control of working time or in disciplinary cases unless the worker agrees (agreement with the unions, 2 October 2026). Workers receive written information, may see their own position history in the app and may request a copy.

## 1.2 Data and data subjects

85 field workers and about 20 contractors' staff who use company vehicles. Data: vehicle ID, driver ID, position every 30 seconds when on a work order, ignition on/off, alarm events (fall detection, no-movement, manual SOS), phone number.

## 1.3 Systems, recipients and processor

FleetTrack Norge AS provides the tracking units, the app and the platform (hosted in Norway) as processor; DPA signed 20 September 2026. Recipients: operations centre (duty operator), and in an alarm the emergency services. HR has no access.

## 1.4 Security

Role-based access for the operations centre only, two-factor login, encryption, audit log reviewed monthly by the safety delegate and HR together.

# 2 Legal basis

Art. 6(1)(c) and (f); Working Environment Act section 4-1 and the Regulation on organisation, management and employee participation; Email and monitoring regulation (Chapter 9 of the Working Environment Act) – the measure has been discussed with the unions as required.

# 3 Risk assessment

The risk assessment was carried out by an external consultant and is attached as a separate memo (Aurora Privacy Consulting, 4 November 2026).

# 4 Approval

See forwarded e-mail from the CEO.
"""

GPS_MEMO = """
# MEMO – Risk assessment: GPS fleet tracking and lone-worker alarm

~ To: Brattfoss Energi Nett AS, attn. Jonas Ekre
~ From: Aurora Privacy Consulting AS, Tobias Lund, Senior Consultant
~ Date: 4 November 2026

## Scope and method

We assessed the risks to the field workers' rights and freedoms from the planned GPS tracking and lone-worker alarm. We reviewed the draft DPIA v1.0, the FleetTrack technical documentation and the agreement with the unions, and held a workshop on 30 October with operations, HR, two union representatives and the safety delegate. Likelihood and impact: Low / Medium / High.

## Risks

| No. | Risk to the employees | Likelihood | Impact | Measures in place | Residual
| 1 | Positions used to monitor working time, breaks or productivity, leading to pressure and distrust | High | High | Union agreement, no HR access, privacy button, monthly log review | High
| 2 | Tracking continues in private time (vehicles taken home on call duty) | Medium | High | Privacy button, automatic off outside work orders | Medium
| 3 | Managers access positions informally via the operations centre | Medium | Medium | Access log, monthly review by safety delegate | Low
| 4 | Data breach at processor revealing home addresses of staff | Low | High | Norwegian hosting, encryption, DPA | Low
| 5 | Fall-detection false alarms lead to unnecessary call-outs and embarrassment | Medium | Low | Cancel window of 60 s | Low

## Measures considered but not implemented

- Showing positions only during an active alarm (no tracking during work orders): rejected by the company because dispatch of the nearest crew during outages is a core purpose.
- Anonymous vehicle IDs in the operations view: rejected because the duty operator must know who is where to send help.

## Conclusion

Risk 1 remains high: the existence of a continuous position record of workers in working hours creates a standing opportunity for control that technical measures cannot remove. We recommend that Brattfoss requests prior consultation and evaluates the arrangement with the unions after six months.

Tobias Lund · +47 918 03 557 · tobias.lund@auroraprivacy.no
"""


def c010() -> tuple[EmailMessage, Label]:
    fwd = txt("""
        ---------- Forwarded message ---------
        From: Terje Mjøs <terje.mjos@brattfoss.no>
        Date: Thu, 12 Nov 2026 at 08:02
        Subject: SV: DPIA GPS / lone worker – for approval
        To: Jonas Ekre <jonas.ekre@brattfoss.no>
        Cc: Elin Kvarstein <elin.kvarstein@brattfoss.no>, Caroline Wikström <dpo@nordavind.se>

        Jonas,

        The management team went through the DPIA v1.1 and Aurora's memo at our meeting yesterday, including the union representatives' written comments and Caroline's remarks as group DPO. We accept that risk 1 remains high. I approve the DPIA on behalf of the company and ask you to submit a request for prior consultation to Datatilsynet. Please make sure the evaluation with the unions after six months is put in the annual wheel.

        Terje

        Terje Mjøs
        CEO, Brattfoss Energi Nett AS
        +47 37 00 51 01
    """)
    body = (
        txt("""
        Dear Datatilsynet,

        On behalf of Brattfoss Energi Nett AS I submit a request for prior consultation under Article 36 GDPR for GPS tracking of service vehicles combined with a lone-worker alarm for our field staff.

        Attached are the DPIA (v1.1) and the external risk assessment by Aurora Privacy Consulting. Management's approval is the CEO's e-mail, forwarded below.

    """)
        + "\n"
        + SIG_JONAS
        + "\n"
        + fwd
    )
    msg = message(
        "L010",
        JONAS,
        "Request for prior consultation – GPS fleet tracking / lone-worker alarm",
        when(11, 16, 10, 22),
        body,
        attachments=[
            ("DPIA_GPS_lone_worker_v1.1.docx", to_docx(GPS_DPIA)),
            (
                "Aurora_memo_risk_assessment_2026-11-04.pdf",
                letter_pdf(
                    GPS_MEMO,
                    [
                        "Aurora Privacy Consulting AS · Kongens gate 9, 0153 Oslo · Org. no. 926 550 311"
                    ],
                    "Memo",
                ),
            ),
        ],
        cc=DPO,
    )
    return msg, Label(
        "en",
        (
            "energy_grid",
            "employees",
            "location_tracking",
            "group_template_english",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "part3_inside_description",
            "part4_consultant_memo",
            "risk_likelihood_consequence_words",
            "part5_email_inline_forward",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; necessity and proportionality argued inside 1.1 of the description («Purpose, necessity and proportionality», with the workers' rights); the risk assessment is the consultant's memo (likelihood/impact in words, measures not implemented and why); approval is the CEO's e-mail forwarded inline below the signature",
    )


EV_DPIA = """
# Data Protection Impact Assessment – Remote control of home EV chargers for grid flexibility («FlexHjem»)

~ Nordavind Group DPIA template v2.3 · Brattfoss Energi Nett AS · Version 1.0 · 24 November 2026

| Document control | Name | Role | Phone | E-mail
| Contact person | Jonas Ekre | Head of Metering and Data | +47 918 77 420 | jonas.ekre@brattfoss.no
| Data Protection Officer | Caroline Wikström | Group DPO | +46 70 312 48 90 | dpo@nordavind.se
| Processor | ChargeFlex AS – Silje Haraldsen | Partner Manager | +47 940 11 322 | silje.haraldsen@chargeflex.no

# 1 Description of the processing

Customers with a home EV charger may join «FlexHjem»: in return for a lower grid tariff, the grid company may reduce or pause charging for up to two hours at a time when the local grid is congested. ChargeFlex AS connects to the charger through the charger manufacturer's cloud and acts as our processor. Data: charger ID, address, charging sessions (start/stop, kWh, power), plug-in status, car battery level (where available), tariff group. Expected 6 000 households in 2027. Data kept 13 months. Recipients: none outside the company and ChargeFlex.

# 2 Necessity and proportionality

Controlling chargers is cheaper and faster than grid reinforcement in the most congested areas. Participation is voluntary and can be ended at any time; customers can override a pause from the app (with loss of the discount for that month only). We only collect the data needed to control charging; we do not collect GPS position of the car. Customers see all control events in the app and can request their data.

# 3 Risk assessment

| ID | Risk | L | I | Measures | Residual
| R1 | Charging data reveal presence at home, working hours, travel | 3 | 3 | No GPS, 13 months retention, access for 2 staff | Medium
| R2 | Pause at a critical time (e.g. night shift nurse, medical need) leaves customer without enough range | 3 | 4 | Override in app, max 2 hours, notice by push message | High
| R3 | Customers with lower income feel pressed to join because of the discount | 2 | 3 | Discount capped at NOK 600/year | Medium
| R4 | Manufacturer cloud receives control commands and links them to the customer | 2 | 3 | Contract with ChargeFlex, no customer name passed on | Low

Not implemented: a list of «protected» customers with medical needs who are never paused – rejected because it would require health data.

# 4 Management validation

See the attached minutes of the management meeting.
"""

EXCO_MINUTES = """
# Minutes – Management Team Meeting

~ Brattfoss Energi Nett AS · 17 November 2026, 09:00–11:00 · Meeting room Fossen
~ Present: Terje Mjøs (CEO), Kari Helle (CFO), Rune Aas (Director Grid Operations), Elin Kvarstein (HR), Jonas Ekre (Metering and Data)

## 1 Minutes of previous meeting

Approved.

## 2 Winter preparedness 2026/27

Director Grid Operations presented the preparedness plan, including stand-by rotas for Christmas and the helicopter agreement. The plan was approved.

## 3 Tariff model 2027

CFO presented the regulator's final decision on the income cap. Tariffs for 2027 will be published on 1 December. Decision: The management team endorses the proposed tariff model.

## 4 Sick leave Q3

HR presented the figures (5.1 %). Follow-up in line management.

## 5 AOB

Christmas lunch on 17 December.
"""


def c030() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Datatilsynet,

        Brattfoss Energi Nett AS requests prior consultation for «FlexHjem», remote control of customers' home EV chargers for grid flexibility.

        Attached:
        1. DPIA v1.0 (contact details on the front page)
        2. Minutes of the management team meeting where the DPIA was approved

        Residual risk R2 is high.

    """)
        + "\n"
        + SIG_JONAS
        + "Mob. +47 918 77 420\n"
    )
    msg = message(
        "L030",
        JONAS,
        "Request for prior consultation – FlexHjem (remote control of EV chargers)",
        when(11, 26, 15, 33),
        body,
        attachments=[
            ("1_DPIA_FlexHjem_v1.0.pdf", to_pdf(EV_DPIA, "DPIA FlexHjem")),
            (
                "2_Minutes_ManagementTeam_2026-11-17.pdf",
                letter_pdf(EXCO_MINUTES, FOOTER, "Minutes"),
            ),
        ],
        cc=DPO,
    )
    return msg, Label(
        "en",
        (
            "energy_grid",
            "group_template_english",
            "dpia_report_pdf",
            "contact_doc_control_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_likelihood_consequence",
            "wrong_file_approval",
            "part5_minutes_about_other_matters",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: the mail and the DPIA say the attached management minutes approve the DPIA, but the attached minutes of 17 November cover winter preparedness, tariffs, sick leave – no DPIA item (a file about something else)",
        (5,),
    )


def c050() -> tuple[EmailMessage, Label]:
    earlier = txt("""
        Dear Datatilsynet,

        On behalf of Brattfoss Energi Nett AS I submit a request for prior consultation under Article 36 GDPR for GPS tracking of service vehicles combined with a lone-worker alarm for our field staff.
    """)
    body = txt("""
        Til Datatilsynet

        Avviksmelding – posisjonsdata for montører sendt til feil mottaker

        Vi melder herved et brudd på personopplysningssikkerheten. Skjemaet i Altinn ble forsøkt sendt i går kveld, men innsendingen feilet to ganger (feilkode 500), så vi sender meldingen per e-post for å overholde 72-timersfristen. Vi sender skjemaet i Altinn så snart det virker.

        Hva skjedde: I pilotperioden for GPS-sporing og alenearbeidsalarm (som vi har bedt om forhåndsdrøftelse for, se vår e-post 16. november, sitert under) sendte leverandøren FleetTrack Norge AS 7. desember en ukerapport med posisjonslogg for 12 montører til en feil e-postadresse hos en annen kunde. Rapporten viste kjøremønstre over en uke, inkludert hvor bilene sto parkert om natten (montørenes bostedsadresser for de som har vakt).

        Berørte: 12 ansatte. Opplysninger: navn, bil, posisjoner, tidspunkter.

        Tiltak: Mottakeren har bekreftet sletting skriftlig. FleetTrack har stanset automatiske rapporter. De ansatte og tillitsvalgte er informert i dag. Piloten fortsetter ikke før Datatilsynet har svart på forhåndsdrøftelsen.

        Kontakt: Jonas Ekre, 918 77 420, jonas.ekre@brattfoss.no. Personvernombud: Caroline Wikström, +46 70 312 48 90, dpo@nordavind.se.

        Med vennlig hilsen
        Jonas Ekre
        Brattfoss Energi Nett AS

    """) + quoted(earlier)
    msg = message(
        "L050",
        JONAS,
        "Avviksmelding (Altinn feilet) – posisjonsdata montører",
        when(12, 9, 8, 41),
        body,
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "energy_grid",
            "employees",
            "location_tracking",
            "nonrequest_breach_notification",
            "refers_to_earlier_messages",
            "quoted_earlier_mail",
            "contact_body_lines",
            "p1_processor_named_no_contact",
        ),
        "none",
        False,
        "used",
        "breach notification by e-mail (Altinn failed) about the pilot of L010's processing; quotes the first lines of L010; not a request; parts labelled as they are: contact person and DPO given but the processor FleetTrack named without contact (1 missing), no description/necessity/risk/approval",
        (1, 2, 3, 4, 5),
    )
