# ruff: noqa: E501
"""J: Kraftverket Treningssentre AS (bokmål). A gym chain with unmanned night-time centres.

Habits: the CEO forwards the consultant's delivery mail; a report in DOCX written by a consultancy
with the client's contact person and DPO in a front table and the processor's contact written
into the description of the solution; a risk register in XLSX (1–4 scores); board decision as a
PDF; often all of it in a ZIP.
"""

from __future__ import annotations

from email.message import EmailMessage

import kit
from kit import Label
from topic import Topic, bullets, lines, paras, pick, table
from topics_nb2 import TJ1, TJ2, TJ3, TJ4, TJ5

SINDRE = "Sindre Lervik <sindre@kraftverket.no>"
MAJA = "Maja Skjetne <maja@kraftverket.no>"
TAGS = ("gym_chain",)
SCORE = {"Lav": "1", "Middels": "2", "Høy": "3"}
SINDRE_SIG = "Sindre Lervik\nDaglig leder | Kraftverket Treningssentre AS\nTlf 73 80 20 01 | Mob 412 90 336\nsindre@kraftverket.no"
MAJA_SIG = "Maja Skjetne\nMedlemsservicesjef\nKraftverket Treningssentre AS\n73 80 20 15 / 938 44 610\nmaja@kraftverket.no"


def front(date: str, contact: str) -> str:
    return table(
        (
            "Oppdragsgiver",
            "Kraftverket Treningssentre AS, org.nr. 915 774 320, Kanalveien 11, 7010 Trondheim",
        ),
        [
            ("Kontaktperson hos oppdragsgiver", contact),
            (
                "Personvernombud",
                "Vegar Sæther, personvernombud (IT-sjef), 73 80 20 09, vegar@kraftverket.no",
            ),
            ("Utarbeidet av", "Hilde Rønning, seniorrådgiver, Tryggdata Rådgivning AS"),
            ("Dato", date),
        ],
    )


def proc_sentence(t: Topic) -> str:
    p = t.procs[0]
    return f"Løsningen leveres og driftes av {p.org} (org.nr. {p.orgnr}, {p.addr}) som databehandler for Kraftverket; kontaktperson hos leverandøren er {p.person}, {p.title}, tlf. {p.phone}, {p.email}."


def report(t: Topic, date: str, contact: str, ok: str, gap: dict[str, str] | None = None) -> str:
    proc = proc_sentence(t) if t.procs else ""
    what = f"{t.what[0]} {proc}\n\n{t.what[1]}\n\n{lines(t.flow)}"
    need = f"{paras(t.need)}\n\nTiltak for medlemmenes rettigheter:\n\n{bullets(t.rights)}"
    risk = (
        "Alle risikoer er vurdert i det vedlagte risikoregisteret (1 = lav, 4 = svært høy). De viktigste er:\n\n"
        + bullets(
            [
                f"{r} – sannsynlighet {s.lower()}, konsekvens {k.lower()}; tiltak: {m}"
                for r, s, k, m in t.risks
            ]
        )
        + "\n\nVurdert, men ikke gjennomført:\n\n"
        + bullets([f"{m}: {w}" for m, w in t.skipped])
        + f"\n\n{t.residual}"
    )
    return f"""# Vurdering av personvernkonsekvenser

{t.title}

{front(date, contact)}

# 1 Innledning

Kraftverket Treningssentre AS har bedt Tryggdata Rådgivning AS om å gjennomføre en vurdering av personvernkonsekvenser. Rapporten bygger på to arbeidsmøter med ledelsen, IT og medlemsservice og på dokumentasjon fra leverandøren.

# 2 Løsningen i praksis

{pick(gap, "what", what)}

# 3 Er det nødvendig og forholdsmessig?

{pick(gap, "need", need)}

# 4 Risikobildet

{pick(gap, "risk", risk)}

# 5 Anbefaling og styrebehandling

{ok}
"""


def register(t: Topic) -> bytes:
    rows = [
        [
            "ID",
            "Risiko",
            "Sannsynlighet (1-4)",
            "Konsekvens (1-4)",
            "Risikonivå",
            "Tiltak",
            "Status",
        ]
    ]
    for i, (r, s, k, m) in enumerate(t.risks, 1):
        rows.append(
            [f"R{i}", r, SCORE[s], SCORE[k], str(int(SCORE[s]) * int(SCORE[k])), m, "Iverksatt"]
        )
    for i, (m, w) in enumerate(t.skipped, 1):
        rows.append([f"V{i}", "", "", "", "", m, f"Ikke iverksatt – {w}"])
    return kit.to_xlsx({"Risikoregister": rows})


def board(t: Topic, date: str, heard: str) -> bytes:
    return kit.to_pdf(f"""# Styrevedtak – Kraftverket Treningssentre AS

~ Styremøte {date}
~ Til stede: Ragnar Fossum (styreleder), Linda Strøm, Arve Kolstad, Sindre Lervik (daglig leder, uten stemmerett)

## Sak: Vurdering av personvernkonsekvenser – {t.title}

Daglig leder og Tryggdata Rådgivning la frem vurderingen og risikoregisteret med de viktigste funnene. Saken ble første gang drøftet i forrige styremøte. {heard}

Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser og tiltakene i den, og ber daglig leder be Datatilsynet om forhåndsdrøftelse. Løsningen tas ikke i bruk før Datatilsynet har svart.

~ Ragnar Fossum (sign.)    Linda Strøm (sign.)    Arve Kolstad (sign.)
""")


def consultant_mail(date: str, what: str) -> str:
    return kit.quoted(
        f"Fra: Hilde Rønning <hilde.ronning@tryggdata.no>\nSendt: {date}\nTil: Sindre Lervik <sindre@kraftverket.no>\nEmne: Leveranse: DPIA {what}\n\nHei Sindre,\n\nher er endelig versjon av rapporten og risikoregisteret. Ta kontakt om noe er uklart.\n\nVennlig hilsen\nHilde Rønning\nSeniorrådgiver, Tryggdata Rådgivning AS\n922 61 045"
    )


def label(
    shapes: tuple[str, ...],
    encrypt: str,
    note: str,
    missing: tuple[int, ...] = (),
    processor: str = "used",
) -> Label:
    return Label("nb", TAGS + shapes, encrypt, True, processor, note, missing)


SINDRE_CONTACT = "Sindre Lervik, daglig leder, 73 80 20 01 / 412 90 336, sindre@kraftverket.no"
MAJA_CONTACT = "Maja Skjetne, medlemsservicesjef, 73 80 20 15 / 938 44 610, maja@kraftverket.no"

# --- odd half: TJ1, TJ2, newsletter ----------------------------------------------------------


def c019() -> tuple[EmailMessage, Label]:
    heard = "Medlemsrådet, senterlederne og personvernombudet har gitt innspill; kort og PIN som likeverdig alternativ kom fra medlemsrådet."
    z = kit.to_zip(
        {
            "Rapport_DPIA_ansiktsgjenkjenning.docx": kit.to_docx(
                report(
                    TJ1,
                    "2.11.2026",
                    SINDRE_CONTACT,
                    "Tryggdata anbefaler at Kraftverket ber om forhåndsdrøftelse. Styret godkjente vurderingen 10.11.2026; se styrevedtaket.",
                )
            ),
            "Risikoregister_ansiktsgjenkjenning.xlsx": register(TJ1),
            "Styrevedtak_2026-11-10.pdf": board(TJ1, "10.11.2026", heard),
        }
    )
    body = f"Hei,\n\nKraftverket Treningssentre ber om forhåndsdrøftelse for ansiktsgjenkjenning ved inngangen til våre ubemannede sentre. Alle dokumentene ligger i zip-filen: rapporten fra Tryggdata, risikoregisteret og styrevedtaket. Kontaktinfo for meg og personvernombudet står på forsiden av rapporten.\n\n{SINDRE_SIG}\n\n{consultant_mail('3. november 2026 16:40', 'ansiktsgjenkjenning')}"
    msg = kit.message(
        "C019",
        SINDRE,
        "VS: Leveranse: DPIA ansiktsgjenkjenning – anmodning om forhåndsdrøftelse",
        kit.when(11, 12, 8, 2),
        body,
        attachments=[("Forhandsdroftelse_Kraftverket.zip", z)],
    )
    return msg, label(
        (
            "zip",
            "contact_front_table",
            "processor_contact_in_description",
            "quoted_thread",
            "dpia_report_docx",
            "headings_consultant",
            "risk_register_xlsx",
            "part5_board_decision_pdf",
            "risk_likelihood_consequence",
        ),
        "none",
        "complete; ZIP; contact and DPO in the report's front table, processor's contact written into the description",
    )


def c039() -> tuple[EmailMessage, Label]:
    heard = "Medlemsrådet og personvernombudet har gitt innspill; maskering av garderobeinngangen kom fra medlemsrådet."
    gap = {"risk": "Se vedlagt risikoregister (Risikoregister_KI-kamera.xlsx)."}
    files = [
        (
            "Rapport_DPIA_KI-kamera.docx",
            kit.to_docx(
                report(
                    TJ2,
                    "20.11.2026",
                    SINDRE_CONTACT,
                    "Styret godkjente vurderingen 1.12.2026, se styrevedtak.",
                    gap,
                )
            ),
        ),
        ("Risikoregister_KI-kamera.xlsx", b""),
        ("Styrevedtak_2026-12-01.pdf", board(TJ2, "01.12.2026", heard)),
    ]
    body = f"Hei,\n\nvi ber om forhåndsdrøftelse for KI-kamera med fjernvakt i de ubemannede sentrene. Vedlagt rapport, risikoregister og styrevedtak.\n\n{SINDRE_SIG}\n\n{consultant_mail('24. november 2026 11:05', 'KI-kamera')}"
    msg = kit.message(
        "C039",
        SINDRE,
        "VS: Leveranse: DPIA KI-kamera – forhåndsdrøftelse",
        kit.when(12, 2, 7, 58),
        body,
        attachments=files,
    )
    return msg, label(
        (
            "contact_front_table",
            "processor_contact_in_description",
            "quoted_thread",
            "dpia_report_docx",
            "headings_consultant",
            "zero_byte_risk_register",
        ),
        "pgp_mime",
        "risk chapter only points to the risk register, and the attached XLSX is zero bytes",
        (4,),
    )


def c059() -> tuple[EmailMessage, Label]:
    html = kit.to_html(
        """# Kraftverket-nytt desember 2026

Hei, kraftpakke! Her er det siste fra Kraftverket.

## Nytt senter på Tiller

Vi åpner nytt senter på Tiller 4. januar med egen sal for styrkeløft og 24/7-åpent.

## Inngang med ansiktet?

Vi jobber med å la medlemmer på ubemannede sentre gå inn med ansiktsgjenkjenning i stedet for kort. Det blir helt frivillig. Fordi dette er biometri, har vi bedt Datatilsynet om en forhåndsdrøftelse før vi tar det i bruk – vi holder dere oppdatert!

## Julaktivitet

Spinning med nissemusikk 19. desember på alle bemannede sentre.

Du får dette nyhetsbrevet fordi du er medlem eller samarbeidspartner. Meld deg av her.""",
        "Kraftverket-nytt",
    )
    msg = kit.message(
        "C059",
        "Kraftverket <nyhetsbrev@kraftverket.no>",
        "Kraftverket-nytt: nytt senter, ansiktsinngang og julespinning",
        kit.when(12, 11, 6, 30),
        html=html,
    )
    return msg, Label(
        "nb",
        TAGS + ("nonrequest_newsletter", "html_only_body", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "member newsletter that mentions an earlier prior consultation request; not a request",
    )


# --- even half: TJ3, TJ4, TJ5 ----------------------------------------------------------------


def c020() -> tuple[EmailMessage, Label]:
    heard = "Medlemsrådet, Nordvern Forsikring (om dataminimering) og personvernombudet har gitt innspill; pause ved sykdom kom fra medlemsrådet."
    z = kit.to_zip(
        {
            "DPIA_forsikringsrabatt.docx": kit.to_docx(
                report(
                    TJ3,
                    "9.11.2026",
                    MAJA_CONTACT,
                    "Anbefaling: forhåndsdrøftelse. Styret behandlet vurderingen 17.11.2026, se vedtak.",
                )
            ),
            "Risikoregister_forsikringsrabatt.xlsx": register(TJ3),
            "Styrevedtak_17-11-2026.pdf": board(TJ3, "17.11.2026", heard),
        }
    )
    body = f"Hei Datatilsynet,\n\nvedlagt (zip) ligger vår anmodning om forhåndsdrøftelse for deling av en aktivitetspoengsum med forsikringspartner. Kontaktperson er Maja Skjetne (se rapportens forside).\n\n{SINDRE_SIG}\n\n{consultant_mail('10. november 2026 09:30', 'forsikringsrabatt')}"
    msg = kit.message(
        "C020",
        SINDRE,
        "VS: Leveranse: DPIA forsikringsrabatt",
        kit.when(11, 19, 13, 12),
        body,
        attachments=[("DPIA_forsikringsrabatt.zip", z)],
    )
    return msg, label(
        (
            "zip",
            "contact_front_table",
            "processor_contact_in_description",
            "quoted_thread",
            "dpia_report_docx",
            "headings_consultant",
            "risk_register_xlsx",
            "part5_board_decision_pdf",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        "complete; ZIP; contact person (not the sender) and DPO on the report's front; processor's contact inside the description",
    )


def c040() -> tuple[EmailMessage, Label]:
    files = [
        (
            "Rapport_oppmotedata_bedrifter.docx",
            kit.to_docx(
                report(
                    TJ4,
                    "23.11.2026",
                    MAJA_CONTACT,
                    "Styret har behandlet saken, se vedlagt styrevedtak.",
                )
            ),
        ),
        ("Risikoregister_oppmotedata.xlsx", register(TJ4)),
        ("Styrevedtak.pdf", b""),
    ]
    body = f"Hei,\n\nher er anmodning om forhåndsdrøftelse for oppmøtestatistikk til arbeidsgivere med bedriftsmedlemskap. Rapport, risikoregister og styrevedtak er vedlagt.\n\n{MAJA_SIG}\n"
    msg = kit.message(
        "C040",
        MAJA,
        "Forhåndsdrøftelse – oppmøtedata til arbeidsgivere",
        kit.when(12, 1, 12, 55),
        body,
        attachments=files,
    )
    return msg, label(
        (
            "contact_front_table",
            "contact_signature",
            "processor_contact_in_description",
            "dpia_report_docx",
            "headings_consultant",
            "risk_register_xlsx",
            "zero_byte_approval",
        ),
        "none",
        "the board decision («Styrevedtak.pdf») is zero bytes; the report only points to it",
        (5,),
    )


def c060() -> tuple[EmailMessage, Label]:
    heard = "PT-ene, medlemsrådet, en ernæringsfysiolog og personvernombudet har gitt innspill; muligheten til å skjule fettprosent kom fra ernæringsfysiologen."
    ok = "Styret godkjente vurderingen 8.12.2026, se vedlagt styrevedtak."
    body = f"Hei,\n\nKraftverket ber om forhåndsdrøftelse for 3D-kroppsskanner hos personlig trener. Vi har ingen databehandler i denne løsningen – skanneren og lagringen er lokal på hvert senter. Vurderingen er skrevet av Tryggdata for oss; kontaktinfo til meg og personvernombudet står på forsiden.\n\nMvh\n{MAJA_SIG}\n"
    files = [
        ("DPIA_3D-kroppsskanner.docx", kit.to_docx(report(TJ5, "1.12.2026", MAJA_CONTACT, ok))),
        ("Risikoregister_3D-skanner.xlsx", register(TJ5)),
        ("Styrevedtak_2026-12-08.pdf", board(TJ5, "08.12.2026", heard)),
    ]
    msg = kit.message(
        "C060",
        MAJA,
        "Anmodning om forhåndsdrøftelse – 3D-kroppsskanner",
        kit.when(12, 9, 15, 33),
        body,
        attachments=files,
    )
    return msg, label(
        (
            "contact_front_table",
            "contact_signature",
            "processor_none_stated",
            "dpia_report_docx",
            "headings_consultant",
            "risk_register_xlsx",
            "part5_board_decision_pdf",
        ),
        "none",
        "complete; «Vi har ingen databehandler i denne løsningen»; contacts on the report's front and in the signature",
        processor="none",
    )
