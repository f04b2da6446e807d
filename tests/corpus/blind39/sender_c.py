# ruff: noqa: E501
"""Sender C: Kildeapotekene AS, a pharmacy chain (nb).

Habits: Outlook mails (text and HTML) with a long disclaimer; a polished DPIA template with a
document-control table and unnumbered headings; risks kept in an Excel risk register; management
approval as minutes of the group management meeting (konsernledelsen) in PDF.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, html_from_text, message, quoted, to_pdf, to_xlsx, txt, when

FROM = "Anders Lunde Bratli <anders.bratli@kildeapotek.no>"
SIGN = txt(
    """
    Vennlig hilsen
    Anders Lunde Bratli
    Personvernrådgiver | Juridisk og compliance
    Kildeapotekene AS
    Drammensveien 130, 0277 Oslo
    Sentralbord 22 84 61 00 | Direkte 22 84 61 30 | Mobil 918 44 201
    anders.bratli@kildeapotek.no | www.kildeapotek.no

    ---
    Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for adressaten. Dersom du har mottatt e-posten ved en feil, ber vi deg varsle avsender og slette e-posten. Kildeapotekene AS tar forbehold om virus.
    """
)
TOPICS = {
    "c005": "pickup_lockers",
    "c025": "loyalty_profiling",
    "c045": "video_medication_review",
    "c006": "vaccination_booking",
    "c026": "store_video_analytics",
    "c046": "vaccination_booking",
}
HEAD = [
    [
        "ID",
        "Risiko for de registrerte",
        "Sannsynlighet (1-5)",
        "Konsekvens (1-5)",
        "Risiko før tiltak",
        "Tiltak",
        "Status tiltak",
        "Risiko etter tiltak",
    ],
]


def contacts(processor: str) -> str:
    return f"""
# Kontaktpersoner

| Rolle | Navn | Telefon | E-post
| Behandlingsansvarlig | Kildeapotekene AS, org.nr. 987 112 334, Drammensveien 130, 0277 Oslo | 22 84 61 00 | post@kildeapotek.no
| Kontaktperson | Anders Lunde Bratli, personvernrådgiver | 918 44 201 | anders.bratli@kildeapotek.no
| Personvernombud | Hanne Westby | 22 84 61 45 | personvernombud@kildeapotek.no
{processor}
"""


def doc_control(title: str, version: str, owner: str) -> str:
    return f"""
# {title}

Vurdering av personvernkonsekvenser (DPIA) – Kildeapotekene AS

| Dokumentkontroll | 
| Versjon | {version}
| Dokumenteier | {owner}
| Utarbeidet av | Anders Lunde Bratli, personvernrådgiver
| Gjennomgått av personvernombud | Hanne Westby
| Klassifisering | Fortrolig
"""


def mail(
    cid: str, subject: str, date: str, text: str, attachments: list[tuple[str, bytes]]
) -> EmailMessage:
    body = text + "\n" + SIGN
    return message(cid, FROM, subject, date, body, html_from_text(body), attachments)


def c005() -> tuple[EmailMessage, Label]:
    doc = (
        doc_control("Utlevering av legemidler fra hentebokser", "1.3", "Direktør apotekdrift")
        + contacts(
            "| Databehandler | Hentebox Norge AS, Eva Tangen, sikkerhetsleder | 406 88 215 | eva.tangen@hentebox.no"
        )
        + """
# Beskrivelse av behandlingen

Kundene skal kunne hente reseptbelagte legemidler i hentebokser utenfor 40 apotek, også utenfor åpningstid. Kunden bestiller i appen eller på nett, farmasøyten ekspederer resepten og legger pakken i en boks. Kunden åpner boksen med BankID i appen. Boksen registrerer tidspunkt for åpning og et bilde av den som står foran boksen (kamera i boksen), som lagres i 14 dager for å kunne avklare feilutleveringer og tyveri.

Opplysninger: navn, fødselsnummer, legemiddel (helseopplysninger), tidspunkt, bilde. Om lag 250 000 utleveringer per år. Hentebox Norge AS er databehandler for styring av boksene og lagring av bilder; lagring i Norge. Legemidler i gruppe A og B (narkotika) leveres ikke i boks.

# Nødvendighet og forholdsmessighet

Behandlingen bygger på avtale med kunden (artikkel 6 nr. 1 bokstav b) og artikkel 9 nr. 2 bokstav h, jf. apotekloven og forskrift om rekvirering og utlevering. Veiledningsplikten ivaretas ved at kunden må bekrefte at farmasøyten kan kontaktes, og at boksen ikke brukes til første gangs utlevering av et legemiddel. Vi har vurdert boks uten kamera; uten bilde kan vi ikke avklare utlevering til feil person, og apoteket har ansvar for riktig utlevering.

Tiltak for kundenes rettigheter: informasjon i appen før valg av henteboks; frivillig ordning (vanlig henting i apoteket er alltid mulig); bildet vises bare for apotekleder ved avvik; innsyn i bilder via kundeservice; sletting etter 14 dager.

# Risiko for de registrerte

Risikoene er vurdert i risikoregisteret (vedlegg). Fire risikoer har høy eller middels restrisiko, særlig utlevering til feil person og at andre ser hvilket legemiddel kunden henter. Tiltak som er vurdert, men ikke gjennomført, er beskrevet i fanen «Ikke gjennomført».

# Ledelsesforankring

DPIA-en ble behandlet i konsernledelsen 21.10.2026 og 28.10.2026. Referat vedlagt.
"""
    )
    risk = to_xlsx(
        {
            "Risikoregister": HEAD
            + [
                [
                    "R1",
                    "Legemiddel utleveres til feil person (delt BankID, tvang)",
                    "3",
                    "4",
                    "12",
                    "Kamera, BankID, SMS-kvittering",
                    "Gjennomført",
                    "8",
                ],
                [
                    "R2",
                    "Andre ser hvilken pakke kunden henter",
                    "3",
                    "3",
                    "9",
                    "Nøytral emballasje, ingen navn på boks",
                    "Gjennomført",
                    "6",
                ],
                [
                    "R3",
                    "Bilder av forbipasserende og kunder lagres for lenge",
                    "2",
                    "3",
                    "6",
                    "Sletting 14 dager, kamera bare ved åpning",
                    "Gjennomført",
                    "3",
                ],
                [
                    "R4",
                    "Kunden mister veiledning fra farmasøyt",
                    "3",
                    "3",
                    "9",
                    "Ikke ved første utlevering, ring-meg-knapp",
                    "Gjennomført",
                    "6",
                ],
                [
                    "R5",
                    "Uautorisert tilgang til bilder hos databehandler",
                    "2",
                    "4",
                    "8",
                    "Kryptering, logg, revisjon",
                    "Gjennomført",
                    "6",
                ],
            ],
            "Ikke gjennomført": [
                ["Tiltak", "Begrunnelse"],
                [
                    "Ansiktsgjenkjenning for å verifisere kunden",
                    "Uforholdsmessig inngripende; biometri ikke nødvendig når BankID brukes",
                ],
                [
                    "Ingen kamera",
                    "Kan ikke avklare feilutlevering; apotekets ansvar for riktig utlevering",
                ],
            ],
        }
    )
    minutes = """
# Referat – konsernledelsens møte 28. oktober 2026

Kildeapotekene AS. Til stede: Mette Sørum (konsernsjef), Per Ivar Kvam (direktør apotekdrift), Lene Aukrust (finansdirektør), Sindre Holm (direktør kunde og digital), Tove Bakke (juridisk direktør). Referent: Anders Lunde Bratli.

## Sak 2026-87 Hentebokser for reseptbelagte legemidler – DPIA (andre gangs behandling)

Saken ble behandlet første gang 21.10.2026, da konsernledelsen ba om vurdering av alternativer til kamera. Personvernrådgiveren presenterte revidert DPIA v1.3 med risikoregister, personvernombudets uttalelse og innspill fra Farmasiforbundet og kundepanelet.

Beslutning: Konsernledelsen godkjenner DPIA v1.3. Restrisikoen for utlevering til feil person er fortsatt høy. Juridisk og compliance ber om forhåndsdrøftelse hos Datatilsynet. Pilot ved 5 apotek starter ikke før tilbakemelding foreligger.
"""
    msg = mail(
        "N005",
        "Anmodning om forhåndsdrøftelse – hentebokser for legemidler",
        when(11, 3, 15, 44),
        txt(
            """
            Til Datatilsynet

            Kildeapotekene AS ber om forhåndsdrøftelse etter artikkel 36 for utlevering av reseptbelagte legemidler fra hentebokser med kamera.

            Vedlagt:
            1. DPIA v1.3 (PDF)
            2. Risikoregister (Excel)
            3. Referat fra konsernledelsens møte 28.10.2026
            """
        ),
        [
            ("DPIA_Hentebokser_v1.3.pdf", to_pdf(doc)),
            ("Risikoregister_Hentebokser.xlsx", risk),
            ("KL-referat_2026-10-28.pdf", to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "pharmacy",
            "health_data",
            "cctv",
            "html_alternative",
            "disclaimer",
            "polished_template",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_register_xlsx",
            "residual_risk",
            "part5_management_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: contact table with DPO and processor; necessity and customer safeguards; Excel risk register with scores, residual risk and a sheet of measures not taken; group management minutes approving after second treatment",
    )


def c025() -> tuple[EmailMessage, Label]:
    doc = (
        doc_control("Kildeklubben – personlige tilbud", "1.0", "Direktør kunde og digital")
        + contacts(
            "| Databehandler | Kundeflyt Analytics AS, Jonas Wiik, leveranseansvarlig | 948 02 317 | jonas.wiik@kundeflyt.no"
        )
        + """
# Beskrivelse av behandlingen

Kildeklubben har 1,1 millioner medlemmer. Vi vil lage personlige tilbud basert på kjøpshistorikk for handelsvarer (ikke reseptbelagte legemidler). Kjøp av for eksempel graviditetstester, inkontinensprodukter, nikotinerstatning og hudpleie kan likevel avsløre helseforhold. En modell hos Kundeflyt Analytics AS (databehandler) grupperer medlemmene i 40 segmenter, og tilbud sendes i appen og på e-post.

# Nødvendighet og forholdsmessighet

Grunnlag: samtykke til personlige tilbud, som kan trekkes i appen. Produkter i helsesensitive kategorier (liste i vedlegg A) holdes utenfor modellen. Reseptdata brukes aldri. Medlemmer under 18 år får ikke personlige tilbud. Medlemmet kan se hvilke segmenter det er plassert i, under «Mine data».

# Risiko for de registrerte

Se risikoregisteret. Høyest restrisiko: at segmenter likevel avslører helseforhold gjennom kombinasjoner av varer, og at tilbud vises på delte skjermer i husstanden.

# Ledelsesforankring

Konsernledelsen behandler DPIA-en 10.12.2026.
"""
    )
    risk = to_xlsx(
        {
            "Risikoregister": HEAD
            + [
                [
                    "R1",
                    "Segment avslører helseforhold (graviditet, inkontinens)",
                    "4",
                    "4",
                    "16",
                    "Ekskludere sensitive kategorier",
                    "Gjennomført",
                    "9",
                ],
                [
                    "R2",
                    "Tilbud ses av andre i husstanden",
                    "3",
                    "3",
                    "9",
                    "Nøytral emnelinje, varsler kan skrus av",
                    "Gjennomført",
                    "6",
                ],
                [
                    "R3",
                    "Samtykke oppleves ikke som frivillig (rabatt bare ved samtykke)",
                    "3",
                    "2",
                    "6",
                    "Medlemsrabatt uavhengig av samtykke",
                    "Gjennomført",
                    "4",
                ],
                [
                    "R4",
                    "Modellen brukes til prising per kunde",
                    "2",
                    "3",
                    "6",
                    "Forbud i rutine, revisjon",
                    "Planlagt",
                    "4",
                ],
            ],
            "Ikke gjennomført": [
                ["Tiltak", "Begrunnelse"],
                [
                    "Bare segmenter valgt av kunden selv",
                    "Gir lav oppslutning; vurderes igjen etter pilot",
                ],
            ],
        }
    )
    inner_body = txt(
        """
        Hei Anders,

        Her er ferdig DPIA for personlige tilbud i Kildeklubben og risikoregisteret etter verkstedet med Kundeflyt og personvernombudet. Sindre vil gjerne at vi sender til Datatilsynet nå, så vi får en plass i køen. KL tar saken 10. desember, og du får referatet rett etterpå.

        Hilsen
        Camilla Fosse
        Prosjektleder Kildeklubben
        Mobil 977 41 802
        """
    )
    inner = message(
        "N025i",
        "Camilla Fosse <camilla.fosse@kildeapotek.no>",
        "DPIA Kildeklubben – klar for innsending",
        when(11, 13, 16, 2),
        inner_body,
        attachments=[
            ("DPIA_Kildeklubben_v1.0.pdf", to_pdf(doc)),
            ("Risikoregister_Kildeklubben.xlsx", risk),
        ],
        to="Anders Lunde Bratli <anders.bratli@kildeapotek.no>",
    )
    text = txt(
        """
        Til Datatilsynet

        Kildeapotekene AS ber om forhåndsdrøftelse for personlige tilbud i kundeprogrammet Kildeklubben. Jeg videresender prosjektleders e-post med DPIA og risikoregister.

        Konsernledelsens behandling av DPIA-en skjer 10. desember; referatet ettersendes.
        """
    )
    body = text + "\n" + SIGN
    msg = message(
        "N025",
        FROM,
        "VS: DPIA Kildeklubben – forhåndsdrøftelse",
        when(11, 16, 8, 15),
        body,
        html_from_text(body),
        forwarded=("DPIA Kildeklubben – klar for innsending.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "pharmacy",
            "health_data",
            "profiling",
            "html_alternative",
            "disclaimer",
            "forwarded_rfc822",
            "polished_template",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_register_xlsx",
            "residual_risk",
            "part5_will_follow",
        ),
        "none",
        True,
        "used",
        "DPIA and risk register inside the forwarded project mail; group management treats it on 10 December, minutes to follow",
        (5,),
    )


def c045() -> tuple[EmailMessage, Label]:
    doc = (
        doc_control("Legemiddelsamtale på video", "2.1", "Fagdirektør farmasi")
        + contacts(
            "| Databehandler | Vidmøte AS, Rolf Aune, kundesjef | 926 70 441 | rolf.aune@vidmote.no"
        )
        + """
# Beskrivelse av behandlingen

Farmasøyter skal gjennomføre legemiddelsamtaler (gjennomgang av kundens legemiddelbruk) på video for kunder som bruker fire eller flere legemidler fast. Farmasøyten ser kundens reseptoversikt med samtykke, noterer funn i apotekets journal og kan sende et notat til fastlegen. Samtalen tas ikke opp. Om lag 15 000 samtaler per år, mange med eldre kunder. Vidmøte AS leverer videoplattformen som databehandler, med drift i Norge.

# Nødvendighet og forholdsmessighet

Tjenesten er frivillig og bygger på samtykke og artikkel 9 nr. 2 bokstav h. Alternativet er samtale i apoteket, som fortsatt tilbys. Video gjør tjenesten tilgjengelig for kunder i distriktene og kunder som ikke kan møte. Kunden velger selv om notat skal sendes fastlegen. Pårørende kan delta bare når kunden ønsker det. Informasjon før samtalen, innsyn i notatet på «Min side», og rett til å få notatet slettet hvis det ikke er sendt fastlegen.

# Risiko for de registrerte

Se risikoregisteret. Høyest restrisiko gjelder at andre i kundens hjem hører samtalen, og at eldre kunder samtykker uten å forstå at reseptoversikten åpnes.

# Ledelsesforankring

Konsernledelsen godkjente DPIA v2.1 i møte 4.11.2026, etter første gangs behandling 14.10.2026. Referat vedlagt.
"""
    )
    risk = to_xlsx(
        {
            "Risikoregister": HEAD
            + [
                [
                    "R1",
                    "Andre i hjemmet hører helseopplysninger",
                    "3",
                    "3",
                    "9",
                    "Råd om å sitte alene; spørsmål ved start",
                    "Gjennomført",
                    "6",
                ],
                [
                    "R2",
                    "Samtykke til reseptoversikt ikke informert (eldre kunder)",
                    "3",
                    "3",
                    "9",
                    "Muntlig og skriftlig forklaring, BankID",
                    "Gjennomført",
                    "6",
                ],
                [
                    "R3",
                    "Uvedkommende kobler seg på samtalen",
                    "2",
                    "4",
                    "8",
                    "Engangslenke, venterom",
                    "Gjennomført",
                    "4",
                ],
                [
                    "R4",
                    "Feil i notat til fastlegen",
                    "2",
                    "3",
                    "6",
                    "Kunden ser notatet før sending",
                    "Gjennomført",
                    "3",
                ],
            ],
            "Ikke gjennomført": [
                ["Tiltak", "Begrunnelse"],
                ["Opptak av samtalen til kvalitetssikring", "Ikke nødvendig, øker risikoen"],
                ["Bare fysisk samtale", "Utelukker kunder i distriktene"],
            ],
        }
    )
    minutes = """
# Referat – konsernledelsen 4. november 2026

Til stede: Mette Sørum, Per Ivar Kvam, Lene Aukrust, Sindre Holm, Tove Bakke, fagdirektør farmasi Kari Lie.

## Sak 2026-93 Legemiddelsamtale på video – DPIA v2.1

Første gangs behandling 14.10.2026. Fagdirektør og personvernrådgiver la fram oppdatert DPIA og risikoregister, personvernombudets vurdering og innspill fra Pensjonistforbundets lokallag og to fastlegekontor.

Beslutning: DPIA v2.1 godkjennes. Konsernledelsen ber om at Datatilsynet forhåndsdrøfter tjenesten, fordi restrisikoen for eldre kunder vurderes som høy.
"""
    msg = mail(
        "N045",
        "Forhåndsdrøftelse – legemiddelsamtale på video",
        when(11, 23, 10, 3),
        txt(
            """
            Hei,

            Vedlagt følger anmodning om forhåndsdrøftelse fra Kildeapotekene AS for legemiddelsamtale på video, med DPIA, risikoregister og referat fra konsernledelsen.
            """
        ),
        [
            ("DPIA_Legemiddelsamtale_video_v2.1.pdf", to_pdf(doc)),
            ("Risikoregister_Legemiddelsamtale.xlsx", risk),
            ("KL-referat_2026-11-04.pdf", to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "pharmacy",
            "health_data",
            "elderly",
            "html_alternative",
            "disclaimer",
            "polished_template",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_register_xlsx",
            "residual_risk",
            "part5_management_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete: same template as N005; risk register with measures not taken; group management minutes",
    )


def c006() -> tuple[EmailMessage, Label]:
    doc = (
        doc_control("Vaksinasjon i apotek – timebestilling og SYSVAK", "1.1", "Fagdirektør farmasi")
        + contacts(
            "| Databehandler | Timeklar AS, Nina Borge, personvernansvarlig | 22 11 90 40 | nina.borge@timeklar.no"
        )
        + """
# Beskrivelse av behandlingen

Kildeapotekene tilbyr vaksiner (influensa, covid-19, reisevaksiner, HPV for voksne) i 160 apotek. Ny løsning: kunden bestiller time på nett, fyller ut et helseskjema (allergier, graviditet, immunsvikt, blodfortynnende), og farmasøyten vurderer skjemaet før vaksinering. Vaksinasjonen meldes til SYSVAK. Helseskjemaet lagres i 10 år i apotekets journal. Om lag 400 000 vaksinasjoner per år. Timeklar AS er databehandler for booking og skjema; drift i Norge.

# Nødvendighet og forholdsmessighet

Grunnlag: artikkel 6 nr. 1 bokstav c og artikkel 9 nr. 2 bokstav h og i, jf. helsepersonelloven og SYSVAK-forskriften. Helseskjemaet er begrenset til spørsmål som avgjør om vaksinen kan gis; vi fjernet åtte spørsmål etter gjennomgang med personvernombudet. Kunden kan velge å svare muntlig i apoteket i stedet. Informasjon i bestillingen, innsyn i skjema og journal, retting ved feil, og reservasjon mot SYSVAK der regelverket tillater det.

# Risiko for de registrerte

Risikoregisteret er vedlagt. Restrisikoen er høyest for at helseskjemaer blir tilgjengelige for Timeklar sitt supportpersonell og for feilregistrering i SYSVAK.

# Ledelsesforankring

Konsernledelsen godkjente DPIA v1.1 i møte 7.10.2026 (sak 2026-79). Referat vedlagt.
"""
    )
    risk = to_xlsx(
        {
            "Risikoregister": HEAD
            + [
                [
                    "R1",
                    "Helseskjema innsyn for leverandørens support",
                    "3",
                    "4",
                    "12",
                    "Tilgang bare ved sak, logging, kryptering",
                    "Gjennomført",
                    "8",
                ],
                [
                    "R2",
                    "Feilregistrering i SYSVAK",
                    "2",
                    "3",
                    "6",
                    "Dobbeltkontroll av vaksinenummer",
                    "Gjennomført",
                    "4",
                ],
                [
                    "R3",
                    "Gravide og andre sårbare grupper avslører mer enn nødvendig",
                    "3",
                    "3",
                    "9",
                    "Redusert skjema, muntlig alternativ",
                    "Gjennomført",
                    "6",
                ],
                [
                    "R4",
                    "Skjema brukes til markedsføring",
                    "1",
                    "3",
                    "3",
                    "Formålsbegrensning",
                    "Gjennomført",
                    "2",
                ],
            ],
            "Ikke gjennomført": [
                ["Tiltak", "Begrunnelse"],
                ["Slette helseskjema etter vaksinering", "Journalplikt i 10 år"],
            ],
        }
    )
    minutes = """
# Referat – konsernledelsen 7. oktober 2026

## Sak 2026-79 Vaksinasjon – ny timebestilling med helseskjema

Saken var også oppe 23.9.2026. Personvernrådgiver la fram DPIA v1.1, risikoregister og personvernombudets anbefalinger. Farmasøytene i pilotapotekene og leverandøren har gitt innspill.

Beslutning: Konsernledelsen godkjenner DPIA v1.1 og ber Juridisk og compliance om å be Datatilsynet om forhåndsdrøftelse. Oppstart planlegges til sesongen 2027.
"""
    msg = mail(
        "N006",
        "Anmodning om forhåndsdrøftelse – vaksinasjon og helseskjema",
        when(11, 2, 14, 11),
        txt(
            """
            Til Datatilsynet

            Kildeapotekene AS ber om forhåndsdrøftelse for ny løsning for vaksinasjon med digitalt helseskjema. Vedlagt DPIA, risikoregister og konsernledelsens referat.
            """
        ),
        [
            ("DPIA_Vaksinasjon_v1.1.pdf", to_pdf(doc)),
            ("Risikoregister_Vaksinasjon.xlsx", risk),
            ("KL-referat_2026-10-07.pdf", to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "pharmacy",
            "health_data",
            "html_alternative",
            "disclaimer",
            "polished_template",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_register_xlsx",
            "residual_risk",
            "part5_management_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: contacts incl. processor; minimised health form and safeguards; risk register; group management minutes; N046 later asks about its status",
    )


def c026() -> tuple[EmailMessage, Label]:
    doc = (
        doc_control("Videoanalyse i apotek", "0.8 (utkast)", "Direktør apotekdrift")
        + contacts(
            "| Databehandler | Vaktøye Analyse AS, Morten Haga, teknisk leder | 958 27 130 | morten.haga@vaktoye.no"
        )
        + """
# Beskrivelse av behandlingen

Vi har fått økende tyveri av reseptfrie legemidler og av legemidler bak disk. Vi vil ta i bruk videoanalyse i 25 apotek: eksisterende kameraer kobles til en programvare som varsler ansatte ved mistenkelig adferd (for eksempel at varer legges i veske, eller at noen oppholder seg lenge ved reseptdisken). Analysen skjer i sanntid; bare klipp som utløser varsel lagres i 7 dager. Vaktøye Analyse AS er databehandler og drifter programvaren på servere i Norge. Kunder, ansatte og forbipasserende filmes.

# Nødvendighet og forholdsmessighet

Under arbeid – kapittelet ferdigstilles etter møte med tillitsvalgte i januar.

# Risiko for de registrerte

Under arbeid. Risikoverksted med leverandøren er planlagt i uke 2.

# Ledelsesforankring

Konsernledelsen godkjente at DPIA-en sendes Datatilsynet i utkast, jf. referat 11.11.2026.
"""
    )
    minutes = """
# Utdrag – konsernledelsen 11. november 2026

## Sak 2026-101 Videoanalyse i apotek

Direktør apotekdrift orienterte om tyveriutviklingen og planen for videoanalyse. Personvernrådgiver la fram DPIA-utkast v0.8 og orienterte om at kapitlene om nødvendighet og risiko ikke er ferdige.

Beslutning: Konsernledelsen godkjenner DPIA-utkastet slik det foreligger og ber om at Datatilsynet kontaktes for forhåndsdrøftelse nå, slik at tidsplanen holdes. Endelig DPIA legges fram i februar.
"""
    msg = mail(
        "N026",
        "Forhåndsdrøftelse – videoanalyse i apotek",
        when(11, 18, 12, 56),
        txt(
            """
            Til Datatilsynet

            Kildeapotekene AS ber om forhåndsdrøftelse for videoanalyse i apotek. Vedlagt følger DPIA (utkast v0.8) og utdrag fra konsernledelsens møte.

            Vi gjør oppmerksom på at kapitlene om nødvendighet/forholdsmessighet og risiko fortsatt er under arbeid. Vi sender likevel nå på grunn av tidsplanen og ettersender de ferdige kapitlene i løpet av januar.
            """
        ),
        [
            ("DPIA_Videoanalyse_v0.8_utkast.pdf", to_pdf(doc)),
            ("KL-utdrag_2026-11-11.pdf", to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "pharmacy",
            "video_analytics",
            "cctv",
            "employees",
            "html_alternative",
            "disclaimer",
            "polished_template",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "part_under_work",
            "part5_management_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "necessity and risk chapters say «Under arbeid» and will follow in January; contacts, description and the group management's approval of the draft are there",
        (3, 4),
    )


def c046() -> tuple[EmailMessage, Label]:
    text = txt(
        """
        Hei,

        Vi sendte 2. november anmodning om forhåndsdrøftelse for vaksinasjon i apotek med digitalt helseskjema (emne «Anmodning om forhåndsdrøftelse – vaksinasjon og helseskjema»). Vi har ikke mottatt noen bekreftelse på at henvendelsen er registrert, og heller ikke saksnummer.

        Kan dere bekrefte at anmodningen er mottatt, og gi en indikasjon på når vi kan forvente tilbakemelding? Vi planlegger oppstart før sesongen 2027, og det hadde hjulpet oss å vite om fristen på åtte uker gjelder fra 2. november.
        """
    )
    previous = txt(
        """
        Fra: Anders Lunde Bratli
        Sendt: mandag 2. november 2026 14:11
        Til: postkasse@datatilsynet.no
        Emne: Anmodning om forhåndsdrøftelse – vaksinasjon og helseskjema

        Til Datatilsynet

        Kildeapotekene AS ber om forhåndsdrøftelse for ny løsning for vaksinasjon med digitalt helseskjema. Vedlagt DPIA, risikoregister og konsernledelsens referat.
        """
    )
    body = text + "\n" + SIGN + "\n" + quoted(previous)
    msg = message(
        "N046",
        FROM,
        "SV: Anmodning om forhåndsdrøftelse – vaksinasjon og helseskjema",
        when(11, 26, 9, 20),
        body,
        html_from_text(body),
    )
    return msg, Label(
        "nb",
        (
            "pharmacy",
            "health_data",
            "nonrequest_status_query",
            "refers_to_earlier_messages",
            "html_alternative",
            "disclaimer",
            "signature_no_dpo",
        ),
        "none",
        False,
        "unspecified",
        "status query about N006; the signature has the adviser's phone and e-mail, but no DPO, and no documents are attached",
        (1, 2, 3, 4, 5),
    )
