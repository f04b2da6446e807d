# ruff: noqa: E501
"""Sender H: Tverrlinje Logistikk AS (logistics, bokmål and English).

Habits: the HSE and privacy manager writes everything; in English when the Danish parent company's
privacy team or a foreign supplier is involved; DPIAs in Word or PDF; the board or the management
team decides; forwards earlier mails when something went astray.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_pdf, to_xlsx, txt, when

FROM = "Geir Rønning <geir.ronning@tverrlinje.no>"
SIG_NB = txt(
    """
    Mvh
    Geir Rønning
    HMS- og personvernleder
    Tverrlinje Logistikk AS
    Tlf. 69 30 15 40 / 901 44 712
    geir.ronning@tverrlinje.no
    """
)
SIG_EN = txt(
    """
    Kind regards,
    Geir Rønning
    HSE & Privacy Manager, Tverrlinje Logistikk AS (part of Nordlink Group A/S)
    Tel. +47 69 30 15 40 / mobile +47 901 44 712
    geir.ronning@tverrlinje.no
    """
)

TOPICS = {
    "c015": "driver_fatigue_camera",
    "c035": "fingerprint_access_warehouse",
    "c055": "random_drug_testing",
    "c016": "warehouse_productivity_tracking",
    "c036": "van_dashcams",
    "c056": "age_estimation_delivery",
}


C015_DPIA = """
# Data Protection Impact Assessment – In-cab fatigue and distraction monitoring

Tverrlinje Logistikk AS. Version 1.0, 28 October 2026. Reviewed by Nordlink Group Privacy.

# 1. Contact details

| Role | Name | Phone | E-mail |
| Controller contact | Geir Rønning, HSE & Privacy Manager | +47 69 30 15 40 | geir.ronning@tverrlinje.no |
| Data Protection Officer | Eva Strand | +47 69 30 15 99 | eva.strand@tverrlinje.no |
| Processor – VisionDrive Ltd (Manchester, UK) | Oliver Grant, DPO | +44 161 496 0725 | oliver.grant@visiondrive.co.uk |

# 2. Description of the processing

An infrared camera facing the driver is installed in 140 long-haul trucks. Software analyses eyelid closure, head position and phone use in real time in the vehicle. When fatigue or distraction is detected, the cab sounds an alarm; a 10-second clip is uploaded to VisionDrive's platform (hosted in Ireland, support from the UK) and reviewed by the transport safety team in Tverrlinje. No continuous recording leaves the vehicle. Clips are kept 30 days, or until a safety follow-up is closed. Data subjects: about 210 drivers (employees and hired drivers). Legal basis: Art. 6(1)(f) and (c) (Working Environment Act § 4-1, driving and rest time rules); facial images are not used for identification (no Art. 9 biometric identification).

# 3. Necessity and proportionality

Tverrlinje had 9 incidents in 2024–2025 where a driver fell asleep at the wheel, two with injuries. Alternatives considered: more rest breaks (already above legal minimum), lane-departure warning only (detects too late), wearable fatigue bands (more intrusive, measures health data off duty). The camera analyses in the vehicle and uploads only short clips on events. Safeguards: agreement with the trade union under Working Environment Act chapter 9; drivers informed in writing and by training; clips not used for disciplinary action unless there is gross negligence, and then only after the driver has commented; drivers can see their own clips; camera can be covered during rest periods (sleeper cab).

# 4. Risk assessment

| Risk to drivers | Likelihood | Impact | Level | Measures | Residual |
| Continuous feeling of surveillance, stress, loss of autonomy | High | Medium | High | In-vehicle analysis; no live view; camera covered in rest periods | Medium |
| Clips used in disciplinary cases or dismissals | Medium | High | High | Union agreement; gross negligence only; right to comment | Medium |
| False alerts for drivers with medical conditions (e.g. eyelid conditions), revealing health | Low | High | Medium | Driver can report condition to occupational health, who adjusts sensitivity without telling the manager | Low |
| Transfer of clips to the UK | Low | Medium | Low | UK adequacy decision; contract | Low |

Considered, not implemented: no uploads at all (then the safety team cannot follow up and coach); automatic deletion after 7 days (follow-up and coaching often takes longer).

Residual risk for drivers' integrity at work remains medium; the company asks Datatilsynet for prior consultation.
"""

C015_BOARD = """
# Tverrlinje Logistikk AS – Board resolution (extract)

Board meeting 4 November 2026, Moss. Present: Chair Lise Hval, board members Per Olav Lund, Sanna Nielsen (Nordlink Group), Terje Aas (employee representative). CEO Morten Aas.

## Item 6/2026 In-cab fatigue monitoring – DPIA

The HSE & Privacy Manager presented the DPIA and findings. The union (Norsk Transportarbeiderforbund, local branch) and the safety representatives gave written comments; their demand that clips not be used for ordinary disciplinary cases is adopted.

Resolution: The board approves the DPIA and instructs the CEO to request prior consultation with Datatilsynet before roll-out.

Signed electronically by all board members, 5 November 2026.
"""


def c015() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Dear Datatilsynet,

        Tverrlinje Logistikk AS hereby requests prior consultation under Article 36 GDPR for in-cab fatigue and distraction monitoring in our trucks. We write in English because the DPIA was prepared together with our Danish parent company's privacy team.

        Attached: the DPIA (with contact details in section 1) and the board resolution of 4 November 2026.

        """
    )
    msg = message(
        "c015",
        FROM,
        "Request for prior consultation – in-cab fatigue monitoring",
        when(11, 6, 8, 15),
        body + "\n" + SIG_EN,
        attachments=[
            ("DPIA_in-cab_monitoring_v1.0.pdf", to_pdf(C015_DPIA)),
            ("Board_resolution_item6-2026.pdf", to_pdf(C015_BOARD)),
        ],
    )
    return msg, Label(
        "en",
        (
            "logistics",
            "employees",
            "in_cab_camera",
            "dpia_report_pdf",
            "headings_numbered",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_minute_extract",
            "english_headings",
        ),
        "none",
        True,
        "used",
        "complete, English: contacts incl. UK processor; alternatives and driver safeguards; risk table with residual and measures not taken; board resolution with stakeholders",
    )


C035_DPIA = """
# Vurdering av personvernkonsekvenser – Fingeravtrykk for adgang til lager

Tverrlinje Logistikk AS. Versjon 0.9, 18. november 2026.

# 1 Kontaktinformasjon

| Rolle | Navn | Telefon | E-post |
| Kontaktperson | Geir Rønning | 69 30 15 40 | geir.ronning@tverrlinje.no |
| Personvernombud | Eva Strand | 69 30 15 99 | eva.strand@tverrlinje.no |
| Databehandler: SikkerPass AS | Bjørn Kalvø | 64 85 20 30 | bjorn.kalvo@sikkerpass.no |

# 2 Beskrivelse

Lageret på Rygge (tollager med høyverdi-gods) skal ha adgangskontroll med fingeravtrykk i stedet for kort. Ca. 350 ansatte og innleide. En biometrisk mal lagres kryptert på adgangskortet (ikke sentralt); leseren sammenligner fingeren med malen på kortet. Loggen over passeringer (person, dør, tid) lagres i 6 måneder hos SikkerPass AS. Grunnlag: art. 9 nr. 2 bokstav b, jf. tollforskriften om sikring av tollager og arbeidsmiljøloven kap. 9.

# 3 Nødvendighet og forholdsmessighet

Tollvesenet har påpekt at kort blir lånt bort. Vi vurderte kort + PIN (PIN deles også), kort + kamera ved dør (mer inngripende), vakt ved inngang (svært kostbart). Malen lagres bare på kortet slik at vi ikke har en sentral biometridatabase. Ansatte som ikke vil bruke fingeravtrykk, kan få kort + PIN og stikkprøvekontroll. Informasjon, drøfting med tillitsvalgte, innsyn i egen logg.

# 4 Risikovurdering

Under arbeid – ettersendes.

# 5 Ledelsens godkjenning

Saken skal behandles i ledermøtet 8. desember. Godkjenning ettersendes.
"""


def c035() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei

        Vi ønsker å be om forhåndsdrøftelse for fingeravtrykk som adgangskontroll på tollageret vårt på Rygge. Tollvesenet venter på en løsning, så vi sender det vi har nå for å komme i køen.

        Vedlagt er DPIA-utkastet. Risikovurderingen og ledelsens godkjenning ettersendes så snart de er klare, trolig i midten av desember.

        """
    )
    msg = message(
        "c035",
        FROM,
        "Forhåndsdrøftelse – fingeravtrykk tollager Rygge",
        when(11, 20, 11, 9),
        body + "\n" + SIG_NB,
        attachments=[("DPIA_fingeravtrykk_Rygge_v0.9.docx", to_docx(C035_DPIA))],
    )
    return msg, Label(
        "nb",
        (
            "logistics",
            "employees",
            "biometrics",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "part4_will_follow",
            "part5_will_follow",
            "ordinary_deferred",
        ),
        "none",
        True,
        "used",
        "ordinary incomplete: the mail and the DPIA say the risk assessment («Under arbeid – ettersendes») and management approval (meeting 8 December) will follow → parts 4 and 5 missing; contacts, description and necessity present",
        (4, 5),
    )


C055_DPIA = """
# DPIA – Tilfeldig rustesting av sjåfører og truckførere

Tverrlinje Logistikk AS, 27. oktober 2026

# Kontaktinformasjon

Kontaktperson: Geir Rønning, tlf. 69 30 15 40, geir.ronning@tverrlinje.no
Personvernombud: Eva Strand, tlf. 69 30 15 99, eva.strand@tverrlinje.no
Databehandler: Rustestlab AS, kontaktperson Ingeborg Falch, tlf. 22 45 19 80, ingeborg.falch@rustestlab.no

# Beskrivelse

Tverrlinje vil innføre tilfeldig rustesting (spyttprøve) av sjåfører og truckførere, i tillegg til testing ved konkret mistanke og etter ulykker. Ca. 20 % av de 480 ansatte i sikkerhetskritiske stillinger trekkes hvert år. Prøven tas av bedriftshelsetjenesten og analyseres av Rustestlab AS. Arbeidsgiver får bare beskjed om «negativ» eller «positiv bekreftet»; analyseverdier og medisinbruk blir hos bedriftshelsetjenesten. Positive resultater fører til AKAN-oppfølging og fjerning fra sikkerhetskritiske oppgaver. Resultater lagres 2 år. Grunnlag: art. 9 nr. 2 bokstav b, jf. arbeidsmiljøloven § 9-4 (sikkerhetskritiske stillinger).

# Nødvendighet og forholdsmessighet

To truckulykker i 2025 involverte påvirkede ansatte. Alkolås i bilene er innført og beholdes, men fanger ikke narkotika. Testing bare ved mistanke er vurdert, men ledere melder i praksis ikke fra. Testingen begrenses til stillinger der påvirkning kan gi fare for liv; kontoransatte testes ikke. Garantier: avtale med tillitsvalgte, skriftlig informasjon, resultater via bedriftshelsetjenesten, rett til kontrollanalyse, AKAN-oppfølging i stedet for oppsigelse ved første positive prøve.

# Risikovurdering

| Risiko for den ansatte | S | K | Tiltak | Rest |
| Helseopplysninger (medisinbruk) blir kjent for leder | Middels | Høy | Bare «positiv bekreftet» til arbeidsgiver; lege vurderer legitime medisiner | Lav |
| Falsk positiv prøve gir fjerning fra arbeid og stigma | Lav | Høy | Bekreftelsesanalyse før resultat; rett til kontrollanalyse | Lav |
| Trekningen oppleves ikke som tilfeldig (trakassering) | Middels | Middels | Trekning gjøres av bedriftshelsetjenesten med logg | Lav |
| Ansatte føler seg mistenkeliggjort og tilliten svekkes | Høy | Middels | Dialog med tillitsvalgte, evaluering etter ett år | Middels |

Vurdert, ikke gjennomført: testing av alle ansatte (ikke nødvendig for kontorstillinger); urinprøve (mer inngripende og gir lengre påvisningstid som fanger bruk i fritiden).

Restrisikoen for tillit og integritet er middels; fordi testingen omfatter helseopplysninger om mange ansatte, ber vi om forhåndsdrøftelse.
"""

C055_MINUTES = """
# Tverrlinje Logistikk AS – Protokoll fra ledermøte 29. oktober 2026 (utdrag)

Til stede: Morten Aas (adm. dir.), Kristin Solberg (driftsdirektør), Hans Jørgen Eng (økonomi), Geir Rønning (HMS og personvern). Hovedtillitsvalgt Roy Nilsen og hovedverneombud møtte under sak 3.

## Sak 3: Tilfeldig rustesting – DPIA

Geir Rønning presenterte DPIA-en og funnene. De tillitsvalgte støtter testing i sikkerhetskritiske stillinger, men ba om AKAN i stedet for oppsigelse ved første positive prøve; det er tatt inn.

Vedtak: Ledermøtet godkjenner DPIA-en og ber HMS- og personvernleder sende anmodning om forhåndsdrøftelse til Datatilsynet.
"""


def c055() -> tuple[EmailMessage, Label]:
    inner = message(
        "c055i",
        FROM,
        "Anmodning om forhåndsdrøftelse – tilfeldig rustesting",
        when(11, 2, 14, 12),
        txt(
            """
            Til Datatilsynet

            Tverrlinje Logistikk AS ber om forhåndsdrøftelse for tilfeldig rustesting av sjåfører og truckførere. Vedlagt er DPIA og protokoll fra ledermøtet 29. oktober.

            """
        )
        + SIG_NB,
        attachments=[
            ("DPIA_rustesting.pdf", to_pdf(C055_DPIA)),
            ("Protokoll_ledermote_2026-10-29_sak3.pdf", to_pdf(C055_MINUTES)),
        ],
        to="postmottak@personvernnemnda.no",
    )
    body = txt(
        """
        Hei

        Vi oppdaget i dag at anmodningen under ble sendt til Personvernnemnda ved en feil for to uker siden. Jeg videresender den originale e-posten med vedlegg, og ber om at den behandles som vår anmodning om forhåndsdrøftelse.

        """
    )
    msg = message(
        "c055",
        FROM,
        "VS: Anmodning om forhåndsdrøftelse – tilfeldig rustesting",
        when(11, 16, 10, 31),
        body + "\n" + SIG_NB,
        forwarded=("Anmodning om forhåndsdrøftelse – tilfeldig rustesting.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "logistics",
            "employees",
            "health_data",
            "forwarded_rfc822",
            "refers_to_earlier_messages",
            "dpia_report_pdf",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_management_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete, but everything sits inside a forwarded .eml (first sent to the wrong authority): DPIA with all contacts incl. lab processor, alternatives and safeguards, risk table with residual and measures not taken; management meeting minutes with union input and decision",
    )


C016_DPIA = """
# DPIA – Måling av produktivitet med posisjon fra håndskannere

Tverrlinje Logistikk AS, lager Vestby. 10. november 2026.

# Kontakt

| Rolle | Navn | Telefon | E-post |
| Kontaktperson | Geir Rønning | 69 30 15 40 | geir.ronning@tverrlinje.no |
| Personvernombud | Eva Strand | 69 30 15 99 | eva.strand@tverrlinje.no |
| Databehandler: Lagerlogikk AS | Camilla Rud | 33 02 80 14 | camilla.rud@lagerlogikk.no |

# Beskrivelse

Lagerstyringssystemet (Lagerlogikk AS, skyløsning i Norge) skal ta i bruk posisjon fra håndskannerne (innendørs posisjonering, 1–2 meter) for 260 plukkere. Systemet beregner plukk per time, gangavstand og «inaktiv tid» over 4 minutter per person, og viser tall for teamleder i sanntid. Formål: bedre plukkruter, riktig bemanning og oppfølging av plukkere som ligger langt under normen. Rådata lagres 30 dager, aggregerte nøkkeltall 12 måneder. Grunnlag: art. 6 nr. 1 bokstav f; arbeidsmiljøloven kap. 9.

# Nødvendighet og forholdsmessighet

Ruteoptimalisering kan gjøres med anonymiserte data, og det gjør vi (vurdert og valgt for rutedelen). Individuell produktivitetsmåling er begrunnet i behovet for å følge opp plukkere med helseplager eller opplæringsbehov. Alternativer: oppfølging bare på team-nivå (vurdert, men gir ikke mulighet til individuell tilrettelegging), manuell registrering (upålitelig). Garantier: «inaktiv tid» vises ikke i sanntid, bare som ukesum; toalett- og pauserom er ikke dekket; ansatte ser egne tall; tall brukes ikke alene i advarsler; avtale med tillitsvalgte; informasjon og opplæring.

# Risikovurdering

Se vedlagt risikoark (Excel).

# Godkjenning

Ledermøtet 17. november 2026, sak 5: Driftsdirektøren presenterte DPIA-en. Klubben (Fellesforbundet) og verneombudet har gitt skriftlige innspill; kravet om at inaktiv tid ikke skal vises i sanntid er tatt inn. Vedtak: «Ledermøtet godkjenner DPIA-en. På grunn av restrisikoen for press og helseplager ber vi Datatilsynet om forhåndsdrøftelse.» Morten Aas, administrerende direktør.
"""

C016_RISK = {
    "Risiko": [
        [
            "Nr",
            "Risiko for de ansatte",
            "Sannsynlighet",
            "Konsekvens",
            "Risiko før",
            "Tiltak gjennomført",
            "Risiko etter",
            "Vurdert, ikke gjennomført",
            "Begrunnelse",
        ],
        [
            "1",
            "Tidspress og belastningsskader fordi alle vet at de måles",
            "Høy",
            "Høy",
            "Høy",
            "Ingen sanntidsvisning av inaktiv tid; normer justeres for erfaring og helse",
            "Middels",
            "Fjerne individuell måling helt",
            "Hindrer individuell tilrettelegging",
        ],
        [
            "2",
            "Inaktiv tid avslører helseplager, toalettbesøk, bønn",
            "Middels",
            "Høy",
            "Høy",
            "Pauserom og toaletter ikke dekket; ukesum, ikke tidspunkt",
            "Lav",
            "",
            "",
        ],
        [
            "3",
            "Tall brukes i oppsigelsessaker uten annen vurdering",
            "Middels",
            "Høy",
            "Høy",
            "Avtale med tillitsvalgte: tall aldri eneste grunnlag",
            "Middels",
            "",
            "",
        ],
        [
            "4",
            "Innleide fra bemanningsbyrå får ikke samme vern",
            "Middels",
            "Middels",
            "Middels",
            "Samme regler i avtale med byrå",
            "Lav",
            "",
            "",
        ],
        [
            "5",
            "Lekkasje av posisjonsdata",
            "Lav",
            "Middels",
            "Lav",
            "Kryptering, logging",
            "Lav",
            "",
            "",
        ],
    ],
}


def c016() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei

        Tverrlinje Logistikk AS ber om forhåndsdrøftelse for produktivitetsmåling med posisjon fra håndskannere på lageret i Vestby. DPIA (med ledermøtets vedtak til slutt) og risikoark er vedlagt.

        """
    )
    msg = message(
        "c016",
        FROM,
        "Anmodning om forhåndsdrøftelse – produktivitetsmåling lager Vestby",
        when(11, 20, 13, 14),
        body + "\n" + SIG_NB,
        attachments=[
            ("DPIA_produktivitetsmaling_Vestby.pdf", to_pdf(C016_DPIA)),
            ("Risikoark_produktivitetsmaling.xlsx", to_xlsx(C016_RISK)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "logistics",
            "employees",
            "location_tracking",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_register_xlsx",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: DPIA with contact table, necessity and safeguards, risk sheet in Excel with before/after and measures not taken, management meeting decision with union input quoted in the DPIA",
    )


C036_RISK = """
# Revised risk assessment – dashcams in delivery vans

Tverrlinje Logistikk AS. Revision 2, 27 November 2026. Replaces section 5 of the DPIA sent 2 October 2026.

| No. | Risk to data subjects | Likelihood | Impact | Before | Measures | After |
| 1 | Drivers feel continuously monitored (cabin-facing lens) | High | Medium | High | Cabin-facing lens removed; road-facing only | Low |
| 2 | Pedestrians and other road users filmed and identifiable | High | Low | Medium | Event-based saving only (harsh braking, collision); 14-day deletion | Low |
| 3 | Footage used for disciplinary cases | Medium | High | High | Only after collision; driver may comment | Medium |
| 4 | Footage shared with insurers beyond need | Medium | Medium | Medium | Only clips of the incident; log of disclosures | Low |
| 5 | Audio recording of conversations in the van | High | High | High | Microphone disabled in firmware | Low |

Considered, not implemented: blurring faces of pedestrians automatically (vendor CamFleet BV offers it only in 2027 version); continuous loop without event trigger (rejected as more intrusive).
"""


def c036() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Dear Sir or Madam,

        Your ref. 26/02233 – prior consultation, dashcams in delivery vans

        Further to your letter of 20 November asking for a more detailed risk assessment, please find attached our revised risk assessment (revision 2). Following your questions we have removed the cabin-facing lens and disabled audio. The camera supplier is CamFleet BV (Netherlands).

        The rest of the documentation is as sent on 2 October.

        """
    )
    msg = message(
        "c036",
        FROM,
        "Your ref. 26/02233 – revised risk assessment, dashcams",
        when(11, 27, 15, 40),
        body + "\n" + SIG_EN,
        attachments=[("Revised_risk_assessment_dashcams_rev2.pdf", to_pdf(C036_RISK))],
    )
    return msg, Label(
        "en",
        (
            "logistics",
            "employees",
            "dashcam",
            "resend_partial",
            "supplement_after_authority_letter",
            "refers_to_earlier_messages",
            "p1_processor_named_no_contact",
            "signature_no_dpo",
            "risk_words_likelihood_consequence",
            "residual_risk",
        ),
        "none",
        True,
        "used",
        "supplement to an earlier request (not in this corpus) after the authority asked for more; THIS message holds only the revised risk assessment (part 4 present, measures taken and not taken); description, necessity and approval are «as sent on 2 October» → 2, 3, 5 missing; no DPO and the processor CamFleet BV named without contact → part 1 missing",
        (1, 2, 3, 5),
    )


C056_DPIA = """
# DPIA – Facial age estimation at delivery of age-restricted parcels

Tverrlinje Logistikk AS. Version 1.0, 24 November 2026.

# Contact details

| Role | Name | Phone | E-mail |
| Controller contact | Geir Rønning | +47 69 30 15 40 | geir.ronning@tverrlinje.no |
| DPO | Eva Strand | +47 69 30 15 99 | eva.strand@tverrlinje.no |
| Processor: AgeCheck AB (Stockholm) | Johan Ekberg | +46 8 590 224 61 | johan.ekberg@agecheck.se |

# Processing

For parcels containing alcohol, tobacco or snus ordered online, the driver must check the recipient's age. Drivers will use a handheld app from AgeCheck AB that takes a photo of the recipient's face and estimates whether the person is over 25. If yes, delivery proceeds; if not, or if uncertain, the driver checks ID manually. The photo is processed on the handheld device and deleted within one second; only the result (over 25: yes/no/uncertain), time and parcel ID are stored for 12 months as documentation for the sender. About 180 000 deliveries a year. Legal basis: Art. 6(1)(c) (alcohol act and tobacco act age limits) and (f). No biometric identification; the face is not compared with any other image.

# Necessity and proportionality

Manual ID checks are slow and unevenly done; a test in 2025 showed drivers checked ID in only 61 % of deliveries. Alternatives: manual ID only (kept as fall-back and as the recipient's choice), pick-up at a post office only (poor service in rural areas). Safeguards: recipient is asked first and can always choose manual ID check instead; information on the sender's checkout page, in the SMS notice and on the device screen; no photo stored; result not shared with anyone but the sender.

# Risk assessment

| Risk | Likelihood | Impact | Level | Measures | Residual |
| Estimation is less accurate for some ethnic groups or for women, leading to more manual checks and embarrassment | Medium | Medium | Medium | Threshold 25 not 18; manual check always offered; vendor bias report reviewed | Low–medium |
| Recipient feels filmed at their own door without choice | Medium | Medium | Medium | Driver asks first; manual alternative | Low |
| Photos stored or sent to vendor contrary to specification | Low | High | Medium | On-device processing verified by our test; contract audit | Low |
| Children in the household captured in frame | Low | Medium | Low | Camera frame limited to one face | Low |

Considered, not implemented: storing the photo for 24 hours to handle complaints (rejected, not needed); using the estimate to skip any ID check under 18 delivery rules (the estimate is only used for over-25 fast path).

# Management decision

Management team meeting 26 November 2026, item 4. The HSE & Privacy Manager presented the DPIA and findings, including input from the drivers' union and Vinmonopolet's e-commerce requirements. Decision: "The management team approves the DPIA and, because this is a new technology applied to the public at their homes, asks Datatilsynet for prior consultation before the pilot." Morten Aas, CEO.
"""


def c056() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Dear Datatilsynet,

        Please find attached our request for prior consultation (GDPR Art. 36) regarding facial age estimation at delivery of age-restricted parcels, with the DPIA and the management decision included in the document.

        """
    )
    msg = message(
        "c056",
        FROM,
        "Prior consultation – facial age estimation at delivery",
        when(12, 1, 9, 54),
        body + "\n" + SIG_EN,
        attachments=[("DPIA_age_estimation_v1.0.docx", to_docx(C056_DPIA))],
    )
    return msg, Label(
        "en",
        (
            "logistics",
            "biometrics",
            "new_technology_ai",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
            "english_headings",
        ),
        "none",
        True,
        "used",
        "complete, English: contact table incl. Swedish processor, alternatives and safeguards, risk table with residual and measures not taken, management team decision with stakeholders in the DPIA",
    )
