# ruff: noqa: E501
"""Sender A: Tindved kommune (nynorsk). Formal letters, the municipal DPIA template (v2.1) with
its «Rettleiing:» lines always left in, approvals as «særutskrift» from political bodies or a
delegated decision by the kommunedirektør.

Odd: B001 (nattilsyn, formannskapet first meets after the mail), B021 (KI-transkribering),
B041 (nattilsyn again, after the meeting). Even: B002 (risikoprofilering, kap. 5 only guidance),
B022 (kamera idrettspark), B042 (new DPO, not a request).
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, scan_pdf, to_docx, to_pdf, txt, when

FROM = "Synnøve Hjelmeland <synnove.hjelmeland@tindved.kommune.no>"
TOPIC_OF = {
    "B001": "A-o1",
    "B041": "A-o1",
    "B021": "A-o2",
    "B002": "A-e1",
    "B022": "A-e2",
    "B042": "A-e3",
}

SIGNATUR = txt("""
    Med helsing

    Synnøve Hjelmeland
    rådgjevar digitalisering
    Stab for digitalisering og innovasjon | Tindved kommune
    Tlf. 57 71 20 34 | Mob. 918 44 203
    synnove.hjelmeland@tindved.kommune.no
    Rådhusvegen 4, 6893 Tindved | www.tindved.kommune.no
""")


def kontakttabell(databehandlar: str) -> str:
    return f"""
| Rolle | Namn | Telefon | E-post
| Kontaktperson (behandlingsansvarleg) | Synnøve Hjelmeland, rådgjevar digitalisering | 57 71 20 34 / 918 44 203 | synnove.hjelmeland@tindved.kommune.no
| Personvernombod | Geir Arne Solheim, interkommunalt personvernombod (Sunnfjord IKT IKS) | 57 61 55 10 | geir.arne.solheim@sfikt.no
{databehandlar}
"""


RETTLEIING = {
    0: "Rettleiing: Fyll ut tabellen. Versjonsnummer skal aukast ved kvar endring etter handsaming i leiargruppa.",
    1: "Rettleiing: Før opp namn, telefon og e-post til kontaktperson, personvernombod og eventuelle databehandlarar.",
    2: "Rettleiing: Skildre kva opplysningar som vert handsama, om kven, kvifor, kor lenge, kjelder og mottakarar, korleis opplysningane er sikra og kven som har ansvar. Legg vekt på det som gjev høg risiko.",
    3: "Rettleiing: Grei ut om handsaminga er naudsynt for formålet og om ho står i rimeleg forhold til inngrepet. Finst det mindre inngripande alternativ? Kva tiltak tek vare på rettane til dei registrerte (informasjon, innsyn, retting, motsegn)?",
    4: "Rettleiing: Før opp risikoar for dei registrerte med sannsyn (1–4) og konsekvens (1–4), tiltak som er gjennomførte, og tiltak som er vurderte, men ikkje gjennomførte, med grunngjeving.",
    5: "Rettleiing: Legg ved protokoll eller signert godkjenning frå kommunedirektøren eller politisk organ. Før opp dato for handsaming.",
}


def dpia(
    tittel: str,
    info: str,
    kontakt: str,
    skildring: str,
    naudsyn: str,
    risiko: str,
    godkjenning: str,
) -> str:
    """The municipal template, guidance lines kept as the organisation always keeps them."""
    r = RETTLEIING
    return f"""
# Vurdering av personvernkonsekvensar (DPIA) – {tittel}

Mal for vurdering av personvernkonsekvensar, Tindved kommune, versjon 2.1 (fastsett av kommunedirektøren 2024)

# 0 Dokumentinformasjon

{r[0]}

{info}

# 1 Kontaktinformasjon

{r[1]}

{kontakt}

# 2 Systematisk skildring av handsaminga

{r[2]}

{skildring}

# 3 Vurdering av naudsyn og proporsjonalitet

{r[3]}

{naudsyn}

# 4 Risikovurdering

{r[4]}

{risiko}

# 5 Leiinga si godkjenning

{r[5]}

{godkjenning}
"""


# --- A-o1: digitalt nattilsyn med kamera -------------------------------------------------

NATT_KONTAKT = kontakttabell(
    "| Databehandlar | Nordvik Omsorgsteknologi AS, Henrik Tveit (kundeansvarleg) | 22 90 41 70 | henrik.tveit@nordvik-ot.no"
)

NATT_SKILDRING = """
Tindved kommune vil ta i bruk digitalt nattilsyn for heimebuande tenestemottakarar med demens eller anna kognitiv svikt som i dag får fysisk tilsyn om natta. Det vert montert eit kamera med infraraudt lys i soverommet. Kameraet sender ikkje bilete heile tida: nattpatruljen i heimetenesta kan opne ein straum på faste tidspunkt (inntil fire gonger per natt), og ein sensor varslar når personen har falle eller har vore ute av senga i meir enn 20 minutt. Som standard vert biletet vist som ein silhuett. Fullt bilete kan berre opnast etter eit varsel, og kvar opning vert logga. Det vert ikkje gjort opptak.

Omfang: om lag 35 tenestemottakarar i året frå februar 2027, alle over 67 år. Opplysningar: vedtak om helse- og omsorgstenester, diagnose (demens eller kognitiv svikt), bilete og silhuett i sanntid, varsellogg (tidspunkt og type varsel) og tilgangslogg.

Kjelder er fagsystemet for pleie og omsorg og sensorane i heimen. Mottakarar er nattpatruljen (seks tilsette) og vakthavande sjukepleiar. Opplysningane vert ikkje utleverte til andre.

Tindved kommune ved kommunedirektøren er behandlingsansvarleg. Nordvik Omsorgsteknologi AS leverer kamera, plattform og drift som databehandlar etter avtale av 1. september 2026; alle data vert lagra i Noreg. Straumen er ende-til-ende-kryptert, innlogging krev tofaktor, tilgangen er rollestyrt, og loggen vert lagra i 12 månader.

Rettsleg grunnlag er vedtak etter helse- og omsorgstenestelova, samtykke frå tenestemottakarar med samtykkekompetanse, og pasient- og brukarrettslova § 4-6 a for dei som manglar slik kompetanse.
"""

NATT_NAUDSYN = """
Formålet er å gje trygt tilsyn om natta utan å vekkje tenestemottakarane, og å frigjere tid i nattpatruljen, som i dag køyrer opptil 140 km per natt. Pårørande og tilsette fortel at fysisk tilsyn fire gonger per natt gjev uro, dårlegare søvn og fleire fall.

Vi har vurdert rørslesensor åleine, utan kamera. Han gjev for mange falske alarmar og kan ikkje stadfeste at personen ligg trygt, og difor har vi valt kamera med silhuett som standard, som er det minst inngripande alternativet som gjev forsvarleg tilsyn.

Kamera vert berre sett opp etter individuell vurdering og vedtak, og vert teke ned når behovet fell bort. Tenestemottakaren og pårørande får skriftleg og munnleg informasjon på førehand, ei lampe på kameraet lyser når det er i bruk, og kameraet kan dekkjast til om dagen. Innsyn i varsellogg og tilgangslogg kan krevjast hjå tenesteleiar. Bruken vert evaluert for kvar tenestemottakar kvar tredje månad.
"""

NATT_RISIKO = """
| Risiko for dei registrerte | Sannsyn | Konsekvens | Tiltak
| Tilsett ser inn i soverommet utan grunn | 2 | 4 | Silhuett som standard, fullt bilete berre etter varsel, logg, månadleg loggkontroll hjå tenesteleiar
| Innbrot i løysinga og lekkasje av biletstraum | 1 | 4 | Ende-til-ende-kryptering, ingen opptak, inntrengingstest før oppstart
| Personen forstår ikkje at han vert observert (manglar samtykkekompetanse) | 3 | 3 | Vedtak etter § 4-6 a, pårørande involverte, evaluering kvar tredje månad
| Teknisk feil gjev manglande tilsyn og helsefare | 2 | 4 | Varsel ved nettbrot, fysisk tilsyn som reserve
| Ektefelle eller andre i huset vert fanga av kameraet | 3 | 2 | Kameraet vinkla mot senga, ektefelle informert og kan slå av kameraet

Tiltak som er vurderte, men ikkje gjennomførte: Analyse i sjølve kameraet slik at bilete aldri forlèt heimen er ikkje tilgjengeleg frå leverandøren før 2028. Full anonymisering utan høve til fullt bilete er forkasta fordi sjukepleiar må kunne sjå om personen er skadd etter eit fall.

Restrisikoen er vurdert som høg for tenestemottakarar utan samtykkekompetanse, og kommunen ber difor om førehandsdrøfting.
"""


def natt_info(versjon: str, dato: str, status: str) -> str:
    return f"""
| Felt | Innhald
| Tenesteområde | Helse og omsorg, heimetenesta
| Handsaming | Digitalt nattilsyn med kamera i heimen
| Versjon | {versjon}
| Dato | {dato}
| Utarbeidd av | Synnøve Hjelmeland og Marte Øvrebø (tenesteleiar heimetenesta)
| Status | {status}
"""


def b001() -> tuple[EmailMessage, Label]:
    godkjenning = "Vurderinga skal handsamast i formannskapet 10. desember 2026 (sak PS 94/26). Protokoll frå møtet vert send Datatilsynet etter møtet."
    doc = dpia(
        "digitalt nattilsyn",
        natt_info("1.0", "17.11.2026", "Til politisk handsaming"),
        NATT_KONTAKT,
        NATT_SKILDRING,
        NATT_NAUDSYN,
        NATT_RISIKO,
        godkjenning,
    )
    brev = """
# Førespurnad om førehandsdrøfting – digitalt nattilsyn med kamera i heimen

Vår ref.: 26/1432-6. Sakshandsamar: Synnøve Hjelmeland.

Tindved kommune planlegg å ta i bruk digitalt nattilsyn med kamera i heimen til tenestemottakarar med demens. Vurderinga av personvernkonsekvensar viser at restrisikoen er høg for tenestemottakarar som ikkje har samtykkekompetanse, og kommunen ber difor om førehandsdrøfting etter personvernforordninga artikkel 36.

Vedlagt følgjer vurderinga (versjon 1.0). Kontaktinformasjon står i kapittel 1 i vurderinga.

Med helsing
Randi Bøe Nesheim, kommunedirektør
"""
    body = (
        txt("""
        Til Datatilsynet

        Vedlagt følgjer førespurnad om førehandsdrøfting frå Tindved kommune, med
        vurdering av personvernkonsekvensar for digitalt nattilsyn.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B001",
        FROM,
        "Førespurnad om førehandsdrøfting – digitalt nattilsyn (vår ref. 26/1432)",
        when(11, 19, 10, 42),
        body,
        attachments=[
            ("Folgjebrev_forehandsdrofting_26-1432.pdf", to_pdf(brev)),
            ("DPIA_digitalt_nattilsyn_v1.0.pdf", to_pdf(doc)),
        ],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "cover_letter_pdf",
            "dpia_template_guidance_left",
            "contact_table_in_dpia",
            "risk_likelihood_consequence",
            "part5_future_dated_meeting",
        ),
        "pgp_mime",
        True,
        "used",
        "kap. 5: formannskapet handsamar vurderinga 10. desember, etter e-posten (19. nov.)",
        missing=(5,),
    )


def b041() -> tuple[EmailMessage, Label]:
    godkjenning = "Leiargruppa gjekk gjennom vurderinga 12. november og 3. desember 2026. Formannskapet handsama vurderinga i møte 10. desember 2026, sak PS 94/26, og godkjende ho med eitt tillegg: bruken skal evaluerast etter eitt år og leggjast fram for formannskapet på nytt. Sjå særutskrift (vedlegg)."
    doc = dpia(
        "digitalt nattilsyn",
        natt_info("1.1", "11.12.2026", "Godkjend av formannskapet 10.12.2026"),
        NATT_KONTAKT,
        NATT_SKILDRING,
        NATT_NAUDSYN,
        NATT_RISIKO,
        godkjenning,
    )
    saerutskrift = """TINDVED KOMMUNE
SÆRUTSKRIFT
Utval: Formannskapet   Møtedato: 10.12.2026   Sak: PS 94/26   Arkivsak: 26/1432

Sak: Digitalt nattilsyn med kamera i heimen – vurdering av personvernkonsekvensar og førespurnad om førehandsdrøfting

Kommunedirektøren la fram vurderinga av personvernkonsekvensar (versjon 1.0) med funn frå to gjennomgangar i leiargruppa, innspel frå eldrerådet, brukarrådet og hovudtillitsvald i Fagforbundet, og restrisikoen for tenestemottakarar utan samtykkekompetanse.

Handsaming: Framlegg frå Liv Aarvik (Sp) om evaluering etter eitt år vart samrøystes vedteke.

VEDTAK (samrøystes):
1. Formannskapet godkjenner vurderinga av personvernkonsekvensar for digitalt nattilsyn.
2. Kommunedirektøren ber Datatilsynet om førehandsdrøfting før tenesta vert teken i bruk.
3. Bruken skal evaluerast etter eitt år og leggjast fram for formannskapet.

Rett utskrift: Jorunn Sande, utvalssekretær, 11.12.2026"""
    body = (
        txt("""
        Hei igjen,

        Formannskapet handsama saka om digitalt nattilsyn 10. desember (PS 94/26) og
        slutta seg til vurderinga. Eg sender difor heile førespurnaden på nytt, så de har
        alt samla: oppdatert vurdering (versjon 1.1, kapittel 5 er fylt ut) og særutskrift
        frå møtet. Førespurnaden vår av 19. november gjeld framleis; denne e-posten
        erstattar vedlegga i den.

        Vår ref.: 26/1432.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B041",
        FROM,
        "SV: Førespurnad om førehandsdrøfting – digitalt nattilsyn (vår ref. 26/1432)",
        when(12, 14, 9, 5),
        body,
        attachments=[
            ("DPIA_digitalt_nattilsyn_v1.1.pdf", to_pdf(doc)),
            ("Saerutskrift_FSK_PS_94-26.pdf", scan_pdf([saerutskrift])),
        ],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "dpia_template_guidance_left",
            "contact_table_in_dpia",
            "risk_likelihood_consequence",
            "part5_meeting_already_held",
            "part5_scanned_protocol",
            "resubmission_complete",
        ),
        "none",
        True,
        "used",
        "same processing as B001 after the meeting of 10 Dec; særutskrift scanned, v1.1 complete",
    )


# --- A-o2: KI-transkribering i barnevernstenesta -----------------------------------------


def b021() -> tuple[EmailMessage, Label]:
    info = """
| Felt | Innhald
| Tenesteområde | Oppvekst, barnevernstenesta
| Handsaming | KI-basert transkribering og utkast til samtalereferat
| Versjon | 2.0
| Dato | 28.10.2026
| Utarbeidd av | Synnøve Hjelmeland, Kjersti Vangsnes (leiar barnevernstenesta)
"""
    kontakt = kontakttabell(
        "| Databehandlar | Talefelt AS, Marit Eggen (personvernansvarleg) | 930 55 812 | marit.eggen@talefelt.no"
    )
    skildring = """
Barnevernstenesta vil bruke eit KI-basert verktøy frå Talefelt AS til å transkribere samtalar og lage utkast til referat. Samtalar med barn, foreldre og samarbeidspartnarar vert tekne opp på tenestetelefon med Talefelt-appen og lasta opp til Talefelt si løysing, som er drifta i Noreg. Ein talemodell lagar transkripsjon, og ein språkmodell lagar utkast til referat. Sakshandsamaren les gjennom, rettar og godkjenner utkastet før det vert lagra i fagsystemet for barnevern. Lydfil og transkripsjon vert sletta automatisk sju dagar etter opptaket.

Omfang: om lag 120 barn og familiane deira per år, 14 tilsette. Opplysningane omfattar helse, familietilhøve, rus, vald og moglege straffbare forhold, og gjeld i stor grad barn.

Kjelder er samtalepartnarane sjølve. Mottakar er berre barnevernstenesta. Talefelt AS er databehandlar og har ikkje lov til å bruke opplysningane til å trene modellar. Kommunen er behandlingsansvarleg. Tilgang krev innlogging med ID-porten på nivå høgt, og alle data er krypterte under overføring og lagring.
"""
    naudsyn = """
Tilsette i barnevernstenesta bruker i dag 30–40 prosent av tida på dokumentasjon, og referat vert ofte skrivne dagar etter samtalen. Formålet er meir tid saman med barna og meir presise referat. Diktering utan KI er prøvd og sparte lite tid; manuelle notat er dagens ordning og vert ført vidare for alle som ikkje vil bli tekne opp.

Barn og foreldre får munnleg og skriftleg informasjon før kvar samtale og kan alltid seie nei til opptak utan at det får følgjer for saka; samtalen vert då skriven på vanleg måte. Samtalar med barn under 12 år vert ikkje tekne opp. Utkastet frå KI er aldri grunnlag for vedtak åleine, og det er sakshandsamaren som står ansvarleg for referatet. Innsynsretten gjeld referatet i fagsystemet; lydfila vert ikkje arkivert.
"""
    risiko = """
| Risiko | Sannsyn | Konsekvens | Tiltak
| Feil i transkripsjon eller samandrag hamnar i journalen | 3 | 4 | Obligatorisk kontroll og godkjenning av sakshandsamar, utkast merkt «KI-utkast» til det er godkjent
| Barn eller foreldre kjenner seg pressa til å godta opptak | 3 | 3 | Alltid tilbod om samtale utan opptak, val registrert, opplæring av tilsette
| Leverandøren nyttar opplysningar til å trene modellar | 1 | 4 | Forbod i databehandlaravtalen, revisjonsrett, årleg stadfesting
| Lydfiler kjem på avvegar frå tenestetelefon | 2 | 4 | Opptak berre i appen, ingen lokal lagring, fjernsletting
| Tredjepersonar (søsken, naboar) vert nemnde og teken opp | 3 | 2 | Sakshandsamar fjernar uvedkomande opplysningar før godkjenning

Vurdert, men ikkje gjennomført: Lokal installasjon på kommunen sine eigne tenarar er for kostbar for ein kommune av vår storleik. Transkripsjon utan KI-samandrag vart vurdert, men ville gje lite av tidsvinsten.
"""
    godkjenning = "Kommunedirektøren si leiargruppe har handsama vurderinga to gonger, 20. oktober og 3. november 2026. Kommunedirektøren godkjende vurderinga og vedtok å be om førehandsdrøfting ved delegert vedtak 3. november 2026 (DS 211/26), sjå vedlegg."
    doc = dpia(
        "KI-transkribering i barnevernstenesta",
        info,
        kontakt,
        skildring,
        naudsyn,
        risiko,
        godkjenning,
    )
    vedtak = """
# Delegert vedtak DS 211/26

Arkivsak 26/1688. Dato: 03.11.2026.

Sak: Vurdering av personvernkonsekvensar – KI-basert transkribering i barnevernstenesta

Leiargruppa har gått gjennom vurderinga i møte 20. oktober (presentasjon og funn frå leiar i barnevernstenesta og personvernombodet) og 3. november (oppdatert versjon 2.0 med innspel frå tillitsvalde og Ungdomsrådet).

Vedtak: Kommunedirektøren godkjenner vurderinga av personvernkonsekvensar, versjon 2.0. Sidan restrisikoen framleis er høg, skal kommunen be Datatilsynet om førehandsdrøfting før verktøyet vert teke i bruk.

Randi Bøe Nesheim
kommunedirektør
(Dokumentet er elektronisk godkjent og har difor inga handskriven underskrift.)
"""
    body = (
        txt("""
        Til Datatilsynet

        Tindved kommune ber om førehandsdrøfting etter personvernforordninga artikkel 36
        for bruk av KI-basert transkribering i barnevernstenesta.

        Vedlegg:
        1. Vurdering av personvernkonsekvensar, versjon 2.0
        2. Delegert vedtak DS 211/26 frå kommunedirektøren

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B021",
        FROM,
        "Førespurnad om førehandsdrøfting – KI-transkribering i barnevernet",
        when(11, 5, 13, 20),
        body,
        attachments=[
            ("DPIA_KI-transkribering_barnevern_v2.0.docx", to_docx(doc)),
            ("Delegert_vedtak_DS_211-26.pdf", to_pdf(vedtak)),
        ],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "dpia_template_guidance_left",
            "contact_table_in_dpia",
            "risk_likelihood_consequence",
            "part5_delegated_decision",
            "attachment_list_in_body",
        ),
        "none",
        True,
        "used",
        "complete; every chapter keeps its guidance line but has real content beneath it",
    )


# --- A-e1: risikoprofilering av barn («Tidleg innsats-modellen») ---------------------------


def b002() -> tuple[EmailMessage, Label]:
    info = """
| Felt | Innhald
| Tenesteområde | Oppvekst (skule, barnehage, helsestasjon) og NAV Tindved
| Handsaming | Tidleg innsats-modellen – samanstilling av opplysningar og risikoskåre for barn 6–15 år
| Versjon | 1.2
| Dato | 20.11.2026
| Utarbeidd av | Synnøve Hjelmeland, Ørjan Lied (kommunalsjef oppvekst)
"""
    kontakt = kontakttabell(
        "| Databehandlar (drift av analysemiljøet) | Sunnfjord IKT IKS, Vidar Nes (driftsleiar) | 57 61 55 00 | vidar.nes@sfikt.no"
    )
    skildring = """
Tindved kommune vil samanstille opplysningar frå skule, barnehage, helsestasjon og NAV for alle barn mellom 6 og 15 år i kommunen (om lag 1 900 barn) for å finne barn som bør få tilbod om tidleg innsats frå familieteamet. Opplysningane er: fråvær og resultat på kartleggingsprøver (skule), språkkartlegging (barnehage), oppmøte på kontrollar og vekst (helsestasjon og skulehelsetenesta) og om familien har fått økonomisk sosialhjelp siste 12 månader (NAV).

Ein statistisk modell reknar ut ein skåre mellom 0 og 100 for kvart barn fire gonger i året. Barn med skåre over 70 vert lista for familieteamet, som tek kontakt med familien og tilbyr samtale. Skåren vert ikkje brukt som grunnlag for vedtak, og han vert ikkje send til barnevernstenesta.

Analysen køyrer i eit lukka miljø hjå Sunnfjord IKT IKS, som er databehandlar. Berre tre tilsette i familieteamet har tilgang til lista. Skåren og grunnlaget for han vert sletta etter 12 månader. Kommunen er behandlingsansvarleg; kommunalsjef oppvekst er systemeigar.
"""
    naudsyn = """
I dag kjem bekymring for barn oftast frå lærarar, og ofte seint. Kommunen har vurdert universelle tiltak for alle familiar og å styrkje rutinane for bekymringsmelding; begge vert gjennomførte, men fangar ikkje opp barn som «fell mellom» tenestene. Samanstillinga er avgrensa til fem variablar som fagmiljøa har peika ut, og til barn frå 6 år.

Familiane får brev om ordninga før oppstart og kan reservere seg utan grunngjeving. Den som vert kontakta, får vite kva opplysningar som gav skåren og kan be om innsyn og retting. Tilbodet frå familieteamet er frivillig, og det å takke nei vert ikkje registrert.
"""
    risiko = """
| Risiko | Sannsyn | Konsekvens | Tiltak
| Stigmatisering og forskjellsbehandling fordi sosialhjelp er ein variabel | 3 | 4 | Skåren vert ikkje vist til skule eller barnehage, berre til familieteamet
| Feil skåre: familiar vert kontakta utan grunn | 3 | 3 | Kontakt skjer som tilbod, fagleg vurdering før kontakt
| Foreldre sluttar å bruke helsestasjonen av frykt for profilering | 3 | 4 | Open informasjon, reservasjonsrett, evaluering etter eitt år
| Lista vert brukt i barnevernssaker (formålsglidning) | 2 | 4 | Teknisk og avtalemessig sperre, loggkontroll av personvernombodet
| Innbrot i analysemiljøet | 2 | 4 | Lukka miljø, tofaktor, kryptering, årleg test

Vurdert, men ikkje gjennomført: Å ta ut NAV-variabelen vart vurdert. Modellen fann då berre halvparten av barna familieteamet meiner burde vore funne, og variabelen er difor halden på med strengare tilgangsstyring.
"""
    godkjenning = ""
    doc = dpia("Tidleg innsats-modellen", info, kontakt, skildring, naudsyn, risiko, godkjenning)
    body = (
        txt("""
        Til Datatilsynet

        Tindved kommune ber om førehandsdrøfting for Tidleg innsats-modellen, som skal
        samanstille opplysningar om barn frå skule, barnehage, helsestasjon og NAV.
        Vurderinga av personvernkonsekvensar ligg ved.

        Vi gjer merksam på at dokumentet er unnateke offentlegheit etter
        offentleglova § 13, jf. forvaltningslova § 13.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B002",
        FROM,
        "Førespurnad om førehandsdrøfting – Tidleg innsats-modellen (26/1901)",
        when(11, 24, 14, 8),
        body,
        attachments=[("DPIA_Tidleg_innsats_v1.2.pdf", to_pdf(doc))],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "dpia_template_guidance_left",
            "contact_table_in_dpia",
            "risk_likelihood_consequence",
            "part5_guidance_only",
        ),
        "pgp_mime",
        True,
        "used",
        "kap. 5 holds only the template's guidance line; no approval anywhere",
        missing=(5,),
    )


# --- A-e2: kameraovervaking av idrettspark og skuleområde ----------------------------------


def b022() -> tuple[EmailMessage, Label]:
    info = """
| Felt | Innhald
| Tenesteområde | Kultur og idrett, eigedom, Tindved ungdomsskule
| Handsaming | Kameraovervaking av Tindved idrettspark og skuleområdet utanfor skuletid
| Versjon | 1.3
| Dato | 21.10.2026
| Utarbeidd av | Synnøve Hjelmeland, Bjarte Haugland (eigedomssjef)
"""
    kontakt = kontakttabell(
        "| Databehandlar (lagring og handtering av opptak) | Vakt og Alarm Sogn AS, Eirin Bruland | 57 82 30 90 | eirin.bruland@vaksogn.no"
    )
    skildring = """
Kommunen vil setje opp 14 kamera ved Tindved idrettspark (kunstgrasbana, inngangen til garderobebygget og parkeringsplassen) og på skuleområdet ved Tindved ungdomsskule. På skuleområdet skal kameraa berre vere i bruk utanfor skuletid, kvardagar frå kl. 16 til 07 og heile helga. Det vert ikkje teke opp lyd, nabo-eigedomar og vindauge er maskerte, og ingen kamera filmar inn i garderober.

Opptak vert lagra i sju dagar hjå Vakt og Alarm Sogn AS, som er databehandlar, og vert deretter automatisk sletta. Opptak vert berre sett på etter ei konkret hending (hærverk, brann, innbrot) av eigedomssjefen eller vara, og kan utleverast til politiet ved melding. Ein stor del av dei som vert filma er barn og unge som nyttar områda på fritida.
"""
    naudsyn = """
Kommunen hadde hærverk for 1,1 millionar kroner på desse områda i 2025, og tre brannar i 2025 og 2026. Vektarrundar vart prøvde heile 2025 utan merkbar effekt, og betre belysning er gjennomført. Gjerde er ikkje mogleg fordi skuleområdet er eit ope friområde.

Overvakinga er avgrensa til dei stadene der skadane har skjedd, og til tidspunkt då skulen ikkje er i drift. Det vert sett opp tydelege skilt ved alle innkomstar, informasjon vert lagd ut på kommunen sine nettsider og send heim til foreldre ved skulen, og alle kan be om innsyn i opptak av seg sjølve innanfor lagringstida. Ordninga skal evaluerast etter eitt år.
"""
    risiko = """
| Risiko | Sannsyn | Konsekvens | Tiltak
| Barn og unge kjenner seg overvaka på fritida og held seg unna | 3 | 3 | Berre utanfor skuletid, ingen kamera på leikeområdet, evaluering med Ungdomsrådet
| Tilsette ser på opptak utan grunn | 2 | 3 | Berre to personar med tilgang, logg, gjennomgang av personvernombodet
| Opptak vert spreidde i sosiale medium | 1 | 4 | Ingen nedlasting utan godkjenning, vassmerke, teieplikt i avtalen
| Opptak vert brukte til anna formål, t.d. reaksjonar i skulen | 2 | 3 | Formålsavgrensing i rutinen, skulen har ikkje tilgang

Vurdert, men ikkje gjennomført: Sanntidsovervaking med automatisk deteksjon av personar vart vurdert som for inngripande. Kortare lagringstid (72 timar) vart forkasta fordi hærverk ofte vert oppdaga etter helga.
"""
    godkjenning = "Kommunestyret handsama vurderinga i møte 29. oktober 2026, sak 88/26, og godkjende ho. Sjå særutskrift."
    doc = dpia(
        "kameraovervaking av idrettspark og skuleområde",
        info,
        kontakt,
        skildring,
        naudsyn,
        risiko,
        godkjenning,
    )
    saerutskrift = """
# Særutskrift – Kommunestyret

Møtedato: 29.10.2026. Sak 88/26. Arkivsak 26/1207.

Sak: Kameraovervaking av Tindved idrettspark og skuleområdet ved Tindved ungdomsskule – vurdering av personvernkonsekvensar

Saksutgreiing: Kommunedirektøren viste til vurderinga av personvernkonsekvensar, versjon 1.3, og til funna frå leiargruppa sine to gjennomgangar. Ungdomsrådet, FAU ved Tindved ungdomsskule og idrettsrådet har gjeve fråsegn; fråsegnene er lagde ved saka.

Vedtak (22 mot 5 røyster): Kommunestyret godkjenner vurderinga av personvernkonsekvensar. Kommunedirektøren ber om førehandsdrøfting hjå Datatilsynet før kameraa vert sette i drift. Ordninga skal evaluerast etter eitt år.

Rett utskrift, Jorunn Sande, utvalssekretær
"""
    body = (
        txt("""
        Til Datatilsynet

        Kommunestyret handsama saka om kameraovervaking av idrettsparken og skuleområdet
        29. oktober (sak 88/26). Vi ber med dette om førehandsdrøfting. Vedlagt følgjer
        vurderinga av personvernkonsekvensar og særutskrift frå kommunestyret.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B022",
        FROM,
        "Førehandsdrøfting – kameraovervaking Tindved idrettspark (26/1207)",
        when(11, 10, 8, 51),
        body,
        attachments=[
            ("DPIA_kamera_idrettspark_v1.3.docx", to_docx(doc)),
            ("Saerutskrift_KS_88-26.pdf", to_pdf(saerutskrift)),
        ],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "dpia_template_guidance_left",
            "contact_table_in_dpia",
            "risk_likelihood_consequence",
            "part5_meeting_already_held",
            "part5_protocol_extract",
        ),
        "none",
        True,
        "used",
        "complete; kommunestyret approved 29 Oct, before the mail; særutskrift attached",
    )


# --- A-e3: nytt personvernombod (not a request) ---------------------------------------------


def b042() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        Melding om nytt personvernombod for Tindved kommune

        Frå 1. januar 2027 går Tindved kommune ut av det interkommunale
        personvernombodet i Sunnfjord IKT IKS og tilset eige personvernombod.

        Nytt personvernombod:
        Ragnhild Eikrem
        Tlf. 57 71 20 90
        personvernombod@tindved.kommune.no

        Geir Arne Solheim er personvernombod for kommunen til og med 31. desember 2026.
        Vi ber om at kontaktinformasjonen vert oppdatert i registeret dykkar. Pågåande
        saker hjå Datatilsynet held fram som før, med underteikna som kontaktperson.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B042",
        FROM,
        "Melding om nytt personvernombod – Tindved kommune",
        when(12, 8, 11, 30),
        body,
    )
    return msg, Label(
        "nn",
        ("municipality", "nonrequest_dpo_notification", "mentions_ongoing_cases"),
        "none",
        False,
        "unspecified",
        "notice of a new DPO from 1 January; no processing, no request",
    )
