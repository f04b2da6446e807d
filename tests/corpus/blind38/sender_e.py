# ruff: noqa: E501
"""Sender E: KjøpNært Norge AS (grocery retail chain, bokmål).

Habits: the in-house legal adviser writes HTML-only mails from a webmail editor; DPIAs as PDF
exported from the group's template; an external DPO from a consultancy; approvals by the group
management (konsernledelsen) or the board.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, html_from_text, message, to_docx, to_pdf, to_xlsx, txt, when

FROM = "Lise Marie Dahl <lise.marie.dahl@kjopnaert.no>"
SIG = txt(
    """
    Vennlig hilsen
    Lise Marie Dahl
    Juridisk rådgiver, KjøpNært Norge AS
    Tlf. 22 98 14 50 / 413 55 207
    lise.marie.dahl@kjopnaert.no
    """
)
DPO = "Personvernombud (ekstern): Thomas Evjen, Personvernpartner AS, tlf. 22 33 90 10, thomas.evjen@personvernpartner.no"

TOPICS = {
    "c009": "loyalty_app_profiling",
    "c029": "self_checkout_video_analytics",
    "c049": "facial_recognition_shoplifters",
    "c010": "wifi_customer_flow",
    "c030": "delivery_driver_gps",
    "c050": "guard_body_cameras_question",
}


def _html_mail(cid: str, subject: str, date: str, body: str, attachments=None) -> EmailMessage:
    return message(
        cid, FROM, subject, date, html=html_from_text(body + "\n" + SIG), attachments=attachments
    )


C009_DPIA = f"""
# DPIA – Personlige tilbud i KjøpNært-appen

KjøpNært Norge AS. Versjon 1.0, 22. oktober 2026.

# 1 Kontaktpersoner

~ Behandlingsansvarlig: KjøpNært Norge AS, org.nr. 987 654 321
~ Kontaktperson: Lise Marie Dahl, juridisk rådgiver, tlf. 22 98 14 50, lise.marie.dahl@kjopnaert.no
~ {DPO}
~ Databehandler: Datakompasset AS, kontaktperson Sindre Vold, tlf. 21 60 30 44, sindre.vold@datakompasset.no

# 2 Beskrivelse av behandlingen

Medlemmer i kundeprogrammet (ca. 1,1 millioner) får i dag like tilbud. Vi vil lage personlige tilbud ut fra kjøpshistorikk for de siste 24 månedene: en modell hos Datakompasset AS plasserer hvert medlem i segmenter (f.eks. «barnefamilie», «trener mye», «glutenfritt») og velger ukentlige tilbud. Kjøp av varer som kan si noe om helse (glutenfritt, laktosefritt, graviditetstester, diabetesprodukter, reseptfrie legemidler) og om religion (halal, kosher) kan inngå i segmentene. Kilder: kassesystemet, appen. Mottakere: markedsavdelingen ser bare aggregerte segmenter; tilbud vises i medlemmets app. Datakompasset AS er databehandler med drift i Norge og Irland. Kjøpshistorikk eldre enn 24 måneder slettes. Grunnlag: samtykke (art. 6 nr. 1 bokstav a) til personlige tilbud, og uttrykkelig samtykke (art. 9 nr. 2 bokstav a) for segmenter som kan avsløre helse eller religion.

# 3 Nødvendighet og forholdsmessighet

Personlige tilbud er ikke nødvendig for medlemskapet, og derfor er det valgfritt og basert på samtykke. Vi har vurdert (a) like tilbud til alle (dagens løsning), (b) personlige tilbud uten sensitive varegrupper, og (c) personlige tilbud med sensitive grupper bare etter eget samtykke. Vi har valgt (c), men fjernet graviditetstester og legemidler helt fra modellen etter innspill fra DPO. Tiltak for medlemmene: lagdelt informasjon i appen; to separate samtykker som kan trekkes i appen med ett trykk; «Hvorfor ser jeg dette tilbudet?» ved hvert tilbud; innsyn i segmentene sine under Min profil; medlemskap og bonus er uavhengig av samtykkene.

# 4 Risikovurdering

| Risiko for medlemmet | Sannsynlighet | Konsekvens | Risiko | Tiltak | Restrisiko |
| Helse eller religion avsløres for andre som ser appen (familie, samboer) | Middels | Høy | Høy | Sensitive segmenter vises ikke på forsiden; PIN på appen | Middels |
| Medlemmet forstår ikke hva samtykket innebærer | Høy | Middels | Høy | Lagdelt informasjon, test med 20 brukere | Middels |
| Prisdiskriminering: noen grupper får dårligere tilbud | Middels | Middels | Middels | Tilbud gir bare rabatt, aldri høyere pris; kvartalsvis analyse | Lav |
| Data deles med leverandører av varer | Lav | Høy | Middels | Bare aggregerte tall til leverandører, avtalefestet | Lav |
| Uautorisert tilgang hos databehandler | Lav | Høy | Middels | Kryptering, tilgangskontroll, revisjon | Lav |

Vurdert, ikke gjennomført: å utelate all helse- og religionsrelatert informasjon (medlemspanelet ønsket tilbud på glutenfritt og halal); å be om nytt samtykke hvert år (vurdert som unødvendig fordi samtykket kan trekkes når som helst og vi sender påminnelse hver 12. måned).

Risikoen for at sensitive segmenter avsløres i husstanden står igjen som middels til høy.
"""

C009_MINUTES = """
# KjøpNært Norge AS – Protokoll fra konsernledelsens møte 29. oktober 2026 (utdrag)

Til stede: Cathrine Berg (adm. dir.), Jon Håkon Lie (CFO), Mari Skog (markedsdirektør), Arild Fosse (IT-direktør), Lise Marie Dahl (sekretær for saken). Personvernombud Thomas Evjen deltok i sak 5.

## Sak 5: DPIA personlige tilbud i appen

Markedsdirektøren presenterte DPIA-en og funnene. Medlemspanelet (12 deltakere), Forbrukerrådets veileder om lojalitetsprogram og DPOs råd er vurdert; graviditetstester og legemidler er tatt ut.

Beslutning: Konsernledelsen godkjenner DPIA-en. Restrisikoen for avsløring av sensitive segmenter i husstanden aksepteres ikke uten å ha drøftet saken med Datatilsynet. Juridisk avdeling sender anmodning om forhåndsdrøftelse.

Protokollen godkjent av Cathrine Berg, 30.10.2026.
"""


def c009() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet

        KjøpNært Norge AS ber om forhåndsdrøftelse etter personvernforordningen art. 36 for personlige tilbud i kundeappen.

        Vedlagt finner dere DPIA-en (med kontaktpersoner i kapittel 1) og protokollutdrag fra konsernledelsens møte 29. oktober.

        """
    )
    msg = _html_mail(
        "c009",
        "Anmodning om forhåndsdrøftelse – personlige tilbud i KjøpNært-appen",
        when(11, 6, 10, 27),
        body,
        [
            ("DPIA_personlige_tilbud_v1.0.pdf", to_pdf(C009_DPIA)),
            ("Protokoll_konsernledelsen_2026-10-29_utdrag.pdf", to_pdf(C009_MINUTES)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "retail",
            "profiling",
            "health_data",
            "religious_beliefs",
            "html_only",
            "dpia_report_pdf",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_management_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete: HTML-only mail; contacts incl. external DPO and processor in chapter 1; three options weighed and rights measures; risk table with residual and measures not taken; group management minutes with decision",
    )


def c029() -> tuple[EmailMessage, Label]:
    body = txt(
        f"""
        Til Datatilsynet

        Forespørsel om forhåndsdrøftelse – videoanalyse ved selvbetjeningskasser

        KjøpNært Norge AS ber om forhåndsdrøftelse for videoanalyse med kunstig intelligens ved selvbetjeningskassene i 140 butikker. Alle opplysninger står nedenfor.

        Kontaktpersoner
        Kontaktperson: Lise Marie Dahl, tlf. 22 98 14 50, lise.marie.dahl@kjopnaert.no
        {DPO}
        Databehandler: Kassevakt AS, Jonas Rød, tlf. 47 22 80 16, jonas.rod@kassevakt.no

        Beskrivelse
        Et kamera over hver selvbetjeningskasse filmer skanneområdet og hendene til kunden. Programvare fra Kassevakt AS gjenkjenner varer som ikke blir skannet, og viser et kort videoklipp til kunden på skjermen («Det ser ut som en vare ikke ble skannet») og til en ansatt. Klipp der det ikke er avvik, lagres ikke; avviksklipp lagres i 7 dager. Kameraet fanger ikke ansiktet, men kan fange klær, hender og barn som står ved kassen. Omfang: ca. 40 millioner handler per år. Kassevakt AS drifter analysen i Norge. Grunnlag: berettiget interesse (art. 6 nr. 1 bokstav f) og kameraovervåkingsforskriften.

        Nødvendighet og proporsjonalitet
        Behandlingen er nødvendig for formålet om å redusere svinn ved selvbetjeningskassene.

        Risikovurdering
        1. Kunder mistenkes feilaktig for tyveri foran andre kunder (omdømme, krenkelse): sannsynlighet middels, konsekvens høy. Tiltak: nøytral tekst på skjermen, ansatte får opplæring i å møte kunden diskret. Restrisiko middels.
        2. Barn og andre som står ved kassen blir filmet: sannsynlighet høy, konsekvens lav. Tiltak: kameraet er vinklet mot skanneren. Restrisiko lav.
        3. Klipp brukes til å overvåke ansatte: sannsynlighet lav, konsekvens middels. Tiltak: forbud i rutine, logging. Restrisiko lav.
        4. Klipp kommer på avveie: sannsynlighet lav, konsekvens middels. Tiltak: kryptering, 7 dagers sletting. Restrisiko lav.
        Vurdert, ikke gjennomført: å vise klippet bare til ansatt, ikke på kundens skjerm – ikke gjennomført fordi kunden da ikke selv får rette opp feil; lagring i 24 timer – ikke gjennomført fordi anmeldelser ofte kommer etter flere dager.

        Ledelsens behandling
        Konsernledelsen behandlet DPIA-en 3. november 2026 (sak 7). Butikkdirektøren presenterte funnene, og innspill fra Handel og Kontor og fra kundepanelet ble lagt fram. Vedtak: «Konsernledelsen godkjenner DPIA-en for videoanalyse ved selvbetjeningskasser og ber juridisk avdeling be om forhåndsdrøftelse på grunn av risikoen for feilaktige mistanker.» Cathrine Berg, administrerende direktør.

        """
    )
    msg = message(
        "c029",
        FROM,
        "Forhåndsdrøftelse – videoanalyse selvbetjeningskasser",
        when(11, 16, 9, 12),
        body + "\n" + SIG,
    )
    return msg, Label(
        "nb",
        (
            "retail",
            "video_analytics",
            "cctv",
            "all_in_body",
            "headings_own",
            "contact_body_lines",
            "processor_contact_in_body",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_quoted",
            "part3_one_sentence",
            "looks_complete",
        ),
        "inline",
        True,
        "used",
        "looks finished, all in a single text/plain body: the necessity section is one sentence («Behandlingen er nødvendig for formålet om å redusere svinn …») with no alternatives weighed and no safeguards for the customers' rights → part 3 missing; the two «vurdert, ikke gjennomført» lines are risk measures, not a necessity assessment; other parts present",
        (3,),
    )


def c049() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet

        KjøpNært Norge AS ber om forhåndsdrøftelse for pilot med ansiktsgjenkjenning mot registrerte butikktyverier i fem butikker i Oslo sentrum.

        Vedlagt følger DPIA-en med risikovurdering, samt utdrag av styreprotokollen der styret godkjente DPIA-en og ba oss søke forhåndsdrøftelse. Kontaktopplysninger til personvernombudet og databehandleren står i kapittel 1 i DPIA-en.

        Vi ser fram til å høre fra dere.

        """
    )
    msg = _html_mail(
        "c049",
        "Anmodning om forhåndsdrøftelse – ansiktsgjenkjenning (pilot)",
        when(11, 20, 15, 49),
        body,
    )
    return msg, Label(
        "nb",
        (
            "retail",
            "biometrics",
            "html_only",
            "attachment_forgotten",
            "contact_signature",
            "parts_said_attached_not_attached",
        ),
        "none",
        True,
        "used",
        "request whose attachments were forgotten: the HTML mail says the DPIA and the board extract are attached and that DPO and processor contacts are in the DPIA, but nothing is attached; the processing is named in one line → parts 2–5 missing; only the sender's signature, no DPO and no processor contact → part 1 missing",
        (1, 2, 3, 4, 5),
    )


C010_DPIA = f"""
# Vurdering av personvernkonsekvenser – Kundestrømsanalyse med Wi-Fi og Bluetooth i butikk

KjøpNært Norge AS, 6. november 2026

~ Kontaktperson: Lise Marie Dahl, tlf. 22 98 14 50, lise.marie.dahl@kjopnaert.no
~ {DPO}
~ Databehandler: Flytsensor AS, Hanne Berge, tlf. 93 40 72 11, hanne.berge@flytsensor.no

# Beskrivelse

Sensorer i taket i 25 butikker fanger opp signaler fra mobiltelefoner (Wi-Fi-sonderinger og Bluetooth) for å måle hvor lenge kunder er i butikken, hvilke avdelinger de går innom, og hvor lang køen er. MAC-adressen hashes med et salt som byttes hver dag i sensoren før den sendes til Flytsensor AS; i løpet av dagen kan samme telefon kjennes igjen mellom avdelingene. Omfang: ca. 8 millioner besøk per år, også ansatte og forbipasserende utenfor vinduene. Resultater brukes bare aggregert (per time og avdeling). Hashede data slettes etter 30 dager. Flytsensor AS er databehandler med drift i Norge. Grunnlag: berettiget interesse (art. 6 nr. 1 bokstav f); ekomloven § 3-15 er vurdert (ingen lagring i eller henting fra kundens enhet).

# Nødvendighet og proporsjonalitet

Formålet er riktig bemanning, færre køer og bedre butikkoppsett. Alternativer: manuell telling (ikke mulig per avdeling), kameratelling med anonymisering (mer inngripende, også bilde), kassedata (sier ikke noe om kø eller ganglinjer). Daglig saltbytte gjør at samme kunde ikke kan følges over flere besøk. Sensorene dekker ikke toaletter, apotekhjørner eller personalrom. Rettigheter: skilt ved inngangen med QR-kode til informasjon; kunder kan slå av Wi-Fi/Bluetooth eller registrere MAC-adressen for reservasjon på nettsiden; innsyn er i praksis ikke mulig fordi vi ikke kan knytte data til person, noe vi forklarer i informasjonen (art. 11).

# Risikovurdering

Se vedlagt risikomatrise (Excel), som viser sannsynlighet, konsekvens, tiltak, restrisiko og tiltak som er vurdert men ikke gjennomført.

# Ledelsens behandling

Styret i KjøpNært Norge AS behandlet DPIA-en 12. november 2026, se protokollutdrag i e-posten.
"""

C010_RISK = {
    "Risikomatrise": [
        [
            "Nr",
            "Risiko for de registrerte",
            "Sannsynlighet (1-5)",
            "Konsekvens (1-5)",
            "Risiko",
            "Tiltak",
            "Restrisiko",
            "Vurdert, ikke gjennomført",
            "Hvorfor ikke",
        ],
        [
            "1",
            "Kunder spores uten å vite det (åpenhet)",
            "5",
            "3",
            "15 høy",
            "Skilt ved inngang, QR, nettside",
            "10 middels",
            "Aktivt samtykke via app",
            "Ville gi skjevt utvalg; samtykke fra forbipasserende ikke mulig",
        ],
        [
            "2",
            "Gjenkjenning over flere dager ved at salt ikke byttes (feil)",
            "2",
            "4",
            "8 middels",
            "Automatisk kontroll av saltbytte, varsling",
            "4 lav",
            "",
            "",
        ],
        [
            "3",
            "Ansatte overvåkes (tid i avdeling, pauser)",
            "3",
            "4",
            "12 høy",
            "Ansattes telefoner filtreres bort via registrering; avtale med tillitsvalgte",
            "6 middels",
            "Sensorer av i arbeidstid uten kunder",
            "Målingene trengs i åpningstid",
        ],
        [
            "4",
            "Forbipasserende utenfor butikken registreres",
            "4",
            "2",
            "8 middels",
            "Signalstyrkefilter",
            "4 lav",
            "",
            "",
        ],
        [
            "5",
            "Data brukes til markedsføring mot enkeltpersoner",
            "2",
            "4",
            "8 middels",
            "Avtaleforbud, ingen kobling til kundeprogram",
            "4 lav",
            "",
            "",
        ],
    ],
    "Skala": [
        ["1–5 lav, 6–10 middels, 12–25 høy"],
    ],
}


def c010() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet

        KjøpNært Norge AS ber om forhåndsdrøftelse for kundestrømsanalyse med Wi-Fi- og Bluetooth-sensorer i 25 butikker. DPIA og risikomatrise er vedlagt.

        Utdrag av styreprotokoll, styremøte 12. november 2026:
        «Sak 34/2026 Kundestrømsanalyse – DPIA. Juridisk rådgiver og driftsdirektør presenterte DPIA-en og risikomatrisen. Innspill fra de ansattes representanter (avtale om filtrering av ansattes telefoner) og fra personvernombudet er innarbeidet. Vedtak: Styret godkjenner DPIA-en. Fordi risikoen for manglende åpenhet overfor kundene står igjen som middels, skal administrasjonen be Datatilsynet om forhåndsdrøftelse før utrulling. Protokollen er signert av styreleder Petter Holm og samtlige styremedlemmer.»

        """
    )
    msg = _html_mail(
        "c010",
        "Forhåndsdrøftelse – kundestrømsanalyse i butikk",
        when(11, 16, 13, 5),
        body,
        [
            ("DPIA_kundestromsanalyse.pdf", to_pdf(C010_DPIA)),
            ("Risikomatrise_kundestromsanalyse.xlsx", to_xlsx(C010_RISK)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "retail",
            "device_tracking",
            "location_tracking",
            "employees",
            "html_only",
            "dpia_report_pdf",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "risk_register_xlsx",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_board_decision_quoted",
        ),
        "none",
        True,
        "used",
        "complete: short DPIA with contacts at the top, risk matrix in Excel with S×K, residual risk and measures not taken with reasons, board minute extract quoted in the HTML body",
    )


C030_DPIA = """
# DPIA – GPS-sporing og kjøreatferd for sjåfører i KjøpNært Hjem

KjøpNært Norge AS. Versjon 1.1, 17.11.2026.

# 1 Kontakt

| Rolle | Navn | Telefon | E-post |
| Kontaktperson | Lise Marie Dahl | 22 98 14 50 | lise.marie.dahl@kjopnaert.no |
| Personvernombud | Thomas Evjen (Personvernpartner AS) | 22 33 90 10 | thomas.evjen@personvernpartner.no |
| Databehandler | Flåtedata AS v/ Siri Hagen | 48 30 19 77 | siri.hagen@flatedata.no |

# 2 Beskrivelse

Hjemleveringstjenesten har 230 sjåfører (egne ansatte) og 160 varebiler. Vi vil installere en enhet som hvert 10. sekund registrerer posisjon, fart, bråbremsing og skarpe svinger, og koble dette til sjåførens innlogging i bilen. Data brukes til ruteplanlegging, sporing av leveranser for kunden («bilen er 5 minutter unna»), og til en ukentlig kjørestilrapport per sjåfør. Posisjon lagres i 30 dager; kjørestilrapporter i 12 måneder. Flåtedata AS er databehandler (Norge). Grunnlag: art. 6 nr. 1 bokstav f og b; forskrift om kameraovervåking og arbeidsmiljøloven kap. 9 (kontrolltiltak).

# 3 Nødvendighet og proporsjonalitet

Kunder klager på manglende leveringstidspunkt, og antall skader og trafikkuhell har økt (14 i 2025). Alternativer: sjåføren melder manuelt via app (fungerer dårlig, trafikkfarlig), posisjon uten kobling til sjåfør (gir ikke kjørestilrapport), kamera i bil (forkastet, for inngripende). Sporing bare i arbeidstid; enheten slås av i pauser og utenfor skift. Sjåførene får se egne data og egen rapport; rapportene brukes til opplæring, ikke som grunnlag for advarsler alene. Drøftet med tillitsvalgte etter aml. § 9-2.

# 4 Risikovurdering

| Risiko for sjåføren | S (1–4) | K (1–4) | Risiko | Tiltak | Restrisiko |
| Kontinuerlig overvåking skaper press og stress (arbeidsmiljø, integritet) | 4 | 3 | 12 | Kun ukentlig rapport, ikke sanntidsvarsel til leder | 8 |
| Kjørestildata brukes i personalsak eller oppsigelse | 2 | 4 | 8 | Avtale med tillitsvalgte; leder får ikke rådata | 4 |
| Posisjon i pauser avslører private forhold (lege, religion) | 3 | 3 | 9 | Pauseknapp; ingen lagring i pause | 3 |
| Kunder ser sjåførens posisjon etter levering | 2 | 2 | 4 | Sporing for kunde stenges ved levering | 2 |

Vurdert, ikke gjennomført: anonyme kjørestilrapporter på teamnivå (gir ikke individuell opplæring som sjåførene selv ba om); lagring av posisjon i 7 dager (reklamasjoner kommer ofte etter to–tre uker).

# 5 Godkjenning

| Navn | Rolle | Dato | Signatur |
| Cathrine Berg | Administrerende direktør | | |
| Arild Fosse | IT-direktør | | |
| Kjetil Sand | Direktør KjøpNært Hjem | | |
| Thomas Evjen | Personvernombud | | |
"""


def c030() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet

        Vedlagt følger DPIA for GPS-sporing og kjøreatferd for sjåfører i KjøpNært Hjem, med anmodning om forhåndsdrøftelse. Godkjenningstabellen står i kapittel 5.

        """
    )
    msg = _html_mail(
        "c030",
        "Anmodning om forhåndsdrøftelse – sjåførsporing KjøpNært Hjem",
        when(11, 26, 11, 41),
        body,
        [("DPIA_sjaforsporing_v1.1.docx", to_docx(C030_DPIA))],
    )
    return msg, Label(
        "nb",
        (
            "retail",
            "employees",
            "location_tracking",
            "html_only",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "residual_risk",
            "signoff_table_names_no_decision",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "looks finished: chapter 5 «Godkjenning» is a sign-off table with names and roles but no dates, no signatures and no decision; no minutes → only part 5 missing",
        (5,),
    )


def c050() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei

        Vi vurderer å gi vekterne i 12 av våre største butikker kroppskamera, etter flere tilfeller av vold og trusler mot ansatte. Kameraet skal bare slås på når vekteren mener en situasjon er i ferd med å eskalere. Vekterne er ansatt i et vaktselskap.

        Vi har ikke startet arbeidet med DPIA ennå og lurer på:
        1. Er det vi eller vaktselskapet som er behandlingsansvarlig?
        2. Vil dette etter deres vurdering kreve forhåndsdrøftelse?
        3. Kan vi få et veiledningsmøte før vi går videre?

        """
    )
    msg = _html_mail(
        "c050",
        "Spørsmål om kroppskamera for vektere – behov for forhåndsdrøftelse?",
        when(12, 1, 10, 20),
        body,
    )
    return msg, Label(
        "nb",
        (
            "retail",
            "body_cameras",
            "nonrequest_question",
            "asks_guidance_meeting",
            "html_only",
            "contact_signature",
        ),
        "none",
        False,
        "unspecified",
        "not a request: questions and a wish for a guidance meeting (veiledningsmøte) before a DPIA is made; the guard company is mentioned but its role is the question → processor unspecified; only the sender's signature → all parts missing",
        (1, 2, 3, 4, 5),
    )
