"""Sender C: Fjordkyst Sparebank (savings bank, 31 branches), bokmål; one case in English.

The bank's DPIA is an Excel workbook «DPIA-mal v4»: a cover sheet («Forside»: document, version,
owner, status, approved by) and one sheet per theme – «1 Kontakt» (a row per role), «2 Beskrivelse»
(question | answer), «3 Nødvendighet» (a checklist with a Ja/Nei/Delvis column and a justification
column), «4 Risiko» (the risk matrix) and «5 Godkjenning» (presented to, date, findings,
stakeholders, decision, approved by). The privacy coordinator in Compliance sends a short mail.
"""

# ruff: noqa: E501

from __future__ import annotations

from forms import sheet
from kit import Label, message, to_xlsx, txt, when

TOPICS = {
    "c005": "maskinlæringsbasert transaksjonsovervåking (hvitvasking)",
    "c025": "stemmebiometri for autentisering i kundesenteret",
    "c045": "kredittvurdering med kontoinformasjon (PSD2) for forbrukslån",
    "c006": "behavioural biometrics in the mobile bank",
    "c026": "søk i sosiale medier og åpne kilder ved kundekontroll",
    "c046": "videoovervåking med automatisk hendelsesdeteksjon i filialer",
}

SENDER = "Sindre Holmefjord <sindre.holmefjord@fjordkyst.no>"
SIGN = "\n" + txt(
    """
    Med vennlig hilsen

    Sindre Holmefjord
    Personvernkoordinator | Compliance
    Fjordkyst Sparebank
    Tlf 52 70 31 44 / mobil 993 41 205
    www.fjordkyst.no
    """
)
CONTACT = (
    "Kontaktperson (behandlingsansvarlig)",
    "Sindre Holmefjord",
    "Personvernkoordinator, Compliance",
    "52 70 31 44 / 993 41 205",
    "sindre.holmefjord@fjordkyst.no",
)
DPO = (
    "Personvernombud",
    "Elisabeth Mo Tveit",
    "Personvernombud",
    "52 70 30 18 / 915 66 240",
    "personvernombud@fjordkyst.no",
)
SPAREDATA = (
    "Databehandler (kjernebank)",
    "Henrik Lund",
    "Kundeansvarlig, Sparedata AS",
    "+47 55 36 92 14",
    "henrik.lund@sparedata.no",
)
RISK_HEAD = (
    "ID",
    "Trussel/hendelse",
    "Sannsynlighet (1-4)",
    "Konsekvens (1-4)",
    "Risikonivå",
    "Tiltak",
    "Restrisiko",
    "Eier",
)


def workbook(
    cover: list[tuple[str, str]],
    contacts: list[tuple[str, ...]],
    beskrivelse: list[tuple[str, str]],
    nodvendighet: list[tuple[str, str, str]],
    risiko: list[tuple[str, ...]],
    ikke: list[tuple[str, str]],
    godkjenning: list[tuple[str, str]],
) -> bytes:
    """Fjordkyst Sparebank's DPIA workbook, one sheet per theme."""
    return to_xlsx(
        {
            "Forside": sheet(
                ("Vurdering av personvernkonsekvenser (DPIA)", ""),
                ("Mal", "Fjordkyst Sparebank DPIA-mal v4 (Excel)"),
                *cover,
            ),
            "1 Kontakt": sheet(
                ("Rolle", "Navn", "Stilling/virksomhet", "Telefon", "E-post"), *contacts
            ),
            "2 Beskrivelse": sheet(("Spørsmål", "Svar"), *beskrivelse),
            "3 Nødvendighet": sheet(
                ("Kontrollspørsmål", "Ja/Nei/Delvis", "Begrunnelse / dokumentasjon"), *nodvendighet
            ),
            "4 Risiko": sheet(
                (
                    "Skala: 1 lav – 4 svært høy. Risikonivå = S x K. Akseptgrense: 6.",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ),
                RISK_HEAD,
                *risiko,
                ("", "", "", "", "", "", "", ""),
                ("Tiltak vurdert, ikke gjennomført", "Begrunnelse", "", "", "", "", "", ""),
                *((a, b, "", "", "", "", "", "") for a, b in ikke),
            ),
            "5 Godkjenning": sheet(("Felt", "Innhold"), *godkjenning),
        }
    )


# --- c005 / C005: AML transaction monitoring, complete -----------------------------------------


def c005() -> tuple:
    wb = workbook(
        [
            (
                "Behandling",
                "Maskinlæringsbasert transaksjonsovervåking (AML) og risikoklassifisering av kunder",
            ),
            ("Versjon", "2.1"),
            ("Dato", "24.10.2026"),
            ("Eier", "Marianne Utne, risikodirektør"),
            ("Status", "Godkjent"),
            ("Godkjent av", "Ledergruppen 21.10.2026 / adm. banksjef Leif Ove Bjelland"),
        ],
        [
            CONTACT,
            DPO,
            SPAREDATA,
            (
                "Databehandler (ML-modell)",
                "Nora Eikeland",
                "Leveranseleder, Aurum Analytics AS",
                "+47 464 20 713",
                "nora.eikeland@aurumanalytics.no",
            ),
        ],
        [
            (
                "Formål",
                "Avdekke transaksjoner som kan ha tilknytning til hvitvasking og terrorfinansiering, og prioritere varsler til manuell undersøkelse. Erstatter regelbasert overvåking som gir 96 % falske positive.",
            ),
            (
                "Registrerte",
                "Alle privat- og bedriftskunder (ca. 212 000), motparter i transaksjoner.",
            ),
            (
                "Personopplysninger",
                "Kundedata (KYC), transaksjoner, kontoopplysninger, IP og enhetsdata fra nettbank, risikoklassifisering, tidligere rapporter til Økokrim (opplysninger om straffbare forhold, art. 10).",
            ),
            (
                "Kilder",
                "Kjernebank (Sparedata), nettbank, kort, KYC-system, sanksjons- og PEP-lister.",
            ),
            (
                "Mottakere",
                "AML-analytikere i banken; Økokrim/EFE ved mistenkelige transaksjoner (hvitvaskingsloven § 26).",
            ),
            (
                "Teknisk løsning og lagring",
                "Aurum-modellen kjører i bankens dedikerte miljø hos Sparedata (Norge). Skår og begrunnelse lagres i saksbehandlingsverktøyet i 5 år etter kundeforholdets opphør (hvhl. § 30).",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav c; hvitvaskingsloven §§ 24–26, § 30; art. 10 jf. hvitvaskingsloven.",
            ),
            (
                "Hva gir høy risiko",
                "Profilering av alle kunder i stor skala, ny teknologi, opplysninger om mulige straffbare forhold, kunden får ikke vite om rapportering (hvhl. § 28).",
            ),
        ],
        [
            (
                "Er behandlingen nødvendig for formålet?",
                "Ja",
                "Lovpålagt overvåking; ML reduserer falske positive fra 96 % til anslått 78 % i pilot, dvs. færre kunder som undersøkes uten grunn.",
            ),
            (
                "Er mindre inngripende alternativer vurdert?",
                "Ja",
                "Forbedrede regler (liten effekt), eksterne nabo-analyser (ikke aktuelt). Se også 'Tiltak vurdert' i fane 4.",
            ),
            (
                "Er datamengden begrenset til det nødvendige?",
                "Delvis",
                "Enhetsdata brukes kun for nettbanktransaksjoner; geografiske data grovgranulert til kommune.",
            ),
            (
                "Er lagringstid fastsatt og begrunnet?",
                "Ja",
                "5 år etter hvhl. § 30, automatisk sletting i saksbehandlingsverktøyet.",
            ),
            (
                "Får kundene informasjon?",
                "Ja",
                "Personvernerklæring pkt. 6 'Antihvitvask' oppdatert, informasjon i nettbank.",
            ),
            (
                "Kan kunden få innsyn og korrigere?",
                "Delvis",
                "Innsyn begrenset etter hvhl. § 28 og personopplysningsloven § 16; retting av KYC-data via rådgiver.",
            ),
            (
                "Automatiserte avgjørelser (art. 22)?",
                "Nei",
                "Varsler vurderes alltid av analytiker; ingen automatisk avslutning av kundeforhold.",
            ),
            (
                "Er modellen testet for skjevhet/diskriminering?",
                "Ja",
                "Test på statsborgerskap, alder, kjønn (proxy) – se risiko R2.",
            ),
        ],
        [
            (
                "R1",
                "Kunder feilaktig merket som høy risiko – ulemper (stengte kort, avslutning av kundeforhold)",
                "3",
                "3",
                "9",
                "Manuell vurdering av alle varsler, kvalitetssikring av avslutningsbeslutninger",
                "6",
                "Leder AML",
            ),
            (
                "R2",
                "Modellen diskriminerer kunder med utenlandsk bakgrunn",
                "3",
                "4",
                "12",
                "Statsborgerskap fjernet som variabel, kvartalsvis test på proxyvariabler, modellrisikokomité",
                "8",
                "Risikodirektør",
            ),
            (
                "R3",
                "Uautorisert tilgang til rapporterte saker",
                "2",
                "4",
                "8",
                "Egen tilgangsgruppe, logging, loggkontroll månedlig",
                "4",
                "IT-sikkerhetssjef",
            ),
            (
                "R4",
                "Leverandøren bruker bankens data til å trene felles modell",
                "2",
                "3",
                "6",
                "Avtalefestet forbud, revisjon",
                "3",
                "Personvernombud",
            ),
            (
                "R5",
                "Kunder får ikke forklaring og kan ikke ivareta egne interesser",
                "4",
                "3",
                "12",
                "Begrunnelse per varsel for analytiker, klageordning for avsluttet kundeforhold",
                "9",
                "Leder AML",
            ),
        ],
        [
            (
                "Bruke kun regelbasert overvåking",
                "Gir svært mange falske positive og dårligere treff; mer inngripende for kundene samlet.",
            ),
            (
                "Full forklarbarhet til kunden",
                "Ikke tillatt etter hvitvaskingsloven § 28 (forbud mot å varsle kunden).",
            ),
        ],
        [
            (
                "Presentert for",
                "Ledergruppen (første gang 30.09.2026, sak 58/26; andre gang 21.10.2026, sak 63/26)",
            ),
            (
                "Sammendrag av presentasjon og funn",
                "Risikodirektør presenterte DPIA v2.0 og v2.1. Restrisiko for R2 og R5 over akseptgrensen (6). Modellrisikokomiteen har godkjent modellen.",
            ),
            (
                "Interessenter",
                "Personvernombud (skriftlig råd 14.10.2026: anbefaler forhåndsdrøftelse), tillitsvalgte Finansforbundet (orientert, ingen merknader), kundepanel (4 kunder, workshop 07.10.2026).",
            ),
            (
                "Beslutning",
                "DPIA godkjent. Ledergruppen ønsker å gå videre og ber om forhåndsdrøftelse med Datatilsynet før produksjonssetting. Pilot fortsetter kun på historiske data.",
            ),
            ("Godkjent av", "Leif Ove Bjelland, administrerende banksjef"),
            ("Dato / signatur", "21.10.2026 – signert i Signicat"),
        ],
    )
    mail = txt(
        """
        Hei,

        Fjordkyst Sparebank ber om forhåndsdrøftelse etter GDPR artikkel 36 for maskinlæringsbasert transaksjonsovervåking (antihvitvask).

        DPIAen er i vår Excel-mal (fanene 1–5). Kontaktinformasjon til oss, personvernombudet og de to databehandlerne står i fane «1 Kontakt», ledergruppens behandling i fane «5 Godkjenning».
        """
    )
    msg = message(
        "c005",
        SENDER,
        "Anmodning om forhåndsdrøftelse - ML transaksjonsovervåking",
        when(11, 5, 14, 22),
        mail + SIGN,
        attachments=[("DPIA_ML-transaksjonsovervaking_v2.1.xlsx", wb)],
        cc="personvernombud@fjordkyst.no",
    )
    return msg, Label(
        "nb",
        (
            "bank",
            "xlsx_sheet_per_theme",
            "xlsx_cover_sheet",
            "contacts_row_per_role",
            "processor_contact_table",
            "checklist_ja_nei_delvis",
            "risk_matrix_table",
            "measures_not_taken_table",
            "part5_sheet_in_workbook",
            "profiling",
            "criminal_offence_data",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; Excel workbook with cover sheet and one sheet per part; necessity as a Ja/Nei/Delvis checklist where every answer has a justification; approval sheet with presentation, findings, stakeholders and decision",
    )


# --- c025 / C025: voice biometrics, checklist ticked «Ja» with nothing behind it ----------------


def c025() -> tuple:
    wb = workbook(
        [
            ("Behandling", "Stemmebiometri for autentisering av kunder som ringer kundesenteret"),
            ("Versjon", "1.0"),
            ("Dato", "06.11.2026"),
            ("Eier", "Trine Vestbø, leder kundesenter"),
            ("Status", "Godkjent"),
            ("Godkjent av", "Ledergruppen 04.11.2026"),
        ],
        [
            CONTACT,
            DPO,
            (
                "Databehandler",
                "Ville Korhonen",
                "Customer Success Manager, VoiceKey Nordic Oy",
                "+358 40 718 2231",
                "ville.korhonen@voicekey.fi",
            ),
        ],
        [
            (
                "Formål",
                "Verifisere at den som ringer kundesenteret er kunden, uten kontrollspørsmål, og hindre sosial manipulering (svindlere som utgir seg for kunden).",
            ),
            (
                "Registrerte",
                "Kunder som ringer og som har registrert stemmeprofil (anslått 60 000), og svindlere som ringer på vegne av kunder.",
            ),
            (
                "Personopplysninger",
                "Stemmeprofil (biometrisk mal, art. 9), telefonnummer, samtaletidspunkt, verifiseringsresultat, kunde-ID. Svartelistede stemmeavtrykk fra bekreftede svindelsamtaler.",
            ),
            (
                "Kilder",
                "Samtalen (første 20 sekunder), kundens registrering i nettbank med BankID.",
            ),
            (
                "Mottakere",
                "Kundesenterets rådgiver ser 'verifisert / ikke verifisert'. VoiceKey behandler malene som databehandler.",
            ),
            (
                "Teknisk løsning og lagring",
                "VoiceKey SaaS (Finland, AWS eu-north-1). Stemmeprofil lagres til kunden sletter den eller avslutter kundeforholdet; lydopptak slettes etter 24 timer.",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav a og art. 9 nr. 2 bokstav a (uttrykkelig samtykke) for kunder. For svartelisten: art. 6 nr. 1 bokstav f, art. 9 nr. 2 bokstav f.",
            ),
            (
                "Hva gir høy risiko",
                "Biometri i stor skala, svarteliste over stemmer til personer som ikke er kunder.",
            ),
        ],
        [
            ("Er behandlingen nødvendig for formålet?", "Ja", ""),
            ("Er mindre inngripende alternativer vurdert?", "Ja", ""),
            ("Er datamengden begrenset til det nødvendige?", "Ja", ""),
            ("Er lagringstid fastsatt og begrunnet?", "Ja", "Se fane 2"),
            ("Får kundene informasjon?", "Ja", ""),
            ("Kan kunden få innsyn og korrigere?", "Ja", "Se eget vedlegg"),
            ("Er samtykket frivillig og kan trekkes tilbake?", "Ja", "Se eget vedlegg"),
            ("Er svartelisten vurdert særskilt?", "Delvis", ""),
        ],
        [
            (
                "R1",
                "Stemmeprofil kompromitteres og kan ikke byttes som et passord",
                "2",
                "4",
                "8",
                "Malen kryptert, kan ikke rekonstrueres til lyd, lagres adskilt fra kunde-ID",
                "4",
                "IT-sikkerhetssjef",
            ),
            (
                "R2",
                "Deepfake-stemme gir svindler tilgang",
                "3",
                "4",
                "12",
                "Liveness-deteksjon, beløpsgrenser, BankID for transaksjoner over 5 000 kr",
                "8",
                "Leder svindel",
            ),
            (
                "R3",
                "Personer feilaktig svartelistet",
                "2",
                "3",
                "6",
                "Kun bekreftet svindel, manuell kontroll, sletting etter 2 år",
                "4",
                "Leder svindel",
            ),
            (
                "R4",
                "Samtykke ikke reelt frivillig (kø-prioritering)",
                "3",
                "2",
                "6",
                "Ingen fordel i køen, samme service uten stemmeprofil",
                "3",
                "Leder kundesenter",
            ),
            (
                "R5",
                "Overføring utenfor EØS via AWS",
                "1",
                "3",
                "3",
                "EU-region, avtale om ingen tilgang fra tredjeland",
                "3",
                "Personvernombud",
            ),
        ],
        [
            (
                "Kontinuerlig stemmeanalyse gjennom hele samtalen",
                "Ikke nødvendig; 20 sekunder gir tilstrekkelig sikkerhet.",
            )
        ],
        [
            ("Presentert for", "Ledergruppen 28.10.2026 og 04.11.2026"),
            (
                "Sammendrag av presentasjon og funn",
                "Leder kundesenter presenterte løsningen og DPIA. Restrisiko R2 over akseptgrensen.",
            ),
            (
                "Interessenter",
                "Personvernombud, tillitsvalgte i kundesenteret, ekstern svindelrådgiver.",
            ),
            (
                "Beslutning",
                "Godkjent. Ledergruppen ønsker å innføre løsningen og ber om forhåndsdrøftelse før lansering.",
            ),
            ("Godkjent av", "Leif Ove Bjelland, administrerende banksjef"),
            ("Dato / signatur", "04.11.2026 – signert i Signicat"),
        ],
    )
    mail = txt(
        """
        Hei,

        Vedlagt DPIA for stemmebiometri i kundesenteret. Vi ber om forhåndsdrøftelse, se fane 5 for ledergruppens vedtak.

        Kontaktinfo i fane 1.
        """
    )
    msg = message(
        "c025",
        SENDER,
        "Forhåndsdrøftelse stemmebiometri kundesenter",
        when(11, 12, 8, 57),
        mail + SIGN,
        attachments=[("DPIA_stemmebiometri_v1.0.xlsx", wb)],
    )
    return msg, Label(
        "nb",
        (
            "bank",
            "xlsx_sheet_per_theme",
            "xlsx_cover_sheet",
            "contacts_row_per_role",
            "processor_contact_table",
            "phone_foreign",
            "checklist_ja_nei_delvis",
            "ja_without_content",
            "se_eget_vedlegg_missing",
            "risk_matrix_table",
            "part5_sheet_in_workbook",
            "biometrics",
        ),
        "none",
        True,
        "used",
        "part 3 missing: the necessity checklist is ticked «Ja» on every question with no justification, and the rights/consent rows say «Se eget vedlegg» with no attachment beyond the workbook; parts 1, 2, 4, 5 present (approval sheet filled)",
        missing=(3,),
    )


# --- c045 / C045: PSD2 credit scoring, processor row without contact --------------------------


def c045() -> tuple:
    wb = workbook(
        [
            (
                "Behandling",
                "Kredittvurdering av forbrukslån med kontoinformasjon fra andre banker (PSD2 kontoinformasjonstjeneste)",
            ),
            ("Versjon", "1.1"),
            ("Dato", "01.12.2026"),
            ("Eier", "Kenneth Sørheim, leder kreditt privat"),
            ("Status", "Godkjent"),
            ("Godkjent av", "Ledergruppen 30.11.2026"),
        ],
        [
            CONTACT,
            DPO,
            (
                "Databehandler (kontoinformasjon og kategorisering)",
                "Kontoinnsikt AS",
                "–",
                "",
                "Se databehandleravtale",
            ),
        ],
        [
            (
                "Formål",
                "Vurdere betjeningsevne ved søknad om forbrukslån og kredittkort ut fra faktiske inntekter og utgifter i stedet for egenerklæring, for å hindre at kunder får lån de ikke kan betjene.",
            ),
            (
                "Registrerte",
                "Søkere av forbrukslån og kredittkort (ca. 9 000 søknader/år), og tredjepersoner som forekommer i transaksjonshistorikken.",
            ),
            (
                "Personopplysninger",
                "Transaksjoner siste 12 måneder fra alle kundens kontoer (også i andre banker), kategorisert forbruk (kan avsløre helse, religion, fagforening, politisk tilhørighet), inntekt, gjeld fra Gjeldsregisteret, kredittskår.",
            ),
            (
                "Kilder",
                "Kunden gir tilgang via BankID til kontoinformasjon i andre banker; Gjeldsregisteret; kredittopplysningsbyrå.",
            ),
            ("Mottakere", "Kredittrådgiver og beslutningsmotor. Ingen utlevering."),
            (
                "Teknisk løsning og lagring",
                "Kontoinnsikt AS henter og kategoriserer transaksjoner (Norge). Rådata slettes etter 30 dager, kategoriserte summer lagres med søknaden i 10 år etter låneforholdets opphør (bokføring/utlånsforskriften).",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav b og c; finansavtaleloven § 5-4, utlånsforskriften § 5. Samtykke til PSD2-henting etter betalingstjenestedirektivet.",
            ),
            (
                "Hva gir høy risiko",
                "Automatisert avgjørelse (avslag), innsyn i særlige kategorier via forbruksmønster, samkjøring av datasett.",
            ),
        ],
        [
            (
                "Er behandlingen nødvendig for formålet?",
                "Ja",
                "Egenerklæring har vist seg upålitelig; 14 % av misligholdte lån 2025 hadde feil i oppgitte utgifter.",
            ),
            (
                "Er mindre inngripende alternativer vurdert?",
                "Ja",
                "Kun Gjeldsregisteret og skattedata: gir ikke utgifter. Kun kategorisummer (ikke enkelttransaksjoner) er valgt.",
            ),
            (
                "Er datamengden begrenset til det nødvendige?",
                "Delvis",
                "Kategorier som kan avsløre særlige kategorier slås sammen til 'Annet' før rådgiver ser dem.",
            ),
            (
                "Er lagringstid fastsatt og begrunnet?",
                "Ja",
                "Rådata 30 dager, summer med søknaden.",
            ),
            (
                "Får kundene informasjon?",
                "Ja",
                "Informasjon i søknadsløpet før BankID-samtykke; personvernerklæring.",
            ),
            (
                "Kan kunden få innsyn og korrigere?",
                "Ja",
                "Kunden ser beregningen i nettbanken og kan legge fram dokumentasjon på feil kategorisering.",
            ),
            (
                "Automatiserte avgjørelser (art. 22)?",
                "Delvis",
                "Automatisk innvilgelse og automatisk avslag under terskel; kunden kan kreve manuell vurdering (knapp i svaret).",
            ),
            (
                "Kan kunden søke uten PSD2-henting?",
                "Ja",
                "Manuell søknad med dokumentasjon (kontoutskrifter) er mulig.",
            ),
        ],
        [
            (
                "R1",
                "Feil kategorisering gir urettmessig avslag",
                "3",
                "3",
                "9",
                "Manuell vurdering på forespørsel, stikkprøver, klageordning",
                "6",
                "Leder kreditt",
            ),
            (
                "R2",
                "Særlige kategorier utledes av forbruk (apotek, menighet, fagforening)",
                "3",
                "4",
                "12",
                "Sammenslåing til 'Annet', ingen visning av enkelttransaksjoner",
                "8",
                "Leder kreditt",
            ),
            (
                "R3",
                "Samtykke til henting ikke reelt frivillig",
                "3",
                "3",
                "9",
                "Alternativ manuell søknad uten ulempe i tid over 2 dager",
                "6",
                "Personvernombud",
            ),
            (
                "R4",
                "Uautorisert tilgang til rådata hos leverandør",
                "2",
                "4",
                "8",
                "Sletting etter 30 dager, kryptering, ISAE 3402-rapport",
                "4",
                "IT-sikkerhetssjef",
            ),
        ],
        [
            (
                "Bare manuell vurdering av alle søknader",
                "Lengre saksbehandling og større variasjon i vurderingene; ikke bedre for kunden.",
            )
        ],
        [
            ("Presentert for", "Ledergruppen 16.11.2026 (sak 71/26) og 30.11.2026 (sak 74/26)"),
            (
                "Sammendrag av presentasjon og funn",
                "Leder kreditt presenterte DPIA. R2 står igjen over akseptgrensen fordi også summerte kategorier kan si noe om helse og religion.",
            ),
            (
                "Interessenter",
                "Personvernombudet (anbefaler forhåndsdrøftelse), Forbrukerrådets veileder om kontoinformasjon lagt til grunn, kundepanel.",
            ),
            (
                "Beslutning",
                "DPIA godkjent; banken ber om forhåndsdrøftelse før lansering i Q2 2027.",
            ),
            ("Godkjent av", "Leif Ove Bjelland, administrerende banksjef"),
            ("Dato / signatur", "30.11.2026 – signert i Signicat"),
        ],
    )
    mail = txt(
        """
        Hei,

        Vi ber om forhåndsdrøftelse for kredittvurdering av forbrukslån basert på kontoinformasjon (PSD2). DPIA i vedlagt arbeidsbok, alle fanene er fylt ut.

        Kontoinnsikt AS er databehandler og henter og kategoriserer transaksjonene for oss.
        """
    )
    msg = message(
        "c045",
        SENDER,
        "Anmodning om forhåndsdrøftelse - kredittvurdering med kontoinformasjon",
        when(12, 4, 13, 9),
        mail + SIGN,
        attachments=[("DPIA_kredittvurdering_PSD2_v1.1.xlsx", wb)],
    )
    return msg, Label(
        "nb",
        (
            "bank",
            "xlsx_sheet_per_theme",
            "xlsx_cover_sheet",
            "contacts_row_per_role",
            "p1_processor_named_no_contact",
            "checklist_ja_nei_delvis",
            "risk_matrix_table",
            "part5_sheet_in_workbook",
            "automated_decision",
            "profiling",
        ),
        "none",
        True,
        "used",
        "part 1 missing: the processor row names Kontoinnsikt AS with «–» for the person, an empty phone cell and «Se databehandleravtale» for e-mail (agreement not attached); contact person and DPO complete. Parts 2–5 present",
        missing=(1,),
    )


# --- c006 / C006: behavioural biometrics, English workbook, complete --------------------------


def c006() -> tuple:
    wb = to_xlsx(
        {
            "Cover": sheet(
                ("Data Protection Impact Assessment (DPIA)", ""),
                (
                    "Template",
                    "Fjordkyst Sparebank DPIA template v4 (English version for vendor review)",
                ),
                ("Processing", "Behavioural biometrics for fraud detection in the mobile bank app"),
                ("Version", "1.3"),
                ("Date", "23.10.2026"),
                ("Owner", "Jørgen Waage, Head of Fraud Prevention"),
                ("Status", "Approved"),
                ("Approved by", "Executive management 20.10.2026"),
            ),
            "1 Contacts": sheet(
                ("Role", "Name", "Title / organisation", "Phone", "E-mail"),
                (
                    "Contact person (controller)",
                    "Sindre Holmefjord",
                    "Privacy Coordinator, Compliance",
                    "+47 52 70 31 44",
                    "sindre.holmefjord@fjordkyst.no",
                ),
                (
                    "Data Protection Officer",
                    "Elisabeth Mo Tveit",
                    "DPO",
                    "+47 915 66 240",
                    "personvernombud@fjordkyst.no",
                ),
                (
                    "Processor",
                    "Oliver Grant",
                    "Client Director, TypeTrust Ltd (London)",
                    "+44 20 7946 0381",
                    "oliver.grant@typetrust.co.uk",
                ),
                (
                    "Project lead",
                    "Jørgen Waage",
                    "Head of Fraud Prevention",
                    "+47 52 70 32 90",
                    "jorgen.waage@fjordkyst.no",
                ),
            ),
            "2 Description": sheet(
                ("Question", "Answer"),
                (
                    "Purpose",
                    "Detect account takeover and authorised push payment fraud by analysing how the user interacts with the app (typing rhythm, swipe patterns, device handling) and flagging sessions that deviate from the customer's normal behaviour or match known fraud patterns (e.g. remote access tools, coached victims).",
                ),
                (
                    "Data subjects",
                    "All mobile bank users (approx. 148 000), including minors from 13 years with youth accounts.",
                ),
                (
                    "Personal data",
                    "Behavioural signals per session (keystroke timing, touch pressure, swipe speed, device orientation), device ID, IP, session risk score, outcome of fraud case. No content of what is typed is collected (masked).",
                ),
                ("Sources", "SDK in the mobile app; fraud cases from the bank's case tool."),
                (
                    "Recipients",
                    "Fraud analysts; TypeTrust as processor. Police on request in fraud cases.",
                ),
                (
                    "Technology and storage",
                    "TypeTrust SaaS hosted in AWS eu-west-1 (Ireland); support access from the UK (adequacy decision). Raw signals deleted after 90 days, behavioural profile kept while the customer uses the app, risk scores 13 months.",
                ),
                (
                    "Legal basis",
                    "Art. 6(1)(c) (PSD2 RTS on strong customer authentication, Art. 2 transaction monitoring; finansavtaleloven § 4-30) and Art. 6(1)(f) for the pattern library.",
                ),
                (
                    "Why high risk",
                    "Systematic monitoring of all users, novel technology, profiling, inferences that may reveal age, disability or health (e.g. tremor), children among the users.",
                ),
            ),
            "3 Necessity": sheet(
                ("Control question", "Yes/No/Partly", "Justification"),
                (
                    "Is the processing necessary for the purpose?",
                    "Yes",
                    "Fraud losses via the app were NOK 41 m in 2025; 70 % involved social engineering where the real customer logs in, which SCA does not stop.",
                ),
                (
                    "Less intrusive alternatives considered?",
                    "Yes",
                    "Transaction rules only (already in place, insufficient), delays on new payees (introduced, partly effective), device binding (in place).",
                ),
                (
                    "Data minimisation",
                    "Yes",
                    "Typed content masked in the SDK; no location; signals only during login and payment flows, not the whole session.",
                ),
                ("Retention defined?", "Yes", "90 days raw, 13 months scores."),
                (
                    "Information to customers",
                    "Yes",
                    "Privacy notice section 7, in-app notice at next update, FAQ; youth version in plain language.",
                ),
                (
                    "Access and rectification",
                    "Yes",
                    "Customers can request their risk scores via the privacy portal; fraud-case flags can be disputed.",
                ),
                (
                    "Automated decisions (Art. 22)?",
                    "Partly",
                    "High-risk sessions get a step-up (extra confirmation) automatically; no payment is blocked without analyst review, except confirmed remote-access tool.",
                ),
                (
                    "Inferences on special categories?",
                    "Partly",
                    "Model not trained on health data; vendor tested that tremor/accessibility settings do not raise scores (test report 09/2026).",
                ),
            ),
            "4 Risk": sheet(
                (
                    "Scale: 1 low – 4 very high. Risk = L x C. Acceptance threshold: 6.",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ),
                (
                    "ID",
                    "Threat / event",
                    "Likelihood",
                    "Consequence",
                    "Risk level",
                    "Measures",
                    "Residual risk",
                    "Owner",
                ),
                (
                    "R1",
                    "Customers with disabilities or older customers flagged more often and get more friction",
                    "3",
                    "3",
                    "9",
                    "Accessibility test, override for users with accessibility settings, monitoring of step-up rate per age band",
                    "6",
                    "Head of Fraud",
                ),
                (
                    "R2",
                    "Behavioural profile used for other purposes (marketing, credit)",
                    "2",
                    "4",
                    "8",
                    "Purpose limitation in contract and internal policy, no export interface",
                    "4",
                    "DPO",
                ),
                (
                    "R3",
                    "Access from the UK to profiles",
                    "2",
                    "3",
                    "6",
                    "Adequacy decision, SCCs as fallback, access logging",
                    "4",
                    "DPO",
                ),
                (
                    "R4",
                    "Children's behaviour profiled without adequate information",
                    "3",
                    "3",
                    "9",
                    "Youth notice, parents informed, scores not used for other decisions",
                    "6",
                    "Head of Fraud",
                ),
                (
                    "R5",
                    "Customers experience constant surveillance in the app",
                    "3",
                    "3",
                    "9",
                    "Signals only in login and payment flows, transparency page",
                    "9",
                    "Head of Fraud",
                ),
                ("", "", "", "", "", "", "", ""),
                ("Measures considered, not implemented", "Reason", "", "", "", "", "", ""),
                (
                    "Opt-out for customers",
                    "Would be exploited by fraudsters coaching victims to opt out; compensated by limiting collection to payment flows.",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ),
                (
                    "On-device scoring only",
                    "Vendor roadmap 2028; pattern library requires central matching.",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ),
            ),
            "5 Approval": sheet(
                ("Field", "Content"),
                ("Presented to", "Executive management 06.10.2026 and 20.10.2026"),
                (
                    "Summary of presentation and findings",
                    "Head of Fraud presented the DPIA; residual risk R5 remains above threshold because all app users are monitored in payment flows without an opt-out.",
                ),
                (
                    "Stakeholders",
                    "DPO (advice 15.10.2026: recommends prior consultation), employee representatives (informed), customer panel (test of notice texts), TypeTrust.",
                ),
                (
                    "Decision",
                    "DPIA approved. Management wishes to proceed and requests prior consultation before roll-out to all users (pilot on 2 % of users only).",
                ),
                ("Approved by", "Leif Ove Bjelland, CEO"),
                ("Date / signature", "20.10.2026 – signed in Signicat"),
            ),
        }
    )
    mail = txt(
        """
        Dear Sir or Madam,

        Fjordkyst Sparebank requests prior consultation under Article 36 GDPR for behavioural biometrics in our mobile bank app. The DPIA is attached in the English version of our template, as the processor (TypeTrust Ltd, UK) took part in the assessment. We are happy to provide a Norwegian version if needed.

        Contact details for the bank, our DPO and the processor are in sheet "1 Contacts"; management's approval is in sheet "5 Approval".

        Kind regards

        Sindre Holmefjord
        Privacy Coordinator, Compliance
        Fjordkyst Sparebank
        +47 52 70 31 44
        """
    )
    msg = message(
        "c006",
        SENDER,
        "Request for prior consultation - behavioural biometrics (Fjordkyst Sparebank)",
        when(11, 10, 10, 31),
        mail,
        attachments=[("DPIA_behavioural_biometrics_v1.3_EN.xlsx", wb)],
    )
    return msg, Label(
        "en",
        (
            "bank",
            "xlsx_sheet_per_theme",
            "xlsx_cover_sheet",
            "contacts_row_per_role",
            "processor_contact_table",
            "phone_foreign",
            "checklist_ja_nei_delvis",
            "risk_matrix_table",
            "measures_not_taken_table",
            "part5_sheet_in_workbook",
            "biometrics",
            "children",
            "third_country_risk",
        ),
        "none",
        True,
        "used",
        "complete; the bank's workbook in its English version (UK processor), every checklist answer justified, approval sheet with findings, stakeholders and decision",
    )


# --- c026 / C026: KYC open sources, approval sheet empty ---------------------------------------


def c026() -> tuple:
    wb = workbook(
        [
            (
                "Behandling",
                "Søk i sosiale medier og åpne kilder ved kundekontroll (forsterkede tiltak)",
            ),
            ("Versjon", "0.9"),
            ("Dato", "17.11.2026"),
            ("Eier", "Ida Kristine Lie, leder AML"),
            ("Status", "Utkast – til godkjenning"),
            ("Godkjent av", ""),
        ],
        [
            CONTACT,
            DPO,
            (
                "Databehandler",
                "Anders Bakkevik",
                "Account Manager, Scanwatch Intelligence AS",
                "+47 920 55 871",
                "anders.bakkevik@scanwatch.no",
            ),
        ],
        [
            (
                "Formål",
                "Oppfylle kravet om forsterkede kundetiltak (hvitvaskingsloven § 18) for høyrisikokunder og PEP ved å søke automatisk i åpne kilder: nyheter, sosiale medier, rettsavgjørelser, foretaksregistre.",
            ),
            (
                "Registrerte",
                "Kunder med høy risikoklassifisering og PEP (ca. 2 300), deres nærstående og reelle rettighetshavere, personer som omtales sammen med dem.",
            ),
            (
                "Personopplysninger",
                "Treff i nyheter og sosiale medier (kan inneholde politisk oppfatning, religion, helse, straffbare forhold), profilbilder, nettverk (kjente forbindelser).",
            ),
            (
                "Kilder",
                "Scanwatch-plattformen søker i åpne kilder; KYC-data fra banken (navn, fødselsdato, adresse).",
            ),
            ("Mottakere", "AML-analytikere. Økokrim/EFE ved mistenkelige forhold."),
            (
                "Teknisk løsning og lagring",
                "Scanwatch SaaS (Norge/Finland). Treff som er relevante lagres i kundens KYC-mappe i 5 år etter kundeforholdet; irrelevante treff slettes etter 30 dager.",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav c; hvitvaskingsloven §§ 12, 18, 30; art. 10 jf. hvhl.",
            ),
            (
                "Hva gir høy risiko",
                "Innsamling fra sosiale medier, nærstående som ikke er kunder, særlige kategorier, feilidentifikasjon.",
            ),
        ],
        [
            (
                "Er behandlingen nødvendig for formålet?",
                "Ja",
                "Lovkrav om forsterkede tiltak; manuelle søk er tilfeldige og udokumenterte.",
            ),
            (
                "Er mindre inngripende alternativer vurdert?",
                "Ja",
                "Kun nyhetskilder (vurdert, men sosiale medier gir viktige treff for PEP-nettverk). Sosiale medier begrenset til offentlige profiler.",
            ),
            (
                "Er datamengden begrenset til det nødvendige?",
                "Delvis",
                "Søk kun ved onboarding og årlig, ikke løpende; filter for særlige kategorier.",
            ),
            ("Er lagringstid fastsatt og begrunnet?", "Ja", "30 dager / 5 år etter hvhl. § 30."),
            (
                "Får kundene informasjon?",
                "Ja",
                "Personvernerklæring; kunder med forsterkede tiltak får brev.",
            ),
            (
                "Kan kunden få innsyn og korrigere?",
                "Delvis",
                "Innsyn unntatt der hvhl. § 28 hindrer; feilidentifikasjon kan rettes.",
            ),
            (
                "Er nærstående vurdert særskilt?",
                "Ja",
                "Søk på nærstående kun navn + fødselsår, ingen sosiale medier.",
            ),
        ],
        [
            (
                "R1",
                "Feilidentifikasjon (navnelikhet) gir urettmessig høy risiko",
                "3",
                "3",
                "9",
                "Matching på fødselsdato, manuell verifisering",
                "6",
                "Leder AML",
            ),
            (
                "R2",
                "Innsamling av særlige kategorier fra sosiale medier",
                "3",
                "4",
                "12",
                "Filter, analytiker-opplæring, ikke lagre irrelevante treff",
                "8",
                "Leder AML",
            ),
            (
                "R3",
                "Kunden vet ikke at sosiale medier gjennomsøkes",
                "3",
                "3",
                "9",
                "Brev til berørte kunder, personvernerklæring",
                "6",
                "Personvernombud",
            ),
            (
                "R4",
                "Nærstående uten kundeforhold profileres",
                "2",
                "3",
                "6",
                "Begrenset søk, ingen lagring uten relevans",
                "4",
                "Leder AML",
            ),
        ],
        [("Kun manuelle søk", "Udokumentert og ulik praksis; vanskeligere å kontrollere.")],
        [
            ("Presentert for", ""),
            ("Sammendrag av presentasjon og funn", ""),
            ("Interessenter", ""),
            ("Beslutning", ""),
            ("Godkjent av", ""),
            ("Dato / signatur", ""),
        ],
    )
    mail = txt(
        """
        Hei,

        Fjordkyst Sparebank ber om forhåndsdrøftelse for automatiserte søk i sosiale medier og åpne kilder i forbindelse med forsterkede kundetiltak. DPIA (Excel) ligger ved, kontaktinfo i fane 1.

        Restrisikoen for R2 (innsamling av særlige kategorier) ligger over akseptgrensen vår.
        """
    )
    msg = message(
        "c026",
        SENDER,
        "Anmodning om forhåndsdrøftelse - åpne kilder KYC",
        when(11, 20, 11, 44),
        mail + SIGN,
        attachments=[("DPIA_apne_kilder_KYC_v0.9.xlsx", wb)],
        cc="personvernombud@fjordkyst.no",
    )
    return msg, Label(
        "nb",
        (
            "bank",
            "xlsx_sheet_per_theme",
            "xlsx_cover_sheet",
            "contacts_row_per_role",
            "processor_contact_table",
            "checklist_ja_nei_delvis",
            "risk_matrix_table",
            "approval_sheet_empty",
            "criminal_offence_data",
        ),
        "pgp_mime",
        True,
        "used",
        "part 5 missing: cover sheet says «Utkast – til godkjenning» with «Godkjent av» empty and every row of sheet «5 Godkjenning» is empty; the mail says nothing about approval. Parts 1–4 present",
        missing=(5,),
    )


# --- c046 / C046: video incident detection, DPO phone «N/A» -------------------------------------


def c046() -> tuple:
    wb = workbook(
        [
            (
                "Behandling",
                "Videoovervåking med automatisk hendelsesdeteksjon i filialer og ved minibanker",
            ),
            ("Versjon", "1.0"),
            ("Dato", "27.11.2026"),
            ("Eier", "Geir Tore Nes, sikkerhetssjef"),
            ("Status", "Godkjent"),
            ("Godkjent av", "Ledergruppen 25.11.2026"),
        ],
        [
            CONTACT,
            ("Personvernombud", "Elisabeth Mo Tveit", "Personvernombud", "N/A", ""),
            (
                "Databehandler",
                "Lars Petter Hovda",
                "Fagsjef, Sikringsvakt AS",
                "51 84 20 10",
                "lars.petter.hovda@sikringsvakt.no",
            ),
        ],
        [
            (
                "Formål",
                "Avdekke ran, skimming og voldshendelser raskere ved at videoanalyse varsler vaktsentral ved unormal atferd (løping, fall, personer som oppholder seg lenge ved minibank, utstyr montert på minibank).",
            ),
            (
                "Registrerte",
                "Kunder og besøkende i 31 filialer og ved 44 minibanker, ansatte, forbipasserende ved utendørs minibanker.",
            ),
            (
                "Personopplysninger",
                "Videobilder, metadata om bevegelse (skjelettmodell), hendelsesklipp. Ingen ansiktsgjenkjenning.",
            ),
            ("Kilder", "Kameraer i filialer og ved minibanker."),
            ("Mottakere", "Sikringsvakt AS (vaktsentral); politiet ved hendelser."),
            (
                "Teknisk løsning og lagring",
                "Analyse på lokal boks i filialen; kun hendelsesklipp sendes til vaktsentral. Opptak lagres 7 dager (forskrift om kameraovervåking), hendelsesklipp 30 dager eller til saken er avsluttet.",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav f; personopplysningsloven § 31 og forskrift om kameraovervåking i virksomhet.",
            ),
            (
                "Hva gir høy risiko",
                "Systematisk overvåking av offentlig tilgjengelig område, ny teknologi (atferdsanalyse), ansatte.",
            ),
        ],
        [
            (
                "Er behandlingen nødvendig for formålet?",
                "Ja",
                "12 skimming-forsøk og 2 ran 2024–2025; manuell overvåking av 300 kameraer er ikke mulig.",
            ),
            (
                "Er mindre inngripende alternativer vurdert?",
                "Ja",
                "Kun opptak uten analyse (oppdager for sent), vekter (kostnad).",
            ),
            (
                "Er datamengden begrenset til det nødvendige?",
                "Ja",
                "Skjelettmodell i stedet for bilder til analyse; maskering av gate/fortau.",
            ),
            ("Er lagringstid fastsatt og begrunnet?", "Ja", "7/30 dager."),
            ("Får de registrerte informasjon?", "Ja", "Skilting, personvernerklæring."),
            (
                "Kan de registrerte få innsyn?",
                "Ja",
                "Innsyn i opptak der de er avbildet, innen 7 dager.",
            ),
            (
                "Er ansatte involvert?",
                "Ja",
                "Drøftet med tillitsvalgte, avtale om at analysen ikke brukes mot ansatte.",
            ),
        ],
        [
            (
                "R1",
                "Feilvarsling fører til at uskyldige stanses av politi/vekter",
                "3",
                "3",
                "9",
                "Operatør verifiserer klipp før tiltak",
                "6",
                "Sikkerhetssjef",
            ),
            (
                "R2",
                "Analysen brukes til å overvåke ansatte",
                "2",
                "3",
                "6",
                "Avtale, ingen analyse bak disk",
                "3",
                "HR-sjef",
            ),
            (
                "R3",
                "Forbipasserende på fortau overvåkes",
                "3",
                "3",
                "9",
                "Maskering, kamera vinklet",
                "6",
                "Sikkerhetssjef",
            ),
            (
                "R4",
                "Atferdsanalyse oppfatter personer med funksjonsnedsettelse som 'unormale'",
                "3",
                "4",
                "12",
                "Terskler justert, opplæring av operatører",
                "9",
                "Sikkerhetssjef",
            ),
        ],
        [("Analyse kun utenfor åpningstid", "De fleste skimming-forsøk skjer på dagtid.")],
        [
            ("Presentert for", "Ledergruppen 11.11.2026 og 25.11.2026"),
            (
                "Sammendrag av presentasjon og funn",
                "Sikkerhetssjef presenterte DPIA; R4 over akseptgrensen.",
            ),
            ("Interessenter", "Tillitsvalgte, personvernombud, Sikringsvakt."),
            ("Beslutning", "Godkjent; ledergruppen ber om forhåndsdrøftelse."),
            ("Godkjent av", "Leif Ove Bjelland, administrerende banksjef"),
            ("Dato / signatur", "25.11.2026 – signert i Signicat"),
        ],
    )
    mail = txt(
        """
        Hei,

        Vedlagt følger DPIA for videoovervåking med hendelsesdeteksjon i filialene våre, med anmodning om forhåndsdrøftelse.
        """
    )
    msg = message(
        "c046",
        "Geir Tore Nes <geir.tore.nes@fjordkyst.no>",
        "Forhåndsdrøftelse - videoanalyse filialer",
        when(12, 1, 15, 37),
        mail + "\nMvh\nGeir Tore Nes\nSikkerhetssjef, Fjordkyst Sparebank\n",
        attachments=[("DPIA_videoanalyse_filialer_v1.0.xlsx", wb)],
    )
    return msg, Label(
        "nb",
        (
            "bank",
            "xlsx_sheet_per_theme",
            "xlsx_cover_sheet",
            "contacts_row_per_role",
            "processor_contact_table",
            "na_in_cell",
            "p1_dpo_no_phone",
            "checklist_ja_nei_delvis",
            "risk_matrix_table",
            "part5_sheet_in_workbook",
            "camera",
            "employees",
        ),
        "none",
        True,
        "used",
        "part 1 missing: the DPO row has a name but «N/A» for phone and an empty e-mail cell, and the sender (the security manager, not the usual coordinator) signs without phone or e-mail in the body; the contact row (coordinator) and the processor are complete. Parts 2–5 present",
        missing=(1,),
    )
