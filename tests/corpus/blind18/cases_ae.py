# ruff: noqa: E501
"""Cases of senders A-E (Tindra Pay, Havbris, Bytorget, Nordvegen, Lunde Aas for Kraftverket).

Sender of id n (1..60): letter "ABCDEFGHIJ"[((n - 1) % 20) // 2]; each sender has three odd and
three even ids. One function per case, returning the message and its label.
"""

from __future__ import annotations

from email.message import EmailMessage

import kit
from kit import Label, message, txt, when
from personas import (
    A_DPO,
    A_FROM,
    A_SIG,
    AMUND,
    ANSIKTID,
    B_FROM,
    B_SIG,
    BJORNAR,
    C_DPO,
    C_FROM,
    C_SIG,
    CAMILLA,
    D_DPO,
    D_FROM,
    D_SIG,
    E_DPO,
    E_FROM,
    E_SIG,
    FLATEVAKT,
    IDENTA,
    INNSIKT,
    KRISTOFFER,
    NORDSKY,
    SIGRID,
    SONAR,
    VIGIL,
    Person,
    a_dpia,
    b_del1,
    b_del2,
    b_del3,
    b_del4,
    b_del5,
    c_slides,
    d_contact_table,
    d_dpia,
    d_register,
    e_dpia,
    e_protocol,
)
from topics import A1, A2, B1, B2, C1, C2, D1, D2, E1, E2, Topic

Case = tuple[EmailMessage, Label]


def sig_markup(sig: str) -> str:
    """A plain signature as line-block markup (every line its own paragraph in HTML)."""
    return "\n".join("~ " + ln for ln in sig.strip().splitlines() if ln.strip())


# --- A: Tindra Pay AS ------------------------------------------------------------------------


def a_table(rows: list[tuple[str, Person]]) -> str:
    lines = ["| Rolle | Navn | Telefon | E-post |"]
    lines += [f"| {r} | {p.name}, {p.role}, {p.org} | {p.phone} | {p.email} |" for r, p in rows]
    return "\n".join(lines)


def a_mail(
    cid: str,
    subject: str,
    date: str,
    markup: str,
    attachments: list[kit.Attachment],
    cc: str | None = None,
) -> EmailMessage:
    full = markup.strip() + "\n\n" + sig_markup(A_SIG)
    return message(
        cid,
        A_FROM,
        subject,
        date,
        body=kit.plain(full),
        html=kit.to_html(full),
        attachments=attachments,
        cc=cc,
    )


A_SHAPES = (
    "fintech_startup",
    "html_body",
    "html_contact_table",
    "dpia_pdf_notion",
    "part5_board_minutes_in_dpia",
    "signature_m_prefix",
)


def x001() -> Case:
    rows = [
        ("Kontaktperson", SIGRID),
        ("Personvernombud", A_DPO),
        ("Databehandler (drift)", NORDSKY),
    ]
    markup = f"""
Hei,

Tindra Pay AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for Tindra Kreditt, vår nye delbetalingsløsning der kredittvurderingen bygger på kontoinformasjon fra kundens bank. Vi har gjennomført en DPIA, og styret har konkludert med at restrisikoen fortsatt er høy. Lansering er planlagt i mars 2027, og vi tar ikke løsningen i bruk før vi har hørt fra dere.

DPIA-en ligger vedlagt som PDF (eksportert fra Notion, der vi skriver alt). Styrebehandlingen står nederst i dokumentet.

Kontaktpersoner:

{a_table(rows)}

Si gjerne fra om dere trenger mer – vi stiller gjerne på et møte, også på kort varsel.

Mvh
Sigrid
"""
    msg = a_mail(
        "x001",
        "Anmodning om forhåndsdrøftelse – Tindra Kreditt",
        when(11, 16, 10, 42),
        markup,
        [("DPIA_Tindra_Kreditt_v1.0.pdf", kit.to_pdf(a_dpia(A1), "DPIA Tindra Kreditt"))],
    )
    return msg, Label(
        "nb",
        (*A_SHAPES, "processor_contact_table"),
        "pgp_mime",
        True,
        "used",
        "complete; contacts as HTML table, Notion-exported DPIA PDF with the board's decision at the end",
    )


def x002() -> Case:
    rows = [
        ("Vår kontaktperson", SIGRID),
        ("Personvernombud", A_DPO),
        ("Databehandler – drift", NORDSKY),
        ("Databehandler – ID-verifisering", IDENTA),
    ]
    markup = f"""
Hei Datatilsynet!

Vi i Tindra Pay har jobbet med svindelvern det siste halvåret, og vil nå ta i bruk atferdsbiometri og ansiktsverifisering (vi kaller det Tindra Trygg). DPIA-en viser at vi ikke får risikoen ned på et akseptabelt nivå på egen hånd, så vi ber om en forhåndsdrøftelse.

Vedlagt:

- DPIA_Tindra_Trygg.pdf – hele vurderingen, inkludert styrets behandling 10. november

Her er folkene dere kan kontakte:

{a_table(rows)}

Ha en fin dag!

Sigrid
"""
    msg = a_mail(
        "x002",
        "Forhåndsdrøftelse – Tindra Trygg (atferdsbiometri og selfie-ID)",
        when(11, 19, 14, 5),
        markup,
        [("DPIA_Tindra_Trygg.pdf", kit.to_pdf(a_dpia(A2), "DPIA Tindra Trygg"))],
        cc="Jonas Eide <jonas.eide@personvernpartner.no>",
    )
    return msg, Label(
        "nb",
        (*A_SHAPES, "processor_contact_table", "phone_foreign", "biometrics"),
        "pgp_mime",
        True,
        "used",
        "complete; two processors in the table, one Estonian (+372)",
    )


def x021() -> Case:
    rows = [
        ("Kontaktperson", SIGRID),
        ("Personvernombud", A_DPO),
        ("Drift (databehandler)", NORDSKY),
    ]
    markup = f"""
Hei,

Vedlagt er DPIA for Tindra Trygg – svindelvern med atferdsbiometri og selfie-verifisering i Tindra-appen. Vi ber om forhåndsdrøftelse etter art. 36, siden styret har akseptert at restrisikoen er høy.

Vi håper å kunne starte en pilot med 2 000 kunder i februar, men venter selvfølgelig på dere.

Kontaktinfo:

{a_table(rows)}

Takk!
Sigrid
"""
    msg = a_mail(
        "x021",
        "Tindra Trygg – anmodning om forhåndsdrøftelse",
        when(11, 12, 9, 18),
        markup,
        [("Tindra_Trygg_DPIA_v0.9.pdf", kit.to_pdf(a_dpia(A2), "DPIA Tindra Trygg"))],
    )
    return msg, Label(
        "nb",
        (*A_SHAPES, "processor_named_in_passing", "p1_processor_no_contact", "biometrics"),
        "none",
        True,
        "used",
        "part 1 missing: the DPIA names Identa OÜ as processor for the face check; no contact for Identa anywhere (table lists only Nordsky)",
        (1,),
    )


def x022() -> Case:
    rows = [
        ("Kontaktperson", SIGRID),
        ("Personvernombud", A_DPO),
        ("Databehandler (drift)", NORDSKY),
    ]
    markup = f"""
Hei,

Vi sender inn anmodning om forhåndsdrøftelse for Tindra Kreditt nå, slik at dere kan begynne å se på saken mens vi blir ferdige. Beskrivelsen av løsningen og vurderingen av nødvendighet og forholdsmessighet er klare og ligger i vedlagt DPIA.

Risikovurderingen kommer i neste uke – vi har workshop med personvernombudet 1. desember og fyller inn risikotabellen etter det. Styret skal deretter behandle den komplette DPIA-en på styremøtet 15. desember, og vi sender protokollen så snart den er signert.

Kontaktpersoner:

{a_table(rows)}

Mvh
Sigrid
"""
    over = {
        "risk": "Under arbeid. Workshop med personvernombudet 1. desember; tabellen fylles inn etterpå.",
        "nt": "Kommer sammen med risikovurderingen.",
        "res": "Ikke vurdert ennå.",
        "appr": "Ikke behandlet ennå – settes opp på styremøtet 15.12.2026.",
    }
    dpia = a_dpia(A1, over, status="Utkast – ikke styrebehandlet")
    msg = a_mail(
        "x022",
        "Forhåndsdrøftelse Tindra Kreditt – første innsending",
        when(11, 24, 16, 31),
        markup,
        [("DPIA_Tindra_Kreditt_UTKAST.pdf", kit.to_pdf(dpia, "DPIA Tindra Kreditt utkast"))],
    )
    return msg, Label(
        "nb",
        (*A_SHAPES, "processor_contact_table", "part4_will_follow", "part5_future_meeting"),
        "none",
        True,
        "used",
        "parts 4 and 5 missing: «Risikovurderingen kommer i neste uke»; the board handles the DPIA on 15 December",
        (4, 5),
    )


def x041() -> Case:
    body = txt("""
    Hei,

    jeg skriver på vegne av Tindra Pay AS, der jeg er daglig leder. Vi ber om forhåndsdrøftelse for en utvidelse av Tindra Kreditt til enkeltpersonforetak, og har limt inn det viktigste fra vurderingen vår her i e-posten, siden Sigrid (som normalt har dette) er i foreldrepermisjon og jeg ikke fikk eksportert dokumentet riktig.

    Kontaktperson for saken mens Sigrid er borte er meg, Amund Grøtta, på amund@tindrapay.no eller 907 11 562. Personvernombudet vårt er Jonas Eide i Personvernpartner AS, jonas.eide@personvernpartner.no, telefon 22 41 80 90. Driften er satt ut til Nordsky Drift AS, som er databehandler; kontaktperson der er Kari Lunde, kari.lunde@nordsky.no, 413 55 201.

    Kort fortalt: enkeltpersonforetak (frisører, håndverkere, konsulenter) skal kunne få delbetaling og driftskreditt opp til 150 000 kroner. Fordi inntektene til et ENK ofte går inn på privatkontoen, henter vi med samtykke transaksjoner fra både bedriftskonto og privatkonto for de siste 12 månedene via kontoinformasjonstjenesten vår (PSD2). I tillegg henter vi regnskapstall fra Brønnøysundregistrene og opplysninger fra gjeldsregisteret og et kredittopplysningsforetak. En maskinlæringsmodell skiller private og næringsmessige transaksjoner, beregner betjeningsevne og gir en score. Lave score avslås automatisk, høye innvilges, og en gråsone går til en av de tre kredittanalytikerne våre. Vi regner med rundt 6 000 søkere i året. Nettbutikken eller leverandøren får bare vite om kreditten er innvilget. Rå transaksjoner slettes etter 30 dager, nøkkeltallene lagres i kredittens løpetid og fem år etter. Alt ligger hos Nordsky i Norge, kryptert, med tilgang for fem personer og logging av alle oppslag.

    Hvorfor vi gjør det slik: utlånsforskriften krever at vi vurderer betjeningsevnen, og for et ENK sier regnskapet alene lite – mange har ikke levert årsregnskap ennå, og privatøkonomien henger tett sammen med firmaet. Vi har vurdert å bare bruke bedriftskontoen, men da avslår vi nesten alle nye foretak. For å begrense inngrepet maskerer vi transaksjoner som kan si noe om helse, religion, fagforening eller politikk før modellen ser dem, vi henter bare 12 måneder, og kunden kan be om manuell vurdering og får de tre viktigste årsakene ved avslag. Samtykket til å lese privatkontoen er eget og kan trekkes når som helst i appen. Behandlingsgrunnlaget er avtale og rettslig forpliktelse (art. 6 nr. 1 b og c), og uttrykkelig samtykke for særlige kategorier som likevel kan følge med i transaksjonene.

    Risikoene vi har funnet er særlig disse. For det første kan privatkontoen avsløre mye om familien til innehaveren, også om ektefelle og barn (sannsynlighet middels, konsekvens høy); tiltaket er maskering og sletting etter 30 dager, og at familiemedlemmers navn fjernes fra transaksjonsteksten. For det andre kan modellen behandle enkelte bransjer eller innvandrere med kort botid urettferdig (middels/høy); vi tester for skjevhet hvert kvartal og har manuell vurdering på forespørsel. For det tredje er det risiko for lekkasje av transaksjonsdata (lav/høy), som vi møter med kryptering, MFA, logging og penetrasjonstest før lansering. Til slutt kan kunden misforstå hva samtykket gjelder (middels/middels); her har vi laget en egen forklaring med eksempler. Vi vurderte å la kunden laste opp utvalgte kontoutskrifter selv i stedet for å gi oss lesetilgang, men det gir mer juks og like mye data. Vi vurderte også manuell behandling av alle søknader, men det blir for dyrt for små beløp. Restrisikoen for familiemedlemmer og for automatiske avslag mener vi fortsatt er høy.

    Styret behandlet vurderingen i styremøtet 24. november 2026 (sak 11/2026). Jeg presenterte funnene sammen med personvernombudet, og styret fikk også innspillene fra de fem ENK-kundene vi testet med og fra regnskapsbyrået vi samarbeider med. Protokollen sier: «Styret godkjenner vurderingen av personvernkonsekvenser for Tindra Kreditt ENK. Restrisikoen er høy, og administrasjonen skal be Datatilsynet om forhåndsdrøftelse før produktet lanseres.» Protokollen er signert av styreleder Hilde Varden og meg.

    Gi beskjed om dere vil ha dette som eget dokument i tillegg.

    Beste hilsen
    Amund Grøtta
    daglig leder og medgründer, Tindra Pay AS
    M: +47 907 11 562
    """)
    msg = message(
        "x041",
        f"{AMUND.name} <{AMUND.email}>",
        "Forhåndsdrøftelse: Tindra Kreditt for enkeltpersonforetak",
        when(11, 26, 22, 14),
        body=body,
        cc=A_FROM,
    )
    return msg, Label(
        "nb",
        (
            "fintech_startup",
            "all_in_body",
            "plain_body",
            "no_headings_body",
            "contact_prose",
            "part5_protocol_quoted_in_body",
            "risk_prose",
        ),
        "none",
        True,
        "used",
        "complete; everything pasted as prose paragraphs without headings, late-evening mail from the CEO",
    )


def x042() -> Case:
    markup = """
Hei,

Tindra Pay AS er et lite fintech-selskap (14 ansatte) som tilbyr delbetaling og kreditt. Vi jobber med et nytt produkt, Tindra Spar, som automatisk setter av penger til sparing ut fra en analyse av kundens kontotransaksjoner (hentet med samtykke via PSD2).

Vi er usikre på om produktet krever en vurdering av personvernkonsekvenser, og i så fall om vi må be om forhåndsdrøftelse. Vi har ikke startet på en DPIA ennå. Før vi bruker tid på det, ønsker vi et veiledningsmøte med dere – gjerne digitalt – for å høre om vi tenker riktig om behandlingsgrunnlag og om hvilke transaksjonsdata vi bør holde utenfor.

Passer det en gang i januar? Vi stiller med daglig leder, meg og personvernombudet vårt.

Mvh
Sigrid
"""
    msg = a_mail("x042", "Ønske om veiledningsmøte – Tindra Spar", when(12, 3, 11, 2), markup, [])
    return msg, Label(
        "nb",
        (
            "fintech_startup",
            "html_body",
            "nonrequest_guidance",
            "mentions_prior_consultation",
            "signature_m_prefix",
        ),
        "none",
        False,
        "unspecified",
        "not a request: asks for a guidance meeting; no DPIA started",
    )


# --- B: Havbris Forsikring ASA -------------------------------------------------------------------

B_SHAPES = (
    "insurance_company",
    "pdf_per_part",
    "signature_tlf_mob_prefix",
    "disclaimer_footer",
    "contact_label_value",
    "org_number_address",
    "risk_likelihood_consequence_scored",
)


def b_parts(topic: Topic) -> list[kit.Attachment]:
    return [
        ("Del 1 – Kontaktopplysninger.pdf", kit.to_pdf(b_del1(topic))),
        ("Del 2 – Systematisk beskrivelse.pdf", kit.to_pdf(b_del2(topic))),
        ("Del 3 – Nødvendighet og proporsjonalitet.pdf", kit.to_pdf(b_del3(topic))),
        ("Del 4 – Risikovurdering.pdf", kit.to_pdf(b_del4(topic))),
        ("Del 5 – Ledelsens validering.pdf", kit.to_pdf(b_del5(topic))),
    ]


def x003() -> Case:
    body = (
        txt("""
    Til Datatilsynet

    ANMODNING OM FORHÅNDSDRØFTELSE – AUTOMATISERT SVINDELAVDEKKING I SKADEOPPGJØR
    Vår ref.: 2026/1187

    Havbris Forsikring ASA anmoder med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36 nr. 1. Selskapet har gjennomført en vurdering av personvernkonsekvenser for innføring av en modell for automatisert svindelavdekking i skadeoppgjøret. Vurderingen viser at risikoen for de registrerte fortsatt er høy etter de tiltakene selskapet har iverksatt.

    Dokumentasjonen er delt i fem vedlegg, i samme rekkefølge som Datatilsynets veiledning om forhåndsdrøftelser:

    Del 1 – Kontaktopplysninger (kontaktperson, personvernombud og databehandler)
    Del 2 – Systematisk beskrivelse av behandlingen
    Del 3 – Vurdering av nødvendighet og proporsjonalitet
    Del 4 – Vurdering av risiko for de registrertes rettigheter og friheter
    Del 5 – Dokumentasjon av ledelsens validering

    Vedleggene inneholder opplysninger om selskapets sikkerhetstiltak og bes unntatt offentlighet etter offentleglova § 13, jf. forvaltningsloven § 13 første ledd nr. 2.

    """)
        + "\n"
        + B_SIG
    )
    msg = message(
        "x003",
        B_FROM,
        "Anmodning om forhåndsdrøftelse – automatisert svindelavdekking (vår ref. 2026/1187)",
        when(11, 9, 13, 20),
        body=body,
        attachments=b_parts(B1),
    )
    return msg, Label(
        "nb",
        (*B_SHAPES, "headings_caps_in_body", "phone_foreign"),
        "pgp_mime",
        True,
        "used",
        "complete; one PDF per part in the regulator's own order; Swedish processor (+46) in part 1",
    )


def x004() -> Case:
    body = (
        txt("""
    Hei,

    Vedlagt oversendes Havbris Forsikring ASAs anmodning om forhåndsdrøftelse for produktet «Kjørestil» – en telematikkbasert bilforsikring for unge sjåfører (vår ref. 2026/1302).

    Vi har delt dokumentasjonen i fem PDF-filer (Del 1–5) som tilsvarer punktene i Datatilsynets veiledning. Konsernledelsen har godkjent vurderingen og beslutningen om å be om forhåndsdrøftelse, se Del 5.

    Lansering er planlagt til tidligst 1. april 2027.

    """)
        + "\n"
        + B_SIG
    )
    msg = message(
        "x004",
        B_FROM,
        "Forhåndsdrøftelse – Kjørestil (telematikk) – vår ref. 2026/1302",
        when(11, 23, 8, 57),
        body=body,
        attachments=b_parts(B2),
        cc="Brekke, Håkon <hakon.brekke@havbris.no>",
    )
    return msg, Label(
        "nb", B_SHAPES, "pgp_mime", True, "used", "complete; one PDF per part; telematics insurance"
    )


PRIVACY_POLICY = """# Personvernerklæring for Havbris Forsikring ASA

~ Sist oppdatert 1. september 2026

## Hvem er behandlingsansvarlig?

Havbris Forsikring ASA, Strandkaien 8, 5013 Bergen, er behandlingsansvarlig for personopplysninger vi behandler om deg som kunde, skadelidt eller besøkende på havbris.no.

## Hvilke opplysninger behandler vi?

Vi behandler opplysninger du gir oss når du kjøper forsikring eller melder skade, som navn, fødselsnummer, kontaktinformasjon, opplysninger om forsikringsgjenstanden og om skaden. Ved personforsikring kan vi behandle helseopplysninger.

## Formål

Vi bruker opplysningene til å inngå og administrere forsikringsavtaler, behandle skader, forebygge svindel, oppfylle lovpålagte plikter og – dersom du har samtykket – til markedsføring.

## Dine rettigheter

Du har rett til innsyn, retting, sletting og dataportabilitet, og til å protestere mot behandling basert på berettiget interesse. Du kan klage til Datatilsynet.

## Informasjonskapsler

Vi bruker informasjonskapsler på havbris.no. Les mer i vår cookieerklæring.

## Kontakt

Spørsmål om personvern kan rettes til personvernombud@havbris.no.
"""


def x023() -> Case:
    parts = b_parts(B1)
    parts[4] = ("Del 5 – Ledelsens validering.pdf", kit.to_pdf(PRIVACY_POLICY))
    body = (
        txt("""
    Til Datatilsynet

    Havbris Forsikring ASA ber om forhåndsdrøftelse etter GDPR art. 36 for planlagt automatisert svindelavdekking i skadeoppgjøret (vår ref. 2026/1187).

    Dokumentasjonen følger vedlagt i fem filer, nummerert etter punktene i Datatilsynets veiledning. Vi ber om at vedleggene unntas offentlighet.

    Ta gjerne kontakt med undertegnede ved spørsmål.

    """)
        + "\n"
        + B_SIG
    )
    msg = message(
        "x023",
        B_FROM,
        "Anmodning om forhåndsdrøftelse – svindelavdekking skadeoppgjør",
        when(11, 5, 15, 44),
        body=body,
        attachments=parts,
    )
    return msg, Label(
        "nb",
        (*B_SHAPES, "wrong_file_part5", "phone_foreign"),
        "none",
        True,
        "used",
        "part 5 missing: the file «Del 5 – Ledelsens validering.pdf» holds the company's general privacy policy, not management's validation",
        (5,),
    )


def x024() -> Case:
    merged = "\n\n".join([b_del1(B2), b_del2(B2), b_del3(B2), b_del4(B2), b_del5(B2)])
    body = txt("""
    Hei,

    Jeg er personvernombud i Havbris Forsikring ASA og sender på vegne av selskapet en anmodning om forhåndsdrøftelse for Kjørestil, en bilforsikring der premien bygger på telematikkdata.

    Alt ligger i én PDF (vi har samlet de fem delene i ett dokument etter ønske fra arkivet vårt). Kontaktperson i saken er Ingrid Sæther i juridisk avdeling; kontaktdetaljer står i del 1.

    Vennlig hilsen
    Håkon Brekke
    Personvernombud
    Havbris Forsikring ASA
    Tlf.: +47 55 30 81 10
    E-post: hakon.brekke@havbris.no

    Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for adressaten.
    """)
    msg = message(
        "x024",
        "Brekke, Håkon <hakon.brekke@havbris.no>",
        "Anmodning om forhåndsdrøftelse – Kjørestil",
        when(11, 27, 10, 12),
        body=body,
        attachments=[
            (
                "Havbris_forhandsdroftelse_Kjorestil_samlet.pdf",
                kit.to_pdf(merged, "Forhåndsdrøftelse Kjørestil"),
            )
        ],
    )
    return msg, Label(
        "nb",
        (
            "insurance_company",
            "one_pdf_everything",
            "sent_by_dpo",
            "signature_tlf_mob_prefix",
            "disclaimer_footer",
            "contact_label_value",
            "org_number_address",
            "risk_likelihood_consequence_scored",
        ),
        "none",
        True,
        "used",
        "complete; sent by the DPO; the five parts merged into one PDF",
    )


def x043() -> Case:
    body = (
        txt("""
    Til Datatilsynet

    ETTERSENDELSE – ANMODNING OM FORHÅNDSDRØFTELSE – AUTOMATISERT SVINDELAVDEKKING
    Deres ref.: 26/04417-2   Vår ref.: 2026/1187

    Vi viser til Datatilsynets brev av 24. november 2026, der det fremgår at vedlegget «Del 5 – Ledelsens validering» i vår anmodning av 5. november inneholdt selskapets personvernerklæring og ikke dokumentasjon av ledelsens validering av vurderingen. Det beklager vi; feil fil ble lastet opp fra dokumentarkivet.

    For ordens skyld sender vi hele anmodningen på nytt, slik at alt ligger samlet i én forsendelse. Del 1–4 er uendret. Del 5 er nå utdrag av protokoll fra konsernledelsens møte 4. november 2026 (KL-sak 88/2026), med sammendrag av det som ble lagt fram, innspillene fra interessentene og konsernledelsens beslutning.

    """)
        + "\n"
        + B_SIG
    )
    msg = message(
        "x043",
        B_FROM,
        "SV: Deres ref. 26/04417-2 – ettersendelse av del 5 / komplett anmodning om forhåndsdrøftelse",
        when(11, 26, 9, 31),
        body=body,
        attachments=b_parts(B1),
    )
    return msg, Label(
        "nb",
        (
            *B_SHAPES,
            "resubmission_complete",
            "answers_deficiency_letter",
            "headings_caps_in_body",
            "phone_foreign",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; resubmission answering the authority's letter about the wrong part-5 file, all five parts re-attached",
    )


def x044() -> Case:
    parts = [
        ("Del 1 – Kontaktopplysninger.pdf", kit.to_pdf(b_del1(B2))),
        ("Del 2 – Systematisk beskrivelse.pdf", kit.to_pdf(b_del2(B2))),
        ("Del 3 og 4 – Nødvendighet og risikovurdering.pdf", b""),
        ("Del 5 – Ledelsens validering.pdf", kit.to_pdf(b_del5(B2))),
    ]
    body = (
        txt("""
    Hei,

    Vedlagt følger anmodning om forhåndsdrøftelse for Kjørestil (telematikkbasert bilforsikring), vår ref. 2026/1302. Del 3 og del 4 er slått sammen i ett dokument fordi vurderingene henger tett sammen.

    """)
        + "\n"
        + B_SIG
    )
    msg = message(
        "x044",
        B_FROM,
        "Kjørestil – anmodning om forhåndsdrøftelse (ref. 2026/1302)",
        when(11, 20, 14, 3),
        body=body,
        attachments=parts,
    )
    return msg, Label(
        "nb",
        (*B_SHAPES, "zero_byte_parts_3_4"),
        "pgp_mime",
        True,
        "used",
        "parts 3 and 4 missing: the combined «Del 3 og 4» PDF is zero bytes; approval (part 5) is present",
        (3, 4),
    )


# --- C: Bytorget Handel AS ---------------------------------------------------------------------

C_SHAPES = ("retail_loyalty", "slides_pdf", "risk_traffic_words", "signature_mob_prefix")


def x005() -> Case:
    deck = kit.to_slides(
        c_slides(
            C1, [("Kontaktperson", CAMILLA), ("Personvernombud", C_DPO), ("Databehandler", INNSIKT)]
        ),
        "Bytorget Handel AS · Intern",
    )
    body = (
        txt("""
    Hei!

    Vi ønsker forhåndsdrøftelse for personlige priser i kundeprogrammet Bytorget Pluss. Vedlagt er presentasjonen som ble brukt i ledergruppen – den har med det dere ber om på nettsidene (kontaktpersoner, beskrivelse, nødvendighet, risiko og ledergruppens beslutning).

    Si fra hvis dere heller vil ha det i et annet format.

    """)
        + "\n"
        + C_SIG
    )
    msg = message(
        "x005",
        C_FROM,
        "Forhåndsdrøftelse – personlige priser i Bytorget Pluss",
        when(11, 17, 12, 40),
        body=body,
        attachments=[("Bytorget_Pluss_personlige_priser_LG_2026-11-12.pdf", deck)],
    )
    return msg, Label(
        "nb",
        (*C_SHAPES, "contacts_on_slide", "part5_decision_slide"),
        "pgp_mime",
        True,
        "used",
        "complete; PowerPoint export with short bullets covering all five parts",
    )


def x006() -> Case:
    deck = kit.to_slides(
        c_slides(
            C2,
            [
                ("Kontakt Bytorget", CAMILLA),
                ("Personvernombud", C_DPO),
                ("Databehandler (beacons)", SONAR),
            ],
        ),
        "Smart butikk · Bytorget",
    )
    body = (
        txt("""
    Hei,

    Her er anmodning om forhåndsdrøftelse for pilotprosjektet «Smart butikk» i 12 av våre butikker. Alt ligger i vedlagte presentasjon.

    """)
        + "\n"
        + C_SIG
    )
    msg = message(
        "x006",
        C_FROM,
        "Anmodning om forhåndsdrøftelse: Smart butikk (pilot)",
        when(12, 1, 8, 15),
        body=body,
        attachments=[("Smart_butikk_forhandsdroftelse.pdf", deck)],
    )
    return msg, Label(
        "nb",
        (*C_SHAPES, "contacts_on_slide", "part5_decision_slide", "phone_foreign"),
        "none",
        True,
        "used",
        "complete; slide deck, Danish processor (+45)",
    )


def x025() -> Case:
    body = (
        txt("""
    Hei,

    Et spørsmål før vi går videre: Vi har gjennomført en DPIA for personlige priser i kundeprogrammet Bytorget Pluss. Etter at vi la inn en svarteliste for sensitive varegrupper og gjorde personlige tilbud frivillige, vurderer vi at risikoen er redusert til et akseptabelt nivå.

    Vårt spørsmål er om vi likevel må be om forhåndsdrøftelse fordi behandlingen gjelder profilering av svært mange personer, eller om det holder at vi har DPIA-en liggende. Vi sender ikke inn noen anmodning nå, men vil gjerne vite hva dere mener før vi beslutter.

    """)
        + "\n"
        + C_SIG
    )
    msg = message(
        "x025", C_FROM, "Spørsmål: må vi be om forhåndsdrøftelse?", when(11, 10, 13, 2), body=body
    )
    return msg, Label(
        "nb",
        (
            "retail_loyalty",
            "nonrequest_question",
            "mentions_prior_consultation",
            "signature_mob_prefix",
        ),
        "none",
        False,
        "unspecified",
        "not a request: asks whether a prior consultation is needed; says no request is being sent",
    )


def x026() -> Case:
    deck = kit.to_slides(
        c_slides(
            C1,
            [("Kontaktperson", CAMILLA), ("Personvernombud", C_DPO), ("Databehandler", INNSIKT)],
            {"nec": ""},
        ),
        "Bytorget Handel AS · Intern",
    )
    body = (
        txt("""
    Hei,

    Vedlagt er underlaget vårt for forhåndsdrøftelse om personlige priser i Bytorget Pluss (presentasjon fra ledergruppen 12.11).

    """)
        + "\n"
        + C_SIG
    )
    msg = message(
        "x026",
        C_FROM,
        "Bytorget Pluss – forhåndsdrøftelse personlige priser",
        when(11, 18, 15, 21),
        body=body,
        attachments=[("Personlige_priser_LG.pdf", deck)],
    )
    return msg, Label(
        "nb",
        (*C_SHAPES, "contacts_on_slide", "part5_decision_slide", "empty_slide_necessity"),
        "pgp_mime",
        True,
        "used",
        "part 3 missing: the slide «Hvorfor – og hvorfor akkurat slik?» has only its title",
        (3,),
    )


def x045() -> Case:
    dpo_no_phone = Person(C_DPO.name, C_DPO.role, C_DPO.org, "", C_DPO.email)
    deck = kit.to_slides(
        c_slides(
            C2,
            [
                ("Kontakt Bytorget", CAMILLA),
                ("Personvernombud", dpo_no_phone),
                ("Databehandler", SONAR),
            ],
        ),
        "Smart butikk · Bytorget",
    )
    body = (
        txt("""
    Hei,

    Vi ber om forhåndsdrøftelse for pilot «Smart butikk» (posisjon i butikk via appen og kamerastatistikk). Presentasjonen vedlagt har alt vi har.

    """)
        + "\n"
        + C_SIG
    )
    msg = message(
        "x045",
        C_FROM,
        "Smart butikk – forhåndsdrøftelse",
        when(12, 2, 10, 48),
        body=body,
        attachments=[("Smart_butikk_LG_2026-11-26.pdf", deck)],
    )
    return msg, Label(
        "nb",
        (
            *C_SHAPES,
            "contacts_on_slide",
            "part5_decision_slide",
            "p1_dpo_no_phone",
            "phone_foreign",
        ),
        "none",
        True,
        "used",
        "part 1 missing: the contact slide gives the DPO with e-mail only; no phone for the DPO anywhere",
        (1,),
    )


def x046() -> Case:
    deck = kit.to_slides(c_slides(C1, [], {"contacts": None, "appr": None}), "Bytorget Handel AS")
    minutes = """# Referat – ledergruppemøte Bytorget Handel AS

~ Dato: 12.11.2026
~ Til stede: Randi Kolstad (adm. dir.), Øyvind Lie (CFO), Camilla Ruud (kundeprogram), Sara Holm (HR), Tor Inge Hallan (personvernombud, sak 44)

## Sak 44/26 Personlige priser i Bytorget Pluss – DPIA

Camilla Ruud la fram DPIA-en (vedlagt presentasjon): funn, risikobilde og restrisiko. Personvernombudet orienterte om sin vurdering. Innspill fra medlemspanelet (20 medlemmer) og fra Innsikt Analyse ble gjennomgått.

Beslutning: DPIA-en godkjennes. Restrisikoen aksepteres under forutsetning av at Datatilsynet konsulteres før lansering.

~ Referent: Sara Holm · Godkjent: Randi Kolstad
"""
    body = (
        txt("""
    Hei,

    Forhåndsdrøftelse – personlige priser i Bytorget Pluss.

    Kontakt: undertegnede (mob 986 40 271, camilla.ruud@bytorget.no)
    Personvernombud: Tor Inge Hallan, tlf 22 87 15 60, tor.inge.hallan@bytorget.no
    Databehandler: Innsikt Analyse AS v/ Petter Moen, mob 474 02 918, petter.moen@innsiktanalyse.no

    Vedlegg: presentasjon (beskrivelse, nødvendighet, risiko) + referat fra ledergruppen.

    """)
        + "\n"
        + C_SIG
    )
    msg = message(
        "x046",
        C_FROM,
        "Forhåndsdrøftelse – personlige priser",
        when(11, 30, 7, 52),
        body=body,
        attachments=[
            ("Personlige_priser_kort.pdf", deck),
            ("Referat_LG_2026-11-12.pdf", kit.to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "nb",
        (
            *C_SHAPES,
            "contact_label_value",
            "contact_is_sender_stated",
            "part5_minutes_pdf",
            "terse",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; terse mail, contacts as label lines, short bullet deck plus management minutes",
    )


# --- D: Nordvegen Logistikk AS -------------------------------------------------------------------

D_SHAPES = (
    "logistics_telematics",
    "zip_all",
    "contact_table_plain",
    "dpia_docx",
    "risk_register_xlsx",
    "board_protocol_pdf",
    "workers_union_consulted",
    "signature_tlf_mob_prefix",
)


def d_protocol(t: Topic, sak: str) -> bytes:
    return kit.to_pdf(f"""# Protokoll – styremøte i Nordvegen Logistikk AS

~ Dato: 12. november 2026
~ Sted: Heggstadmyra 4, Heimdal
~ Til stede: Arvid Stene (styreleder), Gunn Lervik, Ola Moen, Trine Sæther (ansattvalgt), Per Kveli (ansattvalgt)
~ Administrasjonen: Kjell Ove Dahl (adm. dir.), Bjørnar Kvam (HMS- og kvalitetssjef)

## Sak {sak}: {t.title} – vurdering av personvernkonsekvenser

{t.approval.strip()}

~ Arvid Stene (sign.)   Gunn Lervik (sign.)   Ola Moen (sign.)   Trine Sæther (sign.)   Per Kveli (sign.)
""")


UNION_STATEMENT = """# Uttalelse fra tillitsvalgte

~ Yrkestrafikkforbundet, klubben ved Nordvegen Logistikk AS, og Fagforbundet
~ Trondheim, 3. november 2026

Vi har deltatt i to drøftingsmøter (15. oktober og 29. oktober 2026) om tiltaket. Vi er enige i at ulykker skal forebygges, men er bekymret for at opplysningene kan bli brukt i personalsaker og til å presse sjåførene. Vi har fått gjennomslag for at sjåføren selv skal kunne se alle opptak og data om seg selv, og at bruk i disiplinærsaker begrenses til grov uaktsomhet.

Vi ber om at ordningen evalueres etter ett år sammen med oss.

~ Roar Eggen, klubbleder YTF · Hanne Strand, hovedtillitsvalgt Fagforbundet
"""


def d_zip(
    t: Topic,
    sak: str,
    dpia: str,
    register: bytes | None = None,
    extra: dict[str, bytes] | None = None,
) -> bytes:
    files = {
        f"01_DPIA_{t.key}.docx": kit.to_docx(dpia),
        "02_Risikoregister.xlsx": kit.to_xlsx(d_register(t)) if register is None else register,
        f"03_Styreprotokoll_2026-11-12_sak_{sak.replace('/', '-')}.pdf": d_protocol(t, sak),
        "04_Uttalelse_tillitsvalgte.pdf": kit.to_pdf(UNION_STATEMENT),
    }
    files.update(extra or {})
    return kit.to_zip(files)


def d_body(intro: str, rows: list[tuple[str, Person]], outro: str = "") -> str:
    return (
        txt(intro)
        + "\n"
        + d_contact_table(rows)
        + "\n\n"
        + (txt(outro) + "\n" if outro else "")
        + D_SIG
    )


def x007() -> Case:
    body = d_body(
        """
    Hei,

    Nordvegen Logistikk AS ber om forhåndsdrøftelse for innføring av førerkamera med tretthets- og distraksjonsvarsling i lastebilene våre.

    Alle dokumenter ligger i vedlagt zip-fil:
    01 DPIA (Word)
    02 Risikoregister (Excel)
    03 Styreprotokoll 12.11.2026
    04 Uttalelse fra tillitsvalgte

    Kontaktpersoner:
    """,
        [("Kontaktperson", BJORNAR), ("Personvernombud", D_DPO), ("Databehandler (kamera)", VIGIL)],
        """
    Vigil Fleet Ltd leverer kamera og flåteportal og er databehandler. Data lagres i Irland.
    """,
    )
    msg = message(
        "x007",
        D_FROM,
        "Anmodning om forhåndsdrøftelse – førerkamera",
        when(11, 13, 7, 44),
        body=body,
        attachments=[
            ("Forhandsdroftelse_Nordvegen_forerkamera.zip", d_zip(D1, "23/2026", d_dpia(D1)))
        ],
    )
    return msg, Label(
        "nb",
        (*D_SHAPES, "phone_foreign", "camera_employees"),
        "pgp_mime",
        True,
        "used",
        "complete; one ZIP with DPIA, risk register, board protocol and union statement; UK processor (+44)",
    )


def x008() -> Case:
    body = d_body(
        """
    Hei,

    Vedlagt zip med dokumentasjon for anmodning om forhåndsdrøftelse: sjåførscore basert på telematikk, brukt i bonus og oppfølging.

    Innhold: DPIA, risikoregister, protokoll fra styret og uttalelse fra tillitsvalgte.

    Kontaktinfo:
    """,
        [("Kontaktperson", BJORNAR), ("Personvernombud", D_DPO), ("Databehandler", FLATEVAKT)],
    )
    msg = message(
        "x008",
        D_FROM,
        "Forhåndsdrøftelse – sjåførscore / telematikk",
        when(11, 20, 6, 58),
        body=body,
        attachments=[("Nordvegen_sjaforscore_dokumentasjon.zip", d_zip(D2, "24/2026", d_dpia(D2)))],
    )
    return msg, Label(
        "nb",
        D_SHAPES,
        "pgp_mime",
        True,
        "used",
        "complete; ZIP of all documents; telematics scoring with bonus",
    )


def x027() -> Case:
    over = {
        "risk": "Risikovurderingen er dokumentert i vedlegg 02 (risikoregister).",
        "nt": "Se vedlegg 02, fanen «Risikoregister».",
    }
    body = d_body(
        """
    Hei,

    Nordvegen Logistikk ber om forhåndsdrøftelse for førerkamera i lastebilene. Dokumentasjonen ligger i zip-filen (DPIA, risikoregister, styreprotokoll og uttalelse fra tillitsvalgte).

    Kontakter:
    """,
        [("Kontaktperson", BJORNAR), ("Personvernombud", D_DPO), ("Databehandler (kamera)", VIGIL)],
    )
    msg = message(
        "x027",
        D_FROM,
        "Forhåndsdrøftelse førerkamera – Nordvegen Logistikk",
        when(11, 11, 15, 36),
        body=body,
        attachments=[
            ("Nordvegen_forerkamera.zip", d_zip(D1, "23/2026", d_dpia(D1, over), register=b""))
        ],
    )
    return msg, Label(
        "nb",
        (*D_SHAPES, "zero_byte_in_zip_risk_register", "phone_foreign", "camera_employees"),
        "none",
        True,
        "used",
        "part 4 missing: the DPIA points to the risk register, and 02_Risikoregister.xlsx inside the ZIP is zero bytes",
        (4,),
    )


def x028() -> Case:
    body = (
        txt("""
    Til klubben i Yrkestrafikkforbundet v/ Roar Eggen
    Kopi: Datatilsynet (til orientering)

    Svar på brev av 18. november om førerkamera

    Vi viser til brevet fra klubben, der dere ber om at innføringen av førerkamera utsettes og at ledelsen redegjør for hvordan opptakene skal brukes.

    Ledelsen har besluttet at utrullingen ikke starter før vi har fått svar fra Datatilsynet. Vi har gjennomført en vurdering av personvernkonsekvenser, og styret har besluttet at vi skal be om forhåndsdrøftelse. Den anmodningen sendes separat. Opptak vil ikke bli brukt i disiplinærsaker unntatt ved grov uaktsomhet, slik det står i drøftingsprotokollen.

    Vi foreslår et nytt møte med klubben i uke 50.

    """)
        + "\n"
        + D_SIG
    )
    msg = message(
        "x028", D_FROM, "Kopi: svar til YTF-klubben om førerkamera", when(11, 24, 13, 10), body=body
    )
    return msg, Label(
        "nb",
        (
            "logistics_telematics",
            "nonrequest_copy_of_letter",
            "mentions_prior_consultation",
            "signature_tlf_mob_prefix",
        ),
        "none",
        False,
        "unspecified",
        "not a request: copy of a letter to the union club; says the request will be sent separately",
    )


def x047() -> Case:
    desc = D1.desc.replace(
        "- Ansvar: Nordvegen er behandlingsansvarlig. Kamera og portal leveres av en ekstern leverandør.",
        "- Ansvar: Nordvegen er behandlingsansvarlig. Kameraene er kjøpt, og analyse- og portalprogramvaren kjører på våre egne servere i Trondheim, driftet av vår IT-avdeling. Vi benytter ingen databehandler.",
    )
    body = d_body(
        """
    Hei,

    Vi har endret løsningen for førerkamera etter innspill fra tillitsvalgte: alt kjøres nå på egne servere, og vi benytter ingen databehandler. Vi ber derfor om forhåndsdrøftelse på grunnlag av oppdatert dokumentasjon i vedlagt zip (DPIA versjon 2.0, risikoregister, styreprotokoll og uttalelse fra tillitsvalgte).

    Kontaktpersoner:
    """,
        [("Kontaktperson", BJORNAR), ("Personvernombud", D_DPO)],
    )
    msg = message(
        "x047",
        D_FROM,
        "Forhåndsdrøftelse – førerkamera (egen drift, versjon 2)",
        when(12, 4, 8, 26),
        body=body,
        attachments=[
            ("Nordvegen_forerkamera_v2.zip", d_zip(D1, "23/2026", d_dpia(D1, {"desc": desc})))
        ],
    )
    return msg, Label(
        "nb",
        (*D_SHAPES, "processor_none_stated", "camera_employees"),
        "pgp_mime",
        True,
        "none",
        "complete; «vi benytter ingen databehandler» – in-house operation, contacts for controller and DPO only",
    )


DPA_CONTRACT = """# Databehandleravtale

~ mellom Nordvegen Logistikk AS (behandlingsansvarlig), org.nr. 987 220 114
~ og Flåtevakt AS (databehandler), org.nr. 921 405 876

## 1 Avtalens formål

Avtalen regulerer databehandlers behandling av personopplysninger på vegne av behandlingsansvarlig, jf. personvernforordningen artikkel 28.

## 2 Databehandlers plikter

Databehandler skal bare behandle personopplysninger etter dokumenterte instrukser fra behandlingsansvarlig, sikre taushetsplikt for personell, treffe tiltak etter artikkel 32 og bistå behandlingsansvarlig med å oppfylle de registrertes rettigheter.

## 3 Underdatabehandlere

Databehandler kan ikke engasjere underdatabehandler uten forhåndsgodkjenning. Godkjente underdatabehandlere er oppført i bilag 2.

## 4 Sikkerhetsbrudd

Databehandler skal varsle behandlingsansvarlig uten ugrunnet opphold og senest innen 24 timer etter å ha blitt oppmerksom på et brudd på personopplysningssikkerheten.

## 5 Revisjon

Behandlingsansvarlig har rett til å gjennomføre revisjon én gang per år med 30 dagers varsel.

## 6 Varighet og opphør

Avtalen gjelder så lenge hovedavtalen gjelder. Ved opphør skal opplysninger tilbakeleveres og slettes innen 30 dager.

## Bilag 1 – Behandlingen

Se tjenestebeskrivelse i hovedavtalen.

~ Trondheim, 1. mars 2024
~ For Nordvegen Logistikk AS: Kjell Ove Dahl (sign.)    For Flåtevakt AS: Lene Torp (sign.)
"""


def x048() -> Case:
    over = {
        "sum": "Vurderingen er utarbeidet av HMS- og kvalitetssjef sammen med personvernombudet, HR og tillitsvalgte. Beskrivelsen av løsningen står i systembeskrivelsen fra leverandøren (vedlegg 05).",
        "desc": "Se vedlegg 05 Systembeskrivelse.",
    }
    body = d_body(
        """
    Hei,

    Vi ber om forhåndsdrøftelse for sjåførscore (telematikk). Vedlagt zip med DPIA, systembeskrivelse, risikoregister, styreprotokoll og uttalelse fra tillitsvalgte.

    Kontaktpersoner:
    """,
        [("Kontaktperson", BJORNAR), ("Personvernombud", D_DPO), ("Databehandler", FLATEVAKT)],
    )
    zipped = d_zip(
        D2,
        "24/2026",
        d_dpia(D2, over),
        extra={"05_Systembeskrivelse_Flatevakt.pdf": kit.to_pdf(DPA_CONTRACT)},
    )
    msg = message(
        "x048",
        D_FROM,
        "Forhåndsdrøftelse: sjåførscore",
        when(11, 25, 14, 17),
        body=body,
        attachments=[("Sjaforscore_forhandsdroftelse.zip", zipped)],
    )
    return msg, Label(
        "nb",
        (*D_SHAPES, "wrong_file_description", "dpa_instead_of_description"),
        "none",
        True,
        "used",
        "part 2 missing: the DPIA's description section points to «05 Systembeskrivelse», which is the generic data processing agreement with Flåtevakt",
        (2,),
    )


# --- E: Advokatfirmaet Lunde Aas AS on behalf of Kraftverket Trening AS ------------------------

E_SHAPES = (
    "gym_chain",
    "law_firm_on_behalf",
    "cover_letter_pdf",
    "dpia_docx",
    "signature_tlf_m_prefix",
    "disclaimer_footer",
)


def e_letter(
    t: Topic, ref: str, date: str, contacts: str, bilag: list[str], extra: str = ""
) -> bytes:
    bl = "\n".join(f"- Bilag {n}: {b}" for n, b in enumerate(bilag, start=1))
    return kit.to_pdf(f"""# ADVOKATFIRMAET LUNDE AAS AS

%% Kronprinsesse Märthas plass 1 %% Datatilsynet
%% 0160 Oslo %% Postboks 458 Sentrum
%% Org.nr. 912 774 301 MVA %% 0105 Oslo

~ Vår ref.: {ref}   Ansvarlig advokat: Maren Tofte   Oslo, {date}

## ANMODNING OM FORHÅNDSDRØFTELSE – KRAFTVERKET TRENING AS – {t.title.upper()}

Vi representerer Kraftverket Trening AS (org.nr. 916 302 558) («Klienten») og anmoder på vegne av Klienten om forhåndsdrøftelse etter personvernforordningen artikkel 36. Fullmakt følger vedlagt.

Klienten har gjennomført en vurdering av personvernkonsekvenser for den planlagte behandlingen. Vurderingen konkluderer med at risikoen for de registrertes rettigheter og friheter fortsatt er høy etter de tiltak Klienten har iverksatt. {t.summary}

## 1 Kontaktopplysninger

{contacts}

Spørsmål om saksbehandlingen kan også rettes til undertegnede, advokat Maren Tofte, tlf. +47 926 11 843, maren.tofte@lundeaas.no.

## 2 Dokumentasjon

{bl}

{extra}

Med vennlig hilsen
Advokatfirmaet Lunde Aas AS

~ Maren Tofte
~ advokat/partner
""")


E_CONTACTS_E1 = f"""~ Kontaktperson hos Klienten: {KRISTOFFER.name}, {KRISTOFFER.role}, tlf. {KRISTOFFER.phone}, e-post {KRISTOFFER.email}
~ Personvernombud: {E_DPO.name}, tlf. {E_DPO.phone}, e-post {E_DPO.email}
~ Databehandler: Ansikt ID Solutions AB, org.nr. 559201-3385, Stortorget 9, 211 22 Malmö, Sverige – kontaktperson {ANSIKTID.name}, {ANSIKTID.role}, tlf. {ANSIKTID.phone}, e-post {ANSIKTID.email}"""

FULLMAKT = """# Fullmakt

Kraftverket Trening AS gir med dette Advokatfirmaet Lunde Aas AS v/ advokat Maren Tofte fullmakt til å representere selskapet overfor Datatilsynet i sak om forhåndsdrøftelse.

~ Oslo, 3. november 2026
~ Kraftverket Trening AS
~ Jørn Husebø, administrerende direktør (sign.)
"""


def e_mail(
    cid: str, subject: str, date: str, intro: str, attachments: list[kit.Attachment]
) -> EmailMessage:
    return message(
        cid,
        E_FROM,
        subject,
        date,
        body=txt(intro) + "\n" + E_SIG,
        attachments=attachments,
        cc="Eirik Skaar <eirik.skaar@lundeaas.no>",
    )


def x009() -> Case:
    bilag = [
        "Vurdering av personvernkonsekvenser (DPIA), versjon 2.0",
        "Protokoll fra styremøte 6. november 2026, sak 5/26",
        "Fullmakt",
    ]
    att = [
        (
            "Anmodning om forhåndsdrøftelse - Kraftverket Trening AS.pdf",
            e_letter(E1, "24117-3 MT/es", "20. november 2026", E_CONTACTS_E1, bilag),
        ),
        ("Bilag 1 - DPIA ansiktsgjenkjenning.docx", kit.to_docx(e_dpia(E1))),
        ("Bilag 2 - Styreprotokoll 06.11.2026.pdf", kit.to_pdf(e_protocol(E1, "5/26"))),
        ("Bilag 3 - Fullmakt.pdf", kit.to_pdf(FULLMAKT)),
    ]
    msg = e_mail(
        "x009",
        "Anmodning om forhåndsdrøftelse – Kraftverket Trening AS – ansiktsgjenkjenning",
        when(11, 20, 15, 3),
        """
    Til Datatilsynet

    Vedlagt oversendes anmodning om forhåndsdrøftelse på vegne av vår klient Kraftverket Trening AS, med bilag 1–3.

    Vi ber om bekreftelse på mottak.
    """,
        att,
    )
    return msg, Label(
        "nb",
        (
            *E_SHAPES,
            "board_protocol_pdf",
            "processor_block_org_address",
            "phone_foreign",
            "biometrics",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; law firm's cover letter with contacts of client, DPO and Swedish processor",
    )


def x010() -> Case:
    contacts = f"""~ Kontaktperson hos Klienten: {KRISTOFFER.name}, {KRISTOFFER.role}, tlf. {KRISTOFFER.phone}, e-post {KRISTOFFER.email}
~ Personvernombud: {E_DPO.name}, tlf. {E_DPO.phone}, e-post {E_DPO.email}

Klienten benytter ingen databehandler for behandlingen. Skannerne er kjøpt, og appen og databasen driftes av Klientens egen IT-avdeling."""
    bilag = ["DPIA KroppsScan", "Protokoll fra styremøte 6. november 2026, sak 6/26", "Fullmakt"]
    att = [
        (
            "Forhåndsdrøftelse KroppsScan - brev til Datatilsynet.pdf",
            e_letter(E2, "24117-5 MT/es", "27. november 2026", contacts, bilag),
        ),
        ("Bilag 1 - DPIA KroppsScan.docx", kit.to_docx(e_dpia(E2))),
        ("Bilag 2 - Styreprotokoll sak 6-26.pdf", kit.to_pdf(e_protocol(E2, "6/26"))),
        ("Bilag 3 - Fullmakt.pdf", kit.to_pdf(FULLMAKT)),
    ]
    msg = e_mail(
        "x010",
        "Kraftverket Trening AS – anmodning om forhåndsdrøftelse – KroppsScan",
        when(11, 27, 11, 26),
        """
    Til Datatilsynet

    På vegne av Kraftverket Trening AS oversendes anmodning om forhåndsdrøftelse for tjenesten KroppsScan (3D-kroppsskanning og helseopplysninger i treningsappen). Brev og bilag er vedlagt.
    """,
        att,
    )
    return msg, Label(
        "nb",
        (*E_SHAPES, "board_protocol_pdf", "processor_none_stated", "health_data"),
        "none",
        True,
        "none",
        "complete; «Klienten benytter ingen databehandler»",
    )


def x029() -> Case:
    extra = "Klientens styre skal behandle DPIA-en i styremøte 8. desember 2026. Utskrift av protokollen vil bli ettersendt så snart den foreligger. Vi har likevel valgt å sende anmodningen nå av hensyn til Klientens fremdriftsplan."
    bilag = ["Vurdering av personvernkonsekvenser (DPIA), versjon 2.0", "Fullmakt"]
    att = [
        (
            "Anmodning om forhåndsdrøftelse - Kraftverket.pdf",
            e_letter(E1, "24117-3 MT/es", "13. november 2026", E_CONTACTS_E1, bilag, extra),
        ),
        ("Bilag 1 - DPIA.docx", kit.to_docx(e_dpia(E1))),
        ("Bilag 2 - Fullmakt.pdf", kit.to_pdf(FULLMAKT)),
    ]
    msg = e_mail(
        "x029",
        "Forhåndsdrøftelse – Kraftverket Trening AS – ansiktsgjenkjenning ved inngang",
        when(11, 13, 16, 48),
        """
    Til Datatilsynet

    Vedlagt følger anmodning om forhåndsdrøftelse på vegne av Kraftverket Trening AS. Som det fremgår av brevet, vil styreprotokoll bli ettersendt.
    """,
        att,
    )
    return msg, Label(
        "nb",
        (
            *E_SHAPES,
            "processor_block_org_address",
            "phone_foreign",
            "part5_will_follow",
            "biometrics",
        ),
        "none",
        True,
        "used",
        "part 5 missing: the client's board handles the DPIA on 8 December; protocol «vil bli ettersendt»",
        (5,),
    )


def x030() -> Case:
    bilag = [
        "DPIA ansiktsgjenkjenning, versjon 2.1",
        "Protokoll fra styremøte 6. november 2026, sak 5/26",
        "Fullmakt",
    ]
    att = [
        (
            "Brev til Datatilsynet - forhåndsdrøftelse.pdf",
            e_letter(E1, "24117-3 MT/es", "2. desember 2026", E_CONTACTS_E1, bilag),
        ),
        ("Bilag 1 - DPIA ansiktsgjenkjenning v2.1.docx", kit.to_docx(e_dpia(E1, {"nec": ""}))),
        ("Bilag 2 - Styreprotokoll.pdf", kit.to_pdf(e_protocol(E1, "5/26"))),
        ("Bilag 3 - Fullmakt.pdf", kit.to_pdf(FULLMAKT)),
    ]
    msg = e_mail(
        "x030",
        "Anmodning om forhåndsdrøftelse – Kraftverket Trening AS (vår ref. 24117-3)",
        when(12, 2, 9, 14),
        """
    Til Datatilsynet

    Vedlagt oversendes anmodning om forhåndsdrøftelse for ansiktsgjenkjenning ved inngang hos vår klient Kraftverket Trening AS, med bilag.
    """,
        att,
    )
    return msg, Label(
        "nb",
        (
            *E_SHAPES,
            "board_protocol_pdf",
            "processor_block_org_address",
            "phone_foreign",
            "empty_heading_necessity",
            "biometrics",
        ),
        "pgp_mime",
        True,
        "used",
        "part 3 missing: the DPIA's section «3 Nødvendighet og forholdsmessighet» is empty under its heading",
        (3,),
    )


def x049() -> Case:
    body = (
        txt("""
    Til Datatilsynet

    BEGJÆRING OM INNSYN

    Vi representerer Kraftverket Trening AS i forbindelse med planer om ansiktsgjenkjenning ved inngang i klientens treningssentre.

    Med hjemmel i offentleglova § 3 ber vi om innsyn i Datatilsynets avgjørelser, tilbakemeldinger etter forhåndsdrøftelse og eventuelle veiledere fra 2023 til i dag som gjelder bruk av biometri eller ansiktsgjenkjenning for adgangskontroll i treningssentre, idrettsanlegg eller tilsvarende. Vi ber om at dokumentene sendes elektronisk til undertegnede.

    Vi gjør oppmerksom på at dette ikke er en anmodning om forhåndsdrøftelse.

    """)
        + "\n"
        + E_SIG
    )
    msg = message(
        "x049",
        E_FROM,
        "Innsynsbegjæring – avgjørelser om ansiktsgjenkjenning / adgangskontroll",
        when(11, 4, 10, 30),
        body=body,
    )
    return msg, Label(
        "nb",
        (
            "gym_chain",
            "law_firm_on_behalf",
            "nonrequest_access_to_documents",
            "signature_tlf_m_prefix",
            "disclaimer_footer",
        ),
        "none",
        False,
        "unspecified",
        "not a request: freedom-of-information request for earlier decisions on biometric access control",
    )


def x050() -> Case:
    contacts = f"""~ Kontaktperson hos Klienten: {KRISTOFFER.name}, {KRISTOFFER.role}, tlf. {KRISTOFFER.phone}, e-post {KRISTOFFER.email}
~ Klientens personvernombud er Tone Vik.

Klienten benytter ingen databehandler for KroppsScan; løsningen driftes av Klientens egen IT-avdeling."""
    bilag = ["DPIA KroppsScan", "Protokoll fra styremøte 6. november 2026, sak 6/26", "Fullmakt"]
    att = [
        (
            "Anmodning forhåndsdrøftelse KroppsScan.pdf",
            e_letter(E2, "24117-5 MT/es", "23. november 2026", contacts, bilag),
        ),
        ("Bilag 1 - DPIA KroppsScan.docx", kit.to_docx(e_dpia(E2))),
        ("Bilag 2 - Styreprotokoll.pdf", kit.to_pdf(e_protocol(E2, "6/26"))),
        ("Bilag 3 - Fullmakt.pdf", kit.to_pdf(FULLMAKT)),
    ]
    msg = e_mail(
        "x050",
        "Forhåndsdrøftelse – KroppsScan – Kraftverket Trening AS",
        when(11, 23, 14, 55),
        """
    Til Datatilsynet

    Vedlagt følger anmodning om forhåndsdrøftelse på vegne av Kraftverket Trening AS med tre bilag.
    """,
        att,
    )
    return msg, Label(
        "nb",
        (
            *E_SHAPES,
            "board_protocol_pdf",
            "processor_none_stated",
            "p1_dpo_name_only",
            "health_data",
        ),
        "pgp_mime",
        True,
        "none",
        "part 1 missing: the DPO is named without phone or e-mail, and the lawyer's own contact does not stand in for the DPO",
        (1,),
    )
