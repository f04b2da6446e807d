# ruff: noqa: E501  (prose and table rows of the senders' documents)
"""The ten fictional senders of blind12: people, signatures and each sender's own document habits.

Every organisation, person, phone number, e-mail address and org number is invented. A builder
takes a Topic and knobs for what a case leaves out (``gap``: part -> how it is missing) and for how
part 1 is defective (``p1``); the case decides the label, the builder only renders.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import (
    message,
    quoted,
    scan_image,
    scan_pdf,
    to_docx,
    to_html,
    to_odt,
    to_pdf,
    to_xlsx,
    txt,
)
from topics import Topic

Gap = dict[int, str]


def bl(items: tuple[str, ...]) -> str:
    return "\n".join("- " + s for s in items)


def risk_table(t: Topic, head: str) -> str:
    return head + "\n" + "\n".join(f"| {r} | {s} | {k} | {m} |" for r, s, k, m in t.risks)


# --- A: Stiftelsen Kystarven (museum foundation) ---------------------------------------------

A_FROM = "Sigrid Hovland <sigrid.hovland@kystarven.no>"
A_SIG = txt(
    """
    Vennlig hilsen
    Sigrid Hovland
    samlingsleder | Stiftelsen Kystarven
    Brygga 3, 6507 Kristiansund
    """
)


def a_label_lines(p1: str = "") -> str:
    dpo_phone = "" if p1 == "dpo_nophone" else "Telefon: 915 40 263\n"
    return txt(
        f"""
        Behandlingsansvarlig: Stiftelsen Kystarven
        Org.nr.: 981 447 302
        Adresse: Brygga 3, 6507 Kristiansund

        Kontaktperson: Sigrid Hovland, samlingsleder
        Telefon: 71 58 20 14
        E-post: sigrid.hovland@kystarven.no

        Personvernombud: Håkon Strand (Museumsforbundets personvernombudtjeneste)
        {dpo_phone}E-post: hakon.strand@museumsforbundet.no
        """
    )


A_PROC = {
    "A1": (
        "Romtell AS",
        "917 226 544",
        "Industriveien 8, 7080 Heimdal",
        "Ine Brekke",
        "73 82 11 90",
        "ine.brekke@romtell.no",
    ),
    "A2": (
        "Arkivdata Vest AS",
        "922 118 003",
        "Kanalveien 60, 5068 Bergen",
        "Per Ove Lunde",
        "55 31 44 02",
        "pol@arkivdatavest.no",
    ),
}


def a_report(t: Topic, key: str, gap: Gap) -> bytes:
    """One continuous report; the substance is spread over chapters with the museum's own titles."""
    risk = risk_table(t, "| Hendelse | Sannsynlighet | Konsekvens | Tiltak |")
    ch_why = f"{t.need} {t.proportional}\n\nDette gjør vi for å ivareta de besøkende:\n\n" + bl(
        t.safeguards
    )
    if gap.get(3) == "heading":
        ch_why = "(Kapittelet skrives ferdig etter møte med arkivgiverne.)"
    ch_risk = f"{risk}\n\nTiltak vi har vurdert, men ikke satt i verk: {t.not_done}"
    if gap.get(4) == "later":
        ch_risk = "Risikovurderingen gjennomføres i januar sammen med leverandøren."
    decision = (
        "Rapporten ble lagt fram for styret 4. november 2026 (sak 41/26). Styret sluttet seg til "
        "vurderingen og restrisikoen, og ba direktøren be om forhåndsdrøftelse."
    )
    if gap.get(5) == "later":
        decision = "Rapporten skal behandles av styret i møtet 14. januar 2027."
    return to_pdf(
        f"""
        # Rapport: {t.title}

        Stiftelsen Kystarven – intern rapport om personvernkonsekvenser, versjon 1.2

        # 1 Bakgrunn

        {t.what}

        # 2 Slik gjør vi det

        {t.scope}

        {t.flow}

        # 3 Hvorfor vi trenger dette

        {ch_why}

        # 4 Hva kan gå galt

        {ch_risk}

        # 5 Beslutning

        {decision}
        """
    )


def a_processor_xlsx(key: str) -> bytes:
    n, org, adr, person, tel, mail = A_PROC[key]
    return to_xlsx(
        {
            "Leverandører": [
                ["Leverandør", "Org.nr.", "Adresse", "Kontakt", "Telefon", "E-post"],
                [n, org, adr, person, tel, mail],
            ]
        }
    )


def a_protocol(t: Topic) -> bytes:
    return to_pdf(
        f"""
        # Protokoll fra styremøte i Stiftelsen Kystarven

        ~ Dato: 4. november 2026, kl. 12.00
        ~ Sted: Brygga 3, møterom Loftet
        ~ Til stede: Randi Kvalvik (leder), Tor Egil Aune, Mona Sæter, Eirik Hamnes
        ~ Fra administrasjonen: direktør Liv Tangen, samlingsleder Sigrid Hovland

        Sak 40/26 Regnskap per 3. kvartal. Tatt til orientering.

        Sak 41/26 Personvernkonsekvenser – {t.title}. Styret har gått gjennom rapporten, funnene
        og innspillene fra personvernombudet og de ansattes representant. Vedtak: Styret godkjenner
        vurderingen og aksepterer restrisikoen som er beskrevet. Direktøren ber Datatilsynet om
        forhåndsdrøftelse.

        Sak 42/26 Eventuelt. Ingen saker.

        Protokollen er godkjent elektronisk av alle styremedlemmene.
        """
    )


# --- B: Broen Humanitær (humanitarian NGO) ---------------------------------------------------

B_FROM = "Jonas Mehari <jonas.mehari@broenhumanitaer.no>"
B_SIG = txt(
    """
    Jonas Mehari
    Seniorrådgiver, program Norge
    Broen Humanitær
    Sentralbord: 22 90 41 00 | Mobil: 468 31 207 | Vakttelefon utdeling: 468 31 999
    jonas.mehari@broenhumanitaer.no | www.broenhumanitaer.no
    Gi en gave: Vipps 51020

    Denne e-posten kan inneholde fortrolig informasjon. Har du mottatt den ved en feil, ber vi
    deg slette den og gi beskjed til avsender. Broen Humanitær er en ideell stiftelse.
    """
)
B_PROC = {
    "B1": "Databehandler er Kodehjelp AS ved Ida Rønning, tlf. 930 14 552, ida@kodehjelp.no.",
    "B2": "Databehandlere: Nordchat AS ved Olav Nesse, tlf. 400 71 318, olav.nesse@nordchat.no, og "
    "Lingvo GmbH ved Anna Keller, tlf. +49 30 5557 1280, anna.keller@lingvo.de.",
}


def b_body(t: Topic, key: str, gap: Gap, p1: str = "") -> str:
    dpo = (
        "Personvernombud: Marte Eide, tlf. 22 90 41 17, personvernombud@broenhumanitaer.no."
        if p1 != "dpo_nomail"
        else "Personvernombud: Marte Eide, tlf. 22 90 41 17."
    )
    hvorfor = f"{t.need} {t.proportional}\n\nSlik ivaretar vi mottakerne:\n\n{bl(t.safeguards)}"
    if gap.get(3) == "later":
        hvorfor = "Vurderingen av nødvendighet og forholdsmessighet ettersendes."
    risk = "\n".join(
        f"- {r} – sannsynlighet {s.lower()}, konsekvens {k.lower()}. Det vi gjør: {m}."
        for r, s, k, m in t.risks
    )
    beslutning = (
        "Generalsekretær Hilde Aas godkjente vurderingen i e-post 10. november (se nedenfor i "
        "tråden), etter at den var lagt fram for ledergruppen og frivilligrådet."
    )
    if gap.get(5) == "not":
        beslutning = (
            "Vurderingen er ikke behandlet av ledelsen ennå. Vi sender den likevel nå for å "
            "komme i gang."
        )
    return (
        f"Hei,\n\nBroen Humanitær ber om forhåndsdrøftelse for «{t.title}».\n\n"
        f"Kontakt: undertegnede (se signatur). {dpo} {B_PROC[key]}\n\n"
        f"BAKGRUNN\n{t.what}\n\n{t.scope}\n\n{t.flow}\n\n"
        f"HVORFOR VI TRENGER DETTE\n{hvorfor}\n\n"
        f"HVA KAN GÅ GALT\n{risk}\n\nVurdert, men ikke gjort: {t.not_done}\n\n"
        f"BESLUTNING\n{beslutning}\n\n"
    )


def b_thread(t: Topic, approve: bool = True) -> str:
    first = txt(
        f"""
        Fra: Jonas Mehari
        Sendt: mandag 9. november 2026 15:02
        Til: Hilde Aas
        Emne: DPIA {t.title} – til godkjenning

        Hei Hilde, vedlagt endelig versjon etter ledergruppen og frivilligrådet. Kan du gi
        skriftlig godkjenning så vi kan sende til Datatilsynet?

        Jonas
        """
    )
    if not approve:
        return quoted(first)
    reply = txt(
        """
        Fra: Hilde Aas
        Sendt: tirsdag 10. november 2026 08:41
        Til: Jonas Mehari
        Emne: SV: DPIA – til godkjenning

        Takk. Jeg har lest vurderingen og funnene, og innspillene fra frivilligrådet er tatt inn.
        Jeg godkjenner DPIA-en og at vi ber om forhåndsdrøftelse.

        Hilde Aas
        generalsekretær
        """
    )
    return quoted(reply + "\n" + quoted(first))


# --- C: Solsikken Barnehager AS (kindergarten chain) -----------------------------------------

C_FROM = "Kristin Lie <kristin.lie@solsikken.no>"
C_SIG = "Mvh\nKristin Lie\nFagsjef, Solsikken Barnehager AS\nM: 482 20 117\n"
C_PROC = {
    "C1": ("Kidsly ApS", "Mads Holm", "+45 31 22 80 14", "mads.holm@kidsly.dk"),
    "C2": ("Pedasoft AS", "Gunn Riis", "41 52 63 74", "gunn.riis@pedasoft.no"),
}


def c_contacts(key: str, p1: str = "") -> bytes:
    n, person, tel, mail = C_PROC[key]
    proc = f"| Databehandler | {n} | {person} | {tel} | {mail} |"
    if p1 == "proc_elsewhere":
        proc = f"| Databehandler | {n} | se avtalen | | |"
    return to_docx(
        f"""
        # Kontaktopplysninger

        | Rolle | Virksomhet | Navn | Telefon | E-post |
        | Kontaktperson | Solsikken Barnehager AS | Kristin Lie | 482 20 117 | kristin.lie@solsikken.no |
        | Personvernombud | Solsikken Barnehager AS | Trond Vik | 482 20 190 | trond.vik@solsikken.no |
        {proc}
        """
    )


def c_description(t: Topic) -> bytes:
    return to_docx(
        f"""
        # Om løsningen

        {t.what}

        ## Hvem og hva

        {t.scope}

        ## Hvor går opplysningene

        {t.flow}
        """
    )


def c_need(t: Topic) -> bytes:
    return to_docx(
        f"""
        # Er dette nødvendig – og står det i forhold til ulempene?

        {t.need}

        {t.proportional}

        ## Garantier for barn og foreldre

        {bl(t.safeguards)}
        """
    )


def c_risk(t: Topic) -> bytes:
    rows = [
        [
            "Nr",
            "Risiko for barn/foreldre",
            "Sannsynlighet (1-4)",
            "Konsekvens (1-4)",
            "Risiko",
            "Tiltak",
            "Status",
        ]
    ]
    score = {"Lav": "1", "Middels": "2", "Høy": "3", "Svært høy": "4"}
    for i, (r, s, k, m) in enumerate(t.risks, 1):
        rows.append(
            [str(i), r, score[s], score[k], str(int(score[s]) * int(score[k])), m, "Gjennomført"]
        )
    rows.append(
        [
            str(len(t.risks) + 1),
            "Tiltak vurdert men ikke gjort",
            "",
            "",
            "",
            t.not_done,
            "Ikke gjennomført",
        ]
    )
    return to_xlsx({"Risikovurdering": rows})


def c_signoff(t: Topic, date: str) -> bytes:
    return to_pdf(
        f"""
        # Godkjenning av personvernkonsekvensvurdering

        Vurdering: {t.title}

        Vurderingen er presentert for ledergruppen {date}. Foreldrerådenes arbeidsutvalg og
        tillitsvalgte har gitt innspill, som er tatt inn i risikovurderingen. Ledergruppen
        godkjenner vurderingen og beslutter å be om forhåndsdrøftelse.

        | Godkjent av | Rolle | Dato | Signatur |
        | Elin Sandberg | Administrerende direktør | {date} | E. Sandberg (e-signert) |
        | Trond Vik | Personvernombud (rådgivende) | {date} | T. Vik (e-signert) |
        """
    )


# --- D: Polar Wings AS (regional airline) ----------------------------------------------------

D_FROM = "Ruth Pedersen <ruth.pedersen@polarwings.no>"
D_SIG = txt(
    """
    Kind regards,
    Ruth Pedersen
    Compliance Manager | Polar Wings AS
    A member of Aurora Air Group Ltd
    Office +47 75 50 66 20 | Mobile +47 905 11 362
    Lufthavnveien 12, 8006 Bodø

    This email and any attachments are confidential and intended solely for the addressee.
    """
)
D_PROC = {
    "D1": (
        "Processor",
        "Somnia Analytics Ltd",
        "Dr. Niamh Walsh",
        "+353 1 555 0142",
        "n.walsh@somnia-analytics.ie",
    ),
    "D2": (
        "Processor",
        "Gatewise SAS",
        "Julien Marchand",
        "+33 4 72 55 01 90",
        "j.marchand@gatewise.fr",
    ),
}


def d_sheet(key: str, p1: str = "") -> bytes:
    proc = list(D_PROC[key])
    if p1 == "proc_nocontact":
        proc = [proc[0], proc[1], "", "", "privacy@" + proc[4].split("@")[1]]
    return to_xlsx(
        {
            "Contacts": [
                ["Role", "Organisation", "Name", "Phone", "Email"],
                [
                    "Contact person",
                    "Polar Wings AS",
                    "Ruth Pedersen",
                    "+47 905 11 362",
                    "ruth.pedersen@polarwings.no",
                ],
                [
                    "Data Protection Officer",
                    "Aurora Air Group Ltd (group DPO)",
                    "Graham Ellis",
                    "+44 113 496 0721",
                    "dpo@auroraairgroup.co.uk",
                ],
                proc,
            ]
        }
    )


def d_dpia(t: Topic, gap: Gap) -> bytes:
    reg = risk_table(t, "| Risk to individuals | Likelihood | Severity | Mitigation |")
    if gap.get(4) == "later":
        reg = "The risk register will follow once the vendor workshop has been held."
    signoff = (
        "Presented to the Polar Wings Safety Review Board on 3 November 2026 together with the "
        "comments of the crew unions and the group DPO. The Accountable Manager, Kjell Rasmussen, "
        "approved the assessment and the residual risk on 5 November 2026 (e-mail attached)."
    )
    return to_docx(
        f"""
        # DPIA – {t.title}

        ## Summary of findings

        Residual risk to crew and passengers remains high after the measures below; we therefore
        consult Datatilsynet before go-live. {signoff if gap.get(5) is None else ""}

        ## How it works

        {t.what}

        {t.scope}

        {t.flow}

        ## Why we need it and why this way

        {t.need} {t.proportional}

        {bl(t.safeguards)}

        ## Risk register

        {reg}

        Considered but not implemented: {t.not_done}
        """
    )


def d_am_mail(t: Topic) -> EmailMessage:
    return message(
        "dam",
        "Kjell Rasmussen <kjell.rasmussen@polarwings.no>",
        f"RE: DPIA sign-off – {t.title}",
        "Thu, 05 Nov 2026 16:12:00 +0100",
        txt(
            f"""
            Ruth,

            I have reviewed the DPIA for {t.title}, the findings and the feedback from the unions
            and the group DPO. I approve the assessment and accept the residual risk as described,
            and I agree that we request prior consultation with Datatilsynet.

            Kjell Rasmussen
            Accountable Manager, Polar Wings AS
            """
        ),
        to="ruth.pedersen@polarwings.no",
    )


# --- E: Straumøy Hamn IKS (port authority), nynorsk ------------------------------------------

E_FROM = "Ingrid Tveit <ingrid.tveit@straumoyhamn.no>"
E_SIG = txt(
    """
    Helsing
    Ingrid Tveit
    hamnesjef, Straumøy Hamn IKS
    Kaivegen 1, 6900 Florø
    Tlf. 57 74 31 00 (sentralbord), 57 74 31 05 (direkte), 952 08 441 (mobil)
    Hamnevakt (døgnope): 57 74 31 99
    """
)


def e_prose_contacts(key: str, p1: str = "") -> str:
    proc = (
        "Databehandlar er PortVision AS (org.nr. 919 332 607, Sjøgata 21, 8006 Bodø); kontakt der "
        "er Sindre Moe, tlf. 755 20 300, sindre.moe@portvision.no."
        if key == "E1"
        else "Hamna nyttar ingen databehandlar for denne løysinga."
    )
    return (
        "Kontaktperson for saka er hamnesjef Ingrid Tveit, som kan nåast på 952 08 441 eller "
        "ingrid.tveit@straumoyhamn.no. Personvernombodet vårt er Astrid Nygard i "
        "Kommunerevisjon Vest, tlf. 57 61 22 40, astrid.nygard@krvest.no. " + proc
    )


def e_dpia(t: Topic, gap: Gap, odt: bool = False) -> bytes:
    need = f"{t.need} {t.proportional}\n\n{bl(t.safeguards)}"
    if gap.get(3) == "not":
        need = "Vurderinga av naudsyn og proporsjonalitet er ikkje gjennomført."
    risk = risk_table(t, "| Kva kan skje | Sannsyn | Konsekvens | Tiltak |")
    about = f"""
        # Bakgrunn for tiltaket

        {t.what}

        # Korleis det verkar

        {t.scope}

        {t.flow}
        """
    if gap.get(2) == "elsewhere":
        about = "Sjå eige vedlegg om skildringa av handsaminga."
    markup = f"""
        # Personvernkonsekvensar: {t.title}

        {about}

        # Kvifor vi treng dette

        {need}

        # Kva kan gå gale

        {risk}

        Vurdert, men ikkje gjort: {t.not_done}
        """
    return to_odt(markup) if odt else to_docx(markup)


def e_protocol_scan(t: Topic) -> bytes:
    return scan_pdf(
        [
            f"""STRAUMØY HAMN IKS
PROTOKOLL FRÅ REPRESENTANTSKAPET
Møte 29. oktober 2026 i hamnehuset, Florø

Sak 14/26 Vurdering av personvernkonsekvensar – {t.title}
Hamnesjefen la fram vurderinga og funna. Innspel frå tillitsvald for hamnevaktene og frå
transportnæringa var vedlagde saka.
Vedtak (samrøystes): Representantskapet godkjenner vurderinga og restrisikoen. Hamnesjefen
ber Datatilsynet om førehandsdrøfting.

Sak 15/26 Budsjett 2027. Vedteke.

Rett utskrift: Lars Bø, leiar          Ingrid Tveit, sekretær"""
        ]
    )


# --- F: Trygg Hverdag Hjemmetjenester AS (private home care) ---------------------------------

F_FROM = "Nina Sørum <nina.sorum@trygghverdag.no>"
F_PROC = {
    "F1": ("SafeWalk AS", "Rune Holt", "924 00 318", "rune.holt@safewalk.no"),
    "F2": ("Omsorgsteknikk AS", "Vibeke Dahl", "33 44 21 09", "vibeke@omsorgsteknikk.no"),
}


def f_html(t: Topic, key: str, intro: str, p1: str = "") -> str:
    n, person, tel, mail = F_PROC[key]
    dpo = "| Personvernombud | Kjetil Ås (Advokatfirmaet Ås & Co) | 22 33 80 12 | ka@aasco.no |"
    if p1 == "dpo_nameonly":
        dpo = "| Personvernombud | Kjetil Ås (Advokatfirmaet Ås & Co) | | |"
    return to_html(
        f"""
        {intro}

        | Rolle | Navn | Telefon | E-post |
        | Kontaktperson | Nina Sørum, kvalitetsleder | 907 33 215 | nina.sorum@trygghverdag.no |
        {dpo}
        | Databehandler ({n}) | {person} | {tel} | {mail} |

        Med vennlig hilsen Nina Sørum, Trygg Hverdag Hjemmetjenester AS, Skøyen, Oslo
        """
    )


def f_dpia(t: Topic) -> bytes:
    rows = "\n".join(
        f"| {r} | {s} | {k} | {'Høy' if 'høy' in (s + k).lower() else 'Middels'} | {m} |"
        for r, s, k, m in t.risks
    )
    return to_pdf(
        f"""
        # Vurdering av personvernkonsekvenser (DPIA)

        Trygg Hverdag Hjemmetjenester AS – {t.title}

        # Hva skal vi gjøre?

        {t.what} {t.scope}

        {t.flow}

        # Hvorfor er det nødvendig, og finnes det mildere alternativer?

        {t.need} {t.proportional}

        {bl(t.safeguards)}

        # Risikobildet

        | Risiko for brukeren | Sannsynlighet | Konsekvens | Samlet | Tiltak |
        {rows}

        Ikke gjennomført: {t.not_done}
        """
    )


def f_signed_photo(t: Topic) -> bytes:
    return scan_image(
        f"""Trygg Hverdag Hjemmetjenester AS
Ledelsens gjennomgang av DPIA
Tema: {t.title}

DPIA-en ble presentert i ledermøtet 2. november 2026. Innspill fra brukerrådet og
pårørendeforeningen er vurdert og tatt inn. Ledelsen godkjenner vurderingen og
restrisikoen, og ber om forhåndsdrøftelse med Datatilsynet.

Oslo, 2. november 2026

Siri Holm (sign.)                    Anders Bakke (sign.)
daglig leder                          fagdirektør""",
        tilt=0.8,
    )


# --- G: Motorgruppen Agder AS (car dealerships) ----------------------------------------------

G_FROM = "Espen Foss <espen.foss@motorgruppen.no>"
G_SIG = txt(
    """
    Espen Foss
    IT- og personvernansvarlig
    Motorgruppen Agder AS | Org.nr. 912 604 555
    Sørlandsparken, Barstølveien 40, 4636 Kristiansand
    Direkte: 38 14 55 02 | Mobil: 977 40 818 | Sentralbord: 38 14 55 00 | Verksted: 38 14 55 50
    espen.foss@motorgruppen.no
    """
)
G_PROC = {
    "G1": "Databehandler: Datakjeden AS, org.nr. 998 112 640, Markens gate 9, 4611 Kristiansand. "
    "Kontakt: Hanne Lia, 38 07 12 00, hanne.lia@datakjeden.no.",
    "G2": "Databehandler: Kreditnor AS, org.nr. 915 887 120, Dronningens gate 5, 0152 Oslo. "
    "Kontakt: Petter Ulstein, 22 40 70 33, petter.ulstein@kreditnor.no.",
}


def g_pdf(t: Topic, key: str, gap: Gap, p1: str = "") -> bytes:
    proc = (
        G_PROC[key]
        if p1 != "proc_elsewhere"
        else (
            "Databehandler: " + G_PROC[key].split(":")[1].split(",")[0] + ". Kontaktpersoner hos "
            "leverandøren står i databehandleravtalen."
        )
    )
    need = f"{t.need} {t.proportional}\n\n{bl(t.safeguards)}"
    if gap.get(3) == "heading":
        need = ""
    risk = "\n".join(f"| {r} | {s} | {k} | {m} |" for r, s, k, m in t.risks)
    approval = (
        "Konsernledelsen behandlet vurderingen 9. november 2026. Se adm. direktørs godkjenning i "
        "vedlagt e-post."
    )
    if gap.get(5) == "later":
        approval = "Ledelsens godkjenning kommer."
    need_block = (
        f"# Trenger vi egentlig dette?\n\n{need}" if need else "# Trenger vi egentlig dette?"
    )
    return to_pdf(
        f"""
        # Motorgruppen Agder – personvernvurdering

        ~ Kontakt: Espen Foss, 977 40 818, espen.foss@motorgruppen.no
        ~ Personvernombud: Lise Grønli, 38 14 55 09, personvernombud@motorgruppen.no
        ~ {proc}

        # Hva skal vi gjøre?

        {t.what}

        {t.scope} {t.flow}

        {need_block}

        # Hva kan gå galt for kunden?

        | Hendelse | Sannsynlighet | Konsekvens | Tiltak |
        {risk}

        Vurdert, men ikke gjennomført: {t.not_done}

        # Hvem har godkjent?

        {approval}
        """
    )


def g_ceo_mail(t: Topic) -> EmailMessage:
    return message(
        "gceo",
        "Tore Mjåland <tore.mjaland@motorgruppen.no>",
        f"SV: Personvernvurdering {t.title}",
        "Mon, 09 Nov 2026 17:30:00 +0100",
        txt(
            f"""
            Espen,

            Vi gikk gjennom vurderingen i konsernledelsen i dag, inkludert funnene og det
            kundepanelet og verkstedklubben mente. Jeg godkjenner DPIA-en for «{t.title}» og at
            du sender den til Datatilsynet for forhåndsdrøftelse.

            Tore Mjåland
            adm. direktør
            """
        ),
        to="espen.foss@motorgruppen.no",
    )


# --- H: Kestrel Digital Norway AS (IT consulting) --------------------------------------------

H_FROM = "Morten Kvale <morten.kvale@kestreldigital.no>"
H_SIG = txt(
    """
    Morten Kvale | Head of Legal, Nordics
    Kestrel Digital Norway AS (a Kestrel Digital Inc. company)
    Tel +47 21 09 88 40 | Mob +47 934 56 172
    morten.kvale@kestreldigital.no
    """
)


def h_dpia(t: Topic, gap: Gap, proc: str) -> bytes:
    risk = risk_table(t, "| Risk | Likelihood | Impact | Controls |")
    if gap.get(4) == "heading":
        risk = ""
    minutes = (
        "Approved by the Nordic Leadership Team on 2 November 2026 (minutes item 6): the team "
        "reviewed the findings, the works council's written comments and the residual risk, and "
        "decided to proceed subject to prior consultation. Signed: Laura Chen, Managing Director."
    )
    if gap.get(5) == "later":
        minutes = "To be presented at the next board meeting (January 2027)."
    risk_block = f"## Risk assessment\n\n{risk}" if risk else "## Risk assessment"
    return to_docx(
        f"""
        # Data Protection Impact Assessment – {t.title}

        ## Summary of findings

        High residual risk remains for employees; prior consultation is required.

        ## Context and description

        {t.what} {t.scope}

        {t.flow} {proc}

        ## Necessity and proportionality

        {t.need} {t.proportional}

        {bl(t.safeguards)}

        {risk_block}

        ## Mitigations not adopted

        {t.not_done}

        ## Leadership review

        {minutes}
        """
    )


H_CONTACTS = txt(
    """
    Contact person: Morten Kvale, +47 934 56 172, morten.kvale@kestreldigital.no
    DPO: Siobhan Byrne (Kestrel EU DPO office, Dublin), +353 1 906 4410, dpo.eu@kestreldigital.com
    """
)
H_PROC = {
    "H1": "Processor: Tellmetry Inc. – contact Brian Olsen, +1 617 555 0190, "
    "b.olsen@tellmetry.com (EU rep. Tellmetry GmbH, Frankfurt).",
    "H2": "Processor: Microsoft Ireland Operations Ltd – contact via the enterprise account "
    "manager Aoife Kelly, +353 1 295 3826, aoife.kelly@microsoft.example.ie.",
}


# --- I: Lerret Kino AS (cinema chain) --------------------------------------------------------

I_FROM = "Camilla Brenna <camilla.brenna@lerretkino.no>"
I_PROC = {
    "I1": (
        "Visiq Oy",
        "FI-29870152",
        "Hämeenkatu 14, 33100 Tampere, Finland",
        "Mikko Laine",
        "+358 40 555 2816",
        "mikko.laine@visiq.fi",
    ),
    "I2": (
        "Salgskraft AS",
        "921 554 870",
        "Storgata 44, 0182 Oslo",
        "Terje Holm",
        "468 11 902",
        "terje.holm@salgskraft.no",
    ),
}


def i_letter(t: Topic, key: str, p1: str = "") -> bytes:
    n, org, adr, person, tel, mail = I_PROC[key]
    cp_phone = "" if p1 == "contact_nophone" else "23 10 55 40 / 971 22 684"
    return to_docx(
        f"""
        Lerret Kino AS
        Olav Vs gate 4, 0161 Oslo
        Org.nr. 987 220 145

        Datatilsynet
        Postboks 458 Sentrum
        0105 Oslo

        # Anmodning om forhåndsdrøftelse – {t.title}

        Vi viser til personvernforordningen artikkel 36 og ber om forhåndsdrøftelse. Vedlagt
        følger vår DPIA med ledelsens signaturer.

        ## Kontaktopplysninger

        | Behandlingsansvarlig | Lerret Kino AS |
        | Kontaktperson | Camilla Brenna, juridisk rådgiver |
        | Telefon | {cp_phone} |
        | E-post | camilla.brenna@lerretkino.no |
        | Personvernombud | Øyvind Lerum |
        | Telefon | 23 10 55 49 |
        | E-post | personvern@lerretkino.no |

        ## Databehandler

        | {n} |
        | Org.nr. {org} |
        | {adr} |
        | Kontaktperson: {person} |
        | Tlf. {tel} |
        | E-post {mail} |

        Med hilsen
        Camilla Brenna
        """
    )


def i_dpia(t: Topic, gap: Gap) -> bytes:
    need = f"{t.need} {t.proportional}\n\n{bl(t.safeguards)}"
    if gap.get(3) == "passing":
        need = "Vi mener behandlingen er nødvendig og forholdsmessig."
    risk = risk_table(t, "| Trussel | Sannsynlighet | Konsekvens | Tiltak |")
    if gap.get(4) == "passing":
        risk = "Risikoen er vurdert som akseptabel etter tiltakene."
    sign = (
        "Vurderingen er gjennomgått i ledergruppen 30. oktober 2026, med innspill fra "
        "kinosjefene og tillitsvalgte. Ledergruppen godkjenner vurderingen.\n\n"
        "| Navn | Stilling | Dato | Signatur |\n"
        "| Bjørn Sætre | Administrerende direktør | 30.10.2026 | Bjørn Sætre |\n"
        "| Øyvind Lerum | Personvernombud | 30.10.2026 | Øyvind Lerum |"
    )
    if gap.get(5) == "pending":
        sign = (
            "| Navn | Stilling | Dato | Signatur |\n"
            "| Bjørn Sætre | Administrerende direktør | | |\n"
            "| Øyvind Lerum | Personvernombud | | |"
        )
    return to_docx(
        f"""
        # {t.title}

        Lerret Kino AS – personvernkonsekvensvurdering

        # Formål og bakgrunn

        {t.what}

        # Omfang og dataflyt

        {t.scope}

        {t.flow}

        # Nødvendighet

        {need}

        # Risiko for publikum

        {risk}

        Tiltak som ikke er gjennomført: {t.not_done}

        # Signaturer

        {sign}
        """
    )


# --- J: Fjordsorg Gravferd AS (funeral services), nynorsk ------------------------------------

J_FROM = "Gunnhild Rysstad <gunnhild@fjordsorg.no>"
J_SIG = txt(
    """
    Venleg helsing
    Gunnhild Rysstad
    dagleg leiar, Fjordsorg Gravferd AS
    Telefon 56 52 18 00 (døgnvakt), mobil 913 47 205
    gunnhild@fjordsorg.no
    """
)
J_PROC = {
    "J1": "Databehandlar er Webgrav AS ved Arild Hus, tlf. 53 40 22 18, arild@webgrav.no.",
    "J2": "Databehandlar er Gravdata AS ved Siv Tangen, tlf. 71 22 09 30, siv.tangen@gravdata.no.",
}


def j_body(t: Topic, key: str, gap: Gap, p1: str = "", photo: bool = True) -> str:
    dpo = "Personvernombod er Eirik Sæle (Personvernkontoret AS), tlf. 55 30 12 88, eirik@pvk.no."
    cp = "Kontaktperson er eg, sjå signaturen."
    if p1 == "contact_nophone":
        cp = "Kontaktperson er Gunnhild Rysstad, gunnhild@fjordsorg.no."
    risk = "\n".join(
        f"- {r} (sannsyn {s.lower()}, konsekvens {k.lower()}): {m}." for r, s, k, m in t.risks
    )
    if gap.get(4) == "passing":
        risk = "Risikoen er drøfta i leiinga og vi meiner han er akseptabel."
    vedtak = (
        "Styret handsama vurderinga i styremøte 27. oktober 2026 (sak 9/26) etter innspel frå "
        "seremonileiarane og Den norske kyrkja lokalt, og godkjende ho og restrisikoen. "
        "Utdrag av styreprotokollen er lagt ved som bilete."
    )
    if not photo:
        vedtak = (
            "Frå styreprotokollen 27. oktober 2026, sak 9/26: «Dagleg leiar la fram vurderinga og "
            "funna, med innspel frå seremonileiarane og kyrkjeverja. Vedtak: Styret godkjenner "
            "vurderinga og restrisikoen, og ber dagleg leiar be Datatilsynet om "
            "førehandsdrøfting.»"
        )
    about = f"KVA VI VIL GJERE\n{t.what}\n\n{t.scope}\n\n{t.flow}\n\n"
    if gap.get(2) == "wrong":
        about = "Kva tenesta går ut på, står i vedlagt brosjyre.\n\n"
    return (
        f"Hei\n\nFjordsorg Gravferd AS ber om førehandsdrøfting av «{t.title}».\n\n"
        f"{cp} {dpo} {J_PROC[key]}\n\n"
        f"{about}"
        f"KVIFOR\n{t.need} {t.proportional}\n\n{bl(t.safeguards)}\n\n"
        f"KVA KAN GÅ GALE\n{risk}\n\nIkkje gjennomført: {t.not_done}\n\n"
        f"VEDTAK\n{vedtak}\n\n"
    )


def j_protocol_photo(t: Topic) -> bytes:
    return scan_image(
        f"""FJORDSORG GRAVFERD AS – STYREPROTOKOLL
Styremøte 27. oktober 2026, Stord

Sak 9/26 Personvernkonsekvensar: {t.title}
Dagleg leiar la fram vurderinga og funna. Innspel frå seremonileiarane og
kyrkjeverja var vedlagde.
Vedtak: Styret godkjenner vurderinga og restrisikoen, og ber dagleg leiar
be Datatilsynet om førehandsdrøfting.

Kåre Lid (styreleiar)     Solveig Hauge     Per Arne Vik"""
    )
