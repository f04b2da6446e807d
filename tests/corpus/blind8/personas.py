"""The ten fictional senders of blind8 and the templates each of them reuses.

Every organisation, person, phone number, org number and address here is invented. A case
fills a persona's template with its own content; the template carries the sender's habits
(layout, headings, how contacts are written, signatures, footers).
"""

from __future__ import annotations

from dataclasses import dataclass

from kit import scan_pdf, to_docx, to_pdf, to_xlsx, txt, vcard


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    phone: str
    email: str

    @property
    def address(self) -> str:
        return f"{self.name} <{self.email}>"


# --- K: Lyngstad Sparebank (savings bank) ---------------------------------------------------
# One PDF «Personvernkonsekvensvurdering» with the contact points set as two text columns,
# unnumbered headings, an XLSX risk register, the board's signed decision letter («Styrevedtak»),
# processor details in a separate annex, phones +47 xx xx xx xx, a long legal disclaimer.

K_CONTACT = Person(
    "Marius Engebretsen",
    "Prosjektleder, Område Hvitvasking",
    "+47 41 52 63 07",
    "marius.engebretsen@lyngstad-sparebank.no",
)
K_CONTACT2 = Person(
    "Synnøve Karlstad Lie",
    "Produkteier, Digitale kanaler",
    "+47 90 88 14 52",
    "synnove.lie@lyngstad-sparebank.no",
)
K_DPO = Person(
    "Ingvild Sæther Ruud",
    "Personvernombud",
    "+47 75 11 40 92",
    "ingvild.ruud@lyngstad-sparebank.no",
)
K_PROCESSOR = Person(
    "Hallvard Rønning",
    "Kundeansvarlig, Fennix Banktjenester AS",
    "+47 22 90 41 16",
    "hallvard.ronning@fennix-bank.no",
)
K_DISCLAIMER = txt(
    """
    ________________________________
    Lyngstad Sparebank | Org.nr. 937 514 286 | Storgata 14, 8800 Lyngstad
    Denne e-posten kan inneholde informasjon som er underlagt taushetsplikt etter
    finansforetaksloven § 16-2. Er du ikke rett mottaker, ber vi deg slette e-posten og gi
    beskjed til avsender. Lyngstad Sparebank ber aldri om passord, BankID-koder eller
    kontoopplysninger på e-post. Vi tar forbehold om feil i innholdet.
    """
)


def k_signature(p: Person) -> str:
    return txt(
        f"""
        Med vennlig hilsen
        {p.name}
        {p.title}
        Lyngstad Sparebank
        Mobil {p.phone}
        """
    )


def k_columns(left: Person, right: Person, left_role: str, right_role: str) -> str:
    return (
        f"%% {left_role} %% {right_role}\n"
        f"%% {left.name} %% {right.name}\n"
        f"%% {left.title} %% {right.title}\n"
        f"%% Telefon: {left.phone} %% Telefon: {right.phone}\n"
        f"%% E-post: {left.email} %% E-post: {right.email}\n"
    )


def k_pvk(title: str, docno: str, contacts: str, sections: list[tuple[str, str]]) -> bytes:
    """The bank's PVK report: letterhead, contact columns, unnumbered headings."""
    body = "\n\n".join(f"# {h}\n{text}" for h, text in sections)
    markup = f"""
PERSONVERNKONSEKVENSVURDERING (PVK)

{title}

~ Dokumentnummer: {docno}
~ Klassifisering: Intern – fortrolig
~ Eier: Område Risikostyring og compliance

# Kontaktpunkter

{contacts}

{body}
"""
    return to_pdf(markup, title)


def k_risk_register(rows: list[list[str]]) -> bytes:
    head = [
        "ID",
        "Trussel / hendelse",
        "Konsekvens for kunden",
        "S (1-5)",
        "K (1-5)",
        "Tiltak",
        "Restrisiko",
        "Eier",
    ]
    return to_xlsx(
        {
            "Risikoregister": [head, *rows],
            "Skala": [
                ["Nivå", "Sannsynlighet", "Konsekvens"],
                ["1", "Svært lite sannsynlig", "Ubetydelig"],
                ["3", "Mulig", "Betydelig"],
                ["5", "Nesten sikkert", "Kritisk"],
            ],
        }
    )


def k_board_decision(saksnr: str, date: str, heading: str, text: str, signers: str) -> bytes:
    return to_pdf(
        f"""
STYREVEDTAK

~ Lyngstad Sparebank
~ Styrets sak {saksnr}
~ Møtedato: {date}

# {heading}

{text}

~ Lyngstad, {date}
~ {signers}
~ (Dokumentet er signert elektronisk med BankID.)
""",
        f"Styrevedtak {saksnr}",
    )


def k_processor_annex(extra: str = "") -> bytes:
    p = K_PROCESSOR
    return to_pdf(
        f"""
Vedlegg – Databehandler

Fennix Banktjenester AS (org.nr. 986 201 447) leverer kjernebanksystemet og driften av
analyseplattformen som databehandler for banken, jf. databehandleravtale av 3. mars 2024.

~ Kontaktperson hos databehandler: {p.name}, {p.title}
~ Telefon: {p.phone}
~ E-post: {p.email}

{extra}
"""
    )


# --- L: Matkroken Dagligvare AS (grocery chain) ---------------------------------------------
# Label–value lines in the mail body («Kontaktperson: se avsender»), 8-digit phones, a Word
# DPIA with unnumbered headings and a systems table naming the processors, management approval
# as one sentence in the mail, a cheerful signature with the weekly offer.

L_CONTACT = Person(
    "Sindre Holmøy",
    "Personvernrådgiver, Matkroken Dagligvare AS",
    "48216530",
    "sindre.holmoy@matkroken.no",
)
L_CONTACT2 = Person(
    "Hanne-Mari Dyrli", "Kategorisjef kundeprogram", "93317025", "hanne-mari.dyrli@matkroken.no"
)
L_DPO = Person("Tone Brekkhus", "Personvernombud", "92041733", "personvernombud@matkroken.no")
L_LOYALTY = Person(
    "Eirik Salvesen", "Kundeansvarlig, Kvittr Loyalty AS", "47730918", "eirik@kvittr.no"
)
L_CLOUD = Person(
    "Lene Fossheim",
    "Account manager, Nimbra Cloud Norge AS",
    "21094470",
    "lene.fossheim@nimbracloud.no",
)


def l_signature(p: Person) -> str:
    return txt(
        f"""
        Hilsen {p.name.split()[0]}

        {p.name}
        {p.title}
        Matkroken Dagligvare AS – hovedkontor Hamar
        Tlf. {p.phone}
        Ukens tilbud: www.matkroken.no/tilbud
        """
    )


def l_dpia(project: str, sections: list[tuple[str, str]], systems: str) -> bytes:
    body = "\n\n".join(f"# {h}\n\n{text}" for h, text in sections)
    return to_docx(
        f"""
Vurdering av personvernkonsekvenser – {project}

~ Matkroken Dagligvare AS
~ Utarbeidet av: Personvern og informasjonssikkerhet
~ Status: Endelig

{body}

# Systemer og leverandører

{systems}
"""
    )


# --- M: Vestmar politidistrikt (police district, administrative processing) ------------------
# A formal cover letter DOCX with a contact table whose roles are columns, the DPO as a function
# mailbox with the switchboard number, «ingen databehandler» (own ICT section), one file per part
# named «0n …», the chief of police's signed decision scanned as an image-only PDF.

M_CONTACT = Person(
    "Trond Øvrebø",
    "Seniorrådgiver, Sivil rettspleie og forvaltning",
    "97 40 21 66",
    "trond.ovrebo@vestmar-pd.no",
)
M_CONTACT2 = Person(
    "Lise Hovdenak", "Seksjonsleder HR", "98 22 04 71", "lise.hovdenak@vestmar-pd.no"
)
M_DPO_MAILBOX = "personvernombud@vestmar-pd.no"
M_SWITCHBOARD = "73 40 25 00"


def m_contact_table(
    contact: Person,
    dpo_phone: str = M_SWITCHBOARD,
    email: str = "",
    processor: str = "Ingen – driftes av distriktets IKT-seksjon",
) -> str:
    mail = email if email else contact.email
    return f"""
| | Kontaktperson | Personvernombud | Databehandler |
| Navn | {contact.name} | Personvernombudet (funksjonspostkasse) | {processor} |
| Stilling | {contact.title} | – | – |
| Telefon | {contact.phone} | {dpo_phone} | – |
| E-post | {mail} | {M_DPO_MAILBOX} | – |
"""


def m_letter(ref: str, date: str, subject: str, body: str, signer: Person) -> bytes:
    return to_docx(
        f"""
VESTMAR POLITIDISTRIKT

~ Datatilsynet
~ Postboks 458 Sentrum
~ 0105 OSLO

~ Vår referanse: {ref}
~ Vår dato: {date}
~ Saksbehandler: {signer.name}

# {subject}

{body}

~ Med hilsen
~ {signer.name}
~ {signer.title}
~ Dokumentet er godkjent elektronisk og har derfor ingen håndskreven signatur.
"""
    )


def m_decision_scan(ref: str, date: str, text: str) -> bytes:
    return scan_pdf(
        [
            f"""VESTMAR POLITIDISTRIKT
Politimesteren

BESLUTNING  –  ref. {ref}

{text}

Vestmar, {date}

[signatur]  Gunhild Aasmundstad
politimester"""
        ]
    )


# --- N: Norsk Sprintpadleforbund (sports federation) ----------------------------------------
# Volunteer-run: contacts as vCards, the international federation's English DPIA template
# (Nature, scope, context and purposes / Necessity and proportionality / Risks to individuals /
# Sign-off), a Finnish processor with +358 numbers, short Norwegian mails.

N_CONTACT = Person("Elin Tveiterås", "Generalsekretær", "+47 995 40 218", "elin@sprintpadle.no")
N_CONTACT2 = Person(
    "Kasper Nyhagen", "Utviklingssjef toppidrett", "+47 464 18 302", "kasper.nyhagen@sprintpadle.no"
)
N_DPO = Person(
    "Ruth Almåsbakk",
    "Personvernombud (ekstern, Almåsbakk Rådgivning)",
    "+47 913 07 655",
    "ruth@almasbakk-radgivning.no",
)
N_PROCESSOR = Person(
    "Aino Lehtovaara",
    "Customer Success, Pulsbyte Oy",
    "+358 40 718 2294",
    "aino.lehtovaara@pulsbyte.fi",
)


def n_vcard(p: Person) -> tuple[str, bytes]:
    org = p.title.split(", ")[-1] if ", " in p.title else "Norsk Sprintpadleforbund"
    filename = p.name.split()[0] + "_" + p.name.split()[-1] + ".vcf"
    return filename, vcard(p.name, org, p.title, p.phone, p.email)


def n_signature(p: Person) -> str:
    return txt(
        f"""
        --
        {p.name}
        {p.title} | Norsk Sprintpadleforbund
        Ullevål stadion, 0840 Oslo (fiktiv kontoradresse)
        """
    )


def english_dpia(title: str, owner: str, sections: list[tuple[str, str]], signoff: str) -> str:
    """The ICF-style English template used by N and Q: fixed headings, sign-off table."""
    body = "\n\n".join(f"# {h}\n\n{text}" for h, text in sections)
    return f"""
Data Protection Impact Assessment

~ Project: {title}
~ Controller: {owner}
~ Template version 3.1

{body}

# Sign-off

{signoff}
"""


# --- O: Genvei Klinikk AS (genetic testing clinic) ------------------------------------------
# A long PDF DPIA (16+ numbered Norwegian sections) with a «Leverandører og systemer» table
# naming the sequencing lab, a contact page elsewhere, a semicolon CSV risk register, a sign-off
# table «Godkjenning», phones written «direkte»/«mob.», an Icelandic lab with a sub-processor.

O_CONTACT = Person(
    "Anniken Lothe", "Medisinsk direktør", "mob. 452 19 880", "anniken.lothe@genvei.no"
)
O_CONTACT2 = Person(
    "Vegard Nesheim",
    "Kvalitets- og personvernleder",
    "direkte 23 61 08 14",
    "vegard.nesheim@genvei.no",
)
O_DPO = Person(
    "Jonas Ravn",
    "Personvernombud (Ravn Personvern AS)",
    "mob. 917 22 406",
    "jonas@ravnpersonvern.no",
)
O_LAB = Person(
    "Sigrún Hauksdóttir",
    "Head of Client Services, Arctic Sequencing ehf.",
    "+354 571 4420",
    "sigrun@arcticseq.is",
)


def o_contacts_page(contact: Person, lab_line: str) -> str:
    return f"""
# 2. Kontaktinformasjon

~ Kontaktperson hos behandlingsansvarlig: {contact.name}, {contact.title}, {contact.phone}, \
{contact.email}
~ Personvernombud: {O_DPO.name}, {O_DPO.title}, {O_DPO.phone}, {O_DPO.email}
~ {lab_line}
"""


def o_dpia(title: str, version: str, sections: list[tuple[str, str]]) -> str:
    body = "\n\n".join(f"# {i}. {h}\n\n{text}" for i, (h, text) in enumerate(sections, start=3))
    return f"""
GENVEI KLINIKK AS – VURDERING AV PERSONVERNKONSEKVENSER

~ {title}
~ Versjon {version}

# 1. Om dokumentet

Dokumentet følger klinikkens mal for personvernkonsekvensvurderinger (GK-KS-112). Det inngår i
kvalitetssystemet og revideres ved vesentlige endringer i tjenesten.

{{contacts}}

{body}
"""


def o_risk_csv_rows(rows: list[list[str]]) -> list[list[str]]:
    head = [
        "Risiko-ID",
        "Beskrivelse",
        "Berørte",
        "Sannsynlighet",
        "Konsekvens",
        "Nivå før tiltak",
        "Tiltak",
        "Nivå etter tiltak",
        "Status",
    ]
    return [head, *rows]


def o_signoff(rows: str) -> str:
    return f"""
| Rolle | Navn | Dato | Beslutning |
{rows}
"""


def o_signature(p: Person) -> str:
    return txt(
        f"""
        Vennlig hilsen
        {p.name}
        {p.title}
        Genvei Klinikk AS · Christian Krohgs gate 40, 0186 Oslo (fiktiv)
        {p.phone}
        """
    )


def o_long(title: str, version: str, contacts: str, texts: dict[str, str]) -> str:
    """Genvei's long DPIA: 14 content sections after «Om dokumentet» and the contact page."""
    order = [
        ("Sammendrag", "summary"),
        ("Bakgrunn og tjenesten", "background"),
        ("Behandlingens art", "nature"),
        ("Omfang", "scope"),
        ("Sammenheng og forventninger", "context"),
        ("Formål og rettslig grunnlag", "purpose"),
        ("Kilder og mottakere", "sources"),
        ("Leverandører og systemer", "systems"),
        ("Informasjonssikkerhet", "security"),
        ("Nødvendighet og forholdsmessighet", "necessity"),
        ("De registrertes rettigheter", "rights"),
        ("Risikovurdering", "risk"),
        ("Tiltak vurdert, men ikke gjennomført", "not_done"),
        ("Restrisiko og konklusjon", "residual"),
        ("Godkjenning", "approval"),
    ]
    sections = [(h, texts[key]) for h, key in order if key in texts]
    return o_dpia(title, version, sections).replace("{contacts}", contacts)


O_GENERIC = {
    "background": "Genvei Klinikk AS er en privat spesialistpraksis i medisinsk genetikk med "
    "legeerklæring og genetisk veiledning etter bioteknologiloven. Klinikken har 14 ansatte.",
    "context": "Kundene er voksne som selv oppsøker klinikken. Mange forventer at genetiske "
    "opplysninger behandles strengere enn andre helseopplysninger, og at ingen andre – heller "
    "ikke forsikringsselskaper eller arbeidsgivere – får vite resultatet.",
    "security": "Prøvesvar lagres i klinikkens journalsystem (EPJ) med to-faktor-innlogging. "
    "Rådata (FASTQ/VCF) krypteres hos laboratoriet og overføres via SFTP; nøkler forvaltes av "
    "klinikken. Tilgang logges og gjennomgås månedlig.",
    "rights": "Kunden får skriftlig informasjon før prøvetaking, kan trekke samtykke til lagring "
    "av rådata, får innsyn i journal og kan be om sletting av rådata (journalen må beholdes "
    "etter pasientjournalloven).",
}


# --- P: Fjellstad kommune (nynorsk municipality) --------------------------------------------
# Everything in nynorsk: contacts written as prose («Ho når de på …»), the DPO as the
# intermunicipal function mailbox with the switchboard, unnumbered nynorsk headings, minutes
# from «formannskapet» photographed or scanned, one ODT/DOCX per part now and then.

P_CONTACT = Person(
    "Åshild Tveito",
    "einingsleiar for heimetenester",
    "mob. 918 44 203",
    "ashild.tveito@fjellstad.kommune.no",
)
P_CONTACT2 = Person(
    "Gaute Nesheim Lid",
    "rådgjevar i oppvekst",
    "tlf. 57 86 12 40",
    "gaute.lid@fjellstad.kommune.no",
)
P_DPO_MAILBOX = "personvernombod@ifikt.no"
P_SWITCHBOARD = "57 86 00 00"


def p_prose_contacts(contact: Person, processor: str) -> str:
    return (
        f"Kontaktperson i saka er {contact.name}, {contact.title}. Ho/han når de på "
        f"{contact.phone} eller {contact.email}. Kommunen nyttar personvernombodet i Indre Fjord "
        f"IKT IKS; ombodet tek imot post på {P_DPO_MAILBOX} og kan ringjast via sentralbordet "
        f"{P_SWITCHBOARD}. {processor}"
    )


def p_signature(p: Person) -> str:
    return txt(
        f"""
        Venleg helsing
        {p.name}
        {p.title[0].upper() + p.title[1:]}
        Fjellstad kommune
        {p.phone}
        """
    )


def p_minutes_text(date: str, saksnr: str, heading: str, text: str) -> str:
    return f"""FJELLSTAD KOMMUNE – MØTEBOK
Formannskapet

Møtedato: {date}    Stad: Kommunestyresalen

PS {saksnr}  {heading}

{text}

Rett utskrift stadfesta: Randi Gjelsvik, utvalssekretær"""


# --- Q: Molnkraft AB (Swedish SaaS vendor, processor for Norwegian customers) ---------------
# Sends on behalf of a Norwegian customer (the controller): a ZIP with the English DPIA template,
# a contacts workbook (one row per role), sub-processors in Finland; +46 numbers; a bilingual
# Swedish/English disclaimer.

Q_SENDER = Person(
    "Johanna Lindqvist",
    "Customer Privacy Lead, Molnkraft AB",
    "+46 8 120 455 31",
    "johanna.lindqvist@molnkraft.se",
)
Q_SUB = "Nordhall Cloud Oy (Helsinki; hosting, sub-processor)"
Q_DISCLAIMER = txt(
    """
    Molnkraft AB · Org.nr 559318-4402 · Sveavägen 61, 113 59 Stockholm
    Detta e-postmeddelande kan innehålla konfidentiell information. Om du inte är rätt mottagare,
    vänligen radera meddelandet. / This e-mail may contain confidential information. If you are
    not the intended recipient, please delete it and notify the sender.
    """
)


def q_signature() -> str:
    p = Q_SENDER
    return txt(
        f"""
        Best regards / Med vänliga hälsningar
        {p.name}
        {p.title}
        {p.phone}
        """
    )


def q_contacts_xlsx(rows: list[list[str]]) -> bytes:
    head = ["Role", "Organisation", "Name", "Phone", "Email"]
    return to_xlsx({"Contacts": [head, *rows]})


# --- R: Aurora universitetssykehus, Forskningsenheten for klinisk KI --------------------------
# Requests forwarded by research administration (attached .eml from the project leader) or
# written as replies in a thread; contacts only in signatures; the DPO as the hospital's
# function mailbox with the switchboard; DPIA with Norwegian question headings.

R_ADMIN = Person(
    "Mona Bergheim",
    "Forskningsrådgiver, Forskningsadministrasjonen",
    "73 55 14 92",
    "mona.bergheim@aurora-uss.no",
)
R_LEADER = Person(
    "Kjetil Amundrud",
    "Overlege dr.med., prosjektleder",
    "mob. 950 27 311",
    "kjetil.amundrud@aurora-uss.no",
)
R_LEADER2 = Person(
    "Farah Qureshi-Lien",
    "Førsteamanuensis, prosjektleder",
    "tlf. 73 55 20 87",
    "farah.qureshi-lien@aurora-uss.no",
)
R_DPO_MAILBOX = "personvernombudet@aurora-uss.no"
R_SWITCHBOARD = "73 55 00 00"


def r_signature(p: Person, dpo: bool = True) -> str:
    dpo_line = (
        f"Personvernombud: {R_DPO_MAILBOX} (kan nås via sentralbord {R_SWITCHBOARD})\n"
        if dpo
        else ""
    )
    return (
        txt(
            f"""
        Vennlig hilsen

        {p.name}
        {p.title}
        Forskningsenheten for klinisk KI, Aurora universitetssykehus HF
        Telefon: {p.phone} | {p.email}
        """
        )
        + dpo_line
    )


def r_dpia(title: str, sections: list[tuple[str, str]]) -> bytes:
    body = "\n\n".join(f"# {h}\n\n{text}" for h, text in sections)
    return to_docx(
        f"""
DPIA – {title}

~ Aurora universitetssykehus HF – Forskningsenheten for klinisk KI
~ Mal: FoU-DPIA v2 (spørsmålsbasert)

{body}
"""
    )


# --- S: Fjordlink Kollektiv FKF (county public transport authority) -------------------------
# Writes its mails in a webmail HTML editor (no plain part), phones 0047…, processors with full
# contact in «Vedlegg B – Databehandlere», board minutes as PDF («Protokoll fra styremøte»).

S_CONTACT = Person(
    "Bjørnar Eidsvaag",
    "Fagleder billettering og kundedata",
    "0047 915 60 382",
    "bjornar.eidsvaag@fjordlink.no",
)
S_CONTACT2 = Person(
    "Camilla Stenersen",
    "Prosjektleder, Trafikkplanlegging",
    "0047 477 01 925",
    "camilla.stenersen@fjordlink.no",
)
S_DPO = Person(
    "Pål Rugland",
    "Personvernombud, Fjordlink Kollektiv FKF",
    "0047 51 30 44 10",
    "pal.rugland@fjordlink.no",
)
S_PROCESSOR = Person(
    "Nora Vikhammer",
    "Leveranseleder, Takstra Billettsystemer AS",
    "0047 922 81 540",
    "nora.vikhammer@takstra.no",
)


def s_processor_annex(extra: str = "") -> bytes:
    p = S_PROCESSOR
    return to_pdf(
        f"""
Vedlegg B – Databehandlere

~ Databehandler: Takstra Billettsystemer AS
~ Kontaktperson: {p.name}, {p.title.split(",")[0]}
~ Telefon: {p.phone}
~ E-post: {p.email}

Takstra Billettsystemer AS (org.nr. 921 660 118) drifter billettsystemet. Databehandleravtale
signert 14.06.2025.

{extra}
"""
    )


def s_minutes(date: str, sak: str, text: str) -> bytes:
    return to_pdf(
        f"""
PROTOKOLL FRA STYREMØTE

~ Fjordlink Kollektiv FKF
~ Dato: {date}, kl. 09.00–12.30, Fjordlink-huset, møterom Sjøhuset
~ Til stede: Kjersti Fossdal (styreleder), Arne Bakkejord, Hilde Sunde, Omar Farouk,
  Inger-Lise Moen (ansattvalgt)
~ Fra administrasjonen: Reidar Vold (daglig leder), {S_DPO.name} (personvernombud, sak {sak})

# Sak {sak}

{text}

~ Protokollen godkjent ved e-post 2 virkedager etter møtet.
"""
    )


def s_signature(p: Person) -> str:
    return txt(
        f"""
        Vennlig hilsen
        {p.name}
        {p.title}
        Fjordlink Kollektiv FKF
        Tlf: {p.phone}
        E-post: {p.email}
        """
    )


# --- T: Pixelfjord Studio AS (app studio) ---------------------------------------------------
# Three founders writing from their phones: everything in one plain mail, Norwegian with
# English product words, «Kontaktperson: se avsender», DPO bought from a consultancy,
# approval as a sentence («styret sa ja 24/11»), sometimes a CSV exported from their tracker.

T_FOUNDER = Person(
    "Mathias Kroken", "daglig leder / CEO", "+47 407 71 226", "mathias@pixelfjord.no"
)
T_FOUNDER2 = Person("Ida Sørbø", "CTO", "+47 938 55 017", "ida@pixelfjord.no")
T_DPO = Person(
    "Henrik Aall",
    "personvernombud (innleid fra Lysgrense AS)",
    "+47 954 11 860",
    "henrik.aall@lysgrense.no",
)


def t_signature(p: Person, phone: bool = True) -> str:
    phone_line = f"{p.phone}\n" if phone else ""
    return (
        txt(
            f"""
        --
        {p.name.split()[0]} @ Pixelfjord
        {p.title}
        """
        )
        + phone_line
        + "pixelfjord.no | Sendt fra mobil, beklager skrivefeil\n"
    )


def docx_and_pdf(markup: str) -> tuple[bytes, bytes]:
    """A document as the sender's Word file and as the PDF export of the same file."""
    return to_docx(markup), to_pdf(markup)
