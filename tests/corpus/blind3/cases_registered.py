"""Complete requests (outcome: registered). Each case is written by hand; no shared paragraph skeleton."""

# ruff: noqa: E501, C901

from __future__ import annotations

from render import docx, message, odt, pdf, scan_jpeg, scan_pdf, slides_pdf, vcard, xlsx, zip_of

ALL = {1: "present", 2: "present", 3: "present", 4: "present", 5: "present"}
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ------------------------------------------------------------------ port, ANPR at the gate


@case
def port_anpr():
    dpia = pdf(
        [
            ("h1", "Personvernkonsekvensvurdering – Automatisk porttilgang Bergstad Havn"),
            (
                "p",
                "Versjon 1.3, 21.10.2026. Utarbeidet av havnesjefens stab med bistand fra IKT-seksjonen.",
            ),
            ("h2", "A. Hva skal vi gjøre?"),
            (
                "p",
                "Bergstad Havn KF vil erstatte manuell portvakt ved terminalene Nordkaia og Sjøgata med kameraer som "
                "leser skilt på lastebiler og personbiler (ANPR), og med ansiktsfotografering av sjåfører som "
                "kontrolleres mot forhåndsregistrerte adgangskort. Formålet er å oppfylle ISPS-kravene til "
                "adgangskontroll og å korte ned køene ved porten. Om lag 1 400 kjøretøy passerer hver dag; "
                "i tillegg til yrkessjåfører gjelder det skipsagenter, losser, mannskap og besøkende.",
            ),
            (
                "p",
                "Opplysninger: registreringsnummer, bilde av kjøretøy og fører, tidspunkt, port, kortnummer, "
                "navn og arbeidsgiver fra adgangsregisteret. Kilder: kameraene, adgangskortsystemet og "
                "speditørenes forhåndsmeldinger. Mottakere: havnens vaktsentral; politiet ved konkret "
                "anmodning. Lagring: passeringslogg 90 dager, bilder 7 dager. Systemet driftes av "
                "GateSense AS som databehandler; lagring skjer i deres driftssenter i Trondheim.",
            ),
            ("h2", "B. Trenger vi dette, og står det i forhold?"),
            (
                "p",
                "Behandlingsgrunnlaget er GDPR art. 6 nr. 1 bokstav c og e, jf. havnesikringsforskriften. "
                "Vi har vurdert mindre inngripende alternativer: manuell kontroll (dagens ordning) gir kø og "
                "feil; kort alene hindrer ikke utlån av kort. Ansiktsbildet sammenlignes bare med bildet på "
                "det kortet som vises frem (1:1), ikke mot en database (1:N). Biometriske maler lagres ikke "
                "etter passering. Sjåfører informeres ved skilt, i forhåndsmeldingen og på nettsiden. "
                "Innsyn gis via havnens personvernside; retting gjøres i adgangsregisteret. Den som ikke vil "
                "fotograferes, kan bruke manuell luke med vekter (åpen 06-22).",
            ),
            ("h2", "C. Hva kan gå galt for de som passerer?"),
            (
                "table",
                [
                    [
                        "Nr",
                        "Hendelse",
                        "Sannsynlighet",
                        "Konsekvens",
                        "Risiko før",
                        "Tiltak",
                        "Risiko etter",
                    ],
                    [
                        "R1",
                        "Feilmatch gjør at sjåfør nektes adgang og mister oppdrag",
                        "Middels",
                        "Middels",
                        "Middels",
                        "Manuell overprøving innen 5 min, terskel justert",
                        "Lav",
                    ],
                    [
                        "R2",
                        "Bruk av passeringslogg til kontroll av kjøre- og hviletid",
                        "Middels",
                        "Høy",
                        "Høy",
                        "Formålsbegrensning i avtale, logging av oppslag",
                        "Middels",
                    ],
                    [
                        "R3",
                        "Uautorisert tilgang hos databehandler",
                        "Lav",
                        "Høy",
                        "Middels",
                        "Kryptering, tilgangsstyring, revisjon årlig",
                        "Lav",
                    ],
                    [
                        "R4",
                        "Skjevhet i ansiktssammenligning for enkelte grupper",
                        "Middels",
                        "Høy",
                        "Høy",
                        "Leverandørtest, egen testing på 300 frivillige",
                        "Middels",
                    ],
                ],
            ),
            (
                "p",
                "Vurdert, men ikke gjennomført: å slette passeringsloggen etter 30 dager. Ikke valgt fordi "
                "ISPS-revisjon krever 90 dager. Restrisikoen for R2 og R4 vurderes fortsatt som høy nok til at "
                "vi ber om forhåndsdrøftelse.",
            ),
            ("h2", "D. Medvirkning"),
            (
                "p",
                "Transportarbeiderforeningen og to speditører er hørt (møter 4. og 11. september). Deres innspill om "
                "manuell luke og kort lagringstid er tatt inn.",
            ),
        ],
        title="DPIA Bergstad Havn",
        header="Bergstad Havn KF – intern",
    )
    dba = docx(
        [
            ("h1", "Databehandleravtale"),
            (
                "p",
                "mellom Bergstad Havn KF (behandlingsansvarlig) og GateSense AS, org.nr. 925 118 440 (databehandler).",
            ),
            ("h2", "1. Avtalens formål"),
            (
                "p",
                "Avtalen regulerer GateSense AS sin behandling av personopplysninger ved drift av ANPR- og "
                "adgangssystemet ved havnens porter.",
            ),
            ("h2", "2. Kontaktpersoner"),
            (
                "table",
                [
                    ["", "Behandlingsansvarlig", "Databehandler"],
                    ["Navn", "Ragnhild Sæther", "Tobias Engen"],
                    ["Stilling", "Sikkerhetssjef", "Kundeansvarlig"],
                    ["Telefon", "907 44 218", "73 80 14 60"],
                    ["E-post", "ragnhild.saether@bergstadhavn.no", "tobias.engen@gatesense.no"],
                ],
            ),
            ("h2", "3. Underdatabehandlere"),
            ("p", "Ingen uten skriftlig forhåndsgodkjenning."),
        ]
    )
    risk = xlsx(
        [
            (
                "Matrise",
                [
                    ["Sannsynlighet \\ Konsekvens", "Lav", "Middels", "Høy"],
                    ["Høy", "", "", ""],
                    ["Middels", "", "R1", "R2, R4"],
                    ["Lav", "", "", "R3"],
                ],
            ),
            (
                "Tiltak",
                [
                    ["Risiko", "Tiltak", "Status", "Ansvarlig"],
                    ["R1", "Manuell overprøving av avvisning", "Gjennomført", "Vaktsentralen"],
                    ["R2", "Teknisk sperre for eksport av logg", "Gjennomført", "IKT"],
                    ["R4", "Uavhengig skjevhetstest", "Planlagt Q1 2027", "Sikkerhetssjef"],
                    [
                        "R2",
                        "Sletting etter 30 dager",
                        "Ikke gjennomført – ISPS krever 90 dager",
                        "Havnesjef",
                    ],
                ],
            ),
        ]
    )
    vedtak = pdf(
        [
            ("h1", "Bergstad Havn KF – styret"),
            ("p", "Utskrift av møtebok, styremøte 28.10.2026"),
            ("h2", "Sak 31/26 Automatisk porttilgang – personvernkonsekvensvurdering"),
            (
                "p",
                "Havnesjefen presenterte DPIA versjon 1.3 med risikomatrise og tiltak. Styret drøftet særlig "
                "risikoen for at passeringsloggen brukes til andre formål og skjevhet i ansiktssammenligning. "
                "Innspill fra Transportarbeiderforeningen og speditørene ble lagt frem. Saken var også oppe "
                "i møtet 23.09.2026.",
            ),
            (
                "p",
                "Vedtak: Styret har gjennomgått vurderingen, godkjenner den og slutter seg til at restrisikoen er "
                "høy. Havnesjefen får fullmakt til å be Datatilsynet om forhåndsdrøftelse før systemet tas i bruk.",
            ),
            ("p", "Enstemmig. Rett utskrift: Lise Holm, styresekretær"),
        ],
        serif=True,
    )
    body = """Til Datatilsynet

Bergstad Havn KF ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for
automatisk porttilgang med skiltgjenkjenning og ansiktssammenligning ved terminalene våre.

Kontaktperson hos oss er undertegnede (se signatur). Personvernombudet vårt er det
interkommunale ombudet for Bergstad, Lunde og Vikøy: Hanne Brekke, tlf. 474 62 090,
hanne.brekke@personvernombudet-bvl.no.

GateSense AS er databehandler. Kontaktperson der står i databehandleravtalen (vedlegg 3).

Vedlagt:
1. DPIA v1.3 (PDF)
2. Risikomatrise og tiltaksliste (Excel)
3. Databehandleravtale
4. Utskrift av styrets møtebok, sak 31/26

Med vennlig hilsen

Ragnhild Sæther
Sikkerhetssjef | Port Facility Security Officer
Bergstad Havn KF
Mobil 907 44 218 | Sentralbord 55 20 40 00
ragnhild.saether@bergstadhavn.no
"""
    m = message(
        sender="Ragnhild Sæther <ragnhild.saether@bergstadhavn.no>",
        subject="Anmodning om forhåndsdrøftelse – automatisk porttilgang (ANPR/ansikt)",
        date=(2026, 11, 3, 10, 12),
        body=body,
        attachments=[
            ("1_DPIA_porttilgang_v1.3.pdf", dpia),
            ("2_Risikomatrise.xlsx", risk),
            ("3_Databehandleravtale_GateSense.docx", dba),
            ("4_Styret_sak_31-26.pdf", vedtak),
        ],
        msgid_domain="bergstadhavn.no",
    )
    return m, dict(
        language="nb",
        encrypt="pgp_mime",
        processor="used",
        parts=ALL,
        shapes=[
            "port",
            "contact_signature",
            "dpo_interkommunalt_prose",
            "dpia_pdf_own_headings",
            "risk_xlsx_matrix",
            "processor_contact_in_dba_docx",
            "board_resolution_pdf",
        ],
        note="complete; DPIA chapters A-D do not use the part names; processor contact only in the DBA table",
    )


# ------------------------------------------------------------------ dating app, English, vCards


@case
def dating_app():
    dpia = docx(
        [
            ("h1", "Data Protection Impact Assessment: Safe Chat (romance-scam detection)"),
            (
                "p",
                "Owner: Engineering. Status: approved 2026-10-27. Template: Spark Internal DPIA v2.",
            ),
            ("h2", "Context"),
            (
                "p",
                "Spark Dating AS runs a dating app with about 310 000 active users in Norway and Sweden. Safe Chat is a "
                "classifier that reads the text of private messages between matched users in near real time and "
                "flags patterns typical of romance scams (requests for money, gift cards, moving the conversation "
                "to other channels, scripted openers). Flags go to a trust & safety team of six people who may "
                "read the flagged conversation and suspend accounts.",
            ),
            (
                "p",
                "Data: message text, sender/recipient IDs, timestamps, device and IP metadata, profile age and "
                "location at municipality level, earlier reports. Special categories are likely to appear in "
                "messages (sexual orientation is implied by the matching itself). Retention: flagged "
                "conversations 180 days; model features 30 days. Hosting: Nimbus Cloud EU (processor), "
                "Frankfurt region. No transfers outside the EEA.",
            ),
            ("h2", "Why we think it is justified"),
            (
                "p",
                "Legal basis: legitimate interests (Art. 6(1)(f)) for fraud prevention, with Art. 9(2)(e)/(f) "
                "considered and rejected; we instead minimise: the model never outputs orientation or other "
                "special category inferences and the human reviewer sees only the flagged thread, not the "
                "profile's other chats. Less intrusive options tested: keyword lists (precision 11 %), "
                "user reports only (scams detected on average 9 days later). Users are told in onboarding and "
                "in the privacy notice; they can see in Settings > Safety whether a conversation has been "
                "reviewed, and can object, in which case their chats are not scanned but they cannot send "
                "links or payment details.",
            ),
            ("h2", "Risks to users"),
            (
                "table",
                [
                    [
                        "Risk",
                        "Likelihood",
                        "Severity",
                        "Mitigation in place",
                        "Considered, not done (why)",
                    ],
                    [
                        "Confidential chats read by staff",
                        "Likely",
                        "High",
                        "Only flagged threads; 4-eyes; access log",
                        "Full end-to-end encryption (would make detection impossible)",
                    ],
                    [
                        "False flag leads to suspension",
                        "Possible",
                        "Medium",
                        "Human review, appeal within 24 h",
                        "-",
                    ],
                    [
                        "Breach reveals intimate messages",
                        "Unlikely",
                        "Very high",
                        "Encryption at rest, 180-day limit",
                        "Shorter retention (needed for appeals)",
                    ],
                    [
                        "Chilling effect on free expression",
                        "Possible",
                        "Medium",
                        "Transparency page",
                        "-",
                    ],
                ],
            ),
            ("p", "Residual risk: high for confidentiality of communications. Hence this request."),
        ]
    )
    ceo = """---------- Forwarded message ---------
From: Maja Lindqvist <maja@sparkdating.no>
Date: Tue, 27 Oct 2026 at 16:40
Subject: Re: Safe Chat DPIA – go/no-go
To: Jonas Berg <jonas@sparkdating.no>

Jonas,

The management team went through the DPIA today (slides from you, the user panel
summary and the feedback from our trust & safety agents and from the two LGBT+
organisations we talked to). We accept the residual risk for the time being and
we want the Norwegian DPA's view before launch. Go ahead and file the prior
consultation. Decision recorded as item 4 in today's minutes.

Maja
CEO, Spark Dating AS
"""
    body = f"""Hi,

We're a small dating app company in Oslo and would like to request prior consultation
under Article 36 GDPR for a feature that scans private messages to detect romance scams.

What you'll find attached:
- our DPIA (description, necessity/proportionality, risks and measures are all in there)
- vCards for me (contact person) and for our DPO
- our CEO's approval, which I've pasted below since it was an email

Processor: Nimbus Cloud EU GmbH hosts everything. Their account manager for us is
Lena Hoffmann, +49 30 5683 2210, lena.hoffmann@nimbuscloud.eu.

Happy to present the system in a meeting if useful.

Best,
Jonas Berg
CTO, Spark Dating AS

{ceo}"""
    m = message(
        sender="Jonas Berg <jonas@sparkdating.no>",
        subject="Prior consultation request (Art. 36) – Safe Chat scam detection",
        date=(2026, 11, 4, 14, 3),
        body=body,
        attachments=[
            ("SafeChat_DPIA_final.docx", dpia),
            (
                "Jonas_Berg.vcf",
                vcard(
                    "Jonas Berg", "Spark Dating AS", "CTO", "+47 915 22 804", "jonas@sparkdating.no"
                ),
            ),
            (
                "DPO_Sara_Nilsen.vcf",
                vcard(
                    "Sara Nilsen",
                    "Spark Dating AS",
                    "Data Protection Officer",
                    "+47 928 01 377",
                    "dpo@sparkdating.no",
                    role="DPO",
                ),
            ),
        ],
        msgid_domain="sparkdating.no",
    )
    return m, dict(
        language="en",
        encrypt="none",
        processor="used",
        parts=ALL,
        shapes=[
            "dating_app",
            "contact_vcard",
            "processor_contact_prose",
            "dpia_docx",
            "approval_forwarded_ceo_email",
        ],
        note="complete; contacts only in vCards, approval is a forwarded CEO e-mail quoted in the body",
    )


# ------------------------------------------------------------------ housing cooperative, short, scanned resolution


@case
def borettslag():
    body = """Hei

Styret i Solbakken Borettslag (212 leiligheter) ønsker å innføre adgangskontroll med
fingeravtrykk på inngangsdørene og i sykkelkjelleren, etter mange innbrudd i boder.
Vi har fått hjelp av en beboer som er jurist, og har forstått at vi må be om
forhåndsdrøftelse. Alt vi har er lagt ved.

Kontakt:
Styreleder Per Arne Kvalheim, 922 15 664, styret@solbakken-brl.no
Personvernombud (felles ordning via forretningsfører Boligpartner): Elin Vatne,
22 98 40 12, personvernombud@boligpartner.no
Leverandør og databehandler: Nordlås Sikkerhet AS, Kenneth Moe, 464 10 909,
kenneth.moe@nordlas.no

Mvh
Per Arne Kvalheim
styreleder
"""
    beskrivelse = docx(
        [
            ("h1", "Fingeravtrykk på dørene – vurdering av personvernkonsekvenser"),
            ("h2", "Hva og hvorfor"),
            (
                "p",
                "Lesere ved 6 dører. Hver beboer (ca. 390 personer over 12 år) kan registrere en finger. "
                "Malen (ikke bildet) lagres i låsesentralen i kjelleren; Nordlås har fjerntilgang for feilretting. "
                "Logg over hvem som åpnet hvilken dør lagres i 14 dager. Formålet er å hindre innbrudd og "
                "bortkomne brikker som går i omløp.",
            ),
            ("h2", "Er det nødvendig?"),
            (
                "p",
                "Brikker fortsetter som alternativ; ingen må registrere fingeravtrykk. Vi har vurdert "
                "kameraovervåking (avvist, mer inngripende) og nye brikker med PIN (vil fortsatt deles). "
                "Samtykke hentes skriftlig og kan trekkes tilbake i beboerportalen; malen slettes da samme dag. "
                "Barn under 16 registreres bare med foreldres samtykke.",
            ),
            ("h2", "Risiko"),
            (
                "table",
                [
                    ["Risiko", "Hvor sannsynlig", "Hvor alvorlig", "Tiltak"],
                    [
                        "Maler stjeles fra låsesentral",
                        "Lav",
                        "Svært alvorlig (kan ikke byttes)",
                        "Kryptert lagring, låst rom",
                    ],
                    [
                        "Styret bruker loggen til å kontrollere beboere",
                        "Middels",
                        "Alvorlig",
                        "Bare vaktmester og leverandør har tilgang; 14 dager",
                    ],
                    [
                        "Press på beboere til å samtykke",
                        "Middels",
                        "Middels",
                        "Brikke alltid gratis alternativ",
                    ],
                    [
                        "Leverandøren bruker data til egne formål",
                        "Lav",
                        "Alvorlig",
                        "Databehandleravtale",
                    ],
                ],
            ),
            (
                "p",
                "Ikke gjennomført: lagring av mal kun på kort (match-on-card). Leverandøren tilbyr det ikke ennå. "
                "Derfor mener vi risikoen fortsatt er høy.",
            ),
        ]
    )
    protokoll = scan_jpeg(
        [
            "Solbakken Borettslag - Protokoll fra styremøte 15.10.2026",
            "Til stede: Kvalheim (leder), Sunde, Rasmussen, Ali, Bråthen (vara)",
            "Sak 7/26 Fingeravtrykk på dørene",
            "Styret gikk gjennom vurderingen av personvernkonsekvenser og",
            "risikotabellen. Innspill fra allmøtet 2. juni og fra beboere som",
            "ikke ønsker biometri ble referert. Saken var også oppe 10.09.",
            "Vedtak: Styret godkjenner vurderingen. Restrisikoen er høy.",
            "Styreleder sender anmodning om forhåndsdrøftelse til Datatilsynet.",
            "Prosjektet settes ikke i gang før svar foreligger.",
        ],
        signature="Per Arne Kvalheim",
    )
    m = message(
        sender="Per Arne Kvalheim <styret@solbakken-brl.no>",
        subject="forhåndsdrøftelse fingeravtrykk Solbakken brl",
        date=(2026, 11, 5, 21, 47),
        body=body,
        attachments=[
            ("Vurdering fingeravtrykk.docx", beskrivelse),
            ("IMG_20261015_2114.jpg", protokoll),
        ],
        msgid_domain="solbakken-brl.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="used",
        parts=ALL,
        shapes=["housing_coop", "contact_body_list", "scanned_minutes_jpeg", "dpia_docx_short"],
        note="complete but short and informal; board minutes only as a photographed page",
    )


# ------------------------------------------------------------------ nynorsk municipality, school learning analytics, ODT


@case
def nn_skule_laeringsanalyse():
    dpia = odt(
        [
            ("h1", "Vurdering av personvernkonsekvensar – adaptiv læringsplattform i grunnskulen"),
            ("p", "Vestbygd kommune, oppvekstavdelinga. Versjon 2.0, oktober 2026."),
            ("h2", "1 Om behandlinga"),
            (
                "p",
                "Kommunen vil ta i bruk læringsplattforma Lærevegen for alle elevar på 5.-10. trinn (om lag 1 150 "
                "elevar). Plattforma registrerer kva oppgåver eleven løyser, kor lang tid det tek, feilmønster og "
                "innloggingstidspunkt, og lagar ein profil som styrer kva oppgåver eleven får vidare. Læraren ser "
                "ein oversikt over klassen og varsel om elevar som 'heng etter'. Opplysningane kjem frå eleven sjølv "
                "og frå Feide. Mottakarar er lærar, rektor og PPT etter samtykke frå føresette. Leverandøren "
                "Lærevegen AS er databehandlar; lagring i Noreg.",
            ),
            ("h2", "2 Naudsynt og forholdsmessig?"),
            (
                "p",
                "Heimel: opplæringslova om tilpassa opplæring, jf. GDPR art. 6 nr. 1 bokstav e. Profilen blir ikkje "
                "brukt til karaktersetjing. Alternativ utan profilering (statiske oppgåvesett) er prøvd ved to "
                "skular og gav mindre tilpassing. Tiltak: dataminimering (ingen fritekst lagra), sletting av "
                "profil ved skulebyte, innsyn for føresette i heimeportalen, informasjonsmøte på alle skular, "
                "elevane kan sjå sin eigen profil.",
            ),
            ("h2", "3 Risiko for elevane"),
            (
                "table",
                [
                    [
                        "Risiko",
                        "Sannsyn",
                        "Konsekvens",
                        "Tiltak gjennomført",
                        "Vurdert, ikkje gjennomført",
                    ],
                    [
                        "Eleven blir stempla som svak",
                        "Middels",
                        "Stor",
                        "Varsel berre til kontaktlærar",
                        "Fjerne varsel heilt (skulane vil ha det)",
                    ],
                    [
                        "Profil følgjer eleven til vidaregåande",
                        "Låg",
                        "Stor",
                        "Sletting ved 10. trinn",
                        "-",
                    ],
                    [
                        "Leverandøren brukar data til produktutvikling",
                        "Middels",
                        "Middels",
                        "Forbod i avtalen, revisjon",
                        "-",
                    ],
                    [
                        "Føresette og elevar forstår ikkje profileringa",
                        "Høg",
                        "Middels",
                        "Film og brosjyre",
                        "-",
                    ],
                ],
            ),
            ("p", "Samla restrisiko: høg, fordi det er barn og profilering over fleire år."),
            ("h2", "4 Kontaktinformasjon"),
            (
                "table",
                [
                    ["Rolle", "Namn", "Telefon", "E-post"],
                    [
                        "Kontaktperson",
                        "Ingvild Hatlestad, rådgjevar oppvekst",
                        "57 86 12 40",
                        "ingvild.hatlestad@vestbygd.kommune.no",
                    ],
                    [
                        "Personvernombod (interkommunalt for Vestbygd, Sørdal og Hovland)",
                        "Arve Lunde",
                        "950 33 718",
                        "personvernombod@sunnfjord-ikt.no",
                    ],
                    [
                        "Databehandlar",
                        "Lærevegen AS v/ Kari Solheim",
                        "55 30 71 00",
                        "kari.solheim@laerevegen.no",
                    ],
                ],
            ),
        ]
    )
    referat = odt(
        [
            ("h1", "Referat – leiargruppemøte 20.10.2026"),
            (
                "p",
                "Til stades: kommunedirektør Sigrid Eide, kommunalsjef oppvekst Olav Myklebust, økonomisjef, HR-sjef, IKT-leiar.",
            ),
            ("h2", "Sak 41/26 Lærevegen – DPIA"),
            (
                "p",
                "Kommunalsjefen la fram DPIA versjon 2.0 og samandrag av innspel frå FAU-leiarane, elevråda, "
                "Utdanningsforbundet og personvernombodet. Saka var første gong oppe 8. september; DPIA-en er "
                "revidert etter det. Leiargruppa meiner risikoen framleis er høg.",
            ),
            (
                "p",
                "Avgjerd: Leiargruppa godkjenner vurderinga og vil innføre plattforma. Kommunen ber Datatilsynet om "
                "førehandsdrøfting før oppstart.",
            ),
        ]
    )
    body = """Hei,

Vestbygd kommune ber med dette om førehandsdrøfting for innføring av ei adaptiv
læringsplattform i grunnskulen. Vurderinga av personvernkonsekvensar ligg ved, med
kontaktinformasjon til oss, personvernombodet og databehandlaren i kapittel 4.
Referatet frå leiargruppa, der vurderinga vart godkjend, ligg òg ved.

Helsing
Ingvild Hatlestad
rådgjevar, oppvekstavdelinga
Vestbygd kommune
"""
    m = message(
        sender="Ingvild Hatlestad <ingvild.hatlestad@vestbygd.kommune.no>",
        subject="Førehandsdrøfting – læringsplattform i grunnskulen",
        date=(2026, 11, 9, 8, 31),
        body=body,
        attachments=[
            ("DPIA_Laerevegen_v2.odt", dpia),
            ("Referat_leiargruppa_2026-10-20.odt", referat),
        ],
        msgid_domain="vestbygd.kommune.no",
    )
    return m, dict(
        language="nn",
        encrypt="inline",
        processor="used",
        parts=ALL,
        shapes=[
            "school",
            "odt",
            "contact_table_in_dpia",
            "dpo_interkommunalt",
            "minutes_leadership_odt",
        ],
        note="complete; nynorsk, all in two ODT files, contacts as a table inside the DPIA",
    )


# ------------------------------------------------------------------ hospital trust lawyer, crisp + template DPIA


@case
def hospital_sepsis():
    sub = []
    chapters = [
        (
            "1",
            "Innledning",
            [
                (
                    "1.1",
                    "Bakgrunn",
                    "Helse Fjordvik HF vil ta i bruk en maskinlæringsmodell (SepsisVarsel) som hver time "
                    "beregner risiko for sepsis for alle inneliggende pasienter ved medisinsk og kirurgisk klinikk.",
                ),
                (
                    "1.2",
                    "Avgrensning",
                    "Vurderingen gjelder klinisk drift, ikke videreutvikling av modellen.",
                ),
                ("1.3", "Metode", "Malen følger Helse Fjordviks prosedyre PR-4471 og Normen."),
            ],
        ),
        (
            "2",
            "Beskrivelse av behandlingen",
            [
                ("2.1", "Formål", "Tidlig varsling av sepsis for å redusere dødelighet."),
                (
                    "2.2",
                    "Registrerte",
                    "Ca. 38 000 inneliggende pasienter per år, inkludert barn over 2 år.",
                ),
                (
                    "2.3",
                    "Opplysningstyper",
                    "Vitale parametre, laboratoriesvar, diagnosekoder, medikasjon, alder, kjønn.",
                ),
                ("2.4", "Kilder", "Elektronisk pasientjournal (EPJ), kurve- og laboratoriesystem."),
                ("2.5", "Mottakere", "Behandlende lege og sykepleier på posten; ingen utlevering."),
                (
                    "2.6",
                    "Dataflyt",
                    "EPJ -> integrasjonsmotor -> modell i Helse Fjordviks datasenter -> varsel i EPJ.",
                ),
                ("2.7", "Lagring og sletting", "Risikoskår lagres i journal (journalforskriften)."),
                (
                    "2.8",
                    "Ansvarsforhold",
                    "Helse Fjordvik HF er behandlingsansvarlig. MedAI Nordic AS er databehandler "
                    "for drift og overvåking av modellen.",
                ),
                (
                    "2.9",
                    "Informasjonssikkerhet",
                    "Normen, tilgangsstyring etter tjenstlig behov, logging og kontroll.",
                ),
            ],
        ),
        (
            "3",
            "Rettslig grunnlag",
            [
                (
                    "3.1",
                    "Behandlingsgrunnlag",
                    "GDPR art. 6 nr. 1 bokstav c og art. 9 nr. 2 bokstav h, jf. "
                    "pasientjournalloven § 6 og helsepersonelloven.",
                ),
            ],
        ),
        (
            "4",
            "Nødvendighet og forholdsmessighet",
            [
                (
                    "4.1",
                    "Nødvendighet",
                    "Dagens NEWS-skår fanger sepsis sent; modellen oppdaget i retrospektiv "
                    "validering 31 % flere tilfeller 4 timer tidligere.",
                ),
                (
                    "4.2",
                    "Minimering",
                    "Bare parametre som inngår i modellen hentes; ingen fritekst fra journal.",
                ),
                (
                    "4.3",
                    "Åpenhet",
                    "Informasjon på sykehusets nettsider, plakat på sengeposter og i pasientbrosjyre.",
                ),
                (
                    "4.4",
                    "De registrertes rettigheter",
                    "Innsyn i skår via helsenorge.no; reservasjon ikke mulig "
                    "fordi varselet er del av helsehjelpen, men lege overprøver alltid.",
                ),
                (
                    "4.5",
                    "Automatiserte avgjørelser",
                    "Ingen avgjørelse tas automatisk; varselet er beslutningsstøtte.",
                ),
            ],
        ),
        (
            "5",
            "Risikovurdering",
            [
                ("5.1", "Metode", "Sannsynlighet og konsekvens på skala 1-5."),
                ("5.2", "Identifiserte risikoer", "Se tabell 1."),
                (
                    "5.3",
                    "Medbestemmelse, åpenhet og forutsigbarhet",
                    "Pasienter har liten mulighet til å forutse "
                    "eller påvirke vurderingen; tillitsvalgte og brukerutvalget er hørt.",
                ),
            ],
        ),
        (
            "6",
            "Tiltak",
            [
                (
                    "6.1",
                    "Gjennomførte tiltak",
                    "Skjevhetsanalyse per alder og kjønn; manuell overprøving; logging.",
                ),
                (
                    "6.2",
                    "Vurderte, ikke gjennomførte tiltak",
                    "Forklaring av hver enkelt skår for pasienten (ikke teknisk "
                    "modent); lokal trening per sykehus (for lite data).",
                ),
                ("6.3", "Restrisiko", "Høy for risiko R2 og R3, se tabell 1."),
            ],
        ),
    ]
    for num, title, subs in chapters:
        sub.append(("h2", f"{num} {title}"))
        for snum, stitle, text in subs:
            sub.append(("h3", f"{snum} {stitle}"))
            sub.append(("p", text))
        if num == "5":
            sub.append(("p", "Tabell 1 Risikoer"))
            sub.append(
                (
                    "table",
                    [
                        ["ID", "Beskrivelse", "S", "K", "Risiko", "Tiltak"],
                        [
                            "R1",
                            "Uautorisert oppslag i risikoskår",
                            "2",
                            "3",
                            "6",
                            "Logging, stikkprøver",
                        ],
                        [
                            "R2",
                            "Modellen undervurderer risiko for eldre kvinner",
                            "3",
                            "5",
                            "15",
                            "Skjevhetsanalyse, kalibrering",
                        ],
                        [
                            "R3",
                            "Overdreven tillit til varsel (automasjonsbias)",
                            "4",
                            "4",
                            "16",
                            "Opplæring, klinisk overprøving",
                        ],
                        [
                            "R4",
                            "Databehandler får tilgang til mer enn nødvendig",
                            "2",
                            "4",
                            "8",
                            "Pseudonymisert overvåking",
                        ],
                    ],
                )
            )
    sub.insert(
        0,
        (
            "p",
            "Eksportert fra PVK-verktøyet 03.11.2026 13:02. Dokument-ID PVK-2026-118, versjon 4.",
        ),
    )
    sub.insert(0, ("h1", "Vurdering av personvernkonsekvenser (PVK) – SepsisVarsel"))
    dpia = pdf(sub, title="PVK-2026-118", header="Helse Fjordvik HF | PVK-2026-118 | Fortrolig")
    kontakter = pdf(
        [
            ("h1", "Vedlegg 2"),
            (
                "table",
                [
                    ["Rolle", "Opplysninger"],
                    [
                        "Kontaktperson (behandlingsansvarlig)",
                        "Advokat Marte Grøtta, juridisk avdeling\nTlf. 77 66 20 14\nmarte.grotta@helsefjordvik.no",
                    ],
                    [
                        "Personvernombud",
                        "Knut Rypdal\nTlf. 77 66 19 00 (sentralbord) / 481 20 355\npersonvernombud@helsefjordvik.no",
                    ],
                    [
                        "Databehandler",
                        "MedAI Nordic AS, Anja Lie (leveranseansvarlig)\nTlf. 400 71 822\nanja.lie@medai-nordic.no",
                    ],
                ],
            ),
        ]
    )
    ledelse = docx(
        [
            ("h1", "Vedlegg 3"),
            ("p", "Protokoll, direktørens ledermøte 29.10.2026, sak 112/26 SepsisVarsel – PVK"),
            (
                "p",
                "Saksfremstilling: Prosjektleder presenterte PVK versjon 4 og funnene fra skjevhetsanalysen. "
                "Uttalelser fra brukerutvalget, klinikkledere og hovedtillitsvalgte var vedlagt saken. "
                "Personvernombudets råd ble referert. Saken ble første gang behandlet 14.08.2026.",
            ),
            (
                "p",
                "Beslutning: Ledermøtet godkjenner PVK-en. Restrisikoen for R2 og R3 aksepteres ikke uten "
                "forhåndsdrøftelse. Juridisk avdeling sender anmodning til Datatilsynet.",
            ),
            ("p", "Administrerende direktør Frode Isaksen"),
        ]
    )
    body = """Datatilsynet

Anmodning om forhåndsdrøftelse – SepsisVarsel

På vegne av Helse Fjordvik HF ber jeg om forhåndsdrøftelse etter personvernforordningen
artikkel 36 nr. 1. Vedlagt følger:

Vedlegg 1 PVK-2026-118
Vedlegg 2 Kontaktopplysninger
Vedlegg 3 Protokoll fra ledermøtet

Vennlig hilsen
Marte Grøtta
advokat, juridisk avdeling
Helse Fjordvik HF
"""
    m = message(
        sender="Marte Grøtta <marte.grotta@helsefjordvik.no>",
        subject="Anmodning om forhåndsdrøftelse – SepsisVarsel (vår ref. 26/04417)",
        date=(2026, 11, 6, 9, 2),
        body=body,
        attachments=[
            ("Vedlegg 1.pdf", dpia),
            ("Vedlegg 2.pdf", kontakter),
            ("Vedlegg 3.docx", ledelse),
        ],
        msgid_domain="helsefjordvik.no",
    )
    return m, dict(
        language="nb",
        encrypt="pgp_mime",
        processor="used",
        parts=ALL,
        shapes=[
            "hospital",
            "lawyer_cover_short",
            "dpia_template_numbered_subchapters",
            "appendices_by_number",
            "contact_pdf_two_column_table",
            "minutes_leadership_docx",
        ],
        note="complete; crisp cover letter, attachments named by number only, template DPIA with many sub-chapters",
    )


# ------------------------------------------------------------------ research institute, English, PPTX


@case
def sleep_research():
    contacts = docx(
        [
            ("h1", "Contact details"),
            (
                "table",
                [
                    ["", "Name", "Phone", "E-mail"],
                    ["Project contact", "Dr. Henrik Aas", "+47 22 85 31 17", "henrik.aas@nisr.no"],
                    ["Data Protection Officer", "Ingrid Skaar", "+47 22 85 30 02", "dpo@nisr.no"],
                ],
            ),
            (
                "p",
                "The institute uses no data processor for this study: devices are our own and data is stored on "
                "the institute's TSD-like secure research platform operated by our own IT department.",
            ),
        ]
    )
    dpia = pdf(
        [
            ("h1", "DPIA – SLEEPWORK: continuous sleep and stress monitoring of shift workers"),
            ("h2", "Part I – The study"),
            (
                "p",
                "SLEEPWORK will follow 600 nurses and offshore workers for 18 months with a wrist-worn device that "
                "records heart rate variability, movement, skin temperature and GPS-free sleep/wake patterns, plus a "
                "weekly questionnaire on stress, alcohol use and mental health (PHQ-9). Shift schedules come from "
                "employers with the participant's consent. Data flows: device -> phone app -> institute servers; "
                "linkage with sick-leave data from the Norwegian Labour and Welfare Administration with REK approval.",
            ),
            ("h2", "Part II – Legal basis, necessity and safeguards"),
            (
                "p",
                "Art. 6(1)(e) and 9(2)(j) with the Health Research Act; REK approval 2026/88123. Continuous "
                "measurement is necessary because shift effects build over weeks; we evaluated diaries only "
                "(too unreliable) and 2-week snapshots (miss cumulative effects). Safeguards: pseudonymisation at "
                "collection, employers never see individual data, participants can pause recording in the app, "
                "withdraw at any time with deletion, annual newsletter of results, and a participant panel.",
            ),
            ("h2", "Part III – Risk analysis"),
            (
                "table",
                [
                    ["Threat", "Impact on participants", "L", "I", "Measures", "Residual"],
                    [
                        "Employer learns who is unfit/tired",
                        "Job loss, stigma",
                        "2",
                        "5",
                        "No employer access; contracts",
                        "Medium",
                    ],
                    [
                        "Re-identification from shift schedules",
                        "Disclosure of mental health",
                        "3",
                        "4",
                        "Coarsening, k-anonymity on exports",
                        "High",
                    ],
                    [
                        "Device vendor cloud sync",
                        "Transfer outside EEA",
                        "3",
                        "3",
                        "Vendor cloud disabled, local sync only",
                        "Low",
                    ],
                    [
                        "Participants feel surveilled",
                        "Stress, chilling",
                        "3",
                        "3",
                        "Pause button, panel",
                        "Medium",
                    ],
                ],
            ),
            (
                "p",
                "Measures considered and not implemented: aggregating shift data to month level (destroys the "
                "research question). The residual risk of re-identification remains high.",
            ),
        ]
    )
    slides = slides_pdf(
        [
            (
                "SLEEPWORK – DPIA for the Board of Directors",
                ["Board meeting 22 October 2026", "Henrik Aas, project lead"],
            ),
            (
                "What we will collect",
                [
                    "Wearable sensor data 24/7 for 18 months",
                    "Mental health questionnaires",
                    "Shift schedules, sick leave",
                ],
            ),
            (
                "Key findings of the DPIA",
                [
                    "Re-identification through shift schedules: HIGH",
                    "Employer access: prevented",
                    "Participant panel and unions support the design",
                ],
            ),
            (
                "Stakeholders heard",
                [
                    "Norwegian Nurses Organisation",
                    "Offshore union SAFE-like rep",
                    "Participant panel (8 people)",
                    "DPO",
                ],
            ),
            (
                "Recommendation",
                ["Approve DPIA", "Request prior consultation with Datatilsynet before recruitment"],
            ),
        ]
    )
    body = """Dear Sir or Madam,

The Nordic Institute for Sleep Research (NISR) hereby requests prior consultation under
GDPR Article 36 for the SLEEPWORK study. Our DPIA concludes that a high residual risk
remains (re-identification of participants through shift schedules).

Attached are the DPIA, our contact details (incl. DPO), and the slides presented to the
Board. The Board's decision is quoted here from the approved minutes of 22 October 2026:

  "Item 6/2026 SLEEPWORK. The Board reviewed the DPIA and the presentation, noted the
  views of the unions and the participant panel, and approved the DPIA. The Board
  accepts the study design and instructs the director to request prior consultation
  with the Norwegian Data Protection Authority."

Kind regards,
Henrik Aas
Research Director, NISR
"""
    m = message(
        sender="Henrik Aas <henrik.aas@nisr.no>",
        subject="Request for prior consultation – SLEEPWORK study",
        date=(2026, 11, 10, 11, 15),
        body=body,
        attachments=[
            ("SLEEPWORK_DPIA.pdf", dpia),
            ("Contacts.docx", contacts),
            ("Board_presentation_SLEEPWORK.pdf", slides),
        ],
        msgid_domain="nisr.no",
    )
    return m, dict(
        language="en",
        encrypt="none",
        processor="none",
        parts=ALL,
        shapes=[
            "research_institute",
            "contact_docx_table",
            "slides_pdf_presentation",
            "board_minutes_quoted_in_body",
        ],
        note="complete; no processor stated; approval = PPTX slides plus quoted board minutes",
    )


# ------------------------------------------------------------------ grid operator, reply in thread, ZIP numbered files


@case
def grid_operator_zip():
    f1 = pdf(
        [
            ("h1", "Lysnett AS – Analyse av timesverdier fra AMS-målere"),
            ("h2", "1. Behandlingen"),
            (
                "p",
                "Lysnett AS er nettselskap for 96 000 målepunkter. Vi vil analysere måleverdier per 15 minutter fra "
                "AMS-målere for å finne overbelastning i nettet og for å avdekke strømtyveri. Analysen gir en profil "
                "per husholdning som kan vise når beboerne er hjemme, sover eller er bortreist, og om de har elbil "
                "eller medisinsk utstyr. Kilder: egne målere, Elhub. Mottakere: nettplanlegging og en liten "
                "kontrollgruppe for mistanke om tyveri. Lagring 3 år. Skyplattform: Kraftdata Sky AS (databehandler).",
            ),
            ("h2", "2. Nødvendighet og proporsjonalitet"),
            (
                "p",
                "Nettplanlegging kan gjøres på aggregerte data per nettstasjon (minst 10 kunder), og det er valgt. "
                "Tyverisøk krever data per målepunkt, men bare for punkter med avvik over terskel, og bare i 60 dager. "
                "Kundene informeres på faktura og nettside; innsyn via Elhub. Rett til å protestere behandles "
                "manuelt.",
            ),
        ]
    )
    f2 = docx(
        [
            ("h1", "Risikovurdering – personvern"),
            (
                "table",
                [
                    ["#", "Trussel", "S (1-4)", "K (1-4)", "Tiltak", "Gjennomført?"],
                    [
                        "1",
                        "Profil avslører hjemmefravær og blir lekket",
                        "2",
                        "4",
                        "Kryptering, tilgangslogg",
                        "Ja",
                    ],
                    [
                        "2",
                        "Tyverimistanke mot uskyldige (f.eks. varmepumpe-feil)",
                        "3",
                        "3",
                        "Manuell kontroll før kontakt",
                        "Ja",
                    ],
                    [
                        "3",
                        "Politi/Nav ber om utlevering av profiler",
                        "2",
                        "4",
                        "Rutine for utleveringsbegjæring",
                        "Ja",
                    ],
                    [
                        "4",
                        "Kunder forutser ikke bruken (åpenhet)",
                        "3",
                        "3",
                        "Informasjonskampanje",
                        "Delvis",
                    ],
                    [
                        "5",
                        "Lengre lagring enn nødvendig",
                        "3",
                        "2",
                        "Sletting etter 1 år vurdert",
                        "Nei – krav fra RME om 3 år",
                    ],
                ],
            ),
            ("p", "Restrisiko for trussel 2 og 3 vurderes som høy."),
        ]
    )
    f3 = xlsx(
        [
            (
                "Kontakter",
                [
                    ["Rolle", "Navn", "Telefon", "E-post", "Virksomhet"],
                    [
                        "Kontaktperson",
                        "Eirik Haugland",
                        "+47 913 40 118",
                        "eirik.haugland@lysnett.no",
                        "Lysnett AS",
                    ],
                    [
                        "Personvernombud",
                        "Torunn Vik",
                        "+47 52 70 40 80",
                        "personvernombud@lysnett.no",
                        "Lysnett AS",
                    ],
                    [
                        "Databehandler",
                        "Mats Bjørnstad",
                        "+47 930 55 210",
                        "mats.bjornstad@kraftdatasky.no",
                        "Kraftdata Sky AS",
                    ],
                ],
            )
        ]
    )
    f4 = pdf(
        [
            ("h1", "Styrevedtak"),
            ("p", "Lysnett AS, styremøte 19.10.2026, sak 44/2026"),
            (
                "p",
                "Styret fikk presentert vurderingen av personvernkonsekvenser for AMS-analyse med hovedfunn og "
                "risikotabell, og innspill fra kundeombudet og Forbrukerrådet-kontakten. Saken ble behandlet første "
                "gang 14.09.2026.",
            ),
            (
                "p",
                "Vedtak: Styret godkjenner vurderingen og ber administrasjonen søke forhåndsdrøftelse hos "
                "Datatilsynet. Tyverianalysen skal ikke settes i drift før Datatilsynets svar foreligger.",
            ),
        ]
    )
    z = zip_of([("01.pdf", f1), ("02.docx", f2), ("03.xlsx", f3), ("04.pdf", f4)])
    body = """Hei igjen,

Takk for veiledningsmøtet i forrige uke. Som avtalt sender vi nå en formell anmodning om
forhåndsdrøftelse for analyse av AMS-data. Dokumentene ligger i zip-filen:

01 beskrivelse, nødvendighet og proporsjonalitet
02 risikovurdering med tiltak
03 kontaktpersoner (vår kontakt, personvernombud, databehandler)
04 styrevedtak

Hilsen
Eirik Haugland
Fagansvarlig måledata, Lysnett AS

> Fra: Datatilsynet <postkasse@datatilsynet.no>
> Sendt: 28. oktober 2026 14:10
> Emne: Veiledningsmøte AMS-analyse
>
> Hei,
> takk for et nyttig møte. Som nevnt må en eventuell anmodning om
> forhåndsdrøftelse inneholde all dokumentasjon som er listet på
> nettsiden vår. Vi minner om at veiledningsmøtet ikke er en
> forhåndsdrøftelse.
>
> Med hilsen
> Datatilsynet
"""
    m = message(
        sender="Eirik Haugland <eirik.haugland@lysnett.no>",
        subject="SV: Veiledningsmøte AMS-analyse – anmodning om forhåndsdrøftelse",
        date=(2026, 11, 11, 15, 20),
        body=body,
        attachments=[("Forhandsdrofting_Lysnett.zip", z)],
        extra_headers=[
            ("In-Reply-To", "<veiledning.1028@datatilsynet.no>"),
            ("References", "<veiledning.1028@datatilsynet.no>"),
        ],
        msgid_domain="lysnett.no",
    )
    return m, dict(
        language="nb",
        encrypt="inline",
        processor="used",
        parts=ALL,
        shapes=[
            "energy_grid",
            "reply_in_thread_quoted",
            "zip",
            "files_numbered_only",
            "contact_xlsx",
            "board_resolution_pdf",
        ],
        note="complete; a reply to an earlier guidance thread, all parts inside a ZIP of numbered files",
    )


# ------------------------------------------------------------------ prison, consultant writes for client, two documents


@case
def prison_consultant():
    rapport = docx(
        [
            ("h1", "Fjellheim fengsel – Videoanalyse i besøksavdelingen"),
            (
                "p",
                "Rapport fra personvernkonsekvensvurdering. Utarbeidet av Rådgivende Personvern AS for Fjellheim fengsel.",
            ),
            ("h2", "Sammendrag"),
            (
                "p",
                "Fengselet ønsker å bruke videoanalyse som varsler betjenter når innsatte og besøkende utveksler "
                "gjenstander i besøksrommene. Vurderingen konkluderer med høy restrisiko.",
            ),
            ("h2", "Systembeskrivelse"),
            (
                "p",
                "Seks kameraer i besøksrommene (ikke i familiebesøksleiligheten). Programvaren analyserer bevegelser i "
                "sanntid og lagrer 30 sekunder før og etter en hendelse. Registrerte: innsatte (ca. 140), besøkende "
                "(ca. 4 000 per år, herunder barn) og ansatte. Opplysninger: video, tidspunkt, besøksregistrering. "
                "Mottakere: vakthavende; påtalemyndigheten ved straffbare forhold. Analyseprogramvaren driftes lokalt "
                "på fengselets servere; leverandøren har ingen tilgang til data.",
            ),
            ("h2", "Hjemmel og forholdsmessighet"),
            (
                "p",
                "Straffegjennomføringsloven og forskrift gir hjemmel for kontroll av besøk. Analysen erstatter ikke "
                "betjenter, men reduserer behovet for visitasjon av alle besøkende. Lyd tas ikke opp. Advokatbesøk "
                "skjer i rom uten kamera. Informasjon ved skilt og i besøksbrevet; innsyn via Kriminalomsorgens "
                "personvernrutine.",
            ),
            ("h2", "Trusler og tiltak"),
            (
                "table",
                [
                    ["Trussel", "Vurdering", "Tiltak", "Status"],
                    [
                        "Barn filmes og analyseres",
                        "Høy",
                        "Maskering av barn under 12 ved lagring",
                        "Vurdert, ikke gjennomført – teknisk umulig i dag",
                    ],
                    [
                        "Falske varsler fører til visitasjon",
                        "Middels",
                        "Betjent ser opptak før tiltak",
                        "Gjennomført",
                    ],
                    [
                        "Advokat-/prestebesøk fanges opp",
                        "Høy",
                        "Egne rom uten kamera",
                        "Gjennomført",
                    ],
                    [
                        "Opptak brukes i disiplinærsaker uten grunnlag",
                        "Middels",
                        "Tilgangsstyring, logg",
                        "Gjennomført",
                    ],
                ],
            ),
            ("h2", "Ledelsens behandling"),
            (
                "p",
                "Fengselsleder og ledergruppen behandlet rapporten 12. og 26. oktober 2026. Innspill fra "
                "tillitsvalgte, fangenes talsperson og Sivilombudets forebyggingsenhet var lagt frem. Ledergruppen "
                "besluttet 26. oktober å godkjenne vurderingen og be om forhåndsdrøftelse. Referatet er signert "
                "av fengselsleder Terje Hovland.",
            ),
        ]
    )
    kontakt = pdf(
        [
            ("h1", "Kontaktinformasjon – Fjellheim fengsel, sak videoanalyse"),
            (
                "p",
                "Kontaktperson hos behandlingsansvarlig: Assisterende fengselsleder Randi Sunde, 33 40 81 20, "
                "randi.sunde@fjellheim-fengsel.no",
            ),
            (
                "p",
                "Personvernombud: Morten Dahl, 33 40 80 00, personvernombud@fjellheim-fengsel.no",
            ),
            (
                "p",
                "Databehandler: ingen. Leverandøren (Visiq AS) leverer lisens, men behandler ikke personopplysninger.",
            ),
        ]
    )
    body = """Til Datatilsynet

Vi representerer Fjellheim fengsel (behandlingsansvarlig) og oversender på vegne av vår
klient en anmodning om forhåndsdrøftelse for videoanalyse i besøksavdelingen. Fullmakt
kan ettersendes ved behov, men er etter vår forståelse ikke nødvendig.

Rapporten fra vurderingen av personvernkonsekvenser og et eget ark med kontaktinformasjon
er vedlagt. Spørsmål om dokumentasjonen kan rettes til undertegnede; spørsmål om
selve behandlingen til fengselets kontaktperson.

Med vennlig hilsen

Jørgen Lie
Seniorrådgiver
Rådgivende Personvern AS
Tlf. 21 09 77 40 | jorgen.lie@raadgivende-personvern.no
"""
    m = message(
        sender="Jørgen Lie <jorgen.lie@raadgivende-personvern.no>",
        subject="Fjellheim fengsel – anmodning om forhåndsdrøftelse (videoanalyse besøk)",
        date=(2026, 11, 12, 13, 44),
        body=body,
        attachments=[
            ("PVK-rapport Fjellheim videoanalyse.docx", rapport),
            ("Kontaktinformasjon.pdf", kontakt),
        ],
        cc="Randi Sunde <randi.sunde@fjellheim-fengsel.no>",
        msgid_domain="raadgivende-personvern.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="none",
        parts=ALL,
        shapes=[
            "prison",
            "consultant_on_behalf",
            "contacts_across_two_documents",
            "approval_described_in_report",
        ],
        note="complete; written by a consultant for the client; management decision described in the report's last section",
    )


# ------------------------------------------------------------------ trade union, minutes with agenda items


@case
def trade_union():
    dpia = docx(
        [
            ("h1", "Medlemsanalyse 2027 – personvernkonsekvensvurdering"),
            ("p", "Norsk Lager- og Logistikkforbund (NLLF)"),
            ("h2", "Bakgrunn og behandling"),
            (
                "p",
                "Forbundet vil samkjøre medlemsregisteret (42 000 medlemmer) med data om deltakelse i kurs, "
                "henvendelser til juridisk avdeling og åpning av nyhetsbrev for å forutsi hvilke medlemmer som "
                "vurderer å melde seg ut, og hvilke arbeidsplasser som bør prioriteres for verving. Fagforeningsmedlemskap "
                "er en særlig kategori. Analysen kjøres i forbundets eget CRM, levert og driftet av Medlemsdata AS "
                "(databehandler).",
            ),
            ("h2", "Grunnlag og proporsjonalitet"),
            (
                "p",
                "Art. 9 nr. 2 bokstav d (behandling i organisasjonens legitime virksomhet) og art. 6 nr. 1 bokstav f. "
                "Vi bruker ikke innhold i juridiske saker, bare at en sak finnes. Ikke-medlemmer profileres ikke. "
                "Medlemmer informeres i Medlemsbladet og på Min side, og kan reservere seg mot analysen med ett "
                "klikk. Analyseresultatet gis bare til regionkontorenes ledere i aggregert form per arbeidsplass; "
                "enkeltprofiler brukes bare til å tilby oppfølging fra tillitsvalgt.",
            ),
            ("h2", "Risikovurdering"),
            (
                "table",
                [
                    ["Risiko", "S", "K", "Tiltak", "Restrisiko"],
                    [
                        "Arbeidsgiver får vite hvem som er medlem",
                        "Lav",
                        "Svært høy",
                        "Ingen deling, tilgangsstyring",
                        "Middels",
                    ],
                    [
                        "Medlemmer føler seg overvåket",
                        "Høy",
                        "Middels",
                        "Reservasjon, åpenhet",
                        "Middels",
                    ],
                    [
                        "Feil prediksjon gir uønsket kontakt",
                        "Middels",
                        "Lav",
                        "Tillitsvalgt kontakter, ingen automatikk",
                        "Lav",
                    ],
                    ["Lekkasje fra CRM", "Lav", "Svært høy", "MFA, kryptering, logg", "Høy"],
                ],
            ),
            (
                "p",
                "Ikke gjennomført: pseudonymisering av CRM-data (krever ny plattform, vurderes 2028).",
            ),
            ("h2", "Kontakt"),
            (
                "p",
                "Kontaktperson: organisasjonssjef Bente Myhre, 23 06 15 40, bente.myhre@nllf.no. "
                "Personvernombud: Kjetil Aune, 23 06 15 00, personvernombud@nllf.no. "
                "Databehandler: Medlemsdata AS, Gunnar Tveit, 67 10 22 80, gunnar.tveit@medlemsdata.no.",
            ),
        ]
    )
    protokoll = docx(
        [
            ("h1", "Protokoll – Landsstyret i NLLF"),
            ("p", "Møte 3.–4. november 2026, Gardermoen"),
            ("h2", "Sak 1 Godkjenning av innkalling og dagsorden"),
            ("p", "Godkjent."),
            ("h2", "Sak 2 Økonomirapport 3. kvartal"),
            ("p", "Tatt til orientering."),
            ("h2", "Sak 3 Tariffoppgjøret 2027 – forberedelser"),
            ("p", "Diskusjon. Forhandlingsutvalget får mandat."),
            ("h2", "Sak 4 Medlemsanalyse 2027 – personvernkonsekvensvurdering"),
            (
                "p",
                "Organisasjonssjefen presenterte vurderingen og de viktigste funnene. Ungdomsutvalget og to "
                "regionledere har kommet med innspill, og flere tillitsvalgte har uttrykt bekymring for at medlemmer "
                "kan føle seg overvåket. Saken var også behandlet av arbeidsutvalget 10.10.2026.",
            ),
            (
                "p",
                "Vedtak: Landsstyret godkjenner personvernkonsekvensvurderingen. Før analysen tas i bruk, skal "
                "forbundet be Datatilsynet om forhåndsdrøftelse.",
            ),
            ("h2", "Sak 5 Eventuelt"),
            ("p", "Ingen saker."),
        ]
    )
    body = """Hei.

Vedlagt følger anmodning om forhåndsdrøftelse fra Norsk Lager- og Logistikkforbund,
vurdering av personvernkonsekvenser (med kontaktopplysninger til slutt) og protokoll fra
landsstyret der vurderingen ble godkjent (sak 4).

Hilsen Bente Myhre
"""
    m = message(
        sender="Bente Myhre <bente.myhre@nllf.no>",
        subject="Forhåndsdrøftelse medlemsanalyse",
        date=(2026, 11, 13, 8, 5),
        body=body,
        attachments=[
            ("PVK medlemsanalyse 2027.docx", dpia),
            ("Protokoll landsstyret nov 2026.docx", protokoll),
        ],
        msgid_domain="nllf.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="used",
        parts=ALL,
        shapes=["trade_union", "contact_prose_in_dpia", "minutes_agenda_items", "cover_very_short"],
        note="complete; approval buried as item 4 of five in board minutes; contacts in prose at the end of the DPIA",
    )


# ------------------------------------------------------------------ car rental, forwarded .eml


@case
def car_rental_forward():
    dpa = pdf(
        [
            ("h1", "Data Processing Agreement"),
            (
                "p",
                "between Fjordcar Rentals AS (Controller) and TeleDrive Analytics AB (Processor)",
            ),
            ("h2", "Clause 12 – Contacts"),
            (
                "table",
                [
                    ["Party", "Contact", "Telephone", "Email"],
                    [
                        "Controller",
                        "Siri Holm, Head of Operations",
                        "+47 51 84 22 10",
                        "siri.holm@fjordcar.no",
                    ],
                    [
                        "Processor",
                        "Oskar Nyström, Key Account",
                        "+46 8 120 441 90",
                        "oskar.nystrom@teledrive.se",
                    ],
                ],
            ),
        ]
    )
    dpia = docx(
        [
            ("h1", "DPIA – Driver behaviour scoring in rental cars"),
            ("h2", "Processing overview"),
            (
                "p",
                "Fjordcar installs telematics units in its 2 300 rental cars. Units record GPS position every 10 "
                "seconds, speed, harsh braking and acceleration. A score is computed per rental and may lead to an "
                "extra 'risk fee' of up to NOK 1 500 and, after three low scores, refusal of future rentals. "
                "Customers include tourists and business travellers. Data go to TeleDrive Analytics AB (processor) "
                "in Sweden. Retention 12 months.",
            ),
            ("h2", "Necessity, proportionality and safeguards"),
            (
                "p",
                "Purpose: reduce damage and traffic violations. Alternatives assessed: higher deposits for all "
                "(disproportionate to good drivers), speed limiters (not technically available). Position is used "
                "only for stolen-car recovery and is otherwise not visible to staff. Customers are informed at "
                "booking, can see their score in the app, and can contest a fee; decisions on refusal are made by a "
                "person (Art. 22 safeguards).",
            ),
            ("h2", "Risk register"),
            (
                "table",
                [
                    ["Risk", "L", "S", "Mitigation", "Residual"],
                    [
                        "Location history reveals private life",
                        "Medium",
                        "High",
                        "Position hidden; strict access",
                        "Medium",
                    ],
                    [
                        "Unfair score (ice, unfamiliar roads)",
                        "High",
                        "Medium",
                        "Road-condition correction; human review",
                        "High",
                    ],
                    ["Blacklisting without insight", "Medium", "High", "Notice + appeal", "Medium"],
                    ["Transfer to processor in SE", "Low", "Low", "DPA, EEA", "Low"],
                ],
            ),
            ("p", "Not implemented: opt-out from telematics (the insurer requires it)."),
        ]
    )
    inner_body = """Hi Datatilsynet,

Fjordcar Rentals requests a prior consultation regarding driver-behaviour scoring in our
rental fleet. Attached: DPIA, the DPA with TeleDrive (contacts in clause 12), and the board
resolution.

Contact person: Siri Holm, Head of Operations, +47 51 84 22 10, siri.holm@fjordcar.no.
Our DPO is Anders Ravn, +47 51 84 22 00, dpo@fjordcar.no.

Regards,
Siri Holm
"""
    resolution = pdf(
        [
            ("h1", "BOARD RESOLUTION"),
            ("p", "Fjordcar Rentals AS – Board meeting 15 October 2026 – Item 7"),
            (
                "p",
                "The Board received a presentation of the DPIA on driver behaviour scoring, including the risk register "
                "and feedback from the customer panel, the insurer and staff representatives. This was the second "
                "time the matter was before the Board (first: 10 September 2026).",
            ),
            (
                "p",
                "RESOLVED that the DPIA is approved; that the residual risk of unfair scoring is high; and that the "
                "company shall request prior consultation with the Norwegian Data Protection Authority before "
                "introducing risk fees.",
            ),
            ("p", "Chair: Erlend Gjerde"),
        ]
    )
    inner = message(
        sender="Siri Holm <siri.holm@fjordcar.no>",
        subject="Prior consultation – driver behaviour scoring",
        date=(2026, 11, 2, 17, 5),
        body=inner_body,
        to="postkasse@datatiIsynet.no",
        attachments=[
            ("DPIA_driver_scoring.docx", dpia),
            ("DPA_TeleDrive.pdf", dpa),
            ("Board_resolution_item7.pdf", resolution),
        ],
        msgid_domain="fjordcar.no",
    )
    body = """Hello,

Forwarding the message below, which our Head of Operations sent last week to a mistyped
address (capital I instead of l). Please treat the attached message as our request for
prior consultation, received today.

Best regards
Anders Ravn
Data Protection Officer, Fjordcar Rentals AS
+47 51 84 22 00
"""
    m = message(
        sender="Anders Ravn <dpo@fjordcar.no>",
        subject="Fwd: Prior consultation – driver behaviour scoring",
        date=(2026, 11, 9, 9, 40),
        body=body,
        attached_eml=[("Prior consultation - driver behaviour scoring.eml", inner)],
        msgid_domain="fjordcar.no",
    )
    return m, dict(
        language="en",
        encrypt="none",
        processor="used",
        parts=ALL,
        shapes=[
            "car_rental",
            "forwarded_rfc822",
            "processor_contact_in_dpa_pdf",
            "board_resolution_pdf",
        ],
        note="complete; the whole request is an attached .eml forwarded by the DPO",
    )


# ------------------------------------------------------------------ church, HTML alternative + scanned minutes


@case
def church_streaming():
    html = """<html><body style="font-family:Georgia">
<p>Til Datatilsynet</p>
<p>Sandvik kirkelige fellesråd ber om <b>forhåndsdrøftelse</b> for strømming av gudstjenester,
begravelser og vigsler fra våre fem kirker, med automatisk ansiktsgjenkjenning for å skjule
personer som har reservert seg.</p>
<h3>Hvem dere kan kontakte</h3>
<table border="1" cellpadding="4">
<tr><th>Rolle</th><th>Navn</th><th>Telefon</th><th>E-post</th></tr>
<tr><td>Kontaktperson</td><td>Kirkeverge Tove Hammer</td><td>51 62 30 10</td><td>tove.hammer@sandvik.kirken.no</td></tr>
<tr><td>Personvernombud (felles for fellesrådene i prostiet)</td><td>Lars Ødegård</td><td>977 12 403</td><td>personvernombud@sandvikprosti.no</td></tr>
<tr><td>Databehandler (strømmeleverandør)</td><td>Kirkestrøm AS v/ Nina Foss</td><td>400 61 200</td><td>nina.foss@kirkestrom.no</td></tr>
</table>
<h3>Hva vi gjør</h3>
<p>Kameraer i koret filmer seremonier, som strømmes åpent og lagres i 30 dager. Ved begravelser
og vigsler strømmes det bare med lenke til familien. Programvaren gjenkjenner ansiktene til
personer som har registrert reservasjon (ansatte, frivillige, menighetsmedlemmer) og
sladder dem automatisk. Gudstjenestedeltakelse avslører religiøs overbevisning (art. 9).</p>
<h3>Hvorfor det er nødvendig og forholdsmessig</h3>
<p>Strømming er etterspurt av syke, eldre og familie i utlandet. Vi har vurdert faste
kameravinkler som bare viser alteret; det er valgt for ordinære gudstjenester. Ansiktsgjenkjenning
brukes bare for å beskytte dem som har reservert seg; alternativet er manuell sladding, som ikke
fungerer direkte. Skilt ved inngang, informasjon i kunngjøringer, og plasser utenfor kameraets
bilde. Reservasjon kan trekkes.</p>
<h3>Risiko</h3>
<ul>
<li>Biometriske maler for reserverte personer kommer på avveie – lav sannsynlighet, høy konsekvens; lagres kryptert lokalt.</li>
<li>Gjenkjenning svikter og en reservert person vises – middels sannsynlighet, høy konsekvens; 20 sek forsinkelse og manuell stopp.</li>
<li>Opptak av begravelse spres – middels/høy; bare lenke, 30 dager. Vurdert å ikke lagre i det hele tatt, men familier ønsker opptak.</li>
<li>Deltakelse avslører tro – høy/middels; kameravinkel mot kor.</li>
</ul>
<p>Vi mener restrisikoen fortsatt er høy for svikt i gjenkjenningen.</p>
<p>Protokoll fra fellesrådets møte, der vurderingen ble lagt frem og godkjent, er skannet og lagt ved.</p>
<p>Vennlig hilsen<br>Tove Hammer<br>kirkeverge</p>
</body></html>"""
    text = (
        "Til Datatilsynet\n\nSe HTML-versjonen av denne e-posten for hele anmodningen om forhåndsdrøftelse "
        "(strømming med ansiktsgjenkjenning). Protokoll er vedlagt.\n\nTove Hammer\nkirkeverge\n"
    )
    minutes = scan_pdf(
        [
            [
                "Sandvik kirkelige fellesråd",
                "Møtebok 30.10.2026",
                "",
                "Sak 22/26 Strømming fra kirkene - vurdering av personvern",
                "Kirkevergen la fram vurderingen av personvernkonsekvenser",
                "og hovedfunnene. Menighetsrådene, kirkemusikerne og",
                "prestene har uttalt seg. Saken ble drøftet første gang",
                "i møtet 25.09.2026.",
                "",
                "Vedtak: Fellesrådet godkjenner vurderingen og ber",
                "kirkevergen søke forhåndsdrøftelse hos Datatilsynet.",
                "Enstemmig vedtatt.",
            ]
        ],
        signature="Ole Kristian Berge, leder",
        stamp="SANDVIK KFR",
    )
    m = message(
        sender="Tove Hammer <tove.hammer@sandvik.kirken.no>",
        subject="Anmodning om forhåndsdrøftelse: strømming fra kirkene",
        date=(2026, 11, 16, 12, 30),
        body=text,
        html=html,
        attachments=[("Skann_motebok_2026-10-30.pdf", minutes)],
        msgid_domain="sandvik.kirken.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="used",
        parts=ALL,
        shapes=[
            "church",
            "multipart_alternative_html_has_content",
            "contact_html_table",
            "scanned_minutes_pdf",
        ],
        note="complete; the substance is only in the HTML alternative (text part is a stub); minutes are an image-only PDF",
    )


# ------------------------------------------------------------------ sports federation, XLSX risk + DOCX


@case
def sports_concussion():
    main = docx(
        [
            ("h1", "Hjernerysteregister for barne- og ungdomsfotball i Norsk Futsalforbund"),
            ("p", "Dokumentasjon til Datatilsynet"),
            ("h2", "Kontakt"),
            (
                "p",
                "Generalsekretær Mona Strand er kontaktperson (mobil 948 17 266, mona.strand@futsalforbundet.no). "
                "Forbundets personvernombud er Even Kristiansen (mobil 413 90 120, pvo@futsalforbundet.no). "
                "Vi bruker ikke databehandler: registeret ligger i forbundets eget medlemssystem, som vi drifter selv.",
            ),
            ("h2", "Hvordan registeret skal fungere"),
            (
                "p",
                "Trenere og kampledere melder mistenkt hjernerystelse i appen. Spilleren (6–19 år) får automatisk "
                "spillestopp i 14 dager, og foresatte varsles. Ved tre rystelser på 24 måneder får klubben varsel om "
                "at spilleren bør utredes. Opplysninger: navn, alder, klubb, hendelse, symptomer, legeattest. "
                "Om lag 28 000 spillere. Lagring til spilleren fyller 21 år.",
            ),
            ("h2", "Hvorfor vi mener det er nødvendig"),
            (
                "p",
                "Frivillig meldeordning har ikke fungert (7 % rapportert). Spillestopp er anbefalt av idrettsmedisinere. "
                "Vi samler ikke inn diagnose, bare at legeattest er levert. Foresatte og spillere over 15 år kan se "
                "registreringen og klage til forbundets medisinske utvalg. Informasjon i klubbene og på kampdag.",
            ),
            ("p", "Risikovurderingen er i eget regneark."),
            ("h2", "Styrebehandling"),
            (
                "p",
                "Forbundsstyret behandlet vurderingen 24.09 og 29.10.2026. Presentasjon fra medisinsk utvalg og "
                "innspill fra klubbledere, Barneombudets veileder og Norges idrettsforbunds jurister ble lagt frem. "
                "Styret vedtok 29.10 (sak 58/26) å godkjenne vurderingen og be om forhåndsdrøftelse, fordi "
                "risikoen for barna fortsatt er høy.",
            ),
        ]
    )
    risk = xlsx(
        [
            (
                "ROS",
                [
                    [
                        "ID",
                        "Risiko for de registrerte",
                        "Sannsynlighet (1-5)",
                        "Konsekvens (1-5)",
                        "Risikotall",
                        "Eksisterende tiltak",
                        "Foreslått tiltak",
                        "Gjennomført?",
                        "Begrunnelse hvis ikke",
                    ],
                    [
                        1,
                        "Trenere i andre klubber ser at et barn har hatt hjernerystelse",
                        3,
                        4,
                        12,
                        "Rollebasert tilgang",
                        "",
                        "Ja",
                        "",
                    ],
                    [
                        2,
                        "Spiller stenges ute uten rystelse (feilmelding)",
                        3,
                        3,
                        9,
                        "Foresatte kan klage",
                        "Rask klagebehandling",
                        "Ja",
                        "",
                    ],
                    [
                        3,
                        "Helseopplysninger om barn lekker",
                        2,
                        5,
                        10,
                        "Kryptering, MFA",
                        "Pseudonymisering",
                        "Nei",
                        "Medlemssystemet støtter ikke",
                    ],
                    [
                        4,
                        "Barn velges bort av trenere pga. historikk",
                        3,
                        4,
                        12,
                        "Informasjon til klubber",
                        "Skjule historikk etter 12 mnd",
                        "Nei",
                        "Medisinsk utvalg ønsker 24 mnd",
                    ],
                    [5, "Lite medvirkning fra barna selv", 4, 2, 8, "Ungdomspanel", "", "Ja", ""],
                ],
            )
        ]
    )
    body = """Hei,

Norsk Futsalforbund ber om forhåndsdrøftelse for et hjernerysteregister for barn og ungdom.
Dokumentasjonen ligger vedlagt (Word-dokument og risikovurdering i Excel).

Vennlig hilsen
Mona Strand
Generalsekretær | Norsk Futsalforbund
Sentralbord 21 02 90 00
"""
    m = message(
        sender="Mona Strand <mona.strand@futsalforbundet.no>",
        subject="Forhåndsdrøftelse – hjernerysteregister barn og ungdom",
        date=(2026, 11, 17, 10, 10),
        body=body,
        attachments=[
            ("Hjernerysteregister_dokumentasjon.docx", main),
            ("ROS_hjernerystelse.xlsx", risk),
        ],
        msgid_domain="futsalforbundet.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="none",
        parts=ALL,
        shapes=["sports_federation", "risk_xlsx", "contact_prose", "approval_described_in_docx"],
        note="complete; children's health data; risk assessment only in XLSX with 'not done because' column",
    )


# ------------------------------------------------------------------ kindergarten chain, vCards + face tagging


@case
def kindergarten_photos():
    doc = pdf(
        [
            ("h1", "Trollskogen Barnehager AS"),
            ("h2", "Automatisk bildedeling med ansiktsgjenkjenning – DPIA"),
            ("h3", "Systematisk beskrivelse"),
            (
                "p",
                "14 barnehager, ca. 1 100 barn 1-6 år. Ansatte tar bilder i hverdagen med barnehagens nettbrett. "
                "Appen BarnehageBilder gjenkjenner barnas ansikter og deler bildet automatisk bare med foreldrene "
                "til barna som er med på bildet. Ansiktsmaler lages fra et referansebilde foreldre laster opp. "
                "Leverandør og databehandler: Småfolk Digital AS. Bilder slettes når barnet slutter.",
            ),
            ("h3", "Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Grunnlag: samtykke fra begge foresatte (art. 6 nr. 1 a og 9 nr. 2 a). Uten samtykke blir barnet "
                "sladdet på alle bilder og ingen mal lages. Manuell merking er alternativet og brukes i dag; den er "
                "tidkrevende og gir feildeling. Foreldre kan se alle bilder av eget barn og slette maler.",
            ),
            ("h3", "Risikovurdering og tiltak"),
            (
                "table",
                [
                    ["Risiko", "Sannsynlighet", "Konsekvens", "Tiltak (status)"],
                    [
                        "Bilde av barn deles med feil foreldre",
                        "Middels",
                        "Høy",
                        "Terskel 0,98 + ansatt godkjenner (gjennomført)",
                    ],
                    [
                        "Biometriske maler av barn lekker",
                        "Lav",
                        "Svært høy",
                        "Kryptert, EU-lagring (gjennomført)",
                    ],
                    [
                        "Barn i sårbar situasjon (barnevern, skjult adresse) vises",
                        "Lav",
                        "Svært høy",
                        "Sperremerking (gjennomført)",
                    ],
                    [
                        "Maler brukes til å trene leverandørens modell",
                        "Middels",
                        "Høy",
                        "Forbud i avtale (gjennomført); "
                        "revisjon hos leverandør vurdert, ikke gjennomført (kostnad)",
                    ],
                ],
            ),
            ("h3", "Ledelsens behandling"),
            (
                "p",
                "Ledergruppen (daglig leder og 14 styrere) fikk vurderingen presentert 2. og 23. oktober 2026, "
                "sammen med innspill fra foreldrerådene og Utdanningsforbundets plasstillitsvalgte. Daglig leder "
                "besluttet 23. oktober å godkjenne DPIA-en og be om forhåndsdrøftelse. Se referat i eget vedlegg.",
            ),
        ]
    )
    ref = docx(
        [
            ("h1", "Referat ledermøte 23.10.2026"),
            (
                "p",
                "Sak 3: BarnehageBilder – DPIA. Presentasjon ved pedagogisk leder Sunniva Holt. Foreldrerådene i 11 "
                "av 14 barnehager støtter løsningen; tre har bedt om at barn under 3 år holdes utenfor. "
                "Beslutning: DPIA godkjent. Barn under 3 år tas ikke med i første fase. Forhåndsdrøftelse bes om.",
            ),
            ("p", "Referent: Sunniva Holt. Godkjent av daglig leder Kristoffer Aasen."),
        ]
    )
    body = """Hei!

Vi i Trollskogen Barnehager sender med dette en anmodning om forhåndsdrøftelse for
ansiktsgjenkjenning i bildedelingsappen vår. DPIA og referat ligger ved, og
kontaktkortene til meg, personvernombudet og leverandøren (databehandler) er lagt ved
som vCard.

Hilsen Sunniva
"""
    m = message(
        sender="Sunniva Holt <sunniva.holt@trollskogen.no>",
        subject="Anmodning om forhåndsdrøftelse",
        date=(2026, 11, 18, 14, 55),
        body=body,
        attachments=[
            ("DPIA BarnehageBilder.pdf", doc),
            ("Referat ledermøte 23.10.docx", ref),
            (
                "Sunniva Holt.vcf",
                vcard(
                    "Sunniva Holt",
                    "Trollskogen Barnehager AS",
                    "Pedagogisk leder / prosjektleder",
                    "+47 936 40 271",
                    "sunniva.holt@trollskogen.no",
                ),
            ),
            (
                "Personvernombud.vcf",
                vcard(
                    "Geir Nymoen",
                    "Trollskogen Barnehager AS",
                    "Personvernombud",
                    "+47 22 44 81 00",
                    "personvernombud@trollskogen.no",
                ),
            ),
            (
                "Smaafolk Digital.vcf",
                vcard(
                    "Hilde Rønning",
                    "Småfolk Digital AS",
                    "Kundeansvarlig (databehandler)",
                    "+47 476 20 813",
                    "hilde.ronning@smaafolk.no",
                ),
            ),
        ],
        msgid_domain="trollskogen.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="used",
        parts=ALL,
        shapes=["kindergarten", "contact_vcard", "dpia_pdf", "minutes_docx"],
        note="complete; all three contacts only as .vcf attachments; vague subject line",
    )


# ------------------------------------------------------------------ county, nynorsk, all prose in body, no headings


@case
def nn_skuleskyss():
    body = """Hei

Vestfjella fylkeskommune ber om førehandsdrøfting av ei ny løysing for skuleskyss, der
elevkortet til om lag 9 000 grunnskuleelevar blir lese av når eleven går på og av bussen,
og føresette kan følgje i ei app kvar barnet gjekk av. Posisjonen til bussen blir lagra
saman med kortnummeret i 60 dagar, og reisemønsteret kan syne kvar barnet bur, kvar det
er etter skuletid og kva helg det er hos kva forelder. Opplysningane kjem frå kortlesarane
og frå skulane sitt elevregister, og blir sende til busselskapa, skulane og føresette.
Løysinga blir driven av fylkeskommunen sjølv; vi nyttar ingen databehandlar.

Vi har vurdert om det er naudsynt. Formålet er at skyssen skal vere trygg og at ingen barn
blir gløymde. Vi har vurdert manuell opprop (fungerer dårleg på lange ruter) og å berre
registrere påstiging (gjev ikkje svar på om barnet kom fram). Vi har valt at føresette berre
ser sitt eige barn, at appen er frivillig, at posisjon ikkje blir vist i sanntid, og at
data om barn med sperra adresse ikkje blir lagra. Elevar og føresette får informasjon via
skulen, og kan sjå alle registreringar i appen.

Den største risikoen vi ser, er at ein forelder utan foreldreansvar, eller i ein
barnefordelingskonflikt, får vite kvar barnet er (høg konsekvens, låg til middels
sannsyn). Tiltak: tilgang krev foreldreansvar frå Folkeregisteret, og skulen kan sperre.
Andre risikoar er at busselskapa brukar data til eigne formål (låg/middels, tiltak i
kontraktane), at data lek ut (låg/høg, tiltak: kryptering og tilgangskontroll), og at
barna kjenner seg overvaka (middels/middels, tiltak: ungdomsrådet er høyrt og løysinga
er avgrensa til skuleskyss). Vi vurderte å slette etter 7 dagar, men det er ikkje gjort
fordi klagesaker om skyss tek lengre tid. Restrisikoen for konfliktsaker er framleis høg.

Fylkesdirektøren si leiargruppe handsama vurderinga 6. og 27. oktober 2026, med
presentasjon av funna og innspel frå ungdomsrådet, Foreldreutvalet for grunnskulen og
busselskapa. Leiargruppa godkjende vurderinga 27. oktober og bad oss sende denne
førespurnaden.

Kontaktperson er underteikna, telefon 57 65 40 33, e-post
astrid.rysstad@vestfjella.no. Personvernombodet vårt er Håkon Midtbø, telefon
57 65 40 00, personvernombod@vestfjella.no.

Med helsing
Astrid Rysstad
seniorrådgjevar, samferdsel
Vestfjella fylkeskommune
"""
    m = message(
        sender="Astrid Rysstad <astrid.rysstad@vestfjella.no>",
        subject="Førehandsdrøfting: registrering av av- og påstiging i skuleskyssen",
        date=(2026, 11, 19, 9, 25),
        body=body,
        msgid_domain="vestfjella.no",
    )
    return m, dict(
        language="nn",
        encrypt="none",
        processor="none",
        parts=ALL,
        shapes=["county", "all_in_body", "no_headings", "running_prose", "contact_at_end_prose"],
        note="complete; all five parts as unheaded prose paragraphs in the body, contacts last",
    )


# ------------------------------------------------------------------ fintech, English, signed letter JPEG


@case
def fintech_openbanking():
    report = pdf(
        [
            ("h1", "Polar Payments AS – DPIA: Open-banking based affordability scoring"),
            ("h2", "1 Summary"),
            (
                "p",
                "Polar Payments offers buy-now-pay-later at 1 900 online shops. We plan to read 12 months of account "
                "transactions (with the customer's consent via PSD2 account information) and compute an "
                "affordability score that decides automatically whether credit up to NOK 25 000 is granted.",
            ),
            ("h2", "2 Description"),
            (
                "table",
                [
                    ["Item", "Description"],
                    ["Data subjects", "Approx. 450 000 applicants per year, 18+"],
                    [
                        "Data",
                        "Transaction lines (amount, counterparty, text), balance, income inferred, identity",
                    ],
                    [
                        "Special categories",
                        "May be inferred (pharmacy, union dues, church donations, gambling)",
                    ],
                    ["Sources", "Customer's bank via AISP licence; national ID; credit bureau"],
                    ["Recipients", "Credit decision engine; debt collection for defaulted loans"],
                    ["Processor", "none – scoring runs in our own data centre"],
                    ["Retention", "Raw transactions 30 days; score and features 5 years (AML)"],
                ],
            ),
            ("h2", "3 Necessity and proportionality"),
            (
                "p",
                "Lending regulations require affordability checks. Transaction data replace a self-declared income "
                "form that often proved wrong. We drop counterparty names of categories that reveal special category "
                "data before scoring, the customer sees which categories were used, can ask for manual review "
                "(Art. 22(3)), and can choose the manual path with payslips instead.",
            ),
            ("h2", "4 Risks"),
            (
                "table",
                [
                    ["#", "Risk to the individual", "Likelihood", "Impact", "Controls", "Residual"],
                    [
                        "1",
                        "Inferred health/religion influences credit",
                        "Medium",
                        "High",
                        "Category filter, model audit",
                        "Medium",
                    ],
                    [
                        "2",
                        "Automated refusal without understanding",
                        "High",
                        "Medium",
                        "Reason codes, manual review",
                        "Medium",
                    ],
                    [
                        "3",
                        "Over-collection of 12 months of private life",
                        "High",
                        "High",
                        "30-day deletion",
                        "High",
                    ],
                    [
                        "4",
                        "Discrimination of young/low-income",
                        "Medium",
                        "High",
                        "Fairness test quarterly",
                        "High",
                    ],
                ],
            ),
            (
                "p",
                "Measures considered but not implemented: limiting to 3 months of data (model accuracy drops too "
                "much according to our tests), and on-device scoring (not feasible).",
            ),
            ("h2", "5 Contacts"),
            (
                "p",
                "Contact: Emma Solberg, Head of Compliance, +47 21 42 99 10, emma.solberg@polarpay.no. "
                "DPO: Thomas Greve, +47 21 42 99 00, dpo@polarpay.no.",
            ),
        ]
    )
    letter = scan_jpeg(
        [
            "Polar Payments AS",
            "Oslo, 30 October 2026",
            "To the Norwegian Data Protection Authority",
            "",
            "Management approval of DPIA - affordability scoring",
            "The executive management team reviewed the DPIA on 9 and",
            "30 October 2026, including the presentation of findings and",
            "input from our consumer panel and the Consumer Council.",
            "We approve the DPIA, accept that residual risks 3 and 4",
            "remain high, and decide to request prior consultation.",
        ],
        signature="Kristian Wold, CEO",
    )
    body = """Dear Datatilsynet,

Polar Payments AS requests prior consultation under Art. 36 GDPR for automated
affordability scoring based on open-banking data. Our DPIA report and a signed letter
from our CEO documenting management's approval are attached.

Yours sincerely,
Emma Solberg
Head of Compliance
Polar Payments AS | +47 21 42 99 10
"""
    m = message(
        sender="Emma Solberg <emma.solberg@polarpay.no>",
        subject="Art. 36 prior consultation – affordability scoring",
        date=(2026, 11, 20, 16, 2),
        body=body,
        attachments=[
            ("PolarPay_DPIA_affordability.pdf", report),
            ("CEO_letter_signed.jpg", letter),
        ],
        msgid_domain="polarpay.no",
    )
    return m, dict(
        language="en",
        encrypt="pgp_mime",
        processor="none",
        parts=ALL,
        shapes=["fintech", "pdf_real_tables", "signed_letter_jpeg", "contact_prose_in_pdf"],
        note="complete; management approval is only a signed letter photographed as JPEG",
    )


# ------------------------------------------------------------------ municipality, AI transcription in child welfare, PPTX


@case
def barnevern_transcription():
    dpia = docx(
        [
            ("h1", "DPIA – KI-transkripsjon i barneverntjenesten"),
            ("p", "Holmestad kommune, Barne- og familietjenesten"),
            ("h2", "Kapittel 1: Tiltaket"),
            (
                "p",
                "Samtaler mellom saksbehandler og barn/foreldre tas opp på nettbrett, transkriberes automatisk og "
                "oppsummeres av en språkmodell som lager utkast til samtalereferat i fagsystemet. Lydfilen slettes "
                "når referatet er godkjent av saksbehandler, senest etter 5 dager. Ca. 3 500 samtaler per år, "
                "mange med barn. Talegjenkjenning og språkmodell leveres av Talehuset AS som databehandler, "
                "kjøres i norsk datasenter.",
            ),
            ("h2", "Kapittel 2: Er tiltaket nødvendig?"),
            (
                "p",
                "Saksbehandlerne bruker i dag 30-40 % av tiden på referater. Barnevernsloven krever dokumentasjon, "
                "ikke opptak; opptak gjøres derfor bare med samtykke fra den som intervjues, og barnet spørres "
                "alltid selv. Referatet leses opp eller vises for den som er intervjuet. Modellen lærer ikke av "
                "samtalene. Alternativ: diktering etter samtalen (prøvd, sparer lite).",
            ),
            ("h2", "Kapittel 3: Hva kan skje med barna og familiene?"),
            (
                "table",
                [
                    ["Hendelse", "Sannsynlighet", "Konsekvens", "Tiltak", "Gjennomført"],
                    [
                        "Feil i referat (hallusinasjon) påvirker vedtak",
                        "Middels",
                        "Svært høy",
                        "Saksbehandler godkjenner, lydfil 5 dager",
                        "Ja",
                    ],
                    ["Lydopptak lekker", "Lav", "Svært høy", "Kryptering, sletting", "Ja"],
                    [
                        "Barnet føler seg presset til å samtykke",
                        "Middels",
                        "Høy",
                        "Eget samtykke, kan stoppe opptak",
                        "Ja",
                    ],
                    [
                        "Leverandøren bruker data til trening",
                        "Lav",
                        "Høy",
                        "Avtale, teknisk sperre",
                        "Ja",
                    ],
                    [
                        "Dialekt og minoritetsspråk gir dårligere referat",
                        "Høy",
                        "Høy",
                        "Tolk, manuell kontroll",
                        "Delvis; språkstøtte for somali og tigrinja ikke tilgjengelig",
                    ],
                ],
            ),
            ("p", "Restrisiko: høy for feil i referat brukt i vedtak."),
        ]
    )
    dba = docx(
        [
            ("h1", "Databehandleravtale – Talehuset AS"),
            ("p", "Bilag 1: Kontaktpunkter"),
            (
                "table",
                [
                    ["Part", "Navn", "Telefon", "E-post"],
                    [
                        "Holmestad kommune",
                        "Rune Aasland, enhetsleder",
                        "63 90 51 70",
                        "rune.aasland@holmestad.kommune.no",
                    ],
                    [
                        "Talehuset AS",
                        "Camilla Berget, personvernansvarlig",
                        "22 31 80 44",
                        "camilla.berget@talehuset.no",
                    ],
                ],
            ),
            ("p", "Bilag 2: Sikkerhetstiltak – se leverandørens dokumentasjon."),
        ]
    )
    slides = slides_pdf(
        [
            (
                "KI-transkripsjon i barnevernet",
                ["Kommunedirektørens ledergruppe 4.11.2026", "Sak 88/26 – DPIA til beslutning"],
            ),
            (
                "Hovedfunn",
                [
                    "Stor tidsbesparelse",
                    "Høy risiko: feil i referat kan påvirke vedtak",
                    "Barn må selv samtykke",
                ],
            ),
            (
                "Hvem har vi hørt?",
                [
                    "Ungdomsrådet",
                    "Fagforbundet og FO",
                    "Barneverntjenestens brukerpanel",
                    "Personvernombudet",
                ],
            ),
            (
                "Tilrådning",
                [
                    "Godkjenne DPIA",
                    "Be Datatilsynet om forhåndsdrøftelse",
                    "Pilot i én avdeling etter svar",
                ],
            ),
        ]
    )
    body = """Hei,

Holmestad kommune ber om forhåndsdrøftelse for bruk av KI-transkripsjon i barneverntjenesten.

Kontaktperson: enhetsleder Rune Aasland, 63 90 51 70, rune.aasland@holmestad.kommune.no
Personvernombud: Vibeke Sandnes, 63 90 50 00, personvernombud@holmestad.kommune.no
Databehandler: Talehuset AS – kontaktperson står i databehandleravtalen, bilag 1.

Vedlegg:
- DPIA
- Databehandleravtale
- Presentasjonen for ledergruppen 4.11. Ledergruppen godkjente DPIA-en i møtet (sak 88/26,
  som var andre gangs behandling) og besluttet å be om forhåndsdrøftelse. Protokoll
  foreligger ikke i egen fil, men vedtaket lyder: «Ledergruppen godkjenner DPIA for
  KI-transkripsjon. Kommunen ber om forhåndsdrøftelse før pilot.»

Mvh Rune Aasland
"""
    m = message(
        sender="Rune Aasland <rune.aasland@holmestad.kommune.no>",
        subject="Forhåndsdrøftelse - KI-transkripsjon barnevern",
        date=(2026, 11, 23, 10, 48),
        body=body,
        attachments=[
            ("DPIA KI-transkripsjon.docx", dpia),
            ("DBA Talehuset.docx", dba),
            ("Ledergruppen 4.11 sak 88-26.pdf", slides),
        ],
        msgid_domain="holmestad.kommune.no",
    )
    return m, dict(
        language="nb",
        encrypt="pgp_mime",
        processor="used",
        parts=ALL,
        shapes=[
            "municipality",
            "child_welfare",
            "slides_pdf_presentation",
            "processor_contact_in_dba_docx",
            "decision_quoted_body",
        ],
        note="complete; approval = PPTX for the leadership group plus the decision quoted in the mail",
    )


# ------------------------------------------------------------------ labour research institute, ODT, access-card logs


@case
def worklife_research():
    doc = odt(
        [
            ("h1", "Arbeidslivsinstituttet – prosjekt «Kontortid»"),
            ("h2", "Anmodning om forhåndsdrøftelse etter GDPR art. 36"),
            ("h3", "Kontaktopplysninger"),
            (
                "table",
                [
                    ["", "Kontaktperson", "Personvernombud"],
                    ["Navn", "Forsker Leila Haddad", "Jostein Kolstad"],
                    ["Telefon", "22 95 86 41", "22 95 86 00"],
                    [
                        "E-post",
                        "leila.haddad@arbeidslivsinstituttet.no",
                        "personvernombud@arbeidslivsinstituttet.no",
                    ],
                ],
            ),
            (
                "p",
                "Databehandler: Ikke aktuelt; data lagres og analyseres på instituttets egen forskningsserver.",
            ),
            ("h3", "Om prosjektet"),
            (
                "p",
                "Vi vil undersøke hjemmekontor og tilstedeværelse ved å hente adgangskortlogger (inn/ut-tidspunkt) for "
                "alle ansatte i fem store virksomheter i 2024-2026 (ca. 11 000 personer), koblet med HR-data om "
                "sykefravær, foreldrepermisjon, alder og kjønn. Arbeidsgiverne utleverer data; de ansatte er ikke "
                "spurt enkeltvis. Data pseudonymiseres hos arbeidsgiver før overføring.",
            ),
            ("h3", "Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Grunnlag: art. 6 nr. 1 e og 9 nr. 2 j, jf. personopplysningsloven § 8 og 9. Spørreundersøkelser "
                "gir for dårlige tall om faktisk tilstedeværelse. Tiltak: pseudonymisering, ingen resultater for "
                "grupper under 20, informasjon til alle ansatte via intranett og mulighet til å reservere seg, "
                "tillitsvalgte i referansegruppen.",
            ),
            ("h3", "Risiko for de ansatte"),
            (
                "table",
                [
                    ["Risiko", "S", "K", "Tiltak", "Rest"],
                    [
                        "Arbeidsgiver identifiserer enkeltpersoner i resultater",
                        "Middels",
                        "Høy",
                        "Minste gruppe 20, ingen utlevering tilbake",
                        "Middels",
                    ],
                    [
                        "Reidentifisering via kombinasjon av permisjon og tider",
                        "Høy",
                        "Høy",
                        "Grovere tidsintervall",
                        "Høy",
                    ],
                    [
                        "Ansatte vet ikke om prosjektet",
                        "Middels",
                        "Middels",
                        "Intranett, reservasjon",
                        "Lav",
                    ],
                ],
            ),
            (
                "p",
                "Ikke gjennomført: innhente samtykke fra hver ansatt (frafall ville gjort utvalget skjevt).",
            ),
            ("h3", "Ledelsens validering"),
            (
                "p",
                "Instituttets direktør og forskningsutvalget behandlet vurderingen 7.10 og 4.11.2026, etter "
                "presentasjon av funn og innspill fra de fem virksomhetenes tillitsvalgte og referansegruppen. "
                "Direktøren godkjente vurderingen 4.11 og besluttet å be om forhåndsdrøftelse (sak FU-19/2026).",
            ),
        ]
    )
    body = """Vedlagt er vår anmodning om forhåndsdrøftelse for prosjektet Kontortid, med alle opplysninger
i ett ODT-dokument.

Leila Haddad
Arbeidslivsinstituttet
"""
    m = message(
        sender="Leila Haddad <leila.haddad@arbeidslivsinstituttet.no>",
        subject="Kontortid – anmodning om forhåndsdrøftelse",
        date=(2026, 11, 24, 13, 13),
        body=body,
        attachments=[("Kontortid_forhandsdrofting.odt", doc)],
        msgid_domain="arbeidslivsinstituttet.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="none",
        parts=ALL,
        shapes=["research_institute", "one_odt", "contact_table_two_column", "cover_minimal"],
        note="complete; everything in one ODT with a two-column contact table",
    )


# ------------------------------------------------------------------ games company, English, external DPO abroad


@case
def games_anticheat():
    body = """Hello,

Nordlys Games AS (Trondheim) requests prior consultation for a kernel-level anti-cheat
component in our online shooter. The DPIA is attached as a single PDF; the board minutes
approving it are the second attachment.

Contacts
  Controller contact: Petter Krogh, Head of Platform, +47 73 10 44 02, petter.krogh@nordlysgames.no
  DPO (external): Annika Berglund, Privacy Partners Stockholm, +46 8 525 200 31, annika@privacypartners.se
  Processor: ShieldCore Ltd (Dublin) runs the cheat analytics – Conor Walsh, +353 1 442 8810,
             conor.walsh@shieldcore.ie

Petter
"""
    dpia = pdf(
        [
            ("h1", "DPIA: Vigil anti-cheat"),
            ("h2", "The processing"),
            (
                "p",
                "Vigil runs as a Windows kernel driver while the game is open. It inspects running processes, loaded "
                "drivers and memory regions that interact with the game, collects hardware identifiers and sends "
                "suspicious signatures plus screenshots of the game window to ShieldCore for analysis. Players are "
                "about 220 000 monthly, 13+. Ban decisions are automatic for known cheats, manual otherwise.",
            ),
            ("h2", "Necessity & proportionality"),
            (
                "p",
                "Cheating ruins matches and led to a 30 % drop in player retention. User-mode anti-cheat is bypassed "
                "within days. Vigil is unloaded when the game closes, does not scan files outside the game's "
                "memory, and screenshots cover only the game window. Players are told before installation, can "
                "uninstall at any time, and can appeal bans; minors' accounts are reviewed manually.",
            ),
            ("h2", "Risk assessment"),
            (
                "table",
                [
                    [
                        "Risk",
                        "Likelihood",
                        "Severity",
                        "Measures implemented",
                        "Measures not implemented (reason)",
                    ],
                    [
                        "Driver vulnerability exploited by malware",
                        "Low",
                        "Very high",
                        "Code audits, signed driver",
                        "Open-sourcing the driver (would help cheaters)",
                    ],
                    [
                        "Collection of data from other programs",
                        "Medium",
                        "High",
                        "Allow-list of inspected regions",
                        "-",
                    ],
                    [
                        "Wrongful permanent ban",
                        "Medium",
                        "Medium",
                        "Manual review for non-signature hits",
                        "-",
                    ],
                    [
                        "Hardware ID used for cross-game tracking",
                        "Low",
                        "Medium",
                        "Hashing with per-game salt",
                        "-",
                    ],
                ],
            ),
            ("p", "Residual risk judged high for driver vulnerabilities and over-collection."),
        ]
    )
    minutes = pdf(
        [
            ("h1", "Minutes – Board of Directors, Nordlys Games AS"),
            (
                "p",
                "Date: 5 November 2026. Present: full board, CEO, Head of Platform, DPO (by video).",
            ),
            (
                "p",
                "Item 3. Vigil anti-cheat DPIA. The Head of Platform presented the findings. The board noted the "
                "views of the player council, the community moderators and the DPO, and that the DPIA had been "
                "discussed at the 1 October meeting. Decision: the DPIA is approved; prior consultation with "
                "Datatilsynet shall be requested before release.",
            ),
        ]
    )
    m = message(
        sender="Petter Krogh <petter.krogh@nordlysgames.no>",
        subject="Prior consultation request: kernel anti-cheat (Vigil)",
        date=(2026, 11, 25, 18, 20),
        body=body,
        attachments=[("Vigil_DPIA.pdf", dpia), ("Board_minutes_2026-11-05.pdf", minutes)],
        msgid_domain="nordlysgames.no",
    )
    return m, dict(
        language="en",
        encrypt="none",
        processor="used",
        parts=ALL,
        shapes=["games", "dpo_external_abroad", "contact_indented_list_body", "board_minutes_pdf"],
        note="complete; external DPO in Sweden and processor in Ireland, contacts as an indented list",
    )


# ------------------------------------------------------------------ nynorsk inter-municipal emergency ward, video triage


@case
def nn_legevakt():
    doc = docx(
        [
            (
                "h1",
                "Vurdering av personvernkonsekvensar: videokonsultasjon og KI-triage ved Indre Fjordane legevakt",
            ),
            ("h2", "Del 1 Skildring"),
            (
                "p",
                "Indre Fjordane interkommunale legevakt (vertskommune Fjordvik, samarbeid med fire kommunar) vil la "
                "innbyggjarar ta kontakt via video. Ein KI-modul les innringaren si skildring (tale til tekst) og "
                "føreslår hastegrad etter Norsk indeks. Sjukepleiar avgjer. Om lag 40 000 kontaktar i året. Opptak "
                "av video blir ikkje lagra; tekst og hastegrad blir journalførte. Leverandør og databehandlar: "
                "HelseVideo Norge AS.",
            ),
            ("h2", "Del 2 Naudsyn og forholdsmessigheit"),
            (
                "p",
                "Lange avstandar og få legar. Telefon åleine gjev dårlegare vurdering av til dømes utslett og "
                "pustebesvær. KI-forslaget er berre rettleiande. Innbyggjarane kan velje vanleg telefon. Informasjon "
                "på nettsida og før samtalen. Innsyn via journal.",
            ),
            ("h2", "Del 3 Risiko"),
            (
                "table",
                [
                    ["Risiko", "Sannsyn", "Konsekvens", "Tiltak", "Status"],
                    [
                        "KI undervurderer hastegrad",
                        "Middels",
                        "Svært høg",
                        "Sjukepleiar avgjer alltid; revisjon",
                        "Gjennomført",
                    ],
                    [
                        "Videobilete blir fanga av uvedkomande",
                        "Låg",
                        "Høg",
                        "Ende-til-ende-kryptering",
                        "Gjennomført",
                    ],
                    [
                        "Tale til tekst fungerer dårleg for dialekt og andrespråk",
                        "Høg",
                        "Høg",
                        "Tolketeneste",
                        "Delvis",
                    ],
                    [
                        "Lagring av tekst lenger enn naudsynt",
                        "Låg",
                        "Middels",
                        "Journalforskrifta",
                        "-",
                    ],
                ],
            ),
            (
                "p",
                "Vurdert, ikkje gjennomført: å slå av KI-forslaget for barn (helsefagleg råd var å behalde det).",
            ),
            ("h2", "Del 4 Kontakt"),
            (
                "p",
                "Kontaktperson: legevaktsjef Oddny Bakke, tlf. 57 72 11 80, oddny.bakke@fjordvik.kommune.no",
            ),
            (
                "p",
                "Personvernombod for dei fem samarbeidskommunane: Sindre Hauge, tlf. 57 72 10 00, "
                "personvernombod@indrefjordane.no",
            ),
            (
                "p",
                "Databehandlar: HelseVideo Norge AS, Ida Ulvestad, tlf. 55 60 33 21, ida.ulvestad@helsevideo.no",
            ),
        ]
    )
    protokoll = scan_pdf(
        [
            [
                "Indre Fjordane legevaktsamarbeid",
                "Protokoll frå styringsgruppa 3.11.2026",
                "",
                "Sak 12/26 Videokonsultasjon og KI-triage - DPIA",
                "Legevaktsjefen la fram vurderinga og hovudfunna.",
                "Innspel frå dei fem kommunane, legeforeininga og",
                "eldreråda var med i saka. Første handsaming 15.09.",
                "",
                "Vedtak: Styringsgruppa godkjenner vurderinga og",
                "ber om førehandsdrøfting hos Datatilsynet.",
            ]
        ],
        signature="Kommunalsjef helse, leiar",
    )
    body = """Hei

Vedlagt er førespurnad om førehandsdrøfting frå Indre Fjordane legevakt: DPIA og
protokoll frå styringsgruppa (skanna).

Venleg helsing
Oddny Bakke
Legevaktsjef
Tlf. 57 72 11 80 (sentralbord legevakt 116 117)
"""
    m = message(
        sender="Oddny Bakke <oddny.bakke@fjordvik.kommune.no>",
        subject="Førespurnad om førehandsdrøfting – videokonsultasjon legevakt",
        date=(2026, 11, 26, 7, 58),
        body=body,
        attachments=[("DPIA_videolegevakt.docx", doc), ("Protokoll_styringsgruppa.pdf", protokoll)],
        msgid_domain="fjordvik.kommune.no",
    )
    return m, dict(
        language="nn",
        encrypt="pgp_mime",
        processor="used",
        parts=ALL,
        shapes=[
            "intermunicipal_health",
            "dpo_interkommunalt",
            "scanned_minutes_pdf",
            "dpia_docx_del_headings",
        ],
        note="complete; nynorsk, shared DPO for five municipalities, scanned minutes",
    )


# ------------------------------------------------------------------ savings bank, voice biometrics, long untidy


@case
def bank_voice_biometrics():
    blocks = [
        ("h1", "Sparebanken Nordkyst – Vurdering av personvernkonsekvenser"),
        (
            "p",
            "Behandling: Stemmebiometri for autentisering i kundesenteret. Mal: Finans Norge PVK-mal 3.1, eksportert "
            "fra risikoverktøyet «Ris360» 02.11.2026. Dokumentet inneholder automatisk genererte avsnitt; "
            "tomme felt er fjernet.",
        ),
    ]
    secs = [
        (
            "0",
            "Dokumentkontroll",
            [
                (
                    "0.1",
                    "Versjonslogg",
                    "v0.1 utkast 03.2026; v0.4 etter høring; v1.0 til ledelsen 09.2026; v1.2 endelig 30.10.2026",
                ),
                ("0.2", "Distribusjon", "Ledergruppen, personvernombud, CISO, kundesenterleder"),
            ],
        ),
        (
            "1",
            "Sammendrag",
            [
                (
                    "1.1",
                    "Konklusjon",
                    "Høy restrisiko knyttet til biometriske maler og til kunder som ikke "
                    "reelt kan velge bort løsningen. Banken ber om forhåndsdrøftelse.",
                )
            ],
        ),
        (
            "2",
            "Behandlingens art",
            [
                (
                    "2.1",
                    "Beskrivelse",
                    "Kunder som ringer kundesenteret autentiseres ved at en "
                    "stemmeprofil lages fra de første 10 sekundene av samtalen og sammenlignes med en "
                    "lagret mal. Malen lages ved første samtale etter samtykke.",
                ),
                ("2.2", "Omfang", "Ca. 160 000 kunder, 600 000 samtaler per år."),
                (
                    "2.3",
                    "Sammenheng",
                    "Erstatter BankID-kode på telefon; økende svindel med "
                    "sosial manipulering av eldre kunder.",
                ),
            ],
        ),
        (
            "3",
            "Dataflyt og ansvar",
            [
                ("3.1", "Kilder", "Samtalen, kunderegister."),
                (
                    "3.2",
                    "Mottakere",
                    "Ingen utenfor banken. Leverandøren VoxID Nordic AS er "
                    "databehandler og drifter biometrimotoren i Norge.",
                ),
                (
                    "3.3",
                    "Lagring",
                    "Maler lagres til kundeforholdet opphører eller samtykket trekkes.",
                ),
                ("3.4", "Informasjonssikkerhet", "Maler kryptert med HSM, separert fra kundedata."),
            ],
        ),
        (
            "4",
            "Lovlighet",
            [
                ("4.1", "Grunnlag", "Art. 9 nr. 2 a – uttrykkelig samtykke."),
                (
                    "4.2",
                    "Frivillighet",
                    "Kunder som ikke samtykker, autentiseres med BankID-app; eldre "
                    "uten app får engangskode per brev (tregere).",
                ),
            ],
        ),
        (
            "5",
            "Nødvendighet og proporsjonalitet",
            [
                (
                    "5.1",
                    "Formål og egnethet",
                    "Reduserer svindel; pilot viste 70 % færre vellykkede svindelforsøk.",
                ),
                (
                    "5.2",
                    "Mindre inngripende alternativer",
                    "Kontrollspørsmål (lett å "
                    "skaffe svar på), BankID-kode (svindlere lurer kunden til å gi den).",
                ),
                ("5.3", "Dataminimering", "Ingen lagring av lydopptak for biometri."),
                (
                    "5.4",
                    "Rettigheter",
                    "Innsyn, sletting via nettbank, tilbaketrekking av samtykke på telefon.",
                ),
            ],
        ),
        ("6", "Risikoidentifikasjon", [("6.1", "Metode", "Ris360 standard 5x5.")]),
        (
            "7",
            "Risikobehandling",
            [
                (
                    "7.1",
                    "Tiltak gjennomført",
                    "HSM, separasjon, livhetsdeteksjon mot syntetisk tale.",
                ),
                (
                    "7.2",
                    "Tiltak vurdert, ikke gjennomført",
                    "Lagring av mal hos kunden (teknisk ikke "
                    "mulig i telefonkanal); automatisk sletting etter 2 år uten bruk (vurderes 2027).",
                ),
                (
                    "7.3",
                    "Medbestemmelse og forutsigbarhet",
                    "Eldrerådet og Seniornett er hørt; kunder varsles hver gang stemmen brukes.",
                ),
            ],
        ),
        (
            "8",
            "Interessenter",
            [
                (
                    "8.1",
                    "Hørte",
                    "Tillitsvalgte i kundesenteret, kundepanel, Finansklagenemnda-kontakt, "
                    "personvernombud.",
                )
            ],
        ),
        ("9", "Godkjenning", [("9.1", "Status", "Se vedlegg 4 (protokoll).")]),
        (
            "10",
            "Kontaktinformasjon",
            [
                (
                    "10.1",
                    "Behandlingsansvarlig",
                    "Sparebanken Nordkyst, kontaktperson Hege Lunde, "
                    "juridisk rådgiver, 77 60 22 45, hege.lunde@nordkyst.no",
                ),
                (
                    "10.2",
                    "Personvernombud",
                    "Svein Olsen, 77 60 20 00, personvernombud@nordkyst.no",
                ),
                (
                    "10.3",
                    "Databehandler",
                    "VoxID Nordic AS, Marius Li, 22 20 84 60, marius.li@voxid.no",
                ),
            ],
        ),
    ]
    for num, title, subs in secs:
        blocks.append(("h2", f"{num}. {title}"))
        for sn, st, tx in subs:
            blocks.append(("h3", f"{sn} {st}"))
            blocks.append(("p", tx))
        if num == "6":
            blocks.append(
                (
                    "table",
                    [
                        ["Ref", "Trussel", "Konsekvens for kunden", "S", "K", "Nivå"],
                        [
                            "T-01",
                            "Malene stjeles og brukes til stemmekloning",
                            "Varig kompromittert biometri",
                            "2",
                            "5",
                            "Høy",
                        ],
                        [
                            "T-02",
                            "Falsk avvisning av kunde med stemmeendring (sykdom)",
                            "Utestengt fra tjenester",
                            "3",
                            "3",
                            "Middels",
                        ],
                        [
                            "T-03",
                            "Kunde føler seg presset til å samtykke",
                            "Ikke frivillig samtykke",
                            "3",
                            "4",
                            "Høy",
                        ],
                        [
                            "T-04",
                            "Bruk av stemme til andre formål (følelsesanalyse)",
                            "Overraskende behandling",
                            "1",
                            "4",
                            "Middels",
                        ],
                        [
                            "T-05",
                            "Leverandøren beholder data etter avtaleslutt",
                            "Tap av kontroll",
                            "2",
                            "4",
                            "Middels",
                        ],
                    ],
                )
            )
    dpia = docx(blocks, header="Sparebanken Nordkyst | KONFIDENSIELT | PVK-0042")
    v2 = xlsx(
        [
            (
                "Risikoregister",
                [
                    ["Ref", "Tiltak", "Eier", "Frist", "Status"],
                    ["T-01", "HSM-kryptering", "CISO", "2026-06", "Ferdig"],
                    [
                        "T-02",
                        "Alternativ autentisering ved avvisning",
                        "Kundesenter",
                        "2026-09",
                        "Ferdig",
                    ],
                    ["T-03", "Tydelig nei-knapp, ingen ulempe", "Produkt", "2026-12", "Delvis"],
                    ["T-05", "Sletterapport fra leverandør", "Innkjøp", "2027-03", "Ikke startet"],
                ],
            )
        ]
    )
    v3 = pdf(
        [
            ("h1", "Informasjonsskriv til kunder (utkast)"),
            (
                "p",
                "Nå kan du bruke stemmen din som legitimasjon når du ringer oss. Det er frivillig...",
            ),
        ]
    )
    v4 = pdf(
        [
            ("h1", "Protokoll ledermøte"),
            (
                "p",
                "Dato: 30.10.2026. Til stede: adm. banksjef Geir Rønning, konserndirektører, CISO, juridisk.",
            ),
            (
                "p",
                "Sak 2 – PVK stemmebiometri (v1.2). Juridisk presenterte funn og endringer siden behandlingen 18.09. "
                "Innspill fra kundepanelet, eldrerådet og tillitsvalgte var oppsummert i saksfremlegget.",
            ),
            (
                "p",
                "Beslutning: Ledermøtet godkjenner PVK-en. Restrisiko for T-01 og T-03 er høy. Banken anmoder om "
                "forhåndsdrøftelse hos Datatilsynet før lansering.",
            ),
            ("p", "Sak 3 – Kvartalsrapport kundesenter. Tatt til orientering."),
        ]
    )
    body = """Hei,

viser til tidligere telefonsamtale med dere i september.

Sparebanken Nordkyst anmoder herved om forhåndsdrøftelse for stemmebiometri i kundesenteret.
Vedlegg 1 er PVK (inkl. kontaktinformasjon i kap. 10), vedlegg 2 risikoregister,
vedlegg 3 informasjonsskriv til kundene (utkast), vedlegg 4 protokoll fra ledermøtet.

Beklager at PVK-en er lang – den er eksportert direkte fra verktøyet vårt.

Med vennlig hilsen
Hege Lunde
Juridisk rådgiver
Sparebanken Nordkyst
Sentralbord 77 60 20 00 | Direkte 77 60 22 45
"""
    m = message(
        sender="Hege Lunde <hege.lunde@nordkyst.no>",
        subject="Anmodning om forhåndsdrøftelse - stemmebiometri",
        date=(2026, 11, 27, 11, 36),
        body=body,
        attachments=[
            ("Vedlegg 1.docx", dpia),
            ("Vedlegg 2.xlsx", v2),
            ("Vedlegg 3.pdf", v3),
            ("Vedlegg 4.pdf", v4),
        ],
        msgid_domain="nordkyst.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="used",
        parts=ALL,
        shapes=[
            "bank",
            "dpia_template_numbered_subchapters",
            "appendices_by_number",
            "docx_header",
            "minutes_with_other_items",
        ],
        note="complete; long tool-exported DPIA (chapters 0-10), contacts in chapter 10, appendices by number only",
    )
