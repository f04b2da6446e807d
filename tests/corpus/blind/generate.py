#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for the blind prior-consultation corpus.
Run: .venv/bin/python tests/corpus/blind/generate.py   (writes messages/, labels.yaml, SHA256SUMS)
Written from Datatilsynet's public pages (seeds 002/003/004) only, without knowledge of saksflyt's rules."""

import os, sys, random, hashlib, datetime, io, zipfile, copy
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import yaml
from gen_content import SCEN, FIRST_NO, LAST_NO, FIRST_EN, LAST_EN
from gen_parts import HEAD, FILENAMES, p2, p3, p4, p5, LATER, NOTDONE5, NODPIA, WRONG
import gen_render as R

N = 160
SEED = 20261204
NN_SCEN = {"school_cam", "health_reg", "fleet_gps", "elderly_sensor"}
DPO_FIRMS = [
    ("Personvernpartner AS", "personvernpartner.no"),
    ("Advokatfirmaet Lund & Co DA", "lundco.no"),
    ("Kommunerevisjon Vest IKS", "krv.no"),
    ("PrivacyOps Nordic AB", "privacyops.se"),
    ("Digital Trygghet AS", "digitaltrygghet.no"),
]


def phone(rnd, kind=None):
    d = "%d%07d" % (rnd.choice([2, 4, 9, 9, 5, 7, 3]), rnd.randint(0, 9999999))
    k = kind if kind is not None else rnd.randint(0, 6)
    return [
        "+47 %s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:]),
        d,
        "%s %s %s" % (d[:3], d[3:5], d[5:]),
        "0047 %s" % d,
        "+47 %s %s %s" % (d[:3], d[3:5], d[5:]),
        "(+47) %s" % d,
        "%s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:]),
    ][k]


def foreign_phone(rnd):
    if rnd.random() < 0.5:
        return "+46 8 %03d %02d %02d" % (
            rnd.randint(100, 999),
            rnd.randint(0, 99),
            rnd.randint(0, 99),
        )
    return "+44 20 %04d %04d" % (rnd.randint(1000, 9999), rnd.randint(0, 9999))


def mkmail(rnd, first, last, domain):
    tr = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "'": "", " ": ""})
    f, l = first.lower().translate(tr), last.lower().translate(tr)
    return rnd.choice(
        [
            "%s.%s@%s" % (f, l, domain),
            "%s@%s" % (f[0] + l, domain),
            "%s%s@%s" % (f[:3], l[:3], domain),
            "%s.%s@%s" % (f[0], l, domain),
        ]
    )


class Person:
    def __init__(self, rnd, domain, lang, foreign=False, title=""):
        fn = rnd.choice(
            FIRST_EN if (foreign or (lang == "en" and rnd.random() < 0.3)) else FIRST_NO
        )
        ln = rnd.choice(LAST_EN if foreign else LAST_NO)
        self.name = "%s %s" % (fn, ln)
        self.phone = foreign_phone(rnd) if foreign else phone(rnd)
        self.email = mkmail(rnd, fn, ln, domain)
        self.title = title


class Ctx:
    pass


# ------------------------------------------------------------------ contact rendering

ROLE = {
    "nb": ("Kontaktperson hos behandlingsansvarlig", "Personvernombud", "Databehandler"),
    "nn": ("Kontaktperson hjå behandlingsansvarleg", "Personvernombod", "Databehandlar"),
    "en": ("Controller contact person", "Data protection officer", "Processor"),
}
LBL = {
    "nb": [
        ("Navn", "Telefon", "E-post"),
        ("Kontakt", "Tlf.", "Epost"),
        ("Navn", "Mobil", "E-postadresse"),
    ],
    "nn": [("Namn", "Telefon", "E-post")],
    "en": [("Name", "Phone", "Email"), ("Contact", "Tel.", "E-mail")],
}


def contact_entries(c):
    """list of (role, orgline, person or None)"""
    e = [(ROLE[c.lang][0], (c.org, c.orgnr, c.addr), c.contact)]
    if c.dpo is not None:
        e.append((ROLE[c.lang][1], c.dpo_org, c.dpo))
    if c.processor == "used" and c.proc_contact is not None and not c.proc_separate:
        e.append((ROLE[c.lang][2], c.proc_org, c.proc_contact))
    return e


def val(x):
    return x if x else "–"


def contact_blocks(c, shape):
    L = c.lang
    lab = LBL[L][c.rnd.randrange(len(LBL[L]))]
    ents = contact_entries(c)
    if shape == "label_value":
        b = []
        for role, (on, onr, adr), p in ents:
            lines = [
                on,
                ("Org.nr. %s" % onr) if L != "en" else ("Org. no. %s" % onr),
                adr,
                "%s: %s" % (lab[0], p.name),
            ]
            if p.title:
                lines.append(("Stilling: " if L != "en" else "Title: ") + p.title)
            if p.phone:
                lines.append("%s: %s" % (lab[1], p.phone))
            if p.email:
                lines.append("%s: %s" % (lab[2], p.email))
            b += [("h2", role), ("p", "\n".join(lines))]
        return b
    if shape in ("table_rows", "table_cols", "html_table", "xlsx"):
        hdr = {
            "nb": ["Rolle", "Virksomhet", lab[0], lab[1], lab[2]],
            "nn": ["Rolle", "Verksemd", "Namn", "Telefon", "E-post"],
            "en": ["Role", "Organisation", lab[0], lab[1], lab[2]],
        }[L]
        rows = [hdr] + [
            [role, on, p.name, val(p.phone), val(p.email)] for role, (on, onr, adr), p in ents
        ]
        if shape == "table_cols":
            rows = [list(x) for x in zip(*rows)]
        return [("table", rows)]
    if shape == "prose":
        cp, s = c.contact, []
        if L == "nb":
            s.append(
                "Kontaktperson for saken er %s, %s i %s, som nås på %s%s."
                % (
                    cp.name,
                    cp.title or "rådgiver",
                    c.org,
                    ("telefon %s" % cp.phone) if cp.phone else "",
                    (" eller e-post %s" % cp.email if cp.phone else "e-post %s" % cp.email)
                    if cp.email
                    else "",
                )
            )
            if c.dpo:
                s.append(
                    "Vårt personvernombud er %s%s, tlf. %s, e-post %s."
                    % (
                        c.dpo.name,
                        (" i " + c.dpo_org[0]) if c.dpo_external else "",
                        val(c.dpo.phone),
                        c.dpo.email,
                    )
                    if c.dpo.phone
                    else "Vårt personvernombud er %s%s, e-post %s."
                    % (c.dpo.name, (" i " + c.dpo_org[0]) if c.dpo_external else "", c.dpo.email)
                )
            if c.processor == "used" and c.proc_contact and not c.proc_separate:
                s.append(
                    "Hos databehandleren %s er %s kontaktperson (mob %s, %s)."
                    % (
                        c.proc_org[0],
                        c.proc_contact.name,
                        c.proc_contact.phone,
                        c.proc_contact.email,
                    )
                )
        elif L == "nn":
            s.append(
                "Kontaktperson for saka er %s, %s, som kan nåast på %s."
                % (
                    cp.name,
                    cp.title or "rådgjevar",
                    " eller ".join(
                        x
                        for x in [
                            ("telefon %s" % cp.phone) if cp.phone else "",
                            ("e-post %s" % cp.email) if cp.email else "",
                        ]
                        if x
                    ),
                )
            )
            if c.dpo:
                s.append(
                    "Personvernombodet vårt er %s%s, e-post %s%s."
                    % (
                        c.dpo.name,
                        (" i " + c.dpo_org[0]) if c.dpo_external else "",
                        c.dpo.email,
                        (", tlf. " + c.dpo.phone) if c.dpo.phone else "",
                    )
                )
            if c.processor == "used" and c.proc_contact and not c.proc_separate:
                s.append(
                    "Kontaktperson hjå databehandlaren %s er %s (tlf. %s, %s)."
                    % (
                        c.proc_org[0],
                        c.proc_contact.name,
                        c.proc_contact.phone,
                        c.proc_contact.email,
                    )
                )
        else:
            s.append(
                "The contact person for this request is %s, %s, who can be reached %s."
                % (
                    cp.name,
                    cp.title or "privacy lead",
                    " or ".join(
                        x
                        for x in [
                            ("on %s" % cp.phone) if cp.phone else "",
                            ("at %s" % cp.email) if cp.email else "",
                        ]
                        if x
                    ),
                )
            )
            if c.dpo:
                s.append(
                    "Our data protection officer is %s%s (%s%s)."
                    % (
                        c.dpo.name,
                        (" of " + c.dpo_org[0]) if c.dpo_external else "",
                        c.dpo.email,
                        (", tel. " + c.dpo.phone) if c.dpo.phone else "",
                    )
                )
            if c.processor == "used" and c.proc_contact and not c.proc_separate:
                s.append(
                    "At our processor %s, please contact %s, phone %s, e-mail %s."
                    % (
                        c.proc_org[0],
                        c.proc_contact.name,
                        c.proc_contact.phone,
                        c.proc_contact.email,
                    )
                )
        return [("p", " ".join(s))]
    raise ValueError(shape)


def signature(c):
    p = c.contact
    L = c.lang
    greet = {
        "nb": ["Med vennlig hilsen", "Vennlig hilsen", "Mvh"],
        "nn": ["Med venleg helsing", "Helsing"],
        "en": ["Kind regards", "Best regards", "Yours sincerely"],
    }[L]
    lines = [c.rnd.choice(greet), "", p.name, p.title or "", c.org]
    if p.phone:
        lines.append(
            c.rnd.choice(
                ["Tlf. ", "Telefon: ", "mob ", "M: "] if L != "en" else ["Tel ", "Phone: ", "M: "]
            )
            + p.phone
        )
    if p.email:
        lines.append(p.email)
    return "\n".join(l for l in lines if l is not None)


def short_sig(c):
    return (
        {"nb": "Vennlig hilsen\n%s", "nn": "Helsing\n%s", "en": "Regards,\n%s"}[c.lang]
        % c.contact.name
        + "\n"
        + c.org
    )


def dpo_line(c):
    """Used with the signature shape: DPO (and processor) in a separate sentence."""
    if c.dpo is None:
        return ""
    L = c.lang
    d = c.dpo
    ext = c.dpo_org[0] if c.dpo_external else None
    if L == "nb":
        t = "Personvernombudet vårt, %s%s, har vært involvert og kan nås på %s%s." % (
            d.name,
            (" (" + ext + ")") if ext else "",
            d.email,
            (" / " + d.phone) if d.phone else "",
        )
    elif L == "nn":
        t = "Personvernombodet, %s%s, kan nåast på %s%s." % (
            d.name,
            (" (" + ext + ")") if ext else "",
            d.email,
            (" / " + d.phone) if d.phone else "",
        )
    else:
        t = "Our DPO, %s%s, can be reached at %s%s." % (
            d.name,
            (" (" + ext + ")") if ext else "",
            d.email,
            (" / " + d.phone) if d.phone else "",
        )
    if c.processor == "used" and c.proc_contact and not c.proc_separate:
        pc = c.proc_contact
        t += {
            "nb": " Kontakt hos databehandler %s: %s, %s, %s.",
            "nn": " Kontakt hjå databehandlar %s: %s, %s, %s.",
            "en": " Processor contact at %s: %s, %s, %s.",
        }[L] % (c.proc_org[0], pc.name, pc.phone, pc.email)
    return t


def proc_separate_blocks(c):
    pc = c.proc_contact
    L = c.lang
    t = {
        "nb": ("Kontaktinformasjon – databehandler", "Databehandler", "Kontaktperson"),
        "nn": ("Kontaktinformasjon – databehandlar", "Databehandlar", "Kontaktperson"),
        "en": ("Processor contact details", "Processor", "Contact"),
    }[L]
    return [
        ("h", t[0]),
        (
            "table",
            [
                [t[1], c.proc_org[0]],
                ["Org.", c.proc_org[1]],
                [t[2], pc.name],
                ["Tel.", pc.phone],
                ["E-mail", pc.email],
            ],
        ),
    ]


# ------------------------------------------------------------------ cover letters


def proc_sentence(c):
    if c.processor == "used":
        return {
            "nb": "Løsningen leveres og driftes av %s, som er databehandler for oss etter skriftlig avtale.",
            "nn": "Løysinga vert levert og drifta av %s, som er databehandlar for oss etter skriftleg avtale.",
            "en": "The solution is supplied and operated by %s, acting as our processor under a written agreement.",
        }[c.lang] % c.proc_org[0]
    if c.processor == "none":
        return c.rnd_fixed.choice(
            {
                "nb": [
                    "Vi benytter ingen databehandler; løsningen driftes av egen IT-avdeling.",
                    "Det benyttes ingen databehandler i denne behandlingen.",
                ],
                "nn": ["Vi nyttar ingen databehandlar; løysinga vert drifta av eiga IT-avdeling."],
                "en": [
                    "No processor is involved; the system is run by our own IT department.",
                    "We do not use any data processor for this processing.",
                ],
            }[c.lang]
        )
    return ""


def cover(c, statements, attach_names):
    L, S, rnd = c.lang, c.S, c.rnd
    full = all(v == "ok" for k, v in c.status.items() if k in (4, 5))
    if L == "nb":
        intro = rnd.choice(
            [
                "Vi viser til personvernforordningen artikkel 36 og ber med dette om forhåndsdrøftelse for %s."
                % S["sys"],
                "%s ber om forhåndsdrøftelse med Datatilsynet. Vi har gjennomført en vurdering av personvernkonsekvenser for %s, og restrisikoen er fortsatt høy."
                % (c.org, S["sys"])
                if full
                else "%s ber om forhåndsdrøftelse med Datatilsynet for %s." % (c.org, S["sys"]),
                "Hei!\n\nVedlagt følger vår anmodning om forhåndsdrøftelse etter GDPR art. 36 vedrørende %s."
                % S["sys"],
                (
                    "Anmodning om forhåndsdrøftelse – %s\n\nDPIA-en er behandlet i ledergruppen to ganger uten at vi har klart å redusere risikoen tilstrekkelig. Vi ber derfor om forhåndsdrøftelse."
                    if full
                    else "Anmodning om forhåndsdrøftelse – %s\n\nVi ber om forhåndsdrøftelse før behandlingen starter."
                )
                % S["sys"],
                "Hermed oversendes dokumentasjon for forhåndsdrøftelse av %s. Dokumentasjonen følger punktene på Datatilsynets nettside."
                % S["sys"],
                "Til Datatilsynet\n\n%s ønsker å rådføre seg med Datatilsynet før vi starter %s, jf. artikkel 36 nr. 1."
                % (c.org, S["sys"]),
            ]
        )
        att = "Vedlegg:" if attach_names else None
    elif L == "nn":
        intro = rnd.choice(
            [
                "Vi viser til personvernforordninga artikkel 36 og ber med dette om førehandsdrøfting av %s."
                % S["sys"],
                "%s ber om førehandsdrøfting med Datatilsynet. Vi har gjennomført ei vurdering av personvernkonsekvensar for %s, og restrisikoen er framleis høg."
                % (c.org, S["sys"])
                if full
                else "%s ber om førehandsdrøfting med Datatilsynet for %s." % (c.org, S["sys"]),
                "Hei!\n\nVedlagt er førespurnaden vår om førehandsdrøfting etter art. 36 for %s."
                % S["sys"],
            ]
        )
        att = "Vedlegg:" if attach_names else None
    else:
        intro = rnd.choice(
            [
                "Please find enclosed our request for prior consultation under Article 36 GDPR concerning %s."
                % S["sys"],
                (
                    "Dear Sir or Madam,\n\n%s hereby requests prior consultation with Datatilsynet regarding %s. Our DPIA indicates a high residual risk that we have not been able to mitigate."
                    if full
                    else "Dear Sir or Madam,\n\n%s hereby requests prior consultation with Datatilsynet regarding %s."
                )
                % (c.org, S["sys"]),
                "Hello,\n\nWe would like to request a prior consultation (GDPR Art. 36) before launching %s."
                % S["sys"],
                (
                    "To the Norwegian Data Protection Authority\n\nRequest for prior consultation – %s. Management has reviewed the DPIA twice and the risk remains high."
                    if full
                    else "To the Norwegian Data Protection Authority\n\nRequest for prior consultation – %s."
                )
                % S["sys"],
            ]
        )
        att = "Attachments:" if attach_names else None
    b = [("p", intro)]
    if statements:
        b.append(("p", " ".join(statements)))
    if att:
        b.append(("p", att + "\n" + "\n".join("- " + n for n in attach_names)))
    return b


# ------------------------------------------------------------------ non-requests


def nonreq(c, kind):
    L, S = c.lang, c.S
    sig = short_sig(c)
    if kind == "must_we_ask":
        subj = {
            "nb": "Må vi be om forhåndsdrøftelse?",
            "nn": "Må vi be om førehandsdrøfting?",
            "en": "Do we need a prior consultation?",
        }[L]
        txt = {
            "nb": "Hei,\n\nVi vurderer å innføre %s. Vi er usikre på om dette er en behandling som krever forhåndsdrøftelse med dere, eller om det holder at vi gjør en DPIA selv. Kan dere si noe om hvordan vi skal vurdere dette? Vi har ikke startet DPIA-arbeidet ennå.\n\n%s"
            % (S["sys"], sig),
            "nn": "Hei,\n\nVi vurderer å ta i bruk %s. Vi er usikre på om dette krev førehandsdrøfting, eller om det held med ein DPIA. Kan de gje oss eit svar?\n\n%s"
            % (S["sys"], sig),
            "en": "Hi,\n\nWe are considering %s. Could you tell us whether this requires a prior consultation under Article 36, or whether carrying out a DPIA ourselves is sufficient? We have not started the DPIA yet.\n\n%s"
            % (S["sys"], sig),
        }[L]
        return subj, [("p", txt)], "asks whether prior consultation is required; no DPIA yet"
    if kind == "guidance":
        subj = {
            "nb": "Ønske om veiledningsmøte – %s" % S["sys"],
            "nn": "Ønskje om rettleiingsmøte",
            "en": "Request for a guidance meeting",
        }[L]
        txt = {
            "nb": "Hei,\n\nVi er i gang med en DPIA for %s og ønsker et veiledningsmøte med Datatilsynet for å diskutere om vi tenker riktig rundt behandlingsgrunnlag og risiko. Passer det i januar? Vi ber ikke om forhåndsdrøftelse nå.\n\n%s"
            % (S["sys"], sig),
            "nn": "Hei,\n\nVi held på med ein DPIA for %s og ønskjer eit rettleiingsmøte for å drøfte om vi tenkjer rett. Passar det i januar?\n\n%s"
            % (S["sys"], sig),
            "en": "Hello,\n\nWe are working on a DPIA for %s and would appreciate a guidance meeting to discuss whether our approach is sound. We are not requesting prior consultation at this stage.\n\n%s"
            % (S["sys"], sig),
        }[L]
        return subj, [("p", txt)], "asks for a guidance meeting, not prior consultation"
    if kind == "complaint":
        n = c.contact.name
        subj = {
            "nb": "Klage på naboens kamera",
            "nn": "Klage på kamera hjå naboen",
            "en": "Complaint: neighbour's CCTV camera",
        }[L]
        txt = {
            "nb": "Hei\n\nNaboen min i Furuveien 12 har satt opp et kamera som filmer rett inn i hagen vår og på barnas lekeplass. Vi har bedt ham flytte det, men ingenting skjer. Hva kan Datatilsynet gjøre? Jeg legger ved et bilde.\n\nHilsen %s\ntlf %s"
            % (n, c.contact.phone),
            "nn": "Hei\n\nNaboen min har sett opp eit kamera som filmar rett inn i hagen vår. Vi har bede han flytte det, men ingenting skjer. Kva kan de gjere?\n\nHelsing %s"
            % n,
            "en": "Hello,\n\nMy neighbour has installed a camera that films straight into our garden and our children's play area. He refuses to move it. What can the Authority do?\n\n%s"
            % n,
        }[L]
        return subj, [("p", txt)], "private complaint about a neighbour's camera"
    if kind == "press":
        subj = {
            "nb": "Pressehenvendelse: antall forhåndsdrøftelser",
            "nn": "Pressespørsmål om førehandsdrøftingar",
            "en": "Press enquiry – prior consultations",
        }[L]
        txt = {
            "nb": "Hei,\n\nJeg er journalist i Avisa Nordvik og skriver om kunstig intelligens i offentlig sektor. Hvor mange anmodninger om forhåndsdrøftelse har Datatilsynet mottatt i 2026, og hvor mange gjaldt KI? Frist for svar er fredag.\n\n%s\njournalist"
            % c.contact.name,
            "nn": "Hei,\n\nEg er journalist i Vestavisa og lagar ei sak om kameraovervaking i skulen. Kor mange førehandsdrøftingar har de fått om dette?\n\n%s"
            % c.contact.name,
            "en": "Dear press office,\n\nI am a reporter with Nordic Tech Review writing about biometrics. How many prior consultations has the Authority handled since 2024 and what were the outcomes?\n\n%s"
            % c.contact.name,
        }[L]
        return subj, [("p", txt)], "press enquiry about prior consultations"
    if kind == "unrelated":
        subj = {
            "nb": "Innsyn i egne opplysninger?",
            "nn": "Spørsmål om sletting",
            "en": "Question about data deletion",
        }[L]
        txt = {
            "nb": "Hei, jeg har bedt treningssenteret mitt om innsyn i opplysningene de har om meg for to måneder siden, men har ikke fått svar. Hva gjør jeg nå?\n\nMvh %s"
            % c.contact.name,
            "nn": "Hei, eg har bede ein nettbutikk om å slette kontoen min, men får stadig e-postar. Kva kan eg gjere?\n\nHelsing %s"
            % c.contact.name,
            "en": "Hi, an online shop keeps e-mailing me although I asked them to delete my account. Can you help?\n\n%s"
            % c.contact.name,
        }[L]
        return subj, [("p", txt)], "individual's general data-protection question"
    # feedback_dpia
    subj = {
        "nb": "Innspill på DPIA – %s" % S["sys"],
        "nn": "Innspel til DPIA",
        "en": "Feedback requested on our DPIA",
    }[L]
    txt = {
        "nb": "Hei,\n\nVedlagt er utkast til DPIA for %s. Vi ønsker Datatilsynets innspill og tilbakemelding på om vurderingen er god nok før vi tar den videre internt. Dette er ikke en anmodning om forhåndsdrøftelse.\n\n%s"
        % (S["sys"], sig),
        "nn": "Hei,\n\nVedlagt er utkast til DPIA for %s. Vi ønskjer innspel frå Datatilsynet på om vurderinga er god nok. Dette er ikkje ein førespurnad om førehandsdrøfting.\n\n%s"
        % (S["sys"], sig),
        "en": "Hi,\n\nAttached is a draft DPIA for %s. We would welcome your feedback and input on whether the assessment is adequate. This is not a request for prior consultation.\n\n%s"
        % (S["sys"], sig),
    }[L]
    return subj, [("p", txt)], "attaches a draft DPIA but only asks for feedback/input"


# ------------------------------------------------------------------ assembly helpers

EXT = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "rtf": ("application", "rtf"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "zip": ("application", "zip"),
    "png": ("image", "png"),
    "jpg": ("image", "jpeg"),
    "txt": ("text", "plain"),
    "html": ("text", "html"),
}


def render(blocks, fmt, serif=False):
    if fmt == "pdf":
        return R.to_pdf(blocks, serif)
    if fmt == "docx":
        return R.to_docx(blocks)
    if fmt == "odt":
        return R.to_odt(blocks)
    if fmt == "rtf":
        return R.to_rtf(blocks)
    if fmt == "txt":
        return R.to_text(blocks).encode("utf-8")
    raise ValueError(fmt)


def dpia_report(c, content, status, fmt):
    L, S = c.lang, c.S
    t = {
        "nb": (
            "Vurdering av personvernkonsekvenser (DPIA)",
            "Innledning",
            "Beskrivelse av behandlingen",
            "Nødvendighet og proporsjonalitet",
            "Risikovurdering og tiltak",
            "Konklusjon",
            "Denne rapporten dokumenterer vurderingen av personvernkonsekvenser etter personvernforordningen artikkel 35. Personvernombudet har gitt råd underveis.",
            "Restrisikoen er høy. Behandlingen kan ikke starte før forhåndsdrøftelse er gjennomført.",
        ),
        "nn": (
            "Vurdering av personvernkonsekvensar (DPIA)",
            "Innleiing",
            "Skildring av handsaminga",
            "Naudsyn og proporsjonalitet",
            "Risikovurdering og tiltak",
            "Konklusjon",
            "Denne rapporten dokumenterer vurderinga av personvernkonsekvensar etter artikkel 35.",
            "Restrisikoen er høg. Handsaminga kan ikkje starte før førehandsdrøfting.",
        ),
        "en": (
            "Data Protection Impact Assessment",
            "Introduction",
            "Description of the processing",
            "Necessity and proportionality",
            "Risks and mitigations",
            "Conclusion",
            "This report documents the DPIA under Article 35 GDPR. The DPO was consulted throughout.",
            "Residual risk is high; processing will not start before prior consultation.",
        ),
    }[L]
    b = [
        ("h", "%s – %s" % (t[0], S["sys"])),
        (
            "p",
            "%s · %s · v%d.%d · %s"
            % (c.org, "Versjon" if L != "en" else "Version", 1, c.rnd.randint(0, 9), c.meetdate),
        ),
        ("h", "1 " + t[1]),
        ("p", t[6]),
    ]
    n = 2
    for p, title in ((2, t[2]), (3, t[3]), (4, t[4])):
        if status[p] == "ok":
            b.append(("h", "%d %s" % (n, title)))
            b += content[p]
            n += 1
    b += [("h", "%d %s" % (n, t[5])), ("p", t[7])]
    return render(b, fmt)


def scan_pdf(blocks, seed, signature=None):
    return R.images_to_pdf(R.render_pages(blocks, seed, signature=signature))


def photo(blocks, seed, fmt):
    img = R.render_pages(blocks, seed, dpi=130, photo=True)[0]
    return R.image_bytes(img, "PNG" if fmt == "png" else "JPEG")


def fixed_boundaries(msg, cid):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(
                "=_%s_%02d_%s"
                % (cid, n, hashlib.sha1(("%s%d" % (cid, n)).encode()).hexdigest()[:12])
            )


def new_msg(
    c, frm_name, frm, subject, to="postkasse@datatilsynet.no", date=None, mid=None, cc=None
):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "%s <%s>" % (frm_name, frm) if frm_name else frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date or c.date)
    m["Message-ID"] = mid or "<%s.%s@%s>" % (
        hashlib.sha1(c.id.encode()).hexdigest()[:20],
        c.date.strftime("%Y%m%d%H%M"),
        c.domain,
    )
    m["MIME-Version"] = "1.0"
    return m


def set_body(m, blocks, mode):
    if mode == "text":
        m.set_content(R.to_text(blocks))
    elif mode == "html":
        m.set_content(R.to_html(blocks), subtype="html")
    else:
        m.set_content(R.to_text(blocks))
        m.add_alternative(R.to_html(blocks), subtype="html")


def attach(m, name, data):
    ext = name.rsplit(".", 1)[1].lower()
    mt, st = EXT[ext]
    if mt == "text":
        m.add_attachment(data.decode("utf-8") if data else "", subtype=st, filename=name)
    else:
        m.add_attachment(data, maintype=mt, subtype=st, filename=name)


# ------------------------------------------------------------------ case context

TITLES = {
    "nb": [
        "personvernrådgiver",
        "prosjektleder",
        "seksjonsleder",
        "juridisk rådgiver",
        "IT-sikkerhetsleder",
        "fagansvarlig",
    ],
    "nn": ["personvernrådgjevar", "prosjektleiar", "seksjonsleiar", "juridisk rådgjevar"],
    "en": ["Head of Privacy", "Project Manager", "Legal Counsel", "Compliance Manager", "CISO"],
}


def make_ctx(spec):
    c = Ctx()
    c.__dict__.update(spec)
    c.rnd = random.Random("%d-%s" % (SEED, c.id))
    c.rnd_fixed = random.Random("fixed-%s" % c.id)
    scen = spec["scen"]
    c.S = scen[c.lang]
    on = c.rnd.choice(scen["orgs"])
    c.org, c.orgnr, c.addr, c.domain = on
    foreign = c.lang == "en" and c.rnd.random() < 0.35
    c.contact = Person(c.rnd, c.domain, c.lang, foreign=foreign, title=c.rnd.choice(TITLES[c.lang]))
    c.boss = Person(c.rnd, c.domain, c.lang).name
    if c.dpo_external:
        fn, fd = c.rnd.choice(DPO_FIRMS)
        c.dpo = Person(c.rnd, fd, c.lang, foreign=fd.endswith(".se"))
        c.dpo_org = (
            fn
            + (
                " (ekstern personvernombudstjeneste)"
                if c.lang != "en"
                else " (external DPO service)"
            ),
            "9%08d" % c.rnd.randint(0, 99999999),
            "Postboks %d, 0%03d Oslo" % (c.rnd.randint(10, 999), c.rnd.randint(100, 999)),
        )
    else:
        c.dpo = Person(c.rnd, c.domain, c.lang)
        c.dpo_org = (c.org, c.orgnr, c.addr)
    pn, pd = scen["proc"]
    c.proc_org = (
        pn,
        "Org.nr. 9%08d" % c.rnd.randint(0, 99999999)
        if pd.endswith(".no")
        else ("Reg. no. %d" % c.rnd.randint(1000000, 9999999)),
        "Postboks %d" % c.rnd.randint(1, 900),
    )
    c.proc_contact = Person(c.rnd, pd, c.lang, foreign=not pd.endswith(".no"))
    c.proc_contact.title = ""
    day = datetime.date(2026, 10, 19) + datetime.timedelta(days=c.rnd.randint(0, 58))
    while day.weekday() > 4:
        day += datetime.timedelta(days=1)
    tz = datetime.timezone(datetime.timedelta(hours=2 if day < datetime.date(2026, 10, 25) else 1))
    c.date = datetime.datetime(
        day.year,
        day.month,
        day.day,
        c.rnd.randint(7, 16),
        c.rnd.randint(0, 59),
        c.rnd.randint(0, 59),
        tzinfo=tz,
    )
    md = day - datetime.timedelta(days=c.rnd.randint(6, 40))
    c.meetdate = md.strftime("%d.%m.%Y") if c.lang != "en" else md.strftime("%d %B %Y")
    c.proc_sentence = lambda: proc_sentence(c)
    # apply part-1 defects
    d = c.defect or ""
    if "p1_no_dpo" in d:
        c.dpo = None
    if "p1_dpo_no_phone" in d:
        c.dpo.phone = None
    if "p1_contact_no_phone" in d:
        c.contact.phone = None
    if "p1_proc_no_contact" in d:
        c.proc_contact = None
    return c


SUBJ = {
    "nb": [
        "Anmodning om forhåndsdrøftelse – %s",
        "Forhåndsdrøftelse etter GDPR art. 36: %s",
        "Be om forhåndsdrøftelse (%s)",
        "Forespørsel om forhåndsdrøftelse",
        "Anmodning om forhåndsdrøftelse",
        "Forhåndsdrøftelse – %s – %s",
    ],
    "nn": [
        "Førespurnad om førehandsdrøfting – %s",
        "Førehandsdrøfting etter art. 36",
        "Oppmoding om førehandsdrøfting (%s)",
    ],
    "en": [
        "Request for prior consultation – %s",
        "Prior consultation under Article 36 GDPR",
        "Art. 36 prior consultation: %s",
        "Prior consultation request from %s",
    ],
}


def subject(c):
    t = c.rnd.choice(SUBJ[c.lang])
    n = t.count("%s")
    return t % (
        (c.S["sys"],)
        if n == 1 and "from" not in t
        else (c.org,)
        if n == 1
        else (c.org, c.S["sys"])
        if n == 2
        else ()
    )


def build_request(c):
    L, rnd = c.lang, c.rnd
    tags = []
    hs = HEAD[L][c.hstyle]
    fnames = FILENAMES[L]
    status = dict(c.status)
    content = {2: p2(c, c.v), 3: p3(c, c.v), 4: p4(c, c.v), 5: p5(c, c.v)}
    statements, files, flow = [], [], {}
    if c.cshape in ("label_value", "prose"):
        flow[1] = contact_blocks(c, c.cshape)
    for p in (2, 3, 4, 5):
        st = status[p]
        if st == "ok":
            flow[p] = content[p]
        elif st == "later":
            statements.append(rnd.choice(LATER[L][p]))
            tags.append("part%d_will_follow" % p)
        elif st == "notdone":
            statements.append(rnd.choice(NOTDONE5[L]))
            tags.append("part5_not_done")
        elif st == "zero":
            files.append((rnd.choice(fnames[p - 1]) + rnd.choice([".pdf", ".docx"]), b""))
            tags.append("zero_byte_part%d" % p)
        elif st == "wrong":
            files.append((rnd.choice(fnames[p - 1]) + ".pdf", R.to_pdf(rnd.choice(WRONG[L]))))
            tags.append("wrong_file_part%d" % p)
        elif st == "nodpia":
            flow[4] = NODPIA[L]
            tags.append("dpia_says_not_done")
        elif st == "absent":
            tags.append("part%d_absent" % p)
    if status[2] != "ok" and c.processor != "unspecified":
        statements.insert(0, proc_sentence(c))
    if c.defect and c.defect.startswith("p1_"):
        tags.append(c.defect.split("+")[0])
    # contact in separate document
    if c.cshape in ("table_rows", "table_cols"):
        nm = rnd.choice(fnames[0])
        files.insert(0, (nm + ".docx", R.to_docx([("h", hs[0])] + contact_blocks(c, c.cshape))))
        tags.append("contact_table_docx_" + ("rows" if c.cshape == "table_rows" else "cols"))
    elif c.cshape == "xlsx":
        rows = contact_blocks(c, "xlsx")[0][1]
        files.insert(
            0,
            (
                rnd.choice(fnames[0]) + ".xlsx",
                R.to_xlsx([(hs[0].split("–")[-1].strip()[:28] or "Kontakt", rows)]),
            ),
        )
        tags.append("contact_xlsx")
    else:
        tags.append("contact_" + c.cshape)
    if c.processor == "used" and c.proc_separate and c.proc_contact:
        pfmt = rnd.choice(["docx", "pdf"])
        files.append(
            (
                ("Databehandler_kontakt" if L != "en" else "Processor_contact") + "." + pfmt,
                render(proc_separate_blocks(c), pfmt),
            )
        )
        tags.append("processor_contact_separate")
    if c.dpo_external and c.dpo:
        tags.append("dpo_external_firm")
    tags.append(
        {
            "used": "processor_used",
            "none": "processor_none_stated",
            "unspecified": "processor_unspecified",
        }[c.processor]
    )
    # part 5 as scan / photo
    if 5 in flow and c.p5fmt != "text" and c.pack != "scan_all":
        blocks5 = [("h", hs[4])] + flow.pop(5)
        sigc = c.boss
        if c.p5fmt == "scan_pdf":
            files.append(
                (
                    rnd.choice(
                        [
                            "Signert protokoll",
                            "Scan_%s" % c.date.strftime("%Y%m%d"),
                            "Styreprotokoll signert",
                            "signed_minutes" if L == "en" else "Ledelsens godkjenning skannet",
                        ]
                    )
                    + ".pdf",
                    scan_pdf(blocks5, c.id, signature=sigc),
                )
            )
            tags.append("scanned_minutes_pdf")
        else:
            ext = "png" if c.p5fmt == "photo_png" else "jpg"
            files.append(
                ("IMG_%04d.%s" % (rnd.randint(1000, 9999), ext), photo(blocks5, c.id, ext))
            )
            tags.append("photo_" + ext)
    tags.append("headings_" + c.hstyle)

    def section(p):
        return [("h", hs[p - 1])] + flow[p]

    order = [p for p in (1, 2, 3, 4, 5) if p in flow]
    body_sections = []
    pack = c.pack
    if pack in ("body", "html_body", "alt_body"):
        for p in order:
            body_sections += section(p)
        tags.append(
            {
                "body": "all_in_body",
                "html_body": "html_only_body",
                "alt_body": "multipart_alternative",
            }[pack]
        )
    elif pack.startswith("one_"):
        fmt = pack[4:]
        title = {
            "nb": "Anmodning om forhåndsdrøftelse",
            "nn": "Førespurnad om førehandsdrøfting",
            "en": "Request for prior consultation",
        }[L]
        blocks = [("h", "%s – %s" % (title, c.S["sys"])), ("p", c.org)]
        for p in order:
            blocks += section(p)
        files.insert(
            0, (title.replace(" ", "_") + "." + fmt, render(blocks, fmt, serif=rnd.random() < 0.5))
        )
        tags.append("one_" + fmt)
    elif pack in ("per_part", "zip"):
        fmts = ["pdf", "docx", "odt", "rtf", "pdf", "docx"]
        k = rnd.randrange(6)
        pf = []
        for i, p in enumerate(order):
            fmt = fmts[(k + i) % 6]
            pf.append((rnd.choice(fnames[p - 1]) + "." + fmt, render(section(p), fmt)))
            tags.append(fmt)
        files[:0] = pf
        tags.append("file_per_part")
    elif pack.startswith("dpia_report"):
        fmt = pack.split("_")[-1]
        if 1 in flow:
            body_sections += section(1)
        if any(status[p] == "ok" for p in (2, 3, 4)):
            files.insert(
                0,
                (
                    ("DPIA_" if L != "en" else "DPIA_report_") + c.org.split()[0] + "." + fmt,
                    dpia_report(c, content, status, fmt),
                ),
            )
        if 4 in flow and status[4] == "nodpia":
            files.insert(0, ("DPIA.pdf", R.to_pdf(NODPIA[L])))
        if 5 in flow:
            files.append((rnd.choice(fnames[4]) + "." + rnd.choice(["pdf", "docx", "odt"]), None))
            files[-1] = (files[-1][0], render(flow[5], files[-1][0].rsplit(".", 1)[1]))
        tags.append("dpia_report_" + fmt)
    elif pack == "scan_all":
        blocks = cover(c, [], []) + sum([section(p) for p in order], [])
        files.insert(
            0,
            (
                rnd.choice(
                    [
                        "Skann_0001.pdf",
                        "scan.pdf",
                        "Anmodning skannet.pdf",
                        "doc%05d.pdf" % rnd.randint(0, 99999),
                    ]
                ),
                scan_pdf(blocks, c.id + "all", signature=c.contact.name),
            ),
        )
        tags.append("scanned_request_image_pdf")
    if pack == "zip":
        zb = io.BytesIO()
        with zipfile.ZipFile(zb, "w", zipfile.ZIP_DEFLATED) as z:
            for n, d in files:
                zi = zipfile.ZipInfo(n, R.FIXED)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, d)
        files = [
            (
                rnd.choice(
                    [
                        "Dokumentasjon.zip",
                        "forhandsdrofting.zip",
                        "vedlegg.zip",
                        "documents.zip" if L == "en" else "DPIA-pakke.zip",
                    ]
                ),
                zb.getvalue(),
            )
        ]
        tags.append("zip")
    # body
    names = [n for n, _ in files] if rnd.random() < 0.6 else []
    if pack == "scan_all":
        body = [
            (
                "p",
                {
                    "nb": "Vedlagt følger skannet anmodning om forhåndsdrøftelse.",
                    "nn": "Vedlagt er skanna førespurnad om førehandsdrøfting.",
                    "en": "Please find our scanned request for prior consultation attached.",
                }[L],
            )
        ]
        if statements:
            body.append(("p", " ".join(statements)))
    else:
        body = cover(c, statements, names)
    body += body_sections
    if c.cshape == "html_table":
        body += [
            (
                "p",
                {
                    "nb": "Kontaktopplysninger:",
                    "nn": "Kontaktopplysningar:",
                    "en": "Contact details:",
                }[L],
            )
        ] + contact_blocks(c, "html_table")
        tags.append("html_table_body")
    if c.cshape == "signature":
        dl = dpo_line(c)
        if dl:
            body.append(("p", dl))
        body.append(("sig", signature(c)))
    else:
        body.append(("sig", short_sig(c)))
    mode = {"html_body": "html", "alt_body": "alt"}.get(pack, "text")
    if c.cshape == "html_table" and mode == "text":
        mode = "alt" if rnd.random() < 0.6 else "html"
    if mode == "html" and "html_only_body" not in tags:
        tags.append("html_only_body")
    if mode == "alt" and "multipart_alternative" not in tags:
        tags.append("multipart_alternative")
    sender = c.contact
    use_post = c.cshape != "signature" and rnd.random() < 0.2
    frm = ("postmottak@" + c.domain) if use_post else sender.email
    if frm is None:
        frm = "postmottak@" + c.domain
    cc = c.dpo.email if (c.dpo and rnd.random() < 0.3) else None
    subj = subject(c)
    m = new_msg(c, None if use_post else sender.name, frm, subj, cc=cc)
    set_body(m, body, mode)
    for n, d in files:
        attach(m, n, d)
    if c.forward:
        m = forward(c, m, subj)
        tags.append("forwarded_rfc822")
    return m, tags


def forward(c, inner, subj):
    L = c.lang
    col = Person(random.Random(c.id + "fw"), c.domain, L, title="arkiv")
    inner.replace_header("To", "personvern@" + c.domain)
    inner.replace_header("Date", format_datetime(c.date - datetime.timedelta(days=2, hours=3)))
    inner.replace_header(
        "Message-ID",
        "<%s.inner@%s>" % (hashlib.sha1((c.id + "i").encode()).hexdigest()[:20], c.domain),
    )
    outer = new_msg(c, col.name, col.email, {"nb": "VS: ", "nn": "VS: ", "en": "Fwd: "}[L] + subj)
    txt = {
        "nb": "Hei,\n\nVideresender anmodningen om forhåndsdrøftelse fra %s, som ved en feil ble sendt til vår interne personvernpostkasse. Se vedlagt e-post med vedlegg.\n\nVennlig hilsen\n%s\nDokumentsenteret, %s",
        "nn": "Hei,\n\nVidaresender førespurnaden om førehandsdrøfting frå %s, som vart send til den interne postkassa vår. Sjå vedlagd e-post.\n\nHelsing\n%s\nDokumentsenteret, %s",
        "en": "Hello,\n\nForwarding the prior consultation request from %s, which was sent to our internal privacy mailbox by mistake. The original e-mail with attachments is attached.\n\nRegards,\n%s\nRecords office, %s",
    }[L] % (c.contact.name, col.name, c.org)
    outer.set_content(txt)
    outer.add_attachment(inner)
    return outer


def build_nonrequest(c):
    L, rnd = c.lang, c.rnd
    subj, body, note = nonreq(c, c.kind)
    tags = ["nonrequest_" + c.kind]
    files = []
    if c.kind == "feedback_dpia":
        fmt = rnd.choice(["pdf", "docx"])
        files.append(
            (
                "DPIA_utkast." + fmt if L != "en" else "DPIA_draft." + fmt,
                dpia_report(
                    c,
                    {2: p2(c, c.v), 3: p3(c, c.v), 4: p4(c, c.v)},
                    {2: "ok", 3: "ok", 4: "ok"},
                    fmt,
                ),
            )
        )
        tags.append("dpia_report_" + fmt)
    if c.kind == "complaint" and rnd.random() < 0.7:
        from PIL import Image, ImageDraw

        img = Image.new("RGB", (800, 600), (120, 140, 110))
        d = ImageDraw.Draw(img)
        d.rectangle((300, 80, 520, 200), fill=(230, 230, 230))
        d.ellipse((480, 120, 540, 180), fill=(30, 30, 30))
        d.rectangle((0, 400, 800, 600), fill=(90, 110, 80))
        b = io.BytesIO()
        img.save(b, "JPEG", quality=70)
        files.append(("IMG_%d.jpg" % rnd.randint(2000, 9999), b.getvalue()))
        tags.append("photo_jpg")
    mode = rnd.choice(["text", "text", "html", "alt"])
    tags.append(
        {"text": "all_in_body", "html": "html_only_body", "alt": "multipart_alternative"}[mode]
    )
    frm = (
        c.contact.email
        if c.kind not in ("complaint", "unrelated", "press")
        else mkmail(
            rnd,
            *c.contact.name.split(" ", 1),
            rnd.choice(["gmail.com", "online.no", "hotmail.com", "outlook.com"]),
        )
    )
    if c.kind == "press":
        frm = mkmail(
            rnd,
            *c.contact.name.split(" ", 1),
            rnd.choice(["avisa-nordvik.no", "vestavisa.no", "nordictechreview.com"]),
        )
    m = new_msg(c, c.contact.name, frm, subj)
    set_body(m, body, mode)
    for n, d in files:
        attach(m, n, d)
    if c.forward:
        m = forward(c, m, subj)
        tags.append("forwarded_rfc822")
    return m, tags, note


# ------------------------------------------------------------------ plan

DEFECTS = [
    "p1_no_dpo",
    "p4_later",
    "p5_next_meeting",
    "p3_absent",
    "p1_dpo_no_phone",
    "p5_zero",
    "p2_absent",
    "p4_no_dpia",
    "p1_proc_no_contact",
    "p5_later",
    "p3_later",
    "p4_zero",
    "p5_absent",
    "p1_contact_no_phone",
    "p5_wrong",
    "p2_wrong",
    "p34_later",
    "p5_not_done",
    "p1_no_dpo+p5_absent",
]
CSHAPES = [
    "table_rows",
    "label_value",
    "prose",
    "signature",
    "html_table",
    "xlsx",
    "table_cols",
    "label_value",
    "prose",
    "table_rows",
    "signature",
]
PACKS = [
    "body",
    "one_pdf",
    "per_part",
    "dpia_report_pdf",
    "html_body",
    "one_docx",
    "zip",
    "alt_body",
    "dpia_report_docx",
    "one_odt",
    "per_part",
    "scan_all",
    "one_rtf",
    "one_pdf",
    "body",
]
HSTYLES = ["num", "question", "plain", "vedlegg", "num", "plain", "question"]
PROCS = ["used", "none", "used", "unspecified"]
P5FMT = ["text", "text", "scan_pdf", "text", "photo_png", "text", "photo_jpeg", "text", "scan_pdf"]
NONREQ = ["must_we_ask", "guidance", "complaint", "press", "feedback_dpia", "unrelated"]
STRATA = [
    ("registered", "nb", 43),
    ("registered", "nn", 11),
    ("registered", "en", 18),
    ("incomplete", "nb", 38),
    ("incomplete", "nn", 10),
    ("incomplete", "en", 16),
    ("needs_review", "nb", 15),
    ("needs_review", "nn", 3),
    ("needs_review", "en", 6),
]


def defect_status(defect):
    st = {2: "ok", 3: "ok", 4: "ok", 5: "ok"}
    for d in defect.split("+"):
        if d.startswith("p1_"):
            continue
        if d == "p34_later":
            st[3] = st[4] = "later"
        elif d == "p4_no_dpia":
            st[4] = "nodpia"
            st[5] = "absent"
        elif d in ("p5_next_meeting", "p5_not_done"):
            st[5] = "notdone"
        else:
            p, kind = int(d[1]), d.split("_")[1]
            st[p] = kind
    return st


def plan():
    rnd = random.Random(SEED)
    specs = []
    for outcome, lang, n in STRATA:
        for i in range(n):
            specs.append(
                dict(outcome=outcome, lang=lang, half="dev" if (i % 2 == 0) else "holdout")
            )
    rnd.shuffle(specs)
    ri = ii = ni = 0
    enc_count = {}
    for k, s in enumerate(specs):
        s["id"] = "b%03d" % (k + 1)
        scen_pool = [x for x in SCEN if (s["lang"] != "nn" or x["key"] in NN_SCEN)]
        s["scen"] = scen_pool[(k * 5 + 3) % len(scen_pool)]
        s["v"] = k % 4
        n_o = enc_count[s["outcome"]] = (
            enc_count.get(s["outcome"], -1) + 1
        )  # spread encryption over outcomes
        s["encrypt"] = "pgp_mime" if n_o % 7 == 3 else ("inline" if n_o % 20 == 15 else "none")
        s["forward"] = k % 11 == 6
        s["dpo_external"] = k % 4 == 2
        s["defect"] = None
        s["hstyle"] = HSTYLES[k % len(HSTYLES)]
        if s["outcome"] == "needs_review":
            s["kind"] = NONREQ[ni % len(NONREQ)]
            ni += 1
            s["processor"] = PROCS[ni % 4] if s["kind"] == "feedback_dpia" else "unspecified"
            s["proc_separate"] = False
            continue
        j = ri if s["outcome"] == "registered" else ii + 5
        s["cshape"] = CSHAPES[j % len(CSHAPES)]
        s["pack"] = PACKS[(j * 7 + (4 if s["outcome"] == "incomplete" else 0)) % len(PACKS)]
        s["processor"] = PROCS[j % 4]
        s["proc_separate"] = s["processor"] == "used" and j % 3 == 0
        s["p5fmt"] = P5FMT[j % len(P5FMT)]
        if s["outcome"] == "registered":
            ri += 1
            s["status"] = {2: "ok", 3: "ok", 4: "ok", 5: "ok"}
        else:
            d = DEFECTS[ii % len(DEFECTS)]
            ii += 1
            s["defect"] = d
            s["status"] = defect_status(d)
            if "p1_proc_no_contact" in d:
                s["processor"] = "used"
                s["proc_separate"] = False
            if any(x in d for x in ("zero", "wrong")) and s["pack"] in (
                "body",
                "html_body",
                "alt_body",
                "scan_all",
            ):
                s["pack"] = "per_part" if ii % 2 else "zip"
            if d in ("p2_wrong", "p4_zero") and s["pack"].startswith("dpia_report"):
                s["pack"] = "per_part"
            if d == "p4_no_dpia" and s["pack"].startswith("dpia_report"):
                s["pack"] = "one_pdf"
        if s["cshape"] == "html_table" and s["pack"] == "scan_all":
            s["pack"] = "one_pdf"
    return specs


PARTNOTE = {
    "p1_no_dpo": "no data protection officer named anywhere",
    "p1_dpo_no_phone": "DPO given with name and e-mail but no phone number",
    "p1_proc_no_contact": "processor named in the description but no contact details for it",
    "p1_contact_no_phone": "controller contact person has no phone number",
    "p2_absent": "no description of the processing",
    "p3_absent": "no necessity/proportionality assessment",
    "p3_later": "necessity assessment 'will be sent later'",
    "p4_later": "risk assessment 'ettersendes'/'will follow'",
    "p4_zero": "risk assessment attachment is zero bytes",
    "p4_no_dpia": "document states no DPIA has been carried out (no risk assessment, no management review)",
    "p5_next_meeting": "management/board will consider the DPIA at a later meeting",
    "p5_not_done": "management validation not done yet",
    "p5_later": "management validation 'ettersendes'",
    "p5_absent": "no management validation at all",
    "p5_zero": "management minutes attachment is zero bytes",
    "p5_wrong": "file named as minutes/validation is about something else",
    "p2_wrong": "file named as the description is about something else",
    "p34_later": "necessity and risk assessment both 'will follow'",
    "p1_no_dpo+p5_absent": "no DPO details and no management validation",
}


def main():
    outdir = os.path.join(HERE, "messages")
    os.makedirs(outdir, exist_ok=True)
    only = set(sys.argv[1:])
    for f in os.listdir(outdir):
        if f.endswith(".eml") and not only:
            os.remove(os.path.join(outdir, f))
    labels = []
    for spec in plan():
        if only and spec["id"] not in only:
            continue
        c = make_ctx(spec)
        if spec["outcome"] == "needs_review":
            m, tags, note = build_nonrequest(c)
            parts = {i: "missing" for i in range(1, 6)}
            if c.kind == "feedback_dpia":
                parts.update({2: "present", 3: "present", 4: "present"})
            is_req = False
        else:
            m, tags = build_request(c)
            st = spec["status"]
            parts = {1: "missing" if (spec["defect"] or "").startswith("p1_") else "present"}
            for p in (2, 3, 4, 5):
                parts[p] = "present" if st[p] == "ok" else "missing"
            is_req = True
            if spec["defect"]:
                note = PARTNOTE[spec["defect"]]
            else:
                note = "complete request; " + ", ".join(
                    t
                    for t in tags
                    if t.startswith(
                        (
                            "contact_",
                            "one_",
                            "dpia_report",
                            "scanned",
                            "photo",
                            "zip",
                            "file_per",
                            "all_in",
                            "html_only",
                            "forwarded",
                        )
                    )
                )
        fixed_boundaries(m, c.id)
        data = m.as_bytes(policy=policy.SMTP)
        with open(os.path.join(outdir, c.id + ".eml"), "wb") as fh:
            fh.write(data)
        if spec["outcome"] != "needs_review":
            outcome = "registered" if all(v == "present" for v in parts.values()) else "incomplete"
            assert outcome == spec["outcome"], c.id
        else:
            outcome = "needs_review"
        tags = list(dict.fromkeys(tags))
        labels.append(
            dict(
                id=c.id,
                half=spec["half"],
                language=c.lang,
                shapes=tags,
                encrypt=spec["encrypt"],
                is_request=is_req,
                processor=spec["processor"],
                parts=parts,
                outcome=outcome,
                note=note,
                scenario=spec["scen"]["key"],
            )
        )
    if not only:
        with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
            yaml.safe_dump(
                labels, fh, allow_unicode=True, sort_keys=False, width=200, default_flow_style=None
            )
        write_readme(labels)
        write_sums()
    return labels


README_HEAD = """# Blind corpus: requests for prior consultation (GDPR Art. 36)

**Author.** Written by an engineer who was kept *blind* to saksflyt's rules and code. The only sources were
Datatilsynet's public pages in `/work/shared/seeds/` (002 «Forhåndsdrøftelser» for the five required parts, 004 on DPIA
content, 003 on the data protection officer) and the brief for this corpus. No project code, no `domain.md`,
`architecture.md` or `toolchain.md` were read.

**Purpose.** An independent, labelled test set that measures how well the automatic completeness check generalises
to shapes, wordings and languages it was not written against.

## Files

- `generate.py` (with `gen_content.py`, `gen_parts.py`, `gen_render.py`): deterministic generator (fixed seeds).
  Run it with the project venv: `.venv/bin/python tests/corpus/blind/generate.py`. It rewrites `messages/`,
  `labels.yaml`, this README and `SHA256SUMS`. It is kept for the record; **the frozen output is what counts**.
- `messages/<id>.eml`: one complete RFC 5322 message per case (CRLF line endings), addressed to
  `postkasse@datatilsynet.no`, dated October to December 2026, with a unique Message-ID and real MIME attachments
  (PDF made with fpdf2, DOCX with python-docx, XLSX with openpyxl, ODT/RTF/ZIP/HTML written by hand, PNG/JPEG and
  image-only PDF scans rendered with Pillow). All messages are plain. Where `encrypt` is `pgp_mime` or `inline`,
  the test harness should encrypt the message before delivering it.
- `labels.yaml`: the ground truth, one entry per case.
- `SHA256SUMS`: `sha256sum messages/*.eml`, so later changes are visible.

## Label definitions

The five parts (seed 002): 1 contact details; 2 systematic description of the processing; 3 assessment of
necessity and proportionality; 4 risk assessment (the DPIA documentation of risks to rights and freedoms, with the
measures); 5 documentation of management's validation of the DPIA (presentation and findings, stakeholders
considered, management's review and decision).

- **Part 1** is present only if name, phone and e-mail are given for the controller's contact person AND for its
  data protection officer (personvernombud), AND, when the request says a processor (databehandler) is used, for the
  processor's contact. If the request says no processor is used, no processor details are needed. Anything short of
  that: part 1 missing.
- A part is **present** if its substance is there in any form, place or wording (mail text, any attachment, a
  table, a scan, a section of a DPIA report, a question heading, English or nynorsk). It is **missing** if absent,
  if the request says it will be sent later («ettersendes», «will follow»), that it has not been done, or if the
  file meant to hold it is empty (zero bytes) or clearly about something else. A passing mention does not count.
- `processor`: `used` (the text says a processor is used), `none` (the text says no processor is used),
  `unspecified` (the text says nothing either way).
- `outcome`: `needs_review` if the message is not a request for prior consultation (`is_request: false`);
  `registered` if it is a request and all five parts are present; `incomplete` if it is a request and at least
  one part is missing.
- `half`: `dev` or `holdout`, alternated inside each (outcome, language) stratum.
- `shapes`: free tags naming the shapes used (see the table below). `note`: one line saying what makes the case
  what it is. `scenario`: which of the 14 invented processing scenarios the case is built on (extra field).

Cases are meant to be clear-cut: every part is either clearly there or clearly not there.
Organisations, people, numbers and addresses are invented.

## How the cases vary

- 14 processing scenarios (school CCTV, ML credit scoring, a hospital quality registry, GPS fleet tracking, facial
  recognition at gyms, a children's learning app, insider-threat monitoring of employees, benefit-fraud risk scoring,
  wifi tracking in a shopping centre, a genetic cohort study, telematics motor insurance, sensors in sheltered housing,
  body-worn cameras, AI triage in a digital GP service), each with two invented organisations.
- Contact details: Word table (rows or columns), label-value blocks with org. number and address between the role
  heading and the name, prose, mail signature plus a DPO sentence, HTML table in the body, XLSX sheet; an external
  DPO firm; processor contacts in a separate document.
- Packaging: everything in the plain body, HTML-only body, multipart/alternative, one PDF/DOCX/ODT/RTF for all
  parts, one file per part (PDF/DOCX/ODT/RTF), a ZIP, a DPIA report holding parts 2-4 under its own headings, a
  whole request as an image-only scanned PDF, a request forwarded as message/rfc822 by a colleague.
- Part 5 as minutes text, scanned signed minutes (image-only PDF) or a PNG/JPEG photo of the page; as board minutes
  («sak 14/26»), minutes of a management meeting, a director's approval letter, a quoted e-mail from management,
  or an English board resolution.
- Headings: numbered, unnumbered, questions, «Vedlegg N – …»/«Annex N – …».
- Defects: no DPO, DPO without phone, contact without phone, processor named without contact details, a part
  absent, «ettersendes»/«will follow», «styret behandler DPIA-en i neste møte», «ikke gjennomført», a DPIA
  document saying no DPIA has been done, zero-byte attachment, a file named for a part but about something else.
- Non-requests: «Må vi be om forhåndsdrøftelse?», a request for a guidance meeting, a complaint about a
  neighbour's camera, a press question, a draft DPIA sent only for feedback, an individual's general question.

## Caveats and judgement calls

- Scans and photos have no text layer. When part 5 (or, for `scanned_request_image_pdf`, the whole request) is
  only in an image, the label still says present: a caseworker reads it. A checker without OCR will miss these.
- When part 2 is missing, parts 3 and 4 still name the system, the data subjects and the risks, as real documents
  would. A caseworker would not count that as a systematic description; the label says missing.
- For `feedback_dpia` non-requests, parts 2-4 are labelled present (the draft DPIA holds them), part 1 missing
  (no DPO details) and part 5 missing; the outcome is `needs_review` because it is not a request.
- For other non-requests every part is labelled missing; the parts are not meaningful there.
- When a description (part 2) is missing and a processor is used or explicitly not used, the cover letter says so,
  so the `processor` label is still supported by the text.
- A few English-language cases give a contact with a +44/+46 number; a few DPOs are at an external firm abroad.
- Organisations are invented; some real municipality names are used with invented org. numbers and content.
- Text extracted from the fpdf2 PDFs can contain doubled spaces and hard line breaks in mid-sentence.
- `scenario` is an extra label field not asked for in the brief.
"""


def write_readme(labels):
    import collections

    def table(title, key):
        cnt = collections.Counter(key(x) for x in labels)
        rows = ["| %s | n |" % title, "|---|---|"] + [
            "| %s | %d |" % (k, v) for k, v in sorted(cnt.items())
        ]
        return "\n".join(rows)

    by_half = collections.Counter((x["half"], x["outcome"]) for x in labels)
    shapes = collections.Counter(s for x in labels for s in x["shapes"])
    out = (
        [
            README_HEAD,
            "## Counts (%d cases)" % len(labels),
            "",
            table("outcome", lambda x: x["outcome"]),
            "",
            table("language", lambda x: x["language"]),
            "",
            table("half", lambda x: x["half"]),
            "",
            table("half / outcome", lambda x: "%s / %s" % (x["half"], x["outcome"])),
            "",
            table("half / language", lambda x: "%s / %s" % (x["half"], x["language"])),
            "",
            table("outcome / language", lambda x: "%s / %s" % (x["outcome"], x["language"])),
            "",
            table("encrypt", lambda x: x["encrypt"]),
            "",
            table("processor", lambda x: x["processor"]),
            "",
            "| missing part (requests) | n |",
            "|---|---|",
        ]
        + [
            "| %d | %d |"
            % (p, sum(1 for x in labels if x["is_request"] and x["parts"][p] == "missing"))
            for p in range(1, 6)
        ]
        + ["", "| shape tag | cases |", "|---|---|"]
        + [
            "| %s | %d |" % (k, v)
            for k, v in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
    )
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def write_sums():
    d = os.path.join(HERE, "messages")
    lines = []
    for f in sorted(os.listdir(d)):
        if f.endswith(".eml"):
            lines.append(
                "%s  messages/%s"
                % (hashlib.sha256(open(os.path.join(d, f), "rb").read()).hexdigest(), f)
            )
    with open(os.path.join(HERE, "SHA256SUMS"), "w") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
