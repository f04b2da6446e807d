"""The ten fictional senders of blind7 and their template habits.

Each organisation writes with its own house template, so the same shapes recur with different
content, as they do in a real mailbox. Every name, number and address is invented.

A  Helse Vestfjord HF – regional health trust; numbered DPIA template HVF-MAL-PV-07 with a
   «Rolle | Navn | Telefon | E-post» table and a «Dokumenthistorikk og godkjenning» table.
B  Lumora Labs AS – start-up, English, everything in the mail, contacts in signatures.
C  Hallingvik kommune, IT-avdelingen – «Vedlegg N – …» files, label–value contact sheets whose
   processor block has org. number and address lines before the person.
D  Advokatfirmaet Strandlie & Moe AS – law firm for a client; letter with numbered prose sections,
   contacts in sentences, phones as 0047 …
E  Universitetet i Nordvik, research group – DPIA template with question headings and a
   «Kontaktinformasjon» page inside it, phones written as 8 digits.
F  Trygdevern Forsikring ASA – insurer; HTML mail with a contact table, DPIA DOCX in «Del A–D»,
   XLSX risk matrix.
G  Velora Mobility Nordic NUF – German group's Norwegian branch, English, nested ZIP packages,
   «Document control» table with sign-off, CSV risk register, international numbers.
H  Fjordbotn friskule SA – school owner writing nynorsk; question headings, prose contacts,
   board minutes photographed.
I  Kystlinjen Ferjeselskap AS – ferry operator; one PDF with «DEL n – …» capitals headings and a
   two-column label–value contact table, «tlf.» numbers.
J  Arbeidsinkluderingsdirektoratet – state agency; «Notat» memo with a header table and
   unnumbered headings, contacts in the mail signature, minutes of the director's meeting.
"""

from __future__ import annotations

# --- A Helse Vestfjord HF -------------------------------------------------------------------

A_DOMAIN = "helse-vestfjord.no"
A_DPO = (
    "Personvernombud",
    "Sigrun Aasheim",
    "+47 57 83 91 40",
    "personvernombud@helse-vestfjord.no",
)


def a_dpia(
    title: str,
    contacts: list[tuple[str, str, str, str]],
    description: str,
    necessity: str,
    risk: str,
    conclusion: str,
    history: list[tuple[str, str, str, str, str]],
) -> str:
    """Helse Vestfjord's DPIA template (HVF-MAL-PV-07 v3.2)."""
    rows = "\n".join(f"| {r} | {n} | {t} | {e} |" for r, n, t, e in contacts)
    hist = "\n".join(f"| {v} | {d} | {b} | {u} | {g} |" for v, d, b, u, g in history)
    return f"""
# Vurdering av personvernkonsekvenser (DPIA) – {title}

Helse Vestfjord HF. Mal HVF-MAL-PV-07, versjon 3.2. Gradering: Fortrolig (offentleglova § 13).

# 1 Kontaktinformasjon

| Rolle | Navn | Telefon | E-post |
{rows}

# 2 Systematisk beskrivelse av behandlingen

{description}

# 3 Vurdering av nødvendighet og proporsjonalitet

{necessity}

# 4 Risikovurdering

{risk}

# 5 Konklusjon

{conclusion}

# Dokumenthistorikk og godkjenning

| Versjon | Dato | Beskrivelse | Utført av | Godkjent av |
{hist}
"""


def a_signature(name: str, title: str, phone: str) -> str:
    return f"""
Med vennlig hilsen

{name}
{title}
Helse Vestfjord HF
Telefon {phone} | Sentralbord +47 57 83 90 00
www.helse-vestfjord.no
"""


# --- B Lumora Labs AS -----------------------------------------------------------------------

B_DOMAIN = "lumoralabs.no"


def b_signature(name: str, title: str, mobile: str, email: str) -> str:
    return f"""
--
{name} | {title} | Lumora Labs AS
M: {mobile} | {email}
Tollbugata 9, 0152 Oslo | lumoralabs.no
"""


# --- C Hallingvik kommune -------------------------------------------------------------------

C_DOMAIN = "hallingvik.kommune.no"


def c_cover(subject_line: str, files: list[str], sender: str, title: str) -> str:
    listed = "\n".join(f"- {f}" for f in files)
    return f"""Hei.

Hallingvik kommune ber med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36
for {subject_line}.

Dokumentasjonen følger som vedlegg:

{listed}

Ta kontakt om noe er uklart.

Vennlig hilsen

{sender}
{title}
IT-avdelingen, Hallingvik kommune
Rådhusvegen 4, 3579 Hallingvik
Sentralbord 32 14 80 00
"""


def c_contact_sheet(blocks: list[list[str]]) -> str:
    """Vedlegg 1: one label–value block per role, every line its own paragraph."""
    out = ["# Vedlegg 1 – Kontaktopplysninger"]
    for block in blocks:
        out.append(f"## {block[0]}")
        out.append("\n".join("~ " + ln for ln in block[1:]))
    return "\n\n".join(out)


def c_minutes(meeting: str, date: str, present: str, items: str) -> str:
    return f"""
# Hallingvik kommune – Møtebok

Utval: Kommunedirektørens leiargruppe
Møtedato: {date}
Møtested: Rådhuset, møterom Hallingskarvet

Til stades: {present}

# {meeting}

{items}
"""


# --- D Advokatfirmaet Strandlie & Moe AS ----------------------------------------------------

D_DOMAIN = "strandliemoe.no"


def d_letter(client: str, ref: str, date: str, sections: list[tuple[str, str]], lawyer: str) -> str:
    body = "\n\n".join(f"# {n}. {h}\n\n{t}" for n, (h, t) in enumerate(sections, 1))
    return f"""
Advokatfirmaet Strandlie & Moe AS
Kongens gate 31, 7011 Trondheim
Org.nr. 918 406 552 MVA

Datatilsynet
Postboks 458 Sentrum
0105 Oslo

Vår ref.: {ref}
Dato: {date}

# ANMODNING OM FORHÅNDSDRØFTELSE – {client.upper()}

{body}

Med vennlig hilsen
Advokatfirmaet Strandlie & Moe AS

{lawyer}
advokat (H)
"""


# --- E Universitetet i Nordvik --------------------------------------------------------------

E_DOMAIN = "uin.no"
E_DPO_NB = ("Personvernombud", "Tormod Kvalsvik", "77623190", "personvernombud@uin.no")


def e_dpia_nb(project: str, contacts: str, q: list[tuple[str, str]]) -> str:
    body = "\n\n".join(f"# {h}\n\n{t}" for h, t in q)
    return f"""
# Vurdering av personvernkonsekvenser – forskningsprosjekt

Prosjekt: {project}
Universitetet i Nordvik, Det helsevitenskapelige fakultet

# Kontaktinformasjon

{contacts}

{body}
"""


def e_dpia_en(project: str, contacts: str, q: list[tuple[str, str]]) -> str:
    body = "\n\n".join(f"# {h}\n\n{t}" for h, t in q)
    return f"""
# Data protection impact assessment – research project

Project: {project}
University of Nordvik, Faculty of Health Sciences

# Contact information

{contacts}

{body}
"""


# --- F Trygdevern Forsikring ASA ------------------------------------------------------------

F_DOMAIN = "trygdevern.no"


def f_contact_html(intro: str, rows: list[tuple[str, str, str, str]], outro: str) -> str:
    cells = "".join(
        f"<tr><td>{r}</td><td>{n}</td><td>{t}</td><td>{e}</td></tr>" for r, n, t, e in rows
    )
    return (
        '<html><head><meta charset="utf-8"></head><body style="font-family:Arial">'
        f"<p>{intro}</p>"
        '<table border="1" cellspacing="0" cellpadding="4"><tr><th>Rolle</th><th>Navn</th>'
        f"<th>Mob.</th><th>E-post</th></tr>{cells}</table>"
        f"<p>{outro}</p>"
        "<p>Med vennlig hilsen<br>Trygdevern Forsikring ASA<br>Compliance og personvern<br>"
        "Sjøgata 12, 5003 Bergen</p></body></html>"
    )


def f_contact_plain(intro: str, rows: list[tuple[str, str, str, str]], outro: str) -> str:
    lines = "\n".join(f"{r}: {n}, mob. {t}, {e}" for r, n, t, e in rows)
    return (
        f"{intro}\n\n{lines}\n\n{outro}\n\nMed vennlig hilsen\nTrygdevern Forsikring ASA\n"
        "Compliance og personvern\nSjøgata 12, 5003 Bergen\n"
    )


def f_dpia(title: str, a: str, b: str, c: str, d: str) -> str:
    return f"""
# Trygdevern Forsikring ASA – Personvernkonsekvensvurdering

Tiltak: {title}
Dokumenteier: Compliance og personvern

# Del A – Behandlingen

{a}

# Del B – Nødvendighet og forholdsmessighet

{b}

# Del C – Risiko for de registrerte

{c}

# Del D – Konklusjon og videre oppfølging

{d}
"""


F_MATRIX_HEAD = ["ID", "Hendelse", "Konsekvens for kunden", "S", "K", "Risiko", "Tiltak", "Status"]


# --- G Velora Mobility Nordic NUF -----------------------------------------------------------

G_DOMAIN = "velora-mobility.eu"


def g_doc_control(rows: list[tuple[str, str, str, str]]) -> str:
    body = "\n".join(f"| {v} | {d} | {a} | {s} |" for v, d, a, s in rows)
    return f"""
# Document control

| Version | Date | Author / change | Approval |
{body}
"""


def g_signature(name: str, title: str, phone: str, email: str) -> str:
    return f"""
Kind regards,
{name}
{title}
Velora Mobility Nordic NUF (branch of Velora Mobility GmbH)
Org. no. 927 310 664 | Karenslyst allé 20, 0278 Oslo
{phone} | {email}
"""


# --- H Fjordbotn friskule SA ----------------------------------------------------------------

H_DOMAIN = "fjordbotn.skule.no"


def h_signature(name: str, title: str, mobile: str, email: str) -> str:
    return f"""
Helsing
{name}
{title}, Fjordbotn friskule SA
mob. {mobile} – {email}
"""


# --- I Kystlinjen Ferjeselskap AS -----------------------------------------------------------

I_DOMAIN = "kystlinjen.no"


def i_package(parts: list[tuple[str, str]]) -> str:
    body = "\n\n".join(f"# DEL {n} – {h.upper()}\n\n{t}" for n, (h, t) in enumerate(parts, 1))
    return f"""
# KYSTLINJEN FERJESELSKAP AS

Anmodning om forhåndsdrøftelse etter personvernforordningen art. 36

{body}
"""


def i_signature(name: str, title: str, phone: str, email: str) -> str:
    return f"""
Mvh
{name}
{title}
Kystlinjen Ferjeselskap AS | Kaigata 2, 8006 Bodø
tlf. {phone} | {email}
"""


# --- J Arbeidsinkluderingsdirektoratet ------------------------------------------------------

J_DOMAIN = "aid.no"


def j_memo(title: str, saksnr: str, date: str, sections: list[tuple[str, str]]) -> str:
    body = "\n\n".join(f"# {h}\n\n{t}" for h, t in sections)
    return f"""
# Notat

| Til: | Datatilsynet |
| Fra: | Arbeidsinkluderingsdirektoratet |
| Saksnr.: | {saksnr} |
| Dato: | {date} |
| Gradering: | Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1 |

# {title}

{body}
"""


def j_signature(name: str, title: str, phone: str, email: str) -> str:
    return f"""
Med hilsen

{name}
{title}
Arbeidsinkluderingsdirektoratet
Telefon: {phone}
E-post: {email}
Besøksadresse: Schweigaards gate 40, Oslo | Postadresse: Postboks 1190 Sentrum, 0107 Oslo
"""
