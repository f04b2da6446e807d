# ruff: noqa: E501
"""Sender D: Fjellvåk Forsikring ASA (insurer, 600 employees), bokmål.

Habits: Outlook mails (plain text + HTML alternative) with a long confidentiality disclaimer; the
legal department writes the requests, the CEO signs covering letters; the insurer buys risk
assessments from a consultancy; DPIAs in Word with a contact table; the group management
(konsernledelsen) approves.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import letter_pdf
from kit import Label, html_from_text, message, to_docx, to_pdf, to_xlsx, txt, when

TOPICS = {
    "c007": "svindelscoring_skade",
    "c027": "telematikk_bilforsikring",
    "c047": "telematikk_bilforsikring",
    "c008": "automatisert_helsevurdering_personforsikring",
    "c028": "taleanalyse_kundesenter",
    "c048": "automatisert_helsevurdering_personforsikring",
}

INGRID = "Ingrid Bakkevold <ingrid.bakkevold@fjellvak.no>"
DPO = "Morten Lie <personvernombud@fjellvak.no>"
FOOTER = [
    "Fjellvåk Forsikring ASA · Tollbugata 22, 0152 Oslo · Org.nr. 915 622 409 · Foretaksregisteret",
    "Sentralbord 23 01 77 00 · post@fjellvak.no · fjellvak.no",
]
DISCLAIMER = txt("""
    ---
    Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for adressaten. Dersom du har mottatt e-posten ved en feil, vennligst gi beskjed til avsender og slett den. Fjellvåk Forsikring ASA tar forbehold om at e-post kan bli endret under overføring.
""")

SIG_INGRID = txt("""
    Med vennlig hilsen

    Ingrid Bakkevold
    Seniorjurist | Juridisk og compliance
    Fjellvåk Forsikring ASA
    Mobil: 926 18 330 | Direkte: 23 01 77 62
    ingrid.bakkevold@fjellvak.no
""")


def _mail(
    cid: str,
    sender: str,
    subject: str,
    date: str,
    text: str,
    attachments: list[tuple[str, bytes]],
    cc: str | None = None,
) -> EmailMessage:
    full = text + "\n" + DISCLAIMER
    return message(cid, sender, subject, date, full, html_from_text(full), attachments, cc=cc)


FRAUD_LETTER = """
~ Datatilsynet
~ Postboks 458 Sentrum
~ 0105 Oslo

~ Oslo, 5. november 2026 · Vår ref.: JUR-2026-118

# Anmodning om forhåndsdrøftelse – maskinlæringsbasert svindelscoring i skadebehandlingen

Fjellvåk Forsikring ASA ber med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36 før vi tar i bruk en maskinlæringsmodell som gir hver skademelding en svindelskår.

## Hvorfor vi mener behandlingen er nødvendig og forholdsmessig

Forsikringssvindel koster bransjen anslagsvis 1,5 milliarder kroner i året, og kostnadene bæres av alle kundene gjennom premien. I dag plukker vi ut saker til manuell kontroll med 14 faste regler (for eksempel skade kort tid etter tegning). Reglene treffer dårlig: i 2025 ble 9 % av kontrollerte saker avdekket som svindel, og mange ærlige kunder fikk lang behandlingstid. Vi har vurdert å skjerpe reglene og å øke bemanningen i spesialenheten, men ingen av delene gir bedre treff. En modell som bruker opplysningene vi allerede har i skadesaken, er etter vår vurdering den minst inngripende måten å både avdekke mer svindel og la flere ærlige kunder få raskere utbetaling.

Vi har begrenset behandlingen slik: modellen bruker bare opplysninger fra skademeldingen og kundeforholdet hos oss, ikke sosiale medier eller eksterne kilder utover Finans Norges skaderegister (FOSS) som i dag; modellen avgjør aldri en sak alene – en høy skår betyr bare at en saksbehandler i spesialenheten ser på saken; ingen avslag gis uten manuell vurdering; postnummer, alder og kjønn er tatt ut av modellen etter test for skjevhet.

Kundenes rettigheter ivaretas ved at personvernerklæringen og skademeldingsskjemaet opplyser om at svindelmodell brukes; kunden får på forespørsel vite om skåren har ført til manuell kontroll og hvilke forhold som trakk opp; kunden kan klage til Finansklagenemnda som i dag; og kunden kan be om ny vurdering av en annen saksbehandler.

## Vedlegg

~ 1. DPIA – svindelscoring, versjon 1.0 (med kontaktinformasjon og beskrivelse)
~ 2. Risikovurdering fra Kvaløy Risk & Compliance AS, 29.10.2026

## Ledelsens godkjenning

Jeg har som administrerende direktør gått gjennom DPIA-en og konsulentens risikovurdering i konsernledelsens møte 3. november 2026, der også personvernombudet og konserntillitsvalgt deltok, og kundepanelets innspill ble lagt fram. Konsernledelsen sluttet seg til vurderingen. Jeg godkjenner DPIA-en og har besluttet at selskapet skal be om forhåndsdrøftelse før modellen tas i bruk.

Med vennlig hilsen

~ Espen Rygh
~ administrerende direktør
"""

FRAUD_DPIA = """
# DPIA – Maskinlæringsbasert svindelscoring i skadebehandlingen

~ Fjellvåk Forsikring ASA · Versjon 1.0 · 02.11.2026 · Eier: Direktør Skade

## Kontaktinformasjon

| Rolle | Navn | Telefon | E-post
| Kontaktperson | Ingrid Bakkevold, seniorjurist | 926 18 330 | ingrid.bakkevold@fjellvak.no
| Personvernombud | Morten Lie | 23 01 77 45 / 909 55 218 | morten.lie@fjellvak.no
| Databehandler | Detecto Analytics Ltd (Dublin) v/ Siobhán Keane, Client Director | +353 1 554 3120 | s.keane@detecto.ie

## 1 Beskrivelse av behandlingen

### Formål

Avdekke forsikringssvindel i skadesaker og prioritere manuell kontroll.

### Omfang

Alle skademeldinger på bolig, innbo, reise og motorvogn, om lag 140 000 per år. Registrerte er kunder, medforsikrede, skadelidte tredjeparter og vitner.

### Opplysninger og kilder

Fra skademeldingen: skadetype, tidspunkt, beløp, beskrivelse (fritekst analyseres for nøkkelord), dokumentasjon (kvitteringer, bilder – metadata). Fra kundeforholdet: forsikringstid, tidligere skader, betalingshistorikk. Fra FOSS: tidligere skadesaker i andre selskap. Ingen helseopplysninger brukes i modellen; personskadesaker er holdt utenfor.

### Slik fungerer det

Modellen beregner en skår 0–100 ved registrering. Skår over 80 sendes til spesialenheten (8 saksbehandlere). Skår under 80 behandles som normalt. Modellen er trent på 410 000 avsluttede saker 2018–2025. Den trenes på nytt hvert halvår.

### Mottakere og ansvar

Skåren vises bare i skadesystemet for spesialenheten og teamleder. Ingen utlevering. Detecto Analytics Ltd drifter modellen i Azure Nord-Europa (Irland) som databehandler; databehandleravtale signert 15.09.2026. Direktør Skade er ansvarlig.

### Informasjonssikkerhet

Pseudonymisering før overføring, kryptering, tilgangsstyring i skadesystemet, logging, årlig revisjon hos Detecto (ISO 27001).

## 2 Rettslig grunnlag

Art. 6 nr. 1 bokstav b og f; forsikringsavtaleloven og finansavtaleloven. Berettiget interesse er vurdert i egen avveiing (vedlegg til denne DPIA-en, ikke oversendt).

## 3 Nødvendighet, risiko og tiltak

Se følgebrevet og den eksterne risikovurderingen fra Kvaløy Risk & Compliance AS.
"""

FRAUD_MEMO = """
# Risikovurdering – svindelscoring i skadebehandlingen

~ Kvaløy Risk & Compliance AS for Fjellvåk Forsikring ASA
~ 29.10.2026 · Utført av Helene Kvaløy og Sindre Ask

## 1 Oppdrag og metode

Vi har vurdert risikoen for de registrertes rettigheter og friheter ved den planlagte svindelmodellen. Grunnlaget er DPIA-utkast 0.9, modellbeskrivelse fra Detecto, resultat av skjevhetstest (august 2026) og intervjuer med spesialenheten. Skala for sannsynlighet og konsekvens: 1 (lav) – 5 (svært høy); risiko = S×K, høy ≥ 15.

## 2 Risikoer og tiltak

| # | Risiko for den registrerte | S | K | Før | Tiltak som er gjennomført | Etter
| 1 | Ærlige kunder blir mistenkeliggjort og får forsinket utbetaling på grunn av feil skår (falske positive) | 4 | 4 | 16 | Terskel 80, manuell vurdering, maks 5 dagers ekstra behandlingstid | 12
| 2 | Modellen diskriminerer indirekte (f.eks. via skadetype/område som korrelerer med etnisitet eller inntekt) | 3 | 5 | 15 | Alder, kjønn, postnummer fjernet; skjevhetstest hvert halvår | 15
| 3 | Kunden forstår ikke hvorfor saken er kontrollert og kan ikke ivareta sine rettigheter | 4 | 3 | 12 | Informasjon i skademelding, forklaring på forespørsel | 8
| 4 | Fritekstanalyse fanger opp sensitive opplysninger (helse, religion) | 2 | 4 | 8 | Filter som fjerner helseord før analyse | 4
| 5 | Opplysninger overført til Irland kommer på avveie | 1 | 4 | 4 | Pseudonymisering, kryptering, ISO 27001 | 4
| 6 | Saksbehandlere lener seg ukritisk på skåren (automatiseringsskjevhet) | 4 | 4 | 16 | Opplæring, krav om selvstendig begrunnelse | 12

## 3 Tiltak vurdert, men ikke gjennomført

- Forklarbarhet per sak vist automatisk til kunden: ikke gjennomført fordi det kan lære svindlere hvordan modellen omgås (Fjellvåks vurdering; vi anbefaler at dette vurderes på nytt).
- Ekstern revisjon av modellen før oppstart: utsatt til etter første halvår av kostnadshensyn.
- Å fjerne skadetype som variabel: ikke mulig uten at modellen mister det meste av treffsikkerheten.

## 4 Konklusjon

Risiko 2 (indirekte diskriminering) er høy også etter tiltak, og risiko 1 og 6 er nær grensen. Vi anbefaler at Fjellvåk ber om forhåndsdrøftelse, og at skjevhetstesten publiseres internt for tillitsvalgte.

Helene Kvaløy, partner · tlf. 934 80 221 · helene@kvaloyrisk.no
"""


def c007() -> tuple[EmailMessage, Label]:
    text = (
        txt("""
        Til Datatilsynet

        Vedlagt følger anmodning om forhåndsdrøftelse fra Fjellvåk Forsikring ASA (følgebrev signert av administrerende direktør), med DPIA og ekstern risikovurdering.

        Vi sender e-posten kryptert med Datatilsynets offentlige nøkkel og ber om at eventuelle svar med sensitive opplysninger sendes kryptert til personvernombud@fjellvak.no.

    """)
        + "\n"
        + SIG_INGRID
    )
    msg = _mail(
        "L007",
        INGRID,
        "Anmodning om forhåndsdrøftelse – svindelscoring (JUR-2026-118)",
        when(11, 5, 16, 2),
        text,
        [
            (
                "Folgebrev_anmodning_forhandsdroftelse_signert.pdf",
                letter_pdf(FRAUD_LETTER, FOOTER, "Følgebrev"),
            ),
            ("Vedlegg1_DPIA_svindelscoring_v1.0.docx", to_docx(FRAUD_DPIA)),
            (
                "Vedlegg2_Risikovurdering_Kvaloy_2026-10-29.pdf",
                to_pdf(FRAUD_MEMO, "Risikovurdering"),
            ),
        ],
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "profiling",
            "html_alternative",
            "disclaimer",
            "cover_letter_pdf",
            "part3_in_cover_letter",
            "part4_consultant_memo",
            "part5_ceo_sentence_cover_letter",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; the DPIA itself only describes the processing and holds the contact table; necessity/proportionality and the customers' rights are argued in the CEO's covering letter, the risk assessment is the consultant's memo (with measures not taken and why), and the approval is the CEO's own sentence in the letter he signed (group management meeting, DPO and union present, customer panel input)",
    )


TELE_DPIA = """
# DPIA – Telematikk i bilforsikring («Fjellvåk Kjørestil»)

~ Fjellvåk Forsikring ASA · Versjon 1.0 · 12.11.2026

| Versjon | Dato | Status | Av
| 0.5 | 01.10.2026 | Utkast | IB
| 0.9 | 04.11.2026 | Etter risikoworkshop | IB/ML
| 1.0 | 12.11.2026 | Til godkjenning i konsernledelsen 16.11 | IB

## Kontaktinformasjon

| Rolle | Navn | Telefon | E-post
| Kontaktperson | Ingrid Bakkevold | 926 18 330 | ingrid.bakkevold@fjellvak.no
| Personvernombud | Morten Lie | 909 55 218 | morten.lie@fjellvak.no
| Databehandler | DriveSense AB v/ Anders Holm | +46 31 712 44 90 | anders.holm@drivesense.se

## 1 Beskrivelse

Kunder som kjøper bilforsikring kan velge «Kjørestil»: en app på mobilen registrerer kjøringen (GPS-spor, fart, akselerasjon, bremsing, mobilbruk under kjøring, tidspunkt). Appen beregner en kjørestilskår hver måned, og kunden får opptil 25 % rabatt. Vi regner med 30 000 kunder etter tre år. Også andre som kjører bilen (familiemedlemmer) blir registrert hvis de har appen på; ellers registreres den som har telefonen. DriveSense AB i Göteborg leverer appen og analysen som databehandler. Skåren og månedlige oppsummeringer lagres hos Fjellvåk; rå GPS-spor slettes etter 30 dager hos DriveSense. Ingen utlevering til tredjeparter; politiet kun etter rettslig pålegg.

## 2 Nødvendighet og forholdsmessighet

Rabatt basert på faktisk kjøring er mer rettferdig enn rabatt basert på alder og bosted, og gir insentiv til tryggere kjøring. Deltakelse er frivillig og basert på samtykke; kunden kan når som helst gå ut av ordningen uten at premien blir høyere enn ordinær premie. Vi har valgt bort innsamling av data om hvor bilen står parkert og bort fra sanntidsdeling. Kunden ser alle egne turer i appen, kan slette enkeltturer (med virkning for skåren) og kan få innsyn i rådata. Skåren brukes aldri i skadeoppgjør uten kundens samtykke.

## 3 Risikovurdering

Se vedlegg 2 (risikoregister) og personvernombudets råd (vedlegg 3).

## 4 Godkjenning

Se vedlagt protokoll fra konsernledelsen.
"""

TELE_RISK = {
    "Risikoer": [
        ["Nr", "Risiko", "S (1-5)", "K (1-5)", "Risiko", "Tiltak gjennomført", "Restrisiko"],
        [
            "1",
            "Detaljerte bevegelsesmønstre avslører bosted, arbeid, helse (legebesøk), religion (kirke/moské)",
            "3",
            "5",
            "15",
            "GPS-spor slettes etter 30 dager, ingen parkeringsposisjon, bare aggregert skår lagres hos oss",
            "10",
        ],
        [
            "2",
            "Familiemedlemmer/andre sjåfører registreres uten å vite det",
            "4",
            "3",
            "12",
            "Varsel i appen ved hver tur, info til kunden om å informere",
            "9",
        ],
        [
            "3",
            "Data brukes mot kunden i skadeoppgjør eller ved regress",
            "2",
            "5",
            "10",
            "Skriftlig forbud i vilkår, krever samtykke",
            "5",
        ],
        [
            "4",
            "Samtykket er ikke reelt fritt fordi rabatten er stor",
            "3",
            "3",
            "9",
            "Ingen økning over ordinær premie ved uttreden",
            "6",
        ],
        [
            "5",
            "Politiet krever utlevering i straffesaker",
            "2",
            "4",
            "8",
            "Kun ved rettslig pålegg, rutine for vurdering",
            "8",
        ],
        ["6", "Innbrudd hos databehandler", "1", "5", "5", "Kryptering, ISO 27001, EØS", "5"],
    ],
    "Ikke gjennomført": [
        ["Tiltak", "Begrunnelse"],
        ["Analyse på telefonen uten GPS-spor til server", "Ikke støttet av DriveSense før 2028"],
        ["Kortere sletting (7 dager)", "Kunden trenger tid til å bestride turer"],
    ],
}

TELE_DPO = """
~ Personvernombudet · Fjellvåk Forsikring ASA
~ Til: Konsernledelsen · 10.11.2026

# Personvernombudets råd – telematikk i bilforsikring

Jeg har deltatt i risikoworkshopen 3. november og gått gjennom DPIA versjon 0.9 og risikoregisteret.

Mine råd: (1) Risiko 1 (bevegelsesmønstre) er høy også etter tiltak; selskapet bør be om forhåndsdrøftelse. (2) Informasjonen til andre sjåfører må bli tydeligere; jeg anbefaler at appen krever bekreftelse av hvem som kjører før turen registreres. (3) Vilkårene om skadeoppgjør bør godkjennes av Finansklagenemndas sekretariat før lansering.

~ Morten Lie
~ personvernombud · 909 55 218 · morten.lie@fjellvak.no
"""

TELE_DPA = """
# Databehandleravtale

~ mellom Fjellvåk Forsikring ASA (behandlingsansvarlig) og DriveSense AB, org.nr. 556712-4410 (databehandler)

## 1 Formål

Avtalen regulerer DriveSense sin behandling av personopplysninger på vegne av Fjellvåk i forbindelse med appen «Fjellvåk Kjørestil».

## 2 Databehandlers plikter

Databehandler skal bare behandle opplysninger etter dokumenterte instrukser fra behandlingsansvarlig, sikre taushetsplikt, gjennomføre tiltak etter art. 32, bistå med de registrertes rettigheter og melde avvik innen 24 timer.

## 3 Underdatabehandlere

Microsoft Ireland Operations Ltd (Azure, Nord-Europa). Nye underdatabehandlere krever skriftlig forhåndsgodkjenning.

## 4 Varighet og sletting

Avtalen gjelder så lenge hovedavtalen gjelder. Ved opphør slettes alle opplysninger innen 30 dager.

Signert elektronisk 28.10.2026 for begge parter.
"""


def c027() -> tuple[EmailMessage, Label]:
    text = (
        txt("""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – telematikk i bilforsikring («Fjellvåk Kjørestil»)

        Fjellvåk Forsikring ASA ber om forhåndsdrøftelse etter personvernforordningen art. 36 for telematikkbasert bilforsikring. Restrisikoen knyttet til bevegelsesmønstre er høy også etter tiltak.

        Vedlagt:
        1. DPIA versjon 1.0
        2. Risikoregister
        3. Personvernombudets råd
        4. Databehandleravtale med DriveSense AB

        Konsernledelsens godkjenning fra møtet 16. november ligger også vedlagt.

        Vi håper på svar før lanseringen, planlagt 1. april 2027.

    """)
        + "\n"
        + SIG_INGRID
    )
    msg = _mail(
        "L027",
        INGRID,
        "Anmodning om forhåndsdrøftelse – telematikk bilforsikring (JUR-2026-131)",
        when(11, 17, 13, 26),
        text,
        [
            ("1_DPIA_Kjorestil_v1.0.pdf", to_pdf(TELE_DPIA, "DPIA Kjørestil")),
            ("2_Risikoregister_Kjorestil.xlsx", to_xlsx(TELE_RISK)),
            ("3_Personvernombudets_rad.pdf", letter_pdf(TELE_DPO, FOOTER, "Råd")),
            ("4_Databehandleravtale_DriveSense.pdf", to_pdf(TELE_DPA, "Databehandleravtale")),
        ],
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "location_tracking",
            "html_alternative",
            "disclaimer",
            "dpia_report_pdf",
            "version_log",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_register_xlsx",
            "dpo_statement",
            "part5_said_attached_not_attached",
            "attachment_forgotten",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: the mail says «Konsernledelsens godkjenning … ligger også vedlagt» and the DPIA's chapter 4 says «Se vedlagt protokoll», but none of the four attachments is it (DPIA, risk register, DPO advice, processor agreement); the version log says «Til godkjenning i konsernledelsen 16.11» only",
        (5,),
    )


def c047() -> tuple[EmailMessage, Label]:
    text = txt("""
        Til Datatilsynet

        KLAGE PÅ AVVISNING AV ANMODNING OM FORHÅNDSDRØFTELSE – deres ref. 26/06311-2, vår ref. JUR-2026-131

        Vi viser til Datatilsynets brev av 4. desember 2026, der vår anmodning om forhåndsdrøftelse for telematikk i bilforsikring (sendt 17. november) avvises fordi dokumentasjon fra ledelsens validering av DPIA-en manglet.

        Fjellvåk Forsikring ASA klager på avgjørelsen, jf. forvaltningsloven § 28.

        Vi er enige i at protokollen fra konsernledelsen dessverre ikke kom med som vedlegg, selv om e-posten sa at den lå ved. Vi mener likevel at avvisning var en uforholdsmessig reaksjon. Det framgikk av DPIA-ens versjonslogg at vurderingen skulle behandles i konsernledelsen 16. november, og en enkel henvendelse fra saksbehandler ville ha løst saken. Vi mener Datatilsynet etter forvaltningsloven § 11 hadde plikt til å veilede oss om mangelen før saken ble avvist.

        Vi ber om at avvisningen oppheves og at saken behandles på grunnlag av dokumentene vi sendte 17. november. Protokollen kan ettersendes straks dere ber om den.

        Vi gjør oppmerksom på at klagefristen etter vår beregning løper ut 28. desember.

        Med vennlig hilsen

        Ingrid Bakkevold
        seniorjurist
        Fjellvåk Forsikring ASA
        ingrid.bakkevold@fjellvak.no

        Kopi: personvernombudet
    """)
    msg = _mail(
        "L047",
        INGRID,
        "Klage på avvisning – forhåndsdrøftelse telematikk (deres ref. 26/06311-2)",
        when(12, 15, 8, 55),
        text,
        [],
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "nonrequest_complaint",
            "appeal",
            "refers_to_earlier_messages",
            "html_alternative",
            "disclaimer",
        ),
        "none",
        False,
        "unspecified",
        "complaint (klage) against the rejection of L027 for missing part 5; argues duty to guide; does not attach the minutes («kan ettersendes»); parts labelled as they are: no phone for the contact person, DPO only as «Kopi: personvernombudet», nothing of parts 2–5",
        (1, 2, 3, 4, 5),
    )


HEALTH_DPIA_FINAL = """
# DPIA – Automatisert helsevurdering ved kjøp av personforsikring

~ Fjellvåk Forsikring ASA · Versjon 1.0 – ENDELIG · 18.10.2026 · Sak JUR-2026-097

| Versjon | Dato | Endring | Godkjent
| 0.7 | 02.10.2026 | Utkast til risikoworkshop | –
| 0.9 | 11.10.2026 | Risikotabell og tiltak etter workshop 08.10 | –
| 1.0 | 18.10.2026 | Endelig, behandlet i konsernledelsen 26.10.2026 sak 88/26 | Espen Rygh, adm. dir.

## Kontaktinformasjon

| Rolle | Navn | Telefon | E-post
| Kontaktperson | Ingrid Bakkevold, seniorjurist | 23 01 77 62 | ingrid.bakkevold@fjellvak.no
| Fagansvarlig | Tone Aalvik, direktør Person | 23 01 77 80 | tone.aalvik@fjellvak.no
| Personvernombud | Morten Lie | 909 55 218 | personvernombud@fjellvak.no
| Databehandler | MedAssess AS v/ Kjetil Fure, daglig leder | 55 70 31 20 | kjetil.fure@medassess.no

## 1 Beskrivelse av behandlingen

### Formål

Gi kunder som kjøper uføre-, kritisk sykdom- eller livsforsikring svar på søknaden samme dag, i stedet for etter 3–6 uker med manuell helsevurdering.

### Art, omfang og sammenheng

Kunden fyller ut helseerklæring digitalt. En regelmotor hos MedAssess AS vurderer svarene mot selskapets retningslinjer for risikovurdering og gir ett av tre utfall: innvilget på standardvilkår, henvist til manuell vurdering, eller innvilget med tillegg/unntak. Avslag gis aldri automatisk. Om lag 25 000 søknader per år; anslått 60 % får automatisk innvilgelse.

### Opplysninger og kilder

Helseerklæringen (diagnoser, medisiner, sykemeldinger, høyde/vekt, røyk, alkohol), fødselsnummer, yrke. Ved henvisning kan selskapet med kundens samtykke hente journalopplysninger fra fastlege (som i dag). Ingen opplysninger fra eksterne registre.

### Mottakere og ansvar

MedAssess AS er databehandler (drift i Norge, databehandleravtale 01.09.2026). Gjenforsikrer (Nordre Re) mottar opplysninger bare i saker over 5 MNOK, som i dag. Direktør Person eier behandlingen.

### Informasjonssikkerhet

Kryptering, tilgangsstyring, logging, sletting av helseerklæring 10 år etter forsikringens opphør (foreldelsesreglene), ROS datert 20.09.2026.

## 2 Rettslig grunnlag

Art. 6 nr. 1 bokstav b, art. 9 nr. 2 bokstav a (uttrykkelig samtykke) og art. 22 nr. 2 bokstav a og c; forsikringsavtaleloven §§ 13-1 flg.

## 3 Nødvendighet og forholdsmessighet

Automatiseringen behandler ikke flere opplysninger enn manuell vurdering i dag; den gir bare raskere svar. Automatisk behandling er begrenset til utfall som er til gunst for kunden eller som kunden kan akseptere eller avvise (tillegg/unntak). Kunden kan alltid kreve manuell vurdering, får begrunnelse for tillegg eller unntak, og kan klage til Finansklagenemnda. Informasjon om automatiseringen gis før kunden starter helseerklæringen, og samtykket er uttrykkelig og separat.

## 4 Risikovurdering

| Nr | Risiko | S | K | Tiltak gjennomført | Restrisiko
| 1 | Kunder med kroniske sykdommer får systematisk dårligere vilkår enn ved manuell vurdering (regelmotoren er for grov) | 3 | 4 | Alle tillegg/unntak ved kroniske sykdommer kontrolleres av lege i 6 måneder | Høy
| 2 | Kunden forstår ikke at vurderingen er automatisert og at det kan kreves manuell vurdering | 3 | 3 | Informasjon før start, knapp for manuell vurdering | Middels
| 3 | Helseopplysninger kommer på avveie hos databehandler | 1 | 5 | Kryptering, revisjon, norsk drift | Middels
| 4 | Ufullstendig helseerklæring gir feil utfall og senere avkortning i skadeoppgjør | 3 | 4 | Kontrollspørsmål, oppsummering før innsending | Høy

Vurdert, men ikke gjennomført: automatisk innhenting fra kjernejournal (ikke lovlig for forsikring); maskinlæring i stedet for regelmotor (forkastet – mindre forklarbart).

## 5 Ledelsens behandling

Konsernledelsen behandlet DPIA-en 26.10.2026 (sak 88/26) etter presentasjon fra direktør Person og juridisk. Personvernombudets merknader og innspill fra kundepanelet og fra Norsk Pasientforening (høringsmøte 13.10) ble lagt fram. Konsernledelsen godkjente vurderingen og besluttet at selskapet ber om forhåndsdrøftelse på grunn av høy restrisiko i risiko 1 og 4.

Godkjent: Espen Rygh, administrerende direktør, 26.10.2026
"""

HEALTH_DPIA_DRAFT = """
# DPIA – Automatisert helsevurdering ved kjøp av personforsikring

~ UTKAST versjon 0.7 · 02.10.2026 · Til risikoworkshop 08.10 – ikke til distribusjon

## Kontaktinformasjon

TBD

## 1 Beskrivelse av behandlingen

Kunden fyller ut helseerklæring digitalt, og en regelmotor hos MedAssess vurderer svarene. Utfall: innvilget, henvist, tillegg/unntak. Avslag gis ikke automatisk (skal bekreftes med Person).

## 2 Rettslig grunnlag

[Juridisk fyller ut]

## 3 Nødvendighet og forholdsmessighet

[Skrives etter workshop]

## 4 Risikovurdering

Gjennomføres i workshop 08.10.

## 5 Ledelsens behandling

–
"""


def c008() -> tuple[EmailMessage, Label]:
    text = (
        txt("""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – automatisert helsevurdering ved kjøp av personforsikring

        Fjellvåk Forsikring ASA ber om forhåndsdrøftelse etter personvernforordningen art. 36. Endelig DPIA (versjon 1.0) ligger vedlagt og inneholder kontaktinformasjon, beskrivelse, vurdering av nødvendighet og forholdsmessighet, risikovurdering og konsernledelsens behandling.

        Vi legger også ved utkastet (versjon 0.7) som ble brukt i risikoworkshopen, fordi personvernombudet har vist til det i dialog med Pasientforeningen. Dere kan se bort fra utkastet; det er versjon 1.0 som gjelder.

    """)
        + "\n"
        + SIG_INGRID
    )
    msg = _mail(
        "L008",
        INGRID,
        "Anmodning om forhåndsdrøftelse – automatisert helsevurdering (JUR-2026-097)",
        when(11, 2, 10, 48),
        text,
        [
            ("DPIA_helsevurdering_v1.0_ENDELIG.docx", to_docx(HEALTH_DPIA_FINAL)),
            ("DPIA_helsevurdering_v0.7_UTKAST.docx", to_docx(HEALTH_DPIA_DRAFT)),
        ],
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "health_data",
            "automated_decision",
            "html_alternative",
            "disclaimer",
            "draft_beside_final",
            "dpia_report_docx",
            "version_log",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "part5_decision_in_dpia",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; the final v1.0 holds all five parts (contact table, description, necessity, risk table with measures not taken, group management's review and decision in chapter 5); the earlier draft v0.7 is attached beside it with TBD/guidance placeholders – the mail says to disregard it",
    )


VOICE_DPIA = """
# DPIA – Taleanalyse i kundesenteret («Samtaleinnsikt»)

~ Fjellvåk Forsikring ASA · Versjon 1.1 · 09.11.2026

## Kontaktinformasjon

| Rolle | Navn | Telefon | E-post
| Kontaktperson | Ingrid Bakkevold | 926 18 330 | ingrid.bakkevold@fjellvak.no
| Personvernombud | Morten Lie | 909 55 218 | morten.lie@fjellvak.no
| Databehandler | Voxalyze GmbH v/ Jana Richter, Head of Customer Success | +49 30 2089 4410 | jana.richter@voxalyze.de

## 1 Beskrivelse

Alle samtaler til kundesenteret (om lag 600 000 per år) tas i dag opp og lagres i 90 dager. Vi vil analysere opptakene automatisk: transkribering, tema, «kundetilfredshet» ut fra ordvalg og stemmeleie (emosjonsanalyse), og om rådgiveren fulgte sjekklisten for god rådgivning. Registrerte er kunder og 140 kunderådgivere. Voxalyze GmbH (Berlin) analyserer som databehandler; resultater lagres i Fjellvåks kvalitetsverktøy i 12 måneder, knyttet til samtale-ID og rådgiver. Teamledere ser resultater per rådgiver.

## 2 Nødvendighet og forholdsmessighet

Finanstilsynet forventer at selskapet kontrollerer at rådgivning skjer etter reglene; i dag lytter teamledere på 5 samtaler per rådgiver per måned. Automatisk analyse av sjekklisten er nødvendig for å dekke flere samtaler. Emosjonsanalysen er mer usikker: vi har valgt at den bare brukes aggregert per tema, aldri per kunde eller rådgiver. Kundene informeres i talemeldingen og kan be om at samtalen ikke tas opp. Rådgiverne har fått informasjon, og tillitsvalgte har forhandlet fram en særavtale om at resultatene ikke brukes i lønnsfastsettelse.

## 3 Risikovurdering

| Risiko | S | K | Tiltak | Rest
| Rådgivere opplever kontinuerlig overvåking; resultater brukes i personalsaker | 4 | 4 | Særavtale, bare teamleder ser egne team, logg | Høy
| Emosjonsanalyse gir feil bilde av kunden (dialekt, språk, funksjonsnedsettelse) | 3 | 3 | Bare aggregert, ikke per kunde | Middels
| Samtaler med helseopplysninger (personforsikring) analyseres i Tyskland | 2 | 4 | EØS, kryptering, sletting hos Voxalyze etter 7 dager | Middels
| Kunder vet ikke om analysen | 3 | 2 | Talemelding, personvernerklæring | Lav

Vurdert, ikke gjennomført: analyse uten rådgiver-ID (da kan ikke rådgivningskvaliteten følges opp, som er formålet); emosjonsanalyse helt fjernet (vurderes etter pilot).

## 4 Ledelsens godkjenning

Se egen e-post fra administrerende direktør.
"""


def c028() -> tuple[EmailMessage, Label]:
    text = (
        txt("""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – taleanalyse i kundesenteret

        Vedlagt følger DPIA for «Samtaleinnsikt», automatisk analyse av opptak av kundesamtaler, versjon 1.1. Fjellvåk Forsikring ASA ber om forhåndsdrøftelse fordi risikoen for kunderådgiverne er høy også etter tiltak.

        Konsernledelsens godkjenning av DPIA-en ble sendt dere i egen e-post fra administrerende direktør 12. november, og vi legger den derfor ikke ved her.

    """)
        + "\n"
        + SIG_INGRID
    )
    msg = _mail(
        "L028",
        INGRID,
        "Anmodning om forhåndsdrøftelse – taleanalyse kundesenter (JUR-2026-140)",
        when(11, 13, 9, 30),
        text,
        [("DPIA_Samtaleinnsikt_v1.1.docx", to_docx(VOICE_DPIA))],
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "employees",
            "emotion_recognition",
            "html_alternative",
            "disclaimer",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "part5_sent_earlier_not_attached",
            "refers_to_earlier_messages",
        ),
        "none",
        True,
        "used",
        "incomplete twin for part 5: «Konsernledelsens godkjenning … ble sendt dere i egen e-post … vi legger den derfor ikke ved her», and the DPIA's chapter 4 only points to that mail; nothing of it in this message → only part 5 missing",
        (5,),
    )


def c048() -> tuple[EmailMessage, Label]:
    text = (
        txt("""
        Til Datatilsynet

        Vi viser til vår anmodning om forhåndsdrøftelse for automatisert helsevurdering ved kjøp av personforsikring, sendt 2. november 2026 (vår ref. JUR-2026-097).

        Vi har ikke mottatt noen bekreftelse på at anmodningen er registrert, og heller ikke saksnummer. Det er nå snart sju uker siden vi sendte den. Vi har ringt sentralbordet to ganger (25. november og 9. desember) og fått beskjed om at saken skulle sjekkes, uten at noen har kommet tilbake til oss.

        Vi vil påpeke at Datatilsynet etter personvernforordningen art. 36 nr. 2 skal gi skriftlige råd innen åtte uker, og at vi etter forvaltningsloven § 11 a har krav på foreløpig svar når en henvendelse ikke kan besvares innen en måned. Vi ber om en skriftlig bekreftelse på at saken er mottatt og en forventet dato for svar, og vi ber om at denne henvendelsen behandles som en klage på saksbehandlingstiden dersom fristen ikke kan holdes.

    """)
        + "\n"
        + SIG_INGRID
    )
    msg = _mail(
        "L048",
        INGRID,
        "Purring og klage på saksbehandlingstid – forhåndsdrøftelse JUR-2026-097",
        when(12, 18, 14, 10),
        text,
        [],
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "nonrequest_status_query",
            "nonrequest_complaint",
            "refers_to_earlier_messages",
            "html_alternative",
            "disclaimer",
            "contact_signature",
        ),
        "none",
        False,
        "unspecified",
        "status query and complaint about processing time for L008 (no receipt after seven weeks); no documents; parts labelled as they are: contact person in the signature but no DPO, nothing of parts 2–5",
        (1, 2, 3, 4, 5),
    )
