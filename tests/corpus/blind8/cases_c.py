"""blind8 cases m041-m060, one function per case returning the message and its label."""

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
    to_pdf,
    to_xlsx,
    to_zip,
    txt,
    vcard,
    when,
)
from personas import (
    K_CONTACT,
    K_CONTACT2,
    K_DISCLAIMER,
    K_DPO,
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
    P_CONTACT,
    P_CONTACT2,
    P_DPO_MAILBOX,
    P_SWITCHBOARD,
    Q_DISCLAIMER,
    Q_SENDER,
    Q_SUB,
    R_DPO_MAILBOX,
    R_LEADER2,
    R_SWITCHBOARD,
    S_CONTACT,
    S_CONTACT2,
    S_DPO,
    S_PROCESSOR,
    T_DPO,
    T_FOUNDER,
    T_FOUNDER2,
    english_dpia,
    k_board_decision,
    k_columns,
    k_pvk,
    k_risk_register,
    k_signature,
    l_signature,
    m_contact_table,
    m_letter,
    n_signature,
    o_contacts_page,
    o_long,
    o_risk_csv_rows,
    o_signature,
    o_signoff,
    p_prose_contacts,
    p_signature,
    q_contacts_xlsx,
    q_signature,
    r_dpia,
    r_signature,
    s_processor_annex,
    s_signature,
    t_signature,
)

Case = tuple[EmailMessage, Label]


def m041() -> Case:
    columns = k_columns(K_CONTACT2, K_DPO, "Kontaktperson", "Personvernombud") + (
        "%% Databehandler %% \n"
        "%% Inkassolab AS (org.nr. 917 880 215) %% \n"
        "%% Kontakt: Benedikte Haug %% \n"
        "%% Telefon: +47 23 89 40 61 %% \n"
        "%% E-post: benedikte.haug@inkassolab.no %% \n"
    )
    pvk = k_pvk(
        "Tidligvarsling av betalingsproblemer",
        "LSB-PVK-2026-021",
        columns,
        [
            (
                "Beskrivelse av behandlingen",
                "Banken vil bruke en modell fra Inkassolab AS som hver uke beregner "
                "sannsynligheten for at en kunde med lån eller kreditt får betalingsproblemer de "
                "neste seks månedene. Inndata: saldo og inngående lønn, mislighold, bruk av "
                "kredittkort, forbruk innen spill og inkasso-betalinger. Ca. 48 000 kunder med "
                "lån. Kunder med høy skår blir kontaktet av en rådgiver med tilbud om "
                "betalingsutsettelse eller refinansiering. Skår lagres 12 måneder.",
            ),
            (
                "Nødvendighet og forholdsmessighet",
                "Finansavtaleloven og god skikk krever at banken følger opp kunder som får "
                "problemer. Tidlig kontakt gir flere løsninger og færre inkassosaker. Skåren "
                "brukes ikke til å si opp lån, sette opp rente eller avslå ny kreditt; dette er "
                "teknisk sperret. Vi har vurdert å vente til første betalingsanmerkning "
                "(dagens praksis), men da er det ofte for sent. Kunder kan reservere seg mot "
                "proaktiv kontakt.",
            ),
            (
                "Risiko for kundenes rettigheter og friheter",
                "Kunder kan oppleve kontakten som krenkende eller stigmatiserende (høy/middels). "
                "Skåren kan senere brukes til kredittbeslutninger (middels/høy). Spillforbruk kan "
                "avsløre spilleavhengighet (middels/høy). Tiltak: opplæring av rådgivere, teknisk "
                "sperre, spillforbruk kun som samlet beløp. Vurdert, ikke gjennomført: at kunden "
                "ser egen skår i nettbanken (kan skape uro). Restrisiko for stigmatisering: høy.",
            ),
        ],
    )
    risk = k_risk_register(
        [
            [
                "T1",
                "Kontakt oppleves krenkende",
                "Stigma, tap av tillit",
                "4",
                "3",
                "Opplæring, mal for samtale",
                "Høy",
                "Leder personmarked",
            ],
            [
                "T2",
                "Skår brukes i kredittbeslutning",
                "Avslag",
                "2",
                "4",
                "Teknisk sperre",
                "Lav",
                "CISO",
            ],
            [
                "T3",
                "Spillforbruk avslører avhengighet",
                "Sensitiv profil",
                "3",
                "4",
                "Kun samlet beløp",
                "Middels",
                "Personvernombud",
            ],
        ]
    )
    decision = k_board_decision(
        "94/26",
        "3.12.2026",
        "Tidligvarsling av betalingsproblemer – personvernkonsekvensvurdering",
        "Styret behandlet PVK-en etter presentasjon fra leder personmarked og "
        "personvernombudet. Innspill fra Gjeldsoffer-Alliansen og bankens tillitsvalgte ble "
        "referert. Styret godkjenner vurderingen og ber om at Datatilsynet forhåndsdrøfter "
        "behandlingen.",
        "Torunn Elvebakk (styreleder)   Geir Ove Nilssen   Marte Kongsvik   Asbjørn Lyngstad",
    )
    body = (
        txt(
            """
        Hei,

        Vedlagt anmodning om forhåndsdrøftelse for tidligvarsling av betalingsproblemer
        (PVK, risikoregister, styrevedtak).
        """
        )
        + "\n"
        + k_signature(K_CONTACT2)
        + "\n"
        + K_DISCLAIMER
    )
    msg = message(
        "m041",
        K_CONTACT2.address,
        "Anmodning om forhåndsdrøftelse - tidligvarsling betalingsproblemer",
        when(12, 4, 9, 10),
        body,
        attachments=[
            ("PVK_tidligvarsling_LSB-PVK-2026-021.pdf", pvk),
            ("Risikoregister_tidligvarsling.xlsx", risk),
            ("Styrevedtak_sak_94-26.pdf", decision),
        ],
    )
    return msg, Label(
        "nb",
        (
            "bank",
            "one_pdf_dpia",
            "contact_pdf_two_column",
            "phone_plus47_spaced",
            "processor_contact_in_columns",
            "risk_register_xlsx",
            "part5_signed_decision_letter",
            "disclaimer_footer",
        ),
        "none",
        True,
        "used",
        "complete; bank early-warning model; processor contact as a third block in the "
        "two-column layout",
    )


def m042() -> Case:
    body = (
        txt(
            f"""
        Hei,

        Matkroken vil ta i bruk automatisk aldersestimering med kamera ved kjøp av alkohol på
        selvbetjente kasser, og ber om forhåndsdrøftelse.

        Kontaktperson: {L_CONTACT2.name}
        Tlf.: {L_CONTACT2.phone}
        E-post: {L_CONTACT2.email}
        Personvernombud: {L_DPO.name}
        Tlf.: {L_DPO.phone}
        E-post: {L_DPO.email}
        Databehandler: Alderssjekk Norge AS
        Kontakt: Runa Tjelta, tlf. 46805512, runa@alderssjekk.no

        HVA
        Når kunden skanner øl, tar et kamera i kassen et bilde av ansiktet. Programvaren
        anslår alder. Er kunden anslått til over 25 år, godkjennes kjøpet; ellers må en ansatt
        sjekke legitimasjon. Bildet slettes straks etter estimeringen og forlater ikke kassen;
        kun resultatet (godkjent/ikke) lagres i 30 dager for kontroll fra kommunen. Gjelder
        ca. 2 millioner alkoholkjøp i året i 210 butikker. Alderssjekk leverer og oppdaterer
        programvaren og mottar feillogger uten bilder.

        NØDVENDIGHET OG FORHOLDSMESSIGHET
        Alkoholloven krever at vi sikrer at kunden er over 18. Ansatte rekker ikke alle kasser
        i rushtiden, og kontrollkjøp viser svikt. Kunden kan alltid velge manuell
        legitimasjonssjekk ved å trykke «Vis leg». Ingen identifisering, ingen lagring av
        bilder eller ansiktsmaler.

        RISIKO
        - Skjev estimering etter hudfarge eller kjønn (middels/middels): 25-årsgrense gir
          margin; leverandørens tester per gruppe; egen stikkprøve.
        - Kunden tror hen blir identifisert (høy/lav): tydelig merking.
        - Bilder lagres likevel ved feil (lav/høy): revisjon av kassen, teknisk test.
        - Vurdert, ikke gjort: kun manuell kontroll (fungerer ikke i praksis).
        Restrisiko for skjevhet vurderes som høy fordi modellen ikke er testet på norske
        kunder.

        GODKJENNING
        Ledergruppen behandlet DPIA-en 26.11, fikk funnene presentert sammen med innspill fra
        HK og Actis, godkjente den og vedtok å be om forhåndsdrøftelse.
        """
        )
        + "\n"
        + l_signature(L_CONTACT2)
    )
    msg = message(
        "m042",
        L_CONTACT2.address,
        "Forhåndsdrøftelse – aldersestimering alkohol SB-kasser",
        when(11, 27, 13, 58),
        body,
    )
    return msg, Label(
        "nb",
        (
            "grocery",
            "all_in_body",
            "contact_label_value",
            "phone_8_digits",
            "headings_caps_in_body",
            "risk_bullets",
            "part5_sentence_in_mail",
        ),
        "inline",
        True,
        "used",
        "complete; grocery age estimation; all in one plain body with label-value contacts",
    )


def m043() -> Case:
    letter = m_letter(
        "2026/12888-2",
        "2.12.2026",
        "Anmodning om forhåndsdrøftelse – besøksregistrering med ID-skanning i politihuset",
        f"""
Vestmar politidistrikt ber om forhåndsdrøftelse for ny besøksregistrering i politihuset.

{m_contact_table(M_CONTACT)}

Behandlingen skjer uten databehandler.

# Beskrivelse av behandlingen

Alle besøkende (ca. 22 000 i året: vitner, pårørende, leverandører, søkere) skal skanne pass
eller førerkort i en selvbetjent skranke. Navn, fødselsdato, dokumentnummer og ansiktsbilde fra
dokumentet lagres sammen med tidspunkt og hvem de besøker. Skranken sjekker automatisk mot
distriktets interne liste over personer med besøksforbud. Ved treff varsles vakten. Data
slettes etter 90 dager.

# Nødvendighet og forholdsmessighet

Politihuset har hatt to alvorlige hendelser med uønskede besøkende. Manuell registrering er
mangelfull. Kun liste over besøksforbud brukes, ikke andre registre. Besøkende kan velge manuell
registrering hos vakt. Vitner som møter etter innkalling registreres med saksnummer i stedet for
dokumentkopi.

# Risiko

- Ansiktsbilder og dokumentdata om personer i sårbare situasjoner (vitner, fornærmede) samles
  i ett register (høy/høy). Tiltak: 90 dager, tilgang bare for vakt og sikkerhetsleder.
- Feil treff mot besøksforbud (lav/middels). Tiltak: vakt kontrollerer manuelt.
- Registeret brukes i etterforskning (middels/høy). Tiltak: krever beslutning fra politimester
  og logges.
- Vurdert, ikke gjennomført: kun navn uten bilde (gir ikke sikker kontroll).
Restrisikoen for vitner og fornærmede vurderes som høy.

# Ledelsens godkjenning

Se vedlagt beslutningsbrev fra politimesteren.
""",
        M_CONTACT,
    )
    decision = to_docx(
        """
VESTMAR POLITIDISTRIKT – POLITIMESTEREN

~ Beslutning
~ Ref. 2026/12888-1
~ Dato: 1.12.2026

# Godkjenning av vurdering av personvernkonsekvenser – besøksregistrering

Politimesterens ledermøte har i dag gått gjennom vurderingen av personvernkonsekvenser for
besøksregistrering med ID-skanning. Funn og restrisiko ble presentert av sikkerhetsleder;
personvernombudets råd og innspill fra Støttesenter for kriminalitetsutsatte og tillitsvalgte
ble gjennomgått.

Jeg godkjenner vurderingen. Distriktet skal be Datatilsynet om forhåndsdrøftelse før løsningen
tas i bruk.

~ Gunhild Aasmundstad
~ politimester
~ (signert elektronisk 1.12.2026 kl. 15:42)
"""
    )
    body = txt(
        """
        Vedlagt følger anmodning om forhåndsdrøftelse og politimesterens beslutning.

        Med hilsen
        Trond Øvrebø
        """
    )
    msg = message(
        "m043",
        M_CONTACT.address,
        "Forhåndsdrøftelse besøksregistrering (2026/12888)",
        when(12, 2, 10, 37),
        body,
        attachments=[
            ("Anmodning 2026-12888-2.docx", letter),
            ("Beslutning politimester 2026-12888-1.docx", decision),
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
            "part5_signed_decision_letter",
        ),
        "none",
        True,
        "none",
        "complete; police visitor registration; roles-as-columns table, signed decision DOCX",
    )


def m044() -> Case:
    dpia = to_docx(
        english_dpia(
            "Safeguarding reporting channel and case handling",
            "Norsk Sprintpadleforbund",
            [
                (
                    "Nature, scope, context and purposes",
                    "Anyone (athletes, parents, coaches) can report harassment, abuse or "
                    "misconduct in clubs through an online channel run by Varslo AS. Reports may "
                    "name accused persons and contain sexual life, health and criminal offences. "
                    "A case team of three at the federation investigates, may interview those "
                    "involved and may suspend licences. Expected 40-60 reports a year; cases kept "
                    "10 years after closure (sports law and police reporting).",
                ),
                (
                    "Necessity and proportionality",
                    "The federation must have a safe way to report under the Sports "
                    "Confederation's rules. Anonymous reporting is allowed. Accused persons are "
                    "informed when this does not harm the investigation. Only the case team has "
                    "access; club leaders get only the outcome. Criminal matters go to the police "
                    "instead of being investigated internally.",
                ),
                (
                    "Risks to individuals",
                    "False accusations damaging reputation (possible, severe): two-person "
                    "assessment, right to respond. Leakage in small clubs (possible, severe): "
                    "strict access, no e-mail handling. Retaliation against reporters (possible, "
                    "severe): anonymity, follow-up. Minors reporting without adult support "
                    "(likely, serious): chat with trained person. Not implemented: external "
                    "investigators for all cases (cost). Residual risk: high.",
                ),
            ],
            """
| Role | Name | Date | Decision |
| DPO | Ruth Almåsbakk | 20.11.2026 | Advice given |
| Board | Board meeting 6/2026 | 24.11.2026 | Findings, input from athletes' committee and
  clubs presented; DPIA approved; prior consultation to be requested |
""",
        )
    )
    contacts = to_xlsx(
        {
            "Kontaktliste": [
                ["Rolle", "Navn", "Organisasjon", "Mobil", "E-post"],
                [
                    "Kontaktperson",
                    N_CONTACT.name,
                    "Norsk Sprintpadleforbund",
                    N_CONTACT.phone,
                    N_CONTACT.email,
                ],
                ["Personvernombud", N_DPO.name, "Almåsbakk Rådgivning", N_DPO.phone, N_DPO.email],
                [
                    "Databehandler",
                    "Sverre Lunde",
                    "Varslo AS",
                    "+47 417 20 093",
                    "sverre@varslo.no",
                ],
            ]
        }
    )
    body = txt(
        """
        Hei,

        Her kommer vår anmodning om forhåndsdrøftelse for varslingskanal og
        saksbehandling av trakasseringssaker. DPIA (engelsk mal) og kontaktliste vedlagt.
        """
    ) + n_signature(N_CONTACT)
    msg = message(
        "m044",
        N_CONTACT.address,
        "Anmodning om forhåndsdrøftelse – varslingskanal",
        when(11, 26, 19, 25),
        body,
        attachments=[("DPIA_safeguarding_channel.docx", dpia), ("Kontaktliste.xlsx", contacts)],
    )
    return msg, Label(
        "nb",
        (
            "sports_federation",
            "contact_xlsx",
            "dpia_english_template",
            "part5_signoff_table",
            "processor_contact_xlsx",
        ),
        "none",
        True,
        "used",
        "complete; sports federation safeguarding channel; contacts in XLSX, English template",
    )


def m045() -> Case:
    contacts = o_contacts_page(
        O_CONTACT,
        "Databehandler: Arctic Sequencing ehf. (Reykjavík). Kontaktinformasjon til "
        "laboratoriet oppgis på forespørsel.",
    )
    texts = dict(O_GENERIC)
    texts.update(
        summary="Kaskadetesting: klinikken tar, med pasientens samtykke, direkte kontakt med "
        "slektninger av pasienter med påvist arvelig kreftrisiko (BRCA1/2, Lynch).",
        nature="Behandling av slektstre, navn og kontaktopplysninger til slektninger, og "
        "genetiske funn hos indekspasienten. Slektningene har ikke selv oppsøkt klinikken.",
        scope="Om lag 150 indekspasienter og 900 slektninger per år.",
        purpose="Gi slektninger mulighet til testing og forebygging; art. 9 nr. 2 h og i.",
        sources="Kilder: indekspasient (slektstre), folkeregisteret (adresse). Mottakere: "
        "slektningene (brev), fastlege ved samtykke.",
        systems="| System | Leverandør | Rolle |\n| Genanalyse | Arctic Sequencing ehf. | "
        "Databehandler (underdatabehandler Helixa Bio Cloud Ltd.) |\n| Brevutsending | "
        "Egen drift | – |",
        necessity="Undersøkelser viser at under halvparten av slektninger blir informert når "
        "pasienten selv skal fortelle det. Brevet nevner ikke hvem indekspasienten er, bare "
        "at det er påvist en arvelig tilstand i familien. Slektningen kan avstå fra videre "
        "kontakt.",
        risk="Uønsket kunnskap (høy/høy), at slektningen skjønner hvem pasienten er (høy/"
        "middels), feil adresse (lav/høy). Tiltak: nøytralt brev, ingen diagnose i brevet, "
        "telefontid med genetisk veileder, adressekontroll. Vurdert, ikke gjennomført: "
        "digital post i stedet for brev (vanskelig å nå eldre).",
        not_done="Digital post (se over).",
        residual="Restrisiko for uønsket kunnskap er høy.",
        approval=o_signoff(
            "| Personvernombud | Jonas Ravn | 16.11.2026 | Råd gitt |\n| Daglig leder | "
            "Anniken Lothe | 18.11.2026 | Funn og innspill fra BRCA-foreningen presentert; "
            "godkjent; be om forhåndsdrøftelse |"
        ),
    )
    dpia = to_pdf(o_long("Kaskadetesting av slektninger", "1.0", contacts, texts))
    body = (
        txt(
            """
        Hei,

        Genvei Klinikk ber om forhåndsdrøftelse for kaskadetesting (kontakt med slektninger).
        DPIA vedlagt; kontaktinformasjon i kapittel 2, godkjenning i kapittel 17.
        """
        )
        + "\n"
        + o_signature(O_CONTACT)
    )
    msg = message(
        "m045",
        O_CONTACT.address,
        "Forhåndsdrøftelse kaskadetesting",
        when(11, 18, 12, 12),
        body,
        attachments=[("GK-DPIA-kaskade-v1.0.pdf", dpia)],
    )
    return msg, Label(
        "nb",
        (
            "gene_clinic",
            "dpia_report_pdf",
            "very_long_dpia",
            "contact_page_in_dpia",
            "phone_mob_direkte",
            "processor_in_systems_table",
            "sub_processor",
            "part5_signoff_table",
            "p1_processor_contact_on_request",
        ),
        "pgp_mime",
        True,
        "used",
        "part 1 missing: processor lab's contact «oppgis på forespørsel»",
        missing=(1,),
    )


def m046() -> Case:
    proc = (
        "Databehandlar er Tryggspor AS; kontaktperson er Liv Marit Aasen, telefon 0047 936 04 "
        "228, liv.marit@tryggspor.no."
    )
    desc = to_docx(
        """
GPS-klokke for heimebuande med demens – skildring av handsaminga

# Kva vi skal gjere

Heimebuande med demens (om lag 40) kan få ei GPS-klokke. Når brukaren går ut av eit avtalt
område, får pårørande og heimetenesta varsel med posisjon på kart. Posisjon vert lagra i 7
dagar hos Tryggspor AS. Tildeling skjer etter samtykke eller vedtak etter pasient- og
brukarrettslova kap. 4A. Heimetenesta, pårørande med avtale og tryggleikssentralen har
tilgang.
"""
    )
    body = (
        txt(
            """
            Hei

            Fjellstad kommune ber om førehandsdrøfting for GPS-klokker til heimebuande med
            demens. Skildringa av handsaminga ligg ved.

            Vurderinga av naudsyn og proporsjonalitet, risikovurderinga og møteboka frå
            formannskapet ettersender vi. Dei er ikkje ferdige enno.
            """
        )
        + "\n"
        + p_prose_contacts(P_CONTACT, proc)
        + "\n\n"
        + p_signature(P_CONTACT)
    )
    msg = message(
        "m046",
        P_CONTACT.address,
        "Førehandsdrøfting – GPS-klokke demens",
        when(11, 16, 14, 30),
        body,
        attachments=[("Skildring GPS-klokke.docx", desc)],
    )
    return msg, Label(
        "nn",
        (
            "municipality_nynorsk",
            "contact_prose",
            "dpo_function_mailbox_switchboard",
            "phone_0047",
            "part3_will_follow",
            "part4_will_follow",
            "part5_will_follow",
        ),
        "none",
        True,
        "used",
        "parts 3, 4 and 5 missing: necessity, risk and minutes «ettersender vi»",
        missing=(3, 4, 5),
    )


def m047() -> Case:
    dpia = to_docx(
        english_dpia(
            "Face check-in at gyms (Molnkraft Access Face)",
            "Frisk Fitness Norge AS (controller); Molnkraft AB (processor)",
            [
                (
                    "Nature, scope, context and purposes",
                    "Frisk Fitness (48 gyms, 95 000 members) will let members enter by face "
                    "instead of key card. Members who opt in enrol a face template in the app; "
                    "the door camera compares faces with templates for that gym. Entry logs "
                    "(member, gym, time) are kept 12 months. Templates are hosted by Nordhall "
                    "Cloud Oy (sub-processor).",
                ),
                (
                    "Necessity and proportionality",
                    "Card sharing costs the chain about NOK 9 million a year. Face check-in is "
                    "optional; cards remain. Templates are deleted when membership ends or "
                    "consent is withdrawn. Logs are not used for marketing or to profile "
                    "training habits.",
                ),
                (
                    "Risks to individuals",
                    "Biometric data breach (remote, severe); pressure to opt in through pricing "
                    "(possible, serious) – no price difference allowed; false rejection at the "
                    "door for some groups (possible, moderate) – staff override; use of entry logs "
                    "by police or employers (remote, serious). Residual risk for biometric "
                    "breach: high.",
                ),
            ],
            """
| Step | By | Date | Outcome |
| DPO review | Frisk Fitness DPO | 25.11.2026 | Advice given |
| Management sign-off | Frisk Fitness board | – | To follow – the board meets on 14 December |
""",
        )
    )
    contacts = q_contacts_xlsx(
        [
            [
                "Controller contact",
                "Frisk Fitness Norge AS",
                "Amund Ravndal",
                "+47 992 61 504",
                "amund.ravndal@friskfitness.no",
            ],
            [
                "Data protection officer",
                "Frisk Fitness Norge AS",
                "Vibeke Strand",
                "+47 22 41 80 33",
                "personvern@friskfitness.no",
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
    package = to_zip({"DPIA_FriskFitness_Face.docx": dpia, "Contacts.xlsx": contacts})
    body = (
        txt(
            f"""
        Dear Datatilsynet,

        Please find attached a request for prior consultation on behalf of our customer Frisk
        Fitness Norge AS (controller) for face check-in at their gyms. The customer's board
        will sign off the DPIA on 14 December; the sign-off will follow.

        Sub-processor: {Q_SUB}.
        """
        )
        + "\n"
        + q_signature()
        + "\n"
        + Q_DISCLAIMER
    )
    msg = message(
        "m047",
        Q_SENDER.address,
        "Prior consultation - Frisk Fitness Norge AS - face check-in",
        when(12, 3, 16, 22),
        body,
        attachments=[("FriskFitness_prior_consultation.zip", package)],
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
            "disclaimer_footer",
            "part5_will_follow",
            "signoff_table_pending",
        ),
        "pgp_mime",
        True,
        "used",
        "part 5 missing: board sign-off «to follow», sign-off row pending 14 December",
        missing=(5,),
    )


def m048() -> Case:
    body = txt(
        """
        Hei,

        Jeg ber om innsyn i alle personopplysninger Datatilsynet har om meg, jf.
        personvernforordningen artikkel 15. Jeg sendte en klage på arbeidsgiveren min i
        mars 2025 og vil vite hva som er registrert, hvem som har sett saken og hvor lenge
        opplysningene lagres.

        Fødselsdato: 14.03.1987
        Adresse: Solbakkvegen 12, 2317 Hamar

        Mvh
        Jørund Kleppe
        tlf 918 02 446
        """
    )
    msg = message(
        "m048",
        "Jørund Kleppe <jorund.kleppe@epost-fiktiv.no>",
        "Innsyn i egne personopplysninger",
        when(11, 22, 20, 45),
        body,
    )
    return msg, Label(
        "nb",
        ("citizen", "nonrequest_access_request"),
        "none",
        False,
        "unspecified",
        "not a request: a person's Art. 15 access request to Datatilsynet itself",
    )


def m049() -> Case:
    text = f"""Hei Datatilsynet,

Fjordlink Kollektiv FKF ber om forhåndsdrøftelse for deling av reisedata med kommunene i
fylket for areal- og transportplanlegging.

Kontaktinformasjon:
Kontaktperson: {S_CONTACT2.name} – {S_CONTACT2.phone} – {S_CONTACT2.email}
Personvernombud: {S_DPO.name} – {S_DPO.phone} – {S_DPO.email}
Databehandler: Takstra Billettsystemer AS, {S_PROCESSOR.name} – {S_PROCESSOR.phone} – \
{S_PROCESSOR.email}

Behandlingen:
Innsjekk-data fra billettsystemet (kortets token, holdeplass, tid) kobles med bysykkeldata
(start, slutt) fra Fjordlink Sykkel for å lage reisekjeder «fra dør til dør». Kommunene får
origin–destination-matriser per grunnkrets og time. Takstra gjør sammenstillingen. 60 millioner
reiser per år, ca. 200 000 personer. Koblede reisekjeder lagres 6 måneder; matrisene er
aggregerte.

Nødvendighet og forholdsmessighet:
Kommunene trenger reisemønster for å planlegge skoler, boliger og ruter. Spørreundersøkelser gir
for få svar i små kommuner. Vi utleverer bare celler med minst 20 reiser, og ingen
enkeltreiser. Tokens byttes hver måned, så reisekjeder over lengre tid ikke kan bygges.

Risiko:
Reidentifisering i grisgrendte strøk (høy/høy) – terskel 20, grove grunnkretser; kobling av
bysykkel og buss avslører bosted og arbeidssted (middels/høy) – sletting etter 6 måneder;
kommunene ber om finere data (høy/middels) – avtale. Ikke gjennomført: differensielt personvern
(vurderes i 2028). Restrisiko i små kommuner er høy.

Ledelsen:
Direktørmøtet gjennomgikk vurderingen 25. november med funn, innspill fra kommunene og
Brukerutvalget, godkjente den og besluttet å be om forhåndsdrøftelse.
"""
    logo = scan_image("fjordlink\nkollektiv", fmt="PNG")
    msg = message(
        "m049",
        S_CONTACT2.address,
        "Forhåndsdrøftelse – reisedata til kommunene",
        when(11, 28, 10, 44),
        html=html_from_text(text + "\n" + s_signature(S_CONTACT2)),
        attachments=[("fjordlink_logo.png", logo)],
    )
    return msg, Label(
        "nb",
        (
            "transport_authority",
            "html_only_body",
            "all_in_body",
            "contact_label_value",
            "phone_0047",
            "processor_contact_body",
            "part5_sentence_in_mail",
            "irrelevant_attachment",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; transit trip-chain data sharing; HTML-only body with all parts, logo attached",
    )


def m050() -> Case:
    body = txt(
        """
        Hei!

        Vi i Pixelfjord jobber med en datingapp for folk over 60 («Høstløv») og lurer på om vi
        kunne fått et veiledningsmøte med dere i januar. Vi har ikke gjort DPIA ennå, men vil
        gjerne diskutere verifisering med BankID og om vi bør bruke ansiktsbilder i
        matchingen før vi setter i gang.

        Passer det en dag i uke 2 eller 3?
        """
    ) + t_signature(T_FOUNDER)
    msg = message(
        "m050",
        T_FOUNDER.address,
        "Veiledningsmøte? datingapp 60+",
        when(12, 4, 8, 5),
        body,
    )
    return msg, Label(
        "nb",
        ("app_studio", "nonrequest_guidance"),
        "inline",
        False,
        "unspecified",
        "not a request: asks for a guidance meeting; no DPIA done",
    )


def m051() -> Case:
    idverket = (
        "%% Databehandler %% Ansvarlig for PVK\n"
        "%% IDverket AS %% Ingvild Sæther Ruud (se over)\n"
        "%% Kontakt: Mads Kvalheim, salgsdirektør %% \n"
        "%% Telefon: +47 21 60 77 45 %% \n"
        "%% E-post: mads.kvalheim@idverket.no %% \n"
    )
    pvk = k_pvk(
        "Videoidentifisering ved digital kundeetablering",
        "LSB-PVK-2026-016",
        k_columns(K_CONTACT, K_DPO, "Kontaktperson", "Personvernombud") + idverket,
        [
            (
                "Beskrivelse av behandlingen",
                "Nye kunder uten norsk BankID (studenter, arbeidsinnvandrere; ca. 6 000 i året) "
                "skal kunne bli kunde digitalt. De filmer passet sitt og en selfie-video. "
                "IDverket AS leser passets chip, sammenligner ansikt med passbilde og sjekker at "
                "det er en levende person. Video og passbilde lagres 5 år etter "
                "hvitvaskingsloven; ansiktsmalen slettes etter kontrollen.",
            ),
            (
                "Nødvendighet og forholdsmessighet",
                "Hvitvaskingsloven krever sikker legitimasjonskontroll. Alternativet er oppmøte "
                "i filial, som mange ikke kan. Biometrisk sammenligning brukes bare én gang, "
                "ikke senere ved innlogging. Oppmøte i filial er alltid et alternativ.",
            ),
            (
                "Risiko for kundenes rettigheter og friheter",
                "Feilaktig avvisning for personer med mørk hud (middels/høy), lekkasje av pass og "
                "ansiktsvideo (lav/svært høy), gjenbruk av video til trening av leverandørens "
                "modeller (middels/høy). Tiltak: manuell kontroll ved avvisning, kryptering, "
                "forbud mot gjenbruk i avtalen. Se risikoregisteret (v3). Restrisiko for "
                "feilaktig avvisning er høy.",
            ),
        ],
    )
    risk = k_risk_register(
        [
            [
                "V1",
                "Feilaktig avvisning",
                "Nektet kundeforhold",
                "3",
                "4",
                "Manuell kontroll",
                "Høy",
                "Leder kundeetablering",
            ],
            [
                "V2",
                "Lekkasje av passbilde og video",
                "ID-tyveri",
                "2",
                "5",
                "Kryptering",
                "Middels",
                "CISO",
            ],
            [
                "V3",
                "Gjenbruk til modelltrening",
                "Tap av kontroll",
                "3",
                "4",
                "Avtaleforbud",
                "Middels",
                "Innkjøp",
            ],
        ]
    )
    decision = k_board_decision(
        "86/26",
        "19.11.2026",
        "Videoidentifisering – personvernkonsekvensvurdering",
        "Styret fikk presentert PVK-en med funn og restrisiko, personvernombudets uttalelse og "
        "innspill fra Norsk Studentorganisasjon og kundepanelet. Vedtak: PVK-en godkjennes. "
        "Administrasjonen ber Datatilsynet om forhåndsdrøftelse.",
        "Torunn Elvebakk (styreleder)   Geir Ove Nilssen   Marte Kongsvik",
    )
    body = (
        txt(
            """
        Hei,

        Vedlagt følger vår anmodning om forhåndsdrøftelse for videoidentifisering ved
        digital kundeetablering. Bruk risikoregisteret v3; v2 ble med ved en feil og er tom.
        """
        )
        + "\n"
        + k_signature(K_CONTACT)
        + "\n"
        + K_DISCLAIMER
    )
    msg = message(
        "m051",
        K_CONTACT.address,
        "Anmodning om forhåndsdrøftelse – videoidentifisering",
        when(11, 24, 13, 11),
        body,
        attachments=[
            ("PVK_videoident_LSB-PVK-2026-016.pdf", pvk),
            ("Risikoregister_videoident_v2.xlsx", b""),
            ("Risikoregister_videoident_v3.xlsx", risk),
            ("Styrevedtak_sak_86-26.pdf", decision),
        ],
    )
    return msg, Label(
        "nb",
        (
            "bank",
            "one_pdf_dpia",
            "contact_pdf_two_column",
            "phone_plus47_spaced",
            "processor_contact_in_columns",
            "risk_register_xlsx",
            "part5_signed_decision_letter",
            "zero_byte_superseded_version",
            "disclaimer_footer",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; bank video identification; a zero-byte superseded register next to the real v3",
    )


def m052() -> Case:
    body = txt(
        """
        Til Datatilsynet

        Jeg vil klage på Matkroken på Stange. Da jeg handlet der 21. november hang det et skilt
        om «ansiktsgjenkjenning i test» ved døra. Ingen kunne forklare meg hva som skjer med
        bildet av meg, og jeg ble sendt til kundeservice som ikke har svart. Jeg har ikke
        samtykket til dette.

        Jeg ber dere undersøke om dette er lovlig.

        Hilsen
        Bodil Rustad
        Stangevegen 81, 2335 Stange
        """
    )
    msg = message(
        "m052",
        "Bodil Rustad <bodil.rustad@nettpost-fiktiv.no>",
        "Klage på ansiktsgjenkjenning i butikk",
        when(11, 23, 19, 31),
        body,
    )
    return msg, Label(
        "nb",
        ("citizen", "nonrequest_complaint"),
        "none",
        False,
        "unspecified",
        "not a request: a customer's complaint about face recognition in a grocery store",
    )


def m053() -> Case:
    contact_doc = to_docx(
        "# 01 Kontaktinformasjon\n\n"
        + m_contact_table(M_CONTACT2)
        + "\nDet benyttes ikke databehandler."
    )
    wrong = to_docx(
        """
Vestmar politidistrikt – Virksomhetsplan 2027

# Innledning

Virksomhetsplanen beskriver distriktets prioriteringer for 2027 i tråd med tildelingsbrevet.

# Prioriterte områder

- Vold i nære relasjoner
- Ungdomskriminalitet
- Responstid i distriktene

# Budsjett og bemanning

Distriktet har 1 140 årsverk. Det planlegges 12 nye stillinger i 2027.
"""
    )
    necessity = to_docx(
        """
# 03 Nødvendighet og forholdsmessighet

Beslagsrommet og våpenlageret har i dag kortlås. Kort lånes ut og deles, og to avvik i 2026
kunne ikke spores til person. Fingeravtrykk gir sikker identifisering. Ansatte som ikke kan
eller vil bruke fingeravtrykk, får tilgang sammen med en kollega med kort og PIN. Malen lagres
bare i leseren, ikke sentralt.
"""
    )
    risk = to_docx(
        """
# 04 Risikovurdering

| Risiko | S | K | Tiltak | Rest |
| Lekkasje av fingeravtrykksmaler | Lav | Høy | Mal kun i leser, kryptert | Lav |
| Ansatte føler seg presset | Middels | Middels | Alternativ tilgang | Middels |
| Loggen brukes til kontroll av arbeidstid | Middels | Høy | Avtale med tillitsvalgte | Høy |

Restrisikoen for bruk av loggen til kontroll vurderes som høy.
"""
    )
    decision = to_pdf(
        """
VESTMAR POLITIDISTRIKT – BESLUTNING

~ Ref. 2026/12950-2, 27.11.2026

Politimesterens ledermøte har gått gjennom vurderingen av personvernkonsekvenser for
fingeravtrykk i adgangskontroll til beslagsrom og våpenlager, med funn, personvernombudets råd
og innspill fra tillitsvalgte. Vurderingen godkjennes, og distriktet ber om forhåndsdrøftelse.

~ Gunhild Aasmundstad, politimester (elektronisk godkjent)
"""
    )
    body = txt(
        """
        Hei,

        Vestmar politidistrikt ber om forhåndsdrøftelse for fingeravtrykk i adgangskontroll
        til beslagsrom og våpenlager. Dokumentasjonen følger i fem filer.

        Lise Hovdenak
        """
    )
    msg = message(
        "m053",
        M_CONTACT2.address,
        "Forhåndsdrøftelse – fingeravtrykk adgangskontroll (2026/12950)",
        when(11, 27, 15, 5),
        body,
        attachments=[
            ("01 Kontaktinformasjon.docx", contact_doc),
            ("02 Beskrivelse av behandlingen.docx", wrong),
            ("03 Nødvendighet og forholdsmessighet.docx", necessity),
            ("04 Risikovurdering.docx", risk),
            ("05 Beslutning.pdf", decision),
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
            "wrong_file_description",
        ),
        "none",
        True,
        "none",
        "part 2 missing: «02 Beskrivelse av behandlingen.docx» is the district's 2027 "
        "business plan",
        missing=(2,),
    )


def m054() -> Case:
    dpia = to_pdf(
        english_dpia(
            "Livestream of youth regattas with automatic athlete tagging",
            "Norsk Sprintpadleforbund",
            [
                (
                    "Nature, scope, context and purposes",
                    "Youth regattas (ages 10-18, about 900 athletes a season) will be streamed. "
                    "StreamRegatta AB's software reads bib numbers and tags clips with athlete "
                    "name and club, published on the federation's site for 12 months.",
                ),
                (
                    "Necessity and proportionality",
                    "Families and clubs want to follow races. Tagging is opt-in per athlete "
                    "(guardian consent under 15); untagged athletes are still visible but not "
                    "named. Clips are not indexed by search engines.",
                ),
                (
                    "Risks to individuals",
                    "Public exposure of children (likely, serious) – opt-in, no search "
                    "indexing; locating children in protective custody (remote, very severe) – "
                    "hard opt-out list checked before each event; mockery of poor results "
                    "(possible, serious) – no comments. Residual risk: high.",
                ),
            ],
            """
| Role | Name | Date | Decision |
| Board | Board meeting 6/2026 | 24.11.2026 | Findings and input from clubs and the
  athletes' committee reviewed; DPIA approved; prior consultation requested |
""",
        )
    )
    body = txt(
        f"""
        Hei,

        Vi ber om forhåndsdrøftelse for strømming av ungdomsregattaer med automatisk merking
        av utøvere.

        Kontaktperson er undertegnede, {N_CONTACT2.name}, som nås på {N_CONTACT2.phone} eller
        {N_CONTACT2.email}. Personvernombudet vårt er {N_DPO.name}, telefon {N_DPO.phone},
        e-post {N_DPO.email}. Databehandler er StreamRegatta AB i Göteborg; kontaktperson der er
        Linnea Holm, telefon +46 31 12 80 44, linnea.holm@streamregatta.se.

        DPIA vedlagt.
        """
    ) + n_signature(N_CONTACT2)
    msg = message(
        "m054",
        N_CONTACT2.address,
        "Forhåndsdrøftelse – livestream ungdomsregatta",
        when(11, 29, 17, 48),
        body,
        attachments=[("DPIA_regatta_stream.pdf", dpia)],
    )
    return msg, Label(
        "nb",
        (
            "sports_federation",
            "contact_prose",
            "phone_foreign",
            "dpia_english_template",
            "dpia_report_pdf",
            "part5_signoff_table",
            "processor_contact_body",
        ),
        "none",
        True,
        "used",
        "complete; sports federation regatta livestream; contacts in prose sentences, Swedish "
        "processor",
    )


def m055() -> Case:
    contacts = o_contacts_page(
        O_CONTACT2,
        "Databehandler: ingen – analysen gjøres i klinikkens eget laboratorium.",
    )
    texts = dict(O_GENERIC)
    texts.update(
        summary="Klinikken vil tilby privat slektskapstesting (farskap, søsken) med DNA fra "
        "kinnskrap, også der testen bestilles av én forelder.",
        nature="DNA-profiler (STR-markører) fra barn, mor og antatt far; rapport om "
        "sannsynlighet for slektskap.",
        scope="Ca. 1 200 saker i året; rapport og profiler lagres i 10 år.",
        purpose="Avklare biologisk slektskap for private formål; samtykke (art. 9 nr. 2 a) og "
        "bioteknologiloven § 5-8.",
        sources="Prøver fra de testede; bestiller oppgir familieforhold. Mottaker: bestiller og "
        "de testede.",
        systems="| System | Leverandør | Rolle |\n| Analyse (STR) | Eget laboratorium | – |\n| "
        "Journalsystem | Egen drift | – |",
        necessity="Testen krever prøver fra alle parter. Klinikken krever samtykke fra alle "
        "voksne som testes og fra begge med foreldreansvar for barn; anonyme prøver avvises. "
        "Prøvetaking skjer ved klinikken med legitimasjon.",
        risk="Avsløring av utroskap og familiekonflikter (høy/høy), at prøver fra barn tas uten "
        "at begge foreldre vet (middels/svært høy), at resultat brukes i barnefordelingssak "
        "uten rettslig kvalitet (middels/høy). Tiltak: legitimasjon, samtykke fra begge, "
        "samtale før og etter. Se CSV.",
        not_done="Videomøte i stedet for fysisk prøvetaking (svekker kontrollen).",
        residual="Restrisikoen for barn i konfliktfamilier er høy.",
        approval=o_signoff(
            "| Personvernombud | Jonas Ravn | 30.11.2026 | Råd gitt |\n| Daglig leder | "
            "Anniken Lothe | 1.12.2026 | Funn og innspill fra Barneombudets veileder og "
            "familievernet gjennomgått; godkjent; be om forhåndsdrøftelse |"
        ),
    )
    dpia = to_pdf(o_long("Slektskapstesting", "1.0", contacts, texts))
    risk = csv_bytes(
        o_risk_csv_rows(
            [
                [
                    "SL-01",
                    "Prøve fra barn uten begge foreldres viten",
                    "Barn",
                    "Middels",
                    "Svært høy",
                    "Høy",
                    "Samtykke fra begge, legitimasjon",
                    "Høy",
                    "Akseptert",
                ],
                [
                    "SL-02",
                    "Familiekonflikt ved uventet resultat",
                    "Alle",
                    "Høy",
                    "Høy",
                    "Høy",
                    "Samtale før og etter",
                    "Middels",
                    "Akseptert",
                ],
            ]
        )
    )
    earlier = txt(
        """
        Fra: Jonas Ravn <jonas@ravnpersonvern.no>
        Sendt: 30. november 2026 17:20
        Til: Vegard Nesheim
        Emne: Re: Slektskapstesting – DPIA

        Hei Vegard,
        jeg har gått gjennom versjon 1.0. Restrisikoen for barn er høy, og dere bør be om
        forhåndsdrøftelse. Sett meg gjerne på kopi.

        Jonas Ravn
        Personvernombud (Ravn Personvern AS)
        mob. 917 22 406
        """
    )
    body = (
        txt(
            """
            Hei,

            Som personvernombudet anbefaler under, ber Genvei Klinikk om forhåndsdrøftelse
            for slektskapstesting. DPIA (godkjent 1.12.) og risikoregister er vedlagt.
            """
        )
        + "\n"
        + o_signature(O_CONTACT2)
        + "\n"
        + quoted(earlier)
    )
    msg = message(
        "m055",
        O_CONTACT2.address,
        "Re: Slektskapstesting – DPIA",
        when(12, 1, 16, 3),
        body,
        attachments=[
            ("GK-DPIA-slektskap-v1.0.pdf", dpia),
            ("GK_risikoregister_slektskap.csv", risk),
        ],
        cc=O_DPO.address,
    )
    return msg, Label(
        "nb",
        (
            "gene_clinic",
            "reply_in_thread",
            "dpia_report_pdf",
            "very_long_dpia",
            "contact_page_in_dpia",
            "phone_mob_direkte",
            "processor_none_stated",
            "risk_register_csv",
            "part5_signoff_table",
        ),
        "none",
        True,
        "none",
        "complete; gene clinic paternity testing; reply quoting the DPO's advice, no processor",
    )


def m056() -> Case:
    dpia = to_docx(
        f"""
Fjellstad kommune – Vurdering av personvernkonsekvensar

Automatisk analyse av elevtekstar for å fange opp mobbing

# Kontaktinformasjon

| | Kontaktperson | Personvernombod | Databehandlar |
| Namn | {P_CONTACT2.name} | Personvernombodet, Indre Fjord IKT IKS | Ingen – kommunen driftar
  løysinga sjølv |
| Telefon | {P_CONTACT2.phone} | sentralbord {P_SWITCHBOARD} | – |
| E-post | {P_CONTACT2.email} | {P_DPO_MAILBOX} | – |

# Skildring av handsaminga

Tekstar elevane (5.-10. trinn, om lag 1 100) skriv i chat og kommentarfelt på læringsplattforma,
vert analyserte automatisk for ord og mønster som kan tyde på mobbing eller sjølvskading. Treff
går til kontaktlærar og skulehelsetenesta. Treff vert lagra i 6 månader; andre tekstar vert
ikkje lagra av analysen. Løysinga køyrer på kommunen sine eigne tenarar.

# Naudsyn og proporsjonalitet

Opplæringslova § 12-4 pålegg skulen å følgje med på om elevar har eit trygt skulemiljø. Mykje
mobbing skjer digitalt og vert ikkje oppdaga. Analysen omfattar berre skulen sine plattformer,
ikkje private meldingar. Elevar og føresette får informasjon; treff er berre eit signal til
læraren, som snakkar med eleven.

# Risiko for elevane

- Elevar føler seg overvaka og skriv mindre ope (høg/middels). Tiltak: open informasjon.
- Feiltolking av ironi og ungdomsspråk (høg/middels). Tiltak: lærar vurderer alltid.
- Opplysningar om sjølvskading vert kjende for fleire enn naudsynt (låg/høg). Tiltak: berre
  kontaktlærar og helsesjukepleiar.
- Vurdert, ikkje gjennomført: reservasjonsrett for elevar (undergrev føremålet).
Att-verande risiko for nedkjølingseffekt er høg.
"""
    )
    minutes = to_pdf(
        """
FJELLSTAD KOMMUNE – MØTEBOK

~ Utval: Kommunestyret
~ Møtedato: 26.11.2026

# PS 112/26 Automatisk analyse av elevtekstar – vurdering av personvernkonsekvensar

Kommunedirektøren la fram vurderinga, funna og den att-verande risikoen. Ungdomsrådet,
Foreldreutvalet (KFU), Utdanningsforbundet og personvernombodet har gjeve innspel.

Vedtak (samrøystes): Kommunestyret godkjenner vurderinga av personvernkonsekvensar og ber
kommunedirektøren be Datatilsynet om førehandsdrøfting før analysen vert teken i bruk.
"""
    )
    body = (
        txt(
            """
        Hei

        Fjellstad kommune ber om førehandsdrøfting for automatisk analyse av elevtekstar.
        Vedlagt er vurderinga (med kontaktinformasjon) og møteboka frå kommunestyret.
        """
        )
        + "\n"
        + p_signature(P_CONTACT2)
    )
    msg = message(
        "m056",
        P_CONTACT2.address,
        "Førehandsdrøfting – analyse av elevtekstar",
        when(11, 30, 12, 25),
        body,
        attachments=[
            ("PVK analyse av elevtekstar.docx", dpia),
            ("Møtebok kommunestyret PS 112-26.pdf", minutes),
        ],
    )
    return msg, Label(
        "nn",
        (
            "municipality_nynorsk",
            "contact_table_roles_in_columns",
            "dpo_function_mailbox_switchboard",
            "processor_none_stated",
            "headings_nynorsk",
            "dpia_report_docx",
            "minutes_pdf",
            "nynorsk_minutes",
        ),
        "pgp_mime",
        True,
        "none",
        "complete; nynorsk municipality pupil-text analysis; roles-as-columns table, council "
        "minutes",
    )


def m057() -> Case:
    dpia = to_docx(
        english_dpia(
            "Route planning with care needs (Molnkraft Route)",
            "Havbakken Omsorg AS (controller); Molnkraft AB (processor)",
            [
                (
                    "Nature, scope, context and purposes",
                    "Havbakken Omsorg, a private home-care provider for four municipalities, "
                    "plans daily visits for 700 clients with Molnkraft Route. The planner uses "
                    "address, time windows, care tasks (e.g. insulin, wound care, dementia) and "
                    "staff skills; staff phones show the route and care tasks. Hosting by "
                    "Nordhall Cloud Oy (sub-processor). Plans kept 3 months.",
                ),
                (
                    "Necessity and proportionality",
                    "Care tasks must be matched to qualified staff; addresses and time windows "
                    "are needed for routes. Diagnoses are not stored, only task codes. Staff see "
                    "only their own route for the day.",
                ),
                (
                    "Risks to individuals",
                    "Lost staff phones reveal clients' addresses and care needs (possible, "
                    "severe) – PIN, remote wipe, day-only data; burglars learn when elderly "
                    "people are alone (remote, very severe) – no public route data; staff "
                    "tracked by GPS (likely, moderate) – position only during visits. Residual "
                    "risk: high for lost phones.",
                ),
            ],
            """
| Step | By | Date | Outcome |
| Management review | Havbakken management team | 20.11.2026 | Findings, input from the
  clients' council and Fagforbundet reviewed; DPIA approved; request prior consultation |
""",
        )
    )
    contacts = q_contacts_xlsx(
        [
            [
                "Controller contact",
                "Havbakken Omsorg AS",
                "Gro Anette Vik",
                "+47 913 48 207",
                "gro.vik@havbakken.no",
            ],
            [
                "Data protection officer",
                "Havbakken Omsorg AS",
                "Ole Jakob Furu",
                "+47 72 81 30 15",
                "ole.jakob.furu@havbakken.no",
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
    inner = message(
        "m057i",
        "Gro Anette Vik <gro.vik@havbakken.no>",
        "Forhåndsdrøftelse Molnkraft Route – dokumenter",
        when(11, 23, 9, 12),
        txt(
            """
            Hei Johanna,

            Her er DPIA-en med ledelsens godkjenning og kontaktarket. Kan dere sende det til
            Datatilsynet som anmodning om forhåndsdrøftelse fra oss (Havbakken er
            behandlingsansvarlig)?

            Hilsen Gro Anette Vik
            Havbakken Omsorg AS
            """
        ),
        attachments=[("DPIA_Havbakken_Route.docx", dpia), ("Contacts_Havbakken.xlsx", contacts)],
        to="johanna.lindqvist@molnkraft.se",
    )
    body = (
        txt(
            """
        Dear Datatilsynet,

        Our customer Havbakken Omsorg AS (controller) asked us to forward their request for
        prior consultation regarding route planning with care needs. Their original e-mail,
        with the DPIA and contacts sheet, is attached.
        """
        )
        + "\n"
        + q_signature()
        + "\n"
        + Q_DISCLAIMER
    )
    msg = message(
        "m057",
        Q_SENDER.address,
        "FW: Forhåndsdrøftelse Molnkraft Route – dokumenter",
        when(11, 24, 8, 40),
        body,
        forwarded=("Forhåndsdrøftelse Molnkraft Route.eml", inner),
    )
    return msg, Label(
        "en",
        (
            "saas_vendor_for_customer",
            "forwarded_rfc822",
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
        "complete; vendor forwards the Norwegian customer's mail as attached .eml",
    )


def m058() -> Case:
    dpia = r_dpia(
        "PostOp Hjem – sensorplaster etter operasjon",
        [
            (
                "Hva skal prosjektet gjøre?",
                "Pasienter som skrives ut tidlig etter tarmkirurgi (ca. 300) får et sensorplaster "
                "som måler puls, temperatur, respirasjon og aktivitet i 14 dager. Data sendes "
                "via Sensiq AS (databehandler) til sykehusets overvåkingssentral, som ringer "
                "pasienten ved avvik. Data brukes også i studien om komplikasjoner.",
            ),
            (
                "Hvorfor er det nødvendig og forholdsmessig?",
                "Tidlig utskrivning gir færre sykehusinfeksjoner, men komplikasjoner oppdages "
                "sent. Bare målinger som trengs for komplikasjoner samles; ingen GPS. "
                "Deltakelse er frivillig; pasienter som takker nei får vanlig oppfølging.",
            ),
            ("Hva kan gå galt for pasientene?", "Se vedlagt ROS-analyse."),
            (
                "Hvem har godkjent?",
                "Klinikkledelsen for kirurgi godkjente DPIA-en 1.12.2026 etter presentasjon av "
                "funn og innspill fra brukerrådet, og vedtok å be om forhåndsdrøftelse.",
            ),
        ],
    )
    ros = to_xlsx(
        {
            "ROS HjerteSpor": [
                ["Nr", "Uønsket hendelse", "S", "K", "Tiltak"],
                ["1", "Reidentifisering ved registerkobling (EKG)", "3", "4", "Pseudonymisering"],
                ["2", "Manglende reservasjon", "4", "3", "Nettside"],
            ]
        }
    )
    body = (
        txt(
            f"""
        Hei,

        Forskningsenheten for klinisk KI ber om forhåndsdrøftelse for PostOp Hjem. DPIA og
        ROS-analyse ligger ved.

        Databehandler er Sensiq AS; kontaktperson Torstein Hagen, telefon 22 18 50 47,
        torstein.hagen@sensiq.no.
        Personvernombud: {R_DPO_MAILBOX}, sentralbord {R_SWITCHBOARD}.
        """
        )
        + "\n"
        + r_signature(R_LEADER2, dpo=False)
    )
    msg = message(
        "m058",
        R_LEADER2.address,
        "Forhåndsdrøftelse PostOp Hjem",
        when(12, 3, 9, 57),
        body,
        attachments=[("DPIA_PostOp_Hjem.docx", dpia), ("ROS_analyse.xlsx", ros)],
    )
    return msg, Label(
        "nb",
        (
            "hospital_research",
            "contact_signature_only",
            "dpo_function_mailbox_switchboard",
            "headings_question",
            "processor_contact_body",
            "dpia_report_docx",
            "part5_in_dpia",
            "wrong_file_risk",
        ),
        "pgp_mime",
        True,
        "used",
        "part 4 missing: «Se vedlagt ROS-analyse», but the attached ROS is another project's "
        "(HjerteSpor)",
        missing=(4,),
    )


def m059() -> Case:
    pdf = to_pdf(
        f"""
Fjordlink Kollektiv FKF

ANMODNING OM FORHÅNDSDRØFTELSE – AUTOMATISK KONTROLL AV RETT TIL SKOLESKYSS

# Kontaktinformasjon

| Rolle | Navn | Telefon | E-post |
| Kontaktperson | {S_CONTACT.name} | {S_CONTACT.phone} | {S_CONTACT.email} |
| Personvernombud | {S_DPO.name} | {S_DPO.phone} | {S_DPO.email} |
| Databehandler | Takstra Billettsystemer AS | se vedlegg B | se vedlegg B |

# Beskrivelse

Elever (ca. 24 000) får skolekort i appen. Retten til gratis skoleskyss beregnes automatisk fra
folkeregistrert adresse, skole og avstand. Ved delt bosted hentes begge adresser. Vedtak om
avslag fattes automatisk og sendes foresatte. Opplysningene lagres skoleåret ut + 1 år.

# Nødvendighet og forholdsmessighet

Opplæringsloven gir rett til skyss ut fra avstand. Manuell behandling tar seks uker ved
skolestart. Foresatte kan klage og få manuell behandling. Opplysninger om delt bosted og
hemmelig adresse håndteres manuelt.

# Risiko

Feil adresse i folkeregisteret gir feil avslag (middels/høy); hemmelig adresse lekker via
skolekortet (lav/svært høy); delt bosted avslører familieforhold (middels/middels). Tiltak:
manuell behandling ved sperret adresse, klagerett, ingen adresse i appen. Restrisiko: høy for
barn med sperret adresse hvis registreringen svikter.

# Ledelsens behandling

Styret behandlet vurderingen 24. november; protokollen følger vedlagt.
"""
    )
    body = (
        txt(
            """
        Hei,

        Vedlagt anmodning om forhåndsdrøftelse for automatisk kontroll av rett til
        skoleskyss, vedlegg B og styreprotokollen.
        """
        )
        + "\n"
        + s_signature(S_CONTACT)
    )
    msg = message(
        "m059",
        S_CONTACT.address,
        "Anmodning om forhåndsdrøftelse – skoleskyss",
        when(11, 26, 15, 16),
        body,
        attachments=[
            ("Anmodning forhåndsdrøftelse skoleskyss.pdf", pdf),
            ("Vedlegg B - Databehandlere.pdf", s_processor_annex()),
            ("Protokoll styremøte 24.11.2026.pdf", b""),
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
            "zero_byte_minutes",
        ),
        "none",
        True,
        "used",
        "part 5 missing: the board minutes file is zero bytes; the PDF only says the board "
        "treated it",
        missing=(5,),
    )


def m060() -> Case:
    risk = csv_bytes(
        [
            ["ID", "Title", "Likelihood", "Impact", "Mitigation", "Status"],
            [
                "BLINK-12",
                "Selfie videos leak",
                "Low",
                "Severe",
                "Deleted after 24h; encrypted",
                "Done",
            ],
            [
                "BLINK-13",
                "Verification fails more for darker skin",
                "Medium",
                "High",
                "Manual review fallback",
                "Done",
            ],
            [
                "BLINK-14",
                "Sexual orientation inferred from preferences",
                "High",
                "Severe",
                "Preferences not shared with vendor; no ads",
                "Done",
            ],
            [
                "BLINK-15",
                "Stalking via location",
                "Medium",
                "Severe",
                "Distance rounded to 5 km",
                "Done",
            ],
            [
                "BLINK-16",
                "Human moderator for all reports 24/7",
                "-",
                "-",
                "Not done (cost)",
                "Won't do",
            ],
        ],
        sep=",",
    )
    card = vcard(
        T_FOUNDER2.name,
        "Pixelfjord Studio AS",
        T_FOUNDER2.title,
        T_FOUNDER2.phone,
        T_FOUNDER2.email,
    )
    body = txt(
        f"""
        Hei Datatilsynet,

        Pixelfjord ber om forhåndsdrøftelse for BLINK, en datingapp der brukerne verifiseres
        med en kort selfie-video. Kontaktkortet mitt ligger ved; risikolista er eksportert fra
        Linear som CSV.

        Personvernombud: {T_DPO.name}, {T_DPO.phone}, {T_DPO.email}
        Databehandler: Veriface Oy (selfie-verifisering), Kaisa Mäkinen, +358 50 441 7720,
        kaisa.makinen@veriface.fi

        Hva vi gjør: brukeren filmer seg selv i 3 sekunder; Veriface sjekker at personen er
        ekte og matcher profilbildene, og sletter videoen etter 24 timer. Profil, bilder,
        preferanser (inkl. kjønn man søker) og omtrentlig posisjon lagres hos oss så lenge
        kontoen finnes. Forventet 50 000 brukere i Norge.

        Nødvendig/proporsjonalt: falske profiler og svindel er det største problemet i
        datingapper. Verifisering er frivillig, men gir merke «verifisert». Vi deler ikke
        preferanser med Veriface, og posisjon rundes av til 5 km. Brukeren kan laste ned og
        slette alt i appen.

        Risiko: se CSV (BLINK-12 til 16). Høyest restrisiko: at seksuell orientering kan
        utledes og lekke, og skjev verifisering for mørk hud.

        Styret (Mathias, Ida og ekstern Helge Torvik) gikk gjennom DPIA-en og risikolista
        2. desember, med innspill fra FRI og en brukertest, godkjente den og vedtok at vi ber
        om forhåndsdrøftelse.
        """
    ) + t_signature(T_FOUNDER2)
    msg = message(
        "m060",
        T_FOUNDER2.address,
        "Forhåndsdrøftelse BLINK (datingapp)",
        when(12, 4, 10, 2),
        body,
        attachments=[("Ida_Sorbo.vcf", card), ("blink_risks_linear_export.csv", risk)],
    )
    return msg, Label(
        "nb",
        (
            "app_studio",
            "contact_vcard",
            "phone_foreign",
            "processor_contact_body",
            "risk_register_csv",
            "part5_sentence_in_mail",
        ),
        "none",
        True,
        "used",
        "complete; app studio dating app; vCard, Linear CSV risk list, approval sentence",
    )
