# ruff: noqa: E501
"""Shared renderers: a topic's sections written out in nb, nn or en, in the kit's markup."""

from __future__ import annotations

from topics import Processor, Topic

WORDS = {
    "nb": {
        "data": "Opplysninger som behandles",
        "flow": "Kilder og mottakere",
        "sec": "Informasjonssikkerhet",
        "prop": "Forholdsmessighet",
        "safe": "Tiltak og garantier for de registrerte",
        "alt": "Alternativ",
        "why": "Hvorfor forkastet / status",
        "risk": ("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"),
        "nt": "Tiltak vurdert, men ikke gjennomført",
        "name": "Navn",
        "phone": "Telefon",
        "mail": "E-post",
        "role": "Rolle",
    },
    "nn": {
        "data": "Opplysningar som vert handsama",
        "flow": "Kjelder og mottakarar",
        "sec": "Informasjonstryggleik",
        "prop": "Forholdsmessigheit",
        "safe": "Tiltak og garantiar for dei registrerte",
        "alt": "Alternativ",
        "why": "Kvifor ikkje valt",
        "risk": ("Risiko", "Sannsyn", "Konsekvens", "Tiltak"),
        "nt": "Tiltak vi har vurdert, men ikkje gjennomført",
        "name": "Namn",
        "phone": "Telefon",
        "mail": "E-post",
        "role": "Rolle",
    },
    "en": {
        "data": "Personal data processed",
        "flow": "Sources and recipients",
        "sec": "Information security",
        "prop": "Proportionality",
        "safe": "Safeguards for data subjects",
        "alt": "Alternative",
        "why": "Why not chosen",
        "risk": ("Risk", "Likelihood", "Severity", "Mitigation"),
        "nt": "Measures considered but not adopted",
        "name": "Name",
        "phone": "Phone",
        "mail": "E-mail",
        "role": "Role",
    },
}


def describe(t: Topic, lang: str) -> str:
    w = WORDS[lang]
    paras = "\n\n".join(t.description)
    return f"{paras}\n\n{w['data']}: {t.data}\n\n{t.flow}\n\n{w['sec']}: {t.security}"


def alternatives_bullets(t: Topic) -> str:
    return "\n".join(f"- {a}: {why}" for a, why in t.alternatives)


def alternatives_table(t: Topic, lang: str) -> str:
    w = WORDS[lang]
    rows = "\n".join(f"| {a} | {why} |" for a, why in t.alternatives)
    return f"| {w['alt']} | {w['why']} |\n{rows}"


def necessity(t: Topic, lang: str, table: bool = False) -> str:
    """Necessity, the alternatives weighed, proportionality and the safeguards."""
    w = WORDS[lang]
    alts = alternatives_table(t, lang) if table else alternatives_bullets(t)
    safe = "\n".join(f"- {s}" for s in t.safeguards)
    return (
        "\n\n".join(t.necessity)
        + f"\n\n{alts}\n\n{w['prop']}: {t.proportionality}\n\n{w['safe']}:\n\n{safe}"
    )


def risk_table(t: Topic, lang: str, header: tuple[str, ...] | None = None) -> str:
    w = WORDS[lang]
    head = header or w["risk"]
    rows = "\n".join(f"| {r} | {s} | {k} | {m} |" for r, s, k, m in t.risks)
    return f"| {' | '.join(head)} |\n{rows}"


def risk_bullets(t: Topic, lang: str) -> str:
    w = WORDS[lang]
    head = w["risk"]
    return "\n".join(
        f"- {r}. {head[1]}: {s}. {head[2]}: {k}. {head[3]}: {m}." for r, s, k, m in t.risks
    )


def not_taken(t: Topic, lang: str) -> str:
    m, why = t.not_taken
    return f"{WORDS[lang]['nt']}: {m} – {why}"


def risk_rows(t: Topic, scores: bool = False) -> list[list[str]]:
    """Risk register rows for a spreadsheet; with scores, 1-4 numbers instead of words."""
    scale = {
        "Lav": "1",
        "Låg": "1",
        "Low": "1",
        "Middels": "2",
        "Medium": "2",
        "Høy": "3",
        "Høg": "3",
        "High": "3",
        "Svært høy": "4",
    }
    out = []
    for i, (r, s, k, m) in enumerate(t.risks, 1):
        if scores:
            s, k = scale[s], scale[k]
        out.append([f"R{i}", r, s, k, m])
    return out


def processor_line(p: Processor, lang: str) -> str:
    if lang == "en":
        return f"{p.org}, {p.address} – {p.role}. Contact: {p.person}, {p.phone}, {p.email}"
    return f"{p.org}, org.nr. {p.orgno}, {p.address} – {p.role}. Kontaktperson: {p.person}, {p.phone}, {p.email}"
