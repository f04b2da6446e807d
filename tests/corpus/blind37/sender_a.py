# ruff: noqa: E501
"""Sender A: Hovdefjord kommune (municipality, about 9 000 inhabitants), nynorsk.

Habits: the digitalisation adviser writes the mails; the kommune's DPIA template is an ODT with
numbered chapters and a contact table in chapter 1; the rådmann signs covering letters herself
when the matter is sensitive; decisions are quoted from the archive system (Elements) with case
and journal-post numbers. The DPO is shared between three municipalities (Indre Hovde IKT).
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import letter_pdf, photo_pdf, signed_page
from kit import Label, message, quoted, to_docx, to_odt, txt, when

TOPICS = {
    "c001": "digitalt_tilsyn_heimeteneste",
    "c021": "digitalt_tilsyn_heimeteneste",
    "c041": "digitalt_tilsyn_heimeteneste",
    "c002": "kameraovervaking_sentrum",
    "c022": "skuleplattform_aatferd",
    "c042": "kameraovervaking_sentrum",
}

IVAR = "Ivar Nesheim <ivar.nesheim@hovdefjord.kommune.no>"
DPO_CC = "Kjellaug Brekke <personvernombod@indrehovde.no>"
FOOTER = [
    "Hovdefjord kommune · Rådhusvegen 4, 5745 Hovdefjord · Org.nr. 964 118 302",
    "Sentralbord 57 78 40 00 · postmottak@hovdefjord.kommune.no · www.hovdefjord.kommune.no",
]

SIG_IVAR = txt("""
    Med venleg helsing
    Ivar Nesheim
    rådgjevar digitalisering, Stab for organisasjon og digitalisering
    Hovdefjord kommune
    Mob. 913 48 207 | ivar.nesheim@hovdefjord.kommune.no
""")

CONTACT_TABLE = """
| Rolle | Namn | Telefon | E-post
| Behandlingsansvarleg | Hovdefjord kommune v/rådmannen, org.nr. 964 118 302 | 57 78 40 00 | postmottak@hovdefjord.kommune.no
| Kontaktperson | Ivar Nesheim, rådgjevar digitalisering | 913 48 207 | ivar.nesheim@hovdefjord.kommune.no
| Fagansvarleg | Marit Lothe, einingsleiar heimetenesta | 957 12 334 | marit.lothe@hovdefjord.kommune.no
| Personvernombod | Kjellaug Brekke, Indre Hovde IKT (felles for Hovdefjord, Ulvanes og Sande) | +47 482 19 655 | personvernombod@indrehovde.no
| Databehandlar | Tryggheim Velferd AS (org.nr. 921 554 870) v/Petter Solvang, kundeansvarleg | 22 84 61 30 | petter.solvang@tryggheim.no
"""

TILSYN_DESCRIPTION = """
# 2 Skildring av handsaminga

## 2.1 Bakgrunn og formål

Heimetenesta i Hovdefjord gir i dag nattilsyn til om lag 40 heimebuande, av dei 23 med ein demensdiagnose. Tilsynet skjer ved at nattpatruljen (to tilsette på 1 100 km2) køyrer rundt og ser inn til brukarane ein til tre gonger kvar natt. Formålet med digitalt tilsyn er å oppdage fall, uro og at brukaren forlèt bustaden om natta, raskare enn i dag, og samstundes la brukarar som søv trygt få sove utan å bli vekte av at nokon kjem inn.

Vi har vurdert om formålet kan nåast med mindre inngripande middel. Auka fysisk tilsyn er ikkje mogleg med dagens bemanning, og brukarane og pårørande seier sjølve at besøka om natta skaper uro. Sensorar utan kamera (rørslesensor, dørsensor, sengesensor) er difor førstevalet, og om lag 30 av dei 40 brukarane vil berre få sensorar. Kamera (digitalt tilsyn med anonymisert biletvising) blir berre vurdert for brukarar der sensorar åleine gir mange falske alarmar eller der fallrisikoen er særleg høg, og då etter eit individuelt vedtak. Vi meiner difor at kamera er naudsynt for desse få brukarane, og at inngrepet står i rimeleg forhold til formålet fordi kameraet berre viser silhuett (ikkje klart bilete), ikkje tek opp, berre er aktivt kl. 22–07, og berre blir opna ved alarm eller til avtalt tid i vedtaket.

Rettsgrunnlaget er personvernforordninga art. 6 nr. 1 bokstav c og e og art. 9 nr. 2 bokstav h, jf. helse- og omsorgstenestelova § 3-1 og pasientjournallova. For brukarar utan samtykkekompetanse vert tiltaket vurdert etter pasient- og brukarrettslova § 4-6 a, og pårørande og verje skal alltid høyrast før vedtak.

## 2.2 Kven handsaminga gjeld og kva opplysningar

- Brukarar av heimetenesta med vedtak om nattilsyn (om lag 40, av dei høgst 10 med kamera).
- Hendingsdata frå sensorane (tidspunkt, type alarm, rom), biletstraum (silhuett) ved tilsyn, logg over kven som har opna biletet og når.
- Helseopplysningar: diagnose og fallrisiko i vedtaket og i journalen (Profil), ikkje i tilsynsløysinga.
- Pårørande sitt namn og telefonnummer (varsling).

## 2.3 Korleis løysinga verkar

Sensorane og kameraet er kopla til ein tryggleiksboks i bustaden. Alarmar går via Tryggheim sin plattform til nattpatruljen si vaktmobil. Nattpatruljen kan opne biletvisinga frå vaktmobilen i inntil 60 sekund om gongen. Det blir ikkje lagra bilete. Hendingslogg og tilgangslogg blir lagra i 6 månader og deretter sletta automatisk. Brukar og pårørande får skriftleg og munnleg informasjon tilpassa brukaren, skilt på soverommet om at det er kamera, og høve til å be om at kameraet blir slått av heilt. Innsyn i logg blir gitt etter førespurnad til einingsleiar.

## 2.4 Mottakarar, databehandlar og ansvar

Tryggheim Velferd AS er databehandlar og driftar plattforma i datasenter i Noreg. Det er ikkje overføring til land utanfor EØS. Databehandlaravtale er inngått 14.10.2026. Einingsleiar heimetenesta eig tenesta; Indre Hovde IKT har ansvar for vaktmobilane og tilgangsstyringa.

## 2.5 Informasjonstryggleik

Tilgang med personleg innlogging og tofaktor på vaktmobil, rollestyrt tilgang (berre nattpatruljen og sjukepleiar på vakt), kryptert overføring, og månadleg kontroll av tilgangsloggen hos einingsleiar. Ein ROS-analyse for sjølve plattforma vart gjort av Indre Hovde IKT i september 2026.
"""

TILSYN_RISK = """
# 3 Risikovurdering

Risikoen er vurdert for dei registrerte (brukarane), ikkje for kommunen. Sannsyn (S) og konsekvens (K) på skala 1–4. Risikoen er vurdert før og etter tiltak.

| ID | Risiko for den registrerte | S | K | Tiltak gjennomført | S/K etter tiltak
| R1 | Kjensle av å bli overvaka i eigen heim; tap av privatliv på soverommet | 3 | 4 | Berre silhuett, ingen opptak, berre 22–07, skilt, individuelt vedtak | 2/4 (høg)
| R2 | Brukar utan samtykkekompetanse kan ikkje sjølv seie nei eller forstå tiltaket | 3 | 4 | Høyring av pårørande/verje, evaluering kvar 3. månad, vedtak etter pbrl. § 4-6 a | 3/3 (høg)
| R3 | Uvedkomande tilsett opnar biletvisinga | 2 | 3 | Rollestyrt tilgang, 60 s grense, loggkontroll kvar månad | 1/3 (middels)
| R4 | Feil på alarm gjer at fall ikkje blir oppdaga (tillit til tenesta) | 2 | 4 | Test av utstyr ved oppstart og kvar månad, reserveprosedyre ved brot | 1/4 (middels)
| R5 | Tryggleiksbrot hos databehandlar (hendingslogg på avvegar) | 1 | 3 | Databehandlaravtale, kryptering, drift i Noreg | 1/3 (låg)

## 3.1 Tiltak som er vurderte, men ikkje gjennomførte

- Lokal handsaming i tryggleiksboksen utan sky (ikkje tilgjengeleg frå leverandøren før 2028).
- Kamera som berre blir aktivert av alarm, aldri ved avtalt tilsyn: forkasta etter råd frå sjukepleiarane, fordi nokre brukarar treng å bli sett til om dei ligg urolege utan at det går alarm.
- Avidentifisert biletvising utan silhuett (berre varmekart): prøvd i test, men gav for dårleg grunnlag til å vurdere om brukaren har falle.

## 3.2 Samla vurdering

R1 og R2 står att som høg risiko etter tiltak. Det gjeld særleg brukarar med langtkommen demens som ikkje kan gje uttrykk for kva dei meiner om kameraet. Kommunen ønskjer likevel å gjennomføre tiltaket for dei få brukarane det gjeld, fordi alternativet er fleire fysiske tilsyn eller at brukaren må flytte på institusjon tidlegare enn naudsynt. Difor ber vi om førehandsdrøfting.
"""


def c001() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        OPPMODING OM FØREHANDSDRØFTING ETTER PERSONVERNFORORDNINGA ARTIKKEL 36 – DIGITALT TILSYN I HEIMETENESTA

        Hovdefjord kommune planlegg å ta i bruk digitalt nattilsyn (sensorar og kamera med silhuettvising) for heimebuande brukarar med demens. Vi har gjennomført ei vurdering av personvernkonsekvensar (DPIA), sjå vedlegg. Etter tiltaka står to risikoar framleis att som høge, særleg for brukarar som ikkje har samtykkekompetanse, og vi ber difor om førehandsdrøfting før vi startar piloten.

        DPIA-en skal opp i leiargruppa til rådmannen 9. november. Vedtaket/protokollen vert ettersendt så snart han ligg føre.

        Kontaktpersonar hos kommunen, personvernombodet og databehandlaren står i kapittel 1 i DPIA-en. Personvernombodet får kopi av denne e-posten.

        Vedlegg: DPIA digitalt tilsyn v1.0 (odt)
    """)
        + "\n"
        + SIG_IVAR
    )
    dpia = f"""
# Vurdering av personvernkonsekvensar (DPIA) – digitalt tilsyn i heimetenesta

~ Versjon 1.0, 2. november 2026
~ Eining: Heimetenesta, Helse og omsorg
~ Arkivsak: 26/1187

# 1 Kontaktinformasjon

{CONTACT_TABLE}

{TILSYN_DESCRIPTION}

{TILSYN_RISK.replace("| 3/3 (høg)", "| 2/3 (høg)")}

# 4 Godkjenning

Skal handsamast i leiargruppa 09.11.2026.

| Dato | Namn | Funksjon | Merknad
| | | |
"""
    msg = message(
        "L001",
        IVAR,
        "Oppmoding om førehandsdrøfting – digitalt tilsyn i heimetenesta",
        when(11, 3, 14, 12),
        body,
        attachments=[("DPIA_digitalt_tilsyn_v1.0.odt", to_odt(dpia))],
        cc=DPO_CC,
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "health_data",
            "cover_letter_body",
            "odt",
            "headings_numbered",
            "contact_dpia_table",
            "processor_contact_table",
            "part3_inside_description",
            "risk_likelihood_consequence",
            "part5_will_follow",
            "signoff_table_empty",
        ),
        "pgp_mime",
        True,
        "used",
        "first request, later replaced by L021; contacts, DPO and the processor in chapter 1's table; necessity and proportionality argued inside 2.1/2.3 of the description chapter (no own heading, labelled present); part 5 missing: the management group meets 9 November, «Vedtaket/protokollen vert ettersendt», and the DPIA's approval table is empty",
        (5,),
    )


def c021() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        KORRIGERT VERSJON – erstattar oppmodinga om førehandsdrøfting vi sende 3. november (digitalt tilsyn i heimetenesta)

        Vi sender her heile oppmodinga på nytt. Ho erstattar e-posten vår frå 3. november, som de kan sjå bort frå. Endringane er:

        - Følgjebrev frå rådmannen med godkjenninga frå leiargruppa 9. november (vedlegg 1). Dette var det vi lova å ettersende.
        - DPIA versjon 1.1 (vedlegg 2): R2 i risikotabellen hadde feil sannsyn etter tiltak (stod 2, skal vere 3), og kapittel 4 Godkjenning er fylt ut.

        Kontaktpersonane er dei same som før og står i kapittel 1 i DPIA-en.
    """)
        + "\n"
        + SIG_IVAR
    )
    letter = """
~ Hovdefjord kommune
~ Rådmannen

~ Datatilsynet
~ Postboks 458 Sentrum
~ 0105 Oslo

~ Vår ref.: 26/1187-11
~ Dato: 11.11.2026

# Oppmoding om førehandsdrøfting – digitalt tilsyn i heimetenesta

Hovdefjord kommune ber om førehandsdrøfting etter personvernforordninga artikkel 36 for digitalt nattilsyn med sensorar og kamera for heimebuande med demens. Vurderinga av personvernkonsekvensar (DPIA) versjon 1.1 følgjer vedlagt.

Eg har gått gjennom vurderinga saman med leiargruppa i møte 9. november 2026 (sak 61/26). Leiargruppa har gått gjennom funna og dei to høge restrisikoane (R1 og R2), innspela frå personvernombodet, tillitsvalde i helse og omsorg og eldrerådet, og kva alternativ kommunen har. Eg godkjenner vurderinga og har avgjort at kommunen skal be Datatilsynet om førehandsdrøfting før piloten startar.

Avgjerda er registrert i Elements slik:

| Sak/jp. | Dokumenttype | Tittel | Avgjort av | Dato
| 26/1187-9 | X (internt notat utan oppfølging) | Avgjerd: DPIA digitalt tilsyn godkjend – oppmoding om førehandsdrøfting | Sigrun Øvrebø, rådmann | 09.11.2026

Kontaktperson i saka er Ivar Nesheim, som også har telefon og e-post i kapittel 1 i DPIA-en.

Med helsing

~ Sigrun Øvrebø
~ rådmann

Dokumentet er elektronisk godkjent og har difor ikkje handskriven signatur.
"""
    dpia = f"""
# Vurdering av personvernkonsekvensar (DPIA) – digitalt tilsyn i heimetenesta

~ Versjon 1.1, 10. november 2026 (erstattar versjon 1.0 av 2. november)
~ Eining: Heimetenesta, Helse og omsorg
~ Arkivsak: 26/1187

# 1 Kontaktinformasjon

{CONTACT_TABLE}

{TILSYN_DESCRIPTION}

{TILSYN_RISK.replace("| 3/3 (høg)", "| 3/3 (høg) – retta i v1.1")}

# 4 Godkjenning

| Dato | Namn | Funksjon | Merknad
| 09.11.2026 | Sigrun Øvrebø | rådmann | Godkjend i leiargruppa sak 61/26, sjå følgjebrev 11.11.2026 og Elements jp. 26/1187-9
"""
    msg = message(
        "L021",
        IVAR,
        "KORRIGERT VERSJON: Oppmoding om førehandsdrøfting – digitalt tilsyn (erstattar den vi sende 3. november)",
        when(11, 12, 9, 47),
        body,
        attachments=[
            ("Vedlegg1_Folgjebrev_radmannen_signert.pdf", letter_pdf(letter, FOOTER, "Følgjebrev")),
            ("Vedlegg2_DPIA_digitalt_tilsyn_v1.1.odt", to_odt(dpia)),
        ],
        cc=DPO_CC,
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "health_data",
            "resend_corrected_full",
            "replaces_earlier_message",
            "odt",
            "headings_numbered",
            "contact_dpia_table",
            "processor_contact_table",
            "part3_inside_description",
            "risk_likelihood_consequence",
            "part5_ceo_sentence_cover_letter",
            "part5_decision_quoted_case_system",
            "letter_footer",
        ),
        "none",
        True,
        "used",
        "corrected full resend of L001 («erstattar den vi sende 3. november»); part 5 is the rådmann's own sentence in the covering letter she signed (went through findings, restrisk, stakeholders, decided) plus the Elements journal post quoted; contacts in the DPIA's chapter 1 table; N&P inside the description chapter",
    )


def c041() -> tuple[EmailMessage, Label]:
    earlier = txt("""
        Fra: Ivar Nesheim
        Sendt: torsdag 12. november 2026 09:47
        Til: postkasse@datatilsynet.no
        Kopi: Kjellaug Brekke
        Emne: KORRIGERT VERSJON: Oppmoding om førehandsdrøfting – digitalt tilsyn (erstattar den vi sende 3. november)

        Til Datatilsynet

        KORRIGERT VERSJON – erstattar oppmodinga om førehandsdrøfting vi sende 3. november (digitalt tilsyn i heimetenesta)

        Vi sender her heile oppmodinga på nytt. [...]
    """)
    body = txt("""
        Hei

        Eg skriv på vegner av Ivar Nesheim, som er i permisjon denne veka.

        Vi sende oppmoding om førehandsdrøfting for digitalt tilsyn i heimetenesta 3. november og ein korrigert versjon 12. november (sjå under). Vi fekk automatisk svar på begge, men har ikkje fått saksnummer eller anna stadfesting på at saka er registrert.

        Kan de stadfeste at oppmodinga er motteken og komplett, og seie noko om kva tid vi kan vente svar? Vi har planlagt oppstart av piloten 1. februar, og leverandøren treng beskjed før jul om vi skal halde på den datoen.

        Med venleg helsing
        Marit Lothe
        einingsleiar heimetenesta
        Hovdefjord kommune
        tlf 957 12 334

    """) + quoted(earlier)
    msg = message(
        "L041",
        "Marit Lothe <marit.lothe@hovdefjord.kommune.no>",
        "SV: KORRIGERT VERSJON: Oppmoding om førehandsdrøfting – digitalt tilsyn – kva er status?",
        when(12, 14, 10, 5),
        body,
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "nonrequest_status_query",
            "refers_to_earlier_messages",
            "quoted_earlier_mail",
            "contact_signature",
        ),
        "none",
        False,
        "unspecified",
        "status query about L001/L021 (asks for confirmation and expected reply time); quotes only the head of the earlier mail, no attachments; parts labelled as they are: no DPO contact, nothing of parts 2–5",
        (1, 2, 3, 4, 5),
    )


KAMERA_DESCRIPTION = """
# Vedlegg 1 – Systematisk skildring av kameraovervaking i Hovdefjord sentrum

~ Hovdefjord kommune, arkivsak 26/2210
~ Utarbeidd av Ivar Nesheim og Geir Straume (eigedomssjef), november 2026

## 1 Formål og bakgrunn

Kommunen vil kameraovervake tre avgrensa område i sentrum: skysstasjonen (venterom og busslomme), gangtunnelen under fylkesvegen og inngangspartiet til kulturhuset. Formålet er å førebyggje og oppklare vald, truslar og hærverk, og å gje politiet betre grunnlag for å etterforske saker. I 2025 og 2026 er det meldt 31 hendingar med vald eller truslar på desse stadene, dei fleste fredag og laurdag kveld.

## 2 Omfang og kven som blir filma

| Stad | Tal kamera | Område | Tid med opptak
| Skysstasjonen | 4 | Venterom, billettautomat, busslomme | Heile døgnet
| Gangtunnelen | 2 | Tunnelen og trappene ned | Heile døgnet
| Kulturhuset | 2 | Inngangsparti og sykkelstativ | Kl. 18–06

Dei registrerte er alle som ferdast på stadene: reisande, ungdom som samlast i tunnelen, tilsette og publikum på kulturhuset. Det er rekna med fleire tusen passeringar i veka. Kamera filmar ikkje inn i bustader eller forretningar; vindauge og inngangar til naboeigedomar er maskerte i biletet.

## 3 Opplysningar, lagring og sletting

Bilete (ingen lyd). Opptak blir lagra i 7 dagar og deretter automatisk overskrivne. Det blir ikkje brukt ansiktsgjenkjenning eller anna analyse. Utlevering berre til politiet etter skriftleg førespurnad, med logg.

## 4 Mottakarar og databehandlar

Vaktnor AS er databehandlar og driftar opptakarane og kameraplattforma (server i eigen rigg hos Indre Hovde IKT, fjernstyring frå Vaktnor si driftssentral i Bergen). Kontakt: Line Haugsvær, kontraktsansvarleg, tlf. 55 20 93 10, line.haugsvaer@vaktnor.no. Databehandlaravtale er inngått (KS-malen). Mottakar av utlevert opptak er Vest politidistrikt.

## 5 Tilgang og ansvar

Eigedomssjefen er ansvarleg for ordninga. Berre to namngjevne tilsette i eigedomsavdelinga og vakthavande hos Vaktnor kan sjå opptak, og berre etter ei meldt hending. Det er ingen sanntidsovervaking. Alle oppslag blir logga og kontrollerte kvar månad av personvernombodet.

## 6 Informasjonstryggleik

Kamera på eige nett utan tilkopling til internett, kryptert opptak, tofaktor for innlogging, fysisk sikra rack. Skilt ved alle innganger til området med informasjon om behandlingsansvarleg, formål og kontaktinformasjon.
"""

KAMERA_MEMO = """
# NOTAT

~ Til: Hovdefjord kommune v/ Ivar Nesheim
~ Frå: Sikra Rådgjeving AS v/ Rune Aske, seniorrådgjevar personvern
~ Dato: 13.11.2026
~ Emne: Vurdering av risiko for dei registrerte – kameraovervaking i Hovdefjord sentrum

## Bakgrunn

Kommunen har bede oss vurdere risikoen for dei registrerte sine rettar og fridomar ved den planlagde kameraovervakinga, som del av kommunen si DPIA. Vi har vore på synfaring 6. november og gått gjennom kameraplan, skildring (vedlegg 1) og utkast til databehandlaravtale. Metode: sannsyn (S) og konsekvens (K) på skala 1–4, risiko = S × K, der 8 eller meir er høg.

## Risikobilete

| Nr | Risiko for den registrerte | S | K | Før | Tiltak gjennomført | Etter
| 1 | Kjensla av å bli overvaka endrar korleis ungdom og andre brukar sentrum (nedkjølingseffekt, fridom til å samlast) | 3 | 3 | 9 | Avgrensa til tre stader, skilt, ingen sanntid, ingen lyd | 9
| 2 | Opptak blir brukte til anna enn formålet (t.d. kontroll av tilsette på kulturhuset eller "uro" utan straffbart forhold) | 2 | 3 | 6 | Skriftleg formålsavgrensing, berre innsyn etter meldt hending, logg | 3
| 3 | Personar i sårbare situasjonar (rus, psykisk helse, heimlause som søkjer ly i tunnelen) blir filma over tid | 3 | 3 | 9 | Maskering av nisjen ved trappa, 7 dagars lagring | 8
| 4 | Urettmessig tilgang eller lekkasje av opptak | 2 | 4 | 8 | Lukka nett, tofaktor, logg, kontroll hos personvernombodet | 4
| 5 | Manglande høve til innsyn i opptak av seg sjølv | 2 | 2 | 4 | Rutine for innsyn med sladding av andre | 2

## Tiltak som er vurderte, men ikkje gjennomførte

- Lagringstid 48 timar: ikkje gjennomført fordi politiet opplyser at hendingar frå helga ofte blir melde tysdag eller onsdag.
- Opptak berre kveld og natt i gangtunnelen: ikkje gjennomført fordi fleire av hendingane i tunnelen skjedde på ettermiddagen (skuleveg).
- Automatisk sladding (blurring) av alle ansikt i lagra opptak, med opning berre ved utlevering: teknisk mogleg, men leverandøren kan ikkje levere det før 2027, og kostnaden er ikkje dekt i budsjettet for 2027.

## Vår vurdering

Risiko 1 og 3 er framleis høge etter tiltak. Dei rammar grupper som har lite høve til å velje andre stader å vere, og nedkjølingseffekten på offentleg rom vert ikkje mindre av tekniske tiltak. Risiko 2, 4 og 5 er tilfredsstillande handterte. Vi rår kommunen til å vurdere automatisk sladding på nytt i 2027, og til å evaluere ordninga etter eitt år med tal på hendingar og utleveringar.

~ Rune Aske
~ Sikra Rådgjeving AS · tlf. 901 22 845 · rune.aske@sikra.no
"""

KAMERA_DPO = """
~ Indre Hovde IKT · Personvernombodet
~ Hovdefjord kommune v/ rådmannen
~ Dato: 16.11.2026

# Fråsegn frå personvernombodet – kameraovervaking i Hovdefjord sentrum

Eg har vore med i arbeidet med DPIA-en for kameraovervaking i sentrum frå oppstartsmøtet 15. oktober. Eg har lese skildringa (vedlegg 1) og notatet frå Sikra Rådgjeving (vedlegg 2).

Skildringa er god, og eg er samd i at tiltaket er avgrensa så langt det er mogleg utan å miste formålet. Eg er samd med konsulenten i at risiko 1 (nedkjølingseffekt) og 3 (sårbare grupper) står att som høge. Etter mitt syn bør kommunen difor be Datatilsynet om førehandsdrøfting før kamera vert sette i drift. Eg rår òg til at kommunen legg fram ei evaluering for kommunestyret etter eitt år.

Eg vil føre tilsyn med tilgangsloggen kvar månad, som skildra i punkt 5.

~ Kjellaug Brekke
~ personvernombod for Hovdefjord, Ulvanes og Sande
"""

KAMERA_DPO_FOOTER = [
    "Indre Hovde IKT – Personvernombodet · Kjellaug Brekke · tlf. +47 482 19 655 · personvernombod@indrehovde.no",
    "Postadresse: Postboks 40, 5745 Hovdefjord",
]


def c002() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        Oppmoding om førehandsdrøfting – kameraovervaking i Hovdefjord sentrum (vår ref. 26/2210)

        Hovdefjord kommune ber om førehandsdrøfting etter personvernforordninga art. 36 før vi set i gang kameraovervaking på skysstasjonen, i gangtunnelen under fylkesvegen og ved inngangen til kulturhuset. Skildringa av behandlinga ligg i vedlegg 1, risikovurderinga er gjort av Sikra Rådgjeving AS (vedlegg 2), og personvernombodet si fråsegn ligg i vedlegg 3.

        Kvifor vi meiner kamera er naudsynt og forholdsmessig
        Sidan 2024 har vi prøvd betre lys i tunnelen, vektarrunde fredag og laurdag kveld, og ungdomskontakt (natteravnar) i helgane. Talet på hendingar har likevel auka, og politiet har lagt bort 11 av 14 saker i 2026 på grunn av manglande bevis. Vi har vurdert å filme berre om natta og berre i tunnelen, men hendingane fordeler seg over døgnet og på alle tre stadene. Kamera er difor det einaste tiltaket vi ser som kan gje politiet grunnlag for etterforsking. For å halde inngrepet så lite som mogleg har vi valt: ingen sanntidsovervaking, ingen lyd, ingen analyse eller ansiktsgjenkjenning, 7 dagars lagring, maskering av naboeigedomar og av nisjen der heimlause søkjer ly, og innsyn berre etter ei meldt hending. Dei registrerte får informasjon på skilt ved alle innganger og på kommunen si nettside, med namn og telefon til kontaktperson. Innsyn i opptak av ein sjølv blir gitt med sladding av andre, og kommunen vil evaluere ordninga etter eitt år.

        Kontaktinformasjon
        Kontaktperson: Ivar Nesheim, rådgjevar digitalisering, tlf. 913 48 207, ivar.nesheim@hovdefjord.kommune.no
        Personvernombod: Kjellaug Brekke, Indre Hovde IKT, tlf. +47 482 19 655, personvernombod@indrehovde.no
        Databehandlar: Vaktnor AS v/ Line Haugsvær, tlf. 55 20 93 10, line.haugsvaer@vaktnor.no

        Godkjenning i leiinga
        Rådmannen si leiargruppe handsama DPIA-en 17. november. Utdrag frå Elements:

        Sak 26/2210, journalpost 26/2210-6, dokumenttype N (notat), dato 18.11.2026
        Tittel: Avgjerd – DPIA kameraovervaking sentrum
        Avgjerd: «Rådmannen godkjenner vurderinga av personvernkonsekvensar for kameraovervaking på skysstasjonen, i gangtunnelen og ved kulturhuset, etter gjennomgang i leiargruppa 17.11.2026 av funna, notatet frå Sikra Rådgjeving og fråsegna frå personvernombodet. Innspel frå ungdomsrådet og Vest politidistrikt er tekne med. Restrisiko 1 og 3 er høg. Kommunen ber Datatilsynet om førehandsdrøfting før oppstart.»
        Avgjort av: Sigrun Øvrebø, rådmann

        Vedlegg
        1 Systematisk skildring (docx)
        2 Notat frå Sikra Rådgjeving AS – risikovurdering (pdf)
        3 Fråsegn frå personvernombodet (pdf)
    """)
        + "\n"
        + SIG_IVAR
    )
    msg = message(
        "L002",
        IVAR,
        "Oppmoding om førehandsdrøfting – kameraovervaking i sentrum (26/2210)",
        when(11, 19, 13, 30),
        body,
        attachments=[
            ("Vedlegg1_Skildring_kameraovervaking.docx", to_docx(KAMERA_DESCRIPTION)),
            (
                "Vedlegg2_Notat_Sikra_risikovurdering.pdf",
                letter_pdf(
                    KAMERA_MEMO,
                    ["Sikra Rådgjeving AS · Strandkaien 12, 5013 Bergen · org.nr. 917 402 118"],
                    "Notat",
                ),
            ),
            (
                "Vedlegg3_Fraasegn_personvernombodet.pdf",
                letter_pdf(KAMERA_DPO, KAMERA_DPO_FOOTER, "Fråsegn"),
            ),
        ],
        cc=DPO_CC,
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "public_space_cameras",
            "parts_spread_body_and_three_attachments",
            "contact_body_lines",
            "processor_contact_in_description",
            "part3_in_cover_letter",
            "part4_consultant_memo",
            "dpo_statement",
            "risk_likelihood_consequence",
            "part5_decision_quoted_case_system",
            "letter_footer",
        ),
        "pgp_mime",
        True,
        "used",
        "complete but spread: contacts and necessity/proportionality (with safeguards) in the mail body, description in vedlegg 1, risk assessment in the consultant's memo (vedlegg 2, with measures not taken and why), DPO's statement in vedlegg 3 (DPO contact also in its footer), management approval quoted from Elements in the body",
    )


def c022() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei igjen

        I e-posten vår i går ettermiddag (oppmoding om førehandsdrøfting – skuleplattform med åtferdsregistrering, sak 26/2034) gløymde vi vedlegg 3, særutskrifta frå leiargruppa. Beklagar det! Her kjem ho.

        Vedlegg 1 (DPIA), 2 (risikoanalyse) og 4 (databehandlaravtale med Skulekvardag AS) låg ved e-posten i går, så dei sender vi ikkje på nytt.

        Helsing
        Håkon Ytre-Eide
        kommunalsjef oppvekst
        Hovdefjord kommune
        57 78 41 20 / hakon.ytre-eide@hovdefjord.kommune.no
    """)
    page = txt("""
        HOVDEFJORD KOMMUNE
        SÆRUTSKRIFT

        Utval: Rådmannen si leiargruppe
        Møtedato: 23.11.2026
        Sak: 68/26   Arkivsak: 26/2034

        DPIA – skuleplattform med registrering av åtferd og fråvær (Skulekvardag)

        Saksutgreiinga var lagd fram i møtet av kommunalsjef oppvekst. Personvernombodet var til stades under saka.

        Vedtak:
        1. Leiargruppa har gått gjennom vurderinga av personvernkonsekvensar for ny skuleplattform, med funn, restrisiko og innspel frå FAU-leiarane, Utdanningsforbundet og personvernombodet.
        2. Leiargruppa godkjenner vurderinga. To risikoar står att som høge.
        3. Kommunen ber Datatilsynet om førehandsdrøfting før plattforma vert teken i bruk for åtferdsregistrering.

        Rett utskrift:
        Hovdefjord, 24.11.2026
    """)
    scan = photo_pdf([signed_page(page, ["Sigrun Øvrebø, rådmann"], seed=2022)])
    msg = message(
        "L022",
        "Håkon Ytre-Eide <hakon.ytre-eide@hovdefjord.kommune.no>",
        "Vedlegg 3 som mangla – førehandsdrøfting skuleplattform (26/2034)",
        when(11, 26, 8, 14),
        body,
        attachments=[("Vedlegg3_Saerutskrift_leiargruppa_68-26.pdf", scan)],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "children",
            "supplement_forgotten_attachment",
            "refers_to_earlier_messages",
            "image_only_pdf",
            "part5_scanned_extract",
            "contact_signature",
        ),
        "none",
        True,
        "used",
        "«vi gløymde vedlegg 3»: this message holds only the scanned særutskrift (part 5 present: review, stakeholders, decision, signed); labelled as what THIS message holds: 1 missing (no DPO contact, processor Skulekvardag AS named without contact), 2/3/4 missing (the DPIA and risk analysis were sent the day before and are not repeated; the særutskrift only mentions «to risikoar står att som høge»)",
        (1, 2, 3, 4),
    )


def c042() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Vi viser til oppmodinga vår om førehandsdrøfting for kameraovervaking i Hovdefjord sentrum, sendt 19. november (vår ref. 26/2210).

        Formannskapet spurde i møtet sitt i går om kommunen kan setje opp kamera og starte opptak i gangtunnelen no før jul, medan de handsamar saka. Bakgrunnen er to nye valdshendingar i tunnelen i november. Vi har to spørsmål:

        1. Kan kommunen starte behandlinga før Datatilsynet har svart, viss vi avgrensar ho til gangtunnelen og kortare lagringstid?
        2. Viss de ikkje har svart innan åtte veker, kan vi då rekne med at vi kan setje i gang?

        Vi treng ikkje eit formelt svar, ein telefon går fint.
    """)
        + "\n"
        + SIG_IVAR
    )
    msg = message(
        "L042",
        IVAR,
        "Spørsmål om oppstart før svar – kameraovervaking sentrum (26/2210)",
        when(12, 9, 15, 40),
        body,
    )
    return msg, Label(
        "nn",
        ("municipality", "nonrequest_question", "refers_to_earlier_messages", "contact_signature"),
        "none",
        False,
        "unspecified",
        "question about L002 (may the kommune start before the authority has answered; what if eight weeks pass), no documents; parts labelled as they are: contact person in the signature but no DPO, nothing of parts 2–5",
        (1, 2, 3, 4, 5),
    )
