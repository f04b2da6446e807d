# ruff: noqa: E501
"""Twenty planned processings, two per sender, written in the sender's language.

Each topic carries the substance a controller would put in the five parts: a description
(nature, scope, context, purpose, sources, recipients, retention, security, roles), necessity and
proportionality with safeguards, risks as (risk, likelihood, consequence, measure) and measures
considered but not taken with the reason, and what stakeholders said.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    short: str
    description: tuple[str, ...]
    flow: tuple[tuple[str, str], ...]  # (data / step, detail) rows
    necessity: tuple[str, ...]
    safeguards: tuple[str, ...]
    risks: tuple[tuple[str, str, str, str], ...]
    not_taken: tuple[tuple[str, str], ...]
    stakeholders: str
    residual: str


# --- A: Nordvest Kollektivtrafikk AS (nn) --------------------------------------------------

A1 = Topic(
    key="A1",
    title="Reisekonto med automatisk billettering (inn-/utsjekk med mobil)",
    short="automatisk billettering i appen «Nordvest Reis»",
    description=(
        "Nordvest Kollektivtrafikk AS (NVK) planlegg å innføre «Reis utan billett»: appen «Nordvest Reis» registrerer automatisk når ein passasjer går på og av buss og snøggbåt i Møre og Romsdal, ved hjelp av Bluetooth-fyrlykter om bord og posisjonen til telefonen. Prisen vert rekna ut etterpå etter beste-pris-prinsippet, og kunden får ei samla faktura kvar månad.",
        "Omfang: om lag 45 000 aktive brukarar av appen, av dei venteleg 12 000 i reisekonto-løysinga det første året, og om lag 2,1 millionar reiser i året. Mellom brukarane er skuleungdom frå 13 år og personar med honnørrabatt.",
        "Opplysningar: namn, mobilnummer, e-post, betalingskort-token, rabattkategori (ungdom, student, honnør, uføre), reisehistorikk med stopp, tidspunkt og linje, og grov posisjon (100 m) berre medan ei reise pågår. Ingen posisjon vert lagra utanom aktiv reise.",
        "Kjelder og mottakarar: opplysningane kjem frå kunden og frå fyrlyktene i køyretøya. Betalingsformidlar får berre beløp og token. Operatørselskapa får anonymiserte passasjertal per avgang. Politiet får utlevert reisedata berre etter kjennelse eller lovheimel.",
        "Lagring og ansvar: reisehistorikk vert sletta etter 13 månader (klagefrist og rekneskap), posisjonspunkt etter 72 timar. NVK er behandlingsansvarleg; Billettsystem Nord AS driftar plattforma som databehandlar på servarar i Noreg (Trondheim). Tilgang er rollebasert og logga.",
    ),
    flow=(
        ("Innsjekk", "Fyrlykt + posisjon (100 m) når reisa startar"),
        ("Utsjekk", "Fyrlykt mistar kontakt / posisjon ved av-stigning"),
        ("Prisutrekning", "Beste pris for månaden, nattleg køyring"),
        ("Faktura", "Månadleg, trekk på lagra kort-token"),
        ("Statistikk", "Aggregert per avgang, minst 10 reiser per celle"),
    ),
    necessity=(
        "Formålet er enklare reising og meir treffsikker ruteplanlegging. Billettkjøp før kvar reise har vore den største klaga frå kundane, og automatisk utsjekk er den einaste måten å gi beste pris utan at kunden sjølv må vite kva billett som lønner seg.",
        "Vi har vurdert mindre inngripande alternativ: periodebillett utan sporing dekkjer ikkje beste pris; manuell inn- og utsjekk gav 30 % gløymde utsjekkar i pilotprosjektet i Ålesund. Posisjon er avgrensa til aktiv reise og til 100 m nøyaktigheit, som er nok til å skilje haldeplassar.",
        "Rettsleg grunnlag er avtale (art. 6 nr. 1 b) for billettering og allmenn interesse/offentleg myndigheit (art. 6 nr. 1 e, jf. yrkestransportlova) for aggregert statistikk. Løysinga er frivillig; vanleg billett i appen og på kort finst framleis.",
    ),
    safeguards=(
        "Frivillig: kunden vel sjølv reisekonto, og kan gå tilbake til vanleg billett når som helst.",
        "Innsyn i eiga reisehistorikk i appen, med sletteknapp for avslutta månader etter betaling.",
        "Ungdom under 16 år må ha samtykke frå føresette for reisekonto.",
        "Ingen profilering for marknadsføring; reisedata vert ikkje delte med tredjepart for reklame.",
        "Statistikk berre aggregert med minst 10 reiser per celle.",
    ),
    risks=(
        (
            "Reisemønster avslører bustad, arbeidsstad eller besøk hos krisesenter, sjukehus o.l.",
            "Middels",
            "Høg",
            "Kort lagringstid for posisjon (72 t), berre haldeplass-nivå i historikken, tilgangsstyring og logging",
        ),
        (
            "Utlevering til politi eller andre utan tilstrekkeleg heimel",
            "Låg",
            "Høg",
            "Rutine for utleveringsførespurnader, juridisk kontroll, logg over alle utleveringar",
        ),
        (
            "Feil utsjekk gir feil pris og mistanke om snyteri",
            "Middels",
            "Middels",
            "Klageknapp i appen, manuell gjennomgang, ingen automatisk gebyr",
        ),
        (
            "Uautorisert tilgang til reisehistorikk hos databehandlar",
            "Låg",
            "Høg",
            "Kryptering, MFA for drift, revisjon av databehandlar årleg",
        ),
        (
            "Born og unge vert sporte utan at dei forstår det",
            "Middels",
            "Middels",
            "Tilpassa informasjon, samtykke frå føresette under 16, ingen marknadsføring",
        ),
    ),
    not_taken=(
        (
            "Fullstendig anonym reisekonto utan namn",
            "Kan ikkje kombinerast med rabattkontroll og fakturering; vurdert på nytt i 2028",
        ),
        (
            "Posisjon berre ved innsjekk, ikkje utsjekk",
            "Gir for mange feil i prisutrekninga; pilotdata viste 18 % feil",
        ),
    ),
    stakeholders="Brukarrådet for kollektivtrafikk, ungdomsrådet i fylket og dei tillitsvalde hos operatørane har fått presentert løysinga. Ungdomsrådet bad om at føresette ikkje skal kunne sjå reisehistorikken til ungdom over 16 år; det er teke inn.",
    residual="Restrisikoen for kartlegging av reisemønster vert vurdert som høg for ei lita gruppe (personar med skjerma adresse, valdsutsette), fordi vi ikkje kan fjerne posisjonsdata heilt utan å miste funksjonen. Difor ber vi om førehandsdrøfting.",
)

A2 = Topic(
    key="A2",
    title="Kroppskamera for billettkontrollørar",
    short="kroppskamera på billettkontrollørane",
    description=(
        "NVK vil utstyre dei 24 billettkontrollørane sine med kroppsbore kamera (lyd og bilete) på buss, snøggbåt og ferjekaianlegg. Kameraet er avslått som standard og vert slått på av kontrolløren når ein situasjon trappar seg opp; det har eit 30 sekund førebuffer som vert lagra når opptaket startar.",
        "Omfang: venteleg 300–400 opptak i året, med passasjerar, medpassasjerar og tilsette som kan kome med i biletet. Born kan kome med. Opptak kan vise helsetilstand, rus eller etnisitet.",
        "Formål: førebygge vald og truslar mot kontrollørar, og dokumentere hendingar ved politimelding eller klage. Opptak vert ikkje brukte til å vurdere kontrollørane sin arbeidsinnsats.",
        "Flyt: opptaket vert lasta opp til ein låst dokkingstasjon og vidare til Videoarkiv Vest AS (databehandlar) si skyteneste i Noreg. Sletting etter 30 dagar, med mindre opptaket er sikra til politimelding eller klagesak (inntil avslutta sak).",
        "Tilgang: berre tryggleiksleiar og ein jurist hos NVK, med logg. Utlevering berre til politiet og til klagenemnd.",
    ),
    flow=(
        ("Opptak", "Manuelt starta, 30 s førebuffer, raudt lys og lyd"),
        ("Lagring", "Kryptert på kameraet, lasta opp ved dokking"),
        ("Gjennomsyn", "Tryggleiksleiar og jurist, logga"),
        ("Utlevering", "Politi ved melding; klagenemnd ved klage"),
        ("Sletting", "30 dagar, eller når saka er avslutta"),
    ),
    necessity=(
        "Talet på truslar og vald mot kontrollørar auka frå 11 til 29 hendingar frå 2024 til 2025. Kameraet skal verke dempande og sikre bevis. Vi har prøvd opplæring i konflikthandtering og to og to i kontroll; det har ikkje vore nok.",
        "Kameraet er ikkje på heile tida, og førebufferen er avgrensa til 30 sekund. Fast videoovervaking om bord dekkjer ikkje kontrollsituasjonane på kaiane. Opptak utan lyd vart vurdert, men lyd er ofte det som viser truslane.",
    ),
    safeguards=(
        "Synleg merking på uniforma og munnleg varsel når kameraet startar.",
        "Ingen tilgang for kontrolløren sjølv til å sjå eller slette opptak.",
        "Innsyn for den registrerte etter art. 15 med sladding av andre.",
        "Avtale med tillitsvalde om at opptak ikkje vert brukte i personalsaker.",
    ),
    risks=(
        (
            "Opptak av uvedkomande, også born, i sårbare situasjonar",
            "Høg",
            "Middels",
            "Kameraet avslått som standard, kort førebuffer, sladding ved innsyn",
        ),
        (
            "Opptak vert brukte til å overvake kontrollørane",
            "Låg",
            "Høg",
            "Avtale med tillitsvalde, tilgangsstyring, logg",
        ),
        (
            "Lekkasje av opptak med helse- eller rusopplysningar",
            "Låg",
            "Høg",
            "Kryptering, låst dokking, ingen eksport utan jurist",
        ),
        (
            "Opptak vert starta for seint eller for tidleg",
            "Middels",
            "Låg",
            "Opplæring, rutine for start, evaluering etter 6 månader",
        ),
    ),
    not_taken=(
        (
            "Kontinuerleg opptak gjennom heile vakta",
            "For inngripande overfor passasjerar og tilsette",
        ),
        ("Automatisk ansiktsattkjenning i opptak", "Ikkje naudsynt for formålet, høg risiko"),
    ),
    stakeholders="Arbeidsmiljøutvalet, hovudverneombodet og tillitsvalde i Fellesforbundet er høyrde; brukarrådet har gitt innspel om merking.",
    residual="Høg restrisiko for at born og sårbare passasjerar vert filma i pressa situasjonar.",
)

# --- B: Poteklinikken Dyresykehus AS (nb) --------------------------------------------------

B1 = Topic(
    key="B1",
    title="Kamerabasert overvåking med lyd i venterom og behandlingsrom",
    short="kamera med lyd i venterom og behandlingsrom",
    description=(
        "Poteklinikken Dyresykehus AS driver 14 dyreklinikker og to dyresykehus. Vi planlegger kameraovervåking med lyd i venterom, resepsjon og behandlingsrom på alle klinikker, fordi ansatte i økende grad opplever trusler fra dyreeiere i vanskelige situasjoner (avliving, høye regninger).",
        "Omfanget er ca. 180 ansatte og om lag 95 000 kundebesøk i året. Opptakene viser kunder, dyr og ansatte, og kan vise personer i sorg og sterke følelsesmessige situasjoner.",
        "Opptak lagres lokalt på en opptaker i låst rom i 7 dager, og deretter slettes automatisk. Ved hendelser sikres klipp til anmeldelse. Leverandøren Vaktsys Sikkerhet AS drifter løsningen og har fjerntilgang for vedlikehold (databehandler).",
        "Kun klinikksjef og regionsleder har tilgang til opptak, og bare ved hendelse. All tilgang logges.",
    ),
    flow=(
        ("Innsamling", "Kamera med lyd, 14 klinikker"),
        ("Lagring", "Lokal opptaker, 7 dager"),
        ("Tilgang", "Klinikksjef / regionsleder ved hendelse"),
        ("Utlevering", "Politiet ved anmeldelse"),
    ),
    necessity=(
        "Vi hadde 37 registrerte trusselhendelser i 2025 mot 12 i 2023. Vi har prøvd alarmknapper og to ansatte ved avliving; dette har ikke vært nok. Lyd er nødvendig fordi truslene i hovedsak er verbale.",
        "Kamera i behandlingsrom begrenses til rom der avliving og vanskelige samtaler skjer, og lydopptak kan slås av med en bryter av veterinæren. Kortere lagringstid enn 7 dager er vurdert, men hendelser meldes ofte etter helgen.",
    ),
    safeguards=(
        "Tydelig skilting ved inngang og i hvert rom, med QR-kode til personvernerklæring.",
        "Lydbryter i behandlingsrom; avlivingsrommet «Stillerommet» har kun lyd når ansatt aktiverer alarm.",
        "Ingen bruk av opptak i personalsaker; skriftlig avtale med tillitsvalgte.",
        "Innsyn for kunder etter forespørsel, med sladding av andre.",
    ),
    risks=(
        (
            "Opptak av kunder i sorg og sårbare situasjoner",
            "Høy",
            "Høy",
            "Lydbryter, begrenset tilgang, 7 dagers lagring",
        ),
        (
            "Overvåking av ansatte",
            "Middels",
            "Høy",
            "Avtale med tillitsvalgte, logg, ingen personalbruk",
        ),
        (
            "Uautorisert fjerntilgang fra leverandør",
            "Lav",
            "Høy",
            "Tilgang kun etter ticket, MFA, logg",
        ),
        (
            "Opptak deles internt / på sosiale medier",
            "Lav",
            "Høy",
            "Ingen eksport uten klinikksjef, vannmerking",
        ),
    ),
    not_taken=(
        ("Kun bilde uten lyd", "Truslene er verbale; uten lyd oppnås ikke formålet"),
        (
            "Vektertjeneste i stedet",
            "Kostnad ca. 9 mill. kr i året, ikke forholdsmessig for små klinikker",
        ),
    ),
    stakeholders="Tillitsvalgte (Den norske veterinærforening og Fagforbundet), verneombud og et utvalg faste kunder (fokusgruppe) er hørt. Kundene var skeptiske til lyd i Stillerommet, derfor lyd bare ved alarm.",
    residual="Høy restrisiko for kunder i avlivingssituasjoner selv med tiltakene.",
)

B2 = Topic(
    key="B2",
    title="Kredittvurdering og automatisk forhåndsbetaling ved akuttbehandling",
    short="automatisk kredittvurdering ved akuttbehandling",
    description=(
        "Vi vil innføre automatisk kredittvurdering av dyreeiere før akuttbehandling over 15 000 kr. Systemet henter kredittscore fra Kredittopplysning Nord AS og avgjør om kunden kan få delbetaling eller må forhåndsbetale.",
        "Omfang: ca. 8 000 akuttbesøk i året, hvorav ca. 2 500 over beløpsgrensen. Opplysninger: navn, fødselsnummer, adresse, kredittscore, betalingsanmerkninger, tidligere utestående hos oss.",
        "Beslutningen er automatisert, men veterinæren kan overstyre av dyrevelferdshensyn. Resultatet lagres i journalsystemet VetJournal (levert av VetJournal ApS, Danmark, databehandler) i 12 måneder.",
    ),
    flow=(
        ("Kunde møter", "Fødselsnummer registreres i resepsjonen"),
        ("Oppslag", "Kredittopplysning Nord AS (selvstendig ansvarlig)"),
        ("Beslutning", "Regelmotor: delbetaling / forhåndsbetaling"),
        ("Lagring", "VetJournal, 12 måneder"),
    ),
    necessity=(
        "Utestående fordringer på akuttbehandling utgjorde 6,8 mill. kr i 2025. Uten kredittvurdering må vi kreve forhåndsbetaling av alle, som rammer dyrevelferden. Kredittvurdering gjør at flere får delbetaling.",
        "Grensen på 15 000 kr gjør at de fleste kunder ikke berøres. Veterinæren kan alltid overstyre, og kunden kan be om manuell vurdering (art. 22).",
    ),
    safeguards=(
        "Informasjon før oppslag og gjenpartsbrev fra kredittopplysningsbyrået.",
        "Rett til manuell overprøving, svar innen 30 minutter på døgnåpne klinikker.",
        "Ingen lagring av kredittscore utover 12 måneder.",
    ),
    risks=(
        (
            "Dyreeier nektes behandling av dyret på grunn av feil i kredittdata",
            "Middels",
            "Høy",
            "Veterinær kan overstyre; manuell vurdering",
        ),
        (
            "Diskriminering av sårbare grupper",
            "Middels",
            "Middels",
            "Årlig analyse av utfall; justering av regler",
        ),
        ("Fødselsnummer på avveie", "Lav", "Høy", "Maskering i journalsystem, tilgangsstyring"),
    ),
    not_taken=(("Kun manuell vurdering", "For tidkrevende i akuttsituasjoner"),),
    stakeholders="Forbrukerrådet er ikke hørt; kundepanelet og veterinærforeningen er hørt.",
    residual="Risikoen for at dyr ikke får behandling vurderes fortsatt som høy i enkelttilfeller.",
)

# --- C: Norges Terrengløpsforbund (nb) -----------------------------------------------------

C1 = Topic(
    key="C1",
    title="Helseovervåking av utøvere i talentprogrammet (HRV og søvn)",
    short="helseovervåking av unge utøvere i talentprogrammet",
    description=(
        "Norges Terrengløpsforbund (NTLF) vil at utøverne i talentprogrammet «Neste Nivå» (15–19 år, ca. 140 utøvere) bruker pulsklokke som sender hjertefrekvensvariabilitet (HRV), søvn, treningsbelastning og menstruasjonssyklus til forbundets trenerplattform.",
        "Formålet er å forebygge overtrening, skader og RED-S (relativ energimangel), som er et kjent problem i utholdenhetsidretter. Data vises for utøveren, personlig trener og forbundets lege. Foreldre til utøvere under 18 år ser et sammendrag.",
        "Plattformen driftes av Coachlab Oy (Finland, databehandler) med lagring i EU. Data slettes to år etter at utøveren forlater programmet. Data deles ikke med klubber eller sponsorer.",
    ),
    flow=(
        ("Klokke", "HRV, søvn, belastning, syklus (frivillig felt)"),
        ("Plattform", "Coachlab Oy, EU"),
        ("Tilgang", "Utøver, personlig trener, forbundslege"),
        ("Sletting", "2 år etter avsluttet program"),
    ),
    necessity=(
        "Helseopplysninger om mindreårige er særlig beskyttet. Vi mener behandlingen er nødvendig fordi tidlig varsling av overtrening og RED-S har dokumentert effekt, og fordi trenere i dag samler slike data i private regneark og chatgrupper uten kontroll.",
        "Behandlingen bygger på uttrykkelig samtykke (art. 9 nr. 2 a), for utøvere under 16 også fra foresatte. Syklusdata er frivillig. Utøvere som ikke samtykker, kan delta i programmet på lik linje.",
    ),
    safeguards=(
        "Frivillig deltakelse og eget samtykke for syklusdata.",
        "Utøveren kan se og slette egne data i appen.",
        "Uttak av talentlag skal ikke baseres på helsedata; skriftlig retningslinje.",
        "Trenere får opplæring og signerer taushetserklæring.",
    ),
    risks=(
        (
            "Press til å samtykke fordi utøvere frykter å miste plass",
            "Høy",
            "Høy",
            "Retningslinje om uttak, anonym varslingskanal, samtykke innhentes av lege",
        ),
        (
            "Syklusdata og spiseforstyrrelsessignaler ses av trener",
            "Middels",
            "Høy",
            "Rollestyrt visning: trener ser bare belastningsvarsel",
        ),
        (
            "Overføring utenfor EU via klokkeprodusent",
            "Middels",
            "Middels",
            "Kun eksport fra klokke til Coachlab, ikke produsentens sky",
        ),
        ("Data brukes til uttak", "Middels", "Høy", "Retningslinje og logg over trenernes oppslag"),
    ),
    not_taken=(
        ("Kun anonymiserte data til trener", "Trener må kunne følge opp den enkelte ved varsel"),
    ),
    stakeholders="Utøverkomiteen, foreldrerepresentanter og Antidoping Norge (som rådgiver) er hørt. Utøverkomiteen krevde at syklusdata ikke skal vises for trener – tatt inn.",
    residual="Høy restrisiko for at samtykket ikke er reelt frivillig for mindreårige.",
)

C2 = Topic(
    key="C2",
    title="Aldersverifisering med BankID og ansiktsbilde ved ungdomsmesterskap",
    short="aldersverifisering med ansiktsbilde ved ungdomsmesterskap",
    description=(
        "For å hindre juks med aldersklasser vil NTLF kreve at alle deltakere i ungdomsmesterskap (13–19 år, ca. 2 200 i året) verifiserer alder med BankID eller pass, og at startnummeret knyttes til et ansiktsbilde som kontrolleres ved start med nettbrett.",
        "Bildene lagres i påmeldingssystemet Startliste Pro, driftet av Idrettsdata AS (databehandler), og slettes 30 dager etter mesterskapet. Ansiktssammenligning gjøres manuelt av funksjonær, ikke automatisk.",
    ),
    flow=(
        ("Påmelding", "BankID / pass, bilde lastes opp"),
        ("Start", "Funksjonær ser bilde på nettbrett"),
        ("Sletting", "30 dager etter mesterskap"),
    ),
    necessity=(
        "Vi har hatt seks bekreftede tilfeller av feil aldersklasse siden 2023. Manuell kontroll av ID ved start tar for lang tid med 300 startende i timen.",
        "Bildet brukes bare ved start og slettes etter 30 dager. Ingen biometrisk mal lages.",
    ),
    safeguards=(
        "Foresatte samtykker for deltakere under 15.",
        "Alternativ: manuell ID-kontroll ved sekretariatet.",
        "Nettbrettene er låst og viser bare ett bilde av gangen.",
    ),
    risks=(
        (
            "Bilder av barn kommer på avveie",
            "Lav",
            "Høy",
            "Kryptering, låste nettbrett, 30 dager sletting",
        ),
        ("Funksjonærer misbruker tilgang", "Lav", "Middels", "Logg, taushetserklæring"),
        (
            "Utestengning av barn uten BankID/pass",
            "Middels",
            "Middels",
            "Alternativ manuell kontroll",
        ),
    ),
    not_taken=(("Automatisk ansiktsgjenkjenning", "Biometri om barn, ikke forholdsmessig"),),
    stakeholders="Ungdomsutvalget og klubbene er hørt på forbundstinget.",
    residual="Middels–høy restrisiko fordi det gjelder bilder av barn.",
)

# --- D: Harbour & Heath Hotels Ltd (en) ----------------------------------------------------

D1 = Topic(
    key="D1",
    title="Facial recognition express check-in at Norwegian hotels",
    short="facial recognition express check-in",
    description=(
        "Harbour & Heath Hotels Ltd operates four hotels in Norway (Bergen, Stavanger, Tromsø, Ålesund) through its Norwegian branch. We plan an optional express check-in: guests upload a selfie and passport photo in the app before arrival, and a kiosk in the lobby matches their face against the stored template to issue the room key.",
        "Scope: about 210,000 stays a year in Norway; we expect 25 % uptake. Data: name, booking reference, passport data (as required by the Norwegian guest register rules), selfie, facial template, kiosk photo.",
        "The matching runs on Keystay Systems BV's platform (processor, Netherlands, EU hosting). Templates are deleted at check-out; passport data are kept in the guest register as required by law; kiosk photos are deleted after 24 hours.",
        "Recipients: no one outside the group and the processor. Police receive the guest register only under the accommodation regulations.",
    ),
    flow=(
        ("Pre-arrival", "Selfie + passport photo uploaded in app"),
        ("Template", "Created by Keystay, encrypted, EU"),
        ("Kiosk", "1:1 match against the booking's template"),
        ("Deletion", "Template at check-out; kiosk image 24 h"),
    ),
    necessity=(
        "The purpose is to reduce queues at peak times (cruise and conference arrivals) and staff workload at night. Biometric data are special category data; we rely on explicit consent (Art. 9(2)(a)).",
        "The service is strictly optional; the front desk check-in remains available with no disadvantage. Matching is 1:1 (verification), not 1:N identification. We considered QR-code check-in: it does not verify that the holder is the guest, which is required for key issuance at night.",
    ),
    safeguards=(
        "Separate consent screen, refusal has no consequence; withdrawal in app at any time.",
        "No use of templates for marketing or security surveillance.",
        "Template deleted at check-out; deletion logged.",
        "Annual bias test of the matching algorithm on Nordic and non-Nordic faces.",
    ),
    risks=(
        (
            "Consent not freely given because queues are long for non-users",
            "Medium",
            "High",
            "Staffing rule: desk queue capped at 10 min",
        ),
        (
            "Template breach allowing impersonation",
            "Low",
            "High",
            "Encrypted templates, HSM keys, deleted at check-out",
        ),
        (
            "False rejection of guests of certain ethnicity",
            "Medium",
            "Medium",
            "Bias testing, fallback to desk without questions",
        ),
        (
            "Function creep to security watchlists",
            "Low",
            "High",
            "Contractual ban, audit of processor",
        ),
    ),
    not_taken=(
        (
            "On-device matching only (template on guest's phone)",
            "Kiosk vendor does not support it until 2028",
        ),
    ),
    stakeholders="Works council in Norway (tillitsvalgte), the group's guest advisory panel and the processor were consulted. Staff raised concerns about being asked to promote the feature; the script now says it is optional.",
    residual="High residual risk remains for biometric data despite measures; hence this request.",
)

D2 = Topic(
    key="D2",
    title="Badge location tracking of housekeeping staff",
    short="location tracking of housekeeping staff",
    description=(
        "We plan to give 160 housekeeping staff in our Norwegian hotels a Bluetooth badge that records which room they are in, to allocate rooms in real time and to trigger a panic alarm. Location data are stored for 14 days by the processor Keystay Systems BV.",
        "Data: employee number, name, room location with timestamps, alarm events. Supervisors see the current location; HR has no access. Data are not used for performance evaluation.",
    ),
    flow=(
        ("Badge", "Room-level location during shift"),
        ("Dashboard", "Supervisor sees current location only"),
        ("Storage", "14 days, Keystay, EU"),
    ),
    necessity=(
        "Lone working in guest rooms carries a safety risk; there were 9 incidents of harassment of housekeepers in 2025. Real-time allocation reduces walking time. Location is only recorded on shift and at room level.",
        "A panic button without location was considered but does not tell responders where to go.",
    ),
    safeguards=(
        "Agreement with union representatives; no use in performance reviews.",
        "Badge switched off outside shift; staff can see their own data.",
    ),
    risks=(
        (
            "Continuous monitoring of employees",
            "High",
            "Medium",
            "Only room level, only current location shown, 14 days",
        ),
        ("Use in disciplinary cases", "Medium", "High", "Written agreement, HR has no access"),
    ),
    not_taken=(("Storing no history at all", "Needed to investigate alarms"),),
    stakeholders="Union representatives (Fellesforbundet) and the safety delegate were consulted.",
    residual="Medium-high residual risk of perceived surveillance.",
)

# --- E: Telefjord AS (nb) ------------------------------------------------------------------

E1 = Topic(
    key="E1",
    title="Mobilitetsanalyse basert på lokasjonsdata fra mobilnettet",
    short="mobilitetsanalyse av lokasjonsdata fra mobilnettet",
    description=(
        "Telefjord AS er mobiloperatør med ca. 610 000 abonnenter. Vi vil tilby kommuner og fylkeskommuner statistikk over bevegelser mellom områder (pendling, turisme, beredskap), basert på hvilke basestasjoner abonnentenes telefoner er koblet til.",
        "Rådata (abonnent-ID, basestasjon, tidspunkt) pseudonymiseres med en nøkkel som roteres hver 24. time, og aggregeres til ruter på 500 x 500 m i byer og 2 x 2 km ellers. Kunder får bare aggregerte tall med minst 20 personer per celle.",
        "Behandlingen skjer i Telefjords eget datasenter i Oslo. Analyseplattformen leveres av Geoflyt AS som databehandler med fjerndriftstilgang. Rådata slettes etter 14 dager.",
    ),
    flow=(
        ("Nettdata", "Basestasjon og tidspunkt per abonnent"),
        ("Pseudonymisering", "Roterende nøkkel, 24 t"),
        ("Aggregering", "Ruter 500 m / 2 km, k ≥ 20"),
        ("Levering", "Dashbord til kommuner"),
        ("Sletting", "Rådata 14 dager"),
    ),
    necessity=(
        "Kommunene trenger pålitelige bevegelsesdata for beredskap og planlegging; spørreundersøkelser er dyre og utdaterte. Ekomloven § 3-6/ekomforskriften begrenser bruk av trafikkdata; vi anonymiserer før utlevering.",
        "Vi bruker bare data vi allerede har for nettdrift, og aggregerer tidlig. Kortere nøkkelrotasjon (1 time) er vurdert, men gir ikke pendlerstrømmer.",
    ),
    safeguards=(
        "Reservasjon i Min side for abonnenter som ikke vil inngå.",
        "Ingen enkeltpersondata ut av Telefjord.",
        "Uavhengig re-identifiseringstest årlig.",
    ),
    risks=(
        (
            "Re-identifisering i tynt befolkede områder",
            "Middels",
            "Høy",
            "2 km ruter, k ≥ 20, støy",
        ),
        ("Kunde kombinerer data med andre kilder", "Middels", "Middels", "Avtalevilkår, revisjon"),
        ("Myndigheter krever tilgang til rådata", "Lav", "Høy", "Rådata slettes etter 14 dager"),
    ),
    not_taken=(("Samtykkebasert modell", "Gir for lite og skjevt utvalg"),),
    stakeholders="Forbrukerrådet og to pilotkommuner er hørt.",
    residual="Høy restrisiko for re-identifisering i distriktene.",
)

E2 = Topic(
    key="E2",
    title="Automatisk deteksjon av SIM-svindel og kontoovertakelse",
    short="deteksjon av SIM-svindel",
    description=(
        "Telefjord vil bruke maskinlæring for å oppdage SIM-bytte-svindel: modellen analyserer kundens bruksmønster (innlogginger, enhets-ID, lokasjon på fylkesnivå, tidspunkt for SIM-bytte) og stopper SIM-bytte med høy risikoscore inntil kunden har bekreftet med BankID.",
        "Omfang: alle 610 000 abonnenter, ca. 40 000 SIM-bytter i året. Modellen kjøres i Telefjords egen sky. Leverandøren Fraudsense Ltd (Storbritannia, databehandler) trener modellen på pseudonymiserte data.",
        "Lagring: risikoscore 90 dager, hendelser som fører til anmeldelse i 3 år.",
    ),
    flow=(
        ("SIM-bytte", "Forespørsel i butikk, app eller kundeservice"),
        ("Scoring", "Modell, sanntid"),
        ("Stopp", "BankID-bekreftelse ved høy score"),
    ),
    necessity=(
        "Svindel med SIM-bytte ga kundene tap på ca. 14 mill. kr i 2025. Manuell kontroll rekker ikke i sanntid.",
        "Modellen bruker bare data vi allerede har; stopp gir kort forsinkelse, ikke avslag.",
    ),
    safeguards=(
        "Kunden kan alltid fullføre med BankID eller i butikk med legitimasjon.",
        "Manuell overprøving ved klage.",
    ),
    risks=(
        (
            "Falske positive rammer eldre og kunder uten BankID",
            "Middels",
            "Middels",
            "Butikkalternativ, overvåking av feilrate",
        ),
        ("Overføring til Storbritannia", "Lav", "Middels", "Adekvansbeslutning, pseudonymisering"),
    ),
    not_taken=(("Full forklaring av score til kunden", "Vil kunne brukes av svindlere"),),
    stakeholders="Kundepanel og Finans Norge er hørt.",
    residual="Middels restrisiko.",
)

# --- F: Apotek Nordlys AS via Kvartal Rådgivning AS (nb) ------------------------------------

F1 = Topic(
    key="F1",
    title="Reseptpåminnelser og personlig helseprofil i appen «Nordlys Pluss»",
    short="reseptpåminnelser og helseprofil i kundeappen",
    description=(
        "Apotek Nordlys AS (62 apotek) vil utvide kundeklubbappen «Nordlys Pluss» med påminnelser om fornyelse av faste resepter, oversikt over kjøpte legemidler og «personlige anbefalinger» av reseptfrie produkter basert på kjøpshistorikk.",
        "Omfang: ca. 280 000 medlemmer. Opplysninger: navn, fødselsnummer (for reseptoppslag i Reseptformidleren med kundens samtykke), legemiddelhistorikk, kjøp av reseptfrie varer, alder og kjønn.",
        "Appen og databasen driftes av Appverket AS (databehandler) i Norge; anbefalingsmotoren av Recomate GmbH (underdatabehandler, Tyskland). Data slettes 24 måneder etter siste kjøp, eller ved utmelding.",
    ),
    flow=(
        ("Medlemskap", "Samtykke i app"),
        ("Reseptoppslag", "Reseptformidleren, per innlogging"),
        ("Påminnelser", "Push-varsel uten legemiddelnavn"),
        ("Anbefalinger", "Recomate, pseudonymisert kjøpshistorikk"),
    ),
    necessity=(
        "Formålet er bedre etterlevelse av legemiddelbruk (mange slutter på faste medisiner fordi resepten går ut) og et mer relevant tilbud. Helseopplysninger behandles på grunnlag av uttrykkelig samtykke (art. 9 nr. 2 a).",
        "Anbefalinger er en egen funksjon med eget samtykke. Push-varsler viser ikke legemiddelnavn på låseskjermen. Vi har vurdert SMS-påminnelser, men de er mindre sikre.",
    ),
    safeguards=(
        "Separate samtykker for påminnelser og anbefalinger; kan trekkes i appen.",
        "Ingen anbefalinger basert på legemidler i ATC-gruppe N05/N06 (psykiatri) eller prevensjon.",
        "Innsyn og sletting i appen.",
    ),
    risks=(
        (
            "Helseopplysninger utledes av anbefalinger og vises for andre",
            "Middels",
            "Høy",
            "Unntak av sensitive grupper, ingen navn i push",
        ),
        (
            "Samtykke ikke informert pga. lange vilkår",
            "Middels",
            "Middels",
            "Lagdelt informasjon, egen samtykkeskjerm",
        ),
        (
            "Uautorisert tilgang hos underdatabehandler",
            "Lav",
            "Høy",
            "Pseudonymisering, EU-lagring, revisjon",
        ),
        (
            "Fødselsnummer lekker fra appen",
            "Lav",
            "Høy",
            "Token, ingen lagring av fnr. på telefonen",
        ),
    ),
    not_taken=(
        (
            "Ingen personlige anbefalinger",
            "Forretningsmessig ikke aktuelt; samtykkebasert i stedet",
        ),
    ),
    stakeholders="Farmasøytisk råd i kjeden, kundepanelet og Apotekforeningens jurister er hørt.",
    residual="Høy restrisiko for utledning av helseforhold.",
)

F2 = Topic(
    key="F2",
    title="Kamera med automatisk atferdsanalyse mot tyveri i apotek",
    short="kamera med atferdsanalyse mot tyveri",
    description=(
        "Apotek Nordlys vil ta i bruk kameraanalyse som varsler ansatte ved «mistenkelig atferd» (for eksempel at varer puttes i lomma) i 20 apotek med høyt svinn. Analysen skjer i sanntid på en boks i apoteket; varsel sendes til ansattes nettbrett med et 5-sekunders klipp.",
        "Leverandør: Vaktøye AS (databehandler). Klipp lagres 7 dager. Ingen ansiktsgjenkjenning.",
    ),
    flow=(
        ("Kamera", "Eksisterende kameraer, butikklokalet"),
        ("Analyse", "Lokalt, sanntid"),
        ("Varsel", "5 s klipp til nettbrett"),
    ),
    necessity=(
        "Svinn i de 20 apotekene var 4,1 mill. kr i 2025, og ansatte opplever konfrontasjoner. Analysen gir grunnlag for å hilse på kunden, ikke for anholdelse. Behandlingsgrunnlag er berettiget interesse (art. 6 nr. 1 f); interesseavveiningen er dokumentert.",
        "Vi bruker eksisterende kameraer, analysen skjer lokalt og bare i kundeareal, og bare 5-sekunders klipp lagres. Flere vektere og varesikring er vurdert, men varesikring går ikke på små legemiddelpakninger, og vektere i 20 apotek er uforholdsmessig dyrt.",
    ),
    safeguards=(
        "Skilting ved inngang, ingen ansiktsgjenkjenning, 7 dagers lagring.",
        "Varsel fører aldri automatisk til anmeldelse eller utestengelse.",
        "Innsyn i klipp etter forespørsel.",
    ),
    risks=(
        (
            "Feilaktig mistanke mot kunder (skjevhet)",
            "Middels",
            "Høy",
            "Ansatt vurderer alltid klippet; ingen automatisk anmeldelse",
        ),
        ("Overvåking av ansatte", "Middels", "Middels", "Analyse bare på kundeareal"),
        (
            "Klipp deles eller lagres lenger enn nødvendig",
            "Lav",
            "Middels",
            "Automatisk sletting, ingen eksport fra nettbrett",
        ),
    ),
    not_taken=(("Ansiktsgjenkjenning mot kjente tyver", "Ulovlig/uforholdsmessig"),),
    stakeholders="Tillitsvalgte og verneombud er hørt.",
    residual="Middels restrisiko.",
)

# --- G: Nordområdeinstituttet for samfunnsforskning (nb) -----------------------------------

G1 = Topic(
    key="G1",
    title="Registerkobling og intervjuer: unge uføre i Nord-Norge (prosjektet UNGUF)",
    short="forskningsprosjektet UNGUF med registerkobling",
    description=(
        "Nordområdeinstituttet for samfunnsforskning (NISF) skal studere veien inn i uføretrygd for unge voksne (18–29 år) i Nord-Norge. Prosjektet kobler data fra NAV (ytelser), Norsk pasientregister (diagnosegrupper), SSB (utdanning, inntekt) og Lånekassen for alle ca. 9 400 unge uføre i landsdelen, og intervjuer 60 av dem.",
        "Opplysninger: fødselsnummer (erstattes med løpenummer av SSB), diagnosekoder på kapittelnivå, ytelser, utdanning, inntekt, bosted på kommunenivå, intervjutranskripsjoner. Særlige kategorier: helse.",
        "Data behandles på instituttets egen sikre forskningsserver (NISF-Sikker), som driftes av instituttets IT-avdeling. Det er ingen databehandler. Data anonymiseres ved prosjektslutt 31.12.2030; koblingsnøkkel oppbevares hos SSB.",
        "Mottakere: ingen utover prosjektgruppen (6 forskere). Publisering bare av aggregerte resultater.",
    ),
    flow=(
        ("Registerdata", "NAV, NPR, SSB, Lånekassen via SSB"),
        ("Intervjuer", "60 informanter, samtykke"),
        ("Lagring", "NISF-Sikker, 2FA"),
        ("Anonymisering", "31.12.2030"),
    ),
    necessity=(
        "Behandlingen er nødvendig for vitenskapelig forskning i allmennhetens interesse (art. 6 nr. 1 e og art. 9 nr. 2 j, jf. personopplysningsloven § 8 og § 9). REK har gitt forhåndsgodkjenning etter helseforskningsloven for koblingen mot NPR.",
        "Vi har vurdert å bruke bare anonyme SSB-tabeller, men de gir ikke forløp over tid. Intervjuene krever samtykke; registerdelen bygger på dispensasjon fra taushetsplikt.",
    ),
    safeguards=(
        "Informasjon på prosjektets nettside og annonse i regionaviser; reservasjonsrett.",
        "Minste nødvendige detaljnivå: diagnoser på kapittelnivå, bosted på kommunenivå.",
        "Ingen publisering av celler under 5.",
    ),
    risks=(
        (
            "Bakveisidentifisering i små kommuner",
            "Middels",
            "Høy",
            "Sammenslåing av kommuner under 5 000 innbyggere",
        ),
        ("Intervjuer gjenkjennes i sitater", "Middels", "Middels", "Sitatsjekk med informant"),
        ("Uautorisert tilgang til koblet datasett", "Lav", "Høy", "NISF-Sikker, 2FA, logg"),
    ),
    not_taken=(
        (
            "Individuell samtykke for registerdelen",
            "Umulig å nå 9 400 personer uten skjevt frafall",
        ),
    ),
    stakeholders="Brukerorganisasjonen Unge funksjonshemmede og NAVs brukerutvalg i Nordland er hørt.",
    residual="Høy restrisiko for bakveisidentifisering i små kommuner.",
)

G2 = Topic(
    key="G2",
    title="Sensorstudie av arbeidsmiljø i fiskeindustrien (prosjektet KALDTARBEID)",
    short="sensorstudien KALDTARBEID",
    description=(
        "NISF skal måle belastning hos 120 ansatte i fiskeforedling: bærbare sensorer registrerer puls, hudtemperatur, bevegelse og posisjon innenfor anlegget i to uker, kombinert med spørreskjema.",
        "Data lagres på NISF-Sikker; sensorleverandøren har ikke tilgang. Ingen databehandler. Data anonymiseres etter 5 år.",
    ),
    flow=(
        ("Sensor", "Puls, temperatur, bevegelse, posisjon"),
        ("Overføring", "USB-tømming på NISF-laptop, kryptert"),
        ("Lagring", "NISF-Sikker"),
    ),
    necessity=(
        "Forskning i allmennhetens interesse: kuldeeksponering og belastningsskader i fiskeindustrien er lite dokumentert. Behandlingsgrunnlag er samtykke fra hver deltaker (art. 6 nr. 1 a og art. 9 nr. 2 a).",
        "Spørreskjema alene gir ikke pålitelige belastningsdata. Måleperioden er begrenset til to uker, posisjon bare på sonenivå, og arbeidsgiver får ikke individdata.",
    ),
    safeguards=(
        "Arbeidsgiver får kun aggregert rapport.",
        "Deltaker kan trekke seg uten begrunnelse.",
    ),
    risks=(
        (
            "Arbeidsgiver presser ansatte til å delta",
            "Middels",
            "Middels",
            "Rekruttering via tillitsvalgte",
        ),
        (
            "Posisjonsdata viser pauser og toalettbesøk",
            "Høy",
            "Middels",
            "Posisjon bare på soner, ikke toalett",
        ),
    ),
    not_taken=(("Ingen posisjon", "Trengs for kuldeeksponering per sone"),),
    stakeholders="Tillitsvalgte i NNN er hørt.",
    residual="Middels restrisiko.",
)

# --- H: Stiftinga Solbakken Omsorgssenter (nn) ---------------------------------------------

H1 = Topic(
    key="H1",
    title="Digitalt nattilsyn med sensor og kamera i bebuarrom",
    short="digitalt nattilsyn med kamera i bebuarrom",
    description=(
        "Stiftinga Solbakken Omsorgssenter driv eit omsorgssenter med 64 plassar, mellom anna ei skjerma avdeling for personar med demens. Vi vil ta i bruk digitalt nattilsyn: ein sensor i taket oppdagar fall, at bebuaren går ut av senga eller er uroleg, og sender varsel til nattevakta. Ved varsel kan nattevakta sjå eit anonymisert «strekbilete»; fullt kamerabilete berre dersom strekbiletet ikkje er nok til å vurdere situasjonen.",
        "Omfang: inntil 64 bebuarar, mange utan samtykkekompetanse. Opplysningar: varsel, tidspunkt, strekbilete, ved behov kamerabilete (ikkje lagra), helseopplysningar i journal.",
        "Leverandør og databehandlar: Omsorgsteknikk Vest AS, som driftar varslingsplattforma i Noreg. Varsellogg vert lagra i 3 månader; ingen bilete vert lagra.",
        "Vedtak etter pasient- og brukarrettslova kap. 4A vert gjort for bebuarar som motset seg tiltaket.",
    ),
    flow=(
        ("Sensor", "Fall, ut av seng, uro"),
        ("Varsel", "Til nattevakt sin telefon"),
        ("Strekbilete", "Anonymisert, ikkje lagra"),
        ("Kamerabilete", "Berre ved behov, ikkje lagra"),
        ("Logg", "3 månader"),
    ),
    necessity=(
        "I dag går nattevakta runde kvar time og vekkjer bebuarar. Digitalt tilsyn gir betre søvn og raskare hjelp ved fall. Tiltaket er heimla i helse- og omsorgslovgivinga og avgjersle om kvar bebuar vert teken etter samtale med pårørande.",
        "Strekbilete først, kamera berre ved behov. Bebuarar med samtykkekompetanse kan seie nei. Vi har vurdert berre fallsensor utan bilete; då må nattevakta gå til rommet ved kvart varsel, som vekkjer bebuaren.",
    ),
    safeguards=(
        "Individuell vurdering for kvar bebuar, dokumentert i journal.",
        "Pårørande vert informerte og kan klage.",
        "Ingen lagring av bilete; logg over kven som har sett kamerabilete.",
    ),
    risks=(
        (
            "Krenking av privatliv og verdigheit i eige rom",
            "Høg",
            "Høg",
            "Strekbilete først, ingen lagring, logg",
        ),
        (
            "Bebuarar utan samtykkekompetanse vert overvaka utan reell vurdering",
            "Middels",
            "Høg",
            "Individuell vurdering, kap. 4A-vedtak ved motstand",
        ),
        (
            "Uvedkomande ser bilete på nattevakta sin telefon",
            "Låg",
            "Middels",
            "Låste telefonar, bilete forsvinn etter 60 s",
        ),
    ),
    not_taken=(
        ("Berre fallsensor utan bilete", "Vekkjer bebuarar unødig; reduserer ikkje ulempa"),
    ),
    stakeholders="Pårørandeutvalet, tillitsvalde og verneombod, og kommunen sin fagleg ansvarlege lege er høyrde. Pårørandeutvalet ønskte at kamerabilete ikkje skulle brukast i det heile; vi har avgrensa det til når strekbilete ikkje er nok.",
    residual="Høg restrisiko for krenking av verdigheit for bebuarar utan samtykkekompetanse.",
)

H2 = Topic(
    key="H2",
    title="GPS-sporing av bebuarar med demens",
    short="GPS-sporing av bebuarar med demens",
    description=(
        "Solbakken vil la bebuarar med demens som går ut åleine bere ein GPS-klokke, slik at personalet kan finne dei. Posisjon vert berre vist når bebuaren går ut av eit geografisk område rundt senteret. Leverandør: Trygglokk AS (databehandlar). Posisjonar vert sletta etter 48 timar.",
    ),
    flow=(
        ("Klokke", "Posisjon kvart 5. minutt utanfor sona"),
        ("Varsel", "Til vakttelefon"),
        ("Sletting", "48 timar"),
    ),
    necessity=(
        "Fem bebuarar har gått seg bort det siste året, éin av dei i kaldt vêr. Alternativet er låste dører eller følgje av personale på alle turar, som er meir inngripande og ikkje realistisk. GPS gir fridom til å gå tur åleine.",
        "Posisjon vert berre registrert utanfor sona rundt senteret, og berre for bebuarar der fagleg ansvarleg har gjort ei individuell vurdering. Bebuarar med samtykkekompetanse vel sjølv; for andre vert det gjort vedtak etter pasient- og brukarrettslova kap. 4A ved motstand.",
    ),
    safeguards=(
        "Vedtak for kvar bebuar; pårørande informerte og kan klage til Statsforvaltaren.",
        "Klokka kan takast av; ho er ikkje låst til armen.",
        "Posisjonar vert sletta etter 48 timar.",
    ),
    risks=(
        ("Kartlegging av bebuar sine rørsler", "Middels", "Middels", "Berre utanfor sona, 48 t"),
        (
            "Bebuar utan samtykkekompetanse vert spora utan reell vurdering",
            "Middels",
            "Høg",
            "Individuell vurdering, kap. 4A-vedtak",
        ),
        (
            "Posisjon kjem på avvege hos leverandøren",
            "Låg",
            "Middels",
            "Databehandlaravtale, kryptering, sletting",
        ),
    ),
    not_taken=(("Sanntidssporing heile tida", "For inngripande"),),
    stakeholders="Pårørandeutvalet er høyrt.",
    residual="Middels restrisiko.",
)

# --- I: Pulsly AS (nb) ---------------------------------------------------------------------

I1 = Topic(
    key="I1",
    title="Stemningsdagbok med KI-samtalestøtte for unge voksne",
    short="KI-samtalestøtte i stemningsdagboka Pulsly",
    description=(
        "Pulsly er en app der brukere (18–30 år) logger humør, søvn og energi daglig, og kan «snakke med» en KI-assistent som foreslår mestringsteknikker. Vi vil nå lansere en funksjon som oppdager tegn på alvorlig depresjon eller selvmordsfare i tekst og humørlogg, og da viser hjelpetelefoner og tilbyr å kontakte en samarbeidende psykolog.",
        "Omfang: ca. 35 000 aktive brukere i Norge. Opplysninger: e-post, alder, fritekst i dagbok og chat, humørscore, søvn, risikovarsel. Helseopplysninger i stort omfang.",
        "Språkmodellen kjøres hos Modellsky AS (databehandler, Norge, EU-modell). Fritekst sendes uten identitet; risikovarselet lagres i 30 dager. Dagboka lagres til brukeren sletter kontoen.",
        "Psykologene er selvstendig behandlingsansvarlige når brukeren har valgt å kontakte dem.",
    ),
    flow=(
        ("Dagbok/chat", "Fritekst og humørscore"),
        ("Analyse", "Modellsky, uten identitet"),
        ("Risikovarsel", "Vises for brukeren; lagres 30 d"),
        ("Psykolog", "Kun hvis brukeren velger det"),
    ),
    necessity=(
        "Brukere skriver allerede om mørke tanker i appen; å ikke reagere er etisk og faglig uforsvarlig. Funksjonen bygger på uttrykkelig samtykke (art. 9 nr. 2 a) ved aktivering.",
        "Vi har vurdert manuell gjennomgang av fritekst (uforholdsmessig inngripende) og å ikke ha funksjonen (brukere får ingen hjelp). Vi varsler aldri andre enn brukeren uten brukerens valg.",
    ),
    safeguards=(
        "Funksjonen er av som standard; eget samtykke.",
        "Ingen varsling til tredjepart uten at brukeren trykker selv.",
        "Fagrådgiver (psykologspesialist) godkjenner tekstene som vises.",
    ),
    risks=(
        (
            "Feil klassifisering: bruker med alvorlig risiko fanges ikke opp",
            "Middels",
            "Høy",
            "Hjelpetelefoner alltid synlige; modellen testes kvartalsvis",
        ),
        (
            "Falsk alarm oppleves stigmatiserende",
            "Middels",
            "Middels",
            "Varsomme formuleringer, kan slås av",
        ),
        ("Lekkasje av dagbøker", "Lav", "Høy", "Kryptering, ingen identitet til modellen"),
        ("Mindreårige bruker appen", "Middels", "Middels", "Aldersbekreftelse ved registrering"),
    ),
    not_taken=(
        ("Varsling til pårørende ved høy risiko", "Krever annen rettslig vurdering; ikke innført"),
    ),
    stakeholders="Brukerpanel (12 brukere), Mental Helse Ungdom og to psykologer er hørt.",
    residual="Høy restrisiko ved feilklassifisering.",
)

I2 = Topic(
    key="I2",
    title="Arbeidsgivertilbud: Pulsly for bedrifter med anonym trivselsrapport",
    short="Pulsly for bedrifter med trivselsrapport",
    description=(
        "Bedrifter kan kjøpe Pulsly til sine ansatte. Arbeidsgiver får en månedlig trivselsrapport aggregert per avdeling (minst 8 personer). Ansatte bruker samme app; dagbok og chat deles aldri.",
        "Omfang: to pilotkunder med ca. 900 ansatte. Databehandler: Modellsky AS.",
    ),
    flow=(
        ("Ansatt", "Humørscore"),
        ("Rapport", "Aggregert, n ≥ 8"),
    ),
    necessity=(
        "Arbeidsgivere har plikt til å følge opp psykososialt arbeidsmiljø, og dagens medarbeiderundersøkelser er årlige. Den ansattes bruk bygger på samtykke; arbeidsgiver mottar bare anonyme, aggregerte tall.",
        "Grensen på minst 8 personer per avdeling, og at dagbok og chat aldri inngår, gjør at behandlingen ikke går lenger enn nødvendig. Vi har vurdert å gi rapport per team, men det gir for små grupper.",
    ),
    safeguards=(
        "Frivillig; arbeidsgiver får ikke vite hvem som bruker appen.",
        "Ansatte kan koble fra arbeidsgiverkontoen uten at arbeidsgiver får beskjed.",
    ),
    risks=(
        (
            "Små avdelinger gjør det mulig å identifisere ansatte",
            "Middels",
            "Høy",
            "n ≥ 8, sammenslåing av avdelinger",
        ),
        (
            "Press til å bruke appen",
            "Middels",
            "Middels",
            "Ingen oversikt over brukere til arbeidsgiver",
        ),
    ),
    not_taken=(("Rapport per team", "For små grupper"),),
    stakeholders="Tillitsvalgte i pilotbedriftene er hørt.",
    residual="Middels restrisiko.",
)

# --- J: Helix Talent Partners Ltd (en) ------------------------------------------------------

J1 = Topic(
    key="J1",
    title="AI-assisted video interview screening for Norwegian clients",
    short="AI-assisted video interview screening",
    description=(
        "Helix Talent Partners Ltd (Dublin) recruits for about 40 Norwegian employers in offshore, healthcare and IT through its Oslo branch. We plan to introduce asynchronous video interviews where candidates record answers, and an AI tool transcribes the answers and scores them against job criteria. Recruiters see the score and the transcript and decide who goes to the next round.",
        "Scope: about 6,000 candidates a year in Norway. Data: name, contact details, CV, video, voice, transcript, competence scores. The tool does not analyse facial expressions or emotion.",
        "Processor: Vidscreen Inc. (US, hosting in the EU, Frankfurt) under SCCs and the EU-US Data Privacy Framework. Videos are deleted 6 months after the process ends; scores 12 months.",
        "Recipients: the client employer sees the shortlist with the recruiter's assessment, not the raw AI score.",
    ),
    flow=(
        ("Invitation", "Candidate records answers"),
        ("Transcription", "Vidscreen, EU"),
        ("Scoring", "Criteria set per role by recruiter"),
        ("Decision", "Recruiter, human review of all candidates"),
        ("Deletion", "Video 6 months, scores 12 months"),
    ),
    necessity=(
        "High application volumes for offshore roles (up to 800 per vacancy) make manual first-round screening slow and inconsistent. Lawful basis: legitimate interests (Art. 6(1)(f)) for the screening; candidates may opt for a live interview instead.",
        "No emotion or facial analysis; scores only on transcript content against job criteria. Every candidate's transcript is seen by a recruiter; the AI score cannot reject anyone on its own (Art. 22).",
    ),
    safeguards=(
        "Opt-out to a live telephone interview without disadvantage.",
        "Plain-language notice in Norwegian and English, with how the score is used.",
        "Quarterly bias audit (gender, age, native language).",
    ),
    risks=(
        (
            "Indirect discrimination of non-native Norwegian speakers",
            "High",
            "High",
            "Bias audit, language-neutral criteria, human review",
        ),
        (
            "Candidates feel forced to accept AI screening",
            "Medium",
            "Medium",
            "Opt-out, no disadvantage",
        ),
        ("Transfer to the US processor", "Low", "High", "EU hosting, SCCs, DPF, encryption"),
        (
            "Scores reused for other vacancies",
            "Medium",
            "Medium",
            "Scores tied to one vacancy, deleted after 12 months",
        ),
    ),
    not_taken=(
        (
            "Removing the score and showing only transcripts",
            "Does not solve the volume problem; reviewed again after pilot",
        ),
    ),
    stakeholders="A candidate panel of 15 recent applicants, two client employers' union representatives and the Equality and Anti-Discrimination Ombud's guidance were taken into account.",
    residual="High residual risk of indirect discrimination remains.",
)

J2 = Topic(
    key="J2",
    title="Background screening of candidates for safety-critical offshore roles",
    short="background screening for offshore roles",
    description=(
        "For safety-critical offshore roles, clients ask us to verify identity, education, employment history and, where the law allows, police certificates. We plan to automate collection through a portal run by Checkwise Ltd (processor, Ireland).",
        "Scope: about 900 candidates a year. Data are deleted 3 months after hiring decision.",
    ),
    flow=(
        ("Consent", "Candidate starts screening in portal"),
        ("Checks", "Education, employment, identity"),
        ("Report", "To client"),
    ),
    necessity=(
        "Clients operating offshore installations must ensure that personnel in safety-critical roles are who they claim to be and hold the stated qualifications; forged certificates were found in 14 of 900 checks in 2025. Lawful basis: legitimate interests (Art. 6(1)(f)) for identity, education and employment checks; police certificates only where Norwegian law authorises the client to require one (Art. 10 GDPR, politiregisterloven).",
        "We collect only what the role requires: no credit checks, no social media, no health data. Checks run only after an offer is likely, not for all applicants, and the candidate starts the screening.",
    ),
    safeguards=(
        "Candidate sees the report before it is sent and can comment or correct.",
        "Police certificates are viewed by the client, never stored by us.",
        "Deletion 3 months after the hiring decision.",
    ),
    risks=(
        ("Inaccurate records harm candidates", "Medium", "High", "Candidate review before sending"),
        (
            "Police certificate information processed without legal basis",
            "Low",
            "High",
            "Legal check per role; certificate shown, not stored",
        ),
        (
            "Excessive checks (scope creep by clients)",
            "Medium",
            "Medium",
            "Fixed check menu per role category",
        ),
    ),
    not_taken=(("Social media screening", "Disproportionate"),),
    stakeholders="Client HR leads were consulted.",
    residual="Medium residual risk.",
)

TOPICS = {
    t.key: t
    for t in (A1, A2, B1, B2, C1, C2, D1, D2, E1, E2, F1, F2, G1, G2, H1, H2, I1, I2, J1, J2)
}
