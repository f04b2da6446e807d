"""blind8 cases m021-m040, one function per case returning the message and its label."""

from __future__ import annotations

from email.message import EmailMessage

from kit import (
    Label,
    csv_bytes,
    message,
    quoted,
    scan_image,
    to_docx,
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
    L_CONTACT2,
    L_DPO,
    M_CONTACT,
    M_CONTACT2,
    N_CONTACT,
    N_CONTACT2,
    N_DPO,
    O_CONTACT,
    O_CONTACT2,
    O_DPO,
    O_GENERIC,
    O_LAB,
    P_CONTACT,
    Q_DISCLAIMER,
    Q_SENDER,
    Q_SUB,
    R_ADMIN,
    R_LEADER,
    S_CONTACT,
    S_CONTACT2,
    S_DPO,
    T_DPO,
    T_FOUNDER,
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


def m021() -> Case:
    pvk = k_pvk(
        "Atferdsbiometri i mobilbanken",
        "LSB-PVK-2026-017",
        k_columns(K_CONTACT2, K_DPO, "Kontaktperson", "Personvernombud"),
        [
            (
                "Beskrivelse av behandlingen",
                "Mobilbanken skal samle inn atferdsdata under innlogging og betaling: "
                "tastetrykkrytme, sveipemønster, hvordan telefonen holdes (gyroskop) og "
                "skjermtrykk. Et analyseprogram fra Fennix Banktjenester AS bygger en profil per "
                "kunde og gir en risikoskår i sanntid; ved høy skår kreves ekstra bekreftelse "
                "eller betalingen stoppes for manuell kontroll. Gjelder ca. 160 000 brukere av "
                "mobilbanken. Profilen lagres så lenge kunden har appen; rådata 30 dager.",
            ),
            (
                "Nødvendighet og forholdsmessighet",
                "Svindel med sosial manipulering («falsk bankansatt») økte med 70 prosent i 2026. "
                "BankID alene stopper ikke tilfeller der kunden selv blir lurt til å godkjenne. "
                "Atferdsdata brukes kun til svindelforebygging, ikke til markedsføring eller "
                "kredittvurdering. Vi har vurdert å bare bruke enhetsinformasjon, men det fanger "
                "ikke fjernstyring. Kundene informeres i appen før første innsamling.",
            ),
            (
                "Risiko for kundenes rettigheter og friheter",
                "Se risikoregisteret. Viktigst: eldre kunder og kunder med motoriske vansker får "
                "oftere stoppede betalinger (høy), profilen kan avsløre helsetilstand som "
                "skjelving (middels), og kunder kan ikke reservere seg uten å miste mobilbanken "
                "(høy). Tiltak: egen terskel ved kjent funksjonsnedsettelse etter kundens ønske, "
                "rask manuell kontroll, ingen helseslutninger lagres.",
            ),
            (
                "Ledelsens behandling",
                "PVK-en er ikke behandlet av styret ennå. Den vil bli behandlet i styremøtet "
                "12. januar, og vedtaket sendes da til Datatilsynet.",
            ),
        ],
    )
    risk = k_risk_register(
        [
            [
                "B1",
                "Flere stoppede betalinger for eldre og personer med motoriske vansker",
                "Forsinket betaling, avmakt",
                "4",
                "3",
                "Egen terskel, manuell kontroll innen 15 min",
                "Høy",
                "Produkteier",
            ],
            [
                "B2",
                "Slutninger om helse fra bevegelsesmønster",
                "Sensitiv profil",
                "2",
                "4",
                "Ingen lagring av slutninger",
                "Middels",
                "Personvernombud",
            ],
            [
                "B3",
                "Kunden kan ikke reservere seg",
                "Tap av digital bank",
                "5",
                "3",
                "Nettbank uten atferdsbiometri tilbys",
                "Middels",
                "Produkteier",
            ],
        ]
    )
    body = (
        txt(
            """
        Hei,

        Vedlagt anmodning om forhåndsdrøftelse for atferdsbiometri i mobilbanken
        (PVK, risikoregister og vedlegg om databehandler).

        Styrets behandling av PVK-en skjer først i styremøtet 12. januar. Vi ønsket likevel å
        melde saken nå, og vil ettersende vedtaket.
        """
        )
        + "\n"
        + k_signature(K_CONTACT2)
        + "\n"
        + K_DISCLAIMER
    )
    msg = message(
        "m021",
        K_CONTACT2.address,
        "Anmodning om forhåndsdrøftelse – atferdsbiometri mobilbank",
        when(12, 1, 9, 48),
        body,
        attachments=[
            ("PVK_atferdsbiometri_LSB-PVK-2026-017.pdf", pvk),
            ("Risikoregister_atferdsbiometri.xlsx", risk),
            (
                "Vedlegg_databehandler_Fennix.pdf",
                k_processor_annex("Fennix benytter ingen underleverandører for analyseprogrammet."),
            ),
            ("image001.png", _logo()),
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
            "risk_register_xlsx",
            "headings_unnumbered",
            "part5_future_meeting",
            "disclaimer_footer",
            "irrelevant_attachment",
        ),
        "pgp_mime",
        True,
        "used",
        "part 5 missing: «vil bli behandlet i styremøtet 12. januar»",
        missing=(5,),
    )


def m022() -> Case:
    dpia = l_dpia(
        "KI-kamera ved selvbetjente kasser",
        [
            (
                "Om behandlingen",
                "I 40 butikker monteres kameraer over de selvbetjente kassene. Programvare fra "
                "Skannvakt AS sammenligner det kameraet ser med det som skannes. Ved avvik "
                "stopper kassen og en ansatt kommer bort. Et klipp på 10 sekunder lagres ved hvert "
                "avvik i 7 dager for å kunne behandle klager; uten avvik lagres ingenting. Rundt "
                "600 000 kundebesøk i uka ved selvbetjente kasser. Hender, varer og deler av "
                "ansiktet kan komme med i bildet. Løsningen kjøres i Nimbra Cloud; Skannvakt "
                "bruker Vektorlab Sp. z o.o. i Polen for annotering av klipp (underdatabehandler).",
            ),
            (
                "Nødvendighet og forholdsmessighet",
                "Svinn ved selvbetjente kasser er tre ganger høyere enn ved betjent kasse. "
                "Kameravinkelen er satt slik at bare kassebordet filmes. Klipp brukes ikke til "
                "anmeldelse uten at butikksjef har sett gjennom; de brukes ikke til å trene "
                "modellen uten at ansikt er sladdet. Kunder som ikke vil filmes kan bruke "
                "betjent kasse.",
            ),
            (
                "Risiko for kundene og de ansatte",
                "Ærlige kunder kan bli stoppet og føle seg mistenkeliggjort (høy sannsynlighet, "
                "middels konsekvens). Klipp med ansikt kan sendes til annotering i Polen "
                "(middels/høy). Ansatte kan bli kontrollert via klippene (lav/middels). Tiltak: "
                "nøytral melding på skjermen, sladding før annotering, klipp slettes etter 7 "
                "dager, avtale med tillitsvalgte. Vurdert, ikke gjennomført: lokal behandling i "
                "butikk uten sky (leverandøren tilbyr det ikke). Restrisiko: høy for "
                "mistenkeliggjøring.",
            ),
        ],
        """
| System | Leverandør | Rolle | Merknad |
| Kassekamera og avviksdeteksjon | Skannvakt AS | Databehandler | Underdatabehandler Vektorlab
  Sp. z o.o. (annotering) |
| Skylagring | Nimbra Cloud Norge AS | Databehandler | Norge |
""",
    )
    brochure = to_pdf(
        """
Kundeavis uke 48

# Julestemning i hele butikken!

Ribbe fra Nortura 89,90/kg. Pinnekjøtt 229,-. Klementiner 2 kg 39,90.

# Med Matkroken+ får du mer

Samle poeng på alt du handler – gjelder ikke tobakk og pant.
"""
    )
    body = (
        txt(
            f"""
        Hei,

        Matkroken Dagligvare AS ønsker forhåndsdrøftelse for KI-kamera ved selvbetjente kasser.
        DPIA vedlagt.

        Kontaktperson: se avsender
        Personvernombud: {L_DPO.name} / {L_DPO.phone} / {L_DPO.email}

        Databehandlerne står i systemoversikten i DPIA-en. Kontakter:
        Skannvakt AS: Arild Tennfjord, 41 92 88 05, arild@skannvakt.no
        Nimbra Cloud Norge AS: {L_CLOUD.name}, {L_CLOUD.phone}, {L_CLOUD.email}

        DPIA-en ble godkjent av konsernledelsen 2. desember, etter at funn og restrisiko ble
        lagt frem sammen med innspill fra HK-klubben og kundepanelet, og konsernledelsen ba oss
        sende anmodning om forhåndsdrøftelse.

        (Kundeavisa kom med ved en feil, den kan dere se bort fra.)
        """
        )
        + "\n"
        + l_signature(L_CONTACT)
    )
    msg = message(
        "m022",
        L_CONTACT.address,
        "Forhåndsdrøftelse - KI-kamera selvbetjente kasser",
        when(12, 3, 11, 15),
        body,
        attachments=[
            ("DPIA KI-kamera SB-kasser.docx", dpia),
            ("Kundeavis_uke48.pdf", brochure),
        ],
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
            "sub_processor",
            "dpia_report_docx",
            "part5_sentence_in_mail",
            "irrelevant_attachment",
        ),
        "none",
        True,
        "used",
        "complete; grocery self-checkout cameras; processors in systems table, contacts in body, "
        "stray brochure",
    )


def m023() -> Case:
    contact_doc = to_docx(
        "# 01 Kontaktinformasjon\n\n"
        + m_contact_table(M_CONTACT)
        + "\nDistriktet benytter ikke databehandler; løsningen kjøres i distriktets egne systemer."
    )
    desc = to_docx(
        """
# 02 Beskrivelse av behandlingen

Ved utlevering av pass ved distriktets fire passkontorer skal den som henter passet ta et bilde
i en skranke-kamera. Bildet sammenlignes automatisk med søknadsfotoet. Ved lav likhet må
saksbehandler kontrollere legitimasjon manuelt. Gjelder om lag 38 000 utleveringer i året, også
barn fra 12 år. Utleveringsbildet slettes etter 24 timer; resultatet (treff/ikke treff) lagres
i saken. Passforvaltningens saksbehandlere har tilgang.
"""
    )
    necessity = to_docx(
        """
# 03 Nødvendighet og forholdsmessighet

Distriktet har avdekket flere tilfeller der pass er utlevert til feil person etter bruk av
fullmakt og falske dokumenter. Manuell sammenligning med foto er lite treffsikker. Ansikts-
sammenligningen er én-til-én mot eget søknadsfoto, ikke søk i databaser. Personer som ikke vil
bruke kameraet, får manuell kontroll. Informasjon gis på skilt og i hentemeldingen.
"""
    )
    risk = to_docx(
        """
# 04 Risikovurdering

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko |
| Feilaktig «ikke treff» for personer med mørk hud eller barn | Middels | Middels | Manuell
  kontroll, terskel testet per gruppe | Middels |
| Utleveringsbilder gjenbrukes til andre formål | Lav | Høy | Sletting etter 24 t, logg | Lav |
| Kameraet brukes til å identifisere andre i lokalet | Lav | Høy | Fast vinkel, ingen lagring |
  Lav |
| Automatisk avvisning uten menneskelig vurdering | Lav | Høy | Systemet avviser aldri selv |
  Lav |

Vurdert, ikke gjennomført: ekstern revisjon av algoritmen (ikke budsjettert før 2028).
Samlet vurderes restrisikoen for barn og personer med mørk hud som høy.
"""
    )
    scan = m_decision_scan(
        "2026/12544-4",
        "26.11.2026",
        "Vurderingen av personvernkonsekvenser for ansiktssammenligning ved utlevering av pass "
        "er lagt fram for meg med funn, restrisiko, personvernombudets råd og innspill fra "
        "passkontorene og tillitsvalgte. Jeg godkjenner vurderingen og beslutter at "
        "Datatilsynet skal forhåndsdrøfte behandlingen.",
    )
    body = txt(
        """
        Hei,

        Vestmar politidistrikt ber om forhåndsdrøftelse (art. 36) for ansiktssammenligning ved
        utlevering av pass. Dokumentasjonen er delt i fem filer, nummerert som på nettsidene
        deres.

        Trond Øvrebø
        """
    )
    msg = message(
        "m023",
        M_CONTACT.address,
        "Forhåndsdrøftelse - ansiktssammenligning passutlevering (2026/12544)",
        when(11, 27, 12, 22),
        body,
        attachments=[
            ("01 Kontaktinformasjon.docx", contact_doc),
            ("02 Beskrivelse.docx", desc),
            ("03 Nødvendighet og forholdsmessighet.docx", necessity),
            ("04 Risikovurdering.docx", risk),
            ("05 Beslutning politimester.pdf", scan),
        ],
    )
    return msg, Label(
        "nb",
        (
            "police",
            "file_per_part",
            "contact_table_roles_in_columns",
            "dpo_function_mailbox_switchboard",
            "processor_none_stated",
            "risk_table_docx",
            "part5_scanned_decision_pdf",
        ),
        "pgp_mime",
        True,
        "none",
        "complete; police passport face matching; one file per part, scanned decision",
    )


def m024() -> Case:
    body = txt(
        f"""
        Hei,

        Vi melder med dette at Norsk Sprintpadleforbund har utpekt nytt personvernombud fra
        1. desember 2026:

        {N_DPO.name}
        {N_DPO.title}
        Tlf. {N_DPO.phone}
        E-post {N_DPO.email}

        Hun erstatter Kjell Arne Bøe. Vi ber om at registeret deres oppdateres. Det finnes
        kanskje et skjema for dette i Altinn, men vi fant det ikke.
        """
    ) + n_signature(N_CONTACT)
    msg = message(
        "m024",
        N_CONTACT.address,
        "Melding om nytt personvernombud – Norsk Sprintpadleforbund",
        when(11, 30, 10, 1),
        body,
    )
    return msg, Label(
        "nb",
        ("sports_federation", "nonrequest_dpo_notification"),
        "none",
        False,
        "unspecified",
        "not a request: notification of a new DPO with full contact details",
    )


def m025() -> Case:
    sections = [
        (
            "Purpose of this document",
            "This assessment follows the clinic's DPIA procedure "
            "(GK-KS-112, English version for the Icelandic laboratory's review).",
        ),
        (
            "Contact details",
            f"Controller contact: {O_CONTACT.name}, {O_CONTACT.title}, "
            f"{O_CONTACT.phone}, {O_CONTACT.email}. Data protection officer: {O_DPO.name}, "
            f"{O_DPO.phone}, {O_DPO.email}. Processor: see Annex A.",
        ),
        (
            "Summary",
            "Genvei will offer non-invasive prenatal testing (NIPT) from week 10 of "
            "pregnancy. Residual risk concerning unwanted knowledge and sex disclosure remains "
            "high.",
        ),
        (
            "Nature of the processing",
            "Cell-free DNA from the pregnant woman's blood is sequenced "
            "to screen for trisomies 13, 18 and 21. Data concern the woman and the fetus.",
        ),
        (
            "Scope",
            "About 2 000 tests a year; raw data kept 90 days; reports in the medical record.",
        ),
        (
            "Context",
            "Pregnant women aged 18-45, often in a vulnerable situation; results may "
            "lead to decisions on termination.",
        ),
        (
            "Purposes",
            "Give pregnant women information about chromosomal conditions, with genetic "
            "counselling before and after the test.",
        ),
        ("Lawful basis", "Art. 6(1)(b), Art. 9(2)(h); Biotechnology Act chapter 4."),
        (
            "Data sources and recipients",
            "Sources: the woman (blood sample, questionnaire). "
            "Recipients: the woman and, if she consents, her GP.",
        ),
        (
            "Systems and suppliers",
            "Sequencing: Arctic Sequencing ehf. (processor, Annex A). "
            "Storage of raw data: Helixa Bio Cloud Ltd., Ireland (sub-processor).",
        ),
        (
            "Information security",
            "Pseudonymised samples, encrypted transfer, two-factor access "
            "to the record system, monthly log review.",
        ),
        (
            "Necessity and proportionality",
            "Screening requires sequencing of cell-free DNA; no "
            "less intrusive method gives the same information. Fetal sex is not reported unless "
            "medically relevant and is not available before week 12. Counselling is mandatory. "
            "Raw data are deleted after 90 days unless the woman asks to keep them.",
        ),
        (
            "Rights of the data subjects",
            "Written information, right to refuse parts of the "
            "result, access to the record, deletion of raw data.",
        ),
        (
            "Risks to individuals",
            "Unwanted knowledge of findings (likely, severe) – choice of "
            "which conditions to test; disclosure of fetal sex leading to sex selection (possible, "
            "severe) – sex withheld; false positives causing distress or termination (possible, "
            "very severe) – confirmatory test required and explained; breach of genetic data "
            "(remote, severe) – pseudonymisation. See the CSV risk register.",
        ),
        (
            "Measures considered but not implemented",
            "Offering results only via the GP (rejected "
            "by the user panel: delays); sequencing in Norway (no provider).",
        ),
        (
            "Residual risk and conclusion",
            "High residual risk for false positives and unwanted "
            "knowledge; prior consultation is requested.",
        ),
        (
            "Consultation of stakeholders",
            "User panel of five pregnant women, the Norwegian "
            "Down Syndrome Association (Norsk Nettverk for Down Syndrom), midwives.",
        ),
        (
            "Sign-off",
            "| Role | Name | Date | Decision |\n| DPO | Jonas Ravn | 20.11.2026 | "
            "Advice given |\n| Quality committee | Vegard Nesheim | 24.11.2026 | Findings and "
            "stakeholder input reviewed |\n| Managing director | Anniken Lothe | 25.11.2026 | "
            "DPIA approved; request prior consultation |",
        ),
    ]
    dpia = to_docx(
        "Genvei Klinikk AS – Data Protection Impact Assessment: NIPT\n\n~ Version 1.1\n\n"
        + "\n\n".join(f"# {i}. {h}\n\n{t}" for i, (h, t) in enumerate(sections, start=1))
    )
    annex = to_pdf(
        f"""
Annex A – Processor

Arctic Sequencing ehf., Reykjavík (kt. 540214-0870). Processor agreement of 2 September 2025.

~ Contact: {O_LAB.name}, {O_LAB.title}
~ Tel. {O_LAB.phone}
~ E-mail {O_LAB.email}
~ Sub-processor: Helixa Bio Cloud Ltd., Dublin (storage)
"""
    )
    risk = csv_bytes(
        o_risk_csv_rows(
            [
                [
                    "NIPT-01",
                    "Falskt positivt resultat",
                    "Gravide",
                    "Middels",
                    "Svært høy",
                    "Høy",
                    "Bekreftende test, veiledning",
                    "Høy",
                    "Akseptert",
                ],
                [
                    "NIPT-02",
                    "Uønsket kunnskap",
                    "Gravide, partner",
                    "Høy",
                    "Høy",
                    "Høy",
                    "Valg av hva som testes",
                    "Middels",
                    "Akseptert",
                ],
                [
                    "NIPT-03",
                    "Kjønnsseleksjon",
                    "Foster",
                    "Lav",
                    "Svært høy",
                    "Middels",
                    "Kjønn rapporteres ikke",
                    "Lav",
                    "Lukket",
                ],
            ]
        )
    )
    body = (
        txt(
            """
        Hei,

        Vedlagt følger Genvei Klinikks anmodning om forhåndsdrøftelse for NIPT. DPIA-en er
        skrevet på engelsk fordi laboratoriet på Island skulle kommentere den. Annex A gir
        kontaktinformasjon til databehandleren; risikoregisteret er vedlagt som CSV.
        """
        )
        + "\n"
        + o_signature(O_CONTACT)
    )
    msg = message(
        "m025",
        O_CONTACT.address,
        "Anmodning om forhåndsdrøftelse – NIPT",
        when(11, 26, 14, 40),
        body,
        attachments=[
            ("GK_DPIA_NIPT_v1.1.docx", dpia),
            ("Annex_A_Processor.pdf", annex),
            ("GK_risikoregister_NIPT.csv", risk),
        ],
    )
    return msg, Label(
        "en",
        (
            "gene_clinic",
            "dpia_report_docx",
            "very_long_dpia",
            "headings_num",
            "phone_foreign",
            "phone_mob_direkte",
            "processor_contact_separate_annex",
            "sub_processor",
            "risk_register_csv",
            "part5_signoff_table",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; gene clinic NIPT; 18-section English DPIA, processor in annex, CSV register",
    )


def m026() -> Case:
    scan = scan_image(
        p_minutes_text(
            "2.12.2026",
            "91/26",
            "Kamerabasert nattilsyn i Fjellstad bu- og omsorgssenter",
            "Formannskapet godkjenner vurderinga av personvernkonsekvensar for kamerabasert "
            "nattilsyn og ber kommunedirektøren sende møteboka til Datatilsynet som del av "
            "førehandsdrøftinga.",
        ),
        tilt=-0.8,
    )
    body = (
        txt(
            """
        Hei

        Vi viser til anmodninga vår om førehandsdrøfting for kamerabasert nattilsyn, sendt
        9. november (dykkar ref. 26/04117). Som lova ettersender vi no utskrift av møteboka frå
        formannskapet 2. desember.
        """
        )
        + "\n"
        + p_signature(P_CONTACT)
    )
    msg = message(
        "m026",
        P_CONTACT.address,
        "Ettersending – møtebok, førehandsdrøfting nattilsyn (dykkar ref. 26/04117)",
        when(12, 3, 13, 7),
        body,
        attachments=[("Moteboksutskrift_PS91-26.jpg", scan)],
    )
    return msg, Label(
        "nn",
        (
            "municipality_nynorsk",
            "nonrequest_supplement_to_earlier",
            "scanned_minutes_image",
            "references_earlier_request",
        ),
        "none",
        False,
        "unspecified",
        "not a request: supplement (minutes) to an earlier request with Datatilsynet's reference",
    )


def m027() -> Case:
    dpia = to_docx(
        english_dpia(
            "Photo sharing with automatic face tagging (Molnkraft Moments)",
            "Bølgen Barnehager AS (controller); Molnkraft AB (processor)",
            [
                (
                    "Nature, scope, context and purposes",
                    "Bølgen runs 22 kindergartens with 1 900 children. Staff take photos during "
                    "the day in the Molnkraft Moments app; face recognition suggests which "
                    "children are in each photo, so that parents only receive photos of their "
                    "own child and children whose parents refused photos are blurred "
                    "automatically. Face templates of children are created from a reference "
                    "photo. SMS notifications go through Textmail SMS AB. Hosting: Nordhall "
                    "Cloud Oy (sub-processor). Photos kept until the child leaves.",
                ),
                (
                    "Necessity and proportionality",
                    "Manual tagging took staff 40 minutes a day and caused photos to be sent to "
                    "the wrong parents 31 times last year. Face templates are used only inside "
                    "the kindergarten's own album, never for search across kindergartens. "
                    "Parents consent separately to face tagging; without consent, staff tag "
                    "manually. Templates are deleted when consent is withdrawn.",
                ),
                (
                    "Risks to individuals",
                    "Biometric data of small children (certain, severe): consent, local "
                    "templates, deletion. Wrong tagging sends photos to other parents (possible, "
                    "serious): staff confirm every suggestion. Breach at sub-processor (remote, "
                    "severe): encryption, EU hosting. Children in protective custody appear in "
                    "photos (possible, very severe): hard exclusion list. Not implemented: "
                    "on-device recognition (performance). Residual risk: high.",
                ),
            ],
            "See Annexes/Signoff.pdf (management decision).",
        )
    )
    contacts = q_contacts_xlsx(
        [
            [
                "Controller contact",
                "Bølgen Barnehager AS",
                "Siri Mjelde",
                "+47 401 22 918",
                "siri.mjelde@bolgenbarnehager.no",
            ],
            [
                "DPO",
                "Bølgen Barnehager AS",
                "Karoline Fjeld",
                "+47 971 35 446",
                "karoline.fjeld@bolgenbarnehager.no",
            ],
            [
                "Processor",
                "Molnkraft AB",
                "Johanna Lindqvist",
                "+46 8 120 455 31",
                "johanna.lindqvist@molnkraft.se",
            ],
            [
                "Processor",
                "Textmail SMS AB",
                "Erik Sandström",
                "+46 31 704 22 10",
                "erik.sandstrom@textmail.se",
            ],
        ]
    )
    signoff = to_pdf(
        """
Bølgen Barnehager AS – Management decision

# DPIA Molnkraft Moments (face tagging)

The management group (CEO Henning Brekke, pedagogical director, HR director, DPO as adviser)
reviewed the DPIA on 24 November 2026. The findings and the residual risk were presented. Input
from the parents' council (FAU representatives) and the Union of Education Norway shop steward
was considered. Decision: the DPIA is approved; Bølgen asks Datatilsynet for prior consultation
through Molnkraft before the face tagging is switched on.

~ Signed: Henning Brekke, CEO, 24.11.2026
"""
    )
    annexes = to_zip({"Annexes/Signoff.pdf": signoff})
    package = to_zip(
        {
            "Bolgen_prior_consultation/DPIA_Moments_Bolgen.docx": dpia,
            "Bolgen_prior_consultation/Contacts.xlsx": contacts,
            "Bolgen_prior_consultation/Annexes.zip": annexes,
        }
    )
    body = (
        txt(
            f"""
        Hello,

        On behalf of Bølgen Barnehager AS (org.nr. 922 104 556), controller, we submit a request
        for prior consultation for automatic face tagging in Molnkraft Moments. Everything is in
        the attached package (DPIA, contacts, and the management decision inside Annexes.zip).

        Processors: Molnkraft AB and Textmail SMS AB; sub-processor {Q_SUB}.
        """
        )
        + "\n"
        + q_signature()
        + "\n"
        + Q_DISCLAIMER
    )
    msg = message(
        "m027",
        Q_SENDER.address,
        "Prior consultation - Bølgen Barnehager AS - face tagging",
        when(11, 27, 14, 4),
        body,
        attachments=[("Bolgen_prior_consultation.zip", package)],
    )
    return msg, Label(
        "en",
        (
            "saas_vendor_for_customer",
            "zip_nested",
            "contact_xlsx",
            "phone_foreign",
            "processor_several",
            "sub_processor",
            "dpia_english_template",
            "part5_signed_decision_letter",
            "disclaimer_footer",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; Swedish vendor for kindergarten chain; ZIP with nested ZIP holding the signed "
        "management decision",
    )


def m028() -> Case:
    dpia = r_dpia(
        "SpeechMark – early dementia signs in recorded consultations",
        [
            (
                "What will the project do?",
                "Memory-clinic consultations (about 1 200 patients over three years) are audio "
                "recorded with consent. Speech features (pauses, word finding, vocabulary) are "
                "extracted and linked to the diagnosis made two years later. Recordings are "
                "stored on the hospital's research server; no processor is used. Recordings "
                "deleted after feature extraction, features kept until 2032.",
            ),
            (
                "Why is it necessary and proportionate?",
                "Early signs are hard to detect in standard tests. Only the patient's voice is "
                "analysed; relatives' voices are removed. Consent is obtained by a nurse, not "
                "the treating doctor; patients lacking capacity are not included.",
            ),
            (
                "What can go wrong for the patients?",
                "Re-identification from voice (likely, severe) – features only, recordings "
                "deleted. Consent from people with early cognitive decline may not be informed "
                "(possible, severe) – simplified information, relative present. Results leaking "
                "to insurers (remote, severe) – no results in the record. Not done: third-party "
                "voice anonymisation (not mature). Residual risk high.",
            ),
            (
                "Who has approved this assessment?",
                "Approval from the clinic management will follow after their meeting.",
            ),
        ],
    )
    body = txt(
        """
        Dear Datatilsynet,

        I am writing on behalf of the SpeechMark project at Aurora University Hospital to
        request a prior consultation. Please find our DPIA attached. The management approval
        will follow as soon as the clinic has met.

        Kind regards,

        Dr. Tomasz Wierzbicki
        Postdoctoral researcher, Research Unit for Clinical AI
        Aurora universitetssykehus HF
        Phone +47 465 02 733 | tomasz.wierzbicki@aurora-uss.no
        """
    )
    msg = message(
        "m028",
        "Tomasz Wierzbicki <tomasz.wierzbicki@aurora-uss.no>",
        "Request for prior consultation - SpeechMark",
        when(12, 2, 16, 58),
        body,
        attachments=[("SpeechMark_DPIA.docx", dpia)],
    )
    return msg, Label(
        "en",
        (
            "hospital_research",
            "contact_signature_only",
            "headings_question",
            "processor_none_stated",
            "dpia_report_docx",
            "p1_no_dpo",
            "part5_will_follow",
        ),
        "none",
        True,
        "none",
        "parts 1 and 5 missing: no DPO named anywhere; approval «will follow»",
        missing=(1, 5),
    )


def m029() -> Case:
    pdf = to_pdf(
        f"""
Fjordlink Kollektiv FKF

ANMODNING OM FORHÅNDSDRØFTELSE – FØRERSTØTTE MED KAMERA I BUSS

# Kontaktinformasjon

| Rolle | Navn | Telefon | E-post |
| Kontaktperson | {S_CONTACT2.name} | {S_CONTACT2.phone} | {S_CONTACT2.email} |
| Personvernombud | {S_DPO.name} | {S_DPO.phone} | {S_DPO.email} |
| Databehandler | Takstra Billettsystemer AS (se vedlegg B) | | |

# Hva skal vi gjøre

I 120 busser monteres et kamera rettet mot sjåføren. Programvare oppdager tegn på tretthet
(øyelokk, gjesping) og distraksjon (mobilbruk) og gir lyd- og lysvarsel i førerhuset. Ved tre
varsler på en tur sendes en melding til trafikkledelsen, som kontakter sjåføren. Ingen video
lagres; hendelser lagres som tidspunkt og type i 30 dager. Takstra drifter plattformen for
hendelser. Om lag 420 sjåfører berøres.

# Hvorfor er dette nødvendig og forholdsmessig

Tre alvorlige hendelser de siste to årene skyldtes trøtte sjåfører. Ny forskrift om
trafikksikkerhet krever aktivt førerstøttesystem fra 2027. Løsningen er valgt fordi den ikke
lagrer video og behandler alt i bussen. Hendelser brukes ikke i personalsaker uten at
sjåføren selv er informert og har fått uttale seg, slik avtalen med tillitsvalgte sier.

# Risiko for sjåførene

- Følelse av konstant overvåking og stress (høy). Tiltak: ingen video, lokal behandling,
  evaluering med tillitsvalgte etter seks måneder.
- Hendelsesdata brukes i personalsaker (middels). Tiltak: avtale, tilgang kun for trafikkleder.
- Feilvarsler for sjåfører med briller eller visse ansiktstrekk (middels). Tiltak: kalibrering.
- Helseopplysninger kan utledes (søvnvansker) (middels). Tiltak: ingen aggregering per sjåfør
  over 30 dager.
- Vurdert, ikke gjennomført: at sjåføren selv kan skru av systemet (i strid med forskriften).

Restrisikoen for overvåkingsopplevelse er høy.

# Ledelsens godkjenning

Styret godkjente vurderingen 24. november 2026, sak 32/26, se protokoll.
"""
    )
    minutes = s_minutes(
        "24.11.2026",
        "32/26",
        "Førerstøtte med kamera – vurdering av personvernkonsekvenser. Prosjektleder la frem "
        "vurderingen og funnene. Tillitsvalgt for Yrkestrafikkforbundet orienterte om "
        "sjåførenes syn. Vedtak: Styret godkjenner vurderingen og ber om at Datatilsynet "
        "forhåndsdrøfter behandlingen.",
    )
    body = (
        txt(
            """
        Hei,

        Vedlagt følger anmodning om forhåndsdrøftelse for førerstøtte med kamera, med
        styreprotokoll og vedlegg B om databehandler.
        """
        )
        + "\n"
        + s_signature(S_CONTACT2)
    )
    msg = message(
        "m029",
        S_CONTACT2.address,
        "Anmodning om forhåndsdrøftelse – førerstøtte kamera",
        when(11, 28, 9, 3),
        body,
        attachments=[
            ("Anmodning forhåndsdrøftelse førerstøtte.pdf", pdf),
            ("Protokoll styremøte 24.11.2026 sak 32-26.pdf", minutes),
            ("Vedlegg B - Databehandlere.pdf", s_processor_annex()),
        ],
    )
    return msg, Label(
        "nb",
        (
            "transport_authority",
            "one_pdf",
            "contact_table_rows_role",
            "phone_0047",
            "processor_contact_separate_annex",
            "headings_question",
            "minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; transit driver-monitoring cameras; one PDF, minutes, processor in annex B",
    )


def m030() -> Case:
    body = txt(
        f"""
        Hei Datatilsynet,

        Dette er en anmodning om forhåndsdrøftelse for appen vår «Vaktbikkje» (foreldre ser
        posisjon og skjermtid til barn 8-13 år). Vi har samlet alt her.

        Kontaktperson: se avsender ({T_FOUNDER.phone})
        Personvernombud: {T_DPO.name}, tlf {T_DPO.phone}, e-post {T_DPO.email}
        Databehandler: Kartverket? Nei :) – vi bruker Geoflyt AS for kart og posisjon,
        kontakt Tobias Rønneberg, 452 66 910, tobias@geoflyt.no

        1. Hva appen gjør
        Foreldre installerer appen på barnets telefon. Posisjon sendes hvert 5. minutt (hvert
        minutt når barnet er utenfor «trygge soner»), og skjermtid per app. Foreldre ser kart og
        historikk 14 dager bakover. Barnet ser alltid et ikon når posisjon deles. Forventet
        30 000 familier. Geoflyt lagrer posisjonene for oss.

        2. Nødvendighet og proporsjonalitet
        Foreldre ønsker trygghet når barn går alene til skole og trening. Vi har valgt 14 dager
        i stedet for ubegrenset historikk, ingen lydopptak eller meldingslesing (mange
        konkurrenter gjør det), og barnet får en «pause»-knapp i 1 time per dag som foreldrene
        ikke kan skru av. Barn over 13 må selv godkjenne.

        3. Risiko
        - barnets selvstendighet og tillit i familien (høy sannsynlighet, middels konsekvens)
        - posisjon havner hos en forelder uten foreldreansvar eller ved samlivsbrudd (middels,
          svært alvorlig) -> begge foreldre må godkjenne, varsel til begge ved ny enhet
        - lekkasje av posisjonshistorikk (lav, svært alvorlig) -> kryptering, 14 dager
        - vurdert, ikke gjort: krav om BankID for foreldre (senker bruk, men vurderes igjen)
        Restrisiko: høy for misbruk i konfliktfamilier.

        4. Godkjenning
        Styret fikk DPIA-en presentert 1/12, inkl. innspill fra Barneombudets veileder og en
        foreldregruppe, godkjente den og vedtok at vi skal be om forhåndsdrøftelse.
        """
    ) + t_signature(T_FOUNDER)
    msg = message(
        "m030",
        T_FOUNDER.address,
        "Anmodning forhåndsdrøftelse - Vaktbikkje",
        when(12, 2, 7, 40),
        body,
    )
    return msg, Label(
        "nb",
        (
            "app_studio",
            "all_in_body",
            "contact_see_sender",
            "headings_num",
            "risk_bullets",
            "part5_sentence_in_mail",
        ),
        "inline",
        True,
        "used",
        "complete; app studio child location app; all in one plain body with a joke line about "
        "the processor",
    )


def _logo() -> bytes:
    return scan_image("LYNGSTAD SPAREBANK\n\n— siden 1871 —", fmt="PNG")


def m031() -> Case:
    pvk = k_pvk(
        "Automatisert kredittvurdering med kontoinformasjon (PSD2)",
        "LSB-PVK-2026-019",
        k_columns(K_CONTACT, K_DPO, "Kontaktperson", "Personvernombud"),
        [
            (
                "Beskrivelse av behandlingen",
                "Søkere om forbrukslån opptil 250 000 kr skal kunne gi banken tilgang til "
                "kontoinformasjon fra andre banker (PSD2, 12 måneder transaksjoner). En modell "
                "i bankens eget datasenter kategoriserer inntekter og utgifter og beregner "
                "betjeningsevne; søknader under terskel avslås automatisk, over terskel innvilges "
                "automatisk, mellomsjiktet vurderes manuelt. Ca. 9 000 søknader i året. Banken "
                "bruker ingen databehandler for dette; alt driftes internt. Transaksjonsdata "
                "slettes etter 30 dager, beslutningsgrunnlag lagres 10 år (regnskapsloven).",
            ),
            (
                "Nødvendighet og forholdsmessighet",
                "Utlånsforskriften krever forsvarlig vurdering av betjeningsevne. "
                "Kontoinformasjon gir riktigere bilde enn selvangivelse for selvstendige og "
                "unge. Kategorier som kan avsløre helse, religion eller fagforening (apotek, "
                "menigheter, kontingenter) grupperes som «øvrige utgifter» før modellen ser "
                "dem. Søkere som ikke vil dele kontoinformasjon kan levere dokumentasjon "
                "manuelt. Ved automatisk avslag får søkeren begrunnelse og rett til manuell "
                "vurdering.",
            ),
            (
                "Risiko for kundenes rettigheter og friheter",
                "Viktigste risikoer: automatisk avslag på feilaktig grunnlag (middels/høy), "
                "at transaksjoner avslører sensitive forhold (middels/høy), at søkere ikke "
                "forstår hva de samtykker til (høy/middels) og gjenbruk til markedsføring "
                "(lav/høy). Se risikoregister. Vurdert, ikke gjennomført: å fjerne automatiske "
                "avslag helt (for mange manuelle saker). Restrisiko: høy for feilaktige avslag.",
            ),
        ],
    )
    risk = k_risk_register(
        [
            [
                "K1",
                "Feilaktig automatisk avslag",
                "Nektet kreditt",
                "3",
                "4",
                "Begrunnelse, manuell overprøving",
                "Høy",
                "Kredittsjef",
            ],
            [
                "K2",
                "Sensitive forhold utledes av transaksjoner",
                "Diskriminering",
                "3",
                "4",
                "Gruppering av kategorier",
                "Middels",
                "Personvernombud",
            ],
            [
                "K3",
                "Uklart samtykke",
                "Mangelfull forståelse",
                "4",
                "3",
                "Lagdelt informasjon, test med brukere",
                "Middels",
                "Produkteier",
            ],
        ]
    )
    decision = k_board_decision(
        "91/26",
        "26.11.2026",
        "Automatisert kredittvurdering med kontoinformasjon – PVK",
        "Styret fikk framlagt PVK-en med funn, restrisiko, personvernombudets uttalelse og "
        "innspill fra Forbrukerrådets høringssvar om kontoinformasjon i kredittvurdering og fra "
        "bankens kundepanel. Vedtak: Styret godkjenner PVK-en. Styret ber administrasjonen be "
        "Datatilsynet om forhåndsdrøftelse før automatiske avslag tas i bruk.",
        "Torunn Elvebakk (styreleder)   Geir Ove Nilssen   Marte Kongsvik",
    )
    body = (
        txt(
            """
        Til Datatilsynet

        Lyngstad Sparebank ber om forhåndsdrøftelse for automatisert kredittvurdering med
        kontoinformasjon. Vedlagt PVK, risikoregister og styrevedtak sak 91/26.
        """
        )
        + "\n"
        + k_signature(K_CONTACT)
        + "\n"
        + K_DISCLAIMER
    )
    msg = message(
        "m031",
        K_CONTACT.address,
        "Forhåndsdrøftelse – kredittvurdering med kontoinformasjon",
        when(11, 30, 8, 20),
        body,
        attachments=[
            ("PVK_kredittvurdering_PSD2.pdf", pvk),
            ("Risikoregister_kreditt.xlsx", risk),
            ("Styrevedtak_sak_91-26.pdf", decision),
            ("image001.png", _logo()),
        ],
    )
    return msg, Label(
        "nb",
        (
            "bank",
            "one_pdf_dpia",
            "contact_pdf_two_column",
            "phone_plus47_spaced",
            "processor_none_stated",
            "risk_register_xlsx",
            "part5_signed_decision_letter",
            "irrelevant_attachment",
            "disclaimer_footer",
        ),
        "none",
        True,
        "none",
        "complete; bank automated credit decisions; no processor, signature logo attached",
    )


def m032() -> Case:
    dpia = l_dpia(
        "Bemanningsplanlegging med produktivitetsdata fra håndterminaler",
        [
            (
                "Om behandlingen",
                "Lagermedarbeidere ved sentrallageret på Gardermoen (ca. 380) plukker varer med "
                "håndterminaler som registrerer hver plukk med tid og sted. Data skal nå brukes i "
                "et verktøy som foreslår vaktplaner basert på individuell plukkhastighet. "
                "Teamledere ser en liste med medarbeiderne rangert etter hastighet. Data lagres "
                "12 måneder. Leverandør av verktøyet: Skiftly AS (databehandler).",
            ),
            (
                "Nødvendighet og forholdsmessighet",
                "Bedre vaktplaner skal redusere overtid. Vi har vurdert å bruke teamtall i "
                "stedet for individuelle tall, men planleggingen treffer da dårligere. "
                "Individuelle tall brukes ikke i lønnssamtaler eller oppsigelsessaker; dette er "
                "avtalt med tillitsvalgte. Medarbeidere ser sine egne tall.",
            ),
            (
                "Risiko for de ansatte",
                "Press og stress ved rangering (høy/høy), diskriminering av eldre, gravide og "
                "ansatte med helseplager (middels/høy), bruk i personalsaker (middels/høy). "
                "Tiltak: ingen rangering synlig for andre ansatte, justering for tilrettelagt "
                "arbeid, logg over oppslag. Vurdert, ikke gjennomført: å skjule individuelle tall "
                "for teamledere. Restrisiko: høy.",
            ),
        ],
        """
| System | Leverandør | Rolle |
| Skiftly Plan | Skiftly AS | Databehandler |
| Datavarehus (rapporter til HR) | Nimbra Cloud Norge AS | Databehandler |
| Håndterminaler (WMS) | Egen drift | – |
""",
    )
    body = (
        txt(
            f"""
        Hei,

        Matkroken ber om forhåndsdrøftelse for bemanningsplanlegging med produktivitetsdata.

        Kontaktperson: {L_CONTACT2.name}
        Telefon: {L_CONTACT2.phone}
        E-post: {L_CONTACT2.email}

        Personvernombud: {L_DPO.name}
        Telefon: {L_DPO.phone}
        E-post: {L_DPO.email}

        Databehandler: Skiftly AS
        Kontakt: Ole Martin Gjære
        Telefon: 40 55 81 27
        E-post: ole.martin@skiftly.no

        Databehandler: Nimbra Cloud Norge AS
        Kontakt: {L_CLOUD.name}
        Telefon: {L_CLOUD.phone}
        E-post: {L_CLOUD.email}

        Ledergruppen har ikke behandlet DPIA-en, det er ikke gjort ennå – vi tenkte det var
        greit å få en første vurdering fra dere før saken går dit.
        """
        )
        + "\n"
        + l_signature(L_CONTACT)
    )
    msg = message(
        "m032",
        L_CONTACT.address,
        "Forhåndsdrøftelse bemanningsplanlegging lager",
        when(11, 19, 15, 33),
        body,
        attachments=[("DPIA bemanning produktivitet.docx", dpia)],
    )
    return msg, Label(
        "nb",
        (
            "grocery",
            "contact_label_value",
            "phone_8_digits",
            "processor_in_systems_table",
            "processor_several",
            "dpia_report_docx",
            "headings_unnumbered",
            "part5_not_done",
        ),
        "none",
        True,
        "used",
        "part 5 missing: management has not treated the DPIA («ikke gjort ennå»)",
        missing=(5,),
    )


def m033() -> Case:
    letter = m_letter(
        "2026/12701-1",
        "30.11.2026",
        "Anmodning om forhåndsdrøftelse – kroppskamera for ansatte i publikumsmottaket",
        f"""
Vi ber om forhåndsdrøftelse for bruk av kroppskamera for sivilt ansatte i publikumsmottaket
(pass, våpen, hittegods).

{m_contact_table(M_CONTACT2, email="(ikke oppgitt)")}

Løsningen driftes av distriktet selv; vi benytter ikke databehandler.

# Behandlingen

24 ansatte i publikumsmottaket får kroppskamera som startes manuelt når en situasjon truer med å
bli voldelig. Kameraet har 30 sekunders forhåndsopptak i minnet. Opptak lagres i 30 dager,
lenger hvis det inngår i en anmeldelse. Besøkende, inkludert barn og personer i krise, kan bli
filmet. Leder og HR har tilgang.

# Nødvendighet og forholdsmessighet

Antallet trusler mot ansatte har doblet seg siden 2024. Skjerming og alarm er allerede innført.
Kameraet er synlig med rødt lys når det filmer, og det filmes ikke rutinemessig. Alternativ med
fast kamera i lokalet er vurdert, men dekker ikke skranker og samtalerom.

# Risiko

- Besøkende i sårbare situasjoner blir filmet (middels/høy). Tiltak: kun ved truende
  situasjoner, synlig varsel.
- Opptak brukes til kontroll av de ansatte (lav/middels). Tiltak: avtale med tillitsvalgte.
- Forhåndsopptak fanger samtaler før situasjonen eskalerer (høy/middels). Tiltak: 30 sek.
- Vurdert, ikke gjennomført: automatisk start ved høy lyd (for inngripende).
Restrisiko for besøkende vurderes som høy.

# Ledelsens behandling

Ledermøtet godkjente vurderingen 27.11.2026 etter at funn, personvernombudets råd og innspill
fra tillitsvalgte var lagt fram, og besluttet å be om forhåndsdrøftelse.
""",
        M_CONTACT2,
    )
    body = txt(
        """
        Oversender anmodning om forhåndsdrøftelse, se vedlegg.

        Vestmar politidistrikt
        Seksjon HR
        """
    )
    msg = message(
        "m033",
        "Vestmar politidistrikt HR <hr@vestmar-pd.no>",
        "Anmodning om forhåndsdrøftelse - kroppskamera publikumsmottak",
        when(11, 30, 14, 12),
        body,
        attachments=[("Anmodning 2026-12701-1.docx", letter)],
    )
    return msg, Label(
        "nb",
        (
            "police",
            "cover_letter_docx",
            "contact_table_roles_in_columns",
            "dpo_function_mailbox_switchboard",
            "processor_none_stated",
            "role_mailbox",
            "part5_in_letter",
            "p1_contact_no_email",
        ),
        "pgp_mime",
        True,
        "none",
        "part 1 missing: contact person's e-mail «(ikke oppgitt)», sent from an HR role mailbox",
        missing=(1,),
    )


def m034() -> Case:
    body = txt(
        """
        Hi,

        (Writing in English since our project lead does not read Norwegian.)

        Norsk Sprintpadleforbund would like to request a prior consultation for a concussion
        reporting app for all licensed paddlers, including children from 10 years. Coaches
        will register suspected concussions with symptoms, and the app will block race entry
        until a doctor clears the athlete.

        The board discussed the project on 18 November and decided that we should contact
        Datatilsynet. The DPIA itself (description, necessity and risk) is being finalised by
        our consultant and will follow in December.

        Contact cards for me and our DPO are attached. We have not yet chosen the app
        supplier.
        """
    ) + n_signature(N_CONTACT2)
    msg = message(
        "m034",
        N_CONTACT2.address,
        "Prior consultation request – concussion app",
        when(11, 24, 20, 9),
        body,
        attachments=[n_vcard(N_CONTACT2), n_vcard(N_DPO)],
    )
    return msg, Label(
        "en",
        (
            "sports_federation",
            "contact_vcard",
            "very_short",
            "part2_will_follow",
            "part3_will_follow",
            "part4_will_follow",
            "part5_decision_without_dpia",
        ),
        "none",
        True,
        "unspecified",
        "parts 2-5 missing: DPIA «will follow»; the board only decided to contact Datatilsynet",
        missing=(2, 3, 4, 5),
    )


def m035() -> Case:
    contacts = o_contacts_page(
        O_CONTACT2,
        f"Databehandler: Arctic Sequencing ehf. v/ {O_LAB.name}, {O_LAB.phone}, {O_LAB.email}",
    )
    texts = dict(O_GENERIC)
    texts.update(
        summary="Farmakogenetisk panel (CYP2D6, CYP2C19 m.fl.) som grunnlag for legemiddelvalg "
        "i psykiatri, bestilt av pasienten selv eller henvisende lege.",
        nature="Genotyping av 14 gener; rapport med anbefalinger om dose og valg av legemiddel.",
        scope="Ca. 4 000 tester i året; rapport i journal og, med samtykke, i kjernejournal.",
        purpose="Bedre legemiddelvalg og færre bivirkninger; art. 9 nr. 2 h.",
        sources="Kilder: pasient (spyttprøve), henvisende lege. Mottakere: pasient, lege.",
        systems="| System | Leverandør | Rolle |\n| Genotyping | Arctic Sequencing ehf. | "
        "Databehandler |\n| Beslutningsstøtte | Egen utvikling | – |",
        necessity="Panelet er avgrenset til gener med dokumentert betydning for legemidler; "
        "tilfeldige funn om sykdomsrisiko rapporteres ikke. Rådata slettes etter 90 dager.",
        risk="Feil genotype gir feil dosering (lav/svært høy) – dobbel kontroll; pasienter "
        "slutter på medisin på egen hånd (middels/høy) – rapport bare via lege; data om "
        "psykiatrisk behandling avsløres (lav/høy) – tilgangsstyring. Se CSV.",
        not_done="Integrasjon direkte mot e-resept (ikke tilgjengelig).",
        residual="Restrisiko for pasienter som endrer medisinering selv er høy.",
        approval=o_signoff(
            "| Personvernombud | Jonas Ravn | 27.11.2026 | Råd gitt |\n| Daglig leder | "
            "Anniken Lothe | – | Ikke signert – venter på styrets behandling |"
        ),
    )
    dpia = to_pdf(o_long("Farmakogenetisk panel – psykiatri", "0.9", contacts, texts))
    risk = csv_bytes(
        o_risk_csv_rows(
            [
                [
                    "PGx-01",
                    "Feil genotype",
                    "Pasienter",
                    "Lav",
                    "Svært høy",
                    "Høy",
                    "Dobbel kontroll",
                    "Middels",
                    "Åpen",
                ],
                [
                    "PGx-02",
                    "Pasient endrer medisin selv",
                    "Pasienter",
                    "Middels",
                    "Høy",
                    "Høy",
                    "Rapport via lege",
                    "Høy",
                    "Åpen",
                ],
            ]
        )
    )
    body = (
        txt(
            """
        Hei,

        Vi sender anmodning om forhåndsdrøftelse for farmakogenetisk panel. DPIA og
        risikoregister vedlagt. Merk at godkjenningstabellen ennå ikke er signert av daglig
        leder.
        """
        )
        + "\n"
        + o_signature(O_CONTACT2)
    )
    msg = message(
        "m035",
        O_CONTACT2.address,
        "Forhåndsdrøftelse – farmakogenetikk",
        when(12, 4, 11, 26),
        body,
        attachments=[("GK-DPIA-PGx-v0.9.pdf", dpia), ("GK_risikoregister_PGx.csv", risk)],
    )
    return msg, Label(
        "nb",
        (
            "gene_clinic",
            "dpia_report_pdf",
            "very_long_dpia",
            "contact_page_in_dpia",
            "phone_foreign",
            "processor_in_systems_table",
            "risk_register_csv",
            "signoff_table_unsigned",
        ),
        "none",
        True,
        "used",
        "part 5 missing: sign-off table «Ikke signert – venter på styrets behandling»",
        missing=(5,),
    )


def m036() -> Case:
    dpia = to_docx(
        """
Vurdering av personvernkonsekvensar – kamerabasert nattilsyn, Fjellstad bu- og omsorgssenter

# Kva handsaminga gjeld

Bebuarar med demens (om lag 32) kan få eit kamera med biletanalyse på rommet. Om natta varslar
systemet nattevakta når bebuaren står opp, fell eller forlèt rommet. Det vert ikkje lagra
video; nattevakta kan sjå eit 10 sekund langt, grovpixla bilete når varselet kjem. Hendingar
vert lagra som tid og type i 14 dagar. Leverandør og databehandlar er Omsorgsteknikk Nord AS.
Samtykke frå bebuar eller vedtak etter pasient- og brukarrettslova kap. 4A.

# Naudsyn og proporsjonalitet

Fall om natta er den største tryggleiksrisikoen; fysisk tilsyn kvar time vekkjer bebuarane.
Grovpixla bilete i staden for video er valt for å avgrense innsynet. Ordninga vert vurdert
individuelt for kvar bebuar og evaluert etter tre månader. Pårørande får informasjon og kan
klage.

# Risiko for bebuarane

Sjå risikoregisteret (CSV). Dei største risikoane er at bebuaren ikkje forstår at han er
overvaka, at bilete i private situasjonar (stell, avkledd) vert vist, og at tilsynet vert
brukt til å redusere bemanninga. Tiltak: pixling, berre varsel-bilete, avtale om at bemanninga
ikkje vert redusert. Vurdert, ikkje gjennomført: radar utan bilete (dårlegare på fall).
Att-verande risiko er høg for bebuarar utan samtykkekompetanse.
"""
    )
    risk = csv_bytes(
        [
            ["Nr", "Risiko", "Sannsyn", "Konsekvens", "Tiltak", "Att-verande"],
            [
                "1",
                "Bebuar forstår ikkje overvakinga",
                "Høg",
                "Stor",
                "Individuell vurdering",
                "Høg",
            ],
            ["2", "Bilete i private situasjonar", "Middels", "Stor", "Pixling", "Middels"],
            ["3", "Bemanning vert redusert", "Middels", "Stor", "Avtale", "Middels"],
            ["4", "Lekkasje hos leverandør", "Låg", "Stor", "Databehandlaravtale", "Låg"],
        ]
    )
    minutes = scan_image(
        p_minutes_text(
            "19.11.2026",
            "84/26",
            "Kamerabasert nattilsyn – vurdering av personvernkonsekvensar",
            "Kommunalsjefen la fram vurderinga, funna og den att-verande risikoen. Eldrerådet, "
            "Rådet for personar med funksjonsnedsetjing og tillitsvalde har uttalt seg. "
            "Vedtak: Formannskapet godkjenner vurderinga og ber kommunedirektøren be "
            "Datatilsynet om førehandsdrøfting.",
        )
    )
    earlier = txt(
        """
        Fra: Ingrid Solheim Voll <ingrid.voll@fjellstad.kommune.no>
        Sendt: 20. november 2026 08:14
        Til: Åshild Tveito
        Emne: Førehandsdrøfting – nattilsyn

        Hei Åshild,
        formannskapet godkjende vurderinga i går (sak 84/26). Kan du sende saka til
        Datatilsynet no? Legg ved møteboka.

        Ingrid
        kommunedirektør
        """
    )
    proc = (
        "Databehandlar er Omsorgsteknikk Nord AS, ved prosjektleiar Hallgeir Myrvang "
        "(telefon 75 50 82 19, hallgeir@omsorgsteknikk.no)."
    )
    body = (
        txt(
            """
            Hei Datatilsynet

            Som kommunedirektøren ber om under: Fjellstad kommune ber om førehandsdrøfting for
            kamerabasert nattilsyn ved bu- og omsorgssenteret. Vedlagt er vurderinga,
            risikoregisteret og møteboka frå formannskapet.
            """
        )
        + "\n"
        + p_prose_contacts(P_CONTACT, proc)
        + "\n\n"
        + p_signature(P_CONTACT)
        + "\n"
        + quoted(earlier)
    )
    msg = message(
        "m036",
        P_CONTACT.address,
        "SV: Førehandsdrøfting – nattilsyn",
        when(11, 20, 11, 2),
        body,
        attachments=[
            ("PVK kamerabasert nattilsyn.docx", dpia),
            ("Risikoregister nattilsyn.csv", risk),
            ("Møtebok formannskapet 19.11.jpg", minutes),
        ],
        cc="Ingrid Solheim Voll <ingrid.voll@fjellstad.kommune.no>",
    )
    return msg, Label(
        "nn",
        (
            "municipality_nynorsk",
            "reply_in_thread",
            "contact_prose",
            "dpo_function_mailbox_switchboard",
            "headings_nynorsk",
            "dpia_report_docx",
            "risk_register_csv",
            "scanned_minutes_image",
        ),
        "none",
        True,
        "used",
        "complete; nynorsk municipality night-time camera supervision; reply quoting the "
        "director's go-ahead, minutes photo",
    )


def m037() -> Case:
    body = txt(
        """
        Hej! Thank you for your e-mail.

        I am out of office until 7 December with limited access to e-mail. For urgent matters
        regarding customer DPIAs or prior consultations, please contact
        privacy@molnkraft.se.

        Jag är tillbaka den 7 december.

        Johanna Lindqvist
        Molnkraft AB
        """
    )
    msg = message(
        "m037",
        Q_SENDER.address,
        "Automatiskt svar: Prior consultation - Bølgen Barnehager AS - face tagging",
        when(11, 28, 6, 0),
        body,
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    )
    return msg, Label(
        "en",
        ("saas_vendor_for_customer", "nonrequest_autoreply", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "not a request: out-of-office auto-reply whose subject repeats an earlier request's",
    )


def m038() -> Case:
    dpia = r_dpia(
        "ReInn – prediksjon av reinnleggelse fra journaltekst",
        [
            (
                "Hva skal vi gjøre?",
                "En språkmodell leser epikriser og sykepleienotater ved utskrivning fra "
                "medisinsk klinikk og beregner risiko for reinnleggelse innen 30 dager. Pasienter "
                "med høy risiko får tilbud om telefonoppfølging fra sykepleier. Utprøving på "
                "ca. 14 000 utskrivninger i 2027. Modellen kjøres på sykehusets interne "
                "GPU-klynge; ingen databehandler. Resultat lagres i journal som eget notat.",
            ),
            (
                "Hvorfor er det nødvendig, og står det i forhold til formålet?",
                "Strukturerte data alene gir dårlig presisjon; journaltekst fanger sosiale "
                "forhold som bosituasjon. Modellen ser bare tekst fra innleggelsen, ikke "
                "tidligere journal. Tilbudet om oppfølging er frivillig. Pasienter kan reservere "
                "seg mot at modellen brukes.",
            ),
            (
                "Hva kan gå galt for pasientene?",
                "Pasienter med rus eller psykiske lidelser kan bli stemplet via notatet "
                "(middels/høy): notatet viser bare risikonivå, ikke årsaker. Skjev ytelse for "
                "pasienter med annet morsmål (middels/middels): egen evaluering. Ansatte leser "
                "tekst de ikke har tjenstlig behov for (lav/høy): modellen kjører automatisk, "
                "ingen ny tilgang. Vurdert, ikke gjennomført: forklaring av hvilke ord som "
                "drev skåren (risiko for å avsløre sensitive forhold). Restrisiko: høy.",
            ),
            (
                "Hvem har godkjent?",
                "Klinikkledelsen ved medisinsk klinikk behandlet DPIA-en 25.11.2026: funnene ble "
                "lagt fram, brukerutvalget og tillitsvalgte for sykepleierne hadde uttalt seg. "
                "Ledelsen godkjente DPIA-en og at vi ber om forhåndsdrøftelse.",
            ),
        ],
    )
    inner_body = (
        txt(
            """
        Hei Mona,

        Vedlagt DPIA for ReInn, godkjent av klinikkledelsen. Send den gjerne til Datatilsynet
        som forhåndsdrøftelse. Jeg er kontaktperson (se under).
        """
        )
        + "\n"
        + r_signature(R_LEADER)
    )
    inner = message(
        "m038i",
        R_LEADER.address,
        "ReInn – DPIA til forhåndsdrøftelse",
        when(11, 26, 15, 45),
        inner_body,
        attachments=[("DPIA_ReInn_godkjent.docx", dpia)],
        to="mona.bergheim@aurora-uss.no",
    )
    body = (
        txt(
            """
        Hei,

        Oversender anmodning om forhåndsdrøftelse fra prosjektleder Kjetil Amundrud (se
        vedlagte e-post med DPIA). Spørsmål kan rettes til ham direkte.
        """
        )
        + "\n"
        + r_signature(R_ADMIN)
    )
    msg = message(
        "m038",
        R_ADMIN.address,
        "VS: ReInn – DPIA til forhåndsdrøftelse",
        when(11, 27, 8, 31),
        body,
        forwarded=("ReInn - DPIA til forhåndsdrøftelse.eml", inner),
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
            "dpia_report_docx",
            "part5_in_dpia",
        ),
        "pgp_mime",
        True,
        "none",
        "complete; research readmission NLP; forwarded .eml with DPIA, contacts in signatures",
    )


def m039() -> Case:
    pdf = to_pdf(
        f"""
Fjordlink Kollektiv FKF – Vurdering av personvernkonsekvenser

Kroppskamera for billettkontrollører

# Kontaktpersoner

~ Kontaktperson: {S_CONTACT.name}, {S_CONTACT.phone}, {S_CONTACT.email}
~ Personvernombud: {S_DPO.name}, {S_DPO.phone}, {S_DPO.email}

# Systemer

| System | Leverandør | Rolle |
| Kroppskamera og lagring | Takstra Billettsystemer AS | Databehandler |
| Kontrollapp | Takstra Billettsystemer AS | Databehandler |

# Beskrivelse

36 billettkontrollører får kroppskamera som de starter ved konflikt eller trusler. Opptakene
lastes opp til Takstras lagringsløsning og slettes etter 30 dager med mindre de brukes i
anmeldelse. Passasjerer, også barn og tilfeldige medreisende, kan bli filmet.

# Nødvendighet og forholdsmessighet

Vold og trusler mot kontrollører er mer enn doblet. Kameraet brukes bare ved konflikt, er godt
synlig og starter med lydsignal. Opptak brukes ikke til å vurdere kontrollørenes arbeid.

# Risiko

Passasjerer i sårbare situasjoner blir filmet (middels/høy); opptak brukes i saker om
billettsnyteri (middels/middels); kontrollører blir kontrollert (lav/middels). Tiltak:
rutine for start, tilgang kun for sikkerhetsleder, avtale med tillitsvalgte. Vurdert, ikke
gjennomført: kontinuerlig forhåndsopptak (for inngripende). Restrisiko høy for passasjerer.

# Ledelsens behandling

Direktørmøtet godkjente vurderingen 1. desember etter presentasjon av funn og innspill fra
tillitsvalgte og brukerutvalget, og besluttet å be om forhåndsdrøftelse.
"""
    )
    body = (
        txt(
            """
        Hei,

        Vedlagt er vår vurdering av personvernkonsekvenser for kroppskamera på
        billettkontrollører. Vi ber om forhåndsdrøftelse.
        """
        )
        + "\n"
        + s_signature(S_CONTACT)
    )
    msg = message(
        "m039",
        S_CONTACT.address,
        "Forhåndsdrøftelse kroppskamera billettkontroll",
        when(12, 2, 13, 50),
        body,
        attachments=[("PVK kroppskamera billettkontroll.pdf", pdf)],
    )
    return msg, Label(
        "nb",
        (
            "transport_authority",
            "one_pdf",
            "contact_label_value",
            "phone_0047",
            "processor_in_systems_table",
            "p1_processor_no_contact",
            "part5_in_dpia",
        ),
        "none",
        True,
        "used",
        "part 1 missing: processor Takstra named only in the systems table, no contact anywhere",
        missing=(1,),
    )


def m040() -> Case:
    body = txt(
        """
        PERSONVERNBREVET – desember 2026
        fra Klarsyn Compliance AS

        I denne utgaven:

        1. Forhåndsdrøftelse med Datatilsynet – når må du?
        Har DPIA-en vist høy restrisiko som ikke kan reduseres, skal dere be om
        forhåndsdrøftelse (art. 36). Tilsynet ber om kontaktinformasjon, beskrivelse av
        behandlingen, nødvendighetsvurdering, risikovurdering og ledelsens godkjenning. Vi
        hjelper dere med hele pakken – book et møte!

        2. Nye retningslinjer om kameraovervåking i arbeidslivet
        3. Kurs: Personvernombudets hverdag, 14. januar, Oslo og digitalt

        Du mottar dette nyhetsbrevet fordi du har deltatt på et av våre kurs. Meld deg av her:
        https://klarsyn-compliance.no/avmeld
        """
    )
    msg = message(
        "m040",
        "Klarsyn Compliance <nyhetsbrev@klarsyn-compliance.no>",
        "Personvernbrevet desember: forhåndsdrøftelse – når må du?",
        when(12, 1, 7, 0),
        body,
        headers={"List-Unsubscribe": "<https://klarsyn-compliance.no/avmeld>"},
    )
    return msg, Label(
        "nb",
        ("nonrequest_newsletter", "mentions_prior_consultation", "lists_five_parts"),
        "none",
        False,
        "unspecified",
        "not a request: a consultancy's newsletter explaining prior consultation",
    )
