# ruff: noqa: E501
"""The ten senders of blind19: people, signatures and each office's own document format.

Every sender has one main format, as its tools produce it:
A GRC export PDF (Spørsmål/Svar blocks, checkboxes), B LibreOffice ODT (nynorsk), C RTF («Del n»),
D form DOCX (two-column tables, «1.»), E Markdown (nynorsk), F HTML mail with nested tables,
G XLSX (one sheet per part), H scanned paper DPIA (image-only PDF, «Kapittel n») with phone photos,
I a forwarded package (message/rfc822), J an English DPIA PDF («Section n») with phone photos of
the signed board resolution. Renderers take knobs for what a case leaves out or changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from html import escape

import kit
from topics import Risk, Topic


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    phone: str
    email: str
    org: str = ""

    def line(self, sep: str = ", ") -> str:
        return sep.join(x for x in (self.name, self.title, self.phone, self.email) if x)


LEVEL = {
    "nb": {1: "Svært lav", 2: "Lav", 3: "Middels", 4: "Høy", 5: "Svært høy"},
    "nn": {1: "Svært låg", 2: "Låg", 3: "Middels", 4: "Høg", 5: "Svært høg"},
    "en": {1: "Very low", 2: "Low", 3: "Medium", 4: "High", 5: "Very high"},
}


def lvl(t: Topic, n: int) -> str:
    return LEVEL[t.lang][n]


def bullets(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join("- " + i for i in items)


# =================================================================================================
# A  Storelva Energi AS (energy utility, nb) – DPIA exported from the GRC tool «Kompass GRC»
# =================================================================================================

A_ORG = "Storelva Energi AS"
A_ORGNR = "918 204 557"
A_ADDR = "Kraftverkvegen 4, 2450 Storelva"
A_CONTACT = Person(
    "Ingvild Sørhus",
    "seksjonsleder nett og måling",
    "62 44 18 20 / 918 27 406",
    "ingvild.sorhus@storelva-energi.no",
)
A_CONTACT_VOICE = Person(
    "Pål Grindheim",
    "leder kundesenter",
    "62 44 18 31 / 951 66 208",
    "pal.grindheim@storelva-energi.no",
)
A_DPO = Person(
    "Tor Arne Malmedal",
    "personvernombud",
    "62 44 18 05 / 482 10 377",
    "tor.arne.malmedal@storelva-energi.no",
)
A_SENDER = Person(
    "Mona Kvisberg", "compliance-koordinator", "62 44 18 44", "mona.kvisberg@storelva-energi.no"
)
A_CEO = Person(
    "Harald Bøe", "administrerende direktør", "62 44 18 00", "harald.boe@storelva-energi.no"
)
A_PROC = {
    "ams": (
        "Målerdata Norden AS",
        "org.nr. 912 660 418",
        Person("Espen Vollan", "kundeansvarlig", "73 10 44 90", "espen.vollan@malerdata.no"),
    ),
    "voice": (
        "Vocalis Nordic AB",
        "org.nr. 559211-4470 (Sverige)",
        Person(
            "Linnea Berg",
            "Customer Success Manager",
            "+46 8 520 144 30",
            "linnea.berg@vocalisnordic.se",
        ),
    ),
}


def a_signature() -> str:
    p = A_SENDER
    return "\n" + kit.txt(f"""
        Med vennlig hilsen
        {p.name}
        Compliance-koordinator | Juridisk og compliance
        {A_ORG}
        Tlf. {p.phone} | Sentralbord 62 44 18 00
        {p.email} | www.storelva-energi.no
        """)


def _qa(q: str, a: str) -> str:
    return f"~ Spørsmål: {q}\nSvar: {a}"


def a_grc_pdf(
    t: Topic,
    *,
    ref: str,
    approved: bool = True,
    processor_contact: bool = True,
    approval_date: str = "21.10.2026",
    exported: str = "03.11.2026 kl. 08:52",
) -> bytes:
    """The GRC tool's PDF export: metadata, Spørsmål/Svar blocks, risk register, workflow log."""
    contact = A_CONTACT if t.key == "ams" else A_CONTACT_VOICE
    pname, porgnr, pc = A_PROC[t.key]
    status = "Godkjent" if approved else "Til godkjenning"
    blocks = [
        "# Vurdering av personvernkonsekvenser (DPIA)",
        f"~ Eksport fra Kompass GRC 6.3 – modul Personvern\nBehandling: {t.title}\nReferanse: {ref}\nBehandlingsansvarlig: {A_ORG}, org.nr. {A_ORGNR}\nStatus: {status}\nVersjon: {'3.0' if approved else '2.4'}\nEksportert: {exported} av mona.kvisberg",
        "## Seksjon 1 av 6 – Kontaktinformasjon",
        _qa(
            "1.1 Hvem er kontaktperson hos behandlingsansvarlig?",
            f"{contact.name}, {contact.title}",
        ),
        _qa("1.2 Telefon til kontaktperson", contact.phone),
        _qa("1.3 E-post til kontaktperson", contact.email),
        _qa("1.4 Har virksomheten personvernombud?", "[x] Ja [ ] Nei"),
        _qa(
            "1.5 Personvernombud (navn, telefon, e-post)",
            f"{A_DPO.name}, tlf. {A_DPO.phone}, {A_DPO.email}",
        ),
        _qa("1.6 Benyttes databehandler?", "[x] Ja [ ] Nei"),
        _qa("1.7 Databehandler (navn og org.nr.)", f"{pname}, {porgnr}"),
    ]
    if processor_contact:
        blocks.append(
            _qa(
                "1.8 Kontaktperson hos databehandler (navn, telefon, e-post)",
                f"{pc.name}, {pc.title}, tlf. {pc.phone}, {pc.email}",
            )
        )
    else:
        blocks.append(
            _qa(
                "1.8 Kontaktperson hos databehandler (navn, telefon, e-post)",
                "– (feltet er ikke utfylt)",
            )
        )
    blocks += [
        "## Seksjon 2 av 6 – Beskrivelse av behandlingen",
        _qa("2.1 Hva er formålet med behandlingen?", t.purpose),
        _qa("2.2 Beskriv behandlingen (art og teknologi)", t.nature),
        _qa("2.3 Omfang: hvor mange registrerte og hvor mye data?", t.scope),
        _qa("2.4 I hvilken sammenheng skjer behandlingen?", t.context),
        _qa("2.5 Hvilke kategorier personopplysninger behandles?", t.data),
        _qa("2.6 Hvem er de registrerte?", t.subjects),
        _qa("2.7 Hvor hentes opplysningene fra?", t.sources),
        _qa("2.8 Hvem mottar opplysningene?", t.recipients),
        _qa("2.9 Hvor lenge lagres opplysningene?", t.retention),
        _qa("2.10 Hvordan er informasjonssikkerheten ivaretatt?", t.security),
        _qa("2.11 Ansvarsforhold", t.roles),
        _qa(
            "2.12 Behandles særlige kategorier personopplysninger (art. 9)?",
            "[x] Ja [ ] Nei" if t.key == "voice" else "[ ] Ja [x] Nei",
        ),
        _qa("2.13 Hva gjør at behandlingen kan gi høy risiko?", t.high_risk),
        "## Seksjon 3 av 6 – Nødvendighet og proporsjonalitet",
        _qa("3.1 Hvorfor er behandlingen nødvendig for formålet?", t.necessity),
        _qa("3.2 Er behandlingen forholdsmessig?", t.proportionality),
        _qa(
            "3.3 Finnes det mindre inngripende alternativer som gir samme resultat?",
            "[ ] Ja [x] Nei\nKommentar: " + t.alternatives,
        ),
        _qa(
            "3.4 Hvilke tiltak og garantier ivaretar de registrertes rettigheter?",
            " ".join(f"({i}) {g}" for i, g in enumerate(t.safeguards, 1)),
        ),
        _qa("3.5 Hvordan kan de registrerte utøve sine rettigheter?", t.rights),
        "## Seksjon 4 av 6 – Risikovurdering",
        "~ Risikoregister (S = sannsynlighet 1-5, K = konsekvens 1-5, R = restrisiko 1-5)",
        "| ID | Risiko for de registrerte | S | K | Tiltak gjennomført | R |\n"
        + "\n".join(
            f"| R{i} | {r.risk} | {r.likelihood} | {r.consequence} | {r.measure} | {r.residual} |"
            for i, r in enumerate(t.risks, 1)
        ),
        _qa(
            "4.2 Tiltak som er vurdert, men ikke gjennomført (med begrunnelse)",
            " ".join(f"{m}: {why}" for m, why in t.not_taken),
        ),
        _qa(
            "4.3 Samlet vurdering av restrisiko",
            "[x] Høy [ ] Middels [ ] Lav\nKommentar: " + t.residual,
        ),
        "## Seksjon 5 av 6 – Interessenter",
        _qa(
            "5.1 Er registrerte eller deres representanter hørt?",
            "[x] Ja [ ] Nei\nKommentar: " + t.stakeholders,
        ),
        _qa("5.2 Er personvernombudets råd innhentet?", "[x] Ja [ ] Nei"),
        "## Seksjon 6 av 6 – Godkjenning",
    ]
    if approved:
        blocks += [
            _qa("6.1 Er DPIA godkjent av ledelsen?", "[x] Ja [ ] Nei"),
            _qa("6.2 Godkjent av", f"{A_CEO.name}, {A_CEO.title}, på vegne av ledergruppen"),
            _qa("6.3 Dato for godkjenning", approval_date),
            _qa("6.4 Sammendrag av presentasjon og funn", t.findings),
            _qa(
                "6.5 Ledelsens beslutning",
                "Ledergruppen har gjennomgått vurderingen og innspillene fra interessentene, godkjenner DPIA-en og vedtar å gjennomføre behandlingen med tiltakene over. Fordi restrisikoen fortsatt er høy, skal Datatilsynet konsulteres før oppstart (forhåndsdrøftelse).",
            ),
            _qa("6.6 Skal forhåndsdrøftelse med Datatilsynet gjennomføres?", "[x] Ja [ ] Nei"),
            "## Arbeidsflytlogg",
            f"| Dato | Hendelse | Bruker |\n| 12.10.2026 | Sendt til godkjenning | mona.kvisberg |\n| {approval_date} | Godkjent | harald.boe |\n| {exported[:10]} | Eksportert til PDF | mona.kvisberg |",
        ]
    else:
        blocks += [
            _qa("6.1 Er DPIA godkjent av ledelsen?", "[ ] Ja [x] Nei"),
            _qa("6.2 Godkjent av", "–"),
            _qa("6.3 Dato for godkjenning", "–"),
            _qa("6.4 Sammendrag av presentasjon og funn", t.findings),
            _qa("6.5 Ledelsens beslutning", "–"),
            _qa("6.6 Skal forhåndsdrøftelse med Datatilsynet gjennomføres?", "[x] Ja [ ] Nei"),
            "## Arbeidsflytlogg",
            f"| Dato | Hendelse | Bruker |\n| 28.10.2026 | Sendt til godkjenning | mona.kvisberg |\n| 29.10.2026 | Venter på godkjenner (harald.boe) | system |\n| {exported[:10]} | Eksportert til PDF | mona.kvisberg |",
        ]
    return kit.to_pdf("\n\n".join(blocks), title=f"{ref} {t.short}")


def a_risk_xlsx(t: Topic, ref: str) -> bytes:
    """The GRC tool's Excel export of the risk register."""
    rows = [
        [
            "Referanse",
            "Risiko-ID",
            "Beskrivelse",
            "Sannsynlighet",
            "Konsekvens",
            "Risikoscore",
            "Tiltak",
            "Restrisiko",
            "Eier",
        ]
    ]
    for i, r in enumerate(t.risks, 1):
        rows.append(
            [
                ref,
                f"R{i}",
                r.risk,
                str(r.likelihood),
                str(r.consequence),
                str(r.likelihood * r.consequence),
                r.measure,
                str(r.residual),
                "Pål Grindheim",
            ]
        )
    return kit.to_xlsx({"Risikoregister": rows})


# =================================================================================================
# B  Breidvik kyrkjelege fellesråd (church, nn) – ODT from LibreOffice, unnumbered headings
# =================================================================================================

B_ORG = "Breidvik kyrkjelege fellesråd"
B_ORGNR = "976 991 320"
B_ADDR = "Kyrkjevegen 12, 6190 Breidvik"
B_CONTACT = Person(
    "Arnfinn Strand", "rådgjevar IKT og arkiv", "70 05 62 14", "arnfinn.strand@breidvik.kyrkja.no"
)
B_HEAD = Person(
    "Synnøve Hjelmeland",
    "kyrkjeverje",
    "70 05 62 10 / 905 38 412",
    "synnove.hjelmeland@breidvik.kyrkja.no",
)
B_DPO = Person(
    "Liv Tennfjord",
    "personvernombod for kyrkjelege fellesråd i Møre",
    "71 22 40 88",
    "liv.tennfjord@kyrkjepersonvern.no",
)
B_PROC = {
    "stream": (
        "Kyrkjestraum AS",
        Person("Jostein Myklebust", "dagleg leiar", "55 30 21 70", "jostein@kyrkjestraum.no"),
    ),
    "trus": (
        "Samlingsappen AS",
        Person("Marte Bjørlo", "kundeansvarleg", "464 11 302", "marte.bjorlo@samlingsappen.no"),
    ),
}


def b_signature(p: Person = B_CONTACT) -> str:
    return "\n" + kit.txt(f"""
        Helsing
        {p.name}
        {p.title[0].upper() + p.title[1:]}
        {B_ORG}
        {B_ADDR}
        Tlf. {p.phone}
        {p.email}
        """)


def b_odt(
    t: Topic,
    *,
    description: str = "full",
    necessity: str = "full",
    risk: str = "full",
    approval: str = "full",
    sak: str = "38/26",
    date: str = "14.10.2026",
) -> bytes:
    """The fellesråd's DPIA written in LibreOffice Writer (nynorsk, unnumbered headings)."""
    pname, pc = B_PROC[t.key]
    m = [
        f"# Vurdering av personvernkonsekvensar – {t.title}",
        f"~ {B_ORG}, org.nr. {B_ORGNR}\nUtarbeidd av arbeidsgruppa for personvern, hausten 2026",
        "# Om verksemda og kontaktpersonar",
        f"Fellesrådet har ansvar for drift av kyrkjene og kyrkjegardane og for tilsette i Breidvik. Saka gjeld {t.short}.",
        f"~ Kontaktperson for saka: {B_CONTACT.name}, {B_CONTACT.title}, tlf. {B_CONTACT.phone}, e-post {B_CONTACT.email}\nPersonvernombod: {B_DPO.name}, {B_DPO.title}, tlf. {B_DPO.phone}, e-post {B_DPO.email}\nDatabehandlar: {pname}, kontaktperson {pc.name} ({pc.title}), tlf. {pc.phone}, e-post {pc.email}",
        "# Kva vi skal gjere",
    ]
    if description == "full":
        m += [
            f"Formålet: {t.purpose}",
            f"Korleis det går føre seg: {t.nature}",
            f"Omfang: {t.scope}",
            f"Samanhengen: {t.context}",
            f"Kva opplysningar: {t.data}",
            f"Kven det gjeld: {t.subjects}",
            f"Kvar opplysningane kjem frå: {t.sources}",
            f"Kven som får opplysningane: {t.recipients}",
            f"Kor lenge vi tek vare på dei: {t.retention}",
            f"Informasjonstryggleik: {t.security}",
            f"Ansvarsforhold: {t.roles}",
            f"Kvifor vi meiner risikoen er høg: {t.high_risk}",
        ]
    else:
        m.append("Skildringa av handsaminga ligg i eige vedlegg, «Skildring av handsaminga.odt».")
    m.append("# Kvifor det er naudsynt, og om det står i forhold til formålet")
    if necessity == "full":
        m += [
            t.necessity,
            t.proportionality,
            f"Andre løysingar vi har vurdert: {t.alternatives}",
            "Tiltak for å ta vare på personvernet og rettane til dei registrerte:",
            bullets(t.safeguards),
            t.rights,
        ]
    else:
        m.append(necessity)
    m.append("# Kva som kan gå gale, og kva vi gjer med det")
    if risk == "full":
        m.append(
            "| Kva kan gå gale | Sannsyn | Konsekvens | Tiltak | Risiko etter tiltak |\n"
            + "\n".join(
                f"| {r.risk} | {lvl(t, r.likelihood)} | {lvl(t, r.consequence)} | {r.measure} | {lvl(t, r.residual)} |"
                for r in t.risks
            )
        )
        m.append("Tiltak vi har vurdert, men ikkje sett i verk:")
        m.append(bullets([f"{a} – {b}" for a, b in t.not_taken]))
        m.append(t.residual)
        m.append(f"Innspel frå dei som vert råka: {t.stakeholders}")
    else:
        m.append(risk)
    m.append("# Handsaming i fellesrådet")
    if approval == "full":
        m += [t.findings, b_protocol_text(t, sak, date)]
    else:
        m.append(approval)
    return kit.to_odt("\n\n".join(m))


def b_protocol_text(t: Topic, sak: str = "38/26", date: str = "14.10.2026") -> str:
    return (
        f"Utdrag frå møtebok, {B_ORG}, møte {date}, sak {sak} «Vurdering av personvernkonsekvensar – {t.short}». "
        "Saksutgreiinga med samandrag av funna og innspela frå sokneråd og andre vart lagd fram av kyrkjeverja. "
        "Vedtak (samrøystes): Fellesrådet har gått gjennom vurderinga og innspela, godkjenner vurderinga av personvernkonsekvensar "
        "og vil gjennomføre tiltaket med dei tiltaka som er skildra. Fordi restrisikoen er høg, skal kyrkjeverja be Datatilsynet "
        "om førehandsdrøfting."
    )


def b_protocol_odt(t: Topic, sak: str, date: str) -> bytes:
    m = [
        f"# Møtebok – {B_ORG}",
        f"~ Møtedato: {date}\nStad: Kyrkjekontoret, møterom Lista\nTil stades: 7 av 8 faste medlemer, kyrkjeverje (sekretær)",
        f"## Sak {sak} Vurdering av personvernkonsekvensar – {t.short}",
        f"Saksutgreiing: {t.findings} {t.residual}",
        f"Innspel: {t.stakeholders}",
        "Vedtak: Fellesrådet har gått gjennom vurderinga og innspela, godkjenner vurderinga av personvernkonsekvensar og vil gjennomføre tiltaket. Kyrkjeverja ber Datatilsynet om førehandsdrøfting.",
        "~ Rett utskrift:\nSynnøve Hjelmeland, kyrkjeverje",
    ]
    return kit.to_odt("\n\n".join(m))


# =================================================================================================
# C  Fellesskapspartiet (political party, nb) – RTF documents, «Del 1» … «Del 5»
# =================================================================================================

C_ORG = "Fellesskapspartiet"
C_ORGNR = "921 377 604"
C_ADDR = "Storgata 51, 0182 Oslo"
C_CONTACT = Person(
    "Siri Rønneberg",
    "organisasjonsrådgiver",
    "22 98 40 17 / 481 02 955",
    "siri.ronneberg@fellesskapspartiet.no",
)
C_SECGEN = Person(
    "Henrik Aasland",
    "partisekretær",
    "22 98 40 11 / 977 40 213",
    "henrik.aasland@fellesskapspartiet.no",
)
C_DPO = Person(
    "Kaja Lindgaard",
    "advokat, Lindgaard Advokat AS (eksternt personvernombud)",
    "23 10 55 70",
    "kaja@lindgaardadvokat.no",
)
C_PROC = {
    "canvass": (
        "Ballotline Ltd, 14 Cowcross Street, London EC1M 6DR",
        Person(
            "Oliver Finch", "Account Director", "+44 20 7946 0318", "oliver.finch@ballotline.co.uk"
        ),
    ),
    "segment": (
        "Medlemsnett AS, org.nr. 915 802 113",
        Person("Lars Ødegård", "prosjektleder", "924 55 180", "lars.odegard@medlemsnett.no"),
    ),
}


def c_signature(p: Person = C_CONTACT) -> str:
    return "\n" + kit.txt(f"""
        Vennlig hilsen

        {p.name}
        {p.title[0].upper() + p.title[1:]}, sekretariatet
        {C_ORG}
        {C_ADDR}
        Tlf: {p.phone}
        E-post: {p.email}
        """)


def c_rtf(
    t: Topic,
    *,
    del4: str = "full",
    del5: str = "full",
    protocol_attached: bool = True,
    sak: str = "SST 112/26",
) -> bytes:
    pname, pc = C_PROC[t.key]
    m = [
        f"# Vurdering av personvernkonsekvenser: {t.title}",
        f"~ {C_ORG} – sekretariatet\nDokument: DPIA 2026-03, versjon 1.1\nGradering: Internt / unntatt offentlighet",
        "# Del 1 Kontaktopplysninger",
        "| Rolle | Navn | Telefon | E-post |\n"
        f"| Kontaktperson ({C_ORG}) | {C_CONTACT.name} | {C_CONTACT.phone} | {C_CONTACT.email} |\n"
        f"| Personvernombud | {C_DPO.name}, {C_DPO.title} | {C_DPO.phone} | {C_DPO.email} |\n"
        f"| Databehandler: {pname} | {pc.name}, {pc.title} | {pc.phone} | {pc.email} |",
        "# Del 2 Systematisk beskrivelse av behandlingen",
        f"## 2.1 Formål\n{t.purpose}",
        f"## 2.2 Behandlingens art og sammenheng\n{t.nature} {t.context}",
        f"## 2.3 Omfang\n{t.scope}",
        f"## 2.4 Personopplysninger og registrerte\n{t.data} Registrerte: {t.subjects}",
        f"## 2.5 Kilder og mottakere\nKilder: {t.sources} Mottakere: {t.recipients}",
        f"## 2.6 Lagring, sikkerhet og ansvar\n{t.retention} {t.security} {t.roles}",
        f"## 2.7 Hva gir høy risiko\n{t.high_risk}",
        "# Del 3 Nødvendighet og forholdsmessighet",
        t.necessity,
        t.proportionality,
        f"Alternativer som er vurdert: {t.alternatives}",
        "Tiltak og garantier:",
        bullets(t.safeguards),
        t.rights,
        "# Del 4 Risikovurdering",
    ]
    if del4 == "full":
        m += [
            "Vurderingen er gjort for risiko for velgernes og medlemmenes rettigheter og friheter, også ytringsfrihet og retten til å holde politisk syn for seg selv.",
            "| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko |\n"
            + "\n".join(
                f"| {r.risk} | {lvl(t, r.likelihood)} | {lvl(t, r.consequence)} | {r.measure} | {lvl(t, r.residual)} |"
                for r in t.risks
            ),
            "Tiltak som er vurdert, men ikke gjennomført:",
            bullets([f"{a}. Begrunnelse: {b}" for a, b in t.not_taken]),
            t.residual,
        ]
    else:
        m.append(del4)
    m.append("# Del 5 Ledelsens validering")
    if del5 == "full":
        m += [
            t.findings,
            f"Interessenter: {t.stakeholders}",
            f"Sentralstyret behandlet saken som sak {sak} og godkjente vurderingen av personvernkonsekvenser og beslutningen om å be om forhåndsdrøftelse."
            + (" Protokollutdrag er vedlagt." if protocol_attached else ""),
        ]
    else:
        m.append(del5)
    return kit.to_rtf("\n\n".join(m))


def c_protocol_rtf(t: Topic, sak: str = "SST 112/26", date: str = "20. oktober 2026") -> bytes:
    m = [
        f"# Protokollutdrag – sentralstyret i {C_ORG}",
        f"~ Møte: {date}, partikontoret\nTil stede: partileder, nestledere, 6 sentralstyremedlemmer, partisekretær\nReferent: Siri Rønneberg",
        f"## Sak {sak}: Vurdering av personvernkonsekvenser – {t.short}",
        f"Partisekretæren presenterte vurderingen. {t.findings}",
        f"Innspill fra interessenter: {t.stakeholders}",
        "Vedtak: Sentralstyret har gjennomgått vurderingen av personvernkonsekvenser og innspillene, og godkjenner vurderingen. Behandlingen skal gjennomføres med de tiltakene som er beskrevet. Fordi restrisikoen er høy, ber sentralstyret partisekretæren sende anmodning om forhåndsdrøftelse til Datatilsynet.",
        "Vedtaket var enstemmig.",
        "~ Protokollen er godkjent elektronisk av møteleder og to sentralstyremedlemmer.",
    ]
    return kit.to_rtf("\n\n".join(m))


# =================================================================================================
# D  Bygg- og Banearbeiderforbundet (trade union, nb) – form DOCX, two-column tables, «1.» …
# =================================================================================================

D_ORG = "Bygg- og Banearbeiderforbundet"
D_ORGNR = "971 255 390"
D_ADDR = "Hammersborg torg 9, 0179 Oslo"
D_CONTACT = Person(
    "Turid Haugerud", "utredningsleder", "23 06 18 40 / 918 70 552", "turid.haugerud@bbf.no"
)
D_DPO = Person(
    "Nils Petter Kolstad",
    "personvernombud",
    "23 06 18 09 / 482 33 017",
    "nils.petter.kolstad@bbf.no",
)
D_LEADER = Person("Jan Erik Berntsen", "forbundsleder", "23 06 18 00", "jan.erik.berntsen@bbf.no")
D_PROC = {
    "hours": (
        "Appkraft AS, org.nr. 917 340 552",
        Person("Øyvind Tangen", "leveranseansvarlig", "22 80 14 60", "oyvind.tangen@appkraft.no"),
    ),
    "ballot": (
        "Valgsystemer Norden AS, org.nr. 913 884 207",
        Person("Guro Wiik", "prosjektleder", "33 40 92 15", "guro.wiik@valgsystemer.no"),
    ),
}
D_PLACEHOLDER = "Klikk eller trykk her for å skrive inn tekst."


def d_signature() -> str:
    p = D_CONTACT
    return "\n" + kit.txt(f"""
        Med hilsen
        {p.name}
        Utredningsleder
        {D_ORG} (BBF)
        Besøk: {D_ADDR}
        Telefon: {p.phone}
        {p.email}
        """)


def _two(rows: list[tuple[str, str]]) -> str:
    return "| Felt | Utfylling |\n" + "\n".join(f"| {a} | {b} |" for a, b in rows)


def d_form_docx(
    t: Topic,
    *,
    description: str = "full",
    necessity: str = "full",
    risk: str = "full",
    attachments: tuple[str, ...] = ("Vedlegg 1: Protokoll fra forbundsstyret",),
    approval_date: str = "22.10.2026",
) -> bytes:
    """The union's form P-07: every section a two-column table."""
    pname, pc = D_PROC[t.key]
    m = [
        "# SKJEMA P-07 Vurdering av personvernkonsekvenser – sammendrag til forhåndsdrøftelse",
        f"~ {D_ORG} · Utredningsavdelingen · Skjema P-07 (rev. 03/2025)\nBehandling: {t.title}",
        "## 1. Kontaktopplysninger",
        _two(
            [
                ("Behandlingsansvarlig", f"{D_ORG}, org.nr. {D_ORGNR}, {D_ADDR}"),
                ("Kontaktperson", f"{D_CONTACT.name}, {D_CONTACT.title}"),
                ("Telefon kontaktperson", D_CONTACT.phone),
                ("E-post kontaktperson", D_CONTACT.email),
                ("Personvernombud", D_DPO.name),
                ("Telefon personvernombud", D_DPO.phone),
                ("E-post personvernombud", D_DPO.email),
                ("Databehandler", pname),
                (
                    "Kontaktperson databehandler",
                    f"{pc.name}, {pc.title}, tlf. {pc.phone}, {pc.email}",
                ),
            ]
        ),
        "## 2. Beskrivelse av behandlingen",
    ]
    if description == "full":
        m.append(
            _two(
                [
                    ("Formål", t.purpose),
                    ("Behandlingens art", t.nature),
                    ("Omfang", t.scope),
                    ("Sammenheng", t.context),
                    ("Personopplysninger", t.data),
                    ("Registrerte", t.subjects),
                    ("Kilder", t.sources),
                    ("Mottakere", t.recipients),
                    ("Lagringstid", t.retention),
                    ("Informasjonssikkerhet", t.security),
                    ("Ansvarsforhold", t.roles),
                    ("Hva gir høy risiko", t.high_risk),
                ]
            )
        )
    else:
        m.append(
            _two(
                [
                    (
                        "Systematisk beskrivelse (art, omfang, formål, sammenheng, kilder, mottakere, sikkerhet, ansvar)",
                        description,
                    )
                ]
            )
        )
    m.append("## 3. Nødvendighet og forholdsmessighet")
    if necessity == "full":
        m.append(
            _two(
                [
                    ("Hvorfor er behandlingen nødvendig?", t.necessity),
                    ("Forholdsmessighet", t.proportionality),
                    ("Alternativer vurdert", t.alternatives),
                    (
                        "Tiltak og garantier",
                        " ".join(f"({i}) {s}" for i, s in enumerate(t.safeguards, 1)),
                    ),
                    ("De registrertes rettigheter", t.rights),
                ]
            )
        )
    else:
        m.append(
            _two(
                [
                    ("Hvorfor er behandlingen nødvendig?", necessity),
                    ("Forholdsmessighet", necessity),
                    ("Alternativer vurdert", necessity),
                    ("Tiltak og garantier", necessity),
                    ("De registrertes rettigheter", necessity),
                ]
            )
        )
    m.append("## 4. Risikovurdering")
    if risk == "full":
        rows = [
            (
                f"Risiko {i}",
                f"{r.risk}. Sannsynlighet: {lvl(t, r.likelihood)}. Konsekvens: {lvl(t, r.consequence)}. Tiltak: {r.measure}. Restrisiko: {lvl(t, r.residual)}.",
            )
            for i, r in enumerate(t.risks, 1)
        ]
        rows.append(
            (
                "Tiltak vurdert, men ikke gjennomført",
                " ".join(f"{a} (begrunnelse: {b})" for a, b in t.not_taken),
            )
        )
        rows.append(("Samlet restrisiko", t.residual))
        m.append(_two(rows))
    else:
        m.append(_two([("Risikovurdering", risk)]))
    m += [
        "## 5. Ledelsens validering",
        _two(
            [
                ("Behandlet av", "Forbundsstyret"),
                ("Dato", approval_date),
                ("Presentasjon og funn", t.findings),
                ("Hensyn til interessenter", t.stakeholders),
                (
                    "Vedtak",
                    "Forbundsstyret godkjente vurderingen av personvernkonsekvenser og vedtok å be Datatilsynet om forhåndsdrøftelse (sak FS 88/26).",
                ),
            ]
        ),
        "## 6. Vedlegg",
        _two([(a.split(":")[0], a.split(":", 1)[1].strip()) for a in attachments]),
    ]
    return kit.to_docx("\n\n".join(m))


def d_description_docx(t: Topic) -> bytes:
    """Vedlegg 3: the project's description of the solution, written as an ordinary Word report."""
    m = [
        f"# Vedlegg 3 – Beskrivelse av løsningen: {t.title}",
        f"~ {D_ORG}, utredningsavdelingen\nVersjon 1.0",
        f"## Formål\n{t.purpose}",
        f"## Slik fungerer løsningen\n{t.nature}",
        f"## Omfang og sammenheng\n{t.scope} {t.context}",
        f"## Hvilke opplysninger og om hvem\n{t.data} Registrerte: {t.subjects}",
        f"## Kilder og mottakere\nKilder: {t.sources} Mottakere: {t.recipients}",
        f"## Lagringstid og sikkerhet\n{t.retention} {t.security}",
        f"## Ansvarsforhold\n{t.roles}",
        f"## Hva som gir høy risiko\n{t.high_risk}",
    ]
    return kit.to_docx("\n\n".join(m))


def d_protocol_pdf(t: Topic, date: str = "22. oktober 2026") -> bytes:
    m = [
        f"# Protokoll – forbundsstyremøte {date}",
        f"~ {D_ORG}\nSted: Forbundskontoret, {D_ADDR}\nTil stede: 11 av 13 medlemmer av forbundsstyret",
        f"## Sak FS 88/26 Vurdering av personvernkonsekvenser – {t.short}",
        f"Utredningsleder Turid Haugerud orienterte. {t.findings}",
        f"Innspill: {t.stakeholders}",
        "Vedtak: Forbundsstyret har gjennomgått vurderingen av personvernkonsekvenser og godkjenner den. Behandlingen gjennomføres med tiltakene i vurderingen. Forbundet ber Datatilsynet om forhåndsdrøftelse før oppstart.",
        "~ Protokollen er godkjent og signert elektronisk av forbundsleder Jan Erik Berntsen og nestleder Aud Solheim.",
    ]
    return kit.to_pdf("\n\n".join(m), title="Protokoll forbundsstyret")


def d_risk_xlsx(t: Topic) -> bytes:
    rows = [["Nr", "Risiko", "Sannsynlighet", "Konsekvens", "Tiltak", "Restrisiko"]]
    rows += [
        [str(i), r.risk, lvl(t, r.likelihood), lvl(t, r.consequence), r.measure, lvl(t, r.residual)]
        for i, r in enumerate(t.risks, 1)
    ]
    rows.append([])
    rows.append(["", "Tiltak vurdert, men ikke gjennomført"])
    rows += [["", a, "", "", b] for a, b in t.not_taken]
    rows.append(["", "Samlet vurdering", "", "", t.residual])
    return kit.to_xlsx({"Risikomatrise": rows})


def d_dpa_pdf(t: Topic) -> bytes:
    pname, pc = D_PROC[t.key]
    m = [
        "# Databehandleravtale – utdrag (bilag 1 og 3)",
        f"~ Mellom {D_ORG} (behandlingsansvarlig) og {pname} (databehandler)",
        f"## Bilag 1 Behandlingen\nDatabehandleren skal drifte løsningen for {t.short} og behandle opplysningene bare etter dokumenterte instrukser.",
        "## Bilag 3 Sikkerhetstiltak\nKryptering i hvile og under overføring, tilgangsstyring med MFA, logging, og varsling av brudd innen 24 timer.",
        f"~ Kontakt hos databehandler: {pc.name}, {pc.phone}, {pc.email}",
    ]
    return kit.to_pdf("\n\n".join(m), title="Databehandleravtale utdrag")


# =================================================================================================
# E  IL Bratteberg (sports club, nn) – DPIA written in Markdown by a volunteer
# =================================================================================================

E_ORG = "IL Bratteberg"
E_ORGNR = "993 481 225"
E_CONTACT = Person(
    "Eirik Skeide", "styremedlem (IT og personvern)", "413 90 226", "eirik.skeide@bratteberg-il.no"
)
E_MANAGER = Person(
    "Randi Vik", "dagleg leiar", "70 19 33 40 / 951 07 884", "randi@bratteberg-il.no"
)
E_DPO = Person(
    "Kjetil Nakken", "personvernombod (frivillig)", "926 71 403", "personvernombod@bratteberg-il.no"
)
E_PROC = {
    "gps": (
        "Trakkr Oy (Helsinki, FI)",
        Person("Aino Lehtonen", "Customer Success", "+358 9 4241 7720", "aino.lehtonen@trakkr.fi"),
    ),
    "face": (
        "Inngang AS",
        Person("Stian Fure", "kundeansvarleg", "948 20 117", "stian@inngang.no"),
    ),
}


def e_signature() -> str:
    return "\n" + kit.txt(f"""
        -- 
        Eirik Skeide
        Styremedlem, IL Bratteberg
        {E_CONTACT.phone} · {E_CONTACT.email}
        """)


def e_markdown(
    t: Topic, *, sec3: str | None = None, sec5: str | None = None, version: str = "1.2"
) -> str:
    pname, pc = E_PROC[t.key]
    risk_rows = "\n".join(
        f"| {i} | {r.risk} | {r.likelihood} | {r.consequence} | {r.measure} | {r.residual} |"
        for i, r in enumerate(t.risks, 1)
    )
    s3 = (
        sec3
        if sec3 is not None
        else (
            f"**Naudsyn:** {t.necessity}\n\n**Proporsjonalitet:** {t.proportionality}\n\n"
            f"**Alternativ vi har sett på:** {t.alternatives}\n\n**Tiltak for personvernet:**\n\n"
            + bullets(t.safeguards)
            + f"\n\n**Rettar:** {t.rights}"
        )
    )
    s5 = (
        sec5
        if sec5 is not None
        else (
            f"{t.findings}\n\nUtdrag frå styreprotokollen, styremøte 4. november 2026, sak 41/2026:\n\n"
            f"> Styret har gått gjennom DPIA-en for {t.short} og innspela frå {t.stakeholders[0].lower() + t.stakeholders[1:]} "
            "Styret godkjenner DPIA-en og vil gjennomføre tiltaket. Sidan restrisikoen er høg, skal klubben be Datatilsynet om førehandsdrøfting.\n>\n"
            "> Vedteke samrøystes. Protokollen er signert av styreleiar Oddbjørn Hareide og nestleiar Mari Brautaset."
        )
    )
    return f"""# DPIA: {t.title}

Versjon {version}, {E_ORG} (org.nr. {E_ORGNR}). Skriven av Eirik Skeide i styret, gjennomgått av personvernombodet.

## 1. Kontaktinfo

| Rolle | Namn | Telefon | E-post |
|---|---|---|---|
| Kontaktperson | {E_CONTACT.name} | {E_CONTACT.phone} | {E_CONTACT.email} |
| Personvernombod | {E_DPO.name} | {E_DPO.phone} | {E_DPO.email} |
| Databehandlar: {pname} | {pc.name} | {pc.phone} | {pc.email} |

## 2. Kva skal vi gjere?

**Formål:** {t.purpose}

**Korleis:** {t.nature}

**Omfang:** {t.scope}

**Samanheng:** {t.context}

**Opplysningar:** {t.data}

**Kven:** {t.subjects}

**Kjelder:** {t.sources}

**Mottakarar:** {t.recipients}

**Lagring:** {t.retention}

**Tryggleik:** {t.security}

**Ansvar:** {t.roles}

**Kvifor høg risiko:** {t.high_risk}

## 3. Er det naudsynt, og står det i forhold til formålet?

{s3}

## 4. Risiko

Skala 1-5 (1 = svært låg, 5 = svært høg).

| # | Kva kan skje | Sannsyn | Konsekvens | Tiltak | Etter tiltak |
|---|---|---|---|---|---|
{risk_rows}

Tiltak vi har vurdert, men ikkje gjort:

{bullets([f"{a} ({b})" for a, b in t.not_taken])}

{t.residual}

## 5. Styrehandsaming

{s5}
"""


# =================================================================================================
# F  Stiftelsen Hovland Industrimuseum (museum, nb) – HTML mail with nested tables
# =================================================================================================

F_ORG = "Stiftelsen Hovland Industrimuseum"
F_ORGNR = "983 410 227"
F_ADDR = "Verksgata 3, 3616 Hovland"
F_CONTACT = Person(
    "Jonas Rud",
    "leder for formidling og digitalisering",
    "32 72 80 24 / 470 18 362",
    "jonas.rud@hovlandmuseum.no",
)
F_DIRECTOR = Person("Bente Ulvestad", "direktør", "32 72 80 10", "bente.ulvestad@hovlandmuseum.no")
F_DPO = Person(
    "Helga Tveit",
    "personvernombud, Museumstjenester Viken AS",
    "67 11 20 95",
    "helga.tveit@museumstjenester.no",
)
F_PROC = {
    "visitor": (
        "Flowsense AS",
        Person(
            "Kristoffer Haga", "løsningsarkitekt", "21 49 36 70", "kristoffer.haga@flowsense.no"
        ),
    ),
    "memory": (
        "Arkivsky AS",
        Person("Ragnhild Fossum", "kundeansvarlig", "55 60 18 44", "ragnhild.fossum@arkivsky.no"),
    ),
}


def _cell(text: str) -> str:
    return f'<td style="padding:4px 8px;vertical-align:top;font-size:13px">{escape(text)}</td>'


def _kv_table(rows: list[tuple[str, str]]) -> str:
    return (
        '<table cellpadding="0" cellspacing="0" border="0" width="100%" style="border-collapse:collapse">'
        + "".join(
            f'<tr><td width="32%" style="padding:4px 8px;vertical-align:top;font-size:13px;color:#555">{escape(k)}</td>{_cell(v)}</tr>'
            for k, v in rows
        )
        + "</table>"
    )


def _person_table(p: Person, email: bool = True) -> str:
    return _kv_table(
        [
            ("Navn", p.name),
            ("Rolle", p.title),
            ("Telefon", p.phone),
            ("E-post", p.email if email else ""),
        ]
    )


def _section(title: str, inner: str) -> str:
    return (
        '<tr><td style="padding:10px 0"><table width="100%" cellpadding="0" cellspacing="0" border="1" '
        'style="border-collapse:collapse;border-color:#c9c2b0">'
        f'<tr><td colspan="2" bgcolor="#8b2e16" style="background:#8b2e16;color:#fff;padding:6px 10px;font-weight:bold">{escape(title)}</td></tr>'
        f'<tr><td colspan="2" style="padding:6px">{inner}</td></tr></table></td></tr>'
    )


def f_html(
    t: Topic,
    intro: list[str],
    closing: list[str],
    *,
    dpo_email: bool = True,
    risk: str = "full",
) -> str:
    """The museum's mail template: an outer layout table, one nested table per section."""
    pname, pc = F_PROC[t.key]
    contacts = (
        '<table width="100%" cellpadding="0" cellspacing="0" border="0">'
        f'<tr><td style="padding:4px"><b>Kontaktperson</b>{_person_table(F_CONTACT)}</td></tr>'
        f'<tr><td style="padding:4px"><b>Personvernombud</b>{_person_table(F_DPO, email=dpo_email)}</td></tr>'
        f'<tr><td style="padding:4px"><b>Databehandler: {escape(pname)}</b>{_person_table(pc)}</td></tr>'
        "</table>"
    )
    about = _kv_table(
        [
            ("Formål", t.purpose),
            ("Hva skjer", t.nature),
            ("Omfang", t.scope),
            ("Sammenheng", t.context),
            ("Personopplysninger", t.data),
            ("Registrerte", t.subjects),
            ("Kilder", t.sources),
            ("Mottakere", t.recipients),
            ("Lagring", t.retention),
            ("Sikkerhet", t.security),
            ("Ansvar", t.roles),
            ("Hvorfor høy risiko", t.high_risk),
        ]
    )
    necessity = _kv_table(
        [
            ("Nødvendighet", t.necessity),
            ("Forholdsmessighet", t.proportionality),
            ("Alternativer", t.alternatives),
            ("Tiltak og garantier", " • ".join(t.safeguards)),
            ("Rettigheter", t.rights),
        ]
    )
    if risk == "full":
        head = "".join(
            f'<td bgcolor="#eee8da" style="background:#eee8da;padding:4px 8px;font-size:12px"><b>{h}</b></td>'
            for h in ("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak", "Etter tiltak")
        )
        body = "".join(
            "<tr>"
            + _cell(r.risk)
            + _cell(lvl(t, r.likelihood))
            + _cell(lvl(t, r.consequence))
            + _cell(r.measure)
            + _cell(lvl(t, r.residual))
            + "</tr>"
            for r in t.risks
        )
        risk_html = (
            f'<table width="100%" border="1" cellpadding="0" cellspacing="0" style="border-collapse:collapse"><tr>{head}</tr>{body}</table>'
            + _kv_table(
                [
                    (
                        "Vurdert, men ikke gjennomført",
                        " ".join(f"{a}: {b}" for a, b in t.not_taken),
                    ),
                    ("Samlet", t.residual),
                ]
            )
        )
    else:
        risk_html = f'<p style="font-size:13px">{escape(risk)}</p>'
    board = _kv_table(
        [
            (
                "Behandlet",
                "Styret i Stiftelsen Hovland Industrimuseum, møte 24.10.2026, sak 19/2026",
            ),
            ("Presentasjon og funn", t.findings),
            ("Innspill", t.stakeholders),
            (
                "Vedtak",
                "Styret har gjennomgått vurderingen av personvernkonsekvenser og innspillene, godkjenner vurderingen og ber direktøren be Datatilsynet om forhåndsdrøftelse før oppstart.",
            ),
            ("Protokoll signert av", "Styreleder Arne Kleven og direktør Bente Ulvestad"),
        ]
    )
    paras = "".join(f'<p style="font-size:14px;margin:0 0 10px 0">{escape(p)}</p>' for p in intro)
    end = "".join(
        f'<p style="font-size:14px;margin:0 0 10px 0">{escape(p).replace(chr(10), "<br>")}</p>'
        for p in closing
    )
    return (
        '<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3efe6">'
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3efe6"><tr><td align="center">'
        '<table width="700" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Georgia,serif">'
        f'<tr><td style="padding:18px;border-bottom:3px solid #8b2e16"><table width="100%"><tr><td style="font-size:20px">{F_ORG}</td>'
        f'<td align="right" style="font-size:11px;color:#777">{F_ADDR}<br>Org.nr. {F_ORGNR}</td></tr></table></td></tr>'
        f'<tr><td style="padding:18px 18px 0 18px">{paras}</td></tr>'
        '<tr><td style="padding:0 18px"><table width="100%" cellpadding="0" cellspacing="0" border="0">'
        + _section("A. Kontaktpersoner", contacts)
        + _section("B. Om behandlingen", about)
        + _section("C. Nødvendighet og forholdsmessighet", necessity)
        + _section("D. Risiko for de registrerte", risk_html)
        + _section("E. Styrets behandling", board)
        + "</table></td></tr>"
        f'<tr><td style="padding:18px">{end}</td></tr>'
        '<tr><td style="padding:10px 18px;font-size:10px;color:#888;border-top:1px solid #ddd">Denne e-posten kan inneholde informasjon som er unntatt offentlighet. '
        "Hovland Industrimuseum er en del av museumsnettverket for industrikultur.</td></tr>"
        "</table></td></tr></table></body></html>"
    )


def f_plain(
    t: Topic, intro: list[str], closing: list[str], *, dpo_email: bool = True, risk: str = "full"
) -> str:
    """The crude text/plain alternative the mail client derives from the HTML template."""
    pname, pc = F_PROC[t.key]

    def person(p: Person, email: bool = True) -> str:
        return f"Navn: {p.name}\nRolle: {p.title}\nTelefon: {p.phone}\nE-post: {p.email if email else ''}"

    risk_txt = (
        "\n".join(
            f"{r.risk} | {lvl(t, r.likelihood)} | {lvl(t, r.consequence)} | {r.measure} | {lvl(t, r.residual)}"
            for r in t.risks
        )
        + "\nVurdert, men ikke gjennomført: "
        + " ".join(f"{a}: {b}" for a, b in t.not_taken)
        + "\nSamlet: "
        + t.residual
        if risk == "full"
        else risk
    )
    parts = [
        F_ORG,
        *intro,
        "A. Kontaktpersoner",
        "Kontaktperson\n" + person(F_CONTACT),
        "Personvernombud\n" + person(F_DPO, dpo_email),
        f"Databehandler: {pname}\n" + person(pc),
        "B. Om behandlingen",
        f"Formål: {t.purpose}\nHva skjer: {t.nature}\nOmfang: {t.scope}\nSammenheng: {t.context}\nPersonopplysninger: {t.data}\nRegistrerte: {t.subjects}\nKilder: {t.sources}\nMottakere: {t.recipients}\nLagring: {t.retention}\nSikkerhet: {t.security}\nAnsvar: {t.roles}\nHvorfor høy risiko: {t.high_risk}",
        "C. Nødvendighet og forholdsmessighet",
        f"Nødvendighet: {t.necessity}\nForholdsmessighet: {t.proportionality}\nAlternativer: {t.alternatives}\nTiltak og garantier: {' • '.join(t.safeguards)}\nRettigheter: {t.rights}",
        "D. Risiko for de registrerte",
        risk_txt,
        "E. Styrets behandling",
        f"Behandlet: Styret, møte 24.10.2026, sak 19/2026\nPresentasjon og funn: {t.findings}\nInnspill: {t.stakeholders}\nVedtak: Styret har gjennomgått vurderingen av personvernkonsekvenser og innspillene, godkjenner vurderingen og ber direktøren be Datatilsynet om forhåndsdrøftelse før oppstart.\nProtokoll signert av: Styreleder Arne Kleven og direktør Bente Ulvestad",
        *closing,
    ]
    return "\n\n".join(parts) + "\n"


def f_board_pdf(t: Topic) -> bytes:
    m = [
        f"# Protokoll fra styremøte i {F_ORG}",
        "~ Dato: 24. oktober 2026\nSted: Museets møterom, Verksgata 3\nTil stede: Arne Kleven (leder), Eva Brun, Tore Lindahl, Sunniva Rø, Bente Ulvestad (direktør, sekretær)",
        f"## Sak 19/2026 Vurdering av personvernkonsekvenser – {t.short}",
        f"Direktøren la fram vurderingen. {t.findings} {t.residual}",
        f"Innspill fra interessenter: {t.stakeholders}",
        "Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser. Direktøren ber Datatilsynet om forhåndsdrøftelse.",
        "~ Protokollen er signert av alle styremedlemmene.",
    ]
    return kit.to_pdf("\n\n".join(m), title="Styreprotokoll 24.10.2026")


# =================================================================================================
# G  Saltfjord Ferjeselskap AS (ferry operator, nb) – XLSX workbook, one sheet per part
# =================================================================================================

G_ORG = "Saltfjord Ferjeselskap AS"
G_ORGNR = "916 552 071"
G_ADDR = "Kaiveien 2, 8006 Saltfjord"
G_CONTACT = Person(
    "Kristin Moe Hansen",
    "kvalitets- og sikkerhetssjef",
    "75 50 72 30 / 928 17 044",
    "kristin.moe.hansen@saltfjordferje.no",
)
G_DPO = Person(
    "Rune Bakkevold",
    "personvernombud",
    "75 50 72 11 / 993 05 118",
    "rune.bakkevold@saltfjordferje.no",
)
G_CEO = Person(
    "Tore Helstad", "administrerende direktør", "75 50 72 00", "tore.helstad@saltfjordferje.no"
)
G_PROC = {
    "anpr": (
        "Skiltdata AS",
        "913 205 664",
        Person("Håvard Lie", "prosjektleder", "73 99 02 41", "havard.lie@skiltdata.no"),
    ),
    "fatigue": (
        "Somnia Marine AS",
        "925 118 390",
        Person("Elin Sæther", "kundeansvarlig", "51 88 40 27", "elin.saether@somniamarine.no"),
    ),
}
G_SHEETS = ("1 Kontakter", "2 Beskrivelse", "3 Nødvendighet", "4 Risiko", "5 Godkjenning")


def g_signature() -> str:
    p = G_CONTACT
    return "\n" + kit.txt(f"""
        Mvh
        Kristin Moe Hansen
        Kvalitets- og sikkerhetssjef
        {G_ORG} | {G_ADDR}
        Direkte: 75 50 72 30 | Mobil: 928 17 044
        {p.email}
        """)


def g_xlsx(
    t: Topic,
    *,
    dpo: str = "ok",
    risk_rows: bool = True,
    sheets: tuple[str, ...] = G_SHEETS,
    tiltak_sheet: bool = False,
) -> bytes:
    pname, porgnr, pc = G_PROC[t.key]
    dpo_row = (
        ["Personvernombud", G_DPO.name, G_DPO.phone, G_DPO.email, G_ORG]
        if dpo == "ok"
        else ["Personvernombud", "ikke utnevnt ennå", "", "", G_ORG]
    )
    book: dict[str, list[list[str]]] = {
        "1 Kontakter": [
            [f"DPIA – {t.title}"],
            [],
            ["Rolle", "Navn", "Telefon", "E-post", "Virksomhet"],
            ["Kontaktperson", G_CONTACT.name, G_CONTACT.phone, G_CONTACT.email, G_ORG],
            dpo_row,
            ["Databehandler", pc.name, pc.phone, pc.email, f"{pname} (org.nr. {porgnr})"],
            [],
            ["Behandlingsansvarlig", f"{G_ORG}, org.nr. {G_ORGNR}, {G_ADDR}"],
        ],
        "2 Beskrivelse": [
            ["Tema", "Beskrivelse"],
            ["Formål", t.purpose],
            ["Behandlingens art", t.nature],
            ["Omfang", t.scope],
            ["Sammenheng", t.context],
            ["Personopplysninger", t.data],
            ["Registrerte", t.subjects],
            ["Kilder", t.sources],
            ["Mottakere", t.recipients],
            ["Lagringstid", t.retention],
            ["Informasjonssikkerhet", t.security],
            ["Ansvarsforhold", t.roles],
            ["Hva gir høy risiko", t.high_risk],
        ],
        "3 Nødvendighet": [
            ["Spørsmål", "Vurdering"],
            ["Er behandlingen nødvendig for formålet?", t.necessity],
            ["Er den forholdsmessig?", t.proportionality],
            ["Mindre inngripende alternativer", t.alternatives],
            *[["Tiltak/garanti", s] for s in t.safeguards],
            ["De registrertes rettigheter", t.rights],
        ],
        "4 Risiko": [
            [
                "Nr",
                "Hendelse / trussel",
                "Sannsynlighet (1-5)",
                "Konsekvens (1-5)",
                "Risiko (S×K)",
                "Tiltak",
                "Status tiltak",
                "Restrisiko (1-5)",
            ],
            *(
                [
                    [
                        str(i),
                        r.risk,
                        str(r.likelihood),
                        str(r.consequence),
                        str(r.likelihood * r.consequence),
                        r.measure,
                        "Gjennomført",
                        str(r.residual),
                    ]
                    for i, r in enumerate(t.risks, 1)
                ]
                if risk_rows
                else []
            ),
        ],
        "5 Godkjenning": [
            ["Felt", "Verdi"],
            ["Behandlet i", "Ledergruppen"],
            [
                "Møtedatoer",
                "15.09.2026 og 13.10.2026" if t.key == "anpr" else "29.09.2026 og 27.10.2026",
            ],
            ["Presentasjon og funn", t.findings],
            ["Interessenter", t.stakeholders],
            [
                "Beslutning",
                "Ledergruppen har gjennomgått DPIA-en, godkjenner den og beslutter å gjennomføre behandlingen med tiltakene i arket «4 Risiko». Datatilsynet skal konsulteres (forhåndsdrøftelse) fordi restrisikoen er høy.",
            ],
            ["Godkjent av", f"{G_CEO.name}, {G_CEO.title}"],
            ["Dato", "13.10.2026" if t.key == "anpr" else "27.10.2026"],
        ],
    }
    if risk_rows and not tiltak_sheet:
        book["4 Risiko"] += [
            [],
            ["", "Tiltak vurdert, men ikke gjennomført"],
            *[["", a, "", "", "", b] for a, b in t.not_taken],
            [],
            ["", "Samlet restrisiko", "", "", "", t.residual],
        ]
    out = {k: v for k, v in book.items() if k in sheets}
    if tiltak_sheet:
        out["6 Tiltak ikke gjennomført"] = [
            ["Tiltak", "Begrunnelse"],
            *[[a, b] for a, b in t.not_taken],
            [],
            ["Samlet restrisiko", t.residual],
        ]
    return kit.to_xlsx(out)


# =================================================================================================
# H  Hardbakken Renovasjon IKS (waste management, nb) – scanned paper DPIA, phone photos
# =================================================================================================

H_ORG = "Hardbakken Renovasjon IKS"
H_ORGNR = "987 530 118"
H_ADDR = "Miljøveien 20, 7710 Hardbakken"
H_CONTACT = Person(
    "Geir Inge Solbakken",
    "fagleder innsamling",
    "74 15 60 32 / 915 48 260",
    "geir.inge.solbakken@hardbakken-ren.no",
)
H_MANAGER = Person(
    "Hilde Strømsnes", "daglig leder", "74 15 60 00", "hilde.stromsnes@hardbakken-ren.no"
)
H_DPO = Person(
    "Anne-Lise Vang",
    "personvernombud for Hardbakken-kommunene og IKS-ene",
    "74 15 22 90",
    "anne-lise.vang@hardbakken.kommune.no",
)
H_PROC = {
    "bincam": (
        "Renocam AS, org.nr. 920 771 046",
        Person("Bjørn Tore Ness", "prosjektleder", "38 12 75 40", "bjorn.tore.ness@renocam.no"),
    )
}


def h_signature() -> str:
    return "\n" + kit.txt(f"""
        Hilsen
        Geir Inge Solbakken
        Fagleder innsamling
        {H_ORG}
        Telefon {H_CONTACT.phone}
        """)


def h_pages(t: Topic, *, total: int = 5) -> list[str]:
    """The paper DPIA, one chapter per page, as printed, signed and scanned on the office MFP."""
    head = f"{H_ORG} – Vurdering av personvernkonsekvenser – {t.short}"
    proc = H_PROC.get(t.key)
    proc_line = (
        f"Databehandler: {proc[0]}. Kontaktperson: {proc[1].name}, {proc[1].title}, tlf. {proc[1].phone}, e-post {proc[1].email}."
        if proc
        else "Databehandler: Ingen. Systemet driftes av IKS-ets egen IT-avdeling."
    )
    risks = "\n".join(
        f"{i}. {r.risk}. Sannsynlighet: {lvl(t, r.likelihood)}. Konsekvens: {lvl(t, r.consequence)}. Tiltak: {r.measure}. Etter tiltak: {lvl(t, r.residual)}."
        for i, r in enumerate(t.risks, 1)
    )
    chapters = [
        f"Kapittel 1 Kontaktopplysninger\n\nBehandlingsansvarlig: {H_ORG}, org.nr. {H_ORGNR}, {H_ADDR}.\nKontaktperson: {H_CONTACT.name}, {H_CONTACT.title}, tlf. {H_CONTACT.phone}, e-post {H_CONTACT.email}.\nPersonvernombud: {H_DPO.name}, {H_DPO.title}, tlf. {H_DPO.phone}, e-post {H_DPO.email}.\n{proc_line}\n\nBakgrunn: Eierkommunene har vedtatt nye mål for materialgjenvinning. Dette dokumentet er vår vurdering av personvernkonsekvenser for {t.short}.",
        f"Kapittel 2 Beskrivelse av behandlingen\n\nFormål: {t.purpose}\n\nHvordan: {t.nature}\n\nOmfang: {t.scope}\n\nSammenheng: {t.context}\n\nOpplysninger: {t.data}\n\nRegistrerte: {t.subjects} Kilder: {t.sources}\n\nMottakere: {t.recipients} Lagring: {t.retention}\n\nSikkerhet: {t.security} Ansvar: {t.roles}",
        f"Kapittel 3 Nødvendighet og forholdsmessighet\n\n{t.necessity}\n\n{t.proportionality}\n\nAlternativer: {t.alternatives}\n\nTiltak og garantier:\n"
        + "\n".join("- " + s for s in t.safeguards)
        + f"\n\nRettigheter: {t.rights}\n\nHvorfor høy risiko: {t.high_risk}",
        f"Kapittel 4 Risikovurdering\n\n{risks}\n\nTiltak vurdert, men ikke gjennomført:\n"
        + "\n".join(f"- {a}. Begrunnelse: {b}" for a, b in t.not_taken)
        + f"\n\nSamlet vurdering: {t.residual}",
        f"Kapittel 5 Styrets godkjenning\n\n{t.findings}\n\nInteressenter: {t.stakeholders}\n\nStyret har gjennomgått vurderingen og godkjenner den. Behandlingen gjennomføres med tiltakene i kapittel 4. Fordi restrisikoen er høy, skal daglig leder be Datatilsynet om forhåndsdrøftelse.\n\nHardbakken, 23. oktober 2026\n----\nSIG: Hilde Strømsnes\nHilde Strømsnes, daglig leder\nSIG: Kåre Lysø\nKåre Lysø, styreleder",
    ]
    return [f"{head}\n\n{c}\n\nSide {i} av {total}" for i, c in enumerate(chapters, 1)]


def h_wrong_pages() -> list[str]:
    return [
        f"{H_ORG}\nSJÅFØRINSTRUKS – tømming og kildesortering (rev. 4, 2026)\n\n1. Før avgang\n- Sjekk at løfteåk, vekt og kamera er påslått og at skjermen i førerhuset viser grønt.\n- Kontroller ruten i nettbrettet. Avvik i ruten meldes til driftsleder.\n\n2. Ved tømming\n- Dunker med synlig feilsortering tømmes likevel; merk avviket i nettbrettet med knappen «Feilsortering».\n- Dunker som står mer enn 5 meter fra veien tømmes ikke; legg lapp.\n- Ikke gå inn på privat eiendom uten avtale.\n\nSide 1 av 2",
        "3. Farlig avfall\n- Stopp tømming hvis det lukter kjemikalier. Ring driftssentralen 74 15 60 50.\n\n4. Hendelser\n- Skader på dunker, biler eller eiendom meldes samme dag.\n- Konflikter med innbyggere: vær høflig, henvis til kundeservice.\n\n5. Kjøring\n- Maks 30 km/t i boligfelt. Rygging bare med ryggevakt der det er påkrevd.\n\nGodkjent av driftsleder, 2. mars 2026\n\nSide 2 av 2",
    ]


def h_board_photo_text(t: Topic, sak: str = "22/26") -> str:
    return (
        f"{H_ORG}\nPROTOKOLL FRA STYREMØTE 23.10.2026\n\nSak {sak} Vurdering av personvernkonsekvenser – {t.short}\n\n"
        f"Daglig leder la fram vurderingen. {t.findings}\n\nInnspill fra eierkommunene og innbyggere var sammenstilt i saksframlegget.\n\n"
        "Vedtak: Styret har gjennomgått vurderingen av personvernkonsekvenser og godkjenner den. Styret ber daglig leder be Datatilsynet om forhåndsdrøftelse.\n\n"
        "Enstemmig.\n\n----\nSIG: Kåre Lysø\nKåre Lysø, styreleder\nSIG: Solveig Aune\nSolveig Aune, styremedlem\nSIG: Hilde Strømsnes\nHilde Strømsnes, daglig leder (sekretær)"
    )


# =================================================================================================
# I  Lillevik Friskole AS (private school, nb) – package forwarded as message/rfc822
# =================================================================================================

I_ORG = "Lillevik Friskole AS"
I_ORGNR = "996 218 774"
I_ADDR = "Skoleveien 7, 3280 Lillevik"
I_HEAD = Person(
    "Marianne Holt", "rektor", "33 47 21 00 / 908 12 377", "marianne.holt@lillevikfriskole.no"
)
I_CONTACT = Person(
    "Anders Kvam",
    "inspektør og IKT-ansvarlig",
    "33 47 21 05 / 452 19 880",
    "anders.kvam@lillevikfriskole.no",
)
I_DPO = Person(
    "Torunn Eide",
    "personvernombud, Skolepersonvern AS",
    "22 40 61 18",
    "torunn.eide@skolepersonvern.no",
)
I_PROC = {
    "screen": (
        "Klasseblikk AS, org.nr. 922 615 380",
        Person(
            "Petter Grønli", "kundeansvarlig skole", "21 09 57 30", "petter.gronli@klasseblikk.no"
        ),
    ),
    "wellbeing": (
        "Elevpuls AS, org.nr. 927 004 162",
        Person("Ida Marie Lunde", "daglig leder", "23 65 40 19", "ida.lunde@elevpuls.no"),
    ),
}


def i_signature(p: Person = I_HEAD) -> str:
    return "\n" + kit.txt(f"""
        Vennlig hilsen
        {p.name}
        {p.title[0].upper() + p.title[1:]}
        {I_ORG}
        {I_ADDR}
        Tlf. {p.phone}
        """)


def i_dpo_signature() -> str:
    return "\n" + kit.txt("""
        Med vennlig hilsen
        Torunn Eide
        Personvernombud for Lillevik Friskole
        Skolepersonvern AS | Tlf. 22 40 61 18 | torunn.eide@skolepersonvern.no
        """)


def i_dpia_docx(t: Topic, *, description: str = "full", board: str = "done") -> bytes:
    pname, pc = I_PROC[t.key]
    m = [
        f"# Vurdering av personvernkonsekvenser (DPIA) – {t.title}",
        f"~ {I_ORG}, org.nr. {I_ORGNR}\nUtarbeidet av skolens ledelse med bistand fra personvernombudet\nVersjon 2.0",
        "# 1 Kontaktinformasjon",
        "| Rolle | Navn | Telefon | E-post |\n"
        f"| Kontaktperson | {I_CONTACT.name}, {I_CONTACT.title} | {I_CONTACT.phone} | {I_CONTACT.email} |\n"
        f"| Personvernombud | {I_DPO.name}, {I_DPO.title} | {I_DPO.phone} | {I_DPO.email} |\n"
        f"| Databehandler: {pname} | {pc.name}, {pc.title} | {pc.phone} | {pc.email} |",
        "# 2 Beskrivelse av behandlingen",
    ]
    if description == "full":
        m += [
            f"## 2.1 Formål\n{t.purpose}",
            f"## 2.2 Hva som skjer\n{t.nature}",
            f"## 2.3 Omfang og sammenheng\n{t.scope} {t.context}",
            f"## 2.4 Opplysninger og registrerte\n{t.data} Registrerte: {t.subjects}",
            f"## 2.5 Kilder og mottakere\nKilder: {t.sources} Mottakere: {t.recipients}",
            f"## 2.6 Lagring og sikkerhet\n{t.retention} {t.security}",
            f"## 2.7 Ansvarsforhold\n{t.roles}",
            f"## 2.8 Hvorfor høy risiko\n{t.high_risk}",
        ]
    else:
        m.append(description)
    m += [
        "# 3 Nødvendighet og forholdsmessighet",
        f"## 3.1 Nødvendighet\n{t.necessity}",
        f"## 3.2 Forholdsmessighet\n{t.proportionality}",
        f"## 3.3 Alternativer\n{t.alternatives}",
        "## 3.4 Tiltak og garantier",
        bullets(t.safeguards),
        f"## 3.5 Elevenes og foreldrenes rettigheter\n{t.rights}",
        "# 4 Risikovurdering",
        "| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko |\n"
        + "\n".join(
            f"| {r.risk} | {lvl(t, r.likelihood)} | {lvl(t, r.consequence)} | {r.measure} | {lvl(t, r.residual)} |"
            for r in t.risks
        ),
        "## 4.1 Tiltak vurdert, men ikke gjennomført",
        bullets([f"{a} – {b}" for a, b in t.not_taken]),
        f"## 4.2 Samlet vurdering\n{t.residual}",
        "# 5 Behandling i styret",
    ]
    if board == "done":
        m += [
            t.findings,
            f"Interessenter: {t.stakeholders}",
            "Styret godkjente DPIA-en i møte 22.10.2026 (sak 31/26). Protokollutdrag er vedlagt.",
        ]
    elif board.startswith("done:"):
        m += [t.findings, f"Interessenter: {t.stakeholders}", board[5:].strip()]
    else:
        m.append(board)
    return kit.to_docx("\n\n".join(m))


def i_board_pdf(t: Topic, date: str = "22. oktober 2026", sak: str = "31/26") -> bytes:
    m = [
        f"# Protokollutdrag – styremøte i {I_ORG}",
        f"~ Dato: {date}\nTil stede: Styreleder Kjell Aamodt, Hanne Sørlie, Trond Vik, foreldrerepresentant Lise Bakke, ansattrepresentant Ole Rønning\nFra administrasjonen: rektor Marianne Holt",
        f"## Sak {sak} Vurdering av personvernkonsekvenser – {t.short}",
        f"Rektor presenterte vurderingen og funnene. {t.findings}",
        f"Innspill: {t.stakeholders}",
        "Vedtak: Styret har gjennomgått DPIA-en og innspillene og godkjenner den. Styret ber rektor sende anmodning om forhåndsdrøftelse til Datatilsynet før behandlingen tas i bruk.",
        "~ Rett utskrift bekreftes: Kjell Aamodt, styreleder (e-signert)",
    ]
    return kit.to_pdf("\n\n".join(m), title="Protokollutdrag styret")


def i_quote_pdf() -> bytes:
    m = [
        "# Klasseblikk AS – Tilbud til Lillevik Friskole AS",
        "~ Tilbudsnummer: T-2026-0412\nGyldig til: 31.12.2026\nKontakt: Petter Grønli, 21 09 57 30",
        "| Produkt | Antall | Pris per år | Sum |\n| Klasseblikk Skole lisens (per elev) | 310 | 89 | 27 590 |\n| Lærerlisens inkl. skjermvisning | 28 | 0 | 0 |\n| Modul Trivselsvarsel | 1 | 12 000 | 12 000 |\n| Oppstart og opplæring (engangs) | 1 | 9 500 | 9 500 |\n| Sum eks. mva. | | | 49 090 |",
        "Betalingsbetingelser: 30 dager. Prisene justeres årlig etter KPI. Avtalen løper i tre år med automatisk fornyelse.",
    ]
    return kit.to_pdf("\n\n".join(m), title="Tilbud T-2026-0412")


def i_inner(
    cid: str,
    t: Topic,
    body: str,
    attachments: list[kit.Attachment],
    date: str,
    subject: str,
) -> EmailMessage:
    """The DPO's mail to the headmaster with the whole package, later forwarded to Datatilsynet."""
    return kit.message(
        cid + "i",
        f"Torunn Eide <{I_DPO.email}>",
        subject,
        date,
        body,
        attachments=attachments,
        to=f"Marianne Holt <{I_HEAD.email}>",
        cc=f"Anders Kvam <{I_CONTACT.email}>",
    )


# =================================================================================================
# J  Harbour Light Foundation Norway (English-language NGO, en) – DPIA PDF and phone photos
# =================================================================================================

J_ORG = "Harbour Light Foundation Norway"
J_ORGNR = "924 610 387"
J_ADDR = "Kongens gate 41, 0153 Oslo"
J_CONTACT = Person(
    "Daniel Haugen",
    "Programme & Data Protection Coordinator",
    "+47 21 93 44 16 / +47 412 85 067",
    "daniel.haugen@harbourlight.no",
)
J_DIRECTOR = Person(
    "Amara Okafor",
    "Country Director",
    "+47 21 93 44 10 / +47 467 20 913",
    "amara.okafor@harbourlight.no",
)
J_DPO = Person(
    "Sophie van Dijk",
    "Data Protection Officer, Harbour Light International (Amsterdam)",
    "+31 20 794 5521",
    "sophie.vandijk@harbourlight.org",
)
J_PROC = {
    "biometric": (
        "CaseBridge Ltd, 22 Fitzwilliam Place, Dublin 2",
        Person(
            "Ciarán Walsh", "Client Services Lead", "+353 1 443 8290", "ciaran.walsh@casebridge.ie"
        ),
    ),
    "cash": (
        "Kontantkort Norge AS, org.nr. 919 447 025",
        Person(
            "Marius Bergli",
            "Key Account Manager",
            "+47 22 81 70 35",
            "marius.bergli@kontantkort.no",
        ),
    ),
}


def j_signature(p: Person = J_CONTACT) -> str:
    return "\n" + kit.txt(f"""
        Kind regards,

        {p.name}
        {p.title}
        {J_ORG} | {J_ADDR}
        Tel. {p.phone}
        {p.email} | harbourlight.no

        Harbour Light supports survivors of trafficking and exploitation. If you received this e-mail in error, please delete it and let us know.
        """)


def j_dpia_pdf(
    t: Topic,
    *,
    dpo: str = "full",
    s34: str | None = None,
    s5: str | None = None,
    version: str = "1.4",
    date: str = "2 November 2026",
) -> bytes:
    pname, pc = J_PROC[t.key]
    dpo_text = (
        f"Data Protection Officer: {J_DPO.name}, {J_DPO.title}, tel. {J_DPO.phone}, e-mail {J_DPO.email}"
        if dpo == "full"
        else dpo
    )
    m = [
        f"# Data Protection Impact Assessment: {t.title}",
        f"~ {J_ORG} (org. no. {J_ORGNR})\nVersion {version} – {date} – Confidential",
        "# Section 1 – Contact details",
        f"~ Controller: {J_ORG}, {J_ADDR}\nContact person: {J_CONTACT.name}, {J_CONTACT.title}, tel. {J_CONTACT.phone}, e-mail {J_CONTACT.email}\n{dpo_text}\nProcessor: {pname}; contact {pc.name}, {pc.title}, tel. {pc.phone}, e-mail {pc.email}",
        "# Section 2 – Systematic description of the processing",
        f"## 2.1 Purpose\n{t.purpose}",
        f"## 2.2 Nature of the processing\n{t.nature}",
        f"## 2.3 Scope\n{t.scope}",
        f"## 2.4 Context\n{t.context}",
        f"## 2.5 Data and data subjects\n{t.data} Data subjects: {t.subjects}",
        f"## 2.6 Sources and recipients\nSources: {t.sources} Recipients: {t.recipients}",
        f"## 2.7 Retention, security and responsibilities\n{t.retention} {t.security} {t.roles}",
        f"## 2.8 What makes the risk high\n{t.high_risk}",
    ]
    if s34 is None:
        m += [
            "# Section 3 – Necessity and proportionality",
            t.necessity,
            t.proportionality,
            f"Alternatives considered: {t.alternatives}",
            "Safeguards:",
            bullets(t.safeguards),
            f"Data subject rights: {t.rights}",
            "# Section 4 – Risks to the rights and freedoms of data subjects",
            "| Risk | Likelihood | Severity | Mitigation in place | Residual |\n"
            + "\n".join(
                f"| {r.risk} | {lvl(t, r.likelihood)} | {lvl(t, r.consequence)} | {r.measure} | {lvl(t, r.residual)} |"
                for r in t.risks
            ),
            "Mitigations considered but not adopted:",
            bullets([f"{a} – reason: {b}" for a, b in t.not_taken]),
            f"Overall: {t.residual}",
        ]
    else:
        m.append(s34)
    m.append("# Section 5 – Board validation")
    m.append(
        s5
        if s5 is not None
        else f"{t.findings} Stakeholders: {t.stakeholders} The Board reviewed the DPIA and its findings and approved it, together with the decision to request prior consultation with Datatilsynet. The signed Board resolution is attached as photographs."
    )
    return kit.to_pdf("\n\n".join(m), title=f"DPIA {t.short}")


def j_resolution_pages(t: Topic, date: str = "22 October 2026", item: str = "B-26/14") -> list[str]:
    return [
        f"{J_ORG}\nBOARD OF DIRECTORS – EXTRACT OF MINUTES\nMeeting of {date}, Oslo (hybrid)\n\nPresent: Ingrid Fossland (Chair), Tomasz Nowak, Grace Mensah, Erlend Vik, Amara Okafor (Country Director, secretary)\n\nItem {item}: Data Protection Impact Assessment – {t.short}\n\nThe Country Director presented the DPIA, the summary of findings and the input from stakeholders ({t.stakeholders[0].lower() + t.stakeholders[1:]}) The Board discussed the residual risk.\n\nPage 1 of 2",
        f"Item {item} (continued)\n\nResolution: The Board has reviewed the DPIA and its findings, approves the DPIA, and decides that the processing shall go ahead with the mitigations described. As residual risk remains high, the Board instructs the Country Director to request prior consultation with Datatilsynet.\n\nAdopted unanimously.\n\n----\nSIG: Ingrid Fossland\nIngrid Fossland, Chair\nSIG: Amara Okafor\nAmara Okafor, Country Director\n\nPage 2 of 2",
    ]


def risk_lines(t: Topic, risks: tuple[Risk, ...] | None = None) -> str:
    return "\n".join(
        f"- {r.risk} ({lvl(t, r.likelihood)}/{lvl(t, r.consequence)}): {r.measure}"
        for r in (risks or t.risks)
    )
