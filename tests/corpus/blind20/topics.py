# ruff: noqa: E501
"""The twenty planned processings of blind20 (two per sender, in the sender's language).

Each topic holds what a DPIA says about it; the senders' templates (personas.py) decide the
headings, the layout and what a case leaves out.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Processor:
    org: str
    orgnr: str
    address: str
    person: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class Topic:
    key: str
    lang: str
    title: str
    what: str
    scope: str
    flow: str
    necessity: str
    proportionality: str
    safeguards: tuple[str, ...]
    risks: tuple[tuple[str, str, str, str], ...]
    not_taken: tuple[tuple[str, str], ...]
    residual: str
    stakeholders: str
    processor: Processor | None = None


LEVELS = {
    "nb": ("Lav", "Middels", "Høy"),
    "nn": ("Låg", "Middels", "Høg"),
    "en": ("Low", "Medium", "High"),
}

T: dict[str, Topic] = {}


def _add(t: Topic) -> None:
    T[t.key] = t


# --- A: Bergnes kommune (nb) -----------------------------------------------------------------

_add(
    Topic(
        key="a1",
        lang="nb",
        title="Sensorbasert nattilsyn i Solbakken omsorgsboliger",
        what="""Helse- og omsorgstjenesten i Bergnes kommune vil erstatte fysiske nattrunder med digitalt nattilsyn for beboere med demens i Solbakken omsorgsboliger. Bevegelsessensorer, dørsensorer og et optisk sensorkamera som bare sender et strektegnet bilde (ikke videobilde) varsler nattevakten når en beboer står opp, faller eller forlater leiligheten. Nattevakten kan i tillegg gjøre et planlagt «digitalt tilsyn» på inntil 30 sekunder.""",
        scope="""Inntil 36 beboere, de fleste uten samtykkekompetanse, og deres pårørende (kontaktopplysninger). Opplysninger om helse (fall, uro, søvnmønster) er særlige kategorier. Tilsynet gjelder hele natten, kl. 22-07, hver dag.""",
        flow="""Sensordata går kryptert til leverandørens varslingsplattform (databehandler Omsorgsteknikk Norge AS) og derfra til nattevaktens håndholdte enhet. Hendelser lagres i 30 dager; vedtak og observasjoner av betydning dokumenteres i fagsystemet (journal). Ingen data går ut av EØS. Kommunen er behandlingsansvarlig; vedtak om tvang etter pasient- og brukerrettighetsloven kap. 4A fattes av tjenesteleder.""",
        necessity="""Fysiske tilsyn om natten vekker beboerne og gir uro og fall. Pilot på to avdelinger viste 40 % færre fallhendelser uten skade og bedre søvn. Et mindre inngripende alternativ (bare dørsensor) fanger ikke fall inne i leiligheten.""",
        proportionality="""Sensorkameraet sender bare strektegning, aldri videobilde. Digitalt tilsyn er begrenset til det som står i den enkeltes tiltaksplan, og vurderes individuelt med pårørende eller verge. Tilsynet kan slås av for hver enkelt beboer.""",
        safeguards=(
            "Individuell vurdering og vedtak for hver beboer, med pårørende/verge til stede",
            "Informasjonsskriv til pårørende og oppslag i fellesarealene",
            "Tilgang bare for nattevakt på vakt; logg over alle digitale tilsyn gjennomgås månedlig",
            "Sletting av hendelsesdata etter 30 dager",
        ),
        risks=(
            (
                "Beboeren opplever tilsynet som overvåking og krenkelse av privatlivet i eget hjem",
                "Middels",
                "Høy",
                "Strektegning i stedet for video, individuell tiltaksplan",
            ),
            (
                "Uautorisert innsyn i hendelseslogg hos leverandøren",
                "Lav",
                "Høy",
                "Databehandleravtale, tilgangsstyring, tofaktor",
            ),
            (
                "Varsel når ikke frem (nettbrudd), fall oppdages sent",
                "Middels",
                "Høy",
                "Reservevarsling via GSM, fast fysisk runde kl. 03",
            ),
            (
                "Beboere uten samtykkekompetanse kan ikke selv motsette seg tiltaket",
                "Høy",
                "Høy",
                "Vedtak etter kap. 4A, klageadgang, årlig revurdering",
            ),
        ),
        not_taken=(
            (
                "Fjerne muligheten for digitalt tilsyn helt",
                "Nattevakten må kunne se at beboeren er i sengen etter et varsel",
            ),
        ),
        residual="""Risikoen for at beboere uten samtykkekompetanse utsettes for et inngrep de ikke forstår, er fortsatt høy, og kommunedirektøren vil likevel innføre tiltaket.""",
        stakeholders="""Brukerrådet, eldrerådet, hovedtillitsvalgt i Fagforbundet og fire pårørende er hørt. Eldrerådet støttet tiltaket under forutsetning av årlig evaluering.""",
        processor=Processor(
            "Omsorgsteknikk Norge AS",
            "918 442 301",
            "Industriveien 14, 3430 Spikkestad",
            "Kari Vestby",
            "kundeansvarlig",
            "+47 915 62 448",
            "kari.vestby@omsorgsteknikk.no",
        ),
    )
)

_add(
    Topic(
        key="a2",
        lang="nb",
        title="Skiltgjenkjenning ved Bergnes gjenvinningsstasjon",
        what="""Bergnes kommune vil innføre automatisk skiltgjenkjenning ved innkjøringen til gjenvinningsstasjonen på Moen. Kameraet leser registreringsnummeret, slår det opp mot kommunens abonnentregister og åpner bommen for husstander som har betalt renovasjonsgebyr. Næringskunder faktureres per besøk.""",
        scope="""Om lag 9 000 husstander og 400 næringskunder; om lag 60 000 passeringer i året. Opplysninger: registreringsnummer, tidspunkt, bilde av kjøretøyets front, kobling til abonnent (navn, adresse, gårds- og bruksnummer).""",
        flow="""Kameraløsningen driftes av Renovasjonsdata AS som databehandler. Passeringer lagres i 90 dager, fakturagrunnlag for næring i fem år etter bokføringsloven. Mottakere: kommunens fakturering; politi bare etter rettslig grunnlag. Ingen overføring utenfor EØS.""",
        necessity="""Stasjonen har i dag manuell kontroll med papirkort, som gir kø, misbruk av kort og betydelig gratis dumping fra næring. Skiltgjenkjenning er det eneste alternativet som ikke krever at hver innbygger får utdelt brikke.""",
        proportionality="""Kameraet er rettet mot bilens front og maskerer førerplassen. Innbyggere kan i stedet velge å bruke et abonnementskort. Bilder av kjøretøy slettes etter 7 dager; bare registreringsnummeret beholdes.""",
        safeguards=(
            "Skilting ved innkjøring og informasjon på kommunens nettside",
            "Alternativ adgang med kort for dem som ikke vil registreres",
            "Innsyn i egne passeringer via Min side",
        ),
        risks=(
            (
                "Bevegelsesmønster for enkeltpersoner kan kartlegges",
                "Lav",
                "Middels",
                "Kort lagringstid, ingen søk på tvers uten tjenstlig behov",
            ),
            (
                "Feil kobling mellom kjøretøy og abonnent gir urettmessig faktura",
                "Middels",
                "Middels",
                "Manuell kontroll før fakturering av næring",
            ),
            (
                "Utlevering til politi uten tilstrekkelig grunnlag",
                "Lav",
                "Høy",
                "Rutine: bare etter skriftlig begjæring, vurdert av personvernombudet",
            ),
        ),
        not_taken=(
            (
                "Anonymisering av alle passeringer etter ett døgn",
                "Fakturering av næringskunder krever at passeringer kan dokumenteres ved klage",
            ),
        ),
        residual="""Kombinasjonen av kjøretøyregister og kommunalt abonnentregister gir en samlet risiko som vi vurderer som høy for næringsdrivende enkeltpersonforetak.""",
        stakeholders="""Renovasjonsselskapet, næringsforeningen og to innbyggerpaneler er hørt.""",
        processor=Processor(
            "Renovasjonsdata AS",
            "921 118 004",
            "Postboks 211, 2001 Lillestrøm",
            "Magnus Helle",
            "prosjektleder",
            "+47 934 00 172",
            "magnus.helle@renovasjonsdata.no",
        ),
    )
)

# --- B: Hovdefjell kommune (nn) --------------------------------------------------------------

_add(
    Topic(
        key="b1",
        lang="nn",
        title="Digital heimeoppfølging med medisindispensar og videotilsyn",
        what="""Heimetenesta i Hovdefjell kommune vil ta i bruk digital heimeoppfølging for om lag 80 brukarar som i dag får besøk for medisinutdeling. Ein elektronisk medisindispensar varslar når dosen ikkje er teken, og brukaren kan få videotilsyn frå heimetenesta i staden for eit fysisk besøk.""",
        scope="""Om lag 80 brukarar, dei fleste over 75 år. Opplysningar om helse, legemiddelbruk, tidspunkt for inntak, videosamtalar (ikkje opptak) og kontaktinformasjon til pårørande.""",
        flow="""Dispensaren sender data til ei responssenterløysing hos Helsetek Vest AS (databehandlar), som varslar heimetenesta. Dokumentasjon skjer i journalsystemet. Loggar vert sletta etter 6 månader. Ingen data vert overførte ut av EØS.""",
        necessity="""Kommunen har ikkje nok personell til å halde oppe tre besøk dagleg hos alle som treng hjelp med medisinar. Pilot med 12 brukarar viste at færre dosar vart gløymde.""",
        proportionality="""Videotilsyn skjer berre etter avtale med brukaren, kamera er avslått utanom avtalte tider, og det vert ikkje gjort opptak.""",
        safeguards=(
            "Skriftleg samtykke frå brukar eller verje der brukaren har samtykkekompetanse",
            "Individuell vurdering i tildelingsvedtaket",
            "Tilgangsstyring og logg hos responssenteret",
        ),
        risks=(
            (
                "Brukaren forstår ikkje at videotilsyn skjer",
                "Middels",
                "Høg",
                "Lampe på kameraet, fast avtalt tid, informasjon til pårørande",
            ),
            (
                "Feil i varsling fører til at gløymd dose ikkje vert oppdaga",
                "Låg",
                "Høg",
                "Dobbel varsling til vakttelefon, månadleg test",
            ),
            (
                "Uvedkomande hos databehandlar får tilgang til helseopplysningar",
                "Låg",
                "Høg",
                "Databehandlaravtale, tofaktor, loggkontroll",
            ),
        ),
        not_taken=(
            (
                "Opptak av videotilsyn for kvalitetssikring",
                "Gir meir inngripande behandling enn føremålet krev",
            ),
        ),
        residual="""For brukarar med kognitiv svikt er risikoen framleis høg fordi samtykket kan vere uklart.""",
        stakeholders="""Eldrerådet, Fagforbundet og to pårørandegrupper har uttalt seg.""",
        processor=Processor(
            "Helsetek Vest AS",
            "917 554 210",
            "Kaigata 3, 5015 Bergen",
            "Sindre Aasland",
            "dagleg leiar",
            "+47 476 11 093",
            "sindre@helsetekvest.no",
        ),
    )
)

_add(
    Topic(
        key="b2",
        lang="nn",
        title="Tidleg innsats: samanstilling av opplysningar frå barnehage, helsestasjon og skule",
        what="""Hovdefjell kommune vil etablere ein modell for betre tverrfagleg innsats (BTI) der barnehage, helsestasjon, PPT og skule registrerer bekymringar om eit barn i eit felles handlingsrettleiar-verktøy, slik at ein koordinator kan sjå samla kva tiltak som er sette i verk.""",
        scope="""Om lag 1 100 barn i alderen 0-16 år og føresette. Opplysningar om helse, utvikling, familieforhold og bekymringar; særlege kategoriar og opplysningar om barn.""",
        flow="""Verktøyet er levert av Oppvekstdata AS som databehandlar og driftast i Noreg. Berre koordinator og tilsette med tenestleg behov har tilgang; føresette får innsyn gjennom eigen portal. Opplysningar vert sletta når barnet går ut av grunnskulen, med mindre dei skal arkiverast i journal.""",
        necessity="""Evalueringar har vist at bekymringar om barn vert liggjande i kvar si eining utan at nokon ser heilskapen. Samanstillinga er naudsynt for at kommunen skal oppfylle samordningsplikta i barnehagelova, opplæringslova og helse- og omsorgstenestelova.""",
        proportionality="""Berre bekymringar som føresette er orienterte om vert registrerte, og samanstilling skjer berre når to eller fleire einingar er involverte.""",
        safeguards=(
            "Føresette vert informerte før registrering og får innsyn",
            "Rollebasert tilgang og logg",
            "Årleg gjennomgang av kven som har tilgang",
        ),
        risks=(
            (
                "Barn vert stempla på grunnlag av tidlege bekymringar",
                "Middels",
                "Høg",
                "Berre faktabaserte notat, sletting når bekymringa er avklara",
            ),
            (
                "Tilsette ser opplysningar dei ikkje treng",
                "Middels",
                "Middels",
                "Rollestyring og loggkontroll",
            ),
            (
                "Føresette sluttar å oppsøkje helsestasjonen av frykt for registrering",
                "Låg",
                "Høg",
                "Open informasjon og dialog",
            ),
        ),
        not_taken=(
            (
                "Pseudonymisering av barna i oversikta til koordinator",
                "Koordinator må kunne kontakte føresette",
            ),
        ),
        residual="""Risikoen for stigmatisering av barn er vurdert som høg sjølv etter tiltak.""",
        stakeholders="""Foreldreutvalet, ungdomsrådet, leiarar i barnehagane og PPT har vore med i arbeidet.""",
        processor=Processor(
            "Oppvekstdata AS",
            "925 300 771",
            "Storgata 40, 3830 Ulefoss",
            "Guro Tveit",
            "kundeansvarleg",
            "+47 905 44 218",
            "guro.tveit@oppvekstdata.no",
        ),
    )
)

# --- C: Helse Midtfjord HF (nb) --------------------------------------------------------------

_add(
    Topic(
        key="c1",
        lang="nb",
        title="Prediksjon av reinnleggelse med maskinlæring",
        what="""Helse Midtfjord HF vil ta i bruk en maskinlæringsmodell som beregner risikoen for at en pasient blir reinnlagt innen 30 dager etter utskrivning. Risikoskåren vises for lege og sykepleier i utskrivningsmodulen og brukes til å prioritere oppfølging fra kommunen.""",
        scope="""Alle voksne pasienter som skrives ut fra medisinsk klinikk, om lag 14 000 i året. Modellen bruker diagnoser, laboratoriesvar, legemidler, tidligere innleggelser og alder.""",
        flow="""Modellen er trent og driftes av Medisinsk Analyse Norden AS som databehandler i helseforetakets egen datasenterplattform hos Helse Midtfjord IKT. Skåren lagres i journal. Ingen opplysninger går til andre enn behandlende personell. Treningsdata slettes etter modellgodkjenning.""",
        necessity="""Reinnleggelser belaster pasientene og sykehuset. Dagens manuelle vurdering er ujevn; modellen gir klinikerne et bedre beslutningsgrunnlag.""",
        proportionality="""Skåren er et beslutningsstøtteverktøy, ikke en beslutning. Pasienten informeres og kan be om at skåren ikke brukes.""",
        safeguards=(
            "Klinikeren tar alltid beslutningen; skåren begrunnes med de viktigste faktorene",
            "Informasjon i innkallingsbrev og på sykehusets nettsider",
            "Jevnlig kontroll av modellens treffsikkerhet for ulike pasientgrupper",
        ),
        risks=(
            (
                "Modellen diskriminerer grupper (f.eks. eldre eller innvandrere)",
                "Middels",
                "Høy",
                "Skjevhetsanalyse før produksjon og hvert halvår",
            ),
            (
                "Klinikere stoler blindt på skåren",
                "Middels",
                "Høy",
                "Opplæring, forklaring av skåren",
            ),
            (
                "Uautorisert tilgang til treningsdata",
                "Lav",
                "Høy",
                "Treningsmiljø uten nettilgang, sletting",
            ),
        ),
        not_taken=(
            (
                "Vise skåren for pasienten i pasientportalen",
                "Kan skape unødig uro uten faglig forklaring",
            ),
        ),
        residual="""Risikoen for skjevheter i modellen kan ikke fullt ut reduseres før den er prøvd på et større materiale.""",
        stakeholders="""Brukerutvalget, klinikkledelsen, tillitsvalgte og kommunene i opptaksområdet er hørt.""",
        processor=Processor(
            "Medisinsk Analyse Norden AS",
            "923 887 150",
            "Forskningsparken, Gaustadalléen 21, 0349 Oslo",
            "Henrik Sæther",
            "leveranseansvarlig",
            "+47 982 40 115",
            "henrik.saether@medanalyse.no",
        ),
    )
)

_add(
    Topic(
        key="c2",
        lang="nb",
        title="Digital hjemmeoppfølging av KOLS-pasienter",
        what="""Helse Midtfjord HF vil følge opp pasienter med alvorlig KOLS hjemme med nettbrett, pulsoksymeter og daglig symptomregistrering. Sykepleiere på lungeposten følger med i et dashbord og tar videokonsultasjon ved forverring.""",
        scope="""Om lag 250 pasienter per år. Helseopplysninger (målinger, symptomer), videokonsultasjoner (ikke opptak) og pårørendes kontaktopplysninger.""",
        flow="""Plattformen leveres av Hjemmepuls AS som databehandler. Målinger overføres kryptert og lagres i 12 måneder i plattformen; relevante funn journalføres. Ingen overføring utenfor EØS.""",
        necessity="""Oppfølging hjemme kan redusere antall innleggelser og gir pasienten tryggere hverdag. Fysiske kontroller er belastende for pasienter med lang reisevei.""",
        proportionality="""Deltakelse er frivillig, pasienten kan når som helst gå tilbake til ordinær oppfølging. Bare målinger som er nødvendige for behandlingen samles inn.""",
        safeguards=(
            "Frivillig deltakelse og skriftlig informasjon",
            "Tofaktorinnlogging for pasient og personell",
            "Tilgangslogg kontrolleres månedlig",
        ),
        risks=(
            (
                "Målinger blir ikke fulgt opp i helger",
                "Middels",
                "Høy",
                "Klar informasjon om åpningstider, automatisk melding om å ringe legevakt",
            ),
            (
                "Pårørende får innsyn i helseopplysninger uten samtykke",
                "Lav",
                "Middels",
                "Egen innlogging per pasient",
            ),
            (
                "Sikkerhetsbrudd hos leverandøren",
                "Lav",
                "Høy",
                "Databehandleravtale, revisjon, kryptering",
            ),
        ),
        not_taken=(("Døgnbemannet oppfølging", "Ikke økonomisk mulig i pilotfasen"),),
        residual="""Risikoen for at forverring ikke oppdages utenfor åpningstid er fortsatt høy.""",
        stakeholders="""LHL, brukerutvalget og fastleger i regionen er hørt.""",
        processor=Processor(
            "Hjemmepuls AS",
            "926 001 442",
            "Brattørkaia 17, 7010 Trondheim",
            "Ingrid Moe",
            "prosjektleder",
            "+47 918 77 305",
            "ingrid.moe@hjemmepuls.no",
        ),
    )
)

# --- D: Vitalis Klinikker AS (nb) -----------------------------------------------------------

_add(
    Topic(
        key="d1",
        lang="nb",
        title="KI-assistert journalføring i konsultasjoner",
        what="""Vitalis Klinikker AS vil la legene bruke en talebasert assistent som tar opp konsultasjonen, transkriberer samtalen og lager et utkast til journalnotat som legen kontrollerer og godkjenner.""",
        scope="""Om lag 60 000 konsultasjoner i året ved 11 klinikker. Lydopptak av samtale mellom lege og pasient, transkripsjon og journalutkast – helseopplysninger.""",
        flow="""Lyd strømmes kryptert til Scribetek AB i Sverige (databehandler), transkriberes og slettes innen 24 timer. Journalutkastet returneres til journalsystemet. Ingen data lagres hos leverandøren etter sletting; ingen bruk til trening av modeller.""",
        necessity="""Legene bruker i dag opp mot en tredjedel av tiden på dokumentasjon. Assistenten frigjør tid til pasienten og gir mer fullstendige notater.""",
        proportionality="""Pasienten spør om samtykke før opptak starter; opptak kan avbrytes når som helst. Sensitive deler av samtalen kan holdes utenfor ved å pause.""",
        safeguards=(
            "Muntlig og skriftlig informasjon før konsultasjonen, eget samtykke",
            "Sletting av lyd innen 24 timer",
            "Legen godkjenner alltid notatet",
        ),
        risks=(
            (
                "Pasienten føler seg presset til å samtykke",
                "Middels",
                "Middels",
                "Tydelig informasjon om at nei ikke får følger",
            ),
            (
                "Feil i transkripsjon gir feil i journalen",
                "Middels",
                "Høy",
                "Legen kontrollerer og signerer notatet",
            ),
            (
                "Lydopptak kommer på avveie hos leverandør",
                "Lav",
                "Høy",
                "Kryptering, sletting, revisjon av leverandør",
            ),
        ),
        not_taken=(
            (
                "Lokal transkripsjon uten skytjeneste",
                "Ikke teknisk moden for norsk medisinsk språk",
            ),
        ),
        residual="""Opptak av hele konsultasjonen gir en restrisiko som vi vurderer som høy.""",
        stakeholders="""Legeforeningens tillitsvalgte, pasientpanel og klinikksjefene er hørt.""",
        processor=Processor(
            "Scribetek AB",
            "556901-4471",
            "Kungsgatan 44, 111 35 Stockholm",
            "Elin Sjöberg",
            "Customer Success Manager",
            "+46 70 412 88 19",
            "elin.sjoberg@scribetek.se",
        ),
    )
)

_add(
    Topic(
        key="d2",
        lang="nb",
        title="Bildedeling av hudforandringer i pasientportalen",
        what="""Vitalis Klinikker AS vil la pasienter sende bilder av føflekker og hudforandringer via pasientportalen. Bildene vurderes av hudlege, og en bildeanalysemodell sorterer bildene etter hastegrad.""",
        scope="""Om lag 20 000 pasienter i året. Bilder av hud (kan vise intime kroppsdeler), helseopplysninger, kontaktinformasjon.""",
        flow="""Portalen og bildeanalysen leveres av Dermaskop AS som databehandler, drift i Norge. Bilder lagres i journal i 10 år etter pasientjournalforskriften. Mottakere: behandlende hudlege.""",
        necessity="""Ventetid for hudlege er lang; triage av bilder gjør at alvorlige funn kommer raskere til behandling.""",
        proportionality="""Modellen sorterer bare; den stiller ingen diagnose. Pasienten kan velge fysisk time i stedet.""",
        safeguards=(
            "Advarsel i appen mot bilder av intime områder; egen rutine for slike bilder",
            "Hudlege vurderer alle bilder",
            "Kryptert lagring",
        ),
        risks=(
            (
                "Bilder av intime kroppsdeler kommer på avveie",
                "Lav",
                "Høy",
                "Kryptering, tilgang kun for hudlege",
            ),
            (
                "Modellen undervurderer hastegrad for mørk hud",
                "Middels",
                "Høy",
                "Validering på norsk pasientpopulasjon, hudlege ser alle bilder",
            ),
            (
                "Pasienter sender bilder av andre personer",
                "Lav",
                "Middels",
                "Veiledning og sletting",
            ),
        ),
        not_taken=(
            ("Automatisk sletting av bilder etter vurdering", "Journalplikten krever lagring"),
        ),
        residual="""Risikoen for skjev sortering for pasienter med mørk hud er fortsatt høy.""",
        stakeholders="""Pasientpanelet og klinikkenes hudleger er hørt.""",
        processor=Processor(
            "Dermaskop AS",
            "928 114 005",
            "Sandakerveien 138, 0484 Oslo",
            "Jonas Bakke",
            "teknisk sjef",
            "+47 941 20 667",
            "jonas.bakke@dermaskop.no",
        ),
    )
)

# --- E: Fjellvang Forsikring ASA (en / nb) ---------------------------------------------------

_add(
    Topic(
        key="e1",
        lang="en",
        title="Telematics-based motor insurance for young drivers",
        what="""Fjellvang Forsikring ASA plans to offer a motor insurance product for drivers aged 18-25 in which a smartphone app records driving behaviour (speed, braking, acceleration, time of day, phone use while driving). A driving score adjusts the premium every quarter.""",
        scope="""An estimated 15,000 policyholders in the first year. Location data (GPS traces), driving events, phone handling events, policy and payment data.""",
        flow="""Trip data is collected by the app and processed by DriveSense Ltd in Ireland (processor). Raw GPS traces are deleted after 30 days; the score and aggregated events are kept for the policy term plus three years. Recipients: pricing and claims; no sharing with third parties.""",
        necessity="""Young drivers pay high premiums based on age alone. A behaviour-based price is the only way to offer safe young drivers a fair price.""",
        proportionality="""The product is optional; a standard product without telematics remains available. Only trips where the policyholder is the driver are scored; passengers can mark trips.""",
        safeguards=(
            "Clear pre-contract information and an in-app privacy dashboard",
            "Right to contest a score and have trips removed",
            "Raw GPS traces deleted after 30 days",
        ),
        risks=(
            (
                "Continuous location tracking reveals sensitive places (clinics, places of worship)",
                "Medium",
                "High",
                "Only events kept after 30 days, no place classification",
            ),
            (
                "Premium decided by automated processing without human review",
                "High",
                "Medium",
                "Human review on request, explanation of score",
            ),
            (
                "Other persons driving the car are profiled",
                "Medium",
                "Medium",
                "Trip marking, driver detection",
            ),
        ),
        not_taken=(
            ("Processing only on the device", "The score model cannot run on older phones"),
        ),
        residual="""The risk from continuous location tracking of young people remains high.""",
        stakeholders="""The customer panel, the Norwegian consumer council's published guidance and the works council were consulted.""",
        processor=Processor(
            "DriveSense Ltd",
            "IE 652210",
            "2 Grand Canal Square, Dublin 2",
            "Aoife Brennan",
            "Account Director",
            "+353 1 488 2210",
            "aoife.brennan@drivesense.ie",
        ),
    )
)

_add(
    Topic(
        key="e2",
        lang="nb",
        title="Automatisert svindelanalyse i skadeoppgjør",
        what="""Fjellvang Forsikring ASA vil bruke en analysemodell som gir hver skademelding en svindelindikator basert på skadehistorikk, nettverk av involverte personer, verksteder og tidspunkter. Meldinger med høy indikator sendes til manuell etterforskning.""",
        scope="""Om lag 120 000 skademeldinger i året. Opplysninger om kunder, skadelidte, vitner og verksteder, samt eventuelle opplysninger om straffbare forhold.""",
        flow="""Modellen driftes av Nordisk Skadeanalyse AS som databehandler. Indikatoren lagres i skadesystemet så lenge saken er åpen og tre år etter. Mottaker: selskapets etterforskningsenhet; eventuelt politiet ved anmeldelse.""",
        necessity="""Forsikringssvindel koster kundene betydelige beløp. Manuell utvelgelse er tilfeldig og treffer dårlig.""",
        proportionality="""Indikatoren fører aldri alene til avslag; en saksbehandler må vurdere saken. Nettverksanalysen begrenses til personer som er part i saken.""",
        safeguards=(
            "Manuell vurdering før tiltak",
            "Informasjon i vilkår og personvernerklæring",
            "Halvårlig kontroll av modellens treff",
        ),
        risks=(
            (
                "Uskyldige kunder får saken forsinket eller mistenkeliggjort",
                "Middels",
                "Høy",
                "Manuell vurdering, frister",
            ),
            (
                "Vitner og tredjeparter blir profilert",
                "Middels",
                "Middels",
                "Begrensning av nettverksanalysen",
            ),
            (
                "Skjevhet mot kunder i bestemte postnumre",
                "Middels",
                "Høy",
                "Postnummer fjernet som variabel",
            ),
        ),
        not_taken=(
            ("Informere kunden om indikatoren i hver sak", "Vil kunne undergrave etterforskningen"),
        ),
        residual="""Risikoen for at kunder mistenkeliggjøres uten å vite det er fortsatt høy.""",
        stakeholders="""Kundeombudet, tillitsvalgte og Finans Norges bransjeveileder er lagt til grunn.""",
        processor=Processor(
            "Nordisk Skadeanalyse AS",
            "915 770 204",
            "Karenslyst allé 8, 0278 Oslo",
            "Trond Lie",
            "daglig leder",
            "+47 922 31 580",
            "trond.lie@skadeanalyse.no",
        ),
    )
)

# --- F: Lumio Learning AS (en) --------------------------------------------------------------

_add(
    Topic(
        key="f1",
        lang="en",
        title="Adaptive learning analytics for primary school pupils",
        what="""Lumio Learning AS provides a maths app used by primary schools. We plan to add learning analytics that predicts which pupils are falling behind and suggests exercises, and a teacher dashboard that flags pupils 'at risk'. Schools (municipalities) are controllers for teaching; Lumio is controller for the product development use of the data covered by this request.""",
        scope="""About 45,000 pupils aged 6-12 in 70 municipalities. Answer patterns, time on task, error types, class and school; no names are used in model training.""",
        flow="""Data is hosted by Northcloud Hosting AS (processor) in Norway. Pseudonymised answer data is kept for model training for three years. Recipients: the pupil's teacher sees the dashboard; Lumio's data team sees pseudonymised data only.""",
        necessity="""Teachers ask for early warning of pupils who struggle; the analytics cannot be built without learning from answer patterns across schools.""",
        proportionality="""Training uses pseudonymised data; the 'at risk' flag is visible only to the teacher and never to other pupils or parents by default.""",
        safeguards=(
            "Pseudonymisation before data reaches the data team",
            "Information material for parents, written for schools to send",
            "Schools can switch the analytics off",
        ),
        risks=(
            (
                "Children are labelled as weak learners early",
                "Medium",
                "High",
                "Flag shown as a suggestion, reviewed after four weeks",
            ),
            (
                "Re-identification of pupils in training data",
                "Low",
                "High",
                "Pseudonymisation, access control, no free-text fields",
            ),
            (
                "Function creep: use of data for marketing",
                "Low",
                "Medium",
                "Contractual ban and internal policy",
            ),
        ),
        not_taken=(
            (
                "Federated learning at school level",
                "Too few pupils per school for a reliable model",
            ),
        ),
        residual="""The risk of labelling young children remains high despite the measures.""",
        stakeholders="""Two pilot municipalities, teachers, the national parents' committee (FUG) and a pupil panel were consulted.""",
        processor=Processor(
            "Northcloud Hosting AS",
            "927 551 034",
            "Sluppenvegen 12, 7037 Trondheim",
            "Erik Haugen",
            "Service Manager",
            "+47 467 10 220",
            "erik.haugen@northcloud.no",
        ),
    )
)

_add(
    Topic(
        key="f2",
        lang="en",
        title="Remote exam proctoring with webcam",
        what="""Lumio Learning AS plans a remote exam module for adult education providers, in which the candidate's webcam, microphone and screen are recorded during the exam and a model flags suspicious behaviour for a human invigilator.""",
        scope="""About 8,000 adult candidates a year. Video and audio of the candidate and their home, screen recordings, ID document photo; possibly biometric data (face matching).""",
        flow="""The proctoring engine is provided by ProctorWise Ltd in the UK (processor, adequacy decision). Recordings are deleted 60 days after the result is final. Recipients: the exam provider's invigilators.""",
        necessity="""Adult learners in rural areas cannot travel to exam centres; without proctoring, exams cannot be held remotely.""",
        proportionality="""Candidates can choose an exam centre instead. Face matching runs once at the start only.""",
        safeguards=(
            "Choice between remote and centre-based exam",
            "Human review of every flag before any consequence",
            "Deletion of recordings after 60 days",
        ),
        risks=(
            (
                "Recording inside the home reveals private life of others",
                "High",
                "Medium",
                "Guidance to choose a private room, blur of background",
            ),
            ("False flags lead to annulled exams", "Medium", "High", "Human review, appeal"),
            ("Biometric template misuse", "Low", "High", "Template not stored after match"),
        ),
        not_taken=(("No face matching at all", "Exam providers require identity verification"),),
        residual="""The intrusion into the candidate's home remains a high risk.""",
        stakeholders="""Three adult education providers and a candidate panel were consulted.""",
        processor=Processor(
            "ProctorWise Ltd",
            "UK 11802244",
            "45 Kingsway, London WC2B 6TE",
            "Hannah Clarke",
            "Head of Customer Privacy",
            "+44 20 7946 0315",
            "hannah.clarke@proctorwise.co.uk",
        ),
    )
)

# --- G: Samvirkeboliger Norge SA (nb) -------------------------------------------------------

_add(
    Topic(
        key="g1",
        lang="nb",
        title="Felles adgangskontroll med mobilnøkkel i tilknyttede borettslag",
        what="""Samvirkeboliger Norge SA vil tilby en felles adgangskontroll der beboere i tilknyttede borettslag åpner ytterdører, boder og garasjer med mobilnøkkel. Løsningen logger hver åpning med tidspunkt og dør.""",
        scope="""Om lag 14 000 boliger i 62 borettslag; beboere, fremleietakere, håndverkere og hjemmetjeneste. Logg over åpninger (hvem, når, hvilken dør).""",
        flow="""Løsningen driftes av Låsnett AS som databehandler. Logg lagres i 14 dager, deretter slettes den. Styret i borettslaget får bare se logg ved innbrudd eller skade etter skriftlig begrunnelse.""",
        necessity="""Nøkkelbrikker blir borte og må byttes ut med store kostnader, og borettslagene har hatt en rekke innbrudd i boder.""",
        proportionality="""Logg er bare tilgjengelig etter hendelse og etter fire-øyne-prinsipp. Beboere kan velge brikke uten app.""",
        safeguards=(
            "Informasjon på generalforsamling og i beboerbrev",
            "Kort lagringstid (14 dager)",
            "Tilgang til logg bare ved hendelse",
        ),
        risks=(
            (
                "Styremedlemmer bruker loggen til å kontrollere naboer",
                "Middels",
                "Høy",
                "Fire-øyne-prinsipp, logg over oppslag",
            ),
            (
                "Kartlegging av når beboere er hjemme",
                "Lav",
                "Høy",
                "Kort lagring, ingen rapporter per beboer",
            ),
        ),
        not_taken=(
            (
                "Ingen logging i det hele tatt",
                "Forsikringsselskapene krever sporbarhet ved innbrudd",
            ),
        ),
        residual="""Risikoen for at styremedlemmer, som selv er naboer, misbruker loggen er vurdert som høy.""",
        stakeholders="""Styreledere i ti borettslag og Leieboerforeningen er hørt.""",
        processor=Processor(
            "Låsnett AS",
            "919 330 112",
            "Ringeriksveien 195, 1339 Vøyenenga",
            "Per Olav Rud",
            "driftssjef",
            "+47 908 12 744",
            "per.olav.rud@lasnett.no",
        ),
    )
)

_add(
    Topic(
        key="g2",
        lang="nb",
        title="Kontroll av ulovlig korttidsutleie i borettslag",
        what="""Samvirkeboliger Norge SA vil på vegne av tilknyttede borettslag sammenstille annonser fra korttidsutleieplattformer med opplysninger om andelseiere, for å avdekke utleie i strid med borettslagsloven.""",
        scope="""Om lag 14 000 andelseiere. Annonsebilder, adresse, andelseiers navn, tidspunkt for utleie, korrespondanse.""",
        flow="""Innhenting og sammenstilling gjøres av Boligdata Norge AS som databehandler. Treff sendes til borettslagets styre. Opplysninger uten treff slettes etter 30 dager; saker lagres til de er avsluttet og to år etter.""",
        necessity="""Ulovlig korttidsutleie gir støy, slitasje og utrygghet for naboer; styrene har ikke kapasitet til å følge med selv.""",
        proportionality="""Bare annonser med adresse i borettslagets bygg sammenstilles. Andelseier får varsel og uttalerett før tiltak.""",
        safeguards=(
            "Varsel og uttalerett før tiltak",
            "Informasjon i husordensregler",
            "Sletting av opplysninger uten treff",
        ),
        risks=(
            (
                "Feil identifisering av leilighet gir uriktig mistanke",
                "Middels",
                "Høy",
                "Manuell kontroll av treff",
            ),
            (
                "Innsamling av bilder fra private hjem",
                "Høy",
                "Middels",
                "Bare lenke lagres, ikke bilder",
            ),
        ),
        not_taken=(
            ("Automatisk varsel til andelseier uten manuell kontroll", "Øker risikoen for feil"),
        ),
        residual="""Systematisk overvåking av andelseieres nettannonser gir en høy restrisiko.""",
        stakeholders="""Borettslagenes styreledere og et utvalg andelseiere er hørt.""",
        processor=Processor(
            "Boligdata Norge AS",
            "926 448 019",
            "Nedre Slottsgate 8, 0157 Oslo",
            "Line Kristoffersen",
            "daglig leder",
            "+47 917 55 302",
            "line@boligdata.no",
        ),
    )
)

# --- H: Kystlinjen Trafikk AS (nb) ----------------------------------------------------------

_add(
    Topic(
        key="h1",
        lang="nb",
        title="Førerassistent med kamera for trøtthetsdeteksjon i bussene",
        what="""Kystlinjen Trafikk AS vil montere et førerkamera i 180 busser som oppdager tegn på tretthet og distraksjon (øyelukking, mobilbruk) og varsler sjåføren med lyd og vibrasjon. Ved gjentatte hendelser varsles trafikkleder.""",
        scope="""Om lag 420 bussjåfører. Video analyseres i sanntid i kameraet; ved hendelse lagres et klipp på 10 sekunder. Opplysninger om atferd, tidspunkt, rute.""",
        flow="""Hendelsesklipp overføres til Fleetvision AS (databehandler) og lagres i 7 dager. Trafikkleder ser hendelsen; klipp brukes ikke i personalsaker uten at sjåføren og tillitsvalgt er varslet.""",
        necessity="""Tretthet er en kjent årsak til alvorlige ulykker; oppdragsgiver (fylkeskommunen) krever tiltak etter to hendelser i 2025.""",
        proportionality="""Kameraet lagrer ingen kontinuerlig video; bare hendelser. Sjåføren kan se egne hendelser.""",
        safeguards=(
            "Avtale med tillitsvalgte (hovedavtalen kap. 9)",
            "Innsyn for sjåfør i egne hendelser",
            "Sletting etter 7 dager",
        ),
        risks=(
            (
                "Kontroll av ansatte ut over formålet (prestasjonsmåling)",
                "Middels",
                "Høy",
                "Skriftlig forbud, tillitsvalgt varsles",
            ),
            (
                "Feilaktige varsler skaper stress",
                "Middels",
                "Middels",
                "Kalibrering, evaluering etter tre måneder",
            ),
            ("Klipp deles utenfor virksomheten", "Lav", "Høy", "Tilgangsstyring, logg"),
        ),
        not_taken=(
            (
                "Bare lydvarsel uten lagring av klipp",
                "Gir ikke grunnlag for oppfølging av gjentatte hendelser",
            ),
        ),
        residual="""Risikoen for at løsningen brukes til kontroll av enkeltsjåfører er fortsatt høy.""",
        stakeholders="""Yrkestrafikkforbundet og Fagforbundet, verneombud og fylkeskommunen er hørt.""",
        processor=Processor(
            "Fleetvision AS",
            "914 227 560",
            "Fjordgata 11, 6002 Ålesund",
            "Mona Strand",
            "kundeansvarlig",
            "+47 911 03 276",
            "mona.strand@fleetvision.no",
        ),
    )
)

_add(
    Topic(
        key="h2",
        lang="nb",
        title="Billettering med bankkort (tap på/tap av) og reisehistorikk",
        what="""Kystlinjen Trafikk AS vil la passasjerer betale ved å holde bankkortet mot en leser ved på- og avstigning. Prisen beregnes ut fra reisen, og passasjeren kan se reisehistorikken på nett ved å registrere kortet.""",
        scope="""Om lag 9 millioner reiser i året. Tokenisert kortnummer, tidspunkt, holdeplass for på- og avstigning, beløp.""",
        flow="""Betalingen behandles av Tapp Nordic AS som databehandler. Reisedata lagres i 13 måneder av hensyn til klager; deretter anonymiseres de til statistikk.""",
        necessity="""Passasjerer ønsker å slippe app og billettautomat; fylkeskommunen krever enklere billettering.""",
        proportionality="""Reisehistorikken er bare knyttet til person når passasjeren selv registrerer kortet. Ellers lagres bare token.""",
        safeguards=(
            "Kontantbillett og app som alternativ",
            "Tokenisering av kortnummer",
            "Anonymisering etter 13 måneder",
        ),
        risks=(
            (
                "Reisemønster kan knyttes til person",
                "Middels",
                "Høy",
                "Token, ingen kobling uten registrering",
            ),
            ("Politi ber om reisehistorikk", "Lav", "Middels", "Rutine for utlevering"),
        ),
        not_taken=(("Kortere lagring enn 13 måneder", "Klagefrist hos kortutsteder"),),
        residual="""Reisemønstre er svært avslørende; restrisikoen vurderes som høy.""",
        stakeholders="""Fylkeskommunen, brukerrådet og tillitsvalgte er hørt.""",
        processor=Processor(
            "Tapp Nordic AS",
            "929 004 118",
            "Lysaker Torg 25, 1366 Lysaker",
            "Øystein Berg",
            "leveranseleder",
            "+47 952 18 003",
            "oystein.berg@tappnordic.no",
        ),
    )
)

# --- I: Handels- og Kontorforbundet (nb) ----------------------------------------------------

_add(
    Topic(
        key="i1",
        lang="nb",
        title="Nytt medlemssystem med trekkintegrasjon mot arbeidsgivere",
        what="""Handels- og Kontorforbundet (HKF) vil flytte medlemsregisteret til et nytt skybasert medlemssystem med direkte integrasjon mot arbeidsgivernes lønnssystemer for trekk av kontingent.""",
        scope="""Om lag 38 000 medlemmer. Opplysninger om fagforeningsmedlemskap (særlig kategori), arbeidsgiver, lønn (for kontingentberegning), tillitsverv.""",
        flow="""Systemet leveres av Medlemsnett AS som databehandler, drift i Norge. Arbeidsgiver mottar bare trekkgrunnlag for egne ansatte. Utmeldte medlemmer slettes etter tre år.""",
        necessity="""Dagens system er foreldet og har ikke støtte for sikker tilgangsstyring. Elektronisk trekk reduserer feil.""",
        proportionality="""Arbeidsgiver får ikke vite mer enn det som trengs for trekket. Medlemmer kan velge å betale selv uten trekk.""",
        safeguards=(
            "Medlem velger trekk eller egenbetaling",
            "Kryptert integrasjon",
            "Logg og tilgangsstyring for tillitsvalgte",
        ),
        risks=(
            (
                "Arbeidsgiver får kunnskap om medlemskap",
                "Høy",
                "Middels",
                "Egenbetaling som alternativ",
            ),
            (
                "Tillitsvalgte ser medlemmer utenfor eget område",
                "Middels",
                "Middels",
                "Rollebasert tilgang",
            ),
            ("Lekkasje av medlemslister", "Lav", "Høy", "Kryptering, tofaktor"),
        ),
        not_taken=(
            ("Pseudonymisert trekkliste", "Arbeidsgivernes lønnssystemer støtter det ikke"),
        ),
        residual="""Risikoen for at arbeidsgivere kartlegger fagorganisering er fortsatt høy.""",
        stakeholders="""Landsstyret, klubbledere og et medlemspanel er hørt.""",
        processor=Processor(
            "Medlemsnett AS",
            "912 663 509",
            "Grensen 5, 0159 Oslo",
            "Ragnhild Dahl",
            "prosjektleder",
            "+47 909 44 128",
            "ragnhild.dahl@medlemsnett.no",
        ),
    )
)

_add(
    Topic(
        key="i2",
        lang="nb",
        title="Saksbehandlingsplattform for tillitsvalgte",
        what="""HKF vil innføre en felles plattform der tillitsvalgte og regionkontorene dokumenterer saker de bistår medlemmer i: oppsigelser, varsling, sykefravær og konflikter.""",
        scope="""Om lag 3 000 saker i året. Helseopplysninger, opplysninger om straffbare forhold, arbeidsforhold og konflikter; også opplysninger om kolleger og ledere.""",
        flow="""Plattformen leveres av Saksrom AS som databehandler. Saker arkiveres ti år etter avslutning av hensyn til foreldelse og senere tvister. Tilgang bare for saksansvarlig og regionkontor.""",
        necessity="""Saker dokumenteres i dag i e-post og private notater, noe som er usikkert. En felles plattform er nødvendig for å gi medlemmene forsvarlig bistand.""",
        proportionality="""Kolleger og ledere registreres bare når det er nødvendig for saken; fritekstfelter har veiledning.""",
        safeguards=(
            "Opplæring av tillitsvalgte",
            "Tilgangsstyring per sak",
            "Sletting etter ti år",
        ),
        risks=(
            (
                "Tredjepersoner (kolleger) registreres uten å vite det",
                "Høy",
                "Middels",
                "Veiledning, minimalisering",
            ),
            (
                "Tillitsvalgt slutter og beholder tilgang",
                "Middels",
                "Høy",
                "Automatisk fjerning ved endring i verv",
            ),
            ("Helseopplysninger lekker", "Lav", "Høy", "Kryptering, tofaktor"),
        ),
        not_taken=(
            ("Informere alle tredjepersoner", "Umulig eller uforholdsmessig i de fleste saker"),
        ),
        residual="""Risikoen for tredjepersoner er vurdert som høy.""",
        stakeholders="""Klubbledere, regionkontorene og forbundets jurister er hørt.""",
        processor=Processor(
            "Saksrom AS",
            "924 880 316",
            "Kongens gate 2, 7011 Trondheim",
            "Eirik Nygaard",
            "kundeansvarlig",
            "+47 948 30 516",
            "eirik.nygaard@saksrom.no",
        ),
    )
)

# --- J: Norvik Institutt for samfunnsforskning (nb / nn) ------------------------------------

_add(
    Topic(
        key="j1",
        lang="nb",
        title="Registerkobling om levekår og skoleresultater",
        what="""Norvik Institutt for samfunnsforskning (NISF) vil koble opplysninger fra SSB, Norsk pasientregister og Nasjonalt utdanningsregister for å undersøke sammenhengen mellom foreldres helse og levekår og barns skoleresultater.""",
        scope="""Alle personer født 1995-2010 og deres foreldre, om lag 1,4 millioner personer. Helseopplysninger, inntekt, utdanning, trygdeytelser, karakterer.""",
        flow="""Dataene leveres pseudonymisert og analyseres i Trygg Forskningsplattform AS (databehandler), et lukket analysemiljø. Bare aggregerte resultater eksporteres. Data slettes ved prosjektslutt 2031.""",
        necessity="""Problemstillingen kan ikke besvares med spørreundersøkelser; registerdata er nødvendig for å få med utsatte grupper.""",
        proportionality="""Bare variabler som er nødvendige for analysene, er bestilt; forskerne har aldri tilgang til direkte identifiserende opplysninger.""",
        safeguards=(
            "Pseudonymisering hos registereierne",
            "Lukket analysemiljø, ingen eksport av mikrodata",
            "Informasjon på prosjektets nettside og reservasjonsrett",
        ),
        risks=(
            (
                "Reidentifisering av personer med sjeldne kombinasjoner",
                "Lav",
                "Høy",
                "Grovere kategorier, kontroll av utdata",
            ),
            (
                "Stigmatisering av grupper i publikasjoner",
                "Middels",
                "Middels",
                "Etisk gjennomgang før publisering",
            ),
        ),
        not_taken=(("Syntetiske data", "Gir ikke gyldige estimater for små grupper"),),
        residual="""Omfanget (1,4 millioner personer) gjør at restrisikoen vurderes som høy.""",
        stakeholders="""Brukerrepresentanter fra Mental Helse og Foreldreutvalget for grunnopplæringen er hørt.""",
        processor=Processor(
            "Trygg Forskningsplattform AS",
            "930 220 417",
            "Fridtjof Nansens vei 19, 0369 Oslo",
            "Sigrid Holm",
            "driftsansvarlig",
            "+47 926 40 812",
            "sigrid.holm@tryggforsk.no",
        ),
    )
)

_add(
    Topic(
        key="j2",
        lang="nn",
        title="Mobilbasert studie av skjermbruk og søvn hos ungdom",
        what="""Norvik Institutt for samfunnsforskning vil gjennomføre ein studie der ungdom (13-17 år) installerer ein app som registrerer skjermtid, bruk av appar og rørsle (akselerometer) i fire veker, kombinert med korte spørjeskjema om søvn og trivsel.""",
        scope="""Om lag 1 500 ungdommar og føresette. Opplysningar om apparbruk, søvn, psykisk helse (spørjeskjema), rørsle.""",
        flow="""Appen og innsamlinga vert drifta av Appstudie AS som databehandlar. Data vert pseudonymiserte ved innsamling; namneliste vert oppbevart åtskilt. Sletting ved prosjektslutt 2029.""",
        necessity="""Sjølvrapportert skjermtid er upåliteleg; passiv registrering er naudsynt for å svare på forskingsspørsmåla.""",
        proportionality="""Appen registrerer ikkje innhald, berre kva app og kor lenge. Deltakarane kan pause registreringa.""",
        safeguards=(
            "Samtykke frå ungdommen og føresette for dei under 16 år",
            "Pausefunksjon og moglegheit for å trekkje seg",
            "Pseudonymisering",
        ),
        risks=(
            ("Ungdom føler seg overvaka", "Middels", "Middels", "Pausefunksjon, open informasjon"),
            (
                "Avslørande opplysningar om psykisk helse",
                "Låg",
                "Høg",
                "Oppfølgingsrutine, pseudonymisering",
            ),
            ("Føresette får innsyn i ungdommens bruk", "Låg", "Høg", "Ingen innsyn for føresette"),
        ),
        not_taken=(("Berre spørjeskjema", "Gir ikkje gyldige mål på skjermbruk"),),
        residual="""Risikoen knytt til barn og passiv sensordata er framleis høg.""",
        stakeholders="""Ungdomsrådet i to kommunar og ein referansegruppe med føresette er høyrde.""",
        processor=Processor(
            "Appstudie AS",
            "931 007 228",
            "Nygårdsgaten 114, 5008 Bergen",
            "Kjetil Rønning",
            "teknisk leiar",
            "+47 934 71 650",
            "kjetil@appstudie.no",
        ),
    )
)
