"""Cases f041-f060 of the blind5 corpus, each written by hand."""

from __future__ import annotations

from email.message import EmailMessage

from kit import (
    Label,
    message,
    scan_image,
    scan_pdf,
    to_docx,
    to_html,
    to_pdf,
    to_xlsx,
    to_zip,
    when,
)

Case = tuple[EmailMessage, Label]


def f041() -> Case:
    body = """Til Datatilsynet

Vedlagt oversendes anmodning om forhåndsdrøftelse for kamera med lydopptak i Fjordbuss AS
sine busser.

Med vennlig hilsen
Fjordbuss AS
Postboks 140, 6801 Førde
"""
    doc = """# Anmodning om forhåndsdrøftelse – kamera og lyd i busser

# Kontaktinformasjon

|Personvernombud|Databehandler|
|Marianne Kvåle|Busscam AS v/ Sverre Hovde|
|57 82 10 45|913 46 027|
|personvernombud@fjordbuss.no|sverre.hovde@busscam.no|

# Beskrivelse av behandlingen

Fjordbuss AS har 160 busser i rutetrafikk. Hver buss får seks kameraer (inkl. førerplass) og
mikrofon ved sjåføren. Opptak lagres i bussen i 7 dager og overskrives. Ved hendelser
henter Busscam AS (databehandler) ut opptak etter bestilling fra trafikksjef. Registrerte er
passasjerer, skoleelever og sjåfører; ca. 9 millioner reiser per år.

# Nødvendighet og forholdsmessighet

Vold og trusler mot sjåfører og hærverk har økt. Lyd bare ved sjåførplassen, ikke i kupeen.
Informasjon med skilt ved alle dører og på nettsiden. Opptak ses bare ved hendelse, av to
navngitte personer. Grunnlag: art. 6 nr. 1 bokstav f.

# Risikovurdering

Høy: at skoleelever overvåkes i det daglige, at lyd fanger opp samtaler med sjåføren om
private forhold. Middels: bruk mot sjåførene. Tiltak: kort lagring, avtale med
tillitsvalgte, logging. Vurdert, ikke gjennomført: ingen lyd. Restrisiko: høy.

# Ledelsens validering

Ledergruppen behandlet DPIA-en 7. og 28. oktober 2026. Trafikksjef presenterte funn; innspill
fra Yrkestrafikkforbundet, fylkeskommunen (oppdragsgiver) og elevrådene ble vurdert.
Ledergruppen godkjente DPIA-en og besluttet å be om forhåndsdrøftelse.
"""
    msg = message(
        "f041",
        "Fjordbuss AS <post@fjordbuss.no>",
        "Forhåndsdrøftelse – kamera i busser",
        when(12, 2, 8, 30),
        body,
        attachments=[("Forhandsdroftelse kamera buss.docx", to_docx(doc))],
    )
    return msg, Label(
        "nb",
        ("one_docx", "contact_table_docx_cols", "processor_contact_table", "p1_no_contact_person"),
        "none",
        True,
        "used",
        "bus cameras; DPO and processor given, but no contact person at the controller",
        (1,),
    )


def f042() -> Case:
    body = """Hello,

HjerteMatch AS (dating app, ~180 000 Norwegian users) requests prior consultation under
GDPR Art. 36 for automated romance-scam detection. All documentation is in the attached Word
document. I am the contact person for this request; our DPO is Camilla Vik, phone
+47 918 44 260, e-mail privacy@hjertematch.no.

Best,

Jon-Erik Sætre
Trust & Safety Lead | HjerteMatch AS
M: +47 482 19 007
E: jon-erik.saetre@hjertematch.no
"""
    doc = """# Prior consultation request: automated romance-scam detection

# About the processing

HjerteMatch will analyse all chat messages, profile photos and behavioural signals (number of
new contacts per day, requests to move to other apps, mentions of money or crypto) with a
classifier to detect romance scammers. Flagged accounts are reviewed by our Trust & Safety
team, who may restrict or ban the account. Affected users: all users, including the
victims whose messages are analysed. Messages are analysed in transit; flags and the
relevant message excerpts are stored for 12 months. The model runs in our own environment;
HjerteMatch does not use any processor for this processing.

# Necessity and proportionality

Legal basis: Art. 6(1)(f). Romance scams caused documented losses of NOK 40 million among
Norwegian dating-app users in 2025. Less intrusive options (user reporting, warnings) catch
scams too late. Safeguards: no human reads messages unless flagged, excerpts limited to
the flagged sentences, no use for advertising, users informed in the terms and in-app,
appeal process with human review, and special categories (sexual orientation inferred from
profile) are excluded from the model features.

# Risks to users' rights and freedoms

High: chilling effect on private communication, false positives leading to bans of genuine
users (particularly users writing in non-Norwegian languages), and indirect processing of
data on sexual life. Medium: breach of flagged excerpts. Measures implemented: human
review, appeal, language-specific evaluation, encryption, access logging. Measures
considered but not implemented: client-side detection (drains battery, easy to bypass).
Residual risk for the chilling effect remains high.

# Management review

The leadership team reviewed the DPIA on 21 October 2026 after a presentation of the
findings by Trust & Safety and the DPO. Input from the user panel and from a victim support
organisation was summarised. The leadership team approved the DPIA and decided to request
prior consultation; CEO Malin Thorsen signed the decision.
"""
    msg = message(
        "f042",
        "Jon-Erik Sætre <jon-erik.saetre@hjertematch.no>",
        "Prior consultation – scam detection in HjerteMatch",
        when(12, 2, 11, 55),
        body,
        attachments=[("HjerteMatch_prior_consultation.docx", to_docx(doc))],
    )
    return msg, Label(
        "en",
        (
            "one_docx",
            "contact_signature",
            "dpo_sentence",
            "processor_none_stated",
            "headings_plain",
        ),
        "none",
        True,
        "none",
        "complete dating-app scam detection request; contact in signature, DPO in one sentence",
    )


def f043() -> Case:
    body = """Hei,

Livtrygg Forsikring AS ber om forhåndsdrøftelse for automatisert helsevurdering ved kjøp av
livs- og uføreforsikring. Dokumentene ligger i vedlagt zip-fil (fem PDF-er).

Mvh
Gro Tennfjord
Juridisk direktør
"""
    files = {
        "1_kontaktinfo.pdf": """# Kontaktinformasjon

Kontaktperson: Gro Tennfjord, juridisk direktør, 24 11 70 00 / 917 40 225,
gro.tennfjord@livtrygg.no

Personvernombud: Amund Rasch, 24 11 70 90, personvernombud@livtrygg.no

Databehandler: Risikomotor AS (regelmotor og drift), kontaktperson Helene Berg,
468 31 904, helene.berg@risikomotor.no
""",
        "2_beskrivelse.pdf": """# Beskrivelse av behandlingen

Kunder som søker livs- eller uføreforsikring fyller ut en helseerklæring digitalt. En
regelmotor levert og driftet av Risikomotor AS (databehandler) vurderer svarene og gir
automatisk aksept, aksept med tillegg eller henvisning til manuell vurdering. Ca. 35 000
søknader per år. Opplysninger: diagnoser, medisiner, BMI, røyking, familiehistorie
(forsikringsavtaleloven begrenser hva som kan spørres om). Lagring i forsikringstiden + 10 år.
""",
        "3_nodvendighet.pdf": """# Nødvendighet og forholdsmessighet

Grunnlag: art. 6 nr. 1 bokstav b, art. 9 nr. 2 bokstav f/g jf. forsikringsavtaleloven
§ 13-1 og personopplysningsloven. Automatisk behandling er tillatt etter art. 22 nr. 2
bokstav a. Ingen automatiske avslag: avslag og tillegg over 50 % vurderes av
helsevurderer. Kunden får begrunnelse og kan be om ny vurdering. Familiehistorie brukes
bare slik loven tillater. Spørsmål om genetiske tester stilles ikke.
""",
        "4_risiko.pdf": """# Risikovurdering

|Risiko|Nivå|Tiltak|Rest|
|Urimelig forskjellsbehandling av kronisk syke|Høy|Manuell vurdering, regelrevisjon|Høy|
|Kunden forstår ikke vurderingen|Middels|Begrunnelse, klageadgang|Middels|
|Helseopplysninger på avveie|Middels|Kryptering, logging, revisjon|Lav|

Vurdert, ikke gjennomført: fjerne automatikk helt (lengre saksbehandling for alle).
""",
        "5_ledelsens_godkjenning.pdf": """# Ledelsens godkjenning

Konsernledelsen 13.10.2026 og styret 27.10.2026 har behandlet DPIA-en etter presentasjon
av funnene fra juridisk direktør. Innspill fra Funksjonshemmedes Fellesorganisasjon,
Kreftforeningen og Finans Norge ble gjennomgått. Styret godkjente DPIA-en og vedtok å be om
forhåndsdrøftelse.
""",
    }
    archive = to_zip({name: to_pdf(text) for name, text in files.items()})
    msg = message(
        "f043",
        "Gro Tennfjord <gro.tennfjord@livtrygg.no>",
        "Forhåndsdrøftelse – automatisert helsevurdering",
        when(12, 2, 14, 10),
        body,
        attachments=[("Livtrygg_forhandsdroftelse.zip", archive)],
    )
    return msg, Label(
        "nb",
        ("zip", "file_per_part", "pdf", "contact_label_value", "processor_contact_separate"),
        "none",
        True,
        "used",
        "complete life-insurance health assessment request; ZIP of five PDFs",
    )


def f044() -> Case:
    body = """Hei,

Smårollingen Barnehager AS (11 barnehager) ber om forhåndsdrøftelse for ny foreldreapp med
bildedeling og daglig dokumentasjon av barna. Vi legger ved:

- Vedlegg 1 Kontaktpersoner
- Vedlegg 2 Beskrivelse
- Vedlegg 4 Risikovurdering
- Vedlegg 5 Styrets behandling (skjermbilde av protokollen)

Mvh
Hanna Lothe
Pedagogisk leder/prosjektleder
"""
    v1 = """# Vedlegg 1 Kontaktpersoner

|Navn|Rolle|Telefon|E-post|
|Hanna Lothe|Kontaktperson|951 07 442|hanna.lothe@smarollingen.no|
|Bjørn Helle|Personvernombud|22 70 31 18|personvernombud@smarollingen.no|
|Kidsy AS v/ Nora Falk|Databehandler (appleverandør)|40 60 22 15|nora.falk@kidsy.no|
"""
    v2 = """# Vedlegg 2 Beskrivelse av behandlingen

Appen Kidsy skal brukes av ansatte og foreldre. Ansatte registrerer oppmøte, søvn, måltider,
bleieskift, humør og observasjoner av barnets utvikling, og deler bilder fra dagen.
Bilder der flere barn er med deles bare med foresatte som har samtykket for alle barna på
bildet. Ca. 900 barn. Kidsy AS er databehandler og lagrer data i Norge. Data slettes 3
måneder etter at barnet slutter.
"""
    v4 = """# Vedlegg 4 Risikovurdering

Høy risiko: observasjoner av utvikling (f.eks. språk, atferd) blir liggende i appen og kan
stigmatisere barnet; bilder spres videre av foreldre. Middels risiko: feil deling av bilder
med foreldre uten samtykke; sikkerhetsbrudd hos leverandør. Tiltak: observasjoner ikke synlig
for foreldre før samtale, vannmerke, nedlasting sperret, samtykkestyring i appen. Ikke
gjennomført: fullstendig forbud mot bilder av flere barn. Restrisiko høy.
"""
    v5 = """# Vedlegg 5 Styrets behandling

Styremøte 22.10.2026, sak 14/26: Prosjektleder presenterte DPIA og funn. Styret vurderte
innspill fra foreldrerådene (SU) og de ansattes tillitsvalgte (Utdanningsforbundet,
Fagforbundet). Styret godkjente DPIA-en og vedtok å be om forhåndsdrøftelse.
"""
    msg = message(
        "f044",
        "Hanna Lothe <hanna.lothe@smarollingen.no>",
        "Forhåndsdrøftelse foreldreapp",
        when(12, 3, 9, 2),
        body,
        attachments=[
            ("Vedlegg 1 Kontaktpersoner.docx", to_docx(v1)),
            ("Vedlegg 2 Beskrivelse.docx", to_docx(v2)),
            ("Vedlegg 4 Risikovurdering.docx", to_docx(v4)),
            ("Vedlegg 5 Styrets behandling.png", scan_image(v5.replace("# ", ""), "PNG")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "file_per_part",
            "docx",
            "headings_vedlegg",
            "contact_table_docx_rows",
            "processor_contact_table",
            "part3_absent",
            "photo_png",
        ),
        "none",
        True,
        "used",
        "kindergarten app; no necessity/proportionality assessment anywhere (no Vedlegg 3)",
        (3,),
    )


def f045() -> Case:
    body = """Hello,

We are preparing a request for prior consultation on behalf of a client and would like to
send it encrypted. Your website mentions OpenPGP. Could you confirm the current fingerprint
of your public key, and whether you accept PGP/MIME or only inline PGP? Also, is there a size
limit for attachments?

Kind regards,
Fredrik Nyman
Senior Associate, Nyman Privacy Advisory AB
+46 70 412 88 31
"""
    msg = message(
        "f045",
        "Fredrik Nyman <fredrik.nyman@nymanprivacy.se>",
        "Question: encrypted submission",
        when(12, 3, 10, 18),
        body,
    )
    return msg, Label(
        "en",
        ("nonrequest_practical_question", "all_in_body"),
        "none",
        False,
        "unspecified",
        "consultant asks about PGP key and attachment limits before sending a request",
    )


def f046() -> Case:
    text = """Hei,

Kollektivtrafikk Rogn AS ber om forhåndsdrøftelse for kroppsbårne kameraer for
billettkontrollører.

Kontaktinformasjon:
|Rolle|Navn|Telefon|E-post|
|Kontaktperson|Ida Sørbø, fagleder kontroll|51 90 42 70|ida.sorbo@kollrogn.no|
|Personvernombud|Pål Aanestad|994 28 317|personvernombud@kollrogn.no|
|Databehandler|Kontrollteknikk AS, Vidar Nes|23 00 81 55|vidar.nes@kontrollteknikk.no|

1 Behandlingen
40 billettkontrollører skal bære kamera. Opptak startes manuelt når en situasjon kan
eskalere eller ved ilegging av gebyr når passasjeren bestrider. Opptak (bilde og lyd) lagres
hos Kontrollteknikk AS (databehandler) i 30 dager, og utleveres bare til politiet eller ved
klage på gebyr. Ca. 70 000 kontroller per år.

2 Nødvendighet og forholdsmessighet
Trusler mot kontrollører er doblet siden 2024. Grunnlag: art. 6 nr. 1 bokstav f. Ingen
kontinuerlig opptak; forvarsel muntlig; merking på uniform; barn under 15 filmes ikke
bevisst; informasjon i appen og på holdeplasser.

3 Risikovurdering
Høy: opptak av medpassasjerer og barn på fulle busser; nedkjølende effekt. Middels:
opptak brukt til å vurdere kontrollørene. Tiltak: manuell start, sladding ved utlevering,
forbud i avtale med tillitsvalgte, logging. Ikke gjennomført: automatisk sladding (ikke
tilgjengelig). Restrisiko: høy for medpassasjerer.

4 Ledelsens validering
Ledergruppen gikk gjennom DPIA-en 1. oktober og 5. november 2026. Fagleder presenterte
funnene; synspunkter fra tillitsvalgte, fylkeskommunen og brukerrådet ble vurdert. Vedtak
5. november: DPIA godkjent, og selskapet ber om forhåndsdrøftelse.

Mvh
Ida Sørbø
"""
    html_markup = """Hei,

Kollektivtrafikk Rogn AS ber om forhåndsdrøftelse for kroppsbårne kameraer for
billettkontrollører.

Kontaktinformasjon:

|Rolle|Navn|Telefon|E-post|
|Kontaktperson|Ida Sørbø, fagleder kontroll|51 90 42 70|ida.sorbo@kollrogn.no|
|Personvernombud|Pål Aanestad|994 28 317|personvernombud@kollrogn.no|
|Databehandler|Kontrollteknikk AS, Vidar Nes|23 00 81 55|vidar.nes@kontrollteknikk.no|
"""
    rest = text.split("1 Behandlingen", 1)[1]
    html = to_html(
        html_markup
        + "\n\n# 1 Behandlingen\n\n"
        + rest.replace(
            "\n2 Nødvendighet og forholdsmessighet\n",
            "\n\n# 2 Nødvendighet og forholdsmessighet\n\n",
        )
        .replace("\n3 Risikovurdering\n", "\n\n# 3 Risikovurdering\n\n")
        .replace("\n4 Ledelsens validering\n", "\n\n# 4 Ledelsens validering\n\n")
    )
    msg = message(
        "f046",
        "Ida Sørbø <ida.sorbo@kollrogn.no>",
        "Forhåndsdrøftelse – kroppskamera billettkontroll",
        when(12, 3, 13, 26),
        text,
        html=html,
    )
    return msg, Label(
        "nb",
        (
            "multipart_alternative",
            "html_table_body",
            "all_in_body",
            "headings_num",
            "processor_contact_table",
        ),
        "pgp_mime",
        True,
        "used",
        "complete ticket-inspector body-cam request in body (text + HTML with contact table)",
    )


def f047() -> Case:
    body = """Hei Datatilsynet,

Nordporten Outlet AS ber om forhåndsdrøftelse for kamerabasert besøksanalyse med anslag av
alder og kjønn.

Kontakt
Kontaktperson: Runar Eide, senterdirektør – 932 50 184 – runar.eide@nordporten.no
Personvernombud: Tina Moen – 908 77 230 – tina.moen@nordporten.no
Databehandler: Visitrix AS – Anders Hovland – 21 93 60 02 – anders@visitrix.no

Behandlingen
24 kameraer i fellesarealene analyserer video lokalt i en boks levert av Visitrix AS
(databehandler). Programvaren teller personer, måler gangveier og anslår aldersgruppe og
kjønn. Video lagres ikke; bare anonymiserte tellinger og heatmaps sendes til Visitrix sin
portal. Om lag 3 millioner besøkende per år.

Nødvendighet og forholdsmessighet
Formålet er bedre planlegging av butikkmiks og bemanning. Grunnlag art. 6 nr. 1 bokstav f.
Vi har valgt løsning uten lagring av bilder, og uten ansiktsgjenkjenning eller
gjenkjenning av personer mellom kameraer. Skilting ved alle innganger. Toaletter,
stellerom og bønnerom er unntatt.

Risikovurdering
Se vedlagt risikomatrise (Excel).

Ledelsens behandling
Styret godkjente DPIA-en 20.11.2026 (sak 12/26) etter at senterdirektøren hadde lagt fram
funnene og innspillene fra leietakerne og kundepanelet, og besluttet å be om
forhåndsdrøftelse.

Hilsen
Runar Eide
"""
    msg = message(
        "f047",
        "Runar Eide <runar.eide@nordporten.no>",
        "Forhåndsdrøftelse – besøksanalyse",
        when(12, 4, 8, 50),
        body,
        attachments=[("Risikomatrise besøksanalyse.xlsx", b"")],
    )
    return msg, Label(
        "nb",
        (
            "all_in_body",
            "contact_label_value",
            "processor_contact_body",
            "zero_byte_part4",
            "xlsx_risk_matrix",
        ),
        "none",
        True,
        "used",
        "outlet camera analytics; risk assessment only in an XLSX that is zero bytes",
        (4,),
    )


def f048() -> Case:
    body = """Hei,

Vi i Stordal kommune vurderer å ta i bruk eit verktøy som les gjennom e-post til
postmottaket og foreslår kven saka skal fordelast til. Verktøyet nyttar kunstig
intelligens frå ein leverandør.

Treng vi å be om førehandsdrøfting for dette, eller er det nok at vi gjer ei DPIA sjølve?
Vi har ikkje kome i gang med vurderinga enno.

Venleg helsing
Solfrid Aarflot
arkivleiar, Stordal kommune
"""
    msg = message(
        "f048",
        "Solfrid Aarflot <solfrid.aarflot@stordal.kommune.no>",
        "Spørsmål om førehandsdrøfting",
        when(12, 4, 11, 3),
        body,
    )
    return msg, Label(
        "nn",
        ("nonrequest_must_we_ask", "all_in_body"),
        "none",
        False,
        "unspecified",
        "municipality asks in nynorsk whether prior consultation is required",
    )


def f049() -> Case:
    body = """Hei

Vedlagt skannet brev med anmodning om forhåndsdrøftelse.

Mvh Kjell Hansen
"""
    side1 = """RØRLEGGER HANSEN & SØNN AS
Org.nr. 976 412 880 - Sjøgata 3, 8006 Bodø

Datatilsynet
Postboks 458 Sentrum, 0105 Oslo                                  Bodø, 30.11.2026

ANMODNING OM FORHÅNDSDRØFTELSE - RUSMIDDELTESTING AV ANSATTE

1. Kontaktpersoner
Kontaktperson: Kjell Hansen, daglig leder, tlf. 755 20 418 / 911 40 372,
e-post kjell@hansen-ror.no
Personvernombud: Wenche Lorentzen, tlf. 975 03 660, e-post wenche@hansen-ror.no
Vi bruker ikke databehandler. Prøvene analyseres ikke av oss, men av et akkreditert
laboratorium som selvstendig behandlingsansvarlig etter avtale; vi får bare svar positiv/negativ.

2. Beskrivelse
Alle 38 montører skal kunne bli tatt stikkprøve av (spyttprøve) to ganger i året, og etter
uhell. Resultatet (positiv/negativ) lagres i personalmappen i 6 måneder. Ved positiv prøve
følges AKAN-opplegget.

3. Nødvendighet og forholdsmessighet
Montørene arbeider med gass, sveising og i høyden hos kunder, se arbeidsmiljøloven § 9-4
bokstav c om særlig risikofylt arbeid. Mindre inngripende tiltak (AKAN, holdningsarbeid) er
gjennomført. Bare stikkprøver, ikke hele tiden. Tillitsvalgt er enig. Skriftlig informasjon.
"""
    side2 = """4. Risiko for de ansatte
- Stigmatisering og feil positive prøver (høy) - tiltak: bekreftende analyse ved lab,
  samtale før noe registreres.
- At resultater blir kjent for kolleger (middels) - tiltak: kun daglig leder har tilgang.
- Press på ansatte og dårligere arbeidsmiljø (høy) - tiltak: avtale med tillitsvalgte.
Vurdert, ikke gjennomført: testing bare ved mistanke (vanskelig å praktisere rettferdig).
Restrisiko for stigmatisering vurderes som høy.

5. Ledelsens behandling
Styremøte 12.11.2026 (sak 5/26). Daglig leder la fram DPIA-en og funnene. Styret fikk
fremlagt uttalelsen fra tillitsvalgt (EL og IT Forbundet), verneombud og bedriftshelsetjenesten.
Saken ble også drøftet 24.09.2026. Styret godkjente DPIA-en og ba om at det søkes
forhåndsdrøftelse.

Med hilsen

Kjell Hansen (sign.)
daglig leder
"""
    msg = message(
        "f049",
        "Kjell Hansen <kjell@hansen-ror.no>",
        "Skannet dokument",
        when(12, 4, 14, 27),
        body,
        attachments=[("Scan_20261204_142511.pdf", scan_pdf([side1, side2]))],
    )
    return msg, Label(
        "nb",
        ("scanned_request_image_pdf", "processor_none_stated", "headings_num"),
        "pgp_mime",
        True,
        "none",
        "complete drug-testing request only as a two-page image-only scanned letter",
    )


def f050() -> Case:
    body = """Dear Datatilsynet,

Ladeklar AS operates 1 400 EV charging points in Norway. We request prior consultation for
our new "ChargeID" feature.

CONTACTS
- Contact person: Magnus Berget, CTO, +47 930 82 115, magnus.berget@ladeklar.no
- Processor: ParkPlate Tech AS (camera and ANPR backend), Sofie Lunde, +47 21 62 40 18,
  sofie.lunde@parkplate.no
- We have not appointed a data protection officer, as we do not consider ourselves obliged
  to.

DESCRIPTION
Cameras at 300 fast-charging sites read licence plates; the plate is matched to the
customer account so that charging starts automatically and idle fees are charged. Plates of
non-customers are deleted after the car leaves. Customer plate-session history is kept for
24 months. About 4 million sessions a year.

NECESSITY AND PROPORTIONALITY
Art. 6(1)(b) for customers who activate ChargeID; art. 6(1)(f) for idle-fee enforcement.
Alternatives (app, RFID tag) remain available. Cameras aimed at the charging bay only.
Signs at all sites.

RISK ASSESSMENT
High: movement profiles of customers across the country; use of data by third parties
(police, debt collectors). Medium: misreading leads to wrong invoices. Measures: 24-month cap,
only aggregated data to analytics, manual check of disputes, no disclosure without court
order. Not implemented: deletion after each invoice (needed for disputes). Residual: high.

MANAGEMENT VALIDATION
Board meeting 11 November 2026: the CTO presented the DPIA findings and the feedback from
the customer panel and the Norwegian EV Association. The Board approved the DPIA and
decided to request prior consultation.

Magnus Berget
"""
    msg = message(
        "f050",
        "Magnus Berget <magnus.berget@ladeklar.no>",
        "Prior consultation - ChargeID",
        when(12, 7, 9, 5),
        body,
    )
    return msg, Label(
        "en",
        ("all_in_body", "headings_caps", "contact_bullets", "processor_contact_body", "p1_no_dpo"),
        "none",
        True,
        "used",
        "EV charging ANPR; states no DPO has been appointed, so part 1 is missing",
        (1,),
    )


def f051() -> Case:
    body = """Hei

Vi ber herved om forhåndsdrøftelse for vårt nye system for kameraovervåking av
lagerområdet med automatisk varsling ved avvikende atferd. DPIA ettersendes.

Kontaktperson: Geir Olsen, lagersjef, 977 31 025, geir.olsen@lagerlogistikk.no
Personvernombud: Anita Brekke, 22 57 30 10, anita.brekke@lagerlogistikk.no

Mvh
Geir Olsen
Lagerlogistikk Østlandet AS
"""
    msg = message(
        "f051",
        "Geir Olsen <geir.olsen@lagerlogistikk.no>",
        "Forhåndsdrøftelse",
        when(12, 7, 12, 14),
        body,
    )
    return msg, Label(
        "nb",
        (
            "all_in_body",
            "very_short",
            "contact_label_value",
            "processor_unspecified",
            "dpia_will_follow",
        ),
        "none",
        True,
        "unspecified",
        "very short warehouse CCTV request; contacts only, 'DPIA ettersendes'",
        (2, 3, 4, 5),
    )


def f052() -> Case:
    body = """Til Datatilsynet

ANMODNING OM FORHÅNDSDRØFTELSE – KI-STØTTE I MOTTAK AV BEKYMRINGSMELDINGER I BARNEVERNET

Vestli kommune, barneverntjenesten, ber med dette om forhåndsdrøftelse etter
personvernforordningen artikkel 36 for et beslutningsstøtteverktøy i mottak av
bekymringsmeldinger. Vi har forsøkt å gjøre anmodningen selvstendig lesbar i e-posten, og
legger i tillegg ved DPIA-rapporten, risikoregisteret og protokollen fra kommunestyret.

1. KONTAKTINFORMASJON

Behandlingsansvarlig: Vestli kommune, org.nr. 939 611 204
Kontaktperson: barnevernleder Kristin Askeland, telefon 38 26 71 00 (sentralbord) /
mobil 976 18 532, e-post kristin.askeland@vestli.kommune.no
Personvernombud: Morten Lie, telefon 38 26 70 45, e-post personvernombud@vestli.kommune.no
Databehandler: Aksio Velferdsteknologi AS (leverandør av fagsystem og KI-modul),
kontaktperson Elisabeth Haug, telefon 23 89 51 00, e-post elisabeth.haug@aksio.no

2. SYSTEMATISK BESKRIVELSE AV BEHANDLINGEN

2.1 Formål. Barneverntjenesten mottar om lag 1 300 bekymringsmeldinger i året og har en
frist på én uke for å gjennomgå dem. Verktøyet skal lese meldingen og foreslå hastegrad
(akutt / høy / normal) og hvilke tidligere saker som kan være relevante, slik at meldinger
med alvorlig innhold blir lest først. Det skal ikke treffe beslutninger.

2.2 Opplysninger og registrerte. Meldingens fritekst (ofte med opplysninger om vold,
rus, psykisk helse, seksuelle overgrep), barnets og foreldrenes identitet, tidligere
barnevernssaker i kommunen. Registrerte: barn, foreldre, søsken, melder og andre nevnt i
meldingen.

2.3 Dataflyt og mottakere. Meldinger kommer via nasjonal digital løsning og post.
Fagsystemet (Aksio) lagrer meldingen; KI-modulen kjører i samme miljø og skriver forslaget
tilbake til saken. Ingen mottakere utenfor barneverntjenesten. Modellen trenes ikke på
kommunens data uten eget vedtak.

2.4 Lagring. Forslag lagres sammen med meldingen og følger arkivregler for
barnevernssaker. Logg over forslag og om saksbehandler fulgte det, lagres i 5 år for
evaluering.

2.5 Informasjonssikkerhet og ansvar. Kommunen er behandlingsansvarlig, Aksio databehandler.
Tilgang styres etter tjenstlig behov med tofaktor; oppslag logges og kontrolleres.
Normen for informasjonssikkerhet legges til grunn.

3. NØDVENDIGHET OG FORHOLDSMESSIGHET

Grunnlag: art. 6 nr. 1 bokstav c og e, art. 9 nr. 2 bokstav g og h, barnevernsloven
§ 2-1 og kap. 13. Tjenesten har hatt fristoverskridelser i 14 % av meldingene i 2025, og en
gjennomgang viste to saker der alvorlige meldinger ble liggende. Vi har prøvd mer bemanning
og fast triage hver morgen. Verktøyet er valgt fordi det bare sorterer; alle meldinger leses
fortsatt av to saksbehandlere innen fristen. Forslaget vises etter at saksbehandler har gjort
egen vurdering («blindet»), for å motvirke automasjonsskjevhet. Barn og foreldre informeres
om bruken i brev ved melding og på kommunens nettside; innsyn etter barnevernsloven.

4. RISIKOVURDERING

Se også vedlagt risikoregister. Kort oppsummert:
- R1 Feil lav hastegrad for en alvorlig melding (høy). Tiltak: blindet vurdering, alle
  meldinger leses uansett. Restrisiko middels.
- R2 Skjevhet mot familier med minoritetsbakgrunn eller lav inntekt, fordi historiske
  meldinger har skjevheter (høy). Tiltak: modellen bruker ikke nasjonalitet, språk eller
  bosted; kvartalsvis skjevhetsanalyse. Restrisiko høy.
- R3 Manglende forutsigbarhet og medvirkning for familiene (høy). Tiltak: informasjon,
  mulighet for å få vite hvilken vurdering som ble gjort. Restrisiko middels.
- R4 Sikkerhetsbrudd med svært sensitive opplysninger (middels). Tiltak: kryptering,
  logging, revisjon av databehandler. Restrisiko lav.
Vurdert, men ikke gjennomført: å la verktøyet også foreslå henleggelse (forkastet), og å
bruke bare strukturerte felt uten fritekst (for dårlig treffsikkerhet).

5. LEDELSENS VALIDERING

DPIA-en er behandlet i kommunedirektørens ledergruppe to ganger og i kommunestyret.
Protokollen fra kommunestyret 19.11.2026 (PS 88/26) er vedlagt.

Med vennlig hilsen

Kristin Askeland
barnevernleder, Vestli kommune
"""
    rapport = """# DPIA-rapport – KI-støtte i mottak av bekymringsmeldinger

Vestli kommune, barneverntjenesten. Versjon 2.1, 20.11.2026.

# Innhold og metode

Rapporten utdyper punktene i anmodningen. Vurderingen er gjort i fire workshops
(mai–oktober 2026) med saksbehandlere, personvernombud, Aksio, en representant for
Landsforeningen for barnevernsbarn og kommunens ungdomsråd.

# Beskrivelse av behandlingen

Se anmodningen punkt 2. I tillegg: modellen er en tekstklassifiserer (finjustert norsk
språkmodell) evaluert på 4 000 anonymiserte historiske meldinger fra tre kommuner.
Treffsikkerhet for «akutt»: 91 % sensitivitet, 12 % falske positive.

# Vurdering av nødvendighet og proporsjonalitet

Se anmodningen punkt 3. Ungdomsrådet mente at verktøyet er akseptabelt så lenge alle
meldinger leses av mennesker; dette er et absolutt krav i rutinen.

# Risikovurdering

Metode: sannsynlighet × konsekvens (1–5). Se risikoregisteret for tallverdier. Medbestemmelse,
åpenhet og forutsigbarhet er vurdert særskilt (R3).
"""
    register = {
        "Risikoregister": [
            ["ID", "Beskrivelse", "S", "K", "Risiko før", "Tiltak", "Risiko etter"],
            ["R1", "Feil lav hastegrad", "3", "5", "15", "Blindet vurdering, alle leses", "8"],
            ["R2", "Skjevhet mot grupper", "4", "4", "16", "Variabler fjernet, analyse", "12"],
            ["R3", "Manglende forutsigbarhet", "4", "3", "12", "Informasjon, innsyn", "8"],
            ["R4", "Sikkerhetsbrudd", "2", "5", "10", "Kryptering, logging", "4"],
        ]
    }
    protokoll = """# Møteprotokoll – Vestli kommunestyre 19.11.2026

# PS 88/26 KI-støtte i mottak av bekymringsmeldinger – DPIA og forhåndsdrøftelse

Saksframlegg fra kommunedirektøren med DPIA-rapport versjon 2.1 var utsendt. Barnevernleder
presenterte funnene i møtet: høy restrisiko for skjevhet (R2). Uttalelser fra ungdomsrådet,
Fellesorganisasjonen (FO), Landsforeningen for barnevernsbarn og personvernombudet fulgte
saken. Kommunedirektørens ledergruppe behandlet DPIA-en 6.10. og 3.11.2026 og anbefalte at
kommunen ber om forhåndsdrøftelse.

Vedtak (31 mot 2 stemmer): Kommunestyret slutter seg til vurderingen av
personvernkonsekvenser og ber kommunedirektøren anmode Datatilsynet om forhåndsdrøftelse.
Verktøyet tas ikke i bruk før Datatilsynets svar foreligger.
"""
    msg = message(
        "f052",
        "Kristin Askeland <kristin.askeland@vestli.kommune.no>",
        "Anmodning om forhåndsdrøftelse – KI i mottak av bekymringsmeldinger (barnevern)",
        when(12, 7, 15, 40),
        body,
        attachments=[
            ("DPIA-rapport v2.1.pdf", to_pdf(rapport)),
            ("Risikoregister.xlsx", to_xlsx(register)),
            ("Protokoll kommunestyret PS 88-26.pdf", to_pdf(protokoll)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "all_in_body",
            "long_request",
            "headings_caps",
            "contact_label_value",
            "processor_contact_body",
            "minutes_pdf",
            "xlsx_risk_matrix",
        ),
        "pgp_mime",
        True,
        "used",
        "complete, long child-welfare AI triage request; all parts in body plus attachments",
    )


def f053() -> Case:
    body = """Hi,

PayLater Nordic AS would like to request prior consultation for our new buy-now-pay-later
limit engine. See the attached memo.

Thanks,
Sunniva Lindgren
"""
    memo = """# Memo – Request for prior consultation: BNPL limit engine

PayLater Nordic AS, org. no. 927 330 518

# Contacts

|Role|Name|Phone|E-mail|
|Contact|Sunniva Lindgren, Risk Manager|+47 915 64 092|sunniva.lindgren@paylater.no|
|DPO|Rolf Engh|+47 22 31 08 70|dpo@paylater.no|

No processor: the engine runs in our own data centre.

# What we do

At checkout in 900 web shops, customers are given a credit limit by an automated engine
using purchase history with PayLater, device data, behavioural data from the checkout
(typing speed, time on page) and debt register data. Decisions are fully automated.
About 400 000 decisions a year; data retained 5 years.

# Necessity and proportionality

Not yet assessed. Our legal team will complete this section in Q1 2027.

# Risks and measures

High: opaque decisions, use of behavioural signals that correlate with age and disability,
over-indebtedness of young customers. Measures: human review on request, exclusion of
under-20s from limits above NOK 5 000, explanation of main factors. Not implemented: removing
behavioural data (accuracy). Residual risk: high.

# Management sign-off

The executive committee reviewed the DPIA findings on 26 November 2026, including feedback
from the consumer panel, and approved requesting prior consultation (signed: CEO).
"""
    msg = message(
        "f053",
        "Sunniva Lindgren <sunniva.lindgren@paylater.no>",
        "Prior consultation BNPL",
        when(12, 8, 10, 0),
        body,
        attachments=[("Memo_prior_consultation_BNPL.pdf", to_pdf(memo))],
    )
    return msg, Label(
        "en",
        ("one_pdf", "contact_table_pdf", "processor_none_stated", "part3_not_done"),
        "none",
        True,
        "none",
        "BNPL limit engine; necessity/proportionality 'not yet assessed'",
        (3,),
    )


def f054() -> Case:
    body = """Hei,

Vi i Aurora Sparebank holder på med en DPIA for bruk av åpen bankdata i markedsføring.
Vedlagt er et utkast. Vi ber ikke om en formell forhåndsdrøftelse nå, men setter stor pris
på uformelle innspill på om risikovurderingen er dekkende før vi ferdigstiller den.

Mvh
Ole Martin Rønneberg
Personvernansvarlig, Aurora Sparebank
"""
    utkast = """# UTKAST DPIA – kundeinnsikt fra transaksjonsdata

# Beskrivelse

Banken vil kategorisere kundenes korttransaksjoner for å tilby relevante produkter
(f.eks. boliglån ved mange betalinger til eiendomsmeglere). Ca. 120 000 kunder.

# Nødvendighet

Samtykke i nettbanken. Kun kategorier, ikke enkelttransaksjoner, brukes.

# Risiko

Avsløring av helse eller religion via transaksjoner; press på sårbare kunder. Tiltak under
vurdering.
"""
    msg = message(
        "f054",
        "Ole Martin Rønneberg <omr@aurorasparebank.no>",
        "Innspill på DPIA-utkast",
        when(12, 8, 13, 15),
        body,
        attachments=[("DPIA utkast kundeinnsikt.docx", to_docx(utkast))],
    )
    return msg, Label(
        "nb",
        ("nonrequest_feedback_dpia", "docx"),
        "none",
        False,
        "unspecified",
        "bank sends a draft DPIA for informal feedback; explicitly not a prior consultation",
    )


def f055() -> Case:
    body = """Hei,

Tannhelsetjenesten i Midtre Agder fylkeskommune ber om forhåndsdrøftelse for KI-basert
analyse av røntgenbilder (kariesdeteksjon) på 22 klinikker.

Kontaktinformasjon
Kontaktperson: overtannlege Reidun Foss, 37 01 44 62, reidun.foss@midtreagder.no
Personvernombud: Stein Tørresdal, 37 01 40 00, personvernombud@midtreagder.no
Databehandler: DentAI Norge AS, Cathrine Ludvigsen, 901 25 713, cathrine@dentai.no

Vedlagt er DPIA og protokoll fra fylkesdirektørens ledermøte.

Hilsen Reidun Foss
"""
    dpia = """# DPIA – KI-analyse av bitewing-røntgen

# Beskrivelse

Røntgenbilder tatt ved rutineundersøkelser (ca. 60 000 pasienter per år, de fleste barn og
unge) sendes pseudonymisert til DentAI Norge AS (databehandler), som markerer mulige
kariesangrep på bildet. Tannlegen ser markeringene i journalsystemet og avgjør behandling.
DentAI lagrer bildene i 30 dager. Modellen trenes ikke på våre data.

# Nødvendighet og forholdsmessighet

Grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf. tannhelsetjenesteloven.
Verktøyet øker treffsikkerheten for tidlig karies. Tannlegen beslutter; pasienter og foresatte
informeres og kan be om at bildene ikke analyseres.

# Risiko

Høy risiko for overbehandling av barn ved falske positive og for at tannleger stoler for mye
på verktøyet; middels risiko for sikkerhetsbrudd hos databehandler. Tiltak: kalibrering,
opplæring, revisjon, kryptering. Ikke gjennomført: lokal kjøring (ikke tilbudt). Restrisiko
høy for overbehandling.
"""
    protokoll = """# Protokoll – fylkesdirektørens ledermøte 17.11.2026

Til stede: fylkesdirektør, kommunalsjefer for utdanning, samferdsel og tannhelse, økonomisjef.

# Sak 112/26 Budsjettjustering 2027 – tannhelse

Økonomisjefen la fram forslag til omdisponering av 2,4 mill. kroner fra vedlikehold av
klinikkbygg til rekruttering av tannpleiere. Ledermøtet sluttet seg til forslaget.

# Sak 113/26 Sykefravær tredje kvartal

Sykefraværet i tannhelsetjenesten var 7,9 %. Tiltak i to klinikker følges opp.

# Sak 114/26 Eventuelt

Ingen saker.
"""
    msg = message(
        "f055",
        "Reidun Foss <reidun.foss@midtreagder.no>",
        "Forhåndsdrøftelse – KI røntgenanalyse",
        when(12, 8, 15, 2),
        body,
        attachments=[
            ("DPIA KI rontgen.pdf", to_pdf(dpia)),
            ("Protokoll ledermøte 17.11.2026.pdf", to_pdf(protokoll)),
        ],
    )
    return msg, Label(
        "nb",
        ("contact_label_value", "processor_contact_body", "dpia_report_pdf", "wrong_file_part5"),
        "none",
        True,
        "used",
        "dental AI; the attached management minutes are about budget and sick leave, not the DPIA",
        (5,),
    )


def f056() -> Case:
    body = """Dear Datatilsynet,

Request for prior consultation (GDPR Article 36) – Sinnro Online Clinic AS

Sinnro Online Clinic AS (org. no. 929 004 371) provides online therapy with licensed
psychologists. We plan to introduce automated analysis of patients' written journal entries
to detect suicide risk. We attach nothing; everything is below.

Contact details
Contact person: Dr. Emily Haugen, Clinical Director, +47 952 70 334, emily.haugen@sinnro.no
Data protection officer: Petter Lysaker, +47 22 60 91 12, dpo@sinnro.no
Processor: Fjellsky AS (hosting of the platform and the model), account manager Rikke
Solberg, +47 400 92 871, rikke.solberg@fjellsky.no

Systematic description
Patients (about 6 000 a year, aged 18+) write journal entries between sessions in our app.
A language model hosted by Fjellsky AS analyses each entry and assigns a risk level (none,
elevated, acute). Elevated and acute entries are shown to the patient's psychologist; acute
entries also trigger a call from the on-call psychologist within 30 minutes. Entries and risk
levels are part of the patient record (kept 10 years after last entry).

Necessity and proportionality
Legal basis: Art. 6(1)(c) and Art. 9(2)(h), the Health Personnel Act. Psychologists cannot
read every entry in real time; several serious incidents have occurred between sessions in
the sector. Patients are told about the analysis before starting and can switch it off; the
model only flags, clinicians decide; the model is not trained on patients' data.

Risk assessment
High risks: false negatives leading to missed crises, false positives causing distress or
unwanted contact, patients writing less openly because they know they are analysed.
Medium: breach of highly sensitive data at the processor. Measures implemented: clinical
validation, opt-out, explanation to patients, encryption, access logs. Considered but not
implemented: analysing only entries the patient marks (would miss most crises). Residual
risk of reduced openness remains high.

Management validation
The management team reviewed the DPIA on 8 October and 19 November 2026. The Clinical
Director presented the findings; input from the patient advisory board, the psychologists'
union representatives and the DPO was reviewed. On 19 November the management team approved
the DPIA and decided to request prior consultation. Minutes can be provided on request.

Kind regards,
Emily Haugen
"""
    msg = message(
        "f056",
        "Emily Haugen <emily.haugen@sinnro.no>",
        "Request for prior consultation - Sinnro Online Clinic AS",
        when(12, 9, 11, 11),
        body,
    )
    return msg, Label(
        "en",
        ("all_in_body", "headings_plain", "contact_label_value", "processor_contact_body"),
        "inline",
        True,
        "used",
        "complete online-therapy suicide-risk request, all in plain body",
    )


def f057() -> Case:
    body = """Hei,

Nordbygg Konsern AS ber om forhåndsdrøftelse for innsidetrusselovervåking (UEBA) av ansatte
i konsernet. Vedlagt er vår DPIA.

Kontaktperson: Marius Eggen, CISO, 954 38 210, marius.eggen@nordbygg.no
Personvernombud: Hilde Thorsen, 22 54 19 90, personvernombud@nordbygg.no
Databehandler: SecureOps Nordic AS (driver SOC-tjenesten) – kontakt: soc@secureops.no

Ledelsens godkjenning av DPIA-en ettersendes.

Mvh
Marius Eggen
"""
    dpia = """# DPIA – overvåking av innsidetrusler (UEBA)

# 1 Beskrivelse

UEBA-løsningen samler logger fra pålogging, filservere, SharePoint, VPN og adgangskort for
2 300 ansatte og lager en normalprofil per bruker. Avvik (f.eks. store nedlastinger før
oppsigelse, pålogging fra uvanlige steder) gir en risikoskår. SecureOps Nordic AS
(databehandler) overvåker varsler døgnet rundt og eskalerer til konsernets sikkerhetsteam.
Logger lagres i 180 dager, saker i 2 år.

# 2 Nødvendighet og forholdsmessighet

Grunnlag: art. 6 nr. 1 bokstav f og arbeidsmiljøloven kap. 9. Konsernet har hatt to
alvorlige tilfeller av datatyveri ved fratredelse. Ingen innholdsanalyse av e-post eller
dokumenter; kun metadata. Varsler behandles pseudonymt til terskel er nådd. Informasjon
i personalhåndboken; drøftet med konserntillitsvalgte.

# 3 Risikovurdering

Høy: følelse av konstant overvåking, feilaktige mistanker mot enkeltansatte, formålsutglidning
til prestasjonsmåling. Middels: logger avslører helse (f.eks. fravær, legebesøk). Tiltak:
pseudonymisering, firøyneprinsipp før avidentifisering, forbud mot HR-bruk, revisjon.
Ikke gjennomført: kortere lagringstid (hindrer etterforskning). Restrisiko høy.
"""
    msg = message(
        "f057",
        "Marius Eggen <marius.eggen@nordbygg.no>",
        "Forhåndsdrøftelse UEBA",
        when(12, 9, 14, 48),
        body,
        attachments=[("DPIA UEBA v1.pdf", to_pdf(dpia))],
    )
    return msg, Label(
        "nb",
        ("contact_label_value", "p1_proc_no_contact", "dpia_report_pdf", "part5_will_follow"),
        "pgp_mime",
        True,
        "used",
        "UEBA; processor given only as a generic mailbox, no name or phone; approval ettersendes",
        (1, 5),
    )


def f058() -> Case:
    body = """Hei,

Sørvåg kommune ber om førehandsdrøfting for GPS-lokalisering av heimebuande personar med
demens (tryggleiksalarm med geofence). Vedlagt ligg DPIA-en.

Kontaktperson: Aslaug Heggem, avdelingsleiar, 70 08 51 20, aslaug.heggem@sorvag.kommune.no
Personvernombod: Ivar Myrvang, 938 20 416, ivar.myrvang@sorvag.kommune.no
Databehandlar: Trygglokal AS, Steinar Vik, 482 06 930, steinar.vik@trygglokal.no

Leiinga skal handsame DPIA-en i neste leiarmøte 14. januar. Vi sender protokollen etter det.

Helsing
Aslaug Heggem
"""
    dpia = """# DPIA – GPS-lokalisering for personar med demens

# Skildring

Om lag 40 heimebuande med demens får ein GPS-klokke. Når brukaren går utanfor eit avtalt
område, får pårørande og heimetenesta varsel med posisjon. Posisjon vert lagra i 7 dagar hjå
Trygglokal AS (databehandlar).

# Naudsyn og forholdsmessigheit

Grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, helse- og omsorgstenestelova
§ 9-7 a. Alternativet er flytting til institusjon tidlegare enn naudsynt. Individuell
vurdering og samtykke der brukaren kan samtykke; elles vedtak.

# Risiko

Høg: brukar vert overvaka meir enn naudsynt av pårørande; posisjon avslører kvar brukaren
er heile tida. Middels: feil posisjon. Tiltak: posisjon berre ved alarm, tilgangslogg,
individuelle geofence. Ikkje gjennomført: posisjon berre til heimetenesta. Restrisiko høg.
"""
    msg = message(
        "f058",
        "Aslaug Heggem <aslaug.heggem@sorvag.kommune.no>",
        "Førehandsdrøfting – GPS for personar med demens",
        when(12, 10, 9, 37),
        body,
        attachments=[("DPIA GPS demens.docx", to_docx(dpia))],
    )
    return msg, Label(
        "nn",
        ("contact_label_value", "processor_contact_body", "dpia_report_docx", "part5_will_follow"),
        "none",
        True,
        "used",
        "nynorsk GPS for dementia; management will consider the DPIA at the next meeting",
        (5,),
    )


def f059() -> Case:
    body = """Hei,

Vi sendte anmodning om forhåndsdrøftelse for kameraovervåking i Rådhusparken 2. oktober
2026 (deres ref. 26/03911) og har ikke hørt noe siden bekreftelsen på mottak. Kan dere si
noe om når vi kan forvente svar? Vi har planlagt oppstart i februar.

Vennlig hilsen
Tor Henrik Brekke
Rådgiver, Kolbu kommune
tlf. 61 13 52 09
"""
    msg = message(
        "f059",
        "Tor Henrik Brekke <tor.henrik.brekke@kolbu.kommune.no>",
        "Purring – status for forhåndsdrøftelse, deres ref. 26/03911",
        when(12, 10, 13, 5),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_status_enquiry", "all_in_body"),
        "none",
        False,
        "unspecified",
        "municipality asks about the status of an earlier request",
    )


def f060() -> Case:
    body = """Til Datatilsynet

Anmodning om forhåndsdrøftelse: automatisert eksamensovervåking ved Bjørkeli Høyskole

Bjørkeli Høyskole AS ber om forhåndsdrøftelse etter GDPR art. 36 for bruk av automatisert
overvåking (proctoring) ved digitale hjemmeeksamener.

Kontaktperson: studiedirektør Gunnar Aase, 33 03 88 10, gunnar.aase@bjorkeli.no
Personvernombud: Anette Solheim, 33 03 88 00, personvernombud@bjorkeli.no
Databehandler: ExamWatch Europe BV (leverandør og drift), kontaktperson Lotte Jansen,
+31 20 369 7741, lotte.jansen@examwatch.eu

Beskrivelse av behandlingen
Ved hjemmeeksamen (ca. 11 000 eksamensbesvarelser per år) skal studentens webkamera,
mikrofon og skjerm tas opp under eksamen. ExamWatch analyserer opptaket automatisk og
markerer mulig juks (andre personer i rommet, blikk bort fra skjermen, ukjente vinduer).
Eksamenskontoret ser bare markerte utdrag. Opptak lagres hos ExamWatch (EU) i 30 dager
etter sensur, eller til en juksesak er avsluttet. Registrerte er studenter og personer som
oppholder seg i studentens hjem.

Nødvendighet og forholdsmessighet
Grunnlag: art. 6 nr. 1 bokstav e, jf. universitets- og høyskoleloven om eksamen. Vi har vurdert
skoleeksamen og muntlig eksamen; for nettstudenter over hele landet er oppmøte urimelig
belastende. Studentene kan velge eksamen i høyskolens lokaler i stedet. Ingen biometrisk
identifikasjon; markeringer gir aldri automatisk reaksjon, bare manuell vurdering.

Risikovurdering
Høy: inngrep i privatliv i hjemmet (familie, bolig), feilmarkeringer som rammer studenter
med nedsatt funksjonsevne eller ustabil internett, og stress som påvirker prestasjon.
Middels: opptak på avveie hos leverandør. Tiltak: valgfritt fysisk alternativ, tilrettelegging,
manuell kontroll, kryptering, sletting. Ikke gjennomført: kun skjermopptak uten kamera
(utilstrekkelig kontroll). Restrisiko for privatliv i hjemmet er høy.

Ledelsens validering
Utdrag av protokoll fra styremøte i Bjørkeli Høyskole AS 12.11.2026, sak 41/26:
«Studiedirektøren presenterte DPIA-en og funnene. Styret har mottatt og drøftet
uttalelser fra Studentparlamentet, tillitsvalgte for de faglig ansatte og
personvernombudet. Saken ble første gang behandlet i styret 10.09.2026. Styret godkjenner
DPIA-en og ber administrasjonen be om forhåndsdrøftelse.»

Med vennlig hilsen
Gunnar Aase
"""
    msg = message(
        "f060",
        "Gunnar Aase <gunnar.aase@bjorkeli.no>",
        "Anmodning om forhåndsdrøftelse – eksamensovervåking",
        when(12, 11, 10, 20),
        body,
    )
    return msg, Label(
        "nb",
        (
            "all_in_body",
            "headings_plain",
            "contact_label_value",
            "processor_foreign",
            "processor_contact_body",
            "minutes_quoted",
        ),
        "inline",
        True,
        "used",
        "complete exam proctoring request, all in plain body",
    )
