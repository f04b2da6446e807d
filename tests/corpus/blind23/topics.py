# ruff: noqa: E501
"""Twenty planned processings, two per sender, written in the sender's own language.

Each topic holds what a plain sender would write about it: the processing (``desc``, ``scope``),
a one-sentence version a hurried sender writes instead (``thin``), necessity and proportionality
(``nec``), the legal basis alone (``legal``), the risks with their measures (``risks``), a measure
that was considered but not taken (``open``) and the processor (``proc``: company, person, phone,
e-mail, or None).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    title: str
    desc: str
    scope: str
    thin: str
    nec: str
    legal: str
    risks: tuple[tuple[str, str], ...]
    open: str
    proc: tuple[str, str, str, str] | None


T: dict[str, Topic] = {}

T["A1"] = Topic(
    title="digitalt nattilsyn i hjemmetjenesten",
    desc="Hjemmetjenesten i Elvedal vil ta i bruk digitalt nattilsyn hos hjemmeboende med demens. Det monteres en sensor med optisk kamera på soverommet. Kameraet viser ikke bilde i vanlig drift, men sender et varsel og et uskarpt omriss (silhuett) til vaktrommet når brukeren står opp, faller eller ikke har kommet tilbake i seng etter 20 minutter. Ved varsel kan nattpatruljen se et klart bilde i inntil 30 sekunder før de bestemmer seg for å kjøre ut. Formålet er å erstatte fysiske tilsyn om natten, som vekker mange av brukerne, og å oppdage fall raskere.",
    scope="Det gjelder i første omgang 35 brukere, senere kanskje 80. Opplysningene som behandles er bevegelsesdata, varsler med tidspunkt, korte bildesekvenser ved varsel og helseopplysninger om diagnose og vedtak. Kildene er sensoren og vedtaket i fagsystemet. Mottakere er nattpatruljen (ca. 14 ansatte) og fagansvarlig sykepleier. Varsler lagres 30 dager, bildesekvenser slettes etter 24 timer hvis de ikke er knyttet til en hendelse som må dokumenteres i journal. Løsningen driftes av leverandøren i et datasenter i Norge, med tilgangsstyring via kommunens innlogging. Kommunen er behandlingsansvarlig; helse- og omsorgssjefen eier tjenesten.",
    thin="Vi skal bruke kamerasensorer om natten hos noen brukere i hjemmetjenesten.",
    nec="Vi har vurdert om vi kan nå målet med mindre inngripende midler. Vanlige bevegelsessensorer (uten kamera) gir for mange falske varsler til at nattpatruljen rekker å følge opp, og fysiske tilsyn vekker brukerne og gir uro. Med silhuett som standard og klart bilde bare i 30 sekunder ved varsel ser vi så lite som mulig. Tilsynet skal bare brukes når det er fattet vedtak etter en individuell vurdering, og samtykke innhentes fra brukeren eller, når brukeren mangler samtykkekompetanse, vurderes etter pasient- og brukerrettighetsloven kapittel 4A med pårørende involvert. Brukere og pårørende får skriftlig informasjon, og ordningen evalueres for hver bruker hver tredje måned.",
    legal="Behandlingen har hjemmel i helse- og omsorgstjenesteloven og pasient- og brukerrettighetsloven, jf. personvernforordningen artikkel 6 nr. 1 bokstav e og artikkel 9 nr. 2 bokstav h.",
    risks=(
        (
            "Ansatte kan se på bilder uten at det er et varsel, av nysgjerrighet eller ved en feil.",
            "Klart bilde låses opp bare ved varsel, og alle visninger logges og kontrolleres stikkprøvevis hver måned.",
        ),
        (
            "Brukere med demens forstår ikke at de er overvåket, og verdigheten kan krenkes på soverommet.",
            "Individuelt vedtak, pårørende involvert, silhuett som standard og evaluering hver tredje måned.",
        ),
        (
            "Et feilkonfigurert eller hacket kamera kan gi bilder på avveie.",
            "Kameraet er ikke koblet til internett direkte, bare via kryptert forbindelse til leverandøren, og leverandøren har ikke tilgang til bilder uten at vi åpner for det.",
        ),
        (
            "Varsler kan falle bort ved strømbrudd eller nettfeil, slik at fall ikke oppdages.",
            "Reservebatteri og varsel til vaktrommet når en sensor går offline.",
        ),
    ),
    open="Vi vurderte å bruke bare silhuett også ved varsel, men fagfolkene mente det ikke er nok til å skille fall fra at brukeren sitter på gulvet. Den høye risikoen knyttet til bilder fra soverom hos personer som ikke kan samtykke står derfor igjen, og derfor ber vi om forhåndsdrøftelse.",
    proc=("Omsorgsteknikk AS", "Vegard Ruud", "930 44 218", "vegard.ruud@omsorgsteknikk.no"),
)

T["A2"] = Topic(
    title="læringsanalyse i Elvedal-skolen",
    desc="Skolene i Elvedal (fem barneskoler og to ungdomsskoler) vil slå på læringsanalyse i den digitale læringsplattformen. Plattformen samler inn hva elevene gjør i oppgavene: hvor lang tid de bruker, hvilke svar de gir og hvor ofte de gir opp. Ut fra dette lager den et anslag på hvilke elever som trenger ekstra hjelp i lesing og regning, og læreren får en oversikt med fargekoder for klassen. Formålet er å oppdage elever som strever tidligere enn i dag, og gi tilpasset opplæring.",
    scope="Omfatter ca. 1 900 elever fra 1. til 10. trinn og 190 lærere. Kilder er elevenes aktivitet i plattformen og klasselister fra skoleadministrasjonssystemet. Mottakere er kontaktlærer, faglærer og rektor; foreldre ser sitt eget barns oversikt. Data lagres i skoleåret og ett år etter, deretter slettes de. Leverandøren drifter plattformen i EU. Oppvekstsjefen er ansvarlig for tjenesten.",
    thin="Vi vil slå på læringsanalyse i læringsplattformen for elevene.",
    nec="Kartleggingsprøvene i dag gir et øyeblikksbilde to ganger i året, og mange elever som strever blir oppdaget for sent. Vi har vurdert å bare bruke flere kartleggingsprøver, men det tar mye undervisningstid og gir ikke lærerne noe mellom prøvene. Anslaget brukes bare som støtte for læreren, det fattes ingen vedtak eller karakterer på grunnlag av det. Vi samler ikke inn mer enn det plattformen allerede registrerer, og vi har slått av funksjonen for sammenligning mellom skoler. Elever og foreldre får informasjon i et eget skriv og på foreldremøter, og kan be om å få se hvilke data som ligger om eleven.",
    legal="Skolene behandler opplysningene for å gi opplæring etter opplæringslova, jf. personvernforordningen artikkel 6 nr. 1 bokstav e.",
    risks=(
        (
            "Elever kan bli stemplet som svake av et anslag som er feil, og lærerens forventninger kan bli lavere.",
            "Anslaget vises bare som «kan trenge oppfølging», aldri som score, og læreren må alltid vurdere selv. Kurs for lærerne før oppstart.",
        ),
        (
            "Barn får en digital profil som følger dem gjennom skoleløpet.",
            "Data slettes ett år etter skoleåret og følger ikke eleven til neste skoleslag.",
        ),
        (
            "Leverandøren kan bruke dataene til å utvikle produktet sitt.",
            "Databehandleravtalen forbyr bruk til egne formål; vi har fått bekreftet at læringsmodellen ikke trenes på våre data.",
        ),
        (
            "Foreldre og elever forstår ikke hva som skjer og kan ikke protestere.",
            "Eget informasjonsskriv, mulighet for innsyn og en kontaktperson på hver skole.",
        ),
    ),
    open="Vi vurderte å la foreldre reservere barnet mot analysen, men da mister vi nettopp de elevene vi trenger å fange opp, så det er ikke gjort. Det er profileringen av barn i stor skala vi ikke får risikoen ned på, og derfor sender vi dette til dere.",
    proc=("Lærvis Norge AS", "Hanne Mo Strand", "992 10 447", "hanne.strand@laervis.no"),
)

T["B1"] = Topic(
    title="chat med helsesjukepleiar for ungdom",
    desc="Skulehelsetenesta i Nordvik vil opne ein chat der elevar på ungdomsskulen og i vidaregåande kan skrive til helsesjukepleiar utan å oppgi namn. Eleven kan velje å logge inn med BankID dersom han eller ho vil ha ein samtale som skal følgjast opp og journalførast. Chatten er open tre ettermiddagar i veka. Føremålet er å senke terskelen for å ta kontakt om psykisk helse, seksualitet, rus og vald i heimen.",
    scope="Vi reknar med 600 samtalar i året frå om lag 1 400 elevar i alderen 13 til 19 år. Opplysningane er det eleven skriv, ofte helseopplysningar og opplysningar om familien, og for innlogga elevar namn og fødselsnummer. Kjelda er eleven sjølv. Berre dei fire helsesjukepleiarane les samtalane. Anonyme samtalar blir sletta etter 7 dagar; innlogga samtalar som krev oppfølging blir førte i journalen. Chatten køyrer hos leverandøren i Noreg. Kommunalsjef for oppvekst er ansvarleg.",
    thin="Vi skal opne ein chat mellom elevar og helsesjukepleiar.",
    nec="Dei fleste ungdommane som tek kontakt i dag, kjem fysisk på kontoret, og mange seier dei vegrar seg fordi andre ser dei i gangen. Telefon blir lite brukt. Ein chat er den minst inngripande måten vi har funne for å nå desse elevane. Eleven kan vere anonym, og vi krev ikkje innlogging for å få råd. Vi lagrar ikkje IP-adresser, og anonyme samtalar blir sletta raskt. Elevane får informasjon på skulen sine nettsider og i klassane, og vi har laga ein eigen tekst for dei yngste.",
    legal="Handsaminga skjer etter helse- og omsorgstenestelova og forskrift om helsestasjons- og skulehelsetenesta, jf. artikkel 6 nr. 1 bokstav e og artikkel 9 nr. 2 bokstav h i personvernforordninga.",
    risks=(
        (
            "Ein forelder eller søsken kan lese chatten på ein delt mobil eller PC.",
            "Samtalen forsvinn frå skjermen når vindauget blir lukka, og det blir ikkje sendt varsel eller e-post til eleven.",
        ),
        (
            "Eleven fortel om vald eller overgrep, og vi må melde frå til barnevernet sjølv om eleven ville vere anonym.",
            "Tydeleg informasjon før chatten startar om kva helsesjukepleiar har plikt til å melde.",
        ),
        (
            "Ein tredjepart kan utgi seg for å vere ein elev og skrive om ein annan elev.",
            "Opplysningar om andre blir ikkje lagra frå anonyme samtalar.",
        ),
        (
            "Innlogga samtalar blir ført i journal og kan sjåast av fleire enn eleven trur.",
            "Tilgangsstyring i journalsystemet og informasjon om kven som kan sjå journalen.",
        ),
    ),
    open="Vi vurderte å krevje innlogging for alle, men då kjem ikkje dei mest sårbare elevane. Risikoen ved at sensitive opplysningar om barn blir handsama utan at vi veit kven vi snakkar med, står att, og leiinga har difor bede oss om å sende dette til dykk.",
    proc=("Samtalehuset AS", "Ingvild Bø", "915 20 384", "ingvild.bo@samtalehuset.no"),
)

T["B2"] = Topic(
    title="KI-assistent for tilpassa opplæring",
    desc="Oppvekstsektoren i Nordvik vil ta i bruk ein KI-assistent i norsk og matematikk på 5.–7. trinn. Assistenten gir eleven oppgåver, les svara og lagar ein profil over kva eleven meistrar. Profilen blir brukt til å velje neste oppgåve og blir vist læraren. Læraren kan skrive kommentarar inn i profilen. Føremålet er betre tilpassa opplæring i klassar der ein lærar har mange elevar med ulike behov.",
    scope="Gjeld om lag 520 elevar og 40 lærarar på fire skular. Opplysningane er svar, tid brukt, meistringsprofil og lærarkommentarar. Kjeldene er eleven og læraren, og klasselister frå skuleadministrativt system. Mottakarar er læraren og rektor. Profilen blir sletta når eleven går ut av 7. trinn. Leverandøren køyrer språkmodellen i eit datasenter i Sverige.",
    thin="Vi vil bruke ein KI-assistent i undervisninga på mellomtrinnet.",
    nec="Vi har prøvd vanlege digitale oppgåvesett, men dei tilpassar seg ikkje eleven. Ein lærar med 27 elevar rekk ikkje å lage individuelle opplegg for alle. Assistenten brukar berre skulefagleg informasjon; vi har slått av fritekst frå elevane for å unngå at dei skriv personlege ting. Profilen blir ikkje brukt til vurdering eller karakterar. Elevar og føresette får informasjon før oppstart, og føresette kan sjå profilen på foreldremøtet.",
    legal="Vi har heimel i opplæringslova § 1-3 om tilpassa opplæring, jf. personvernforordninga artikkel 6 nr. 1 bokstav e.",
    risks=(
        (
            "Profilen kan gi eit feil bilete av eleven, og læraren kan leggje for stor vekt på han.",
            "Profilen blir vist som «forslag», og læraren skal alltid gjere si eiga vurdering.",
        ),
        (
            "Språkmodellen kan lagre eller lære av svara til barna.",
            "Avtale med leverandøren om at data ikkje blir brukt til trening, og logging av alle kall.",
        ),
        (
            "Lærarkommentarar kan innehalde sensitive opplysningar om heimeforhold.",
            "Retningslinje om kva som kan skrivast, og stikkprøvar kvart halvår.",
        ),
    ),
    open="Vi vurderte å køyre alt lokalt, men det har vi ikkje økonomi til. Det at ein språkmodell profilerer barn, meiner vi framleis gir høg risiko.",
    proc=("Tavla Læring AB", "Johan Lindqvist", "+46 8 410 277 30", "johan.lindqvist@tavla.se"),
)

T["C1"] = Topic(
    title="automatisk journalnotat fra videokonsultasjoner",
    desc="Klinikk Bjørkely tilbyr poliklinisk psykisk helsehjelp og rusbehandling. Vi vil ta i bruk talegjenkjenning som lytter på videokonsultasjonene og lager et utkast til journalnotat. Behandleren leser og retter utkastet før det godkjennes i journalen. Lydopptaket slettes når notatet er godkjent, senest etter 48 timer. Formålet er å frigjøre tid for behandlerne til pasientarbeid.",
    scope="Ca. 2 400 konsultasjoner i året, om lag 450 pasienter over 18 år, 16 behandlere. Opplysningene er lyd av samtalen, transkripsjon og utkast til notat, og dermed helseopplysninger om psykisk helse og rusbruk. Kilde er pasienten og behandleren. Mottaker er bare behandleren; leverandøren prosesserer lyden i Norge. Det endelige notatet ligger i journalen etter journalforskriftens regler. Daglig leder er ansvarlig.",
    thin="Vi vil bruke talegjenkjenning for å skrive journalnotater fra videokonsultasjoner.",
    nec="Behandlerne bruker i dag nesten en time om dagen på journalføring. Vi har vurdert diktering etter timen, men det sparer lite tid. Talegjenkjenning under samtalen gir bedre notater og mer tid til pasientene. Pasienten spør vi før hver konsultasjon om det er greit, og det er enkelt å si nei uten at det får følger for behandlingen. Vi lagrer bare det som trengs i journalen, lyden slettes. Pasientene får skriftlig informasjon i innkallingen.",
    legal="Vi behandler helseopplysningene for å yte helsehjelp, jf. artikkel 9 nr. 2 bokstav h og pasientjournalloven.",
    risks=(
        (
            "Pasienter kan holde tilbake informasjon når de vet at samtalen blir tatt opp, og behandlingen blir dårligere.",
            "Pasienten kan alltid si nei, og behandleren kan slå av opptaket midt i timen.",
        ),
        (
            "Utkastet kan inneholde feil som kommer inn i journalen.",
            "Behandleren må lese og godkjenne alt; vi gjør en stikkprøvekontroll hver måned det første året.",
        ),
        (
            "Lydopptak av samtaler om rus og psykisk helse kan komme på avveie hos leverandøren.",
            "Kryptering, lagring bare i Norge og sletting etter 48 timer.",
        ),
        (
            "Pasienter kan føle seg presset til å si ja.",
            "Spørsmålet stilles skriftlig før timen, ikke av behandleren selv.",
        ),
    ),
    open="Vi har vurdert å kjøre talegjenkjenningen på egne servere, men det har vi ikke kompetanse til nå. Det er risikoen ved å sende lyd av svært sensitive samtaler ut av huset vi ikke får helt ned.",
    proc=("Skrivhjelp Medisinsk AS", "Torstein Aas", "468 02 955", "torstein.aas@skrivhjelp.no"),
)

T["C2"] = Topic(
    title="pårørendetilgang i pasientportalen",
    desc="Vi vil gi pårørende tilgang til deler av pasientens journal og timeplan i pasientportalen, når pasienten selv har gitt fullmakt. Pårørende kan se timer, behandlingsplan og kriseplan, og sende meldinger til behandler. Fullmakten kan trekkes tilbake når som helst. Formålet er å involvere familien bedre i rusbehandling, der pårørende ofte er viktige.",
    scope="Vi regner med 150 pasienter og 220 pårørende det første året. Opplysningene er helseopplysninger i behandlingsplan og kriseplan, timer, meldinger og fullmakten. Kilder er journalen og pasienten. Mottakere er pårørende med fullmakt og behandler. Tilgangen varer til pasienten trekker den tilbake eller behandlingen avsluttes. Portalen driftes av leverandøren.",
    thin="Pårørende skal få se deler av journalen i portalen når pasienten sier ja.",
    nec="Pårørende spør oss i dag på telefon, og vi må avvise dem eller ringe pasienten først. Portalen gjør at pasienten selv styrer hva de ser. Vi gir bare tilgang til tre deler av journalen, ikke notater. Fullmakten er granulert: pasienten velger hver del for seg. Pasienten ser i portalen hvem som har vært inne og hva de har sett.",
    legal="Pasienten gir uttrykkelig samtykke, jf. artikkel 9 nr. 2 bokstav a, og pasient- og brukerrettighetsloven § 3-3.",
    risks=(
        (
            "En pasient kan bli presset av en pårørende til å gi fullmakt, for eksempel ved vold i nære relasjoner.",
            "Fullmakten gis bare i samtale med behandler uten den pårørende til stede, og behandler spør om press.",
        ),
        (
            "Pårørende kan se opplysninger pasienten ikke ville dele, hvis noe feilklassifiseres.",
            "Bare tre faste dokumenttyper vises; fritekstnotater er aldri synlige.",
        ),
        (
            "Pasienten glemmer at fullmakten finnes når forholdet endrer seg.",
            "Påminnelse hver sjette måned om at fullmakten fortsatt gjelder.",
        ),
    ),
    open="Vi vurderte å kreve at fullmakten fornyes hver måned, men pasientene syntes det var for tungvint. Risikoen for press fra pårørende kan vi ikke fjerne helt.",
    proc=("Helseportal Nord AS", "Marte Lysø", "905 61 230", "marte.lyso@helseportalnord.no"),
)

T["D1"] = Topic(
    title="KI-analyse av røntgenbilder",
    desc="Smilehuset har elleve klinikker. Vi ønsker å sende alle røntgenbilder (bitewing og panorama) til en analysetjeneste som markerer mulige hull, beintap og gamle fyllinger på bildet før tannlegen ser på det. Tannlegen får bildet tilbake med markeringer i journalsystemet. Målet er å oppdage mer og å gjøre vurderingene likere mellom klinikkene.",
    scope="Ca. 38 000 pasienter i året, også barn fra 12 år. Bildene sendes med pasientnummer, alder og kjønn, ikke navn. Tjenesten ligger hos en leverandør i Nederland. Bildene slettes hos leverandøren etter 30 dager; i journalen ligger de i ti år etter siste behandling som ellers. Bare tannlegen og tannpleieren som behandler pasienten ser resultatet.",
    thin="Vi vil bruke KI til å analysere røntgenbilder hos alle klinikkene.",
    nec="Vi har sett at tannlegene våre vurderer bildene ganske ulikt, og vi vil gi pasientene mer lik behandling. Vi vurderte å la to tannleger se på bildene, men det er for dyrt og tar for lang tid. Vi sender så lite som mulig til leverandøren og ikke navn eller fødselsnummer. Pasientene blir informert på venterommet og i innkallingen og kan si at de ikke vil at bildet skal analyseres. Tannlegen tar alltid beslutningen.",
    legal="Vi mener vi har grunnlag i artikkel 9 nr. 2 bokstav h og helsepersonelloven.",
    risks=(
        (
            "Pasienter kan få unødvendig behandling hvis systemet markerer for mye og tannlegen stoler for mye på det.",
            "Tannlegen må alltid bekrefte funnet, og vi følger med på antall fyllinger per klinikk.",
        ),
        (
            "Leverandøren kan koble bildene til en person, siden tenner er unike.",
            "Avtale som forbyr det, og sletting etter 30 dager.",
        ),
        (
            "Leverandøren kan bruke bildene til å trene modellen sin.",
            "Vi har sagt nei til det i avtalen.",
        ),
    ),
    open="Vi har vurdert å bare analysere bilder fra voksne, men det er hos ungdom vi ser flest tidlige hull. Vi mener det fremdeles er høy risiko fordi så mange pasienter og barn er med og data går ut av Norge.",
    proc=("DentaVision B.V.", "Pieter de Graaf", "+31 20 794 1183", "p.degraaf@dentavision.nl"),
)

T["D2"] = Topic(
    title="delbetaling med kredittsjekk",
    desc="Vi vil tilby pasienter delbetaling for behandlinger over 8 000 kroner. Før vi gir tilbudet, kjører vi en kredittsjekk, og pasienten får svar i resepsjonen eller i appen. Hvis pasienten ikke betaler, går saken til inkasso. Behandlingsplanen og prisen sendes til finansieringsselskapet, men ikke journalen.",
    scope="Ca. 2 000 pasienter i året. Opplysningene er navn, fødselsnummer, adresse, behandlingstype og pris, kredittscore og betalingshistorikk. Kilder er pasienten, vårt journalsystem og kredittopplysningsbyrået. Mottakere er finansieringsselskapet og inkassoselskapet. Opplysningene lagres i fem år etter siste innbetaling etter bokføringsreglene.",
    thin="Vi vil tilby delbetaling med kredittsjekk i klinikkene.",
    nec="Mange pasienter utsetter nødvendig behandling fordi de ikke kan betale alt på en gang. Vi har vurdert å tilby delbetaling uten kredittsjekk, men da tar vi for stor risiko. Vi sender bare behandlingstype og pris, ikke diagnoser. Pasienten velger selv om han vil søke, og får vite hvilke opplysninger som brukes.",
    legal="Det er nødvendig for å inngå avtale med pasienten, jf. artikkel 6 nr. 1 bokstav b.",
    risks=(
        (
            "Pasienter som får avslag kan la være å ta behandling.",
            "Vi tilbyr alltid en enklere behandling eller annen betalingsplan.",
        ),
        (
            "Finansieringsselskapet får vite at en person har tannproblemer.",
            "Behandlingstypen sendes som kategori, ikke detaljer.",
        ),
        ("Ansatte i resepsjonen ser kredittscoren.", "Resepsjonen ser bare ja eller nei."),
    ),
    open="Vi vurderte å la finansieringsselskapet stå for alt selv, men pasientene ønsket å gjøre det på klinikken. Koblingen mellom helsedata og kreditt gjør at vi mener risikoen er høy.",
    proc=(
        "Trygg Delbetaling AS",
        "Nils Erik Brevik",
        "464 91 030",
        "nils.brevik@tryggdelbetaling.no",
    ),
)

T["E1"] = Topic(
    title="stress monitoring for employers",
    desc="Pulsr is a wristband and app that measures heart rate variability and sleep and turns it into a daily stress score. We now want to sell it to employers as a wellbeing benefit. The employee wears the band, sees their own score in the app, and can book a session with a coach. The employer gets a dashboard with aggregated scores per department (minimum 10 people) so that HR can see where workload is too high.",
    scope="First customer is a logistics company with 300 employees; we expect about 2,000 users in 2027. Data: heart rate, HRV, sleep, steps, stress score, coach notes. Sources: the band and the user. Recipients: the user, the coach, and the employer (aggregates only). Raw sensor data is deleted after 90 days; scores are kept while the user has an account. Hosting is in Frankfurt. Pulsr is the controller for the app and the aggregates.",
    thin="We want to offer our stress wristband to employers as a wellbeing benefit.",
    nec="Employers already run yearly surveys on workload, but those come too late. We looked at a survey-only version of the product, but self-reported stress is much less reliable. We keep the employer away from individual data: aggregates need at least 10 people and are shown weekly, not daily. Participation is voluntary, and the employer never learns who is taking part. Users can pause tracking, see all data about them and delete their account from the app.",
    legal="Legal basis is explicit consent from each employee, Art. 9(2)(a) GDPR.",
    risks=(
        (
            "Consent from an employee is not really free; people may feel they must join.",
            "Employer never sees who takes part, and we tell customers in the contract they must not push it.",
        ),
        (
            "Small departments could allow the employer to identify individuals.",
            "Minimum group size of 10 and no daily figures.",
        ),
        (
            "A data breach would expose health data about many workers.",
            "Encryption at rest, MFA for staff, yearly pentest.",
        ),
        (
            "Stress scores could be used in decisions about firing or promotion.",
            "Contract forbids customers from using scores in HR decisions, and aggregates are too coarse to use that way.",
        ),
    ),
    open="We considered not offering any employer dashboard at all, but then no employer will pay. The power imbalance between employer and employee is the risk we cannot get low enough ourselves.",
    proc=(
        "Stratocloud Europe B.V.",
        "Anouk Visser",
        "+31 10 200 8841",
        "anouk.visser@stratocloud.eu",
    ),
)

T["E2"] = Topic(
    title="voice-based mood screening in the app",
    desc="We want to add a feature to the Pulsr app where the user records 30 seconds of speech each morning. A model analyses tone, tempo and pauses and gives an indication of low mood. If the indication is low for two weeks, the app suggests talking to a GP or using a helpline. The recordings are processed and then deleted; only the result is kept.",
    scope="About 8,000 current users, age 18 and over, could turn it on. Data: voice recording (deleted after analysis), mood indication, dates. Source: the user. Recipients: only the user. Hosting in Frankfurt. Results are kept for 12 months on a rolling basis.",
    thin="We want to add voice-based mood screening to the app.",
    nec="Users have asked for something that catches low mood early. Questionnaires are easy to fake and people stop filling them in. Voice is the least effort for the user. It is opt-in, off by default, and results never leave the user's phone and our server. We explain how the model works and what it can't do.",
    legal="Explicit consent, Art. 9(2)(a).",
    risks=(
        (
            "Wrong results could worry users or give them false reassurance.",
            "Clear wording that it is not a diagnosis, and always a link to real help.",
        ),
        (
            "Voice recordings are biometric and could identify people.",
            "Recordings are deleted right after analysis and never stored.",
        ),
        (
            "Users in a crisis might rely on the app instead of getting help.",
            "Crisis numbers shown in every result screen.",
        ),
    ),
    open="We thought about running the model on the phone only, but older phones can't handle it. We still think processing health signals from voice is high risk.",
    proc=(
        "Stratocloud Europe B.V.",
        "Anouk Visser",
        "+31 10 200 8841",
        "anouk.visser@stratocloud.eu",
    ),
)

T["F1"] = Topic(
    title="register over trenere og varslingsordning",
    desc="Forbundet vil lage et felles register over alle trenere og lagledere i klubbene, med kopi av politiattest-status, kurs og eventuelle varsler. Samtidig åpner vi en varslingskanal der utøvere, foreldre og andre kan melde fra om trakassering, overgrep og mobbing, også anonymt. Varslene behandles av et varslingsutvalg på tre personer i forbundet. Formålet er å hindre at en trener som har fått sparken i én klubb, begynner i en annen uten at noen vet om det.",
    scope="Ca. 1 100 trenere og lagledere i 74 klubber. Varslingskanalen kan brukes av alle, også barn fra 10 år. Opplysningene er navn, fødselsdato, klubb, om politiattest er vist, kurs, og i varslene fritekst som kan inneholde opplysninger om straffbare forhold og helse. Kilder er klubbene, treneren selv og varslerne. Mottakere er varslingsutvalget, generalsekretæren og klubbens leder når det gjelder deres egen trener. Varsler slettes fem år etter at saken er avsluttet.",
    thin="Forbundet vil ha et trenerregister og en varslingskanal.",
    nec="I dag har hver klubb sin egen liste, og vi har hatt saker der trenere har flyttet mellom klubber etter varsler. Vi har vurdert å bare gi klubbene bedre rutiner, men det løser ikke at informasjonen ikke deles. Registeret viser bare om politiattest er vist, ikke innholdet. Varsler lagres i en egen løsning med tilgang bare for utvalget. Trenere får vite hva som registreres og kan be om innsyn. Den det varsles om, får vite om varselet når det ikke skader undersøkelsen.",
    legal="Behandlingen er basert på berettiget interesse, jf. artikkel 6 nr. 1 bokstav f, og idrettens lover om barneidrett.",
    risks=(
        (
            "Uriktige varsler kan skade en trener for alltid hvis de ligger i registeret.",
            "Bare avsluttede saker med konklusjon blir koblet til registeret; ubegrunnede varsler slettes.",
        ),
        (
            "Barn som varsler kan bli identifisert i klubben.",
            "Varsleren kan være anonym, og utvalget deler ikke hvem som har varslet.",
        ),
        (
            "Klubbledere kan få se mer enn de trenger.",
            "Klubbleder ser bare sine egne trenere og bare status, ikke varslene.",
        ),
        ("Opplysninger om straffbare forhold kan lekke.", "Egen løsning med tofaktor og logging."),
    ),
    open="Vi har vurdert å la et eksternt advokatfirma ta imot varslene, men det har vi ikke råd til. Det er kombinasjonen av barn, straffbare forhold og en kanal som kan misbrukes, som gir høy risiko.",
    proc=(
        "Varslingstjenesten Norge AS",
        "Elin Kvam",
        "477 38 120",
        "elin.kvam@varslingstjenesten.no",
    ),
)

T["F2"] = Topic(
    title="live sporing og pulsdata under terrengløp",
    desc="Under NM og norgescupen vil vi la alle løpere bære en GPS-brikke med pulsmåler. Posisjonen vises på et kart på nett for publikum i sanntid, og pulsen brukes av medisinsk personell for å oppdage løpere som får problemer. Etter løpet får løperen sin egen fil. Formålet er sikkerhet i løypa og bedre publikumsopplevelse.",
    scope="Ca. 900 løpere per sesong, fra 13 år. Opplysningene er navn, klubb, klasse, posisjon og puls. Kilde er brikken. Mottakere er publikum (posisjon og navn), medisinsk team (puls) og arrangørklubben. Pulsdata slettes etter 14 dager; posisjon og resultat publiseres som resultatliste.",
    thin="Vi vil ha GPS- og pulssporing av løperne under konkurranser.",
    nec="Vi har hatt to alvorlige hendelser der løpere ble liggende lenge i terrenget før noen fant dem. Vi vurderte bare GPS uten puls, men da ser vi ikke at noen får hjerteproblemer. Publikum ser ikke puls. For løpere under 16 år vises bare startnummer på kartet. Løperne informeres ved påmelding.",
    legal="Vi har behandlingsgrunnlag i samtykke ved påmelding.",
    risks=(
        (
            "Publikum kan følge en bestemt løper, også barn, i skogen i sanntid.",
            "Under 16 år vises bare startnummer, og kartet har to minutters forsinkelse.",
        ),
        (
            "Pulsdata er helseopplysninger og kan avsløre sykdom.",
            "Bare medisinsk team ser pulsen, og den slettes etter 14 dager.",
        ),
        (
            "Løpere kan føle at de må bære brikken for å få starte.",
            "De som ikke vil, får løpe med bare GPS-brikke.",
        ),
    ),
    open="Vi har vurdert å ikke vise kartet for publikum i det hele tatt, men det er viktig for sponsorene. Sanntidsposisjon for barn i terrenget mener vi fortsatt er høy risiko.",
    proc=("Tidtaking Innlandet AS", "Pål Sundby", "918 77 402", "pal.sundby@tidtakinginnlandet.no"),
)

T["G1"] = Topic(
    title="kamera med skiltgjenkjenning i garasjeanlegget",
    desc="Borettslaget har et garasjeanlegg med 140 plasser der det har vært mange innbrudd i biler og boder. Styret vil sette opp 12 kameraer i garasjen og ved bodene, og et kamera med skiltgjenkjenning ved innkjøringen som åpner porten for registrerte biler. Opptakene ses bare når det har skjedd noe.",
    scope="Berører ca. 310 beboere, besøkende og håndverkere. Opplysningene er video, bilskilt og tidspunkt for inn- og utkjøring. Kilde er kameraene og beboerregisteret. Opptak slettes etter 7 dager; skiltlogg etter 30 dager. Bare to i styret og vaktselskapet har tilgang, og utlevering skjer bare til politiet ved anmeldelse.",
    thin="Vi vil sette opp kameraer med skiltgjenkjenning i garasjen.",
    nec="Vi har prøvd bedre lås og lys, men innbruddene fortsetter. Skiltgjenkjenning erstatter portbrikker som ofte kommer på avveie. Kameraene dekker ikke inngangsdører til leilighetene, og ingen ser på live. Generalforsamlingen har vedtatt tiltaket, og det er skiltet ved alle innganger.",
    legal="Vi bruker berettiget interesse, artikkel 6 nr. 1 f.",
    risks=(
        (
            "Beboere kan føle seg overvåket i sitt eget hjem, og styret kan se hvem som kommer og går når.",
            "Skiltloggen kan bare ses ved anmeldt hendelse, og det loggføres hvem som har sett.",
        ),
        (
            "Styremedlemmer kan misbruke tilgangen i en nabokrangel.",
            "Tilgang krever to personer samtidig.",
        ),
        (
            "Opptak kan komme på avveie hos vaktselskapet.",
            "Databehandleravtale og kryptert lagring.",
        ),
    ),
    open="Vi vurderte å la bare vaktselskapet ha tilgang, men det blir for dyrt for laget. Kombinasjonen av video og skiltlogg av beboere gjør at vi mener risikoen er høy.",
    proc=("Sikringsgruppen Vest AS", "Ronny Hauge", "482 17 660", "ronny.hauge@sikringsgruppen.no"),
)

T["G2"] = Topic(
    title="timesmåling av vann og strøm per leilighet",
    desc="Boligbyggelaget vil montere smarte målere for varmtvann og strøm i alle leilighetene i to borettslag. Målerne sender forbruk hver time. Vi vil bruke dataene til fakturering etter faktisk forbruk og til å varsle om lekkasjer, og vaktmester får varsel om unormalt forbruk.",
    scope="436 leiligheter. Opplysningene er timeforbruk per leilighet, kunde og adresse. Kilde er målerne. Mottakere er forretningsfører (faktura) og vaktmester (varsler). Timedata slettes etter 13 måneder; månedssummer beholdes i fem år.",
    thin="Vi vil ha smarte målere i leilighetene.",
    nec="Fellesfordeling av varmtvann er urettferdig, og lekkasjer oppdages for sent. Timesdata trengs for å oppdage lekkasjer; til faktura bruker vi bare månedssum. Vaktmester ser bare varsel, ikke kurven. Beboerne får informasjon og kan se egne data i en portal.",
    legal="Grunnlaget er husleiekontrakten og vedtektene, artikkel 6 nr. 1 b.",
    risks=(
        (
            "Timedata viser når folk er hjemme, sover eller er bortreist.",
            "Bare lekkasjevarsel brukes løpende; kurven ses bare av beboeren selv.",
        ),
        (
            "Innbruddstyver kan misbruke data om tomme leiligheter.",
            "Data ligger kryptert hos leverandøren og bare beboeren har innsyn.",
        ),
    ),
    open="Vi vurderte døgnmåling, men da finner vi ikke lekkasjer tidsnok. Vi mener det er høy risiko at detaljert forbruk i hjemmet samles for så mange.",
    proc=("Målerdata Norge AS", "Siri Helland", "941 05 338", "siri.helland@malerdata.no"),
)

T["H1"] = Topic(
    title="sensorar i heimen til eldre med demens",
    desc="Forskingsgruppa «Helse, rørsle og aldring» vil gjennomføre ein studie der vi set opp rørslesensorar, dørsensorar og ein smart straummålar i heimen til eldre med mild demens i tolv månader. Vi vil undersøkje om endringar i døgnrytme og aktivitet kan varsle om fall og innlegging. Deltakarane svarar òg på spørjeskjema kvar tredje månad.",
    scope="60 deltakarar over 70 år og deira næraste pårørande. Opplysningane er sensordata, helseopplysningar frå spørjeskjema og diagnose. Kjelder er sensorane, deltakaren og pårørande. Berre dei fire forskarane i prosjektet har tilgang. Data blir lagra på høgskulen sin forskingsserver og anonymiserte ved prosjektslutt i 2029. Prosjektet har førehandsgodkjenning frå REK.",
    thin="Vi skal ha sensorar i heimen til eldre med demens i ein forskingsstudie.",
    nec="Vi har vurdert å berre bruke spørjeskjema, men endringar i døgnrytme er nettopp det deltakarane sjølve ikkje merkar. Vi brukar ikkje kamera eller mikrofon. Samtykke blir innhenta med eit forenkla skriv, og pårørande er med i samtalen. Deltakarane kan trekkje seg når som helst, og då blir sensorane tekne ned same veke.",
    legal="Grunnlaget er samtykke og forskingsunntaket i artikkel 9 nr. 2 bokstav j.",
    risks=(
        (
            "Deltakarar med demens kan gløyme at dei er med og ikkje forstå at dei blir overvaka.",
            "Pårørande blir spurde kvar tredje månad, og vi stoppar om deltakaren verkar urolig.",
        ),
        (
            "Sensordata kan avsløre når heimen står tom.",
            "Data ligg kryptert på høgskulen og blir ikkje sende til andre.",
        ),
        (
            "Samtykkekompetansen kan bli svekka i løpet av studien.",
            "Ny vurdering kvar tredje månad saman med fastlegen.",
        ),
    ),
    open="Vi vurderte å korte ned studien til seks månader, men då får vi ikkje sett utviklinga. Overvaking i heimen av personar som kanskje ikkje kan samtykke gir høg risiko.",
    proc=("Sensorlab AS", "Kristoffer Nes", "466 12 904", "kristoffer.nes@sensorlab.no"),
)

T["H2"] = Topic(
    title="innsamling av ungdom sine innlegg i sosiale medium",
    desc="Vi vil samle inn offentlege innlegg frå TikTok og Instagram om trening og kropp frå ungdom i Noreg, og analysere dei med språkmodellar for å sjå korleis kroppspress kjem til uttrykk. Vi samlar inn tekst, bilete og brukarnamn og koplar til alder der profilen oppgir det.",
    scope="Om lag 40 000 innlegg frå ukjent tal brukarar, truleg 13 til 19 år. Kjelda er plattformene. Berre forskarane har tilgang. Brukarnamn blir erstatta med nøklar etter innsamling, og rådata blir sletta etter eitt år.",
    thin="Vi vil samle inn innlegg frå ungdom i sosiale medium til forsking.",
    nec="Vi kan ikkje spørje alle om samtykke. Spørjeundersøkingar fangar ikkje det som faktisk blir lagt ut. Vi tek berre offentlege innlegg og fjernar brukarnamn tidleg. Vi publiserer ingen sitat som kan søkjast opp.",
    legal="Forsking i allmenta si interesse, artikkel 6 nr. 1 e og artikkel 9 nr. 2 j.",
    risks=(
        (
            "Barn blir forska på utan å vite om det.",
            "Informasjon på prosjektsida og tilbod om å reservere seg.",
        ),
        (
            "Bilete kan avsløre identitet sjølv etter pseudonymisering.",
            "Bileta blir analyserte og sletta etter tre månader.",
        ),
    ),
    open="Vi vurderte å berre bruke tekst, men bileta er sentrale for kroppspress. Risikoen for barna står att.",
    proc=None,
)

T["I1"] = Topic(
    title="anonym chat for ungdom med KI-sortering",
    desc="Ung Stemme driver en chat der ungdom mellom 12 og 20 kan snakke med frivillige om alt som er vanskelig. Vi vil nå bruke et KI-verktøy som leser den første meldingen og sorterer henvendelsen i kø, slik at de som skriver om selvmord eller vold kommer først til en erfaren frivillig. Verktøyet lagrer ingenting selv.",
    scope="Ca. 11 000 samtaler i året. Opplysningene er det ungdommen skriver, ofte om helse, seksualitet og familie. Vi ber ikke om navn. Mottakere er de frivillige (ca. 120) og fagansvarlige. Samtaler slettes etter 30 dager.",
    thin="Vi vil bruke KI til å sortere henvendelser i chatten vår.",
    nec="I dag venter ungdom i opptil en time i kø, også de som er i akutt fare. Vi vurderte å spørre dem om alvorlighetsgrad, men mange svarer ikke ærlig på det. Verktøyet leser bare første melding og lagrer den ikke. Ungdommen får beskjed om at en maskin sorterer køen.",
    legal="Vi mener vi kan bruke berettiget interesse og artikkel 9 nr. 2 bokstav d.",
    risks=(
        (
            "Verktøyet kan feilvurdere en akutt henvendelse som lite alvorlig.",
            "Alle i kø over 15 minutter får svar uansett, og vi tester verktøyet hver måned.",
        ),
        (
            "Sensitive meldinger går til leverandøren av verktøyet.",
            "Leverandøren lagrer ingenting og behandler i EU.",
        ),
        (
            "Ungdom slutter å bruke chatten fordi de ikke vil at en maskin skal lese.",
            "Tydelig informasjon og mulighet til å velje manuell kø.",
        ),
    ),
    open="Vi har vurdert å bare bruke nøkkelord i stedet for KI, men det fanget for få. Vi mener det fortsatt er høy risiko når barn i krise blir sortert av en maskin.",
    proc=("Tekstsans AS", "Amir Haddad", "926 40 815", "amir.haddad@tekstsans.no"),
)

T["I2"] = Topic(
    title="formuesscreening av givere",
    desc="Vi vil bruke et verktøy som henter offentlige opplysninger om inntekt, formue og eierskap om våre faste givere, og gir hver giver en score for hvor mye de kan gi. De med høy score får et personlig brev og telefon fra daglig leder.",
    scope="Ca. 16 000 faste givere. Kilder er vårt giverregister, skattelistene og Brønnøysundregistrene. Scoren lagres i giverregisteret så lenge giveren er aktiv. Bare innsamlingsleder og daglig leder ser scoren.",
    thin="Vi vil gi giverne våre en score for hvor mye de kan gi.",
    nec="Vi trenger flere store gaver for å holde chatten åpen. Vi vurderte å spørre giverne direkte, men det gir lite. Vi bruker bare offentlige kilder og ikke sosiale medier. Givere får informasjon i personvernerklæringen og kan reservere seg.",
    legal="Vi bruker berettiget interesse, artikkel 6 nr. 1 f.",
    risks=(
        (
            "Givere vet ikke at de blir profilert og kan reagere negativt.",
            "Informasjon i årsbrevet og reservasjonsmulighet.",
        ),
        (
            "Scoren kan bli feil og føre til påtrengende kontakt.",
            "Daglig leder ringer bare én gang og noterer reservasjon.",
        ),
    ),
    open="Vi vurderte å bare bruke egen gavehistorikk, men det gir ikke nok. Profilering av mange uten at de vet det gir høy risiko.",
    proc=("Donorinnsikt AS", "Camilla Rød", "913 55 207", "camilla.rod@donorinnsikt.no"),
)

T["J1"] = Topic(
    title="trøtthetskamera i bussene",
    desc="Trollfjord Trafikk vil montere et kamera rettet mot føreren i alle 64 busser på regionrutene. Kameraet måler øyelukking og hodebevegelser og gir et lydsignal i bussen når føreren viser tegn på trøtthet eller ser på mobilen. Ved gjentatte varsler på samme tur sendes et varsel med et fem sekunders videoklipp til trafikkledelsen, som ringer føreren.",
    scope="Ca. 180 sjåfører. Opplysningene er video av føreren (lagres bare som klipp ved varsel), varsler med tid og sted, og førerens ansattnummer. Kilde er kameraet og turplanen. Mottakere er trafikkleder og nærmeste leder ved gjentatte hendelser. Klipp slettes etter 14 dager, varsler etter 6 måneder. Leverandøren drifter skyløsningen i EU.",
    thin="Vi vil sette inn trøtthetskamera hos førerne i bussene.",
    nec="Vi hadde tre nestenulykker i fjor der føreren sovnet på lange strekninger om natten. Vi har vurdert bedre turnus og pauser, og det har vi gjort, men det er ikke nok på nattrutene. Kameraet tar bare opp ved varsel, og det er ingen lyd. Varslene skal ikke brukes til disiplinærsaker uten at føreren har fått uttale seg. Tillitsvalgte har vært med i arbeidet og førerne har fått informasjon på allmøter.",
    legal="Behandlingen har grunnlag i berettiget interesse og arbeidsmiljøloven kapittel 9.",
    risks=(
        (
            "Førerne kan oppleve kameraet som kontroll av arbeidet og bli stresset av det.",
            "Bare klipp ved varsel, ingen live-visning, og avtale med tillitsvalgte om bruken.",
        ),
        (
            "Varslene kan brukes mot førerne i personalsaker.",
            "Varsler kan bare brukes i personalsak etter drøfting med tillitsvalgt og samtale med føreren.",
        ),
        (
            "Kameraet kan avsløre helseproblemer, for eksempel søvnapné.",
            "Bedriftshelsetjenesten tilbyr samtale, og opplysningene går ikke i personalmappen.",
        ),
        (
            "Klipp kan komme på avveie hos leverandøren.",
            "Databehandleravtale, kryptering og sletting etter 14 dager.",
        ),
    ),
    open="Vi vurderte å bare gi lydsignal uten å sende noe til trafikkledelsen, men da kan vi ikke hjelpe føreren. Den løpende overvåkingen av ansatte mener vi gir høy risiko.",
    proc=("Vaken Systems AB", "Erik Sandberg", "+46 31 702 44 90", "erik.sandberg@vaken.se"),
)

T["J2"] = Topic(
    title="kroppskamera for billettkontrollører",
    desc="Vi vil gi de 22 billettkontrollørene kroppsbårne kameraer med lyd. Kameraet står i en buffer på 30 sekunder og tar bare opp når kontrolløren trykker på knappen, typisk når en passasjer blir truende. Passasjeren får beskjed om at opptak starter.",
    scope="Passasjerer som kontrolleres, ca. 90 000 kontroller i året, og kontrollørene. Opptak lagres 30 dager og utleveres til politiet ved anmeldelse. Bare sikkerhetssjefen kan se opptak.",
    thin="Billettkontrollørene skal få kroppskamera.",
    nec="Kontrollørene har opplevd 41 trusler og fire voldsepisoder i år. Vi har prøvd å sende dem to og to, men det hjelper ikke alltid. Kameraet tar bare opp når kontrolløren trykker, og det er skilt i alle busser.",
    legal="Vi har berettiget interesse i å beskytte de ansatte.",
    risks=(
        (
            "Passasjerer blir filmet uten å ha gjort noe galt.",
            "Opptak starter bare ved knappetrykk, og passasjeren får beskjed.",
        ),
        (
            "Opptak med lyd kan fange opp samtaler fra andre passasjerer.",
            "Kontrolløren snur seg bort fra andre der det er mulig; opptak slettes etter 30 dager.",
        ),
        (
            "Kontrollører kan bruke kameraet for å true passasjerer.",
            "Logg over alle opptak og gjennomgang hver måned.",
        ),
    ),
    open="Vi vurderte kamera uten lyd, men trusler er ofte verbale. Risikoen for passasjerer som blir tatt opp er høy.",
    proc=("Vaken Systems AB", "Erik Sandberg", "+46 31 702 44 90", "erik.sandberg@vaken.se"),
)
