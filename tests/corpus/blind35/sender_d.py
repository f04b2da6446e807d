# ruff: noqa: E501
"""Sender D: Krokeide Eiendom AS (private rental housing, about 450 flats, 20 staff), bokmål.

Habits: the property manager writes in her own words, mostly running prose without headings,
often everything in the mail body; the DPO is a lawyer from a local law firm; the CEO's approval
is his e-mail, quoted in the body or forwarded as an .eml; once an RTF saved from an old Word.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, quoted, to_docx, to_rtf, txt, when

TOPICS = {
    "c007": "leietakerscreening med kredittsjekk og poengscore",
    "c027": "kameraovervåking med videoanalyse i fellesarealer",
    "c047": "klage på naboeiendommens kamera (ikke anmodning)",
    "c008": "smarte dørlåser med app og adgangslogg",
    "c028": "GPS-sporing av vaktmesterbilene",
    "c048": "fukt- og CO2-sensorer i leilighetene",
}

FROM_MARIANNE = "Marianne Solheim <marianne@krokeide-eiendom.no>"
SIG = txt("""
    Med vennlig hilsen
    Marianne Solheim
    Eiendomssjef
    Krokeide Eiendom AS
    Tlf 32 21 40 15 / 918 44 302
    marianne@krokeide-eiendom.no
    www.krokeide-eiendom.no
    """)
DPO = "Personvernombudet vårt er advokat Lars Ove Hamre i Hamre & Moe Advokatfirma AS (tlf. 452 19 880, lars.ove.hamre@hamremoe.no)."


def c007() -> tuple[EmailMessage, Label]:
    ceo = txt("""
        Fra: Per Krokeide <per@krokeide-eiendom.no>
        Sendt: tirsdag 27. oktober 2026 16:02
        Til: Marianne Solheim
        Emne: SV: Leietakerscreening - DPIA til godkjenning

        Hei Marianne

        Jeg har lest gjennom vurderingen din og notatet fra Lars Ove, og vi gikk gjennom funnene og innspillene fra Leieboerforeningen på ledermøtet i dag. Jeg er enig i konklusjonen: vi vil gjøre dette, men bare med de begrensningene du har skrevet inn, og vi sender det til Datatilsynet først. Du kan regne dette som godkjenning fra meg som daglig leder. Styret er orientert.

        Per
        """)
    body = (
        txt("""
        Hei

        Krokeide Eiendom AS leier ut rundt 450 boliger i Drammen og Lier. Vi ber om forhåndsdrøftelse for en ny måte å vurdere boligsøkere på. Jeg skriver alt her i e-posten, så håper det er greit.

        I dag vurderer vi søkerne manuelt. Vi får ca. 3 000 søknader i året og har to personer som går gjennom dem. Vi vil nå bruke en tjeneste fra Leietakerkontroll AS, som henter kredittopplysninger (betalingsanmerkninger, gjeldsregisteret med søkerens samtykke), sjekker ID med BankID, og regner ut en poengscore fra 1 til 100 basert på kredittopplysningene, inntekt fra lønnsslipp søkeren laster opp, og om søkeren har hatt husleierestanser hos andre utleiere som bruker tjenesten. Søkere under 40 poeng vil få et standard avslag, søkere over 70 går videre til visning, og de mellom 40 og 70 vurderer vi manuelt. Det betyr at noen søkere får avslag uten at et menneske har sett på søknaden, og det er hovedgrunnen til at vi skriver til dere. Søkerne er privatpersoner, mange unge og en del med innvandrerbakgrunn eller på NAV-ytelser.

        Opplysningene vi behandler er navn, fødselsnummer, kontaktinfo, kredittopplysninger, inntekt, husleiehistorikk fra andre utleiere, scoren og vår beslutning. Leietakerkontroll AS er databehandler for oss (avtale signert 1. oktober); kontaktperson der er Jonas Vik, kundeansvarlig, tlf. 22 00 47 11, jonas.vik@leietakerkontroll.no. Data lagres i Norge. Vi sletter alt om søkere som ikke får kontrakt etter 3 måneder, for dem som får kontrakt lagres søknaden i leieforholdet og 3 år etter. Ingen andre får opplysningene, men husleierestanser hos oss blir meldt inn til Leietakerkontroll sin database slik at andre utleiere kan se dem, og det er en egen behandling vi har vurdert sammen med dette.

        Hvorfor vi trenger det: Vi har hatt store tap på husleie de siste to årene (1,4 mill. kr) og mange søknader som tar tid. Vi mener det er lovlig å kredittvurdere boligsøkere fordi vi har saklig behov (husleieloven og kredittopplysningsreglene), og vi har valgt å ikke bruke flere opplysninger enn det som har betydning for betalingsevne – for eksempel ikke alder, nasjonalitet eller sosiale medier. Vi vurderte å bare kreve depositum og garanti i stedet, men det rammer de samme søkerne hardere. Vi vurderte også å la scoren bare være et råd til oss og alltid vurdere manuelt, men da sparer vi lite tid. Kompromisset er at alle med avslag får beskjed om at avslaget er automatisk, hva det bygger på, og at de kan be om at en av oss ser på søknaden på nytt (art. 22). Søkerne får informasjon før de sender inn, og kan se sin egen score. Dette er skrevet inn i søknadsskjemaet og på nettsiden.

        Det som kan gå galt for søkerne, slik vi ser det: Feil i kredittopplysninger eller i husleiehistorikken gjør at noen får avslag uten grunn (middels sannsynlig, alvorlig for den det gjelder fordi det er vanskelig å få bolig) – tiltaket er manuell ny vurdering på forespørsel og at søkeren ser hva avslaget bygger på. Scoren kan slå skjevt ut for folk med ujevn inntekt, som frilansere og folk på NAV-ytelser (ganske sannsynlig, alvorlig) – vi har bedt Leietakerkontroll om å ta med trygdeytelser som inntekt og testet på 200 gamle søknader, der 11 prosent av dem med NAV-inntekt fikk under 40 poeng selv om de var gode leietakere hos oss. Derfor har vi senket grensen fra 50 til 40. Det er fortsatt for mange etter vår mening. Husleierestanser i databasen kan bli stående selv om saken er gjort opp (lite sannsynlig, alvorlig) – Leietakerkontroll sletter når restansen er betalt, og vi melder inn bare etter dom eller forliksrådet. Opplysningene kan komme på avveie hos oss (lite sannsynlig, middels alvorlig) – tilgang bare for to personer, tofaktor. Det vi har vurdert men ikke gjort, er å droppe automatisk avslag helt (for mye arbeid) og å bruke samtykke som grunnlag (ikke frivillig når man søker bolig).

        Alt i alt er det fortsatt høy risiko for at noen urettmessig blir utestengt fra å leie hos oss, og vi vil derfor ha Datatilsynets syn før vi starter.

        Daglig leder har godkjent vurderingen etter at vi gikk gjennom den på ledermøtet, se e-posten hans under.

        """)
        + "\n"
        + DPO
        + "\n\n"
        + SIG
        + "\n"
        + quoted(ceo)
    )
    msg = message(
        "c007",
        FROM_MARIANNE,
        "Forhåndsdrøftelse - vurdering av boligsøkere",
        when(11, 4, 11, 37),
        body,
    )
    return msg, Label(
        "nb",
        (
            "housing_rental",
            "all_in_body",
            "no_headings_prose",
            "contact_signature",
            "contact_dpo_body_line",
            "processor_contact_in_description",
            "risk_prose_likelihood_consequence",
            "part5_email_quoted",
            "automated_decision",
        ),
        "inline",
        True,
        "used",
        "complete; everything in a plain body as running prose, the CEO's approval quoted below the signature",
    )


KAMERA_NOTAT = """
# Kameraovervåking med videoanalyse – Solbakken og Gulskogen

Krokeide Eiendom AS, 30.10.2026. Skrevet av Marianne Solheim.

Bakgrunn. Vi har hatt mye hærverk, innbrudd i boder og brann i søppelrom i to av boligområdene våre (Solbakken, 120 leiligheter, og Gulskogen, 85 leiligheter). Politiet har henlagt alle anmeldelsene. Beboerne er utrygge, og vi har fått 40 klager på et år.

Hva vi vil gjøre. Vi vil sette opp 22 kameraer i inngangspartier, trappeoppganger, bodganger, garasjer og søppelrom. Kameraene tar opp kontinuerlig, og opptakene lagres i 7 dager. I tillegg har kameraene videoanalyse fra leverandøren (Vaktnett AS) som varsler vaktselskapet når noen oppholder seg mer enn 5 minutter i bodgang eller søppelrom mellom kl. 23 og 06, eller når det oppdages røyk/flamme. Vaktselskapet kan se direktebildet ved alarm. Vi ser bare på opptak når det er skjedd noe. Det er ikke ansiktsgjenkjenning. Det blir skilt ved alle innganger.

Hvem det gjelder. Beboerne (ca. 500 personer, også barn), besøkende, håndverkere og våre egne ansatte. Opplysningene er bilder og video, tidspunkt og alarmer. Kameraene kan vise hvem som besøker hvem og når folk kommer og går.

Hvem som får opplysningene. Vaktnett AS (org.nr. 914 803 226) er databehandler og drifter kameraene, lagring og analyse. Kontakt: Stian Foss, driftssjef, tlf. 32 10 77 00, stian.foss@vaktnett.no. Politiet får utlevert opptak ved anmeldelse. Ingen andre.

Nødvendighet. Vi mener tiltaket er nødvendig og forholdsmessig.

Hva som kan gå galt for beboerne og hva vi gjør med det:

| Risiko | Sannsynlighet | Konsekvens | Tiltak |
| Beboernes bevegelser og besøk kartlegges (f.eks. i nabokrangel eller samlivsbrudd) | Middels | Høy | Bare to personer hos oss kan se opptak, logg, kun ved hendelse |
| Videoanalysen gir alarm på uskyldige, f.eks. ungdom som sitter i trappa eller hjemløse | Høy | Middels | Analyse bare i bodganger og søppelrom om natten, vaktselskapet ringer oss før de rykker ut |
| Opptak på avveie hos vaktselskapet | Lav | Høy | Databehandleravtale, tilgangslogg, revisjon |
| Ansatte (vaktmestere) føler seg overvåket | Middels | Middels | Drøftet med ansatte, opptak brukes ikke til kontroll av ansatte |

Ikke gjennomført: Maskering av dører inn til leilighetene – det gjøres der det er mulig, men i to trappeoppganger ser kameraet to dører. Kortere lagringstid enn 7 dager – politiet har bedt om minst en uke.

Restrisiko. Vi mener risikoen for at beboerne blir kartlagt fortsatt er høy, fordi det er kameraer i trappeoppgangene og videoanalyse.
"""


def c027() -> tuple[EmailMessage, Label]:
    ceo = message(
        "c027f",
        "Per Krokeide <per@krokeide-eiendom.no>",
        "SV: Kameraer Solbakken/Gulskogen",
        when(11, 2, 8, 12),
        txt("""
            Hei Marianne,

            Takk for gjennomgangen på ledermøtet fredag, og for at du fikk med innspillene fra beboermøtet. Jeg godkjenner vurderingen og at vi sender den til Datatilsynet før vi bestiller kameraene. Vi tar budsjettet i januar.

            Per Krokeide
            daglig leder
            """),
        to="Marianne Solheim <marianne@krokeide-eiendom.no>",
    )
    body = (
        txt("""
        Hei

        Vi ønsker forhåndsdrøftelse for kameraovervåking med videoanalyse i to av boligområdene våre. Vedlagt er notatet vårt med vurderingen, og e-posten der daglig leder godkjenner den.

        """)
        + "\n"
        + DPO
        + "\n\n"
        + SIG
    )
    msg = message(
        "c027",
        FROM_MARIANNE,
        "Kameraovervåking i borettsområder – ønske om forhåndsdrøftelse",
        when(11, 5, 14, 20),
        body,
        attachments=[("Kameraovervaking Solbakken og Gulskogen.docx", to_docx(KAMERA_NOTAT))],
        forwarded=("SV Kameraer Solbakken Gulskogen.eml", ceo),
    )
    return msg, Label(
        "nb",
        (
            "housing_rental",
            "dpia_report_docx",
            "headings_own",
            "contact_signature",
            "contact_dpo_body_line",
            "processor_contact_in_description",
            "risk_likelihood_consequence",
            "part5_email_forwarded_eml",
            "forwarded_rfc822",
            "part3_one_sentence",
        ),
        "none",
        True,
        "used",
        "necessity only asserted in one sentence and no safeguards for the residents' rights beyond signs; risks, description and CEO approval (.eml) present",
        missing=(3,),
    )


def c047() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Vi vil klage på kameraovervåkingen til næringsbygget i Konnerudgata 40 (eid av Konnerud Næringsbygg AS). To av kameraene deres er rettet rett mot lekeplassen og inngangen til blokk C i vårt boligområde Gulskogen, og filmer barna som leker der. Beboerne har klaget til oss flere ganger.

        Vi tok det opp med eieren i brev 14. september og på telefon i oktober. De svarte at kameraene er lovlige fordi de har «gjort en DPIA», og at de ikke vil flytte dem. Vi har selv nettopp gjort en grundig vurdering av våre egne kameraer (og bedt dere om forhåndsdrøftelse for det), så vi vet at en DPIA ikke gir rett til å filme naboens lekeplass.

        Vi ber Datatilsynet se på saken. Bilder av kameraene og korrespondansen kan ettersendes om dere trenger det.

        """)
        + "\n"
        + SIG
    )
    msg = message(
        "c047",
        FROM_MARIANNE,
        "Klage på kameraovervåking fra naboeiendom",
        when(12, 10, 10, 2),
        body,
    )
    return msg, Label(
        "nb",
        ("housing_rental", "nonrequest_complaint", "mentions_dpia", "contact_signature"),
        "none",
        False,
        "unspecified",
        "complaint about a neighbouring building's cameras filming the playground; mentions DPIAs but asks for no consultation",
        missing=(1, 2, 3, 4, 5),
    )


LAAS = """
# Personvernvurdering – smartlås i Krokeide-boligene

Utarbeidet av Marianne Solheim med hjelp fra advokat Lars Ove Hamre. 19. oktober 2026.

## Hva vi skal gjøre

Vi skal bytte ut vanlige nøkler med digitale låser på ytterdører, bodganger, vaskerier og leilighetsdører i alle våre 450 leiligheter i løpet av 2027. Beboerne åpner med mobilapp (Låsly) eller med brikke. Beboeren kan gi digital nøkkel til andre (familie, hjemmesykepleie, håndverkere) for et tidsrom. Vi i Krokeide og vaktmesterne kan åpne leilighetsdører ved nødsituasjoner og avtalte arbeider, slik vi kan i dag med hovednøkkel.

Låsene logger hver åpning: hvilken dør, når, og med hvilken nøkkel (hvilken person). Loggen for leilighetsdøren blir altså en oversikt over når beboeren og alle gjestene deres kommer og går.

Omfang: ca. 1 100 beboere inkl. barn, og alle de får nøkkel av. Opplysninger: navn, telefon, leilighet, nøkler, åpningslogg, appens enhets-ID.

Leverandøren Låsly AS (org.nr. 926 330 115) er databehandler og drifter løsningen i Norge. Kontaktperson: Hanne Rud, prosjektleder, tlf. 415 80 332, hanne.rud@lasly.no.

## Hvorfor og hvor mye

Vi mister mange nøkler (i fjor 230 nøkler og 14 låsbytter), og beboerne ønsker å kunne gi tilgang til hjemmetjenesten uten nøkkelboks. Behandlingsgrunnlaget er leieavtalen (art. 6 nr. 1 b) for selve låsen og vår berettigede interesse (f) for loggen i fellesarealer. For loggen på leilighetsdøren har vi valgt at den bare lagres i 7 dager og at bare beboeren selv kan se den i appen. Vi kan bare se logg for leilighetsdøren dersom politiet ber om det, eller når vi selv har åpnet døren. Loggen for fellesdører lagres 30 dager. Alternativet var å fortsette med nøkler, eller digitale låser bare på fellesdørene. Beboerne som ikke vil ha app, får brikke, og vil ikke bli registrert med telefon.

Beboerne får informasjon i brev og på beboermøter før installasjon, og kan se egen logg i appen og be om innsyn i alt vi har.

## Risiko

~ 1. Krokeide eller vaktmestere bruker loggen til å kontrollere beboere (f.eks. hvem som bor der, fremleie, besøk). Sannsynlighet middels, konsekvens høy. Tiltak: vi har ikke tilgang til logg for leilighetsdører, og tilganger logges hos Låsly.
~ 2. Beboer med voldelig eks-partner som har fått digital nøkkel og ikke blir fjernet. Sannsynlighet lav, konsekvens svært høy. Tiltak: beboer kan trekke tilbake alle nøkler i appen, vi kan gjøre det på telefon døgnet rundt via vakt.
~ 3. Hacking av låsene eller av appen. Sannsynlighet lav, konsekvens høy. Tiltak: sertifisert lås, penetrasjonstest, oppdateringer.
~ 4. Strømbrudd eller feil gjør at beboer ikke kommer inn eller ut. Sannsynlighet lav, konsekvens høy. Tiltak: batteri og mekanisk nødåpning.

Det vi ikke har gjort: fjerne logg på leilighetsdør helt – Låsly kan ikke skru den av, bare korte ned lagringstiden. Vi har heller ikke gitt beboerne et valg om å beholde vanlig nøkkel, fordi det ville gjøre systemet for fellesdører usikkert.

Restrisiko: Vi mener risiko 1 og 2 fortsatt er høye.
"""


def c008() -> tuple[EmailMessage, Label]:
    ceo = txt("""
        -------- Videresendt melding --------
        Fra: Per Krokeide <per@krokeide-eiendom.no>
        Dato: 28.10.2026 09:14
        Emne: Re: Smartlås - personvernvurdering

        Marianne, jeg har gått gjennom vurderingen med deg og Lars Ove, og lest innspillene fra Leieboerforeningen og de ansatte. Den er godkjent fra min side. Send den til Datatilsynet. Vi venter med å signere kontrakten til vi har hørt fra dem.
        Per
        """)
    body = (
        txt("""
        Hei,

        Vi ønsker forhåndsdrøftelse om smartlåser med adgangslogg i leilighetene våre. Vurderingen vår ligger vedlagt (lagret som rtf, vi har en gammel Word). Godkjenningen fra daglig leder ligger nederst.

        """)
        + "\n"
        + DPO
        + "\n\n"
        + SIG
        + "\n"
        + ceo
    )
    msg = message(
        "c008",
        FROM_MARIANNE,
        "Smartlås og adgangslogg - forhåndsdrøftelse",
        when(11, 3, 13, 5),
        body,
        attachments=[("Personvernvurdering smartlas.rtf", to_rtf(LAAS))],
    )
    return msg, Label(
        "nb",
        (
            "housing_rental",
            "dpia_rtf",
            "headings_own",
            "contact_signature",
            "contact_dpo_body_line",
            "processor_contact_in_description",
            "risk_numbered_prose",
            "part5_email_inline_forward",
        ),
        "none",
        True,
        "used",
        "complete; a short RTF assessment in the sender's own headings, CEO's approval as an inline-forwarded mail in the body",
    )


def c028() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei igjen

        Vi har en sak til som vi tror må til forhåndsdrøftelse, og denne gangen gjelder det våre egne ansatte.

        Vi har seks vaktmestere som kjører firmabiler. Vi vil sette inn GPS-enheter fra Trackbil AS i bilene. Formålet er elektronisk kjørebok (skatteetaten), at vi kan sende nærmeste vaktmester ved akutte saker (vannlekkasje, innelåste), og at vi kan dokumentere når vi har vært på et oppdrag hvis en leietaker klager. Enheten sender posisjon hvert 30. sekund når tenningen er på, og lagrer fart og tidspunkt. Bilene kan brukes privat etter avtale (to av vaktmesterne har bilen hjemme). Trackbil AS er databehandler, kontaktperson er Kenneth Lund, tlf. 33 44 90 10, kenneth.lund@trackbil.no. Data lagres hos dem i Norge i 12 måneder (kjørebok 5 år).

        Det som gjør dette vanskelig er at vi med dette kan se hvor de ansatte er hele arbeidsdagen, og i privat kjøring også hvor de er på fritiden, hvis vi ikke passer på. Arbeidsmiljøloven kap. 9 og forskriften om innsyn i e-post gjelder ikke direkte, men vi har drøftet det med de ansatte som kontrolltiltak etter kap. 9 (møte 12. oktober, referat finnes). Vi mener det er nødvendig for kjøreboken og for utrykning, men vi har gjort disse begrensningene: privatmodus-knapp i bilen som skrur av posisjon (bare kjørelengde lagres), vi ser ikke sanntidsposisjon utenom akutte saker (da ser vi bare hvem som er nærmest), fart brukes ikke til noe, og historikk brukes bare ved konkrete klager og da med den ansatte til stede. Alternativene var manuell kjørebok (vaktmesterne vil helst slippe) og å ringe rundt ved akutte saker (gjør vi i dag, men det tar tid om natten).

        Risikoen for de ansatte er at posisjonsdata brukes til å kontrollere arbeidstid og pauser (middels sannsynlig, høy konsekvens for tilliten), at privatmodus ikke blir brukt og vi ser privatliv (middels, høy), og at data lekker fra Trackbil (lav, middels). Tiltakene er de begrensningene over, at historikk bare kan hentes ut av meg og med logg, og avtale med Trackbil. Vi har vurdert å slette posisjon etter 30 dager, men kjøreboken trenger mer, og Trackbil kan ikke skille det. Vi har også vurdert å droppe sanntidsposisjon helt, men da mister vi utrykningsformålet. Vi mener risikoen for kontroll av de ansatte fortsatt er for høy til at vi vil starte uten å høre med dere.

        Om godkjenningen: Per (daglig leder) har sett gjennom, men han vil at styret skal ta stilling fordi det gjelder de ansatte. Styret har ikke hatt møte siden oktober, og neste styremøte er 14. januar. Vi sender likevel nå og ettersender styreprotokollen.

        """)
        + "\n"
        + DPO
        + "\n\n"
        + SIG
    )
    msg = message(
        "c028", FROM_MARIANNE, "Forhåndsdrøftelse GPS i vaktmesterbiler", when(11, 25, 15, 44), body
    )
    return msg, Label(
        "nb",
        (
            "housing_rental",
            "employees",
            "all_in_body",
            "no_headings_prose",
            "contact_signature",
            "contact_dpo_body_line",
            "processor_contact_in_description",
            "risk_prose_likelihood_consequence",
            "part5_future_meeting",
            "part5_will_follow",
        ),
        "none",
        True,
        "used",
        "all in body as prose; the CEO has looked at it but wants the board to decide on 14 January, minutes to follow",
        missing=(5,),
    )


def c048() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Krokeide Eiendom AS ber om forhåndsdrøftelse. Jeg har skrevet vurderingen rett inn her.

        HVA: Vi vil montere sensorer for fukt, temperatur og CO2 i bad og stue i 140 leiligheter i Solbakken (bygget 1972) fordi vi har store problemer med fukt og mugg. Sensorene måler hvert 5. minutt. Vi får varsel når fuktigheten på badet er høy over lang tid, og kan da ta kontakt med beboeren eller sette inn tiltak (vifte, utbedring). Problemet er at CO2 og fukt viser om det er folk hjemme, hvor mange som er der, når de dusjer og sover, og om leiligheten står tom. Med andre ord sier sensoren mye om livet til beboerne (ca. 330 personer, også barn), og det er grunnen til at vi skriver.

        HVORDAN: Sensorene sender via LoRa til en mottaker i bygget og videre til en server som står hos oss på kontoret. Vi har kjøpt systemet, men drifter det selv; vi bruker ingen databehandler. Data lagres i 60 dager, deretter lagres bare døgngjennomsnitt i 3 år (for dokumentasjon av fuktutviklingen i bygget). Det er to personer hos oss (meg og driftsleder) som har tilgang, med tofaktor.

        HVORFOR DET ER NØDVENDIG: Vi har plikt til å holde leilighetene i forsvarlig stand (husleieloven § 5-3), og muggsopp er en helserisiko for beboerne. Fuktmålere som beboeren leser av selv er prøvd i 2024, men få brukte dem. Vi vurderte å bare måle fukt (ikke CO2), men lav CO2 og høy fukt sammen er det som forteller at det er for lite lufting, så vi trenger begge. Vi har redusert måling til hvert 5. minutt (leverandøren anbefalte hvert minutt). Grunnlaget er leieavtalen og vår berettigede interesse, og vi har gjort en interesseavveining som Lars Ove Hamre har sett på. Beboerne får brev og informasjonsmøte, kan se sine egne målinger i en enkel nettside, og kan be oss slå av CO2-måleren i sin leilighet (da måler vi bare fukt og temperatur). Vi bruker ikke data til å sjekke fremleie eller antall beboere, og det står i husordensreglene.

        RISIKO: (1) Dataene brukes til å finne ut om noen bor der uten å stå på kontrakten eller om leiligheten er fremleid – middels sannsynlig fordi fristelsen er der, høy konsekvens. Tiltak: skriftlig forbud, logg, bare to har tilgang, årlig kontroll av Lars Ove. (2) Innbruddstyver eller andre får tak i data om når folk er borte – lav sannsynlighet, høy konsekvens. Tiltak: serveren er ikke tilgjengelig fra internett, kryptert radiolink. (3) Beboere føler seg overvåket i eget hjem – høy sannsynlighet, middels konsekvens. Tiltak: informasjon, innsyn, mulighet for å slå av CO2. (4) Feil på sensorer gir feil grunnlag for krav mot beboer (f.eks. at de ikke lufter) – middels, middels. Tiltak: vi bruker ikke målingene alene som grunnlag for krav. Vi har ikke gjort: å gi beboerne rett til å si nei til hele sensoren – da får vi ikke fanget fuktskadene som også rammer naboene. Vi har heller ikke anonymisert dataene, fordi vi må vite hvilken leilighet det gjelder. Samlet mener vi at risiko (1) og (3) fortsatt er høy.

        GODKJENNING: Styret i Krokeide Eiendom AS behandlet vurderingen i styremøte 3. desember 2026, sak 22/2026, etter at jeg hadde presentert funnene og innspillene fra beboermøtet 26. november. Vedtaket lyder: «Styret godkjenner personvernvurderingen for fukt- og CO2-sensorer i Solbakken. Selskapet ber Datatilsynet om forhåndsdrøftelse før sensorene tas i bruk.» Protokollen er signert av styreleder Guri Krokeide og daglig leder Per Krokeide.

        """)
        + "\n"
        + DPO
        + "\n\n"
        + SIG
    )
    msg = message(
        "c048",
        FROM_MARIANNE,
        "Fukt- og CO2-sensorer Solbakken - forhåndsdrøftelse",
        when(12, 7, 9, 30),
        body,
    )
    return msg, Label(
        "nb",
        (
            "housing_rental",
            "all_in_body",
            "headings_caps_in_body",
            "contact_signature",
            "contact_dpo_body_line",
            "processor_none_stated",
            "risk_numbered_prose",
            "part5_board_decision_quoted",
        ),
        "inline",
        True,
        "none",
        "complete; all in a plain body under capitalised headings, no processor («vi bruker ingen databehandler»), board decision quoted",
    )
