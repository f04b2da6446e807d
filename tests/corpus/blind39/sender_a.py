# ruff: noqa: E501
"""Sender A: Smilehuset Tannklinikker AS, a dental clinic chain (nb).

Habits: the chain's own «DPIA-mal v2.1» with numbered chapters; contacts in a separate Word
«Kontaktark» (a table); management approval as an extract of the board minutes (styreprotokoll);
the quality and privacy adviser writes short, formal mails with a full signature.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, scan_pdf, to_docx, to_pdf, txt, when

FROM = "Ingrid Solheim Haugland <ingrid.haugland@smilehuset.no>"
SIGN = txt(
    """
    Med vennlig hilsen

    Ingrid Solheim Haugland
    Kvalitets- og personvernrådgiver
    Smilehuset Tannklinikker AS
    Strandgata 14, 5013 Bergen
    Tlf. 55 30 41 12 | Mob. 481 22 903
    ingrid.haugland@smilehuset.no
    """
)
TOPICS = {
    "c001": "ai_xray_caries",
    "c021": "teledentistry_children",
    "c041": "recall_prediction",
    "c002": "central_journal_cloud",
    "c022": "cctv_treatment_rooms",
    "c042": "speech_dictation",
}


def kontaktark(processor_rows: str, dpo_phone: str = "926 14 550") -> bytes:
    return to_docx(
        f"""
# Kontaktark – anmodning om forhåndsdrøftelse

Smilehuset Tannklinikker AS, org.nr. 923 456 781, Strandgata 14, 5013 Bergen

| Rolle | Navn | Telefon | E-post
| Kontaktperson behandlingsansvarlig | Ingrid Solheim Haugland, kvalitets- og personvernrådgiver | 481 22 903 | ingrid.haugland@smilehuset.no
| Personvernombud | Torstein Vikane | {dpo_phone} | personvernombud@smilehuset.no
{processor_rows}

Kontaktarket er en del av Smilehusets DPIA-mal v2.1 og skal følge alle anmodninger til Datatilsynet.
"""
    )


def dpia(title: str, chapters: str) -> bytes:
    head = f"""
# {title}

Smilehuset Tannklinikker AS – vurdering av personvernkonsekvenser (DPIA-mal v2.1)

| Dokument | Versjon | Eier | Sist endret
| {title} | 1.0 | Kvalitet og personvern | november 2026

# 1 Kontaktinformasjon

Se eget kontaktark (vedlegg til anmodningen).
"""
    return to_pdf(head + chapters, title=title)


def c001() -> tuple[EmailMessage, Label]:
    chapters = """
# 2 Systematisk beskrivelse av behandlingen

## 2.1 Formål
Smilehuset ønsker å ta i bruk beslutningsstøtte basert på kunstig intelligens (KI) for å finne karies, benutbrudd og mangelfulle fyllinger på røntgenbilder (bitewing og panorama). Verktøyet markerer funn på bildet, og tannlegen avgjør alltid selv hva som er riktig diagnose.

## 2.2 Omfang og sammenheng
Alle 22 klinikker, om lag 140 000 pasienter per år, av dem rundt 38 000 barn og ungdom under 18 år. Om lag 310 000 røntgenbilder per år. Bildene er helseopplysninger etter artikkel 9. Behandlingen er ny teknologi, gjelder sårbare registrerte (barn) og skjer i stor skala.

## 2.3 Dataflyt, kilder og mottakere
Røntgenbildet tas i klinikken og lagres i journalsystemet. En integrasjon sender en pseudonymisert kopi (pasient-ID erstattet med en tilfeldig nøkkel, ingen navn eller fødselsnummer) til Radentis AB sin analysetjeneste i Stockholm. Resultatet (markeringer og sannsynlighet) returneres til journalen innen 20 sekunder. Radentis lagrer bildene i 30 dager for feilsøking og sletter dem deretter. Radentis er databehandler; databehandleravtale er inngått 14.10.2026. Ingen opplysninger overføres utenfor EØS.

## 2.4 Informasjonssikkerhet og ansvar
Overføring med TLS 1.3 og gjensidig sertifikatautentisering; lagring kryptert hos Radentis (AES-256); tilgangslogg gjennomgås månedlig. Smilehuset er behandlingsansvarlig; fagsjef klinikk eier behandlingen.

# 3 Nødvendighet og proporsjonalitet

Behandlingsgrunnlag: artikkel 6 nr. 1 bokstav c og artikkel 9 nr. 2 bokstav h, jf. helsepersonelloven og pasientjournalforskriften. Vi har vurdert tre alternativer: (a) dagens praksis uten støtte – gir dokumentert variasjon mellom tannleger i funn av tidlig karies; (b) en lokal installasjon av modellen – leverandøren tilbyr ikke dette for vår størrelse; (c) analyse bare på forespørsel fra tannlegen. Vi har valgt (c) for voksne og analyse av alle bitewing-bilder for barn, fordi nytten for barn er størst.

Tiltak for de registrertes rettigheter:
- Informasjon på nettsiden, i innkallingen og på plakat i venterommet; eget informasjonsark for barn og foresatte.
- Pasienten kan reservere seg mot KI-analyse; reservasjonen registreres i journalen og stopper integrasjonen.
- Innsyn: markeringene lagres i journalen og kan utleveres som en del av journalinnsyn.
- Dataminimering: bare bildet og alder i hele år sendes, ikke navn, fødselsnummer eller diagnosehistorikk.
- Ingen automatiserte avgjørelser: tannlegen må bekrefte eller avvise hvert funn.

# 4 Risikovurdering

Skala: sannsynlighet og konsekvens 1 (lav) – 4 (svært høy).

| Risiko for de registrerte | S | K | Tiltak | Restrisiko
| Feil diagnose fordi tannlegen stoler for mye på verktøyet (overbehandling av barn) | 3 | 3 | Opplæring, krav om bekreftelse av hvert funn, halvårlig faglig revisjon av 200 tilfeller | Middels
| Reidentifisering av pseudonymiserte bilder hos leverandøren | 2 | 3 | Nøkkel blir i Smilehuset; avtalefestet forbud mot sammenstilling; 30 dagers sletting | Lav
| Uautorisert tilgang til bildene hos leverandøren | 2 | 4 | Kryptering, revisjonsrapport ISO 27001, logging | Middels
| Pasienten forstår ikke at KI brukes og mister mulighet til å reservere seg | 3 | 2 | Informasjon i innkalling, plakat, spørsmål ved første time | Lav
| Skjevhet: modellen er dårligere på bilder fra eldre røntgenutstyr ved tre klinikker | 3 | 3 | Utstyret byttes i 2027; til da analyseres bildene ikke ved disse klinikkene | Middels

Tiltak vurdert, men ikke gjennomført:
- Full anonymisering før overføring: ikke mulig, fordi resultatet må knyttes tilbake til riktig journal.
- Samtykke som behandlingsgrunnlag: vurdert som lite reelt i en behandlingssituasjon; reservasjonsrett gir en bedre ordning.
- Lokal drift av modellen: for kostbart og gir svakere sikkerhetsoppdateringer enn leverandørens drift.

Samlet vurdering: Risikoen for feildiagnose hos barn og for tilgang til helseopplysninger hos leverandøren er fortsatt høy etter tiltak, og vi ber derfor om forhåndsdrøftelse.

# 5 Forankring i ledelsen

DPIA-en ble lagt fram for styret 29.10.2026 og godkjent, jf. vedlagt utdrag av styreprotokollen.
"""
    minutes = """UTDRAG AV STYREPROTOKOLL
Smilehuset Tannklinikker AS, org.nr. 923 456 781
Styremøte 29. oktober 2026 kl. 16.00, Strandgata 14, Bergen

Til stede: Kristin Aasen (styreleder), Rune Bakketun, Silje Nordeng, Olav Tveit. Fra administrasjonen: adm. dir. Helge Myrvold, fagsjef klinikk Anne Grimstad, kvalitets- og personvernrådgiver Ingrid Solheim Haugland (sak 41).

Sak 41/26 KI-støtte ved tolkning av røntgenbilder – vurdering av personvernkonsekvenser

Fagsjef klinikk presenterte prosjektet. Kvalitets- og personvernrådgiver gjennomgikk DPIA versjon 1.0 med funn: høy restrisiko for feildiagnose hos barn og for tilgang til bildene hos leverandøren. Personvernombudets råd av 20.10.2026 og innspill fra tillitsvalgte tannleger og brukerpanelet ble referert.

Vedtak:
1. Styret godkjenner DPIA for KI-støtte ved tolkning av røntgenbilder, versjon 1.0.
2. Styret slutter seg til at restrisikoen er høy, og ber administrasjonen anmode Datatilsynet om forhåndsdrøftelse før tjenesten tas i bruk.
3. Pilot ved to klinikker kan ikke starte før Datatilsynets tilbakemelding foreligger.

Protokollen er godkjent og signert elektronisk av styrets medlemmer 2. november 2026.
Rett utskrift: Helge Myrvold, adm. dir."""
    proc = "| Databehandler Radentis AB | Johan Lindqvist, Customer Privacy Lead | +46 8 410 233 50 | johan.lindqvist@radentis.se"
    body = (
        txt(
            """
            Til Datatilsynet

            Smilehuset Tannklinikker AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for bruk av KI-støtte ved tolkning av røntgenbilder.

            Vedlagt følger:
            1. DPIA «KI-støtte ved tolkning av røntgenbilder», versjon 1.0
            2. Kontaktark med kontaktperson, personvernombud og databehandler
            3. Utdrag av styreprotokoll 29.10.2026, sak 41/26

            Ta gjerne kontakt dersom noe er uklart.
            """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N001",
        FROM,
        "Anmodning om forhåndsdrøftelse – KI-støtte ved tolkning av røntgenbilder",
        when(11, 3, 10, 14),
        body,
        attachments=[
            ("DPIA_KI_rontgen_v1.0.pdf", dpia("KI-støtte ved tolkning av røntgenbilder", chapters)),
            ("Kontaktark_KI_rontgen.docx", kontaktark(proc)),
            ("Styreprotokoll_utdrag_sak_41-26.pdf", scan_pdf([minutes])),
        ],
    )
    return msg, Label(
        "nb",
        (
            "dental",
            "health_data",
            "children",
            "new_technology_ai",
            "dpia_report_pdf",
            "contact_sheet_docx",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_board_minute_extract",
            "image_only_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: contact sheet with adviser, DPO and processor Radentis; alternatives and rights safeguards; S×K risk table with residual risk and measures not taken; board minute extract (scanned, image-only) approving the DPIA and the request",
    )


def c021() -> tuple[EmailMessage, Label]:
    chapters = """
# 2 Systematisk beskrivelse av behandlingen

Tjenesten «Smilehuset Video» lar foresatte sende bilder og korte videoer av barnets tenner fra mobilen, og gir en videokonsultasjon med tannpleier eller tannlege før det avgjøres om barnet må til klinikken. Målgruppen er barn 3–15 år med akutte plager (tannskader, smerter, hevelse). Forventet volum: 4 000 konsultasjoner per år.

Kilder: foresatte (bilder, video, symptombeskrivelse), journalen (tidligere behandling). Mottakere: behandlende tannhelsepersonell; ved henvisning Den offentlige tannhelsetjenesten. Bilder lagres i journalen; videosamtalen tas ikke opp. Plattformen leveres av Klinikkvideo AS som databehandler, med drift i Norge. Pålogging for foresatte med BankID, og barnet identifiseres med fødselsnummer.

# 3 Nødvendighet og proporsjonalitet

Grunnlag: artikkel 6 nr. 1 bokstav c og artikkel 9 nr. 2 bokstav h. Alternativet – telefonrådgivning uten bilder – gir etter vår erfaring for mange unødvendige akuttimer og for sene vurderinger av tannskader. Vi har begrenset tjenesten til akutte plager og til barn med foresatt til stede i samtalen.

Tiltak for de registrerte:
- Ungdom over 12 år blir spurt om de vil at foresatte skal se bildene, og kan be om at bilder tas på klinikken i stedet.
- Bilder som ikke er nødvendige for vurderingen, slettes fra løsningen etter 24 timer og journalføres ikke.
- Egen informasjonsside for barn og foresatte; innsyn via ordinært journalinnsyn.

# 4 Risikovurdering

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| Bilder av barn kommer på avveie fra foresattes mobil | Høy | Moderat | Opplasting direkte i appen, ingen lagring i kamerarullen | Middels
| Feilvurdering på video fører til at skade ikke blir behandlet i tide | Middels | Høy | Terskel for oppmøte ved tvil, oppfølging neste dag | Middels
| Ungdommens rett til konfidensialitet overfor foresatte | Middels | Høy | Egen samtale uten foresatte for 16 år og eldre | Middels
| Uvedkommende deltar i videosamtalen | Lav | Moderat | Engangslenke, venterom, identitetskontroll | Lav

Vurdert, ikke gjennomført: opptak av samtalen for kvalitetssikring (ikke nødvendig og øker risikoen); egen barneinnlogging med MinID (løsningen støtter det ikke før 2027).

# 5 Forankring i ledelsen

DPIA-en skal behandles i styremøtet 3. desember 2026. Styreprotokollen ettersendes så snart den er signert.
"""
    proc = "| Databehandler Klinikkvideo AS | Håvard Eikrem, daglig leder | 912 40 377 | havard@klinikkvideo.no"
    body = (
        txt(
            """
            Hei,

            Vi oversender anmodning om forhåndsdrøftelse for videokonsultasjon og bildedeling for barn («Smilehuset Video»).

            Vedlagt er DPIA (kapittel 1–4 ferdig) og kontaktark. Styret behandler saken 3. desember, så utdrag av styreprotokollen kommer i etterkant. Vi sender anmodningen nå fordi vi gjerne vil ha saken i kø før jul.
            """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N021",
        FROM,
        "Forhåndsdrøftelse: Smilehuset Video (barn og ungdom)",
        when(11, 12, 13, 2),
        body,
        attachments=[
            (
                "DPIA_Smilehuset_Video.pdf",
                dpia("Videokonsultasjon og bildedeling for barn", chapters),
            ),
            ("Kontaktark.docx", kontaktark(proc)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "dental",
            "health_data",
            "children",
            "dpia_report_pdf",
            "contact_sheet_docx",
            "processor_contact_table",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_will_follow",
        ),
        "none",
        True,
        "used",
        "ordinary deferral: chapters 1–4 are there, board minutes to follow after the meeting on 3 December",
        (5,),
    )


def c041() -> tuple[EmailMessage, Label]:
    chapters = """
# 2 Systematisk beskrivelse av behandlingen

Smilehuset vil beregne individuelle innkallingsintervaller og sannsynlighet for uteblivelse for voksne pasienter. En modell bruker journalopplysninger (kariesaktivitet siste fem år, tannkjøttstatus, røykestatus, antall uteblitte timer, alder) og betalingshistorikk (ubetalte regninger). Resultatet er en risikoklasse (lav, middels, høy) som brukes til å foreslå intervall (12–24 måneder) og til å kreve forskuddsbetaling ved gjentatt uteblivelse.

Omfang: 102 000 voksne pasienter. Modellen utvikles av Kalkyl Analyse AS som databehandler og driftes i Smilehusets Azure-miljø i Norge øst. Opplysningene hentes fra journalen hver natt; risikoklassen vises for resepsjon og tannlege.

# 3 Nødvendighet og proporsjonalitet

Grunnlag: artikkel 6 nr. 1 bokstav b og f for innkalling og forskudd, artikkel 9 nr. 2 bokstav h for bruk av journalopplysninger til intervallforslag. Etter innspill fra personvernombudet har vi skilt de to formålene: helseopplysninger brukes bare til intervallforslaget, og betalingshistorikk bare til forskuddsordningen. Forskudd kreves aldri på grunnlag av helseopplysninger.

Tiltak: informasjon i innkallingen om at intervallet foreslås av en modell; tannlegen fastsetter alltid intervallet; pasienten kan be om manuell vurdering og få forklart hvilke forhold som teller; forskuddskrav kan påklages til klinikkleder.

# 4 Risikovurdering

| Risiko | S | K | Tiltak | Restrisiko
| Pasienter med dårlig økonomi får lengre intervall og dårligere tannhelse | 3 | 3 | Intervallforslaget bruker ikke betalingsopplysninger; årlig kontroll av fordeling per postnummer | Middels
| Forskuddskrav oppleves stigmatiserende og rammer skjevt | 3 | 2 | Terskel på tre uteblivelser; unntak for pasienter med helfo-refusjon | Lav
| Modellen brukes til andre formål (markedsføring) | 2 | 3 | Formålsbegrensning i rutine og tilgangsstyring; logg | Lav
| Feil i modellen gir for lange intervaller | 2 | 4 | Tannlegen godkjenner; halvårlig validering | Middels

Vurdert, ikke gjennomført: å la pasienten velge bort modellen helt (gir to parallelle rutiner i resepsjonen; vi tilbyr i stedet manuell vurdering på forespørsel); å vise risikoklassen for pasienten i pasientportalen (vurderes i 2027).

# 5 Forankring i ledelsen

Styret godkjente DPIA-en i møte 5. november 2026, sak 47/26. Protokollutdraget er gjengitt i oversendelsen.
"""
    proc = "| Databehandler Kalkyl Analyse AS | Siri Brekke, prosjektleder | 473 09 218 | siri.brekke@kalkylanalyse.no"
    body = (
        txt(
            """
            Til Datatilsynet

            Smilehuset Tannklinikker AS anmoder om forhåndsdrøftelse for modellbasert innkallingsintervall og forskuddsordning ved gjentatt uteblivelse. DPIA og kontaktark er vedlagt.

            Utdrag av styreprotokoll 5. november 2026:

            «Sak 47/26 Modell for innkallingsintervall og uteblivelse – DPIA
            Kvalitets- og personvernrådgiver la fram DPIA versjon 1.1, personvernombudets uttalelse av 30.10.2026 og innspill fra pasientrådet. Det ble pekt på restrisiko for skjev fordeling av innkallinger.
            Vedtak: Styret godkjenner DPIA versjon 1.1. Administrasjonen ber om forhåndsdrøftelse hos Datatilsynet. Modellen tas ikke i bruk før tilbakemelding foreligger.
            Protokollen er signert av styreleder Kristin Aasen og styremedlemmene.»
            """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N041",
        FROM,
        "Anmodning om forhåndsdrøftelse – innkallingsmodell",
        when(11, 19, 9, 37),
        body,
        attachments=[
            (
                "DPIA_innkallingsmodell_v1.1.pdf",
                dpia("Modell for innkallingsintervall og uteblivelse", chapters),
            ),
            ("Kontaktark_innkallingsmodell.docx", kontaktark(proc)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "dental",
            "health_data",
            "profiling",
            "automated_scoring",
            "dpia_report_pdf",
            "contact_sheet_docx",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_board_decision_quoted",
        ),
        "none",
        True,
        "used",
        "complete: contact sheet with processor; purposes separated and safeguards; risk table with residual risk and measures not taken; board decision quoted in the mail",
    )


def c002() -> tuple[EmailMessage, Label]:
    chapters = """
# 2 Systematisk beskrivelse av behandlingen

## 2.1 Formål og sammenheng
Smilehuset samler journalene fra 22 klinikker i én skybasert journal (Dentora Cloud) og etablerer et felles kundesenter i Bergen som booker timer for alle klinikkene. I dag har hver klinikk sin lokale database.

## 2.2 Omfang
Om lag 310 000 pasientjournaler (aktive og arkiv), herunder barn, pasienter med tannbehandlingsangst og pasienter med refusjon fra HELFO (diagnoser). 180 tannhelsepersonell og 14 kundesenteransatte får tilgang.

## 2.3 Kilder, mottakere og ansvar
Opplysninger registreres av behandlere og kundesenter; refusjonskrav sendes HELFO. Dentora Cloud AS er databehandler og drifter løsningen i to datasentre i Norge. Underleverandør for backup: Nordsikker Lagring AS (Norge).

## 2.4 Informasjonssikkerhet
Rollebasert tilgang: kundesenteret ser kontaktinformasjon og timebok, ikke journalnotater. Behandlere ser journal for pasienter med time ved egen klinikk; tilgang til andre klinikkers pasienter krever begrunnelse («bryte glasset») og logges. Tofaktor med mobil-ID.

# 3 Nødvendighet og proporsjonalitet

Felles journal er nødvendig for at pasienter skal kunne bytte klinikk og få akutthjelp ved nærmeste klinikk uten at journal må sendes på papir. Vi vurderte å beholde lokale journaler med elektronisk forsendelse ved behov; det gir i dag forsinkelser og feilsendinger (tre avvik i 2025).

Garantier for pasientene: informasjon ved neste time og i innkallingen; pasienten kan be om sperring av journalen for andre klinikker; innsyn i hvem som har sett journalen (logginnsyn) via kundesenteret innen 14 dager; kundesenteret har ikke tilgang til helseopplysninger.

# 4 Risikovurdering

| Risiko for pasientene | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| Snoking i journaler til kjente (naboer, kolleger) | Middels | Høy | Bryte glasset, månedlig logganalyse, reaksjonsrutine | Middels
| Kundesenteret får vite mer enn nødvendig | Middels | Moderat | Egen rolle uten journaltilgang; tekstfelt i timebok begrenset | Lav
| Utilgjengelig journal ved driftsavbrudd | Lav | Høy | To datasentre, nødkopi ved hver klinikk | Lav
| Sårbare pasienter (angst, rus) mister tillit og unnlater behandling | Middels | Høy | Sperremulighet, informasjon, egen kontaktperson | Middels

Tiltak vurdert, ikke gjennomført: full kryptering av journalnotater med pasientnøkkel (ikke støttet av Dentora); aktiv samtykkeinnhenting fra alle pasienter før migrering (ikke praktisk for arkivjournaler – erstattet med sperrerett).

# 5 Forankring i ledelsen

Styret godkjente DPIA-en 24.09.2026 (sak 33/26) og ba om ny gjennomgang etter risikoverksted; revidert DPIA ble godkjent 29.10.2026 (sak 42/26). Se vedlagt protokollutdrag.
"""
    minutes = """
# Utdrag av styreprotokoll

Smilehuset Tannklinikker AS – styremøte 29. oktober 2026

Til stede: Kristin Aasen (styreleder), Rune Bakketun, Silje Nordeng, Olav Tveit. Administrasjonen: Helge Myrvold (adm. dir.), Anne Grimstad (fagsjef klinikk), Ingrid Solheim Haugland (sak 42).

## Sak 42/26 Felles skyjournal og kundesenter – revidert DPIA

Saken var til behandling første gang 24.09.2026 (sak 33/26). Administrasjonen la fram revidert DPIA versjon 2.0 etter risikoverksted med klinikkledere, tillitsvalgte og personvernombudet. Det gjenstår middels risiko for snoking og for at sårbare pasienter unnlater å oppsøke behandling.

Vedtak: Styret godkjenner DPIA versjon 2.0 og ber administrasjonen anmode om forhåndsdrøftelse hos Datatilsynet. Migreringen utsettes til tilbakemelding foreligger.

Protokollen er signert av alle styremedlemmer.
"""
    proc = "| Databehandler Dentora Cloud AS | Marte Lien, kundeansvarlig | 930 44 120 | marte.lien@dentora.no"
    body = (
        txt(
            """
            Til Datatilsynet

            Smilehuset Tannklinikker AS ber med dette om forhåndsdrøftelse for innføring av felles skyjournal og felles kundesenter.

            Vedlegg:
            - DPIA «Felles skyjournal og kundesenter», versjon 2.0
            - Kontaktark
            - Utdrag av styreprotokoll 29.10.2026

            Vi ber om at saken behandles konfidensielt, da DPIA-en beskriver sikkerhetstiltak i detalj.
            """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N002",
        FROM,
        "Anmodning om forhåndsdrøftelse – felles skyjournal",
        when(11, 4, 8, 52),
        body,
        attachments=[
            ("DPIA_felles_skyjournal_v2.0.pdf", dpia("Felles skyjournal og kundesenter", chapters)),
            ("Kontaktark_skyjournal.docx", kontaktark(proc)),
            ("Styreprotokoll_29102026_sak42.pdf", to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "dental",
            "health_data",
            "access_logs",
            "dpia_report_pdf",
            "contact_sheet_docx",
            "processor_contact_table",
            "subprocessor_listed",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_minute_extract",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: contact sheet with processor Dentora; necessity with alternative and patient guarantees; risk table with residual risk, measures not taken; board minutes (second treatment) approving the revised DPIA",
    )


def c022() -> tuple[EmailMessage, Label]:
    chapters = """
# 2 Systematisk beskrivelse av behandlingen

Etter flere hendelser med truende pasienter vil Smilehuset sette opp kameraovervåking med lyd i tre behandlingsrom ved klinikkene i Bergen sentrum, Stavanger og Haugesund (akuttklinikker med kveldsåpent). Opptak starter bare når behandleren trykker på en alarmknapp, og de siste 60 sekundene før alarmen tas med fra en løpende buffer. Vaktsentralen Vest AS mottar alarmen og ser direktebildet; opptaket lagres i 7 dager, ved hendelse inntil saken er avsluttet.

Registrerte: pasienter (også i sårbare situasjoner, for eksempel under sedasjon), ledsagere og ansatte.

# 3 Nødvendighet og proporsjonalitet

Grunnlag: artikkel 6 nr. 1 bokstav f (vern av ansatte), arbeidsmiljøloven § 4-3. Alternativer vurdert: vekter i kveldsåpningstiden (vurdert som uforholdsmessig kostbart og lite egnet inne i rommet), to behandlere i rommet (gjennomført der det er mulig), alarmknapp uten kamera (gjennomført ved øvrige klinikker, men gir ikke sentralen grunnlag for å vurdere situasjonen).

Garantier: ingen løpende opptak; skilting i venterom og rom; informasjon ved timebestilling; innsyn i opptak etter forespørsel; ansatte er informert og tillitsvalgte involvert.

# 4 Risikovurdering

| Risiko | S | K | Tiltak | Restrisiko
| Opptak av pasient i sårbar situasjon kommer på avveie | 2 | 4 | Kryptert lagring, tilgang bare for klinikkleder og vaktsentral, logging | Middels
| Alarmknapp brukes uten reell trussel og gir unødige opptak | 3 | 2 | Rutine og månedlig gjennomgang av alarmer | Lav
| Pasienter unnlater å oppsøke akuttbehandling pga. kamera | 2 | 3 | Informasjon om at det ikke filmes løpende | Middels
| Lydopptak av helseopplysninger fra samtaler | 3 | 3 | Bufferen overskrives hvert minutt; ingen lagring uten alarm | Middels

Vurdert, ikke gjennomført: kamera uten lyd (lyden er avgjørende for å vurdere trusler); maskering av pasientens ansikt (hindrer identifikasjon av gjerningsperson).

# 5 Forankring i ledelsen

Styret godkjente DPIA-en 5.11.2026, sak 48/26, og vedtok å be om forhåndsdrøftelse. Protokollutdrag vedlagt.
"""
    minutes = """
# Protokollutdrag – styremøte 5. november 2026

Smilehuset Tannklinikker AS

## Sak 48/26 Alarmutløst kamera i behandlingsrom – DPIA

Administrasjonen la fram DPIA versjon 1.0 med personvernombudets vurdering og uttalelse fra hovedverneombudet. Styret drøftet særlig lydopptak og pasientenes situasjon i behandlingsstolen.

Vedtak: DPIA godkjennes. Administrasjonen ber Datatilsynet om forhåndsdrøftelse. Kameraene monteres ikke før tilbakemelding er mottatt.

Signert: Kristin Aasen, styreleder – Rune Bakketun – Silje Nordeng – Olav Tveit
"""
    proc = "| Databehandler Vaktsentralen Vest AS | Kjetil Oma, driftssjef | 55 60 12 00 | kjetil.oma@vaktsentralenvest.no"
    body = (
        txt(
            """
            Til Datatilsynet

            Vedlagt følger Smilehuset Tannklinikker AS sin anmodning om forhåndsdrøftelse for alarmutløst kamera med lyd i behandlingsrom ved tre akuttklinikker: DPIA, kontaktark og utdrag av styreprotokoll.
            """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N022",
        FROM,
        "Forhåndsdrøftelse – kamera i behandlingsrom",
        when(11, 16, 14, 25),
        body,
        attachments=[
            (
                "DPIA_kamera_behandlingsrom.pdf",
                dpia("Alarmutløst kamera i behandlingsrom", chapters),
            ),
            ("Kontaktark.docx", kontaktark(proc, dpo_phone="")),
            ("Protokollutdrag_sak48-26.pdf", to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "dental",
            "health_data",
            "cctv",
            "audio_recording",
            "employees",
            "dpia_report_pdf",
            "contact_sheet_docx",
            "processor_contact_table",
            "p1_dpo_no_phone",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_board_minute_extract",
        ),
        "none",
        True,
        "used",
        "DPO's phone cell in the contact sheet is empty and no DPO phone appears elsewhere (the signature is the adviser's); everything else is in place",
        (1,),
    )


def c042() -> tuple[EmailMessage, Label]:
    doc = """
# Talegjenkjenning ved journalføring

Smilehuset Tannklinikker AS – vurdering av personvernkonsekvenser (DPIA-mal v2.1), versjon 1.0

# 1 Kontaktinformasjon

Se kontaktark.

# 2 Systematisk beskrivelse av behandlingen

Behandlerne skal diktere journalnotat under og etter behandlingen. Lyden tas opp med en mikrofon i behandlingsrommet, sendes til Talenor Speech AS for omgjøring til tekst, og teksten legges som utkast i journalen for godkjenning av behandler. Lydfilen slettes hos leverandøren etter omgjøring (senest etter 2 timer). Mikrofonen fanger også opp pasientens og ledsagerens stemme. Omfang: 180 behandlere, om lag 600 000 konsultasjoner per år.

Talenor Speech AS er databehandler; modellen kjøres i Norge, og lyd brukes ikke til trening av modellen (avtalefestet).

# 3 Nødvendighet og proporsjonalitet

Formålet er bedre og raskere journalføring (pasientjournalforskriften § 8) og mindre skjermtid under behandling. Alternativet – diktafon med manuell skriving – krever sekretærressurser vi ikke har. Vi har valgt at opptak bare skjer når behandler holder inne en fotpedal, og at pasienten blir spurt ved første time om de aksepterer diktering mens de er i rommet. Pasienter som ikke ønsker det, får notatet skrevet etter konsultasjonen.

# 4 Risikovurdering

| Risiko | S | K | Tiltak | Restrisiko
| Opptak av samtaler som ikke hører til journalen (private forhold) | 3 | 3 | Fotpedal, ingen løpende opptak, behandler godkjenner teksten | Middels
| Feil i transkripsjon gir feil i journalen | 3 | 3 | Utkast merket, krav om godkjenning, stikkprøver | Lav
| Stemmeopptak misbrukes hos leverandøren | 1 | 4 | Sletting etter 2 timer, revisjonsrett, ingen trening | Lav
| Pasienten føler seg presset til å godta opptak | 2 | 2 | Spørsmål stilles av resepsjonen, ikke behandleren | Lav

Vurdert, ikke gjennomført: talegjenkjenning lokalt på klinikkens PC (for dårlig kvalitet på norsk fagterminologi i dag).

# 5 Forankring i ledelsen

Styret behandlet DPIA-en første gang 24.09.2026 og ba om tilleggsvurdering av pasientstemmer. Revidert DPIA ble godkjent 12.11.2026, sak 51/26, med vedtak om å be om forhåndsdrøftelse (se protokollutdrag).
"""
    minutes = """
# Utdrag av styreprotokoll 12. november 2026

## Sak 51/26 Talegjenkjenning ved journalføring

Styret behandlet saken første gang 24.09.2026. Revidert DPIA med tilleggsvurdering av opptak av pasientens stemme ble lagt fram av kvalitets- og personvernrådgiveren, sammen med personvernombudets uttalelse og innspill fra pasientrådet.

Vedtak: Styret godkjenner DPIA versjon 1.0 (revidert). Restrisikoen for opptak av private samtaler anses fortsatt høy. Administrasjonen ber om forhåndsdrøftelse.

Signert elektronisk av styreleder Kristin Aasen og styremedlemmene 13.11.2026.
"""
    proc = "| Databehandler Talenor Speech AS | Fredrik Hovland, leder kundeforhold | 400 18 932 | fredrik.hovland@talenor.no"
    body = (
        txt(
            """
            Hei,

            Smilehuset Tannklinikker AS ber om forhåndsdrøftelse for talegjenkjenning ved journalføring. DPIA, kontaktark og protokollutdrag ligger vedlagt.

            Dette er vår tredje anmodning i høst; saken gjelder en ny behandling og er ikke knyttet til de tidligere.
            """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N042",
        FROM,
        "Anmodning om forhåndsdrøftelse – talegjenkjenning i journal",
        when(11, 24, 11, 8),
        body,
        attachments=[
            ("DPIA_talegjenkjenning.docx", to_docx(doc)),
            ("Kontaktark_talegjenkjenning.docx", kontaktark(proc)),
            ("Styreprotokoll_sak51-26.pdf", to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "dental",
            "health_data",
            "audio_recording",
            "new_technology_ai",
            "dpia_report_docx",
            "contact_sheet_docx",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_board_minute_extract",
        ),
        "none",
        True,
        "used",
        "complete: DPIA in Word, contact sheet with processor, board minute after second treatment approving the DPIA and the request",
    )
