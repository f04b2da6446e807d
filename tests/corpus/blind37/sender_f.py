# ruff: noqa: E501
"""Sender F: Lyngmo Idrettslag (multi-sport club, 1 900 members, football academy), bokmål.

Habits: the general manager (daglig leder, one of three employees) writes everything herself, long
mails in her own words, often the whole request in the body; board decisions are quoted from the
minutes or the minutes are photographed with a phone; the club had no DPO at first and then hired
a local lawyer as external DPO.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import letter_pdf, signed_page
from kit import Label, message, to_docx, to_xlsx, txt, when

TOPICS = {
    "c011": "gps_vester_juniorlag",
    "c031": "ansiktsgjenkjenning_treningssenter",
    "c051": "gps_vester_juniorlag",
    "c012": "helseoppfolging_talentgruppe",
    "c032": "adgangsbrikke_kamera_treningsstudio",
    "c052": "stromming_barne_ungdomskamper",
}

HEGE = "Hege Strand <hege.strand@lyngmo-il.no>"
SIG = txt("""
    Mvh
    Hege Strand
    Daglig leder, Lyngmo Idrettslag
    Tlf 958 02 117
    hege.strand@lyngmo-il.no
    Lyngmohallen, Idrettsveien 3, 7584 Lyngmo · org.nr. 993 410 276
""")

GPS_CORE = """
Hva vi skal gjøre
Fotballgruppa vil bruke GPS-vester (med puls) på trening og kamp for juniorlagene G16, G19, J16 og J19 og for A-lagene, til sammen ca. 95 spillere, av dem 60 under 18 år. Vesten registrerer posisjon på banen 10 ganger i sekundet, fart, antall sprinter, distanse og puls. Formålet er å styre treningsbelastningen så vi får færre skader (vi hadde 14 muskelskader i juniorgruppa i 2025), og å gi spillerne tilbakemelding på utvikling. Vestlink Sports AS leverer vestene og appen/plattformen (lagring i Norge) og er databehandler; kontaktperson der er Martin Solbakken, tlf 466 18 203, martin@vestlink.no. Trenerne (6 stk) og klubbens fysioterapeut ser dataene for sine lag. Spilleren ser sine egne data i appen. Foreldre til spillere under 16 får se sitt barns data hvis de ber om det. Data lagres ut sesongen + 1 år, deretter slettes de. Ingenting deles med andre klubber, kretsen eller speidere.

Hvorfor vi mener dette er nødvendig og ikke for mye
Vi har prøvd å styre belastning med «følelse» og egenrapportering (skala 1-10 etter trening), men unge spillere underrapporterer, og fysioen mener vi ikke ser overbelastning før skaden kommer. Vester uten puls ble vurdert, men puls er det som viser belastningen best. Vi har valgt bort: vester på alle trenings- og kampdager for de yngste (bare G16/J16 på én økt i uka), sammenligning og rangering av spillere på tavla i garderoben (blir ikke gjort), og at data brukes i laguttak (skal ikke skje – står i retningslinjene). Det er frivillig: spillere som ikke vil bruke vest, trener som før og blir ikke tatt ut mindre. Foreldrene til spillere under 16 samtykker, spillere over 16 samtykker selv. Alle får et informasjonsskriv før start og på foreldremøte, og kan når som helst be oss slette dataene sine eller få kopi.

Risiko for spillerne
Vi har sammen med trenerne, fysioen, to spillere fra G19 og to foreldre sett på hva som kan gå galt for spillerne:
1. Press på unge spillere om å «levere tall», og at treneren bruker data i uttak selv om vi sier noe annet. Sannsynlighet: middels. Konsekvens: høy (psykisk press, frafall). Tiltak: retningslinjer, ingen rangering, sportslig leder følger opp trenerne. Risikoen er fortsatt høy, fordi vi ikke helt kan kontrollere hva en trener tenker når han tar ut laget.
2. Pulsdata kan vise helseproblemer (hjerterytme). Sannsynlighet: lav. Konsekvens: høy. Tiltak: bare fysio og spilleren selv ser puls-detaljer, trener ser bare belastningsskår. Middels etter tiltak.
3. Data kommer på avveie hos Vestlink eller fordi en trener låner bort innloggingen sin. Sannsynlighet: lav/middels. Konsekvens: middels. Tiltak: egen innlogging, tofaktor, databehandleravtale. Lav etter tiltak.
4. Barn forstår ikke hva de sier ja til. Sannsynlighet: middels. Konsekvens: middels. Tiltak: eget informasjonsskriv for spillere skrevet enkelt, foreldresamtykke under 16. Middels etter tiltak.
Det vi har vurdert men ikke gjort: å la et eksternt firma analysere dataene i stedet for trenerne (for dyrt for oss), og å ikke lagre data i det hele tatt etter økta (da mister vi hele poenget med belastningsstyring over tid).

Styrets behandling
Fra protokollen fra styremøtet 28. oktober 2026, sak 31/26: «Styret gikk gjennom vurderingen av personvernet for GPS-vester som daglig leder og sportslig leder fotball la fram, med innspill fra fysioterapeut, spillerrådet og foreldrekontaktene. Styret ser at risikoen for press på unge spillere fortsatt er høy. Vedtak: Styret godkjenner vurderingen og ber daglig leder om å be Datatilsynet om forhåndsdrøftelse før vestene tas i bruk for spillere under 18 år.» Protokollen er signert av hele styret.
"""


def c011() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei!

        Lyngmo Idrettslag ønsker forhåndsdrøftelse med Datatilsynet om bruk av GPS-vester for juniorspillere. Vi har ikke fått laget noe eget dokument, så jeg skriver alt her i e-posten. Si ifra hvis dere trenger noe mer.
    """)
        + GPS_CORE
        + "\n"
        + txt("""

        Kontaktinfo
        Kontaktperson er meg, Hege Strand, daglig leder, tlf 958 02 117, hege.strand@lyngmo-il.no. Styreleder er Rolf Nyhus, tlf 911 63 204.
        Vi har ikke personvernombud. Vi fikk beskjed fra idrettskretsen om at idrettslag normalt ikke trenger det, så vi har ikke oppnevnt noen. Databehandler, se over.

    """)
        + "\n"
        + SIG
    )
    msg = message(
        "L011",
        HEGE,
        "Forhåndsdrøftelse – GPS-vester juniorlag fotball",
        when(11, 6, 21, 48),
        body,
    )
    return msg, Label(
        "nb",
        (
            "sports_club",
            "children",
            "health_data",
            "location_tracking",
            "all_in_body",
            "no_headings_prose",
            "p1_no_dpo",
            "processor_contact_in_description",
            "risk_numbered_prose",
            "part5_board_decision_quoted",
        ),
        "inline",
        True,
        "used",
        "everything in a single text/plain body, own words; part 1 missing because the club says it has no DPO («vi har ikke oppnevnt noen»), although contact person and processor contact are given; description, necessity with safeguards, risk in numbered prose with likelihood/consequence and measures not taken, and the board decision quoted from the minutes are present",
        (1,),
    )


def c051() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei igjen,

        Vi sendte 6. november en e-post om forhåndsdrøftelse for GPS-vester for juniorspillere. Der skrev vi at vi ikke har personvernombud. Etter å ha lest mer på nettsidene deres forstår vi at vi burde hatt det når vi skal behandle helseopplysninger om barn i stort omfang, og styret har derfor 16. november oppnevnt advokat Marianne Berg som personvernombud for idrettslaget.

        Denne e-posten erstatter derfor den vi sendte 6. november. Alt står på nytt i vedlagte dokument, nå med personvernombudet i kontaktlisten, og protokollen fra styremøtet er lagt ved (skannet).

    """)
        + "\n"
        + SIG
    )
    doc = """
# Anmodning om forhåndsdrøftelse – GPS-vester for juniorlag

~ Lyngmo Idrettslag · versjon 2, 19.11.2026 (erstatter e-post av 6.11.2026)

# Kontaktinfo

| Rolle | Navn | Telefon | E-post
| Kontaktperson | Hege Strand, daglig leder | 958 02 117 | hege.strand@lyngmo-il.no
| Personvernombud (fra 16.11.2026) | Marianne Berg, advokat, Advokatfirmaet Berg & Lunde AS | 73 50 12 80 / 917 40 552 | mb@bergluande.no
| Databehandler | Vestlink Sports AS v/ Martin Solbakken | 466 18 203 | martin@vestlink.no

""" + "\n\n".join("# " + p if i % 2 == 0 else p for i, p in enumerate(_split_heads(GPS_CORE)))
    page = txt("""
        LYNGMO IDRETTSLAG – PROTOKOLL STYREMØTE
        Dato: 28.10.2026, klubbhuset kl 19.00
        Til stede: Rolf Nyhus (leder), Anne Lise Vang, Trond Gjersvik, Sara Øien, Mads Kolstad. Daglig leder Hege Strand (referent). Sportslig leder fotball Kenneth Dahl i sak 31/26.

        Sak 30/26 Økonomi per september. Tatt til orientering.

        Sak 31/26 GPS-vester juniorlag – personvern
        Daglig leder og sportslig leder la fram vurderingen av personvernet, med innspill fra fysioterapeut, spillerrådet og foreldrekontaktene. Styret ser at risikoen for press på unge spillere fortsatt er høy.
        Vedtak: Styret godkjenner vurderingen og ber daglig leder om å be Datatilsynet om forhåndsdrøftelse før vestene tas i bruk for spillere under 18 år.

        Sak 32/26 Dugnad julemarked. Sara Øien koordinerer.
    """)
    scan = signed_page(
        page,
        ["Rolf Nyhus", "Anne Lise Vang", "Trond Gjersvik", "Sara Øien", "Mads Kolstad"],
        seed=5151,
    )
    msg = message(
        "L051",
        HEGE,
        "Forhåndsdrøftelse GPS-vester – NY VERSJON, erstatter e-post 6. november",
        when(11, 20, 22, 5),
        body,
        attachments=[
            ("Forhandsdroftelse_GPS-vester_v2.docx", to_docx(doc)),
            ("Styreprotokoll_28-10-2026.jpg", scan),
        ],
        cc="Marianne Berg <mb@bergluande.no>",
    )
    return msg, Label(
        "nb",
        (
            "sports_club",
            "children",
            "health_data",
            "location_tracking",
            "resend_corrected_full",
            "replaces_earlier_message",
            "dpia_report_docx",
            "headings_own",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_numbered_prose",
            "part5_signed_page_scan",
        ),
        "none",
        True,
        "used",
        "corrected full resend of L011 after appointing a DPO («Denne e-posten erstatter den vi sendte 6. november»); the Word document repeats everything with a contact table now including the DPO; the scanned, signed board minutes attached",
    )


def _split_heads(text: str) -> list[str]:
    """The GPS text as alternating heading / paragraph chunks for the Word version."""
    out: list[str] = []
    for block in text.strip().split("\n\n"):
        head, _, rest = block.partition("\n")
        out.extend([head, rest.replace("\n", "\n\n")])
    return out


def c031() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei,

        I e-posten jeg sendte i går kveld om ansiktsgjenkjenning ved inngangen til treningssenteret vårt (Lyngmo Trening), glemte jeg vedlegg 3, som er protokollen fra styremøtet. Den kommer her. Det er et bilde tatt med mobilen, beklager kvaliteten.

        De andre vedleggene (1 beskrivelse og risikovurdering, 2 informasjonsskriv til medlemmene) fikk dere i går.

    """)
        + "\n"
        + SIG
    )
    page = txt("""
        LYNGMO IDRETTSLAG
        Utdrag fra protokoll, styremøte 4. november 2026

        Sak 35/26 Ansiktsgjenkjenning i Lyngmo Trening
        Daglig leder la fram forslaget om å erstatte nøkkelbrikker med ansiktsgjenkjenning ved inngangen (leverandør FaceGate AS), og vurderingen av personvernet. Innspill fra medlemsmøtet 20.10 og fra de ansatte i resepsjonen ble referert. Styret diskuterte at medlemmer som ikke vil bruke ansiktet skal få beholde brikke.
        Vedtak: Styret godkjenner vurderingen. Fordi det er biometri og risikoen ikke kan fjernes helt, skal idrettslaget be Datatilsynet om forhåndsdrøftelse før oppstart.
    """)
    photo = signed_page(page, ["Rolf Nyhus, styreleder"], seed=3131, tilt=2.4)
    msg = message(
        "L031",
        HEGE,
        "Glemt vedlegg 3 – forhåndsdrøftelse ansiktsgjenkjenning Lyngmo Trening",
        when(11, 12, 7, 58),
        body,
        attachments=[("IMG_4471.jpg", photo)],
    )
    return msg, Label(
        "nb",
        (
            "sports_club",
            "biometrics",
            "supplement_forgotten_attachment",
            "refers_to_earlier_messages",
            "part5_photographed_minutes_jpeg",
            "contact_signature",
        ),
        "none",
        True,
        "used",
        "«glemte vedlegg 3»: this message holds only a phone photo of the board minutes extract (part 5 present); labelled as what THIS message holds: no DPO, processor FaceGate AS named without contact (1 missing); description, necessity and risk assessment were in yesterday's mail and are not here (2, 3, 4 missing)",
        (1, 2, 3, 4),
    )


HEALTH_BODY = """
Hei,

Lyngmo Idrettslag ber om forhåndsdrøftelse for helseoppfølging av utøverne i talentgruppa vår (friidrett og langrenn). Vi har skrevet alt i e-posten.

1. KONTAKTINFORMASJON
Kontaktperson: Hege Strand, daglig leder, tlf 958 02 117, hege.strand@lyngmo-il.no
Personvernombud: advokat Marianne Berg, Advokatfirmaet Berg & Lunde AS, tlf 73 50 12 80 / 917 40 552, mb@bergluande.no
Databehandler: Atletlogg AS v/ Ingvild Moen, kundeansvarlig, tlf 932 55 610, ingvild@atletlogg.no

2. HVA VI SKAL GJØRE
Talentgruppa har 34 utøvere mellom 15 og 19 år. Vi vil ta i bruk appen Atletlogg, der utøverne daglig registrerer søvn, hvilepuls, treningsbelastning, sykdom, smerter og skader, og (frivillig for jentene) menstruasjonssyklus og symptomer. Hovedtrener (2) og klubbens fysioterapeut ser registreringene og får varsel ved tegn på overtrening, gjentatte skader eller uteblitt menstruasjon (som kan være tegn på lav energitilgjengelighet/RED-S). Formålet er å forebygge skader og helseproblemer hos unge utøvere, som er et kjent problem i utholdenhetsidretter. Atletlogg AS er databehandler og lagrer data i Norge. Data slettes 12 måneder etter at utøveren slutter i gruppa. Ingen deling med forbund, skoler eller andre.

3. NØDVENDIG OG FORHOLDSMESSIG?
Vi har i dag samtaler med utøverne én gang i måneden. Det fanger ikke opp endringer fra uke til uke. Papirskjema har vært prøvd, men ble ikke brukt. Appen er det minste vi kan gjøre for å følge belastningen over tid. Vi har begrenset det slik: menstruasjon er frivillig og ses bare av fysioterapeuten (kvinne), ikke av trenerne; trenerne ser bare belastning, søvn og sykdom/skade; ingen rangering; data brukes ikke til uttak til lag eller samlinger. Utøverne over 16 samtykker selv, for de under 16 samtykker foreldrene sammen med utøveren. De kan trekke samtykket i appen og få alt slettet. De kan se alt de har registrert, og få innsyn i hvem som har sett hva. Vi har holdt møte med utøverne og foreldrene 3. november.

4. RISIKO
Vi har vurdert risikoen for utøverne sammen med personvernombudet, fysioen, trenerne og tre utøvere:
- Utøverne føler seg overvåket og presset til å registrere hver dag, eller pynter på tallene (sannsynlighet middels, konsekvens høy). Tiltak: ingen sanksjon for manglende registrering, fokus på dialog. Fortsatt høy.
- Sensitive opplysninger (menstruasjon, spiseproblemer) blir kjent for trenere eller andre utøvere (sannsynlighet lav, konsekvens høy). Tiltak: bare fysioterapeut ser dette, egen tilgang. Middels etter tiltak.
- Data på avveie hos leverandøren (lav, høy). Tiltak: databehandleravtale, kryptering, tofaktor. Lav.
- Trenere tar feil beslutninger fordi de stoler for mye på tall (middels, middels). Tiltak: opplæring, fysio har siste ord om helse. Middels.
Vurdert men ikke gjort: å la utøverne bare registrere når de selv vil (da mister vi varslene), og lege i stedet for fysio (vi har ikke lege).

5. STYRETS GODKJENNING
Fra protokoll styremøte 18. november 2026, sak 38/26: «Daglig leder og fysioterapeut presenterte vurderingen av personvernet for helseoppfølging i talentgruppa. Personvernombudet hadde gitt skriftlig råd om å be om forhåndsdrøftelse. Innspill fra utøverne og foreldremøtet 3.11 ble lagt fram. Vedtak: Styret godkjenner vurderingen og ber om forhåndsdrøftelse med Datatilsynet.» Protokollen er godkjent og signert av styret.

"""


def c012() -> tuple[EmailMessage, Label]:
    msg = message(
        "L012",
        HEGE,
        "Forhåndsdrøftelse – helseoppfølging talentgruppa",
        when(11, 24, 20, 17),
        txt(HEALTH_BODY) + "\n" + SIG,
    )
    return msg, Label(
        "nb",
        (
            "sports_club",
            "children",
            "health_data",
            "all_in_body",
            "headings_caps_in_body",
            "contact_body_lines",
            "processor_contact_in_body",
            "risk_bullets_likelihood_consequence",
            "part5_board_decision_quoted",
        ),
        "inline",
        True,
        "used",
        "complete, everything in a single text/plain body under the club's own numbered capitals; contacts incl. the external DPO and the processor; risk in bullets with likelihood/consequence and measures not taken; board decision quoted from the minutes",
    )


GYM_RISK = {
    "Risikovurdering": [
        ["Lyngmo Trening – adgangsbrikke og kamera ved inngang og i treningssalen", "", "", "", ""],
        [
            "Risiko for medlemmene",
            "Sannsynlighet",
            "Konsekvens",
            "Tiltak vi har gjort",
            "Risiko etter tiltak",
        ],
        [
            "Kamera i treningssalen viser medlemmer i sårbare situasjoner (trening, svette, kropp)",
            "Høy",
            "Middels",
            "Ikke kamera i garderober, maskering av strekkeområdet, ingen sanntid",
            "Høy",
        ],
        [
            "Brikkelogg brukes til å kontrollere ansatte og trenere",
            "Middels",
            "Middels",
            "Bare daglig leder har tilgang til logg",
            "Middels",
        ],
        [
            "Barn (13–15 år) i ungdomstreningen filmes uten at foreldrene vet",
            "Middels",
            "Middels",
            "Informasjon til foreldre, skilt",
            "Middels",
        ],
        [
            "Opptak på avveie hos leverandøren Låsbrikke AS",
            "Lav",
            "Høy",
            "Databehandleravtale, 7 dagers lagring",
            "Lav",
        ],
        ["", "", "", "", ""],
        ["Vurdert, ikke gjort", "Begrunnelse", "", "", ""],
        [
            "Bemannet resepsjon hele åpningstiden",
            "For dyrt – senteret er ubemannet kl. 05–08 og 21–23",
            "",
            "",
            "",
        ],
        [
            "Bare kamera ved inngangen",
            "Gir ikke grunnlag ved skade på utstyr eller ulykker i salen",
            "",
            "",
            "",
        ],
    ]
}


def c032() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei!

        Vi glemte vedlegg 3 (risikovurderingen) i e-posten om adgangsbrikke og kamera i Lyngmo Trening som vi sendte på fredag. Her er den.

        Beklager rotet!

    """)
        + "\n"
        + SIG
    )
    msg = message(
        "L032",
        HEGE,
        "Vedlegg 3 til forhåndsdrøftelse Lyngmo Trening",
        when(12, 7, 8, 20),
        body,
        attachments=[("Vedlegg3_Risikovurdering_Lyngmo_Trening.xlsx", to_xlsx(GYM_RISK))],
    )
    return msg, Label(
        "nb",
        (
            "sports_club",
            "children",
            "supplement_forgotten_attachment",
            "refers_to_earlier_messages",
            "risk_register_xlsx",
            "risk_words_likelihood_consequence",
            "contact_signature",
            "p1_processor_named_no_contact",
        ),
        "none",
        True,
        "used",
        "«vi glemte vedlegg 3»: this message holds only the risk assessment sheet (part 4 present: likelihood/consequence, measures, residual, measures not taken with reasons); labelled as what THIS message holds: contact person in the signature but no DPO and the processor Låsbrikke AS without contact (1 missing); description, necessity and approval were in Friday's mail (2, 3, 5 missing)",
        (1, 2, 3, 5),
    )


STREAM_DESC = """
# Vedlegg 1 – Beskrivelse: strømming av barne- og ungdomskamper

~ Lyngmo Idrettslag · 2. desember 2026

## Hva og hvorfor

Fotballgruppa og håndballgruppa vil strømme hjemmekamper for lag fra 10 til 19 år på nett via Klubbstrøm AS, med faste, automatiske kameraer (AI-styrt, følger ballen) på kunstgresset og i Lyngmohallen. Formålet er at foreldre og besteforeldre som bor langt unna kan se kampene, og at trenerne kan bruke opptak i spillerutvikling. Om lag 420 spillere i 30 lag, pluss motstanderlag, dommere og publikum.

## Hvilke opplysninger

Video med lyd av kampene (spillere, innbyttere, trenere, dommere, publikum langs sidelinjen). Lagoppstilling med fornavn og draktnummer vises i strømmen. Opptak lagres i 30 dager for trenerne.

## Hvem ser det

Strømmen er bare tilgjengelig med innlogging for foresatte og spillere i det aktuelle laget og motstanderlaget (lenke sendes via lagets foreldrekontakt), ikke åpent på nett. Klubbstrøm AS drifter løsningen som databehandler (lagring i Norge). Ingen opptak gis videre til andre.

## Nødvendighet og forholdsmessighet

Vi har vurdert åpen strømming (som mange klubber gjør) og forkastet det. Vi har også vurdert å bare filme for trenernes bruk, men mange foreldre som bor andre steder har bedt om å få se barna spille. Vi strømmer bare med innlogging og bare for lag der alle foresatte har fått informasjon. Lyd fra sidelinjen slås av for lag under 13 år. Barn som ikke skal filmes (for eksempel barn med hemmelig adresse eller fosterbarn) får et eget merke og blir automatisk sladdet av kameraet (tilbys av Klubbstrøm), og foreldre kan reservere barnet sitt uten begrunnelse. Alle får informasjon i Spond, på foreldremøter og med skilt ved banen. Man kan be om sletting av et opptak og få innsyn.
"""

STREAM_RISK = {
    "Risiko": [
        [
            "Nr",
            "Hva kan skje med spillerne",
            "Sannsynlighet",
            "Konsekvens",
            "Risiko",
            "Tiltak gjort",
            "Etter tiltak",
        ],
        [
            "1",
            "Barn med hemmelig adresse eller i barnevernet blir identifisert via strømmen",
            "Lav",
            "Svært høy",
            "Høy",
            "Reservasjon, automatisk sladding, fornavn kun etter samtykke",
            "Høy",
        ],
        [
            "2",
            "Opptak deles videre på sosiale medier (klipp av feil, utestengelse, mobbing)",
            "Middels",
            "Høy",
            "Høy",
            "Innlogging, vannmerke, ingen nedlasting",
            "Middels",
        ],
        [
            "3",
            "Lyd fra sidelinjen fanger opp kjefting eller sensitive samtaler",
            "Middels",
            "Middels",
            "Middels",
            "Lyd av under 13 år",
            "Lav",
        ],
        [
            "4",
            "AI-kameraet sladder feil barn eller slutter å sladde",
            "Lav",
            "Svært høy",
            "Middels",
            "Test før hver sesong, manuell kontroll av første kamp",
            "Middels",
        ],
        [
            "5",
            "Dommere (ofte ungdom) utsettes for hets basert på opptak",
            "Middels",
            "Middels",
            "Middels",
            "Innlogging, retningslinjer for foreldre",
            "Middels",
        ],
    ],
    "Ikke gjennomført": [
        ["Tiltak", "Hvorfor ikke"],
        [
            "Samtykke fra alle foresatte på laget før strømming",
            "Ett nei vil stoppe strømmingen for hele laget; vi velger reservasjon og sladding i stedet",
        ],
        ["Bare strømming for lag over 13 år", "De yngste lagene er de foreldrene oftest ber om"],
    ],
}

STREAM_DPO = """
~ Advokatfirmaet Berg & Lunde AS
~ Til styret i Lyngmo Idrettslag
~ Trondheim, 4. desember 2026

# Uttalelse fra personvernombudet – strømming av barne- og ungdomskamper

Jeg har gått gjennom beskrivelsen (vedlegg 1) og risikovurderingen (vedlegg 2), og deltok på møtet med foreldrekontaktene 1. desember.

Jeg er enig i at strømmingen er avgrenset så godt det lar seg gjøre, og at reservasjon med automatisk sladding er et bedre valg enn samtykke fra alle. Risiko 1 (identifisering av barn med hemmelig adresse) er likevel høy også etter tiltak, fordi sladdingen kan svikte og konsekvensen for et barn på sperret adresse kan være svært alvorlig. Jeg anbefaler at idrettslaget ber om forhåndsdrøftelse før strømmingen starter.

~ Marianne Berg
~ advokat, personvernombud for Lyngmo Idrettslag
"""


def c052() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei,

        Lyngmo Idrettslag ber om forhåndsdrøftelse for strømming av barne- og ungdomskamper (fotball og håndball).

        Kontaktinfo:
        - Kontaktperson: Hege Strand, daglig leder, 958 02 117, hege.strand@lyngmo-il.no
        - Personvernombud: Marianne Berg, Advokatfirmaet Berg & Lunde AS, 917 40 552, mb@bergluande.no
        - Databehandler: Klubbstrøm AS v/ Tore Brenna, 468 90 144, tore@klubbstrom.no

        Vedlegg:
        1. Beskrivelse, med hvorfor vi mener det er nødvendig og hvordan vi passer på barna (Word)
        2. Risikovurdering (Excel)
        3. Uttalelse fra personvernombudet

        Styret behandlet saken på styremøtet 8. desember (sak 44/26). Fra protokollen: «Daglig leder la fram beskrivelse og risikovurdering for strømming av barne- og ungdomskamper, og personvernombudets uttalelse. Innspill fra foreldrekontaktene, trenerforum og Klubbstrøm ble lagt fram. Styret godkjenner vurderingen og vedtar at idrettslaget ber Datatilsynet om forhåndsdrøftelse. Strømming starter ikke før svar foreligger.» Protokollen er signert av styreleder Rolf Nyhus og styremedlemmene.

    """)
        + "\n"
        + SIG
    )
    msg = message(
        "L052",
        HEGE,
        "Forhåndsdrøftelse – strømming av barne- og ungdomskamper",
        when(12, 10, 19, 40),
        body,
        attachments=[
            ("Vedlegg1_Beskrivelse_stromming.docx", to_docx(STREAM_DESC)),
            ("Vedlegg2_Risikovurdering_stromming.xlsx", to_xlsx(STREAM_RISK)),
            (
                "Vedlegg3_Uttalelse_personvernombud.pdf",
                letter_pdf(
                    STREAM_DPO,
                    [
                        "Advokatfirmaet Berg & Lunde AS · Kongens gate 30, 7011 Trondheim · 73 50 12 80 · post@bergluande.no"
                    ],
                    "Uttalelse",
                ),
            ),
        ],
        cc="Marianne Berg <mb@bergluande.no>",
    )
    return msg, Label(
        "nb",
        (
            "sports_club",
            "children",
            "video_streaming",
            "parts_spread_body_and_three_attachments",
            "contact_body_lines",
            "processor_contact_in_body",
            "part3_in_description_file",
            "risk_register_xlsx",
            "risk_words_likelihood_consequence",
            "dpo_statement",
            "part5_board_decision_quoted",
        ),
        "none",
        True,
        "used",
        "complete, spread across the body and three attachments: contacts and the board decision (quoted) in the body, description with necessity and safeguards in vedlegg 1, risk in the Excel sheet (with measures not taken), the DPO's statement in vedlegg 3",
    )
