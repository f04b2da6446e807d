"""The planned processings of blind11: two per sender, written in the sender's own language.

Each topic holds the substance of parts 2-4 (description, necessity and proportionality, risks
with measures, and a measure considered but not taken). All of it is invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    title: str
    desc: str  # part 2: nature, scope, purpose, context, sources, recipients, security, roles
    need: str  # part 3: necessity and proportionality, safeguards for the data subjects
    risks: tuple[tuple[str, str, str], ...]  # part 4: (risk, level, measure)
    not_done: str  # part 4: a measure considered but not taken, and why


T: dict[str, tuple[Topic, Topic]] = {
    # A: Vevstua Klær AS, clothing chain (nb)
    "A": (
        Topic(
            "Kameraanalyse av kundeflyt og tyverimønstre i 48 butikker",
            "Vevstua vil ta i bruk videoanalyse i prøverom-korridorer og ved utganger i 48 "
            "butikker. Programvaren merker bevegelsesmønstre som ligner kjente tyverimønstre og "
            "varsler butikksjef på nettbrett. Omfang: rundt 2,1 millioner kundebesøk i året, "
            "ansatte på gulvet og leverandører. Opptak lagres i 72 timer; hendelser merket som "
            "avvik lagres i 30 dager. Kilder er kameraene selv; mottakere er butikksjef, "
            "regionalt svinnteam og ved anmeldelse politiet. Analysen kjøres i leverandørens "
            "datasenter i Finland.",
            "Svinnet i kjeden var 3,4 % av omsetningen i 2025, og manuelle kontroller har ikke"
            " redusert det. Vi har vurdert vektere i butikk og RFID-porter; RFID dekker ikke"
            " merkevarer uten brikke, og vektere i alle butikker koster fire ganger så mye."
            " Analysen gjenkjenner ikke ansikter og lager ingen profil over tid. Kundene"
            " informeres med skilt ved inngangen og på nettsiden, og innsyn gis via kundeservice.",
            (
                (
                    "Feilaktig mistanke mot kunder med avvikende bevegelsesmønster",
                    "høy",
                    "varsel vurderes alltid av et menneske før noen kontaktes",
                ),
                (
                    "Ansatte overvåkes i praksis også",
                    "middels",
                    "ansattes arbeidsområder maskeres; avtale med tillitsvalgte",
                ),
                (
                    "Opptak kommer på avveie hos leverandøren",
                    "middels",
                    "kryptering, tilgangslogg, revisjon av databehandleren årlig",
                ),
            ),
            "Vi vurderte å slå av analysen i åpningstiden for barneavdelingen, men gjorde det"
            " ikke fordi svinnet der er størst.",
        ),
        Topic(
            "Personlige tilbud basert på kjøpshistorikk og kroppsmål i kundeklubben",
            "Kundeklubben Vevstua Venn (ca. 610 000 medlemmer) skal få størrelsesanbefalinger og"
            " tilbud beregnet fra kjøpshistorikk, returer og frivillig oppgitte kroppsmål. Kilder:"
            " kassasystem, nettbutikk og medlemmets egen profil. Mottakere: markedsavdelingen og"
            " analyseleverandøren. Data lagres så lenge medlemskapet varer, kroppsmål slettes etter"
            " 24 måneder uten kjøp.",
            "Formålet er færre returer (31 % i nettbutikken) og relevante tilbud. Kroppsmål er"
            " frivillige og kan slettes i appen. Vi har vurdert anbefalinger bare fra"
            " kjøpshistorikk, men det gir for store feil for barneklær og spesialstørrelser."
            " Samtykket er delt i tre: kjøpshistorikk, kroppsmål og tilbud på e-post.",
            (
                (
                    "Kroppsmål kan avsløre helseforhold (graviditet, vektendring)",
                    "høy",
                    "ingen slutninger om helse; graviditetskategori tatt ut av modellen",
                ),
                (
                    "Profilering medlemmet ikke forventer",
                    "middels",
                    "forklaring i appen av hvorfor et tilbud vises",
                ),
            ),
            "Vi vurderte å la medlemmer under 18 år være med, men holdt dem utenfor.",
        ),
    ),
    # B: NordParcel Logistics AS, courier (en)
    "B": (
        Topic(
            "Driver telematics and in-cab fatigue camera for 900 delivery vans",
            "NordParcel will fit 900 vans with a telematics unit and an in-cab camera that"
            " detects eyelid closure and phone use. Data subjects are about 1,150 drivers,"
            " including subcontractors' staff. The unit records position every 10 seconds and"
            " stores 20-second clips around an event. Clips go to the route supervisor; monthly"
            " aggregates go to the HSE manager. Retention: positions 30 days, clips 14 days"
            " unless an incident is opened. The platform is run by the processor in Ireland.",
            "Twelve fatigue-related collisions in 2025 injured two drivers. Rest-time rules"
            " alone did not reduce them. Less intrusive means - self-reporting, route limits -"
            " were tried in 2024 and are kept alongside. The camera faces the driver only and"
            " records no sound; no continuous recording. Drivers may see their own clips in"
            " the app and contest an event.",
            (
                (
                    "Continuous monitoring of employees and pressure at work",
                    "high",
                    "no clips outside events; no use in pay or performance reviews",
                ),
                (
                    "Incorrect events (sunglasses, glare)",
                    "medium",
                    "every clip reviewed by a person before any follow-up",
                ),
                (
                    "Subcontractors' drivers not properly informed",
                    "medium",
                    "information in Norwegian, English and Polish; contract clause",
                ),
            ),
            "Real-time alerts to the supervisor were considered and rejected as too intrusive.",
        ),
        Topic(
            "Photo proof of delivery and doorstep face blurring",
            "Drivers take a photo of every parcel left at the door, about 40,000 a day. Photos"
            " may show recipients, neighbours, children and house numbers. The photo is sent to"
            " the recipient and the sender's web shop and kept 60 days for claims. An automatic"
            " blurring model runs before storage.",
            "Claims for lost parcels cost NOK 18 million in 2025; photos settle most of them."
            " Signature on a handheld requires the recipient at home and is kept as an option."
            " Recipients can opt out in the tracking page; blurring removes faces and plates.",
            (
                (
                    "Photos of people who did not expect it, including children",
                    "high",
                    "blurring before storage; drivers told to frame the parcel only",
                ),
                ("Web shops reuse photos", "medium", "photos shown via link only, no download"),
            ),
            "Deleting photos after 14 days was considered; claims come in up to 45 days later.",
        ),
    ),
    # C: Fjordingen Tidend AS, regional newspaper (nn)
    "C": (
        Topic(
            "Lesarprofilar for tilpassa framside og betalingsmur",
            "Fjordingen vil byggje lesarprofilar ut frå kva artiklar abonnentar og andre"
            " lesarar opnar, kor lenge dei les og kva kommune dei les frå. Om lag 48 000"
            " innlogga brukarar og 120 000 anonyme besøkande i veka. Profilane styrer"
            " rekkjefølgja på framsida og når betalingsmuren slår inn. Kjelder: nettstaden og"
            " appen. Mottakar: den redaksjonelle utviklingsavdelinga."
            " Lagring: 13 månader.",
            "Avisa treng fleire abonnentar for å halde fram med lokaljournalistikk i fem"
            " kommunar. Vi har vurdert ei felles framside for alle, men det gjev lågare"
            " konvertering. Lesinga kan avsløre politisk syn og religion; difor blir emne som"
            " politikk, tru og helse ikkje brukte i profilen. Lesarane kan slå av tilpassinga.",
            (
                (
                    "Profilen avslører politisk syn eller tru",
                    "høg",
                    "sensitive emne tekne ut; ingen deling med annonsørar",
                ),
                (
                    "Lesarar kjenner seg overvaka og sluttar å lese",
                    "middels",
                    "tydeleg informasjon og av-knapp på kvar side",
                ),
            ),
            "Vi vurderte å gje anonyme lesarar same val som innlogga, men det krev"
            " informasjonskapslar vi ikkje ønskjer å setje.",
        ),
        Topic(
            "Tipsmottak med automatisk transkripsjon av lydmeldingar",
            "Lesarar kan sende tips som lydmeldingar i appen. Meldingane blir transkriberte"
            " automatisk og lagde i ein tipskø for vaktsjefen. Tipsa kan innehalde"
            " opplysningar om tredjepersonar, helse og straffbare forhold. Om lag 300 tips i"
            " månaden. Lydfila blir sletta etter 30 dagar, teksten etter 6 månader.",
            "Transkripsjon gjer at tips blir lesne same dag. Alternativet er at vaktsjefen"
            " lyttar til alt, som ikkje er mogleg med tre personar på vakt. Kjeldevernet er"
            " sikra ved at berre redaksjonen har tilgang og at IP-adresser ikkje blir lagra.",
            (
                (
                    "Kjeldevernet brest ved innsyn i tipskøen",
                    "høg",
                    "transkripsjon på eigne tenarar; berre vaktsjefane har tilgang",
                ),
                (
                    "Opplysningar om tredjepersonar blir liggjande",
                    "middels",
                    "fast slettefrist og gjennomgang kvar månad",
                ),
            ),
            "Ende-til-ende-kryptering av lydmeldingane vart vurdert, men ikkje innført i år.",
        ),
    ),
    # D: Aasheim Bygg & Anlegg AS, construction contractor (nb)
    "D": (
        Topic(
            "Adgangskontroll med ansiktsgjenkjenning på byggeplasser",
            "Aasheim vil innføre adgangskontroll med ansiktsgjenkjenning på seks store"
            " byggeplasser. Omfattet er egne ansatte (ca. 420) og underentreprenørers ansatte"
            " (ca. 1 800 i året). Biometrisk mal lages ved oppmøte og sammenholdes med HMS-kort."
            " Kilder: HMS-kortregisteret og kameraet ved porten. Mottakere: prosjektledelsen og"
            " ved kontroll Arbeidstilsynet (mannskapslister). Malen slettes når personen er"
            " ferdig på plassen, senest etter 12 måneder.",
            "Formålet er å hindre arbeidslivskriminalitet og sikre korrekte mannskapslister."
            " HMS-kort alene blir lånt bort; manuell kontroll ved porten stopper ikke dette."
            " Biometri brukes bare der en porttelling viste lån av kort. Alternativet kort +"
            " PIN er tilbudt dem som ikke vil bruke ansiktet.",
            (
                (
                    "Biometriske opplysninger kommer på avveie",
                    "høy",
                    "malen lagres kryptert lokalt på porten, ikke bilder",
                ),
                (
                    "Arbeidstakere føler seg presset til å samtykke",
                    "høy",
                    "behandlingsgrunnlag er ikke samtykke; alternativ med PIN",
                ),
                (
                    "Feil avvisning av personer med mørk hud",
                    "middels",
                    "leverandørens testresultater; manuell overstyring ved porten",
                ),
            ),
            "Vi vurderte å bruke biometri bare for underentreprenører, men forkastet det som"
            " forskjellsbehandling.",
        ),
        Topic(
            "Posisjonering av anleggsmaskiner og førere",
            "GPS i 230 anleggsmaskiner registrerer posisjon, motortid og fører (via førerkort)."
            " Data brukes til maskinplanlegging, dokumentasjon av masseflytting og fakturering"
            " mot byggherre. Fører kan identifiseres. Lagring 6 måneder, fakturagrunnlag 5 år"
            " uten førerens navn.",
            "Byggherrene krever dokumentasjon av maskintimer. Vi har vurdert timelister, men de"
            " er unøyaktige. Føreridentitet brukes bare ved skade og sikkerhetshendelser.",
            (
                (
                    "Data brukes til å kontrollere den enkelte fører",
                    "høy",
                    "forbud i instruks; tilgang bare for maskinsjef",
                ),
                ("Posisjon utenfor arbeidstid", "middels", "logging stopper når tenningen slås av"),
            ),
            "Anonymisering av fører i sanntid ble vurdert; det hindrer oppfølging ved ulykker.",
        ),
    ),
    # E: Nordlysfabrikken Games AS, game studio (en)
    "E": (
        Topic(
            "Voice chat moderation with automated toxicity detection",
            "Our online game Fjellkamp (about 380,000 monthly players in the EEA, about 22 %"
            " aged 13-17) will transcribe voice chat in real time and flag harassment. Flagged"
            " snippets of 30 seconds are kept for 30 days for moderator review. Sources: the"
            " game client. Recipients: our moderation team and, for threats, the police."
            " Processing in our processor's EU region.",
            "Player reports alone catch under 10 % of harassment; young players rarely report."
            " Text-only moderation was considered but most abuse is spoken. Only flagged"
            " snippets are stored; players are told in the lobby and may switch voice chat off.",
            (
                (
                    "Recording children's voices and private talk",
                    "high",
                    "no storage unless flagged; under-16 voice chat off by default",
                ),
                ("False flags leading to bans", "medium", "a human moderator decides every ban"),
                ("Voice as biometric data", "medium", "no speaker identification model used"),
            ),
            "Age estimation from voice was considered and rejected.",
        ),
        Topic(
            "Spending limits based on player behaviour analytics",
            "We will analyse in-game purchases and session patterns to detect players who may"
            " be spending compulsively and apply soft limits. About 60,000 paying players."
            " Data: purchase history, session length, time of day. Kept 12 months.",
            "The purpose is player protection; fixed limits for all were considered but"
            " would not reach the small group at risk. Players can see and appeal the limit.",
            (
                (
                    "Inference of gambling-like behaviour or health",
                    "high",
                    "no label stored, only the limit; no sharing",
                ),
                ("Paternalistic limits on adults", "medium", "limits are soft and can be appealed"),
            ),
            "Contacting players by phone was considered and rejected.",
        ),
    ),
    # F: Tindra Mobil AS, mobile operator (nb)
    "F": (
        Topic(
            "Salg av anonymiserte bevegelsesdata fra mobilnettet til kommuner",
            "Tindra vil lage statistikk over bevegelser mellom grunnkretser fra signaldata i"
            " mobilnettet (ca. 1,4 millioner abonnenter) og selge den til kommuner og"
            " reiselivsaktører. Rådata behandles i Tindras eget miljø; aggregeringen gjøres av"
            " en databehandler. Grupper under 20 personer undertrykkes. Rådata slettes etter"
            " 24 timer.",
            "Kommunene trenger bedre grunnlag for kollektivtilbud og beredskap. Spørreundersøkelser"
            " gir for små utvalg. Aggregering og støy gjør at enkeltpersoner ikke skal kunne"
            " gjenkjennes; abonnenter kan reservere seg i Min side.",
            (
                (
                    "Re-identifisering i små grunnkretser",
                    "høy",
                    "terskel 20, differensielt personvern, ingen nattdata for hytteområder",
                ),
                (
                    "Abonnentene kjenner ikke til bruken",
                    "middels",
                    "informasjon i appen og på faktura",
                ),
            ),
            "Samtykke fra hver abonnent ble vurdert, men gir skjeve data.",
        ),
        Topic(
            "Svindelforebygging med analyse av samtalemønstre",
            "Tindra vil oppdage svindelanrop ved å analysere samtalemønstre (antall, varighet,"
            " nummerserier) for alle anrop i nettet, og varsle kunder som ringes av mistenkte"
            " nummer. Innholdet i samtalene behandles ikke. Metadata lagres i 14 dager.",
            "Svindel mot eldre kunder økte med 60 % i 2025. Blokkeringslister alene fanger ikke"
            " nye nummer. Kundene kan slå av varslene.",
            (
                ("Feilmerking av legitime nummer", "høy", "manuell kontroll før blokkering"),
                ("Metadata brukes til andre formål", "middels", "formålsbinding og tilgangslogg"),
            ),
            "Blokkering uten varsel ble vurdert og forkastet.",
        ),
    ),
    # G: Melkelaget Midt SA, dairy cooperative (nb)
    "G": (
        Topic(
            "Robotmelking og helsedata for produsentene i medlemsportalen",
            "Melkelaget samler melkedata fra 640 medlemsgårder (melkeroboter, tankmålere) i en"
            " portal. Nytt er at data om produsentenes arbeidstid i fjøset og helse i"
            " avløserordningen kobles for å tildele avløsertjenester. Kilder: robotene,"
            " avløserordningen, medlemmet selv. Mottakere: rådgivere i laget. Lagring 3 år.",
            "Formålet er å fordele avløsere dit behovet er størst og forebygge utbrenthet."
            " Søknadsbasert tildeling har gitt skjev fordeling. Helseopplysninger gis frivillig;"
            " medlemmene kan se og rette egne data.",
            (
                (
                    "Helseopplysninger blir kjent i lokalmiljøet",
                    "høy",
                    "bare to rådgivere med tilgang; ingen data til styret",
                ),
                (
                    "Arbeidstid brukes mot produsenten i kvoteforhandlinger",
                    "middels",
                    "formålsbinding i vedtektene",
                ),
            ),
            "Anonymisering av gårdsdata ble vurdert, men tildelingen krever identitet.",
        ),
        Topic(
            "Kamera i melkebiler og ved gårdstanken",
            "Tankbilene får kamera som filmer henting ved gårdstanken for å dokumentere"
            " hygiene og temperatur. Produsenter og familiemedlemmer kan komme i bildet."
            " 95 biler, ca. 640 gårder. Opptak lagres 7 dager.",
            "Reklamasjoner på melkekvalitet må kunne dokumenteres. Temperaturlogg alene viser"
            " ikke om lokket var åpent. Kameraet er rettet mot tanken.",
            (
                ("Familie og barn filmes på gårdsplassen", "høy", "smal vinkel, maskering"),
                ("Opptak brukes til å kontrollere sjåførene", "middels", "avtale med tillitsvalgt"),
            ),
            "Kontinuerlig filming under kjøring ble vurdert og forkastet.",
        ),
    ),
    # H: Reisefeber AS, travel agency (nb)
    "H": (
        Topic(
            "Helse- og tilretteleggingsdata for gruppereiser for seniorer",
            "Reisefeber arrangerer ca. 140 gruppereiser i året for seniorer. Vi vil samle"
            " opplysninger om helse, medisinbruk og behov for tilrettelegging i bookingsystemet"
            " og dele dem med hotell, reiseleder og forsikringsselskap. Ca. 4 500 reisende."
            " Opplysningene slettes 3 måneder etter hjemkomst.",
            "Uten opplysningene kan vi ikke sikre trygg reise (rullestol, insulin, diett)."
            " Skjema på papir hos reiselederen ble vurdert, men gav feil og tap. Bare det som"
            " trengs deles med hver mottaker.",
            (
                (
                    "Helseopplysninger sendes til hotell utenfor EØS",
                    "høy",
                    "bare tilretteleggingsbehov, ikke diagnose, deles med hotellet",
                ),
                ("Reiseleder har for bred tilgang", "middels", "tilgang bare under reisen"),
            ),
            "Kryptert e-post til hotellene ble vurdert, men de fleste kan ikke ta imot.",
        ),
        Topic(
            "Automatisert prising basert på søkehistorikk",
            "Nettbutikken vil tilpasse pakkepriser ut fra søkehistorikk, enhet og tidligere"
            " kjøp. Ca. 300 000 besøkende i året. Data lagres 12 måneder.",
            "Formålet er å fylle ledige plasser. Faste kampanjer ble vurdert. Kunden får se"
            " at prisen er tilpasset og kan be om standardpris.",
            (
                ("Prisdiskriminering av sårbare kunder", "høy", "øvre grense for påslag"),
                ("Uklar informasjon", "middels", "merking ved prisen"),
            ),
            "Å droppe prisjustering for innloggede kunder ble vurdert.",
        ),
    ),
    # I: Vaktkorps Nord AS, security guards (nb)
    "I": (
        Topic(
            "Kroppskamera for vektere i sentrumspatruljer",
            "Vaktkorps Nord vil utstyre 160 vektere i sentrumspatruljer og på kjøpesentre med"
            " kroppskamera. Opptak startes manuelt ved konflikt. Opptak av publikum, vektere og"
            " eventuelle pågrepne. Lagring 30 dager, lenger ved anmeldelse. Mottakere:"
            " driftssenteret, kunden (senteret) etter avtale, politiet.",
            "Vold mot vektere økte fra 41 til 73 hendelser fra 2023 til 2025. Opptak skal"
            " dokumentere hendelser og dempe konflikter. Faste kameraer dekker ikke patruljene."
            " Kameraet har synlig lampe og vekteren sier fra når opptak starter.",
            (
                (
                    "Opptak av uskyldige forbipasserende",
                    "høy",
                    "bare manuell start; sladding før utlevering",
                ),
                ("Vektere misbruker opptak", "middels", "ingen tilgang for vekteren selv"),
                ("Opptak brukes til å overvåke vekterne", "middels", "forbud i avtale med klubben"),
            ),
            "Kontinuerlig opptak med buffer ble vurdert og forkastet.",
        ),
        Topic(
            "Felles register over personer utestengt fra kjøpesentre",
            "Vi vil føre et felles register over personer som er utestengt fra 11 kjøpesentre"
            " vi vokter, med navn, bilde og årsak. Ca. 300 personer. Opplysningene kan gjelde"
            " straffbare forhold. Lagring til utestengningen utløper, maks 12 måneder.",
            "Sentrene vil håndheve utestengninger konsekvent. Separate lister per senter"
            " fungerer ikke når personer flytter mellom sentrene. Personen får skriftlig"
            " melding og kan klage.",
            (
                ("Stigmatisering og feilaktig utestengning", "høy", "klageordning, kort lagring"),
                ("Bilder spres blant ansatte i butikkene", "høy", "bare vektere har tilgang"),
            ),
            "Deling med butikkansatte ble vurdert og avvist.",
        ),
    ),
    # J: Pulsverket Trening AS, fitness chain (nb)
    "J": (
        Topic(
            "Ansiktsgjenkjenning ved inngang på ubemannede treningssentre",
            "Pulsverket har 52 sentre, 31 av dem ubemannet om kvelden. Vi vil erstatte"
            " nøkkelbrikker med ansiktsgjenkjenning ved inngangen. Ca. 96 000 medlemmer."
            " Biometrisk mal lagres sentralt; kamerabilder slettes umiddelbart. Mottakere:"
            " ingen utenfor kjeden.",
            "Brikkedeling koster oss anslagsvis 14 millioner kroner i året og gir ukjente"
            " personer i ubemannede lokaler. Brikke med PIN er alternativet og tilbys alle."
            " Biometri er frivillig.",
            (
                (
                    "Lekkasje av biometriske maler",
                    "høy",
                    "kryptering og separasjon fra medlemsdata",
                ),
                ("Medlemmer presses til å velge biometri", "middels", "likeverdig alternativ"),
            ),
            "Lokal lagring av malen på hvert senter ble vurdert, men gir dårligere sikkerhet.",
        ),
        Topic(
            "Treningsdata fra pulsbelter i personlig oppfølging",
            "Medlemmer med personlig trener kan koble pulsbelte og treningsklokke til appen."
            " Puls, søvn og restitusjon vises for treneren. Ca. 8 000 medlemmer. Lagring til"
            " medlemmet kobler fra, maks 2 år.",
            "Oppfølgingen blir bedre og tryggere med data om restitusjon. Manuell logg er"
            " alternativet og beholdes. Medlemmet velger hvilke data treneren ser.",
            (
                ("Helseopplysninger hos treneren", "høy", "tilgang bare for egen trener"),
                ("Data brukes i markedsføring", "middels", "teknisk og avtalemessig sperre"),
            ),
            "Å la treneren laste ned data ble vurdert og forkastet.",
        ),
    ),
}
