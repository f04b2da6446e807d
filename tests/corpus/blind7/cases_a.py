"""blind7 cases h001-h020, one hand-written function per case."""

from __future__ import annotations

from email.message import EmailMessage

from kit import (
    Label,
    csv_bytes,
    message,
    scan_image,
    scan_pdf,
    to_docx,
    to_pdf,
    to_xlsx,
    to_zip,
    txt,
    when,
)
from personas import (
    A_DPO,
    F_MATRIX_HEAD,
    a_dpia,
    a_signature,
    b_signature,
    c_contact_sheet,
    c_cover,
    c_minutes,
    d_letter,
    e_dpia_en,
    e_dpia_nb,
    f_contact_html,
    f_contact_plain,
    f_dpia,
    g_doc_control,
    g_signature,
    h_signature,
    i_package,
    i_signature,
    j_memo,
    j_signature,
)

Case = tuple[EmailMessage, Label]


def h001() -> Case:
    dpia = a_dpia(
        "Sepsisvarsel i sengepost",
        [
            (
                "Kontaktperson (prosjektleiar)",
                "Eirik Solheimsnes",
                "+47 57 83 92 18",
                "eirik.solheimsnes@helse-vestfjord.no",
            ),
            A_DPO,
            (
                "Databehandlar – Medisync Nordic AS, org.nr. 921 554 307",
                "Kari Rongved",
                "+47 55 60 71 12",
                "kari.rongved@medisync.no",
            ),
        ],
        """Helse Vestfjord HF vil ta i bruk en prediksjonsmodell som hvert kvarter beregner
        risiko for sepsis hos inneliggende pasienter på medisinsk og kirurgisk sengepost ved
        Førde og Lærdal sjukehus (om lag 14 000 innleggelser i året). Modellen bruker vitale
        parametere fra kurveløsningen, laboratoriesvar, diagnosekoder og medikamentliste fra
        pasientjournalen. Varsler vises for sykepleier og vakthavende lege, som avgjør
        videre tiltak. Medisync Nordic AS leverer og drifter modellen som databehandler i
        helseforetakets eget datasenter; opplysningene forlater ikke foretakets nett. Modellen
        er trent på historiske data fra 2019-2025 (godkjent av REK, ref. 2025/88412).
        Risikovurdering og informasjonssikkerhet følger foretakets styringssystem; fagdirektør er
        ansvarlig for behandlingen.""",
        """Behandlingsgrunnlaget er art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf.
        pasientjournalloven § 6. Sepsis gir om lag 300 dødsfall i foretaket årlig, og tidlig
        behandling reduserer dødeligheten. Mindre inngripende alternativer (manuell NEWS2-score)
        er prøvd og fanger for sent opp pasientene. Modellen bruker bare opplysninger fra
        inneværende opphold og siste 12 måneder. Pasientene informeres gjennom brosjyre og
        helsenorge.no, og kan be om at varsling slås av for seg.""",
        """| Risiko | Sannsynlighet | Konsekvens | Tiltak |
        | Feilaktig lav score fører til at sepsis oppdages sent | Middels | Svært høy |
          Modellen er beslutningsstøtte; NEWS2 beholdes; månedlig kalibrering |
        | Skjevhet for eldre og for pasienter med kronisk sykdom | Middels | Høy |
          Undergruppeanalyse før oppstart og hvert halvår |
        | Uautorisert oppslag i risikoscore | Lav | Høy | Tilgang styrt av tjenstlig behov, logg
          kontrolleres |
        | Pasienten forstår ikke at en modell vurderer ham | Høy | Middels | Informasjon;
          forklaring tilgjengelig for lege |

        Vurdert, men ikke gjennomført: full åpenhet om modellvekter overfor pasientene, fordi
        leverandøren regner dem som forretningshemmelighet. Restrisikoen er høy for skjevhet.""",
        """Restrisikoen for skjevhet og feilaktig lav score er fortsatt høy. Foretaket ber derfor
        om forhåndsdrøftelse.""",
        [
            ("0.9", "02.10.2026", "Utkast", "E. Solheimsnes", ""),
            (
                "1.0",
                "04.11.2026",
                "Ferdigstilt etter innspill fra ombudet",
                "E. Solheimsnes",
                "Fagdirektør",
            ),
        ],
    )
    minutes = """
# Helse Vestfjord HF – Referat frå leiarmøtet

Dato: 9. november 2026. Til stades: administrerande direktør, fagdirektør, økonomidirektør,
HR-direktør, klinikksjefar medisin og kirurgi. Referent: direktørens stab.

# Sak 112/26 Sepsisvarsel – DPIA og forhåndsdrøfting

Prosjektleiar la fram vurderinga av personvernkonsekvensar versjon 1.0: funna om skjevheit
for eldre pasientar, risikoen for feilaktig låg score og tiltaka. Brukarutvalet og
tillitsvalde er høyrde (fråsegner 28.10.2026); brukarutvalet bad om at pasientane får
informasjon ved innlegging. Saka var også oppe 12. oktober.

Vedtak: Leiarmøtet godkjenner DPIA-en. Restrisikoen er høg, og leiarmøtet vil framleis
innføre sepsisvarselet. Fagdirektør sender førespurnad om forhåndsdrøfting til Datatilsynet.
"""
    body = (
        txt(
            """
        Til Datatilsynet

        Helse Vestfjord HF ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for
        innføring av sepsisvarsel i sengepost. Vedlagt er DPIA-rapporten (versjon 1.0) og
        referat fra ledermøtet 9. november 2026 der vurderingen ble godkjent.

        Kontaktpersoner, også for databehandler, står i kapittel 1 i DPIA-en.
        """
        )
        + "\n"
        + txt(a_signature("Eirik Solheimsnes", "Prosjektleiar, Fagavdelinga", "+47 57 83 92 18"))
    )
    msg = message(
        "h001",
        "Eirik Solheimsnes <eirik.solheimsnes@helse-vestfjord.no>",
        "Anmodning om forhåndsdrøftelse – sepsisvarsel (Helse Vestfjord HF)",
        when(11, 10, 9, 42),
        body,
        attachments=[
            ("DPIA_Sepsisvarsel_v1.0.docx", to_docx(dpia)),
            ("Referat_leiarmote_2026-11-09.pdf", to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "cover_in_body",
            "dpia_report_docx",
            "contact_table_rows_role",
            "processor_in_table",
            "headings_num",
            "risk_table_docx",
            "minutes_pdf",
            "nynorsk_minutes",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; health trust sepsis prediction; template DPIA with contact table, minutes",
    )


def h002() -> Case:
    approval = message(
        "h002f",
        "Marte Lindqvist <marte@nordeinvest.no>",
        "Re: Board sign-off – Lumora DPIA v2",
        when(11, 6, 21, 3),
        txt(
            """
            Hi Jonas,

            Following the board meeting today (board of Lumora Labs AS, all four members
            present): the board went through the DPIA v2 summary you presented – the
            re-identification risk in the voice samples, the findings from the pilot with 40
            users and the feedback from the patient organisation Stemmeforbundet. The board
            approves the DPIA and agrees that we ask Datatilsynet for prior consultation
            before launch, since the residual risk stays high. Minuted as item 4/2026.

            Marte Lindqvist
            Chair of the board
            """
        ),
    )
    body = (
        txt(
            """
        Hello Datatilsynet,

        Lumora Labs is a 9-person start-up in Oslo. We are asking for a prior consultation
        (GDPR art. 36) before we launch "Lumora Voice", an app that detects early signs of
        Parkinson's disease from 30-second voice recordings.

        1) What we're building
        Adults who download the app record a short text reading once a week. The recording
        is sent to our backend, where a model extracts 120 acoustic features and gives a risk
        score (low/medium/high) with the advice to see a GP when high. We expect 20-50k users
        in Norway and Sweden the first year. Data: voice recordings, derived features, age,
        sex, self-reported diagnoses, e-mail. Recordings are hosted by our processor Nimbus
        Cloud Ireland Ltd. in Dublin (EU region only). No data is shared with employers,
        insurers or advertisers. Our CTO is responsible for security; we have ISO 27001
        controls in place but no certification yet.

        2) Why this is necessary and proportionate
        Consent (art. 6(1)(a) and 9(2)(a)), asked separately for the score and for research
        use. Raw audio is deleted after feature extraction (24 hours); features are kept 2
        years. The score is a suggestion to see a doctor, never a diagnosis. Users can see,
        export and delete all their data in the app. We tried a questionnaire-only version:
        it missed most early cases.

        3) Risks and what we do about them
        - Voice is biometric and could re-identify users: raw audio deleted after 24h;
          features pseudonymised; re-identification test by external party done (residual
          risk: high).
        - False "high" scores cause anxiety: wording reviewed with neurologists; link to GP
          advice; medium risk remains.
        - Breach at the cloud provider: encryption at rest with our own keys; low.
        - Not done: on-device processing only (the model is too large for older phones);
          we'll revisit in 2027.

        4) Management validation
        Our board approved the DPIA on 6 November, see the forwarded mail from the chair
        (attached).

        Contacts:
        - Me (contact person), details below
        - DPO: Karin Holt, Privasi Advisory AS, +47 400 12 377, karin.holt@privasi.no
        - Processor: Nimbus Cloud Ireland Ltd., Declan Moran, account security lead,
          +353 1 555 0192, dmoran@nimbuscloud.ie
        """
        )
        + "\n"
        + txt(
            b_signature(
                "Jonas Virtanen-Berg", "CTO & co-founder", "+47 913 47 602", "jonas@lumoralabs.no"
            )
        )
    )
    msg = message(
        "h002",
        "Jonas Virtanen-Berg <jonas@lumoralabs.no>",
        "Prior consultation request - Lumora Voice",
        when(11, 9, 14, 5),
        body,
        forwarded=("Board sign-off.eml", approval),
    )
    return msg, Label(
        "en",
        (
            "all_in_body",
            "startup_informal",
            "headings_num_paren",
            "contact_signature",
            "processor_foreign",
            "risk_bullets",
            "part5_forwarded_approval_eml",
            "forwarded_rfc822",
        ),
        "none",
        True,
        "used",
        "complete; start-up voice screening app; all in body, board approval as attached e-mail",
    )


def h003() -> Case:
    contacts = c_contact_sheet(
        [
            [
                "Behandlingsansvarleg",
                "Hallingvik kommune, org.nr. 964 118 220",
                "Kontaktperson: Torunn Gjeilo, seksjonsleiar digitalisering",
                "tlf. 32 14 81 36",
                "e-post: torunn.gjeilo@hallingvik.kommune.no",
            ],
            [
                "Personvernombud",
                "Hallingdal interkommunale personvernombod",
                "Per Arne Rude",
                "tlf. 32 08 77 10",
                "e-post: personvernombud@hallingdal-ikt.no",
            ],
            [
                "Databehandlar",
                "Fjellnett IKT AS",
                "Org.nr. 915 772 404",
                "Storgata 18",
                "3570 Ål",
                "Ingrid Haugom, kundeansvarleg",
                "tlf. 32 08 51 77",
                "ingrid.haugom@fjellnett.no",
            ],
        ]
    )
    v2 = """
# Vedlegg 2 – Skildring av behandlinga

Hallingvik kommune vil ta i bruk eit digitalt tilsynssystem med radarsensorar i bustader for
personar med demens som får heimetenester (om lag 60 brukarar). Sensorane registrerer rørsle,
fall og om brukaren forlèt bustaden om natta, utan kamera eller lyd. Hendingar går som varsel
til nattpatruljen i heimetenesta via mobil. Opplysningane (varsel, tidspunkt, rørslemønster
over tid, brukar-ID) blir lagra hos Fjellnett IKT AS, som driftar plattforma for kommunen.
Kjelder er sensorane og fagsystemet Gerica; mottakarar er tenesteytarane. Einingsleiar
heimeteneste har det faglege ansvaret; informasjonstryggleik følgjer kommunen sitt
styringssystem.
"""
    v3 = """
# Vedlegg 3 – Naudsyn og forholdsmessigheit

Heimla i helse- og omsorgstenestelova § 3-1 og pasient- og brukarrettslova kap. 4 A der
brukaren ikkje har samtykkekompetanse. Alternativet er fleire fysiske tilsyn om natta, som
vekkjer brukarane og som kommunen ikkje har bemanning til. Radar er valt framfor kamera
fordi det er mindre inngripande. Rørslemønster blir sletta etter 30 dagar. Pårørande og
verje får informasjon og kan krevje at tiltaket blir vurdert på nytt.
"""
    v4 = """
# Vedlegg 4 – Risikovurdering

| Nr | Uønskt hending | Risiko før tiltak | Tiltak | Restrisiko |
| 1 | Rørslemønster avslører privatliv (toalettbesøk, besøk) | Høg | Berre varsel vises,
    ikkje kurver; tilgang for to fagpersonar | Middels |
| 2 | Tvang utan vedtak etter kap. 4 A | Høg | Vedtak før oppstart; kontroll frå
    statsforvaltaren | Høg |
| 3 | Varsel blir ikkje fanga opp | Middels | Dobbel varsling, test kvar veke | Låg |
| 4 | Leverandøren brukar data til produktutvikling | Middels | Forbod i avtalen;
    revisjon | Låg |

Ikkje gjennomført: lokal lagring i sensoren utan sky, fordi leverandøren ikkje tilbyr det.
"""
    v5 = c_minutes(
        "Sak 47/26 Digitalt nattilsyn – godkjenning av DPIA",
        "3. november 2026",
        "kommunedirektør, kommunalsjef helse og omsorg, økonomisjef, IT-sjef, personvernombod",
        """Seksjonsleiar digitalisering presenterte DPIA-en og funna, særleg risiko 2
        (tvang utan vedtak) som står att som høg. Brukarrådet og eldrerådet har uttala seg
        (positive, med krav om informasjon til pårørande). Saka vart også drøfta 6. oktober.

        Vedtak: Leiargruppa godkjenner DPIA-en og at kommunen ber om forhåndsdrøfting.""",
    )
    files = [
        "Vedlegg 1 – Kontaktopplysningar",
        "Vedlegg 2 – Skildring av behandlinga",
        "Vedlegg 3 – Naudsyn og forholdsmessigheit",
        "Vedlegg 4 – Risikovurdering",
        "Vedlegg 5 – Møtebok leiargruppa 3.11.2026",
    ]
    body = txt(
        c_cover(
            "digitalt nattilsyn med radarsensorar i heimetenesta",
            files,
            "Torunn Gjeilo",
            "Seksjonsleiar digitalisering",
        )
    )
    msg = message(
        "h003",
        "Torunn Gjeilo <torunn.gjeilo@hallingvik.kommune.no>",
        "Forhåndsdrøfting – digitalt nattilsyn",
        when(11, 5, 13, 20),
        body,
        attachments=[
            ("Vedlegg 1 - Kontaktopplysningar.pdf", to_pdf(contacts)),
            ("Vedlegg 2 - Skildring.pdf", to_pdf(v2)),
            ("Vedlegg 3 - Naudsyn.pdf", to_pdf(v3)),
            ("Vedlegg 4 - Risikovurdering.pdf", to_pdf(v4)),
            ("Vedlegg 5 - Moetebok.pdf", to_pdf(v5)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "file_per_part",
            "headings_vedlegg",
            "processor_block_orgnr_address",
            "contact_label_value",
            "dpo_intermunicipal",
            "risk_table_pdf",
            "minutes_pdf",
            "nynorsk_attachments",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; municipality radar night sensors; one PDF per part, processor block with "
        "org.nr and address lines before the name",
    )


def h004() -> Case:
    letter = d_letter(
        "Nordbygg Boligutleie AS",
        "2026/0412-ASM",
        "11. november 2026",
        [
            (
                "Innledning",
                """Vi representerer Nordbygg Boligutleie AS (org.nr. 922 640 118), som leier ut
             om lag 2 300 boliger i Trondheim og Stjørdal. På vegne av klienten ber vi om
             forhåndsdrøftelse etter personvernforordningen artikkel 36 for et system for
             automatisert vurdering av leiesøkere.""",
            ),
            (
                "Kontaktopplysninger",
                """Klientens kontaktperson er driftsdirektør Hanne Berg, som nås på telefon
             0047 915 22 781 og e-post hanne.berg@nordbygg.no. Klientens personvernombud er
             Øystein Grande, som nås på 0047 73 50 44 90 og personvernombud@nordbygg.no.
             Systemet leveres av Leietakersjekk AS (org.nr. 930 115 287) som databehandler;
             deres kontaktperson er produktsjef Mari Aune, 0047 468 03 215,
             mari.aune@leietakersjekk.no. Undertegnede kan også kontaktes.""",
            ),
            (
                "Dokumentasjonen",
                """Den systematiske beskrivelsen, vurderingen av nødvendighet og
             forholdsmessighet og risikovurderingen fremgår av klientens DPIA-rapport
             (vedlegg 1), kapittel 2, 3 og 4. Styrets behandling fremgår av protokoll fra
             styremøte 30. oktober 2026 (vedlegg 2, skannet).""",
            ),
            (
                "Vår vurdering",
                """Klienten har redusert risikoen vesentlig, men den automatiserte avvisningen av
             søkere med betalingsanmerkninger gir fortsatt høy risiko for diskriminering. Vi
             ber derfor om Datatilsynets vurdering før systemet tas i bruk 1. mars 2027.""",
            ),
        ],
        "Anne Sofie Moe",
    )
    dpia = """
# Nordbygg Boligutleie AS – DPIA: automatisert leietakervurdering

# 1 Sammendrag

Rapporten dokumenterer vurderingen av personvernkonsekvenser for automatisert vurdering av
leiesøkere. Utarbeidet av klientens personvernombud og Leietakersjekk AS, oktober 2026.

# 2 Beskrivelse av behandlingen

Søkere til ledige boliger (om lag 9 000 søknader i året) fyller ut et skjema med navn,
fødselsnummer, inntekt, arbeidsgiver og husstand. Systemet henter kredittopplysninger fra et
kredittopplysningsbyrå og tidligere leieforhold hos Nordbygg, beregner en poengsum og sorterer
søkerne. Søkere under en terskel får automatisk avslag. Utleiekonsulentene ser poengsum og
begrunnelse. Data lagres i Leietakersjekk AS sin løsning i Norge; søknader uten kontrakt
slettes etter 6 måneder. Mottakere er kun Nordbyggs utleieavdeling. Ansvar: driftsdirektør.

# 3 Nødvendighet og proporsjonalitet

Behandlingsgrunnlag er art. 6 nr. 1 bokstav b (tiltak før avtaleinngåelse) og f. Automatisert
avslag bygger på art. 22 nr. 2 bokstav a. Klienten har vurdert manuell behandling av alle
søknader; det gir lang ventetid og ulik praksis. Bare opplysninger som har betydning for
betalingsevne brukes; opplysninger om helse, etnisitet og familiestatus utover husstandens
størrelse brukes ikke. Søkere får informasjon før innsending, kan be om manuell vurdering og
får begrunnelse ved avslag.

# 4 Risikovurdering

| Risiko | Før tiltak | Tiltak | Etter tiltak |
| Indirekte diskriminering (ung alder, innvandrerbakgrunn) via inntekt og arbeidsforhold |
  Høy | Fjernet variabelen botid i Norge; skjevhetsanalyse kvartalsvis | Høy |
| Feil i kredittdata gir urettmessig avslag | Middels | Rett til manuell vurdering; klage |
  Lav |
| Uvedkommende får tilgang til søknader | Middels | Tofaktorinnlogging, tilgangslogg | Lav |

Vurdert, ikke gjennomført: å fjerne automatisk avslag helt. Begrunnelse: volumet gjør det
urealistisk med dagens bemanning.
"""
    minutes = """NORDBYGG BOLIGUTLEIE AS
PROTOKOLL FRA STYREMØTE 30. OKTOBER 2026

Til stede: styreleder Gunnar Viken, styremedlemmer Lise Fossum og Arild Strøm, daglig leder.
Fra administrasjonen: driftsdirektør Hanne Berg. Personvernombud Øystein Grande deltok i sak 6.

Sak 6/2026 Automatisert leietakervurdering – godkjenning av DPIA
Driftsdirektøren presenterte DPIA-rapporten og hovedfunnene: risikoen for indirekte
diskriminering er høy også etter tiltak. Leietakerforeningens innspill fra møte 14.10. og
personvernombudets råd ble referert. Saken var første gang oppe i styremøtet 18. september.

Vedtak: Styret godkjenner DPIA-en og ber administrasjonen, med bistand fra advokat, be om
forhåndsdrøftelse hos Datatilsynet før systemet tas i bruk.

Gunnar Viken (sign.)     Lise Fossum (sign.)     Arild Strøm (sign.)"""
    body = txt(
        """
        Datatilsynet

        Vedlagt oversendes anmodning om forhåndsdrøftelse på vegne av vår klient Nordbygg
        Boligutleie AS, med vedlegg.

        Vennlig hilsen
        Anne Sofie Moe
        advokat (H) | Advokatfirmaet Strandlie & Moe AS
        dir. 0047 73 80 61 24 | asm@strandliemoe.no
        """
    )
    msg = message(
        "h004",
        "Anne Sofie Moe <asm@strandliemoe.no>",
        "Anmodning om forhåndsdrøftelse - Nordbygg Boligutleie AS - vår ref. 2026/0412-ASM",
        when(11, 11, 15, 31),
        body,
        attachments=[
            ("Anmodning om forhandsdroftelse - Nordbygg.docx", to_docx(letter)),
            ("Vedlegg 1 DPIA Nordbygg.pdf", to_pdf(dpia)),
            ("Vedlegg 2 Styreprotokoll 30.10.2026.pdf", scan_pdf([minutes])),
        ],
    )
    return msg, Label(
        "nb",
        (
            "lawyer_on_behalf",
            "cover_docx",
            "contact_prose",
            "phone_0047",
            "dpia_report_pdf",
            "risk_table_pdf",
            "scanned_minutes_pdf",
            "headings_num",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; law firm for landlord tenant scoring; prose contacts, DPIA PDF, scanned minutes",
    )


def h005() -> Case:
    contacts = """
~ Project leader (contact person): Professor Ingvild Sørstrand, phone 77623344,
~ e-mail ingvild.sorstrand@uin.no
~ Data protection officer: Tormod Kvalsvik, phone 77623190, e-mail personvernombud@uin.no
~ Processor: none. All data are processed on the university's own secure research platform
~ (SAFE-N), operated by the university's IT department; no processor is used.
"""
    dpia = e_dpia_en(
        "ARCTIC-TEEN: smartphone sensing of sleep and mood in adolescents",
        contacts,
        [
            (
                "What is the project?",
                """A four-year cohort study of 1 200 pupils aged 13-16 in Troms and Finnmark. A
             research app collects passive smartphone data (screen time, app categories, step
             count, ambient light at night, GPS clusters reduced to 'home/school/other') and a
             weekly mood questionnaire. Data are linked to the Norwegian Patient Registry for
             mental-health contacts. Sources: the app, the pupils, NPR. Recipients: the
             research group only. The university is controller; the faculty dean is
             responsible; security follows the SAFE-N platform's ISMS.""",
            ),
            (
                "Why do we need these data, and is it proportionate?",
                """The legal basis is art. 6(1)(e) and 9(2)(j) with the Health Research Act; REK
             approval 2026/10457. Self-report alone underestimates sleep problems; passive
             sensing is the research question itself. We collect app categories, not app
             names, and location clusters, not coordinates. Parents consent for pupils under
             16; pupils can withdraw in the app at any time, and data are deleted on
             withdrawal. Results are only published at group level.""",
            ),
            (
                "What can go wrong, and what do we do about it?",
                """High: the pupils may feel monitored and change behaviour or feel pressured to
             take part because the school recruits. Measures: recruitment by researchers, not
             teachers; no feedback to schools. High: location clusters could reveal visits to
             e.g. a youth clinic. Measure: only three clusters kept, rest discarded on the
             phone. Medium: re-identification in a small municipality; measure: no
             municipality-level results under 20 pupils. Considered but not done: no location
             data at all, as it removes the school/home distinction the study needs. Residual
             risk for adolescents' private life remains high.""",
            ),
            (
                "Who has approved this assessment?",
                """The assessment was presented to the faculty management group on 21 October
             and 4 November 2026, together with the youth panel's comments (six pupils, two
             meetings) and the DPO's advice. The management group under Dean Helge Mikkelsen
             approved the DPIA on 4 November and decided that the university requests prior
             consultation (minutes ref. 26/3312-7).""",
            ),
        ],
    )
    body = txt(
        """
        Dear Sir or Madam,

        On behalf of the University of Nordvik I request a prior consultation under article
        36 GDPR for the research project ARCTIC-TEEN. Our DPIA is attached; it contains our
        contact details, the description, necessity, risk assessment and the management
        approval.

        Best regards,
        Ingvild Sørstrand
        Professor, Department of Community Medicine
        University of Nordvik
        """
    )
    msg = message(
        "h005",
        "Ingvild Sorstrand <ingvild.sorstrand@uin.no>",
        "Request for prior consultation - ARCTIC-TEEN",
        when(11, 12, 10, 2),
        body,
        attachments=[("ARCTIC-TEEN_DPIA_final.pdf", to_pdf(dpia))],
    )
    return msg, Label(
        "en",
        (
            "one_pdf",
            "contact_page_in_dpia",
            "phone_8_digits",
            "processor_none_stated",
            "headings_question",
            "risk_prose",
            "part5_in_dpia",
            "research",
        ),
        "none",
        True,
        "none",
        "complete; university adolescent smartphone sensing; one PDF, question headings, no "
        "processor",
    )


def h006() -> Case:
    rows = [
        ("Kontaktperson", "Vibeke Hammersmark", "930 44 218", "vibeke.hammersmark@trygdevern.no"),
        ("Personvernombud", "Rune Østvold", "917 60 302", "personvernombud@trygdevern.no"),
        (
            "Databehandler (Telematix Nordic AS)",
            "Sindre Bakkevig",
            "+47 481 22 907",
            "sindre.bakkevig@telematix.no",
        ),
    ]
    intro = (
        "Trygdevern Forsikring ASA ber om forhåndsdrøftelse for bruk av kjøredata fra "
        "telematikkboks i bilforsikring for unge sjåfører (18-24 år). Kontaktpersoner:"
    )
    outro = (
        "Vedlagt: personvernkonsekvensvurderingen (Del A-D), risikomatrisen og utdrag av "
        "protokoll fra konsernledelsens møte 2. november 2026."
    )
    dpia = f_dpia(
        "Ung Sjåfør – kjøreatferd og premie",
        """Kunder under 25 år kan velge et produkt der en telematikkboks i bilen registrerer
        fart, akselerasjon, bremsing, tid på døgnet og posisjon hvert 5. sekund. Telematix
        Nordic AS behandler rådata som databehandler og leverer en kjørescore per måned til
        Trygdevern. Scoren gir inntil 35 % rabatt eller tillegg i premien. Omfang: om lag
        8 000 kunder. Posisjonsdata lagres 30 dager, score i avtaletiden. Mottakere er
        prisavdelingen og skadeavdelingen (bare ved skade, etter samtykke). Ansvar:
        direktør privatmarked; sikkerhet etter konsernets ISO 27001-sertifiserte styringssystem.""",
        """Grunnlag: avtale (art. 6 nr. 1 b) for score og premie; samtykke for bruk i
        skadeoppgjør. Formålet er premie som speiler faktisk risiko for en gruppe med høy
        skadefrekvens. Alternativet uten telematikk er høy flat premie. Posisjon brukes bare
        til å finne veitype og fartsgrense, ikke til å lagre bevegelsesmønster over 30 dager.
        Kunden ser egne turer og score i appen, kan skru av sporing (produktet går da over til
        ordinær premie) og har innsyn i beregningen.""",
        "Se risikomatrisen (vedlegg). Høyeste restrisiko: kartlegging av bevegelser og "
        "indirekte overvåking av andre som låner bilen.",
        """Restrisikoen for kartlegging av bevegelsesmønster er høy etter tiltak. Saken er
        behandlet i konsernledelsen to ganger, og Trygdevern ber om forhåndsdrøftelse.""",
    )
    matrix = to_xlsx(
        {
            "Risikomatrise": [
                F_MATRIX_HEAD,
                [
                    "R1",
                    "Bevegelsesmønster kartlegges",
                    "Avslører bosted, arbeid, vaner",
                    "4",
                    "4",
                    "16",
                    "Posisjon slettes etter 30 dager; kun veitype lagres",
                    "Gjennomført",
                ],
                [
                    "R2",
                    "Andre sjåfører overvåkes",
                    "Familie/venner uten avtale",
                    "4",
                    "3",
                    "12",
                    "Varsel i bilen; kortleser for fører",
                    "Vurdert, ikke gjennomført",
                ],
                [
                    "R3",
                    "Score brukes mot kunden i skadeoppgjør",
                    "Redusert erstatning",
                    "2",
                    "4",
                    "8",
                    "Bare med samtykke",
                    "Gjennomført",
                ],
                [
                    "R4",
                    "Innbrudd hos databehandler",
                    "Posisjonsdata lekker",
                    "2",
                    "4",
                    "8",
                    "Kryptering, revisjon",
                    "Gjennomført",
                ],
            ],
            "Begrunnelser": [
                ["Tiltak", "Hvorfor ikke gjennomført"],
                ["Kortleser for fører (R2)", "Kostnad 1 900 kr per bil; vurderes i 2027"],
            ],
        }
    )
    minutes = """
# Utdrag av protokoll – konsernledelsen, Trygdevern Forsikring ASA

Møte 2. november 2026. Til stede: konsernsjef, direktør privatmarked, CFO, CRO, direktør
juridisk og compliance. Personvernombudet deltok under sak 3.

# Sak 3 Ung Sjåfør – godkjenning av DPIA

Direktør privatmarked presenterte DPIA-en, risikomatrisen og funnene (R1 og R2 står igjen
som høy/middels-høy). Innspill fra kundepanelet (12 unge kunder) og fra Forbrukerrådet i
dialogmøte 15. oktober er vurdert. Første behandling var 5. oktober.

Beslutning: Konsernledelsen godkjenner DPIA-en, aksepterer ikke restrisikoen uten ekstern
vurdering og ber compliance sende anmodning om forhåndsdrøftelse.
"""
    msg = message(
        "h006",
        "Vibeke Hammersmark <vibeke.hammersmark@trygdevern.no>",
        "Forhåndsdrøftelse – Ung Sjåfør telematikk",
        when(11, 13, 8, 55),
        f_contact_plain(intro, rows, outro),
        f_contact_html(intro, rows, outro),
        attachments=[
            ("DPIA Ung Sjafor.docx", to_docx(dpia)),
            ("Risikomatrise Ung Sjafor.xlsx", matrix),
            ("Protokollutdrag KL 2026-11-02.pdf", to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "multipart_alternative",
            "html_table_body",
            "dpia_report_docx",
            "headings_del",
            "xlsx_risk_matrix",
            "minutes_pdf",
            "processor_contact_body",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; insurer telematics; HTML contact table in mail, DPIA Del A-D, XLSX matrix",
    )


def h007() -> Case:
    contacts = """
# Contact matrix – prior consultation ID-check

| Function | Name | Phone | E-mail |
| Contact person (controller, Nordic operations) | Henrik Aalvik | +47 22 81 40 17 |
  henrik.aalvik@velora-mobility.eu |
| Data protection officer (group) | Dr. Leonie Brandauer | +49 30 5557 8812 |
  dpo@velora-mobility.eu |
| Processor – IDscan Polska sp. z o.o. | Tomasz Wierzbicki | +48 22 555 31 90 |
  t.wierzbicki@idscan-polska.pl |
"""
    dpia = """
# DPIA – Rider identity and age verification (Norway)

Velora Mobility Nordic NUF, branch of Velora Mobility GmbH. Classification: confidential.

# 1 Processing operations

From 1 March 2027 every new rider of our e-scooters in Oslo, Bergen and Trondheim (about
180 000 accounts) must scan a passport or driving licence and take a selfie in the app. Our
processor IDscan Polska matches the selfie against the document photo (biometric template),
reads the date of birth and returns pass/fail; templates are deleted after 24 hours, the
document number is kept as a hash for the ban list. Riders who are banned after vandalism or
riding under the influence (police report or two damage reports) are blocked across all
three cities. Sources: rider, document chip/photo, police and damage reports. Recipients:
Velora Nordic support, IDscan (processor), police on request. Responsibility: Nordic operations
director; security under the group ISMS.

# 2 Necessity and proportionality

Legal basis art. 6(1)(c) (the municipal permits require age 18+), 6(1)(f) for the ban list;
biometric matching based on explicit consent (art. 9(2)(a)) with an alternative manual check
in our Oslo service centre. Self-declared age failed: 11 % of riders stopped by the police in
2025 were under 18. Data minimised: no image of the document is kept. Riders are informed in
the app and can appeal a ban to a human reviewer.

# 3 Risk assessment

See annex A (risk register, CSV). Summary: false rejections of riders with darker skin (high
before, medium after vendor bias testing); function creep of the ban list (high; mitigated by
retention of 12 months and no sharing with other operators); breach at the processor (medium).
Not implemented: on-device matching (vendor roadmap Q4 2027).
""" + g_doc_control(
        [
            ("0.4", "2026-09-18", "H. Aalvik – first draft", ""),
            ("0.8", "2026-10-20", "DPO review, works council consulted", ""),
            (
                "1.0",
                "2026-11-03",
                "Final after findings presented to Nordic management and "
                "Group Privacy Council (2nd review)",
                "Approved – K. Wendler, Managing Director Nordic, signed 2026-11-03; decision to "
                "request prior consultation",
            ),
        ]
    )
    risk = csv_bytes(
        [
            ["ID", "Risk", "Likelihood", "Impact", "Before", "Measure", "After", "Status"],
            [
                "A1",
                "False rejection, skin tone bias",
                "3",
                "4",
                "High",
                "Vendor bias test, manual fallback",
                "Medium",
                "Implemented",
            ],
            [
                "A2",
                "Ban list used beyond purpose",
                "3",
                "4",
                "High",
                "12-month retention, no sharing",
                "High",
                "Implemented",
            ],
            [
                "A3",
                "Breach at processor",
                "2",
                "5",
                "Medium",
                "Encryption, audit",
                "Low",
                "Implemented",
            ],
            [
                "A4",
                "Biometric data leave device",
                "4",
                "4",
                "High",
                "On-device matching",
                "High",
                "Not implemented - vendor roadmap 2027",
            ],
        ]
    )
    inner = to_zip(
        {
            "01_Contacts/contact_matrix.docx": to_docx(contacts),
            "02_DPIA/DPIA_ID-check_v1.0.pdf": to_pdf(dpia),
            "02_DPIA/annex/Annex_A_risk_register.csv": risk,
        }
    )
    package = to_zip(
        {
            "Velora_PC_ID-check/README.txt": b"See folders 01-02.\r\n",
            "Velora_PC_ID-check/package.zip": inner,
        }
    )
    body = (
        txt(
            """
        Dear Datatilsynet,

        Velora Mobility Nordic NUF requests a prior consultation under Article 36 GDPR for
        identity and age verification of e-scooter riders. The complete package (contacts,
        DPIA with document control and sign-off, risk register) is attached as a ZIP file.
        """
        )
        + "\n"
        + txt(
            g_signature(
                "Henrik Aalvik",
                "Director Nordic Operations",
                "+47 22 81 40 17",
                "henrik.aalvik@velora-mobility.eu",
            )
        )
    )
    msg = message(
        "h007",
        "Henrik Aalvik <henrik.aalvik@velora-mobility.eu>",
        "Prior consultation (Art. 36) – rider ID verification Norway",
        when(11, 16, 11, 12),
        body,
        attachments=[("Velora_PC_ID-check.zip", package)],
    )
    return msg, Label(
        "en",
        (
            "zip_nested",
            "contact_table_docx_rows",
            "intl_phone",
            "processor_foreign",
            "processor_contact_separate",
            "csv_risk_register",
            "part5_revision_table_signoff",
            "dpia_report_pdf",
        ),
        "none",
        True,
        "used",
        "complete; foreign subsidiary e-scooter ID check; nested ZIP, CSV risk, sign-off line "
        "in document control table",
    )


def h008() -> Case:
    dpia = """
# Vurdering av personvernkonsekvensar – augesporing ved kartlegging av lesevanskar

Fjordbotn friskule SA, 1.-10. trinn

# Kven er ansvarlege, og korleis får de tak i oss?

Skulen er behandlingsansvarleg. Kontaktperson er rektor Oddny Hatlestad, som har
mobilnummer 957 12 345 og e-post oddny.hatlestad@fjordbotn.skule.no. Personvernombodet vårt
er Geir Lunde i Sogn friskulelag (delt ombod), tlf. 57 67 20 44,
personvernombod@sognfriskulelag.no. Vi nyttar ingen databehandlar: programmet er installert
lokalt på tre av skulen sine berbare maskiner og lagrar berre på skulen sin server.

# Kva skal vi gjere?

Alle elevar på 2., 4. og 6. trinn (om lag 70 born) les ein tekst på skjerm medan ein
augesporar registrerer kvar blikket kviler. Programmet reknar ut mønster som kan tyde på
dysleksi og lagar ein rapport til spesialpedagogen. Opplysningar: namn, trinn, blikkdata,
lesetid, rapport. Rapporten går til kontaktlærar og føresette, og ved behov til PPT etter
samtykke. Rektor har ansvaret; berre spesialpedagog og rektor har tilgang.

# Kvifor er det naudsynt, og er det rett mål?

Opplæringslova pålegg skulen å fange opp elevar med lesevanskar tidleg (§ 11-4). Dagens
papirprøver fangar opp for få før 4. trinn. Blikkdata blir sletta når rapporten er laga; berre
rapporten blir lagra i elevmappa. Føresette får informasjon og kan seie nei; då får eleven
vanleg kartlegging.

# Kva kan gå gale for elevane?

| Kva kan skje | Kor alvorleg | Kva vi gjer | Kva står att |
| Eleven får feil merkelapp som «dyslektisk» | Høg | Rapporten er berre eitt grunnlag;
  spesialpedagog vurderer alltid | Middels |
| Blikkdata kan avsløre anna (t.d. augesjukdom, ADHD) | Høg | Programmet reknar berre ut
  lesemønster; rådata blir sletta | Høg |
| Maskinane blir stolne | Middels | Kryptert disk, låst skap | Låg |

Vurdert, men ikkje gjort: kjøpe ein skyteneste med betre modell – vi vil ikkje sende
blikkdata ut av huset.
"""
    minutes = """FJORDBOTN FRISKULE SA – PROTOKOLL STYREMØTE 28.10.2026

Til stades: styreleiar Jostein Bøyum, Aud Vangsnes, Kjetil Hove (foreldrerepr.),
Sunniva Ness (tilsettrepr.). Rektor Oddny Hatlestad møtte.

Sak 19/26 Augesporing ved kartlegging – personvern
Rektor la fram vurderinga av personvernkonsekvensar og kva som står att av risiko
(feil merkelapp, blikkdata som kan avsløre helse). FAU og elevrådet har uttala seg
(FAU positivt, elevrådet bad om at elevane får prøve utstyret fyrst). Saka var oppe
første gong 23.9.

Vedtak: Styret godkjenner vurderinga. Styret vil ta i bruk augesporing, men ber rektor
spørje Datatilsynet om forhåndsdrøfting fordi risikoen framleis er høg.

Jostein Bøyum (sign.)   Aud Vangsnes (sign.)   Kjetil Hove (sign.)   Sunniva Ness (sign.)"""
    body = (
        txt(
            """
        Hei

        Fjordbotn friskule ber om forhåndsdrøfting etter personvernforordninga artikkel 36
        for bruk av augesporing når vi kartlegg lesevanskar. Vurderinga ligg ved som
        Word-fil, og styreprotokollen er fotografert (vi har ikkje skannar på kontoret).
        """
        )
        + "\n"
        + txt(
            h_signature(
                "Oddny Hatlestad", "rektor", "957 12 345", "oddny.hatlestad@fjordbotn.skule.no"
            )
        )
    )
    msg = message(
        "h008",
        "Oddny Hatlestad <oddny.hatlestad@fjordbotn.skule.no>",
        "Førespurnad om forhåndsdrøfting – augesporing",
        when(11, 17, 14, 48),
        body,
        attachments=[
            ("DPIA augesporing.docx", to_docx(dpia)),
            ("IMG_20261029_0812.jpg", scan_image(minutes, "JPEG", 1.2)),
        ],
    )
    return msg, Label(
        "nn",
        (
            "contact_prose",
            "headings_question",
            "headings_nynorsk",
            "processor_none_stated",
            "risk_table_docx",
            "photo_jpg",
            "school",
        ),
        "none",
        True,
        "none",
        "complete; nynorsk school eye tracking; question headings, prose contacts, photo of "
        "minutes",
    )


def h009() -> Case:
    contacts = """
| Behandlingsansvarlig | Kystlinjen Ferjeselskap AS, org.nr. 913 402 876 |
| Kontaktperson | Bjørnar Kildahl, HMS-direktør |
| Telefon | tlf. 75 51 20 34 |
| E-post | bjornar.kildahl@kystlinjen.no |
| Personvernombud | Linn Marie Steiro |
| Telefon | tlf. 75 51 20 09 |
| E-post | personvern@kystlinjen.no |
| Databehandler | Sjøhelse Testtjenester AS, org.nr. 926 118 430 |
| Kontaktperson | Vegard Nyheim, fagansvarlig |
| Telefon | mob. 915 80 334 |
| E-post | vegard.nyheim@sjohelse.no |
"""
    pdf = i_package(
        [
            ("Kontaktpersoner", contacts),
            (
                "Beskrivelse av behandlingen",
                """Kystlinjen innfører tilfeldig rusmiddeltesting av alle 410 ansatte med
             sikkerhetskritiske stillinger om bord på 23 ferjer i Nordland. Testing skjer
             med alkolås med fingeravtrykksleser på broen før avgang og urinprøver ved
             tilfeldig uttrekk (10 % per kvartal) og ved mistanke. Sjøhelse Testtjenester AS
             tar prøver og analyserer dem som databehandler. Positive svar meldes til
             HMS-direktør og nærmeste leder; fingeravtrykksmal lagres i låsen.
             Opplysninger: navn, ansattnummer, tidspunkt, testresultat, eventuell
             medisinbruk oppgitt av den ansatte. Lagring: negative svar 3 måneder, positive 2
             år. Ansvar: HMS-direktør.""",
            ),
            (
                "Nødvendighet og forholdsmessighet",
                """Grunnlaget er skipssikkerhetsloven § 20 og forskrift om arbeid om bord, samt
             arbeidsmiljøloven § 9-4. Formålet er å hindre ulykker med passasjerer. Testing
             bare ved mistanke er vurdert og gir for lav avdekking. Vi tester bare
             sikkerhetskritiske stillinger, og resultater går ikke til personalmappen ved
             negativt svar. Ansatte får informasjon, kan kreve kontrollanalyse og ha med
             tillitsvalgt.""",
            ),
            (
                "Risiko for de ansatte",
                """| Risiko | Nivå før | Tiltak | Nivå etter |
             | Falskt positivt svar gir urettmessig reaksjon | Høy | Bekreftende analyse,
               samtale før tiltak | Middels |
             | Fingeravtrykk misbrukes | Middels | Malen forlater ikke låsen | Lav |
             | Medisinbruk blir kjent for leder | Høy | Bare lege hos Sjøhelse ser
               medisinopplysninger | Middels |
             | Opplevd mistenkeliggjøring | Høy | Avtale med tillitsvalgte | Høy |

             Vurdert, ikke gjennomført: bare alkolås uten urinprøver, fordi narkotika ikke
             fanges opp.""",
            ),
            (
                "Ledelsens behandling",
                """Styret i Kystlinjen behandlet DPIA-en 22. oktober og 12. november 2026.
             HMS-direktøren la fram funnene; innspill fra Norsk Sjømannsforbund og
             verneombudet ble lagt fram for styret. Styret vedtok å godkjenne DPIA-en, videreføre
             testingen og be om forhåndsdrøftelse. Protokoll: sak 31/2026.""",
            ),
        ]
    )
    body = (
        txt(
            """
        Hei,

        Vedlagt følger Kystlinjens anmodning om forhåndsdrøftelse (rusmiddeltesting av
        mannskap), samlet i én PDF.
        """
        )
        + "\n"
        + txt(
            i_signature(
                "Bjørnar Kildahl", "HMS-direktør", "75 51 20 34", "bjornar.kildahl@kystlinjen.no"
            )
        )
    )
    msg = message(
        "h009",
        "Bjornar Kildahl <bjornar.kildahl@kystlinjen.no>",
        "Anmodning om forhåndsdrøftelse",
        when(11, 18, 7, 58),
        body,
        attachments=[("Kystlinjen_forhandsdroftelse_rustesting.pdf", to_pdf(pdf))],
    )
    return msg, Label(
        "nb",
        (
            "one_pdf",
            "headings_caps",
            "contact_table_pdf_2col",
            "processor_contact_table",
            "risk_table_pdf",
            "part5_short_paragraph",
            "transport",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; ferry crew drug testing; one PDF with DEL n headings, 2-column contact table",
    )


def h010() -> Case:
    memo = j_memo(
        "Anmodning om forhåndsdrøftelse – prediksjon av oppfølgingsbehov for arbeidssøkere",
        "26/04417",
        "19.11.2026",
        [
            (
                "Bakgrunn",
                """Direktoratet vil ta i bruk en statistisk modell som anslår sannsynligheten for
             at en ny arbeidssøker blir langtidsledig, og bruker anslaget til å foreslå
             oppfølgingsnivå. Behandlingen har høy risiko og er behandlet i direktørmøtet to
             ganger.""",
            ),
            (
                "Beskrivelse av behandlingen",
                """Modellen bruker opplysninger fra arbeidssøkerregisteret, A-ordningen (tidligere
             arbeidsforhold), utdanningsregisteret og tidligere ytelser, om lag 140 000
             personer i året. Veilederen ser forslaget og begrunnelsen og fatter vedtak om
             oppfølging; modellen treffer ingen vedtak alene. Modellen driftes av Skyhall Drift
             AS som databehandler på direktoratets dedikerte plattform i Norge. Data lagres i
             fem år for etterprøving. Ansvar: divisjonsdirektør tjenester.""",
            ),
            (
                "Nødvendighet og forholdsmessighet",
                """Hjemmel: arbeidsmarkedsloven § 14a og forvaltningsloven § 11. Formålet er
             riktigere ressursbruk og tidligere hjelp. Alternativet (skjønn alene) gir
             ulik praksis mellom kontorene. Helseopplysninger og fødeland brukes ikke.
             Brukerne informeres, kan be om begrunnelse og kan klage på oppfølgingsvedtaket.""",
            ),
            (
                "Risikovurdering",
                """- Indirekte diskriminering av innvandrere via utdanning og arbeidshistorikk:
             høy; tiltak rettferdighetsmåling hvert kvartal; restrisiko høy.
             - Automatiseringsskjevhet hos veiledere: høy; opplæring og krav om egen
             begrunnelse; restrisiko middels.
             - Selvoppfyllende profeti (lavere innsats for «lav sannsynlighet»): middels;
             evaluering med kontrollgruppe; middels.
             - Vurdert, ikke gjennomført: å vise forslaget først etter veilederens egen
             vurdering – forsinker saksbehandlingen for mye i 2027.""",
            ),
            (
                "Vedlegg A – Kontaktliste",
                """| Rolle | Navn | Telefon | E-post |
             | Kontaktperson | Sverre Holmboe | 22 99 41 07 | sverre.holmboe@aid.no |
             | Personvernombud | Nina Rustad-Eide | 22 99 40 00 | personvernombud@aid.no |
             | Databehandler, Skyhall Drift AS | Petter Lysne | 23 45 67 80 |
               petter.lysne@skyhall.no |""",
            ),
        ],
    )
    minutes = """
# Referat fra direktørmøtet 10. november 2026

Til stede: direktør, assisterende direktør, divisjonsdirektørene, kommunikasjonsdirektør,
HR-direktør. Referent: Ingeborg Lian.

# Sak 2026/88 Prediksjonsmodell for oppfølgingsbehov – DPIA (2. gangs behandling)

Divisjonsdirektør tjenester presenterte oppdatert DPIA og funnene fra rettferdighetsmålingen.
Innspill fra Brukerrådet, hovedtillitsvalgte og Likestillings- og diskrimineringsombudet
(dialogmøte 1.10.) ble gjennomgått. Direktørmøtet vurderte at restrisikoen for indirekte
diskriminering fortsatt er høy.

Beslutning: DPIA-en godkjennes. Direktoratet ber Datatilsynet om forhåndsdrøftelse før
modellen tas i bruk.
"""
    body = (
        txt(
            """
        Til Datatilsynet

        Vedlagt følger anmodning om forhåndsdrøftelse (notat) og referat fra direktørmøtet
        10. november 2026. Kontaktliste står i vedlegg A til notatet.
        """
        )
        + "\n"
        + txt(
            j_signature(
                "Sverre Holmboe",
                "seniorrådgiver, divisjon tjenester",
                "22 99 41 07",
                "sverre.holmboe@aid.no",
            )
        )
    )
    msg = message(
        "h010",
        "Holmboe Sverre <sverre.holmboe@aid.no>",
        "Anmodning om forhåndsdrøftelse - saksnr. 26/04417",
        when(11, 19, 12, 30),
        body,
        attachments=[
            ("Notat forhåndsdrøftelse 26-04417.docx", to_docx(memo)),
            ("Referat direktørmøtet 2026-11-10.pdf", to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "memo_docx",
            "headings_plain",
            "processor_named_description_contact_annex",
            "risk_bullets",
            "minutes_pdf",
            "state_agency",
        ),
        "none",
        True,
        "used",
        "complete; agency profiling of job seekers; memo with annex contact list, minutes PDF",
    )


def h011() -> Case:
    dpia = a_dpia(
        "Digital heimeoppfølging av KOLS-pasientar",
        [
            (
                "Kontaktperson",
                "Marit Bjørkedal",
                "+47 57 83 95 02",
                "marit.bjorkedal@helse-vestfjord.no",
            ),
            A_DPO,
            (
                "Databehandler – CareLink Norge AS",
                "Stian Reksten",
                "+47 22 70 18 44",
                "stian.reksten@carelink.no",
            ),
        ],
        """Pasienter med alvorlig KOLS (om lag 450) får nettbrett, pulsoksymeter og
        spørreskjema hjemme. Målinger av oksygenmetning, puls og symptomer sendes daglig til
        CareLink Norge AS sin plattform (databehandler, drift i Norge) og vises for
        oppfølgingssykepleiere ved lungeavdelingen. Algoritmen markerer forverring. Kilder er
        pasienten og måleutstyret; mottakere er behandlende avdeling og fastlege (epikrise).
        Klinikksjef medisin er ansvarlig.""",
        """Grunnlag art. 6 nr. 1 e og 9 nr. 2 h, pasientjournalloven. Formålet er færre
        akutte innleggelser. Ordinære kontroller fanger ikke opp forverring mellom
        konsultasjonene. Bare målinger som er nødvendige for KOLS samles inn; deltakelse er
        frivillig og pasienten kan gå tilbake til ordinær oppfølging.""",
        """| Risiko | Nivå | Tiltak | Rest |
        | Varsel om forverring oversees i helger | Høy | Vakttelefon; eskalering etter 4 timer
          | Middels |
        | Pasienter føler seg overvåket i eget hjem | Middels | Pasienten bestemmer
          måletidspunkt | Middels |
        | Uautorisert tilgang hos leverandør | Middels | Tilgangsstyring, logg, revisjon | Lav |
        | Eldre pasienter forstår ikke hvilke data som deles | Høy | Opplæring ved
          oppstart, pårørende involveres | Høy |""",
        "Høy restrisiko knyttet til forståelse og til oppfølging i helger.",
        [
            ("0.9", "15.10.2026", "Utkast til ombudet", "M. Bjørkedal", ""),
            (
                "1.0",
                "12.11.2026",
                "Klar for styrebehandling",
                "M. Bjørkedal",
                "Ikke godkjent – til styremøte 17.12.2026",
            ),
        ],
    )
    body = (
        txt(
            """
        Hei,

        Vi ber om forhåndsdrøftelse for digital hjemmeoppfølging av KOLS-pasienter.
        Vedlagt DPIA versjon 1.0 med kontaktopplysninger, beskrivelse, nødvendighet og
        risikovurdering.

        Styret i Helse Vestfjord skal behandle DPIA-en i møte 17. desember. Protokoll fra
        styrebehandlingen ettersendes så snart den foreligger. Vi sender anmodningen nå for
        å rekke oppstart i mars.
        """
        )
        + "\n"
        + txt(a_signature("Marit Bjørkedal", "Spesialrådgiver, Lungeavdelinga", "+47 57 83 95 02"))
    )
    msg = message(
        "h011",
        "Marit Bjorkedal <marit.bjorkedal@helse-vestfjord.no>",
        "Forhåndsdrøftelse: digital hjemmeoppfølging KOLS",
        when(11, 20, 10, 14),
        body,
        attachments=[("DPIA_KOLS_heimeoppfolging_v1.0.docx", to_docx(dpia))],
    )
    return msg, Label(
        "nb",
        (
            "dpia_report_docx",
            "contact_table_rows_role",
            "processor_in_table",
            "headings_num",
            "risk_table_docx",
            "part5_will_follow",
            "revision_table_not_approved",
        ),
        "pgp_mime",
        True,
        "used",
        "health trust COPD home monitoring; parts 1-4 in DPIA; board treatment 17 Dec, "
        "minutes «ettersendes»",
        (5,),
    )


def h012() -> Case:
    contacts = c_contact_sheet(
        [
            [
                "Behandlingsansvarlig",
                "Hallingvik kommune, org.nr. 964 118 220",
                "Kontaktperson: Knut Olav Sletten, avdelingsleder renovasjon",
                "tlf. 32 14 82 70",
                "e-post: knut.olav.sletten@hallingvik.kommune.no",
            ],
            [
                "Personvernombud",
                "Hallingdal interkommunale personvernombud",
                "Per Arne Rude",
                "tlf. 32 08 77 10",
                "e-post: personvernombud@hallingdal-ikt.no",
            ],
            [
                "Databehandler",
                "Skiltvakt Norge AS",
                "Org.nr. 929 044 615",
                "Industrivegen 7",
                "2850 Lena",
                "Elin Kolstad, prosjektleder",
                "tlf. 61 16 40 88",
                "elin.kolstad@skiltvakt.no",
            ],
        ]
    )
    v2 = """
# Vedlegg 2 – Beskrivelse av behandlingen

Kommunen vil montere kameraer med automatisk skiltgjenkjenning (ANPR) ved innkjøringen til
Hallingvik og Nesbyen gjenvinningsstasjoner. Registreringsnummer leses, slås opp mot
kommunens abonnementsregister og Motorvognregisteret for å skille private abonnenter (gratis)
fra næringskjøretøy (avgift), og for å avvise kjøretøy med ubetalt gebyr. Om lag 90 000
passeringer i året. Skiltvakt Norge AS drifter løsningen som databehandler. Lagring av
passeringer 90 dager. Mottakere: renovasjonsavdelingen og kommunekassen. Avdelingsleder
renovasjon er ansvarlig.
"""
    v3 = """
# Vedlegg 3 – Nødvendighet og forholdsmessighet

Hjemmel: forurensningsloven § 34 og kommunens renovasjonsforskrift; art. 6 nr. 1 e.
Manuell kontroll med betjent er vurdert, men stasjonene er ubemannet halve åpningstiden.
Bilder av fører sladdes automatisk; bare skilt og tidspunkt lagres. Innbyggerne informeres
med skilt og på nettsiden, og kan klage på avgift eller avvisning.
"""
    v5 = c_minutes(
        "Sak 52/26 ANPR ved gjenvinningsstasjonene",
        "10. november 2026",
        "kommunedirektør, kommunalsjef teknisk, økonomisjef, IT-sjef",
        """Avdelingsleder renovasjon presenterte DPIA-en med funn, inkludert risikovurderingen
        (vedlegg 4), og innspill fra næringsforeningen og personvernombudet. Første behandling
        var 13. oktober.

        Vedtak: Ledergruppen godkjenner DPIA-en og ber om forhåndsdrøftelse.""",
    )
    files = [
        "Vedlegg 1 – Kontaktopplysninger",
        "Vedlegg 2 – Beskrivelse av behandlingen",
        "Vedlegg 3 – Nødvendighet og forholdsmessighet",
        "Vedlegg 4 – Risikovurdering",
        "Vedlegg 5 – Møtebok ledergruppen 10.11.2026",
    ]
    body = txt(
        c_cover(
            "skiltgjenkjenning (ANPR) ved gjenvinningsstasjonene",
            files,
            "Knut Olav Sletten",
            "Avdelingsleder renovasjon",
        )
    )
    msg = message(
        "h012",
        "Knut Olav Sletten <knut.olav.sletten@hallingvik.kommune.no>",
        "Forhåndsdrøftelse – ANPR gjenvinningsstasjoner",
        when(11, 20, 15, 3),
        body,
        attachments=[
            ("Vedlegg 1 - Kontaktopplysninger.pdf", to_pdf(contacts)),
            ("Vedlegg 2 - Beskrivelse.pdf", to_pdf(v2)),
            ("Vedlegg 3 - Nodvendighet.pdf", to_pdf(v3)),
            ("Vedlegg 5 - Motebok.pdf", to_pdf(v5)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "file_per_part",
            "headings_vedlegg",
            "processor_block_orgnr_address",
            "contact_label_value",
            "attachment_referenced_missing",
            "part4_mentioned_in_passing",
            "minutes_pdf",
        ),
        "none",
        True,
        "used",
        "municipality ANPR at recycling stations; Vedlegg 4 (risk) listed but not attached; "
        "minutes only mention it",
        (4,),
    )


def h013() -> Case:
    body = txt(
        """
        Hei Datatilsynet

        Eg vil klage på at Vestdal kommune har sett opp kamera ved inngangen til
        symjehallen. Det står ikkje noko skilt om kven som ser på opptaka eller kor lenge dei
        blir lagra, og borna våre går forbi kameraet i badetøy på veg til garderoben.

        Eg har spurt kommunen på e-post 2. november utan å få svar. Kan de sjå på dette?
        Eg ber ikkje om noka forhåndsdrøfting, men har lese at kommunen må gjere ei
        personvernvurdering før slikt blir sett i gang.

        Helsing
        Ragnhild Tveit
        Vestdal
        tlf. 476 55 120
        """
    )
    msg = message(
        "h013",
        "Ragnhild Tveit <ragnhild.tveit@epostmail.no>",
        "Klage på kamera ved symjehallen",
        when(11, 21, 19, 40),
        body,
    )
    return msg, Label(
        "nn",
        ("nonrequest_complaint", "all_in_body", "very_short", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "citizen complaint about municipal pool camera; mentions prior consultation in passing",
    )


def h014() -> Case:
    body = (
        txt(
            """
        Hi,

        We'd like to request a prior consultation (Art. 36 GDPR) for "Lumora Sleep", a
        feature in our app that screens for obstructive sleep apnoea using the phone's
        microphone overnight.

        1) What we're building
        Users place the phone by the bed; the app records breathing sounds locally, detects
        snoring and breathing pauses, and uploads 10-second snippets around events plus an
        event log. Our analytics processor, Tallyworks Analytics Oy (Helsinki), runs the
        event model and sends back a nightly apnoea index. Around 15 000 expected users,
        adults only. Data: audio snippets (may contain partner's voice or conversations),
        event timestamps, age, BMI, self-reported conditions. Stored 12 months. No sharing
        beyond Tallyworks. Security owner: our CTO.

        2) Why this is necessary and proportionate
        Explicit consent (9(2)(a)). Home sleep studies have 6-9 month waiting lists;
        questionnaires alone have poor accuracy. Snippets instead of full-night audio;
        speech detection removes snippets with talking. Users can listen to and delete every
        snippet and export the index for their GP.

        3) Risks and what we do about them
        - Partner/family voices captured: speech filter; residual risk high (filter misses
          whispers).
        - Misleading result delays real diagnosis: clear wording, "see a doctor" threshold;
          medium.
        - Processor in another EU country: DPA signed, encryption in transit and at rest; low.
        - Not done: fully on-device model (battery drain too high).

        4) Management validation
        The board reviewed the DPIA findings on 2 October and 13 November 2026 with input from
        our user panel (25 beta testers) and our DPO, approved the DPIA and asked us to file
        this request.

        Contacts
        - Contact person: me, see signature
        - DPO: Karin Holt, Privasi Advisory AS, +47 400 12 377, karin.holt@privasi.no
        - Tallyworks: please go through our account manager there; we can forward any
          questions.
        """
        )
        + "\n"
        + txt(
            b_signature(
                "Sara Nwosu-Dahl", "Head of Product", "+47 936 02 118", "sara@lumoralabs.no"
            )
        )
    )
    msg = message(
        "h014",
        "Sara Nwosu-Dahl <sara@lumoralabs.no>",
        "Prior consultation request: Lumora Sleep (apnoea screening)",
        when(11, 23, 9, 17),
        body,
    )
    return msg, Label(
        "en",
        (
            "all_in_body",
            "startup_informal",
            "headings_num_paren",
            "contact_signature",
            "processor_foreign",
            "p1_proc_no_contact",
            "risk_bullets",
            "part5_short_paragraph",
        ),
        "none",
        True,
        "used",
        "start-up sleep apnoea; processor Tallyworks named but no contact («go through our "
        "account manager»)",
        (1,),
    )


def h015() -> Case:
    contacts = """
| Rolle | Navn | Telefon | E-post |
| Prosjektleder | Førsteamanuensis Linnea Vassbotn | 77625108 | linnea.vassbotn@uin.no |
| Personvernombud | Tormod Kvalsvik | 77623190 | personvernombud@uin.no |

Det benyttes ingen databehandler; data behandles på universitetets plattform SAFE-N.
"""
    dpia = e_dpia_nb(
        "MOR-BARN-RUS: rusmiddelbruk i svangerskapet og barns utvikling",
        contacts,
        [
            (
                "Hva er prosjektet?",
                """Registerstudie som kobler svangerskapsjournal (Medisinsk fødselsregister),
             Reseptregisteret, Kommunalt pasient- og brukerregister og barnevernsdata fra SSB
             for alle fødsler i Nord-Norge 2010-2024 (om lag 75 000 mor-barn-par). Formålet er
             å undersøke sammenhengen mellom rusmiddelbruk i svangerskapet og barnets
             utvikling og hjelpetiltak til 14 år. Data utleveres pseudonymisert til SAFE-N.
             Mottakere: forskergruppen (6 personer). Ansvar: instituttleder.""",
            ),
            (
                "Hvorfor trenger vi disse opplysningene?",
                """Grunnlag: art. 6 nr. 1 e og 9 nr. 2 j, helseforskningsloven § 35 (REK-godkjent
             med fritak fra samtykke, ref. 2026/22019). Samtykke fra 75 000 mødre er ikke
             gjennomførbart og ville gitt skjevt utvalg. Bare variabler som inngår i
             analysene utleveres; ingen fritekst. Informasjon gis på prosjektets nettside;
             mødre kan reservere seg.""",
            ),
            (
                "Hva kan gå galt, og hva gjør vi med det?",
                """Høy: stigmatisering av grupper (samiske områder, små kommuner) ved
             publisering; tiltak: ingen resultater under kommunenivå og ingen etnisitet.
             Høy: reidentifisering av mødre med barnevernssaker i små kommuner; tiltak:
             aggregerte fødselsår, minst 10 per celle. Middels: uautorisert tilgang; tiltak:
             SAFE-N med tofaktor og logg. Vurdert, ikke gjennomført: syntetiske data,
             fordi de ikke bevarer sjeldne utfall.""",
            ),
            (
                "Hvem har godkjent vurderingen?",
                """Godkjenning fra instituttleder og fakultetets ledelse er ikke gjennomført
             ennå. Saken skal opp i instituttrådet i januar 2027.""",
            ),
        ],
    )
    body = txt(
        """
        Hei,

        Vi ber om forhåndsdrøftelse for registerstudien MOR-BARN-RUS. Vurderingen av
        personvernkonsekvenser ligger ved. Vi sender nå fordi utleveringen fra registrene
        har lang behandlingstid.

        Hilsen
        Linnea Vassbotn
        førsteamanuensis, Institutt for samfunnsmedisin, UiN
        """
    )
    msg = message(
        "h015",
        "Linnea Vassbotn <linnea.vassbotn@uin.no>",
        "Anmodning om forhåndsdrøftelse – MOR-BARN-RUS",
        when(11, 23, 13, 51),
        body,
        attachments=[("DPIA MOR-BARN-RUS.docx", to_docx(dpia))],
    )
    return msg, Label(
        "nb",
        (
            "dpia_report_docx",
            "contact_page_in_dpia",
            "phone_8_digits",
            "headings_question",
            "processor_none_stated",
            "risk_prose",
            "part5_not_done",
            "research",
        ),
        "none",
        True,
        "none",
        "university register linkage; DPIA says management approval «ikke gjennomført ennå»",
        (5,),
    )


def h016() -> Case:
    body = (
        txt(
            """
        Til Datatilsynet

        ANMODNING OM FORHÅNDSDRØFTELSE – TRETTHETSVARSLING PÅ BROEN

        DEL 1 – KONTAKTPERSONER
        Kontaktperson: Frode Helstad, nautisk inspektør, tlf. 75 51 20 61,
        frode.helstad@kystlinjen.no
        Personvernombud: Linn Marie Steiro, tlf. 75 51 20 09, personvern@kystlinjen.no
        Databehandler: vi benytter ingen databehandler. Systemet kjøres lokalt om bord, og
        data lagres på rederiets egne servere i Bodø.

        DEL 2 – BESKRIVELSE AV BEHANDLINGEN
        På 8 ferjer over 2 timer monteres et infrarødt kamera mot navigatørens ansikt. Et
        program måler øyelokkbevegelser og hodeposisjon og varsler med lyd ved tegn på
        søvnighet. Ved to varsler på ett skift varsles også kaptein. Lagret: tidspunkt og
        type varsel, skift-ID, fartøy – ingen bilder lagres. Berørte: om lag 90 navigatører.
        Loggen brukes i hviletidsplanlegging og lagres 6 måneder. HMS-direktør er ansvarlig.

        DEL 3 – NØDVENDIGHET OG FORHOLDSMESSIGHET
        Grunnlag: skipssikkerhetsloven og arbeidsmiljøloven § 4-1. To nesten-ulykker i
        2025 skyldtes søvnighet. Vaktalarm (BNWAS) er vurdert og fanger ikke opp
        mikrosøvn. Ingen bilder lagres; loggen brukes ikke til disiplinærsaker (avtalt med
        tillitsvalgte). Navigatørene har innsyn i egen logg.

        DEL 4 – RISIKO
        - Opplevd kontinuerlig overvåking på arbeidsplassen: høy, tiltak ingen lagring av
          bilde, avtale om bruk; rest høy.
        - Loggen brukes likevel mot den ansatte: middels, tiltak tilgang kun HMS; rest
          middels.
        - Helseopplysninger (søvnsykdom) kan utledes: middels; tiltak aggregert rapport;
          rest middels.
        - Vurdert, ikke gjennomført: bare lydalarm uten varsling til kaptein – ga ikke
          effekt i pilot.

        DEL 5 – LEDELSENS BEHANDLING
        Ledergruppen behandlet DPIA-en 29. oktober og 19. november 2026. Funnene ble
        presentert av nautisk inspektør sammen med uttalelse fra Norsk Sjøoffisersforbund
        og verneombudet. Ledergruppen godkjente DPIA-en og besluttet å be om
        forhåndsdrøftelse.
        """
        )
        + "\n"
        + txt(
            i_signature(
                "Frode Helstad", "nautisk inspektør", "75 51 20 61", "frode.helstad@kystlinjen.no"
            )
        )
    )
    msg = message(
        "h016",
        "Frode Helstad <frode.helstad@kystlinjen.no>",
        "Forhåndsdrøftelse tretthetsvarsling",
        when(11, 24, 8, 6),
        body,
    )
    return msg, Label(
        "nb",
        (
            "all_in_body",
            "headings_caps",
            "contact_label_value",
            "processor_none_stated",
            "risk_bullets",
            "part5_short_paragraph",
            "transport",
        ),
        "inline",
        True,
        "none",
        "complete; ferry fatigue camera; everything in plain body with DEL n headings",
    )


def h017() -> Case:
    letter = d_letter(
        "Midtnorsk Budtjeneste AS",
        "2026/0455-TSL",
        "24. november 2026",
        [
            (
                "Innledning",
                """Vi bistår Midtnorsk Budtjeneste AS, som ber om forhåndsdrøftelse for et system
             for løpende sporing og resultatvurdering av budsjåfører. En systembeskrivelse
             følger som vedlegg 1.""",
            ),
            (
                "Kontaktopplysninger",
                """Selskapets kontaktperson er HR-sjef Turid Engen (0047 930 17 455,
             turid.engen@midtnorskbud.no). Personvernombud er Jan Erik Sæther (0047 73 10 22
             80, personvernombud@midtnorskbud.no). Selskapet bruker ingen databehandler;
             systemet er utviklet og driftes internt.""",
            ),
            (
                "Nødvendighet og forholdsmessighet",
                """Grunnlaget er art. 6 nr. 1 f. Formålet er å fordele ruter rettferdig og
             dokumentere leveringstid overfor kunder. Manuelle kjørelister er vurdert, men gir
             ikke grunnlag for å etterprøve reklamasjoner. Posisjon registreres bare i
             arbeidstid, og sjåførene kan se egne data. Resultatvurderingen brukes ikke
             alene som grunnlag for oppsigelse.""",
            ),
            (
                "Risikovurdering",
                """Klienten har identifisert høy risiko for at sporingen oppleves som
             kontinuerlig overvåking og for at resultatvurderingen brukes som skjult
             disiplinærmiddel. Tiltak: avtale med tillitsvalgte, tilgang kun for driftsleder,
             sletting etter 60 dager. Restrisikoen for press og overvåkingsfølelse er høy.
             Vurdert, ikke gjennomført: å fjerne rangering mellom sjåfører.""",
            ),
            (
                "Ledelsens behandling",
                """Styret behandlet DPIA-en 9. oktober og 13. november 2026 etter presentasjon av
             funnene og uttalelse fra tillitsvalgte, og besluttet å godkjenne den og be om
             forhåndsdrøftelse.""",
            ),
        ],
        "Thomas Sandvik Lie",
    )
    annual = """
# Midtnorsk Budtjeneste AS – Årsrapport 2025

# Nøkkeltall

| | 2025 | 2024 |
| Driftsinntekter (MNOK) | 214,6 | 198,2 |
| Driftsresultat (MNOK) | 11,9 | 8,4 |
| Antall biler | 162 | 150 |
| Årsverk | 231 | 219 |

# Styrets beretning

Selskapet hadde vekst i pakkevolum fra netthandel på 9 %. Sykefraværet var 6,1 %. Det har
ikke vært alvorlige skader. Styret foreslår et utbytte på 3 MNOK. Selskapet har åpnet ny
terminal på Tiller og fornyet avtalen med to større kjeder.
"""
    body = txt(
        """
        Vedlagt anmodning om forhåndsdrøftelse for vår klient Midtnorsk Budtjeneste AS, med
        vedlegg 1 (systembeskrivelse).

        Med vennlig hilsen
        Thomas Sandvik Lie
        advokatfullmektig, Advokatfirmaet Strandlie & Moe AS
        0047 73 80 61 30 | tsl@strandliemoe.no
        """
    )
    msg = message(
        "h017",
        "Thomas Sandvik Lie <tsl@strandliemoe.no>",
        "Forhåndsdrøftelse – Midtnorsk Budtjeneste AS (vår ref. 2026/0455-TSL)",
        when(11, 24, 14, 22),
        body,
        attachments=[
            ("Anmodning forhandsdroftelse Midtnorsk Bud.docx", to_docx(letter)),
            ("Vedlegg 1 - Systembeskrivelse.pdf", to_pdf(annual)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "lawyer_on_behalf",
            "cover_docx",
            "contact_prose",
            "phone_0047",
            "processor_none_stated",
            "wrong_file_description",
            "risk_prose",
            "part5_short_paragraph",
        ),
        "pgp_mime",
        True,
        "none",
        "law firm for courier company; the 'Systembeskrivelse' PDF is the annual report: "
        "part 2 missing",
        (2,),
    )


def h018() -> Case:
    rows = [
        ("Kontaktperson", "Ola Fredrik Hauan", "922 10 648", "ola.fredrik.hauan@trygdevern.no"),
        ("Personvernombud", "Rune Østvold", "917 60 302", "personvernombud@trygdevern.no"),
        (
            "Databehandler (Pulsedata AB)",
            "Emma Lindgren",
            "+46 8 555 219 40",
            "emma.lindgren@pulsedata.se",
        ),
    ]
    intro = (
        "Trygdevern ber om forhåndsdrøftelse for bruk av aktivitetsdata fra treningsklokker "
        "i behandlingsforsikring (rabattordning). Kontakter:"
    )
    outro = (
        "Vedlagt DPIA og risikomatrise. Konsernledelsen godkjente DPIA-en 16. november 2026 "
        "etter å ha fått presentert funnene og kundepanelets innspill (andre gangs behandling, "
        "første gang 19. oktober), og besluttet å be om forhåndsdrøftelse."
    )
    dpia = f_dpia(
        "Aktiv Helse – rabatt basert på aktivitetsdata",
        """Kunder med behandlingsforsikring kan koble treningsklokke (via Pulsedata AB,
        databehandler i Stockholm) og få inntil 20 % rabatt ved et gjennomsnitt over 7 000
        skritt per dag. Trygdevern mottar månedlig gjennomsnitt av skritt, hvilepuls og
        søvnvarighet. Om lag 30 000 kunder er aktuelle. Data lagres 13 måneder. Mottakere:
        produktavdelingen; skadeavdelingen har ikke tilgang.""",
        """Samtykke (art. 9 nr. 2 a) og avtale. Frivillig tillegg; kunder uten klokke
        beholder ordinær pris. Bare månedsgjennomsnitt overføres, ikke rådata eller posisjon.
        Kunden kan trekke samtykket i appen.""",
        "Se vedlagt risikomatrise.",
        "Restrisikoen er høy for indirekte diskriminering av kunder med kronisk sykdom.",
    )
    tariff = to_xlsx(
        {
            "Premietabell 2027": [
                ["Alder", "Sone 1", "Sone 2", "Sone 3", "Egenandel"],
                ["18-29", "2 890", "2 640", "2 410", "2 000"],
                ["30-44", "3 720", "3 390", "3 110", "2 000"],
                ["45-59", "5 980", "5 460", "5 020", "2 000"],
                ["60-74", "9 410", "8 600", "7 880", "3 000"],
            ]
        }
    )
    msg = message(
        "h018",
        "Ola Fredrik Hauan <ola.fredrik.hauan@trygdevern.no>",
        "Anmodning om forhåndsdrøftelse – Aktiv Helse",
        when(11, 25, 9, 44),
        f_contact_plain(intro, rows, outro),
        f_contact_html(intro, rows, outro),
        attachments=[
            ("DPIA Aktiv Helse.docx", to_docx(dpia)),
            ("Risikomatrise Aktiv Helse.xlsx", tariff),
        ],
    )
    return msg, Label(
        "nb",
        (
            "multipart_alternative",
            "html_table_body",
            "dpia_report_docx",
            "headings_del",
            "wrong_file_risk",
            "processor_foreign",
            "part5_short_paragraph",
        ),
        "none",
        True,
        "used",
        "insurer wearable discount; the 'Risikomatrise' XLSX is the 2027 premium table: part 4 "
        "missing",
        (4,),
    )


def h019() -> Case:
    dpia = """
# DPIA – In-cab camera analytics for delivery vans (Norway)

Velora Mobility Nordic NUF

# 1 Contacts

| Function | Name | Phone | E-mail |
| Contact person | Ane Rossavik, Fleet Safety Manager | +47 22 81 40 33 |
  ane.rossavik@velora-mobility.eu |
| Group DPO | Dr. Leonie Brandauer | +49 30 5557 8812 | dpo@velora-mobility.eu |
| Processor – RoadSense Analytics B.V. | Daan Verhoef | +31 20 555 7741 |
  d.verhoef@roadsense.nl |

# 2 Processing operations

Velora's last-mile delivery arm operates 140 vans in Oslo with about 260 drivers. A dual
camera (road and cab) records continuously; the processor RoadSense's model flags phone use,
smoking, seat belt and drowsiness and uploads 12-second clips of flagged events. Fleet
safety staff review clips and coach drivers. Clips kept 30 days, event statistics 12 months.

# 3 Necessity and proportionality

Art. 6(1)(f); Working Environment Act ch. 9 assessed with the union. Alternatives (road-facing
camera only) do not detect phone use, the cause of 4 of 7 accidents in 2025. The cab camera
blurs faces except in flagged clips; no audio; drivers see their own clips.

# 4 Risk assessment

| Risk | Before | Measure | After |
| Continuous monitoring at the workplace | High | Only flagged clips leave the van; no live
  view | High |
| Clips used for dismissal without context | High | Coaching only; union agreement | Medium |
| Transfer outside EU by processor's sub-processor | Medium | EU hosting clause | Low |
""" + g_doc_control(
        [
            ("0.5", "2026-10-02", "A. Rossavik – draft", ""),
            (
                "0.9",
                "2026-11-20",
                "Works council and DPO comments",
                "Pending – Group Privacy Council 12 January 2027",
            ),
        ]
    )
    body = (
        txt(
            """
        Dear Datatilsynet,

        Please find attached our DPIA for in-cab camera analytics in our Oslo delivery vans,
        and consider this our request for prior consultation under Article 36.

        Management sign-off will follow after the Group Privacy Council meets on 12 January
        2027; we are sending the rest now so that you can start looking at it.
        """
        )
        + "\n"
        + txt(
            g_signature(
                "Ane Rossavik",
                "Fleet Safety Manager",
                "+47 22 81 40 33",
                "ane.rossavik@velora-mobility.eu",
            )
        )
    )
    msg = message(
        "h019",
        "Ane Rossavik <ane.rossavik@velora-mobility.eu>",
        "Art. 36 prior consultation - in-cab cameras",
        when(11, 25, 16, 10),
        body,
        attachments=[("DPIA_in-cab_cameras_v0.9.docx", to_docx(dpia))],
    )
    return msg, Label(
        "en",
        (
            "dpia_report_docx",
            "contact_table_docx_rows",
            "intl_phone",
            "processor_foreign",
            "processor_contact_table",
            "risk_table_docx",
            "part5_will_follow",
            "revision_table_pending",
        ),
        "pgp_mime",
        True,
        "used",
        "foreign subsidiary in-cab cameras; sign-off «will follow» after 12 January; doc control "
        "says pending",
        (5,),
    )


def h020() -> Case:
    dpia = """
# Vurdering av personvernkonsekvensar – læringsanalyse som varslar fråfall

Fjordbotn friskule SA, vidaregåande avdeling

# Kven er ansvarlege, og korleis får de tak i oss?

Kontaktperson er avdelingsleiar Lars Erik Mjelde, mob. 918 40 227,
lars.erik.mjelde@fjordbotn.skule.no. Personvernombodet er Geir Lunde i Sogn friskulelag,
tlf. 57 67 20 44, personvernombod@sognfriskulelag.no. Databehandlar er Læringsløp AS
(org.nr. 931 220 604), kontaktperson Hilde Fosse, mob. 466 19 073, hilde@laeringslop.no.

# Kva skal vi gjere?

Læringsplattforma til Læringsløp AS skal rekne ut ein «fråfallsrisiko» for kvar av dei 160
elevane i vidaregåande ut frå fråvær, innleveringar, karakterar og innlogging. Kontaktlærar
ser ein farge (grøn/gul/raud) og skal ta ein samtale med elevar som blir raude. Data blir
lagra hos Læringsløp AS i Noreg i skuleåret. Avdelingsleiar har ansvaret.

# Kvifor er det naudsynt, og er det rett mål?

Opplæringslova § 13-1 og skulen sitt ansvar for å følgje opp elevar. Fråfallet var 14 % i
2025. Vanleg oppfølging fangar opp for seint. Berre opplysningar skulen alt har, blir brukte.
Elevane får vite fargen sin og kan be om at han blir retta.

# Kva kan gå gale for elevane?

Risikovurderinga (ROS) er ikkje gjennomført enno. Vi ventar på dokumentasjon frå
leverandøren om korleis modellen er laga, og fyller ut denne delen når vi har den.

# Korleis har styret handsama saka?

Styret handsama vurderinga 24.9. og 12.11.2026. Avdelingsleiar la fram skildringa og
vurderinga av naudsyn; elevrådet og tillitsvalde hadde uttala seg. Styret godkjende
vurderinga slik ho ligg føre og bad om at skulen ber om forhåndsdrøfting.
"""
    body = (
        txt(
            """
        Hei

        Vedlagt er førespurnad om forhåndsdrøfting for læringsanalyse ved Fjordbotn friskule
        (vidaregåande). Sjå vedlagt vurdering.
        """
        )
        + "\n"
        + txt(
            h_signature(
                "Lars Erik Mjelde",
                "avdelingsleiar vgs",
                "918 40 227",
                "lars.erik.mjelde@fjordbotn.skule.no",
            )
        )
    )
    msg = message(
        "h020",
        "Lars Erik Mjelde <lars.erik.mjelde@fjordbotn.skule.no>",
        "Forhåndsdrøfting – læringsanalyse",
        when(11, 26, 11, 5),
        body,
        attachments=[("Vurdering personvern laeringsanalyse.docx", to_docx(dpia))],
    )
    return msg, Label(
        "nn",
        (
            "dpia_report_docx",
            "contact_prose",
            "headings_question",
            "headings_nynorsk",
            "processor_contact_body",
            "part4_not_done",
            "part5_in_dpia",
            "school",
        ),
        "none",
        True,
        "used",
        "nynorsk school dropout analytics; risk assessment «ikkje gjennomført enno»",
        (4,),
    )
