"""Blind6 cases g021-g040, one hand-written function per case."""

from __future__ import annotations

from email.message import EmailMessage

from kit import (
    Label,
    message,
    scan_image,
    to_docx,
    to_odt,
    to_pdf,
    to_xlsx,
    to_zip,
    txt,
    when,
)

Case = tuple[EmailMessage, Label]


def g021() -> Case:
    """Hospital, real-time location badges; XLSX risk; processor contact in annex; JPEG part 5."""
    body = txt("""
        Hei,

        På vegne av Sørlandskysten sykehus HF oversender jeg anmodning om forhåndsdrøftelse for
        sanntidsposisjonering (RTLS) av pasienter og utstyr i akuttmottak og sengeposter.

        Vedlagt:
        - DPIA (PDF), med vedlegg A «Aktører og kontaktpunkter»
        - Risikoregister (Excel)
        - Bilde av signert godkjenning fra sykehusledelsen (jpg) – originalen er arkivert i
          sak 26/04412

        Kontaktperson for saken er undertegnede. Personvernombudet er Lise Tveter,
        tlf. 38 07 30 00, lise.tveter@sshf-kyst.no.

        Med vennlig hilsen

        Ole Martin Fosse
        Seniorrådgiver, Medisinsk teknologi
        Sørlandskysten sykehus HF
        Mob: 952 40 118 | ole.martin.fosse@sshf-kyst.no
        """)
    dpia = """
        # DPIA – Sanntidsposisjonering (RTLS) i akuttmottak og sengeposter

        ## Bakgrunn

        Sykehuset bruker mye tid på å lete etter pasienter og utstyr. Ved overbelegg er det
        uklart hvor pasienter befinner seg mellom undersøkelser.

        ## Behandlingen

        Pasienter i akuttmottaket og på fire sengeposter får et armbånd med en brikke som
        registrerer posisjon (rom-nivå) hvert 10. sekund. Ansatte i de samme enhetene bærer
        brikke på ID-kortet. Posisjonene vises på en tavle i akuttmottaket og i en app for
        ansatte. Posisjonshistorikk lagres i 72 timer, deretter bare aggregert statistikk.
        Plattformen leveres og driftes av Nordloc AS (databehandler) i Norge. Om lag 38 000
        pasientopphold og 900 ansatte per år. Kilder: brikkene og pasientadministrativt system
        (navn, romnummer). Ansvar: Klinikk for akuttmedisin er systemeier.

        ## Nødvendighet og forholdsmessighet

        Tidsbruk på leting er målt til 40 minutter per sykepleier per vakt. Alternativet
        (manuell tavle) er prøvd og fungerer ikke ved overbelegg. Posisjon registreres på
        romnivå, ikke mer presist. Ansattes posisjon brukes ikke til å vurdere arbeidsinnsats;
        dette er avtalt med tillitsvalgte og står i rutinen. Pasienter kan reservere seg, og
        informeres ved ankomst.

        ## Risiko

        Se vedlagt risikoregister. Restrisikoen for kontroll av ansatte og for pasienter med
        demens (som ikke kan reservere seg) vurderes som høy.

        ## Vedlegg A – Aktører og kontaktpunkter

        Databehandler: Nordloc AS, Industriveien 7, 4631 Kristiansand. Kontakt: Hilde Brekke,
        prosjektleder, telefon +47 38 10 55 20, e-post hilde.brekke@nordloc.no.
        """
    register = {
        "Risikoregister": [
            [
                "Nr",
                "Hendelse",
                "Sannsynlighet",
                "Konsekvens",
                "Eksisterende tiltak",
                "Nye tiltak",
                "Restrisiko",
            ],
            [
                "1",
                "Posisjonsdata brukes til å kontrollere ansatte",
                "Middels",
                "Høy",
                "Rutine, avtale med tillitsvalgte",
                "Tilgangslogg gjennomgås kvartalsvis",
                "Høy",
            ],
            [
                "2",
                "Pasient med demens spores uten reell reservasjonsmulighet",
                "Høy",
                "Middels",
                "Vurdering av pårørende",
                "Brikken fjernes ved utskrivning",
                "Høy",
            ],
            [
                "3",
                "Uvedkommende ser tavlen i akuttmottaket",
                "Middels",
                "Middels",
                "Bare initialer på tavlen",
                "Skjerm vendt bort fra venterom",
                "Lav",
            ],
            [
                "4",
                "Historikk lagres utover 72 timer",
                "Lav",
                "Middels",
                "Automatisk sletting",
                "Månedlig kontroll",
                "Lav",
            ],
            [
                "5",
                "Innbrudd i leverandørens plattform",
                "Lav",
                "Høy",
                "Segmentert nett",
                "Årlig revisjon av databehandler",
                "Lav",
            ],
        ],
        "Vurdert ikke gjennomført": [
            ["Tiltak", "Begrunnelse"],
            ["Bare utstyr, ikke ansatte", "Ansattes posisjon trengs for alarmfunksjon"],
        ],
    }
    approval = (
        "SØRLANDSKYSTEN SYKEHUS HF\nSykehusledelsen\n\nGodkjenning av DPIA – RTLS\n\n"
        "Sykehusledelsen har behandlet DPIA for sanntidsposisjonering i møter 21. oktober og "
        "18. november 2026. Ledelsen har fått presentert funnene i risikoregisteret, "
        "tillitsvalgtes og verneombudets innspill, brukerutvalgets uttalelse og "
        "personvernombudets råd.\n\nBeslutning: DPIA-en godkjennes. Ledelsen er kjent med at "
        "restrisikoen er høy og ber om at det sendes anmodning om forhåndsdrøftelse til "
        "Datatilsynet.\n\nKristiansand, 18. november 2026\n\n"
        "Trond Ellingsen                      Birgit Aanonsen\nadm. direktør"
        "                        fagdirektør"
    )
    msg = message(
        "g021",
        "Ole Martin Fosse <ole.martin.fosse@sshf-kyst.no>",
        "Forhåndsdrøftelse RTLS - Sørlandskysten sykehus HF",
        when(11, 24, 14, 36),
        body,
        attachments=[
            ("DPIA RTLS.pdf", to_pdf(dpia)),
            ("Risikoregister RTLS.xlsx", to_xlsx(register)),
            ("IMG_20261118_151244.jpg", scan_image(approval, "JPEG", 1.5)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "contact_signature",
            "dpo_sentence",
            "processor_contact_separate",
            "dpia_report_pdf",
            "xlsx_risk_matrix",
            "photo_jpg",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; hospital RTLS; processor contact in DPIA annex; part 5 only as a JPEG photo",
    )


def g022() -> Case:
    """University college sends a draft DPIA for informal feedback, not a request."""
    body = txt("""
        Hei,

        Vi holder på med en DPIA for bruk av læringsanalyse i alle emner ved Høgskolen i Nordfjell
        og har et utkast vi er ganske usikre på. Før vi går videre og eventuelt sender en formell
        anmodning om forhåndsdrøftelse, lurer vi på om dere har mulighet til å se på utkastet og
        gi noen uformelle innspill – særlig på om risikovurderingen er på riktig nivå.

        Dette er altså ikke en anmodning om forhåndsdrøftelse ennå. Ledelsen har ikke sett
        dokumentet.

        Mvh
        Sunniva Larsen
        personvernrådgiver, Høgskolen i Nordfjell
        tlf. 57 72 20 41
        """)
    draft = """
        # UTKAST – DPIA læringsanalyse (til intern diskusjon)

        ## Beskrivelse

        Læringsplattformen samler klikkdata, innleveringer og tidsbruk for 6 500 studenter.
        Et dashbord viser faglærer hvilke studenter som står i fare for å stryke.

        ## Nødvendighet

        Frafall er høyt i første studieår. Vi har ikke vurdert alternativer ennå.

        ## Risiko

        - Studentene føler seg overvåket (høy?)
        - Feil prediksjon (middels?)
        TODO: tiltak, restrisiko.
        """
    msg = message(
        "g022",
        "Sunniva Larsen <sunniva.larsen@hinf.no>",
        "Uformelle innspill på DPIA-utkast?",
        when(11, 11, 12, 5),
        body,
        attachments=[("UTKAST DPIA laeringsanalyse.docx", to_docx(draft))],
    )
    return msg, Label(
        "nb",
        ("nonrequest_feedback_dpia", "dpia_draft", "docx"),
        "pgp_mime",
        False,
        "unspecified",
        "draft DPIA sent only for informal feedback; explicitly not a request yet",
    )


def g023() -> Case:
    """Research institute, mental-health app study; the necessity assessment comes next week."""
    body = txt("""
        Til Datatilsynet

        Senter for digital helseforskning (SDH) ber om forhåndsdrøftelse for studien «MoodTrack»,
        der passiv mobildata brukes til å forutsi tilbakefall hos personer med bipolar lidelse.

        Vedlagt ligger ett samlet dokument med kontaktopplysninger, beskrivelse av behandlingen,
        risikovurdering og protokoll fra ledermøtet.

        Vurderingen av nødvendighet og proporsjonalitet er ikke ferdig kvalitetssikret og kommer i
        neste uke. Vi sender den så snart den er klar.

        Med vennlig hilsen
        Amalie Strøm
        prosjektkoordinator
        """)
    doc = """
        # MoodTrack – anmodning om forhåndsdrøftelse

        ## Kontaktopplysninger

        | Kontaktperson | Amalie Strøm | 77 64 51 20 | amalie.strom@sdh.no
        | Personvernombud | Bjørnar Eliassen | 77 64 50 00 | personvernombud@sdh.no
        | Databehandler (app og server) | Polarsky AS v/ Mikkel Isaksen | 77 60 90 10
          | mikkel@polarsky.no

        ## Systematisk beskrivelse av behandlingen

        300 deltakere med bipolar lidelse, rekruttert fra tre poliklinikker, installerer appen
        i 12 måneder. Appen samler passivt skjermtid, antall anrop og meldinger (ikke innhold),
        bevegelse (akselerometer), grov lokasjon (500 m rutenett) og søvn, og daglige
        selvrapporterte stemningsskårer. Data overføres kryptert til Polarsky AS (databehandler)
        i Tromsø. Forskerne kobler data til journalopplysninger om innleggelser. Data
        oppbevares til 2033. Grunnlag: samtykke etter helseforskningsloven og art. 9 nr. 2 a.

        ## Risikovurdering

        | Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
        | Lokasjon avslører bosted/arbeidssted | Høy | Middels | Grovt rutenett, ingen
          nattlokasjon | Middels
        | Deltaker i manisk fase samtykker uten å forstå | Middels | Høy | Nytt samtykke etter
          4 uker, enkel tilbaketrekking | Middels
        | Data om kontakter (tredjeparter) | Middels | Middels | Bare antall, ingen numre | Lav
        | Lekkasje fra app | Lav | Høy | Kryptering, pentest gjennomført okt. 2026 | Lav

        ## Ledelsens behandling

        Protokoll, ledermøte SDH 12. november 2026, sak 19/26 (første gang drøftet 15.
        oktober): Prosjektleder presenterte DPIA-funnene; innspill fra brukerpanelet i Mental
        Helse og fra personvernombudet ble lagt fram. Vedtak: DPIA godkjent; det bes om
        forhåndsdrøftelse.
        """
    msg = message(
        "g023",
        "Amalie Strøm <amalie.strom@sdh.no>",
        "Anmodning om forhåndsdrøftelse - MoodTrack",
        when(11, 19, 15, 2),
        body,
        attachments=[("MoodTrack forhåndsdrøftelse.docx", to_docx(doc))],
    )
    return msg, Label(
        "nb",
        (
            "one_docx",
            "contact_table_docx_rows",
            "processor_contact_table",
            "risk_table_docx",
            "part3_will_follow",
            "part5_short_paragraph",
        ),
        "pgp_mime",
        True,
        "used",
        "mental-health app study; necessity/proportionality 'kommer i neste uke'",
        missing=(3,),
    )


def g024() -> Case:
    """Football club stadium face matching; reply to an earlier guidance exchange (quoted)."""
    body = txt("""
        Hei igjen, Marianne

        Takk for raskt svar og oversikten over hva dere trenger. Vi har nå fått styrets
        godkjenning og sender med dette en formell anmodning om forhåndsdrøftelse. DPIA-en (på
        engelsk, siden leverandøren har skrevet mye av den) ligger ved, og her er punktene du
        listet opp:

        Kontaktopplysninger:
        - Kontaktperson: Espen Dahl, sikkerhetssjef, 908 77 420, espen.dahl@bryne-arena.no
        - Personvernombud: Line Sola, 51 48 22 00, personvernombud@bryne-arena.no
        - Databehandler: FaceGate Security AS, Stig Hauge, 51 90 44 00, stig.hauge@facegate.no

        Ledelsens validering: Styret i Bryne Arena Drift AS behandlet DPIA-en 7. oktober og
        11. november 2026. Styret fikk presentert funnene og restrisiko, innspill fra
        supporterklubben, Norges Fotballforbund og personvernombudet. Vedtak 11. november:
        DPIA godkjent, og selskapet ber om forhåndsdrøftelse før bruk fra sesongstart 2027.

        Vennlig hilsen
        Espen Dahl
        Bryne Arena Drift AS

        > Fra: Marianne Skog <marianne.skog@datatilsynet.no>
        > Sendt: 14. oktober 2026 10:12
        > Emne: SV: Ansiktsgjenkjenning ved stadion – trenger vi forhåndsdrøftelse?
        >
        > Hei Espen,
        >
        > Dersom dere etter DPIA-en fortsatt har høy restrisiko, må dere be om
        > forhåndsdrøftelse. Se veiledningen på nettsiden vår om hva anmodningen må inneholde
        > (kontaktopplysninger, beskrivelse, nødvendighet og proporsjonalitet, risikovurdering
        > og ledelsens validering).
        >
        > Hilsen Marianne Skog, Datatilsynet
        >
        >> Fra: Espen Dahl
        >> Sendt: 9. oktober 2026 21:40
        >>
        >> Vi vurderer ansiktsgjenkjenning ved inngangene for å håndheve
        >> karantener. Trenger vi forhåndsdrøftelse?
        """)
    dpia = """
        # Data Protection Impact Assessment – Stadium entry face matching

        ## Description of the processing

        At the four turnstile zones of Bryne Arena, cameras capture the faces of all spectators
        (average 7 500 per match, 16 home matches). FaceGate software compares each face in
        real time against a watch-list of about 60 persons who have been given a stadium ban by
        the club or the police. Non-matches are discarded within 0.5 seconds. A match alerts a
        steward, who checks ID before refusing entry. The watch-list holds photos and ban
        decisions and is kept for the ban period. FaceGate Security AS processes the data on
        servers at the stadium as processor. Legal basis: Article 6(1)(f); biometric data under
        Article 9(2)(g) with the Personal Data Act § 6 is claimed and discussed below.

        ## Necessity and proportionality

        Banned supporters regularly enter using other people's tickets; ID checks at the gate
        for all spectators were tried in 2025 and caused queues of more than an hour. Face
        matching is limited to banned persons; no database of other spectators is built.
        Children under 15 are never added to the list. Spectators are informed at ticket
        purchase, on signs and on the screen, and may use a separate gate with manual ID check
        instead. The system is off outside matches. We acknowledge that the legal basis for
        Article 9 is uncertain and that this is one reason for requesting prior consultation.

        ## Risk assessment

        | Risk | Likelihood | Severity | Measures | Residual
        | False match leads to wrongful refusal | Medium | High | Steward confirms with ID
          | Medium
        | Chilling effect – supporters avoid matches | Medium | Medium | Manual gate option,
          transparency | Medium
        | Function creep (police use, marketing) | Medium | High | Contract, board policy,
          no export | High
        | Breach of watch-list data | Low | High | Local storage, encryption | Low

        Measures considered but not implemented: matching only after a ticket anomaly; not
        technically possible with the current ticket system.
        """
    msg = message(
        "g024",
        "Espen Dahl <espen.dahl@bryne-arena.no>",
        "SV: SV: Ansiktsgjenkjenning ved stadion - trenger vi forhåndsdrøftelse?",
        when(11, 20, 9, 31),
        body,
        attachments=[("DPIA face matching Bryne Arena.docx", to_docx(dpia))],
        headers={
            "In-Reply-To": "<20261014101200.ms@datatilsynet.no>",
            "References": "<20261009214000.ed@bryne-arena.no> <20261014101200.ms@datatilsynet.no>",
        },
    )
    return msg, Label(
        "nb",
        (
            "reply_chain_quoted",
            "contact_bullets",
            "processor_contact_body",
            "dpia_report_docx",
            "dpia_english",
            "mixed_language",
            "part5_short_paragraph",
        ),
        "none",
        True,
        "used",
        "complete; stadium face matching; reply quoting earlier guidance mails; English DPIA",
    )


def g025() -> Case:
    """Automatic out-of-office reply."""
    body = txt("""
        Takk for din e-post. Jeg er på ferie til og med 2. januar 2027 og leser ikke e-post.

        Haster det, kontakt personvernombudet på personvernombud@tindefjell.kommune.no eller
        sentralbordet 75 50 50 00.

        I am on leave until 2 January 2027. For urgent matters, please contact
        personvernombud@tindefjell.kommune.no.

        Hilsen Bente Aasen
        """)
    msg = message(
        "g025",
        "Bente Aasen <bente.aasen@tindefjell.kommune.no>",
        "Automatisk svar: Forhåndsdrøftelse - deres ref. 26/03811",
        when(12, 4, 16, 2),
        body,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    )
    return msg, Label(
        "nb",
        ("nonrequest_autoreply", "all_in_body", "very_short"),
        "none",
        False,
        "unspecified",
        "out-of-office auto-reply whose subject mentions prior consultation",
    )


def g026() -> Case:
    """Sports federation anti-doping whereabouts app; the description annex is not attached."""
    body = txt("""
        Til Datatilsynet

        Stiftelsen Rent Idrett Norge ber om forhåndsdrøftelse for en ny app for
        oppholdsstedsinformasjon (whereabouts) med automatisk posisjonsdeling for utøvere i
        nasjonal testpool.

        Dokumentasjonen består av:
        Vedlegg 1 – Beskrivelse av behandlingen
        Vedlegg 2 – Vurdering av nødvendighet og forholdsmessighet
        Vedlegg 3 – Risikovurdering (Excel)
        Vedlegg 4 – Styrevedtak

        Kontaktperson: juridisk rådgiver Sondre Viken, tlf. 918 03 552, sondre.viken@rentidrett.no
        Personvernombud: Kjersti Alm, tlf. 21 02 99 00, personvernombud@rentidrett.no
        Databehandler: Appverket AS, kontaktperson Ola Brenden, tlf. 23 50 11 80,
        ola.brenden@appverket.no

        Med vennlig hilsen
        Sondre Viken
        """)
    v2 = """
        # Vedlegg 2 – Nødvendighet og forholdsmessighet

        WADA-koden krever at utøvere i testpool oppgir oppholdssted én time hver dag. Mange
        utøvere får advarsler for glemte oppdateringer. Automatisk posisjonsdeling er frivillig
        og kan bare aktiveres av utøveren selv, bare i den valgte timen, og posisjon lagres ikke
        utenfor timen. Alternativet – manuell registrering – beholdes. Utøverne har vært med på
        utformingen gjennom utøverkomiteen. Innsyn og sletting via appen.
        """
    v3 = {
        "Risikovurdering": [
            ["Risiko", "S", "K", "Tiltak", "Restrisiko"],
            ["Posisjon deles utenfor valgt time", "2", "5", "Teknisk sperre, test", "Middels"],
            ["Utøver føler press til å aktivere", "4", "3", "Frivillighet, informasjon", "Middels"],
            [
                "Data deles med internasjonale forbund uten grunnlag",
                "2",
                "4",
                "Kun via ADAMS etter WADA-regler",
                "Lav",
            ],
            ["Lekkasje av posisjonshistorikk", "2", "5", "Ingen historikk lagres", "Lav"],
        ]
    }
    v4 = """
        # Vedlegg 4 – Utdrag av styreprotokoll

        Styremøte i Stiftelsen Rent Idrett Norge 9. november 2026, sak 41/26. Saken var også
        behandlet 14. september (sak 33/26).

        Administrasjonen presenterte DPIA-en med funn og restrisiko. Innspill fra utøverkomiteen,
        Norges idrettsforbund og personvernombudet ble gjennomgått.

        Vedtak: Styret godkjenner DPIA-en og ber administrasjonen anmode om forhåndsdrøftelse.
        """
    msg = message(
        "g026",
        "Sondre Viken <sondre.viken@rentidrett.no>",
        "Anmodning om forhåndsdrøftelse - whereabouts-app",
        when(11, 30, 11, 12),
        body,
        attachments=[
            ("Vedlegg 2 Nodvendighet og forholdsmessighet.pdf", to_pdf(v2)),
            ("Vedlegg 3 Risikovurdering.xlsx", to_xlsx(v3)),
            ("Vedlegg 4 Styrevedtak.pdf", to_pdf(v4)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "file_per_part",
            "headings_vedlegg",
            "contact_label_value",
            "processor_contact_body",
            "xlsx_risk_matrix",
            "attachment_referenced_missing",
            "part2_absent",
        ),
        "none",
        True,
        "used",
        "anti-doping whereabouts app; 'Vedlegg 1 – Beskrivelse' listed but not attached",
        missing=(2,),
    )


def g027() -> Case:
    """Municipal primary schools, AI tutor; one DOCX with English headings; table of contacts."""
    body = txt("""
        Hei,

        Fjordheim kommune ber om forhåndsdrøftelse for innføring av en KI-basert
        læringsassistent i 5.–10. trinn. Leverandøren har levert malen for DPIA-en på engelsk, og vi
        har fylt den ut på engelsk og norsk om hverandre – vi håper det går greit.

        Alt ligger i vedlagte Word-dokument.

        Hilsen
        Thomas Nygård
        IKT-pedagogisk rådgiver
        """)
    doc = """
        # DPIA – KI-læringsassistent («StudyBuddy») i Fjordheim-skolen

        ## Contact details

        | Role | Name | Phone | E-mail
        | Contact person | Thomas Nygård | +47 412 20 907 | thomas.nygard@fjordheim.kommune.no
        | Data Protection Officer | Anne-Lise Holm | 0047 71 58 90 00
          | personvernombud@fjordheim.kommune.no
        | Processor | EduAI Europe B.V. (Amsterdam), Sanne de Vries | +31 20 794 1100
          | privacy@eduai.eu / s.devries@eduai.eu

        ## Description of processing

        Om lag 2 100 elever får tilgang til en chat-basert læringsassistent i matematikk, norsk
        og engelsk. Eleven logger inn med Feide. Assistenten lagrer samtalene, oppgaver og
        mestringsnivå per kompetansemål. Lærer ser en oversikt per klasse og kan åpne den
        enkelte elevs samtaler. Samtalene behandles av EduAI Europe B.V. (databehandler) i
        Azure West Europe; språkmodellen leveres av en underdatabehandler med EU-avtale.
        Data slettes ved skoleårets slutt, mestringsnivå beholdes til eleven slutter.
        Behandlingsgrunnlag: opplæringsloven § 1-1 og § 17-1, GDPR art. 6(1)(e).

        ## Necessity and proportionality

        Tilpasset opplæring er lovpålagt, men lærerne har ikke kapasitet til individuell
        oppfølging i store klasser. A pilot at two schools in 2025/26 showed improved results for
        the weakest pupils. Samtaler brukes ikke til vurdering med karakter. Pupils are told not
        to share personal information, and the assistant filters names, addresses and phone
        numbers before sending text to the model. Foreldre får informasjon og kan kreve at
        barnet bruker ordinære oppgaver i stedet. No training of the model on pupils' data.

        ## Risk assessment

        | Risk | Likelihood | Impact | Mitigation | Residual risk
        | Elever deler sensitive forhold (vold, helse) i chatten | High | High | Filter, rutine
          for bekymringsmelding, lærer varsles | High
        | Profiling of pupils' abilities follows them | Medium | High | Mestringsnivå slettes
          ved skolebytte | Medium
        | Sub-processor transfers outside EEA | Low | High | EU data boundary, contract
          | Low
        | Incorrect or harmful answers | Medium | Medium | Content moderation, teacher review
          | Medium

        Measures considered but not implemented: running a local model on municipal servers
        (cost and capacity; reconsidered in 2028).

        ## Management approval

        Kommunedirektørens ledergruppe behandlet DPIA-en 6. oktober og 3. november 2026.
        Presentasjonen omfattet funn, restrisiko, uttalelser fra elevrådene, FAU,
        Utdanningsforbundet og personvernombudet. Vedtak 3. november: «DPIA godkjennes.
        Kommunen ber om forhåndsdrøftelse hos Datatilsynet før tiltaket innføres.»
        """
    msg = message(
        "g027",
        "Thomas Nygård <thomas.nygard@fjordheim.kommune.no>",
        "Forhåndsdrøftelse - KI-læringsassistent",
        when(11, 6, 13, 57),
        body,
        attachments=[("DPIA StudyBuddy Fjordheim.docx", to_docx(doc))],
    )
    return msg, Label(
        "nb",
        (
            "one_docx",
            "contact_table_docx_rows",
            "intl_phone",
            "headings_english",
            "mixed_language",
            "processor_foreign",
            "risk_table_docx",
            "part5_short_paragraph",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; municipal school AI tutor; one DOCX, English headings, mixed nb/en text",
    )


def g028() -> Case:
    """Start-up, smart-lock rental platform; no DPO appointed (English)."""
    body = txt("""
        Dear Norwegian Data Protection Authority,

        KeyNest Norway AS hereby requests prior consultation under GDPR Article 36 for our
        tenant-screening and smart-lock platform for private landlords.

        1. Contact details
        Contact person: Aisha Rahman, COO, +47 948 71 220, aisha@keynest.no
        Data protection officer: KeyNest has not appointed a data protection officer, as we
        believe we are not required to under Article 37. Questions can be sent to Aisha.
        Processor: CloudNordic AS (hosting), Lars Eide, +47 22 39 71 00, lars.eide@cloudnordic.no

        2. Description of the processing
        Prospective tenants apply through our app. We collect ID (via BankID), income data
        (from payslips they upload), payment remarks from a credit bureau and references from
        previous landlords. An algorithm produces a "tenant score" shown to the landlord. After
        signing, the tenant's smart-lock logs (time of entry, which key) are stored for 90 days
        and are available to the landlord on request in case of damage. Around 18 000
        applicants per year.

        3. Necessity and proportionality
        Landlords require a quick, reliable assessment; the score replaces informal (and often
        discriminatory) judgements. We do not collect nationality, photos or family status.
        Lock logs are not shown to landlords routinely, only after a documented incident.
        Applicants see their score and the main factors and can correct information.

        4. Risk assessment
        - Discriminatory outcome through proxies (postcode, income type): medium/high. Fairness
          testing every quarter, postcode removed. Residual: medium.
        - Landlord uses lock logs to monitor tenant's private life: medium/high. Access only via
          KeyNest support after incident report. Residual: high.
        - Applicants feel forced to share payslips: high/medium. Alternative manual
          documentation. Residual: medium.
        - Security breach of score database: low/high. Encryption, MFA. Residual: low.

        5. Management validation
        The DPIA was presented to the board on 17 September and 29 October 2026 together with
        feedback from a landlord panel and the Tenants' Association (Leieboerforeningen). The
        board approved the DPIA on 29 October and decided to request prior consultation.

        Yours faithfully,
        Aisha Rahman
        KeyNest Norway AS
        """)
    msg = message(
        "g028",
        "Aisha Rahman <aisha@keynest.no>",
        "Request for prior consultation - KeyNest tenant screening",
        when(11, 13, 10, 19),
        body,
    )
    return msg, Label(
        "en",
        (
            "all_in_body",
            "headings_num",
            "p1_no_dpo",
            "processor_contact_body",
            "startup_informal",
            "risk_bullets",
        ),
        "pgp_mime",
        True,
        "used",
        "tenant screening start-up; says it has no DPO, so no DPO contact: part 1 missing",
        missing=(1,),
    )


def g029() -> Case:
    """Research institute, wearable stress study; contacts only in two signatures; XLSX risks."""
    body = txt("""
        Til Datatilsynet

        Forhåndsdrøftelse – studien «Stress på jobb» (pulsklokker hos helsearbeidere)

        Arbeidsmiljøinstituttet Vest skal undersøke stress hos sykepleiere ved å la 450 deltakere
        bære pulsklokke i tre måneder. Data om puls, hjerterytmevariabilitet, søvn og skritt
        kobles med turnusdata fra arbeidsgiverne (tre sykehus) og med spørreskjema om stress og
        helse. Klokkene synkroniserer til en app fra Wearalytics GmbH (Berlin), som er vår
        databehandler og lagrer rådata i Frankfurt; instituttet laster ned pseudonymiserte data
        ukentlig til sin egen server. Arbeidsgiverne får aldri tilgang til individdata, bare en
        sluttrapport med resultater på gruppenivå (minst 20 personer). Data slettes i 2031.
        Grunnlag: samtykke (art. 6 nr. 1 a og art. 9 nr. 2 a), REK-godkjent (REK 2026/887).

        Nødvendighet og proporsjonalitet: Selvrapportert stress alene er ikke pålitelig nok til å
        studere sammenhengen mellom turnus og fysiologisk belastning. Vi har valgt klokke uten
        GPS, samler ikke lokasjon og har kortet ned innsamlingsperioden fra seks til tre måneder
        etter innspill fra tillitsvalgte. Deltakelse er frivillig og rekruttering skjer via
        Sykepleierforbundet, ikke via leder, for å unngå press. Deltakerne kan trekke seg når
        som helst, og data slettes da.

        Risikovurderingen ligger i vedlagt regneark.

        Ledelsens godkjenning: DPIA-en ble lagt fram for instituttets ledergruppe 22. oktober og
        19. november 2026, sammen med referansegruppens innspill (Sykepleierforbundet,
        arbeidsgiverne, to deltakerrepresentanter) og personvernombudets råd. Direktøren godkjente
        DPIA-en 19. november og besluttet å be om forhåndsdrøftelse.

        Vennlig hilsen

        Synne Ravndal
        prosjektleder | Arbeidsmiljøinstituttet Vest
        tlf. 55 58 71 40 | synne.ravndal@amiv.no

        Fredrik Lien
        personvernombud | Arbeidsmiljøinstituttet Vest
        tlf. 55 58 70 00 | personvernombud@amiv.no

        Databehandler: Wearalytics GmbH, Dr. Julia Becker, Data Protection Lead,
        +49 30 2091 5570, julia.becker@wearalytics.de
        """)
    risiko = {
        "Risikovurdering": [
            ["Risiko for de registrerte", "Sannsynlighet", "Konsekvens", "Tiltak", "Restrisiko"],
            [
                "Arbeidsgiver får innsyn i enkeltpersoners stressdata",
                "Lav",
                "Høy",
                "Ingen individdata ut, avtale",
                "Lav",
            ],
            [
                "Deltakere presses til å delta",
                "Middels",
                "Middels",
                "Rekruttering via fagforening",
                "Lav",
            ],
            ["Helsedata overføres til tredjeland", "Lav", "Høy", "EU-lagring, DPA", "Lav"],
            [
                "Reidentifisering i små avdelinger",
                "Middels",
                "Høy",
                "Minst 20 per gruppe i rapport",
                "Middels",
            ],
            [
                "Funn om hjerterytme uten oppfølging",
                "Middels",
                "Høy",
                "Rutine for henvisning til fastlege",
                "Høy",
            ],
        ],
        "Ikke gjennomførte tiltak": [
            ["Tiltak", "Hvorfor ikke"],
            ["Egen app uten tredjepart", "For kostbart innen prosjektets rammer"],
        ],
    }
    msg = message(
        "g029",
        "Synne Ravndal <synne.ravndal@amiv.no>",
        "Forhåndsdrøftelse - Stress på jobb",
        when(11, 23, 12, 44),
        body,
        attachments=[("Risikovurdering Stress paa jobb.xlsx", to_xlsx(risiko))],
    )
    return msg, Label(
        "nb",
        (
            "contact_signature",
            "all_in_body",
            "processor_foreign",
            "xlsx_risk_matrix",
            "headings_inline",
            "part5_short_paragraph",
        ),
        "none",
        True,
        "used",
        "complete; wearable research; contact person and DPO only as two mail signatures",
    )


def g030() -> Case:
    """Job application to Datatilsynet; not a request."""
    body = txt("""
        Hei,

        Jeg søker herved stillingen som seniorrådgiver i seksjon for forhåndsdrøftelser og
        innebygd personvern (utlysning 2026/44). Jeg har sju års erfaring som personvernombud i
        kommunal sektor og har ledet mer enn tjue DPIA-er, blant annet for velferdsteknologi.

        CV og vitnemål er vedlagt. Jeg ser frem til å høre fra dere.

        Med vennlig hilsen
        Karianne Fossum
        tlf. 934 55 120
        """)
    cv = """
        # CV – Karianne Fossum

        ## Arbeidserfaring

        2019–d.d. Personvernombud, Vestre Vikna kommune
        2016–2019 Rådgiver, Fylkesmannen i Trøndelag

        ## Utdanning

        Master i rettsvitenskap, Universitetet i Bergen, 2016
        """
    msg = message(
        "g030",
        "Karianne Fossum <karianne.fossum@gmail.com>",
        "Søknad - seniorrådgiver forhåndsdrøftelser (2026/44)",
        when(11, 15, 18, 26),
        body,
        attachments=[("CV Karianne Fossum.pdf", to_pdf(cv))],
    )
    return msg, Label(
        "nb",
        ("nonrequest_job_application", "pdf"),
        "none",
        False,
        "unspecified",
        "job application for a post handling prior consultations; not a request",
    )


def g031() -> Case:
    """Pharmacy chain, loyalty health profiling; one PDF, 2-col contact table, caps headings."""
    body = txt("""
        Vedlagt oversendes anmodning om forhåndsdrøftelse fra Helseapoteket Norge AS.

        Mvh
        Juridisk avdeling
        Helseapoteket Norge AS
        """)
    pdf = """
        # ANMODNING OM FORHÅNDSDRØFTELSE – PERSONLIGE HELSETILBUD I KUNDEKLUBBEN

        Helseapoteket Norge AS, org.nr. 976 112 905, Sandakerveien 64, 0484 Oslo

        # KONTAKTOPPLYSNINGER

        | Kontaktperson | Benedikte Aarø, advokat, juridisk avdeling
        | Telefon | 23 05 61 88
        | E-post | benedikte.aaro@helseapoteket.no
        | Personvernombud | Halvard Strand
        | Telefon | +47 23 05 60 00
        | E-post | personvernombud@helseapoteket.no
        | Databehandler | Loyalto AS (kundeklubbplattform), v/ Camilla Dahle
        | Telefon | 22 44 80 12
        | E-post | camilla.dahle@loyalto.no

        # BESKRIVELSE AV BEHANDLINGEN

        Kundeklubben (ca. 850 000 medlemmer) skal gi personlige tilbud basert på kjøp av
        reseptfrie varer (f.eks. graviditetstester, nikotinerstatning, allergimedisin,
        inkontinensprodukter). Kjøp kategoriseres i 45 «helseinteresser». Reseptbelagte varer
        er holdt utenfor. Tilbud sendes i app og e-post. Data behandles i Loyalto AS sin
        plattform i Norge. Interesseprofiler slettes etter 18 måneder uten kjøp.

        # NØDVENDIGHET OG PROPORSJONALITET

        Behandlingen bygger på uttrykkelig samtykke (art. 9 nr. 2 a) som gis separat fra
        medlemskapet; medlemmer uten samtykke får generelle tilbud. Kategorier som anses som
        særlig sensitive (graviditet, seksuell helse, psykisk helse) er tatt ut etter
        innspill fra Forbrukerrådet. Kunden ser sine interesser i appen og kan slette dem.

        # RISIKOVURDERING

        | Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
        | Helseinteresser avsløres for andre (delt e-post, familieapp) | Middels | Høy
          | Nøytrale emnefelt, ingen push med produktnavn | Middels
        | Samtykket oppfattes som vilkår for rabatt | Middels | Middels | Samme rabatt uten
          samtykke | Lav
        | Profil brukes av forsikringspartner | Lav | Svært høy | Forbud i avtale, ingen
          deling | Lav
        | Feilaktige slutninger om helse | Høy | Middels | Bare kategorier, ingen diagnoser
          | Middels

        # LEDELSENS VALIDERING

        Styreprotokoll Helseapoteket Norge AS, styremøte 12. november 2026.
        Sak 22/26 Helsetilbud i kundeklubben – DPIA. Saken ble første gang drøftet i
        styremøtet 24. september (sak 17/26). Administrasjonen presenterte sammenstillingen av
        funn, innspill fra Forbrukerrådet, kundepanelet og personvernombudet.
        Vedtak: Styret godkjenner DPIA-en og ber om at Datatilsynet anmodes om forhåndsdrøftelse.
        """
    msg = message(
        "g031",
        "Juridisk <juridisk@helseapoteket.no>",
        "Anmodning om forhåndsdrøftelse",
        when(11, 18, 8, 50),
        body,
        attachments=[("Anmodning forhandsdroftelse Helseapoteket.pdf", to_pdf(pdf))],
    )
    return msg, Label(
        "nb",
        (
            "one_pdf",
            "contact_table_pdf_2col",
            "headings_caps",
            "role_mailbox",
            "processor_contact_table",
            "risk_table_pdf",
            "board_minutes_sak",
        ),
        "none",
        True,
        "used",
        "complete; pharmacy loyalty profiling; one PDF, sent from a role mailbox",
    )


def g032() -> Case:
    """Municipality (nynorsk), drones for snow-load inspection; management has not treated it."""
    body = txt("""
        Til Datatilsynet

        Førehandsdrøfting – dronefoto for kontroll av snølast og ulovleg bygging

        Kontaktperson: Gaute Bjørkedal, byggesakshandsamar, tlf. 57 82 30 47,
        gaute.bjorkedal@sunnfjellet.kommune.no
        Personvernombod: Oddny Hatlevik, tlf. 57 82 30 00, personvernombod@sunnfjellet.kommune.no
        Kommunen nyttar ingen databehandlar; dronene vert flogne og dataa handsama av kommunen
        sjølv.

        Skildring av handsaminga: Kommunen vil fotografere alle bygningar i kommunen frå drone
        (om lag 6 400 eigedomar) ein gong i året for å avdekke takskadar, snølast og tiltak
        utan byggeløyve. Bileta har oppløysing på 2 cm og kan vise personar i hagar og gjennom
        vindauge. Bileta vert lagra i kommunen sitt kartsystem i tre år.

        Naudsynt og forholdsmessig: Kommunen har plikt til å føre tilsyn etter plan- og
        bygningslova. Bileta vert automatisk sladda for personar og vindauge før dei vert lagra.
        Flyging vert varsla i lokalavisa og på nettsida. Berre byggesak har tilgang.

        Risiko for dei registrerte: Personar i private hagar kan bli fotograferte (høg
        sannsyn, middels konsekvens; sladding); bileta kan nyttast til andre føremål, t.d.
        eigedomsskatt (middels/høg; tilgangsstyring); sladding kan svikte (middels/høg;
        stikkprøvar). Restrisikoen for privatlivet i eigen hage er vurdert som høg.

        Leiinga si handsaming: DPIA-en er ikkje handsama i leiinga enno. Ho vert lagd fram for
        kommunedirektøren si leiargruppe i januar, og vi sender protokollen etterpå.

        Med helsing
        Gaute Bjørkedal
        Sunnfjellet kommune
        """)
    msg = message(
        "g032",
        "Gaute Bjørkedal <gaute.bjorkedal@sunnfjellet.kommune.no>",
        "Førehandsdrøfting - dronefoto byggesak",
        when(11, 26, 14, 11),
        body,
    )
    return msg, Label(
        "nn",
        ("all_in_body", "headings_inline", "processor_none_stated", "part5_will_follow"),
        "inline",
        True,
        "none",
        "nynorsk municipality drones; management has not treated the DPIA yet ('i januar')",
        missing=(5,),
    )


def g033() -> Case:
    """Out-of-hours clinic video triage; one DOCX per part; part 3 under an odd heading."""
    body = txt("""
        Hei,

        Interkommunal legevakt Midt-Dalen (vertskommune Midtdal kommune) ber om
        forhåndsdrøftelse for videokonsultasjon med automatisk symptomvurdering.

        Dokumentasjonen er delt i fem filer, én for hvert av punktene i veiledningen deres.

        Med hilsen
        Jorunn Lunde
        leder, Legevakt Midt-Dalen
        """)
    p1 = """
        # 1 Kontaktopplysninger

        ~ Kontaktperson: Jorunn Lunde, leder legevakt
        ~ Tlf.: 74 16 90 20
        ~ E-post: jorunn.lunde@midtdal.kommune.no

        ~ Personvernombud for vertskommunen: Kristoffer Bye
        ~ Tlf.: 74 16 80 00
        ~ E-post: personvernombud@midtdal.kommune.no

        ~ Databehandler: Telelege Nord AS
        ~ Kontakt: Mona Ås, driftsleder
        ~ Tlf.: 77 05 12 40
        ~ E-post: mona.as@telelege-nord.no
        """
    p2 = """
        # 2 Beskrivelse av behandlingen

        Innbyggere i fem kommuner (ca. 48 000) som ringer legevakten kan velge videosamtale.
        Før samtalen fyller de ut et symptomskjema i en app; appen foreslår en
        hastegrad (rød/gul/grønn) basert på symptomene, alder og kjente sykdommer som
        innbyggeren oppgir. Sykepleier ser forslaget, snakker med innbyggeren på video og
        bestemmer hastegrad. Videosamtalen tas ikke opp. Skjema og hastegrad dokumenteres i
        legevaktjournalen. Løsningen driftes av Telelege Nord AS. Om lag 30 000 henvendelser
        per år.
        """
    p3 = """
        # 3 Er tiltaket godt nok begrunnet?

        Legevakten har lange ventetider på telefon i helger. Symptomskjemaet gjør at sykepleier
        får strukturert informasjon før samtalen og kan prioritere de sykeste. Videosamtale er
        frivillig; telefon er fortsatt tilgjengelig. Appen samler bare opplysninger som trengs
        for hastegradsvurdering, og forslaget er aldri avgjørende. Innbyggerne informeres i
        appen og på kommunenes nettsider, og kan få innsyn i journalen på vanlig måte. Vi mener
        derfor at behandlingen er nødvendig og står i rimelig forhold til formålet.
        """
    p4 = """
        # 4 Risikovurdering

        | Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
        | Appen undervurderer hastegrad | Middels | Svært høy | Sykepleier vurderer alltid,
          rød ved tvil | Høy
        | Innbyggere uten digital kompetanse får dårligere tilbud | Middels | Middels | Telefon
          beholdes | Lav
        | Video fra hjemmet viser tredjepersoner | Middels | Lav | Informasjon | Lav
        | Uautorisert tilgang til skjema | Lav | Høy | ID-porten, logg | Lav
        """
    p5 = """
        # 5 Ledelsens validering

        Styringsgruppen for legevaktsamarbeidet (kommunedirektørene i de fem kommunene) behandlet
        DPIA-en 15. oktober og 19. november 2026. Funnene og restrisikoen ble presentert, og
        innspill fra legevaktlegene, brukerrådet og personvernombudet ble drøftet.

        Beslutning 19. november: Styringsgruppen godkjenner DPIA-en og ber vertskommunen
        sende anmodning om forhåndsdrøftelse.
        """
    msg = message(
        "g033",
        "Jorunn Lunde <jorunn.lunde@midtdal.kommune.no>",
        "Forhåndsdrøftelse videolegevakt med symptomvurdering",
        when(12, 1, 9, 48),
        body,
        attachments=[
            ("1 Kontaktopplysninger.docx", to_docx(p1)),
            ("2 Beskrivelse.docx", to_docx(p2)),
            ("3 Begrunnelse.docx", to_docx(p3)),
            ("4 Risikovurdering.docx", to_docx(p4)),
            ("5 Ledelsens validering.docx", to_docx(p5)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "file_per_part",
            "docx",
            "contact_label_value",
            "processor_contact_body",
            "part3_odd_heading",
            "risk_table_docx",
        ),
        "none",
        True,
        "used",
        "complete; out-of-hours video triage; part 3 headed 'Er tiltaket godt nok begrunnet?'",
    )


def g034() -> Case:
    """Request for a guidance meeting, not a prior consultation."""
    body = txt("""
        Hei,

        Vi i Bykassen Bank ASA jobber med en ny modell for å oppdage økonomisk utnyttelse av
        eldre kunder (f.eks. at pårørende tømmer kontoen). Vi er tidlig i prosessen og har ikke
        gjort en DPIA ennå.

        Vi ønsker et veiledningsmøte med dere for å drøfte rettslig grunnlag og om dette er noe
        som vil kreve forhåndsdrøftelse senere. Passer det i uke 3 eller 4?

        Vennlig hilsen
        Ingvild Sørensen
        Compliance, Bykassen Bank ASA
        tlf. 22 01 45 90
        """)
    msg = message(
        "g034",
        "Ingvild Sørensen <ingvild.sorensen@bykassen.no>",
        "Ønske om veiledningsmøte",
        when(11, 27, 13, 3),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_guidance", "all_in_body", "very_short"),
        "none",
        False,
        "unspecified",
        "bank asks for a guidance meeting; no DPIA yet; not a request",
    )


def g035() -> Case:
    """Hospital, genomics in newborn screening; ZIP where the minutes file is empty."""
    body = txt("""
        Hei,

        Oslo Kyst universitetssykehus HF ber om forhåndsdrøftelse for utvidet genetisk
        nyfødtscreening (helgenomsekvensering) i et pilotprosjekt. Dokumentene ligger i vedlagte
        zip-fil: kontaktopplysninger, DPIA og protokoll fra direktørmøtet.

        Med vennlig hilsen
        Ragnar Holm
        seksjonsleder, Nyfødtscreeningen
        """)
    kontakt = """
        # Kontaktopplysninger

        ~ Kontaktperson: Ragnar Holm, seksjonsleder, 23 07 44 10, ragnar.holm@oku.no
        ~ Personvernombud: Astrid Vik, 23 07 40 00, personvernombud@oku.no
        ~ Databehandler: GenSeq Norge AS
        ~ Kontakt: laboratorieleder Per Kristian Moe, 23 96 18 00, pk.moe@genseq.no
        """
    dpia = """
        # DPIA – helgenomsekvensering i nyfødtscreening (pilot)

        ## Systematisk beskrivelse

        I piloten tilbys foreldre til 5 000 nyfødte at blodprøven fra hælen også sekvenseres
        (helgenom). Analysen filtreres til 250 gener for behandlingbare sykdommer i barnealder.
        Sekvensering utføres av GenSeq Norge AS. Rådata lagres kryptert i sykehusets
        forskningsinfrastruktur i 10 år. Funn meldes til barnelege og foreldre.

        ## Nødvendighet og proporsjonalitet

        Dagens screening fanger 25 sykdommer. Helgenom kan fange mange flere tidlig. Bare
        forhåndsdefinerte gener analyseres; tilfeldige funn rapporteres ikke. Samtykke fra begge
        foreldre, med rett til å trekke seg og få data slettet.

        ## Risikovurdering

        | Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
        | Genomdata brukes senere til andre formål | Middels | Svært høy | Bare 250 gener,
          nytt samtykke for forskning | Høy
        | Barnet får ikke selv samtykke | Høy | Høy | Ny informasjon ved 16 år | Høy
        | Reidentifisering fra genomdata | Middels | Høy | Tilgangskontroll, logg | Middels
        """
    archive = to_zip(
        {
            "Kontaktopplysninger.pdf": to_pdf(kontakt),
            "DPIA helgenom nyfodtscreening.pdf": to_pdf(dpia),
            "Protokoll direktormotet 2026-11-10.pdf": b"",
        }
    )
    msg = message(
        "g035",
        "Ragnar Holm <ragnar.holm@oku.no>",
        "Forhåndsdrøftelse - genetisk nyfødtscreening (pilot)",
        when(11, 17, 10, 6),
        body,
        attachments=[("Forhandsdroftelse helgenom.zip", archive)],
    )
    return msg, Label(
        "nb",
        (
            "zip",
            "contact_label_value",
            "dpia_report_pdf",
            "risk_table_pdf",
            "zero_byte_part5_in_zip",
            "processor_contact_separate",
        ),
        "pgp_mime",
        True,
        "used",
        "newborn genomic screening; the minutes PDF inside the ZIP is zero bytes",
        missing=(5,),
    )


def g036() -> Case:
    """Welfare agency, automated housing-benefit control; part 3 inside the description section."""
    pdf = """
        # Husbankdirektoratet – anmodning om forhåndsdrøftelse

        Automatisert etterkontroll av bostøtte ved sammenstilling med Skatteetaten og
        Folkeregisteret

        # Del A Kontaktinformasjon

        ~ Kontaktperson: fagdirektør Lars Kvalheim, 32 26 41 00, lars.kvalheim@husbankdir.no
        ~ Personvernombud: Eva Thorsen, 32 26 40 00, personvernombud@husbankdir.no
        ~ Databehandler: Ingen. Behandlingen gjøres i direktoratets egne systemer.

        # Del B Behandlingen

        ## B.1 Hva behandles

        Hver måned sammenstilles opplysninger om alle bostøttemottakere (ca. 95 000
        husstander) med inntekt fra a-ordningen, formue fra Skatteetaten og bostedsadresse og
        husstandsmedlemmer fra Folkeregisteret. Avvik over fastsatte terskler gir automatisk
        varsel om tilbakekreving; beløp under kr 5 000 tilbakekreves uten manuell behandling.
        Opplysningene lagres i fem år (foreldelse). Mottakere: mottakeren selv, kommunen ved
        klage.

        ## B.2 Formål, nødvendighet og forholdsmessighet

        Bostøtten er behovsprøvd, og feilutbetalinger er beregnet til 210 mill. kr i året. Manuell
        kontroll dekker under 2 % av sakene. Sammenstillingen er hjemlet i husbankloven § 7 og
        bostøtteloven § 11. Automatiske avgjørelser gjelder bare små beløp og kan påklages;
        mottakeren får varsel og 3 uker til å uttale seg før vedtak. Direktoratet har vurdert
        stikkprøver som alternativ og funnet dem utilstrekkelige. Bare nødvendige felt hentes
        (ikke f.eks. helseopplysninger), og mottakerne informeres i søknaden og i hvert vedtak.

        ## B.3 Teknisk og ansvar

        Integrasjon via Maskinporten. Avdeling for bostøtte er systemeier.

        # Del C Risikovurdering

        - Feil i registerdata gir urettmessig tilbakekreving (middels/høy). Tiltak: varsel og
          uttalerett, manuell kontroll ved klage. Restrisiko: middels.
        - Sårbare mottakere forstår ikke varselet (høy/høy). Tiltak: klarspråk, kommunal
          veileder kontaktes. Restrisiko: høy.
        - Husstandsmedlemmer (f.eks. voksne barn) får konsekvenser for foreldrenes støtte
          (middels/middels). Tiltak: informasjon. Restrisiko: middels.
        - Manglende forutsigbarhet ved automatiserte avgjørelser (middels/høy). Tiltak:
          publisert beskrivelse av reglene. Restrisiko: middels.

        # Del D Ledelsens behandling

        Direktoratets ledergruppe behandlet DPIA-en 1. oktober og 5. november 2026 med
        presentasjon av funn, innspill fra KS, Leieboerforeningen og personvernombudet.
        Beslutning 5. november: DPIA-en godkjennes, og direktoratet ber om forhåndsdrøftelse.
        """
    body = txt("""
        Vedlagt følger anmodning om forhåndsdrøftelse.

        Med hilsen
        Lars Kvalheim
        """)
    msg = message(
        "g036",
        "Lars Kvalheim <lars.kvalheim@husbankdir.no>",
        "Anmodning om forhåndsdrøftelse - automatisert etterkontroll av bostøtte",
        when(11, 10, 15, 25),
        body,
        attachments=[("Anmodning forhåndsdrøftelse bostøtte.pdf", to_pdf(pdf))],
    )
    return msg, Label(
        "nb",
        (
            "one_pdf",
            "headings_letter",
            "processor_none_stated",
            "part3_inside_part2",
            "risk_bullets",
            "part5_short_paragraph",
        ),
        "none",
        True,
        "none",
        "complete; housing benefit control; necessity inside 'B.2 Formål, nødvendighet ...'",
    )


def g037() -> Case:
    """Bank, internal chain forwarded; risk assessment to follow once the vendor has answered."""
    body = txt("""
        Til Datatilsynet

        Se nedenfor og vedlagt. Vi sender dette nå slik at saken kan komme i gang; risiko-
        vurderingen ettersendes så snart leverandøren har svart på sikkerhetsspørsmålene våre.

        Mvh
        Hans Petter Evjen
        Personvernombud, Sentrum Sparebank
        tlf. 69 10 22 00 | hp.evjen@sentrumsparebank.no

        ---------- Videresendt melding ----------
        Fra: Marit Fjeld <marit.fjeld@sentrumsparebank.no>
        Dato: 25. nov. 2026 kl. 11:30
        Emne: Forhåndsdrøftelse - stemmebiometri i kundesenteret
        Til: Hans Petter Evjen

        Hei HP,

        Her er underlagene for forhåndsdrøftelsen om stemmebiometri. Jeg er kontaktperson
        (69 10 22 47, marit.fjeld@sentrumsparebank.no). Leverandøren Voxa Nordic AS er
        databehandler, kontakt Jan Erik Bø, 21 42 70 00, janerik.bo@voxanordic.no.

        Styret godkjente DPIA-en 19. november etter behandling også 22. oktober, se vedlagt
        protokoll.

        Marit
        """)
    dpia = """
        # DPIA – Stemmebiometri i kundesenteret

        ## Beskrivelse av behandlingen

        Kunder som ringer kundesenteret (ca. 400 000 samtaler/år) verifiseres automatisk ved
        stemmen i stedet for kontrollspørsmål. Stemmeavtrykk lages ved første samtale etter
        samtykke og lagres hos Voxa Nordic AS. Avtrykket slettes når kunden trekker samtykket
        eller avslutter kundeforholdet.

        ## Nødvendighet og proporsjonalitet

        Kontrollspørsmål er sårbare for sosial manipulering. Stemmebiometri er frivillig;
        kunder som ikke samtykker, bruker BankID-bekreftelse i appen. Bare avtrykket lagres,
        ikke opptaket. Informasjon i nettbanken og i samtalen.

        ## Risikovurdering

        Risikovurderingen er under arbeid i påvente av leverandørens svar om lagring og
        sikkerhet, og ettersendes.
        """
    protokoll = """
        # Protokoll – styremøte Sentrum Sparebank 19. november 2026

        ## Sak 88/26 Stemmebiometri – DPIA

        Første gang behandlet 22. oktober (sak 79/26). Administrasjonen presenterte DPIA-en,
        funn og innspill fra kundepanelet og personvernombudet.

        Vedtak: Styret godkjenner DPIA-en og ber om forhåndsdrøftelse hos Datatilsynet.
        """
    msg = message(
        "g037",
        "Hans Petter Evjen <hp.evjen@sentrumsparebank.no>",
        "VS: Forhåndsdrøftelse - stemmebiometri i kundesenteret",
        when(11, 26, 8, 9),
        body,
        attachments=[
            ("DPIA stemmebiometri.docx", to_docx(dpia)),
            ("Protokoll styret 19.11.2026.pdf", to_pdf(protokoll)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "forwarded_inline_chain",
            "contact_prose",
            "contact_signature",
            "processor_contact_body",
            "dpia_report_docx",
            "part4_will_follow",
            "minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "bank voice biometrics; DPO forwards internal mail; risk assessment 'ettersendes'",
        missing=(4,),
    )


def g038() -> Case:
    """A lone minutes PDF sent as 'ettersending' without any reference; not a request."""
    body = txt("""
        Ettersender vedlegg.

        Sendt fra min iPhone
        """)
    minutes = """
        # Protokoll styremøte 3. desember 2026

        ## Sak 9/26 DPIA

        Styret godkjente DPIA-en.
        """
    msg = message(
        "g038",
        "Roar Nilsen <roar.nilsen@nilsenbygg.no>",
        "Vedlegg",
        when(12, 4, 7, 58),
        body,
        attachments=[("protokoll.pdf", to_pdf(minutes))],
    )
    return msg, Label(
        "nb",
        ("nonrequest_supplement_no_context", "pdf", "very_short"),
        "none",
        False,
        "unspecified",
        "'Ettersender vedlegg' with a short minute; no case reference, no request",
    )


def g039() -> Case:
    """Savings bank, call analytics; ODT 2-col contacts, DPIA PDF, board minutes DOCX."""
    body = txt("""
        God dag,

        Vestlandsbanken ASA ber om forhåndsdrøftelse av taleanalyse i kundesenteret. Vedlagt:

        a) Kontaktskjema (ODT)
        b) Personvernkonsekvensvurdering (PDF)
        c) Utskrift av styreprotokoll (Word)

        Vi ber om at dokumentene unntas offentlighet, jf. offentleglova § 13.

        Med hilsen
        Eline Myklebust
        seniorjurist
        """)
    kontakt = """
        # Kontaktskjema

        | Felt | Opplysning
        | Virksomhet | Vestlandsbanken ASA, org.nr. 912 334 008
        | Kontaktperson | Eline Myklebust, seniorjurist
        | Telefon | +47 55 30 20 71
        | E-post | eline.myklebust@vestlandsbanken.no
        | Personvernombud | Sigmund Aarvik
        | Telefon | +47 55 30 20 00
        | E-post | dpo@vestlandsbanken.no
        | Databehandler | Speechmine AS
        | Kontaktperson databehandler | Renate Kolle, 930 44 718, renate.kolle@speechmine.no
        """
    dpia = """
        # Personvernkonsekvensvurdering – taleanalyse i kundesenteret

        # 1. Behandlingens art, omfang, formål og sammenheng

        Alle samtaler i kundesenteret (ca. 650 000 per år) tas opp og transkriberes av
        Speechmine AS. Transkripsjonene analyseres for (a) klager og misnøye, (b) mulig svindel
        mot kunden (f.eks. at kunden blir instruert av en tredjeperson) og (c) kvalitet i
        rådgivningen. Resultatene vises per samtale og per rådgiver. Opptak lagres i 6 måneder,
        transkripsjoner i 12 måneder. Berørte er kunder og 180 ansatte rådgivere.

        # 2. Nødvendighet og proporsjonalitet

        Opptak av samtaler om investeringsrådgivning er lovpålagt (verdipapirhandelloven).
        Analyse for svindel beskytter kundene; pilot viste at 14 svindelforsøk ble stoppet på
        to måneder. Emosjonsanalyse er vurdert og valgt bort. Resultatene brukes ikke i
        lønnsfastsettelse. Kundene informeres før opptak og kan be om at samtalen ikke
        analyseres.

        # 3. Risikovurdering

        | Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
        | Rådgivere opplever kontinuerlig overvåking | Høy | Middels | Avtale med
          tillitsvalgte, ingen rangering | Middels
        | Feilaktig svindelmistanke stanser kundens betaling | Middels | Høy | Manuell
          vurdering innen 1 time | Middels
        | Opptak inneholder helse- og familieforhold | Høy | Middels | Sladding av
          transkripsjon | Middels
        | Uautorisert tilgang hos databehandler | Lav | Høy | Revisjon, kryptering | Lav

        Vurdert men ikke gjennomført: analyse bare på kundens samtykke – ville fjerne
        svindelvernet for de mest sårbare.
        """
    protokoll = """
        # Vestlandsbanken ASA – utskrift av styreprotokoll

        Styremøte 29. oktober 2026, sak 57/26 «Taleanalyse i kundesenteret».

        Styret behandlet også saken 24. september (sak 49/26). Banksjefen la fram DPIA og
        restrisiko; innspill fra finansforbundets tillitsvalgte, kundepanelet og
        personvernombudet ble referert.

        Vedtak: Styret godkjenner personvernkonsekvensvurderingen og ber administrasjonen om å
        be Datatilsynet om forhåndsdrøftelse.

        Bergen, 29. oktober 2026. Rett utskrift bekreftes: Styresekretær Knut Haga
        """
    msg = message(
        "g039",
        "Eline Myklebust <eline.myklebust@vestlandsbanken.no>",
        "Forhåndsdrøftelse taleanalyse",
        when(11, 5, 11, 33),
        body,
        attachments=[
            ("Kontaktskjema.odt", to_odt(kontakt)),
            ("Personvernkonsekvensvurdering taleanalyse.pdf", to_pdf(dpia)),
            ("Styreprotokoll sak 57-26.docx", to_docx(protokoll)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "contact_odt_2col",
            "intl_phone",
            "dpia_report_pdf",
            "headings_num",
            "risk_table_pdf",
            "minutes_docx",
            "processor_contact_table",
        ),
        "none",
        True,
        "used",
        "complete; bank call analytics; ODT contact form, DPIA PDF, board minutes in Word",
    )


def g040() -> Case:
    """Foreign company asks which authority to consult (English); not a request."""
    body = txt("""
        Hello,

        We are a German e-commerce company (Kaufnest GmbH) with a subsidiary in Oslo. We plan an
        AI-based fraud scoring of customers across the EU and have completed a DPIA which shows
        high residual risk. Our main establishment is in Hamburg.

        Should we request prior consultation with Datatilsynet for our Norwegian customers, or
        only with the Hamburg authority? We would be grateful for guidance before we submit
        anything.

        Kind regards,
        Felix Bauer
        Legal & Privacy, Kaufnest GmbH
        """)
    msg = message(
        "g040",
        "Felix Bauer <felix.bauer@kaufnest.de>",
        "Question: which authority for prior consultation?",
        when(11, 12, 16, 41),
        body,
    )
    return msg, Label(
        "en",
        ("nonrequest_must_we_ask", "all_in_body", "very_short"),
        "none",
        False,
        "unspecified",
        "German company asks which authority to consult; no request made",
    )
