"""The ten fictional senders of blind10: their people, signatures, footers and document templates.

Every organisation, person, phone number, e-mail address and org number here is invented.
A case supplies a ``Topic`` (written in the sender's language) and picks the sender's template;
the template decides the headings, the layout and where the contact details go.
"""

from __future__ import annotations

from dataclasses import dataclass

from kit import scan_image, scan_pdf, to_docx, to_html, to_odt, to_pdf, to_rtf, to_xlsx


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


def bullets(items: tuple[str, ...]) -> str:
    return "\n".join("- " + s for s in items)


def risk_rows(t: Topic) -> str:
    return "\n".join(f"| {r} | {lvl} | {m} |" for r, lvl, m in t.risks)


def risk_bullets(t: Topic, level: str = "risiko", measure: str = "Tiltak") -> str:
    return "\n".join(f"- {r} ({level}: {lvl}). {measure}: {m}" for r, lvl, m in t.risks)


# --- A: Misjonsmenigheten i Norge (church denomination) --------------------------------------

A_FROM = "Kari Opdal <kari.opdal@misjonsmenigheten.no>"
A_SIGNATURE = (
    "Med vennlig hilsen\n\nKari Opdal\norganisasjonsrådgiver\nMisjonsmenigheten i Norge\n"
    "Kirkegata 14, 4006 Stavanger\n\n"
    "«Sammen om troen – sammen om folket»\n"
)


def a_contacts(processor_row: str, dpo_row: str = "") -> str:
    dpo = dpo_row or (
        "| Personvernombud | Ola Brattebø, Personvern i Kirken SA | 917 22 408 "
        "| ola.brattebo@personvernikirken.no |"
    )
    return (
        "| Rolle | Navn | Telefon | E-post |\n"
        "| Kontaktperson | Kari Opdal, organisasjonsrådgiver | 51 84 27 10 "
        "| kari.opdal@misjonsmenigheten.no |\n"
        f"{dpo}\n{processor_row}"
    )


def a_letter(subject: str, body: str, contacts: str) -> bytes:
    """The denomination's formal cover letter (DOCX) with the contacts as a Word table."""
    return to_docx(
        f"""
~ Misjonsmenigheten i Norge
~ Org.nr. 971 330 125
~ Kirkegata 14, 4006 Stavanger

~ Datatilsynet
~ Postboks 458 Sentrum
~ 0105 Oslo

# {subject}

{body}

## Kontaktpunkter

{contacts}

~ Stavanger, 2026
~ Kari Opdal
~ organisasjonsrådgiver
"""
    )


def a_dpia(t: Topic) -> bytes:
    """The denomination's DPIA (DOCX) with unnumbered headings and a risk table."""
    return to_docx(
        f"""
# Personvernkonsekvensvurdering: {t.title}

Misjonsmenigheten i Norge. Utarbeidet av sekretariatet i samarbeid med personvernombudet.

# Bakgrunn og formål

{t.what}

# Omfang og opplysningstyper

{t.scope}

# Informasjonsflyt, systemer og ansvar

{t.flow}

# Nødvendighet og forholdsmessighet

{t.need}

{t.proportional}

# Tiltak for medlemmenes rettigheter

{bullets(t.safeguards)}

# Risikovurdering

| Risiko | Sannsynlighet/konsekvens | Tiltak |
{risk_rows(t)}

# Tiltak som er vurdert, men ikke innført

{t.not_done}
"""
    )


def a_minutes(date: str, item: str, text: str) -> bytes:
    return to_pdf(
        f"""
# PROTOKOLL – HOVEDSTYRET I MISJONSMENIGHETEN I NORGE

Møtedato: {date}. Sted: Menighetshuset, Stavanger. Til stede: hovedstyrets leder Sigve Tjelta,
nestleder Marit Lende, styremedlemmene Arne Vatnaland, Hilde Eik og Tobias Rø. Fra sekretariatet:
generalsekretær Jostein Aarsland og organisasjonsrådgiver Kari Opdal. Personvernombudet Ola
Brattebø deltok under saken.

# Sak HS {item}

{text}

~ Protokollen er godkjent og signert elektronisk
~ Sigve Tjelta (sign.)    Marit Lende (sign.)    Jostein Aarsland (sign.)
""",
        title="Protokoll hovedstyret",
    )


# --- B: Sunnvik Havbruk AS (aquaculture, nynorsk) ---------------------------------------------

B_FROM = "Eirin Myklebust <eirin.myklebust@sunnvik-havbruk.no>"
B_SIGNATURE = (
    "Helsing\nEirin Myklebust\nHMS- og kvalitetsleiar, Sunnvik Havbruk AS\n"
    "mob. 952 61 338 | eirin.myklebust@sunnvik-havbruk.no\n"
    "Sentralbord 70 02 41 00 | Vakttelefon sjø 70 02 41 99\n"
    "Sunnvik Havbruk AS – Kaivegen 3, 6090 Fosnavåg\n"
)
B_DPO = (
    "Personvernombodet vårt er levert av Havrett Advokatfirma AS. Ombodet er advokat "
    "Synnøve Hjelle, tlf. 934 81 205, e-post sh@havrett.no."
)


def b_body(t: Topic, *, approval: str, contact: str = "Kontaktperson for saka er eg.") -> str:
    """The fish farmer's whole request in one mail, with unnumbered nynorsk headings."""
    return f"""Hei

Sunnvik Havbruk AS (org.nr. 917 603 442) ber om førehandsdrøfting etter artikkel 36 i
personvernforordninga for {t.title.lower()}. Heile vurderinga står i denne e-posten.

{contact} {B_DPO}

OM HANDSAMINGA
{t.what}

{t.scope}

{t.flow}

NAUDSYN OG PROPORSJONALITET
{t.need}

{t.proportional}

Tiltak for dei tilsette sine rettar:
{bullets(t.safeguards)}

RISIKO FOR DEI REGISTRERTE
{risk_bullets(t)}

Vurdert, men ikkje gjennomført: {t.not_done}

GODKJENNING I LEIINGA
{approval}

"""


def b_dpia(t: Topic) -> bytes:
    return to_docx(
        f"""
# Vurdering av personvernkonsekvensar – {t.title}

Sunnvik Havbruk AS, org.nr. 917 603 442.

# Om handsaminga

{t.what}

{t.scope}

{t.flow}

# Naudsyn og proporsjonalitet

{t.need}

{t.proportional}

{bullets(t.safeguards)}

# Risiko for dei tilsette

| Risiko | Nivå | Tiltak |
{risk_rows(t)}

# Tiltak som ikkje er gjennomførte

{t.not_done}
"""
    )


def b_minutes_photo(text: str) -> bytes:
    return scan_image(
        "SUNNVIK HAVBRUK AS\nMØTEBOK – STYREMØTE 18. NOVEMBER 2026\n\n"
        "Til stades: styreleiar Rolf Sævik, Kjersti Vartdal, Ivar Leite, Oddny Rise "
        "(tilsetterepresentant). Dagleg leiar Håkon Sævik og HMS-leiar Eirin Myklebust. "
        "Personvernombodet Synnøve Hjelle deltok under sak 27/26.\n\n"
        f"Sak 27/26 Personvernkonsekvensar\n{text}\n\n"
        "Rolf Sævik (sign.)        Kjersti Vartdal (sign.)        Oddny Rise (sign.)",
        "JPEG",
        0.8,
    )


# --- C: LTL-forbundet (trade union) --------------------------------------------------------

C_FROM = "Morten Skaar <morten.skaar@ltl-forbundet.no>"
C_LABELS = """Behandlingsansvarlig: Forbundet for Lager, Transport og Logistikk (LTL-forbundet)
Org.nr.: 982 117 450
Adresse: Youngs gate 11, 0181 Oslo
Kontaktperson: Morten Skaar, organisasjonssekretær
Telefon: 23 06 41 77 / mobil 482 19 506
E-post: morten.skaar@ltl-forbundet.no
Personvernombud: Line Dahle Fossum
Telefon personvernombud: 23 06 41 30
E-post personvernombud: personvernombud@ltl-forbundet.no
"""
C_SIGNATURE = (
    "Vennlig hilsen\n\nMorten Skaar\norganisasjonssekretær\n"
    "LTL-forbundet – Forbundet for Lager, Transport og Logistikk\n"
    "Sentralbord: 23 06 41 00\nDirekte: 23 06 41 77\nMobil: 482 19 506\n"
    "Medlemstelefon (hverdager 08-16): 815 22 300\n"
    "www.ltl-forbundet.no\n\n"
    "Denne e-posten kan inneholde fortrolig informasjon og er kun ment for adressaten. "
    "Dersom du har mottatt den ved en feil, ber vi deg slette den og varsle avsender. "
    "LTL-forbundet tar forbehold om feil i automatisk genererte vedlegg.\n"
)


def c_pdf(t: Topic, *, processor: str, need: str = "", risk: str = "", approval: str) -> bytes:
    """The union's one PDF for everything, with question headings."""
    need_text = need or f"{t.need}\n\n{t.proportional}\n\n{bullets(t.safeguards)}"
    risk_text = risk or (
        "| Hva kan skje | Risikonivå | Tiltak |\n"
        f"{risk_rows(t)}\n\nTiltak vi har vurdert, men valgt bort: {t.not_done}"
    )
    return to_pdf(
        f"""
# ANMODNING OM FORHÅNDSDRØFTELSE – {t.title.upper()}

LTL-forbundet, org.nr. 982 117 450. Dokumentet samler hele anmodningen.

# Hvem er ansvarlig, og hvem kan Datatilsynet kontakte?

Kontaktperson er organisasjonssekretær Morten Skaar, tlf. 482 19 506,
morten.skaar@ltl-forbundet.no. Forbundets personvernombud er Line Dahle Fossum, tlf.
23 06 41 30, personvernombud@ltl-forbundet.no. {processor}

# Hva skal vi gjøre med medlemmenes opplysninger?

{t.what}

{t.scope}

{t.flow}

# Hvorfor er det nødvendig, og står det i forhold til formålet?

{need_text}

# Hva kan gå galt for medlemmene?

{risk_text}

# Hva har forbundsledelsen bestemt?

{approval}
""",
        title="Anmodning om forhåndsdrøftelse",
    )


# --- D: Vetlandia Dyreklinikker AS (veterinary chain) ------------------------------------------

D_FROM = "Siri Bakkevold <siri.bakkevold@vetlandia.no>"
D_SIGNATURE = (
    "Mvh\nSiri Bakkevold\nJuridisk rådgiver | Vetlandia Dyreklinikker AS\n"
    "Tlf. 400 18 772\nsiri.bakkevold@vetlandia.no\n"
    "Akutt dyrelege døgnet rundt: 815 00 911\n"
)


def d_contact_table(processor: tuple[str, str, str, str] | None) -> str:
    rows = [
        ("Rolle", "Navn", "Telefon", "E-post"),
        ("Kontaktperson", "Siri Bakkevold", "400 18 772", "siri.bakkevold@vetlandia.no"),
        ("Personvernombud", "Henrik Lauvås", "400 18 790", "personvern@vetlandia.no"),
    ]
    if processor:
        rows.append(processor)
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)


def d_html(intro: str, table: str, outro: str) -> str:
    return to_html(f"{intro}\n\n{table}\n\n{outro}")


def d_dpia(t: Topic, signoff: str) -> bytes:
    """The vet chain's numbered Word DPIA with a «Godkjenning» table at the end."""
    return to_docx(
        f"""
# DPIA – {t.title}

Vetlandia Dyreklinikker AS, org.nr. 995 604 118. 23 klinikker og to dyresykehus.

# 1 Beskrivelse av behandlingen

{t.what}

{t.scope}

{t.flow}

# 2 Nødvendighet og proporsjonalitet

{t.need}

{t.proportional}

{bullets(t.safeguards)}

# 3 Risikovurdering

| Risiko | Nivå før tiltak | Tiltak |
{risk_rows(t)}

Vurdert, ikke gjennomført: {t.not_done}

# 4 Godkjenning

{signoff}
"""
    )


def d_price_list() -> bytes:
    return to_pdf(
        """
# Vetlandia – prisliste 2027

| Behandling | Pris |
| Helsesjekk hund/katt | 795 kr |
| Vaksine (kombinasjon) | 690 kr |
| Tannrens i narkose | fra 3 450 kr |
| ID-merking | 650 kr |

Priser inkl. mva. Medlemmer i Vetlandia Pluss får 10 % rabatt.
""",
        title="Prisliste 2027",
    )


# --- E: Nordharbour Hotels AS (hotel group, English) -----------------------------------------

E_FROM = "Jonas Wik <jonas.wik@nordharbour.com>"
E_SIGNATURE = (
    "Kind regards,\n\nJonas Wik\nHead of Guest Systems & Compliance\n"
    "Nordharbour Hotels AS | Bryggen 9, 5003 Bergen, Norway\n"
    "Direct +47 55 30 71 42 | Mobile +47 916 40 388\n"
    "Group switchboard +45 33 12 80 00 (Copenhagen)\n"
)
E_DISCLAIMER = (
    "\n--\nThis e-mail and any attachments are confidential and intended solely for the "
    "addressee. If you have received it in error, please notify the sender and delete it. "
    "Nordharbour Hotels AS is part of Nordharbour Hospitality Group A/S, CVR 38 11 42 90.\n"
)
E_DPO = ("Data Protection Officer", "Nordharbour Hospitality Group", "Mette Holm Kristensen")


def e_contact_sheet(rows: list[list[str]]) -> bytes:
    head = [["Role", "Organisation", "Name", "Phone", "Email"]]
    return to_xlsx({"Contacts": head + rows})


E_CONTACT = ["Contact person", "Nordharbour Hotels AS", "Jonas Wik", "+47 916 40 388"]
E_CONTACT += ["jonas.wik@nordharbour.com"]
E_DPO_ROW = [*E_DPO, "+45 33 12 80 47", "dpo@nordharbour.com"]


def e_dpia(t: Topic) -> bytes:
    """The hotel group's English PDF DPIA with numbered sections."""
    return to_pdf(
        f"""
# Data Protection Impact Assessment – {t.title}

Nordharbour Hotels AS (org. no. 919 270 553), 17 hotels in Norway. Template NHG-DPIA v4.

# 1. Description of the processing

{t.what}

{t.scope}

{t.flow}

# 2. Necessity and proportionality

{t.need}

{t.proportional}

{bullets(t.safeguards)}

# 3. Risks to the rights and freedoms of data subjects

| Risk | Inherent level | Mitigation |
{risk_rows(t)}

Considered but not implemented: {t.not_done}
""",
        title="DPIA " + t.title,
    )


def e_minutes(date: str, text: str) -> bytes:
    return to_pdf(
        f"""
# Nordharbour Hotels AS – Executive Committee

Minutes of meeting {date}. Present: CEO Lars Ottesen, CFO Ane Strøm, COO Peter Juhl Madsen,
Head of Guest Systems Jonas Wik. The group DPO Mette Holm Kristensen attended item 4.

# Item 4 – DPIA review

{text}

~ Signed: Lars Ottesen, CEO        Ane Strøm, CFO
""",
        title="Executive Committee minutes",
    )


# --- F: Norsk institutt for aldring og livsløp (NIAL, research institute) --------------------

F_FROM = "Guro Tveit <guro.tveit@nial.no>"
F_SIGNATURE = (
    "Vennlig hilsen\nGuro Tveit\nseniorrådgiver forskningsadministrasjon, NIAL\n"
    "Norsk institutt for aldring og livsløp\n"
)
F_CONTACTS = (
    "Kontaktperson for anmodningen er undertegnede, seniorrådgiver Guro Tveit, som kan nås på "
    "telefon 22 95 18 63 eller guro.tveit@nial.no. Instituttets personvernombud leveres av "
    "Datavern Rådgivning AS; ombudet er Petter Nyhus, tlf. 988 40 217, "
    "petter.nyhus@datavernradgivning.no."
)


def f_report(t: Topic, *, chapter3: str = "", chapter4: str = "", contacts: str = "") -> bytes:
    """NIAL's DPIA report (PDF) holding the description, necessity and risk chapters."""
    c3 = chapter3 or f"{t.need}\n\n{t.proportional}\n\n{bullets(t.safeguards)}"
    c4 = chapter4 or (
        "| Risiko for deltakerne | Vurdert nivå | Risikoreduserende tiltak |\n"
        f"{risk_rows(t)}\n\nTiltak som er vurdert, men ikke gjennomført: {t.not_done}"
    )
    front = f"\n# Kontaktopplysninger\n\n{contacts}\n" if contacts else ""
    return to_pdf(
        f"""
# NIAL-rapport 2026:14 – Vurdering av personvernkonsekvenser

Prosjekt: {t.title}. Norsk institutt for aldring og livsløp, org.nr. 974 208 331.
{front}
# Kapittel 1 Sammendrag

Rapporten dokumenterer personvernkonsekvensvurderingen etter personvernforordningen artikkel 35.

# Kapittel 2 Systematisk beskrivelse

{t.what}

{t.scope}

{t.flow}

# Kapittel 3 Nødvendighet og forholdsmessighet

{c3}

# Kapittel 4 Risiko for de registrertes rettigheter og friheter

{c4}
""",
        title="NIAL-rapport 2026:14",
    )


def f_decision_text(title: str) -> str:
    return (
        "NORSK INSTITUTT FOR ALDRING OG LIVSLØP\nDIREKTØRENS BESLUTNING\n\n"
        f"Gjelder: Vurdering av personvernkonsekvenser – {title}\n\n"
        "Direktørmøtet gikk 10. november 2026 gjennom NIAL-rapport 2026:14. Prosjektleder "
        "presenterte funnene og restrisikoen; personvernombudets råd, innspill fra "
        "brukerrådet (Pensjonistforbundet og Nasjonalforeningen for folkehelsen) og fra "
        "forskningsetisk komité ble lagt fram. Restrisikoen vurderes fortsatt som høy.\n\n"
        "Beslutning: Direktøren godkjenner vurderingen og ber om forhåndsdrøftelse med "
        "Datatilsynet før datainnsamlingen starter.\n\n"
        "Oslo, 12. november 2026\nAstrid Lien Mo (sign.)\ndirektør"
    )


def f_decision_scan(title: str) -> bytes:
    return scan_pdf([f_decision_text(title)])


# --- G: Talentbro Rekruttering AS (recruitment agency) ----------------------------------------

G_FROM = "Camilla Rud <camilla.rud@talentbro.no>"
G_SIGNATURE = (
    "Beste hilsen\nCamilla Rud\nCompliance Manager\nTalentbro Rekruttering AS\n"
    "M: +47 473 81 205  T: +47 21 09 55 00\ntalentbro.no – vi bygger bro til talentene\n"
)


def g_contacts(processor: str) -> bytes:
    return to_docx(
        f"""
# 1 Kontaktinformasjon

~ Behandlingsansvarlig: Talentbro Rekruttering AS, org.nr. 916 550 274
~ Karl Johans gate 41, 0162 Oslo

| Rolle | Navn | Telefon | E-post |
| Kontaktperson | Camilla Rud, Compliance Manager | +47 473 81 205 | camilla.rud@talentbro.no |
| Personvernombud | Fredrik Aune (ekstern, Aune Personvern) | +47 906 33 142 |
fredrik@aunepersonvern.no |
{processor}
"""
    )


def g_description(t: Topic) -> bytes:
    return to_rtf(f"# 2 Beskrivelse av behandlingen\n\n{t.what}\n\n{t.scope}\n\n{t.flow}\n")


def g_necessity(t: Topic) -> bytes:
    return to_docx(
        f"# 3 Nødvendighet og proporsjonalitet\n\n{t.need}\n\n{t.proportional}\n\n"
        f"## Garantier for kandidatene\n\n{bullets(t.safeguards)}\n"
    )


def g_risk(t: Topic) -> bytes:
    rows = [["Risiko", "Nivå", "Tiltak", "Status"]]
    rows += [[r, lvl, m, "Gjennomført"] for r, lvl, m in t.risks]
    rows += [["Vurdert, ikke gjennomført", "", t.not_done, "Ikke gjennomført"]]
    return to_xlsx({"4 Risikovurdering": rows})


def g_approval(date: str, text: str) -> bytes:
    return to_pdf(
        f"""
# 5 Ledelsens validering

Referat fra ledermøte i Talentbro Rekruttering AS, {date}.

Til stede: administrerende direktør Øystein Rud Hansen, fagdirektør Nina Kalvø, IT-sjef Amir
Haddad, Compliance Manager Camilla Rud. Personvernombud Fredrik Aune deltok.

{text}

~ Godkjent: Øystein Rud Hansen (sign.)
""",
        title="Ledelsens validering",
    )


# --- H: Midtfjord Vann IKS (water utility) ----------------------------------------------------

H_FROM = "Trond Velle <trond.velle@midtfjordvann.no>"
H_LEADER = "Anne Grete Nærø <anne.grete.naero@midtfjordvann.no>"
H_SIGNATURE = (
    "Med hilsen\nTrond Velle\nrådgiver IKT og sikkerhet\nMidtfjord Vann IKS\n"
    "Direkte: 71 25 63 18 | Mobil: 970 45 126\n"
    "Vakttelefon vann og avløp (døgnbemannet): 71 25 63 00\n"
    "Midtfjord Vann IKS eies av Fjordvik, Søreid og Haukås kommuner\n"
)
H_DPO = (
    "Personvernombud for Midtfjord Vann IKS er Randi Øvrebø (felles ombud for eierkommunene), "
    "tlf. 71 25 10 44, randi.ovrebo@fjordvik.kommune.no."
)


def h_dpia(t: Topic, *, risk: str = "", odt: bool = False) -> bytes:
    """The utility's DPIA, unnumbered headings, risks as bullets, «ingen databehandler»."""
    risk_text = risk or f"{risk_bullets(t)}\n\nVurdert, men ikke gjennomført: {t.not_done}"
    markup = f"""
# Vurdering av personvernkonsekvenser – {t.title}

Midtfjord Vann IKS, org.nr. 925 880 416. Ingen databehandler: systemene driftes av selskapets
egen IKT-avdeling i eget datasenter.

# Hva behandlingen går ut på

{t.what}

{t.scope}

{t.flow}

# Nødvendighet og forholdsmessighet

{t.need}

{t.proportional}

{bullets(t.safeguards)}

# Risiko for abonnentene

{risk_text}
"""
    return to_odt(markup) if odt else to_docx(markup)


def h_minutes_photo(text: str) -> bytes:
    return scan_image(
        "MIDTFJORD VANN IKS\nPROTOKOLL FRA STYREMØTE 19.11.2026\n\n"
        "Til stede: styreleder Kjell Haukås, Berit Søreide, Johan Fjordvik, Liv Torseth "
        "(ansattes representant). Daglig leder Anne Grete Nærø, rådgiver Trond Velle. "
        "Personvernombudet deltok under sak 38/26.\n\n"
        f"Sak 38/26 Personvernkonsekvensvurdering\n{text}\n\n"
        "Kjell Haukås (sign.)          Berit Søreide (sign.)          Johan Fjordvik (sign.)",
        "JPEG",
        -0.6,
    )


def h_tariff() -> bytes:
    return to_pdf(
        """
# Forskrift om vann- og avløpsgebyrer, Midtfjord Vann IKS

# § 1 Formål

Forskriften gjelder gebyrer for tilknytning til og bruk av kommunal vann- og avløpsanlegg.

# § 2 Gebyrtyper

Det betales tilknytningsgebyr og årsgebyr. Årsgebyret består av abonnementsgebyr og
forbruksgebyr etter målt eller stipulert forbruk.

# § 3 Stipulert forbruk

Stipulert forbruk beregnes etter bruksareal, 1,2 m3 per m2 per år.
""",
        title="Gebyrforskrift",
    )


# --- I: Glimt Dating AS (dating app, English) --------------------------------------------------

I_FROM = "Sofie Lindqvist <sofie@glimtapp.com>"
I_SIGNATURE = (
    "Best,\nSofie Lindqvist\nTrust & Safety Lead, Glimt Dating AS\n"
    "+47 465 02 917 | sofie@glimtapp.com\nGlimt – meet people, not profiles\n"
)
I_DPO = (
    "Our DPO is provided by Datenschutz Kanzlei Vogt GmbH, Berlin: Dr. Jana Vogt, "
    "+49 30 2091 4470, jana.vogt@dsk-vogt.de."
)


def i_dpia(t: Topic, board: str, processor: str, *, rtf: bool = False) -> bytes:
    """The app's English Word DPIA with question headings and the board resolution."""
    render = to_rtf if rtf else to_docx
    return render(
        f"""
# DPIA: {t.title}

Glimt Dating AS (org. no. 927 401 886). Owner: Trust & Safety.

# Who is involved?

Controller: Glimt Dating AS. {processor}

# What are we going to do?

{t.what}

{t.scope}

{t.flow}

# Why do we need to, and is it proportionate?

{t.need}

{t.proportional}

{bullets(t.safeguards)}

# What could go wrong for our users?

{risk_bullets(t, "level", "Mitigation")}

Considered but not done: {t.not_done}

# What did the board decide?

{board}
"""
    )


# --- J: Nordvang Nett AS (electricity grid operator) ------------------------------------------

J_FROM = "Espen Haldorsen <espen.haldorsen@nordvangnett.no>"
J_SIGNATURE = (
    "Med vennlig hilsen\n\nEspen Haldorsen\nInformasjonssikkerhetsleder\nNordvang Nett AS\n"
    "Telefon: 75 50 82 14\nMobil: 991 27 604\nSentralbord: 75 50 80 00\n"
    "Driftssentralen (feil og avbrudd): 75 50 80 80\n"
    "Postadresse: Postboks 310, 8001 Bodø\n"
)


def j_contact_sheet(processor: str) -> bytes:
    return to_docx(
        f"""
# Kontaktark – anmodning om forhåndsdrøftelse

| Rolle | Navn og stilling | Telefon | E-post |
| Kontaktperson | Espen Haldorsen, informasjonssikkerhetsleder | 991 27 604 |
espen.haldorsen@nordvangnett.no |
| Personvernombud | Tone Kvarv, personvernombud | 75 50 82 40 | personvernombud@nordvangnett.no |
{processor}
"""
    )


def j_dpia(t: Topic) -> bytes:
    return to_pdf(
        f"""
# Personvernkonsekvensvurdering (DPIA)

{t.title} – Nordvang Nett AS, org.nr. 913 066 205

# Beskrivelse av behandlingen

{t.what}

{t.scope}

{t.flow}

# Vurdering av nødvendighet og proporsjonalitet

{t.need}

{t.proportional}

{bullets(t.safeguards)}

# Risikovurdering

| Trussel / risiko | Risiko | Tiltak |
{risk_rows(t)}

Risikoreduserende tiltak vurdert, men ikke gjennomført: {t.not_done}
""",
        title="DPIA " + t.title,
    )


def j_minutes_scan(text: str, item: str = "DPIA") -> bytes:
    return scan_pdf(
        [
            "NORDVANG NETT AS\nPROTOKOLL – LEDERGRUPPEMØTE 17.11.2026\n\n"
            "Til stede: adm. dir. Solveig Bergheim, nettdirektør Rune Steen, kundedirektør "
            "Hanne Bjørnstad, økonomidirektør Kristian Moe, informasjonssikkerhetsleder Espen "
            "Haldorsen. Personvernombud Tone Kvarv deltok under sak 61/26.\n\n"
            f"Sak 61/26 {item}\n{text}\n\n"
            "Solveig Bergheim (sign.)              Tone Kvarv (sign.)"
        ]
    )
