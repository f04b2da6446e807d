"""Blind6 cases g041-g060, one hand-written function per case."""

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
    to_rtf,
    to_xlsx,
    txt,
    when,
)

Case = tuple[EmailMessage, Label]

_FIELDS = [
    ("Navn", "Kandidat", "CV / søknadsskjema", "Ja", "Søknadsbehandling"),
    ("Fødselsdato", "Kandidat", "Søknadsskjema", "Ja", "Aldersvalidering (min. 18)"),
    ("E-post og telefon", "Kandidat", "Søknadsskjema", "Ja", "Kommunikasjon"),
    ("Utdanning", "Kandidat", "CV", "Ja", "Kvalifikasjonsvurdering"),
    ("Arbeidserfaring", "Kandidat", "CV", "Ja", "Kvalifikasjonsvurdering"),
    ("Videoopptak av intervju", "Kandidat", "Plattform", "Ja", "Intervju"),
    ("Transkripsjon av svar", "Plattform", "Avledet", "Ja", "Skåring"),
    ("Språkskåre (ordforråd, struktur)", "Plattform", "Avledet", "Ja", "Skåring"),
    ("Kompetanseskåre per spørsmål", "Plattform", "Avledet", "Ja", "Skåring"),
    ("Samlet rangering", "Plattform", "Avledet", "Ja", "Utvelgelse"),
    ("Rekrutterers notater", "Rekrutterer", "Plattform", "Ja", "Vurdering"),
    ("Tilbakemelding til kandidat", "Rekrutterer", "Plattform", "Ja", "Åpenhet"),
    ("Teknisk logg (IP, nettleser)", "Plattform", "Automatisk", "Ja", "Sikkerhet"),
    ("Ansiktsuttrykk / emosjon", "-", "-", "Nei (valgt bort)", "-"),
    ("Stemmeleie / tonefall", "-", "-", "Nei (valgt bort)", "-"),
    ("Bilde fra video", "-", "-", "Nei (valgt bort)", "-"),
]

_RISKS = [
    (
        "R01",
        "Skåringsmodellen gir lavere skåre til kandidater med annet morsmål",
        "4",
        "4",
        "Språkskåre vektes ned, kandidat kan velge skriftlig svar",
        "Høy",
    ),
    (
        "R02",
        "Kandidater med funksjonsnedsettelse (tale, syn) skåres lavere",
        "3",
        "4",
        "Tilrettelegging på forespørsel, manuell vurdering",
        "Middels",
    ),
    (
        "R03",
        "Rekrutterer følger rangeringen ukritisk",
        "4",
        "3",
        "Opplæring, krav om å se minst 10 videoer",
        "Middels",
    ),
    (
        "R04",
        "Kandidaten forstår ikke at KI brukes",
        "3",
        "3",
        "Lagdelt informasjon før start, FAQ",
        "Lav",
    ),
    (
        "R05",
        "Videoer lagres lenger enn nødvendig",
        "2",
        "3",
        "Automatisk sletting etter 6 mnd",
        "Lav",
    ),
    (
        "R06",
        "Uautorisert tilgang til videoer hos kunde",
        "3",
        "4",
        "Rollestyring, tofaktor, logg",
        "Middels",
    ),
    (
        "R07",
        "Overføring til tredjeland via underleverandør",
        "2",
        "4",
        "EU-hosting, ingen amerikanske underleverandører",
        "Lav",
    ),
    (
        "R08",
        "Modellen trenes på kandidatdata uten grunnlag",
        "2",
        "4",
        "Ingen trening på kundedata (avtale)",
        "Lav",
    ),
    (
        "R09",
        "Kandidat får ikke innsyn i skåre og begrunnelse",
        "3",
        "3",
        "Innsyn via kandidatportal",
        "Lav",
    ),
    (
        "R10",
        "Avslag uten menneskelig vurdering (art. 22)",
        "2",
        "5",
        "Ingen automatisk avslag; rekrutterer må avgjøre",
        "Lav",
    ),
    (
        "R11",
        "Skjevhet oppdages ikke over tid",
        "3",
        "4",
        "Kvartalsvis skjevhetsrevisjon, ekstern revisor årlig",
        "Middels",
    ),
    (
        "R12",
        "Kandidatens stilling/arbeidsgiver avsløres (nåværende jobb)",
        "2",
        "3",
        "Konfidensialitet, tilgang bare for rekrutterer",
        "Lav",
    ),
]


_JOBS = [
    "Kundesenter",
    "Butikkmedarbeider",
    "Sykepleier",
    "Lærer",
    "Saksbehandler",
    "Lagermedarbeider",
    "Ingeniør",
    "Trainee økonomi",
]
_GROUPS = [
    ("Norsk som morsmål", 0),
    ("Annet morsmål, bodd i Norge > 10 år", 2),
    ("Annet morsmål, bodd i Norge < 10 år", 5),
    ("Oppgitt funksjonsnedsettelse", 3),
    ("Over 55 år", 1),
]
_QUESTIONS = [
    "Fortell om en gang du løste et problem for en kunde",
    "Hvordan prioriterer du når du har mange oppgaver samtidig?",
    "Beskriv en situasjon der du måtte samarbeide med noen du var uenig med",
    "Hva gjør du hvis du oppdager en feil kollegaen din har gjort?",
    "Hvordan holder du deg faglig oppdatert?",
    "Fortell om en gang du måtte lære noe nytt raskt",
    "Hvordan håndterer du en sint kunde eller bruker?",
    "Beskriv hvordan du planlegger en arbeidsdag",
    "Hva motiverer deg i jobben?",
    "Fortell om et mål du har nådd og hvordan",
]
_PLAN = [
    ("T1", "Språkskåre som kundevalg", "Produkt", "1. mars 2027"),
    (
        "T2",
        "Skriftlig svar som likeverdig alternativ i alle kunders oppsett",
        "Produkt",
        "1. januar 2027",
    ),
    ("T3", "Kvartalsvis skjevhetsrevisjon med rapport til styret", "Data science", "Løpende"),
    ("T4", "Ekstern revisjon av modellen", "Daglig leder", "Høsten 2027"),
    ("T5", "Opplæringsmodul for rekrutterere", "Kundesuksess", "1. februar 2027"),
    ("T6", "Kandidatportal med forklaring av skåre", "Produkt", "Levert november 2026"),
    ("T7", "Automatisk sletting etter 6 måneder", "Drift", "Levert"),
    ("T8", "Revisjon av databehandlere", "Personvernombud", "Årlig"),
]


def _appendices() -> list[str]:
    """Annexes A-E of the long DPIA: tables generated from fixed data."""
    bank = "\n".join(
        f"        | {i + 1} | {q} | {_JOBS[i % len(_JOBS)]} | Godkjent"
        for i, q in enumerate(_QUESTIONS * 5)
    )
    bias_rows: list[str] = []
    for j, job in enumerate(_JOBS):
        for g, (group, gap) in enumerate(_GROUPS):
            n = 180 + 37 * j + 11 * g
            score = 3.4 - gap * 0.08 + (j % 3) * 0.05
            share = 41 - gap * 2 + j % 4
            bias_rows.append(
                f"        | {job} | {group} | {n} | {score:.2f} | {share} % | {-gap * 0.08:+.2f}"
            )
    bias = "\n".join(bias_rows)
    plan = "\n".join(f"        | {' | '.join(p)}" for p in _PLAN)
    steps = [
        "Arbeidsgiver oppretter stilling og velger spørsmål fra spørsmålsbanken",
        "Kandidat søker stillingen i arbeidsgiverens rekrutteringssystem",
        "Kandidat mottar lenke til videointervju på e-post",
        "Kandidat leser informasjon og velger video eller skriftlig svar",
        "Kandidat tar opp svar i nettleseren; video lastes opp kryptert",
        "Lyd sendes til Taleverk AS for transkripsjon; lyd slettes der etter 24 timer",
        "Transkripsjon returneres og lagres hos Nordhost AS",
        "Modellen skårer transkripsjonen mot kompetansekravene",
        "Rangering og skåre vises for rekrutterer",
        "Rekrutterer ser videoer og beslutter hvem som går videre",
        "Kandidat får beskjed og kan se skåre og begrunnelse i kandidatportalen",
        "Data slettes 6 måneder etter at stillingen er besatt",
        "Pseudonymiserte skårer brukes i kvartalsvis skjevhetsrevisjon",
    ]
    flow = "\n".join(f"        | {i + 1} | {st}" for i, st in enumerate(steps))
    return [
        """
        # Vedlegg A – Spørsmålsbank (utdrag)

        | Nr | Spørsmål | Typisk stilling | Status
"""
        + bank,
        """
        # Vedlegg B – Resultater fra skjevhetstest, september 2026

        Testen er gjort på 14 200 historiske intervjuer fra pilotkundene, der kandidatene
        frivillig oppga bakgrunnsopplysninger i en separat, anonym undersøkelse. Kolonnen
        «Differanse» viser avvik i gjennomsnittlig skåre mot kandidater med norsk som morsmål.

        | Stillingstype | Gruppe | Antall | Snittskåre | Andel videre | Differanse
"""
        + bias,
        """
        # Vedlegg C – Dataflyt steg for steg

        | Steg | Beskrivelse
"""
        + flow,
        """
        # Vedlegg D – Interesseavveining

        TalentLens har en berettiget interesse i å tilby en skåringstjeneste, og arbeidsgiverne
        har en berettiget interesse i å behandle mange søknader effektivt og likt. Behandlingen
        er nødvendig for disse interessene fordi alternativene enten er mindre rettferdige (CV-
        filtrering) eller ikke gjennomførbare i volum.

        Mot dette står kandidatenes interesse i ikke å bli vurdert av en maskin på et
        grunnlag de ikke forstår, og risikoen for forskjellsbehandling. Kandidatene er i en
        avhengighetssituasjon når de søker jobb, og kan oppleve at de ikke har noe reelt valg.

        Avveiningen faller ut i favør av behandlingen bare fordi kandidaten kan velge skriftlig
        svar, fordi ingen avgjørelse treffes uten menneskelig vurdering, og fordi kandidaten får
        innsyn i skåre og begrunnelse. For språkskåren er avveiningen usikker, se kapittel 4.

        # Vedlegg E – Tiltaksplan

        | ID | Tiltak | Ansvarlig | Frist
"""
        + plan,
    ]


def _long_dpia() -> str:
    """A long DPIA (about a dozen pages) for g041, built from tables and prose."""
    inventory = "\n".join(f"        | {' | '.join(f)}" for f in _FIELDS)
    risks = "\n".join(f"        | {' | '.join(r)}" for r in _RISKS)
    sections: list[str] = [
        """
        # Vurdering av personvernkonsekvenser (DPIA)

        TalentLens AS – KI-støttet videointervju for rekruttering. Versjon 3.1, 2. november 2026.
        Utarbeidet av TalentLens AS med bistand fra Nordisk Personvernpartner AS.

        # 0 Sammendrag

        TalentLens tilbyr arbeidsgivere en plattform der kandidater svarer på intervjuspørsmål
        på video. Svarene transkriberes og skåres av en språkmodell mot kompetansekrav som
        arbeidsgiveren har definert. Vurderingen viser at behandlingen innebærer høy risiko for
        diskriminering og for at kandidater ikke får en reell menneskelig vurdering. Etter
        tiltak gjenstår høy risiko for kandidater med annet morsmål. TalentLens ber derfor om
        forhåndsdrøftelse. I denne løsningen er TalentLens behandlingsansvarlig for
        modellutvikling og drift av skåringen som tilbys arbeidsgiverne som en tjeneste, og
        felles behandlingsansvarlig med hver arbeidsgiver for selve rekrutteringen.
        """,
        """
        # 1 Kontaktopplysninger

        | Rolle | Navn | Telefon | E-post
        | Kontaktperson TalentLens AS | Sigrid Mæland, daglig leder | +47 913 40 552
          | sigrid@talentlens.no
        | Personvernombud (ekstern) | Nordisk Personvernpartner AS v/ Kristian Ulset
          | 0047 22 12 90 40 | kristian.ulset@personvernpartner.no
        | Databehandler (hosting) | Nordhost AS v/ Tone Rud | 0047 23 89 00 10
          | tone.rud@nordhost.no
        | Databehandler (transkripsjon) | Taleverk AS v/ Ahmed Karimi | +47 464 22 901
          | ahmed@taleverk.no
        """,
        """
        # 2 Systematisk beskrivelse av behandlingen

        ## 2.1 Formål

        Formålet er å gi arbeidsgivere et bedre og mer likebehandlende grunnlag for å velge ut
        kandidater til intervju i stillinger med mange søkere (typisk 200-2 000 søkere per
        stilling), og å gi kandidater mulighet til å vise kompetanse utover CV.

        ## 2.2 Behandlingens art

        Kandidaten mottar lenke etter å ha søkt stilling. Hun svarer på 5-8 forhåndsdefinerte
        spørsmål på video, med inntil 3 minutter per svar. Videoen lastes opp til plattformen
        (Nordhost AS, Oslo), lyden sendes til Taleverk AS for transkripsjon. TalentLens sin
        modell sammenligner transkripsjonen med kompetansekrav og gir skåre 1-5 per spørsmål og
        en samlet rangering. Rekruttereren hos arbeidsgiveren ser rangeringen, transkripsjonen
        og videoen, og beslutter hvem som går videre.

        ## 2.3 Omfang

        Ved utgangen av 2026 har plattformen 41 kunder og om lag 120 000 kandidater per år.
        Kandidatene er voksne arbeidssøkere, både eksterne og interne søkere.

        ## 2.4 Opplysninger som behandles

        | Opplysning | Kilde (hvem) | Hvor fra | Behandles | Formål
"""
        + inventory
        + """

        ## 2.5 Mottakere

        Arbeidsgiverens rekrutterere og ledere med tilgang til stillingen. TalentLens'
        supportpersonell ved feilretting (logget). Ingen andre mottakere.

        ## 2.6 Lagring og sletting

        Videoer og transkripsjoner slettes 6 måneder etter at stillingen er besatt. Skårer
        lagres pseudonymisert i 24 måneder for skjevhetsrevisjon. Logger lagres i 12 måneder.

        ## 2.7 Informasjonssikkerhet

        Data krypteres under overføring (TLS 1.3) og lagring (AES-256). Tilgang krever
        tofaktor. Plattformen er ISO 27001-sertifisert (sertifikat 2025-118). Penetrasjonstest
        gjennomført september 2026 uten kritiske funn.

        ## 2.8 Ansvarsforhold

        Arbeidsgiverne er behandlingsansvarlige for rekrutteringen. TalentLens er
        behandlingsansvarlig for modellutvikling og skåringstjenesten, og databehandler for
        lagring av kundens stillingsdata. Nordhost AS og Taleverk AS er databehandlere for
        TalentLens.
        """,
        """
        # 3 Nødvendighet og forholdsmessighet

        ## 3.1 Rettslig grunnlag

        Artikkel 6 nr. 1 bokstav f (berettiget interesse) for skåringen, vurdert i egen
        interesseavveining (vedlegg D). Særlige kategorier
        behandles ikke; emosjonsanalyse, ansiktsanalyse og stemmeleie er bevisst valgt bort.

        ## 3.2 Er behandlingen nødvendig?

        Arbeidsgivere med mange søkere bruker i dag ofte bare CV-filtrering, som favoriserer
        kandidater med «riktig» utdanning og nettverk. Videointervju med strukturert skåring
        gir flere kandidater mulighet. Alternativer vurdert: (a) bare CV – mindre rettferdig;
        (b) manuelle videointervjuer uten skåring – ikke gjennomførbart i stort volum; (c)
        skriftlige svar med skåring – tilbys som alternativ for kandidater som ønsker det.

        ## 3.3 Dataminimering

        Bare transkripsjonen skåres, ikke bilde eller stemme. Spørsmålene må være knyttet til
        stillingens kompetansekrav; TalentLens avviser spørsmål om helse, familie og religion.

        ## 3.4 Åpenhet og rettigheter

        Kandidaten får informasjon før start (lagdelt, med eksempel på skåring), kan velge
        skriftlig svar, se egen skåre og begrunnelse etterpå, be om menneskelig vurdering og
        klage til arbeidsgiver. Innsyn og sletting via kandidatportalen.

        ## 3.5 Proporsjonalitet

        Inngrepet i kandidatens personvern er betydelig, men begrenset i tid og til
        rekrutteringsformålet. Med valgfritt skriftlig alternativ og krav om menneskelig
        beslutning mener vi inngrepet står i rimelig forhold til formålet.
        """,
        """
        # 4 Risikovurdering

        ## 4.1 Metode

        Risiko er vurdert på skala 1-5 for sannsynlighet og konsekvens, i tre workshops med
        utviklere, to kunder, en kandidatrepresentant og personvernombudet (september-oktober
        2026). Risikoen vurderes også opp mot medbestemmelse, åpenhet og forutsigbarhet.

        ## 4.2 Risikoregister

        | ID | Risiko | S | K | Tiltak | Restrisiko
"""
        + risks
        + """

        ## 4.3 Tiltak vurdert, men ikke gjennomført

        - Fjerne språkskåren helt: vurdert, men gir dårligere presisjon for stillinger der
          skriftlig og muntlig norsk er et reelt krav. Gjennomføres som kundevalg fra 2027.
        - Lokal kjøring hos hver kunde: ikke økonomisk mulig for små kunder.
        - Ekstern sertifisering av modellen: ingen relevant ordning finnes i Norge i dag.

        ## 4.4 Samlet vurdering

        Restrisikoen for R01 er høy. De øvrige er lave eller middels. TalentLens mener
        risikoen er akseptabel bare dersom tiltakene følges opp, og ber om forhåndsdrøftelse.
        """,
        """
        # 5 Ledelsens validering

        ## 5.1 Sammenstilling av presentasjon og funn

        DPIA-en ble presentert for styret 25. september 2026 (første gjennomgang) og 28. oktober
        2026 (endelig). Presentasjonen omfattet risikoregisteret, resultatene fra
        skjevhetstesten (differanse i gjennomsnittlig skåre på 0,4 for kandidater med annet
        morsmål) og tiltaksplanen.

        ## 5.2 Interessenter

        Innspill fra to kunder (Kommune X og Detaljist Y), fra en kandidatgruppe på 14 personer,
        fra LO Stat og fra personvernombudet er dokumentert i vedlegg og ble lagt fram for
        styret.

        ## 5.3 Beslutning

        Styrevedtak 28. oktober 2026, sak 31/26: «Styret godkjenner DPIA versjon 3.1.
        Administrasjonen skal be Datatilsynet om forhåndsdrøftelse og avvente svaret før
        språkskåren tilbys nye kunder.»
        """,
    ]
    return "\n\n".join(sections + _appendices())


def g041() -> Case:
    """Start-up, AI video interviews; long (about a dozen pages) DPIA PDF; external DPO firm."""
    body = txt("""
        Til Datatilsynet

        TalentLens AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for vår
        plattform for KI-støttet videointervju. Vedlagt er DPIA versjon 3.1, som inneholder alle
        opplysningene dere ber om i veiledningen, inkludert styrets vedtak i kapittel 5.

        Personvernombudet vårt (Nordisk Personvernpartner AS) står i kopi.

        Med vennlig hilsen
        Sigrid Mæland
        daglig leder, TalentLens AS
        """)
    msg = message(
        "g041",
        "Sigrid Mæland <sigrid@talentlens.no>",
        "Anmodning om forhåndsdrøftelse - TalentLens videointervju",
        when(11, 4, 9, 12),
        body,
        attachments=[("TalentLens DPIA v3.1.pdf", to_pdf(_long_dpia()))],
        cc="kristian.ulset@personvernpartner.no",
    )
    return msg, Label(
        "nb",
        (
            "dpia_report_pdf",
            "long_request",
            "headings_num",
            "contact_table_pdf_rows",
            "intl_phone",
            "dpo_external_firm",
            "risk_table_pdf",
            "part5_in_dpia",
            "processor_contact_table",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; AI video interviews; long DPIA PDF holding all five parts",
    )


def g042() -> Case:
    """Retail chain; the 'DPIA' attachment is the privacy policy."""
    body = txt("""
        Hei,

        Sportskjeden Aktiv365 AS ønsker forhåndsdrøftelse for personlig prissetting i app og
        nettbutikk basert på kjøpshistorikk og bruk av treningsappen vår.

        Kontaktperson: Vegard Lie, 922 14 880, vegard.lie@aktiv365.no
        Personvernombud: Nina Haldorsen, 922 14 800, personvernombud@aktiv365.no
        Vi benytter ingen ekstern databehandler for denne analysen.

        DPIA ligger ved. Ledelsen godkjente den i møte 10. november etter å ha drøftet den også
        13. oktober; de fikk presentert funn, innspill fra kundepanelet og personvernombudets
        vurdering, og besluttet å be om forhåndsdrøftelse.

        Mvh Vegard
        """)
    policy_doc = """
        # Personvernerklæring – Aktiv365

        Sist oppdatert 1. september 2026

        ## Hvem er behandlingsansvarlig?

        Aktiv365 AS er ansvarlig for behandlingen av personopplysninger om deg som kunde.

        ## Hvilke opplysninger samler vi inn?

        Navn, kontaktinformasjon, kjøpshistorikk, treningsdata du deler fra appen, og
        informasjon om hvordan du bruker nettsiden (informasjonskapsler).

        ## Hvorfor?

        For å levere varer, administrere medlemskapet ditt og gi deg relevante tilbud.

        ## Dine rettigheter

        Du har rett til innsyn, retting, sletting og dataportabilitet. Kontakt
        personvernombud@aktiv365.no.

        ## Informasjonskapsler

        Vi bruker nødvendige, analytiske og markedsføringsrelaterte informasjonskapsler.
        """
    msg = message(
        "g042",
        "Vegard Lie <vegard.lie@aktiv365.no>",
        "Forhåndsdrøftelse - personlig prissetting",
        when(11, 25, 15, 51),
        body,
        attachments=[("DPIA_Aktiv365.pdf", to_pdf(policy_doc))],
    )
    return msg, Label(
        "nb",
        (
            "contact_label_value",
            "processor_none_stated",
            "wrong_file_dpia",
            "part5_short_paragraph",
        ),
        "none",
        True,
        "none",
        "personal pricing; 'DPIA_Aktiv365.pdf' is the privacy policy, so parts 2-4 are missing",
        missing=(2, 3, 4),
    )


def g043() -> Case:
    """Municipal housing company, short but complete request in a plain body."""
    body = txt("""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – Elvebyen Boligselskap KF, automatisk varsling av
        husleierestanser til NAV-kontoret

        1) Kontakt: Jan Olav Strand, boligsjef, 62 41 55 30, jan.olav.strand@elvebyen.kommune.no.
        Personvernombud: Wenche Haug, 62 41 50 00, personvernombud@elvebyen.kommune.no. Vi
        bruker ingen databehandler; alt skjer i kommunens eget husleiesystem.

        2) Hva vi skal gjøre: Når en leietaker i en av våre 1 350 kommunale boliger har to
        ubetalte husleier, sendes navn, adresse og beløp automatisk til NAV-kontoret, som
        kontakter leietaker for å hindre utkastelse. Opplysningene slettes hos NAV når saken er
        avsluttet, og i vårt system etter ordinære regnskapsregler.

        3) Nødvendighet: Utkastelser har økt, og mange leietakere tar ikke kontakt selv. Bare
        de tre opplysningene som trengs sendes; ingen helse- eller sosialopplysninger. Leietaker
        informeres i leiekontrakten og kan reservere seg skriftlig. Vi har vurdert at manuell
        oppfølging ikke er mulig med dagens bemanning.

        4) Risiko: (a) Leietakere opplever det som stigmatiserende at NAV kontaktes – høy
        sannsynlighet, middels konsekvens; tiltak: reservasjonsrett, vennlig brevmal;
        restrisiko middels. (b) Feil i restanselisten gir urettmessig melding – lav/høy;
        tiltak: kontroll av saksbehandler før sending; restrisiko lav. (c) Opplysningene brukes
        av NAV til kontroll av ytelser – middels/høy; tiltak: avtale om formålsbegrensning;
        restrisiko høy.

        5) Ledelsen: Styret i boligselskapet behandlet saken 16. september og 28. oktober 2026,
        med innspill fra leietakerutvalget, NAV og personvernombudet. Vedtak 28. oktober: DPIA
        godkjent, forhåndsdrøftelse skal bes om.

        Vennlig hilsen
        Jan Olav Strand
        """)
    msg = message(
        "g043",
        "Jan Olav Strand <jan.olav.strand@elvebyen.kommune.no>",
        "Anmodning om forhåndsdrøftelse - varsling av husleierestanser",
        when(11, 16, 14, 28),
        body,
    )
    return msg, Label(
        "nb",
        (
            "all_in_body",
            "very_short",
            "headings_num_inline",
            "contact_prose",
            "processor_none_stated",
            "part5_short_paragraph",
        ),
        "inline",
        True,
        "none",
        "complete; municipal housing company; half-page plain body with all five parts",
    )


def g044() -> Case:
    """A citizen's access request sent to Datatilsynet by mistake (nynorsk)."""
    body = txt("""
        Hei

        Eg ønskjer innsyn i alle opplysningar som er lagra om meg hos NAV og hos kommunen sin
        barnevernsteneste, etter personvernforordninga artikkel 15. Eg har søkt om dette før
        utan å få svar. Kan de sende meg alt de har, eller sende kravet vidare til dei?

        Fødselsdato 14.03.1987.

        Helsing
        Ragnhild Tveito
        Øvre Vikvegen 3, 6856 Sogndal
        """)
    msg = message(
        "g044",
        "Ragnhild Tveito <ragnhild.tveito@hotmail.com>",
        "Krav om innsyn",
        when(12, 2, 22, 13),
        body,
    )
    return msg, Label(
        "nn",
        ("nonrequest_access_request", "all_in_body", "very_short"),
        "inline",
        False,
        "unspecified",
        "citizen's Art. 15 access request sent to the DPA by mistake; not a request",
    )


def g045() -> Case:
    """Nynorsk municipality, welfare prediction; ODT with contact rows; risk table PDF."""
    body = txt("""
        Til Datatilsynet

        Vi sender med dette anmodning om førehandsdrøfting frå Heiane kommune om
        prediksjonsverktøy for tidleg innsats i heimetenesta.

        Vedlegg:
        1. Søknad og personvernkonsekvensvurdering (ODT)
        2. Risikovurdering (PDF)

        Med helsing
        Knut Rysstad
        kommunalsjef helse og omsorg
        """)
    odt = """
        # Førehandsdrøfting – prediksjon av behov for heimetenester

        ## Kontaktpersonar

        | Rolle | Namn | Telefon | E-post
        | Kontaktperson | Knut Rysstad, kommunalsjef | 37 93 60 10 | knut.rysstad@heiane.kommune.no
        | Personvernombod | Åse Lid (Setesdal IKT) | 37 93 80 00 | personvernombod@setesdal-ikt.no
        | Databehandlar | Omsorgsdata AS, Nils Kåre Bjørk | 38 07 12 50 | nkb@omsorgsdata.no

        ## Skildring av handsaminga

        Kommunen vil nytte ein modell som kvar månad reknar ut kor sannsynleg det er at
        heimebuande over 75 år får behov for heimeteneste eller sjukeheimsplass innan eitt år.
        Modellen nyttar alder, tidlegare tenester, fallhendingar, innleggingar (frå
        kommunal pasientjournal) og om personen bur åleine. Om lag 1 100 innbyggjarar. Dei med
        høgast sannsyn får tilbod om eit førebyggjande heimebesøk. Modellen køyrer hos
        Omsorgsdata AS som databehandlar. Resultata vert lagra i 12 månader.

        ## Vurdering av naudsyn og proporsjonalitet

        Kommunen har plikt til å tilby førebyggjande tenester, men i dag får berre dei som tek
        kontakt sjølve tilbod. Modellen nyttar berre opplysningar kommunen allereie har.
        Tilbodet om heimebesøk er frivillig. Innbyggjarane får informasjon i lokalavisa, på
        nettsida og i brevet om heimebesøk, og kan reservere seg. Alternativ (tilbod til alle
        over 75) er vurdert, men kommunen har ikkje kapasitet.

        ## Leiinga si godkjenning

        Kommunedirektøren si leiargruppe handsama DPIA-en 9. oktober og 6. november 2026.
        Funna og restrisikoen vart presenterte saman med fråsegner frå eldrerådet,
        brukarrådet og personvernombodet. Vedtak 6. november: DPIA-en vert godkjend, og kommunen
        ber om førehandsdrøfting.
        """
    risk = """
        # Vurdering av risiko for dei registrerte

        | Risiko | Sannsyn | Konsekvens | Tiltak | Restrisiko
        | Innbyggjarar opplever å bli «merka» som skrøpelege | Høg | Middels | Nøytralt brev,
          reservasjon | Middels
        | Modellen overser personar med behov | Middels | Høg | Tilbodet står ope for alle som
          ber om det | Middels
        | Helseopplysningar nyttast til andre føremål (t.d. prioritering av sjukeheimsplass)
          | Middels | Høg | Føremålsavgrensing i avtale og rutine | Høg
        | Uautorisert tilgang hos databehandlar | Låg | Høg | Kryptering, logg, revisjon | Låg

        Tiltak vurdert, men ikkje gjennomført: samtykke frå alle før utrekning – ville gjort
        at dei mest isolerte fall utanfor.
        """
    msg = message(
        "g045",
        "Knut Rysstad <knut.rysstad@heiane.kommune.no>",
        "Førehandsdrøfting - prediksjon heimetenester",
        when(11, 12, 10, 37),
        body,
        attachments=[
            ("Førehandsdrøfting prediksjon heimetenester.odt", to_odt(odt)),
            ("Risikovurdering.pdf", to_pdf(risk)),
        ],
    )
    return msg, Label(
        "nn",
        (
            "odt",
            "contact_table_odt_rows",
            "headings_nynorsk",
            "risk_table_pdf",
            "dpo_intermunicipal",
            "part5_short_paragraph",
            "processor_contact_table",
        ),
        "none",
        True,
        "used",
        "complete; nynorsk municipality prediction model; ODT with contact rows, risk PDF",
    )


def g046() -> Case:
    """Tax-like agency, data-sharing for debt collection; the 'management' scan is about budget."""
    body = txt("""
        Hei!

        Jeg er ny som konsulent i dokumentsenteret og har fått i oppgave å sende dette til dere.
        Håper det er riktig adresse – si ifra hvis noe mangler.

        Det gjelder at Statens innkrevingsdirektorat ber om forhåndsdrøftelse av ny løsning
        for automatisk innhenting av kontoopplysninger fra banker ved tvangsinnkreving.

        Kontaktperson for saken er Mari Kleven, seniorrådgiver, 75 14 80 22,
        mari.kleven@innkreving.no. Personvernombud er Tor Egil Dahl, 75 14 80 00,
        personvernombud@innkreving.no.

        Vedlagt er DPIA-en og protokollen fra ledermøtet (skannet, fikk den fra sekretariatet).

        Mvh
        Jonas Eriksen
        konsulent, dokumentsenteret
        Statens innkrevingsdirektorat
        """)
    dpia = """
        # DPIA – automatisk innhenting av kontoopplysninger

        ## Beskrivelse

        Ved tvangsinnkreving av statlige krav (om lag 240 000 skyldnere) skal direktoratet
        automatisk hente saldo og transaksjoner siste 3 måneder fra skyldnerens banker via
        Finans Norges kontoopplysningsløsning, for å vurdere utleggstrekk. Opplysningene lagres
        i saken i 5 år.

        ## Nødvendighet og forholdsmessighet

        Hjemmel i skatteforvaltningsloven og bidragsinnkrevingsloven. Bare saldo og
        transaksjoner hentes, ikke motpart for kortkjøp. Skyldner varsles før innhenting.

        ## Risikovurdering

        | Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
        | Transaksjoner avslører helse, religion, politikk | Høy | Høy | Motpart maskeres
          | Middels
        | Trekk gjøres i midler til livsopphold | Middels | Høy | Manuell kontroll av
          livsoppholdsbeløp | Middels
        | Innhenting hos feil person (navnelikhet) | Lav | Høy | Fødselsnummer, kontroll | Lav
        """
    scan = [
        "STATENS INNKREVINGSDIREKTORAT\n\nProtokoll – ledermøte 3. november 2026\n\n"
        "Sak 1/26-11 Budsjett 2027: Direktøren orienterte om foreløpig tildelingsbrev. "
        "Ledergruppen ba avdelingene levere innsparingsforslag innen 20. november.\n\n"
        "Sak 2/26-11 Sykefravær 3. kvartal: 5,1 %, ned fra 5,8 %. Tatt til orientering.\n\n"
        "Sak 3/26-11 Kontorlokaler Mo i Rana: Leiekontrakt forlenges til 2031.\n\n"
        "Eventuelt: Julebord 11. desember.\n\n(sign.) Direktør"
    ]
    msg = message(
        "g046",
        "Jonas Eriksen <jonas.eriksen@innkreving.no>",
        "Forhåndsdrøftelse - automatisk innhenting av kontoopplysninger",
        when(11, 19, 9, 2),
        body,
        attachments=[
            ("DPIA kontoopplysninger.docx", to_docx(dpia)),
            ("Protokoll ledermote 2026-11-03 skannet.pdf", scan_pdf(scan)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "contact_prose",
            "processor_unspecified",
            "junior_clerk",
            "dpia_report_docx",
            "risk_table_docx",
            "scanned_minutes_pdf",
            "wrong_file_part5",
        ),
        "none",
        True,
        "unspecified",
        "debt collection; scanned 'management minutes' are about budget and sick leave",
        missing=(5,),
    )


def g047() -> Case:
    """Research institute, multi-country sleep-apnoea AI study; one DOCX per part (English)."""
    body = txt("""
        Dear colleagues at Datatilsynet,

        On behalf of the Nordic Institute for Sleep Research (NISR), I submit a request for prior
        consultation for the project SNOREAI, in which home sleep recordings are used to develop
        an AI model for sleep-apnoea screening.

        The five attachments correspond to the five points in your guidance.

        Best regards,
        Dr. Ingeborg Hatle
        Principal investigator, NISR
        """)
    contacts = """
        # 1 Contact details

        | Controller | Nordic Institute for Sleep Research, Forskningsparken, 0349 Oslo
        | Contact person | Dr. Ingeborg Hatle, +47 22 84 15 60, ingeborg.hatle@nisr.no
        | Data protection officer | Kaja Brun, +47 22 84 15 00, dpo@nisr.no
        | Processor | Somnio Cloud Oy (Helsinki): Mikko Virtanen, +358 9 4242 8810,
          mikko.virtanen@somnio.fi
        """
    desc = """
        # 2 Systematic description

        4 000 adults referred for suspected sleep apnoea in Norway, Sweden and Finland record
        one night at home with a finger sensor and a smartphone microphone. Audio (breathing
        and snoring), oxygen saturation, pulse and movement are uploaded to Somnio Cloud Oy
        (processor) in Helsinki. Recordings are linked to diagnosis and treatment data from
        hospital records. The institute develops the model on pseudonymised data. Audio is
        kept until the end of the project (2030) and then deleted; derived features are kept
        for 10 years for verification. Legal basis: Art. 6(1)(e) and 9(2)(j), Health Research
        Act; approved by the ethics committees in all three countries.
        """
    necessity = """
        # 3 Necessity and proportionality

        Sleep apnoea is under-diagnosed and waiting lists for polysomnography exceed a year.
        Raw audio is necessary because the acoustic features that predict apnoea cannot be
        computed reliably on the phone today. Speech is filtered out on the phone before upload
        (voice activity detection), and participants are asked to sleep alone. Participation
        is voluntary with written consent; withdrawal leads to deletion. Participants can see
        their own results.
        """
    risks = """
        # 4 Risk assessment

        | Risk | Likelihood | Impact | Measures | Residual risk
        | Conversations of participant or partner recorded | Medium | High | Speech filter,
          instructions | Medium
        | Re-identification from audio | Low | High | Pseudonymisation, restricted access
          | Low
        | Incidental findings (e.g. arrhythmia) not followed up | Medium | High | Clinical
          review of flagged recordings | Medium
        | Cross-border access by processor staff | Low | Medium | EU processor, audit | Low
        """
    approval = """
        # 5 Management validation

        The institute's board reviewed the DPIA on 30 September and 4 November 2026. The PI
        presented the findings; the views of the patient organisation (LHL), the partner
        hospitals and the DPO were summarised. The board approved the DPIA on 4 November and
        decided to request prior consultation with Datatilsynet.

        Signed: Prof. Halvor Brekke, chair of the board
        """
    msg = message(
        "g047",
        "Ingeborg Hatle <ingeborg.hatle@nisr.no>",
        "Request for prior consultation - SNOREAI",
        when(11, 5, 16, 9),
        body,
        attachments=[
            ("1_contact_details.docx", to_docx(contacts)),
            ("2_description.docx", to_docx(desc)),
            ("3_necessity_proportionality.docx", to_docx(necessity)),
            ("4_risk_assessment.docx", to_docx(risks)),
            ("5_management_validation.docx", to_docx(approval)),
        ],
    )
    return msg, Label(
        "en",
        (
            "file_per_part",
            "docx",
            "contact_table_docx_2col",
            "intl_phone",
            "processor_foreign",
            "risk_table_docx",
            "headings_num",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; sleep-apnoea research; five English DOCX files, one per part",
    )


def g048() -> Case:
    """Status enquiry about an earlier request."""
    body = txt("""
        Hei,

        Vi sendte anmodning om forhåndsdrøftelse for «Digital hjemmeoppfølging av KOLS» 2.
        oktober 2026 (deres ref. 26/03377). Vi har ikke hørt noe siden kvitteringen. Kan dere
        si noe om når vi kan forvente svar? Prosjektet har oppstart 1. februar.

        Vennlig hilsen
        Torunn Mo
        prosjektleder, Helgeland sykehus HF
        tlf. 75 12 50 88
        """)
    msg = message(
        "g048",
        "Torunn Mo <torunn.mo@helgeland-hf.no>",
        "Status - forhåndsdrøftelse ref. 26/03377",
        when(12, 3, 10, 22),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_status_enquiry", "all_in_body", "very_short"),
        "pgp_mime",
        False,
        "unspecified",
        "status enquiry about an earlier request (case reference given); not a new request",
    )


def g049() -> Case:
    """Ski federation, athlete tracking; the contact person has no e-mail address given."""
    body = txt("""
        Hei

        Norsk Skiskytterforbund vil bruke GPS-vest med pulssensor på alle utøvere i
        rekrutteringslandslaget (17-21 år) på trening og samling, og ber derfor om
        forhåndsdrøftelse. Vedlagt er DPIA.

        Kontaktperson er sportssjef Eivind Brenna, mobil 977 31 205.
        Personvernombud er Hanne Saltnes, tlf. 21 02 95 00, hanne.saltnes@idrettsforbundet.no
        (forbundet bruker Norges idrettsforbunds personvernombud).
        Databehandler er Trackfit Nordic AS, v/ Bjørn Skaar, tlf. 73 10 44 60,
        bjorn.skaar@trackfit.no.

        Hilsen
        Sekretariatet, Norsk Skiskytterforbund
        post@skiskyting.no
        """)
    dpia = """
        # DPIA – GPS- og pulsmåling av unge utøvere

        ## 1. Beskrivelse

        26 utøvere bærer vest med GPS og pulsbelte på alle treningsøkter i regi av forbundet.
        Data lastes opp til Trackfit Nordic AS sin plattform og vises for trenere og
        fysiologer. Lagring i sesongen pluss 1 år. Utøverne ser egne data i appen.

        ## 2. Nødvendighet og proporsjonalitet

        Belastningsstyring er nødvendig for å forebygge overtrening hos unge utøvere. Bare
        økter i forbundets regi; vesten tas av utenom trening. Pulsdata vises ikke for
        uttaksansvarlig før samtykke til det. Utøverne har vært med på utformingen.

        ## 3. Risikovurdering

        | Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
        | Data påvirker uttak uten at utøveren vet det | Middels | Høy | Skille mellom
          helsedata og uttak | Middels
        | Presset samtykke | Høy | Middels | Anonym tilbakemeldingskanal | Middels
        | Lokasjon utenfor trening | Lav | Middels | Vest registrerer bare under økt | Lav

        ## 4. Styrets behandling

        Forbundsstyret behandlet DPIA-en 17. oktober og 14. november 2026, med innspill fra
        utøverrådet, foreldrerepresentanter og personvernombudet. Vedtak 14. november: DPIA
        godkjennes og det bes om forhåndsdrøftelse.
        """
    msg = message(
        "g049",
        "Norsk Skiskytterforbund <post@skiskyting.no>",
        "Forhåndsdrøftelse GPS-vest rekrutteringslandslaget",
        when(11, 21, 11, 58),
        body,
        attachments=[("DPIA GPS-vest.pdf", to_pdf(dpia))],
    )
    return msg, Label(
        "nb",
        (
            "contact_prose",
            "role_mailbox",
            "processor_contact_body",
            "dpia_report_pdf",
            "headings_num",
            "p1_contact_no_email",
            "part5_in_dpia",
        ),
        "none",
        True,
        "used",
        "ski federation GPS vests; contact person given with phone only (no e-mail)",
        missing=(1,),
    )


def g050() -> Case:
    """University college wifi attendance tracking; multipart/alternative, HTML contact table."""
    text = """
        Kjære Datatilsynet / Dear Datatilsynet,

        Høgskulen på Kysten (HK) ber om forhåndsdrøftelse for automatisk registrering av
        oppmøte via campus-wifi i obligatoriske emner. (English summary below each section.)

        # Kontaktinformasjon / Contacts

        | Rolle / Role | Navn / Name | Telefon / Phone | E-post / E-mail
        | Kontaktperson | Petra Lindahl, studiedirektør | +47 53 49 10 20 | petra.lindahl@hk.no
        | Personvernombud / DPO | Gunnar Skei | +47 53 49 10 00 | personvernombud@hk.no
        | Databehandler / Processor | Campusnett AS, Lise Våge | +47 55 11 90 30
          | lise.vage@campusnett.no

        # Beskrivelse / Description

        Når en student kobler seg til eduroam i et undervisningsrom, registreres tidspunkt og
        tilgangspunkt. Systemet fra Campusnett AS kobler dette mot timeplanen og markerer
        studenten som til stede. Omfatter ca. 3 200 studenter i emner med krav om 80 % oppmøte.
        Data lagres til emnet er avsluttet og sensur er endelig.
        English: Wifi connections in teaching rooms are matched with the timetable to register
        attendance in courses with mandatory attendance.

        # Nødvendighet og proporsjonalitet / Necessity and proportionality

        Manuell opprop tar tid og gir feil. Bare tilgangspunkter i undervisningsrom brukes, og
        bare i timeplanlagt tid; bevegelser ellers på campus registreres ikke. Studenter kan
        velge manuell registrering hos faglærer. Informasjon i studiehåndboken og ved
        semesterstart.
        English: Only classroom access points during scheduled hours are used; students may
        opt for manual registration instead.

        # Risikovurdering / Risk assessment

        - Studenter uten egen telefon/PC registreres som fraværende – middels/høy; tiltak:
          manuell registrering; restrisiko lav.
        - Data brukes til å kartlegge studenters bevegelser – lav/høy; tiltak: teknisk
          avgrensning, logg; restrisiko middels.
        - Studenter logger inn for andre (deling av enhet) – høy/lav; tiltak: stikkprøver;
          restrisiko middels.
        - Følelse av overvåking, nedkjølingseffekt – middels/middels; tiltak: åpenhet,
          studentdemokratiet med i evaluering; restrisiko høy.

        # Ledelsens validering / Management validation

        Rektoratet behandlet DPIA-en 1. oktober og 12. november 2026. Studentparlamentet,
        tillitsvalgte og personvernombudet ga innspill, som ble lagt fram. Rektor vedtok 12.
        november å godkjenne DPIA-en og be om forhåndsdrøftelse.

        Med vennlig hilsen / Kind regards
        Petra Lindahl
        """
    plain = txt("""
        Kjære Datatilsynet / Dear Datatilsynet,

        Høgskulen på Kysten ber om forhåndsdrøftelse for registrering av oppmøte via wifi. Se
        HTML-versjonen av denne e-posten for hele anmodningen med tabeller.

        Petra Lindahl
        """)
    msg = message(
        "g050",
        "Petra Lindahl <petra.lindahl@hk.no>",
        "Forhåndsdrøftelse / prior consultation: oppmøte via wifi",
        when(11, 18, 13, 14),
        plain,
        html=to_html(text),
    )
    return msg, Label(
        "nb",
        (
            "multipart_alternative",
            "html_table_body",
            "mixed_language",
            "intl_phone",
            "risk_bullets",
            "part5_short_paragraph",
            "processor_contact_table",
        ),
        "none",
        True,
        "used",
        "complete; wifi attendance; full request only in the HTML alternative, text part a stub",
    )


def g051() -> Case:
    """Nynorsk municipality, welfare technology camera; DPIA still in progress."""
    body = txt("""
        Til Datatilsynet

        Fjordbygd kommune ønskjer førehandsdrøfting for kameratilsyn om natta i bufellesskap
        for personar med utviklingshemming.

        Kontaktperson: Eli Tungesvik, einingsleiar, tlf. 53 48 20 51,
        eli.tungesvik@fjordbygd.kommune.no
        Personvernombod: Torstein Hauge, tlf. 53 48 20 00, personvernombod@fjordbygd.kommune.no
        Databehandlar: Tryggheim AS, Bjørg Teigland, tlf. 55 20 71 10, bjorg@tryggheim.no

        Skildring: I eitt bufellesskap med seks bebuarar skal det monterast kamera på
        soveromma. Kameraet viser berre eit grått omriss (ikkje bilete) til nattevakta ved
        rørsle, og opnar for bilete i 30 sekund ved fall-alarm. Ingen opptak. Løysinga vert
        levert og drifta av Tryggheim AS. Vedtak om tiltaket vert gjort etter helse- og
        omsorgstenestelova kapittel 9.

        Vurderinga av naudsyn og proporsjonalitet og risikovurderinga er framleis under arbeid
        i DPIA-en. Vi sender dei når DPIA-en er ferdig.

        Kommunedirektøren har gjeve klarsignal til å melde saka: leiargruppa handsama
        prosjektet 21. oktober og 18. november, fekk lagt fram innspel frå pårørande,
        Statsforvaltaren og personvernombodet, og vedtok å be om førehandsdrøfting.

        Med helsing
        Eli Tungesvik
        """)
    msg = message(
        "g051",
        "Eli Tungesvik <eli.tungesvik@fjordbygd.kommune.no>",
        "Førehandsdrøfting - kameratilsyn i bufellesskap",
        when(11, 20, 15, 30),
        body,
    )
    return msg, Label(
        "nn",
        (
            "all_in_body",
            "contact_label_value",
            "processor_contact_body",
            "part3_will_follow",
            "part4_will_follow",
            "part5_project_not_dpia",
        ),
        "none",
        True,
        "used",
        "nynorsk night camera; necessity and risk 'under arbeid'; the DPIA itself not validated",
        missing=(3, 4, 5),
    )


def g052() -> Case:
    """Vendor marketing for a DPIA tool and a webinar; not a request."""
    text = """
        # Slipp manuelle DPIA-er – webinar 14. januar

        Hei!

        Vet du hva Datatilsynet krever i en anmodning om forhåndsdrøftelse? Kontaktopplysninger,
        systematisk beskrivelse, nødvendighet og proporsjonalitet, risikovurdering – og
        ledelsens validering. Med PrivacyPilot genererer du alt dette på minutter.

        Bli med på gratis webinar 14. januar kl. 10.00, der vi viser hvordan en kommune sparte
        120 timer på sin siste DPIA.

        - Ferdige maler for forhåndsdrøftelse
        - Automatisk risikomatrise
        - Digital signering av ledelsens godkjenning

        Meld deg på her. Hilsen teamet i PrivacyPilot AS
        """
    msg = message(
        "g052",
        "PrivacyPilot <hei@privacypilot.no>",
        "Forhåndsdrøftelse på 10 minutter? Webinar 14. januar",
        when(12, 1, 9, 30),
        html=to_html(text, "PrivacyPilot"),
        headers={"List-Unsubscribe": "<https://privacypilot.no/avmeld>"},
    )
    return msg, Label(
        "nb",
        ("nonrequest_marketing", "html_only_body"),
        "none",
        False,
        "unspecified",
        "vendor marketing listing the five parts; not a request",
    )


def g053() -> Case:
    """Fintech BNPL affordability model; English mail, XLSX risk, board minutes PDF."""
    body = txt("""
        Dear Sir/Madam,

        Request for prior consultation – Paylo AS, real-time affordability scoring

        Paylo AS offers "buy now, pay later" in 1 900 Norwegian web shops. We plan to replace
        our rule-based checks with a machine-learning affordability score computed at checkout,
        using the customer's repayment history with us, data from the debt registers
        (Gjeldsregisteret) and, where the customer consents, account data via open banking.

        Contact details:
        Contact person – Oskar Vik, Head of Risk, (+47) 22-33-44-55, oskar.vik@paylo.no
        DPO – Marthe Sunde, (+47) 22-33-44-00, dpo@paylo.no
        Processor – ModelOps Nordic AS (model hosting), contact Henrik Lie,
        (+47) 21-60-30-90, henrik.lie@modelops.no

        Description: Each checkout request (about 3.5 million per year, 600 000 customers)
        sends the score model the customer's ID, the amount, the shop category and the data
        listed above. The model returns approve/decline within 300 ms. Declines are explained
        on screen with the main reason. Data is stored for 5 years (Anti-Money Laundering Act
        and Financial Contracts Act). The model runs at ModelOps Nordic AS in Oslo.

        Necessity and proportionality: The Financial Contracts Act requires a creditworthiness
        assessment before credit is granted. Automated decisions are necessary for real-time
        checkout, and rely on Article 22(2)(a). Shop category is coarse (12 groups); we do not
        use the items purchased. Customers can ask for manual review of a decline within 14
        days, and can always pay by card instead. Open-banking data is only used with separate
        consent.

        The risk assessment is in the attached spreadsheet, and the board minutes are attached.

        Sincerely,
        Oskar Vik
        """)
    risk = {
        "Risk register": [
            ["#", "Risk to data subjects", "Likelihood", "Severity", "Mitigation", "Residual"],
            [
                "1",
                "Young customers over-indebted despite score",
                "Medium",
                "High",
                "Lower limits under 23, cooling-off",
                "High",
            ],
            [
                "2",
                "Discrimination via shop category proxies",
                "Medium",
                "Medium",
                "Fairness monitoring monthly",
                "Medium",
            ],
            [
                "3",
                "Automated decline without recourse",
                "Medium",
                "High",
                "Manual review, explanation",
                "Low",
            ],
            [
                "4",
                "Account data reveals sensitive categories",
                "Low",
                "High",
                "Only aggregates retained",
                "Low",
            ],
        ],
        "Not implemented": [
            ["Measure", "Reason"],
            ["Manual check of all declines", "Not feasible in real time"],
        ],
    }
    minutes = """
        # Paylo AS – Minutes of the board meeting, 27 October 2026

        Present: all board members; CEO and Head of Risk; DPO for item 5.

        ## Item 5/26 Affordability model – DPIA (second reading; first reading 22 September)

        The Head of Risk summarised the DPIA findings and residual risks. Feedback from the
        consumer panel, Forbrukerrådet (meeting 6 October) and the DPO was presented.

        Resolution: The board approves the DPIA and instructs management to request prior
        consultation with Datatilsynet before the model goes live.
        """
    msg = message(
        "g053",
        "Oskar Vik <oskar.vik@paylo.no>",
        "Request for prior consultation - affordability scoring",
        when(11, 9, 12, 3),
        body,
        attachments=[
            ("Paylo risk register.xlsx", to_xlsx(risk)),
            ("Board minutes 2026-10-27.pdf", to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "en",
        (
            "contact_label_value",
            "intl_phone",
            "processor_contact_body",
            "headings_inline",
            "xlsx_risk_matrix",
            "minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete; BNPL scoring; English body, XLSX risk register, board minutes PDF",
    )


def g054() -> Case:
    """University research on social media; no description, points to the website (English)."""
    body = txt("""
        Dear Datatilsynet,

        The Centre for Digital Democracy at the University of Vestby requests prior
        consultation for the project "Polarised Feeds", which collects public and semi-public
        posts from Norwegian social media users.

        1. Contacts
        Contact person: Associate Professor Tobias Holm, +47 55 58 33 12, tobias.holm@uvestby.no
        DPO: Silje Aga, +47 55 58 20 00, personvernombud@uvestby.no

        2. Description
        Please see our project website (polarisedfeeds.uvestby.no) for a full description of the
        project, its aims and its data.

        3. Necessity and proportionality
        The research questions about political polarisation cannot be answered without
        observing real behaviour; surveys are biased. We only collect posts on political topics,
        pseudonymise authors at collection and publish only aggregated results. Consent is
        impracticable; an opt-out is offered through the website.

        4. Risks
        - Inference of political opinions (special category): high/high; pseudonymisation,
          access control; residual high.
        - Re-identification via quoted text: medium/high; no verbatim quotes in publications;
          residual medium.
        - Users unaware of the research: high/medium; website, media outreach; residual medium.

        5. Management
        The faculty management reviewed the DPIA on 8 October and 5 November and approved it
        after hearing the ethics board, a user panel and the DPO; they decided to request prior
        consultation.

        Kind regards,
        Tobias Holm
        """)
    msg = message(
        "g054",
        "Tobias Holm <tobias.holm@uvestby.no>",
        "Request for prior consultation - Polarised Feeds",
        when(11, 27, 16, 17),
        body,
    )
    return msg, Label(
        "en",
        (
            "all_in_body",
            "headings_num",
            "processor_unspecified",
            "part2_absent",
            "risk_bullets",
            "part5_short_paragraph",
        ),
        "pgp_mime",
        True,
        "unspecified",
        "social media research; part 2 only 'see our project website': description missing",
        missing=(2,),
    )


def g055() -> Case:
    """Notification of a newly appointed data protection officer; not a request."""
    body = txt("""
        Melding om personvernombud

        Virksomhet: Nordlys Barnehager AS, org.nr. 915 002 847
        Nytt personvernombud fra 1. januar 2027: Simen Ask, Ask Personvern ENK
        Telefon: 480 12 330
        E-post: simen@askpersonvern.no

        Tidligere ombud (Randi Holm) fratrer 31. desember 2026.

        Vi ba om forhåndsdrøftelse for foreldreappen vår i vår, og ber om at korrespondanse i
        den saken fra nå av går til nytt ombud.

        Hilsen
        Linda Berg, daglig leder
        """)
    msg = message(
        "g055",
        "Linda Berg <linda.berg@nordlysbarnehager.no>",
        "Melding om nytt personvernombud",
        when(12, 2, 13, 40),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_dpo_notification", "all_in_body", "contact_label_value"),
        "none",
        False,
        "unspecified",
        "notification of a new DPO mentioning an earlier prior consultation; not a request",
    )


def g056() -> Case:
    """Hospital trust, polygenic risk scores in breast screening; everything in one RTF."""
    body = txt("""
        Hei,

        Vi bistår Helse Vestkysten HF med personvern i screeningprosjektet og oversender på
        vegne av helseforetaket anmodning om forhåndsdrøftelse (RTF-dokument). Spørsmål om
        innholdet kan rettes til kontaktpersonen i helseforetaket, se dokumentet.

        Med vennlig hilsen
        Ylva Grønli
        seniorkonsulent, Kvalitetsrådet Personvern AS
        tlf. 906 55 471
        """)
    rtf = """
        # Helse Vestkysten HF – Anmodning om forhåndsdrøftelse

        Tiltak: Risikobasert mammografiscreening med polygenisk risikoskåre (pilot)

        ## Kontaktopplysninger

        Kontaktperson: Anders Solberg, forskningsrådgiver, tlf. 55 97 30 14,
        anders.solberg@vestkysten-hf.no. Personvernombud: Hilde Bjørnstad, tlf. 55 97 30 00,
        personvernombudet@vestkysten-hf.no. Databehandler: Genomix Lab AS (genotyping),
        kontaktperson Kamilla Rød, tlf. 22 11 84 70, kamilla.rod@genomixlab.no.

        ## Systematisk beskrivelse

        10 000 kvinner 45-50 år inviteres til å avgi spyttprøve. Genomix Lab AS genotyper 313
        varianter og beregner en polygenisk risikoskåre, som kombineres med alder, tetthet i
        brystvev og familiehistorie. Kvinner med høy samlet risiko tilbys årlig mammografi,
        lav risiko hvert tredje år. Data lagres i screeningregisteret i 10 år.

        ## Nødvendighet og proporsjonalitet

        Dagens screening er lik for alle. Risikobasert screening kan oppdage flere krefttilfeller
        tidlig og gi færre unødige undersøkelser. Bare de 313 variantene analyseres; ingen
        helgenom. Deltakelse er frivillig, med skriftlig samtykke og genetisk veiledning ved høy
        risiko. Kvinnene kan trekke seg og få prøven destruert.

        ## Risikovurdering

        Risiko: genetisk informasjon om slektninger avsløres (middels/høy) – tiltak: veiledning,
        ingen resultater til slektninger; restrisiko middels. Risiko: kvinner med lav skåre får
        falsk trygghet (middels/høy) – tiltak: tydelig informasjon, symptomer skal alltid
        undersøkes; restrisiko høy. Risiko: forsikringsselskaper ber om resultater (lav/høy) –
        tiltak: forsikringsavtaleloven forbyr det, informasjon; restrisiko lav. Risiko:
        datalekkasje fra laboratoriet (lav/høy) – tiltak: kryptering, pseudonymisering;
        restrisiko lav.

        ## Ledelsens validering

        Direktørmøtet i Helse Vestkysten HF godkjente DPIA-en 16. november 2026, etter
        behandling også 19. oktober. Funn og restrisiko ble lagt fram sammen med innspill fra
        Brystkreftforeningen, Kreftregisteret og personvernombudet. Direktøren besluttet å be om
        forhåndsdrøftelse.
        """
    msg = message(
        "g056",
        "Ylva Grønli <ylva.gronli@kvalitetsradet.no>",
        "Anmodning om forhåndsdrøftelse - risikobasert mammografiscreening",
        when(11, 30, 10, 55),
        body,
        attachments=[("Anmodning forhåndsdrøftelse.rtf", to_rtf(rtf))],
    )
    return msg, Label(
        "nb",
        (
            "one_rtf",
            "consultant_on_behalf",
            "contact_prose",
            "processor_contact_body",
            "headings_plain",
            "risk_prose",
            "part5_short_paragraph",
        ),
        "none",
        True,
        "used",
        "complete; polygenic breast screening; everything in one RTF with risks as prose",
    )


def g057() -> Case:
    """Upper-secondary school, bag and locker searches with sniffer-dog logs; no part 5."""
    body = txt("""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – registrering av funn ved narkotikahund-søk på
        Bjørkeli videregående skole

        Kontakt:
        Rektor Tor Inge Valle, 33 02 44 10, tor.inge.valle@bjorkeli.vgs.no
        Personvernombud (fylkeskommunen): Linda Hovde, 33 02 40 00, personvernombud@vfk-sor.no

        Beskrivelse av behandlingen: Skolen samarbeider med politiet om søk med narkotikahund
        i fellesarealer fire ganger i året. Når hunden markerer på en elevs sekk eller skap,
        registrerer skolen elevens navn, klasse, tidspunkt og om det ble gjort funn. Registeret
        brukes til oppfølging (samtale med elev og foresatte, henvisning til helsesykepleier).
        Ca. 850 elever. Opplysningene slettes etter 12 måneder.

        Nødvendighet og forholdsmessighet: Rusbruk blant elever har økt, og skolen har plikt
        til å følge opp elever som trenger hjelp. Registeret har bare de opplysningene som
        trengs for oppfølging, deles ikke med politiet med mindre det gjøres funn av narkotika,
        og elever og foresatte informeres ved skolestart.

        Risikovurdering: Elever stigmatiseres ved markering uten funn (høy/middels; tiltak: ikke
        registrering ved markering uten funn etter andre gangs kontroll; restrisiko middels).
        Registeret havner hos politiet uten grunnlag (lav/høy; tiltak: rutine; restrisiko lav).
        Nedkjølingseffekt og mistillit til skolen (middels/høy; tiltak: elevrådet med i
        evaluering; restrisiko høy).

        Med vennlig hilsen
        Tor Inge Valle
        rektor
        """)
    msg = message(
        "g057",
        "Tor Inge Valle <tor.inge.valle@bjorkeli.vgs.no>",
        "Anmodning om forhåndsdrøftelse - registrering ved hundesøk",
        when(11, 24, 8, 44),
        body,
    )
    return msg, Label(
        "nb",
        (
            "all_in_body",
            "headings_inline",
            "contact_label_value",
            "processor_unspecified",
            "part5_absent",
            "risk_prose",
        ),
        "none",
        True,
        "unspecified",
        "school sniffer-dog register; parts 1-4 in body, management validation never mentioned",
        missing=(5,),
    )


def g058() -> Case:
    """A supplier's invoice; not a request."""
    body = txt("""
        Hei,

        Vedlagt faktura 2026-1187 for oversettelse av veiledning om forhåndsdrøftelser til
        nordsamisk og lulesamisk, levert 20. november. Betalingsfrist 30 dager.

        Med vennlig hilsen
        Máret Oskal
        Giella Oversettelser AS
        """)
    invoice = """
        # FAKTURA 2026-1187

        Giella Oversettelser AS, org.nr. 923 441 870, Kautokeino

        Til: Datatilsynet, Postboks 458 Sentrum, 0105 Oslo. Deres ref.: 26/02918

        | Beskrivelse | Antall | Pris | Sum
        | Oversettelse nordsamisk, veiledning forhåndsdrøftelser | 3 400 ord | 1,90 | 6 460,00
        | Oversettelse lulesamisk, samme | 3 400 ord | 2,10 | 7 140,00
        | Mva 25 % | | | 3 400,00
        | Å betale | | | 17 000,00

        Forfall: 4. januar 2027. Kontonummer 1503.22.71456.
        """
    msg = message(
        "g058",
        "Máret Oskal <faktura@giella-oversettelser.no>",
        "Faktura 2026-1187",
        when(12, 4, 11, 20),
        body,
        attachments=[("Faktura 2026-1187.pdf", to_pdf(invoice))],
    )
    return msg, Label(
        "nb",
        ("nonrequest_invoice", "pdf"),
        "none",
        False,
        "unspecified",
        "invoice for translating the prior-consultation guidance; not a request",
    )


def g059() -> Case:
    """Municipality, AI chatbot for social services; question headings; scanned approval PDF."""
    body = txt("""
        Til Datatilsynet

        Kystbyen kommune ber om forhåndsdrøftelse for en KI-chatbot som skal svare innbyggere
        på spørsmål om økonomisk sosialhjelp og hjelpe dem med å fylle ut søknaden.

        Vedlagt er DPIA (Word) og skannet, signert godkjenning fra kommunedirektøren.

        Kontaktinformasjon finnes i DPIA-en, punkt «Hvem er involvert?».

        Vennlig hilsen
        Sara Nilsen
        digitaliseringsrådgiver
        Kystbyen kommune
        """)
    dpia = """
        # DPIA: KI-chatbot for sosialhjelp

        ## Hvem er involvert?

        ~ Behandlingsansvarlig: Kystbyen kommune v/ NAV-kontoret (kommunal del)
        ~ Kontaktperson: Sara Nilsen, (+47) 38-10-22-45, sara.nilsen@kystbyen.kommune.no
        ~ Personvernombud: Finn Ove Sandvik, (+47) 38-10-20-00, personvernombud@kystbyen.kommune.no
        ~ Databehandler: Dialogix AS, Marte Engen, (+47) 21-55-70-30, marte.engen@dialogix.no

        ## Hva skal vi gjøre, og hvordan?

        Chatboten på kommunens nettside svarer på spørsmål og guider innbyggeren gjennom
        søknad om økonomisk sosialhjelp. Innbyggeren logger inn med ID-porten når søknaden
        skal fylles ut. Chatboten behandler navn, fødselsnummer, inntekt, boutgifter,
        familieforhold og fritekst der mange forteller om helse, rus og gjeld. Samtalelogg lagres 30
        dager; søknaden overføres til fagsystemet. Språkmodellen driftes av Dialogix AS i
        Norge. Om lag 2 500 søkere i året.

        ## Hvorfor trenger vi dette, og er det forholdsmessig?

        Telefonkøen er lang, og mange søknader er mangelfulle. Chatboten er et tilbud, ikke et
        krav – skranke og telefon beholdes. Chatboten tar ingen beslutninger og gir ikke
        råd om rettigheter utover generell informasjon. Fritekst filtreres for unødvendige
        opplysninger før lagring. Brukerne informeres før samtalen starter.

        ## Hva kan skje med de registrerte?

        | Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
        | Chatboten gir feil informasjon og søker avstår fra å søke | Middels | Høy
          | Faste svar på regelspørsmål, lenke til veileder | Middels
        | Sensitiv fritekst lagres og spres | Middels | Høy | Filtrering, 30 dagers logg
          | Middels
        | Sårbare brukere forstår ikke at de snakker med en maskin | Middels | Middels
          | Tydelig merking | Lav
        | Språkmodellen trenes på samtalene | Lav | Høy | Avtaleforbud | Lav

        Vurdert, ikke gjennomført: menneskelig kontroll av hver samtale (ikke kapasitet).
        """
    scan = [
        "KYSTBYEN KOMMUNE\nKommunedirektøren\n\nGODKJENNING AV DPIA – KI-CHATBOT FOR "
        "SOSIALHJELP\n\nSaken er behandlet i kommunedirektørens ledergruppe 7. oktober og 11. "
        "november 2026. Ledergruppen fikk presentert risikovurderingen og restrisiko, og "
        "innspill fra brukerrådet, NAV-kontorets ansatte, tillitsvalgte og personvernombudet."
        "\n\nBeslutning: DPIA-en godkjennes. Kommunen ber om forhåndsdrøftelse hos Datatilsynet "
        "før chatboten tas i bruk.\n\nKystbyen, 11. november 2026\n\n"
        "Ellen Marie Våge\nkommunedirektør"
    ]
    msg = message(
        "g059",
        "Sara Nilsen <sara.nilsen@kystbyen.kommune.no>",
        "Forhåndsdrøftelse KI-chatbot sosialhjelp",
        when(11, 16, 11, 11),
        body,
        attachments=[
            ("DPIA KI-chatbot.docx", to_docx(dpia)),
            ("Godkjenning DPIA signert.pdf", scan_pdf(scan)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "dpia_report_docx",
            "headings_question",
            "contact_label_value",
            "intl_phone",
            "risk_table_docx",
            "scanned_minutes_pdf",
            "processor_contact_body",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; municipal AI chatbot; contacts under 'Hvem er involvert?', scanned approval",
    )


def g060() -> Case:
    """The controller withdraws an earlier request; not a request."""
    body = txt("""
        Til Datatilsynet

        Deres ref. 26/03102 – anmodning om forhåndsdrøftelse, ansiktsgjenkjenning i
        Ringbo Borettslag

        Generalforsamlingen i Ringbo Borettslag vedtok 1. desember å ikke innføre
        ansiktsgjenkjenning likevel. Vi trekker derfor anmodningen om forhåndsdrøftelse, og ber
        om at saken avsluttes.

        Takk for hjelpen så langt.

        Vennlig hilsen
        Mona Sæther
        styreleder, Ringbo Borettslag
        tlf. 909 21 006
        """)
    msg = message(
        "g060",
        "Mona Sæther <mona.saether@ringbo.no>",
        "Trekker anmodning om forhåndsdrøftelse - ref. 26/03102",
        when(12, 3, 12, 6),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_withdrawal", "all_in_body", "very_short"),
        "none",
        False,
        "unspecified",
        "housing cooperative withdraws an earlier request; not a new request",
    )
