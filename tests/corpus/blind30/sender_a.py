# ruff: noqa: E501
"""Sender A: Solbakken Borettslag (housing cooperative, Oslo; volunteer board).

Habits: the board's chair writes short mails with the contacts in prose and his signature; a
board member who works in IT writes long plain mails (PGP inline) and pastes the DPIA into the
body. The DPIA follows the steps of Datatilsynet's own guidance («Steg 1–4»). Approval is a
board protocol (scanned with signatures, or the protocol text quoted). Odd ids: camera
surveillance; even ids: electronic key fobs with door logs.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, plain, scan_pdf, to_docx, to_pdf, txt, when

ORG = "housing_cooperative"

TERJE_SIG = """
Med vennlig hilsen
Terje Holmsen
Styreleder, Solbakken Borettslag
Mob. 913 45 220
styreleder@solbakken-brl.no
"""

INGRID_SIG = """
--
Ingrid Aasland-Bakke
styremedlem (IT og sikkerhet), Solbakken Borettslag
tlf 472 18 904 | ingrid.aasland-bakke@solbakken-brl.no
"""

TERJE = "Terje Holmsen <styreleder@solbakken-brl.no>"
INGRID = "Ingrid Aasland-Bakke <ingrid.aasland-bakke@solbakken-brl.no>"

# --- camera surveillance (odd ids) ---------------------------------------------------------

CAMERA_HEAD = """
# Vurdering av personvernkonsekvenser (DPIA)

## Kameraovervåking i garasjeanlegg, avfallsrom, sykkelboder og inngangspartier – Solbakken Borettslag

~ Versjon 1.2, 28. oktober 2026
~ Utarbeidet av: styret (arbeidsgruppe Terje Holmsen og Ingrid Aasland-Bakke)
~ Fremgangsmåten følger Datatilsynets veileder om vurdering av personvernkonsekvenser.
"""

CAMERA_STEP1 = """
# Steg 1: Hva vi planlegger å gjøre

Solbakken Borettslag har 312 leiligheter i ni blokker, et felles garasjeanlegg i to plan (214 plasser), fire avfallsrom, seks sykkelboder og ni inngangspartier. Omtrent 780 personer bor her, av dem rundt 190 barn. I tillegg kommer besøkende, håndverkere, bud og borettslagets vaktmester (én ansatt).

Fra januar 2025 til september 2026 er det registrert 17 innbrudd i boder og sykkelrom, to tilfeller av hærverk mot ladestasjoner og én påsatt bilbrann i garasjens nedre plan (mars 2026). Alle forholdene er anmeldt, ingen er oppklart. Forsikringsselskapet har varslet høyere egenandel.

Styret vil sette opp 26 faste kameraer: 14 i garasjeanlegget, 4 i avfallsrommene, 6 i sykkelbodene og 2 ved innkjøringen til garasjen. I tillegg er det foreslått ett kamera innenfor hver av de ni inngangsdørene. Det er kameraene i inngangspartiene som gir høy risiko, og de omtales særskilt nedenfor.

Kameraene tar opp bilde hele døgnet, uten lyd. Opptakene lagres kryptert på en lokal opptaker (NVR) i et låst teknisk rom, ikke i en skytjeneste, og slettes automatisk etter 7 døgn. Ingen ser på bildene i sanntid. Opptak hentes bare ut etter en konkret hendelse (innbrudd, hærverk, brann), og bare av Tryggvakt Sikkerhet AS etter skriftlig bestilling fra to styremedlemmer. Utdrag utleveres bare til politiet.

Formål: å forebygge og oppklare innbrudd, hærverk og brann i fellesarealene. Behandlingsgrunnlag er personvernforordningen artikkel 6 nr. 1 bokstav f. Generalforsamlingen vedtok kameraovervåking 23. april 2026 (sak 8, 198 stemmer for og 41 mot).

Kilder og mottakere: Opptakene er eneste kilde. Tryggvakt (databehandler) drifter anlegget og henter ut opptak. Styret ser bare utdrag når det er skjedd noe. Politiet får utdrag ved anmeldelse. Forretningsfører har ikke tilgang.

Sikkerhet og ansvar: Borettslaget ved styret er behandlingsansvarlig. Tryggvakt er databehandler etter avtale av 1. oktober 2026. Kameranettet er fysisk skilt fra beboernes nett, fjerntilgang går bare via VPN med tofaktorinnlogging, og all uthenting logges. Det settes opp skilt ved alle innganger.

Hvorfor risikoen er høy: Overvåkingen skjer der folk bor. Beboerne kan ikke unngå kameraene på vei til og fra egen bolig. Særlig kameraene i inngangspartiene vil vise hvem som kommer og går, når, og sammen med hvem. Det kan avsløre vaner, forhold og besøk. Barn og ungdom filmes hver dag, og vaktmesteren filmes i arbeidstiden.
"""

CAMERA_STEP2 = """
# Steg 2: Er overvåkingen nødvendig, og står den i forhold til formålet?

Vi har prøvd mindre inngripende tiltak først: bedre belysning i garasjen (2024), nye låser og adgangskontroll til bodene (2025) og vekterrunder tre netter i uken fra mai til august 2026 (ca. 23 000 kroner i måneden). Antall innbrudd gikk ikke ned mens vekterne gikk runder, og 42 prosent av innbruddene har skjedd på dagtid, da vekterne uansett ikke er der.

For garasje, avfallsrom og sykkelboder mener styret at kameraer er nødvendige: det er her hendelsene skjer, det er lite ferdsel, og det finnes ikke andre realistiske tiltak som gir oppklaring.

Inngangspartiene er vanskeligere. Politiet har sagt at bilder fra inngangene ofte er det som gjør det mulig å identifisere gjerningspersoner, fordi garasjekameraene sjelden får ansikter. Samtidig er det her flest beboere passerer, flere ganger hver dag. Styret har derfor snevret inn: kameraet skal bare dekke selve døren innenfra, ikke trappen eller postkassene, og det tas ikke opp lyd.

Garantier og tiltak for å ivareta beboernes rettigheter:

- Ingen kameraer i trappeoppganger, heiser, vaskeri eller ved leilighetsdører.
- Maskering av vinduer og dører til leiligheter der kameravinklene treffer dem.
- Ingen lyd, zoom, ansiktsgjenkjenning eller analysefunksjoner (skrudd av i opptakeren).
- Sju døgns lagring, automatisk sletting.
- Uthenting bare etter skriftlig bestilling fra to styremedlemmer og bare ved anmeldt forhold.
- Informasjon: skilt ved alle innganger, informasjonsskriv i alle postkasser og egen side på beboerportalen.
- Innsyn: beboere kan be styret om å få se opptak av seg selv innenfor lagringstiden.
- Vaktmesteren har fått skriftlig forsikring om at opptak ikke brukes til å kontrollere arbeidet hans. Dette ble drøftet med ham 12. oktober.
"""

CAMERA_STEP3 = """
# Steg 3: Risiko for beboerne og andre som filmes

| Nr. | Hva kan skje | Sannsynlighet | Konsekvens | Tiltak |
| 1 | Styremedlemmer eller andre bruker opptak til å følge med på naboer | Middels | Høy | To-personersregel, bare Tryggvakt henter ut, logg over uthenting som revisor går gjennom hvert år |
| 2 | Uvedkommende får tilgang til anlegget (innbrudd i teknisk rom eller dataangrep) | Lav | Høy | Eget nett, VPN med tofaktor, låst rom, oppdateringer ved Tryggvakt |
| 3 | Opptak deles i nabokonflikter eller på sosiale medier | Middels | Høy | Ingen utlevering til beboere, bare til politiet |
| 4 | Inngangskameraene viser hvem som besøker hvem og når, for eksempel hjemmetjeneste, krisesenter-kontakter eller nye kjærester | Middels | Svært høy | Kameraet dekker bare døren, sju døgns lagring, ingen uthenting uten hendelse |
| 5 | Vaktmesteren opplever seg kontrollert | Høy | Middels | Skriftlig avtale og informasjon |
| 6 | Barn filmes daglig uten å forstå det | Høy | Middels | Skilt med symboler, informasjon gjennom skolens foreldrekontakter |

Tiltak vi har vurdert, men ikke gjennomfører:

- Opptak bare om natten (kl. 22–06): forkastet fordi 42 prosent av innbruddene skjer på dagtid.
- Automatisk sladding av ansikter: opptakeren har ikke funksjonen, og tilleggsprogramvare koster ca. 180 000 kroner. Styret har ikke rom for det i budsjettet for 2027.
- Å droppe inngangskameraene helt: generalforsamlingen har bedt om dem, og politiet mener de gir best oppklaring.

Restrisiko: For garasje, avfallsrom og sykkelboder mener styret at risikoen er redusert til et akseptabelt nivå. For inngangspartiene er restrisikoen fortsatt høy (nr. 4). Derfor ber vi om forhåndsdrøftelse før de kameraene settes opp.
"""

CAMERA_STEP4_DONE = """
# Steg 4: Behandling i styret

DPIA versjon 1.2 ble behandlet og godkjent i styremøtet 3. november 2026, sak 44/2026. Se protokollen.
"""

CAMERA_PROTOCOL = """
SOLBAKKEN BORETTSLAG
org.nr. 948 112 305
PROTOKOLL FRA STYREMØTE
Tid og sted: 3. november 2026 kl. 19.00, styrerommet i blokk C
Til stede: Terje Holmsen (leder), Ingrid Aasland-Bakke, Knut Eriksrud, Fatima Yusuf. Vara Berit Lunde.
Sak 44/2026 Vurdering av personvernkonsekvenser, kameraovervåking
Ingrid Aasland-Bakke la fram DPIA versjon 1.2 og hovedfunnene: risikoen i garasje, avfallsrom og sykkelboder er akseptabel etter tiltakene, mens kameraene i inngangspartiene gir høy restrisiko fordi de viser hvem som går inn og ut av boligene.
Styret gikk gjennom innspillene fra beboermøtet 14. oktober (31 frammøtte, flere bekymret for inngangskameraene), fra vaktmester og fra Tryggvakt Sikkerhet AS.
Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser versjon 1.2. Kameraer i garasje, avfallsrom og sykkelboder settes opp. Kameraer i inngangspartiene settes ikke opp før Datatilsynet har svart. Styreleder sender anmodning om forhåndsdrøftelse.
Vedtaket var enstemmig.
Oslo, 3. november 2026
[signatur]
Terje Holmsen
[signatur]
Ingrid Aasland-Bakke
[signatur]
Knut Eriksrud
[signatur]
Fatima Yusuf
"""


def camera_dpia(step4: bool = True) -> str:
    parts = [CAMERA_HEAD, CAMERA_STEP1, CAMERA_STEP2, CAMERA_STEP3]
    if step4:
        parts.append(CAMERA_STEP4_DONE)
    return "\n".join(parts)


def g001() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei,

        Solbakken Borettslag (org.nr. 948 112 305) ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for kameraovervåking i inngangspartiene våre. Vi har gjort en vurdering av personvernkonsekvenser for hele kameraprosjektet, og for inngangspartiene står vi igjen med høy risiko.

        Vedlagt:
        - DPIA kameraovervåking, versjon 1.2 (Word)
        - Signert protokoll fra styremøtet 3. november (skannet)

        Kontaktperson for saken er undertegnede. Borettslagets personvernombud er advokat Hanne Sviland i Sviland Advokatfirma AS, tlf. 23 10 55 40, e-post hanne@sviland.no. Databehandler er Tryggvakt Sikkerhet AS, som skal installere og drifte anlegget. Kontaktperson der er teknisk leder Roger Myhre, mobil 404 77 213, roger.myhre@tryggvakt.no.

        Styret består av frivillige, så det kan ta en dag eller to før vi svarer på e-post.
        """
        )
        + "\n"
        + txt(TERJE_SIG)
    )
    msg = message(
        "G001",
        TERJE,
        "Anmodning om forhåndsdrøftelse – kameraovervåking Solbakken Borettslag",
        when(11, 5, 21, 42),
        body,
        attachments=[
            ("DPIA kameraovervåking Solbakken brl v1.2.docx", to_docx(camera_dpia())),
            ("Styreprotokoll 2026-11-03 signert.pdf", scan_pdf([CAMERA_PROTOCOL])),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "contact_prose",
            "contact_in_signature",
            "dpia_docx",
            "template_datatilsynet_guidance",
            "risk_likelihood_consequence",
            "part5_scanned_protocol",
            "volunteer_board",
        ),
        "none",
        True,
        "used",
        "complete; DPIA docx following Datatilsynet's steps; signed protocol scanned as image PDF",
    )


def g021() -> tuple[EmailMessage, Label]:
    pending = """
    # Steg 4: Behandling i styret

    Styret har ikke behandlet vurderingen formelt ennå. Den står på sakslisten til styremøtet 3. november, og vi sender protokollen så snart den er signert.
    """
    body = (
        txt(
            """
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse, jf. GDPR art. 36 – kameraovervåking i Solbakken Borettslag (org.nr. 948 112 305), Solbakkveien 2–48, 1086 Oslo.

        Jeg sender kryptert fordi teksten beskriver sikkerhetsanlegget vårt i detalj. Word-filen får jeg ikke kryptert fornuftig med det verktøyet jeg har, så jeg har limt inn hele vurderingen under.

        Kontaktinformasjon:
        Kontaktperson: Ingrid Aasland-Bakke, styremedlem, 472 18 904, ingrid.aasland-bakke@solbakken-brl.no
        Personvernombud: advokat Hanne Sviland, Sviland Advokatfirma AS, 23 10 55 40, hanne@sviland.no
        Databehandler: Tryggvakt Sikkerhet AS v/ Roger Myhre (teknisk leder), 404 77 213, roger.myhre@tryggvakt.no

        ------------------------------------------------------------
        """
        )
        + "\n"
        + plain(camera_dpia(step4=False) + "\n" + txt(pending))
        + "\n"
        + txt(INGRID_SIG)
    )
    msg = message(
        "G021",
        INGRID,
        "Forhåndsdrøftelse kameraovervåking – Solbakken brl",
        when(10, 29, 22, 13),
        body,
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "all_in_body",
            "contact_label_value",
            "template_datatilsynet_guidance",
            "risk_likelihood_consequence",
            "part5_future_meeting",
            "volunteer_board",
        ),
        "inline",
        True,
        "used",
        "only part 5 missing: the board has not yet treated the DPIA (meeting 3 November, protocol to follow)",
        missing=(5,),
    )


def g041() -> tuple[EmailMessage, Label]:
    protocol_text = "\n\n".join(
        line for line in CAMERA_PROTOCOL.strip().splitlines() if line != "[signatur]"
    )
    protocol_pdf = to_pdf(
        protocol_text
        + "\n\nProtokollen er signert digitalt med BankID i beboerportalen av Terje Holmsen, Ingrid Aasland-Bakke, Knut Eriksrud og Fatima Yusuf, 4. november 2026.",
        title="Protokoll styremøte 3. november 2026",
    )
    body = (
        txt(
            """
        Hei igjen,

        Viser til min krypterte e-post av 29. oktober om kameraovervåking i Solbakken Borettslag. Styret behandlet saken 3. november, og protokollen er vedlagt (sak 44/2026).

        For ordens skyld limer jeg inn hele anmodningen på nytt under, så dere har alt samlet i én henvendelse. Det er ikke endringer i selve vurderingen.

        Kontaktperson: Ingrid Aasland-Bakke, 472 18 904, ingrid.aasland-bakke@solbakken-brl.no
        Personvernombud: advokat Hanne Sviland (Sviland Advokatfirma AS), 23 10 55 40, hanne@sviland.no
        Databehandler: Tryggvakt Sikkerhet AS, kontakt Roger Myhre, 404 77 213, roger.myhre@tryggvakt.no

        ------------------------------------------------------------
        """
        )
        + "\n"
        + plain(camera_dpia())
        + "\n"
        + txt(INGRID_SIG)
    )
    msg = message(
        "G041",
        INGRID,
        "SV: Forhåndsdrøftelse kameraovervåking – Solbakken brl (protokoll vedlagt)",
        when(11, 6, 7, 55),
        body,
        attachments=[("Protokoll styremøte 2026-11-03.pdf", protocol_pdf)],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "all_in_body",
            "contact_label_value",
            "template_datatilsynet_guidance",
            "risk_likelihood_consequence",
            "part5_protocol_pdf",
            "resubmission_complete",
            "volunteer_board",
        ),
        "none",
        True,
        "used",
        "complete resubmission of G021: DPIA pasted in the body again, digitally signed protocol as PDF",
    )


# --- electronic key fobs (even ids) -------------------------------------------------------

KEYS_HEAD = """
# Vurdering av personvernkonsekvenser

## Elektronisk adgangssystem med nøkkelbrikker og app – Solbakken Borettslag

~ Versjon 1.0, 9. oktober 2026
~ Skrevet av styret etter Datatilsynets veileder om DPIA (stegene under følger veilederen).
"""

KEYS_STEP1 = """
# Steg 1: Beskrivelse av det vi skal gjøre

Borettslaget skal erstatte de mekaniske systemnøklene med et elektronisk adgangssystem levert og driftet av Låsgruppen Digital AS. Beboerne åpner ni inngangsdører, to garasjeporter, boder, vaskeriet, treningsrommet og 40 ladepunkter for elbil med nøkkelbrikke eller med en app på mobilen (Bluetooth). Leilighetsdørene beholder mekaniske låser.

Hver beboer over 12 år får egen brikke, knyttet til leilighetsnummeret. Den som bruker appen, logger inn med navn og mobilnummer. Systemet registrerer hver åpning: brikke- eller app-ID, dør, tidspunkt og leilighet. Vaskeri og lading registreres i tillegg med minutter og kWh.

Opplysningene brukes til tre ting: sperring av tapte brikker, fakturering av vaskeri og lading over felleskostnadene, og oppklaring når det har skjedd innbrudd eller hærverk.

Omfang: om lag 780 beboere, av dem ca. 190 barn, og i snitt 6 500 døråpninger i døgnet. Leverandørens standard lagringstid for dørlogg er 36 måneder; vi har satt den ned til 90 dager. Månedlige summer per leilighet for vaskeri og lading oppbevares i fem år etter bokføringsloven.

Kilder og mottakere: Beboerregisteret hentes fra forretningsfører Boligforvaltning Øst AS, som også får fakturagrunnlaget. Låsgruppen drifter løsningen i en skytjeneste i Norge. Styret har lesetilgang til dørloggen per dør og tidsrom. Politiet kan få utdrag ved anmeldelse.

Ansvar og sikkerhet: Borettslaget er behandlingsansvarlig. Låsgruppen Digital AS og Boligforvaltning Øst AS er databehandlere med avtaler fra september 2026. Administrasjonstilgang krever tofaktor, all tilgang logges, og dataene krypteres under overføring og lagring.

Det som gjør risikoen høy, er at systemet lager en fullstendig logg over når beboerne, også barn, kommer og går hjemme. Appen har i tillegg en husstandsvisning der den som står som hovedbruker for leiligheten ser alle åpninger gjort med husstandens brikker.
"""

KEYS_STEP2 = """
# Steg 2: Nødvendighet og forholdsmessighet

De siste tre årene er 140 nøkler meldt tapt. Et komplett bytte av systemsylindre kostet 410 000 kroner i 2024. Uten sporbare brikker kan vi ikke sperre en tapt nøkkel, og uten måling av vaskeri og lading må alle betale likt, noe beboerne har klaget på i flere år.

Vi har vurdert brikker uten kobling til leilighet. Det går ikke, fordi sperring og fakturering krever at vi vet hvilken leilighet brikken hører til. Vi har derfor valgt kobling til leilighet, ikke til navngitt person, unntatt for appen.

Tiltak som skal sikre beboernes rettigheter:

- Dørloggen lagres i 90 dager, ikke 36 måneder.
- Styret kan bare søke i loggen per dør og tidsrom etter en meldt hendelse, aldri per person eller leilighet.
- Loggen utleveres aldri til andre beboere, heller ikke i konflikter mellom beboere eller familiemedlemmer. Politiet får utdrag ved anmeldelse.
- Barnebrikker registreres uten navn.
- Beboerne får informasjon før oppstart: informasjonsskriv, beboermøte og side på beboerportalen. Innsyn i egen logg får man ved henvendelse til styret.
- Loggen skal ikke brukes til å avdekke framleie. Dette er nedfelt i styrevedtaket.
"""

KEYS_STEP3 = """
# Steg 3: Risiko for de registrerte

| Hendelse | Sannsynlighet | Alvorlighet | Tiltak |
| Styret eller forretningsfører kartlegger beboeres bevegelser | Middels | Høy | Søk bare per dør og tidsrom, logg over alle oppslag |
| Husstandsvisningen i appen brukes til å kontrollere en partner eller et barn, for eksempel ved vold i nære relasjoner | Middels | Svært høy | Rutine for å flytte brikke til egen «husstand» ved henvendelse. Visningen kan ikke slås av i dagens versjon |
| Dørlogg utleveres i en familie- eller nabokonflikt | Lav | Høy | Skriftlig rutine: aldri utlevering til beboere |
| Datainnbrudd hos leverandøren | Lav | Høy | Databehandleravtale, kryptering, tofaktor, leverandøren er ISO 27001-sertifisert |
| Loggen brukes senere til andre formål, som kontroll av framleie | Middels | Middels | Styrevedtak om formålsbegrensning |
| Foreldre følger barnas bevegelser i detalj | Høy | Middels | Barnebrikker uten navn. Vises fortsatt i husstandsvisningen |

Vurdert, men ikke gjennomført:

- Slå av husstandsvisningen: leverandøren kan ikke gjøre dette før versjon 5, tidligst i 2028.
- Kortere lagring (14 dager): politiet sier at innbrudd i boder ofte oppdages etter flere uker, så vi landet på 90 dager.
- Bare brikker, ingen app: rundt 60 prosent av elbileierne bruker appen til lading, og alternativet er dyrere kortlesere.

Samlet vurdering: Det meste av risikoen er redusert til akseptabelt nivå. Risikoen knyttet til husstandsvisningen ved vold i nære relasjoner er fortsatt høy, og styret ønsker derfor forhåndsdrøftelse før systemet tas i bruk.
"""

KEYS_PROTOCOL = """
Utdrag av protokoll fra styremøte i Solbakken Borettslag 14. oktober 2026

Til stede: Terje Holmsen, Ingrid Aasland-Bakke, Knut Eriksrud, Fatima Yusuf.

Sak 39/2026 Elektronisk adgangssystem – vurdering av personvernkonsekvenser

Ingrid Aasland-Bakke presenterte DPIA versjon 1.0 og funnene: de fleste risikoene er håndtert, men husstandsvisningen i appen gir høy restrisiko for beboere som er utsatt for vold i nære relasjoner. Styret gikk gjennom innspillene fra beboermøtet 7. oktober, fra forretningsfører og fra Låsgruppen Digital AS, og merket seg at krisesenteret i bydelen anbefaler at visningen slås av.

Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser (v1.0). Systemet tas ikke i bruk før forhåndsdrøftelse med Datatilsynet er gjennomført. Ingrid Aasland-Bakke sender anmodningen.

Protokollen er godkjent og signert av alle styremedlemmene.
"""


def keys_dpia() -> str:
    return "\n".join([KEYS_HEAD, KEYS_STEP1, KEYS_STEP2, KEYS_STEP3])


def g002() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei,

        Solbakken Borettslag ber om forhåndsdrøftelse for et nytt elektronisk adgangssystem. Under følger kontaktopplysninger, vurderingen av personvernkonsekvenser og utdrag av styreprotokollen der vurderingen ble godkjent. Alt står i e-posten fordi jeg krypterer med PGP.

        Behandlingsansvarlig: Solbakken Borettslag, org.nr. 948 112 305, Solbakkveien 2–48, 1086 Oslo
        Kontakt i styret: Ingrid Aasland-Bakke, 472 18 904, ingrid.aasland-bakke@solbakken-brl.no
        Personvernombud: Hanne Sviland, advokat, Sviland Advokatfirma AS – 23 10 55 40 – hanne@sviland.no
        Databehandlere:
          Låsgruppen Digital AS – prosjektleder Sunniva Eik – 930 01 488 – sunniva.eik@lasgruppen-digital.no
          Boligforvaltning Øst AS (forretningsfører) – Marius Lie – 22 98 41 10 – marius.lie@bfost.no

        ============================================================
        """
        )
        + "\n"
        + plain(keys_dpia())
        + "\n"
        + txt(
            """
        ============================================================
        """
        )
        + "\n"
        + plain(KEYS_PROTOCOL)
        + "\n"
        + txt(INGRID_SIG)
    )
    msg = message(
        "G002",
        INGRID,
        "Anmodning om forhåndsdrøftelse – nøkkelbrikker og adgangslogg, Solbakken Borettslag",
        when(10, 19, 20, 5),
        body,
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "all_in_body",
            "contact_label_value",
            "template_datatilsynet_guidance",
            "risk_likelihood_consequence",
            "part5_protocol_quoted_in_body",
            "volunteer_board",
        ),
        "inline",
        True,
        "used",
        "complete; everything in the body, protocol extract pasted below the DPIA",
    )


def g022() -> tuple[EmailMessage, Label]:
    contacts = """
    # Kontaktinformasjon

    Personvernombud: advokat Hanne Sviland, Sviland Advokatfirma AS, telefon 23 10 55 40, hanne@sviland.no.

    Databehandlere: Låsgruppen Digital AS ved prosjektleder Sunniva Eik (930 01 488, sunniva.eik@lasgruppen-digital.no) og Boligforvaltning Øst AS ved forretningsfører Marius Lie (22 98 41 10, marius.lie@bfost.no).
    """
    doc = keys_dpia() + "\n" + txt(contacts)
    body = txt(
        """
        Til Datatilsynet,

        Vedlagt følger anmodning om forhåndsdrøftelse fra Solbakken Borettslag. Den gjelder nytt adgangssystem med nøkkelbrikker og app. Vurdering av personvernkonsekvenser og protokoll fra styremøtet 14. oktober ligger ved.

        Henvendelser om saken kan rettes til styret på denne adressen. Styreleder er kontaktperson.

        Mvh
        Styret i Solbakken Borettslag
        styret@solbakken-brl.no

        Denne e-postadressen leses av flere i styret.
        """
    )
    msg = message(
        "G022",
        "Styret Solbakken Borettslag <styret@solbakken-brl.no>",
        "Forhåndsdrøftelse adgangssystem",
        when(10, 21, 18, 30),
        body,
        attachments=[
            ("DPIA adgangssystem v1.0.docx", to_docx(doc)),
            ("Protokoll styremøte 14.10.2026 sak 39.pdf", to_pdf(KEYS_PROTOCOL)),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "dpia_docx",
            "template_datatilsynet_guidance",
            "risk_likelihood_consequence",
            "part5_protocol_pdf",
            "generic_mailbox_sender",
            "p1_contact_role_only",
            "volunteer_board",
        ),
        "none",
        True,
        "used",
        "part 1 missing: sent from the board's shared mailbox, contact person only «styreleder» (no name, no phone); DPO and processors are in the DPIA",
        missing=(1,),
    )


def g042() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei!

        Jeg sitter i styret i et borettslag i Oslo (312 leiligheter). Vi har hatt mye tagging og hærverk i trappeoppgangene i høst, og flere beboere vil ha kameraer i oppgangene. Jeg har to spørsmål før vi går videre:

        1. Må vi søke Datatilsynet eller be om forhåndsdrøftelse før vi setter opp kameraer i oppgangene, eller holder det at vi skilter og vedtar det på generalforsamlingen?
        2. Kan vi lagre opptakene i 30 dager? Vaktselskapet anbefaler det, men jeg har lest at sju dager er vanlig.

        Vi har ikke gjort noen vurdering av personvernkonsekvenser ennå, vi vil først vite om det i det hele tatt er lov.

        Takk for svar!

        Knut Eriksrud
        styremedlem, Solbakken Borettslag
        Sendt fra min iPad
        """
    )
    msg = message(
        "G042",
        "Knut Eriksrud <knut.eriksrud@online.no>",
        "Spørsmål om kamera i trappeoppganger",
        when(11, 24, 23, 11),
        body,
    )
    return msg, Label(
        "nb",
        (ORG, "nonrequest_question", "volunteer_board"),
        "none",
        False,
        "unspecified",
        "not a request: a board member asks whether cameras in stairwells need an application and how long to keep footage",
    )
