# ruff: noqa: E501
"""Sender H: Nordhavn fylkeskommune (county municipality, upper secondary education).

Habits: letters are dispatched from the archive system (postmottak@, boilerplate body with case
number, «cannot be answered»); a formal cover letter PDF with «Vår ref./Deres ref./Saksbehandler»
holds contact person and DPO in prose and closes with «elektronisk godkjent»; the DPIA follows the
KS template (numbered chapters, 1–4 × 1–4 risk matrix with colour levels). Approval is a
«særutskrift» of a political committee's decision or a delegated decision by the county director.
Odd ids: an AI chatbot for pupils (Norwegian processor); even ids: a dropout prediction model run
in the county's own data warehouse (no processor).
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_pdf, to_xlsx, txt, when

ORG = "county_municipality"

POSTMOTTAK = "Nordhavn fylkeskommune <postmottak@nordhavnfk.no>"
SIGRID = "Sigrid Haugen Olsen <sigrid.haugen.olsen@nordhavnfk.no>"


def archive_body(case: str, title: str) -> str:
    return txt(
        f"""
        Vedlagt oversendes dokument(er) i sak {case} fra Nordhavn fylkeskommune.

        Tittel: {title}

        Dokumentene er sendt fra fylkeskommunens sak- og arkivsystem. Denne e-posten kan ikke besvares. Svar sendes til postmottak@nordhavnfk.no med referanse til saksnummer.

        Med hilsen
        Nordhavn fylkeskommune
        Sentralbord 75 65 00 00
        www.nordhavnfk.no
        """
    )


def letter(ref: str, date: str, title: str, body: str, attachments: list[str]) -> bytes:
    listing = "\n".join(f"- {a}" for a in attachments)
    markup = f"""
~ NORDHAVN FYLKESKOMMUNE
~ Utdanning og kompetanse

~ Datatilsynet
~ Postboks 458 Sentrum
~ 0105 Oslo

| Vår ref. | Deres ref. | Saksbehandler | Dato |
| {ref} | | Sigrid Haugen Olsen | {date} |

# {title}

{body}

~ Med hilsen
~ Kåre Willumsen, fylkesdirektør for utdanning og kompetanse
~ Sigrid Haugen Olsen, rådgiver digitalisering

Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.

## Vedlegg

{listing}
"""
    return to_pdf(markup, title=title)


CONTACTS_LETTER = """
Kontaktperson i saken er undertegnede rådgiver Sigrid Haugen Olsen, tlf. 75 65 12 48, e-post sigrid.haugen.olsen@nordhavnfk.no. Fylkeskommunens personvernombud er Rune Tangen, tlf. 971 40 855, e-post rune.tangen@nordhavnfk.no.
"""

# --- AI chatbot for pupils (odd ids) ---------------------------------------------------------

SC_LINE = "Databehandler er Skolechat AS (org.nr. 931 228 604), kontaktperson Camilla Ødegård, tlf. 455 12 099, e-post camilla@skolechat.no."

CHAT_DPIA = """
# Vurdering av personvernkonsekvenser (DPIA)

## KI-chatbot for elever i videregående skole

~ Nordhavn fylkeskommune · Mal: KS, vurdering av personvernkonsekvenser
~ Versjon 1.0 · 12. oktober 2026 · Saksnr. 26/04512

# 1 Innledning

Fylkeskommunen vil tilby elevene en KI-basert chatbot som læringsstøtte. Vurderingen er gjort av fylkesdirektørens stab sammen med to rektorer, IKT-tjenesten og personvernombudet.

# 2 Beskrivelse av behandlingen

## 2.1 Formål

Læringsstøtte for elevene: forklare fagstoff, gi tilbakemelding på utkast og øve til prøver, i et verktøy som ikke bruker elevenes data til å trene modeller.

## 2.2 Registrerte og omfang

Om lag 9 500 elever mellom 15 og 19 år ved 14 videregående skoler, og 1 300 ansatte.

## 2.3 Opplysninger

Feide-identitet (navn, skole, klasse), alt eleven skriver til chatboten og svarene, tidspunkt. Elevene skriver erfaringsmessig også om helse, familie, rus, seksualitet og konflikter.

## 2.4 Informasjonsflyt og lagring

Eleven logger inn med Feide. Spørsmålene sendes til Skolechat AS, som sender dem videre til en språkmodell i Microsoft Azure (EU-region, Sverige). Samtalelogger lagres hos Skolechat i Norge i 90 dager knyttet til Feide-identitet. Et moderasjonsfilter oppdager spørsmål om selvskading og viser da kontaktinformasjon til skolehelsetjenesten og hjelpetelefoner.

## 2.5 Bruk av loggene

Loggene kan brukes ved trusler eller alvorlig misbruk, og ved konkret mistanke om fusk etter beslutning av rektor. Lærere har ikke direkte tilgang.

## 2.6 Ansvar og rettslig grunnlag

Nordhavn fylkeskommune er behandlingsansvarlig. Skolechat AS er databehandler, med Microsoft Ireland som underdatabehandler. Rettslig grunnlag: art. 6 nr. 1 bokstav e, jf. opplæringsloven.

# 3 Nødvendighet og forholdsmessighet

En spørreundersøkelse i 2026 viste at 78 prosent av elevene bruker gratis chatboter med private kontoer, der data kan brukes til trening og lagres i USA. Et felles verktøy gir bedre personvern og like muligheter for elever som ikke kan betale for egne abonnementer. Vi har vurdert å forby bruk av chatboter (lar seg ikke håndheve) og å tilby et verktøy uten innlogging (da kan vi ikke hindre misbruk og trusler).

Tiltak:

- Ingen trening av modeller på elevenes data (avtalefestet).
- Behandling i EU, lagring av logger i Norge.
- Loggene slettes etter 90 dager.
- Innsyn i logger bare etter rektors beslutning i en konkret sak, og eleven skal informeres.
- Informasjon til elever og foresatte ved skolestart og i chatboten selv, med en egen advarsel om ikke å skrive sensitive opplysninger.
- Ingen profilering eller vurdering av elevene basert på chatbruken.

# 4 Risikovurdering

Sannsynlighet (S) og konsekvens (K) 1–4. Risikonivå: grønn (1–4), gul (5–8), rød (9–16).

| Uønsket hendelse | S | K | Nivå | Tiltak | Vurdert, ikke gjennomført |
| Elever skriver sensitive opplysninger som lagres i 90 dager og kan leses ved innsyn | 4 | 3 | Rød | Advarsel i chatboten, innsyn bare etter rektors beslutning | Automatisk sladding av sensitive ord: for upresist |
| Loggene brukes til å overvåke elever eller i fuskesaker uten konkret mistanke | 2 | 4 | Gul | Ingen lærertilgang, krav om rektorbeslutning, logg over innsyn | – |
| Moderasjonsfilteret overser en elev i krise, eller stempler en elev feilaktig | 2 | 4 | Gul | Bare visning av hjelpetilbud, ingen varsling til skolen | Varsel til skolehelsetjenesten: avvist av elevorganisasjonen |
| Tilgang fra USA gjennom underdatabehandler | 1 | 4 | Grønn | EU-region, standardavtaler, vurdering av overføring | – |
| Feilaktige råd om helse eller rus | 3 | 2 | Gul | Systeminstruks som henviser til helsetjenesten | – |
| Uautorisert tilgang til loggene | 1 | 4 | Grønn | Tofaktor, kryptering, tilgangslogg hos leverandør | – |

Vurdert, ikke gjennomført: å lagre logger uten kobling til Feide-identitet. Da kan vi ikke følge opp trusler eller misbruk.

# 5 Restrisiko og konklusjon

Restrisikoen for at sensitive opplysninger om elever lagres og kan leses, er fortsatt høy (rød). Fylkeskommunen ber derfor om forhåndsdrøftelse.
"""

CHAT_VEDTAK = """
~ NORDHAVN FYLKESKOMMUNE
~ Særutskrift

| Saksnr. | Utvalg | Møtedato | Utvalgssak |
| 26/04512 | Fylkesutvalget | 22.10.2026 | PS 112/26 |

# KI-chatbot for elever i videregående skole – vurdering av personvernkonsekvenser

## Fylkesdirektørens innstilling

~ 1. Fylkesutvalget godkjenner vurderingen av personvernkonsekvenser for KI-chatbot for elever, versjon 1.0.
2. Fylkesdirektøren ber Datatilsynet om forhåndsdrøftelse før løsningen tas i bruk.

## Behandling i Fylkesutvalget 22.10.2026

Fylkesdirektøren orienterte om hovedfunnene i vurderingen, særlig den høye restrisikoen knyttet til lagring av det elevene skriver. Utvalget hadde fått innspill fra Elevorganisasjonen i Nordhavn, elev- og lærlingombudet, Utdanningsforbundet og rektormøtet. Elevorganisasjonen støtter verktøyet, men går imot varsling til skolehelsetjenesten, noe som er tatt inn.

Innstillingen ble enstemmig vedtatt.

## Vedtak

~ 1. Fylkesutvalget godkjenner vurderingen av personvernkonsekvenser for KI-chatbot for elever, versjon 1.0.
2. Fylkesdirektøren ber Datatilsynet om forhåndsdrøftelse før løsningen tas i bruk.

Rett utskrift bekreftes, 23.10.2026, Politisk sekretariat
"""

CHAT_RISK_XLSX = {
    "Risikomatrise": [
        [
            "Nr",
            "Uønsket hendelse",
            "S (1-4)",
            "K (1-4)",
            "Nivå",
            "Gjennomførte tiltak",
            "Vurdert, ikke gjennomført",
            "Begrunnelse",
        ],
        [
            "1",
            "Elever skriver sensitive opplysninger som lagres i 90 dager og kan leses ved innsyn",
            "4",
            "3",
            "Rød",
            "Advarsel i chatboten; innsyn bare etter rektors beslutning",
            "Automatisk sladding",
            "For upresist",
        ],
        [
            "2",
            "Loggene brukes til overvåking eller i fuskesaker uten konkret mistanke",
            "2",
            "4",
            "Gul",
            "Ingen lærertilgang; rektorbeslutning; logg over innsyn",
            "",
            "",
        ],
        [
            "3",
            "Moderasjonsfilteret overser elev i krise eller stempler feilaktig",
            "2",
            "4",
            "Gul",
            "Bare visning av hjelpetilbud",
            "Varsel til skolehelsetjenesten",
            "Avvist av elevorganisasjonen",
        ],
        [
            "4",
            "Tilgang fra USA via underdatabehandler",
            "1",
            "4",
            "Grønn",
            "EU-region; standardavtaler",
            "",
            "",
        ],
        [
            "5",
            "Feilaktige råd om helse eller rus",
            "3",
            "2",
            "Gul",
            "Systeminstruks som henviser til helsetjenesten",
            "",
            "",
        ],
        [
            "6",
            "Uautorisert tilgang til loggene",
            "1",
            "4",
            "Grønn",
            "Tofaktor; kryptering; tilgangslogg",
            "Logger uten Feide-kobling",
            "Kan da ikke følge opp trusler",
        ],
    ]
}


def chat_letter(ref: str, attachments: list[str], date: str) -> bytes:
    body = (
        "Nordhavn fylkeskommune ber med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36 for "
        "bruk av en KI-chatbot for elever i videregående skole. Vurderingen av personvernkonsekvenser viser at "
        "restrisikoen knyttet til lagring av det elevene skriver, fortsatt er høy etter tiltak. Fylkesutvalget "
        "behandlet saken 22.10.2026.\n\n" + txt(CONTACTS_LETTER) + "\n" + SC_LINE
    )
    return letter(
        ref,
        date,
        "Anmodning om forhåndsdrøftelse – KI-chatbot for elever i videregående skole",
        body,
        attachments,
    )


def g015() -> tuple[EmailMessage, Label]:
    names = [
        "Vurdering av personvernkonsekvenser – KI-chatbot, versjon 1.0",
        "Særutskrift PS 112/26",
    ]
    msg = message(
        "G015",
        POSTMOTTAK,
        "Anmodning om forhåndsdrøftelse - KI-chatbot for elever i videregående skole - 26/04512",
        when(11, 3, 12, 1),
        archive_body(
            "26/04512",
            "Anmodning om forhåndsdrøftelse - KI-chatbot for elever i videregående skole",
        ),
        attachments=[
            (
                "26_04512-9 Anmodning om forhåndsdrøftelse - KI-chatbot for elever 1385522_1_1.pdf",
                chat_letter("26/04512-9", names, "03.11.2026"),
            ),
            ("26_04512-9 Vedlegg 1 DPIA KI-chatbot v1.0 1385523_1_1.docx", to_docx(CHAT_DPIA)),
            ("26_04512-9 Vedlegg 2 Særutskrift PS 112-26 1385524_1_1.pdf", to_pdf(CHAT_VEDTAK)),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "archive_dispatch",
            "cover_letter_pdf",
            "contact_prose",
            "dpia_docx",
            "template_ks",
            "risk_score_matrix",
            "part5_political_decision",
        ),
        "none",
        True,
        "used",
        "complete; archive-system dispatch, formal letter, KS-template DPIA and extract of the committee's decision",
    )


def g035() -> tuple[EmailMessage, Label]:
    names = [
        "Vurdering av personvernkonsekvenser – KI-chatbot, versjon 1.0",
        "Risikomatrise",
        "Særutskrift PS 112/26",
    ]
    msg = message(
        "G035",
        POSTMOTTAK,
        "Anmodning om forhåndsdrøftelse - KI-chatbot for elever - 26/04512",
        when(11, 2, 15, 33),
        archive_body("26/04512", "Anmodning om forhåndsdrøftelse - KI-chatbot for elever"),
        attachments=[
            (
                "26_04512-8 Anmodning om forhåndsdrøftelse 1385101_1_1.pdf",
                chat_letter("26/04512-8", names, "02.11.2026"),
            ),
            ("26_04512-8 Vedlegg 2 Risikomatrise 1385103_1_1.xlsx", to_xlsx(CHAT_RISK_XLSX)),
            ("26_04512-8 Vedlegg 3 Særutskrift PS 112-26 1385104_1_1.pdf", to_pdf(CHAT_VEDTAK)),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "archive_dispatch",
            "cover_letter_pdf",
            "contact_prose",
            "risk_register_xlsx",
            "part5_political_decision",
            "listed_attachment_missing",
        ),
        "none",
        True,
        "used",
        "parts 2 and 3 missing: the letter lists the DPIA as «vedlegg 1» but the dispatch holds only the letter, the risk matrix (part 4) and the decision (part 5)",
        missing=(2, 3),
    )


def g055() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei,

        Forsendelsen av sak 26/04512 fra arkivsystemet vårt ser ut til å ha feilet (vi fikk feilmelding om at vedleggene var for store), så jeg sender anmodningen om forhåndsdrøftelse direkte herfra.

        Vedlagt er:
        - Vurdering av personvernkonsekvenser for KI-chatbot for elever (PDF-eksport av Word-dokumentet)
        - Særutskrift av fylkesutvalgets vedtak, PS 112/26

        Jeg er kontaktperson i saken. Personvernombudet vårt er Rune Tangen (tlf. 971 40 855, rune.tangen@nordhavnfk.no).
        """
        )
        + "\n"
        + txt(SC_LINE)
        + "\n"
        + txt(
            """
        Med vennlig hilsen

        Sigrid Haugen Olsen
        Rådgiver digitalisering
        Utdanning og kompetanse
        Nordhavn fylkeskommune
        Telefon 75 65 12 48
        sigrid.haugen.olsen@nordhavnfk.no
        """
        )
    )
    msg = message(
        "G055",
        SIGRID,
        "Forhåndsdrøftelse KI-chatbot – sak 26/04512",
        when(11, 4, 9, 27),
        body,
        attachments=[
            ("DPIA KI-chatbot v1.0.pdf", to_pdf(CHAT_DPIA)),
            ("Særutskrift PS 112-26.pdf", to_pdf(CHAT_VEDTAK)),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "contact_prose",
            "contact_is_sender_stated",
            "dpia_report_pdf",
            "template_ks",
            "risk_score_matrix",
            "part5_political_decision",
        ),
        "none",
        True,
        "used",
        "complete; the case officer sends directly after the archive dispatch failed",
    )


# --- dropout prediction model (even ids, no processor) -------------------------------------

DROP_DPIA = """
# Vurdering av personvernkonsekvenser (DPIA)

## Tidlig innsats mot frafall – prediksjonsmodell i videregående opplæring

~ Nordhavn fylkeskommune · Mal: KS, vurdering av personvernkonsekvenser
~ Versjon 2.1 · 19. november 2026 · Saksnr. 26/05230

# 1 Innledning

Fylkeskommunen vil bruke en statistisk modell som hver andre uke anslår risikoen for at den enkelte elev avbryter videregående opplæring, slik at rådgivere og kontaktlærere kan tilby hjelp tidligere.

# 2 Beskrivelse av behandlingen

## 2.1 Formål

Å identifisere elever som trenger oppfølging før de slutter, jf. opplæringslovens krav om tilpasset opplæring og oppfølgingstjenestens ansvar.

## 2.2 Registrerte og omfang

Alle om lag 9 500 elever ved de 14 videregående skolene, de fleste mellom 15 og 19 år.

## 2.3 Opplysninger og kilder

Fra skoleadministrativt system: fravær per time, karakterer og halvårsvurderinger, anmerkninger, skolebytter, om eleven har enkeltvedtak om spesialundervisning, om eleven bor på hybel, og tidligere kontakt med oppfølgingstjenesten. Opplysningene hentes til fylkeskommunens eget datavarehus.

## 2.4 Hva modellen gjør

Modellen beregner en risikoscore (lav, middels, høy) med de tre viktigste forklaringene. Rådgiver og kontaktlærer ser scoren i et eget skjermbilde. Elever med høy score inviteres til en samtale. Modellen fatter ingen vedtak.

## 2.5 Ansvar, teknologi og sikkerhet

Fylkeskommunen er behandlingsansvarlig. Modellen er utviklet og driftes av fylkeskommunens analyseavdeling i eget datavarehus i eget datasenter. Det brukes ingen databehandler i denne behandlingen. Leverandøren av skoleadministrativt system er databehandler for det systemet, men har ingen rolle her. Tilgang styres per skole og rolle og logges.

## 2.6 Rettslig grunnlag

Art. 6 nr. 1 bokstav e, jf. opplæringsloven. For opplysninger om spesialundervisning art. 9 nr. 2 bokstav g.

# 3 Nødvendighet og forholdsmessighet

19 prosent av elevene i fylket fullfører ikke innen fem år. Dagens varsling bygger på faste fraværsgrenser og lærernes skjønn, og fanger ofte opp elever for sent og overser «stille» elever. En pilot på to skoler i 2025 fant 31 prosent flere elever i risiko enn fraværsgrensen alene.

Tiltak:

- Modellen bruker ikke etnisitet, landbakgrunn, foresattes utdanning eller helseopplysninger.
- Scoren ses bare av rådgiver og kontaktlærer, og brukes ikke i vurdering, inntak eller disiplinærsaker.
- Elever og foresatte informeres ved skolestart, og kan få innsyn i scoren og forklaringene.
- Elever kan protestere (art. 21), og protesten tas til følge.
- Scorer slettes ved utgangen av skoleåret.
- Ekstern gjennomgang av skjevheter hvert år.

# 4 Risikovurdering

| Uønsket hendelse | S | K | Nivå | Tiltak |
| Elever stemples som «frafallselever» og behandles annerledes | 3 | 4 | Rød | Begrenset tilgang, ingen bruk i vurdering, opplæring av rådgivere |
| Skjevheter: modellen gir høyere score til elever fra bestemte grupper via indirekte variabler | 3 | 3 | Rød | Utelatte variabler, årlig ekstern gjennomgang |
| Opplysninger om spesialundervisning får større betydning enn ment | 2 | 3 | Gul | Vekting kontrolleres, forklaring vises |
| Elever og foresatte forstår ikke hvordan scoren lages | 3 | 2 | Gul | Informasjon, innsyn med forklaringer |
| Uautorisert tilgang i datavarehuset | 1 | 4 | Grønn | Rolletilgang, logg, kryptering |

Vurdert, men ikke gjennomført:

- Automatisk varsel til foresatte ved høy score: kan skade tilliten mellom elev og skole.
- Samtykkebasert deltakelse: gir skjevt utvalg og mindre effekt, og samtykke er tvilsomt overfor skolen.

# 5 Restrisiko og konklusjon

Restrisikoen for stempling og skjevheter er fortsatt høy. Fylkeskommunen ber derfor om forhåndsdrøftelse.
"""

DROP_DELEGATED = """
~ NORDHAVN FYLKESKOMMUNE
~ Delegert vedtak

| Saksnr. | Vedtaksnr. | Dato |
| 26/05230 | DS 45/26 | 30.11.2026 |

# Tidlig innsats mot frafall – godkjenning av vurdering av personvernkonsekvenser

## Bakgrunn og funn

Fylkesdirektøren har fått lagt fram vurderingen av personvernkonsekvenser, versjon 2.1, og en oppsummering av funnene fra analyseavdelingen og personvernombudet. Vurderingen viser høy restrisiko for stempling av elever og for skjevheter i modellen.

## Interessenter

Elevorganisasjonen, elev- og lærlingombudet, rådgivernettverket og de hovedtillitsvalgte har gitt innspill. Elevorganisasjonen ba om at elevene skal kunne se sin egen score og protestere. Dette er tatt inn.

## Vedtak

Med hjemmel i delegeringsreglementet punkt 6.2 godkjenner fylkesdirektøren vurderingen av personvernkonsekvenser. Datatilsynet bes om forhåndsdrøftelse. Modellen tas ikke i bruk før Datatilsynet har svart.

~ Kåre Willumsen, fylkesdirektør for utdanning og kompetanse

Vedtaket er elektronisk godkjent og har derfor ingen håndskrevne signaturer.
"""

DROP_SAKSFRAMLEGG = """
~ NORDHAVN FYLKESKOMMUNE
~ Saksframlegg

| Saksnr. | Utvalg | Møtedato |
| 26/05230 | Fylkesutvalget | 28.01.2027 |

# Tidlig innsats mot frafall – vurdering av personvernkonsekvenser

## Sammendrag

Fylkesdirektøren legger fram vurderingen av personvernkonsekvenser for prediksjonsmodellen og anbefaler at fylkesutvalget godkjenner den og at Datatilsynet bes om forhåndsdrøftelse.

## Fylkesdirektørens innstilling

~ 1. Fylkesutvalget godkjenner vurderingen av personvernkonsekvenser for tidlig innsats mot frafall, versjon 2.1.
2. Datatilsynet bes om forhåndsdrøftelse før modellen tas i bruk.

Saken er ikke behandlet.
"""

DROP_CONTACTS = (
    CONTACTS_LETTER
    + "\nBehandlingen skjer i fylkeskommunens egne systemer, og det benyttes ingen databehandler."
)


def g016() -> tuple[EmailMessage, Label]:
    names = [
        "Vurdering av personvernkonsekvenser, versjon 2.1",
        "Saksframlegg til fylkesutvalget 28.01.2027",
    ]
    text = (
        "Nordhavn fylkeskommune ber om forhåndsdrøftelse for en prediksjonsmodell for tidlig innsats mot frafall i videregående opplæring. "
        "Saken skal behandles politisk i fylkesutvalget 28. januar 2027. For å rekke oppstart til skoleåret 2027/28 oversender vi "
        "anmodningen nå; vedtaket ettersendes.\n\n" + txt(DROP_CONTACTS)
    )
    msg = message(
        "G016",
        POSTMOTTAK,
        "Anmodning om forhåndsdrøftelse - Tidlig innsats mot frafall - 26/05230",
        when(12, 9, 10, 44),
        archive_body("26/05230", "Anmodning om forhåndsdrøftelse - Tidlig innsats mot frafall"),
        attachments=[
            (
                "26_05230-6 Anmodning om forhåndsdrøftelse 1401877_1_1.pdf",
                letter(
                    "26/05230-6",
                    "09.12.2026",
                    "Anmodning om forhåndsdrøftelse – tidlig innsats mot frafall",
                    text,
                    names,
                ),
            ),
            ("26_05230-6 Vedlegg 1 DPIA frafall v2.1 1401878_1_1.docx", to_docx(DROP_DPIA)),
            (
                "26_05230-6 Vedlegg 2 Saksframlegg FU 28.01.2027 1401879_1_1.pdf",
                to_pdf(DROP_SAKSFRAMLEGG),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "archive_dispatch",
            "cover_letter_pdf",
            "contact_prose",
            "processor_none_stated",
            "dpia_docx",
            "template_ks",
            "risk_score_matrix",
            "part5_proposal_only",
            "part5_future_meeting",
        ),
        "none",
        True,
        "none",
        "only part 5 missing: only the county director's recommendation («innstilling») to a committee meeting on 28 January; the decision will follow",
        missing=(5,),
    )


INSPECTION_LETTER = """
~ NORDHAVN FYLKESKOMMUNE
~ Tannhelsetjenesten

| Vår ref. | Deres ref. | Saksbehandler | Dato |
| 26/03311-4 | 26/01987-3 | Øystein Brekke | 25.11.2026 |

# Svar på varsel om tilsyn – tilgangsstyring i journalsystemet i den offentlige tannhelsetjenesten

Vi viser til Datatilsynets varsel om tilsyn av 28.10.2026 og oversender den dokumentasjonen dere ba om:

- Rutine for tildeling og fjerning av tilganger (versjon 3, 2025)
- Oversikt over roller og tilganger i journalsystemet per 15.11.2026
- Rapport fra siste gjennomgang av tilgangslogg (september 2026)

Vi bekrefter at det gjennomføres månedlige stikkprøvekontroller av tilgangsloggen, og at tre avvik i 2026 er fulgt opp. Spørsmål i saken kan rettes til undertegnede, tlf. 75 65 14 02.

~ Med hilsen
~ Øystein Brekke, fylkestannlege

Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.
"""


def g036() -> tuple[EmailMessage, Label]:
    msg = message(
        "G036",
        POSTMOTTAK,
        "Svar på varsel om tilsyn - Deres ref. 26/01987 - 26/03311",
        when(11, 25, 14, 9),
        archive_body(
            "26/03311",
            "Svar på varsel om tilsyn - tilgangsstyring i journalsystemet i tannhelsetjenesten",
        ),
        attachments=[
            ("26_03311-4 Svar på varsel om tilsyn 1396610_1_1.pdf", to_pdf(INSPECTION_LETTER))
        ],
    )
    return msg, Label(
        "nb",
        (ORG, "archive_dispatch", "nonrequest_inspection_reply"),
        "none",
        False,
        "unspecified",
        "not a request: reply with documentation in an inspection case (other case type)",
    )


def g056() -> tuple[EmailMessage, Label]:
    names = ["Vurdering av personvernkonsekvenser, versjon 2.1", "Delegert vedtak DS 45/26"]
    text = (
        "Nordhavn fylkeskommune ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for en prediksjonsmodell "
        "som skal gi rådgivere og kontaktlærere tidligere varsel om elever som står i fare for å avbryte videregående "
        "opplæring. Fylkesdirektøren har godkjent vurderingen av personvernkonsekvenser i delegert vedtak DS 45/26.\n\n"
        + txt(DROP_CONTACTS)
    )
    msg = message(
        "G056",
        POSTMOTTAK,
        "Anmodning om forhåndsdrøftelse - Tidlig innsats mot frafall - 26/05230",
        when(12, 2, 13, 58),
        archive_body("26/05230", "Anmodning om forhåndsdrøftelse - Tidlig innsats mot frafall"),
        attachments=[
            (
                "26_05230-5 Anmodning om forhåndsdrøftelse 1399012_1_1.pdf",
                letter(
                    "26/05230-5",
                    "02.12.2026",
                    "Anmodning om forhåndsdrøftelse – tidlig innsats mot frafall",
                    text,
                    names,
                ),
            ),
            ("26_05230-5 Vedlegg 1 DPIA frafall v2.1 1399013_1_1.docx", to_docx(DROP_DPIA)),
            (
                "26_05230-5 Vedlegg 2 Delegert vedtak DS 45-26 1399014_1_1.pdf",
                to_pdf(DROP_DELEGATED),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "archive_dispatch",
            "cover_letter_pdf",
            "contact_prose",
            "processor_none_stated",
            "dpia_docx",
            "template_ks",
            "risk_score_matrix",
            "part5_delegated_decision",
        ),
        "none",
        True,
        "none",
        "complete; no processor (own data warehouse), approval as a delegated decision by the county director",
    )
