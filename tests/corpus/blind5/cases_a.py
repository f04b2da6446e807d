"""Cases f001-f020 of the blind5 corpus, each written by hand."""

from __future__ import annotations

from email.message import EmailMessage

from kit import (
    Label,
    message,
    scan_pdf,
    to_docx,
    to_html,
    to_odt,
    to_pdf,
    to_xlsx,
    to_zip,
    vcard,
    when,
)

Case = tuple[EmailMessage, Label]


def f001() -> Case:
    body = """Til Datatilsynet

ANMODNING OM FORHÅNDSDRØFTELSE – DIGITALT TILSYN I OMSORGSBOLIGER

Nordre Fjellvik kommune planlegger å ta i bruk digitalt tilsyn (bevegelsessensorer, fallsensorer
og optisk sensor med anonymisert bilde) i kommunens 46 omsorgsboliger for personer med demens.
Vi har gjennomført en vurdering av personvernkonsekvenser, og restrisikoen er etter vår
vurdering fortsatt høy. Vi ber derfor om forhåndsdrøftelse etter personvernforordningen
artikkel 36.

Kontaktperson hos behandlingsansvarlig
Navn: Solveig Nyhus, prosjektleder velferdsteknologi
Telefon: 481 22 907
E-post: solveig.nyhus@nordre-fjellvik.kommune.no

Personvernombud
Navn: Are Kvamme
Telefon: 906 54 213
E-post: personvernombud@nordre-fjellvik.kommune.no

Databehandler (leverandør og drift av tilsynsplattformen)
Omsorgsteknikk Norge AS, org.nr. 921 487 336
Kontakt: Jørgen Aasen, kundeansvarlig
Telefon: +47 922 41 508
E-post: jorgen.aasen@omsorgsteknikk.no

Vedlagt følger:
- DPIA digitalt tilsyn, versjon 1.3 (beskrivelse, nødvendighet og forholdsmessighet,
  risikovurdering og tiltak)
- Protokoll fra kommunedirektørens ledergruppe 27.10.2026, sak 58/26

Med vennlig hilsen
Solveig Nyhus
Helse og mestring, Nordre Fjellvik kommune
"""
    dpia = """# Vurdering av personvernkonsekvenser (DPIA) – Digitalt tilsyn i omsorgsboliger

Versjon 1.3, 20. oktober 2026. Eier: kommunalsjef helse og mestring.

# 1 Innledning og sammendrag

Kommunen ønsker å erstatte fysiske nattrunder med digitalt tilsyn for beboere med
demensdiagnose. Dokumentet beskriver behandlingen, vurderer nødvendighet og forholdsmessighet,
og dokumenterer risikovurderingen med tiltak. Høy restrisiko knytter seg særlig til bruk av
optisk sensor i beboerens private rom og til beboere som ikke kan samtykke.

# 2 Beskrivelse av behandlingen

## 2.1 Formål, art og omfang
Formålet er å oppdage fall, uro og at beboeren forlater boligen om natten, slik at personalet
kan gripe inn raskt. Omfattet er inntil 46 beboere, alle med kognitiv svikt. Sensorene
registrerer bevegelse, fall, dør åpnet/lukket og – for beboere der det er vedtatt – et
anonymisert silhuettbilde ved alarm. Data lagres i 30 dager, hendelseslogg i 12 måneder.

## 2.2 Kilder, mottakere og dataflyt
Sensorene i boligen sender hendelser til tilsynsplattformen driftet av Omsorgsteknikk Norge AS
(databehandler), som varsler nattevakt på tjenestetelefon. Vesentlige hendelser dokumenteres i
pasientjournalen (Gerica). Pårørende får ikke tilgang. Ingen overføring utenfor EØS.

## 2.3 Ansvarsforhold og informasjonssikkerhet
Kommunen er behandlingsansvarlig. Databehandleravtale er inngått. Tilgang styres via
kommunens tilgangsstyring med tofaktor; all tilgang logges og kontrolleres månedlig.

# 3 Rettslig grunnlag, nødvendighet og forholdsmessighet

Behandlingen bygger på art. 6 nr. 1 bokstav c og e og art. 9 nr. 2 bokstav h, jf. helse- og
omsorgstjenesteloven og pasient- og brukerrettighetsloven kap. 4A der beboeren motsetter seg.
Vi har vurdert mindre inngripende alternativer: hyppigere fysiske runder (ikke gjennomførbart
med dagens bemanning og forstyrrer søvnen), kun dørsensor (fanger ikke fall). Optisk sensor
brukes bare etter individuelt vedtak, bildet er silhuett, og det lagres ikke video. Beboer og
pårørende/verge informeres skriftlig og muntlig; innsyn gis via tjenestekontoret. Tiltaket
evalueres for hver beboer hver tredje måned, og sensoren slås av når behovet faller bort.

# 4 Risikovurdering

|Risiko|Sannsynlighet|Konsekvens|Nivå før tiltak|
|Optisk sensor oppleves som kameraovervåking i hjemmet|Høy|Høy|Høy|
|Uautorisert tilgang til hendelseslogg|Middels|Høy|Høy|
|Feilalarm fører til unødig inngripen om natten|Middels|Middels|Middels|
|Manglende medvirkning fra beboer uten samtykkekompetanse|Høy|Høy|Høy|

# 5 Tiltak og restrisiko

Gjennomførte tiltak: silhuett i stedet for bilde, ingen lagring av bilder, tofaktor, logging,
individuelle vedtak, informasjonsmateriell tilpasset personer med demens. Vurdert, men ikke
gjennomført: lokal lagring i boligen uten sky (leverandøren tilbyr det ikke), fullstendig
anonymisering av hendelseslogg (hindrer journalføring). Restrisikoen for beboere uten
samtykkekompetanse vurderes fortsatt som høy, og derfor ber kommunen om forhåndsdrøftelse.
"""
    protokoll = """# Protokoll – kommunedirektørens ledergruppe

Møtedato: 27. oktober 2026. Til stede: kommunedirektør Hege Rørvik, kommunalsjef helse og
mestring Ola Bratlie, kommunalsjef organisasjon Line Eide, personvernombud Are Kvamme
(observatør), prosjektleder Solveig Nyhus (sak 58/26).

# Sak 58/26 Digitalt tilsyn i omsorgsboliger – validering av DPIA

Prosjektleder presenterte DPIA versjon 1.3 med funn: høy restrisiko knyttet til optisk sensor
og beboere uten samtykkekompetanse. Saken var også behandlet i ledergruppen 22.09.2026 (sak
49/26), hvor det ble bedt om flere tiltak.

Interessenter: Eldrerådet og Rådet for personer med funksjonsnedsettelse har gitt uttalelse
(positive med forbehold om individuell vurdering). Fagforbundet og NSF er hørt via
arbeidsmiljøutvalget. Personvernombudets råd er lagt ved DPIA-en og fulgt på alle punkter
unntatt lokal lagring.

Vedtak: Ledergruppen godkjenner DPIA-en. Ledergruppen vurderer at restrisikoen fortsatt er
høy, men ønsker å gå videre, og ber om forhåndsdrøftelse hos Datatilsynet før oppstart.
"""
    msg = message(
        "f001",
        "Solveig Nyhus <solveig.nyhus@nordre-fjellvik.kommune.no>",
        "Anmodning om forhåndsdrøftelse - digitalt tilsyn i omsorgsboliger",
        when(11, 3, 9, 14),
        body,
        attachments=[
            ("DPIA digitalt tilsyn v1.3.pdf", to_pdf(dpia, "DPIA digitalt tilsyn")),
            ("Protokoll ledergruppen 27.10.2026.pdf", to_pdf(protokoll)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "cover_in_body",
            "contact_label_value",
            "processor_contact_body",
            "dpia_report_pdf",
            "minutes_pdf",
            "headings_num",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; municipality; DPIA PDF with own chapters; full minute of management group",
    )


def f002() -> Case:
    body = """Dear Sir or Madam,

Please find attached Lendwise AS's request for prior consultation under Article 36 GDPR
concerning our machine-learning based creditworthiness assessment ("Lendwise Score").
All documentation is collected in the single attached PDF.

Kind regards,
Mikael Strand
Head of Legal & Compliance, Lendwise AS
"""
    doc = """# Request for prior consultation – Lendwise Score

Lendwise AS, org. no. 930 118 472, Dronning Eufemias gate 16, 0191 Oslo. 4 November 2026.

# 1. Contact details

|Role|Name|Phone|E-mail|
|Contact person (controller)|Mikael Strand|+47 913 05 884|mikael.strand@lendwise.no|
|Data Protection Officer|Ingrid Holm-Larsen|+47 452 19 330|dpo@lendwise.no|
|Processor (cloud hosting)|Nordsky Hosting AS – Tobias Lie|+47 23 96 41 00|tobias.lie@nordsky.no|

Lendwise uses one processor, Nordsky Hosting AS, which hosts the scoring platform in its data
centres in Norway under a data processing agreement.

# 2. Description of the processing

Lendwise offers unsecured consumer loans online. Lendwise Score is a gradient-boosted model that
estimates the probability of default for each applicant and decides automatically on
applications below NOK 150 000. Inputs: application data, income and debt data from the debt
registers (Gjeldsregisteret), tax data retrieved with consent, and account transaction data
(PSD2) for the last 12 months, categorised by the model. About 60 000 applicants per year are
expected. Output: score, decision, and the five strongest reasons. Data are retained for five
years under the Anti-Money Laundering Act and the Bookkeeping Act; model training data are
pseudonymised. Recipients: the applicant, the debt registers, and our external auditor.

# 3. Necessity and proportionality

The legal basis is Article 6(1)(b) and (c) and Article 22(2)(a) (necessary for entering into the
contract). The Financial Contracts Act requires a creditworthiness assessment. We have assessed
a manual assessment for all applications (not proportionate in cost and slower for the
customer) and a model without transaction data (materially poorer default prediction, which
increases the risk of over-indebtedness). Safeguards: applicants are informed before
submitting; every rejection can be reviewed by a credit officer on request; reasons are shown
in plain language; transaction categories revealing health, religion or trade union
membership are excluded from the feature set; data minimisation reviewed quarterly.

# 4. Risk assessment

The DPIA was carried out from June to October 2026 with the DPO, data science, IT security and
customer service. Main risks to rights and freedoms: discrimination through proxies (postcode,
spending patterns), lack of transparency of automated decisions, inference of special
categories from transactions, and security breach of transaction data.

|Risk|Inherent|Measures implemented|Residual|
|Indirect discrimination|High|Fairness testing per release, proxy features removed|High|
|Opaque decisions|High|Reason codes, human review on request|Medium|
|Special-category inference|High|Category exclusion list, no free-text use|Medium|
|Breach of transaction data|Medium|Encryption, access logging, pen test|Low|

Measures considered but not implemented: an external annual algorithm audit (cost, no
qualified Norwegian supplier yet) and excluding transaction data entirely (see section 3).
Residual risk for indirect discrimination remains high.

# 5. Management validation

The DPIA findings were presented to the executive management on 29 September 2026 and to the
Board on 22 October 2026. Stakeholder input from the Norwegian Consumer Council meeting in
August and from the customer panel was summarised for the Board.

Board resolution 22 October 2026, item 7/2026: "The Board has reviewed the DPIA for Lendwise
Score, including the residual high risk of indirect discrimination. The Board approves the DPIA
and instructs the CEO to request prior consultation with Datatilsynet before launch."
"""
    msg = message(
        "f002",
        "Mikael Strand <mikael.strand@lendwise.no>",
        "Request for prior consultation - Lendwise Score (Art. 36 GDPR)",
        when(11, 4, 15, 2),
        body,
        attachments=[("Lendwise_prior_consultation_request.pdf", to_pdf(doc))],
    )
    return msg, Label(
        "en",
        ("one_pdf", "contact_table_pdf", "headings_num", "board_resolution"),
        "none",
        True,
        "used",
        "complete; fintech ML credit scoring; everything in one PDF with English headings",
    )


def f003() -> Case:
    body = """Hei,

Vi viser til Datatilsynets veiledning og ber om forhåndsdrøftelse for innføring av verktøy
for å hindre datalekkasje (DLP) i Fjordkraft Nett Vest AS. Vi har lagt alt inn i e-posten
for å gjøre det enkelt.

KONTAKTINFORMASJON
Kontaktperson: Kjetil Brunvoll, informasjonssikkerhetsleder, tlf. 55 60 71 32,
kjetil.brunvoll@fknv.no
Personvernombud: Randi Sæther, tlf. 930 27 614, personvern@fknv.no
Vi bruker ingen databehandler i denne behandlingen – løsningen driftes på egne servere.

BESKRIVELSE AV BEHANDLINGEN
DLP-verktøyet skanner utgående e-post, opplasting til nettsky og kopiering til USB-minner for
alle 380 ansatte og innleide. Når innhold matcher regler for kraftsensitiv informasjon
(beskyttelsesinstruks, kraftberedskapsforskriften) stoppes overføringen, og en hendelse med
avsender, mottaker, filnavn og utdrag av innholdet lagres i 90 dager. To analytikere i
sikkerhetsteamet ser hendelsene. Mistanke om brudd på instruks sendes HR. Ingen data
overføres ut av virksomheten.

NØDVENDIGHET OG FORHOLDSMESSIGHET
Grunnlaget er art. 6 nr. 1 bokstav c (kraftberedskapsforskriften § 6-2) og bokstav f.
Arbeidsmiljøloven kap. 9 og forskrift om arbeidsgivers innsyn i e-postkasse er vurdert: vi
åpner ikke e-postkassen, men kontrollerer utgående data etter faste regler. Mindre
inngripende tiltak (opplæring, klassifisering alene) er innført, men hindret ikke tre
hendelser i 2025. Private e-poster filtreres ut etter merking, utdrag begrenses til 200 tegn,
og de ansatte er informert og tillitsvalgte drøftet tiltaket 14. oktober.

RISIKOVURDERING
Høyeste risiko: at verktøyet blir brukt til generell kontroll av ansattes atferd
(formålsutglidning), og at private og fortrolige forhold (f.eks. e-post til lege eller
tillitsvalgt) fanges opp. Tiltak: regelsett godkjent av personvernombud, tilgangsbegrensning,
logg over analytikernes oppslag, unntak for tillitsvalgt-adresser. Vurdert men ikke
gjennomført: full pseudonymisering av avsender (hindrer oppfølging). Restrisiko vurderes som
høy for formålsutglidning.

LEDELSENS BEHANDLING
Ledelsens behandling og godkjenning av DPIA-en ettersendes når styret har hatt møte
10. desember.

Med hilsen
Kjetil Brunvoll
Fjordkraft Nett Vest AS
"""
    msg = message(
        "f003",
        "Kjetil Brunvoll <kjetil.brunvoll@fknv.no>",
        "Forhåndsdrøftelse DLP",
        when(11, 5, 13, 40),
        body,
    )
    return msg, Label(
        "nb",
        (
            "all_in_body",
            "headings_caps",
            "contact_label_value",
            "processor_none_stated",
            "part5_will_follow",
        ),
        "pgp_mime",
        True,
        "none",
        "grid company DLP; parts 1-4 in body; management validation 'ettersendes'",
        (5,),
    )


def f004() -> Case:
    body = """Hei!

Vi er en tannklinikkjede med fem klinikker i Trøndelag (Smil Midt AS). Vi skal bytte
journalsystem og timebok til en skyløsning fra en leverandør i Danmark. Pasientene skal kunne
bestille time og se egne røntgenbilder i en app.

Spørsmålet vårt er: må vi be om forhåndsdrøftelse hos dere før vi tar i bruk systemet, eller
holder det at vi gjør en DPIA selv? Vi har ikke startet på DPIA-en ennå.

Takk for svar!

Vennlig hilsen
Therese Ulvestad
daglig leder, Smil Midt AS
tlf 936 11 482
"""
    msg = message(
        "f004",
        "Therese Ulvestad <therese@smilmidt.no>",
        "Spørsmål om forhåndsdrøftelse",
        when(11, 5, 20, 11),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_must_we_ask", "all_in_body"),
        "none",
        False,
        "unspecified",
        "dental chain asks whether prior consultation is needed; no DPIA yet",
    )


def f005() -> Case:
    body = """Til Datatilsynet

Førespurnad om førehandsdrøfting – kameraovervaking ved Vikøy skule

Hordavik kommune ber om førehandsdrøfting etter personvernforordninga artikkel 36 for
kameraovervaking av uteområdet ved Vikøy skule utanom skuletid.

Kontaktpersonar

Kontaktperson i kommunen er einingsleiar eigedom Nils Tveito, telefon 56 38 12 04,
e-post nils.tveito@hordavik.kommune.no. Personvernombodet vårt er Marit Skjelde, telefon
477 81 325, e-post marit.skjelde@hordavik.kommune.no. Kommunen nyttar ingen
databehandlar: kamera og opptakar står på skulen og vert drifta av eigne tilsette.

Kva skal vi gjere?

Det skal setjast opp fire kamera som dekkjer inngangsparti, sykkelskur og fasade mot
parkeringsplassen. Kamera er berre aktive kvardagar 16.00–07.00 og i helgar og feriar. Opptak
vert lagra lokalt i sju dagar og deretter sletta automatisk. Berre vaktmeister og
einingsleiar har tilgang, og opptak vert berre sett gjennom ved melding om hærverk eller
innbrot. Utlevering skjer berre til politiet. Dei registrerte er born og ungdom som nyttar
uteområdet på kveldstid, tilsette og andre som ferdast der.

Kvifor er det naudsynt og forholdsmessig?

Skulen har hatt 14 tilfelle av hærverk og to brannar sidan 2024, med skade for om lag 1,2
millionar kroner. Betre lys, vektarrunder og samarbeid med SLT-koordinator er prøvd utan
tilstrekkeleg effekt. Kamera er avgrensa i tid og rom: leikeområdet og ballbingen er maskert
i biletet, og kamera er av i skuletida. Det er skilta ved alle innkomstar, og informasjon er
sendt til føresette. Innsyn vert handsama av einingsleiar.

Kva kan gå gale, og kva gjer vi med det?

Den største risikoen er at born og ungdom kjenner seg overvaka på ein stad der dei samlast på
fritida, og at opptak vert nytta til anna enn hærverk (til dømes konfliktar mellom elevar).
Vidare kan opptak kome på avvegar ved innbrot i teknisk rom. Tiltak: maskering, tidsstyring,
låst rom, kryptert lagring, logg over kven som ser opptak, og skriftleg instruks om at opptak
ikkje skal nyttast til å følgje opp elevar. Vi har vurdert, men ikkje innført, lydopptak og
lengre lagringstid. Restrisikoen for at born kjenner seg overvaka vert vurdert som høg, difor
denne førespurnaden.

Leiinga si handsaming

Kommunedirektøren si leiargruppe handsama DPIA-en i møte 6. oktober og 3. november 2026.
Prosjektgruppa la fram funna, og fråsegner frå elevrådet, FAU og ungdomsrådet vart lagde
fram og drøfta; maskering av ballbingen kom inn etter innspel frå ungdomsrådet. Leiargruppa
godkjende DPIA-en 3. november og vedtok å be Datatilsynet om førehandsdrøfting.

Helsing
Nils Tveito
Hordavik kommune
"""
    msg = message(
        "f005",
        "Nils Tveito <nils.tveito@hordavik.kommune.no>",
        "Førehandsdrøfting - kameraovervaking Vikøy skule",
        when(11, 6, 10, 5),
        body,
    )
    return msg, Label(
        "nn",
        (
            "all_in_body",
            "headings_question",
            "contact_prose",
            "processor_none_stated",
            "part5_short_paragraph",
        ),
        "inline",
        True,
        "none",
        "complete nynorsk request in body; question headings; part 5 as a short paragraph",
    )


def f006() -> Case:
    body = """Hei,

På vegne av Bryggen Legesenter DA oversender vi anmodning om forhåndsdrøftelse for bruk av
KI-basert talegjenkjenning og journalutkast i legekonsultasjoner. Dokumentasjonen følger i
fem vedlegg, ett per punkt i Datatilsynets liste.

Mvh
Eirik Vatne
Seniorrådgiver, Personvernrådgiverne AS (innleid rådgiver for legesenteret)
"""
    kontakt = """# Vedlegg 1 – Kontaktinformasjon

|Rolle|Navn|Telefon|E-post|
|Kontaktperson, Bryggen Legesenter DA|Dr. Hanne Wiik, daglig leder|55 21 09 40|
hanne.wiik@bryggenlege.no|
|Personvernombud|Eirik Vatne (Personvernrådgiverne AS)| |eirik.vatne@personvernradgiverne.no|
|Databehandler|Journalia AS v/ Sindre Moe|+47 400 18 226|sindre.moe@journalia.no|
"""
    besk = """# Vedlegg 2 – Systematisk beskrivelse

Legesenteret (seks fastleger, om lag 7 200 listepasienter) vil ta opp lyd fra konsultasjonen
med en app på legens PC. Lyden sendes til Journalia AS (databehandler), som transkriberer og
lager et utkast til journalnotat med en språkmodell driftet i Journalias datasenter i Norge.
Legen kontrollerer og godkjenner utkastet, som så lagres i journalsystemet. Lydfilen slettes
straks utkastet er laget, transkripsjonen etter 7 dager. Opplysningene er helseopplysninger
(art. 9), også om barn og pårørende som er til stede. Ingen data brukes til å trene modellen.
"""
    nodv = """# Vedlegg 3 – Nødvendighet og proporsjonalitet

Behandlingsgrunnlag er art. 6 nr. 1 bokstav c og art. 9 nr. 2 bokstav h, jf. helsepersonelloven
§ 39 og § 40 om journalføring. Verktøyet frigjør i snitt 6 minutter per konsultasjon som kan
brukes på pasienten. Pasienten spørres muntlig før opptak og kan reservere seg uten
konsekvenser; reservasjon registreres i timeboken. Legen er alltid ansvarlig for journalens
innhold. Lyd lagres ikke. Sensitive konsultasjoner (psykisk helse, rus, seksuell helse) tas
som hovedregel ikke opp. Pasienter informeres på nettsiden og venterommet.
"""
    risiko = """# Vedlegg 4 – Risikovurdering og tiltak

|Trussel|Konsekvens for pasienten|Tiltak|Restrisiko|
|Feil i journalutkast som legen ikke oppdager|Feil behandling, feil journal|
Obligatorisk gjennomlesing, merking av KI-tekst|Høy|
|Pasient føler seg presset til å godta opptak|Svekket tillit, tilbakeholdt informasjon|
Reservasjon uten begrunnelse, skilt|Middels|
|Uvedkommende får tilgang til lyd/tekst hos leverandør|Brudd på taushetsplikt|
Kryptering, sletting, revisjon av leverandør|Middels|
|Opptak av tredjeparter (barn, pårørende)|Behandling uten informasjon|
Muntlig informasjon til alle i rommet|Middels|

Vurdert, men ikke gjennomført: lokal transkripsjon på legens PC (for dårlig kvalitet i dag).
"""
    ledelse = """# Vedlegg 5 – Ledelsens validering

Referat fra partnermøte 29.10.2026. Til stede: alle seks partnere. DPIA-en ble presentert av
rådgiver Eirik Vatne. Funn: høy restrisiko for feil i journalutkast. Innspill fra
brukerutvalget (pasientrepresentanter) og fra legesekretærene ble gjennomgått. Partnerne
godkjente DPIA-en enstemmig og besluttet å be Datatilsynet om forhåndsdrøftelse før bruk.
"""
    msg = message(
        "f006",
        "Eirik Vatne <eirik.vatne@personvernradgiverne.no>",
        "Anmodning om forhåndsdrøftelse – Bryggen Legesenter DA",
        when(11, 9, 8, 47),
        body,
        attachments=[
            ("Vedlegg 1 Kontaktinformasjon.docx", to_docx(kontakt)),
            ("Vedlegg 2 Beskrivelse.docx", to_docx(besk)),
            ("Vedlegg 3 Nodvendighet.docx", to_docx(nodv)),
            ("Vedlegg 4 Risikovurdering.docx", to_docx(risiko)),
            ("Vedlegg 5 Ledelsens validering.docx", to_docx(ledelse)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "file_per_part",
            "docx",
            "contact_table_docx_rows",
            "consultant_on_behalf",
            "p1_dpo_no_phone",
            "headings_vedlegg",
        ),
        "pgp_mime",
        True,
        "used",
        "GP practice AI scribe; DPO row in the contact table has no phone number",
        (1,),
    )


def f007() -> Case:
    body = """Dear Datatilsynet,

Helsevei Digital AS hereby requests prior consultation pursuant to GDPR Article 36 regarding
our AI-assisted symptom triage in the Helsevei app.

Contacts:
- Controller contact: Amalie Fosse, Product Owner, +47 941 62 073, amalie.fosse@helsevei.no
- DPO: Jonas Kleppe, +47 986 40 215, dpo@helsevei.no
- Processor: MedCloud Nordic AB (hosting and model operation), contact Sara Lindqvist,
  +46 8 410 230 50, sara.lindqvist@medcloud.se

The attached DPIA report covers the description of the processing and our assessment of
necessity and proportionality. Our risk assessment workshop with clinicians and the patient
panel is scheduled for 12 January 2027; the risk assessment and the list of measures will
follow after that. The DPIA was discussed and approved by the management team on
2 November 2026 (minutes attached).

Best regards,
Amalie Fosse
"""
    dpia = """# DPIA – AI symptom triage (Helsevei app)

Status: parts A and B complete. Part C (risk assessment) pending.

# Part A – What we will do

Users describe symptoms in a chat. A classification model (fine-tuned language model run by
MedCloud Nordic AB in Stockholm) proposes an urgency level (emergency, same day, within a week,
self-care) and suggests whether the user should see a GP, call 113 or use self-care advice.
A nurse reviews all 'same day' and 'emergency' proposals within 15 minutes. Expected volume:
25 000 users a year, including 16-17 year olds. Data: symptoms, age, sex, medications, free
text; stored in the patient record for 10 years after the last entry as required by law.

# Part B – Why this is necessary and proportionate

Legal basis: Art. 6(1)(c) and Art. 9(2)(h), the Health Personnel Act. The triage shortens
waiting times; a rule-based questionnaire was tested in 2025 and sent 31% of users to the
wrong level. Safeguards: nurse review, the model cannot close a case, users can always request
a call from a nurse, transparency text explains the model, data are not used for training
without separate consent, and minors' guardians are not given access without the minor's
consent.
"""
    minutes = """# Management team meeting 2 November 2026 – extract

Item 4: DPIA AI symptom triage. The product owner presented parts A and B of the DPIA and the
plan for part C. The patient panel's comments were summarised. The management team approved
the DPIA as it stands and decided to request prior consultation now, with the risk
assessment to be submitted in January.
"""
    msg = message(
        "f007",
        "Amalie Fosse <amalie.fosse@helsevei.no>",
        "Prior consultation request - AI symptom triage",
        when(11, 9, 14, 30),
        body,
        attachments=[
            ("DPIA_AI_triage_parts_A-B.pdf", to_pdf(dpia)),
            ("MT_minutes_2026-11-02.pdf", to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "en",
        (
            "cover_in_body",
            "contact_bullets",
            "processor_contact_body",
            "dpia_report_pdf",
            "part4_will_follow",
        ),
        "none",
        True,
        "used",
        "telehealth AI triage; risk assessment explicitly 'will follow' in January",
        (4,),
    )


def f008() -> Case:
    body = """Hei

Vedlagt følger anmodning om forhåndsdrøftelse fra Vaktkompaniet Sør AS om kroppsbårne kameraer
for vektere i kjøpesentre og på kollektivknutepunkt i Kristiansand og Arendal.

Vedlegg:
1. Følgebrev (docx)
2. DPIA kroppskamera (docx)
3. Styreprotokoll 15.10.2026 (skannet)

Personvernombudet vårt er Lise Aarstad, telefon 971 30 448, e-post lise.aarstad@vaktsor.no.

--
Med vennlig hilsen

Trond Kjellevold
Driftsdirektør
Vaktkompaniet Sør AS | Org.nr. 914 772 068
Mobil: 412 68 903
E-post: trond.kjellevold@vaktsor.no
Vestre Strandgate 22, 4611 Kristiansand
"""
    folgebrev = """# Anmodning om forhåndsdrøftelse – kroppsbårne kameraer

Vaktkompaniet Sør AS ber om forhåndsdrøftelse etter personvernforordningen art. 36.
Kontaktperson er driftsdirektør Trond Kjellevold (se e-post). Vi gjør oppmerksom på at vi ikke
bruker databehandler: kameraene, dokkingstasjonene og lagringsserveren eies og driftes av
selskapet selv.

DPIA-en følger som eget vedlegg, og styrets behandling fremgår av vedlagte protokoll.
"""
    dpia = """# DPIA – kroppsbårne kameraer for vektere

# Hva skal vi gjøre?

Om lag 60 vektere skal bære kamera på uniformen. Kameraet går i en 30 sekunders sløyfe som
ikke lagres, og opptak starter bare når vekteren trykker på knappen i en konkret situasjon
(trusler, vold, pågripelse etter straffeprosessloven § 176). Opptak med lyd lagres kryptert på
egen server i 30 dager og utleveres bare til politiet eller ved klage. Registrerte er publikum,
personer som pågripes, og vekterne selv. Oppdragsgiverne (sentrene) får ikke tilgang.

# Hvorfor er dette nødvendig, og er det forholdsmessig?

Antall voldshendelser mot vektere økte fra 41 til 77 fra 2024 til 2025. Erfaringer fra andre
land viser færre voldshendelser og bedre dokumentasjon ved klager. Behandlingsgrunnlag er art.
6 nr. 1 bokstav f; opptak knyttet til straffbare forhold behandles etter personopplysningsloven
§ 11. Alternativer: faste kameraer dekker ikke hele området; tjeneste i par er innført der det
er mulig. Ingen kontinuerlig opptak, tydelig merking «KAMERA» på vesten, muntlig varsel før
opptak der situasjonen tillater det, og innsyn via personvernombudet.

# Hva kan gå galt for de registrerte?

|Hendelse|Sannsynlighet|Alvorlighet|Tiltak|Gjenstående risiko|
|Opptak av uskyldige forbipasserende og barn|Høy|Middels|
Kort sløyfe, manuell start, sladding ved utlevering|Middels|
|Vekter bruker opptak til å henge ut personer|Lav|Høy|Ingen lokal tilgang til filer, logging|
Middels|
|Kamera brukes for å kontrollere vekterne|Middels|Middels|
Avtale med tillitsvalgte, formålsbegrensning|Middels|
|Nedkjølende effekt på publikum i offentlig rom|Høy|Høy|Bare ved konkret hendelse, merking|Høy|

Vurdert, men ikke gjennomført: ansiktssladding i sanntid (teknisk ikke modent). Vi vurderer at
restrisikoen for nedkjølende effekt i offentlig rom fortsatt er høy.
"""
    protokoll = """PROTOKOLL FRA STYREMØTE I VAKTKOMPANIET SØR AS
Dato: 15. oktober 2026, kl. 16.00. Sted: selskapets lokaler. Til stede: styreleder Bente Holm,
styremedlemmer Arild Nome og Kari Fjeld, daglig leder Per Sundt, driftsdirektør Trond Kjellevold.

Sak 12/2026 Kroppsbårne kameraer – DPIA
Driftsdirektøren presenterte DPIA-en og hovedfunnene: høy restrisiko for nedkjølende effekt i
offentlig rom. Styret fikk lagt fram synspunktene fra tillitsvalgte (NAF), verneombudet og to
av oppdragsgiverne, samt personvernombudets råd. Saken var første gang oppe 10. september.

Vedtak: Styret godkjenner DPIA-en og ber administrasjonen be om forhåndsdrøftelse hos
Datatilsynet. Kameraene tas ikke i bruk før Datatilsynet har svart.

Bente Holm (sign.)   Arild Nome (sign.)   Kari Fjeld (sign.)
"""
    msg = message(
        "f008",
        "Trond Kjellevold <trond.kjellevold@vaktsor.no>",
        "Forhåndsdrøftelse kroppskamera – Vaktkompaniet Sør AS",
        when(11, 10, 11, 22),
        body,
        attachments=[
            ("Følgebrev forhåndsdrøftelse.docx", to_docx(folgebrev)),
            ("DPIA kroppskamera vektere.docx", to_docx(dpia)),
            ("Styreprotokoll 15.10.2026.pdf", scan_pdf([protokoll])),
        ],
    )
    return msg, Label(
        "nb",
        (
            "contact_signature",
            "dpo_sentence",
            "processor_none_stated",
            "docx",
            "headings_question",
            "scanned_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "none",
        "security company body cams; contacts in signature; board minutes only as image-only scan",
    )


def f009() -> Case:
    body = """Hei.

Naboen min i Rugdeveien har satt opp et kamera på garasjeveggen som filmer rett inn i
hagen vår og inn i stuevinduet. Jeg har snakket med ham to ganger men han vil ikke flytte det.
Barna mine leker i hagen og jeg synes dette er veldig ubehagelig.

Kan Datatilsynet gjøre noe med dette? Jeg kan sende bilder av kameraet.

Mvh
Gunn Rasmussen
Rugdeveien 14, 3825 Lunde
tlf 915 03 286
"""
    msg = message(
        "f009",
        "Gunn Rasmussen <gunn.rasmussen73@online.no>",
        "Klage på kamera hos nabo",
        when(11, 10, 21, 48),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_complaint", "all_in_body"),
        "none",
        False,
        "unspecified",
        "private person complains about a neighbour's camera",
    )


def f010() -> Case:
    body = """Hello,

On behalf of Corvexa Norway AS I submit a request for prior consultation concerning our
planned workforce analytics tool ("Pulse"). The documentation is in the attached ZIP, one file
per required element.

Regards,
Daniel Okafor
Privacy Counsel, Corvexa Group
"""
    contacts = """# 1 Contact information

|Role|Name|Telephone|Email|
|Controller contact – HR Director Norway|Silje Brekke|+47 922 05 716|silje.brekke@corvexa.no|
|Data Protection Officer (group DPO, covers Norway)|Daniel Okafor|+47 21 09 55 80|dpo@corvexa.com|
|Processor – Pulse platform provider|Teamlytics BV, Maarten de Vries|+31 20 794 1180|
m.devries@teamlytics.eu|
"""
    desc = """# 2 Systematic description

Corvexa Norway AS (software consultancy, 410 employees) plans to introduce Pulse, a workforce
analytics platform provided by Teamlytics BV (processor, hosting in the Netherlands). Pulse
collects metadata from Microsoft 365 (calendar, e-mail and Teams metadata, not content),
time registration and project data, and calculates team-level indicators for workload,
collaboration and after-hours work. Managers see team dashboards (minimum team size 8);
individual employees see their own indicators. HR sees aggregated department data. Retention:
raw metadata 90 days, indicators 24 months. Purpose: prevent burnout and plan staffing.
"""
    nec = """# 3 Necessity and proportionality

Legal basis: Art. 6(1)(f); the Working Environment Act sections 4-1 and 9-1 have been
assessed. Less intrusive alternatives (annual survey, voluntary time logs) gave poor data on
overtime. Safeguards: no content analysis, no individual view for managers, minimum group size,
employees can hide calendar items as private, union representatives consulted on 3 and 24
September, right to object handled by the DPO, full transparency page on the intranet.
"""
    matrix = {
        "Risk register": [
            ["ID", "Risk to employees", "Likelihood", "Impact", "Measures", "Residual"],
            [
                "R1",
                "Indicators used for individual performance evaluation",
                "Medium",
                "High",
                "Contractual ban, dashboard minimum group size, audit",
                "High",
            ],
            [
                "R2",
                "Re-identification in small teams",
                "Medium",
                "Medium",
                "Minimum 8, suppression of outliers",
                "Medium",
            ],
            [
                "R3",
                "Chilling effect on after-hours communication",
                "High",
                "Medium",
                "Information, no individual view",
                "Medium",
            ],
            [
                "R4",
                "Transfer of data outside EEA by sub-processor",
                "Low",
                "High",
                "Sub-processor list, EU-only hosting clause",
                "Low",
            ],
        ],
        "Not implemented": [
            ["Measure considered", "Reason not implemented"],
            ["On-premise deployment", "Not offered by vendor"],
            ["Opt-in per employee", "Aggregates become unreliable below 60% participation"],
        ],
    }
    validation = """# 5 Management validation of the DPIA

The DPIA was presented to the Norwegian management team on 1 October 2026 and again on
28 October 2026 together with the group DPO's opinion and the comments of the union
representatives (Tekna, NITO) and the working environment committee (AMU). The management team
reviewed the residual risk R1 (high) and decided on 28 October to approve the DPIA and to ask
Datatilsynet for prior consultation before any roll-out. Signed: Karin Aune, Managing Director.
"""
    archive = to_zip(
        {
            "01_Contacts.pdf": to_pdf(contacts),
            "02_Description.pdf": to_pdf(desc),
            "03_Necessity_proportionality.pdf": to_pdf(nec),
            "04_Risk_register.xlsx": to_xlsx(matrix),
            "05_Management_validation.pdf": to_pdf(validation),
        }
    )
    msg = message(
        "f010",
        "Daniel Okafor <dpo@corvexa.com>",
        "Prior consultation – Corvexa Norway AS – workforce analytics",
        when(11, 11, 9, 3),
        body,
        attachments=[("Corvexa_prior_consultation.zip", archive)],
    )
    return msg, Label(
        "en",
        ("zip", "file_per_part", "xlsx_risk_matrix", "contact_table_pdf", "processor_foreign"),
        "pgp_mime",
        True,
        "used",
        "complete; workforce analytics; ZIP with one file per part, risk register as XLSX",
    )


def f011() -> Case:
    body = """Hei,

Trygg Vei Forsikring ASA ber om forhåndsdrøftelse for vårt nye produkt «Kjørestil», et
telematikkbasert bilforsikringsprodukt.

Kontaktinformasjon:
Kontaktperson: Mona Lie, produktsjef, 23 14 58 00 / 958 27 144, mona.lie@tryggvei.no
Personvernombud: Håkon Rustad, 23 14 58 90, personvernombud@tryggvei.no
Databehandler: DriveData Solutions AS, kontaktperson Petter Østby, 468 02 911,
petter.ostby@drivedata.no

Vedlagt ligger risikomatrisen fra DPIA-arbeidet og utdrag fra styreprotokollen.

Med vennlig hilsen
Mona Lie
"""
    matrix = {
        "Risikomatrise": [
            ["Nr", "Uønsket hendelse", "S", "K", "Risiko", "Tiltak", "Restrisiko"],
            [
                "1",
                "Posisjonsdata avslører bosted, arbeidssted og besøk (f.eks. sykehus)",
                "4",
                "4",
                "Høy",
                "Kun kjørestil lagres, rute kastes etter 24 t",
                "Middels",
            ],
            [
                "2",
                "Premie basert på data som rammer nattarbeidere urimelig",
                "3",
                "4",
                "Høy",
                "Nattkjøring vektes ikke",
                "Middels",
            ],
            [
                "3",
                "Andre sjåfører i husstanden registreres uten å vite det",
                "4",
                "3",
                "Høy",
                "Klistremerke i bil, info til alle sjåfører",
                "Høy",
            ],
            [
                "4",
                "Data utleveres til politi ved ulykke",
                "2",
                "4",
                "Middels",
                "Utlevering kun ved kjennelse",
                "Middels",
            ],
            [
                "5",
                "Sikkerhetsbrudd hos databehandler",
                "2",
                "5",
                "Middels",
                "Revisjon, kryptering, tilgangslogg",
                "Lav",
            ],
        ]
    }
    styre = """# Utdrag av protokoll – styremøte i Trygg Vei Forsikring ASA 21.10.2026

Sak 44/26 Kjørestil – personvernkonsekvenser

Administrasjonen la fram risikomatrisen og hovedfunnene fra DPIA-en, sammen med innspill fra
kundepanelet og Forbrukerrådet. Styret behandlet saken også i august (sak 31/26). Styret tok
til etterretning at risiko nr. 3 står igjen som høy, godkjente DPIA-en og ga administrasjonen
fullmakt til å be om forhåndsdrøftelse.
"""
    msg = message(
        "f011",
        "Mona Lie <mona.lie@tryggvei.no>",
        "Forhåndsdrøftelse – telematikk bilforsikring",
        when(11, 11, 12, 56),
        body,
        attachments=[
            ("Risikomatrise Kjørestil.xlsx", to_xlsx(matrix)),
            ("Styreprotokoll utdrag sak 44-26.pdf", to_pdf(styre)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "contact_label_value",
            "processor_contact_body",
            "xlsx_risk_matrix",
            "minutes_pdf",
            "part2_absent",
            "part3_absent",
        ),
        "none",
        True,
        "used",
        "insurer telematics; only contacts, risk matrix and minutes; no description or necessity",
        (2, 3),
    )


def f012() -> Case:
    body = """Til Datatilsynet

Anmodning om forhåndsdrøftelse – besøksanalyse med wifi-sporing på Strandtorget Senter

Punkt 1 – Kontaktinformasjon
Behandlingsansvarlig: Strandtorget Senter AS, org.nr. 985 301 662
Kontaktperson: senterleder Vibeke Lunde, tlf. 908 43 117, vibeke.lunde@strandtorget.no
Personvernombud: advokat Stian Hoff, Hoff & Dahl Advokatfirma AS, tlf. 22 47 30 15,
stian.hoff@hoffdahl.no
Databehandler: Footfall Analytics Norge AS v/ Camilla Rønning, tlf. 469 30 752,
camilla.ronning@footfall.no

Punkt 2 – Beskrivelse av behandlingen
Senteret vil måle besøksmønstre ved at 38 wifi-sensorer registrerer MAC-adresser fra
mobiltelefoner som har wifi slått på. MAC-adressen hashes med en nøkkel som byttes hver
natt, slik at samme telefon ikke kan følges fra dag til dag. Formålet er å måle hvor lenge
besøkende oppholder seg, hvilke soner som brukes, og flyt mellom butikker, for å planlegge
leietakermiks og renhold. Om lag 4,5 millioner besøk per år. Footfall Analytics drifter
sensorene og analyseplattformen (servere i Norge). Butikkene får bare aggregerte rapporter
(minst 20 besøkende per celle). Rådata slettes etter 24 timer.

Punkt 3 – Nødvendighet og forholdsmessighet
Grunnlag er art. 6 nr. 1 bokstav f. Vi har vurdert manuelle tellinger og tellere i
inngangene, men disse sier ingenting om flyt mellom soner. Kameraanalyse ble forkastet som mer
inngripende. Garantier: daglig nøkkelbytte, ingen kobling mot kundeklubb, skilt ved alle
innganger og QR-kode til personvernerklæring, mulighet til å reservere seg ved å registrere
MAC-adresse på nettsiden eller slå av wifi, og ingen sporing i toalett- og stellerom.

Punkt 4 – Risikovurdering
Vi vurderer at behandlingen innebærer systematisk overvåking av et offentlig tilgjengelig
område i stor skala. Risikoer: (a) at enkeltpersoner kan spores innen samme dag, f.eks. hvilke
butikker (apotek, legesenter i 2. etasje) de besøker – høy; (b) at de registrerte ikke vet om
sporingen – høy; (c) at hashnøkkelen kompromitteres – middels; (d) formålsutglidning mot
markedsføring – middels. Tiltak: sone for legesenter og apotek utelatt, nøkkel i HSM, avtale
som forbyr markedsføringsbruk, årlig revisjon. Ikke gjennomført: samtykkebasert løsning via
app (for lav deltakelse). Restrisiko (a) og (b) er fortsatt høy.

Punkt 5 – Ledelsens validering
Utdrag fra protokoll, styremøte i Strandtorget Senter AS 19.10.2026, sak 9/2026:
«Senterleder presenterte DPIA for besøksanalyse, med funn om høy restrisiko for sporing
innen samme dag og manglende kjennskap blant besøkende. Styret har fått fremlagt
synspunktene fra leietakerforeningen, gårdeier og personvernombudet. Styret godkjenner
DPIA-en og ber senterleder be om forhåndsdrøftelse før løsningen tas i bruk.»

Med vennlig hilsen
Vibeke Lunde
Senterleder, Strandtorget Senter AS
"""
    msg = message(
        "f012",
        "Vibeke Lunde <vibeke.lunde@strandtorget.no>",
        "Anmodning om forhåndsdrøftelse - wifi-sporing",
        when(11, 12, 10, 30),
        body,
    )
    return msg, Label(
        "nb",
        (
            "all_in_body",
            "headings_punkt",
            "contact_label_value",
            "dpo_external_firm",
            "processor_contact_body",
            "minutes_quoted",
        ),
        "inline",
        True,
        "used",
        "complete shopping-centre wifi tracking request, all in plain body, 'Punkt N' headings",
    )


def f013() -> Case:
    body = """Hei Datatilsynet!

Vi i Lekeklokt AS (edtech, 14 ansatte) lager en læringsapp i matte for barn 6–9 år som
tilpasser oppgavene etter hvordan barnet svarer. Vi har fått råd om å be om forhåndsdrøftelse,
og sender derfor det vi har.

Kontakt: Oskar Myhre (daglig leder), 994 17 203, oskar@lekeklokt.no
Personvernombud: Guro Nilsen (ekstern, Nilsen Personvern), 452 90 318,
guro@nilsenpersonvern.no
Databehandler: vi bruker Skyfjell AS til hosting – kontakt Vegard Ask, 400 55 671,
vegard.ask@skyfjell.no

Merk: DPIA-en er fortsatt et utkast. Den er ikke behandlet eller godkjent av styret ennå;
den skal opp i styremøtet 15. januar.

Hilsen Oskar
"""
    dpia = """# UTKAST – IKKE GODKJENT – DPIA Lekeklokt matteapp

# Om behandlingen

Appen brukes hjemme og på skolen (lisens kjøpt av skolen). Vi samler svar, svartid, antall
forsøk og ferdighetsnivå per barn, samt fornavn og klasse fra skolens import (Feide). En
modell beregner neste oppgave og markerer barn som kan ha lærevansker («trenger ekstra
oppfølging») i lærerens oversikt. Om lag 30 000 barn. Hosting hos Skyfjell AS i Norge.
Lærer og foresatte ser barnets fremgang. Data slettes 12 måneder etter at lisensen opphører.

# Er det nødvendig og forholdsmessig?

For skolene er grunnlaget art. 6 nr. 1 bokstav e (opplæringsloven), der skolen er
behandlingsansvarlig og vi databehandler; for hjemmebruk er vi behandlingsansvarlige med
grunnlag i avtale med foresatte. Markeringen av mulige lærevansker er ikke nødvendig for
selve tilpasningen og kan slås av av skolen. Ingen reklame, ingen deling med tredjeparter,
barnevennlig informasjon, foresatte kan slette kontoen.

# Risiko og tiltak

Høy risiko: at markeringen «trenger ekstra oppfølging» blir stigmatiserende eller feil, og
følger barnet. Middels risiko: profilering av barn over tid, sikkerhetsbrudd. Tiltak:
markeringen vises bare for lærer, forsvinner etter 30 dager, forklaring til lærer om
usikkerhet, kryptering, tilgangskontroll. Ikke gjennomført: ekstern validering av modellen.
"""
    msg = message(
        "f013",
        "Oskar Myhre <oskar@lekeklokt.no>",
        "forhåndsdrøftelse læringsapp",
        when(11, 12, 23, 5),
        body,
        attachments=[("DPIA_utkast_v0.4.pdf", to_pdf(dpia))],
    )
    return msg, Label(
        "nb",
        (
            "startup_informal",
            "contact_label_value",
            "dpo_external_firm",
            "dpia_draft",
            "part5_not_done",
            "dpia_report_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "edtech start-up; DPIA is a draft not yet approved by the board; part 5 missing",
        (5,),
    )


def f014() -> Case:
    html = """<html><body style="font-family:Georgia">
<h1>Nordic Privacy Digest – December 2026</h1>
<p>Welcome to the last issue of the year from Baltrum Legal's privacy team.</p>
<h2>1. EDPB adopts guidelines on pseudonymisation</h2>
<p>The final guidelines clarify when pseudonymised data remain personal data...</p>
<h2>2. Prior consultations: what we learned in 2026</h2>
<p>Our clients filed eleven requests for prior consultation in the Nordics this year. Key
lesson: supervisory authorities expect a complete DPIA and documented management approval
before they start the clock.</p>
<h2>3. Events</h2>
<p>Webinar 14 January: AI Act meets GDPR. Register at baltrumlegal.example/events.</p>
<p style="font-size:small">You receive this newsletter because you subscribed at a
conference. <a href="https://baltrumlegal.example/unsubscribe?u=88123">Unsubscribe</a>.</p>
</body></html>
"""
    msg = message(
        "f014",
        "Baltrum Legal Newsletter <newsletter@baltrumlegal.example>",
        "Nordic Privacy Digest – December 2026",
        when(12, 1, 7, 0),
        html=html,
    )
    return msg, Label(
        "en",
        ("nonrequest_newsletter", "html_only_body"),
        "none",
        False,
        "unspecified",
        "law-firm newsletter that mentions prior consultations in passing",
    )


def f015() -> Case:
    body = """Hei,

Vedlagt er anmodning om forhåndsdrøftelse fra Byggmester Haugland AS om ansiktsgjenkjenning
for adgangskontroll på våre byggeplasser. Alt ligger i ett Word-dokument.

Mvh
Ragnhild Haugland
HMS- og kvalitetssjef
"""
    doc = """# Anmodning om forhåndsdrøftelse – biometrisk adgangskontroll på byggeplass

Byggmester Haugland AS, org.nr. 912 604 385, Industrivegen 8, 4344 Bryne

# Kontaktopplysninger

|Rolle|Navn|Telefon|E-post|
|Kontaktperson|Ragnhild Haugland, HMS- og kvalitetssjef|51 77 20 31|ragnhild@haugland-bygg.no|
|Personvernombud|Kristoffer Bø|481 06 772|kristoffer.bo@haugland-bygg.no|

Selskapet bruker ikke databehandler for denne behandlingen. Terminalene og serveren står i
eget datarom, og løsningen driftes av vår egen IT-avdeling.

# Systematisk beskrivelse

Adgangen til byggeplassene (normalt 6–10 samtidig, 300–900 personer inkl. underentreprenører)
skal styres med ansiktsgjenkjenningsterminaler i porten. Ved første oppmøte registreres navn,
HMS-kortnummer, arbeidsgiver og en biometrisk mal av ansiktet; malen lagres kryptert på
terminalen og i sentral database og slettes når personen ikke har vært på noen byggeplass på
30 dager. Inn- og utpasseringer lagres i 6 måneder for mannskapslister etter
byggherreforskriften § 15. Mottakere: byggherre (mannskapsliste uten biometri),
Arbeidstilsynet og Skatteetaten ved kontroll.

# Nødvendighet og forholdsmessighet

Formålet er å hindre at uvedkommende og personer uten gyldig HMS-kort kommer inn, og
bekjempe arbeidslivskriminalitet. Biometri krever grunnlag i art. 9 nr. 2; vi bygger på
samtykke (bokstav a) og tilbyr et likeverdig alternativ: HMS-kort med PIN. Vi har vurdert at
HMS-kort alene ikke er nok, fordi kort lånes bort (22 avvik i 2025). Vi bruker 1:1-verifisering
mot kortet der det er mulig. Informasjon gis på flere språk (norsk, polsk, litauisk, engelsk).

# Risikovurdering og tiltak

Hovedrisikoene er at samtykket ikke er frivillig for arbeidstakere hos underentreprenører,
at biometriske maler kommer på avveie, og at passeringsdata brukes til å kontrollere
arbeidstid for enkeltpersoner. Tiltak gjennomført: alternativ uten biometri, kryptering av
maler, ingen eksport av maler, formålsbegrensning i internt reglement, logging. Vurdert men
ikke gjennomført: lagring av mal kun på kort (kortleverandøren støtter det ikke).
Restrisikoen for ufrivillig samtykke vurderes som høy.

# Ledelsens behandling

Utdrag av protokoll fra styremøte 26. oktober 2026, sak 5/26:
Daglig leder og HMS-sjef presenterte DPIA-en og funnene, herunder høy restrisiko for
ufrivillig samtykke. Styret gikk gjennom innspill fra tillitsvalgte, verneombud og tre
underentreprenører. Styret godkjente DPIA-en og besluttet å be om forhåndsdrøftelse.
"""
    msg = message(
        "f015",
        "Ragnhild Haugland <ragnhild@haugland-bygg.no>",
        "Forhåndsdrøftelse – ansiktsgjenkjenning byggeplass",
        when(11, 13, 8, 15),
        body,
        attachments=[("Forhandsdroftelse_Haugland_biometri.docx", to_docx(doc))],
    )
    return msg, Label(
        "nb",
        (
            "one_docx",
            "contact_table_docx_rows",
            "processor_none_stated",
            "headings_plain",
            "minutes_excerpt",
        ),
        "none",
        True,
        "none",
        "complete construction biometric access request in one DOCX",
    )


def f016() -> Case:
    body = """Hei,

Sparebanken Nordvest ber om forhåndsdrøftelse for bruk av stemmeanalyse i kundesenteret.
Hele anmodningen ligger i vedlagte ODT-fil.

Mvh
Lars Ødegård
Compliance, Sparebanken Nordvest
"""
    doc = """# Forhåndsdrøftelse – stemmeanalyse i kundesenteret

# Kontaktpersoner

Kontaktperson hos banken: Lars Ødegård, seniorrådgiver compliance, telefon 71 58 40 12,
e-post lars.odegard@sbnv.no.

Personvernombud: Tone Helland, telefon 71 58 40 99, e-post personvernombud@sbnv.no.

Vi bruker Talevik Analytics AS som databehandler for opptak, transkribering og analyse.

# Hva behandlingen går ut på

Alle samtaler til kundesenteret (ca. 400 000 per år) tas opp i dag for dokumentasjon etter
verdipapirhandelloven. Nå skal opptakene i tillegg analyseres automatisk av Talevik: tale
gjøres om til tekst, og en modell anslår kundens stemning (frustrasjon, stress) og merker
samtaler der kunden kan være utsatt for svindel eller være i en sårbar situasjon. Rådgiveren
ser merket under samtalen. Analyseresultatet lagres i 12 måneder sammen med opptaket.

# Nødvendighet og forholdsmessighet

Målet er å oppdage svindelforsøk (f.eks. kunder som blir instruert av svindlere) og sårbare
kunder. Banken har plikt etter hvitvaskingsloven og finansavtaleloven til å ivareta kundene.
Stemmeanalyse av følelser er inngripende; vi har derfor avgrenset til to merker og ingen
lagring av stemmeprofiler. Kundene informeres i talemeny og kan be om at samtalen ikke
analyseres. Merket brukes ikke i kredittvurdering eller markedsføring.

# Risikovurdering

Risikoen er høy for feilmerking av kunder med aksent, talevansker eller psykiske lidelser, og
for at merket «sårbar» kan oppleves krenkende eller brukes utenfor formålet. Det er middels
risiko for at opptak kommer på avveie hos databehandler. Tiltak: testing av modellen på ulike
dialekter og aksenter, rådgiverinstruks, ingen automatiske beslutninger, logging, kryptering.
Ikke gjennomført: analyse bare etter samtykke i hver samtale (for tungvint for kundene).

# Ledelsens validering

Konsernledelsen behandlet DPIA-en 8. september og 20. oktober 2026. Funnene ble lagt fram av
compliance, og innspill fra kundepanelet og de ansattes tillitsvalgte (Finansforbundet) ble
gjennomgått. Konsernledelsen godkjente DPIA-en 20. oktober og besluttet å be om
forhåndsdrøftelse.
"""
    msg = message(
        "f016",
        "Lars Ødegård <lars.odegard@sbnv.no>",
        "Anmodning om forhåndsdrøftelse - stemmeanalyse",
        when(11, 13, 14, 2),
        body,
        attachments=[("Forhandsdroftelse stemmeanalyse.odt", to_odt(doc))],
    )
    return msg, Label(
        "nb",
        ("one_odt", "contact_prose", "p1_proc_no_contact", "headings_plain"),
        "none",
        True,
        "used",
        "bank voice analytics; processor Talevik named but no contact person, phone or e-mail",
        (1,),
    )


def f017() -> Case:
    body = """Hei,

Sunnvik fylkeskommune ber med dette om førehandsdrøfting for læringsanalyse i dei
vidaregåande skulane. Sjå vedlagt dokument.

Kontaktperson: Sigrid Hovland, rådgjevar digitalisering, tlf. 57 65 02 18,
sigrid.hovland@sunnvik.fylke.no
Personvernombod: Bjarte Nes, tlf. 930 44 671, personvernombod@sunnvik.fylke.no
Databehandlar: Lærdata AS, kontakt Ingvild Solheim, tlf. 417 23 690,
ingvild.solheim@laerdata.no

Helsing
Sigrid Hovland
"""
    doc = """# Førespurnad om førehandsdrøfting – læringsanalyse i vidaregåande opplæring

# Skildring av handsaminga

Fylkeskommunen vil ta i bruk ei løysing frå Lærdata AS (databehandlar) som hentar data frå
læringsplattforma (innleveringar, pålogging, karakterar, fråvær) for om lag 9 000 elevar.
Ein modell reknar ut kva elevar som står i fare for å slutte, og kontaktlærar og
rådgjevar får eit varsel. Data vert lagra i tre år etter at eleven har gått ut. Ingen
overføring utanfor EØS.

# Naudsyn og forholdsmessigheit

Grunnlaget er art. 6 nr. 1 bokstav e, jf. opplæringslova om tilpassa opplæring og
oppfølgingstenesta. Manuell oppfølging gjer at elevar vert fanga opp for seint. Tiltak:
modellen tek ikkje avgjerder, varselet er eit signal til ein samtale, elevane får
informasjon ved skulestart og kan sjå eigne data, helseopplysningar vert ikkje nytta.

# Risikovurdering

Risikovurderinga er ikkje gjennomført enno. Vi har planlagt ein ROS-workshop med elevrådet
og skulane i februar, og vil sende vurderinga då.

# Leiinga si handsaming

Fylkesdirektøren si leiargruppe handsama saka 29. oktober 2026. Prosjektleiar la fram
skildringa og vurderinga av naudsyn; fråsegner frå elevorganisasjonen og Utdanningsforbundet
vart gjennomgått. Leiargruppa godkjende at fylkeskommunen ber om førehandsdrøfting no.
"""
    msg = message(
        "f017",
        "Sigrid Hovland <sigrid.hovland@sunnvik.fylke.no>",
        "Førehandsdrøfting – læringsanalyse",
        when(11, 16, 9, 41),
        body,
        attachments=[("Forehandsdrofting laeringsanalyse.odt", to_odt(doc))],
    )
    return msg, Label(
        "nn",
        ("contact_label_value", "processor_contact_body", "one_odt", "part4_not_done"),
        "pgp_mime",
        True,
        "used",
        "county learning analytics in nynorsk; risk assessment 'ikkje gjennomført enno'",
        (4,),
    )


def f018() -> Case:
    doc = """# Request for prior consultation – smart meter load profiling

Sent on behalf of Lysnett Energi AS, org. no. 918 556 203.

# Who to contact

|Role|Name|Phone|E-mail|
|Contact person|Henrik Mathisen, Head of Data & Analytics|+47 73 80 21 60|
henrik.mathisen@lysnett.no|
|Data protection officer|Eva Brattli|+47 902 13 574|personvernombud@lysnett.no|

No processor is involved: all analytics run in Lysnett's own data centre and are carried out
by our own staff.

# The processing

Lysnett operates 210 000 smart meters (AMS) and will start to analyse hourly consumption data
at 15-minute resolution to build household load profiles. Profiles are used to predict grid
congestion, to offer customers flexible tariffs, and to detect possible tampering with meters.
Data: meter ID, address, customer name, consumption series for 36 months. Household load
profiles can reveal when people are at home, sleep, travel, or use medical equipment. Results
are shared only with the customer (in the app) and, for tampering cases, with our internal
security team.

# Is it necessary and proportionate?

Legal basis: Art. 6(1)(c) and (e) (Energy Act, metering regulation) for grid planning, and
Art. 6(1)(a) (consent) for flexible tariffs. For congestion forecasting we use aggregated
profiles at substation level (minimum 25 households). Individual-level profiling is only
used for tampering detection and for customers who opt in. Customers can see all their data in
the app and withdraw consent at any time.

# What are the risks and what have we done?

Main risks: revealing daily life patterns (presence at home, health-related equipment use),
use of tampering flags against vulnerable customers, and breach of the time series database.
Implemented: aggregation, opt-in, pseudonymised analytics environment, strict access roles,
manual review before any tampering case is opened. Considered, not implemented: differential
privacy on individual profiles (breaks the tariff product). The residual risk of revealing
life patterns for opt-in customers remains high.

# Management approval

The DPIA was validated by the executive management on 14 October 2026 and by the Board on
4 November 2026. The presentation summarised the findings and the views of the consumer
council panel and of the Norwegian Energy Regulatory Authority dialogue meeting. The Board
approved the DPIA and decided to request prior consultation.
"""
    msg = message(
        "f018",
        "Henrik Mathisen <henrik.mathisen@lysnett.no>",
        "Prior consultation – smart meter load profiling",
        when(11, 16, 13, 18),
        html=to_html(doc),
    )
    return msg, Label(
        "en",
        ("html_only_body", "html_table_body", "processor_none_stated", "headings_question"),
        "none",
        True,
        "none",
        "complete energy-grid request written entirely in an HTML body",
    )


def f019() -> Case:
    body = """Til Datatilsynet

Universitetet i Vestfjell, Institutt for klinisk medisin, ber om forhåndsdrøftelse for
forskningsprosjektet GENVEST (genetisk kohort med koblinger til helseregistre).

Kontaktpersonene finner dere i vedlagte visittkort (prosjektleder og personvernombud).
Databehandler er Helix Sekvensering AS, kontaktperson Magnus Rød, tlf. 47 81 30 22,
magnus.rod@helixseq.no.

Vedlegg:
- Følgebrev og DPIA (PDF)
- Vedtak fra dekanatet (Word)
- to visittkort

Vennlig hilsen
Professor Liv Engen
"""
    dpia = """# GENVEST – Vurdering av personvernkonsekvenser

# Del I: Prosjektet og behandlingen

GENVEST skal følge 15 000 deltakere i 20 år. Det samles blodprøver, helsespørreskjema og
helgenomsekvensering. Data kobles med Norsk pasientregister, Kreftregisteret og
Dødsårsaksregisteret. Sekvenseringen utføres av Helix Sekvensering AS (databehandler).
Data lagres i universitetets sikre forskningsplattform (TSD-lignende). Forskere får bare
tilgang til avidentifiserte data etter søknad til prosjektets dataforvaltningsutvalg.

# Del II: Grunnlag, nødvendighet, rettigheter

Grunnlag: samtykke (art. 6 nr. 1 a og art. 9 nr. 2 a) og helseforskningsloven; REK-godkjenning
foreligger. Helgenomsekvensering er nødvendig for å studere sammensatte arvelige sykdommer.
Deltakerne får en dynamisk samtykkeportal, kan trekke seg og kreve sletting av prøve og data,
og kan velge om de vil få tilbakemelding om alvorlige arvelige funn.

# Del III: Risiko

Høy risiko for re-identifisering av genetiske data og for at slektninger som ikke har
samtykket berøres. Middels risiko for sikkerhetsbrudd hos databehandler. Tiltak:
pseudonymisering, ingen nedlasting av rådata, kontrakt med forbud mot videre deling,
tilgangsstyring. Vurdert, ikke gjennomført: syntetiske data for alle analyser.
Restrisiko for slektninger vurderes som høy.
"""
    vedtak = """# Vedtak i dekanatet, Det medisinske fakultet, 2. november 2026

Sak 71/2026 GENVEST – godkjenning av DPIA og anmodning om forhåndsdrøftelse

Dekanatet har fått presentert DPIA-en av prosjektleder. Funn: høy restrisiko for
slektninger og re-identifisering. Personvernombudets uttalelse, brukerrådets innspill og
innspill fra Pasientorganisasjonenes fellesråd er vurdert. Saken har vært behandlet tidligere
(sak 52/2026).

Vedtak: Dekanatet godkjenner DPIA-en og ber prosjektleder be om forhåndsdrøftelse.
"""
    msg = message(
        "f019",
        "Liv Engen <liv.engen@uivf.no>",
        "GENVEST – anmodning om forhåndsdrøftelse",
        when(11, 17, 10, 2),
        body,
        attachments=[
            ("GENVEST DPIA.pdf", to_pdf(dpia)),
            ("Vedtak dekanatet sak 71-2026.docx", to_docx(vedtak)),
            (
                "Liv Engen.vcf",
                vcard(
                    "Liv Engen",
                    "Universitetet i Vestfjell",
                    "Prosjektleder",
                    "+47 55 58 90 17",
                    "liv.engen@uivf.no",
                ),
            ),
            (
                "Personvernombud.vcf",
                vcard(
                    "Øystein Lunde",
                    "Universitetet i Vestfjell",
                    "Personvernombud",
                    "+47 55 58 20 00",
                    "personvernombud@uivf.no",
                ),
            ),
        ],
    )
    return msg, Label(
        "nb",
        ("vcard", "processor_contact_body", "dpia_report_pdf", "decision_docx", "headings_del"),
        "pgp_mime",
        True,
        "used",
        "complete genetic cohort request; contact person and DPO only in vCard attachments",
    )


def f020() -> Case:
    body = """Melding om brudd på personopplysningssikkerheten

Dato for oppdagelse: 18.11.2026
Virksomhet: Lauvvik kommune, org.nr. 964 980 118

Hva har skjedd: En saksbehandler i tildelingskontoret sendte 17.11. et vedtak om
hjemmetjenester med helseopplysninger om en bruker til feil mottaker (en annen bruker med
samme etternavn). Feilen ble oppdaget dagen etter da mottakeren ringte.

Hvor mange berørt: 1 person.
Tiltak: mottakeren har bekreftet sletting, den berørte er informert, rutine for dobbeltsjekk
av adresse er innskjerpet.

Vi har også sendt meldingen via Altinn-skjemaet, men sender kopi her for sikkerhets skyld.

Kontakt: personvernombud Ellen Krogh, tlf. 33 41 20 50, ellen.krogh@lauvvik.kommune.no
"""
    msg = message(
        "f020",
        "Ellen Krogh <ellen.krogh@lauvvik.kommune.no>",
        "Avviksmelding – brudd på personopplysningssikkerheten",
        when(11, 18, 15, 33),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_breach", "all_in_body"),
        "pgp_mime",
        False,
        "unspecified",
        "municipality breach notification (wrongly addressed decision letter)",
    )
