# ruff: noqa: E501
# mypy: ignore-errors
"""Cases e033-e040: messages that are not requests for prior consultation."""

from __future__ import annotations

from cases_a import d, label
from kit import docx, message, pdf

NONE5 = "MMMMM"


def e033():
    body = """Hei,

Jeg vil klage på arbeidsgiveren min, Matkroken Lillevik. Sjefen har satt opp kamera inne på pauserommet og sier det er «på grunn av tyveri». Vi ble ikke informert før det var satt opp, og jeg vet at han ser på opptakene fra mobilen hjemme. Flere av oss synes dette er ubehagelig. Kan dere gjøre noe med det? Jeg vil helst være anonym overfor arbeidsgiver.

Hilsen
Mari (ansatt)
tlf 412 88 300
"""
    m = message(
        frm="mari.k.1991@gmail.com",
        subject="Klage kamera på pauserom",
        date=d(11, 18, 20, 14),
        msgid="<CAKx92mari@mail.gmail.com>",
        body=body,
    )
    return m, label(
        "e033",
        "nb",
        ["nonrequest_complaint", "all_in_body"],
        "none",
        "unspecified",
        NONE5,
        "needs_review",
        "employee complaint about camera in break room",
        is_request=False,
    )


def e034():
    html = """<html><body><h1>Personvern-nytt fra Juristhuset</h1><p><b>Desember 2026</b></p>
<h2>Ny veileder om forhåndsdrøftelser</h2><p>Når må du be Datatilsynet om forhåndsdrøftelse? Vi går gjennom kravene til DPIA, ledelsens validering og hva anmodningen må inneholde.</p>
<h2>Kurs: DPIA i praksis</h2><p>14. januar i Oslo. Påmelding på juristhuset.no/kurs.</p>
<p style="font-size:10px">Du mottar dette nyhetsbrevet fordi du har meldt deg på. <a href="https://juristhuset.no/avmeld">Meld deg av</a>.</p></body></html>"""
    plain = "Personvern-nytt fra Juristhuset – desember 2026\n\nNy veileder om forhåndsdrøftelser: når må du be Datatilsynet om forhåndsdrøftelse? Vi går gjennom kravene til DPIA, ledelsens validering og hva anmodningen må inneholde.\n\nKurs: DPIA i praksis, 14. januar i Oslo.\n\nMeld deg av: https://juristhuset.no/avmeld\n"
    m = message(
        frm="Juristhuset Nyhetsbrev <nyhetsbrev@juristhuset.no>",
        subject="Personvern-nytt desember: forhåndsdrøftelser og DPIA",
        date=d(12, 1, 7, 0),
        msgid="<nl-2026-12.77120@mailer.juristhuset.no>",
        body=plain,
        html=html,
        headers={"List-Unsubscribe": "<https://juristhuset.no/avmeld>", "Precedence": "bulk"},
    )
    return m, label(
        "e034",
        "nb",
        ["nonrequest_newsletter", "multipart_alternative"],
        "none",
        "unspecified",
        NONE5,
        "needs_review",
        "law firm newsletter mentioning prior consultation",
        is_request=False,
    )


def e035():
    body = """Hei,

Jeg er daglig leder i Solsiden Tannklinikk. Vi vurderer å ta i bruk et journalsystem med talegjenkjenning der lyd fra behandlingen sendes til en leverandør i EU. Vi har ikke gjort noen DPIA ennå.

Spørsmålet mitt er: må vi be om forhåndsdrøftelse hos dere for dette, eller holder det at vi gjør en DPIA selv? Og hvis vi må, hva bør vi sende?

Takk for hjelpen!

Vennlig hilsen
Kristin Aalen
Solsiden Tannklinikk AS
22 60 71 90
"""
    m = message(
        frm="Kristin Aalen <kristin@solsidentann.no>",
        subject="Spørsmål: må vi be om forhåndsdrøftelse?",
        date=d(11, 10, 10, 10),
        msgid="<solsiden-ka-1110@solsidentann.no>",
        body=body,
    )
    return m, label(
        "e035",
        "nb",
        ["nonrequest_must_we_ask", "all_in_body"],
        "none",
        "unspecified",
        NONE5,
        "needs_review",
        "dental clinic asks whether prior consultation is needed; no DPIA",
        is_request=False,
    )


def e036():
    body = """Avviksmelding – brudd på personopplysningssikkerheten (art. 33)

Virksomhet: Bryggen Tannhelse AS, org.nr. 912 440 317
Meldt av: Personvernombud Ole Hestnes, 55 90 12 33, ole.hestnes@bryggentann.no

Hva skjedde: 27.11.2026 kl. 14 ble en e-post med timeliste for 48 pasienter (navn, fødselsdato, behandlingstype) sendt til feil mottaker (en leverandør). Mottaker har bekreftet sletting.
Når ble det oppdaget: 27.11 kl. 15.10.
Berørte: 48 pasienter.
Tiltak: mottaker bekreftet sletting skriftlig; autofullføring av adresser er slått av; ansatte har fått ny opplæring.
Varsling av de registrerte: vurderes; risiko antas lav.

Foreløpig melding – vi ettersender endelig rapport.

Ole Hestnes
"""
    m = message(
        frm="Ole Hestnes <ole.hestnes@bryggentann.no>",
        subject="Avviksmelding – e-post til feil mottaker",
        date=d(11, 28, 9, 41),
        msgid="<bt-avvik-1128@bryggentann.no>",
        body=body,
    )
    return m, label(
        "e036",
        "nb",
        ["nonrequest_breach", "all_in_body"],
        "none",
        "unspecified",
        NONE5,
        "needs_review",
        "breach notification (avviksmelding), not a prior consultation",
        is_request=False,
    )


def e037():
    body = """Hi,

I'm a reporter with Nordic Tech Weekly. We're writing about companies using AI to monitor employees and I understand several Norwegian employers have asked Datatilsynet for prior consultation this year.

Could you tell me:
1) how many requests for prior consultation you received in 2026,
2) how many concerned employee monitoring,
3) whether any were refused?

Our deadline is Friday. A short comment from a spokesperson would also be great.

Best,
Jonas Whitfield
Nordic Tech Weekly
+44 20 7946 0331
"""
    m = message(
        frm="Jonas Whitfield <jonas.whitfield@nordictechweekly.com>",
        subject="Press enquiry: prior consultations on workplace AI",
        date=d(12, 3, 11, 22),
        msgid="<ntw-jw-20261203@nordictechweekly.com>",
        body=body,
    )
    return m, label(
        "e037",
        "en",
        ["nonrequest_press", "all_in_body"],
        "none",
        "unspecified",
        NONE5,
        "needs_review",
        "journalist asks for statistics",
        is_request=False,
    )


def e038():
    inv = pdf(
        [
            ("h", "FAKTURA 2026-1187"),
            "Kursleverandør: Personvernakademiet AS, org.nr. 999 112 553 MVA",
            "Kunde: Datatilsynet, Postboks 458 Sentrum, 0105 Oslo",
            "Fakturadato: 30.11.2026   Forfall: 30.12.2026   KID: 2026118700",
            (
                "t",
                [
                    ["Beskrivelse", "Antall", "Pris", "Sum"],
                    [
                        "Kurs «DPIA og forhåndsdrøftelser» 12.11.2026, deltakere",
                        "3",
                        "6 900,00",
                        "20 700,00",
                    ],
                    ["MVA 25 %", "", "", "5 175,00"],
                    ["Å betale", "", "", "25 875,00"],
                ],
            ),
            "Kontonummer 1503 44 18872",
        ]
    )
    body = (
        "Hei,\n\nVedlagt faktura for kurs 12. november.\n\nMvh\nRegnskap, Personvernakademiet AS\n"
    )
    m = message(
        frm="Personvernakademiet Regnskap <faktura@personvernakademiet.no>",
        subject="Faktura 2026-1187 – kurs DPIA og forhåndsdrøftelser",
        date=d(11, 30, 8, 30),
        msgid="<pva-faktura-20261187@personvernakademiet.no>",
        body=body,
        attachments=[("Faktura_2026-1187.pdf", inv)],
    )
    return m, label(
        "e038",
        "nb",
        ["nonrequest_invoice", "pdf"],
        "none",
        "unspecified",
        NONE5,
        "needs_review",
        "invoice for a course; words DPIA and forhåndsdrøftelse only in the course title",
        is_request=False,
    )


def e039():
    dpia = docx(
        [
            ("h", "UTKAST – DPIA: digital heimeoppfølging i barnevernet"),
            ("h", "Skildring"),
            "Volda kommune vurderer ein app der ungdom i barnevernstiltak kan sende stemningsrapportar og posisjon til kontaktpersonen sin. Om lag 40 ungdomar. Leverandør: Omsorgsapp AS (databehandlar).",
            ("h", "Naudsyn"),
            "Barnevernslova § 3-1. Frivillig for ungdomen. Alternativ: telefonkontakt (dagens praksis).",
            ("h", "Risiko"),
            (
                "t",
                [
                    ["Risiko", "Nivå"],
                    ["Ungdomen kjenner seg overvaka", "Høg"],
                    ["Posisjonsdata på avvegar", "Middels"],
                ],
            ),
        ]
    )
    body = """Hei Datatilsynet,

Vi i Volda kommune arbeider med ei DPIA for ein app i barnevernet og sender utkastet til dykk for innspel. Vi er ikkje sikre på om vi har vurdert risikoen rett, og vil gjerne ha ein uformell kommentar før vi går vidare. Dette er ikkje ein førespurnad om førehandsdrøfting – vi ønskjer heller eit rettleiingsmøte om de har høve.

Helsing
Astrid Hovden
rådgjevar, Volda kommune
70 05 87 20
"""
    m = message(
        frm="Astrid Hovden <astrid.hovden@volda.kommune.no>",
        subject="Innspel på DPIA-utkast – heimeoppfølging i barnevernet",
        date=d(11, 25, 13, 15),
        msgid="<volda-ah-1125@volda.kommune.no>",
        body=body,
        attachments=[("DPIA_utkast_barnevern.docx", dpia)],
    )
    return m, label(
        "e039",
        "nn",
        ["nonrequest_feedback_dpia", "nonrequest_guidance", "docx"],
        "none",
        "used",
        "MPPPM",
        "needs_review",
        "municipality sends draft DPIA for comments, explicitly not a request",
        is_request=False,
    )


def e040():
    body = """Thank you for your email. I am out of the office until 4 January 2027 with limited access to email.

For urgent matters regarding data protection at Aurora Fitness Group, please contact privacy@aurorafitness.no.

Best regards,
Thea Moland
Legal Counsel
"""
    m = message(
        frm="Thea Moland <thea.moland@aurorafitness.no>",
        subject="Automatic reply: Re: Your request for prior consultation – missing documentation",
        date=d(12, 4, 17, 2),
        msgid="<aurora-ooo-1204@aurorafitness.no>",
        body=body,
        headers={
            "Auto-Submitted": "auto-replied",
            "X-Autoreply": "yes",
            "In-Reply-To": "<dt-2026-12-04-1701@datatilsynet.no>",
        },
    )
    return m, label(
        "e040",
        "en",
        ["nonrequest_autoreply", "all_in_body"],
        "none",
        "unspecified",
        NONE5,
        "needs_review",
        "out-of-office auto-reply quoting a prior-consultation subject",
        is_request=False,
    )


CASES = [e033, e034, e035, e036, e037, e038, e039, e040]
