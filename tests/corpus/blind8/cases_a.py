"""blind8 cases m001-m020, one function per case returning the message and its label."""

from __future__ import annotations

from email.message import EmailMessage

from kit import (
    Label,
    csv_bytes,
    html_from_text,
    message,
    quoted,
    scan_image,
    to_docx,
    to_odt,
    to_pdf,
    to_zip,
    txt,
    when,
)
from personas import (
    K_CONTACT,
    K_CONTACT2,
    K_DISCLAIMER,
    K_DPO,
    L_CLOUD,
    L_CONTACT,
    L_DPO,
    L_LOYALTY,
    M_CONTACT,
    M_CONTACT2,
    N_CONTACT,
    N_CONTACT2,
    N_DPO,
    N_PROCESSOR,
    O_CONTACT,
    O_CONTACT2,
    O_GENERIC,
    O_LAB,
    P_CONTACT,
    P_CONTACT2,
    Q_DISCLAIMER,
    Q_SENDER,
    Q_SUB,
    R_ADMIN,
    R_LEADER,
    R_LEADER2,
    S_CONTACT,
    S_CONTACT2,
    S_DPO,
    T_DPO,
    T_FOUNDER,
    T_FOUNDER2,
    english_dpia,
    k_board_decision,
    k_columns,
    k_processor_annex,
    k_pvk,
    k_risk_register,
    k_signature,
    l_dpia,
    l_signature,
    m_contact_table,
    m_decision_scan,
    m_letter,
    n_signature,
    n_vcard,
    o_contacts_page,
    o_long,
    o_risk_csv_rows,
    o_signature,
    o_signoff,
    p_minutes_text,
    p_prose_contacts,
    p_signature,
    q_contacts_xlsx,
    q_signature,
    r_dpia,
    r_signature,
    s_minutes,
    s_processor_annex,
    s_signature,
    t_signature,
)

Case = tuple[EmailMessage, Label]


def m001() -> Case:
    pvk = k_pvk(
        "Maskinlæringsbasert transaksjonsovervåking (AML 2.0)",
        "LSB-PVK-2026-014",
        k_columns(K_CONTACT, K_DPO, "Kontaktperson for saken", "Personvernombud"),
        [
            (
                "Beskrivelse av behandlingen",
                "Banken erstatter dagens regelbaserte overvåking av transaksjoner med en modell "
                "som gir hver transaksjon og hver kunde en risikoskår for hvitvasking og "
                "terrorfinansiering. Omfang: om lag 212 000 personkunder og 14 000 "
                "bedriftskunder, alle kort- og kontotransaksjoner, historikk 36 måneder. "
                "Kilder er kjernebanksystemet, kundekjennskapsopplysninger (KYC), PEP- og "
                "sanksjonslister og enhetsinformasjon fra nettbanken. Skår over terskel gir et "
                "varsel som en analytiker i AML-enheten vurderer manuelt; mistenkelige forhold "
                "rapporteres til Økokrim. Mottakere internt er AML-enheten og internrevisjon. "
                "Modellen trenes og driftes på Fennix Banktjenester AS sin plattform i Norge "
                "(databehandler, se eget vedlegg). Ansvar: banksjef er behandlingsansvarlig, "
                "AML-ansvarlig eier behandlingen.",
            ),
            (
                "Nødvendighet og forholdsmessighet",
                "Hvitvaskingsloven pålegger løpende oppfølging av kundeforhold. Dagens regler gir "
                "over 96 prosent falske positive varsler, som betyr at mange kunder utsettes for "
                "unødige kontroller og spørsmål. Vi har vurdert å justere reglene (gir liten "
                "effekt) og å kjøpe en ferdig modell fra utlandet (dårligere innsyn i logikken). "
                "Modellen bruker ikke opplysninger om kjønn, nasjonalitet eller bosted som "
                "inndata; nasjonalitet brukes kun som kontroll for skjevhet. Kunder informeres i "
                "personvernerklæringen; innsynsbegjæringer behandles etter hvitvaskingsloven § 48 "
                "med de begrensninger loven gir. Lagring: 5 år etter avsluttet kundeforhold, "
                "treningsdata pseudonymiseres.",
            ),
            (
                "Risiko for kundenes rettigheter og friheter",
                "Høyest risiko: (1) indirekte diskriminering av kunder med transaksjoner til "
                "bestemte land, som kan føre til avslutning av kundeforhold; (2) at kunder ikke "
                "forstår hvorfor de blir spurt eller får konto sperret; (3) at analytikere stoler "
                "blindt på skåren; (4) uautorisert tilgang til sammenstilte profiler. Se "
                "risikoregisteret (Excel) for sannsynlighet, konsekvens og eiere. Gjennomførte "
                "tiltak: skjevhetstester per kvartal, forklaring av de fem viktigste faktorene i "
                "hvert varsel, fire-øyne-prinsipp før avslutning av kundeforhold, tilgangsstyring "
                "og logging. Restrisikoen for punkt (1) vurderes fortsatt som høy.",
            ),
            (
                "Tiltak som er vurdert, men ikke gjennomført",
                "Å gi kunden en individuell forklaring på skåren er vurdert, men ikke gjennomført "
                "fordi det kan varsle om en pågående undersøkelse (tipping-off-forbudet). Ekstern "
                "revisjon av modellen er utsatt til etter første driftsår på grunn av kostnad.",
            ),
            (
                "Ledelsens behandling",
                "PVK-en ble presentert for styret 19. november 2026, sammen med innspill fra "
                "konserntillitsvalgt og kundeombudet. Se vedlagt styrevedtak.",
            ),
        ],
    )
    decision = k_board_decision(
        "84/26",
        "19.11.2026",
        "Transaksjonsovervåking med maskinlæring – personvernkonsekvensvurdering",
        "Styret fikk presentert PVK-en (LSB-PVK-2026-014) med funn og restrisiko av "
        "AML-ansvarlig og personvernombudet. Innspill fra konserntillitsvalgt om "
        "arbeidsbelastning for analytikere og fra kundeombudet om forklaringer til kunder var "
        "lagt ved saken. Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser og "
        "aksepterer tiltakene. Fordi restrisikoen for diskriminering fortsatt vurderes som høy, "
        "ber styret administrasjonen om å be Datatilsynet om forhåndsdrøftelse før modellen tas "
        "i bruk.",
        "Torunn Elvebakk (styreleder)   Geir Ove Nilssen   Marte Kongsvik   Asbjørn Lyngstad",
    )
    risk = k_risk_register(
        [
            [
                "R1",
                "Skjev skår for kunder med overføringer til bestemte land",
                "Avslutning av kundeforhold, stigma",
                "4",
                "4",
                "Skjevhetstest per kvartal, manuell vurdering",
                "Høy",
                "AML-ansvarlig",
            ],
            [
                "R2",
                "Kunden forstår ikke hvorfor konto sperres",
                "Tap av tilgang til betaling",
                "3",
                "4",
                "Egen kundeprosess, klagekanal",
                "Middels",
                "Kundesenter",
            ],
            [
                "R3",
                "Automatiseringsskjevhet hos analytiker",
                "Feil rapportering",
                "3",
                "3",
                "Opplæring, stikkprøver",
                "Lav",
                "AML-ansvarlig",
            ],
            [
                "R4",
                "Uautorisert tilgang til profiler",
                "Brudd på taushetsplikt",
                "2",
                "5",
                "Rollebasert tilgang, logging",
                "Middels",
                "CISO",
            ],
        ]
    )
    body = (
        txt(
            """
        Hei,

        Lyngstad Sparebank ber om forhåndsdrøftelse etter personvernforordningen artikkel 36
        for ny transaksjonsovervåking med maskinlæring.

        Vedlagt:
        - PVK (LSB-PVK-2026-014), inkl. kontaktpunkter
        - Risikoregister (Excel)
        - Styrevedtak sak 84/26
        - Vedlegg om databehandler (Fennix Banktjenester AS)
        """
        )
        + "\n"
        + k_signature(K_CONTACT)
        + "\n"
        + K_DISCLAIMER
    )
    msg = message(
        "m001",
        K_CONTACT.address,
        "Anmodning om forhåndsdrøftelse – transaksjonsovervåking (AML 2.0)",
        when(11, 23, 10, 12),
        body,
        attachments=[
            ("PVK_AML2.0_LSB-PVK-2026-014.pdf", pvk),
            ("Risikoregister_AML2.0.xlsx", risk),
            ("Styrevedtak_sak_84-26.pdf", decision),
            ("Vedlegg_databehandler_Fennix.pdf", k_processor_annex()),
        ],
    )
    return msg, Label(
        "nb",
        (
            "bank",
            "one_pdf_dpia",
            "contact_pdf_two_column",
            "phone_plus47_spaced",
            "processor_contact_separate_annex",
            "headings_unnumbered",
            "risk_register_xlsx",
            "part5_signed_decision_letter",
            "disclaimer_footer",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; bank ML transaction monitoring; PVK PDF with contact columns, XLSX register, "
        "board decision, processor annex",
    )


def m002() -> Case:
    dpia = l_dpia(
        "Personlige priser i Matkroken+",
        [
            (
                "Om behandlingen",
                "Medlemmer i kundeprogrammet Matkroken+ (ca. 1,1 millioner) skal få personlige "
                "priser og tilbud i appen, beregnet ut fra kjøpshistorikk (varelinjer fra "
                "kassasystemet, 24 måneder), butikk, tidspunkt og svar på kundeundersøkelser. "
                "Prisene settes automatisk av en modell hos Kvittr Loyalty AS. Kjøpshistorikk kan "
                "avsløre helse (glutenfrie varer, diabetesprodukter, graviditetstester), religion "
                "(halal, kosher) og økonomi. Mottakere: kategoriavdelingen får kun aggregater; "
                "leverandører får ingen personopplysninger.",
            ),
            (
                "Nødvendighet og forholdsmessighet",
                "Formålet er å gi medlemmer relevante rabatter og redusere matsvinn. Vi har "
                "vurdert felles kampanjer for alle (mindre treff), og segmenter på 5 000+ kunder "
                "(valgt for helse- og religionsnære varer). Varer i sensitive kategorier holdes "
                "utenfor modellen. Samtykke hentes i appen, separat fra medlemskapet, og kan "
                "trekkes med én knapp. Ingen skal få høyere pris enn hyllepris. Kunden ser i appen "
                "hvorfor et tilbud vises.",
            ),
            (
                "Risiko for kundene",
                "Vi har vurdert følgende risikoer: kunden kan bli profilert på en måte hen ikke "
                "forventer (høy), slutninger om helse kan lekke via tilbudene som vises på delt "
                "skjerm eller familiekonto (høy), prisdiskriminering av kunder som handler lite "
                "(middels), og innbrudd hos leverandør (middels). Tiltak: ekskludering av "
                "sensitive kategorier, ingen tilbud på låseskjerm, årlig revisjon av modellen, "
                "kryptering og tilgangsstyring. Tiltak vurdert men ikke gjennomført: å la kunden "
                "redigere sin egen profil (for kostbart i første versjon). Restrisiko for "
                "uventet profilering er fortsatt høy.",
            ),
        ],
        """
| System | Formål | Leverandør | Rolle |
| Matkroken+ app og kundeprogram | Medlemskap, tilbud | Kvittr Loyalty AS | Databehandler |
| Prismodell | Beregning av personlige priser | Kvittr Loyalty AS | Databehandler |
| Datavarehus | Aggregert innsikt | Nimbra Cloud Norge AS | Databehandler |
| Kassasystem | Varelinjer | Egen drift | – |
""",
    )
    body = (
        txt(
            f"""
        Hei Datatilsynet,

        Vi ber med dette om forhåndsdrøftelse for personlige priser i Matkroken+ appen.
        DPIA-en ligger vedlagt.

        Kontaktperson: se avsender
        Personvernombud: {L_DPO.name}
        Telefon: {L_DPO.phone}
        E-post: {L_DPO.email}

        Databehandlere (se også systemtabellen i DPIA-en):
        Kvittr Loyalty AS – {L_LOYALTY.name}, tlf. {L_LOYALTY.phone}, {L_LOYALTY.email}
        Nimbra Cloud Norge AS – {L_CLOUD.name}, tlf. {L_CLOUD.phone}, {L_CLOUD.email}

        Ledergruppen gikk gjennom DPIA-en med funn og restrisiko 17. november (sak LG 41/26),
        etter innspill fra tillitsvalgte og kundepanelet, godkjente den og besluttet at vi skal be
        om forhåndsdrøftelse før lansering.
        """
        )
        + "\n"
        + l_signature(L_CONTACT)
    )
    msg = message(
        "m002",
        L_CONTACT.address,
        "Forhåndsdrøftelse - personlige priser Matkroken+",
        when(11, 18, 14, 47),
        body,
        attachments=[("DPIA personlige priser Matkroken+.docx", dpia)],
    )
    return msg, Label(
        "nb",
        (
            "grocery",
            "contact_label_value",
            "contact_see_sender",
            "phone_8_digits",
            "processor_several",
            "processor_in_systems_table",
            "dpia_report_docx",
            "headings_unnumbered",
            "part5_sentence_in_mail",
        ),
        "none",
        True,
        "used",
        "complete; grocery personalised prices; label-value contacts, processors' contacts in "
        "the mail, approval as a sentence",
    )


def m003() -> Case:
    contacts = m_contact_table(M_CONTACT)
    letter = m_letter(
        "2026/11842-3",
        "20.11.2026",
        "Anmodning om forhåndsdrøftelse – digital våpensøknad med automatisk risikomarkering",
        f"""
Vestmar politidistrikt ber om forhåndsdrøftelse etter personvernforordningen art. 36 for
behandlingen beskrevet i vedlagt vurdering av personvernkonsekvenser.

Kontaktinformasjon:

{contacts}

Distriktet benytter ikke databehandler for denne behandlingen; løsningen utvikles og driftes av
distriktets egen IKT-seksjon.

Vedlagt følger vurderingen av personvernkonsekvenser (DPIA) og politimesterens beslutning.
""",
        M_CONTACT,
    )
    dpia = to_docx(
        """
Vurdering av personvernkonsekvenser – digital søknad om våpenkort

# Behandlingen

Søknader om våpenkort (ca. 4 800 i året) skal leveres digitalt. Løsningen henter automatisk
opplysninger fra folkeregisteret, helseopplysninger søkeren selv oppgir, og opplysninger om
tidligere saker i distriktets forvaltningssystemer, og markerer søknader med «forhøyet risiko»
etter et sett faste kriterier (bl.a. bekymringsmeldinger, tidligere tilbakekall, oppgitt
psykisk helse). Markerte søknader går til full manuell behandling; umarkerte behandles
forenklet. Saksbehandlere i våpenforvaltningen har tilgang. Opplysningene lagres i 10 år etter
at våpenkortet er tilbakekalt eller utløpt.

# Nødvendighet og forholdsmessighet

Våpenloven krever at søkeren er edruelig og pålitelig. Dagens papirbaserte prosess har
saksbehandlingstid på over 20 uker. Markeringen prioriterer ressursene, men erstatter ikke
skjønn. Kriteriene er uttømmende og dokumentert; det brukes ikke maskinlæring. Søkeren
informeres i søknadsskjemaet om hvilke kilder som kontrolleres og kan be om innsyn i
begrunnelsen. Vi har vurdert å la helseopplysninger inngå i kriteriene bare etter samtykke, men
forkastet det fordi samtykke ikke er frivillig i en søknadssituasjon.

# Risiko for søkerne

- Feilaktig markering kan gi lengre behandling og mistanke om uegnethet (middels sannsynlighet,
  alvorlig konsekvens). Tiltak: alle markeringer begrunnes og kontrolleres manuelt.
- Helseopplysninger kan bli kjent for flere enn nødvendig (lav/alvorlig). Tiltak: egen
  tilgangsrolle, logging og logganalyse.
- Søkere med psykiske lidelser kan la være å oppgi dem (middels/alvorlig for tredjepart).
  Tiltak: vurdert informasjonskampanje, ikke gjennomført ennå på grunn av budsjett.
- Restrisiko: høy for feilmarkering av personer med gammel bekymringsmelding.

# Behandling i ledelsen

Vurderingen er lagt fram for politimesterens ledermøte 18. november og for personvernombudet,
se politimesterens beslutning.
"""
    )
    scan = m_decision_scan(
        "2026/11842-2",
        "18.11.2026",
        "Jeg har i ledermøtet i dag fått lagt fram vurderingen av personvernkonsekvenser for "
        "digital søknad om våpenkort med risikomarkering, med funn og restrisiko. "
        "Personvernombudets uttalelse og innspillene fra Norges Jeger- og Fiskerforbund og "
        "tillitsvalgte er gjennomgått. Vurderingen godkjennes. Da restrisikoen er høy, skal "
        "distriktet be Datatilsynet om forhåndsdrøftelse før løsningen tas i bruk.",
    )
    body = txt(
        """
        Vedlagt oversendes brev med anmodning om forhåndsdrøftelse, med vedlegg.

        Med hilsen
        Trond Øvrebø
        Vestmar politidistrikt
        """
    )
    msg = message(
        "m003",
        M_CONTACT.address,
        "Anmodning om forhåndsdrøftelse - våpenforvaltning - vår ref. 2026/11842",
        when(11, 20, 13, 5),
        body,
        attachments=[
            ("Brev til Datatilsynet 2026-11842-3.docx", letter),
            ("DPIA digital våpensøknad.docx", dpia),
            ("Beslutning politimester 2026-11842-2.pdf", scan),
        ],
    )
    return msg, Label(
        "nb",
        (
            "police",
            "cover_letter_docx",
            "contact_table_roles_in_columns",
            "dpo_function_mailbox_switchboard",
            "processor_none_stated",
            "dpia_report_docx",
            "headings_unnumbered",
            "part5_scanned_decision_pdf",
        ),
        "pgp_mime",
        True,
        "none",
        "complete; police weapon licences; roles-as-columns table, DPO mailbox with switchboard, "
        "scanned decision",
    )


def _n_heartrate_dpia(signoff: str) -> bytes:
    return to_docx(
        english_dpia(
            "Juniorlandslag – HRV and cycle monitoring",
            "Norsk Sprintpadleforbund",
            [
                (
                    "Nature, scope, context and purposes",
                    "Athletes on the junior national team (about 40, aged 15-19) will wear a "
                    "chest strap and use the Pulsbyte app. Heart-rate variability, sleep, "
                    "training load and – for female athletes who opt in – menstrual cycle data "
                    "are collected daily. Coaches and the team physician see a dashboard with "
                    "«ready / caution / rest» flags. Purpose: prevent overtraining, RED-S and "
                    "injuries. Data are stored by Pulsbyte Oy in Finland (processor); the "
                    "federation is controller. Parents of athletes under 16 must agree.",
                ),
                (
                    "Necessity and proportionality",
                    "Daily monitoring is the only way to spot early signs of RED-S; monthly tests "
                    "miss them. Cycle data are optional and visible only to the physician, not to "
                    "coaches. Selection for championships may not be based on the data (written "
                    "rule). Data are deleted 12 months after the athlete leaves the team. "
                    "Athletes get their own data exported on request and can pause tracking.",
                ),
                (
                    "Risks to individuals",
                    "Pressure to consent in a selection setting (likely, serious); coaches "
                    "drawing conclusions about health or pregnancy (possible, severe); leakage "
                    "of health data of minors (remote, severe); function creep into selection "
                    "(possible, serious). Measures taken: role separation, consent handled by the "
                    "physician, audit log reviewed monthly. Considered but not taken: anonymous "
                    "dashboards for coaches (the flags would lose their purpose). Residual risk "
                    "for consent pressure remains high.",
                ),
            ],
            signoff,
        )
    )


def m004() -> Case:
    dpia = _n_heartrate_dpia(
        """
| Role | Name | Date | Decision |
| Project owner | Kasper Nyhagen | 17.11.2026 | Submitted |
| Board of the federation | Styret, møte 6/2026 | 24.11.2026 | Approved after presentation of
  findings and input from the athletes' committee and parents; prior consultation to be requested |
"""
    )
    body = txt(
        f"""
        Hei,

        Norsk Sprintpadleforbund ønsker forhåndsdrøftelse for oppfølging av juniorlandslaget med
        pulsbelte og app (HRV og syklusdata). DPIA på engelsk (malen fra det internasjonale
        forbundet) ligger ved, sammen med visittkort for kontaktperson og databehandler.

        Personvernombud: {N_DPO.name}, {N_DPO.email}

        Si fra om dere trenger noe mer.
        """
    ) + n_signature(N_CONTACT2)
    msg = message(
        "m004",
        N_CONTACT2.address,
        "Forhåndsdrøftelse – HRV-oppfølging juniorlandslaget",
        when(11, 25, 21, 40),
        body,
        attachments=[
            ("DPIA_junior_HRV_v1.docx", dpia),
            n_vcard(N_CONTACT2),
            n_vcard(N_PROCESSOR),
        ],
    )
    return msg, Label(
        "nb",
        (
            "sports_federation",
            "contact_vcard",
            "phone_foreign",
            "dpia_english_template",
            "part5_signoff_table",
            "p1_dpo_no_phone",
        ),
        "none",
        True,
        "used",
        "part 1 missing: DPO given with name and e-mail only, no phone anywhere",
        missing=(1,),
    )


def m005() -> Case:
    contacts = o_contacts_page(
        O_CONTACT2,
        f"Databehandler (laboratorium, jf. kap. 10): {O_LAB.name}, {O_LAB.title}, tel. "
        f"{O_LAB.phone}, {O_LAB.email}",
    )
    texts = dict(O_GENERIC)
    texts.update(
        summary="Klinikken vil tilby polygen risikoskår (PRS) for hjerte- og karsykdom, "
        "type 2-diabetes og brystkreft som tillegg til dagens genpaneler. Vurderingen "
        "konkluderer med høy restrisiko knyttet til feiltolkning og videre bruk av rådata.",
        nature="Genotyping av ca. 700 000 markører fra spyttprøve, beregning av risikoskår, "
        "legesamtale om resultatet. Opplysningene er genetiske og helseopplysninger (art. 9).",
        scope="Forventet 3 000 kunder første år. Rådata lagres i 10 år; rapport i journal.",
        purpose="Formålet er forebygging gjennom tidlig livsstilsråd og henvisning. Grunnlag: "
        "art. 6 nr. 1 b og art. 9 nr. 2 h, jf. helsepersonelloven og bioteknologiloven § 5-5.",
        sources="Kilde er kunden (prøve, spørreskjema om familiehistorie). Mottakere: kunden, "
        "kundens fastlege ved samtykke. Ingen utlevering til forskning uten eget samtykke.",
        systems="| System | Leverandør | Rolle | Land |\n| Genotyping og rådatalagring | "
        "Arctic Sequencing ehf. | Databehandler | Island (EØS) |\n| Skyplattform for "
        "laboratoriet | Helixa Bio Cloud Ltd. | Underdatabehandler | Irland |\n| Journalsystem "
        "| Egen drift | – | Norge |",
        necessity="PRS gir kun mening med genomvid genotyping; et smalere panel gir ikke "
        "skåren. Rådata beholdes for å unngå ny prøvetaking ved oppdaterte modeller, men bare "
        "hvis kunden samtykker; ellers slettes de etter 90 dager. Resultater gis bare i "
        "legesamtale, ikke i app. Alternativ (kun familiehistorie) er vurdert og gir dårligere "
        "treffsikkerhet.",
        risk="Se risikoregisteret (CSV) for alle 11 risikoer. De alvorligste: feiltolkning som "
        "gir falsk trygghet eller unødig angst (høy), at slektninger får vite om risiko uten å "
        "ha bedt om det (middels), reidentifisering av rådata (middels), at skåren er mindre "
        "presis for personer med ikke-europeisk opprinnelse (høy). Tiltak: obligatorisk "
        "legesamtale, skriftlig forbehold, separat lagring av nøkkel, egen informasjon om "
        "presisjon per opprinnelse.",
        not_done="Tilbud om gratis samtale for slektninger (kostnad); lokal genotyping i Norge "
        "(ikke tilgjengelig hos norsk leverandør i dag).",
        residual="Restrisikoen for feiltolkning og for skjev presisjon er høy. Klinikken ber "
        "derfor om forhåndsdrøftelse.",
        approval=o_signoff(
            "| Personvernombud | Jonas Ravn | 23.11.2026 | Råd gitt, tatt til følge |\n"
            "| Kvalitetsutvalget | Vegard Nesheim (leder) | 24.11.2026 | Funn presentert, "
            "innspill fra brukerpanel og LHL gjennomgått |\n| Daglig leder | Anniken Lothe | "
            "25.11.2026 | Godkjent. Be om forhåndsdrøftelse |"
        ),
    )
    dpia = to_pdf(o_long("Polygen risikoskår (PRS)", "1.0", contacts, texts))
    risk = csv_bytes(
        o_risk_csv_rows(
            [
                [
                    "PRS-01",
                    "Feiltolkning av risikoskår",
                    "Kunder",
                    "Høy",
                    "Middels",
                    "Høy",
                    "Legesamtale; skriftlig forbehold",
                    "Høy",
                    "Akseptert av ledelsen",
                ],
                [
                    "PRS-02",
                    "Skjev presisjon etter opprinnelse",
                    "Kunder",
                    "Høy",
                    "Middels",
                    "Høy",
                    "Informasjon; ingen skår der modell mangler",
                    "Høy",
                    "Akseptert",
                ],
                [
                    "PRS-03",
                    "Slektninger får utilsiktet kunnskap",
                    "Slektninger",
                    "Middels",
                    "Middels",
                    "Middels",
                    "Veiledning",
                    "Middels",
                    "Åpen",
                ],
                [
                    "PRS-04",
                    "Reidentifisering av rådata",
                    "Kunder",
                    "Lav",
                    "Høy",
                    "Middels",
                    "Pseudonymisering, nøkkel hos klinikken",
                    "Lav",
                    "Lukket",
                ],
            ]
        )
    )
    body = (
        txt(
            """
        Til Datatilsynet

        Genvei Klinikk AS ber om forhåndsdrøftelse for tjenesten polygen risikoskår.
        Vedlagt er DPIA (med kontaktinformasjon i kap. 2 og godkjenning i kap. 17) og
        risikoregisteret som CSV.
        """
        )
        + "\n"
        + o_signature(O_CONTACT2)
    )
    msg = message(
        "m005",
        O_CONTACT2.address,
        "Forhåndsdrøftelse: polygen risikoskår (PRS)",
        when(11, 26, 8, 55),
        body,
        attachments=[("GK-DPIA-PRS-v1.0.pdf", dpia), ("GK_risikoregister_PRS.csv", risk)],
    )
    return msg, Label(
        "nb",
        (
            "gene_clinic",
            "dpia_report_pdf",
            "very_long_dpia",
            "contact_page_in_dpia",
            "phone_mob_direkte",
            "phone_foreign",
            "processor_in_systems_table",
            "sub_processor",
            "risk_register_csv",
            "part5_signoff_table",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; gene clinic polygenic scores; 17-section DPIA, lab named in systems table with "
        "contact on the contact page, CSV register",
    )


def _p_gps_dpia() -> bytes:
    return to_docx(
        """
Personvernkonsekvensvurdering – GPS og elektronisk køyrebok i heimetenestene

# Kva skal gjerast

Dei 46 tenestebilane i heimetenestene får GPS-einingar frå Rutelogg AS. Posisjon vert sendt kvart
30. sekund til ei nettløysing der koordinatorane ser kvar bilane er, og køyreboka vert ført
automatisk. Tilsette (om lag 150) loggar seg på bilen med tilsettkort, slik at kvar tur knyter
seg til ein person. Turar vert lagra i 3 år av omsyn til skatt og refusjon. Pasientadresser går
fram av turane. Leiar for eininga og koordinatorane har tilgang; løn får månadlege summar.

# Naudsyn og proporsjonalitet

Kommunen treng å vite kvar bilane er for å flytte oppdrag ved akutte behov, og må føre køyrebok.
Vi har vurdert å berre registrere turar utan sanntidsposisjon, men då fell den akutte
omfordelinga bort. Posisjon vert ikkje brukt til å vurdere arbeidsinnsats; det står i
tenesteavtalen med dei tillitsvalde. Privatkøyring er ikkje lov, så «privatmodus» er ikkje
aktuelt. Dei tilsette har fått informasjon på personalmøte og skriftleg.

# Risiko for dei tilsette og pasientane

- Kontroll av tilsette (t.d. pausar) utover føremålet: sannsyn middels, konsekvens stor. Tiltak:
  avtale med tillitsvalde, logg over oppslag, kvartalsvis kontroll.
- Pasientadresser og besøksmønster kan seie noko om helse: sannsyn låg, konsekvens stor. Tiltak:
  tilgang berre for koordinatorar.
- Innbrot hos leverandøren: sannsyn låg, konsekvens middels. Tiltak: databehandlaravtale,
  kryptering.
- Vurdert, men ikkje gjennomført: maskering av posisjon i pausar (leverandøren støttar det ikkje).
  Restrisikoen for kontroll av tilsette er framleis høg.
"""
    )


def m006() -> Case:
    proc = (
        "Rutelogg AS er databehandlar for GPS-løysinga; kontaktperson der er Frode Kvame, "
        "tlf. 55 20 31 77, frode.kvame@rutelogg.no."
    )
    body = (
        txt(
            """
            Hei

            Fjellstad kommune ber om førehandsdrøfting etter personvernforordninga artikkel 36
            for GPS og elektronisk køyrebok i heimetenestene. Vurderinga av
            personvernkonsekvensar ligg ved.
            """
        )
        + "\n"
        + p_prose_contacts(P_CONTACT, proc)
        + "\n\n"
        + txt(
            """
            Vurderinga vil bli behandla i kommunestyret 28. januar. Møteboka ettersender vi når
            ho ligg føre, men vi ville ikkje vente med å melde saka.
            """
        )
        + "\n"
        + p_signature(P_CONTACT)
        + "\n"
        + quoted(
            txt(
                """
                Fra: Ingrid Solheim Voll <ingrid.voll@fjellstad.kommune.no>
                Sendt: 27. november 2026 13:40
                Til: Åshild Tveito
                Emne: GPS i heimetenestene

                Hei Åshild,
                vurderinga er klar frå mi side. Send saka til Datatilsynet no, så tek vi
                kommunestyret i januar. Legg ved vurderinga.

                Ingrid
                kommunedirektør
                """
            )
        )
    )
    msg = message(
        "m006",
        P_CONTACT.address,
        "SV: GPS i heimetenestene",
        when(11, 30, 15, 20),
        body,
        attachments=[("PVK GPS heimetenester.docx", _p_gps_dpia())],
    )
    return msg, Label(
        "nn",
        (
            "municipality_nynorsk",
            "contact_prose",
            "dpo_function_mailbox_switchboard",
            "phone_mob_tlf",
            "headings_nynorsk",
            "dpia_report_docx",
            "part5_future_meeting",
            "part5_will_follow",
            "reply_in_thread",
        ),
        "none",
        True,
        "used",
        "part 5 missing: the DPIA goes to the municipal council on 28 January, minutes to follow",
        missing=(5,),
    )


def _q_video_dpia(signoff: str) -> bytes:
    return to_docx(
        english_dpia(
            "AI-assisted video interviews (Molnkraft Hire)",
            "Tindvik Bemanning AS (controller); Molnkraft AB (processor)",
            [
                (
                    "Nature, scope, context and purposes",
                    "Tindvik Bemanning AS, a Norwegian staffing agency, will let candidates for "
                    "warehouse and care jobs record answers to five questions on video. Molnkraft "
                    "Hire transcribes the answers and scores them against the job profile "
                    "(language, structure, keywords). Facial expressions and voice tone are NOT "
                    "analysed. Recruiters see the transcript, the video and the score, and decide "
                    "who goes on to an interview. Volume: 25 000 candidates per year. Retention: "
                    "6 months after the recruitment ends. Hosting: Nordhall Cloud Oy in Helsinki "
                    "(sub-processor).",
                ),
                (
                    "Necessity and proportionality",
                    "Tindvik receives up to 600 applications per vacancy. Without screening, "
                    "candidates wait weeks. The score is advisory; every candidate's video can be "
                    "watched, and candidates can choose a phone interview instead of video. The "
                    "scoring model was tested on Norwegian and second-language speakers; language "
                    "proficiency is only weighted for roles where the law requires it. Candidates "
                    "are told how the score is made and can ask for a human review.",
                ),
                (
                    "Risks to individuals",
                    "1) Discrimination of candidates with accents or speech impairments – likely, "
                    "severe. Measures: accent-robust transcription, monthly bias report, "
                    "opt-out. 2) Candidates feel forced to accept video – likely, moderate. "
                    "Measure: equal phone alternative. 3) Videos reused for marketing or "
                    "training – remote, severe. Measure: contract clauses, no training on "
                    "customer data. 4) Breach at the hosting sub-processor – remote, severe. "
                    "Measures: encryption at rest, EU hosting. Considered and rejected: "
                    "removing the score entirely (loses the purpose). Residual risk 1 stays "
                    "high.",
                ),
            ],
            signoff,
        )
    )


def m007() -> Case:
    dpia = _q_video_dpia(
        """
| Step | By | Date | Outcome |
| DPO review | Tindvik DPO Marte Gulbrandsen | 16.11.2026 | Advice followed |
| Management review | Tindvik management group (CEO Øystein Frydenlund) | 19.11.2026 | Findings
  and residual risk presented; union rep and candidate panel heard; DPIA approved; prior
  consultation to be requested |
"""
    )
    contacts = q_contacts_xlsx(
        [
            [
                "Controller contact",
                "Tindvik Bemanning AS",
                "Per-Arne Solbakken",
                "+47 930 18 422",
                "per-arne.solbakken@tindvik.no",
            ],
            [
                "Data protection officer",
                "Tindvik Bemanning AS",
                "Marte Gulbrandsen",
                "+47 415 60 397",
                "personvern@tindvik.no",
            ],
            [
                "Processor",
                "Molnkraft AB",
                "Johanna Lindqvist",
                "+46 8 120 455 31",
                "johanna.lindqvist@molnkraft.se",
            ],
            ["Sub-processor", "Nordhall Cloud Oy", "(via Molnkraft)", "", ""],
        ]
    )
    package = to_zip(
        {
            "Tindvik_prior_consultation/DPIA_Molnkraft_Hire_Tindvik.docx": dpia,
            "Tindvik_prior_consultation/Contacts.xlsx": contacts,
        }
    )
    body = (
        txt(
            f"""
        Dear Datatilsynet,

        On behalf of our customer Tindvik Bemanning AS (org.nr. 915 337 802), which is the
        controller, we submit a request for prior consultation under Article 36 GDPR for
        AI-assisted video interviews. Tindvik has asked us to send the package since we host
        the solution. Tindvik's contact person is in copy.

        The ZIP contains the DPIA (with the management sign-off) and the contacts sheet.
        Sub-processor: {Q_SUB}.
        """
        )
        + "\n"
        + q_signature()
        + "\n"
        + Q_DISCLAIMER
    )
    msg = message(
        "m007",
        Q_SENDER.address,
        "Prior consultation request - Tindvik Bemanning AS - video interviews",
        when(11, 20, 9, 31),
        body,
        attachments=[("Tindvik_prior_consultation.zip", package)],
        cc="Per-Arne Solbakken <per-arne.solbakken@tindvik.no>",
    )
    return msg, Label(
        "en",
        (
            "saas_vendor_for_customer",
            "zip",
            "contact_xlsx",
            "phone_foreign",
            "dpia_english_template",
            "sub_processor",
            "part5_signoff_table",
            "disclaimer_footer",
        ),
        "none",
        True,
        "used",
        "complete; Swedish vendor sends for Norwegian staffing agency; ZIP with English DPIA and "
        "contacts workbook",
    )


def m008() -> Case:
    dpia = r_dpia(
        "EKG-KI og registerkobling (HjerteSpor)",
        [
            (
                "Hva skal prosjektet gjøre?",
                "Prosjektet trener en modell som skal forutsi atrieflimmer fra vanlige "
                "12-avlednings EKG. Vi bruker 410 000 EKG-er tatt ved sykehuset 2012-2025, "
                "koblet med Norsk "
                "pasientregister og Dødsårsaksregisteret for utfall. Opplysningene "
                "pseudonymiseres av sykehusets forskningsstøtte før analyse på sykehusets egen "
                "forskningsplattform; ingen databehandler benyttes. Mottakere er prosjektgruppen "
                "(6 personer). Data slettes 31.12.2031.",
            ),
            (
                "Hvorfor er behandlingen nødvendig og forholdsmessig?",
                "Vurderingen av nødvendighet og proporsjonalitet ettersendes – den er til "
                "kvalitetssikring hos personvernombudet.",
            ),
            (
                "Hva kan gå galt for pasientene?",
                "Reidentifisering ved kobling av registre (middels sannsynlighet, høy "
                "konsekvens); at pasienter som ikke vet om prosjektet ikke får reservert seg "
                "(høy/middels); feil i modellen som senere brukes klinisk (lav/høy). Tiltak: "
                "pseudonymisering, aggregerte resultater med minimum 10 per celle, "
                "reservasjonsmulighet på nettsiden, ingen klinisk bruk uten ny godkjenning. "
                "Individuell informasjon til alle 300 000 pasienter er vurdert, men ikke "
                "gjennomført (uforholdsmessig). Restrisiko for reidentifisering er høy.",
            ),
            (
                "Hvem har godkjent vurderingen?",
                "Klinikksjef for hjertemedisin og forskningsdirektøren gikk gjennom DPIA-en med "
                "funn i ledermøtet 20.11.2026, etter innspill fra brukerrådet, og godkjente den "
                "med beslutning om å be Datatilsynet om forhåndsdrøftelse.",
            ),
        ],
    )
    inner_body = (
        txt(
            """
        Hei Mona,

        Her er DPIA for HjerteSpor. Kan du sende den videre til Datatilsynet som anmodning om
        forhåndsdrøftelse? Jeg er kontaktperson, se signatur. Nødvendighetsdelen kommer når
        personvernombudet har sett på den.
        """
        )
        + "\n"
        + r_signature(R_LEADER)
    )
    inner = message(
        "m008i",
        R_LEADER.address,
        "DPIA HjerteSpor til Datatilsynet",
        when(11, 27, 16, 2),
        inner_body,
        attachments=[("DPIA_HjerteSpor_v0.9.docx", dpia)],
        to="mona.bergheim@aurora-uss.no",
    )
    body = (
        txt(
            """
        Til Datatilsynet

        Videresender på vegne av prosjektleder Kjetil Amundrud en anmodning om
        forhåndsdrøftelse for prosjektet HjerteSpor. Se vedlagt e-post med DPIA.
        Vurderingen av nødvendighet og proporsjonalitet ettersendes.
        """
        )
        + "\n"
        + r_signature(R_ADMIN)
    )
    msg = message(
        "m008",
        R_ADMIN.address,
        "VS: DPIA HjerteSpor til Datatilsynet",
        when(11, 30, 9, 14),
        body,
        forwarded=("DPIA HjerteSpor til Datatilsynet.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "hospital_research",
            "forwarded_rfc822",
            "contact_signature_only",
            "dpo_function_mailbox_switchboard",
            "headings_question",
            "processor_none_stated",
            "part3_will_follow",
        ),
        "pgp_mime",
        True,
        "none",
        "part 3 missing: necessity section «ettersendes»; request forwarded as attached .eml",
        missing=(3,),
    )


def m009() -> Case:
    text = f"""Hei,

Fjordlink Kollektiv FKF ber om forhåndsdrøftelse etter GDPR art. 36 for kontobasert billettering
(reisehistorikk knyttet til konto). Alt står i denne e-posten; styreprotokollen og vedlegg B om
databehandleren ligger ved.

KONTAKTINFORMASJON
Kontaktperson: {S_CONTACT.name}, {S_CONTACT.title}, tlf. {S_CONTACT.phone}, {S_CONTACT.email}
Personvernombud: {S_DPO.name}, tlf. {S_DPO.phone}, {S_DPO.email}
Databehandler: Takstra Billettsystemer AS – se vedlegg B

BESKRIVELSE
Reisende skal kunne reise med bankkort eller app uten å kjøpe billett på forhånd. Hver
innsjekk (kortets token, holdeplass, tid, linje) lagres, og prisen beregnes i etterkant med
pristak per dag og måned. Om lag 180 000 reisende, 45 millioner innsjekk per år. Reisehistorikk
knyttes til konto når den reisende registrerer seg. Takstra drifter backend. Historikk lagres
13 måneder; anonymiserte reisestrømmer brukes i ruteplanlegging. Mottakere: kundesenteret ved
klager, Takstra som databehandler, politiet bare ved rettslig pålegg.

NØDVENDIGHET OG PROPORSJONALITET
Pristak krever at innsjekk summeres per reisende. Vi har vurdert å lagre historikk bare til
månedsslutt, men klagesaker kommer ofte opptil ett år etter. Anonym reise med kontanter og
periodebillett uten konto beholdes. Kunden ser egen historikk i appen og kan slette kontoen.

RISIKO
- Bevegelsesmønster kan avsløre bosted, arbeid, helse- og trossamfunn (høy). Tiltak: tokenisering,
  ingen kobling til navn uten konto, 13 mnd. sletting.
- Utlevering til politi eller andre myndigheter (middels). Tiltak: rutine, kun ved kjennelse.
- Bruk til markedsføring (lav). Tiltak: forbudt i avtalen med Takstra.
- Vurdert, ikke gjennomført: lokal prisberegning på kortet (teknisk ikke mulig med bankkort).
Restrisiko for kartlegging av bevegelser er høy.

LEDELSENS BEHANDLING
Styret behandlet vurderingen 24. november, sak 31/26, se vedlagt protokoll.
"""
    html = html_from_text(text + "\n" + s_signature(S_CONTACT))
    minutes = s_minutes(
        "24.11.2026",
        "31/26",
        "Vurdering av personvernkonsekvenser – kontobasert billettering. Fagleder billettering "
        "presenterte vurderingen, funnene og restrisikoen. Personvernombudet redegjorde for sin "
        "uttalelse. Innspill fra Brukerutvalget for kollektivtrafikk og fra tillitsvalgt var "
        "sendt ut på forhånd. Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser og "
        "ber administrasjonen om å be Datatilsynet om forhåndsdrøftelse før oppstart 1. april.",
    )
    msg = message(
        "m009",
        S_CONTACT.address,
        "Anmodning om forhåndsdrøftelse – kontobasert billettering",
        when(11, 26, 11, 8),
        html=html,
        attachments=[
            ("Protokoll styremøte 24.11.2026.pdf", minutes),
            ("Vedlegg B - Databehandlere.pdf", s_processor_annex()),
        ],
    )
    return msg, Label(
        "nb",
        (
            "transport_authority",
            "html_only_body",
            "all_in_body",
            "contact_label_value",
            "phone_0047",
            "processor_contact_separate_annex",
            "headings_caps_in_body",
            "minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete; transit account-based ticketing; HTML-only body with all parts, minutes PDF, "
        "processor annex",
    )


def m010() -> Case:
    body = txt(
        f"""
        Hei!

        Vi i Pixelfjord Studio AS lager «Pust», en chat-app for ungdom 13-19 år som sliter med
        stress og uro. Vi har gjort en DPIA og mener vi må be om forhåndsdrøftelse, så her
        kommer den. Alt står i mailen.

        Kontaktperson: se avsender
        Personvernombud: {T_DPO.name}, {T_DPO.title}, {T_DPO.phone}, {T_DPO.email}
        Databehandler: ingen – språkmodellen kjører på våre egne servere i eget rack i
        Bergen, ingen data til OpenAI o.l.

        Hva appen gjør:
        Ungdom chatter anonymt med en bot som gir øvelser (pust, søvn, tankefeller). De kan
        føre humørdagbok. Er det tegn på selvmordsfare i chatten, viser appen kontaktinfo til
        Mental Helse og 113, og (hvis brukeren har lagt inn det) en voksen kontaktperson. Ca.
        20 000 brukere første år. Chatlogger lagres 30 dager, dagbok til brukeren sletter.

        Hvorfor vi mener det er nødvendig/proporsjonalt:
        Unge vil heller skrive enn ringe. Vi samler ikke navn, bare alder og kommune. Ingen
        tracking, ingen reklame. Varsel til voksen skjer bare hvis brukeren selv har slått det
        på. Vi har vurdert å kreve BankID, men det stenger ute de som trenger det mest.

        Risiko:
        - boten gir feil råd i en krise (høy) -> faste kriseskript, ekstern klinisk
          gjennomgang hver måned
        - chatlogger lekker (middels, men alvorlig) -> kryptering, 30 dagers sletting
        - foreldre ser mobilen (høy) -> PIN-lås i appen
        - vurdert, ikke gjort: menneskelig moderator 24/7 (vi har ikke råd ennå)
        Restrisiko for feil råd er fortsatt høy.

        Styret (Mathias, Ida, Sunniva + ekstern Helge Torvik) gikk gjennom DPIA-en 26/11, med
        innspillene fra ungdomspanelet og en psykologspesialist, og godkjente den og at vi ber
        om forhåndsdrøftelse.
        """
    ) + t_signature(T_FOUNDER, phone=False)
    msg = message(
        "m010",
        T_FOUNDER.address,
        "forhåndsdrøftelse - chatapp Pust",
        when(11, 27, 23, 12),
        body,
    )
    return msg, Label(
        "nb",
        (
            "app_studio",
            "all_in_body",
            "contact_see_sender",
            "processor_none_stated",
            "headings_informal",
            "part5_sentence_in_mail",
            "p1_contact_no_phone",
        ),
        "inline",
        True,
        "none",
        "part 1 missing: contact person is «se avsender» but the signature has no phone number",
        missing=(1,),
    )


def m011() -> Case:
    body = (
        txt(
            """
        Hei,

        Vi vurderer å innføre stemmebiometri for innlogging på kundesenteret vårt (kunden sier
        en fast setning, og stemmen sammenlignes med et lagret stemmeavtrykk). Vi har ikke
        startet DPIA ennå.

        Spørsmål:
        1. Vil dette etter deres syn kreve forhåndsdrøftelse, eller holder det at vi gjør en
           DPIA?
        2. Er samtykke et egnet behandlingsgrunnlag når alternativet er ordinær BankID?

        Vi setter pris på en uformell tilbakemelding.
        """
        )
        + "\n"
        + k_signature(K_CONTACT2)
        + "\n"
        + K_DISCLAIMER
    )
    msg = message(
        "m011",
        K_CONTACT2.address,
        "Spørsmål om stemmebiometri og forhåndsdrøftelse",
        when(11, 17, 12, 30),
        body,
    )
    return msg, Label(
        "nb",
        ("bank", "nonrequest_question", "mentions_prior_consultation", "disclaimer_footer"),
        "none",
        False,
        "unspecified",
        "not a request: asks whether voice biometrics would need prior consultation; no DPIA yet",
    )


def m012() -> Case:
    body = (
        txt(
            f"""
        Hei,

        Matkroken ønsker forhåndsdrøftelse før vi tester ansiktsgjenkjenning mot en intern
        liste over personer som er anmeldt for butikktyveri, i tre butikker i Innlandet.
        Vi har lagt alt i mailen.

        Kontaktperson: se avsender
        Personvernombud: {L_DPO.name}, tlf. {L_DPO.phone}, {L_DPO.email}
        Databehandler: Vaktøye Analytics AS (leverer kamera og gjenkjenningsprogramvaren)

        Hva skal gjøres
        Kameraer ved inngangen tar bilde av alle som går inn (ca. 9 000 kunder i uka per
        butikk). Ansiktet gjøres om til en mal og sammenlignes mot listen (ca. 60 personer som
        er anmeldt av butikkene siste 12 måneder). Ved treff får butikksjefen varsel på
        telefon og avgjør selv om personen skal bortvises. Maler uten treff slettes etter
        0,5 sek. Treff lagres 30 dager. Tyveriene koster butikkene 4,2 mill. kr i året og
        ansatte er utsatt for trusler.

        Nødvendighet og forholdsmessighet
        Ordinær kameraovervåking og vekter er prøvd og har ikke redusert gjentakende tyveri.
        Bare anmeldte personer over 18 år settes på listen, etter godkjenning fra
        sikkerhetssjef. Listen gjennomgås månedlig, og personer slettes etter 12 måneder.
        Skilt ved inngangen forteller om løsningen før man går inn. Barn og ansatte filtreres
        ikke bort teknisk, men det finnes ingen maler for dem.

        Risiko for de registrerte
        - Feilaktig treff fører til at en uskyldig kunde bortvises (middels/høy). Tiltak:
          butikksjef må bekrefte visuelt, treffterskel 0,92.
        - Alle kunder blir biometrisk behandlet (sikkert/høy). Tiltak: øyeblikkelig sletting.
        - Skjevhet for mørkhudede (middels/høy). Tiltak: leverandørens testrapport, egen test.
        - Vurdert men ikke gjennomført: egen inngang uten kamera (bygningsmessig umulig).
        Restrisikoen vurderes som høy.

        Ledergruppen gikk gjennom DPIA-en 24.11 med funnene, innspill fra Handel og Kontor og
        butikksjefene, og godkjente at vi ber om forhåndsdrøftelse.
        """
        )
        + "\n"
        + l_signature(L_CONTACT)
    )
    msg = message(
        "m012",
        L_CONTACT.address,
        "Forhåndsdrøftelse – ansiktsgjenkjenning i tre butikker",
        when(11, 25, 10, 3),
        body,
    )
    return msg, Label(
        "nb",
        (
            "grocery",
            "all_in_body",
            "contact_label_value",
            "contact_see_sender",
            "phone_8_digits",
            "part5_sentence_in_mail",
            "p1_processor_no_contact",
        ),
        "pgp_mime",
        True,
        "used",
        "part 1 missing: processor Vaktøye Analytics named without any contact person, phone or "
        "e-mail",
        missing=(1,),
    )


def m013() -> Case:
    letter = m_letter(
        "2026/12210-1",
        "23.11.2026",
        "Anmodning om forhåndsdrøftelse – logganalyse av ansattes oppslag i "
        "saksbehandlingssystemer",
        f"""
Vestmar politidistrikt ber om forhåndsdrøftelse for automatisert logganalyse av ansattes
oppslag i distriktets forvaltningssystemer (pass, våpen, hittegods, utlendingsforvaltning).

{m_contact_table(M_CONTACT2)}

Behandlingen skjer uten databehandler.

# Beskrivelse av behandlingen

Alle oppslag (ca. 1,9 millioner i året, 640 ansatte) logges allerede. Nå skal en regelmotor
daglig markere oppslag som avviker: oppslag på egne naboer eller slektninger (via
folkeregisteradresse), oppslag på kjente personer, uvanlige tidspunkter og store volum. HR og
leder får en liste over markerte oppslag og skal be om forklaring. Markeringer lagres i 2 år.

# Nødvendighet og forholdsmessighet

Distriktet har hatt fire saker med urettmessige oppslag på to år; stikkprøver avdekker bare en
brøkdel. Analysen er begrenset til tjenestlige systemer og bruker ikke innholdet i e-post eller
kommunikasjon. De ansatte er informert gjennom intranett og tillitsvalgte har vært med i
utformingen. Vi har vurdert å kun gjøre stikkprøver, men det gir ikke nødvendig avskrekking.

# Risikovurdering

ROS-analysen er bestilt fra distriktets sikkerhetsseksjon, men er ikke gjennomført ennå. Vi
regner med at den er ferdig i februar.

# Ledelsens behandling

Politimesterens ledermøte har gått gjennom vurderingen slik den foreligger, se beslutning.
""",
        M_CONTACT2,
    )
    scan = m_decision_scan(
        "2026/12210-0",
        "21.11.2026",
        "Ledermøtet har fått lagt fram vurderingen av logganalyse (beskrivelse og "
        "nødvendighetsvurdering), med innspill fra Politiets Fellesforbund og "
        "personvernombudet. Jeg godkjenner vurderingen slik den foreligger og beslutter at "
        "distriktet ber Datatilsynet om forhåndsdrøftelse.",
    )
    body = txt(
        """
        Hei. Vedlagt følger vår anmodning om forhåndsdrøftelse med politimesterens beslutning.

        Lise Hovdenak
        Seksjonsleder HR, Vestmar politidistrikt
        """
    )
    msg = message(
        "m013",
        M_CONTACT2.address,
        "Forhåndsdrøftelse – logganalyse av oppslag (2026/12210)",
        when(11, 23, 14, 41),
        body,
        attachments=[
            ("Anmodning forhåndsdrøftelse logganalyse.docx", letter),
            ("Beslutning ledermøte 21.11.pdf", scan),
        ],
    )
    return msg, Label(
        "nb",
        (
            "police",
            "cover_letter_docx",
            "contact_table_roles_in_columns",
            "dpo_function_mailbox_switchboard",
            "processor_none_stated",
            "headings_unnumbered",
            "part4_not_done",
            "part5_scanned_decision_pdf",
        ),
        "none",
        True,
        "none",
        "part 4 missing: the risk assessment is ordered but «ikke gjennomført ennå»",
        missing=(4,),
    )


def m014() -> Case:
    dpia = to_pdf(
        english_dpia(
            "Camp tracking – GPS and video analysis at junior training camps",
            "Norsk Sprintpadleforbund",
            [
                (
                    "Nature, scope, context and purposes",
                    "At four junior training camps a year, each boat carries a GPS/IMU sensor and "
                    "sessions are filmed from the coach boat. Pulsbyte's platform matches video "
                    "and sensor data to give stroke rate, speed and technique scores per athlete. "
                    "About 60 athletes aged 14-19, their coaches and the federation's analyst use "
                    "the platform. Videos show faces and bodies. Data kept for two seasons.",
                ),
                (
                    "Necessity and proportionality",
                    "Technique feedback needs synchronised video and sensor data. Filming is "
                    "limited to sessions on water; no filming on land or in changing areas. "
                    "Athletes and guardians are informed before each camp; athletes may paddle "
                    "without the sensor. Clips are shared only inside the platform, never on "
                    "social media. Selection rules state that technique scores are not used as "
                    "selection criteria on their own.",
                ),
                (
                    "Risks to individuals",
                    "Body-image pressure from video review (possible, serious) – coaches trained, "
                    "athletes choose which clips are discussed in groups. Exposure of minors if "
                    "clips leak (remote, severe) – no download, watermarking. Use of scores in "
                    "selection (possible, serious) – written rule, audit of selection reports. "
                    "Not done: face blurring (breaks technique analysis). Residual risk: high "
                    "for body-image pressure.",
                ),
            ],
            """
| Role | Name | Date | Decision |
| Project lead | Kasper Nyhagen | 12.11.2026 | Submitted |
| DPO | Ruth Almåsbakk | 16.11.2026 | Advice given |
| Federation board | Board meeting 5/2026 (chair Tore Hval) | 19.11.2026 | Findings and input
  from athletes' committee and coaches presented; DPIA approved; ask for prior consultation |
""",
        )
    )
    body = txt(
        """
        Hei Datatilsynet!

        Vedlagt anmodning om forhåndsdrøftelse for GPS og videoanalyse på juniorsamlinger.
        Kontaktkort for meg, personvernombudet vårt og leverandøren (Pulsbyte, databehandler)
        ligger ved som vCard.
        """
    ) + n_signature(N_CONTACT)
    msg = message(
        "m014",
        N_CONTACT.address,
        "Anmodning om forhåndsdrøftelse - juniorsamlinger GPS/video",
        when(11, 21, 18, 15),
        body,
        attachments=[
            ("DPIA_camp_tracking.pdf", dpia),
            n_vcard(N_CONTACT),
            n_vcard(N_DPO),
            n_vcard(N_PROCESSOR),
        ],
    )
    return msg, Label(
        "nb",
        (
            "sports_federation",
            "contact_vcard",
            "phone_foreign",
            "dpia_english_template",
            "dpia_report_pdf",
            "part5_signoff_table",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; sports federation camp tracking; three vCards, English template PDF",
    )


def m015() -> Case:
    contacts = o_contacts_page(
        O_CONTACT,
        f"Laboratorium (databehandler): {O_LAB.name}, {O_LAB.phone}, {O_LAB.email}",
    )
    texts = dict(O_GENERIC)
    texts.update(
        summary="Utvidet bærerscreening for par som planlegger graviditet (ca. 300 gener).",
        nature="Sekvensering av begge partneres DNA; rapport om felles bærerstatus for alvorlige "
        "recessive sykdommer. Genetiske opplysninger om to personer og indirekte om "
        "slektninger og fremtidige barn.",
        scope="Anslått 800 par per år. Rapporten lagres i journal; rådata 90 dager.",
        purpose="Gi par grunnlag for informerte reproduktive valg; art. 9 nr. 2 h.",
        sources="Kilde er parene. Mottakere er parene sammen; hver partner får ikke den andres "
        "individuelle resultat uten samtykke.",
        systems="| System | Leverandør | Rolle |\n| Sekvensering | Arctic Sequencing ehf. | "
        "Databehandler |",
        necessity="Screening av par krever begge prøver. Individuelle funn som ikke gir felles "
        "risiko rapporteres ikke. Veiledning før og etter er obligatorisk.",
        risk="Se vedlagt risikoregister.",
    )
    dpia = to_pdf(o_long("Utvidet bærerscreening for par", "0.8", contacts, texts))
    body = (
        txt(
            """
        Hei,

        Vi ber om forhåndsdrøftelse for utvidet bærerscreening. DPIA og risikoregister ligger
        ved. Godkjenningen fra ledelsen kommer så snart den er klar.
        """
        )
        + "\n"
        + o_signature(O_CONTACT)
    )
    msg = message(
        "m015",
        O_CONTACT.address,
        "Forhåndsdrøftelse – bærerscreening",
        when(12, 1, 13, 36),
        body,
        attachments=[
            ("GK-DPIA-baererscreening-v0.8.pdf", dpia),
            ("Risikoregister_baererscreening.csv", b""),
        ],
    )
    return msg, Label(
        "nb",
        (
            "gene_clinic",
            "dpia_report_pdf",
            "contact_page_in_dpia",
            "phone_mob_direkte",
            "phone_foreign",
            "processor_in_systems_table",
            "zero_byte_risk_register",
            "part5_will_follow",
        ),
        "none",
        True,
        "used",
        "parts 4 and 5 missing: risk section points to a zero-byte CSV; approval «kommer»",
        missing=(4, 5),
    )


def m016() -> Case:
    proc = (
        "Databehandlar er Helsedialog Vest AS; der er kontaktpersonen Sigve Rød, telefon "
        "55 31 70 02, sigve.rod@helsedialog.no."
    )
    files = [
        (
            "1 Kontaktinformasjon.odt",
            to_odt("# Kontaktinformasjon\n\n" + p_prose_contacts(P_CONTACT2, proc)),
        ),
        (
            "2 Skildring av handsaminga.docx",
            to_docx(
                """
# Skildring av handsaminga

Fjellstad kommune vil gje ungdom mellom 13 og 18 år som er i kontakt med helsestasjon for ungdom
eller skulehelsetenesta, eit tilbod om digital oppfølging: ein app med humørdagbok, chat med
helsesjukepleiar og videosamtale. Om lag 250 ungdomar i året. Opplysningane er
helseopplysningar og kan gjelde rus, sjølvskading og seksualitet. Appen og journalintegrasjonen
vert levert av Helsedialog Vest AS. Samtalar vert journalførte i kommunen sitt journalsystem;
dagboka vert sletta når oppfølginga er slutt. Foreldre får ikkje innsyn for ungdom over 16 år,
og for yngre berre etter ei konkret vurdering.
"""
            ),
        ),
        (
            "3 Naudsyn og proporsjonalitet.docx",
            to_docx(
                """
# Naudsyn og proporsjonalitet

Mange ungdomar kjem ikkje til fysiske timar. Tilbodet er frivillig, og fysisk oppmøte er alltid
eit alternativ. Vi samlar berre det helsesjukepleiar treng; appen har ikkje sporing eller
reklame. Ungdomen kan slette dagbokinnlegg sjølv. Innlogging med BankID for dei over 13 år er
vurdert som naudsynt for å sikre at rett person får svar.
"""
            ),
        ),
        (
            "4 Risikovurdering.docx",
            to_docx(
                """
# Risikovurdering

| Risiko | Sannsyn | Konsekvens | Tiltak | Att-verande risiko |
| Foreldre eller andre les chatten på mobilen | Høg | Stor | PIN i appen, varsel utan innhald |
  Høg |
| Feil person får tilgang | Låg | Stor | BankID, tidsavbrot | Låg |
| Helsesjukepleiar oppdagar ikkje krise utanom opningstid | Middels | Svært stor | Tydeleg
  melding om opningstider, lenke til legevakt | Middels |
| Lekkasje hos leverandør | Låg | Stor | Databehandlaravtale, kryptering | Låg |

Vurdert, men ikkje gjennomført: døgnbemanna chat (for kostbart for kommunen).
"""
            ),
        ),
        (
            "5 Utskrift møtebok formannskapet.jpg",
            scan_image(
                p_minutes_text(
                    "25.11.2026",
                    "87/26",
                    "Digital oppfølging av ungdom – personvernkonsekvensvurdering",
                    "Kommunalsjef for helse la fram vurderinga med funn og att-verande risiko. "
                    "Ungdomsrådet og personvernombodet har gjeve innspel, som låg ved saka. "
                    "Vedtak: Formannskapet godkjenner vurderinga av personvernkonsekvensar og ber "
                    "kommunedirektøren be Datatilsynet om førehandsdrøfting.",
                ),
                tilt=1.2,
            ),
        ),
    ]
    body = (
        txt(
            """
        Hei

        Fjellstad kommune ber om førehandsdrøfting for digital oppfølging av ungdom. Vi sender
        ei fil per del, slik de listar opp på nettsida.
        """
        )
        + "\n"
        + p_signature(P_CONTACT2)
    )
    msg = message(
        "m016",
        P_CONTACT2.address,
        "Førehandsdrøfting – digital oppfølging av ungdom",
        when(11, 27, 8, 49),
        body,
        attachments=files,
    )
    return msg, Label(
        "nn",
        (
            "municipality_nynorsk",
            "file_per_part",
            "contact_prose",
            "odt",
            "dpo_function_mailbox_switchboard",
            "headings_nynorsk",
            "risk_table_docx",
            "scanned_minutes_image",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; nynorsk municipality youth follow-up app; one file per part, minutes photo",
    )


def m017() -> Case:
    dpia = to_docx(
        english_dpia(
            "Smart locks and access logs in rental apartments",
            "Solsiden Eiendomsforvaltning AS (controller); Molnkraft AB (processor)",
            [
                (
                    "Nature, scope, context and purposes",
                    "Solsiden manages 3 400 rental apartments in Bergen and Stavanger. All "
                    "entrance and apartment doors get Molnkraft Access smart locks opened by "
                    "app or key tag. Every opening is logged (who, which door, when). Logs are "
                    "used to handle lost keys, lock-outs and break-ins, and can show tenants' "
                    "and visitors' movements. Retention: 90 days. Hosting at Nordhall Cloud Oy "
                    "(sub-processor).",
                ),
                (
                    "Necessity and proportionality",
                    "Mechanical keys are lost often and cost a lock change each time. The "
                    "landlord's staff see apartment-door logs only when a tenant asks or a "
                    "break-in is reported; logs are never used to check subletting or the "
                    "number of residents (written policy). Tenants may keep a mechanical key "
                    "cylinder on request.",
                ),
                (
                    "Risks to individuals",
                    "Landlord monitoring of private life (likely, severe): access restricted to "
                    "two named staff, each lookup logged and reported to the tenants' board "
                    "quarterly. Evidence in eviction disputes (possible, serious): policy and "
                    "deletion after 90 days. Remote lock-out if the system fails (remote, "
                    "severe): battery and physical override. Residual risk of monitoring: high.",
                ),
            ],
            """
| Step | By | Date | Outcome |
| Management review | Solsiden management (CEO Lars Hegrenes) | 23.11.2026 | Findings presented,
  tenants' association heard, DPIA approved, prior consultation to be requested |
""",
        )
    )
    contacts = q_contacts_xlsx(
        [
            [
                "Controller contact",
                "Solsiden Eiendomsforvaltning AS",
                "Ragnhild Opsahl",
                "+47 55 90 12 63",
                "ragnhild.opsahl@solsiden-eiendom.no",
            ],
            [
                "Data protection officer",
                "Solsiden Eiendomsforvaltning AS",
                "",
                "",
                "dpo@solsiden-eiendom.no",
            ],
            [
                "Processor",
                "Molnkraft AB",
                "Johanna Lindqvist",
                "+46 8 120 455 31",
                "johanna.lindqvist@molnkraft.se",
            ],
        ]
    )
    body = (
        txt(
            f"""
        Dear Sir or Madam,

        Please find attached a request for prior consultation from our customer Solsiden
        Eiendomsforvaltning AS (controller) regarding smart locks in rental apartments. The
        DPIA and the contacts sheet are attached. Sub-processor: {Q_SUB}.
        """
        )
        + "\n"
        + q_signature()
        + "\n"
        + Q_DISCLAIMER
    )
    msg = message(
        "m017",
        Q_SENDER.address,
        "Request for prior consultation - Solsiden Eiendomsforvaltning - smart locks",
        when(11, 24, 15, 2),
        body,
        attachments=[("DPIA_Solsiden_SmartLocks.docx", dpia), ("Contacts_Solsiden.xlsx", contacts)],
    )
    return msg, Label(
        "en",
        (
            "saas_vendor_for_customer",
            "contact_xlsx",
            "phone_foreign",
            "dpia_english_template",
            "sub_processor",
            "part5_signoff_table",
            "disclaimer_footer",
            "p1_dpo_mailbox_only",
        ),
        "none",
        True,
        "used",
        "part 1 missing: the customer's DPO is only a mailbox, no name and no phone",
        missing=(1,),
    )


def m018() -> Case:
    dpia = r_dpia(
        "Hudfoto-KI i henvisninger fra fastleger",
        [
            (
                "Hva skal prosjektet gjøre?",
                "Fastleger i sykehusets opptaksområde sender bilder av hudforandringer med "
                "henvisningen. En KI-modell rangerer henvisningene etter sannsynlighet for "
                "melanom, slik at hudlegen vurderer de mest alvorlige først. Utprøvingen "
                "omfatter ca. 9 000 henvisninger over 18 måneder. Bilder, alder, kjønn og "
                "henvisningstekst behandles. Alt skjer i sykehusets egen plattform; ingen "
                "databehandler. Resultatene sammenlignes med histologi fra patologisystemet.",
            ),
            (
                "Hvorfor er behandlingen nødvendig og forholdsmessig?",
                "Ventetiden for hudvurdering er 14 uker. Modellen endrer bare rekkefølgen; alle "
                "henvisninger vurderes av hudlege. Vi har vurdert å bruke kun henvisningsteksten, "
                "men bildene er det som skiller melanom fra ufarlige føflekker. Pasientene "
                "informeres i innkallingsbrevet og kan reservere seg.",
            ),
            (
                "Hva kan gå galt for pasientene?",
                "Falskt lav rangering av melanom (lav sannsynlighet, svært alvorlig): "
                "sikkerhetsnett der alle henvisninger vurderes innen 6 uker uansett. Dårligere "
                "ytelse på mørk hud (middels/alvorlig): egen analyse per hudtype, rapporteres "
                "til REK. Intime bilder vises for flere enn nødvendig (lav/alvorlig): "
                "tilgangsstyring. Vurdert, ikke gjennomført: å fjerne alle bilder av intime "
                "områder automatisk (ikke pålitelig nok). Restrisikoen for skjevhet er høy.",
            ),
            (
                "Hvem har godkjent vurderingen?",
                "Forskningsutvalget ved klinikken gikk gjennom vurderingen 26.11.2026 med "
                "funnene, innspill fra brukerrådet og Norsk Melanomforening, og godkjente den. "
                "Utvalget ba om at Datatilsynet forhåndsdrøfter behandlingen.",
            ),
        ],
    )
    earlier = txt(
        """
        Fra: Datatilsynet <postkasse@datatilsynet.no>
        Sendt: 13. november 2026 10:02
        Til: Farah Qureshi-Lien
        Emne: SV: Spørsmål om forhåndsdrøftelse hudfoto-KI

        Hei,

        Takk for henvendelsen. Dersom dere etter gjennomført DPIA fortsatt har høy restrisiko,
        må dere sende en formell anmodning om forhåndsdrøftelse med den dokumentasjonen som er
        beskrevet på nettsidene våre.

        Vennlig hilsen
        Datatilsynet
        """
    )
    body = (
        txt(
            """
            Hei igjen,

            Takk for svaret. DPIA-en er nå ferdig og godkjent, og restrisikoen er fortsatt høy.
            Vi ber derfor formelt om forhåndsdrøftelse. DPIA-en ligger vedlagt. Jeg er
            kontaktperson; vi bruker ingen databehandler.
            """
        )
        + "\n"
        + r_signature(R_LEADER2)
        + "\n"
        + quoted(earlier)
    )
    msg = message(
        "m018",
        R_LEADER2.address,
        "SV: SV: Spørsmål om forhåndsdrøftelse hudfoto-KI",
        when(12, 2, 10, 17),
        body,
        attachments=[("DPIA_hudfoto_KI_v1.docx", dpia)],
        headers={"In-Reply-To": "<20261113100200.dt-svar@datatilsynet.no>"},
    )
    return msg, Label(
        "nb",
        (
            "hospital_research",
            "reply_in_thread",
            "contact_signature_only",
            "dpo_function_mailbox_switchboard",
            "headings_question",
            "processor_none_stated",
            "dpia_report_docx",
            "part5_in_dpia",
        ),
        "none",
        True,
        "none",
        "complete; reply quoting Datatilsynet's earlier answer; contacts in signature, DPO "
        "mailbox with switchboard",
    )


def m019() -> Case:
    text = f"""Hei,

Vi ber om forhåndsdrøftelse for passasjertelling med kamera på bussene våre (gjenkjenning av
samme reisende på tvers av holdeplasser for å måle reisestrømmer).

Kontaktperson: {S_CONTACT2.name}, tlf. {S_CONTACT2.phone}, {S_CONTACT2.email}
Personvernombud: {S_DPO.name}, tlf. {S_DPO.phone}, {S_DPO.email}
Databehandler: ingen i pilotfasen – vi analyserer selv.

Systembeskrivelse og vurdering av nødvendighet og proporsjonalitet kommer – vi sender dem så
snart leverandøren av kameraene har levert teknisk dokumentasjon.

RISIKOVURDERING
- Reisende kan gjenkjennes og følges mellom holdeplasser (høy). Tiltak: bare kroppsform og
  klær brukes, ikke ansikt; mal slettes ved endestasjon.
- Sjåføren kan føle seg overvåket (middels). Tiltak: kamera dekker ikke førerplassen.
- Bilder kan brukes av politiet (middels). Tiltak: lagres ikke.
- Vurdert, ikke gjort: bare telling uten gjenkjenning (gir ikke reisestrømmer).
Restrisikoen for sporing av enkeltpersoner er høy.

Ledergruppen gjennomgikk risikovurderingen 24.11 med innspill fra Brukerutvalget og tillitsvalgte,
godkjente den og besluttet å be om forhåndsdrøftelse.
"""
    msg = message(
        "m019",
        S_CONTACT2.address,
        "Forhåndsdrøftelse passasjertelling kamera",
        when(11, 25, 12, 54),
        html=html_from_text(text + "\n" + s_signature(S_CONTACT2)),
    )
    return msg, Label(
        "nb",
        (
            "transport_authority",
            "html_only_body",
            "all_in_body",
            "contact_label_value",
            "phone_0047",
            "processor_none_stated",
            "part2_will_follow",
            "part3_will_follow",
        ),
        "none",
        True,
        "none",
        "parts 2 and 3 missing: description and necessity «kommer» when the vendor delivers",
        missing=(2, 3),
    )


def m020() -> Case:
    body = txt(
        f"""
        Hei!

        Pixelfjord ber om forhåndsdrøftelse for Lesefrø, en leseapp for 1.-4. klasse der barnet
        leser høyt og appen måler lesenivå med talegjenkjenning. Skolene (kommunene) er
        behandlingsansvarlige for skolebruken; denne henvendelsen gjelder hjemmeversjonen, der
        vi er behandlingsansvarlige.

        Kontaktperson: se avsender (signatur)
        Personvernombud: {T_DPO.name}, {T_DPO.phone}, {T_DPO.email}
        Databehandler: Talelab AS (talegjenkjenning), kontakt Jorunn Vestly, 917 30 512,
        jorunn.vestly@talelab.no

        Hva: barnet leser en tekst inn i appen. Opptaket sendes til Talelab, som returnerer
        tekst og tidsstempler; vi beregner ord per minutt og feil. Foresatte ser rapport.
        Opptak slettes etter 24 timer, resultatene beholdes til kontoen slettes. Ca. 15 000
        barn. Foresatte oppretter konto.

        Nødvendig og proporsjonalt? Lesenivå kan ikke måles uten at barnet leser høyt. Vi
        lagrer ikke opptak lenger enn nødvendig for å beregne resultatet, ingen reklame, ingen
        deling med skole uten at foresatte velger det. Foresatte kan se, laste ned og slette alt.

        Risiko:
        - stemmeopptak av barn lekker (lav, alvorlig): kryptering, 24 t sletting
        - barn stemples som «svake lesere» (middels, alvorlig): ingen rangering mot andre,
          nøytrale formuleringer, bare foresatte ser tallene
        - talegjenkjenning er dårligere for barn med dialekt eller annet morsmål (høy,
          middels): egen kalibrering, resultat vises som intervall
        - vurdert, ikke gjort: lokal talegjenkjenning på telefonen (for dårlig kvalitet ennå)
        Restrisiko for skjevhet: høy.

        Styret gikk gjennom DPIA-en 24/11 med funnene og innspill fra lærerpanelet og
        Foreldreutvalget for grunnopplæringen, godkjente den og ba oss søke forhåndsdrøftelse.
        """
    ) + t_signature(T_FOUNDER2)
    msg = message(
        "m020",
        T_FOUNDER2.address,
        "Forhåndsdrøftelse Lesefrø (leseapp)",
        when(11, 26, 22, 5),
        body,
    )
    return msg, Label(
        "nb",
        (
            "app_studio",
            "all_in_body",
            "contact_see_sender",
            "contact_signature_only",
            "headings_question",
            "risk_bullets",
            "part5_sentence_in_mail",
        ),
        "inline",
        True,
        "used",
        "complete; app studio reading app; all in one plain body, contact «se avsender», "
        "processor contact in the body",
    )
