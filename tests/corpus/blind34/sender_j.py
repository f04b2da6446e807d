# ruff: noqa: E501
"""Sender J: Dalbygd interkommunale legevakt IKS (small inter-municipal out-of-hours clinic, bokmål).

Habits: the general manager writes herself; letters are printed, signed by hand and scanned, or
written as ODT, or pasted into the mail when she encrypts; three signers side by side (general
manager, chief physician, DPO); the DPO is employed by the host municipality; the DPIA is an ODT
with the clinic's own plain headings; the board's decision is an RTF protocol or a photographed
signed page. Vendors' offers are attached as they came.
"""

from __future__ import annotations

from common import DT_ADDR
from kit import Label, message, scan_image, scan_pdf, to_odt, to_pdf, to_rtf, txt, when
from letter import Head, Letter, to_text
from letter import to_odt as letter_odt
from topic import (
    Person,
    Proc,
    Topic,
    bullets,
    lines,
    paras,
    pick,
    proc_rows,
    risk_bullets,
    skipped_bullets,
    table,
)

ORG = "Dalbygd interkommunale legevakt IKS"
FOOT = (
    "Dalbygd interkommunale legevakt IKS | Sjukehusvegen 3, 2640 Dalbygd | Legevakt 116 117 | Administrasjon 62 48 33 00 | Org.nr. 921 660 180",
)
HEAD = Head(
    ORG,
    "Eid av Dalbygd, Nordre Dal og Storfjell kommuner",
    FOOT,
    ("Vår ref.", "Deres ref.", "Saksbehandler", "Dato"),
)
LEADER = Person(
    "Kristin Haugerud", "daglig leder", "958 20 144", "kristin.haugerud@dalbygd-legevakt.no"
)
CHIEF = ("Anders Moe", "legevaktoverlege")
DPO = Person(
    "Eva Lindgren",
    "personvernombud (ansatt i vertskommunen Dalbygd)",
    "62 48 20 77",
    "eva.lindgren@dalbygd.kommune.no",
)
DPO_SIG = ("Eva Lindgren", "personvernombud", f"tlf. {DPO.phone}", DPO.email)
LEADER_SIG = (LEADER.name, LEADER.title, f"mobil {LEADER.phone}", LEADER.email)

TRIAGIO = Proc(
    "Triagio AS (org.nr. 928 330 415)",
    "videokonsultasjon og digital forhåndstriage",
    Person("Ingrid Sørli", "personvernansvarlig", "944 12 007", "ingrid.sorli@triagio.no"),
)
LYDLOGG = Proc(
    "Akuttkom Teknikk AS (org.nr. 919 770 620)",
    "opptak og talegjenkjenning i legevaktsentralen",
    Person("Sverre Lunde", "tjenesteansvarlig", "970 33 218", "sverre.lunde@akuttkom.no"),
)
VAKTKAM = Proc(
    "Trygg Bygg Sikkerhet AS (org.nr. 913 445 068)",
    "kameraanlegg og vedlikehold",
    Person(
        "Roger Haugen",
        "servicetekniker og kontaktperson",
        "906 11 735",
        "roger.haugen@tryggbygg.no",
    ),
)
KARTDEL = Proc(
    "Akuttkart AS (org.nr. 930 615 227)",
    "felles kartløsning for legevakt og ambulanse",
    Person("Nina Bråten", "produktansvarlig", "467 21 903", "nina.braten@akuttkart.no"),
)

TRIAGE = Topic(
    "j_triage",
    "Anmodning om forhåndsdrøftelse – digital forhåndstriage med chatbot og videokonsultasjon",
    (
        "Legevakten vil la innbyggerne i de tre eierkommunene (om lag 21 000) svare på spørsmål i en chatbot før de ringer eller møter opp. Chatboten foreslår hastegrad, og sykepleier ringer eller tar en videokonsultasjon med pasienten. Chatboten er regelbasert, ikke en språkmodell.",
        "Svarene og forslaget om hastegrad lagres i legevaktjournalen.",
    ),
    (
        ("Kilder", "pasienten selv"),
        ("Mottakere", "sykepleier og lege på vakt; Triagio AS som databehandler"),
        ("Lagring", "i journal etter pasientjournalloven; video lagres ikke"),
        ("Sikkerhet", "ID-porten, kryptering, logg"),
    ),
    (
        "Telefonkøen om kvelden er lang, og mange venter uten at noen vurderer hvor syke de er. Digital triage gir raskere vurdering av de sykeste.",
        "Grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf. helse- og omsorgstjenesteloven og akuttmedisinforskriften. Innbyggerne kan alltid ringe direkte.",
    ),
    (
        "telefon er alltid et alternativ",
        "forslag om hastegrad overprøves av sykepleier",
        "innsyn i journal som før",
    ),
    (
        (
            "Chatboten undervurderer alvorlig sykdom",
            "lav",
            "svært høy",
            "røde flagg gir direkte beskjed om å ringe 113",
        ),
        (
            "Eldre og personer med lite språk faller utenfor",
            "middels",
            "høy",
            "telefon som før, flere språk",
        ),
        ("Sikkerhetsbrudd hos leverandøren", "lav", "høy", "databehandleravtale, revisjon"),
    ),
    (("Språkmodell i stedet for regler", "for lite forutsigbart"),),
    "Risikoen for at alvorlig syke blir feilvurdert i chatten, vurderes fortsatt som høy.",
    (TRIAGIO,),
)

LYDOPPTAK = Topic(
    "j_lydopptak",
    "Anmodning om forhåndsdrøftelse – talegjenkjenning på lydlogg fra legevaktsentralen",
    (
        "Alle samtaler til legevaktsentralen (116 117) tas allerede opp i lydlogg, slik akuttmedisinforskriften krever. Vi vil nå la en talegjenkjenningstjeneste lage tekst av samtalene og foreslå stikkord til journalen.",
        "Om lag 30 000 samtaler i året.",
    ),
    (
        ("Kilder", "lydlogg"),
        ("Mottakere", "operatør; Akuttkom Teknikk AS som databehandler"),
        ("Lagring", "teksten lagres med lydloggen i 10 år"),
        ("Sikkerhet", "drift i Norge, kryptering, logg"),
    ),
    (
        "Operatørene bruker mye tid på å skrive ned samtaler. Tekst gjør det lettere å finne tilbake til det som ble sagt.",
        "Grunnlag: art. 9 nr. 2 bokstav h, jf. akuttmedisinforskriften § 13. Teksten brukes bare i journalarbeid.",
    ),
    (
        "informasjon i talemeldingen",
        "innsyn i lydlogg og tekst",
    ),
    (
        ("Feil i teksten havner i journalen", "middels", "høy", "operatøren godkjenner"),
        ("Lekkasje av sensitive samtaler", "lav", "svært høy", "kryptering"),
    ),
    (("Kortere lagring av tekst", "følger lydloggens lagringstid"),),
    "Risikoen ved å lagre store mengder tekst om helse er fortsatt høy.",
    (LYDLOGG,),
)

VENTEROM = Topic(
    "j_venterom",
    "Anmodning om forhåndsdrøftelse – kameraovervåking av venterom og skjermingsrom",
    (
        "Legevakten vil kameraovervåke venterommet og to skjermingsrom der pasienter i psykisk krise eller ruspåvirket tilstand venter. Bildet vises i sanntid i vaktrommet. Det tas ikke opp lyd. Opptak lagres i 7 dager.",
        "Legevakten har om lag 14 000 konsultasjoner i året; skjermingsrommene brukes om lag 600 ganger.",
    ),
    (
        ("Kilder", "kameraer i venterom og skjermingsrom"),
        ("Mottakere", "helsepersonell på vakt; politiet ved anmeldelse"),
        ("Lagring", "lokal opptaker i låst rom, 7 dager"),
        ("Sikkerhet", "tilgang for to personer, logg, skjerm i vaktrom vendt bort fra pasienter"),
    ),
    (
        "Personalet har vært utsatt for vold, og pasienter i skjermingsrom har skadet seg selv. Sanntidsbilde gjør det mulig å gripe inn raskt.",
        "Grunnlag: art. 6 nr. 1 bokstav f og art. 9 nr. 2 bokstav h; personopplysningsloven § 31. Toalett og behandlingsrom overvåkes ikke.",
    ),
    (
        "skilting og muntlig informasjon ved innleggelse i skjermingsrom",
        "innsyn i opptak",
        "pasient i skjermingsrom får tilbud om fysisk tilsyn i stedet når det er forsvarlig",
    ),
    (
        (
            "Pasienter i krise filmes i sårbar situasjon",
            "høy",
            "høy",
            "kort lagring, begrenset tilgang",
        ),
        ("Opptak kommer på avveie", "lav", "høy", "kryptering, låst rom"),
    ),
    (("Bare fysisk tilsyn", "for lite bemanning om natten"),),
    "Risikoen ved å filme pasienter i krise er fortsatt høy.",
    (VAKTKAM,),
)

KART = Topic(
    "j_kart",
    "Anmodning om forhåndsdrøftelse – felles kartløsning og deling av pasientopplysninger med ambulansetjenesten",
    (
        "Legevakten og ambulansetjenesten i Dalbygd vil ta i bruk en felles kartløsning der legevaktbilen og ambulansene ser hverandres oppdrag, med pasientens adresse, hastegrad og kort beskrivelse av tilstanden.",
        "Om lag 4 000 oppdrag i året. Løsningen skal gi bedre samordning i et stort område med få ressurser.",
    ),
    (
        ("Kilder", "legevaktjournal og AMK-systemet"),
        ("Mottakere", "ambulansepersonell og legevaktbil; Akuttkart AS som databehandler"),
        ("Lagring", "oppdrag vises i 24 timer, logg i 12 måneder"),
        ("Sikkerhet", "tilgang bare i kjøretøy, tofaktor, logg"),
    ),
    (
        "Lange avstander gjør at den nærmeste ressursen ofte er legevaktbilen. Deling av oppdrag gjør at riktig ressurs rykker ut.",
        "Grunnlag: art. 9 nr. 2 bokstav h, jf. helsepersonelloven § 45 og akuttmedisinforskriften. Bare opplysninger som trengs for utrykningen deles.",
    ),
    (
        "informasjon på nettsiden",
        "innsyn i logg over hvem som har sett oppdraget",
    ),
    (
        (
            "Pasientopplysninger vises for mange",
            "middels",
            "høy",
            "tilgang bare i kjøretøy, 24 timer",
        ),
        ("Nettbrett i bil kommer på avveie", "lav", "høy", "fjernsletting, tofaktor"),
    ),
    (("Bare adresse uten tilstand", "ambulansen må vite hva den rykker ut til"),),
    "Risikoen ved at mange ser pasientopplysninger i kjøretøy er fortsatt høy.",
    (KARTDEL,),
)

# --- templates -------------------------------------------------------------------------------


def dpia_markup(t: Topic, gap: dict[str, str] | None = None) -> str:
    return f"""
# Personvernkonsekvensvurdering

{t.title.split("– ", 1)[1]}. Dalbygd interkommunale legevakt IKS.

# Om tiltaket

{pick(gap, "what", paras(t.what) + chr(10) + chr(10) + lines(t.flow))}

{table(("Databehandler", "Hva de gjør", "Kontakt", "Telefon", "E-post"), proc_rows(t))}

# Hvorfor vi trenger det, og hvorfor det ikke går an med mindre

{pick(gap, "need", paras(t.need))}

# Hva pasientene får av rettigheter og vern

{pick(gap, "rights", bullets(t.rights))}

# Hva som kan gå galt

{pick(gap, "risk", risk_bullets(t, "{r}. Sannsynlighet: {s}. Konsekvens: {k}. Tiltak: {m}."))}

# Det vi ikke gjør, og hvorfor

{pick(gap, "skipped", skipped_bullets(t, "{m} – {w}"))}

# Hva som gjenstår

{pick(gap, "residual", t.residual)}
"""


def styrevedtak(t: Topic, dato: str, sak: str) -> str:
    return f"""
# Protokoll fra styremøte i Dalbygd interkommunale legevakt IKS

Møtedato: {dato}. Til stede: styreleder Per Gunnar Sveen, Åse Nordby, Hans Olav Riise, Liv Marit Dahl. Fra administrasjonen: daglig leder Kristin Haugerud, legevaktoverlege Anders Moe. Personvernombud Eva Lindgren deltok under sak {sak}.

## Sak {sak}: {t.title.split("– ", 1)[1]}

Daglig leder la fram personvernkonsekvensvurderingen med funn og tiltak. Saken ble også drøftet i forrige styremøte. Kommunelegene i eierkommunene, de ansattes tillitsvalgte og personvernombudet har gitt innspill.

Vedtak: Styret godkjenner vurderingen. Styret vil innføre tiltaket og ber daglig leder be Datatilsynet om forhåndsdrøftelse, siden restrisikoen fortsatt er høy.

Per Gunnar Sveen (sign.)   Åse Nordby (sign.)   Hans Olav Riise (sign.)   Liv Marit Dahl (sign.)
"""


def mail_sig() -> str:
    return f"\nHilsen\nKristin Haugerud\ndaglig leder, Dalbygd interkommunale legevakt IKS\nmobil {LEADER.phone}\n{LEADER.email}\n"


def letter(
    t: Topic,
    refs: tuple[str, ...],
    body: str,
    signers: tuple[tuple[str, ...], ...],
    encl: tuple[str, ...],
    note: str = "",
) -> Letter:
    return Letter(
        HEAD, DT_ADDR, refs, t.title, body, signers=signers, layout="table", note=note, encl=encl
    )


TRIAGIO_OFFER = """
# Tilbud – Triagio Legevakt

Til: Dalbygd interkommunale legevakt IKS, v/ Kristin Haugerud
Dato: 4.9.2026

Triagio Legevakt består av digital forhåndstriage (regelbasert), videokonsultasjon og integrasjon mot legevaktjournal.

| Leveranse | Pris |
| Etablering og integrasjon | kr 145 000 |
| Lisens per år, inntil 25 000 innbyggere | kr 210 000 |
| Opplæring | inkludert |

Tilbudet gjelder i 90 dager.

Med vennlig hilsen
Thomas Berg, salgssjef helse
Triagio AS – tlf. 924 33 810 – thomas.berg@triagio.no
"""


# --- cases: odd ----------------------------------------------------------------------------------


def d019() -> tuple:
    t = TRIAGE
    body = f"""
Dalbygd interkommunale legevakt IKS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.

{paras(t.what)}

Vedlagt er vår personvernkonsekvensvurdering, styrets vedtak og tilbudet fra leverandøren. Triagio AS blir databehandler; kontaktperson for personvern der er Ingrid Sørli, tlf. 944 12 007, ingrid.sorli@triagio.no.

Kontaktperson hos oss er undertegnede daglig leder. Personvernombudet har vært med i arbeidet og signerer også.
"""
    lt = letter(
        t,
        ("2026/44", "", "Kristin Haugerud", "3.11.2026"),
        body,
        (LEADER_SIG, CHIEF, DPO_SIG),
        (
            "Personvernkonsekvensvurdering",
            "Protokoll fra styremøte 28.10.2026",
            "Tilbud fra Triagio AS",
        ),
    )
    msg = message(
        "D019",
        f"{LEADER.name} <{LEADER.email}>",
        "Anmodning om forhåndsdrøftelse – digital triage og videokonsultasjon",
        when(11, 4, 7, 58),
        txt("Hei!\n\nVedlagt er signert brev (skannet) med vedlegg.\n") + mail_sig(),
        attachments=[
            ("Skann_brev_Datatilsynet_20261103.pdf", scan_pdf([to_text(lt)])),
            ("PKV digital triage.odt", to_odt(dpia_markup(t))),
            ("Styreprotokoll 28.10.2026.rtf", to_rtf(styrevedtak(t, "28.10.2026", "21/26"))),
            ("Tilbud Triagio Legevakt.pdf", to_pdf(TRIAGIO_OFFER)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "out_of_hours_clinic",
            "cover_letter_scanned_pdf",
            "ref_table_saksbehandler",
            "signature_three_columns_table",
            "dpo_signs",
            "dpo_contact_only_in_scan",
            "contact_signature",
            "contact_is_sender_stated",
            "processor_contact_table",
            "vendor_offer_salesperson",
            "other_person_full_contact",
            "odt",
            "dpia_odt",
            "risk_bullets",
            "part5_board_minutes_rtf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; the signed covering letter is a scan (image only) and holds the DPO's phone and e-mail; the general manager's contacts also in the mail signature; the vendor's offer names its salesperson",
    )


def d039() -> tuple:
    t = LYDOPPTAK
    body = f"""
Dalbygd interkommunale legevakt IKS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.

{dpia_markup(t)}

# Styrets behandling

Styret behandler saken i møtet 9. desember 2026. Vi sender protokollen når den er godkjent.

# Kontaktopplysninger

~ Kontaktperson: Kristin Haugerud, daglig leder, mobil {LEADER.phone}, {LEADER.email}
~ Personvernombud: {DPO.name}, tlf. {DPO.phone}, {DPO.email}
~ Databehandler: Akuttkom Teknikk AS, Sverre Lunde, tlf. 970 33 218, sverre.lunde@akuttkom.no
"""
    lt = letter(t, ("2026/51", "", LEADER.name, "16.11.2026"), body, (LEADER_SIG, CHIEF), ())
    text = (
        "Hei,\n\nDenne e-posten er kryptert, så brevet står i teksten under.\n\n"
        + to_text(lt)
        + mail_sig()
    )
    msg = message(
        "D039",
        f"{LEADER.name} <{LEADER.email}>",
        "Anmodning om forhåndsdrøftelse – talegjenkjenning på lydlogg",
        when(11, 16, 21, 40),
        text,
    )
    return msg, Label(
        "nb",
        (
            "out_of_hours_clinic",
            "letter_in_body_text",
            "all_in_body",
            "ref_table_saksbehandler",
            "contact_label_value",
            "signature_two_columns_table",
            "contact_signature",
            "risk_bullets",
            "part5_future_meeting",
            "part5_will_follow",
        ),
        "inline",
        True,
        "used",
        "only part 5 missing: the board decides on 9 December; letter pasted as plain text for inline PGP",
        (5,),
    )


def d059() -> tuple:
    body = f"""
Legevakten har i høst utredet digital forhåndstriage og videokonsultasjon. Styret vedtok 28.10.2026 å innføre løsningen fra 1. mars 2027, under forutsetning av at Datatilsynets forhåndsdrøftelse ikke gir grunn til endringer. Anmodningen om forhåndsdrøftelse ble sendt 4.11.2026.

Vi orienterer eierkommunene om at innbyggerne vil få informasjon gjennom kommunenes nettsider i februar, og ber om at kommunene deler informasjonen.

Spørsmål kan rettes til daglig leder Kristin Haugerud, mobil {LEADER.phone}, {LEADER.email}.
"""
    lt = Letter(
        HEAD,
        ("Dalbygd kommune", "Nordre Dal kommune", "Storfjell kommune"),
        ("2026/44", "", LEADER.name, "25.11.2026"),
        "Orientering til eierkommunene – digital forhåndstriage fra mars 2027",
        body,
        signers=(LEADER_SIG,),
        layout="single",
        copy=(
            "Datatilsynet (til orientering)",
            f"Personvernombud {DPO.name}, {DPO.email}, tlf. {DPO.phone}",
        ),
    )
    msg = message(
        "D059",
        f"{LEADER.name} <{LEADER.email}>",
        "Til orientering: brev til eierkommunene om digital triage",
        when(11, 25, 15, 3),
        txt(
            "Hei,\n\nDatatilsynet står på kopilisten til vedlagte brev, som vi sender til orientering.\n"
        )
        + mail_sig(),
        attachments=[("Orientering til eierkommunene.odt", letter_odt(lt))],
    )
    return msg, Label(
        "nb",
        (
            "out_of_hours_clinic",
            "nonrequest_copy_for_information",
            "cover_letter_odt",
            "ref_table_saksbehandler",
            "copy_to_datatilsynet",
            "contact_signature",
            "mentions_prior_consultation",
        ),
        "none",
        False,
        "unspecified",
        "not a request: a letter to the owner municipalities with Datatilsynet only on the copy list, for information",
    )


# --- cases: even ---------------------------------------------------------------------------------


def d020() -> tuple:
    t = VENTEROM
    body = f"""
Dalbygd interkommunale legevakt IKS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.

{paras(t.what)}

Vedlagt er personvernkonsekvensvurderingen og et bilde av den signerte styreprotokollen. Kameraanlegget leveres og vedlikeholdes av Trygg Bygg Sikkerhet AS som databehandler; kontaktperson Roger Haugen, tlf. 906 11 735, roger.haugen@tryggbygg.no.

Kontaktperson: daglig leder Kristin Haugerud.
"""
    lt = letter(
        t,
        ("2026/58", "", f"{LEADER.name}\n{LEADER.phone}\n{LEADER.email}", "12.11.2026"),
        body,
        (LEADER_SIG, CHIEF, DPO_SIG),
        ("Personvernkonsekvensvurdering", "Styreprotokoll 10.11.2026 (foto)"),
    )
    msg = message(
        "D020",
        f"{LEADER.name} <{LEADER.email}>",
        "Anmodning om forhåndsdrøftelse – kamera i venterom og skjermingsrom",
        when(11, 12, 16, 20),
        txt("Hei,\n\nVedlagt brev og vedlegg.\n") + mail_sig(),
        attachments=[
            ("Anmodning om forhåndsdrøftelse - kamera.odt", letter_odt(lt)),
            ("PKV kamera venterom og skjermingsrom.odt", to_odt(dpia_markup(t))),
            ("IMG_4471.jpg", scan_image(styrevedtak(t, "10.11.2026", "24/26"), "JPEG", 1.2)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "out_of_hours_clinic",
            "cover_letter_odt",
            "odt",
            "ref_table_saksbehandler",
            "contact_in_ref_table",
            "signature_three_columns_table",
            "dpo_signs",
            "contact_signature",
            "processor_contact_in_letter",
            "dpia_odt",
            "risk_bullets",
            "part5_photographed_signatures",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; ODT letter with three signers in a borderless table (DPO with contacts); board protocol as a photographed JPEG",
    )


def d040() -> tuple:
    t = KART
    gap = {
        "what": "Se vedlegg 1 Systembeskrivelse for beskrivelse av løsningen, informasjonsflyt og lagring."
    }
    body = f"""
Dalbygd interkommunale legevakt IKS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for en felles kartløsning med ambulansetjenesten.

Beskrivelsen av løsningen står i vedlegg 1. Personvernkonsekvensvurderingen er vedlegg 2, og styrets vedtak vedlegg 3.

Databehandler er Akuttkart AS ved produktansvarlig Nina Bråten, tlf. 467 21 903, nina.braten@akuttkart.no.

Kontaktperson: Kristin Haugerud, daglig leder, mobil {LEADER.phone}, {LEADER.email}.
"""
    lt = letter(
        t,
        ("2026/63", "", LEADER.name, "19.11.2026"),
        body,
        (LEADER_SIG, DPO_SIG),
        ("1 Systembeskrivelse", "2 Personvernkonsekvensvurdering", "3 Styreprotokoll 17.11.2026"),
    )
    msg = message(
        "D040",
        f"{LEADER.name} <{LEADER.email}>",
        "Anmodning om forhåndsdrøftelse – felles kartløsning med ambulanse",
        when(11, 19, 14, 8),
        txt("Hei,\n\nVedlagt anmodning med tre vedlegg.\n") + mail_sig(),
        attachments=[
            ("Anmodning om forhåndsdrøftelse - kartløsning.odt", letter_odt(lt)),
            ("Vedlegg 1 Systembeskrivelse.docx", b""),
            ("Vedlegg 2 PKV kartløsning.odt", to_odt(dpia_markup(t, gap))),
            (
                "Vedlegg 3 Styreprotokoll 17.11.2026.rtf",
                to_rtf(styrevedtak(t, "17.11.2026", "25/26")),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "out_of_hours_clinic",
            "cover_letter_odt",
            "odt",
            "ref_table_saksbehandler",
            "contact_prose_letter",
            "signature_two_columns_table",
            "dpo_signs",
            "contact_signature",
            "processor_contact_in_letter",
            "dpia_odt",
            "risk_bullets",
            "zero_byte_description",
            "part5_board_minutes_rtf",
        ),
        "none",
        True,
        "used",
        "part 2 missing: the description is in «Vedlegg 1 Systembeskrivelse.docx», a zero-byte file, and the DPIA only points to it",
        (2,),
    )


def d060() -> tuple:
    t = KART
    body = f"""
Vi viser til anmodning om forhåndsdrøftelse av 19.11.2026. Vedlegg 1 (systembeskrivelsen) var dessverre en tom fil. Vi sender derfor hele anmodningen på nytt, denne gangen som tekst i e-posten, kryptert.

{dpia_markup(t)}

# Styrets vedtak

Styret behandlet vurderingen 17.11.2026 (sak 25/26), etter en første drøfting i oktober. Kommunelegene, de tillitsvalgte, ambulansetjenesten og personvernombudet har gitt innspill. Vedtak: «Styret godkjenner personvernkonsekvensvurderingen. Styret vil innføre løsningen og ber daglig leder be Datatilsynet om forhåndsdrøftelse, siden restrisikoen fortsatt er høy.»

# Kontaktopplysninger

~ Kontaktperson: Kristin Haugerud, daglig leder, mobil {LEADER.phone}, {LEADER.email}
~ Personvernombud: {DPO.name}, tlf. {DPO.phone}, {DPO.email}
~ Databehandler: Akuttkart AS, Nina Bråten, tlf. 467 21 903, nina.braten@akuttkart.no
"""
    lt = letter(t, ("2026/63", "", LEADER.name, "26.11.2026"), body, (LEADER_SIG, DPO_SIG), ())
    text = (
        "Hei,\n\nHer kommer anmodningen på nytt, komplett, som tekst.\n\n"
        + to_text(lt)
        + mail_sig()
    )
    msg = message(
        "D060",
        f"{LEADER.name} <{LEADER.email}>",
        "Ny innsending: anmodning om forhåndsdrøftelse, felles kartløsning",
        when(11, 26, 20, 15),
        text,
    )
    return msg, Label(
        "nb",
        (
            "out_of_hours_clinic",
            "letter_in_body_text",
            "all_in_body",
            "resubmission_complete",
            "ref_table_saksbehandler",
            "contact_label_value",
            "signature_two_columns_table",
            "dpo_signs",
            "contact_signature",
            "risk_bullets",
            "part5_minutes_quoted_in_body",
        ),
        "inline",
        True,
        "used",
        "complete resubmission of D040 pasted as plain text for inline PGP, with the description and the board's decision quoted",
    )
