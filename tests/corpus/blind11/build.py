"""Assembles one case from a sender, a topic and the case's choices (blind11).

A case says where the contacts go (``contacts``), how the documents are packed (``pack``), how
management's validation is shown (``p5``), and for each part that is missing how it fails
(``miss``: part -> mode, with the sender's own wording in ``say``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import EmailMessage

from kit import (
    Attachment,
    Label,
    html_from_text,
    message,
    plain,
    quoted,
    scan_image,
    scan_pdf,
    to_docx,
    to_html,
    to_odt,
    to_pdf,
    to_rtf,
    to_xlsx,
    when,
)
from personas import SENDERS, Person, Sender
from topics import T, Topic
from words import APPROVE, PROC
from words import INTRO as S_INTRO


@dataclass(frozen=True)
class Spec:
    sender: str
    topic: int
    date: tuple[int, int, int, int]
    contacts: str  # word_table, label_value, html_table, signature, prose, xlsx, in_doc
    pack: str  # docx, pdf, one_pdf, body, html_body, per_part, zip, odt, rtf
    p5: str  # minutes_pdf, ceo_fwd, signoff_table, signed_letter, scan_sig, minutes_photo, para
    note: str
    shapes: tuple[str, ...] = ()
    miss: dict[int, str] = field(default_factory=dict)
    say: dict[int, str] = field(default_factory=dict)
    proc: str = "used"  # used, none, unspecified
    proc_split: bool = False  # processor named in the DPIA, its contact only in the contacts
    encrypt: str = "none"
    body_intro: str = ""
    extra: tuple[Attachment, ...] = ()
    wrap: str = ""  # "", "fwd" (forwarded by a colleague as .eml), "reply" (quotes earlier mail)


# --- words ---------------------------------------------------------------------------------

DEFER = {
    "nb": "Denne delen ettersendes.",
    "nn": "Denne delen blir ettersend.",
    "en": "This part will follow.",
}
NOT_DONE = {
    "nb": "Ikke gjennomført.",
    "nn": "Ikkje gjennomført.",
    "en": "Not yet carried out.",
}
W = {
    "nb": ("Risiko", "nivå", "Tiltak", "Vurdert, men ikke gjennomført"),
    "nn": ("Risiko", "nivå", "Tiltak", "Vurdert, men ikkje gjennomført"),
    "en": ("Risk", "level", "Measure", "Considered but not implemented"),
}
ROLE = {
    "nb": ("Kontaktperson", "Personvernombud", "Databehandler"),
    "nn": ("Kontaktperson", "Personvernombod", "Databehandlar"),
    "en": ("Contact person", "Data protection officer", "Data processor"),
}
LBL = {
    "nb": ("Navn", "Telefon", "E-post", "Org.nr.", "Adresse", "Rolle"),
    "nn": ("Namn", "Telefon", "E-post", "Org.nr.", "Adresse", "Rolle"),
    "en": ("Name", "Phone", "E-mail", "Reg. no.", "Address", "Role"),
}
NO_PROC = {
    "nb": "Behandlingen skjer i egne systemer; vi bruker ingen databehandler.",
    "nn": "Handsaminga skjer i eigne system, og vi nyttar ingen databehandlar.",
    "en": "No data processor is used; everything runs on our own infrastructure.",
}


def risk_table(s: Sender, t: Topic) -> str:
    r, lvl, m, nd = W[s.lang]
    rows = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in t.risks)
    return f"| {r} | {lvl.capitalize()} | {m} |\n{rows}\n\n{nd}: {t.not_done}"


# --- contacts ------------------------------------------------------------------------------


def people(s: Sender, c: Spec) -> list[tuple[str, Person, str]]:
    """(role, person, organisation) rows with the case's defects applied."""
    role = ROLE[s.lang]
    dpo = s.dpo
    mode1 = c.miss.get(1, "")
    if mode1 == "dpo_name_only":
        dpo = Person(dpo.name, dpo.title, "", "")
    if mode1 == "contact_no_phone":
        contact = Person(s.contact.name, s.contact.title, "", s.contact.email)
    else:
        contact = s.contact
    rows = [(role[0], contact, s.org.name)]
    if mode1 != "no_dpo":
        rows.append((role[1], dpo, s.dpo_org))
    if c.proc == "used" and mode1 != "proc_no_contact":
        pp = s.proc_person
        if mode1 == "proc_mailbox_only":
            pp = Person("", "", "", "support@" + pp.email.split("@")[1])
        rows.append((role[2], pp, s.proc.name))
    return rows


def contacts_markup(s: Sender, c: Spec) -> str:
    lb = LBL[s.lang]
    rows = people(s, c)
    if c.contacts in ("word_table", "html_table", "in_doc"):
        head = f"| {lb[5]} | {lb[0]} | {lb[1]} | {lb[2]} |"
        body = "\n".join(
            f"| {r} | {p.name}{', ' + org if org and p.name else org} | {p.phone} | {p.email} |"
            for r, p, org in rows
        )
        return head + "\n" + body
    # label-value blocks: org number and address stand between the role and the person
    blocks = []
    for role, p, org in rows:
        lines = [f"~ {role}"]
        if role == ROLE[s.lang][2]:
            lines += [
                f"~ {s.proc.name}",
                f"~ {lb[3]} {s.proc.orgnr}",
                f"~ {lb[4]}: {s.proc.address}",
            ]
        elif role == ROLE[s.lang][0]:
            lines += [f"~ {s.org.name}", f"~ {lb[3]} {s.org.orgnr}", f"~ {lb[4]}: {s.org.address}"]
        else:
            lines += [f"~ {org}"]
        if p.name:
            lines.append(f"~ {p.name}, {p.title}")
        lines += [f"~ {lb[1]}: {p.phone}", f"~ {lb[2]}: {p.email}"]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def contacts_prose(s: Sender, c: Spec) -> str:
    out = []
    for role, p, org in people(s, c):
        ph = (
            f"tlf. {p.phone}, "
            if p.phone and s.lang != "en"
            else (f"phone {p.phone}, " if p.phone else "")
        )
        em = f"{p.email}" if p.email else ""
        who = p.name or org
        if s.lang == "en":
            out.append(f"{role}: {who} ({org}), {ph}{em}.".replace(" , ", " "))
        else:
            out.append(f"{role} er {who} i {org}, {ph}{em}.".replace(", .", "."))
    return " ".join(out)


def contacts_xlsx(s: Sender, c: Spec) -> bytes:
    lb = LBL[s.lang]
    rows = [[lb[5], "Organisasjon", lb[3], lb[0], lb[1], lb[2]]]
    for role, p, org in people(s, c):
        nr = s.proc.orgnr if role == ROLE[s.lang][2] else s.org.orgnr
        rows.append([role, org, nr, p.name, p.phone, p.email])
    return to_xlsx({"Kontakter": rows})


# --- parts 2-5 -----------------------------------------------------------------------------


def section(s: Sender, c: Spec, n: int, t: Topic) -> str:
    mode = c.miss.get(n, "")
    head = s.heads[n - 1]
    if mode in ("defer", "not_done", "say"):
        text = c.say.get(n) or (DEFER if mode == "defer" else NOT_DONE)[s.lang]
        return f"# {head}\n\n{text}"
    if mode in ("absent", "zero", "wrong"):
        return ""
    if n == 2:
        proc = ""
        if c.proc == "used":
            proc = PROC[s.key].format(p=s.proc.name)
        elif c.proc == "none":
            proc = " " + NO_PROC[s.lang]
        return f"# {head}\n\n{t.desc}{proc}"
    if n == 3:
        return f"# {head}\n\n{t.need}"
    return f"# {head}\n\n{risk_table(s, t)}"


def dpia_markup(s: Sender, c: Spec, t: Topic, *, with_contacts: bool, p5_text: str) -> str:
    parts = [f"# {s.doc_title}: {t.title}", f"~ {s.org.name}, org.nr. {s.org.orgnr}"]
    if with_contacts:
        parts.append(f"# {s.heads[0]}\n\n{contacts_markup(s, c)}")
    parts += [section(s, c, n, t) for n in (2, 3, 4)]
    if p5_text:
        parts.append(f"# {s.heads[4]}\n\n{p5_text}")
    return "\n\n".join(p for p in parts if p)


BOARD = {
    "nb": "styret",
    "nn": "styret",
    "en": "the board",
}


def p5_material(  # noqa: C901
    s: Sender, c: Spec, t: Topic
) -> tuple[str, list[Attachment], EmailMessage | None]:
    """Part 5 as (text for the DPIA section, attachments, forwarded approval mail)."""
    mode = c.miss.get(5, "")
    day, month = (c.date[1] - 3, c.date[0]) if c.date[1] > 4 else (24, c.date[0] - 1)
    d = f"{day}.{month}."
    if mode in ("defer", "say", "not_done"):
        return c.say.get(5) or DEFER[s.lang], [], None
    if mode == "absent":
        return "", [], None
    if mode == "zero":
        return "", [(c.say.get(5) or "Styreprotokoll_signert.pdf", b"")], None
    ceo = {
        "A": "Gunnhild Sæter",
        "B": "Martin Lowe",
        "C": "Oddny Kvam",
        "D": "Per Aasheim",
        "E": "Aurora Hætta",
        "F": "Thomas Grønvold",
        "G": "Arnfinn Lie",
        "H": "Vidar Nygård",
        "I": "Bente Solbakk",
        "J": "Stian Myhre",
    }[s.key]
    approve = APPROVE[s.key].format(t=t.title)
    if c.p5 == "para":
        return approve, [], None
    if c.p5 == "signoff_table":
        lb = {
            "nb": ("Rolle", "Navn", "Dato", "Beslutning", "Godkjent"),
            "nn": ("Rolle", "Namn", "Dato", "Vedtak", "Godkjend"),
            "en": ("Role", "Name", "Date", "Decision", "Approved"),
        }[s.lang]
        state = lb[4] if mode != "pending" else c.say.get(5, "")
        rows = (
            f"| {lb[0]} | {lb[1]} | {lb[2]} | {lb[3]} |\n"
            f"| Adm. dir. / CEO | {ceo} | {'' if mode == 'pending' else d + '2026'} | {state} |\n"
            f"| {ROLE[s.lang][1]} | {s.dpo.name} | {d}2026 "
            f"| {lb[4] if mode != 'pending' else 'Sett'} |"
        )
        intro = "" if mode == "pending" else approve
        return f"{intro}\n\n{rows}".strip(), [], None
    if c.p5 == "minutes_pdf":
        md = (
            f"# PROTOKOLL – STYREMØTE I {s.org.name.upper()}\n\n~ Dato: {d}2026\n~ Til stede:"
            f" {ceo} m.fl.\n\n## Sak {c.date[1] + 11}/26 {t.title}\n\n{approve}\n\n"
            f"Vedtak: Styret godkjenner vurderingen og ber administrasjonen sende anmodning om"
            f" forhåndsdrøftelse."
        )
        if s.lang == "en":
            md = (
                f"# MINUTES OF THE BOARD OF {s.org.name.upper()}\n\n~ Date: {d}2026\n\n"
                f"## Item {c.date[1] + 11}/26 {t.title}\n\n{approve}\n\nResolution: The board"
                f" approves the DPIA and instructs management to request prior consultation."
            )
        fname = "Board_minutes.pdf" if s.lang == "en" else "Styreprotokoll.pdf"
        return "", [(fname, to_pdf(md))], None
    if c.p5 == "minutes_photo":
        return (
            "",
            [
                (
                    "IMG_20261119_1412.jpg",
                    scan_image(
                        f"MØTEBOK STYRET\n{d}2026\n\nSak 7/26 {t.title}\n\n{approve}\n\n{ceo}"
                    ),
                )
            ],
            None,
        )
    if c.p5 == "scan_sig" and s.lang == "en":
        page = (
            f"APPROVAL OF THE {s.doc_title.upper()}\n\n{t.title}\n\n{approve}\n\n"
            f"Place/date: {s.org.address.split()[-1]}, {d}2026\n\nSignature: {ceo}\n"
            f"Chief Executive Officer"
        )
        return "", [("signed_approval_scan.pdf", scan_pdf([page]))], None
    if c.p5 == "scan_sig":
        page = (
            f"GODKJENNING AV {s.doc_title.upper()}\n\n{t.title}\n\n{approve}\n\n"
            f"Sted/dato: {s.org.address.split()[-1]}, {d}2026\n\nSignatur: {ceo}\n"
            f"administrerende direktør"
        )
        return "", [("signaturside_skannet.pdf", scan_pdf([page]))], None
    if c.p5 == "signed_letter":
        letter = (
            f"~ {s.org.name}\n~ {s.org.address}\n\n~ Datatilsynet\n~ Postboks 458 Sentrum\n"
            f"~ 0105 Oslo\n\n# Anmodning om forhåndsdrøftelse – {t.title}\n\n{approve}\n\n"
            f"Vi viser til vedlagte vurdering.\n\n~ {ceo}\n~ administrerende direktør\n"
            f"~ (signert elektronisk {d}2026)"
        )
        return "", [("Følgebrev_signert.pdf", to_pdf(letter))], None
    # ceo_fwd: the CEO's approval mail, forwarded as .eml
    text = {
        "nb": f"Hei,\n\nJeg har gått gjennom DPIA-en for «{t.title}» med funnene og innspillene"
        f" fra personvernombudet. Ledergruppen behandlet den i går. Jeg godkjenner vurderingen"
        f" og at vi ber Datatilsynet om forhåndsdrøftelse, siden restrisikoen er høy.\n\n{ceo}\n"
        f"administrerende direktør\n",
        "en": f"Hi,\n\nI have read the DPIA for «{t.title}», its findings and the DPO's comments,"
        f" and the leadership team discussed it yesterday. I approve the assessment and agree"
        f" that we request prior consultation, as the residual risk stays high.\n\n{ceo}\nCEO\n",
    }["en" if s.lang == "en" else "nb"]
    dom = s.contact.email.split("@")[1]
    inner = message(
        "x" + s.key,
        f"{ceo.split(' (')[0]} <ceo@{dom}>",
        "Godkjent: DPIA" if s.lang != "en" else "Approved: DPIA",
        when(c.date[0], max(c.date[1] - 2, 1), 16, 2),
        body=text,
        to=s.contact.email,
    )
    return "", [], inner


# --- the message ---------------------------------------------------------------------------


def build(cid: str, c: Spec) -> tuple[EmailMessage, Label]:  # noqa: C901
    s = SENDERS[c.sender]
    t = T[c.sender][c.topic]
    date = when(*c.date)
    p5_text, p5_att, p5_fwd = p5_material(s, c, t)
    atts: list[Attachment] = []
    intro = c.body_intro or S_INTRO[s.key].format(t=t.title)
    body_bits = [intro]
    in_doc = c.contacts == "in_doc"
    # contacts
    if c.contacts == "label_value" or c.contacts == "prose":
        lines = "\n\n".join(blk.replace("~ ", "") for blk in contacts_markup(s, c).split("\n\n"))
        body_bits.append(lines if c.contacts == "label_value" else contacts_prose(s, c))
    elif c.contacts == "xlsx":
        atts.append(("Kontaktark.xlsx", contacts_xlsx(s, c)))
    elif c.contacts == "word_table":
        atts.append(("Kontaktpersoner.docx", to_docx(f"# {s.heads[0]}\n\n{contacts_markup(s, c)}")))
    elif c.contacts == "signature":
        rows = [r for r in people(s, c) if r[1] is not s.contact]
        body_bits.append(
            {
                "en": "I am the contact person (see signature).",
                "nn": "Kontaktperson er eg, sjå signaturen.",
                "nb": "Kontaktperson er undertegnede, se signaturen.",
            }[s.lang]
        )
        for role, p, org in rows:
            body_bits.append(
                f"{role}:\n{p.name}\n{org}\n{p.phone}\n{p.email}".replace("\n\n", "\n")
            )
    if c.proc == "none" and c.pack in ("body", "html_body") and 2 in c.miss:
        body_bits.append(NO_PROC[s.lang])
    # documents
    doc = dpia_markup(s, c, t, with_contacts=in_doc, p5_text=p5_text)
    name = s.doc_title.split(" –")[0].replace(" ", "_").replace(":", "")
    if c.pack in ("body", "html_body"):
        body_bits.append(plain(doc))
    elif c.pack in ("per_part", "zip"):
        files: list[Attachment] = []
        for n in (2, 3, 4):
            mode = c.miss.get(n, "")
            fname = f"{n}_{s.heads[n - 1].replace(' ', '_').rstrip('?')}.pdf"
            if mode == "zero":
                files.append((fname, b""))
            elif mode == "wrong":
                files.append((fname, to_pdf(c.say[n])))
            elif mode != "absent":
                files.append((fname, to_pdf(section(s, c, n, t))))
        if p5_text:
            files.append(
                (f"5_{s.heads[4].replace(' ', '_')}.pdf", to_pdf(f"# {s.heads[4]}\n\n{p5_text}"))
            )
        files += p5_att
        p5_att = []
        if c.pack == "zip":
            from kit import to_zip

            atts.append((f"DPIA_{s.org.name.split()[0]}.zip", to_zip(dict(files))))
        else:
            atts += files
    else:
        render = {"docx": to_docx, "pdf": to_pdf, "one_pdf": to_pdf, "odt": to_odt, "rtf": to_rtf}
        ext = "pdf" if c.pack == "one_pdf" else c.pack
        atts.append((f"{name}.{ext}", render[c.pack](doc)))
        for n in (2, 3, 4):
            if c.miss.get(n) == "zero":
                atts.append((c.say.get(n, f"Vedlegg_{n}.pdf"), b""))
            elif c.miss.get(n) == "wrong":
                atts.append((c.say.get(20 + n, f"Vedlegg_{n}.pdf"), to_pdf(c.say[n])))
    atts += p5_att
    atts += list(c.extra)
    sig = s.signature
    if c.miss.get(1) == "contact_no_phone":
        sig = f"Hilsen\n{s.contact.name}\n{s.contact.title}\n{s.org.name}\n{s.contact.email}\n"
    body_bits.append(sig + (("\n" + s.disclaimer) if s.disclaimer else ""))
    body = "\n\n".join(body_bits) + "\n"
    subject = {
        "nb": "Anmodning om forhåndsdrøftelse – ",
        "nn": "Førehandsdrøfting – ",
        "en": "Request for prior consultation – ",
    }[s.lang] + t.title
    sender = f"{s.contact.name} <{s.contact.email}>"
    fwd = ("Godkjenning.eml" if s.lang != "en" else "Approval.eml", p5_fwd) if p5_fwd else None
    if c.pack == "html_body" or c.contacts == "html_table":
        if c.contacts == "html_table":
            html_body = html_from_text(body).replace(
                "</body>",
                to_html(f"# {s.heads[0]}\n\n{contacts_markup(s, c)}").split(
                    '<body style="font-family:Calibri,Arial">'
                )[1],
            )
            html_body = html_body.replace("</html></html>", "</html>")
        else:
            html_body = html_from_text(body)
        msg = message(cid, sender, subject, date, html=html_body, attachments=atts, forwarded=fwd)
    else:
        msg = message(cid, sender, subject, date, body=body, attachments=atts, forwarded=fwd)
    if c.wrap:
        msg = wrap(cid, s, c, msg, subject, body)
    shapes = (s.sector, f"contacts_{c.contacts}", f"pack_{c.pack}", f"part5_{c.p5}") + c.shapes
    if c.proc_split:
        shapes += ("processor_named_in_dpia_contacts_elsewhere",)
    label = Label(
        s.lang,
        shapes,
        c.encrypt,
        True,
        c.proc,
        c.note,
        tuple(sorted({n for n in c.miss if n != 50})),
    )
    return msg, label


def wrap(cid: str, s: Sender, c: Spec, msg: EmailMessage, subject: str, body: str) -> EmailMessage:
    """The request forwarded by a colleague as an attached .eml, or a reply quoting a mail."""
    d = when(c.date[0], c.date[1], c.date[2] + 1, 5)
    if c.wrap == "fwd":
        note = {
            "en": "Forwarding our request as agreed on the phone. Contacts are in the"
            " forwarded mail below.\n\nRegards\nPostmottak NordParcel\n",
            "nb": "Videresender anmodningen fra vår kvalitetsleder, som ble sendt til feil"
            " adresse først.\n\nHilsen\nSentralbord / postmottak\n",
            "nn": "Vidaresender som avtalt.\n\nHelsing\nPostmottaket\n",
        }[s.lang]
        dom = s.contact.email.split("@")[1]
        return message(
            cid,
            f"Postmottak <post@{dom}>",
            "Fwd: " + subject,
            d,
            body=note,
            forwarded=("videresendt.eml", msg),
        )
    return msg


def nonrequest(
    cid: str,
    sender: str,
    date: tuple[int, int, int, int],
    subject: str,
    body: str,
    note: str,
    shapes: tuple[str, ...],
    atts: list[Attachment] | None = None,
    encrypt: str = "none",
    html: bool = False,
) -> tuple[EmailMessage, Label]:
    s = SENDERS[sender]
    text = body.strip("\n") + "\n\n" + s.signature
    who = f"{s.contact.name} <{s.contact.email}>"
    if html:
        msg = message(cid, who, subject, when(*date), html=html_from_text(text), attachments=atts)
    else:
        msg = message(cid, who, subject, when(*date), body=text, attachments=atts)
    return msg, Label(s.lang, (s.sector, *shapes), encrypt, False, "unspecified", note)


__all__ = ["Spec", "build", "nonrequest", "quoted", "scan_image"]
