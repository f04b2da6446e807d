# ruff: noqa: E501
# mypy: ignore-errors
"""Cases e001-e016: complete requests (registered), each written individually."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from kit import docx, message, odt, pdf, scan_jpeg, scan_pdf, vcf, xlsx, zipf

CET = timezone(timedelta(hours=1))


def d(mo: int, day: int, h: int, mi: int) -> datetime:
    return datetime(2026, mo, day, h, mi, tzinfo=CET)


def label(id, lang, shapes, enc, proc, parts, outcome, note, is_request=True):
    return dict(
        id=id,
        half="holdout",
        language=lang,
        shapes=shapes,
        encrypt=enc,
        is_request=is_request,
        processor=proc,
        parts={i + 1: ("present" if c == "P" else "missing") for i, c in enumerate(parts)},
        outcome=outcome,
        note=note,
    )


def e001():
    dpia = docx(
        [
            ("h", "Personvernkonsekvensvurdering – Risikoindikatorer i barneverntjenesten"),
            "Versjon 1.3, 18.11.2026. Utarbeidet av Vestfjord kommune, Oppvekst og IKT, i samarbeid med Nordkyst IKS personvernombud.",
            ("h", "Kap. 1 Bakgrunn og sammendrag"),
            "Barneverntjenesten vil ta i bruk en modul i fagsystemet som lager en intern prioriteringsliste over bekymringsmeldinger. Modulen vekter tidligere meldinger, skolefravær og opplysninger fra NAV-samarbeidet. Kommunen har ikke klart å redusere risikoen for feilprioritering og stigmatisering til et akseptabelt nivå, og ber derfor om forhåndsdrøftelse.",
            ("h", "Kap. 3 Behandlingen i sin sammenheng"),
            "Formål: raskere oppfølging av de alvorligste meldingene innen lovpålagt frist på en uke. Omfang: ca. 1 900 meldinger per år, om lag 1 400 barn og deres foreldre. Kilder: bekymringsmeldinger, fagsystemets saksregister, skolens fraværsregister (via oppvekstsektoren). Mottakere: kun saksbehandlere og avdelingsledere i barneverntjenesten. Systemet driftes av leverandøren Fagsky AS som databehandler i norsk datasenter. Ansvarsforhold: kommunedirektøren er behandlingsansvarlig; barnevernleder er systemeier.",
            "Dataflyt: melding registreres -> modulen beregner poeng nattlig -> liste vises i saksbehandlers arbeidsflate. Poengsum lagres i 6 måneder og slettes deretter. Logg over oppslag lagres i 5 år.",
            ("h", "Kap. 5 Er dette nødvendig, og står det i forhold til formålet?"),
            "Behandlingsgrunnlag: barnevernsloven § 2-1 og §§ 2-3 og 13-1, jf. GDPR art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h. Alternativet – manuell triage – er prøvd og har gitt fristoverskridelser i 31 % av sakene i 2025. Modulen bruker bare opplysninger som allerede finnes i tjenesten (dataminimering), skolefravær hentes bare for barn som allerede har en åpen sak. Poengsummen er ikke et vedtak og kan ikke brukes som begrunnelse i vedtak. Foreldre informeres i meldingsbrevet, og innsyn i poengsummen gis etter forvaltningsloven § 18.",
            ("h", "Kap. 6 Trusselbilde og risikovurdering"),
            (
                "t",
                [
                    [
                        "ID",
                        "Hendelse",
                        "Sannsynlighet",
                        "Konsekvens",
                        "Risiko før",
                        "Tiltak",
                        "Restrisiko",
                    ],
                    [
                        "R1",
                        "Barn nedprioriteres feilaktig",
                        "Middels",
                        "Svært høy",
                        "Høy",
                        "Manuell kontroll av alle meldinger under terskel hver fredag",
                        "Høy",
                    ],
                    [
                        "R2",
                        "Skjevhet mot familier med innvandrerbakgrunn",
                        "Middels",
                        "Høy",
                        "Høy",
                        "Ingen bruk av landbakgrunn; kvartalsvis skjevhetsanalyse",
                        "Middels",
                    ],
                    [
                        "R3",
                        "Uautorisert oppslag",
                        "Lav",
                        "Høy",
                        "Middels",
                        "Tilgangsstyring, logganalyse",
                        "Lav",
                    ],
                    [
                        "R4",
                        "Foreldre forstår ikke poengsummen",
                        "Høy",
                        "Middels",
                        "Høy",
                        "Forklaringsskriv – vurdert, ikke gjennomført pga. fare for misforståelse",
                        "Høy",
                    ],
                ],
            ),
            "Tiltak vurdert, men ikke gjennomført: full åpenhet om vektingen overfor foreldre (R4) – barnevernfaglig vurdering er at det kan påvirke meldingsadferd. Restrisiko for R1 og R4 vurderes som høy.",
            ("h", "Kap. 8 Forankring"),
            "DPIA-en ble lagt fram for kommunedirektørens ledergruppe 4. november og 25. november 2026. Se eget vedlegg med møtereferat.",
        ]
    )
    minutes = pdf(
        [
            ("h", "Referat – kommunedirektørens ledergruppe 25.11.2026"),
            "Til stede: kommunedirektør Arnhild Sæterøy, kommunalsjef oppvekst Per-Inge Larsen, IKT-sjef Tove Hamre, barnevernleder Kari Aune. Personvernombud Jørn Tvedt deltok under sak 71/26.",
            ("h", "Sak 71/26 Risikoindikatorer i barnevernet – DPIA, andre gangs behandling"),
            "Barnevernleder presenterte funnene: høy restrisiko for feilprioritering (R1) og for manglende forståelse hos foreldre (R4). Innspill fra brukerrådet for barnevernet og fra tillitsvalgte er tatt inn i kapittel 7 i DPIA-en. Personvernombudet anbefalte forhåndsdrøftelse.",
            "Vedtak: Ledergruppen godkjenner DPIA versjon 1.3, aksepterer ikke restrisikoen uten videre og ber om forhåndsdrøftelse med Datatilsynet. Modulen tas ikke i bruk før Datatilsynet har gitt svar.",
        ]
    )
    dba = pdf(
        [
            ("h", "Databehandleravtale mellom Vestfjord kommune og Fagsky AS"),
            "1. Partene. Behandlingsansvarlig: Vestfjord kommune, org.nr. 964 112 873. Databehandler: Fagsky AS, org.nr. 921 556 410, Havnegata 4, 8006 Bodø.",
            "2. Kontaktpersoner",
            (
                "t",
                [
                    ["Part", "Navn", "Telefon", "E-post"],
                    [
                        "Behandlingsansvarlig",
                        "Tove Hamre",
                        "75 50 12 40",
                        "tove.hamre@vestfjord.kommune.no",
                    ],
                    [
                        "Databehandler",
                        "Sindre Olaussen, personvernansvarlig",
                        "+47 909 41 233",
                        "sindre.olaussen@fagsky.no",
                    ],
                ],
            ),
            "3. Formål og instruks. Databehandler skal kun behandle personopplysninger for å drifte fagsystemet og risikomodulen etter skriftlig instruks ...",
            "4. Underleverandører. Ingen uten skriftlig forhåndsgodkjenning.",
        ]
    )
    body = """Hei,

Vedlagt følger anmodning om forhåndsdrøftelse fra Vestfjord kommune, jf. personvernforordningen artikkel 36, for en ny prioriteringsmodul i barneverntjenestens fagsystem.

Vedlegg:
- DPIA_risikoindikatorer_v1.3.docx (beskrivelse, nødvendighet og risiko)
- Referat ledergruppen 25.11.2026.pdf
- Databehandleravtale Fagsky.pdf (her står også kontaktpersonen hos leverandøren)

Kommunens personvernombud er det interkommunale ombudet i Nordkyst IKS, som vi deler med Saltstraumen, Gildeskål og Meløy: Jørn Tvedt, tlf. 75 55 80 12, jorn.tvedt@nordkyst-iks.no.

Spørsmål om saken kan rettes til meg.

Med vennlig hilsen

Tove Hamre
IKT-sjef / systemeier fagsystemer
Vestfjord kommune
Sentralbord 75 50 10 00 | Direkte 75 50 12 40
tove.hamre@vestfjord.kommune.no
"""
    m = message(
        frm="Tove Hamre <tove.hamre@vestfjord.kommune.no>",
        subject="Anmodning om forhåndsdrøftelse – risikoindikatorer i barneverntjenesten",
        date=d(11, 27, 9, 14),
        msgid="<a7d1f0e2.vfk001@vestfjord.kommune.no>",
        body=body,
        attachments=[
            ("DPIA_risikoindikatorer_v1.3.docx", dpia),
            ("Referat ledergruppen 25.11.2026.pdf", minutes),
            ("Databehandleravtale Fagsky.pdf", dba),
        ],
    )
    return m, label(
        "e001",
        "nb",
        [
            "dpia_report_docx",
            "own_chapter_titles",
            "contact_signature",
            "dpo_intermunicipal",
            "processor_contact_in_dpa",
            "minutes_pdf",
            "risk_table_docx",
            "processor_used",
        ],
        "pgp_mime",
        "used",
        "PPPPP",
        "registered",
        "municipality child welfare; DPO shared IKS; processor contact only in DPA pdf",
    )


def e002():
    body = """Hi there,

Pulsa is a Trondheim start-up (12 people) making a wrist wearable for shift workers. We want to launch an employer tier where companies get fatigue alerts about their own night-shift staff. Our DPIA says the residual risk stays high, so here's our request for prior consultation under Art. 36. I've tried to put everything in this email, plus a risk sheet, the board resolution and vCards for the people you need.

WHO
Contact person: me, Marte Lindqvist, CTO – +47 452 18 903 – marte@pulsa.no
DPO: Henrik Brattås (external, see vCard)
Processor: we host on Nimbus Nordic AS; their privacy contact is in the second vCard.

WHAT WE DO (systematic description)
- Nature: continuous heart-rate variability, skin temperature and movement from the band -> phone app -> our cloud. A model estimates a fatigue score every 15 minutes during shifts.
- Scope: pilot with 3 employers, ~900 workers, 18 months. Raw sensor data kept 30 days, scores kept 12 months.
- Purpose: reduce fatigue-related accidents on night shifts (process industry, ports).
- Context: employees are in a dependent relationship with the employer; health-related data (Art. 9).
- Sources: the band, shift rosters uploaded by the employer. Recipients: the worker (full data), shift supervisor (only red/green status, never raw data), employer HSE lead (aggregated weekly).
- Security: encryption at rest/transit, EU hosting with Nimbus Nordic, role-based access, pseudonymous IDs toward employers.
- Responsibility: employer is controller for the alerting, Pulsa is controller for the model training (joint arrangement documented).

WHY IT IS NECESSARY AND PROPORTIONATE
Legal basis: Art. 6(1)(c) with the Working Environment Act § 4-1 and Art. 9(2)(b) for employers; explicit consent for model training. We tested less intrusive options (self-report questionnaires, roster rules alone) in 2025 – they caught 22 % of incidents vs 71 % with the band. Supervisors see status only; workers can pause the band on breaks; no location data; data never used for performance reviews (contract clause + technical block). Workers get a plain-language notice, in-app access to all own data and a one-click export.

RISKS – see Pulsa_risk_matrix.xlsx. Short version: highest residual risks are pressure on workers to wear the band (de facto non-voluntary), and function creep toward performance management. We considered giving employers no alerts at all (rejected: defeats purpose) and union veto per site (implemented for pilot sites).

MANAGEMENT
Board resolution of 19 November attached (PDF). The board looked at the DPIA twice, heard the union reps from one pilot site and decided to ask you before launch.

Cheers,
Marte

--
Marte Lindqvist | CTO | Pulsa AS | +47 452 18 903
"""
    risk = xlsx(
        {
            "Risk matrix": [
                [
                    "#",
                    "Threat",
                    "Rights affected",
                    "Likelihood (1-5)",
                    "Impact (1-5)",
                    "Score",
                    "Measures done",
                    "Measures considered not done",
                    "Why not",
                    "Residual",
                ],
                [
                    1,
                    "Workers feel forced to wear band",
                    "Privacy, freedom, non-discrimination",
                    4,
                    4,
                    16,
                    "Union veto per site; no sanctions clause",
                    "Fully voluntary opt-in per worker",
                    "Employer HSE duty needs coverage",
                    "High",
                ],
                [
                    2,
                    "Fatigue score used in appraisals",
                    "Privacy, fair treatment",
                    3,
                    5,
                    15,
                    "Contract ban; API exposes status only",
                    "Independent audit",
                    "Cost in pilot; planned 2027",
                    "High",
                ],
                [
                    3,
                    "Inference of illness / pregnancy",
                    "Special categories",
                    2,
                    5,
                    10,
                    "No raw data to employer",
                    "-",
                    "-",
                    "Medium",
                ],
                [
                    4,
                    "Breach at processor",
                    "Confidentiality",
                    2,
                    4,
                    8,
                    "Encryption, EU hosting, DPA",
                    "-",
                    "-",
                    "Low",
                ],
            ],
            "Scale": [["1", "rare"], ["3", "possible"], ["5", "almost certain"]],
        }
    )
    board = pdf(
        [
            ("h", "Pulsa AS – Board resolution 4/2026"),
            "Meeting held 19 November 2026, Fjordgata 11, Trondheim. Present: Ole Kristian Myhre (chair), Ingrid Saltvik, Marte Lindqvist (CTO, presenting), Jonas Eid (CEO).",
            "Item 2: Data protection impact assessment – employer tier. The CTO presented the DPIA (v0.9, second review; first review 8 October). Findings: two high residual risks (voluntariness, function creep). Stakeholder input: union representatives at Mongstad pilot site, two worker focus groups, the DPO's written advice.",
            "Resolution: The board approves the DPIA, notes that high residual risk remains, and instructs management to request prior consultation with Datatilsynet before the employer tier is launched.",
            "Signed: Ole Kristian Myhre, chair",
        ]
    )
    m = message(
        frm="Marte Lindqvist <marte@pulsa.no>",
        subject="Prior consultation request - fatigue alerts (Pulsa employer tier)",
        date=d(11, 20, 23, 41),
        msgid="<CAF9q2-pulsa-0001@mail.pulsa.no>",
        body=body,
        attachments=[
            ("Pulsa_risk_matrix.xlsx", risk),
            ("Board resolution 4-2026.pdf", board),
            (
                "henrik_brattaas.vcf",
                vcf(
                    "Henrik Brattås",
                    "Personvernkontoret Brattås AS (DPO for Pulsa AS)",
                    "Data Protection Officer",
                    "+47 915 60 221",
                    "henrik@personvernkontoret.no",
                ),
            ),
            (
                "nimbus_privacy.vcf",
                vcf(
                    "Aisha Rahimi",
                    "Nimbus Nordic AS",
                    "Privacy Lead (processor)",
                    "+47 22 90 41 00",
                    "privacy@nimbusnordic.no",
                ),
            ),
        ],
    )
    return m, label(
        "e002",
        "en",
        [
            "all_in_body",
            "contact_vcard",
            "risk_matrix_xlsx",
            "board_resolution_pdf",
            "informal",
            "processor_used",
        ],
        "none",
        "used",
        "PPPPP",
        "registered",
        "start-up CTO; DPO and processor only in vCards; risks in XLSX",
    )


def e003():
    cover = """Til Datatilsynet

ANMODNING OM FORHÅNDSDRØFTELSE – KYSTMUSEET I SØR AS

Vi representerer Kystmuseet i Sør AS og oversender på vegne av klienten anmodning om forhåndsdrøftelse etter personvernforordningen art. 36 vedrørende planlagt besøksanalyse med ansiktsgjenkjenning for sesongkortholdere.

Vedlagt:
1. Kontaktopplysninger
2. DPIA (versjon 2.0) med beskrivelse, nødvendighets- og proporsjonalitetsvurdering og risikovurdering
3. Styrets godkjenning (signert brev, skannet)

Museet benytter ingen databehandler for løsningen; den driftes lokalt på egne servere.

Med vennlig hilsen
Advokatfirmaet Lunde & Wiik AS
Camilla Wiik, advokat
"""
    contacts = pdf(
        [
            ("h", "Vedlegg 1 – Kontaktopplysninger"),
            (
                "t",
                [
                    ["Rolle", "Opplysninger"],
                    [
                        "Kontaktperson, behandlingsansvarlig",
                        "Sigrun Holte, direktør\nTlf. 38 10 44 20\nsigrun.holte@kystmuseet-sor.no",
                    ],
                    [
                        "Personvernombud",
                        "Eirik Nævdal\nTlf. 38 10 44 29\npersonvernombud@kystmuseet-sor.no",
                    ],
                    ["Advokat (fullmektig)", "Camilla Wiik\nTlf. 38 00 71 10\ncw@lundewiik.no"],
                ],
            ),
        ],
        title="Kystmuseet i Sør AS",
    )
    dpia = pdf(
        [
            ("h", "1 Innledning"),
            "Kystmuseet vil gi sesongkortholdere inngang uten kort ved hjelp av ansiktsgjenkjenning, og samtidig måle hvor lenge besøkende oppholder seg i de ulike utstillingene.",
            ("h", "2 Beskrivelse av behandlingen"),
            ("h", "2.1 Art og formål"),
            "Biometrisk mal lagres for ca. 4 200 sesongkortholdere (inkl. barn over 13 år med foresattes samtykke). Kameraer ved inngang og i 6 saler. Formål: adgangskontroll og besøksstatistikk.",
            ("h", "2.2 Kilder, mottakere, lagring"),
            "Kilde: registreringsbilde tatt i resepsjonen. Mottakere: ingen utenfor museet. Maler lagres til sesongkortet utløper; oppholdstider aggregeres etter 24 timer. Drift på egne servere, ingen databehandler.",
            ("h", "3 Nødvendighet og proporsjonalitet"),
            "Grunnlag: uttrykkelig samtykke, art. 9 nr. 2 a. Alternativet QR-kort tilbys alltid og gir samme rabatt, slik at samtykket er frivillig. Besøksstatistikken kunne vært laget med anonyme tellere; museet har derfor redusert sal-målingen til aggregerte tall, men ønsker å koble oppholdstid til medlemsprofil for å tilpasse tilbud. Denne koblingen er det mest inngripende elementet.",
            ("h", "4 Risiko for de registrertes rettigheter og friheter"),
            (
                "t",
                [
                    ["Risiko", "S", "K", "Tiltak gjennomført", "Vurdert ikke gjennomført", "Rest"],
                    [
                        "Feilgjenkjenning av barn",
                        "3",
                        "3",
                        "Terskel + manuell reserve",
                        "Unnta barn helt (avventer)",
                        "Middels",
                    ],
                    [
                        "Kobling oppholdstid/profil oppleves som overvåking",
                        "4",
                        "3",
                        "Skilting, informasjon ved innmelding",
                        "Fjerne kobling – ikke valgt, forretningsbehov",
                        "Høy",
                    ],
                    [
                        "Lekkasje av biometriske maler",
                        "2",
                        "5",
                        "Kryptering, lokal lagring",
                        "-",
                        "Middels",
                    ],
                ],
            ),
        ],
        title="DPIA – biometrisk adgang og besøksanalyse v2.0",
    )
    signed = scan_jpeg(
        [
            "#Kystmuseet i Sør AS – Styret",
            "",
            "Arendal, 12. november 2026",
            "",
            "Styret har i møter 15. oktober og 12. november gjennomgått",
            "personvernkonsekvensvurderingen (DPIA v2.0) for biometrisk",
            "adgang og besøksanalyse. Direktøren presenterte funnene,",
            "herunder høy restrisiko ved kobling av oppholdstid til profil.",
            "Innspill fra Venneforeningen og de ansattes tillitsvalgte",
            "er vurdert.",
            "",
            "Styret godkjenner vurderingen og ber om at Datatilsynet",
            "konsulteres før løsningen tas i bruk.",
            "",
            "Knut Reinertsen (sign.)      Liv Haugland (sign.)",
            "styreleder                   styremedlem",
        ]
    )
    m = message(
        frm="Camilla Wiik <cw@lundewiik.no>",
        subject="Forhåndsdrøftelse - Kystmuseet i Sør AS - vår ref. 2026-0412",
        date=d(11, 13, 14, 2),
        msgid="<20261113140201.4471@lundewiik.no>",
        body=cover,
        attachments=[
            ("Vedlegg 1.pdf", contacts),
            ("Vedlegg 2.pdf", dpia),
            ("Vedlegg 3.jpg", signed),
        ],
    )
    return m, label(
        "e003",
        "nb",
        [
            "lawyer_cover_letter",
            "contact_pdf_two_column_table",
            "pdf_word_processor_tables",
            "signed_letter_jpeg_scan",
            "appendix_named_by_number",
            "processor_none_stated",
        ],
        "none",
        "none",
        "PPPPP",
        "registered",
        "lawyer crisp cover + 3 numbered attachments; approval only in JPEG scan",
    )


def e004():
    doc = odt(
        [
            ("h", "Førespurnad om førehandsdrøfting – læringsanalyse ved Fjordlia friskule"),
            "Fjordlia friskule SA (skuleeigar) ber om førehandsdrøfting for eit læringsanalyseverktøy som skal varsle lærarar om elevar som står i fare for å falle av. Vi har gjennomført ei DPIA og klarer ikkje å få risikoen ned på eit akseptabelt nivå.",
            ("h", "Kven de kan kontakte"),
            (
                "t",
                [
                    ["Rolle", "Namn", "Telefon", "E-post"],
                    [
                        "Kontaktperson (dagleg leiar)",
                        "Ragnhild Vik",
                        "57 72 30 11",
                        "ragnhild.vik@fjordlia.no",
                    ],
                    ["Personvernombod", "Oddvar Sande", "57 72 30 19", "personvern@fjordlia.no"],
                    [
                        "Databehandlar: Lærespor AS",
                        "Bente Kolstad",
                        "+47 481 22 960",
                        "bente.kolstad@laerespor.no",
                    ],
                ],
            ),
            ("h", "Korleis behandlinga går føre seg"),
            "Verktøyet hentar karakterar, fråvær og aktivitet i læringsplattforma for alle 180 elevane (8.–10. trinn) kvar natt. Ein modell lagar eit «fråfallsvarsel» som berre kontaktlæraren ser. Data vert lagra hjå Lærespor AS (databehandlar) i EØS. Opplysningane vert sletta ved skuleslutt. Føremål: tidleg innsats. Rektor har ansvaret for bruken.",
            ("h", "Kvifor vi meiner det er naudsynt og forholdsmessig"),
            "Opplæringslova § 1-4 om tidleg innsats gjev grunnlag, jf. art. 6 nr. 1 e. Vi har vurdert manuell gjennomgang i elevmøte (gjer vi framleis), men den fangar ikkje opp elevar som fell gradvis av. Varselet kan ikkje brukast i karaktersetjing. Foreldre og elevar får informasjon, kan sjå eige varsel via foreldreportalen og kan be om at eleven ikkje vert med (reservasjon).",
            ("h", "Risiko"),
            (
                "t",
                [
                    ["Risiko", "Sannsyn", "Konsekvens", "Tiltak", "Restrisiko"],
                    [
                        "Eleven vert stempla",
                        "Middels",
                        "Høg",
                        "Berre kontaktlærar ser varselet",
                        "Høg",
                    ],
                    [
                        "Feil modell for elevar med tilrettelegging",
                        "Høg",
                        "Middels",
                        "Manuell overstyring",
                        "Middels",
                    ],
                    [
                        "Foreldre opplever overvaking",
                        "Middels",
                        "Middels",
                        "Reservasjonsrett, informasjonsmøte",
                        "Middels",
                    ],
                ],
            ),
            "Tiltak vi har vurdert men ikkje gjort: å vise modellen si grunngjeving til elevane. Det er ikkje teknisk mogleg i versjonen vi har.",
            ("h", "Styret si handsaming"),
            "Styret i Fjordlia friskule SA handsama DPIA-en 2. oktober og 6. november 2026 (sak 23/26 og 29/26). Rektor la fram funna; innspel frå FAU og elevrådet var lagt ved. Vedtak 6. november: «Styret godkjenner DPIA-en og ber dagleg leiar sende førespurnad om førehandsdrøfting til Datatilsynet.» Protokollen er underskriven av styreleiar Håkon Fjærestad.",
        ]
    )
    body = "Hei!\n\nVedlagt er førespurnaden vår om førehandsdrøfting (ODT-fil). Alt skal stå i dokumentet.\n\nHelsing\nRagnhild Vik\ndagleg leiar, Fjordlia friskule\n"
    m = message(
        frm="Ragnhild Vik <ragnhild.vik@fjordlia.no>",
        subject="Førespurnad om førehandsdrøfting",
        date=d(11, 9, 12, 30),
        msgid="<b1e9-fjordlia-2026-11-09@fjordlia.no>",
        body=body,
        attachments=[("forespurnad_forehandsdrofting.odt", doc)],
    )
    return m, label(
        "e004",
        "nn",
        [
            "one_odt",
            "contact_table_odt",
            "question_like_headings",
            "board_minutes_in_text",
            "processor_used",
        ],
        "none",
        "used",
        "PPPPP",
        "registered",
        "private school nynorsk; everything in one ODT",
    )


def e005():
    quoted = """> Fra: Datatilsynet <postkasse@datatilsynet.no>
> Sendt: 30. oktober 2026 10:12
> Emne: SV: Spørsmål om forhåndsdrøftelse - KI-basert sepsisvarsling
>
> Vi viser til telefonsamtale. Dersom dere etter gjennomført DPIA ikke klarer å
> redusere risikoen, må dere sende en anmodning om forhåndsdrøftelse med den
> dokumentasjonen som er beskrevet på nettsiden vår.
>
> Med hilsen
> Datatilsynet
"""
    body = f"""Takk for svar. Vi har nå ferdigstilt DPIA og sender herved formell anmodning om forhåndsdrøftelse for KI-basert sepsisvarsling ved Seksjon for klinisk forskning, Midtfjell universitetssykehus HF.

Dokumentasjonen er:
- Anmodning_kontakt.docx – kontaktopplysninger (i topptekst-tabellen) og kort oppsummering
- DPIA_sepsisvarsling.pdf – full DPIA eksportert fra vårt DPIA-verktøy
- Protokoll_direktorens_ledermote.docx – møtebok fra direktørens ledermøte

Løsningen utvikles og driftes internt av Helse Midtfjell IKT, som er en del av foretaket; det er ingen ekstern databehandler.

Vennlig hilsen
Dr. Lars Ødegård
Forskningsleder, Seksjon for klinisk forskning
Midtfjell universitetssykehus HF

{quoted}"""
    kontakt = docx(
        [
            ("h", "Anmodning om forhåndsdrøftelse – KI-basert sepsisvarsling"),
            "Behandlingsansvarlig: Midtfjell universitetssykehus HF. Kontaktopplysninger står i tabellen i toppteksten.",
            "Kort om saken: algoritme som varsler om mulig sepsis ut fra vitale parametre og labsvar for alle innlagte pasienter; forskningsdelen omfatter videreutvikling av modellen.",
        ],
        header="Midtfjell universitetssykehus HF – Seksjon for klinisk forskning",
        header_table=[
            ["Kontaktperson", "Lars Ødegård", "73 86 20 40", "lars.odegard@midtfjell-hf.no"],
            [
                "Personvernombud",
                "Gunhild Brekke",
                "73 86 10 05",
                "personvernombudet@midtfjell-hf.no",
            ],
        ],
    )
    blocks = [("h", "DPIA – KI-basert sepsisvarsling (eksport fra PVK-modulen, status: Godkjent)")]
    blocks += [
        ("h", "1. Om behandlingen"),
        ("h", "1.1 Formål"),
        "Tidlig varsling av sepsis hos innlagte pasienter, og videreutvikling av modellen i et godkjent forskningsprosjekt (REK 2026/41877).",
        ("h", "1.2 Omfang"),
        "Ca. 48 000 innleggelser per år; vitale parametre hvert 15. minutt; labsvar; diagnosekoder. Historiske data 2019–2025 til trening.",
        ("h", "1.3 Kilder og mottakere"),
        "Kilder: kurve- og observasjonssystem, laboratoriesystem, PAS/EPJ. Mottakere: behandlende lege og sykepleier (varsel); forskergruppen (pseudonymiserte treningsdata).",
        ("h", "1.4 Informasjonssikkerhet og ansvar"),
        "Drift i foretakets egne datasentre (Helse Midtfjell IKT). Tilgangsstyring etter tjenstlig behov, logging og loggkontroll. Ansvarlig: administrerende direktør; dataansvarlig: klinikksjef.",
        ("h", "2. Nødvendighet og forholdsmessighet"),
        ("h", "2.1 Rettslig grunnlag"),
        "Helsepersonelloven § 29 og helseregisterloven; GDPR art. 6 nr. 1 e og art. 9 nr. 2 h og j.",
        ("h", "2.2 Dataminimering"),
        "Kun parametre med dokumentert prediktiv verdi; fritekst utelates.",
        ("h", "2.3 De registrertes rettigheter"),
        "Informasjon på sykehusets nettsider og i innkallingsbrev; reservasjonsrett mot forskningsbruk; innsyn via helsenorge.",
        ("h", "2.4 Alternativer"),
        "Dagens NEWS2-skår er vurdert; gir flere falske alarmer og senere varsling.",
        ("h", "3. Risikovurdering"),
        ("h", "3.1 Metode"),
        "Sannsynlighet x konsekvens, 1-4.",
        ("h", "3.2 Risikoer"),
        (
            "t",
            [
                [
                    "Nr",
                    "Risiko",
                    "S",
                    "K",
                    "Tiltak iverksatt",
                    "Tiltak vurdert ikke iverksatt (begrunnelse)",
                    "Rest",
                ],
                [
                    "3.2.1",
                    "Automatiseringsskjevhet: klinikere stoler blindt på varsel",
                    "3",
                    "4",
                    "Opplæring, varsel er rådgivende",
                    "Skjule skår (nei – klinisk nytte)",
                    "Høy",
                ],
                [
                    "3.2.2",
                    "Modellen fungerer dårligere for minoritetsgrupper",
                    "2",
                    "4",
                    "Stratifisert validering",
                    "Egen modell per gruppe (for lite data)",
                    "Høy",
                ],
                [
                    "3.2.3",
                    "Reidentifisering i treningsdata",
                    "2",
                    "3",
                    "Pseudonymisering, egen forskningssone",
                    "-",
                    "Lav",
                ],
                [
                    "3.2.4",
                    "Pasienter vet ikke at KI brukes",
                    "3",
                    "2",
                    "Informasjon",
                    "Individuell informasjon ved innleggelse (vurdert uforholdsmessig)",
                    "Middels",
                ],
            ],
        ),
        ("h", "3.3 Medbestemmelse, åpenhet og forutsigbarhet"),
        "Brukerutvalget og tillitsvalgte er hørt.",
        ("h", "4. Konklusjon"),
        "Høy restrisiko for 3.2.1 og 3.2.2; forhåndsdrøftelse anbefales.",
    ]
    dpia = pdf(blocks)
    prot = docx(
        [
            ("h", "Protokoll – direktørens ledermøte 17.11.2026"),
            (
                "t",
                [
                    ["Sak", "Tittel", "Ansvar"],
                    ["112/26", "Økonomirapport oktober", "Økonomidirektør"],
                    [
                        "113/26",
                        "DPIA KI-basert sepsisvarsling – andre behandling",
                        "Forskningsdirektør",
                    ],
                    ["114/26", "Eventuelt", ""],
                ],
            ),
            ("h", "Sak 113/26", 2),
            "Forskningsleder Lars Ødegård presenterte DPIA og funn. Første behandling var 6. oktober (sak 98/26). Personvernombudet og brukerutvalget har gitt skriftlige innspill, som er vedlagt saken.",
            "Beslutning: Ledermøtet godkjenner DPIA-en. Restrisikoen for automatiseringsskjevhet og skjevhet mellom pasientgrupper er høy, men ledermøtet ønsker å gå videre. Det skal sendes anmodning om forhåndsdrøftelse til Datatilsynet.",
        ]
    )
    m = message(
        frm="Lars Ødegård <lars.odegard@midtfjell-hf.no>",
        subject="SV: SV: Spørsmål om forhåndsdrøftelse - KI-basert sepsisvarsling",
        date=d(11, 24, 15, 47),
        msgid="<HE1PR0601MB2231.odegard@midtfjell-hf.no>",
        body=body,
        headers={
            "In-Reply-To": "<dt-2026-10-30-1012@datatilsynet.no>",
            "References": "<dt-2026-10-30-1012@datatilsynet.no>",
        },
        attachments=[
            ("Anmodning_kontakt.docx", kontakt),
            ("DPIA_sepsisvarsling.pdf", dpia),
            ("Protokoll_direktorens_ledermote.docx", prot),
        ],
    )
    return m, label(
        "e005",
        "nb",
        [
            "reply_in_thread",
            "quoted_text",
            "contact_docx_header_table",
            "dpia_tool_export_numbered",
            "minutes_agenda_docx",
            "processor_none_stated",
        ],
        "pgp_mime",
        "none",
        "PPPPP",
        "registered",
        "hospital research reply in thread; contacts only in DOCX header table",
    )


def e006():
    inner_body = """Hei Petter,

her er utkastet til anmodningen til Datatilsynet. Kan du sende den inn fra juridisk?

---
Anmodning om forhåndsdrøftelse – Kredinor Nord AS, automatisert betalingsevnevurdering i inkasso

Kontakt:
Compliance Officer Yvonne Strand, tlf. 22 41 90 31, yvonne.strand@kredinornord.no
Personvernombud: Mats Hegg, tlf. 22 41 90 37, mats.hegg@kredinornord.no
Databehandler: Skyregnskap AS (drift av scoringmotoren) – kontaktperson Linn Aasen, tlf. 926 44 101, linn.aasen@skyregnskap.no

Hva vi skal gjøre: Vi vil bruke en modell som anslår skyldners betalingsevne ut fra betalingshistorikk i våre saker, gjeldsregisteret og offentlige skatteopplysninger for å foreslå nedbetalingsplan eller rettslig inndriving. Ca. 310 000 skyldnere per år. Forslaget vurderes av saksbehandler før det sendes. Data lagres i saksperioden + 3 år. Mottakere: oppdragsgivere får bare beslutningen, ikke skåren. Sikkerhet: ISO 27001-styrt, kryptering, tilgangslogg.

Nødvendighet og proporsjonalitet: Inkassoloven § 8 krever god inkassoskikk; bedre tilpassede planer gir færre tvangsinndrivelser. Vi bruker ikke opplysninger om helse eller familieforhold. Skyldner kan be om manuell vurdering og få forklaring på hovedfaktorene (art. 22-lignende garantier selv om vedtaket ikke er helautomatisk).

Risiko: se vedlagt regneark (fanen «Risikoregister»). Høyeste restrisiko: urimelig forskjellsbehandling av skyldnere med lav inntekt.

Ledelsens validering: se Geirs e-post under.

Yvonne

---------- Videresendt melding ----------
Fra: Geir Tønnessen <geir.tonnessen@kredinornord.no>
Dato: 16. nov. 2026 kl. 08:02
Emne: DPIA betalingsevne
Til: Yvonne Strand

Ledergruppen gikk gjennom DPIA-en i går for andre gang. Vi tok med innspillene fra Forbrukerrådets rapport og fra kundeservice. Konklusjonen er at vi godkjenner vurderingen, aksepterer at restrisikoen er høy, og at vi ber Datatilsynet om forhåndsdrøftelse før vi setter modellen i produksjon.

Geir Tønnessen
Administrerende direktør
"""
    reg = xlsx(
        {
            "Risikoregister": [
                [
                    "ID",
                    "Trussel",
                    "Sannsynlighet",
                    "Konsekvens",
                    "Iverksatte tiltak",
                    "Vurderte, ikke iverksatte tiltak",
                    "Begrunnelse",
                    "Restrisiko",
                ],
                [
                    "R01",
                    "Skjevhet mot lavinntektsgrupper",
                    "Høy",
                    "Høy",
                    "Skjevhetstest per kvartal",
                    "Fjerne skatteopplysninger",
                    "Gir dårligere planer",
                    "Høy",
                ],
                [
                    "R02",
                    "Feil i gjeldsregisterdata",
                    "Middels",
                    "Høy",
                    "Manuell kontroll ved avvik",
                    "-",
                    "-",
                    "Middels",
                ],
                [
                    "R03",
                    "Skyldner forstår ikke grunnlaget",
                    "Høy",
                    "Middels",
                    "Forklaring av hovedfaktorer",
                    "Full modellinnsikt",
                    "Forretningshemmelighet",
                    "Middels",
                ],
            ],
            "Metode": [
                ["Skala 1-3 for sannsynlighet og konsekvens, se internkontrollhåndbok kap. 4"]
            ],
        }
    )
    inner = message(
        frm="Yvonne Strand <yvonne.strand@kredinornord.no>",
        to="Petter Moe <petter.moe@kredinornord.no>",
        subject="Utkast: forhåndsdrøftelse betalingsevne",
        date=d(11, 16, 9, 10),
        msgid="<inner-7fa2@kredinornord.no>",
        body=inner_body,
        attachments=[("Risikoregister_betalingsevne.xlsx", reg)],
    )
    body = "Til Datatilsynet\n\nVidersender anmodning om forhåndsdrøftelse fra Kredinor Nord AS (se vedlagt e-post med vedlegg). Anmodningen er godkjent for innsending.\n\nMvh\nPetter Moe\nadvokatfullmektig, juridisk avdeling\nKredinor Nord AS | 22 41 90 20\n"
    m = message(
        frm="Petter Moe <petter.moe@kredinornord.no>",
        subject="VS: Utkast: forhåndsdrøftelse betalingsevne",
        date=d(11, 16, 13, 55),
        msgid="<outer-7fa3@kredinornord.no>",
        body=body,
        eml_attachments=[inner],
    )
    return m, label(
        "e006",
        "nb",
        [
            "forwarded_eml_attachment",
            "nested_forward_ceo_email",
            "risk_register_xlsx",
            "contact_prose",
            "processor_used",
        ],
        "none",
        "used",
        "PPPPP",
        "registered",
        "debt collector; request inside attached .eml; CEO approval forwarded in inner mail",
    )


def e007():
    annex = {
        "Annex 1.pdf": pdf(
            [
                ("h", "Annex 1"),
                (
                    "t",
                    [
                        ["Role", "Name", "Phone", "Email"],
                        [
                            "Controller contact",
                            "Tobias Engen, Head of Operations",
                            "+47 400 12 655",
                            "tobias@rutelogistikk.no",
                        ],
                        [
                            "Data Protection Officer",
                            "Nora Bakken",
                            "+47 400 12 699",
                            "dpo@rutelogistikk.no",
                        ],
                        [
                            "Processor (telematics platform)",
                            "Fleetwise Oy - Juha Koskinen",
                            "+358 40 551 2277",
                            "juha.koskinen@fleetwise.fi",
                        ],
                    ],
                ),
            ]
        ),
        "Annex 2.pdf": pdf(
            [
                ("h", "Annex 2"),
                "Rute Logistikk AS runs last-mile delivery in Oslo with 140 contracted drivers. We plan an in-cab camera with driver-facing AI that detects phone use, eye closure and smoking, plus continuous GPS. Events generate a 10-second clip sent to the dispatcher; a weekly 'safety score' per driver is computed.",
                "Data: video clips, GPS traces, driver ID, score. Sources: vehicle devices. Recipients: dispatchers, operations manager; clips shared with insurer only after an accident. Retention: clips 30 days, scores 6 months. Processor: Fleetwise Oy (Finland) hosts the platform in the EU. Responsibility: Rute Logistikk AS is controller.",
            ]
        ),
        "Annex 3.pdf": pdf(
            [
                ("h", "Annex 3"),
                "Lawful basis: legitimate interest (Art. 6(1)(f)) balanced against drivers' privacy; Working Environment Act chapter 9 on control measures. Drivers and the union were consulted (AML § 9-2). Less intrusive measures tried: harsh-braking telemetry only (insufficient for phone use). Safeguards: no audio, camera off outside shifts and in breaks, clips only on events, drivers see own clips and may contest them, scores not used for termination without a meeting.",
            ]
        ),
        "Annex 4.xlsx": xlsx(
            {
                "Risks": [
                    [
                        "Risk",
                        "L",
                        "I",
                        "Existing measures",
                        "Considered, not implemented",
                        "Reason",
                        "Residual",
                    ],
                    [
                        "Constant sense of surveillance",
                        "High",
                        "High",
                        "Event-only clips",
                        "Remove driver-facing camera",
                        "Phone-use detection is the main goal",
                        "High",
                    ],
                    [
                        "Scores used to push out drivers",
                        "Medium",
                        "High",
                        "Meeting requirement",
                        "Union approval for every use",
                        "Operational delay",
                        "High",
                    ],
                    ["Clips leaked", "Low", "Medium", "Encryption, access log", "-", "-", "Low"],
                ]
            }
        ),
        "Annex 5.pdf": pdf(
            [
                ("h", "Annex 5"),
                "Minutes of the management team, Rute Logistikk AS, 10 November 2026.",
                "Agenda item 3: DPIA in-cab AI camera. Tobias Engen summarised findings from the DPIA (first review 13 October). Union rep Sara Lunde presented drivers' concerns; the insurer's view was also noted. Decision: management approves the DPIA, accepts that residual risk is high and asks the DPO to submit a prior consultation request to Datatilsynet. Signed: CEO Anders Rud.",
            ]
        ),
    }
    body = "Dear Datatilsynet,\n\nPlease find our request for prior consultation (GDPR Art. 36) regarding AI in-cab cameras in delivery vans. All documentation is in the zip file, annexes 1 to 5.\n\nKind regards,\nNora Bakken\nDPO, Rute Logistikk AS\n"
    m = message(
        frm="Nora Bakken <dpo@rutelogistikk.no>",
        subject="Request for prior consultation – Rute Logistikk AS",
        date=d(11, 18, 10, 20),
        msgid="<rl-2026-11-18-dpo@rutelogistikk.no>",
        body=body,
        attachments=[("Rute_Logistikk_prior_consultation.zip", zipf(list(annex.items())))],
    )
    return m, label(
        "e007",
        "en",
        [
            "zip",
            "annexes_numbered_only",
            "contact_pdf_table",
            "risk_xlsx",
            "management_minutes_pdf",
            "processor_used",
            "foreign_processor",
        ],
        "none",
        "used",
        "PPPPP",
        "registered",
        "logistics start-up; zip of annexes named by number only",
    )


def e008():
    body = """Hei Datatilsynet

vi i Fjellbuss AS skal sette opp kamera MED lyd i alle bussene våre (62 busser) pga mye vold mot sjåfører siste år. Vi har gjort DPIA i verktøyet fra bransjeforeningen og limer inn det viktigste under. beklager formateringen :)

=== DPIA-VERKTØY EKSPORT ===
[SEKSJON A] BEHANDLINGEN
A1 Beskrivelse: Kamera over førerplass + 3 i kabin. Lydopptak kun ved førerplass. Opptak lagres lokalt i bussen i 7 dager, overskrives automatisk. Uttak bare ved hendelse, av trafikksjef, etter skriftlig begjæring.
A2 Registrerte: passasjerer (ca 3 mill reiser/år), sjåfører (210)
A3 Formål: forebygge og oppklare vold/trusler mot sjåfør
A4 Mottakere: politiet ved anmeldelse
A5 Sikkerhet: kryptert disk, nøkkel hos trafikksjef, logg over uttak
A6 Databehandler: NEI – utstyret eies og driftes av oss selv
[SEKSJON B] NØDVENDIGHET
B1 Grunnlag: berettiget interesse art 6(1)(f) + personopplysningsloven kap 7 (kameraovervåking)
B2 Alternativer vurdert: vekter på utsatte ruter (for dyrt og hjelper bare på noen ruter), skjerm rundt sjåfør (montert i 40 busser, hjalp ikke på verbale trusler)
B3 Garantier: skilting ved alle dører, lyd bare fra førerplass, ingen sanntidsvisning, innsyn via kundesenter
[SEKSJON C] RISIKO
C1 Lydopptak av samtaler mellom passasjerer - S: høy K: høy - tiltak: mikrofon rettet mot fører, lav følsomhet - REST: HØY
C2 Ansatte føler seg kontrollert - S: middels K: middels - tiltak: avtale med tillitsvalgt om at opptak ikke brukes til kontroll av arbeidsutførelse - REST: MIDDELS
C3 Misbruk av opptak - S: lav K: høy - tiltak: logg, to-personsregel - REST: LAV
C4 vurdert men ikke gjort: knapp for sjåfør som starter lydopptak (ikke gjort fordi sjåfør ikke rekker å trykke ved angrep)
=== SLUTT ===

Styret behandlet saken 2 ganger (sept og nov), siste gang 21.11. Styrevedtak: «Styret har gjennomgått DPIA for kamera med lyd, inkludert innspill fra tillitsvalgte og fylkeskommunen som oppdragsgiver. Styret godkjenner vurderingen og ber adm. om å be Datatilsynet om forhåndsdrøftelse fordi risikoen ved lydopptak fortsatt er høy.»

Kontakt:
meg - Roar Nilsen, driftsdirektør, 977 30 412, roar.nilsen@fjellbuss.no
personvernombud - Anette Kvam, 977 30 480, anette.kvam@fjellbuss.no

mvh Roar
"""
    m = message(
        frm="roar.nilsen@fjellbuss.no",
        subject="forhåndsdrøftelse kamera m/lyd buss",
        date=d(11, 23, 21, 7),
        msgid="<5521.roar@fjellbuss.no>",
        body=body,
    )
    return m, label(
        "e008",
        "nb",
        [
            "all_in_body",
            "dpia_tool_paste",
            "informal_typos",
            "board_resolution_quoted",
            "contact_prose",
            "processor_none_stated",
        ],
        "inline",
        "none",
        "PPPPP",
        "registered",
        "bus company; pasted DPIA tool export in body; no attachments",
    )


def e009():
    contacts = docx(
        [
            ("h", "Kontaktinformasjon"),
            (
                "t",
                [
                    ["", "Behandlingsansvarlig", "Personvernombud", "Databehandler"],
                    [
                        "Navn",
                        "Hilde Sørum (Director Guest Experience)",
                        "Per Arne Vold",
                        "Checkin Vision AB v/ Elin Sjöberg",
                    ],
                    ["Telefon", "+47 23 10 55 00", "+47 23 10 55 17", "+46 8 410 225 00"],
                    [
                        "E-post",
                        "hilde.sorum@nordlyshotels.no",
                        "dpo@nordlyshotels.no",
                        "elin.sjoberg@checkinvision.se",
                    ],
                ],
            ),
        ]
    )
    dpia = docx(
        [
            (
                "h",
                "Nordlys Hotels – Vurdering av personvernkonsekvenser: ansiktsgjenkjenning ved selvinnsjekk",
            ),
            ("h", "Del A – Hva skal vi gjøre?"),
            "22 hoteller, ca. 600 000 overnattinger per år. Gjester kan velge ansiktsgjenkjenning for innsjekk og romtilgang via mobil. Biometrisk mal lages fra passbilde i appen og sammenlignes med live-bilde ved kiosk og dør. Leverandør: Checkin Vision AB (databehandler, Sverige). Maler slettes ved utsjekk + 24 t. Mottakere: ingen tredjeparter. Sikkerhet: mal lagres kryptert, matching skjer i leverandørens EU-sky.",
            ("h", "Del B – Hvorfor er dette lovlig og rimelig?"),
            "Uttrykkelig samtykke (art. 9 nr. 2 a), alltid med nøkkelkort som likeverdig alternativ. Vi har vurdert lokal matching på telefonen (ikke støttet av leverandøren ennå). Dataminimering: ingen lagring av live-bilder.",
            ("h", "Del C – Hva kan gå galt for gjestene?"),
            (
                "t",
                [
                    ["Scenario", "Sannsynlighet", "Konsekvens", "Tiltak", "Rest"],
                    [
                        "Samtykke ikke reelt frivillig pga kø ved resepsjon",
                        "Middels",
                        "Middels",
                        "Egen kø for nøkkelkort",
                        "Middels",
                    ],
                    [
                        "Biometri kompromittert hos leverandør",
                        "Lav",
                        "Svært høy",
                        "Kryptering, revisjon",
                        "Høy",
                    ],
                    ["Feilmatch gir adgang til feil rom", "Lav", "Høy", "Terskel + PIN", "Middels"],
                ],
            ),
            "Vurdert, ikke gjennomført: matching kun på enheten (leverandøren kan ikke levere før 2028).",
        ]
    )
    scan = scan_pdf(
        [
            "#Nordlys Hotels AS – Konsernledelsen",
            "",
            "Godkjenning av DPIA – ansiktsgjenkjenning ved innsjekk",
            "",
            "Konsernledelsen har behandlet DPIA-en i møter 3.10 og 14.11.2026.",
            "Funnene ble presentert av Director Guest Experience.",
            "Innspill fra gjestepanel, hotelldirektører og personvernombud",
            "er vurdert. Restrisiko knyttet til biometri hos leverandør",
            "vurderes som høy.",
            "",
            "Beslutning: DPIA godkjennes. Vi ber om forhåndsdrøftelse",
            "med Datatilsynet før lansering.",
            "",
            "Oslo, 14.11.2026",
            "",
            "Thomas Hjelmeland (sign.)",
            "konsernsjef",
        ]
    )
    body = "Hei,\n\nNordlys Hotels AS ber om forhåndsdrøftelse for ansiktsgjenkjenning ved innsjekk. Vedlagt: kontaktinformasjon, DPIA og signert godkjenning fra konsernledelsen (skannet).\n\nVennlig hilsen\nHilde Sørum\nDirector Guest Experience | Nordlys Hotels AS\n"
    m = message(
        frm="Hilde Sørum <hilde.sorum@nordlyshotels.no>",
        subject="Forhåndsdrøftelse: ansiktsgjenkjenning ved innsjekk",
        date=d(11, 19, 8, 45),
        msgid="<nordlys.20261119.0845@nordlyshotels.no>",
        body=body,
        attachments=[
            ("Kontaktinformasjon.docx", contacts),
            ("DPIA_ansiktsgjenkjenning.docx", dpia),
            ("Godkjenning_konsernledelsen.pdf", scan),
        ],
    )
    return m, label(
        "e009",
        "nb",
        [
            "contact_table_docx_columns",
            "dpia_report_docx",
            "scanned_approval_image_pdf",
            "processor_used",
            "foreign_processor",
        ],
        "pgp_mime",
        "used",
        "PPPPP",
        "registered",
        "hotel group; approval only in image-only PDF scan",
    )


def e010():
    risk = docx(
        [
            ("h", "Risikomatrise – kamera med biletanalyse i merdanlegg"),
            (
                "t",
                [
                    ["", "Liten konsekvens", "Middels konsekvens", "Stor konsekvens"],
                    ["Høg sannsyn", "", "R2 Tilsette kjenner seg overvaka", ""],
                    [
                        "Middels sannsyn",
                        "",
                        "R3 Opptak av tilsette på fritida (brakke)",
                        "R1 Bruk av opptak i personalsaker",
                    ],
                    ["Låg sannsyn", "", "", "R4 Innbrot i skyløysing"],
                ],
            ),
            "R1: tiltak gjennomført – skriftleg forbod i arbeidsreglementet, logg. Vurdert, ikkje gjennomført: sladding av ansikt (vil øydeleggje tryggleiksfunksjonen). Restrisiko høg.",
            "R2: tiltak – opplæring, kamera berre retta mot merdkant. Rest: middels.",
            "R3: tiltak – ingen kamera ved brakke. Rest: låg.",
            "R4: lokal lagring på flåten, ingen sky. Rest: låg.",
        ]
    )
    prot = pdf(
        [
            ("h", "Protokoll frå styremøte i Hardangerlaks AS, 5. november 2026"),
            "Sak 41/26 Personvernkonsekvensvurdering – biletanalyse for tryggleik på merdkant (andre gong, sjå sak 33/26).",
            "Dagleg leiar presenterte vurderinga og funna. Innspel frå verneombod, tillitsvald i Fellesforbundet og forsikringsselskapet var lagt fram.",
            "Vedtak: Styret godkjenner DPIA-en. Restrisikoen knytt til bruk av opptak i personalsaker er høg. Styret ber dagleg leiar be Datatilsynet om førehandsdrøfting.",
            "Protokollen er godkjend og underskriven av alle styremedlemene.",
        ]
    )
    body = """Hei,

Hardangerlaks AS ber om førehandsdrøfting etter GDPR artikkel 36.

Vi vil setje opp kamera med automatisk biletanalyse på fôringsflåten og langs merdkanten på tre lokalitetar. Systemet skal oppdage når nokon fell i sjøen eller står utan flytevest, og varsle vakthavande. 34 tilsette og innleigde dykkarar vert filma når dei arbeider ute. Bileta vert lagra lokalt på flåten i 72 timar; berre klipp med alarm vert tekne vare på i 30 dagar. Dagleg leiar og driftsleiar har tilgang. Vi nyttar ingen databehandlar – utstyret er kjøpt og driftast av oss sjølve.

Naudsyn og proporsjonalitet: Vi har hatt to drukningsulukker i næringa i regionen det siste året. Arbeidsmiljølova kap. 9 og internkontrollforskrifta gjev grunnlag saman med art. 6 nr. 1 f. Mindre inngripande tiltak (berre flytevestkontroll ved skiftstart, to-personsregel) er innført, men gjev ikkje varsling ved fall. Kamera filmar berre arbeidsområde, ikkje brakke eller garderobe, og opptak kan ikkje brukast til å vurdere arbeidsinnsats. Dei tilsette er informerte og har drøfta ordninga med verneombodet.

Risikovurdering: sjå risikomatrisa i vedlegget.
Leiinga si handsaming: sjå styreprotokollen.

Personvernombodet vårt er Synnøve Tveit, tlf. 53 48 22 05, personvernombod@hardangerlaks.no.

Helsing

Ivar Steinsland
Dagleg leiar
Hardangerlaks AS
Tlf. 53 48 22 00 (sentralbord) / mob. 959 12 334
ivar@hardangerlaks.no
"""
    m = message(
        frm="Ivar Steinsland <ivar@hardangerlaks.no>",
        subject="Førehandsdrøfting - kamera med biletanalyse på merdkant",
        date=d(11, 12, 7, 58),
        msgid="<hl-forhand-2026@hardangerlaks.no>",
        body=body,
        attachments=[("Risikomatrise.docx", risk), ("Styreprotokoll 05.11.2026.pdf", prot)],
    )
    return m, label(
        "e010",
        "nn",
        [
            "contact_signature",
            "dpo_sentence",
            "risk_matrix_docx_grid",
            "board_minutes_pdf",
            "processor_none_stated",
        ],
        "none",
        "none",
        "PPPPP",
        "registered",
        "fish farm nynorsk; risk as likelihood/consequence grid in DOCX",
    )


def e011():
    blocks = [
        ("h", "Request for prior consultation under Article 36 GDPR"),
        "HireLoop AS - AI-assisted candidate screening",
        ("h", "Part A. Contact details"),
        (
            "t",
            [
                [
                    "Controller contact person",
                    "Sofie Grindheim, Head of Legal, +47 21 09 88 10, sofie.grindheim@hireloop.no",
                ],
                ["Data Protection Officer", "Kristoffer Aas, +47 21 09 88 15, dpo@hireloop.no"],
                [
                    "Processor",
                    "LangModel Services Ireland Ltd, privacy team: Siobhan Kelly, +353 1 555 0192, privacy@langmodel-services.ie",
                ],
            ],
        ),
        ("h", "Part B. The DPIA"),
    ]
    secs = [
        (
            "B.1 Context",
            "HireLoop operates a recruitment platform used by 1 100 Norwegian employers. We propose ranking applicants with a language model that reads CVs and cover letters and produces a fit score and a short rationale for the recruiter.",
        ),
        (
            "B.1.1 Nature and scope",
            "Approx. 250 000 applications per year; CV, cover letter, test results. No special categories are requested, but they appear in free text (health, religion, union membership).",
        ),
        (
            "B.1.2 Data flows and recipients",
            "Applicant -> HireLoop platform -> LangModel Services Ireland Ltd (processor, inference only, no training) -> score back to the employer's recruiter. Retention: scores deleted with the application (max. 6 months).",
        ),
        (
            "B.1.3 Security and roles",
            "Employer is controller for the recruitment; HireLoop is controller for the scoring feature (documented in terms). Encryption, EU-only processing, zero retention at processor.",
        ),
        (
            "B.2 Necessity and proportionality",
            "Basis: legitimate interest for employers (Art. 6(1)(f)); Art. 22 is avoided because a recruiter must review every rejection. Alternatives considered: keyword filters (more discriminatory in our tests), no ranking (status quo). Safeguards: candidates are told before applying, can opt out of AI screening without disadvantage, get the rationale on request; free-text special-category data is redacted before inference.",
        ),
        ("B.3 Risk assessment", "Method: ISO 31000-based, 5x5 matrix."),
    ]
    for h, t in secs:
        blocks += [("h", h), t]
    blocks.append(
        (
            "t",
            [
                ["Risk", "L", "C", "Implemented", "Considered, not implemented + why", "Residual"],
                [
                    "Indirect discrimination (age, gender, origin)",
                    "4",
                    "5",
                    "Bias audits, redaction",
                    "Removing cover letters (lower accuracy for career changers)",
                    "High",
                ],
                [
                    "Recruiters rubber-stamp scores",
                    "4",
                    "4",
                    "Mandatory review screen",
                    "Hide scores (defeats purpose)",
                    "High",
                ],
                [
                    "Transfer outside EEA by processor's sub-processors",
                    "2",
                    "4",
                    "EU-only contract",
                    "-",
                    "Low",
                ],
            ],
        )
    )
    blocks += [
        ("h", "B.3.2 Co-determination, transparency and predictability"),
        "Applicant panel (n=40) and two employer unions consulted; they asked for the opt-out which is now implemented.",
        ("h", "Appendix C. Board minutes (extract)"),
        "HireLoop AS board meeting 24 November 2026, item 5. The Head of Legal presented the DPIA findings (second review, first on 22 September). The board took account of the applicant panel and union feedback. Resolution: the DPIA is approved; residual risk of indirect discrimination remains high; management shall request prior consultation with Datatilsynet. Signed by chair Randi Lie.",
    ]
    doc = pdf(blocks)
    body = "Dear Sir or Madam,\n\nAttached is HireLoop AS's request for prior consultation (single PDF: contact details, DPIA and board minutes).\n\nBest regards,\nSofie Grindheim\nHead of Legal, HireLoop AS\n+47 21 09 88 10\n"
    m = message(
        frm="Sofie Grindheim <sofie.grindheim@hireloop.no>",
        subject="HireLoop AS: Art. 36 prior consultation – AI candidate screening",
        date=d(11, 26, 11, 3),
        msgid="<hireloop-legal-20261126@hireloop.no>",
        body=body,
        attachments=[("HireLoop_Art36_request.pdf", doc)],
    )
    return m, label(
        "e011",
        "en",
        [
            "one_pdf",
            "contact_pdf_two_column_table",
            "numbered_subchapters",
            "board_minutes_appendix",
            "processor_used",
            "foreign_processor",
        ],
        "pgp_mime",
        "used",
        "PPPPP",
        "registered",
        "recruitment platform; one long PDF; processor contact in contact table",
    )


def e012():
    cover = pdf(
        [
            ("h", "Anmodning om forhåndsdrøftelse"),
            "Dyrlegesenteret Vest AS (14 klinikker) vil ta opp alle konsultasjoner med lyd og la en KI-tjeneste lage journalnotat automatisk. Opptakene fanger også dyreeierens helseopplysninger, økonomi og familieforhold som kommer fram i samtalen, og de ansattes arbeid.",
            "Kontaktperson: klinikkdirektør Elisabeth Hovland, 55 30 70 02, elisabeth.hovland@dyrlegevest.no",
            "Personvernombud: Bjørnar Rasmussen, 55 30 70 09, bjornar.rasmussen@dyrlegevest.no",
            "Databehandler: VetScribe Norge AS – kontaktperson står i databehandleravtalen (vedlegg B).",
            ("h", "Beskrivelse"),
            "Opptak startes av dyrlegen ved konsultasjonsstart med eierens samtykke. Lyd sendes til VetScribe (databehandler), transkriberes og oppsummeres; lydfil slettes etter 48 timer, notatet går inn i journalsystemet. Ca. 120 000 konsultasjoner per år, 95 ansatte. Ingen andre mottakere.",
            ("h", "Nødvendighet og forholdsmessighet"),
            "Dyrehelsepersonelloven krever journal. Manuell journalføring tar i snitt 9 minutter per konsultasjon. Samtykke fra eier innhentes muntlig og registreres; konsultasjon uten opptak tilbys alltid. Ansatte kan skru av opptak. Opptak brukes ikke til kvalitetskontroll av ansatte.",
            ("h", "Risikovurdering"),
            (
                "t",
                [
                    ["Risiko", "Nivå før", "Tiltak", "Nivå etter"],
                    [
                        "Eierens sensitive opplysninger i opptak",
                        "Høy",
                        "Sletting 48 t, filtrering",
                        "Høy",
                    ],
                    [
                        "Ansatte overvåkes via opptak",
                        "Middels",
                        "Avtale med tillitsvalgte",
                        "Middels",
                    ],
                    ["Feil i KI-notat", "Høy", "Dyrlegen godkjenner notat", "Middels"],
                ],
            ),
            "Vurdert, ikke gjennomført: lokal transkribering på klinikken (for dårlig kvalitet på norsk).",
        ]
    )
    dba = docx(
        [
            ("h", "Vedlegg B – Databehandleravtale"),
            "Mellom Dyrlegesenteret Vest AS (behandlingsansvarlig) og VetScribe Norge AS, org.nr. 931 220 118 (databehandler).",
            ("h", "Kontaktpunkt for personvern hos databehandler", 2),
            "Jon Erik Tangen, sikkerhets- og personvernansvarlig, telefon 401 77 315, e-post jon.erik.tangen@vetscribe.no",
            ("h", "Behandlingens varighet", 2),
            "Så lenge hovedavtalen gjelder.",
        ]
    )
    minutes = odt(
        [
            ("h", "Referat fra ledermøte Dyrlegesenteret Vest AS, 28.11.2026"),
            "Tilstede: daglig leder Frode Lie, klinikkdirektør Elisabeth Hovland, økonomisjef Marit Hope, HR-leder Stian Ask.",
            "Sak 3 – DPIA lydopptak og KI-journal (2. gangs behandling). Klinikkdirektøren la fram funnene. Synspunkter fra ansatte (spørreundersøkelse, 61 svar), tillitsvalgte og et utvalg dyreeiere ble gjennomgått.",
            "Beslutning: DPIA godkjent. Ledermøtet aksepterer ikke restrisikoen uten Datatilsynets vurdering og ber om forhåndsdrøftelse.",
        ]
    )
    body = "Hei\n\nVedlagt er vår anmodning om forhåndsdrøftelse (vedlegg A), databehandleravtalen (vedlegg B) og referat fra ledermøtet (vedlegg C).\n\nHilsen\nElisabeth Hovland\nKlinikkdirektør\nDyrlegesenteret Vest AS\n"
    m = message(
        frm="Elisabeth Hovland <elisabeth.hovland@dyrlegevest.no>",
        subject="Anmodning om forhåndsdrøftelse - lydopptak og KI-journal",
        date=d(12, 1, 13, 12),
        msgid="<dyrvest-3391@dyrlegevest.no>",
        body=body,
        attachments=[
            ("Vedlegg A - anmodning.pdf", cover),
            ("Vedlegg B - databehandleravtale.docx", dba),
            ("Vedlegg C - referat ledermøte.odt", minutes),
        ],
    )
    return m, label(
        "e012",
        "nb",
        [
            "contacts_across_two_documents",
            "processor_contact_in_dpa",
            "odt_minutes",
            "pdf_word_processor_tables",
            "processor_used",
        ],
        "pgp_mime",
        "used",
        "PPPPP",
        "registered",
        "veterinary chain; processor contact only in DPA docx",
    )


def e013():
    wb = xlsx(
        {
            "1 Beskrivelse": [
                ["Felt", "Svar"],
                [
                    "Behandling",
                    "Segmentering av medlemmer og sympatisører for målrettet politisk kommunikasjon",
                ],
                ["Registrerte", "ca. 28 000 medlemmer, 60 000 personer på nyhetsbrevlister"],
                [
                    "Opplysninger",
                    "Kontaktinfo, bosted, engasjementshistorikk, svar på saksundersøkelser (politisk oppfatning, art. 9)",
                ],
                ["Kilder", "Medlemsregister, nyhetsbrevplattform (egen drift), undersøkelser"],
                ["Mottakere", "Sentralt partikontor og fylkeslag (kun egne)"],
                ["Lagring", "Profil slettes 12 mnd etter siste aktivitet"],
                ["Sikkerhet", "Egen server, tofaktor, logging"],
                ["Databehandler", "Ingen – all behandling i egen drift"],
                ["Ansvar", "Partisekretær er behandlingsansvarlig på vegne av partiet"],
            ],
            "2 Nødvendighet": [
                ["Spørsmål", "Vurdering"],
                ["Grunnlag", "Art. 9 nr. 2 d (medlemmer) og uttrykkelig samtykke for sympatisører"],
                [
                    "Alternativ",
                    "Lik informasjon til alle (dagens praksis) – gir lav relevans, men er vurdert",
                ],
                ["Minimering", "Ingen kjøpte data, ingen sosiale medier-data"],
                ["Rettigheter", "Innsyn i egen profil i Min side; enkel avmelding"],
            ],
            "3 Risiko": [
                ["Risiko", "S", "K", "Tiltak", "Ikke gjennomført (hvorfor)", "Rest"],
                [
                    "Manipulerende budskap til sårbare grupper",
                    3,
                    5,
                    "Retningslinjer for innhold",
                    "Forbud mot segmentering etter alder (politisk uenighet)",
                    "Høy",
                ],
                ["Lekkasje av politisk oppfatning", 2, 5, "Kryptering, tilgang", "-", "Høy"],
                [
                    "Uklar forventning hos sympatisører",
                    3,
                    3,
                    "Tydelig samtykketekst",
                    "-",
                    "Middels",
                ],
            ],
        }
    )
    scan = scan_jpeg(
        [
            "#Utdrag av protokoll – sentralstyret",
            "Møte 20. november 2026",
            "",
            "Sak 88/26  Personvernkonsekvensvurdering – segmentering",
            "",
            "Partisekretæren la fram DPIA og funn for andre gang",
            "(første gang i sak 71/26). Innspill fra ungdomsorganisasjonen",
            "og fylkeslagene var vedlagt.",
            "",
            "Vedtak: Sentralstyret godkjenner vurderingen og ber",
            "partisekretæren be Datatilsynet om forhåndsdrøftelse.",
            "",
            "Rett utskrift: Guro Nedrelid",
        ]
    )
    body = """Til Datatilsynet

Kystpartiet ber med dette om forhåndsdrøftelse for segmentert medlemskommunikasjon. DPIA-en er ført i regnearket vedlagt (tre faner). Sentralstyrets vedtak følger som bilde av protokollutdraget.

Kontaktkort for partiets personvernombud ligger ved som vcf. Min egen kontaktinfo står under.

Med hilsen
Eivind Sjursen
partisekretær, Kystpartiet
Storgata 19, 0184 Oslo
tlf 22 05 61 10 / 918 55 402
eivind.sjursen@kystpartiet.no
"""
    m = message(
        frm="Eivind Sjursen <eivind.sjursen@kystpartiet.no>",
        subject="Forhåndsdrøftelse – segmentert kommunikasjon",
        date=d(11, 25, 16, 30),
        msgid="<kp-sekr-112526@kystpartiet.no>",
        body=body,
        attachments=[
            ("DPIA segmentering.xlsx", wb),
            ("protokollutdrag_sak88.jpg", scan),
            (
                "personvernombud.vcf",
                vcf(
                    "Lene Birkeland",
                    "Kystpartiet",
                    "Personvernombud",
                    "+47 22 05 61 19",
                    "personvernombud@kystpartiet.no",
                ),
            ),
        ],
    )
    return m, label(
        "e013",
        "nb",
        [
            "dpia_xlsx_multi_sheet",
            "contact_vcard",
            "contact_signature",
            "minutes_jpeg_scan",
            "processor_none_stated",
        ],
        "none",
        "none",
        "PPPPP",
        "registered",
        "political party; DPIA as XLSX sheets; approval JPEG; DPO in vCard",
    )


def e014():
    dpia = docx(
        [
            ("h", "Data Protection Impact Assessment – Audience Emotion Analytics"),
            ("h", "Prepared for Nordkino AS by Veritas Compliance Partners", 2),
            ("h", "1. What is planned"),
            "Nordkino (9 cinemas) wants infrared cameras in auditoriums to measure aggregate audience reactions (laughter, attention) during trailers and films. Faces are processed frame by frame by software from EmoSense GmbH (processor, Munich); only per-seat emotion timelines are stored, linked to ticket bookings for loyalty members. ~1.4 million admissions per year; loyalty members ~210 000. Results are shared with distributors in aggregated form. Retention: timelines 90 days.",
            ("h", "2. Is it necessary and proportionate?"),
            "Basis: consent of loyalty members for linking; legitimate interest for aggregate measurement. Alternatives: post-screening surveys (low response), aggregate-only mode (assessed; Nordkino wants member-level personalisation). Safeguards: signage, opt-out seats, no storage of images, member dashboard showing own data.",
            ("h", "3. Risks to individuals"),
            (
                "t",
                [
                    [
                        "Risk",
                        "Likelihood",
                        "Severity",
                        "Mitigation in place",
                        "Not adopted / reason",
                        "Residual",
                    ],
                    [
                        "Emotional profiling of members",
                        "High",
                        "High",
                        "Consent, dashboard",
                        "Drop member-level linking – commercial reasons",
                        "High",
                    ],
                    [
                        "Children in family screenings analysed",
                        "High",
                        "Medium",
                        "Cameras off in family screenings",
                        "-",
                        "Medium",
                    ],
                    [
                        "Chilling effect on cinema visits",
                        "Medium",
                        "Medium",
                        "Opt-out seats",
                        "-",
                        "Medium",
                    ],
                ],
            ),
        ]
    )
    letter = pdf(
        [
            ("h", "Nordkino AS – Approval of DPIA"),
            "Date: 30 November 2026",
            "The executive management of Nordkino AS reviewed the DPIA for audience emotion analytics on 2 October and 27 November 2026. The consultant's findings were presented by Veritas Compliance Partners. We considered feedback from our loyalty member panel, cinema staff and two distributors.",
            "Decision: We approve the DPIA. Residual risk for emotional profiling remains high. We authorise Veritas Compliance Partners to request prior consultation with Datatilsynet on our behalf.",
            "Signed: Camilla Aarø, CEO                Signed: Morten Lid, CFO",
        ]
    )
    body = """Dear Datatilsynet,

We act for Nordkino AS, the controller, and submit on its behalf a request for prior consultation under Art. 36 GDPR.

Contacts:
- Controller's contact person: Morten Lid, CFO, Nordkino AS, +47 22 47 30 00 (switchboard) / +47 932 10 477, morten.lid@nordkino.no
- Nordkino's DPO (outsourced to us): Helga Moen, Veritas Compliance Partners, +47 415 60 330, helga.moen@veritascp.no
- Processor: EmoSense GmbH, Data Protection Team, Dr. Katrin Weber, +49 89 2180 4410, dataprotection@emosense.de

Enclosed: the DPIA (docx) and the signed approval letter from Nordkino's management.

Yours sincerely,
Helga Moen
Senior Consultant | Veritas Compliance Partners AS
"""
    m = message(
        frm="Helga Moen <helga.moen@veritascp.no>",
        subject="Prior consultation on behalf of Nordkino AS – audience emotion analytics",
        date=d(12, 2, 9, 30),
        msgid="<vcp-2026-1202-nordkino@veritascp.no>",
        body=body,
        attachments=[
            ("Nordkino_DPIA_emotion_analytics.docx", dpia),
            ("Nordkino_management_approval_signed.pdf", letter),
        ],
    )
    return m, label(
        "e014",
        "en",
        [
            "consultant_on_behalf",
            "dpo_external_firm",
            "contact_list_body",
            "dpia_report_docx",
            "signed_letter_pdf",
            "processor_used",
            "foreign_processor",
        ],
        "none",
        "used",
        "PPPPP",
        "registered",
        "cinema chain via consultant; signed approval letter",
    )


def e015():
    html = """<html><body style="font-family:Calibri,sans-serif">
<p>Hei,</p>
<p>Språkbro AS ber om forhåndsdrøftelse for maskinoversettelse av pasientdokumenter for sykehus og kommuner.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Rolle</th><th>Navn</th><th>Telefon</th><th>E-post</th></tr>
<tr><td>Kontaktperson</td><td>Ingvild Rønning, COO</td><td>22 12 90 70</td><td>ingvild.ronning@sprakbro.no</td></tr>
<tr><td>Personvernombud</td><td>Aleksander Brun</td><td>22 12 90 75</td><td>personvern@sprakbro.no</td></tr>
<tr><td>Databehandler (MT-motor)</td><td>Polyglot Cloud AS – Vidar Sunde</td><td>468 20 113</td><td>vidar.sunde@polyglotcloud.no</td></tr>
</table>
<p><b>Behandlingen.</b> Oversettere laster opp epikriser, henvisninger og vedtak som skal oversettes til/fra 40 språk. Tekst sendes til Polyglot Cloud (databehandler, Norge) for maskinoversettelse og etterredigeres av autorisert oversetter. Ca. 35 000 dokumenter i året. Oppdragsgiver (sykehus/kommune) er behandlingsansvarlig for innholdet; Språkbro er behandlingsansvarlig for kvalitetsdatabasen der oversatte setningspar lagres i 2 år for å forbedre motoren.</p>
<p><b>Nødvendighet.</b> Kvalitetsdatabasen er det som gir høy risiko. Vi har vurdert å ikke lagre setningspar (gir dårligere kvalitet på sjeldne språk). Personnavn, fødselsnummer og adresser fjernes automatisk før lagring; oppdragsgiver kan reservere seg. Grunnlag: berettiget interesse og art. 9 nr. 2 h via oppdragsgiver – vi ber særlig om Datatilsynets syn på dette.</p>
<p><b>Risiko.</b></p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Risiko</th><th>Sannsynlighet</th><th>Konsekvens</th><th>Tiltak</th><th>Rest</th></tr>
<tr><td>Helseopplysninger blir liggende i setningspar etter anonymisering</td><td>Høy</td><td>Høy</td><td>Automatisk fjerning + stikkprøver</td><td>Høy</td></tr>
<tr><td>Feiloversettelse med følger for behandling</td><td>Middels</td><td>Høy</td><td>Etterredigering av autorisert oversetter</td><td>Middels</td></tr>
<tr><td>Uautorisert tilgang hos databehandler</td><td>Lav</td><td>Høy</td><td>Kryptering, revisjon</td><td>Lav</td></tr>
</table>
<p>Tiltak vurdert men ikke gjennomført: manuell gjennomgang av alle setningspar (for ressurskrevende).</p>
<p><b>Ledelsens behandling.</b> Styret i Språkbro AS behandlet DPIA-en 12.10 og 23.11.2026. Daglig leder presenterte funn; innspill fra to sykehuskunder og Tolkeforbundet ble vurdert. Vedtak 23.11: «DPIA godkjennes. Restrisiko for helseopplysninger i kvalitetsdatabasen er høy, og administrasjonen skal be Datatilsynet om forhåndsdrøftelse.»</p>
<p>Med vennlig hilsen<br>Ingvild Rønning<br>COO, Språkbro AS</p>
</body></html>"""
    plain = """Hei,

Språkbro AS ber om forhåndsdrøftelse for maskinoversettelse av pasientdokumenter for sykehus og kommuner.

Kontaktperson: Ingvild Rønning, COO, 22 12 90 70, ingvild.ronning@sprakbro.no
Personvernombud: Aleksander Brun, 22 12 90 75, personvern@sprakbro.no
Databehandler (MT-motor): Polyglot Cloud AS – Vidar Sunde, 468 20 113, vidar.sunde@polyglotcloud.no

Behandlingen: Oversettere laster opp epikriser, henvisninger og vedtak som skal oversettes til/fra 40 språk. Tekst sendes til Polyglot Cloud (databehandler, Norge) for maskinoversettelse og etterredigeres av autorisert oversetter. Ca. 35 000 dokumenter i året. Oppdragsgiver er behandlingsansvarlig for innholdet; Språkbro er behandlingsansvarlig for kvalitetsdatabasen der oversatte setningspar lagres i 2 år.

Nødvendighet: Vi har vurdert å ikke lagre setningspar (gir dårligere kvalitet på sjeldne språk). Personnavn, fødselsnummer og adresser fjernes automatisk før lagring; oppdragsgiver kan reservere seg. Grunnlag: berettiget interesse og art. 9 nr. 2 h via oppdragsgiver.

Risiko:
- Helseopplysninger blir liggende i setningspar: høy/høy, tiltak automatisk fjerning + stikkprøver, rest høy
- Feiloversettelse: middels/høy, etterredigering, rest middels
- Uautorisert tilgang hos databehandler: lav/høy, kryptering og revisjon, rest lav
Vurdert men ikke gjennomført: manuell gjennomgang av alle setningspar (for ressurskrevende).

Ledelsens behandling: Styret behandlet DPIA-en 12.10 og 23.11.2026. Daglig leder presenterte funn; innspill fra to sykehuskunder og Tolkeforbundet ble vurdert. Vedtak 23.11: «DPIA godkjennes. Restrisiko er høy, og administrasjonen skal be Datatilsynet om forhåndsdrøftelse.»

Med vennlig hilsen
Ingvild Rønning
COO, Språkbro AS
"""
    m = message(
        frm="Ingvild Rønning <ingvild.ronning@sprakbro.no>",
        subject="Anmodning om forhåndsdrøftelse – maskinoversettelse av helsedokumenter",
        date=d(11, 30, 10, 5),
        msgid="<sprakbro-0c11ab@sprakbro.no>",
        body=plain,
        html=html,
    )
    return m, label(
        "e015",
        "nb",
        [
            "multipart_alternative",
            "html_table_body",
            "all_in_body",
            "board_resolution_quoted",
            "processor_used",
        ],
        "pgp_mime",
        "used",
        "PPPPP",
        "registered",
        "translation agency; everything in body, HTML tables",
    )


def e016():
    dpia = docx(
        [
            ("h", "DPIA – digitalt tilsyn om natta i sjukeheimane"),
            "Kommunane Stord, Fitjar og Bømlo (felles prosjekt). Behandlingsansvarleg for kvar sjukeheim er kommunen sjølv; Stord kommune er prosjekteigar.",
            ("h", "1 Kva vi skal gjere"),
            "Radarsensorar (utan bilete) på 140 bebuarrom varslar nattevakta ved fall, uro og når bebuaren forlét senga. Mange bebuarar har demens og kan ikkje samtykkje. Data går via Omsorgsnett AS (databehandlar) si plattform til nattevakta sin telefon. Hendingslogg lagrast i 3 månader.",
            ("h", "2 Naudsyn og proporsjonalitet"),
            "Grunnlag: helse- og omsorgstenestelova § 9-5 og pasient- og brukarrettslova kap. 4A der vilkåra er oppfylte, elles samtykke frå bebuar/verje. Alternativet er fysisk tilsyn kvar time, som vekkjer bebuarane. Sensor kan slåast av for kvar bebuar; pårørande får informasjon; vedtak etter kap. 4A vert gjort individuelt.",
            ("h", "3 Risiko for bebuarane"),
            (
                "t",
                [
                    ["Risiko", "Sannsyn", "Konsekvens", "Tiltak", "Rest"],
                    [
                        "Tvang utan vedtak",
                        "Middels",
                        "Svært høg",
                        "Rutine for individuelle vedtak",
                        "Høg",
                    ],
                    [
                        "Tilsette stolar for mykje på sensor",
                        "Middels",
                        "Høg",
                        "Fast tilsynsrunde kl. 03",
                        "Middels",
                    ],
                    ["Uvedkomande får varsel", "Låg", "Middels", "Tofaktor på telefonar", "Låg"],
                ],
            ),
            "Vurdert, ikkje gjennomført: kamera som supplement (for inngripande).",
        ]
    )
    body = """Hei

Stord, Fitjar og Bømlo kommunar ber om førehandsdrøfting for digitalt nattilsyn med radarsensorar i sjukeheimane. DPIA ligg ved.

Kontaktperson i prosjektet: Marianne Lie, einingsleiar helse og omsorg, Stord kommune, tlf. 53 49 60 40, marianne.lie@stord.kommune.no

Personvernombod: dei tre kommunane har felles interkommunalt personvernombod i Sunnhordland IKT: Tor Einar Myklebust, tlf. 53 49 61 99, personvernombod@sunnhordland-ikt.no

Databehandlar: Omsorgsnett AS, kontakt Randi Skåla, tlf. 930 41 776, randi.skaala@omsorgsnett.no

Leiinga si handsaming:
Kommunedirektørane i dei tre kommunane handsama DPIA-en i det interkommunale rådmannsforumet 7. oktober og 18. november 2026. Prosjektleiar la fram funna, og innspel frå eldreråda, brukarrepresentantar, pårørandeforeininga og tillitsvalde vart gjennomgått. Forumet vedtok samrøystes å godkjenne DPIA-en og be om førehandsdrøfting fordi risikoen for tvang utan vedtak framleis er høg. Møtereferatet er signert av alle tre kommunedirektørane.

Helsing
Marianne Lie
"""
    m = message(
        frm="Marianne Lie <marianne.lie@stord.kommune.no>",
        subject="Førehandsdrøfting – digitalt nattilsyn i sjukeheim (Stord, Fitjar, Bømlo)",
        date=d(11, 21, 10, 40),
        msgid="<stord-helse-20261121@stord.kommune.no>",
        body=body,
        attachments=[("DPIA_nattilsyn.docx", dpia)],
    )
    return m, label(
        "e016",
        "nn",
        [
            "dpo_intermunicipal",
            "contact_prose",
            "dpia_report_docx",
            "minutes_in_body",
            "processor_used",
        ],
        "none",
        "used",
        "PPPPP",
        "registered",
        "three municipalities nynorsk; shared IKS DPO",
    )


CASES = [
    e001,
    e002,
    e003,
    e004,
    e005,
    e006,
    e007,
    e008,
    e009,
    e010,
    e011,
    e012,
    e013,
    e014,
    e015,
    e016,
]
