# ruff: noqa: E501
"""Sender B: Lauvhaugen Barnehagar AS, a kindergarten chain in Vestland (nn).

Habits: DPIAs written in LibreOffice (ODT) with questions as headings; contacts as label–value
lines with org number and address; management approval as a decision letter («Avgjerd») from the
managing director on letterhead; an external DPO firm.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import letter_pdf
from kit import Label, message, to_odt, txt, when

FROM = "Marit Skjerdal Hope <marit.hope@lauvhaugen.no>"
FOOT = [
    "Lauvhaugen Barnehagar AS · Postboks 84, 6801 Førde · Org.nr. 918 204 557 · post@lauvhaugen.no · 57 72 10 00"
]
TOPICS = {
    "c003": "photo_documentation_app",
    "c023": "sleep_sensors",
    "c043": "gps_trips_question",
    "c004": "development_observation",
    "c024": "gate_cameras",
    "c044": "parent_translation",
}


def contacts(processor: str, dpo_phone: str = "412 77 015") -> str:
    return f"""
~ Behandlingsansvarleg: Lauvhaugen Barnehagar AS
Org.nr.: 918 204 557
Adresse: Postboks 84, 6801 Førde (besøk: Hafstadvegen 22)
Kontaktperson: Marit Skjerdal Hope, fagleiar kvalitet og personvern
Telefon: 957 31 206
E-post: marit.hope@lauvhaugen.no
Personvernombod: Eirik Sande, Personvernkontoret Vest AS
Telefon: {dpo_phone}
E-post: eirik.sande@personvernkontoret.no
{processor}
"""


def sign(extra: str = "") -> str:
    return txt(
        f"""
        Venleg helsing
        Marit Skjerdal Hope
        fagleiar kvalitet og personvern
        Lauvhaugen Barnehagar AS{extra}
        """
    )


def avgjerd(ref: str, day: str, what: str, points: str) -> bytes:
    return letter_pdf(
        f"""
# AVGJERD FRÅ DAGLEG LEIAR

Vår ref.: {ref}    Dato: {day}

Til: Fagleiar kvalitet og personvern

## {what}

{points}

Knut Arne Førde
dagleg leiar

(Dokumentet er godkjent elektronisk i kvalitetssystemet og har difor ikkje handskriven signatur.)
""",
        FOOT,
        title="Avgjerd frå dagleg leiar",
    )


def c003() -> tuple[EmailMessage, Label]:
    doc = f"""
# Personvernkonsekvensvurdering: bilete og video i foreldreappen Kvardag

Lauvhaugen Barnehagar AS, versjon 1.2, november 2026

# Kven er kontaktpersonar?

{contacts("Databehandlar: Kvardag Digital AS, Ole Petter Nes, kundeansvarleg, telefon 934 56 120, e-post olepetter@kvardag.no")}

# Kva skal vi gjere, og korleis?

Dei tilsette i våre 31 barnehagar skal ta bilete og korte videoar av borna i leik og læring og dele dei med foreldra i appen Kvardag. Bileta blir også brukte til pedagogisk dokumentasjon (mapper for kvart barn) og i planlegging. Omfang: om lag 2 300 born 1–6 år og 4 400 føresette. Kjelder: tilsette (foto med barnehagen sine nettbrett). Mottakarar: barnet sine føresette; bilete der fleire born er med, blir berre delte med føresette som har samtykt for alle born på biletet. Kvardag Digital AS er databehandlar og lagrar i Noreg. Bilete blir sletta eitt år etter at barnet sluttar.

# Kvifor er det naudsynt, og står det i høve til føremålet?

Pedagogisk dokumentasjon følgjer av rammeplanen for barnehagen. Deling med foreldre byggjer på samtykke (artikkel 6 nr. 1 bokstav a), som kan trekkjast tilbake i appen. Vi har vurdert å berre bruke tekst, men foreldre og tilsette meiner bilete gjev eit betre samarbeid. Vi har avgrensa:
- ingen bilete i bleieskift, kvilerom, ved toalett eller i sårbare situasjonar;
- ingen bilete av born med hemmeleg adresse (eige flagg i appen stoppar deling);
- foreldre kan ikkje laste ned bilete der andre born er med;
- føresette får innsyn i alt som er lagra om sitt barn via appen.

# Kva kan gå gale for borna og foreldra?

| Risiko | Sannsyn | Konsekvens | Tiltak | Restrisiko
| Bilete av born med hemmeleg adresse blir delte | Låg | Svært høg | Flagg i appen, opplæring, kontroll ved opptak | Middels
| Foreldre tek skjermbilete og deler i sosiale medium | Høg | Middels | Informasjon, vassmerke, avtale med foreldre | Høg
| Bilete blir brukte til andre føremål (marknadsføring) | Låg | Middels | Rutine, tilgangsstyring | Låg
| Born blir fotograferte mot sin vilje | Middels | Middels | Borna blir spurde, tilsette respekterer nei | Låg

Vurdert, men ikkje gjennomført: å hindre skjermbilete teknisk (ikkje mogleg på alle telefonar); å slutte med bilete av fleire born saman (vil gjere dokumentasjonen mykje dårlegare).

# Kven har godkjent vurderinga?

Dagleg leiar har godkjent vurderinga i avgjerd 2026/118 (vedlagd). Samla restrisiko er høg for deling av bilete utanfor appen, og vi ber difor om førehandsdrøfting.
"""
    letter = avgjerd(
        "2026/118",
        "2. november 2026",
        "Godkjenning av personvernkonsekvensvurdering – bilete og video i Kvardag",
        """Eg har gått gjennom personvernkonsekvensvurderinga versjon 1.2, referat frå møtet med samarbeidsutvala 14.10.2026 og fråsegna frå personvernombodet av 28.10.2026. Vurderinga vart også drøfta i leiarmøtet for styrarane 21.10.2026.

Avgjerd: Vurderinga er godkjend. Restrisikoen for at bilete blir spreidde av andre enn barnehagen er høg. Fagleiar kvalitet og personvern skal be Datatilsynet om førehandsdrøfting. Deling av bilete med fleire born held fram på dagens nivå inntil svar ligg føre.""",
    )
    body = (
        txt(
            """
            Til Datatilsynet

            Lauvhaugen Barnehagar AS ber om førehandsdrøfting etter personvernforordninga artikkel 36 for bruk av bilete og video i foreldreappen Kvardag.

            Vedlagt:
            - Personvernkonsekvensvurdering (odt)
            - Avgjerd frå dagleg leiar 2026/118
            """
        )
        + "\n"
        + sign("\nTlf. 957 31 206")
    )
    msg = message(
        "N003",
        FROM,
        "Førehandsdrøfting – bilete og video i foreldreappen",
        when(11, 2, 12, 40),
        body,
        attachments=[
            ("PKV_Kvardag_bilete_v1.2.odt", to_odt(doc)),
            ("Avgjerd_2026-118.pdf", letter),
        ],
    )
    return msg, Label(
        "nn",
        (
            "kindergarten",
            "children",
            "odt",
            "questions_as_headings",
            "contact_label_value_lines",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_letter_pdf",
        ),
        "none",
        True,
        "used",
        "complete: label–value contacts with DPO and processor in the ODT; necessity and limits; risk table with residual risk and measures not taken; MD's decision letter approving the assessment",
    )


def c023() -> tuple[EmailMessage, Label]:
    doc = f"""
# Personvernkonsekvensvurdering: søvnsensorar på kvilerommet

Lauvhaugen Barnehagar AS, versjon 1.0

# Kven er kontaktpersonar?

{contacts("Databehandlar: Sovetrygg AS, Linn Aarvik, dagleg leiar, telefon 902 11 448, e-post linn@sovetrygg.no", dpo_phone="")}

# Kva skal vi gjere, og korleis?

Vi vil prøve ut sensorar under madrassane i kvilerommet for born under 2 år i seks barnehagar. Sensoren måler pust og rørsle og varslar tilsett på nettbrett dersom barnet ikkje pustar normalt eller ligg på magen. Måledata blir lagra i 30 dagar hos Sovetrygg AS (databehandlar, server i Sverige), knytt til namnet på barnet. Om lag 180 born. Føresette kan sjå kor lenge barnet har sove i appen.

# Kvifor er det naudsynt, og står det i høve til føremålet?

Føremålet er tryggleik under søvn. I dag går tilsette runde kvart 10. minutt. Sensorane skal kome i tillegg, ikkje i staden for. Behandlinga byggjer på samtykke frå føresette; born som ikkje har samtykke, søv som før. Vi har vurdert sensor utan lagring (berre alarm), men leverandøren krev lagring for å kunne feilsøkje. Vi har avgrensa lagringstida til 30 dagar og tilgangen til styrar og pedagogisk leiar.

# Kva kan gå gale for borna og foreldra?

| Risiko | Sannsyn | Konsekvens | Tiltak | Restrisiko
| Helseopplysningar (pust, søvnmønster) blir brukte til å vurdere barnet | Middels | Høg | Ingen rapportar utover søvnlengd; data ikkje i barnemappa | Middels
| Tilsette stoler på alarmen og går sjeldnare rundar | Middels | Svært høg | Rutine for rundar held fram, kontroll | Middels
| Data blir tilgjengelege for leverandøren til produktutvikling | Låg | Middels | Avtale, sletting etter 30 dagar | Låg
| Samtykke er ikkje reelt fordi foreldre føler press | Middels | Låg | Tydeleg informasjon om at det er frivillig | Låg

Ikkje gjennomført: pseudonymisering av barnet i løysinga (leverandøren støttar det ikkje i dag).

# Kven har godkjent vurderinga?

Dagleg leiar har godkjent vurderinga, sjå avgjerd 2026/131.
"""
    letter = avgjerd(
        "2026/131",
        "10. november 2026",
        "Godkjenning av personvernkonsekvensvurdering – søvnsensorar",
        """Vurderinga versjon 1.0 vart lagd fram i leiarmøtet 4.11.2026 saman med innspel frå foreldrerepresentantar i samarbeidsutvala og fråsegn frå personvernombodet.

Avgjerd: Eg godkjenner vurderinga. Utprøvinga kan ikkje starte før Datatilsynet har svart på førehandsdrøftinga.""",
    )
    body = (
        txt(
            """
            Hei

            Vedlagt er personvernkonsekvensvurdering og avgjerd frå dagleg leiar for utprøving av søvnsensorar på kvilerommet. Vi ber om førehandsdrøfting.

            Personvernombodet vårt, Eirik Sande, er i kopi.
            """
        )
        + "\n"
        + sign()
    )
    msg = message(
        "N023",
        FROM,
        "Førehandsdrøfting søvnsensorar",
        when(11, 11, 9, 5),
        body,
        attachments=[
            ("PKV_sovnsensorar.odt", to_odt(doc)),
            ("Avgjerd_2026-131.pdf", letter),
        ],
        cc="Eirik Sande <eirik.sande@personvernkontoret.no>",
    )
    return msg, Label(
        "nn",
        (
            "kindergarten",
            "children",
            "health_data",
            "home_sensors",
            "odt",
            "questions_as_headings",
            "contact_label_value_lines",
            "processor_contact_in_dpia_text",
            "p1_dpo_no_phone",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_letter_pdf",
        ),
        "none",
        True,
        "used",
        "the DPO's phone line is empty in the contact block and nowhere else (he is only copied by address); the contact person's own signature has no phone but the block has it; other parts present",
        (1,),
    )


def c043() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei

        Vi har eit spørsmål før vi går vidare med ei sak.

        Fleire av barnehagane våre ønskjer å gje borna ein liten GPS-sendar (klips på jakka) når dei er på tur i skog og fjære, slik at dei tilsette kan sjå kvar borna er dersom nokon kjem bort frå gruppa. Posisjonen skal berre visast på tur og ikkje lagrast etterpå. Foreldra vil bli spurde om samtykke.

        Spørsmålet vårt er om dette er noko vi må be om førehandsdrøfting for, eller om det held at vi gjer ei eiga vurdering. Vi har ikkje laga personvernkonsekvensvurdering enno, og vil gjerne vite kva som er venta av oss før vi set i gang.

        Vi har lese rettleiaren dykkar om førehandsdrøfting, men er usikre på om dette er «høg risiko».
        """
        )
        + "\n"
        + sign("\nTlf. 957 31 206\nmarit.hope@lauvhaugen.no")
    )
    msg = message(
        "N043",
        FROM,
        "Spørsmål om GPS på tur – treng vi førehandsdrøfting?",
        when(11, 20, 15, 12),
        body,
    )
    return msg, Label(
        "nn",
        (
            "kindergarten",
            "children",
            "location_tracking",
            "nonrequest_question",
            "all_in_body",
            "signature_no_dpo",
        ),
        "none",
        False,
        "unspecified",
        "a question whether a consultation is needed; no DPIA exists yet; the signature gives contact person with phone and e-mail but no DPO",
        (1, 2, 3, 4, 5),
    )


def c004() -> tuple[EmailMessage, Label]:
    doc = f"""
# Personvernkonsekvensvurdering: digitalt observasjonsverktøy og deling med PPT

Lauvhaugen Barnehagar AS, versjon 2.0, oktober 2026

# Kven er kontaktpersonar?

{contacts("Databehandlar: Spire Pedagogikk AS, Helge Rasdal, personvernansvarleg, telefon 911 03 562, e-post helge.rasdal@spirepedagogikk.no")}

# Kva skal vi gjere, og korleis?

Barnehagane skal ta i bruk eit digitalt verktøy for observasjon av språk, motorikk og sosial utvikling (Spire Observasjon). Pedagogane registrerer observasjonar om kvart barn to gonger i året, og verktøyet lagar ein utviklingsprofil med farge (grøn, gul, raud) per område. Ved gul eller raud profil kan barnehagen, med samtykke frå føresette, dele profilen digitalt med pedagogisk-psykologisk teneste (PPT) i kommunen. Alle born 2–6 år, om lag 1 900. Spire Pedagogikk AS er databehandlar og driftar løysinga i Noreg.

# Kvifor er det naudsynt, og står det i høve til føremålet?

Barnehagelova § 37 pålegg oss å sørgje for at born som treng det, får tidleg hjelp. I dag blir observasjonar gjort på papir og ofte ikkje følgde opp. Vi har vurdert å berre observere born pedagogane er uroa for, men det gjev stor variasjon og kan stigmatisere. Difor alle born, men med desse garantiane:
- føresette får sjå profilen og kan kome med merknader før noko blir delt;
- deling med PPT berre med skriftleg samtykke frå føresette;
- profilane blir sletta når barnet sluttar, og blir ikkje sende til skulen utan nytt samtykke;
- ingen automatiske avgjerder: fargen er eit hjelpemiddel for pedagogen.

# Kva kan gå gale for borna og foreldra?

| Risiko | Sannsyn | Konsekvens | Tiltak | Restrisiko
| Barnet blir stempla tidleg ut frå ein raud profil | Middels | Høg | Pedagogisk vurdering i tillegg, foreldresamtale, ingen deling utan samtykke | Middels
| Feil observasjonar fordi skjemaet er dårleg tilpassa fleirspråklege born | Høg | Høg | Eige opplegg for fleirspråklege, opplæring | Middels
| Uvedkomande tilsette ser profilar for born i andre avdelingar | Middels | Middels | Tilgang per avdeling, logg | Låg
| Profilen følgjer barnet til skulen | Låg | Høg | Sletting ved slutt, ingen automatisk overføring | Låg

Vurdert, ikkje gjennomført: å fjerne fargekodane heilt (pedagogane treng ein tydeleg markering); å la foreldra fylle ut eit eige skjema i appen (vert vurdert i 2027).

# Kven har godkjent vurderinga?

Vurderinga vart behandla i leiarmøtet 16.9.2026 og på nytt 21.10.2026 etter innspel frå PPT og foreldra. Dagleg leiar godkjende vurderinga i avgjerd 2026/109 (vedlagd).
"""
    letter = avgjerd(
        "2026/109",
        "23. oktober 2026",
        "Godkjenning – digitalt observasjonsverktøy og deling med PPT",
        """Saka har vore i leiarmøtet to gonger (16.9. og 21.10.2026). Samandrag av funn: risikoen for stigmatisering og for feilvurdering av fleirspråklege born er framleis høg etter tiltak. Innspel frå PPT, foreldrerepresentantane og Utdanningsforbundet er tekne med i versjon 2.0.

Avgjerd: Personvernkonsekvensvurderinga versjon 2.0 er godkjend. Vi ber om førehandsdrøfting hos Datatilsynet før verktøyet blir teke i bruk.""",
    )
    body = (
        txt(
            """
            Til Datatilsynet

            Vedlagt ligg anmodning om førehandsdrøfting for Lauvhaugen Barnehagar AS sitt digitale observasjonsverktøy og deling med PPT: personvernkonsekvensvurdering versjon 2.0 og avgjerd frå dagleg leiar.

            Vi sender krypert fordi vurderinga omtalar born med særskilde behov på eit overordna nivå.
            """
        )
        + "\n"
        + sign()
    )
    msg = message(
        "N004",
        FROM,
        "Anmodning om førehandsdrøfting – observasjonsverktøy",
        when(11, 5, 10, 21),
        body,
        attachments=[
            ("PKV_observasjonsverktoy_v2.0.odt", to_odt(doc)),
            ("Avgjerd_2026-109.pdf", letter),
        ],
    )
    return msg, Label(
        "nn",
        (
            "kindergarten",
            "children",
            "profiling",
            "odt",
            "questions_as_headings",
            "contact_label_value_lines",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_letter_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: contacts with DPO and processor; necessity with guarantees for children and parents; risk table; MD's decision letter after two management meetings",
    )


def c024() -> tuple[EmailMessage, Label]:
    doc = f"""
# Personvernkonsekvensvurdering: kamera ved porten

Lauvhaugen Barnehagar AS, versjon 0.9

# Kven er kontaktpersonar?

{contacts("Databehandlar: Portvakt Sikring AS, Terje Myklebust, prosjektleiar, telefon 917 22 640, e-post terje@portvakt.no")}

# Kva skal vi gjere, og korleis?

Etter to hendingar der born har gått ut av porten utan at nokon såg det, og ei hending med ein forelder som ikkje hadde lov å hente, vil vi setje opp kamera ved porten i fire barnehagar. Kameraet filmar portområdet i opningstida, og biletet blir vist på ein skjerm på kjøkkenet. Opptak blir lagra i 72 timar. Portvakt Sikring AS driftar løysinga.

# Kvifor er det naudsynt, og står det i høve til føremålet?

Føremålet er tryggleik for borna. Vi har vurdert port med kodelås (gjennomført i to barnehagar, men hindrar ikkje at ukjende vaksne kjem inn med andre), og fleire vaksne ute (ikkje mogleg med dagens bemanning). Kameraet er retta berre mot porten, ikkje mot leikeområdet. Skilting ved porten; informasjon til foreldre og tilsette; innsyn i opptak etter førespurnad.

# Kva kan gå gale for borna og foreldra?

| Risiko | Sannsyn | Konsekvens | Tiltak | Restrisiko
| Opptak av born i konfliktar om foreldreansvar blir utleverte | Middels | Høg | Utlevering berre til politiet | Middels
| Kameraet blir brukt til å kontrollere tilsette | Middels | Middels | Avtale med tillitsvalde, ingen opptak av leikeområdet | Låg
| Forbipasserande blir filma | Høg | Låg | Maskering av fortau | Låg

Vurdert, ikkje gjennomført: berre direktebilete utan opptak (opptak trengst for å kunne vise politiet ved bortføring).

# Kven har godkjent vurderinga?

Vurderinga skal opp i leiarmøtet 8. desember. Avgjerd frå dagleg leiar blir send så snart ho ligg føre.
"""
    body = (
        txt(
            """
            Hei

            Vi sender no personvernkonsekvensvurderinga for kamera ved porten, slik at de har henne. Vi ber om førehandsdrøfting.

            Vurderinga er ikkje godkjend av leiinga enno – ho skal opp i leiarmøtet 8. desember, og vi ettersender avgjerda frå dagleg leiar etter det.
            """
        )
        + "\n"
        + sign()
    )
    msg = message(
        "N024",
        FROM,
        "Førehandsdrøfting – kamera ved porten (avgjerd kjem)",
        when(11, 17, 8, 48),
        body,
        attachments=[("PKV_kamera_porten_v0.9.odt", to_odt(doc))],
    )
    return msg, Label(
        "nn",
        (
            "kindergarten",
            "children",
            "cctv",
            "odt",
            "questions_as_headings",
            "contact_label_value_lines",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_will_follow",
        ),
        "none",
        True,
        "used",
        "ordinary deferral: the management meeting is on 8 December and the MD's decision will follow; parts 1–4 present",
        (5,),
    )


def c044() -> tuple[EmailMessage, Label]:
    doc = f"""
# Personvernkonsekvensvurdering: maskinomsetjing i foreldresamtalar og meldingar

Lauvhaugen Barnehagar AS, versjon 1.0, november 2026

# Kven er kontaktpersonar?

{contacts("Databehandlar: Tolkeflyt AS, Ingvild Rønning, kundeansvarleg, telefon 469 30 811, e-post ingvild.ronning@tolkeflyt.no")}

# Kva skal vi gjere, og korleis?

Om lag 22 prosent av foreldra i barnehagane våre har eit anna morsmål enn norsk. Vi vil bruke maskinomsetjing av meldingar i foreldreappen og tale-til-tale-omsetjing i korte samtalar ved henting og levering. Kvardagssamtalar blir omsette direkte på nettbrett; lyd blir ikkje lagra. Foreldresamtalar, samtalar om uro for barnet og samtalar med barnevernet skal framleis ha kvalifisert tolk. Tolkeflyt AS er databehandlar; tenesta køyrer i EU (Irland), og tekst blir sletta etter 24 timar.

# Kvifor er det naudsynt, og står det i høve til føremålet?

Føremålet er at alle foreldre skal få same informasjon. I dag blir beskjedar ofte ikkje forstått. Kvalifisert tolk til kvardagsbeskjedar er ikkje realistisk. Garantiar: foreldra vel sjølv om dei vil ha omsetjing; tilsette får opplæring i kva som ikkje skal omsetjast maskinelt (helse, uro, konfliktar); foreldra kan be om tolk når som helst; innsyn i meldingar i appen.

# Kva kan gå gale for borna og foreldra?

| Risiko | Sannsyn | Konsekvens | Tiltak | Restrisiko
| Feilomsetjing gjev misforståingar om barnet (t.d. medisin, allergi) | Middels | Høg | Helse og allergi berre skriftleg på norsk og med tolk | Middels
| Sensitive samtalar blir omsette maskinelt i strid med rutinen | Middels | Høg | Opplæring, rutine, stikkprøver | Middels
| Tekst blir brukt til å trene modellen | Låg | Middels | Avtale med forbod, sletting 24 t | Låg
| Foreldre opplever at dei blir sortert etter språk | Låg | Låg | Frivillig ordning | Låg

Vurdert, ikkje gjennomført: lokal omsetjing på nettbrettet (for dårleg kvalitet på somali og tigrinja i dag).

# Kven har godkjent vurderinga?

Dagleg leiar godkjende vurderinga 16.11.2026, sjå vedlagd avgjerd.
"""
    letter = avgjerd(
        "2026/137",
        "16. november 2026",
        "Godkjenning – maskinomsetjing i foreldrekommunikasjon",
        """Leiarmøtet drøfta vurderinga 11.11.2026. Innspel frå foreldreutvalet i to barnehagar og frå personvernombodet er tekne inn. Restrisikoen for feil i viktige beskjedar er vurdert som høg.

Avgjerd: Vurderinga er godkjend, og vi ber om førehandsdrøfting. Tenesta blir ikkje teken i bruk før svar ligg føre.""",
    )
    body = (
        txt(
            """
            Til Datatilsynet

            Lauvhaugen Barnehagar AS ber om førehandsdrøfting for bruk av maskinomsetjing i kommunikasjonen med foreldre. Personvernkonsekvensvurdering og avgjerd frå dagleg leiar er vedlagde.
            """
        )
        + "\n"
        + sign()
    )
    msg = message(
        "N044",
        FROM,
        "Førehandsdrøfting – maskinomsetjing for foreldre",
        when(11, 25, 13, 30),
        body,
        attachments=[
            ("PKV_maskinomsetjing.odt", to_odt(doc)),
            ("Avgjerd_2026-137.pdf", letter),
        ],
    )
    return msg, Label(
        "nn",
        (
            "kindergarten",
            "children",
            "new_technology_ai",
            "odt",
            "questions_as_headings",
            "contact_label_value_lines",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_letter_pdf",
        ),
        "none",
        True,
        "used",
        "complete: contacts, limits and guarantees, risk table, MD's decision letter",
    )
