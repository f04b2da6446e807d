# ruff: noqa: E501
"""The ten senders of blind23 and the way each writes a request.

Every sender has one function ``mail_<letter>(cid, topic, k)`` that writes its request the way that
sender does: its own words, headings (or none), file format, where the contacts go and how the
approval looks. ``K`` holds what a case leaves out or gets wrong:

- ``p1``: ``dpo_no_phone``, ``dpo_name_only``, ``proc_no_contact``, ``contact_no_phone``
- ``p2``: ``thin`` (one sentence instead of a description)
- ``p3``: ``legal_only`` (necessity answered with the legal basis alone)
- ``p4``: ``measures_only`` (measures, no risks), ``not_attached`` (in a DPIA that is not sent),
  ``later`` (not finished)
- ``p5``: ``next_week`` (the leader will look at it), ``not_attached`` (said attached, is not),
  ``pending`` (on a future meeting's agenda)
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage

from kit import message, scan_image, scan_pdf, to_docx, to_odt, to_pdf, txt
from topics import T, Topic


@dataclass(frozen=True)
class K:
    date: str
    p1: str = ""
    p2: str = ""
    p3: str = ""
    p4: str = ""
    p5: str = ""
    resend: bool = False


def _desc(t: Topic, k: K) -> str:
    return t.thin if k.p2 == "thin" else t.desc + "\n\n" + t.scope


def _nec(t: Topic, k: K) -> str:
    return t.legal if k.p3 == "legal_only" else t.nec + "\n\n" + t.legal


def _risk_lines(t: Topic, k: K, joiner: str) -> str:
    """Risks as bullets 'risk – measure', or only the measures."""
    if k.p4 == "measures_only":
        return "\n".join("- " + m for _, m in t.risks)
    return "\n".join(f"- {r} {joiner} {m}" for r, m in t.risks) + "\n\n" + t.open


# --- A: Elvedal kommune (nb), everything in the plain mail body, prose, no headings ----------

A_SIG = """Med vennlig hilsen
Randi Sæterbakken
spesialrådgiver, kommunedirektørens stab
Elvedal kommune
Sentralbord 62 14 50 00 | www.elvedal.kommune.no"""


def mail_a(cid: str, key: str, k: K) -> EmailMessage:
    t = T[key]
    p = t.proc
    assert p is not None
    risk = (
        "Risikovurderingen med alle tiltakene står i DPIA-en, som ligger ved denne e-posten."
        if k.p4 == "not_attached"
        else "Det vi er mest bekymret for, og hva vi har gjort med det:\n\n"
        + _risk_lines(t, k, "Tiltak:")
    )
    again = (
        "Jeg sendte denne for to uker siden, men fikk feilmelding tilbake fra postmottaket deres, så jeg prøver igjen. "
        if k.resend
        else ""
    )
    heard = (
        "eldrerådet, brukerrådet og de tillitsvalgte"
        if key == "A1"
        else "elevrådene, FAU-lederne og de tillitsvalgte"
    )
    owner = "helse- og omsorgssjef" if key == "A1" else "oppvekstsjef"
    body = txt(f"""
        Hei,

        {again}Elvedal kommune ber om forhåndsdrøftelse for {t.title}. Vi har gjort en vurdering av personvernkonsekvenser og kommer ikke helt i mål med å få risikoen ned, så vi sender saken til dere slik veilederen på nettsiden deres sier.

        Jeg er kontaktperson for saken i kommunen. Du kan nå meg på 481 22 907 eller randi.saeterbakken@elvedal.kommune.no. Personvernombudet vårt er Tor Eivind Lia, som vi deler med Brekke og Nesvik kommuner. Han har telefon 907 33 120 og e-post tor.eivind.lia@elvedal.kommune.no. Leverandøren {p[0]} er databehandler, og der er det {p[1]} som følger opp oss ({p[2]}, {p[3]}).
        """)
    body += "\n" + _desc(t, k) + "\n\n" + _nec(t, k) + "\n\n" + risk + "\n\n"
    body += txt(f"""
        Kommunedirektørens ledergruppe behandlet DPIA-en i møtet 3. november (sak 58/26). Jeg limer inn fra referatet:

        «Ledergruppen har gått gjennom DPIA-en med funnene fra arbeidsgruppen og innspillene fra {heard}. Ledergruppen slutter seg til vurderingen og merker seg at risikoen fortsatt vurderes som høy etter tiltakene. Kommunedirektøren beslutter at tiltaket ønskes gjennomført, og at saken sendes Datatilsynet for forhåndsdrøftelse. Ansvar: {owner}.»

        Si fra hvis det er noe dere mangler.
        """)
    return message(
        cid,
        "Randi Sæterbakken <randi.saeterbakken@elvedal.kommune.no>",
        f"Forhåndsdrøftelse – {t.title}",
        k.date,
        body + "\n" + A_SIG + "\n",
    )


# --- B: Nordvik kommune, oppvekst (nn), short mail and one ODT with question headings --------


def _b_doc(t: Topic, k: K) -> str:
    p = t.proc
    assert p is not None
    if k.p5 == "next_week":
        app = "Kommunalsjefen for oppvekst har fått DPIA-en, men har ikkje rokke å gå gjennom han enno. Ho skal sjå på det neste veke, og vi ettersender godkjenninga då."
    else:
        app = "Kommunalsjef for oppvekst, Bente Øvrebø, gjekk gjennom DPIA-en saman med rektorane, helsesjukepleiarane og elevrådsrepresentantar 21. oktober. Funna vart lagde fram for kommunedirektøren si leiargruppe 28. oktober, som slutta seg til vurderinga og vedtok å be Datatilsynet om førehandsdrøfting. Referat frå leiargruppa, sak 44/26: «DPIA godkjend. Restrisiko høg. Saka blir send Datatilsynet.»"
    return f"""
# Førespurnad om førehandsdrøfting: {t.title}

Nordvik kommune, oppvekst

## Kven er vi?

- Kontaktperson: Solveig Midtbø, rådgjevar oppvekst, tlf. 951 42 806, solveig.midtbo@nordvik.kommune.no
- Personvernombod: Arne Kvåle, tlf. 414 90 237, personvernombod@nordvik.kommune.no
- Databehandlar: {p[0]}, kontakt {p[1]}, tlf. {p[2]}, {p[3]}

## Kva skal vi gjere?

{_desc(t, k)}

## Kvifor er det naudsynt?

{_nec(t, k)}

## Kva kan gå gale?

{_risk_lines(t, k, "Det gjer vi med det:")}

## Kven har godkjent?

{app}
"""


def mail_b(cid: str, key: str, k: K) -> EmailMessage:
    t = T[key]
    first = "Vi sender på nytt, no med godkjenninga frå leiinga. " if k.resend else ""
    body = txt(f"""
        Hei!

        {first}Vedlagt er førespurnaden vår om førehandsdrøfting for {t.title}. Alt står i dokumentet.

        Helsing
        Solveig Midtbø
        Nordvik kommune
        """)
    doc = to_odt(_b_doc(t, k))
    return message(
        cid,
        "Solveig Midtbø <solveig.midtbo@nordvik.kommune.no>",
        f"Førehandsdrøfting {t.title}",
        k.date,
        body,
        attachments=[("Forehandsdrofting.odt", doc)],
    )


# --- C: Klinikk Bjørkely AS (nb), contacts as a list in the mail, one PDF, approval photo ---


def _c_risk(t: Topic, k: K) -> str:
    if k.p4 == "measures_only":
        return "Vi har innført disse tiltakene:\n\n" + _risk_lines(t, k, "")
    rows = "\n".join(f"| {r} | {m} |" for r, m in t.risks)
    return f"| Hva kan skje | Hva vi gjør |\n{rows}\n\n{t.open}"


def mail_c(cid: str, key: str, k: K) -> EmailMessage:
    t = T[key]
    p = t.proc
    assert p is not None
    dpo = (
        "Henrik Lunde (Lunde Personvern AS), henrik@lundepersonvern.no"
        if k.p1 == "dpo_no_phone"
        else "Henrik Lunde (Lunde Personvern AS), 922 64 018, henrik@lundepersonvern.no"
    )
    photo = key == "C1" and not k.p5
    if k.p5 == "next_week":
        app = "DPIA-en er ferdig fra vår side. Fagdirektøren skal se på den neste uke, og vi sender ledelsens godkjenning da."
    elif photo:
        app = "Signert godkjenning fra ledelsen ligger ved som bilde."
    else:
        app = "Ledergruppen (daglig leder, fagdirektør og økonomisjef) gikk gjennom DPIA-en 2. november. Brukerrådet og to behandlere hadde kommentert utkastet, og kommentarene er tatt inn. Ledergruppen godkjente DPIA-en og besluttet å be om forhåndsdrøftelse fordi restrisikoen er høy. Signert: Ole Christian Bjørke, daglig leder."
    doc = f"""
# Klinikk Bjørkely – {t.title}

## Om tiltaket

{_desc(t, k)}

## Hvorfor og hvor mye

{_nec(t, k)}

## Risiko for pasientene

{_c_risk(t, k)}

## Godkjenning

{app}
"""
    body = txt(f"""
        Hei,

        Vi ber om forhåndsdrøftelse for {t.title}, se vedlagt dokument.

        Kontakter:
        - Kontaktperson: Ingrid Falck, kvalitetsleder, 997 18 342, ingrid.falck@bjorkely-klinikk.no
        - Personvernombud: {dpo}
        - Databehandler: {p[0]} v/{p[1]}, {p[2]}, {p[3]}

        Hilsen Ingrid
        Klinikk Bjørkely AS
        """)
    files = [("Forhandsdroftelse_Bjorkely.pdf", to_pdf(doc, "Forhåndsdrøftelse"))]
    if photo:
        files.append(
            (
                "IMG_4471.jpg",
                scan_image(
                    "GODKJENNING AV DPIA – talegjenkjenning i videokonsultasjoner\n\nLedergruppen har gått gjennom vurderingen av personvernkonsekvenser og funnene fra arbeidsgruppen, sammen med innspill fra brukerrådet og behandlerne. Vi godkjenner DPIA-en. Restrisikoen er høy, og vi ber derfor om forhåndsdrøftelse hos Datatilsynet.\n\nBjørkely, 4. november 2026\n\nOle Christian Bjørke (sign.)  daglig leder\nAstrid Fjell (sign.)  fagdirektør",
                    "JPEG",
                    1.2,
                ),
            )
        )
    return message(
        cid,
        "Ingrid Falck <ingrid.falck@bjorkely-klinikk.no>",
        "Forhåndsdrøftelse",
        k.date,
        body,
        attachments=files,
    )


# --- D: Smilehuset Tannhelse AS (nb), one DOCX letter in prose without headings --------------


def mail_d(cid: str, key: str, k: K) -> EmailMessage:
    t = T[key]
    p = t.proc
    assert p is not None
    risks = " ".join(f"{r} {m}" for r, m in t.risks)
    if k.p4 == "measures_only":
        risks = "Vi har innført følgende: " + " ".join(m for _, m in t.risks)
    if k.p5 == "not_attached":
        app = "Ledelsens godkjenning av DPIA-en ligger vedlagt."
    else:
        app = "Daglig leder Morten Hagerup og fagsjef Kjersti Ulvestad gikk gjennom DPIA-en og funnene 12. oktober, etter at klinikklederne og pasientombudet vårt hadde gitt innspill. De godkjente vurderingen og ba meg sende saken til dere, fordi vi ikke får risikoen lavere uten å droppe tiltaket."
    doc = f"""
# Forespørsel om forhåndsdrøftelse – {t.title}

Smilehuset Tannhelse AS ber med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36. Kontaktperson er undertegnede (se e-posten). Personvernombudet vårt er Gunnar Eide, som nås på 415 30 992 og gunnar.eide@smilehuset.no. Vi bruker {p[0]} som databehandler; kontakt der er {p[1]}, {p[2]}, {p[3]}.

{_desc(t, k)}

{_nec(t, k)}

Det vi ser kan gå galt for pasientene er dette: {risks} {"" if k.p4 else t.open}

{app}

Lise Aarvik, kvalitetsansvarlig
"""
    phone = "" if k.p1 == "contact_no_phone" else "\n        Mobil 934 27 115"
    body = txt(f"""
        Hei

        Vedlagt er forespørsel om forhåndsdrøftelse fra Smilehuset.

        Mvh
        Lise Aarvik
        Kvalitetsansvarlig, Smilehuset Tannhelse AS{phone}
        lise.aarvik@smilehuset.no
        """)
    return message(
        cid,
        "Lise Aarvik <lise.aarvik@smilehuset.no>",
        "Forespørsel om forhåndsdrøftelse",
        k.date,
        body,
        attachments=[("Foresporsel forhandsdroftelse.docx", to_docx(doc))],
    )


# --- E: Pulsr AS (en), everything in the mail body under short English headings ----------


def mail_e(cid: str, key: str, k: K) -> EmailMessage:
    t = T[key]
    p = t.proc
    assert p is not None
    proc = (
        f"We use {p[0]} for hosting."
        if k.p1 == "proc_no_contact"
        else f"Our hosting provider {p[0]} is our processor; contact is {p[1]}, {p[2]}, {p[3]}."
    )
    if k.p4 == "measures_only":
        risk = "We have put these safeguards in place:\n\n" + "\n".join(
            "- " + m for _, m in t.risks
        )
    else:
        risk = "\n".join(f"- {r} -> {m}" for r, m in t.risks) + "\n\n" + t.open
    if k.p5 == "next_week":
        sign = "The DPIA is done. Our board (the two founders and our investor's representative) will sign off next Tuesday and I'll forward the decision then."
    else:
        sign = 'Our board (the two founders and the investor\'s representative) went through the DPIA and its findings on 28 October, together with feedback from our user panel and from the union reps at our pilot customer. The board approved the DPIA and decided to go ahead subject to your view. Minutes: "DPIA approved. Residual risk high. Request prior consultation with Datatilsynet. – M. Lindholm, T. Grønvold, S. Ekeberg".'
    body = txt(f"""
        Hi,

        We'd like to request a prior consultation (Art. 36) for our plans for {t.title}. Sorry this is in English – half our team doesn't speak Norwegian yet. Happy to answer in Norwegian too.

        Contact: me (details below). Our DPO is Jonas Bakke at Bakke Advisory, +47 472 61 904, jonas@bakkeadvisory.no. {proc}
        """)
    body += "\nWHAT WE'RE BUILDING\n\n" + _desc(t, k) + "\n\nWHY WE NEED IT\n\n"
    body += (t.legal if k.p3 else t.nec + " " + t.legal) + "\n\nWHAT COULD GO WRONG\n\n" + risk
    body += "\n\nSIGN-OFF\n\n" + sign + "\n\n"
    body += txt("""
        Best,
        Maya Lindholm
        Co-founder & CEO, Pulsr AS
        +47 458 20 331 | maya@pulsr.no
        """)
    return message(
        cid,
        "Maya Lindholm <maya@pulsr.no>",
        f"Prior consultation request – {t.title}",
        k.date,
        body,
    )


# --- F: Norsk Terrengløpsforbund (nb), short DOCX with question headings, approval .eml -----


def _f_approval(k: K) -> EmailMessage:
    inner = txt("""
        Hei Hege,

        Styret gikk gjennom personvernvurderingen på styremøtet i går, sammen med innspillene fra utøverkomiteen, klubbene og foreldrerepresentanten. Vi er enige i funnene og godkjenner vurderingen. Styret vil gjennomføre tiltaket og ber deg sende saken til Datatilsynet for forhåndsdrøftelse, siden risikoen fortsatt er høy.

        Hilsen
        Trond Løvaas
        styreleder, Norsk Terrengløpsforbund
        """)
    return message(
        "f",
        "Trond Løvaas <trond.lovaas@terrenglop.no>",
        "Vedtak: personvernvurderingen",
        "Thu, 29 Oct 2026 21:14:03 +0100",
        inner,
        to="hege.wold@terrenglop.no",
    )


def mail_f(cid: str, key: str, k: K) -> EmailMessage:
    t = T[key]
    p = t.proc
    assert p is not None
    if k.p4 == "later":
        risk = "Risikovurderingen er ikke ferdig. Vi jobber med den og sender den når den er klar."
    else:
        risk = _risk_lines(t, k, "Tiltak:")
    approval_in_doc = key == "F2"
    app = (
        "Forbundsstyret godkjente vurderingen i styremøte 27. oktober (sak 31/26) etter innspill fra utøverkomiteen og klubbene, og besluttet å be om forhåndsdrøftelse."
        if approval_in_doc
        else "Se vedlagt e-post fra styreleder."
    )
    doc = f"""
# {t.title[0].upper() + t.title[1:]}

Norsk Terrengløpsforbund – forespørsel om forhåndsdrøftelse

~ Personvernombud: Kari Anne Strøm, 917 02 554, personvernombud@terrenglop.no
~ Databehandler: {p[0]}, kontaktperson {p[1]}, {p[2]}, {p[3]}

# Hva skal vi gjøre?

{_desc(t, k)}

# Hvorfor er det nødvendig?

{_nec(t, k)}

# Hva kan gå galt?

{risk}

# Hvem har sagt ja?

{app}
"""
    body = txt(f"""
        Hei!

        Vi i Norsk Terrengløpsforbund vil be om forhåndsdrøftelse for {t.title}. Dokumentet ligger vedlagt. Jeg er kontaktperson.

        Sportslig hilsen
        Hege Wold
        Organisasjonssjef
        Norsk Terrengløpsforbund
        Tlf: 971 55 820
        E-post: hege.wold@terrenglop.no
        """)
    fwd = None if approval_in_doc else ("Vedtak personvernvurderingen.eml", _f_approval(k))
    return message(
        cid,
        "Hege Wold <hege.wold@terrenglop.no>",
        "Forhåndsdrøftelse",
        k.date,
        body,
        attachments=[("Forhandsdrofting.docx", to_docx(doc))],
        forwarded=fwd,
    )


# --- G: Fjellhage Boligbyggelag (nb), short mail body, prose, protocol pasted ---------------


def mail_g(cid: str, key: str, k: K) -> EmailMessage:
    t = T[key]
    p = t.proc
    assert p is not None
    proc = (
        f"{p[0].split(' AS')[0]} blir databehandler for oss."
        if k.p1 == "proc_no_contact"
        else f"{p[0]} blir databehandler; kontaktperson der er {p[1]} (tlf. {p[2]}, {p[3]})."
    )
    risks = " ".join(f"{r} {m}" for r, m in t.risks)
    if k.p5 == "pending":
        app = "DPIA-en står på sakslisten til styremøtet 19. november, så styrets godkjenning kommer etter det."
    else:
        app = "Her er utdrag fra styreprotokollen 14. oktober, sak 7/26:\n\n«Styret gjennomgikk DPIA-en og innspillene fra beboermøtet og vaktmestertjenesten. Styret godkjenner vurderingen, men ser at risikoen fortsatt er høy. Styret vedtar å be Datatilsynet om forhåndsdrøftelse før tiltaket settes i gang. Enstemmig.»"
    body = txt(f"""
        Hei.

        Fjellhage Boligbyggelag vil be om forhåndsdrøftelse for {t.title}. Kontaktperson er meg, se under. Personvernombudet vårt er Anita Myhre, 952 38 470, anita.myhre@fjellhage-bbl.no. {proc}
        """)
    body += (
        "\n"
        + _desc(t, k)
        + "\n\n"
        + _nec(t, k)
        + "\n\n"
        + risks
        + " "
        + t.open
        + "\n\n"
        + app
        + "\n\n"
    )
    body += txt("""
        Mvh
        Bjørn Tveit
        Forvaltningssjef
        Fjellhage Boligbyggelag
        Tlf 907 64 552
        bjorn.tveit@fjellhage-bbl.no
        """)
    return message(
        cid,
        "Bjørn Tveit <bjorn.tveit@fjellhage-bbl.no>",
        f"Forhåndsdrøftelse - {t.title}",
        k.date,
        body,
    )


# --- H: Høgskulen i Sunnfjord (nn), contacts in the mail, one PDF, scanned approval letter ---


def mail_h(cid: str, key: str, k: K) -> EmailMessage:
    t = T[key]
    if k.p1 == "dpo_name_only":
        dpo = "Personvernombodet vårt er Eirik Flatebø."
    else:
        dpo = "Personvernombod: Eirik Flatebø, 57 72 31 09, personvernombod@hisf.no"
    proc = (
        f"Databehandlar: {t.proc[0]}, {t.proc[1]}, {t.proc[2]}, {t.proc[3]}"
        if t.proc
        else "Vi brukar ingen databehandlar; alt ligg på høgskulen sine eigne serverar."
    )
    scanned = key == "H1"
    app = (
        "Sjå vedlagt brev frå instituttleiar."
        if scanned
        else "Instituttleiar Jorunn Vevle gjekk gjennom DPIA-en 30. oktober saman med prosjektgruppa, personvernombodet og ein representant for ungdomsrådet i Førde. Ho godkjende vurderinga og avgjorde at vi skal be om førehandsdrøfting fordi restrisikoen er høg."
    )
    doc = f"""
# DPIA – {t.title}

Forskingsgruppa Helse, rørsle og aldring, Høgskulen i Sunnfjord

# Om prosjektet

{_desc(t, k)}

# Kvifor vi treng dette

{_nec(t, k)}

# Risiko for deltakarane

{_risk_lines(t, k, "Tiltak:")}

# Godkjenning ved instituttet

{app}
"""
    body = txt(f"""
        Hei,

        Forskingsgruppa vår ber om førehandsdrøfting for eit prosjekt med {t.title}. DPIA-en ligg ved.

        Prosjektleiar og kontaktperson: Ragnhild Sande, 57 72 30 45 / 948 12 667, ragnhild.sande@hisf.no
        {dpo}
        {proc}

        Venleg helsing
        Ragnhild Sande
        førsteamanuensis, Høgskulen i Sunnfjord
        """)
    files = [("DPIA_" + key + ".pdf", to_pdf(doc, "DPIA"))]
    if scanned:
        files.append(
            (
                "Godkjenning_instituttleiar.pdf",
                scan_pdf(
                    [
                        "HØGSKULEN I SUNNFJORD\nInstitutt for helse og idrett\n\nGodkjenning av DPIA: Sensorar i heimen til eldre med demens\n\nEg har gått gjennom vurderinga av personvernkonsekvensar med prosjektgruppa 30. oktober 2026. Innspel frå brukarrepresentantane i Demensforeininga og frå personvernombodet er tekne inn. Eg godkjenner DPIA-en. Restrisikoen er høg, og instituttet ber difor Datatilsynet om førehandsdrøfting.\n\nFørde, 2. november 2026\n\nJorunn Vevle\ninstituttleiar"
                    ]
                ),
            )
        )
    return message(
        cid,
        "Ragnhild Sande <ragnhild.sande@hisf.no>",
        "Førehandsdrøfting – forskingsprosjekt",
        k.date,
        body,
        attachments=files,
    )


# --- I: Ung Stemme (nb), one ODT in prose, contacts as a short list at the top --------------


def mail_i(cid: str, key: str, k: K) -> EmailMessage:
    t = T[key]
    p = t.proc
    assert p is not None
    if k.p5 == "pending":
        app = "Styret skal se på DPIA-en på styremøtet 2. desember. Vi sender protokollen etterpå."
    elif k.p5 == "sent_not_handled":
        app = "DPIA-en er sendt til styret, men er ikke behandlet ennå."
    else:
        app = "Styret behandlet DPIA-en 26. oktober (sak 19/2026). Daglig leder la fram funnene, og styret hørte også ungdomspanelet og de frivilliges representant. Vedtak: «Styret godkjenner DPIA-en. Restrisikoen er høy, og Ung Stemme ber Datatilsynet om forhåndsdrøftelse.»"
    doc = f"""
~ Ung Stemme – forhåndsdrøfting
~ Kontaktperson: Sunniva Berge, daglig leder, 936 71 208, sunniva@ungstemme.no
~ Personvernombud: Lars Heggem, 924 33 871, personvern@ungstemme.no
~ Databehandler: {p[0]}, {p[1]}, {p[2]}, {p[3]}

Vi ber om forhåndsdrøfting for {t.title}.

{_desc(t, k)}

{_nec(t, k)}

{_risk_lines(t, k, "Det vi gjør:")}

{app}
"""
    body = txt("""
        Hei Datatilsynet,

        Se vedlagt. Ta gjerne kontakt hvis noe er uklart.

        Vennlig hilsen
        Sunniva Berge
        Ung Stemme
        """)
    return message(
        cid,
        "Sunniva Berge <sunniva@ungstemme.no>",
        "Forhåndsdrøfting",
        k.date,
        body,
        attachments=[("Ung Stemme forhandsdrofting.odt", to_odt(doc))],
    )


# --- J: Trollfjord Trafikk AS (nb), contacts as a list in the mail, DOCX or PDF DPIA --------


def mail_j(cid: str, key: str, k: K) -> EmailMessage:
    t = T[key]
    p = t.proc
    assert p is not None
    rows = "\n".join(f"| {r} | {m} |" for r, m in t.risks)
    again = (
        "Vi sender denne på nytt, da vi ikke har fått kvittering på e-posten vår 6. november. "
        if k.resend
        else ""
    )
    doc = f"""
# DPIA – {t.title}

Trollfjord Trafikk AS

## Bakgrunn og hvordan det fungerer

{_desc(t, k)}

## Behov og forholdsmessighet

{_nec(t, k)}

## Risiko

| Risiko for den registrerte | Tiltak |
{rows}

{t.open}

## Behandling i ledelsen

Vurderingen ble lagt fram for ledergruppen 22. oktober, etter at tillitsvalgte i Fagforbundet og Yrkestrafikkforbundet og verneombudet hadde kommentert den. Ledergruppen godkjente DPIA-en og besluttet å be om forhåndsdrøftelse.

| Navn | Rolle | Dato | Signatur |
| Frode Nilsen | administrerende direktør | 22.10.2026 | F. Nilsen |
| Mona Rekdal | HR-sjef | 22.10.2026 | M. Rekdal |
"""
    body = txt(f"""
        Hei,

        {again}Trollfjord Trafikk ber om forhåndsdrøftelse for {t.title}. DPIA ligger ved.

        Kontaktpersoner:
        Kontaktperson: Eva Strømsnes, sikkerhetssjef, 971 20 643, eva.stromsnes@trollfjordtrafikk.no
        Personvernombud: Kjell Inge Moe, 480 06 217, kjell.inge.moe@trollfjordtrafikk.no
        Databehandler: {p[0]}, {p[1]}, {p[2]}, {p[3]}

        Med hilsen
        Eva Strømsnes
        Trollfjord Trafikk AS
        """)
    name = "DPIA_" + key
    att = (name + ".pdf", to_pdf(doc, "DPIA")) if key == "J2" else (name + ".docx", to_docx(doc))
    return message(
        cid,
        "Eva Strømsnes <eva.stromsnes@trollfjordtrafikk.no>",
        f"Forhåndsdrøftelse: {t.title}",
        k.date,
        body,
        attachments=[att],
    )
