"""Cases f021-f040 of the blind5 corpus, each written by hand."""

from __future__ import annotations

from email.message import EmailMessage

from kit import (
    Label,
    message,
    scan_image,
    scan_pdf,
    to_docx,
    to_odt,
    to_pdf,
    to_rtf,
    to_xlsx,
    when,
)

Case = tuple[EmailMessage, Label]


def f021() -> Case:
    body = """Hei,

Transportsenteret Nord AS ber om forhåndsdrøftelse for sanntids GPS-sporing og kjørestilsanalyse
av våre 140 lastebiler og sjåfører. Vedlagt er ett dokument per punkt i deres veiledning.

Med vennlig hilsen
Anne Grete Solbakk
Personal- og HMS-leder, Transportsenteret Nord AS
Tlf 77 60 44 10 | mob 934 21 870
"""
    kontakt = """# Vedlegg 1 Kontaktopplysninger

Kontaktperson: Anne Grete Solbakk, personal- og HMS-leder, tlf. 934 21 870,
annegrete.solbakk@tsnord.no

Personvernombud: Rune Hætta, tlf. 905 66 301, rune.haetta@tsnord.no

Databehandler: FleetView Norge AS (leverandør av sporingsplattformen), kontaktperson Mari
Johnsen, tlf. 22 20 95 40, mari.johnsen@fleetview.no
"""
    besk = """# Vedlegg 2 Beskrivelse av behandlingen

Alle lastebiler får en enhet som sender posisjon hvert 30. sekund, fart, bremsing,
akselerasjon, tomgang og kjøre- og hviletid fra fartsskriveren. Data går til FleetView
Norge AS, som drifter plattformen. Trafikkledere ser posisjon i sanntid under skift.
Kjørestilsdata samles i en månedlig rapport per sjåfør som brukes i opplæring. Posisjonsdata
lagres i 3 måneder, kjørestilsrapporter i 12 måneder. 140 sjåfører berøres, også i pauser
og hviletid i bilen, da enheten ikke kan slås av av sjåføren.
"""
    risiko = """# Vedlegg 4 Risikovurdering

|Risiko|Vurdering|Tiltak|Restrisiko|
|Sporing i pauser og hvile (privatliv i førerhuset)|Høy|
Posisjon skjules for trafikkleder i registrert hviletid|Middels|
|Rapporter brukes til disiplinærtiltak uten dialog|Høy|
Avtale med tillitsvalgte, rapport bare i opplæring|Høy|
|Uautorisert tilgang i plattformen|Middels|Tofaktor, rollestyring, logg|Lav|
|Kontinuerlig kontroll gir stress og press på sjåførene|Høy|
Ingen sanntidsvarsel til leder om kjørestil|Middels|
"""
    ledelse = """# Vedlegg 5 Ledelsens behandling

Ledergruppen behandlet DPIA-en 2. og 30. oktober 2026. HMS-leder presenterte funnene. Innspill
fra Norsk Transportarbeiderforbund (klubben), verneombud og AMU ble gjennomgått. Ledergruppen
godkjente DPIA-en 30. oktober og ba om at det sendes anmodning om forhåndsdrøftelse.
Referat signert av adm. dir. Tor Inge Mathisen.
"""
    msg = message(
        "f021",
        "Anne Grete Solbakk <annegrete.solbakk@tsnord.no>",
        "Anmodning om forhåndsdrøftelse – GPS og kjørestil",
        when(11, 18, 9, 12),
        body,
        attachments=[
            ("Vedlegg 1 Kontaktopplysninger.rtf", to_rtf(kontakt)),
            ("Vedlegg 2 Beskrivelse av behandlingen.rtf", to_rtf(besk)),
            ("Vedlegg 3 Nødvendighet og proporsjonalitet.rtf", b""),
            ("Vedlegg 4 Risikovurdering.rtf", to_rtf(risiko)),
            ("Vedlegg 5 Ledelsens behandling.rtf", to_rtf(ledelse)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "file_per_part",
            "rtf",
            "headings_vedlegg",
            "contact_label_value",
            "processor_contact_separate",
            "zero_byte_part3",
        ),
        "pgp_mime",
        True,
        "used",
        "haulier GPS tracking; the file for necessity/proportionality is zero bytes",
        (3,),
    )


def f022() -> Case:
    body = """To Datatilsynet

REQUEST FOR PRIOR CONSULTATION – DRONE-BASED SECURITY PATROLS, PORT OF KJELVIK

Kjelvik Havn KF (municipal port enterprise) requests prior consultation under Article 36 GDPR.

Contact person: Harald Sunde, Port Security Officer (harald.sunde@kjelvikhavn.no).
Data protection officer: Nina Eliassen, +47 75 50 31 08, nina.eliassen@kjelvik.kommune.no.
We do not use any processor; the drones, ground station and storage are owned and operated
by the port.

Description. From March 2027 the port will fly an automated drone with a daylight and thermal
camera along the ISPS-restricted perimeter four times per night. Video is recorded and
analysed for intrusion; clips with detected persons are kept for 14 days, other video is
overwritten after 48 hours. The route passes 60 m from a residential area and a public
footpath, so residents, walkers and port workers may be recorded. Clips may be handed to the
police.

Necessity and proportionality. The ISPS Code and the Port Security Regulation require the port
to monitor the restricted area. Fixed cameras leave gaps along the 4 km fence, and guards on
foot are not sufficient at night. The camera is tilted towards the port, the residential
area is masked in software, no audio is recorded, flights are announced on signs and the
port's website, and access requests are handled by the DPO.

Risk assessment. High risk: recording of residents' gardens and windows if masking fails,
and a chilling effect on the use of the footpath. Medium: leakage of clips, use of thermal
images to monitor port workers' breaks. Measures: geofencing, masking tested monthly, access
restricted to two security officers, logging, written ban on HR use. Considered but not
implemented: manual piloting only (staffing). Residual risk for residents remains high.

Management validation. The board of Kjelvik Havn KF discussed the DPIA on 17 September and
5 November 2026. Findings were presented by the security officer; the residents' association,
the workers' union and the police were heard. The board approved the DPIA on 5 November and
decided to ask for prior consultation (board case 22/26).

Harald Sunde
Port Security Officer, Kjelvik Havn KF
"""
    msg = message(
        "f022",
        "Harald Sunde <harald.sunde@kjelvikhavn.no>",
        "Prior consultation – drone patrols Port of Kjelvik",
        when(11, 19, 8, 5),
        body,
    )
    return msg, Label(
        "en",
        ("all_in_body", "headings_inline", "processor_none_stated", "p1_contact_no_phone"),
        "none",
        True,
        "none",
        "port drone patrols; contact person has e-mail but no phone number",
        (1,),
    )


def f023() -> Case:
    inner_body = """Hei,

Parkering Bergheim KF ber om forhåndsdrøftelse for skiltgjenkjenning (ANPR) og mobil
kontroll i kommunale parkeringsområder. Dokumentasjonen ligger i de tre vedleggene.

Kontaktperson: Kine Aasland, fagleder, 55 31 72 08, kine.aasland@parkeringbergheim.no
Personvernombud: Geir Strømme, 55 31 70 00, personvernombud@bergheim.kommune.no
Databehandler: ParkSense AS (drift av kamera og backend), Roar Eik, 918 34 560,
roar.eik@parksense.no

Hilsen Kine Aasland
"""
    dpia = """# DPIA – ANPR i kommunale parkeringsområder

# Behandlingen

Kameraer ved inn- og utkjøring på 12 parkeringsplasser og i én kontrollbil leser
registreringsnummer. Nummeret sammenlignes med betalte parkeringer i appen. Ved manglende
betaling lagres bilde av kjøretøy og skilt som grunnlag for kontrollsanksjon. Skilt med
gyldig betaling slettes etter utkjøring, senest etter 24 timer. Om lag 3 millioner
passeringer per år. ParkSense AS drifter løsningen som databehandler; data lagres i Norge.
Eieropplysninger hentes fra Statens vegvesen kun ved sanksjon.

# Nødvendighet og forholdsmessighet

Grunnlag er art. 6 nr. 1 bokstav e, jf. vegtrafikkloven og parkeringsforskriften. ANPR
erstatter manuelle kontroller og gjør billettløs betaling mulig. Kamera er rettet mot
skiltet; personer i bilen maskeres. Informasjon på skilt ved innkjøring og på nettsiden.
Kontrollbilen registrerer bare i parkeringsområder, ikke under kjøring på offentlig vei.

# Risiko

Høy: at kontrollbilen kartlegger bevegelser til kjøretøy over tid, og at data brukes til
andre formål (politiet ber om data). Middels: feilavlesning gir urettmessig sanksjon. Tiltak:
sletting etter 24 t, ingen historikk, utlevering kun etter kjennelse, manuell kontroll før
sanksjon. Ikke gjennomført: kun fast kamera uten kontrollbil. Restrisiko høy for kontrollbil.
"""
    vedtak = """# Styret i Parkering Bergheim KF – protokoll 28.10.2026

Sak 18/26: DPIA ANPR. Daglig leder presenterte DPIA-en og funnene om høy restrisiko for
kontrollbilen. Styret gikk gjennom innspill fra Bergheim næringsforening, NAF og
personvernombudet. Saken var også oppe i juni (sak 11/26). Vedtak: DPIA godkjennes, og foretaket
ber om forhåndsdrøftelse før kontrollbilen tas i bruk.
"""
    inner = message(
        "f023-inner",
        "Kine Aasland <kine.aasland@parkeringbergheim.no>",
        "Anmodning om forhåndsdrøftelse – ANPR",
        when(11, 17, 14, 20),
        inner_body,
        attachments=[
            ("DPIA ANPR.pdf", to_pdf(dpia)),
            ("Protokoll styret 28.10.2026.pdf", to_pdf(vedtak)),
        ],
        to="postmottak@bergheim.kommune.no",
    )
    body = """Hei,

Denne kom til kommunens postmottak, men skulle til dere. Videresender den som vedlegg med
alle vedlegg slik den kom inn.

Med hilsen
Dokumentsenteret, Bergheim kommune
"""
    msg = message(
        "f023",
        "Dokumentsenteret Bergheim kommune <postmottak@bergheim.kommune.no>",
        "VS: Anmodning om forhåndsdrøftelse – ANPR",
        when(11, 19, 11, 47),
        body,
        forwarded=("Anmodning om forhåndsdrøftelse – ANPR.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "forwarded_rfc822",
            "contact_label_value",
            "processor_contact_body",
            "dpia_report_pdf",
            "minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete ANPR parking request forwarded as attached .eml by the municipality's archive",
    )


def f024() -> Case:
    body = """Hei,

Videresender.

Mvh
Per Arne
_____________________________________________
Fra: Sandnes, Tove <tove.sandnes@vikfjord.kommune.no>
Sendt: tirsdag 17. november 2026 14:02
Til: Lindahl, Per Arne <per.arne.lindahl@vikfjord.kommune.no>
Emne: Forhåndsdrøftelse
"""
    msg = message(
        "f024",
        "Per Arne Lindahl <per.arne.lindahl@vikfjord.kommune.no>",
        "VS: Forhåndsdrøftelse",
        when(11, 20, 7, 58),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_empty_forward", "all_in_body"),
        "none",
        False,
        "unspecified",
        "forward with an empty original message and no attachments; nothing to assess",
    )


def f025() -> Case:
    body = """Hei,

Helse Nordkyst HF ber om forhåndsdrøftelse for innføring av maskinlæringsbasert tidlig varsling
av sepsis i akuttmottak og sengeposter ved Nordkyst sykehus.

Kontaktperson: Ann-Kristin Moe, prosjektleder, tlf. 75 12 98 40 / 951 30 227,
ann-kristin.moe@nordkyst-hf.no
Personvernombud: Yngve Hals, tlf. 75 12 90 00, personvernombud@nordkyst-hf.no
Databehandler: Nordkyst IKT HF driver infrastrukturen for oss; kontakt Bodil Iversen,
tlf. 480 91 236, bodil.iversen@nordkyst-ikt.no.

DPIA-en ligger vedlagt. Vedtaket fra direktørens ledermøte er tatt bilde av og lagt ved som
JPG, siden vi ikke har skanner tilgjengelig i dag.

Vennlig hilsen
Ann-Kristin Moe
"""
    dpia = """# Vurdering av personvernkonsekvenser: tidlig varsling av sepsis

## Beskrivelse
Modellen henter vitale parametere, laboratoriesvar og medikamenter fra pasientjournalen og
kurveløsningen hvert 15. minutt for alle innlagte pasienter (ca. 28 000 opphold per år) og
beregner en risikoskår for sepsis. Skåren vises for sykepleier og lege i kurven med varsel
ved terskel. Modellen er trent på historiske data fra egne pasienter. Data lagres i
journalen etter pasientjournalloven. Nordkyst IKT HF drifter plattformen.

## Nødvendighet og proporsjonalitet
Grunnlag: art. 6 nr. 1 bokstav c og e og art. 9 nr. 2 bokstav h, jf. spesialisthelsetjenesteloven
og helsepersonelloven. Sepsis oppdages for sent i 1 av 5 tilfeller. Modellen er
beslutningsstøtte; helsepersonell avgjør. Pasienter informeres gjennom pasientinformasjon og
nettside. Kun nødvendige variabler brukes; ingen fritekst. Modellen valideres hvert halvår.

## Risiko og tiltak
Risikoer: feilvarsling fører til unødig behandling eller at sepsis overses (høy), skjevhet
for pasientgrupper som var underrepresentert i treningsdata (høy), at sykepleiere stoler for
mye på skåren (middels), uautorisert tilgang (lav). Tiltak: klinisk validering,
skjevhetsanalyse per alder/kjønn, opplæring, logging. Ikke gjennomført: forklaring per
skår (ikke støttet av leverandøren). Restrisiko for skjevhet vurderes som høy.
"""
    foto = """UTDRAG AV MØTEBOK - DIREKTØRENS LEDERMØTE
Helse Nordkyst HF - 26.10.2026

Sak 104/2026 Tidlig varsling av sepsis - validering av DPIA

Prosjektleder presenterte DPIA og funn: høy restrisiko for skjevhet og feilvarsling.
Uttalelse fra brukerutvalget, klinisk etikkomité og foretakstillitsvalgte (NSF, Legeforeningen)
ble gjennomgått. Saken ble første gang drøftet i ledermøtet 21.09.2026.

Vedtak: Ledermøtet godkjenner DPIA-en og ber om forhåndsdrøftelse hos Datatilsynet før
modellen tas i klinisk bruk.

Sign. administrerende direktør Siri Brandtzæg
"""
    msg = message(
        "f025",
        "Ann-Kristin Moe <ann-kristin.moe@nordkyst-hf.no>",
        "Forhåndsdrøftelse – sepsisvarsling",
        when(11, 20, 16, 21),
        body,
        attachments=[
            ("DPIA sepsisvarsling.docx", to_docx(dpia)),
            ("IMG_20261120_1544.jpg", scan_image(foto, "JPEG", 1.2)),
        ],
    )
    return msg, Label(
        "nb",
        ("contact_label_value", "processor_contact_body", "dpia_report_docx", "photo_jpg"),
        "none",
        True,
        "used",
        "complete hospital sepsis model request; part 5 only as a phone photo (JPEG)",
    )


def f026() -> Case:
    body = """Dear Sir/Madam,

Nordlys Forsikring ASA requests prior consultation regarding automated claims fraud scoring.

1) Contacts
Contact person: Marte Engebretsen, Head of Claims Analytics, +47 915 88 302,
marte.engebretsen@nordlysforsikring.no
DPO: Simen Haga, +47 22 40 17 75, dpo@nordlysforsikring.no
Processor: ClaimGuard Analytics Ltd (model hosting), Oliver Grant, +44 20 7946 0321,
oliver.grant@claimguard.co.uk

2) Description
All motor and home insurance claims (about 90 000 a year) will be scored by a model using
claim details, policy history, previous claims, data from the industry claims register (FOR),
and open social-media information about the claimant collected by the processor. Claims
above the threshold are sent to the special investigations unit. Scores are kept for 3 years.

3) Necessity and proportionality
Legal basis: Art. 6(1)(f) and Art. 10 in conjunction with the Personal Data Act section 11.
Fraud costs the industry NOK 1.5 billion a year. The model does not reject claims; an
investigator decides. Social-media collection is limited to public profiles, claimants are
informed in the claim form, and the scoring rules are reviewed by the DPO.

4) Risk assessment
High risks: wrongful suspicion and delayed payment for honest claimants, disproportionate
targeting of certain groups, and intrusive social-media collection. Measures: human review,
bias testing, limits on social-media collection, logging, DPA with the processor, SCCs for
UK transfer. Not implemented: dropping social-media data (reduces detection). Residual risk
remains high.

5) Management validation
The DPIA will be considered by the Board at its next meeting on 16 December 2026. We will
forward the Board minutes after that meeting.

Yours faithfully,
Marte Engebretsen
"""
    msg = message(
        "f026",
        "Marte Engebretsen <marte.engebretsen@nordlysforsikring.no>",
        "Request for prior consultation – claims fraud scoring",
        when(11, 23, 10, 11),
        body,
    )
    return msg, Label(
        "en",
        (
            "all_in_body",
            "headings_num",
            "contact_label_value",
            "processor_foreign",
            "part5_will_follow",
        ),
        "pgp_mime",
        True,
        "used",
        "insurer fraud scoring; board will consider the DPIA at its next meeting",
        (5,),
    )


def f027() -> Case:
    body = """Hei!

Vi i Rentvask Service AS ber om forhåndsdrøftelse for app med GPS-stempling for
renholdere hos kunder. Vedlagt er fem vedlegg etter Datatilsynets punkter.

Kontaktperson: Ali Haidari, driftssjef, 466 12 905, ali@rentvask.no
Personvernombud: Linda Bergersen, 22 69 41 00, personvernombud@rentvask.no
Databehandler: Tidslinje AS (app og server), Joakim Dahl, 21 49 33 70, joakim@tidslinje.no

Mvh Ali
"""
    tilbud = """# TILBUD – Tidslinje Pro, lisenser og implementering

Tilbud nr. 2026-1187 til Rentvask Service AS, gyldig til 31.12.2026.

|Produkt|Antall|Pris per mnd|Sum per mnd|
|Tidslinje Pro-lisens|220|kr 39|kr 8 580|
|Administratorlisens|6|kr 149|kr 894|
|Implementering og opplæring (engangs)|1|kr 24 000|kr 24 000|

Betalingsbetingelser: 30 dager netto. Prisene er eks. mva. Bindingstid 24 måneder.
Kontakt: Joakim Dahl, salgsansvarlig.
"""
    nodv = """# Vedlegg 3 Nødvendighet og forholdsmessighet

Vi må dokumentere utført tid overfor kundene, og kundene vil ha bekreftelse på oppmøte.
GPS-posisjon lagres bare ved inn- og utstempling (ikke løpende), og bare hvis renholderen er
innenfor 300 m av kundens adresse. Alternativ med NFC-brikke hos kunden er vurdert, men
mange kunder vil ikke ha brikker. Renholderne informeres ved ansettelse, tillitsvalgte er
enige, og den enkelte ser egne stemplinger i appen.
"""
    risiko = """# Vedlegg 4 Risikovurdering

Høy risiko: at posisjon brukes til å kontrollere renholdere i detalj og i lønnstvister,
og at mange ansatte med kort botid ikke forstår informasjonen. Middels: sikkerhetsbrudd
hos Tidslinje. Tiltak: informasjon på seks språk, kun stemplingsposisjon, logging, ingen
leder ser kart. Ikke gjennomført: anonymisert stempling (umulig å fakturere). Restrisiko
middels til høy.
"""
    ledelse = """# Vedlegg 5 Ledelsens godkjenning

Daglig leder og driftssjef gjennomgikk DPIA-en 12.10.2026 sammen med tillitsvalgt og
verneombud; funnene og innspillene fra de ansatte og fra tre storkunder ble gått gjennom.
Ledelsen godkjente DPIA-en og besluttet å be om forhåndsdrøftelse. Sign. Eva Rentvik,
daglig leder.
"""
    msg = message(
        "f027",
        "Ali Haidari <ali@rentvask.no>",
        "Forhåndsdrøftelse – GPS-stempling renhold",
        when(11, 23, 13, 37),
        body,
        attachments=[
            ("Vedlegg 2 Beskrivelse av behandlingen.pdf", to_pdf(tilbud)),
            ("Vedlegg 3 Nødvendighet.pdf", to_pdf(nodv)),
            ("Vedlegg 4 Risiko.pdf", to_pdf(risiko)),
            ("Vedlegg 5 Ledelsens godkjenning.pdf", to_pdf(ledelse)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "file_per_part",
            "pdf",
            "headings_vedlegg",
            "contact_label_value",
            "processor_contact_body",
            "wrong_file_part2",
        ),
        "none",
        True,
        "used",
        "cleaning company GPS clock-in; 'Vedlegg 2 Beskrivelse' is actually a price quote",
        (2,),
    )


def f028() -> Case:
    html = """<html><body style="font-family:Arial">
<p>Hei,</p>
<p>Husly Utleie AS ber om <b>forhåndsdrøftelse</b> etter GDPR art. 36 for automatisert
screening av leiesøkere. Vi har lagt ved:</p>
<ol>
<li>Kontaktark (Excel)</li>
<li>DPIA leietakerscreening (PDF) – beskrivelse, nødvendighet og risikovurdering</li>
<li>Styrevedtak (PDF)</li>
</ol>
<p>Med vennlig hilsen<br>Jens Petter Kolstad<br>Juridisk rådgiver, Husly Utleie AS</p>
</body></html>
"""
    kontakt = {
        "Kontakter": [
            ["Rolle", "Navn", "Telefon", "E-post", "Virksomhet"],
            [
                "Kontaktperson",
                "Jens Petter Kolstad",
                "936 40 215",
                "jpk@husly.no",
                "Husly Utleie AS",
            ],
            [
                "Personvernombud",
                "Maria Sjøberg",
                "22 05 66 80",
                "personvernombud@husly.no",
                "Husly Utleie AS",
            ],
            [
                "Databehandler",
                "Kenneth Bakke",
                "+47 477 30 918",
                "kenneth.bakke@screenly.no",
                "Screenly AS",
            ],
        ]
    }
    dpia = """# DPIA – automatisert screening av leiesøkere

Versjon 2.0, godkjent av styret 30.10.2026

# A. Systematisk beskrivelse

Husly leier ut ca. 2 400 boliger. Søknader (ca. 15 000 per år) skal behandles i
Screenly-plattformen (databehandler). Søkeren oppgir navn, fødselsnummer, inntekt,
arbeidsgiver og husstand. Screenly henter kredittvurdering fra kredittopplysningsbyrå,
sjekker betalingsanmerkninger og tidligere leieforhold hos Husly, og gir en anbefaling
(godkjent / manuell vurdering / avslag). Data om avslåtte søkere slettes etter 6 måneder.

# B. Nødvendighet og forholdsmessighet

Grunnlag: art. 6 nr. 1 bokstav b og f. Kredittsjekk er nødvendig for å vurdere
betalingsevne; inntektsopplysninger er frivillige alternativt til depositum. Ingen
automatiske avslag – alle «avslag» vurderes manuelt. Vi har fjernet sosiale medier og
etnisitet-nære variabler (navn, nasjonalitet) fra modellen. Søker får begrunnelse og kan be
om ny vurdering. Informasjon gis i søknadsskjemaet.

# C. Risikovurdering

|Risiko|Før tiltak|Tiltak|Etter tiltak|
|Diskriminering av søkere med innvandrerbakgrunn eller lav inntekt|Høy|
Variabler fjernet, månedlig skjevhetstest|Høy|
|Søker får ikke forklart avslag|Høy|Begrunnelse og manuell vurdering|Middels|
|Fødselsnummer på avveie|Middels|Kryptering, tilgangsstyring|Lav|

Vurdert, ikke gjennomført: fjerning av kredittsjekk for søkere med depositumsgaranti fra
NAV (under utredning).
"""
    vedtak = """# Styrevedtak – Husly Utleie AS

Styremøte 30. oktober 2026, sak 27/2026 Leietakerscreening

Administrasjonen presenterte DPIA versjon 2.0 og funnene (høy restrisiko for diskriminering).
Styret hadde saken oppe også 24. september. Innspill fra Leieboerforeningen og eget
beboerråd ble gjennomgått. Styret godkjente DPIA-en og vedtok å be om forhåndsdrøftelse.
"""
    msg = message(
        "f028",
        "Jens Petter Kolstad <jpk@husly.no>",
        "Forhåndsdrøftelse – screening av leiesøkere",
        when(11, 24, 9, 30),
        html=html,
        attachments=[
            ("Kontaktark.xlsx", to_xlsx(kontakt)),
            ("DPIA leietakerscreening v2.0.pdf", to_pdf(dpia)),
            ("Styrevedtak sak 27-2026.pdf", to_pdf(vedtak)),
        ],
    )
    return msg, Label(
        "nb",
        ("html_only_body", "contact_xlsx", "dpia_report_pdf", "minutes_pdf", "headings_letter"),
        "none",
        True,
        "used",
        "complete tenant screening request; contacts only in an XLSX sheet",
    )


def f029() -> Case:
    body = """Hi,

We are a small Oslo-based start-up (Kinfolk Health AS) building a platform that lets
employers offer mental-health check-ins to staff, with anonymised dashboards for HR.

We are not sure whether our design is good enough from a privacy perspective and would
very much like to discuss it with you before we finalise the DPIA. Could we book a guidance
meeting (veiledningsmøte) in January? We can present for 20 minutes and would appreciate
your input on whether our thinking on anonymisation and legal basis is on the right track.

Thanks in advance,
Priya Raman
CTO, Kinfolk Health AS
+47 401 77 320
"""
    msg = message(
        "f029",
        "Priya Raman <priya@kinfolkhealth.no>",
        "Guidance meeting request",
        when(11, 24, 17, 12),
        body,
    )
    return msg, Label(
        "en",
        ("nonrequest_guidance", "all_in_body"),
        "none",
        False,
        "unspecified",
        "start-up asks for a guidance meeting before finishing its DPIA",
    )


def f030() -> Case:
    body = """Hei,

Se vedlagt anmodning om forhåndsdrøftelse fra FitNord Treningssentre AS.

Mvh
Stine Valle
"""
    doc = """# Anmodning om forhåndsdrøftelse – ansiktsgjenkjenning ved inngang

Fra: FitNord Treningssentre AS, org.nr. 925 771 430 (19 sentre)

# 1. Kontaktinformasjon

Kontaktperson: Stine Valle, markeds- og kundesjef, tlf. 909 52 118, stine.valle@fitnord.no.
FitNord har ikke utnevnt personvernombud; vi har vurdert at vi ikke har plikt til det.
Vi bruker ingen databehandler – systemet driftes av vår egen IT.

# 2. Beskrivelse

Medlemmer skal kunne gå inn på sentrene ved ansiktsgjenkjenning i stedet for nøkkelbrikke.
Ved innmelding tar medlemmet et bilde i appen; en biometrisk mal lagres i vår database og
på terminalene. Ved inngang sammenlignes ansiktet med malene for senteret. Passeringer
lagres i 90 dager. Ca. 45 000 medlemmer, også ungdom fra 15 år.

# 3. Nødvendighet og proporsjonalitet

Formålet er å hindre utlån av brikker og gi rask inngang på ubetjente tider. Grunnlag er
uttrykkelig samtykke (art. 9 nr. 2 a). Medlemmer kan velge brikke i stedet, uten merpris.
Maler slettes når medlemskapet avsluttes.

# 4. Risikovurdering

Høy risiko for at biometriske maler kommer på avveie (kan ikke endres som et passord), og
at samtykket ikke er reelt for ungdom. Middels risiko for feilmatch. Tiltak: kryptering av
maler, ingen bilder lagres, alternativ med brikke, foresatte informeres for 15–17-åringer.
Ikke gjennomført: mal kun lagret i medlemmets telefon (for kostbart). Restrisiko høy.

# 5. Ledelsens validering

Ledergruppen behandlet DPIA-en 5. oktober og 2. november 2026. Funnene ble presentert, og
innspill fra medlemspanelet og senterlederne ble gjennomgått. Ledergruppen godkjente DPIA-en
og vedtok å be om forhåndsdrøftelse.
"""
    msg = message(
        "f030",
        "Stine Valle <stine.valle@fitnord.no>",
        "Forhåndsdrøftelse ansiktsgjenkjenning",
        when(11, 25, 8, 44),
        body,
        attachments=[("FitNord forhandsdroftelse.rtf", to_rtf(doc))],
    )
    return msg, Label(
        "nb",
        ("one_rtf", "headings_num", "contact_prose", "p1_no_dpo", "processor_none_stated"),
        "none",
        True,
        "none",
        "gym chain facial recognition; states it has no DPO, so part 1 is missing",
        (1,),
    )


def f031() -> Case:
    body = """Anmodning om forhåndsdrøftelse – posisjonering av hjemmetjenestens ansatte og biler

Fra Kvernes kommune, hjemmetjenesten

Hvem kan dere kontakte?
- Kontaktperson: Torunn Lyngstad, avdelingsleder hjemmetjenesten, 71 29 45 60,
  torunn.lyngstad@kvernes.kommune.no
- Personvernombud: Erlend Furu (interkommunalt personvernombud for Nordmøre),
  412 77 051, erlend.furu@ikt-nordmore.no
- Databehandler: Rutevakt AS, kontaktperson Hilde Gravdal, 22 10 80 44,
  hilde.gravdal@rutevakt.no

Hva gjelder saken?
Hjemmetjenesten har 34 biler og 120 ansatte som besøker ca. 600 brukere. Vi vil ta i bruk
Rutevakt, der bilenes posisjon og de ansattes tjenestetelefon viser hvor den ansatte er
under vakt. Posisjon brukes til ruteplanlegging, til å finne nærmeste ansatte ved
trygghetsalarm, og til å dokumentere besøkstid hos bruker. Posisjon lagres i 30 dager,
besøkslogg (tid inn/ut hos bruker) i journalen. Rutevakt AS drifter løsningen i Norge. Både
ansatte og brukere (indirekte: hvem som får besøk, når) berøres.

Hvorfor mener vi dette er nødvendig og forholdsmessig?
Trygghetsalarmer må besvares raskt, og vi mangler i dag oversikt over hvem som er nærmest.
Besøkstid må dokumenteres for vedtak om tjenester. Alternativ med manuell registrering gir
feil og tar tid fra brukerne. Posisjon vises bare for koordinator under vakt, ikke
historisk, og slås av ved vaktslutt. Ansatte og tillitsvalgte er informert og har medvirket;
brukerne får informasjon i vedtaksbrevet.

Hva er risikoene, og hva gjør vi?
Høy risiko: at posisjonshistorikk brukes til å kontrollere ansatte (pauser, kjøremønster)
og at besøkslogg avslører helseforhold hos brukere. Middels risiko: feil posisjon ved
trygghetsalarm. Tiltak: historikk kun for personvernombud og leder ved avvik, forbud mot
bruk i personalsaker, logging, tofaktor. Vurdert, ikke gjennomført: anonymisert posisjon
(ikke mulig ved alarm). Restrisiko for kontroll av ansatte er høy.

Hva har ledelsen bestemt?
Referat fra kommunedirektørens ledermøte 20.10.2026, sak 77/26:
Avdelingsleder presenterte DPIA og funn. Ledermøtet fikk lagt fram uttalelser fra
Fagforbundet, NSF, hovedverneombud og eldrerådet. Ledermøtet behandlet saken første gang
8. september. Vedtak: DPIA godkjennes. Kommunen ber om forhåndsdrøftelse før innføring.
Sign. kommunedirektør Arnt Ove Smith.

Hilsen
Torunn Lyngstad
"""
    msg = message(
        "f031",
        "Torunn Lyngstad <torunn.lyngstad@kvernes.kommune.no>",
        "Anmodning om forhåndsdrøftelse – posisjonering hjemmetjenesten",
        when(11, 25, 12, 3),
        body,
    )
    return msg, Label(
        "nb",
        (
            "all_in_body",
            "headings_question",
            "contact_bullets",
            "dpo_intermunicipal",
            "processor_contact_body",
            "minutes_quoted",
        ),
        "inline",
        True,
        "used",
        "complete home-care positioning request in plain body with question headings",
    )


def f032() -> Case:
    body = """Hei,

Vedlagt er førespurnad om førehandsdrøfting frå Austre Lia kommune om sensorar i
omsorgsbustader. Protokollen frå formannskapet er skanna.

Helsing
Kari Myklebust
"""
    doc = """# Førespurnad om førehandsdrøfting – sensorar i omsorgsbustader

# Kontaktinformasjon

|Rolle|Namn|Telefon|E-post|
|Kontaktperson|Kari Myklebust, tenesteleiar|57 72 61 14|kari.myklebust@austrelia.kommune.no|
|Personvernombod|Lars Hauge|950 31 447|lars.hauge@austrelia.kommune.no|
|Databehandlar|Tryggbu AS v/ Oddny Sælen|55 30 19 90|oddny.saelen@tryggbu.no|

# Skildring av handsaminga

Kommunen vil setje opp radarsensorar (utan kamera) i 18 omsorgsbustader for menneske med
utviklingshemming. Sensorane registrerer rørsle, pust og fall og varslar personalet via
Tryggbu AS sin plattform (databehandlar). Hendingar vert lagra i 30 dagar, og alvorlege
hendingar vert dokumenterte i journal.

# Naudsyn og forholdsmessigheit

Grunnlaget er art. 6 nr. 1 bokstav c og e og art. 9 nr. 2 bokstav h, jf. helse- og
omsorgstenestelova; for bebuarar som motset seg, kap. 9. Alternativet er fleire nattevakter
inne i bustaden, som er meir inngripande for bebuarane. Radar gjev ikkje bilete. Føresette
og verjer er informerte; individuell vurdering for kvar bebuar.

# Risikovurdering

Høg risiko for at bebuarar utan samtykkekompetanse ikkje forstår overvakinga, og for at
data om pust og søvn kan avsløre helse. Middels risiko for feilalarm og for tilgang hjå
leverandøren. Tiltak: individuelle vedtak, kort lagring, logg, avtale med leverandøren.
Ikkje gjennomført: lagring berre lokalt. Restrisikoen er høg.
"""
    protokoll = """AUSTRE LIA KOMMUNE - MØTEBOK FORMANNSKAPET
Møtedato: 28.10.2026

PS 61/26 Sensorar i omsorgsbustader - godkjenning av DPIA

Kommunedirektøren la fram DPIA med funn om høg restrisiko for bebuarar utan
samtykkekompetanse. Fråsegner frå Rådet for personar med funksjonsnedsetjing, NFU lokallag og
tillitsvalde var lagde ved. Saka var fyrste gong drøfta i formannskapet 9.9.2026.

Vedtak (samrøystes): Formannskapet godkjenner DPIA-en og ber kommunedirektøren be
Datatilsynet om førehandsdrøfting.

Rett utskrift: Ingunn Vatle, politisk sekretariat
"""
    msg = message(
        "f032",
        "Kari Myklebust <kari.myklebust@austrelia.kommune.no>",
        "Førehandsdrøfting sensorar omsorgsbustad",
        when(11, 26, 9, 9),
        body,
        attachments=[
            ("Forehandsdrofting sensorar.docx", to_docx(doc)),
            ("Mutebok formannskapet PS 61-26.pdf", scan_pdf([protokoll])),
        ],
    )
    return msg, Label(
        "nn",
        ("one_docx", "contact_table_docx_rows", "processor_contact_table", "scanned_minutes_pdf"),
        "pgp_mime",
        True,
        "used",
        "complete nynorsk municipality sensor request; minutes only as image-only PDF",
    )


def f033() -> Case:
    body = """Til Datatilsynet

Anmodning om forhåndsdrøftelse – sammenstilling av pasientflytdata (Helse Indre Øst HF)

Kontaktperson: Jørund Sæle, seniorrådgiver, 62 55 44 10, jorund.saele@hio-hf.no
Personvernombud: Cecilie Strand, 62 55 40 00 / 918 20 744, personvernombud@hio-hf.no

Beskrivelse: Helseforetaket vil koble data fra pasientadministrativt system, kurve,
laboratorie- og radiologisystemet for alle somatiske pasienter (ca. 110 000 kontakter/år) i en
analyseplattform for å finne flaskehalser i pasientflyten. Data er helseopplysninger med
fødselsnummer, tidsstempler, diagnosekoder og behandlingssted. Datasettet pseudonymiseres
før analyse. Lagringstid 5 år.

Nødvendighet og proporsjonalitet: Grunnlaget er art. 6 nr. 1 bokstav e og art. 9 nr. 2
bokstav h, jf. spesialisthelsetjenesteloven § 2-2 og pasientjournalloven § 6 om
kvalitetssikring. Analysen kan ikke gjøres på anonyme data fordi forløp må følges over tid.
Bare variabler som trengs for flyt tas med, ingen fritekst. Pasientene informeres på nettsiden
og kan protestere.

Risikovurdering: ROS-analysen er ikke gjennomført ennå. Den gjennomføres i januar 2027 og
sendes dere etterpå.

Med vennlig hilsen
Jørund Sæle
"""
    msg = message(
        "f033",
        "Jørund Sæle <jorund.saele@hio-hf.no>",
        "Forhåndsdrøftelse pasientflyt",
        when(11, 26, 14, 50),
        body,
    )
    return msg, Label(
        "nb",
        (
            "all_in_body",
            "headings_inline",
            "contact_label_value",
            "processor_unspecified",
            "part4_not_done",
            "part5_absent",
        ),
        "none",
        True,
        "unspecified",
        "hospital data linkage; risk assessment not done yet and no management validation",
        (4, 5),
    )


def f034() -> Case:
    body = """Dear Datatilsynet,

Fjellheim Lufthavn AS requests prior consultation regarding biometric boarding (face
matching at security and boarding gates) at Fjellheim Airport.

Attached: the DPIA (Word), our contact sheet (ODT) and the extract from the Board minutes.

Best regards,
Ingeborg Tangen
Legal Counsel
"""
    html = """<p>Dear Datatilsynet,</p><p>Fjellheim Lufthavn AS requests <b>prior consultation</b>
regarding biometric boarding (face matching at security and boarding gates) at Fjellheim
Airport.</p><p>Attached: the DPIA (Word), our contact sheet (ODT) and the extract from the
Board minutes.</p><p>Best regards,<br>Ingeborg Tangen<br>Legal Counsel</p>"""
    contacts = """# Contact sheet

|Role|Name|Phone|Email|
|Contact person|Ingeborg Tangen, Legal Counsel|+47 63 94 20 15|
ingeborg.tangen@fjellheim-lufthavn.no|
|DPO|Per Christian Wold|+47 900 61 388|dpo@fjellheim-lufthavn.no|
|Processor|IDGate Systems AS – Lene Kristiansen|+47 23 15 77 40|lene.kristiansen@idgate.no|
"""
    dpia = """# DPIA Biometric boarding

# 1 Context and description

About 1.8 million passengers a year. Passengers who opt in scan their passport and a selfie
at a kiosk; a facial template is created and linked to the boarding pass for the day of
travel. At security and gate, cameras match the passenger's face 1:N against the templates
of that day's enrolled passengers. The system is operated by IDGate Systems AS (processor)
on servers at the airport. Templates are deleted 2 hours after departure; audit logs are
kept for 90 days. Passengers who do not opt in use the manual lane.

# 2 Necessity, proportionality and safeguards

Legal basis: explicit consent (Art. 9(2)(a)). Purpose: faster and more accurate identity
checks. Manual lanes remain open with the same waiting time target, so consent is free.
Cameras at gates only capture the opted-in lane. Clear information at kiosks, in the app and
on signs; passengers can delete their enrolment at any time.

# 3 Risk assessment

High risks: people in the background captured by gate cameras; non-free consent if manual
lanes are slower; false non-matches affecting certain ethnic groups. Medium: template breach.
Measures: lane design, monitoring of waiting times, demographic performance testing,
encryption, deletion. Considered but not implemented: on-device matching with the
passenger's phone (not supported). Residual risk on non-free consent: high.
"""
    board = """# Extract from the minutes of the Board of Fjellheim Lufthavn AS, 29 October 2026

Item 6: Biometric boarding – DPIA. Legal Counsel presented the DPIA and its findings. The Board
considered the input from airlines, passenger representatives (Forbrukerrådet), the police
and the employee representatives. The Board approved the DPIA and resolved to request prior
consultation.
"""
    msg = message(
        "f034",
        "Ingeborg Tangen <ingeborg.tangen@fjellheim-lufthavn.no>",
        "Prior consultation – biometric boarding",
        when(11, 27, 10, 15),
        body,
        html=html,
        attachments=[
            ("DPIA Biometric boarding.docx", to_docx(dpia)),
            ("Contact sheet.odt", to_odt(contacts)),
            ("Board minutes extract 2026-10-29.pdf", to_pdf(board)),
        ],
    )
    return msg, Label(
        "en",
        ("multipart_alternative", "dpia_report_docx", "contact_odt", "minutes_pdf"),
        "pgp_mime",
        True,
        "used",
        "complete airport biometric boarding request; contacts in an ODT table",
    )


def f035() -> Case:
    body = """Deres ref.: 26/04127
Vår ref.: 2026/118

Svar på brev av 12.11.2026 – spørsmål om lagringstid

Vi viser til brev fra Datatilsynet 12. november 2026 i saken om forhåndsdrøftelse for
kameraovervåking ved Solbakken sykehjem, der dere ba om utdypende opplysninger om
lagringstid.

Lagringstiden for opptak er 7 dager. Opptak som er utlevert til politiet slettes hos oss
når utleveringen er bekreftet. Dette er nå også tatt inn i DPIA-en punkt 4.2.

Med vennlig hilsen
Birgitte Amdal
Kommuneadvokaten, Lindeberg kommune
"""
    msg = message(
        "f035",
        "Birgitte Amdal <birgitte.amdal@lindeberg.kommune.no>",
        "SV: Deres ref. 26/04127 – forhåndsdrøftelse kameraovervåking",
        when(11, 27, 13, 2),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_case_reply", "all_in_body"),
        "none",
        False,
        "unspecified",
        "reply to Datatilsynet's letter in an existing case; not a new request",
    )


def f036() -> Case:
    body = """Hei,

Vedlagt følger anmodning om forhåndsdrøftelse fra Bytaxi Vest SA om kamera med lyd i
drosjene. Saken er forankret i ledelsen.

Vennlig hilsen
Kenneth Flatebø
Daglig leder, Bytaxi Vest SA
Tlf. 995 20 486 – kenneth@bytaxivest.no
"""
    doc = """# Anmodning om forhåndsdrøftelse – kamera med lydopptak i drosjer

# Kontaktpersoner

Kontaktperson: Kenneth Flatebø, daglig leder, 995 20 486, kenneth@bytaxivest.no

Personvernombud: Sunniva Rød, 55 29 80 12, personvernombud@bytaxivest.no

Databehandler: CabCam Nordic AS, kundeansvarlig Tommy Hjelle, 404 18 732,
tommy.hjelle@cabcam.no

# Behandlingen

Alle 210 drosjer i sentralen får et kamera som filmer kupeen og tar opp lyd. Opptak lagres
kryptert i bilen i 72 timer og overskrives. Sjåføren eller sentralen kan merke et opptak
ved hendelse (trusler, vold, ran); merkede opptak lastes opp til CabCam Nordic AS
(databehandler) og lagres i 30 dager, og utleveres kun til politiet. Passasjerer og
sjåfører berøres; ca. 2 millioner turer per år.

# Nødvendighet og forholdsmessighet

Sentralen har registrert 63 voldshendelser mot sjåfører siste år. Grunnlag er art. 6 nr. 1
bokstav f og personopplysningsloven § 11 for opptak av straffbare forhold. Lyd er vurdert
som nødvendig fordi trusler ofte er verbale. Kun merkede opptak kan ses; ingen direkte
avlytting. Tydelig merking i bilen og i bestillingsappen.

# Risiko

|Risiko|Nivå|Tiltak|Restrisiko|
|Opptak av fortrolige samtaler mellom passasjerer (lyd)|Høy|Kort lagring, kun merket innhold ses|
Høy|
|Opptak brukes til å kontrollere sjåførene|Middels|Forbud i avtale, logging|Middels|
|Opptak kommer på avveie|Middels|Kryptering, databehandleravtale|Lav|

Vurdert, ikke gjennomført: lyd bare ved panikknapp (for sent i akutte situasjoner).
"""
    msg = message(
        "f036",
        "Kenneth Flatebø <kenneth@bytaxivest.no>",
        "Forhåndsdrøftelse – kamera i drosjer",
        when(11, 30, 8, 20),
        body,
        attachments=[("Forhåndsdrøftelse Bytaxi Vest.pdf", to_pdf(doc))],
    )
    return msg, Label(
        "nb",
        ("one_pdf", "contact_label_value", "processor_contact_body", "part5_bare_mention"),
        "pgp_mime",
        True,
        "used",
        "taxi cameras with audio; only 'saken er forankret i ledelsen' – passing mention",
        (5,),
    )


def f037() -> Case:
    body = """Hei,

Ringstad kommune ber om forhåndsdrøftelse for bruk av en prediksjonsmodell som anslår
hvilke hjemmeboende eldre som kan få behov for økte tjenester. Vi har laget ett dokument per
punkt (ODT, siden vi bruker LibreOffice).

Med hilsen
Helge Bakken
Rådgiver, Helse og omsorg
"""
    p1 = """# 1 Kontaktinformasjon

Kontaktperson i kommunen: Helge Bakken, rådgiver helse og omsorg, telefon 61 17 30 24,
e-post helge.bakken@ringstad.kommune.no.

Personvernombud: Johanne Eriksrud, telefon 472 08 351, e-post
personvernombud@ringstad.kommune.no.

Kommunen benytter ikke databehandler i denne behandlingen. Modellen kjøres på kommunens egen
analyseplattform og forvaltes av kommunens IT-avdeling.
"""
    p2 = """# 2 Systematisk beskrivelse av behandlingen

Modellen bruker opplysninger fra pleie- og omsorgsjournalen (vedtak, IPLOS-skår, fall,
innleggelser) og folkeregisteret (alder, bosituasjon) for ca. 3 100 innbyggere over 67 år
som mottar tjenester. Den beregner hver måned en skår for sannsynlig økt behov neste
halvår. Skåren vises for saksbehandler i tildelingskontoret og brukes til å prioritere
forebyggende hjemmebesøk. Skår lagres i 12 måneder. Ingen utlevering.
"""
    p3 = """# 3 Nødvendighet og forholdsmessighet

Grunnlaget er art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf. helse- og
omsorgstjenesteloven § 3-1 om forebygging. Forebyggende hjemmebesøk tilbys i dag etter alder
alene, noe som gir mange unødvendige besøk og overser de som trenger det. Skåren gir ingen
vedtak og endrer ikke tjenester; den gir bare grunnlag for å tilby et besøk, som kan takkes nei
til. Innbyggerne informeres i brev og på nettsiden, og kan be om å ikke bli skåret.
"""
    p4 = """# 4 Risikovurdering

Risiko 1 – feil skår gjør at personer med behov ikke får tilbud (høy). Tiltak: skåren er
tillegg til dagens ordning, ikke erstatning. Risiko 2 – følelse av å bli overvåket og
stemplet som «kommende pleietrengende» (høy). Tiltak: skåren vises ikke for utførende
tjenester eller bruker, kun saksbehandler. Risiko 3 – skjevhet mot personer som bor alene
eller har minoritetsbakgrunn (middels). Tiltak: halvårlig skjevhetsanalyse. Vurdert, ikke
gjennomført: samtykkebasert deltakelse (gir skjevt utvalg). Restrisiko 2 er høy.
"""
    p5 = """# 5 Ledelsens validering av DPIA

Kommunedirektørens ledergruppe, møter 15.09.2026 og 10.11.2026.
Presentasjon: rådgiver Helge Bakken presenterte DPIA og funn, med vekt på høy restrisiko
for stempling. Interessenter: eldrerådet, brukerrepresentanter, tillitsvalgte og
personvernombud har uttalt seg; uttalelsene ble gjennomgått i møtet 10.11.
Beslutning: Ledergruppen godkjenner DPIA-en og ber om forhåndsdrøftelse med Datatilsynet.
"""
    msg = message(
        "f037",
        "Helge Bakken <helge.bakken@ringstad.kommune.no>",
        "Forhåndsdrøftelse - prediksjonsmodell hjemmetjenester",
        when(11, 30, 13, 48),
        body,
        attachments=[
            ("1 Kontaktinformasjon.odt", to_odt(p1)),
            ("2 Beskrivelse.odt", to_odt(p2)),
            ("3 Nødvendighet.odt", to_odt(p3)),
            ("4 Risikovurdering.odt", to_odt(p4)),
            ("5 Ledelsens validering.odt", to_odt(p5)),
        ],
    )
    return msg, Label(
        "nb",
        ("file_per_part", "odt", "headings_num", "contact_prose", "processor_none_stated"),
        "none",
        True,
        "none",
        "complete municipal risk-score request; one ODT file per part",
    )


def f038() -> Case:
    body = """Dear Datatilsynet,

Butikkhuset Norge AS requests prior consultation regarding facial matching of known
offenders in 40 of our stores.

Please find attached our DPIA report, which contains the description of the processing and
our necessity and proportionality assessment. Also attached are the risk register and the
extract from the Board minutes.

Contacts:
Contact person – Thomas Wangen, Head of Loss Prevention, +47 926 18 400,
thomas.wangen@butikkhuset.no
DPO – Elin Grande, +47 22 81 60 05, dpo@butikkhuset.no
Processor – Vigilant Vision AS (system operation), Martin Solheim, +47 455 02 118,
martin.solheim@vigilantvision.no

Kind regards,
Thomas Wangen
"""
    register = {
        "Risk register": [
            ["#", "Risk", "Severity", "Likelihood", "Mitigation", "Residual"],
            [
                "1",
                "False match leads to wrongful confrontation of customer",
                "High",
                "Medium",
                "Staff must confirm match visually, no confrontation without manager",
                "High",
            ],
            [
                "2",
                "Watchlist includes persons without conviction",
                "High",
                "Medium",
                "Only persons with police report, review every 6 months",
                "Medium",
            ],
            [
                "3",
                "Biometric data of all customers processed",
                "High",
                "High",
                "Non-matches deleted in < 1 second",
                "High",
            ],
            ["4", "Children placed on watchlist", "High", "Low", "No persons under 18", "Low"],
        ]
    }
    board = """# Extract from Board minutes – Butikkhuset Norge AS – 4 November 2026

Item 9: Facial matching pilot. The Head of Loss Prevention presented the DPIA findings,
including the high residual risks 1 and 3. The Board reviewed the views of the employee
representatives (Handel og Kontor) and the customer panel. The Board approved the DPIA and
resolved to request prior consultation.
"""
    msg = message(
        "f038",
        "Thomas Wangen <thomas.wangen@butikkhuset.no>",
        "Prior consultation – facial matching in stores",
        when(12, 1, 9, 31),
        body,
        attachments=[
            ("Risk_register_facial_matching.xlsx", to_xlsx(register)),
            ("Board_minutes_extract_2026-11-04.pdf", to_pdf(board)),
        ],
    )
    return msg, Label(
        "en",
        (
            "attachment_referenced_missing",
            "xlsx_risk_matrix",
            "minutes_pdf",
            "contact_label_value",
            "processor_contact_body",
        ),
        "pgp_mime",
        True,
        "used",
        "retail facial matching; the DPIA report holding parts 2-3 is mentioned but not attached",
        (2, 3),
    )


def f039() -> Case:
    body = """Til Datatilsynet

Anmodning om forhåndsdrøftelse – Stiftelsen Ny Start: digital oppfølging i rusbehandling

Vi bistår Stiftelsen Ny Start og oversender på deres vegne anmodning om forhåndsdrøftelse
etter personvernforordningen artikkel 36. Anmodningen består av:

1. Følgebrev med kontaktinformasjon (Word)
2. Rapport: Vurdering av personvernkonsekvenser, versjon 1.0 (PDF, 6 sider)
3. Risikomatrise (Excel)
4. Referat fra styremøte 3. november 2026 (Word)

Vi gjør oppmerksom på at dokumentene inneholder opplysninger stiftelsen ber om blir unntatt
offentlighet, jf. offentleglova § 13 og § 26 annet ledd.

Med vennlig hilsen
Advokat Siv Rolfsen
Rolfsen & Aune Advokater AS
Tlf. 22 83 14 50 / mob. 948 22 613
"""
    folgebrev = """# Følgebrev

Til: Datatilsynet
Fra: Rolfsen & Aune Advokater AS på vegne av Stiftelsen Ny Start (org.nr. 998 204 117)
Dato: 1. desember 2026

# Kontaktinformasjon

Kontaktperson hos behandlingsansvarlig: fagdirektør Espen Tollefsen, telefon 934 06 218,
e-post espen.tollefsen@nystart.no. Stiftelsens personvernombud er Hilde Norum, telefon
22 98 01 44, e-post personvernombud@nystart.no. Stiftelsen bruker MedApp Norge AS som
databehandler for appen og skyløsningen; kontaktperson der er Ola Sandvik, telefon
415 90 332, e-post ola.sandvik@medapp.no.

Advokatfirmaet er fullmektig og kan også kontaktes (Siv Rolfsen, se e-post).
"""
    rapport = """# Vurdering av personvernkonsekvenser – digital oppfølging i rusbehandling

Versjon 1.0. Utarbeidet av Stiftelsen Ny Start med bistand fra Rolfsen & Aune Advokater.

# Sammendrag

Stiftelsen driver poliklinisk rusbehandling for 1 100 pasienter. En app skal gi pasientene
digital oppfølging mellom samtaler, inkludert selvrapportering, videosamtale og
dokumentasjon av urinprøver ved at pasienten filmer prøvetaking hjemme. Vurderingen
konkluderer med høy restrisiko, særlig for videodokumentasjon av prøvetaking.

# Behandlingens art, omfang, formål og sammenheng

Formål: tettere oppfølging, færre tilbakefall og færre fysiske oppmøter. Opplysninger:
identitet, kontaktinfo, selvrapportert rusbruk, humør og søvn, prøvesvar, video av
prøvetaking (lagres til prøvesvar foreligger, maks 14 dager), meldinger med behandler,
GPS-stempel ved prøvetaking (kun for å bekrefte at prøven tas hjemme). Pasientene er voksne
i sårbar situasjon; noen har saker i barnevernet eller hos politiet. Mottakere: behandler,
lege. Prøvesvar kan utleveres til barneverntjenesten eller domstolen bare med pasientens
samtykke. Databehandler er MedApp Norge AS (app og skyløsning i Norge).

# Informasjonssikkerhet og ansvar

Stiftelsen er behandlingsansvarlig. Tilgangsstyring etter tjenstlig behov, logging og
kontroll av logg, kryptering i ro og under overføring, BankID-innlogging. Normen for
informasjonssikkerhet følges.

# Nødvendighet og forholdsmessighet

Grunnlag: art. 6 nr. 1 bokstav c og art. 9 nr. 2 bokstav h, jf. spesialisthelsetjenesteloven
og pasientjournalloven. Bruken er frivillig: pasienten kan velge fysisk oppmøte uten at det
påvirker behandlingen. Videodokumentasjon er det mest inngripende elementet; vi har vurdert
alternativer (oppmøte, spyttprøve med sensor) og tilbyr spyttprøve som alternativ der det
faglig er forsvarlig. Kameraet filmer bare hender og prøvebeger etter veiledning i appen.
GPS lagres som «hjemme/ikke hjemme», ikke koordinater. Pasientene får informasjon ved
oppstart, i appen og skriftlig, og kan se alt som er registrert.

# Risiko for de registrertes rettigheter og friheter

Se vedlagt risikomatrise for full oversikt. De vesentligste risikoene er (1) krenkelse av
verdighet og privatliv ved filming av prøvetaking, (2) press på pasienten til å velge app
fordi fysisk oppmøte er vanskelig (frivillighet), (3) at prøvesvar og video kommer på avveie
med alvorlige følger (barnevern, arbeid), og (4) at medbestemmelse og forutsigbarhet svekkes
når oppfølgingen blir mer kontrollpreget. Gjennomførte tiltak er beskrevet i matrisen.
Vurdert, men ikke gjennomført: fullstendig fjerning av video (faglig ikke forsvarlig for alle
pasientgrupper) og lokal lagring på telefonen (sikkerhetsmessig dårligere). Restrisiko for
(1) og (2) er høy.
"""
    matrise = {
        "Risiko": [
            [
                "ID",
                "Trussel",
                "Sannsynlighet (1-5)",
                "Konsekvens (1-5)",
                "Risiko",
                "Tiltak",
                "Restrisiko",
            ],
            [
                "1",
                "Krenkelse ved filming av prøvetaking",
                "4",
                "5",
                "20",
                "Kun hender og beger, automatisk sletting, spyttprøve som alternativ",
                "12",
            ],
            [
                "2",
                "Manglende frivillighet",
                "3",
                "4",
                "12",
                "Fysisk oppmøte alltid mulig, informasjon",
                "9",
            ],
            [
                "3",
                "Video/prøvesvar på avveie",
                "2",
                "5",
                "10",
                "Kryptering, tilgangslogg, sletting etter 14 dager",
                "5",
            ],
            [
                "4",
                "Svekket medbestemmelse og forutsigbarhet",
                "3",
                "3",
                "9",
                "Brukerpanel, årlig evaluering",
                "6",
            ],
        ],
        "Tiltak ikke gjennomført": [
            ["Tiltak", "Begrunnelse"],
            ["Fjerne video helt", "Faglig ikke forsvarlig for alle pasientgrupper"],
            ["Lokal lagring på telefon", "Risiko for tap og innsyn fra andre i husstanden"],
        ],
    }
    referat = """# Referat fra styremøte i Stiftelsen Ny Start

Dato: 3. november 2026. Til stede: styreleder Anne Brudal, styremedlemmer Jon Haugen,
Ruth Lie og Arvid Strand, brukerrepresentant Morten Åsen. Fra administrasjonen: daglig
leder Kristin Mo og fagdirektør Espen Tollefsen. Advokat Siv Rolfsen deltok under sak 4.

# Sak 4/26 Digital oppfølging – vurdering av personvernkonsekvenser

Fagdirektøren presenterte vurderingen av personvernkonsekvenser og funnene, herunder høy
restrisiko ved filming av prøvetaking og frivillighet. Saken var drøftet i styret første
gang 15. september (sak 2/26), der styret ba om at spyttprøve skulle utredes som alternativ.

Styret fikk framlagt uttalelser fra brukerrådet, fra RIO (brukerorganisasjon), fra de
ansattes tillitsvalgte og fra personvernombudet. Brukerrådets forslag om at kameraet bare
skal filme hender er tatt inn.

Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser. Styret konstaterer at
restrisikoen er høy, men at tiltaket er viktig for pasientene, og ber administrasjonen
anmode Datatilsynet om forhåndsdrøftelse før appen tas i bruk.
"""
    msg = message(
        "f039",
        "Siv Rolfsen <siv.rolfsen@rolfsen-aune.no>",
        "Anmodning om forhåndsdrøftelse – Stiftelsen Ny Start (unntatt offentlighet)",
        when(12, 1, 14, 5),
        body,
        attachments=[
            ("Folgebrev Ny Start.docx", to_docx(folgebrev)),
            ("DPIA Ny Start v1.0.pdf", to_pdf(rapport)),
            ("Risikomatrise.xlsx", to_xlsx(matrise)),
            ("Styrereferat 03.11.2026.docx", to_docx(referat)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "lawyer_on_behalf",
            "cover_docx",
            "contact_prose",
            "dpia_report_pdf",
            "xlsx_risk_matrix",
            "minutes_docx",
            "long_request",
        ),
        "none",
        True,
        "used",
        "complete long request from a law firm for a treatment foundation; four attachments",
    )


def f040() -> Case:
    body = """Hei

Jeg jobber som elektriker og firmaet har satt GPS i bilen min. Nå sier sjefen at de
kan se hvor jeg er hele døgnet, også når jeg har bilen hjemme i helgene. Er det lov?
Må de spørre meg først? Jeg har ikke fått noen informasjon om dette.

Hilsen Kristian
"""
    msg = message(
        "f040",
        "Kristian B <kristianb1988@gmail.com>",
        "GPS i firmabil - er det lov?",
        when(12, 1, 22, 40),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_individual_question", "all_in_body"),
        "none",
        False,
        "unspecified",
        "employee asks whether GPS tracking of his company car is lawful",
    )
