"""blind7 cases h041-h060, one hand-written function per case."""

from __future__ import annotations

from email.message import EmailMessage

from kit import (
    Label,
    html_from_text,
    message,
    quoted,
    to_docx,
    to_pdf,
    to_xlsx,
    to_zip,
    txt,
    when,
)
from personas import (
    A_DPO,
    F_MATRIX_HEAD,
    a_dpia,
    a_signature,
    b_signature,
    f_contact_html,
    f_contact_plain,
    f_dpia,
    g_doc_control,
    g_signature,
    h_signature,
    i_package,
    i_signature,
    j_memo,
    j_signature,
)

Case = tuple[EmailMessage, Label]


def h041() -> Case:
    memo = j_memo(
        "Anmodning om forhåndsdrøftelse – automatisk jobbmatching med deling til arbeidsgivere",
        "26/05388",
        "04.12.2026",
        [
            (
                "Bakgrunn",
                """Direktoratet vil tilby arbeidssøkere automatisk matching mot ledige stillinger
             og dele en anonymisert profil med arbeidsgivere, som kan be om kontakt.""",
            ),
            (
                "Kontaktpersoner",
                """| Rolle | Navn | Telefon | E-post |
             | Kontaktperson | Hege Lunde Ruud | 22 99 41 88 | hege.lunde.ruud@aid.no |
             | Personvernombud | Nina Rustad-Eide | 22 99 40 00 | personvernombud@aid.no |
             | Databehandler, Matchverk AS | Daniel Fossheim | 23 10 77 52 |
               daniel.fossheim@matchverk.no |""",
            ),
            (
                "Beskrivelse av behandlingen",
                """Om lag 90 000 arbeidssøkere per år. CV, kompetanse, ønsket yrke, geografi og
             tilgjengelighet fra arbeidssøkerprofilen analyseres av en språkmodell som
             Matchverk AS drifter som databehandler. Arbeidssøkeren får forslag; arbeidsgivere
             ser profiler uten navn og kan be om kontakt, som arbeidssøkeren må godta. Data
             lagres så lenge personen er registrert, og 3 måneder etter.""",
            ),
            (
                "Nødvendighet og forholdsmessighet",
                """Hjemmel: arbeidsmarkedsloven § 10 og samtykke for deling med arbeidsgivere.
             Manuell formidling når få. Alder, kjønn og navn fjernes fra profilen som
             arbeidsgivere ser; arbeidssøkeren kan skjule profilen når som helst.""",
            ),
            (
                "Risikovurdering",
                """Se vedlagt ROS-analyse (vedlegg 2).""",
            ),
            ("Ledelsens behandling", """Saken skal behandles i direktørmøtet 14. januar 2027."""),
        ],
    )
    body = (
        txt(
            """
        Til Datatilsynet

        Vedlagt følger notat med anmodning om forhåndsdrøftelse, saksnr. 26/05388, og
        ROS-analysen. Ledelsens behandling kommer senere; vi sender nå for å få saken i gang.
        """
        )
        + "\n"
        + txt(
            j_signature("Hege Lunde Ruud", "prosjektleder", "22 99 41 88", "hege.lunde.ruud@aid.no")
        )
    )
    msg = message(
        "h041",
        "Lunde Ruud Hege <hege.lunde.ruud@aid.no>",
        "Anmodning om forhåndsdrøftelse - jobbmatching (26/05388)",
        when(12, 4, 8, 20),
        body,
        attachments=[("Notat forhåndsdrøftelse 26-05388.docx", to_docx(memo))],
    )
    return msg, Label(
        "nb",
        (
            "memo_docx",
            "headings_plain",
            "contact_table_docx_rows",
            "processor_in_table",
            "attachment_referenced_missing",
            "part5_future_meeting",
            "state_agency",
        ),
        "pgp_mime",
        True,
        "used",
        "agency job matching; the ROS analysis is referred to as attached but is not; management "
        "meeting 14 January",
        (4, 5),
    )


def h042() -> Case:
    rows = [
        ("Kontaktperson", "Gunn Elise Tangen", "951 30 468", "gunn.elise.tangen@trygdevern.no"),
        ("Personvernombud", "Rune Østvold", "917 60 302", "personvernombud@trygdevern.no"),
    ]
    intro = (
        "Trygdevern ber om forhåndsdrøftelse for bruk av åpne kilder (sosiale medier) i "
        "etterforskning av skadesaker. Kontakter:"
    )
    outro = (
        "Vi benytter ingen databehandler; spesialenheten søker selv. Ledelsens godkjenning av "
        "DPIA-en innhentes etter at forhåndsdrøftelsen er gjennomført."
    )
    dpia = f_dpia(
        "Åpne kilder i skadeetterforskning",
        """Spesialenheten (11 etterforskere) skal ved mistanke om svindel søke i åpne
        profiler på sosiale medier etter bilder og innlegg som motsier skademeldingen (for
        eksempel aktivitet etter en meldt ryggskade). Funn lagres som skjermbilder i
        saken i 5 år. Om lag 600 saker i året. Mottakere: skadebehandler, ved anmeldelse
        politiet.""",
        """Nødvendighetsvurdering: under arbeid.""",
        """| Risiko | Før | Tiltak | Etter |
        | Innsamling om tredjepersoner (venner, familie) på bildene | Høy | Sladding før
          lagring | Middels |
        | Feiltolkning av bilder fører til avslag | Høy | To etterforskere vurderer;
          kunden får uttale seg | Middels |
        | Skjult overvåking av kunden over tid | Høy | Bare søk ved konkret mistanke,
          maks to søk | Høy |""",
        """Restrisikoen for skjult overvåking er høy.""",
    )
    msg = message(
        "h042",
        "Gunn Elise Tangen <gunn.elise.tangen@trygdevern.no>",
        "Forhåndsdrøftelse – åpne kilder i skadeetterforskning",
        when(12, 4, 9, 5),
        f_contact_plain(intro, rows, outro),
        f_contact_html(intro, rows, outro),
        attachments=[("DPIA Apne kilder.docx", to_docx(dpia))],
    )
    return msg, Label(
        "nb",
        (
            "multipart_alternative",
            "html_table_body",
            "dpia_report_docx",
            "headings_del",
            "processor_none_stated",
            "part3_under_work",
            "risk_table_docx",
            "part5_after_consultation",
        ),
        "none",
        True,
        "none",
        "insurer OSINT investigations; necessity «under arbeid», management approval only after "
        "the consultation",
        (3, 5),
    )


def h043() -> Case:
    body = (
        txt(
            """
        Hi Datatilsynet,

        Lumora Labs requests a prior consultation for "Lumora Kids", a version of our voice
        screening app for speech-development delay in children aged 3-6.

        1) What we're building
        Parents record their child naming 40 pictures in the app. The recordings are
        processed on our own servers (we host everything ourselves in a Norwegian data
        centre, no processor involved) and compared with age norms; parents get a report
        and a suggestion to contact the health station if the child is far below the norm.
        About 5 000 children expected in year one. Data: audio, child's age, sex, languages
        spoken at home, parent's e-mail. Audio deleted after 7 days, results kept until the
        parent deletes the account. The CTO is responsible for security.

        2) Why this is necessary and proportionate
        Will follow – our lawyer is finishing it this week.

        3) Risks
        We ran a risk workshop on 12 November; the write-up will follow in a separate
        document.

        4) Management validation
        The board reviewed the DPIA on 13 October and 19 November 2026 (findings presented
        by me, input from two speech therapists and a parents' panel), approved it and
        decided that we request prior consultation.

        Contacts
        - Contact person: me, see below
        - DPO: Karin Holt, Privasi Advisory AS, +47 400 12 377, karin.holt@privasi.no
        """
        )
        + "\n"
        + txt(
            b_signature(
                "Sara Nwosu-Dahl", "Head of Product", "+47 936 02 118", "sara@lumoralabs.no"
            )
        )
    )
    msg = message(
        "h043",
        "Sara Nwosu-Dahl <sara@lumoralabs.no>",
        "Prior consultation - Lumora Kids",
        when(12, 4, 10, 1),
        None,
        html_from_text(body),
    )
    return msg, Label(
        "en",
        (
            "html_only_body",
            "startup_informal",
            "headings_num_paren",
            "contact_signature",
            "processor_none_stated",
            "part3_will_follow",
            "part4_will_follow",
            "part5_short_paragraph",
        ),
        "pgp_mime",
        True,
        "none",
        "start-up children's speech screening; necessity and risk write-up «will follow»",
        (3, 4),
    )


def h044() -> Case:
    dpia = a_dpia(
        "Kamera med fallvarsling på skjerma eining, rusbehandling",
        [
            (
                "Kontaktperson",
                "Torstein Hjelle",
                "+47 57 83 97 15",
                "torstein.hjelle@helse-vestfjord.no",
            ),
            A_DPO,
            ("Databehandlar", "Ingen – løysinga er driven av Helse Vestfjord IKT", "–", "–"),
        ],
        """På skjerma eining for avrusing (8 senger, om lag 350 innleggingar i året) skal
        eit kamera i kvart pasientrom analysere biletet lokalt og varsle personalet ved fall
        eller når pasienten ikkje har rørt seg på 20 minutt om natta. Personalet kan sjå
        straumen i 60 sekund etter varsel; elles er biletet skjult. Ingen opptak blir lagra;
        varsellogg (tid, rom, type) blir lagra i 3 månader. Einingsleiar har ansvaret.""",
        """Grunnlag: art. 9 nr. 2 h og spesialisthelsetenestelova § 3-2; pasientane sitt
        samtykke ved innlegging, med alternativ tilsyn kvart 15. minutt for dei som seier
        nei. Tre dødsfall ved overdose på eininga sidan 2022 skjedde mellom tilsyna.
        Tilsyn kvart 15. minutt vekkjer pasientane og gir dårlegare søvn under avrusing.""",
        """| Risiko | Før tiltak | Tiltak | Etter tiltak |
        | Pasientane kjenner seg overvaka i ein sårbar situasjon | Høg | Skjult bilete;
          lampe viser når personalet ser | Høg |
        | Personalet ser straumen utan varsel | Middels | Teknisk sperre, logg | Låg |
        | Falske varsel fører til unødige tilsyn | Middels | Justering i pilot | Låg |
        Vurdert, ikkje gjennomført: radar i staden for kamera – fangar ikkje opp
        pustestans godt nok.""",
        "Restrisikoen for opplevd overvaking er høg, og vi ber om forhåndsdrøfting.",
        [("1.0", "19.11.2026", "Ferdig", "T. Hjelle", "")],
    )
    body = (
        txt(
            """
        Hei Datatilsynet

        Helse Vestfjord HF, Klinikk for rus og avhengigheit, ber om forhåndsdrøfting for
        kamera med fallvarsling på skjerma eining. DPIA-en ligg ved som PDF.

        Leiinga si handsaming: Klinikkleiinga handsama DPIA-en 22. oktober og 26. november
        2026. Torstein Hjelle la fram funna, og brukarrådet og erfaringskonsulentane på
        eininga hadde gitt skriftlege innspel. Klinikkdirektøren godkjende DPIA-en på
        møtet 26. november, og klinikkleiinga vedtok å be om forhåndsdrøfting.
        """
        )
        + "\n"
        + txt(a_signature("Torstein Hjelle", "Einingsleiar, Skjerma eining", "+47 57 83 97 15"))
    )
    msg = message(
        "h044",
        "Torstein Hjelle <torstein.hjelle@helse-vestfjord.no>",
        "Førespurnad om forhåndsdrøfting – kamera skjerma eining",
        when(12, 4, 12, 36),
        body,
        attachments=[("DPIA_kamera_skjerma_eining.pdf", to_pdf(dpia))],
    )
    return msg, Label(
        "nn",
        (
            "dpia_report_pdf",
            "contact_table_rows_role",
            "processor_none_stated",
            "headings_num",
            "risk_table_pdf",
            "part5_short_paragraph",
            "revision_table_no_signoff",
        ),
        "pgp_mime",
        True,
        "none",
        "complete; nynorsk clinic camera fall alarms; DPIA PDF holds 1-4, management paragraph "
        "in the mail",
    )


def h045() -> Case:
    body = txt(
        """
        Datatilsynet

        KLAGE PÅ KAMERAOVERVÅKING – VÅR KLIENT TOR ARNE MYHRE

        Vi representerer Tor Arne Myhre, som er ansatt som lagerarbeider hos Nordlager
        Logistikk AS i Malvik. Arbeidsgiveren har siden september 2026 brukt kameraer med
        bevegelsesanalyse som måler hvor lenge den enkelte ansatte står stille.
        Klienten har fått en advarsel basert på disse dataene.

        Etter det vi kjenner til har arbeidsgiveren verken gjennomført en vurdering av
        personvernkonsekvenser eller bedt Datatilsynet om forhåndsdrøftelse. Vi ber
        tilsynet vurdere saken og eventuelt pålegge stans.

        Fullmakt og kopi av advarselen følger vedlagt.

        Med vennlig hilsen
        Advokatfirmaet Strandlie & Moe AS
        Thomas Sandvik Lie, advokatfullmektig
        0047 73 80 61 30 | tsl@strandliemoe.no
        """
    )
    msg = message(
        "h045",
        "Thomas Sandvik Lie <tsl@strandliemoe.no>",
        "Klage på kameraovervåking – Nordlager Logistikk AS",
        when(12, 1, 16, 0),
        body,
        attachments=[
            (
                "Fullmakt Myhre.pdf",
                to_pdf(
                    "# Fullmakt\n\nUndertegnede gir Advokatfirmaet "
                    "Strandlie & Moe AS fullmakt i saken mot Nordlager "
                    "Logistikk AS.\n\nMalvik, 28.11.2026\n\nTor Arne "
                    "Myhre (sign.)"
                ),
            ),
        ],
    )
    return msg, Label(
        "nb",
        ("nonrequest_complaint", "lawyer_on_behalf", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "law firm complaint about an employer's cameras; mentions that no prior consultation "
        "was requested",
    )


def h046() -> Case:
    body = txt(
        """
        Thank you for your e-mail. I am out of the office until 4 January 2027 with limited
        access to e-mail. For urgent matters regarding prior consultation or the DPIA,
        please contact dpo@velora-mobility.eu.

        Henrik Aalvik
        Director Nordic Operations, Velora Mobility Nordic NUF
        """
    )
    msg = message(
        "h046",
        "Henrik Aalvik <henrik.aalvik@velora-mobility.eu>",
        "Automatic reply: Prior consultation (Art. 36) – rider ID verification Norway",
        when(12, 2, 16, 45),
        body,
        headers={
            "Auto-Submitted": "auto-replied",
            "In-Reply-To": "<20261202164400.ack.datatilsynet@datatilsynet.no>",
        },
    )
    return msg, Label(
        "en",
        ("nonrequest_autoreply", "all_in_body", "very_short"),
        "none",
        False,
        "unspecified",
        "out-of-office auto-reply whose subject names an earlier prior consultation",
    )


def h047() -> Case:
    report = """
# Melding om brot på personopplysningstryggleiken

Helse Vestfjord HF, org.nr. 983 410 227

| Tidspunkt for brotet | 25.11.2026 kl. 14:10 |
| Oppdaga | 26.11.2026 kl. 08:30 |
| Kategori | Konfidensialitet – feilsending |
| Tal på registrerte | 1 |
| Opplysningar | Epikrise med diagnose og medisinering |

# Kva har skjedd?

Ei epikrise vart sendt til feil fastlege på grunn av feil i adresseregisteret. Mottakaren har
stadfesta sletting. Pasienten er informert.

# Tiltak

Adresseregisteret er retta; rutine for kontroll av mottakar er innskjerpa.
"""
    body = (
        txt(
            """
        Hei,

        Vedlagt følger melding om brudd på personopplysningssikkerheten etter artikkel 33
        (feilsendt epikrise). Meldingen er også sendt via Altinn.

        Saken har ingen sammenheng med DPIA-ene vi har sendt tilsynet tidligere.
        """
        )
        + "\n"
        + txt(a_signature("Sigrun Aasheim", "Personvernombud", "+47 57 83 91 40"))
    )
    msg = message(
        "h047",
        "Personvernombud Helse Vestfjord <personvernombud@helse-vestfjord.no>",
        "Avviksmelding art. 33 – feilsendt epikrise",
        when(11, 26, 10, 15),
        body,
        attachments=[("Avviksmelding_2026-11-26.pdf", to_pdf(report))],
    )
    return msg, Label(
        "nb",
        ("nonrequest_breach", "pdf", "mentions_dpia"),
        "pgp_mime",
        False,
        "unspecified",
        "breach notification (misdirected discharge summary) from the health trust's DPO",
    )


def h048() -> Case:
    body = txt(
        """
        Hei

        Vi er ein liten friskule som vurderer å ta opp undervisninga på video (Teams) slik at
        elevar som er sjuke kan sjå ho i etterkant. Opptaka blir liggjande i 14 dagar.

        Må vi be Datatilsynet om forhåndsdrøfting for dette, eller held det med ei vanleg
        vurdering av personvernkonsekvensar? Vi har ikkje gjort noko enno.

        Helsing
        Oddny Hatlestad
        rektor, Fjordbotn friskule SA
        mob. 957 12 345
        """
    )
    msg = message(
        "h048",
        "Oddny Hatlestad <oddny.hatlestad@fjordbotn.skule.no>",
        "Spørsmål om forhåndsdrøfting – videoopptak av undervisning",
        when(11, 30, 8, 3),
        body,
    )
    return msg, Label(
        "nn",
        ("nonrequest_must_we_ask", "all_in_body", "very_short", "school"),
        "inline",
        False,
        "unspecified",
        "nynorsk school asks whether recording lessons needs prior consultation",
    )


def h049() -> Case:
    contacts = """
| Behandlingsansvarlig | Kystlinjen Ferjeselskap AS, org.nr. 913 402 876 |
| Kontaktperson | Bjørnar Kildahl, HMS-direktør |
| Telefon | tlf. 75 51 20 34 |
| E-post | bjornar.kildahl@kystlinjen.no |
| Personvernombud | Linn Marie Steiro |
| Telefon | tlf. 75 51 20 09 |
| E-post | personvern@kystlinjen.no |
"""
    pdf = i_package(
        [
            ("Kontaktpersoner", contacts),
            (
                "Beskrivelse av behandlingen",
                """Billettkontrollører og mannskap på 9 ferjer får kroppskamera som startes
             manuelt ved truende situasjoner. Opptak lastes opp til Havbris Data AS, som
             lagrer og forvalter opptakene som databehandler. Opptak slettes etter 30
             dager, med mindre de utleveres til politiet. Om lag 60 ansatte bærer kamera;
             passasjerer i konflikt filmes.""",
            ),
            (
                "Nødvendighet og forholdsmessighet",
                """Vold og trusler mot mannskap økte fra 14 til 37 hendelser 2023-2025. Kameraet
             filmer bare når det startes, og et rødt lys viser opptak. Passasjerer
             informeres med skilt og kunngjøring. Alternativ: vekter om bord – for kostbart
             og ikke mindre inngripende.""",
            ),
            (
                "Risiko",
                """| Risiko | Før | Tiltak | Etter |
             | Uskyldige passasjerer filmes | Høy | Manuell start, forhåndsopptak 30 s | Middels |
             | Opptak brukes mot ansatte | Middels | Avtale med tillitsvalgte | Lav |
             | Opptak lekker | Middels | Kryptering hos Havbris Data | Lav |""",
            ),
            (
                "Ledelsens behandling",
                """Saken skal opp i styret 16. desember 2026. Styrets behandling og vedtak
             ettersendes.""",
            ),
        ]
    )
    body = (
        txt(
            """
        Hei,

        Vedlagt anmodning om forhåndsdrøftelse for kroppskamera om bord.
        """
        )
        + "\n"
        + txt(
            i_signature(
                "Bjørnar Kildahl", "HMS-direktør", "75 51 20 34", "bjornar.kildahl@kystlinjen.no"
            )
        )
    )
    msg = message(
        "h049",
        "Bjornar Kildahl <bjornar.kildahl@kystlinjen.no>",
        "Forhåndsdrøftelse kroppskamera",
        when(12, 4, 13, 40),
        body,
        attachments=[("Kystlinjen_forhandsdroftelse_kroppskamera.pdf", to_pdf(pdf))],
    )
    return msg, Label(
        "nb",
        (
            "one_pdf",
            "headings_caps",
            "contact_table_pdf_2col",
            "p1_proc_no_contact",
            "risk_table_pdf",
            "part5_will_follow",
            "transport",
        ),
        "none",
        True,
        "used",
        "ferry body cameras; processor Havbris Data named without contact; board treatment "
        "«ettersendes»",
        (1, 5),
    )


def h050() -> Case:
    v4 = """
# Vedlegg 4 – Risikovurdering (ANPR ved gjenvinningsstasjonene)

| Nr | Uønsket hendelse | Risiko før | Tiltak | Restrisiko |
| 1 | Kartlegging av innbyggeres bevegelser | Middels | Bare passering ved stasjonen | Lav |
| 2 | Feil avvisning av privatkunde | Middels | Betjent kan overstyre | Lav |
| 3 | Skiltdata brukes til andre formål | Høy | Formålsbegrensning i avtale | Middels |
"""
    body = txt(
        """
        Hei.

        Vi ettersender vedlegg 4 (risikovurdering) til vår anmodning om forhåndsdrøftelse
        for ANPR ved gjenvinningsstasjonene, sendt 20. november 2026. Vedlegget falt dessverre
        ut av den første e-posten.

        Vennlig hilsen

        Knut Olav Sletten
        Avdelingsleder renovasjon
        IT-avdelingen, Hallingvik kommune
        """
    )
    msg = message(
        "h050",
        "Knut Olav Sletten <knut.olav.sletten@hallingvik.kommune.no>",
        "Ettersender vedlegg 4 – forhåndsdrøftelse ANPR gjenvinningsstasjoner",
        when(11, 24, 11, 2),
        body,
        attachments=[("Vedlegg 4 - Risikovurdering.pdf", to_pdf(v4))],
    )
    return msg, Label(
        "nb",
        ("nonrequest_supplement_to_earlier", "pdf", "references_earlier_request"),
        "none",
        False,
        "unspecified",
        "«Ettersender vedlegg 4» for the municipality's earlier ANPR request (h012)",
    )


def h051() -> Case:
    notat = """
# Høringsnotat – endringer i arbeidsmarkedsloven (deling av opplysninger med
arbeidsgivere)

# 1 Innledning

Arbeids- og inkluderingsdepartementet sender på høring forslag om en ny hjemmel for at
Arbeidsinkluderingsdirektoratet kan dele opplysninger om arbeidssøkere med arbeidsgivere
ved formidling.

# 5 Personvernkonsekvenser

Direktoratet vil gjennomføre en vurdering av personvernkonsekvenser og vurdere om det er
behov for forhåndsdrøftelse med Datatilsynet før løsningen tas i bruk.
"""
    body = txt(
        """
        Til høringsinstansene

        Arbeidsinkluderingsdirektoratet sender på vegne av departementet forslag til
        endringer i arbeidsmarkedsloven på høring. Høringsfristen er 1. mars 2027.
        Uttalelser sendes til postmottak@aid.no, merket 26/05401.

        Med hilsen
        Arbeidsinkluderingsdirektoratet
        Juridisk avdeling
        """
    )
    msg = message(
        "h051",
        "Postmottak AID <postmottak@aid.no>",
        "Høring – endringer i arbeidsmarkedsloven (deling med arbeidsgivere)",
        when(12, 2, 12, 0),
        body,
        attachments=[("Høringsnotat 26-05401.pdf", to_pdf(notat))],
    )
    return msg, Label(
        "nb",
        ("nonrequest_consultation_paper", "pdf", "role_mailbox", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "public consultation (høring) sent to all bodies; mentions a possible future prior "
        "consultation",
    )


def h052() -> Case:
    dpia = """
# Vurdering av personvernkonsekvenser – automatisert vandelskontroll ved skjenkebevilling

Hallingvik kommune, Serviceavdelingen

# 1 Beskrivelse av behandlingen

Ved søknad om og løpende kontroll av skjenkebevilling (om lag 45 bevillingshavere, 160
styrere og stedfortredere) skal kommunen automatisk hente opplysninger fra Skatteetaten
(restanser), Brønnøysundregistrene, og politiets uttalelse om vandel via en integrasjon levert
av Bevillingsdata AS (databehandler). Systemet markerer saker som krever nærmere
vurdering. Bevillingsvedtak fattes av formannskapet. Data lagres i sakssystemet etter
arkivloven. Ansvar: leder serviceavdelingen.

# 2 Nødvendighet og forholdsmessighet

Hjemmel: alkoholloven § 1-7b og § 1-9 med forskrift. I dag innhentes opplysningene manuelt
og sjelden, slik at brudd oppdages sent. Bare opplysninger som alkoholloven krever, hentes.
Bevillingshaver varsles før negative opplysninger brukes og kan uttale seg.

# 3 Risikovurdering

| Risiko | Før | Tiltak | Etter |
| Opplysninger om straffbare forhold blir kjent for flere enn nødvendig | Høy | Bare to
  saksbehandlere har tilgang | Middels |
| Løpende kontroll oppleves som overvåking av næringsdrivende | Middels | Kontroll to
  ganger i året, ikke kontinuerlig | Middels |
| Feil i registrene gir urettmessig inndragning | Høy | Manuell kontroll, kontradiksjon |
  Middels |

Vurdert, ikke gjennomført: full automatisering av inndragning – ikke forsvarlig.
"""
    body = txt(
        """
        Hei.

        Hallingvik kommune ber om forhåndsdrøftelse for automatisert vandelskontroll ved
        skjenkebevilling. Vurderingen av personvernkonsekvenser ligger ved.

        Kontaktopplysninger

        Behandlingsansvarlig
        Hallingvik kommune, org.nr. 964 118 220
        Kontaktperson: Geir Ove Nestegard, leder serviceavdelingen
        tlf. 32 14 80 45
        e-post: geir.ove.nestegard@hallingvik.kommune.no

        Personvernombud
        Hallingdal interkommunale personvernombud
        Per Arne Rude
        tlf. 32 08 77 10
        e-post: personvernombud@hallingdal-ikt.no

        Databehandler
        Bevillingsdata AS
        Org.nr. 924 880 173
        Bjørnstjerne Bjørnsons gate 110
        3044 Drammen
        Live Sandnes, kundeansvarlig
        tlf. 32 80 19 62
        live.sandnes@bevillingsdata.no

        Ledelsens behandling
        Kommunedirektørens ledergruppe behandlet DPIA-en 27. oktober og 24. november 2026.
        Funnene ble lagt fram sammen med uttalelser fra næringsforeningen og politiet.
        Ledergruppen godkjente DPIA-en og besluttet å be om forhåndsdrøftelse (sak 58/26).

        Vennlig hilsen

        Geir Ove Nestegard
        Leder serviceavdelingen
        Hallingvik kommune
        Rådhusvegen 4, 3579 Hallingvik
        Sentralbord 32 14 80 00
        """
    )
    msg = message(
        "h052",
        "Geir Ove Nestegard <geir.ove.nestegard@hallingvik.kommune.no>",
        "Forhåndsdrøftelse – vandelskontroll skjenkebevilling",
        when(11, 25, 13, 13),
        body,
        attachments=[("DPIA vandelskontroll.pdf", to_pdf(dpia))],
    )
    return msg, Label(
        "nb",
        (
            "cover_in_body",
            "contact_label_value",
            "processor_block_orgnr_address",
            "processor_contact_body",
            "dpia_report_pdf",
            "risk_table_pdf",
            "part5_short_paragraph",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; municipality licence vetting; contacts with processor block in the mail, "
        "DPIA PDF holds 2-4",
    )


def h053() -> Case:
    body = txt(
        """
        Hei,

        Forskningsgruppen for arbeidshelse ved Universitetet i Nordvik planlegger en biobank
        med blodprøver og arbeidshistorikk fra 3 000 offshorearbeidere. Vi er usikre på
        behandlingsgrunnlag og om vi kan bruke data fra arbeidsgivernes helsetjeneste.

        Vi ønsker et veiledningsmøte med Datatilsynet før vi ferdigstiller DPIA-en og
        eventuelt ber om forhåndsdrøftelse. Passer det i januar?

        Vennlig hilsen
        Ingvild Sørstrand
        professor, UiN
        tlf. 77623344
        """
    )
    msg = message(
        "h053",
        "Ingvild Sorstrand <ingvild.sorstrand@uin.no>",
        "Ønske om veiledningsmøte – biobank offshore",
        when(11, 19, 15, 0),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_guidance", "all_in_body", "very_short", "research"),
        "none",
        False,
        "unspecified",
        "university asks for a guidance meeting before deciding whether to request",
    )


def h054() -> Case:
    rows = [
        ("Kontaktperson", "Henning Aarflot", "936 48 210", "henning.aarflot@trygdevern.no"),
        ("Personvernombud", "Rune Østvold", "917 60 302", "personvernombud@trygdevern.no"),
        (
            "Databehandler (Medrisk Underwriting AS)",
            "Tonje Skarstein",
            "+47 22 05 33 90",
            "tonje.skarstein@medrisk.no",
        ),
    ]
    intro = (
        "Trygdevern ber om forhåndsdrøftelse for digital helseerklæring med automatisert "
        "risikovurdering i livsforsikring. Kontakter:"
    )
    outro = "DPIA og risikomatrise er vedlagt. Konsernsjefens godkjenning er videresendt under."
    forward = txt(
        """
        ---------- Videresendt melding ----------
        Fra: Christian Wold <christian.wold@trygdevern.no>
        Dato: 1. des. 2026 kl. 17:20
        Emne: SV: Digital helseerklæring – godkjenning av DPIA
        Til: Henning Aarflot <henning.aarflot@trygdevern.no>
        """
    ) + quoted(
        txt(
            """
            Hei Henning,

            Konsernledelsen gikk i dag gjennom DPIA-en for digital helseerklæring for andre
            gang (første gang 3. november). Vi fikk presentert funnene, særlig risikoen for
            at automatisk avslag rammer kunder med psykiske lidelser, og innspillene fra
            Kreftforeningen og Mental Helse. Konsernledelsen godkjenner DPIA-en og ber deg
            sende anmodning om forhåndsdrøftelse, siden restrisikoen er høy.

            Christian Wold
            konsernsjef
            """
        )
    )
    dpia = f_dpia(
        "Digital helseerklæring",
        """Søkere til livs- og uføreforsikring (om lag 25 000 i året) fyller ut helseerklæring
        digitalt. Medrisk Underwriting AS (databehandler) vurderer svarene med en regelmotor
        og gir utfallet «godkjent», «tillegg», «avslag» eller «manuell vurdering». Avslag
        gis automatisk bare når svarene oppfyller faste avslagsregler. Data lagres i
        avtaletiden og 10 år etter.""",
        """Grunnlag: samtykke (art. 9 nr. 2 a) og forsikringsavtaleloven § 13-1 og § 12-1.
        Manuell vurdering av alle søknader gir 4-6 ukers ventetid. Bare spørsmål som
        forsikringsavtaleloven tillater, stilles. Søkeren kan kreve manuell vurdering og
        får begrunnelse.""",
        "Se vedlagt risikomatrise.",
        "Restrisikoen for urimelige automatiske avslag er høy.",
    )
    matrix = to_xlsx(
        {
            "Risikomatrise": [
                F_MATRIX_HEAD,
                [
                    "R1",
                    "Automatisk avslag rammer psykiske lidelser",
                    "Mister forsikring",
                    "3",
                    "5",
                    "15",
                    "Avslagsregler gjennomgått av lege; manuell ved tvil",
                    "Gjennomført",
                ],
                [
                    "R2",
                    "Søker forstår ikke spørsmålene",
                    "Feil svar, senere avkorting",
                    "3",
                    "4",
                    "12",
                    "Veiledning i skjema; chat",
                    "Gjennomført",
                ],
                [
                    "R3",
                    "Helsedata lekker hos databehandler",
                    "Stigma",
                    "2",
                    "5",
                    "10",
                    "Kryptering, revisjon",
                    "Gjennomført",
                ],
                [
                    "R4",
                    "Regelmotor endres uten kontroll",
                    "Feil utfall",
                    "2",
                    "4",
                    "8",
                    "Endringskontroll med fire øyne",
                    "Vurdert, ikke gjennomført",
                ],
            ]
        }
    )
    msg = message(
        "h054",
        "Henning Aarflot <henning.aarflot@trygdevern.no>",
        "Anmodning om forhåndsdrøftelse - digital helseerklæring",
        when(12, 2, 9, 18),
        f_contact_plain(intro, rows, outro) + "\n" + forward,
        attachments=[
            ("DPIA Digital helseerklaering.docx", to_docx(dpia)),
            ("Risikomatrise helseerklaering.xlsx", matrix),
        ],
    )
    return msg, Label(
        "nb",
        (
            "contact_label_value",
            "dpia_report_docx",
            "headings_del",
            "xlsx_risk_matrix",
            "part5_forwarded_inline",
            "processor_contact_body",
        ),
        "none",
        True,
        "used",
        "complete; insurer digital health declaration; CEO approval forwarded inline in the mail",
    )


def h055() -> Case:
    dpia = a_dpia(
        "Fjernmonitorering av hjarterytme med implantert loop-registrator",
        [
            (
                "Kontaktperson",
                "Audun Hestenes",
                "+47 57 83 98 02",
                "audun.hestenes@helse-vestfjord.no",
            ),
            A_DPO,
        ],
        """Om lag 700 pasientar med implantert loop-registrator sender data kvar natt via ein
        heimemottakar til plattforma til CardioLink Nordic AB (databehandlar, Sverige).
        Algoritmen markerer arytmiar, og kardiologisk poliklinikk ser markerte hendingar
        neste arbeidsdag. Kontaktopplysningar til databehandlar står i kontaktlista.
        Data blir lagra i 10 år i journal, 90 dagar på plattforma.""",
        """Grunnlag art. 9 nr. 2 h. Alternativet er Holter-registrering i 48 timar, som
        ikkje fangar sjeldne arytmiar. Pasientane får informasjon ved implantasjon og kan
        velje manuell avlesing ved kontroll i staden.""",
        "Sjå vedlagt risikomatrise (Excel).",
        "Restrisikoen for forseinka reaksjon i helger er høg.",
        [
            ("0.9", "30.10.2026", "Utkast", "A. Hestenes", ""),
            (
                "1.0",
                "24.11.2026",
                "Funn lagde fram for leiarmøtet (2. gong) saman med "
                "innspel frå brukarutvalet; godkjend, forhåndsdrøfting vedteken",
                "A. Hestenes",
                "Fagdirektør Mona Øvrebø (sign.)",
            ),
        ],
    )
    contacts = to_xlsx(
        {
            "Kontaktliste": [
                ["Rolle", "Verksemd", "Namn", "Telefon", "E-post"],
                [
                    "Kontaktperson",
                    "Helse Vestfjord HF",
                    "Audun Hestenes",
                    "+47 57 83 98 02",
                    "audun.hestenes@helse-vestfjord.no",
                ],
                [
                    "Personvernombod",
                    "Helse Vestfjord HF",
                    "Sigrun Aasheim",
                    "+47 57 83 91 40",
                    "personvernombud@helse-vestfjord.no",
                ],
                [
                    "Databehandlar",
                    "CardioLink Nordic AB",
                    "Johan Ekdahl",
                    "+46 31 555 80 21",
                    "johan.ekdahl@cardiolink.se",
                ],
            ]
        }
    )
    risk = to_xlsx(
        {
            "Risiko": [
                ["ID", "Risiko", "Før", "Tiltak", "Etter", "Status"],
                [
                    "1",
                    "Hending i helg blir ikkje sett før måndag",
                    "Høg",
                    "Kritiske hendingar ringjer vakthavande",
                    "Høg",
                    "Delvis",
                ],
                [
                    "2",
                    "Data i Sverige blir utlevert",
                    "Middels",
                    "Avtale, kryptering",
                    "Låg",
                    "Gjennomført",
                ],
                [
                    "3",
                    "Pasienten trur at han blir overvaka heile tida",
                    "Middels",
                    "Informasjon om at data blir lese neste arbeidsdag",
                    "Låg",
                    "Gjennomført",
                ],
                [
                    "4",
                    "Vakt heile døgnet",
                    "Høg",
                    "Ikkje gjennomført – manglar kardiologar",
                    "Høg",
                    "Vurdert, ikkje gjennomført",
                ],
            ]
        }
    )
    package = to_zip(
        {
            "Forhandsdrofting_loop/DPIA/DPIA_loopregistrator_v1.0.docx": to_docx(dpia),
            "Forhandsdrofting_loop/DPIA/Vedlegg/Risikomatrise.xlsx": risk,
            "Forhandsdrofting_loop/Kontaktliste.xlsx": contacts,
            "Forhandsdrofting_loop/DPIA/~$IA_loopregistrator_v1.0.docx": b"",
        }
    )
    body = (
        txt(
            """
        Hei,

        Helse Vestfjord HF ber om forhåndsdrøftelse for fjernmonitorering av hjerterytme.
        Alt ligger i vedlagt ZIP-fil (DPIA med godkjenning i dokumenthistorikken,
        risikomatrise og kontaktliste).
        """
        )
        + "\n"
        + txt(a_signature("Audun Hestenes", "Overlege, Hjarteavdelinga", "+47 57 83 98 02"))
    )
    msg = message(
        "h055",
        "Audun Hestenes <audun.hestenes@helse-vestfjord.no>",
        "Forhåndsdrøftelse – fjernmonitorering loop-registrator",
        when(11, 27, 10, 6),
        body,
        attachments=[("Forhandsdrofting_loop.zip", package)],
    )
    return msg, Label(
        "nb",
        (
            "zip_nested",
            "dpia_report_docx",
            "processor_named_description_contact_xlsx",
            "zero_byte_lockfile",
            "processor_foreign",
            "xlsx_risk_matrix",
            "part5_revision_table_signoff",
            "nynorsk_attachments",
        ),
        "none",
        True,
        "used",
        "complete; health trust cardiac monitoring; processor contact only in a separate XLSX "
        "contact list inside the ZIP",
    )


def h056() -> Case:
    body = txt(
        """
        Hei,

        Vi sendte anmodning om forhåndsdrøftelse for telematikk i bilforsikring (Ung
        Sjåfør) 13. november 2026. Vi har ikke fått saksnummer eller kvittering. Kan dere
        bekrefte at anmodningen er mottatt, og si noe om når vi kan vente svar?

        Med vennlig hilsen
        Vibeke Hammersmark
        Trygdevern Forsikring ASA, Compliance og personvern
        mob. 930 44 218
        """
    )
    msg = message(
        "h056",
        "Vibeke Hammersmark <vibeke.hammersmark@trygdevern.no>",
        "Status – anmodning om forhåndsdrøftelse Ung Sjåfør",
        when(12, 4, 14, 30),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_status_enquiry", "all_in_body", "very_short", "references_earlier_request"),
        "inline",
        False,
        "unspecified",
        "status enquiry about the insurer's earlier request (h006)",
    )


def h057() -> Case:
    body = (
        txt(
            """
        Hei

        Fjordbotn friskule ber om forhåndsdrøfting for videoopptak i klasserom til
        rettleiing av nyutdanna lærarar. Vurderinga vår står nedanfor.

        Kven er ansvarlege, og korleis får de tak i oss?
        Kontaktperson er rektor Oddny Hatlestad, mob. 957 12 345,
        oddny.hatlestad@fjordbotn.skule.no. Personvernombodet vårt slutta 1. november, og
        vi har ikkje fått nytt ombod enno; spørsmål om personvern kan gå til rektor så
        lenge. Databehandlar er Klasseromsvideo AS, kontaktperson Erlend Haga, mob.
        984 61 027, erlend@klasseromsvideo.no.

        Kva skal vi gjere?
        Nyutdanna lærarar (4 i året) filmar tre undervisningstimar kvar haust med eit
        kamera bak i klasserommet. Rettleiar og læraren ser opptaket saman. Elevane kan
        bli synlege og høyrlege. Opptaka blir lagra hos Klasseromsvideo AS i 30 dagar.

        Kvifor er det naudsynt, og er det rett mål?
        Rettleiing av nyutdanna er ei plikt etter avtalen med kommunesektoren. Observasjon
        med rettleiar i rommet har vore prøvd, men endrar timen meir enn kamera. Kameraet
        er retta mot læraren; elevar som ikkje vil vere med, sit utanfor biletet.

        Kva kan gå gale for elevane?
        - Elevar blir filma utan å ville det: høg; eigen sone utanfor biletet; middels.
        - Opptak spreiast: middels; berre strøyming, ikkje nedlasting; låg.
        - Elevane endrar åtferd: middels; få timar; middels.

        Korleis har styret handsama saka?
        Styret handsama vurderinga 15.10. og 26.11.2026 med innspel frå elevrådet og
        FAU, godkjende ho og bad oss be om forhåndsdrøfting.
        """
        )
        + "\n"
        + txt(
            h_signature(
                "Oddny Hatlestad", "rektor", "957 12 345", "oddny.hatlestad@fjordbotn.skule.no"
            )
        )
    )
    msg = message(
        "h057",
        "Oddny Hatlestad <oddny.hatlestad@fjordbotn.skule.no>",
        "Forhåndsdrøfting – videoopptak i klasserom",
        when(12, 1, 10, 44),
        body,
    )
    return msg, Label(
        "nn",
        (
            "all_in_body",
            "headings_question",
            "headings_nynorsk",
            "contact_prose",
            "p1_no_dpo",
            "processor_contact_body",
            "risk_bullets",
            "part5_short_paragraph",
            "school",
        ),
        "none",
        True,
        "used",
        "nynorsk school classroom video; the DPO has left and no DPO contact is given",
        (1,),
    )


def h058() -> Case:
    html = (
        '<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica">'
        "<p>Hello Datatilsynet,</p>"
        "<p>Lumora Labs requests a <b>prior consultation under Art. 36 GDPR</b> for "
        "<i>Lumora Mood</i>, a speech-based screening for depression offered to employees "
        "through workplace wellness programmes.</p>"
        "<h3>Who to contact</h3>"
        '<table border="1" cellpadding="5" style="border-collapse:collapse">'
        "<tr><th>Role</th><th>Name</th><th>Phone</th><th>E-mail</th></tr>"
        "<tr><td>Contact person</td><td>Jonas Virtanen-Berg</td><td>+47 913 47 602</td>"
        "<td>jonas@lumoralabs.no</td></tr>"
        "<tr><td>DPO</td><td>Karin Holt (Privasi Advisory AS)</td><td>+47 400 12 377</td>"
        "<td>karin.holt@privasi.no</td></tr>"
        "<tr><td>Processor</td><td>Declan Moran (Nimbus Cloud Ireland Ltd.)</td>"
        "<td>+353 1 555 0192</td><td>dmoran@nimbuscloud.ie</td></tr></table>"
        "<h3>What we're building</h3>"
        "<p>Employers buy licences; employees choose to install the app and record a 1-minute "
        "free-speech sample every two weeks. Acoustic and linguistic features give a mood "
        "trend and, when it worsens, a suggestion to use the employee assistance programme. "
        "Hosted by Nimbus Cloud Ireland Ltd. (EU). About 12 000 employees at 30 employers. "
        "Employers receive only aggregated participation numbers for groups of 20 or more, "
        "never individual results. Audio deleted after analysis; features kept 12 months.</p>"
        "<h3>Why it's necessary and proportionate</h3>"
        "<p>Explicit consent (9(2)(a)) given to us, not to the employer. Questionnaires are "
        "answered less honestly at work. Participation is voluntary and invisible to the "
        "employer; employees can delete everything at any time.</p>"
        "<h3>Risks</h3><ul>"
        "<li>Employer pressure to participate – high; no individual data to employer, no "
        "participation lists; residual high.</li>"
        "<li>Inference of mental illness leaks – high; encryption, pseudonymisation; "
        "residual medium.</li>"
        "<li>Wrong trend worries the employee – medium; careful wording; medium.</li>"
        "<li>Not done: on-device processing (model too large).</li></ul>"
        "<h3>Management validation</h3>"
        "<p>The board reviewed the DPIA findings on 30 October and 27 November 2026, with "
        "comments from our DPO and two employee unions, approved the DPIA and decided to ask "
        "for prior consultation (board minutes item 6/2026).</p>"
        "<p>Best,<br>Jonas<br>Lumora Labs AS</p></body></html>"
    )
    msg = message(
        "h058",
        "Jonas Virtanen-Berg <jonas@lumoralabs.no>",
        "Prior consultation request: Lumora Mood",
        when(11, 30, 16, 22),
        None,
        html,
    )
    return msg, Label(
        "en",
        (
            "html_only_body",
            "html_table_body",
            "startup_informal",
            "processor_foreign",
            "risk_bullets",
            "part5_short_paragraph",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; start-up workplace mood screening; the whole request is a text/html body",
    )


def h059() -> Case:
    pdf = """
# Prior consultation – trip data sharing with municipalities

Velora Mobility Nordic NUF

# Contacts

| Function | Name | Phone | E-mail |
| Contact person | Henrik Aalvik | +47 22 81 40 17 | henrik.aalvik@velora-mobility.eu |
| Group DPO | Dr. Leonie Brandauer | +49 30 5557 8812 | dpo@velora-mobility.eu |

No processor is involved; trip data are processed by Velora's own platform team.

# 1 Processing operations

See the project page in our Confluence:
https://velora.atlassian.example/wiki/spaces/NORDIC/pages/88213/Trip+data+sharing

# 2 Necessity and proportionality

The Oslo and Bergen permits (2027-2030) require operators to share trip data. We share
start and end points rounded to 100 m and times rounded to 15 minutes, which is the minimum
the permits accept. Riders are informed in the app.

# 3 Risk assessment

| Risk | Before | Measure | After |
| Re-identification of regular trips (home-work) | High | Rounding, no rider ID | High |
| Municipality uses data for enforcement | Medium | Purpose clause in permit | Medium |
""" + g_doc_control(
        [
            (
                "1.0",
                "2026-11-30",
                "Final; presented to Nordic management (2nd review) with "
                "findings and the municipalities' comments",
                "Approved – K. Wendler, Managing Director Nordic, signed 2026-11-30",
            ),
        ]
    )
    body = (
        txt(
            """
        Dear Datatilsynet,

        Velora requests prior consultation regarding trip data sharing with municipalities.
        Our DPIA is attached.
        """
        )
        + "\n"
        + txt(
            g_signature(
                "Henrik Aalvik",
                "Director Nordic Operations",
                "+47 22 81 40 17",
                "henrik.aalvik@velora-mobility.eu",
            )
        )
    )
    msg = message(
        "h059",
        "Henrik Aalvik <henrik.aalvik@velora-mobility.eu>",
        "Prior consultation – trip data sharing",
        when(12, 1, 15, 50),
        body,
        attachments=[("Velora_DPIA_trip_data.pdf", to_pdf(pdf))],
    )
    return msg, Label(
        "en",
        (
            "one_pdf",
            "contact_table_pdf_rows",
            "intl_phone",
            "processor_none_stated",
            "part2_link_only",
            "risk_table_pdf",
            "part5_revision_table_signoff",
        ),
        "none",
        True,
        "none",
        "foreign subsidiary trip data sharing; the description is only a Confluence link",
        (2,),
    )


def h060() -> Case:
    body = (
        txt(
            """
        Hei,

        Kystlinjen Ferjeselskap AS trekker med dette anmodningen om forhåndsdrøftelse for
        rusmiddeltesting av mannskap, sendt 18. november 2026. Styret har besluttet å
        avvente ny forskrift og vil eventuelt sende en ny anmodning senere.

        Vi ber om at saken avsluttes.
        """
        )
        + "\n"
        + txt(
            i_signature(
                "Bjørnar Kildahl", "HMS-direktør", "75 51 20 34", "bjornar.kildahl@kystlinjen.no"
            )
        )
    )
    msg = message(
        "h060",
        "Bjornar Kildahl <bjornar.kildahl@kystlinjen.no>",
        "Tilbaketrekking av anmodning om forhåndsdrøftelse – rusmiddeltesting",
        when(12, 4, 15, 55),
        body,
    )
    return msg, Label(
        "nb",
        ("nonrequest_withdrawal", "all_in_body", "very_short", "references_earlier_request"),
        "none",
        False,
        "unspecified",
        "withdrawal of the ferry company's earlier request (h009)",
    )
