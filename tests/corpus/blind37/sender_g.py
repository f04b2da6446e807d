# ruff: noqa: E501
"""Sender G: Bergtun Eiendomsforvaltning AS (owns and lets 1 100 flats incl. student housing, 35 staff), bokmål.

Habits: the head of property management writes; letters on letterhead whose footer carries the
case officer's and the external DPO's contact lines; DPIAs as PDF exported from Word, with the
daily manager's signature block at the end; the DPO is bought from Personvernhuset AS; board
decisions are taken in the board portal (Admincontrol) and quoted from there.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import letter_pdf
from kit import Label, message, to_docx, to_pdf, txt, when

TOPICS = {
    "c013": "digitale_laaser_adgangslogg",
    "c033": "skiltgjenkjenning_parkeringsanlegg",
    "c053": "digital_leietakerscreening",
    "c014": "inneklimasensorer_leiligheter",
    "c034": "stromforbruk_fremleie_analyse",
    "c054": "inneklimasensorer_leiligheter",
}

CAMILLA = "Camilla Rustad <camilla.rustad@bergtun.no>"
DPO = "Per Ivar Solheim <pis@personvernhuset.no>"
FOOTER = [
    "Bergtun Eiendomsforvaltning AS · Bergtunveien 12, 0580 Oslo · Org.nr. 918 305 774 · Sentralbord 22 47 30 00 · post@bergtun.no",
    "Kontaktperson: Camilla Rustad, fagansvarlig forvaltning, 41 20 66 73, camilla.rustad@bergtun.no · Personvernombud: Per Ivar Solheim, Personvernhuset AS, 22 41 18 90, pis@personvernhuset.no",
]
SIG = txt("""
    Med vennlig hilsen
    Camilla Rustad
    Fagansvarlig forvaltning
    Bergtun Eiendomsforvaltning AS
""")

LOCK_FINAL = """
# Vurdering av personvernkonsekvenser (DPIA)

# Digitale dørlåser med adgangslogg i Bergtuns utleieboliger

~ Bergtun Eiendomsforvaltning AS · Versjon 1.0 (endelig) · 10.11.2026

## 1 Kontaktinformasjon

| Rolle | Navn | Telefon | E-post
| Behandlingsansvarlig | Bergtun Eiendomsforvaltning AS, org.nr. 918 305 774 | 22 47 30 00 | post@bergtun.no
| Kontaktperson | Camilla Rustad, fagansvarlig forvaltning | 41 20 66 73 | camilla.rustad@bergtun.no
| Personvernombud | Per Ivar Solheim, Personvernhuset AS | 22 41 18 90 / 482 77 016 | pis@personvernhuset.no
| Databehandler | Låsly AS v/ Kristin Aune, prosjektleder | 23 65 40 12 | kristin.aune@lasly.no

## 2 Beskrivelse av behandlingen

Bergtun eier og leier ut 1 100 leiligheter, hvorav 380 studentboliger. Vi vil bytte ut mekaniske nøkler i leilighetsdører, inngangsdører og fellesrom med digitale låser som åpnes med app eller brikke. Hver åpning logges med tidspunkt, dør og hvilken brikke/app som ble brukt. Leietaker kan gi midlertidig tilgang til andre (gjester, håndverkere, hjemmetjenesten).

Registrerte: om lag 1 900 leietakere, deres gjester og andre som får tilgang, ansatte og håndverkere. Opplysninger: navn, telefonnummer, leilighet, adgangslogg, delte tilganger.

Låsly AS leverer låser, app og skyplattform (drift i Norge) som databehandler. Loggen for leilighetsdører kan bare ses av leietakeren selv i appen; Bergtun har ikke tilgang til den uten leietakers samtykke eller ved mistanke om straffbare forhold (etter rutine). Loggen for inngangsdører og fellesrom kan ses av driftsleder. Loggen slettes etter 30 dager. Ingen utlevering, unntatt politiet etter skriftlig begjæring.

Informasjonssikkerhet: tofaktor for ansatte, kryptering, tilgangsstyring, revisjon av databehandler årlig.

## 3 Nødvendighet og forholdsmessighet

Mekaniske nøkler går tapt (ca. 400 i året) og kopieres fritt; i 2025 hadde vi 23 innbrudd i boder og fellesrom uten tegn til innbrudd. Digitale låser gir mulighet til å sperre tapte brikker og gi tidsbegrenset tilgang. Logging av leilighetsdøren er ikke nødvendig for vårt formål, og er derfor ikke tilgjengelig for oss. Logg for fellesdører er nødvendig for å følge opp innbrudd, men begrenses til 30 dager. Leietakere som ikke vil bruke app, får brikke. Leietakerne får informasjon ved innflytting og i leiekontrakten, kan se egen logg og få innsyn i hvem hos Bergtun som har sett logg for fellesdører.

## 4 Risikovurdering

| Nr | Risiko for leietakerne | S | K | Tiltak | Restrisiko
| 1 | Logg brukes til å kartlegge leietakers liv (når de er hjemme, overnattingsgjester) i husleiesaker eller ved mistanke om fremleie | 3 | 4 | Ingen tilgang for Bergtun til leilighetslogg, rutine, 30 dager | Høy
| 2 | Voldsutsatte leietakere: en tidligere partner med delt tilgang ser når den andre er hjemme | 2 | 5 | Varsel ved deling, enkel sletting av delte tilganger, rutine for sperring | Høy
| 3 | Studenter i kollektiv ser hverandres bevegelser i fellesdør-logg | 2 | 3 | Bare driftsleder ser fellesdør-logg | Lav
| 4 | Innbrudd i plattformen hos Låsly | 1 | 4 | Kryptering, revisjon | Lav

Tiltak vurdert, ikke gjennomført: logg lagret bare lokalt i låsen (ikke støttet av leverandøren); ingen logg i det hele tatt (forsikringsselskapet krever logg for fellesrom).

## 5 Ledelsens godkjenning

DPIA-en ble behandlet i ledermøtet 9. november 2026. Driftsleder og fagansvarlig la fram vurderingen, personvernombudets råd og innspill fra Leietakerforeningens lokallag og fra Studentsamskipnadens boligutvalg. Ledelsen godkjenner vurderingen og ber om forhåndsdrøftelse på grunn av høy restrisiko for risiko 1 og 2.

Oslo, 10.11.2026 · Stian Moe, daglig leder (signert elektronisk)
"""

LOCK_DRAFT = """
# DPIA digitale låser – UTKAST 0.6

~ 14.10.2026 · Camilla · [kommentarer i hakeparentes]

## 2 Beskrivelse

Vi bytter til digitale låser fra Låsly. Logg på alle dører, lagres 12 mnd [CR: for lenge? sjekk med PIS]. Bergtun kan se alle logger ved behov.

## 3 Nødvendighet

[PIS: her må dere skrive hvorfor logg på leilighetsdør er nødvendig, og hva dere har vurdert]

## 4 Risiko

Tas i workshop 28.10.

## 5 Godkjenning

Ledermøte november.
"""


def c013() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei,

        Bergtun Eiendomsforvaltning AS ber om forhåndsdrøftelse for innføring av digitale dørlåser med adgangslogg i våre utleieboliger.

        Vedlagt er endelig DPIA (versjon 1.0, PDF). Jeg har også lagt ved utkastet (versjon 0.6) som personvernombudet vårt kommenterte i oktober, siden flere av endringene i endelig versjon kom etter hans kommentarer – da kan dere se hvor vi kom fra. Det er versjon 1.0 som gjelder.

        Kontaktinformasjon står i kapittel 1.

    """)
        + "\n"
        + SIG
    )
    msg = message(
        "L013",
        CAMILLA,
        "Anmodning om forhåndsdrøftelse – digitale låser",
        when(11, 11, 13, 3),
        body,
        attachments=[
            ("DPIA_digitale_laser_v1.0_endelig.pdf", to_pdf(LOCK_FINAL, "DPIA digitale låser")),
            ("DPIA_digitale_laser_UTKAST_v0.6.docx", to_docx(LOCK_DRAFT)),
        ],
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "housing_rental",
            "access_logs",
            "draft_beside_final",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "part5_decision_in_dpia",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; final v1.0 (PDF) holds all five parts (approval as the management meeting's review and decision signed by the daily manager at the end); the earlier draft 0.6 with the DPO's bracketed comments is attached beside it «så dere kan se hvor vi kom fra»",
    )


PARK_DPIA = """
# DPIA – Skiltgjenkjenning i parkeringsanleggene

~ Bergtun Eiendomsforvaltning AS · Versjon 1.0 · 17.11.2026

## 1 Kontaktinformasjon

| Rolle | Navn | Telefon | E-post
| Kontaktperson | Camilla Rustad, fagansvarlig forvaltning | 41 20 66 73 | camilla.rustad@bergtun.no
| Personvernombud | Personvernhuset AS | se følgebrev | se følgebrev
| Databehandler | ParkAlert AS v/ Thomas Fjeld | 477 55 300 | thomas.fjeld@parkalert.no

## 2 Beskrivelse

Bergtun har sju parkeringsanlegg i garasjekjellere med til sammen 640 plasser for leietakere. Vi vil erstatte portbrikker med kameraer som leser bilskilt ved innkjøring og utkjøring. Leietakere registrerer bilskiltet i leietakerportalen. Ukjente biler som står mer enn 24 timer, får parkeringsgebyr fra ParkAlert AS. Kameraene tar bilde av skilt og front av bilen; skiltnummer, tidspunkt og bilde lagres.

Registrerte: leietakere, deres besøkende, håndverkere og andre som kjører inn. Om lag 1 400 inn- og utkjøringer per døgn. ParkAlert AS er databehandler for skiltgjenkjenningen og selvstendig behandlingsansvarlig for gebyrilleggelsen. Lagring: 48 timer for registrerte leietakere, 30 dager for ukjente biler og saker med gebyr etter forskriftens frister.

## 3 Nødvendighet og forholdsmessighet

Fremmedparkering har gjort at leietakere med betalt plass ikke finner plass (over 300 klager i 2025). Portbrikker deles og kopieres. Vi har vurdert vakthold og manuell kontroll (for dyrt og krever også registrering av skilt) og bom med brikke (løser ikke deling). Skiltgjenkjenning er etter vår vurdering nødvendig, men vi har begrenset den: kameraene ser bare innkjøringen, ikke selve anlegget; data om registrerte leietakere slettes etter 48 timer; Bergtun ser ikke inn- og utkjøringstider for leietakere. Leietakere får informasjon i leiekontrakten, på skilt ved innkjøringen og i portalen, og kan få innsyn og klage på gebyr.

## 4 Risikovurdering

| Risiko | S | K | Tiltak | Rest
| Inn- og utkjøringstider brukes til å kartlegge leietakers vaner eller i konflikter (f.eks. husleiesaker) | 2 | 4 | Bergtun har ikke tilgang, 48 timer | Middels
| Besøkende (f.eks. til krisesenterbeboere i anlegg 3) registreres og kan spores | 2 | 5 | Anlegg 3 holdes utenfor første fase | Høy
| Feil gebyr på grunn av feillesning | 3 | 2 | Manuell kontroll før gebyr | Lav
| Lekkasje hos ParkAlert | 1 | 3 | Databehandleravtale, kryptering | Lav

Vurdert, ikke gjennomført: sladding av frontbildet (ParkAlert trenger bildet som bevis ved klage); opptak bare ved ukjent skilt (ikke teknisk mulig i dagens kameraer).

## 5 Godkjenning

Behandlet i ledermøtet 16.11.2026: Ledermøtet gikk gjennom DPIA-en med personvernombudets råd og innspill fra beboerutvalgene. Ledermøtet godkjenner vurderingen og ber om forhåndsdrøftelse.

Stian Moe, daglig leder (signert elektronisk 17.11.2026)
"""


def c033() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei igjen,

        Vedlegget i e-posten vår fra i går (anmodning om forhåndsdrøftelse – skiltgjenkjenning i parkeringsanleggene) var dessverre tomt – vi ser nå at filen var på 0 kB. Her kommer det på nytt.

        Resten av e-posten fra i går gjelder som før.

    """)
        + "\n"
        + SIG
    )
    msg = message(
        "L033",
        CAMILLA,
        "SV: Anmodning om forhåndsdrøftelse – skiltgjenkjenning (vedlegget på nytt)",
        when(11, 19, 8, 52),
        body,
        attachments=[
            ("DPIA_skiltgjenkjenning_v1.0.pdf", to_pdf(PARK_DPIA, "DPIA skiltgjenkjenning"))
        ],
    )
    return msg, Label(
        "nb",
        (
            "housing_rental",
            "cameras_anpr",
            "resend_attachment_only",
            "refers_to_earlier_messages",
            "dpia_report_pdf",
            "contact_dpia_table",
            "p1_dpo_see_cover_letter",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "part5_decision_in_dpia",
        ),
        "none",
        True,
        "used",
        "resend of an attachment that was empty yesterday («filen var på 0 kB. Her kommer det på nytt»); labelled as what THIS message holds: the DPIA holds parts 2–5 and the contact person and processor, but its DPO row only says «Personvernhuset AS – se følgebrev», and yesterday's covering text is not repeated, the signature has no phone either → part 1 missing",
        (1,),
    )


SCREEN_DPIA = """
# DPIA – Digital leietakerscreening («Bergtun Søk»)

~ Bergtun Eiendomsforvaltning AS · Versjon 1.2 · 24.11.2026

## 1 Kontaktinformasjon

| Rolle | Navn | Telefon | E-post
| Kontaktperson | Camilla Rustad | 41 20 66 73 | camilla.rustad@bergtun.no
| Personvernombud | Per Ivar Solheim, Personvernhuset AS | 482 77 016 | pis@personvernhuset.no
| Databehandler | Utleiesjekk AS v/ Nora Kvam, daglig leder | 21 09 88 40 | nora.kvam@utleiesjekk.no

## 2 Beskrivelse av behandlingen

Søkere til ledige leiligheter (om lag 6 000 søknader per år) fyller ut søknad i «Bergtun Søk». Med søkerens samtykke henter Utleiesjekk AS kredittopplysninger fra kredittopplysningsbyrå, sjekker identitet med BankID, og sjekker om søkeren har tvangsfravikelsessaker registrert hos namsmannen (offentlig). Systemet gir en skår (grønn/gul/rød). Grønne søkere kan få tilbud om visning automatisk; gule og røde vurderes manuelt av utleier. Referanser fra tidligere utleier innhentes bare for gule.

Opplysninger: navn, fødselsnummer, kontaktinfo, inntekt (oppgitt), arbeidsgiver, husstandens størrelse, kredittscore, betalingsanmerkninger, tvangsfravikelsessaker. Søknader uten kontrakt slettes etter 3 måneder. Utleiesjekk AS er databehandler (drift i Norge).

## 3 Risikovurdering

| Nr | Risiko for søkerne | S | K | Tiltak | Rest
| 1 | Søkere med lav inntekt, trygdeytelser eller utenlandsk bakgrunn sorteres bort systematisk (indirekte diskriminering, jf. likestillings- og diskrimineringsloven) | 3 | 5 | Skåren bruker ikke navn, fødeland eller trygd; rød gir alltid manuell vurdering; kvartalsvis kontroll av utfall | Høy
| 2 | Søkeren forstår ikke hvorfor han ikke får visning | 4 | 3 | Begrunnelse på forespørsel, kontaktperson | Middels
| 3 | Kredittsjekk uten saklig behov (husleiegaranti/depositum kunne vært nok) | 3 | 3 | Kredittsjekk bare når søkeren går videre til visning | Middels
| 4 | Opplysninger lagres for lenge eller gjenbrukes ved ny søknad | 2 | 3 | Sletting etter 3 måneder | Lav

Vurdert, ikke gjennomført: helt manuell vurdering av alle søknader (ikke mulig med 6 000 søknader og tre saksbehandlere); å la søkere med depositumsgaranti fra NAV hoppe over kredittsjekk (vurderes etter et år).
"""


def c053() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        ANMODNING OM FORHÅNDSDRØFTELSE – DIGITAL LEIETAKERSCREENING

        Bergtun Eiendomsforvaltning AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for en digital løsning for vurdering av leiesøkere («Bergtun Søk»). DPIA-en med beskrivelse, kontaktinformasjon og risikovurdering ligger vedlagt.

        Nødvendighet og forholdsmessighet
        Vi får om lag 6 000 søknader i året til 250 ledige leiligheter. I dag vurderes søknadene manuelt, noe som tar lang tid og gir ulik praksis mellom saksbehandlerne; søkere venter i snitt 19 dager på svar. Husleieloven gir utleier rett til å vurdere om leietakeren kan betale, og husleietap er vår største enkeltstående risiko (2,1 MNOK i 2025). Vi har vurdert å nøye oss med depositum og husleiegaranti, men mange søkere har ikke råd til tre måneders depositum. En strukturert vurdering av betalingsevne er derfor nødvendig, og en digital løsning gir likere behandling. Vi har begrenset opplysningene til det som sier noe om betalingsevne: vi henter ikke opplysninger om helse, straffedommer, sosiale medier eller tidligere NAV-ytelser. Kredittsjekk gjøres først når søkeren går videre til visning. Ingen søkere får avslag automatisk – en rød skår gir alltid manuell vurdering.

        Søkernes rettigheter: informasjon i søknadsskjemaet før samtykke til kredittsjekk; gjenpartsbrev fra kredittopplysningsbyrået; rett til å få vite hvorfor de ikke får visning, og til å få vurderingen gjort på nytt av en annen saksbehandler; innsyn i egne opplysninger i portalen; sletting etter tre måneder.

        Styrets vedtak
        Utdrag fra styreportalen (Admincontrol), styresak 2026-27, vedtatt per e-postbehandling 20.11.2026:
        «Styret har fått seg forelagt DPIA for Bergtun Søk (v1.2) med administrasjonens presentasjon av funn, personvernombudets vurdering og innspill fra Leieboerforeningen og fra de ansatte i utleieavdelingen. Styret merker seg at risikoen for indirekte diskriminering er høy også etter tiltak. Styret godkjenner vurderingen og ber daglig leder anmode Datatilsynet om forhåndsdrøftelse før løsningen tas i bruk.»
        Registrert: alle fem styremedlemmer stemte for. Signert i Admincontrol av styreleder Eva Lindahl 20.11.2026.

    """)
        + "\n"
        + SIG
    )
    msg = message(
        "L053",
        CAMILLA,
        "Anmodning om forhåndsdrøftelse – digital leietakerscreening",
        when(11, 25, 10, 14),
        body,
        attachments=[("DPIA_Bergtun_Sok_v1.2.docx", to_docx(SCREEN_DPIA))],
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "housing_rental",
            "profiling",
            "automated_scoring",
            "part3_in_cover_letter",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "part5_decision_quoted_board_portal",
        ),
        "none",
        True,
        "used",
        "complete; the DPIA has no necessity chapter – necessity, proportionality and the applicants' rights are argued in the covering mail; approval as the board resolution quoted from the board portal (Admincontrol) in the body",
    )


SENSOR_LETTER = """
~ Datatilsynet
~ Postboks 458 Sentrum
~ 0105 Oslo

~ Oslo, 18. november 2026

# Anmodning om forhåndsdrøftelse – sensorer for inneklima og fukt i utleieleiligheter

Bergtun Eiendomsforvaltning AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36. Vi vil montere sensorer som måler temperatur, relativ luftfuktighet, CO2 og lyd-nivå (desibel, ikke opptak) i alle 1 100 utleieleiligheter.

Vedlagt følger vurderingen av personvernkonsekvenser og protokoll fra styremøtet 12. november. Kontaktpersoner finner dere nederst på siden.

Med vennlig hilsen

~ Bergtun Eiendomsforvaltning AS
~ Stian Moe, daglig leder
"""

SENSOR_DPIA = """
# DPIA – Inneklimasensorer i utleieleiligheter

~ Bergtun Eiendomsforvaltning AS · Versjon 1.0 · 13.11.2026

## 1 Beskrivelse

Formål: oppdage fuktskader og muggfare tidlig, og følge opp at leilighetene har forsvarlig inneklima (klager fra leietakere og krav i husleieloven § 5-3). I 2025 hadde vi 41 fuktskader; flere ble oppdaget først ved utflytting.

Sensoren (én i stue, én på bad) måler hvert 10. minutt: temperatur, fukt, CO2 og lydnivå i desibel. Data sendes til Inneklima Data AS sin plattform (databehandler, drift i Norge; kontakt: Andreas Berge, driftsansvarlig, tlf. 468 22 019, andreas.berge@inneklimadata.no). Bergtun får varsel ved fukt over terskel i mer enn 48 timer eller temperatur under 15 °C. Rådata lagres i 90 dager, varsler i 3 år.

Registrerte: om lag 1 900 leietakere og alle som oppholder seg i leilighetene. CO2- og lydnivå viser indirekte hvor mange som er til stede og når, og kan avsløre overnattingsgjester, fester, fravær og døgnrytme.

## 2 Nødvendighet og forholdsmessighet

Fuktskader er en helserisiko for leietakerne og et økonomisk tap for oss. Årlig befaring fanger ikke opp skader som utvikler seg over måneder. Vi har vurdert sensorer bare på bad (fukt og temperatur), men muggskader i stue/soverom skyldes ofte lav temperatur og dårlig lufting, som krever CO2-måling. Lydnivå er med fordi leverandøren har det i samme sensor; vi har besluttet å slå det av for Bergtun (bare leietaker ser lydnivå i appen). Bergtun ser ikke rådata for enkeltleiligheter, bare varsler. Leietaker kan se alle egne data i appen, få innsyn og be om at sensoren i stue slås av (da tar leietaker ansvar for lufting etter avtale). Informasjon gis i leiekontrakt, brosjyre og beboermøter.

## 3 Risikovurdering

| Risiko | S | K | Tiltak | Rest
| CO2/lyd brukes til å avdekke fremleie, overnatting eller antall beboere i strid med leiekontrakten | 3 | 4 | Bergtun ser bare varsler, ikke rådata; skriftlig forbud mot slik bruk | Høy
| Leietakere føler seg overvåket i eget hjem | 4 | 3 | Informasjon, lyd av, mulighet til å slå av stuesensor | Høy
| Varsel om lav temperatur avslører at leietaker ikke har råd til strøm | 2 | 3 | Varsel håndteres av vaktmester som tilbyr hjelp, ikke som mislighold | Middels
| Lekkasje hos databehandler | 1 | 3 | Databehandleravtale, kryptering | Lav

Ikke gjennomført: lagring bare på sensoren med varsel lokalt (ikke tilbudt); sensorer bare i leiligheter med kjent fuktproblem (forkastet – vi vet ikke hvor skadene kommer).
"""

SENSOR_BOARD = """
# Protokoll fra styremøte i Bergtun Eiendomsforvaltning AS

~ 12. november 2026 kl. 16.00, Bergtunveien 12
~ Til stede: Eva Lindahl (styreleder), Jon Arne Grøtte, Hilde Sand, Magnus Ødegård, Karin Bø. Fra administrasjonen: Stian Moe, Camilla Rustad (sak 3).

## Sak 1 Godkjenning av innkalling og dagsorden

Godkjent.

## Sak 2 Regnskap per 3. kvartal

Tatt til orientering.

## Sak 3 Inneklimasensorer i utleieleilighetene – DPIA

Fagansvarlig forvaltning presenterte DPIA-en. Personvernombudet (Personvernhuset AS) har anbefalt forhåndsdrøftelse. Leietakerforeningens lokallag har gitt skriftlig innspill og er særlig bekymret for at data kan brukes i fremleiesaker; innspillet er tatt inn i risikovurderingen og tiltakene.

Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser. Selskapet ber Datatilsynet om forhåndsdrøftelse før sensorene monteres. Data fra sensorene skal ikke brukes i fremleie- eller husleiesaker.

## Sak 4 Eventuelt

Ingen saker.

Protokollen er signert av alle styremedlemmene i Admincontrol 13.11.2026.
"""


def _c014_message(cid: str) -> EmailMessage:
    body = (
        txt("""
        Hei,

        Vedlagt følger brev med anmodning om forhåndsdrøftelse, DPIA og styreprotokoll.

    """)
        + "\n"
        + SIG
    )
    return message(
        cid,
        CAMILLA,
        "Anmodning om forhåndsdrøftelse – inneklimasensorer",
        when(11, 18, 11, 26),
        body,
        attachments=[
            ("Brev_Datatilsynet_forhandsdroftelse.pdf", letter_pdf(SENSOR_LETTER, FOOTER, "Brev")),
            ("DPIA_inneklimasensorer_v1.0.pdf", to_pdf(SENSOR_DPIA, "DPIA inneklimasensorer")),
            ("Styreprotokoll_2026-11-12.pdf", to_pdf(SENSOR_BOARD, "Styreprotokoll")),
        ],
        cc=DPO,
    )


def c014() -> tuple[EmailMessage, Label]:
    return _c014_message("L014"), Label(
        "nb",
        (
            "housing_rental",
            "home_sensors",
            "cover_letter_pdf",
            "contact_letter_footer_only",
            "signature_no_phone",
            "processor_contact_in_description",
            "dpia_report_pdf",
            "risk_likelihood_consequence",
            "part5_board_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; contact person and DPO only in the letterhead footer of the covering letter («Kontaktpersoner finner dere nederst på siden»), the processor's contact in the DPIA's description; board minutes as approval",
    )


def c054() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei,

        Vi har ikke fått kvittering eller saksnummer på anmodningen om forhåndsdrøftelse vi sendte 18. november, og er usikre på om den kom fram. Jeg videresender derfor hele den opprinnelige e-posten med alle vedlegg (vedlagt som egen melding).

        Den ble sendt kryptert første gang; denne gangen sender vi den ukryptert etter råd fra personvernombudet, siden den ikke inneholder sensitive personopplysninger.

    """)
        + "\n"
        + SIG
    )
    original = _c014_message("L014")
    msg = message(
        "L054",
        CAMILLA,
        "VS: Anmodning om forhåndsdrøftelse – inneklimasensorer (sendt på nytt)",
        when(12, 3, 9, 17),
        body,
        forwarded=("Anmodning om forhåndsdrøftelse – inneklimasensorer.eml", original),
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "housing_rental",
            "home_sensors",
            "resend_full",
            "refers_to_earlier_messages",
            "forwarded_rfc822",
            "cover_letter_pdf",
            "contact_letter_footer_only",
            "processor_contact_in_description",
            "dpia_report_pdf",
            "risk_likelihood_consequence",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "resend that repeats everything: the original L014 message forwarded whole as an attached .eml (message/rfc822) with its letter, DPIA and board minutes; complete",
    )


FREMLEIE_DPIA = """
# DPIA – Analyse av forbruksdata for å avdekke ulovlig fremleie

~ Bergtun Eiendomsforvaltning AS · Versjon 1.0 · 30.11.2026

## 1 Kontaktinformasjon

| Rolle | Navn | Telefon | E-post
| Kontaktperson | Camilla Rustad, fagansvarlig forvaltning | 41 20 66 73 | camilla.rustad@bergtun.no
| Personvernombud | Per Ivar Solheim, Personvernhuset AS | 22 41 18 90 | pis@personvernhuset.no
| Databehandler | Ingen – analysen gjøres internt i Bergtuns eget system | | |

## 2 Beskrivelse av behandlingen

Ulovlig fremleie (leietaker leier ut videre, ofte korttid via nettplattformer) er et økende problem i studentboligene og i sentrumsleilighetene. Vi vil sammenstille opplysninger vi allerede har – strømforbruk per leilighet (vi leverer strøm som del av husleien i 420 leiligheter), vannforbruk, adgangslogg for inngangsdør og antall brikker i bruk – og la et regelsett flagge leiligheter med mønstre som tyder på fremleie (f.eks. mange ulike brikker, forbruk når leietaker har meldt fravær). Flaggede leiligheter følges opp med brev og eventuelt befaring. Ca. 800 leiligheter omfattes. Analysen kjøres månedlig av controller og fagansvarlig; resultater lagres 6 måneder, lenger ved sak.

## 3 Nødvendighet og forholdsmessighet

Fremleie fører til slitasje, brannrisiko og at andre søkere ikke får bolig. Stikkprøvekontroll og tips fra naboer gir få treff. Vi mener sammenstilling av data vi allerede har er mindre inngripende enn befaringer i alle leiligheter. Flagg fører aldri direkte til oppsigelse – leietaker får alltid forklare seg. Leietakerne informeres i leiekontrakten (ny klausul) og på Min side, og kan få innsyn i egne data og i om de har vært flagget.

## 4 Risikovurdering

Risikovurderingen er utført av Sikkerhetspartner AS og er sendt Datatilsynet direkte fra dem. Den er derfor ikke gjentatt her.

## 5 Godkjenning

Ledermøtet 1.12.2026 gikk gjennom DPIA-en og konsulentens risikovurdering, personvernombudets kommentarer og innspill fra Leietakerforeningen. Ledermøtet godkjente vurderingen og besluttet å be om forhåndsdrøftelse.

Stian Moe, daglig leder (signert elektronisk)
"""


def c034() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei,

        Bergtun Eiendomsforvaltning AS ber om forhåndsdrøftelse for analyse av forbruksdata for å avdekke ulovlig fremleie. DPIA-en er vedlagt.

        Risikovurderingen fikk dere oversendt direkte fra vår konsulent Sikkerhetspartner AS 27. november (deres kontakt der er Lars Vik). Vi har derfor ikke lagt den ved her, for å unngå at det finnes to versjoner.

    """)
        + "\n"
        + SIG
        + "Tlf. 41 20 66 73\n"
    )
    msg = message(
        "L034",
        CAMILLA,
        "Forhåndsdrøftelse – analyse forbruksdata / fremleie",
        when(12, 2, 14, 8),
        body,
        attachments=[
            ("DPIA_fremleieanalyse_v1.0.pdf", to_pdf(FREMLEIE_DPIA, "DPIA fremleieanalyse"))
        ],
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "housing_rental",
            "profiling",
            "registry_linkage",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_none_stated",
            "part4_sent_earlier_not_attached",
            "refers_to_earlier_messages",
            "part5_decision_in_dpia",
        ),
        "none",
        True,
        "none",
        "incomplete twin for part 4: «Risikovurderingen fikk dere oversendt direkte fra vår konsulent … Vi har derfor ikke lagt den ved her», and the DPIA's chapter 4 says the same; no risk assessment anywhere in this message → only part 4 missing",
        (4,),
    )
