"""Sender G: Dagsvare Norge AS (grocery chain, 260 stores under two brands), bokmål.

The chain runs its DPIAs in a GRC tool («PrivacyHub»). Requests carry the questionnaire exported to
PDF (numbered questions, label left and answer right), the risk register exported to Excel, and
the approval workflow log («Steg | Utført av | Dato | Kommentar»). Once the lawyer pastes the
questionnaire into an Outlook mail as tables; once a manager complains about the handling time.
"""

# ruff: noqa: E501

from __future__ import annotations

from extra import FormItem, form_pdf
from forms import doc, sheet, tbl
from kit import Label, message, plain, to_html, to_xlsx, txt, when

TOPICS = {
    "c013": "kamerabasert aldersestimering på selvbetjente kasser",
    "c033": "kundeklubb med personlige tilbud basert på kjøpshistorikk",
    "c053": "ubemannede butikker med app-adgang og kameraovervåking",
    "c014": "kamerabasert svinnforebygging med atferdsanalyse",
    "c034": "ytelsesmåling av butikkmedarbeidere og automatisk vaktplan",
    "c054": "kamerabasert svinnforebygging med atferdsanalyse",
}

SENDER = "Henrik Sørum Bakke <henrik.bakke@dagsvare.no>"
SIGN = "\n" + txt(
    """
    Med vennlig hilsen

    Henrik Sørum Bakke
    Jurist / personvernansvarlig
    Dagsvare Norge AS
    Tlf: 22 08 71 40 | Mob: 951 22 684
    henrik.bakke@dagsvare.no | Postboks 380, 0513 Oslo
    """
)
DPO = ("Guro Fjeldstad Nilsen", "+47 934 55 102", "personvernombud@dagsvare.no")
HSB = ("Henrik Sørum Bakke, jurist", "951 22 684", "henrik.bakke@dagsvare.no")
STAMP = "PrivacyHub – eksportert"
REG_HEAD = (
    "Risiko-ID",
    "Trussel/hendelse",
    "Sannsynlighet",
    "Konsekvens",
    "Risikonivå",
    "Tiltak",
    "Restrisiko",
    "Risikoeier",
    "Status",
)


def questionnaire(
    ref: str,
    title: str,
    kontakt: tuple[tuple[str, str, str], tuple[str, str, str], list[tuple[str, str, str]]],
    beskrivelse: list[str],
    nodvendighet: list[str],
    risiko: list[FormItem],
    workflow: list[str],
) -> list[FormItem]:
    kp, dpo, dbs = kontakt
    items: list[FormItem] = [
        ("f", "Vurdering", ref),
        ("f", "Behandling", title),
        ("f", "Behandlingsansvarlig", "Dagsvare Norge AS, org.nr. 986 412 907"),
        ("h", "1 Kontaktinformasjon"),
        ("f", "1.1 Kontaktperson", f"{kp[0]}\nTlf: {kp[1]}\nE-post: {kp[2]}"),
        (
            "f",
            "1.2 Personvernombud",
            f"{dpo[0]}\nTlf: {dpo[1]}\nE-post: {dpo[2]}" if dpo[0] else "",
        ),
    ]
    for i, db in enumerate(dbs, start=3):
        items.append(("f", f"1.{i} Databehandler", f"{db[0]}\nTlf: {db[1]}\nE-post: {db[2]}"))
    labels = [
        "2.1 Formål",
        "2.2 Registrerte",
        "2.3 Personopplysninger",
        "2.4 Kilder",
        "2.5 Mottakere",
        "2.6 Lagring og informasjonssikkerhet",
        "2.7 Behandlingsgrunnlag",
        "2.8 Hvorfor høy risiko",
    ]
    items.append(("h", "2 Beskrivelse av behandlingen"))
    items += [("f", lab, ans) for lab, ans in zip(labels, beskrivelse, strict=True)]
    labels3 = [
        "3.1 Er behandlingen nødvendig for formålet?",
        "3.2 Alternativer som er vurdert",
        "3.3 Dataminimering",
        "3.4 Lagringstid",
        "3.5 Informasjon til de registrerte",
        "3.6 Innsyn, protest og andre rettigheter",
    ]
    items.append(("h", "3 Nødvendighet og proporsjonalitet"))
    items += [("f", lab, ans) for lab, ans in zip(labels3, nodvendighet, strict=True)]
    items.append(("h", "4 Risikovurdering"))
    items += risiko
    items.append(("h", "5 Godkjenning (arbeidsflyt)"))
    items.append(("t", "Steg | Utført av | Dato | Kommentar", *workflow))
    return items


def register(rows: list[tuple[str, ...]], ikke: list[tuple[str, str]]) -> bytes:
    return to_xlsx(
        {
            "Risikoregister": sheet(REG_HEAD, *rows),
            "Tiltak ikke gjennomført": sheet(("Tiltak", "Begrunnelse"), *ikke),
            "Eksportinfo": sheet(
                ("Eksportert fra", "PrivacyHub"),
                ("Skala", "Sannsynlighet og konsekvens: Lav / Middels / Høy / Svært høy"),
            ),
        }
    )


# --- c013 / G013: age estimation at self-checkout, complete ------------------------------------


def c013() -> tuple:
    items = questionnaire(
        "DPIA-2026-014 (versjon 3)",
        "Kamerabasert aldersestimering på selvbetjente kasser (alkoholsalg)",
        (
            HSB,
            DPO,
            [
                (
                    "Elin Sandberg, Vestra Vision AB",
                    "+46 31 760 44 18",
                    "elin.sandberg@vestravision.se",
                )
            ],
        ),
        [
            "Redusere salg av øl og rusbrus til mindreårige på selvbetjente kasser og frigjøre ansatte fra manuell alderskontroll. Kameraet estimerer om kunden er tydelig over 25 år; hvis ikke tilkalles ansatt for legitimasjonskontroll.",
            "Kunder som kjøper alkohol på selvbetjent kasse (ca. 180 000 kjøp/uke i 140 butikker).",
            "Ansiktsbilde (behandles i minnet, lagres ikke), estimert alder (over/under 25), tidspunkt, kasse-ID. Ikke biometrisk identifikasjon; ingen mal lagres.",
            "Kamera i kassen.",
            "Ingen; ansatt ser kun «kontroller legitimasjon».",
            "Estimering skjer lokalt i kassen (Vestra-modul). Vestra mottar kun anonym statistikk og feillogger uten bilder. Logg over resultat 30 dager.",
            "Art. 6 nr. 1 bokstav c (alkoholloven § 1-5 og § 8-8, plikt til å sikre at kjøper har fylt 18 år) og bokstav f.",
            "Ny teknologi, ansiktsanalyse av alle alkoholkjøpere, mulig skjevhet etter hudfarge og kjønn.",
        ],
        [
            "Ja. Kontrollkjøp 2025 viste at 31 % av mindreårige fikk kjøpt på selvbetjent kasse. Manuell kontroll av alle alkoholkjøp er ikke gjennomførbar i travle perioder.",
            "Stenge alkoholsalg på selvbetjente kasser (tap av kundeservice; vurdert, se risikoregisteret), legitimasjon i app (BankID-alder, tilbys i tillegg).",
            "Ingen lagring av bilder, kun over/under 25; kamera aktiveres kun når alkohol skannes.",
            "Resultatlogg 30 dager (avvikshåndtering), ingen bilder.",
            "Skilt på kassen og i butikk, nettside, melding på skjermen når kamera aktiveres.",
            "Kunden kan alltid velge manuell kontroll ved å trykke «Vis legitimasjon»; innsyn og protest via kundeservice.",
        ],
        [
            (
                "f",
                "4.1 Oppsummering",
                "Seks risikoer registrert; to over akseptnivå før tiltak. Etter tiltak står R2 (skjevhet) som middels–høy. Se eksportert risikoregister (Excel).",
            ),
        ],
        [
            "Sendt til vurdering | Henrik Sørum Bakke | 15.09.2026 | Versjon 2",
            "Uttalelse personvernombud | Guro Fjeldstad Nilsen | 30.09.2026 | Anbefaler forhåndsdrøftelse pga. skjevhet i modellen",
            "Behandlet i konsernledelsen (1) | Trude Holm Evensen | 06.10.2026 | Bedt om test av skjevhet før beslutning",
            "Innspill interessenter | Henrik Sørum Bakke | 20.10.2026 | Test av skjevhet (Vestra, 2 400 bilder); HK-tillitsvalgte orientert; kundepanel",
            "Behandlet i konsernledelsen (2) | Trude Holm Evensen | 03.11.2026 | Godkjent. Restrisiko R2 aksepteres ikke uten forhåndsdrøftelse; ønsker å gå videre",
            "Godkjent (e-signatur) | Trude Holm Evensen, konsernsjef | 03.11.2026 | Signert i PrivacyHub",
        ],
    )
    reg = register(
        [
            (
                "R1",
                "Mindreårig estimeres som over 25 (falsk positiv)",
                "Middels",
                "Høy",
                "Høy",
                "Terskel 25 år, stikkprøver, kontrollkjøp",
                "Middels",
                "Direktør butikkdrift",
                "Åpen",
            ),
            (
                "R2",
                "Skjevhet: kunder med mørk hud eller kvinner oftere sendt til manuell kontroll",
                "Høy",
                "Middels",
                "Høy",
                "Test av skjevhet, justert modell, rapportering per kvartal",
                "Middels–høy",
                "Personvernombud",
                "Åpen",
            ),
            (
                "R3",
                "Bilder lagres eller sendes ut av kassen",
                "Lav",
                "Svært høy",
                "Middels",
                "Teknisk verifisering, avtale, revisjon",
                "Lav",
                "IT-sikkerhetssjef",
                "Lukket",
            ),
            (
                "R4",
                "Kunder føler seg overvåket",
                "Høy",
                "Lav",
                "Middels",
                "Informasjon, alternativ manuell kontroll",
                "Lav",
                "Markedsdirektør",
                "Lukket",
            ),
            (
                "R5",
                "Funksjonen utvides til andre formål (kundeanalyse)",
                "Lav",
                "Høy",
                "Middels",
                "Formålsbegrensning i avtale og policy",
                "Lav",
                "Jurist",
                "Lukket",
            ),
            (
                "R6",
                "Ansatte stoler blindt på systemet",
                "Middels",
                "Middels",
                "Middels",
                "Opplæring, ansatt kan alltid be om legitimasjon",
                "Lav",
                "Direktør butikkdrift",
                "Lukket",
            ),
        ],
        [
            (
                "Stenge alkoholsalg på selvbetjente kasser",
                "Vurdert; reduserer service, og manuell kontroll i travle perioder er også svak.",
            ),
            (
                "Ansiktsgjenkjenning av kjente kunder (slipper ny kontroll)",
                "Forkastet – biometrisk identifikasjon, langt mer inngripende.",
            ),
        ],
    )
    mail = txt(
        """
        Hei,

        Dagsvare Norge AS ber om forhåndsdrøftelse etter personvernforordningen art. 36 for aldersestimering med kamera på selvbetjente kasser.

        Vedlagt:
        - DPIA-2026-014 eksportert fra PrivacyHub (inkl. kontaktinformasjon og godkjenningslogg)
        - Risikoregister (Excel-eksport)
        """
    )
    msg = message(
        "c013",
        SENDER,
        "Anmodning om forhåndsdrøftelse - aldersestimering selvbetjente kasser",
        when(11, 6, 15, 17),
        mail + SIGN,
        attachments=[
            (
                "DPIA-2026-014_aldersestimering.pdf",
                form_pdf(
                    "Vurdering av personvernkonsekvenser (DPIA)",
                    items,
                    stamp=STAMP + " 04.11.2026 08:14",
                ),
            ),
            ("DPIA-2026-014_risikoregister.xlsx", reg),
        ],
    )
    return msg, Label(
        "nb",
        (
            "retail_chain",
            "pdf_form_two_columns",
            "grc_export",
            "processor_contact_table",
            "phone_foreign",
            "risk_register_xlsx",
            "measures_not_taken_table",
            "approval_workflow_log",
            "biometrics",
            "camera",
        ),
        "none",
        True,
        "used",
        "complete; GRC questionnaire exported to PDF (numbered questions, two columns), risk register as Excel export, approval as workflow log with DPO advice, two management meetings, stakeholders and e-signature",
    )


# --- c033 / G033: loyalty profiling, workflow stops before approval ------------------------------


def c033() -> tuple:
    items = questionnaire(
        "DPIA-2026-019 (versjon 2)",
        "Kundeklubben «Dagsvare+»: personlige tilbud basert på kjøpshistorikk",
        (
            HSB,
            DPO,
            [("Jonas Vikøren, Kuponga Analytics AS", "+47 464 03 915", "jonas.vikoren@kuponga.no")],
        ),
        [
            "Gi medlemmer personlige tilbud og rabatter i appen basert på hva de kjøper, og segmentere medlemmer for markedsføring.",
            "Medlemmer i kundeklubben (1,3 mill.), husstandsmedlemmer som handler på samme konto.",
            "Kjøpshistorikk på varenivå i 3 år, butikk, tidspunkt, betalingsmåte (type), alder, kjønn, postnummer, beregnede segmenter (f.eks. «småbarnsfamilie», «helsebevisst», «glutenfri»). Kan indirekte avsløre helse og religion.",
            "Kassesystem, app, medlemsregister.",
            "Kuponga Analytics (databehandler) beregner segmenter og tilbud. Ingen salg av data.",
            "Data i Dagsvares datavarehus (Norge) og hos Kuponga (EU, Frankfurt). Kryptering, rollebasert tilgang.",
            "Art. 6 nr. 1 bokstav b (medlemsavtale) for rabatter, bokstav a (samtykke) for personlig markedsføring.",
            "Profilering i stor skala, utledning av sensitive egenskaper, sammenstilling.",
        ],
        [
            "Ja for personlige tilbud; medlemmer uten samtykke får kun generelle tilbud.",
            "Tilbud basert kun på varekategorier siste 3 måneder (vurdert, valgt for «basis»-nivået); ingen segmentering.",
            "Segmenter som kan avsløre helse (diabetes, glutenfri, graviditet) er fjernet fra markedsføring; kun brukt i aggregert statistikk.",
            "Kjøpshistorikk 3 år, deretter aggregert.",
            "Ny personvernerklæring, lagvis informasjon i app, oversikt over egne segmenter i appen («Hvorfor ser jeg dette tilbudet?»).",
            "Innsyn i segmenter i app, protest mot profilering med ett klikk, sletting ved utmelding.",
        ],
        [
            (
                "f",
                "4.1 Oppsummering",
                "Fem risikoer registrert; R1 (utledning av helse/graviditet) og R3 (husstandsmedlemmer) over akseptnivå etter tiltak. Se risikoregister.",
            ),
        ],
        [
            "Sendt til vurdering | Henrik Sørum Bakke | 02.10.2026 | Versjon 1",
            "Uttalelse personvernombud | Guro Fjeldstad Nilsen | 16.10.2026 | Anbefaler forhåndsdrøftelse",
            "Revidert | Henrik Sørum Bakke | 06.11.2026 | Versjon 2, helsesegmenter fjernet",
            "Til godkjenning | Stian Kvam, markedsdirektør | 06.11.2026 | Venter",
            "Godkjent (e-signatur) |  |  | ",
        ],
    )
    reg = register(
        [
            (
                "R1",
                "Segmentering avslører helse eller graviditet før kunden har fortalt det til andre",
                "Middels",
                "Høy",
                "Høy",
                "Helsesegmenter fjernet fra markedsføring, kontroll av nye segmenter",
                "Middels",
                "Markedsdirektør",
                "Åpen",
            ),
            (
                "R2",
                "Samtykke ikke informert (lang tekst)",
                "Middels",
                "Middels",
                "Middels",
                "Lagvis informasjon, test med brukere",
                "Lav",
                "Jurist",
                "Lukket",
            ),
            (
                "R3",
                "Husstandsmedlemmer ser hverandres tilbud og kan utlede kjøp",
                "Høy",
                "Middels",
                "Høy",
                "Mulighet for eget medlemskap per person, skjule tilbud",
                "Middels",
                "Markedsdirektør",
                "Åpen",
            ),
            (
                "R4",
                "Databehandler bruker data for andre kunder",
                "Lav",
                "Høy",
                "Middels",
                "Avtale, revisjon",
                "Lav",
                "Jurist",
                "Lukket",
            ),
            (
                "R5",
                "Uautorisert tilgang til kjøpshistorikk",
                "Lav",
                "Høy",
                "Middels",
                "Tilgangsstyring, logging",
                "Lav",
                "IT-sikkerhetssjef",
                "Lukket",
            ),
        ],
        [
            (
                "Ingen personlige tilbud uten samtykke per kategori",
                "For komplisert for medlemmene; helsesegmenter tatt ut helt i stedet.",
            )
        ],
    )
    mail = txt(
        """
        Hei,

        Vi ber om forhåndsdrøftelse for personlige tilbud i kundeklubben Dagsvare+. DPIA og risikoregister er vedlagt som eksport fra PrivacyHub.

        Vi ønsker å komme i gang med behandlingen hos dere så raskt som mulig, siden lanseringen er planlagt i mars.
        """
    )
    msg = message(
        "c033",
        SENDER,
        "Forhåndsdrøftelse - kundeklubb Dagsvare+",
        when(11, 16, 10, 41),
        mail + SIGN,
        attachments=[
            (
                "DPIA-2026-019_kundeklubb.pdf",
                form_pdf(
                    "Vurdering av personvernkonsekvenser (DPIA)",
                    items,
                    stamp=STAMP + " 13.11.2026 12:03",
                ),
            ),
            ("DPIA-2026-019_risikoregister.xlsx", reg),
        ],
    )
    return msg, Label(
        "nb",
        (
            "retail_chain",
            "pdf_form_two_columns",
            "grc_export",
            "processor_contact_table",
            "risk_register_xlsx",
            "approval_workflow_log",
            "approval_block_empty",
            "profiling",
        ),
        "none",
        True,
        "used",
        "part 5 missing: the workflow log stops at «Til godkjenning … Venter» and the «Godkjent (e-signatur)» row is empty; the DPO's advice is there but no management review or decision. Parts 1–4 present",
        missing=(5,),
    )


# --- c053 / G053: unmanned stores, questionnaire pasted into an Outlook mail as tables ----------


def c053() -> tuple:
    markup = doc(
        "Hei,",
        "Dagsvare Norge AS ber om forhåndsdrøftelse for ubemannet drift av nærbutikker (Dagsvare Døgn). PrivacyHub var nede for eksport i dag, så jeg har limt inn svarene fra DPIA-2026-024 (versjon 2) under.",
        "1 Kontaktinformasjon",
        tbl(
            ("Rolle", "Navn", "Telefon", "E-post"),
            ("Kontaktperson", "Henrik Sørum Bakke", "951 22 684", "henrik.bakke@dagsvare.no"),
            (
                "Personvernombud",
                "Guro Fjeldstad Nilsen",
                "+47 934 55 102",
                "personvernombud@dagsvare.no",
            ),
            (
                "Databehandler (adgangsløsning)",
                "Kristoffer Moe, Døgnlås AS",
                "+47 412 70 556",
                "kristoffer.moe@dognlas.no",
            ),
            (
                "Databehandler (kamera/vaktsentral)",
                "Sara Husøy, Vaktnett AS",
                "+47 23 17 80 40",
                "sara.husoy@vaktnett.no",
            ),
        ),
        "2 Beskrivelse",
        tbl(
            ("Spørsmål", "Svar"),
            (
                "Formål",
                "Holde 22 nærbutikker i distriktet åpne kl. 06–24 uten betjening utenom 10–16, ved at kunder låser seg inn med app og betaler selv.",
            ),
            (
                "Registrerte",
                "Kunder som registrerer seg i appen (krav: BankID, 18 år), andre som kommer inn samtidig, ansatte i betjent tid.",
            ),
            (
                "Personopplysninger",
                "Navn, fødselsnummer (for alders- og identitetskontroll ved registrering, lagres som hash), telefonnummer, innpasseringer (tid, butikk), kjøp, videoopptak i butikk.",
            ),
            ("Kilder", "Kunden (BankID), app, kamera, kasse."),
            ("Mottakere", "Vaktnett (ved alarm), politiet ved hendelser, Døgnlås (drift av app)."),
            (
                "Lagring og sikkerhet",
                "App-data hos Døgnlås (Norge) så lenge brukeren har konto + 6 måneder. Video 7 dager, ved hendelse til saken er avsluttet.",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav b (avtale om adgang) og f (kameraovervåking, forebygge tyveri og vold); forskrift om kameraovervåking.",
            ),
            (
                "Hvorfor høy risiko",
                "Kobling av identitet, bevegelse (innpassering) og video; systematisk overvåking; sårbare kunder kan utestenges.",
            ),
        ),
        "3 Nødvendighet og proporsjonalitet",
        tbl(
            ("Spørsmål", "Svar"),
            (
                "Nødvendig?",
                "Ja. Alternativet for 14 av butikkene er nedleggelse eller kortere åpningstid (lønnsomhetsanalyse 2026). Identifisering ved inngang er nødvendig for å kunne holde åpent uten ansatte (forebygge tyveri, ansvar ved skade).",
            ),
            (
                "Alternativer",
                "Kortkode uten identitet (vurdert, gir ingen oppfølging ved tyveri), kamera uten innpasseringslogg (svekker oppklaring), vekter (for dyrt).",
            ),
            (
                "Dataminimering",
                "Fødselsnummer lagres ikke i klartekst; video kobles til innpassering bare ved hendelse; ingen kamera på toalett/lager.",
            ),
            ("Informasjon", "Informasjon i app ved registrering, skilt ved inngang, nettside."),
            (
                "Rettigheter",
                "Innsyn i egne innpasseringer i appen; sletting av konto; klage ved utestengelse behandles av butikksjef innen 5 dager.",
            ),
        ),
        "4 Risiko",
        tbl(
            ("ID", "Trussel/hendelse", "S", "K", "Nivå", "Tiltak", "Rest", "Eier"),
            (
                "R1",
                "Kunder utestenges på feil grunnlag (mistanke om tyveri)",
                "Middels",
                "Høy",
                "Høy",
                "Kun etter video-verifisert hendelse, klageordning, maks 6 mnd.",
                "Middels",
                "Direktør butikkdrift",
            ),
            (
                "R2",
                "Bevegelsesmønster i lokalsamfunnet (når folk handler) kartlegges",
                "Middels",
                "Middels",
                "Middels",
                "Innpasseringslogg kun tilgjengelig ved hendelse, 6 mnd. lagring",
                "Lav",
                "Jurist",
            ),
            (
                "R3",
                "Uvedkommende følger med inn (tailgating) og blir filmet uten å ha fått informasjon",
                "Høy",
                "Lav",
                "Middels",
                "Skilt, informasjon på dør",
                "Lav",
                "Sikkerhetssjef",
            ),
            (
                "R4",
                "Brudd hos databehandler (Døgnlås)",
                "Lav",
                "Høy",
                "Middels",
                "Avtale, ISO 27001, pen-test 2026",
                "Lav",
                "IT-sikkerhetssjef",
            ),
            (
                "R5",
                "Eldre uten BankID/smarttelefon stenges ute fra eneste butikk i bygda",
                "Høy",
                "Middels",
                "Høy",
                "Utstedelse av adgangskort i betjent tid, etter ID-kontroll",
                "Middels",
                "Direktør butikkdrift",
            ),
        ),
        "Vurdert, ikke gjennomført: ansiktsgjenkjenning ved inngang (forkastet, for inngripende); automatisk utestengelse ved betalingsfeil (forkastet, for mange feil).",
        "5 Godkjenning",
        tbl(
            ("Steg", "Utført av", "Dato", "Kommentar"),
            (
                "Uttalelse personvernombud",
                "Guro Fjeldstad Nilsen",
                "10.11.2026",
                "Anbefaler forhåndsdrøftelse pga. R1 og R5",
            ),
            (
                "Behandlet i konsernledelsen",
                "Trude Holm Evensen",
                "17.11.2026 og 01.12.2026",
                "Presentasjon av direktør butikkdrift; innspill fra kommunene og pensjonistforeningen i to bygder tatt inn (adgangskort)",
            ),
            (
                "Godkjent",
                "Trude Holm Evensen, konsernsjef",
                "01.12.2026",
                "Godkjent i PrivacyHub. Restrisiko R1/R5 middels; ber om forhåndsdrøftelse før oppstart",
            ),
        ),
    )
    signature = doc(
        "Med vennlig hilsen",
        "~ Henrik Sørum Bakke\nJurist / personvernansvarlig, Dagsvare Norge AS\nTlf: 22 08 71 40 | Mob: 951 22 684",
    )
    full = doc(markup, signature)
    msg = message(
        "c053",
        SENDER,
        "Anmodning om forhåndsdrøftelse - ubemannede butikker (Dagsvare Døgn)",
        when(12, 3, 16, 28),
        plain(full),
        html=to_html(full),
    )
    return msg, Label(
        "nb",
        (
            "retail_chain",
            "html_alternative",
            "tables_in_mail_body",
            "contacts_row_per_role",
            "processor_contact_table",
            "risk_matrix_table",
            "approval_workflow_log",
            "camera",
        ),
        "none",
        True,
        "used",
        "complete; the questionnaire's answers pasted into an Outlook mail as tables (HTML with a plain-text alternative), two processors in the contact table, workflow log with management meetings, stakeholders and approval",
    )


# --- c014 / G014: shrink detection with behaviour analysis, complete -----------------------------


def c014() -> tuple:
    items = questionnaire(
        "DPIA-2026-011 (versjon 4)",
        "Kamerabasert svinnforebygging med atferdsanalyse (KI) i butikk",
        (
            ("Ronny Lie, sikkerhetssjef (faglig kontakt)", "913 60 228", "ronny.lie@dagsvare.no"),
            DPO,
            [
                (
                    "Thomas Grindheim, Sentinel Retail Norge AS",
                    "+47 22 31 09 70",
                    "thomas.grindheim@sentinelretail.no",
                )
            ],
        ),
        [
            "Redusere tyveri ved at KI-analyse av eksisterende kameraer varsler ansatte om handlinger som ligner på tyveri (varer skjult i veske/klær, kasse uten skanning).",
            "Alle kunder og ansatte i 60 pilotbutikker (ca. 1,5 mill. besøk/uke).",
            "Video (eksisterende kameraer), skjelettmodell/bevegelsesmønstre, varselklipp (10 sek) med tidsstempel. Ingen ansiktsgjenkjenning, ingen identifikasjon.",
            "Butikkens kameraer.",
            "Butikkansatt med varsel på håndholdt enhet; politiet ved anmeldelse.",
            "Analyse i butikkens lokale server (Sentinel-boks). Varselklipp sendes kryptert til Sentinel-plattformen (EU) og lagres 7 dager, ved anmeldelse til saken er avsluttet. Ordinære opptak 7 dager.",
            "Art. 6 nr. 1 bokstav f, personopplysningsloven § 31 og forskrift om kameraovervåking i virksomhet.",
            "Ny teknologi, systematisk atferdsanalyse av alle kunder, fare for diskriminering, ansatte overvåkes.",
        ],
        [
            "Svinn fra tyveri utgjorde 410 mill. kr i 2025; vold og trusler mot ansatte ved konfrontasjon øker. Pilot (10 butikker) reduserte svinn 23 %.",
            "Flere vektere (kostnad, konfrontasjoner), varesikring med alarm (gjort for utsatte varer), kun manuelt kameraovervåk (ingen kapasitet).",
            "Kun skjelettmodell til analyse, ingen lagring av video utover vanlige 7 dager, ingen analyse av ansattområder.",
            "Varselklipp 7 dager; opptak 7 dager.",
            "Skilting ved inngang med tekst om atferdsanalyse, nettside, QR-kode til personvernerklæring.",
            "Innsyn i opptak innen 7 dager; protest behandles av kundeservice; varsel fører aldri automatisk til utestengelse eller anmeldelse – ansatt vurderer.",
        ],
        [
            (
                "f",
                "4.1 Oppsummering",
                "Se risikoregister (Excel). Restrisiko for R1 (diskriminering) og R2 (feil mistanke) er middels og over akseptnivå.",
            ),
        ],
        [
            "Sendt til vurdering | Ronny Lie | 20.08.2026 | Versjon 2",
            "Uttalelse personvernombud | Guro Fjeldstad Nilsen | 04.09.2026 | Anbefaler forhåndsdrøftelse",
            "Behandlet i konsernledelsen (1) | Trude Holm Evensen | 15.09.2026 | Ba om drøfting med tillitsvalgte og test av skjevhet",
            "Innspill interessenter | Ronny Lie | 06.10.2026 | Drøftingsmøte HK 30.09; test av skjevhet fra pilot; kundepanel",
            "Behandlet i konsernledelsen (2) | Trude Holm Evensen | 20.10.2026 | Godkjent; ønsker utrulling, ber om forhåndsdrøftelse",
            "Godkjent (e-signatur) | Trude Holm Evensen, konsernsjef | 20.10.2026 | Signert i PrivacyHub",
        ],
    )
    reg = register(
        [
            (
                "R1",
                "Atferdsanalysen slår oftere ut for bestemte grupper (etnisitet, funksjonsnedsettelse)",
                "Middels",
                "Høy",
                "Høy",
                "Test av skjevhet, ansatte får ikke se varsel-score, opplæring mot profilering",
                "Middels",
                "Sikkerhetssjef",
                "Åpen",
            ),
            (
                "R2",
                "Uskyldig kunde konfronteres etter feil varsel",
                "Middels",
                "Høy",
                "Høy",
                "Ansatt ser klipp før handling, ikke konfrontasjon – kun «kan jeg hjelpe deg?»",
                "Middels",
                "Direktør butikkdrift",
                "Åpen",
            ),
            (
                "R3",
                "Analyse brukes mot ansatte",
                "Lav",
                "Høy",
                "Middels",
                "Ingen analyse bak disk/lager, avtale med HK",
                "Lav",
                "HR-direktør",
                "Lukket",
            ),
            (
                "R4",
                "Varselklipp deles ut av butikken (sosiale medier)",
                "Lav",
                "Høy",
                "Middels",
                "Klipp kan ikke lastes ned fra enheten, logging",
                "Lav",
                "IT-sikkerhetssjef",
                "Lukket",
            ),
        ],
        [
            ("Ansiktsgjenkjenning av kjente tyver", "Forkastet – biometri, svært inngripende."),
            (
                "Analyse i alle 260 butikker fra start",
                "Utsatt til etter forhåndsdrøftelse og evaluering.",
            ),
        ],
    )
    mail = txt(
        """
        Hei,

        Dagsvare Norge AS ber om forhåndsdrøftelse for KI-basert atferdsanalyse i butikkenes kameraer for å forebygge tyveri. Vedlagt DPIA (PrivacyHub-eksport med kontaktinfo og godkjenningslogg) og risikoregister.
        """
    )
    msg = message(
        "c014",
        SENDER,
        "Anmodning om forhåndsdrøftelse - atferdsanalyse svinn (DPIA-2026-011)",
        when(11, 3, 11, 53),
        mail + SIGN,
        attachments=[
            (
                "DPIA-2026-011_svinnforebygging.pdf",
                form_pdf(
                    "Vurdering av personvernkonsekvenser (DPIA)",
                    items,
                    stamp=STAMP + " 21.10.2026 09:40",
                ),
            ),
            ("DPIA-2026-011_risikoregister.xlsx", reg),
        ],
    )
    return msg, Label(
        "nb",
        (
            "retail_chain",
            "pdf_form_two_columns",
            "grc_export",
            "processor_contact_table",
            "risk_register_xlsx",
            "measures_not_taken_table",
            "approval_workflow_log",
            "camera",
            "employees",
        ),
        "none",
        True,
        "used",
        "complete; GRC questionnaire PDF (the contact person is the security manager, not the sender), Excel risk register, workflow log with two management meetings, stakeholder input and e-signature",
    )


# --- c034 / G034: staff performance scoring, empty risk register export --------------------------


def c034() -> tuple:
    items = questionnaire(
        "DPIA-2026-027 (versjon 1)",
        "Ytelsesmåling av butikkmedarbeidere og automatisk vaktplan (Planix)",
        (
            ("Camilla Furu, HR-direktør", "22 08 71 90 / 980 44 612", "camilla.furu@dagsvare.no"),
            DPO,
            [("Magnus Rød, Planix Workforce AS", "+47 474 60 219", "magnus.rod@planix.no")],
        ),
        [
            "Lage vaktplaner automatisk ut fra forventet kundetrafikk og den enkelte medarbeiders effektivitet, og gi butikksjef oversikt over produktivitet.",
            "Butikkmedarbeidere og butikksjefer (ca. 7 800), mange deltid og under 18 år.",
            "Skann per minutt på kasse, varer påfylt per time (håndterminal), pauser, fravær, ønsket arbeidstid, beregnet effektivitetsskår per medarbeider.",
            "Kassesystem, håndterminaler, HR-system, tidsregistrering.",
            "Butikksjef og distriktssjef. Planix som databehandler.",
            "Planix SaaS (Norge). Skår 12 måneder.",
            "Art. 6 nr. 1 bokstav b og f; arbeidsmiljøloven kap. 9 (kontrolltiltak).",
            "Systematisk overvåking og vurdering av arbeidstakere, automatiserte beslutninger om vakter, unge arbeidstakere.",
        ],
        [
            "Ja. Bemanning som ikke treffer kundetrafikken gir lange køer og stress; dagens planlegging er manuell og ujevn.",
            "Vaktplan kun basert på kundetrafikk (uten individskår) – vurdert, men gir ikke oversikt over opplæringsbehov.",
            "Individskår vises kun til butikksjef, ikke rangering.",
            "12 måneder.",
            "Informasjon på personalmøte og i HR-portalen.",
            "Medarbeider kan se egen skår og be om manuell vurdering av vakter.",
        ],
        [
            ("f", "4.1 Er risiko for de registrerte vurdert?", "Ja"),
            ("f", "4.2 Er tiltak iverksatt?", "Ja"),
            ("f", "4.3 Restrisiko akseptabel?", "Nei – derfor forhåndsdrøftelse"),
            ("f", "4.4 Risikoregister", "Se eksportert risikoregister (Excel)"),
        ],
        [
            "Sendt til vurdering | Camilla Furu | 28.10.2026 | Versjon 1",
            "Uttalelse personvernombud | Guro Fjeldstad Nilsen | 11.11.2026 | Anbefaler forhåndsdrøftelse; etterlyser risikovurdering",
            "Behandlet i konsernledelsen | Trude Holm Evensen | 17.11.2026 og 01.12.2026 | HK-tillitsvalgte hørt (skeptiske); ledelsen ønsker pilot",
            "Godkjent (e-signatur) | Trude Holm Evensen, konsernsjef | 01.12.2026 | Signert i PrivacyHub",
        ],
    )
    reg = to_xlsx(
        {
            "Risikoregister": sheet(
                REG_HEAD,
                ("Ingen risikoer registrert for denne vurderingen", "", "", "", "", "", "", "", ""),
            ),
            "Tiltak ikke gjennomført": sheet(("Tiltak", "Begrunnelse")),
            "Eksportinfo": sheet(
                ("Eksportert fra", "PrivacyHub"),
                ("Vurdering", "DPIA-2026-027"),
                ("Eksportert", "02.12.2026 11:20"),
            ),
        }
    )
    mail = txt(
        """
        Hei,

        Vedlagt følger DPIA-2026-027 med anmodning om forhåndsdrøftelse for Planix (automatisk vaktplan og ytelsesmåling i butikk). Konsernledelsen har godkjent, se arbeidsflyten i punkt 5.
        """
    )
    msg = message(
        "c034",
        SENDER,
        "Forhåndsdrøftelse - Planix vaktplan og ytelsesmåling (DPIA-2026-027)",
        when(12, 2, 11, 36),
        mail + SIGN,
        attachments=[
            (
                "DPIA-2026-027_Planix.pdf",
                form_pdf(
                    "Vurdering av personvernkonsekvenser (DPIA)",
                    items,
                    stamp=STAMP + " 02.12.2026 11:19",
                ),
            ),
            ("DPIA-2026-027_risikoregister.xlsx", reg),
        ],
    )
    return msg, Label(
        "nb",
        (
            "retail_chain",
            "pdf_form_two_columns",
            "grc_export",
            "processor_contact_table",
            "ja_without_content",
            "risk_register_empty_export",
            "approval_workflow_log",
            "employees",
            "automated_decision",
        ),
        "pgp_mime",
        True,
        "used",
        "part 4 missing: the risk section answers «Ja», «Ja», «Nei – derfor forhåndsdrøftelse» and points to the exported register, which holds only «Ingen risikoer registrert»; the DPO's comment in the log even asks for the risk assessment. Parts 1, 2, 3, 5 present",
        missing=(4,),
    )


# --- c054 / G054: complaint about handling time for G014, not a request -------------------------


def c054() -> tuple:
    mail = txt(
        """
        Til Datatilsynet

        Klage på saksbehandlingstid – vår anmodning om forhåndsdrøftelse av 3. november 2026 (atferdsanalyse i butikk, DPIA-2026-011)

        Vi sendte anmodning om forhåndsdrøftelse 3. november. Vi har fått automatisk kvittering, men ikke saksnummer eller navn på saksbehandler, og ingen henvendelser fra dere. Etter artikkel 36 nr. 2 skal dere gi skriftlig råd innen åtte uker, det vil si innen 29. desember.

        Vi har to ganger ringt sentralbordet (9. og 14. desember) uten å få svar om status. Utrullingen er stilt i bero, og vi har fått tydelige signaler fra butikkene om at situasjonen med tyveri og trusler mot ansatte er krevende i julehandelen.

        Vi ber om at saken prioriteres, og om en skriftlig bekreftelse på at fristen overholdes eller eventuelt forlenges etter artikkel 36 nr. 2, med begrunnelse. Vi forbeholder oss retten til å klage til overordnet myndighet dersom dette ikke skjer.

        Med hilsen

        Stian Kvam
        Direktør butikkdrift, Dagsvare Norge AS
        Tlf. 22 08 70 11
        """
    )
    msg = message(
        "c054",
        "Stian Kvam <stian.kvam@dagsvare.no>",
        "Klage på saksbehandlingstid - forhåndsdrøftelse DPIA-2026-011",
        when(12, 15, 8, 22),
        mail,
        cc="henrik.bakke@dagsvare.no",
    )
    return msg, Label(
        "nb",
        (
            "retail_chain",
            "nonrequest_complaint",
            "handling_time_complaint",
            "mentions_prior_consultation",
        ),
        "none",
        False,
        "unspecified",
        "not a request: a director complains about the handling time of G014's request; no documents. Parts as they are: 1 missing (director's name and phone only, no DPO), 2–5 missing",
        missing=(1, 2, 3, 4, 5),
    )
