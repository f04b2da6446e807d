# ruff: noqa: E501
"""Sender H: Vestkyst Trafikk AS (bus and ferry operator, about 1 100 staff), bokmål.

Habits: the DPIA as an Excel workbook from a consultancy's template (Forside with a version table,
then one sheet per part), the approval a line in the version table or board minutes; once a Word
report by the consultancy. The privacy and security officer writes short mails; the DPO is an
employee.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_pdf, to_xlsx, txt, when

TOPICS = {
    "c015": "førertrøtthets- og distraksjonskamera i bussene",
    "c035": "passasjertelling med wifi/Bluetooth-signaler",
    "c055": "statusforespørsel om førertrøtthetskamera",
    "c016": "lyd- og videoopptak på nattbussene",
    "c036": "automatisk billettering (inn/ut) med posisjon i app",
    "c056": "klage på avvisning av tidligere anmodning (alkolås)",
}

FROM_TRUDE = "Trude Eikeland <trude.eikeland@vestkysttrafikk.no>"
SIG = txt("""
    Mvh
    Trude Eikeland
    Fagansvarlig personvern og informasjonssikkerhet
    Vestkyst Trafikk AS
    Tlf. 55 30 72 18 / 959 02 614
    trude.eikeland@vestkysttrafikk.no
    """)
CONTACT = [
    "Kontaktperson",
    "Trude Eikeland",
    "Fagansvarlig personvern og informasjonssikkerhet",
    "55 30 72 18",
    "trude.eikeland@vestkysttrafikk.no",
]
DPO = [
    "Personvernombud",
    "Siri Hauge",
    "Personvernombud",
    "55 30 70 45",
    "siri.hauge@vestkysttrafikk.no",
]


def workbook(
    front: list[list[str]],
    versions: list[list[str]],
    contacts: list[list[str]],
    parts: dict[str, list[list[str]]],
) -> bytes:
    sheets = {
        "Forside": [
            *front,
            [""],
            ["Versjon", "Dato", "Beskrivelse", "Utført av", "Godkjent av"],
            *versions,
        ],
        "1 Kontakt": [["Rolle", "Navn", "Stilling", "Telefon", "E-post"], *contacts],
        **parts,
    }
    return to_xlsx(sheets)


# --- H15: førertrøtthetskamera -----------------------------------------------------------------

TRETT_PARTS = {
    "2 Beskrivelse": [
        ["Tema", "Beskrivelse"],
        ["Formål", "Redusere ulykker som skyldes trøtthet og uoppmerksomhet hos bussførere."],
        [
            "Hva",
            "Kamera rettet mot føreren i 310 busser. Programvare i bussen analyserer øyelokk, hodestilling og blikkretning i sanntid. Ved tegn på mikrosøvn eller bruk av mobil får føreren lydvarsel og vibrasjon i setet. Et 10-sekunders klipp (før og etter hendelsen) sendes til trafikkleder ved alvorlige hendelser (mikrosøvn, gjentatt mobilbruk).",
        ],
        ["Hvem", "Ca. 780 bussførere (ansatte og innleide)."],
        [
            "Opplysninger",
            "Videoklipp av føreren, hendelsestype, tidspunkt, posisjon, buss og førernummer. Opplysninger om trøtthet kan si noe om helse (søvnapné, medisiner).",
        ],
        [
            "Kilder og mottakere",
            "Kamera og kjøretøydatamaskin. Mottakere: trafikkleder (klipp ved alvorlige hendelser), HMS-avdelingen (statistikk), leverandøren Guardvue Europe GmbH som databehandler (drift av plattform). Ikke politiet, med mindre ulykke.",
        ],
        [
            "Lagring",
            "Klipp lagres 30 dager, hendelseslogg uten video i 12 måneder. Ingen kontinuerlig opptak.",
        ],
        [
            "Sikkerhet",
            "Kryptert overføring, lagring i Guardvues datasenter i Frankfurt, tilgang for trafikkledere med tofaktor, logg.",
        ],
        [
            "Ansvar",
            "Vestkyst Trafikk AS behandlingsansvarlig. Guardvue Europe GmbH databehandler (avtale 02.10.2026).",
        ],
    ],
    "3 Nødvendighet": [
        ["Tema", "Vurdering"],
        [
            "Grunnlag",
            "Art. 6 nr. 1 bokstav c og f, jf. arbeidsmiljøloven § 4-1 og yrkestransportloven; kontrolltiltak etter arbeidsmiljøloven kapittel 9, drøftet med tillitsvalgte 14.09. og 05.10.2026. Helseopplysninger: art. 9 nr. 2 bokstav b.",
        ],
        [
            "Behov",
            "Vi hadde 4 ulykker og 19 nestenulykker i 2025 der trøtthet var medvirkende. Skiftordning med tidlige morgener og delte skift.",
        ],
        [
            "Alternativer",
            "Bedre turnus (gjort 2025, effekt begrenset), trøtthetsdetektor i rattet (for upresis), kamera uten klipp (varsler føreren, men trafikkleder kan ikke følge opp – valgt for mindre alvorlige hendelser).",
        ],
        [
            "Begrensninger",
            "Ingen kontinuerlig opptak, ingen lyd, klipp bare ved alvorlige hendelser, klipp brukes ikke i disiplinærsaker uten at føreren har fått se klippet og tillitsvalgt er til stede, ingen rangering av førere.",
        ],
        [
            "Rettigheter",
            "Informasjon i opplæring og i personalhåndboka, føreren ser sine egne hendelser i førerappen, innsyn i klipp, oppfølgingssamtale handler om hvile og helse, ikke straff.",
        ],
    ],
    "4 Risiko": [
        [
            "ID",
            "Risiko for den registrerte",
            "S (1-5)",
            "K (1-5)",
            "Risiko",
            "Tiltak",
            "Restrisiko",
        ],
        [
            "1",
            "Kameraet oppleves som kontinuerlig overvåking av arbeidsutførelsen",
            "4",
            "3",
            "12 Høy",
            "Ingen kontinuerlig opptak, avtale med tillitsvalgte, synlig indikator når klipp lagres",
            "Høy",
        ],
        [
            "2",
            "Klipp brukes til disiplinærsaker for andre forhold",
            "3",
            "4",
            "12 Høy",
            "Retningslinje, logg, revisjon hvert halvår med tillitsvalgt",
            "Middels",
        ],
        [
            "3",
            "Feilvarsler (briller, etnisitet, lysforhold) gir urettmessig oppfølging",
            "3",
            "3",
            "9 Middels",
            "Test med 40 førere, trafikkleder vurderer klipp",
            "Middels",
        ],
        [
            "4",
            "Helseopplysninger utledes (søvnapné, rus) og deles med ledere",
            "2",
            "4",
            "8 Middels",
            "Bare HMS og bedriftshelsetjeneste i oppfølging",
            "Middels",
        ],
        [
            "5",
            "Uautorisert tilgang hos leverandør",
            "2",
            "4",
            "8 Middels",
            "Avtale, ISO 27001, EU-lagring",
            "Lav",
        ],
    ],
    "5 Tiltak ikke gjort": [
        ["Tiltak", "Hvorfor ikke gjennomført"],
        [
            "Lagring av klipp bare i bussen (ikke sky)",
            "Trafikkleder må kunne se klipp raskt ved alvorlige hendelser",
        ],
        [
            "Frivillig ordning per fører",
            "Sikkerheten for passasjerer krever at alle busser har det",
        ],
        [
            "Kortere lagring (7 dager)",
            "Klipp må kunne brukes i oppfølgingssamtale som ofte skjer etter to uker",
        ],
    ],
    "6 Konklusjon": [
        [
            "Restrisiko",
            "Risiko 1 er fortsatt høy. Ledelsen vil gjennomføre tiltaket og ber om forhåndsdrøftelse.",
        ],
        [
            "Medvirkning",
            "Tillitsvalgte (Fagforbundet, YS), hovedverneombud, personvernombud og bedriftshelsetjenesten har gitt innspill, se referat fra drøftingsmøter.",
        ],
    ],
}


def c015() -> tuple[EmailMessage, Label]:
    wb = workbook(
        [
            ["Vurdering av personvernkonsekvenser (DPIA)"],
            ["Tiltak", "Førertrøtthets- og distraksjonskamera"],
            ["Virksomhet", "Vestkyst Trafikk AS, org.nr. 917 440 812"],
            ["Utarbeidet med", "Rådgivning Vest AS"],
        ],
        [
            ["0.1", "2026-09-08", "Utkast", "Rådgivning Vest AS", ""],
            ["0.5", "2026-10-06", "Etter drøfting med tillitsvalgte", "T. Eikeland", ""],
            [
                "0.9",
                "2026-10-16",
                "Presentert ledermøte sak 53/26, innspill fra personvernombud",
                "T. Eikeland",
                "",
            ],
            [
                "1.0",
                "2026-10-30",
                "Endelig",
                "T. Eikeland",
                "Godkjent i ledermøte 30.10.2026 sak 57/26 (andre gangs behandling), Arne Vikøren, adm. dir. Beslutning: gjennomføre og be om forhåndsdrøftelse.",
            ],
        ],
        [
            CONTACT,
            DPO,
            [
                "Databehandler",
                "Jan Petersen",
                "Key Account Manager, Guardvue Europe GmbH",
                "+49 40 2285 3310",
                "jan.petersen@guardvue.eu",
            ],
        ],
        TRETT_PARTS,
    )
    body = (
        txt("""
        Hei

        Vestkyst Trafikk AS ber om forhåndsdrøftelse for førertrøtthets- og distraksjonskamera i bussene våre. DPIA-en er i Excel (vår rådgivers mal). Godkjenningen fra ledelsen står i versjonstabellen på forsiden, og kontaktinformasjon i arket «1 Kontakt».

        """)
        + "\n"
        + SIG
    )
    msg = message(
        "c015",
        FROM_TRUDE,
        "Anmodning om forhåndsdrøftelse - førertrøtthetskamera",
        when(11, 3, 13, 48),
        body,
        attachments=[("DPIA_forertrotthet_v1.0.xlsx", wb)],
    )
    return msg, Label(
        "nb",
        (
            "transport_operator",
            "employees",
            "dpia_xlsx_workbook",
            "version_log",
            "contact_xlsx_sheet",
            "processor_contact_table",
            "phone_foreign",
            "risk_likelihood_consequence",
            "part5_version_log_line",
        ),
        "none",
        True,
        "used",
        "complete; DPIA as an Excel workbook, management approval only as a line in the front sheet's version table",
    )


# --- H35: passasjertelling, processor without contact -------------------------------------------

TELL_PARTS = {
    "2 Beskrivelse": [
        ["Tema", "Beskrivelse"],
        [
            "Formål",
            "Få bedre data om hvor mange som reiser mellom hvilke holdeplasser, for å planlegge ruter og kapasitet.",
        ],
        [
            "Hva",
            "Sensorer i 150 busser og 4 ferjer fanger opp wifi- og Bluetooth-signaler fra mobiltelefoner om bord. MAC-adressen hashes i sensoren med et salt som byttes hver natt. Ved å se når samme hash dukker opp og forsvinner, beregnes reise fra holdeplass A til B. Alle telefoner fanges opp, uten at passasjeren gjør noe.",
        ],
        [
            "Omfang",
            "Ca. 28 millioner reiser i året. Også folk som står på holdeplassen eller går forbi bussen blir registrert.",
        ],
        [
            "Opplysninger",
            "Hashet MAC-adresse, signalstyrke, tidspunkt, buss/ferje, posisjon. Ingen navn.",
        ],
        [
            "Dataflyt",
            "Sensor → Telleteknikk AS sin plattform (databehandler) → aggregert rapport per linje og holdeplass til planavdelingen hos oss. Rådata (hash + tid + posisjon) lagres 24 timer hos Telleteknikk, deretter bare aggregater.",
        ],
        [
            "Sikkerhet",
            "Hashing med daglig salt i sensoren, kryptert overføring, ingen lagring av ekte MAC-adresse.",
        ],
    ],
    "3 Nødvendighet": [
        ["Tema", "Vurdering"],
        [
            "Grunnlag",
            "Art. 6 nr. 1 bokstav e (oppdrag fra fylkeskommunen om å drive kollektivtrafikk). Vi mener hashede MAC-adresser er personopplysninger så lenge saltet finnes.",
        ],
        [
            "Alternativer",
            "Automatiske passasjertellere i dørene (finnes i 40 % av bussene, gir påstigning men ikke reiser A-B); billettdata (mange reiser med periodebillett uten å validere); manuelle tellinger (dyrt, sjeldent).",
        ],
        [
            "Forholdsmessighet",
            "Daglig salt gjør at en person ikke kan følges over flere dager. Bare aggregerte tall brukes. Sensoren filtrerer bort signaler med lav styrke (utenfor bussen) så langt det går.",
        ],
        [
            "Rettigheter",
            "Skilt i bussene og på nettsiden. Det er ikke mulig å gi innsyn eller slette for den enkelte (vi kan ikke identifisere), men man kan skru av wifi/Bluetooth. Vi har vurdert en reservasjonsløsning, se ark 5.",
        ],
    ],
    "4 Risiko": [
        ["ID", "Risiko", "S (1-5)", "K (1-5)", "Risiko", "Tiltak", "Restrisiko"],
        [
            "1",
            "Sporing av enkeltpersoners reiser innenfor et døgn (f.eks. til krisesenter, sykehus, arbeidsplass)",
            "3",
            "4",
            "12 Høy",
            "Rådata slettes etter 24 timer, tilgang bare for Telleteknikk drift",
            "Høy",
        ],
        [
            "2",
            "Registrering av personer utenfor bussen",
            "4",
            "2",
            "8 Middels",
            "Signalstyrkefilter",
            "Middels",
        ],
        [
            "3",
            "Hash kan reverseres hvis saltet lekker",
            "2",
            "3",
            "6 Middels",
            "Salt bare i sensoren, byttes daglig",
            "Lav",
        ],
        [
            "4",
            "Passasjerer vet ikke om registreringen",
            "4",
            "2",
            "8 Middels",
            "Skilt, nettside",
            "Middels",
        ],
    ],
    "5 Tiltak ikke gjort": [
        ["Tiltak", "Hvorfor ikke gjennomført"],
        [
            "Reservasjon ved registrering av egen MAC-adresse på nett",
            "Krever at vi lagrer ekte MAC-adresser, som er mer inngripende",
        ],
        ["Bare dør-tellere", "Gir ikke reisemønster A-B"],
    ],
    "6 Konklusjon": [["Restrisiko", "Risiko 1 er høy etter tiltak. Vi ber om forhåndsdrøftelse."]],
}


def c035() -> tuple[EmailMessage, Label]:
    wb = workbook(
        [
            ["Vurdering av personvernkonsekvenser (DPIA)"],
            ["Tiltak", "Passasjertelling med wifi/Bluetooth"],
            ["Virksomhet", "Vestkyst Trafikk AS"],
        ],
        [
            ["0.3", "2026-10-12", "Utkast", "T. Eikeland", ""],
            [
                "1.0",
                "2026-11-12",
                "Endelig",
                "T. Eikeland",
                "Godkjent i ledermøte 12.11.2026 sak 61/26, Arne Vikøren, adm. dir., etter presentasjon av funn og innspill fra Skyss-kontoret i fylkeskommunen og personvernombudet",
            ],
        ],
        [CONTACT, DPO, ["Databehandler", "Telleteknikk AS", "(avtale under signering)", "", ""]],
        TELL_PARTS,
    )
    body = (
        txt("""
        Hei

        Vedlagt er DPIA for passasjertelling med wifi- og Bluetooth-signaler i busser og ferjer. Vi ber om forhåndsdrøftelse fordi vi ikke får redusert risikoen for sporing innenfor et døgn mer enn vi har gjort.

        Leverandøren er Telleteknikk AS.

        """)
        + "\n"
        + SIG
    )
    msg = message(
        "c035",
        FROM_TRUDE,
        "Forhåndsdrøftelse - passasjertelling wifi/Bluetooth",
        when(11, 18, 9, 3),
        body,
        cc="Siri Hauge <siri.hauge@vestkysttrafikk.no>",
        attachments=[("DPIA_passasjertelling_v1.0.xlsx", wb)],
    )
    return msg, Label(
        "nb",
        (
            "transport_operator",
            "dpia_xlsx_workbook",
            "version_log",
            "contact_xlsx_sheet",
            "risk_likelihood_consequence",
            "part5_version_log_line",
            "p1_processor_named_no_contact",
        ),
        "none",
        True,
        "used",
        "processor Telleteknikk AS named (contact row empty, «avtale under signering») with no person, phone or e-mail; rest complete",
        missing=(1,),
    )


def c055() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Vi sendte anmodning om forhåndsdrøftelse for førertrøtthetskamera i bussene 3. november. Vi har ikke fått noen bekreftelse på at dere har mottatt den, og finner den ikke i postlisten.

        Kan dere bekrefte at anmodningen er mottatt, og gi et anslag på når vi kan vente svar? Tillitsvalgte spør oss, og vi har en leveranse av kameraer som står på vent.

        """)
        + "\n"
        + SIG
    )
    msg = message(
        "c055",
        FROM_TRUDE,
        "Status på anmodning om forhåndsdrøftelse (førertrøtthetskamera)",
        when(12, 15, 10, 11),
        body,
    )
    return msg, Label(
        "nb",
        (
            "transport_operator",
            "nonrequest_status_query",
            "contact_signature",
            "mentions_prior_consultation",
        ),
        "none",
        False,
        "unspecified",
        "status query about the request sent on 3 November (J015's topic); asks for confirmation of receipt and timing",
        missing=(1, 2, 3, 4, 5),
    )


# --- H16: lyd og video på nattbussene -----------------------------------------------------------

NATT_PARTS = {
    "2 Beskrivelse": [
        ["Tema", "Beskrivelse"],
        [
            "Formål",
            "Forebygge og dokumentere vold, trusler og seksuell trakassering mot passasjerer og førere på nattbussene.",
        ],
        [
            "Hva",
            "Nattbussene (42 busser, fredag og lørdag kl. 23–05) har allerede videoovervåking. Vi vil i tillegg ta opp lyd i passasjerområdet. Lyd tas opp kontinuerlig sammen med video og lagres i bussens opptaker i 7 dager. Opptak hentes ut bare ved hendelse (anmeldelse, klage, førerens hendelsesrapport).",
        ],
        [
            "Hvem",
            "Passasjerer (ca. 180 000 nattreiser per år, mange unge og beruset), førere og vektere på bussen.",
        ],
        [
            "Opplysninger",
            "Video og lyd av samtaler mellom passasjerer, telefonsamtaler, førerens kommunikasjon. Lyd kan avsløre helse, seksuell orientering, politisk syn og andre særlige kategorier.",
        ],
        [
            "Dataflyt",
            "Opptaker i bussen (kryptert disk) → uthenting på depot av to autoriserte personer i sikkerhetsavdelingen → utlevering til politiet ved anmeldelse. Videoplattformen drives av SikkerBuss AS som databehandler (vedlikehold og programvare), uten tilgang til opptak uten vår godkjenning.",
        ],
        [
            "Lagring",
            "7 døgn i bussen, deretter overskriving. Uthentede opptak til saken er avsluttet.",
        ],
    ],
    "3 Nødvendighet": [
        ["Tema", "Vurdering"],
        [
            "Grunnlag",
            "Art. 6 nr. 1 bokstav f (sikkerhet for passasjerer og ansatte) og personopplysningsloven § 31 om kameraovervåking. Interesseavveining 20.10.2026.",
        ],
        [
            "Behov",
            "Politiet har henlagt 11 saker om seksuell trakassering og trusler på nattbussene siste år på grunn av bevisets stilling; i flere saker var det avgjørende hva som ble sagt.",
        ],
        [
            "Alternativer",
            "Lyd bare ved trykk på alarmknapp (vurdert som førstevalg, men hendelsene starter ofte før noen trykker; vi har valgt 2 minutters bufring før trykk som kompromiss – se ark 5); flere vektere (gjort på to linjer); lydopptak bare i førerens område (beskytter ikke passasjerer).",
        ],
        [
            "Begrensninger",
            "Bare nattbussene, bare helgenetter, 7 døgns lagring, uthenting bare ved hendelse med logg, ingen direkteavlytting, ingen analyse av lyd.",
        ],
        [
            "Rettigheter",
            "Tydelig skilting med symbol for lyd ved alle dører, informasjon i appen ved kjøp av nattbillett, innsyn i opptak av seg selv (med sladding av andre), klage til personvernombudet.",
        ],
    ],
    "4 Risiko": [
        ["ID", "Risiko", "S (1-5)", "K (1-5)", "Risiko", "Tiltak", "Restrisiko"],
        [
            "1",
            "Private samtaler tas opp for alle passasjerer (nedkjølende effekt)",
            "5",
            "3",
            "15 Høy",
            "Skilting, kort lagring, ingen analyse",
            "Høy",
        ],
        [
            "2",
            "Opptak brukes til andre formål (f.eks. kontroll av førere)",
            "2",
            "4",
            "8 Middels",
            "Retningslinje, logg, avtale med tillitsvalgte",
            "Lav",
        ],
        [
            "3",
            "Opptak lekker (tyveri av opptaker, feil ved utlevering)",
            "2",
            "4",
            "8 Middels",
            "Kryptert disk, to personer ved uthenting",
            "Lav",
        ],
        [
            "4",
            "Innsyn gir tilgang til andres samtaler",
            "3",
            "3",
            "9 Middels",
            "Sladding før innsyn",
            "Middels",
        ],
    ],
    "5 Tiltak ikke gjort": [
        ["Tiltak", "Hvorfor ikke gjennomført"],
        [
            "Lyd bare etter alarmtrykk",
            "Hendelsen er ofte over før noen trykker; i stedet vurderer vi å gå over til bufring ved evaluering etter ett år",
        ],
        [
            "Lydfilter som fjerner tale og bare beholder lydnivå",
            "Gir ikke bevis for hva som ble sagt",
        ],
    ],
    "6 Konklusjon": [
        ["Restrisiko", "Risiko 1 er høy. Styret har godkjent og ønsker forhåndsdrøftelse."]
    ],
}

NATT_STYRE = """
# Vestkyst Trafikk AS – Protokoll fra styremøte 21. november 2026 (utdrag)

## Sak 44/26 Lydopptak på nattbussene – DPIA

Administrerende direktør Arne Vikøren og fagansvarlig personvern Trude Eikeland presenterte DPIA-en, herunder risikovurderingen, innspill fra politiet, Fagforbundet og ungdomsrådet i fylkeskommunen, og personvernombudets anbefaling om forhåndsdrøftelse. Saken var til orientering i styret 17. oktober.

Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser for lydopptak på nattbussene og ber administrasjonen anmode Datatilsynet om forhåndsdrøftelse før lydopptak tas i bruk.

Protokollen er signert av styreleder Marit Helle Dale og samtlige styremedlemmer.
"""


def c016() -> tuple[EmailMessage, Label]:
    wb = workbook(
        [
            ["Vurdering av personvernkonsekvenser (DPIA)"],
            ["Tiltak", "Lyd- og videoopptak på nattbussene"],
            ["Virksomhet", "Vestkyst Trafikk AS"],
        ],
        [
            ["0.4", "2026-10-05", "Utkast", "T. Eikeland", ""],
            [
                "1.0",
                "2026-11-14",
                "Endelig, til styret",
                "T. Eikeland",
                "Styret, se protokoll 21.11.2026",
            ],
        ],
        [
            CONTACT,
            DPO,
            [
                "Databehandler",
                "Håkon Sandvik",
                "Servicesjef, SikkerBuss AS",
                "56 14 30 70",
                "hakon.sandvik@sikkerbuss.no",
            ],
        ],
        NATT_PARTS,
    )
    body = (
        txt("""
        Til Datatilsynet

        Vestkyst Trafikk AS ber om forhåndsdrøftelse for lydopptak på nattbussene. Vedlagt er DPIA (Excel) og utdrag av styreprotokoll.

        """)
        + "\n"
        + SIG
    )
    msg = message(
        "c016",
        FROM_TRUDE,
        "Anmodning om forhåndsdrøftelse - lydopptak nattbuss",
        when(11, 26, 14, 2),
        body,
        attachments=[
            ("DPIA_lydopptak_nattbuss_v1.0.xlsx", wb),
            ("Styreprotokoll_2026-11-21_sak44.pdf", to_pdf(NATT_STYRE, "Styreprotokoll")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "transport_operator",
            "dpia_xlsx_workbook",
            "version_log",
            "contact_xlsx_sheet",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "part5_board_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; Excel DPIA for audio recording on night buses, board minutes extract",
    )


# --- H36: be-in-be-out app, board only informed -------------------------------------------------

BIBO = """
# Vurdering av personvernkonsekvenser – Automatisk billettering (inn/ut) i Vestkyst-appen

Rapport utarbeidet av Rådgivning Vest AS for Vestkyst Trafikk AS. 12. november 2026.

# 1 Kontaktinformasjon

~ Kontaktperson: Trude Eikeland, fagansvarlig personvern og informasjonssikkerhet, 55 30 72 18, trude.eikeland@vestkysttrafikk.no
~ Personvernombud: Siri Hauge, 55 30 70 45, siri.hauge@vestkysttrafikk.no
~ Databehandler: Billettsmart AS, kontaktperson Ole Petter Brun, leveranseleder, 469 22 781, ole.petter.brun@billettsmart.no

# 2 Systematisk beskrivelse

Passasjeren aktiverer «automatisk billett» i appen. Appen bruker GPS og Bluetooth-fyr i bussene til å registrere når passasjeren går på og av, og beregner billigste pris for reisen (dagpris-tak). Posisjonen leses hvert 15. sekund mens appen oppdager at passasjeren er om bord, og hvert 2. minutt ellers, for å oppdage påstigning. Reisene vises i appen og danner grunnlag for månedlig faktura.

Omfang: forventet 60 000 brukere. Opplysninger: posisjon, reiser (fra–til, tid), betalingsmiddel, kundeforhold. Posisjonshistorikken viser bosted, arbeidssted og vaner. Billettsmart AS drifter løsningen i Norge som databehandler. Reisehistorikk lagres 13 måneder (klagefrist og regnskap), rå posisjon 72 timer.

# 3 Nødvendighet og forholdsmessighet

Grunnlag: avtale (art. 6 nr. 1 b). Tjenesten er frivillig; vanlig billettkjøp i appen finnes fortsatt uten posisjon. Posisjon er nødvendig for å registrere reisen uten at kunden gjør noe. Vi har valgt bort kontinuerlig GPS når kunden ikke er i nærheten av holdeplasser (geofence rundt holdeplasser reduserer lesing med 70 %). Rettigheter: tydelig samtykkeskjerm, innsyn i alle reiser, kunden kan slette reiser eldre enn 3 måneder, kontroll av billett skjer med QR uten å vise reisehistorikk til kontrollør.

# 4 Risikovurdering

| Risiko | S | K | Tiltak | Rest |
| Kartlegging av bevegelsesmønster | 3 | 4 | Rå posisjon 72 t, aggregert reise | Høy |
| Utlevering til politi eller andre | 2 | 4 | Rutine, bare ved kjennelse | Middels |
| Feil innsjekk gir feil pris | 3 | 2 | Kunden kan korrigere, manuell klage | Lav |
| Posisjon leses utenfor reiser | 2 | 4 | Geofence, revisjon av appen | Middels |

Vurdert, ikke gjennomført: behandling av posisjon bare på telefonen (Billettsmart tilbyr det ikke før 2028); kortere lagring av reiser (regnskapskrav).

Restrisiko: høy for kartlegging av bevegelsesmønster.

# 5 Ledelsens behandling

DPIA-en ble lagt fram for styret 20. november 2026 som orienteringssak (O-sak 9/26). Styret tok saken til orientering. Det er ikke fattet vedtak.
"""


def c036() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Vi ber om forhåndsdrøftelse for automatisk billettering i appen vår, der posisjon brukes til å registrere inn- og utstigning. Rapporten fra Rådgivning Vest AS er DPIA-en vår.

        Styret har fått saken til orientering; vi ønsker Datatilsynets vurdering før vi legger fram en beslutningssak.

        """)
        + "\n"
        + SIG
    )
    msg = message(
        "c036",
        FROM_TRUDE,
        "Forhåndsdrøftelse automatisk billettering",
        when(12, 2, 12, 27),
        body,
        cc="Siri Hauge <siri.hauge@vestkysttrafikk.no>",
        attachments=[("DPIA automatisk billettering - Rådgivning Vest.docx", to_docx(BIBO))],
    )
    return msg, Label(
        "nb",
        (
            "transport_operator",
            "dpia_report_docx",
            "headings_numbered",
            "consultant_report",
            "contact_dpia_block",
            "risk_likelihood_consequence",
            "part5_informed_only",
            "location_tracking",
        ),
        "none",
        True,
        "used",
        "board only took the DPIA «til orientering», no decision; the sender wants the authority's view before a decision; parts 1-4 complete",
        missing=(5,),
    )


def c056() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        KLAGE PÅ AVVISNING AV ANMODNING OM FORHÅNDSDRØFTELSE – DERES REF. 26/02211

        Vi viser til brev av 24. november 2026 der Datatilsynet avviser vår anmodning om forhåndsdrøftelse for alkolås med registrering i bussene, med begrunnelse i at dokumentasjon av ledelsens validering manglet.

        Vi er uenige i avvisningen og påklager den. Ledelsens godkjenning fremgikk etter vårt syn av versjonstabellen i DPIA-en, der godkjenningen i ledermøtet var ført opp. Vi ber om at Datatilsynet omgjør avvisningen, eller at klagen sendes Personvernnemnda.

        Vi sender ikke dokumentasjonen på nytt, da den allerede ligger hos dere.

        Personvernombud Siri Hauge (55 30 70 45, siri.hauge@vestkysttrafikk.no) har sett klagen.

        """)
        + "\n"
        + SIG
    )
    msg = message(
        "c056", FROM_TRUDE, "Klage på avvisning - ref. 26/02211", when(12, 9, 11, 30), body
    )
    return msg, Label(
        "nb",
        (
            "transport_operator",
            "nonrequest_complaint",
            "appeal",
            "mentions_prior_consultation",
            "contact_signature",
            "contact_dpo_body_line",
        ),
        "none",
        False,
        "unspecified",
        "appeal against the rejection of an earlier request (alcohol interlocks); no documents re-sent",
        missing=(2, 3, 4, 5),
    )
