# ruff: noqa: E501
"""The ten senders of blind27: their people, mail habits and document templates.

Every sender function takes ``(cid, topic, gaps, date)`` and returns the message and the shape
tags it used. ``gaps`` maps a part number to how the sender leaves it out (a mode word the
sender's template knows); an empty dict gives the complete request.
"""

from __future__ import annotations

from email.message import EmailMessage

import kit
from topics import Topic

Gaps = dict[int, str]
Out = tuple[EmailMessage, list[str]]


def level(s: int, k: int) -> str:
    score = s * k
    return "Rød" if score >= 15 else ("Gul" if score >= 8 else "Grønn")


def nivaa(s: int, k: int) -> str:
    score = s * k
    return "Raud" if score >= 15 else ("Gul" if score >= 8 else "Grøn")


def bullets(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"- {i[0].upper()}{i[1:]}" for i in items)


# --- A: Nordvik kommune (municipality, Public 360 style, numbered DPIA chapters) -----------

A_CONTACT = (
    "Ingrid Solheim Aas",
    "rådgiver, digitalisering helse og omsorg",
    "77 01 23 45",
    "ingrid.solheim.aas@nordvik.kommune.no",
)
A_DPO = ("Tor Henning Lie", "personvernombud", "77 01 23 80", "personvernombud@nordvik.kommune.no")


def _a_cover(ref: str, t: Topic, enclosures: list[str], extra: str = "") -> str:
    encl = "\n".join(f"- {e}" for e in enclosures)
    return f"""
%% Nordvik kommune %% Vår ref.: {ref}
%% Helse og omsorg %% Deres ref.:
%% Postboks 400, 8301 Nordvik %% Saksbehandler: {A_CONTACT[0]}
%% %% Dato: 18.11.2026

~ Datatilsynet
~ Postboks 458 Sentrum
~ 0105 Oslo

# Anmodning om forhåndsdrøftelse – {t.title.lower()}

Nordvik kommune ber med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36. Kommunen har gjennomført en vurdering av personvernkonsekvenser (DPIA) for {t.title.lower()}. Vurderingen viser at det gjenstår høy risiko for de registrerte etter at tiltakene er gjennomført, og vi ønsker Datatilsynets vurdering før tjenesten tas i bruk.

{extra}

Kontaktperson i saken er saksbehandler {A_CONTACT[0]}, {A_CONTACT[1]}, tlf. {A_CONTACT[2]}, e-post {A_CONTACT[3]}. Kommunens personvernombud er {A_DPO[0]}, tlf. {A_DPO[2]}, e-post {A_DPO[3]}.

Vedlegg:
{encl}

Med hilsen

~ Randi Mikalsen
~ kommunalsjef helse og omsorg

~ {A_CONTACT[0]}
~ {A_CONTACT[1]}

Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.
"""


def _a_dpia(t: Topic, gaps: Gaps) -> str:
    p = t.processor
    proc = (
        f"| Databehandler | {p.org}, org.nr. {p.orgnr}, {p.address}. Kontaktperson {p.person}, tlf. {p.phone}, {p.email} |"
        if p
        else "| Databehandler | Ingen |"
    )
    if gaps.get(2) == "saksframlegg":
        ch2 = "Det vises til saksframlegget i arkivsak 2026/1610 for en nærmere beskrivelse av tjenesten og bakgrunnen for innføringen."
    else:
        ch2 = f"""## 2.1 Formål og sammenheng

{t.desc}

## 2.2 Hvem og hvilke opplysninger

{t.scope}

## 2.3 Informasjonsflyt, lagring og sletting

{t.flow}"""
    if gaps.get(3) == "legal_only":
        ch3 = f"Behandlingsgrunnlag: {t.legal}."
    else:
        ch3 = f"""## 3.1 Behandlingsgrunnlag

{t.legal}.

## 3.2 Nødvendighet

{t.necessity}

## 3.3 Forholdsmessighet

{t.proportionality}

## 3.4 Tiltak for å ivareta de registrertes rettigheter

{bullets(t.safeguards)}"""
    rows = "\n".join(
        f"| {i} | {r} | {s} | {k} | {level(s, k)} | {m} |"
        for i, (r, s, k, m) in enumerate(t.risks, 1)
    )
    return f"""# Vurdering av personvernkonsekvenser (DPIA)

~ Nordvik kommune – mal for DPIA, versjon 3.1
~ Tjeneste: {t.title}
~ Arkivsak: 2026/1432

# 1. Kontaktinformasjon og roller

| Rolle | Navn og kontakt |
| Behandlingsansvarlig | Nordvik kommune v/kommunedirektøren |
| Kontaktperson | {A_CONTACT[0]}, {A_CONTACT[2]}, {A_CONTACT[3]} |
| Personvernombud | {A_DPO[0]}, {A_DPO[2]}, {A_DPO[3]} |
{proc}

# 2. Beskrivelse av behandlingen

{ch2}

# 3. Behandlingsgrunnlag, nødvendighet og forholdsmessighet

{ch3}

# 4. Risikovurdering

Risiko er vurdert for de registrertes rettigheter og friheter. Sannsynlighet og konsekvens på skala 1–5; risikonivå etter kommunens risikomatrise (grønn, gul, rød).

| Nr. | Uønsket hendelse for den registrerte | S | K | Nivå | Tiltak |
{rows}

# 5. Tiltak vurdert, men ikke gjennomført

{t.not_taken}

# 6. Konklusjon

Etter tiltakene er det fortsatt høy restrisiko knyttet til hendelse nr. 1 og 3. Kommunen ber derfor om forhåndsdrøftelse med Datatilsynet.
"""


def _a_stakeholders(t: Topic) -> str:
    if t.key == "A1":
        return "Eldrerådet og rådet for personer med funksjonsnedsettelse fikk saken til uttalelse 20.10.2026. Eldrerådet støttet tiltaket under forutsetning av at pårørende informeres."
    return "Ungdomsrådet og elevrådene ved ungdomsskolene fikk saken til uttalelse 20.10.2026. Ungdomsrådet ba om at anonym chat skulle være standardvalget, og dette er tatt inn."


def _a_vedtak(t: Topic, short: bool = False) -> str:
    vedtak = f"""# Vedtak

Formannskapet tar vurderingen av personvernkonsekvenser for {t.title.lower()} til etterretning og godkjenner den. Formannskapet er kjent med at det er restrisiko som ikke kan reduseres ytterligere, og ber kommunedirektøren be Datatilsynet om forhåndsdrøftelse før tjenesten tas i bruk."""
    if short:
        return f"""
~ Nordvik kommune
~ Melding om vedtak – arkivsak 2026/1610

Formannskapet behandlet saken i møte 05.11.2026, sak 92/26.

{vedtak}

Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.
"""
    return f"""
~ Nordvik kommune
~ Saksframlegg

| Arkivsak | 2026/1432 |
| Saksbehandler | {A_CONTACT[0]} |
| Utvalg | Formannskapet |
| Møtedato | 05.11.2026 |
| Saksnr. | 87/26 |

# Godkjenning av DPIA – {t.title.lower()}

## Kommunedirektørens innstilling

Formannskapet godkjenner vurderingen av personvernkonsekvenser og ber om at det sendes anmodning om forhåndsdrøftelse til Datatilsynet.

## Saksopplysninger

DPIA ble utarbeidet av en arbeidsgruppe med representanter fra tjenesten, IKT, personvernombudet og hovedtillitsvalgte. {_a_stakeholders(t)} Personvernombudet anbefaler forhåndsdrøftelse fordi restrisikoen er høy.

## Vurdering

Kommunedirektøren mener tjenesten gir bedre kvalitet for brukerne, men at restrisikoen må drøftes med Datatilsynet før oppstart.

## Behandling i Formannskapet 05.11.2026

Innstillingen ble enstemmig vedtatt.

{vedtak}
"""


def sender_a(cid: str, t: Topic, gaps: Gaps, date: str, variant: str = "") -> Out:
    shapes = [
        "municipality",
        "archive_cover_letter",
        "dpia_numbered_chapters",
        "contact_label_value",
        "risk_colour_levels",
        "processor_contact_table",
    ]
    encl = ["Følgebrev", "DPIA"]
    atts: list[kit.Attachment] = []
    extra = ""
    if gaps.get(5) == "kommunestyret":
        extra = "Saken legges fram for kommunestyret i møtet 10.12.2026. Vedtaket vil bli oversendt når det foreligger."
        shapes.append("part5_future_meeting")
    else:
        encl.append(
            "Saksframlegg med vedtak" if gaps.get(2) != "saksframlegg" else "Melding om vedtak"
        )
    if gaps.get(2) == "saksframlegg":
        shapes.append("description_in_unattached_saksframlegg")
    if gaps.get(3) == "legal_only":
        shapes.append("necessity_legal_basis_only")
    ref = "2026/1432-7" if t.key == "A1" else "2026/1610-4"
    atts.append(
        (f"Følgebrev_{ref.replace('/', '_')}.pdf", kit.to_pdf(_a_cover(ref, t, encl, extra)))
    )
    atts.append(("DPIA_" + t.key + "_Nordvik_kommune.docx", kit.to_docx(_a_dpia(t, gaps))))
    if 5 not in gaps:
        short = gaps.get(2) == "saksframlegg"
        atts.append(
            (
                "Melding_om_vedtak.pdf" if short else "Saksframlegg_FSK_87-26.pdf",
                kit.to_pdf(_a_vedtak(t, short)),
            )
        )
        shapes.append("part5_saksframlegg_vedtak")
    body = kit.txt(f"""
        Vedlagt oversendes dokumenter i sak {ref}.

        Tittel: Anmodning om forhåndsdrøftelse – {t.title}

        Henvendelser om saken rettes til saksbehandler {A_CONTACT[0]}.

        Dette er en automatisk generert e-post fra Nordvik kommunes sak- og arkivsystem. Svar på denne e-posten går til postmottak@nordvik.kommune.no.
    """)
    msg = kit.message(
        cid,
        "Nordvik kommune <postmottak@nordvik.kommune.no>",
        f"Anmodning om forhåndsdrøftelse – {t.title} – Vår ref. {ref}",
        date,
        body,
        attachments=atts,
    )
    return msg, shapes


def sender_a_dpo_notice(cid: str, date: str) -> Out:
    letter = f"""
%% Nordvik kommune %% Vår ref.: 2026/1877-1
%% Kommunedirektøren %% Deres ref.:
%% Postboks 400, 8301 Nordvik %% Saksbehandler: Hanne Brå
%% %% Dato: 26.11.2026

# Melding om nytt personvernombud i Nordvik kommune

Vi melder med dette at Nordvik kommune fra 1. januar 2027 har utpekt {A_DPO[0]} som personvernombud for kommunen, inkludert Nordvik barnehager KF. {A_DPO[0]} overtar etter Gunhild Sørvik, som går over i ny stilling.

Personvernombudet kan kontaktes på tlf. {A_DPO[2]} eller {A_DPO[3]}.

Med hilsen

~ Kristin Olsen
~ kommunedirektør

Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.
"""
    body = kit.txt("""
        Vedlagt oversendes dokumenter i sak 2026/1877.

        Tittel: Melding om nytt personvernombud

        Dette er en automatisk generert e-post fra Nordvik kommunes sak- og arkivsystem. Svar på denne e-posten går til postmottak@nordvik.kommune.no.
    """)
    msg = kit.message(
        cid,
        "Nordvik kommune <postmottak@nordvik.kommune.no>",
        "Melding om nytt personvernombud – Vår ref. 2026/1877-1",
        date,
        body,
        attachments=[("Melding_om_personvernombud.pdf", kit.to_pdf(letter))],
    )
    return msg, ["municipality", "archive_cover_letter", "nonrequest_dpo_notification"]


# --- B: Midtre Vestfjord Renovasjon IKS (DPIA form with tables, board minutes) -------------

B_CONTACT = (
    "Geir Arne Myrvang",
    "fagleder kundeservice og IKT",
    "75 77 40 12",
    "geir.arne.myrvang@mvr.no",
)
B_DPO = (
    "Hilde Torbergsen",
    "personvernombud (delt med eierkommunene)",
    "75 77 40 00",
    "hilde.torbergsen@mvr.no",
)


def _b_form(t: Topic, gaps: Gaps) -> str:
    p = t.processor
    assert p is not None
    if gaps.get(1) == "proc_org_only":
        proc = f"| Databehandler | {p.org}, org.nr. {p.orgnr} |"
    else:
        proc = f"| Databehandler | {p.org}, org.nr. {p.orgnr}. Kontakt: {p.person}, {p.phone}, {p.email} |"
    rows = "\n".join(f"| {r} | {s} | {k} | {s * k} | {m} |" for r, s, k, m in t.risks)
    return f"""# Vurdering av personvernkonsekvenser (DPIA)

~ Skjema fra KS-malen, tilpasset MVR IKS
~ Behandling: {t.title}
~ Versjon 1.2, dato 21.10.2026

# Del A – Grunnopplysninger

| Felt | Svar |
| Behandlingsansvarlig | Midtre Vestfjord Renovasjon IKS, org.nr. 975 332 118 |
| Kontaktperson | {B_CONTACT[0]}, {B_CONTACT[1]}, tlf. {B_CONTACT[2]}, {B_CONTACT[3]} |
| Personvernombud | {B_DPO[0]}, tlf. {B_DPO[2]}, {B_DPO[3]} |
{proc}

# Del B – Beskrivelse

| Spørsmål | Svar |
| Hva er formålet og hvordan skal behandlingen skje? | {t.desc} |
| Hvem er de registrerte, hvilke opplysninger og hvor mange? | {t.scope} |
| Hvor kommer opplysningene fra, hvem får dem og hvor lenge lagres de? | {t.flow} |

# Del C – Nødvendighet og proporsjonalitet

| Spørsmål | Svar |
| Rettslig grunnlag | {t.legal} |
| Hvorfor er behandlingen nødvendig? | {t.necessity} |
| Er det mindre inngripende alternativer? | {t.proportionality} |
| Tiltak for de registrertes rettigheter | {"; ".join(t.safeguards)} |

# Del D – Risikovurdering

Sannsynlighet (S) og konsekvens (K) 1–5. Risikotall S×K: 1–7 lav, 8–14 middels, 15–25 høy.

| Risiko for den registrerte | S | K | S×K | Tiltak |
{rows}

| Vurdert tiltak som ikke gjennomføres | Begrunnelse |
| {t.not_taken} | Se teksten til venstre |

# Del E – Konklusjon

Restrisikoen for de registrerte vurderes som høy for første risiko i tabellen. Selskapet ber om forhåndsdrøftelse.
"""


def _b_stakeholders(t: Topic) -> str:
    if t.key == "B1":
        return "Innspill fra eierkommunenes kontaktutvalg og fra de ansattes tillitsvalgte (sjåførene) ble referert; sjåførene var opptatt av at kamera ikke skal brukes til å kontrollere dem, og dette er tatt inn som tiltak."
    return "Innspill fra eierkommunenes kontaktutvalg og fra de ansatte ved gjenvinningsstasjonene ble referert; de ansatte støttet automatisk adgang fordi den gir færre konflikter i porten, og kontaktutvalget ba om et alternativ uten skiltregistrering."


def _b_minutes(t: Topic) -> str:
    return f"""# Utdrag av protokoll – styremøte i Midtre Vestfjord Renovasjon IKS

~ Dato: 28.10.2026, kl. 09.00–12.30
~ Sted: MVRs lokaler, Sjøgata 40
~ Til stede: Kjell Åge Nilsen (styreleder), Mona Sæter, Frode Bakken, Lise Halvorsen, Ole-Martin Dahl (ansattevalgt)
~ Fra administrasjonen: daglig leder Bente Strøm, {B_CONTACT[0]}

# Sak 31/26 DPIA – {t.title.lower()}

Daglig leder la fram vurderingen av personvernkonsekvenser og funnene, med personvernombudets uttalelse. {_b_stakeholders(t)}

Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser. Styret tar til etterretning at restrisikoen er høy og ber daglig leder sende anmodning om forhåndsdrøftelse til Datatilsynet.

Protokollen er godkjent elektronisk av styrets medlemmer.
"""


def sender_b(cid: str, t: Topic, gaps: Gaps, date: str, variant: str = "") -> Out:
    shapes = [
        "inter_municipal_company",
        "dpia_form_tables",
        "contact_form_table",
        "risk_score_product",
        "org_number_address",
    ]
    atts: list[kit.Attachment] = [(f"DPIA_{t.key}_MVR.pdf", kit.to_pdf(_b_form(t, gaps)))]
    board = "Styret behandlet DPIA-en 28. oktober (utdrag av protokollen ligger ved)."
    if gaps.get(5) == "next_board":
        board = "Saken blir lagt fram for styret i møtet 15. januar 2027, og protokollen sendes dere etter det."
        shapes.append("part5_future_meeting")
    else:
        atts.append(("Protokollutdrag_styret_sak_31-26.pdf", kit.to_pdf(_b_minutes(t))))
        shapes.append("part5_board_minutes")
    if gaps.get(1) == "proc_org_only":
        shapes.append("p1_processor_no_contact")
    body = kit.txt(f"""
        Hei

        MVR IKS ber om forhåndsdrøftelse for {t.title.lower()}, jf. personvernforordningen art. 36.
        Vi har gjort en DPIA (vedlagt, skjema etter KS-malen). Selv etter tiltakene mener vi at risikoen for abonnentene fortsatt er høy, og vi vil ha tilsynets syn før vi setter i gang.

        {board}

        Kontaktinfo for oss, personvernombudet og leverandøren står i del A i skjemaet.

        Med vennlig hilsen
        {B_CONTACT[0]}
        {B_CONTACT[1]}
        Midtre Vestfjord Renovasjon IKS
        Tlf. {B_CONTACT[2]} / mob. 958 21 630
        www.mvr.no
    """)
    msg = kit.message(
        cid,
        f"{B_CONTACT[0]} <{B_CONTACT[3]}>",
        f"Forhåndsdrøftelse - {t.title}",
        date,
        body,
        attachments=atts,
    )
    return msg, shapes


def sender_b_question(cid: str, t: Topic, date: str) -> Out:
    body = kit.txt(f"""
        Hei

        Vi i MVR IKS planlegger {t.title.lower()} fra neste høst. Vi har ikke laget DPIA ennå, men lurer på om dette er en type behandling som krever forhåndsdrøftelse med dere, eller om det holder at vi gjør en DPIA selv. Skiltgjenkjenning står vel på listen deres over behandlinger som krever DPIA?

        Vi ville gjerne ha et svar før vi starter anskaffelsen, slik at vi vet hvor mye tid vi må sette av.

        Med vennlig hilsen
        {B_CONTACT[0]}
        {B_CONTACT[1]}
        Midtre Vestfjord Renovasjon IKS
        Tlf. {B_CONTACT[2]}
    """)
    msg = kit.message(
        cid,
        f"{B_CONTACT[0]} <{B_CONTACT[3]}>",
        "Spørsmål: må vi ha forhåndsdrøftelse for skiltgjenkjenning?",
        date,
        body,
    )
    return msg, ["inter_municipal_company", "nonrequest_question", "mentions_prior_consultation"]


# --- C: Helse Midtvika HF (Normen-inspired template, ROS colour table, signed scan) --------

C_CONTACT = (
    "Marte Lyngstad",
    "seniorrådgiver, Seksjon for informasjonssikkerhet og personvern",
    "73 88 41 20",
    "marte.lyngstad@helse-midtvika.no",
)
C_DPO = ("Bjørn Kvalheim", "personvernombud", "73 88 40 05", "personvernombud@helse-midtvika.no")


def _c_dpia(t: Topic, gaps: Gaps, ros_in_excel: bool) -> str:
    p = t.processor
    assert p is not None
    if gaps.get(3) == "not_relevant":
        ch3 = "Ikke relevant."
    else:
        ch3 = f"""## 3.1 Rettslig grunnlag

{t.legal}.

## 3.2 Nødvendighet

{t.necessity}

## 3.3 Proporsjonalitet og dataminimering

{t.proportionality}

## 3.4 Ivaretakelse av pasientens rettigheter

{bullets(t.safeguards)}"""
    if ros_in_excel:
        ch4 = "Risikovurderingen (ROS) er gjort i eget regneark etter foretakets ROS-metodikk, se vedlegg «ROS-analyse». Samlet vurdering: høy restrisiko på to hendelser."
    else:
        rows = "\n".join(
            f"| R{i} | {r} | {s} | {k} | {level(s, k)} | {m} | {level(max(1, s - 1), k)} |"
            for i, (r, s, k, m) in enumerate(t.risks, 1)
        )
        ch4 = f"""Risiko er vurdert ut fra konsekvens for pasientens personvern. Sannsynlighet (S) og konsekvens (K) 1–5. Grønn = akseptabel, gul = tiltak vurderes, rød = ikke akseptabel uten tiltak.

| ID | Uønsket hendelse | S | K | Risiko før tiltak | Tiltak | Restrisiko |
{rows}"""
    return f"""# Vurdering av personvernkonsekvenser (DPIA)

~ Helse Midtvika HF – mal basert på Normen, faktaark 55
~ Løsning: {t.title}
~ Dokumentansvarlig: {C_CONTACT[0]}
~ Versjon 2.0, 14.10.2026

# 0 Kontaktinformasjon

| Rolle | Navn | Telefon | E-post |
| Kontaktperson behandlingsansvarlig | {C_CONTACT[0]} | {C_CONTACT[2]} | {C_CONTACT[3]} |
| Personvernombud | {C_DPO[0]} | {C_DPO[2]} | {C_DPO[3]} |
| Databehandler ({p.org}) | {p.person} | {p.phone} | {p.email} |

# 1 Bakgrunn og formål

{t.desc}

# 2 Systematisk beskrivelse av behandlingen

## 2.1 Registrerte og opplysninger

{t.scope}

## 2.2 Dataflyt og lagring

{t.flow}

# 3 Nødvendighet og proporsjonalitet

{ch3}

# 4 Risikovurdering

{ch4}

# 5 Tiltak vurdert, men ikke iverksatt

{t.not_taken}

# 6 Konklusjon

Høy restrisiko gjenstår. Foretaket vil be om forhåndsdrøftelse med Datatilsynet.
"""


def _c_ros_sheet(t: Topic) -> dict[str, list[list[str]]]:
    rows = [
        [
            "ID",
            "Uønsket hendelse (konsekvens for pasienten)",
            "Sannsynlighet",
            "Konsekvens",
            "Risikonivå",
            "Tiltak",
            "Restrisiko",
            "Ansvar",
        ]
    ]
    for i, (r, s, k, m) in enumerate(t.risks, 1):
        rows.append(
            [f"R{i}", r, str(s), str(k), level(s, k), m, level(max(1, s - 1), k), "Seksjonsleder"]
        )
    return {
        "ROS": rows,
        "Matrise": [["", "K1", "K2", "K3", "K4", "K5"]]
        + [[f"S{s}"] + [level(s, k) for k in range(1, 6)] for s in range(5, 0, -1)],
    }


def _c_approval(t: Topic) -> str:
    return f"""Helse Midtvika HF
Administrerende direktør

GODKJENNING AV VURDERING AV PERSONVERNKONSEKVENSER

Løsning: {t.title}

DPIA versjon 2.0 av 14.10.2026 er lagt fram for foretaksledelsen i møte 03.11.2026 (sak FL 118/26), med oppsummering av funn og restrisiko. Brukerutvalget og foretakstillitsvalgte har gitt innspill, og personvernombudets uttalelse av 28.10.2026 var vedlagt.

Jeg godkjenner vurderingen. Restrisikoen anses som høy, og foretaket skal be Datatilsynet om forhåndsdrøftelse før løsningen tas i bruk.

Midtvika, 04.11.2026

[signatur] Kari Rønneberg
administrerende direktør"""


def sender_c(cid: str, t: Topic, gaps: Gaps, date: str, variant: str = "") -> Out:
    shapes = [
        "hospital_trust",
        "dpia_normen_template",
        "contact_word_table",
        "risk_colour_levels",
        "processor_contact_table",
    ]
    ros_excel = variant in ("ros_excel", "ros_wrong_file")
    atts: list[kit.Attachment] = [
        (f"DPIA_{t.key}_v2.0.docx", kit.to_docx(_c_dpia(t, gaps, ros_excel)))
    ]
    if variant == "ros_excel":
        atts.append((f"ROS-analyse_{t.key}.xlsx", kit.to_xlsx(_c_ros_sheet(t))))
        shapes.append("risk_register_xlsx")
    elif variant == "ros_wrong_file":
        matrix = [
            ["Rolle", "Lese", "Skrive", "Administrere"],
            ["Lege", "Ja", "Nei", "Nei"],
            ["Sykepleier", "Ja", "Nei", "Nei"],
            ["Systemforvalter", "Ja", "Ja", "Ja"],
            ["Leverandør", "Nei", "Nei", "Ved support"],
        ]
        atts.append((f"ROS-analyse_{t.key}.xlsx", kit.to_xlsx({"Tilgangsmatrise": matrix})))
        shapes.append("wrong_file_risk")
    if gaps.get(3) == "not_relevant":
        shapes.append("chapter_not_relevant")
    atts.append(("Godkjenning_adm_dir_signert.pdf", kit.scan_pdf([_c_approval(t)])))
    shapes.append("part5_signed_scan_pdf")
    listed = (
        ["DPIA (mal basert på Normen), versjon 2.0"]
        + (["ROS-analyse (Excel)"] if ros_excel else [])
        + ["Signert godkjenning fra administrerende direktør"]
    )
    vedlagt = "\n".join(f"- {x}" for x in listed)
    body = (
        f"Til Datatilsynet\n\nHelse Midtvika HF ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for innføring av {t.title.lower()}.\n\n"
        f"Vedlagt:\n{vedlagt}\n\nKontaktopplysninger for foretaket, personvernombudet og databehandler står i kapittel 0 i DPIA-en.\n\n"
        f"Vennlig hilsen\n\n{C_CONTACT[0]}\n{C_CONTACT[1]}\nHelse Midtvika HF\nTelefon {C_CONTACT[2]} | Sentralbord 73 88 40 00\n{C_CONTACT[3]}\n\n"
        "Denne e-posten kan inneholde taushetsbelagt informasjon. Dersom du har mottatt den ved en feil, vennligst slett den og gi beskjed til avsender.\n"
    )
    msg = kit.message(
        cid,
        f"{C_CONTACT[0]} <{C_CONTACT[3]}>",
        f"Anmodning om forhåndsdrøftelse – {t.title}",
        date,
        body,
        attachments=atts,
    )
    return msg, shapes + ["disclaimer_footer"]


def sender_c_status(cid: str, date: str) -> Out:
    body = kit.txt(f"""
        Hei

        Vi sendte 2. september en anmodning om forhåndsdrøftelse for digital hjemmeoppfølging (deres ref. 26/03318). Vi har ikke hørt noe siden mottaksbekreftelsen, og lurer på når vi kan forvente svar. Prosjektet har planlagt oppstart i mars, så det hadde vært fint å vite om fristen blir forlenget.

        Ta gjerne kontakt på telefon om noe er uklart.

        Vennlig hilsen

        {C_CONTACT[0]}
        {C_CONTACT[1]}
        Helse Midtvika HF
        Telefon {C_CONTACT[2]}
    """)
    msg = kit.message(
        cid,
        f"{C_CONTACT[0]} <{C_CONTACT[3]}>",
        "Status i sak 26/03318 - forhåndsdrøftelse hjemmeoppfølging",
        date,
        body,
    )
    return msg, ["hospital_trust", "nonrequest_status_question"]


# --- D: Sørkyst fylkeskommune, tannhelsetenesta (nynorsk, ODT/DOCX, fylkesutvalet) --------

D_CONTACT = (
    "Solveig Hauge Aarflot",
    "fagleiar personvern og IKT, tannhelsetenesta",
    "57 63 82 14",
    "solveig.hauge.aarflot@sorkyst.no",
)
D_DPO = ("Øystein Heggheim", "personvernombod", "57 63 80 09", "oystein.heggheim@sorkyst.no")


def _d_dpia(t: Topic, gaps: Gaps) -> str:
    p = t.processor
    assert p is not None
    if gaps.get(4) == "later":
        ch4 = "ROS-tabellen er under arbeid i samarbeid med leverandøren og blir ettersend så snart han er ferdig."
    else:
        rows = "\n".join(f"| {r} | {s} | {k} | {nivaa(s, k)} | {m} |" for r, s, k, m in t.risks)
        ch4 = f"""Vi har vurdert kva som kan gå gale for pasientane. Sannsyn og konsekvens er vurdert frå 1 (låg) til 5 (svært høg).

| Kva kan skje med pasienten | Sannsyn | Konsekvens | Nivå | Tiltak |
{rows}

Tiltak som er vurderte, men ikkje sette i verk: {t.not_taken}"""
    return f"""# Vurdering av personvernkonsekvensar (DPIA)

~ Sørkyst fylkeskommune – Den offentlege tannhelsetenesta
~ {t.title}
~ Sak 2026/2210

# 1 Kontaktpersonar

Behandlingsansvarleg er Sørkyst fylkeskommune ved fylkestannlegen. Kontaktperson er {D_CONTACT[0]}, tlf. {D_CONTACT[2]}, e-post {D_CONTACT[3]}. Personvernombodet er {D_DPO[0]}, tlf. {D_DPO[2]}, {D_DPO[3]}. Databehandlar er {p.org} ({p.address}), kontaktperson {p.person}, tlf. {p.phone}, {p.email}.

# 2 Skildring av handsaminga

{t.desc}

{t.scope}

{t.flow}

# 3 Er handsaminga naudsynt og forholdsmessig?

Rettsleg grunnlag: {t.legal}.

{t.necessity}

{t.proportionality}

Tiltak for å ta vare på rettane til pasientane:

{bullets(t.safeguards)}

# 4 Risiko for rettane og fridomane til pasientane

{ch4}
"""


def _d_protocol(t: Topic) -> str:
    return f"""SØRKYST FYLKESKOMMUNE
Saksprotokoll – Fylkesutvalet

Møtedato: 10.11.2026
Saksnr.: PS 141/26
Arkivsak: 2026/2210

Vurdering av personvernkonsekvensar – {t.title.lower()}

Fylkesdirektøren la fram DPIA-en med oppsummering av funna. Ungdomspanelet og Rådet for personar med funksjonsnedsetjing har uttalt seg; innspela om innsyn for føresette er tekne inn. Tillitsvalde for tannhelsesekretærane har vore med i arbeidet.

Samrøystes vedtak:
1. Fylkesutvalet godkjenner vurderinga av personvernkonsekvensar.
2. Fylkesutvalet ber fylkesdirektøren be Datatilsynet om førehandsdrøfting, då restrisikoen framleis er høg.

Rett utskrift, 11.11.2026
Ingvild Sande, utvalssekretær"""


def sender_d(cid: str, t: Topic, gaps: Gaps, date: str, variant: str = "") -> Out:
    shapes = [
        "county_dental_service",
        "headings_nynorsk",
        "contact_prose",
        "processor_contact_body",
        "risk_likelihood_consequence",
    ]
    dpia = _d_dpia(t, gaps)
    atts: list[kit.Attachment] = []
    if variant == "odt":
        atts.append((f"DPIA_tannhelse_{t.key}.odt", kit.to_odt(dpia)))
        shapes.append("odt")
    else:
        atts.append((f"DPIA_tannhelse_{t.key}.docx", kit.to_docx(dpia)))
    if gaps.get(5) == "fylkesutvalet":
        vedtak = "DPIA-en skal handsamast i fylkesutvalet 14. januar 2027. Vi sender saksprotokollen når vedtaket ligg føre."
        shapes.append("part5_future_meeting")
    else:
        vedtak = "Fylkesutvalet godkjende DPIA-en 10. november, sjå vedlagd saksprotokoll (skanna)."
        atts.append(("Saksprotokoll_FU_PS141-26.pdf", kit.scan_pdf([_d_protocol(t)])))
        shapes.append("part5_scanned_protocol")
    if gaps.get(4) == "later":
        shapes.append("part4_will_follow")
    body = kit.txt(f"""
        Hei,

        Sørkyst fylkeskommune, tannhelsetenesta, ber om førehandsdrøfting etter personvernforordninga artikkel 36 for {t.title.lower()}.

        Vi har gjennomført ei vurdering av personvernkonsekvensar. Sjølv etter tiltaka står det att høg risiko, og vi ønskjer difor å drøfte saka med Datatilsynet før vi tek løysinga i bruk.

        {vedtak}

        Kontaktpersonar står i kapittel 1 i DPIA-en.

        Helsing
        {D_CONTACT[0]}
        {D_CONTACT[1]}
        Sørkyst fylkeskommune
        Tlf. {D_CONTACT[2]}
    """)
    msg = kit.message(
        cid,
        f"{D_CONTACT[0]} <{D_CONTACT[3]}>",
        f"Førehandsdrøfting – {t.title}",
        date,
        body,
        attachments=atts,
    )
    return msg, shapes


# --- E: Direktoratet for tilskudd og stønader (state agency, Elements-style letter) --------

E_CONTACT = (
    "Hans Petter Ulvik",
    "seniorrådgiver, juridisk avdeling",
    "22 94 61 37",
    "hans.petter.ulvik@dts.no",
)
E_DPO = ("Camilla Rustad", "personvernombud", "22 94 60 88", "camilla.rustad@dts.no")


def _e_letter(t: Topic, gaps: Gaps) -> str:
    if gaps.get(1) == "dpo_mailbox":
        dpo = "Personvernombudet i DTS kan nås på personvernombud@dts.no."
    else:
        dpo = f"Direktoratets personvernombud er {E_DPO[0]}, telefon {E_DPO[2]}, e-post {E_DPO[3]}."
    p = t.processor
    proc = (
        f"Direktoratet bruker {p.org} (org.nr. {p.orgnr}) som databehandler. Kontaktperson der er {p.person}, telefon {p.phone}, e-post {p.email}."
        if p
        else "Behandlingen skjer i direktoratets egne systemer uten bruk av databehandler."
    )
    return f"""
%% DIREKTORATET FOR TILSKUDD OG STØNADER %% Vår dato: 19.11.2026
%% %% Vår referanse: 26/04512-3
%% Datatilsynet %% Deres dato:
%% Postboks 458 Sentrum %% Deres referanse:
%% 0105 Oslo %% Saksbehandler: {E_CONTACT[0]}, {E_CONTACT[2]}

# Anmodning om forhåndsdrøftelse – {t.title.lower()}

Direktoratet for tilskudd og stønader (DTS) anmoder om forhåndsdrøftelse etter personvernforordningen artikkel 36 nr. 1.

Vedlagt følger direktoratets vurdering av personvernkonsekvenser. Vurderingen konkluderer med at den planlagte behandlingen innebærer høy risiko som ikke i tilstrekkelig grad kan reduseres, særlig når det gjelder risikoen for indirekte forskjellsbehandling og åpenhet overfor de registrerte.

Kontaktperson i DTS er {E_CONTACT[0]}, {E_CONTACT[1]}, telefon {E_CONTACT[2]}, e-post {E_CONTACT[3]}. {dpo}

{proc}

Med hilsen

~ Bente Hovland
~ direktør

~ {E_CONTACT[0]}
~ seniorrådgiver

Dokumentet er elektronisk godkjent

Vedlegg: DPIA {t.title}
"""


def _e_dpia(t: Topic, gaps: Gaps) -> str:
    rows = "\n".join(f"| {r} | {s} | {k} | {m} |" for r, s, k, m in t.risks)
    if gaps.get(5) == "ledermote":
        approval = "Godkjenning: Vurderingen skal behandles i direktørens ledermøte 8. januar 2027."
    else:
        approval = "Godkjenning: Vurderingen ble presentert for direktoratets ledergruppe 27.10.2026 med oppsummering av funn og innspill fra referansegruppen (brukerorganisasjoner og tillitsvalgte). Godkjent av direktør Bente Hovland 03.11.2026."
    return f"""# Vurdering av personvernkonsekvenser

~ Direktoratet for tilskudd og stønader
~ {t.title}
~ Saksnummer 26/04512

# Sammendrag

DTS planlegger {t.title.lower()}. Vurderingen viser høy restrisiko.

# Beskrivelse av behandlingen

{t.desc}

Omfang: {t.scope}

Kilder, mottakere og lagring: {t.flow}

# Behandlingsgrunnlag, nødvendighet og forholdsmessighet

{t.legal}.

{t.necessity}

{t.proportionality}

Garantier: {"; ".join(t.safeguards)}.

# Risiko for de registrertes rettigheter og friheter

| Risiko | Sannsynlighet (1-5) | Konsekvens (1-5) | Tiltak |
{rows}

Vurdert, men ikke gjennomført: {t.not_taken}

# Ledelsens behandling

{approval}
"""


def sender_e(cid: str, t: Topic, gaps: Gaps, date: str, variant: str = "") -> Out:
    shapes = [
        "state_agency",
        "archive_cover_letter",
        "contact_prose",
        "risk_likelihood_consequence",
        "part5_approval_line_in_dpia",
    ]
    if t.processor:
        shapes.append("processor_contact_body")
    if gaps.get(1) == "dpo_mailbox":
        shapes.append("p1_dpo_mailbox_only")
    if gaps.get(5):
        shapes.append("part5_future_meeting")
    atts = [
        ("Brev_til_Datatilsynet_26-04512-3.pdf", kit.to_pdf(_e_letter(t, gaps))),
        (f"Vurdering_av_personvernkonsekvenser_{t.key}.pdf", kit.to_pdf(_e_dpia(t, gaps))),
    ]
    body = kit.txt(f"""
        Vedlagt følger brev med vedlegg fra Direktoratet for tilskudd og stønader.

        Vår referanse: 26/04512-3
        Saksbehandler: {E_CONTACT[0]}

        Dokumentet er elektronisk godkjent og sendt uten signatur.

        Direktoratet for tilskudd og stønader | Postboks 1120 Sentrum, 0104 Oslo | postmottak@dts.no
    """)
    msg = kit.message(
        cid,
        "Direktoratet for tilskudd og stønader <postmottak@dts.no>",
        f"26/04512-3 Anmodning om forhåndsdrøftelse - {t.title}",
        date,
        body,
        attachments=atts,
    )
    return msg, shapes


def sender_e_copy(cid: str, date: str) -> Out:
    letter = """
%% DIREKTORATET FOR TILSKUDD OG STØNADER %% Vår dato: 24.11.2026
%% %% Vår referanse: 26/03977-6
%% Kunnskapsdepartementet %% Deres referanse: 26/2201
%% Postboks 8119 Dep %% Saksbehandler: Hans Petter Ulvik

# Svar på høring – forslag til endringer i forskrift om reisestønad

Direktoratet viser til høringsbrev av 2. oktober. Vi støtter forslaget om å åpne for automatiserte vedtak om innvilgelse, men mener forskriften bør presisere at søkeren alltid kan be om manuell behandling. Direktoratet vil gjøre en vurdering av personvernkonsekvenser før en eventuell automatisering.

Kopi: Datatilsynet

Med hilsen
~ Bente Hovland
~ direktør

Dokumentet er elektronisk godkjent
"""
    body = kit.txt("""
        Vedlagt følger brev fra Direktoratet for tilskudd og stønader.

        Vår referanse: 26/03977-6

        Dokumentet er elektronisk godkjent og sendt uten signatur.

        Direktoratet for tilskudd og stønader | Postboks 1120 Sentrum, 0104 Oslo | postmottak@dts.no
    """)
    msg = kit.message(
        cid,
        "Direktoratet for tilskudd og stønader <postmottak@dts.no>",
        "26/03977-6 Svar på høring - endringer i forskrift om reisestønad",
        date,
        body,
        attachments=[("Høringssvar_26-03977-6.pdf", kit.to_pdf(letter))],
    )
    return msg, ["state_agency", "archive_cover_letter", "nonrequest_copy_of_letter"]


# --- F: Velferdskontoret i Lundeby (NAV-like welfare, HTML mail, leader meeting minutes) ---

F_CONTACT = (
    "Trine Bjørnstad",
    "leder for økonomi- og gjeldsrådgivning",
    "62 51 77 30",
    "trine.bjornstad@lundeby.kommune.no",
)
F_DPO = (
    "Arild Gran",
    "personvernombud, Lundeby kommune",
    "62 51 70 42",
    "arild.gran@lundeby.kommune.no",
)


def _f_dpia(t: Topic, gaps: Gaps) -> str:
    ch2 = f"""## Hva skal vi gjøre?

{t.desc}

## Hvem gjelder det, og hvilke opplysninger?

{t.scope}

## Hvor går opplysningene?

{t.flow}"""
    ch3 = f"""# Er det nødvendig, og står det i forhold til formålet?

{t.legal}.

{t.necessity}

{t.proportionality}

Tiltak for brukerne: {", ".join(t.safeguards)}.
"""
    if gaps.get(2) == "absent":
        ch2 = "Løsningen er beskrevet i kravspesifikasjonen fra anskaffelsen."
    if gaps.get(3) == "absent":
        ch3 = ""
    rows = "\n".join(f"| {r} | {s} | {k} | {level(s, k)} | {m} |" for r, s, k, m in t.risks)
    return f"""# DPIA – {t.title}

~ Velferdskontoret i Lundeby (kommunal del av NAV-partnerskapet)
~ Utarbeidet av arbeidsgruppe, oktober 2026

# Beskrivelse

{ch2}

{ch3}

# Risiko for brukernes rettigheter og friheter

| Hendelse | Sannsynlighet | Konsekvens | Risiko | Tiltak |
{rows}

Ikke gjennomført: {t.not_taken}
"""


def _f_minutes(t: Topic, deferred: bool) -> str:
    if deferred:
        sak = f"""## Sak 44/26 DPIA {t.title.lower()}

Saken ble ikke behandlet på grunn av tidsmangel og settes opp på neste ledermøte."""
    else:
        sak = f"""## Sak 44/26 DPIA {t.title.lower()}

Trine Bjørnstad la fram DPIA og hovedfunn. Brukerrådet og tillitsvalgt for Fellesorganisasjonen har gitt innspill, blant annet om at papiralternativet må være likeverdig. Personvernombudet deltok.

Konklusjon: Ledergruppen godkjenner DPIA. Risikoen er fortsatt høy, og det skal sendes anmodning om forhåndsdrøftelse til Datatilsynet. Ansvar: TB."""
    return f"""# Referat fra ledermøte, Velferdskontoret i Lundeby

~ Dato: 04.11.2026
~ Til stede: Kjersti Holm (leder), Trine Bjørnstad, Amir Haddad, Siri Lervik, Arild Gran (personvernombud, sak 44/26)
~ Referent: Siri Lervik

## Sak 43/26 Sykefravær 3. kvartal

Tatt til orientering.

{sak}

## Sak 45/26 Eventuelt

Julebord 11. desember.
"""


def sender_f(cid: str, t: Topic, gaps: Gaps, date: str, variant: str = "") -> Out:
    shapes = [
        "welfare_service",
        "html_only_body",
        "html_contact_table",
        "risk_colour_levels",
        "part5_leader_meeting_minutes",
    ]
    p = t.processor
    assert p is not None
    dpo_cells = f"<td>{F_DPO[0]}</td><td>{F_DPO[2]}</td><td>{F_DPO[3]}</td>"
    if gaps.get(1) == "dpo_name_only":
        dpo_cells = f"<td>{F_DPO[0]}</td><td></td><td></td>"
        shapes.append("p1_dpo_name_only")
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial">
<p>Hei!</p>
<p>Velferdskontoret i Lundeby ønsker forhåndsdrøftelse med Datatilsynet om {t.title.lower()}. Vi har laget DPIA, og den viser at det er høy risiko igjen for brukerne selv etter tiltakene vi har satt inn. Referat fra ledermøtet der saken ble behandlet ligger ved.</p>
<p><b>Kontaktpersoner</b></p>
<table border="1" cellpadding="4">
<tr><th>Rolle</th><th>Navn</th><th>Telefon</th><th>E-post</th></tr>
<tr><td>Kontaktperson</td><td>{F_CONTACT[0]}</td><td>{F_CONTACT[2]}</td><td>{F_CONTACT[3]}</td></tr>
<tr><td>Personvernombud</td>{dpo_cells}</tr>
<tr><td>Databehandler ({p.org})</td><td>{p.person}</td><td>{p.phone}</td><td>{p.email}</td></tr>
</table>
<p>Med vennlig hilsen<br>{F_CONTACT[0]}<br>{F_CONTACT[1]}<br>Velferdskontoret i Lundeby<br>Sentralbord 62 51 70 00</p>
</body></html>"""
    deferred = gaps.get(5) == "deferred"
    if deferred:
        shapes.append("part5_not_done")
    if 2 in gaps:
        shapes.append("description_elsewhere")
    if 3 in gaps:
        shapes.append("part3_absent")
    atts = [
        (f"DPIA_{t.key}_Lundeby.docx", kit.to_docx(_f_dpia(t, gaps))),
        ("Referat_ledermote_04112026.docx", kit.to_docx(_f_minutes(t, deferred))),
    ]
    msg = kit.message(
        cid,
        f"{F_CONTACT[0]} <{F_CONTACT[3]}>",
        f"Anmodning om forhåndsdrøftelse: {t.title}",
        date,
        html=html,
        attachments=atts,
    )
    return msg, shapes


def sender_f_guidance(cid: str, t: Topic, date: str) -> Out:
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial">
<p>Hei!</p>
<p>Vi på Velferdskontoret i Lundeby holder på med en DPIA for {t.title.lower()} og er usikre på hvordan vi skal vurdere om samtykke kan brukes når brukerne søker om sosialhjelp. Vi ønsker et veiledningsmøte med dere i januar, gjerne på Teams, før vi konkluderer.</p>
<p>Passer det for dere?</p>
<p>Med vennlig hilsen<br>{F_CONTACT[0]}<br>{F_CONTACT[1]}<br>Tlf. {F_CONTACT[2]}</p>
</body></html>"""
    msg = kit.message(
        cid,
        f"{F_CONTACT[0]} <{F_CONTACT[3]}>",
        "Ønske om veiledningsmøte - DPIA digital søknad sosialhjelp",
        date,
        html=html,
    )
    return msg, ["welfare_service", "html_only_body", "nonrequest_guidance"]


# --- G: Nordhavn University Hospital research project (English, approval letter scan) -----

G_CONTACT = (
    "Dr. Siri Holmboe",
    "project manager / principal investigator",
    "+47 77 62 91 40",
    "siri.holmboe@unn-nordhavn.no",
)
G_DPO = (
    "Jon Erik Pettersen",
    "data protection officer for research",
    "+47 77 62 80 11",
    "personvernombudet@unn-nordhavn.no",
)


def _g_dpia(t: Topic, gaps: Gaps) -> str:
    p = t.processor
    assert p is not None
    desc = f"""## 2.1 Purpose and context

{t.desc}

## 2.2 Data subjects and data

{t.scope}

## 2.3 Data flow, storage and retention

{t.flow}"""
    if gaps.get(2) == "protocol":
        desc = "See the study protocol (version 3.2, section 4-6) for a full description of the project design, data sources and data flow."
    if gaps.get(4) == "after_pilot":
        risk = "The risk assessment will be completed after the pilot phase (first 20 participants), when the technical set-up is final."
    else:
        rows = "\n".join(f"| {r} | {s} | {k} | {m} |" for r, s, k, m in t.risks)
        risk = f"""Risks to the rights and freedoms of participants and their relatives (likelihood and impact 1-5).

| Risk | Likelihood | Impact | Measures |
{rows}

Measures considered but not adopted: {t.not_taken}"""
    return f"""# Data Protection Impact Assessment

~ Nordhavn University Hospital – Research DPIA template (v2025)
~ Project: {t.title}
~ REK reference: 2026/118842

# 1. Contacts

| Role | Name | Phone | E-mail |
| Controller contact (PI) | {G_CONTACT[0]} | {G_CONTACT[2]} | {G_CONTACT[3]} |
| Data Protection Officer | {G_DPO[0]} | {G_DPO[2]} | {G_DPO[3]} |
| Processor: {p.org}, {p.address} | {p.person} | {p.phone} | {p.email} |

# 2. Description of the processing

{desc}

# 3. Necessity and proportionality

Legal basis: {t.legal}.

{t.necessity}

{t.proportionality}

Safeguards:

{bullets(t.safeguards)}

# 4. Risk assessment

{risk}
"""


def _g_approval(t: Topic) -> str:
    return f"""Nordhavn University Hospital
Research Director

Approval of DPIA – {t.title.split(":")[0]}

The DPIA for the project has been presented to the hospital's Research Committee on 29 October 2026, with a summary of findings, the DPO's advice and the input from the patient user panel (Brukerutvalget) and the project's Swedish and Dutch partners.

Decision: The DPIA is approved. Residual risk remains high. The hospital will request prior consultation with the Norwegian Data Protection Authority before data collection starts.

Tromsvik, 2 November 2026

[signature] Prof. Arne Lorentzen
Research Director"""


def sender_g(cid: str, t: Topic, gaps: Gaps, date: str, variant: str = "") -> Out:
    shapes = [
        "university_hospital_research",
        "headings_english",
        "contact_word_table",
        "phone_foreign",
        "risk_likelihood_consequence",
        "part5_signed_scan_pdf",
    ]
    if gaps.get(2) == "protocol":
        shapes.append("description_in_unattached_protocol")
    if gaps.get(4) == "after_pilot":
        shapes.append("part4_will_follow")
    atts = [
        (f"DPIA_{t.key}_research.docx", kit.to_docx(_g_dpia(t, gaps))),
        ("Approval_Research_Director_signed.pdf", kit.scan_pdf([_g_approval(t)])),
    ]
    body = kit.txt(f"""
        Dear Datatilsynet,

        On behalf of Nordhavn University Hospital (Universitetssykehuset Nordhavn HF) I would like to request a prior consultation under Article 36 GDPR for the research project {t.title}.

        We write in English because the DPIA was prepared together with our international partners. We are happy to receive your reply in Norwegian.

        The DPIA and the signed approval from our Research Director are attached. Contact details for the PI, our DPO and the processor are in section 1 of the DPIA.

        Kind regards,
        {G_CONTACT[0]}
        {G_CONTACT[1]}
        Department of Clinical Research, Nordhavn University Hospital
        {G_CONTACT[2]}
    """)
    msg = kit.message(
        cid,
        f"Siri Holmboe <{G_CONTACT[3]}>",
        f"Request for prior consultation - {t.title.split(':')[0]}",
        date,
        body,
        attachments=atts,
    )
    return msg, shapes


def sender_g_fyi(cid: str, t: Topic, date: str) -> Out:
    body = kit.txt(f"""
        Dear Sir or Madam,

        For your information: we have today submitted our application to the Regional Committee for Medical and Health Research Ethics (REK) for the project {t.title}. REK has asked us to consider whether a DPIA is needed, and we will start that work in January.

        No action is required from you at this stage.

        Best regards,
        {G_CONTACT[0]}
        {G_CONTACT[1]}
        Nordhavn University Hospital
        {G_CONTACT[2]}
    """)
    msg = kit.message(
        cid,
        f"Siri Holmboe <{G_CONTACT[3]}>",
        f"FYI: REK application submitted - {t.title.split(':')[0]}",
        date,
        body,
    )
    return msg, ["university_hospital_research", "headings_english", "nonrequest_information"]


# --- H: Ytre Sunnfjell kommune, skuleeigar (nynorsk, all in one PDF, kommunestyre) --------

H_CONTACT = (
    "Kjartan Instefjord",
    "rådgjevar oppvekst",
    "57 72 41 06",
    "kjartan.instefjord@ytresunnfjell.kommune.no",
)
H_DPO = (
    "Berit Heggdal",
    "personvernombod (Sunnfjell IKT-samarbeid)",
    "57 72 40 90",
    "berit.heggdal@sunnfjellikt.no",
)


def _h_doc(t: Topic, gaps: Gaps) -> str:
    p = t.processor
    proc = (
        f"~ Databehandlar: {p.org}, {p.person}, tlf. {p.phone}, {p.email}"
        if p
        else "~ Databehandlar: ingen – kommunen driftar løysinga sjølv"
    )
    if gaps.get(3) == "legal_only":
        ch3 = f"Handsaminga har heimel i {t.legal}."
    else:
        ch3 = f"""Heimel: {t.legal}.

{t.necessity}

{t.proportionality}

Tiltak: {", ".join(t.safeguards)}."""
    rows = "\n".join(f"| {r} | {s} | {k} | {nivaa(s, k)} | {m} |" for r, s, k, m in t.risks)
    if gaps.get(5) == "kommunestyret":
        ch5 = "DPIA-en er lagd fram for oppvekstutvalet til orientering. Kommunestyret handsamar saka 11. februar 2027."
    else:
        ch5 = "Kommunedirektøren gjekk gjennom DPIA-en med funn og innspel frå elevrådsleiarane, FAU og tillitsvalde i leiarmøtet 02.11.2026, og godkjende ho same dag. Kommunedirektøren ber om førehandsdrøfting fordi risikoen for elevane framleis er høg.\n\nGodkjent av kommunedirektør Åse Rygg 02.11.2026."
    return f"""# Personvernkonsekvensvurdering (DPIA)

~ Ytre Sunnfjell kommune, skuleeigar
~ {t.title}

~ Kontaktperson: {H_CONTACT[0]}, tlf. {H_CONTACT[2]}, {H_CONTACT[3]}
~ Personvernombod: {H_DPO[0]}, tlf. {H_DPO[2]}, {H_DPO[3]}
{proc}

# Kva skal vi gjere

{t.desc}

{t.scope}

{t.flow}

# Kvifor er dette naudsynt

{ch3}

# Kva kan gå gale for elevane

| Hending | Sannsyn | Konsekvens | Nivå | Tiltak |
{rows}

Ikkje gjennomført: {t.not_taken}

# Godkjenning

{ch5}
"""


def sender_h(cid: str, t: Topic, gaps: Gaps, date: str, variant: str = "") -> Out:
    shapes = [
        "school_owner",
        "headings_nynorsk",
        "one_pdf_everything",
        "contact_label_value",
        "dpo_external_firm",
        "risk_likelihood_consequence",
    ]
    shapes.append("part5_future_meeting" if gaps.get(5) else "part5_approval_line_in_dpia")
    if gaps.get(3):
        shapes.append("necessity_legal_basis_only")
    shapes.append("processor_none_stated" if t.processor is None else "processor_contact_body")
    body = kit.txt(f"""
        Hei

        Ytre Sunnfjell kommune ber om førehandsdrøfting for {t.title.lower()}. Heile vurderinga ligg i vedlagt PDF.

        Helsing
        {H_CONTACT[0]}
        {H_CONTACT[1]}, Ytre Sunnfjell kommune
        {H_CONTACT[2]}
    """)
    atts = [(f"DPIA_{t.key}_YtreSunnfjell.pdf", kit.to_pdf(_h_doc(t, gaps)))]
    msg = kit.message(
        cid,
        f"{H_CONTACT[0]} <{H_CONTACT[3]}>",
        f"Førehandsdrøfting {t.title}",
        date,
        body,
        attachments=atts,
    )
    return msg, shapes


def sender_h_breach(cid: str, date: str) -> Out:
    body = kit.txt(f"""
        Hei

        Vi melder eit avvik: Ein lærar ved Sunnfjell ungdomsskule sende 24. november ei e-post med kartleggingsresultat for 27 elevar i 9B til alle føresette i klassen i staden for berre til kontaktlæraren. Det var namn og resultat, ingen andre opplysningar. Vi har bede mottakarane slette e-posten, og 19 har stadfesta det.

        Vi har også fylt ut skjemaet i Altinn, men sender dette i tillegg sidan fristen går ut i morgon.

        Helsing
        {H_CONTACT[0]}
        {H_CONTACT[1]}, Ytre Sunnfjell kommune
        {H_CONTACT[2]}
    """)
    msg = kit.message(
        cid,
        f"{H_CONTACT[0]} <{H_CONTACT[3]}>",
        "Avviksmelding - e-post med kartleggingsresultat sendt til feil mottakarar",
        date,
        body,
    )
    return msg, ["school_owner", "nonrequest_breach_notification"]


# --- I: Barnevernstjenesten i Midt-Åsen (plain mail, all in body, ROS Excel) ---------------

I_CONTACT = (
    "Hege Rustad Eide",
    "fagleder, barnevernstjenesten i Midt-Åsen",
    "61 19 33 82",
    "hege.rustad.eide@midt-asen.kommune.no",
)
I_DPO = ("Per Olav Sveen", "personvernombud", "61 19 30 14", "per.olav.sveen@midt-asen.kommune.no")


def _i_body(t: Topic, gaps: Gaps) -> str:
    p = t.processor
    if gaps.get(1) == "contact_no_phone":
        contact = f"Kontaktperson: {I_CONTACT[0]}, {I_CONTACT[3]}"
    else:
        contact = f"Kontaktperson: {I_CONTACT[0]}, tlf. {I_CONTACT[2]}, {I_CONTACT[3]}"
    proc = (
        f"Databehandler: {p.org}, v/{p.person}, tlf. {p.phone}, {p.email}"
        if p
        else "Databehandler: ingen (verktøyet ligger i vårt eget fagsystem)"
    )
    desc = f"{t.desc}\n\n{t.scope}\n\n{t.flow}"
    if gaps.get(2) == "saksframlegg":
        desc = "Se saksframlegget til kommunedirektørens ledermøte om innføringen."
    nec = (
        f"{t.legal}.\n\n{t.necessity}\n\n{t.proportionality}\n\nTiltak: {'; '.join(t.safeguards)}."
    )
    if 3 in gaps:
        nec = ""
    risks = "\n".join(
        f"- {r} (sannsynlighet {s}, konsekvens {k}). Tiltak: {m}." for r, s, k, m in t.risks
    )
    if gaps.get(5) == "pending":
        appr = "DPIA-en er ikke godkjent av kommunedirektøren ennå. Godkjenningen ettersendes."
    else:
        appr = "DPIA-en med funn og innspill fra barnas talspersoner (Forandringsfabrikken-gruppen i kommunen) og tillitsvalgte ble gjennomgått i kommunedirektørens ledermøte og godkjent av kommunedirektøren i Midt-Åsen 12.11.2026. Hun ba oss be om forhåndsdrøftelse fordi restrisikoen er høy."
    parts = [
        f"Hei\n\nBarnevernstjenesten i Midt-Åsen ber om forhåndsdrøftelse for {t.title.lower()}. Under står vurderingen vår.",
        f"KONTAKT\n{contact}\nPersonvernombud: {I_DPO[0]}, tlf. {I_DPO[2]}, {I_DPO[3]}\n{proc}",
        f"BESKRIVELSE\n{desc}",
    ]
    if nec:
        parts.append(f"NØDVENDIGHET OG FORHOLDSMESSIGHET\n{nec}")
    parts.append(f"RISIKO FOR BARNA OG FAMILIENE\n{risks}\n\nIkke gjennomført: {t.not_taken}")
    parts.append(f"GODKJENNING\n{appr}")
    sig = f"Hilsen\n{I_CONTACT[0]}\n{I_CONTACT[1]}"
    if gaps.get(1) != "contact_no_phone":
        sig += f"\nTlf. {I_CONTACT[2]}"
    parts.append(sig)
    return "\n\n".join(parts) + "\n"


def sender_i(cid: str, t: Topic, gaps: Gaps, date: str, variant: str = "") -> Out:
    shapes = [
        "child_welfare",
        "all_in_body",
        "headings_caps_in_body",
        "contact_label_value",
        "risk_bullets",
    ]
    shapes.append("part5_not_done" if gaps.get(5) else "part5_approval_stated_in_body")
    if gaps.get(1):
        shapes.append("p1_contact_no_phone")
    if gaps.get(2):
        shapes.append("description_in_unattached_saksframlegg")
    if 3 in gaps:
        shapes.append("part3_absent")
    atts: list[kit.Attachment] = []
    if variant == "ros_excel":
        rows = [["Hendelse", "Sannsynlighet", "Konsekvens", "Risiko", "Tiltak"]] + [
            [r, str(s), str(k), level(s, k), m] for r, s, k, m in t.risks
        ]
        atts.append(("ROS_barnevern.xlsx", kit.to_xlsx({"ROS": rows})))
        shapes.append("risk_register_xlsx")
    body = _i_body(t, gaps)
    msg = kit.message(
        cid,
        f"{I_CONTACT[0]} <{I_CONTACT[3]}>",
        f"Forhåndsdrøftelse {t.title.lower()}",
        date,
        body,
        attachments=atts or None,
    )
    return msg, shapes


# --- J: Nordre Vika fylkeskommune (county, DPIA PDF plus a separate ROS analysis) --------

J_CONTACT = (
    "Elin Marie Strand",
    "rådgiver personvern, samferdsel",
    "75 65 02 27",
    "elin.marie.strand@nvfk.no",
)
J_DPO = ("Magnus Bech", "personvernombud", "75 65 00 61", "magnus.bech@nvfk.no")


def _j_ros(t: Topic) -> str:
    return f"""# Risiko- og sårbarhetsanalyse (ROS)

~ Nordre Vika fylkeskommune, IKT-seksjonen
~ System: {t.title}
~ Metode: NS 5814, fylkeskommunens ROS-mal

| Nr. | Uønsket hendelse | Sannsynlighet | Konsekvens | Risiko | Tiltak |
| 1 | Nedetid i leverandørens plattform over 4 timer | 3 | 2 | Gul | SLA med 99,5 % oppetid |
| 2 | Strømbrudd om bord gjør at utstyr mister data | 3 | 1 | Grønn | Lokal buffer i 72 timer |
| 3 | Svakt passord på administratorkonto | 2 | 4 | Gul | To-faktor for alle administratorer |
| 4 | Feil i integrasjon mot billettsystemet | 3 | 3 | Gul | Testmiljø og overvåking |
| 5 | Leverandøren går konkurs | 1 | 4 | Grønn | Krav om dataeksport i avtalen |

Samlet vurdering: Risikoen er akseptabel etter tiltak.
"""


def _j_dpia(t: Topic) -> str:
    p = t.processor
    assert p is not None
    rows = "\n".join(f"| {r} | {s} | {k} | {m} |" for r, s, k, m in t.risks)
    return f"""# DPIA – {t.title}

~ Nordre Vika fylkeskommune, avdeling samferdsel

# Kontaktopplysninger

~ Kontaktperson: {J_CONTACT[0]}, {J_CONTACT[2]}, {J_CONTACT[3]}
~ Personvernombud: {J_DPO[0]}, {J_DPO[2]}, {J_DPO[3]}
~ Databehandler: {p.org}, kontakt {p.person}, {p.phone}, {p.email}

# Beskrivelse

{t.desc} {t.scope} {t.flow}

# Nødvendighet og forholdsmessighet

{t.legal}. {t.necessity} {t.proportionality} Tiltak: {", ".join(t.safeguards)}.

# Risiko for de reisendes rettigheter og friheter

| Risiko | Sannsynlighet | Konsekvens | Tiltak |
{rows}

Ikke gjennomført: {t.not_taken}
"""


def _j_approval(t: Topic) -> str:
    return f"""# Godkjenning

DPIA for {t.title.lower()} ble lagt fram for fylkesdirektørens ledergruppe 09.11.2026 med sammendrag av funn, innspill fra ungdomsrådet og fra de ansattes organisasjoner. Ledergruppen godkjente DPIA-en og besluttet å be om forhåndsdrøftelse.

~ Godkjent av fylkesdirektør Terje Moe, 09.11.2026
"""


def sender_j(cid: str, t: Topic, gaps: Gaps, date: str, variant: str = "") -> Out:
    shapes = [
        "county",
        "contact_label_value",
        "separate_ros_analysis",
        "risk_likelihood_consequence",
        "processor_contact_body",
    ]
    atts: list[kit.Attachment] = []
    if gaps.get(4) == "ros_only":
        shapes.append("ros_only_no_dpia")
        docs = f"""# Anmodning om forhåndsdrøftelse

~ Nordre Vika fylkeskommune
~ {t.title}

# Kontakt

~ Kontaktperson: {J_CONTACT[0]}, {J_CONTACT[2]}, {J_CONTACT[3]}
~ Personvernombud: {J_DPO[0]}, {J_DPO[2]}, {J_DPO[3]}
~ Databehandler: {t.processor.org if t.processor else ""}, kontakt {t.processor.person if t.processor else ""}, {t.processor.phone if t.processor else ""}, {t.processor.email if t.processor else ""}

# Beskrivelse

{t.desc} {t.scope} {t.flow}

# Nødvendighet

{t.legal}. {t.necessity} {t.proportionality}

# Risiko

Se vedlagt risiko- og sårbarhetsanalyse.

{_j_approval(t)}
"""
        atts.append((f"Anmodning_{t.key}.pdf", kit.to_pdf(docs)))
    else:
        appr = "" if gaps.get(5) else _j_approval(t)
        atts.append((f"DPIA_{t.key}_NVFK.pdf", kit.to_pdf(_j_dpia(t) + "\n" + appr)))
        shapes.append("part5_future_meeting" if gaps.get(5) else "part5_approval_line_in_dpia")
    atts.append((f"ROS_{t.key}.pdf", kit.to_pdf(_j_ros(t))))
    extra = (
        "Fylkestinget skal behandle saken i møtet 15.–16. desember. Vi sender protokollen etterpå."
        if gaps.get(5)
        else ""
    )
    body = kit.txt(f"""
        Til Datatilsynet

        Nordre Vika fylkeskommune ber om forhåndsdrøftelse etter GDPR artikkel 36 for {t.title.lower()}. Dokumentasjonen er vedlagt.{(" " + extra) if extra else ""}

        Med hilsen
        {J_CONTACT[0]}
        {J_CONTACT[1]}
        Nordre Vika fylkeskommune
        Mobil 917 22 408 | Sentralbord 75 65 00 00
    """)
    msg = kit.message(
        cid,
        f"{J_CONTACT[0]} <{J_CONTACT[3]}>",
        f"Forhåndsdrøftelse - {t.title}",
        date,
        body,
        attachments=atts,
    )
    return msg, shapes


def sender_j_guidance(cid: str, t: Topic, date: str) -> Out:
    body = kit.txt(f"""
        Hei

        Nordre Vika fylkeskommune vurderer {t.title.lower()}. Vi har gjort en ROS-analyse, men ikke en DPIA. Vi ønsker å be om et veiledningsmøte for å drøfte om løsningen kan gjennomføres innenfor regelverket, og hva vi bør legge vekt på i DPIA-en.

        Med hilsen
        {J_CONTACT[0]}
        {J_CONTACT[1]}
        Nordre Vika fylkeskommune
        Mobil 917 22 408
    """)
    msg = kit.message(
        cid,
        f"{J_CONTACT[0]} <{J_CONTACT[3]}>",
        "Ønske om veiledningsmøte - skoleskyss-app",
        date,
        body,
    )
    return msg, ["county", "nonrequest_guidance"]
