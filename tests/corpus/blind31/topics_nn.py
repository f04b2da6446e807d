# ruff: noqa: E501
"""Planned processings of the three nynorsk senders: A (kommune), E (busselskap), I (fylkeskommune)."""

from __future__ import annotations

from model import Person, Proc, Risk, Topic, weave

# --- A: Vetlefjord kommune ------------------------------------------------------------------

A_TILSYN = Topic(
    key="a_tilsyn",
    title="Digitalt nattilsyn med kamera og sensorar på Solbakken omsorgssenter",
    short="digitalt nattilsyn, Solbakken omsorgssenter",
    summary="Vetlefjord kommune vil ta i bruk digitalt nattilsyn for bebuarane på skjerma eining og langtidsavdelinga ved Solbakken omsorgssenter, i alt 34 rom. Kvart rom får ein sensor med optisk kamera som berre sender ei strekfigur av personen vidare, ein akustisk sensor og ein dørsensor. Når sensorane registrerer fall, at bebuaren ikkje har kome attende til senga, eller lydar som tyder på at noko er gale, går det varsel til nattevakta. Dei fleste bebuarane har demens, og mange av dei har ikkje samtykkekompetanse.",
    chapters=(
        (
            "Sensorane i romma",
            "Sensoren sit i taket og dekkjer senga og golvet mellom senga og badet. Biletet vert analysert i sjølve sensoren; det som går vidare, er ei strekfigur og ein hendingskode, til dømes «fall», «ute av seng» eller «ikkje attende etter 20 min». Ved alarm kan nattevakta opne eit sanntidsbilete i 60 sekund for å avgjere om det hastar. Det vert ikkje teke opp lyd; den akustiske sensoren måler berre lydnivå og mønster som tyder på rop eller pustevanskar. Kva varsel som skal vere slått på, vert bestemt for kvar bebuar i tiltaksplanen.",
        ),
        (
            "Varsla og responsen",
            "Varsla går til to tenestetelefonar som nattevaktene ber. Nattevakta kvitterer på telefonen og går til rommet når det trengst. På dagtid er sensorane avslegne, med unntak for bebuarar der tiltaksplanen seier noko anna. Om lag 14 tilsette i turnus får tilgang.",
        ),
        ("Lagring", "{storage}"),
        (
            "Tilgang og logg",
            "Berre tilsette med vakt på eininga får tilgang, med personleg pålogging gjennom kommunen si identitetsløysing. Alle oppslag på sanntidsbilete vert logga med tidspunkt og brukar, og einingsleiar går gjennom loggen kvar månad.",
        ),
        (
            "Deling",
            "Hendingar som har betydning for helsehjelpa, til dømes fall, vert dokumenterte i journalsystemet på vanleg måte. Pårørande får ikkje tilgang til løysinga, men vert orienterte om hendingar slik dei vert i dag. Det vert ikkje levert ut data til andre.",
        ),
    ),
    storage="Hendingskodar, tidspunkt og eventuelle stillbilete frå alarmaugneblinken vert lagra i responsplattforma til {org}, som er databehandlar for kommunen. Plattforma vert driven frå datasenter i Noreg. Hendingsloggen vert sletta etter 30 dagar. Kontaktperson hos {org} er {person}, {title}, tlf. {phone}, e-post {email}.",
    necessity="I dag går nattevakta runde til kvar bebuar tre gonger kvar natt og opnar døra for å sjå til dei. Mange vaknar av dette, og fleire vert urolege resten av natta. Samstundes har vi hatt fall som ikkje vart oppdaga før neste runde, i eitt tilfelle etter nesten to timar. Vi har vurdert fleire nattevakter, men vi får ikkje rekruttert, og ein person til løyser ikkje problemet med at bebuarane vert vekte. Sensormatter i senga har vore prøvde; dei fangar ikkje fall på badet og gjev mange falske alarmar. Silhuettsensoren er det minst inngripande alternativet vi har funne som varslar raskt nok. Løysinga vert berre nytta for bebuarar der det er gjort ei konkret vurdering, og tiltaket vert evaluert etter tre månader.",
    balancing="Behandlinga har grunnlag i personvernforordninga artikkel 6 nr. 1 bokstav c og e og artikkel 9 nr. 2 bokstav h, jf. helse- og omsorgstenestelova § 3-1 og pasient- og brukarrettslova. For bebuarar med samtykkekompetanse byggjer vi i tillegg på samtykke til sjølve tiltaket. For bebuarar utan samtykkekompetanse vert det gjort ei vurdering etter pasient- og brukarrettslova § 4-6 a av om tiltaket er i tråd med det bebuaren sjølv ville ha ønskt, og nærmaste pårørande vert spurd. Vi har vege ulempa ved at ein sensor alltid «ser» rommet opp mot at bebuaren slepp å bli vekt og får raskare hjelp. Sidan sensoren ikkje lagrar bilete, og sanntidsbilete berre kan opnast ved alarm, meiner vi inngrepet står i rimeleg forhold til føremålet.",
    rights="Bebuarar og pårørande får skriftleg og munnleg informasjon før sensoren vert slått på, og det heng ein liten plakat på innsida av døra. Bebuaren eller representanten kan når som helst be om at sensoren vert slått av; då går vi attende til manuelt tilsyn. Innsyn i hendingsloggen vert gjeve etter same rutine som innsyn i journal.",
    risks=(
        Risk(
            "Uvedkomande ser sanntidsbilete frå eit rom",
            "Delt pålogging på tenestetelefonen, eller telefonen vert mista",
            "Middels",
            "Høgt – intimt innsyn i ein sårbar situasjon",
            "Personleg pålogging, automatisk utlogging etter 5 minutt, fjernsletting av telefon, loggkontroll kvar månad",
        ),
        Risk(
            "Full video vert tilgjengeleg utan alarm",
            "Feilkonfigurasjon eller oppdatering frå leverandøren",
            "Låg",
            "Høgt",
            "Sperre i plattforma, test etter kvar oppdatering, krav i databehandlaravtalen",
        ),
        Risk(
            "Bebuar utan samtykkekompetanse vert overvaka utan at vilkåra er vurderte",
            "Tidspress, manglande rutine ved innflytting",
            "Middels",
            "Høgt – krenking av sjølvråderett og integritet",
            "Sjekkliste ved innflytting, vedtak i journal, evaluering etter tre månader",
        ),
        Risk(
            "Varsel vert oversett, og fall vert oppdaga seint",
            "Mange falske alarmar gjer at tilsette sluttar å reagere",
            "Middels",
            "Svært høgt – fare for liv og helse",
            "Innkøyringsperiode med kalibrering, fast rutine for kvittering, rapport til einingsleiar",
        ),
        Risk(
            "Loggen vert brukt til å kontrollere tilsette",
            "Leiar ser responstid per tilsett",
            "Låg",
            "Middels",
            "Rutine som forbyr slik bruk, drøfta med tillitsvalde og verneombod",
        ),
    ),
    not_taken="Vi har vurdert ei løysing der sensoren berre gjev varsel og aldri kan vise sanntidsbilete. Det ville redusert risikoen for innsyn, men nattevakta måtte då gå til rommet ved kvar alarm, også dei falske, og vi ville vekt bebuarane like ofte som i dag. Vi har difor ikkje valt dette no, men vil vurdere det på nytt etter evalueringa.",
    residual="Sjølv med tiltaka står vi att med høg risiko for at bebuarar utan samtykkekompetanse vert utsette for eit inngrep dei ikkje sjølve kan ta stilling til. Det er grunnen til at vi ber om førehandsdrøfting.",
    proc=Proc(
        "Omsorgsteknikk AS",
        "leverandør av responsplattforma",
        "org.nr. 918 442 107, Bergen",
        Person("Knut Ervik", "kundeansvarleg", "915 22 487", "knut.ervik@omsorgsteknikk.no"),
    ),
)

A_GPS = Topic(
    key="a_gps",
    title="Lokaliseringsteknologi (GPS-klokke) for heimebuande personar med demens",
    short="GPS-klokke for heimebuande med demens",
    summary="Heimetenesta i Vetlefjord vil tilby GPS-klokke med lokalisering til heimebuande personar med demens som står i fare for å gå seg vill. Om lag 25 brukarar er aktuelle det første året. Klokka sender posisjon når brukaren går ut av eit avtalt område (geogjerde) eller trykkjer på alarmknappen, og pårørande eller heimetenesta kan då sjå kvar brukaren er.",
    chapters=(
        (
            "Klokka",
            "Klokka har GPS, mobilmodem og alarmknapp. Ho sender ikkje posisjon heile tida, berre når brukaren kryssar geogjerdet, ved alarm, eller når ein som har fått tilgang, ber om posisjon. Geogjerdet vert sett individuelt, til dømes 300 meter rundt heimen på dagtid.",
        ),
        (
            "Varsling og oppslag",
            "Varsel går til responssenteret i heimetenesta og, dersom brukaren ønskjer det, til éin eller to pårørande gjennom ein app. Pårørande kan berre sjå posisjonen når det er utløyst eit varsel eller når dei sjølve ber om det; kvart oppslag vert synleg for heimetenesta.",
        ),
        ("Lagring", "{storage}"),
        (
            "Tilgang",
            "Tilsette i heimetenesta på vakt får tilgang gjennom responssenteret med personleg pålogging. Pårørande får eigen brukar i appen etter at brukaren eller verja har godkjent det skriftleg.",
        ),
    ),
    storage="Posisjonsdata og varsel vert lagra hos {org}, som driftar plattforma som databehandlar for kommunen. Posisjonar vert sletta etter 7 dagar, varsel etter 90 dagar. Kontaktperson hos leverandøren er {person} ({title}), telefon {phone}, e-post {email}.",
    necessity="Vi har i 2025 og 2026 hatt elleve leiteaksjonar etter heimebuande med demens, to av dei med politi og Røde Kors. Alternativet for fleire av desse brukarane er i dag plass på skjerma eining, altså at dei må flytte frå heimen tidlegare enn dei sjølve ønskjer. GPS-klokka skal gjere det mogleg å bu heime lenger og framleis gå tur åleine. Vi har vurdert dørsensor med varsel, men han seier berre at brukaren har gått ut, ikkje kvar han er. Vi har valt ei løysing der posisjon ikkje vert send heile tida, slik at sporinga vert så lite inngripande som mogleg.",
    balancing="Grunnlaget er artikkel 6 nr. 1 bokstav e og artikkel 9 nr. 2 bokstav h, jf. helse- og omsorgstenestelova § 3-1 og pasient- og brukarrettslova § 4-6 a for dei som manglar samtykkekompetanse. Der brukaren kan samtykkje, er tiltaket frivillig. Vi har vege fridomen til brukaren til å røre seg og bu heime mot inngrepet det er å kunne bli lokalisert. Vi meiner tiltaket er forholdsmessig fordi posisjonen berre vert henta ved behov, geogjerdet vert sett så vidt som råd, og fordi alternativet ofte er ei langt meir inngripande flytting til institusjon.",
    rights="Brukaren og pårørande får informasjon i eit møte før oppstart, og det vert skrive i tiltaksplanen kven som kan sjå posisjonen. Brukaren kan leggje frå seg klokka; vi tvingar ingen til å bere ho. Tiltaket vert evaluert kvar tredje månad saman med brukar og pårørande.",
    risks=(
        Risk(
            "Pårørande følgjer med på brukaren utan grunn",
            "Pårørande med tilgang ber ofte om posisjon",
            "Middels",
            "Høgt – kjensle av å vere overvaka, konfliktar i familien",
            "Kvart oppslag vert logga og teke opp ved evaluering; tilgangen kan trekkjast attende",
        ),
        Risk(
            "Posisjonsdata kjem på avvege",
            "Innbrot hos leverandøren eller feil i appen",
            "Låg",
            "Høgt – viser kvar ein sårbar person er",
            "Kryptering, kort lagringstid, krav i databehandlaravtalen, revisjon",
        ),
        Risk(
            "Tiltaket held fram etter at det ikkje lenger trengst",
            "Manglande evaluering",
            "Middels",
            "Middels",
            "Fast evaluering kvar tredje månad i fagsystemet",
        ),
        Risk(
            "Brukaren vert ikkje funnen fordi klokka er utan straum",
            "Lading vert gløymd",
            "Høgt",
            "Svært høgt",
            "Varsel ved låg batteristatus, lading som del av tiltaksplanen",
        ),
    ),
    not_taken="Vi har vurdert å la pårørande berre få varsel utan å kunne sjå posisjonen sjølve, slik at alt gjekk gjennom heimetenesta. Dei fleste pårørande vi har snakka med, vil ha posisjonen direkte, og responssenteret har ikkje kapasitet til å ringje ut kvar gong. Vi har difor ikkje gjennomført dette.",
    residual="Risikoen for at lokaliseringa vert brukt meir enn brukaren sjølv ville ha akseptert, er framleis høg, særleg for brukarar som ikkje lenger kan gje uttrykk for kva dei meiner.",
    proc=Proc(
        "Trygglokal AS",
        "leverandør av GPS-klokker og plattform",
        "org.nr. 923 118 640, Ålesund",
        Person("Vibeke Strand", "prosjektleiar", "406 11 938", "vibeke.strand@trygglokal.no"),
    ),
)

A_KAMERA = Topic(
    key="a_kamera",
    title="Kroppskamera for tilsette ved Vetlefjord interkommunale legevakt",
    short="kroppskamera på legevakta",
    summary="Legevakta har hatt fleire valdshendingar mot tilsette det siste året. Vi vil difor prøve ut kroppskamera på tilsette i resepsjonen og på nattvakt i eitt år. Kameraet vert slått på manuelt når ein situasjon er i ferd med å bli truande. Legevakta tek imot om lag 11 000 pasientkontaktar i året frå fire kommunar.",
    chapters=(
        (
            "Kameraet",
            "Kameraet sit på uniforma og er avslått til vanleg. Det har ein buffer på 30 sekund som vert teken med når den tilsette trykkjer på knappen, slik at opptaket får med det som skjedde like før. Ei raud lampe viser at kameraet tek opp, og den tilsette skal seie frå om opptaket når det er mogleg.",
        ),
        (
            "Opptak og opplasting",
            "Når kameraet vert sett i dokkingstasjonen, vert opptaka lasta opp automatisk og sletta frå kameraet. {storage}",
        ),
        (
            "Kven ser opptaka",
            "Berre leiaren for legevakta og éin stedfortredar kan sjå opptak, og berre når det er meldt ei hending i avvikssystemet. Opptak kan utleverast til politiet når det er meldt ei straffbar handling, etter avgjerd frå leiar.",
        ),
        (
            "Sletting",
            "Opptak som ikkje er knytte til ei melding, vert sletta automatisk etter 7 dagar. Opptak som er knytte til ei melding, vert sletta når saka er avslutta, seinast etter 6 månader, med mindre politiet har bede om dei.",
        ),
    ),
    storage="Opptaka vert lagra i skytenesta til {org}, som er databehandlar, med lagring i EU/EØS. Kontaktperson hos {org} er {person}, {title}, tlf. {phone}, {email}.",
    necessity="I 2025 registrerte legevakta 23 valdshendingar og trugsmål mot tilsette, og to tilsette har vore sjukmelde etter hendingar. Vi har allereie innført alarm, vekter fredag og laurdag natt og bygd om resepsjonen. Erfaringa frå andre legevakter og frå politiet er at kroppskamera har ein dempande verknad når det vert slått på. Vi har vurdert fast kameraovervaking i venterommet, men det ville fange alle pasientar heile tida, medan kroppskamera berre vert brukt i dei få situasjonane der det trengst. Utprøvinga er avgrensa til eitt år og vert evaluert.",
    balancing="Grunnlaget for behandlinga er artikkel 6 nr. 1 bokstav f for kommunen som arbeidsgjevar, jf. kravet i arbeidsmiljølova om eit forsvarleg arbeidsmiljø, og artikkel 9 nr. 2 bokstav b og f for helseopplysningar som kan kome med i opptaket. I interesseavveginga har vi lagt vekt på at pasientar på legevakta er i ein sårbar situasjon, ofte med rus eller psykisk krise, og at eit opptak kan opplevast som ei stor belastning. Mot dette står tryggleiken til dei tilsette. Vi meiner behandlinga er forholdsmessig fordi kameraet berre vert slått på i truande situasjonar, opptaka har kort lagringstid og svært få har tilgang.",
    rights="Det er skilt ved inngangen og i resepsjonen om at tilsette kan bere kroppskamera. Pasientar som har vore filma, får munnleg informasjon etterpå når det er forsvarleg, og kan be om innsyn hos leiar. Dei tilsette er informerte og har fått opplæring; ordninga er drøfta med tillitsvalde og verneombod.",
    risks=(
        Risk(
            "Opptak av pasient i krise vert sett av uvedkomande",
            "Feil tilgangsstyring, eller at opptak vert vist fram internt",
            "Låg",
            "Svært høgt – helseopplysningar og audmjukande situasjonar",
            "Tilgang berre for leiar og stedfortredar, logg, teieplikt, ingen nedlasting utan avgjerd",
        ),
        Risk(
            "Kameraet vert slått på i vanlege konsultasjonar",
            "Tilsette brukar kameraet for sikkerheits skuld",
            "Middels",
            "Høgt",
            "Klar instruks, ikkje bruk inne på behandlingsrom, gjennomgang av bruken kvart kvartal",
        ),
        Risk(
            "Opptak vert brukt mot tilsette",
            "Leiar brukar opptak i personalsak",
            "Låg",
            "Middels",
            "Føremålsavgrensing i rutine, avtalt med tillitsvalde",
        ),
        Risk(
            "Pasientar let vere å oppsøkje legevakta",
            "Frykt for å bli filma",
            "Låg",
            "Høgt – helsehjelp vert utsett",
            "Informasjon om at kameraet er av til vanleg, evaluering saman med brukarrådet",
        ),
    ),
    not_taken="Vi har vurdert å krevje at to tilsette må vere til stades før kameraet vert slått på, men det er ikkje praktisk mogleg på natt når det berre er éin i resepsjonen. Vi har også vurdert opptak utan lyd, men lyden er ofte det viktigaste i ein trugsmålssituasjon.",
    residual="Restrisikoen knytt til at sårbare pasientar vert filma i ein krisesituasjon, er etter vår vurdering høg, sjølv om kameraet berre skal brukast unntaksvis.",
    proc=Proc(
        "Vaktsikt AS",
        "leverandør av kamera og skyteneste",
        "org.nr. 927 350 118, Trondheim",
        Person("Ronny Gjerde", "tenesteansvarleg", "934 82 015", "ronny.gjerde@vaktsikt.no"),
    ),
)

A_BARNEVERN = Topic(
    key="a_barnevern",
    title="Støtteverktøy for prioritering av bekymringsmeldingar i barnevernstenesta",
    short="prioritering av bekymringsmeldingar i barnevernet",
    summary="Barnevernstenesta i Vetlefjord tek imot om lag 420 bekymringsmeldingar i året. Analyseteamet i kommunen har utvikla eit støtteverktøy som les meldinga og tidlegare opplysningar i barnevernssystemet og gjev kvar ny melding ein prioritet (høg, middels, låg) med ei kort grunngjeving. Sakshandsamaren gjer sjølv den endelege vurderinga.",
    chapters=(
        (
            "Datagrunnlaget",
            "Verktøyet brukar teksten i meldinga, kven som har meldt (til dømes skule, politi eller helseteneste), alderen til barnet og om familien har hatt saker tidlegare, med utfallet av desse. Det brukar ikkje opplysningar om etnisitet, religion eller økonomi, og ikkje opplysningar frå NAV eller andre etatar.",
        ),
        (
            "Modellen",
            "Modellen er trena på anonymiserte meldingar frå 2019–2025 der utfallet er kjent. Han gjev ein prioritet og listar opp dei tre forholda som talde mest. Modellen lærer ikkje vidare av seg sjølv; ny trening skjer berre etter avgjerd frå barnevernsleiar og etter ny testing.",
        ),
        (
            "Bruk i mottaket",
            "Meldingane kjem inn som før. I mottaksmøtet, som er to gonger i veka, ser teamet prioriteten saman med meldinga. Kvar melding vert framleis lesen av to sakshandsamarar, og prioriteten vert aldri brukt til å leggje bort ei melding.",
        ),
        ("Lagring og tilgang", "{storage}"),
    ),
    storage_own="Verktøyet køyrer på eigne serverar i datasenteret til Sognefjord IKT, som kommunen eig saman med nabokommunane, og er ikkje kopla til internett. Vi nyttar ingen databehandlar utanfor kommunesamarbeidet; analyseteamet er tilsett i kommunen. Prioriteten og grunngjevinga vert lagra saman med meldinga i barnevernssystemet og følgjer arkivreglane for barnevernssaker. Berre tilsette i barnevernstenesta med tilgang til mottaket kan sjå prioriteten.",
    necessity="Barnevernslova krev at meldingar vert gjennomgått innan ei veke, og meldingar som tyder på akutt fare, skal handsamast straks. Talet på meldingar har auka med 40 prosent sidan 2021, og vi har to gonger i 2025 oppdaga at alvorlege meldingar vart liggjande fordi dei var skrivne på ein måte som ikkje fekk fram kor alvorleg saka var. Vi har prøvd ei sjekkliste, men ho vart ikkje brukt konsekvent. Alternativet til verktøyet er fleire tilsette i mottaket, som vi ikkje har budsjett til. Vi har avgrensa datagrunnlaget til det sakshandsamaren uansett ville sett, og verktøyet tek ingen avgjerder.",
    balancing="Behandlinga skjer for å utføre ei lovpålagd oppgåve, artikkel 6 nr. 1 bokstav c og e, og opplysningane er særlege kategoriar etter artikkel 9 nr. 2 bokstav g og h, jf. barnevernslova kapittel 2 og 13. Vi har vurdert at det er eit inngrep i seg sjølv at ein maskin «les» opplysningar om barn og familiar, og at tidlegare saker kan påverke prioriteten sjølv om dei vart lagde bort. Mot dette står omsynet til barn som kan vere i fare. Vi meiner bruken er forholdsmessig fordi verktøyet berre påverkar rekkjefølgja, ikkje utfallet, og fordi alle meldingar framleis vert lesne av menneske.",
    rights="Familiar som vert melde, får informasjon i brevet om undersøking om at meldinga er prioritert med hjelp av eit støtteverktøy, og kva opplysningar det brukar. Dei kan krevje innsyn i prioriteten og grunngjevinga som del av saksdokumenta. Informasjon er òg lagd ut på nettsida til kommunen.",
    risks=(
        Risk(
            "Meldingar om familiar med minoritetsbakgrunn får systematisk anna prioritet",
            "Skeivskap i historiske data",
            "Middels",
            "Svært høgt – diskriminering",
            "Test av modellen for ulike grupper før bruk, kontroll kvart kvartal",
        ),
        Risk(
            "Sakshandsamar stoler for mykje på prioriteten",
            "Automatiseringsskeivskap under tidspress",
            "Høgt",
            "Høgt – alvorleg melding kan bli nedprioritert",
            "To lesarar på alle meldingar, prioriteten vert vist først etter at meldinga er lesen, opplæring",
        ),
        Risk(
            "Tidlegare henlagde saker slår negativt ut for familien",
            "Modellen vektlegg historikk",
            "Middels",
            "Høgt",
            "Historikk eldre enn fem år vert ikkje brukt; grunngjevinga viser om historikk talde",
        ),
        Risk(
            "Prioriteten vert brukt som ein «risikoprofil» utanfor mottaket",
            "Prioriteten følgjer saka vidare",
            "Låg",
            "Høgt",
            "Prioriteten er berre synleg i mottaksmodulen",
        ),
    ),
    not_taken="Vi har vurdert å ta med opplysningar frå NAV og skulehelsetenesta for å gjere prioriteten betre, men har ikkje gjort det fordi det ville krevje nytt rettsleg grunnlag og vere eit mykje større inngrep. Vi har òg vurdert å la familien sjå prioriteten automatisk i brevet, men har ikkje gjennomført det fordi ein «høg prioritet» utan samanheng kan skape unødig frykt.",
    residual="Risikoen for diskriminering kan vi ikkje utelukke med dei testdata vi har, og vi vurderer restrisikoen som høg. Difor ber vi om førehandsdrøfting før verktøyet vert teke i bruk.",
)

# --- E: Vestrute AS -------------------------------------------------------------------------

E_KAMERA = Topic(
    key="e_kamera",
    title="Kameraovervaking med lydopptak i bussane",
    short="kamera med lydopptak i bussane",
    summary="Vestrute AS køyrer rutebuss på oppdrag frå fylkeskommunen i fire regionar, med 212 bussar og om lag 6,5 millionar reiser i året. Vi vil byte ut dei gamle kamerasystema i bussane med nye kamera som òg tek opp lyd. I dag har bussane fire til seks kamera utan lyd.",
    chapters=(
        (
            "Kamera og mikrofonar",
            "Kvar buss får seks kamera: eitt mot førarplassen og døra framme, tre i passasjerområdet, eitt ved midtdøra og eitt bakover. To mikrofonar tek opp lyd ved førarplassen og midt i bussen. Opptaket går heile tida når bussen er i drift, og vert lagra i ein kryptert opptakar i bussen som skriv over seg sjølv etter 72 timar.",
        ),
        (
            "Henting av opptak",
            "Opptak vert berre henta ut når det er meldt ei hending – vald, trugsmål, skadeverk, ulukke eller klage frå passasjer. Sjåføren kan trykkje på ein hendingsknapp som merkjer dei siste 10 minutta. {storage}",
        ),
        (
            "Tilgang",
            "To tilsette ved trafikksentralen har rett til å hente ut og sjå opptak, etter skriftleg førespurnad frå driftssjefen. Opptak kan utleverast til politiet ved melding om straffbar handling og til forsikringsselskap i skadesaker.",
        ),
    ),
    storage="Merkte opptak vert overførte over mobilnettet til skyløysinga til {org}, som er databehandlaren vår og driftar heile kamerasystemet. Kontaktpersonen vår der er {person}, {title}, tlf. {phone}, e-post {email}. Uthenta opptak vert sletta når saka er ferdig, seinast etter 30 dagar, med mindre politiet har bede om dei.",
    necessity="Sjåførane våre har meldt 61 tilfelle av vald og trugsmål i 2025, mot 34 i 2022. I fleire av sakene har politiet lagt bort saka fordi kameraopptaket utan lyd ikkje viste kva som vart sagt, til dømes ved trugsmål. Vi har vurdert å berre ha mikrofon ved førarplassen, men fleire av hendingane har skjedd mellom passasjerar bak i bussen. Vi har òg vurdert at lydopptaket berre skal starte når sjåføren trykkjer på knappen, men då kjem ein ofte for seint. Løysinga med kontinuerleg opptak som skriv over seg sjølv etter 72 timar og berre vert henta ut ved hendingar, er etter vår meining den minst inngripande som faktisk verkar.",
    balancing="Behandlingsgrunnlaget er artikkel 6 nr. 1 bokstav f, berettiga interesse i å verne tilsette og passasjerar og dokumentere hendingar. Lydopptak av passasjerar er eit stort inngrep: folk snakkar i telefonen, med kvarandre og med sjåføren om personlege ting, og mange kan ikkje velje bort bussen. Vi har vege dette mot tryggleiken til sjåførane og passasjerane, og har kome til at interessa vår går føre fordi opptaka aldri vert lytta til utan ei konkret hending, fordi lagringstida i bussen er kort, og fordi tilgangen er avgrensa til to personar.",
    rights="Det vert sett opp skilt ved alle dører om at det er kamera og lydopptak, med QR-kode til personvernerklæringa. Passasjerar som ber om innsyn, får sjå opptak av seg sjølve med andre sladda. Sjåførane er informerte gjennom drøftingar med tillitsvalde, og opptaka kan ikkje brukast til å kontrollere arbeidet deira.",
    risks=(
        Risk(
            "Samtalar mellom passasjerar vert lytta til utan grunn",
            "Tilsett hentar ut opptak av nysgjerrigheit",
            "Låg",
            "Høgt",
            "Uthenting krev skriftleg førespurnad og vert logga; kontroll av loggen kvart kvartal",
        ),
        Risk(
            "Opptak vert brukt til å kontrollere sjåførane",
            "Leiar vil sjå korleis sjåføren har køyrt eller snakka til passasjerar",
            "Middels",
            "Høgt – kontroll av arbeidstakarar",
            "Forbod i rutine, avtale med tillitsvalde, uthenting berre etter hending",
        ),
        Risk(
            "Opptak kjem på avvege ved tjuveri av opptakaren",
            "Innbrot i buss på depot",
            "Låg",
            "Middels",
            "Kryptert opptakar, låst skap, depot med tilgangskontroll",
        ),
        Risk(
            "Passasjerar vert ikkje klar over lydopptaket",
            "Skilta vert ikkje lesne",
            "Høgt",
            "Middels",
            "Skilt ved alle dører, informasjon i appen og på nettsida",
        ),
        Risk(
            "Opptak vert utlevert til andre enn politiet",
            "Førespurnad frå advokat eller media",
            "Låg",
            "Høgt",
            "Utlevering berre til politi og forsikring etter avgjerd frå personvernombodet",
        ),
    ),
    not_taken="Vi har vurdert å la lyden berre bli lagra i 24 timar, men då ville opptak frå helgar ofte vere sletta før sjåføren har meldt hendinga. Vi har òg vurdert automatisk sladding, men leverandøren kan ikkje levere det for lyd, og politiet har sagt at sladda opptak er vanskelegare å bruke.",
    residual="Sjølv med tiltaka meiner vi at risikoen for privatlivet til passasjerane er høg, fordi så mange vert tekne opp utan at dei kan velje det bort.",
    proc=Proc(
        "Trafikkvakt AS",
        "leverandør og driftar av kamerasystemet",
        "org.nr. 912 774 306, Stavanger",
        Person("Geir Aksnes", "kundeansvarleg", "917 02 360", "geir.aksnes@trafikkvakt.no"),
    ),
)

E_TELEMATIKK = Topic(
    key="e_telematikk",
    title="Telematikk og analyse av køyrestilen til sjåførane",
    short="køyrestilsanalyse for sjåførar",
    summary="Vi vil ta i bruk eit system som måler køyrestilen til kvar sjåfør – brå oppbremsing, kraftig akselerasjon, fart over fartsgrensa og tomgang – og gjev kvar sjåfør ein poengsum per vakt. Poengsummen skal brukast i oppfølginga av sjåførane og i ei bonusordning. Om lag 540 sjåførar er omfatta.",
    chapters=(
        (
            "Einingane i bussen",
            "Ei eining kopla til CAN-bussen i køyretøyet registrerer fart, akselerasjon, bremsing, motorbruk og GPS-posisjon kvart sekund. Sjåføren loggar seg på med sjåførkortet, slik at dataa vert knytte til personen.",
        ),
        (
            "Poengsum og rapportar",
            "Systemet reknar ut ein poengsum frå 0 til 100 for kvar vakt og eit snitt for kvar månad. Sjåføren ser eigen poengsum i ein app. Nærmaste leiar ser poengsummen til alle sjåførane i distriktet sitt og ei liste over dei ti svakaste.",
        ),
        ("Lagring", "{storage}"),
        (
            "Bruk i personaloppfølginga",
            "Sjåførar med låg poengsum over tid vert kalla inn til samtale og får tilbod om køyrekurs. Poengsummen inngår i ein kvartalsvis bonus på inntil 3 000 kroner. Vi har ikkje planar om å bruke han i oppseiingssaker, men det er ikkje utelukka ved grove brot.",
        ),
    ),
    storage_plain="Rådata vert lagra i 13 månader og poengsummar i tre år, i ein database som driftsavdelinga har tilgang til.",
    legal_bare="Rettsleg grunnlag: personvernforordninga art. 6 nr. 1 bokstav f og arbeidsmiljølova kapittel 9.",
    risks=(
        Risk(
            "Sjåførane opplever seg overvaka heile tida",
            "Poengsum per vakt og liste over dei svakaste",
            "Høgt",
            "Høgt – stress og dårlegare arbeidsmiljø",
            "Rangeringa er berre synleg for nærmaste leiar; sjåføren ser eigne data",
        ),
        Risk(
            "Poengsummen vert urettvis på grunn av rute og trafikk",
            "Bykøyring gjev fleire oppbremsingar",
            "Høgt",
            "Middels",
            "Justering for rutetype; sjåføren kan kommentere vakter",
        ),
        Risk(
            "Posisjonsdata vert brukte til å kontrollere pausar og private ærend",
            "Leiar slår opp posisjon i pausar",
            "Middels",
            "Høgt",
            "Posisjon i pausar vert ikkje vist i rapportane",
        ),
        Risk(
            "Dataa vert brukte i oppseiingssak",
            "Uklare reglar for bruk",
            "Låg",
            "Svært høgt",
            "Drøfting med tillitsvalde før innføring",
        ),
    ),
    not_taken="Vi har vurdert å ikkje knyte dataa til den einskilde sjåføren, men då fell bonusordninga bort, så det har vi ikkje gjort.",
    residual="Vi meiner risikoen for sjåførane framleis er høg, særleg på grunn av bonusordninga.",
)

E_BILLETT = Topic(
    key="e_billett",
    title="Kontobasert billettering med reisehistorikk",
    short="kontobasert billettering",
    summary="Frå sommaren 2027 skal alle billettar i området til Vestrute vere knytte til ein kundekonto. Kunden registrerer seg med telefonnummer eller BankID og kan betale med app, bankkort eller reisekort. Systemet lagrar kvar reise: påstigingshaldeplass, tid, billettype og eventuell rabatt (student, honnør, ungdom). Om lag 120 000 kundar er venta det første året.",
    chapters=(
        (
            "Kundekontoen",
            "Kontoen har namn, telefonnummer, e-post, fødselsdato (for rabatt), betalingsmiddel og eventuelt dokumentasjon for rabatt, til dømes studentbevis. Barn under 13 år kan berre ha konto gjennom ein føresett.",
        ),
        (
            "Reisene",
            "Når kunden sjekkar inn med kort eller app, vert haldeplass, tidspunkt, buss og linje lagra. Avstigingshaldeplass vert ikkje registrert for dei med periodebillett. Prisen vert rekna ut frå reisene, slik at kunden alltid får den billegaste billetten (pristak).",
        ),
        ("Lagring", "{storage}"),
        (
            "Statistikk og planlegging",
            "Fylkeskommunen får aggregerte tal per linje og time til ruteplanlegginga. Statistikken vert laga slik at ingen celle har færre enn 10 reiser.",
        ),
    ),
    storage="Heile billettsystemet vert drifta av {org} som databehandlar, med lagring i Noreg og Sverige. Reisehistorikk knytt til konto vert lagra i 13 månader av omsyn til pristak, klager og rekneskap, og vert deretter anonymisert. Kontakt hos {org}: {person}, {title}, {phone}, {email}.",
    necessity="Fylkeskommunen har kravd kontobasert billettering i den nye kontrakten, mellom anna for å kunne innføre pristak, der kunden aldri betaler meir enn ein månadsbillett. Pristak er ikkje mogleg utan å vite kva reiser kunden har gjort. Vi har vurdert anonyme reisekort med lokal lagring av reiser på kortet, men då kan ikkje kunden få att pengar om kortet vert borte, og pristak over fleire kanalar (app og kort) vert umogleg. Vi held difor fast ved kontoen, men har gjort det mogleg å kjøpe enkeltbillett utan konto med bankkort, og vi lagrar ikkje avstigingshaldeplass for periodebillettar.",
    balancing="Behandlinga byggjer på artikkel 6 nr. 1 bokstav b (avtale) for sjølve billetten og pristaket, og bokstav f for statistikken. Reisehistorikk kan seie mykje om ein person: kvar ho bur og arbeider, når ho går til lege eller i kyrkja. Det er grunnen til at vi meiner risikoen er høg. Vi har vege ulempene for kundane mot nytten av pristak og betre ruteplanlegging, og meiner behandlinga er forholdsmessig så lenge historikken berre er tilgjengeleg for kunden sjølv og for kundeservice ved klage, og vert anonymisert etter 13 månader.",
    rights="Kunden ser alle eigne reiser i appen og kan laste dei ned. Kunden kan slette kontoen; reisene vert då anonymiserte med unntak av det rekneskapslova krev. Personvernerklæringa er skriven i klarspråk og finst på nynorsk, bokmål, engelsk og nordsamisk.",
    risks=(
        Risk(
            "Reisehistorikk vert utlevert til politi eller andre",
            "Pålegg eller førespurnad utan heimel",
            "Middels",
            "Høgt",
            "Utlevering berre ved rettsleg pålegg, rutine og logg hos personvernombodet",
        ),
        Risk(
            "Kundeservice slår opp reisene til kjende",
            "Vid tilgang i kundeservice",
            "Middels",
            "Høgt",
            "Oppslag berre med saksnummer, logg og stikkprøver",
        ),
        Risk(
            "Valdsutsette vert sporte gjennom delt konto",
            "Tidlegare partnar har tilgang til familiekontoen",
            "Låg",
            "Svært høgt",
            "Varsel ved ny innlogging, enkel utmelding av familiekonto, opplæring av kundeservice",
        ),
        Risk(
            "Data om barn vert brukte til marknadsføring",
            "Felles kundedatabase",
            "Låg",
            "Middels",
            "Ingen marknadsføring til kontoar for personar under 16 år",
        ),
    ),
    not_taken="Vi har vurdert å slette reisehistorikken etter 35 dagar, når pristaket er rekna ut, men fylkeskommunen krev 13 månader for klagesaker og refusjon. Vi har òg vurdert ein heilt anonym app-billett, men leverandøren kan ikkje levere det til oppstart.",
    residual="Den samla risikoen for at reisemønster kan brukast til å kartleggje einskildpersonar, vurderer vi som høg så lenge historikken finst i 13 månader.",
    proc=Proc(
        "Reiseflyt AS",
        "leverandør og driftar av billettsystemet",
        "org.nr. 915 603 284, Oslo",
        Person("Hanne Vik", "leveranseansvarleg", "488 60 212", "hanne.vik@reiseflyt.no"),
    ),
)

E_TELJING = Topic(
    key="e_teljing",
    title="Passasjerteljing med wifi-sensorar og 3D-kamera",
    short="passasjerteljing med wifi-sensorar",
    summary="Vi vil måle kor mange som reiser med kvar avgang, og kvar dei går på og av, ved hjelp av sensorar i bussane. Kvar buss får eit 3D-kamera over kvar dør som tel personar inn og ut, og ein wifi-sensor som fangar opp signal frå mobiltelefonar for å rekne ut kvar den same telefonen går av. Det gjeld alle dei 212 bussane.",
    chapters=(
        (
            "Kamera over dørene",
            "3D-kameraet registrerer berre høgd og rørsle og kan ikkje vise andlet. Det tel personar inn og ut og sender tala til sentralen.",
        ),
        (
            "Wifi-sensoren",
            "Sensoren fangar opp MAC-adressa som telefonar sender ut når dei leitar etter nettverk. Adressa vert med ein gong gjord om til ein kode med ein nøkkel som vert skifta kvart døgn, slik at same telefon ikkje kan kjennast att frå dag til dag. Koden vert brukt til å sjå kvar telefonen kom inn i og gjekk ut av bussen.",
        ),
        ("Lagring", "{storage}"),
        (
            "Bruk",
            "Resultatet er ei matrise over reiser mellom haldeplassar per time, som fylkeskommunen brukar i ruteplanlegginga.",
        ),
    ),
    storage="Data frå sensorane vert sende til {org}, som er databehandlar og gjer analysen. Kodane vert sletta etter 24 timar; berre tal vert lagra. Kontaktperson der er {person} ({title}), telefon {phone}, e-post {email}.",
    necessity="I dag veit vi kor mange som går på, men ikkje kvar dei går av, fordi dei fleste ikkje sjekkar ut. Difor byggjer ruteplanlegginga på manuelle teljingar kvart tredje år. Vi har vurdert å be passasjerane sjekke ut, men erfaringa frå andre selskap er at under 30 prosent gjer det. Vi har vurdert å berre bruke 3D-kamera, men det seier ikkje kvar same person går av. Wifi-sensoren er difor naudsynt for føremålet, men vi har avgrensa han ved å skifte nøkkel kvart døgn og slette kodane etter 24 timar, slik at det ikkje er mogleg å følgje ein person over tid.",
    balancing="Vi byggjer på artikkel 6 nr. 1 bokstav e, jf. ansvaret fylkeskommunen har for kollektivtransport etter yrkestransportlova, og bokstav f for vår eiga planlegging. Sjølv om MAC-adressa vert gjord om med ein gong, er dette ei form for sporing av alle som reiser, også barn, og dei kan ikkje reservere seg på anna vis enn å slå av wifi på telefonen. Vi meiner interessa i eit betre rutetilbod veg tyngre fordi kodane ikkje kan knytast til person, ikkje vert lagra over døgnet, og fordi resultatet berre er tal.",
    rights="Det vert informert på skilt i bussane, i appen og på nettsida om at wifi-signal vert brukte til teljing, og korleis ein kan unngå det ved å slå av wifi. Sidan vi ikkje kan identifisere nokon, kan vi ikkje gje innsyn i einskildreiser; dette er forklart i personvernerklæringa.",
    risks=(
        Risk(
            "Ein person vert følgd over fleire reiser same dag",
            "Same kode gjeld heile døgnet",
            "Middels",
            "Middels",
            "Nøkkelskifte kvart døgn; vi vurderer å korte ned til kvar fjerde time",
        ),
        Risk(
            "MAC-adresser vert lagra i klartekst",
            "Feil i sensoren eller hos leverandøren",
            "Låg",
            "Høgt",
            "Hashing skjer i sensoren; revisjon hos leverandøren; krav i databehandlaravtalen",
        ),
        Risk(
            "Telefonar med fast MAC-adresse kan kjennast att",
            "Eldre telefonar randomiserer ikkje adressa",
            "Middels",
            "Middels",
            "Dagleg nøkkel og sletting etter 24 timar",
        ),
        Risk(
            "Dataa vert kopla med billettdata",
            "Ønske om meir presis analyse",
            "Låg",
            "Høgt",
            "Forbod i databehandlaravtalen og i intern rutine",
        ),
    ),
    not_taken="Vi har vurdert å skifte nøkkel kvar time, men då vert det umogleg å følgje ei reise med bytte mellom to bussar, som var ein viktig del av føremålet. Det har vi difor ikkje gjennomført.",
    residual="Fordi alle passasjerar vert fanga opp utan at dei på ein enkel måte kan reservere seg, meiner vi at restrisikoen er høg.",
    proc=Proc(
        "Telja Analytics AS",
        "leverandør av sensorar og analyse",
        "org.nr. 929 011 572, Trondheim",
        Person("Ole Kristian Brekke", "dagleg leiar", "922 77 581", "okb@telja.no"),
    ),
    extra={
        "necessity_passing": "Vi meiner teljinga er naudsynt for å kunne dimensjonere rutetilbodet.",
        "risk_passing": "Risikoen har vi sett på, og vi meiner han er akseptabel sidan MAC-adressene vert gjorde om til kodar.",
    },
)

# --- I: Vestfjella fylkeskommune -------------------------------------------------------------

I_FRAFALL = Topic(
    key="i_frafall",
    title="Tidleg innsats mot fråfall – prediktiv analyse av elevdata i vidaregåande skule",
    short="prediktiv analyse mot fråfall",
    summary="Fylkeskommunen vil ta i bruk eit analyseverktøy som hjelper kontaktlærarar og rådgjevarar å oppdage elevar som står i fare for å slutte i vidaregåande opplæring. Verktøyet hentar fråvær, karakterar, anmerkingar og opplysningar om byte av programområde frå det skuleadministrative systemet og reknar ut ein risikoindikator for kvar elev. Det gjeld om lag 7 800 elevar ved elleve skular.",
    chapters=(
        (
            "Innsamling",
            "Data vert henta kvar natt frå det skuleadministrative systemet: fråvær per fag og dag, karakterar og halvårsvurderingar, anmerkingar i orden og åtferd, og om eleven har bytt programområde. Opplysningar om helse, spesialundervisning og PPT vert ikkje henta.",
        ),
        (
            "Indikatoren",
            "Ein statistisk modell gjev kvar elev ein indikator i tre nivå (grøn, gul, raud) og viser kva forhold som talde mest, til dømes «fråvær i norsk siste fire veker». Indikatoren vert oppdatert dagleg.",
        ),
        ("Lagring", "{storage}"),
        (
            "Tilgang",
            "Kontaktlæraren ser indikatoren for sine elevar. Rådgjevar og oppfølgingstenesta ser elevar med raud indikator ved skulen. Rektor ser berre tal per klasse. Eleven og føresette ser ikkje indikatoren i verktøyet, men får vite om han i ein oppfølgingssamtale.",
        ),
        (
            "Utlevering",
            "Opplysningar vert ikkje utleverte til andre. Fylkeskommunen får anonymisert statistikk per skule.",
        ),
    ),
    storage="Verktøyet er levert av {org} som databehandlar, og data vert lagra i løysinga deira i Noreg. Data om elevar som har slutta eller fullført, vert sletta etter skuleåret. Kontaktperson hos leverandøren er {person}, {title}, tlf. {phone}, e-post {email}.",
    necessity="Om lag 14 prosent av elevane i fylket fullfører ikkje vidaregåande opplæring på fem år. Erfaringa er at teikna ofte kjem tidleg, særleg aukande fråvær, men at dei vert oppdaga for seint fordi kontaktlæraren ikkje ser heile biletet på tvers av fag. Vi har vurdert å gje kontaktlærarane betre rapportar utan prediksjon, og det vert gjort parallelt, men erfaringa frå pilotskulen var at rapportane ikkje vart brukte. Vi har avgrensa datagrunnlaget til opplysningar skulen allereie brukar i oppfølginga, og vi har valt bort helseopplysningar sjølv om dei ville gjort modellen betre.",
    balancing="Grunnlaget er artikkel 6 nr. 1 bokstav e, jf. føresegnene i opplæringslova om tilpassa opplæring, skulemiljø og oppfølgingstenesta. Vi har vurdert at det å bli «klassifisert» som elev i faresona kan vere belastande og kan påverke korleis læraren ser eleven. Mot dette står at tidleg hjelp kan vere avgjerande for om eleven fullfører. Vi meiner behandlinga er forholdsmessig når indikatoren berre er eit hjelpemiddel, aldri vert brukt i vurdering eller karaktersetjing, og eleven får vite om han.",
    rights="Elevar og føresette får informasjon ved skulestart og på nettsida til skulen. Eleven kan be om innsyn i eigen indikator og kva som låg til grunn, og kan protestere; då vert eleven teken ut av analysen. Elevrådet og fylkeselevrådet er tekne med i arbeidet.",
    risks=(
        Risk(
            "Eleven vert stempla og får lågare forventningar frå lærarane",
            "Indikatoren er synleg for lærarar",
            "Middels",
            "Høgt",
            "Berre kontaktlærar og rådgjevar ser nivået; opplæring; aldri i vurdering",
        ),
        Risk(
            "Elevar med minoritetsbakgrunn eller funksjonsnedsetjing får oftare raud indikator",
            "Skeivskap i fråvær og karakterar",
            "Middels",
            "Høgt – diskriminering",
            "Kontroll av utfall per gruppe kvart semester",
        ),
        Risk(
            "Indikatoren vert brukt i vurderinga av orden og åtferd",
            "Uklar rollefordeling",
            "Låg",
            "Høgt",
            "Teknisk skilt frå vurderingsmodulen; rutine",
        ),
        Risk(
            "Data vert lagra lenger enn eleven går på skulen",
            "Manglande sletterutine hos leverandøren",
            "Låg",
            "Middels",
            "Sletting kvart skuleår; kontroll ved revisjon",
        ),
    ),
    not_taken="Vi har vurdert å la elevane sjølve sjå indikatoren i ein app, men har ikkje gjort det fordi det kan verke demotiverande utan ein vaksen å snakke med. Vi har vurdert samtykke, men det ville gje skeive data fordi dei som treng hjelpa mest, sjeldan svarar.",
    residual="Restrisikoen for stigmatisering og ulik behandling vurderer vi som høg, særleg for dei yngste elevane.",
    proc=Proc(
        "Læringsspor AS",
        "leverandør av analyseverktøyet",
        "org.nr. 921 884 031, Bergen",
        Person("Tone Brekke", "kundeansvarleg", "409 22 318", "tone.brekke@laeringsspor.no"),
    ),
)

I_LYD = Topic(
    key="i_lyd",
    title="Lydsensorar som varslar om aggresjon og vald i fellesareal på skulane",
    short="lydsensorar mot vald i fellesareal",
    summary="Saka gjeld lydsensorar i fellesareala på tre vidaregåande skular.",
    necessity="Skulane har hatt ein auke i valdshendingar i fellesareal, særleg i garderobar, trappeoppgangar og på toaletta, der det ikkje er lov med kamera. Vi har vurdert fleire miljøarbeidarar og vakter, og har auka med to stillingar, men det er ikkje mogleg å vere til stades overalt. Sensorane analyserer lyd utan å ta opp og sender berre eit varsel. Det er etter vår vurdering det minst inngripande tiltaket som faktisk kan gje rask hjelp i desse romma.",
    balancing="Behandlinga byggjer på artikkel 6 nr. 1 bokstav e, jf. kravet i opplæringslova om eit trygt og godt skulemiljø. Elevane er barn og unge, og lydsensorar på toalett og i garderobar er eit inngrep i rom der dei ventar å vere i fred. Vi har vege dette mot plikta til å gripe inn ved vald og mobbing, og meiner tiltaket er forholdsmessig fordi det ikkje vert teke opp lyd, berre nivå og mønster, og fordi varselet berre seier kvar, ikkje kven.",
    rights="Elevar, føresette og tilsette får informasjon før oppstart, og sensorane er merkte med skilt. Elevrådet ved kvar skule har vore med på å bestemme kvar sensorane skal stå.",
    risks=(
        Risk(
            "Sensoren vert brukt til å lytte",
            "Oppdatering som slår på opptak",
            "Låg",
            "Svært høgt",
            "Sensoren har inga lagring; kontroll av fastvare; krav til leverandøren",
        ),
        Risk(
            "Feil varsel fører til at elevar vert mistenkte",
            "Høg lyd ved leik vert tolka som aggresjon",
            "Høgt",
            "Middels",
            "Varselet gjeld staden, ikkje personar; tilsette går dit og ser",
        ),
        Risk(
            "Elevar kjenner seg overvaka på toalettet",
            "Sensoren er synleg i taket",
            "Høgt",
            "Høgt",
            "Berre i fellesområdet utanfor båsane; informasjon; evaluering med elevrådet",
        ),
        Risk(
            "Varsel vert logga og brukt i disiplinærsak",
            "Logg med tid og stad",
            "Middels",
            "Middels",
            "Loggen vert sletta etter 14 dagar",
        ),
    ),
    not_taken="Vi har vurdert å ikkje ha sensorar på toaletta i det heile, men det er der flest hendingar har skjedd. Vi har difor ikkje gått vidare med det alternativet.",
    residual="Vi meiner at risikoen for at elevar opplever seg overvaka i private rom, er høg også etter tiltaka.",
    proc=Proc(
        "Lydvakt AS",
        "leverandør av sensorane og varslingstenesta",
        "org.nr. 930 227 845, Drammen",
        Person("Sverre Aasen", "dagleg leiar", "948 20 117", "sverre.aasen@lydvakt.no"),
    ),
)

I_EKSAMEN = Topic(
    key="i_eksamen",
    title="Digital heimeeksamen med kamera- og skjermovervaking for privatistar",
    short="heimeeksamen med overvaking for privatistar",
    summary="Fylkeskommunen arrangerer eksamen for om lag 4 200 privatistar i året. Frå våren 2027 vil vi tilby heimeeksamen i utvalde fag, der kandidaten vert overvaka med webkamera, mikrofon og skjermopptak i staden for av ein fysisk eksamensvakt.",
    chapters=(
        (
            "Identifisering",
            "Før eksamen tek kandidaten bilete av seg sjølv og av legitimasjonen. Ein eksamensvakt i fylkeskommunen samanliknar bileta manuelt. Det vert ikkje brukt automatisk andletsattkjenning.",
        ),
        (
            "Overvaking under eksamen",
            "Under eksamen vert det teke opp video frå webkamera, lyd og skjermbilete. Programvara flaggar hendingar som at kandidaten ser bort frå skjermen lenge, at fleire andlet er i biletet, at det vert snakka i rommet eller at kandidaten opnar andre program. Kandidaten må vise rommet med kameraet før start.",
        ),
        (
            "Gjennomgang",
            "Alle flagga hendingar vert gjennomgåtte av to eksamensvakter i fylkeskommunen. Programvara avgjer ikkje om det er fusk; det gjer fylkeskommunen etter reglane i forvaltningslova om førehandsvarsel.",
        ),
        ("Lagring", "{storage}"),
    ),
    storage="Opptaka vert lagra hos {org} i Noreg, som er databehandlar. Opptak utan flagg vert sletta 30 dagar etter at sensuren er klar; opptak i fuskesaker vert lagra til saka er endeleg avgjord. Kontaktperson hos {org} er {person}, {title}, tlf. {phone}, {email}.",
    necessity="Privatistane bur spreidd, mange i andre fylke eller i utlandet, og fleire har ikkje høve til å reise til eksamenslokalet i Førde. Vi har fått mange søknader om eksamen andre stader, som vi ikkje har kunna innfri. Vi har vurdert å leige lokale fleire stader, men det er ikkje mogleg for alle fag. Heimeeksamen utan overvaking er ikkje mogleg i fag der eksamen skal vise kva kandidaten kan utan hjelpemiddel. Ordninga er frivillig; kandidaten kan alltid velje vanleg eksamen i lokalet.",
    balancing="Grunnlaget er artikkel 6 nr. 1 bokstav e, jf. opplæringslova og reglane i forskrifta om eksamen for privatistar. Video og lyd frå heimen til kandidaten er eit stort inngrep, og det kan kome med andre personar i husstanden og opplysningar om helse eller religion. Vi meiner det er forholdsmessig fordi ordninga er frivillig, fordi ingen avgjerd vert teken automatisk, og fordi opptaka vert sletta kort tid etter sensur.",
    rights="Kandidaten får informasjon om overvakinga ved påmelding og må stadfeste at ho har lese han før ho vel heimeeksamen. Kandidaten kan be om innsyn i opptak og flagg, og har same klagerett som ved vanleg eksamen.",
    risks=(
        Risk(
            "Andre i husstanden vert filma",
            "Rommet vert vist med kamera",
            "Høgt",
            "Middels",
            "Kandidaten vert beden om å sitje åleine; opptak av andre vert ikkje brukte",
        ),
        Risk(
            "Feil flagg fører til mistanke om fusk",
            "Kandidatar med funksjonsnedsetjing ser oftare bort",
            "Middels",
            "Høgt",
            "To vakter vurderer alle flagg; tilrettelegging kan avtalast",
        ),
        Risk(
            "Opptak frå heimen kjem på avvege",
            "Innbrot hos leverandøren",
            "Låg",
            "Høgt",
            "Kryptering, lagring i Noreg, revisjon",
        ),
        Risk(
            "Kandidatar kjenner seg pressa til å velje heimeeksamen",
            "Lang reiseveg til eksamenslokalet",
            "Middels",
            "Middels",
            "Vanleg eksamen er alltid eit alternativ; reisestøtte vert vurdert",
        ),
    ),
    not_taken="Vi har vurdert å ikkje krevje at kandidaten viser rommet, men utan det er det lett å ha hjelpemiddel utanfor biletet. Vi har òg vurdert berre skjermopptak utan video, men det ville ikkje fange opp om ein annan person hjelper kandidaten.",
    residual="Sidan kameraet kjem inn i heimen til kandidaten, vurderer vi restrisikoen for privatlivet som høg.",
    proc=Proc(
        "Vakta Eksamen AS",
        "leverandør av eksamensplattforma",
        "org.nr. 926 410 773, Oslo",
        Person("Jorunn Lid", "prosjektleiar", "482 33 901", "jorunn.lid@vaktaeksamen.no"),
    ),
)

I_TANNHELSE = Topic(
    key="i_tannhelse",
    title="KI-basert analyse av røntgenbilete i den offentlege tannhelsetenesta",
    short="KI-analyse av røntgenbilete i tannhelsetenesta",
    summary="Den offentlege tannhelsetenesta i fylket har om lag 58 000 pasientar, dei fleste barn og unge. Vi vil ta i bruk ein KI-modell som analyserer røntgenbilete av tennene og markerer mogleg karies, tap av beinfeste og mangelfulle fyllingar, som støtte for tannlegen eller tannpleiaren.",
    chapters=(
        (
            "Bileta",
            "Røntgenbileta vert tekne som i dag og lagra i journalsystemet. Når behandlaren opnar eit bilete, vert ein kopi utan namn og fødselsnummer, men med ein intern kode, send til analysetenesta.",
        ),
        (
            "Analysen",
            "Modellen sender attende markeringar som vert viste oppå biletet. Behandlaren avgjer sjølv om ei markering er rett, og kvitterer for det. Modellen lærer ikkje av bileta våre.",
        ),
        ("Lagring", "{storage}"),
        (
            "Tilgang",
            "Berre behandlarar med tilgang til journalen til pasienten ser analysen. Analyseresultatet vert lagra i journalen saman med vurderinga til behandlaren.",
        ),
    ),
    storage="Analysetenesta vert levert av {org} i Finland som databehandlar. Bileta vert behandla i datasenter i Finland og sletta straks analysen er ferdig, seinast etter 24 timar. Kontaktperson hos {org}: {person}, {title}, telefon {phone}, e-post {email}.",
    necessity="Tannhelsetenesta manglar mange tannlegar, og fleire klinikkar har berre tannpleiar nokre dagar i veka. Studiar viser at tidleg karies på røntgen vert oversett i ein stor del av tilfella. Vi har vurdert dobbeltkontroll av bilete hos ein spesialist, men det er det ikkje kapasitet til. KI-analysen skal hjelpe behandlaren å sjå meir, ikkje erstatte vurderinga. Vi sender bilete utan namn og fødselsnummer og har valt ein leverandør som ikkje brukar data til trening.",
    balancing="Grunnlaget er artikkel 6 nr. 1 bokstav e og artikkel 9 nr. 2 bokstav h, jf. tannhelsetenestelova og helsepersonellova. Helseopplysningar om barn vert sende til ein leverandør i eit anna land, og røntgenbilete kan i seg sjølv vere identifiserande. Vi meiner likevel behandlinga er forholdsmessig fordi bileta berre vert brukte til analysen for pasienten, vert sletta med ein gong, og fordi det gjev betre helsehjelp.",
    rights="Pasientar og føresette får informasjon på klinikken og på nettsida. Pasienten kan reservere seg; då vert bileta ikkje sende til analyse. Innsyn i analysen vert gjeve som del av journalinnsynet.",
    risks=(
        Risk(
            "Bileta vert brukte til å trene modellen likevel",
            "Leverandøren endrar vilkåra",
            "Låg",
            "Høgt",
            "Forbod i databehandlaravtalen; revisjonsrett; varsel ved endring",
        ),
        Risk(
            "Behandlaren stoler blindt på modellen",
            "Tidspress",
            "Middels",
            "Høgt – feil behandling",
            "Opplæring; behandlaren må kvittere; stikkprøver",
        ),
        Risk(
            "Pasienten vert identifisert av leverandøren",
            "Røntgenbilete er unike",
            "Låg",
            "Middels",
            "Ingen andre opplysningar vert sende; sletting innan 24 timar",
        ),
        Risk(
            "Tenesta fell ut",
            "Driftsavbrot i Finland",
            "Middels",
            "Låg",
            "Behandlinga held fram utan KI-støtte",
        ),
    ),
    not_taken="Vi har vurdert å køyre modellen lokalt hos oss, men leverandøren tilbyr ikkje det, og vi har ikkje kapasitet til å drifte eiga maskinvare.",
    residual="Restrisikoen knytt til at helseopplysningar om barn vert behandla av ein KI-leverandør, vurderer vi som høg, og vi ønskjer difor ei førehandsdrøfting.",
    proc=Proc(
        "Odontix Oy",
        "leverandør av analysetenesta",
        "FO-nummer 3126654-8, Espoo, Finland",
        Person(
            "Mikko Salonen",
            "Customer Success Manager",
            "+358 40 718 2264",
            "mikko.salonen@odontix.fi",
        ),
    ),
)

I_FRAFALL = weave(I_FRAFALL, "Tilgang", "Indikatoren", "Tilgang", "Lagring")
I_EKSAMEN = weave(
    I_EKSAMEN, "Overvaking under eksamen", "Gjennomgang", "Lagring", "Overvaking under eksamen"
)
I_TANNHELSE = weave(I_TANNHELSE, "Lagring", "Analysen", "Bileta", "Analysen")
