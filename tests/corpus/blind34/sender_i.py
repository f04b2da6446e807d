# ruff: noqa: E501
"""Sender I: Rutebyrået Nordkyst AS (public transport authority owned by Nordkyst fylkeskommune, Bodø, bokmål).

Habits: DOCX letters with a five-column reference table «Vår ref. | Deres ref. | Saksbehandler |
Direkte telefon | Dato»; the CEO and the DPO (shared with the county) sign side by side in a
borderless table; the county's commissioning letter (with the county's case officer) is attached;
the DPIA is a PDF with the company's own headings; the board's decision is a PDF protocol.
"""

from __future__ import annotations

from common import DT_ADDR, E_APPROVED_NB
from kit import Label, message, to_pdf, txt, when
from letter import Head, Letter
from letter import to_docx as letter_docx
from letter import to_pdf as letter_pdf
from topic import (
    Person,
    Proc,
    Topic,
    bullets,
    lines,
    paras,
    pick,
    proc_rows,
    risk_rows,
    skipped_bullets,
    table,
)

ORG = "Rutebyrået Nordkyst AS"
FOOT = (
    "Rutebyrået Nordkyst AS | Postboks 1420, 8002 Bodø | Sentralbord 75 50 90 00 | post@rutenordkyst.no | Org.nr. 916 502 447 | Eid av Nordkyst fylkeskommune",
)
LABELS = ("Vår ref.", "Deres ref.", "Saksbehandler", "Direkte telefon", "Dato")
HEAD = Head(ORG, "", FOOT, LABELS)
CEO = ("Bjørn Inge Pedersen", "administrerende direktør")
DPO = Person(
    "Anette Brun",
    "personvernombud (felles for Nordkyst fylkeskommune og heleide selskaper)",
    "75 65 20 31",
    "anette.brun@nordkystfk.no",
)
DPO_SIG = ("Anette Brun", "personvernombud", f"tlf. {DPO.phone}", DPO.email)
MYRSETH = Person("Håvard Myrseth", "prosjektleder", "75 50 91 14", "havard.myrseth@rutenordkyst.no")
ELIASSEN = Person(
    "Randi Eliassen", "juridisk rådgiver", "75 50 91 60", "randi.eliassen@rutenordkyst.no"
)

BUSSKAM = Proc(
    "Busskam Teknikk AS (org.nr. 918 770 433)",
    "kamera og lydopptak i buss, lagring og utlevering",
    Person("Geir Are Nilsen", "serviceleder", "913 05 288", "geir.are.nilsen@busskam.no"),
)
BILLETT = Proc(
    "Billettsystemer Nord AS (org.nr. 922 604 118)",
    "kontoløs billettering og reisehistorikk",
    Person("Monica Strøm", "leveranseansvarlig", "482 71 045", "monica.strom@billettnord.no"),
)
TELLEVERK = Proc(
    "Telleverk AS (org.nr. 929 401 556)",
    "sensorer for passasjertelling og analyse",
    Person("Vegard Olsen", "teknisk ansvarlig", "997 12 630", "vegard.olsen@telleverk.no"),
)
KROPPSKAM = Proc(
    "Kroppskamera Norge AS (org.nr. 927 880 019)",
    "kroppskamera, dokkingstasjoner og skylagring",
    Person(
        "Camilla Fagerli",
        "kundeansvarlig offentlig",
        "936 44 201",
        "camilla.fagerli@kroppskamera.no",
    ),
)

BUSSKAMERA = Topic(
    "i_busskamera",
    "Anmodning om forhåndsdrøftelse – kameraovervåking med lydopptak i busser",
    (
        "Rutebyrået Nordkyst AS vil på oppdrag fra fylkeskommunen installere kameraer med lydopptak i alle 310 busser i fylket. Kameraene dekker inngangsparti, midtgang og førerplass. Lyd tas opp bare når sjåføren trykker på en alarmknapp, og da også 60 sekunder bakover i tid.",
        "Formålet er å forebygge og dokumentere vold og trusler mot sjåfører og passasjerer, som har økt kraftig de siste årene. Om lag 12 millioner reiser i året berøres.",
    ),
    (
        ("Registrerte", "passasjerer (også barn på skolebuss), sjåfører"),
        (
            "Lagring",
            "i bussens opptaker, overskrives etter 7 dager; sikret materiale ved hendelse lagres i 30 dager eller til saken er avsluttet",
        ),
        ("Mottakere", "sikkerhetsansvarlig i Rutebyrået; politiet ved anmeldelse"),
        ("Sikkerhet", "kryptert opptaker, utlesing bare av to autoriserte personer, logg"),
    ),
    (
        "Sjåførene har meldt 140 trusselhendelser i 2025. Kamera uten lyd dokumenterer ikke trusler. Lydopptak er begrenset til alarmsituasjoner.",
        "Grunnlag: art. 6 nr. 1 bokstav e (fylkeskommunens oppdrag) og f, jf. personopplysningsloven § 31 om kameraovervåking. Sjåførenes arbeidsplass er vurdert særskilt etter arbeidsmiljøloven kap. 9; tillitsvalgte er drøftet med.",
    ),
    (
        "tydelig merking ved alle dører og i appen",
        "innsyn i opptak etter begjæring",
        "opptak brukes ikke til å vurdere sjåførenes arbeid",
    ),
    (
        ("Lydopptak fanger private samtaler", "middels", "høy", "bare ved alarm, 60 sek. bakover"),
        (
            "Opptak brukes mot sjåfører i personalsaker",
            "middels",
            "høy",
            "avtale med tillitsvalgte, logg",
        ),
        (
            "Barn på skolebuss filmes daglig",
            "høy",
            "middels",
            "kort lagring, ingen innsyn for skolen",
        ),
    ),
    (
        ("Kontinuerlig lydopptak", "uforholdsmessig"),
        ("Livestream til trafikksentral", "ikke nødvendig"),
    ),
    "Risikoen ved lydopptak i et offentlig transportmiddel som mange, også barn, er avhengige av, er fortsatt høy.",
    (BUSSKAM,),
)

KONTOLOS = Topic(
    "i_kontolos",
    "Anmodning om forhåndsdrøftelse – kontoløs billettering med bankkort og inn- og utsjekk",
    (
        "Rutebyrået vil innføre betaling med bankkort direkte i kortleseren på bussen, med inn- og utsjekk. Systemet beregner laveste pris for dagen og uken («pristak») ut fra reisehistorikken knyttet til et token av bankkortet.",
        "Om lag 60 000 reisende per uke. Reisehistorikk per token lagres i 13 måneder for reklamasjon.",
    ),
    (
        ("Kilder", "kortleser (token, stoppested, tid)"),
        ("Mottakere", "Billettsystemer Nord AS som databehandler; innløser for betaling"),
        ("Lagring", "reisehistorikk per token 13 måneder"),
        ("Sikkerhet", "PCI DSS, token i stedet for kortnummer, kryptering"),
    ),
    (
        "Kontantbetaling er avviklet, og mange reisende vil ikke bruke app. Bankkort gir enkel tilgang uten registrering.",
        "Grunnlag: art. 6 nr. 1 bokstav b. Historikken brukes bare til pris og reklamasjon; ikke til analyse av enkeltpersoner.",
    ),
    (
        "informasjon på kortleser og nettsted",
        "innsyn i reisehistorikk ved å registrere kortet på nett",
    ),
    (
        (
            "Reisemønster kan kobles til person via bank",
            "middels",
            "høy",
            "ingen kobling, tokenisering",
        ),
        ("Utlevering til politiet", "lav", "høy", "rutine for begjæringer"),
    ),
    (("Kortere lagring", "reklamasjonsfrist"),),
    "Risikoen ved systematisk lagring av reisemønstre er fortsatt høy.",
    (BILLETT,),
)

TELLING = Topic(
    "i_telling",
    "Anmodning om forhåndsdrøftelse – passasjertelling med Wi-Fi- og Bluetooth-sensorer",
    (
        "Rutebyrået vil måle reisestrømmer ved å fange opp Wi-Fi- og Bluetooth-signaler fra passasjerers telefoner i busser og på 40 terminaler. MAC-adressene hashes med et saltet nøkkel som byttes hver natt, slik at en reise kan følges fra påstigning til avstigning samme dag.",
        "Formålet er å planlegge ruter og kapasitet. Om lag 80 000 enheter per dag.",
    ),
    (
        ("Kilder", "signaler fra telefoner"),
        ("Mottakere", "Telleverk AS (databehandler), planavdelingen får bare aggregerte tall"),
        ("Lagring", "hashede identifikatorer slettes etter 24 timer; aggregater lagres"),
        ("Sikkerhet", "salting i sensoren, nøkkel byttes daglig"),
    ),
    (
        "Manuelle tellinger og billettdata gir ikke bytter mellom ruter. Daglig bytte av nøkkel gjør at ingen kan følges over tid.",
        "Grunnlag: art. 6 nr. 1 bokstav e, og e-komloven § 3-15 er vurdert. Reisende kan slå av Wi-Fi/Bluetooth.",
    ),
    (
        "merking på terminaler og i busser",
        "informasjon om hvordan man unngår å bli telt",
    ),
    (
        (
            "Sporing av enkeltpersoner i løpet av dagen",
            "middels",
            "høy",
            "daglig nøkkelbytte, ingen kobling",
        ),
        ("Reisende vet ikke om tellingen", "høy", "middels", "merking, kampanje"),
    ),
    (("Kamera med telling", "mer inngripende"),),
    "Risikoen for at reisende ikke kjenner til innsamlingen, er fortsatt høy.",
    (TELLEVERK,),
)

KROPPSKAMERA = Topic(
    "i_kroppskamera",
    "Anmodning om forhåndsdrøftelse – kroppskamera for billettkontrollører",
    (
        "Rutebyrået vil utstyre 24 billettkontrollører med kroppskamera. Kameraet aktiveres manuelt når en situasjon eskalerer, og kontrolløren sier fra til passasjeren. Kameraet lagrer 30 sekunder før aktivering.",
        "Formålet er å forebygge vold mot kontrollører og dokumentere hendelser.",
    ),
    (
        ("Kilder", "kamera"),
        (
            "Mottakere",
            "sikkerhetsansvarlig; politiet ved anmeldelse; Kroppskamera Norge AS som databehandler",
        ),
        ("Lagring", "opptak 30 dager, lenger ved anmeldelse"),
        ("Sikkerhet", "kryptert kamera, opplasting i dokkingstasjon, logg"),
    ),
    (
        "Kontrollørene har opplevd 35 voldshendelser i 2025. Opptak kan dempe konflikter.",
        "Grunnlag: art. 6 nr. 1 bokstav f; personopplysningsloven § 31. Kameraet er ikke på hele tiden.",
    ),
    (
        "muntlig varsel før opptak",
        "innsyn etter begjæring",
        "sletting etter 30 dager",
    ),
    (
        ("Opptak av tredjepersoner", "høy", "middels", "aktivering bare ved eskalering"),
        ("Misbruk av opptak", "lav", "høy", "logg, tilgangsstyring"),
    ),
    (("Kontinuerlig opptak", "uforholdsmessig"),),
    "Risikoen for opptak av tilfeldige passasjerer er fortsatt høy.",
    (KROPPSKAM,),
)

# --- templates -------------------------------------------------------------------------------


def dpia(t: Topic, gap: dict[str, str] | None = None) -> bytes:
    doc = f"""
# Personvernkonsekvensvurdering – {t.title.split("– ", 1)[1]}

Rutebyrået Nordkyst AS. Behandlet med personvernombudet.

# Hva vi skal gjøre

{pick(gap, "what", paras(t.what))}

# Informasjonsflyt

{pick(gap, "flow", lines(t.flow))}

{table(("Databehandler", "Oppgave", "Kontaktperson", "Telefon", "E-post"), proc_rows(t))}

# Er det nødvendig og forholdsmessig?

{pick(gap, "need", paras(t.need))}

# Hvordan vi ivaretar de reisendes rettigheter

{pick(gap, "rights", bullets(t.rights))}

# Hva kan gå galt for de reisende

{pick(gap, "risk", table(("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"), risk_rows(t)))}

Tiltak vi har valgt bort:

{pick(gap, "skipped", skipped_bullets(t, "{m}: {w}"))}

# Restrisiko

{pick(gap, "residual", t.residual)}
"""
    return to_pdf(doc)


def styre(t: Topic, dato: str, sak: str) -> bytes:
    doc = f"""
# Protokoll fra styremøte i Rutebyrået Nordkyst AS

{lines((("Dato", dato), ("Til stede", "Styreleder Trine Hamnes, Odd Arne Bakken, Sissel Jakobsen, Ronny Sletten (ansattvalgt); adm. dir. Bjørn Inge Pedersen; personvernombud Anette Brun (sak " + sak + ")")))}

## Sak {sak}: {t.title.split("– ", 1)[1]}

Prosjektleder presenterte personvernkonsekvensvurderingen og funnene. Styret behandlet saken første gang i forrige møte. Fylkeskommunen som eier og oppdragsgiver, de tillitsvalgte for sjåførene og brukerrådet for kollektivtrafikk har gitt innspill.

Vedtak: Styret godkjenner vurderingen og tiltakene. Styret ønsker å gjennomføre tiltaket, men restrisikoen er høy. Administrasjonen bes anmode Datatilsynet om forhåndsdrøftelse.
"""
    return to_pdf(doc)


COUNTY_HEAD = Head(
    "Nordkyst fylkeskommune",
    "Samferdsel",
    ("Fylkeshuset, Prinsens gate 100, 8048 Bodø | Sentralbord 75 65 00 00 | post@nordkystfk.no",),
    ("Vår ref.", "Deres ref.", "Saksbehandler", "Dato"),
)


def county_letter(title: str, text: str, date: str) -> Letter:
    return Letter(
        COUNTY_HEAD,
        ("Rutebyrået Nordkyst AS", "Postboks 1420", "8002 Bodø"),
        (
            "2026/14450-2",
            "",
            "Kjell Inge Solbakk\ntlf. 75 65 21 84\nkjell.inge.solbakk@nordkystfk.no",
            date,
        ),
        title,
        text
        + "\n\nKontaktperson i fylkeskommunen er rådgiver Kjell Inge Solbakk, tlf. 75 65 21 84, kjell.inge.solbakk@nordkystfk.no.",
        signers=(
            ("Marianne Storvik", "fylkesdirektør samferdsel"),
            ("Kjell Inge Solbakk", "rådgiver"),
        ),
        layout="tabs",
        note="Dokumentet er elektronisk godkjent og har ingen signatur.",
    )


COUNTY_CAMERA = county_letter(
    "Oppdrag – sikkerhetstiltak for sjåfører og passasjerer i busser",
    "Fylkestinget vedtok 18.6.2026 (sak 61/26) å styrke sikkerheten for sjåfører og passasjerer. Rutebyrået gis i oppdrag å utrede og innføre kameraovervåking i bussene, og å vurdere lydopptak ved alarm.\n\nFylkeskommunen forutsetter at Rutebyrået som behandlingsansvarlig gjennomfører nødvendige personvernvurderinger.",
    "1.7.2026",
)
COUNTY_BODYCAM = county_letter(
    "Oppdrag – tiltak mot vold mot billettkontrollører",
    "Fylkeskommunen ber Rutebyrået vurdere kroppskamera for billettkontrollører som tiltak mot vold, jf. fylkestingets sak 61/26.\n\nRutebyrået er behandlingsansvarlig og må selv vurdere personvernkonsekvensene.",
    "12.8.2026",
)


def letter(
    t: Topic,
    refs: tuple[str, ...],
    body: str,
    signers: tuple[tuple[str, ...], ...],
    encl: tuple[str, ...],
    copy: tuple[str, ...] = (),
) -> Letter:
    return Letter(
        HEAD,
        DT_ADDR,
        refs,
        t.title,
        body,
        signers=signers,
        layout="table",
        note=E_APPROVED_NB,
        encl=encl,
        copy=copy,
    )


def mail_sig(p: Person) -> str:
    return f"\nVennlig hilsen\n{p.name}\n{p.title}\nRutebyrået Nordkyst AS\n"


# --- cases: odd ----------------------------------------------------------------------------------


def d017() -> tuple:
    t = BUSSKAMERA
    body = f"""
Rutebyrået Nordkyst AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.

{paras(t.what)}

Oppdraget fra fylkeskommunen er vedlagt. Vedlagt er også personvernkonsekvensvurderingen og protokollen fra styremøtet der den ble godkjent.

Databehandler er Busskam Teknikk AS ved serviceleder Geir Are Nilsen, tlf. 913 05 288, geir.are.nilsen@busskam.no.

Kontaktperson i Rutebyrået er prosjektleder Håvard Myrseth, {MYRSETH.email}, telefon som angitt over. Personvernombudet signerer brevet sammen med administrerende direktør.
"""
    lt = letter(
        t,
        ("RN 26/0388", "", MYRSETH.name, MYRSETH.phone, "5.11.2026"),
        body,
        (CEO, DPO_SIG),
        (
            "Personvernkonsekvensvurdering",
            "Styreprotokoll 29.10.2026",
            "Oppdragsbrev fra Nordkyst fylkeskommune 1.7.2026",
        ),
    )
    msg = message(
        "D017",
        f"{MYRSETH.name} <{MYRSETH.email}>",
        "Anmodning om forhåndsdrøftelse – kamera med lyd i busser",
        when(11, 5, 9, 55),
        txt(
            "Hei,\n\nVedlagt følger anmodning om forhåndsdrøftelse fra Rutebyrået Nordkyst AS med tre vedlegg.\n"
        )
        + mail_sig(MYRSETH),
        attachments=[
            ("Anmodning om forhåndsdrøftelse - kamera i buss.docx", letter_docx(lt)),
            ("PKV kamera og lyd i buss.pdf", dpia(t)),
            ("Styreprotokoll 29.10.2026.pdf", styre(t, "29.10.2026", "14/26")),
            ("Oppdragsbrev fylkeskommunen 1.7.2026.pdf", letter_pdf(COUNTY_CAMERA)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "transport_authority",
            "county_owned_company",
            "cover_letter_docx",
            "ref_table_five_columns",
            "contact_phone_in_ref_table",
            "signature_two_columns_table",
            "dpo_signs",
            "dpo_shared_with_county",
            "e_approved",
            "other_body_letter_county",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "dpia_report_pdf",
            "part5_board_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; contact person's phone only in the reference table's own column, e-mail in the text; DPO shared with the county co-signs with contacts; the county's commissioning letter names its own case officer",
    )


def _kontolos_letter(refs: tuple[str, ...], body: str, encl: tuple[str, ...]) -> Letter:
    return letter(KONTOLOS, refs, body, (CEO, DPO_SIG), encl)


def d037() -> tuple:
    t = KONTOLOS
    gap = {
        "risk": "Risikovurderingen gjennomføres i egen arbeidsøkt med leverandøren 2. desember og ettersendes.",
        "skipped": "Avklares i risikovurderingen.",
    }
    body = f"""
Rutebyrået Nordkyst AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.

{paras(t.what)}

Vedlagt er personvernkonsekvensvurderingen slik den foreligger. Risikovurderingen gjennomføres 2. desember, og styret behandler saken 15. desember. Vi ettersender risikovurderingen og styreprotokollen.

Databehandler er Billettsystemer Nord AS, kontakt Monica Strøm, tlf. 482 71 045, monica.strom@billettnord.no.

Kontaktperson: juridisk rådgiver Randi Eliassen, tlf. {ELIASSEN.phone}, {ELIASSEN.email}.
"""
    lt = _kontolos_letter(
        ("RN 26/0412", "", ELIASSEN.name, ELIASSEN.phone, "13.11.2026"),
        body,
        ("Personvernkonsekvensvurdering (uten risikovurdering)",),
    )
    msg = message(
        "D037",
        f"{ELIASSEN.name} <{ELIASSEN.email}>",
        "Anmodning om forhåndsdrøftelse – kontoløs billettering",
        when(11, 13, 13, 20),
        txt(
            "Hei,\n\nVedlagt anmodning om forhåndsdrøftelse. Risikovurdering og styreprotokoll ettersendes i desember.\n"
        )
        + mail_sig(ELIASSEN),
        attachments=[
            ("Anmodning om forhåndsdrøftelse - kontoløs billettering.docx", letter_docx(lt)),
            ("PKV kontoløs billettering.pdf", dpia(t, gap)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "transport_authority",
            "county_owned_company",
            "cover_letter_docx",
            "ref_table_five_columns",
            "contact_prose_letter",
            "signature_two_columns_table",
            "dpo_signs",
            "dpo_shared_with_county",
            "e_approved",
            "processor_contact_in_letter",
            "dpia_report_pdf",
            "part4_will_follow",
            "part5_will_follow",
            "part5_future_meeting",
        ),
        "none",
        True,
        "used",
        "parts 4 and 5 missing: risk workshop on 2 December and board meeting on 15 December, both to follow",
        (4, 5),
    )


def d057() -> tuple:
    t = KONTOLOS
    body = f"""
Vi viser til anmodning om forhåndsdrøftelse av 13.11.2026. Risikovurderingen er nå gjennomført, og styret har behandlet saken. Vi sender derfor anmodningen på nytt med komplett dokumentasjon.

{t.what[0]}

Databehandler er Billettsystemer Nord AS, kontakt Monica Strøm, tlf. 482 71 045, monica.strom@billettnord.no.

Kontaktperson: juridisk rådgiver Randi Eliassen, tlf. {ELIASSEN.phone}, {ELIASSEN.email}.
"""
    lt = _kontolos_letter(
        ("RN 26/0412", "", ELIASSEN.name, ELIASSEN.phone, "16.12.2026"),
        body,
        ("Personvernkonsekvensvurdering versjon 2", "Styreprotokoll 15.12.2026"),
    )
    msg = message(
        "D057",
        f"{ELIASSEN.name} <{ELIASSEN.email}>",
        "Anmodning om forhåndsdrøftelse – kontoløs billettering – komplett",
        when(12, 16, 14, 40),
        txt("Hei,\n\nHer er komplett anmodning med risikovurdering og styreprotokoll.\n")
        + mail_sig(ELIASSEN),
        attachments=[
            (
                "Anmodning om forhåndsdrøftelse - kontoløs billettering - komplett.docx",
                letter_docx(lt),
            ),
            ("PKV kontoløs billettering v2.pdf", dpia(t)),
            ("Styreprotokoll 15.12.2026.pdf", styre(t, "15.12.2026", "19/26")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "transport_authority",
            "county_owned_company",
            "cover_letter_docx",
            "ref_table_five_columns",
            "resubmission_complete",
            "contact_prose_letter",
            "signature_two_columns_table",
            "dpo_signs",
            "dpo_shared_with_county",
            "e_approved",
            "processor_contact_in_letter",
            "dpia_report_pdf",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete resubmission of D037 with the risk assessment and the board protocol",
    )


# --- cases: even ---------------------------------------------------------------------------------


def d018() -> tuple:
    t = TELLING
    body = f"""
Rutebyrået Nordkyst AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.

{paras(t.what)}

Vedlagt følger personvernkonsekvensvurderingen og styreprotokollen. Databehandler er Telleverk AS; kontaktperson Vegard Olsen, tlf. 997 12 630, vegard.olsen@telleverk.no.

Kontaktperson: prosjektleder Håvard Myrseth, tlf. {MYRSETH.phone}, {MYRSETH.email}.
"""
    lt = letter(
        t,
        ("RN 26/0455", "", MYRSETH.name, MYRSETH.phone, "10.11.2026"),
        body,
        (CEO, DPO_SIG),
        ("Personvernkonsekvensvurdering", "Styreprotokoll 5.11.2026"),
        (f"Personvernombud {DPO.name}",),
    )
    msg = message(
        "D018",
        f"{MYRSETH.name} <{MYRSETH.email}>",
        "Anmodning om forhåndsdrøftelse – passasjertelling med Wi-Fi/Bluetooth",
        when(11, 10, 11, 12),
        txt("Hei,\n\nVedlagt følger anmodning om forhåndsdrøftelse med vedlegg.\n")
        + mail_sig(MYRSETH),
        attachments=[
            ("Anmodning om forhåndsdrøftelse - passasjertelling.docx", letter_docx(lt)),
            ("PKV passasjertelling.pdf", dpia(t)),
            ("Styreprotokoll 5.11.2026.pdf", styre(t, "5.11.2026", "15/26")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "transport_authority",
            "county_owned_company",
            "cover_letter_docx",
            "ref_table_five_columns",
            "contact_prose_letter",
            "signature_two_columns_table",
            "dpo_signs",
            "dpo_shared_with_county",
            "copy_to_dpo",
            "e_approved",
            "processor_contact_in_letter",
            "dpia_report_pdf",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete; contacts in the text, DPO co-signs with contacts in a borderless table",
    )


def _kropp_letter(
    refs: tuple[str, ...], body: str, signers: tuple[tuple[str, ...], ...], copy: tuple[str, ...]
) -> Letter:
    return letter(
        KROPPSKAMERA,
        refs,
        body,
        signers,
        (
            "Personvernkonsekvensvurdering",
            "Styreprotokoll 12.11.2026",
            "Oppdragsbrev fra Nordkyst fylkeskommune 12.8.2026",
        ),
        copy,
    )


def d038() -> tuple:
    t = KROPPSKAMERA
    body = f"""
Rutebyrået Nordkyst AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.

{paras(t.what)}

Vedlagt er personvernkonsekvensvurderingen, styreprotokollen og fylkeskommunens oppdragsbrev. Spørsmål om oppdraget kan rettes til fylkeskommunens saksbehandler, som er oppgitt i brevet.

Databehandler er Kroppskamera Norge AS ved Camilla Fagerli, tlf. 936 44 201, camilla.fagerli@kroppskamera.no.

Kontaktperson i Rutebyrået: Håvard Myrseth, tlf. {MYRSETH.phone}, {MYRSETH.email}. Vårt personvernombud er det felles personvernombudet i Nordkyst fylkeskommune, som har fått kopi.
"""
    lt = _kropp_letter(
        ("RN 26/0470", "", MYRSETH.name, MYRSETH.phone, "17.11.2026"),
        body,
        (CEO,),
        ("Felles personvernombud, Nordkyst fylkeskommune",),
    )
    msg = message(
        "D038",
        f"{MYRSETH.name} <{MYRSETH.email}>",
        "Anmodning om forhåndsdrøftelse – kroppskamera for kontrollører",
        when(11, 17, 10, 27),
        txt("Hei,\n\nVedlagt følger anmodning om forhåndsdrøftelse med tre vedlegg.\n")
        + mail_sig(MYRSETH),
        attachments=[
            ("Anmodning om forhåndsdrøftelse - kroppskamera.docx", letter_docx(lt)),
            ("PKV kroppskamera.pdf", dpia(t)),
            ("Styreprotokoll 12.11.2026.pdf", styre(t, "12.11.2026", "16/26")),
            ("Oppdragsbrev fylkeskommunen 12.8.2026.pdf", letter_pdf(COUNTY_BODYCAM)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "transport_authority",
            "county_owned_company",
            "cover_letter_docx",
            "ref_table_five_columns",
            "contact_prose_letter",
            "signature_single",
            "p1_dpo_name_only",
            "dpo_shared_with_county",
            "copy_to_dpo",
            "e_approved",
            "other_body_letter_county",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "dpia_report_pdf",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "part 1 missing: the shared DPO appears only as «felles personvernombud» in the copy line and by name in the board protocol, without phone or e-mail; the county's letter carries the county's case officer with full contacts",
        (1,),
    )


def d058() -> tuple:
    t = KROPPSKAMERA
    body = f"""
Vi viser til vår anmodning av 17.11.2026 og sender den på nytt med personvernombudets kontaktopplysninger, som manglet.

{t.what[0]}

Databehandler er Kroppskamera Norge AS ved Camilla Fagerli, tlf. 936 44 201, camilla.fagerli@kroppskamera.no.

Kontaktperson: Håvard Myrseth, tlf. {MYRSETH.phone}, {MYRSETH.email}. Personvernombud: Anette Brun, tlf. {DPO.phone}, {DPO.email}.
"""
    lt = _kropp_letter(
        ("RN 26/0470", "", MYRSETH.name, MYRSETH.phone, "30.11.2026"),
        body,
        (CEO, DPO_SIG),
        (f"Personvernombud {DPO.name}",),
    )
    msg = message(
        "D058",
        f"{MYRSETH.name} <{MYRSETH.email}>",
        "Anmodning om forhåndsdrøftelse – kroppskamera – ny innsending",
        when(11, 30, 9, 14),
        txt(
            "Hei,\n\nVi sender anmodningen på nytt med kontaktopplysninger til personvernombudet.\n"
        )
        + mail_sig(MYRSETH),
        attachments=[
            ("Anmodning om forhåndsdrøftelse - kroppskamera - ny innsending.docx", letter_docx(lt)),
            ("PKV kroppskamera.pdf", dpia(t)),
            ("Styreprotokoll 12.11.2026.pdf", styre(t, "12.11.2026", "16/26")),
            ("Oppdragsbrev fylkeskommunen 12.8.2026.pdf", letter_pdf(COUNTY_BODYCAM)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "transport_authority",
            "county_owned_company",
            "cover_letter_docx",
            "ref_table_five_columns",
            "resubmission_complete",
            "contact_prose_letter",
            "signature_two_columns_table",
            "dpo_signs",
            "dpo_shared_with_county",
            "e_approved",
            "other_body_letter_county",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "dpia_report_pdf",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete resubmission of D038 with the shared DPO's phone and e-mail",
    )
