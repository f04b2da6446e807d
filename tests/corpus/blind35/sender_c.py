# ruff: noqa: E501
"""Sender C: Vestbrekka fylkeskommune (county, upper secondary schools), nynorsk.

Habits: the county's DPIA form with question headings («Kva skal vi gjere, og kvifor?», «Kva kan
gå gale for elevane?» …), usually DOCX, once as an Excel form; the mail from the education
department's senior adviser; approval as minutes of the county director's management group or a
decision in the education committee («hovudutval for opplæring»).
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_pdf, to_xlsx, txt, when

TOPICS = {
    "c005": "digital eksamensovervaking av privatistar",
    "c025": "læringsanalyse og tidleg varsel om fråfall",
    "c045": "fråværsføring med posisjon i app",
    "c006": "skjermovervaking av elevmaskiner i klasserommet",
    "c026": "KI-vurdering av elevtekstar",
    "c046": "nytt skuleadministrativt system (til orientering)",
}

FROM_LEIF = "Leif Arne Skarstein <leif.arne.skarstein@vestbrekka.no>"
SIG_LEIF = txt("""
    Helsing
    Leif Arne Skarstein
    seniorrådgjevar, opplæringsavdelinga
    Vestbrekka fylkeskommune
    tlf. 55 20 83 15 – mob. 977 30 418
    leif.arne.skarstein@vestbrekka.no
    """)
DPO_LINE = "Personvernombodet i fylkeskommunen er Kari Øvrebø, tlf. 55 20 81 47, kari.ovrebo@vestbrekka.no."

QUESTIONS = (
    "Kva skal vi gjere, og kvifor?",
    "Kven gjeld det, og kva opplysningar?",
    "Kvar kjem opplysningane frå, og kvar går dei?",
    "Er det naudsynt, og finst det mildare løysingar?",
    "Korleis tek vi vare på rettane til elevane?",
    "Kva kan gå gale for elevane?",
    "Kva har vi gjort med det, og kva har vi valt bort?",
    "Kven har godkjent vurderinga?",
)


def form(title: str, intro: str, answers: list[str]) -> str:
    """The county's DPIA form: a heading per question, the answer under it."""
    body = "\n\n".join(
        f"# {n}. {q}\n\n{a}"
        for n, (q, a) in enumerate(zip(QUESTIONS, answers, strict=True), start=1)
    )
    return f"# {title}\n\n{intro}\n\n{body}\n"


# --- C5: eksamensovervaking ------------------------------------------------------------------

EKSAMEN = form(
    "Vurdering av personvernkonsekvensar: Digital eksamensovervaking for privatistar",
    "Vestbrekka fylkeskommune, opplæringsavdelinga. Skjema for DPIA (versjon 2025). Utfylt av Leif Arne Skarstein saman med eksamenskontoret. Dato 23.10.2026.",
    [
        """Fylkeskommunen arrangerer eksamen for om lag 2 800 privatistar kvart år. I dag må alle møte i eksamenslokale i Vestbrekka by eller Sandnesøy. Mange privatistar bur langt unna, er i arbeid eller er innsette i fengsel med opplæringstilbod. Vi vil tilby skriftleg eksamen heime i utvalde fag, med digital overvaking for å sikre at kandidaten svarer sjølv og utan ulovlege hjelpemiddel.

Kandidaten loggar inn med ID-porten. Under eksamen tek løysinga opp bilete frå webkamera kvart 20. sekund, skjermbilete kvart 30. sekund og lydnivå (ikkje lyd). Ein algoritme flaggar avvik: fleire ansikt, ingen ansikt, nytt vindauge, høg lyd. Flagga blir vurderte av to eksamensvakter frå fylkeskommunen etter eksamen. Algoritmen avgjer ingenting sjølv.""",
        """Privatistar frå 16 år og oppover som vel heimeeksamen. Vi reknar med 600–900 kandidatar første året. Opplysningar: namn, fødselsnummer, kandidatnummer, bilete av ansiktet og omgivnadene (heimen), skjermbilete, tidsstempel, lydnivå, flagg, vaktene si vurdering og eventuelt vedtak om annullering. Bilete frå heimen kan vise andre personar, religiøse symbol, helsehjelpemiddel og liknande.""",
        """Opplysningane kjem frå kandidaten si maskin. Dei blir sende kryptert til Examiq AS (databehandlar, org.nr. 918 455 206), som driv løysinga i datasenter i Noreg og Finland (underdatabehandlar Nordhall Cloud Oy, EØS). Vaktene og eksamenskontoret har tilgang. Ved mistanke om fusk går saka til eksamenskontoret som lagar vedtak. Kandidaten har rett til innsyn. Opplysningane blir ikkje delte med andre.

Kontakt hos databehandlar: Henrik Dale, kundeansvarleg, tlf. 21 09 44 70, henrik.dale@examiq.no.

Lagring: Bilete og skjermbilete blir sletta 6 veker etter eksamen (etter klagefristen), med mindre det er oppretta fuskesak. Då blir materialet lagra til saka er endeleg avgjord.""",
        """Grunnlaget er art. 6 nr. 1 bokstav e, jf. opplæringslova og forskrift om eksamen (fylkeskommunen sitt ansvar for å gjennomføre eksamen for privatistar forsvarleg). Bruk av biometri til identifisering skjer ikkje; ansiktsbilete blir berre brukt til å telje ansikt, ikkje til å kjenne att personar.

Heimeeksamen er eit tilbod, ikkje eit krav. Alle kan framleis velje fysisk eksamen. Mildare løysingar vi har vurdert: (1) heimeeksamen utan overvaking – ikkje forsvarleg for eksamenar som gir vitnemål; (2) overvaking med sanntidsvakt på video – meir inngripande fordi ein person ser inn i heimen heile tida; (3) berre skjermopptak – fangar ikkje at andre personar hjelper. Vi har landa på stillbilete med lange intervall, ikkje video, og ingen lyd.""",
        """- Tydeleg informasjon før påmelding, med døme på kva bilete vaktene ser.
- Kandidaten kan sjå sine eigne bilete etter eksamen.
- Ingen automatiske avgjerder: to vakter vurderer kvart flagg.
- Kandidatar i fengsel tek eksamen i fengselet sitt undervisningsrom, ikkje på cella.
- Rett til å klage på vedtak om annullering etter forvaltningslova.""",
        """| Kva kan skje | Sannsyn | Konsekvens | Vurdering |
| Bilete frå heimen viser sensitive forhold (andre personar, religion, helse) | Høg | Middels | Høg |
| Algoritmen flaggar oftare kandidatar med mørk hud, dårleg lys eller funksjonsnedsetjing | Middels | Høg | Høg |
| Falsk mistanke om fusk og annullering | Låg | Høg | Middels |
| Kandidatar kjenner seg pressa til å velje heimeeksamen | Låg | Middels | Låg |
| Tilgang for uvedkomande hos leverandør | Låg | Høg | Middels |""",
        """Gjort: stillbilete, ikkje video; ingen lyd; kort lagringstid; to vakter; informasjon og døme; eigen test av algoritmen med 40 frivillige med ulik hudfarge og lysforhold (resultat: flagg-raten var dobbelt så høg ved dårleg lys, difor lystest før start); opplæring av vaktene; databehandlaravtale med revisjonsrett.

Valt bort: å maskere bakgrunnen automatisk – leverandøren har det ikkje, og uskarp bakgrunn gjer at vi ikkje ser om andre er i rommet. Å krevje samtykke som grunnlag – ikkje frivillig i eit eksamensforhold.

Restrisiko: høg for innsyn i heimen og for skeiv flagging. Dette er grunnen til at vi ber om forhåndsdrøfting.""",
        """Fylkesdirektøren si leiargruppe handsama vurderinga 3.11.2026, sak 112/26. Sjå referat.""",
    ],
)

EKSAMEN_REF = """
# Vestbrekka fylkeskommune – Referat frå fylkesdirektøren si leiargruppe

Møte 3. november 2026, kl. 09.00–11.30, Fylkeshuset, møterom Fjellstova.

Til stades: Fylkesdirektør Gunhild Vatne, opplæringsdirektør Jostein Hope, økonomidirektør Mari Aasen, organisasjonsdirektør Stig Brekke, digitaliseringsdirektør Janne Orheim. Frå administrasjonen i sak 112/26: Leif Arne Skarstein og personvernombod Kari Øvrebø.

## Sak 112/26 Digital eksamensovervaking for privatistar – vurdering av personvernkonsekvensar

Skarstein presenterte DPIA-en, resultata frå testen med frivillige, innspel frå elevorganisasjonen, Kriminalomsorga og tillitsvalde for eksamensvaktene. Personvernombodet meinte restrisikoen er høg og tilrådde forhåndsdrøfting.

Leiargruppa drøfta om tilbodet burde avgrensast til kandidatar som bur meir enn 50 km frå eksamensstaden. Leiargruppa landa på at tilbodet skal vere ope for alle, fordi fysisk eksamen alltid er eit alternativ.

Konklusjon: Leiargruppa godkjenner vurderinga av personvernkonsekvensar. Opplæringsavdelinga sender førespurnad om forhåndsdrøfting til Datatilsynet. Heimeeksamen blir ikkje teken i bruk før Datatilsynet har svart.

Referent: Ragnhild Tveit
"""


def c005() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        Vestbrekka fylkeskommune ber om forhåndsdrøfting etter personvernforordninga artikkel 36 for digital overvaking av privatistar som tek skriftleg eksamen heime.

        Vurderinga av personvernkonsekvensar ligg ved, saman med referat frå leiargruppa der ho vart godkjend. Vi meiner restrisikoen er høg fordi overvakinga gir innsyn i heimen til kandidatane og fordi vi ikkje har fått eliminert skeiv flagging.

        Kontaktperson er underteikna. """)
        + DPO_LINE
        + " Kontakt hos databehandlaren står i pkt. 3 i vurderinga.\n\n"
        + SIG_LEIF
    )
    msg = message(
        "c005",
        FROM_LEIF,
        "Førespurnad om forhåndsdrøfting – digital eksamensovervaking",
        when(11, 6, 9, 11),
        body,
        attachments=[
            ("DPIA eksamensovervaking privatistar.docx", to_docx(EKSAMEN)),
            ("Referat leiargruppa 3.11.2026.docx", to_docx(EKSAMEN_REF)),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_schools",
            "dpia_report_docx",
            "headings_question",
            "contact_signature",
            "contact_dpo_body_line",
            "processor_contact_in_description",
            "risk_likelihood_consequence",
            "part5_management_minutes_docx",
        ),
        "none",
        True,
        "used",
        "complete; question-heading DOCX form, processor contact inside the data-flow answer, management group minutes",
    )


# --- C25: læringsanalyse, DPO as a mailbox only ----------------------------------------------

LAERING = form(
    "DPIA: Læringsanalyse og tidleg varsel om fråfall i vidaregåande skule",
    "Vestbrekka fylkeskommune. Skjema for DPIA (versjon 2025). Dato 28.10.2026.",
    [
        """Fråfallet i vidaregåande i fylket er 17 prosent. Vi vil bruke aktivitetsdata frå læringsplattforma (innlevering, innlogging, fråvær, karakterar på prøver) til eit dashbord for kontaktlærar og rådgjevar. Ein modell reknar ut eit varsel (grøn/gul/raud) for kvar elev kvar veke. Gul og raud gir ei oppgåve til kontaktlæraren om å ta ein samtale med eleven.""",
        """Alle elevar i dei 11 vidaregåande skulane, om lag 8 400 elevar, dei fleste 16–19 år. Opplysningar: innloggingar, innleveringar og fristar, fråvær (dagar og timar), karakterar på prøver, programområde, tidlegare varsel, samtalar loggførte av kontaktlærar. Ikkje helseopplysningar, men varselet kan seie noko om elevens livssituasjon.""",
        """Data blir henta kvar natt frå læringsplattforma og skuleadministrativt system til ei analyseteneste hos Læringsdata Nord AS (databehandlar), kontakt Ole Martin Sande, 73 10 22 90, ole.martin.sande@laeringsdata.no. Dashbordet er tilgjengeleg for kontaktlærar og rådgjevar på skulen. Varselet blir ikkje sendt til foreldre. Data blir sletta når eleven sluttar eller etter avslutta skuleår + 1 år.""",
        """Grunnlag: art. 6 nr. 1 bokstav e, jf. opplæringslova § 14-1 om oppfølging av elevar og § 17-1 om tilpassa opplæring. Vi har vurdert å la kontaktlærar sjølv følgje med utan dashbord (i dag), men lærarar med 30 elevar og mange fag ser ikkje mønster tidleg nok. Vi har vurdert berre fråvær som grunnlag, men fråvær kjem for seint. Vi har valt bort sosiale data (t.d. chat) og posisjonsdata.""",
        """Elevane får informasjon ved skulestart og i læringsplattforma. Eleven kan sjå sitt eige varsel og kva som ligg bak. Eleven kan protestere; protesten blir vurdert av rektor. Varselet blir aldri brukt i karaktersetjing eller disiplinærsaker.""",
        """| Kva kan gå gale | Sannsyn | Konsekvens | Tiltak |
| Eleven blir stempla, lærar endrar forventningar | Middels | Høg | Opplæring, varsel berre for kontaktlærar og rådgjevar |
| Modellen gir skeive varsel for elevar på yrkesfag eller minoritetsspråklege | Middels | Høg | Testa på data frå 2023–2025, justert, evaluering kvart halvår |
| Eleven endrar åtferd for å «lure» systemet, t.d. loggar inn utan å arbeide | Høg | Låg | Modellen vektar innleveringar, ikkje innlogging |
| Tilgang for uvedkomande | Låg | Middels | Tilgangsstyring, logg |""",
        """Vi har valt bort å varsle foreldre automatisk. Vi har valt bort å vise varsel for alle lærarar. Vi har vurdert å bruke varselet berre anonymt på klassenivå, men då mistar vi formålet.

Restrisiko: høg for stigmatisering og skeive varsel. Difor forhåndsdrøfting.""",
        """Hovudutval for opplæring godkjende vurderinga 5.11.2026 (PS 58/26). Sjå utskrift.""",
    ],
)

LAERING_VEDTAK = """
# Vestbrekka fylkeskommune – Hovudutval for opplæring

Møtedato: 05.11.2026. Saksnr.: PS 58/26. Arkivsak: 2026/3381.

# Læringsanalyse og tidleg varsel om fråfall – vurdering av personvernkonsekvensar

~ Fylkesdirektøren sitt forslag til vedtak:
~ 1. Hovudutvalet godkjenner vurderinga av personvernkonsekvensar for læringsanalyse og tidleg varsel.
~ 2. Fylkesdirektøren ber Datatilsynet om forhåndsdrøfting.

Saksutgreiinga omtalar DPIA-en, funna frå testinga av modellen, innspel frå Elevorganisasjonen, fylkesungdomsrådet og Utdanningsforbundet.

Handsaming i møtet: Representanten Lid (SV) la fram tilleggsforslag: «Elevane skal kunne reservere seg.» Forslaget fekk 4 røyster og fall. Fylkesdirektøren sitt forslag vart samrøystes vedteke.

Vedtak: Som fylkesdirektøren sitt forslag.

Utskrift sendt: Opplæringsavdelinga. Vestbrekka, 06.11.2026, Ingvild Haugen, utvalssekretær
"""


def c025() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Vestbrekka fylkeskommune ber om forhåndsdrøfting for læringsanalyse og tidleg varsel om fråfall i vidaregåande skule.

        Vedlagt:
        - vurdering av personvernkonsekvensar (DPIA)
        - utskrift av vedtak i hovudutval for opplæring 5.11.2026

        Personvernombodet har vore med i arbeidet og kan kontaktast på personvernombod@vestbrekka.no.

        """)
        + "\n"
        + SIG_LEIF
    )
    msg = message(
        "c025",
        FROM_LEIF,
        "Forhåndsdrøfting læringsanalyse",
        when(11, 12, 14, 3),
        body,
        attachments=[
            ("DPIA læringsanalyse.docx", to_docx(LAERING)),
            ("Vedtak HUO PS 58-26.pdf", to_pdf(LAERING_VEDTAK, "Vedtak PS 58/26")),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_schools",
            "children",
            "dpia_report_docx",
            "headings_question",
            "contact_signature",
            "processor_contact_in_description",
            "risk_likelihood_consequence",
            "part5_decision_committee_pdf",
            "p1_dpo_generic_mailbox_no_phone",
        ),
        "none",
        True,
        "used",
        "DPO given only as the mailbox personvernombod@, no name or phone; everything else complete",
        missing=(1,),
    )


# --- C45: fråværsføring med posisjon, form as a spreadsheet ----------------------------------

FRAVAER_ROWS = [
    ["Nr", "Spørsmål", "Svar"],
    [
        "0",
        "Kontaktinformasjon",
        "Kontaktperson: Leif Arne Skarstein, seniorrådgjevar, 55 20 83 15, leif.arne.skarstein@vestbrekka.no. Personvernombod: Kari Øvrebø, 55 20 81 47, kari.ovrebo@vestbrekka.no. Databehandlar: Skulenett AS, Gunnar Aas, produktansvarleg, 940 11 372, gunnar.aas@skulenett.no",
    ],
    [
        "1",
        QUESTIONS[0],
        "Elevane skal registrere oppmøte sjølv i skuleappen ved byrjinga av kvar økt. Appen stadfestar at eleven er innanfor skulen sitt område (geofence, ca. 200 m) ved å sjekke posisjonen til telefonen i det augeblinken eleven trykkjer «Eg er her». Læraren stadfestar lista. Formålet er å spare lærartid og få meir korrekt fråværsføring, særleg i store klassar og på praksisplassar i yrkesfag.",
    ],
    [
        "2",
        QUESTIONS[1],
        "Alle elevar i vidaregåande, ca. 8 400. Opplysningar: elev-ID, tidspunkt, økt, om eleven var innanfor eller utanfor området (ja/nei), eventuelt grunngjeving frå eleven. Sjølve koordinatane blir ikkje lagra, berre resultatet av sjekken. For elevar i praksis blir posisjonen sjekka mot praksisstaden si adresse.",
    ],
    [
        "3",
        QUESTIONS[2],
        "Posisjonen blir lesen av telefonen og samanlikna med området i appen; resultatet (innanfor/utanfor) blir sendt til Skulenett sin plattform og vidare til fråværsmodulen i skuleadministrativt system. Lærar, kontaktlærar og rådgjevar ser resultata. Data blir lagra saman med fråvær etter vanlege reglar (til vitnemål er skrive ut, deretter arkiv etter arkivlova for fråvær).",
    ],
    [
        "4",
        QUESTIONS[3],
        "Grunnlag: art. 6 nr. 1 bokstav c og e, jf. forskrift til opplæringslova om føring av fråvær. Det mildare alternativet er at læraren fører fråvær som i dag. Vi har prøvd QR-kode på tavla, men bilete av koden vart delt i klassechattar. Posisjonssjekken skjer berre i det augeblinken eleven registrerer seg, ikkje heile økta, og koordinatar blir ikkje lagra. Elevar utan smarttelefon eller som ikkje vil dele posisjon, blir registrerte av læraren.",
    ],
    [
        "5",
        QUESTIONS[4],
        "Informasjon i appen før første bruk, på skulen si nettside og i elevrådet. Eleven ser sjølv kva som er registrert. Posisjonstilgang kan trekkjast tilbake i telefonen; då registrerer læraren. Retting av feil skjer som for anna fråvær.",
    ],
    [
        "6",
        QUESTIONS[5],
        "Risiko 1: Appen les posisjon oftare enn oppgitt (t.d. i bakgrunnen) – sannsyn låg, konsekvens høg. Risiko 2: Feil posisjon gir ugyldig fråvær og i verste fall tap av rett til vurdering (10 %-grensa) – sannsyn middels, konsekvens høg. Risiko 3: Elevar føler seg overvaka og tilliten til skulen går ned – sannsyn middels, konsekvens middels. Risiko 4: Elevar på praksisplass får posisjon knytt til arbeidsgjevar – sannsyn låg, konsekvens middels.",
    ],
    [
        "7",
        QUESTIONS[6],
        "Tiltak: kodegjennomgang av appen gjort av fylkeskommunen sin tryggleiksleverandør (ingen bakgrunnslesing funnen); læraren stadfestar alltid lista og kan overstyre; fråvær frå appen gir ikkje automatisk varsel om 10 %-grensa før kontaktlærar har kontrollert; revisjon av leverandør årleg. Valt bort: kontinuerleg posisjon gjennom økta (for inngripande); Bluetooth-fyr i klasseromma (dyrt, og gir meir presis posisjon enn naudsynt). Restrisiko: vi meiner risiko 2 og 3 framleis er høge, og at ein posisjonssjekk av alle elevar kvar time er så nytt at vi vil ha Datatilsynet si vurdering.",
    ],
    [
        "8",
        QUESTIONS[7],
        "Fylkesdirektøren si leiargruppe 24.11.2026, sak 121/26: «Leiargruppa godkjenner DPIA for fråværsføring med posisjonssjekk og ber opplæringsavdelinga sende førespurnad om forhåndsdrøfting.» Grunnlag for handsaminga: presentasjon ved opplæringsdirektøren, innspel frå fylkesungdomsrådet (negativt til ordninga) og Utdanningsforbundet (positivt), og personvernombodet sitt notat av 18.11.2026. Godkjent ved referat signert av fylkesdirektør Gunhild Vatne 25.11.2026.",
    ],
]


def c045() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Vedlagt er DPIA for fråværsføring med posisjonssjekk i skuleappen. Vi ber om forhåndsdrøfting.

        Vi har denne gongen brukt det nye DPIA-skjemaet vårt i Excel. Første fana er sjølve vurderinga, andre fana er leiargruppa sin konklusjon. Alle kontaktopplysningar står i rad 0.

        """)
        + "\n"
        + SIG_LEIF
    )
    sheets = {
        "DPIA": FRAVAER_ROWS,
        "Godkjenning": [
            ["Organ", "Dato", "Sak", "Konklusjon", "Signert"],
            [
                "Fylkesdirektøren si leiargruppe",
                "24.11.2026",
                "121/26",
                "DPIA godkjend, forhåndsdrøfting skal sendast",
                "Gunhild Vatne, fylkesdirektør, 25.11.2026",
            ],
        ],
    }
    msg = message(
        "c045",
        FROM_LEIF,
        "DPIA fråværsføring med posisjon – førespurnad om forhåndsdrøfting",
        when(12, 1, 10, 27),
        body,
        attachments=[("DPIA_fravaer_posisjon.xlsx", to_xlsx(sheets))],
    )
    return msg, Label(
        "nn",
        (
            "county_schools",
            "children",
            "dpia_xlsx_workbook",
            "headings_question",
            "contact_xlsx_row",
            "risk_prose_likelihood_consequence",
            "part5_sheet_in_workbook",
        ),
        "none",
        True,
        "used",
        "complete; the county's question form as an Excel sheet (question/answer rows), approval on a second sheet",
    )


# --- C6: skjermovervaking i klasserommet -----------------------------------------------------

SKJERM = form(
    "Vurdering av personvernkonsekvensar: Klasseromsverktøy med innsyn i elevmaskiner",
    "Vestbrekka fylkeskommune, opplæringsavdelinga. Skjema for DPIA (versjon 2025). 15.10.2026.",
    [
        """Lærarane har bede om eit verktøy for å halde fokus i timane og hindre juks på prøver. Vi vil ta i bruk «Klasseskjerm», som gir læraren ei oversikt med miniatyrbilete av skjermane til elevane i timen, høve til å låse skjermane, opne ei nettside for alle og avgrense kva nettstader som er tilgjengelege under prøver. Verktøyet loggar kva nettstader eleven har opna i timen.""",
        """Elevar i vidaregåande med fylkeskommunal PC, ca. 8 400. Opplysningar: skjermbilete i sanntid (ikkje lagra), logg over nettstader og program opna i timen (lagra 14 dagar), eleven sin namn og klasse. Skjermbileta kan vise privat innhald (meldingar, helse, legning, religion).""",
        """Agenten på PC-en sender data til Klasseskjerm AS sin skyteneste (databehandlar, drift i Irland), vidare til læraren sin nettlesar. Berre læraren som har klassa i den aktuelle timen, ser skjermane, og berre i timen etter timeplanen. Kontakt hos Klasseskjerm AS: Trine Lyngstad, kundeleiar, tlf. 23 96 05 40, trine.lyngstad@klasseskjerm.no.""",
        """Grunnlag: art. 6 nr. 1 bokstav e, jf. opplæringslova kapittel 12 om læringsmiljø og forskrift om vurdering (prøver). Overvaking av elevar er eit inngrep, og skjermbilete kan vise mykje. Vi har vurdert: berre nettfilter under prøver (løyser prøve-problemet, men ikkje fokus i timen); fysisk tilsyn (læraren går rundt) – fungerer dårleg i store rom; eit verktøy utan miniatyrbilete (berre liste over opne program) – dette er vårt val for vanlege timar. Miniatyrbilete er slått på berre under prøver.""",
        """Elevane får vite når verktøyet er aktivt (ikon i oppgåvelinja, varsel når læraren ser skjermen). Verktøyet er av utanom timar og heime. Logg over nettstader blir sletta etter 14 dagar og kan ikkje eksporterast av læraren. Eleven kan be om innsyn i loggen. Elevrådet skal evaluere ordninga etter eitt år.""",
        """| Risiko | Sannsyn | Konsekvens | Risiko etter tiltak |
| Læraren ser privat innhald på skjermen | Middels | Høg | Middels (miniatyrbilete berre under prøver) |
| Verktøyet er aktivt utanom timen, t.d. heime | Låg | Høg | Låg (timeplanstyring, teknisk test) |
| Loggen blir brukt i disiplinærsaker eller til å kartleggje elevar | Middels | Middels | Middels |
| Overføring til tredjeland via leverandøren sin underleverandør | Låg | Middels | Låg (EU-lagring, SCC for support i USA) |
| Nedkjølande verknad: elevane søkjer ikkje informasjon om helse, seksualitet eller politikk | Middels | Høg | Høg |""",
        """Gjort: miniatyrbilete berre under prøver; varsel til eleven; timeplanstyring; kort lagring; opplæring av lærarar; rutine for at logg ikkje blir brukt i disiplinærsaker utan at rektor har vurdert det.

Ikkje gjort: å stenge ute all logging – vi treng loggen ved mistanke om juks på prøver. Å lagre all data i Noreg – ikkje tilbydd av leverandøren.

Restrisiko: høg for den nedkjølande verknaden. Vi ber om forhåndsdrøfting.""",
        """Saka vart handsama i hovudutval for opplæring 29.10.2026. Sjå vedtak.""",
    ],
)

SKJERM_VEDTAK = """
# Vestbrekka fylkeskommune – Hovudutval for opplæring

Møtebok, 29.10.2026. PS 54/26 Klasseromsverktøy – vurdering av personvernkonsekvensar.

Saksopplysningar: Fylkesdirektøren la fram DPIA datert 15.10.2026 med risikovurdering, innspel frå elevråda ved tre skular, Elevorganisasjonen og Utdanningsforbundet, og personvernombodet si tilråding om forhåndsdrøfting.

Vedtak (samrøystes): Hovudutval for opplæring godkjenner vurderinga av personvernkonsekvensar for klasseromsverktøyet og sluttar seg til at fylkesdirektøren ber Datatilsynet om forhåndsdrøfting. Verktøyet skal ikkje takast i bruk med miniatyrbilete før forhåndsdrøftinga er avslutta.

Rett utskrift: Ingvild Haugen, utvalssekretær
"""


def c006() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        Vestbrekka fylkeskommune ber om forhåndsdrøfting for eit klasseromsverktøy som gir lærarane innsyn i skjermane til elevane.

        Vurderinga av personvernkonsekvensar og vedtaket i hovudutval for opplæring ligg ved.

        Kontaktperson: Leif Arne Skarstein, 55 20 83 15, leif.arne.skarstein@vestbrekka.no
        """)
        + DPO_LINE
        + "\nDatabehandlar: Klasseskjerm AS, kontakt Trine Lyngstad, 23 96 05 40, trine.lyngstad@klasseskjerm.no\n\n"
        + SIG_LEIF
    )
    msg = message(
        "c006",
        FROM_LEIF,
        "Førespurnad om forhåndsdrøfting - klasseromsverktøy",
        when(11, 10, 12, 50),
        body,
        attachments=[
            ("DPIA klasseromsverktøy.docx", to_docx(SKJERM)),
            ("Møtebok HUO 29.10.2026 PS 54-26.pdf", to_pdf(SKJERM_VEDTAK, "Møtebok HUO")),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_schools",
            "children",
            "dpia_report_docx",
            "headings_question",
            "contact_body_lines",
            "risk_likelihood_consequence",
            "part5_decision_committee_pdf",
            "subprocessor_listed",
        ),
        "none",
        True,
        "used",
        "complete; contacts as body lines, question-heading form, committee decision PDF",
    )


# --- C26: KI-vurdering, necessity left as template guidance ------------------------------------

KI_TEKST = form(
    "DPIA: KI-støtte til vurdering av elevtekstar i norsk og engelsk",
    "Vestbrekka fylkeskommune. Skjema for DPIA (versjon 2025). Utkast frå prosjektgruppa, 9.11.2026.",
    [
        """Lærarane i norsk og engelsk bruker mykje tid på å gi tilbakemelding på tekstar. Vi vil prøve eit verktøy der eleven leverer teksten i læringsplattforma, og ein språkmodell lagar eit forslag til tilbakemelding (kommentarar i margen og ei samla vurdering etter kjenneteikn på måloppnåing). Læraren les forslaget, endrar og gir endeleg tilbakemelding. Verktøyet set ikkje karakter, men foreslår eit nivå (låg/middels/høg måloppnåing).""",
        """Pilot på fire skular, 60 lærarar og om lag 1 800 elevar (16–19 år). Opplysningar: elevtekstane (som ofte inneheld personlege forteljingar om familie, helse, tru og haldningar), namn, klasse, fag, forslaga frå verktøyet og læraren si endelege tilbakemelding.""",
        """Teksten blir sendt frå læringsplattforma til Skrivkraft AS (databehandlar), som brukar ein språkmodell driven i EU (underdatabehandlar Mistral-basert modell hos ein fransk skyleverandør). Forslaget kjem tilbake i plattforma. Kontakt hos Skrivkraft: Eirin Vold, dagleg leiar, tlf. 932 51 886, eirin@skrivkraft.no. Tekstar blir sletta hos leverandøren etter 30 dagar og blir ikkje brukte til trening.""",
        """[Gjer greie for rettsleg grunnlag for behandlinga. Vurder om behandlinga er naudsynt for å nå formålet, og om formålet kan nåast med mindre inngripande middel. Vurder om behandlinga står i rimeleg forhold til formålet (proporsjonalitet). Sjå rettleiaren kapittel 4.]""",
        """[Skildre informasjon til elevane, korleis elevane kan utøve rettane sine (innsyn, retting, protest) og andre garantiar. Sjå rettleiaren kapittel 5.]""",
        """| Risiko | Sannsyn | Konsekvens | Risikonivå |
| Forslaget påverkar læraren si vurdering meir enn læraren er klar over (automatiseringsskeivheit) | Høg | Høg | Høg |
| Forslaga er systematisk strengare for elevar med norsk som andrespråk eller dysleksi | Middels | Høg | Høg |
| Personlege opplysningar i tekstane blir lagra eller brukte av leverandøren | Låg | Høg | Middels |
| Elevane skriv mindre personleg fordi dei veit at ein maskin les teksten | Middels | Middels | Middels |""",
        """Tiltak gjort: læraren gir alltid endeleg tilbakemelding; forslag om nivå blir vist først etter at læraren har lese teksten; test av forslaga på 400 anonymiserte tekstar frå elevar med norsk som andrespråk (resultat: 0,3 nivå strengare i snitt, justert i instruks til modellen); databehandlaravtale med forbod mot trening; sletting etter 30 dagar.

Tiltak vurdert og valt bort: å fjerne nivåforslaget heilt (lærarane meiner det er den største tidssparinga); lokal modell (for dyrt for ein pilot).

Restrisiko: høg for automatiseringsskeivheit og skeive forslag.""",
        """Fylkesdirektøren si leiargruppe 17.11.2026, sak 118/26: DPIA-en godkjend, forhåndsdrøfting skal sendast. Referatet er lagt ved.""",
    ],
)

KI_REF = """
# Referat frå fylkesdirektøren si leiargruppe 17.11.2026 (utdrag)

## Sak 118/26 KI-støtte til vurdering av elevtekstar

Prosjektleiar presenterte DPIA-en, testresultata for elevar med norsk som andrespråk, og innspel frå elevråda og Utdanningsforbundet. Personvernombodet Kari Øvrebø tilrådde forhåndsdrøfting på grunn av restrisikoen.

Konklusjon: Leiargruppa godkjenner DPIA-en og ber opplæringsavdelinga be om forhåndsdrøfting. Piloten startar ikkje før svar ligg føre.

Referent: Ragnhild Tveit
"""


def c026() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Opplæringsavdelinga i Vestbrekka fylkeskommune ber om forhåndsdrøfting for ein pilot med KI-støtte til vurdering av elevtekstar. DPIA og referat frå leiargruppa er vedlagt.

        """)
        + "\n"
        + DPO_LINE
        + "\n\n"
        + SIG_LEIF
    )
    msg = message(
        "c026",
        FROM_LEIF,
        "Forhåndsdrøfting: KI-støtte til vurdering av elevtekstar",
        when(11, 24, 15, 8),
        body,
        attachments=[
            ("DPIA KI-vurdering elevtekstar.docx", to_docx(KI_TEKST)),
            ("Referat leiargruppa sak 118-26.docx", to_docx(KI_REF)),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_schools",
            "children",
            "dpia_report_docx",
            "headings_question",
            "contact_signature",
            "contact_dpo_body_line",
            "processor_contact_in_description",
            "risk_likelihood_consequence",
            "part5_management_minutes_docx",
            "part3_template_guidance",
        ),
        "none",
        True,
        "used",
        "necessity and rights questions still hold the form's bracketed guidance text; the rest complete",
        missing=(3,),
    )


# --- C46: nytt SAS til orientering (not a request) ---------------------------------------------

SAS = form(
    "DPIA: Nytt skuleadministrativt system (SAS)",
    "Vestbrekka fylkeskommune. Skjema for DPIA (versjon 2025). 30.10.2026.",
    [
        """Fylkeskommunen byter skuleadministrativt system frå hausten 2027 etter ein felles anskaffing med to andre fylkeskommunar. Systemet held elevregister, inntak, fag, fråvær, karakterar, vitnemål og spesialpedagogiske vedtak.""",
        """Alle elevar, søkjarar, lærlingar og privatistar, om lag 24 000 personar per år. Opplysningar som i dagens system, inkludert opplysningar om spesialundervisning og helse knytt til særskilt tilrettelegging.""",
        """Frå Vigo, søknader og lærarar. Til Lånekassen, Udir (vitnemålsdatabasen), kommunar (oppfølgingstenesta). Leverandør er databehandlar med drift i Noreg.""",
        """Lovpålagde oppgåver etter opplæringslova. Ingen nye formål samanlikna med dagens system.""",
        """Elevane blir informerte via nettsida. Innsyn som før.""",
        """Hovudrisiko er feil i migreringa og for vide tilgangar. Sannsyn middels, konsekvens middels. Tiltak: testmigrering, tilgangsmodell etter roller, logg.""",
        """Restrisiko: akseptabel.""",
        """Vurderinga er lagd fram for leiargruppa til orientering.""",
    ],
)


def c046() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Som avtalt i møtet med Datatilsynet om tilsynet med skulane våre i 2025, sender vi til orientering DPIA-en for det nye skuleadministrative systemet. Vi har vurdert restrisikoen som akseptabel og ber ikkje om forhåndsdrøfting.

        Om de har merknader, tek vi gjerne imot dei innan 15. januar.

        """)
        + "\n"
        + DPO_LINE
        + "\n\n"
        + SIG_LEIF
    )
    msg = message(
        "c046",
        FROM_LEIF,
        "Til orientering: DPIA nytt skuleadministrativt system",
        when(12, 8, 8, 49),
        body,
        attachments=[("DPIA SAS.docx", to_docx(SAS))],
    )
    return msg, Label(
        "nn",
        (
            "county_schools",
            "nonrequest_dpia_for_information",
            "dpia_report_docx",
            "headings_question",
            "contact_signature",
            "prior_consultation_declined",
            "part5_informed_only",
        ),
        "none",
        False,
        "used",
        "a thin DPIA for a new school admin system sent «til orientering», no consultation asked; processor unnamed, management only informed",
        missing=(1, 3, 4, 5),
    )
