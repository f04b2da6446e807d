# ruff: noqa: E501
"""F: Kvikk Logistikk AS (bokmål). A haulage and warehouse company in Drammen.

Habits: everything in a plain-text mail written as running prose without headings; long
signatures with titles, switchboard and mobile numbers in +47 and spaced forms; the CEO's approval
as his e-mail quoted at the bottom; processors usually none («alt kjører hos oss»).
"""

from __future__ import annotations

from email.message import EmailMessage

import kit
from kit import Label
from topic import Topic
from topics_nb1 import TF1, TF2, TF3, TF4, TF5

LINE = "Line Sørbø <line.sorbo@kvikklogistikk.no>"
PETTER = "Petter Holm <petter.holm@kvikklogistikk.no>"
MARTE = "Marte Ødegård <marte.odegard@kvikklogistikk.no>"
TAGS = ("haulage_company", "all_in_body", "no_headings_prose")
DPO = "Personvernombudet vårt er Nina Fosshaug (juridisk rådgiver), telefon 32 21 40 35, e-post nina.fosshaug@kvikklogistikk.no."

LINE_SIG = """Med vennlig hilsen

Line Sørbø
HR- og HMS-sjef
Kvikk Logistikk AS

Sentralbord: +47 32 21 40 00
Mobil: +47 913 45 678
E-post: line.sorbo@kvikklogistikk.no
Tømmerkaia 7, 3044 Drammen | Org.nr. 987 650 221"""

PETTER_SIG = """Vennlig hilsen
Petter Holm
Driftsdirektør | Kvikk Logistikk AS
Direkte 32 21 40 12 · Mob 405 51 223
Sentralbord 32 21 40 00
petter.holm@kvikklogistikk.no"""


def prose(t: Topic, intro: str, processor: str) -> str:
    flow = " ".join(f"{k}: {v}." for k, v in t.flow)
    rights = "\n".join(f"- {r}" for r in t.rights)
    risks = "\n".join(
        f"- {r} (sannsynlighet {s.lower()}, konsekvens {k.lower()}). Det vi gjør: {m}."
        for r, s, k, m in t.risks
    )
    skipped = " ".join(
        f"{m[0].upper() + m[1:]} har vi vurdert, men ikke gjort, fordi {w}." for m, w in t.skipped
    )
    return f"""{intro}

Kort fortalt: {t.what[0]} {t.what[1]}

{flow} {processor}

Hvorfor vi mener dette er nødvendig: {t.need[0]} {t.need[1]}

For å ivareta rettighetene til dem det gjelder, har vi bestemt:
{rights}

Det som kan gå galt for de ansatte, og hva vi gjør med det:
{risks}

{skipped} {t.residual}"""


def approval(to: str, date: str, subject: str, text: str) -> str:
    return f"""-----Opprinnelig melding-----
Fra: Kjetil Brenna <kjetil.brenna@kvikklogistikk.no>
Sendt: {date}
Til: {to}
Emne: {subject}

{text}

Kjetil Brenna
Administrerende direktør
Kvikk Logistikk AS
"""


def label(
    shapes: tuple[str, ...],
    encrypt: str,
    note: str,
    missing: tuple[int, ...] = (),
    processor: str = "none",
) -> Label:
    return Label("nb", TAGS + shapes, encrypt, True, processor, note, missing)


# --- odd half: TF1, TF2, TF4 -----------------------------------------------------------------


def c011() -> tuple[EmailMessage, Label]:
    intro = "Hei,\n\nKvikk Logistikk AS ber om forhåndsdrøftelse for førerkamera som varsler tretthet og uoppmerksomhet. Vi har gjort en vurdering av personvernkonsekvenser, og selv etter tiltakene vi har lagt inn, mener vi risikoen for sjåførene er høy."
    proc = "Vi bruker ingen databehandler – kameraløsningen og analysen kjører på våre egne servere i Drammen, og det er vår egen IT-avdeling som drifter den."
    ok = approval(
        "Line Sørbø",
        "tirsdag 3. november 2026 16:48",
        "SV: DPIA førerkamera – til godkjenning",
        "Hei Line,\n\nledergruppen gikk i dag gjennom DPIA-en for førerkamera for andre gang, med funnene og restrisikoen. Vi har fått med innspillene fra tillitsvalgte i Norsk Transportarbeiderforbund, verneombudet og Nina som personvernombud, og privatbryteren i pauser er på plass slik de ba om. Jeg godkjenner vurderingen slik den står, og ber deg sende saken til Datatilsynet for forhåndsdrøftelse.\n\nHilsen Kjetil",
    )
    body = f"{prose(TF1, intro, proc)}\n\nKontaktperson er jeg, se signaturen under. {DPO}\n\nLedelsens godkjenning av vurderingen ligger nederst i e-posten.\n\n{LINE_SIG}\n\n{ok}"
    msg = kit.message(
        "C011",
        LINE,
        "Forhåndsdrøftelse – førerkamera (tretthet og uoppmerksomhet)",
        kit.when(11, 5, 7, 55),
        body,
    )
    return msg, label(
        (
            "contact_is_sender_stated",
            "long_signature_many_phones",
            "processor_none_stated",
            "risk_bullets",
            "part5_email_quoted",
        ),
        "inline",
        "complete; all in a plain body, «Vi bruker ingen databehandler», contact in a long signature, CEO's approval quoted",
    )


def c031() -> tuple[EmailMessage, Label]:
    intro = "Hei!\n\nPå vegne av Kvikk Logistikk sender jeg anmodning om forhåndsdrøftelse for bruk av GPS-data og kjørestilscore i den nye bonusordningen for sjåfører. Vi har vurdert personvernkonsekvensene og mener risikoen fortsatt er høy."
    proc = "Det er ingen ekstern leverandør som behandler data for oss her; GPS-enhetene leses direkte av vår egen flåteplattform."
    ok = approval(
        "Jonas Fredheim",
        "mandag 16. november 2026 09:12",
        "SV: Kjørestilscore – DPIA",
        "Jonas,\n\nvi behandlet DPIA-en for kjørestilscore i ledermøtet fredag, etter at den også var oppe 30. oktober. Funnene om ulike ruter og om posisjonsdata er fulgt opp, og innspillene fra tillitsvalgte er tatt inn (normalisering per rutetype og ingen synlig rangering). Ledergruppen godkjenner vurderingen. Send den til Datatilsynet.\n\nKjetil",
    )
    body = f"{prose(TF2, intro, proc)}\n\nKontaktperson hos oss er prosjektleder Jonas Fredheim (jonas.fredheim@kvikklogistikk.no). {DPO}\n\nGodkjenningen fra adm. dir. følger under.\n\nHilsen\nMarte Ødegård\nHR-konsulent\nKvikk Logistikk AS\n\n{ok}"
    msg = kit.message(
        "C031",
        MARTE,
        "Anmodning om forhåndsdrøftelse – kjørestilscore og bonus",
        kit.when(11, 18, 12, 6),
        body,
    )
    return msg, label(
        ("processor_none_stated", "risk_bullets", "part5_email_quoted", "p1_contact_no_phone"),
        "inline",
        "contact person named with e-mail only, no phone for him anywhere; the sender's own signature has no phone either",
        (1,),
    )


def c051() -> tuple[EmailMessage, Label]:
    intro = "Hei,\n\nvi ber om forhåndsdrøftelse for innlogging med fingeravtrykk på håndterminalene på lageret i Drammen, sammen med måling av plukketempo. Risikoen for de ansatte er fortsatt høy etter tiltakene."
    proc = "Kontaktpersonen hos Lagerflyt står i signaturen i e-posten fra dem, som jeg har lagt under."
    vendor = kit.quoted(
        "Fra: Ole-Martin Rud <ole-martin.rud@lagerflyt.no>\nSendt: 12. november 2026 14:22\nTil: Line Sørbø\nEmne: SV: Databehandleravtale og kontaktperson\n\nHei Line,\n\nDatabehandleravtalen er signert fra vår side. Jeg er kontaktperson for dere i alt som gjelder personvern og sikkerhet i løsningen.\n\nMed vennlig hilsen\nOle-Martin Rud\nKey Account Manager | Lagerflyt AS\nM: +47 480 22 913 | Sentralbord: +47 22 70 11 00\nole-martin.rud@lagerflyt.no\nBrynsveien 3, 0667 Oslo"
    )
    body = f"{prose(TF4, intro, proc)}\n\nKontaktperson er jeg, se signaturen. {DPO}\n\nGodkjenningen fra administrerende direktør er vedlagt som e-post.\n\n{LINE_SIG}\n\n{vendor}"
    inner = kit.message(
        "C051i",
        "Kjetil Brenna <kjetil.brenna@kvikklogistikk.no>",
        "SV: DPIA fingeravtrykk og plukketempo – godkjent",
        kit.when(11, 20, 15, 31),
        kit.txt("""
        Hei Line,

        ledergruppen har nå behandlet DPIA-en for fingeravtrykk og plukketempo for andre gang. Vi har sett på funnene, særlig belastningsrisikoen, og tatt med innspill fra verneombudet, tillitsvalgte og bemanningsbyrået. Kravet om ingen individuelle tempomål er lagt inn.

        Jeg godkjenner vurderingen. Send den til Datatilsynet for forhåndsdrøftelse.

        Kjetil Brenna
        Administrerende direktør, Kvikk Logistikk AS
        """),
        to="line.sorbo@kvikklogistikk.no",
    )
    msg = kit.message(
        "C051",
        LINE,
        "Forhåndsdrøftelse – fingeravtrykk og plukketempo på lageret",
        kit.when(11, 23, 10, 40),
        body,
        forwarded=("Godkjenning fra adm. dir.eml", inner),
    )
    return msg, label(
        (
            "contact_is_sender_stated",
            "long_signature_many_phones",
            "processor_contact_in_quoted_signature",
            "quoted_thread",
            "forwarded_rfc822",
            "part5_email_forwarded_eml",
            "risk_bullets",
        ),
        "none",
        "complete; processor's contact only in the vendor's signature in a quoted mail; CEO approval attached as .eml",
        processor="used",
    )


# --- even half: TF3, TF5, breach -------------------------------------------------------------


def c012() -> tuple[EmailMessage, Label]:
    intro = "Hei,\n\nKvikk Logistikk AS ønsker forhåndsdrøftelse for alkolås med ansiktsbilde på alle biler. Vurderingen av personvernkonsekvenser viser høy restrisiko."
    proc = "Løsningen involverer ingen databehandlere: alkolåsene leses av vår egen flåteserver, og bildene lagres bare der."
    ok = approval(
        "Petter Holm",
        "fredag 13. november 2026 11:02",
        "SV: Alkolås med bilde – DPIA",
        "Petter,\n\nledergruppen har gått gjennom vurderingen igjen etter møtet 23. oktober, og funnene er fulgt opp: sletting av negative prøver etter et døgn og AKAN-oppfølging, slik tillitsvalgte og bedriftshelsetjenesten ønsket. Jeg godkjenner DPIA-en. Du kan sende den til Datatilsynet.\n\nKjetil",
    )
    body = f"{prose(TF3, intro, proc)}\n\nKontaktperson: undertegnede. {DPO}\n\nSe ledelsens godkjenning nedenfor.\n\n{PETTER_SIG}\n\n{ok}"
    msg = kit.message(
        "C012", PETTER, "Forhåndsdrøftelse alkolås med ansiktsbilde", kit.when(11, 16, 8, 14), body
    )
    return msg, label(
        (
            "contact_is_sender_stated",
            "long_signature_many_phones",
            "phone_spaced",
            "processor_none_stated",
            "risk_bullets",
            "part5_email_quoted",
        ),
        "inline",
        "complete; «Løsningen involverer ingen databehandlere»; contact in a signature with spaced numbers; CEO's approval quoted",
    )


def c032() -> tuple[EmailMessage, Label]:
    intro = "Hei,\n\nvi ber om forhåndsdrøftelse for kroppskamera for sjåførene våre på hjemlevering. Vi har vurdert personvernkonsekvensene, og restrisikoen er høy."
    ok = approval(
        "Petter Holm",
        "onsdag 25. november 2026 17:20",
        "SV: Kroppskamera – DPIA til godkjenning",
        "Hei Petter,\n\nledergruppen har behandlet DPIA-en for kroppskamera i dag (den var også oppe 4. november). Vi har sett på funnene og tatt hensyn til innspillene fra sjåførene, tillitsvalgte og personvernombudet – bl.a. kort buffer og sletting av opptak uten hendelse. Vi godkjenner vurderingen og ber deg sende den til Datatilsynet.\n\nMvh Kjetil",
    )
    body = f"{prose(TF5, intro, '')}\n\nKontaktperson er meg. {DPO}\n\nLedelsens godkjenning er sitert under.\n\n{PETTER_SIG}\n\n{ok}"
    msg = kit.message(
        "C032",
        PETTER,
        "Anmodning om forhåndsdrøftelse – kroppskamera for sjåfører",
        kit.when(11, 26, 9, 30),
        body,
    )
    return msg, label(
        (
            "contact_is_sender_stated",
            "long_signature_many_phones",
            "phone_spaced",
            "processor_not_mentioned",
            "risk_bullets",
            "part5_email_quoted",
        ),
        "inline",
        "complete; says nothing about processors either way; contact and DPO complete",
        processor="unspecified",
    )


def c052() -> tuple[EmailMessage, Label]:
    body = kit.txt(f"""
        Hei,

        Vi melder et brudd på personopplysningssikkerheten.

        Natt til 9. desember ble et nettbrett stjålet fra en av våre lastebiler i Lier. Nettbrettet hadde tilgang til kjøreruter og kundelister med navn, adresse og telefonnummer for om lag 320 privatkunder som skulle ha hjemlevering den uken, og til vaktlisten for 14 sjåfører. Nettbrettet var låst med PIN, men vi kan ikke utelukke at data er lest. Vi fjernslettet enheten kl. 07.20 samme morgen og har anmeldt tyveriet.

        Vi vurderer at bruddet kan innebære en risiko for kundene (svindelforsøk) og varsler dem i dag. Meldingen er også sendt via Altinn-skjemaet.

        Kontaktperson er undertegnede. {DPO}

        {LINE_SIG.replace(chr(10), chr(10) + "        ")}
        """)
    msg = kit.message(
        "C052",
        LINE,
        "Avviksmelding – stjålet nettbrett med kundedata",
        kit.when(12, 9, 11, 27),
        body,
    )
    return msg, Label(
        "nb",
        ("haulage_company", "nonrequest_breach_notification", "long_signature_many_phones"),
        "none",
        False,
        "unspecified",
        "a personal data breach notification, not a request for prior consultation",
    )
