"""Blind6 cases g001-g020, one hand-written function per case."""

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
    txt,
    vcard,
    when,
)

Case = tuple[EmailMessage, Label]


def g001() -> Case:
    """Municipality, night-time sensors in home care; DOCX contact sheet, DPIA PDF, minutes."""
    body = txt("""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – digitalt nattilsyn med bevegelsessensorer i hjemmetjenesten

        Nordvik kommune ber med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36.
        Kommunen planlegger å ta i bruk bevegelses- og dørsensorer hos om lag 180 brukere av
        hjemmetjenesten, slik at nattpatruljen kan erstatte en del fysiske tilsyn med digitale.

        Vedlagt følger:
        1. Kontaktark (Word)
        2. DPIA – Digitalt nattilsyn, versjon 1.3 (PDF)
        3. Protokoll fra kommunedirektørens ledergruppe 10. november 2026 (PDF)

        Vi står gjerne til disposisjon for et møte dersom det er ønskelig.

        Med hilsen
        Siri Haugland
        rådgiver, Helse og velferd
        Nordvik kommune
        """)
    contact = """
        # Kontaktark – forhåndsdrøftelse digitalt nattilsyn

        | Behandlingsansvarlig | Nordvik kommune, org.nr. 964 201 337
        | Adresse | Rådhusgata 4, 3790 Nordvik
        | Kontaktperson | Siri Haugland, rådgiver Helse og velferd
        | Telefon kontaktperson | 35 90 12 44
        | E-post kontaktperson | siri.haugland@nordvik.kommune.no
        | Personvernombud | Terje Bakkevold
        | Telefon personvernombud | 926 44 103
        | E-post personvernombud | personvernombud@nordvik.kommune.no
        | Databehandler | Omsorgsteknikk Norge AS, org.nr. 918 552 610
        | Kontaktperson databehandler | Lene Fjeldstad, kundeansvarlig
        | Telefon databehandler | 400 21 876
        | E-post databehandler | lene.fjeldstad@omsorgsteknikk.no
        """
    dpia = """
        # Vurdering av personvernkonsekvenser (DPIA) – Digitalt nattilsyn

        Versjon 1.3, 3. november 2026. Eier: kommunalsjef Helse og velferd.

        # 1 Innledning

        Hjemmetjenesten har i dag fire nattpatruljer som utfører om lag 240 fysiske tilsyn per natt.
        Mange tilsyn vekker brukeren. Kommunen vil erstatte en del av tilsynene med sensorer som
        varsler ved avvik fra brukerens normale mønster.

        # 2 Systematisk beskrivelse av behandlingen

        ## 2.1 Formål

        Formålet er å gi forsvarlig tilsyn om natten med færre forstyrrelser for brukeren, og å
        oppdage fall, uro og at brukeren forlater boligen.

        ## 2.2 Hvilke opplysninger

        Sensorhendelser (bevegelse i rom, dør åpnet/lukket, seng forlatt) med tidsstempel, koblet
        til brukerens navn, adresse og vedtak om helsetjenester. Det lagres ikke lyd eller bilde.
        Avvik og varsler dokumenteres i journal (Gerica) av helsepersonell.

        ## 2.3 Omfang og kilder

        Om lag 180 brukere, mange med kognitiv svikt. Opplysningene kommer fra sensorene i boligen
        og fra kommunens fagsystem. Mottakere er nattpatruljen og fastlege ved behov.

        ## 2.4 Teknisk løsning og ansvar

        Sensorene sender hendelser via mobilnett til en plattform som driftes av Omsorgsteknikk
        Norge AS som databehandler. Data lagres i Norge. Databehandleravtale er inngått.
        Hendelser slettes etter 30 dager dersom de ikke er dokumentert i journal.

        # 3 Vurdering av rettslig grunnlag, nødvendighet og forholdsmessighet

        ## 3.1 Behandlingsgrunnlag

        Artikkel 6 nr. 1 bokstav c og e, jf. helse- og omsorgstjenesteloven § 3-1, og artikkel 9
        nr. 2 bokstav h. Pasient- og brukerrettighetsloven kapittel 4 og 4A er vurdert for brukere
        uten samtykkekompetanse.

        ## 3.2 Nødvendighet og forholdsmessighet

        Sensorene er valgt fremfor kamera fordi de gir mindre inngripende opplysninger. Tilsyn
        tilpasses individuelt i vedtaket, og bruker eller pårørende kan be om fysisk tilsyn i
        stedet. Det samles bare inn hendelser som trengs for å vurdere behovet for hjelp.
        Alternativet – flere fysiske tilsyn – er vurdert og gir mer forstyrrelse for bruker.

        ## 3.3 De registrertes rettigheter

        Brukerne og pårørende får skriftlig og muntlig informasjon før oppstart. Innsyn gis via
        journal. Samtykke innhentes der bruker har samtykkekompetanse.

        # 4 Risikovurdering

        Risikoene er vurdert i arbeidsmøter med hjemmetjenesten, IKT, personvernombud og
        brukerrepresentant fra eldrerådet 14. og 28. oktober.

        | Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
        | Varsel blir ikke fanget opp (falsk trygghet) | Middels | Høy
          | Dobbel varsling, test hver natt | Middels
        | Uautorisert tilgang til sensorplattform | Lav | Høy
          | Tofaktor, logg, tilgangsstyring | Lav
        | Bruker uten samtykkekompetanse overvåkes mer enn nødvendig | Middels | Høy
          | Vedtak etter kap. 4A, evaluering hver 3. måned | Middels
        | Mønsterdata avslører livsstil og helse | Middels | Middels | 30 dagers sletting | Lav
        | Pårørende får ikke nok informasjon | Middels | Middels | Informasjonsmøte, brosjyre | Lav

        Tiltak vurdert, men ikke gjennomført: lokal lagring i boligen. Ikke valgt fordi
        leverandøren ikke kan tilby det, og fordi sentral overvåkning er nødvendig for varsling.

        Samlet vurdering: Restrisikoen for brukere uten samtykkekompetanse vurderes fortsatt som
        høy. Kommunen ber derfor om forhåndsdrøftelse.
        """
    minutes = """
        # Nordvik kommune – Protokoll

        Kommunedirektørens ledergruppe, møte 10. november 2026, Rådhuset møterom 3.

        Til stede: kommunedirektør Arne Velle, kommunalsjef helse og velferd Gunn Rishaug,
        økonomisjef, IKT-sjef. Personvernombud Terje Bakkevold møtte under sak 14/26.

        ## Sak 14/26 Digitalt nattilsyn – DPIA

        Saken ble også drøftet i møtet 20. oktober (sak 11/26). Kommunalsjefen la fram DPIA versjon
        1.3 og hovedfunnene: høy restrisiko for brukere uten samtykkekompetanse, øvrige risikoer
        redusert til lav/middels. Personvernombudets råd og innspill fra eldrerådet og
        brukerutvalget ble referert.

        Vedtak: Ledergruppen godkjenner DPIA-en. Tiltaket videreføres, og kommunen ber Datatilsynet
        om forhåndsdrøftelse før oppstart. Evaluering etter seks måneder.
        """
    msg = message(
        "g001",
        "Siri Haugland <siri.haugland@nordvik.kommune.no>",
        "Anmodning om forhåndsdrøftelse - digitalt nattilsyn",
        when(11, 12, 13, 41),
        body,
        attachments=[
            ("Kontaktark nattilsyn.docx", to_docx(contact)),
            ("DPIA digitalt nattilsyn v1.3.pdf", to_pdf(dpia)),
            ("Protokoll ledergruppen 10.11.2026.pdf", to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "cover_in_body",
            "contact_table_docx_2col",
            "dpia_report_pdf",
            "headings_num",
            "risk_table_pdf",
            "minutes_pdf",
            "processor_contact_table",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; municipality night sensors; 2-column Word contact sheet, DPIA PDF, minutes",
    )


def g002() -> Case:
    """Hospital trust, AI triage of chest X-rays; board approval will follow (English)."""
    body = txt("""
        Dear Sir or Madam,

        Request for prior consultation under Article 36 GDPR – AI-assisted triage of chest X-rays

        Vestfjord Hospital Trust (Vestfjord HF) intends to deploy an AI model that pre-reads chest
        X-rays and prioritises the radiologists' worklist. The DPIA concludes that a high residual
        risk remains for patients whose findings are deprioritised by mistake. We therefore request
        prior consultation.

        Contacts

        Contact person: Dr. Henrik Aas, Head of Radiology IT, +47 73 88 40 12,
        henrik.aas@vestfjord-hf.no
        Data protection officer: Mona Eliassen, +47 73 88 40 90, personvernombud@vestfjord-hf.no
        Processor: Lumen Diagnostics AB (Sweden), Account manager Johan Berglund,
        +46 8 520 133 40, johan.berglund@lumendiagnostics.se

        The enclosed DPIA (Vestfjord HF DPIA AI triage.docx) contains the systematic description,
        the necessity and proportionality assessment and the risk assessment with measures.

        The DPIA will be presented to the board of directors for validation at its meeting on
        14 January. Documentation of management's validation will follow after the board
        meeting on 14 January; we will forward the minutes as soon as they are signed.

        Kind regards,
        Henrik Aas
        Vestfjord HF
        """)
    dpia = """
        # Data Protection Impact Assessment – AI triage of chest X-rays

        Vestfjord HF, version 2.0, 5 November 2026

        # 1. Description of the processing

        Every chest X-ray taken at the trust's three hospitals (about 61 000 per year) is sent
        from the PACS to the AI model, which returns a score for eight findings (e.g.
        pneumothorax, nodules, effusion). Studies with a high score are moved to the top of the
        radiologists' worklist. The model runs on servers operated by Lumen Diagnostics AB in a
        data centre in Stockholm; images are pseudonymised (accession number only) before they
        leave the PACS. Scores are written back to the PACS and kept as part of the patient
        record. Recipients: radiologists and referring clinicians. Legal basis: Article 6(1)(e)
        and 9(2)(h), Health Personnel Act § 39 and the Patient Records Act.

        # 2. Necessity and proportionality

        The radiology department has a backlog of up to 5 days for non-urgent chest X-rays.
        Prioritising studies with likely serious findings is necessary to reduce time to
        diagnosis. Only the image and accession number are sent to the processor; no name or
        national identity number. Every study is still read by a radiologist; the model does not
        make decisions alone. Patients are informed through the trust's website and posters in
        the X-ray reception. Alternatives (more radiologists, outsourcing) have been assessed and
        are not realistic within 3 years.

        # 3. Risk assessment

        | Risk | Likelihood | Impact | Measures | Residual risk
        | A serious finding is scored low and read late | Medium | High
          | Maximum waiting time of 48 h regardless of score; monthly audit | High
        | Re-identification of pseudonymised images at processor | Low | High
          | Burned-in text removed, contractual ban, audit rights | Low
        | Model performs worse for some patient groups (bias) | Medium | Medium
          | Local validation on 4 000 studies, subgroup monitoring | Medium
        | Transfer outside the EEA by sub-processors | Low | High | EU-only hosting clause | Low
        | Patients unaware of AI use | Medium | Low | Information on website and posters | Low

        Measures considered but not implemented: running the model on-premises. The vendor does
        not offer this before 2028, and the trust lacks GPU capacity.
        """
    msg = message(
        "g002",
        "Henrik Aas <henrik.aas@vestfjord-hf.no>",
        "Request for prior consultation - AI triage of chest X-rays",
        when(11, 16, 9, 5),
        body,
        attachments=[("Vestfjord HF DPIA AI triage.docx", to_docx(dpia))],
    )
    return msg, Label(
        "en",
        (
            "contact_label_value",
            "processor_foreign",
            "dpia_report_docx",
            "headings_num",
            "risk_table_docx",
            "part5_will_follow",
        ),
        "pgp_mime",
        True,
        "used",
        "hospital AI triage; parts 1-4 present; board approval 'will follow after 14 January'",
        missing=(5,),
    )


def g003() -> Case:
    """Housing cooperative asks whether cameras in the garage need prior consultation."""
    body = txt("""
        Hei!

        Jeg sitter i styret i Solbakken borettslag (112 leiligheter i Trondheim). Vi har hatt flere
        innbrudd i parkeringskjelleren og vurderer å sette opp 6 kameraer der og ved
        søppelrommet. Vi har lest at man noen ganger må ha en «forhåndsdrøftelse» med dere.
        Gjelder det oss? Og må vi i så fall lage en slags konsekvensvurdering først?

        Vi har ikke bestemt leverandør ennå. Generalforsamlingen skal stemme over det i mars.

        Takk for svar.

        Vennlig hilsen
        Øystein Moen
        styremedlem, Solbakken borettslag
        """)
    msg = message(
        "g003",
        "Øystein Moen <oystein.moen@online.no>",
        "Spørsmål om kamera i garasjen",
        when(11, 9, 21, 14),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_must_we_ask", "all_in_body", "very_short"),
        "none",
        False,
        "unspecified",
        "housing cooperative asks if CCTV in the garage needs prior consultation; nothing planned",
    )


def g004() -> Case:
    """Bank, behavioural biometrics in AML monitoring; everything in one PDF (English)."""
    body = txt("""
        Dear Datatilsynet,

        Please find attached Fjordkyst Sparebank's request for prior consultation concerning
        behavioural biometrics in our anti-money-laundering transaction monitoring.

        The request, including contact details, DPIA and the board resolution, is contained in the
        single attached PDF.

        Best regards,

        Camilla Strand
        Senior Legal Counsel | Fjordkyst Sparebank
        """)
    pdf = """
        # Request for prior consultation pursuant to Article 36 GDPR

        Controller: Fjordkyst Sparebank, org. no. 937 551 200, Strandkaien 12, 5003 Bergen

        ## 1 Contact details

        | Role | Name | Phone | E-mail
        | Contact person (controller) | Camilla Strand, Senior Legal Counsel | +47 55 21 70 33
          | camilla.strand@fjordkyst.no
        | Data protection officer | Pål Hovland | +47 900 11 222 | dpo@fjordkyst.no
        | Processor | BioSignal Analytics Ltd (Dublin), Siobhan Kelly, Client Director
          | +353 1 677 4021 | s.kelly@biosignal-analytics.ie

        ## 2 Systematic description of the processing

        The bank's online and mobile bank will collect behavioural signals during log-in and
        payment sessions: typing rhythm, swipe patterns, device orientation and navigation speed.
        The signals are turned into a behavioural profile per customer by BioSignal Analytics Ltd
        as processor. A deviation score is sent to the bank's AML system, where it is combined
        with transaction data to detect account takeover, money mules and coerced payments.
        About 210 000 retail customers are affected. Raw signals are deleted after 90 days;
        profiles are kept while the customer relationship lasts. Recipients: the bank's AML unit,
        and Økokrim through suspicious-activity reports where the law requires it. Legal basis:
        Article 6(1)(c), the Anti-Money Laundering Act §§ 24-26, and 6(1)(f) for fraud prevention.

        ## 3 Necessity and proportionality

        Traditional rules detect fewer than 30 % of money-mule accounts. Behavioural signals make
        it possible to detect coercion and takeover in real time. The bank has limited collection
        to signals that do not reveal content (no keystroke content is captured), excluded
        customers under 18, and set thresholds so that a score alone never blocks a payment; a
        human analyst reviews every case before action. Customers are informed in the privacy
        notice and in the online bank, and may object under Article 21 for the fraud-prevention
        part; the AML part cannot be opted out of. Less intrusive alternatives (device
        fingerprinting only) were tested and found insufficient in the 2025 pilot.

        ## 4 Risk assessment

        | Risk | Likelihood | Consequence | Mitigation | Residual
        | Customers with disabilities or tremor flagged as anomalous | Medium | High
          | Accessibility profile option, analyst guidance | Medium
        | Profile used for other purposes (marketing, credit) | Low | High
          | Purpose limitation in contract and technical separation | Low
        | Transfer to third countries via processor's sub-processors | Low | High
          | EU-only hosting, SCC not needed, audit | Low
        | False positives leading to frozen accounts | Medium | High
          | No automatic blocking, 4-hour review SLA | Medium
        | Lack of transparency about profiling | Medium | Medium | Layered notice, FAQ | Low

        Measures assessed but not implemented: on-device scoring (not supported by the vendor's
        SDK; reconsidered in 2027). The bank concludes that the residual risk for customers with
        disabilities remains high.

        ## 5 Management validation

        Extract from the minutes of the board of directors, meeting 28 October 2026, item 41/26:
        The board was presented with the DPIA, the findings of the pilot and the views of the
        customer panel and the employee representatives. The DPIA had previously been discussed
        in the executive management meeting on 7 October. Resolution: The board approves the
        DPIA and instructs the CEO to request prior consultation with Datatilsynet before
        launch.
        """
    msg = message(
        "g004",
        "Camilla Strand <camilla.strand@fjordkyst.no>",
        "Prior consultation - behavioural biometrics (Fjordkyst Sparebank)",
        when(11, 3, 14, 22),
        body,
        attachments=[("Fjordkyst - request for prior consultation.pdf", to_pdf(pdf))],
    )
    return msg, Label(
        "en",
        (
            "one_pdf",
            "contact_table_pdf_rows",
            "intl_phone",
            "processor_foreign",
            "headings_num",
            "risk_table_pdf",
            "board_resolution",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; bank behavioural biometrics; all five parts in one English PDF",
    )


def g005() -> Case:
    """County, proctoring software for digital exams; nynorsk ODT; part 5 in the body."""
    body = txt("""
        Til Datatilsynet

        Vestland-Sør fylkeskommune ber om førehandsdrøfting etter personvernforordninga art. 36
        for bruk av kontrollprogramvare (proctoring) ved digitale eksamenar i vidaregåande skule.

        Vedlagt ligg vurderinga av personvernkonsekvensar (ODT).

        Leiinga si handsaming: Vurderinga vart lagt fram for fylkesdirektøren si leiargruppe
        3. november og på nytt 17. november 2026, saman med innspel frå elevorganisasjonen,
        Utdanningsforbundet og personvernombodet. Leiargruppa drøfta restrisikoen, og
        fylkesdirektøren gjorde slikt vedtak 17. november: «DPIA-en vert godkjend. Fylkeskommunen
        ber om førehandsdrøfting før tiltaket vert sett i verk frå våren 2027.»

        Med helsing
        Ingrid Sæbø
        """)
    odt = """
        # Vurdering av personvernkonsekvensar – kontrollprogramvare ved digital eksamen

        ~ Behandlingsansvarleg: Vestland-Sør fylkeskommune
        ~ Org.nr. 921 770 431
        ~ Fylkeshuset, Askedalen 2, 6863 Leikanger

        ~ Kontaktperson: Ingrid Sæbø, seniorrådgjevar eksamen
        ~ Telefon: (+47) 57-65-80-21
        ~ E-post: ingrid.saebo@vsfk.no

        ~ Personvernombod: Håvard Nesheim
        ~ Telefon: 0047 57 65 80 00
        ~ E-post: personvernombod@vsfk.no

        ~ Databehandlar: Examguard Norge AS, v/ Silje Tangen
        ~ Telefon: 22 04 19 90
        ~ E-post: silje.tangen@examguard.no

        # Skildring av handsaminga

        Ved heildigitale eksamenar utan hjelpemiddel skal eleven sin PC låsast, og programvaren
        registrerer skjermbilete kvart 30. sekund, opne program og nettverkstrafikk under
        eksamen. Om lag 9 000 elevar per år. Opplysningane vert lagra hos Examguard Norge AS i 60
        dagar og deretter sletta, med mindre det er oppretta sak om fusk. Mottakarar er
        eksamenskontoret og rektor ved mistanke om fusk. Behandlingsgrunnlag er artikkel 6 nr. 1
        bokstav e, jf. opplæringslova og forskrift om eksamen.

        # Naudsynt og forholdsmessig

        Fusk ved digital eksamen har auka, og låsing åleine har vist seg å vere lett å omgå.
        Webkamera og mikrofon vert IKKJE nytta; det er vurdert som for inngripande. Skjermbilete
        vert berre gjennomgått ved konkret mistanke. Elevane får informasjon før skuleåret og før
        kvar eksamen, og kan be om innsyn i eigne opplysningar.

        # Vurdering av risiko for dei registrerte

        Risiko 1: Skjermbilete fangar opp private opplysningar (varsel, chat) – middels
        sannsyn, høg konsekvens. Tiltak: krav om å lukke andre program, automatisk maskering av
        varsel. Restrisiko: middels.

        Risiko 2: Feilaktig mistanke om fusk – middels sannsyn, høg konsekvens for eleven. Tiltak:
        to personar vurderer, eleven vert høyrd. Restrisiko: middels.

        Risiko 3: Uautorisert tilgang hos leverandøren – låg sannsyn, høg konsekvens. Tiltak:
        avtale, tilgangsstyring, logg. Restrisiko: låg.

        Risiko 4: Elevar opplever kontrollen som overvaking som verkar inn på
        prestasjonane (nedkjølingseffekt) – høg sannsyn, middels konsekvens. Tiltak: informasjon,
        ingen kamera. Restrisiko: høg.

        Tiltak vurdert men ikkje gjennomført: lokal lagring på eleven sin PC, forkasta fordi
        dataa då kan endrast av eleven.
        """
    msg = message(
        "g005",
        "Ingrid Sæbø <ingrid.saebo@vsfk.no>",
        "Førehandsdrøfting – kontrollprogramvare ved digital eksamen",
        when(11, 20, 10, 2),
        body,
        attachments=[("DPIA kontrollprogramvare eksamen.odt", to_odt(odt))],
    )
    return msg, Label(
        "nn",
        (
            "one_odt",
            "contact_label_value_orgnr",
            "intl_phone",
            "headings_nynorsk",
            "part5_short_paragraph",
            "processor_contact_body",
        ),
        "none",
        True,
        "used",
        "complete; county exam proctoring; nynorsk ODT; management decision as body paragraph",
    )


def g006() -> Case:
    """Start-up, cycle-tracking app with employer wellness; risk assessment not done."""
    body = txt("""
        Hei Datatilsynet,

        Vi er en liten startup (Luna Health AS, 7 ansatte) som lager en app for syklussporing. Vi
        skal inngå et samarbeid med tre store arbeidsgivere som tilbyr appen gratis til ansatte
        som et velferdsgode. Advokaten vår mener vi bør be om forhåndsdrøftelse, så her er vi.

        Kontakt:
        Jonas Rødland (CTO og kontaktperson) – 458 80 312 – jonas@lunahealth.no
        Personvernombud: Elin Myrvang, Myrvang Personvern AS – 905 61 778 – elin@myrvang.no
        Databehandler: Skygrid Norway AS (hosting), Tor Aune – 21 09 54 00 – tor.aune@skygrid.no

        Hva vi gjør:
        Appen registrerer menstruasjon, symptomer, humør, søvn og (valgfritt) prevensjon og
        graviditetsønske. Brukeren kan koble til smartklokke. Data lagres hos Skygrid i Oslo.
        I arbeidsgiverversjonen får arbeidsgiveren bare aggregert statistikk (minst 25 brukere
        per gruppe) om bruk av appen og «trivselsindeks». Vi regner med 4 000-6 000 brukere.
        Grunnlaget er samtykke (art. 9 nr. 2 a).

        Hvorfor det er nødvendig og forholdsmessig:
        Arbeidsgiverne ønsker å tilby et helsetilbud til kvinnelige ansatte. Vi samler ikke inn
        mer enn appen trenger for å gi prognoser. Arbeidsgiver får aldri data om enkeltpersoner,
        og bruk er frivillig. Brukeren kan slette kontoen og alle data i appen. Samtykket er
        granulert (prevensjon, graviditet og smartklokke hver for seg).

        Risiko:
        Vi vet at dette er sensitive data og at arbeidsgiverkonteksten er krevende.
        Risikovurderingen er ikke gjennomført ennå – vi har fått et tilbud fra et konsulentfirma
        og regner med å ha den klar i januar.

        Ledelsen:
        Styret behandlet saken 2. oktober og igjen 30. oktober. Styret fikk presentert
        personvernombudets notat og tilbakemeldinger fra to av arbeidsgiverne og en
        brukergruppe. Vedtak 30. oktober: prosjektet videreføres og det skal bes om
        forhåndsdrøftelse.

        Hilsen Jonas
        Luna Health AS
        """)
    msg = message(
        "g006",
        "Jonas Rødland <jonas@lunahealth.no>",
        "Forhåndsdrøftelse - syklusapp for arbeidsgivere",
        when(11, 18, 23, 48),
        body,
    )
    return msg, Label(
        "nb",
        (
            "all_in_body",
            "startup_informal",
            "contact_dash_lines",
            "processor_contact_body",
            "part4_not_done",
            "dpo_external_firm",
        ),
        "inline",
        True,
        "used",
        "start-up cycle app; all in plain body; 'risikovurderingen er ikke gjennomført ennå'",
        missing=(4,),
    )


def g007() -> Case:
    """Retail chain reports a personal data breach; not a request."""
    body = txt("""
        Melding om brudd på personopplysningssikkerheten (art. 33)

        Virksomhet: Kvikkhandel Norge AS, org.nr. 988 400 129
        Meldt av: Hanne Lie, personvernansvarlig, 932 10 554, hanne.lie@kvikkhandel.no

        Hva skjedde: 1. desember kl. 06.40 oppdaget vi at en eksportfil fra kundeklubben (navn,
        e-post, mobilnummer, kjøpshistorikk siste 12 måneder for ca. 41 000 medlemmer) var lagt
        i en åpen lagringsbøtte hos vår skyleverandør i perioden 27. november – 1. desember.
        Filen ble fjernet kl. 07.15. Logger viser to nedlastinger fra ukjente IP-adresser.

        Tiltak: Tilgang stengt, nøkler rotert, intern granskning startet. Vi vurderer å varsle
        medlemmene og vil gjøre det innen 4. desember.

        Vi har også levert meldingen i Altinn, men sender den her i tillegg fordi skjemaet
        ikke lot oss legge ved tidslinjen. Vi ettersender den endelige rapporten.

        Hanne Lie
        Kvikkhandel Norge AS
        """)
    msg = message(
        "g007",
        "Hanne Lie <hanne.lie@kvikkhandel.no>",
        "Avviksmelding - eksponert kundefil",
        when(12, 2, 8, 31),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_breach", "all_in_body", "contact_label_value"),
        "none",
        False,
        "unspecified",
        "retail chain breach notification (Art. 33); says 'ettersender' about its own report",
    )


def g008() -> Case:
    """Research institute, register linkage; one PDF per part, part 5 a signed scan."""
    body = txt("""
        Til Datatilsynet

        Norsk institutt for velferdsforskning (NIVF) ber om forhåndsdrøftelse for prosjektet
        «Oppvekst og utenforskap», som kobler registerdata om ca. 1,2 millioner personer født
        1985–2005.

        Vedleggene følger strukturen i Datatilsynets veiledning:

        Del1_Kontaktinformasjon.pdf
        Del2_Beskrivelse_av_behandlingen.pdf
        Del3_Nodvendighet_og_proporsjonalitet.pdf
        Del4_Risikovurdering.pdf
        Del5_Ledelsens_godkjenning_signert.pdf

        Instituttet utfører all behandling selv på egen sikker forskningsplattform; vi benytter
        ingen databehandler.

        Vennlig hilsen
        Marte Kolstad
        forsker II / prosjektleder
        """)
    del1 = """
        # Del 1 – Kontaktinformasjon

        Behandlingsansvarlig: Norsk institutt for velferdsforskning (NIVF), Postboks 3120
        Elisenberg, 0207 Oslo

        Prosjektleder og kontaktperson: Marte Kolstad, tlf. 22 95 41 18, e-post
        marte.kolstad@nivf.no

        Personvernombud: Rune Opheim, tlf. 22 95 40 02, e-post personvernombud@nivf.no

        Databehandler: Ikke aktuelt – behandlingen skjer i instituttets egen infrastruktur.
        """
    del2 = """
        # Del 2 – Systematisk beskrivelse av behandlingen

        Prosjektet skal studere sammenhengen mellom forhold i oppveksten og senere utenforskap
        (arbeid, utdanning, helse, kriminalitet). Data hentes fra Folkeregisteret, NAV
        (ytelser), Statistisk sentralbyrå (utdanning, inntekt), Norsk pasientregister
        (diagnosegrupper) og Statistikkbanken for straffesaker. Kobling skjer hos SSB; instituttet
        mottar pseudonymiserte filer uten fødselsnummer. Utvalget er alle personer født
        1985–2005 bosatt i Norge (ca. 1,2 mill.) og deres foreldre. Data lagres på instituttets
        sikre plattform (TSD-lignende løsning) og slettes senest 31.12.2035. Ingen mottakere
        utenfor prosjektgruppen; resultater publiseres bare aggregert (minst 10 per celle).
        Behandlingsgrunnlag: art. 6 nr. 1 e og art. 9 nr. 2 j, jf. personopplysningsloven § 8
        og § 9. REK har vurdert prosjektet (REK 2026/1182).
        """
    del3 = """
        # Del 3 – Vurdering av nødvendighet og proporsjonalitet

        Problemstillingene krever hele fødselskull for å kunne studere sjeldne utfall og
        søskensammenligning. Utvalg ville gitt skjevheter for de mest utsatte gruppene. Samtykke
        er ikke praktisk mulig for 1,2 millioner personer og ville gitt frafall nettopp i
        gruppene som studeres. Vi har redusert variablene fra 214 i første utkast til 96, fjernet
        eksakte datoer (bare år/måned) og grovkodet diagnoser til 40 grupper. Informasjon gis på
        nettsiden og gjennom medieomtale; de registrerte kan reservere seg ved å kontakte
        instituttet, og reservasjonen respekteres ved neste datauttrekk.
        """
    del4 = """
        # Del 4 – Risikovurdering

        | Trussel | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
        | Reidentifisering av personer med sjeldne kombinasjoner | Middels | Høy
          | Grovkoding, celleundertrykking, ingen eksport av mikrodata | Middels
        | Kobling med andre datakilder i prosjektgruppen | Lav | Høy
          | Taushetserklæring, logg, ingen internett på plattformen | Lav
        | Stigmatisering av grupper gjennom publisering | Middels | Middels
          | Referansegruppe med brukerorganisasjoner | Middels
        | Manglende åpenhet/forutsigbarhet for de registrerte | Høy | Middels
          | Nettside, reservasjonsrett, pressemelding | Middels
        | Datalekkasje ved innbrudd i plattformen | Lav | Høy | Segmentering, tofaktor | Lav

        Vurdert, ikke gjennomført: syntetiske data for all analyse – ikke presist nok for
        søskenanalysene. Samlet restrisiko vurderes som høy på grunn av omfang og sensitivitet.
        """
    del5 = [
        (
            "NORSK INSTITUTT FOR VELFERDSFORSKNING\n\nUtdrag av protokoll fra instituttets "
            "ledermøte 4. november 2026\n\nSak 52/2026 Oppvekst og utenforskap – DPIA\n\n"
            "Saken var også oppe i ledermøtet 7. oktober (sak 47/2026). Prosjektleder la fram "
            "DPIA og funn: høy samlet restrisiko på grunn av omfang og sensitive kategorier. "
            "Innspill fra referansegruppen (Mental Helse, Voksne for barn), personvernombudet "
            "og IT-sikkerhet ble gjennomgått.\n\nVedtak: Ledermøtet godkjenner DPIA-en. "
            "Instituttet ber om forhåndsdrøftelse hos Datatilsynet.\n\nOslo, 4. november 2026"
            "\n\n(sign.) Kari Vetlesen, direktør          (sign.) Per Amundsen, forskningssjef"
        )
    ]
    msg = message(
        "g008",
        "Marte Kolstad <marte.kolstad@nivf.no>",
        "Anmodning om forhåndsdrøftelse - Oppvekst og utenforskap",
        when(11, 10, 11, 27),
        body,
        attachments=[
            ("Del1_Kontaktinformasjon.pdf", to_pdf(del1)),
            ("Del2_Beskrivelse_av_behandlingen.pdf", to_pdf(del2)),
            ("Del3_Nodvendighet_og_proporsjonalitet.pdf", to_pdf(del3)),
            ("Del4_Risikovurdering.pdf", to_pdf(del4)),
            ("Del5_Ledelsens_godkjenning_signert.pdf", scan_pdf(del5)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "file_per_part",
            "pdf",
            "processor_none_stated",
            "risk_table_pdf",
            "scanned_minutes_pdf",
            "headings_del",
        ),
        "pgp_mime",
        True,
        "none",
        "complete; register research; one PDF per part; part 5 an image-only signed scan",
    )


def g009() -> Case:
    """Welfare agency, fraud-control profiling; the DPIA is referred to but not attached."""
    body = txt("""
        Til Datatilsynet

        ANMODNING OM FORHÅNDSDRØFTELSE – RISIKOBASERT UTVELGELSE TIL KONTROLL AV DAGPENGER

        Direktoratet for arbeid og ytelser (DAY) viser til personvernforordningen artikkel 36 og
        ber om forhåndsdrøftelse av en ny modell for risikobasert utvelgelse av dagpengesaker til
        etterkontroll.

        Vurderingen av personvernkonsekvenser, som inneholder den systematiske beskrivelsen,
        vurderingen av nødvendighet og forholdsmessighet og risikovurderingen, følger vedlagt
        («DAY DPIA risikomodell dagpenger v2.pdf»).

        Kontaktinformasjon
        Kontaktperson: seniorrådgiver Eirik Husby, telefon 21 07 33 61,
        e-post eirik.husby@day.no
        Personvernombud: Ragnhild Sand, telefon 21 07 30 00, e-post personvernombud@day.no
        Databehandler: Direktoratet benytter ingen databehandler for denne behandlingen; modellen
        utvikles og driftes av direktoratets egen IT-avdeling.

        Ledelsens behandling
        DPIA-en ble behandlet i direktørens ledermøte 29. september og 3. november 2026. Møtet
        fikk presentert hovedfunnene (høy risiko for urettmessig mistanke, særlig for personer
        med utenlandsk bakgrunn), personvernombudets uttalelse og innspill fra
        arbeidstakerorganisasjonene og Funksjonshemmedes Fellesorganisasjon. Direktøren besluttet
        3. november å godkjenne DPIA-en og be om forhåndsdrøftelse før modellen tas i bruk.

        Med hilsen

        Eirik Husby
        seniorrådgiver, Juridisk seksjon
        Direktoratet for arbeid og ytelser
        """)
    msg = message(
        "g009",
        "Eirik Husby <eirik.husby@day.no>",
        "Anmodning om forhåndsdrøftelse - risikomodell dagpenger",
        when(11, 24, 12, 50),
        body,
    )
    return msg, Label(
        "nb",
        (
            "all_in_body",
            "headings_caps",
            "processor_none_stated",
            "attachment_referenced_missing",
            "part5_short_paragraph",
        ),
        "none",
        True,
        "none",
        "welfare agency fraud model; DPIA (parts 2-4) named as attached but nothing attached",
        missing=(2, 3, 4),
    )


def g010() -> Case:
    """Retail chain, in-store camera analytics; ZIP with nested folders and an XLSX risk sheet."""
    body = txt("""
        Hei,

        Vedlagt er Matkroken Gruppen AS sin anmodning om forhåndsdrøftelse for kameraanalyse i
        butikk (køtelling, hyllepåfylling og tyverideteksjon). Alt ligger i zip-filen, sortert i
        mapper. Risikomatrisen ligger som Excel under DPIA-mappen.

        Mvh
        Andreas Holt
        Head of Data & Analytics
        Matkroken Gruppen AS | +47 415 66 020
        """)
    kontakt = """
        # Kontaktpersoner

        | Rolle | Navn | Telefon | E-post
        | Kontaktperson, behandlingsansvarlig | Andreas Holt | +47 415 66 020
          | andreas.holt@matkroken.no
        | Personvernombud | Guro Westby | +47 22 86 90 15 | personvern@matkroken.no
        | Databehandler (Visionlytics AB, Göteborg) | Erik Lindqvist | +46 31 701 22 80
          | erik.lindqvist@visionlytics.se
        """
    beskrivelse = """
        # DPIA – Kameraanalyse i butikk

        ## Beskrivelse av behandlingen

        I 140 butikker monteres 8-12 kameraer som analyserer video lokalt i en boks i butikken
        (edge). Formålene er (1) å telle kø ved kassene, (2) å varsle om tomme hyller og (3) å
        oppdage mistenkelig atferd ved selvbetjente kasser. Videoen analyseres fortløpende og
        lagres ikke, bortsett fra 20-sekunders klipp ved hendelser under formål 3, som lagres i
        7 dager. Klippene vises for butikksjef og sikkerhetsvakt. Programvaren leveres og
        vedlikeholdes av Visionlytics AB som databehandler, med fjerntilgang fra Sverige.
        Berørte: om lag 1,4 millioner kunder per uke og 3 800 ansatte.

        ## Nødvendighet og forholdsmessighet

        Svinn ved selvbetjente kasser har økt med 60 % på to år. Formål 1 og 2 bruker bare
        anonyme tellinger og ingen lagring. For formål 3 brukes ikke ansiktsgjenkjenning, bare
        bevegelsesmønstre ved kassen (f.eks. vare ikke skannet). Klipp lagres bare ved hendelse.
        Kameraene dekker ikke pauserom eller garderober. Skilting ved inngang, informasjon på
        nettside, og ansattes tillitsvalgte er drøftet med etter arbeidsmiljøloven kapittel 9.

        ## Risikovurdering

        Se vedlagt risikomatrise (Risikomatrise_kameraanalyse.xlsx). Hovedfunn: høy restrisiko
        for at kunder feilaktig mistenkes for tyveri, og for at ansatte opplever kontroll.
        """
    risiko = {
        "Risiko": [
            ["ID", "Risiko", "Sannsynlighet (1-5)", "Konsekvens (1-5)", "Tiltak", "Restrisiko"],
            [
                "R1",
                "Kunde feilaktig mistenkt for tyveri",
                "3",
                "4",
                "Menneskelig vurdering før kontakt, opplæring",
                "Høy",
            ],
            [
                "R2",
                "Ansatte overvåkes indirekte",
                "3",
                "3",
                "Kamera rettes mot kasse, ikke ansattsone; drøftingsmøte",
                "Middels",
            ],
            [
                "R3",
                "Fjerntilgang fra leverandør misbrukes",
                "2",
                "4",
                "Tidsbegrenset tilgang, logg",
                "Lav",
            ],
            [
                "R4",
                "Klipp lagres lenger enn 7 dager",
                "2",
                "3",
                "Automatisk sletting, kontroll månedlig",
                "Lav",
            ],
            ["R5", "Manglende åpenhet for kunder", "3", "2", "Skilt, nettside", "Lav"],
        ],
        "Tiltak ikke gjennomført": [
            ["Tiltak", "Begrunnelse"],
            ["Maskering av ansikter i klipp", "Ikke støttet i versjon 4; planlagt 2027"],
        ],
    }
    protokoll = """
        # Styreprotokoll – Matkroken Gruppen AS

        Styremøte 6. november 2026, Lysaker

        ## Sak 14/26 Kameraanalyse i butikk – godkjenning av DPIA

        Saken var til første behandling i styremøtet 18. september (sak 11/26). Administrasjonen
        presenterte DPIA med hovedfunn og restrisiko. Styret ble orientert om innspill fra
        konsernets tillitsvalgte, Forbrukerrådet (møte 12. oktober) og personvernombudet.

        Vedtak: Styret godkjenner DPIA-en. Administrasjonen skal be Datatilsynet om
        forhåndsdrøftelse, og pilot i 10 butikker kan tidligst starte etter tilsynets svar.
        """
    archive = to_zip(
        {
            "Forhandsdroftelse_Matkroken/01_Kontakt/Kontaktpersoner.docx": to_docx(kontakt),
            "Forhandsdroftelse_Matkroken/02_DPIA/DPIA_kameraanalyse.pdf": to_pdf(beskrivelse),
            "Forhandsdroftelse_Matkroken/02_DPIA/vedlegg/Risikomatrise_kameraanalyse.xlsx": (
                to_xlsx(risiko)
            ),
            "Forhandsdroftelse_Matkroken/03_Styret/Styreprotokoll_sak_14-26.pdf": to_pdf(protokoll),
        }
    )
    msg = message(
        "g010",
        "Andreas Holt <andreas.holt@matkroken.no>",
        "Forhåndsdrøftelse kameraanalyse i butikk",
        when(11, 13, 15, 3),
        body,
        attachments=[("Forhandsdroftelse_Matkroken.zip", archive)],
    )
    return msg, Label(
        "nb",
        (
            "zip_nested",
            "contact_table_docx_rows",
            "intl_phone",
            "processor_foreign",
            "xlsx_risk_matrix",
            "dpia_report_pdf",
            "board_minutes_sak",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; retail camera analytics; ZIP with nested folders, XLSX risk, board minutes",
    )


def g011() -> Case:
    """Sports federation, youth talent health registry; HTML-only body with HTML signature."""
    text = """
        # Anmodning om forhåndsdrøftelse – Talentregisteret

        Norges Friidrettsforbund (NFIF) ber om forhåndsdrøftelse for et nasjonalt talentregister
        for utøvere 13-19 år.

        ## Om behandlingen

        Registeret skal samle treningsbelastning, skader, menstruasjonsstatus (for å fange opp
        relativ energimangel, RED-S), søvn og skoleresultater (frivillig) for om lag 1 600
        utøvere i 120 klubber. Data registreres av utøveren i appen «Talentlogg» og av klubbtrener
        og forbundets helseteam. Mottakere: forbundets helseteam og landslagstrenere; klubbtrener
        ser bare egne utøvere. Løsningen driftes av Sporttech Nordic AS som databehandler.
        Opplysningene slettes to år etter at utøveren har forlatt talentprogrammet.

        ## Hvorfor er det nødvendig, og er det forholdsmessig?

        Skader og RED-S blant unge utøvere er et kjent problem, og uten systematiske data
        oppdages de for sent. Menstruasjonsdata er frivillig og vises bare for helseteamet, ikke
        for trenere. Foreldre samtykker for utøvere under 15. Utøvere kan se, rette og slette egne
        data i appen. Vi har valgt bort GPS- og pulsdata fra konkurranser.

        ## Risiko og tiltak

        | Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
        | Trener presser utøver til å dele helsedata | Middels | Høy
          | Samtykke direkte til helseteam, tilgangsstyring | Middels
        | Uttak til landslag påvirkes av helsedata | Middels | Høy | Skille mellom helseteam og
          uttaksansvarlige | Middels
        | Datalekkasje fra app | Lav | Høy | Kryptering, pentest, tofaktor for ansatte | Lav
        | Mindreårige forstår ikke hva de samtykker til | Høy | Middels | Forenklet informasjon,
          video | Middels

        ## Ledelsens behandling

        Forbundsstyret behandlet DPIA-en 24. september og 5. november 2026 (sak 88/26 og 97/26),
        med innspill fra utøverkomiteen, Olympiatoppens helseavdeling og personvernombudet.
        Vedtak 5. november: DPIA godkjennes; forbundet ber om forhåndsdrøftelse før oppstart.
        """
    signature = """
        | Kontaktperson | Marius Berge, fagsjef utvikling | 918 70 442 | marius.berge@friidrett.no
        | Personvernombud (ekstern) | Advokatfirmaet Lind & Co v/ Nora Lind | 22 41 50 60
          | nora.lind@lindco.no
        | Databehandler | Sporttech Nordic AS v/ Petter Solli | 47 68 33 09 | petter@sporttech.no
        """
    html = to_html(text + "\nMed vennlig hilsen\n\n" + signature, "Talentregisteret")
    msg = message(
        "g011",
        "Marius Berge <marius.berge@friidrett.no>",
        "Forhåndsdrøftelse - Talentregisteret (NFIF)",
        when(11, 17, 16, 20),
        html=html,
    )
    return msg, Label(
        "nb",
        (
            "html_only_body",
            "html_table_signature",
            "dpo_external_firm",
            "headings_question",
            "risk_table_html",
            "part5_short_paragraph",
            "processor_contact_table",
        ),
        "none",
        True,
        "used",
        "complete; sports federation youth health registry; HTML-only body, contacts in HTML table",
    )


def g012() -> Case:
    """Housing cooperative, face recognition at the entrance; the DPO's phone is missing."""
    doc = """
        # Forhåndsdrøftelse – ansiktsgjenkjenning ved inngangsdører

        Fjellstua Boligsameie (org.nr. 998 120 447), Fjellveien 20-38, 5019 Bergen

        ## Kontaktopplysninger

        | Kontaktperson | Kjell Arne Tveit, styreleder, tlf. 970 12 345, kjell.tveit@fjellstua.no
        | Personvernombud | Bergen Personvernrådgivning AS v/ Anita Hole,
          anita@bergen-personvern.no
        | Databehandler | Entra Access AS v/ Roger Nilsen, 55 30 12 00, roger.nilsen@entraaccess.no

        ## Beskrivelse

        Sameiet (240 seksjoner) vil erstatte nøkkelbrikker med ansiktsgjenkjenning ved fire
        innganger. Beboere som ønsker det, registrerer et bilde i en app; bildet omgjøres til en
        biometrisk mal som lagres i leverandørens løsning i Norge. Ved hver inngang logges tid,
        dør og hvem som gikk inn i 14 dager. Beboere som ikke vil bruke ansikt, kan fortsatt
        bruke brikke. Besøkende registreres ikke.

        ## Nødvendighet og proporsjonalitet

        Det har vært mange tilfeller av kopierte og tapte brikker og uvedkommende i oppgangene.
        Ordningen er frivillig, og brikke er et fullverdig alternativ. Malen kan ikke gjøres om
        til bilde. Logg lagres kort og brukes bare ved innbrudd eller skade. Sameiermøtet vedtok
        ordningen med 71 % flertall.

        ## Risikovurdering

        - Biometriske maler kommer på avveie: lav sannsynlighet, svært høy konsekvens; tiltak:
          kryptering, lagring bare hos leverandør, ingen eksport. Restrisiko: middels.
        - Beboere føler seg presset til å bruke ansikt: middels/middels; tiltak: brikke gratis,
          tydelig informasjon. Restrisiko: lav.
        - Logg brukes til å kontrollere beboere (f.eks. fremleie): middels/høy; tiltak:
          vedtektsfestet formål, bare styreleder har tilgang. Restrisiko: høy.
        - Barn registreres uten foresattes samtykke: lav/høy; tiltak: under 15 år ikke
          tillatt. Restrisiko: lav.

        ## Styrets og sameiermøtets behandling

        Styret behandlet DPIA-en i styremøtene 2. september og 14. oktober 2026 og la den fram
        for ekstraordinært sameiermøte 4. november, der innsigelser fra beboere ble referert og
        drøftet. Styret vedtok 11. november å godkjenne DPIA-en og be om forhåndsdrøftelse.
        """
    body = txt("""
        Hei,

        Vedlagt følger forhåndsdrøftelse fra Fjellstua Boligsameie om ansiktsgjenkjenning.

        Hilsen
        Kjell Arne Tveit
        styreleder
        """)
    msg = message(
        "g012",
        "Kjell Arne Tveit <kjell.tveit@fjellstua.no>",
        "Forhåndsdrøftelse ansiktsgjenkjenning - Fjellstua Boligsameie",
        when(11, 23, 19, 12),
        body,
        attachments=[("Forhåndsdrøftelse Fjellstua.docx", to_docx(doc))],
    )
    return msg, Label(
        "nb",
        (
            "one_docx",
            "contact_table_docx_2col",
            "dpo_external_firm",
            "p1_dpo_no_phone",
            "risk_bullets",
        ),
        "none",
        True,
        "used",
        "housing association face access; external DPO given without any phone number",
        missing=(1,),
    )


def g013() -> Case:
    """Newsletter from a consultancy about DPIAs and prior consultation."""
    text = """
        # Personvernbrevet – desember 2026

        Kjære abonnent,

        Årets siste utgave handler om vurdering av personvernkonsekvenser (DPIA) og når man må be
        Datatilsynet om forhåndsdrøftelse etter artikkel 36. Vi gjennomgår de fem tingene tilsynet
        ber om: kontaktopplysninger, systematisk beskrivelse, nødvendighet og proporsjonalitet,
        risikovurdering og ledelsens validering.

        ## Kurs i januar

        Heldagskurs «DPIA i praksis» 19. januar i Oslo. Påmelding på nettsiden vår.

        ## Nytt fra EDPB

        Retningslinjer om pseudonymisering er vedtatt i endelig versjon.

        Du mottar denne e-posten fordi du er abonnent. Meld deg av her.

        Personvernhuset AS, Karl Johans gate 8, 0154 Oslo
        """
    msg = message(
        "g013",
        "Personvernhuset <nyhetsbrev@personvernhuset.no>",
        "Personvernbrevet desember: Forhåndsdrøftelser og DPIA",
        when(12, 1, 7, 0),
        txt("Personvernbrevet – desember 2026. Les nettversjonen."),
        html=to_html(text, "Personvernbrevet"),
        headers={"List-Unsubscribe": "<mailto:avmeld@personvernhuset.no>"},
    )
    return msg, Label(
        "nb",
        ("nonrequest_newsletter", "multipart_alternative"),
        "none",
        False,
        "unspecified",
        "newsletter listing the five parts of a prior-consultation request; not a request",
    )


def g014() -> Case:
    """Municipal child welfare case triage; forwarded as .eml by the archive."""
    inner_body = txt("""
        Til Datatilsynet

        Haugvik kommune, barneverntjenesten, ber om forhåndsdrøftelse for bruk av et
        beslutningsstøtteverktøy ved vurdering av bekymringsmeldinger.

        Kontaktperson: Linn Karlsen, fagleder barnevern, tlf. 51 72 40 18,
        linn.karlsen@haugvik.kommune.no
        Personvernombud: Sverre Tjøstheim, Rogaland IKT-samarbeid, tlf. 51 72 49 00,
        sverre.tjostheim@rikt.no
        Databehandler: Barnevernsdata AS (leverandør av fagsystemet), v/ Ida Sørbø, tlf.
        22 80 55 71, ida.sorbo@barnevernsdata.no

        Vedlagt er DPIA med risikotabell og referat fra kommunedirektørens ledermøte.

        Hilsen Linn Karlsen
        """)
    dpia = """
        # DPIA – Beslutningsstøtte for bekymringsmeldinger

        ## A. Beskrivelse av behandlingen

        Barneverntjenesten mottar om lag 1 100 bekymringsmeldinger i året. Verktøyet, som er en
        modul i fagsystemet levert av Barnevernsdata AS, foreslår en prioritet (akutt, 1 uke, 3
        uker) basert på meldingens innhold (tekstanalyse), tidligere meldinger om barnet og
        familien, og om det finnes åpne saker. Forslaget vises for saksbehandler, som tar
        beslutningen. Opplysningene omfatter barn, foreldre og andre personer nevnt i meldingen,
        herunder helseopplysninger og opplysninger om straffbare forhold. Lagring følger
        barnevernets arkivregler. Behandlingsgrunnlag: barnevernsloven §§ 2-1 og 13-1, art. 6
        nr. 1 e og art. 9 nr. 2 g.

        ## B. Nødvendighet og forholdsmessighet

        Fristen på én uke for gjennomgang brytes i 18 % av meldingene. Verktøyet skal sikre at
        alvorlige meldinger blir lest først. Det gir ikke forslag om tiltak, bare om
        rekkefølge. Tekstanalysen kjøres lokalt i fagsystemet og data brukes ikke til å trene
        modellen videre. Familier informeres om verktøyet i brev ved undersøkelse. Saksbehandler
        skal alltid begrunne om forslaget følges.

        ## C. Risikovurdering

        | Risiko | S | K | Tiltak | Rest
        | Feil prioritering gjør at et barn i fare venter | 2 | 5 | Alle meldinger leses innen 1 uke
          uansett; stikkprøver | Høy
        | Automatiseringsskjevhet – saksbehandler følger forslaget ukritisk | 3 | 4
          | Opplæring, begrunnelsesplikt | Middels
        | Diskriminering av familier med innvandrerbakgrunn | 3 | 4 | Skjevhetsanalyse før
          oppstart og årlig | Middels
        | Manglende forutsigbarhet for familiene | 3 | 3 | Informasjonsbrev | Lav

        Tiltak vurdert, ikke gjennomført: å skjule forslaget til saksbehandler har lest meldingen
        selv – forkastet fordi formålet da faller bort ved store mengder.
        """
    referat = """
        # Referat – kommunedirektørens ledermøte 27. oktober 2026

        ## Sak 31/26 Beslutningsstøtte i barnevernet – DPIA

        Tidligere behandlet 22. september (sak 26/26). Kommunalsjef oppvekst presenterte DPIA,
        restrisiko og innspill fra barneverntjenestens ansatte, tillitsvalgte, Barneombudet
        (uttalelse 9. oktober) og personvernombudet.

        Konklusjon: Kommunedirektøren godkjenner DPIA-en og ber om at det sendes anmodning om
        forhåndsdrøftelse til Datatilsynet før verktøyet tas i bruk.
        """
    inner = message(
        "g014i",
        "Linn Karlsen <linn.karlsen@haugvik.kommune.no>",
        "Anmodning om forhåndsdrøftelse - beslutningsstøtte barnevern",
        when(11, 4, 14, 2),
        inner_body,
        attachments=[
            ("DPIA beslutningsstøtte barnevern.pdf", to_pdf(dpia)),
            ("Referat ledermøte 27.10.2026.pdf", to_pdf(referat)),
        ],
        to="linn.karlsen@haugvik.kommune.no",
    )
    outer_body = txt("""
        Videresendes fra Haugvik kommune, dokumentsenteret.

        Vedlagte henvendelse ble ved en feil sendt til kommunens eget postmottak 4. november. Vi
        videresender den i original form.

        Med hilsen
        Dokumentsenteret, Haugvik kommune
        postmottak@haugvik.kommune.no
        """)
    msg = message(
        "g014",
        "Postmottak Haugvik kommune <postmottak@haugvik.kommune.no>",
        "VS: Anmodning om forhåndsdrøftelse - beslutningsstøtte barnevern",
        when(11, 9, 8, 15),
        outer_body,
        forwarded=("Anmodning om forhåndsdrøftelse.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "forwarded_rfc822",
            "contact_label_value",
            "dpo_intermunicipal",
            "dpia_report_pdf",
            "headings_letter",
            "minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; child-welfare triage; original request forwarded by the archive as .eml",
    )


def g015() -> Case:
    """Hospital psychiatry, speech-to-text notes; question headings; CEO mail quoted as part 5."""
    body = txt("""
        Til Datatilsynet

        Sykehuset Innlandsdalen HF ber om forhåndsdrøftelse før vi tar i bruk automatisk
        tale-til-tekst og oppsummering av samtaler i psykisk helsevern.

        Kontaktperson er Kari Nordmann, prosjektleder i Klinikk for psykisk helsevern, tlf.
        61 27 30 44, kari.nordmann@innlandsdalen.no. Sykehusets personvernombud er Geir Flatmo,
        som nås på 61 27 30 00 eller personvernombudet@innlandsdalen.no. Kontaktperson hos
        databehandleren står i kontaktlisten bakerst i DPIA-en.

        Vedlagt DPIA (Word). Ledelsens godkjenning kom i e-post fra administrerende direktør,
        som vi siterer nedenfor.

        Vennlig hilsen
        Kari Nordmann

        -------- Videresendt melding --------
        Fra: Anne Grethe Bøe <annegrethe.boe@innlandsdalen.no>
        Dato: 19. november 2026 kl. 16:02
        Til: Kari Nordmann
        Emne: SV: Tale-til-tekst psykisk helsevern – DPIA til beslutning

        Hei Kari,

        Jeg viser til behandlingen i sykehusledelsen 4. november og i dag. Ledelsen har fått
        presentert DPIA-en, de gjenstående høye risikoene og innspillene fra brukerutvalget,
        ungdomsrådet, klinikkens tillitsvalgte og personvernombudet. Vi har vurdert at nytten for
        pasientene er stor, men at risikoen for feil i journalen og for tillitsbrudd fortsatt er
        høy.

        Beslutning: DPIA-en godkjennes. Sykehuset ber Datatilsynet om forhåndsdrøftelse. Prosjektet
        kan gå videre med teknisk test uten pasientdata inntil svar foreligger.

        Anne Grethe Bøe
        administrerende direktør
        """)
    dpia = """
        # Vurdering av personvernkonsekvenser: tale-til-tekst i psykisk helsevern

        # Hva skal vi gjøre?

        Samtaler mellom behandler og pasient i poliklinikk tas opp med en app på sykehusets
        nettbrett. Lyden sendes til Klarspråk Medical AS (databehandler), som transkriberer og
        lager et utkast til journalnotat. Behandler retter og godkjenner notatet før det lagres
        i DIPS. Lydopptak og transkripsjon slettes hos leverandøren etter 24 timer. Om lag 14 000
        samtaler per år, ca. 3 500 pasienter, inkludert ungdom fra 16 år. Opplysningene er
        helseopplysninger av svært sensitiv art (psykisk helse, rus, vold, tredjeparter).
        Grunnlag: art. 6 nr. 1 c og e, art. 9 nr. 2 h, helsepersonelloven § 39 og § 40.

        # Hvorfor er behandlingen nødvendig?

        Behandlere bruker i dag inntil 35 % av arbeidstiden på dokumentasjon. Piloten viste
        at tiden til journalføring halveres og at mer tid brukes på pasienten. Pasienten skal
        spørres før hver samtale og kan si nei uten konsekvenser; da dokumenteres på vanlig
        måte. Det tas ikke opp samtaler i akuttpsykiatri eller ved tvang. Lyd lagres ikke i
        journalen. Ingen data brukes til å trene leverandørens modeller (avtalefestet).

        # Hva kan gå galt for pasientene?

        | Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
        | Feil i utkastet blir stående i journalen | Høy | Høy | Behandler må godkjenne hvert
          avsnitt; revisjon | Høy
        | Pasienten føler seg presset til å tillate opptak | Middels | Høy | Spørsmål stilles av
          sekretær, ikke behandler | Middels
        | Opptak av tredjeparter (familie, partner) | Middels | Middels | Opptak stoppes ved
          tredjeparter | Middels
        | Lydopptak kommer på avveie hos leverandør | Lav | Svært høy | Kryptering, sletting 24 t
          | Lav
        | Mindre åpenhet i samtalen pga. opptak | Middels | Høy | Kan slås av når som helst
          | Middels

        Tiltak vurdert, men ikke gjennomført: lokal tale-til-tekst på sykehusets servere
        (kvaliteten på norsk dialekt var for dårlig i test, kan vurderes på nytt i 2028).

        # Kontaktliste

        | Rolle | Navn | Telefon | E-post
        | Prosjektleder | Kari Nordmann | 61 27 30 44 | kari.nordmann@innlandsdalen.no
        | Personvernombud | Geir Flatmo | 61 27 30 00 | personvernombudet@innlandsdalen.no
        | Databehandler Klarspråk Medical AS | Vilde Hermansen | 934 02 118
          | vilde.hermansen@klarsprak.no
        """
    msg = message(
        "g015",
        "Kari Nordmann <kari.nordmann@innlandsdalen.no>",
        "Forhåndsdrøftelse tale-til-tekst psykisk helsevern",
        when(11, 25, 10, 40),
        body,
        attachments=[("DPIA tale-til-tekst PHV.docx", to_docx(dpia))],
    )
    return msg, Label(
        "nb",
        (
            "contact_prose",
            "processor_contact_separate",
            "dpia_report_docx",
            "headings_question",
            "risk_table_docx",
            "part5_ceo_mail_quoted",
        ),
        "none",
        True,
        "used",
        "complete; psychiatry speech-to-text; question headings; CEO's approval mail quoted",
    )


def g016() -> Case:
    """Savings bank, open-banking credit scoring; the processor is named without any contact."""
    body = txt("""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – kredittvurdering basert på kontoinformasjon

        Dalen Sparebank vil bruke kontoinformasjon (PSD2) fra kundens andre banker i
        kredittvurdering av forbrukslån og boliglån. Analysen gjøres av vår databehandler,
        Kontoinnsikt AS, som henter transaksjonene med kundens samtykke, kategoriserer dem og
        returnerer en betjeningsevne-rapport.

        Kontaktperson i banken: Stine Grøtting, kredittsjef, 38 14 22 60,
        stine.grotting@dalensparebank.no
        Personvernombud: Arvid Hals, 38 14 22 00, personvernombud@dalensparebank.no

        DPIA og styrevedtak er vedlagt.

        Med vennlig hilsen
        Stine Grøtting
        """)
    dpia = """
        # DPIA – Kredittvurdering med kontoinformasjon

        ## 1. Systematisk beskrivelse

        Kunden gir samtykke i låneprosessen til at Kontoinnsikt AS henter 12 måneders
        transaksjoner fra kundens kontoer i andre banker. Transaksjonene kategoriseres
        (bolig, mat, transport, gambling, inkasso, helse, medlemskap m.m.), og det lages en
        rapport med inntekt, faste utgifter og risikosignaler. Rapporten lagres i bankens
        kredittsystem i 10 år for lån som innvilges, og 1 år for avslag. Rådata slettes hos
        Kontoinnsikt etter 30 dager. Om lag 9 000 søknader i året.

        ## 2. Nødvendighet og proporsjonalitet

        Utlånsforskriften krever forsvarlig vurdering av betjeningsevne. Kontoinformasjon gir
        mer presis vurdering enn egenerklæring. Kategorier som kan avsløre særlige kategorier
        (helse, fagforening, religion) blir ikke overført til banken, bare summert i «andre
        faste utgifter». Kunden kan velge manuell dokumentasjon i stedet.

        ## 3. Risikovurdering

        | Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
        | Samtykket er ikke reelt frivillig | Høy | Middels | Manuelt alternativ | Middels
        | Transaksjoner avslører helse/religion | Middels | Høy | Filtrering hos databehandler
          | Middels
        | Feilkategorisering gir urettmessig avslag | Middels | Høy | Saksbehandler vurderer
          alle avslag | Middels
        | Gambling-signal brukes utover kredittformål | Lav | Høy | Formålsbegrensning | Lav

        ## 4. Styrets behandling

        Styret i Dalen Sparebank behandlet DPIA-en 25. september og 30. oktober 2026 (sak 62/26
        og 70/26), etter presentasjon av funn, kundepanelets innspill og personvernombudets
        råd. Vedtak: DPIA-en godkjennes, og banken ber Datatilsynet om forhåndsdrøftelse.
        """
    msg = message(
        "g016",
        "Stine Grøtting <stine.grotting@dalensparebank.no>",
        "Anmodning om forhåndsdrøftelse - kredittvurdering med kontoinformasjon",
        when(11, 26, 13, 15),
        body,
        attachments=[("DPIA kontoinformasjon kreditt.pdf", to_pdf(dpia))],
    )
    return msg, Label(
        "nb",
        (
            "contact_label_value",
            "dpia_report_pdf",
            "headings_num",
            "p1_proc_no_contact",
            "part5_in_dpia",
        ),
        "pgp_mime",
        True,
        "used",
        "bank open-banking credit scoring; processor used but no contact person/phone/e-mail",
        missing=(1,),
    )


def g017() -> Case:
    """Start-up gig platform, worker identity and rating; vCards; board resolution in body."""
    body = txt("""
        Hi,

        Handyly AS runs a marketplace where private customers book tradespeople for small jobs.
        We are introducing identity verification with selfie + passport and an automated
        "reliability score" that decides which tradespeople are shown first. Our DPO advised us
        to request prior consultation, so this is our request under Article 36.

        Contact details for me and for our DPO are in the two attached vCards. Our processor
        for identity checks is VeriFace OÜ (Tallinn), contact Kadri Tamm, +372 600 1842,
        kadri.tamm@veriface.ee.

        WHAT WE DO
        Tradespeople (about 2 300, mostly sole traders) upload a passport photo and a selfie.
        VeriFace OÜ compares the two and checks the document; the biometric template is deleted
        after 24 hours, the result (pass/fail) is kept. The reliability score combines customer
        ratings, cancellations, response time and complaints. It decides ranking in search
        results and can trigger suspension below a threshold. Data is stored in AWS Frankfurt.

        WHY IT IS NECESSARY AND PROPORTIONATE
        Fake accounts and identity fraud have cost customers more than NOK 4 million in 2025.
        Biometric comparison is the only check that works remotely; the template is not kept.
        The score uses only platform data (no external sources). Suspension is never automatic:
        a person reviews every case and the tradesperson can respond. Tradespeople can see their
        own score and its main factors in the app.

        RISKS AND WHAT WE DO ABOUT THEM
        1. Biometric data leaks from the processor: low likelihood, severe impact. Deletion after
           24 h, EU-only processing, audit. Residual: low.
        2. Score discriminates against tradespeople with foreign names (customers rate them
           lower): medium/high. Fairness test per quarter, cap on weight of ratings. Residual:
           high.
        3. Loss of income from ranking without explanation: high/high. Explanation page,
           appeal. Residual: medium.
        4. Function creep (using score for pricing): low/medium. Board policy. Residual: low.
        Considered but not done: letting tradespeople opt out of the score – not possible
        without making the marketplace unusable.

        BOARD DECISION
        The board discussed the DPIA on 8 October and on 5 November 2026 after presentation of
        the findings, input from a panel of 12 tradespeople and the DPO's written advice.
        Resolution of 5 November: "The board approves the DPIA and asks management to request
        prior consultation with Datatilsynet before launch."

        Thanks,
        Mathias Lunde
        CTO, Handyly AS
        """)
    msg = message(
        "g017",
        "Mathias Lunde <mathias@handyly.no>",
        "Prior consultation request - ID verification and reliability score",
        when(11, 19, 22, 7),
        body,
        attachments=[
            (
                "Mathias Lunde.vcf",
                vcard("Mathias Lunde", "Handyly AS", "CTO", "+47 924 18 330", "mathias@handyly.no"),
            ),
            (
                "DPO Handyly.vcf",
                vcard(
                    "Hege Wiik",
                    "Wiik Compliance (DPO for Handyly AS)",
                    "Data Protection Officer",
                    "+47 951 00 212",
                    "hege@wiikcompliance.no",
                ),
            ),
        ],
    )
    return msg, Label(
        "en",
        (
            "all_in_body",
            "startup_informal",
            "vcard",
            "headings_caps",
            "processor_foreign",
            "processor_contact_body",
            "part5_short_paragraph",
            "dpo_external_firm",
        ),
        "none",
        True,
        "used",
        "complete; start-up gig platform; contact person and DPO only in vCards",
    )


def g018() -> Case:
    """An employee complains about GPS tracking; not a request."""
    body = txt("""
        Hei

        Jeg jobber som hjemmesykepleier i en kommune (vil helst ikke si hvilken ennå). Fra 1.
        desember må vi ha på oss en app som sporer hvor vi er hele vakta, også i pausene. Lederen
        sier det er for å planlegge rutene bedre, men hun har sagt at hun ser hvem som bruker
        lang tid hos brukerne. Vi har ikke fått se noen konsekvensvurdering, og tillitsvalgt
        sier de ikke ble spurt.

        Er dette lov? Kan jeg klage til dere? Jeg vil gjerne vite hva jeg kan gjøre før jeg tar
        det opp med kommunen.

        Hilsen
        Randi
        """)
    msg = message(
        "g018",
        "Randi Ø. <randi.oye72@gmail.com>",
        "Klage: sporing av ansatte i hjemmetjenesten",
        when(12, 3, 20, 55),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_complaint", "all_in_body", "very_short"),
        "inline",
        False,
        "unspecified",
        "employee complains about GPS tracking at work; not a request",
    )


def g019() -> Case:
    """Welfare agency ML for sick-leave follow-up; lawyer's cover letter DOCX, DPIA PDF, risk DOCX.

    The risk assessment says a penetration test 'er ikke gjennomført ennå' - a planned measure,
    not a missing part.
    """
    body = txt("""
        Vi viser til vedlagte brev og dokumentasjon.

        Advokatfirmaet Kvam Berg DA
        Tone Kvam, advokat
        """)
    cover = """
        # ADVOKATFIRMAET KVAM BERG DA

        Datatilsynet
        Postboks 458 Sentrum
        0105 Oslo

        Oslo, 30. november 2026
        Vår ref.: 2026-0418/TK

        # Anmodning om forhåndsdrøftelse – prioriteringsmodell for oppfølging av sykmeldte

        Vi representerer Arbeids- og velferdsetaten (heretter «etaten») og fremmer på vegne av
        etaten anmodning om forhåndsdrøftelse etter personvernforordningen artikkel 36 nr. 1.

        Etaten har gjennomført en vurdering av personvernkonsekvenser, som er vedlagt. Vurderingen
        konkluderer med at det gjenstår en høy risiko for de registrertes rettigheter og
        friheter, særlig knyttet til profilering og forskjellsbehandling.

        Kontaktopplysninger:

        Kontaktperson i etaten: avdelingsdirektør Hilde Vangen, tlf. 21 07 52 10,
        hilde.vangen@velferdsetaten.no

        Etatens personvernombud: Jon Arild Rustad, tlf. 21 07 50 00,
        personvernombud@velferdsetaten.no

        Prosjektet benytter ingen databehandler; modellen er utviklet og driftes internt.

        Spørsmål om anmodningen kan også rettes til undertegnede, tlf. 22 40 60 80,
        tone.kvam@kvamberg.no.

        Vedlegg:
        1. DPIA – prioriteringsmodell sykefraværsoppfølging (PDF)
        2. Risikovurdering med tiltak (Word)
        3. Referat fra direktørmøtet 17. november 2026 (PDF)

        Med vennlig hilsen
        Tone Kvam, advokat
        """
    dpia = """
        # Vurdering av personvernkonsekvenser

        Prioriteringsmodell for oppfølging av sykmeldte – versjon 1.0 av 10. november 2026

        # Beskrivelse av behandlingen

        Etaten følger opp om lag 160 000 sykmeldte per år. Modellen beregner sannsynligheten
        for at en sykmelding varer lenger enn 26 uker, ut fra diagnosegruppe, yrke, alder,
        tidligere sykefravær, arbeidsgiverens bransje og størrelse. Veilederen får en
        prioriteringsliste, og personer med høy sannsynlighet kalles tidligere inn til
        dialogmøte. Kilder er sykmeldinger, Aa-registeret og etatens egne fagsystemer.
        Resultatet lagres i oppfølgingsplanen i 2 år. Ingen eksterne mottakere.

        # Rettslig grunnlag

        Folketrygdloven § 8-7 a og § 21-4, arbeids- og velferdsforvaltningsloven § 4 a, jf.
        artikkel 6 nr. 1 e og artikkel 9 nr. 2 b og h.

        # Nødvendighet og forholdsmessighet

        Etaten har ikke kapasitet til tidlig oppfølging av alle. Dagens prioritering er
        skjønnsmessig og varierer mellom kontorer. Modellen gir ingen rettsvirkning alene;
        vedtak om ytelser berøres ikke. Variabler som kjønn, landbakgrunn og bosted er tatt ut.
        De registrerte informeres i brev ved 4 uker, og kan be om å bli fulgt opp uavhengig av
        modellen. Innsyn i egen prioritet gis på nav-lignende «Min side».
        """
    risiko = """
        # Risikovurdering med tiltak

        | Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
        | Indirekte diskriminering via yrke/bransje | Middels | Høy | Skjevhetsanalyse, årlig
          revisjon | Høy
        | Personer med lav prioritet får for sen oppfølging | Middels | Høy | Minstekrav om
          oppfølging ved 8 uker for alle | Middels
        | Veiledere stoler blindt på modellen | Høy | Middels | Opplæring, forklaring | Middels
        | Uautorisert tilgang til prioriteringsdata | Lav | Høy | Tilgangsstyring, logg | Lav
        | Manglende forutsigbarhet for de sykmeldte | Middels | Middels | Informasjonsbrev | Lav

        Sikkerhetstiltak: Tilgangsstyring og logging er på plass. Penetrasjonstest av
        løsningen er ikke gjennomført ennå; den er planlagt før oppstart i mars 2027.

        Tiltak vurdert, men ikke gjennomført: å la de sykmeldte reservere seg mot modellen.
        Forkastet fordi det ville gi to parallelle prioriteringsregimer og dårligere likebehandling.
        """
    referat = """
        # Referat fra direktørmøtet 17. november 2026

        Til stede: etatsdirektør, direktør ytelser, direktør arbeid og tjenester, IT-direktør,
        kommunikasjonsdirektør. Personvernombudet deltok under sak 3.

        ## Sak 3 Prioriteringsmodell sykefraværsoppfølging – DPIA til godkjenning

        Saken var til drøfting i direktørmøtet 13. oktober. Prosjekteier la fram DPIA og
        risikovurdering. Innspill fra brukerutvalget, Legeforeningen, hovedverneombudet og
        personvernombudet ble gjennomgått.

        Beslutning: Direktørmøtet godkjenner DPIA-en. Det sendes anmodning om forhåndsdrøftelse
        til Datatilsynet.
        """
    msg = message(
        "g019",
        "Tone Kvam <tone.kvam@kvamberg.no>",
        "Anmodning om forhåndsdrøftelse - Arbeids- og velferdsetaten",
        when(11, 30, 15, 44),
        body,
        attachments=[
            ("Brev til Datatilsynet - anmodning om forhåndsdrøftelse.docx", to_docx(cover)),
            ("Vedlegg 1 DPIA prioriteringsmodell.pdf", to_pdf(dpia)),
            ("Vedlegg 2 Risikovurdering.docx", to_docx(risiko)),
            ("Vedlegg 3 Referat direktørmøtet.pdf", to_pdf(referat)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "lawyer_on_behalf",
            "cover_docx",
            "dpia_report_pdf",
            "headings_plain",
            "risk_table_docx",
            "processor_none_stated",
            "minutes_pdf",
            "decoy_not_done",
        ),
        "pgp_mime",
        True,
        "none",
        "complete; law firm for welfare agency; 'penetrasjonstest ikke gjennomført' is a measure",
    )


def g020() -> Case:
    """Municipality, school attendance analytics; the risk assessment file is empty."""
    body = txt("""
        Hei,

        Strandvik kommune, oppvekstetaten, sender anmodning om forhåndsdrøftelse for
        fraværsanalyse i ungdomsskolen (tidlig varsel om skolevegring).

        Vedlegg:
        - Beskrivelse og nødvendighetsvurdering (PDF)
        - Risikovurdering (Excel)
        - Vedtak i kommunedirektørens ledergruppe (PDF)

        Kontaktperson: Maja Solheim, rådgiver oppvekst, 33 45 12 90,
        maja.solheim@strandvik.kommune.no
        Personvernombud: Dag Ivar Lunde, 33 45 10 00, personvernombud@strandvik.kommune.no
        Databehandler: Skolearena AS (leverandør av skoleadministrativt system), kontakt
        Trine Haug, 22 58 19 40, trine.haug@skolearena.no

        Vennlig hilsen
        Maja Solheim
        """)
    beskrivelse = """
        # Fraværsanalyse – beskrivelse og nødvendighetsvurdering

        ## Beskrivelse

        Skolearena beregner hver uke et «bekymringsnivå» for elever på 8.-10. trinn ut fra
        fraværsmønster (enkeltdager, timer, ugyldig fravær), anmerkninger og karakterutvikling.
        Elever med høyt nivå vises for kontaktlærer og sosiallærer. Om lag 1 900 elever ved seks
        skoler. Data lagres i skoleadministrativt system i skoleåret; nivået slettes ved
        skoleslutt. Grunnlag: opplæringsloven § 12-2 og § 10-2, art. 6 nr. 1 e.

        ## Nødvendighet og forholdsmessighet

        Skolevegring oppdages i dag sent. Analysen bruker bare opplysninger skolen allerede har.
        Nivået brukes bare til å ta en samtale med eleven og foreldrene, aldri til
        reaksjoner. Foreldre og elever informeres ved skolestart og kan få se nivået.
        """
    vedtak = """
        # Kommunedirektørens ledergruppe – vedtak

        Møte 12. november 2026, sak 58/26 (tidligere behandlet 15. oktober, sak 52/26).

        Kommunalsjef oppvekst presenterte DPIA og restrisiko, med innspill fra elevrådene,
        FAU-representanter, PPT og personvernombudet. Ledergruppen godkjenner DPIA-en og ber om
        forhåndsdrøftelse.
        """
    msg = message(
        "g020",
        "Maja Solheim <maja.solheim@strandvik.kommune.no>",
        "Anmodning om forhåndsdrøftelse - fraværsanalyse ungdomsskolen",
        when(11, 27, 9, 18),
        body,
        attachments=[
            ("Beskrivelse og nødvendighet fraværsanalyse.pdf", to_pdf(beskrivelse)),
            ("Risikovurdering fraværsanalyse.xlsx", b""),
            ("Vedtak ledergruppen sak 58-26.pdf", to_pdf(vedtak)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "contact_label_value",
            "processor_contact_body",
            "file_per_part",
            "zero_byte_part4",
            "minutes_pdf",
        ),
        "none",
        True,
        "used",
        "municipal school attendance analytics; the risk assessment XLSX is zero bytes",
        missing=(4,),
    )
