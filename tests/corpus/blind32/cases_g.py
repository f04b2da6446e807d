# ruff: noqa: E501
"""Sender G: Lillestrøm Legesenter (bokmål, GP clinic). The practice manager writes everything
in a plain-text mail, headings underlined with dashes; the approval is the partners' joint
meeting («fellesmøtet»), quoted from the minutes. External DPO.

Odd: B013 (KI-journalassistent, inline PGP), B033 (symptomsjekker; the mail skips from the
description to the risks, inline PGP), B053 (asks for a guidance meeting).
Even: B014 (videoopptak for veiledning; the doctors look at it before Christmas, inline PGP),
B034 (hjemmemålinger, three-sentence necessity, inline PGP), B054 (asks for informal feedback on
a DPIA, attached as RTF).
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_rtf, txt, when

FROM = "Bente Strand Nygård <bente@lillestromlegesenter.no>"
TOPIC_OF = {
    "B013": "G-o1",
    "B033": "G-o2",
    "B053": "G-o3",
    "B014": "G-e1",
    "B034": "G-e2",
    "B054": "G-e3",
}

SIGNATUR = txt("""
    Hilsen Bente

    Bente Strand Nygård
    daglig leder
    Lillestrøm Legesenter DA
    Storgata 41, 2000 Lillestrøm
    Sentralbord 63 80 12 40 (kl. 08-15)
    Mobil 482 19 330
""")


def kontakt(databehandler: str) -> str:
    return txt(f"""
        Kontaktpersoner
        ---------------
        Kontaktperson: Bente Strand Nygård, daglig leder, tlf. 63 80 12 40 / 482 19 330,
        bente@lillestromlegesenter.no
        Personvernombud: Anders Ravn, Ravn Personvern AS (ekstern), tlf. 991 44 208,
        anders@ravnpersonvern.no
        {databehandler}
    """)


# --- G-o1: KI-journalassistent --------------------------------------------------------------------


def b013() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei,

        Lillestrøm Legesenter ber om forhåndsdrøftelse for en KI-assistent som lytter på
        konsultasjonen og lager utkast til journalnotat. Vi har gjort en vurdering av
        personvernkonsekvenser sammen med personvernombudet vårt, og restrisikoen er
        fortsatt høy. Jeg skriver alt her i e-posten.

    """)
        + "\n"
        + kontakt(
            "Databehandler: Journalhjelp AS, Martin Holm, tlf. 21 09 88 40,\n        martin.holm@journalhjelp.no"
        )
        + "\n"
        + txt("""
        Hva vi skal gjøre
        -----------------
        Når pasienten sier ja, tar legen opp lyden fra konsultasjonen med appen til
        Journalhjelp på kontor-PC-en. Lyden sendes til Journalhjelp (skytjeneste i Norge),
        blir gjort om til tekst, og en språkmodell lager et utkast til journalnotat. Legen
        leser, retter og lagrer notatet i journalsystemet. Lydfilen slettes rett etter at
        teksten er laget, og teksten slettes hos Journalhjelp etter 48 timer.
        Det gjelder alle ni legene våre og rundt 45 000 konsultasjoner i året, med alle
        slags helseopplysninger. Pårørende som er med i rommet, blir også tatt opp.
        Legesenteret er behandlingsansvarlig, Journalhjelp AS er databehandler.

        Hvorfor dette er nødvendig og forholdsmessig
        --------------------------------------------
        Legene bruker i dag 25-30 prosent av arbeidstiden på å skrive journal, ofte på
        kveldstid. Vi har ikke hatt legesekretær til diktering siden 2023, og maler i
        journalsystemet har ikke hjulpet nok. Med assistenten får pasienten mer
        oppmerksomhet i timen og notatet blir mer fullstendig.
        Vi spør pasienten hver gang, det henger oppslag på venterommet, og det er helt
        greit å si nei - da skriver legen som før. Lyden lagres ikke. Notatet er legens
        ansvar og pasienten har vanlig innsynsrett i journalen.

        Risiko for pasientene
        ---------------------
        - Feil i notatet blir stående i journalen (middels sannsynlig, alvorlig). Tiltak:
          legen må lese og godkjenne hvert notat, opplæring, stikkprøver hver måned.
        - Pasienten føler seg presset til å si ja (middels, middels). Tiltak: fast
          formulering, legen spør før timen starter, nei registreres ikke.
        - Lydopptak kommer på avveie (lav, alvorlig). Tiltak: ingen lagring av lyd,
          kryptert overføring, tofaktor.
        - Leverandøren bruker opptak til å trene modellen (lav, alvorlig). Tiltak:
          forbudt i databehandleravtalen.
        - Pårørende/tolk tas opp uten å ha sagt ja (middels, lav). Tiltak: alle i rommet
          spørres.
        Vurdert, men ikke gjort: modell som kjører lokalt på PC-en. Den var for treg og
        for dårlig på norsk dialekt da vi testet i september.

        Godkjenning
        -----------
        Fra referatet fra fellesmøtet 11. november 2026 (til stede: Kamil Nowak, Siri
        Brekke, Jon Erik Lunde, Amina Haddad, Trond Vestby og undertegnede):
        "Sak 4: KI-journalassistent. Personvernombudet la fram vurderingen av
        personvernkonsekvenser og funnene, og vi gikk gjennom innspillene fra
        pasientpanelet og fra legene som testet. Partnerne godkjenner vurderingen
        enstemmig og ber Bente sende anmodning om forhåndsdrøftelse til Datatilsynet.
        Assistenten tas ikke i bruk før vi har svar."

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B013",
        FROM,
        "Forhåndsdrøftelse - KI-assistent for journalnotat",
        when(11, 13, 14, 50),
        body,
    )
    return msg, Label(
        "nb",
        (
            "gp_clinic",
            "all_in_body",
            "headings_underlined_plain",
            "risk_bullets",
            "part5_minutes_quoted_in_body",
            "part5_meeting_already_held",
            "dpo_external_firm",
        ),
        "inline",
        True,
        "used",
        "complete; everything in a plain mail; approval quoted from the minutes of 11 Nov",
    )


# --- G-o2: symptomsjekker før timebestilling -------------------------------------------------------


def b033() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei igjen,

        Da kommer forhåndsdrøftelse nummer to fra oss, om en symptomsjekker på nettsiden
        før pasienten bestiller time. Alt står under.

    """)
        + "\n"
        + kontakt(
            "Databehandler: Symptomsjekk AS, Linn Aarseth, tlf. 915 30 442,\n        linn.aarseth@symptomsjekk.no"
        )
        + "\n"
        + txt("""
        Hva vi skal gjøre
        -----------------
        Før pasienten kan bestille time på nett, svarer hun på spørsmål i en chatbot fra
        Symptomsjekk AS. Boten spør om symptomer, varighet, feber, smerte og andre
        sykdommer, og foreslår hastegrad: ring 113 eller legevakten, time i dag, eller
        vanlig time. Svarene følger med timebestillingen inn i journalsystemet, slik at
        legen har dem før timen. Pasientene logger inn med BankID.
        Det gjelder de rundt 14 000 listepasientene våre, også foreldre som bestiller for
        barna sine. Svarene lagres i journalen. Symptomsjekk AS er databehandler og
        lagrer ikke svarene etter at de er overført (maks 24 timer). Legesenteret er
        behandlingsansvarlig.

        Risiko for pasientene
        ---------------------
        - Boten gir for lav hastegrad og pasienten venter med noe alvorlig (lav
          sannsynlighet, svært alvorlig). Tiltak: alle svar med brystsmerter,
          pustebesvær eller lammelser gir alltid beskjed om 113; sykepleier ser over alle
          "vanlig time" hver morgen.
        - Pasienten skriver mer enn nødvendig, også om andre (middels, middels). Tiltak:
          faste svaralternativer, fritekst på maks 300 tegn.
        - Foreldre til ungdom over 16 ser svar de ikke skal se (middels, høy). Tiltak:
          ungdom over 16 må bestille selv.
        - Lekkasje fra leverandøren (lav, høy). Tiltak: kryptering, sletting etter
          overføring, avtale.
        Vurdert, men ikke gjort: la boten foreslå diagnose. Forkastet.

        Godkjenning
        -----------
        Behandlet og godkjent på fellesmøtet 25. november 2026. Fra referatet: "Sak 2:
        Symptomsjekker. Vurderingen av personvernkonsekvenser ble gjennomgått med
        personvernombudet. Partnerne godkjenner vurderingen og ber om forhåndsdrøftelse."

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B033",
        FROM,
        "Forhåndsdrøftelse nr. 2 - symptomsjekker på nettsiden",
        when(11, 27, 13, 15),
        body,
    )
    return msg, Label(
        "nb",
        (
            "gp_clinic",
            "all_in_body",
            "headings_underlined_plain",
            "risk_bullets",
            "part5_minutes_quoted_in_body",
            "part_left_out",
            "dpo_external_firm",
        ),
        "inline",
        True,
        "used",
        "goes straight from «Hva vi skal gjøre» to «Risiko»: no necessity or proportionality at all",
        missing=(3,),
    )


# --- G-o3: asks for a guidance meeting (not a request) --------------------------------------------


def b053() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei,

        Vi vurderer et KI-verktøy som skal hjelpe legene å skrive henvisninger til
        sykehuset ut fra journalen. Før vi går i gang med en vurdering av
        personvernkonsekvenser, vil vi gjerne ha et veiledningsmøte med dere om hvordan vi
        bør tenke rundt tilgangen verktøyet får til hele journalen.

        Passer det i januar? Vi kan komme til dere eller ta det på Teams. Personvernombudet
        vårt, Anders Ravn (991 44 208), blir med.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B053", FROM, "Ønske om veiledningsmøte - KI til henvisninger", when(12, 4, 9, 22), body
    )
    return msg, Label(
        "nb",
        ("gp_clinic", "nonrequest_guidance_meeting", "dpo_external_firm"),
        "none",
        False,
        "unspecified",
        "asks for a guidance meeting before any DPIA; not a prior consultation",
    )


# --- G-e1: videoopptak av konsultasjoner for veiledning -------------------------------------------


def b014() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei,

        Vi ber om forhåndsdrøftelse for videoopptak av konsultasjoner som brukes i
        veiledning av leger i spesialisering. Her er det vi har:

    """)
        + "\n"
        + kontakt(
            "Databehandler: VideoLege Norge AS, Espen Dahl, tlf. 23 96 51 00,\n        espen.dahl@videolege.no"
        )
        + "\n"
        + txt("""
        Hva vi skal gjøre
        -----------------
        To leger i spesialisering (LIS) skal etter planen filme et utvalg av sine
        konsultasjoner med et kamera på kontoret, i appen til VideoLege Norge AS, og gå
        gjennom opptakene med veilederen sin. Vi regner med omtrent 300 opptak i året.
        Opptakene lagres kryptert hos VideoLege i 14 dager og slettes da automatisk. Ingen
        opptak lagres i journalen eller på legenes egne maskiner. Opptakene viser
        pasientens ansikt og alt som sies, også undersøkelser (vi filmer ikke
        undersøkelser der pasienten må kle av seg - da slås kameraet av).

        Hvorfor
        -------
        Veiledning basert på faktiske konsultasjoner er anbefalt i spesialistutdanningen
        og gir langt bedre læring enn at LIS-legen forteller etterpå. Alternativet med
        veileder til stede i rommet er prøvd, men påvirker samtalen mer og krever mer tid
        av veilederen. Pasienten spør vi skriftlig på forhånd og muntlig i timen, og et nei
        får ingen følger. Pasienten kan trekke samtykket til opptaket er slettet.

        Risiko
        ------
        - Pasienten føler seg presset til å si ja (middels, middels): spørsmålet stilles av
          sekretær ved bestilling, ikke av legen, og nei er standard.
        - Opptak av sensitive samtaler (psykisk helse, rus) kommer på avveie (lav, svært
          alvorlig): kryptering, tofaktor, ingen nedlasting, sletting etter 14 dager.
        - Tredjepersoner (pårørende, barn) filmes (middels, lav): de spørres også, barn
          under 16 filmes ikke.
        Vurdert, men ikke gjort: bare lydopptak. Veilederne mente kroppsspråk er en viktig
        del av læringen.

        Godkjenning
        -----------
        Legene ser på dette på fellesmøtet før jul, så sender jeg referatet etterpå.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B014",
        FROM,
        "Forhåndsdrøftelse - videoopptak for veiledning av LIS",
        when(12, 1, 15, 35),
        body,
    )
    return msg, Label(
        "nb",
        (
            "gp_clinic",
            "all_in_body",
            "headings_underlined_plain",
            "risk_bullets",
            "part5_everyday_promise",
            "dpo_external_firm",
        ),
        "inline",
        True,
        "used",
        "«Godkjenning»: the doctors will look at it at the meeting before Christmas; no approval yet",
        missing=(5,),
    )


# --- G-e2: hjemmemålinger av blodtrykk og blodsukker ------------------------------------------------


def b034() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei,

        Lillestrøm Legesenter ber om forhåndsdrøftelse for hjemmemålinger av blodtrykk og
        blodsukker som overføres til journalen.

    """)
        + "\n"
        + kontakt(
            "Databehandler: Målepunkt Helse AS, Hege Rønning, tlf. 476 81 209,\n        hege.ronning@malepunkt.no"
        )
        + "\n"
        + txt("""
        Beskrivelse
        -----------
        Rundt 600 pasienter med høyt blodtrykk eller diabetes type 2 får tilbud om å måle
        blodtrykk og blodsukker hjemme med apparater som sender målingene til appen fra
        Målepunkt Helse AS. Målingene går automatisk inn i journalen. Hvis verdiene er over
        grensene legen har satt for pasienten, får legesenteret et varsel, og sykepleier
        ringer pasienten samme dag eller neste virkedag. Målingene lagres i journalen som
        annen journaldokumentasjon. Målepunkt sletter sine kopier etter 30 dager.
        Legesenteret er behandlingsansvarlig, Målepunkt Helse AS er databehandler.

        Nødvendighet
        ------------
        Enkeltmålinger på legekontoret gir et dårlig bilde av blodtrykk og blodsukker, og
        retningslinjene anbefaler hjemmemålinger. Manuell registrering på papir er
        alternativet pasientene fortsatt kan velge, men den gir ofte mangelfulle lister og
        ingen varsling. Ordningen er frivillig, pasienten ser alle egne målinger i appen og
        kan når som helst slutte, og bare pasientens egen lege og to sykepleiere ser
        målingene.

        Risiko
        ------
        - Et varsel blir ikke fulgt opp, og pasienten tror legen følger med (lav
          sannsynlighet, alvorlig): fast rutine med daglig sjekk av varsler, pasienten får
          beskjed om at det ikke er akuttjeneste og at 113 gjelder ved akutt sykdom.
        - Feilmålinger gir unødig bekymring eller feil behandling (middels, middels):
          opplæring ved utlevering, legen vurderer alltid trender, ikke enkeltmålinger.
        - Tap av mobil gir andre tilgang til helsedata (middels, lav): innlogging med
          BankID, PIN i appen.
        - Leverandøren bruker data til andre formål (lav, middels): forbud i avtalen.
        Vurdert, men ikke gjort: at pasientene selv sender målingene på Helsenorge.
        Helsenorge har ikke den funksjonen for fastleger ennå.

        Godkjenning
        -----------
        Godkjent på fellesmøtet 4. november 2026. Til stede: Kamil Nowak, Siri Brekke, Jon
        Erik Lunde, Amina Haddad, Trond Vestby, personvernombud Anders Ravn og jeg. Fra
        referatet: "Vurderingen av personvernkonsekvenser og innspillene fra
        diabetessykepleier og Diabetesforbundets lokallag er gjennomgått. Vi godkjenner
        vurderingen. Fordi vi har ansvar for oppfølging av varsler, ber vi om
        forhåndsdrøftelse før oppstart."

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B034",
        FROM,
        "Forhåndsdrøftelse - hjemmemålinger blodtrykk og blodsukker",
        when(11, 12, 8, 40),
        body,
    )
    return msg, Label(
        "nb",
        (
            "gp_clinic",
            "all_in_body",
            "headings_underlined_plain",
            "risk_bullets",
            "necessity_three_sentences",
            "part5_minutes_quoted_in_body",
            "part5_meeting_already_held",
            "dpo_external_firm",
        ),
        "inline",
        True,
        "used",
        "complete; necessity is three sentences; approval quoted from the meeting of 4 Nov",
    )


# --- G-e3: informal feedback on a DPIA (not a request) ---------------------------------------------


def b054() -> tuple[EmailMessage, Label]:
    dpia = """
# Vurdering av personvernkonsekvenser - SMS-robot for oppfølging av kronikere

Utkast 0.3, 2.12.2026

# Beskrivelse

Pasienter med kols og hjertesvikt får en ukentlig SMS med tre spørsmål om pust, hevelse og vekt. Svarene går inn i journalen, og sykepleier ringer ved dårlige svar. Leverandør: Helsepling AS (databehandler).

# Nødvendighet

Vi vil fange opp forverring tidligere. Frivillig for pasientene.

# Risiko

SMS kan leses av andre i husstanden. Feil svar kan overses. Tiltak: ingen navn eller diagnose i SMS-en, daglig gjennomgang.

# Godkjenning

Ikke behandlet ennå.
"""
    body = (
        txt("""
        Hei,

        Vi holder på med en vurdering av personvernkonsekvenser for en SMS-robot som skal
        følge opp pasienter med kols og hjertesvikt. Vi ber ikke om en formell
        forhåndsdrøftelse nå, men lurer på om dere kunne sett over utkastet og sagt om vi
        har tenkt riktig før vi går videre. Utkastet ligger ved.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B054",
        FROM,
        "Kan dere se over DPIA-utkastet vårt? (SMS-robot)",
        when(12, 8, 12, 10),
        body,
        attachments=[("DPIA utkast SMS-robot.rtf", to_rtf(dpia))],
    )
    return msg, Label(
        "nb",
        ("gp_clinic", "nonrequest_feedback_on_draft", "rtf", "explicitly_not_prior_consultation"),
        "none",
        False,
        "unspecified",
        "asks for informal comments on a draft DPIA and says it is not a formal prior consultation",
    )
