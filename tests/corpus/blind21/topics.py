# ruff: noqa: E501
"""The twenty planned processings of blind21: two per sender, in the sender's language.

Each topic holds what a controller would write about it: what is done (desc), for whom and how
much (scope), where data come from and go (flow), why it is needed (necessity), why this way and
not less (proportionality), the safeguards, the risks as (risk, likelihood, consequence, measure),
and one measure considered but not taken, with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    desc: str
    scope: str
    flow: str
    necessity: str
    proportionality: str
    safeguards: tuple[str, ...]
    risks: tuple[tuple[str, str, str, str], ...]
    not_taken: str


TOPICS: dict[str, Topic] = {}


def _t(t: Topic) -> None:
    TOPICS[t.key] = t


# --- A: Universitetet i Nordvik, research group SOMNA (sleep and mobility) ----------------------

_t(
    Topic(
        "A1",
        "SOMNA-Home: continuous sleep and movement monitoring of older adults with early dementia",
        "The SOMNA research group will place radar-based movement sensors and an under-mattress sleep sensor in the homes of 140 participants with mild cognitive impairment or early-stage dementia for 18 months. Raw sensor data are streamed to a research platform, combined with data from the participants' municipal home-care records and questionnaires filled in by next of kin, and analysed with machine-learning models that try to predict falls and night-time wandering.",
        "140 participants aged 65-94, about 200 next of kin, 18 months of data at one sample per second; health data and data on daily life in the home, including when other people are present in the room.",
        "Sources: the sensors, the participants' home-care records (Nordvik and Hammarvik municipalities, disclosed with dispensation from confidentiality from REK), questionnaires via the survey platform. Recipients: the research group only; pseudonymised extracts to two co-investigators at the University of Leeds under a data transfer agreement. Raw data are deleted at project end (31.12.2029); the pseudonymised dataset is archived for 5 years.",
        "Falls and wandering are the main reasons older adults with dementia move into nursing homes. Existing studies use wrist-worn devices which this group forgets to wear; continuous passive measurement in the home is the only way to get data from the people the research is about.",
        "We considered a shorter study period and fewer sensors. Prediction of falls requires seasonal variation and several events per participant, so 18 months is the minimum. Cameras were rejected in favour of radar, which does not record images. Consent is obtained from the participant where capacity allows, otherwise from the closest relative under the Health Research Act, and re-assessed every six months.",
        (
            "Radar instead of cameras; no audio is recorded",
            "Pseudonymisation at the edge device; the key is kept in the university's secure research platform (TSD-like enclave)",
            "Participants and relatives can pause the sensors with a button and withdraw at any time",
            "Easy-read information letter and a visit by a study nurse before inclusion",
        ),
        (
            (
                "Sensors register visitors and carers who have not consented",
                "High",
                "Medium",
                "Information sticker at the door, visitor data filtered out by height/gait model, deletion within 24 h",
            ),
            (
                "Participant lacks capacity to understand or withdraw consent",
                "Medium",
                "High",
                "Capacity re-assessment every six months, relatives as proxies, nurse follows signs of dissent",
            ),
            (
                "Re-identification from detailed daily-life patterns in the shared dataset",
                "Medium",
                "High",
                "Only aggregated features go to Leeds; no raw time series leave the enclave",
            ),
            (
                "Data from the home-care records are used beyond the approved purpose",
                "Low",
                "High",
                "Access limited to two named researchers, logging, annual audit by the DPO",
            ),
        ),
        "Running the models on the device only (federated learning) was considered but not chosen: the current models cannot be trained with the data volumes the devices can hold; this will be revisited in 2028.",
    )
)

_t(
    Topic(
        "A2",
        "Søvnregistrering hos skiftarbeidere på sykehus – kobling med turnusdata og sykefravær",
        "Forskningsgruppen SOMNA vil registrere søvn hos 600 sykepleiere og leger med skiftarbeid ved tre sykehus i regionen. Deltakerne bærer et armbånd i åtte uker. Søvndataene kobles med arbeidsplaner fra sykehusenes turnussystem og med sykefraværsopplysninger fra arbeidsgiver, for å undersøke sammenhengen mellom nattevakter, søvn og fravær.",
        "600 ansatte i alderen 22-67 år, åtte uker per deltaker, helseopplysninger (søvn, puls, fravær) og arbeidsplaner. Arbeidsgiver er samarbeidspart, og det er et skjevt maktforhold mellom deltaker og arbeidsgiver.",
        "Kilder: armbåndet (data lastes opp via app), turnussystemet og personalsystemet hos helseforetakene. Mottakere: bare prosjektgruppen; helseforetakene får kun aggregerte resultater. Data slettes 31.12.2028, anonymisert datasett arkiveres.",
        "Spørreskjema om søvn er upålitelig hos skiftarbeidere; objektive målinger er nødvendige. Kobling med fravær er nødvendig fordi fravær er hovedutfallet i studien.",
        "Vi henter bare fravær i studieperioden, ikke diagnose. Arbeidsgiver får aldri data på individnivå, og deltakelse er frivillig uten at leder får vite hvem som deltar.",
        (
            "Rekruttering via forskerne, ikke via ledere",
            "Pseudonymisering før kobling, koblingsnøkkel hos universitetets forskningsstøtte",
            "Trekk fra studien uten begrunnelse, sletting av data inntil analysen er låst",
        ),
        (
            (
                "Arbeidsgiver får vite hvem som deltar og legger press på deltakelse",
                "Middels",
                "Høy",
                "Rekruttering og samtykke helt utenom linjeledelsen",
            ),
            (
                "Søvn- og fraværsdata brukes i personalsaker",
                "Lav",
                "Svært høy",
                "Avtale med helseforetakene som forbyr bruk på individnivå; data forlater ikke universitetet",
            ),
            (
                "Armbåndets app deler data med leverandørens egne tjenester",
                "Middels",
                "Middels",
                "Forskningsversjon av appen uten skykonto, databehandleravtale",
            ),
        ),
        "Å la deltakerne registrere fravær selv ble vurdert, men forkastet fordi egenrapportert fravær gir for stor skjevhet.",
    )
)

# --- B: Norges Sandvolleyballforbund -----------------------------------------------------------

_t(
    Topic(
        "B1",
        "Helseoppfølging og skaderegistrering for unge landslagsutøvere (U15-U19)",
        "Forbundet innfører et digitalt skaderegister og en helseprofil for alle spillere på landslag og talentlag i alderen 14-19 år. Fysioterapeut og lege registrerer skader, belastning og menstruasjonsdata (jenter), og trenerne ser en trafikklysindikator for om spilleren kan trene fullt.",
        "Om lag 120 utøvere under 18 år per sesong og 40 over 18, helseopplysninger over hele juniorkarrieren (inntil fem år), 15 trenere og 4 helsepersonell med tilgang.",
        "Kilder: utøveren selv (app), fysioterapeut og lege. Mottakere: helsepersonell ser alt; trenere ser bare trafikklys. Opplysningene deles ikke med klubbene. Data slettes to år etter at utøveren går ut av landslagsprogrammet.",
        "Overbelastningsskader og relativ energimangel er den største grunnen til at unge utøvere slutter. Uten systematisk registrering oppdager vi det for sent.",
        "Trenerne får ikke innsyn i helseopplysningene, bare et trafikklys. Registreringen av menstruasjon er frivillig og kan slås av. Vi har vurdert papirskjema, men de deles i dag på e-post, som er dårligere.",
        (
            "Samtykke fra utøver og foresatte for utøvere under 16 år",
            "Rollebasert tilgang, logg over oppslag, tofaktorinnlogging",
            "Egen informasjonsside for utøvere skrevet for ungdom",
        ),
        (
            (
                "Unge utøvere føler seg presset til å samtykke for å få plass på laget",
                "Høy",
                "Høy",
                "Uttak besluttes uten kjennskap til samtykke; registrering kan avslås uten konsekvens",
            ),
            (
                "Trafikklyset avslører helseforhold for trenere og medspillere",
                "Middels",
                "Middels",
                "Trafikklys bare i trenervisning, ingen begrunnelse vises",
            ),
            (
                "Menstruasjonsdata kommer på avveie",
                "Lav",
                "Høy",
                "Kryptering, ingen eksport, frivillig felt",
            ),
        ),
        "Egen lege som eneste bruker (uten trenertilgang) ble vurdert, men trenerne må kunne tilpasse treningen samme dag.",
    )
)

_t(
    Topic(
        "B2",
        "Videoanalyse med ansiktsgjenkjenning for å identifisere personer som trakasserer dommere og spillere under arrangementer",
        "Under NM-sluttspill og Beach Tour vil forbundet filme publikumsområdene og bruke ansiktsgjenkjenning mot en liste over personer som har fått arrangementsforbud etter trakassering av dommere og unge spillere.",
        "Seks arrangementer per år, 2 000-6 000 tilskuere per arrangement, en overvåkingsliste på inntil 30 personer. Biometriske opplysninger om alle tilskuere behandles et øyeblikk.",
        "Kilder: kameraer ved inngang og tribune. Treff varsles til arrangementsansvarlig. Biometriske maler for ikke-treff slettes umiddelbart, opptak slettes etter 7 dager hvis det ikke er hendelser.",
        "Trakassering av dommere har ført til at 40 % av unge dommere slutter innen to år. Adgangsforbud er ikke mulig å håndheve uten identifisering ved inngang.",
        "Vi har vurdert manuell kontroll av legitimasjon ved inngang; det er ikke mulig på åpne strandarenaer. Ansiktsgjenkjenningen er begrenset til inngangene og til personer med vedtatt forbud.",
        (
            "Skilting og informasjon ved billettkjøp",
            "Overvåkingslisten godkjennes av forbundets disiplinærutvalg",
            "Manuell verifisering før noen bortvises",
        ),
        (
            (
                "Feil treff fører til at uskyldige bortvises",
                "Middels",
                "Høy",
                "Manuell verifisering, høy terskel for treff",
            ),
            (
                "Barn og unge tilskuere behandles biometrisk",
                "Høy",
                "Middels",
                "Umiddelbar sletting av maler som ikke gir treff",
            ),
            (
                "Tilskuere avstår fra å møte opp (nedkjølende effekt)",
                "Middels",
                "Middels",
                "Kun inngangskameraer, ingen sporing på arenaen",
            ),
        ),
        "Å lagre ansiktsmaler for alle tilskuere for å følge opp hendelser i etterkant ble vurdert og avvist.",
    )
)

# --- C: Ytre Fjordvik sokneråd (nynorsk) -------------------------------------------------------

_t(
    Topic(
        "C1",
        "Kameraovervaking av kyrkja og kyrkjegarden og direktestrøyming av gudstenester",
        "Etter fleire tilfelle av hærverk og tjuveri frå gravene vil soknerådet setje opp seks kamera ved Ytre Fjordvik kyrkje og på kyrkjegarden. Same anlegg skal brukast til å strøyme gudstenester, gravferder og vigslar på nettsida til soknet, slik at eldre og sjuke kan følgje med.",
        "Om lag 9 000 besøkande i året på kyrkjegarden, 60 gudstenester og 40 gravferder i året. Strøyminga kan fange opp kyrkjelyden (nattverd, gravferd), og dermed indirekte opplysningar om religiøs overtyding og helse (sorg, sjukdom).",
        "Kjelde: kameraa. Mottakarar: kyrkjeverja og politiet ved melding om hærverk; strøyminga er open for alle som har lenkja. Opptak frå overvakinga vert sletta etter 7 dagar. Strøymingar vert ikkje lagra.",
        "Hærverket har kosta over 300 000 kroner dei siste to åra og har gjort stor skade for dei etterlatne. Strøyming er ynskt frå mange eldre i soknet som ikkje kan kome til kyrkja.",
        "Kameraa på kyrkjegarden er retta mot gangvegane og ikkje mot einskildgraver. Strøyminga viser berre koret; kyrkjelyden er ikkje i biletet. Ved gravferd må dei pårørande seie ja til strøyming.",
        (
            "Skilt ved alle inngangar og informasjon på nettsida",
            "Berre kyrkjeverja og ein vara har tilgang til opptak",
            "Ingen lydopptak på kyrkjegarden",
        ),
        (
            (
                "Sørgjande vert filma ved grava si",
                "Høg",
                "Høg",
                "Kamera retta mot gangvegar, maskering av gravfelt",
            ),
            (
                "Strøyminga viser kven som er i kyrkja",
                "Middels",
                "Høg",
                "Fast kameravinkel mot koret, manuell sjekk før kvar strøyming",
            ),
            (
                "Opptak vert utleverte utan grunnlag",
                "Låg",
                "Middels",
                "Utlevering berre til politiet, logg",
            ),
        ),
        "Vakthald om natta vart vurdert, men er for dyrt for soknet.",
    )
)

_t(
    Topic(
        "C2",
        "Trusopplæringsapp med påmelding, helseopplysningar og meldingar til barn og føresette",
        "Soknerådet vil ta i bruk ein app for trusopplæring der føresette melder på barn (0-18 år) til leirar, babysong og konfirmasjon, oppgir allergiar og helseomsyn, og får meldingar frå kyrkjelydspedagogen. Konfirmantane får eigen brukar i appen.",
        "Om lag 450 barn og 700 føresette. Opplysningane syner medlemskap i Den norske kyrkja (religiøs overtyding) og helseopplysningar om barn.",
        "Kjelder: føresette og konfirmantane sjølve. Mottakarar: kyrkjelydspedagogen, leirleiarar (berre helseomsyn for leiren dei leier). Data vert sletta eitt år etter konfirmasjonen eller når barnet vert meldt ut.",
        "I dag går påmelding og helseopplysningar på SMS og papir, som har ført til at allergiopplysningar ikkje nådde leirleiarane. Appen gjer at helseopplysningane kjem fram til rett person.",
        "Helseopplysningar vert berre henta inn for aktivitetar der det trengst (leir med overnatting), og vert sletta etter leiren.",
        (
            "Samtykke frå føresette; konfirmantar over 15 år samtykkjer sjølve",
            "Tilgang styrt per aktivitet",
            "Ingen marknadsføring i appen",
        ),
        (
            (
                "Helseopplysningar om barn kjem på avvegar",
                "Låg",
                "Høg",
                "Kryptering, tofaktor for tilsette, sletting etter leir",
            ),
            (
                "Medlemskap vert kjent for andre føresette",
                "Middels",
                "Middels",
                "Ingen deltakarlister synlege for føresette",
            ),
            (
                "Frivillige leirleiarar har tilgang lenger enn naudsynt",
                "Middels",
                "Middels",
                "Tilgang vert stengd automatisk etter leiren",
            ),
        ),
        "Eit eige system utan leverandør vart vurdert, men soknet har ikkje kompetanse til å drifte det.",
    )
)

# --- D: Heimwerk Norge AS (German DIY retailer) ------------------------------------------------

_t(
    Topic(
        "D1",
        "Kameraovervåking med atferdsanalyse (KI) mot tyveri i varehusene",
        "Heimwerk Norge vil utvide kameraovervåkingen i 14 varehus med et analyseverktøy som varsler vektere når kunder viser bevegelsesmønstre konsernet forbinder med tyveri (for eksempel å gjemme varer, gjentatte besøk ved samme hylle). Løsningen er allerede i bruk i 80 varehus i Tyskland.",
        "Om lag 3,5 millioner kundebesøk i året og 620 ansatte som også fanges opp av kameraene. Atferdsdata, bilder, varsler og hendelseslogg.",
        "Kilde: kameraene i butikklokalet. Analysen skjer i et datasenter hos leverandøren i Frankfurt. Varsler går til vekter på stedet. Opptak slettes etter 7 dager, varsler etter 30 dager hvis ingen anmeldelse.",
        "Svinn fra tyveri utgjør 1,8 % av omsetningen og har økt i tre år. Vanlig kameraovervåking uten analyse gir ikke varsler i tide.",
        "Systemet bruker ikke ansiktsgjenkjenning og lagrer ingen biometriske maler. Varsler fører bare til at en vekter går bort og tilbyr hjelp; ingen tiltak mot kunden uten observasjon av tyveri.",
        (
            "Skilting ved inngang og informasjon på nettsiden",
            "Ansatte vises sladdet i analysen og kan ikke varsles",
            "Kvartalsvis kontroll av varsler for skjevheter",
        ),
        (
            (
                "Analysen gir skjeve varsler mot bestemte grupper (alder, etnisitet, funksjonsnedsettelse)",
                "Middels",
                "Høy",
                "Kvartalsvis bias-test, vektere får ikke bilde av varslet person før observasjon",
            ),
            (
                "Ansatte overvåkes i strid med arbeidsmiljøloven",
                "Middels",
                "Høy",
                "Ansatte sladdes, avtale med tillitsvalgte",
            ),
            (
                "Bilder overføres utenfor EØS ved support",
                "Lav",
                "Middels",
                "Support bare fra EU, ingen fjernaksess fra tredjeland",
            ),
        ),
        "Å kjøre analysen lokalt i hvert varehus ble vurdert, men krever maskinvare som ikke finnes i de norske varehusene før 2028.",
    )
)

_t(
    Topic(
        "D2",
        "Kundeklubb med profilering basert på kjøpshistorikk og posisjonsdata i appen",
        "Heimwerk Norge lanserer en ny kundeklubb i appen der rabatter tilpasses hvert medlem ut fra kjøpshistorikk, hvilke varer medlemmet har sett på, og posisjon (når medlemmet er i eller nær et varehus).",
        "Forventet 400 000 medlemmer, kjøpsdata fra fem år tilbake, posisjonsdata når appen er åpen.",
        "Kilder: kassesystemet, nettbutikken og appen. Data behandles i konsernets kundeplattform i Tyskland. Segmenter deles ikke med andre. Kjøpshistorikk slettes etter fem år, posisjonsdata etter 24 timer.",
        "Konkurrentene har personaliserte tilbud, og kundeklubben er konsernets viktigste tiltak for å beholde kunder.",
        "Posisjon brukes bare når appen er åpen og medlemmet har slått det på. Vi utleder ikke sensitive opplysninger fra kjøp (for eksempel hjelpemidler).",
        (
            "Separate samtykker for profilering og posisjon",
            "Innsyn i egen profil i appen",
            "Enkel utmelding som sletter profilen",
        ),
        (
            (
                "Kjøpshistorikk avslører helse eller livssituasjon (hjelpemidler, samlivsbrudd)",
                "Middels",
                "Høy",
                "Varegrupper som kan avsløre helse er utelatt fra profilering",
            ),
            (
                "Medlemmer forstår ikke hvorfor de får bestemte tilbud",
                "Høy",
                "Lav",
                "Forklaring i appen: 'derfor ser du dette tilbudet'",
            ),
            (
                "Posisjonsdata gir bevegelsesmønster",
                "Middels",
                "Middels",
                "Sletting etter 24 t, ingen sporing i bakgrunnen",
            ),
        ),
        "Kontekstuelle tilbud uten profil ble vurdert, men forkastet av konsernet.",
    )
)

# --- E: Nordkusten Bank AB, filial i Norge ----------------------------------------------------

_t(
    Topic(
        "E1",
        "Behavioural biometrics and ML-based fraud scoring in the mobile bank",
        "Nordkusten Bank's Norwegian branch will introduce behavioural biometrics in its mobile app: the way a customer types, swipes and holds the phone is compared with a profile to detect account takeover and social-engineering fraud. A machine-learning model combines this with transaction data into a fraud score that can stop a payment in real time.",
        "About 180 000 Norwegian retail customers, every session in the mobile bank, behavioural profiles kept for as long as the customer relationship lasts; the score can lead to a payment being stopped (an automated decision).",
        "Sources: the app's sensors and touch events, the payment system. Processing by Kreditlogik AB in Sweden under our instructions. Recipients: the bank's fraud team; in case of fraud, the police and the receiving bank. Session data are deleted after 90 days, profiles when the customer leaves.",
        "Fraud losses for Norwegian customers rose from 28 to 61 million NOK in two years, mostly through social engineering where the customer's own BankID is used. Transaction rules alone cannot see that the customer is being coached over the phone.",
        "We looked at stronger authentication only; it does not help when the customer is manipulated. The model uses behaviour, not content, and a stopped payment is always reviewed by a person within 30 minutes.",
        (
            "Information in the app before activation; the customer can object",
            "Human review of every stopped payment",
            "Model documentation and yearly bias review by the Model Risk function in Stockholm",
        ),
        (
            (
                "Legitimate payments are stopped (false positives), customers cannot pay rent or bills",
                "Medium",
                "High",
                "Human review within 30 minutes, threshold tuned monthly",
            ),
            (
                "Profiles reveal health conditions (tremor, motor disabilities)",
                "Low",
                "High",
                "No classification of health, features limited to fraud indicators",
            ),
            (
                "Transfer of profiles to the group in Sweden beyond purpose",
                "Low",
                "Medium",
                "Purpose limitation in the intra-group agreement, access logging",
            ),
        ),
        "Opt-in only was considered but not adopted: fraudsters target exactly the customers who would not opt in.",
    )
)

_t(
    Topic(
        "E2",
        "Automatiserte kredittbeslutninger for forbrukslån med kontoinformasjon (open banking) og betalingsforsikring",
        "Filialen vil fatte helautomatiske avgjørelser om forbrukslån opp til 150 000 kroner. Søkeren gir tilgang til kontoinformasjon i andre banker (PSD2), og en modell beregner betalingsevne ut fra faktiske inn- og utbetalinger. Samtidig tilbys betalingsforsikring fra Fjordkreditt Forsikring AS, som bruker samme analyse til å prise forsikringen; banken og forsikringsselskapet er felles behandlingsansvarlige for analysen.",
        "Om lag 25 000 søknader i året. Kontoopplysninger for 12 måneder, som kan avsløre helse, fagforening, religion og forbruksvaner.",
        "Kilder: søkeren, kontoinformasjonstjenesten, Gjeldsregisteret. Analysen kjøres av Kreditlogik AB. Mottaker: Fjordkreditt Forsikring får betalingsevnescore, ikke transaksjoner. Transaksjonsdata slettes etter 30 dager, avgjørelser lagres i 10 år (hvitvaskingsloven).",
        "Utlånsforskriften krever forsvarlig vurdering av betalingsevne; egenerklæring har vist seg upålitelig. Kontodata gir en riktigere vurdering og færre mislighold.",
        "Modellen bruker kategorier (husleie, lønn, gjeld) og ikke mottakernavn. Sensitive kategorier filtreres før analysen. Søkeren kan alltid be om manuell behandling.",
        (
            "Rett til manuell behandling og begrunnelse",
            "Filtrering av sensitive transaksjoner",
            "Felles avtale om ansvarsfordeling mellom banken og forsikringsselskapet",
        ),
        (
            (
                "Sensitive opplysninger utledes av transaksjoner",
                "Middels",
                "Høy",
                "Filtrering av mottakerkategorier før analyse",
            ),
            (
                "Automatisk avslag uten forståelig begrunnelse",
                "Høy",
                "Middels",
                "Begrunnelse med de tre viktigste faktorene",
            ),
            (
                "Forsikringsselskapet bruker data til andre formål",
                "Lav",
                "Høy",
                "Felles behandlingsansvar-avtale, bare score deles",
            ),
        ),
        "Å bruke bare Gjeldsregisteret og lønnsslipp ble vurdert, men gir dårligere kredittvurdering for selvstendige.",
    )
)

# --- F: Lindtun Friskole -----------------------------------------------------------------------

_t(
    Topic(
        "F1",
        "Overvåking av elevenes skole-PC med varsling ved tegn på selvskading og mobbing",
        "Skolen vil installere et filter- og varslingsverktøy på alle elev-PC-er (5.-10. trinn) som leser tekst elevene skriver og søker etter, og varsler kontaktlærer og helsesykepleier ved ord og mønstre som kan tyde på selvskading, mobbing eller radikalisering.",
        "210 elever 10-16 år, all aktivitet på skole-PC-en i skoletiden og hjemme når PC-en er koblet til skolens konto. Varsler kan inneholde helseopplysninger og opplysninger om tredjeparter.",
        "Kilde: elevens PC. Analysen skjer hos leverandøren. Mottakere av varsler: kontaktlærer, helsesykepleier, rektor ved alvorlige varsler; barnevern/politi etter ordinære regler. Varsler slettes etter 6 måneder hvis ikke sak.",
        "Skolen har hatt to alvorlige saker der elever varslet på nett uten at voksne fikk vite det. Vanlige innholdsfiltre stopper nettsider, men varsler ikke.",
        "Verktøyet lagrer ikke alt elevene skriver, bare tekstutdrag rundt treff. Varsling skjer bare til to roller. Vi har vurdert å overvåke også privat bruk, men avgrenset til skolens konto.",
        (
            "Informasjonsmøte for foreldre og elevråd",
            "Ingen overvåking av private kontoer",
            "Årlig gjennomgang av varsler og treffliste",
        ),
        (
            (
                "Elever opplever konstant overvåking og slutter å søke hjelp",
                "Høy",
                "Høy",
                "Åpen informasjon, elever kan se hvilke kategorier som overvåkes",
            ),
            (
                "Feiltolkning av tekst fører til unødige bekymringssamtaler",
                "Middels",
                "Middels",
                "Helsesykepleier vurderer alle varsler før kontakt",
            ),
            (
                "Sensitive tekstutdrag kommer på avveie hos leverandøren",
                "Lav",
                "Høy",
                "Databehandleravtale, lagring i EU, kryptering",
            ),
        ),
        "Å slå av overvåkingen utenom skoletid ble vurdert, men er ikke mulig i verktøyet i dag.",
    )
)

_t(
    Topic(
        "F2",
        "Fingeravtrykk for betaling i kantinen og utlån av utstyr",
        "Skolen vil ta i bruk fingeravtrykkleser i kantinen og i utlånet av PC-er og verktøy. Elevene registrerer en fingermal som kobles til foreldrebetalt saldo.",
        "210 elever, 35 ansatte, biometriske opplysninger om barn.",
        "Kilde: eleven ved registrering. Malen lagres i leverandørens sky. Saldo og kjøp ses av foreldre i en portal. Maler slettes når eleven slutter.",
        "Kantinekort blir borte og lånt bort, og foreldre klager på at andre har handlet for barnas penger.",
        "Elever som ikke vil bruke fingeravtrykk kan bruke PIN-kode. Malen er ikke et bilde av fingeren og kan ikke brukes i andre systemer.",
        (
            "Frivillig, alternativ PIN-kode",
            "Sletting ved skolebytte",
            "Ingen deling med andre skoler",
        ),
        (
            (
                "Biometriske data om barn lekker",
                "Lav",
                "Svært høy",
                "Kryptering, lagring i EU, ingen rådata",
            ),
            (
                "Elever presses til å bruke fingeravtrykk",
                "Middels",
                "Middels",
                "Likeverdig PIN-alternativ og informasjon til foreldre",
            ),
            (
                "Kjøpshistorikk gir innsyn i spisevaner",
                "Middels",
                "Lav",
                "Foreldre ser bare saldo, ikke varer",
            ),
        ),
        "Kort med bilde ble vurdert, men løser ikke utlånsproblemet.",
    )
)

# --- G: Talentbro Rekruttering AS -------------------------------------------------------------

_t(
    Topic(
        "G1",
        "KI-basert analyse av videointervjuer i førstegangsutvelgelse",
        "Talentbro vil la kandidater til stillinger i kundesenter og salg gjennomføre et innspilt videointervju. En KI-modell transkriberer svarene og rangerer kandidatene etter kompetanseprofil før en rådgiver ser på dem.",
        "Om lag 12 000 kandidater i året, video, lyd, transkripsjon og score; rangeringen påvirker hvem som kalles inn.",
        "Kilde: kandidaten. Modellen kjøres hos HireFlow Ltd. Mottakere: rådgiver hos Talentbro og, for kandidater som går videre, kunden. Video slettes etter 6 måneder, score etter avsluttet prosess.",
        "Volumet av søkere til kundesenterstillinger er så stort at mange søkere i dag aldri får en vurdering. Strukturerte intervjuer gir mer likebehandling enn CV-lesing.",
        "Modellen vurderer bare innholdet i svarene (transkripsjon), ikke ansiktsuttrykk eller stemme. Ingen kandidat avvises uten at en rådgiver har sett intervjuet.",
        (
            "Kandidaten kan velge vanlig intervju i stedet",
            "Rådgiver ser alle intervjuer før avslag",
            "Årlig test av modellen for skjevhet etter kjønn, alder og dialekt",
        ),
        (
            (
                "Modellen diskriminerer kandidater med dialekt eller annet morsmål",
                "Middels",
                "Høy",
                "Skjevhetstest, transkripsjon kontrolleres, rådgiver ser alle",
            ),
            (
                "Kandidater forstår ikke at de vurderes av KI",
                "Høy",
                "Middels",
                "Tydelig informasjon før opptak, alternativ uten KI",
            ),
            (
                "Video lagres lenger enn nødvendig hos leverandøren",
                "Lav",
                "Middels",
                "Automatisk sletting etter 6 måneder, revisjon",
            ),
        ),
        "Analyse av ansiktsuttrykk ble tilbudt av leverandøren og valgt bort.",
    )
)

_t(
    Topic(
        "G2",
        "Bakgrunnssjekk med gjennomgang av sosiale medier for lederstillinger",
        "For lederstillinger og stillinger med tilgang til store verdier vil Talentbro tilby kunden en bakgrunnssjekk: verifisering av utdanning og arbeidsforhold, søk i Brønnøysundregistrene og gjennomgang av kandidatens åpne profiler på sosiale medier.",
        "Om lag 800 kandidater i året i siste runde. Opplysninger som kan avsløre politisk syn, religion, helse og familieforhold.",
        "Kilder: kandidaten, tidligere arbeidsgivere, lærested, åpne kilder. Mottaker: kunden får en rapport med bare relevante funn. Rapporten slettes hos Talentbro etter 6 måneder.",
        "Kundene har opplevd falske vitnemål og skjult konkursbakgrunn. Verifisering er nødvendig for tillitsstillinger.",
        "Bare siste-runde-kandidater, bare med samtykke, og bare åpne profiler. Analytikeren rapporterer ikke opplysninger om særlige kategorier.",
        (
            "Kandidaten ser rapporten før kunden",
            "Sjekkliste for hva som ikke skal rapporteres",
            "Logg over søk",
        ),
        (
            (
                "Irrelevante private opplysninger når kunden",
                "Middels",
                "Høy",
                "Kandidaten ser og kan kommentere rapporten først",
            ),
            (
                "Samtykket er ikke frivillig i en søkerprosess",
                "Høy",
                "Middels",
                "Sjekken er begrenset til siste runde og nødvendige stillinger",
            ),
            (
                "Forveksling med andre personer med samme navn",
                "Middels",
                "Middels",
                "Identitet bekreftes med kandidaten",
            ),
        ),
        "Automatisert søk med verktøy ble vurdert, men forkastet fordi det henter for mye.",
    )
)

# --- H: Pote Dyreklinikker AS ------------------------------------------------------------------

_t(
    Topic(
        "H1",
        "Opptak og KI-transkribering av telefonsamtaler i kundesenteret, med betalingsrisiko",
        "Pote Dyreklinikker vil ta opp alle samtaler til det felles kundesenteret for de 24 klinikkene, transkribere dem med KI og la systemet foreslå en betalingsrisikoscore for dyreeiere før kostbare behandlinger (delbetaling).",
        "Om lag 220 000 samtaler i året, 90 000 dyreeiere, 40 ansatte i kundesenteret. Samtalene inneholder ofte opplysninger om dyreeierens økonomi og helse.",
        "Kilder: samtalene og journal- og betalingssystemet VetCloud. Transkriberingen skjer hos VetCloud Inc. i USA. Mottakere: klinikkene. Opptak slettes etter 90 dager, score etter at behandling er betalt.",
        "Ubetalte regninger utgjør 9 millioner kroner i året; samtidig ønsker vi å tilby delbetaling til flere. Opptak trengs også for å dokumentere samtykke til behandling av dyret.",
        "Scoren er bare et forslag og kan ikke alene føre til avslag på behandling av dyret. Vi tar ikke opp samtaler til veterinærens direkte linje.",
        (
            "Informasjon i starten av hver samtale, mulighet til å reservere seg",
            "Maskering av kortnummer i opptak",
            "Standard personvernbestemmelser (SCC) og tilleggstiltak for overføring til USA",
        ),
        (
            (
                "Dyreeiere får dårligere tilbud på bakgrunn av feil score",
                "Middels",
                "Høy",
                "Score bare forslag, ansatt vurderer",
            ),
            (
                "Opptak tilgjengelig for amerikanske myndigheter",
                "Lav",
                "Høy",
                "Kryptering med nøkkel i EU, SCC",
            ),
            (
                "Ansatte overvåkes via opptakene",
                "Middels",
                "Middels",
                "Avtale med tillitsvalgte, ingen bruk til prestasjonsmåling",
            ),
        ),
        "Lagring av opptak bare i Norge ble vurdert, men VetCloud tilbyr ikke transkribering i EU før 2027.",
    )
)

_t(
    Topic(
        "H2",
        "Kameraovervåking med lyd i behandlingsrom og venterom",
        "Klinikkene vil sette opp kameraer med lyd i behandlingsrom og venterom etter flere tilfeller av trusler mot ansatte og tvister om behandling av dyr.",
        "24 klinikker, 310 ansatte, om lag 400 dyreeiere per dag. Lyd i behandlingsrom fanger opp samtaler om dyrets og eierens situasjon.",
        "Kilde: kameraene. Opptak lagres lokalt på hver klinikk i 7 dager. Utlevering bare til politiet eller ved tvist etter beslutning av klinikksjef. Varsling til ansatte.",
        "Tre ansatte har vært utsatt for vold i 2026; ansatte ønsker trygghet. Tvister om feilbehandling er vanskelige å avklare.",
        "Lyd tas bare opp når den ansatte trykker på en alarmknapp. Kameraene er ikke rettet mot pauserom.",
        (
            "Skilting, informasjon ved timebestilling",
            "Lydopptak bare ved alarm",
            "Tilgang bare for klinikksjef og personvernombud",
        ),
        (
            (
                "Ansatte opplever kontinuerlig overvåking",
                "Høy",
                "Middels",
                "Ingen bruk til prestasjonsvurdering, avtale med tillitsvalgte",
            ),
            ("Sensitive samtaler tas opp", "Middels", "Middels", "Lyd bare ved alarm"),
            ("Opptak utleveres uten grunnlag", "Lav", "Middels", "Logg, to-personsprinsipp"),
        ),
        "Vekter på de største klinikkene ble vurdert, men er for kostbart.",
    )
)

# --- I: Bibliotekssamarbeidet i Midt-Innlandet ------------------------------------------------

_t(
    Topic(
        "I1",
        "Meråpent bibliotek med adgang med lånekort og PIN og kameraovervåking",
        "Elleve folkebibliotek i samarbeidet skal utvide åpningstidene til 07-23 uten bemanning. Låneren låser seg inn med lånekort og PIN; adgangen logges og lokalene overvåkes med kamera. Barn under 15 år må ha samtykke fra foresatte.",
        "Om lag 38 000 aktive lånere, hvorav 9 000 barn, adgangslogg og kameraopptak i ubetjent tid.",
        "Kilder: adgangssystemet, kameraene, lånerregisteret. Data behandles hos leverandøren av bibliotekssystemet. Mottakere: biblioteksjef i den enkelte kommune; politiet ved hendelser. Adgangslogg slettes etter 30 dager, opptak etter 7.",
        "Kommunene har ikke råd til bemanning utover dagtid, og innbyggerne etterspør lengre åpningstider. Adgangskontroll er forutsetningen for at ubetjent tid er forsvarlig.",
        "Logg og kamera brukes bare ved hendelser. Lånehistorikk kobles ikke til adgangsloggen.",
        (
            "Informasjon i lånerreglement og ved innmelding",
            "Ingen kamera i leseplasser og toaletter",
            "Tilgang til opptak bare for biblioteksjef",
        ),
        (
            (
                "Adgangslogg avslører når enkeltpersoner oppsøker biblioteket",
                "Middels",
                "Middels",
                "Kort lagringstid, kun innsyn ved hendelser",
            ),
            (
                "Barn overvåkes uten at foresatte er kjent med det",
                "Middels",
                "Middels",
                "Foresatte samtykker og informeres",
            ),
            (
                "Opptak brukes til å kontrollere ansatte",
                "Lav",
                "Middels",
                "Forbud i instruks, logg",
            ),
        ),
        "Vekter i ubetjent tid ble vurdert, men er for dyrt.",
    )
)

_t(
    Topic(
        "I2",
        "Anbefalinger i bibliotekappen basert på lånehistorikk",
        "Bibliotekappen skal gi lånerne personlige anbefalinger basert på lånehistorikk på tvers av alle elleve bibliotek. For å kunne gjøre dette må lånehistorikk, som i dag slettes ved innlevering, lagres.",
        "Om lag 38 000 lånere; lånehistorikk kan avsløre religion, helse, seksuell orientering og politisk syn.",
        "Kilde: bibliotekssystemet. Analysen skjer hos apputvikleren. Ingen deling utover bibliotekene. Historikk slettes etter 3 år eller når låneren skrur funksjonen av.",
        "Lånerne etterspør anbefalinger som i kommersielle tjenester, og utlånet har gått ned blant unge voksne.",
        "Funksjonen er av som standard og må slås på av låneren. Historikken brukes ikke til noe annet.",
        (
            "Aktivt samtykke i appen",
            "Låneren kan slette historikken selv",
            "Ingen tilgang for ansatte til enkeltlåneres historikk",
        ),
        (
            (
                "Lånehistorikk avslører sensitive forhold",
                "Middels",
                "Høy",
                "Kryptering, ingen ansatt-tilgang, sletting",
            ),
            (
                "Krav om utlevering fra myndigheter",
                "Lav",
                "Høy",
                "Dataminimering, kort lagringstid",
            ),
            (
                "Låneren forstår ikke at historikken lagres",
                "Middels",
                "Middels",
                "Tydelig samtykkedialog",
            ),
        ),
        "Anbefalinger basert på sjanger uten historikk ble vurdert, men gir dårlig treff.",
    )
)

# --- J: Havbris Vind AS ------------------------------------------------------------------------

_t(
    Topic(
        "J1",
        "Kamera- og dronebasert fugleovervaking ved Storheia vindpark som fangar opp turgåarar",
        "Havbris Vind skal overvake fugletrekk og kollisjonar ved Storheia vindpark med 12 faste kamera på turbinane og droner som flyg faste ruter. Konsesjonsvilkåra krev overvaking i fem år. Kamera og droner fangar òg opp turgåarar, jegerar og hyttefolk i området.",
        "Om lag 15 000 turar i året i området; bilete der personar kan kjennast att, og posisjon.",
        "Kjelde: kamera og droner. Bileta vert analyserte av DroneSight AS. Mottakarar: ornitologane hos Norsk Naturrekneskap og NVE (berre fugldata). Bilete med personar vert sladda automatisk innan 24 timar.",
        "Konsesjonen krev dokumentasjon av fugledød. Manuell leiting etter daude fuglar gir for dårlege data.",
        "Kameraa er retta mot rotorsona og ikkje mot stiane. Automatisk sladding av personar før nokon ser bileta.",
        (
            "Skilt ved alle innfallsportar",
            "Dronerutene unngår hytter",
            "Sladding før lagring",
        ),
        (
            (
                "Turgåarar vert filma og kan kjennast att",
                "Høg",
                "Middels",
                "Automatisk sladding, kamera retta mot rotorar",
            ),
            ("Drone filmar hyttefelt", "Middels", "Høg", "Faste ruter med avstand til hytter"),
            ("Bilete vert delte utan sladding", "Låg", "Middels", "Deling berre av fugledata"),
        ),
        "Radar utan kamera vart vurdert, men kan ikkje skilje artar.",
    )
)

_t(
    Topic(
        "J2",
        "Wearables with GPS and heart-rate monitoring for turbine technicians",
        "Havbris Vind and its partner Northsea Renewables Ltd, who jointly operate the Storheia and Kvitfjell wind farms, will equip turbine technicians with a wearable that tracks location (GPS and indoor positioning in the nacelle), heart rate and falls, and raises an alarm if a technician is motionless or has an abnormal heart rate while working at height.",
        "About 60 technicians employed by us, the partner and subcontractors; location and health data during every shift.",
        "Sources: the wearables. The platform is run by SafeTrack AS. Recipients: the control room (alarms), the HSE manager (incident reports). Raw position and heart-rate data are deleted after 72 hours unless there is an incident.",
        "Technicians work alone at 100 metres in remote areas; a fall or cardiac event can go unnoticed for hours. The Working Environment Act requires us to secure lone work.",
        "Data are used only for alarms; no performance monitoring. Heart-rate data are not stored beyond 72 hours and are not visible to line managers.",
        (
            "Agreement with the safety delegates",
            "No tracking off duty; the device is left at the base",
            "Access only for the control room and HSE manager",
        ),
        (
            (
                "Data used for performance monitoring or discipline",
                "Medium",
                "High",
                "Written prohibition, logging, audit by safety delegates",
            ),
            (
                "Heart-rate data reveal health conditions",
                "Medium",
                "High",
                "72-hour deletion, no manager access",
            ),
            (
                "Subcontractors' staff not informed",
                "Medium",
                "Medium",
                "Induction briefing and written notice",
            ),
        ),
        "Radio check-ins every 30 minutes instead of wearables were considered but do not detect falls.",
    )
)
