# ruff: noqa: E501
"""Sender I: Gauldal Buss AS (bokmål, bus operator). The HR manager sends ZIP exports from the
archive system, scanned protocols and forwarded internal mails; the DPIA PDF has question-like
headings («Formål og bakgrunn», «Hvordan systemet virker», «Er dette nødvendig?»,
«Risikovurdering», «Behandling i ledergruppen»); contacts as a short list in the mail.

Odd: B017 (kamera i bussene, ZIP with scanned protocol), B037 (alkolås med foto; Lars has the
protocol and is on holiday), B057 (alkolås again with the protocol; a stray zero-byte image).
Even: B018 (kjørestilanalyse; the DPIA has no necessity chapter), B038 (rustesting; Lars's
approval as forwarded .eml), B058 (asks for an extended deadline, not a request).
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, scan_image, scan_pdf, to_pdf, to_zip, txt, when

FROM = "Kari Anne Rognes <kari.anne.rognes@gauldalbuss.no>"
TOPIC_OF = {
    "B017": "I-o1",
    "B037": "I-o2",
    "B057": "I-o2",
    "B018": "I-e1",
    "B038": "I-e2",
    "B058": "I-e3",
}

SIGNATUR = txt("""
    Mvh
    Kari Anne Rognes
    HR-sjef
    Gauldal Buss AS | Industriveien 8, 7290 Støren
    Tlf 72 43 90 15 | Mob 991 20 458
""")


def kontaktliste(databehandler: str) -> str:
    return txt(f"""
        Kontaktinfo:
        - Kontaktperson: Kari Anne Rognes, HR-sjef, 72 43 90 15 / 991 20 458,
          kari.anne.rognes@gauldalbuss.no
        - Personvernombud: Stian Bakken (kvalitetssjef), 72 43 90 22,
          stian.bakken@gauldalbuss.no
        - Databehandler: {databehandler}
    """)


def dpia(tittel: str, kapitler: list[tuple[str, str]]) -> str:
    deler = "\n\n".join(f"# {overskrift}\n\n{tekst}" for overskrift, tekst in kapitler)
    return f"""
# DPIA – {tittel}

Gauldal Buss AS · Personvernkonsekvensvurdering

{deler}
"""


# --- I-o1: kamera i bussene og sanntidsvisning ---------------------------------------------------


def b017() -> tuple[EmailMessage, Label]:
    doc = dpia(
        "kamera i bussene med sanntidsvisning",
        [
            (
                "Formål og bakgrunn",
                "Gauldal Buss kjører 140 busser i Trøndelag på kontrakt med fylkeskommunen. Vi har hatt en økning i vold og trusler mot sjåfører og passasjerer, særlig på kveldsrutene, og vil derfor montere kameraer i bussene med mulighet for at trafikksentralen kan se bildene i sanntid når sjåføren trykker på alarmknappen.",
            ),
            (
                "Hvordan systemet virker",
                "Hver buss får seks kameraer i passasjerområdet og ett mot døren. Kameraene tar opp kontinuerlig mens bussen er i drift, uten lyd, og opptakene lagres kryptert på en opptaker i bussen i sju dager før de overskrives. Når sjåføren trykker på alarmknappen, kan trafikksentralen se bildene direkte, og de siste 15 minuttene lagres i Fleetwise-portalen til saken er avsluttet. Opptak hentes ellers bare ut ved anmeldelse eller hendelse, av trafikksjef eller sikkerhetsleder. Om lag 4 millioner passasjerreiser i året berøres, også barn på skolerutene. Fleetwise AS er databehandler og drifter portalen i Norge. Gauldal Buss AS er behandlingsansvarlig.",
            ),
            (
                "Er dette nødvendig?",
                "Vi registrerte 58 hendelser med vold eller trusler i 2025 mot 21 i 2023. Vekter på utsatte ruter er prøvd i helgene og har virket, men kan ikke dekke alle kveldsruter. Kameraer uten sanntidsvisning gir bevis, men ingen hjelp i situasjonen. Sanntid brukes derfor bare etter alarm, ingen ser bildene ellers, og opptak overskrives etter sju dager. Passasjerene informeres med skilt ved alle dører og på nettsiden, og kan be om innsyn i opptak av seg selv.",
            ),
            (
                "Risikovurdering",
                "| Hva kan gå galt | Sannsynlighet | Konsekvens | Tiltak\n| Passasjerer overvåkes gjennom hele reisen | Høy | Middels | Ingen ser opptak uten hendelse, sju dagers lagring\n| Sanntidsvisning misbrukes uten alarm | Lav | Høy | Teknisk sperre, logg over visninger\n| Opptak av barn på skolerutene | Høy | Lav | Samme begrensninger, ingen utlevering utenom politiet\n| Opptaker i bussen stjeles | Lav | Middels | Kryptering, låst skap\n\nVurdert og forkastet: lydopptak, som ville vært for inngripende.",
            ),
            (
                "Behandling i ledergruppen",
                "Ledergruppen behandlet DPIA-en 22. oktober og 5. november 2026 og godkjente den 5. november. Se protokoll (skannet).",
            ),
        ],
    )
    protokoll = """GAULDAL BUSS AS – PROTOKOLL LEDERMØTE 05.11.2026

Til stede: Lars Øien (adm. dir.), Kari Anne Rognes (HR), Geir Tronstad (trafikksjef), Mette Lien (økonomi), Stian Bakken (kvalitet/personvernombud)

Sak 41/26 Kamera i bussene – DPIA
Stian og Kari Anne gikk gjennom DPIA-en og funnene fra første behandling 22.10. Innspill fra tillitsvalgte (YS og Fagforbundet) og fra fylkeskommunen som oppdragsgiver er tatt inn. Restrisikoen for passasjerene er fortsatt høy på grunn av kontinuerlig opptak.

Vedtak: Ledergruppen godkjenner DPIA-en. Vi ber Datatilsynet om forhåndsdrøftelse før kameraene slås på.

Lars Øien (sign.)"""
    zipfil = to_zip(
        {
            "Forhåndsdrøftelse kamera i buss/DPIA kamera i bussene.pdf": to_pdf(doc),
            "Forhåndsdrøftelse kamera i buss/Protokoll ledermøte 05.11.2026.jpg": scan_image(
                protokoll, "JPEG", 0.8
            ),
        }
    )
    body = (
        txt("""
        Hei

        Gauldal Buss AS ber om forhåndsdrøftelse for kameraer i bussene med
        sanntidsvisning ved alarm. DPIA og protokoll fra ledermøtet ligger i zip-filen
        (eksport fra arkivet vårt).

    """)
        + "\n"
        + kontaktliste("Fleetwise AS, Ronny Haugan, 73 99 12 00, ronny.haugan@fleetwise.no")
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B017",
        FROM,
        "Forhåndsdrøftelse kamera i bussene",
        when(11, 12, 7, 58),
        body,
        attachments=[("Forhåndsdrøftelse kamera i buss.zip", zipfil)],
    )
    return msg, Label(
        "nb",
        (
            "bus_operator",
            "zip",
            "dpia_report_pdf",
            "contact_list_in_body",
            "headings_question",
            "risk_words_scale",
            "part5_scanned_protocol",
        ),
        "none",
        True,
        "used",
        "complete; ZIP with the DPIA PDF and a photographed protocol of 5 Nov",
    )


# --- I-o2: alkolås med foto ------------------------------------------------------------------------

ALKO_KAPITLER = [
    (
        "Formål og bakgrunn",
        "Fylkeskommunen krever alkolås i alle busser i den nye kontrakten fra 2027. Vi vil i tillegg bruke en modell som tar bilde av den som blåser, og rapporterer resultatene til oss, for å hindre at noen andre blåser for sjåføren.",
    ),
    (
        "Hvordan systemet virker",
        "Før bussen kan startes, må sjåføren logge inn med førerkortet sitt og blåse. Alkolåsen tar et bilde av ansiktet ved hver test. Resultat, tidspunkt, buss, førerkort-ID og bilde sendes til portalen til Alkolås Norge AS. Ved positivt utslag (over 0,2 promille) eller avvik mellom bilde og førerkort varsles trafikksjefen, som tar kontakt med sjåføren før neste tur. Negative tester og bilder slettes etter 90 dager. Positive tester lagres i personalsaken dersom det blir en sak. Det gjelder 310 sjåfører og ca. 250 000 tester i året. Alkolås Norge AS er databehandler. Gauldal Buss AS er behandlingsansvarlig.",
    ),
    (
        "Er dette nødvendig?",
        "Alkolås uten bilde kan lures ved at en annen blåser, og vi har hatt to slike saker hos en annen operatør i regionen. Bilde ved hver test er det minst inngripende vi har funnet som hindrer dette; vi har vurdert kamera som filmer førerplassen hele tiden, men forkastet det. Bildene brukes ikke til noe annet, ses bare ved avvik, og sjåførene er informert i personalmøter og skriftlig. Tillitsvalgte er orientert og har uttalt seg. Sjåføren kan be om innsyn i egne tester.",
    ),
    (
        "Risikovurdering",
        "| Hva kan gå galt | Sannsynlighet | Konsekvens | Tiltak\n| Feilaktig positivt utslag (munnvann, medisiner) fører til personalsak | Middels | Høy | Ny test etter 15 min, blodprøve ved tvil, samtale før tiltak\n| Bilder brukes til å kontrollere arbeidstid eller utseende | Lav | Middels | Bare avvik ses av trafikksjef, logg\n| Helseopplysninger (medisiner) kommer fram i samtaler | Middels | Middels | Samtaler med bedriftshelsetjenesten, ikke leder\n| Lekkasje av bilder fra portalen | Lav | Middels | Kryptering, 90 dagers sletting\n\nVurdert og forkastet: lagring av bare positive tester. Leverandøren kan ikke skille før etter overføring.",
    ),
    (
        "Behandling i ledergruppen",
        "Behandlet i ledermøte 27. oktober og 10. november 2026. Se protokoll.",
    ),
]

ALKO_PROTOKOLL = """GAULDAL BUSS AS – PROTOKOLL LEDERMØTE 10.11.2026

Til stede: Lars Øien, Kari Anne Rognes, Geir Tronstad, Mette Lien, Stian Bakken

Sak 44/26 Alkolås med foto – DPIA (andre gangs behandling)
DPIA-en ble gjennomgått med funnene og uttalelsen fra tillitsvalgte og bedriftshelsetjenesten. Ledergruppen diskuterte særlig risikoen for feilaktige utslag.

Vedtak: DPIA-en godkjennes. HR ber om forhåndsdrøftelse hos Datatilsynet. Ordningen med foto tas ikke i bruk før svar foreligger.

Lars Øien (sign.)   Kari Anne Rognes (sign.)"""

ALKO_KONTAKT = "Alkolås Norge AS, Mona Strøm, 22 80 14 45, mona.strom@alkolas.no"


def b037() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Vi ber om forhåndsdrøftelse for alkolås med foto i bussene våre. DPIA-en ligger
        ved.

        Protokollen fra ledermøtet der dette ble behandlet har Lars (adm. dir.) på sin
        maskin, og han er på ferie til 30. november. Han sender den over når han er
        tilbake.

    """)
        + "\n"
        + kontaktliste(ALKO_KONTAKT)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B037",
        FROM,
        "Forhåndsdrøftelse alkolås med foto",
        when(11, 19, 13, 26),
        body,
        attachments=[
            ("DPIA alkolås med foto.pdf", to_pdf(dpia("alkolås med foto", ALKO_KAPITLER)))
        ],
    )
    return msg, Label(
        "nb",
        (
            "bus_operator",
            "dpia_report_pdf",
            "contact_list_in_body",
            "headings_question",
            "risk_words_scale",
            "part5_everyday_promise",
        ),
        "none",
        True,
        "used",
        "DPIA says «Se protokoll»; the protocol is with Lars, on holiday; no decision stated",
        missing=(5,),
    )


def b057() -> tuple[EmailMessage, Label]:
    zipfil = to_zip(
        {
            "Alkolås/DPIA alkolås med foto.pdf": to_pdf(dpia("alkolås med foto", ALKO_KAPITLER)),
            "Alkolås/Protokoll ledermøte 10.11.2026.pdf": scan_pdf([ALKO_PROTOKOLL]),
        }
    )
    body = (
        txt("""
        Hei igjen

        Lars er tilbake, så her er protokollen fra ledermøtet 10. november. Jeg har lagt
        den i samme zip som DPIA-en, så dere har hele anmodningen samlet.

    """)
        + "\n"
        + kontaktliste(ALKO_KONTAKT)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B057",
        FROM,
        "SV: Forhåndsdrøftelse alkolås med foto",
        when(12, 2, 8, 4),
        body,
        attachments=[("image001.png", b""), ("Forhåndsdrøftelse alkolås.zip", zipfil)],
    )
    return msg, Label(
        "nb",
        (
            "bus_operator",
            "zip",
            "dpia_report_pdf",
            "contact_list_in_body",
            "headings_question",
            "risk_words_scale",
            "part5_scanned_protocol",
            "zero_byte_stray_image",
            "resubmission_complete",
        ),
        "none",
        True,
        "used",
        "resends B037 with the scanned protocol in a ZIP; the empty image001.png is a signature artefact",
    )


# --- I-e1: kjørestilanalyse med bonus --------------------------------------------------------------


def b018() -> tuple[EmailMessage, Label]:
    doc = dpia(
        "kjørestilanalyse og miljøbonus",
        [
            (
                "Formål og bakgrunn",
                "Gauldal Buss vil innføre en månedlig miljøbonus til sjåfører som kjører jevnt og drivstoffbesparende.",
            ),
            (
                "Hvordan systemet virker",
                "Alle 140 busser har allerede Fleetwise-enheter for posisjon. Nå kobles førerkortinnlogging til kjøredataene, slik at hver sjåførs kjørestil måles: harde nedbremsinger, kraftig akselerasjon, tomgang, fart over grensen og drivstofforbruk per kilometer. Sjåføren får en poengsum per tur og per måned, og ser sin egen poengsum og plassering i en app. Trafikksjefen ser alle sjåførers poeng. Bonusen utbetales til de 30 prosent beste hver måned. Data per sjåfør lagres i 12 måneder. Det gjelder 310 sjåfører. Fleetwise AS er databehandler og drifter løsningen i Norge. Gauldal Buss AS er behandlingsansvarlig.",
            ),
            (
                "Risikovurdering",
                "| Hva kan gå galt | Sannsynlighet | Konsekvens | Tiltak\n| Poeng brukes i personalsaker eller oppsigelser | Middels | Høy | Skriftlig avtale med tillitsvalgte om at data bare brukes til bonus\n| Sjåfører på tunge ruter (bakker, bykjøring) taper systematisk | Høy | Middels | Justering av poeng etter rute\n| Press til å kjøre på måter som går ut over passasjerene | Middels | Middels | Sikkerhetsindikatorer vektes tyngst\n| Posisjon og kjørestil avslører private forhold i pauser | Lav | Middels | Måling bare når bussen er i rute\n\nVurdert og forkastet: skjule plasseringslisten for trafikksjefen, slik at bare sjåføren ser sin egen plassering. Trafikksjefen trenger listen for å utbetale bonus.",
            ),
            ("Behandling i ledergruppen", "Godkjent i ledermøte 3. november 2026, se protokoll."),
        ],
    )
    protokoll = """GAULDAL BUSS AS – PROTOKOLL LEDERMØTE 03.11.2026

Sak 39/26 Kjørestilanalyse og miljøbonus – DPIA
DPIA-en og funnene ble presentert av HR og personvernombudet, sammen med uttalelsen fra de tillitsvalgte.

Vedtak: Ledergruppen godkjenner DPIA-en og at vi ber om forhåndsdrøftelse.

Lars Øien (sign.)"""
    zipfil = to_zip(
        {
            "Miljøbonus/DPIA kjørestilanalyse.pdf": to_pdf(doc),
            "Miljøbonus/Protokoll 03.11.2026.jpg": scan_image(protokoll, "JPEG", -0.6),
        }
    )
    body = (
        txt("""
        Hei

        Vedlagt er DPIA og protokoll for kjørestilanalyse og miljøbonus for sjåførene. Vi
        ber om forhåndsdrøftelse.

    """)
        + "\n"
        + kontaktliste("Fleetwise AS, Ronny Haugan, 73 99 12 00, ronny.haugan@fleetwise.no")
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B018",
        FROM,
        "Forhåndsdrøftelse kjørestilanalyse/miljøbonus",
        when(11, 17, 12, 44),
        body,
        attachments=[("Miljøbonus.zip", zipfil)],
    )
    return msg, Label(
        "nb",
        (
            "bus_operator",
            "zip",
            "dpia_report_pdf",
            "contact_list_in_body",
            "headings_question",
            "risk_words_scale",
            "part5_scanned_protocol",
            "part_left_out",
        ),
        "none",
        True,
        "used",
        "DPIA goes from «Hvordan systemet virker» to «Risikovurdering»: no necessity chapter or content",
        missing=(3,),
    )


# --- I-e2: tilfeldig rustesting av sjåfører --------------------------------------------------------


def b038() -> tuple[EmailMessage, Label]:
    doc = dpia(
        "tilfeldig rustesting av sjåfører",
        [
            (
                "Formål og bakgrunn",
                "Sjåførene har ansvar for opptil 80 passasjerer. Etter to hendelser i 2025 der sjåfører kjørte påvirket av andre rusmidler enn alkohol, vil vi innføre tilfeldig rustesting med urinprøve.",
            ),
            (
                "Hvordan systemet virker",
                "Hver måned trekkes 5 prosent av sjåførene tilfeldig. De avgir urinprøve hos Rustest Midt AS, som analyserer prøven for en fast liste med rusmidler og sender resultatet (negativt eller positivt med stoff) til bedriftshelsetjenesten hos oss. HR får bare beskjed om at testen er gjennomført, og ved positivt svar om at sjåføren ikke kan kjøre. Resultater lagres hos bedriftshelsetjenesten i to år. Rustest Midt AS er databehandler. Det gjelder 310 sjåfører.",
            ),
            (
                "Er dette nødvendig?",
                "Alkolås fanger ikke andre rusmidler. Testing bare ved mistanke er vanskelig å praktisere rettferdig og har ikke fanget opp hendelsene vi hadde. Arbeidsmiljøloven § 9-4 tillater kontrolltiltak ved særlig risikofylte arbeidsoppgaver, og tiltaket er avtalt med tillitsvalgte. Sjåførene kan legge fram dokumentasjon på legemidler før svaret tolkes, og kan be om ny analyse (B-prøve) ved positivt svar.",
            ),
            (
                "Risikovurdering",
                "| Hva kan gå galt | Sannsynlighet | Konsekvens | Tiltak\n| Legemiddelbruk (helseopplysninger) blir kjent for ledere | Middels | Høy | Bare bedriftshelsetjenesten ser stoff og legemidler\n| Falske positive svar gir urettmessige reaksjoner | Lav | Høy | B-prøve, samtale før tiltak\n| Opplevelse av mistenkeliggjøring | Høy | Middels | Tilfeldig trekning, tydelig informasjon, evaluering etter ett år\n| Lekkasje fra laboratoriet | Lav | Høy | Avtale, kryptert overføring\n\nVurdert og forkastet: spyttprøve på stedet. Gir for mange usikre svar.",
            ),
            (
                "Behandling i ledergruppen",
                "Godkjent av adm. dir. etter behandling i ledergruppen 16. og 23. november 2026, se e-post fra Lars Øien.",
            ),
        ],
    )
    inner = message(
        "B038i",
        "Lars Øien <lars.oien@gauldalbuss.no>",
        "SV: DPIA rustesting – godkjenning",
        when(11, 23, 16, 40),
        txt("""
            Hei Kari Anne

            Vi gikk gjennom DPIA-en for rustesting i ledermøtet i dag, for andre gang, med
            innspillene fra tillitsvalgte og bedriftshelsetjenesten. Jeg godkjenner DPIA-en.
            Send den til Datatilsynet for forhåndsdrøftelse, så venter vi med oppstart til vi
            har svar.

            Lars

            Lars Øien
            Adm. dir., Gauldal Buss AS
        """),
        to="Kari Anne Rognes <kari.anne.rognes@gauldalbuss.no>",
    )
    body = (
        txt("""
        Hei

        Vi ber om forhåndsdrøftelse for tilfeldig rustesting av sjåførene våre. DPIA-en
        ligger ved, og godkjenningen fra Lars er videresendt som vedlegg.

        Lars sender over akkrediteringsbeviset til laboratoriet når han er tilbake fra
        ferie, hvis dere trenger det.

    """)
        + "\n"
        + kontaktliste("Rustest Midt AS, Thomas Berg, 70 11 43 90, thomas.berg@rustestmidt.no")
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B038",
        FROM,
        "Forhåndsdrøftelse rustesting av sjåfører",
        when(11, 26, 10, 31),
        body,
        attachments=[("DPIA rustesting.pdf", to_pdf(doc))],
        forwarded=("SV DPIA rustesting – godkjenning.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "bus_operator",
            "dpia_report_pdf",
            "contact_list_in_body",
            "headings_question",
            "risk_words_scale",
            "part5_ceo_email_forwarded_eml",
            "forwarded_rfc822",
            "everyday_promise_nonrequired_doc",
        ),
        "none",
        True,
        "used",
        "complete; «Lars sender … når han er tilbake» concerns a lab certificate, not a required part",
    )


# --- I-e3: asks for an extended deadline (not a request) -------------------------------------------


def b058() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Anmodning om utsatt frist – deres ref. 26/02877

        Vi viser til brevet deres av 24. november om klagen fra en tidligere ansatt på
        bruk av GPS-data i en personalsak. Fristen for å svare er 15. desember. Den som har
        kjent saken best, trafikksjef Geir Tronstad, er sykmeldt, og vi ber derfor om utsatt
        frist til 15. januar 2027.

        Personvernombudet vårt, Stian Bakken (72 43 90 22), er kjent med saken.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B058",
        FROM,
        "Utsatt frist – deres ref. 26/02877",
        when(12, 10, 9, 15),
        body,
    )
    return msg, Label(
        "nb",
        ("bus_operator", "nonrequest_deadline_extension"),
        "none",
        False,
        "unspecified",
        "asks for more time in a complaint case; not a request for prior consultation",
    )
