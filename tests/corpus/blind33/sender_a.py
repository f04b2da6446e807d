# ruff: noqa: E501
"""A: Hallingvik kommune (nynorsk). A municipality with a DPO shared with two neighbours.

Habits: a formal covering letter (PDF or ODT) on the municipal letterhead with the contacts written
in prose; a DPIA in ODT with question headings; approval as a scanned «særutskrift» from the
chief executive's management group; processors listed in a table inside the DPIA.
"""

from __future__ import annotations

from email.message import EmailMessage

import kit
from kit import Label
from topic import Topic, bullets, lines, paras, pick, table
from topics_nn import TA1, TA2, TA3, TA4

ORG = "Hallingvik kommune"
FOOTER = "Postadresse: Postboks 40, 3571 Hallingvik | Besøksadresse: Rådhusvegen 2 | Telefon: 32 08 40 00 | E-post: postmottak@hallingvik.kommune.no | Org.nr.: 964 955 112"
DT_ADDR = "%% Datatilsynet %% Vår ref.: {ref}\n%% Postboks 458 Sentrum %% Dykkar ref.: {their}\n%% 0105 OSLO %% Sakshandsamar: {who}\n%%  %% Dato: {date}"
TAGS = ("municipality", "dpo_shared_municipalities")
DPO_PROSE = "Kommunen sitt personvernombod er Randi Øvrebø. Ho er felles personvernombod for Hallingvik, Ølbu og Nesdal kommunar og er tilsett i Nesdal kommune. Ho har telefon 32 06 77 90 (mobil 470 12 338) og e-post randi.ovrebo@nesdal.kommune.no."


def letter(ref: str, who: str, date: str, title: str, body: str, their: str = "") -> str:
    head = f"HALLINGVIK KOMMUNE\n\n{DT_ADDR.format(ref=ref, their=their, who=who, date=date)}"
    return f"{head}\n\n# {title}\n\n{body}\n\n{FOOTER}"


def proc_table(t: Topic) -> str:
    rows = [(p.org, p.orgnr, p.role, f"{p.person}, {p.title}", p.phone, p.email) for p in t.procs]
    return table(("Verksemd", "Org.nr.", "Oppgåve", "Kontaktperson", "Telefon", "E-post"), rows)


def dpia(t: Topic, version: str, unit: str, ok: str, gap: dict[str, str] | None = None) -> str:
    procs = f"## Databehandlarar og underleverandørar\n\n{proc_table(t)}" if t.procs else ""
    what = f"{paras(t.what)}\n\n{lines(t.flow)}\n\n{procs}"
    need = f"{paras(t.need)}\n\nDette gjer vi for å ta vare på rettane til dei registrerte:\n\n{bullets(t.rights)}"
    skipped = bullets([f"{m} – ikkje gjennomført fordi {w}" for m, w in t.skipped])
    risk = (
        table(("Kva kan skje", "Sannsyn", "Konsekvens", "Tiltak"), [tuple(r) for r in t.risks])
        + f"\n\nTiltak vi har vurdert, men ikkje sett i verk:\n\n{skipped}\n\n{t.residual}"
    )
    return f"""# Vurdering av personvernkonsekvensar (DPIA)

~ Tiltak: {t.title}
~ Eining: {unit}
~ Versjon: {version}
~ Utarbeidd av eininga i samarbeid med personvernombodet

## 1 Kva skal kommunen gjere?

{pick(gap, "what", what)}

## 2 Treng vi dette, og er det rimeleg?

{pick(gap, "need", need)}

## 3 Kva kan gå gale for innbyggjarane?

{pick(gap, "risk", risk)}

## 4 Handsaming i leiinga

{ok}
"""


def saerutskrift(t: Topic, sak: str, date: str, earlier: str, heard: str, decided: str) -> bytes:
    page = f"""HALLINGVIK KOMMUNE
SÆRUTSKRIFT

Utval: Kommunedirektøren si leiargruppe
Møtedato: {date}
Sak: {sak} Vurdering av personvernkonsekvensar – {t.title}

Saksopplysningar: Eininga la fram vurderinga av personvernkonsekvensar og hovudfunna i ho. Saka var første gong oppe {earlier}, då leiargruppa bad om fleire risikoreduserande tiltak. {heard}

Vedtak (samrøystes):
{decided}

Rett utskrift: Hallingvik, {date}
Lise Moen, konsulent, politisk sekretariat
(signert)"""
    return kit.scan_pdf([page])


def mail(
    cid: str, who: str, subject: str, date: str, body: str, files: list[kit.Attachment]
) -> EmailMessage:
    return kit.message(cid, who, subject, date, body, attachments=files)


def label(
    shapes: tuple[str, ...],
    encrypt: str,
    note: str,
    missing: tuple[int, ...] = (),
    processor: str = "used",
) -> Label:
    return Label("nn", TAGS + shapes, encrypt, True, processor, note, missing)


# --- odd half: TA1, TA2 ----------------------------------------------------------------------

TOR = "Tor Einar Lien <tor.einar.lien@hallingvik.kommune.no>"
ODDNY = "Oddny Kvamme <oddny.kvamme@hallingvik.kommune.no>"


def _ta1_files() -> list[kit.Attachment]:
    body = f"""Hallingvik kommune ber med dette om førehandsdrøfting etter personvernforordninga artikkel 36 for digitalt tilsyn med sensorar og kamera i heimen til heimebuande med demens. Kommunen har gjennomført ei vurdering av personvernkonsekvensar. Restrisikoen er framleis høg etter tiltaka, og leiinga har handsama saka to gonger.

Kontaktperson for saka er underteikna, Tor Einar Lien, einingsleiar for helse og omsorg. Eg har direkte telefon 32 08 42 55 og mobil 934 17 620, og e-postadressa mi er tor.einar.lien@hallingvik.kommune.no. {DPO_PROSE} Databehandlarane og kontaktpersonane der står i tabellen i kapittel 1 i DPIA-en.

Vedlagt følgjer:

- DPIA for digitalt tilsyn, versjon 1.2
- Særutskrift frå kommunedirektøren si leiargruppe, sak 88/26

Med helsing

~ Tor Einar Lien
~ einingsleiar helse og omsorg

Dokumentet er elektronisk godkjent og har difor ingen handskriven signatur."""
    ok = "DPIA-en vart lagd fram for kommunedirektøren si leiargruppe 13. oktober og 3. november 2026. Sjå særutskrift i eige vedlegg."
    decided = "1. Leiargruppa godkjenner vurderinga av personvernkonsekvensar for digitalt tilsyn, versjon 1.2, og sluttar seg til funna og tiltaka i ho.\n2. Restrisikoen er høg. Kommunedirektøren ber Datatilsynet om førehandsdrøfting før tiltaket vert sett i verk.\n3. Tiltaket skal evaluerast etter eitt år."
    heard = "Innspel frå eldrerådet, Demensforeininga lokalt, hovudtillitsvalde og personvernombodet er tekne inn i kapittel 2 og 3 i vurderinga."
    return [
        (
            "Oversendingsbrev_26-1187.pdf",
            kit.to_pdf(
                letter(
                    "26/1187-4",
                    "Tor Einar Lien",
                    "10.11.2026",
                    "Førespurnad om førehandsdrøfting – digitalt tilsyn i heimen",
                    body,
                )
            ),
        ),
        (
            "DPIA_digitalt_tilsyn_v1-2.odt",
            kit.to_odt(dpia(TA1, "1.2, 28.10.2026", "Helse og omsorg", ok)),
        ),
        (
            "Saerutskrift_KDLG_sak_88-26.pdf",
            saerutskrift(TA1, "88/26", "03.11.2026", "13.10.2026 (sak 81/26)", heard, decided),
        ),
    ]


def c001() -> tuple[EmailMessage, Label]:
    body = kit.txt("""
        Hei

        Vedlagt følgjer oversendingsbrev, DPIA og særutskrift i saka om digitalt tilsyn i heimen. Sei frå om noko manglar.

        Helsing
        Tor Einar Lien
        Einingsleiar helse og omsorg
        Hallingvik kommune
        """)
    msg = mail(
        "C001",
        TOR,
        "Førespurnad om førehandsdrøfting – digitalt tilsyn (vår ref. 26/1187)",
        kit.when(11, 10, 13, 4),
        body,
        _ta1_files(),
    )
    return msg, label(
        (
            "contact_prose_letter",
            "cover_letter_pdf",
            "processor_contact_table",
            "subprocessor_listed",
            "odt",
            "headings_question",
            "part5_scanned_extract",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        "complete; contacts in prose in the covering letter, DPO shared with two municipalities, processors in the DPIA's table",
    )


TA2_OK = "Vurderinga vart handsama i kommunedirektøren si leiargruppe 20. oktober og 10. november 2026. Særutskrift er lagd ved."
TA2_HEARD = "Elevråda ved dei tre skulane, FAU, Utdanningsforbundet og personvernombodet har kome med innspel, og reservasjonsretten vart lagd til etter innspel frå FAU."
TA2_DECIDED = "1. Leiargruppa godkjenner vurderinga av personvernkonsekvensar for læringsanalyse, versjon 2.0, med dei tiltaka som er skildra.\n2. Restrisikoen er høg. Saka vert send Datatilsynet for førehandsdrøfting.\n3. Tiltaket kan ikkje setjast i verk før Datatilsynet har svart."


def _ta2_letter(dpo: str, date: str, ref: str, extra: str = "") -> str:
    body = f"""{extra}Oppvekstsektoren i Hallingvik kommune planlegg å ta i bruk læringsanalyse for å fange opp elevar i ungdomsskulen som står i fare for å falle ut. Vi har gjennomført ei vurdering av personvernkonsekvensar og meiner restrisikoen framleis er høg. Vi ber difor om førehandsdrøfting.

Eg er kontaktperson for saka og kan nåast på telefon 32 08 43 02 eller 952 70 118, e-post oddny.kvamme@hallingvik.kommune.no. {dpo} Leverandøren, Læringsløypa AS, er databehandlar; kontaktperson der står i DPIA-en.

Med helsing

~ Oddny Kvamme
~ kommunalsjef oppvekst

Dokumentet er elektronisk godkjent og har difor ingen handskriven signatur."""
    return letter(
        ref,
        "Oddny Kvamme",
        date,
        "Førespurnad om førehandsdrøfting – læringsanalyse i ungdomsskulen",
        body,
    )


def _ta2_files(dpo: str, date: str, ref: str, extra: str = "") -> list[kit.Attachment]:
    return [
        ("Brev_til_Datatilsynet.pdf", kit.to_pdf(_ta2_letter(dpo, date, ref, extra))),
        (
            "DPIA_laeringsanalyse_v2-0.odt",
            kit.to_odt(dpia(TA2, "2.0, 04.11.2026", "Oppvekst", TA2_OK)),
        ),
        (
            "Saerutskrift_sak_92-26.pdf",
            saerutskrift(
                TA2, "92/26", "10.11.2026", "20.10.2026 (sak 84/26)", TA2_HEARD, TA2_DECIDED
            ),
        ),
    ]


def c021() -> tuple[EmailMessage, Label]:
    dpo = "Personvernombodet vårt er Randi Øvrebø, som er felles ombod for Hallingvik, Ølbu og Nesdal; ho kan nåast via postmottak@nesdal.kommune.no."
    body = kit.txt("""
        Til Datatilsynet

        Sjå vedlagt brev med vedlegg.

        Venleg helsing
        Oddny Kvamme
        kommunalsjef oppvekst, Hallingvik kommune
        """)
    msg = mail(
        "C021",
        ODDNY,
        "Læringsanalyse – førespurnad om førehandsdrøfting",
        kit.when(11, 16, 9, 41),
        body,
        _ta2_files(dpo, "16.11.2026", "26/1310-2"),
    )
    return msg, label(
        (
            "contact_prose_letter",
            "cover_letter_pdf",
            "processor_contact_table",
            "odt",
            "headings_question",
            "part5_scanned_extract",
            "p1_dpo_generic_mailbox_no_phone",
        ),
        "none",
        "DPO given only by name and the neighbour municipality's postmottak address, no phone; all else present",
        (1,),
    )


def c041() -> tuple[EmailMessage, Label]:
    dpo = DPO_PROSE
    extra = "Vi viser til brevet dykkar av 24.11.2026 og sender førespurnaden på nytt med fullstendige kontaktopplysningar for personvernombodet.\n\n"
    quoted = kit.quoted(
        "Frå: Datatilsynet <postkasse@datatilsynet.no>\nSendt: 24. november 2026 10:12\nEmne: Dykkar førespurnad om førehandsdrøfting – læringsanalyse\n\nVi har motteke førespurnaden dykkar. Vi ber om at de sender telefonnummer og e-postadresse til personvernombodet, slik at vi kan handsame saka.\n\nMed venleg helsing\nDatatilsynet"
    )
    body = (
        "Hei\n\nHer er førespurnaden på nytt med alle vedlegga. Oversendingsbrevet er retta: personvernombodet sine kontaktopplysningar står no der.\n\nVenleg helsing\nOddny Kvamme\nkommunalsjef oppvekst, Hallingvik kommune\ntlf. 32 08 43 02\n\n"
        + quoted
    )
    msg = mail(
        "C041",
        ODDNY,
        "SV: Dykkar førespurnad om førehandsdrøfting – læringsanalyse",
        kit.when(11, 26, 14, 20),
        body,
        _ta2_files(dpo, "26.11.2026", "26/1310-6", extra),
    )
    return msg, label(
        (
            "contact_prose_letter",
            "cover_letter_pdf",
            "processor_contact_table",
            "odt",
            "headings_question",
            "part5_scanned_extract",
            "resubmission_complete",
            "reply_in_thread",
        ),
        "pgp_mime",
        "complete resubmission of C021 after a deficiency letter; DPO now with phone and e-mail",
    )


# --- even half: TA3, TA4 ---------------------------------------------------------------------

HAVARD = "Håvard Rust <havard.rust@hallingvik.kommune.no>"
SIGRID = "Sigrid Haugland Bø <sigrid.haugland.bo@hallingvik.kommune.no>"


def c002() -> tuple[EmailMessage, Label]:
    contacts = table(
        ("Rolle", "Namn", "Telefon", "E-post"),
        [
            (
                "Kontaktperson, Hallingvik kommune",
                "Håvard Rust, barnevernsleiar",
                "32 08 44 60 / 977 03 512",
                "havard.rust@hallingvik.kommune.no",
            ),
            (
                "Personvernombod (felles for Hallingvik, Ølbu og Nesdal, tilsett i Nesdal kommune)",
                "Randi Øvrebø",
                "+47 470 12 338",
                "randi.ovrebo@nesdal.kommune.no",
            ),
            (
                "Databehandlar: Talesporet AS, org.nr. 924 118 630",
                "Jon Ivar Hestad, dagleg leiar",
                "55 21 70 62",
                "jon.ivar@talesporet.no",
            ),
            (
                "Underdatabehandlar: Nordavind Sky AB, Stockholm",
                "Linnea Hallberg",
                "+46 8 410 552 30",
                "linnea.hallberg@nordavindsky.se",
            ),
        ],
    )
    body = f"""Barnevernstenesta i Hallingvik kommune ber om førehandsdrøfting for bruk av KI til å lage utkast til samtalereferat. Vurderinga av personvernkonsekvensar er gjennomført og har vore handsama i leiargruppa to gonger. Restrisikoen er framleis høg.

Kontaktopplysningar:

{contacts}

Vedlegg: DPIA (versjon 1.1) og særutskrift frå leiargruppa, sak 97/26.

Med helsing

~ Håvard Rust
~ barnevernsleiar

Dokumentet er elektronisk godkjent og har difor ingen handskriven signatur."""
    ok = "Handsama i kommunedirektøren si leiargruppe 27.10. og 17.11.2026, sak 97/26."
    heard = "Ungdomsrådet, Barneombodet sitt rettleiingsmateriell, hovudtillitsvalde i Fellesorganisasjonen og personvernombodet har gitt innspel; aldersgrensa på 12 år kom etter innspel frå ungdomsrådet."
    decided = "1. Leiargruppa godkjenner DPIA for KI-transkribering i barnevernstenesta, versjon 1.1.\n2. Leiargruppa har vurdert tiltaka som ikkje er gjennomførte og godtek grunngjevinga.\n3. Restrisikoen er høg, og kommunen ber om førehandsdrøfting hjå Datatilsynet."
    files = [
        (
            "Oversendingsbrev_KI-transkribering.odt",
            kit.to_odt(
                letter(
                    "26/1402-3",
                    "Håvard Rust",
                    "18.11.2026",
                    "Førehandsdrøfting – KI-transkribering av samtalar i barnevernet",
                    body,
                )
            ),
        ),
        (
            "DPIA_KI-transkribering_v1-1.odt",
            kit.to_odt(dpia(TA3, "1.1, 12.11.2026", "Barnevernstenesta", ok)),
        ),
        (
            "Saerutskrift_97-26.pdf",
            saerutskrift(TA3, "97/26", "17.11.2026", "27.10.2026 (sak 86/26)", heard, decided),
        ),
    ]
    mbody = kit.txt("""
        Hei,

        oversender førespurnad om førehandsdrøfting med vedlegg.

        mvh
        Håvard Rust
        barnevernsleiar
        Hallingvik kommune
        """)
    msg = mail(
        "C002",
        HAVARD,
        "Førehandsdrøfting – KI-transkribering barnevern",
        kit.when(11, 18, 15, 2),
        mbody,
        files,
    )
    return msg, label(
        (
            "contact_odt_table",
            "cover_letter_odt",
            "subprocessor_listed",
            "phone_foreign",
            "odt",
            "headings_question",
            "part5_scanned_extract",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        "complete; contacts as an ODT table in the covering letter incl. processor and Swedish sub-processor",
    )


def c022() -> tuple[EmailMessage, Label]:
    body = f"""Hallingvik kommune ber om førehandsdrøfting for ei planlagd samkøyring av registerdata for å nå barn i familiar med vedvarande låg inntekt.

Kontaktperson er Sigrid Haugland Bø, rådgjevar digitalisering, telefon 32 08 41 17 / 918 44 203, sigrid.haugland.bo@hallingvik.kommune.no. {DPO_PROSE} Analysearbeidet vert gjort av ein databehandlar, Analysehuset Vest AS.

Vi legg ved DPIA-en og særutskrift frå leiargruppa.

Med helsing

~ Sigrid Haugland Bø
~ rådgjevar digitalisering

Dokumentet er elektronisk godkjent og har difor ingen handskriven signatur."""
    ok = "Handsama i leiargruppa 3.11. og 24.11.2026 (sak 101/26)."
    heard = "NAV-leiar, helsestasjonen, rektorane, Redd Barna lokallag og personvernombodet har gitt innspel. Reservasjonsretten kom etter innspel frå personvernombodet."
    decided = "1. Leiargruppa godkjenner vurderinga av personvernkonsekvensar for samkøyring av registerdata.\n2. Restrisikoen er høg, og kommunedirektøren ber om førehandsdrøfting."
    files = [
        (
            "Brev_forehandsdrofting_26-1455.pdf",
            kit.to_pdf(
                letter(
                    "26/1455-2",
                    "Sigrid Haugland Bø",
                    "25.11.2026",
                    "Førespurnad om førehandsdrøfting – tidleg innsats mot barnefattigdom",
                    body,
                )
            ),
        ),
        (
            "DPIA_samkoyring_v1-0.odt",
            kit.to_odt(dpia(TA4, "1.0, 20.11.2026", "Stab og støtte / Familiens hus", ok)),
        ),
        (
            "Saerutskrift_101-26.pdf",
            saerutskrift(TA4, "101/26", "24.11.2026", "3.11.2026 (sak 90/26)", heard, decided),
        ),
    ]
    mbody = kit.txt("""
        God dag

        Vedlagt er førespurnad om førehandsdrøfting.

        Helsing
        Sigrid Haugland Bø
        rådgjevar digitalisering
        32 08 41 17
        """)
    msg = mail(
        "C022",
        SIGRID,
        "Førespurnad om førehandsdrøfting – samkøyring for tidleg innsats",
        kit.when(11, 25, 11, 37),
        mbody,
        files,
    )
    return msg, label(
        (
            "contact_prose_letter",
            "cover_letter_pdf",
            "odt",
            "headings_question",
            "part5_scanned_extract",
            "p1_processor_named_no_contact",
        ),
        "none",
        "processor Analysehuset Vest AS named in letter and DPIA but no contact person, phone or e-mail anywhere",
        (1,),
    )


def c042() -> tuple[EmailMessage, Label]:
    body = kit.txt("""
        Til Datatilsynet

        Melding om nytt felles personvernombod

        Hallingvik, Ølbu og Nesdal kommunar har frå 1. januar 2027 nytt felles personvernombod. Randi Øvrebø går over i anna stilling i Nesdal kommune. Nytt ombod er:

        Gunnhild Teigen
        Personvernombod for Hallingvik, Ølbu og Nesdal kommunar (tilsett i Nesdal kommune)
        Telefon: 32 06 77 94, mobil 413 08 552
        E-post: gunnhild.teigen@nesdal.kommune.no

        Kontaktperson i Hallingvik kommune for dette er underteikna. Meldinga gjeld òg for dei sakene vi har til handsaming hjå dykk, mellom anna førespurnaden om førehandsdrøfting om KI-transkribering i barnevernet (vår ref. 26/1402). Den saka har vi ingenting nytt å leggje til no.

        Vi har registrert endringa i Altinn.

        Med helsing
        Sigrid Haugland Bø
        rådgjevar digitalisering, Hallingvik kommune
        Tlf. 32 08 41 17 | Mob. 918 44 203
        """)
    msg = kit.message(
        "C042",
        SIGRID,
        "Melding om nytt personvernombod frå 1.1.2027",
        kit.when(12, 14, 10, 5),
        body,
    )
    return msg, Label(
        "nn",
        TAGS + ("nonrequest_dpo_notification", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "notice of a new shared DPO with full contact details; refers to a pending case but asks for nothing",
    )
