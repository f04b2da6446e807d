# ruff: noqa: E501
"""Sender E: Barnevernstenesta i Midtre Sunnfjord, an inter-municipal child welfare service (nn).

Habits: no DPIA template of its own – plain «notat» documents with numbered chapters in nynorsk;
contact details written in prose in the covering letter or mail; management approval as a print
from the case system (Elements) of the decision by the child welfare manager and the host
municipality's chief executive; the project leader writes careful, long mails.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_pdf, txt, when

FROM = "Solveig Rygg Nesheim <solveig.nesheim@barnevern-ms.no>"
SIGN = txt(
    """
    Med helsing

    Solveig Rygg Nesheim
    fagleiar / prosjektleiar digitalisering
    Barnevernstenesta i Midtre Sunnfjord
    """
)
CONTACT = txt(
    """
    Kontaktperson for saka er underteikna, Solveig Rygg Nesheim, som kan nåast på telefon 976 12 305 eller solveig.nesheim@barnevern-ms.no. Personvernombodet for samarbeidet er Arne Lothe, telefon 57 65 40 18, e-post personvernombod@vikoy.kommune.no.
    """
)
TOPICS = {
    "c009": "youth_chat",
    "c029": "report_triage_tool",
    "c049": "conversation_recording",
    "c010": "foster_home_portal",
    "c030": "emergency_gps_watch",
    "c050": "ai_case_summaries",
}


def elements(jp: str, date: str, title: str, text: str) -> bytes:
    return to_pdf(
        f"""
Elements – utskrift av journalpost

| Sak | Journalpost | Dokumentdato | Dokumenttype | Tilgangskode
| 2026/{jp.split("-")[0]} | {jp} | {date} | Notat – vedtak | Offl. § 13, jf. fvl. § 13

Tittel: {title}

Avsendar: Barnevernleiar Gunhild Sæterdal
Mottakar: Kommunedirektøren i Vikøy kommune (vertskommune)

{text}

Godkjent i Elements av: Gunhild Sæterdal, barnevernleiar ({date}) og Jostein Kvamme, kommunedirektør i vertskommunen ({date}). Dokumentet er elektronisk godkjent og har difor ingen handskrivne underskrifter.
""",
        title="Utskrift frå Elements",
    )


def c009() -> tuple[EmailMessage, Label]:
    doc = """
# Notat: Vurdering av personvernkonsekvensar – chat med ungdom i barnevernet

Barnevernstenesta i Midtre Sunnfjord, oktober 2026

# 1 Innleiing og kontaktpersonar

Behandlingsansvarleg er Barnevernstenesta i Midtre Sunnfjord (interkommunalt samarbeid med Vikøy kommune som vertskommune, org.nr. 964 968 317). Kontaktperson er Solveig Rygg Nesheim, tlf. 976 12 305, solveig.nesheim@barnevern-ms.no. Personvernombod er Arne Lothe, tlf. 57 65 40 18, personvernombod@vikoy.kommune.no. Databehandlar er Samtalerom AS ved dagleg leiar Per Magne Tufte, tlf. 951 40 672, per.magne@samtalerom.no.

# 2 Kva behandlinga går ut på

Ungdom 13–23 år som har tiltak frå barnevernet (om lag 140) skal kunne chatte med kontaktpersonen sin i barnevernet i ein app frå Samtalerom AS, i staden for SMS og Messenger som blir brukt i dag. Meldingane kan innehalde opplysningar om helse, rus, sjølvskading, familiekonfliktar og straffbare forhold. Viktige meldingar blir journalførte i fagsystemet av sakshandsamar; resten blir sletta etter 90 dagar. Appen har innlogging med BankID (eller engangskode for dei under 15 år). Løysinga er driven i Noreg.

# 3 Naudsyn og forholdsmessigheit

Barnevernet har plikt til å medverke til at barn og unge får uttale seg og blir høyrde (barnevernslova § 1-4). Ungdommane ønskjer å skrive meir enn å ringje. I dag skjer det på private kanalar utan kontroll. Chatten er difor eit personvernfremjande tiltak samanlikna med i dag. Vi har avgrensa:
- berre ungdom som sjølv ønskjer det, får tilgang; dei kan seie nei utan at det påverkar tiltaket;
- foreldre får ikkje innsyn i chatten via appen; innsynskrav blir handsama etter barnevernslova;
- ungdommen får informasjon tilpassa alder, og kan sjå og laste ned sine eigne meldingar;
- tilsette svarar berre i arbeidstid; ungdommen blir vist til akutte tenester utanom.

# 4 Risikovurdering

| Risiko for ungdommen | Sannsyn | Konsekvens | Tiltak | Restrisiko
| Foreldre eller andre får tilgang til ungdommen sin telefon og les chatten | Høg | Svært høg | Eiga PIN-kode i appen, ingen varsel med innhald | Høg
| Ungdom skriv om sjølvmordstankar utanfor arbeidstid og får ikkje svar | Middels | Svært høg | Automatisk svar med akuttnummer, tydeleg informasjon | Middels
| Tilsette les chat med ungdom dei ikkje har ansvar for | Låg | Høg | Tilgang berre for kontaktperson og leiar, logg | Låg
| Leverandøren får tilgang til innhald | Låg | Høg | Ende-til-ende-kryptering ikkje mogleg (journalføring); avtale og logg | Middels

Vurdert, men ikkje gjennomført: ende-til-ende-kryptering (hindrar journalføring og leiar sin tilgang ved fråvær); opning døgnet rundt (ikkje ressursar).

# 5 Leiinga si godkjenning

Sjå utskrift frå Elements, journalpost 14-22.
"""
    decision = elements(
        "14-22",
        "28.10.2026",
        "Godkjenning av personvernkonsekvensvurdering – chat med ungdom",
        """Saka har vore drøfta i leiargruppa i barnevernstenesta 23.9. og 21.10.2026. Samandrag: Chatten er betre enn dagens bruk av private kanalar, men restrisikoen for at andre les ungdommen sin chat er høg. Ungdomsrådet i barnevernet og Forandringsfabrikken sin lokale gruppe har gjeve innspel, og personvernombodet har uttalt seg.

Vedtak: Vurderinga av personvernkonsekvensar er godkjend. Barnevernstenesta ber Datatilsynet om førehandsdrøfting før chatten blir teken i bruk.""",
    )
    body = (
        txt(
            """
        Til Datatilsynet

        Barnevernstenesta i Midtre Sunnfjord ber om førehandsdrøfting etter personvernforordninga artikkel 36 for bruk av chat mellom ungdom og kontaktpersonar i barnevernet.

        Vedlagt ligg vurderinga av personvernkonsekvensar og utskrift frå Elements med godkjenninga frå barnevernleiar og kommunedirektør i vertskommunen.
        """
        )
        + "\n"
        + CONTACT
        + "\n"
        + SIGN
    )
    msg = message(
        "N009",
        FROM,
        "Førehandsdrøfting – chat med ungdom i barnevernet",
        when(11, 5, 14, 2),
        body,
        attachments=[
            ("Notat_PKV_chat_ungdom.pdf", to_pdf(doc)),
            ("Elements_journalpost_14-22.pdf", decision),
        ],
    )
    return msg, Label(
        "nn",
        (
            "child_welfare",
            "children",
            "health_data",
            "no_template_memo",
            "headings_numbered",
            "contact_prose",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_quoted_case_system",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: contacts in prose (mail and memo) incl. processor; necessity with limits for the youths; risk table with residual risk; Elements print of the approval",
    )


def c029() -> tuple[EmailMessage, Label]:
    doc = """
# Notat: Vurdering av personvernkonsekvensar – verktøy for prioritering av bekymringsmeldingar

Barnevernstenesta i Midtre Sunnfjord, november 2026

# 1 Kontaktpersonar

Sjå følgjebrevet.

# 2 Kva behandlinga går ut på

Barnevernstenesta får om lag 900 bekymringsmeldingar i året. Vi vil ta i bruk eit verktøy frå Fagsystem Nord AS (databehandlar) som les meldinga og opplysningar frå fagsystemet om tidlegare meldingar på same barn og sysken, og føreslår ei hastegrad (A, B eller C). Sakshandsamar tek alltid endeleg avgjerd om hastegrad og om meldinga skal undersøkjast. Verktøyet brukar tekstanalyse og ein regelmotor. Opplysningar om barn, foreldre og andre i meldinga, også helse, rus og straffbare forhold.

# 3 Naudsyn og forholdsmessigheit

Ikkje gjennomført. Vi har ikkje hatt kapasitet til å skrive dette kapittelet før fristen i prosjektet. Det vil bli gjort i samband med pilotevalueringa.

# 4 Risikovurdering

| Risiko | Sannsyn | Konsekvens | Tiltak | Restrisiko
| Hastegrad blir feil, og eit barn i fare får vente | Middels | Svært høg | Sakshandsamar vurderer alle meldingar; daglig gjennomgang av C-meldingar | Høg
| Verktøyet vektlegg tidlegare meldingar og rammar familiar som har vore i barnevernet før | Høg | Høg | Ingen vekt på meldingar eldre enn 5 år; kvartalsvis kontroll | Middels
| Familiar får ikkje vite at verktøyet er brukt | Middels | Middels | Informasjon i brev om undersøking | Låg
| Leverandøren brukar data til å trene modellen for andre kundar | Låg | Høg | Avtale med forbod, revisjon | Låg

Vurdert, ikkje gjennomført: å la verktøyet berre sortere på type melding utan historikk (gav dårlegare treff i testen).

# 5 Leiinga si godkjenning

Sjå utskrift frå Elements.
"""
    decision = elements(
        "31-7",
        "6.11.2026",
        "Godkjenning av personvernkonsekvensvurdering – prioritering av bekymringsmeldingar",
        """Leiargruppa drøfta vurderinga 2.11.2026. Personvernombodet har uttalt at naudsynsvurderinga må vere på plass før verktøyet blir teke i bruk. Restrisikoen for at barn i fare blir nedprioriterte, er høg.

Vedtak: Vurderinga er godkjend for innsending til Datatilsynet med sikte på førehandsdrøfting. Verktøyet skal ikkje brukast i reelle saker før svar ligg føre.""",
    )
    body = (
        txt(
            """
        Til Datatilsynet

        Vi ber om førehandsdrøfting for eit verktøy som skal gje forslag til hastegrad for bekymringsmeldingar. Vurderinga av personvernkonsekvensar og godkjenninga frå leiinga ligg ved.

        Vi gjer merksam på at kapittel 3 om naudsyn og forholdsmessigheit ikkje er ferdig. Vi vil gjerne ha dialog med dykk tidleg, og sender difor det vi har.

        Databehandlar er Fagsystem Nord AS; kontaktperson der er Rune Østrem, tlf. 482 61 930, rune.ostrem@fagsystemnord.no.
        """
        )
        + "\n"
        + CONTACT
        + "\n"
        + SIGN
    )
    msg = message(
        "N029",
        FROM,
        "Førehandsdrøfting – prioritering av bekymringsmeldingar",
        when(11, 12, 15, 31),
        body,
        attachments=[
            ("Notat_PKV_prioritering_meldingar.pdf", to_pdf(doc)),
            ("Elements_journalpost_31-7.pdf", decision),
        ],
    )
    return msg, Label(
        "nn",
        (
            "child_welfare",
            "children",
            "profiling",
            "new_technology_ai",
            "no_template_memo",
            "headings_numbered",
            "contact_prose",
            "processor_contact_in_body",
            "part_not_done",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_quoted_case_system",
        ),
        "none",
        True,
        "used",
        "chapter 3 says «Ikkje gjennomført» and the mail confirms it is not finished; contacts (incl. processor) in the mail, risk table and Elements approval are there",
        (3,),
    )


def c049() -> tuple[EmailMessage, Label]:
    doc = """
# Vurdering av personvernkonsekvensar – videoopptak av samtalar med barn

Barnevernstenesta i Midtre Sunnfjord

# 1 Bakgrunn og kontaktpersonar

Kontaktpersonar: sjå e-posten. Databehandlar er Opptak Trygt AS, kontakt Gro Eide, tlf. 415 66 302, gro.eide@opptaktrygt.no.

# 2 Beskriving av behandlinga

I undersøkingssaker og ved oppfølging av barn i fosterheim har barnevernet samtalar med barnet. I dag skriv sakshandsamar referat etterpå. Vi vil, når barnet og sakshandsamaren meiner det er til beste for barnet, ta opp samtalen på video i samtalerommet vårt, slik at barnet sine eigne ord blir dokumenterte korrekt og barnet slepp å fortelje det same fleire gonger. Opptaka blir lagra i ein eigen modul i fagsystemet (Opptak Trygt AS er databehandlar og driftar modulen i Noreg), med tilgang for sakshandsamar og leiar. Om lag 150 opptak i året. Barn frå 7 år.

# 3 Naudsyn og forholdsmessigheit

Heimel i barnevernslova § 12-1 (dokumentasjonsplikt) og § 1-4 (barnet sin rett til medverknad). Alternativet er skriftleg referat, som framleis er hovudregelen. Opptak krev at barnet seier ja etter alderstilpassa informasjon, og barnet kan be om at opptaket blir stoppa når som helst. Foreldre som part får innsyn etter forvaltningslova, men barnevernet vurderer om innsyn i opptaket må avgrensast av omsyn til barnet (§ 12-5). Opptak blir ikkje utlevert til andre utan avgjerd frå barnevernleiar.

# 4 Risikovurdering

| Risiko | Sannsyn | Konsekvens | Tiltak | Restrisiko
| Barnet seier ja fordi det opplever press | Middels | Høg | Samtale utan foreldre, rett til å stoppe, ny vurdering kvar gong | Middels
| Foreldre krev innsyn og barnet blir utsett for reaksjonar | Middels | Svært høg | Innsynsvurdering etter § 12-5, berre referat ved risiko | Høg
| Opptak kjem på avveie ved utlevering til domstol eller politi | Låg | Svært høg | Kryptert overføring, logg | Middels
| Opptaket blir brukt til anna enn dokumentasjon (opplæring) | Låg | Middels | Forbod i rutine | Låg

Vurdert, ikkje gjennomført: berre lydopptak (gjev mindre god dokumentasjon av små born sine reaksjonar; vurdert på nytt etter eitt år); automatisk transkribering (ikkje naudsynt).

# 5 Leiinga si godkjenning

Leiinga har godkjent vurderinga, sjå vedtaket som er gjengitt i e-posten.
"""
    body = (
        txt(
            """
        Til Datatilsynet

        Barnevernstenesta i Midtre Sunnfjord ber om førehandsdrøfting for videoopptak av samtalar med barn. Vurderinga av personvernkonsekvensar ligg ved som Word-fil.

        Utdrag frå Elements, sak 2026/44, journalpost 44-9, datert 13.11.2026:
        «Tittel: Godkjenning av vurdering av personvernkonsekvensar – videoopptak av samtalar med barn.
        Saka har vore i leiargruppa 26.10. og 9.11.2026, med innspel frå ungdomsrådet, tillitsvalde og personvernombodet. Restrisikoen ved innsyn for foreldre er høg.
        Vedtak: Vurderinga er godkjend. Tenesta ber Datatilsynet om førehandsdrøfting.
        Godkjent i Elements av Gunhild Sæterdal, barnevernleiar, og Jostein Kvamme, kommunedirektør i vertskommunen, 13.11.2026.»
        """
        )
        + "\n"
        + CONTACT
        + "\n"
        + SIGN
    )
    msg = message(
        "N049",
        FROM,
        "Førehandsdrøfting: videoopptak av samtalar med barn",
        when(11, 19, 10, 44),
        body,
        attachments=[("PKV_videoopptak_samtalar.docx", to_docx(doc))],
    )
    return msg, Label(
        "nn",
        (
            "child_welfare",
            "children",
            "video_recording",
            "dpia_report_docx",
            "headings_numbered",
            "contact_prose",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_quoted_case_system",
        ),
        "none",
        True,
        "used",
        "complete: contacts in prose in the mail, processor in the DPIA; necessity with safeguards for the child; risk table; Elements decision quoted in the body",
    )


def c010() -> tuple[EmailMessage, Label]:
    doc = """
# Notat: Vurdering av personvernkonsekvensar – fosterheimsportal

Barnevernstenesta i Midtre Sunnfjord, versjon 2

# 1 Kontaktpersonar

Kontaktperson: Solveig Rygg Nesheim, tlf. 976 12 305, solveig.nesheim@barnevern-ms.no. Personvernombod: Arne Lothe, tlf. 57 65 40 18, personvernombod@vikoy.kommune.no. Databehandlar: Portalhuset AS, kontaktperson Maren Vollen, tlf. 936 22 015, maren.vollen@portalhuset.no.

# 2 Kva behandlinga går ut på

Fosterheimane (om lag 85) skal få tilgang til ein portal der barnevernet deler nødvendig informasjon om barnet: helseopplysningar, skule, samvær med foreldre, avtalar og kontaktinformasjon. Fosterforeldre skal rapportere om samvær og hendingar i portalen i staden for på e-post. Portalhuset AS er databehandlar og driftar portalen i Noreg. Innlogging med BankID. Biologiske foreldre har ikkje tilgang.

# 3 Naudsyn og forholdsmessigheit

Fosterheimane treng opplysningar for å gje barnet god omsorg (barnevernslova § 9-2 og fosterheimsforskrifta). I dag blir opplysningar sende på e-post og SMS, med fleire avvik i 2025. Portalen avgrensar informasjonen til det fosterheimen treng; opplysningar om foreldra (t.d. rus, psykiatri) blir ikkje delte utan særskild vurdering. Barn over 12 år blir spurde om kva dei vil at fosterheimen skal vite. Barnet og foreldra blir informerte om portalen; innsyn i logg over kven som har sett opplysningane.

# 4 Risikovurdering

| Risiko | Sannsyn | Konsekvens | Tiltak | Restrisiko
| Skjult adresse for barnet blir kjend for biologiske foreldre via fosterheimen | Låg | Svært høg | Eige flagg, ingen adresse i dokument som fosterheimen kan dele | Middels
| Fosterheimen får meir informasjon enn nødvendig | Middels | Høg | Malar per informasjonstype, godkjenning av leiar | Middels
| Tidlegare fosterheim beheld tilgang etter flytting | Middels | Høg | Automatisk stenging ved avslutta oppdrag | Låg
| Barnet si stemme blir ikkje høyrd om deling | Middels | Middels | Samtale med barnet, dokumentert | Låg

Vurdert, ikkje gjennomført: tilgang for biologiske foreldre til samværsrapportar i same portal (vil bli vurdert separat).

# 5 Leiinga si godkjenning

Sjå utskrift frå Elements, journalpost 9-15.
"""
    decision = elements(
        "9-15",
        "15.10.2026",
        "Godkjenning av personvernkonsekvensvurdering – fosterheimsportal",
        """Første handsaming i leiargruppa 7.9.2026; revidert vurdering handsama 12.10.2026. Innspel frå Norsk Fosterheimsforening lokalt, ungdomsrådet og personvernombodet. Restrisikoen for at skjult adresse blir kjend, er vurdert som høg for enkeltbarn.

Vedtak: Vurderinga (versjon 2) er godkjend. Barnevernstenesta ber om førehandsdrøfting hos Datatilsynet.""",
    )
    body = (
        txt(
            """
        Til Datatilsynet

        Barnevernstenesta i Midtre Sunnfjord ber om førehandsdrøfting for ein fosterheimsportal. Vedlagt følgjer vurderinga av personvernkonsekvensar (versjon 2) og utskrift av vedtaket frå Elements.
        """
        )
        + "\n"
        + CONTACT
        + "\n"
        + SIGN
    )
    msg = message(
        "N010",
        FROM,
        "Førehandsdrøfting – fosterheimsportal",
        when(11, 6, 9, 12),
        body,
        attachments=[
            ("Notat_PKV_fosterheimsportal_v2.pdf", to_pdf(doc)),
            ("Elements_journalpost_9-15.pdf", decision),
        ],
    )
    return msg, Label(
        "nn",
        (
            "child_welfare",
            "children",
            "health_data",
            "no_template_memo",
            "headings_numbered",
            "contact_prose",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_quoted_case_system",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: prose contacts in memo and mail; necessity with limits; risk table; Elements print after two management treatments",
    )


def c030() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Til Datatilsynet

        FØREHANDSDRØFTING – GPS-KLOKKE FOR UNGDOM I AKUTTPLASSERING

        Barnevernstenesta i Midtre Sunnfjord ber om førehandsdrøfting. Vi har skrive vurderinga direkte i denne e-posten, slik at alt ligg samla.

        KONTAKTPERSONAR
        Kontaktperson: Solveig Rygg Nesheim, tlf. 976 12 305, solveig.nesheim@barnevern-ms.no.
        Personvernombod: Arne Lothe, tlf. 57 65 40 18, personvernombod@vikoy.kommune.no.
        Databehandlar: Trygglokk AS.

        KVA BEHANDLINGA GÅR UT PÅ
        Ungdom 13–17 år som er akuttplasserte i beredskapsheim, og som tidlegare har rømt og vore i alvorleg fare (rus, utnytting), skal kunne få tilbod om ei GPS-klokke. Posisjonen blir ikkje følgd løpande. Beredskapsheimen kan sjå posisjonen berre når ungdommen er meld sakna, eller når ungdommen sjølv trykkjer på alarmknappen. Trygglokk AS lagrar posisjonar i 48 timar. Om lag 10–15 ungdommar i året.

        NAUDSYN OG FORHOLDSMESSIGHEIT
        Tiltaket er frivillig og krev samtykke frå ungdommen; det blir ikkje brukt som tvangstiltak. Alternativa er hyppigare telefonkontakt (blir gjort) og melding til politiet ved rømming (blir gjort uansett). Klokka gjev ein raskare veg til hjelp. Ungdommen kan ta av klokka og seie frå seg tilbodet når som helst utan konsekvensar. Informasjon munnleg og skriftleg, og ungdommen får sjå loggen over oppslag.

        RISIKOVURDERING
        1) Ungdommen opplever samtykket som press (sannsyn middels, konsekvens høg). Tiltak: samtale med kontaktperson utan beredskapsheimen til stades. Restrisiko middels.
        2) Beredskapsheimen ser posisjon utan at ungdommen er sakna (sannsyn middels, konsekvens høg). Tiltak: teknisk sperre, logg som barnevernet går gjennom kvar veke. Restrisiko låg.
        3) Posisjonar blir brukte som bevis i andre saker (sannsyn låg, konsekvens høg). Tiltak: sletting etter 48 timar. Restrisiko låg.
        Vurdert, ikkje gjennomført: løpande sporing (uforholdsmessig).

        LEIINGA SI GODKJENNING
        Vurderinga er handsama i leiargruppa 2.11. og 16.11.2026 og godkjend av barnevernleiar Gunhild Sæterdal i Elements 17.11.2026 (sak 2026/51, journalpost 51-4), med vedtak om å be om førehandsdrøfting.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N030",
        FROM,
        "Førehandsdrøfting GPS-klokke akuttplassering",
        when(11, 18, 16, 20),
        body,
    )
    return msg, Label(
        "nn",
        (
            "child_welfare",
            "children",
            "location_tracking",
            "all_in_body",
            "headings_caps_in_body",
            "contact_body_lines",
            "p1_processor_named_no_contact",
            "risk_numbered_prose",
            "residual_risk",
            "part5_decision_quoted_case_system",
        ),
        "inline",
        True,
        "used",
        "everything in a plain-text body; the processor Trygglokk AS is named without any contact person, phone or e-mail",
        (1,),
    )


def c050() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Til Datatilsynet

        Barnevernstenesta i Midtre Sunnfjord vurderer å ta i bruk ein KI-assistent som kan lage samandrag av saksdokument (meldingar, undersøkingsrapportar, referat) for sakshandsamarar som overtek ei sak. Vi er tidleg i arbeidet og har ikkje gjort ei vurdering av personvernkonsekvensar enno.

        Vi lurer på om det er mogleg å få eit rettleiingsmøte med Datatilsynet før vi går vidare, særleg om:
        - korleis vi skal vurdere risikoen for at samandraga blir feil eller farga,
        - om det er lov å bruke ein språkmodell som køyrer hos ein leverandør i EU,
        - kva dokumentasjon de forventar dersom vi seinare ber om førehandsdrøfting.

        Vi ber ikkje om førehandsdrøfting no, men ønskjer innspel på om vi tenkjer rett.
        """
        )
        + "\n"
        + CONTACT
        + "\n"
        + SIGN
    )
    msg = message(
        "N050",
        FROM,
        "Ønske om rettleiingsmøte – KI-samandrag av saksdokument",
        when(11, 25, 11, 2),
        body,
    )
    return msg, Label(
        "nn",
        (
            "child_welfare",
            "children",
            "new_technology_ai",
            "nonrequest_question",
            "asks_guidance_meeting",
            "contact_prose",
            "prior_consultation_declined",
        ),
        "none",
        False,
        "unspecified",
        "asks for a guidance meeting and says explicitly it is not a consultation request; contact person and DPO with phone and e-mail in prose, so part 1 is present; no DPIA",
        (2, 3, 4, 5),
    )
