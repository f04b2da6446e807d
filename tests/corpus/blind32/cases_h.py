# ruff: noqa: E501
"""Sender H: Fjordbyen Boligbyggelag, FBBL (bokmål). Formal letters from the legal adviser; Word
DPIAs with «1 Innledning» … «5 Styrets behandling» and «Vedlegg A – Leverandøroversikt»; a cover
letter («Følgebrev») in Word; board decisions quoted or attached (DOCX, RTF).

Odd: B015 (skiltgjenkjenning; processor's contact only in the DPIA's supplier annex), B035
(vannmålere; necessity inside the description, board approved 12 Nov), B055 (elbillading, but the
attached DPIA is the garage camera one).
Even: B016 (mobilnøkkel; the cover letter attached twice), B036 (kamera i avfallsrom, all in the
mail, decision as RTF), B056 (mobilnøkkel again, right file).
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_rtf, txt, when

FROM = "Petter Vang Solberg <petter.solberg@fbbl.no>"
TOPIC_OF = {
    "B015": "H-o1",
    "B035": "H-o2",
    "B055": "H-o3",
    "B016": "H-e1",
    "B056": "H-e1",
    "B036": "H-e2",
}

SIGNATUR = txt("""
    Med vennlig hilsen

    Petter Vang Solberg
    juridisk rådgiver
    Fjordbyen Boligbyggelag
    Tlf. 22 98 40 17 | Mobil 907 66 120
    petter.solberg@fbbl.no
    Fjordbyen Boligbyggelag, Postboks 2210 Grønland, 0134 Oslo
""")

PVO_LINJE = "Personvernombud i FBBL er Marte Kolstad, tlf. 22 98 40 02, marte.kolstad@fbbl.no."


# --- H-o1: skiltgjenkjenning i parkeringsanleggene ----------------------------------------------

GARASJE_DPIA = """
# Vurdering av personvernkonsekvenser

## Skiltgjenkjenning i FBBLs parkeringsanlegg

Versjon 1.1, 15.10.2026. Utarbeidet av juridisk avdeling og eiendomsavdelingen.

# 1 Innledning

FBBL eier og leier ut om lag 1 400 boliger i 38 bygg i Oslo og har seks parkeringsanlegg med til sammen 1 900 plasser. Denne vurderingen gjelder kameraer med automatisk skiltgjenkjenning ved inn- og utkjøring. Leverandøren er oppført i vedlegg A.

# 2 Beskrivelse av tiltaket

Ved hver inn- og utkjøring leser et kamera bilens registreringsnummer og registrerer tidspunktet. Systemet sammenligner skiltet med kjøretøyene leietakerne har registrert. Passeringer for leietakernes biler lagres i 30 dager. For ukjente biler lagres også et oversiktsbilde i 72 timer, eller til en sak om ulovlig parkering er avsluttet.

De registrerte er leietakere, husstandsmedlemmer, besøkende og håndverkere. Passeringslisten viser når den enkelte kommer og går. Bare to ansatte i eiendomsavdelingen kan søke i passeringene, og bare ved konkrete saker. Vaktsentralen Øst AS drifter kameraene og lagringen som databehandler. FBBL er behandlingsansvarlig.

# 3 Nødvendighet og forholdsmessighet

I rushtiden er opptil en fjerdedel av plassene opptatt av biler som ikke hører til, og vi hadde 46 innbrudd i biler i anleggene i 2025. Bommer med brikke ble prøvd i to anlegg, men brikkene ble lånt bort og bommene stod ofte åpne. Manuell kontroll med vektere ble vurdert som for kostbar og like inngripende.

Passeringsdata brukes ikke til å følge med på leietakerne, og søk krever en registrert sak. Det er skilt ved alle innkjøringer, informasjon i leiekontrakten og på Min side, og leietakerne kan be om innsyn i egne passeringer.

# 4 Risikovurdering

| Hva kan skje | Sannsynlighet | Alvorlighet | Tiltak
| Passeringslisten brukes til å kartlegge leietakeres vaner (for eksempel i husleietvister) | Middels | Høy | Søk bare med saksnummer, logg, kontroll av personvernombudet hvert halvår
| Feillesing av skilt gir urettmessig gebyr | Middels | Lav | Manuell kontroll av bilde før gebyr
| Besøkende vet ikke at skiltet registreres | Høy | Lav | Skilting ved innkjøring
| Uvedkommende får tilgang hos databehandler | Lav | Middels | Avtale, tofaktor, logg

Tiltak vi har vurdert, men valgt bort: Lagring av bare ukjente biler (ingen lagring for leietakere). Forkastet fordi leietakere ofte melder at naboer låner plassen deres, og vi trenger passeringene for å avklare dette.

# 5 Styrets behandling

Styret behandlet vurderingen i møte 22. oktober 2026, sak 52/26, se utdrag av styreprotokoll.

# Vedlegg A – Leverandøroversikt

| Leverandør | Rolle | Kontaktperson | Telefon | E-post
| Vaktsentralen Øst AS (org.nr. 987 321 004) | Databehandler: drift av kameraer og lagring | Roger Lindahl | 22 07 55 30 | roger.lindahl@vaktsentralen.no
"""


def b015() -> tuple[EmailMessage, Label]:
    utdrag = """
# Utdrag av styreprotokoll – Fjordbyen Boligbyggelag

Styremøte 22. oktober 2026. Til stede: Gunhild Aarvik (styreleder), Odd Rune Sæter, Lise Kvam, Farid Naseri, Berit Hov (ansattes representant). Fra administrasjonen: adm. dir. Trond Ellingsen, juridisk rådgiver Petter Vang Solberg (sak 52/26).

# Sak 52/26 Skiltgjenkjenning i parkeringsanleggene

Administrasjonen la fram vurderingen av personvernkonsekvenser, versjon 1.1, og personvernombudets anbefaling. Leietakerforeningens høringsuttalelse av 2. oktober var vedlagt saken.

Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser. Administrasjonen ber Datatilsynet om forhåndsdrøftelse før systemet tas i bruk.

Rett utskrift bekreftes: Trond Ellingsen
"""
    body = (
        txt("""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – skiltgjenkjenning i FBBLs parkeringsanlegg

        Fjordbyen Boligbyggelag ber om forhåndsdrøftelse etter personvernforordningen
        artikkel 36 for kameraer med automatisk skiltgjenkjenning i våre seks
        parkeringsanlegg. Vurderingen av personvernkonsekvenser og utdrag av
        styreprotokollen følger vedlagt.

        Kontaktperson for saken er undertegnede.
    """)
        + PVO_LINJE
        + "\n\n"
        + SIGNATUR
    )
    msg = message(
        "B015",
        FROM,
        "Anmodning om forhåndsdrøftelse – skiltgjenkjenning i parkeringsanlegg",
        when(11, 3, 10, 10),
        body,
        attachments=[
            ("DPIA_skiltgjenkjenning_v1.1.docx", to_docx(GARASJE_DPIA)),
            ("Utdrag_styreprotokoll_sak_52-26.docx", to_docx(utdrag)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "housing_coop",
            "dpia_report_docx",
            "processor_contact_in_annex",
            "contact_is_sender_stated",
            "risk_words_scale",
            "part5_protocol_extract",
        ),
        "none",
        True,
        "used",
        "complete; the processor's contact person is only in the DPIA's annex «Vedlegg A – Leverandøroversikt»",
    )


# --- H-o2: vannmålere med timesdata -------------------------------------------------------------


def b035() -> tuple[EmailMessage, Label]:
    dpia = """
# Vurdering av personvernkonsekvenser – individuelle vannmålere

Versjon 1.0, 4.11.2026

# 1 Innledning

Kontaktperson: Petter Vang Solberg, tlf. 22 98 40 17, petter.solberg@fbbl.no. Personvernombud: Marte Kolstad, tlf. 22 98 40 02, marte.kolstad@fbbl.no. Databehandler: Måledata Norge AS, kontaktperson Siv Ellefsen, tlf. 67 11 90 20, siv.ellefsen@maledata.no.

# 2 Beskrivelse av tiltaket

FBBL vil montere smarte vannmålere i alle 1 400 utleieboliger. Målerne registrerer forbruket av kaldt og varmt vann hver time og sender dataene til Måledata Norge AS (databehandler), som beregner forbruk per bolig. Leietakerne skal deretter betale for sitt eget forbruk i stedet for en fast sats per kvadratmeter, og systemet varsler driftsavdelingen ved mistanke om lekkasje (jevnt forbruk gjennom natten). Timesdata lagres i 13 måneder, deretter bare månedssummer.

Timesdata viser når noen er hjemme, når de står opp og legger seg, og hvor mange som bor i boligen. Dette er hovedgrunnen til at vi mener behandlingen gir høy risiko.

Vi mener behandlingen er nødvendig fordi fast sats per kvadratmeter har gitt urimelig fordeling (enslige betaler for storfamilier), og fordi vannskader kostet oss 7,8 millioner kroner i 2025. Månedlig avlesning ble vurdert, men oppdager ikke lekkasjer, og vi har derfor valgt timesdata med kort lagringstid i stedet for lengre. Leietakerne kan se sitt eget forbruk på Min side, blir informert i brev og leiekontrakt, og ingen ansatte ser timesdata for enkeltboliger uten at det er registrert en lekkasjesak eller en klage på fakturaen.

Måledata Norge AS lagrer data i Norge. FBBL er behandlingsansvarlig.

# 3 Risikovurdering

| Hva kan skje | Sannsynlighet | Alvorlighet | Tiltak
| Timesdata brukes til å avdekke fremleie eller flere beboere enn avtalt | Middels | Høy | Forbud i internrutine, tilgang bare ved lekkasjesak eller fakturaklage, logg
| Leietakere opplever overvåking av hverdagen | Høy | Middels | Åpen informasjon, Min side, 13 måneders lagring
| Feil i måler gir for høy regning | Middels | Middels | Klageordning, kontrollmåling
| Datainnbrudd hos databehandler | Lav | Middels | Kryptering, avtale, revisjon

Tiltak vi har vurdert, men valgt bort: Døgndata i stedet for timesdata. Leverandøren kan ikke oppdage lekkasjer uten timesdata.

# 4 Styrets behandling

Styret godkjente vurderingen i møte 12. november 2026 (sak 61/26).
"""
    body = (
        txt("""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – individuelle vannmålere med timesdata

        FBBL ber om forhåndsdrøftelse for smarte vannmålere i våre utleieboliger.
        Vurderingen ligger ved. Styret godkjente vurderingen i møte 12. november, og jeg
        gjengir protokollen fra saken her:

          «Sak 61/26 Individuelle vannmålere. Administrasjonen la fram vurderingen av
          personvernkonsekvenser og funnene, og personvernombudet redegjorde for sin
          vurdering. Styret hadde fått Leietakerforeningens innspill om fremleie.
          Vedtak: Styret godkjenner vurderingen og ber administrasjonen om å be
          Datatilsynet om forhåndsdrøftelse.»

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B035",
        FROM,
        "Anmodning om forhåndsdrøftelse – individuelle vannmålere",
        when(11, 18, 14, 14),
        body,
        attachments=[("DPIA_vannmalere_v1.0.docx", to_docx(dpia))],
    )
    return msg, Label(
        "nb",
        (
            "housing_coop",
            "dpia_report_docx",
            "contact_lines_in_dpia",
            "necessity_inside_description",
            "risk_words_scale",
            "part5_protocol_quoted_in_body",
            "part5_meeting_already_held",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; no necessity chapter, the necessity is a paragraph of kap. 2; board approved 12 Nov",
    )


# --- H-o3: elbillading, but the garage DPIA is attached ------------------------------------------


def b055() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – ladeanlegg for elbil med brukeridentifisering

        FBBL bygger ut ladeanlegg i alle parkeringsanleggene, der hver lading knyttes til
        leietakeren og faktureres sammen med husleien. Vi ber om forhåndsdrøftelse og
        legger ved vurderingen av personvernkonsekvenser.

        Ladeklar AS er databehandler; kontaktperson der er Nina Brenden, tlf. 455 20 118,
        nina.brenden@ladeklar.no. Kontaktperson hos oss er undertegnede.
    """)
        + PVO_LINJE
        + "\n\n"
        + SIGNATUR
    )
    msg = message(
        "B055",
        FROM,
        "Anmodning om forhåndsdrøftelse – ladeanlegg for elbil",
        when(12, 7, 9, 32),
        body,
        attachments=[("DPIA_skiltgjenkjenning_v1.1.docx", to_docx(GARASJE_DPIA))],
    )
    return msg, Label(
        "nb",
        (
            "housing_coop",
            "wrong_file_other_project",
            "contact_is_sender_stated",
            "processor_contact_body",
        ),
        "none",
        True,
        "used",
        "asks about EV charging but attaches the garage-camera DPIA; nothing about charging beyond one sentence",
        missing=(2, 3, 4, 5),
    )


# --- H-e1: mobilnøkkel i alle oppganger ------------------------------------------------------------

FOLGEBREV_MOBIL = """
# Følgebrev – anmodning om forhåndsdrøftelse

Til: Datatilsynet, postkasse@datatilsynet.no

Dato: 20.11.2026. Vår ref.: 2026/318.

Fjordbyen Boligbyggelag (org.nr. 946 220 118) skal innføre digital adgangskontroll med mobilnøkkel i alle 38 byggene våre og ber med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36. Vurderingen av personvernkonsekvenser følger vedlagt.

# Kontaktinformasjon

| Rolle | Navn | Telefon | E-post
| Kontaktperson | Petter Vang Solberg, juridisk rådgiver | 22 98 40 17 / 907 66 120 | petter.solberg@fbbl.no
| Personvernombud | Marte Kolstad | 22 98 40 02 | marte.kolstad@fbbl.no
| Databehandler | Kjersti Fjeld, Smartlås Norge AS | 23 50 11 80 | kjersti.fjeld@smartlas.no

Med vennlig hilsen
Trond Ellingsen, adm. dir.
"""

MOBIL_DPIA = """
# Vurdering av personvernkonsekvenser – mobilnøkkel

Versjon 2.0, 10.11.2026

# 1 Innledning

Vurderingen gjelder digital adgangskontroll med mobilnøkkel i alle FBBLs 38 utleiebygg. Kontaktinformasjon står i følgebrevet.

# 2 Beskrivelse av tiltaket

Inngangsdører, kjellerboder, vaskerier og sykkelrom i 38 bygg får elektroniske låser fra Smartlås Norge AS. Leietakerne åpner med mobilappen eller med brikke. Hver åpning logges med dør, tidspunkt og nøkkel, og loggen lagres i 60 dager. Leietakere kan dele tidsavgrensede nøkler med besøkende og håndverkere (navn og telefonnummer registreres). Vaktmestere og FBBLs håndverkere får nøkler i appen, knyttet til arbeidsordrer.

Omfang: om lag 3 100 beboere, 40 ansatte og et ukjent antall besøkende. Smartlås Norge AS drifter løsningen som databehandler i Norge. FBBL er behandlingsansvarlig. Bare driftssjefen og to driftsledere kan hente ut logg.

# 3 Nødvendighet og forholdsmessighet

Mekaniske nøkler og brikker uten logg gir ingen mulighet til å oppklare innbrudd i boder (112 anmeldte i 2025) eller å sperre tapte nøkler uten kostbart låsbytte. Vi har vurdert elektroniske låser uten logg, men da mister vi muligheten til å oppklare innbrudd. Loggen er derfor begrenset til fellesdører, ikke leilighetsdører, og lagres i 60 dager.

Leietakerne kan velge brikke i stedet for mobil, ser egne åpninger i appen, og informeres i leiekontrakten og med oppslag. Logg hentes bare ut etter innbrudd, hærverk eller klage, og aldri for å følge med på enkeltbeboere.

# 4 Risikovurdering

| Hva kan skje | Sannsynlighet | Alvorlighet | Tiltak
| Logg brukes til å kartlegge beboeres bevegelser eller besøk | Middels | Høy | Uttak bare ved registrert sak, logg over uttak, kontroll av personvernombudet
| Besøkendes navn og telefon lagres for lenge | Middels | Lav | Slettes når nøkkelen utløper
| Mobilnøkkel misbrukes etter tap av telefon | Lav | Middels | PIN og sperring via døgnbemannet driftstelefon
| Innbrudd i leverandørens løsning åpner dører | Lav | Høy | Penetrasjonstest, avtale om varsling, manuell overstyring

Tiltak vi har vurdert, men valgt bort: Kortere lagring (14 dager). Innbrudd i boder oppdages ofte flere uker etter.

# 5 Styrets behandling

Vurderingen ble lagt fram for styret 29. oktober 2026 (sak 55/26) og på nytt med endringer 12. november 2026 (sak 62/26). Styret godkjente vurderingen 12. november og ba om forhåndsdrøftelse. Utdrag av protokollen, sak 62/26: «Styret har gjennomgått revidert vurdering, versjon 2.0, med Leietakerforeningens innspill. Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser for mobilnøkkel.»
"""


def b016() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        Vedlagt følger følgebrev og vurdering av personvernkonsekvenser for mobilnøkkel i
        FBBLs bygg. Vi ber om forhåndsdrøftelse.

    """)
        + "\n"
        + SIGNATUR
    )
    brev = to_docx(FOLGEBREV_MOBIL)
    msg = message(
        "B016",
        FROM,
        "Forhåndsdrøftelse – mobilnøkkel (vår ref. 2026/318)",
        when(11, 20, 15, 3),
        body,
        attachments=[
            ("Følgebrev_forhåndsdrøftelse_mobilnøkkel.docx", brev),
            ("DPIA_mobilnøkkel_endelig.docx", brev),
        ],
    )
    return msg, Label(
        "nb",
        (
            "housing_coop",
            "cover_letter_docx",
            "wrong_file_cover_letter_twice",
            "contact_word_table",
        ),
        "none",
        True,
        "used",
        "the file named as the DPIA is the cover letter again; only contacts and one sentence of purpose",
        missing=(2, 3, 4, 5),
    )


def b056() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        Jeg ser at jeg i e-posten 20. november la ved følgebrevet to ganger og ikke selve
        vurderingen. Beklager det. Her er både følgebrevet og riktig fil med vurderingen
        av personvernkonsekvenser (versjon 2.0), slik at anmodningen er komplett.

        Vår ref.: 2026/318.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B056",
        FROM,
        "SV: Forhåndsdrøftelse – mobilnøkkel (vår ref. 2026/318)",
        when(11, 24, 8, 55),
        body,
        attachments=[
            ("Følgebrev_forhåndsdrøftelse_mobilnøkkel.docx", to_docx(FOLGEBREV_MOBIL)),
            ("DPIA_mobilnøkkel_v2.0.docx", to_docx(MOBIL_DPIA)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "housing_coop",
            "cover_letter_docx",
            "dpia_report_docx",
            "contact_word_table",
            "risk_words_scale",
            "part5_protocol_quoted_in_dpia",
            "resubmission_complete",
        ),
        "none",
        True,
        "used",
        "resends B016 with the right DPIA file; complete",
    )


# --- H-e2: kamera i avfallsrom, all in the mail ----------------------------------------------------


def b036() -> tuple[EmailMessage, Label]:
    vedtak = """
# Styrevedtak – Fjordbyen Boligbyggelag

Styremøte 5. november 2026, sak 58/26: Kameraovervåking av avfallsrom

Saksframstilling: Administrasjonen la fram vurderingen av personvernkonsekvenser for kameraer i tolv avfallsrom, med funn, personvernombudets råd og innspill fra Leietakerforeningen og fra renovatøren.

Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser og ber administrasjonen om å be Datatilsynet om forhåndsdrøftelse. Ordningen evalueres etter ett år.

Oslo, 5. november 2026
Gunhild Aarvik, styreleder (sign.)      Trond Ellingsen, adm. dir. (sign.)
"""
    body = (
        txt("""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – kameraovervåking av avfallsrom

        Fjordbyen Boligbyggelag ber om forhåndsdrøftelse for kameraer i tolv avfallsrom i
        utleiebyggene våre. Vi har samlet vurderingen i denne e-posten.

        Kontaktperson er undertegnede (se signatur). Personvernombud er Marte Kolstad,
        tlf. 22 98 40 02, marte.kolstad@fbbl.no. Vaktsentralen Øst AS er databehandler
        og drifter kameraene; kontaktperson Roger Lindahl, tlf. 22 07 55 30,
        roger.lindahl@vaktsentralen.no.

        Hva vi vil gjøre: I tolv avfallsrom settes det opp ett kamera som filmer
        innkastluker og gulvflaten, ikke døren ut. Opptak lagres i sju dager hos
        Vaktsentralen og slettes deretter. Når det er dumpet møbler, bygningsavfall eller
        farlig avfall, ser driftslederen på opptaket og sammenholder det med adgangsloggen
        for døren for å finne hvem det var. Leietakeren får et varsel og kan uttale seg før
        vi eventuelt ilegger gebyr etter husordensreglene. Rundt 1 100 leietakere bruker
        disse rommene. FBBL er behandlingsansvarlig.

        Hvorfor: Ulovlig dumping kostet oss 640 000 kroner i 2025 og har to ganger gitt
        brann. Oppslag, ekstra hentedager og gratis henting av grovavfall to ganger i året
        er prøvd uten varig effekt. Kameraene filmer bare rommet, ikke inngangspartiet, og
        opptak ses bare når det er funnet dumping. Det er skilt på døren og informasjon i
        leiekontrakten, og leietakere kan be om innsyn i opptak av seg selv.

        Hva kan gå galt for leietakerne: Den største risikoen er at opptakene brukes til
        andre ting enn dumping, for eksempel for å følge med på hvem som kommer og går. Vi
        vurderer sannsynligheten som middels og konsekvensen som høy, og har derfor
        begrenset tilgangen til to driftsledere, krever saksnummer og logger hver visning.
        Feil identifisering kan gi urettmessig gebyr (middels sannsynlighet, middels
        konsekvens); tiltaket er at leietakeren alltid får se opptaket og uttale seg. Barn
        som kaster søppel, blir også filmet (høy sannsynlighet, lav konsekvens); opptak av
        barn brukes ikke til gebyr. Lekkasje av opptak hos Vaktsentralen vurderer vi som lite
        sannsynlig, men alvorlig, og det er regulert i databehandleravtalen med kryptering og
        tilgangslogg. Vi vurderte sanntidsovervåking med varsling, men forkastet det som for
        inngripende.

        Styrets vedtak av 5. november (sak 58/26) ligger ved.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B036",
        FROM,
        "Anmodning om forhåndsdrøftelse – kamera i avfallsrom",
        when(11, 12, 11, 2),
        body,
        attachments=[("Styrevedtak_sak_58-26.rtf", to_rtf(vedtak))],
    )
    return msg, Label(
        "nb",
        (
            "housing_coop",
            "all_in_body",
            "prose_no_headings",
            "contact_is_sender_stated",
            "processor_contact_body",
            "risk_in_prose",
            "part5_board_decision_rtf",
            "part5_meeting_already_held",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; description, necessity and risks are prose paragraphs in the mail; decision as RTF",
    )
