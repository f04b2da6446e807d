# ruff: noqa: E501
"""B: Lindeberg Legesenter AS (bokmål). A GP practice whose DPO is bought from a law firm.

Habits: short, friendly mails from the practice manager, whose contact details travel as a vCard
(«visittkort vedlagt») rather than a signature; the DPO on a line in the body; a DPIA in DOCX on a
clinic template («Formål og omfang», «Hjemmel og behov», «Trusler og sårbarheter»), processors in
a table at the end; approval as board minutes or a signed page.
"""

from __future__ import annotations

from email.message import EmailMessage

import kit
from kit import Label
from topic import Topic, bullets, paras, pick, table
from topics_nb1 import TB1, TB2, TB3, TB4

MONICA = "Monica Aas <monica.aas@lindeberglege.no>"
JORGEN = "Jørgen Tveit <jorgen.tveit@lindeberglege.no>"
MONICA_VCF = (
    "Monica Aas.vcf",
    kit.vcard(
        "Monica Aas",
        "Lindeberg Legesenter AS",
        "Daglig leder",
        "+47 928 55 314",
        "monica.aas@lindeberglege.no",
    ),
)
HELENE_VCF = (
    "Helene Strand.vcf",
    kit.vcard(
        "Helene Strand",
        "Advokatfirmaet Strand & Berge DA",
        "Advokat / personvernombud for Lindeberg Legesenter AS",
        "+47 22 40 50 17",
        "helene.strand@strandberge.no",
    ),
)
DPO_LINE = "Personvernombud: advokat Helene Strand, Advokatfirmaet Strand & Berge DA (vi kjøper ombudstjenesten fra dem), direkte 22 40 50 17, helene.strand@strandberge.no."
TAGS = ("gp_practice", "dpo_law_firm")


def dpia(t: Topic, version: str, ok: str, gap: dict[str, str] | None = None) -> str:
    flow = table(("Hva", "Beskrivelse"), [(k, v) for k, v in t.flow])
    need = f"{paras(t.need)}\n\n## Tiltak for pasientenes rettigheter\n\n{bullets(t.rights)}"
    risk = (
        table(("Trussel", "Sannsynlighet", "Konsekvens", "Tiltak"), [tuple(r) for r in t.risks])
        + "\n\n## Tiltak som er vurdert, men ikke gjennomført\n\n"
        + table(("Tiltak", "Hvorfor ikke"), [tuple(s) for s in t.skipped])
        + f"\n\n{t.residual}"
    )
    procs = table(
        ("Databehandler", "Oppgave", "Kontaktperson", "Telefon", "E-post"),
        [(p.org, p.role, f"{p.person} ({p.title})", p.phone, p.email) for p in t.procs],
    )
    return f"""# Personvernkonsekvensvurdering (DPIA)

| Virksomhet | Lindeberg Legesenter AS, org.nr. 918 330 457 |
| Behandling | {t.title} |
| Versjon | {version} |
| Utarbeidet av | daglig leder og medisinsk ansvarlig lege, med råd fra personvernombudet |

## Formål og omfang

{pick(gap, "what", paras(t.what))}

## Informasjonsflyt

{pick(gap, "flow", flow)}

## Hjemmel og behov

{pick(gap, "need", need)}

## Trusler og sårbarheter

{pick(gap, "risk", risk)}

## Databehandlere

{procs}

## Godkjenning

{ok}
"""


def protocol(t: Topic, date: str, sak: str, findings: str, heard: str, decided: str) -> bytes:
    return kit.to_pdf(f"""# Lindeberg Legesenter AS – protokoll fra styremøte

~ Dato: {date}, kl. 18.00
~ Sted: møterommet, 2. etasje
~ Til stede: Kari Mo Solberg (styreleder), Jørgen Tveit, Anne Lise Brekke, Monica Aas (daglig leder, referent)
~ Personvernombud advokat Helene Strand deltok under sak {sak}.

## Sak {sak} Personvernkonsekvensvurdering – {t.title}

Daglig leder gikk gjennom vurderingen og de viktigste funnene: {findings}

{heard}

Vedtak: {decided}

~ Oslo, {date}
~ Kari Mo Solberg (sign.)    Jørgen Tveit (sign.)    Anne Lise Brekke (sign.)
""")


def label(shapes: tuple[str, ...], encrypt: str, note: str, missing: tuple[int, ...] = ()) -> Label:
    return Label("nb", TAGS + shapes, encrypt, True, "used", note, missing)


# --- odd half: TB1, TB2 ----------------------------------------------------------------------


def c003() -> tuple[EmailMessage, Label]:
    body = kit.txt(f"""
        Hei!

        Lindeberg Legesenter ber om forhåndsdrøftelse for videokonsultasjon med KI-assistert journalnotat. Vi har gjort en DPIA, og restrisikoen er fortsatt høy. DPIA og styreprotokoll ligger ved.

        Kontaktperson: undertegnede, visittkortet mitt ligger ved.
        {DPO_LINE}
        Databehandlerne (Konsultro og Talesmart) med kontaktpersoner står bakerst i DPIA-en.

        Mvh
        Monica
        """)
    files = [
        (
            "DPIA videokonsultasjon og KI-notat.docx",
            kit.to_docx(
                dpia(
                    TB1,
                    "1.3 – 14.10.2026",
                    "Behandlet og godkjent i styremøte 21.10.2026, sak 4/26. Se protokoll.",
                )
            ),
        ),
        (
            "Styreprotokoll 21.10.2026.pdf",
            protocol(
                TB1,
                "21.10.2026",
                "4/26",
                "høy restrisiko knyttet til KI på helseopplysninger, behovet for frivillighet og sletting av lyd.",
                "Pasientpanelet (fire pasienter) og legene og helsesekretærene har gitt innspill; kravet om at standardvalget er uten opptak kom fra pasientpanelet. Saken var også oppe i styremøtet 16.9.2026.",
                "Styret godkjenner DPIA versjon 1.3, med tiltakene som er beskrevet, og ber daglig leder be Datatilsynet om forhåndsdrøftelse.",
            ),
        ),
        MONICA_VCF,
    ]
    msg = kit.message(
        "C003",
        MONICA,
        "Forhåndsdrøftelse – videokonsultasjon og KI-notat",
        kit.when(11, 4, 8, 51),
        body,
        attachments=files,
    )
    return msg, label(
        (
            "contact_vcard",
            "contact_is_sender_stated",
            "processor_contact_table",
            "dpia_report_docx",
            "part5_board_minutes_pdf",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        "complete; contact person only via the attached vCard, DPO from a law firm on a body line, processors in the DPIA",
    )


JORGEN_SIG = "Jørgen Tveit\nFastlege, medisinsk ansvarlig lege\nLindeberg Legesenter AS\nTlf. 22 30 11 46\njorgen.tveit@lindeberglege.no"
TB2_FINDINGS = "profilering av helseopplysninger i stort omfang, risiko for skjevhet og behovet for reservasjonsrett."
TB2_HEARD = "Pasientpanelet og Diabetesforbundets lokallag har kommentert innkallingsbrevet. Legene støttet tiltaket."
TB2_DECIDED = "Styret godkjenner DPIA-en versjon 2.1 og tiltakene i den. Daglig leder ber Datatilsynet om forhåndsdrøftelse."


def c023() -> tuple[EmailMessage, Label]:
    body = kit.txt(f"""
        Til Datatilsynet

        Vi ønsker forhåndsdrøftelse av en algoritme som skal finne pasienter med høy risiko for diabetes type 2. DPIA-en er vedlagt.

        Kontaktperson er undertegnede (se signatur). {DPO_LINE} Databehandler er journalleverandøren Journalia AS; kontaktperson der står i DPIA-en.

        DPIA-en skal behandles i styremøtet 9. desember. Protokollen fra møtet ettersendes.

        Med vennlig hilsen

        {JORGEN_SIG.replace(chr(10), chr(10) + "        ")}
        """)
    ok = "Legges frem for styret 9.12.2026."
    files = [("DPIA diabetesrisiko v2.1.docx", kit.to_docx(dpia(TB2, "2.1 – 12.11.2026", ok)))]
    msg = kit.message(
        "C023",
        JORGEN,
        "Anmodning om forhåndsdrøftelse – risikoberegning diabetes",
        kit.when(11, 19, 16, 22),
        body,
        attachments=files,
    )
    return msg, label(
        (
            "contact_signature",
            "contact_is_sender_stated",
            "processor_contact_table",
            "dpia_report_docx",
            "part5_future_meeting",
            "part5_will_follow",
        ),
        "none",
        "management validation not yet done: DPIA goes to the board on 9 December, minutes «ettersendes»",
        (5,),
    )


def c043() -> tuple[EmailMessage, Label]:
    body = kit.txt(f"""
        Hei,

        som lovet i e-posten fra dr. Tveit 19. november ettersender vi protokollen fra styremøtet 9. desember. For ordens skyld legger vi ved DPIA-en på nytt, slik at dere har alt samlet.

        Kontaktperson er fortsatt dr. Jørgen Tveit, tlf. 22 30 11 46, jorgen.tveit@lindeberglege.no.
        {DPO_LINE}
        Journalia AS er databehandler, se tabellen i DPIA-en.

        Hilsen Monica (visittkort vedlagt)
        """)
    files = [
        (
            "DPIA diabetesrisiko v2.1.docx",
            kit.to_docx(
                dpia(
                    TB2, "2.1 – 12.11.2026", "Godkjent av styret 9.12.2026, sak 7/26. Se protokoll."
                )
            ),
        ),
        (
            "Protokoll styremøte 9.12.2026.pdf",
            protocol(TB2, "09.12.2026", "7/26", TB2_FINDINGS, TB2_HEARD, TB2_DECIDED),
        ),
        MONICA_VCF,
    ]
    msg = kit.message(
        "C043",
        MONICA,
        "Ettersending: forhåndsdrøftelse risikoberegning diabetes",
        kit.when(12, 10, 9, 3),
        body,
        attachments=files,
    )
    return msg, label(
        (
            "contact_in_body_lines",
            "contact_vcard",
            "processor_contact_table",
            "dpia_report_docx",
            "part5_board_minutes_pdf",
            "resubmission_complete",
        ),
        "none",
        "complete resubmission of C023 with the board minutes; contact person named in the body, sender's vCard attached",
    )


# --- even half: TB3, TB4 ---------------------------------------------------------------------


def c004() -> tuple[EmailMessage, Label]:
    body = kit.txt("""
        Hei,

        vedlagt er vår anmodning om forhåndsdrøftelse for bilder av hudforandringer med KI-sortering (DPIA og styreprotokoll).

        Jeg er kontaktperson (kontaktinfo i vedlagt vCard). Personvernombudet vårt er advokat Helene Strand i Advokatfirmaet Strand & Berge DA, sentralbord 22 40 50 00, helene.strand@strandberge.no. Leverandøren av appen er databehandler, se DPIA-en.

        Vennlig hilsen
        Monica Aas
        """)
    files = [
        (
            "DPIA hudbilder KI.docx",
            kit.to_docx(
                dpia(
                    TB3,
                    "1.0 – 02.11.2026",
                    "Godkjent i styremøte 11.11.2026, sak 6/26 (protokoll vedlagt).",
                )
            ),
        ),
        (
            "Styreprotokoll 11.11.2026.pdf",
            protocol(
                TB3,
                "11.11.2026",
                "6/26",
                "KI på bilder av kroppen gir høy restrisiko; særlig risikoen for skjevhet på mørk hud og falsk trygghet.",
                "Legene, en hudlege vi samarbeider med og pasientpanelet har gitt innspill. Saken ble første gang drøftet 14.10.2026.",
                "Styret godkjenner DPIA-en og ber om forhåndsdrøftelse hos Datatilsynet før appen tas i bruk.",
            ),
        ),
        MONICA_VCF,
    ]
    msg = kit.message(
        "C004",
        MONICA,
        "Anmodning om forhåndsdrøftelse – hudbilder med KI-sortering",
        kit.when(11, 13, 12, 30),
        body,
        attachments=files,
    )
    return msg, label(
        (
            "contact_vcard",
            "contact_is_sender_stated",
            "dpo_switchboard_phone",
            "processor_contact_table",
            "dpia_report_docx",
            "part5_board_minutes_pdf",
            "risk_likelihood_consequence",
        ),
        "none",
        "complete; contact via vCard; the law-firm DPO given with the firm's switchboard number and her own e-mail",
    )


def _tb4(ok: str) -> bytes:
    return kit.to_docx(dpia(TB4, "1.2 – 20.11.2026", ok))


def c024() -> tuple[EmailMessage, Label]:
    body = kit.txt(f"""
        Hei,

        vi har nå ferdigstilt DPIA for opptak og KI-sortering av telefonsamtaler, og sender den for forhåndsdrøftelse.

        Kontaktperson: meg (visittkort vedlagt).
        {DPO_LINE}
        Talesmart AS er databehandler, kontaktinfo i DPIA-en.

        Mvh
        Monica
        Lindeberg Legesenter
        """)
    ok = table(
        ("Rolle", "Navn", "Dato", "Signatur"),
        [
            ("Styreleder", "Kari Mo Solberg", "", ""),
            ("Daglig leder", "Monica Aas", "", ""),
            ("Medisinsk ansvarlig lege", "Jørgen Tveit", "", ""),
        ],
    )
    files = [("DPIA telefonopptak.docx", _tb4(ok)), MONICA_VCF]
    msg = kit.message(
        "C024",
        MONICA,
        "Forhåndsdrøftelse – opptak av telefonsamtaler",
        kit.when(11, 24, 14, 12),
        body,
        attachments=files,
    )
    return msg, label(
        (
            "contact_vcard",
            "contact_is_sender_stated",
            "processor_contact_table",
            "dpia_report_docx",
            "signoff_table_empty",
        ),
        "none",
        "approval section is a sign-off table with names but empty date and signature cells; nothing else documents a validation",
        (5,),
    )


def c044() -> tuple[EmailMessage, Label]:
    body = kit.txt(f"""
        Hei igjen,

        styret godkjente DPIA-en for telefonopptak i møtet 2. desember, og vi sender derfor saken på nytt med signert godkjenningsside. Vedlagt: DPIA, bilde av den signerte siden, og visittkort for meg og for personvernombudet.

        Kontaktperson: Monica Aas (se visittkort).
        {DPO_LINE}
        Databehandler: Talesmart AS, Rune Amundsen, 930 11 472, rune.amundsen@talesmart.no.

        Mvh
        Monica
        """)
    signed = kit.scan_image(
        """LINDEBERG LEGESENTER AS
Godkjenning av personvernkonsekvensvurdering (DPIA)
Behandling: Opptak og KI-sortering av telefonsamtaler til legekontoret, DPIA versjon 1.2

Styret har i møte 2.12.2026 gått gjennom vurderingen og funnene (særlig risikoen for feilsortering av akutte henvendelser og opptak av pårørende). Innspill fra helsesekretærene, pasientpanelet og personvernombudet er tatt inn. Styret godkjenner vurderingen og tiltakene og ber om forhåndsdrøftelse hos Datatilsynet.

Styreleder: Kari Mo Solberg     Dato: 2.12.2026     Signatur: K. M. Solberg
Daglig leder: Monica Aas     Dato: 2.12.2026     Signatur: Monica Aas
Medisinsk ansvarlig lege: Jørgen Tveit     Dato: 2.12.2026     Signatur: J. Tveit""",
        "JPEG",
        1.1,
    )
    files = [
        (
            "DPIA telefonopptak.docx",
            _tb4("Godkjent av styret 2.12.2026 – se signert side (bilde)."),
        ),
        ("Godkjenning signert.jpg", signed),
        MONICA_VCF,
        HELENE_VCF,
    ]
    msg = kit.message(
        "C044",
        MONICA,
        "SV: Forhåndsdrøftelse – opptak av telefonsamtaler (signert godkjenning)",
        kit.when(12, 3, 10, 48),
        body,
        attachments=files,
    )
    return msg, label(
        (
            "contact_vcard",
            "dpo_vcard",
            "processor_contact_body",
            "dpia_report_docx",
            "part5_photographed_signatures",
            "resubmission_complete",
        ),
        "none",
        "complete resubmission of C024 with a photographed signed approval page; contact and DPO vCards",
    )
