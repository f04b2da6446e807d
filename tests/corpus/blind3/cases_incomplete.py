"""Incomplete requests (outcome: incomplete): each misses one or more parts the way real ones do."""

# ruff: noqa: E501, C901

from __future__ import annotations

from render import docx, message, odt, pdf, xlsx, zip_of

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def parts(*missing):
    return {n: ("missing" if n in missing else "present") for n in range(1, 6)}


# ------------------------------------------------------------------ home care GPS, risk assessment "ettersendes"


@case
def homecare_gps_risk_later():
    doc = docx(
        [
            ("h1", "Lokalisering av ansatte i hjemmetjenesten"),
            ("h2", "Beskrivelse av behandlingen"),
            (
                "p",
                "Storfjell kommune vil utstyre 260 ansatte i hjemmetjenesten med tjenestetelefoner som sender posisjon "
                "hvert minutt i arbeidstiden til ruteplanleggingssystemet. Formålet er bedre ruteplanlegging og at "
                "ansatte kan få hjelp raskt ved vold eller ulykker. Posisjonen kobles mot brukerbesøk, og viser "
                "dermed også hvilke brukere som får besøk og hvor lenge. Lagring 30 dager. Systemet leveres og "
                "driftes av Rutevis AS (databehandler).",
            ),
            ("h2", "Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Arbeidsmiljøloven kap. 9 og GDPR art. 6 nr. 1 e. Alternativet med manuell innsjekk ved hvert besøk "
                "er prøvd og ga mye etterregistrering. Posisjon logges ikke i pauser og utenfor arbeidstid; "
                "ledere ser bare sanntidskart, ikke historikk. Tillitsvalgte er drøftet med etter aml. § 9-2.",
            ),
            ("h2", "Kontaktpersoner"),
            (
                "table",
                [
                    ["Rolle", "Navn", "Telefon", "E-post"],
                    [
                        "Kontaktperson",
                        "Trine Solberg, virksomhetsleder hjemmetjenesten",
                        "61 28 44 10",
                        "trine.solberg@storfjell.kommune.no",
                    ],
                    [
                        "Personvernombud",
                        "Kåre Holt",
                        "61 28 40 00",
                        "personvernombud@storfjell.kommune.no",
                    ],
                    [
                        "Databehandler",
                        "Rutevis AS, Linn Gulbrandsen",
                        "35 58 90 20",
                        "linn.gulbrandsen@rutevis.no",
                    ],
                ],
            ),
        ]
    )
    referat = pdf(
        [
            ("h1", "Storfjell kommune – Kommunedirektørens ledergruppe"),
            ("p", "Møte 27.10.2026. Sak 77/26 Posisjonering hjemmetjenesten."),
            (
                "p",
                "Virksomhetslederen presenterte saken og innspill fra Fagforbundet, NSF og eldrerådet. Andre gangs "
                "behandling. Vedtak: Ledergruppen godkjenner vurderingen og ber om forhåndsdrøftelse.",
            ),
        ]
    )
    body = """Hei

Storfjell kommune ber om forhåndsdrøftelse for posisjonering av ansatte i hjemmetjenesten.

Vedlagt er beskrivelse av behandlingen med vurdering av nødvendighet, kontaktpersoner og
referat fra ledergruppen. Selve risikovurderingen er ikke ferdig kvalitetssikret og
ettersendes så snart den er klar, trolig i løpet av to uker.

Vennlig hilsen
Trine Solberg
Virksomhetsleder hjemmetjenesten
"""
    m = message(
        sender="Trine Solberg <trine.solberg@storfjell.kommune.no>",
        subject="Forhåndsdrøftelse posisjonering hjemmetjenesten",
        date=(2026, 11, 3, 12, 40),
        body=body,
        attachments=[
            ("Beskrivelse og vurdering.docx", doc),
            ("Referat ledergruppen 27.10.pdf", referat),
        ],
        msgid_domain="storfjell.kommune.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="used",
        parts=parts(4),
        shapes=["municipality", "part4_ettersendes", "contact_docx_table"],
        note="risk assessment announced for later («ettersendes»)",
    )


# ------------------------------------------------------------------ ski resort facial recognition, DPO without phone


@case
def ski_resort_dpo_no_phone():
    body = """Hei,

Høgfjell Skisenter AS ber om forhåndsdrøftelse for ansiktsgjenkjenning i heisportene
(sesongkort koblet til ansiktsbilde, for å hindre utlån av kort).

Vedlagt: PVK-rapport og styrets vedtak.

Kontaktperson er meg, Vegard Nilsen, daglig leder, tlf. 62 47 80 12,
vegard@hogfjell.no. Personvernombud: Anette Lund, anette.lund@hogfjell.no.
Vi bruker ingen databehandler; systemet står lokalt i heishuset.

Hilsen Vegard
"""
    rapport = pdf(
        [
            ("h1", "PVK – Ansiktsgjenkjenning i heisportene"),
            ("h2", "Hva vi gjør"),
            (
                "p",
                "Ca. 8 000 sesongkortkunder, også barn fra 7 år. Ved kjøp tas et ansiktsbilde. Portkameraet sammenligner "
                "ansiktet med bildet som hører til kortet. Ved avvik varsles heisvakt. Mal lagres lokalt til sesongslutt. "
                "Dagkortkunder berøres ikke.",
            ),
            ("h2", "Nødvendighet"),
            (
                "p",
                "Utlån av sesongkort koster anslagsvis 2,5 mill. kr i året. Stikkprøver med foto på skjerm er "
                "alternativet, men krever en heisvakt ved hver port. Kunder kan velge sesongkort uten ansikt mot å "
                "vise legitimasjon ved stikkprøver. Malene slettes 1. mai.",
            ),
            ("h2", "Risiko"),
            (
                "table",
                [
                    ["Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"],
                    ["Barn feilmatches og stoppes", "Middels", "Middels", "Heisvakt overprøver"],
                    ["Maler lekker", "Lav", "Høy", "Kryptert lokal lagring"],
                    ["Kunder forstår ikke", "Middels", "Middels", "Skilt, kjøpsvilkår"],
                ],
            ),
            (
                "p",
                "Ikke gjennomført: å ta barn under 15 ut av ordningen (for stor lekkasje). Restrisiko høy.",
            ),
        ]
    )
    vedtak = docx(
        [
            ("h1", "Styremøte Høgfjell Skisenter AS 21.10.2026"),
            (
                "p",
                "Sak 5: Ansiktsgjenkjenning. Styret fikk presentert PVK-en og innspill fra hytteeierforeningen og "
                "alpinklubben. Saken var også oppe i august. Vedtak: PVK godkjennes, forhåndsdrøftelse søkes.",
            ),
        ]
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body lang="NO-BOK"><div class="WordSection1">'
        + "".join(
            f'<p class="MsoNormal">{line or "&nbsp;"}<o:p></o:p></p>' for line in body.splitlines()
        )
        + "</div></body></html>"
    )
    m = message(
        sender="Vegard Nilsen <vegard@hogfjell.no>",
        subject="Forhåndsdrøftelse ansiktsgjenkjenning heis",
        date=(2026, 11, 4, 19, 5),
        body=body,
        html=html,
        html_only=True,
        attachments=[("PVK ansikt heis.pdf", rapport), ("Styrevedtak okt 2026.docx", vedtak)],
        msgid_domain="hogfjell.no",
    )
    return m, dict(
        language="nb",
        encrypt="inline",
        processor="none",
        parts=parts(1),
        shapes=["ski_resort", "p1_dpo_no_phone", "contact_prose", "html_only_body"],
        note="DPO given with name and e-mail but no phone number",
    )


# ------------------------------------------------------------------ warehouse wearables, processor named without contact


@case
def warehouse_processor_no_contact():
    dpia = docx(
        [
            ("h1", "DPIA – Wearable pick-rate monitoring, Gardermoen warehouse"),
            ("h2", "1. Description"),
            (
                "p",
                "NordLogistics AS plans to give its 420 warehouse workers wrist scanners that record every pick, idle "
                "time over 90 seconds and walking routes. Supervisors receive a live productivity dashboard per "
                "worker. The data and dashboard are hosted by TrackWise Ltd (UK), our processor. Retention: 6 months.",
            ),
            ("h2", "2. Necessity and proportionality"),
            (
                "p",
                "Purpose: balance workload and detect ergonomic overload. We considered team-level figures only, "
                "but ergonomic alerts need individual data. Individual rankings will not be shown; data will not be "
                "used for dismissal. Works council consulted; workers informed in writing.",
            ),
            ("h2", "3. Risks and mitigations"),
            (
                "table",
                [
                    ["Risk", "Level", "Mitigation", "Status"],
                    [
                        "Constant surveillance / stress",
                        "High",
                        "No ranking, idle alerts off in breaks",
                        "Implemented",
                    ],
                    ["Use in disciplinary cases", "High", "Policy + access log", "Implemented"],
                    ["Transfer to UK", "Medium", "Adequacy decision, DPA", "Implemented"],
                    [
                        "Function creep to bonus system",
                        "Medium",
                        "Board commitment",
                        "Not implemented – union wants it in the collective agreement",
                    ],
                ],
            ),
            ("h2", "4. Management review"),
            (
                "p",
                "Approved by the executive team on 26 October 2026 after the second review; union and safety "
                "representatives' comments were presented. Decision to seek prior consultation.",
            ),
        ]
    )
    body = """Dear Datatilsynet,

Please find attached our DPIA for wearable pick-rate monitoring and our request for prior
consultation.

Contact: Olav Strand, HR Director, +47 64 81 90 33, olav.strand@nordlogistics.no
DPO: Marianne Eng, +47 64 81 90 00, dpo@nordlogistics.no
Processor: TrackWise Ltd, Manchester.

Kind regards
Olav Strand
"""
    m = message(
        sender="Olav Strand <olav.strand@nordlogistics.no>",
        subject="Prior consultation – wearable monitoring in warehouse",
        date=(2026, 11, 5, 8, 50),
        body=body,
        attachments=[("DPIA_wearables_v3.docx", dpia)],
        msgid_domain="nordlogistics.no",
    )
    return m, dict(
        language="en",
        encrypt="none",
        processor="used",
        parts=parts(1),
        shapes=["warehouse", "p1_proc_no_contact", "contact_body_list"],
        note="processor named (TrackWise Ltd) but no contact person, phone or e-mail",
    )


# ------------------------------------------------------------------ sameie, board has not yet treated it


@case
def sameie_not_yet_approved():
    body = """Til Datatilsynet

Eierseksjonssameiet Kaikanten (96 seksjoner, næring i 1. etasje) ønsker å ta i bruk
kameraovervåking med automatisk personsporing i garasjeanlegget og fellesarealene,
etter flere tilfeller av hærverk og tyveri fra biler.

Om behandlingen: 14 kameraer, opptak i 7 dager, programvare som kan spore én person
gjennom flere kameraer når en hendelse er registrert. Beboere, gjester, håndverkere
og ansatte i næringslokalene filmes. Leverandøren Securo AS er databehandler og har
fjerntilgang; kontakt hos dem er Mohammed Iqbal, 23 17 50 50, mi@securo.no.

Hvorfor: Politiet henlegger sakene uten opptak. Vanlig kameraovervåking uten sporing er
vurdert, men gjør det svært tidkrevende å finne gjerningspersonen. Sporing aktiveres bare
manuelt etter en anmeldt hendelse, og bare av forretningsfører. Skilting ved alle
innganger; innsyn via forretningsfører.

Risiko: (1) sporing brukes til å kontrollere naboer – middels sannsynlighet, høy
konsekvens; tiltak: logg, to personer må godkjenne. (2) opptak lekker – lav/høy;
tiltak: kryptering. (3) ansatte i næringslokalene overvåkes – middels/middels; tiltak:
ingen kamera mot inngangen til lokalene. Vi har vurdert å ikke bruke sporing i det hele
tatt, men styret mener det er nødvendig. Risikoen er fortsatt høy.

Styret har ikke behandlet vurderingen ennå. Den skal opp på styremøtet 14. januar, og
vi sender protokollen etterpå. Vi ville likevel sende inn nå for å komme i kø.

Kontaktperson: styreleder Hanne Lie, 982 44 710, styret@kaikanten.no
Personvernombud: sameiet har avtale med forretningsførerens ombud, Frank Aune,
22 30 44 00, personvern@obf-forvaltning.no

Mvh
Hanne Lie
"""
    m = message(
        sender="Hanne Lie <styret@kaikanten.no>",
        subject="Kameraovervåking m/sporing – forhåndsdrøftelse",
        date=(2026, 11, 6, 22, 14),
        body=body,
        msgid_domain="kaikanten.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="used",
        parts=parts(5),
        shapes=["housing_coop", "all_in_body", "part5_not_yet_treated"],
        note="board has not treated the assessment yet (meeting 14 January)",
    )


# ------------------------------------------------------------------ nynorsk independent school, DPIA under arbeid


@case
def nn_friskule_dpia_under_arbeid():
    body = """Hei

Fjordtun friskule (1.-10. trinn, 180 elevar) planlegg å ta i bruk eit system for
digital eksamensovervaking på elevane sine eigne PC-ar: webkamera, skjermopptak og
analyse av augerørsler under heildagsprøver og eksamen. Systemet blir levert av
ExamGuard AS, som vil vere databehandlar (kontakt: Sølvi Tangen, 400 22 918,
solvi@examguard.no). Opptaka blir lagra i 14 dagar og berre gjennomgått når systemet
flaggar mistanke om fusk.

Vi er usikre på korleis risikoen skal vurderast, og vurderinga av personvernkonsekvensar
(DPIA) er framleis under arbeid. Vi har heller ikkje kome så langt at vi har vurdert
alternativ. Vi sender likevel denne førespurnaden om førehandsdrøfting no, og sender
DPIA-en når ho er ferdig.

Styret i friskulen har gjeve tilslutnad til at vi går vidare med saka (sjå vedlagt
protokoll).

Kontaktperson: rektor Gunnhild Aasen, 57 71 30 10, rektor@fjordtun.no
Personvernombod: Bjørn Tveit, 57 71 30 00, personvernombod@fjordtun.no

Helsing
Gunnhild Aasen
rektor
"""
    prot = odt(
        [
            ("h1", "Protokoll styremøte Fjordtun friskule 28.10.2026"),
            (
                "p",
                "Sak 9/26 Digital eksamensovervaking. Rektor orienterte. Styret gjev tilslutnad til at skulen går vidare og ber "
                "om førehandsdrøfting. DPIA skal leggjast fram for styret når ho er ferdig.",
            ),
        ]
    )
    m = message(
        sender="Gunnhild Aasen <rektor@fjordtun.no>",
        subject="Førehandsdrøfting – eksamensovervaking",
        date=(2026, 11, 9, 14, 22),
        body=body,
        attachments=[("Protokoll styret 28.10.odt", prot)],
        msgid_domain="fjordtun.no",
    )
    return m, dict(
        language="nn",
        encrypt="none",
        processor="used",
        parts=parts(3, 4, 5),
        shapes=["school", "dpia_under_arbeid", "all_in_body", "approval_without_dpia"],
        note="DPIA «under arbeid»: no necessity/risk assessment; board approved going ahead, not a reviewed DPIA",
    )


# ------------------------------------------------------------------ hospital, Vedlegg 3 referenced but not attached


@case
def hospital_missing_attachment():
    v1 = docx(
        [
            ("h1", "Vedlegg 1 – Beskrivelse og vurdering av nødvendighet"),
            ("h2", "Behandlingen"),
            (
                "p",
                "Nordlandssykehuset Vest HF (fiktivt) vil innføre kameraovervåking med bevegelsesanalyse på "
                "skjermede enheter i psykiatrien, som varsler personalet når en pasient faller eller oppholder seg "
                "uvanlig lenge på badet. Kameraene står på pasientrom. Ca. 300 pasienter per år, mange innlagt "
                "uten eget samtykke. Analyse skjer lokalt; video lagres ikke, bare hendelseslogg i 30 dager. "
                "Ingen databehandler.",
            ),
            ("h2", "Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Alternativet er fast vakt eller tilsyn hvert 15. minutt, som forstyrrer søvn. Pasienten kan be om å "
                "få analysen slått av; kameraet viser bare silhuett. Psykisk helsevernloven § 4-1 og art. 9 nr. 2 h.",
            ),
        ]
    )
    v2 = pdf(
        [
            ("h1", "Vedlegg 2 – Kontaktopplysninger"),
            (
                "table",
                [
                    ["Rolle", "Navn", "Telefon", "E-post"],
                    [
                        "Kontaktperson",
                        "Klinikksjef Hans Petter Moen",
                        "75 50 10 22",
                        "hans.petter.moen@nsvest.no",
                    ],
                    [
                        "Personvernombud",
                        "Silje Lorentzen",
                        "75 50 10 00",
                        "personvernombud@nsvest.no",
                    ],
                ],
            ),
        ]
    )
    v4 = pdf(
        [
            ("h1", "Vedlegg 4 – Utdrag av protokoll fra direktørens ledermøte 2.11.2026"),
            (
                "p",
                "Sak 140/26. PVK for bevegelsesanalyse ble presentert, med innspill fra brukerutvalget, pasient- og "
                "brukerombudet og tillitsvalgte. Andre gangs behandling. Beslutning: PVK godkjennes; anmodning om "
                "forhåndsdrøftelse sendes.",
            ),
        ]
    )
    body = """Til Datatilsynet

Anmodning om forhåndsdrøftelse – bevegelsesanalyse på skjermet enhet

Vi viser til personvernforordningen artikkel 36 og oversender:

Vedlegg 1 Beskrivelse og vurdering av nødvendighet og proporsjonalitet
Vedlegg 2 Kontaktopplysninger
Vedlegg 3 Risikovurdering (PVK kapittel 5-7)
Vedlegg 4 Utdrag av protokoll fra ledermøtet

Med hilsen
Hans Petter Moen
Klinikksjef, Klinikk for psykisk helse

--
Denne e-posten kan inneholde taushetsbelagte opplysninger. Dersom du har mottatt den
ved en feil, vennligst gi beskjed til avsender og slett e-posten. Nordlandssykehuset
Vest HF bruker TLS for e-post. This e-mail may contain confidential information.
"""
    m = message(
        sender="Hans Petter Moen <hans.petter.moen@nsvest.no>",
        subject="Anmodning om forhåndsdrøftelse – bevegelsesanalyse psykiatri",
        date=(2026, 11, 10, 9, 17),
        body=body,
        attachments=[("Vedlegg 1.docx", v1), ("Vedlegg 2.pdf", v2), ("Vedlegg 4.pdf", v4)],
        msgid_domain="nsvest.no",
    )
    return m, dict(
        language="nb",
        encrypt="pgp_mime",
        processor="none",
        parts=parts(4),
        shapes=["hospital", "referenced_attachment_missing", "appendices_by_number"],
        note="Vedlegg 3 (risk assessment) listed in the mail but not attached",
    )


# ------------------------------------------------------------------ research, zero-byte management approval


@case
def research_empty_approval():
    dpia = pdf(
        [
            ("h1", "DPIA – GENOMICS-ELDER: whole-genome sequencing in a home-care cohort"),
            ("h2", "A. Processing"),
            (
                "p",
                "Polar Biobank Institute will sequence the whole genome of 2 000 home-care recipients aged 75+ and link "
                "results with municipal care records and prescription data to study frailty. Samples are taken by "
                "home-care nurses. Many participants have mild cognitive impairment; consent is obtained from the "
                "participant and, where needed, the next of kin. Data are stored in our own secure research "
                "environment; no processor is used.",
            ),
            ("h2", "B. Necessity and proportionality"),
            (
                "p",
                "Legal basis Art. 6(1)(e), 9(2)(j); REK 2026/90011. Genome data are essential for the research "
                "question; array genotyping was considered but lacks rare variants. Safeguards: pseudonymisation, "
                "no return of incidental findings except actionable ones per protocol, right to withdraw, "
                "information adapted to people with cognitive impairment.",
            ),
            ("h2", "C. Risks"),
            (
                "table",
                [
                    ["Risk", "Likelihood", "Impact", "Measures", "Residual"],
                    [
                        "Re-identification from genome",
                        "Medium",
                        "Very high",
                        "Access control, no public release",
                        "High",
                    ],
                    [
                        "Consent not valid (capacity)",
                        "Medium",
                        "High",
                        "Capacity assessment by nurse + kin",
                        "Medium",
                    ],
                    [
                        "Relatives' data revealed",
                        "High",
                        "Medium",
                        "Information to participants",
                        "High",
                    ],
                ],
            ),
        ]
    )
    body = """Dear Sir/Madam,

Polar Biobank Institute requests prior consultation for the GENOMICS-ELDER study.

Attached you will find the DPIA and the signed approval from our board meeting of
29 October 2026 (Board_approval_signed.pdf).

Contact person: Dr. Ane Kristiansen, +47 77 64 50 12, ane.kristiansen@polarbiobank.no
Data Protection Officer: Rolf Hansen, +47 77 64 50 00, dpo@polarbiobank.no

Best regards,
Ane Kristiansen
"""
    m = message(
        sender="Ane Kristiansen <ane.kristiansen@polarbiobank.no>",
        subject="Prior consultation – GENOMICS-ELDER",
        date=(2026, 11, 11, 10, 2),
        body=body,
        attachments=[("DPIA_GENOMICS-ELDER.pdf", dpia), ("Board_approval_signed.pdf", b"")],
        msgid_domain="polarbiobank.no",
    )
    return m, dict(
        language="en",
        encrypt="pgp_mime",
        processor="none",
        parts=parts(5),
        shapes=["research_institute", "zero_byte_part5"],
        note="the management approval PDF is zero bytes",
    )


# ------------------------------------------------------------------ power company, wrong file


@case
def kraftlag_wrong_file():
    wrong = pdf(
        [
            ("h1", "Beredskapsplan – langvarig strømbrudd"),
            ("p", "Vesterdal Kraftlag SA. Revidert september 2026."),
            ("h2", "1. Varsling"),
            (
                "p",
                "Ved bortfall over 4 timer varsles kommunens kriseledelse og Statnett. Vaktleder kaller inn "
                "beredskapsstab.",
            ),
            ("h2", "2. Reservekraft"),
            ("p", "Mobile aggregater står på lager i Vesterdal og Bru. Drivstoff for 72 timer."),
            ("h2", "3. Kommunikasjon"),
            ("p", "Informasjon til kunder på nettsiden, SMS og lokalradio."),
        ]
    )
    vedtak = docx(
        [
            ("h1", "Styret i Vesterdal Kraftlag SA"),
            (
                "p",
                "Protokoll 20.10.2026, sak 18/26 Personvernkonsekvensvurdering for fjernstyring av varmtvannsberedere.",
            ),
            (
                "p",
                "Styret fikk presentert vurderingen og funnene, og innspill fra kundeutvalget. Andre gangs behandling. "
                "Vedtak: Vurderingen godkjennes. Administrasjonen ber om forhåndsdrøftelse.",
            ),
        ]
    )
    body = """Hei

Vesterdal Kraftlag SA ber om forhåndsdrøftelse for fjernstyring av varmtvannsberedere hos
kundene (laststyring basert på forbruksmønster per husstand).

Vedlagt er DPIA-en (beskrivelse, nødvendighet og risiko) og styreprotokollen.

Kontaktperson: nettsjef Håvard Bru, 56 38 10 20, havard.bru@vesterdalkraft.no
Personvernombud: Lene Tangen, 56 38 10 00, personvernombud@vesterdalkraft.no
Databehandler: ikke aktuelt, styringen skjer i vårt eget driftssentral-system.

Hilsen
Håvard Bru
"""
    m = message(
        sender="Håvard Bru <havard.bru@vesterdalkraft.no>",
        subject="Forhåndsdrøftelse – laststyring varmtvannsberedere",
        date=(2026, 11, 12, 15, 31),
        body=body,
        attachments=[("DPIA_laststyring.pdf", wrong), ("Styreprotokoll_sak18-26.docx", vedtak)],
        msgid_domain="vesterdalkraft.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="none",
        parts=parts(2, 3, 4),
        shapes=["energy_grid", "wrong_file_dpia", "contact_body_list"],
        note="the file named DPIA is an emergency plan for power outages; parts 2-4 absent",
    )


# ------------------------------------------------------------------ fitness chain, no DPO anywhere


@case
def fitness_no_dpo():
    doc = docx(
        [
            ("h1", "Puls Trening AS – Vurdering av personvernkonsekvenser for ansiktsinngang"),
            ("h2", "Behandlingen"),
            (
                "p",
                "22 sentre, ca. 65 000 medlemmer. Medlemmer kan gå inn med ansiktet i stedet for medlemskort. Malen lages "
                "i appen og lagres hos FaceGate AS (databehandler). Inngangslogg lagres 12 måneder.",
            ),
            ("h2", "Nødvendighet og proporsjonalitet"),
            (
                "p",
                "Kortdeling og kø ved inngang. Frivillig; kort og app-QR er alternativer. Samtykke i appen, kan trekkes "
                "når som helst og malen slettes innen 24 timer.",
            ),
            ("h2", "Risikoer"),
            (
                "table",
                [
                    ["Risiko", "S", "K", "Tiltak"],
                    ["Lekkasje av ansiktsmaler", "Lav", "Svært høy", "Kryptering, sletting"],
                    ["Medlemmer føler press", "Middels", "Middels", "Likeverdige alternativer"],
                    ["Inngangslogg brukt mot ansatte", "Middels", "Middels", "Tilgangsstyring"],
                ],
            ),
            ("h2", "Ledelsens behandling"),
            (
                "p",
                "Ledergruppen godkjente vurderingen 30.10.2026 (andre behandling) etter innspill fra medlemspanelet og "
                "senterledere, og besluttet å be om forhåndsdrøftelse.",
            ),
        ]
    )
    body = """Hei!

Vi i Puls Trening ønsker en forhåndsdrøftelse om ansiktsinngang på sentrene våre.
Vurderingen ligger vedlagt.

Kontaktperson er jeg: Camilla Ruud, markeds- og medlemsdirektør, 928 40 511,
camilla.ruud@pulstrening.no.

Databehandleren er FaceGate AS, kontakt Sander Vik, 21 99 10 40, sander@facegate.no.

Hilsen Camilla
"""
    m = message(
        sender="Camilla Ruud <camilla.ruud@pulstrening.no>",
        subject="Ansiktsinngang – forhåndsdrøftelse",
        date=(2026, 11, 13, 11, 11),
        body=body,
        attachments=[("PVK ansiktsinngang.docx", doc)],
        msgid_domain="pulstrening.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="used",
        parts=parts(1),
        shapes=["fitness", "p1_no_dpo", "contact_prose"],
        note="no data protection officer named anywhere",
    )


# ------------------------------------------------------------------ nynorsk municipality, contact without phone


@case
def nn_kommune_contact_no_phone():
    doc = docx(
        [
            ("h1", "DPIA: Sensorar i omsorgsbustader, Hovland kommune"),
            ("h2", "1 Skildring av behandlinga"),
            (
                "p",
                "Radarsensorar i 48 omsorgsbustader registrerer fall, rørsle om natta og pust. Data går til "
                "responssenteret og til sjukepleiar på vakt. Bebuarane har ofte demens. Leverandøren Tryggheim AS er "
                "databehandlar (kontakt: Frida Moe, 70 10 44 20, frida.moe@tryggheim.no).",
            ),
            ("h2", "2 Naudsyn og proporsjonalitet"),
            (
                "p",
                "Radar i staden for kamera; ingen bilete. Nattleg tilsyn kvar time blir redusert. Samtykke frå bebuar "
                "eller vedtak etter pasient- og brukarrettslova kap. 4A. Pårørande blir informerte.",
            ),
            ("h2", "3 Risiko"),
            (
                "table",
                [
                    ["Risiko", "Sannsyn", "Konsekvens", "Tiltak"],
                    ["Fall blir ikkje oppdaga", "Låg", "Svært høg", "Testing, reservetilsyn"],
                    [
                        "Kjensle av overvaking",
                        "Middels",
                        "Middels",
                        "Informasjon, samtale med pårørande",
                    ],
                    ["Data om søvn brukt til anna", "Låg", "Middels", "Formålsavgrensing"],
                ],
            ),
            ("h2", "4 Godkjenning"),
            (
                "p",
                "Kommunedirektøren si leiargruppe godkjende DPIA-en 29.10.2026 etter andre gongs handsaming, med innspel "
                "frå eldrerådet og tillitsvalde, og bad om førehandsdrøfting.",
            ),
        ]
    )
    body = """Hei

Hovland kommune ber om førehandsdrøfting for sensorar i omsorgsbustader. DPIA ligg ved.

Kontaktperson: Marit Haugen, einingsleiar, marit.haugen@hovland.kommune.no
Personvernombod: Jon Arild Flatebø, 70 10 40 00, personvernombod@hovland.kommune.no

Helsing Marit Haugen
"""
    m = message(
        sender="Marit Haugen <marit.haugen@hovland.kommune.no>",
        subject="Førehandsdrøfting sensorar omsorgsbustader",
        date=(2026, 11, 16, 8, 2),
        body=body,
        attachments=[("DPIA sensorar.docx", doc)],
        msgid_domain="hovland.kommune.no",
    )
    return m, dict(
        language="nn",
        encrypt="inline",
        processor="used",
        parts=parts(1),
        shapes=["municipality", "elderly_care", "p1_contact_no_phone"],
        note="controller's contact person has no phone number (nowhere in mail or DPIA)",
    )


# ------------------------------------------------------------------ HR SaaS, necessity to be completed


@case
def hr_sentiment_necessity_tbd():
    dpia = docx(
        [
            ("h1", "DPIA – Pulse: sentiment analysis of employee Slack messages"),
            ("h2", "1 Description of processing"),
            (
                "p",
                "Krona Software AS (380 employees) will analyse messages in public Slack channels with a language model "
                "to measure team sentiment and detect burnout risk. Results are shown per team (min. 8 people) to "
                "managers, and per person to HR when a burnout flag is raised. The model runs at Krona's own cloud "
                "tenant. No processor other than Slack (existing DPA) is involved.",
            ),
            ("h2", "2 Necessity and proportionality"),
            ("p", "[To be completed by Legal – draft expected in December.]"),
            ("h2", "3 Risk assessment"),
            (
                "table",
                [
                    ["Risk", "L", "I", "Mitigation", "Status"],
                    [
                        "Chilling effect on communication",
                        "High",
                        "High",
                        "Team-level only for managers",
                        "Implemented",
                    ],
                    [
                        "Burnout flag used in performance review",
                        "Medium",
                        "High",
                        "Policy; HR only",
                        "Implemented",
                    ],
                    [
                        "Inaccurate sentiment for non-native writers",
                        "High",
                        "Medium",
                        "Language filter",
                        "Considered, not done (cost)",
                    ],
                ],
            ),
            ("h2", "4 Management decision"),
            (
                "p",
                "Leadership team reviewed the findings on 13 Oct and 3 Nov 2026 with input from the employee "
                "representatives and safety delegate; approved proceeding and requesting prior consultation.",
            ),
        ]
    )
    body = """Hi,

We'd like to request prior consultation for "Pulse". DPIA attached. Please note that
section 2 (necessity and proportionality) will be forwarded as soon as Legal has finished it.

Contact: Ingrid Moe, VP People, +47 405 18 220, ingrid.moe@krona.no
DPO: Kim Andersen, +47 405 00 100, privacy@krona.no
Processor: Slack Technologies – contact via our DPA: dpa-notices@slack-example.com,
account exec Rachel Doyle, +353 1 900 4400, rdoyle@slack-example.com

Thanks,
Ingrid
"""
    m = message(
        sender="Ingrid Moe <ingrid.moe@krona.no>",
        subject="Request for prior consultation – Pulse",
        date=(2026, 11, 17, 13, 47),
        body=body,
        attachments=[("Pulse_DPIA_draft2.docx", dpia)],
        msgid_domain="krona.no",
    )
    return m, dict(
        language="en",
        encrypt="none",
        processor="used",
        parts=parts(3),
        shapes=["hr_saas", "part3_will_follow", "placeholder_section"],
        note="necessity/proportionality section is a placeholder, «will be forwarded»",
    )


# ------------------------------------------------------------------ child welfare, DBA with blank contact fields


@case
def barnevern_dba_blank():
    dba = docx(
        [
            ("h1", "Databehandleravtale"),
            ("p", "Mellom Sørlia kommune og Familiekontakt AS."),
            ("h2", "Kontaktpersoner"),
            (
                "table",
                [
                    ["", "Behandlingsansvarlig", "Databehandler"],
                    ["Navn", "Elise Nordby", "[fylles ut]"],
                    ["Telefon", "38 12 70 44", "[fylles ut]"],
                    ["E-post", "elise.nordby@sorlia.kommune.no", "[fylles ut]"],
                ],
            ),
            ("h2", "Behandlingens formål"),
            (
                "p",
                "Drift av digital samværsløsning (videosamvær mellom barn i fosterhjem og foreldre).",
            ),
        ]
    )
    dpia = pdf(
        [
            ("h1", "PVK – Digitalt overvåket samvær"),
            ("h2", "Beskrivelse"),
            (
                "p",
                "Barneverntjenesten i Sørlia vil gjennomføre overvåket samvær via video, der tilsynsfører følger "
                "samtalen og kan avbryte. Samværet tas opp og lagres i 3 måneder som dokumentasjon i sak. Ca. 60 barn. "
                "Familiekontakt AS leverer og drifter løsningen som databehandler.",
            ),
            ("h2", "Nødvendighet"),
            (
                "p",
                "Reisevei for foreldre og barn; tilsynsfører kan dekke flere samvær. Opptak bare når vedtaket krever "
                "dokumentasjon; partene informeres før start og kan få innsyn.",
            ),
            ("h2", "Risiko"),
            (
                "table",
                [
                    ["Risiko", "Vurdering", "Tiltak"],
                    ["Opptak av sårbare barn lekker", "Høy", "Kryptering, kort lagring"],
                    [
                        "Forelder tar opp samværet selv og deler",
                        "Middels",
                        "Avtale, teknisk sperre ikke mulig",
                    ],
                    ["Barnet snakker mindre fritt", "Middels", "Barnet kan be om fysisk samvær"],
                ],
            ),
            ("h2", "Behandling i ledelsen"),
            (
                "p",
                "Kommunalsjef for oppvekst og ledergruppen godkjente PVK-en 4.11.2026 etter andre gjennomgang, med "
                "innspill fra fosterforeldreforeningen og barneverntjenestens ungdomsråd.",
            ),
        ]
    )
    body = """Hei

Sørlia kommune ber om forhåndsdrøftelse for digitalt overvåket samvær i barnevernet.

Kontaktperson: Elise Nordby, 38 12 70 44, elise.nordby@sorlia.kommune.no
Personvernombud: Tor Egil Sand, 38 12 70 00, personvernombud@sorlia.kommune.no
Databehandler: Familiekontakt AS – se databehandleravtalen.

Mvh Elise Nordby
barnevernleder
"""
    m = message(
        sender="Elise Nordby <elise.nordby@sorlia.kommune.no>",
        subject="Forhåndsdrøftelse – digitalt samvær",
        date=(2026, 11, 18, 12, 19),
        body=body,
        attachments=[
            ("PVK digitalt samvær.pdf", dpia),
            ("Databehandleravtale Familiekontakt.docx", dba),
        ],
        msgid_domain="sorlia.kommune.no",
    )
    return m, dict(
        language="nb",
        encrypt="pgp_mime",
        processor="used",
        parts=parts(1),
        shapes=["child_welfare", "p1_proc_no_contact", "dba_placeholder_fields"],
        note="mail points to the DBA for the processor's contact, but the DBA says «[fylles ut]»",
    )


# ------------------------------------------------------------------ health-station app, description "kommer i egen e-post"


@case
def helsestasjon_description_later():
    risk = xlsx(
        [
            (
                "Risiko",
                [
                    [
                        "Nr",
                        "Risiko",
                        "Sannsynlighet",
                        "Konsekvens",
                        "Tiltak",
                        "Gjennomført",
                        "Begrunnelse",
                    ],
                    [
                        1,
                        "Helseopplysninger om spedbarn deles med feil forelder",
                        "Lav",
                        "Høy",
                        "Foreldreansvar fra Folkeregisteret",
                        "Ja",
                        "",
                    ],
                    [
                        2,
                        "Chatbot gir feil råd",
                        "Middels",
                        "Høy",
                        "Helsesykepleier kvalitetssikrer",
                        "Ja",
                        "",
                    ],
                    [
                        3,
                        "Data om fødselsdepresjon lekker",
                        "Lav",
                        "Svært høy",
                        "Kryptering",
                        "Ja",
                        "",
                    ],
                    [
                        4,
                        "Foreldre uten norsk forstår ikke",
                        "Høy",
                        "Middels",
                        "Flere språk",
                        "Nei",
                        "Kostnad i 2027-budsjett",
                    ],
                ],
            )
        ]
    )
    nodv = docx(
        [
            ("h1", "Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Appen erstatter ikke konsultasjonene på helsestasjonen, men supplerer dem. Bruk er frivillig. Foreldre "
                "kan slette chatlogg. Screening for fødselsdepresjon (EPDS) gjøres bare med eget samtykke. Alternativ: "
                "telefon i åpningstid (begrenset kapasitet).",
            ),
            ("h1", "Ledelsens validering"),
            (
                "p",
                "Kommunalsjef helse godkjente vurderingen 2.11.2026 etter presentasjon for ledergruppen to ganger; "
                "brukerrådet og jordmortjenesten har gitt innspill. Beslutning: be om forhåndsdrøftelse.",
            ),
        ],
        header="Nesbygd kommune – Helsestasjonen i lomma",
        header_table=[
            ["Kontaktperson", "Helene Bakken", "33 44 10 71", "helene.bakken@nesbygd.kommune.no"],
            ["Personvernombud", "Audun Strøm", "33 44 10 00", "personvernombud@nesbygd.kommune.no"],
        ],
    )
    body = """Hei

Nesbygd kommune ber om forhåndsdrøftelse for appen «Helsestasjonen i lomma», med chatbot og
digital screening for fødselsdepresjon.

Vedlagt er risikovurdering (Excel) og vurdering av nødvendighet og ledelsens validering.
Beskrivelsen av behandlingen kommer i en egen e-post fra prosjektleder.

Kontaktopplysninger til meg og personvernombudet står i topptekst på Word-vedlegget.
Databehandler: ingen; appen driftes av kommunens egen IKT.

Mvh Helene
"""
    m = message(
        sender="Helene Bakken <helene.bakken@nesbygd.kommune.no>",
        subject="Forhåndsdrøftelse helsestasjonsapp",
        date=(2026, 11, 19, 15, 5),
        body=body,
        attachments=[("Risikovurdering.xlsx", risk), ("Nødvendighet og ledelse.docx", nodv)],
        msgid_domain="nesbygd.kommune.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="none",
        parts=parts(2),
        shapes=[
            "municipality",
            "health",
            "part2_in_separate_mail_later",
            "risk_xlsx",
            "contact_docx_header_table",
        ],
        note="systematic description «kommer i en egen e-post»",
    )


# ------------------------------------------------------------------ ferry company, approval will follow


@case
def ferry_approval_later():
    body = """Dear Datatilsynet,

Arctic Ferry Lines AS requests prior consultation for biometric boarding (face match
against passport photo) on our coastal routes. Please find the DPIA attached.

The board will review the DPIA at its meeting on 10 December; the minutes will be
forwarded to you afterwards.

Contact: Kjersti Olsen, Head of Passenger Services, +47 75 12 88 30, kjersti.olsen@arcticferry.no
DPO: Rune Pedersen, +47 75 12 88 00, dpo@arcticferry.no
Processor: BoardID AS, Vivian Aune, +47 22 60 71 15, vivian.aune@boardid.no

Regards,
Kjersti Olsen
"""
    dpia = pdf(
        [
            ("h1", "DPIA – Biometric boarding"),
            ("h2", "Processing"),
            (
                "p",
                "Passengers (about 350 000 trips a year, including tourists and children) may board by looking into a "
                "camera at the gangway. The system compares the live image with the passport photo captured at online "
                "check-in. BoardID AS operates the matching service as processor. Templates deleted 24 h after arrival.",
            ),
            ("h2", "Necessity and proportionality"),
            (
                "p",
                "Manual ID checks delay departures in winter. Boarding with ticket and manual ID remains available. "
                "Consent at check-in; no templates for children under 13.",
            ),
            ("h2", "Risks"),
            (
                "table",
                [
                    ["Risk", "Likelihood", "Severity", "Measure", "Residual"],
                    ["False non-match stops a passenger", "Medium", "Medium", "Manual lane", "Low"],
                    ["Template leak", "Low", "High", "Encryption, 24 h deletion", "Medium"],
                    [
                        "Police requests for passenger lists with photos",
                        "Medium",
                        "High",
                        "Legal review routine",
                        "High",
                    ],
                ],
            ),
        ]
    )
    m = message(
        sender="Kjersti Olsen <kjersti.olsen@arcticferry.no>",
        subject="Prior consultation – biometric boarding",
        date=(2026, 11, 20, 10, 33),
        body=body,
        attachments=[("DPIA_biometric_boarding.pdf", dpia)],
        msgid_domain="arcticferry.no",
    )
    return m, dict(
        language="en",
        encrypt="none",
        processor="used",
        parts=parts(5),
        shapes=["ferry", "part5_will_follow", "contact_body_list"],
        note="board review scheduled for 10 December; minutes «will be forwarded»",
    )


# ------------------------------------------------------------------ DPO phone present but e-mail missing? (nb kindergarten #2)


@case
def barnehage_dpo_no_email():
    doc = pdf(
        [
            ("h1", "Vurdering av personvernkonsekvenser – søvnsensorer i barnehagene"),
            ("p", "Eier: Eventyrhagen Barnehager SA (6 barnehager)."),
            ("h2", "Hva skal gjøres"),
            (
                "p",
                "Sensor i madrassen registrerer pust og bevegelse hos barn under 2 år når de sover ute i vogn eller inne. "
                "Ansatte varsles på nettbrett ved avvik. Data lagres 7 dager. Leverandør SoveTrygt AS er databehandler.",
            ),
            ("h2", "Er det nødvendig?"),
            (
                "p",
                "Krybbedød er sjelden, men tilsyn hvert 10. minutt i vognrom er vanskelig å gjennomføre. Sensor "
                "erstatter ikke tilsyn. Foreldre samtykker og kan reservere barnet.",
            ),
            ("h2", "Risiko"),
            (
                "table",
                [
                    ["Risiko", "S", "K", "Tiltak"],
                    [
                        "Falsk trygghet, mindre tilsyn",
                        "Middels",
                        "Svært høy",
                        "Rutine: tilsyn som før",
                    ],
                    ["Helsedata om barn lekker", "Lav", "Høy", "Kryptering"],
                    [
                        "Data om søvn brukt til å vurdere foreldre",
                        "Lav",
                        "Middels",
                        "Tilgangsstyring",
                    ],
                ],
            ),
            ("h2", "Ledelsens behandling"),
            (
                "p",
                "Styret godkjente vurderingen 22.10.2026 etter innspill fra foreldrerådene og styrerne; saken var også "
                "oppe i september. Vedtak om å be om forhåndsdrøftelse.",
            ),
        ]
    )
    body = """Hei

Eventyrhagen Barnehager ber om forhåndsdrøftelse for søvnsensorer. Vurderingen er vedlagt.

Kontaktperson: daglig leder Ingunn Lorentzen, 916 44 302, ingunn@eventyrhagen.no
Personvernombud: Bjarne Foss, tlf. 51 88 20 40
Databehandler: SoveTrygt AS, Kamilla Eide, 55 90 11 04, kamilla.eide@sovetrygt.no

Hilsen Ingunn
"""
    m = message(
        sender="Ingunn Lorentzen <ingunn@eventyrhagen.no>",
        subject="Forhåndsdrøftelse søvnsensorer",
        date=(2026, 11, 23, 7, 44),
        body=body,
        attachments=[("Vurdering søvnsensorer.pdf", doc)],
        msgid_domain="eventyrhagen.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="used",
        parts=parts(1),
        shapes=["kindergarten", "p1_dpo_no_email"],
        note="DPO has name and phone but no e-mail address",
    )


# ------------------------------------------------------------------ forwarded .eml, necessity ettersendes


@case
def forwarded_part3_later():
    inner_body = """Til Datatilsynet

Gjensidig Bilforsikring Vest (fiktivt) ber om forhåndsdrøftelse for automatisk
skadeoppgjør med bildeanalyse. Kunden laster opp bilder av skaden, og en modell beregner
erstatning og vurderer risiko for svindel. Avslag på grunn av svindelmistanke gjøres av
saksbehandler. Ca. 40 000 saker i året. Modellen kjøres av Claimvision AS som
databehandler (kontakt Tor Ivar Lund, 22 70 18 90, til@claimvision.no). Bilder lagres i
saken etter arkivregler; svindelskår i 3 år.

Risikovurdering (se også vedlegg):
- feil svindelmistanke mot kunde: middels/høy – manuell kontroll før avslag
- bilder viser personer og skilt: høy/lav – automatisk sladding
- skjevhet mot eldre biler/ lavinntekt: middels/høy – ikke gjennomført (data mangler)

Vurderingen av nødvendighet og proporsjonalitet ettersendes.

Ledelsens behandling: konsernledelsen godkjente DPIA-en 28.10.2026 (andre behandling,
innspill fra kundepanelet og Finans Norge), og vedtok å be om forhåndsdrøftelse.

Kontakt: Linda Aasheim, 55 20 91 40, linda.aasheim@bilvest.no
Personvernombud: Pål Skog, 55 20 90 00, personvernombud@bilvest.no

Linda Aasheim
"""
    risk = xlsx(
        [
            (
                "Risiko",
                [
                    ["Risiko", "Sannsynlighet", "Konsekvens", "Tiltak", "Status"],
                    [
                        "Feil svindelmistanke",
                        "Middels",
                        "Høy",
                        "Manuell kontroll før avslag",
                        "Gjennomført",
                    ],
                    [
                        "Bilder viser tredjepersoner",
                        "Høy",
                        "Lav",
                        "Automatisk sladding",
                        "Gjennomført",
                    ],
                    [
                        "Skjevhet",
                        "Middels",
                        "Høy",
                        "Fairness-test",
                        "Ikke gjennomført – data mangler",
                    ],
                ],
            )
        ]
    )
    inner = message(
        sender="Linda Aasheim <linda.aasheim@bilvest.no>",
        subject="Anmodning om forhåndsdrøftelse – automatisk skadeoppgjør",
        date=(2026, 11, 19, 16, 0),
        body=inner_body,
        to="Personvernombud <personvernombud@bilvest.no>",
        attachments=[("Risiko_skadeoppgjor.xlsx", risk)],
        msgid_domain="bilvest.no",
    )
    body = """Hei,

Videresender anmodningen fra fagavdelingen vår, som de ba meg sende inn.

Pål Skog
Personvernombud, Bilforsikring Vest
55 20 90 00
"""
    m = message(
        sender="Pål Skog <personvernombud@bilvest.no>",
        subject="VS: Anmodning om forhåndsdrøftelse – automatisk skadeoppgjør",
        date=(2026, 11, 24, 9, 12),
        body=body,
        attached_eml=[("Anmodning om forhåndsdrøftelse.eml", inner)],
        msgid_domain="bilvest.no",
    )
    return m, dict(
        language="nb",
        encrypt="pgp_mime",
        processor="used",
        parts=parts(3),
        shapes=["insurance", "forwarded_rfc822", "part3_ettersendes"],
        note="forwarded request; necessity/proportionality «ettersendes»",
    )


# ------------------------------------------------------------------ nynorsk sports club, board has not treated


@case
def nn_idrettslag_ikkje_handsama():
    doc = odt(
        [
            (
                "h1",
                "Fjellhug IL – vurdering av personvernkonsekvensar for kamerasporing av spelarar",
            ),
            ("h2", "Kva vi vil gjere"),
            (
                "p",
                "Automatiske kamera på kunstgrasbana filmar alle kampar og treningar for 13-19-åringar og lagar "
                "statistikk per spelar (løpsmeter, posisjon, sprintar). Opptak og statistikk ligg i Kampvideo AS si "
                "teneste (databehandlar, kontakt: Jens Rygg, 71 22 40 90, jens@kampvideo.no). Lagring ut sesongen.",
            ),
            ("h2", "Er det naudsynt og forholdsmessig?"),
            (
                "p",
                "Trenarane får betre grunnlag for tilpassa trening. Spelarar og føresette kan reservere seg; då blir "
                "spelaren sladda. Opptak blir ikkje publiserte. Berre trenarar har tilgang.",
            ),
            ("h2", "Risiko"),
            (
                "table",
                [
                    ["Risiko", "Sannsyn", "Konsekvens", "Tiltak"],
                    [
                        "Spelarar blir rangerte og mista motivasjon",
                        "Høg",
                        "Middels",
                        "Ingen publisering av statistikk",
                    ],
                    ["Opptak spreidd på sosiale medium", "Middels", "Høg", "Ingen nedlasting"],
                    ["Barn som ikkje vil vere med, blir filma", "Middels", "Middels", "Sladding"],
                ],
            ),
        ]
    )
    body = """Hei

Fjellhug IL ber om førehandsdrøfting for kamerasporing av ungdomsspelarar. Vurderinga
ligg ved.

Styret har ikkje handsama DPIA-en enno; vi tek det på neste styremøte.

Kontaktperson: dagleg leiar Torgeir Nes, 918 20 441, torgeir@fjellhug.no
Personvernombod: Solveig Ask, 71 22 40 00, personvernombod@fjellhug.no

Helsing Torgeir
"""
    m = message(
        sender="Torgeir Nes <torgeir@fjellhug.no>",
        subject="Førehandsdrøfting kamerasporing",
        date=(2026, 11, 25, 20, 30),
        body=body,
        attachments=[("Vurdering kamerasporing.odt", doc)],
        msgid_domain="fjellhug.no",
    )
    return m, dict(
        language="nn",
        encrypt="none",
        processor="used",
        parts=parts(5),
        shapes=["sports_club", "part5_not_treated", "odt"],
        note="«Styret har ikkje handsama DPIA-en enno»",
    )


# ------------------------------------------------------------------ car sharing ZIP, one listed file not in the ZIP


@case
def carsharing_zip_missing_file():
    f1 = docx(
        [
            ("h1", "1 – Description of processing"),
            (
                "p",
                "Delebil Norge AS runs 1 200 shared cars in Oslo and Bergen. Members unlock cars with an app. The cars "
                "record GPS continuously during trips and a driver-facing camera detects phone use and drowsiness. "
                "Scores can lead to membership termination. Processor: FleetEye AB, contact Johan Lind, "
                "+46 31 700 22 40, johan.lind@fleeteye.se.",
            ),
        ]
    )
    f2 = docx(
        [
            ("h1", "2 – Necessity and proportionality"),
            (
                "p",
                "Insurer requires safety monitoring. Camera analysis is on-device; only events (no video) leave the car. "
                "Members are told in terms and in the car; can see events and contest them.",
            ),
        ]
    )
    f4 = pdf(
        [
            ("h1", "4 – Management approval"),
            (
                "p",
                "Minutes of the management meeting 30 Oct 2026, item 2: The DPIA was presented for the second time, with "
                "the member council's comments. Approved; prior consultation to be requested.",
            ),
        ]
    )
    z = zip_of([("1_Description.docx", f1), ("2_Necessity.docx", f2), ("4_Approval.pdf", f4)])
    body = """Hello,

Delebil Norge AS requests prior consultation for in-car driver monitoring. The zip file
contains:

1_Description.docx
2_Necessity.docx
3_Risk_assessment.xlsx
4_Approval.pdf

Contact: Morten Ask, COO, +47 958 20 114, morten.ask@delebil.no
DPO: Hilde Voll, +47 21 50 60 00, dpo@delebil.no

Best,
Morten
"""
    m = message(
        sender="Morten Ask <morten.ask@delebil.no>",
        subject="Prior consultation request – driver monitoring",
        date=(2026, 11, 26, 11, 58),
        body=body,
        attachments=[("Delebil_prior_consultation.zip", z)],
        msgid_domain="delebil.no",
    )
    return m, dict(
        language="en",
        encrypt="inline",
        processor="used",
        parts=parts(4),
        shapes=["car_sharing", "zip", "listed_file_missing_in_zip"],
        note="the ZIP lacks 3_Risk_assessment.xlsx listed in the mail; no risk assessment anywhere",
    )


# ------------------------------------------------------------------ insurance, "description" file is a kickoff agenda


@case
def forsikring_wrong_description():
    agenda = docx(
        [
            ("h1", "Innkalling – oppstartsmøte prosjekt «Helsepuls»"),
            ("p", "Tid: 12.08.2026 kl. 09.00-11.00. Sted: Møterom Fjorden, 4. etg."),
            ("h2", "Agenda"),
            (
                "bullets",
                [
                    "Velkommen og presentasjonsrunde",
                    "Prosjektmandat og milepæler",
                    "Budsjett",
                    "Roller og ansvar",
                    "Neste møte",
                ],
            ),
            ("p", "Vennligst gi beskjed om forfall til prosjektkontoret."),
        ]
    )
    rest = pdf(
        [
            ("h1", "Helsepuls – vurdering av nødvendighet, risiko og ledelsens godkjenning"),
            ("h2", "Nødvendighet og proporsjonalitet"),
            (
                "p",
                "Rabatt på livsforsikring mot deling av skritt- og pulsdata er frivillig; kunder uten deling beholder "
                "vanlig pris. Bare ukentlige sammendrag hentes, ikke rådata. Samtykke kan trekkes i appen.",
            ),
            ("h2", "Risiko"),
            (
                "table",
                [
                    ["Risiko", "Nivå", "Tiltak"],
                    ["Helsedata brukt i premieberegning utover rabatt", "Høy", "Teknisk skille"],
                    ["Press på kunder med dårlig helse", "Høy", "Ingen pristillegg"],
                    ["Lekkasje", "Middels", "Kryptering"],
                ],
            ),
            ("h2", "Ledelsens godkjenning"),
            (
                "p",
                "Konsernledelsen godkjente vurderingen 3.11.2026 etter presentasjon og innspill fra kundepanelet; "
                "andre gangs behandling. Beslutning om forhåndsdrøftelse.",
            ),
        ]
    )
    body = """Hei,

Livsforsikring Nord ASA ber om forhåndsdrøftelse for «Helsepuls» (rabatt mot deling av
aktivitetsdata fra klokke).

Vedlegg A: Beskrivelse av behandlingen
Vedlegg B: Nødvendighet, risiko og ledelsens godkjenning

Kontakt: Siv Jacobsen, 73 50 20 11, siv.jacobsen@livnord.no
Personvernombud: Arne Berg, 73 50 20 00, personvernombud@livnord.no
Vi bruker ikke databehandler i denne løsningen.

Vennlig hilsen
Siv Jacobsen
Produktsjef
"""
    m = message(
        sender="Siv Jacobsen <siv.jacobsen@livnord.no>",
        subject="Forhåndsdrøftelse Helsepuls",
        date=(2026, 11, 27, 14, 40),
        body=body,
        attachments=[("Vedlegg A - Beskrivelse.docx", agenda), ("Vedlegg B.pdf", rest)],
        msgid_domain="livnord.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="none",
        parts=parts(2),
        shapes=["insurance", "wrong_file_part2"],
        note="«Vedlegg A – Beskrivelse» is a meeting agenda, not a description of the processing",
    )


# ------------------------------------------------------------------ English start-up, only cover letter, DPIA when ready


@case
def startup_cover_only():
    body = """Dear Norwegian DPA,

We are Mindful Labs AS, a start-up building an AI companion app for teenagers with
anxiety. The app analyses chat messages and voice notes to detect crisis signals and can
alert a parent or the school nurse.

We understand that this is high-risk and would like to request prior consultation. Our
DPIA is not finished yet; we will send it, along with the board's approval, as soon as
it is ready (target: January).

Contact: Aisha Rahman, CEO, +47 467 30 882, aisha@mindfullabs.no
DPO: Erik Solli (external, Personvernhjelpen AS), +47 22 40 33 90, erik@personvernhjelpen.no
We will use Nimbus Cloud EU as processor: support contact Lena Hoffmann,
+49 30 5683 2210, lena.hoffmann@nimbuscloud.eu.

Best regards,
Aisha Rahman
"""
    m = message(
        sender="Aisha Rahman <aisha@mindfullabs.no>",
        subject="Request for prior consultation – AI companion for teens",
        date=(2026, 11, 30, 10, 5),
        body=body,
        msgid_domain="mindfullabs.no",
    )
    return m, dict(
        language="en",
        encrypt="none",
        processor="used",
        parts=parts(2, 3, 4, 5),
        shapes=["startup", "cover_only", "dpia_not_finished", "all_in_body"],
        note="only a cover letter with a two-sentence description; DPIA and approval to be sent later",
    )
