"""Sender E: Vestvik fylkeskommune (county council as school owner, 14 upper secondary schools), nynorsk.

The county's Word template «DPIA for digitale verktøy i vidaregåande opplæring»: Del A contact
fields as label | value rows, Del B description (spørsmål | svar), Del C a checklist of the
privacy principles with Ja / Nei / Delvis columns and a comment column, Del D the risk matrix and
measures not taken, Del E «Godkjent av / Dato / Signatur». Once the request is a letter in the
mail body only. The senior adviser for digital learning sends the mails.
"""

# ruff: noqa: E501

from __future__ import annotations

from forms import doc, tbl
from kit import Label, message, to_docx, to_pdf, txt, when

TOPICS = {
    "c009": "digital eksamensovervaking for privatistar",
    "c029": "læringsanalyse med varsel om fråfallsrisiko",
    "c049": "fråværsføring med posisjonsbasert innsjekk",
    "c010": "klasseromsstyring med innsyn i elevskjermar",
    "c030": "KI-chat (språkmodell) for elevar",
    "c050": "oppfølgingstenesta med registerkopling mot NAV og folkeregisteret",
}

SENDER = "Kjersti Myrmel Hauge <kjersti.myrmel.hauge@vestvikfk.no>"
SIGN = "\n" + txt(
    """
    Med venleg helsing

    Kjersti Myrmel Hauge
    seniorrådgjevar, digital læring
    Opplæring og kompetanse | Vestvik fylkeskommune
    Telefon 71 25 80 34 | Mobil 412 66 870
    Fylkeshuset, Strandvegen 20, 6100 Vestvik | org.nr. 921 870 334
    """
)
DPO = ("Olav Tverberg", "71 25 80 10 / 907 55 318", "personvernombod@vestvikfk.no")
KMH = ("Kjersti Myrmel Hauge, seniorrådgjevar", "412 66 870", "kjersti.myrmel.hauge@vestvikfk.no")
CHECK_HEAD = ("Personvernprinsipp / krav", "Ja", "Nei", "Delvis", "Kommentar")


def kontakt(
    kp: tuple[str, str, str], dpo: tuple[str, str, str], db: tuple[str, str, str] | None
) -> str:
    rows = [
        ("Felt", "Utfylling"),
        ("Behandlingsansvarleg", "Vestvik fylkeskommune v/ fylkesdirektør for opplæring"),
        ("Kontaktperson – namn", kp[0]),
        ("Kontaktperson – telefon", kp[1]),
        ("Kontaktperson – e-post", kp[2]),
        ("Personvernombod – namn", dpo[0]),
        ("Personvernombod – telefon", dpo[1]),
        ("Personvernombod – e-post", dpo[2]),
    ]
    if db is None:
        rows.append(("Databehandlar", "Ingen – intern behandling"))
    else:
        rows += [
            ("Databehandlar – kontaktperson", db[0]),
            ("Databehandlar – telefon", db[1]),
            ("Databehandlar – e-post", db[2]),
        ]
    return tbl(*rows)


def check(*rows: tuple[str, str, str]) -> str:
    """Checklist rows (prinsipp, svar Ja/Nei/Delvis, kommentar) with a cross in the right column."""
    out = [CHECK_HEAD]
    for prinsipp, svar, kommentar in rows:
        marks = ["X" if svar == s else "" for s in ("Ja", "Nei", "Delvis")]
        out.append((prinsipp, *marks, kommentar))
    return tbl(*out)


def dpia(
    title: str,
    verktoy: str,
    kontakt_tbl: str,
    skildring: list[tuple[str, str]],
    sjekk: str,
    risiko: list[tuple[str, ...]],
    ikkje: list[tuple[str, str]],
    godkjent: tuple[str, str, str],
    note: str,
) -> str:
    return doc(
        "# DPIA for digitale verktøy i vidaregåande opplæring",
        f"## {title}",
        f"Verktøy/leverandør: {verktoy}",
        "Mal: Vestvik fylkeskommune, opplæring, v3 (2025). Del C skal fyllast ut med kryss og kommentar på alle linjer.",
        "# Del A Kontaktinformasjon",
        kontakt_tbl,
        "# Del B Systematisk skildring",
        tbl(("Spørsmål", "Svar"), *skildring),
        "# Del C Naudsyn, proporsjonalitet og rettar",
        sjekk,
        "# Del D Risikovurdering",
        "S = sannsynlegheit, K = konsekvens (1–4). Risiko = S x K. Akseptabelt: 1–4 (grøn). 6–8 gul. 9–16 raud.",
        tbl(
            ("ID", "Trussel/hending", "S", "K", "Risiko", "Tiltak", "Restrisiko", "Eigar"), *risiko
        ),
        "## Tiltak vurdert, men ikkje gjennomført",
        tbl(("Tiltak", "Grunngjeving"), *ikkje),
        "# Del E Godkjenning",
        tbl(("Godkjent av", "Dato", "Signatur"), godkjent),
        note,
    )


# --- c009 / E009: proctoring for privatistar, complete ----------------------------------------


def c009() -> tuple:
    body = dpia(
        "Digital eksamensovervaking (proctoring) ved heimeeksamen for privatistar",
        "ProctorNord AS, «ProctorNord Exam»",
        kontakt(
            KMH,
            DPO,
            (
                "Vegard Lium, kundeansvarleg ProctorNord AS",
                "22 90 41 66",
                "vegard.lium@proctornord.no",
            ),
        ),
        [
            (
                "Formål",
                "Gjennomføre skriftleg privatisteksamen i utvalde fag som heimeeksamen med kontroll av identitet og hindring av fusk, slik at privatistar i distrikta slepp lang reise.",
            ),
            (
                "Registrerte",
                "Privatistar (om lag 1 100 eksamenar/år, 16 år og eldre), eksamensvakter.",
            ),
            (
                "Personopplysningar",
                "Namn, kandidatnummer, fødselsnummer, bilete av ID-dokument, ansiktsbilete, video og lyd av kandidaten og rommet under eksamen, skjermopptak, logg over nettlesaraktivitet, flagg for mistenkeleg åtferd.",
            ),
            (
                "Kjelder",
                "Kandidaten (webkamera, mikrofon, skjerm, ID-dokument), PAS/PGS (oppmelding).",
            ),
            (
                "Mottakarar",
                "Eksamenskontoret; sensorar får ikkje video. Ved mistanke om fusk: saksbehandlar og klagenemnd.",
            ),
            (
                "Teknisk løysing og lagring",
                "ProctorNord-nettlesar (lokalt program), videostraum til ProctorNord (drift i Noreg, Digiplex). Video og skjermopptak lagrast 21 dagar etter sensur, ved fuskesak til saka er avslutta.",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav e; opplæringslova § 23-1 (eksamen), forskrift til opplæringslova kap. 3. Biometri vert ikkje nytta til identifisering (manuell samanlikning av ID).",
            ),
            (
                "Kvifor høg risiko",
                "Overvaking av privat heim, video og lyd av tredjepersonar, vurdering av åtferd, konsekvens for vitnemål.",
            ),
        ],
        check(
            ("Formålet er klart og avgrensa", "Ja", "Berre kontroll av ID og fusk under eksamen."),
            (
                "Behandlinga er naudsynt; mindre inngripande alternativ er vurderte",
                "Ja",
                "Alternativ: eksamen på skule (lang reise for 38 % av kandidatane), lokal eksamensvakt i kommunen (prøvd 2024, ikkje kapasitet). Heimeeksamen er frivillig – kandidaten kan velje skule.",
            ),
            (
                "Dataminimering",
                "Delvis",
                "Romskanning berre ved start, ikkje kontinuerleg; ingen automatisk fuskeavgjerd. Lyd er med fordi hjelp over telefon er den vanlegaste fuskeforma.",
            ),
            ("Lagringstida er fastsett", "Ja", "21 dagar etter sensur; lengre berre ved fuskesak."),
            (
                "Elevar/kandidatar får informasjon før behandlinga",
                "Ja",
                "Informasjon ved oppmelding, video om korleis det fungerer, testeksamen.",
            ),
            (
                "Innsyn, retting og klage er sikra",
                "Ja",
                "Kandidaten får sjå opptak ved fuskesak, og kan klage etter forvaltningslova.",
            ),
            (
                "Automatiserte avgjerder vert ikkje tekne",
                "Ja",
                "Flagg vert alltid vurderte av to tilsette.",
            ),
            (
                "Føresette er involverte for kandidatar under 18",
                "Ja",
                "Føresette får kopi av informasjonen.",
            ),
        ),
        [
            (
                "R1",
                "Video fangar andre i heimen (born, partnar) og private forhold",
                "3",
                "3",
                "9",
                "Krav om eige rom, rettleiing, romskanning berre ved start, vakter tek ikkje opptak av andre",
                "6",
                "Eksamenskontoret",
            ),
            (
                "R2",
                "Uriktig fuskemistanke frå automatisk flagg",
                "3",
                "4",
                "12",
                "To tilsette vurderer, kandidaten får uttale seg",
                "6",
                "Fylkesdirektør opplæring",
            ),
            (
                "R3",
                "Programvaren gir leverandøren tilgang til meir på maskina enn naudsynt",
                "2",
                "4",
                "8",
                "Sikkerheitstest av nettlesaren (ekstern, 09/2026), avinstallering etter eksamen",
                "4",
                "IT-sjef",
            ),
            (
                "R4",
                "Kandidatar med funksjonsnedsetjing vert flagga oftare",
                "3",
                "3",
                "9",
                "Tilrettelegging registrert på førehand, flagg ignorert for avtalte pausar",
                "6",
                "Eksamenskontoret",
            ),
        ],
        [
            (
                "Automatisk ansiktsgjenkjenning ved ID-kontroll",
                "Ikkje naudsynt; manuell kontroll vald.",
            ),
            (
                "Fjerne lydopptak",
                "Ville opne for den vanlegaste fuskeforma; lyd berre lagra ved flagg.",
            ),
        ],
        (
            "Solveig Brekke Aasen, fylkesdirektør opplæring og kompetanse",
            "28.10.2026",
            "Godkjent, sjå protokoll",
        ),
        "Handsama i leiarmøtet i opplæring 14.10.2026 og 28.10.2026. Sjå vedlagt protokoll.",
    )
    prot = doc(
        "# Vestvik fylkeskommune – Protokoll",
        "Leiarmøte opplæring og kompetanse, 28.10.2026. Til stades: Solveig Brekke Aasen (fylkesdirektør), Halvard Næss (eksamenssjef), Liv Eide (seksjonsleiar digital læring), Trond Rognskog (IT-sjef). Personvernombod Olav Tverberg deltok i sak 37/26.",
        "## Sak 37/26 Digital eksamensovervaking for privatistar – DPIA",
        "Presentasjon: Eksamenssjefen presenterte DPIA-en og endringane etter møtet 14.10.2026 (romskanning berre ved start, to tilsette vurderer flagg). Elevorganisasjonen og Privatistforbundet har gitt skriftlege innspel (del av saksframlegget); dei er uroa for overvaking i heimen, men støttar at ordninga er frivillig. Personvernombodet meiner restrisikoen framleis er høg og rår til førehandsdrøfting.",
        "Vedtak: DPIA-en vert godkjend. Ordninga skal ikkje takast i bruk før Datatilsynet har gitt tilbakemelding i førehandsdrøfting. Seksjon for digital læring sender anmodninga.",
        "Referent: Liv Eide",
    )
    mail = txt(
        """
        Til Datatilsynet

        Vestvik fylkeskommune ber om førehandsdrøfting etter personvernforordninga art. 36 for digital eksamensovervaking (proctoring) ved heimeeksamen for privatistar. Vedlagt er DPIA i malen vår og protokoll frå leiarmøtet der DPIA-en vart godkjend.
        """
    )
    msg = message(
        "c009",
        SENDER,
        "Anmodning om førehandsdrøfting – digital eksamensovervaking",
        when(11, 5, 9, 3),
        mail + SIGN,
        attachments=[
            ("DPIA_proctoring_privatistar.docx", to_docx(body)),
            ("Protokoll_leiarmote_opplaering_2026-10-28.pdf", to_pdf(prot, "Protokoll 28.10.2026")),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_schools",
            "form_docx_label_value",
            "checklist_ja_nei_delvis",
            "processor_contact_table",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_block_filled",
            "part5_management_minutes_pdf",
            "camera",
            "exam",
        ),
        "none",
        True,
        "used",
        "complete; the county's Word template: contact fields as label|value rows, principle checklist with crosses in Ja/Nei/Delvis and a substantive comment on every line, risk matrix, approval block and minutes with stakeholder input",
    )


# --- c029 / E029: dropout prediction, approval block empty, committee in December ----------------


def c029() -> tuple:
    body = dpia(
        "Læringsanalyse med tidleg varsel om fråfallsrisiko",
        "Skuleadm IKS (drift av elevadministrativt system), modell utvikla av fylkeskommunen",
        kontakt(
            KMH,
            DPO,
            (
                "Rune Skjelstad, tenesteansvarleg Skuleadm IKS",
                "73 40 12 88",
                "rune.skjelstad@skuleadm.no",
            ),
        ),
        [
            (
                "Formål",
                "Finne elevar som står i fare for å slutte tidleg nok til at rådgjevar, kontaktlærar og oppfølgingsteneste kan tilby hjelp.",
            ),
            ("Registrerte", "Alle elevar i vidaregåande i fylket (om lag 9 400), 15–21 år."),
            (
                "Personopplysningar",
                "Fråvær, karakterar, standpunkt, anmerkingar, fagval, skulebyte, IOP/spesialundervisning (kan røpe helse), busett kommune, grunnskulepoeng. Risikoskår (låg/middels/høg).",
            ),
            (
                "Kjelder",
                "Elevadministrativt system (Skuleadm), læringsplattform (innleveringar, pålogging).",
            ),
            (
                "Mottakarar",
                "Kontaktlærar og rådgjevar ved eigen skule; oppfølgingstenesta for elevar som har slutta.",
            ),
            (
                "Teknisk løysing og lagring",
                "Modellen køyrer kvar veke i fylkeskommunen sitt dataplattformmiljø hos Skuleadm IKS (Noreg). Skår vert lagra for inneverande skuleår, deretter sletta.",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav e, art. 9 nr. 2 bokstav g; opplæringslova § 3-9 (oppfølgingsteneste), § 15-? rådgjeving, forskrift til opplæringslova kap. 22.",
            ),
            (
                "Kvifor høg risiko",
                "Profilering av mindreårige, samanstilling av datasett, sensitive opplysningar, fare for stigmatisering.",
            ),
        ],
        check(
            (
                "Formålet er klart og avgrensa",
                "Ja",
                "Tidleg hjelp; skåren skal ikkje brukast i vurdering, inntak eller disiplinærsaker.",
            ),
            (
                "Behandlinga er naudsynt; mindre inngripande alternativ er vurderte",
                "Delvis",
                "Alternativ: manuell vurdering av fråvær (i dag, treffer seint), berre fråværsvarsel (gjort, men fangar ikkje fagleg svikt). Modellen gav 4 veker tidlegare varsel i test.",
            ),
            (
                "Dataminimering",
                "Delvis",
                "Pålogging i læringsplattform teken ut etter test; IOP vert brukt som ja/nei.",
            ),
            ("Lagringstida er fastsett", "Ja", "Skår sletta ved skuleårsslutt."),
            (
                "Elevar og føresette får informasjon",
                "Ja",
                "Informasjon ved skulestart, i elevportalen og på foreldremøte.",
            ),
            (
                "Innsyn, retting og protest er sikra",
                "Ja",
                "Elevar kan sjå eigen skår og grunnane (topp 3 faktorar) i elevportalen og protestere etter art. 21.",
            ),
            (
                "Automatiserte avgjerder vert ikkje tekne",
                "Ja",
                "Skåren utløyser berre ein samtale.",
            ),
        ),
        [
            (
                "R1",
                "Elev vert stempla som 'høg risiko' og møtt med lågare forventningar",
                "3",
                "4",
                "12",
                "Skår berre synleg for rådgjevar og kontaktlærar, opplæring, ingen bruk i vurdering",
                "8",
                "Fylkesdirektør opplæring",
            ),
            (
                "R2",
                "Modellen slår skeivt ut for elevar frå enkelte kommunar eller med minoritetsbakgrunn",
                "3",
                "3",
                "9",
                "Bustadkommune grovdelt i region, test per gruppe kvart halvår",
                "6",
                "Seksjonsleiar digital læring",
            ),
            (
                "R3",
                "Opplysningar om IOP/helse vert spreidde",
                "2",
                "4",
                "8",
                "Berre ja/nei, tilgangsstyring",
                "4",
                "Rektor",
            ),
            (
                "R4",
                "Elevar vert ikkje informerte og kan ikkje protestere reelt",
                "2",
                "3",
                "6",
                "Informasjon, protestknapp i elevportalen",
                "4",
                "Personvernombod",
            ),
        ],
        [
            (
                "Samtykke frå elev/føresette",
                "Skjevt utval; dei som treng hjelp mest svarer minst. Protestrett i staden.",
            )
        ],
        ("", "", ""),
        "",
    )
    mail = txt(
        """
        Hei

        Vestvik fylkeskommune ber om førehandsdrøfting for læringsanalyse med tidleg varsel om fråfallsrisiko. DPIA ligg ved.

        Saka skal handsamast politisk i hovudutval for opplæring 9. desember, og vi sender vedtaket og godkjenninga frå fylkesdirektøren etter det. Vi sender no for å spare tid, sidan skulane ønskjer oppstart frå januar.
        """
    )
    msg = message(
        "c029",
        SENDER,
        "Førehandsdrøfting – læringsanalyse fråfall",
        when(11, 24, 14, 20),
        mail + SIGN,
        attachments=[("DPIA_laeringsanalyse_fraafall.docx", to_docx(body))],
        cc="personvernombod@vestvikfk.no",
    )
    return msg, Label(
        "nn",
        (
            "county_schools",
            "form_docx_label_value",
            "checklist_ja_nei_delvis",
            "processor_contact_table",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_block_empty",
            "part5_future_meeting",
            "part5_will_follow",
            "children",
            "profiling",
        ),
        "pgp_mime",
        True,
        "used",
        "part 5 missing: Del E «Godkjent av / Dato / Signatur» is an empty row and the mail says approval will come after the committee meeting on 9 December; parts 1–4 present (a legal reference with «§ 15-?» left unfinished in the description, not decisive)",
        missing=(5,),
    )


# --- c049 / E049: geo check-in attendance, letter in the body only --------------------------------


def c049() -> tuple:
    body = txt(
        """
        Til Datatilsynet

        ANMODNING OM FØREHANDSDRØFTING – FRÅVÆRSFØRING MED POSISJONSBASERT INNSJEKK

        Vestvik fylkeskommune ber med dette om førehandsdrøfting etter personvernforordninga artikkel 36. Vi har i denne saka ikkje brukt DPIA-malen vår, fordi behandlinga vart vurdert i samband med ei politisk sak, og vi har samla vurderinga i dette brevet.

        1. KONTAKTINFORMASJON
        Kontaktperson: Kjersti Myrmel Hauge, seniorrådgjevar, tlf. 412 66 870, kjersti.myrmel.hauge@vestvikfk.no
        Personvernombod: Olav Tverberg, tlf. 907 55 318, personvernombod@vestvikfk.no
        Databehandlar: Oppmøte AS v/ Ingrid Sæle, tlf. 924 77 301, ingrid.saele@oppmote.no

        2. KVA BEHANDLINGA GÅR UT PÅ
        Fem vidaregåande skular ønskjer at elevar skal registrere oppmøte sjølve i appen «Oppmøte» i starten av kvar økt. Appen kontrollerer at telefonen er innanfor skulen sitt område (geogjerde rundt skulebygget) i det augneblinken eleven sjekkar inn. Registreringa går direkte inn i fråværsføringa i det elevadministrative systemet. Lærar kan overstyre.
        Registrerte er om lag 3 200 elevar (15–19 år). Opplysningane er namn, elev-ID, tidspunkt, om eleven var innanfor geogjerdet (ja/nei) og presisjonen på posisjonen. Koordinatar vert ikkje lagra. Kjelda er eleven sin telefon. Mottakarar er lærar, kontaktlærar og rådgjevar. Oppmøte AS driftar appen i Noreg (Azure Norway East) som databehandlar. Innsjekkdata vert sletta etter 30 dagar, fråværet lagrast som i dag. Grunnlaget er art. 6 nr. 1 bokstav e, opplæringslova § 3-3 og forskrift til opplæringslova § 3-47 (føring av fråvær). Høg risiko fordi det er posisjonsdata om mindreårige, systematisk i alle økter, og fordi fråvær har følgjer for vurdering.

        3. NAUDSYN OG PROPORSJONALITET
        Skulane brukar i dag mykje tid på manuell føring, og feilføring er hyppigaste klagegrunn. Vi har vurdert innsjekk med QR-kode på tavla (kan delast med elevar som ikkje er til stades, vart prøvd ved Havbrekke vgs) og berre manuell føring. Posisjonen vert berre kontrollert i innsjekkaugneblinken, ikkje kontinuerleg, og berre som ja/nei. Elevar utan eigna telefon eller som ikkje vil bruke appen, vert registrerte manuelt av lærar, utan at det får følgjer. Elevane og føresette får informasjon ved skulestart og i appen. Elevane ser alle eigne innsjekkar i appen og kan klage på fråvær etter forvaltningslova som i dag.

        4. RISIKOVURDERING
        R1 Appen vert oppfatta som overvaking og elevar kjenner seg pressa til å dele posisjon: sannsynleg (3), konsekvens middels (3), risiko 9. Tiltak: frivillig, manuell føring som likeverdig alternativ, berre ja/nei. Restrisiko 6.
        R2 Feil i posisjon gir feil fråvær (GPS-avvik innandørs): sannsynleg (3), konsekvens middels (3), risiko 9. Tiltak: lærar stadfestar, elev kan klage, toleranse 50 m. Restrisiko 6.
        R3 Leverandøren lagrar koordinatar likevel: lite sannsynleg (1), konsekvens stor (4), risiko 4. Tiltak: avtale, teknisk test av appen (sept. 2026). Restrisiko 4.
        R4 Data vert brukte til anna enn fråvær (t.d. kontroll i friminutt): lite sannsynleg (2), konsekvens stor (4), risiko 8. Tiltak: innsjekk berre i timeplanlagde økter, formålsavgrensing i rutine. Restrisiko 4.
        Vurdert, men ikkje gjennomført: Bluetooth-baken i klasseromma (dyrt og meir presis posisjon enn naudsynt) og innsjekk utan posisjon (gjev ingen kontroll, same som QR).

        5. POLITISK OG ADMINISTRATIV HANDSAMING
        Saka vart lagd fram for hovudutval for opplæring 12.11.2026 (PS 48/26) med DPIA-vurderinga over, uttale frå elevorganisasjonen (skeptisk) og fylkeselevrådet (delt) og tilråding frå fylkesdirektøren. Hovudutvalet gjorde slikt vedtak:
        «1. Hovudutval for opplæring sluttar seg til vurderinga av personvernkonsekvensar. 2. Ordninga skal vere frivillig for elevane, og manuell føring skal alltid vere eit likeverdig alternativ. 3. Fylkesdirektøren ber om førehandsdrøfting med Datatilsynet før ordninga vert teken i bruk.»
        Fylkesdirektør Solveig Brekke Aasen har godkjent vurderinga i samsvar med vedtaket (e-post 13.11.2026).

        """
    )
    msg = message(
        "c049",
        SENDER,
        "Anmodning om førehandsdrøfting – posisjonsbasert innsjekk (fråvær)",
        when(12, 1, 10, 48),
        body + SIGN,
    )
    return msg, Label(
        "nn",
        (
            "county_schools",
            "all_in_body",
            "headings_numbered",
            "contact_body_lines",
            "processor_contact_in_body",
            "risk_prose_likelihood_consequence",
            "part5_council_decision",
            "children",
            "location_tracking",
        ),
        "none",
        True,
        "used",
        "complete; a letter in the mail body only (no form), numbered sections, risk as prose with likelihood/consequence numbers, committee decision quoted with stakeholders and the director's approval",
    )


# --- c010 / E010: classroom screen monitoring, complete ----------------------------------------


def c010() -> tuple:
    body = dpia(
        "Klasseromsstyring med innsyn i elevskjermar",
        "ClassView Ltd (Cambridge, UK), «ClassView Cloud»",
        kontakt(
            KMH,
            DPO,
            (
                "Hannah Whitfield, Account Manager, ClassView Ltd",
                "+44 1632 960 418",
                "hannah.whitfield@classview.co.uk",
            ),
        ),
        [
            (
                "Formål",
                "Gje lærar oversikt over elevmaskinene i timen: sjå skjermbilete i miniatyr, opne/stengje nettsider, låse skjermar ved prøver, dele lærarskjerm.",
            ),
            ("Registrerte", "Alle elevar med fylkeskommunal elev-PC (om lag 9 000), lærarar."),
            (
                "Personopplysningar",
                "Skjermbilete i sanntid (kan vise private meldingar, helse, seksualitet), opne program og nettsider i timen, logg over lærarhandlingar (låsing, blokkering).",
            ),
            ("Kjelder", "Agent på elev-PC, timeplan frå Skuleadm."),
            ("Mottakarar", "Faglærar i timen. Ingen andre. ClassView som databehandlar."),
            (
                "Teknisk løysing og lagring",
                "Agent aktiv berre i timar eleven har med lærarpålogga gruppe (timeplanstyrt). Ingen opptak. Logg over lærarhandlingar 30 dagar. Skyteneste i EU (Dublin), support frå UK.",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav e; opplæringslova §§ 1-1, 2-3 og 3-? (ordensreglement), forskrift om ordensreglement.",
            ),
            (
                "Kvifor høg risiko",
                "Systematisk overvaking av mindreårige, innsyn i private skjermar, tredjeland (UK) for support.",
            ),
        ],
        check(
            (
                "Formålet er klart og avgrensa",
                "Ja",
                "Undervisning og prøveavvikling; ikkje bruk til disiplinærsaker utover det læraren ser i timen.",
            ),
            (
                "Behandlinga er naudsynt; mindre inngripande alternativ er vurderte",
                "Ja",
                "Nettfilter åleine (hindrar ikkje fusk), låsing utan skjermbilete (prøvd; lærarane ser ikkje kven som treng hjelp). Skjermbilete i miniatyr utan zoom er vald.",
            ),
            (
                "Dataminimering",
                "Ja",
                "Ingen opptak, ingen tastelogg, timeplanstyrt, elev ser varsel når læraren ser skjermen.",
            ),
            ("Lagringstida er fastsett", "Ja", "Ingen lagring av skjermbilete; logg 30 dagar."),
            (
                "Elevar og føresette får informasjon",
                "Ja",
                "Informasjon ved utlevering av PC, ikon på skjermen viser når innsyn er aktivt.",
            ),
            (
                "Innsyn, retting og protest er sikra",
                "Delvis",
                "Innsyn i logg via skulen; protest er ikkje praktisk mogleg i timen, men eleven kan bruke eigen PC i friminutt.",
            ),
            (
                "Tilsette er involverte",
                "Ja",
                "Drøfta med Utdanningsforbundet; lærarlogg vert ikkje brukt til kontroll av lærarar.",
            ),
        ),
        [
            (
                "R1",
                "Lærar ser private meldingar/helseopplysningar på elevskjerm",
                "3",
                "3",
                "9",
                "Varselikon, miniatyrvising, rutine om teieplikt, eleven lukkar private vindauge",
                "6",
                "Rektor",
            ),
            (
                "R2",
                "Innsyn utanfor undervisningstid",
                "2",
                "4",
                "8",
                "Teknisk timeplanstyring, agent av utanfor timar",
                "4",
                "IT-sjef",
            ),
            (
                "R3",
                "Tilgang frå UK ved support",
                "2",
                "3",
                "6",
                "Tilstrekkelegheitsvedtak, berre etter løyve frå IT, logg",
                "4",
                "Personvernombod",
            ),
            (
                "R4",
                "Elevane opplever konstant overvaking, læringsmiljøet vert dårlegare",
                "3",
                "3",
                "9",
                "Informasjon, evaluering med elevråd etter eitt år",
                "9",
                "Fylkesdirektør",
            ),
        ],
        [
            ("Samtykke frå kvar elev", "Ikkje frivillig i undervisningssituasjonen."),
            (
                "Berre låsing, ingen skjermvising",
                "Prøvd 2025; lærarar fann ikkje elevar som trong hjelp.",
            ),
        ],
        (
            "Solveig Brekke Aasen, fylkesdirektør opplæring og kompetanse",
            "04.11.2026",
            "Signert i Public 360",
        ),
        "Leiarmøtet i opplæring handsama DPIA-en 21.10.2026 (første gong) og 04.11.2026 (sak 40/26). Fylkeselevrådet og Utdanningsforbundet gav innspel. Vedtak: DPIA godkjend; restrisiko R4 er over akseptkriteriet, og fylkeskommunen ber om førehandsdrøfting før utrulling til alle skular.",
    )
    mail = txt(
        """
        Til Datatilsynet

        Vedlagt følgjer anmodning om førehandsdrøfting for klasseromsstyring med innsyn i elevskjermar i vidaregåande skular i Vestvik. DPIA-en med godkjenning (del E) ligg ved.
        """
    )
    msg = message(
        "c010",
        SENDER,
        "Anmodning om førehandsdrøfting – klasseromsstyring (skjerminnsyn)",
        when(11, 11, 8, 52),
        mail + SIGN,
        attachments=[("DPIA klasseromsstyring ClassView.docx", to_docx(body))],
    )
    return msg, Label(
        "nn",
        (
            "county_schools",
            "form_docx_label_value",
            "checklist_ja_nei_delvis",
            "processor_contact_table",
            "phone_foreign",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_block_filled",
            "part5_minutes_line_in_dpia",
            "children",
            "third_country_risk",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; Word template with checklist crosses and comments, UK processor with +44 contact, approval block filled with the management meeting's decision and stakeholders in a note under it",
    )


# --- c030 / E030: KI-chat, description cells still the template's guidance -----------------------


def c030() -> tuple:
    guide = "[Skildre kort. Bruk punktliste. Sjå rettleiinga på intranettet.]"
    body = dpia(
        "KI-chat (språkmodell) for elevar i vidaregåande",
        "Microsoft 365 Copilot Chat (elevlisens) via fylkeskommunen sin tenant",
        kontakt(
            KMH,
            DPO,
            (
                "Microsoft Ireland Operations Ltd v/ partnar Nordavind IT AS, Sverre Holt",
                "55 20 71 44",
                "sverre.holt@nordavind-it.no",
            ),
        ),
        [
            ("Formål", "Elevar skal få tilgang til KI-chat i undervisninga."),
            (
                "Registrerte",
                "[Kven er dei registrerte? Tal på registrerte? Er det sårbare grupper, t.d. born?]",
            ),
            (
                "Personopplysningar",
                "[Lista opp kategoriar personopplysningar. Merk særlege kategoriar (art. 9) og opplysningar om straffbare forhold (art. 10).]",
            ),
            ("Kjelder", guide),
            ("Mottakarar", guide),
            (
                "Teknisk løysing og lagring",
                "[Kvar vert opplysningane lagra, kor lenge, og kven driftar løysinga?]",
            ),
            ("Behandlingsgrunnlag", "Art. 6 nr. 1 bokstav e"),
            (
                "Kvifor høg risiko",
                "[Vis til Datatilsynet si liste over behandlingar som alltid krev DPIA.]",
            ),
        ],
        check(
            (
                "Formålet er klart og avgrensa",
                "Ja",
                "Bruk i undervisning etter lærar sitt opplegg; ikkje til vurdering av elevane.",
            ),
            (
                "Behandlinga er naudsynt; mindre inngripande alternativ er vurderte",
                "Delvis",
                "Elevane brukar allereie opne KI-tenester med private kontoar, utan avtale. Ein styrt teneste med databehandlaravtale er mindre inngripande enn dagens situasjon. Alternativ: forbod (lite realistisk), norsk teneste (for dyrt i 2026).",
            ),
            (
                "Dataminimering",
                "Delvis",
                "Ingen lagring av chat-historikk utover økta; elevar vert bedne om ikkje å skrive personopplysningar om seg sjølve eller andre.",
            ),
            (
                "Lagringstida er fastsett",
                "Ja",
                "Chat vert ikkje lagra etter økta (Enterprise data protection).",
            ),
            (
                "Elevar og føresette får informasjon",
                "Ja",
                "Undervisningsopplegg om KI og personvern før tilgang; informasjon til føresette.",
            ),
            (
                "Innsyn, retting og protest er sikra",
                "Delvis",
                "Elevar kan velje å ikkje bruke tenesta; alternativ oppgåve.",
            ),
            ("Aldersgrense er vurdert", "Ja", "Berre elevar over 16 år i første omgang (Vg2/Vg3)."),
        ),
        [
            (
                "R1",
                "Elevar legg inn sensitive opplysningar om seg sjølve eller andre",
                "4",
                "3",
                "12",
                "Opplæring, varsel i grensesnittet, ingen lagring",
                "9",
                "Rektor",
            ),
            (
                "R2",
                "Leverandøren brukar data til trening",
                "1",
                "4",
                "4",
                "Enterprise data protection, avtale",
                "4",
                "Personvernombod",
            ),
            (
                "R3",
                "Overføring til tredjeland (USA)",
                "2",
                "4",
                "8",
                "EU Data Boundary, DPF-sertifisering, SCC",
                "6",
                "Personvernombod",
            ),
            (
                "R4",
                "Feil svar frå KI påverkar vurdering av eleven",
                "3",
                "3",
                "9",
                "Ikkje bruk ved vurdering, lærar rettleier",
                "6",
                "Fylkesdirektør",
            ),
        ],
        [("Eiga KI-løysing i Noreg", "For dyrt og for tidleg (vurdert 2025).")],
        (
            "Solveig Brekke Aasen, fylkesdirektør opplæring og kompetanse",
            "19.11.2026",
            "Signert i Public 360",
        ),
        "Handsama i leiarmøtet i opplæring 05.11. og 19.11.2026 (sak 44/26) saman med fylkeselevrådet sitt innspel. Vedtak: DPIA godkjend; restrisiko R1 er raud, og fylkeskommunen ber om førehandsdrøfting.",
    )
    mail = txt(
        """
        Hei

        Her er DPIA og anmodning om førehandsdrøfting for KI-chat til elevar (Vg2 og Vg3). Godkjent av fylkesdirektøren, sjå del E.
        """
    )
    msg = message(
        "c030",
        SENDER,
        "Førehandsdrøfting KI-chat elevar",
        when(11, 26, 15, 31),
        mail + SIGN,
        attachments=[("DPIA KI-chat elevar v1.docx", to_docx(body))],
    )
    return msg, Label(
        "nn",
        (
            "county_schools",
            "form_docx_label_value",
            "checklist_ja_nei_delvis",
            "template_text_in_answer_cell",
            "processor_contact_table",
            "risk_matrix_table",
            "approval_block_filled",
            "part5_minutes_line_in_dpia",
            "children",
            "third_country_risk",
        ),
        "none",
        True,
        "used",
        "part 2 missing: Del B has one line of purpose and a legal basis; every other answer cell (data subjects, data, sources, recipients, storage, why high risk) still holds the template's bracketed guidance. Parts 1, 3, 4, 5 present (the checklist comments and risk matrix hint at the processing but do not describe it systematically)",
        missing=(2,),
    )


# --- c050 / E050: follow-up service register linkage, complete ----------------------------------


def c050() -> tuple:
    body = dpia(
        "Oppfølgingstenesta (OT) – registerkopling mot NAV og Folkeregisteret",
        "Ingen ekstern leverandør; Skuleadm IKS driftar elevregisteret",
        kontakt(
            (
                "Arild Bjørndal, leiar oppfølgingstenesta",
                "71 25 81 60 / 993 18 745",
                "arild.bjorndal@vestvikfk.no",
            ),
            DPO,
            (
                "Rune Skjelstad, tenesteansvarleg Skuleadm IKS",
                "73 40 12 88",
                "rune.skjelstad@skuleadm.no",
            ),
        ),
        [
            (
                "Formål",
                "Finne ungdom 16–21 år med rett til vidaregåande opplæring som verken er i opplæring eller arbeid, slik at OT kan kontakte dei og tilby hjelp (opplæringslova § 3-9).",
            ),
            (
                "Registrerte",
                "Ungdom 16–21 år busett i fylket som ikkje er registrerte som elevar/lærlingar (om lag 1 800 kvart år).",
            ),
            (
                "Personopplysningar",
                "Namn, fødselsnummer, adresse, kontaktinformasjon (KRR), om personen er registrert i NAV med ytingar (ja/nei, type tiltak), arbeidsforhold (ja/nei frå Aa-registeret), opplæringshistorikk.",
            ),
            (
                "Kjelder",
                "Folkeregisteret, Kontakt- og reservasjonsregisteret, NAV (utlevering etter avtale), Aa-registeret, elevregisteret.",
            ),
            (
                "Mottakarar",
                "Rådgjevarar i OT; NAV-kontor ved samarbeid med samtykke frå ungdommen.",
            ),
            (
                "Teknisk løysing og lagring",
                "Kopling to gonger i året i eige OT-modul i Skuleadm (Noreg). Ungdom som ikkje ønskjer oppfølging vert sletta frå OT-lista etter 6 månader; elles til fylte 21 år.",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav c og e; opplæringslova § 3-9 og forskrift kap. 13; utleveringsheimel for NAV i NAV-lova § 7 og avtale.",
            ),
            (
                "Kvifor høg risiko",
                "Samanstilling av register frå fleire styresmakter om unge, ofte sårbare personar; opplysningar om sosialhjelp/ytingar.",
            ),
        ],
        check(
            (
                "Formålet er klart og avgrensa",
                "Ja",
                "Berre å finne og kontakte ungdom med rett til OT.",
            ),
            (
                "Behandlinga er naudsynt; mindre inngripande alternativ er vurderte",
                "Ja",
                "Utan NAV- og Aa-data må OT kontakte alle 1 800, også dei som er i jobb – meir inngripande for fleire. Vurdert: berre Folkeregisteret (for mange feil), sjølvrapportering (låg svarprosent).",
            ),
            (
                "Dataminimering",
                "Ja",
                "NAV-data berre som ja/nei og tiltakstype, ikkje beløp eller diagnose.",
            ),
            (
                "Lagringstida er fastsett",
                "Ja",
                "6 månader for dei som takkar nei, elles til 21 år.",
            ),
            (
                "Ungdom får informasjon",
                "Ja",
                "Brev/SMS ved første kontakt, informasjon på vestvikfk.no/ot.",
            ),
            (
                "Innsyn, retting og protest er sikra",
                "Ja",
                "Ungdom kan be om innsyn og kan reservere seg mot vidare kontakt.",
            ),
            (
                "Automatiserte avgjerder vert ikkje tekne",
                "Ja",
                "Lista er berre grunnlag for kontakt.",
            ),
        ),
        [
            (
                "R1",
                "Ungdom opplever kontakten som overvaking ('dei veit at eg er på NAV')",
                "3",
                "3",
                "9",
                "Rådgjevar nemner ikkje NAV-status i første kontakt, informasjon om kjelder på forespurnad",
                "6",
                "Leiar OT",
            ),
            (
                "R2",
                "Feil i registerdata gjer at ungdom i jobb vert kontakta",
                "3",
                "2",
                "6",
                "Kontroll mot fleire kjelder, ungdom kan seie ifrå",
                "4",
                "Leiar OT",
            ),
            (
                "R3",
                "Uautorisert tilgang til OT-lista",
                "2",
                "4",
                "8",
                "Eige tilgangsgruppe, logg, loggkontroll kvartalsvis",
                "4",
                "IT-sjef",
            ),
            (
                "R4",
                "Ungdom med fortruleg adresse vert eksponert",
                "1",
                "4",
                "4",
                "Fortruleg adresse vert filtrert ut og handtert manuelt",
                "4",
                "Leiar OT",
            ),
        ],
        [
            (
                "Samtykke før kopling",
                "Ikkje mogleg – formålet er å finne dei vi ikkje har kontakt med.",
            )
        ],
        ("Jostein Lyngstad, fylkeskommunedirektør", "26.11.2026", "Sjå saksprotokoll"),
        "Fylkestinget sitt hovudutval for opplæring handsama DPIA-en 24.11.2026 (PS 52/26) etter at fylkeskommunedirektøren si leiargruppe hadde gått gjennom han 10.11.2026. Vedtak i hovudutvalet: «Hovudutvalet tek vurderinga av personvernkonsekvensar til etterretning og sluttar seg til at fylkeskommunedirektøren ber om førehandsdrøfting før koplinga mot NAV vert sett i verk.» Elevorganisasjonen og NAV Vestvik har gitt uttale, begge positive med merknader om informasjon.",
    )
    mail = txt(
        """
        Til Datatilsynet

        Vestvik fylkeskommune ber om førehandsdrøfting for registerkopling i oppfølgingstenesta (OT). DPIA i fylkeskommunen sin mal ligg ved. Kontaktpersonar står i del A; godkjenninga i del E.
        """
    )
    msg = message(
        "c050",
        SENDER,
        "Anmodning om førehandsdrøfting – registerkopling oppfølgingstenesta",
        when(12, 7, 13, 14),
        mail + SIGN,
        attachments=[("DPIA_OT_registerkopling.docx", to_docx(body))],
    )
    return msg, Label(
        "nn",
        (
            "county_schools",
            "form_docx_label_value",
            "checklist_ja_nei_delvis",
            "processor_contact_table",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_block_filled",
            "part5_council_decision",
            "registry_linkage",
            "children",
        ),
        "none",
        True,
        "used",
        "complete; same template, contact person is the OT head (not the sender), IKS as processor; approval block filled and the committee decision quoted under it with stakeholders",
    )
