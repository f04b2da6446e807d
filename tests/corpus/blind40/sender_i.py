# ruff: noqa: E501
"""Sender I: Fjordlinjen Kollektiv AS, a bus and ferry operator in Rogaland.

Habits: Norwegian; the ticketing and data lead sends; some DPIAs written by the Swedish ticketing
vendor in the CNIL PIA software (English export); own DPIA template in Word or PDF otherwise;
board or management decisions as separate PDFs; the DPO is an employee.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import cnil_export
from kit import Label, message, to_docx, to_pdf, to_xlsx, txt, when

MARIUS = "Marius Haugland <marius.haugland@fjordlinjen.no>"

SIG = "\n" + txt("""
    Mvh
    Marius Haugland
    Fagansvarlig billettering og data
    Fjordlinjen Kollektiv AS, Kirkegata 4, 4006 Stavanger
    Tlf. +47 51 55 70 22 / Mob. 473 18 905
    marius.haugland@fjordlinjen.no
    """)

KONTAKT = """
| Rolle | Navn | Telefon | E-post |
| Kontaktperson | Marius Haugland, fagansvarlig billettering og data | +47 473 18 905 | marius.haugland@fjordlinjen.no |
| Personvernombud | Randi Tjelta | +47 51 55 70 09 | personvernombud@fjordlinjen.no |
"""


def mal(tittel: str, kontakt: str, beskr: str, nodv: str, risiko: str, ledelse: str) -> str:
    return f"""
# DPIA: {tittel}

~ Fjordlinjen Kollektiv AS · Mal for vurdering av personvernkonsekvenser v2

## Kontaktinformasjon
{kontakt}

## Beskrivelse av behandlingen

{beskr}

## Nødvendighet og proporsjonalitet

{nodv}

## Risikovurdering

{risiko}

## Ledelsens godkjenning

{ledelse}
"""


def rtab(rows: list[tuple[str, str, str, str, str]]) -> str:
    head = "| Risiko for de reisende | Sannsynlighet | Konsekvens | Tiltak | Restrisiko |\n"
    return head + "\n".join(f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows)


# --- O017: account-based ticketing, CNIL export by the vendor (odd) --------------------------


def c017() -> tuple[EmailMessage, Label]:
    pia = cnil_export(
        "Account-based ticketing with travel history – Fjordlinjen Kollektiv AS",
        "Sara Holm (Tiketo Systems AB) for Fjordlinjen Kollektiv AS",
        "Fjordlinjen replaces travel cards with account-based ticketing: passengers tap a bank card, phone or travel card; every tap is sent to the back office which calculates the best fare at the end of the day (fare capping). The account holds a travel history (stop, time, route) for 13 months. About 180 000 accounts, 22 million journeys per year.\n\nController's contact: Marius Haugland, +47 473 18 905, marius.haugland@fjordlinjen.no. DPO: Randi Tjelta, +47 51 55 70 09, personvernombud@fjordlinjen.no. Processor: Tiketo Systems AB, Stockholm – Sara Holm, Privacy Lead, +46 8 555 912 40, privacy@tiketo.se. Sub-processor: Nimbus Cloud Europe BV (hosting, Amsterdam).",
        "Data: tokenised card id, account data (optional name and e-mail), taps with stop and time, calculated fares, payment data (held by the acquirer). Anonymous accounts possible with a travel card paid in cash.",
        "Purpose: fare calculation and capping, refunds, fraud control. Basis: Art. 6(1)(b). Alternatives: paper/period tickets (still sold), storing only fares without stops (not possible – stops decide the fare), 3-month history (refund complaints arrive up to 12 months later under the passenger rights rules). Minimisation: stops aggregated after 13 months; no use of travel history for marketing without consent.",
        "Passengers can see and download their history; anonymous travel card; deletion of account; information at stops and in the app; police access only with court order, logged.",
        [
            ("Tokenisation", "Bank card numbers never stored"),
            ("Retention", "Travel history 13 months, then aggregated"),
            (
                "Access control",
                "Customer service sees history only with the passenger's consent in the call",
            ),
        ],
        [
            (
                "Movement profiles of identifiable passengers revealed",
                "Home, work, habits, visits to clinics or churches exposed",
                "Insiders, hackers, police fishing requests",
                "Tokenisation, access logs, court-order rule",
                "Important",
                "Limited",
            ),
            (
                "Wrong taps cause wrong fare",
                "Financial loss, frustration",
                "Reader errors",
                "Daily reconciliation, refunds",
                "Limited",
                "Significant",
            ),
            (
                "Loss of travel history",
                "Cannot prove refund claims",
                "System failure",
                "Backups",
                "Limited",
                "Negligible",
            ),
        ],
        "DPO opinion (R. Tjelta, 21 Oct 2026): recommends prior consultation because of large-scale location data. The PIA was validated by the board of Fjordlinjen Kollektiv AS on 3 November 2026 (separate board decision attached). Action plan: anonymous account-based option (virtual card without registration) – considered and not implemented yet because the acquirer does not support it.",
    )
    vedtak = """
# Fjordlinjen Kollektiv AS – Styrevedtak

~ Styremøte 3. november 2026, sak 38/2026

## Kontobasert billettering – vurdering av personvernkonsekvenser

Styret fikk presentert vurderingen (utarbeidet i PIA-verktøyet av leverandøren Tiketo sammen med administrasjonen), personvernombudets uttalelse, og innspill fra Forbrukerrådet og brukerutvalget.

Vedtak: Styret godkjenner vurderingen og tiltakene. Restrisikoen for bevegelsesprofiler aksepteres som beskrevet. Administrasjonen skal be Datatilsynet om forhåndsdrøftelse før kontobasert billettering innføres.
"""
    body = (
        txt("""
        Til Datatilsynet

        Fjordlinjen Kollektiv AS ber om forhåndsdrøftelse etter artikkel 36 for kontobasert billettering med reisehistorikk.

        Vurderingen av personvernkonsekvenser er laget i CNILs PIA-verktøy sammen med leverandøren Tiketo, og eksporten er derfor på engelsk. Styrets vedtak ligger ved. Kontaktopplysninger for oss, personvernombudet og leverandøren står på side 1 i vurderingen.

        """)
        + SIG
    )
    msg = message(
        "O017",
        MARIUS,
        "Forhåndsdrøftelse – kontobasert billettering – Fjordlinjen Kollektiv AS",
        when(11, 9, 14, 30),
        body,
        attachments=[
            ("PIA_account_based_ticketing_Fjordlinjen.pdf", to_pdf(pia, "PIA")),
            ("Styrevedtak_sak_38-2026.pdf", to_pdf(vedtak)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "public_transport",
            "location_tracking",
            "cnil_pia_export",
            "english_attachment",
            "dpia_report_pdf",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "subprocessor_listed",
            "phone_foreign",
            "risk_severity_likelihood",
            "part5_board_decision_pdf",
        ),
        "none",
        True,
        "used",
        "complete: Norwegian cover with an English CNIL PIA export (contacts incl. Swedish processor, principles, rights controls, risks, action item not implemented) and a separate board decision",
    )


# --- O037: bus CCTV with audio, all in body, DPO phone missing (odd) -------------------------


def c037() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        ANMODNING OM FORHÅNDSDRØFTELSE – KAMERA MED LYDOPPTAK I BUSSER

        Fjordlinjen Kollektiv AS ber om forhåndsdrøftelse etter art. 36. Vurderingen står i sin helhet nedenfor.

        KONTAKT
        Kontaktperson: Marius Haugland, mob. 473 18 905, marius.haugland@fjordlinjen.no
        Personvernombud: Randi Tjelta, personvernombud@fjordlinjen.no
        Databehandler: Busskam Vest AS, Trond Aarre, tlf. 51 55 88 30, trond@busskam.no

        BESKRIVELSE
        240 busser har i dag kamera uten lyd. Vi vil legge til lydopptak i førerområdet og midt i bussen. Opptak lagres i bussen i 7 dager og hentes bare ved hendelse (vold, trusler, ulykker). Busskam Vest drifter løsningen. Berørte: ca. 18 millioner reiser i året, 600 sjåfører.

        NØDVENDIGHET OG PROPORSJONALITET
        Vold og trusler mot sjåfører har økt (62 hendelser i 2025). Politiet har flere ganger manglet bevis for trusler. Grunnlag: art. 6 nr. 1 f, arbeidsmiljøloven kap. 9, drøftet med tillitsvalgte 7.10.2026. Alternativer: alarmknapp (finnes), vektere (bare på nattbuss), lyd bare når sjåføren trykker på knappen (valgt som tillegg). Tiltak: skilt og høyttalermelding, lyd bare i førerområdet og midtdør, ingen direkteavlytting, uthenting bare med to personer og logg, innsyn.

        RISIKO
        1) Private samtaler mellom passasjerer tas opp. Sannsynlighet høy, konsekvens middels. Tiltak: mikrofon med kort rekkevidde, 7 dagers sletting, uthenting bare ved hendelse. Restrisiko middels.
        2) Sjåfører overvåkes i arbeidet. Sannsynlighet middels, konsekvens middels. Tiltak: forbud mot bruk i personalsaker utenom vold/ulykker. Restrisiko lav.
        3) Opptak kommer på avveie. Sannsynlighet lav, konsekvens høy. Tiltak: kryptert lagring i bussen. Restrisiko lav.
        Vurdert, ikke gjennomført: lyd bare ved knappetrykk alene (sjåføren rekker ofte ikke å trykke).

        LEDELSENS GODKJENNING
        Ledergruppen godkjente vurderingen 24.11.2026 etter presentasjon av funn og innspill fra tillitsvalgte og brukerutvalget, og besluttet å be Datatilsynet om forhåndsdrøftelse fordi restrisikoen for passasjerenes private samtaler er middels.

        """)
        + SIG
    )
    msg = message(
        "O037",
        MARIUS,
        "Anmodning om forhåndsdrøftelse – kamera med lyd i busser",
        when(11, 30, 8, 20),
        body,
    )
    return msg, Label(
        "nb",
        (
            "public_transport",
            "audio_recording",
            "cctv",
            "employees",
            "all_in_body",
            "headings_caps_in_body",
            "contact_body_lines",
            "processor_contact_in_body",
            "p1_dpo_no_phone",
            "risk_numbered_prose",
            "residual_risk",
            "part5_decision_quoted",
        ),
        "inline",
        True,
        "used",
        "all in a plain-text body; the DPO is given with name and e-mail but no phone, here or anywhere → part 1 missing; parts 2–5 present",
        (1,),
    )


# --- O057: passenger counting DPIA sent for information (odd) --------------------------------


def c057() -> tuple[EmailMessage, Label]:
    doc = mal(
        "Passasjertelling med 3D-kamera",
        KONTAKT
        + "| Databehandler | Felix Wagner, Countra 3D GmbH, Dresden | +49 351 555 2040 | f.wagner@countra3d.de |\n",
        "3D-sensorer over dørene i 240 busser teller på- og avstigende. Sensoren lager dybdebilder (ingen fargebilder) og sender bare tall per holdeplass. Ingen lagring av bilder.",
        "Formål: ruteplanlegging og rapportering til fylkeskommunen. Grunnlag: art. 6 nr. 1 e/f. Alternativ: billettdata (fanger ikke reisende uten billett). Tiltak: informasjon på dørene, ingen bildeutlevering.",
        rtab(
            [
                (
                    "Identifisering av reisende fra dybdebilder",
                    "Lav",
                    "Lav",
                    "Bilder forlater ikke sensoren",
                    "Lav",
                ),
                ("Opplevd overvåking", "Middels", "Lav", "Informasjon", "Lav"),
            ]
        ),
        "Godkjent av adm. dir. Geir Tveit 10.11.2026. Restrisikoen vurderes som lav, og selskapet ber ikke om forhåndsdrøftelse.",
    )
    body = (
        txt("""
        Hei,

        Til orientering: Vi har gjennomført en vurdering av personvernkonsekvenser for passasjertelling med 3D-kamera i bussene, etter henvendelser fra passasjerer. Restrisikoen er lav, og vi ber ikke om forhåndsdrøftelse. Vi sender vurderingen slik at dere kjenner til den dersom dere får spørsmål.

        """)
        + SIG
    )
    msg = message(
        "O057",
        MARIUS,
        "Til orientering: DPIA passasjertelling med 3D-kamera",
        when(12, 10, 12, 0),
        body,
        attachments=[("DPIA_passasjertelling_3D.docx", to_docx(doc))],
    )
    return msg, Label(
        "nb",
        (
            "public_transport",
            "nonrequest_dpia_for_information",
            "prior_consultation_declined",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
        ),
        "none",
        False,
        "used",
        "a DPIA sent for information with an explicit «vi ber ikke om forhåndsdrøftelse»; not a request; the short DPIA holds all five parts (contacts incl. processor, necessity with alternative and measures, risk table, CEO approval)",
    )


# --- O018: disability discount verification (even) ------------------------------------------


def c018() -> tuple[EmailMessage, Label]:
    doc = mal(
        "Automatisk kontroll av rett til honnørrabatt for uføre og personer med ledsagerbevis",
        KONTAKT
        + "| Databehandler | Sara Holm, Tiketo Systems AB | +46 8 555 912 40 | privacy@tiketo.se |\n",
        "Reisende som kjøper honnørbillett på grunn av uføretrygd eller ledsagerbevis, skal få rabattretten kontrollert automatisk én gang i året ved oppslag mot NAV (uføretrygd) og kommunens register over ledsagerbevis via en felles API-løsning for kollektivselskaper. Svaret er ja/nei og utløpsdato; grunnlaget (diagnose, uføregrad) hentes ikke. Ca. 14 000 reisende. Tiketo lagrer rabattstatus i kontoen.",
        "Formål: redusere misbruk og gjøre det enklere for reisende (slipper å vise dokumentasjon til sjåfør). Grunnlag: art. 6 nr. 1 e og samtykke til oppslaget; art. 9 nr. 2 a. Alternativer: manuell kontroll av dokumentasjon ved billettkontroll (tilbys fortsatt for dem som ikke vil ha oppslag), ingen kontroll (misbruk anslått til 12 %). Tiltak: frivillig oppslag, bare ja/nei, ingen lagring av grunnlag, ingen markering synlig for sjåfør eller kontrollør utover «gyldig rabatt», innsyn og sletting.",
        rtab(
            [
                (
                    "Det blir kjent at en person er ufør (stigma)",
                    "Lav",
                    "Middels",
                    "Bare «gyldig rabatt» vises; ingen kategori",
                    "Lav",
                ),
                (
                    "Feil svar fra registeret gir gebyr ved kontroll",
                    "Middels",
                    "Middels",
                    "Gebyr frafalles ved dokumentasjon, klageordning",
                    "Lav",
                ),
                (
                    "Presset samtykke (manuell kontroll oppleves tungvint)",
                    "Middels",
                    "Lav",
                    "Manuell løsning uten ekstra krav",
                    "Lav",
                ),
                (
                    "Oppslag brukes til annet (markedsføring)",
                    "Lav",
                    "Middels",
                    "Forbud i databehandleravtale, logg",
                    "Lav",
                ),
            ]
        )
        + "\n\nVurdert, ikke gjennomført: kontroll bare ved billettkontroll (ville synliggjøre uførestatus i bussen).",
        "Ledergruppen godkjente vurderingen 17.11.2026, se referat.",
    )
    ref = """
# Fjordlinjen Kollektiv AS – Referat fra ledermøte 17. november 2026

~ Til stede: Geir Tveit (adm. dir.), Linn Sande (marked), Øyvind Rasmussen (drift), Marius Haugland (sak 4), Randi Tjelta (personvernombud, sak 4)

## Sak 4 Automatisk kontroll av honnørrett

Marius Haugland la fram vurderingen og innspill fra Funksjonshemmedes Fellesorganisasjon (FFO) Rogaland og brukerutvalget. Personvernombudet anbefalte forhåndsdrøftelse fordi det gjelder helseopplysninger i stor skala.

Beslutning: Ledergruppen godkjenner vurderingen og tiltakene. Det sendes anmodning om forhåndsdrøftelse til Datatilsynet.
"""
    body = (
        txt("""
        Til Datatilsynet

        Vedlagt følger anmodning om forhåndsdrøftelse for automatisk kontroll av rett til honnørrabatt, med vurdering og referat fra ledermøtet 17. november.

        """)
        + SIG
    )
    msg = message(
        "O018",
        MARIUS,
        "Anmodning om forhåndsdrøftelse – kontroll av honnørrett",
        when(11, 20, 13, 10),
        body,
        attachments=[
            ("DPIA_honnorrett.pdf", to_pdf(doc)),
            ("Referat_ledermote_2026-11-17.pdf", to_pdf(ref)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "public_transport",
            "health_data",
            "registry_lookup",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_management_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete: contacts incl. Swedish processor; necessity with alternatives and safeguards; risk table with residual and a measure not taken; management minutes with presentation, stakeholders and decision",
    )


# --- O038: Bluetooth be-in/be-out (even) -----------------------------------------------------


def c038() -> tuple[EmailMessage, Label]:
    doc = mal(
        "Automatisk billettering med Bluetooth (be-in/be-out)",
        KONTAKT
        + "| Databehandler | Sara Holm, Tiketo Systems AB | +46 8 555 912 40 | privacy@tiketo.se |\n",
        "Reisende som slår på funksjonen i appen blir registrert automatisk når telefonen oppdager Bluetooth-sendere i bussen og ferja, og billetten beregnes etter reisen. Appen sender tidspunkt, kjøretøy og holdeplass for på- og avstigning, og posisjon hvert 30. sekund under reisen for å bekrefte at personen faktisk er om bord. Ca. 40 000 brukere første år. Data hos Tiketo, slettes etter 13 måneder.",
        "Formål: enklere billettering. Grunnlag: art. 6 nr. 1 b, samtykke til posisjon i telefonens innstillinger. Alternativer: tapping (finnes fortsatt), be-in/be-out uten posisjon (gir feilregistrering for folk på holdeplass ved siden av bussen). Tiltak: funksjonen er frivillig og av som standard, posisjon bare mellom på- og avstigning, ingen posisjon når appen ikke registrerer reise, innsyn i alle registreringer, enkel klage på feil reise.",
        "Se vedlagt risikoregister (Risikoregister_BIBO.xlsx).",
        "Styret godkjente vurderingen 1. desember 2026 (sak 44/2026) etter presentasjon av pilot med 300 reisende og innspill fra brukerutvalget, og ba administrasjonen om å be om forhåndsdrøftelse fordi løsningen innebærer kontinuerlig posisjonering av mange reisende.",
    )
    reg = to_xlsx(
        {
            "Risiko": [
                [
                    "Nr",
                    "Risiko for de reisende",
                    "Sannsynlighet",
                    "Konsekvens",
                    "Tiltak",
                    "Restrisiko",
                ],
                [
                    "1",
                    "Bevegelsesmønster kartlegges utover reisen",
                    "Middels",
                    "Høy",
                    "Posisjon bare i reise, programvarekontroll, revisjon",
                    "Middels",
                ],
                [
                    "2",
                    "Feil registrering gir feil pris",
                    "Høy",
                    "Lav",
                    "Klage i appen, automatisk refusjon",
                    "Lav",
                ],
                [
                    "3",
                    "Reisende forstår ikke at posisjon sendes",
                    "Middels",
                    "Middels",
                    "Onboarding med eksempel, varsel under reise",
                    "Lav",
                ],
                [
                    "4",
                    "Politiet ber om reisedata",
                    "Lav",
                    "Middels",
                    "Bare med kjennelse, logg",
                    "Lav",
                ],
            ],
            "Ikke gjennomført": [
                ["Tiltak", "Begrunnelse"],
                [
                    "Ingen GPS, bare Bluetooth",
                    "Feilregistrering ved holdeplasser; vurderes når nye sendere er installert 2028",
                ],
            ],
        }
    )
    body = (
        txt("""
        Hei,

        Fjordlinjen Kollektiv AS ber om forhåndsdrøftelse for automatisk billettering med Bluetooth (be-in/be-out). Vurderingen og risikoregisteret ligger ved.

        """)
        + SIG
    )
    msg = message(
        "O038",
        MARIUS,
        "Forhåndsdrøftelse – be-in/be-out billettering",
        when(12, 4, 15, 5),
        body,
        attachments=[
            ("DPIA_BIBO.docx", to_docx(doc)),
            ("Risikoregister_BIBO.xlsx", reg),
        ],
    )
    return msg, Label(
        "nb",
        (
            "public_transport",
            "location_tracking",
            "dpia_report_docx",
            "risk_register_xlsx",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
        ),
        "none",
        True,
        "used",
        "complete: DPIA with contacts incl. processor, necessity with alternatives and safeguards, XLSX risk register with residual and not-taken sheet, board decision described in the DPIA",
    )


# --- O058: on-demand transport, processor without contact (even) -----------------------------


def c058() -> tuple[EmailMessage, Label]:
    doc = mal(
        "Bestillingstransport (on-demand) for eldre og personer med nedsatt funksjonsevne",
        KONTAKT + "| Databehandler | Flexiride Technologies Ltd, London | – | – |\n",
        "En ny app og telefontjeneste lar reisende bestille minibuss fra dør til dør i seks distriktskommuner. Reisende kan registrere behov (rullestol, ledsager, synshemming). Plattformen fra Flexiride Technologies Ltd (Storbritannia, adekvansbeslutning) optimaliserer ruter og lagrer reiser 24 måneder. Underleverandører: Nimbus Cloud Europe BV (drift), Mapbeam SAS (kart), Textly AB (SMS). Ca. 3 000 brukere.",
        "Formål: tilbud der rutebuss ikke går. Grunnlag: art. 6 nr. 1 e (fylkeskommunens oppdrag), samtykke for behov (helse). Alternativer: TT-ordningen (fylkeskommunen, begrenset), drosje. Tiltak: behov registreres som kategori uten diagnose, reisende kan bestille uten å oppgi behov, sjåfør ser bare det som trengs for turen, innsyn og sletting.",
        rtab(
            [
                (
                    "Helseopplysninger (behov) blir kjent for uvedkommende",
                    "Lav",
                    "Middels",
                    "Kategori, tilgangsstyring",
                    "Lav",
                ),
                (
                    "Reisemønstre til eldre kartlegges",
                    "Middels",
                    "Middels",
                    "24 mnd lagring, ingen analyse utover drift",
                    "Lav",
                ),
                (
                    "Overføring til Storbritannia",
                    "Lav",
                    "Middels",
                    "Adekvansbeslutning, avtale",
                    "Lav",
                ),
            ]
        )
        + "\n\nIkke gjennomført: kortere lagring (fylkeskommunen krever statistikk over to år).",
        "Styret godkjente vurderingen 24.11.2026 og vedtok å be om forhåndsdrøftelse.",
    )
    body = (
        txt("""
        Til Datatilsynet

        Fjordlinjen Kollektiv AS ber om forhåndsdrøftelse for bestillingstransport for eldre og personer med nedsatt funksjonsevne. Vurderingen ligger ved.

        """)
        + SIG
    )
    msg = message(
        "O058",
        MARIUS,
        "Forhåndsdrøftelse – bestillingstransport",
        when(12, 9, 10, 40),
        body,
        attachments=[("DPIA_bestillingstransport.pdf", to_pdf(doc))],
    )
    return msg, Label(
        "nb",
        (
            "public_transport",
            "health_data",
            "vulnerable_adults",
            "dpia_report_pdf",
            "contact_dpia_table",
            "subprocessor_listed",
            "processor_outside_eu_adequacy",
            "p1_processor_named_no_contact",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "the UK processor Flexiride is named with «–» for phone and e-mail and its sub-processors are listed, but no processor contact anywhere → part 1 missing; parts 2–5 present",
        (1,),
    )


TOPICS = {
    "c017": "account_based_ticketing",
    "c037": "bus_cctv_audio",
    "c057": "passenger_counting_3d",
    "c018": "disability_discount_check",
    "c038": "bibo_ticketing",
    "c058": "on_demand_transport",
}
