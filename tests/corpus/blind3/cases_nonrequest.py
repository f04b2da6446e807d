"""Messages to the same mailbox that are not requests for prior consultation (outcome: needs_review)."""

# ruff: noqa: E501, C901

from __future__ import annotations

from render import docx, message, pdf

CASES = []
NONE = {n: "missing" for n in range(1, 6)}


def case(fn):
    CASES.append(fn)
    return fn


@case
def must_we_ask():
    body = """Hei,

Vi i Lyngvik kommune vurderer å innføre en app der
innbyggere kan melde fra om hull i veien med bilde og posisjon. Bildene kan vise
personer og bilskilt.

Spørsmålet vårt er: må vi be om forhåndsdrøftelse for dette, eller holder det at vi
gjør en DPIA selv? Vi har ikke startet på DPIA-en ennå, og vil gjerne vite hva dere
anbefaler før vi går i gang.

Mvh
Knut Sele
IKT-rådgiver, Lyngvik kommune
51 77 40 12
"""
    m = message(
        sender="Knut Sele <knut.sele@lyngvik.kommune.no>",
        subject="Spørsmål: må vi be om forhåndsdrøftelse?",
        date=(2026, 11, 4, 9, 33),
        body=body,
        msgid_domain="lyngvik.kommune.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="unspecified",
        parts=NONE,
        shapes=["nonrequest_must_we_ask", "all_in_body"],
        note="asks whether prior consultation is needed; no DPIA exists",
    )


@case
def complaint_employer_camera():
    body = """Hei Datatilsynet

Jeg jobber på et lager i Drammen og arbeidsgiveren min har satt opp kamera i pauserommet
og i garderoben (over skapene). Vi fikk ingen informasjon før det ble satt opp, og
sjefen sier at "det er for å hindre tyveri". Jeg synes dette er veldig ubehagelig og
lurer på om det er lov. Kan dere se på dette? Jeg vil helst være anonym overfor
arbeidsgiver.

Hilsen
Mariam
"""
    m = message(
        sender="Mariam K. <mariam.k1994@epostmail.no>",
        subject="klage på kamera i garderobe på jobb",
        date=(2026, 11, 7, 23, 12),
        body=body,
        msgid_domain="epostmail.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="unspecified",
        parts=NONE,
        shapes=["nonrequest_complaint", "all_in_body"],
        note="an employee's complaint about cameras in a changing room",
    )


@case
def breach_notification():
    report = docx(
        [
            ("h1", "Avviksmelding – brudd på personopplysningssikkerheten"),
            (
                "table",
                [
                    ["Felt", "Opplysning"],
                    ["Virksomhet", "Nordvik Tannklinikk AS"],
                    ["Tidspunkt oppdaget", "12.11.2026 kl. 08.15"],
                    [
                        "Hva skjedde",
                        "En e-post med innkallinger til 214 pasienter ble sendt med alle adresser synlig (kopi, ikke blindkopi).",
                    ],
                    [
                        "Berørte",
                        "214 pasienter; navn og e-postadresse, og at de er pasienter hos oss",
                    ],
                    ["Tiltak", "Mottakere bedt om å slette; rutine endret; opplæring"],
                    ["Kontakt", "Klinikkleder Anne Grete Haug, 69 31 22 00, post@nordviktann.no"],
                ],
            ),
        ]
    )
    body = """Hei,

Vi melder med dette et avvik (brudd på personopplysningssikkerheten) etter GDPR art. 33.
Vi fant ikke riktig skjema i Altinn i farten og sender derfor på e-post innen 72 timer.
Detaljer i vedlegget.

Med vennlig hilsen
Anne Grete Haug
Klinikkleder, Nordvik Tannklinikk AS
"""
    m = message(
        sender="Anne Grete Haug <post@nordviktann.no>",
        subject="Avviksmelding – e-post sendt med synlige mottakere",
        date=(2026, 11, 12, 13, 2),
        body=body,
        attachments=[("Avviksmelding_2026-11-12.docx", report)],
        msgid_domain="nordviktann.no",
    )
    return m, dict(
        language="nb",
        encrypt="pgp_mime",
        processor="unspecified",
        parts=NONE,
        shapes=["nonrequest_breach_notification", "docx"],
        note="breach notification (Art. 33) sent to the mailbox",
    )


@case
def press_question():
    body = """Hello,

I'm a reporter with Nordic Tech Weekly. We're writing about facial recognition at ski
resorts and gyms in Scandinavia. Could you tell me:

1. How many requests for prior consultation concerning biometric access control you
   have received in 2026?
2. Whether any of them have been refused?
3. Whether someone at Datatilsynet would be available for a short interview this week?

Our deadline is Friday noon.

Thanks,
Oliver Strand
Nordic Tech Weekly | +46 70 412 33 08
"""
    m = message(
        sender="Oliver Strand <oliver.strand@nordictechweekly.com>",
        subject="Press inquiry: prior consultations on biometrics",
        date=(2026, 11, 17, 8, 55),
        body=body,
        msgid_domain="nordictechweekly.com",
    )
    return m, dict(
        language="en",
        encrypt="none",
        processor="unspecified",
        parts=NONE,
        shapes=["nonrequest_press", "all_in_body"],
        note="journalist's questions about prior consultations",
    )


@case
def invoice():
    faktura = pdf(
        [
            ("h1", "FAKTURA"),
            ("p", "Rådgivende Personvern AS, org.nr. 921 448 100 MVA"),
            (
                "table",
                [
                    ["Fakturanr.", "Fakturadato", "Forfall", "Kundenr."],
                    ["2026-1187", "01.12.2026", "15.12.2026", "10442"],
                ],
            ),
            (
                "p",
                "Til: Datatilsynet, postboks 458 Sentrum, 0105 Oslo. Deres ref.: kurs DPIA for tilsynsmedarbeidere.",
            ),
            (
                "table",
                [
                    ["Beskrivelse", "Antall", "Pris", "Beløp"],
                    ["Kursdag «DPIA i praksis», 19.11.2026", "1", "28 000,00", "28 000,00"],
                    ["Reise", "1", "1 640,00", "1 640,00"],
                    ["MVA 25 %", "", "", "7 410,00"],
                    ["Å betale", "", "", "37 050,00"],
                ],
            ),
            ("p", "Kontonummer 1503.44.81290. Merk betalingen med fakturanummer."),
        ]
    )
    body = """Hei,

Vedlagt faktura for kursdagen 19. november. Ta kontakt om noe er uklart.

Med vennlig hilsen
Regnskap – Rådgivende Personvern AS
"""
    m = message(
        sender="Regnskap <faktura@raadgivende-personvern.no>",
        subject="Faktura 2026-1187 fra Rådgivende Personvern AS",
        date=(2026, 12, 1, 7, 30),
        body=body,
        attachments=[("Faktura_2026-1187.pdf", faktura)],
        msgid_domain="raadgivende-personvern.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="unspecified",
        parts=NONE,
        shapes=["nonrequest_invoice", "pdf"],
        note="an invoice for a DPIA course; mentions DPIA but is no request",
    )


@case
def nn_dpia_for_comments():
    utkast = docx(
        [
            ("h1", "UTKAST – Vurdering av personvernkonsekvensar, trygglarm med kamera"),
            ("h2", "1 Skildring"),
            (
                "p",
                "Sunnvik kommune vurderer trygglarm med kamera som blir aktivert ved fall hos heimebuande eldre. "
                "Leverandør: Omsorgsteknikk AS (databehandlar). Om lag 300 brukarar.",
            ),
            ("h2", "2 Naudsyn"),
            ("p", "Kamera blir aktivert berre ved alarm; brukaren kan avslå kamera."),
            ("h2", "3 Risiko"),
            (
                "table",
                [
                    ["Risiko", "Nivå", "Tiltak"],
                    ["Kamera blir aktivert utan alarm", "Middels", "Logg"],
                    ["Bilete av pårørande/besøkande", "Låg", "Ingen lagring"],
                ],
            ),
        ]
    )
    body = """Hei

Vi held på med ei DPIA for trygglarm med kamera og har lagt ved eit tidleg utkast. Vi
ber ikkje om førehandsdrøfting no, men vi set stor pris på om de kan sjå over utkastet
og gje oss nokre innspel på om vi tenkjer rett, særleg om risikovurderinga er god nok.

Helsing
Randi Sæbø
personvernrådgjevar, Sunnvik kommune
"""
    m = message(
        sender="Randi Sæbø <randi.saebo@sunnvik.kommune.no>",
        subject="Innspel til DPIA-utkast – trygglarm med kamera",
        date=(2026, 11, 20, 12, 0),
        body=body,
        attachments=[("UTKAST_DPIA_trygglarm.docx", utkast)],
        msgid_domain="sunnvik.kommune.no",
    )
    return m, dict(
        language="nn",
        encrypt="none",
        processor="used",
        parts={1: "missing", 2: "present", 3: "present", 4: "present", 5: "missing"},
        shapes=["nonrequest_feedback_dpia", "docx"],
        note="draft DPIA sent only for comments, explicitly not a request",
    )


@case
def auto_reply():
    body = """Thank you for your email. I am out of the office until 7 December with limited access
to email. For urgent matters regarding our prior consultation, please contact our DPO at
dpo@sparkdating.no or call +47 928 01 377.

Best regards,
Jonas Berg
"""
    m = message(
        sender="Jonas Berg <jonas@sparkdating.no>",
        subject="Automatic reply: Your prior consultation request – acknowledgement of receipt",
        date=(2026, 12, 2, 14, 1),
        body=body,
        extra_headers=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("In-Reply-To", "<kvittering.1202@datatilsynet.no>"),
        ],
        msgid_domain="sparkdating.no",
    )
    return m, dict(
        language="en",
        encrypt="none",
        processor="unspecified",
        parts=NONE,
        shapes=["nonrequest_auto_reply", "auto_submitted_header"],
        note="out-of-office reply to Datatilsynet's receipt; mentions prior consultation",
    )


@case
def newsletter():
    html = """<html><body style="font-family:Arial;max-width:640px">
<div style="background:#0b3d6b;color:#fff;padding:16px"><h1>Personvernbrevet – desember 2026</h1></div>
<h2>Forhåndsdrøftelse: fem ting du må ha på plass</h2>
<p>Skal virksomheten din be Datatilsynet om forhåndsdrøftelse? Da må du blant annet sende
kontaktopplysninger til kontaktperson og personvernombud, en systematisk beskrivelse av behandlingen,
vurdering av nødvendighet og proporsjonalitet, risikovurdering og dokumentasjon av ledelsens
validering. Les vår sjekkliste.</p>
<h2>Kurs i januar</h2>
<p>«DPIA i praksis» – Oslo 14. januar, Bergen 21. januar. Early bird til 20. desember.</p>
<p style="font-size:11px;color:#777">Du mottar dette nyhetsbrevet fordi du har meldt deg på hos
Rådgivende Personvern AS. <a href="https://raadgivende-personvern.example/avmeld">Meld deg av</a>.</p>
</body></html>"""
    text = (
        "Personvernbrevet – desember 2026\n\nForhåndsdrøftelse: fem ting du må ha på plass. Les sjekklisten.\n"
        "Kurs i januar: «DPIA i praksis».\n\nMeld deg av: https://raadgivende-personvern.example/avmeld\n"
    )
    m = message(
        sender="Rådgivende Personvern <nyhetsbrev@raadgivende-personvern.no>",
        subject="Personvernbrevet desember: forhåndsdrøftelse – fem ting du må ha på plass",
        date=(2026, 12, 3, 6, 0),
        body=text,
        html=html,
        extra_headers=[
            ("List-Unsubscribe", "<https://raadgivende-personvern.example/avmeld>"),
            ("Precedence", "bulk"),
        ],
        msgid_domain="raadgivende-personvern.no",
    )
    return m, dict(
        language="nb",
        encrypt="none",
        processor="unspecified",
        parts=NONE,
        shapes=["nonrequest_newsletter", "multipart_alternative"],
        note="a consultancy's newsletter that lists the five parts",
    )
