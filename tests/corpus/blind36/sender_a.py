"""Sender A: Fjellvik kommune (municipality, 9 800 inhabitants), nynorsk.

The municipality fills in its own Word template «Mal for vurdering av personvernkonsekvensar (DPIA)
v2.1»: a document-information table, a contact table with one row per role, question | answer |
comment tables for description and necessity, a risk matrix, a table of measures considered but not
taken and a «Godkjent av / Dato / Signatur» block. The adviser for digitalisation writes the
covering mail; approval is a særutskrift from the management group or a delegated decision.
"""

# ruff: noqa: E501

from __future__ import annotations

from forms import doc, tbl
from kit import Label, message, to_docx, to_pdf, txt, when

TOPICS = {
    "c001": "digitalt nattilsyn i omsorgsbustader",
    "c021": "tale-til-tekst i barnevernstenesta",
    "c041": "kamera med skiltattkjenning på gjenvinningsstasjonen",
    "c002": "digital heimeoppfølging av kronisk sjuke",
    "c022": "lokaliseringsteknologi (GPS-klokke) for personar med demens",
    "c042": "journalsystem for helsestasjon og skulehelseteneste",
}

SENDER = "Torbjørn Eide Lunde <torbjorn.lunde@fjellvik.kommune.no>"
SIGN = "\n" + txt(
    """
    Med helsing

    Torbjørn Eide Lunde
    rådgjevar digitalisering
    Fjellvik kommune, Stab og støtte
    Rådhusvegen 4, 6869 Fjellvik
    Mob. 474 18 902 | torbjorn.lunde@fjellvik.kommune.no
    """
)
DPO = (
    "Personvernombod",
    "Ingrid Solheim Aarø",
    "57 86 40 12 / 958 21 447",
    "personvernombod@fjellvik.kommune.no",
)
GUIDE = "Rettleiing: Fyll ut alle felt. Der eit spørsmål ikkje er relevant, skriv kvifor. Slett rettleiingstekst i hakeparentes før dokumentet vert sendt."


def dpia(
    title: str,
    meta: list[tuple[str, str]],
    contacts: list[tuple[str, str, str, str]],
    skildring: list[tuple[str, str, str]],
    naudsyn: list[tuple[str, str, str]],
    risiko: list[tuple[str, ...]],
    ikkje: list[tuple[str, str]],
    godkjent: tuple[str, str, str],
    godkjent_note: str,
) -> str:
    """Fjellvik kommune's DPIA template v2.1, filled in."""
    return doc(
        "# Vurdering av personvernkonsekvensar (DPIA)",
        f"## {title}",
        tbl(("Dokumentinformasjon", ""), *meta),
        GUIDE,
        "# 1 Kontaktinformasjon",
        tbl(("Rolle", "Namn", "Telefon", "E-post"), *contacts),
        "# 2 Systematisk skildring av behandlinga",
        tbl(("Spørsmål", "Svar", "Kommentar"), *skildring),
        "# 3 Naudsyn og proporsjonalitet",
        tbl(("Spørsmål", "Svar", "Kommentar"), *naudsyn),
        "# 4 Risikovurdering",
        "Sannsynlegheit (S) og konsekvens (K) på skala 1–5. Risikonivå: 1–6 låg, 8–12 middels, 15–25 høg.",
        tbl(
            (
                "ID",
                "Trussel/hending",
                "S",
                "K",
                "Risikonivå",
                "Tiltak (gjennomførte)",
                "Restrisiko",
                "Eigar",
            ),
            *risiko,
        ),
        "## Tiltak som er vurderte, men ikkje gjennomførte",
        tbl(("Tiltak", "Grunngjeving for at tiltaket ikkje er gjennomført"), *ikkje),
        "# 5 Godkjenning",
        tbl(("Godkjent av", "Dato", "Signatur"), godkjent),
        godkjent_note,
        "Mal: Fjellvik kommune, DPIA-mal v2.1 (godkjend av kommunedirektøren 14.02.2025)",
    )


# --- c001 / A001: digitalt nattilsyn, complete -------------------------------------------------

NATT_CONTACTS = [
    (
        "Behandlingsansvarleg, kontaktperson",
        "Arve Hjelmeland, kommunalsjef helse og omsorg",
        "57 86 40 60",
        "arve.hjelmeland@fjellvik.kommune.no",
    ),
    DPO,
    (
        "Databehandlar, kontaktperson",
        "Hallvard Moe, Tryggheim Velferdsteknologi AS",
        "+47 930 44 118",
        "hallvard.moe@tryggheim.no",
    ),
    ("Prosjektleiar", "Torbjørn Eide Lunde", "474 18 902", "torbjorn.lunde@fjellvik.kommune.no"),
]


def c001() -> tuple:
    body = dpia(
        "Digitalt nattilsyn i omsorgsbustadene Furuly og Nesheim",
        [
            ("Behandling", "Digitalt nattilsyn med rørslesensor og kamera med biletanalyse"),
            ("Eining", "Helse og omsorg, heimetenesta natt"),
            ("Versjon / dato", "1.3 / 27.10.2026"),
            ("Saksnr.", "26/1187"),
        ],
        NATT_CONTACTS,
        [
            (
                "Formål",
                "Erstatte fysiske tilsynsrundar om natta med digitalt tilsyn, slik at bebuarar ikkje vert vekte, og at fall og uro vert oppdaga raskare.",
                "Frå hausten 2027: 24 bebuarar.",
            ),
            (
                "Kven er dei registrerte?",
                "Bebuarar i 24 omsorgsbustader med vedtak om heimetenester, mange med kognitiv svikt. Tilsette på natt vert òg fanga opp når dei er i rommet.",
                "Om lag halvparten manglar samtykkekompetanse.",
            ),
            (
                "Kva personopplysningar?",
                "Rørslemønster, fall, tid i og ut av seng, silhuettbilete ved alarm, videoklipp inntil 30 sek ved stadfesta fall. Helseopplysningar (art. 9) i vedtaket om tilsyn.",
                "Ikkje lyd.",
            ),
            (
                "Kjelder",
                "Sensor i taket på soverom og stove (ikkje bad). Vedtak frå fagsystemet Profil.",
                "",
            ),
            (
                "Mottakarar",
                "Nattpatruljen (2–3 tilsette) på nettbrett. Ingen utlevering til andre.",
                "Pårørande får ikkje tilgang.",
            ),
            (
                "Teknisk løysing og lagring",
                "Biletanalyse skjer lokalt i sensoren. Alarm og eventuelt klipp vert sende kryptert til Tryggheim si plattform (drift i Noreg, Azure Norway East). Hendingslogg 30 dagar, klipp 72 timar.",
                "Databehandlaravtale signert 02.10.2026.",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav c og e, art. 9 nr. 2 bokstav h; helse- og omsorgstenestelova § 3-1, pasient- og brukarrettslova § 4-6 a for bebuarar utan samtykkekompetanse.",
                "Individuell vurdering og vedtak for kvar bebuar.",
            ),
            (
                "Kvifor høg risiko?",
                "Kamera i heimen til sårbare personar, mange utan samtykkekompetanse; systematisk overvaking om natta.",
                "Jf. Datatilsynet si liste pkt. 1 og 5.",
            ),
        ],
        [
            (
                "Er behandlinga naudsynt for formålet?",
                "Ja. Fysisk tilsyn kvar 2. time vekkjer bebuarane og oppdagar fall seint (snitt 52 min i 2025).",
                "Avvik 2025: 11 fall funne ved morgonstell.",
            ),
            (
                "Kva alternativ er vurderte?",
                "Berre rørslesensor utan kamera (radar), fallalarm på armen, fleire tilsette. Radar gav 31 % falske alarmar i test; armband vert tekne av.",
                "Sjå pkt. 4, tiltak ikkje gjennomførte.",
            ),
            (
                "Dataminimering",
                "Standardvising er silhuett. Fargebilete berre ved stadfesta fall. Ingen kamera på bad. Sensor kan slåast av av tilsett ved besøk og stell.",
                "",
            ),
            (
                "Lagringstid",
                "Hendingslogg 30 dagar, klipp 72 timar, deretter automatisk sletting.",
                "",
            ),
            (
                "Informasjon til dei registrerte",
                "Munnleg og skriftleg informasjon til bebuar og pårørande/verje før oppstart, skilt på døra, informasjon i vedtaket.",
                "Lettlest versjon laga.",
            ),
            (
                "Innsyn, retting, sletting",
                "Innsyn via tenestekontoret; loggutskrift på førespurnad. Bebuar/verje kan be om at tiltaket vert avslutta.",
                "",
            ),
            (
                "Samtykke / reservasjon",
                "Samtykke der bebuar har samtykkekompetanse. Elles vedtak etter pbrl. § 4-6 a etter samtale med pårørande. Tiltaket vert evaluert kvar 3. månad.",
                "",
            ),
        ],
        [
            (
                "R1",
                "Kamera fangar bebuar i intime situasjonar (av- og påkledning, seksualitet)",
                "3",
                "5",
                "15 Høg",
                "Silhuett som standard, ingen kamera på bad, pausefunksjon, klipp berre ved fall",
                "12 Middels – Høg",
                "Kommunalsjef",
            ),
            (
                "R2",
                "Uautorisert tilgang til videostraum eller klipp",
                "2",
                "5",
                "10 Middels",
                "Kryptering, MFA, personlege brukarar, loggkontroll kvar månad",
                "5 Låg",
                "IT-leiar",
            ),
            (
                "R3",
                "Tiltaket vert sett i verk for bebuar utan gyldig grunnlag",
                "3",
                "4",
                "12 Middels",
                "Rutine for samtykkevurdering og vedtak, sjekkliste i Profil",
                "6 Låg",
                "Einingsleiar",
            ),
            (
                "R4",
                "Data vert brukte til kontroll av tilsette",
                "2",
                "3",
                "6 Låg",
                "Drøfta med tillitsvalde 14.09., avtale om formålsavgrensing, ingen rapportar per tilsett",
                "3 Låg",
                "Kommunalsjef",
            ),
            (
                "R5",
                "Teknisk svikt gjer at fall ikkje vert oppdaga",
                "2",
                "5",
                "10 Middels",
                "Varsling ved sensorbrot, fysisk tilsyn ved feil",
                "5 Låg",
                "Einingsleiar",
            ),
        ],
        [
            (
                "Berre radarsensor (utan optikk)",
                "For mange falske alarmar i test (31 %), ville gje fleire fysiske tilsyn og vekkje bebuarane.",
            ),
            (
                "Lagring berre lokalt i bustaden",
                "Leverandøren har ikkje slik løysing; vil òg gjere loggkontroll vanskeleg.",
            ),
            ("Slå av kamera heilt om natta mellom 00 og 05", "Det er då flest fall skjer."),
        ],
        ("Ragnhild Vatne, kommunedirektør", "27.10.2026", "Signert elektronisk i Elements"),
        "Handsama i leiargruppa 22.09.2026 (sak 64/26) og 27.10.2026 (sak 71/26). Sjå vedlagt særutskrift. Restrisikoen for R1 er vurdert som for høg til at kommunen kan gå vidare utan førehandsdrøfting.",
    )
    saer = doc(
        "# Fjellvik kommune – Særutskrift",
        "Leiargruppa, møte 27.10.2026, sak 71/26",
        "## Digitalt nattilsyn i Furuly og Nesheim – DPIA versjon 1.3",
        "Til stades: Ragnhild Vatne (kommunedirektør), Arve Hjelmeland (kommunalsjef helse og omsorg), Eli Fosse Sande (økonomisjef), Knut Rygg (kommunalsjef oppvekst). Personvernombod Ingrid Solheim Aarø møtte under saka.",
        "Saksutgreiing: Prosjektleiar gjekk gjennom DPIA v1.3, endringane sidan 22.09. (silhuett som standard, pausefunksjon, avtale med tillitsvalde) og restrisikoen. Personvernombodet rår til førehandsdrøfting fordi R1 framleis er vurdert som middels–høg.",
        "Vedtak: 1. Leiargruppa godkjenner DPIA versjon 1.3 med dei risikoreduserande tiltaka. 2. Leiargruppa ønskjer å gjennomføre tiltaket og ber om førehandsdrøfting med Datatilsynet før oppstart. 3. Prosjektet held fram med innkjøp, men sensorane vert ikkje tekne i bruk før Datatilsynet har svart.",
        "Rett utskrift, 28.10.2026. Eli Marie Haugland, leiarstøtte",
    )
    mail = txt(
        """
        Til Datatilsynet

        ANMODNING OM FØREHANDSDRØFTING – DIGITALT NATTILSYN I OMSORGSBUSTADER

        Fjellvik kommune ber om førehandsdrøfting etter personvernforordninga artikkel 36 før vi tek i bruk digitalt nattilsyn med sensor og kamera med biletanalyse i omsorgsbustadene Furuly og Nesheim.

        Vi har gjort ei vurdering av personvernkonsekvensar i kommunen sin mal. Etter tiltak står risikoen for at bebuarane vert fanga i intime situasjonar (R1) framleis att som middels til høg. Leiargruppa har handsama saka to gonger og ønskjer likevel å gå vidare.

        Vedlegg:
        1. DPIA digitalt nattilsyn v1.3 (kontaktpersonar står i punkt 1)
        2. Særutskrift leiargruppa 27.10.2026, sak 71/26

        Personvernombodet er i kopi.

        """
    )
    msg = message(
        "c001",
        SENDER,
        "Anmodning om førehandsdrøfting – digitalt nattilsyn (vår ref. 26/1187)",
        when(11, 4, 10, 12),
        mail + SIGN,
        attachments=[
            ("DPIA_digitalt_nattilsyn_v1.3.docx", to_docx(body)),
            ("Saerutskrift_LG_sak_71-26.pdf", to_pdf(saer, "Særutskrift sak 71/26")),
        ],
        cc="personvernombod@fjellvik.kommune.no",
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "form_docx_3col",
            "contacts_row_per_role",
            "processor_contact_table",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_block_filled",
            "part5_minutes_extract_pdf",
            "cover_letter_body",
            "health_data",
            "camera",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; municipal Word template with question|answer|comment tables, contact table a row per role (processor included), risk matrix with residual risk, approval block filled and særutskrift from the management group as PDF",
    )


# --- c021 / A021: tale-til-tekst i barnevernet, approval block still the template's ----------


def c021() -> tuple:
    body = dpia(
        "Tale-til-tekst (automatisk transkribering) i barnevernstenesta",
        [
            ("Behandling", "Opptak og automatisk transkribering av samtalar for journalføring"),
            ("Eining", "Barnevernstenesta i Fjellvik og Høgenes (vertskommune Fjellvik)"),
            ("Versjon / dato", "0.9 / 12.11.2026"),
            ("Saksnr.", "26/1402"),
        ],
        [
            (
                "Behandlingsansvarleg, kontaktperson",
                "Sunniva Bøyum, leiar barnevernstenesta",
                "57 86 41 30 / 917 03 562",
                "sunniva.boyum@fjellvik.kommune.no",
            ),
            DPO,
            (
                "Databehandlar, kontaktperson",
                "Erlend Vik, Talemaskin AS",
                "+47 22 60 18 75",
                "erlend.vik@talemaskin.no",
            ),
            (
                "Prosjektleiar",
                "Torbjørn Eide Lunde",
                "474 18 902",
                "torbjorn.lunde@fjellvik.kommune.no",
            ),
        ],
        [
            (
                "Formål",
                "Spare tid til dokumentasjon og få meir presise referat frå samtalar med barn og foreldre. Saksbehandlar les og rettar teksten før han vert journalført.",
                "Om lag 30 % av arbeidstida går i dag til dokumentasjon.",
            ),
            (
                "Kven er dei registrerte?",
                "Barn i barnevernssaker (0–18 år), foreldre, fosterforeldre, andre samarbeidspartar i samtalar.",
                "Om lag 310 aktive saker.",
            ),
            (
                "Kva personopplysningar?",
                "Lydopptak, transkribert tekst med opplysningar om helse, rus, vald, seksualitet, straffbare forhold; stemme.",
                "Art. 9 og 10.",
            ),
            (
                "Kjelder",
                "Opptak på tenestetelefon med Talemaskin-appen, i samtalar med barnet, foreldre og i møte.",
                "",
            ),
            (
                "Mottakarar",
                "Saksbehandlar. Ferdig tekst vert lagra i fagsystemet Modulus Barn. Ingen andre mottakarar.",
                "",
            ),
            (
                "Teknisk løysing og lagring",
                "Lyd vert kryptert og send til Talemaskin sin talemodell (drift i Noreg, Oslo og Trondheim). Lyd vert sletta når transkripsjonen er henta, seinast etter 24 timar. Tekst i Talemaskin vert sletta etter 7 dagar.",
                "Underleverandør: Basefarm/Orange Business (datasenter).",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav c og e, art. 9 nr. 2 bokstav g/h, barnevernslova §§ 12-1 og 13-1 (journalplikt).",
                "",
            ),
            (
                "Kvifor høg risiko?",
                "Særs sensitive opplysningar om barn, ny teknologi (KI), lydopptak av samtalar der barnet kan oppleve seg overvaka.",
                "",
            ),
        ],
        [
            (
                "Er behandlinga naudsynt for formålet?",
                "Vi meiner det. Betre referat gjev betre grunnlag for vedtak og gjer at barnet si stemme kjem tydelegare fram i journalen.",
                "",
            ),
            (
                "Kva alternativ er vurderte?",
                "Manuelle notat (i dag), diktering utan KI, transkribering berre på kontoret. Transkribering på kontoret er vald for samtalar med barn under 12 år.",
                "",
            ),
            (
                "Dataminimering",
                "Opptak berre etter at deltakarane er informerte; barnet kan seie nei utan at det får følgjer. Lyd vert ikkje lagra i fagsystemet.",
                "",
            ),
            (
                "Lagringstid",
                "Lyd maks 24 t, tekst i løysinga 7 dagar. Journal etter arkivlova.",
                "",
            ),
            (
                "Informasjon til dei registrerte",
                "Informasjonsskriv til foreldre og tilpassa informasjon til barn (eigen brosjyre 8–12 år og 13–18 år).",
                "",
            ),
            (
                "Innsyn, retting, sletting",
                "Innsyn etter barnevernslova og forvaltningslova. Partane kan be om retting i journal; lyd finst ikkje etter 24 t.",
                "",
            ),
            (
                "Samtykke / reservasjon",
                "Ikkje samtykke som grunnlag, men reservasjonsrett: partane kan krevje at samtalen ikkje vert teken opp.",
                "",
            ),
        ],
        [
            (
                "R1",
                "Feil i transkripsjonen fører til feil i journal og vedtak",
                "4",
                "4",
                "16 Høg",
                "Obligatorisk kontroll og retting før journalføring, merknad i journal om at teksten er transkribert",
                "8 Middels",
                "Leiar barnevern",
            ),
            (
                "R2",
                "Barn og foreldre opplever seg overvaka og held tilbake informasjon",
                "3",
                "4",
                "12 Middels",
                "Reservasjonsrett, informasjon, ikkje opptak i akuttsituasjonar",
                "8 Middels",
                "Leiar barnevern",
            ),
            (
                "R3",
                "Lydfiler på avvegar (tapt telefon)",
                "2",
                "5",
                "10 Middels",
                "Lyd ligg ikkje lokalt, MDM, fjernsletting",
                "5 Låg",
                "IT-leiar",
            ),
            (
                "R4",
                "Leverandøren brukar lyd til å trene modellen",
                "2",
                "5",
                "10 Middels",
                "Forbod i databehandlaravtalen pkt. 4.3, revisjonsrett",
                "5 Låg",
                "Personvernombod",
            ),
            (
                "R5",
                "Opplysningar om tredjepart (andre i rommet) vert tekne opp",
                "3",
                "3",
                "9 Middels",
                "Rutine: opptak berre av dei som deltek i samtalen",
                "6 Låg",
                "Leiar barnevern",
            ),
        ],
        [
            (
                "Ingen opptak av samtalar med barn",
                "Vil fjerne mykje av nytten; vi har i staden valt opptak berre på kontoret for dei minste.",
            ),
            (
                "Lokal talemodell på kommunen sin server",
                "Kommunen har ikkje kapasitet til å drifte det; leverandøren tilbyr det ikkje.",
            ),
        ],
        (
            "[Namn og stilling]",
            "[dd.mm.åååå]",
            "[Signatur frå kommunedirektør eller den som har fått delegert mynde]",
        ),
        "[Skriv inn kva møte DPIA-en er handsama i, dato og saksnummer.]",
    )
    mail = txt(
        """
        Hei

        Fjellvik kommune, som vertskommune for barnevernstenesta i Fjellvik og Høgenes, ber med dette om førehandsdrøfting for bruk av automatisk transkribering (tale-til-tekst) i barnevernet. Restrisikoen for feil i journalen (R1) og for at barn held tilbake informasjon (R2) er vurdert som middels, men vi meiner samla at behandlinga har høg risiko, og personvernombodet har rådd oss til å leggje saka fram for dykk.

        DPIA-en ligg ved. Godkjenningsfeltet er ikkje fylt ut enno, kommunedirektøren får saka når ho er tilbake frå ferie. Vi sender det over så snart det ligg føre.

        """
    )
    msg = message(
        "c021",
        SENDER,
        "Førehandsdrøfting – tale-til-tekst i barnevernet",
        when(11, 19, 14, 3),
        mail + SIGN,
        attachments=[("DPIA_tale-til-tekst_barnevern_v0.9.docx", to_docx(body))],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "form_docx_3col",
            "contacts_row_per_role",
            "processor_contact_table",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_block_template_text",
            "part5_will_follow",
            "children",
            "criminal_offence_data",
        ),
        "none",
        True,
        "used",
        "part 5 missing: the «Godkjent av / Dato / Signatur» block still holds the template's bracketed instructions and the mail says the chief executive will approve later; parts 1–4 complete in the template",
        missing=(5,),
    )


# --- c041 / A041: question with a checklist, not a request ------------------------------------


def c041() -> tuple:
    sjekk = doc(
        "# Sjekkliste: Må vi gjere ei vurdering av personvernkonsekvensar (DPIA)?",
        "Fjellvik kommune – internkontroll personvern, skjema PV-03. Kryss av Ja / Nei / Delvis og skriv kort kommentar.",
        tbl(
            ("Kriterium", "Ja", "Nei", "Delvis", "Kommentar"),
            ("Evaluering eller poengsetjing (profilering)", "", "X", "", ""),
            (
                "Automatiserte avgjerder med rettsverknad",
                "",
                "X",
                "",
                "Bom opnar automatisk for abonnentar, men alle kan køyre inn",
            ),
            (
                "Systematisk monitorering",
                "X",
                "",
                "",
                "Kamera og skiltlesing ved inn- og utkøyring",
            ),
            ("Sensitive opplysningar", "", "X", "", ""),
            ("Behandling i stor skala", "", "", "X", "Ca. 40 000 passeringar i året"),
            ("Samanstilling av datasett", "", "", "X", "Skilt vert kopla mot abonnementsregister"),
            ("Sårbare registrerte", "", "X", "", ""),
            ("Innovativ bruk av teknologi", "", "X", "", ""),
            ("Hindrar registrerte i å utøve ein rett", "", "X", "", ""),
        ),
        "Utfylt av: Geir Ove Rysjedal, driftsleiar Fjellvik gjenvinningsstasjon, 01.12.2026",
    )
    mail = txt(
        """
        Hei

        Vi skal setje opp kamera med automatisk skiltattkjenning ved bommen på Fjellvik gjenvinningsstasjon frå februar. Næringskundar med abonnement skal få opna bommen automatisk, og vi vil ha bilete av køyretøy som dumpar avfall utanfor opningstida.

        Eg har fylt ut sjekklista vår (vedlagt), og to kriterium er delvis oppfylte og eitt er oppfylt. Spørsmålet mitt er om vi då må gjere ein full DPIA, og om vi i tilfelle må sende han til dykk for førehandsdrøfting før vi set opp kameraa? Leverandøren seier at andre kommunar ikkje har gjort det.

        Personvernombodet vårt er i foreldrepermisjon, så eg prøver dykk direkte.

        Helsing
        Geir Ove Rysjedal
        driftsleiar, Fjellvik gjenvinningsstasjon
        Fjellvik kommune, Teknisk drift
        tlf 948 66 210
        """
    )
    msg = message(
        "c041",
        "Geir Ove Rysjedal <geir.ove.rysjedal@fjellvik.kommune.no>",
        "Spørsmål om DPIA og førehandsdrøfting – kamera gjenvinningsstasjon",
        when(12, 3, 8, 41),
        mail,
        attachments=[("Sjekkliste_PV-03_gjenvinningsstasjon.docx", to_docx(sjekk))],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "nonrequest_question",
            "checklist_ja_nei_delvis",
            "dpia_not_started",
            "camera",
        ),
        "none",
        False,
        "unspecified",
        "not a request: a driftsleiar asks whether a DPIA and prior consultation are needed, with the municipality's DPIA screening checklist (Ja/Nei/Delvis) attached; no DPIA. Parts as they are: 1 missing (sender only, the DPO is on leave and not named), 2 missing (two sentences in the mail and a checklist are no systematic description), 3–5 missing",
        missing=(1, 2, 3, 4, 5),
    )


# --- c002 / A002: digital heimeoppfølging, complete, approval as a delegated decision ----------


def c002() -> tuple:
    body = dpia(
        "Digital heimeoppfølging (DHO) av personar med kronisk sjukdom",
        [
            ("Behandling", "Digital heimeoppfølging med måleutstyr, app og oppfølgingssenter"),
            (
                "Eining",
                "Helse og omsorg, Fjellvik oppfølgingssenter (saman med Høgenes og Breidal)",
            ),
            ("Versjon / dato", "2.0 / 30.10.2026"),
            ("Saksnr.", "25/2210"),
        ],
        [
            (
                "Behandlingsansvarleg, kontaktperson",
                "Arve Hjelmeland, kommunalsjef helse og omsorg",
                "57 86 40 60",
                "arve.hjelmeland@fjellvik.kommune.no",
            ),
            DPO,
            (
                "Databehandlar, kontaktperson",
                "Lise Tangen, kundeansvarleg Helsebro AS",
                "22 41 90 37",
                "lise.tangen@helsebro.no",
            ),
            (
                "Prosjektleiar",
                "Hege Nordeide, sjukepleiar/prosjektleiar DHO",
                "57 86 40 77",
                "hege.nordeide@fjellvik.kommune.no",
            ),
        ],
        [
            (
                "Formål",
                "Følgje opp pasientar med KOLS, hjartesvikt og diabetes heime, slik at forverring vert oppdaga tidleg og innleggingar vert færre.",
                "Vidareføring av pilot 2024–2025 (18 pasientar) til ordinær drift (inntil 120).",
            ),
            (
                "Kven er dei registrerte?",
                "Pasientar over 18 år med vedtak om DHO, pårørande som kontaktpersonar, helsepersonell.",
                "Mange eldre, nokre med lite digital kompetanse.",
            ),
            (
                "Kva personopplysningar?",
                "Målingar (oksygenmetning, puls, blodtrykk, vekt, blodsukker), svar på symptomskjema, meldingar, videokonsultasjon, namn, fødselsnummer, fastlege.",
                "Helseopplysningar, art. 9.",
            ),
            (
                "Kjelder",
                "Pasienten sjølv via nettbrett og Bluetooth-måleutstyr; fastlege og spesialisthelseteneste (epikrise via Helsenett).",
                "",
            ),
            (
                "Mottakarar",
                "Sjukepleiarar i oppfølgingssenteret; fastlege ved avvik (melding via Helsenett). Samandrag journalførast i Profil.",
                "",
            ),
            (
                "Teknisk løysing og lagring",
                "Helsebro-plattforma (skytenest, datasenter i Noreg og Sverige), integrert med Profil og Norsk helsenett. Data vert lagra i 3 år etter avslutta oppfølging i plattforma; journal etter helselovgjevinga.",
                "Underleverandørar: Microsoft Azure (Norway East, Sweden Central).",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav c og e og art. 9 nr. 2 bokstav h; helse- og omsorgstenestelova § 3-1, pasientjournallova § 6.",
                "",
            ),
            (
                "Kvifor høg risiko?",
                "Helseopplysningar i stor skala, sårbare pasientar, ny teknologi med automatiske varsel (trafikklys) som styrer kven som får hjelp.",
                "",
            ),
        ],
        [
            (
                "Er behandlinga naudsynt for formålet?",
                "Ja. Piloten gav 38 % færre akutte innleggingar. Oppfølginga krev at målingane vert sende dagleg.",
                "Evalueringsrapport 2025.",
            ),
            (
                "Kva alternativ er vurderte?",
                "Telefonoppfølging og heimebesøk (for ressurskrevjande), ein enklare app utan integrasjon (gjev dobbeltføring og fleire feil).",
                "",
            ),
            (
                "Dataminimering",
                "Berre målingar som er avtalte i individuell plan. Ingen GPS, ingen aktivitetsdata.",
                "",
            ),
            (
                "Lagringstid",
                "3 år i plattforma etter avslutning (for klagesaker), deretter sletting.",
                "",
            ),
            (
                "Informasjon til dei registrerte",
                "Samtale ved oppstart, skriftleg informasjon og video på nettbrettet, personvernerklæring på nettsida.",
                "",
            ),
            (
                "Innsyn, retting, sletting",
                "Pasienten ser eigne målingar i appen; innsyn i journal etter pasientjournallova.",
                "",
            ),
            (
                "Samtykke / reservasjon",
                "Deltaking er frivillig; pasienten kan avslutte når som helst og få vanleg oppfølging.",
                "",
            ),
        ],
        [
            (
                "R1",
                "Automatisk trafikklys-varsel feilklassifiserer forverring, pasient får ikkje hjelp",
                "3",
                "5",
                "15 Høg",
                "Sjukepleiar ser alle målingar kvar dag, ikkje berre raude; terskel individuelt sett av lege",
                "10 Middels",
                "Fagleiar DHO",
            ),
            (
                "R2",
                "Uautorisert tilgang til helseopplysningar i plattforma",
                "2",
                "5",
                "10 Middels",
                "ID-porten/BankID for pasient, HelseID for tilsette, tilgangsstyring, loggkontroll",
                "5 Låg",
                "IT-leiar",
            ),
            (
                "R3",
                "Overføring til tredjeland via underleverandør",
                "2",
                "4",
                "8 Middels",
                "Data berre i EØS, avtalefesta, kryptering med kommunen sin nøkkel",
                "4 Låg",
                "Personvernombod",
            ),
            (
                "R4",
                "Pasient forstår ikkje kva som vert delt, og kjenner seg pressa til å delta",
                "3",
                "3",
                "9 Middels",
                "Frivilligheit understreka, lettlest informasjon, pårørande med i oppstartssamtale",
                "6 Låg",
                "Fagleiar DHO",
            ),
            (
                "R5",
                "Pårørande ser opplysningar pasienten ikkje vil dele (delt nettbrett)",
                "3",
                "3",
                "9 Middels",
                "PIN-kode i app, rettleiing",
                "6 Låg",
                "Fagleiar DHO",
            ),
        ],
        [
            (
                "Berre manuell vurdering utan trafikklys",
                "Kapasiteten i oppfølgingssenteret held ikkje til 120 pasientar utan prioritering.",
            ),
            (
                "Lagring berre i Noreg",
                "Leverandøren nyttar Sweden Central som sekundær region; vurdert som akseptabelt innanfor EØS.",
            ),
        ],
        (
            "Ragnhild Vatne, kommunedirektør (delegert vedtak DS 114/26)",
            "03.11.2026",
            "Sjå vedlagt vedtak",
        ),
        "Handsama i leiargruppa 13.10.2026 og 27.10.2026. Restrisikoen for R1 er høgare enn akseptkriteriet (8), og kommunedirektøren har vedteke å be om førehandsdrøfting.",
    )
    vedtak = doc(
        "# Fjellvik kommune – Delegert vedtak",
        "Sak 25/2210 – DS 114/26 – 03.11.2026",
        "## Digital heimeoppfølging – godkjenning av DPIA og førehandsdrøfting",
        "Kommunedirektøren har gått gjennom vurderinga av personvernkonsekvensar for digital heimeoppfølging, versjon 2.0 av 30.10.2026, med innspel frå personvernombodet (notat 28.10.2026) og frå brukarrådet og tillitsvalde (møte 20.10.2026).",
        "Vedtak: DPIA versjon 2.0 vert godkjend. Restrisikoen knytt til automatisk prioritering av varsel (R1) er vurdert som middels og over kommunen sitt akseptkriterium. Kommunen vil likevel vidareføre tenesta, og det skal bedast om førehandsdrøfting med Datatilsynet. Utviding frå 18 til 120 pasientar ventar til Datatilsynet har svart.",
        "Ragnhild Vatne, kommunedirektør. Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.",
    )
    mail = txt(
        """
        Til Datatilsynet

        Fjellvik kommune ber om førehandsdrøfting etter GDPR art. 36 for utvida bruk av digital heimeoppfølging (DHO). DPIA versjon 2.0 og kommunedirektøren sitt delegerte vedtak ligg ved. Kontaktinformasjon til kontaktperson, personvernombod og databehandlar står i tabell 1 i DPIA-en.

        Kort om kvifor: automatisk prioritering av varsel (trafikklys) kan gjere at pasientar får hjelp for seint, og restrisikoen er over akseptkriteriet vårt sjølv etter tiltak.

        """
    )
    msg = message(
        "c002",
        SENDER,
        "Anmodning om førehandsdrøfting: Digital heimeoppfølging (sak 25/2210)",
        when(11, 9, 9, 27),
        mail + SIGN,
        attachments=[
            ("DPIA_DHO_v2.0.docx", to_docx(body)),
            ("Vedtak_DS_114-26.pdf", to_pdf(vedtak, "Delegert vedtak DS 114/26")),
        ],
        cc="personvernombod@fjellvik.kommune.no",
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "form_docx_3col",
            "contacts_row_per_role",
            "processor_contact_table",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_block_filled",
            "part5_decision_letter_pdf",
            "cover_letter_body",
            "health_data",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; same template as A001, approval block points to the attached delegated decision of the chief executive (with stakeholder input named)",
    )


# --- c022 / A022: GPS-klokke demens, processor row still template text --------------------------


def c022() -> tuple:
    body = dpia(
        "Lokaliseringsteknologi (GPS-klokke) for heimebuande personar med demens",
        [
            ("Behandling", "GPS-klokke med geogjerde og varsling til pårørande og heimetenesta"),
            ("Eining", "Helse og omsorg, demensteamet"),
            ("Versjon / dato", "1.1 / 11.11.2026"),
            ("Saksnr.", "26/1319"),
        ],
        [
            (
                "Behandlingsansvarleg, kontaktperson",
                "Arve Hjelmeland, kommunalsjef helse og omsorg",
                "57 86 40 60",
                "arve.hjelmeland@fjellvik.kommune.no",
            ),
            DPO,
            (
                "Databehandlar, kontaktperson",
                "[Namn, telefon og e-post til kontaktperson hos databehandlar]",
                "",
                "",
            ),
            (
                "Prosjektleiar",
                "Randi Myklebust, demenskoordinator",
                "57 86 40 85",
                "randi.myklebust@fjellvik.kommune.no",
            ),
        ],
        [
            (
                "Formål",
                "Gje personar med demens høve til å gå turar åleine lenger, og finne dei raskt om dei går seg bort.",
                "",
            ),
            (
                "Kven er dei registrerte?",
                "Heimebuande med demensdiagnose (anslag 25 personar), pårørande som mottek varsel.",
                "Mange utan samtykkekompetanse.",
            ),
            (
                "Kva personopplysningar?",
                "Posisjon kvart 5. minutt når klokka er utanfor heimen, geogjerde, alarm-knapp, batteristatus, namn og kontaktpersonar. Helseopplysning (diagnose) i vedtaket.",
                "",
            ),
            ("Kjelder", "GPS-klokka; vedtak i Profil.", ""),
            (
                "Mottakarar",
                "Inntil 3 pårørande og heimetenesta ser posisjon i appen ved varsel. Tryggleiksalarmsentralen i Breidal ved alarm.",
                "",
            ),
            (
                "Teknisk løysing og lagring",
                "Klokke og app frå leverandøren Tryggspor AS; posisjonsdata på plattform i EU (Irland). Posisjonshistorikk 7 dagar.",
                "Databehandlaravtale er under forhandling.",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav e, art. 9 nr. 2 bokstav h, helse- og omsorgstenestelova § 3-1, pasient- og brukarrettslova § 4-6 a.",
                "",
            ),
            (
                "Kvifor høg risiko?",
                "Sporing av sårbare personar, ofte utan eige samtykke; posisjonsdata delt med pårørande.",
                "",
            ),
        ],
        [
            (
                "Er behandlinga naudsynt for formålet?",
                "Ja. Alternativet for fleire er låst dør eller flytting til institusjon.",
                "To leiteaksjonar i 2025.",
            ),
            (
                "Kva alternativ er vurderte?",
                "Døralarm (hindrar ikkje at personen går seg bort), følgje av tilsett (ikkje kapasitet), tryggleiksalarm utan GPS.",
                "",
            ),
            (
                "Dataminimering",
                "Posisjon vert berre sendt når klokka er utanfor geogjerdet eller ved alarm. Pårørande ser ikkje historikk.",
                "",
            ),
            ("Lagringstid", "7 dagar posisjonshistorikk, deretter automatisk sletting.", ""),
            (
                "Informasjon til dei registrerte",
                "Samtale med bruker og pårørande, lettlest brosjyre, informasjon i vedtak.",
                "",
            ),
            ("Innsyn, retting, sletting", "Via tenestekontoret; loggutskrift.", ""),
            (
                "Samtykke / reservasjon",
                "Samtykke der brukar kan; ellers vedtak etter § 4-6 a. Evaluering kvar 3. månad.",
                "",
            ),
        ],
        [
            (
                "R1",
                "Pårørande brukar sporinga til kontroll utover formålet",
                "3",
                "4",
                "12 Middels",
                "Pårørande ser berre posisjon ved varsel, signerer erklæring",
                "8 Middels",
                "Demenskoordinator",
            ),
            (
                "R2",
                "Tiltaket vert brukt utan gyldig vedtak",
                "2",
                "4",
                "8 Middels",
                "Rutine og sjekkliste i Profil",
                "4 Låg",
                "Einingsleiar",
            ),
            (
                "R3",
                "Uautorisert tilgang til posisjonsdata hos leverandør",
                "2",
                "5",
                "10 Middels",
                "Krav om kryptering, MFA i app, avtalefesta loggkontroll",
                "6 Låg",
                "IT-leiar",
            ),
            (
                "R4",
                "Brukaren opplever krenking av integritet og fridom",
                "4",
                "4",
                "16 Høg",
                "Individuell vurdering, minst inngripande innstilling, evaluering",
                "12 Middels",
                "Kommunalsjef",
            ),
        ],
        [
            (
                "Kontinuerleg sporing med full historikk for heimetenesta",
                "For inngripande; ikkje naudsynt for formålet.",
            ),
            ("Leverandør med lagring i Noreg", "Ingen tilbydar i anbodet hadde det."),
        ],
        ("Arve Hjelmeland, kommunalsjef helse og omsorg", "12.11.2026", "Signert"),
        "Handsama i leiargruppa 10.11.2026, sak 80/26: DPIA godkjend, leiargruppa vil gå vidare og ber om førehandsdrøfting fordi R4 ikkje kan reduserast meir.",
    )
    mail = txt(
        """
        Hei

        Vedlagt følgjer anmodning om førehandsdrøfting for bruk av GPS-klokker for heimebuande med demens i Fjellvik. DPIA-en er godkjend av kommunalsjefen etter handsaming i leiargruppa 10. november (sjå punkt 5).

        Leverandøren er Tryggspor AS. Vi har ikkje fått namn på kontaktperson der enno, det kjem når databehandlaravtalen er ferdig forhandla.

        """
    )
    msg = message(
        "c022",
        SENDER,
        "Førehandsdrøfting GPS-klokker demens",
        when(11, 25, 13, 55),
        mail + SIGN,
        attachments=[("DPIA GPS-klokke demens v1.1.docx", to_docx(body))],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "form_docx_3col",
            "contacts_row_per_role",
            "template_text_in_answer_cell",
            "p1_processor_named_no_contact",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_block_filled",
            "part5_minutes_line_in_dpia",
            "location_tracking",
            "health_data",
        ),
        "none",
        True,
        "used",
        "part 1 missing: the processor row of the contact table still holds the template instruction; the processor (Tryggspor AS) is named in the description and the mail says its contact will come later. Parts 2–5 present (approval block filled, management group decision cited)",
        missing=(1,),
    )


# --- c042 / A042: DPIA sent «til orientering», not a request -----------------------------------


def c042() -> tuple:
    body = dpia(
        "Nytt journalsystem for helsestasjon og skulehelseteneste",
        [
            (
                "Behandling",
                "Elektronisk journal for helsestasjon, skulehelseteneste og helsestasjon for ungdom",
            ),
            ("Eining", "Helse og omsorg, Helsestasjonen"),
            ("Versjon / dato", "1.0 / 01.12.2026"),
            ("Saksnr.", "26/0955"),
        ],
        [
            (
                "Behandlingsansvarleg, kontaktperson",
                "Anne Grete Kvamme, leiar helsestasjonen",
                "57 86 40 90",
                "anne.grete.kvamme@fjellvik.kommune.no",
            ),
            DPO,
            (
                "Databehandlar, kontaktperson",
                "Jon Arild Holm, Journalia AS",
                "+47 73 80 22 10",
                "jon.arild.holm@journalia.no",
            ),
            (
                "Prosjektleiar",
                "Torbjørn Eide Lunde",
                "474 18 902",
                "torbjorn.lunde@fjellvik.kommune.no",
            ),
        ],
        [
            (
                "Formål",
                "Erstatte utgått journalsystem med skybasert journal med kopling til Helsenorge og nasjonal vaksinasjonsregistrering (SYSVAK).",
                "",
            ),
            (
                "Kven er dei registrerte?",
                "Born 0–20 år og foreldra deira, om lag 2 600 personar.",
                "",
            ),
            (
                "Kva personopplysningar?",
                "Journalopplysningar, vekst, vaksinar, helsesamtalar, bekymringsmeldingar.",
                "Art. 9.",
            ),
            ("Kjelder", "Helsepersonell, foreldre, fødeavdeling (melding), SYSVAK.", ""),
            (
                "Mottakarar",
                "Helsepersonell med tenestleg behov, fastlege, barnevern ved lovpålagd melding.",
                "",
            ),
            (
                "Teknisk løysing og lagring",
                "Journalia Sky, drift i Noreg. Lagring etter pasientjournallova.",
                "",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav c, art. 9 nr. 2 bokstav h, pasientjournallova § 6, forskrift om helsestasjons- og skulehelsetenesta.",
                "",
            ),
            (
                "Kvifor høg risiko?",
                "Opplysningar om born; etter tiltak vurderer vi risikoen som akseptabel.",
                "",
            ),
        ],
        [
            ("Er behandlinga naudsynt for formålet?", "Ja, lovpålagd journalføring.", ""),
            (
                "Kva alternativ er vurderte?",
                "Vidare bruk av gammalt system (ikkje lenger støtta), felles system med fastlegane (ikkje mogleg).",
                "",
            ),
            (
                "Dataminimering",
                "Malverk utan fritekst der det ikkje trengst; ungdom over 16 år styrer foreldretilgang.",
                "",
            ),
            ("Lagringstid", "Etter pasientjournallova og arkivlova.", ""),
            (
                "Informasjon til dei registrerte",
                "Personvernerklæring, informasjon ved første konsultasjon.",
                "",
            ),
            (
                "Innsyn, retting, sletting",
                "Innsyn via Helsenorge for foreldre (born under 12) og ungdom over 16 år.",
                "",
            ),
            (
                "Samtykke / reservasjon",
                "Ikkje samtykke; sperring av opplysningar for foreldre etter pasient- og brukarrettslova § 3-4.",
                "",
            ),
        ],
        [
            (
                "R1",
                "Foreldre får innsyn i opplysningar ungdom 12–16 år har bede om å halde skjult",
                "3",
                "4",
                "12 Middels",
                "Sperrefunksjon testa, rutine for vurdering",
                "6 Låg",
                "Leiar helsestasjon",
            ),
            (
                "R2",
                "Uautorisert oppslag frå tilsette",
                "2",
                "4",
                "8 Middels",
                "Rollebasert tilgang, loggkontroll kvar månad",
                "4 Låg",
                "Leiar helsestasjon",
            ),
            (
                "R3",
                "Brot på konfidensialitet hos leverandør",
                "1",
                "5",
                "5 Låg",
                "ISO 27001, databehandlaravtale, revisjon",
                "5 Låg",
                "IT-leiar",
            ),
        ],
        [("Lokal drift", "Kommunen har ikkje eigne serverrom etter 2025.")],
        ("Ragnhild Vatne, kommunedirektør", "02.12.2026", "Signert elektronisk"),
        "Handsama i leiargruppa 01.12.2026, sak 88/26: DPIA godkjend, restrisiko akseptert.",
    )
    mail = txt(
        """
        Til orientering.

        Fjellvik kommune har gjennomført vurdering av personvernkonsekvensar for nytt journalsystem i helsestasjonen og skulehelsetenesta. Restrisikoen er etter tiltak vurdert som låg, og leiargruppa har godkjent DPIA-en. Vi ber difor ikkje om førehandsdrøfting, men sender dokumentet til dykk til orientering fordi leverandøren har opplyst at fleire kommunar har fått spørsmål om dette.

        Sjå gjerne gjennom det, og gje oss beskjed om de meiner vi har vurdert noko feil.

        """
    )
    msg = message(
        "c042",
        SENDER,
        "Til orientering: DPIA journalsystem helsestasjon",
        when(12, 8, 11, 20),
        mail + SIGN,
        attachments=[("DPIA_journal_helsestasjon_v1.0.docx", to_docx(body))],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "nonrequest_dpia_for_information",
            "prior_consultation_declined",
            "form_docx_3col",
            "contacts_row_per_role",
            "processor_contact_table",
            "risk_matrix_table",
            "approval_block_filled",
            "children",
            "health_data",
        ),
        "none",
        False,
        "used",
        "not a request: a complete, approved DPIA sent «til orientering», the municipality says residual risk is low and it does not ask for prior consultation. Parts as they are: all five present",
    )
