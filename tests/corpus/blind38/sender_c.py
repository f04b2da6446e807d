# ruff: noqa: E501
"""Sender C: Kystlandet Sparebank (savings bank, bokmål).

Habits: Outlook mail with an HTML alternative and a long disclaimer; a polished DPIA template with a
document-control table; risk register in Excel; board minute extracts as PDF; most mail PGP.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, html_from_text, message, to_docx, to_pdf, to_xlsx, txt, when

FROM = "Aasland, Henrik <henrik.aasland@kystlandet.no>"
SIG = txt(
    """
    Vennlig hilsen

    Henrik Aasland
    Personvernansvarlig | Compliance og risikostyring
    Kystlandet Sparebank
    Telefon: 38 12 45 60 | Mobil: 482 19 033
    henrik.aasland@kystlandet.no | www.kystlandet.no
    """
)
DISCLAIMER = txt(
    """
    ____
    Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for adressaten. Dersom du har mottatt e-posten ved en feil, ber vi deg varsle avsender og slette e-posten. Kystlandet Sparebank tar aldri kontakt for å be om passord eller koder.
    """
)

TOPICS = {
    "c005": "behavioural_biometrics",
    "c025": "open_banking_credit_scoring",
    "c045": "misdirected_account_statements",
    "c006": "aml_network_analytics",
    "c026": "call_speech_analytics",
    "c046": "video_onboarding",
}


def _mail(cid: str, subject: str, date: str, body: str, attachments, **kw) -> EmailMessage:
    text = body + "\n" + SIG + "\n" + DISCLAIMER
    return message(cid, FROM, subject, date, text, html_from_text(text), attachments, **kw)


def _doc_control(title: str, version: str, proc: str) -> str:
    return f"""
# {title}

| Dokumentkontroll | |
| Dokumenteier | Compliance og risikostyring |
| Versjon | {version} |
| Klassifisering | Intern – fortrolig |

# 1 Kontaktpunkter

| Rolle | Navn | Telefon | E-post |
| Kontaktperson | Henrik Aasland, personvernansvarlig | 38 12 45 60 | henrik.aasland@kystlandet.no |
| Personvernombud | Marte Kvinlaug | 38 12 45 99 | marte.kvinlaug@kystlandet.no |
{proc}
"""


C005_DPIA = (
    _doc_control(
        "Vurdering av personvernkonsekvenser – Atferdsbiometri i nett- og mobilbank",
        "1.2 (endelig), 27.10.2026",
        "| Databehandler: BioSentry Ltd (London) | James Whitfield, Client Privacy Lead | +44 20 7946 0381 | james.whitfield@biosentry.co.uk |",
    )
    + """
# 2 Beskrivelse av behandlingen

## 2.1 Formål
Banken vil oppdage kontoovertakelse og sosial manipulering («du snakker med banken, logg inn nå») ved å analysere hvordan kunden bruker nett- og mobilbanken: tastetrykkrytme, sveipemønster, hvordan telefonen holdes, og om en fjernstyringsapp er aktiv under innloggingen.

## 2.2 Art, omfang og sammenheng
Alle ca. 210 000 privatkunder som bruker digitale kanaler. Innsamling skjer ved hver økt. BioSentry beregner en avvikskår per økt; ved høy skår stanses betalingen og kunden ringes opp av svindelteamet. Atferdsprofilen er en matematisk modell per kunde (ikke rådata) og lagres i 13 måneder; rådata slettes etter 72 timer. Det behandles ikke lyd eller bilde.

## 2.3 Kilder, mottakere og overføring
Kilde er kundens enhet. Mottakere: bankens svindelteam (12 personer). BioSentry Ltd behandler data i eget datasenter i Frankfurt; support fra London (Storbritannia, adekvansbeslutning). Databehandleravtale av 01.09.2026.

## 2.4 Behandlingsgrunnlag
Art. 6 nr. 1 bokstav c, jf. finansavtaleloven og PSD2-forskriften (sterk kundeautentisering og transaksjonsovervåking) og hvitvaskingsloven. Atferdsprofilen brukes ikke til å identifisere kunden alene og regnes ikke som biometrisk identifikasjon etter art. 9, men vi har behandlet den som særlig sensitiv i vurderingen.

# 3 Nødvendighet og proporsjonalitet

Svindeltapene i banken økte fra 4,1 mill. kr i 2023 til 11,8 mill. kr i 2025, hovedsakelig ved at kunder lures til å godkjenne betalinger selv. BankID og engangskoder stopper ikke dette, fordi det er kunden selv som logger inn. Vurderte alternativer: flere manuelle kontroller av store betalinger (stopper ikke små gjentatte svindler, gir forsinkelse for alle), forsinket utbetaling på alle nye mottakere (vurdert og delvis innført for beløp over 50 000 kr), enhetsgjenkjenning alene (fanger ikke fjernstyring). Atferdsanalyse er det eneste tiltaket som fanger «kunden blir fjernstyrt».

Dataminimering: ingen innholdsdata (hva kunden skriver), bare rytme og bevegelse; rådata slettes etter 72 timer; profilen kan ikke brukes til annet enn svindelforebygging (avtalefestet).

# 4 Tiltak for de registrertes rettigheter

- Informasjon i personvernerklæringen og ved første innlogging etter oppstart (eget skjermbilde, kan leses igjen under Innstillinger).
- Innsyn: kunden kan be om å få vite hvilke økter som er flagget og hvorfor.
- Ingen automatisk avgjørelse: en stanset betaling vurderes alltid av en person i svindelteamet innen 30 minutter (art. 22).
- Kunden kan protestere (art. 21); kunder med nedsatt funksjonsevne som gir avvikende mønster, kan få profilen justert eller slått av mot at de får andre kontroller.
- Retting: feilaktige flagg kan slettes på forespørsel.

# 5 Risikovurdering

Risikoene for de registrerte er vurdert i et arbeidsmøte 14.10.2026 med personvernombudet, svindelteamet og kundeservice. Metoden er sannsynlighet × konsekvens (1–5). Risikoregisteret (vedlegg «Risikoregister_atferdsbiometri.xlsx») viser hver risiko, tiltak, restrisiko og tiltak som er vurdert men ikke gjennomført. To risikoer står igjen som høye: at kunder med funksjonsnedsettelse eller eldre kunder oftere får betalinger stanset (forskjellsbehandling), og at kundene ikke forstår at bruksmønsteret deres analyseres.

# 6 Konklusjon

Banken har ikke klart å redusere risikoen for forskjellsbehandling til et akseptabelt nivå før oppstart, og ber derfor om forhåndsdrøftelse. Styret har behandlet saken 30.10.2026 (se utdrag av styreprotokoll).
"""
)

C005_RISK = {
    "Risikoregister": [
        [
            "ID",
            "Risiko for den registrerte",
            "Sannsynlighet",
            "Konsekvens",
            "Risiko",
            "Tiltak gjennomført",
            "Restrisiko",
            "Tiltak vurdert, ikke gjennomført",
            "Begrunnelse",
        ],
        [
            "R1",
            "Eldre kunder og kunder med funksjonsnedsettelse får oftere stanset betalinger (forskjellsbehandling, tap av tilgang til egne penger)",
            "4",
            "4",
            "16 høy",
            "Manuell vurdering innen 30 min; mulighet for justert profil",
            "12 høy",
            "Fritak fra analyse for alle over 75 år",
            "Denne gruppen er mest utsatt for svindel; fritak ville øke tapet for dem",
        ],
        [
            "R2",
            "Kunden forstår ikke at bruksmønsteret analyseres (åpenhet, forutsigbarhet)",
            "4",
            "3",
            "12 høy",
            "Skjermbilde ved første innlogging; personvernerklæring",
            "9 høy",
            "Aktivt samtykke fra hver kunde",
            "Samtykke er ikke riktig grunnlag; lovpålagt kontroll",
        ],
        [
            "R3",
            "Profilen brukes til andre formål (markedsføring, kredittvurdering)",
            "2",
            "4",
            "8 middels",
            "Formålsbegrensning i avtale; tilgangsstyring; revisjon",
            "4 lav",
            "",
            "",
        ],
        [
            "R4",
            "Atferdsdata overføres til tredjeland uten grunnlag",
            "2",
            "3",
            "6 middels",
            "Lagring i EU; support fra UK (adekvans)",
            "3 lav",
            "Forbud mot support fra UK",
            "Leverandøren har ikke support-team i EU",
        ],
        [
            "R5",
            "Falske positive: kunde stanses på reise og får ikke betalt regninger",
            "3",
            "3",
            "9 middels",
            "Rask manuell vurdering; kunden kan ringe døgnåpent",
            "6 middels",
            "",
            "",
        ],
        [
            "R6",
            "Lekkasje av profiler fra leverandør",
            "1",
            "4",
            "4 lav",
            "Kryptering, pseudonymisering, revisjon",
            "2 lav",
            "",
            "",
        ],
    ],
    "Metode": [
        ["Skala 1–5 for sannsynlighet og konsekvens; risiko = S × K"],
        ["1–5 lav, 6–10 middels, 12–25 høy"],
        [
            "Vurdert i arbeidsmøte 14.10.2026: personvernombud, svindelteam, kundeservice, compliance"
        ],
    ],
}

C005_BOARD = """
# Kystlandet Sparebank – Utdrag av styreprotokoll

Styremøte nr. 9/2026, 30. oktober 2026, Hovedkontoret, Arendal. Til stede: Styreleder Kjell Arne Fidje, nestleder Inger Marie Sørli, styremedlemmene Trond Omdal, Hege Wiig og Aslak Brokke. Fra administrasjonen: administrerende direktør Geir Tønnessen, risikodirektør Siv Nordby. Sak 71/2026 ble presentert av personvernansvarlig Henrik Aasland.

## Sak 71/2026 Atferdsbiometri i digitale kanaler – DPIA og forhåndsdrøftelse

Styret fikk fremlagt DPIA v1.2, risikoregister og personvernombudets uttalelse. Funnene ble presentert: seks risikoer, hvorav to fortsatt høye etter tiltak (R1 forskjellsbehandling, R2 åpenhet). Kundepanelets og Pensjonistforbundets lokallags innspill om eldre kunder er vurdert, og Finans Norges anbefaling om svindelforebygging er hensyntatt.

Vedtak:
- 1. Styret godkjenner vurderingen av personvernkonsekvenser for atferdsbiometri.
- 2. Styret ber administrerende direktør om å anmode Datatilsynet om forhåndsdrøftelse, og om at løsningen ikke tas i bruk før Datatilsynets svar foreligger.

Protokollen er elektronisk signert av samtlige styremedlemmer 31.10.2026.
"""


def c005() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet,

        Kystlandet Sparebank anmoder om forhåndsdrøftelse etter personvernforordningen artikkel 36 for innføring av atferdsbiometri som svindelforebygging i nett- og mobilbank.

        Vedlagt:
        - DPIA v1.2 (endelig)
        - Risikoregister (Excel)
        - Utdrag av styreprotokoll 30.10.2026, sak 71/2026

        Kontaktpunkter hos banken, personvernombudet og databehandleren BioSentry står i kapittel 1 i DPIA-en.

        """
    )
    msg = _mail(
        "c005",
        "Anmodning om forhåndsdrøftelse – atferdsbiometri (Kystlandet Sparebank)",
        when(11, 5, 9, 31),
        body,
        [
            ("DPIA_Atferdsbiometri_v1.2.docx", to_docx(C005_DPIA)),
            ("Risikoregister_atferdsbiometri.xlsx", to_xlsx(C005_RISK)),
            ("Styreprotokoll_utdrag_sak_71-2026.pdf", to_pdf(C005_BOARD)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "bank",
            "biometrics",
            "profiling",
            "third_country_risk",
            "polished_template",
            "html_alternative",
            "disclaimer",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_register_xlsx",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_board_minute_extract",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: polished DPIA with contacts incl. the UK processor contact; necessity with alternatives and a separate rights chapter; risk register in Excel with S×K, residual risk and measures not taken with reasons; signed board minute extract with presentation, stakeholders and decision",
    )


C025_DPIA = (
    _doc_control(
        "Vurdering av personvernkonsekvenser – Kredittvurdering med kontoinformasjon (PSD2)",
        "1.0, 30.10.2026",
        "| Databehandler: Kontoinnsikt AS | Mona Lie, driftsansvarlig | 92 40 66 15 | mona.lie@kontoinnsikt.no |",
    )
    + """
# 2 Beskrivelse av behandlingen

Ved søknad om forbrukslån og kredittkort vil banken, når søkeren samtykker, hente inn kontoinformasjon fra søkerens konti i andre banker (12 måneders transaksjonshistorikk) via kontoinformasjonstjenesten til Kontoinnsikt AS. En modell kategoriserer transaksjonene (lønn, husleie, lån, pengespill, inkasso, betting) og beregner betjeningsevne. Resultatet brukes sammen med gjeldsregisteret og kredittopplysning. Ca. 15 000 søknader i året. Transaksjonsdata slettes etter 30 dager; kategorisert sammendrag lagres i kredittsaken i 5 år (hvitvaskingsloven). Kontoinnsikt AS er databehandler (drift i Norge).

Behandlingsgrunnlag: art. 6 nr. 1 bokstav b og c (finansavtaleloven § 5-2, utlånsforskriften). Transaksjonene kan avsløre særlige kategorier (medlemskap i trossamfunn, fagforening, helsetjenester); disse kategoriene filtreres bort før modellen.

# 3 Nødvendighet og proporsjonalitet

Utlånsforskriften krever forsvarlig vurdering av betjeningsevne. I dag bruker vi egenerklæring og skattemelding, som er opptil 18 måneder gammel og ikke fanger spillproblemer eller nylig inkasso. Alternativer: kontoutskrifter lastet opp som PDF (mer data, manuell lesing av alt, lengre lagring), kun gjeldsregisteret (fanger ikke forbruk). Kontoinformasjon brukes bare når søkeren aktivt velger det; søkeren kan i stedet levere dokumentasjon manuelt, uten at det gir dårligere vilkår. Bare 12 måneder hentes; særlige kategorier filtreres.

Rettigheter: søkeren får se kategoriseringen og kan korrigere feil kategorier før avgjørelse; avslag begrunnes og kan kreves vurdert av en rådgiver (art. 22 nr. 3); informasjon i søknadsløpet og personvernerklæringen.

# 4 Risikovurdering

| Risiko for søkeren | Sannsynlighet | Konsekvens | Risiko | Tiltak | Restrisiko |
| Feil kategorisering (f.eks. overføring til familie tolket som pengespill) gir avslag | Middels | Høy | Høy | Søkeren ser og kan rette kategorier; manuell vurdering ved avslag | Middels |
| Opplysninger om helse, tro eller fagforening utledes av transaksjoner | Middels | Høy | Høy | Filtrering av MCC-koder og mottakere; stikkprøver | Middels |
| Søkeren føler seg presset til å dele kontoinformasjon | Middels | Middels | Middels | Likeverdig manuell løype; ingen prisfordel | Lav |
| Transaksjoner om tredjepersoner (ektefelle, barn) behandles | Høy | Lav | Middels | Bare kategorier lagres, ikke mottakernavn | Lav |
| Uautorisert tilgang hos databehandler | Lav | Høy | Middels | Kryptering, logging, revisjon | Lav |

Vurdert, ikke gjennomført: automatisk avslag ved funn av pengespill (forkastet – for inngripende og kan ramme personer i behandling); lengre historikk enn 12 måneder (ikke nødvendig).

Restrisiko for feil kategorisering og utledning av sensitive opplysninger er middels til høy; banken ber derfor om forhåndsdrøftelse.

# 5 Validering

Vurderingen er gjennomført og godkjent.

| Utarbeidet av | Godkjent av | Dato |
| Henrik Aasland, personvernansvarlig | Henrik Aasland, personvernansvarlig (sign.) | 30.10.2026 |
"""
)


def c025() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet,

        Vedlagt følger anmodning om forhåndsdrøftelse for kredittvurdering med kontoinformasjon (PSD2) i Kystlandet Sparebank. DPIA-en er ferdigstilt og godkjent, se kapittel 5.

        """
    )
    msg = _mail(
        "c025",
        "Forhåndsdrøftelse – kredittvurdering med kontoinformasjon",
        when(11, 11, 15, 6),
        body,
        [("DPIA_Kredittvurdering_kontoinformasjon_v1.0.docx", to_docx(C025_DPIA))],
    )
    return msg, Label(
        "nb",
        (
            "bank",
            "automated_decision",
            "profiling",
            "polished_template",
            "html_alternative",
            "disclaimer",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_author_self_signed",
            "looks_complete",
        ),
        "pgp_mime",
        True,
        "used",
        "looks finished («ferdigstilt og godkjent»), but the only validation is the author's own signature: «Godkjent av: Henrik Aasland, personvernansvarlig (sign.)»; no management review or decision → only part 5 missing",
        (5,),
    )


def c045() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet,

        Vi viser til avviksmelding sendt i Altinn i dag (ref. AR-2026-55102) og sender her utfyllende opplysninger.

        Kystlandet Sparebank benytter Printhuset Sør AS som databehandler for utsending av årsoppgaver og kontoutskrifter på papir. Ved utsendingen 9. november ble 312 kontoutskrifter lagt i feil konvolutt på grunn av en feil i sorteringsmaskinen, slik at hver kunde fikk en annen kundes utskrift i tillegg til sin egen. Utskriftene viser navn, adresse, kontonummer og transaksjoner for oktober.

        Vi har stoppet papirutsending til feilen er rettet, bedt mottakerne returnere eller makulere feil utskrift, og varslet alle berørte kunder per brev og i nettbanken. Databehandleren har levert avviksrapport.

        Personvernombud: Marte Kvinlaug, tlf. 38 12 45 99, marte.kvinlaug@kystlandet.no.

        """
    )
    msg = _mail(
        "c045",
        "Brudd på personopplysningssikkerheten – kontoutskrifter i feil konvolutt",
        when(11, 13, 16, 22),
        body,
        [],
    )
    return msg, Label(
        "nb",
        (
            "bank",
            "nonrequest_breach_notification",
            "html_alternative",
            "disclaimer",
            "contact_signature",
            "p1_processor_named_no_contact",
        ),
        "none",
        False,
        "used",
        "breach notification, not a request; contact person and DPO complete, but the processor Printhuset Sør AS is named without a contact → part 1 missing; no DPIA content → all parts missing",
        (1, 2, 3, 4, 5),
    )


C006_DPIA = (
    _doc_control(
        "Vurdering av personvernkonsekvenser – Maskinlæring og nettverksanalyse i transaksjonsovervåking (AML)",
        "2.0 (endelig), 06.11.2026",
        "| Databehandler: Finanssky AS | Kristoffer Lund, sikkerhetssjef | 23 50 12 70 | kristoffer.lund@finanssky.no |",
    )
    + """
# 2 Beskrivelse av behandlingen

Banken skal erstatte dagens regelbaserte transaksjonsovervåking med en maskinlæringsmodell som i tillegg analyserer nettverk av betalinger mellom kunder og eksterne mottakere. Modellen gir varsler om mistenkelige transaksjonsmønstre til AML-teamet (8 personer), som undersøker og eventuelt rapporterer til Økokrim (EFE). Omfang: alle 240 000 kunder, ca. 55 mill. transaksjoner per år, også opplysninger om tredjepersoner (motparter i betalinger). Kilder: kjernebanksystemet, kortsystemet, kundekontroll (KYC) og PEP-/sanksjonslister. Modellen driftes av Finanssky AS (databehandler) i Norge. Varsler og saker lagres i 5 år etter hvitvaskingsloven § 30; modellgrunnlaget (nettverksgraf) oppdateres daglig og eldre enn 13 måneder slettes.

Behandlingsgrunnlag: art. 6 nr. 1 bokstav c, jf. hvitvaskingsloven §§ 24–26. Opplysninger om straffbare forhold (art. 10) kan oppstå i saker.

# 3 Nødvendighet og proporsjonalitet

Dagens regelverk gir ca. 1 400 varsler i måneden, hvorav under 2 % fører til rapportering. Finanstilsynet påpekte i 2025 at overvåkingen ikke fanger nettverk av «pengemuldyr». Alternativer: flere og strengere regler (flere falske varsler, flere kunder undersøkes uten grunn), innkjøpt tjeneste som deler data med andre banker (forkastet: deling mellom banker mangler rettslig grunnlag). Modellen forventes å halvere antall varsler, slik at færre uskyldige kunder undersøkes. Nettverksanalysen begrenses til to ledd fra kunden.

# 4 De registrertes rettigheter

Innsynsretten er begrenset etter hvitvaskingsloven § 35 for opplysninger om undersøkelser, men kunden får generell informasjon i personvernerklæringen og i kundeavtalen. Kunder som får konto sperret, får en begrunnelse så langt loven tillater og kan klage til Finansklagenemnda. Ingen beslutning om å avslutte kundeforhold tas automatisk; modellens varsel vurderes alltid av menneske. Retting av feil KYC-opplysninger skjer på forespørsel.

# 5 Risikovurdering

| Nr | Risiko for den registrerte | S | K | Risiko | Gjennomførte tiltak | Rest |
| 1 | Uskyldige kunder, særlig med utenlandsk bakgrunn eller som sender penger til familie i utlandet, flagges oftere (diskriminering) | 4 | 4 | 16 | Skjevhetstesting før produksjon og halvårlig; landvariabel tatt ut | 12 |
| 2 | Tredjepersoner i nettverket blir gjenstand for analyse uten kundeforhold | 4 | 3 | 12 | Begrenset til to ledd; tredjepersoner lagres pseudonymisert | 8 |
| 3 | Kunden får sperret konto uten å forstå hvorfor og kan ikke ivareta sine interesser | 3 | 4 | 12 | Saksbehandler må dokumentere vurdering; klageadgang | 8 |
| 4 | Modellen kan ikke forklare varselet; AML-teamet følger modellen blindt | 3 | 3 | 9 | Forklaringsmodul (viktigste variabler) vises i saken | 6 |
| 5 | Uautorisert tilgang til nettverksgraf hos leverandør | 2 | 4 | 8 | Kryptering, tilgangsstyring, logging | 4 |

Skala 1–4; 1–4 lav, 6–8 middels, 9–16 høy.

Tiltak vurdert, men ikke gjennomført: fullstendig fjerning av alle variabler som kan henge sammen med opprinnelse (ga uakseptabelt tap av treffsikkerhet mot kjente mønstre); informasjon til tredjepersoner (umulig uten å avsløre undersøkelsen, og hvitvaskingsloven § 35 forbyr det).

Risiko 1 er fortsatt høy etter tiltak.
"""
)

C006_RISK = {
    "Tiltaksplan": [
        ["Tiltak", "Status", "Ansvarlig", "Frist"],
        ["Skjevhetstest før produksjon", "Gjennomført", "Modellrisiko", "15.10.2026"],
        ["Halvårlig skjevhetstest", "Besluttet", "Modellrisiko", "Løpende"],
        ["Pseudonymisering av tredjepersoner", "Gjennomført", "Finanssky AS", "01.10.2026"],
        ["Forklaringsmodul i saksverktøy", "Gjennomført", "AML-teamet", "01.11.2026"],
        ["Informasjon til tredjepersoner", "Ikke gjennomført", "–", "Se DPIA kap. 5"],
    ],
}

C006_BOARD = """
# Utdrag av protokoll – styret i Kystlandet Sparebank

Styremøte 11/2026, 4. november 2026. Alle styremedlemmer til stede. Risikodirektør Siv Nordby og personvernansvarlig Henrik Aasland presenterte sak 79/2026.

## Sak 79/2026 AML-modell med nettverksanalyse – vurdering av personvernkonsekvenser

Styret ble presentert for DPIA v2.0, tiltaksplan og personvernombudets uttalelse. Funn: restrisiko for forskjellsbehandling av kunder med utenlandsk bakgrunn er høy (12 av 16). Innspill fra kundepanelet og fra bankens mangfoldsnettverk er innarbeidet; Finanstilsynets merknader fra 2025 er hensyntatt.

Vedtak: Styret godkjenner DPIA-en. Fordi restrisiko 1 ikke kan reduseres uten å svekke etterlevelsen av hvitvaskingsloven, skal banken be Datatilsynet om forhåndsdrøftelse før modellen settes i produksjon.

Rett utskrift, Arendal 05.11.2026. Signert elektronisk: Kjell Arne Fidje (styreleder), Geir Tønnessen (adm. dir.)
"""


def c006() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet,

        Kystlandet Sparebank ber om forhåndsdrøftelse for ny AML-modell med maskinlæring og nettverksanalyse. Vedlagt er DPIA, tiltaksplan og utdrag av styreprotokoll.

        Kontaktpunkter (også i DPIA kap. 1):
        Kontaktperson: Henrik Aasland, 38 12 45 60, henrik.aasland@kystlandet.no
        Personvernombud: Marte Kvinlaug, 38 12 45 99, marte.kvinlaug@kystlandet.no
        Databehandler Finanssky AS: Kristoffer Lund, 23 50 12 70, kristoffer.lund@finanssky.no

        """
    )
    msg = _mail(
        "c006",
        "Anmodning om forhåndsdrøftelse – AML-modell med nettverksanalyse",
        when(11, 10, 8, 44),
        body,
        [
            ("DPIA_AML_nettverksanalyse_v2.0.docx", to_docx(C006_DPIA)),
            ("Tiltaksplan_AML.xlsx", to_xlsx(C006_RISK)),
            ("Styreprotokoll_sak_79-2026.pdf", to_pdf(C006_BOARD)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "bank",
            "profiling",
            "criminal_offence_data",
            "polished_template",
            "html_alternative",
            "disclaimer",
            "dpia_report_docx",
            "contact_dpia_table",
            "contact_body_lines",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_board_minute_extract",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: contacts in body and DPIA; alternatives and rights chapter (with lawful limits on access); S×K risk table with residual and measures not taken; board extract with decision",
    )


C026_DPIA = (
    _doc_control(
        "Vurdering av personvernkonsekvenser – Tale- og samtaleanalyse i kundesenteret",
        "1.0, 12.11.2026",
        "| Databehandler: Stemmeanalyse Norden AS | Petter Bakken, kundeansvarlig | 33 44 80 12 | petter.bakken@stemmeanalyse.no |",
    )
    + """
# 2 Beskrivelse av behandlingen

Kundesenteret tar allerede opp alle samtaler (lovpålagt for investeringsrådgivning og brukt for kvalitet). Banken vil nå transkribere alle opptak automatisk og analysere dem med Stemmeanalyse Norden AS sin tjeneste: tema, kundens sinnsstemning (positiv/nøytral/negativ ut fra ordvalg og stemmeleie), om rådgiveren har fulgt manus, og om kunden nevner sårbarhet (sykdom, dødsfall, gjeld). Resultatene brukes til kvalitetsarbeid, opplæring av rådgivere og til å følge opp sårbare kunder. Ca. 300 000 samtaler per år; 45 rådgivere. Transkripsjoner og analyser lagres i 90 dager, opptak som i dag (5 år for investeringsrådgivning, ellers 90 dager). Stemmeanalyse Norden AS er databehandler med drift i Sverige.

# 3 Nødvendighet og proporsjonalitet

I dag lytter teamlederne på 1–2 % av samtalene. Tiltaket er nødvendig for å oppnå formålet om bedre kvalitet og for å oppdage sårbare kunder. Vi mener behandlingen er forholdsmessig: den bruker opptak som allerede finnes, transkripsjoner lagres bare i 90 dager, og stemmeleie brukes kun som én av flere indikatorer. Analyse av enkeltrådgivere brukes bare i opplæring, ikke i lønns- eller personalsaker. Fordelene for kundene (raskere oppfølging av sårbare kunder) veier etter vår vurdering tyngre enn ulempene.

# 4 Risikovurdering

| Nr | Risiko for de registrerte (kunder og rådgivere) | S | K | Risiko | Tiltak | Restrisiko |
| 1 | Stemmeanalyse gir feil inntrykk av kundens sinnstilstand, og kunden behandles annerledes | 3 | 3 | 9 høy | Stemmeleie vises ikke for rådgiveren, bare i aggregerte rapporter | 4 middels |
| 2 | Sårbarhet (sykdom, dødsfall) registreres og brukes utenfor formålet, f.eks. i kredittvurdering | 2 | 4 | 8 middels | Sårbarhetsflagg ikke tilgjengelig i kredittsystemet; logging | 4 lav |
| 3 | Rådgivere overvåkes kontinuerlig og føler press (arbeidstakernes integritet) | 4 | 3 | 12 høy | Avtale med tillitsvalgte om bruk kun i opplæring | 8 middels |
| 4 | Opplysninger om tredjepersoner som nevnes i samtalen analyseres | 3 | 2 | 6 middels | Navn maskeres i transkripsjonen | 3 lav |
| 5 | Overføring til Sverige og lekkasje hos leverandør | 1 | 4 | 4 lav | Databehandleravtale, kryptering | 2 lav |

Skala 1–4. Tiltak vurdert, ikke gjennomført: å informere kunden i starten av hver samtale om at den analyseres automatisk (forlenger samtalen og vurderes som unødvendig ettersom opptak allerede opplyses); å la kunden reservere seg mot analyse (teknisk komplisert i telefoniplattformen).

Risiko 3 er fortsatt middels til høy.

# 5 Godkjenning

Konsernledelsen behandlet DPIA-en 10. november 2026 (sak KL 44/26). Kundesenterleder presenterte funnene; tillitsvalgte og verneombud har uttalt seg skriftlig. Vedtak: «Konsernledelsen godkjenner DPIA-en og ber om at Datatilsynet forespørres om forhåndsdrøftelse på grunn av restrisikoen for de ansatte.» Geir Tønnessen, administrerende direktør.
"""
)


def c026() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet,

        Kystlandet Sparebank anmoder om forhåndsdrøftelse for tale- og samtaleanalyse i kundesenteret. DPIA med godkjenning fra konsernledelsen er vedlagt.

        """
    )
    msg = _mail(
        "c026",
        "Forhåndsdrøftelse – samtaleanalyse kundesenter",
        when(11, 23, 10, 18),
        body,
        [("DPIA_Samtaleanalyse_kundesenter.docx", to_docx(C026_DPIA))],
    )
    return msg, Label(
        "nb",
        (
            "bank",
            "employees",
            "audio_recording",
            "emotion_recognition",
            "polished_template",
            "html_alternative",
            "disclaimer",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
            "part3_proportionality_without_rights_measures",
            "looks_complete",
        ),
        "pgp_mime",
        True,
        "used",
        "looks finished: the template's rights chapter is absent and chapter 3 states necessity and argues proportionality (existing recordings, 90 days) without weighing alternatives and with no measures or guarantees for the customers' rights (no information, no objection; both are listed as «vurdert, ikke gjennomført») → part 3 missing; risk table S×K with residual and approval by group management present",
        (3,),
    )


def c046() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet

        ANMODNING OM FORHÅNDSDRØFTELSE – VIDEOIDENTIFISERING VED DIGITAL KUNDEETABLERING

        Kystlandet Sparebank ber om forhåndsdrøftelse etter GDPR art. 36. Hele anmodningen står i denne e-posten.

        KONTAKTOPPLYSNINGER
        Kontaktperson: Henrik Aasland, personvernansvarlig, tlf. 38 12 45 60, henrik.aasland@kystlandet.no
        Personvernombud: Marte Kvinlaug, tlf. 38 12 45 99, marte.kvinlaug@kystlandet.no
        Databehandler: IDsjekk Norge AS, Anette Strøm, tlf. 47 61 90 02, anette.strom@idsjekk.no

        BESKRIVELSE
        Personer uten BankID (bl.a. nyankomne arbeidsinnvandrere og studenter) skal kunne bli kunde digitalt. Søkeren filmer pass eller ID-kort med mobilen, leser passbrikken (NFC) og tar en kort «selfie-video». IDsjekk Norge AS sammenligner ansiktet med passbildet (biometrisk verifikasjon, art. 9), sjekker at det er en levende person, og sender resultat og bilder til banken. Ved usikkert resultat gjør en saksbehandler i banken manuell kontroll over video. Ca. 4 000 søkere per år. Bilder og video lagres i kundeforholdet i 5 år etter hvitvaskingsloven § 30; biometriske maler slettes hos leverandøren straks etter sammenligning. Drift i Norge. Grunnlag: art. 6 nr. 1 bokstav c (hvitvaskingsloven § 12, kontroll av legitimasjon) og art. 9 nr. 2 bokstav a (uttrykkelig samtykke til biometrisk sammenligning).

        NØDVENDIGHET OG PROPORSJONALITET
        Alternativet er oppmøte på filial med pass, noe mange søkere ikke kan (to filialer igjen, åpent på dagtid). Videomøte uten biometrisk sammenligning er vurdert, men gir høyere risiko for identitetsmisbruk og er svært ressurskrevende. Søkeren velger selv mellom biometrisk kontroll og oppmøte; begge gir samme tilbud. Minimering: malen slettes straks; bare bilder som hvitvaskingsloven krever lagres. Rettigheter: informasjon på flere språk (norsk, engelsk, polsk, ukrainsk) før start; samtykket kan trekkes før kontrollen er fullført; avslag vurderes alltid manuelt og begrunnes; innsyn og retting etter ordinære rutiner.

        RISIKOVURDERING (sannsynlighet × konsekvens, 1–4)
        1. Feil avvisning av personer med mørk hud eller skade i ansiktet (forskjellsbehandling): S3 × K3 = 9 høy. Tiltak: leverandørens skjevhetstester, manuell kontroll ved alle avvisninger. Rest: S2 × K3 = 6 middels.
        2. Biometriske data kommer på avveie: S1 × K4 = 4 lav. Tiltak: umiddelbar sletting av mal, kryptering. Rest: lav.
        3. Søkeren føler at samtykket ikke er frivillig fordi alternativet er tungvint: S3 × K2 = 6 middels. Tiltak: oppmøte på filial også lørdager og mulighet for videomøte uten biometri. Rest: 4 lav.
        4. Identitetstyveri ved manipulert video (deepfake): S2 × K4 = 8 middels. Tiltak: liveness-kontroll, NFC-lesing. Rest: 6 middels.
        Vurdert, men ikke gjennomført: lagring av kun hash av bilder (hvitvaskingsloven krever kopi av legitimasjon); egen biometrimodell i banken (mangler kompetanse og ville gi lengre lagring).
        Restrisiko 1 og 4 er middels, men gjelder en sårbar gruppe, og banken ønsker derfor Datatilsynets vurdering.

        LEDELSENS VALIDERING
        Styret behandlet saken 4. november 2026 (sak 80/2026) etter presentasjon av DPIA-funnene og innspill fra kundepanelet og Norsk organisasjon for asylsøkere (NOAS). Vedtak: «Styret godkjenner vurderingen av personvernkonsekvenser for videoidentifisering og ber administrasjonen be om forhåndsdrøftelse før lansering.» Protokollen er signert av styreleder Kjell Arne Fidje.

        """
    )
    msg = message(
        "c046",
        FROM,
        "Anmodning om forhåndsdrøftelse – videoidentifisering",
        when(11, 20, 12, 2),
        body + "\n" + SIG,
    )
    return msg, Label(
        "nb",
        (
            "bank",
            "biometrics",
            "all_in_body",
            "headings_caps_in_body",
            "contact_body_lines",
            "processor_contact_in_body",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_board_decision_quoted",
        ),
        "inline",
        True,
        "used",
        "complete, all in a single text/plain body (no disclaimer, no HTML, for inline PGP): contacts, description, necessity with alternatives and rights measures, S×K risks with residual and measures not taken, board decision quoted",
    )
