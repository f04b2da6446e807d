# ruff: noqa: E501
"""Sender C: Solbakken Energi AS, a Norwegian grid and power-sales company in Innlandet.

Habits: Norwegian; the legal adviser sends; own DPIA template «PV-mal 3» in Word or PDF with a
contact table in chapter 1; risk register kept in Excel; foreign vendors' English annexes attached
as they came; board decisions quoted from the board protocol.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_html, to_pdf, to_rtf, to_xlsx, txt, when

KARI = "Kari Mølstad <kari.molstad@solbakken-energi.no>"
SIG = "\n" + txt("""
    Med vennlig hilsen
    Kari Mølstad
    juridisk rådgiver / personvernkoordinator
    Solbakken Energi AS
    Storgata 44, 2815 Gjøvik
    Tlf. 61 55 20 48 · mobil 917 44 203
    kari.molstad@solbakken-energi.no
    """)

KONTAKT = """
| Rolle | Navn | Telefon | E-post |
| Kontaktperson hos behandlingsansvarlig | Kari Mølstad, juridisk rådgiver | 917 44 203 | kari.molstad@solbakken-energi.no |
| Personvernombud | Henrik Aas | 482 19 330 | personvernombud@solbakken-energi.no |
"""


def mal(
    tittel: str, versjon: str, kontakt: str, beskr: str, nodv: str, risiko: str, godkj: str
) -> str:
    return f"""
# Vurdering av personvernkonsekvenser (DPIA) – {tittel}

~ Solbakken Energi AS · PV-mal 3 · Versjon {versjon} · Gradering: Fortrolig

# 1 Kontaktopplysninger
{kontakt}

# 2 Systematisk beskrivelse av behandlingen

{beskr}

# 3 Nødvendighet og forholdsmessighet

{nodv}

# 4 Risikovurdering

{risiko}

# 5 Ledelsens behandling og godkjenning

{godkj}
"""


def rtab(rows: list[tuple[str, str, str, str, str]]) -> str:
    head = "| Risiko for de registrerte | Sannsynlighet | Konsekvens | Tiltak | Restrisiko |\n"
    return head + "\n".join(f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows)


# --- O005: NILM load disaggregation (odd) ----------------------------------------------------


def c005() -> tuple[EmailMessage, Label]:
    doc = mal(
        "Apparatgjenkjenning fra AMS-data (NILM) i strømappen «Solbakken Hjem»",
        "1.3",
        KONTAKT
        + "| Databehandler | Dr. Katrin Hoffmann, Loadsight GmbH, Aachen | +49 241 555 3390 | datenschutz@loadsight.de |\n| Databehandler (måledata) | Eirik Fossum, Målepunkt Data AS | 73 55 90 12 | eirik.fossum@malepunkt.no |\n",
        "Vi vil tilby strømkundene en tjeneste i appen som viser hvor mye strøm de enkelte apparatene bruker (varmtvannsbereder, elbillader, tørketrommel, komfyr osv.). Tjenesten bygger på timesverdier og 10-sekundersverdier fra AMS-måleren via HAN-porten (bare for kunder som kobler til vår HAN-brikke). Loadsight GmbH analyserer kurvene med maskinlæring og returnerer apparatprofiler per døgn.\n\nOmfang: ca. 38 000 husholdningskunder, forventet 6 000 brukere av tjenesten første år. Opplysninger: målepunkt-ID, navn, adresse, forbruksdata i høy oppløsning, avledede apparat- og aktivitetsmønstre (når noen står opp, lager mat, er hjemme eller på ferie).\n\nKilder og mottakere: kunden (samtykke i appen), Målepunkt Data AS (måleverdidatabase, databehandler), Loadsight GmbH (analyse, databehandler, data lagres i Tyskland). Ingen utlevering til tredjeparter. Sikkerhet: pseudonymisert målepunkt-ID mot Loadsight, kryptering, tilgangsstyring, logging; rådata slettes etter 90 dager, apparatprofiler etter 24 måneder eller når kunden avslutter.",
        "Formålet er å hjelpe kundene å spare strøm. Behandlingsgrunnlag er samtykke (art. 6 nr. 1 a); tjenesten er frivillig og påvirker ikke pris eller avtalevilkår. Vi har vurdert: (1) bare timesverdier – gir ikke nok presisjon til apparatnivå; (2) analyse lokalt på HAN-brikken – ikke mulig med dagens maskinvare, vurderes på nytt i 2028; (3) manuelle energiråd – tilbys fortsatt.\n\nTiltak for de registrertes rettigheter: eget samtykke som kan trekkes med ett trykk; kunden ser alle apparatprofiler og kan slette dem; husstandsmedlemmer informeres via varsel i appen og på fakturaen; data brukes ikke til markedsføring eller kredittvurdering; innsyn via Min side.",
        "Se vedlagt risikoregister (Risikoregister_NILM.xlsx) med sannsynlighet, konsekvens, tiltak og restrisiko. Hovedrisikoene: kartlegging av privatliv og tilstedeværelse (høy), bruk i konflikter mellom husstandsmedlemmer (middels), innbrudd basert på fravær (middels), videre bruk hos leverandør (lav). Tiltak som er vurdert men ikke gjennomført, står i arket «Ikke gjennomført». Restrisikoen for kartlegging av privatliv er fortsatt høy.",
        "Styret behandlet vurderingen i møte 29. oktober 2026 (sak 41/26), se vedlagt protokollutdrag.",
    )
    register = to_xlsx(
        {
            "Risikoregister": [
                [
                    "ID",
                    "Risiko for de registrerte",
                    "Sannsynlighet (1-4)",
                    "Konsekvens (1-4)",
                    "Risiko før",
                    "Tiltak gjennomført",
                    "Restrisiko",
                ],
                [
                    "N1",
                    "Detaljert kartlegging av hverdagsliv (søvn, matlaging, fravær) som kunden ikke forutså",
                    "3",
                    "4",
                    "Høy",
                    "Samtykke med eksempler, sletting etter 90 d, oversikt i app",
                    "Høy",
                ],
                [
                    "N2",
                    "Husstandsmedlem overvåker andre via apparatprofiler",
                    "2",
                    "3",
                    "Middels",
                    "Varsel til husstand, profilene viser ikke klokkeslett under 15 min",
                    "Middels",
                ],
                [
                    "N3",
                    "Innbrudd: fravær avledet av data ved lekkasje",
                    "2",
                    "4",
                    "Middels",
                    "Kryptering, pseudonymisering, tilgangsstyring",
                    "Lav",
                ],
                [
                    "N4",
                    "Leverandør bruker data til egen modelltrening",
                    "2",
                    "2",
                    "Lav",
                    "Forbud i databehandleravtale, revisjonsrett",
                    "Lav",
                ],
            ],
            "Ikke gjennomført": [
                ["Tiltak", "Begrunnelse"],
                [
                    "Analyse lokalt på HAN-brikken",
                    "Ikke teknisk mulig med dagens brikke; ny vurdering 2028",
                ],
                [
                    "Samtykke fra alle voksne i husstanden",
                    "Ikke praktisk gjennomførbart; erstattet med varsel",
                ],
                [
                    "Kortere lagring av apparatprofiler (6 mnd)",
                    "Kunden ønsker årsoversikt; 24 mnd med sletteknapp",
                ],
            ],
        }
    )
    protokoll = """
# Solbakken Energi AS – Protokoll fra styremøte 29. oktober 2026

~ Til stede: Bente Kolstad (styreleder), Arvid Nesheim, Gunn Sørli, Ole Martin Haug (ansattevalgt). Fra administrasjonen: adm. dir. Jostein Rud, Kari Mølstad (sak 41/26).

## Sak 41/26 Apparatgjenkjenning (NILM) – vurdering av personvernkonsekvenser

Kari Mølstad presenterte DPIA versjon 1.3, risikoregisteret og innspill fra kundepanelet (12 kunder) og personvernombudet. Styret drøftet særlig at restrisikoen for kartlegging av privatliv er høy.

Vedtak: Styret godkjenner vurderingen og tiltakene. Før tjenesten lanseres skal selskapet be Datatilsynet om forhåndsdrøftelse. Enstemmig.
"""
    body = (
        txt("""
        Til Datatilsynet

        Solbakken Energi AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for tjenesten apparatgjenkjenning fra AMS-data (NILM) i appen «Solbakken Hjem».

        Vedlagt:
        - DPIA_NILM_v1.3.docx (kontaktopplysninger i kapittel 1)
        - Risikoregister_NILM.xlsx
        - Loadsight_technical_description.pdf (leverandørens tekniske beskrivelse, på engelsk)
        - Protokoll_styremote_2026-10-29_sak41.pdf

        """)
        + SIG
    )
    vendor = """
# Loadsight NILM Engine – Technical description for customers

~ Loadsight GmbH, Aachen · Version 4.2 · September 2026

The engine receives 10-second active power values and returns, per 24-hour period, estimated consumption per appliance class with start and end times at 15-minute resolution. Models are trained on Loadsight's own labelled data sets; customer data is not used for training unless the customer (controller) instructs so in writing. Processing location: Frankfurt (own servers). Retention: as instructed by the controller, default 90 days for raw curves.
"""
    msg = message(
        "O005",
        KARI,
        "Anmodning om forhåndsdrøftelse – apparatgjenkjenning fra AMS-data",
        when(11, 6, 10, 2),
        body,
        attachments=[
            ("DPIA_NILM_v1.3.docx", to_docx(doc)),
            ("Risikoregister_NILM.xlsx", register),
            ("Loadsight_technical_description.pdf", to_pdf(vendor)),
            ("Protokoll_styremote_2026-10-29_sak41.pdf", to_pdf(protokoll)),
        ],
        cc="Personvernombudet <personvernombud@solbakken-energi.no>",
    )
    return msg, Label(
        "nb",
        (
            "energy",
            "smart_meter",
            "new_technology_ai",
            "dpia_report_docx",
            "risk_register_xlsx",
            "english_attachment",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_board_minute_extract",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: DPIA with contacts incl. both processors (Loadsight +49); alternatives and rights measures; risk register XLSX with S×K, residual risk and a sheet of measures not taken with reasons; board minutes approving and deciding to consult",
    )


# --- O025: drone inspection, HTML-only mail with tables (odd) -------------------------------

DRONE = """
Til Datatilsynet

Solbakken Energi AS ber om forhåndsdrøftelse etter artikkel 36 for inspeksjon av kraftlinjer med drone og automatisk bildeanalyse. Hele dokumentasjonen står i denne e-posten.

# 1. Kontaktopplysninger

| Rolle | Navn | Telefon | E-post |
| Kontaktperson | Kari Mølstad | 917 44 203 | kari.molstad@solbakken-energi.no |
| Personvernombud | Henrik Aas | 482 19 330 | personvernombud@solbakken-energi.no |
| Databehandler (droneoperatør) | Tore Nyhus, Luftlinje Inspeksjon AS | 75 55 03 12 | tore@luftlinje.no |

# 2. Beskrivelse av behandlingen

Fra våren 2027 skal 1 900 km distribusjonsnett inspiseres med drone i stedet for helikopter og fotbefaring. Dronene flyr langs linjetraseen (inntil 40 meter på hver side) og tar bilder i høy oppløsning og termobilder. Traseen går over hager, gårdstun, hytter og badeplasser. Et bildeanalyseverktøy hos Luftlinje finner feil på master og isolatorer. Personer, kjøretøy og bygningsvinduer i bildene sladdes automatisk før bildene lastes opp til oss; usladdede originaler slettes hos Luftlinje etter 7 dager. Ca. 400 000 bilder per år. Berørte: grunneiere, beboere, besøkende og tilfeldig forbipasserende.

# 3. Nødvendighet og forholdsmessighet

Vi har plikt til å holde nettet i forsvarlig stand (beredskapsforskriften og forskrift om elektriske forsyningsanlegg). Helikopter gir samme bilder med mer støy og høyere risiko; fotbefaring er ikke mulig i hele terrenget. Tiltak for de berørte: varsel til grunneiere per brev og SMS en uke før, kunngjøring i lokalavisa og på nettsiden, merkede dronepiloter på bakken, flyging utenom kveld og helg nær boliger, kameraet rettet mot linja, automatisk sladding, innsyn og sletting på forespørsel via personvernombudet.

# 4. Risikovurdering

| Risiko for de registrerte | Sannsynlighet | Konsekvens | Tiltak | Restrisiko |
| Personer fotografert i private uteområder (solbading, barn i hage) | Høy | Middels | Sladding, retning, varsling, tidsvindu | Middels |
| Sladding svikter og bilder spres internt | Middels | Middels | Manuell kontroll av 5 % av bildene, tilgang for 6 personer | Lav |
| Termobilder viser aktivitet inne i bygg | Lav | Høy | Termokamera bare mot komponenter, maskering av bygg | Lav |
| Følelse av overvåking i nærmiljøet | Høy | Lav | Informasjon, kontaktpunkt | Middels |

Vurdert, ikke gjennomført: å droppe kameraet nær boliger (ville kreve fotbefaring på 30 % av traseen – for kostbart og farlig); å innhente samtykke fra alle grunneiere (ikke realistisk, behandlingen bygger på rettslig forpliktelse og berettiget interesse).

# 5. Ledelsens godkjenning

Fra styreprotokoll 19. november 2026, sak 47/26: «Styret godkjenner vurderingen av personvernkonsekvenser for droneinspeksjon med de tiltak som er beskrevet, og slutter seg til at restrisikoen for fotografering av personer i private uteområder er middels. Administrasjonen skal be Datatilsynet om forhåndsdrøftelse før inspeksjonene starter.» Saken ble lagt fram med presentasjon av funn og innspill fra bondelaget og hytteforeningen.

Med vennlig hilsen
Kari Mølstad
juridisk rådgiver, Solbakken Energi AS
"""


def c025() -> tuple[EmailMessage, Label]:
    msg = message(
        "O025",
        KARI,
        "Forhåndsdrøftelse – droneinspeksjon av kraftlinjer med bildeanalyse",
        when(11, 23, 15, 36),
        html=to_html(DRONE),
    )
    return msg, Label(
        "nb",
        (
            "energy",
            "drones",
            "public_space_imagery",
            "html_only",
            "all_in_body",
            "headings_numbered",
            "contact_body_lines",
            "processor_contact_in_body",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_decision_quoted",
        ),
        "none",
        True,
        "used",
        "complete in an HTML-only mail with tables: contacts incl. drone operator; necessity with alternatives and measures; risk table with residual risk and measures not taken; board decision quoted",
    )


# --- O045: automated prepayment decision, processor without contact (odd) --------------------


def c045() -> tuple[EmailMessage, Label]:
    doc = mal(
        "Automatisk kredittvurdering og krav om forskuddsbetaling for nye strømkunder",
        "1.0",
        KONTAKT + "| Databehandler | Kredittopplysning Nord AS | | |\n",
        "Nye privatkunder kredittvurderes automatisk når de bestiller strømavtale. Kredittopplysning Nord AS henter score og betalingsanmerkninger og returnerer en risikoklasse (A–E). Kunder i klasse D og E får automatisk krav om forskuddsbetaling eller depositum; kunder i klasse E kan også få avslag på fastprisavtale. Ca. 9 000 nye kunder per år. Opplysninger: navn, fødselsnummer, adresse, score, anmerkninger, vår tidligere betalingshistorikk. Lagring av kredittsvar i 6 måneder. Sikkerhet: integrasjon med mTLS, tilgang for kundesenterets teamleder, logging.",
        "Formål: redusere tap og unngå at kunder havner i stor gjeld. Grunnlag: art. 6 nr. 1 b og f; art. 22 nr. 2 a. Alternativer: manuell vurdering av alle (for sakte), ingen vurdering (tap ca. 7 mill. kr i 2025). Garantier: kunden får beskjed om årsaken og kan be om manuell vurdering innen 14 dager; kunden kan velge forskuddsbetalt strøm i stedet for depositum; ingen automatisk avslag på leveranse (leveringsplikt er ivaretatt); informasjon før bestilling.",
        rtab(
            [
                (
                    "Feil eller utdaterte anmerkninger gir urimelig depositum",
                    "Middels",
                    "Middels",
                    "Manuell vurdering på forespørsel, sjekk mot egen historikk",
                    "Lav",
                ),
                (
                    "Økonomisk sårbare kunder får dyrere vilkår",
                    "Høy",
                    "Middels",
                    "Forskuddsbetalt alternativ uten depositum, avdragsordning",
                    "Middels",
                ),
                (
                    "Kunden forstår ikke at avgjørelsen er automatisk",
                    "Middels",
                    "Lav",
                    "Tydelig tekst i bestillingsløpet",
                    "Lav",
                ),
            ]
        )
        + "\n\nVurdert, ikke gjennomført: manuell kontroll av alle D/E-avgjørelser (kapasitet, ca. 1 800 saker i året).",
        "Ledergruppen godkjente vurderingen 2. desember 2026 og besluttet å be om forhåndsdrøftelse fordi restrisikoen for økonomisk sårbare kunder er middels og behandlingen gjelder automatiserte avgjørelser i stort omfang. Referat fra ledermøtet: «DPIA kredittvurdering godkjent. Forhåndsdrøftelse sendes Datatilsynet. Ansvar: KM.»",
    )
    body = (
        txt("""
        Hei,

        Vedlagt følger anmodning om forhåndsdrøftelse for automatisk kredittvurdering av nye strømkunder, med vurdering av personvernkonsekvenser og ledergruppens godkjenning (kap. 5).

        """)
        + SIG
    )
    msg = message(
        "O045",
        KARI,
        "Anmodning om forhåndsdrøftelse: kredittvurdering og forskuddsbetaling",
        when(12, 7, 9, 12),
        body,
        attachments=[("DPIA_kredittvurdering_nye_kunder.pdf", to_pdf(doc))],
    )
    return msg, Label(
        "nb",
        (
            "energy",
            "automated_decision",
            "credit_scoring",
            "dpia_report_pdf",
            "contact_dpia_table",
            "p1_processor_named_no_contact",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "contact and DPO complete, but the processor row of the contact table has only the company name with empty phone and e-mail cells and no contact elsewhere → part 1 missing; parts 2–5 present",
        (1,),
    )


# --- O006: flexible demand control (even) ----------------------------------------------------


def c006() -> tuple[EmailMessage, Label]:
    doc = mal(
        "Fleksibel styring av elbilladere og varmtvannsberedere («Solbakken Flex»)",
        "2.0",
        KONTAKT
        + "| Databehandler | Mads Kjær, DPO, Voltflex ApS, København | +45 33 55 12 87 | privacy@voltflex.dk |\n",
        "Kunder som melder seg på «Solbakken Flex» gir oss lov til å flytte lading av elbil og oppvarming av varmtvannsbereder til timer med lav last i nettet. Voltflex ApS (databehandler, Danmark) kobler seg til laderens og styringsenhetens sky, henter status hvert minutt (tilkoblet, ladenivå, forbruk) og sender styringssignaler. Ut fra mønstrene lager plattformen en prognose per husstand for når bilen kobles til og fra, som i praksis viser når folk kommer og går. Ca. 4 000 kunder første år. Underleverandør: Nimbus Cloud Europe BV (drift, Nederland). Data slettes 13 måneder etter innsamling; prognosemodellen per kunde slettes ved oppsigelse.",
        "Formål: unngå nettforsterkning og gi kundene lavere nettleie. Grunnlag: avtale (art. 6 nr. 1 b). Alternativer: tariffsignaler alene (gir mindre effekt), styring uten prognose per kunde (gir ladestopp når bilen trengs). Tiltak for kundene: alltid overstyring i appen; garanti om minst 80 % lading til valgt tid; ingen bruk av data til annet enn styring og avregning; innsyn i styringslogg; enkel utmelding; informasjon om at mønstre kan avsløre tilstedeværelse.",
        rtab(
            [
                (
                    "Tilstedeværelse og vaner kan utledes av ladedata (f.eks. skiftarbeid, ferie)",
                    "Høy",
                    "Middels",
                    "Minimering: prognose lagres som timeprofil, ikke rådata over 13 mnd",
                    "Middels",
                ),
                (
                    "Bil ikke ladet når den trengs (helsepersonell, hjemmesykepleie)",
                    "Middels",
                    "Høy",
                    "Overstyring, garanti, unntak for prioriterte kunder",
                    "Lav",
                ),
                (
                    "Uautorisert styring ved innbrudd i plattformen",
                    "Lav",
                    "Høy",
                    "Signert styringssignal, overvåking, pen-test",
                    "Lav",
                ),
                (
                    "Data brukt til salg av andre produkter",
                    "Lav",
                    "Middels",
                    "Avtaleforbud, tilgangsskille",
                    "Lav",
                ),
            ]
        )
        + "\n\nVurdert, ikke gjennomført: lokal styring uten sky (laderne støtter det ikke), anonymisering av prognosene (ikke mulig når styringen er per husstand).",
        "Vedtatt av styret 12. november 2026, se e-posten.",
    )
    dpa = """
# Voltflex ApS – Data Processing Annex (summary for customers)

~ Voltflex ApS, Vesterbrogade 112, 1620 København V, Denmark · CVR 41 55 28 19

Contact for data protection matters: Mads Kjær, Data Protection Officer, +45 33 55 12 87, privacy@voltflex.dk.

Processing: collection of charger and water-heater status, calculation of flexibility forecasts, sending of control signals, on documented instructions from Solbakken Energi AS. Sub-processor: Nimbus Cloud Europe BV, Amsterdam (hosting). No transfer outside the EEA. Security: ISO 27001 (certificate 2025–2028), encryption in transit and at rest, signed control commands.
"""
    body = (
        txt("""
        Til Datatilsynet

        Solbakken Energi AS ber om forhåndsdrøftelse for tjenesten «Solbakken Flex», fleksibel styring av elbilladere og varmtvannsberedere hos husholdningskunder.

        Vedlagt er vurderingen av personvernkonsekvenser (versjon 2.0) og databehandlerens sammendrag av databehandleravtalen (engelsk).

        Styret behandlet saken 12. november 2026 (sak 44/26). Fra protokollen: «Styret har fått presentert vurderingen av personvernkonsekvenser for Solbakken Flex, funnene fra pilot med 60 kunder og innspill fra Elbilforeningens lokallag. Styret godkjenner vurderingen og tiltakene, aksepterer restrisikoen som middels og ber administrasjonen om å be Datatilsynet om forhåndsdrøftelse før ordningen åpnes for alle kunder.»

        """)
        + SIG
    )
    msg = message(
        "O006",
        KARI,
        "Forhåndsdrøftelse – Solbakken Flex (styring av elbilladere og varmtvannsberedere)",
        when(11, 16, 13, 5),
        body,
        attachments=[
            ("DPIA_Solbakken_Flex_v2.0.pdf", to_pdf(doc)),
            ("Voltflex_DPA_annex_summary.pdf", to_pdf(dpa)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "energy",
            "smart_home_control",
            "profiling",
            "dpia_report_pdf",
            "english_attachment",
            "contact_dpia_table",
            "processor_contact_table",
            "subprocessor_listed",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_decision_quoted",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: DPIA with contacts incl. Danish processor (+45); alternatives and customer safeguards; risk table with residual risk and measures not taken; board decision quoted in the body (DPIA itself only points to the mail)",
    )


# --- O026: RTF, management approval «fylles ut» (even) ---------------------------------------


def c026() -> tuple[EmailMessage, Label]:
    doc = mal(
        "Register over kunder med livsviktig medisinsk utstyr (prioritering ved strømbrudd)",
        "0.9",
        KONTAKT
        + "| Databehandler | Eirik Fossum, Målepunkt Data AS | 73 55 90 12 | eirik.fossum@malepunkt.no |\n",
        "Vi vil opprette et register over husstander der noen er avhengige av strøm til medisinsk utstyr (hjemmerespirator, oksygenkonsentrator, dialyse, sugepumpe). Registeret brukes til å varsle dem først ved planlagte utkoblinger, prioritere feilretting og gi beredskapsetaten i kommunen en liste ved langvarige brudd. Opplysningene kommer fra kunden selv eller fra kommunens hjemmetjeneste med kundens samtykke. Ca. 250 husstander. Opplysninger: navn, adresse, målepunkt, type utstyr, hvor lenge utstyret klarer seg på batteri, kontaktperson. Registeret lagres i Målepunkt Datas kundesystem med egen tilgangsgruppe (8 personer i driftssentralen).",
        "Formålet er å verne liv og helse. Grunnlag: samtykke (art. 9 nr. 2 a), og art. 9 nr. 2 c ved akutt fare. Alternativ: generelle varsler til alle (løser ikke prioriteringen). Tiltak: frivillig påmelding, årlig bekreftelse, sletting når kunden melder seg av eller ikke bekrefter, bare opplysninger som trengs for prioritering, ingen diagnose registreres, innsyn via personvernombudet.",
        rtab(
            [
                (
                    "Helseopplysninger blir kjent for uvedkommende (nabolag, ansatte)",
                    "Lav",
                    "Høy",
                    "Egen tilgangsgruppe, logging, taushetserklæring",
                    "Lav",
                ),
                (
                    "Feil eller utdatert register gir falsk trygghet",
                    "Middels",
                    "Høy",
                    "Årlig bekreftelse, tydelig informasjon om at registeret ikke er en garanti",
                    "Middels",
                ),
                (
                    "Utlevering til kommunen uten at kunden vet det",
                    "Lav",
                    "Middels",
                    "Informasjon i samtykket, bare ved brudd over 6 timer",
                    "Lav",
                ),
            ]
        )
        + "\n\nVurdert, ikke gjennomført: automatisk innhenting fra kommunens journalsystem (ingen hjemmel, og kunden skal selv velge).",
        "Ledelsens godkjenning: fylles ut etter ledermøtet 14. desember 2026.\n\nGodkjent av: ____________________   Dato: ____________",
    )
    body = (
        txt("""
        Hei!

        Vi ber om forhåndsdrøftelse for et register over kunder med livsviktig medisinsk utstyr. Vurderingen ligger ved som RTF (den er skrevet i vårt saksbehandlingssystem).

        Vi kommer gjerne i møte om det er ønskelig.

        """)
        + SIG
    )
    msg = message(
        "O026",
        KARI,
        "Forhåndsdrøftelse – register over kunder med medisinsk utstyr",
        when(12, 1, 14, 22),
        body,
        attachments=[("DPIA_register_medisinsk_utstyr_v0.9.rtf", to_rtf(doc))],
    )
    return msg, Label(
        "nb",
        (
            "energy",
            "health_data",
            "vulnerable_adults",
            "rtf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_to_be_completed",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "RTF DPIA with contacts, description, necessity and risk table; chapter 5 says «fylles ut etter ledermøtet 14. desember» with blank signature lines → only part 5 missing",
        (5,),
    )


# --- O046: call recording and speech analytics, zero-byte risk register (even) ---------------


def c046() -> tuple[EmailMessage, Label]:
    doc = mal(
        "Opptak og talebasert analyse av samtaler i kundesenteret",
        "1.1",
        KONTAKT
        + "| Databehandler | Silje Brenden, Samtalesky AS | 22 55 71 40 | silje.brenden@samtalesky.no |\n",
        "Alle samtaler til kundesenteret (ca. 160 000 i året) skal tas opp og transkriberes automatisk av Samtalesky AS. Et analyseverktøy markerer samtaler med misnøye, klagemarkører og mulig betalingsproblem og gir hver samtale en «kundetilfredshetsscore». Teamledere bruker resultatene til opplæring og oppfølging av de 24 kundebehandlerne. Opptak lagres 90 dager, transkripsjoner og score 12 måneder. Berørte: kunder og ansatte.",
        "Formål: bedre kundeservice, dokumentasjon av avtaleinngåelse på telefon, og oppfølging av kunder i betalingsvansker. Grunnlag: art. 6 nr. 1 b og f; for ansatte arbeidsmiljøloven kap. 9 og drøftinger med tillitsvalgte. Alternativer: opptak bare ved salg (dekker ikke klager), manuelle stikkprøver (gjøres i dag). Tiltak: informasjon i talemeny med mulighet til å be om samtale uten opptak, ansatte kan se egne score og kommentere, score brukes ikke alene i lønns- eller personalsaker, innsyn.",
        "Se vedlagt risikoregister (Risikoregister_talesanalyse.xlsx).",
        "Styret godkjente vurderingen 25. november 2026 (sak 49/26) og ba om at Datatilsynet konsulteres fordi løsningen innebærer systematisk analyse av ansattes arbeid og kunders betalingsevne. Protokollen: «Styret godkjenner DPIA for talebasert analyse. Forhåndsdrøftelse med Datatilsynet skal gjennomføres før analysemodulen tas i bruk.»",
    )
    body = (
        txt("""
        Til Datatilsynet,

        Solbakken Energi AS ber om forhåndsdrøftelse for opptak og talebasert analyse av samtaler i kundesenteret. Vurderingen av personvernkonsekvenser og risikoregisteret følger vedlagt.

        """)
        + SIG
    )
    msg = message(
        "O046",
        KARI,
        "Anmodning om forhåndsdrøftelse – talebasert analyse i kundesenteret",
        when(12, 8, 11, 47),
        body,
        attachments=[
            ("DPIA_talesanalyse_kundesenter_v1.1.docx", to_docx(doc)),
            ("Risikoregister_talesanalyse.xlsx", b""),
        ],
    )
    return msg, Label(
        "nb",
        (
            "energy",
            "audio_recording",
            "employees",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "zero_byte_risk_register",
            "part5_board_decision_in_dpia",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "chapter 4 only points to the attached risk register, which is a zero-byte file; contacts, description, necessity and board approval are in the DOCX → part 4 missing",
        (4,),
    )


TOPICS = {
    "c005": "nilm_disaggregation",
    "c025": "drone_inspection",
    "c045": "credit_prepayment",
    "c006": "flex_control",
    "c026": "medical_equipment_register",
    "c046": "call_speech_analytics",
}
