# ruff: noqa: E501
"""Sender F: Delebilen AS, a car-sharing company with telematics in every car (nb).

Habits: HTML-only mails from a webmail client; contacts written as prose in the mail; DPIAs
exported from Google Docs as PDF with plain (unnumbered) headings; management approval as the CEO's
decision letter («Beslutning fra daglig leder»); bundles files in a ZIP when there are many;
external DPO at a law firm.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import letter_pdf
from kit import Label, html_from_text, message, to_pdf, to_xlsx, to_zip, txt, when

FROM = "Maria Tveten <maria.tveten@delebilen.no>"
FOOT = ["Delebilen AS · Grønlandsleiret 39, 0190 Oslo · Org.nr. 921 778 430 · delebilen.no"]
SIGN = txt(
    """
    Hilsen
    Maria Tveten
    Juridisk leder, Delebilen AS
    """
)
CONTACTS = txt(
    """
    Kontaktperson hos oss er undertegnede, Maria Tveten, juridisk leder (telefon 934 40 118, maria.tveten@delebilen.no). Vårt personvernombud er advokat Kristoffer Bø i Lexfjord Advokatfirma AS, som nås på 22 40 31 55 og kristoffer.bo@lexfjord.no.
    """
)
TOPICS = {
    "c011": "driving_behaviour_score",
    "c031": "in_car_camera",
    "c051": "trip_history_breach",
    "c012": "licence_face_match",
    "c032": "remote_immobiliser",
    "c052": "trip_data_sharing",
}


def beslutning(date: str, what: str, text: str) -> bytes:
    return letter_pdf(
        f"""
# Beslutning fra daglig leder

Oslo, {date}

## {what}

{text}

Espen Holmgren
Daglig leder, Delebilen AS
""",
        FOOT,
        title="Beslutning fra daglig leder",
    )


def html_mail(
    cid: str, subject: str, date: str, text: str, attachments: list[tuple[str, bytes]] | None = None
) -> EmailMessage:
    return message(cid, FROM, subject, date, html=html_from_text(text), attachments=attachments)


def c011() -> tuple[EmailMessage, Label]:
    doc = """
# DPIA: Kjørestilscore og skadeansvar

Delebilen AS – sist oppdatert 30. oktober 2026

# Om behandlingen

Alle Delebilens 2 400 biler har en telematikkboks levert og driftet av Telemaks Connect AS (databehandler). Boksen registrerer i dag posisjon ved start og slutt av turen, kilometer og drivstoff. Vi vil i tillegg registrere akselerasjon, bremsing, svinghastighet og fart sammenlignet med fartsgrensen gjennom hele turen, og beregne en kjørestilscore (0–100) per medlem. Scoren skal brukes til tre ting: (1) å tilby lavere egenandel ved skade til medlemmer med høy score, (2) å avklare ansvar ved skader («hvem kjørte bilen da skaden skjedde, og hvordan»), og (3) å utestenge medlemmer med gjentatt farlig kjøring etter manuell vurdering. 180 000 medlemmer, av dem om lag 12 000 unge sjåfører (18–23 år).

Data: posisjon hvert 10. sekund under tur, hendelser, score. Lagring: rådata 90 dager, score så lenge medlemskapet varer. Telemaks lagrer i Norge; Delebilens analyseplattform i Google Cloud, region Finland.

# Nødvendighet og forholdsmessighet

Grunnlag: avtalen med medlemmet (artikkel 6 nr. 1 bokstav b) for skadeavklaring, berettiget interesse (bokstav f) for sikkerhet og utestenging, samtykke for rabattordningen. Vi har vurdert å bruke hendelsesdata bare ved skade (ikke løpende score); det gir ikke grunnlag for rabatt eller for å oppdage farlig kjøring før skaden skjer. Vi har derfor valgt løpende score, men med disse begrensningene:
- posisjon brukes ikke i scoren, bare fart mot fartsgrense;
- medlemmet ser egen score og hendelsene bak den i appen, og kan klage på enkelthendelser;
- utestenging skjer aldri automatisk, alltid etter vurdering og med mulighet til å uttale seg;
- scoren deles ikke med forsikringsselskap eller andre.

# Risikovurdering

| Risiko for medlemmene | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| Kartlegging av bevegelser (hvor medlemmet har vært) | Høy | Høy | Posisjon bare for skadeavklaring, 90 dager, ingen innsyn for kundeservice | Middels
| Feil score (feil fartsgrense i kartdata) gir høyere egenandel eller utestenging | Middels | Høy | Klagemulighet, manuell vurdering | Middels
| Unge sjåfører rammes skjevt | Middels | Middels | Egen terskel første år | Lav
| Følelse av overvåking endrer atferd og tillit | Høy | Lav | Åpenhet i appen | Lav

Tiltak vurdert, men ikke gjennomført: å la medlemmet slå av registreringen (undergraver skadeavklaring); å lagre score bare 12 måneder (vurderes når vi ser effekten).

# Ledelsens godkjenning

Daglig leders beslutning av 2.11.2026 er vedlagt.
"""
    letter = beslutning(
        "2. november 2026",
        "Kjørestilscore og skadeansvar – godkjenning av DPIA",
        """DPIA-en ble gjennomgått i ledermøtet 19.10.2026 og på nytt 2.11.2026, etter innspill fra personvernombudet, medlemspanelet og Telemaks. Funn: restrisikoen for kartlegging av bevegelser og feil score er middels til høy.

Jeg godkjenner DPIA-en datert 30.10.2026, og beslutter at Delebilen ber Datatilsynet om forhåndsdrøftelse før kjørestilscoren tas i bruk.""",
    )
    text = (
        txt(
            """
        Hei Datatilsynet,

        Delebilen AS ber om forhåndsdrøftelse for innføring av kjørestilscore basert på telematikkdata. Vedlagt er DPIA-en og daglig leders beslutning.
        """
        )
        + "\n"
        + CONTACTS
        + txt(
            """
        Databehandler er Telemaks Connect AS. Kontaktperson der er Vegard Nyhus, tlf. 908 43 377, vegard.nyhus@telemaks.no.
        """
        )
        + "\n"
        + SIGN
    )
    msg = html_mail(
        "N011",
        "Anmodning om forhåndsdrøftelse – kjørestilscore",
        when(11, 9, 13, 15),
        text,
        [
            ("DPIA Kjørestilscore.pdf", to_pdf(doc)),
            ("Beslutning daglig leder 2026-11-02.pdf", letter),
        ],
    )
    return msg, Label(
        "nb",
        (
            "car_sharing",
            "location_tracking",
            "profiling",
            "automated_scoring",
            "html_only",
            "dpia_report_pdf",
            "contact_prose",
            "processor_contact_in_body",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_letter_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: contacts in prose incl. processor Telemaks; necessity with alternative and limits; risk table; CEO's decision letter after two management meetings",
    )


def c031() -> tuple[EmailMessage, Label]:
    letter = beslutning(
        "10. november 2026",
        "Innvendig kamera i delebiler – godkjenning av DPIA",
        """DPIA-en for innvendig kamera i 300 delebiler ble behandlet i ledermøtet 27.10. og 10.11.2026. Personvernombudet og medlemspanelet har gitt innspill.

Jeg godkjenner DPIA-en og beslutter at vi ber Datatilsynet om forhåndsdrøftelse.""",
    )
    text = (
        txt(
            """
        Hei,

        Vedlagt følger DPIA for innvendig kamera i delebilene våre (kamera som tar bilde av kupeen ved slutten av hver tur, for å dokumentere skade og forsøpling), og daglig leders beslutning. Vi ber om forhåndsdrøftelse.
        """
        )
        + "\n"
        + CONTACTS
        + txt(
            """
        Databehandler for kameraløsningen er Kupé Vision AS, kontaktperson Sara Nguyen, tlf. 477 18 240, sara@kupevision.no.
        """
        )
        + "\n"
        + SIGN
    )
    msg = html_mail(
        "N031",
        "Forhåndsdrøftelse – kamera i kupé",
        when(11, 13, 14, 50),
        text,
        [("Beslutning daglig leder 2026-11-10.pdf", letter)],
    )
    return msg, Label(
        "nb",
        (
            "car_sharing",
            "cctv",
            "html_only",
            "attachment_forgotten",
            "contact_prose",
            "processor_contact_in_body",
            "part5_decision_letter_pdf",
        ),
        "none",
        True,
        "used",
        "the mail says the DPIA is attached but only the CEO's decision letter is; contacts incl. processor are in the body; parts 2–4 missing",
        (2, 3, 4),
    )


def c051() -> tuple[EmailMessage, Label]:
    text = (
        txt(
            """
        Hei,

        Vi sendte i dag tidlig avviksmelding via Altinn-skjemaet, men skjemaet hadde ikke plass til alt, så her er utfyllende opplysninger.

        Hva skjedde: Ved en oppdatering av appen 17. november kl. 14.10 ble det innført en feil i API-et for turhistorikk. Innloggede medlemmer kunne, ved å endre et nummer i en forespørsel, hente turhistorikk (start- og sluttadresse, tidspunkt, bil) for andre medlemmer. Feilen ble meldt av en sikkerhetsforsker via vårt «security.txt»-program 18. november kl. 21.35 og rettet 18. november kl. 23.10.

        Omfang: Loggene viser oppslag på 1 312 andre medlemmers turhistorikk fra 44 kontoer. Vi undersøker om noen av oppslagene er gjort med vilje. De berørte medlemmene varsles i løpet av fredag.

        Vi ønsker ikke å be om noe annet enn at avviket registreres; spørsmål kan rettes til oss.
        """
        )
        + "\n"
        + CONTACTS
        + "\n"
        + SIGN
    )
    msg = html_mail(
        "N051",
        "Avvik – turhistorikk tilgjengelig for andre medlemmer (utfyllende)",
        when(11, 19, 10, 27),
        text,
    )
    return msg, Label(
        "nb",
        (
            "car_sharing",
            "location_tracking",
            "nonrequest_breach_notification",
            "html_only",
            "contact_prose",
        ),
        "none",
        False,
        "unspecified",
        "a breach notification supplement, not a consultation request; contact person and DPO with phone and e-mail in prose, no processor mentioned, so part 1 is present",
        (2, 3, 4, 5),
    )


def c012() -> tuple[EmailMessage, Label]:
    doc = """
# DPIA: Verifisering av førerkort med ansiktssammenligning

Delebilen AS – versjon 2, 20. oktober 2026

# Kontaktinformasjon

Behandlingsansvarlig: Delebilen AS, org.nr. 921 778 430, Grønlandsleiret 39, 0190 Oslo. Kontaktperson: Maria Tveten, juridisk leder, 934 40 118, maria.tveten@delebilen.no. Personvernombud: Kristoffer Bø, Lexfjord Advokatfirma AS, 22 40 31 55, kristoffer.bo@lexfjord.no. Databehandler: Verifio AS, Lars Erik Dahle, kundeansvarlig, 920 55 184, larserik.dahle@verifio.no.

# Om behandlingen

Ved innmelding, og deretter stikkprøvevis ved booking, skal medlemmet ta bilde av førerkortet og en selfie. Verifio AS sammenligner ansiktet på selfien med førerkortbildet (biometrisk sammenligning) og sjekker førerkortets ekthet og gyldighet mot Statens vegvesens tjeneste. I dag sjekkes førerkortet bare ved innmelding, og vi har hatt 140 tilfeller i 2025 der medlemmer lånte bort kontoen til personer uten førerkort. 25 000 nye medlemmer per år, 60 000 stikkprøver.

# Nødvendighet og forholdsmessighet

Delebilen må sikre at den som kjører har gyldig førerkort (vegtrafikkloven § 24 og forsikringsvilkårene). Vi har vurdert BankID alene (viser ikke hvem som faktisk sitter i bilen) og kontroll ved nøkkelutlevering (ingen bemanning). Biometrisk sammenligning behandles med uttrykkelig samtykke; medlemmer som ikke samtykker, kan møte opp på kontoret med førerkort. Biometriske maler slettes straks etter sammenligningen; bildene slettes etter 7 dager. Ved avvist sammenligning gjøres manuell kontroll før noen tiltak.

# Risikovurdering

Se vedlagt risikomatrise. Høyest restrisiko: feilaktig avvisning som rammer enkelte grupper, og at selfie-bilder kommer på avveie hos databehandler.

# Ledelsens godkjenning

Daglig leders beslutning av 22.10.2026 er vedlagt.
"""
    matrix = to_xlsx(
        {
            "Risikomatrise": [
                [
                    "Nr",
                    "Risiko for medlemmet",
                    "Sannsynlighet",
                    "Konsekvens",
                    "Tiltak",
                    "Restrisiko",
                ],
                [
                    "1",
                    "Feilaktig avvisning, særlig for mørkhudede og eldre",
                    "Middels",
                    "Høy",
                    "Manuell kontroll, leverandørens skjevhetstest",
                    "Middels",
                ],
                [
                    "2",
                    "Selfie og førerkortbilde kommer på avveie",
                    "Lav",
                    "Svært høy",
                    "Sletting etter 7 dager, kryptering",
                    "Middels",
                ],
                [
                    "3",
                    "Samtykke ikke frivillig",
                    "Middels",
                    "Middels",
                    "Alternativ oppmøte på kontoret",
                    "Lav",
                ],
                [
                    "4",
                    "Biometri brukes til andre formål",
                    "Lav",
                    "Høy",
                    "Avtale, ingen lagring av maler",
                    "Lav",
                ],
            ],
            "Ikke gjennomført": [
                ["Tiltak", "Begrunnelse"],
                [
                    "Ansiktsgjenkjenning i bilen før start",
                    "For inngripende; avvist av ledergruppen",
                ],
                ["Bare BankID", "Løser ikke utlån av konto"],
            ],
        }
    )
    letter = beslutning(
        "22. oktober 2026",
        "Førerkortverifisering med ansiktssammenligning – godkjenning av DPIA",
        """Ledergruppen behandlet DPIA-en 6.10. og 20.10.2026. Personvernombudets råd, innspill fra medlemspanelet og fra Verifio er tatt inn i versjon 2. Restrisikoen for feilaktig avvisning vurderes som høy.

Jeg godkjenner DPIA versjon 2 og beslutter at vi ber om forhåndsdrøftelse hos Datatilsynet.""",
    )
    bundle = to_zip(
        {
            "Forerkortverifisering/DPIA_forerkortverifisering_v2.pdf": to_pdf(doc),
            "Forerkortverifisering/Risikomatrise.xlsx": matrix,
            "Forerkortverifisering/Beslutning_daglig_leder_2026-10-22.pdf": letter,
        }
    )
    text = (
        txt(
            """
        Hei Datatilsynet,

        Delebilen AS ber om forhåndsdrøftelse for verifisering av førerkort med ansiktssammenligning. Alle dokumentene ligger i vedlagt zip-fil (DPIA, risikomatrise og daglig leders beslutning). Kontaktopplysninger står i DPIA-en.
        """
        )
        + "\n"
        + SIGN
    )
    msg = html_mail(
        "N012",
        "Forhåndsdrøftelse – førerkortverifisering",
        when(11, 4, 15, 8),
        text,
        [("Forerkortverifisering.zip", bundle)],
    )
    return msg, Label(
        "nb",
        (
            "car_sharing",
            "biometrics",
            "html_only",
            "zip_bundle",
            "dpia_report_pdf",
            "contact_prose",
            "processor_contact_in_dpia_text",
            "risk_register_xlsx",
            "residual_risk",
            "part5_decision_letter_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: a ZIP with DPIA (contacts incl. processor in prose), risk matrix with measures not taken, and the CEO's decision letter",
    )


def c032() -> tuple[EmailMessage, Label]:
    doc = """
# DPIA: Fjernsperring og sporing ved manglende betaling

Delebilen AS – 12. november 2026

# Om behandlingen

Medlemmer som ikke har betalt for tidligere turer, eller som beholder bilen over avtalt tid, skal kunne få bilen sperret for ny start (fjernsperring via telematikkboksen fra Telemaks Connect AS, databehandler). Når en bil er mer enn 6 timer over tiden, henter kundeservice bilens posisjon for å hente den. Omfang: om lag 900 tilfeller i året. Opplysninger: betalingsstatus, posisjon, turdata.

Kontakt: Maria Tveten (934 40 118, maria.tveten@delebilen.no); personvernombud Kristoffer Bø (22 40 31 55, kristoffer.bo@lexfjord.no); Telemaks Connect AS v/ Vegard Nyhus (908 43 377, vegard.nyhus@telemaks.no).

# Nødvendighet og forholdsmessighet

Avtalen med medlemmet gir rett til å hindre ny bruk ved manglende betaling (artikkel 6 nr. 1 bokstav b). Sperren virker bare ved ny start, aldri mens bilen kjøres. Posisjonen hentes bare når bilen er over tiden, og ikke for å drive inn krav. Medlemmet varsles på SMS før sperring og kan betale eller kontakte oss. Alternativet – inkasso uten sperring – brukes fortsatt for krav under 500 kroner.

# Risikovurdering

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| Medlem blir stående med sperret bil på avsidesliggende sted | Lav | Høy | Sperre bare ved ny start, nødnummer åpent | Middels
| Posisjon brukes til å følge medlemmet | Lav | Høy | Logg, tilgang for to personer i kundeservice | Lav
| Feil betalingsstatus gir uberettiget sperring | Middels | Middels | Daglig avstemming mot betalingsløsning | Lav

Vurdert, ikke gjennomført: automatisk sperring uten manuell kontroll (avvist).

# Ledelsens godkjenning

Se daglig leders beslutning (vedlegg).
"""
    text = (
        txt(
            """
        Hei,

        Delebilen AS ber om forhåndsdrøftelse for fjernsperring av biler og henting av posisjon ved manglende betaling eller overtid. Vedlagt er DPIA og daglig leders beslutning.
        """
        )
        + "\n"
        + CONTACTS
        + "\n"
        + SIGN
    )
    msg = html_mail(
        "N032",
        "Anmodning om forhåndsdrøftelse – fjernsperring",
        when(11, 17, 11, 23),
        text,
        [
            ("DPIA Fjernsperring.pdf", to_pdf(doc)),
            ("Beslutning daglig leder fjernsperring.pdf", b""),
        ],
    )
    return msg, Label(
        "nb",
        (
            "car_sharing",
            "location_tracking",
            "html_only",
            "dpia_report_pdf",
            "contact_prose",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "zero_byte_decision_letter",
        ),
        "none",
        True,
        "used",
        "the CEO's decision letter is a zero-byte file and the DPIA only points to it; parts 1–4 present",
        (5,),
    )


def c052() -> tuple[EmailMessage, Label]:
    doc = """
# DPIA: Deling av turdata med kommuner for mobilitetsplanlegging

Delebilen AS – 9. november 2026

# Kontaktinformasjon

Kontaktperson Maria Tveten, 934 40 118, maria.tveten@delebilen.no. Personvernombud Kristoffer Bø, Lexfjord Advokatfirma AS, 22 40 31 55, kristoffer.bo@lexfjord.no. Databehandler: Mobilitetsdata Norge AS, Henrik Aas, prosjektleder, 995 02 861, henrik.aas@mobilitetsdata.no.

# Om behandlingen

Oslo, Bergen og Trondheim har bedt om data om delebilturer for å planlegge parkering for delebiler og kollektivknutepunkter. Mobilitetsdata Norge AS (databehandler) lager turmatriser fra Delebilens turdata: start- og sluttområde (grunnkrets), tidspunkt (time), varighet og kilometer. Tabeller med færre enn 10 turer per celle fjernes. Kommunene får bare tabellene. Rådata forlater ikke Delebilen; Mobilitetsdata behandler dem i vårt miljø.

# Nødvendighet og forholdsmessighet

Grunnlag: berettiget interesse (artikkel 6 nr. 1 bokstav f) og avtalen med kommunene om parkeringsplasser. Vi har vurdert å dele turdata på adressenivå, slik kommunene ønsket, men avvist det. Turer til og fra grunnkretser med få bosatte slås sammen. Medlemmer kan reservere seg i appen. Informasjon i personvernerklæringen og i en egen artikkel.

# Risikovurdering

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| Gjenkjenning av enkeltpersoners reiser i tynt befolkede områder | Middels | Høy | Terskel 10 turer, sammenslåing av grunnkretser | Middels
| Kommunen sammenstiller med egne data (parkeringstillatelser) | Lav | Høy | Avtale som forbyr sammenstilling | Middels
| Medlemmer opplever at de overvåkes av kommunen | Middels | Lav | Reservasjon, åpenhet | Lav

Vurdert, ikke gjennomført: støy (differensiell personvern) på alle tabeller – kommunene mener tallene da blir for usikre for små soner.

# Ledelsens godkjenning

Beslutning fra daglig leder av 16.11.2026 vedlagt.
"""
    letter = beslutning(
        "16. november 2026",
        "Deling av turdata med kommuner – godkjenning av DPIA",
        """Saken er behandlet i ledermøtet 2.11. og 16.11.2026. Innspill fra personvernombudet og medlemspanelet er tatt inn. Risikoen for gjenkjenning i tynt befolkede soner er fortsatt høy.

Jeg godkjenner DPIA-en av 9.11.2026. Vi ber Datatilsynet om forhåndsdrøftelse før avtalene med kommunene inngås.""",
    )
    text = (
        txt(
            """
        Hei,

        Delebilen AS ber om forhåndsdrøftelse for deling av aggregerte turdata med tre kommuner. DPIA (med kontaktopplysninger) og daglig leders beslutning er vedlagt.
        """
        )
        + "\n"
        + SIGN
    )
    msg = html_mail(
        "N052",
        "Forhåndsdrøftelse – turdata til kommuner",
        when(11, 26, 12, 12),
        text,
        [
            ("DPIA Turdata kommuner.pdf", to_pdf(doc)),
            ("Beslutning daglig leder 2026-11-16.pdf", letter),
        ],
    )
    return msg, Label(
        "nb",
        (
            "car_sharing",
            "location_tracking",
            "html_only",
            "dpia_report_pdf",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_letter_pdf",
        ),
        "none",
        True,
        "used",
        "complete: contacts incl. processor in the DPIA; necessity with rejected alternative and reservation; risk table; CEO's decision letter",
    )
