"""The planned processings of blind10, each in its sender's language (invented facts)."""

from __future__ import annotations

from personas import Topic

# --- A: church denomination (nb) --------------------------------------------------------------

A_PASTORAL = Topic(
    title="Felles medlems- og sjelesorgregister for menighetene",
    what=(
        "Vi vil samle medlemsregistrene til 86 menigheter i ett system og la pastorer føre "
        "korte notater om sjelesorgsamtaler og diakonale besøk. Formålet er bedre oppfølging "
        "av sårbare medlemmer og kontinuitet når pastorer bytter menighet."
    ),
    scope=(
        "Om lag 21 000 medlemmer, også barn fra dåp. Opplysningene viser religiøs tilhørighet "
        "(artikkel 9), og notatene kan omtale helse, samliv og økonomi. Notater slettes fem år "
        "etter siste kontakt."
    ),
    flow=(
        "Kilde er medlemmene selv og pastorene. Systemet leveres av Kirkedata AS som "
        "databehandler og driftes i Norge. Bare pastor og diakon i egen menighet ser notatene; "
        "sekretariatet ser bare medlemsdata. Tofaktorinnlogging og logg over alle oppslag."
    ),
    need=(
        "Menighetene fører i dag notater på papir og i private dokumenter, med svak "
        "tilgangsstyring. Behandlingsgrunnlaget er artikkel 9 nr. 2 bokstav d."
    ),
    proportional=(
        "Vi har vurdert å la hver menighet ha egne systemer, men det gir dårligere sikkerhet. "
        "Notatfeltet er begrenset til 500 tegn og har veiledning om hva som ikke skal skrives."
    ),
    safeguards=(
        "Medlemmene får informasjon ved innmelding og i årsbrevet.",
        "Den som omtales kan be om innsyn i egne notater hos sin pastor.",
        "Barn under 15 år får ikke sjelesorgnotater.",
    ),
    risks=(
        ("Notater leses av uvedkommende i menigheten", "høy", "Rollebasert tilgang og logg"),
        ("Opplysninger om tro og samliv lekker", "høy", "Kryptering og tofaktor"),
        ("Medlemmer føler seg overvåket og uteblir", "middels", "Åpen informasjon, reservasjon"),
    ),
    not_done=(
        "Ende-til-ende-kryptering av notatene er vurdert, men ikke innført fordi "
        "leverandøren ikke støtter det før 2028."
    ),
)

A_CAMP = Topic(
    title="Digitale helseskjema for barne- og ungdomsleirer",
    what=(
        "Foreldre skal fylle ut helseskjema for barn som deltar på våre 40 sommerleirer: "
        "allergier, medisiner, diagnoser og behov for tilrettelegging. Leirledere bruker "
        "opplysningene under leiren."
    ),
    scope=(
        "Om lag 3 200 barn mellom 8 og 17 år per sommer. Helseopplysninger etter artikkel 9. "
        "Skjemaene slettes 30 dager etter leiren."
    ),
    flow=(
        "Foreldrene fyller ut skjema i påmeldingsløsningen fra Leirsys ApS i Danmark "
        "(databehandler). Leirleder laster ned en leirliste til nettbrett uten nettilgang."
    ),
    need=(
        "Leirlederne må vite om alvorlige allergier og medisiner for å kunne gi forsvarlig "
        "tilsyn. Samtykke fra foreldrene etter artikkel 9 nr. 2 bokstav a."
    ),
    proportional=(
        "Skjemaet spør bare om forhold som har betydning under leiren. Papir er vurdert, men "
        "papirlister har blitt liggende igjen på leirstedene."
    ),
    safeguards=(
        "Foreldrene ser og kan rette skjemaet fram til leiren.",
        "Bare leirleder og leirsykepleier har tilgang.",
        "Automatisk sletting etter 30 dager.",
    ),
    risks=(
        ("Nettbrett med leirliste mistes", "høy", "Kryptert enhet, fjernsletting"),
        ("Opplysninger brukes til annet enn leiren", "middels", "Tilgang stenges etter leiren"),
        ("Feil i skjemaet gir feil behandling", "middels", "Foreldre bekrefter før avreise"),
    ),
    not_done="Lagring i Norge i stedet for Danmark er vurdert, men ingen norsk leverandør fantes.",
)

A_STREAM = Topic(
    title="Direktestrømming av gudstjenester og begravelser",
    what=(
        "Menighetene vil strømme gudstjenester, dåp og begravelser på nett med faste kameraer "
        "i kirkerommet, slik at syke og eldre kan delta hjemmefra."
    ),
    scope=(
        "Alle som deltar i kirkerommet, også barn og sørgende. Opptakene viser religiøs "
        "tilhørighet. Opptak ligger tilgjengelig i 14 dager."
    ),
    flow=(
        "Strømmen går via Strømkirken AS (databehandler) til en lukket side som krever "
        "innlogging. Ingen videredeling til sosiale medier."
    ),
    need=(
        "Mange eldre medlemmer kan ikke lenger komme til kirken. Berettiget interesse og "
        "artikkel 9 nr. 2 bokstav d."
    ),
    proportional=(
        "Kameraene filmer bare alteret og prekestolen; benkeradene er utenfor bildet unntatt "
        "de tre bakerste radene, som er merket."
    ),
    safeguards=(
        "Skilt ved inngangen og egne «kamerafrie» benker.",
        "Begravelser strømmes bare etter ønske fra de pårørende.",
        "Opptak slettes etter 14 dager.",
    ),
    risks=(
        ("Deltakere identifiseres som troende mot sin vilje", "høy", "Kamerafri sone, skilting"),
        ("Opptak kopieres og spres", "middels", "Innlogging og vannmerke"),
    ),
    not_done="Automatisk sladding av ansikter er vurdert, men er for upresis i dag.",
)

# --- B: aquaculture (nn) ---------------------------------------------------------------------

B_CAMERA = Topic(
    title="KI-kamera på fôrflåtar og merdar",
    what=(
        "Vi vil ta i bruk kamera med biletanalyse på 12 fôrflåtar og rundt merdane for å "
        "oppdage rømming, lus og farlege arbeidssituasjonar. Kameraa filmar også dei tilsette "
        "som arbeider på flåten."
    ),
    scope=(
        "Om lag 140 tilsette og innleigde, i tillegg til besøkande båtar. Opptak vert lagra i "
        "7 dagar, hendingar i 90 dagar."
    ),
    flow=(
        "Bileta vert analyserte lokalt på flåten og sende til driftssentralen i Fosnavåg. "
        "Programvara kjem frå AquaSense ASA, som er databehandlar med support frå Noreg."
    ),
    need=(
        "Ulykker på flåtane og rømming er dei største risikoane i drifta vår. "
        "Internkontrollforskrifta og akvakulturdriftsforskrifta krev overvaking av anlegga."
    ),
    proportional=(
        "Fleire vaktrundar er vurdert, men flåtane er ubemanna om natta. Kameraa er retta mot "
        "merdar og arbeidsdekk, ikkje mot kvilerom og garderobar."
    ),
    safeguards=(
        "Tydeleg skilting og informasjon i personalhandboka.",
        "Opptak vert ikkje brukte til å vurdere arbeidsprestasjonar.",
        "Tillitsvalde har fått sjå oppsettet.",
    ),
    risks=(
        ("Kamera vert brukt til kontroll av tilsette", "høg", "Avtale med tillitsvalde, logg"),
        ("Opptak kjem på avvegar", "middels", "Kryptert lagring, tilgang for to personar"),
    ),
    not_done="Sladding av personar i sanntid er vurdert, men gjer at ulykker ikkje vert oppdaga.",
)

B_FATIGUE = Topic(
    title="Trøyttleiksmåling av mannskap på brønnbåtar",
    what=(
        "Mannskapet på våre fire brønnbåtar skal bere armband som målar puls og søvn, slik at "
        "skipperen får varsel når nokon er for trøytt til å stå vakt."
    ),
    scope=(
        "32 tilsette. Puls- og søvndata er helseopplysningar. Rådata vert sletta etter 72 "
        "timar; varsel vert lagra i 30 dagar."
    ),
    flow=(
        "Armbanda sender data til ein app frå Vakenhet AB i Sverige (databehandlar). Skipperen "
        "ser berre raud/gul/grøn status, ikkje rådata."
    ),
    need=(
        "To nestenulykker i 2025 skuldast trøyttleik. Arbeidsmiljølova § 4-4 og "
        "skipssikkerheitslova pålegg oss å hindre ulykker."
    ),
    proportional=(
        "Kortare vakter er innført, men var ikkje nok. Berre status vert vist, og data vert "
        "ikkje brukte i personalsaker."
    ),
    safeguards=(
        "Den tilsette ser eigne data og kan slette dei.",
        "Avtale med tillitsvalde om bruk og avgrensing.",
        "Data vert ikkje delte med forsikringsselskap.",
    ),
    risks=(
        ("Helsedata vert brukte mot den tilsette", "høg", "Avtale, berre status til skipper"),
        ("Overføring til Sverige vert kompromittert", "middels", "Kryptering, databehandlaravtale"),
    ),
    not_done="Frivillig ordning er vurdert, men gir ikkje tryggleik for heile vakta.",
)

B_ALCOHOL = Topic(
    title="Alkoholtesting av mannskap før vakt",
    what=(
        "Vi vil innføre tilfeldig alkoholtesting med utåndingsmålar for mannskap på "
        "servicebåtar før dei tek over vakta."
    ),
    scope="Om lag 60 tilsette. Testresultat vert lagra i 6 månader.",
    flow=(
        "Målaren sender resultatet til HMS-systemet vårt, som vi driftar sjølve. "
        "Vi har ingen databehandlar."
    ),
    need=(
        "Sjøloven § 143 set promillegrense for vakthaldande mannskap. Testinga skal sikre at "
        "grensa vert halden."
    ),
    proportional="Berre tilfeldig utval, og berre positivt resultat vert lagra med namn.",
    safeguards=("Rett til ny test etter 15 minutt.", "Resultat vert ikkje sende til politiet."),
    risks=(
        ("Stigmatisering av tilsette", "høg", "Berre HMS-leiar ser resultat"),
        ("Feil utslag på målaren", "middels", "Kalibrering, rett til ny test"),
    ),
    not_done="Testing av alle før kvar vakt er vurdert, men er meir inngripande.",
)

# --- C: trade union (nb) -----------------------------------------------------------------------

C_DEDUCT = Topic(
    title="Trekk av kontingent via arbeidsgivernes lønnssystemer",
    what=(
        "Forbundet vil hente lister over medlemmer fra arbeidsgivernes lønnssystemer "
        "automatisk hver måned for å avstemme trekk av kontingent og oppdage medlemmer som "
        "har sluttet."
    ),
    scope=(
        "Om lag 48 000 medlemmer hos 1 900 arbeidsgivere. Fagforeningsmedlemskap er en særlig "
        "kategori etter artikkel 9. Avstemmingsfiler slettes etter tre måneder."
    ),
    flow=(
        "Lønnssystemene sender filer over en integrasjon levert av Lønnsbro AS "
        "(databehandler). Forbundets medlemssystem avstemmer og varsler avdelingene."
    ),
    need=(
        "Manuell avstemming gir feil trekk for flere tusen medlemmer i året. Grunnlaget er "
        "artikkel 9 nr. 2 bokstav d og tariffavtalens trekkbestemmelse."
    ),
    proportional=(
        "Bare navn, fødselsdato og trekkbeløp overføres. Arbeidsgiver får ikke vite noe nytt om "
        "medlemskapet."
    ),
    safeguards=(
        "Medlemmene informeres ved innmelding og i medlemsbladet.",
        "Medlemmer kan velge å betale kontingent selv i stedet.",
        "Tilgang til avstemmingen bare for medlemsservice.",
    ),
    risks=(
        ("Arbeidsgiver får kjennskap til medlemskap", "høy", "Trekk bare der det er avtalt"),
        ("Filer på avveie", "høy", "Kryptert overføring, automatisk sletting"),
    ),
    not_done="Pseudonymisering av filene er vurdert, men gjør avstemmingen umulig.",
)

C_CHATBOT = Topic(
    title="KI-assistent for juridiske spørsmål fra medlemmer",
    what=(
        "Vi vil tilby medlemmene en KI-assistent som svarer på spørsmål om arbeidsrett og "
        "tariffavtaler, og som sender vanskelige saker videre til en advokat."
    ),
    scope=(
        "Alle 48 000 medlemmer kan bruke den. Samtalene kan inneholde opplysninger om helse, "
        "oppsigelse og konflikter. Samtaler lagres i 60 dager."
    ),
    flow=(
        "Språkmodellen kjøres av Lexio Ltd. i Dublin (databehandler) på servere i Irland. "
        "Saker som sendes videre, lagres i forbundets saksbehandlingssystem."
    ),
    need=(
        "Medlemstelefonen har over tre dagers ventetid. Medlemmene må få raske svar om "
        "rettighetene sine."
    ),
    proportional=(
        "Assistenten ber medlemmet unngå navn og helseopplysninger, og samtaler brukes ikke "
        "til trening av modellen."
    ),
    safeguards=(
        "Tydelig merking av at svaret kommer fra KI.",
        "Mulighet til å slette samtalen selv.",
        "Menneskelig rådgiver ved oppsigelse og avskjed.",
    ),
    risks=(
        ("Feil råd gir rettstap", "høy", "Henvisning til advokat, kvalitetskontroll"),
        ("Sensitive opplysninger lagres i Irland", "middels", "EU-lagring, avtale, sletting"),
    ),
    not_done="Egen modell i Norge er vurdert, men er for kostbar for forbundet.",
)

C_STRIKE = Topic(
    title="Streikeregister med posisjonsdata for streikevakter",
    what=(
        "Forbundet vil bruke en app der streikevakter sjekker inn med posisjon, slik at "
        "streikeledelsen vet hvor det står vakter og kan utbetale streikebidrag."
    ),
    scope=(
        "Ved storstreik inntil 9 000 medlemmer. Posisjon, tidspunkt og medlemskap lagres til "
        "streikebidraget er utbetalt, høyst 6 måneder."
    ),
    flow=(
        "Appen er utviklet og driftes av forbundets egen IT-avdeling. Ingen databehandler. "
        "Bare streikekomiteen har tilgang."
    ),
    need="Streikebidrag kan bare utbetales for dokumentert streikevakt.",
    proportional=(
        "Posisjon registreres bare ved inn- og utsjekking, ikke kontinuerlig. Vi har vurdert "
        "papirlister, men de blir ofte borte."
    ),
    safeguards=("Medlemmet ser egne innsjekkinger.", "Data deles aldri med arbeidsgiver."),
    risks=(
        ("Registeret avslører hvem som streiker", "høy", "Strenge tilganger, logging"),
        ("Posisjonsdata brukes til kontroll", "middels", "Kun inn/ut, sletting"),
    ),
    not_done="Anonym innsjekk er vurdert, men gjør utbetaling umulig.",
)

# --- D: veterinary chain (nb) ------------------------------------------------------------------

D_CCTV = Topic(
    title="Kameraovervåking med lyd i behandlingsrom",
    what=(
        "Vi vil sette opp kamera med lydopptak i behandlingsrom og venterom på 23 klinikker "
        "for å dokumentere hendelser ved klager, vold mot ansatte og dyrevelferdssaker."
    ),
    scope=(
        "Om lag 410 ansatte og 180 000 dyreeiere per år. Opptak lagres i 7 dager, utsnitt "
        "ved hendelser i inntil 12 måneder."
    ),
    flow=(
        "Opptakene lagres i skytjenesten til Vakt og Bilde AS (databehandler) i Norge. "
        "Bare klinikksjef og juridisk rådgiver har tilgang."
    ),
    need=(
        "Vi har hatt 37 tilfeller av trusler mot ansatte siste år, og klager på behandling er "
        "vanskelige å avklare uten dokumentasjon."
    ),
    proportional="Lyd tas bare opp i behandlingsrom; pauserom og garderober har ikke kamera.",
    safeguards=(
        "Skilting og muntlig informasjon i resepsjonen.",
        "Ansatte kan se opptak som gjelder dem.",
        "Ingen bruk til prestasjonsmåling.",
    ),
    risks=(
        ("Samtaler om økonomi og helse tas opp", "høy", "Kort lagringstid, streng tilgang"),
        ("Opptak brukes mot ansatte", "høy", "Avtale med tillitsvalgte"),
    ),
    not_done="Opptak bare ved alarmknapp er vurdert, men fanger ikke opp klager i etterkant.",
)

D_CALLS = Topic(
    title="Opptak og KI-transkribering av samtaler i kundesenteret",
    what=(
        "Kundesenteret tar imot 1 100 samtaler daglig. Vi vil ta opp samtalene og la et "
        "KI-verktøy transkribere og sortere hastegrad for å prioritere akutte dyr."
    ),
    scope=(
        "Dyreeiere som ringer, og 45 ansatte. Stemme og innhold; transkripsjon lagres i 90 "
        "dager, lydfil i 30 dager."
    ),
    flow=(
        "Lyd strømmes til Sprakverk AS (databehandler) i Trondheim, som transkriberer i Norge. "
        "Resultat legges i journalsystemet."
    ),
    need="Ventetid på telefon har ført til at akutte dyr ikke ble prioritert.",
    proportional="Innringer kan si nei til opptak ved å taste 2.",
    safeguards=("Informasjon i telefonkøen.", "Ingen bruk av stemmen til identifisering."),
    risks=(
        ("Feil hastegrad gir forsinket hjelp", "høy", "Veterinær kontrollerer alle røde saker"),
        ("Opptak av ansatte brukes til kontroll", "middels", "Avtale, ingen måling"),
    ),
    not_done="Transkribering uten opptak er vurdert, men gir ikke etterkontroll.",
)

D_DEBT = Topic(
    title="Kredittvurdering av dyreeiere før kostbar behandling",
    what=(
        "Før behandling over 15 000 kroner vil vi gjøre automatisk kredittvurdering av "
        "dyreeieren og tilby delbetaling bare til dem med god score."
    ),
    scope="Om lag 9 000 dyreeiere i året. Kredittscore og betalingshistorikk lagres i 12 måneder.",
    flow=(
        "Score hentes fra Kredittsjekk Norden AS (databehandler for oss, egen behandling for "
        "sitt register). Resultatet vises i kassesystemet."
    ),
    need="Vi tapte 6,2 millioner kroner på ubetalte regninger i 2025.",
    proportional="Akutt behandling gis alltid uavhengig av score.",
    safeguards=("Manuell overprøving på forespørsel.", "Begrunnelse gis ved avslag."),
    risks=(
        ("Syke dyr nektes behandling", "høy", "Akuttbehandling unntatt, manuell vurdering"),
        ("Feil i kredittdata", "middels", "Rett til å korrigere"),
    ),
    not_done="Forskuddsbetaling for alle er vurdert, men rammer dem med lite penger hardere.",
)

# --- E: hotel group (en) -----------------------------------------------------------------------

E_FACE = Topic(
    title="Facial recognition for self check-in and room access",
    what=(
        "Guests may choose to check in at a kiosk by matching a selfie against their passport "
        "photo and then open their room with their face instead of a key card."
    ),
    scope=(
        "Around 600,000 stays a year across 17 hotels; biometric templates are special "
        "category data. Templates are deleted at check-out, passport images after 24 hours."
    ),
    flow=(
        "Kiosks and door readers are supplied by FaceGate ApS, Copenhagen (processor); "
        "matching runs on servers in Denmark. Reception staff see match results only."
    ),
    need=(
        "Queues at check-in and lost key cards are our most frequent complaints. Legal basis: "
        "explicit consent under Article 9(2)(a)."
    ),
    proportional=(
        "The service is optional; every guest can use the desk and a key card instead. "
        "Templates are never used for marketing or shared with police without a court order."
    ),
    safeguards=(
        "Separate consent screen with a clear no-option.",
        "Deletion at check-out, confirmed by e-mail.",
        "Children under 16 cannot enrol.",
    ),
    risks=(
        ("Biometric templates breached", "high", "Encryption, deletion at check-out"),
        ("Consent not freely given in queues", "medium", "Desk always open, no price benefit"),
        ("Mismatch locks guest out", "medium", "24/7 reception override"),
    ),
    not_done="On-device matching in the door lock was considered; the hardware is not ready.",
)

E_PROFILE = Topic(
    title="Group-wide guest profile and personalised offers",
    what=(
        "We will merge stay history, restaurant orders, spa bookings and Wi-Fi usage across "
        "our hotels into one guest profile to tailor offers and room preferences."
    ),
    scope=(
        "About 1.1 million guest profiles; orders may reveal diet, religion or health (e.g. "
        "allergy and halal meals). Profiles are kept three years after the last stay."
    ),
    flow=(
        "The CRM platform is run by Hospitality Cloud Ltd in Dublin (processor). Data come from "
        "the property system, POS and Wi-Fi portal."
    ),
    need="Guests expect recognition of their preferences in every hotel in the group.",
    proportional=(
        "Diet and health data are excluded from profiling. Wi-Fi usage is only counted, not "
        "inspected."
    ),
    safeguards=(
        "Profile page in the app with access and deletion.",
        "Opt-out of offers at any time.",
    ),
    risks=(
        ("Profiles reveal sensitive habits", "high", "Exclusion of diet and health fields"),
        ("Unexpected combination of sources", "medium", "Layered notice and opt-out"),
    ),
    not_done="Consent for each source was considered but tested poorly with guests.",
)

E_HOUSEKEEPING = Topic(
    title="Location tracking of housekeeping staff",
    what=(
        "Housekeeping staff will carry a badge that tracks their location inside the hotel to "
        "dispatch rooms efficiently and raise an alarm if someone is attacked."
    ),
    scope="About 520 employees. Location is stored for 24 hours, alarms for 6 months.",
    flow=(
        "The badge system comes from TrackWell GmbH, Hamburg (processor); supervisors see a "
        "floor map."
    ),
    need="Staff have been assaulted in guest rooms three times since 2024.",
    proportional="Tracking is off outside working hours and in staff rooms.",
    safeguards=("Agreement with the union representative.", "No productivity reporting."),
    risks=(
        ("Data used to monitor performance", "high", "Contractual ban, audit log"),
        ("Location history leaks", "medium", "24 h retention"),
    ),
    not_done="A panic button without location was considered but does not guide help.",
)

# --- F: research institute for the elderly (nb) ----------------------------------------------

F_SENSOR = Topic(
    title="Sensorer i hjemmet til personer med demens (HjemTrygg-studien)",
    what=(
        "Studien skal undersøke om bevegelsessensorer, dørsensorer og strømmålere i hjemmet kan "
        "varsle tidlig om fall og forverring hos hjemmeboende personer med demens."
    ),
    scope=(
        "300 deltakere over 70 år med demensdiagnose og deres pårørende. Helseopplysninger, "
        "aktivitetsmønster og døgnrytme. Data lagres til 2031 og anonymiseres deretter."
    ),
    flow=(
        "Sensorene leveres av Sensiva AB i Göteborg (databehandler, tlf. +46 31 704 22 10); "
        "data overføres kryptert til NIALs forskningsserver. Kommunenes hjemmetjeneste får "
        "varsler."
    ),
    need=(
        "Fall er den viktigste årsaken til innleggelse hos personer med demens. Grunnlaget er "
        "artikkel 9 nr. 2 bokstav j og helseforskningsloven, med REK-godkjenning."
    ),
    proportional=(
        "Det brukes ikke kamera eller mikrofon. Samtykkekompetanse vurderes, og pårørende "
        "involveres der deltakeren ikke kan samtykke selv."
    ),
    safeguards=(
        "Tilpasset informasjon med bilder og muntlig gjennomgang.",
        "Deltakeren eller pårørende kan trekke seg og få data slettet.",
        "Sensorene kan slås av med én bryter.",
    ),
    risks=(
        ("Deltakere forstår ikke hva de samtykker til", "høy", "Pårørende og fastlege involveres"),
        ("Aktivitetsmønster avslører når hjemmet er tomt", "høy", "Kryptering, tilgangskontroll"),
        ("Varsler brukes til tvang", "middels", "Skriftlig avtale med kommunene"),
    ),
    not_done="Lokal lagring i hjemmet er vurdert, men gir ikke varsler i tide.",
)

F_VOICE = Topic(
    title="Stemmeopptak for tidlig oppdagelse av kognitiv svikt",
    what=(
        "Deltakerne ringer et automatisk nummer én gang i uken og forteller om dagen sin. "
        "Opptakene analyseres med maskinlæring for å oppdage tidlige tegn på kognitiv svikt."
    ),
    scope=(
        "1 200 deltakere over 65 år fra HUNT-lignende befolkningsutvalg. Stemmeopptak og "
        "helseopplysninger lagres i ti år."
    ),
    flow=(
        "Telefonplattformen leveres av Samtalen AS (databehandler). Analysen skjer på NIALs "
        "server i Oslo. Ingen data går ut av EØS."
    ),
    need="Tidlig diagnostikk gir bedre oppfølging; dagens tester fanger svikt sent.",
    proportional=(
        "Bare deltakere med samtykke. Opptak lagres separat fra identitet med nøkkel hos "
        "prosjektleder."
    ),
    safeguards=(
        "Deltakerne kan høre og slette egne opptak.",
        "Ingen resultater sendes til fastlege uten samtykke.",
    ),
    risks=(
        ("Stemmen identifiserer deltakeren", "høy", "Pseudonymisering, lukket server"),
        ("Opptak avslører tredjepersoner", "middels", "Instruksjon om å unngå navn"),
    ),
    not_done="Bare å lagre stemmetrekk og ikke lydfiler er vurdert, men hindrer kvalitetssjekk.",
)

F_LINK = Topic(
    title="Kobling av spørreundersøkelse med kommunale pleie- og omsorgsdata",
    what=(
        "Vi vil koble svar fra en spørreundersøkelse om ensomhet blant eldre med IPLOS-data "
        "om kommunale tjenester for å se om tjenestene når dem som trenger dem."
    ),
    scope="8 500 personer over 75 år. Helse- og tjenesteopplysninger lagres til 2030.",
    flow=(
        "Koblingen gjøres av SSB som tiltrer som egen behandlingsansvarlig. NIAL mottar "
        "pseudonymiserte filer. Ingen databehandler."
    ),
    need="Ensomhet og manglende tjenester kan ikke måles uten registerdata.",
    proportional="Bare variabler som trengs for analysen, og ingen direkte identifikatorer.",
    safeguards=("Reservasjonsrett før koblingen.", "Resultater publiseres bare aggregert."),
    risks=(
        ("Reidentifisering i små kommuner", "høy", "Grovere geografi, minst 10 per celle"),
        ("Deltakerne forventer ikke koblingen", "middels", "Informasjon og reservasjon på forhånd"),
    ),
    not_done="Syntetiske data er vurdert, men gir ikke pålitelige funn.",
)

# --- G: recruitment agency (nb) ----------------------------------------------------------------

G_VIDEO = Topic(
    title="KI-analyse av videointervjuer",
    what=(
        "Kandidater tar opp korte videointervjuer. Et KI-verktøy transkriberer og scorer "
        "svarene mot stillingens kompetansekrav før konsulenten ser på dem."
    ),
    scope=(
        "Om lag 25 000 kandidater i året. Video, stemme, svar og score. Video slettes etter "
        "6 måneder, score etter 12 måneder."
    ),
    flow=(
        "Verktøyet leveres av HireLens B.V. i Amsterdam (databehandler, +31 20 808 4112, "
        "privacy@hirelens.eu, kontakt Marloes de Wit). Konsulenten og kunden ser rangeringen."
    ),
    need="Vi får over 300 søkere til mange stillinger og må sortere raskt og likt.",
    proportional=(
        "Verktøyet vurderer bare innholdet i svarene, ikke ansiktsuttrykk eller stemmeleie. "
        "Konsulenten tar alltid beslutningen om hvem som går videre."
    ),
    safeguards=(
        "Kandidaten kan velge vanlig intervju i stedet.",
        "Forklaring av scoren på forespørsel.",
        "Årlig test for skjevhet mot kjønn og opprinnelse.",
    ),
    risks=(
        ("Diskriminering av kandidater med annen dialekt", "høy", "Skjevhetstest, manuell sjekk"),
        ("Automatiserte avgjørelser", "høy", "Menneske i løkken"),
        ("Video på avveie", "middels", "Kryptering, sletting"),
    ),
    not_done="Å droppe scoren helt er vurdert, men gir ikke effektiviseringen kundene ber om.",
)

G_SOCIAL = Topic(
    title="Bakgrunnssjekk av kandidater i åpne kilder og sosiale medier",
    what=(
        "For lederstillinger vil vi gjøre en bakgrunnssjekk i åpne kilder, nyhetsarkiv og "
        "sosiale medier før kandidaten presenteres for kunden."
    ),
    scope=(
        "Om lag 1 200 kandidater per år. Funn kan avsløre politisk syn, helse eller "
        "straffbare forhold. Rapporten lagres i 6 måneder."
    ),
    flow=(
        "Søket utføres av Bakgrunn AS (databehandler). Rapporten går bare til konsulenten, "
        "kunden får et sammendrag."
    ),
    need="Kundene krever dokumentert vurdering av omdømmerisiko for toppledere.",
    proportional=(
        "Søket er begrenset til profesjonelle forhold; særlige kategorier skal ikke noteres."
    ),
    safeguards=("Kandidaten samtykker og får se rapporten.", "Rett til å kommentere funn."),
    risks=(
        ("Irrelevante private opplysninger kommer med", "høy", "Sjekkliste, kvalitetskontroll"),
        ("Feil person identifiseres", "middels", "Dobbel verifisering"),
    ),
    not_done="Å la kandidaten selv levere referanser er vurdert, men kundene godtar det ikke.",
)

G_PSYCH = Topic(
    title="Personlighetstester med automatisk rangering",
    what=(
        "Kandidater til kundesenterstillinger tar en personlighetstest. Resultatet rangerer "
        "kandidatene automatisk, og de nederste 30 prosent får automatisk avslag."
    ),
    scope="Om lag 8 000 kandidater i året. Testresultat lagres i 12 måneder.",
    flow="Testen leveres av PsykoMetri AS (databehandler) i Bergen.",
    need="Kundesenterkunder har høy turnover og ber om tidlig sortering.",
    proportional="Testen er validert for stillingstypen.",
    safeguards=("Kandidaten kan be om manuell vurdering.", "Resultat forklares."),
    risks=(
        ("Automatisk avslag uten menneske", "høy", "Manuell vurdering på forespørsel"),
        ("Testen diskriminerer etter språk eller diagnose", "høy", "Validering, tilrettelegging"),
    ),
    not_done="Fjerne automatisk avslag er vurdert, men gir mer manuelt arbeid.",
)

# --- H: water utility (nb) ---------------------------------------------------------------------

H_METER = Topic(
    title="Fjernavleste vannmålere med timesverdier",
    what=(
        "Alle abonnenter får fjernavleste vannmålere som sender forbruk hver time. Formålet er "
        "riktig fakturering og å oppdage lekkasjer i stikkledninger."
    ),
    scope=(
        "Om lag 16 000 husstander. Timesforbruk viser når folk er hjemme, sover eller er på "
        "reise. Timesverdier lagres i 3 måneder, månedsforbruk i 5 år."
    ),
    flow=(
        "Målerne sender via eget radionett til selskapets innsamlingssystem, som driftes av "
        "egen IKT-avdeling. Ingen databehandler. Fakturering skjer i eierkommunenes system."
    ),
    need=(
        "Manuell avlesning gir feil fakturering, og lekkasjer på private ledninger oppdages "
        "sent. Forurensningsforskriften og gebyrforskriften."
    ),
    proportional=(
        "Timesverdier brukes bare til lekkasjevarsling og slettes etter 3 måneder. Vi har "
        "vurdert døgnverdier, men de oppdager ikke små lekkasjer."
    ),
    safeguards=(
        "Abonnenten ser eget forbruk på Min side.",
        "Timesverdier utleveres ikke til andre, heller ikke politiet uten kjennelse.",
    ),
    risks=(
        ("Forbruksmønster avslører tilstedeværelse", "høy", "Kort lagring, tilgangsstyring"),
        ("Angrep på radionettet", "middels", "Kryptering, segmentert nett"),
    ),
    not_done="Å la abonnenter reservere seg er vurdert, men hindrer lekkasjevarsling.",
)

H_DRONE = Topic(
    title="Droneinspeksjon av vannledninger og dammer",
    what=(
        "Vi vil bruke droner med kamera og varmekamera for å inspisere traseer, dammer og "
        "nedslagsfelt. Dronene flyr over boliger og hager."
    ),
    scope=(
        "Personer som oppholder seg i traseene kan filmes. Opptak lagres i 30 dager, "
        "bilder av avvik i 10 år."
    ),
    flow="Dronene flys av egne ansatte. Opptak lagres på eget system. Ingen databehandler.",
    need="Lekkasjer og ulovlige inngrep i nedslagsfeltet må oppdages.",
    proportional="Kameraet peker nedover mot traseen; personer sladdes før bilder deles.",
    safeguards=("Varsling i lokalavisen før flyging.", "Sladding av personer og kjøretøy."),
    risks=(
        ("Personer filmes i egen hage", "høy", "Sladding, rask sletting"),
        ("Varmekamera viser aktivitet i hus", "middels", "Ikke rettet mot bygninger"),
    ),
    not_done="Bemannet fly er vurdert, men gir dårligere bilder og høyere flyhøyde.",
)

H_LEAK = Topic(
    title="Automatisk lekkasjevarsling basert på nattforbruk",
    what=(
        "Systemet skal analysere nattforbruket per husstand og sende SMS når forbruket tyder "
        "på lekkasje, og i alvorlige tilfeller stenge vannet automatisk."
    ),
    scope=("16 000 husstander. Nattforbruk, telefonnummer og varsler lagres i 12 måneder."),
    flow="Analyse i eget system, SMS via eierkommunenes SMS-tjeneste. Ingen databehandler.",
    need="Lekkasjer gir vannskader og tap av rent vann.",
    proportional="Automatisk stenging bare ved forbruk over 500 liter i timen.",
    safeguards=("Varsel før stenging.", "Abonnenten kan overstyre via vakttelefonen."),
    risks=(
        ("Stenging rammer sårbare abonnenter", "høy", "Unntak for registrerte med behov"),
        ("Feil varsler", "middels", "Terskler justert i pilot"),
    ),
    not_done="Manuell vurdering av hver stenging er vurdert, men tar for lang tid om natten.",
)

# --- I: dating app (en) ------------------------------------------------------------------------

I_VERIFY = Topic(
    title="Face-based identity verification for all users",
    what=(
        "New users must take a video selfie that is compared with their profile photos and, "
        "for a verified badge, with an ID document, to fight romance scams and fake profiles."
    ),
    scope=(
        "About 410,000 users in Norway and Sweden, from age 18. Biometric templates and ID "
        "images; templates kept while the account is active, ID images 30 days."
    ),
    flow=(
        "Verification is done by VeriFace Ltd, Dublin (processor). Results are stored in our "
        "user database in Frankfurt (cloud processor Nimbus Hosting GmbH)."
    ),
    need=(
        "Romance scams cost Norwegian users over 100 million kroner in 2025. We need to know "
        "that profiles belong to real people."
    ),
    proportional=(
        "Only a liveness check is mandatory; ID matching is optional. Templates are not used "
        "for anything else."
    ),
    safeguards=(
        "Manual review if verification fails.",
        "Users can delete templates by deleting the account.",
        "No sharing with law enforcement without legal order.",
    ),
    risks=(
        ("Biometric breach", "high", "Encryption, separate storage"),
        ("Exclusion of users whose faces the model handles poorly", "high", "Manual fallback"),
        ("Sexual orientation inferred from a verified account", "medium", "No badge on profile"),
    ),
    not_done="Verification only on request from other users was considered but is too late.",
)

I_MODERATION = Topic(
    title="Automated scanning of private messages for scams and abuse",
    what=(
        "A classifier will scan private messages between users for scam patterns, sexual "
        "harassment and requests for money, and flag conversations to moderators."
    ),
    scope=(
        "All messages of about 410,000 users; messages can reveal sex life and sexual "
        "orientation. Flags and excerpts are kept 12 months."
    ),
    flow=(
        "The classifier runs on our own servers with Nimbus Hosting GmbH, Frankfurt "
        "(processor). Moderators in Oslo see only flagged excerpts."
    ),
    need="Harassment and scams are the top reasons users leave, and some victims lose savings.",
    proportional=(
        "Only metadata and pattern scores are kept for unflagged messages; no human reads "
        "messages unless flagged."
    ),
    safeguards=("Notice in the chat window.", "Appeal against moderation decisions."),
    risks=(
        ("Chilling effect on intimate conversations", "high", "Transparency, narrow patterns"),
        ("False flags lead to bans", "medium", "Human review before any ban"),
    ),
    not_done="End-to-end encryption with client-side scanning was considered; too intrusive.",
)

I_MATCH = Topic(
    title="Safety-based matching for LGBTQ+ users travelling abroad",
    what=(
        "When a user travels to a country that criminalises same-sex relations, the app will "
        "hide their profile and sexual orientation automatically based on location."
    ),
    scope="About 60,000 users who state a non-heterosexual orientation. Location is not stored.",
    flow="Location is checked on the phone; the server only gets a country code.",
    need="Users have been targeted through dating apps abroad.",
    proportional="Only a country code is used; users can turn the feature off.",
    safeguards=("Clear explanation in settings.", "No location history."),
    risks=(
        ("Feature fails and the profile stays visible abroad", "high", "Fail-safe: hide if unsure"),
        ("Hidden status reveals orientation to local users", "high", "Looks like an idle profile"),
        ("Country code reveals travel", "medium", "Not stored"),
    ),
    not_done="Manual hiding only was considered but users forget.",
)

# --- J: grid operator (nb) ---------------------------------------------------------------------

J_AMS = Topic(
    title="Analyse av 15-minutters AMS-data for fleksibilitetsmarked",
    what=(
        "Nordvang Nett vil bruke måledata fra smarte strømmålere med 15-minutters oppløsning "
        "til å forutsi lokal overbelastning og tilby kunder betaling for å flytte forbruk."
    ),
    scope=(
        "Om lag 94 000 målepunkter. Forbruksprofiler viser døgnrytme, tilstedeværelse og "
        "utstyr som elbil og varmepumpe. Detaljdata lagres i 13 måneder."
    ),
    flow=(
        "Data hentes fra Elhub og eget innsamlingssystem. Analyseplattformen driftes av "
        "Gridlytics AS (databehandler). Resultater deles ikke med kraftleverandører."
    ),
    need=(
        "Nettet er fullt i flere områder, og alternativet er kostbare utbygginger som betales "
        "av alle kundene. Forskrift om måling og avregning og energiloven."
    ),
    proportional=(
        "Analysen bruker aggregater per nettstasjon unntatt for kunder som melder seg på "
        "fleksibilitetsordningen."
    ),
    safeguards=(
        "Kundene ser egne data på Min side.",
        "Påmelding til fleksibilitet er frivillig.",
        "Detaljdata slettes etter 13 måneder.",
    ),
    risks=(
        ("Forbruksprofil avslører privatliv", "høy", "Aggregering, tilgangskontroll"),
        ("Data deles med kommersielle aktører", "middels", "Avtalemessig forbud"),
        ("Kunder presses til å delta", "middels", "Frivillighet, ingen ulempe"),
    ),
    not_done="Differensielt personvern er vurdert, men gir for unøyaktige prognoser.",
)

J_DRONE = Topic(
    title="Droneinspeksjon av kraftlinjer med KI-bildeanalyse",
    what=(
        "Nordvang Nett vil inspisere 4 200 km kraftlinjer med droner og analysere bildene "
        "automatisk for feil på master og vegetasjon."
    ),
    scope=(
        "Personer, hus og kjøretøy nær linjene kan fotograferes. Bilder lagres i 10 år som "
        "dokumentasjon av anleggets tilstand."
    ),
    flow=(
        "Flygingen utføres av Luftlinje AS og analysen av Visiongrid Oy i Finland "
        "(begge databehandlere)."
    ),
    need="Beredskapsforskriften krever jevnlig kontroll av anleggene.",
    proportional="Bilder med personer sladdes automatisk før lagring.",
    safeguards=("Varsling på nettsiden og i lokalaviser.", "Sladding før lagring."),
    risks=(
        ("Personer fotograferes i private hager", "høy", "Automatisk sladding"),
        ("Sladding svikter", "middels", "Stikkprøver"),
    ),
    not_done="Helikopter er vurdert, men gir mer støy og samme personvernrisiko.",
)

J_DEBT = Topic(
    title="Risikoscore for utkobling ved manglende betaling",
    what=(
        "Nordvang Nett vil beregne en score for hvilke kunder som bør få betalingsutsettelse "
        "og hvilke som kan kobles ut ved manglende betaling, basert på betalingshistorikk og "
        "forbruk."
    ),
    scope="Om lag 3 000 kunder i året med betalingsproblemer. Score lagres i 12 måneder.",
    flow="Beregning i eget kundesystem. Ingen databehandler.",
    need="Utkobling skal skje forsvarlig, og sårbare kunder skal fanges opp.",
    proportional="Scoren brukes bare som støtte; saksbehandler avgjør.",
    safeguards=("Kontakt med NAV før utkobling.", "Rett til å klage."),
    risks=(
        ("Sårbare kunder kobles ut", "høy", "Manuell vurdering, NAV-kontakt"),
        ("Scoren bygger på feil betalingsdata", "middels", "Kunden kan se og rette grunnlaget"),
    ),
    not_done="Full automatisering er vurdert og forkastet.",
)
