# ruff: noqa: E501
"""I: Stiftelsen Lysheim (bokmål). A foundation running a child-welfare institution and youth rehab.

Habits: a short mail; a printed and scanned contact sheet (image-only PDF, JPEG or PNG) in which the
DPO, bought from a consultancy, is given with the firm's org.nr. and address before the person;
a DPIA in PDF (once RTF) with headings of its own («Dagens situasjon og hva vi vil endre», «Hva som
kan ramme ungdommene»); approval as a photographed signed page.
"""

from __future__ import annotations

from email.message import EmailMessage

import kit
from kit import Label
from topic import Topic, bullets, lines, paras, pick
from topics_nb2 import TI1, TI2, TI3, TI4, TI5

BJORN = "Bjørn Ivar Moen <bjorn.ivar.moen@lysheim.no>"
TONJE = "Tonje Vik <tonje.vik@lysheim.no>"
TAGS = ("child_welfare_institution", "dpo_consultancy")
BJORN_C = "Kontaktperson\nBjørn Ivar Moen, institusjonsleder\nTelefon: 61 05 77 10 / mobil 907 14 552\nE-post: bjorn.ivar.moen@lysheim.no"
TONJE_C = "Kontaktperson\nTonje Vik, fagleder poliklinikk\nTelefon: 61 05 77 23\nE-post: tonje.vik@lysheim.no"
DPO_C = "Personvernombud\nPersonvernkontoret AS (innkjøpt tjeneste), org.nr. 918 224 660, Kirkegata 15, 0153 Oslo\nErik Sandvold, personvernombud\nTelefon: 22 11 09 80 / 941 12 765\nE-post: erik.sandvold@personvernkontoret.no"
FOOT = "Stiftelsen Lysheim, org.nr. 971 203 118, Lysheimveien 55, 2619 Lillehammer"


def sheet_text(title: str, blocks: list[str]) -> str:
    return (
        "STIFTELSEN LYSHEIM\nKontaktark – anmodning om forhåndsdrøftelse\nSak: "
        + title
        + "\n\n"
        + "\n\n".join(blocks)
        + "\n\n"
        + FOOT
    )


def dpia(
    t: Topic, unit: str, date: str, ok: str, gap: dict[str, str] | None = None, proc_text: str = ""
) -> str:
    what = f"{paras(t.what)}\n\n{lines(t.flow)}" + (f"\n\n{proc_text}" if proc_text else "")
    need = f"{paras(t.need)}\n\nSlik ivaretar vi ungdommenes rettigheter:\n\n{bullets(t.rights)}"
    risk = (
        bullets(
            [f"{r}. Sannsynlighet: {s}. Konsekvens: {k}. Tiltak: {m}." for r, s, k, m in t.risks]
        )
        + "\n\nDette har vi vurdert, men ikke gjort:\n\n"
        + bullets([f"{m} – {w}" for m, w in t.skipped])
        + f"\n\n{t.residual}"
    )
    return f"""# Personvernkonsekvensvurdering

{t.title}

~ Stiftelsen Lysheim, {unit}
~ Dato: {date}

## Dagens situasjon og hva vi vil endre

{pick(gap, "what", what)}

## Hvorfor vi mener dette er riktig

{pick(gap, "need", need)}

## Hva som kan ramme ungdommene

{pick(gap, "risk", risk)}

## Behandlet i ledelsen

{ok}
"""


def signed(t: Topic, dates: str, heard: str, date: str) -> bytes:
    return kit.scan_image(
        f"""STIFTELSEN LYSHEIM
Godkjenning av personvernkonsekvensvurdering
Gjelder: {t.title}

Ledergruppen behandlet vurderingen {dates}. Vi har gått gjennom funnene og restrisikoen. {heard}

Vedtak: Vurderingen godkjennes med de tiltakene som er beskrevet. Stiftelsen ber Datatilsynet om forhåndsdrøftelse.

Lillehammer, {date}

Marianne Rustad, daglig leder        sign. M. Rustad
Per Gunnar Hov, styreleder        sign. P. G. Hov""",
        "JPEG",
        -0.8,
    )


MAIL = "Hei\n\nVedlagt følger anmodning om forhåndsdrøftelse: {what}. Kontaktarket er skannet.\n\nMvh\n{sig}\n"
BJORN_SIG = "Bjørn Ivar Moen\nInstitusjonsleder, Lysheim ungdomshjem"
TONJE_SIG = "Tonje Vik\nFagleder, Lysheim poliklinikk"


def label(
    shapes: tuple[str, ...], note: str, missing: tuple[int, ...] = (), processor: str = "used"
) -> Label:
    return Label("nb", TAGS + shapes, "none", True, processor, note, missing)


# --- odd half: TI1, TI2, TI5 -----------------------------------------------------------------


def c017() -> tuple[EmailMessage, Label]:
    heard = "Ungdomsrådet på Lysheim, de tillitsvalgte, nattevaktene og personvernombudet har gitt innspill; kravet om at ungdommen kan se loggen kom fra ungdomsrådet."
    files = [
        ("Kontaktark_skannet.pdf", kit.scan_pdf([sheet_text(TI1.title, [BJORN_C, DPO_C])])),
        (
            "Personvernkonsekvensvurdering_nattevakt_sensorer.pdf",
            kit.to_pdf(
                dpia(
                    TI1,
                    "Lysheim ungdomshjem",
                    "26.10.2026",
                    "Ledergruppen har behandlet vurderingen to ganger og godkjent den. Signert godkjenning ligger ved som bilde.",
                )
            ),
        ),
        (
            "Godkjenning signert.jpg",
            signed(TI1, "12. oktober og 2. november 2026", heard, "2.11.2026"),
        ),
    ]
    msg = kit.message(
        "C017",
        BJORN,
        "Anmodning om forhåndsdrøftelse – sensorer på rom om natten",
        kit.when(11, 9, 10, 7),
        MAIL.format(what="elektronisk nattevakt med sensorer", sig=BJORN_SIG),
        attachments=files,
    )
    return msg, label(
        (
            "contact_sheet_scanned_pdf",
            "org_number_address",
            "processor_not_mentioned",
            "dpia_report_pdf",
            "headings_own",
            "risk_bullets",
            "part5_photographed_signatures",
        ),
        "complete; contacts only in a scanned contact sheet (image-only PDF); DPO from a consultancy; nothing said about processors",
        processor="unspecified",
    )


def c037() -> tuple[EmailMessage, Label]:
    gap = {
        "need": "[Her beskrives behovet for behandlingen, hvilke alternativer som er vurdert og hvorfor behandlingen er forholdsmessig. Beskriv også tiltak for å ivareta de registrertes rettigheter (informasjon, innsyn, retting). Fjern denne teksten før dokumentet sendes.]"
    }
    p = TI2.procs[0]
    proc = f"Leverandør og databehandler: {p.org} (org.nr. {p.orgnr}), {p.addr}. Kontaktperson: {p.person}, {p.title}, tlf. {p.phone}, {p.email}."
    heard = "Ungdomsrådet, barneverntjenestene i tre plasseringskommuner og personvernombudet har gitt innspill."
    files = [
        ("Kontaktark_skannet.pdf", kit.scan_pdf([sheet_text(TI2.title, [TONJE_C, DPO_C])])),
        (
            "DPIA_rusmiddeltester.pdf",
            kit.to_pdf(
                dpia(
                    TI2,
                    "rusbehandlingsavdelingen",
                    "13.11.2026",
                    "Godkjent av ledergruppen 23.11.2026, se signert side.",
                    gap,
                    proc,
                )
            ),
        ),
        (
            "Godkjenning_rusmiddeltester.jpg",
            signed(TI2, "9. og 23. november 2026", heard, "23.11.2026"),
        ),
    ]
    msg = kit.message(
        "C037",
        TONJE,
        "Forhåndsdrøftelse – digital registrering av rusmiddeltester",
        kit.when(11, 26, 13, 31),
        MAIL.format(
            what="digital registrering av rusmiddeltester med melding til barneverntjenesten",
            sig=TONJE_SIG,
        ),
        attachments=files,
    )
    return msg, label(
        (
            "contact_sheet_scanned_pdf",
            "org_number_address",
            "processor_contact_in_description",
            "dpia_report_pdf",
            "headings_own",
            "part5_photographed_signatures",
            "part3_template_guidance",
        ),
        "necessity section holds only the template's bracketed guidance («Fjern denne teksten…»); all else present",
        (3,),
    )


def c057() -> tuple[EmailMessage, Label]:
    dpo = "Personvernombud\nIkke oppnevnt ennå. Vi er i dialog med Personvernkontoret AS om å kjøpe tjenesten og gir beskjed når avtalen er på plass."
    heard = "Ungdomsrådet, terapeutene og fagforeningene har gitt innspill."
    files = [
        ("Kontaktark_skannet.pdf", kit.scan_pdf([sheet_text(TI5.title, [TONJE_C, dpo])])),
        (
            "DPIA_videoopptak_terapi.pdf",
            kit.to_pdf(
                dpia(TI5, "Lysheim poliklinikk", "20.11.2026", "Godkjent, se signert side.")
            ),
        ),
        (
            "Godkjenning_videoopptak.jpg",
            signed(TI5, "2. og 30. november 2026", heard, "30.11.2026"),
        ),
    ]
    msg = kit.message(
        "C057",
        TONJE,
        "Anmodning om forhåndsdrøftelse – videoopptak av terapisamtaler",
        kit.when(12, 2, 8, 49),
        MAIL.format(what="videoopptak av terapisamtaler til veiledning", sig=TONJE_SIG),
        attachments=files,
    )
    return msg, label(
        (
            "contact_sheet_scanned_pdf",
            "processor_not_mentioned",
            "dpia_report_pdf",
            "headings_own",
            "risk_bullets",
            "part5_photographed_signatures",
            "p1_no_dpo",
        ),
        "contact sheet says the DPO is «ikke oppnevnt ennå» – no DPO name, phone or e-mail",
        (1,),
        processor="unspecified",
    )


# --- even half: TI3, access request, TI4 -----------------------------------------------------


def c018() -> tuple[EmailMessage, Label]:
    p = TI3.procs[0]
    proc = f"Klokkene, appen og lagringen av posisjoner leveres av {p.org} ({p.addr}), som er vår databehandler. Kontaktperson der er {p.person}, {p.title}, telefon {p.phone}, e-post {p.email}."
    heard = "Ungdomsrådet, to ungdommer med erfaring fra rømning, Forandringsfabrikken (innspillsmøte), de tillitsvalgte og personvernombudet har gitt innspill; klokken ble gjort frivillig etter innspill fra ungdommene."
    photo = kit.scan_image(sheet_text(TI3.title, [BJORN_C, DPO_C]), "JPEG", 1.6)
    files = [
        ("Kontaktark.jpg", photo),
        (
            "DPIA_GPS-klokke.pdf",
            kit.to_pdf(
                dpia(
                    TI3,
                    "Lysheim ungdomshjem",
                    "05.11.2026",
                    "Godkjent av ledergruppen og styreleder 16.11.2026. Se signert side.",
                    proc_text=proc,
                )
            ),
        ),
        (
            "Godkjenning_GPS-klokke.jpg",
            signed(TI3, "26. oktober og 16. november 2026", heard, "16.11.2026"),
        ),
    ]
    msg = kit.message(
        "C018",
        BJORN,
        "Forhåndsdrøftelse GPS-klokke",
        kit.when(11, 18, 9, 23),
        MAIL.format(what="GPS-klokke for ungdom med høy rømningsfare", sig=BJORN_SIG).replace(
            "skannet", "tatt bilde av"
        ),
        attachments=files,
    )
    return msg, label(
        (
            "contact_sheet_photo_jpeg",
            "org_number_address",
            "processor_contact_in_description",
            "dpia_report_pdf",
            "headings_own",
            "risk_bullets",
            "part5_photographed_signatures",
        ),
        "complete; contact sheet photographed (JPEG); processor's contact written into the description of the processing",
    )


def c038() -> tuple[EmailMessage, Label]:
    body = kit.txt("""
        Til Datatilsynet

        Innsynsbegjæring

        Med henvisning til offentleglova ber vi om innsyn i Datatilsynets svar på forhåndsdrøftelsen om GPS-sporing av ungdom i en barnevernsinstitusjon i Trøndelag, som ble omtalt i Fontene i oktober. Vi kjenner ikke saksnummeret.

        Vi arbeider selv med et lignende tiltak og ønsker å se hvilke vurderinger dere gjorde. Dokumentene kan gjerne sendes på e-post.

        Mvh
        Bjørn Ivar Moen
        Institusjonsleder, Lysheim ungdomshjem
        Tlf. 907 14 552
        """)
    msg = kit.message(
        "C038",
        BJORN,
        "Innsynsbegjæring – forhåndsdrøftelse GPS-sporing i institusjon",
        kit.when(12, 4, 14, 40),
        body,
    )
    return msg, Label(
        "nb",
        TAGS + ("nonrequest_access_to_documents", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "request for access to documents in someone else's case under the Freedom of Information Act",
    )


def c058() -> tuple[EmailMessage, Label]:
    gap = {
        "risk": "Risikoen er drøftet i ledergruppen, og vi mener den er akseptabel med de tiltakene som er beskrevet over."
    }
    heard = "Tillitsvalgte, verneombudet og personvernombudet har gitt innspill."
    sheet = kit.scan_image(sheet_text(TI4.title, [BJORN_C, DPO_C]), "PNG", 0.0)
    files = [
        ("Kontaktark.png", sheet),
        (
            "DPIA voldsrisiko.rtf",
            kit.to_rtf(
                dpia(
                    TI4,
                    "Lysheim ungdomshjem",
                    "24.11.2026",
                    "Godkjent av daglig leder og styreleder, se signert side.",
                    gap,
                )
            ),
        ),
        (
            "Godkjenning voldsrisiko.jpg",
            signed(TI4, "10. og 24. november 2026", heard, "24.11.2026"),
        ),
    ]
    msg = kit.message(
        "C058",
        BJORN,
        "Anmodning om forhåndsdrøftelse – KI-analyse av journalnotater",
        kit.when(12, 8, 10, 12),
        MAIL.format(what="KI-analyse av journalnotater for å varsle voldsrisiko", sig=BJORN_SIG),
        attachments=files,
    )
    return msg, label(
        (
            "contact_sheet_scanned_png",
            "org_number_address",
            "processor_not_mentioned",
            "dpia_rtf",
            "headings_own",
            "part5_photographed_signatures",
            "risk_in_passing",
        ),
        "risk section is one sentence («drøftet i ledergruppen … akseptabel»): no risks, no measures; contacts and approval present",
        (4,),
        processor="unspecified",
    )
