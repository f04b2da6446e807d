"""The ten fictional senders of blind9: their people, signatures, footers and document templates.

Every organisation, person, phone number, e-mail address and org number here is invented.
A case supplies a ``Topic`` (written in the sender's language) and picks the sender's template;
the template decides the headings, the layout and where the contact details go.
"""

from __future__ import annotations

from dataclasses import dataclass

from kit import csv_bytes, scan_image, scan_pdf, to_docx, to_odt, to_pdf


@dataclass(frozen=True)
class Topic:
    """The substance of one planned processing, in the sender's own words and language."""

    title: str
    what: str  # nature, purpose and context
    scope: str  # who, how many, which data, retention
    flow: str  # sources, recipients, systems, security, responsibility
    need: str  # why it is necessary
    proportional: str  # why less intrusive means do not suffice
    safeguards: tuple[str, ...]  # measures for the principles and the data subjects' rights
    risks: tuple[tuple[str, str, str], ...]  # (risk, level, measure)
    not_done: str  # a measure considered but not implemented, and why


def nothing(*_: object) -> str:
    return ""


# --- A: Smilehuset Tannklinikker AS (dental chain) -------------------------------------------

A_DOMAIN = "smilehuset.no"
A_FROM = "Ingrid Solberg-Vik <ingrid.solberg-vik@smilehuset.no>"
A_DPO = (
    "Vårt personvernombud er Torstein Aamodt, tlf. 930 44 182, "
    "e-post torstein.aamodt@smilehuset.no."
)


def a_signature(phone: str | None = "mob. 907 31 554") -> str:
    lines = ["Med vennlig hilsen", "", "Ingrid Solberg-Vik", "Kvalitets- og personvernleder"]
    if phone:
        lines.append(phone)
    lines += ["ingrid.solberg-vik@smilehuset.no", "Smilehuset Tannklinikker AS – 14 klinikker"]
    return "\n".join(lines) + "\n"


def a_dpia(t: Topic, contacts: str, approval: str) -> bytes:
    """The dental chain's Word DPIA: plain-language question headings."""
    risks = "\n".join(f"| {r} | {lvl} | {m} |" for r, lvl, m in t.risks)
    return to_docx(
        f"""
# DPIA – {t.title}

Smilehuset Tannklinikker AS, org.nr. 921 448 306. Versjon 1.2.

# Hvem er vi, og hvem kan dere kontakte?

{contacts}

# Hva skal vi gjøre?

{t.what}

{t.scope}

{t.flow}

# Hvorfor er dette nødvendig?

{t.need}

{t.proportional}

## Hva gjør vi for pasientenes rettigheter?

{chr(10).join("- " + s for s in t.safeguards)}

# Hva kan gå galt?

| Hva kan gå galt | Risiko før tiltak | Hva vi gjør med det |
{risks}

## Hva har vi vurdert, men ikke gjort?

{t.not_done}

# Hvem har godkjent?

{approval}
"""
    )


# --- B: Solbakken Boligbyggelag (housing cooperative) ----------------------------------------

B_DOMAIN = "solbakken-bbl.no"
B_FROM = "Bente Hauge <bente.hauge@solbakken-bbl.no>"
B_CONTACT = (
    "Kontaktperson for saken er forvaltningssjef Bente Hauge, som nås på 48021137 eller "
    "bente.hauge@solbakken-bbl.no."
)
B_DPO = (
    "Boligbyggelagets personvernombud leveres av Personvernpartner AS; ombudet er "
    "advokat Sindre Flaten, tlf. 91550264, sindre.flaten@personvernpartner.no."
)
B_SIGNATURE = (
    "Hilsen\nBente Hauge\nforvaltningssjef, Solbakken Boligbyggelag\n"
    "Postboks 118, 2609 Lillehammer\n"
)


def b_dpia(t: Topic, intro: str = "") -> bytes:
    """The cooperative's numbered PDF 'Vurdering av personvernkonsekvenser'."""
    risks = "\n".join(f"| {r} | {lvl} | {m} |" for r, lvl, m in t.risks)
    return to_pdf(
        f"""
# Vurdering av personvernkonsekvenser – {t.title}

Solbakken Boligbyggelag (SBBL), org.nr. 948 202 611. Utarbeidet av forvaltningsavdelingen.
{intro}

# 1. Beskrivelse av behandlingen

{t.what}

{t.scope}

{t.flow}

# 2. Nødvendighet og forholdsmessighet

{t.need}

{t.proportional}

{chr(10).join("- " + s for s in t.safeguards)}

# 3. Risiko for beboernes rettigheter og friheter

| Risiko | Nivå | Tiltak |
{risks}

Vurdert, men ikke gjennomført: {t.not_done}
""",
        title="PVK " + t.title,
    )


def b_minutes_scan(date: str, item: str, text: str) -> bytes:
    return scan_pdf(
        [
            f"SOLBAKKEN BOLIGBYGGELAG\nPROTOKOLL FRA STYREMØTE {date}\n\n"
            "Til stede: styreleder Ragnhild Østby, nestleder Kåre Misund, styremedlemmene "
            "Liv Haugom, Oddbjørn Sæther og Anita Brenden (beboerrepresentant). "
            "Fra administrasjonen: "
            "adm. dir. Eirik Lunde, forvaltningssjef Bente Hauge. Personvernombudet deltok under "
            f"sak {item}.\n\nSak {item}\n{text}\n\nRett protokoll:\n"
            "Ragnhild Østby (sign.)        Kåre Misund (sign.)        Liv Haugom (sign.)"
        ]
    )


# --- C: Fjordheim fylkeskommune (county municipality, nynorsk) -------------------------------

C_DOMAIN = "fjordheim-fylke.no"
C_DPO = (
    "Personvernombodet i fylkeskommunen er ei felles teneste; de når ombodet på "
    "personvernombodet@fjordheim-fylke.no eller via sentralbordet, tlf. 57 60 10 00."
)


def c_dpia(t: Topic, contacts: str, extra: str = "") -> bytes:
    """The county's Word DPIA with nynorsk question headings."""
    risks = "\n".join(f"- {r} (risiko: {lvl}). Tiltak: {m}" for r, lvl, m in t.risks)
    not_done = f"Vurdert, men ikkje sett i verk: {t.not_done}" if t.risks else t.not_done
    return to_docx(
        f"""
# Vurdering av personvernkonsekvensar (DPIA) – {t.title}

Fjordheim fylkeskommune, org.nr. 940 611 208.

# Kven er ansvarlege, og korleis når de oss?

{contacts}

# Kva skal vi gjere?

{t.what}

{t.scope}

{t.flow}

# Kvifor er det naudsynt?

{t.need}

{t.proportional}

{chr(10).join("- " + s for s in t.safeguards)}

# Kva kan gå gale?

{risks}

{not_done}
{extra}
"""
    )


def c_minutes_photo(date: str, item: str, text: str) -> bytes:
    return scan_image(
        f"FJORDHEIM FYLKESKOMMUNE\nMØTEBOK – FYLKESUTVALET\nMøtedato: {date}\n\n"
        f"Sak PS {item}\n{text}\n\nRøysting: Samrøystes.\n\n"
        "Rett utskrift: Marit Hjelmeland, utvalssekretær",
        "JPEG",
        1.2,
    )


# --- D: Kvernstad IL Fotball (football club) -------------------------------------------------

D_DOMAIN = "kvernstadfotball.no"
D_SIGNATURE = "Mvh\nGeir Ove Tangen\nstyreleder, Kvernstad IL Fotball\nmob. 92817364\n"


def d_body(t: Topic, *, need: bool = True, risk: bool = True) -> str:
    """The club's everything-in-the-mail layout, risks as bullets."""
    out = [f"HVA VI VIL GJØRE\n{t.what} {t.scope}\n{t.flow}"]
    if need:
        out.append(
            f"HVORFOR\n{t.need} {t.proportional}\n" + "\n".join("* " + s for s in t.safeguards)
        )
    if risk:
        out.append(
            "RISIKO (fra DPIA-en vår)\n"
            + "\n".join(f"* {r} – {lvl} – tiltak: {m}" for r, lvl, m in t.risks)
            + f"\n* Vurdert, men ikke gjort: {t.not_done}"
        )
    return "\n\n".join(out) + "\n"


# --- E: Apotek Nordlys AS (pharmacy chain) ---------------------------------------------------

E_DOMAIN = "apoteknordlys.no"
E_FROM = "Håkon Vatne <hakon.vatne@apoteknordlys.no>"
E_SIGNATURE = (
    "Vennlig hilsen\n\nHåkon Vatne\nJuridisk rådgiver | Apotek Nordlys AS\n"
    "Direkte: 74 05 92 31\nMobil: 977 40 118\nSentralbord: 74 05 90 00\nFaks: 74 05 90 01\n"
    "hakon.vatne@apoteknordlys.no | www.apoteknordlys.no\nNordlysveien 4, 7713 Steinkjer"
)
E_DISCLAIMER = (
    "Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for adressaten. "
    "Dersom du har mottatt den ved en feil, ber vi deg varsle avsender og slette e-posten. "
    "Apotek Nordlys AS tar forbehold om feil i overføringen."
)
E_DPO = (
    "Personvernombud i Apotek Nordlys er farmasøyt Line Mørch. Hun har telefon 74 05 92 48 og "
    "e-post line.morch@apoteknordlys.no."
)


def e_dpia(t: Topic, processor: str) -> bytes:
    risks = "\n".join(f"| {r} | {lvl} | {m} |" for r, lvl, m in t.risks)
    return to_pdf(
        f"""
# Personvernkonsekvensvurdering: {t.title}

Apotek Nordlys AS · Dokument PV-DPIA · Godkjent for oversendelse

# 1 Behandlingen

{t.what}

{t.scope}

{t.flow}

{processor}

# 2 Nødvendighet og proporsjonalitet

{t.need} {t.proportional}

{chr(10).join("- " + s for s in t.safeguards)}

# 3 Risikovurdering

| Risiko for kundene | Nivå | Tiltak |
{risks}

Tiltak som er vurdert, men ikke gjennomført: {t.not_done}
""",
        title=t.title,
    )


def e_decision_letter(date: str, subject: str, text: str) -> bytes:
    return to_pdf(
        f"""
# Apotek Nordlys AS – administrerende direktør

Steinkjer, {date}

# Beslutning: {subject}

{text}

Med hilsen

Sign. Trude Kalvø
administrerende direktør

Kopi: personvernombudet, styret
"""
    )


# --- F: Lingua Bridge Språkskole AS (language school, English) -------------------------------

F_DOMAIN = "linguabridge.no"
F_FROM = "Oliver Grant <oliver.grant@linguabridge.no>"
F_DPO = (
    "Our DPO is an external service from Clearline Privacy Ltd, Dublin: Aoife Brennan, "
    "+353 1 482 9071, aoife.brennan@clearlineprivacy.ie."
)


def f_signature(phone: str | None = "+47 934 20 715") -> str:
    lines = ["Best regards,", "Oliver Grant", "Head of Operations, Lingua Bridge Språkskole AS"]
    if phone:
        lines.append(phone)
    return "\n".join(lines + ["oliver.grant@linguabridge.no"]) + "\n"


def f_dpia(t: Topic, contacts: str, signoff: str, *, need: bool = True) -> bytes:
    risks = "\n".join(f"| {r} | {lvl} | {m} |" for r, lvl, m in t.risks)
    necessity = (
        f"{t.need}\n\n{t.proportional}\n\n" + "\n".join("- " + s for s in t.safeguards)
        if need
        else "TBD – to follow after the legal review by our group counsel."
    )
    return to_docx(
        f"""
# Data Protection Impact Assessment: {t.title}

Lingua Bridge Språkskole AS (Oslo), part of Lingua Bridge Group.

# Who is involved?

{contacts}

# What are we planning to do?

{t.what}

{t.scope}

{t.flow}

# Why is it necessary, and is it proportionate?

{necessity}

# What could go wrong for the students?

| Risk | Level | What we do about it |
{risks}

Considered but not implemented: {t.not_done}

# Approval

{signoff}
"""
    )


# --- G: ParkNord AS (parking company) --------------------------------------------------------

G_DOMAIN = "parknord.no"
G_FROM = "Trine Aas <trine.aas@parknord.no>"


def g_dpia(t: Topic, contacts: str) -> bytes:
    return to_pdf(
        f"""
# ParkNord AS – DPIA: {t.title}

# Kontaktpunkter

{contacts}

# Beskrivelse

{t.what}

{t.scope}

{t.flow}

# Nødvendighet og proporsjonalitet

{t.need}

{t.proportional}

{chr(10).join("- " + s for s in t.safeguards)}

# Risiko

Se risikoregisteret (CSV) for hele vurderingen. Restrisiko etter tiltak er vurdert som
middels for to av risikoene. Vurdert, men ikke gjennomført: {t.not_done}
"""
    )


def g_register(t: Topic) -> bytes:
    rows = [["ID", "Risiko for de registrerte", "Nivå før tiltak", "Tiltak", "Restrisiko"]]
    rows += [[f"R{i}", r, lvl, m, "middels"] for i, (r, lvl, m) in enumerate(t.risks, 1)]
    return csv_bytes(rows)


def g_minutes(date: str, text: str) -> bytes:
    return to_pdf(
        f"""
# Protokoll fra styremøte i ParkNord AS

Dato: {date}. Til stede: Svein Roald Nyhus (styreleder), Camilla Brekke, Ahmed Rashid,
daglig leder Per Inge Solum. Referent: Trine Aas.

{text}

Signert elektronisk av styrets medlemmer.
"""
    )


# --- H: Vestmo fengsel, administrasjonsseksjonen (prison administration) ---------------------

H_DOMAIN = "vestmo-fengsel.no"
H_FROM = "Arild Nesheim <arild.nesheim@vestmo-fengsel.no>"
H_SIGNATURE = (
    "Med hilsen\nArild Nesheim\nseniorrådgiver, administrasjonsseksjonen\nVestmo fengsel\n"
    "Direkte: 61 24 87 12 | Mobil: 482 66 190 | Sentralbord: 61 24 80 00 | Vakt: 61 24 80 90\n"
    "arild.nesheim@vestmo-fengsel.no"
)
H_DPO = (
    "Personvernombudet for region øst er en felles funksjon; henvendelser til "
    "personvernombud.ost@kriminalomsorg-region.no, eller sentralbord 61 24 80 00."
)


def h_dpia(t: Topic, *, risk: bool = True) -> bytes:
    risks = (
        "\n".join(f"- {r} ({lvl}). Tiltak: {m}" for r, lvl, m in t.risks)
        + f"\n\nVurdert, men ikke gjennomført: {t.not_done}"
        if risk
        else "Risikovurdering gjennomføres i januar."
    )
    return to_docx(
        f"""
# Personvernkonsekvensvurdering – {t.title}

Vestmo fengsel, administrasjonsseksjonen. Gradering: Fortrolig (offl. § 13).

# Formål og beskrivelse av behandlingen

{t.what}

{t.scope}

# Informasjonsflyt og ansvar

{t.flow} Fengselet har ingen databehandler for denne behandlingen; løsningen driftes av
fengselets egen IKT-enhet.

# Nødvendighet og forholdsmessighet

{t.need}

{t.proportional}

{chr(10).join("- " + s for s in t.safeguards)}

# Risiko for de innsattes og besøkendes rettigheter

{risks}
"""
    )


def h_decision_scan(date: str, subject: str, text: str) -> bytes:
    return scan_pdf(
        [
            f"VESTMO FENGSEL\nFengselsleder\n\nDato: {date}\nVår ref.: 26/{len(subject) * 37}\n\n"
            f"BESLUTNING – {subject.upper()}\n\n{text}\n\n"
            "Fengselsleder\nBjørg Aslaksen (signert)"
        ]
    )


# --- I: Tankesmien Allmenning (think tank running surveys) -----------------------------------

I_DOMAIN = "allmenning.org"
I_FROM = "Mathias Rønning <mathias.ronning@allmenning.org>"
I_DPO = (
    "Personvernombudet vårt er innleid fra Ombudstjenester Nord AS. Ansvarlig ombud er "
    "Hilde Sørbø, som nås på direktenummer 75 50 33 21 eller hilde.sorbo@ombudnord.no "
    "(sentralbord 75 50 33 00)."
)
I_PANELIA = (
    "Databehandler er Panelia AS, som drifter panelet og innsamlingen. Kontaktperson der er "
    "prosjektleder Jonas Wiik, telefon 23 98 41 70, jonas.wiik@panelia.no."
)


def i_dpia(t: Topic, *, risk: bool = True) -> bytes:
    risks = (
        "\n".join(f"- {r} Nivå: {lvl}. Tiltak: {m}" for r, lvl, m in t.risks)
        + f"\n\nTiltak vi har vurdert, men ikke innført: {t.not_done}"
        if risk
        else "Risikovurderingen er under arbeid og ikke ferdig."
    )
    return to_docx(
        f"""
# Tankesmien Allmenning – vurdering av personvernkonsekvenser

Prosjekt: {t.title}

# 1 Behandlingens art, omfang, formål og sammenheng

{t.what}

{t.scope}

# 2 Kilder, mottakere og sikkerhet

{t.flow}

# 3 Nødvendighet og proporsjonalitet

{t.need}

{t.proportional}

{chr(10).join("- " + s for s in t.safeguards)}

# 4 Risiko for de registrerte

{risks}
"""
    )


def i_dpia_odt(t: Topic) -> bytes:
    risks = "\n".join(f"- {r} Nivå: {lvl}. Tiltak: {m}" for r, lvl, m in t.risks)
    return to_odt(
        f"""
# Vurdering av personvernkonsekvenser – {t.title}

# Hva undersøkelsen går ut på

{t.what} {t.scope}

{t.flow}

# Er det nødvendig og forholdsmessig?

{t.need} {t.proportional}

{chr(10).join("- " + s for s in t.safeguards)}

# Risiko

{risks}

Vurdert, men ikke innført: {t.not_done}
"""
    )


# --- J: Kvikkpay AS (fintech) ----------------------------------------------------------------

J_DOMAIN = "kvikkpay.no"
J_FROM = "Sandra Kvam <sandra.kvam@kvikkpay.no>"
J_DISCLAIMER = (
    "This e-mail and any attachments are confidential and may be privileged. Kvikkpay AS is "
    "registered with Finanstilsynet as a payment institution. If you are not the intended "
    "recipient, please delete it and notify the sender."
)
J_SIGNATURE_EN = (
    "Best regards\nSandra Kvam\nHead of Compliance | Kvikkpay AS\n+47 400 18 526\n"
    "sandra.kvam@kvikkpay.no\n"
)
J_SIGNATURE_NB = "Hilsen\nSandra Kvam\nCompliance-sjef, Kvikkpay AS\n0047 400 18 526\n"
J_DPO = "Data protection officer: Even Aulie, 0047 415 62 930, even.aulie@kvikkpay.no"
J_PROCESSOR = (
    "Processor: Verilane OÜ (Tallinn), contact Kadri Tamm, +372 5812 4409, kadri.tamm@verilane.ee"
)


def j_dpia(t: Topic, contacts: str, signoff: str) -> bytes:
    risks = "\n".join(f"| {r} | {lvl} | {m} |" for r, lvl, m in t.risks)
    return to_pdf(
        f"""
# Kvikkpay AS – DPIA: {t.title}

# A. Contacts

{contacts}

# B. Description of the processing

{t.what}

{t.scope}

{t.flow}

# C. Necessity and proportionality

{t.need}

{t.proportional}

{chr(10).join("- " + s for s in t.safeguards)}

# D. Risks to the rights and freedoms of customers

| Risk | Inherent | Mitigation |
{risks}

Considered but not implemented: {t.not_done}

# E. Sign-off

{signoff}
"""
    )
