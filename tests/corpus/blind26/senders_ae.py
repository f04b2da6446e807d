# ruff: noqa: E501
"""Senders A–E: each builds a message from a topic and a few knobs for what a case leaves out."""

from __future__ import annotations

from email.message import EmailMessage

from kit import message, scan_image, to_docx, to_odt, to_pdf, to_xlsx, txt, when
from topics import T, lc

from docs import dpia

# --- A: Vestmar kommune (nb) ---------------------------------------------------------------

A_FROM = "Hilde Rognstad <hilde.rognstad@vestmar.kommune.no>"
A_SIG = txt("""
    Med vennlig hilsen

    Hilde Rognstad
    spesialrådgiver informasjonssikkerhet og personvern
    Vestmar kommune, Stab digitalisering
    Tlf. 47 61 20 34
    www.vestmar.kommune.no
""")
A_HEADS = {
    "title": "Vurdering av personvernkonsekvenser (DPIA)",
    "sub": "Mal: Vestmar kommune, versjon 3.1. Utfylt av prosjektgruppen. Unntatt offentlighet, jf. offl. § 13.",
    "desc": "1 Beskrivelse av behandlingen",
    "nec": "2 Nødvendighet og forholdsmessighet",
    "risk": "3 Risikovurdering",
    "cols": "Risiko/Sannsynlighet/Konsekvens/Tiltak",
    "residual": "4 Restrisiko og konklusjon",
}
A_PROC = {
    "A1": (
        "Omsorgsteknikk Nord AS",
        "Org.nr. 921 604 338",
        "Havnegata 14, 8006 Bodø",
        "Stian Bergvoll",
        "Tlf: +47 75 50 12 90",
        "E-post: stian.bergvoll@omsorgsteknikk.no",
    ),
    "A2": (
        "Lærdata AS",
        "Org.nr. 918 227 064",
        "Kongens gate 9, 7011 Trondheim",
        "Marte Lund Aasen",
        "Mobil: 922 33 444",
        "E-post: marte.aasen@laerdata.no",
    ),
}


def a_contacts(topic: str, *, proc_person: bool = True, dpo_phone: bool = True) -> str:
    org, orgnr, addr, person, tlf, mail = A_PROC[topic]
    lines = [
        "Behandlingsansvarlig:",
        "Vestmar kommune",
        "Org.nr. 964 950 117",
        "Rådhusplassen 1, 8900 Vestmar",
        "Kontaktperson: Hilde Rognstad, spesialrådgiver",
        "Tlf: 47 61 20 34",
        "E-post: hilde.rognstad@vestmar.kommune.no",
        "",
        "Personvernombud (felles for Vestmar, Fjellbygd og Solstrand kommuner):",
        "Ingrid Sæther, Fjellbygd kommune",
    ]
    if dpo_phone:
        lines.append("Tlf: +47 75 12 80 41")
    lines += [
        "E-post: personvernombud@fjellbygd.kommune.no",
        "",
        "Databehandler:",
        org,
        orgnr,
        addr,
    ]
    if proc_person:
        lines += [f"Kontaktperson: {person}", tlf, mail]
    if topic == "A2":
        lines += [
            "",
            "Underdatabehandler (drift):",
            "Skolmoln Drift AB, Göteborg, Sverige",
            "Kontakt: Johan Ek, tlf. +46 31 701 22 40, johan.ek@skolmoln.se",
        ]
    return "\n".join(lines) + "\n"


def a_minutes(topic: str, sak: str) -> bytes:
    t = T[topic]
    return to_pdf(f"""
# Referat – kommunedirektørens ledermøte

Dato: 17.11.2026. Til stede: kommunedirektør Arvid Holm, kommunalsjef helse og omsorg Randi Flaten, kommunalsjef oppvekst Tor Eide, økonomisjef Lene Ask, HR-sjef Geir Moe. Fra stab: Hilde Rognstad (sak {sak}).

## Sak {sak}: DPIA – {t.title}

Rognstad presenterte vurderingen av personvernkonsekvenser, de viktigste funnene og risikobildet. Innspill fra hovedtillitsvalgte, eldrerådet/ungdomsrådet og personvernombudet var lagt fram skriftlig og er tatt inn i dokumentet. Ledergruppen behandlet saken også i møtet 3.11.2026.

Vedtak: Ledergruppen godkjenner vurderingen av personvernkonsekvenser. Restrisikoen vurderes som høy, og ledergruppen ønsker fortsatt å gjennomføre tiltaket. Kommunen ber Datatilsynet om forhåndsdrøftelse før oppstart.

Referent: Lene Ask
""")


def a_request(
    cid: str,
    topic: str,
    date: str,
    *,
    proc_person: bool = True,
    dpo_phone: bool = True,
    resend: bool = False,
) -> EmailMessage:
    t = T[topic]
    sak = "41/26" if topic == "A1" else "44/26"
    intro = (
        "Vi viser til telefonsamtale med saksbehandler og sender her anmodningen på nytt med riktig vedlegg.\n\n"
        if resend
        else ""
    )
    body = (
        txt(f"""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse etter personvernforordningen artikkel 36 – {lc(t.title)}
        """)
        + "\n"
        + intro
        + txt(f"""
        Vestmar kommune har gjennomført en vurdering av personvernkonsekvenser for {lc(t.title)}. Vurderingen viser høy restrisiko, og kommunen ber derfor om forhåndsdrøftelse. Vedlagt følger DPIA og referat fra behandlingen i kommunedirektørens ledergruppe.

        Kontaktinformasjon:
        """)
        + "\n"
        + a_contacts(topic, proc_person=proc_person, dpo_phone=dpo_phone)
        + "\n"
        + A_SIG
    )
    atts = [
        (f"DPIA_{topic}_Vestmar_kommune_v1.2.docx", to_docx(dpia(t, A_HEADS))),
        (f"Referat_ledermote_sak_{sak.replace('/', '-')}.pdf", a_minutes(topic, sak)),
    ]
    return message(
        cid, A_FROM, f"Anmodning om forhåndsdrøftelse – {t.title}", date, body, attachments=atts
    )


def a_breach(cid: str) -> EmailMessage:
    body = (
        txt("""
        Hei,

        Vestmar kommune melder med dette et avvik etter personvernforordningen artikkel 33. Meldingsskjemaet i Altinn var nede i morges, så vi sender på e-post og registrerer i Altinn så snart det virker.

        Hva skjedde: Tirsdag 24. november ble et brev med vedtak om helse- og omsorgstjenester sendt til feil mottaker i Digipost. Brevet inneholdt navn, fødselsdato og diagnose for én bruker. Mottakeren har bekreftet at brevet er slettet.

        Tiltak: Brukeren og verge er varslet. Rutinen for adressering i fagsystemet er gjennomgått.

        Kontaktperson: Hilde Rognstad, tlf. 47 61 20 34, hilde.rognstad@vestmar.kommune.no
        Personvernombud: Ingrid Sæther, tlf. +47 75 12 80 41, personvernombud@fjellbygd.kommune.no

        Vi sender ikke vedlegg, fordi brevet inneholder helseopplysninger.
    """)
        + "\n"
        + A_SIG
    )
    return message(
        cid, A_FROM, "Avviksmelding – brev sendt til feil mottaker", when(11, 25, 10, 2), body
    )


# --- B: Havbris Sjømat AS (nb) -------------------------------------------------------------

B_FROM = "Kjersti Nærland <kjersti.naerland@havbris.no>"
B_SIG = txt("""
    Vennlig hilsen
    Kjersti Nærland
    HR- og HMS-sjef
    Havbris Sjømat AS | Kaiveien 30 | 6570 Smøla
    tlf. 71543020 | mob. 48 11 20 93
""")
B_HEADS = {
    "title": "DPIA",
    "sub": "Havbris Sjømat AS – personvernkonsekvensvurdering. Utarbeidet av HR/HMS med bistand fra Advokatfirmaet Kvist & Berge AS.",
    "desc": "Hva skal vi gjøre, og hvordan",
    "nec": "Hvorfor dette er nødvendig",
    "risk": "Risiko for de ansatte",
    "cols": "Hva kan skje/Sannsynlighet/Konsekvens/Hva vi gjør",
    "residual": "Samlet vurdering",
}
B_PROC = {
    "B1": ("Tidsrom AS", "Per-Ivar Dahle", "tlf. 73821166", "per-ivar.dahle@tidsrom.no"),
    "B2": ("Visjonlab AS", "Nora Fiskum", "+47 930 12 554", "nora@visjonlab.no"),
}


def b_cover(topic: str, *, proc_row: bool = True) -> bytes:
    org, person, tlf, mail = B_PROC[topic]
    proc = (
        f"| Databehandler | {person} ({org}) | {tlf} | {mail} |"
        if proc_row
        else f"| Databehandler | {org}, org.nr. 921 456 789, Industriveien 4, 6517 Kristiansund | | |"
    )
    return to_docx(f"""
# Anmodning om forhåndsdrøftelse

Havbris Sjømat AS, org.nr. 987 112 530, ber om forhåndsdrøftelse for «{T[topic].title}». Vedlagt er DPIA og styreprotokoll.

| Rolle | Navn | Telefon | E-post |
| Kontaktperson | Kjersti Nærland, HR- og HMS-sjef | 48 11 20 93 | kjersti.naerland@havbris.no |
| Personvernombud | Advokat Eirik Berge, Kvist & Berge AS (ekstern) | 71 58 44 00 | eirik.berge@kvistberge.no |
{proc}

Smøla, 23. november 2026

Kjersti Nærland
""")


def b_protocol(topic: str, scanned: bool) -> tuple[str, bytes]:
    t = T[topic]
    text = f"""PROTOKOLL FRA STYREMØTE I HAVBRIS SJØMAT AS

Møtedato: 19. november 2026. Sted: Kaiveien 30, Smøla.
Til stede: Styreleder Hallgeir Brekke, styremedlemmene Anne Rø, Olav Strand og Maren Kvalvik (ansattevalgt). Daglig leder Jon Havik. Fra administrasjonen: HR- og HMS-sjef Kjersti Nærland.

Sak 27/2026 Personvernkonsekvensvurdering: {t.title}
HR- og HMS-sjef la fram DPIA med funn og risikovurdering. Saken var drøftet med tillitsvalgte i Fellesforbundet og NNN, og deres innspill var lagt ved saken. Styret diskuterte særlig restrisikoen.
Vedtak: Styret godkjenner DPIA. Restrisikoen er høy, og styret ber administrasjonen om å be Datatilsynet om forhåndsdrøftelse.

Hallgeir Brekke (sign.)   Anne Rø (sign.)   Olav Strand (sign.)   Maren Kvalvik (sign.)"""
    if scanned:
        return "Styreprotokoll_19112026.jpg", scan_image(text, "JPEG", 0.6)
    return "Styreprotokoll_19112026.pdf", to_pdf(text.replace("\n", "\n\n"))


def b_request(
    cid: str,
    topic: str,
    date: str,
    *,
    proc_row: bool = True,
    scanned: bool = False,
    approval_later: bool = False,
) -> EmailMessage:
    t = T[topic]
    if approval_later:
        body = txt(f"""
            Hei

            Vedlagt følger anmodning om forhåndsdrøftelse for {lc(t.title)}, med kontaktoversikt i følgebrevet og DPIA.

            DPIA-en skal behandles i styret 12. januar. Styreprotokollen ettersendes etter møtet.
        """)
    else:
        body = txt(f"""
            Hei

            Vedlagt følger anmodning om forhåndsdrøftelse for {lc(t.title)}, med følgebrev (kontaktpersoner står i tabellen der), DPIA og styreprotokoll.

            Ta gjerne kontakt om noe er uklart.
        """)
    atts = [("Følgebrev_forhåndsdrøftelse.docx", b_cover(topic, proc_row=proc_row))]
    atts.append((f"DPIA_{t.title.split()[0]}_Havbris.pdf", to_pdf(dpia(t, B_HEADS))))
    if not approval_later:
        atts.append(b_protocol(topic, scanned))
    return message(
        cid, B_FROM, f"Forhåndsdrøftelse – {t.title}", date, body + "\n" + B_SIG, attachments=atts
    )


def b_guidance(cid: str) -> EmailMessage:
    body = txt("""
        Hei

        Vi i Havbris Sjømat vurderer å bruke kroppskamera på vaktene som går runder på anlegget om natten. Vi har ikke gjort noen DPIA ennå og er usikre på om dette er lov i det hele tatt.

        Kan vi få et veiledningsmøte med dere i januar for å gå gjennom tankene våre før vi bestemmer oss? Vi kan komme til Oslo eller ta det på Teams.
    """)
    return message(
        cid,
        B_FROM,
        "Ønske om veiledningsmøte – kroppskamera",
        when(12, 7, 13, 40),
        body + "\n" + B_SIG,
    )


# --- C: Fjelltind Sparebank (nb) -----------------------------------------------------------

C_FROM = "Øystein Grøtte <oystein.grotte@fjelltindsparebank.no>"
C_SIG = txt("""
    Med vennlig hilsen
    Øystein Grøtte
    Compliance Officer
    Fjelltind Sparebank
    Direkte: (+47) 915 00 000
    Sentralbord: 61 20 40 00

    Denne e-posten kan inneholde konfidensiell informasjon. Er den kommet til feil mottaker, ber vi om at den slettes.
""")
C_HEADS = {
    "title": "Personvernkonsekvensvurdering",
    "sub": "Fjelltind Sparebank – intern klassifisering: Fortrolig. Dokumenteier: Compliance.",
    "desc": "Systematisk beskrivelse",
    "nec": "Nødvendighet og proporsjonalitet",
    "risk": "Risiko for kundenes rettigheter og friheter",
    "cols": "Trussel/Sannsynlighet/Konsekvens/Risikoreduserende tiltak",
    "residual": "Restrisiko",
}


def c_table(title: str, rows: list[tuple[str, str]]) -> str:
    return f"## {title}\n\n" + "\n".join(f"| {k} | {v} |" for k, v in rows) + "\n"


def c_contacts(topic: str, *, dpo_phone: bool = True, second_deferred: bool = False) -> bytes:
    parts = [
        "# Kontaktinformasjon\n",
        "Anmodning om forhåndsdrøftelse – Fjelltind Sparebank, org.nr. 937 885 104\n",
    ]
    parts.append(
        c_table(
            "Behandlingsansvarlig – kontaktperson",
            [
                ("Navn", "Øystein Grøtte"),
                ("Stilling", "Compliance Officer"),
                ("Telefon", "(+47) 915 00 000"),
                ("E-post", "oystein.grotte@fjelltindsparebank.no"),
            ],
        )
    )
    parts.append(
        c_table(
            "Personvernombud",
            [
                ("Navn", "Line Haugom"),
                ("Virksomhet", "Personvernkontoret Vest AS (eksternt ombud)"),
                ("Telefon", "+47 55 30 71 18" if dpo_phone else "–"),
                ("E-post", "line.haugom@pvkontoret.no"),
            ],
        )
    )
    if topic == "C1":
        parts.append(
            c_table(
                "Databehandler",
                [
                    ("Virksomhet", "Transakt Analyse AS, org.nr. 919 340 221"),
                    ("Kontaktperson", "Henrik Sollie"),
                    ("Telefon", "+47 22 33 44 55"),
                    ("E-post", "henrik.sollie@transakt.no"),
                ],
            )
        )
        parts.append(
            c_table(
                "Underdatabehandler",
                [
                    ("Virksomhet", "Nordsky Datasenter AS (hosting)"),
                    ("Kontaktperson", "Trine Vik"),
                    ("Telefon", "tlf. 22334455"),
                    ("E-post", "trine.vik@nordsky.no"),
                ],
            )
        )
    else:
        parts.append(
            c_table(
                "Databehandler 1 – stemmegjenkjenning",
                [
                    ("Virksomhet", "Talesikker AS, org.nr. 923 551 870"),
                    ("Kontaktperson", "Camilla Ravn"),
                    ("Telefon", "+47 934 40 212"),
                    ("E-post", "camilla.ravn@talesikker.no"),
                ],
            )
        )
        rows = [("Virksomhet", "Kundeflyt AS, org.nr. 915 008 642")]
        if second_deferred:
            rows.append(("Kontaktperson", "Kontaktinformasjon ettersendes"))
        else:
            rows += [
                ("Kontaktperson", "Ola Brenden"),
                ("Telefon", "+47 47 80 11 09"),
                ("E-post", "ola.brenden@kundeflyt.no"),
            ]
        parts.append(c_table("Databehandler 2 – telefoniplattform og opptak", rows))
    return to_docx("\n".join(parts))


def c_risk_xlsx(topic: str, wrong: bool) -> bytes:
    if wrong:
        rows = [
            ["ID", "Risiko", "S", "K", "Tiltak", "Eier"],
            ["K1", "Kortterminal mister nett i butikk", "3", "2", "4G-reserve", "IT drift"],
            [
                "K2",
                "Feil versjon av terminalprogramvare",
                "2",
                "3",
                "Sentral utrulling",
                "IT drift",
            ],
            ["K3", "Leverandør går konkurs", "1", "4", "Exit-plan", "Innkjøp"],
        ]
        return to_xlsx({"ROS kortterminaler 2025": rows})
    t = T[topic]
    score = {"Lav": "1", "Middels": "2", "Høy": "3", "Svært høy": "4"}
    rows = [["ID", "Trussel mot kundens rettigheter", "S (1-4)", "K (1-4)", "Tiltak", "Status"]]
    for i, (r, s, k, m) in enumerate(t.risks, 1):
        rows.append([f"P{i}", r, score[s], score[k], m, "Gjennomført"])
    rows.append(["P9", t.not_taken, "", "", "Vurdert, ikke gjennomført", "Avvist"])
    return to_xlsx({"Risikoregister": rows})


def c_board(topic: str) -> bytes:
    t = T[topic]
    return to_pdf(f"""
# Utdrag av styreprotokoll – Fjelltind Sparebank

Styremøte 24. november 2026. Sak 44/2026.

## {t.title} – personvernkonsekvensvurdering

Administrasjonen ved compliance presenterte DPIA, funn og risikoregister. Saken har vært behandlet av styrets risikoutvalg 10. november, og innspill fra kundepanelet, tillitsvalgte og personvernombudet er sammenstilt i vedlegg til saken.

Vedtak: Styret godkjenner DPIA og ber administrasjonen om å anmode Datatilsynet om forhåndsdrøftelse, siden restrisikoen vurderes som høy.

Rett utskrift bekreftes: Merete Skogstad, styresekretær
""")


def c_request(
    cid: str,
    topic: str,
    date: str,
    *,
    dpo_phone: bool = True,
    second_deferred: bool = False,
    wrong_risk: bool = False,
) -> EmailMessage:
    t = T[topic]
    body = txt(f"""
        Til Datatilsynet

        Fjelltind Sparebank anmoder om forhåndsdrøftelse etter GDPR art. 36 for {lc(t.title)}.

        Vedlagt:
        1. Kontaktinformasjon
        2. Personvernkonsekvensvurdering
        3. Risikoregister
        4. Utdrag av styreprotokoll, sak 44/2026
    """)
    over = {"risk": "Se vedlagt risikoregister."}
    atts = [
        (
            "1_Kontaktinformasjon.docx",
            c_contacts(topic, dpo_phone=dpo_phone, second_deferred=second_deferred),
        ),
        ("2_DPIA_Fjelltind_Sparebank.docx", to_docx(dpia(t, C_HEADS, over))),
        ("3_Risikoregister.xlsx", c_risk_xlsx(topic, wrong_risk)),
        ("4_Styreprotokoll_sak_44-2026.pdf", c_board(topic)),
    ]
    return message(
        cid,
        C_FROM,
        f"Anmodning om forhåndsdrøftelse – {t.title}",
        date,
        body + "\n" + C_SIG,
        attachments=atts,
    )


# --- D: Lindqvist Logistics Norge AS (en) --------------------------------------------------

D_FROM = "Anders Wikström <anders.wikstrom@lindqvistlogistics.com>"
D_HEADS = {
    "title": "Data Protection Impact Assessment",
    "sub": "Lindqvist Logistics Norge AS. Template: Lindqvist Group DPIA v4 (Group Privacy Office, Gothenburg).",
    "desc": "1. Description of the processing",
    "nec": "2. Necessity and proportionality",
    "risk": "3. Risks to the rights and freedoms of data subjects",
    "cols": "Risk/Likelihood/Severity/Mitigation",
    "residual": "4. Residual risk",
}
D_PROC = {
    "D1": ("Fleetwise GmbH (Hamburg)", "Katrin Vogel", "+49 40 3861 2275", "k.vogel@fleetwise.de"),
    "D2": (
        "Lagerlogik AB (Göteborg)",
        "Emil Sandberg",
        "+46 31 12 84 90",
        "emil.sandberg@lagerlogik.se",
    ),
}


def d_rows(topic: str, switchboard: bool) -> list[tuple[str, str, str, str]]:
    org, person, tel, mail = D_PROC[topic]
    contact_tel = "via switchboard +47 64 80 50 00" if switchboard else "+47 41 22 90 17"
    return [
        (
            "Contact person (controller)",
            "Anders Wikström, HSEQ Manager Norway",
            contact_tel,
            "anders.wikstrom@lindqvistlogistics.com",
        ),
        (
            "Data Protection Officer (Group)",
            "Sofia Lindahl, Lindqvist Group AB",
            "+46 31 760 45 12",
            "dpo@lindqvistlogistics.com",
        ),
        ("Processor", f"{person}, {org}", tel, mail),
    ]


def d_request(
    cid: str, topic: str, date: str, *, switchboard: bool = False, later: bool = False
) -> EmailMessage:
    t = T[topic]
    rows = d_rows(topic, switchboard)
    intro = f"Dear Sir or Madam,\n\nLindqvist Logistics Norge AS (org. no. 996 420 118) hereby requests prior consultation under Article 36 GDPR regarding: {t.title}.\n\nAttached are the DPIA and the minutes of the management review. Contacts:\n"
    later_txt = (
        "\n\nPlease note that the DPIA has not yet been approved by management. It will be presented to the Norway management team on 15 January and we will send the minutes afterwards.\n"
        if later
        else ""
    )
    end = "\n\nKind regards\nAnders Wikström\nHSEQ Manager Norway\nLindqvist Logistics Norge AS, Bergerveien 2, 1396 Billingstad\n"
    plain_rows = "\n".join(f"{r[0]}: {r[1]}, {r[2]}, {r[3]}" for r in rows)
    html_rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    html = (
        '<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">'
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in intro.split("\n\n"))
        + '<table border="1" cellpadding="3"><tr><th>Role</th><th>Name</th><th>Phone</th><th>E-mail</th></tr>'
        + html_rows
        + "</table>"
        + "".join(
            f"<p>{p.replace(chr(10), '<br>')}</p>" for p in (later_txt + end).strip().split("\n\n")
        )
        + "</body></html>"
    )
    atts = [(f"DPIA_{topic}_LLN_final.docx", to_docx(dpia(t, D_HEADS)))]
    if not later:
        atts.append(("Management_review_minutes_2026-11-18.pdf", d_minutes(topic)))
    return message(
        cid,
        D_FROM,
        f"Request for prior consultation – {t.title}",
        date,
        intro + "\n" + plain_rows + later_txt + end,
        html,
        atts,
    )


def d_minutes(topic: str) -> bytes:
    t = T[topic]
    return to_pdf(f"""
# Minutes – Management Review, Lindqvist Logistics Norge AS

18 November 2026, Billingstad. Present: Managing Director Petter Ødegård, CFO Maria Lunde, Operations Director Rune Tangen, HSEQ Manager Anders Wikström. Group DPO Sofia Lindahl by video.

## Item 6: DPIA – {t.title}

The HSEQ Manager summarised the DPIA and its findings. Input from the union representatives (Norsk Transportarbeiderforbund) and from the works council was presented; two of their points were adopted as measures. The management team discussed the residual risk, which remains high.

Decision: The management team approves the DPIA and decides to request prior consultation with Datatilsynet before roll-out.

Minutes taken by Maria Lunde.
""")


def d_question(cid: str) -> EmailMessage:
    body = txt("""
        Dear Datatilsynet,

        We are a Norwegian subsidiary of a Swedish group. Our parent is planning a group-wide roll-out of in-cab cameras and has its main establishment in Sweden. Our DPIA is still in draft.

        Could you tell us whether we should send a prior consultation to you or whether IMY in Sweden would handle it as lead authority? And do we need to wait for the final DPIA before asking?

        Kind regards
        Anders Wikström
        HSEQ Manager Norway, Lindqvist Logistics Norge AS
        +47 41 22 90 17
    """)
    return message(
        cid, D_FROM, "Question: which authority for prior consultation?", when(12, 1, 8, 55), body
    )


# --- E: Vestfjord fylkeskommune (nn) -------------------------------------------------------

E_FROM = "Sigrid Nesbø <sigrid.nesbo@vestfjordfk.no>"
E_HEADS = {
    "title": "Vurdering av personvernkonsekvensar",
    "sub": "Vestfjord fylkeskommune, Opplæring og kompetanse. Utarbeidd av prosjektgruppa med personvernombodet som rådgjevar.",
    "desc": "Skildring av handsaminga",
    "nec": "Er handsaminga naudsynt og forholdsmessig?",
    "risk": "Risiko for elevane sine rettar og fridomar",
    "cols": "Kva kan skje/Sannsyn/Konsekvens/Tiltak",
    "residual": "Konklusjon",
}
E_SUPPLIER = {
    "E1": (
        "Eksamenskontroll AS",
        "Bjørn Håland",
        "55 90 21 40",
        "bjorn.haland@eksamenskontroll.no",
    ),
    "E2": ("Skulesys AS", "Randi Myklebust", "+47 57 82 33 10", "randi@skulesys.no"),
}


def e_appendix(topic: str) -> str:
    org, person, tel, mail = E_SUPPLIER[topic]
    return f"## Vedlegg: Leverandøroversikt\n\n| Leverandør | Rolle | Kontaktperson | Telefon | E-post |\n| {org} | Databehandlar | {person} | {tel} | {mail} |\n"


def e_request(
    cid: str,
    topic: str,
    date: str,
    *,
    contact_phone: bool = True,
    approval: str = "ok",
    odt: bool = False,
) -> EmailMessage:
    t = T[topic]
    phone = "tlf. 57 65 43 21 eller mobil 951 22 306, " if contact_phone else ""
    appr = {
        "ok": "Fylkesdirektøren si leiargruppe har handsama og godkjent DPIA-en, sjå vedlagt protokoll.",
        "later": "Leiargruppa har ikkje handsama DPIA-en enno. Vi ettersender protokollen når det er gjort.",
    }[approval]
    body = txt(f"""
        Hei

        Vestfjord fylkeskommune ber med dette om førehandsdrøfting etter personvernforordninga artikkel 36 for {lc(t.title)}. Vurderinga av personvernkonsekvensar ligg ved.

        Kontaktperson for saka er rådgjevar Sigrid Nesbø, {phone}e-post sigrid.nesbo@vestfjordfk.no. Personvernombodet vårt er felles med Nordfjell fylkeskommune og er Ivar Tveit, som nåast på 57 63 80 00 / 404 71 229 og ivar.tveit@nordfjellfk.no. Kontaktinformasjon til leverandøren står i leverandøroversikta bak i DPIA-en.

        {appr}

        Helsing
        Sigrid Nesbø
        rådgjevar, Opplæring og kompetanse
        Vestfjord fylkeskommune
    """)
    doc = dpia(t, E_HEADS, extra=e_appendix(topic))
    atts = [
        (f"DPIA_{topic}_Vestfjord.odt", to_odt(doc))
        if odt
        else (f"DPIA_{topic}_Vestfjord.docx", to_docx(doc))
    ]
    if approval == "ok":
        atts.append(("Protokoll_leiargruppa_2026-11-16.pdf", e_protocol(topic)))
    return message(cid, E_FROM, f"Førehandsdrøfting – {t.title}", date, body, attachments=atts)


def e_protocol(topic: str) -> bytes:
    t = T[topic]
    return to_pdf(f"""
# Protokoll frå møte i leiargruppa til fylkesdirektøren

Møtedato: 16.11.2026. Til stades: fylkesdirektør Oddny Fure, fylkesdirektør for opplæring Kjell Rygg, økonomidirektør Terje Sande, organisasjonsdirektør Eli Nygard.

## Sak 88/26 DPIA – {t.title}

Rådgjevar Sigrid Nesbø la fram vurderinga, funna og risikobiletet. Elevrådsleiarane, Elevorganisasjonen og hovudtillitsvalde for lærarane har gitt innspel, som er samanstilte i saksframlegget. Personvernombodet si fråsegn låg ved.

Vedtak: Leiargruppa godkjenner vurderinga av personvernkonsekvensar. Restrisikoen er høg. Fylkeskommunen ber Datatilsynet om førehandsdrøfting.
""")


def e_question(cid: str) -> EmailMessage:
    body = txt("""
        Hei

        Vi har planar om å bruke talegjenkjenning til å transkribere opptak frå klassemøte i vidaregåande skule. Vi lurer på om dette er noko som krev førehandsdrøfting med dykk, eller om det held at vi gjer ein DPIA sjølve.

        Vi har ikkje byrja på DPIA-en enno. Kan de gje oss eit svar på kva de meiner?

        Helsing
        Sigrid Nesbø
        rådgjevar, Vestfjord fylkeskommune
        tlf. 57 65 43 21
    """)
    return message(
        cid, E_FROM, "Spørsmål om førehandsdrøfting – talegjenkjenning", when(11, 19, 14, 12), body
    )
