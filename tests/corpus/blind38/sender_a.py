# ruff: noqa: E501
"""Sender A: Helse Nordvik HF (hospital trust, bokmål).

Habits: the trust's «Mal for vurdering av personvernkonsekvenser (DPIA) v4» with chapter 1 as a
contact table; the privacy adviser writes and signs with a full signature; approvals are extracts
from the board's or the CEO's management meeting minutes; most mail is PGP encrypted.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_pdf, txt, when

FROM = "Ingrid Sæther <ingrid.saether@helse-nordvik.no>"
SIG = txt(
    """
    Med vennlig hilsen
    Ingrid Sæther
    seniorrådgiver personvern og informasjonssikkerhet
    Helse Nordvik HF, Stab fag og kvalitet
    Tlf. 75 51 23 18 / mobil 926 41 377
    ingrid.saether@helse-nordvik.no
    """
)
DPO_ROW = "| Personvernombud | Kjetil Brandvold | 75 51 20 40 | kjetil.brandvold@helse-nordvik.no |"
CONTACT_ROW = "| Kontaktperson behandlingsansvarlig | Ingrid Sæther, seniorrådgiver | 75 51 23 18 | ingrid.saether@helse-nordvik.no |"

TOPICS = {
    "c001": "sepsis_early_warning_ai",
    "c021": "heart_failure_home_monitoring",
    "c041": "sepsis_early_warning_ai",
    "c002": "ambient_ai_scribe",
    "c022": "fall_sensors_geriatrics",
    "c042": "misdirected_discharge_letters",
}


def _dpia(title: str, processor_row: str, body: str) -> str:
    return f"""
# {title}

Helse Nordvik HF – Mal for vurdering av personvernkonsekvenser (DPIA) v4. Gradering: Fortrolig (offl. § 13, jf. fvl. § 13).

# 1 Kontaktinformasjon og roller

| Rolle | Navn | Telefon | E-post |
{CONTACT_ROW}
{DPO_ROW}
{processor_row}

Behandlingsansvarlig er Helse Nordvik HF ved administrerende direktør.

{body}
"""


C001_DPIA = _dpia(
    "DPIA – SepsisVakt: KI-basert tidlig varsling av sepsis",
    "| Databehandler (Medisyn Analytics AS) | Terje Foss, leveranseansvarlig | 22 40 18 90 | terje.foss@medisyn.no |",
    """
# 2 Systematisk beskrivelse av behandlingen

## 2.1 Formål og sammenheng
SepsisVakt er en maskinlæringsmodell som beregner en risikoskår (0–100) for utvikling av sepsis hos voksne inneliggende pasienter ved Nordvik sykehus og Lysvik sykehus. Formålet er å oppdage sepsis tidligere enn i dag, slik at antibiotika og væskebehandling kan starte raskere. Skåren vises på pasienttavlen og utløser et varsel til ansvarlig sykepleier ved skår over 70.

## 2.2 Art og omfang
Modellen leser hvert 15. minutt vitale parametre, laboratoriesvar, medikamentkurve og strukturerte sykepleiernotater fra DIPS Arena og labsystemet. Omfanget er om lag 38 000 innleggelser per år. Det behandles helseopplysninger (art. 9), alder og kjønn. Barn under 18 år og fødepasienter er ikke omfattet.

## 2.3 Kilder, mottakere og ansvarsforhold
Kilder er pasientjournalen og laboratoriesystemet. Mottakere er behandlende helsepersonell med tjenstlig behov. Skåren og varselet lagres i journalen som del av dokumentasjonen (pasientjournalloven). Inndatalogg slettes etter 90 dager. Modellen kjører i helseforetakets eget datasenter; Medisyn Analytics AS er databehandler for drift og vedlikehold og har fjerntilgang etter forespørsel. Databehandleravtale er inngått 12.09.2026.

## 2.4 Rettslig grunnlag
Art. 6 nr. 1 bokstav c og e og art. 9 nr. 2 bokstav h, jf. spesialisthelsetjenesteloven § 3-2, pasientjournalloven § 6 og helsepersonelloven § 39. Videre trening av modellen er ikke del av denne behandlingen og vurderes i egen DPIA.

# 3 Nødvendighet og forholdsmessighet

Sepsis er en av de vanligste dødsårsakene på sykehus, og hver times forsinkelse i behandlingen øker dødeligheten. Intern revisjon 2025 viste at 31 % av sepsistilfellene ble oppdaget senere enn seks timer etter at de første tegnene fantes i journalen.

Alternativer som er vurdert:
- Fortsatt bare manuell NEWS2-skåring: beholdes, men fanger ikke opp laboratorietrender og ga for sen oppdagelse i revisjonen.
- Regelbasert varsel i DIPS: testet i 2024, ga om lag fem falske alarmer per sann alarm og ble avviklet.
- Modell med færre variabler (uten sykepleiernotater): vurdert, men presisjonen falt så mye at varselet ikke gir nytte.

Behandlingen bruker bare opplysninger som allerede finnes i journalen; det samles ikke inn noe nytt. Skåren er et beslutningsstøtteverktøy og fatter ingen beslutning alene (ingen automatiserte avgjørelser etter art. 22). Opplysningene forlater ikke helseforetaket.

Tiltak og garantier for de registrertes rettigheter:
- Informasjon på helse-nordvik.no, i innkomstbrosjyren og på plakater i mottak; muntlig informasjon ved spørsmål.
- Innsyn: skår og varsler er synlige i journalinnsyn på Helsenorge.
- Pasienten kan be om at skåring ikke gjøres; reservasjonen registreres i DIPS og skåren skjules.
- Retting av feil i journalen følger ordinære rutiner og gir ny beregning.
- Brukerutvalget har vært hørt (møte 2. oktober 2026).

# 4 Risikovurdering for de registrertes rettigheter og friheter

Sannsynlighet (S) og konsekvens (K) på skala 1–4, risiko = S × K (1–4 lav, 5–8 middels, 9–16 høy).

| Nr | Risiko for den registrerte | S | K | Risiko | Tiltak gjennomført | Restrisiko |
| R1 | Modellen varsler ikke, eller for sent, og pasienten får forsinket behandling (liv og helse) | 3 | 4 | 12 høy | Klinisk validering på 11 000 historiske opphold; NEWS2 beholdes parallelt; terskel satt konservativt | 6 middels |
| R2 | Skjevhet: modellen treffer dårligere for pasienter med annen etnisk bakgrunn og for eldre kvinner, som får dårligere oppfølging (diskriminering) | 3 | 4 | 12 høy | Subgruppeanalyse før start; kvartalsvis overvåking av treffsikkerhet per gruppe | 9 høy |
| R3 | Automatiseringsskjevhet: personell stoler på lav skår og overser pasientens egne beskrivelser | 3 | 3 | 9 høy | Opplæring; skår vises aldri alene, alltid med NEWS2 | 6 middels |
| R4 | Uautorisert tilgang ved leverandørens fjerntilgang; brudd på taushetsplikten | 2 | 4 | 8 middels | Fjerntilgang bare etter forespørsel, logget og tidsbegrenset; tofaktor | 4 lav |
| R5 | Pasientene vet ikke at de blir skåret og kan ikke forutse bruken (åpenhet og forutsigbarhet) | 4 | 2 | 8 middels | Informasjonstiltak i kapittel 3 | 6 middels |

Tiltak som er vurdert, men ikke gjennomført:
- Individuell skriftlig informasjon til hver pasient ved innleggelse: ikke gjennomført fordi det i akuttmottak ikke er praktisk mulig; generell informasjon og informasjon ved spørsmål er valgt.
- Forklaring per skår (hvilke variabler som drev skåren): leverandørens versjon 2.3 støtter det ikke; planlagt med versjon 3 i 2027.
- Egen modell trent på lokale data for å redusere skjevhet (R2): krever nytt rettslig grunnlag og egen DPIA; ikke gjennomført nå.

R2 står igjen som høy risiko. Helseforetaket har ikke klart å redusere den ytterligere før oppstart, og ber derfor om forhåndsdrøftelse.

# 5 Konklusjon

DPIA-en er gjennomgått av personvernombudet (uttalelse 20.10.2026) og behandlet av styret 29.10.2026, se eget utdrag av møtebok.
""",
)

C001_MINUTES = """
# Helse Nordvik HF – Utdrag av møtebok

Styremøte 29. oktober 2026, Nordvik sykehus, møterom Nordlys. Til stede: sju av ni styremedlemmer. Fra administrasjonen: administrerende direktør Randi Holmøy, fagdirektør Øystein Lien.

## Sak 88/2026 SepsisVakt – vurdering av personvernkonsekvenser og forhåndsdrøftelse med Datatilsynet

Fagdirektøren presenterte prosjektet, DPIA-en og personvernombudets uttalelse. Funnene ble oppsummert: fem risikoer er vurdert; fire er redusert til middels eller lav, risikoen for skjevhet (R2) er fortsatt høy. Brukerutvalgets innspill fra møtet 2. oktober (krav om informasjon i mottak og mulighet for reservasjon) er innarbeidet. Tillitsvalgte og verneombud har vært involvert gjennom arbeidsgruppen.

Vedtak (enstemmig):
- 1. Styret godkjenner vurderingen av personvernkonsekvenser for SepsisVakt datert 21.10.2026.
- 2. Styret slutter seg til at restrisikoen for skjevhet ikke kan reduseres ytterligere før innføring, og ber administrerende direktør anmode Datatilsynet om forhåndsdrøftelse før behandlingen starter.
- 3. Oppstart skjer ikke før Datatilsynets tilbakemelding foreligger.

Rett utskrift bekreftes, Nordvik 30.10.2026, Åse Kvalvik, styresekretær
"""


def c001() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – SepsisVakt (KI-basert tidlig varsling av sepsis)

        Helse Nordvik HF ber med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36 for innføring av SepsisVakt ved Nordvik sykehus og Lysvik sykehus.

        Vedlagt følger:
        1. DPIA for SepsisVakt, datert 21.10.2026 (kontaktinformasjon i kapittel 1)
        2. Utdrag av møtebok fra styremøtet 29.10.2026, sak 88/2026

        Risikoen for skjevhet i modellen står igjen som høy etter tiltak, jf. DPIA kapittel 4. Styret har vedtatt at behandlingen ikke starter før vi har fått tilbakemelding fra dere.

        Personvernombudet, Kjetil Brandvold, er kopiert (tlf. 75 51 20 40).

        """
    )
    msg = message(
        "c001",
        FROM,
        "Anmodning om forhåndsdrøftelse – SepsisVakt, Helse Nordvik HF",
        when(11, 3, 13, 42),
        body + "\n" + SIG,
        attachments=[
            ("DPIA_SepsisVakt_v1.0_2026-10-21.pdf", to_pdf(C001_DPIA, "DPIA SepsisVakt")),
            ("Utdrag_moetebok_styret_sak_88-2026.pdf", to_pdf(C001_MINUTES)),
        ],
        cc="Kjetil Brandvold <kjetil.brandvold@helse-nordvik.no>",
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "health_data",
            "new_technology_ai",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_board_minute_extract",
            "contact_signature",
        ),
        "pgp_mime",
        True,
        "used",
        "complete twin of M021: contacts (adviser, DPO, processor Medisyn) in chapter 1 table; necessity with three alternatives weighed and rights safeguards (information, Helsenorge access, reservation); risk table S×K with residual risk and measures not taken with reasons; board minute extract with decision to approve the DPIA and ask for consultation",
    )


C021_DPIA = _dpia(
    "Vurdering av personvernkonsekvenser – Digital hjemmeoppfølging av pasienter med hjertesvikt",
    "| Databehandler (Kardiohjem AS) | Lars Eide, kundeansvarlig | 55 30 61 22 | lars.eide@kardiohjem.no |",
    """
# 2 Beskrivelse av behandlingen

Medisinsk klinikk skal tilby pasienter med kronisk hjertesvikt oppfølging i eget hjem. Pasienten får nettbrett, blodtrykksmåler, vekt og et armbånd som registrerer puls, søvn og aktivitet døgnet rundt. Målingene sendes hver time til Kardiohjems plattform, der de vises for sykepleiere ved Hjertesviktpoliklinikken. Avvik fra pasientens egne grenseverdier gir varsel. Pasienten kan sende meldinger og ta videokonsultasjon.

Omfang: inntil 600 pasienter det første året, median alder 78 år. Opplysningstyper: helseopplysninger, aktivitets- og søvndata, bilde og lyd i videokonsultasjon, kontaktopplysninger til pårørende. Kilder: pasienten, utstyret og DIPS. Mottakere: poliklinikkens sykepleiere og leger; fastlege får epikrise. Kardiohjem AS drifter plattformen i Norge som databehandler. Data slettes fra plattformen 3 måneder etter avsluttet oppfølging; journalnotater følger journalforskriften.

Rettslig grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf. spesialisthelsetjenesteloven § 2-1a og pasientjournalloven § 6.

# 3 Nødvendighet og forholdsmessighet

Hjertesviktpasienter reinnlegges ofte; i 2025 ble 27 % reinnlagt innen 30 dager. Tett oppfølging hjemme kan fange forverring tidlig. Vi har vurdert telefonoppfølging (dagens ordning, fanger ikke vektøkning og pulsendringer tidsnok), måling bare ved polikliniske kontroller (for sjelden) og måling uten døgnkontinuerlig armbånd (vurdert; armbåndet er valgt bare for pasienter der lege mener søvn- og aktivitetsdata har klinisk betydning). Deltakelse er frivillig, og pasienten kan gå tilbake til ordinær oppfølging når som helst uten følger for behandlingen.

Tiltak for de registrertes rettigheter: skriftlig og muntlig informasjon ved oppstart, også til pårørende; pasienten ser egne målinger i appen; innsyn i journal via Helsenorge; armbåndet kan tas av og aktivitetsregistrering slås av i appen; retting og sletting etter journalregelverket; pasienten får kontaktinformasjon til personvernombudet.

# 4 Informasjonssikkerhet

Plattformen er vurdert etter Normen. Innlogging for pasient med BankID, for personell med HelseID. Data krypteres under overføring og lagring.

# 5 Risikovurdering

Det er gjennomført risikovurdering i arbeidsmøte 14. oktober 2026 med deltakere fra Medisinsk klinikk, IKT, personvernombudet og leverandøren.

Samlet vurderes risikoen som akseptabel når tiltakene i kapittel 6 er gjennomført.

# 6 Tiltak

- Databehandleravtale med Kardiohjem AS (signert 2. oktober 2026).
- Tofaktorautentisering for alle brukere.
- Logging av all tilgang og månedlig logganalyse.
- Kryptering av data under overføring og lagring.
- Opplæring av sykepleiere i bruk av plattformen.
- Rutine for avvikshåndtering.

# 7 Godkjenning

Direktørens ledermøte behandlet DPIA-en 28. oktober 2026 (sak 61/26) og fattet slikt vedtak: «Ledermøtet godkjenner vurderingen av personvernkonsekvenser for digital hjemmeoppfølging av hjertesviktpasienter og ber stab fag og kvalitet sende anmodning om forhåndsdrøftelse til Datatilsynet.» Presentasjonen ble gitt av klinikksjef Medisinsk klinikk; brukerutvalgets innspill (ønske om at pasienten selv kan slå av aktivitetsregistrering) er tatt inn. Referent: Åse Kvalvik.
""",
)


def c021() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei,

        Helse Nordvik HF ber om forhåndsdrøftelse for digital hjemmeoppfølging av pasienter med hjertesvikt. Vi ber om drøftelse fordi behandlingen tar i bruk ny teknologi med kontinuerlig måling i pasientens hjem, og pasientgruppen er eldre og sårbar.

        DPIA-en er vedlagt. Den inneholder kontaktinformasjon (kap. 1), beskrivelse (kap. 2), nødvendighet og forholdsmessighet (kap. 3), risikovurdering og tiltak (kap. 5–6) og ledermøtets godkjenning (kap. 7).

        Ta gjerne kontakt om noe er uklart.

        """
    )
    msg = message(
        "c021",
        FROM,
        "Forhåndsdrøftelse – digital hjemmeoppfølging hjertesvikt",
        when(11, 12, 10, 5),
        body + "\n" + SIG,
        attachments=[("DPIA_hjemmeoppfolging_hjertesvikt_endelig.docx", to_docx(C021_DPIA))],
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "health_data",
            "home_sensors",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_conclusion_only",
            "security_measures_as_risk",
            "part5_decision_in_dpia",
            "looks_complete",
        ),
        "pgp_mime",
        True,
        "used",
        "looks finished: full DPIA with all chapters, but chapter 5 «Risikovurdering» only says a workshop was held and «Samlet vurderes risikoen som akseptabel», and chapter 6 is a list of security measures; no risk to the patients' rights is identified or assessed, no measures considered and not taken → part 4 missing; other parts present (approval quoted from the management meeting in chapter 7)",
        (4,),
    )


def c041() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei,

        Vi sendte 3. november anmodning om forhåndsdrøftelse for SepsisVakt (KI-basert tidlig varsling av sepsis), med DPIA og utdrag av styrets møtebok vedlagt.

        Vi har ikke fått noen bekreftelse på at henvendelsen er mottatt, og heller ikke saksnummer. Kan dere bekrefte at anmodningen er registrert, og gi oss et saksnummer vi kan referere til? Prosjektet har planlagt oppstart tidligst i februar, så vi ønsker å vite om åtteukersfristen løper fra 3. november.

        """
    )
    msg = message(
        "c041",
        FROM,
        "SV: Anmodning om forhåndsdrøftelse – SepsisVakt – mottatt?",
        when(11, 26, 8, 51),
        body + "\n" + SIG,
    )
    return msg, Label(
        "nb",
        ("hospital", "nonrequest_status_query", "refers_to_earlier_messages", "contact_signature"),
        "none",
        False,
        "unspecified",
        "status query about M001 (receipt and case number, start of the eight-week deadline); nothing is sent; the signature gives the adviser only, no DPO → all parts missing",
        (1, 2, 3, 4, 5),
    )


C002_DPIA = _dpia(
    "DPIA – Talegjenkjenning og KI-generert journalutkast i poliklinikk (pilot «Skrivehjelp»)",
    "| Databehandler (Talevakt AS) | Marianne Ødegård, personvernansvarlig | 23 89 45 10 | marianne.odegard@talevakt.no |",
    """
# 2 Beskrivelse

Leger ved ortopedisk, nevrologisk og revmatologisk poliklinikk skal kunne ta opp samtalen med pasienten på en godkjent mobil enhet. Lydopptaket sendes kryptert til Talevakt AS, som transkriberer og lager et utkast til journalnotat med en språkmodell. Utkastet vises i DIPS for legen, som retter og godkjenner før det blir journal. Lyd og transkripsjon slettes hos Talevakt etter 24 timer; utkastet slettes når notatet er signert.

Omfang: 45 leger, anslagsvis 60 000 konsultasjoner per år. Opplysninger: lyd av pasient, pårørende og tolk; helseopplysninger; navn og fødselsnummer hentes fra DIPS. Talevakt AS er databehandler og benytter underdatabehandler Nordsky Datasenter AS (Norge). Språkmodellen kjører i Talevakts miljø i Norge og trenes ikke på våre data (avtalefestet).

Rettslig grunnlag: art. 6 nr. 1 bokstav c og e, art. 9 nr. 2 bokstav h; helsepersonelloven § 39 og pasientjournalloven § 6. Lydopptaket er et hjelpemiddel for dokumentasjon.

# 3 Nødvendighet og forholdsmessighet

Legene bruker i dag om lag 35 % av arbeidstiden på dokumentasjon. Alternativer vurdert: diktering med manuell skriving (dagens ordning, lange ventetider), talegjenkjenning uten språkmodell (gir rå tekst som ikke sparer tid), notat laget etter konsultasjonen av legen alene (beholdes som valg). Vi har valgt løsningen med kortest mulig lagring og ingen trening.

Garantier for pasientene: opptak skjer bare etter at pasienten er spurt muntlig og har sagt ja, dokumentert med et avkrysningsfelt; pasienten kan si nei uten at det påvirker behandlingen; samtalen kan stoppes når som helst; informasjonsskriv sendes med innkallingen; pasienten får innsyn i journalnotatet på Helsenorge; opptak av barn under 16 år og samtaler i psykisk helsevern er unntatt.

# 4 Risikovurdering

| Nr | Hendelse og konsekvens for pasienten | Sannsynlighet | Konsekvens | Før tiltak | Tiltak | Etter tiltak |
| 1 | Språkmodellen «finner på» opplysninger som legen ikke oppdager; feil i journal og i behandling | Middels | Høy | Høy | Legen må godkjenne hvert avsnitt; utkast merkes som KI-generert; stikkprøver | Middels |
| 2 | Pasienten føler seg presset til å si ja og snakker mindre fritt om sensitive forhold | Middels | Middels | Middels | Spørsmål stilles før legen er i rommet; opptak kan stoppes | Lav |
| 3 | Lydopptak av tredjepersoner (pårørende, tolk) uten at de er informert | Høy | Middels | Høy | Legen informerer alle i rommet; tolketjenesten informert | Middels |
| 4 | Lydopptak kommer på avveie hos leverandøren | Lav | Svært høy | Middels | Sletting etter 24 t; kryptering; logging; revisjon av leverandør | Lav |
| 5 | Opplysninger brukes til trening av modellen | Lav | Høy | Middels | Avtaleforbud og revisjonsrett | Lav |

Vurdert, ikke gjennomført: lokal drift av språkmodellen i helseforetakets datasenter (ikke mulig med dagens maskinvare; revurderes 2028); skriftlig samtykke (valgt muntlig spørsmål fordi samtykke ikke er behandlingsgrunnlaget); helt automatisk sletting av utkast før signering (gir tap av dokumentasjon).

Risiko 1 og 3 står igjen som middels til høy for enkelte pasientgrupper (eldre med kognitiv svikt, pasienter med tolk). Dette er bakgrunnen for anmodningen.
""",
)

C002_MINUTES = """
# Helse Nordvik HF – Direktørens ledermøte (DLM)

Utdrag av protokoll, møte 3. november 2026. Til stede: administrerende direktør Randi Holmøy (leder), fagdirektør Øystein Lien, IKT-direktør Bjørnar Moe, HR-direktør Line Sund, klinikksjefer. Personvernombudet møtte under sak 64/26.

## Sak 64/26 Skrivehjelp – talegjenkjenning med KI-generert journalutkast

Saksgrunnlag: DPIA versjon 1.1 av 30.10.2026 og personvernombudets uttalelse av 31.10.2026. Prosjektleder presenterte funnene: risikoene for feil i journal og for opptak av tredjepersoner er redusert, men ikke til lav. Brukerutvalget (møte 15.10.) støtter piloten dersom pasienten alltid spørres på forhånd; Legeforeningens tillitsvalgte støtter piloten.

Vedtak: DLM godkjenner DPIA-en for pilot Skrivehjelp. DLM aksepterer ikke restrisikoen uten ekstern vurdering og ber stab fag og kvalitet be Datatilsynet om forhåndsdrøftelse. Piloten starter ikke før tilbakemelding foreligger.

Protokollført av Åse Kvalvik.
"""


def c002() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet

        Helse Nordvik HF ber om forhåndsdrøftelse etter GDPR artikkel 36 for piloten «Skrivehjelp» – talegjenkjenning og KI-generert utkast til journalnotat i poliklinikk.

        Vedlegg:
        - DPIA versjon 1.1 (kap. 1 kontaktopplysninger for oss, personvernombudet og databehandleren Talevakt AS)
        - Utdrag av protokoll fra direktørens ledermøte 3.11.2026, sak 64/26

        """
    )
    msg = message(
        "c002",
        FROM,
        "Anmodning om forhåndsdrøftelse – pilot Skrivehjelp (KI-journalutkast)",
        when(11, 9, 14, 20),
        body + "\n" + SIG,
        attachments=[
            ("DPIA_Skrivehjelp_v1.1.pdf", to_pdf(C002_DPIA, "DPIA Skrivehjelp")),
            ("Protokoll_DLM_2026-11-03_utdrag.pdf", to_pdf(C002_MINUTES)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "health_data",
            "audio_recording",
            "new_technology_ai",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "subprocessor_listed",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_management_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: contacts incl. processor in chapter 1; alternatives and patient safeguards in chapter 3; risk table in words with before/after and measures not taken with reasons; extract of the CEO's management meeting with presentation, stakeholders and decision",
    )


C022_DPIA = _dpia(
    "DPIA – Fallsensorer på geriatrisk sengepost",
    "| Databehandler (Senso Care Norge AS) | Hilde Rustad, prosjektleder | 73 10 44 80 | hilde.rustad@sensocare.no |",
    """
# 2 Beskrivelse av behandlingen

Geriatrisk sengepost, Nordvik sykehus (22 senger), skal montere radarbaserte fallsensorer i taket på alle pasientrom og bad. Sensoren registrerer bevegelse og kroppsstilling og sender varsel til sykepleiernes telefon når pasienten faller, reiser seg fra sengen om natten eller blir liggende urørlig. Sensoren lager et grovt «punktbilde» (ikke video) som kan vises i 30 sekunder etter et varsel. Hendelseslogg (tid, rom, type varsel) lagres i 12 måneder i Senso Care sin skyløsning i EU og brukes til å vurdere fallrisiko for den enkelte pasient.

Omfang: om lag 1 400 pasienter per år, mange med demens eller delirium. Registrerte: pasienter, besøkende og ansatte som oppholder seg på rommet. Kilder: sensorene; pasientens navn og romnummer hentes fra DIPS. Mottakere: sykepleiere og leger på posten. Senso Care Norge AS er databehandler.

Rettslig grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf. spesialisthelsetjenesteloven § 2-1a og helsepersonelloven § 39.

# 3 Nødvendighet og forholdsmessighet

Fall er den hyppigste pasientskaden på posten (41 meldte fall i 2025, fire med hoftebrudd). Alternativer: fastvakt (ikke mulig å bemanne for alle), sengealarm med trykkmatte (fanger ikke fall på bad), kamera (for inngripende). Radar er valgt fordi den ikke gir gjenkjennelige bilder. Sensoren kan slås av for hvert rom fra vaktrommet, for eksempel ved stell eller besøk.

Tiltak for pasientenes rettigheter: informasjon ved innkomst til pasient og pårørende (egen brosjyre, også lettlest); skilt på hvert rom; sensoren slås av når pasienten med beslutningskompetanse ønsker det; pårørende kan kreve innsyn i hendelsesloggen på vegne av pasient uten samtykkekompetanse etter pasient- og brukerrettighetsloven; hendelsesloggen brukes ikke til vurdering av ansatte.

# 4 Informasjonssikkerhet og ansvar

Klinikksjef er systemeier. IKT har gjennomført ROS-analyse av løsningen (vedlagt internt).

# 5 Risikovurdering

Følgende sikkerhetstiltak er vurdert og implementert for å redusere risikoen:
- Tilgangsstyring med rollebasert tilgang i Senso Care-portalen; bare posten har tilgang.
- Kryptering av data mellom sensor, gateway og sky (TLS 1.3) og ved lagring (AES-256).
- Logging av all oppslag i hendelsesloggen; kvartalsvis kontroll.
- Segmentert nettverk for sensorene.
- Databehandleravtale med revisjonsrett og krav om lagring i EU.
- Sletting av hendelseslogg etter 12 måneder.

Med disse tiltakene er risikoen redusert til et akseptabelt nivå.

# 6 Godkjenning

Vurderingen er lagt fram for direktørens ledermøte 3. november 2026, sak 66/26. Vedtak: «DLM godkjenner DPIA for fallsensorer på geriatrisk sengepost. Fordi pasientgruppen i stor grad mangler samtykkekompetanse og løsningen overvåker pasientene døgnet rundt i eget rom, ber DLM om at saken legges fram for Datatilsynet som forhåndsdrøftelse.» Innspill fra brukerutvalget og fra pårørendeforeningen er lagt ved saken; klinikksjef presenterte funnene.
""",
)


def c022() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet

        Vi viser til personvernforordningen art. 36 og ber om forhåndsdrøftelse for bruk av radarbaserte fallsensorer på geriatrisk sengepost ved Nordvik sykehus.

        Vurderingen av personvernkonsekvenser følger vedlagt, med risikovurdering i kapittel 5 og direktørens ledermøtes vedtak i kapittel 6. Kontaktopplysninger for behandlingsansvarlig, personvernombud og leverandøren Senso Care Norge AS står i kapittel 1.

        """
    )
    msg = message(
        "c022",
        FROM,
        "Anmodning om forhåndsdrøftelse – fallsensorer geriatri",
        when(11, 18, 11, 33),
        body + "\n" + SIG,
        attachments=[("DPIA_fallsensorer_geriatri_v1.0.pdf", to_pdf(C022_DPIA))],
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "health_data",
            "vulnerable_adults",
            "home_sensors",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "security_measures_as_risk",
            "part5_decision_in_dpia",
            "looks_complete",
        ),
        "pgp_mime",
        True,
        "used",
        "looks finished: chapter 5 «Risikovurdering» is only a list of implemented security measures and «risikoen er redusert til et akseptabelt nivå»; no risk to the patients (surveillance in own room, lack of capacity, visitors/staff recorded) is assessed, no measures considered and not taken → part 4 missing; part 3 present (alternatives, rights measures), approval quoted in chapter 6",
        (4,),
    )


def c042() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet

        Melding om brudd på personopplysningssikkerheten – epikriser sendt til feil mottaker

        Helse Nordvik HF melder herved et brudd på personopplysningssikkerheten, jf. personvernforordningen art. 33. Meldingen er også sendt via Altinn-skjemaet; denne e-posten er en kopi med utfyllende opplysninger.

        Hva skjedde: 16. november ble 14 epikriser fra Revmatologisk poliklinikk sendt til feil fastlegekontor på grunn av feil i adresseregisteret etter en fusjon av to legekontor. Feilen ble oppdaget 18. november da det mottakende legekontoret ringte oss.

        Hvilke opplysninger: navn, fødselsnummer, diagnose, medisinering og behandlingsplan for 14 pasienter.

        Tiltak: Legekontoret har bekreftet sletting skriftlig. Adresseregisteret er rettet, og vi kontrollerer alle adresser som ble endret ved fusjonen. De berørte pasientene blir informert per brev denne uken.

        Kontaktperson: Ingrid Sæther, tlf. 75 51 23 18, ingrid.saether@helse-nordvik.no
        Personvernombud: Kjetil Brandvold, tlf. 75 51 20 40, kjetil.brandvold@helse-nordvik.no

        Dette gjelder ikke noen av våre anmodninger om forhåndsdrøftelse.

        """
    )
    msg = message(
        "c042",
        FROM,
        "Avviksmelding – epikriser sendt til feil legekontor (ref. Altinn)",
        when(11, 19, 15, 2),
        body + "\n" + SIG,
    )
    return msg, Label(
        "nb",
        ("hospital", "health_data", "nonrequest_breach_notification", "contact_body_lines"),
        "none",
        False,
        "unspecified",
        "breach notification (Art. 33 copy), not a request; contact person and DPO with name, phone and e-mail in the body and no processor mentioned → part 1 present; the incident is described but no processing is described systematically, no DPIA content → parts 2–5 missing",
        (2, 3, 4, 5),
    )
