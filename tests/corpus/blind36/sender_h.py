"""Sender H: Transfrakt Logistikk AS (road freight, parcels and warehousing, 1 100 employees), bokmål.

The group's Word form «Skjema for personvernkonsekvensvurdering (DPIA) rev. C»: a contact table with
a row per role, «Spørsmål | Svar | Kommentar» for the description, a Ja/Nei/Delvis checklist with a
free-text column for necessity, a risk matrix and a «Godkjent av / Dato / Signatur» block. The HR
and HSE manager writes the mails, sometimes at length in prose; the warehouse subsidiary fills in
the form on its own once.
"""

# ruff: noqa: E501

from __future__ import annotations

from forms import doc, tbl
from kit import Label, message, to_docx, to_pdf, txt, when

TOPICS = {
    "c015": "kamerabasert førerovervåking med tretthetsdeteksjon",
    "c035": "skannerhansker med ytelsesmåling for lagerarbeidere",
    "c055": "skannerhansker med ytelsesmåling for lagerarbeidere",
    "c016": "alkolås med identitetsverifisering med kamera",
    "c036": "fotodokumentasjon av levering ved mottakers dør",
    "c056": "GPS-sporing av underleverandørers sjåfører via felles plattform",
}

SENDER = "Kathrine Lund Olsen <kathrine.olsen@transfrakt.no>"
SIGN = "\n" + txt(
    """
    Med vennlig hilsen
    Kathrine Lund Olsen
    HR- og HMS-sjef
    Transfrakt Logistikk AS
    Terminalveien 9, 1400 Ski
    Tlf. 64 87 22 10 | Mob. 926 40 381
    """
)
KLO = (
    "Kontaktperson",
    "Kathrine Lund Olsen, HR- og HMS-sjef",
    "926 40 381",
    "kathrine.olsen@transfrakt.no",
)
DPO = (
    "Personvernombud",
    "Ingeborg Rønning",
    "64 87 22 05 / 971 30 448",
    "personvernombud@transfrakt.no",
)
CHECK_HEAD = ("Krav", "Ja", "Nei", "Delvis", "Fritekst")


def check(*rows: tuple[str, str, str]) -> str:
    out = [CHECK_HEAD]
    for krav, svar, fritekst in rows:
        out.append((krav, *("X" if svar == s else "" for s in ("Ja", "Nei", "Delvis")), fritekst))
    return tbl(*out)


def form(
    virksomhet: str,
    tittel: str,
    ref: str,
    kontakter: list[tuple[str, str, str, str]],
    beskrivelse: list[tuple[str, str, str]],
    nodvendighet: str,
    risiko: list[tuple[str, ...]],
    ikke: list[tuple[str, str]],
    godkjent: tuple[str, str, str],
    note: str,
) -> str:
    return doc(
        "# Skjema for personvernkonsekvensvurdering (DPIA)",
        f"{virksomhet} – {ref}",
        f"## {tittel}",
        "# 1 Kontaktpersoner",
        tbl(("Rolle", "Navn", "Telefon", "E-post"), *kontakter),
        "# 2 Beskrivelse av behandlingen",
        tbl(("Spørsmål", "Svar", "Kommentar"), *beskrivelse),
        "# 3 Nødvendighet og proporsjonalitet",
        nodvendighet,
        "# 4 Risikovurdering",
        "S = sannsynlighet, K = konsekvens (1–5). Grønn < 8, gul 8–12, rød ≥ 15.",
        tbl(
            ("ID", "Trussel/hendelse", "S", "K", "Risikonivå", "Tiltak", "Restrisiko", "Eier"),
            *risiko,
        ),
        "## Tiltak vurdert, men ikke gjennomført",
        tbl(("Tiltak", "Hvorfor ikke gjennomført"), *ikke),
        "# 5 Godkjenning",
        tbl(("Godkjent av", "Dato", "Signatur"), godkjent),
        note,
        "Skjema rev. C, Transfrakt-konsernet. Eier: HR/HMS.",
    )


# --- c015 / H015: driver monitoring cameras, complete --------------------------------------------


def c015() -> tuple:
    body = form(
        "Transfrakt Logistikk AS",
        "Kamerabasert førerovervåking med tretthetsdeteksjon i lastebiler",
        "DPIA-TF-2026-06",
        [
            KLO,
            DPO,
            (
                "Databehandler",
                "Oskar Lindgren, DriveGuard Nordic AB",
                "+46 40 627 19 80",
                "oskar.lindgren@driveguard.se",
            ),
            (
                "Prosjekteier",
                "Kenneth Myhre, driftsdirektør",
                "64 87 22 30",
                "kenneth.myhre@transfrakt.no",
            ),
        ],
        [
            (
                "Formål",
                "Forebygge ulykker ved å varsle sjåføren (lyd og vibrasjon i setet) når kameraet oppdager tegn på tretthet eller mobilbruk under kjøring.",
                "Tre alvorlige trafikkulykker med tretthet som mulig årsak 2023–2025.",
            ),
            (
                "Registrerte",
                "Sjåfører i egne lastebiler (ca. 420), passasjerer i førerhus (sjelden).",
                "Innleide sjåfører omfattes når de kjører våre biler.",
            ),
            (
                "Personopplysninger",
                "Video av sjåførens ansikt (analyseres i bilen), hendelser (type, tid, GPS-posisjon), 10-sekunders klipp ved alvorlig hendelse, sjåfør-ID fra sjåførkort.",
                "Ingen kontinuerlig opptak, ingen lyd.",
            ),
            ("Kilder", "Kamera rettet mot fører, fartsskriver/sjåførkort, GPS.", ""),
            (
                "Mottakere",
                "Sjåføren selv (varsel). Ved alvorlig hendelse: trafikksikkerhetsrådgiver (2 personer). Ikke nærmeste leder.",
                "Tillitsvalgt kan være med ved gjennomgang.",
            ),
            (
                "Teknisk løsning og lagring",
                "Analyse i kameraenheten. Hendelser og klipp sendes til DriveGuard-portalen (EU, Stockholm). Klipp 30 dager, hendelseslogg 6 måneder.",
                "",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav f; arbeidsmiljøloven kap. 9 (kontrolltiltak), forskrift om kameraovervåking i virksomhet.",
                "Drøftet med tillitsvalgte 12.08.2026.",
            ),
            (
                "Hvorfor høy risiko",
                "Systematisk overvåking av arbeidstakere, ny teknologi (ansiktsanalyse), posisjonsdata.",
                "",
            ),
        ],
        check(
            (
                "Formålet er sikkerhet, ikke kontroll av arbeidsprestasjon",
                "Ja",
                "Skriftlig avtale med tillitsvalgte: data brukes ikke til lønn, bonus eller kontroll av kjøretid.",
            ),
            (
                "Mindre inngripende alternativer er vurdert",
                "Ja",
                "Kjøre-/hviletidsregler (finnes), felgvarsling/filskift-varsling (finnes, fanger ikke tretthet), frivillig smartklokke (lav bruk).",
            ),
            (
                "Kun nødvendige opplysninger",
                "Ja",
                "Ingen kontinuerlig opptak, ingen lyd; klipp kun ved alvorlig hendelse (øyne lukket > 2 sek, mobil i hånd > 5 sek).",
            ),
            ("Lagringstid fastsatt", "Ja", "30 dager klipp, 6 måneder logg."),
            (
                "De ansatte er informert",
                "Ja",
                "Informasjonsmøter på alle terminaler, skriftlig informasjon, merking i førerhus.",
            ),
            (
                "Rettigheter: innsyn, protest",
                "Delvis",
                "Innsyn i egne hendelser i appen; protest ikke mulig i egne biler, men sjåfør kan dekke kameraet i pauser og hviletid (registreres ikke som avvik).",
            ),
        ),
        [
            (
                "R1",
                "Data brukes til disiplinære tiltak mot sjåfører",
                "3",
                "4",
                "12",
                "Avtale med tillitsvalgte, tilgang kun trafikksikkerhetsrådgiver, revisjon",
                "8",
                "HR- og HMS-sjef",
            ),
            (
                "R2",
                "Sjåfører opplever konstant overvåking og stress",
                "4",
                "3",
                "12",
                "Ingen opptak uten hendelse, kamera kan dekkes i hviletid, evaluering etter 6 mnd.",
                "9",
                "Driftsdirektør",
            ),
            (
                "R3",
                "Feil varsling (briller, mørk hud, lys) gir unødvendige varsler",
                "3",
                "2",
                "6",
                "Kalibrering, tilbakemeldingsknapp",
                "4",
                "Driftsdirektør",
            ),
            (
                "R4",
                "Posisjonsdata fra hendelser brukes til annen oppfølging",
                "2",
                "3",
                "6",
                "Kun hendelsesposisjon, ikke sporing",
                "4",
                "IT-sjef",
            ),
            (
                "R5",
                "Uautorisert tilgang til klipp i portalen",
                "2",
                "4",
                "8",
                "MFA, to navngitte brukere, logg",
                "4",
                "IT-sjef",
            ),
        ],
        [
            (
                "Varsling uten lagring av klipp",
                "Klipp trengs for å skille feilvarsler fra reelle hendelser og lære av dem; begrenset til alvorlige hendelser.",
            ),
            (
                "Frivillig ordning",
                "Sikkerheten for andre trafikanter ville ikke bli ivaretatt; avtale med tillitsvalgte i stedet.",
            ),
        ],
        ("Bjørn Egil Strand, administrerende direktør", "29.10.2026", "Signert (BankID-signering)"),
        "Behandlet i ledermøtet 01.10.2026 og 29.10.2026 med innspill fra tillitsvalgte (fagforeningsklubben), verneombud og personvernombud. Konklusjon: DPIA godkjennes, restrisiko R2 vurderes som høy, og selskapet ber om forhåndsdrøftelse før montering i hele bilparken.",
    )
    mail = txt(
        """
        Hei,

        Transfrakt Logistikk AS ber om forhåndsdrøftelse for kamerabasert førerovervåking (tretthet/mobilbruk) i lastebilene våre. Utfylt DPIA-skjema ligger ved, med kontaktpersoner i punkt 1 og godkjenning i punkt 5.

        Vi har foreløpig montert utstyret i 12 biler i en pilot med frivillige sjåfører.
        """
    )
    msg = message(
        "c015",
        SENDER,
        "Anmodning om forhåndsdrøftelse - førerovervåking i lastebiler",
        when(11, 5, 11, 8),
        mail + SIGN,
        attachments=[("DPIA-TF-2026-06 Forerovervaking.docx", to_docx(body))],
    )
    return msg, Label(
        "nb",
        (
            "logistics",
            "form_docx_3col",
            "contacts_row_per_role",
            "processor_contact_table",
            "phone_foreign",
            "checklist_ja_nei_delvis",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_block_filled",
            "part5_minutes_line_in_dpia",
            "employees",
            "camera",
        ),
        "none",
        True,
        "used",
        "complete; group DPIA form in Word, three-column description with Kommentar, Ja/Nei/Delvis checklist with free text, approval block filled and the management meetings with stakeholders in a note",
    )


# --- c035 / H035: warehouse subsidiary, DPO «Ikke relevant» ---------------------------------------


def _hansker(dpo_row: tuple[str, str, str, str], version: str, godkjent_note: str) -> str:
    return form(
        "Transfrakt Lager AS (datterselskap)",
        "Skannerhansker med ytelsesmåling for lagerarbeidere (terminal Ski og Gardermoen)",
        f"DPIA-TL-2026-02 versjon {version}",
        [
            (
                "Kontaktperson",
                "Tommy Halvorsen, lagersjef",
                "915 27 664",
                "tommy.halvorsen@transfrakt.no",
            ),
            dpo_row,
            (
                "Databehandler",
                "Anette Kvalheim, Lagerteknikk AS (hanskeleverandør)",
                "+47 33 48 20 15",
                "anette.kvalheim@lagerteknikk.no",
            ),
        ],
        [
            (
                "Formål",
                "Skanne kolli med hanske i stedet for håndskanner, og måle plukk per time per ansatt for å fordele oppgaver og finne behov for opplæring.",
                "",
            ),
            ("Registrerte", "Lagerarbeidere (ca. 260, hvorav 90 innleide fra bemanningsbyrå).", ""),
            (
                "Personopplysninger",
                "Skann (tid, kolli, sone), plukk per time per ansatt, tomgangstid > 10 min, hanske-ID koblet til ansattnummer.",
                "Ingen posisjon utover sone.",
            ),
            ("Kilder", "Hanskene, lagerstyringssystemet.", ""),
            ("Mottakere", "Skiftleder (oversikt per skift), lagersjef. Ikke bemanningsbyrået.", ""),
            (
                "Teknisk løsning og lagring",
                "Data i lagerstyringssystemet (egen drift) og i leverandørens sky (EU) for hanskeadministrasjon. Produktivitet per ansatt lagres 3 måneder, deretter kun aggregert.",
                "",
            ),
            ("Behandlingsgrunnlag", "Art. 6 nr. 1 bokstav b og f; arbeidsmiljøloven kap. 9.", ""),
            (
                "Hvorfor høy risiko",
                "Systematisk måling av arbeidstakeres prestasjon, innleide med svak stilling.",
                "",
            ),
        ],
        check(
            (
                "Formålet er klart avgrenset",
                "Ja",
                "Oppgavefordeling og opplæring; ikke oppsigelsesgrunnlag alene.",
            ),
            (
                "Mindre inngripende alternativer er vurdert",
                "Ja",
                "Måling per skift/lag i stedet for per person (vurdert, se tiltak ikke gjennomført); håndskanner uten måling (dagens, ingen gevinst).",
            ),
            (
                "Kun nødvendige opplysninger",
                "Delvis",
                "Tomgangstid under 10 min registreres ikke; ingen måling i pauser.",
            ),
            ("Lagringstid fastsatt", "Ja", "3 måneder per person."),
            (
                "De ansatte er informert",
                "Ja",
                "Informasjonsmøter, også for innleide; plakater på terminalen.",
            ),
            (
                "Rettigheter: innsyn, protest",
                "Ja",
                "Egen oversikt på skjerm ved innlogging; tillitsvalgt kan be om gjennomgang.",
            ),
        ),
        [
            (
                "R1",
                "Tall brukes til press/oppsigelse, særlig av innleide",
                "4",
                "4",
                "16",
                "Avtale med tillitsvalgte, ingen rangering, kun 3 mnd.",
                "12",
                "Lagersjef",
            ),
            (
                "R2",
                "Stress og helseplager pga. tempo-press",
                "3",
                "4",
                "12",
                "Ingen sanntidsvarsler til den ansatte om tempo, verneombud involvert",
                "8",
                "HMS-sjef",
            ),
            (
                "R3",
                "Feil kobling hanske–ansatt",
                "2",
                "3",
                "6",
                "Innlogging med kort per skift",
                "3",
                "Lagersjef",
            ),
            (
                "R4",
                "Bemanningsbyrå får tilgang til tall",
                "2",
                "4",
                "8",
                "Ingen utlevering, avtale",
                "4",
                "Lagersjef",
            ),
        ],
        [
            (
                "Måling kun per lag",
                "Oppgavefordeling krever individnivå; begrenset til 3 måneder og ingen rangering.",
            )
        ],
        ("Kenneth Myhre, styreleder Transfrakt Lager AS", "18.11.2026", "Signert"),
        godkjent_note,
    )


def c035() -> tuple:
    body = _hansker(
        ("Personvernombud", "Ikke relevant", "", ""),
        "1.0",
        "Behandlet i styret i Transfrakt Lager AS 18.11.2026 (sak 9/26) med tillitsvalgte og verneombud til stede. Vedtak: DPIA godkjennes; styret ønsker innføring og ber om forhåndsdrøftelse pga. R1.",
    )
    mail = txt(
        """
        Hei

        Vedlagt DPIA for skannerhansker på lageret vårt. Vi ber om forhåndsdrøftelse. Jeg sender på vegne av Transfrakt Lager AS, som er eget selskap. Kontaktperson der er lagersjef Tommy Halvorsen.

        Lager AS har ikke eget personvernombud, derfor står det ikke relevant i skjemaet.
        """
    )
    msg = message(
        "c035",
        SENDER,
        "Forhåndsdrøftelse - skannerhansker Transfrakt Lager AS",
        when(11, 20, 13, 33),
        mail + SIGN,
        attachments=[("DPIA-TL-2026-02 Skannerhansker v1.0.docx", to_docx(body))],
    )
    return msg, Label(
        "nb",
        (
            "logistics",
            "form_docx_3col",
            "contacts_row_per_role",
            "ikke_relevant_in_cell",
            "p1_no_dpo",
            "processor_contact_table",
            "checklist_ja_nei_delvis",
            "risk_matrix_table",
            "approval_block_filled",
            "employees",
        ),
        "pgp_mime",
        True,
        "used",
        "part 1 missing: the subsidiary's DPO row says «Ikke relevant» with empty phone and e-mail, and the mail confirms it has no DPO (the group DPO is not named); contact person and processor complete. Parts 2–5 present",
        missing=(1,),
    )


def c055() -> tuple:
    body = _hansker(
        (
            "Personvernombud (konsernets, også for Transfrakt Lager AS fra 01.12.2026)",
            "Ingeborg Rønning",
            "64 87 22 05 / 971 30 448",
            "personvernombud@transfrakt.no",
        ),
        "1.1",
        "Behandlet i styret i Transfrakt Lager AS 18.11.2026 (sak 9/26) med tillitsvalgte og verneombud til stede. Vedtak: DPIA godkjennes; styret ønsker innføring og ber om forhåndsdrøftelse pga. R1. Versjon 1.1 (08.12.2026): kun endret punkt 1 etter at konsernets personvernombud ble utnevnt også for Lager AS (styrevedtak 01.12.2026).",
    )
    mail = txt(
        """
        Hei

        Vi viser til anmodningen om forhåndsdrøftelse for skannerhansker i Transfrakt Lager AS, sendt 20. november. Vi ble gjort oppmerksom på at Lager AS må ha personvernombud når vi måler ansatte på denne måten. Styret i Lager AS har derfor 1. desember utnevnt konsernets personvernombud, Ingeborg Rønning, også for Lager AS.

        Vi sender her komplett anmodning på nytt med oppdatert skjema (versjon 1.1). Resten av skjemaet er uendret.
        """
    )
    msg = message(
        "c055",
        SENDER,
        "SV: Forhåndsdrøftelse - skannerhansker Transfrakt Lager AS (oppdatert)",
        when(12, 9, 9, 14),
        mail + SIGN,
        attachments=[("DPIA-TL-2026-02 Skannerhansker v1.1.docx", to_docx(body))],
        cc="personvernombud@transfrakt.no",
    )
    return msg, Label(
        "nb",
        (
            "logistics",
            "resubmission_complete",
            "form_docx_3col",
            "contacts_row_per_role",
            "processor_contact_table",
            "checklist_ja_nei_delvis",
            "risk_matrix_table",
            "approval_block_filled",
            "employees",
        ),
        "none",
        True,
        "used",
        "complete resubmission of H035: the DPO row now names the group DPO with phone and e-mail; everything else as before, labelled on its own content",
    )


# --- c016 / H016: alcolock with face verification, complete -------------------------------------


def c016() -> tuple:
    body = form(
        "Transfrakt Logistikk AS",
        "Alkolås med identitetsverifisering (kamera) i lastebiler og varebiler",
        "DPIA-TF-2026-04",
        [
            KLO,
            DPO,
            (
                "Databehandler",
                "Jan Erik Solem, Alkosafe Nordic AS",
                "+47 38 12 77 50",
                "jan.erik.solem@alkosafe.no",
            ),
            (
                "Prosjekteier",
                "Kenneth Myhre, driftsdirektør",
                "64 87 22 30",
                "kenneth.myhre@transfrakt.no",
            ),
        ],
        [
            (
                "Formål",
                "Hindre kjøring i påvirket tilstand ved at bilen ikke starter uten godkjent utåndingsprøve, og sikre at det er sjåføren som blåser (bilde tas ved prøven).",
                "Kundekrav fra to store oppdragsgivere fra 2027.",
            ),
            ("Registrerte", "Alle sjåfører i egne biler (ca. 520), inkl. innleide.", ""),
            (
                "Personopplysninger",
                "Resultat av utåndingsprøve (promille), tid, bil, posisjon ved start, bilde av personen som blåser, sjåfør-ID.",
                "Promille er helseopplysning (art. 9) etter vår vurdering.",
            ),
            ("Kilder", "Alkolåsen med kamera, sjåførkort.", ""),
            (
                "Mottakere",
                "Ved positiv prøve: HMS-sjef og nærmeste leder (for oppfølging etter AKAN-rutine). Oppdragsgiver får kun bekreftelse på at ordningen er i drift.",
                "",
            ),
            (
                "Teknisk løsning og lagring",
                "Alkosafe-portal (Norge). Negative prøver: resultat 30 dager, bilde slettes etter 48 timer. Positive prøver: 12 måneder i personalmappe (AKAN-sak).",
                "",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav c og f, art. 9 nr. 2 bokstav b; arbeidsmiljøloven § 9-4 (testing ved særlig risiko), yrkestransportlova.",
                "",
            ),
            (
                "Hvorfor høy risiko",
                "Testing av arbeidstakere (helse), bilde ved hver start, posisjon.",
                "",
            ),
        ],
        check(
            (
                "Testing er tillatt etter aml. § 9-4 (særlig risikofylt arbeid)",
                "Ja",
                "Tunge kjøretøy; vurdert med advokat og tillitsvalgte.",
            ),
            (
                "Mindre inngripende alternativer er vurdert",
                "Ja",
                "Alkolås uten kamera (kan omgås av andre), stikkprøver (fanger ikke alle starter).",
            ),
            (
                "Kun nødvendige opplysninger",
                "Ja",
                "Bilde slettes etter 48 t ved negativ prøve; ingen ansiktsgjenkjenning, kun manuell kontroll ved positiv prøve.",
            ),
            ("Lagringstid fastsatt", "Ja", "Se punkt 2."),
            ("De ansatte er informert", "Ja", "Informasjon, opplæring, AKAN-rutine revidert."),
            (
                "Rettigheter: innsyn, protest, kontradiksjon",
                "Ja",
                "Positiv prøve gir rett til ny prøve og blodprøve; innsyn i egne prøver.",
            ),
        ),
        [
            (
                "R1",
                "Feil positiv prøve (munnvann, medisiner) gir urettferdig reaksjon",
                "3",
                "4",
                "12",
                "Ny prøve etter 15 min, mulighet for blodprøve, AKAN-samtale før reaksjon",
                "6",
                "HMS-sjef",
            ),
            (
                "R2",
                "Bilder brukes til andre formål (kontroll av hvem som kjører)",
                "2",
                "3",
                "6",
                "Sletting 48 t, tilgang kun ved positiv prøve",
                "3",
                "IT-sjef",
            ),
            (
                "R3",
                "Posisjon ved start brukes til sporing",
                "3",
                "3",
                "9",
                "Kun startposisjon, ingen løpende sporing fra alkolås",
                "4",
                "Driftsdirektør",
            ),
            (
                "R4",
                "Oppdragsgiver får vite om enkeltsjåførers resultater",
                "2",
                "4",
                "8",
                "Kun bekreftelse av drift, avtalefestet",
                "4",
                "HR- og HMS-sjef",
            ),
            (
                "R5",
                "Sjåfører opplever mistenkeliggjøring",
                "4",
                "3",
                "12",
                "Informasjon, ordningen gjelder alle, AKAN-fokus på hjelp",
                "9",
                "Adm. dir.",
            ),
        ],
        [
            (
                "Automatisk ansiktsgjenkjenning",
                "Biometri er mer inngripende enn nødvendig; manuell kontroll kun ved positiv prøve.",
            )
        ],
        ("Bjørn Egil Strand, administrerende direktør", "05.11.2026", "Signert (BankID-signering)"),
        "Behandlet i ledermøtet 08.10. og 05.11.2026 og i AMU 22.10.2026 (tillitsvalgte, verneombud, bedriftshelsetjeneste). Ledelsen godkjente DPIA og besluttet å be om forhåndsdrøftelse fordi restrisiko R5 er høy.",
    )
    mail = txt(
        """
        Hei,

        Transfrakt Logistikk AS ber om forhåndsdrøftelse for alkolås med kamera for identitetsverifisering i bilparken. Utfylt skjema vedlagt. Vi er i dialog med to store oppdragsgivere som krever alkolås fra 1. juli 2027.
        """
    )
    msg = message(
        "c016",
        SENDER,
        "Anmodning om forhåndsdrøftelse - alkolås med kamera",
        when(11, 10, 14, 2),
        mail + SIGN,
        attachments=[("DPIA-TF-2026-04 Alkolas.docx", to_docx(body))],
    )
    return msg, Label(
        "nb",
        (
            "logistics",
            "form_docx_3col",
            "contacts_row_per_role",
            "processor_contact_table",
            "checklist_ja_nei_delvis",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_block_filled",
            "part5_minutes_line_in_dpia",
            "employees",
            "health_data",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; same group form, approval block signed, management meetings and working environment committee noted under it",
    )


# --- c036 / H036: delivery photos, approval «Se eget vedlegg» not attached -----------------------


def c036() -> tuple:
    body = form(
        "Transfrakt Logistikk AS",
        "Fotodokumentasjon av levering ved mottakers dør (leveringsbevis)",
        "DPIA-TF-2026-09",
        [
            KLO,
            DPO,
            (
                "Databehandler",
                "Line Gravdal, Rutesoft AS",
                "+47 22 44 19 03",
                "line.gravdal@rutesoft.no",
            ),
            (
                "Prosjekteier",
                "Mads Ekeberg, leder pakke",
                "64 87 22 41",
                "mads.ekeberg@transfrakt.no",
            ),
        ],
        [
            (
                "Formål",
                "Dokumentere at pakker er levert ved døren når mottaker ikke er hjemme (reklamasjoner, tyveri), ved at sjåføren tar bilde av pakken på stedet.",
                "Reklamasjoner 'ikke mottatt': 4 100 i 2025.",
            ),
            (
                "Registrerte",
                "Mottakere av pakker (ca. 2,8 mill. leveringer/år med 'lever ved døren'), husstandsmedlemmer, naboer og forbipasserende som kan komme med på bildet.",
                "",
            ),
            (
                "Personopplysninger",
                "Bilde av pakke ved dør (kan vise inngangsparti, dørskilt, personer, barn, bil), GPS-posisjon, tidspunkt, mottakers navn og adresse.",
                "",
            ),
            ("Kilder", "Sjåførens håndterminal (app fra Rutesoft).", ""),
            (
                "Mottakere",
                "Mottaker (bilde i sporingslenken), avsender/nettbutikk ved reklamasjon, kundeservice.",
                "",
            ),
            (
                "Teknisk løsning og lagring",
                "Rutesoft-plattform (Norge). Bilder slettes etter 30 dager, ved reklamasjon til saken er avsluttet.",
                "",
            ),
            ("Behandlingsgrunnlag", "Art. 6 nr. 1 bokstav f (dokumentasjon av levering).", ""),
            (
                "Hvorfor høy risiko",
                "Stor skala, bilder av private hjem, tredjepersoner og barn, deles med avsender.",
                "",
            ),
        ],
        check(
            ("Formålet er klart avgrenset", "Ja", "Kun dokumentasjon av levering."),
            (
                "Mindre inngripende alternativer er vurdert",
                "Ja",
                "GPS-stempel alene (dokumenterer ikke hvor pakken ble satt), signatur (ikke mulig når ingen er hjemme), pakkeautomat (tilbys, men kunden velger).",
            ),
            (
                "Kun nødvendige opplysninger",
                "Ja",
                "Appen beskjærer bildet automatisk til pakken og nærmeste område; sjåfører instrueres i å ikke fotografere personer; ansikter sløres automatisk.",
            ),
            ("Lagringstid fastsatt", "Ja", "30 dager."),
            (
                "De registrerte er informert",
                "Ja",
                "I bestillingsløpet hos nettbutikk og i SMS om levering; personvernerklæring.",
            ),
            (
                "Rettigheter: innsyn, protest",
                "Ja",
                "Mottaker kan reservere seg i 'Mine leveringer' (da kreves signatur/hentested), og be om sletting av bilde.",
            ),
        ),
        [
            (
                "R1",
                "Bilder viser personer eller barn ved inngangen",
                "3",
                "3",
                "9",
                "Automatisk ansiktssløring, beskjæring, instruks",
                "4",
                "Leder pakke",
            ),
            (
                "R2",
                "Bilde deles med avsender som bruker det til annet (markedsføring)",
                "2",
                "3",
                "6",
                "Avtale med avsendere, kun ved reklamasjon",
                "3",
                "Leder pakke",
            ),
            (
                "R3",
                "Bilder avslører adresse til person med fortrolig adresse eller voldsutsatt",
                "2",
                "5",
                "10",
                "Ingen gatenummer i bildet (beskjæring); mottaker kan reservere seg",
                "8",
                "Personvernombud",
            ),
            (
                "R4",
                "Sjåfører lagrer bilder på egen telefon",
                "2",
                "4",
                "8",
                "Kun firmaterminaler, ingen lagring lokalt",
                "2",
                "IT-sjef",
            ),
        ],
        [
            (
                "Samtykke fra hver mottaker",
                "Ikke praktisk for 2,8 mill. leveringer; reservasjon i stedet.",
            )
        ],
        ("Se eget vedlegg", "", ""),
        "Ledelsens godkjenning: se eget vedlegg (protokoll ledermøte).",
    )
    mail = txt(
        """
        Hei,

        Vedlagt anmodning om forhåndsdrøftelse for fotodokumentasjon av leveringer. Skjemaet er utfylt, godkjenningen fra ledermøtet ligger i eget vedlegg.
        """
    )
    msg = message(
        "c036",
        SENDER,
        "Forhåndsdrøftelse - leveringsbilder",
        when(11, 27, 15, 49),
        mail + SIGN,
        attachments=[("DPIA-TF-2026-09 Leveringsbilder.docx", to_docx(body))],
    )
    return msg, Label(
        "nb",
        (
            "logistics",
            "form_docx_3col",
            "contacts_row_per_role",
            "processor_contact_table",
            "checklist_ja_nei_delvis",
            "risk_matrix_table",
            "se_eget_vedlegg_missing",
            "attachment_forgotten",
            "approval_block_empty",
        ),
        "none",
        True,
        "used",
        "part 5 missing: the approval block says «Se eget vedlegg» with empty date and signature, the note and the mail point to minutes «i eget vedlegg», and only the form is attached; parts 1–4 present",
        missing=(5,),
    )


# --- c056 / H056: GPS of subcontractors' drivers, long prose mail + form + board minutes ---------


def c056() -> tuple:
    body = form(
        "Transfrakt Logistikk AS",
        "GPS-sporing av underleverandørers sjåfører via felles transportplattform",
        "DPIA-TF-2026-11",
        [
            KLO,
            DPO,
            (
                "Databehandler",
                "Petter Aune, Fleetlink AS",
                "+47 73 82 40 60",
                "petter.aune@fleetlink.no",
            ),
            (
                "Prosjekteier",
                "Kenneth Myhre, driftsdirektør",
                "64 87 22 30",
                "kenneth.myhre@transfrakt.no",
            ),
        ],
        [
            (
                "Formål",
                "Gi kunder sanntids ETA og dokumentere leveringstid ved at underleverandørene (små transportfirma) kobler sine biler til Transfrakts plattform mens de kjører oppdrag for oss.",
                "",
            ),
            (
                "Registrerte",
                "Sjåfører hos ca. 140 underleverandører (ca. 600 sjåfører), mange enkeltpersonforetak der sjåfør = eier.",
                "",
            ),
            (
                "Personopplysninger",
                "Posisjon hvert 30. sekund under oppdrag, fart, stopp, sjåførnavn og telefon, bilnummer.",
                "Kun når oppdrag er aktivt i appen.",
            ),
            ("Kilder", "Sjåførens app eller bilens flåtestyringssystem (API).", ""),
            (
                "Mottakere",
                "Transfrakts trafikkledere, kunden (kun ETA og kart 10 min før levering).",
                "",
            ),
            (
                "Teknisk løsning og lagring",
                "Fleetlink-plattform (Norge). Posisjonsspor 90 dager (fakturatvister), deretter kun levert/ikke levert.",
                "",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav b (oppdragsavtale) og f.",
                "Transfrakt er behandlingsansvarlig for sporing under oppdrag.",
            ),
            (
                "Hvorfor høy risiko",
                "Lokasjonssporing av personer i arbeid som ikke er våre ansatte, ubalanse i makt, enkeltpersonforetak.",
                "",
            ),
        ],
        check(
            (
                "Formålet er klart avgrenset",
                "Ja",
                "ETA og dokumentasjon, ikke vurdering av sjåfører.",
            ),
            (
                "Mindre inngripende alternativer er vurdert",
                "Ja",
                "Manuell statusoppdatering i app (upålitelig), sporing kun ved start/slutt (gir ikke ETA).",
            ),
            (
                "Kun nødvendige opplysninger",
                "Ja",
                "Sporing kun under aktivt oppdrag; automatisk stopp ved levering.",
            ),
            ("Lagringstid fastsatt", "Ja", "90 dager."),
            (
                "De registrerte er informert",
                "Ja",
                "Informasjon i oppdragsavtalen og i appen; egen informasjon til sjåfører ansatt hos underleverandør.",
            ),
            (
                "Rettigheter: innsyn, protest",
                "Delvis",
                "Innsyn i egne spor; protest innebærer manuell statusrapportering, med lavere prioritet på oppdrag.",
            ),
        ),
        [
            (
                "R1",
                "Sporing fortsetter etter oppdrag (privat kjøring)",
                "3",
                "4",
                "12",
                "Automatisk stopp, varsel i app, kontroll av logg",
                "6",
                "Driftsdirektør",
            ),
            (
                "R2",
                "Data brukes til å rangere underleverandører og deres sjåfører",
                "3",
                "4",
                "12",
                "Kun aggregert leveringspresisjon per firma, ikke per sjåfør",
                "8",
                "Innkjøpssjef",
            ),
            (
                "R3",
                "Underleverandør presses til å akseptere (avhengighet)",
                "4",
                "3",
                "12",
                "Manuell rapportering mulig, men lavere prioritet",
                "12",
                "Adm. dir.",
            ),
            (
                "R4",
                "Kunden ser sjåførens posisjon lenge før levering",
                "2",
                "3",
                "6",
                "Kart kun siste 10 min",
                "3",
                "Leder pakke",
            ),
        ],
        [("Lik prioritet uten sporing", "Kundene krever ETA; vil gi tap av oppdrag for alle.")],
        (
            "Styret i Transfrakt Logistikk AS v/ styreleder Karin Vold",
            "03.12.2026",
            "Se vedlagt protokoll",
        ),
        "",
    )
    protokoll = doc(
        "# Transfrakt Logistikk AS – Utdrag av styreprotokoll",
        "Styremøte 03.12.2026. Til stede: Karin Vold (styreleder), Per Arne Fosse, Linn Sæther, Rolf Dahle (ansattvalgt). Fra administrasjonen: adm. dir. Bjørn Egil Strand, driftsdirektør Kenneth Myhre, HR- og HMS-sjef Kathrine Lund Olsen.",
        "## Sak 48/26 Sporing av underleverandørers sjåfører – DPIA",
        "Administrasjonen presenterte DPIA-TF-2026-11 og funn: restrisiko R3 (press på underleverandører) er rød og kan ikke reduseres uten å gi opp kravet fra kundene. Ledermøtet behandlet saken 12.11. og 26.11.2026. Personvernombudet anbefaler forhåndsdrøftelse. Tre underleverandører og lastebileiernes regionforening er hørt; de aksepterer sporing under oppdrag, men er kritiske til lavere prioritet ved manuell rapportering.",
        "Vedtak: Styret godkjenner DPIA-en og ber administrasjonen anmode Datatilsynet om forhåndsdrøftelse før sporingen gjøres obligatorisk. Inntil svar foreligger er sporingen frivillig uten konsekvens for prioritet.",
        "Rett utskrift: Kathrine Lund Olsen",
    )
    mail = txt(
        """
        Til Datatilsynet

        Transfrakt Logistikk AS ber med dette om forhåndsdrøftelse for GPS-sporing av sjåfører hos våre underleverandører.

        Litt bakgrunn, siden saken er litt uvanlig: Vi bruker rundt 140 underleverandører i distribusjon, de fleste er små firma med én til fem biler, og mange er enkeltpersonforetak der eieren selv kjører. Kundene våre (nettbutikker og grossister) krever at vi kan vise forventet leveringstid og dokumentere levering, og det får vi bare til hvis også underleverandørenes biler er koblet til plattformen vår mens de kjører oppdrag for oss. Vi har vurdert oss selv som behandlingsansvarlig for sporingen under oppdrag, og Fleetlink AS som databehandler.

        Det vi ikke har klart å løse, er at underleverandørene i praksis er avhengige av oss, og at de som velger manuell rapportering får lavere prioritet på oppdrag. Det er derfor restrisikoen for press (R3) fortsatt er rød, og styret har bedt oss om å ta saken til dere før sporingen blir et krav.

        Vedlagt er utfylt DPIA-skjema og utdrag av styreprotokollen fra 3. desember. Kontaktpersoner står i punkt 1 i skjemaet.

        """
    )
    msg = message(
        "c056",
        SENDER,
        "Anmodning om forhåndsdrøftelse - sporing av underleverandører",
        when(12, 7, 16, 12),
        mail + SIGN,
        attachments=[
            ("DPIA-TF-2026-11 Sporing underleverandorer.docx", to_docx(body)),
            (
                "Styreprotokoll 2026-12-03 utdrag sak 48-26.pdf",
                to_pdf(protokoll, "Utdrag styreprotokoll"),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "logistics",
            "cover_letter_body",
            "form_docx_3col",
            "contacts_row_per_role",
            "processor_contact_table",
            "checklist_ja_nei_delvis",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_block_filled",
            "part5_board_minutes_pdf",
            "location_tracking",
        ),
        "none",
        True,
        "used",
        "complete; a long prose covering letter explaining the setting, the group form, and the board minutes extract with presentation, findings, stakeholders and decision",
    )
