# ruff: noqa: E501
"""Sender I: Brattvoll Fotballklubb (football club with an elite team and an academy), bokmål.

Habits: a small office (CEO, academy manager) writing in their own words, a few paragraphs in the
mail and a short Word or LibreOffice document with their own headings; the board's decision as a
photographed page of the minutes; vCards from the academy manager; the DPO is a lawyer the club
buys the service from.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import signed_page
from kit import Label, message, to_docx, to_odt, txt, vcard, when

TOPICS = {
    "c017": "GPS-vester og pulsmåling for akademispillere",
    "c037": "ansiktsgjenkjenning ved inngang for sesongkortholdere",
    "c057": "KI-kamera og videoplattform for barnekamper",
    "c018": "skade- og helseregister for akademispillere",
    "c038": "talentdatabase med modningsmålinger og psykologiske tester",
    "c058": "karanteneregister for supportere delt med andre klubber",
}

FROM_KIM = "Kim Rønning <kim.ronning@brattvollfk.no>"
FROM_TROND = "Trond Aker <trond.aker@brattvollfk.no>"
SIG_KIM = txt("""
    Sportslig hilsen
    Kim Rønning
    Akademileder, Brattvoll FK
    482 90 116
    """)
SIG_TROND = txt("""
    Hilsen Trond Aker
    Daglig leder
    Brattvoll Fotballklubb
    Mob 913 55 207 | trond.aker@brattvollfk.no
    """)
DPO = "Personvernombudet vårt er advokat Sara Lindahl i Lindahl Advokat AS, tlf. 47 61 20 90, sara@lindahladvokat.no."
KIM_VCF = (
    "Kim_Ronning.vcf",
    vcard(
        "Kim Rønning",
        "Brattvoll Fotballklubb",
        "Akademileder",
        "+47 482 90 116",
        "kim.ronning@brattvollfk.no",
    ),
)


# --- I17: GPS-vester --------------------------------------------------------------------------

GPS_NOTAT = """
# Personvernvurdering – GPS-vester og pulsmåling i akademiet

Brattvoll Fotballklubb, oktober 2026. Skrevet av Kim Rønning med hjelp av Sara Lindahl.

## Hva vi gjør

Fra januar skal alle spillere på akademilagene (G14, G16, G19, J16 og J19, til sammen ca. 95 spillere 13–19 år) bruke GPS-vest med pulsbelte på alle treninger og kamper. Vesten måler posisjon på banen (10 ganger i sekundet), fart, akselerasjon, løpsdistanse og puls. Data lastes opp etter økta til Fieldmetrics sin plattform, der trenere og fysisk trener ser rapporter per spiller. Spillerne og foreldrene (for spillere under 16) ser spillerens egne tall i appen.

Formålet er å styre treningsbelastningen så vi unngår skader (særlig i vekstspurten), og å følge spillernes fysiske utvikling.

Opplysninger: navn, fødselsår, lag, posisjon på banen, løpsdata, puls, belastningsscore. Puls og belastning er helseopplysninger. Det er barn.

Data lagres hos Fieldmetrics Ltd (Irland, databehandler) så lenge spilleren er i akademiet og slettes ett år etter at spilleren slutter. Kontaktperson hos Fieldmetrics: Ciara Byrne, Customer Success, +353 1 556 8120, ciara.byrne@fieldmetrics.ie. Data deles ikke med andre klubber, speidere eller agenter. Hvis en spiller går til en annen klubb, kan spilleren selv ta med dataene (eksport).

## Hvorfor vi mener det er nødvendig

Vi har hatt mange belastningsskader blant 14–16-åringer (23 skader siste sesong som holdt spilleren borte mer enn tre uker). Uten målinger styrer trenerne belastningen på magefølelse. Vi har vurdert å bare bruke GPS uten puls, men pulsen forteller oss om spilleren er sliten eller syk, og det er det vi trenger for å unngå overbelastning. Vi har vurdert å bare bruke det for G19/J19, men det er de yngste som har flest skader.

Grunnlaget er samtykke fra spiller og foresatte (under 16), og for helsedelen uttrykkelig samtykke. Det er frivillig å bruke vest: spillere som ikke vil, får trene og spille som før, og vi har skrevet inn i retningslinjene at det ikke skal ha noe å si for uttak. Samtykket kan trekkes i appen. Vi gir informasjon på foreldremøte, i appen og i et eget ark skrevet for 13-åringer.

## Hva som kan gå galt

| Risiko | Hvor sannsynlig | Hvor alvorlig | Hva vi gjør |
| Spilleren føler seg presset til å samtykke for å få spille | Høy | Høy | Skriftlig at det ikke påvirker uttak, samtykke samles inn av administrasjonen, ikke trener |
| Data brukes til å vrake spillere («for treg») | Middels | Høy | Trenerne får opplæring, data brukes ikke i uttak av spillere til akademiet |
| Foreldre presser barna ut fra tallene | Middels | Middels | Foreldre ser bare eget barn, forklaringer i appen |
| Helseopplysninger (puls) avslører sykdom | Lav | Middels | Bare fysisk trener ser puls på detaljnivå |
| Data kommer på avveie | Lav | Middels | Databehandleravtale, tofaktor for trenere |

Det vi har vurdert men ikke gjort: Å skjule tallene helt for spillerne (de vil se dem, og det er en del av læringen). Å bruke data fra spillere som ikke har samtykket anonymt (vi klarte ikke å få det til teknisk).

Vi mener risikoen for press og for at data brukes til å vrake barn fortsatt er høy, selv med tiltakene. Derfor ber vi om forhåndsdrøftelse.

## Godkjenning

Styret behandlet vurderingen 28. oktober 2026, sak 14/26. Se bilde av protokollen.
"""

GPS_PROTOKOLL = """BRATTVOLL FOTBALLKLUBB – STYREMØTE 28.10.2026
Protokoll (utdrag)

Til stede: Hege Lunde (leder), Geir Aspås, Lise Myrvang, Omar Farah, Karianne Thu, Trond Aker (dgl. leder), Kim Rønning (sak 14)

Sak 14/26 GPS-vester i akademiet – personvernvurdering
Kim la fram vurderingen og hva foreldrerådet og spillerrådet hadde sagt. Foreldrerådet ønsket at det skulle være frivillig, og det er tatt inn. Sara Lindahl (personvernombud) hadde skrevet at hun anbefaler å sende saken til Datatilsynet.
Vedtak: Styret godkjenner personvernvurderingen og ber daglig leder/akademileder be Datatilsynet om forhåndsdrøftelse før vestene tas i bruk. Enstemmig.
"""


def c017() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei!

        Brattvoll FK vil ta i bruk GPS-vester med pulsmåling for spillerne i akademiet vårt (13–19 år), og personvernombudet vårt har anbefalt at vi ber om forhåndsdrøftelse. Det gjør vi med dette.

        Vedlagt er personvernvurderingen vår, og et bilde av protokollen fra styremøtet der den ble godkjent. Jeg er kontaktperson (visittkort vedlagt).

        """)
        + "\n"
        + DPO
        + "\n\n"
        + SIG_KIM
    )
    msg = message(
        "c017",
        FROM_KIM,
        "Forhåndsdrøftelse GPS-vester akademi",
        when(11, 4, 21, 16),
        body,
        attachments=[
            ("Personvernvurdering GPS-vester.docx", to_docx(GPS_NOTAT)),
            (
                "styreprotokoll sak 14.jpg",
                signed_page(GPS_PROTOKOLL, ["Hege Lunde", "Trond Aker"], 17, tilt=-1.2),
            ),
            KIM_VCF,
        ],
    )
    return msg, Label(
        "nb",
        (
            "sports_club",
            "children",
            "dpia_report_docx",
            "headings_own",
            "contact_vcard",
            "contact_dpo_body_line",
            "processor_contact_in_description",
            "phone_foreign",
            "risk_likelihood_consequence",
            "part5_photographed_minutes_jpeg",
            "health_data",
        ),
        "none",
        True,
        "used",
        "complete; small club's own Word note, contact person's e-mail only in the vCard, photographed board minutes",
    )


# --- I37: ansiktsgjenkjenning, no phone, risk in passing ---------------------------------------


def c037() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Vi i Brattvoll FK ønsker å innføre ansiktsgjenkjenning ved inngangen på Brattvoll stadion for sesongkortholdere fra sesongstart 2027, og har fått beskjed om at det må en forhåndsdrøftelse til. Her er det vi har.

        Hvordan det skal fungere: Sesongkortholdere (ca. 3 400, fra 12 år) kan velge å laste opp et bilde i billettappen. Ved inngangen står det kameraer i egne sluser som gjenkjenner ansiktet og åpner porten. De som ikke vil, går gjennom vanlig sluse med QR-kode. Ansiktsmalen lagres hos Ticketface AS (leverandøren av billettsystemet) så lenge man har sesongkort, og slettes når sesongkortet ikke fornyes. Ticketface er databehandler; kontaktperson der er Vegard Hole, 21 42 70 00, vegard.hole@ticketface.no. Formålet er raskere inngang (vi har kø på 25 minutter på store kamper) og å hindre at sesongkort lånes bort eller selges videre.

        Hvorfor: Vi har vurdert flere innganger og flere vakter, men det har vi ikke plass eller økonomi til. Det er frivillig for supporterne, og de som sier nei får samme tilbud som før. Vi bruker samtykke som grunnlag, og man kan trekke samtykket i appen.

        Risikoen har vi snakket om i styret, og vi mener den er akseptabel så lenge det er frivillig.

        Styret behandlet dette 11. november (sak 19/26), etter at jeg og Sara hadde lagt fram vurderingen og innspill fra supporterklubben Brattvoll Ultras (som er imot), og vedtok: «Styret godkjenner vurderingen av ansiktsgjenkjenning ved inngang og ber daglig leder be Datatilsynet om forhåndsdrøftelse.»

        """)
        + "\n"
        + DPO
        + "\n\n"
        + "Trond\n\nSendt fra min iPhone\n"
    )
    msg = message("c037", FROM_TROND, "Ansiktsgjenkjenning stadion", when(11, 20, 7, 42), body)
    return msg, Label(
        "nb",
        (
            "sports_club",
            "all_in_body",
            "no_headings_prose",
            "contact_no_phone_signature",
            "contact_dpo_body_line",
            "processor_contact_in_description",
            "risk_in_passing",
            "part5_board_decision_in_body",
            "biometrics",
            "p1_contact_no_phone",
        ),
        "none",
        True,
        "used",
        "CEO writes from his phone without a phone number anywhere for the contact person; risk only «snakket om i styret … akseptabel»; the board decision is described in the body",
        missing=(1, 4),
    )


# --- I57: KI-kamera for barnekamper --------------------------------------------------------------

KAMERA_NOTAT = """
# Personvernvurdering – KI-kamera og videoplattform for barnefotballen

Brattvoll Fotballklubb, november 2026. Skrevet av Kim Rønning og Sara Lindahl.

## Kort om hva vi vil gjøre

Klubben har kjøpt to kameraer som filmer hele banen og automatisk følger ballen (KI). Vi vil filme kamper og noen treninger for lagene 10–12 år (ca. 260 barn) og gjøre opptakene tilgjengelige på plattformen til Spillfilm ApS, slik at trenere kan vise klipp på trening og foreldre kan se kampene. Programvaren lager også automatiske høydepunkter (mål, sjanser) og kan merke spillere med draktnummer. Vi vil ikke bruke funksjonen som lager statistikk per spiller for disse aldersgruppene.

Opplysninger: video av barna, motstanderlagets barn, trenere, dommere og publikum på sidelinjen; draktnummer og lag; tidspunkt. Video av barn er ikke særlige kategorier, men det er barn, og noen barn har hemmelig adresse eller skal ikke vises offentlig (barnevern).

Lagring: opptak ligger på plattformen i 12 måneder og slettes automatisk. Tilgang: lukket lag-gruppe (trenere og foresatte på laget), ikke offentlig. Nedlasting er slått av.

Databehandler: Spillfilm ApS (København), kontakt Mikkel Friis, +45 32 71 40 88, mikkel@spillfilm.dk. Data lagres i EU.

## Er det nødvendig og greit?

Grunnlaget er berettiget interesse (art. 6 nr. 1 f) for trenernes bruk og samtykke fra foresatte for at foreldre kan se opptakene. Vi har vurdert å bare filme uten å dele med foreldre (bare trenere) – det er det vi gjør for barn der foresatte ikke samtykker: de blir automatisk sladdet i foreldrevisningen (plattformen kan sladde drakter med nummer vi velger). Alternativet med vanlig mobilfilming av foreldre på sidelinjen er det som skjer i dag, og det er mye verre (legges ut på sosiale medier).

Rettigheter: informasjon til alle foresatte og til motstanderklubber før kamp, skilt på banen, foresatte kan be om at barnet sladdes eller at et klipp slettes, innsyn via oss.

## Risiko

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Etter tiltak |
| Barn med hemmelig adresse eller fra barnevernet blir vist | Lav | Svært høy | Sladding, lagleder sjekker liste før kamp | Middels |
| Foreldre tar skjermopptak og deler i sosiale medier | Høy | Middels | Vilkår i appen, vannmerke med brukernavn | Høy |
| Motstanderlagets barn filmes uten samtykke | Høy | Lav | Informasjon til motstanderklubb, ingen tagging av motstanderes barn | Middels |
| Barn sammenlignes og rangeres av foreldre og trenere | Middels | Middels | Ingen statistikk per spiller for 10–12 år | Lav |

Vurdert men ikke gjort: å ikke filme motstanderlaget (umulig når kameraet følger ballen); å hindre skjermopptak helt (teknisk ikke mulig).

Vi mener risikoen for deling i sosiale medier og for barn som ikke skal vises er høy, og at vi trenger Datatilsynets vurdering.

## Godkjenning

Styret godkjente vurderingen 9. desember 2026 (sak 23/26). Bilde av protokollen ligger ved.
"""

KAMERA_PROTOKOLL = """BRATTVOLL FOTBALLKLUBB – STYREMØTE 09.12.2026
Protokoll (utdrag)

Til stede: Hege Lunde (leder), Geir Aspås, Lise Myrvang, Omar Farah, Karianne Thu, Trond Aker, Kim Rønning (sak 23)

Sak 23/26 KI-kamera og videoplattform i barnefotballen – personvernvurdering
Kim og Sara Lindahl la fram vurderingen, innspill fra trenerforum og barnefotballutvalget, og at personvernombudet anbefaler forhåndsdrøftelse. Styret var opptatt av barn med hemmelig adresse.
Vedtak: Styret godkjenner personvernvurderingen. Klubben ber Datatilsynet om forhåndsdrøftelse. Opptak deles ikke med foreldre før svar foreligger. Enstemmig.
"""


def c057() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei igjen,

        Vi har en ny sak vi ønsker forhåndsdrøftelse for: filming av barnekamper med KI-kamera og deling med foreldre på en videoplattform. Vurderingen og protokollen fra styret ligger ved.

        Kontaktperson er jeg (visittkort vedlagt). """)
        + DPO
        + "\n\n"
        + SIG_KIM
    )
    msg = message(
        "c057",
        FROM_KIM,
        "Ny forhåndsdrøftelse - KI-kamera barnefotball",
        when(12, 11, 20, 3),
        body,
        attachments=[
            ("Personvernvurdering KI-kamera barnefotball.docx", to_docx(KAMERA_NOTAT)),
            (
                "IMG_4471.jpg",
                signed_page(KAMERA_PROTOKOLL, ["Hege Lunde", "Trond Aker"], 57, tilt=1.5),
            ),
            KIM_VCF,
        ],
    )
    return msg, Label(
        "nb",
        (
            "sports_club",
            "children",
            "dpia_report_docx",
            "headings_own",
            "contact_vcard",
            "contact_dpo_body_line",
            "processor_contact_in_description",
            "phone_foreign",
            "risk_likelihood_consequence",
            "part5_photographed_minutes_jpeg",
        ),
        "none",
        True,
        "used",
        "complete; the club's own Word note for AI match cameras, photographed minutes named IMG_4471.jpg, contact via vCard",
    )


# --- I18: skaderegister, all in body ---------------------------------------------------------------


def c018() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei Datatilsynet

        Brattvoll FK ber om forhåndsdrøftelse for et skade- og helseregister for spillerne i akademiet. Vi er en liten administrasjon, så jeg har skrevet alt her i e-posten.

        Hva: Fysioterapeuten og klubblegen vil føre et register over skader, sykdom, menstruasjonsrelaterte plager (for jentelagene), vekst (høyde hver tredje måned) og søvn (egenrapportert) for de ca. 95 spillerne i akademiet (13–19 år). Formålet er å forebygge skader og overbelastning, særlig i vekstspurten, og å følge opp jentene bedre enn vi har gjort. Trenerne ser bare en «trafikklys»-status (full trening / tilpasset / ikke trening) og ingen diagnoser. Fysioterapeuten og legen ser alt.

        Hvordan: Registeret føres i Fysioportalen, et journalsystem for fysioterapeuter. Fysioportalen AS er databehandler for oss; kontakt er Elin Bakkevig, kundeansvarlig, tlf. 22 88 31 40, elin@fysioportalen.no. Spilleren fyller inn søvn og menstruasjon selv i en app. Data lagres i Norge. Opplysningene slettes når spilleren slutter i akademiet, men skadehistorikk kan spilleren få med seg. Opplysningene gis ikke til andre klubber, forbund eller agenter. Foresatte til spillere under 16 får innsyn.

        Hvorfor: Helseopplysninger om barn er det mest sensitive vi kan ha, så vi har tenkt oss godt om. Vi mener det er nødvendig fordi skadetallene våre er høye (23 alvorlige belastningsskader i fjor), og fordi vi vet for lite om jentenes helse. Registreringen av menstruasjon er frivillig og kan slås av i appen. Grunnlaget er samtykke (uttrykkelig) fra spilleren og foresatte for de under 16; de som ikke samtykker får vanlig oppfølging fra fysioterapeuten som før, men ikke i registeret. Det har ikke noe å si for uttak. Fysioterapeut og lege har taushetsplikt. Vi har valgt bort å registrere vekt (risiko for spiseforstyrrelser) og å la trenerne se mer enn trafikklys.

        Risiko for spillerne:
        - At trenere eller andre i klubben får vite om helseforhold via trafikklyset og ryktene (middels sannsynlig, høy konsekvens). Tiltak: bare trafikklys, opplæring, taushetserklæring for trenere.
        - At spillerne føler seg presset til å samtykke eller til å rapportere menstruasjon (middels, høy). Tiltak: frivillig, samtykke hentes inn av fysioterapeut og ikke trener, evaluering med spillerrådet.
        - At opplysninger om vekst og helse brukes mot spilleren ved overgang eller uttak (lav, høy). Tiltak: ingen deling, skriftlig regel.
        - At data kommer på avveie (lav, høy). Tiltak: journalsystem med tofaktor og logg, avtale med Fysioportalen.
        - At registreringen i seg selv gir fokus på kropp og prestasjon og kan bidra til spiseforstyrrelser (lav, svært høy). Tiltak: ikke vekt, klubblege følger med.
        Vi har vurdert, men ikke gjort: å føre registeret uten navn (går ikke, fysioterapeuten må vite hvem), og å la spillerne selv eie dataene i en egen app (for dyrt for oss). Vi mener risikoen for press og for spredning i klubbmiljøet fortsatt er høy.

        Godkjenning: Styret behandlet saken 25. november 2026, sak 21/26, etter at fysioterapeuten og jeg hadde lagt fram vurderingen og innspill fra spillerrådet og foreldrerådet. Vedtaket er: «Styret godkjenner personvernvurderingen for skade- og helseregister i akademiet og ber administrasjonen be Datatilsynet om forhåndsdrøftelse.» Protokollen er signert av styreleder Hege Lunde.

        Kontaktperson: Kim Rønning, akademileder, tlf. 482 90 116, kim.ronning@brattvollfk.no
        """)
        + DPO
        + "\n\n"
        + SIG_KIM
    )
    msg = message(
        "c018",
        FROM_KIM,
        "Forhåndsdrøftelse - skade- og helseregister akademi",
        when(12, 1, 22, 5),
        body,
    )
    return msg, Label(
        "nb",
        (
            "sports_club",
            "children",
            "all_in_body",
            "no_headings_prose",
            "contact_body_lines",
            "contact_dpo_body_line",
            "processor_contact_in_description",
            "risk_bullets",
            "part5_board_decision_quoted",
            "health_data",
        ),
        "inline",
        True,
        "used",
        "complete; everything in a plain body in the academy manager's words, board decision quoted",
    )


# --- I38: talentdatabase, DPO named without contact ----------------------------------------------

TALENT = """
# Personvernvurdering: Talentdatabase for spillere 12–16 år

Brattvoll Fotballklubb. Versjon 1, 30. november 2026.

## 1. Kontakt

~ Kontaktperson: Kim Rønning, akademileder, 482 90 116, kim.ronning@brattvollfk.no
~ Personvernombud: advokat Sara Lindahl, Lindahl Advokat AS

## 2. Hva skal vi gjøre

Vi vil samle resultater fra fysiske tester (sprint, spenst, utholdenhet), modningsmålinger (høyde, sittehøyde, beregnet biologisk alder og forventet voksenhøyde), og en psykologisk test (motivasjon og mestringsorientering, spørreskjema fra et norsk idrettspsykologisk miljø) for alle spillere 12–16 år på breddelagene og i akademiet, ca. 340 barn. Resultatene legges i en database sammen med trenernes vurdering av ferdigheter. Databasen brukes når vi tar ut spillere til akademiet og når vi fordeler spillere på nivåbaserte treningsgrupper. Vi tar hensyn til biologisk alder slik at sent utviklede spillere ikke blir valgt bort (det er hele poenget).

Databasen ligger på klubbens egen server på kontoret og driftes av oss selv; vi bruker ingen databehandler. Tilgang har akademileder, to akademitrenere og fysisk trener. Data lagres til spilleren fyller 17 eller slutter.

## 3. Nødvendighet og rettigheter

Vi mener det er nødvendig fordi uttak i dag skjer på magefølelse og favoriserer de som er tidlig utviklet (relativ alderseffekt). Med modningsmål kan vi gjøre rettferdigere uttak. Vi har vurdert å droppe den psykologiske testen, men trenerne mener motivasjon er viktig, og et standardisert skjema er bedre enn synsing. Grunnlaget er samtykke fra foresatte og spilleren. De som ikke vil være med, blir vurdert som før. Spillere og foresatte får se egne resultater og forklaring, og kan be om sletting.

## 4. Risiko

| Risiko | Sannsynlighet | Konsekvens | Tiltak |
| Barn blir «stemplet» som lite talentfulle og slutter | Middels | Høy | Resultater vises ikke for andre spillere, ingen rangeringslister |
| Psykologisk test tolkes feil av trenere uten fagkompetanse | Middels | Høy | Bare fysisk trener med utdanning tolker; trenerne ser et sammendrag |
| Data brukes av agenter eller andre klubber | Lav | Høy | Ingen deling |
| Foreldre presser barn ut fra resultater | Middels | Middels | Forklaring til foreldre |

Vurdert men ikke gjort: å bruke en anonym kode i stedet for navn (går ikke ved uttak). Restrisiko: høy for stigmatisering av barn.

## 5. Godkjenning

Styret 2. desember 2026, sak 22/26: godkjent. Forhåndsdrøftelse skal søkes.
"""


def c038() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Vedlagt er personvernvurderingen vår for en talentdatabase for spillere 12–16 år. Vi ber om forhåndsdrøftelse, slik personvernombudet har anbefalt. Styrets godkjenning står i punkt 5.

        """)
        + "\n"
        + SIG_KIM
    )
    msg = message(
        "c038",
        FROM_KIM,
        "Forhåndsdrøftelse talentdatabase",
        when(12, 4, 19, 48),
        body,
        attachments=[("Personvernvurdering talentdatabase.odt", to_odt(TALENT))],
    )
    return msg, Label(
        "nb",
        (
            "sports_club",
            "children",
            "odt",
            "headings_numbered",
            "contact_dpia_block",
            "processor_none_stated",
            "risk_likelihood_consequence",
            "part5_minutes_line_in_dpia",
            "p1_dpo_no_contact",
        ),
        "none",
        True,
        "none",
        "DPO named (advokat Sara Lindahl) without phone or e-mail anywhere in this message; no processor stated; otherwise complete",
        missing=(1,),
    )


# --- I58: karanteneregister ---------------------------------------------------------------------

KARANTENE = """
# Personvernvurdering – Felles karanteneregister for supportere

Brattvoll Fotballklubb på vegne av samarbeidet «Trygg kamp Nord» (Brattvoll FK, Nordhavn IL og Fjellby BK). Versjon 1.0, 6. november 2026.

## Kontaktinformasjon

~ Kontaktperson: Trond Aker, daglig leder Brattvoll FK, 913 55 207, trond.aker@brattvollfk.no
~ Personvernombud: advokat Sara Lindahl, Lindahl Advokat AS, 47 61 20 90, sara@lindahladvokat.no
~ Databehandler: Arenapass AS (billettsystemet), se vedlagt visittkort for kontaktperson Martin Eng.

## Hva vi vil gjøre

Klubbene ilegger i dag stadionkarantene hver for seg når en person har utøvd vold, kastet pyroteknikk eller trakassert. En person med karantene hos oss kan likevel kjøpe billett til bortekamp hos de andre klubbene. Vi vil opprette et felles register der alle tre klubbene registrerer karantener (navn, fødselsdato, bilde, hendelse, varighet), og der billettsystemet stopper kjøp med BankID for personer i registeret. Registeret drives av Arenapass AS som databehandler for klubbene. Brattvoll FK er behandlingsansvarlig for registeret; de to andre klubbene har egen avtale med oss.

Omfang: i dag 64 personer med karantene, de fleste 16–30 år. Opplysningene gjelder straffbare forhold (art. 10) selv om det ikke alltid er anmeldt. Register slettes når karantenen utløper (maks 3 år).

## Nødvendighet

Grunnlag: art. 6 nr. 1 f og personopplysningsloven § 11 om opplysninger om straffbare forhold. Vi har vurdert å bare dele karantener som er anmeldt til politiet (gir færre registrerte, men mange hendelser anmeldes ikke), og å sende lister per e-post mellom klubbene (verre for personvernet). Vi har valgt at bare hendelser dokumentert med video eller to vitner fra vakter kan gi karantene, og at personen alltid får et skriftlig vedtak med begrunnelse og klagerett til en felles klagenemnd med en uavhengig jurist.

Rettigheter: skriftlig vedtak, klage, innsyn, informasjon på alle tre klubbenes nettsider og i kjøpsvilkårene.

## Risiko

| Risiko | S | K | Tiltak | Rest |
| Feil person blir registrert (navneforveksling) | Lav | Høy | BankID-kobling, bilde, kontroll av to personer | Lav |
| Karantene ilegges uten godt nok grunnlag (vilkårlighet, sympati/antipati) | Middels | Høy | Dokumentasjonskrav, klagenemnd | Middels |
| Registeret brukes til andre formål (f.eks. utestenge kritiske supportere) | Middels | Høy | Formål låst i avtalen, årlig revisjon | Høy |
| Registeret lekker og henger ut personer | Lav | Høy | Tilgang bare sikkerhetsansvarlig i hver klubb, logg | Middels |

Vurdert men ikke gjort: å dele med politiet automatisk (ønsket av politiet, men ikke hjemlet). Å bruke ansiktsgjenkjenning mot registeret (valgt bort).

Restrisiko: vi vurderer risikoen for misbruk av registeret som høy.

## Godkjenning

Styrene i de tre klubbene har godkjent vurderingen: Brattvoll FK 11.11.2026 (sak 20/26), Nordhavn IL 12.11.2026 og Fjellby BK 14.11.2026, etter felles presentasjon 10.11. med supporterklubbene og politiet til stede. Vedtak i Brattvoll FK: «Styret godkjenner personvernvurderingen for felles karanteneregister og ber daglig leder be om forhåndsdrøftelse hos Datatilsynet.»
"""


def c058() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        På vegne av Brattvoll FK og samarbeidsklubbene i «Trygg kamp Nord» ber jeg om forhåndsdrøftelse for et felles karanteneregister for supportere.

        Personvernvurderingen ligger ved, og visittkortet til kontaktpersonen hos Arenapass AS som drifter registeret.

        """)
        + "\n"
        + SIG_TROND
    )
    msg = message(
        "c058",
        FROM_TROND,
        "Forhåndsdrøftelse felles karanteneregister",
        when(11, 17, 11, 9),
        body,
        attachments=[
            ("Personvernvurdering karanteneregister v1.0.docx", to_docx(KARANTENE)),
            (
                "Martin Eng Arenapass.vcf",
                vcard(
                    "Martin Eng",
                    "Arenapass AS",
                    "Prosjektleder",
                    "+47 23 65 19 80",
                    "martin.eng@arenapass.no",
                ),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "sports_club",
            "dpia_report_docx",
            "headings_own",
            "contact_dpia_block",
            "processor_vcard",
            "risk_likelihood_consequence",
            "part5_decision_quoted_in_dpia",
            "criminal_offence_data",
        ),
        "none",
        True,
        "used",
        "complete; processor's contact only in an attached vCard, the three boards' approval in the document's last section",
    )
