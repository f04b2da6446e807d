# ruff: noqa: E501
"""The ten senders of blind22: people, signatures and each sender's own document templates.

Every sender is a professional organisation with long documents: front pages, revision and
approval tables, a table of contents, running headers and footers, a methodology chapter,
risk matrices and appendices. A builder takes a topic and knobs ``k`` saying what the case leaves
out or how it is broken:

- ``p1``: "dpo_no_phone", "proc_no_person", "contact_no_phone", "dpo_no_contact"
- ``p2``: "appendix_missing", "wrong_file"
- ``p3``: "under_arbeid", "method_only", "not_done"
- ``p4``: "template_empty", "under_arbeid", "listed_missing", "zero_byte"
- ``p5``: "draft", "pending", "listed_missing", "will_follow"
"""

from __future__ import annotations

import re
from typing import Any

from kit import message, scan_pdf, to_docx, to_odt, to_pdf, to_xlsx, to_zip
from topics import Person, Topic

K = dict[str, Any]

# --- Words per language ------------------------------------------------------------------

WORDS = {
    "nb": dict(
        purpose="Formål",
        nature="Hva behandlingen går ut på",
        scope="Omfang",
        context="Sammenheng og de registrerte",
        sources="Kilder",
        recipients="Mottakere",
        retention="Lagring og sletting",
        security="Informasjonssikkerhet",
        roles="Roller og ansvar",
        legal="Behandlingsgrunnlag",
        necessity="Er behandlingen nødvendig?",
        proportionality="Forholdsmessighet",
        safeguards="Tiltak og garantier",
        rights="De registrertes rettigheter",
        notdone="Tiltak som er vurdert, men ikke gjennomført",
        reason="Begrunnelse",
        who="Interessent",
        view="Innspill og oppfølging",
        role="Rolle",
        name="Navn",
        phone="Telefon",
        email="E-post",
        org="Virksomhet",
        contact="Kontaktperson hos behandlingsansvarlig",
        dpo="Personvernombud",
        proc="Databehandler",
        colours=("Grønn", "Gul", "Oransje", "Rød"),
        likelihood="Sannsynlighet",
        consequence="Konsekvens",
        page="Side {n} av {nb}",
    ),
    "nn": dict(
        purpose="Føremål",
        nature="Kva handsaminga går ut på",
        scope="Omfang",
        context="Samanheng og dei registrerte",
        sources="Kjelder",
        recipients="Mottakarar",
        retention="Lagring og sletting",
        security="Informasjonstryggleik",
        roles="Roller og ansvar",
        legal="Behandlingsgrunnlag",
        necessity="Er handsaminga naudsynt?",
        proportionality="Forholdsmessigheit",
        safeguards="Tiltak og garantiar",
        rights="Rettane til dei registrerte",
        notdone="Tiltak som er vurderte, men ikkje gjennomførte",
        reason="Grunngjeving",
        who="Interessent",
        view="Innspel og oppfølging",
        role="Rolle",
        name="Namn",
        phone="Telefon",
        email="E-post",
        org="Verksemd",
        contact="Kontaktperson hos behandlingsansvarleg",
        dpo="Personvernombod",
        proc="Databehandlar",
        colours=("Grøn", "Gul", "Oransje", "Raud"),
        likelihood="Sannsyn",
        consequence="Konsekvens",
        page="Side {n} av {nb}",
    ),
    "en": dict(
        purpose="Purpose",
        nature="Nature of the processing",
        scope="Scope",
        context="Context and data subjects",
        sources="Sources",
        recipients="Recipients",
        retention="Retention and deletion",
        security="Information security",
        roles="Roles and responsibilities",
        legal="Lawful basis",
        necessity="Necessity",
        proportionality="Proportionality",
        safeguards="Safeguards",
        rights="Data subject rights",
        notdone="Measures considered but not implemented",
        reason="Rationale",
        who="Stakeholder",
        view="Input and follow-up",
        role="Role",
        name="Name",
        phone="Phone",
        email="E-mail",
        org="Organisation",
        contact="Contact person (controller)",
        dpo="Data Protection Officer",
        proc="Processor",
        colours=("Green", "Amber", "Amber", "Red"),
        likelihood="Likelihood",
        consequence="Impact",
        page="Page {n} of {nb}",
    ),
}


def colour(lang: str, s: int, k: int, four: bool = True) -> str:
    g, y, o, r = WORDS[lang]["colours"]
    score = s * k
    if score >= 15:
        return r
    if score >= 10:
        return o if four else r if score >= 12 else y
    if score >= 5:
        return y
    return g


def matrix(
    t: Topic, title_row: str = "", empty: bool = False, four: bool = True, residual: bool = False
) -> str:
    """A 5x5 risk matrix: likelihood 5..1 down, consequence 1..5 across, colour word and risk ids."""
    w = WORDS[t.lang]
    head = (
        "| "
        + (title_row or f"{w['likelihood']} / {w['consequence']}")
        + " | "
        + " | ".join(str(c) for c in range(1, 6))
        + " |"
    )
    rows = [head]
    for s in range(5, 0, -1):
        cells = []
        for c in range(1, 6):
            ids = (
                []
                if empty
                else [
                    r.rid for r in t.risks if ((r.s2, r.k2) if residual else (r.s, r.k)) == (s, c)
                ]
            )
            cells.append(colour(t.lang, s, c, four) + (": " + ", ".join(ids) if ids else ""))
        rows.append(f"| {s} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def register(t: Topic, headers: tuple[str, ...], style: str = "full", empty_rows: int = 0) -> str:
    """A risk register. ``style`` full: id, risk, S, K, level, measure, residual; short: id, risk, S, K, measure."""
    rows = ["| " + " | ".join(headers) + " |"]
    if empty_rows:
        rows.extend(
            "| R" + str(i) + " |" + " |" * (len(headers) - 1) for i in range(1, empty_rows + 1)
        )
        return "\n".join(rows)
    for r in t.risks:
        if style == "full":
            rows.append(
                f"| {r.rid} | {r.text} | {r.s} | {r.k} | {colour(t.lang, r.s, r.k)} | {r.measure} | {r.s2}x{r.k2} ({colour(t.lang, r.s2, r.k2)}) |"
            )
        else:
            rows.append(f"| {r.rid} | {r.text} | {r.s} | {r.k} | {r.measure} |")
    return "\n".join(rows)


def toc(entries: list[str], start: int = 3) -> str:
    """A table of contents with dotted leaders and page numbers (as Word prints it)."""
    out = []
    page = start
    for i, e in enumerate(entries):
        dots = "." * max(4, 70 - len(e))
        out.append(f"{e} {dots} {page}")
        page += 1 + (i % 4 == 2)
    return "~ " + "\n".join(out)


def contacts_rows(t: Topic, k: K, with_org: bool = True) -> list[tuple[str, str, str, str, str]]:
    """(role, name/title, organisation, phone, e-mail) for contact, DPO and processor, with flaws."""
    w = WORDS[t.lang]
    c, d = t.contact, t.dpo
    p1 = k.get("p1")
    rows = [
        (
            w["contact"],
            f"{c.name}, {c.title}",
            t.controller,
            "" if p1 == "contact_no_phone" else c.phone,
            c.email,
        ),
    ]
    if p1 == "dpo_no_contact":
        rows.append((w["dpo"], d.name, t.controller, "", ""))
    else:
        rows.append(
            (
                w["dpo"],
                f"{d.name}, {d.title}",
                t.controller,
                "" if p1 == "dpo_no_phone" else d.phone,
                d.email,
            )
        )
    if t.processor:
        pr = t.processor
        if p1 == "proc_no_person":
            rows.append((w["proc"], "—", f"{pr.org} ({pr.service})", "", ""))
        else:
            rows.append(
                (
                    w["proc"],
                    f"{pr.person.name}, {pr.person.title}",
                    f"{pr.org}, org.nr. {pr.orgnr} ({pr.service})",
                    pr.person.phone,
                    pr.person.email,
                )
            )
    return rows


def contacts_table(t: Topic, k: K) -> str:
    w = WORDS[t.lang]
    rows = [f"| {w['role']} | {w['name']} | {w['org']} | {w['phone']} | {w['email']} |"]
    rows.extend("| " + " | ".join(r) + " |" for r in contacts_rows(t, k))
    return "\n".join(rows)


def description(
    t: Topic,
    sub: str = "##",
    keys: tuple[str, ...] = (
        "purpose",
        "nature",
        "scope",
        "context",
        "sources",
        "recipients",
        "retention",
        "security",
        "roles",
    ),
) -> str:
    w = WORDS[t.lang]
    return "\n\n".join(f"{sub} {w[key]}\n\n{getattr(t, key)}" for key in keys)


def necessity(t: Topic, sub: str = "##") -> str:
    w = WORDS[t.lang]
    out = [
        f"{sub} {w['legal']}\n\n{t.legal}",
        f"{sub} {w['necessity']}\n\n{t.necessity}",
        f"{sub} {w['proportionality']}\n\n{t.proportionality}",
    ]
    out.append(f"{sub} {w['safeguards']}\n\n" + "\n".join("- " + s for s in t.safeguards))
    out.append(f"{sub} {w['rights']}\n\n" + "\n".join("- " + s for s in t.rights))
    return "\n\n".join(out)


def notdone_table(t: Topic) -> str:
    w = WORDS[t.lang]
    rows = [f"| {w['notdone']} | {w['reason']} |"]
    rows.extend(f"| {m} | {r} |" for m, r in t.notdone)
    return "\n".join(rows)


def stakeholders_table(t: Topic) -> str:
    w = WORDS[t.lang]
    rows = [f"| {w['who']} | {w['view']} |"]
    rows.extend(f"| {a} | {b} |" for a, b in t.stakeholders)
    return "\n".join(rows)


def sign(p: Person, org: str, extra: str = "") -> str:
    lines = [p.name, p.title, org, f"Tlf. {p.phone}", p.email]
    if extra:
        lines.append(extra)
    return "\n".join(lines)


def assemble(front: str, sections: list[tuple[str, str]], toc_title: str, start: int = 3) -> str:
    """Front matter, a table of contents from the section titles, then the sections."""
    parts = [front.strip(), f"# {toc_title}", toc([s[0] for s in sections], start), "[[pagebreak]]"]
    for title, body in sections:
        parts.append(f"# {title}")
        if body.strip():
            parts.append(body.strip())
    return "\n\n".join(parts) + "\n"


def pdf_toc(markup: str, title: str = "", **hf: str) -> bytes:
    """A PDF whose table of contents carries the real page numbers (rendered twice)."""
    pages: dict[str, int] = {}
    to_pdf(markup, title, pages=pages, **hf)
    out = []
    for line in markup.split("\n"):
        m = re.match(r"^(~ )?(.+?) (\.{4,}) (\d+)$", line)
        if m and m.group(2) in pages:
            line = f"{m.group(1) or ''}{m.group(2)} {m.group(3)} {pages[m.group(2)]}"
        out.append(line)
    return to_pdf("\n".join(out), title, **hf)


def aim(t: Topic) -> str:
    """The purpose as a sentence of its own («Formålet er å …», «The purpose is to …»)."""
    lead = {"nb": "Formålet er", "nn": "Føremålet er", "en": "The purpose is"}[t.lang]
    return f"{lead} {t.purpose[0].lower()}{t.purpose[1:]}"


def ftxt(text: str) -> str:
    """A mail body written indented in the source, with interpolated unindented lines kept."""
    lines = text.strip("\n").split("\n")
    first = next(ln for ln in lines if ln.strip())
    n = len(first) - len(first.lstrip(" "))
    out = [ln[n:] if ln[:n].strip() == "" else ln for ln in lines]
    return "\n".join(ln.rstrip() for ln in out).strip("\n") + "\n"


def numbered(markup: str, chapter: str) -> str:
    """Number the sub-headings of a chapter: ``## Formål`` becomes ``## 3.1 Formål``."""
    out, i = [], 0
    for line in markup.split("\n"):
        if line.startswith("## "):
            i += 1
            line = f"## {chapter}.{i} {line[3:]}"
        out.append(line)
    return "\n".join(out)


# =========================================================================================
# A  Kvamme & Lid Rådgivning AS, for Nordvik kommune (nb) — one long PDF report
# =========================================================================================

A_LID = Person(
    "Ragnhild Lid", "seniorrådgiver personvern", "+47 958 44 210", "ragnhild.lid@kvammelid.no"
)
A_KVAMME = Person("Petter Kvamme", "partner", "+47 917 30 452", "petter.kvamme@kvammelid.no")
A_ORG = "Kvamme & Lid Rådgivning AS"

A_SIGNATURE = """\
Med vennlig hilsen

Ragnhild Lid
Seniorrådgiver personvern | Kvamme & Lid Rådgivning AS
Mobil +47 958 44 210 | Sentralbord +47 21 09 77 00
Øvre Slottsgate 18, 0157 Oslo | www.kvammelid.no

Denne e-posten kan inneholde konfidensiell informasjon. Har du mottatt den ved en feil, ber vi deg
varsle avsender og slette den."""

A_METHOD = """\
Kvamme & Lid bruker en metode for vurdering av personvernkonsekvenser som bygger på personvernforordningen artikkel 35 nr. 7, Datatilsynets veiledning og Artikkel 29-gruppens retningslinjer (WP 248 rev. 01). Metoden er lik for alle våre oppdrag og beskrives her slik at leseren kan forstå hvordan konklusjonene er nådd.

## Hva en vurdering skal inneholde

En fullstendig vurdering skal etter vår metode inneholde: en systematisk beskrivelse av den planlagte behandlingen og formålene; en vurdering av om behandlingen er nødvendig og forholdsmessig sett opp mot formålene; en vurdering av risikoen for de registrertes rettigheter og friheter; og de tiltak som er planlagt for å håndtere risikoen, herunder garantier og sikkerhetstiltak. Vurderingen skal forankres hos ledelsen, og ledelsens beslutning skal dokumenteres.

## Arbeidsform

Arbeidet er gjort i tre workshoper med oppdragsgivers fagpersoner, personvernombudet og representanter for de ansatte. Utkast har vært på høring hos oppdragsgiver før endelig versjon. Kvamme & Lid har ikke vurdert teknisk sikkerhet i dybden; vi har lagt leverandørens dokumentasjon til grunn.

## Skala for sannsynlighet og konsekvens

Sannsynlighet og konsekvens vurderes på en skala fra 1 (svært lav) til 5 (svært høy). Risikonivået er produktet og fargelegges i matrisen: Grønn (1–4) akseptabel, Gul (5–9) tiltak bør vurderes, Oransje (10–14) tiltak skal gjennomføres, Rød (15–25) ikke akseptabel uten tiltak og ledelsesbeslutning.

| Nivå | Sannsynlighet | Konsekvens for den registrerte |
| 1 | Svært lite sannsynlig | Ubetydelig ulempe |
| 2 | Lite sannsynlig | Begrenset ulempe som lett kan rettes |
| 3 | Mulig | Merkbar ulempe, krenkelse av privatliv |
| 4 | Sannsynlig | Alvorlig krenkelse, vanskelig å rette |
| 5 | Svært sannsynlig | Varig skade, diskriminering eller tap av grunnleggende rettigheter |"""


def a_report(t: Topic, k: K, version: str = "1.0") -> tuple[str, dict[str, str]]:
    """Nordvik kommune's DPIA report, written by Kvamme & Lid. Returns markup and PDF header/footer."""
    draft = k.get("p5") == "draft"
    status = "Utkast" if draft else "Endelig"
    ver = "0.9" if draft else version
    front = f"""\
# Vurdering av personvernkonsekvenser (DPIA)

## {t.title}

~ Oppdragsgiver: {t.controller} (org.nr. {t.orgnr})
Utarbeidet av: {A_ORG}
Dokumentstatus: {status}, versjon {ver}
Dato: 8. desember 2026
Klassifisering: Fortrolig – unntatt offentlighet, jf. offl. § 13 og § 24 tredje ledd

# Dokumentkontroll

## Versjonshistorikk

| Versjon | Dato | Endring | Utført av |
| 0.1 | 15.09.2026 | Første utkast etter workshop 1 | R. Lid |
| 0.5 | 14.10.2026 | Risikovurdering etter workshop 2 og 3 | R. Lid, P. Kvamme |
| 0.9 | 11.11.2026 | Innspill fra personvernombud og tillitsvalgte innarbeidet | R. Lid |
{"" if draft else f"| {ver} | 08.12.2026 | Endelig versjon etter ledergruppens behandling | R. Lid |"}

## Godkjenning

| Rolle | Navn | Dato | Status |
| Utarbeidet av | Ragnhild Lid, {A_ORG} | 11.11.2026 | Utført |
| Kvalitetssikret av | Petter Kvamme, {A_ORG} | 12.11.2026 | Utført |
| Uttalelse fra personvernombud | {t.dpo.name} | 18.11.2026 | Avgitt |
| Godkjent av behandlingsansvarlig | {"—" if draft else "Kommunedirektøren i ledergruppen"} | {"—" if draft else t.decision_date} | {"Til behandling i ledergruppen 12.01.2027" if draft else f"Godkjent, {t.decision_ref}"} |

[[pagebreak]]
"""
    risk_ch = f"""\
Risikoene er identifisert i workshop 2 og vurdert etter skalaen i kapittel 2.3. Tabellen viser risiko før tiltak, tiltakene og restrisiko etter tiltak.

## Risikomatrise før tiltak

{matrix(t)}

## Risikoregister

{register(t, ("ID", "Hendelse", "S", "K", "Nivå", "Tiltak", "Restrisiko"))}

## Risiko for medbestemmelse, åpenhet og forutsigbarhet

De registrerte har begrenset mulighet til å påvirke behandlingen. Vi har derfor lagt vekt på informasjon før oppstart, muligheten til å klage og at tiltaket evalueres med de berørte."""
    necessity_ch = numbered(necessity(t), "4")
    if k.get("p3") == "under_arbeid":
        necessity_ch = f"## 4.1 {WORDS['nb']['legal']}\n\n{t.legal}\n\n## 4.2 Nødvendighet og forholdsmessighet\n\nUNDER ARBEID. Delkapittelet ferdigstilles i versjon 1.1 etter avklaring med kommuneadvokaten om hjemmelsgrunnlaget. Se også kapittel 2.1 om hva vurderingen skal inneholde."
    sections = [
        (
            "1 Sammendrag",
            f"""\
Nordvik kommune planlegger {t.short}. {aim(t)}

Kvamme & Lid har på oppdrag fra kommunen gjennomført en vurdering av personvernkonsekvenser. Rapporten beskriver behandlingen (kapittel 3), vurderer rettslig grunnlag, nødvendighet og forholdsmessighet (kapittel 4), vurderer risikoen for de registrertes rettigheter og friheter (kapittel 5) og beskriver tiltak og restrisiko (kapittel 6). Kapittel 7 oppsummerer innspill fra berørte, og kapittel 8 gir vår anbefaling.

Vi har identifisert {len(t.risks)} risikoer. Etter tiltak gjenstår det restrisiko som vi vurderer som høy for en sårbar gruppe. Vi anbefaler derfor at kommunen ber Datatilsynet om forhåndsdrøftelse etter artikkel 36.""",
        ),
        ("2 Oppdraget og metoden", numbered(A_METHOD, "2")),
        ("3 Beskrivelse av behandlingen", numbered(description(t), "3")),
        ("4 Rettslig grunnlag, nødvendighet og forholdsmessighet", necessity_ch),
        ("5 Risikovurdering", numbered(risk_ch, "5")),
        (
            "6 Tiltak og restrisiko",
            f"""\
Tiltakene i risikoregisteret er gjennomført eller besluttet gjennomført før oppstart. Følgende tiltak er vurdert, men ikke gjennomført:

{notdone_table(t)}

## Restrisiko etter tiltak

{matrix(t, residual=True)}""",
        ),
        ("7 Involvering av berørte", f"Følgende er hørt i arbeidet:\n\n{stakeholders_table(t)}"),
        (
            "8 Konklusjon og anbefaling",
            "Behandlingen kan etter vår vurdering gjennomføres lovlig dersom tiltakene gjennomføres. Restrisikoen for de mest sårbare registrerte er likevel høy, og vi anbefaler forhåndsdrøftelse med Datatilsynet. Beslutningen om å be om forhåndsdrøftelse tas av kommunedirektøren, jf. vedlegg B.",
        ),
        (
            "Vedlegg A Kontaktpunkter",
            f"Kontaktopplysninger for anmodningen om forhåndsdrøftelse:\n\n{contacts_table(t, k)}\n\nRådgiver i saken: {A_LID.name}, {A_ORG}, tlf. {A_LID.phone}, {A_LID.email}.",
        ),
    ]
    if k.get("p5") == "draft":
        sections.append(
            (
                "Vedlegg B Utdrag fra protokoll",
                "Ettersendes etter ledergruppens behandling 12. januar 2027.",
            )
        )
    elif k.get("appendix_b_separate"):
        sections.append(
            ("Vedlegg B Utdrag fra protokoll", "Vedlegges som egen fil (skannet protokollutdrag).")
        )
    else:
        sections.append(("Vedlegg B Utdrag fra protokoll", a_protocol(t)))
    doc = assemble(front, sections, "Innhold")
    hf = {
        "header": f"Nordvik kommune – DPIA – {t.title[:48]}… – versjon {ver}",
        "footer": f"{A_ORG} · Fortrolig",
        "page_word": "Side {n} av {nb}",
    }
    return doc, hf


def a_protocol(t: Topic) -> str:
    return f"""\
~ Nordvik kommune – Kommunedirektørens ledergruppe
Møtedato: {t.decision_date}
Sak: {t.decision_ref} – Vurdering av personvernkonsekvenser: {t.title}
Til stede: kommunedirektør Arild Nymo, kommunalsjefene, personvernombud {t.dpo.name}. Fra Kvamme & Lid: Ragnhild Lid (sak {t.decision_ref.split()[-1]}).

Saksfremstilling: Rådgiverne presenterte vurderingen, risikobildet og restrisikoen. Personvernombudet la frem sin uttalelse. Innspillene fra de berørte (se rapportens kapittel 7) ble gjennomgått.

Vedtak: {t.decision_text}

~ Protokollen godkjent: Arild Nymo, kommunedirektør (sign.)"""


def a_mail(cid: str, t: Topic, k: K, date: str) -> Any:
    doc, hf = a_report(t, k)
    fname = (
        "DPIA_"
        + ("Digitalt_nattilsyn" if t.key == "A1" else "Laeringsanalyse")
        + ("_v0.9_utkast" if k.get("p5") == "draft" else "_v1.0")
        + ".pdf"
    )
    files = [(fname, pdf_toc(doc, t.title, **hf))]
    enclosures = [
        f"1. {fname} – rapport med vedlegg A (kontaktpunkter) og vedlegg B (protokollutdrag)"
    ]
    if k.get("appendix_b_separate"):
        files.append(("Vedlegg_B_protokollutdrag_LG.pdf", scan_pdf([a_protocol(t)])))
        enclosures = [
            f"1. {fname} – rapport med vedlegg A (kontaktpunkter)",
            "2. Vedlegg_B_protokollutdrag_LG.pdf – skannet utdrag fra ledergruppens protokoll",
        ]
    intro = {
        "A1": "Nordvik kommune planlegger å innføre digitalt nattilsyn med sensorer og hendelsesstyrt kamera på 48 rom ved Nordvik helse- og omsorgssenter.",
        "A2": "Nordvik kommune planlegger å ta i bruk et skolefaglig dashbord med læringsanalyse for 1.–10. trinn ved kommunens sju grunnskoler.",
    }[t.key]
    status = ""
    if k.get("p5") == "draft":
        status = "\nRapporten er oversendt som utkast (v0.9) slik at Datatilsynet kan planlegge saken. Endelig versjon med ledergruppens godkjenning oversendes etter møtet 12. januar.\n"
    body = (
        ftxt(f"""
        Til Datatilsynet

        ANMODNING OM FORHÅNDSDRØFTELSE – NORDVIK KOMMUNE
        Vår ref.: KL-2026-{117 if t.key == "A1" else 124}

        På vegne av vår oppdragsgiver Nordvik kommune (org.nr. {t.orgnr}) oversender vi anmodning om
        forhåndsdrøftelse etter personvernforordningen artikkel 36.

        {intro} Vurderingen av personvernkonsekvenser viser at risikoen for de registrerte fortsatt er
        høy etter tiltak, og kommunen ønsker derfor å drøfte behandlingen med Datatilsynet før
        oppstart.

        Kommunen har gitt oss fullmakt til å oversende anmodningen. Kommunens kontaktperson og
        personvernombud, og leverandøren som er databehandler, er oppført i rapportens vedlegg A.
        Personvernombudet er kopiert på denne e-posten.
        {status}
        Vedlegg:
        {chr(10).join(enclosures)}

    """)
        + "\n"
        + A_SIGNATURE
        + "\n"
    )
    if k.get("resend"):
        body = k["resend"] + "\n\n" + body
    return message(
        cid,
        f"Ragnhild Lid <{A_LID.email}>",
        f"Anmodning om forhåndsdrøftelse – Nordvik kommune – {t.title.split(' (')[0]}",
        date,
        body,
        attachments=files,
        cc=t.dpo.email,
    )


def a_guidance(cid: str, date: str) -> Any:
    body = (
        ftxt("""
        Hei,

        Vi bistår Nordvik kommune med en vurdering av personvernkonsekvenser for bruk av
        velferdsteknologi i hjemmetjenesten (GPS-sporing av personer med demens, «trygghetsalarm
        med lokalisering»). Arbeidet er i en tidlig fase, og vi har ikke konkludert om restrisikoen.

        Før vi går videre ønsker kommunen et veiledningsmøte med Datatilsynet. Vi vil særlig drøfte
        om pasient- og brukerrettighetsloven kapittel 4A gir tilstrekkelig grunnlag for sporing av
        personer uten samtykkekompetanse, og hvordan pårørendes samtykke skal forstås.

        Vi ber ikke om forhåndsdrøftelse nå. Dersom dere har anledning i januar eller februar, kan vi
        stille med kommunalsjef, personvernombud og to rådgivere fra oss, gjerne digitalt.

        Vedlagt følger en kort presentasjon av prosjektet (4 sider).

    """)
        + "\n"
        + A_SIGNATURE
        + "\n"
    )
    note = """\
# Velferdsteknologi i hjemmetjenesten – lokalisering

~ Nordvik kommune · Presentasjon for veiledningsmøte · Kvamme & Lid Rådgivning AS

## Bakgrunn

Kommunen vil tilby GPS-lokalisering til om lag 40 hjemmeboende personer med demens. Løsningen er ikke anskaffet, og DPIA er påbegynt.

## Spørsmål vi ønsker å drøfte

- Rettslig grunnlag for personer uten samtykkekompetanse
- Pårørendes rolle
- Hvem som bør ha tilgang til posisjonen (hjemmetjenesten, pårørende, nattpatrulje)
- Om behovet for forhåndsdrøftelse bør vurderes når DPIA er ferdig"""
    return message(
        cid,
        f"Ragnhild Lid <{A_LID.email}>",
        "Forespørsel om veiledningsmøte – velferdsteknologi, Nordvik kommune",
        date,
        body,
        attachments=[
            ("Presentasjon_veiledningsmote_Nordvik.pdf", to_pdf(note, page_word="Side {n}"))
        ],
        cc="personvernombud@nordvik.kommune.no",
    )


# =========================================================================================
# B  Havtorn Consulting AS, for Fraktlinjen Nord AS (nb) — DOCX report, appendices 1 and 2
# =========================================================================================

B_SOLHEIM = Person(
    "Marte Solheim", "Senior Manager, Privacy & Risk", "+47 469 20 118", "marte.solheim@havtorn.no"
)
B_ORG = "Havtorn Consulting AS"

B_SIGNATURE = """\
Vennlig hilsen
Marte Solheim
Senior Manager | Privacy & Risk
HAVTORN CONSULTING
M: +47 469 20 118 | E: marte.solheim@havtorn.no
Strandgata 41, 9008 Tromsø | havtorn.no"""

B_METHOD = """\
Havtorn DPIA Framework (versjon 2.3) er vår standardmetode for vurderinger etter personvernforordningen artikkel 35. Rammeverket har seks steg:

- Steg 1 Avgrensning: hva som vurderes, hvem som eier behandlingen, hvilke systemer som inngår.
- Steg 2 Beskrivelse: systematisk beskrivelse av behandlingens art, omfang, sammenheng og formål, inkludert dataflyt, kilder og mottakere.
- Steg 3 Nødvendighet og proporsjonalitet: vurdering av behandlingsgrunnlag, formålsbegrensning, dataminimering, lagringstid og de registrertes rettigheter, og om formålet kan nås på en mindre inngripende måte.
- Steg 4 Risikoanalyse: identifikasjon av trusler mot de registrertes rettigheter og friheter, vurdering av sannsynlighet og konsekvens (1–5), plassering i 5x5-matrise.
- Steg 5 Tiltak: risikoreduserende tiltak med ansvarlig og frist, vurdering av restrisiko.
- Steg 6 Forankring: presentasjon for ledelsen, beslutning om restrisiko og eventuell forhåndsdrøftelse etter artikkel 36.

Fargekoder i risikomatrisen: Grønn (lav, 1–4), Gul (moderat, 5–9), Oransje (høy, 10–14), Rød (kritisk, 15–25). Risiko i oransje eller rødt felt etter tiltak skal løftes til ledelsen."""


def b_report(t: Topic, k: K) -> str:
    empty = k.get("p4") == "template_empty"
    pending = k.get("p5") == "pending"
    w = WORDS["nb"]
    front = f"""\
# Personvernkonsekvensvurdering

## {t.title}

~ Kunde: {t.controller}
Leverandør: {B_ORG}
Versjon: {"0.6 (arbeidsutkast)" if empty else "1.0"}
Dato: {"20.11.2026" if empty else "04.12.2026"}

## Endringslogg

| Versjon | Dato | Beskrivelse | Forfatter |
| 0.1 | 02.10.2026 | Oppstart, avgrensning | M. Solheim |
| 0.4 | 30.10.2026 | Beskrivelse og nødvendighet | M. Solheim, L. Myrvang |
| 0.6 | 20.11.2026 | Interessentinnspill innarbeidet | M. Solheim |
{"" if empty else "| 1.0 | 04.12.2026 | Risikoanalyse, handlingsplan, ledelsesforankring | M. Solheim |"}

## Distribusjon

| Navn | Rolle |
| {t.contact.name} | Eier av behandlingen, {t.controller} |
| {t.dpo.name} | Personvernombud |
| Verneombud og klubbleder | Til orientering |
"""
    if empty:
        risk = f"""\
Risikoanalysen gjennomføres i workshop 3 (uke 3, 2027). Malen under fylles ut da.

## Risikomatrise

{matrix(t, empty=True)}

## Risikoregister

{register(t, ("ID", "Trussel / sårbarhet", "Sannsynlighet (1–5)", "Konsekvens (1–5)", "Risikonivå", "Tiltak", "Restrisiko"), empty_rows=8)}"""
        plan = "Handlingsplanen utarbeides når risikoanalysen er ferdig."
    else:
        risk = f"""\
Risikoene er identifisert i workshop med {t.controller}, personvernombud og tillitsvalgte.

## Risikomatrise (før tiltak)

{matrix(t)}

## Risikoregister

{register(t, ("ID", "Trussel / sårbarhet", "Sannsynlighet (1–5)", "Konsekvens (1–5)", "Risikonivå", "Tiltak", "Restrisiko"))}

## Åpenhet, medbestemmelse og forutsigbarhet

De ansatte har vært involvert gjennom tillitsvalgte og verneombud. Tiltakene om informasjon og formålsbegrensning skal sikre at de registrerte kan forutse hvordan opplysningene brukes."""
        plan = (
            "| Tiltak | Ansvarlig | Frist | Status |\n"
            + "\n".join(
                f"| {r.measure} | {t.contact.name} | 01.03.2027 | Besluttet |" for r in t.risks
            )
            + f"\n\n## {w['notdone']}\n\n{notdone_table(t)}"
        )
    if pending or empty:
        decision = "Rapporten legges frem for ledergruppen i Fraktlinjen Nord AS når risikoanalysen er ferdig. Beslutningsreferat legges ved som appendix 2 i endelig versjon."
        app2 = "Ikke utarbeidet ennå."
    else:
        decision = "Rapporten er lagt frem for ledergruppen. Beslutningen er gjengitt i appendix 2."
        app2 = f"""\
~ Beslutningsreferat – ledergruppen i {t.controller}
Møte: {t.decision_ref}, {t.decision_date}
Til stede: administrerende direktør Geir Åsheim, økonomidirektør, driftsdirektørene, HMS- og kvalitetssjef. Fra Havtorn: Marte Solheim, Lena Myrvang (personvernombud).

Presentasjon: Havtorn presenterte sammendraget av vurderingen, risikomatrisen og restrisiko.

Innspill fra interessenter: {"; ".join(f"{a}: {b}" for a, b in t.stakeholders)}.

Beslutning: {t.decision_text}

~ Referent: Kristin Hågensen"""
    sections = [
        (
            "Ledelsessammendrag",
            f"{t.controller} vil ta i bruk {t.short}. {aim(t)} Vurderingen dekker beskrivelse av behandlingen, nødvendighet og proporsjonalitet, risiko for de ansatte og tiltak. {'Risikoanalysen gjenstår.' if empty else 'Restrisikoen er høy for enkelte risikoer, og vi anbefaler forhåndsdrøftelse.'}",
        ),
        (
            "1 Bakgrunn og mandat",
            f"{B_ORG} er engasjert av {t.controller} for å fasilitere vurderingen av personvernkonsekvenser. Mandatet er gitt av {t.contact.name}, {t.contact.title}. Rapporten eies av {t.controller}.",
        ),
        ("2 Metodikk", B_METHOD),
        ("3 Beskrivelse av databehandlingen", numbered(description(t), "3")),
        ("4 Formål, behandlingsgrunnlag og nødvendighet", numbered(necessity(t), "4")),
        ("5 Interessentinvolvering", stakeholders_table(t)),
        ("6 Risikoanalyse", numbered(risk, "6")),
        ("7 Handlingsplan", plan),
        ("8 Anbefaling og ledelsesforankring", decision),
        (
            "Appendix 1 Kontaktinformasjon",
            contacts_table(t, k)
            + (
                "\n\nLeverandøren har ikke oppgitt en fast kontaktperson; henvendelser går via kundeportalen."
                if k.get("p1") == "proc_no_person"
                else ""
            ),
        ),
        ("Appendix 2 Beslutningsreferat", app2),
    ]
    return assemble(front, sections, "Innholdsfortegnelse")


def b_mail(cid: str, t: Topic, k: K, date: str, zipped: bool = False) -> Any:
    doc = b_report(t, k)
    name = "Fraktlinjen_DPIA_" + ("Tretthetsvarsling" if t.key == "B1" else "Lager40") + ".docx"
    data = to_docx(
        doc,
        header=f"{t.controller} | Personvernkonsekvensvurdering | {B_ORG}",
        footer="Klassifisering: Intern | Havtorn DPIA Framework v2.3",
    )
    files = [(name, data)]
    if zipped:
        reg = [["ID", "Trussel", "S", "K", "Nivå", "Tiltak", "Rest S", "Rest K"]] + [
            [
                r.rid,
                r.text,
                str(r.s),
                str(r.k),
                colour("nb", r.s, r.k),
                r.measure,
                str(r.s2),
                str(r.k2),
            ]
            for r in t.risks
        ]
        files = [
            (
                "Fraktlinjen_forhandsdrofting.zip",
                to_zip({name: data, "Risikoregister.xlsx": to_xlsx({"Register": reg})}),
            )
        ]
    draft_note = ""
    if k.get("p4") == "template_empty":
        draft_note = "\nRisikoanalysen gjennomføres i workshop i januar, men kunden ønsket at saken ble meldt inn nå av hensyn til fremdriften.\n"
    body = (
        ftxt(f"""
        Hei,

        Vedlagt følger anmodning om forhåndsdrøftelse fra vår kunde {t.controller} (org.nr. {t.orgnr}),
        som gjelder {t.short}.

        Havtorn Consulting har fasilitert vurderingen av personvernkonsekvenser på oppdrag fra kunden.
        Kontaktpersoner hos kunden, personvernombud og databehandler står i appendix 1 i rapporten.
        {draft_note}
        Ta gjerne kontakt med undertegnede eller med {t.contact.name} hos kunden dersom noe er uklart.

    """)
        + "\n"
        + B_SIGNATURE
        + "\n"
    )
    if k.get("resend"):
        body = k["resend"] + "\n\n" + body
    return message(
        cid,
        f"Marte Solheim <{B_SOLHEIM.email}>",
        f"Forhåndsdrøftelse – {t.controller} – {t.title.split(' (')[0]}",
        date,
        body,
        attachments=files,
        cc=f"{t.contact.email}, {t.dpo.email}",
    )


def b_newsletter(cid: str, date: str) -> Any:
    text = ftxt("""
        HAVTORN INNSIKT – DESEMBER 2026

        Frokostseminar: DPIA i transport og logistikk
        Tromsø, torsdag 21. januar 2027 kl. 08.00–10.00, Havtorn-huset, Strandgata 41

        Kamera i førerhus, sporing av varebiler, produktivitetsmåling på lager: logistikkbransjen
        tar i bruk teknologi som krever grundige vurderinger av personvernkonsekvenser. På
        seminaret deler vi erfaringer fra tolv DPIA-er i bransjen, og vi går gjennom:

        - Når er restrisikoen så høy at man må be om forhåndsdrøftelse?
        - Hvordan involvere tillitsvalgte tidlig
        - Risikomatriser som ledelsen faktisk forstår

        Påmelding: havtorn.no/frokost (gratis, begrenset antall plasser)

        Du mottar dette nyhetsbrevet fordi du er registrert som kontakt hos Havtorn Consulting.
        Meld deg av: havtorn.no/avmelding
    """)
    from kit import html_from_text

    return message(
        cid,
        "Havtorn Innsikt <nyhetsbrev@havtorn.no>",
        "Invitasjon: Frokostseminar om DPIA i transport og logistikk",
        date,
        text,
        html=html_from_text(text),
        headers={"List-Unsubscribe": "<https://havtorn.no/avmelding>"},
    )


# =========================================================================================
# C  Advokatfirmaet Brekke Solum AS, on behalf of clients (nb) — letter PDF with «Bilag»
# =========================================================================================

C_SOLUM = Person("Hanne Solum", "advokat/partner", "+47 22 47 80 15", "hso@brekkesolum.no")
C_AMUNDSEN = Person(
    "Fredrik Amundsen", "advokatfullmektig", "+47 22 47 80 37", "fam@brekkesolum.no"
)
C_ORG = "Advokatfirmaet Brekke Solum AS"

C_METHOD = """\
Vurderingen er utarbeidet av klienten med bistand fra advokatfirmaet. Den følger strukturen i personvernforordningen artikkel 35 nr. 7: en systematisk beskrivelse av behandlingen og formålet, en vurdering av nødvendighet og forholdsmessighet, en vurdering av risikoen for de registrertes rettigheter og friheter, og tiltakene som er planlagt. Risiko er vurdert med sannsynlighet og konsekvens på en skala fra 1 til 5; risikonivået er fargelagt grønt, gult, oransje og rødt. Det fullstendige risikoregisteret med matrise er i eget regneark (Bilag 3)."""


def c_bilag(t: Topic) -> list[tuple[str, str]]:
    return [
        ("Bilag 1", f"Fullmakt fra {t.controller}"),
        ("Bilag 2", "Vurdering av personvernkonsekvenser (DPIA), versjon 1.2"),
        ("Bilag 3", "Risikoregister og risikomatrise (regneark)"),
        ("Bilag 4", "Uttalelse fra personvernombudet"),
        ("Bilag 5", f"Utdrag av styreprotokoll {t.decision_date}, {t.decision_ref}"),
    ]


def c_letter(t: Topic, k: K, ref: str) -> str:
    p = t.processor
    assert p is not None
    d = t.dpo
    dpo_line = (
        f"{d.name}, {d.title}, e-post {d.email}"
        if k.get("p1") == "dpo_no_phone"
        else f"{d.name}, {d.title}, tlf. {d.phone}, e-post {d.email}"
    )
    bilag = "\n".join(f"| {a} | {b} |" for a, b in c_bilag(t))
    return f"""\
~ ADVOKATFIRMAET BREKKE SOLUM AS
Tollbugata 24, 0157 Oslo · Tlf. +47 22 47 80 00 · post@brekkesolum.no · Org.nr. 987 221 504 MVA

~ Datatilsynet
Postboks 458 Sentrum
0105 Oslo
Sendt per e-post: postkasse@datatilsynet.no

| Deres ref.: | Vår ref.: | Ansvarlig advokat: | Dato: |
| | {ref} | Hanne Solum | Oslo, 7. desember 2026 |

# ANMODNING OM FORHÅNDSDRØFTELSE – {t.controller.upper()} – {t.title.upper()}

## 1 Innledning

Vi representerer {t.controller}, org.nr. {t.orgnr}, {t.address} («Klienten»). På vegne av Klienten ber vi om forhåndsdrøftelse med Datatilsynet etter personvernforordningen artikkel 36 nr. 1. Fullmakt følger som Bilag 1.

## 2 Kort om den planlagte behandlingen

Klienten planlegger {t.short}. {aim(t)} Behandlingen er nærmere beskrevet i Bilag 2 kapittel 3.

## 3 Kontaktpersoner

~ Kontaktperson hos Klienten: {t.contact.name}, {t.contact.title}, tlf. {t.contact.phone}, e-post {t.contact.email}
Personvernombud: {dpo_line}
Databehandler: {p.org}, {p.address}, org.nr. {p.orgnr}, ved {p.person.name}, {p.person.title}, tlf. {p.person.phone}, e-post {p.person.email}
Ansvarlig advokat: {C_SOLUM.name}, tlf. {C_SOLUM.phone}, e-post {C_SOLUM.email}

## 4 Hvorfor Klienten ber om forhåndsdrøftelse

Klientens vurdering av personvernkonsekvenser (Bilag 2 og 3) viser at enkelte risikoer for de registrertes rettigheter og friheter fortsatt er høye etter tiltak. Klientens styre har behandlet vurderingen og besluttet å be om forhåndsdrøftelse.

## 5 Spørsmål Klienten særlig ønsker Datatilsynets syn på

Klienten ber særlig om Datatilsynets vurdering av om behandlingsgrunnlaget er tilstrekkelig, og om de planlagte tiltakene reduserer risikoen tilstrekkelig. Vi viser til Bilag 2 kapittel 4 og 5.

## 6 Bilag

| Bilag | Innhold |
{bilag}

Vi ber om at korrespondanse i saken rettes til undertegnede, med kopi til Klientens kontaktperson.

~ Med vennlig hilsen
Advokatfirmaet Brekke Solum AS

~ Hanne Solum
advokat (H) / partner
"""


def c_dpia(t: Topic, k: K) -> str:
    w = WORDS["nb"]
    front = f"""\
# Vurdering av personvernkonsekvenser

## {t.controller} – {t.title}

## Dokumenthistorikk

| Versjon | Dato | Endringer | Ansvarlig |
| 1.0 | 20.10.2026 | Første komplette versjon | {t.contact.name} |
| 1.1 | 09.11.2026 | Juridisk gjennomgang, {C_ORG} | F. Amundsen |
| 1.2 | 27.11.2026 | Justert etter styrets behandling | {t.contact.name} |
"""
    if k.get("p4") == "listed_missing":
        risk = "Risikovurderingen er dokumentert i eget regneark, Bilag 3, med risikoregister og matrise. Hovedfunnene er oppsummert i kapittel 1."
    else:
        risk = f"""\
Fullstendig register og matrise står i Bilag 3. Oppsummert:

{register(t, ("ID", "Risiko", "S", "K", "Tiltak"), style="short")}

Risiko for de registrertes medbestemmelse, åpenhet og forutsigbarhet er vurdert som en del av R1 og gjennom informasjonstiltakene i kapittel 5."""
    if k.get("p5") == "listed_missing":
        board = "Styrets behandling fremgår av Bilag 5."
    else:
        board = f"Vurderingen ble behandlet i styremøte {t.decision_date}, {t.decision_ref}. Protokollutdrag følger som Bilag 5."
    sections = [
        (
            "1 Innledning og sammendrag",
            f"{t.controller} planlegger {t.short}. Dokumentet beskriver behandlingen, vurderer grunnlag, nødvendighet og forholdsmessighet, vurderer risiko for de registrerte og beskriver tiltak. Hovedfunnet er at restrisikoen for {t.risks[0].rid} («{t.risks[0].text}») fortsatt er høy.",
        ),
        ("2 Metode", C_METHOD),
        ("3 Faktisk beskrivelse av behandlingen", numbered(description(t), "3")),
        ("4 Rettslig grunnlag", t.legal),
        ("5 Nødvendighet og forholdsmessighet", numbered(necessity(t).split("\n\n", 2)[2], "5")),
        ("6 Risiko for de registrertes rettigheter og friheter", risk),
        ("7 Tiltak som ikke gjennomføres", notdone_table(t)),
        ("8 Involvering", stakeholders_table(t)),
        ("9 Behandling i styret", board),
    ]
    del w
    return assemble(front, sections, "Innhold")


def c_mail(cid: str, t: Topic, k: K, date: str, ref: str) -> Any:
    sign_ = f"{C_SOLUM.name} | Advokat (H) / Partner\n{C_ORG}\nTollbugata 24, 0157 Oslo\nDirekte: {C_SOLUM.phone} | Sentralbord: +47 22 47 80 00\n{C_SOLUM.email} | www.brekkesolum.no\n\nKONFIDENSIALITET: Denne e-posten kan inneholde informasjon som er underlagt advokatens taushetsplikt."
    slug = "Kraftverket" if t.key == "C1" else "Bergsland"
    files = [
        (
            f"{ref.replace('/', '-').replace(' ', '')}_Brev_til_Datatilsynet.pdf",
            to_pdf(
                c_letter(t, k, ref),
                "Anmodning om forhåndsdrøftelse",
                footer=f"{C_ORG} · Vår ref. {ref}",
                page_word="Side {n} av {nb}",
            ),
        ),
        (
            f"Bilag_1_Fullmakt_{slug}.pdf",
            to_pdf(
                f"# Fullmakt\n\n{t.controller}, org.nr. {t.orgnr}, gir herved {C_ORG} v/advokat Hanne Solum fullmakt til å representere selskapet overfor Datatilsynet i sak om forhåndsdrøftelse om {t.short}.\n\n~ {t.address}, {t.decision_date}\nFor {t.controller}: {t.contact.name} (sign.), etter styrefullmakt"
            ),
        ),
        (
            f"Bilag_2_DPIA_{slug}_v1.2.docx",
            to_docx(
                c_dpia(t, k),
                header=f"{t.controller} – Vurdering av personvernkonsekvenser – v1.2",
                footer="Fortrolig. Utarbeidet med bistand fra Advokatfirmaet Brekke Solum AS",
            ),
        ),
    ]
    if k.get("p4") != "listed_missing":
        reg = [
            [
                "ID",
                "Risiko",
                "Sannsynlighet",
                "Konsekvens",
                "Risikonivå",
                "Tiltak",
                "Sannsynlighet etter",
                "Konsekvens etter",
                "Restrisiko",
            ]
        ]
        reg += [
            [
                r.rid,
                r.text,
                str(r.s),
                str(r.k),
                colour("nb", r.s, r.k),
                r.measure,
                str(r.s2),
                str(r.k2),
                colour("nb", r.s2, r.k2),
            ]
            for r in t.risks
        ]
        mx = [[row.strip() for row in line.strip("|").split("|")] for line in matrix(t).split("\n")]
        files.append(
            (f"Bilag_3_Risikoregister_{slug}.xlsx", to_xlsx({"Risikoregister": reg, "Matrise": mx}))
        )
    files.append(
        (
            f"Bilag_4_Uttalelse_personvernombud_{slug}.pdf",
            to_pdf(
                f"# Uttalelse fra personvernombudet\n\nJeg har fulgt arbeidet med vurderingen av personvernkonsekvenser for {t.short}. Vurderingen er etter mitt syn grundig. Jeg er enig i at restrisikoen er høy, og anbefaler at selskapet ber om forhåndsdrøftelse.\n\n~ {t.dpo.name}, {t.dpo.title}\n{t.dpo.email}"
            ),
        )
    )
    if k.get("p5") != "listed_missing":
        prot = f"PROTOKOLL FRA STYREMØTE I {t.controller.upper()}\nDato: {t.decision_date}. Sted: selskapets lokaler og Teams.\nTil stede: styreleder Tove Brenna, styremedlemmene Rolf Iversen, Sana Qureshi og Dag Helland. Fra administrasjonen: {t.contact.name}. Fra {C_ORG}: advokat Hanne Solum (sak {t.decision_ref.split()[-1]}).\n\nSak {t.decision_ref.split()[-1]} Vurdering av personvernkonsekvenser – {t.title}\nAdvokat Solum presenterte vurderingen og hovedfunnene. Personvernombudets uttalelse og innspillene fra de berørte ble gjennomgått.\nVedtak: {t.decision_text}\n\nProtokollen er godkjent elektronisk av samtlige styremedlemmer."
        files.append((f"Bilag_5_Styreprotokoll_utdrag_{slug}.pdf", scan_pdf([prot])))
    body = (
        ftxt(f"""
        Til Datatilsynet

        Vedlagt oversendes brev av i dag med anmodning om forhåndsdrøftelse på vegne av vår klient
        {t.controller}, med bilag.

        Vi ber om at saken behandles fortrolig. Bekreft gjerne mottak.

        Med vennlig hilsen
    """)
        + "\n"
        + sign_
        + "\n"
    )
    return message(
        cid,
        f"Hanne Solum <{C_SOLUM.email}>",
        f"Anmodning om forhåndsdrøftelse – {t.controller} – vår ref. {ref}",
        date,
        body,
        attachments=files,
        cc=C_AMUNDSEN.email,
    )


# =========================================================================================
# D  Calder Norway AS (UK group) — English group-template DPIA, Norwegian cover mail
# =========================================================================================

D_METHOD = """\
This assessment follows the Calder Group DPIA Standard (GDPR-STD-09, version 3.2), which applies to all group companies in the UK and the EEA. The Standard implements Article 35(7) GDPR and the UK ICO guidance.

## What a Calder DPIA must contain

- A systematic description of the envisaged processing operations and the purposes, including the legitimate interest pursued.
- An assessment of the necessity and proportionality of the processing in relation to the purposes.
- An assessment of the risks to the rights and freedoms of data subjects.
- The measures envisaged to address the risks, including safeguards, security measures and mechanisms to ensure the protection of personal data.
- Evidence of consultation with stakeholders, including the DPO and, where appropriate, employee representatives.
- Sign-off by the accountable executive and, where residual risk is high, the decision to consult the supervisory authority.

## Risk scoring

Likelihood and impact are scored 1 (remote / minimal) to 5 (almost certain / severe). The rating is Green (1–4), Amber (5–11) or Red (12–25). Red residual risks must be accepted by the Board or the local Management Team and trigger a prior consultation assessment."""


def d_dpia(t: Topic, k: K) -> str:
    draft = k.get("p5") == "draft"
    docid = "GDPR-DPIA-NO-2026-07" if t.key == "D1" else "GDPR-DPIA-NO-2026-11"
    front = f"""\
# Data Protection Impact Assessment

## {t.title}

| Document ID | {docid} |
| Entity | {t.controller} (org. no. {t.orgnr}) |
| Template | GDPR-DPIA-T04 v3.2 |
| Status | {"DRAFT v0.8" if draft else "FINAL v1.0"} |
| Classification | Confidential |
| Business owner | {t.contact.name}, {t.contact.title} |

## Revision history

| Version | Date | Author | Changes |
| 0.1 | 09/09/2026 | {t.contact.name} | Initial screening and scope |
| 0.5 | 21/10/2026 | Group Privacy Office | Risk workshop output |
| 0.8 | 18/11/2026 | Group Privacy Office | Consultation results, DPO comments |
{"" if draft else f"| 1.0 | {t.decision_date.replace(' ', '/').replace('November', '11').replace('December', '12')} | Group Privacy Office | Approved version |"}

## Approvals

| Role | Name | Decision | Date |
| Business owner | {t.contact.name} | Recommended | 19/11/2026 |
| Group DPO | {t.dpo.name} | Reviewed – see section 8 | 20/11/2026 |
| {"Management Team / Board" if draft else t.decision_body} | {"" if draft else "Chair"} | {"Pending" if draft else "Approved, " + t.decision_ref} | {"" if draft else t.decision_date} |
"""
    if k.get("p3") == "method_only":
        nec = """\
## Approach

Under the Standard, this section must demonstrate that the processing is necessary for, and proportionate to, the purposes. The assessment shall address: the lawful basis and, for legitimate interests, the balancing test; whether the purpose could be achieved by less intrusive means; data minimisation; retention; accuracy; the information given to individuals; and how data subject rights are facilitated.

## Guidance for authors

State the lawful basis. Describe alternatives considered and why they were rejected. Explain why each data category is needed. Reference the retention schedule. Describe transparency measures. Where special category data is involved, identify the Article 9 condition.

## Assessment

To be completed by the business owner with Legal Norway."""
    else:
        nec = necessity(t)
    risk = f"""\
## Heat map (inherent risk)

{matrix(t, "Likelihood / Impact", four=False)}

## Risk register

{register(t, ("Ref", "Risk to individuals", "Likelihood", "Impact", "Rating", "Mitigation", "Residual"))}

## Transparency, predictability and participation

Employees and customers were considered separately. Representation through unions and the Working Environment Committee gives employees a voice; the notice and FAQ make the processing predictable."""
    signoff = (
        "Sign-off will be obtained at the Management Team meeting in January 2027 after the Group DPO's comments have been addressed."
        if draft
        else f"The Group DPO considers that residual risk remains high for the risks marked Red/Amber after mitigation. {t.decision_body} approved this DPIA on {t.decision_date} ({t.decision_ref}); see Appendix C."
    )
    sections = [
        (
            "1 Executive summary",
            f"{t.controller} plans {t.short}. {aim(t)} This DPIA describes the processing (section 3), assesses necessity and proportionality (section 4), records consultation (section 5), assesses risks to individuals (section 6) and sets out mitigations (section 7). Residual risk remains high, and prior consultation with Datatilsynet is recommended.",
        ),
        ("2 Scope and methodology", numbered(D_METHOD, "2")),
        ("3 Description of the processing", numbered(description(t), "3")),
        ("4 Lawfulness, necessity and proportionality", numbered(nec, "4")),
        ("5 Consultation", stakeholders_table(t)),
        ("6 Risk assessment", numbered(risk, "6")),
        ("7 Mitigation plan", notdone_table(t)),
        ("8 Residual risk and sign-off", signoff),
        ("Appendix A Contacts", contacts_table(t, k)),
        ("Appendix B Data flow", f"{t.sources} → {t.controller} ({t.security}) → {t.recipients}"),
    ]
    if not draft:
        sections.append(
            (
                "Appendix C Extract from minutes",
                f"~ {t.decision_body} – {t.decision_ref}\nDate: {t.decision_date}\nPresent: Chair Helen Marsh, CEO Norway Jon Erik Bakke, CFO, HR Director, Group DPO (by video)\n\nThe Group DPO presented the DPIA, its findings and the residual risk rating. The views of the stakeholders listed in section 5 were summarised.\n\nResolution: {t.decision_text}",
            )
        )
    return assemble(front, sections, "Contents")


def d_mail(cid: str, t: Topic, k: K, date: str) -> Any:
    c, d = t.contact, t.dpo
    p = t.processor
    assert p is not None
    doc = d_dpia(t, k)
    name = (
        ("Calder_DPIA_Insider_Risk_NO" if t.key == "D1" else "Calder_DPIA_Speech_Analytics_TRD")
        + ("_DRAFT_v0.8" if k.get("p5") == "draft" else "_v1.0")
        + ".docx"
    )
    files = [
        (name, to_docx(doc, header="Calder Group – Confidential", footer="GDPR-DPIA-T04 v3.2"))
    ]
    what = (
        "overvåking av e-post, filoverføringer og endepunkter med atferdsanalyse (Insider Risk Management)"
        if t.key == "D1"
        else "tale- og følelsesanalyse av samtaler i kundesenteret i Trondheim"
    )
    draft_note = ""
    if k.get("p5") == "draft":
        draft_note = "\nDPIA-en er foreløpig i utkastversjon; ledergruppen behandler den i januar. Vi sender likevel nå fordi oppstart er planlagt i mars.\n"
    body = ftxt(f"""
        Hei,

        Calder Norway AS (org.nr. {t.orgnr}) ber om forhåndsdrøftelse etter personvernforordningen
        artikkel 36 for {what}.

        Vurderingen av personvernkonsekvenser er skrevet på engelsk etter konsernets mal. Vi håper det
        går greit; gi beskjed om dere ønsker sammendraget oversatt.
        {draft_note}
        Kontaktinformasjon:
        Kontaktperson: {c.name}, {c.title}, tlf. {c.phone}, {c.email}
        Personvernombud (konsern): {d.name}, {d.title}, London, tlf. {d.phone}, {d.email}
        Databehandler: {p.org} ({p.service}), kontakt {p.person.name}, tlf. {p.person.phone}, {p.person.email}

        Vedlegg:
        - {name}

        Med vennlig hilsen

        {c.name}
        {c.title} | Calder Norway AS
        Dronning Eufemias gate 16, 0191 Oslo
        Tlf. {c.phone}

        Calder Norway AS is part of Calder Group plc, registered in England and Wales no. 04418827.
    """)
    return message(
        cid,
        f"{c.name} <{c.email}>",
        f"Anmodning om forhåndsdrøftelse – Calder Norway AS – {t.title.split(' (')[0]}",
        date,
        body,
        attachments=files,
        cc=d.email,
    )


def d_breach(cid: str, date: str) -> str:
    return ftxt("""
        To: Datatilsynet
        From: Calder Group Privacy Office, on behalf of Calder Norway AS (org. no. 982 551 460)

        PERSONAL DATA BREACH NOTIFICATION (ARTICLE 33 GDPR) – PRELIMINARY

        Our reference: INC-2026-0912

        1. What happened
        On 14 December 2026 at 22:40 CET an employee in Calder Norway's Stavanger office sent a
        spreadsheet with 312 customers' names, addresses, account numbers and outstanding balances
        to an external e-mail address belonging to a private person with a similar name to the
        intended recipient (a debt collection agency).

        2. Discovery and containment
        The DLP system flagged the e-mail at 22:41. The recipient was contacted on 15 December and
        confirmed deletion in writing at 11:05.

        3. Categories and approximate numbers
        312 customers in Norway; identification and financial data. No special categories.

        4. Likely consequences
        Low to moderate risk of fraud or embarrassment; we do not consider the risk high and will not
        notify the customers individually, but will keep this under review.

        5. Measures
        Auto-complete for external addresses disabled for the Collections team; additional training.

        Contact: Ingrid Solbakken, HR Director Norway, +47 23 10 44 20, ingrid.solbakken@calder.no
        DPO: Rupert Hale, Group Data Protection Officer, +44 20 7946 0321, dpo@caldergroup.com

        This is a preliminary notification within 72 hours. We will send a final report when the
        internal investigation is complete.

        Kind regards
        Calder Group Privacy Office
    """)


# =========================================================================================
# E  Sjukehuset Vestkyst HF, personvernkontoret (nn) — PDF/ODT DPIA in the quality system
# =========================================================================================

E_FJAERESTAD = Person(
    "Åshild Fjærestad",
    "rådgjevar personvern, Personvernkontoret",
    "+47 57 83 90 74",
    "ashild.fjaerestad@vestkyst-hf.no",
)

E_METHOD = """\
Personvernkontoret nyttar føretaket sin prosedyre «Vurdering av personvernkonsekvensar (DPIA)» (EK-ID 30114). Prosedyren byggjer på personvernforordninga artikkel 35 og Normen (Norm for informasjonssikkerheit og personvern i helse- og omsorgssektoren).

## Kva vurderinga skal innehalde

Ei vurdering skal innehalde ei systematisk skildring av handsaminga og føremålet, ei vurdering av om handsaminga er naudsynt og står i rimeleg forhold til føremålet, ei vurdering av risikoen for rettane og fridomane til pasientane og dei tilsette, og tiltaka som skal handtere risikoen. Personvernombodet skal gje tilråding, og leiinga skal handsame vurderinga.

## Risikoskala

Sannsyn og konsekvens blir vurderte frå 1 (svært låg) til 5 (svært høg). Risikonivået er produktet og blir fargelagt: Grøn (1–4), Gul (5–9), Oransje (10–14) og Raud (15–25). Raud eller oransje restrisiko skal leggjast fram for leiargruppa."""


def e_dpia(t: Topic, k: K) -> str:
    pending = k.get("p5") == "pending"
    eid = "EK-ID 41872" if t.key == "E1" else "EK-ID 42033"
    front = f"""\
# Personvernkonsekvensvurdering (DPIA)

## {t.title}

| Dokument | {eid} |
| Versjon | {"0.9 (til handsaming)" if pending else "1.0"} |
| Dokumentansvarleg | {t.contact.name}, {t.contact.title} |
| Utarbeidd av | Personvernkontoret v/ {E_FJAERESTAD.name} |
| Gradering | Intern – unnateke offentlegheit etter offl. § 13 og § 24 |
| Godkjend av | {"Ikkje godkjend" if pending else t.decision_body + ", " + t.decision_ref} |

## Kontaktpunkt for saka

{contacts_table(t, k)}
{"" if t.processor else chr(10) + "Sjukehuset nyttar ingen ekstern databehandlar i denne handsaminga; drifta skjer i føretaket sitt eige datasenter."}
"""
    if k.get("p2") == "appendix_missing":
        desc = "Handsaminga er skildra i eige dokument, Vedlegg A «Systemskildring og dataflyt» versjon 2.1, som følgjer saka. Kapitla under byggjer på den skildringa."
    else:
        desc = numbered(description(t), "3")
    risk = f"""\
## Risikomatrise før tiltak

{matrix(t)}

## Risikoregister

{register(t, ("ID", "Hending", "Sannsyn", "Konsekvens", "Nivå", "Tiltak", "Restrisiko"))}

## Medråderett, openheit og føreseielegheit

Pasientane har avgrensa høve til å påverke handsaminga. Difor legg vi vekt på informasjon, innsyn og at behandlaren alltid tek avgjerda."""
    if pending:
        lead = "Saka er sett opp til handsaming i direktøren si leiargruppe 21. januar 2027. Protokollen blir ettersend når saka er handsama."
    else:
        lead = f"""\
~ Utdrag frå protokoll, {t.decision_body}
Møte: {t.decision_date}, {t.decision_ref}
Til stades: administrerande direktør Kristin Hovland, fagdirektør, klinikkdirektørane, personvernombod {t.dpo.name}.

Personvernkontoret la fram vurderinga, samandraget av funn og restrisikoen. Innspela frå brukarutvalet, klinisk etikkomité og dei tillitsvalde vart gjennomgått.

Vedtak: {t.decision_text}"""
    sections = [
        (
            "1 Samandrag",
            f"Sjukehuset Vestkyst HF planlegg {t.short}. {aim(t)} Vurderinga skildrar handsaminga, vurderer heimel, naudsyn og forholdsmessigheit, risiko for pasientane og tiltak. Personvernkontoret tilrår førehandsdrøfting med Datatilsynet.",
        ),
        ("2 Føremål med vurderinga og metode", numbered(E_METHOD, "2")),
        ("3 Skildring av handsaminga", desc),
        ("4 Heimel, naudsyn og forholdsmessigheit", numbered(necessity(t), "4")),
        ("5 Risikovurdering", numbered(risk, "5")),
        (
            "6 Tiltak",
            f"Tiltaka i risikoregisteret er vedtekne. Følgjande tiltak er vurderte, men ikkje gjennomførte:\n\n{notdone_table(t)}",
        ),
        ("7 Involvering", stakeholders_table(t)),
        (
            "8 Tilråding frå personvernombodet",
            f"Personvernombodet ({t.dpo.name}) har følgt arbeidet og meiner vurderinga er dekkjande. Ombodet tilrår førehandsdrøfting fordi restrisikoen er høg.",
        ),
        ("9 Leiinga si handsaming", lead),
    ]
    if k.get("p2") == "appendix_missing":
        sections.append(("Vedlegg A Systemskildring og dataflyt", "Eige dokument."))
    return assemble(front, sections, "Innhald")


def e_mail(cid: str, t: Topic, k: K, date: str, fmt: str = "pdf") -> Any:
    doc = e_dpia(t, k)
    base = "DPIA_" + ("Reinnleggingsmodell" if t.key == "E1" else "Heimeoppfolging_hjartesvikt")
    if fmt == "odt":
        files = [(base + ".odt", to_odt(doc))]
    else:
        files = [
            (
                base + ".pdf",
                pdf_toc(
                    doc,
                    t.title,
                    header="Sjukehuset Vestkyst HF · Personvernkontoret",
                    footer="Gradering: Intern",
                    page_word="Side {n} av {nb}",
                ),
            )
        ]
    enclosures = [f"- {files[0][0]}"]
    if k.get("p2") == "appendix_missing":
        enclosures.append("- Vedlegg A Systemskildring og dataflyt v2.1")
    body = ftxt(f"""
        Til Datatilsynet

        Sjukehuset Vestkyst HF ber om førehandsdrøfting etter personvernforordninga artikkel 36 for
        {t.short}.

        Vurderinga av personvernkonsekvensar ligg ved. Kontaktperson i klinikken og personvernombodet
        står i tabellen «Kontaktpunkt for saka» på side 1 i vurderinga. Eg er sakshandsamar på
        Personvernkontoret og kan svare på spørsmål om dokumentasjonen.

        Vedlegg:
        {chr(10).join(enclosures)}

        Venleg helsing

        {E_FJAERESTAD.name}
        Rådgjevar personvern
        Personvernkontoret, Sjukehuset Vestkyst HF
        Telefon {E_FJAERESTAD.phone}
        {E_FJAERESTAD.email}

        Ikkje send sensitive personopplysningar til denne adressa utan kryptering.
    """)
    return message(
        cid,
        f"{E_FJAERESTAD.name} <{E_FJAERESTAD.email}>",
        f"Førehandsdrøfting – {t.title.split(' (')[0]}",
        date,
        body,
        attachments=files,
        cc=t.dpo.email,
    )


def e_reply(cid: str, date: str) -> str:
    return ftxt("""
        Til Datatilsynet

        Svar på varsel om tilsyn – loggkontroll i pasientjournalsystemet
        Dykkar ref. 26/01874-3

        Vi viser til brev frå Datatilsynet av 20. november 2026 der de ber om dokumentasjon på
        korleis Sjukehuset Vestkyst HF gjennomfører kontroll av tilgangslogg i DIPS.

        1. Rutine: Føretaket følgjer prosedyren «Kontroll av tilgang til pasientopplysningar»
        (EK-ID 22410). Kvar månad blir det trekt eit tilfeldig utval på 200 oppslag per klinikk.
        2. Automatisk kontroll: Oppslag på tilsette, kjende personar og eigne familiemedlemer blir
        flagga automatisk og gjennomgått av personvernkontoret kvar veke.
        3. Resultat 2026: 14 avvik, av desse fire saker med personalmessig oppfølging.
        4. Forbetring: Frå januar 2027 skal klinikkleiarane få månadleg rapport.

        Rutinen og årsrapporten for loggkontroll 2026 kan sendast kryptert om de ønskjer det.

        Venleg helsing

        Åshild Fjærestad
        Rådgjevar personvern, Personvernkontoret
        Sjukehuset Vestkyst HF
        Telefon +47 57 83 90 74
        ashild.fjaerestad@vestkyst-hf.no
    """)


# =========================================================================================
# F  Sparebanken Lyngheia (nb) — «PKA» DOCX with lettered chapters, matrix XLSX, board PDF
# =========================================================================================

F_METHOD = """\
Bankens rammeverk for personvernkonsekvensanalyser (PKA) er fastsatt av administrerende direktør (Retningslinje for personvern, punkt 7.3). En PKA skal beskrive behandlingen, vurdere nødvendighet og proporsjonalitet, analysere risiko for kundene og de ansatte, og dokumentere tiltak. Analysen skal godkjennes i tre steg: fagansvarlig, personvernombud (uttalelse) og konsernledelsen eller styret. Risiko vurderes på bankens 5x5-matrise for operasjonell risiko, tilpasset personvern: Grønn (lav), Gul (middels), Oransje (høy), Rød (svært høy)."""


def f_pka(t: Topic, k: K) -> str:
    draft = k.get("p5") == "draft"
    docnr = "PKA-2026-014" if t.key == "F1" else "PKA-2026-019"
    front = f"""\
# Personvernkonsekvensanalyse (PKA)

## {t.title}

## Dokumentstyring

| Dokumentnummer | {docnr} |
| Versjon | {"0.9 – utkast" if draft else "1.0"} |
| Fagansvarlig | {t.contact.name}, {t.contact.title} |
| Klassifisering | Intern – fortrolig |
| Neste revisjon | Desember 2027 |

## Godkjenningsforløp

| Steg | Rolle | Navn | Dato | Status |
| 1 | Fagansvarlig | {t.contact.name} | 10.11.2026 | Godkjent |
| 2 | Personvernombud (uttalelse) | {t.dpo.name} | 14.11.2026 | Avgitt |
| 3 | {t.decision_body} | {"Til behandling" if draft else "Administrerende direktør Trine Moland"} | {"" if draft else t.decision_date} | {"Utkast" if draft else "Godkjent (" + t.decision_ref + ")"} |
"""
    if k.get("p4") == "zero_byte":
        risk = "Risikoanalysen med risikomatrise og tiltak er i vedlegg 2 (regneark). Restrisikoen er vurdert som høy for én risiko."
    else:
        risk = f"""\
{matrix(t, "Sannsynlighet ↓ / Konsekvens →")}

{register(t, ("Nr.", "Risiko for kunden", "S", "K", "Nivå", "Tiltak", "Etter tiltak"))}

Analysen omfatter også risiko for kundens forutsigbarhet og åpenhet: kunden skal forstå hva som skjer og kunne velge alternativ."""
    sections = [
        (
            "A. Sammendrag",
            f"Banken planlegger {t.short}. {aim(t)} Analysen konkluderer med at behandlingen kan gjennomføres med tiltakene i kapittel E, men at restrisikoen er høy for minst én risiko. Banken vil derfor be om forhåndsdrøftelse.",
        ),
        ("B. Rammeverk og metode", F_METHOD),
        ("C. Behandlingen", numbered(description(t), "C")),
        ("D. Grunnlag, nødvendighet og proporsjonalitet", numbered(necessity(t), "D")),
        ("E. Risiko for kunden og tiltak", risk + f"\n\n{notdone_table(t)}"),
        ("F. Involvering", stakeholders_table(t)),
        (
            "G. Konklusjon og godkjenning",
            "Analysen er under godkjenning, jf. godkjenningsforløpet."
            if draft
            else f"{t.decision_body} godkjente analysen {t.decision_date}, se vedlegg 3.",
        ),
        ("Vedlegg 1 Kontaktoversikt", contacts_table(t, k)),
    ]
    return assemble(front, sections, "Innhold")


def f_mail(cid: str, t: Topic, k: K, date: str) -> Any:
    draft = k.get("p5") == "draft"
    docnr = "PKA-2026-014" if t.key == "F1" else "PKA-2026-019"
    files = [
        (
            f"{docnr}_{'Stemmebiometri' if t.key == 'F1' else 'AML_transaksjonsovervaking'}.docx",
            to_docx(
                f_pka(t, k),
                header="Sparebanken Lyngheia – Intern – fortrolig",
                footer=f"Dok.nr. {docnr}",
            ),
        )
    ]
    if k.get("p4") == "zero_byte":
        files.append((f"{docnr}_vedlegg2_risikomatrise.xlsx", b""))
    else:
        reg = [
            ["Nr.", "Risiko", "S", "K", "Nivå", "Tiltak", "S etter", "K etter", "Nivå etter"]
        ] + [
            [
                r.rid,
                r.text,
                str(r.s),
                str(r.k),
                colour("nb", r.s, r.k),
                r.measure,
                str(r.s2),
                str(r.k2),
                colour("nb", r.s2, r.k2),
            ]
            for r in t.risks
        ]
        files.append((f"{docnr}_vedlegg2_risikomatrise.xlsx", to_xlsx({"Risiko": reg})))
    if not draft:
        sak = f"""\
# Sparebanken Lyngheia – {t.decision_body}

## Sak {t.decision_ref}: Personvernkonsekvensanalyse {docnr} – {t.title}

~ Møtedato: {t.decision_date}
Saksansvarlig: {t.contact.name}
Dokumenter: {docnr} v1.0, personvernombudets uttalelse

## Saksfremstilling

Fagansvarlig presenterte analysen og hovedfunnene. Personvernombudet la frem sin uttalelse. Innspill fra {", ".join(a for a, _ in t.stakeholders)} ble gjennomgått.

## Vedtak

{t.decision_text}

~ Protokollført av styresekretær Hilde Aune"""
        files.append(
            (
                f"{docnr}_vedlegg3_protokoll.pdf",
                to_pdf(
                    sak, footer="Sparebanken Lyngheia · Fortrolig", page_word="Side {n} av {nb}"
                ),
            )
        )
    body = ftxt(f"""
        Datatilsynet
        Postboks 458 Sentrum
        0105 Oslo

        FØLGEBREV – ANMODNING OM FORHÅNDSDRØFTELSE, {t.title.upper()}

        Sparebanken Lyngheia (org.nr. {t.orgnr}) ber om forhåndsdrøftelse etter
        personvernforordningen artikkel 36 for {t.short}.

        Vedlagt følger:
        1. Personvernkonsekvensanalyse {docnr} med vedlegg 1 Kontaktoversikt
        2. Vedlegg 2 Risikomatrise (regneark)
        {"3. Vedlegg 3 Protokoll fra " + t.decision_body.lower() if not draft else "3. Vedlegg 3 Protokoll (ettersendes når analysen er godkjent)"}

        Kontaktperson i saken er {t.contact.name}, {t.contact.title}. Personvernombud er
        undertegnede. Telefon og e-post står i vedlegg 1.

        Med hilsen
        Sparebanken Lyngheia

        {t.dpo.name}
        Personvernombud
        Tlf. {t.dpo.phone} | {t.dpo.email}
        Sparebanken Lyngheia · Torvet 2 · 4836 Arendal · lyngheia.no

        Denne meldingen kan inneholde taushetsbelagt informasjon, jf. finansforetaksloven § 16-2.
    """)
    return message(
        cid,
        f"{t.dpo.name} <{t.dpo.email}>",
        f"Anmodning om forhåndsdrøftelse – {docnr} {t.title.split(' for ')[0]}",
        date,
        body,
        attachments=files,
        cc=t.contact.email,
    )


def f_question(cid: str, date: str) -> str:
    return ftxt("""
        Til Datatilsynet

        Spørsmål om forhåndsdrøftelse – chatbot med generativ KI i nettbanken

        Sparebanken Lyngheia har gjennomført en personvernkonsekvensanalyse (PKA-2026-021) for en
        chatbot i nettbanken som bruker en språkmodell til å svare på kundehenvendelser. Analysen
        konkluderer med at restrisikoen etter tiltak er middels (gul), og konsernledelsen har ikke
        fattet noen beslutning om forhåndsdrøftelse.

        Vi er usikre på om det likevel er forventet at banker ber om forhåndsdrøftelse for slike
        løsninger, særlig fordi modellen driftes av en leverandør i EU og kunder kan skrive inn
        helseopplysninger i fritekst.

        Vi ber derfor om en uformell tilbakemelding eller et veiledningsmøte. Dette er ikke en
        anmodning om forhåndsdrøftelse. Analysen kan ettersendes dersom dere ønsker å se den.

        Med hilsen
        Kjetil Omdal
        Personvernombud, Sparebanken Lyngheia
        Tlf. +47 37 05 60 99 | personvernombud@lyngheia.no
    """)


# =========================================================================================
# G  Fjordnett AS (telecom, nb) — PDF with «Kapittel» chapters, two-column contact block
# =========================================================================================

G_LINDAHL = Person(
    "Jonas Lindahl",
    "senior personvernrådgiver, Privacy Office",
    "+47 22 41 70 45",
    "jonas.lindahl@fjordnett.no",
)

G_METHOD = """\
Fjordnett utarbeider DPIA etter konsernstandard KS-PV-04. Standarden krever at dokumentet beskriver tjenesten og dataflyten, vurderer lovlighet, nødvendighet og forholdsmessighet, vurderer ekomrettslige krav (ekomloven kapittel 3 om taushetsplikt og trafikkdata), analyserer trusler og risiko for abonnentene og beskriver tiltak med ansvarlig og frist. Risiko vurderes på en 5x5-matrise med nivåene Lav (grønn), Middels (gul), Høy (oransje) og Kritisk (rød). Dokumentet godkjennes av konsernledelsen."""


def g_dpia(t: Topic, k: K) -> str:
    wip = k.get("p4") == "under_arbeid"
    c, d = t.contact, t.dpo
    left = [
        f"Kontaktperson: {c.name}",
        c.title,
        f"Tlf. {c.phone}" if k.get("p1") != "contact_no_phone" else "",
        c.email,
    ]
    right = [f"Personvernombud: {d.name}", d.title, f"Tlf. {d.phone}", d.email]
    cols = "\n".join(f"%% {a} %% {b}" for a, b in zip(left, right, strict=True))
    if t.processor:
        p = t.processor
        if k.get("p1") == "proc_no_person":
            proc = f"~ Databehandler: {p.org}, org.nr. {p.orgnr}, {p.address} ({p.service})\nKontakt: leverandørens servicedesk via kundeportalen"
        else:
            proc = f"~ Databehandler: {p.org}, org.nr. {p.orgnr}, {p.address} ({p.service})\nKontakt: {p.person.name}, {p.person.title}, tlf. {p.person.phone}, {p.person.email}"
    else:
        proc = "~ Databehandler: ingen – tjenesten driftes av Fjordnett selv."
    front = f"""\
# DPIA – {t.title}

~ Fjordnett AS · Privacy Office · Dokument KS-PV-04-{"017" if t.key == "G1" else "021"}
Status: {"Under arbeid" if wip else "Godkjent"} · Versjon {"0.7" if wip else "1.0"}

## Revisjonshistorikk

| Rev. | Dato | Beskrivelse | Sign. |
| 0.3 | 01.10.2026 | Tjenestebeskrivelse og dataflyt | JL |
| 0.7 | 05.11.2026 | Lovlighet, ekomrett, interessenter | JL/NB |
{"" if wip else "| 1.0 | " + ("03.12.2026" if t.key == "G1" else "09.12.2026") + " | Risikobilde, tiltaksplan, beslutning | JL |"}
"""
    if wip:
        risk = "Kapittelet er under arbeid. ROS-workshop med nettdrift og sikkerhet er planlagt 12. januar 2027."
        plan = "Avventer kapittel 6."
        decision = "Dokumentet er ikke behandlet i konsernledelsen."
    else:
        risk = f"""\
## Risikomatrise

{matrix(t)}

## Risikotabell

{register(t, ("ID", "Trussel / uønsket hendelse", "S", "K", "Nivå", "Tiltak", "Restrisiko"))}

## Åpenhet og forutsigbarhet

Abonnentene har liten mulighet til å påvirke behandlingen. Informasjon i vilkår og på nettsiden og reservasjonsmuligheten skal gjøre den forutsigbar."""
        plan = (
            "| Tiltak | Ansvarlig | Frist |\n"
            + "\n".join(f"| {r.measure} | {t.contact.name} | Før lansering |" for r in t.risks)
            + f"\n\n{notdone_table(t)}"
        )
        decision = f"""\
{t.decision_text}

| Rolle | Navn | Dato | Signatur |
| Konsernsjef | Eirik Haldorsen | {t.decision_date} | Godkjent i {t.decision_ref} |
| Personvernombud | {t.dpo.name} | {t.decision_date} | Uttalelse avgitt |

Til stede i møtet: konsernledelsen. Innspillene fra {", ".join(a for a, _ in t.stakeholders)} og funnene i dokumentet ble presentert av Privacy Office."""
    sections = [
        (
            "Kapittel 1 Formål med dokumentet",
            f"Dokumentet er Fjordnetts vurdering av personvernkonsekvenser for {t.short}. {G_METHOD}",
        ),
        ("Kapittel 2 Kontaktinformasjon", cols + "\n\n" + proc),
        ("Kapittel 3 Tjenestebeskrivelse og dataflyt", numbered(description(t), "3")),
        ("Kapittel 4 Lovlighet, nødvendighet og forholdsmessighet", numbered(necessity(t), "4")),
        (
            "Kapittel 5 Ekomrettslige krav",
            "Behandling av trafikk- og lokasjonsdata er underlagt ekomloven § 3-15 og taushetsplikten i § 3-8. Fjordnett har vurdert tjenesten opp mot disse bestemmelsene; vurderingen er sendt Nkom til orientering.",
        ),
        ("Kapittel 6 Trussel- og risikobilde", numbered(risk, "6") if not wip else risk),
        ("Kapittel 7 Tiltaksplan", plan),
        ("Kapittel 8 Beslutning", decision),
        ("Kapittel 9 Interessenter", stakeholders_table(t)),
    ]
    return assemble(front, sections, "Innholdsfortegnelse")


def g_mail(cid: str, t: Topic, k: K, date: str, resend: str = "") -> Any:
    doc = g_dpia(t, k)
    name = f"KS-PV-04-{'017' if t.key == 'G1' else '021'}_DPIA_{'Fjordnett_Flyt' if t.key == 'G1' else 'Svindeldeteksjon'}.pdf"
    files = [
        (
            name,
            pdf_toc(
                doc,
                t.title,
                header="Fjordnett AS – DPIA – Begrenset",
                footer="KS-PV-04",
                page_word="Side {n} av {nb}",
            ),
        )
    ]
    note = f"\n{resend}\n" if resend else ""
    wip = ""
    if k.get("p4") == "under_arbeid":
        wip = "\nVi gjør oppmerksom på at kapittel 6 og 7 fortsatt er under arbeid. Vi sender likevel nå for å komme i gang.\n"
    body = ftxt(f"""
        Til Datatilsynet
        {note}
        Fjordnett AS ber om forhåndsdrøftelse etter personvernforordningen art. 36 for tjenesten
        «{"Fjordnett Flyt" if t.key == "G1" else "Fjordnett Svindelvern"}»: {t.short}.

        Vedlagt er DPIA-dokumentet. Kontaktinformasjon står i kapittel 2.
        {wip}
        Beste hilsen
        {G_LINDAHL.name}
        Senior personvernrådgiver | Privacy Office
        Fjordnett AS | Nedre Vollgate 9, 0158 Oslo
        Mobil {G_LINDAHL.phone} | Kundeservice 05050
        {G_LINDAHL.email}
    """)
    return message(
        cid,
        "Fjordnett Privacy Office <privacy@fjordnett.no>",
        ("SV: " if resend else "") + f"Forhåndsdrøftelse – {t.title.split(' (')[0]}",
        date,
        body,
        attachments=files,
        cc=t.dpo.email,
    )


def g_complaint_reply(cid: str, date: str) -> str:
    return ftxt("""
        Til Datatilsynet

        Deres ref.: 26/02217-2 – Klage fra [klager] på utlevering av trafikkdata

        Vi viser til brev av 25. november 2026 med klage fra en tidligere abonnent, som mener
        Fjordnett har utlevert trafikkdata om ham til tidligere samboer.

        Fjordnett har gjennomgått saken:
        - Utskrift av samtaleoversikt ble bestilt i Min side av kontoeier (klagerens tidligere
          samboer), som var kontoeier for familieabonnementet klageren brukte.
        - Slik utskrift viser bare nummer som er ringt fra abonnementet og maskerer de fire siste
          sifrene, i tråd med ekomloven.
        - Det er ikke funnet tegn til at ansatte har gitt ut opplysninger.

        Vi har likevel endret rutinen slik at brukere av familieabonnement varsles når kontoeier
        bestiller samtaleoversikt. Vi legger ved rutinen dersom dere ønsker det.

        Med hilsen
        Jonas Lindahl
        Senior personvernrådgiver, Privacy Office
        Fjordnett AS
        Mobil +47 22 41 70 45 | jonas.lindahl@fjordnett.no
    """)


# =========================================================================================
# H  Direktoratet for tilskuddsforvaltning (nb) — state letter + DPIA; sometimes all in body
# =========================================================================================

H_DAHL = Person("Even Dahl", "seniorrådgiver", "+47 22 94 31 77", "even.dahl@dtf.no")

H_METHOD = """\
Direktoratet følger Digitaliseringsdirektoratets veiledning for internkontroll og direktoratets egen rutine for vurdering av personvernkonsekvenser (rutine PV-05). Rutinen krever at vurderingen inneholder en systematisk beskrivelse av behandlingen, en vurdering av nødvendighet og forholdsmessighet, en vurdering av risiko for de registrertes rettigheter og friheter og tiltak for å håndtere risikoen. Risiko vurderes på en 5x5-matrise (sannsynlighet og konsekvens 1–5) med fargene grønn, gul, oransje og rød. Vurderingen skal forelegges personvernombudet og godkjennes i direktørens ledermøte."""


def h_dpia(t: Topic, k: K) -> str:
    will_follow = k.get("p5") in ("will_follow", "pending")
    front = f"""\
# Vurdering av personvernkonsekvenser

## {t.title}

~ Direktoratet for tilskuddsforvaltning · Saksnummer {"2026/4471" if t.key == "H1" else "2026/5012"}

## Dokumenthistorikk

| Versjon | Dato | Endring | Ansvarlig |
| 0.5 | 15.09.2026 | Utkast til personvernombudet | {t.contact.name} |
| 0.9 | 30.10.2026 | Etter innspill fra personvernombud og interessenter | {t.contact.name} |
{"" if will_follow else f"| 1.0 | {t.decision_date} | Godkjent i {t.decision_ref} | {t.contact.name} |"}
"""
    if k.get("p3") == "not_done":
        nec = f"## 5.1 Rettslig grunnlag\n\n{t.legal}\n\n## 5.2 Nødvendighet og forholdsmessighet\n\nVurderingen av nødvendighet og forholdsmessighet er ikke ferdigstilt. Avdelingen avventer en avklaring fra Skatteetaten om hvilke felt i a-ordningen som kan utleveres, og vurderingen gjøres når feltutvalget er klart."
    else:
        nec = numbered(necessity(t), "5")
    if will_follow:
        lead = "Vurderingen legges frem for direktørens ledermøte 14. januar 2027. Protokollen ettersendes Datatilsynet."
    elif k.get("p3") == "not_done":
        lead = "Vurderingen legges frem for direktørens ledermøte når kapittel 5 er ferdig."
    else:
        lead = f"""\
~ Utdrag av protokoll fra {t.decision_body.lower()} {t.decision_date}
{t.decision_ref}: Vurdering av personvernkonsekvenser – {t.title}
Til stede: direktør Marit Haugen, avdelingsdirektørene, kommunikasjonsdirektør, personvernombud {t.dpo.name}.

Avdeling for kontroll presenterte vurderingen og funnene. Innspillene fra {", ".join(a for a, _ in t.stakeholders)} ble gjennomgått.

Beslutning: {t.decision_text}"""
    sections = [
        (
            "Sammendrag",
            f"Direktoratet planlegger {t.short}. {aim(t)} Vurderingen beskriver behandlingen, vurderer rettslig grunnlag, nødvendighet og forholdsmessighet, og risiko for de registrerte. Direktoratet vil be om forhåndsdrøftelse.",
        ),
        (
            "1 Innledning",
            f"Dokumentet er utarbeidet av Avdeling for kontroll med bistand fra personvernombudet. Kontaktperson er {t.contact.name}, {t.contact.title}.",
        ),
        ("2 Metode og avgrensning", H_METHOD),
        ("3 Beskrivelse av behandlingen", numbered(description(t), "3")),
        ("4 Kontaktinformasjon", contacts_table(t, k)),
        ("5 Rettslig grunnlag, nødvendighet og forholdsmessighet", nec),
        (
            "6 Risikovurdering",
            f"{matrix(t)}\n\n{register(t, ('Nr.', 'Uønsket hendelse for den registrerte', 'S', 'K', 'Nivå', 'Tiltak', 'Restrisiko'))}\n\nRisiko knyttet til åpenhet og forutsigbarhet er særlig vurdert i nr. R2.",
        ),
        ("7 Tiltak som er vurdert, men ikke gjennomført", notdone_table(t)),
        ("8 Involvering", stakeholders_table(t)),
        ("9 Ledelsens behandling", lead),
    ]
    return assemble(front, sections, "Innhold")


def h_letter(t: Topic, k: K, ref: str, dpia_file: str) -> str:
    will_follow = k.get("p5") in ("will_follow", "pending")
    enc = [f"1 {dpia_file}"]
    if not will_follow and k.get("p3") != "not_done":
        enc.append(
            "2 Utdrag av protokoll fra direktørens ledermøte (inntatt i vurderingen, kapittel 9)"
        )
    return f"""\
~ Direktoratet for tilskuddsforvaltning

~ Datatilsynet
Postboks 458 Sentrum
0105 Oslo

| Vår dato: | Vår referanse: | Deres dato: | Deres referanse: |
| 10.12.2026 | {ref} | | |

~ Saksbehandler: {H_DAHL.name}, tlf. {H_DAHL.phone}

# Anmodning om forhåndsdrøftelse etter personvernforordningen artikkel 36 – {t.title.lower()}

Direktoratet for tilskuddsforvaltning (org.nr. {t.orgnr}) ber om forhåndsdrøftelse for {t.short}.

Direktoratet har gjennomført en vurdering av personvernkonsekvenser. Vurderingen viser at risikoen for de registrerte fortsatt er høy etter tiltak, særlig risikoen «{t.risks[0].text}» ({t.risks[0].rid}).

Kontaktperson i direktoratet er {t.contact.name}, {t.contact.title}, tlf. {t.contact.phone}, e-post {t.contact.email}. Direktoratets personvernombud er {t.dpo.name}, tlf. {t.dpo.phone}, e-post {t.dpo.email}. Databehandler og kontaktopplysninger står i vurderingens kapittel 4.

{"Vurderingen skal behandles i direktørens ledermøte 14. januar 2027. Protokollen ettersendes." if will_follow else ""}

~ Med hilsen

~ Marit Haugen (e.f.)
direktør
Siv Kjelstad
avdelingsdirektør

~ Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer.

~ Vedlegg:
{chr(10).join(enc)}

~ Kopi: Personvernombudet i Direktoratet for tilskuddsforvaltning
"""


def h_mail(cid: str, t: Topic, k: K, date: str, inline: bool = False) -> Any:
    from kit import plain

    ref = "2026/4471-9" if t.key == "H1" else "2026/5012-4"
    dpia_file = f"DPIA_{'risikoklassifisering' if t.key == 'H1' else 'samkjoring_a-ordningen'}.pdf"
    subject = f"Anmodning om forhåndsdrøftelse – {t.title.split(' av ')[0]} – vår ref. {ref}"
    if inline:
        body = (
            "Til Datatilsynet\n\nDirektoratets saksbehandlingssystem kan ikke sende vedlegg kryptert. Brevet og vurderingen er derfor limt inn i e-posten under.\n\n"
            + plain(h_letter(t, k, ref, "Vurdering av personvernkonsekvenser (gjengitt nedenfor)"))
            + "\n==================================================\n\n"
            + plain(h_dpia(t, k))
            + f"\n--\n{H_DAHL.name}\nSeniorrådgiver, Avdeling for kontroll\nDirektoratet for tilskuddsforvaltning\nTlf. {H_DAHL.phone} | {H_DAHL.email} | Sentralbord +47 22 94 30 00\n"
        )
        return message(cid, f"{H_DAHL.name} <{H_DAHL.email}>", subject, date, body)
    files = [
        (
            f"Brev_{ref.replace('/', '-')}_Anmodning_om_forhandsdrofting.pdf",
            to_pdf(
                h_letter(t, k, ref, dpia_file),
                footer="Direktoratet for tilskuddsforvaltning · Postboks 1150 Sentrum, 0107 Oslo · postmottak@dtf.no · Org.nr. 974 760 283",
            ),
        ),
        (
            dpia_file,
            pdf_toc(
                h_dpia(t, k),
                t.title,
                header=f"Vurdering av personvernkonsekvenser – saksnr. {ref.split('-')[0]}",
                footer="Unntatt offentlighet, offl. § 13 jf. § 24",
                page_word="Side {n} av {nb}",
            ),
        ),
    ]
    body = ftxt(f"""
        Hei,

        Vedlagt følger brev fra Direktoratet for tilskuddsforvaltning med anmodning om
        forhåndsdrøftelse, vår ref. {ref}, med vedlegg.

        Vennlig hilsen
        {H_DAHL.name}
        Seniorrådgiver, Avdeling for kontroll
        Direktoratet for tilskuddsforvaltning
        Tlf. {H_DAHL.phone}
    """)
    return message(
        cid,
        f"{H_DAHL.name} <{H_DAHL.email}>",
        subject,
        date,
        body,
        attachments=files,
        cc=t.dpo.email,
    )


# =========================================================================================
# I  Handelshuset Varden ASA (retail, nb) — template DPIA «Del 1–5» with guidance boxes
# =========================================================================================

I_MO = Person(
    "Lise Mo", "seniorrådgiver, Compliance & Personvern", "+47 64 98 30 41", "lise.mo@varden.no"
)

I_GUIDE = {
    1: "Veiledning: Gi en kort oversikt over prosjektet, hvem som eier det og hvem som er kontaktpunkter. Personvernombudet skal alltid stå oppført.",
    2: "Veiledning: Beskriv systematisk hva som skal gjøres med personopplysningene: formål, art, omfang, sammenheng, kilder, mottakere, lagring og sikkerhet. Legg ved dataflytdiagram.",
    3: "Veiledning: Forklar hvorfor behandlingen er nødvendig for formålet og hvorfor den er forholdsmessig. Beskriv behandlingsgrunnlag, alternativer som er vurdert, dataminimering og hvordan de registrertes rettigheter ivaretas. Dokumenter tiltak og garantier.",
    4: "Veiledning: Vurder risiko for de registrertes rettigheter og friheter (ikke for Varden). Bruk risikomatrisen i Vedlegg B (5x5, grønn–gul–oransje–rød). Beskriv tiltak, restrisiko og tiltak som ikke gjennomføres, med begrunnelse.",
    5: "Veiledning: Dokumenter hvem som har godkjent vurderingen og beslutningen om restrisiko. Ved høy restrisiko skal konsernledelsen beslutte om forhåndsdrøftelse.",
}


def i_dpia(t: Topic, k: K) -> str:
    pending = k.get("p5") == "pending"
    front = f"""\
# Vurdering av personvernkonsekvenser (DPIA)

## {t.title}

~ Handelshuset Varden ASA · DPIA-mal v4 · Compliance & Personvern
Prosjekteier: {t.contact.name}, {t.contact.title}

## Versjoner

| Versjon | Dato | Kommentar |
| 0.1 | 12.08.2026 | Opprettet fra mal |
| 0.8 | 20.10.2026 | Pilot i fire butikker evaluert |
| 1.0 | 01.12.2026 | Til konsernledelsen |
"""
    if k.get("p2") == "wrong_file":
        d2 = "Løsningen og dataflyten er beskrevet i Vedlegg A (Løsningsbeskrivelse fra leverandøren)."
    else:
        d2 = numbered(description(t), "2")
    if k.get("p3") == "method_only":
        d3 = "[Fylles ut av prosjektet sammen med Compliance & Personvern.]"
    else:
        d3 = numbered(necessity(t), "3")
    d4 = f"""\
Risikomatrisen og fullt register står i Vedlegg B. Oversikt:

{register(t, ("ID", "Risiko for kunden/medlemmet", "S", "K", "Tiltak"), style="short")}

{notdone_table(t)}

Åpenhet og forutsigbarhet: kundene skal forstå hva som skjer gjennom skilting, informasjon i appen og på nettsiden."""
    if pending:
        d5 = f"""\
| Rolle | Navn | Beslutning | Dato |
| Prosjekteier | {t.contact.name} | Anbefalt | 01.12.2026 |
| Personvernombud | {t.dpo.name} | Uttalelse | 03.12.2026 |
| Konsernledelsen | | Behandles 19.01.2027 | |"""
    else:
        d5 = f"""\
| Rolle | Navn | Beslutning | Dato |
| Prosjekteier | {t.contact.name} | Anbefalt | 01.12.2026 |
| Personvernombud | {t.dpo.name} | Uttalelse: forhåndsdrøftelse anbefales | 03.12.2026 |
| Konsernledelsen | Konsernsjef Anne-Grete Vold | Godkjent, {t.decision_ref} | {t.decision_date} |

Referat fra {t.decision_ref}: {t.decision_text}"""
    sections = [
        (
            "Del 1 Prosjektet i korte trekk",
            f"{I_GUIDE[1]}\n\n{t.controller} skal ta i bruk {t.short}. {aim(t)}\n\n{contacts_table(t, k)}",
        ),
        ("Del 2 Hva vi skal gjøre med opplysningene", f"{I_GUIDE[2]}\n\n{d2}"),
        ("Del 3 Hvorfor det er nødvendig og forholdsmessig", f"{I_GUIDE[3]}\n\n{d3}"),
        ("Del 4 Risikobildet", f"{I_GUIDE[4]}\n\n{d4}"),
        ("Del 5 Hvem har sagt ja", f"{I_GUIDE[5]}\n\n{d5}"),
        ("Innspill fra interessenter", stakeholders_table(t)),
    ]
    return assemble(front, sections, "Innhold")


def i_mail(cid: str, t: Topic, k: K, date: str) -> Any:
    slug = "Kassekamera" if t.key == "I1" else "VardenPluss"
    files = [
        (
            f"DPIA_{slug}_v1.0.pdf",
            pdf_toc(
                i_dpia(t, k),
                t.title,
                header="Handelshuset Varden ASA – DPIA – Intern",
                footer="DPIA-mal v4",
                page_word="Side {n} av {nb}",
            ),
        )
    ]
    if k.get("p2") == "wrong_file":
        guide = """\
# Scanwise CheckoutVision – Installasjonsveiledning

## 1 Før installasjon

Kontroller takhøyde over kassen (2,4–3,2 m) og at det finnes PoE-port i nærmeste nettverksskap.

## 2 Montering

Monter braketten i himlingen sentrert over skanneren. Kameraet skal peke rett ned; vinkel maks 8 grader.

## 3 Nettverk

Kameraet får IP-adresse via DHCP i butikkens kamera-VLAN. Åpne port 443 ut mot Scanwise oppdateringsserver.

## 4 Kalibrering

Legg kalibreringsarket på skanneren og trykk «Kalibrer» i installasjonsappen. Gjenta ved flytting."""
        files.append(
            (
                "Vedlegg_A_Losningsbeskrivelse.pdf",
                to_pdf(
                    guide, footer="Scanwise Retail BV · Dok. CV-INST-NO-3.1", page_word="Page {n}"
                ),
            )
        )
    mx = [[c.strip() for c in line.strip("|").split("|")] for line in matrix(t).split("\n")]
    reg = [["ID", "Risiko", "Sannsynlighet", "Konsekvens", "Nivå", "Tiltak", "Restrisiko"]] + [
        [
            r.rid,
            r.text,
            str(r.s),
            str(r.k),
            colour("nb", r.s, r.k),
            r.measure,
            colour("nb", r.s2, r.k2),
        ]
        for r in t.risks
    ]
    files.append(("Vedlegg_B_Risikomatrise.xlsx", to_xlsx({"Matrise": mx, "Register": reg})))
    body = ftxt(f"""
        Hei

        Handelshuset Varden ASA ber om forhåndsdrøftelse etter artikkel 36 for {t.short}.

        Vedlagt:
        - DPIA ({files[0][0]}), med kontaktpersoner i del 1
        {"- Vedlegg A Løsningsbeskrivelse" + chr(10) if k.get("p2") == "wrong_file" else ""}- Vedlegg B Risikomatrise (Excel)

        Vennlig hilsen
        {I_MO.name}
        Seniorrådgiver | Compliance & Personvern
        Handelshuset Varden ASA | Vardeveien 1, 1540 Vestby
        {I_MO.phone} | {I_MO.email}
    """)
    return message(
        cid,
        f"{I_MO.name} <{I_MO.email}>",
        f"Forhåndsdrøftelse: {t.title}",
        date,
        body,
        attachments=files,
        cc=t.dpo.email,
    )


def i_press(cid: str, date: str) -> Any:
    from kit import html_from_text

    text = ftxt("""
        PRESSEMELDING – for publisering 15. desember 2026 kl. 07.00

        Varden lanserer Varden Pluss: personlige tilbud til 1,4 millioner medlemmer

        Handelshuset Varden ASA lanserer i februar 2027 et nytt lojalitetsprogram med personlige
        tilbud basert på kjøpshistorikk. Medlemmene velger selv hvilke typer tilbud de vil ha, og kan
        se og endre hvilke kundegrupper de er plassert i direkte i appen.

        – Personvern er en konkurransefordel. Vi har gjort en grundig vurdering av
        personvernkonsekvensene og vil ha en åpen dialog med Datatilsynet, sier direktør
        kundeprogram Thomas Brekken.

        Kontakt for pressen:
        Pressevakt Handelshuset Varden, tlf. +47 64 98 30 00, presse@varden.no

        Om Handelshuset Varden ASA: 180 butikker, 6 200 ansatte, omsetning 21 mrd. kroner (2025).

        Du mottar denne e-posten fordi du står på Vardens presseliste.
    """)
    return message(
        cid,
        "Varden Presse <presse@varden.no>",
        "PRESSEMELDING: Varden lanserer Varden Pluss",
        date,
        text,
        html=html_from_text(text),
    )


# =========================================================================================
# J  Tessell Software AS, writing for its customers (en) — vendor DPIA template, DOCX
# =========================================================================================

J_ANDERSEN = Person(
    "Julie Andersen", "Customer Privacy Lead", "+47 455 02 901", "julie.andersen@tessell.no"
)

J_METHOD = """\
Tessell prepares DPIAs for customers who use Tessell products, as part of our assistance obligation under Article 28(3)(f) GDPR. The customer remains the controller and owns the assessment; Tessell contributes the product facts, the technical and organisational measures and a first risk analysis, which the customer reviews and completes.

## Structure

Each Tessell DPIA contains: a description of the processing in the customer's context; an assessment of necessity and proportionality, completed with the customer; a risk analysis of the rights and freedoms of data subjects, using a 5x5 matrix (Green 1–4, Amber 5–11, Red 12–25); the measures taken by Tessell and by the customer; stakeholder input gathered by the customer; and the customer's sign-off.

## Limitations

Tessell does not assess the customer's organisational context beyond what the customer has told us. The customer's management must review and approve the assessment."""


def j_dpia(t: Topic, k: K) -> str:
    blank = k.get("p5") == "draft"
    front = f"""\
# Data Protection Impact Assessment

## {t.title}

~ Prepared for: {t.controller} (controller)
Prepared by: Tessell Software AS (processor), Customer Privacy
Document: TS-DPIA-{"0412" if t.key == "J1" else "0433"} · Version {"1.0 (customer review)" if blank else "1.1"}

## Revision history

| Version | Date | Description | By |
| 0.1 | 05/10/2026 | Product facts and measures | J. Andersen |
| 0.6 | 02/11/2026 | Workshop with customer | J. Andersen, {t.contact.name} |
| 1.0 | 20/11/2026 | Customer review version | J. Andersen |
{"" if blank else f"| 1.1 | {t.decision_date.replace(' ', '/').replace('November', '11').replace('December', '12')} | Customer sign-off recorded | J. Andersen |"}

## Approval

| | Name | Decision | Date |
| Tessell Customer Privacy | {J_ANDERSEN.name} | Prepared | 20/11/2026 |
| Customer DPO | {t.dpo.name} | Advised | 25/11/2026 |
| Customer management | {"" if blank else t.decision_body} | {"" if blank else "Approved"} | {"" if blank else t.decision_date} |
"""
    if blank:
        signoff = """\
To be completed by the customer.

| Name | Role | Decision (Approved / Not approved) | Date | Signature |
| | | | | |
| | | | | |"""
    else:
        signoff = f"""\
{t.decision_body} reviewed this DPIA on {t.decision_date} ({t.decision_ref}).

Record of decision: {t.decision_text}"""
    sections = [
        (
            "1 Purpose of this document",
            f"This DPIA concerns {t.short} at {t.controller}. {aim(t)}",
        ),
        ("2 How Tessell prepares DPIAs", numbered(J_METHOD, "2")),
        ("3 The processing", numbered(description(t), "3")),
        ("4 Necessity and proportionality", numbered(necessity(t), "4")),
        (
            "5 Risk analysis",
            f"{matrix(t, 'Likelihood / Impact', four=False)}\n\n{register(t, ('ID', 'Risk to data subjects', 'L', 'I', 'Rating', 'Measure', 'Residual'))}\n\nTransparency and predictability are covered by R3 and by the information measures in section 4.",
        ),
        (
            "6 Measures",
            f"Tessell measures: encryption in transit and at rest, EU hosting, MFA, role-based access, audit logging, annual ISO 27001 audit.\n\n{notdone_table(t)}",
        ),
        ("7 Stakeholder input", stakeholders_table(t)),
        ("8 Contacts", contacts_table(t, k)),
        ("9 Customer sign-off", signoff),
    ]
    return assemble(front, sections, "Table of contents")


def j_mail(cid: str, t: Topic, k: K, date: str) -> Any:
    name = f"TS-DPIA-{'0412' if t.key == 'J1' else '0433'}_{'Fjellvang_Proctor' if t.key == 'J1' else 'Lillestrand_CareRoute'}.docx"
    files = [
        (
            name,
            to_docx(
                j_dpia(t, k),
                header=f"Tessell Software AS – DPIA for {t.controller}",
                footer="Confidential – prepared under Art. 28(3)(f) GDPR",
            ),
        )
    ]
    d = t.dpo
    if k.get("p1") == "dpo_no_contact":
        dpo_line = f"Data Protection Officer: {d.name}"
    else:
        dpo_line = f"Data Protection Officer: {d.name}, {d.phone}, {d.email}"
    body = ftxt(f"""
        Dear Datatilsynet,

        On behalf of our customer {t.controller} (org. no. {t.orgnr}), which is the controller, we
        submit a request for prior consultation under Article 36 GDPR concerning {t.short}.

        Tessell Software AS is the processor and has prepared the attached DPIA together with the
        customer. The customer has asked us to send it and is copied on this e-mail.

        Controller contacts:
        Contact person: {t.contact.name}, {t.contact.title}, {t.contact.phone}, {t.contact.email}
        {dpo_line}

        Processor contact: {J_ANDERSEN.name}, {J_ANDERSEN.title}, Tessell Software AS,
        {J_ANDERSEN.phone}, {J_ANDERSEN.email}

        Attachment: {name}

        Best regards,
        Julie Andersen
        Customer Privacy Lead
        Tessell Software AS | Nydalsveien 28, 0484 Oslo | tessell.no
    """)
    return message(
        cid,
        f"{J_ANDERSEN.name} <{J_ANDERSEN.email}>",
        f"Prior consultation request – {t.controller} – {t.title.split(' (')[-1].rstrip(')')}",
        date,
        body,
        attachments=files,
        cc=t.contact.email,
    )


def j_newsletter(cid: str, date: str) -> Any:
    from kit import html_from_text

    text = ftxt("""
        Tessell Customer Privacy Update – December 2026

        New in 2027: DPIA assistance package

        From January, all Tessell customers get a pre-filled DPIA for each Tessell product, based on
        our template (Purpose, Methodology, The processing, Necessity, Risk analysis, Measures,
        Stakeholders, Contacts, Customer sign-off). The customer completes and approves it.

        Sub-processor changes: from 1 March 2027, Tessell adds Cloudflare, Inc. as a sub-processor for
        DDoS protection. Customers may object within 30 days.

        Questions? Contact our Customer Privacy team at privacy@tessell.no.

        You receive this update because your organisation is registered as a Tessell customer or
        partner contact. Unsubscribe: tessell.no/unsubscribe
    """)
    return message(
        cid,
        "Tessell Customer Privacy <privacy@tessell.no>",
        "Tessell Customer Privacy Update – December 2026",
        date,
        text,
        html=html_from_text(text),
    )
