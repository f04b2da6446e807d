# ruff: noqa: E501
"""Sender C: Høgskulen i Breheim (university college, 3 800 students), nynorsk.

Habits: the senior adviser in the study administration writes; covering letters are PDFs on
letterhead with the case officer's and the DPO's contact lines in the footer; documents are
numbered «vedlegg»; risk registers in Excel; decisions by the rektorat, the leiarmøte or the
høgskulestyre, archived in Public 360.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import letter_pdf
from kit import Label, message, to_docx, to_pdf, to_xlsx, txt, when

TOPICS = {
    "c005": "digital_eksamen_fjernovervaking",
    "c025": "laeringsanalyse_fraafall",
    "c045": "digital_eksamen_fjernovervaking",
    "c006": "biometrisk_tilgang_laboratorium",
    "c026": "chatbot_studentvelferd",
    "c046": "videoopptak_praksis_sjukepleie",
}

SOLVEIG = "Solveig Fjærestad <solveig.fjaerestad@hibreheim.no>"
DPO = "Torbjørn Kvamme <personvernombod@hibreheim.no>"

SIG = txt("""
    Med venleg helsing

    Solveig Fjærestad
    seniorrådgjevar | Studieadministrasjonen
    Høgskulen i Breheim
    Telefon 57 67 60 24
    solveig.fjaerestad@hibreheim.no
""")

EXAM_BODY = txt("""
    Til Datatilsynet

    Oppmoding om førehandsdrøfting – digital heimeeksamen med fjernovervaking

    Høgskulen i Breheim ber om førehandsdrøfting etter personvernforordninga artikkel 36 før vi tek i bruk fjernovervaking (proctoring) ved digitale heimeeksamenar frå vårsemesteret 2027. Vi har gjennomført ei vurdering av personvernkonsekvensar. Ho er delt i tre vedlegg:

    Vedlegg 1: Skildring av behandlinga og vurdering av naudsyn og forholdsmessigheit (docx)
    Vedlegg 2: Risikoregister (xlsx)
    Vedlegg 3: Protokoll frå leiarmøtet 3. november 2026, sak 71/26 (pdf)

    Kontaktinformasjon
    Behandlingsansvarleg: Høgskulen i Breheim, org.nr. 974 561 220
    Kontaktperson: Solveig Fjærestad, seniorrådgjevar, tlf. 57 67 60 24, solveig.fjaerestad@hibreheim.no
    Personvernombod: Torbjørn Kvamme, tlf. 57 67 60 90 / 951 33 612, torbjorn.kvamme@hibreheim.no (kopi av denne e-posten)
    Databehandlar: Proctora Oy (Finland), v/ Mikko Laine, Account Manager Nordics, tlf. +358 40 718 2290, mikko.laine@proctora.fi
""")

EXAM_DESC = """
# Vedlegg 1 – Skildring av behandlinga og vurdering av naudsyn og forholdsmessigheit

~ Høgskulen i Breheim · Fjernovervaking ved digital heimeeksamen · Versjon 1.0, 30.10.2026 · Sak 26/01455

# 1 Skildring av behandlinga

## 1.1 Formål

Sikre at heimeeksamenar med lukka hjelpemiddel blir gjennomførte utan fusk, slik at høgskulen kan tilby heimeeksamen til studentar som bur langt frå campus (om lag 40 % av studentane på deltids- og nettstudia) i staden for å krevje at dei reiser til Breheim.

## 1.2 Art og omfang

- Registrerte: studentar som tek heimeeksamen med lukka hjelpemiddel, om lag 1 200 studentar og 3 500 eksamenar per år. I tillegg kan andre personar i heimen kome med i bilete eller lyd.
- Opplysningar: namn, studentnummer, bilete av legitimasjon, ansiktsbilete for identitetskontroll (samanlikning av ansikt mot legitimasjon), video og lyd frå webkamera, skjermopptak, nettlesarlogg, automatiske flagg for «mistenkeleg åtferd».
- Opptaka blir lagra i 21 dagar etter at sensuren er klar, eller til ei fuskesak er avslutta.

## 1.3 Korleis det verkar

Studenten installerer ein nettlesarutviding og startar eksamen via Inspera. Proctora-tenesta tek opp video, lyd og skjerm. Ein algoritme merkjer tidspunkt med mogleg avvik (anna person i biletet, blikk bort frå skjermen over tid, lyd av tale, ny fane). Berre merkte tidspunkt blir vurderte av to tilsette ved eksamenskontoret. Algoritmen avgjer ingenting; mistanke om fusk går til ordinær fuskesak etter universitets- og høgskulelova § 4-7.

## 1.4 Kjelder, mottakarar og ansvar

Kjelde er studenten sjølv. Mottakarar internt er eksamenskontoret og, ved fuskesak, klagenemnda. Proctora Oy er databehandlar (drift i Finland og Sverige, ingen overføring ut av EØS). Inspera er alt databehandlar for eksamensplattforma. Direktøren er systemeigar.

## 1.5 Informasjonstryggleik

Innlogging med Feide og tofaktor for tilsette; kryptering; opptaka er berre tilgjengelege for to namngjevne tilsette; all tilgang blir logga. Databehandlaravtale med Proctora er signert 12.10.2026.

# 2 Naudsyn og forholdsmessigheit

Vi har vurdert desse alternativa: (a) berre eksamen på campus – utelukkar mange nett- og deltidsstudentar eller krev lange reiser; (b) heimeeksamen med opne hjelpemiddel – brukt der det er fagleg forsvarleg, men ikkje for emne med krav i rammeplanane om kontrollert skriftleg eksamen; (c) eksamen på lokale studiesenter – berre tre studiesenter, og kapasiteten er for liten; (d) munnleg eksamen på video – for ressurskrevjande for store emne. Fjernovervaking er difor naudsynt for eit avgrensa tal emne (23 emne i 2027).

For å halde inngrepet så lite som mogleg har vi:
- avgrensa ordninga til emne der fagmiljøet har grunngitt behovet skriftleg, og gjev alltid studenten val mellom fjernovervaka heimeeksamen og eksamen på campus eller studiesenter;
- slått av lagring av rom-skanning (360 grader) som leverandøren tilbyr;
- sagt at algoritmen aldri åleine kan føre til fuskesak;
- sett kort lagringstid (21 dagar etter sensur).

Dei registrerte sine rettar: informasjon i emneskildringa, på Studentweb og ved oppmelding; demoeksamen der studenten kan sjå kva som blir teke opp; innsyn i eige opptak og i flagga etter førespurnad; klage etter dei vanlege reglane; retten til å velje campus i staden. Studentparlamentet og Velferdstinget har vore høyrde.
"""

EXAM_RISK = {
    "Risikoregister": [
        [
            "ID",
            "Risiko for den registrerte",
            "Sannsyn (1-4)",
            "Konsekvens (1-4)",
            "Risiko før",
            "Tiltak gjennomført",
            "Restrisiko",
            "Eigar",
        ],
        [
            "R1",
            "Inngrep i privatlivet i heimen: video og lyd viser heim, familie, helse (t.d. medisinsk utstyr), religiøse symbol",
            "4",
            "3",
            "12 Høg",
            "Val av campus, ingen rom-skanning, informasjon om å velje nøytral bakgrunn",
            "9 Høg",
            "Eksamenskontoret",
        ],
        [
            "R2",
            "Algoritmen flaggar studentar med nedsett funksjonsevne, tics, mørk hud eller dårleg lys oftare (diskriminering)",
            "3",
            "4",
            "12 Høg",
            "To tilsette vurderer alle flagg, flagg åleine er ikkje grunnlag for fuskesak, tilrettelegging",
            "9 Høg",
            "Direktør",
        ],
        [
            "R3",
            "Ansiktssamanlikning (biometri) feilar og studenten blir stengd ute",
            "2",
            "3",
            "6 Middels",
            "Manuell ID-kontroll på video som reserve",
            "3 Låg",
            "Eksamenskontoret",
        ],
        [
            "R4",
            "Tredjepersonar i heimen (born, sambuarar) blir tekne opp utan å vite det",
            "3",
            "2",
            "6 Middels",
            "Informasjon til studenten om å informere husstanden",
            "6 Middels",
            "Eksamenskontoret",
        ],
        [
            "R5",
            "Opptak kjem på avvegar hos databehandlar",
            "1",
            "4",
            "4 Låg",
            "Databehandlaravtale, kryptering, EØS, 21 dagars sletting",
            "4 Låg",
            "IT-sjef",
        ],
        [
            "R6",
            "Kjensle av å vere mistenkt påverkar prestasjon og helse (stress)",
            "3",
            "2",
            "6 Middels",
            "Demoeksamen, tydeleg informasjon",
            "4 Låg",
            "Studieleiar",
        ],
    ],
    "Ikkje gjennomført": [
        ["Tiltak", "Kvifor ikkje gjennomført"],
        [
            "Slå av automatiske flagg heilt (berre stikkprøver av opptak)",
            "Krev manuell gjennomgang av alle opptak; om lag 7 000 timar video per år",
        ],
        [
            "Berre skjermopptak, ikkje video og lyd",
            "Fangar ikkje hjelp frå andre personar i rommet; fagmiljøa meiner kontrollen då blir for svak",
        ],
        [
            "Lokal drift av overvakinga på høgskulen sine serverar",
            "Ikkje tilbode av nokon leverandør vi har funne",
        ],
    ],
    "Metode": [
        ["Skala", "1 = låg, 4 = svært høg. Risiko = sannsyn x konsekvens. 9 eller meir = høg."],
        [
            "Workshop",
            "20.10.2026 med eksamenskontoret, IT, personvernombodet, to studentrepresentantar og ein frå tilretteleggingstenesta",
        ],
    ],
}

EXAM_MINUTES = """
# PROTOKOLL – LEIARMØTET

~ Høgskulen i Breheim
~ Møtedato: 03.11.2026 · Stad: Styrerommet, Breheim
~ Til stades: Aslaug Vangsnes (rektor), Olav Hesjedal (direktør), Gunnar Bøyum (prorektor utdanning), dekanane Liv Hauge og Per Arne Sæle, Kari Lunde (leiar eksamenskontoret, sak 71/26)
~ Protokollførar: Ingvild Røysum

## Sak 70/26 Opptakstal for våren 2027

Teke til orientering.

## Sak 71/26 Vurdering av personvernkonsekvensar – fjernovervaking ved digital heimeeksamen

Leiar for eksamenskontoret la fram DPIA-en (vedlegg 1 og risikoregisteret). Personvernombodet hadde sendt skriftleg innspel, som vart referert. Studentparlamentet og tilretteleggingstenesta har gitt innspel: dei støttar at studentane får velje campus, og ber om at algoritmen ikkje åleine kan gi grunnlag for fuskesak. Innspela er tekne inn.

Leiarmøtet drøfta særleg R1 (privatliv i heimen) og R2 (diskriminering), som framleis er høge.

Vedtak:
1. Leiarmøtet godkjenner vurderinga av personvernkonsekvensar for fjernovervaking ved heimeeksamen.
2. Ordninga skal avgrensast til emne med skriftleg grunngiving og alltid gi studenten val av campus.
3. Høgskulen ber Datatilsynet om førehandsdrøfting før ordninga vert teken i bruk.
4. Ordninga skal evaluerast etter første eksamensperiode.

## Sak 72/26 Eventuelt

Ingen saker.

Protokollen er godkjend elektronisk av rektor 04.11.2026.
"""


def _exam_attachments() -> list[tuple[str, bytes]]:
    return [
        ("Vedlegg1_Skildring_og_naudsyn.docx", to_docx(EXAM_DESC)),
        ("Vedlegg2_Risikoregister_fjernovervaking.xlsx", to_xlsx(EXAM_RISK)),
        (
            "Vedlegg3_Protokoll_leiarmotet_2026-11-03.pdf",
            to_pdf(EXAM_MINUTES, "Protokoll leiarmøtet"),
        ),
    ]


def c005() -> tuple[EmailMessage, Label]:
    msg = message(
        "L005",
        SOLVEIG,
        "Oppmoding om førehandsdrøfting – fjernovervaking ved digital heimeeksamen (26/01455)",
        when(11, 9, 10, 31),
        EXAM_BODY + "\n" + SIG,
        attachments=_exam_attachments(),
        cc=DPO,
    )
    return msg, Label(
        "nn",
        (
            "university_college",
            "students",
            "biometrics",
            "parts_spread_body_and_three_attachments",
            "contact_body_lines",
            "processor_contact_in_body",
            "dpia_report_docx",
            "risk_register_xlsx",
            "risk_likelihood_consequence",
            "part5_management_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete, spread across the body and three attachments: contacts incl. the processor in the body, description and necessity/proportionality in vedlegg 1, risk register with measures not taken in vedlegg 2 (xlsx), leiarmøte minutes in vedlegg 3",
    )


def c045() -> tuple[EmailMessage, Label]:
    intro = txt("""
        Hei

        Vi sende oppmoding om førehandsdrøfting for fjernovervaking ved digital heimeeksamen 9. november, men har ikkje fått kvittering eller saksnummer frå dykk. Vi er usikre på om e-posten kom fram, sidan han var kryptert og vi brukte ein nøkkel vi henta frå nettsida dykkar i fjor. Vi sender difor heile oppmodinga på nytt, no utan kryptering etter avtale med personvernombodet vårt. Innhaldet er det same som 9. november, med dei same tre vedlegga.

        ----- Oppmodinga slik ho vart sendt 9. november -----

    """)
    msg = message(
        "L045",
        SOLVEIG,
        "SENDT PÅ NYTT: Oppmoding om førehandsdrøfting – fjernovervaking ved digital heimeeksamen (26/01455)",
        when(11, 30, 13, 58),
        intro + EXAM_BODY + "\n" + SIG,
        attachments=_exam_attachments(),
        cc=DPO,
    )
    return msg, Label(
        "nn",
        (
            "university_college",
            "students",
            "biometrics",
            "resend_full",
            "refers_to_earlier_messages",
            "parts_spread_body_and_three_attachments",
            "contact_body_lines",
            "processor_contact_in_body",
            "dpia_report_docx",
            "risk_register_xlsx",
            "risk_likelihood_consequence",
            "part5_management_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "resend that repeats everything of L005 (no receipt, unsure whether the encrypted mail arrived); the same body text and the same three attachments → complete",
    )


LA_FOOTER = [
    "Høgskulen i Breheim · Høgskulevegen 12, 6856 Breheim · Org.nr. 974 561 220 · postmottak@hibreheim.no · 57 67 60 00",
    "Sakshandsamar: Solveig Fjærestad, tlf. 57 67 60 24, solveig.fjaerestad@hibreheim.no · Personvernombod: Torbjørn Kvamme, tlf. 951 33 612, torbjorn.kvamme@hibreheim.no",
]

LA_LETTER = """
~ Datatilsynet
~ Postboks 458 Sentrum
~ 0105 Oslo

~ Vår ref.: 26/01802-6 · Dato: 13.11.2026

# Oppmoding om førehandsdrøfting – læringsanalyse for tidleg oppfølging av studentar (fråfallsvarsling)

Høgskulen i Breheim ber om førehandsdrøfting etter personvernforordninga artikkel 36. Vi planlegg å bruke data frå læringsplattforma Canvas og frå Felles studentsystem til å rekne ut ein «risiko for fråfall» for kvar student i første studieår, slik at studierettleiarane kan ta kontakt tidleg.

Vurderinga av personvernkonsekvensar ligg ved. Restrisikoen for at studentar blir behandla ulikt på grunnlag av ein skår dei ikkje kjenner, og for nedkjølingseffekt i læringsplattforma, er framleis høg etter tiltaka.

Rektoratet handsama vurderinga i møte 10. november 2026 (sak R 38/26). Rektoratet gjekk gjennom funna og risikobiletet som studieadministrasjonen presenterte, fråsegna frå personvernombodet og innspela frå Studentparlamentet og Utdanningsforbundet/Forskerforbundet. Rektoratet godkjende vurderinga og vedtok at høgskulen skal be om førehandsdrøfting før tenesta blir teken i bruk. Vedtaket er arkivert i Public 360, sak 26/01802-5.

Med helsing

~ Aslaug Vangsnes, rektor
~ Olav Hesjedal, direktør

Brevet er godkjent elektronisk og har ingen handskrivne signaturar.
"""

LA_DPIA = """
# DPIA – Læringsanalyse for tidleg oppfølging (fråfallsvarsling)

~ Høgskulen i Breheim · Sak 26/01802 · Versjon 1.0, 06.11.2026

# 1 Skildring av behandlinga

## 1.1 Formål og bakgrunn

Om lag 22 % av studentane ved høgskulen sluttar i løpet av første studieår. Formålet er å oppdage studentar som står i fare for å falle frå tidleg nok til at studierettleiar kan tilby hjelp. Vi har vurdert om det same kan nåast utan individuell skår – til dømes berre med oppmøteregistrering på obligatoriske aktivitetar eller faste samtalar med alle – men oppmøtedata fangar ikkje nettstudentane, og faste samtalar med alle 1 300 nye studentar har vi ikkje kapasitet til. Ein skår basert på aktivitet er difor naudsynt for å nå dei rette studentane, og vi har avgrensa han til det minste som gir meining: skåren blir berre brukt til å tilby ein samtale, han blir ikkje lagra etter studieåret, og han blir ikkje brukt i vurdering, tilrettelegging eller opptak. Studentane skal få vite at skåren finst, korleis han blir rekna ut, og kan reservere seg heilt mot han i Studentweb. Dei kan be om innsyn i eigen skår og i kva som har påverka han.

## 1.2 Kva opplysningar og kven

- Registrerte: studentar i første studieår (om lag 1 300 per år).
- Frå Canvas: innloggingar, tid sidan siste aktivitet, innleveringar (levert/ikkje levert/for seint), deltaking i diskusjonar. Ikkje innhaldet i innleveringar eller meldingar.
- Frå Felles studentsystem: studieprogram, studiepoeng teke, om studenten er deltid/nett. Ikkje karakterar, alder, kjønn eller tilrettelegging.
- Resultat: ein skår (låg/middels/høg) per veke.

## 1.3 Mottakarar og ansvar

Skåren blir vist for studenten sin studierettleiar og for studenten sjølv i Studentweb. Ingen andre. Læringsdata Norden AS leverer analyseverktøyet og er databehandlar; kontakt: Erlend Berge, leiar kundestøtte, tlf. 47 81 20 33, erlend.berge@laeringsdata.no. Drift i Noreg. Studiedirektøren eig tenesta.

## 1.4 Informasjonstryggleik

Data blir henta over kryptert API kvar natt, pseudonymisert i analyseverktøyet og kopla til namn berre i visninga for rettleiar. Tilgang med Feide og tofaktor. All bruk blir logga.

# 2 Rettsleg grunnlag

Art. 6 nr. 1 bokstav e, jf. universitets- og høgskulelova § 4-3 (læringsmiljø) og § 1-3 (oppgåver). Ingen særlege kategoriar.

# 3 Risikovurdering

| Risiko | S | K | Tiltak gjennomført | Rest
| Studentar blir behandla ulikt eller stigmatiserte av rettleiar på grunn av skåren | 3 | 3 | Berre tilbod om samtale, opplæring av rettleiarar, skåren ikkje synleg for faglærarar | Høg
| Nedkjølingseffekt: studentar endrar åtferd i Canvas fordi dei veit dei blir målte | 3 | 2 | Open informasjon om kva som blir målt, ikkje innhald | Høg
| Skåren er feil for nettstudentar som arbeider offline | 3 | 2 | Eigen modell for nettstudentar, rettleiar vurderer alltid | Middels
| Uvedkomande tilgang | 1 | 3 | Tilgangsstyring, logg, pseudonymisering | Låg

Vurdert, men ikkje gjennomført: samtykke som grunnlag (ikkje fritt i eit avhengnadsforhold til høgskulen); skåren synleg berre for studenten sjølv (studentane som treng det mest, oppsøkjer sjeldan hjelp sjølv).

# 4 Konklusjon

To risikoar står att som høge. Høgskulen ber om førehandsdrøfting.
"""


def c025() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei

        Vedlagt følgjer brev og vurdering av personvernkonsekvensar, sjå brevet for detaljar.

        Solveig
    """)
    msg = message(
        "L025",
        SOLVEIG,
        "Førehandsdrøfting – læringsanalyse (vår ref. 26/01802)",
        when(11, 13, 15, 7),
        body,
        attachments=[
            ("Brev_til_Datatilsynet_26-01802-6.pdf", letter_pdf(LA_LETTER, LA_FOOTER, "Brev")),
            ("DPIA_laeringsanalyse_v1.0.pdf", to_pdf(LA_DPIA, "DPIA læringsanalyse")),
        ],
    )
    return msg, Label(
        "nn",
        (
            "university_college",
            "students",
            "profiling",
            "cover_letter_pdf",
            "contact_letter_footer_only",
            "signature_first_name_only",
            "processor_contact_in_description",
            "part3_inside_description",
            "risk_likelihood_consequence",
            "part5_ceo_sentence_cover_letter",
        ),
        "none",
        True,
        "used",
        "complete; contact person and DPO only in the footer of the covering letter (mail signed «Solveig»), the processor's contact in the description; necessity/proportionality and the students' rights argued inside 1.1 of the description (no own chapter); approval as the rektorat's review and decision stated in the covering letter signed by rektor and direktør, with the Public 360 reference",
    )


LAB_LETTER = """
~ Datatilsynet
~ postkasse@datatilsynet.no

~ Vår ref.: 26/02210-4 · Dato: 24.11.2026

# Oppmoding om førehandsdrøfting – biometrisk tilgangskontroll til laboratoria i Realfagbygget

Høgskulen i Breheim ber om førehandsdrøfting etter personvernforordninga art. 36 for biometrisk tilgangskontroll (handflatevener) til tre laboratorium med radioaktive kjelder og biologisk materiale i risikoklasse 3.

Vurderinga av personvernkonsekvensar (DPIA) ligg ved. Eg har gått gjennom ho i leiarmøtet 17. november saman med direktøren, dekanen ved Fakultet for naturvitskap, laboratorieleiaren og personvernombodet, og vi har lagt vekt på innspela frå studentrepresentantane og dei tillitsvalde. Eg godkjenner vurderinga og har bestemt at høgskulen skal be om førehandsdrøfting, fordi risikoen for tilsette og studentar som ikkje kan eller vil bruke biometri, framleis er høg.

Kontaktpersonar står i kapittel 1 i DPIA-en.

Med helsing

~ Aslaug Vangsnes
~ rektor
"""

LAB_DPIA = """
# Vurdering av personvernkonsekvensar – biometrisk tilgangskontroll, laboratorium R-204, R-206 og R-112

~ Høgskulen i Breheim · Sak 26/02210 · Versjon 1.0, 18.11.2026

# 1 Kontaktinformasjon

| Rolle | Namn | Telefon | E-post
| Kontaktperson | Hallvard Nes, laboratorieleiar | 57 67 61 45 | hallvard.nes@hibreheim.no
| Personvernombod | Torbjørn Kvamme | 57 67 60 90 | torbjorn.kvamme@hibreheim.no
| Databehandlar | Adgangsteknikk Vest AS v/ Magnus Rød, prosjektleiar | 55 12 40 80 | magnus.rod@adgangsteknikk.no

# 2 Skildring av behandlinga

## 2.1 Formål, naudsyn og proporsjonalitet

Strålevernforskrifta og forskrift om tiltak mot smitte ved arbeid med biologiske faktorar krev at berre personar med godkjend opplæring får tilgang, og at tilgangen kan dokumenterast. Høgskulen har i dag kort og PIN. Ved to tilsyn (2024 og 2025) fann Direktoratet for strålevern at kort vart lånte bort, og PIN-kodar var skrivne på korta. Vi har prøvd skjerpa rutinar og kort med foto, utan at utlån har stoppa. Biometri er difor den einaste måten vi ser til å sikre at det er rett person som går inn. Handflatevener er valt framfor ansikt og fingeravtrykk fordi malen ikkje kan hentast ut frå bilete eller spor personen etterlet seg. Ordninga gjeld berre tre rom (ikkje heile bygget). Den biometriske malen blir lagra kryptert på eit kort som personen sjølv ber (ikkje i ein sentral database), og blir sletta når opplæringa går ut eller personen sluttar. Personar som ikkje kan eller vil bruke biometri, får eit alternativ: tilgang med kort og PIN i lag med ein annan godkjend person (fire-auge-prinsipp). Alle får skriftleg informasjon før registrering og kan krevje innsyn i tilgangsloggen og sletting av malen.

## 2.2 Omfang

Om lag 60 tilsette, 140 masterstudentar og 10 gjesteforskarar per år. Tilgangslogg (kven, rom, tidspunkt) blir lagra i 12 månader, som krav frå strålevernet.

## 2.3 Dataflyt og ansvar

Lesaren ved døra samanliknar handa med malen på kortet lokalt. Berre «godkjend/avvist», kortnummer og tidspunkt går til tilgangssystemet. Adgangsteknikk Vest AS driftar tilgangssystemet som databehandlar (server i høgskulen sitt datarom, fjerntilgang for service). Laboratorieleiaren eig behandlinga.

## 2.4 Informasjonstryggleik

Malane er krypterte på kortet; tilgangssystemet er på eige nett; tilgang for to driftspersonar og laboratorieleiar; logg over administrasjon.

# 3 Rettsleg grunnlag

Art. 9 nr. 2 bokstav b og g, jf. strålevernforskrifta § 18 og arbeidsmiljølova § 4-1; art. 6 nr. 1 bokstav c.

# 4 Risikovurdering

| Nr | Risiko for den registrerte | S | K | Tiltak | Restrisiko
| 1 | Personar som ikkje vil bruke biometri opplever press eller blir stempla (fire-auge-løysinga er tungvint og synleg) | 3 | 3 | Alternativ utan biometri, ingen grunngiving krevd | Høg
| 2 | Biometrisk mal kjem på avvegar og kan misbrukast | 1 | 4 | Mal berre på kortet, kryptert | Låg
| 3 | Tilgangsloggen blir brukt til kontroll av arbeidstid eller studieframdrift | 2 | 3 | Skriftleg formålsavgrensing, tilgang berre for laboratorieleiar, avtale med tillitsvalde | Middels
| 4 | Feilavvising hindrar studentar i å fullføre lab-arbeid før frist | 2 | 2 | Reserveløysing med vakt | Låg

Vurdert, men ikkje gjennomført: sentral lagring av malar (forkasta, større risiko); ansiktsgjenkjenning (forkasta, meir inngripande); å halde fram med berre kort og PIN (forkasta etter tilsyna).

# 5 Godkjenning

Sjå følgjebrevet frå rektor.
"""


def c006() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Vedlagt er følgjebrev frå rektor og DPIA for biometrisk tilgangskontroll til laboratoria våre.

    """)
        + "\n"
        + SIG
    )
    msg = message(
        "L006",
        SOLVEIG,
        "Førehandsdrøfting – biometrisk tilgangskontroll laboratorium (26/02210)",
        when(11, 24, 9, 12),
        body,
        attachments=[
            (
                "Folgjebrev_rektor_26-02210-4.pdf",
                letter_pdf(LAB_LETTER, LA_FOOTER[:1], "Følgjebrev"),
            ),
            ("DPIA_biometri_lab_v1.0.docx", to_docx(LAB_DPIA)),
        ],
        cc=DPO,
    )
    return msg, Label(
        "nn",
        (
            "university_college",
            "employees",
            "students",
            "biometrics",
            "cover_letter_pdf",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "part3_inside_description",
            "risk_likelihood_consequence",
            "part5_ceo_sentence_cover_letter",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; necessity and proportionality (alternatives tried, palm-vein choice, template on the card, alternative without biometrics, rights) argued inside 2.1 of the description; approval is the rektor's own sentence in the covering letter she signed (reviewed in the leiarmøte with stakeholders' input, approves, decides to ask); the DPIA's chapter 5 only points to that letter",
    )


CHAT_LETTER = """
~ Datatilsynet
~ Postboks 458 Sentrum, 0105 Oslo

~ Vår ref.: 26/02577-3 · Dato: 01.12.2026

# Oppmoding om førehandsdrøfting – chatbot i studentvelferda («Breheim Prat»)

Høgskulen i Breheim ber om førehandsdrøfting for ein chatbot på nettsidene til studenttenesta. Chatboten skal svare på spørsmål om studieteknikk, økonomi og psykisk helse, og kan vise vidare til helsesjukepleiar eller rådgjevar. Studentane kjem til å skrive om helse, rus og livssituasjon.

Vurderinga av personvernkonsekvensar og protokollen frå leiarmøtet ligg ved.

~ Med helsing
~ Solveig Fjærestad
~ seniorrådgjevar
"""

CHAT_FOOTER = [
    "Høgskulen i Breheim · Høgskulevegen 12, 6856 Breheim · Org.nr. 974 561 220 · postmottak@hibreheim.no · sentralbord 57 67 60 00",
    "Sakshandsamar: Solveig Fjærestad, tlf. 57 67 60 24, solveig.fjaerestad@hibreheim.no · Personvernombodet: personvernombod@hibreheim.no",
]

CHAT_DPIA = """
# DPIA – «Breheim Prat», chatbot i studentvelferda

~ Sak 26/02577 · Versjon 1.0, 20.11.2026

# 1 Skildring

## Formål

Gje studentane eit lågterskeltilbod heile døgnet med svar på vanlege spørsmål, og vise vidare til rett hjelp. Studenttenesta har i dag ventetid på tre veker for samtale.

## Omfang og opplysningar

Alle studentar kan bruke tenesta, utan innlogging. Samtalelogg (tekst), tidspunkt, eventuell vidaretilvising. Studentane kan oppgi helseopplysningar, også om sjølvmordstankar. Loggen blir lagra i 30 dagar for kvalitetssikring og deretter sletta. Om lag 4 000 samtalar per år er venta.

## Teknisk løysing og ansvar

Kompis Dialog AS leverer chatboten og er databehandlar; språkmodellen kjører i Kompis si norske sky. Kontakt: Ane Kristoffersen, leiar kundeprosjekt, tlf. 938 20 514, ane@kompisdialog.no. Studentane får ikkje kontakt med eit menneske i chatten; ved ord som tyder på krise viser chatboten straks til 113 og legevakt.

## Mottakarar

Ingen utlevering. To tilsette i studenttenesta les anonymiserte utdrag av loggen kvar månad for å forbetre svara.

# 2 Naudsyn og forholdsmessigheit

Vi har vurdert å utvide opningstida for telefon og chat med tilsette, men har ikkje midlar til det. Ein chatbot utan innlogging og med kort lagringstid er det minst inngripande alternativet som gir tilbod heile døgnet. Studentane får informasjon før samtalen startar om at dei snakkar med ein maskin, kva som blir lagra, og at dei ikkje bør skrive namn. Dei kan slette samtalen sjølv med ein knapp. Logg blir ikkje kopla til studentnummer.

# 3 Risikovurdering

| Risiko for studenten | S | K | Tiltak | Rest
| Studenten i krise får feil eller farleg svar | 2 | 4 | Krisefilter, faste svar godkjende av helsesjukepleiar, test med 300 scenario | Høg
| Studenten trur han snakkar med eit menneske eller at nokon følgjer opp | 2 | 3 | Tydeleg informasjon, ingen menneskeleg oppfølging lova | Middels
| Helseopplysningar i logg kan knytast til person | 2 | 4 | Ingen innlogging, IP blir ikkje lagra, 30 dagar | Middels
| Språkmodellen brukar samtalar til trening | 1 | 3 | Kontraktsfesta forbod | Låg

Vurdert, men ikkje gjennomført: menneskeleg overvaking av alle samtalar i sanntid (ressursar); ingen lagring av logg (då kan vi ikkje finne og rette farlege svar).

# 4 Konklusjon

Risikoen for feil svar til studentar i krise er høg også etter tiltak, og høgskulen ber difor om førehandsdrøfting.
"""

CHAT_MINUTES = """
# PROTOKOLL – LEIARMØTET 24.11.2026

~ Til stades: rektor Aslaug Vangsnes, direktør Olav Hesjedal, prorektor Gunnar Bøyum, studiedirektør Berit Hole. Leiar for studenttenesta Knut Aasen møtte i sak 84/26.

## Sak 84/26 DPIA for chatbot i studentvelferda

Leiar for studenttenesta presenterte DPIA-en og resultata frå testen med 300 scenario. Velferdstinget og helsesjukepleiarane har gitt innspel (dei ønskjer tydeleg merking av at det er ein maskin). Personvernombodet sine merknader er innarbeidde.

Vedtak: Leiarmøtet godkjenner vurderinga av personvernkonsekvensar og at høgskulen ber Datatilsynet om førehandsdrøfting. Tenesta skal ikkje opnast før svar ligg føre.

## Sak 85/26 Budsjett 2027 – fordeling

Utsett til neste møte.
"""


def c026() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei

        Vedlagt brev, DPIA og protokoll frå leiarmøtet om chatboten i studentvelferda.

        Solveig
    """)
    msg = message(
        "L026",
        SOLVEIG,
        "Oppmoding om førehandsdrøfting – chatbot studentvelferd (26/02577)",
        when(12, 1, 11, 45),
        body,
        attachments=[
            ("Brev_Datatilsynet_26-02577-3.pdf", letter_pdf(CHAT_LETTER, CHAT_FOOTER, "Brev")),
            ("DPIA_Breheim_Prat_v1.0.pdf", to_pdf(CHAT_DPIA, "DPIA Breheim Prat")),
            ("Protokoll_leiarmotet_2026-11-24.pdf", to_pdf(CHAT_MINUTES, "Protokoll")),
        ],
    )
    return msg, Label(
        "nn",
        (
            "university_college",
            "students",
            "health_data",
            "new_technology_ai",
            "cover_letter_pdf",
            "contact_letter_footer_only",
            "p1_dpo_generic_mailbox_no_phone",
            "processor_contact_in_description",
            "risk_likelihood_consequence",
            "part5_management_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "the letter footer gives the case officer's name, phone and e-mail but the DPO only as «Personvernombodet: personvernombod@hibreheim.no» (no name, no phone; not named anywhere else in this message, the mail has no copy to the DPO) → part 1 missing; the rest is complete (processor contact in the description, risk table, leiarmøte minutes)",
        (1,),
    )


PRAKSIS_DESC = """
# DPIA – videoopptak av simulering og rettleiing i sjukepleiarutdanninga

~ Høgskulen i Breheim, Fakultet for helse · Sak 26/02049 · Versjon 1.1, 19.11.2026

| Rolle | Namn | Telefon | E-post
| Kontaktperson | Ragnhild Berge, instituttleiar sjukepleie | 57 67 62 10 | ragnhild.berge@hibreheim.no
| Personvernombod | Torbjørn Kvamme | 57 67 60 90 | torbjorn.kvamme@hibreheim.no
| Databehandlar | Simvid Nordic AS v/ Jonas Hegge, kundeansvarleg | +47 41 55 72 09 | jonas.hegge@simvid.no

# 1 Skildring av behandlinga

## Formål

Sjukepleiarstudentar skal kunne sjå opptak av eigen praksis saman med rettleiar for å lære av eigne handlingar. Opptaka blir gjort (a) i simuleringssenteret med medstudentar og markørar, og (b) i praksis på sjukeheim og heimeteneste, der reelle pasientar er med.

## Omfang og opplysningar

Om lag 320 studentar per år, 40 rettleiarar, og anslagsvis 250 pasientar i praksis per år. Video og lyd av samhandling med pasient, som kan vise helsetilstand, kropp og heim. Opptaka blir lagra i Simvid-plattforma og sletta 14 dagar etter rettleiingssamtalen. Det blir ikkje laga opptak av stell eller intime situasjonar.

## Kjelder, mottakarar, ansvar

Kjelder er opptaka. Berre studenten og rettleiar ser opptaka. Simvid Nordic AS er databehandlar med drift i Noreg. Praksisstaden (kommunen) er ikkje behandlingsansvarleg for opptaka, men gir løyve til at dei blir gjort. Instituttleiar eig behandlinga.

## Informasjonstryggleik

Opptak på høgskulen sine nettbrett med app som lastar direkte opp til plattforma (ingen lagring på nettbrettet), tofaktor, logg.

# 2 Naudsyn og forholdsmessigheit

Rettleiing basert på at rettleiar har sett studenten sjølv, er hovudmodellen, men rettleiar er berre til stades ein gong i kvar praksisperiode. Studien vår frå 2025 viste at videobasert refleksjon gav klart betre læringsutbyte. Opptak i praksis er berre naudsynt for tre situasjonar (innkomstsamtale, legemiddelhandtering, samtale med pårørande), og berre når pasienten har samtykt skriftleg og er samtykkekompetent. Pasientar kan trekkje samtykket når som helst og få opptaket sletta straks. Pasientane får skriftleg informasjon på bokmål, nynorsk og engelsk, og kontaktinformasjon til instituttet.

# 3 Risikovurdering

Sjå personvernombodet si fråsegn, som inneheld risikovurderinga frå arbeidsmøtet 12. november.

# 4 Leiinga si godkjenning

Sjå utdrag frå Public 360 i e-posten.
"""

PRAKSIS_DPO = """
~ Høgskulen i Breheim · Personvernombodet
~ Til: Dekan, Fakultet for helse
~ Dato: 14.11.2026 · Sak 26/02049-9

# Fråsegn frå personvernombodet – videoopptak i sjukepleiarutdanninga

## Risikovurdering

Eg leidde arbeidsmøtet 12. november med instituttleiar, to praksisrettleiarar, to studentar og ein brukarrepresentant frå eldrerådet i Breheim kommune. Vi vurderte risikoen for pasientane, studentane og pårørande.

| Risiko | Sannsyn | Konsekvens | Tiltak som er sette i verk | Rest
| Pasienten kjenner seg pressa til å seie ja fordi studenten har ansvar for stellet hans | Høg | Høg | Samtykke blir henta av praksisrettleiar, ikkje studenten; eige skjema; nei blir ikkje registrert | Høg
| Pasientar med svingande samtykkekompetanse blir filma | Middels | Høg | Berre pasientar der sjukepleiar på staden stadfestar kompetanse same dag | Middels
| Opptak viser andre pasientar eller tilsette i bakgrunnen | Middels | Middels | Opptak berre på pasientrom med lukka dør | Låg
| Opptak blir delte av studentar (skjermbilete, mobil) | Låg | Høg | Ingen nedlasting, vassmerke, taushetserklæring, reaksjonar | Middels
| Studentar opplever opptaka som vurdering og kontroll | Middels | Middels | Opptaka inngår ikkje i vurderinga | Låg

Tiltak som er vurderte, men ikkje gjennomførte: automatisk sladding av pasientansikt (teknisk ikkje god nok på nettbrett i dag); opptak berre med markørar i simulering (fjernar læringsutbytet frå verkelege situasjonar, som er sjølve formålet).

## Mi vurdering

Risikoen for at pasientar ikkje gir fritt samtykke står att som høg. Eg rår til førehandsdrøfting og til at fakultetet evaluerer samtykkepraksisen etter første semester.

~ Torbjørn Kvamme
~ personvernombod
"""


def c046() -> tuple[EmailMessage, Label]:
    body = txt("""
        Til Datatilsynet

        Oppmoding om førehandsdrøfting – videoopptak av simulering og rettleiing i sjukepleiarutdanninga (sak 26/02049)

        Fakultet for helse ved Høgskulen i Breheim ber om førehandsdrøfting for bruk av videoopptak i praksis, der pasientar blir filma. Vedlagt er DPIA versjon 1.1 og personvernombodet si fråsegn, som inneheld risikovurderinga.

        Leiinga si godkjenning, utdrag frå Public 360:

        Sak 26/02049, dok. 26/02049-11 · Type: N · Dato: 18.11.2026 · Sakshandsamar: Ragnhild Berge
        Tittel: Avgjerd i fakultetsleiinga – DPIA videoopptak i praksis
        Innhald: «Fakultetsleiinga ved Fakultet for helse har i møte 17.11.2026 gått gjennom DPIA for videoopptak i sjukepleiarutdanninga, presentasjonen frå instituttleiar, fråsegna frå personvernombodet og innspela frå praksiskommunane, studentane og eldrerådet i Breheim kommune. Fakultetsleiinga godkjenner vurderinga og vedtek at høgskulen ber Datatilsynet om førehandsdrøfting før opptak i praksis startar. Opptak i simuleringssenteret kan starte.»
        Godkjent av: Liv Hauge, dekan (fullmakt frå rektor, jf. delegeringsreglementet pkt. 4.2)

        Med helsing
        Ragnhild Berge
        instituttleiar, Institutt for sjukepleie
        Høgskulen i Breheim
    """)
    msg = message(
        "L046",
        "Ragnhild Berge <ragnhild.berge@hibreheim.no>",
        "Førehandsdrøfting – videoopptak i praksis, sjukepleie (26/02049)",
        when(11, 25, 14, 20),
        body,
        attachments=[
            ("DPIA_videoopptak_praksis_v1.1.docx", to_docx(PRAKSIS_DESC)),
            (
                "Fraasegn_personvernombodet_26-02049-9.pdf",
                letter_pdf(PRAKSIS_DPO, LA_FOOTER[:1], "Fråsegn"),
            ),
        ],
        cc=DPO,
    )
    return msg, Label(
        "nn",
        (
            "university_college",
            "students",
            "health_data",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "part4_in_dpo_statement",
            "risk_likelihood_consequence",
            "part5_decision_quoted_case_system",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; the DPIA's risk chapter points to the DPO's statement, which holds the risk assessment (likelihood/consequence in words, measures taken, measures not taken and why); approval as the faculty management's decision quoted from Public 360 in the mail body (dean on delegated authority)",
    )
