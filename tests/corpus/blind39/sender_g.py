# ruff: noqa: E501
"""Sender G: Tilgang Bemanning AS, a staffing and recruitment agency in Trondheim (nb).

Habits: contact details only in the mail signature (which also names the DPO); short DPIAs in
Word with plain own headings («Hva skal vi gjøre?», «Hvorfor?», «Hva kan gå galt?»); management
approval as a covering letter signed by the managing director, often scanned.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import photo_pdf, signed_page
from kit import Label, message, to_docx, to_pdf, txt, when

FROM = "Kenneth Aas Johnsen <kenneth.johnsen@tilgang.no>"
SIGN = txt(
    """
    Mvh
    Kenneth Aas Johnsen
    HR- og kvalitetssjef
    Tilgang Bemanning AS | Kongens gate 7, 7011 Trondheim
    Mob: 909 21 448 | kenneth.johnsen@tilgang.no
    Personvernombud: Ragnhild Moe, 917 30 552, ragnhild.moe@tilgang.no
    """
)
TOPICS = {
    "c013": "background_checks",
    "c033": "cv_ranking_ai",
    "c053": "video_interview_analysis",
    "c014": "fingerprint_time_clock",
    "c034": "absence_sharing_clients",
    "c054": "cv_misdirected_breach",
}


def c013() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Til Datatilsynet

        Tilgang Bemanning AS ber om forhåndsdrøftelse for utvidet bakgrunnssjekk av kandidater til stillinger i helse og omsorg. DPIA-en står under.

        HVA SKAL VI GJØRE?
        Vi leier ut om lag 650 helsefagarbeidere og sykepleiere i året til sykehjem, hjemmetjenester og private omsorgsboliger. Kundene krever at vi sjekker kandidatene grundigere. Vi vil (1) innhente politiattest for alle kandidater til stillinger med tilgang til pasienter, (2) sjekke autorisasjon i Helsepersonellregisteret, (3) ringe referanser med et fast spørreskjema som også spør om advarsler og oppsigelser, og (4) søke i åpne kilder (nyheter, domsdatabaser) etter navn. Resultatet lagres i vårt eget rekrutteringssystem (drives på egne servere, vi bruker ingen databehandler til dette). Politiattesten vises til kunden, men kopi beholdes ikke etter ansettelse.

        HVORFOR ER DET NØDVENDIG, OG ER DET FORHOLDSMESSIG?
        Politiattest kreves etter helse- og omsorgstjenesteloven § 5-4 for slike stillinger, og kunden kan ikke hente den selv når vi er arbeidsgiver. Autorisasjonssjekk er nødvendig for pasientsikkerheten. Søk i åpne kilder har vi vurdert som mest inngripende; vi har begrenset det til navn + fødselsår, bare i norske nyhetskilder og Lovdata, og bare etter at kandidaten har fått tilbud. Kandidaten informeres før hvert trinn, får se hva som er funnet og kan kommentere før noe legges vekt på. Søk på sosiale medier gjør vi ikke.

        HVA KAN GÅ GALT FOR KANDIDATEN?
        - Feil person i åpne kilder (navnelikhet) gir avslag. Sannsynlighet middels, konsekvens høy. Tiltak: alltid kontroll med kandidaten, aldri avslag bare på søk. Restrisiko middels.
        - Gamle forhold (også henlagte saker) blir tillagt vekt. Sannsynlighet middels, konsekvens høy. Tiltak: bare forhold nevnt i politiattesten kan brukes; søk eldre enn 5 år ses bort fra. Restrisiko middels.
        - Referanser gir opplysninger om helse og sykefravær. Sannsynlighet høy, konsekvens middels. Tiltak: fast skjema som ikke spør om helse; slike opplysninger noteres ikke. Restrisiko lav.
        - Politiattest kommer på avveie. Sannsynlighet lav, konsekvens høy. Tiltak: vises kunden i Teams, ingen kopi sendes. Restrisiko lav.
        Vurdert, ikke gjennomført: søk i sosiale medier (uforholdsmessig), kredittsjekk (ikke relevant for stillingene).

        GODKJENNING
        Ledergruppen gikk gjennom DPIA-en 27.10. og 10.11.2026, med innspill fra personvernombudet og fra to kunder. Daglig leder Thea Mørk Solberg godkjente DPIA-en 10.11.2026 og besluttet at vi skal be om forhåndsdrøftelse fordi restrisikoen ved søk i åpne kilder er høy. Hun er kopiert på denne e-posten.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N013",
        FROM,
        "Forhåndsdrøftelse – bakgrunnssjekk av helsepersonell",
        when(11, 10, 8, 31),
        body,
        cc="Thea Mørk Solberg <thea.solberg@tilgang.no>",
    )
    return msg, Label(
        "nb",
        (
            "staffing",
            "employees",
            "criminal_offence_data",
            "all_in_body",
            "headings_caps_in_body",
            "contact_signature",
            "processor_none_stated",
            "risk_bullets_likelihood_consequence",
            "residual_risk",
            "part5_decision_quoted",
        ),
        "inline",
        True,
        "none",
        "complete in a plain-text body: signature with contact and DPO (no processor, stated); necessity and limits; risks with likelihood, consequence, residual and measures not taken; MD's approval after two management meetings described",
    )


def c033() -> tuple[EmailMessage, Label]:
    doc = """
# DPIA – rangering av CV-er med KI

Tilgang Bemanning AS, november 2026

# Hva skal vi gjøre?

Vi mottar om lag 40 000 søknader i året. Vi vil bruke modulen «Match» i rekrutteringssystemet Talentbro (Talentbro AS er databehandler, data lagres i Norge) som leser CV og søknad og rangerer kandidatene etter hvor godt de passer til kundens stillingsbeskrivelse. Rådgiverne ser de 30 øverste først, men kan se alle. Modellen bruker utdanning, erfaring, ferdigheter og språk. Den får ikke navn, alder, kjønn eller bilde.

# Hvorfor er det nødvendig?

Rådgiverne rekker ikke å lese alle søknader, og i praksis leses de første som kommer inn. Rangering kan gi kandidater en mer lik vurdering. Alternativet – flere rådgivere – er vurdert for dyrt. Kandidaten informeres i annonsen og i bekreftelsen; kan be om manuell vurdering; kan få vite hvorfor de ble rangert som de ble (de viktigste treffordene). Ingen avslag sendes uten at en rådgiver har sett søknaden.

# Hva kan gå galt?

| Risiko for kandidaten | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| Indirekte diskriminering (f.eks. utdanning fra utlandet rangeres lavt) | Høy | Høy | Kvartalsvis test av rangering for grupper; utenlandsk utdanning normaliseres | Middels
| Kandidater nederst blir aldri lest | Middels | Høy | Krav om at rådgiver skroller hele listen før avslag | Middels
| Kandidaten forstår ikke at KI brukes | Middels | Middels | Tydelig informasjon i annonse | Lav
| Leverandøren bruker CV-er til å trene modellen | Lav | Middels | Avtale om forbud | Lav

Vurdert, ikke gjennomført: å skjule rangeringen for rådgiveren (gjør verktøyet verdiløst).

# Godkjenning

Signert følgebrev fra daglig leder kommer.
"""
    body = (
        txt(
            """
        Hei

        Vedlagt er DPIA for rangering av CV-er med KI i Talentbro. Vi ber om forhåndsdrøftelse.

        Daglig leder er på reise, så signert følgebrev fra henne ettersendes når hun er tilbake neste uke. Talentbro har kontaktperson Ingeborg Lie, 948 51 102, ingeborg.lie@talentbro.no.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N033",
        FROM,
        "Forhåndsdrøftelse KI-rangering av CV (følgebrev kommer)",
        when(11, 16, 13, 47),
        body,
        attachments=[("DPIA_KI-rangering_CV.docx", to_docx(doc))],
    )
    return msg, Label(
        "nb",
        (
            "staffing",
            "employees",
            "profiling",
            "new_technology_ai",
            "dpia_report_docx",
            "contact_signature",
            "processor_contact_in_body",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_will_follow",
        ),
        "none",
        True,
        "used",
        "ordinary deferral: the MD's signed covering letter will follow; contacts in signature and body, DPIA parts 2–4 present",
        (5,),
    )


def c053() -> tuple[EmailMessage, Label]:
    doc = """
# DPIA – opptak og analyse av videointervjuer

Tilgang Bemanning AS, versjon 1.1

# Hva skal vi gjøre?

Kandidater til lager-, bygg- og industristillinger skal kunne gjøre et innspilt videointervju (5 spørsmål, inntil 2 minutter per svar) på mobilen. Opptaket transkriberes automatisk, og teksten analyseres for om svarene dekker kundens krav (f.eks. truckførerbevis, skiftarbeid). Ingen analyse av ansikt, stemme eller følelser. Rådgiver ser opptaket og analysen. Leverandør: Intervjuflyt AS (databehandler), kontaktperson Ane Kolstad, 412 09 336, ane@intervjuflyt.no. Opptak slettes 3 måneder etter avsluttet rekruttering. Om lag 9 000 intervjuer i året.

# Hvorfor er det nødvendig?

Mange kandidater jobber skift og kan ikke møte til intervju i arbeidstiden. Tekstanalysen sparer tid ved store rekrutteringer. Videointervju er frivillig: kandidaten kan velge telefonintervju i stedet. Kandidaten kan ta opp svaret på nytt før innsending, se eget opptak og be om sletting. Opptak deles ikke med kunden uten kandidatens samtykke.

# Hva kan gå galt?

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| Kandidater med dårlig norsk får svake analyser | Høy | Høy | Analysen er bare støtte; rådgiver ser alle opptak; tilbud om tolk | Middels
| Rådgiver påvirkes av utseende og hjemmemiljø i opptaket | Middels | Middels | Opplæring, strukturert vurdering | Middels
| Opptak lekker og brukes til å henge ut kandidater | Lav | Høy | Kryptering, ingen nedlasting | Lav

Vurdert, ikke gjennomført: bare lydopptak (kundene ønsker video, men vi vurderer dette på nytt etter et år); automatisk rangering (avvist).

# Godkjenning

Se signert følgebrev fra daglig leder.
"""
    cover = """Tilgang Bemanning AS
Kongens gate 7, 7011 Trondheim – org.nr. 916 330 218

Datatilsynet
Postboks 458 Sentrum
0105 Oslo

Trondheim, 20. november 2026

Anmodning om forhåndsdrøftelse – opptak og analyse av videointervjuer

Tilgang Bemanning AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.

DPIA-en versjon 1.1 er behandlet i ledergruppen to ganger (3.11. og 17.11.2026). Vi har lagt vekt på innspill fra personvernombudet, fra et kandidatpanel på åtte personer og fra Fellesforbundets lokale avdeling. Funnene er at restrisikoen for at kandidater med svake norskkunnskaper blir vurdert dårligere, er høy, selv etter tiltak.

Jeg har gjennomgått DPIA-en og godkjenner den. Jeg har besluttet at vi ber Datatilsynet om forhåndsdrøftelse før løsningen tas i bruk.

Kontaktperson: HR- og kvalitetssjef Kenneth Aas Johnsen, 909 21 448, kenneth.johnsen@tilgang.no. Personvernombud: Ragnhild Moe, 917 30 552, ragnhild.moe@tilgang.no.

Med vennlig hilsen"""
    scan = photo_pdf([signed_page(cover, ["Thea Mørk Solberg, daglig leder"], seed=53)])
    body = (
        txt(
            """
        Hei,

        Vedlagt følger anmodning om forhåndsdrøftelse for videointervjuer: signert følgebrev (skannet) og DPIA.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N053",
        FROM,
        "Anmodning om forhåndsdrøftelse – videointervjuer",
        when(11, 20, 15, 5),
        body,
        attachments=[
            ("Folgebrev_signert.pdf", scan),
            ("DPIA_videointervju_v1.1.docx", to_docx(doc)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "staffing",
            "video_recording",
            "dpia_report_docx",
            "contact_signature",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_signed_cover_letter_scan",
            "image_only_pdf",
        ),
        "none",
        True,
        "used",
        "complete: contacts in signature and in the scanned letter, processor in the DPIA; limits and choice of phone interview; risk table; the MD's signed covering letter (image-only scan) approving the DPIA after two meetings",
    )


def c014() -> tuple[EmailMessage, Label]:
    doc = """
# DPIA – fingeravtrykk for inn- og utstempling hos kunder

Tilgang Bemanning AS, versjon 2.0

# Hva skal vi gjøre?

Tre av våre største industrikunder har fingeravtrykkslesere ved porten. De vil at våre innleide (om lag 420 personer) skal stemple inn og ut med fingeravtrykk, og at timene overføres til vårt lønnssystem. Terminalen lagrer en mal av fingeravtrykket (ikke bilde). Tilgang Bemanning er behandlingsansvarlig for timeregistreringen av våre ansatte; terminalene leveres og driftes av Tidspunkt AS som vår databehandler (kontakt: Bjørn Hegge, 996 30 418, bjorn.hegge@tidspunkt.no).

# Hvorfor er det nødvendig?

Kundene har hatt problemer med «stempling for kolleger». Vi har vurdert kort/brikke (brukes i dag, men deles) og app med posisjon (mer inngripende). Fingeravtrykk brukes bare der kunden krever det, og den ansatte kan velge kort med PIN i stedet uten at det får følger for oppdragene. Malen slettes når oppdraget er over. Ansatte informeres skriftlig, og tillitsvalgt er involvert.

# Hva kan gå galt?

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| Ansatte føler seg presset til å bruke fingeravtrykk for å få oppdrag | Høy | Høy | Skriftlig garanti, tillitsvalgt følger opp | Middels
| Maler blir liggende etter endt oppdrag | Middels | Middels | Månedlig sletting, rapport fra Tidspunkt | Lav
| Kunden bruker terminalene til egen kontroll av våre ansatte | Middels | Middels | Avtale om at kunden ikke får rådata | Middels

Vurdert, ikke gjennomført: å nekte kundene fingeravtrykk (mister oppdragene).

# Godkjenning

Følgebrev signert av daglig leder.
"""
    cover = """
Tilgang Bemanning AS – Kongens gate 7, 7011 Trondheim – org.nr. 916 330 218

Til Datatilsynet

Trondheim, 30. oktober 2026

# Anmodning om forhåndsdrøftelse – fingeravtrykk for inn- og utstempling

DPIA-en er gjennomgått i ledergruppen 6.10. og 27.10.2026. Hovedfunnet er at de ansattes samtykke kan være lite reelt når kunden ønsker fingeravtrykk, og at restrisikoen derfor er høy. Tillitsvalgte og personvernombudet har uttalt seg, og uttalelsene er tatt inn i versjon 2.0.

Jeg godkjenner DPIA-en og ber om forhåndsdrøftelse.

Kontaktperson er Kenneth Aas Johnsen, 909 21 448, kenneth.johnsen@tilgang.no. Personvernombudet er Ragnhild Moe, 917 30 552, ragnhild.moe@tilgang.no.

Thea Mørk Solberg
daglig leder (signert)
"""
    body = (
        txt(
            """
        Hei,

        Tilgang Bemanning AS ber om forhåndsdrøftelse for bruk av fingeravtrykk ved inn- og utstempling hos kunder. Vedlagt er signert følgebrev og DPIA.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N014",
        FROM,
        "Forhåndsdrøftelse – fingeravtrykk ved stempling",
        when(11, 3, 9, 58),
        body,
        attachments=[
            ("Folgebrev_fingeravtrykk.pdf", to_pdf(cover)),
            ("DPIA_fingeravtrykk_v2.0.docx", to_docx(doc)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "staffing",
            "employees",
            "biometrics",
            "dpia_report_docx",
            "contact_signature",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_signed_cover_letter",
        ),
        "none",
        True,
        "used",
        "complete: contacts in signature and covering letter, processor in the DPIA; alternative offered; risk table; MD's signed covering letter approving after two management meetings",
    )


def c034() -> tuple[EmailMessage, Label]:
    doc = """
# DPIA – deling av fraværsopplysninger med kunder

Tilgang Bemanning AS

# Hva skal vi gjøre?

Kundene ønsker å se fravær for innleide i sanntid i vaktplanleggingsverktøyet Vaktplan Sky (Vaktplan Sky AS er vår databehandler). Vi vil dele: fravær ja/nei per vakt, type fravær (egenmelding, sykemelding, permisjon, ugyldig fravær), og antall fraværsdager siste 12 måneder. Om lag 1 100 innleide og 60 kunder.

# Hvorfor er det nødvendig?

Kunden trenger å vite om en vakt er dekket. Type fravær og historikk har vi vurdert som ikke nødvendig for kunden; etter personvernombudets råd deler vi derfor bare «fravær ja/nei» og om vakten er dekket av en annen. Type og historikk beholdes hos oss. De innleide informeres og kan se hva kunden ser.

# Hva kan gå galt?

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| Kunden velger bort innleide med mye fravær (indirekte helse) | Høy | Høy | Ingen historikk deles; kontraktsklausul mot forskjellsbehandling | Middels
| Kunden får se fraværstype via eksport | Middels | Høy | Feltet skjules i Vaktplan Sky for kunderoller | Lav
| Feil i registrering gir urettmessig «ugyldig fravær» | Middels | Middels | Ikke delt; den ansatte får varsel og kan korrigere | Lav

Vurdert, ikke gjennomført: ingen deling i sanntid (kundene krever det i rammeavtalene).

# Godkjenning

Følgebrev signert av daglig leder er vedlagt.
"""
    cover = """
Tilgang Bemanning AS, Kongens gate 7, 7011 Trondheim

Til Datatilsynet – Trondheim, 12. november 2026

# Anmodning om forhåndsdrøftelse – deling av fraværsopplysninger med kunder

Ledergruppen behandlet DPIA-en 20.10. og 10.11.2026. Det er lagt vekt på innspill fra personvernombudet og tillitsvalgte. Risikoen for at kunder velger bort innleide med mye fravær er fortsatt høy.

Jeg godkjenner DPIA-en og beslutter at vi ber om forhåndsdrøftelse.

Thea Mørk Solberg, daglig leder (signert)
"""
    body = (
        txt(
            """
        Hei

        Her er vår anmodning om forhåndsdrøftelse for deling av fraværsopplysninger med kunder i Vaktplan Sky. Vedlagt følgebrev og DPIA.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N034",
        FROM,
        "Forhåndsdrøftelse – fravær i Vaktplan Sky",
        when(11, 23, 8, 7),
        body,
        attachments=[
            ("Folgebrev_fravaer.pdf", to_pdf(cover)),
            ("DPIA_fravaer_kunder.docx", to_docx(doc)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "staffing",
            "employees",
            "health_data",
            "dpia_report_docx",
            "contact_signature",
            "p1_processor_named_no_contact",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_signed_cover_letter",
        ),
        "none",
        True,
        "used",
        "processor Vaktplan Sky AS is named without contact person, phone or e-mail anywhere; contact and DPO are in the signature; the rest is present",
        (1,),
    )


def c054() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei

        Vi har i dag sendt melding om brudd på personopplysningssikkerheten i Altinn (referanse i skjemaet: TB-2026-11). Kort oppsummert for ordens skyld:

        Torsdag 19. november sendte en rådgiver en e-post med 14 kandidat-CV-er (inkludert to kandidater som hadde oppgitt at de var i et arbeidsrettet tiltak gjennom NAV) til feil kunde, fordi autofullfør valgte feil mottaker med samme fornavn. Mottakeren har bekreftet skriftlig at e-posten er slettet, også fra papirkurven. Kandidatene er varslet i dag.

        Vi har slått av autofullfør for eksterne adresser og vurderer å sende CV-er bare via portal.

        Si gjerne fra om dere trenger mer.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N054",
        FROM,
        "Avviksmelding – CV-er sendt til feil kunde",
        when(11, 20, 16, 44),
        body,
    )
    return msg, Label(
        "nb",
        ("staffing", "nonrequest_breach_notification", "contact_signature"),
        "none",
        False,
        "unspecified",
        "a breach notification follow-up, not a consultation request; the signature has contact person and DPO with phone and e-mail, so part 1 is present",
        (2, 3, 4, 5),
    )
