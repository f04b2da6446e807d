# ruff: noqa: E501
"""Nynorsk topics: Hallingvik kommune (A) and Høgskulen i Vestvika (E)."""

from __future__ import annotations

from topic import Proc, Topic

# --- A: Hallingvik kommune -------------------------------------------------------------------

TA1 = Topic(
    key="TA1",
    title="Digitalt tilsyn med sensorar og kamera i heimen til personar med demens",
    what=(
        "Hallingvik kommune vil ta i bruk digitalt tilsyn for heimebuande med demens som i dag får fysisk nattetilsyn to til fire gonger kvar natt. Løysinga består av ein rørslesensor i soverommet, ein dørsensor på ytterdøra og eit kamera som heimetenesta kan kople seg til når ein sensor varslar. Kameraet viser berre eit omriss (silhuett) i vanleg modus; fullt bilete kan opnast i inntil 60 sekund når brukaren ikkje kvitterer for ein alarm.",
        "Første år gjeld det om lag 40 brukarar, med mål om 90 innan 2028. Dei fleste har redusert samtykkekompetanse, og tilsyn vert vedteke etter pasient- og brukarrettslova kapittel 4A når brukaren motset seg eller ikkje kan samtykkje. Føremålet er tryggare netter med færre fysiske forstyrringar, og å nytte nattpersonellet der dei trengst mest.",
    ),
    flow=(
        (
            "Kjelder",
            "sensorane i heimen, vedtak og tiltaksplan frå journalsystemet, pårørande som kontaktpersonar",
        ),
        (
            "Mottakarar",
            "nattpatruljen i heimetenesta (12 tilsette med tilgang), responssenteret i Nesdal kommune ved alarm, fastlege ved behov",
        ),
        (
            "Lagring",
            "hendingslogg i tre månader; ingen lagring av video eller silhuett; journalnotat ved avvik",
        ),
        (
            "Tryggleik",
            "pålogging med HelseID og tenestekort, logg over kvar kameraopning, kryptert overføring, drift i Noreg",
        ),
        (
            "Ansvar",
            "kommunen er behandlingsansvarleg; Tryggheim Velferd AS er databehandlar for plattforma og nyttar Nordsky Drift AS som underdatabehandlar",
        ),
    ),
    need=(
        "Fysisk nattetilsyn vekkjer mange av brukarane og har ført til uro og fall. Vi prøvde i 2025 med berre dørsensor, men han fangar ikkje fall inne i bustaden. Kamera trengst for å sjå om brukaren treng hjelp før nokon køyrer ut, noko som kan ta opptil 40 minutt i grendene.",
        "Vi har vald den løysinga som grip minst inn: silhuett som standard, ingen opptak og berre kortvarig fullt bilete. Tilsynet vert vurdert for kvar brukar og evaluert etter tre månader. Brukarar som klarer seg med dørsensor, får berre det.",
    ),
    rights=(
        "individuelt vedtak med klagerett til Statsforvaltaren",
        "informasjon til brukar og pårørande i lettlest form og munnleg gjennomgang ved oppstart",
        "kameraet er dekt til når det ikkje er i bruk, og ei lampe lyser ved opning",
        "pårørande kan få innsyn i loggen over kameraopningar",
        "brukar eller pårørande kan be om pause i tilsynet ved besøk",
    ),
    risks=(
        (
            "Tilsett opnar kameraet utan alarm (snoking)",
            "middels",
            "høg",
            "teknisk sperre: fullt bilete berre ved ukvittert alarm; månadleg loggkontroll",
        ),
        (
            "Kameraet viser intime situasjonar",
            "middels",
            "høg",
            "silhuett som standard, ikkje kamera på bad, grense på 60 sekund",
        ),
        (
            "Brukaren forstår ikkje at det er kamera i heimen",
            "høg",
            "middels",
            "tilpassa informasjon, pårørande med i oppstarten, vedtak etter kap. 4A",
        ),
        (
            "Uautorisert tilgang via leverandøren",
            "låg",
            "høg",
            "databehandlaravtale, tofaktor, årleg revisjon av leverandøren",
        ),
        (
            "Alarmen når ikkje fram, og ingen kjem",
            "låg",
            "høg",
            "dobbel varsling til responssenteret, test kvar veke",
        ),
    ),
    skipped=(
        (
            "Ende-til-ende-kryptering av videostraumen",
            "plattforma støttar det ikkje før versjon 5 (venta hausten 2027); kravet står i kontrakten",
        ),
        (
            "Sletting av hendingsloggen etter eitt døgn",
            "loggen trengst for å dokumentere at tilsynet har skjedd og for å kontrollere bruken til dei tilsette",
        ),
    ),
    residual="Sjølv med tiltaka står det att ein høg risiko for inngrep i privatlivet i heimen til menneske som ofte ikkje kan ta stilling sjølve. Leiinga har handsama saka to gonger og vil framleis gjennomføre, og vi ber difor om førehandsdrøfting.",
    procs=(
        Proc(
            "Tryggheim Velferd AS",
            "921 448 570",
            "Storgata 12, 3510 Hønefoss",
            "leverandør og drift av tilsynsplattforma",
            "Kristian Wold",
            "kundeansvarleg",
            "32 12 90 44",
            "kristian.wold@tryggheim.no",
        ),
        Proc(
            "Nordsky Drift AS",
            "915 302 881",
            "Industrivegen 3, 2815 Gjøvik",
            "underdatabehandlar, serverdrift",
            "Mari Lunde",
            "driftsleiar",
            "61 14 22 80",
            "mari.lunde@nordsky.no",
        ),
    ),
)

TA2 = Topic(
    key="TA2",
    title="Læringsanalyse for å førebyggje fråfall i ungdomsskulen",
    what=(
        "Oppvekstsektoren vil samle data frå læringsplattforma, fråværsregistreringa og karakterane i 8.–10. trinn for å finne elevar som står i fare for å falle ut av skulen. Ein modell frå leverandøren reknar ut eit varselnivå (grønt, gult, raudt) kvar veke. Kontaktlærar og rådgjevar ser varselnivået og kva faktorar som dreg det opp, og skal bruke det som grunnlag for ein samtale med eleven og heimen.",
        "Det gjeld om lag 610 elevar ved tre ungdomsskular. Elevane er mindreårige, og opplysningane kan seie noko om helse og heimeforhold (til dømes langvarig fråvær). Modellen tek ikkje avgjerder; alle tiltak vert vurderte av skulen.",
    ),
    flow=(
        (
            "Kjelder",
            "læringsplattforma (innleveringar, innlogging), skuleadministrativt system (fråvær, karakterar), PP-tenesta får ikkje data frå modellen",
        ),
        (
            "Mottakarar",
            "kontaktlærar, sosiallærar og rektor ved skulen til eleven; ingen utanfor skulen",
        ),
        (
            "Lagring",
            "varselnivå i inneverande skuleår, sletta 1. august; rådata vert verande i kjeldesystema",
        ),
        ("Tryggleik", "Feide-pålogging, rollestyrt tilgang, logg, drift i EØS"),
        ("Ansvar", "Hallingvik kommune er behandlingsansvarleg; Læringsløypa AS er databehandlar"),
    ),
    need=(
        "Fråfallet i vidaregåande er høgt for elevar frå kommunen, og lærarane fangar ofte opp vanskar for seint. Vi har vurdert å berre gje lærarane betre fråværsrapportar, men det gir ikkje eit samla bilete. Modellen nyttar berre opplysningar skulen alt har, og ikkje nokon nye kjelder.",
        "Vi meiner tiltaket er forholdsmessig fordi det er avgrensa til tre trinn, ikkje fører til automatiske vedtak og er knytt til eit rettleiingstilbod eleven har rett på. Elevane og foreldra kan reservere seg mot at eleven vert med i analysen.",
    ),
    rights=(
        "informasjonsmøte og skriv til foreldre og elevar før oppstart, på norsk, engelsk, polsk og tigrinja",
        "høve til å reservere seg utan grunngjeving",
        "eleven og foreldra kan sjå varselnivået og faktorane bak det",
        "ingen bruk av varselnivået i karaktersetjing eller vurdering av åtferd",
    ),
    risks=(
        (
            "Elevar vert stempla som «fråfallskandidatar»",
            "middels",
            "høg",
            "varselnivået er ikkje synleg for andre lærarar; opplæring i bruk; ingen merking i klasselister",
        ),
        (
            "Modellen slår skeivt ut for minoritetsspråklege elevar",
            "middels",
            "høg",
            "test av skeivheit før oppstart og kvart halvår; språkbakgrunn er ikkje med i modellen",
        ),
        (
            "Foreldre og elevar opplever overvaking og mister tillit til skulen",
            "høg",
            "middels",
            "open informasjon, reservasjonsrett, innsyn i faktorane",
        ),
        (
            "Opplysningane vert brukte til andre føremål (t.d. barnevern)",
            "låg",
            "høg",
            "føremålsavgrensing i avtale og rutine; ingen eksport frå løysinga",
        ),
    ),
    skipped=(
        (
            "Berre bruke anonymiserte data på skulenivå",
            "då får ikkje lærarane fanga opp den einskilde eleven, som er heile føremålet",
        ),
        (
            "Samtykke frå kvar elev i staden for reservasjon",
            "forsøket i 2024 synte at nettopp dei elevane som trong det mest, ikkje kom med",
        ),
    ),
    residual="Risikoen for stigmatisering av barn og for skeive utslag er framleis høg etter tiltaka, og vi ønskjer difor ei førehandsdrøfting før skulestart hausten 2027.",
    procs=(
        Proc(
            "Læringsløypa AS",
            "918 702 114",
            "Kjøpmannsgata 8, 7013 Trondheim",
            "leverandør av analysemodulen",
            "Eline Myrvang",
            "personvernansvarleg",
            "73 60 41 18",
            "eline.myrvang@laeringsloypa.no",
        ),
    ),
)

TA3 = Topic(
    key="TA3",
    title="KI-transkribering av samtalar i barnevernstenesta",
    what=(
        "Barnevernstenesta vil ta opp samtalar med barn, foreldre og samarbeidspartnarar og la eit KI-verktøy lage utkast til referat. Sakshandsamaren startar opptaket i ein app på tenestetelefonen, lyden vert sendt kryptert til leverandøren, og utkastet kjem tilbake til sakshandsamaren innan ein time. Sakshandsamaren les gjennom, rettar og fører referatet inn i fagsystemet sjølv. Lydfila vert sletta når referatet er godkjent, og seinast etter sju dagar.",
        "Tenesta har om lag 300 aktive saker og 25 tilsette. Samtalane handlar ofte om vald, rus, psykisk helse og omsorgssvikt, og mange av dei som vert tekne opp, er barn.",
    ),
    flow=(
        ("Kjelder", "lyd frå samtalen; namn og saksnummer vert ikkje sende med"),
        ("Mottakarar", "sakshandsamaren; ingen andre enn leverandøren si teneste handsamar lyden"),
        (
            "Lagring",
            "lydfil og utkast høgst sju dagar; det godkjende referatet vert arkivert i fagsystemet etter arkivlova",
        ),
        (
            "Tryggleik",
            "app med MDM, kryptering i overføring og lagring, pålogging med ID-porten nivå høgt, drift i EØS",
        ),
        (
            "Ansvar",
            "kommunen er behandlingsansvarleg; Talesporet AS er databehandlar og nyttar Nordavind Sky AB som underdatabehandlar",
        ),
    ),
    need=(
        "Sakshandsamarane brukar i dag opp mot ein tredjedel av arbeidstida på å skrive referat, og fleire referat vert skrivne dagar etter samtalen. Betre og raskare referat gir barn og foreldre ei meir korrekt journal og meir tid saman med sakshandsamaren.",
        "Opptak skjer berre når alle som er til stades, er informerte og ikkje motset seg det; samtalen kan gjennomførast utan opptak. Det vert ikkje gjort opptak av samtalar med barn under 12 år.",
    ),
    rights=(
        "munnleg og skriftleg informasjon før kvar samtale, med rett til å seie nei",
        "den registrerte kan få lese utkastet og be om retting før referatet vert arkivert",
        "lydfila vert aldri brukt til å trene modellen (kontraktsfesta)",
        "innsyn etter barnevernslova og forvaltningslova som før",
    ),
    risks=(
        (
            "Feil i utkastet vert ståande i journalen",
            "middels",
            "høg",
            "sakshandsamaren må godkjenne kvart referat; stikkprøvar frå leiar",
        ),
        (
            "Foreldre kjenner seg pressa til å godta opptak",
            "høg",
            "middels",
            "ordlyd i informasjonen, opptak er aldri standard, eige skjema for nei",
        ),
        (
            "Lyd om barn kjem på avvegar hjå leverandøren",
            "låg",
            "høg",
            "kryptering, sletting etter sju dagar, revisjon av databehandlaren",
        ),
        (
            "Tenestetelefonen vert mista med lydfila på",
            "middels",
            "middels",
            "lyd vert ikkje lagra lokalt etter opplasting; fjernsletting",
        ),
    ),
    skipped=(
        (
            "Transkribering lokalt på kommunen sine eigne tenarar",
            "kommunen har ikkje kapasitet eller kompetanse til å drifte språkmodellen; vurdert på nytt i 2028",
        ),
    ),
    residual="Vi vurderer restrisikoen som høg fordi det gjeld særleg sårbare barn og særlege kategoriar av opplysningar, og fordi teknologien er ny for oss.",
    procs=(
        Proc(
            "Talesporet AS",
            "924 118 630",
            "Marken 5, 5017 Bergen",
            "transkriberingsteneste",
            "Jon Ivar Hestad",
            "dagleg leiar",
            "55 21 70 62",
            "jon.ivar@talesporet.no",
        ),
        Proc(
            "Nordavind Sky AB",
            "559204-7781",
            "Sveavägen 44, 111 34 Stockholm",
            "underdatabehandlar, skydrift",
            "Linnea Hallberg",
            "customer success",
            "+46 8 410 552 30",
            "linnea.hallberg@nordavindsky.se",
        ),
    ),
)

TA4 = Topic(
    key="TA4",
    title="Samkøyring av registerdata for tidleg innsats mot barnefattigdom",
    what=(
        "Kommunen vil kople opplysningar frå NAV-kontoret (økonomisk sosialhjelp), helsestasjonen, barnehagane og skulane for å finne barn som veks opp i familiar med vedvarande låg inntekt, og tilby familiane eit samla oppfølgingsprogram (fritidskort, losfunksjon, leksehjelp). Samkøyringa skjer to gonger i året i eit avgrensa analysemiljø, og resultatet er ei liste over hushald som får tilbod.",
        "Det gjeld om lag 3 100 barn og foreldra deira. Opplysningane om sosialhjelp er underlagde teieplikt etter sosialtenestelova, og lista kan avsløre økonomiske og sosiale forhold i familien.",
    ),
    flow=(
        (
            "Kjelder",
            "NAV-kontoret (stønadsperiodar), helsestasjonen (barn med oppfølgingsbehov), skulane (fråvær over 10 %)",
        ),
        (
            "Mottakarar",
            "losteamet i Familiens hus (4 tilsette); ingen tilbakemelding til kjeldene om kven som er på lista",
        ),
        (
            "Lagring",
            "samkøyrt datasett vert sletta etter kvar køyring; lista over tilbod vert lagra i eitt år",
        ),
        ("Tryggleik", "pseudonymisering før kopling, tilgang berre for to analytikarar, logg"),
        (
            "Ansvar",
            "kommunen er behandlingsansvarleg; analysearbeidet vert gjort av Analysehuset Vest AS som databehandlar",
        ),
    ),
    need=(
        "Kommunen har i dag ingen samla oversikt og når familiane først når problema er store. Forsøk med frivillig påmelding nådde berre 14 % av målgruppa. Samkøyringa er naudsynt for å kunne ta kontakt med familiar som ikkje sjølv søkjer hjelp.",
        "Tiltaket er avgrensa til det som trengst for å tilby hjelp: ingen opplysningar om diagnosar vert henta, og tilbodet er frivillig. Alternativet å bruke berre NAV-data vart forkasta fordi det ville oversjå familiar som ikkje får sosialhjelp.",
    ),
    rights=(
        "informasjon på kommunen si nettside og i brev til alle barnefamiliar før første køyring",
        "høve til å reservere seg mot samkøyringa",
        "familiar som får tilbod, vert informerte om kva kjelder som plasserte dei på lista",
        "tilbodet kan takkast nei til utan følgjer for andre tenester",
    ),
    risks=(
        (
            "Familiar opplever seg stempla som fattige",
            "høg",
            "middels",
            "kontakt berre via helsesjukepleiar eller lærar dei kjenner; nøytral ordlyd",
        ),
        (
            "Teiepliktige opplysningar frå NAV vert kjende i skulen",
            "låg",
            "høg",
            "ingen tilbakemelding til kjeldene; lista er berre tilgjengeleg for losteamet",
        ),
        (
            "Feil kopling av barn og hushald",
            "middels",
            "middels",
            "manuell kontroll før kontakt; retting på førespurnad",
        ),
        (
            "Reidentifisering av pseudonymiserte data hjå databehandlaren",
            "låg",
            "høg",
            "nøkkelen vert verande i kommunen; avtale med forbod mot kopling",
        ),
    ),
    skipped=(
        (
            "Samtykke frå alle familiar på førehand",
            "dei familiane det gjeld mest, svarar sjeldan; samtykke ville tømt tiltaket for innhald",
        ),
    ),
    residual="Risikoen for stigmatisering og for brot på teieplikta er etter vår vurdering framleis høg, og tiltaket krev truleg òg eit klarare rettsgrunnlag. Vi ønskjer Datatilsynet si vurdering før første køyring.",
)

# --- E: Høgskulen i Vestvika -----------------------------------------------------------------

TE1 = Topic(
    key="TE1",
    title="Fjernovervaka heimeeksamen",
    what=(
        "Høgskulen vil tilby digital heimeeksamen med fjernovervaking (proctoring) i emne der fysisk eksamen ikkje er mogleg for alle, særleg for studentar på samlingsbaserte deltidsstudium. Under eksamen tek løysinga opp bilete frå webkameraet, lyd og skjermbilete. Ein KI-modul markerer mistenkelege hendingar (fleire andlet, blikk bort frå skjermen, tale), og ein eksamensvakt i eksamenskontoret går gjennom markeringane i etterkant.",
        "Kvart år gjeld det om lag 2 400 eksamenar. Opptaka syner heimen til studentane og kan avsløre helse, religion og familieforhold. Studentane kan velje fysisk eksamen på campus i staden.",
    ),
    flow=(
        ("Kjelder", "webkamera, mikrofon og skjerm hjå studenten; kandidatnummer frå FS"),
        ("Mottakarar", "eksamenskontoret; ved mistanke om fusk klagenemnda"),
        ("Lagring", "opptak i 21 dagar etter sensur; ved fuskesak til saka er avslutta"),
        ("Tryggleik", "kryptering, tilgang berre for fire tilsette, drift i EØS, logg over innsyn"),
        ("Ansvar", "høgskulen er behandlingsansvarleg; Eksamensvakt Online AS er databehandlar"),
    ),
    need=(
        "Deltidsstudentane bur spreidd, og mange har ikkje høve til å reise til campus. Utan ei overvaka løysing må desse emna ha heimeeksamen utan kontroll, noko som svekkjer verdien av vitnemålet, eller krevje reise som stengjer ute studentar med omsorgsansvar.",
        "Overvakinga er avgrensa til eksamenstida, KI-markeringar fører aldri åleine til ei fuskesak, og studenten kan alltid velje campus. Vi har vald bort romskanning (360 grader) fordi det går lenger enn naudsynt.",
    ),
    rights=(
        "informasjon i emneplanen og ved oppmelding, med val mellom heime og campus",
        "studenten får sjå alle markeringar som vert brukte i ei fuskesak",
        "ingen biometrisk identifisering; identitet vert kontrollert manuelt mot studentbevis",
        "testeksamen før eksamen slik at studenten kan sjå kva som vert teke opp",
    ),
    risks=(
        (
            "Feilmarkeringar rammar studentar med nedsett funksjonsevne eller mørk hud",
            "middels",
            "høg",
            "manuell gjennomgang av alle markeringar; test av skeivheit før bruk; tilrettelegging",
        ),
        (
            "Opptak frå heimen syner tredjepersonar og private forhold",
            "høg",
            "middels",
            "bakgrunnssløring, råd om val av rom, kort lagringstid",
        ),
        (
            "Studentar kjenner seg pressa til å velje heimeeksamen",
            "middels",
            "middels",
            "campus er likeverdig alternativ og vert ikkje dyrare for studenten",
        ),
        (
            "Lekkasje av opptak hjå leverandøren",
            "låg",
            "høg",
            "databehandlaravtale, revisjon, kryptering med nøkkel hjå høgskulen",
        ),
    ),
    skipped=(
        (
            "Berre skjermopptak utan kamera",
            "prøvd i 2025; det avdekte ikkje bruk av telefon og hjelparar i rommet",
        ),
        (
            "Lokal lagring av opptak på høgskulen",
            "løysinga krev skydrift; vi har kravd kryptering med eigen nøkkel i staden",
        ),
    ),
    residual="Restrisikoen er høg fordi overvakinga skjer i heimen og nyttar automatisert analyse av åtferd.",
    procs=(
        Proc(
            "Eksamensvakt Online AS",
            "927 330 105",
            "Professor Brochs gate 2, 7030 Trondheim",
            "leverandør av overvakingsløysinga",
            "Sunniva Rø",
            "kundeansvarleg",
            "73 10 44 90",
            "sunniva.ro@eksamensvakt.no",
        ),
    ),
)

TE2 = Topic(
    key="TE2",
    title="Opptak av alle forelesingar med automatisk teksting",
    what=(
        "Alle forelesingar i auditoria og dei største seminarromma skal takast opp automatisk etter timeplanen og gjerast tilgjengelege i læringsplattforma med automatisk teksting.",
    ),
    flow=(
        ("Kjelder", "kamera og mikrofonar i 14 rom; timeplandata"),
        ("Ansvar", "høgskulen er behandlingsansvarleg; Forelesar Opptak AS er databehandlar"),
    ),
    need=(
        "Studentar med nedsett funksjonsevne, studentar med omsorgsansvar og deltidsstudentar har lenge bede om opptak. Universell utforming krev teksting av innhald som vert publisert. Å la kvar forelesar velje sjølv har gitt svært ujamt tilbod.",
        "Tiltaket er avgrensa: kamera er retta mot kateteret og ikkje mot salen, spørsmål frå salen vert ikkje teke opp når mikrofonen i salen er av, og forelesarar kan reservere seg for einskildtimar med grunngjeving.",
    ),
    rights=(
        "skilting ved inngangen og lampe som syner at opptak er i gang",
        "studentar kan sitje i ein opptaksfri sone",
        "forelesarar kan be om sletting eller redigering av eigne opptak",
        "opptaka vert ikkje brukte til å vurdere tilsette",
    ),
    risks=(
        (
            "Studentar som stiller spørsmål, vert tekne opp utan å vite det",
            "middels",
            "middels",
            "salmikrofon av som standard; skilting; opptaksfri sone",
        ),
        (
            "Opptak vert brukte i konflikt- eller personalsaker",
            "låg",
            "høg",
            "avtale med tillitsvalde om føremålsavgrensing; logg over nedlasting",
        ),
        (
            "Feil i tekstinga gir feil inntrykk av det som vart sagt",
            "høg",
            "låg",
            "merking «automatisk teksting»; forelesar kan rette",
        ),
        (
            "Opptak vert delte utanfor emnet",
            "middels",
            "middels",
            "nedlasting er stengd; vassmerke med brukarnamn",
        ),
    ),
    skipped=(
        (
            "Samtykke frå kvar forelesar til kvart opptak",
            "gav eit svært ujamt tilbod i prøveperioden og stod i vegen for universell utforming",
        ),
    ),
    residual="Restrisikoen knyter seg mest til arbeidstakarane si stilling og til at alle tilsette vert tekne opp i arbeidstida; han er høg nok til at vi ønskjer førehandsdrøfting.",
    procs=(
        Proc(
            "Forelesar Opptak AS",
            "912 884 303",
            "Nygårdsgaten 91, 5008 Bergen",
            "opptaks- og tekstingsteneste",
            "Aslak Vevle",
            "prosjektleiar",
            "55 90 13 27",
            "aslak.vevle@forelesaropptak.no",
        ),
    ),
)

TE3 = Topic(
    key="TE3",
    title="Wi-Fi-sporing for romutnytting og oppmøteregistrering",
    what=(
        "Høgskulen vil bruke tilkoplingsdata frå det trådlause nettet (eduroam) til to føremål: å måle kor mange som er i kvart rom for å planleggje arealbruken, og å registrere oppmøte i emne med obligatorisk frammøte. For arealplanlegginga vert einingane talde utan identitet. For oppmøte vert brukarnamnet til studenten kopla mot rommet og tidspunktet i undervisningstida.",
        "Det gjeld om lag 6 800 studentar og 900 tilsette, sjølv om oppmøtefunksjonen berre vert brukt for studentar i om lag 40 emne. Data om kvar ein person er til kvar tid, kan gje eit detaljert bilete av kvardagen.",
    ),
    flow=(
        (
            "Kjelder",
            "tilkoplingslogg frå aksesspunkta (MAC-adresse, brukarnamn, aksesspunkt, tid); timeplan og emnelister frå FS",
        ),
        (
            "Mottakarar",
            "eigedomsavdelinga får berre talgrunnlag; emneansvarleg får oppmøteliste for sitt emne",
        ),
        (
            "Lagring",
            "rå tilkoplingslogg i 14 dagar; oppmøtelister til semesterslutt; talgrunnlag utan identitet i fem år",
        ),
        (
            "Tryggleik",
            "pseudonymisering av MAC-adresser, tilgang berre for to nettverksadministratorar, logg",
        ),
        (
            "Ansvar",
            "høgskulen er behandlingsansvarleg; Campusnett Drift AS driftar nettet og analysen som databehandlar",
        ),
    ),
    need=(
        "Manuell oppmøteregistrering tek mykje undervisningstid og er lett å jukse med, og arealbehovet er i dag gissa. Vi har vurdert sensorar som tel personar, men dei løyser ikkje oppmøtet, og QR-kodar vart delte i chatgrupper.",
        "Vi meiner bruken er forholdsmessig når oppmøtedata berre vert henta i timar med obligatorisk frammøte og berre for studentar i emnet, medan anna tilkoplingsdata berre vert brukt utan identitet.",
    ),
    rights=(
        "informasjon i studiehandboka og ved innlogging på nettet",
        "alternativ oppmøteregistrering hjå faglærar for den som ikkje vil vere kopla til nettet",
        "studenten kan sjå eiga oppmøteliste og be om retting",
        "ingen bruk av data til disiplinærsaker eller personalsaker",
    ),
    risks=(
        (
            "Data vert brukte til å kartleggje rørslene til tilsette",
            "middels",
            "høg",
            "tilsette er tekne ut av oppmøtefunksjonen; avtale med tillitsvalde",
        ),
        (
            "Feil oppmøte fordi telefonen er kopla til i nabo-rommet",
            "høg",
            "middels",
            "toleranse og manuell retting; studenten får varsel om fråvær",
        ),
        (
            "Funksjonskrypande bruk (t.d. smittesporing, tryggleik)",
            "middels",
            "høg",
            "føremålsavgrensing i vedtak; ny DPIA ved ny bruk",
        ),
        (
            "Reidentifisering av talgrunnlaget",
            "låg",
            "middels",
            "aggregering til minst fem einingar per rom",
        ),
    ),
    skipped=(
        (
            "Å slutte med obligatorisk frammøte i staden",
            "eit fagleg spørsmål som ligg til studieprogramma og ikkje kan avgjerast i denne saka",
        ),
    ),
    residual="Systematisk sporing av kvar studentar og tilsette er gjer at risikoen framleis er høg, særleg for funksjonskrypande bruk.",
    procs=(
        Proc(
            "Campusnett Drift AS",
            "916 020 557",
            "Kanalveien 54, 5068 Bergen",
            "drift av trådlaust nett og analyseverktøy",
            "Gøril Eide",
            "tenesteansvarleg",
            "55 31 40 77",
            "goril.eide@campusnett.no",
        ),
    ),
)

TE4 = Topic(
    key="TE4",
    title="Automatisk kontroll av KI-generert tekst i alle innleveringar",
    what=(
        "Høgskulen vil køyre alle skriftlege innleveringar og eksamenssvar gjennom eit verktøy som anslår kor stor del av teksten som er generert av KI, i tillegg til den vanlege plagiatkontrollen. Resultatet er ein prosentscore per avsnitt som sensor og emneansvarleg ser. Ein høg score skal berre vere grunnlag for ein samtale eller ei nærare vurdering, ikkje for ei fuskesak åleine.",
        "Om lag 45 000 innleveringar i året frå alle studentar. Teksten kan innehalde personopplysningar om studenten sjølv og om andre (t.d. praksisrefleksjonar), og resultatet kan få følgjer for studierett og vitnemål.",
    ),
    flow=(
        ("Kjelder", "innleveringane i læringsplattforma og eksamenssystemet; kandidatnummer"),
        ("Mottakarar", "sensor, emneansvarleg, fuskenemnda ved sak"),
        ("Lagring", "score i to år; teksten vert ikkje lagra hjå leverandøren etter analysen"),
        (
            "Tryggleik",
            "integrasjon via API med kandidatnummer, ikkje namn; kryptering; drift i Irland",
        ),
        ("Ansvar", "høgskulen er behandlingsansvarleg; Originaltekst Ltd er databehandlar"),
    ),
    need=(
        "Omfanget av KI-genererte svar har auka kraftig, og sensorane har bede om støtte. Utan eit verktøy er vurderinga tilfeldig og ulik frå sensor til sensor, og det rammar studentane ulikt.",
        "Vi veit at slike verktøy er usikre. Difor er bruken avgrensa til å gje sensor eit grunnlag for spørsmål, og studenten får alltid høve til å forklare seg. Vi har valt ein leverandør som ikkje lagrar tekstane.",
    ),
    rights=(
        "informasjon i eksamensforskrifta og ved kvar innlevering",
        "studenten får sjå scoren og grunngjevinga dersom han vert brukt i ei sak",
        "ingen fuskesak på grunnlag av scoren åleine",
        "studentar med lese- og skrivevanskar kan få merknad om tilrettelegging",
    ),
    risks=(
        (
            "Falske positive rammar studentar som skriv på andrespråk",
            "høg",
            "høg",
            "scoren er ikkje bevis; kalibrering mot norske tekstar; opplæring av sensorar",
        ),
        (
            "Tekst om tredjepersonar vert send til leverandøren",
            "middels",
            "middels",
            "ingen lagring hjå leverandøren; rettleiing om anonymisering i praksisrapportar",
        ),
        (
            "Studentar kjenner seg mistenkte og skriv dårlegare",
            "middels",
            "låg",
            "open informasjon om kva verktøyet kan og ikkje kan",
        ),
        (
            "Overføring til tredjeland via underleverandørar",
            "låg",
            "høg",
            "kontraktsfesta drift i EØS; kontroll av underleverandørliste",
        ),
    ),
    skipped=(
        (
            "Å la kvar sensor velje om verktøyet skal brukast",
            "gir ulik handsaming av studentane, som var ein av grunnane til tiltaket",
        ),
    ),
    residual="Usikkerheita i verktøyet og konsekvensane for studentane gjer at restrisikoen er høg.",
    procs=(
        Proc(
            "Originaltekst Ltd",
            "IE 3618842LH",
            "17 Harcourt Street, Dublin 2, Irland",
            "analyse av tekst",
            "Aoife Brennan",
            "data protection lead",
            "+353 1 554 2093",
            "aoife.brennan@originaltekst.ie",
        ),
    ),
)

TE5 = Topic(
    key="TE5",
    title="Digital deling av skikkavurdering og tvilsmeldingar med praksisstader",
    what=(
        "Høgskulen vil flytte handsaminga av skikkavurdering for lærar-, sjukepleiar- og barnevernsstudentar frå papir og e-post til ei eiga løysing i saksbehandlingssystemet vårt. Praksisrettleiarar skal melde tvil om ein student er skikka direkte i løysinga, og institusjonsansvarleg for skikkavurdering kan dele utvalde opplysningar med neste praksisstad når studenten er under særskild skikkavurdering.",
        "Det gjeld om lag 80 tvilsmeldingar og 10 særskilde skikkavurderingar i året, men løysinga tek imot opplysningar om alle 2 100 studentar i praksis. Opplysningane kan gjelde helse, rus og åtferd og kan føre til at studenten mistar studieretten.",
    ),
    flow=(
        ("Kjelder", "praksisrettleiarar, faglærarar, studenten sjølv"),
        (
            "Mottakarar",
            "institusjonsansvarleg, skikkanemnda; neste praksisstad berre etter vedtak om særskild skikkavurdering",
        ),
        (
            "Lagring",
            "tvilsmeldingar som ikkje fører til sak, vert sletta etter eitt år; saker vert arkiverte",
        ),
        (
            "Tryggleik",
            "pålogging med ID-porten for praksisrettleiarar, tilgangsstyring per sak, logg",
        ),
        (
            "Ansvar",
            "høgskulen er behandlingsansvarleg; løysinga køyrer i vårt eige saksbehandlingssystem på eigne tenarar",
        ),
    ),
    need=(
        "Papir og e-post har ført til at tvilsmeldingar har kome bort, og at opplysningar har vore sende til feil mottakar. Forskrift om skikkavurdering krev at institusjonen handsamar tvilsmeldingar, og ei sikker løysing er naudsynt for å gjere det forsvarleg.",
        "Deling med neste praksisstad er den mest inngripande delen. Ho skjer berre etter vedtak, berre med det praksisstaden treng for å rettleie studenten, og studenten får vite kva som vert delt.",
    ),
    rights=(
        "studenten får melding når ei tvilsmelding er registrert, og kan uttale seg",
        "innsyn i alle dokument i saka etter forvaltningslova",
        "kontradiksjon før noko vert delt med neste praksisstad",
        "sletting av grunnlause meldingar etter eitt år",
    ),
    risks=(
        (
            "Grunnlause tvilsmeldingar følgjer studenten vidare",
            "middels",
            "høg",
            "ingen deling utan vedtak; sletting etter eitt år",
        ),
        (
            "Praksisrettleiarar får tilgang til andre studentar",
            "låg",
            "høg",
            "tilgang per student og per praksisperiode; logg",
        ),
        (
            "Helseopplysningar vert delte breiare enn naudsynt",
            "middels",
            "høg",
            "mal for deling; godkjenning av institusjonsansvarleg",
        ),
        (
            "Studenten torer ikkje ta opp eigne vanskar",
            "middels",
            "middels",
            "informasjon om at eigenmelding ikkje er tvilsmelding",
        ),
    ),
    skipped=(
        (
            "Full kryptering av kvar sak med eigen nøkkel",
            "saksbehandlingssystemet støttar det ikkje; tilgangsstyring og logg er vurdert som tilstrekkeleg for no",
        ),
    ),
    residual="Deling av helse- og åtferdsopplysningar med nye arbeidsstader gir ein høg restrisiko for studentane, og vi vil ha Datatilsynet si vurdering.",
)
