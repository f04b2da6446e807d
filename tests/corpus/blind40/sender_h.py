# ruff: noqa: E501
"""Sender H: Kvist Personvernrådgivning AS, a Trondheim privacy consultancy sending for clients.

Habits: Norwegian; the partner or a senior adviser sends on behalf of the client, with the
client's contact in copy; the consultancy's branded DPIA report (cover block, summary, numbered
chapters, S×K 1–4 risk matrix, appendix with contacts, footer with the firm's details); often
the consultancy is the client's external DPO; client approvals forwarded or scanned.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import letter_pdf, signed_page
from kit import Label, message, txt, when

ANDERS = "Anders Kvist <anders@kvistpersonvern.no>"
NORA = "Nora Eide <nora@kvistpersonvern.no>"

FOOT = [
    "Kvist Personvernrådgivning AS · Kongens gate 8, 7011 Trondheim · Org.nr. 921 877 340 · www.kvistpersonvern.no",
    "Rapporten er utarbeidet for oppdragsgiver og skal ikke deles uten samtykke",
]

SIG_A = "\n" + txt("""
    Med vennlig hilsen

    Anders Kvist
    Partner | Kvist Personvernrådgivning AS
    Kongens gate 8, 7011 Trondheim
    Mob. +47 905 51 224
    anders@kvistpersonvern.no
    """)

SIG_N = "\n" + txt("""
    Vennlig hilsen
    Nora Eide
    Seniorrådgiver personvern, Kvist Personvernrådgivning AS
    T: +47 455 20 918 · nora@kvistpersonvern.no
    """)


def rapport(
    klient: str,
    tittel: str,
    versjon: str,
    sammendrag: str,
    beskr: str,
    nodv: str,
    risiko: str,
    tiltak: str,
    konkl: str,
    vedlegg: str,
) -> str:
    return f"""
# KVIST PERSONVERN

~ Rapport: Vurdering av personvernkonsekvenser (DPIA)
Oppdragsgiver: {klient}
Tema: {tittel}
Versjon: {versjon} · Klassifisering: Fortrolig

# Sammendrag

{sammendrag}

# 1 Innledning og mandat

Kvist Personvernrådgivning AS har på oppdrag fra {klient} gjennomført en vurdering av personvernkonsekvenser etter personvernforordningen artikkel 35. Vurderingen bygger på dokumentgjennomgang, intervjuer og en arbeidsøkt med oppdragsgiver.

# 2 Beskrivelse av behandlingen

{beskr}

# 3 Nødvendighet og forholdsmessighet

{nodv}

# 4 Risikovurdering

{risiko}

# 5 Tiltak

{tiltak}

# 6 Konklusjon, anbefaling og ledelsens behandling

{konkl}

# Vedlegg A Kontaktopplysninger

{vedlegg}
"""


def matrise(rows: list[tuple[str, str, str, str]]) -> str:
    head = "| Risiko for de registrerte | S (1–4) | K (1–4) | Risiko før → etter tiltak |\n"
    return head + "\n".join(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows)


# --- O015: AI X-ray analysis at a dental chain (odd) ----------------------------------------


def c015() -> tuple[EmailMessage, Label]:
    rep = rapport(
        "Smilet Tannklinikker AS",
        "KI-analyse av røntgenbilder og kariesrisikoscore",
        "1.0",
        "Smilet vil bruke en KI-tjeneste fra Denta AI Ltd (Israel) som analyserer bitewing-røntgen og gir tannlegen forslag om karies og en kariesrisikoscore per pasient. Vi vurderer at restrisikoen for feilbehandling og for overføring av helseopplysninger til tredjeland er middels, og anbefaler forhåndsdrøftelse.",
        "22 klinikker, ca. 140 000 pasienter, herav 30 000 barn. Røntgenbilder pseudonymiseres og sendes til Denta AI (Tel Aviv; Israel har adekvansbeslutning). Resultatet vises i journalsystemet som forslag; tannlegen avgjør. Risikoscore lagres i journalen. Bilder hos Denta AI slettes etter 7 dager.",
        "Formål: bedre diagnostikk og mer lik behandling. Grunnlag: art. 9 nr. 2 h, helsepersonelloven og pasientjournalloven. Alternativer: bare tannlegens vurdering (dagens praksis, stor variasjon mellom tannleger), lokal KI-modell (ikke tilgjengelig med CE-merking). Tiltak for pasientene: informasjon i venterom og på nett, pasienten kan reservere seg mot KI-analyse, scoren brukes ikke til prising eller forsikring, innsyn via journal.",
        matrise(
            [
                (
                    "Feil forslag fører til overbehandling eller oversett karies",
                    "2",
                    "3",
                    "Middels → Lav",
                ),
                ("Helseopplysninger i tredjeland kommer på avveie", "2", "3", "Middels → Middels"),
                (
                    "Risikoscore brukes til annet enn behandling (pris, forsikring)",
                    "1",
                    "3",
                    "Lav → Lav",
                ),
                ("Barn og foreldre forstår ikke KI-bruken", "3", "2", "Middels → Lav"),
            ]
        ),
        "Gjennomført: pseudonymisering, 7 dagers sletting, tannlegen avgjør alltid, reservasjonsrett, barneinformasjon. Vurdert, ikke gjennomført: kryptering der Denta AI ikke kan se bildene (ikke teknisk mulig for analysen); drift i EU (leverandøren har ingen EU-region før 2028).",
        "Vi anbefaler forhåndsdrøftelse. Styret i Smilet Tannklinikker AS behandlet rapporten 9. november 2026 og vedtok å be om forhåndsdrøftelse; signert vedtaksside er vedlagt.",
        """
| Rolle | Navn | Telefon | E-post |
| Kontaktperson (behandlingsansvarlig) | Per Ivar Lund, klinikksjef, Smilet Tannklinikker AS | +47 73 55 61 00 | per.ivar.lund@smilet.no |
| Personvernombud (eksternt) | Nora Eide, Kvist Personvernrådgivning AS | +47 455 20 918 | nora@kvistpersonvern.no |
| Databehandler | Yael Mizrahi, Privacy Officer, Denta AI Ltd, Tel Aviv | +972 3 555 1180 | privacy@denta-ai.com |
""",
    )
    vedtak = signed_page(
        """SMILET TANNKLINIKKER AS – STYRETS VEDTAK

Styremøte 9. november 2026, sak 12/26: KI-analyse av røntgenbilder

Styret har fått presentert DPIA-rapport v1.0 fra Kvist Personvernrådgivning AS, funnene og innspill fra tannlegene, tannpleierne og pasientombudet.

Vedtak: Styret godkjenner vurderingen med tiltakene i kapittel 5 og aksepterer restrisikoen knyttet til tredjelandsoverføring som middels. Selskapet skal be Datatilsynet om forhåndsdrøftelse før tjenesten tas i bruk.

Trondheim, 9. november 2026""",
        ["Kari Wold, styreleder", "Per Ivar Lund", "Heidi Aune"],
        seed=1515,
        tilt=0.8,
    )
    body = (
        txt("""
        Til Datatilsynet

        På vegne av vår oppdragsgiver Smilet Tannklinikker AS sender vi anmodning om forhåndsdrøftelse etter personvernforordningen artikkel 36 for KI-analyse av røntgenbilder.

        Vedlagt:
        - DPIA-rapport v1.0 (kontaktopplysninger i vedlegg A)
        - Styrets signerte vedtak 9. november 2026 (skannet)

        Klinikksjef Per Ivar Lund har kopi og er kontaktperson hos den behandlingsansvarlige.

        """)
        + SIG_A
    )
    msg = message(
        "O015",
        ANDERS,
        "Anmodning om forhåndsdrøftelse – Smilet Tannklinikker AS – KI-analyse av røntgenbilder",
        when(11, 12, 12, 55),
        body,
        attachments=[
            ("Kvist_DPIA_Smilet_KI-rontgen_v1.0.pdf", letter_pdf(rep, FOOT, "DPIA")),
            ("Smilet_styrevedtak_2026-11-09.jpg", vedtak),
        ],
        cc="Per Ivar Lund <per.ivar.lund@smilet.no>",
    )
    return msg, Label(
        "nb",
        (
            "dental",
            "health_data",
            "children",
            "new_technology_ai",
            "consultancy_report",
            "sent_by_consultant",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "processor_outside_eu_adequacy",
            "phone_foreign",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_signed_page_scan",
            "scan_jpeg",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: consultancy's branded report with appendix of contacts (client, external DPO, Israeli processor +972); alternatives and patient safeguards; S×K matrix before/after with measures not taken; board decision as a scanned signed JPEG",
    )


# --- O035: remote video verification at an alarm centre (odd) -------------------------------


def c035() -> tuple[EmailMessage, Label]:
    rep = rapport(
        "Tryggvakt Alarm AS",
        "Fjernverifisering med kamera og toveis lyd i private hjem",
        "1.2",
        "Tryggvakt vil la alarmsentralen slå på kamera og mikrofon i kundens hjem i 60 sekunder når innbruddsalarmen går, for å verifisere alarmen før vekter sendes. Restrisikoen for inngrep i privatlivet til andre i husstanden og besøkende vurderes som middels; vi anbefaler forhåndsdrøftelse.",
        "Ca. 21 000 privatkunder. Kamera i stue/gang med lukker; aktiveres bare ved utløst alarm i tilkoblet modus. Bilder og lyd vises for operatør og lagres 30 dager. Berørte: kunden, familie, barn, gjester, barnevakt, håndverkere. Plattform: Vigil Cloud Oy (Finland, databehandler).",
        "Formål: færre falske utrykninger og raskere hjelp. Grunnlag: avtale med kunden (art. 6 nr. 1 b) og berettiget interesse overfor andre i hjemmet. Alternativer: verifisering med telefonoppringing (gjøres i dag, 40 % svarer ikke), bare stillbilder (vurdert, gir dårligere verifisering om natten). Tiltak: aktivering bare ved alarm i tilkoblet modus, lydsignal og lys når kamera er aktivt, fysisk lukker, kunden informerer husstanden (informasjonsark følger med), barnevakt-modus, innsyn og sletting via kundeportal.",
        matrise(
            [
                (
                    "Familiemedlemmer eller gjester filmet i hjemmet uten å vite det",
                    "2",
                    "3",
                    "Middels → Middels",
                ),
                ("Operatører misbruker tilgang", "1", "4", "Middels → Lav"),
                ("Lydopptak av private samtaler", "2", "3", "Middels → Lav"),
                ("Innbrudd i plattformen gir tilgang til kamera i hjem", "1", "4", "Middels → Lav"),
            ]
        ),
        "Gjennomført: tidsbegrensning, signal, lukker, logging av hver aktivering med stikkprøvekontroll, tofaktor for operatører, pen-test. Vurdert, ikke gjennomført: krav om samtykke fra alle voksne i husstanden (ikke mulig å administrere); ingen lagring (politiet trenger opptak ved innbrudd).",
        "Vi anbefaler forhåndsdrøftelse. Ledergruppen i Tryggvakt Alarm AS behandlet rapporten 16. november 2026. Fra referatet: «Ledergruppen har gjennomgått DPIA v1.2 med funn og anbefalinger, og innspill fra kundepanelet og operatørene. Vurderingen godkjennes. Restrisikoen for andre i husstanden aksepteres som middels, og Kvist bes sende anmodning om forhåndsdrøftelse på vegne av selskapet.»",
        """
| Rolle | Navn | Telefon | E-post |
| Kontaktperson | Siv Rønning, driftsdirektør, Tryggvakt Alarm AS | +47 73 55 44 02 | siv.ronning@tryggvakt.no |
| Personvernombud | Gunnar Hoel, Tryggvakt Alarm AS | +47 73 55 44 19 | personvernombud@tryggvakt.no |
| Databehandler | Veera Heikkinen, Vigil Cloud Oy, Espoo | +358 9 555 3008 | privacy@vigilcloud.fi |
""",
    )
    body = (
        txt("""
        Hei,

        Vedlagt følger anmodning om forhåndsdrøftelse fra Tryggvakt Alarm AS om fjernverifisering med kamera og lyd i private hjem. Vi har bistått selskapet med vurderingen og sender på deres vegne. Alle kontaktopplysninger står i vedlegg A.

        """)
        + SIG_N
    )
    msg = message(
        "O035",
        NORA,
        "Forhåndsdrøftelse – Tryggvakt Alarm AS – fjernverifisering med kamera og lyd",
        when(11, 19, 9, 48),
        body,
        attachments=[
            ("Kvist_DPIA_Tryggvakt_fjernverifisering_v1.2.pdf", letter_pdf(rep, FOOT, "DPIA"))
        ],
        cc="Siv Rønning <siv.ronning@tryggvakt.no>",
    )
    return msg, Label(
        "nb",
        (
            "security_company",
            "home_cameras",
            "audio_recording",
            "consultancy_report",
            "sent_by_consultant",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
        ),
        "none",
        True,
        "used",
        "complete: branded report with contacts incl. Finnish processor; alternatives and household safeguards; S×K before/after with measures not taken; management group minutes quoted in chapter 6",
    )


# --- O055: kindergarten photo app, only reviewed with the CEO (odd) --------------------------


def c055() -> tuple[EmailMessage, Label]:
    rep = rapport(
        "Eventyrhagen Barnehager AS",
        "Bildeapp med automatisk ansiktsgjenkjenning av barn",
        "1.0",
        "Eventyrhagen vil sortere bilder fra barnehagehverdagen automatisk per barn med ansiktsgjenkjenning, slik at foreldre bare får bilder av eget barn. Biometriske maler av barn gjør at restrisikoen er middels; vi anbefaler forhåndsdrøftelse.",
        "16 barnehager, ca. 1 350 barn og 290 ansatte. Ansatte tar bilder med barnehagens nettbrett; appen fra Kidframe AB (Sverige, databehandler) lager ansiktsmaler av barn (med foreldresamtykke) og tagger bildene. Bilder av barn uten samtykke sladdes automatisk. Maler slettes når barnet slutter; bilder etter 12 måneder.",
        "Formål: trygg deling av bilder med foreldre. Grunnlag: samtykke fra foreldre (art. 9 nr. 2 a). Alternativer: manuell tagging (tidkrevende, feil deling har skjedd tre ganger i 2025), ingen bildedeling (foreldre ønsker bilder). Tiltak: samtykke per barn, lett å trekke, manuell tagging for barn uten samtykke til ansiktsgjenkjenning, ingen deling i sosiale medier, innsyn.",
        matrise(
            [
                ("Biometriske maler av barn kommer på avveie", "1", "4", "Middels → Lav"),
                (
                    "Feil tagging sender bilder av andres barn til foreldre",
                    "2",
                    "3",
                    "Middels → Lav",
                ),
                ("Foreldre føler seg presset til samtykke", "2", "2", "Lav → Lav"),
                ("Barn med skjermet adresse identifiseres", "1", "4", "Middels → Middels"),
            ]
        ),
        "Gjennomført: kryptering, sletting, sladding, kontroll av tagging før deling, særskilt rutine for barn med skjermingsbehov. Vurdert, ikke gjennomført: lokal ansiktsgjenkjenning på nettbrett (leverandøren tilbyr ikke det).",
        "Vi anbefaler forhåndsdrøftelse. Rapporten er gjennomgått med daglig leder Mona Strand i møte 24. november 2026. Formell behandling i styret gjenstår og er ikke berammet.",
        """
| Rolle | Navn | Telefon | E-post |
| Kontaktperson | Mona Strand, daglig leder, Eventyrhagen Barnehager AS | +47 72 55 19 80 | mona.strand@eventyrhagen.no |
| Personvernombud (eksternt) | Anders Kvist, Kvist Personvernrådgivning AS | +47 905 51 224 | anders@kvistpersonvern.no |
| Databehandler | Emma Lundqvist, Kidframe AB, Stockholm | +46 8 555 640 22 | dataskydd@kidframe.se |
""",
    )
    body = (
        txt("""
        Hei,

        På vegne av Eventyrhagen Barnehager AS ber vi om forhåndsdrøftelse for bildeapp med ansiktsgjenkjenning av barn. DPIA-rapporten ligger ved.

        """)
        + SIG_A
    )
    msg = message(
        "O055",
        ANDERS,
        "Anmodning om forhåndsdrøftelse – Eventyrhagen Barnehager AS – ansiktsgjenkjenning i bildeapp",
        when(12, 3, 14, 5),
        body,
        attachments=[("Kvist_DPIA_Eventyrhagen_bildeapp_v1.0.pdf", letter_pdf(rep, FOOT, "DPIA"))],
        cc="Mona Strand <mona.strand@eventyrhagen.no>",
    )
    return msg, Label(
        "nb",
        (
            "kindergarten",
            "children",
            "biometrics",
            "consultancy_report",
            "sent_by_consultant",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_reviewed_with_ceo_board_pending",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "report complete for parts 1–4; chapter 6 says the report was only reviewed with the CEO and the board's formal handling is pending and not scheduled → only part 5 missing",
        (5,),
    )


# --- O016: cosmetic clinic photos, approval in a forwarded mail (even) ------------------------


def c016() -> tuple[EmailMessage, Label]:
    rep = rapport(
        "Kroppsklinikken AS",
        "Før- og etterbilder i skyløsning med KI-simulering av resultat",
        "1.1",
        "Kroppsklinikken vil lagre før- og etterbilder (ofte nakenbilder) i en ny skybasert journal- og bildeløsning og la pasienter se en KI-simulering av forventet resultat i konsultasjonen. Restrisikoen ved et eventuelt brudd er høy på konsekvens; vi anbefaler forhåndsdrøftelse.",
        "3 klinikker, ca. 4 500 pasienter i året. Bilder tas med klinikkens kamera og lastes opp til Aesthetix Cloud SL (Barcelona, databehandler). Simuleringen lages av samme leverandør. Bilder lagres i journalen i 10 år etter pasientjournalloven. Underleverandør: Nimbus Cloud Europe BV (drift).",
        "Formål: dokumentasjon av behandling og realistiske forventninger før inngrep. Grunnlag: art. 9 nr. 2 h; samtykke for simulering. Alternativer: lokal lagring på klinikkens server (dårligere sikkerhet i dag), ingen simulering (tilbys – frivillig). Tiltak: bilder beskjæres der mulig, ansikt tas ikke med uten at det er nødvendig, simulering bare i konsultasjon og ikke lagret uten ønske, ingen bruk i markedsføring uten eget samtykke, innsyn i journal.",
        matrise(
            [
                ("Nakenbilder lekker (utpressing, krenkelse)", "1", "4", "Middels → Middels"),
                (
                    "Simulering skaper urealistiske forventninger eller press",
                    "2",
                    "3",
                    "Middels → Lav",
                ),
                ("Bilder brukt i markedsføring uten gyldig samtykke", "1", "4", "Middels → Lav"),
            ]
        ),
        "Gjennomført: kryptering med klinikkens nøkler, tofaktor, logg, skille mellom journal og markedsføringsarkiv. Vurdert, ikke gjennomført: sletting av bilder etter behandlingen (strider mot journalplikten).",
        "Vi anbefaler forhåndsdrøftelse. Daglig leders beslutning, etter behandling i ledermøtet, følger i videresendt e-post.",
        """
| Rolle | Navn | Telefon | E-post |
| Kontaktperson | Camilla Dahle, fagansvarlig, Kroppsklinikken AS | +47 22 55 90 14 | camilla.dahle@kroppsklinikken.no |
| Personvernombud (eksternt) | Nora Eide, Kvist Personvernrådgivning AS | +47 455 20 918 | nora@kvistpersonvern.no |
| Databehandler | Marc Puig, DPO, Aesthetix Cloud SL, Barcelona | +34 93 555 2071 | dpo@aesthetixcloud.es |
""",
    )
    inner = message(
        "O016i",
        "Jon Erik Myhre <jon.erik.myhre@kroppsklinikken.no>",
        "SV: DPIA bildeløsning – beslutning",
        when(11, 13, 17, 22),
        txt("""
            Hei Nora,

            Ledermøtet gikk gjennom rapporten i dag (presentasjon ved deg og Camilla, med innspillene fra legene og pasientpanelet). Beslutning: Vi godkjenner vurderingen og tiltakene i kapittel 5, aksepterer restrisikoen som beskrevet, og ber dere sende anmodning om forhåndsdrøftelse til Datatilsynet på vegne av Kroppsklinikken. Vi tar ikke i bruk den nye løsningen før saken er avklart.

            Jon Erik Myhre
            daglig leder, Kroppsklinikken AS
            """),
        to=NORA,
    )
    body = (
        txt("""
        Til Datatilsynet

        På vegne av Kroppsklinikken AS ber vi om forhåndsdrøftelse etter artikkel 36 for lagring av før- og etterbilder i skyløsning med KI-simulering. DPIA-rapporten er vedlagt, og daglig leders beslutning ligger i den videresendte e-posten.

        """)
        + SIG_N
    )
    msg = message(
        "O016",
        NORA,
        "Forhåndsdrøftelse – Kroppsklinikken AS – før/etter-bilder og KI-simulering",
        when(11, 16, 10, 12),
        body,
        attachments=[("Kvist_DPIA_Kroppsklinikken_v1.1.pdf", letter_pdf(rep, FOOT, "DPIA"))],
        forwarded=("SV DPIA bildeløsning – beslutning.eml", inner),
        cc="Camilla Dahle <camilla.dahle@kroppsklinikken.no>",
    )
    return msg, Label(
        "nb",
        (
            "cosmetic_clinic",
            "health_data",
            "new_technology_ai",
            "consultancy_report",
            "sent_by_consultant",
            "dpia_report_pdf",
            "forwarded_rfc822",
            "contact_dpia_table",
            "processor_contact_table",
            "subprocessor_listed",
            "phone_foreign",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_ceo_decision_forwarded",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: branded report with contacts incl. Spanish processor; necessity and patient safeguards; S×K before/after and measure not taken; the CEO's decision after the management meeting in a forwarded .eml",
    )


# --- O036: helmet tags on construction sites, necessity and approval missing (even) ----------


def c036() -> tuple[EmailMessage, Label]:
    rep = rapport(
        "Hove Entreprenør AS",
        "Sanntidsposisjonering av arbeidere med hjelmbrikke på byggeplass",
        "0.8 (utkast)",
        "Hove vil gi alle på byggeplassene en hjelmbrikke som viser posisjon i sanntid og varsler ved nærhet til kraner og maskiner. Restrisikoen for kontroll av arbeidere er foreløpig vurdert som høy.",
        "5 byggeplasser, ca. 600 personer (egne ansatte, underentreprenører, innleide, mange fra Polen og Litauen). Brikken sender posisjon hvert 2. sekund innenfor byggeplassgjerdet til SiteSense AS (databehandler). Historikk lagres 90 dager. HMS-leder ser kart over hvem som er hvor.",
        "[Kommer i versjon 1.0 – avventer drøftingsmøte med tillitsvalgte]",
        matrise(
            [
                ("Kartlegging av pauser og arbeidstempo", "3", "3", "Høy → Middels"),
                ("Innleide forstår ikke informasjonen", "3", "2", "Middels → Lav"),
                ("Posisjonsdata brukt i oppsigelsessaker", "2", "4", "Høy → Middels"),
            ]
        ),
        "Planlagt: informasjon på fire språk, tilgangsbegrensning, forbud mot bruk i personalsaker. Vurdert, ikke gjennomført: posisjon bare ved nærhet til maskiner (systemet støtter det ikke i dag).",
        "Anbefaling gis i versjon 1.0. Ledelsens behandling er ikke gjennomført.",
        """
| Rolle | Navn | Telefon | E-post |
| Kontaktperson | Bjørnar Hove, HMS-direktør, Hove Entreprenør AS | +47 930 55 412 | bjornar.hove@hove-entreprenor.no |
| Personvernombud (eksternt) | Anders Kvist, Kvist Personvernrådgivning AS | +47 905 51 224 | anders@kvistpersonvern.no |
| Databehandler | Lise Aune, SiteSense AS | +47 73 55 27 60 | lise.aune@sitesense.no |
""",
    )
    body = (
        txt("""
        Hei,

        Vi sender på vegne av Hove Entreprenør AS anmodning om forhåndsdrøftelse for sanntidsposisjonering med hjelmbrikke. Oppdragsgiver ønsker å komme i kø hos dere, så vi sender utkastet (v0.8) nå. Kapittel 3 og ledelsens behandling kommer i versjon 1.0.

        """)
        + SIG_A
    )
    msg = message(
        "O036",
        ANDERS,
        "Forhåndsdrøftelse – Hove Entreprenør AS – posisjonering med hjelmbrikke",
        when(11, 27, 13, 33),
        body,
        attachments=[
            ("Kvist_DPIA_Hove_hjelmbrikke_v0.8_utkast.pdf", letter_pdf(rep, FOOT, "DPIA"))
        ],
        cc="Bjørnar Hove <bjornar.hove@hove-entreprenor.no>",
    )
    return msg, Label(
        "nb",
        (
            "construction",
            "employees",
            "location_tracking",
            "consultancy_report",
            "sent_by_consultant",
            "dpia_report_pdf",
            "draft_sent",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "residual_risk",
            "part3_will_follow",
            "part5_not_done",
        ),
        "none",
        True,
        "used",
        "draft report: chapter 3 is only «[Kommer i versjon 1.0 …]» and management handling «er ikke gjennomført» → parts 3 and 5 missing; contacts, description and risk matrix present",
        (3, 5),
    )


# --- O056: guidance meeting for a fertility clinic (even) -----------------------------------


def c056() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        Vi bistår Aurora Fertilitetsklinikk AS, som vurderer et nytt system for matching av eggdonorer og mottakere basert på utseende (fotografier), blodtype og genetiske bærertester.

        Klinikken har ikke ferdigstilt vurderingen av personvernkonsekvenser og har ikke tatt stilling til om forhåndsdrøftelse blir nødvendig. Før arbeidet fortsetter ønsker vi et veiledningsmøte med Datatilsynet for å drøfte:

        1. om ansiktsbilder brukt til likhetsmatching er biometriske opplysninger i denne sammenhengen;
        2. forholdet til bioteknologiloven om donorers identitet;
        3. om Datatilsynet har erfaringer fra lignende saker.

        Dette er ikke en anmodning om forhåndsdrøftelse. Vi foreslår et møte på Teams i januar.

        """)
        + SIG_A
    )
    msg = message(
        "O056",
        ANDERS,
        "Ønske om veiledningsmøte – Aurora Fertilitetsklinikk AS – donormatching",
        when(12, 8, 9, 15),
        body,
    )
    return msg, Label(
        "nb",
        (
            "fertility_clinic",
            "genetic_data",
            "nonrequest_question",
            "asks_guidance_meeting",
            "prior_consultation_declined",
            "sent_by_consultant",
            "all_in_body",
        ),
        "none",
        False,
        "unspecified",
        "asks for a guidance meeting and says it is not a request; only the consultant's signature (no controller contact person, no DPO) → part 1 missing; no DPIA parts",
        (1, 2, 3, 4, 5),
    )


TOPICS = {
    "c015": "dental_ai_xray",
    "c035": "alarm_video_verification",
    "c055": "kindergarten_face_tagging",
    "c016": "cosmetic_photos_ai",
    "c036": "helmet_tag_positioning",
    "c056": "donor_matching",
}
