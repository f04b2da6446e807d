"""blind9 cases n001-n020: one function per case, each returning the message and its label."""

from __future__ import annotations

from email.message import EmailMessage

import personas as p
from kit import (
    Label,
    html_from_text,
    message,
    to_pdf,
    to_zip,
    txt,
    vcard,
    when,
)
from personas import Topic

Case = tuple[EmailMessage, Label]

CARIES = Topic(
    title="KI-støttet kariesdiagnostikk på røntgenbilder",
    what=(
        "Vi vil ta i bruk et KI-verktøy som markerer mulig karies, beintap og periapikale "
        "forandringer på bitewing- og panoramarøntgen. Formålet er tidligere og mer lik "
        "diagnostikk på tvers av klinikkene. Tannlegen tar alltid den endelige vurderingen."
    ),
    scope=(
        "Rundt 61 000 pasienter per år, også barn fra 6 år. Opplysningene er røntgenbilder, "
        "journalnummer, alder og funn – helseopplysninger etter artikkel 9. Bildene lagres i "
        "journalen i 10 år etter siste behandling; analyseresultatet lagres sammen med bildet."
    ),
    flow=(
        "Bildene sendes pseudonymisert fra journalsystemet til leverandøren Dentora Vision AB "
        "(databehandler), analyseres i Sverige og resultatet returneres innen 20 sekunder. "
        "Leverandøren lagrer ikke bilder etter analysen. Kryptert overføring (TLS 1.3)."
    ),
    need=(
        "Studier viser at tidlig karies på approksimalflater oversees i 20-30 prosent av "
        "undersøkelsene. Behandlingsgrunnlaget er artikkel 9 nr. 2 bokstav h og "
        "helsepersonelloven § 39."
    ),
    proportional=(
        "Vi har vurdert å la tannpleiere dobbeltsjekke alle bilder manuelt; det er ikke "
        "gjennomførbart med dagens bemanning. Verktøyet brukes bare på bilder tatt for "
        "behandlingen, aldri til trening av leverandørens modell."
    ),
    safeguards=(
        "Pasientene informeres i innkallingen og på venterommet, og kan reservere seg.",
        "Tannlegen må kvittere for egen vurdering før funnet blir en diagnose.",
        "Innsyn i analyseresultatet gis sammen med journalinnsyn.",
    ),
    risks=(
        (
            "Feil positive funn fører til unødvendig boring",
            "høy",
            "Tannlegen bekrefter alltid; kvartalsvis revisjon av funn mot behandling",
        ),
        (
            "Modellen er dårligere på barnetenner",
            "høy",
            "Eget terskelnivå for barn; verktøyet er slått av for barn under 6 år",
        ),
        (
            "Overføring til Sverige avslører helseopplysninger",
            "middels",
            "Pseudonymisering, ingen lagring hos leverandøren, databehandleravtale",
        ),
    ),
    not_done=(
        "Lokal installasjon av modellen på hver klinikk – leverandøren tilbyr det ikke før 2028."
    ),
)

A_CONTACTS = (
    f"{p.A_DPO} Databehandler er Dentora Vision AB, Göteborg; kontaktperson er Elin Sjögren, "
    "+46 31 770 52 18, elin.sjogren@dentoravision.se."
)


def n001() -> Case:
    signoff = """
| Rolle | Navn | Dato | Vurdering |
| Personvernombud | Torstein Aamodt | 10.11.2026 | Råd gitt, innarbeidet i versjon 1.2 |
| Fagdirektør | Kjersti Roald | 12.11.2026 | Klinisk vurdering støttet |
| Ledergruppen | Administrerende direktør Petter Hovland | 16.11.2026 | Funn og restrisiko
  gjennomgått; tannlegeforeningens tillitsvalgte hørt; godkjent med krav om revisjon etter 6 mnd |
"""
    body = (
        txt(
            """
        Hei,

        Smilehuset Tannklinikker ber med dette om forhåndsdrøftelse for KI-støttet
        kariesdiagnostikk. DPIA-en ligger vedlagt; den høye risikoen knytter seg særlig til
        barn og til feil positive funn, og vi har ikke klart å få den ned til et akseptabelt
        nivå på egen hånd.

        Kontaktperson er undertegnede.
        """
        )
        + "\n"
        + p.a_signature()
    )
    msg = message(
        "n001",
        p.A_FROM,
        "Anmodning om forhåndsdrøftelse – KI-kariesdiagnostikk",
        when(11, 18, 9, 12),
        body,
        attachments=[("DPIA_KI_karies_v1.2.docx", p.a_dpia(CARIES, A_CONTACTS, signoff))],
    )
    return msg, Label(
        "nb",
        (
            "dental_chain",
            "contact_signature_only",
            "contact_is_sender_stated",
            "dpia_report_docx",
            "headings_question",
            "part5_signoff_table",
            "processor_contact_in_dpia",
            "phone_foreign",
            "phone_mob_tlf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; dental AI caries; contact only in signature, DPO and processor in DPIA, "
        "management sign-off table",
    )


SMILESCAN = Topic(
    title="Smilescan – bildebasert innkalling",
    what=(
        "Pasientene kan ta bilder av tennene med mobilen i Smilehuset-appen. Et KI-verktøy "
        "sorterer bildene og foreslår om pasienten bør kalles inn tidligere enn planlagt."
    ),
    scope=(
        "Forventet 15 000 brukere, inkludert ungdom fra 13 år. Bilder, alder, symptombeskrivelse "
        "og innkallingshistorikk. Bildene slettes etter 90 dager hvis de ikke føres i journal."
    ),
    flow=(
        "Appen og analysen driftes av Tannapp Norge AS (databehandler) i Norge. Resultatet går "
        "til klinikkens resepsjon og pasientens tannlege."
    ),
    need=(
        "Mange pasienter utsetter kontroller; vi vil fange opp akutte behov tidligere. "
        "Behandlingsgrunnlag: samtykke for appbruken, art. 9 nr. 2 bokstav h for journalføring."
    ),
    proportional=(
        "Et enkelt spørreskjema er prøvd i 2025 og ga for mange feilsorteringer. Bildeanalysen "
        "er frivillig, og vanlig innkalling gjelder fortsatt."
    ),
    safeguards=(
        "Samtykke kan trekkes i appen med ett trykk; bildene slettes da.",
        "Ungdom under 16 får egen informasjon skrevet for dem.",
    ),
    risks=(
        (
            "Bilder av ansiktet fanges med og kan misbrukes",
            "høy",
            "Automatisk beskjæring til munnområdet før lagring",
        ),
        (
            "Pasienter blir ikke kalt inn fordi verktøyet tar feil",
            "høy",
            "Verktøyet kan bare fremskynde, aldri utsette en innkalling",
        ),
        ("Ungdom forstår ikke hva de samtykker til", "middels", "Egen tekst og foreldreinfo"),
    ),
    not_done="Å kreve foreldresamtykke for 13-15-åringer; vurdert som et hinder for de som trenger "
    "det mest.",
)


def n002() -> Case:
    contacts = (
        "Personvernombud: Torstein Aamodt – tlf. 930 44 182 – torstein.aamodt@smilehuset.no. "
        "Databehandler: Tannapp Norge AS v/ daglig leder Rune Fjeld, tlf. 468 12 903, "
        "rune.fjeld@tannapp.no."
    )
    signoff = """
| Hvem | Når | Hva |
| Ledergruppen (adm. dir. Petter Hovland) | 20.11.2026 | Gjennomgikk funn, restrisiko og
  innspill fra brukerpanelet og personvernombudet. Vedtok å be om forhåndsdrøftelse. |
"""
    body = (
        txt(
            """
        Hei Datatilsynet,

        vi ønsker forhåndsdrøftelse for Smilescan, se vedlagt DPIA. Restrisikoen for ungdom
        er fortsatt høy etter tiltakene.

        Har dere spørsmål, ta kontakt med meg.
        """
        )
        + "\n"
        + p.a_signature("tlf. 907 31 554")
    )
    msg = message(
        "n002",
        p.A_FROM,
        "Forhåndsdrøftelse: Smilescan",
        when(11, 23, 13, 40),
        body,
        attachments=[("Smilescan_DPIA.docx", p.a_dpia(SMILESCAN, contacts, signoff))],
    )
    return msg, Label(
        "nb",
        (
            "dental_chain",
            "contact_signature_only",
            "contact_is_sender_stated",
            "dpia_report_docx",
            "headings_question",
            "part5_signoff_table",
            "processor_contact_in_dpia",
            "phone_mob_tlf",
        ),
        "none",
        True,
        "used",
        "complete; dental selfie triage app; «ta kontakt med meg», sign-off table",
    )


# --- B: housing cooperative ------------------------------------------------------------------

GARAGE = Topic(
    title="Kameraovervåking med skiltgjenkjenning i fellesgarasjer",
    what=(
        "SBBL vil sette opp kameraer med automatisk skiltgjenkjenning ved inn- og utkjøring i "
        "sju fellesgarasjer, og lagre opptak inne i garasjene. Formålet er å stanse innbrudd i "
        "boder og biler og hindre uvedkommende parkering."
    ),
    scope=(
        "Omtrent 2 300 beboere, gjester og håndverkere. Registreringsnummer, tidspunkt og "
        "videobilde. Skiltdata slettes etter 30 dager, video etter 7 dager uten hendelse."
    ),
    flow=(
        "Systemet leveres og driftes av Garasjevakt AS (databehandler). Opptak utleveres bare "
        "til politiet ved anmeldelse. Tilgang har to navngitte ansatte i forvaltningen."
    ),
    need=(
        "Det har vært 41 anmeldte innbrudd i garasjene siste to år. Behandlingsgrunnlaget er "
        "artikkel 6 nr. 1 bokstav f; vi har gjort en interesseavveining."
    ),
    proportional=(
        "Bedre lys og nye låser er prøvd først. Kameraene dekker ikke inngangsdører til "
        "leiligheter, og skiltgjenkjenning brukes ikke til å kartlegge beboernes vaner."
    ),
    safeguards=(
        "Skilting ved alle innkjøringer og info i beboerbladet.",
        "Beboerne kan be om innsyn via Min side.",
    ),
    risks=(
        (
            "Kartlegging av når beboere kommer og går",
            "høy",
            "Søk i skiltdata bare ved registrert hendelse, logget",
        ),
        (
            "Ansatte misbruker tilgang til opptak",
            "middels",
            "To ansatte med tilgang, kvartalsvis logggjennomgang",
        ),
        ("Opptak av barn som leker i garasjen", "middels", "Maskering av lekeområde"),
    ),
    not_done="Sanntidsovervåking fra vaktsentral – for inngripende for beboerne.",
)


def n003() -> Case:
    body = (
        txt(
            f"""
        Til Datatilsynet

        Solbakken Boligbyggelag ber om forhåndsdrøftelse av kameraovervåking med
        skiltgjenkjenning i fellesgarasjene våre. Vurderingen av personvernkonsekvenser og
        utdrag av styreprotokollen følger vedlagt.

        {p.B_CONTACT}

        {p.B_DPO}

        Løsningen leveres av Garasjevakt AS, som er vår databehandler. Deres kontaktperson er
        driftsleder Tor Einar Moe; han har telefon 45519073 og e-post
        tor.einar.moe@garasjevakt.no.
        """
        )
        + "\n"
        + p.B_SIGNATURE
    )
    minutes = p.b_minutes_scan(
        "10. NOVEMBER 2026",
        "44/26 Kameraovervåking i fellesgarasjene – DPIA",
        "Forvaltningssjefen presenterte vurderingen av personvernkonsekvenser og de tre "
        "høyeste risikoene. Beboerrepresentanten og personvernombudet la fram sine innspill; "
        "innspill fra beboermøtet 2. november er vedlagt saken.\nVedtak: Styret har gått "
        "gjennom vurderingen og godkjenner den. Restrisikoen for kartlegging av beboerne "
        "vurderes som høy. Styret ber administrasjonen be Datatilsynet om forhåndsdrøftelse.",
    )
    msg = message(
        "n003",
        p.B_FROM,
        "Forhåndsdrøftelse – kamera og skiltgjenkjenning i garasjer",
        when(11, 16, 10, 5),
        body,
        attachments=[
            ("PVK_garasjekamera.pdf", p.b_dpia(GARAGE)),
            ("Styreprotokoll_2026-11-10_utdrag.pdf", minutes),
        ],
    )
    return msg, Label(
        "nb",
        (
            "housing_cooperative",
            "contact_prose",
            "dpo_external_firm",
            "phone_8_digits",
            "processor_contact_body",
            "dpia_report_pdf",
            "headings_num",
            "part5_scanned_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; housing coop garage ANPR; prose contacts, 8-digit phones, scanned minutes",
    )


KEYS = Topic(
    title="Digitale nøkler med adgangslogg",
    what=(
        "Vi erstatter mekaniske nøkler med digitale nøkkelbrikker og mobilnøkkel i 31 "
        "borettslag. Hver åpning av dør, bod og vaskeri logges med person og tidspunkt."
    ),
    scope=(
        "Om lag 5 400 beboere og deres husstander, pluss vaktmestere og leverandører. "
        "Adgangsloggen lagres i 60 dager."
    ),
    flow=(
        "Låssystemet driftes av Låsvakt AS (databehandler). Borettslagsstyrene får ikke "
        "tilgang til loggen; bare SBBLs sikkerhetsansvarlige kan søke i den ved innbrudd."
    ),
    need=(
        "Tapte nøkler koster i dag borettslagene over 2 mill. kr i året i sylinderbytte. "
        "Grunnlag: artikkel 6 nr. 1 bokstav b og f."
    ),
    proportional=(
        "Brikker uten personlig logg ble vurdert, men gir ikke mulighet til å sperre en "
        "enkelt tapt brikke. Loggen brukes ikke til å kontrollere vaskeritider eller besøk."
    ),
    safeguards=(
        "Beboere kan velge brikke uten mobilapp.",
        "Oversikt over egne logger på Min side.",
    ),
    risks=(
        (
            "Loggen avslører besøksmønster og samliv",
            "høy",
            "Kort lagringstid og søk bare ved hendelse",
        ),
        ("Styremedlemmer ber om innsyn i naboers logg", "høy", "Styrene har ikke tilgang"),
        ("Utestengning ved systemfeil", "middels", "Mekanisk nødsylinder i hver oppgang"),
    ),
    not_done="Anonymisert logg – vurdert, men hindrer etterforskning av innbrudd.",
)


def n004() -> Case:
    body = (
        txt(
            f"""
        Hei,

        vedlagt er vår vurdering av personvernkonsekvenser for digitale nøkler, med protokoll
        fra styremøtet der vurderingen ble godkjent. Vi ber om forhåndsdrøftelse.

        {p.B_CONTACT} {p.B_DPO}

        Låsvakt AS er databehandler, og kontaktpersonen der er Nina Rustad (nina@lasvakt.no,
        41227788).
        """
        )
        + "\n"
        + p.B_SIGNATURE
    )
    minutes = p.b_minutes_scan(
        "24. NOVEMBER 2026",
        "51/26 Digitale nøkler – personvernkonsekvenser",
        "Saken ble lagt fram av adm. dir. med funn og restrisiko. Styret hørte "
        "beboerrepresentanten og innspill fra tre borettslagsstyrer.\nVedtak: "
        "Vurderingen godkjennes. Styret aksepterer ikke restrisikoen uten råd fra "
        "Datatilsynet, og ber om forhåndsdrøftelse før utrulling.",
    )
    msg = message(
        "n004",
        p.B_FROM,
        "Anmodning om forhåndsdrøftelse: digitale nøkler",
        when(11, 25, 8, 47),
        body,
        attachments=[("PVK_digitale_nokler.pdf", p.b_dpia(KEYS)), ("Protokoll_51-26.pdf", minutes)],
    )
    return msg, Label(
        "nb",
        (
            "housing_cooperative",
            "contact_prose",
            "dpo_external_firm",
            "phone_8_digits",
            "processor_contact_body",
            "dpia_report_pdf",
            "headings_num",
            "part5_scanned_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete; housing coop digital keys; prose contacts, scanned minutes",
    )


# --- C: county municipality (nynorsk) --------------------------------------------------------

PROCTOR = Topic(
    title="Digital eksamen med kamerakontroll",
    what=(
        "Fylkeskommunen vil bruke kamera og skjermopptak under heimeeksamen for privatistar og "
        "elevar med fjernundervisning. Føremålet er å hindre fusk og sikre at den rette "
        "personen tek eksamen."
    ),
    scope=(
        "Om lag 3 800 kandidatar i året, mange under 18 år. Video, lyd, skjermbilete, "
        "ID-kontroll med bilete av legitimasjon. Opptak vert sletta 6 veker etter klagefristen."
    ),
    flow=(
        "Løysinga vert levert av Vaktel Exam AS (databehandlar). Berre eksamenskontoret ser "
        "opptak som systemet flaggar; ingen automatiske avgjerder om fusk."
    ),
    need=(
        "Talet på fuskesaker ved heimeeksamen er tredobla sidan 2023. Grunnlag: "
        "forskrift til opplæringslova kapittel 3 og artikkel 6 nr. 1 bokstav e."
    ),
    proportional=(
        "Eksamen i lokale er vurdert, men er ikkje mogleg for kandidatar på Svalbard og i "
        "utlandet. Kamera vert berre brukt når kandidaten ikkje kan møte fysisk."
    ),
    safeguards=(
        "Kandidaten får sjå kva som er flagga og kan uttale seg før vedtak.",
        "Tilbod om fysisk eksamen for alle som ber om det.",
    ),
    risks=(
        (
            "Opptak frå heimen viser familie og bustad",
            "høg",
            "Bakgrunnsuskarping, berre flagga sekvensar vert sett",
        ),
        (
            "Feilflagging rammar kandidatar med funksjonsnedsetjing",
            "høg",
            "Manuell vurdering av alle flagg",
        ),
        ("Lekkasje av ID-bilete", "middels", "Kryptering og sletting etter ID-kontroll"),
    ),
    not_done="Augesporing – vurdert som for inngripande.",
)


def n005() -> Case:
    contacts = (
        "Kontaktperson: Solveig Tveit, rådgjevar i eksamenskontoret, tlf. 57 60 14 52, "
        "solveig.tveit@fjordheim-fylke.no. "
        + p.C_DPO
        + " Databehandlar: Vaktel Exam AS ved kundeansvarleg Petter Lid, tlf. 22 71 40 60, "
        "petter.lid@vaktel.no."
    )
    photo = p.c_minutes_photo(
        "17.11.2026",
        "88/26 Forhandsdrøfting – digital eksamen med kamerakontroll",
        "Fylkesdirektøren la fram vurderinga av personvernkonsekvensar med funn og restrisiko. "
        "Elevorganisasjonen og personvernombodet hadde gitt skriftlege innspel, som låg ved "
        "saka.\nVedtak: Fylkesutvalet har gått gjennom vurderinga og sluttar seg til "
        "konklusjonane. Fylkesdirektøren ber Datatilsynet om forhandsdrøfting.",
    )
    body = txt(
        """
        Hei,

        Fjordheim fylkeskommune ber om forhandsdrøfting av digital eksamen med kamerakontroll.
        Vurderinga ligg ved, saman med biletet av møteboka frå fylkesutvalet.

        Helsing
        Solveig Tveit
        rådgjevar, eksamenskontoret
        """
    )
    msg = message(
        "n005",
        "Solveig Tveit <solveig.tveit@fjordheim-fylke.no>",
        "Førespurnad om forhandsdrøfting – digital eksamen",
        when(11, 19, 14, 2),
        body,
        attachments=[
            ("DPIA_digital_eksamen.docx", p.c_dpia(PROCTOR, contacts)),
            ("Moetebok_FU_88-26.jpg", photo),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_nynorsk",
            "dpo_function_mailbox_switchboard",
            "contact_page_in_dpia",
            "phone_tlf",
            "dpia_report_docx",
            "headings_nynorsk",
            "risk_bullets",
            "part5_photographed_minutes",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; county remote exam proctoring; DPO function mailbox, photographed minutes",
    )


DROPOUT = Topic(
    title="Fråfallsvarsel i vidaregåande skule",
    what=(
        "Vi vil bruke ein modell som reknar ut risiko for fråfall for kvar elev ut frå "
        "fråvær, karakterar og tidlegare skulebyte, og varslar kontaktlærar og rådgjevar."
    ),
    scope=(
        "Alle 9 200 elevar i vidaregåande opplæring. Risikoskår vert lagra til eleven "
        "sluttar; grunnlagsdata vert henta kvar veke frå skuleadministrativt system."
    ),
    flow=(
        "Modellen køyrer i fylkeskommunen sitt eige datasenter; det er ingen databehandlar. "
        "Berre kontaktlærar, rådgjevar og oppfølgingstenesta ser skåren."
    ),
    need=(
        "Fråfallet i fylket er 19 prosent, over landssnittet. Grunnlag: opplæringslova "
        "§ 14-3 om oppfølgingstenesta og artikkel 6 nr. 1 bokstav e."
    ),
    proportional=(
        "Manuell gjennomgang av fråværslister er prøvd, men fangar opp elevane for seint. "
        "Skåren er berre eit hjelpemiddel; ingen vedtak vert gjort automatisk."
    ),
    safeguards=(
        "Elevar og føresette får vite om ordninga og kan sjå sin eigen skår.",
        "Opplysningar om helse og spesialundervisning er haldne utanfor modellen.",
    ),
    risks=(
        (
            "Elevar vert stempla og møtt med lågare forventningar",
            "høg",
            "Skåren vert ikkje synleg for faglærarar",
        ),
        ("Modellen slår skeivt ut for minoritetsspråklege", "høg", "Årleg skeivskapstest"),
        ("Profilering utan at eleven veit om det", "middels", "Informasjon ved skulestart"),
    ),
    not_done="Å la elevane reservere seg – vurdert, men vil svekkje lovpålagd oppfølging.",
)


def n006() -> Case:
    contacts = (
        "Kontaktperson er Oddvar Hauge i utdanningsavdelinga. Han har telefon 57 60 15 09 og "
        "e-post oddvar.hauge@fjordheim-fylke.no. "
        + p.C_DPO
        + " Vi nyttar ingen databehandlar i denne løysinga."
    )
    photo = p.c_minutes_photo(
        "24.11.2026",
        "94/26 Fråfallsvarsel – vurdering av personvernkonsekvensar",
        "Saka vart lagd fram med funn, restrisiko og innspel frå elevrådet, "
        "Utdanningsforbundet og personvernombodet.\nVedtak: Fylkesutvalet godkjenner "
        "vurderinga og ber om forhandsdrøfting hjå Datatilsynet før oppstart.",
    )
    body = txt(
        """
        Til Datatilsynet

        Vedlagt følgjer DPIA for fråfallsvarsel i vidaregåande skule og møtebok frå
        fylkesutvalet. Vi ber om forhandsdrøfting.

        Venleg helsing
        Oddvar Hauge
        seniorrådgjevar, utdanningsavdelinga
        """
    )
    msg = message(
        "n006",
        "Oddvar Hauge <oddvar.hauge@fjordheim-fylke.no>",
        "Forhandsdrøfting: fråfallsvarsel",
        when(11, 26, 11, 30),
        body,
        attachments=[
            ("DPIA_fraafallsvarsel.docx", p.c_dpia(DROPOUT, contacts)),
            ("IMG_4471.jpg", photo),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_nynorsk",
            "dpo_function_mailbox_switchboard",
            "contact_page_in_dpia",
            "contact_prose",
            "processor_none_stated",
            "dpia_report_docx",
            "headings_nynorsk",
            "risk_bullets",
            "part5_photographed_minutes",
        ),
        "pgp_mime",
        True,
        "none",
        "complete; county dropout prediction; prose contacts in nynorsk, photographed minutes",
    )


# --- D: football club ------------------------------------------------------------------------

GPSVEST = Topic(
    title="GPS-vester og videoanalyse for juniorlagene",
    what=(
        "Vi vil bruke GPS-vester med pulsmåler og automatisk videoanalyse på trening og kamp "
        "for G16, G19 og J17."
    ),
    scope=(
        "Ca. 70 spillere, de fleste 15-18 år. Posisjon, puls, løpsdistanse og video. Data "
        "slettes ved sesongslutt hvis spilleren slutter."
    ),
    flow=(
        "Vestene og plattformen leveres av Sprintdata AS (databehandler). Bare trenerne og "
        "fysioterapeuten ser dataene. Ingen deling med andre klubber eller speidere."
    ),
    need=(
        "Vi har hatt mange belastningsskader i juniorgruppa; pulsdata skal hjelpe oss å styre "
        "belastningen. Grunnlag: samtykke fra spiller og foresatte."
    ),
    proportional=(
        "Manuelle belastningsskjema er prøvd, men ble ikke fylt ut. Vestene brukes bare på "
        "trening og kamp, aldri utenom."
    ),
    safeguards=(
        "Frivillig – spillere uten vest får samme tilbud.",
        "Spillerne ser egne data i appen og kan be om sletting.",
    ),
    risks=(
        ("Pulsdata er helseopplysninger om barn", "høy", "Bare fysio ser pulsdata"),
        (
            "Press om å samtykke for å få spilletid",
            "høy",
            "Skriftlig garanti om at det ikke påvirker uttak",
        ),
        ("Data havner hos speidere eller agenter", "middels", "Avtale forbyr deling"),
    ),
    not_done="Anonymisering av video – gjør analysen ubrukelig for trenerne.",
)


def n007() -> Case:
    body = (
        txt(
            """
            Hei!

            Kvernstad IL Fotball ber om forhåndsdrøftelse. Vi er en liten klubb drevet av
            frivillige, så alt står her i mailen.
            """
        )
        + "\n"
        + p.d_body(GPSVEST)
        + "\n"
        + txt(
            """
            KONTAKTER
            Kontaktperson: den som står i svar-til-feltet (sportslig leder), mob. 41508826.
            Personvernombud: Marte Fossli, mob. 90362215, marte.fossli@kvernstadfotball.no.
            Databehandler: Sprintdata AS v/ Henrik Bull, 22509901, henrik.bull@sprintdata.no.

            GODKJENNING
            Styret behandlet DPIA-en i møte 12. november og sluttet seg til konklusjonene,
            etter at trenerne og foreldrekontaktene hadde fått si sin mening. Styret mener
            restrisikoen er for høy til å starte uten å høre med dere først.
            """
        )
        + "\n"
        + p.D_SIGNATURE
    )
    msg = message(
        "n007",
        "Geir Ove Tangen <styreleder@kvernstadfotball.no>",
        "Forhåndsdrøftelse GPS-vester junior",
        when(11, 17, 21, 14),
        body,
        headers={"Reply-To": "Yusuf Demir <yusuf.demir@kvernstadfotball.no>"},
    )
    return msg, Label(
        "nb",
        (
            "football_club",
            "all_in_body",
            "contact_header_reply_to",
            "phone_8_digits",
            "phone_mob",
            "risk_bullets",
            "part5_sentence_in_mail",
            "processor_contact_body",
        ),
        "inline",
        True,
        "used",
        "complete; football club GPS vests; contact named only in Reply-To with phone in body, "
        "approval sentence",
    )


STADIUM = Topic(
    title="Ansiktsgjenkjenning ved inngang for sesongkortholdere",
    what=(
        "Sesongkortholdere kan velge å registrere et ansiktsbilde og gå rett inn på Kvernstad "
        "stadion uten kort."
    ),
    scope=(
        "Ca. 1 900 sesongkortholdere, også barn med eget kort. Ansiktsmal, navn, kortnummer. "
        "Malen slettes når sesongkortet utløper."
    ),
    flow=(
        "Løsningen leveres av Portkontroll AS (databehandler). Kameraene står bare ved to av "
        "seks innganger; de andre bruker vanlig kort."
    ),
    need=(
        "Køene ved kampstart er lange og har ført til trengsel. Grunnlag: uttrykkelig "
        "samtykke etter artikkel 9 nr. 2 bokstav a."
    ),
    proportional="Vanlige kort fungerer fortsatt; ingen trenger å bruke ansiktet.",
    safeguards=(
        "Samtykke kan trekkes i billettappen.",
        "Barn under 16 kan ikke registrere seg.",
    ),
    risks=(
        ("Biometriske data lekker", "høy", "Malen lagres kryptert og kan ikke gjøres om til bilde"),
        (
            "Kameraene fanger opp folk som ikke har samtykket",
            "høy",
            "Ingen lagring av ukjente ansikter",
        ),
        ("Bruk til karantenelister for supportere", "middels", "Skriftlig forbud i avtalen"),
    ),
    not_done="QR-kode i appen i stedet – vurdert, men gir ikke kortere køer.",
)


def n008() -> Case:
    body = (
        txt(
            """
            Hei,

            vi ber om forhåndsdrøftelse av ansiktsgjenkjenning ved inngang. Kontaktkort for
            kontaktpersonen og personvernombudet ligger vedlagt.
            """
        )
        + "\n"
        + p.d_body(STADIUM)
        + "\n"
        + txt(
            """
            Databehandler er Portkontroll AS, kontakt Ida Brenna 46601277 /
            ida.brenna@portkontroll.no.

            Styret gikk gjennom DPIA-en 19. november med funn og restrisiko, hørte
            supporterklubben Kvernstad Ultras, og vedtok å sende den til dere.
            """
        )
        + "\n"
        + p.D_SIGNATURE
    )
    msg = message(
        "n008",
        "Geir Ove Tangen <styreleder@kvernstadfotball.no>",
        "Forhåndsdrøftelse – ansiktsgjenkjenning stadion",
        when(11, 20, 19, 55),
        body,
        attachments=[
            (
                "Geir Ove Tangen.vcf",
                vcard(
                    "Geir Ove Tangen",
                    "Kvernstad IL Fotball",
                    "Styreleder",
                    "92817364",
                    "styreleder@kvernstadfotball.no",
                ),
            ),
            (
                "Marte Fossli.vcf",
                vcard(
                    "Marte Fossli",
                    "Kvernstad IL Fotball",
                    "Personvernombud",
                    "90362215",
                    "marte.fossli@kvernstadfotball.no",
                ),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "football_club",
            "all_in_body",
            "contact_vcard",
            "phone_8_digits",
            "risk_bullets",
            "part5_sentence_in_mail",
            "processor_contact_body",
        ),
        "none",
        True,
        "used",
        "complete; football stadium face entry; contacts as vCards, approval sentence",
    )


# --- E: pharmacy chain (HTML only) -----------------------------------------------------------

INTERACT = Topic(
    title="Kjedefelles interaksjonsvarsel",
    what=(
        "Alle 38 apotek i kjeden skal kunne se kundens utleveringshistorikk fra andre Nordlys-"
        "apotek, slik at systemet kan varsle om farlige legemiddelkombinasjoner."
    ),
    scope=(
        "Omtrent 410 000 kunder. Legemiddel, dose, utleveringsdato og apotek – "
        "helseopplysninger. Historikken lagres i 3 år."
    ),
    flow=(
        "Apotekssystemet FarmaNett driftes av Reseptdata AS (databehandler). Bare farmasøyter "
        "på vakt ser varslene."
    ),
    need=(
        "Kunder bruker flere apotek, og interaksjoner oppdages ikke. Grunnlag: artikkel 9 nr. 2 "
        "bokstav h og apotekloven."
    ),
    proportional=(
        "Kjernejournal dekker ikke reseptfrie legemidler kjøpt i apotek. Kunden kan "
        "reservere seg mot deling mellom apotek."
    ),
    safeguards=("Informasjon ved kassen og i appen.", "Reservasjon i Mine sider."),
    risks=(
        (
            "Ansatte ser naboers legemidler",
            "høy",
            "Tilgang bare ved ekspedisjon, logg kontrolleres månedlig",
        ),
        ("Historikk brukes til markedsføring", "høy", "Teknisk skille fra kundeklubben"),
        ("Feil varsel fører til at kunden ikke får medisin", "middels", "Farmasøyt avgjør alltid"),
    ),
    not_done="Samtykke for hver utlevering – for tungvint ved disken.",
)

E_PROCESSOR = (
    "Databehandler: Reseptdata AS, kontaktperson Knut Halvorsen, telefon 73 82 40 15, "
    "knut.halvorsen@reseptdata.no."
)


def e_body(text: str) -> str:
    return html_from_text(txt(text) + "\n" + p.E_SIGNATURE + "\n\n" + p.E_DISCLAIMER)


def n009() -> Case:
    html = e_body(
        f"""
        Til Datatilsynet

        Apotek Nordlys AS ber om forhåndsdrøftelse av kjedefelles interaksjonsvarsel. DPIA og
        administrerende direktørs beslutning er vedlagt.

        Kontaktperson er undertegnede. {p.E_DPO}
        """
    )
    letter = p.e_decision_letter(
        "13. november 2026",
        "validering av DPIA for kjedefelles interaksjonsvarsel",
        "Jeg har gått gjennom vurderingen sammen med ledergruppen. Funnene ble presentert av "
        "juridisk avdeling, og vi har hørt personvernombudet, Farmasiforbundet og kundepanelet. "
        "Jeg godkjenner vurderingen. Restrisikoen for urettmessig tilgang er fortsatt høy, og "
        "jeg beslutter at vi skal be Datatilsynet om forhåndsdrøftelse.",
    )
    msg = message(
        "n009",
        p.E_FROM,
        "Anmodning om forhåndsdrøftelse – interaksjonsvarsel",
        when(11, 16, 15, 21),
        html=html,
        attachments=[
            ("DPIA_interaksjonsvarsel.pdf", p.e_dpia(INTERACT, E_PROCESSOR)),
            ("Beslutning_adm_dir_signert.pdf", letter),
        ],
    )
    return msg, Label(
        "nb",
        (
            "pharmacy_chain",
            "html_only_body",
            "contact_signature_only",
            "contact_is_sender_stated",
            "contact_prose",
            "long_signature_many_phones",
            "phone_direkte",
            "phone_sentralbord",
            "disclaimer_footer",
            "dpia_report_pdf",
            "part5_signed_letter",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; pharmacy interaction alerts; HTML only, long signature, signed decision letter",
    )


LOYALTY = Topic(
    title="Helseprofil i kundeklubben",
    what=(
        "Kundeklubben skal gi tilpassede tilbud basert på kjøp av reseptfrie produkter, som "
        "allergi-, hud- og graviditetsprodukter."
    ),
    scope=(
        "Om lag 180 000 medlemmer. Kjøpshistorikk, alder, kjønn og utledede interesser. "
        "Profilen slettes 24 måneder etter siste kjøp."
    ),
    flow=(
        "Kundeklubben driftes av Lojalitetshuset AS (databehandler). Reseptdata holdes helt "
        "utenfor."
    ),
    need=(
        "Medlemmene etterspør relevante tilbud, ikke massetilbud. Grunnlag: samtykke "
        "(artikkel 9 nr. 2 bokstav a) for helserelaterte kategorier."
    ),
    proportional="Medlemmer som ikke samtykker får generelle tilbud; ingen utestenges.",
    safeguards=("Eget samtykke per kategori.", "Profilen kan ses og slettes i appen."),
    risks=(
        (
            "Graviditet eller sykdom avsløres gjennom tilbud",
            "høy",
            "Ingen tilbud på e-post eller papir, bare i innlogget app",
        ),
        ("Profilen selges eller deles", "høy", "Avtale forbyr det; revisjon årlig"),
        ("Samtykket er ikke informert", "middels", "Lagvis informasjon og test med kunder"),
    ),
    not_done="Å utelate graviditetsprodukter helt – vurdert, men kundepanelet ønsket dem med.",
)


def n010() -> Case:
    html = e_body(
        f"""
        Hei,

        vedlagt følger DPIA for helseprofil i kundeklubben og beslutningsbrevet fra
        administrerende direktør. Vi ber om forhåndsdrøftelse.

        {p.E_DPO} Lojalitetshuset AS er databehandler; kontaktperson der er
        Mona Gran, tlf. 22 40 18 60, mona.gran@lojalitetshuset.no.

        Ta gjerne kontakt med meg om noe er uklart.
        """
    )
    letter = p.e_decision_letter(
        "20. november 2026",
        "helseprofil i kundeklubben",
        "Ledergruppen behandlet vurderingen 18. november. Funn og restrisiko ble presentert, og "
        "innspill fra kundepanelet og personvernombudet ble lagt fram. Vurderingen godkjennes, "
        "og selskapet ber Datatilsynet om forhåndsdrøftelse.",
    )
    brochure = to_pdf(
        "# Julekampanje 2026\n\nHudpleie og vitaminer: 3 for 2 i alle Nordlys-apotek frem til "
        "24. desember. Gjelder ikke reseptbelagte legemidler."
    )
    msg = message(
        "n010",
        p.E_FROM,
        "Forhåndsdrøftelse: helseprofil i kundeklubben",
        when(11, 24, 9, 3),
        html=html,
        attachments=[
            ("DPIA_kundeklubb.pdf", p.e_dpia(LOYALTY, "")),
            ("Beslutning_helseprofil.pdf", letter),
            ("Julekampanje_2026.pdf", brochure),
        ],
    )
    return msg, Label(
        "nb",
        (
            "pharmacy_chain",
            "html_only_body",
            "contact_signature_only",
            "contact_prose",
            "long_signature_many_phones",
            "phone_direkte",
            "phone_sentralbord",
            "disclaimer_footer",
            "dpia_report_pdf",
            "part5_signed_letter",
            "irrelevant_attachment",
            "processor_contact_body",
        ),
        "none",
        True,
        "used",
        "complete; pharmacy loyalty health profile; HTML only, signed letter, campaign brochure",
    )


# --- F: language school (English) ------------------------------------------------------------

VOICE = Topic(
    title="AI scoring of oral Norwegian tests",
    what=(
        "We want to use a speech-recognition model to give a preliminary score on the oral "
        "part of our Norwegian tests for adult immigrants, to be checked by a human examiner."
    ),
    scope=(
        "About 6 500 candidates a year. Voice recordings, transcripts, candidate number, "
        "country of origin (for accent calibration). Recordings are deleted after 12 months."
    ),
    flow=(
        "The model is provided by Voxa Labs Ltd, Cork (processor). Results go to our examiners; "
        "final results to the candidate and, with consent, to the municipality."
    ),
    need=(
        "Waiting time for oral test results is 11 weeks; candidates need them for jobs and "
        "residence applications. Legal basis: contract and Art. 6(1)(b)."
    ),
    proportional=(
        "Hiring more examiners has been tried, but there are too few qualified people. The model "
        "never gives a final score."
    ),
    safeguards=(
        "Candidates may choose a fully human assessment.",
        "Candidates see their recording and the model's transcript on request.",
    ),
    risks=(
        (
            "The model scores some accents lower",
            "high",
            "Bias testing per language group, examiner always decides",
        ),
        (
            "Voice recordings used to train the model",
            "high",
            "Contract forbids training on our data",
        ),
        ("Country of origin revealed to third parties", "medium", "Field removed after scoring"),
    ),
    not_done="On-premise model – not offered for Norwegian.",
)


def n011() -> Case:
    contacts = (
        "Contact person: Oliver Grant (see covering e-mail). "
        + p.F_DPO
        + " Processor: Voxa Labs Ltd, Siobhán Kelly, +353 21 490 3318, siobhan.kelly@voxalabs.ie."
    )
    signoff = """
| Role | Name | Date | Decision |
| DPO (advice) | Aoife Brennan | 9 Nov 2026 | Advised prior consultation |
| Management board | CEO Hanne Lykke and board | 16 Nov 2026 | Findings, residual risk and
  teachers' and candidates' feedback reviewed; DPIA approved; consult Datatilsynet |
"""
    body = (
        txt(
            """
            Dear Datatilsynet,

            Lingua Bridge Språkskole AS requests prior consultation under Article 36 GDPR for AI
            scoring of oral Norwegian tests. Please find the DPIA attached. I am the contact for
            this request.
            """
        )
        + "\n"
        + p.f_signature()
    )
    msg = message(
        "n011",
        p.F_FROM,
        "Request for prior consultation – AI scoring of oral tests",
        when(11, 18, 16, 45),
        body,
        attachments=[("DPIA_oral_scoring.docx", p.f_dpia(VOICE, contacts, signoff))],
    )
    return msg, Label(
        "en",
        (
            "language_school",
            "contact_signature_only",
            "contact_is_sender_stated",
            "dpo_external_firm",
            "phone_plus47_spaced",
            "phone_foreign",
            "dpia_report_docx",
            "headings_question",
            "part5_signoff_table",
            "processor_contact_in_dpia",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; language school AI oral scoring; «I am the contact», external DPO +353",
    )


WEBCAM = Topic(
    title="Webcam proctoring of online placement tests",
    what=(
        "Online placement tests will be proctored by webcam with automatic flagging of "
        "suspicious behaviour."
    ),
    scope=(
        "About 2 000 candidates a year, including 16-17-year-olds. Video, audio, screen capture. "
        "Kept 30 days."
    ),
    flow=("Provided by ProctorNest GmbH, Berlin (processor). Flags are reviewed by two teachers."),
    need="Placement tests decide the course fee; fraud has increased. Legal basis Art. 6(1)(b).",
    proportional="Candidates can take the test on site instead.",
    safeguards=("Information before booking.", "Right to contest a flag."),
    risks=(
        ("Recording of the home", "high", "Background blur"),
        ("Flags for candidates with disabilities", "high", "Manual review"),
        ("Transfer outside Norway", "medium", "Processor within EU, DPA signed"),
    ),
    not_done="Room scan before the test – too intrusive.",
)


def n012() -> Case:
    contacts = (
        "Contact person: Oliver Grant, +47 934 20 715, oliver.grant@linguabridge.no. "
        + p.F_DPO
        + " Processor: ProctorNest GmbH, Lukas Brandt, +49 30 2258 1170, l.brandt@proctornest.de."
    )
    signoff = """
| Role | Name | Date | Decision |
| Management board | CEO Hanne Lykke | 23 Nov 2026 | Findings and residual risk reviewed;
  approved; request prior consultation |
"""
    topic = Topic(
        title=WEBCAM.title,
        what=WEBCAM.what,
        scope=WEBCAM.scope,
        flow=WEBCAM.flow,
        need="See the attached legitimate interest assessment.",
        proportional="",
        safeguards=(),
        risks=WEBCAM.risks,
        not_done=WEBCAM.not_done,
    )
    body = (
        txt(
            """
            Hello,

            please find our DPIA for webcam proctoring attached; we request prior consultation.
            The necessity assessment is in the legitimate interest assessment referred to in the
            DPIA.
            """
        )
        + "\n"
        + p.f_signature()
    )
    msg = message(
        "n012",
        p.F_FROM,
        "Prior consultation – webcam proctoring",
        when(11, 27, 10, 10),
        body,
        attachments=[("DPIA_proctoring.docx", p.f_dpia(topic, contacts, signoff))],
    )
    return msg, Label(
        "en",
        (
            "language_school",
            "dpo_external_firm",
            "phone_plus47_spaced",
            "phone_foreign",
            "dpia_report_docx",
            "headings_question",
            "part5_signoff_table",
            "processor_contact_in_dpia",
            "p3_referenced_not_attached",
        ),
        "none",
        True,
        "used",
        "part 3 missing: necessity only «see the attached LIA», which is not attached",
        missing=(3,),
    )


# --- G: parking company (ZIP) ----------------------------------------------------------------

ANPR = Topic(
    title="Kamerabasert parkering uten bom (ANPR)",
    what=(
        "ParkNord vil gå over til kamerabasert parkering på 120 anlegg: kameraer leser "
        "registreringsnummeret ved inn- og utkjøring, og avgift eller kontrollsanksjon beregnes "
        "automatisk."
    ),
    scope=(
        "Omtrent 9 millioner passeringer i året. Registreringsnummer, bilde av bilen, tid og "
        "sted; eieropplysninger fra Motorvognregisteret ved manglende betaling. Passeringer "
        "slettes 48 timer etter betaling."
    ),
    flow=(
        "Kameraplattformen driftes av Skiltdata OÜ, Tallinn (databehandler). Ubetalte saker går "
        "til inkassoselskap etter purring."
    ),
    need=(
        "Bommer gir køer og ulykker i innkjøringen; kamera gir sikrere flyt. Grunnlag: avtale "
        "og artikkel 6 nr. 1 bokstav b og f."
    ),
    proportional=(
        "Billettautomater gir mange feilsanksjoner. Kameraene er rettet mot skiltet, ikke mot "
        "fører."
    ),
    safeguards=("Skilting ved alle innkjøringer.", "Klage og innsyn i bildene via parknord.no."),
    risks=(
        ("Kartlegging av bevegelser mellom anlegg", "høy", "Ingen kobling på tvers av anlegg"),
        ("Feil skilt gir urettmessig sanksjon", "høy", "Manuell kontroll før sanksjon"),
        ("Bilder av fører og passasjerer", "middels", "Automatisk maskering av frontrute"),
    ),
    not_done="Anonymisering av skilt ved betaling i app – vurdert, men gir ikke kontroll.",
)


def g_contacts(processor: str) -> str:
    return (
        "Kontaktperson: Trine Aas, personvernkoordinator, telefon +47 23 17 60 42, "
        "trine.aas@parknord.no. Personvernombud: Vegard Holmsen, telefon +47 23 17 60 00 "
        f"(sentralbord), vegard.holmsen@parknord.no. {processor}"
    )


def n013() -> Case:
    package = to_zip(
        {
            "01_DPIA_ANPR.pdf": p.g_dpia(
                ANPR,
                g_contacts("Databehandler: Skiltdata OÜ, se kontaktkort i e-posten."),
            ),
            "02_Risikoregister_ANPR.csv": p.g_register(ANPR),
            "03_Styreprotokoll_2026-11-12.pdf": p.g_minutes(
                "12. november 2026",
                "Sak 7/26 DPIA kamerabasert parkering. Daglig leder presenterte funn og restrisiko "
                "og innspill fra Forbrukerrådet og kundeservice. Styret godkjente vurderingen og "
                "ba administrasjonen om å be Datatilsynet om forhåndsdrøftelse.",
            ),
        }
    )
    body = txt(
        """
        Hei,

        ParkNord AS ber om forhåndsdrøftelse for kamerabasert parkering. Alt ligger i
        zip-filen. Kontaktkort for databehandleren er lagt ved.

        Vennlig hilsen
        Trine Aas
        ParkNord AS
        """
    )
    msg = message(
        "n013",
        p.G_FROM,
        "Forhåndsdrøftelse – ANPR",
        when(11, 19, 8, 31),
        body,
        attachments=[
            ("ANPR_forhandsdroftelse.zip", package),
            (
                "Kadri Lepp.vcf",
                vcard(
                    "Kadri Lepp",
                    "Skiltdata OÜ",
                    "Account manager",
                    "+372 5340 1187",
                    "kadri.lepp@skiltdata.ee",
                ),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "parking_company",
            "zip",
            "contact_vcard",
            "contact_page_in_dpia",
            "phone_telefon",
            "phone_plus47_spaced",
            "phone_foreign",
            "phone_sentralbord",
            "dpia_report_pdf",
            "risk_register_csv",
            "part5_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; parking ANPR; ZIP with DPIA, CSV register and minutes; processor as vCard",
    )


APP = Topic(
    title="Parkeringsapp med automatisk start og stopp",
    what=(
        "Appen skal starte og stoppe parkering automatisk ut fra telefonens posisjon når "
        "brukeren kjører inn og ut av et anlegg."
    ),
    scope=(
        "Ca. 260 000 brukere. Posisjon hvert 30. sekund nær anlegg, registreringsnummer, "
        "betalingskort. Posisjonsdata slettes etter 7 dager."
    ),
    flow="Appen driftes av Mobilpark Utvikling AS (databehandler).",
    need="Brukerne glemmer å stoppe parkering og betaler for mye. Grunnlag: avtale.",
    proportional=(
        "Posisjon samles bare innenfor 300 meter fra anlegg og bare når funksjonen er slått på."
    ),
    safeguards=("Av som standard.", "Oversikt over lagrede posisjoner i appen."),
    risks=(
        ("Kontinuerlig posisjonssporing", "høy", "Geofence rundt anlegg, ellers ingen logging"),
        ("Posisjon brukes til markedsføring", "middels", "Teknisk og avtalemessig forbud"),
        ("Feil stopp gir kontrollsanksjon", "middels", "Manuell klagebehandling"),
    ),
    not_done="Bluetooth-beacons i stedet for GPS – for dyrt å montere.",
)


def n014() -> Case:
    package = to_zip(
        {
            "DPIA_autostart.pdf": p.g_dpia(
                APP,
                g_contacts(
                    "Databehandler: Mobilpark Utvikling AS, kontakt Åse Krog, telefon "
                    "+47 45 90 12 34, ase.krog@mobilpark.no."
                ),
            ),
            "Risikoregister.csv": p.g_register(APP),
            "Styreprotokoll_26-11.pdf": p.g_minutes(
                "26. november 2026",
                "Sak 9/26 Automatisk start/stopp. Styret fikk presentert DPIA-ens funn, "
                "restrisiko og innspill fra brukerpanelet. Vurderingen ble godkjent.",
            ),
            "Vedlegg.pdf": b"",
        }
    )
    body = txt(
        """
        Hei,

        vedlagt pakke for forhåndsdrøftelse av automatisk start og stopp i appen.
        Undertegnede er kontaktperson; ombudet står på kopi.

        Trine
        """
    )
    msg = message(
        "n014",
        p.G_FROM,
        "Forhåndsdrøftelse – autostart i app",
        when(11, 30, 12, 2),
        body,
        attachments=[("Forhandsdrofting_autostart.zip", package)],
        cc="Vegard Holmsen <vegard.holmsen@parknord.no>",
    )
    return msg, Label(
        "nb",
        (
            "parking_company",
            "zip",
            "contact_header_cc",
            "contact_page_in_dpia",
            "phone_telefon",
            "phone_plus47_spaced",
            "phone_sentralbord",
            "dpia_report_pdf",
            "risk_register_csv",
            "part5_minutes_pdf",
            "zero_byte_extra_file",
        ),
        "none",
        True,
        "used",
        "complete; parking app geolocation; ZIP with an extra zero-byte file, DPO in Cc",
    )


# --- H: prison administration ----------------------------------------------------------------

SCANNER = Topic(
    title="Kroppsskanner for besøkende",
    what=(
        "Vestmo fengsel vil bruke kroppsskanner (millimeterbølge) på alle besøkende for å "
        "hindre innsmugling av narkotika og mobiltelefoner."
    ),
    scope=(
        "Om lag 4 500 besøk i året, også barn. Skannerbilde (kroppskontur), navn, tid og "
        "resultat. Bilder lagres ikke; treff logges i 12 måneder."
    ),
    flow="Resultatet går til besøksbetjent; treff kan føre til nektet besøk.",
    need=(
        "Beslag av narkotika etter besøk er doblet siden 2024. Grunnlag: "
        "straffegjennomføringsloven § 31 og artikkel 6 nr. 1 bokstav e."
    ),
    proportional="Visitasjon med avkledning er mer inngripende og blir erstattet.",
    safeguards=("Informasjon ved besøksbestilling.", "Barn under 12 skannes ikke."),
    risks=(
        (
            "Avsløring av kroppslige forhold (proteser, stomi)",
            "høy",
            "Generisk figur vises, ikke bilde",
        ),
        ("Feiltreff gir nektet besøk", "høy", "Manuell kontroll før beslutning"),
        ("Logg over besøkende brukes i andre saker", "middels", "Tilgangsstyring"),
    ),
    not_done="Frivillig skanning – vurdert, men gjør kontrollen virkningsløs.",
)


def n015() -> Case:
    inner_body = txt(
        """
        Arild,

        vedlagt er min signerte beslutning og DPIA-en. Send dette til Datatilsynet som
        anmodning om forhåndsdrøftelse. Du er kontaktperson.

        Bjørg
        """
    )
    inner = message(
        "n015i",
        "Bjørg Aslaksen <bjorg.aslaksen@vestmo-fengsel.no>",
        "Kroppsskanner – til Datatilsynet",
        when(11, 17, 15, 2),
        inner_body,
        attachments=[
            ("PVK_kroppsskanner.docx", p.h_dpia(SCANNER)),
            (
                "Beslutning_fengselsleder.pdf",
                p.h_decision_scan(
                    "16.11.2026",
                    "kroppsskanner",
                    "Jeg har fått lagt fram personvernkonsekvensvurderingen med funn og "
                    "restrisiko, og innspill fra tillitsvalgte og personvernombudet. Jeg "
                    "godkjenner vurderingen og beslutter at fengselet ber Datatilsynet om "
                    "forhåndsdrøftelse.",
                ),
            ),
        ],
        to="arild.nesheim@vestmo-fengsel.no",
    )
    body = (
        txt(
            f"""
        Til Datatilsynet

        Videresender fengselsleders e-post med vedlegg: anmodning om forhåndsdrøftelse for
        kroppsskanner for besøkende.

        {p.H_DPO}
        """
        )
        + "\n"
        + p.H_SIGNATURE
    )
    msg = message(
        "n015",
        p.H_FROM,
        "VS: Kroppsskanner – til Datatilsynet",
        when(11, 18, 8, 12),
        body,
        forwarded=("Kroppsskanner.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "prison_administration",
            "forwarded_rfc822",
            "contact_signature_only",
            "dpo_function_mailbox_switchboard",
            "long_signature_many_phones",
            "phone_direkte",
            "phone_sentralbord",
            "processor_none_stated",
            "dpia_report_docx",
            "risk_bullets",
            "part5_signed_letter",
            "part5_scanned_decision_pdf",
        ),
        "pgp_mime",
        True,
        "none",
        "complete; prison body scanner; forwarded leader's mail, scanned signed decision, "
        "DPO function mailbox",
    )


CALLS = Topic(
    title="Tale-til-tekst-analyse av innsattes telefonsamtaler",
    what=(
        "Innsattes telefonsamtaler tas allerede opp. Vi vil transkribere opptakene automatisk og "
        "søke etter nøkkelord knyttet til trusler, rømning og narkotika."
    ),
    scope=(
        "Ca. 140 innsatte og deres samtalepartnere, ca. 60 000 samtaler i året. Transkripsjoner "
        "slettes etter 30 dager uten treff."
    ),
    flow="Modellen kjører lokalt; treff går til sikkerhetsavdelingen.",
    need=(
        "Kontroll av samtaler er i dag stikkprøver; alvorlige trusler er oversett. Grunnlag: "
        "straffegjennomføringsloven § 32."
    ),
    proportional=(
        "Samtaler med advokat og offentlige myndigheter er unntatt og transkriberes ikke."
    ),
    safeguards=("Innsatte informeres ved innkomst.", "Samtalepartnere hører varsel."),
    risks=(
        ("Pårørende overvåkes uten mistanke", "høy", "Søk bare på definerte nøkkelord"),
        ("Feil transkripsjon på andre språk", "høy", "Treff kontrolleres mot lydopptak"),
        ("Advokatsamtaler fanges opp", "middels", "Hviteliste over numre"),
    ),
    not_done="Sanntidsanalyse – for inngripende.",
)


def n016() -> Case:
    decision = p.h_decision_scan(
        "25.11.2026",
        "tale-til-tekst-analyse",
        "Vurderingen er presentert for meg med funn, restrisiko og innspill fra "
        "innsatterådet og personvernombudet. Jeg godkjenner den. Restrisikoen for "
        "pårørende er høy; fengselet ber derfor om forhåndsdrøftelse.",
    )
    body = (
        txt(
            f"""
        Til Datatilsynet

        Vestmo fengsel ber om forhåndsdrøftelse for automatisk transkripsjon og analyse av
        innsattes telefonsamtaler. PVK og fengselsleders signerte beslutning er vedlagt.

        Kontaktperson er seniorrådgiver Arild Nesheim (se signatur). {p.H_DPO}
        """
        )
        + "\n"
        + p.H_SIGNATURE
    )
    msg = message(
        "n016",
        p.H_FROM,
        "Anmodning om forhåndsdrøftelse – analyse av telefonsamtaler",
        when(11, 26, 14, 18),
        body,
        attachments=[
            ("PVK_telefonsamtaler.docx", p.h_dpia(CALLS)),
            ("Beslutning_25-11-2026.pdf", decision),
        ],
    )
    return msg, Label(
        "nb",
        (
            "prison_administration",
            "contact_signature_only",
            "dpo_function_mailbox_switchboard",
            "long_signature_many_phones",
            "phone_direkte",
            "phone_sentralbord",
            "processor_none_stated",
            "dpia_report_docx",
            "risk_bullets",
            "part5_signed_letter",
            "part5_scanned_decision_pdf",
        ),
        "pgp_mime",
        True,
        "none",
        "complete; prison call transcription; contact in signature, scanned signed decision",
    )


# --- I: think tank ---------------------------------------------------------------------------

UNION = Topic(
    title="Arbeidslivspanelet 2027",
    what=(
        "Vi vil gjennomføre en panelundersøkelse om politiske holdninger, fagforeningsmedlemskap "
        "og erfaringer med diskriminering i arbeidslivet, og koble svarene til registerdata om "
        "inntekt og yrke fra SSB."
    ),
    scope=(
        "12 000 respondenter trukket fra et nettpanel, 3 svarrunder over to år. Særlige "
        "kategorier (politisk oppfatning, fagforeningsmedlemskap). Koblingsnøkkelen slettes "
        "i 2029."
    ),
    flow=(
        "Panelia AS samler inn svarene (databehandler). SSB kobler registerdata og leverer "
        "pseudonymisert fil til vår sikre analyseserver."
    ),
    need=(
        "Det finnes ingen data som kobler holdninger og faktisk lønnsutvikling over tid. "
        "Grunnlag: samtykke (artikkel 9 nr. 2 bokstav a)."
    ),
    proportional=(
        "Anonyme tverrsnittsundersøkelser er vurdert, men kan ikke belyse utvikling over tid."
    ),
    safeguards=(
        "Informasjonsskriv og samtykke før hver runde.",
        "Respondenten kan trekke seg og få svarene slettet.",
    ),
    risks=(
        (
            "Reidentifisering av respondenter i små yrker",
            "høy",
            "Grovere yrkeskoder og utleveringskontroll",
        ),
        ("Lekkasje av politiske holdninger", "høy", "Analyse bare på sikker server"),
        (
            "Samtykke oppleves som press fra panelet",
            "middels",
            "Ingen belønning knyttet til koblingen",
        ),
    ),
    not_done="Syntetiske data i stedet for kobling – vurdert, men ikke god nok kvalitet.",
)


def n017() -> Case:
    body = txt(
        f"""
        Til Datatilsynet

        Tankesmien Allmenning ber om forhåndsdrøftelse for Arbeidslivspanelet 2027, en
        panelundersøkelse med kobling til registerdata. Vurderingen av personvernkonsekvenser
        ligger vedlagt.

        Kontaktperson for saken er prosjektleder Mathias Rønning. Jeg nås på telefon
        47 81 20 66 eller mathias.ronning@allmenning.org. {p.I_DPO}

        {p.I_PANELIA}

        Styret i Allmenning behandlet vurderingen i møte 10. november. Funnene og
        restrisikoen ble lagt fram av prosjektleder og personvernombudet, og styret hadde
        innspill fra vårt referansepanel med LO- og NHO-representanter. Styret godkjente
        vurderingen og besluttet å be om forhåndsdrøftelse fordi risikoen for reidentifisering
        fortsatt er høy.

        Vennlig hilsen
        Mathias Rønning
        """
    )
    msg = message(
        "n017",
        p.I_FROM,
        "Forhåndsdrøftelse – Arbeidslivspanelet 2027",
        when(11, 17, 10, 48),
        body,
        attachments=[("Allmenning_DPIA_arbeidslivspanelet.docx", p.i_dpia(UNION))],
    )
    return msg, Label(
        "nb",
        (
            "think_tank",
            "contact_prose",
            "dpo_external_firm",
            "phone_direkte",
            "phone_sentralbord",
            "processor_contact_body",
            "dpia_report_docx",
            "headings_num",
            "risk_bullets",
            "part5_paragraph_in_mail",
        ),
        "none",
        True,
        "used",
        "complete; think tank panel survey with register linkage; prose contacts, approval "
        "paragraph",
    )


SCRAPE = Topic(
    title="Kartlegging av hatprat i offentlig debatt",
    what=(
        "Vi vil samle inn offentlige innlegg og kommentarer fra sosiale medier om innvandring "
        "og religion, og klassifisere dem med en språkmodell."
    ),
    scope=(
        "Anslagsvis 2 millioner innlegg fra 300 000 kontoer. Brukernavn, tekst, tidspunkt; "
        "religion og politisk oppfatning kan utledes. Rådata slettes etter 18 måneder."
    ),
    flow=(
        "Innsamling og lagring skjer hos Panelia AS (databehandler). Bare aggregerte funn "
        "publiseres; ingen sitater med brukernavn."
    ),
    need=(
        "Debatten om hatprat mangler systematiske data. Grunnlag: artikkel 6 nr. 1 bokstav f "
        "og artikkel 9 nr. 2 bokstav j."
    ),
    proportional="Et utvalg på 5 prosent er vurdert, men gir for få treff i små grupper.",
    safeguards=("Informasjon på nettsiden.", "Kontoer kan be om å bli holdt utenfor."),
    risks=(
        ("Enkeltpersoner stemples som hatefulle", "høy", "Ingen publisering på kontonivå"),
        ("Kobling av konto til person", "høy", "Pseudonymisering ved innsamling"),
        ("Utledning av religion", "middels", "Kategorien lagres ikke per konto"),
    ),
    not_done="Individuelt varsel til alle kontoer – umulig i praksis.",
)


def n018() -> Case:
    body = txt(
        f"""
        Hei,

        vi ber om forhåndsdrøftelse for prosjektet om hatprat i offentlig debatt, se vedlagt
        DPIA. Ta kontakt med meg på 47 81 20 66 eller svar på denne e-posten.

        {p.I_DPO}

        {p.I_PANELIA}

        Om ledelsens behandling: Daglig leder og styreleder gikk gjennom DPIA-en 25. november
        sammen med personvernombudet. De fikk presentert funn og restrisiko og innspill fra
        Antirasistisk Senter, og besluttet at vurderingen godkjennes og at vi skal ha
        forhåndsdrøftelse før innsamlingen starter.

        Mathias Rønning
        prosjektleder, Tankesmien Allmenning
        """
    )
    msg = message(
        "n018",
        p.I_FROM,
        "Anmodning om forhåndsdrøftelse: hatprat-prosjektet",
        when(11, 27, 15, 33),
        body,
        attachments=[("DPIA_hatprat.docx", p.i_dpia(SCRAPE))],
    )
    return msg, Label(
        "nb",
        (
            "think_tank",
            "contact_prose",
            "contact_is_sender_stated",
            "dpo_external_firm",
            "phone_direkte",
            "phone_sentralbord",
            "processor_contact_body",
            "dpia_report_docx",
            "headings_num",
            "risk_bullets",
            "part5_paragraph_in_mail",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; think tank social media scraping; approval paragraph in mail",
    )


# --- J: fintech ------------------------------------------------------------------------------

KYC = Topic(
    title="Selfie ID verification with liveness detection",
    what=(
        "New customers verify their identity by filming their face and their passport; a model "
        "compares the two and checks liveness."
    ),
    scope=(
        "About 90 000 onboardings a year. Face video, biometric template, passport data. "
        "Templates deleted after 30 days; passport copy kept 5 years (AML Act)."
    ),
    flow=("Verilane OÜ (processor) runs the check in the EU. Results go to our onboarding team."),
    need=(
        "The AML Act requires secure identification; BankID is not available to many "
        "customers (students, new residents). Legal basis Art. 6(1)(c) and 9(2)(g)."
    ),
    proportional="Customers with BankID are not asked for a selfie.",
    safeguards=("Manual video call as alternative.", "Right to human review of a rejection."),
    risks=(
        (
            "False rejection of darker-skinned customers",
            "high",
            "Bias testing; manual review of all rejections",
        ),
        ("Biometric data breach", "high", "Templates encrypted, 30-day deletion"),
        ("Function creep to fraud profiling", "medium", "Contract limits purpose"),
    ),
    not_done="Keeping no passport copy – not allowed under the AML Act.",
)


def n019() -> Case:
    signoff = """
| Step | Who | Date | Outcome |
| DPO advice | Even Aulie | 6 Nov 2026 | Prior consultation advised |
| Risk committee | CRO Lars Moe | 10 Nov 2026 | Findings and residual risk reviewed |
| Executive management | CEO Maja Strand | 13 Nov 2026 | Stakeholder input (customer panel,
  Finans Norge guidance) considered; DPIA approved; request prior consultation |
"""
    earlier = txt(
        """
        From: Maja Strand
        Sent: 13 November 2026 16:02
        Subject: KYC selfie – DPIA

        Approved at the management meeting today, see sign-off table. Sandra, please send it
        to Datatilsynet as a request for prior consultation.
        """
    )
    body = (
        txt(
            """
            Dear Datatilsynet,

            as agreed internally (see below), Kvikkpay AS requests prior consultation for
            selfie ID verification. The DPIA is attached; contacts for the DPO and the
            processor are in section A. I am the contact person.
            """
        )
        + "\n"
        + p.J_SIGNATURE_EN
        + "\n"
        + "".join("> " + line + "\n" for line in earlier.splitlines())
        + "\n"
        + p.J_DISCLAIMER
        + "\n"
    )
    msg = message(
        "n019",
        p.J_FROM,
        "RE: KYC selfie – DPIA",
        when(11, 16, 9, 58),
        body,
        attachments=[
            (
                "Kvikkpay_DPIA_KYC_selfie.pdf",
                p.j_dpia(KYC, f"{p.J_DPO}\n\n{p.J_PROCESSOR}", signoff),
            ),
        ],
    )
    return msg, Label(
        "en",
        (
            "fintech",
            "reply_in_thread",
            "contact_signature_only",
            "contact_is_sender_stated",
            "phone_plus47_spaced",
            "phone_0047",
            "phone_foreign",
            "disclaimer_footer",
            "dpia_report_pdf",
            "part5_signoff_table",
            "processor_contact_in_dpia",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; fintech selfie KYC; reply quoting CEO, sign-off table, Estonian processor",
    )


def n020() -> Case:
    body = (
        txt(
            """
        Hei,

        Kvikkpay ber om forhåndsdrøftelse for kredittvurdering av «kjøp nå, betal senere»
        basert på kontoinformasjon (open banking). Vi sender alt i e-posten.

        1) Kontakt
        Kontaktperson: Sandra Kvam, 0047 400 18 526, sandra.kvam@kvikkpay.no
        Personvernombud: Even Aulie, 0047 415 62 930, even.aulie@kvikkpay.no
        Vi bruker ingen databehandler; modellen kjører i vår egen plattform.

        2) Hva vi gjør
        Kunder som søker delbetaling over 5 000 kr gir oss tilgang til 12 måneders
        transaksjoner fra banken sin. En modell beregner betalingsevne og gir automatisk
        avslag eller tilbud. Ca. 150 000 søknader i året; transaksjonsdata slettes etter
        90 dager, vedtaket lagres i 5 år.

        3) Nødvendighet og proporsjonalitet
        Utlånsforskriften krever forsvarlig kredittvurdering; gjeldsregisteret viser ikke
        løpende utgifter. Vi bruker bare kategorier (bolig, mat, spill), ikke enkeltkjøp.
        Kunden kan velge manuell vurdering med lønnsslipp i stedet.

        4) Risiko
        - Automatisk avslag uten menneskelig vurdering (høy) – rett til manuell ny vurdering
        - Transaksjoner avslører helse, religion, fagforening (høy) – slike kategorier
          filtreres bort før modellen
        - Modellen diskriminerer unge og innvandrere (middels) – kvartalsvis skjevhetstest
        Vurdert, men ikke gjort: å utelate spillkategorien – den er viktigste
        varselssignal for betalingsproblemer.

        5) Ledelsens validering
        Ledergruppen gikk gjennom DPIA-en 24. november med funn, restrisiko og innspill
        fra kundepanelet og personvernombudet, godkjente den, og vedtok å be om
        forhåndsdrøftelse fordi restrisikoen ved automatiske avslag er høy.
        """
        )
        + "\n"
        + p.J_SIGNATURE_NB
    )
    msg = message(
        "n020",
        p.J_FROM,
        "Forhåndsdrøftelse – kredittvurdering med kontoinformasjon",
        when(11, 25, 16, 40),
        body,
    )
    return msg, Label(
        "nb",
        (
            "fintech",
            "all_in_body",
            "headings_num",
            "contact_label_value",
            "phone_0047",
            "processor_none_stated",
            "risk_bullets",
            "part5_sentence_in_mail",
        ),
        "inline",
        True,
        "none",
        "complete; fintech BNPL open-banking scoring; everything in one plain mail",
    )
