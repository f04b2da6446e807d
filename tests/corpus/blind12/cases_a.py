"""Cases r001-r060 of blind12: one function per case, returning the message and its label.

Sender of id n (1..60): letter "ABCDEFGHIJ"[((n - 1) % 20) // 2]; each sender has three odd and
three even ids.
"""

from __future__ import annotations

from email.message import EmailMessage

import personas as P  # noqa: N812
import topics as T  # noqa: N812
from kit import Label, message, quoted, to_pdf, to_zip, txt, when

Case = tuple[EmailMessage, Label]


def lab(
    lang: str, shapes: str, enc: str, proc: str, note: str, missing: tuple[int, ...] = ()
) -> Label:
    return Label(
        lang,
        tuple(shapes.split()),
        enc,
        bool(note) and not note.startswith("NR:"),
        proc,
        note.removeprefix("NR: "),
        missing,
    )


# --- A: Stiftelsen Kystarven (museum foundation) ---------------------------------------------

A_SHAPES = "museum_foundation contact_label_value org_number_address dpia_continuous_report"


def _a(
    cid: str,
    key: str,
    date: str,
    body_extra: str,
    gap: P.Gap,
    p1: str = "",
    protocol: bool = True,
    zipped: bool = False,
) -> EmailMessage:
    t = getattr(T, key)
    files = [
        (f"Rapport_personvernkonsekvenser_{key}.pdf", P.a_report(t, key, gap)),
        ("Leverandoroversikt.xlsx", P.a_processor_xlsx(key)),
    ]
    if protocol:
        files.append(("Styreprotokoll_2026-11-04.pdf", P.a_protocol(t)))
    if zipped:
        files = [("Kystarven_forhandsdrofting.zip", to_zip(dict(files)))]
    body = (
        f"Til Datatilsynet\n\nStiftelsen Kystarven ber om forhåndsdrøftelse etter artikkel 36 for "
        f"«{t.title}». {body_extra}\n\n{P.a_label_lines(p1)}\n{P.A_SIG}"
    )
    return message(cid, P.A_FROM, f"Forhåndsdrøftelse – {t.title}", date, body, attachments=files)


def r001() -> Case:
    m = _a(
        "r001",
        "A1",
        when(11, 16, 9, 14),
        "Rapporten samler hele vurderingen; "
        "leverandørens kontaktperson står i leverandøroversikten.",
        {},
    )
    return m, lab(
        "nb",
        A_SHAPES + " processor_contact_xlsx part5_protocol_line risk_likelihood_consequence",
        "pgp_mime",
        "used",
        "complete; one report PDF with own chapter titles; protocol line",
    )


def r002() -> Case:
    m = _a(
        "r002",
        "A2",
        when(11, 17, 13, 2),
        "Vedlagt rapport, styreprotokoll og oversikt over leverandører.",
        {},
    )
    return m, lab(
        "nb",
        A_SHAPES + " processor_contact_xlsx part5_protocol_line",
        "pgp_mime",
        "used",
        "complete; archive publication; processor only named in report, contacts in XLSX",
    )


def r021() -> Case:
    m = _a(
        "r021",
        "A1",
        when(11, 24, 10, 40),
        "Styret behandler rapporten i januar; protokollen ettersendes.",
        {5: "later"},
        protocol=False,
    )
    return m, lab(
        "nb",
        A_SHAPES + " processor_contact_xlsx part5_future_meeting",
        "none",
        "used",
        "part 5 deferred: report's chapter «Beslutning» says the board will meet in January",
        (5,),
    )


def r022() -> Case:
    t = T.A2
    earlier = txt(
        """
        Fra: Sigrid Hovland
        Sendt: 17. november 2026 13:02
        Til: postkasse@datatilsynet.no
        Emne: Forhåndsdrøftelse – Digitalisering og nettpublisering av privatarkivet

        Til Datatilsynet. Vedlagt rapport, styreprotokoll og leverandøroversikt.
        """
    )
    body = (
        "Hei igjen,\n\nLeverandøroversikten var feil i forrige sending; her er hele pakken "
        "på nytt. Alt står "
        f"i rapporten; kontaktopplysninger under.\n\n{P.a_label_lines()}\n{P.A_SIG}\n"
        + quoted(earlier)
    )
    files = [
        ("Rapport_personvernkonsekvenser_A2.pdf", P.a_report(t, "A2", {})),
        ("Leverandoroversikt.xlsx", P.a_processor_xlsx("A2")),
        ("Styreprotokoll_2026-11-04.pdf", P.a_protocol(t)),
    ]
    m = message(
        "r022",
        P.A_FROM,
        f"SV: Forhåndsdrøftelse – {t.title}",
        when(11, 25, 8, 55),
        body,
        attachments=files,
    )
    return m, lab(
        "nb",
        A_SHAPES + " reply_in_thread processor_contact_xlsx part5_protocol_line",
        "none",
        "used",
        "complete resubmission quoting own earlier mail",
    )


def r041() -> Case:
    m = _a("r041", "A1", when(12, 1, 14, 20), "Alt ligger i ZIP-filen.", {}, zipped=True)
    return m, lab(
        "nb",
        A_SHAPES + " zip processor_contact_xlsx part5_protocol_line",
        "pgp_mime",
        "used",
        "complete; report, supplier sheet and protocol in one ZIP",
    )


def r042() -> Case:
    m = _a(
        "r042", "A2", when(12, 2, 9, 5), "Vedlagt rapport med styrets vedtak.", {}, p1="dpo_nophone"
    )
    return m, lab(
        "nb",
        A_SHAPES + " processor_contact_xlsx part5_protocol_line p1_dpo_no_phone",
        "pgp_mime",
        "used",
        "part 1: DPO line has e-mail but no phone",
        (1,),
    )


# --- B: Broen Humanitær (NGO) ----------------------------------------------------------------

B_SHAPES = (
    "humanitarian_ngo all_in_body headings_caps_in_body contact_is_sender_stated "
    "long_signature_many_phones disclaimer_footer processor_contact_body risk_bullets"
)


def _b(
    cid: str, key: str, date: str, gap: P.Gap, *, approve: bool = True, extra: str = ""
) -> EmailMessage:
    t = getattr(T, key)
    body = P.b_body(t, key, gap) + P.B_SIG + "\n" + extra
    if gap.get(5) is None:
        body += "\n" + P.b_thread(t, approve)
    return message(cid, P.B_FROM, f"Anmodning om forhåndsdrøftelse: {t.title}", date, body)


def r003() -> Case:
    m = _b("r003", "B1", when(11, 16, 11, 30), {})
    return m, lab(
        "nb",
        B_SHAPES + " part5_email_in_thread quoted_thread",
        "inline",
        "used",
        "complete; everything in the body; approval is the secretary general's quoted e-mail",
    )


def r004() -> Case:
    m = _b("r004", "B2", when(11, 18, 15, 45), {5: "not"})
    return m, lab(
        "nb",
        B_SHAPES + " part5_not_done",
        "inline",
        "used",
        "part 5: «ikke behandlet av ledelsen ennå»",
        (5,),
    )


def r023() -> Case:
    m = _b("r023", "B1", when(11, 23, 9, 12), {3: "later"})
    return m, lab(
        "nb",
        B_SHAPES + " part3_will_follow part5_email_in_thread quoted_thread",
        "none",
        "used",
        "part 3 «ettersendes»; the DPIA itself was approved",
        (3,),
    )


def r024() -> Case:
    m = _b("r024", "B2", when(11, 24, 12, 0), {})
    return m, lab(
        "nb",
        B_SHAPES + " part5_email_in_thread quoted_thread phone_foreign",
        "none",
        "used",
        "complete; trafficking chat; two processors with contacts in one sentence",
    )


def r043() -> Case:
    body = (
        txt(
            """
        Hei,

        Vi i Broen Humanitær vurderer å ta i bruk fingeravtrykk for å hindre at samme person
        henter nødhjelpskort flere ganger. Før vi bruker tid på en full vurdering: Er dette noe
        dere mener krever forhåndsdrøftelse, eller holder det at vi gjør en DPIA selv?

        Vi har ikke bestemt oss, og ønsker bare en første pekepinn.
        """
        )
        + "\n"
        + P.B_SIG
    )
    m = message(
        "r043", P.B_FROM, "Spørsmål om biometri og forhåndsdrøftelse", when(12, 1, 10, 3), body
    )
    return m, lab(
        "nb",
        "humanitarian_ngo nonrequest_question mentions_prior_consultation "
        "long_signature_many_phones",
        "none",
        "unspecified",
        "NR: question whether biometrics needs prior consultation",
    )


def r044() -> Case:
    old = txt(
        """
        Fra: Jonas Mehari
        Sendt: 23. november 2026 09:12
        Til: postkasse@datatilsynet.no
        Emne: Anmodning om forhåndsdrøftelse: Digitalt mottakerregister

        (forrige versjon, der nødvendighetsvurderingen skulle ettersendes)
        """
    )
    m = _b("r044", "B1", when(12, 2, 13, 25), {}, extra="")
    body = m.get_content() + "\n" + quoted(old)
    m.set_content(body)
    return m, lab(
        "nb",
        B_SHAPES + " part5_email_in_thread quoted_thread resubmission_complete",
        "none",
        "used",
        "complete resubmission of r023 with necessity in the body",
    )


# --- C: Solsikken Barnehager AS (kindergarten chain) -----------------------------------------

C_SHAPES = (
    "kindergarten_chain file_per_part contact_word_table risk_register_xlsx "
    "risk_likelihood_consequence part5_signoff_table"
)


def _c_files(key: str, gap: P.Gap, p1: str = "") -> dict[str, bytes]:
    t = getattr(T, key)
    desc = P.c_description(t)
    if gap.get(2) == "heading":
        desc = P.to_docx("# Om løsningen\n\n## Hvem og hva\n\n## Hvor går opplysningene")
    risk = b"" if gap.get(4) == "zero" else P.c_risk(t)
    return {
        "1_Kontakt.docx": P.c_contacts(key, p1),
        "2_Om_losningen.docx": desc,
        "3_Nodvendighet.docx": P.c_need(t),
        "4_Risiko.xlsx": risk,
        "5_Godkjenning.pdf": P.c_signoff(t, "05.11.2026"),
    }


def _c(
    cid: str, key: str, date: str, files: dict[str, bytes], zipped: bool, note: str
) -> EmailMessage:
    t = getattr(T, key)
    body = (
        f"Hei!\n\nVedlagt anmodning om forhåndsdrøftelse for {t.title.lower()}. {note}\n\n{P.C_SIG}"
    )
    att = [("Solsikken_DPIA.zip", to_zip(files))] if zipped else list(files.items())
    return message(cid, P.C_FROM, f"Forhåndsdrøftelse {t.title}", date, body, attachments=att)


def r005() -> Case:
    m = _c(
        "r005",
        "C1",
        when(11, 16, 14, 2),
        _c_files("C1", {4: "zero"}),
        True,
        "Fem filer i zip, en per punkt.",
    )
    return m, lab(
        "nb",
        C_SHAPES + " zip zero_byte_risk_assessment phone_foreign",
        "pgp_mime",
        "used",
        "part 4: 4_Risiko.xlsx in the ZIP is zero bytes",
        (4,),
    )


def r006() -> Case:
    body = (
        txt(
            """
        Hei,

        Vi melder med dette at Solsikken Barnehager AS har utnevnt nytt personvernombud fra
        1. desember 2026: Trond Vik, tlf. 482 20 190, trond.vik@solsikken.no. Han tar over etter
        Berit Mo.
        """
        )
        + "\n"
        + P.C_SIG
    )
    m = message("r006", P.C_FROM, "Nytt personvernombud", when(11, 19, 8, 30), body)
    return m, lab(
        "nb",
        "kindergarten_chain nonrequest_dpo_notification",
        "none",
        "unspecified",
        "NR: notice of a new DPO",
    )


def r025() -> Case:
    m = _c("r025", "C1", when(11, 25, 9, 50), _c_files("C1", {}), True, "Alt i zip.")
    return m, lab(
        "nb",
        C_SHAPES + " zip phone_foreign",
        "pgp_mime",
        "used",
        "complete; five files in a ZIP, risk table with 1-4 scores",
    )


def r026() -> Case:
    m = _c("r026", "C2", when(11, 26, 11, 11), _c_files("C2", {}), False, "Filene ligger løst.")
    return m, lab("nb", C_SHAPES, "pgp_mime", "used", "complete; five loose files")


def r045() -> Case:
    m = _c("r045", "C2", when(12, 2, 14, 44), _c_files("C2", {}), True, "Zip vedlagt.")
    return m, lab("nb", C_SHAPES + " zip", "none", "used", "complete; ZIP")


def r046() -> Case:
    m = _c(
        "r046",
        "C1",
        when(12, 3, 10, 15),
        _c_files("C1", {2: "heading"}),
        False,
        "Vi har fylt ut malen.",
    )
    return m, lab(
        "nb",
        C_SHAPES + " empty_headings_only phone_foreign",
        "none",
        "used",
        "part 2: description file has only headings with nothing under them",
        (2,),
    )


# --- D: Polar Wings AS (airline, en) ---------------------------------------------------------

D_SHAPES = (
    "regional_airline foreign_owned_subsidiary contact_xlsx dpia_report_docx "
    "headings_english phone_foreign disclaimer_footer"
)


def _d(cid: str, key: str, date: str, gap: P.Gap, p1: str = "") -> EmailMessage:
    t = getattr(T, key)
    body = (
        f"Dear Sir or Madam,\n\nPolar Wings AS, the Norwegian subsidiary of Aurora Air Group Ltd, "
        f"requests prior consultation under Article 36 GDPR regarding «{t.title}». Our contact "
        f"sheet, the DPIA and the Accountable Manager's approval are attached.\n\n{P.D_SIG}"
    )
    att = [("PolarWings_contacts.xlsx", P.d_sheet(key, p1)), (f"DPIA_{key}.docx", P.d_dpia(t, gap))]
    fwd = ("AM_signoff.eml", P.d_am_mail(t)) if gap.get(5) is None else None
    return message(
        cid,
        P.D_FROM,
        f"Prior consultation request – {t.title}",
        date,
        body,
        attachments=att,
        forwarded=fwd,
    )


def r007() -> Case:
    m = _d("r007", "D1", when(11, 17, 10, 0), {})
    return m, lab(
        "en",
        D_SHAPES + " part5_email_forwarded_eml forwarded_rfc822",
        "pgp_mime",
        "used",
        "complete; fatigue wearables; approval as the AM's mail attached",
    )


def r008() -> Case:
    m = _d("r008", "D2", when(11, 18, 9, 22), {})
    return m, lab(
        "en",
        D_SHAPES + " part5_email_forwarded_eml forwarded_rfc822",
        "pgp_mime",
        "used",
        "complete; face boarding; French processor +33",
    )


def r027() -> Case:
    m = _d("r027", "D1", when(11, 25, 16, 10), {}, p1="proc_nocontact")
    return m, lab(
        "en",
        D_SHAPES + " part5_email_forwarded_eml p1_processor_no_contact",
        "none",
        "used",
        "part 1: processor row has only a privacy@ mailbox, no person or phone",
        (1,),
    )


def r028() -> Case:
    m = _d("r028", "D2", when(11, 26, 13, 40), {})
    return m, lab(
        "en",
        D_SHAPES + " part5_email_forwarded_eml forwarded_rfc822",
        "none",
        "used",
        "complete; second face-boarding filing",
    )


def r047() -> Case:
    body = (
        "Dear Datatilsynet,\n\nAs a Norwegian subsidiary of a UK group, we would like to know "
        "whether a prior consultation for our crew-fatigue programme should be submitted to you "
        "or to the ICO, which supervises our parent. We have not yet finished the DPIA.\n\n"
        + P.D_SIG
    )
    m = message(
        "r047",
        P.D_FROM,
        "Question: competent authority for prior consultation",
        when(12, 1, 15, 0),
        body,
    )
    return m, lab(
        "en",
        "regional_airline nonrequest_question foreign_owned_subsidiary",
        "none",
        "unspecified",
        "NR: asks which authority is competent",
    )


def r048() -> Case:
    m = _d("r048", "D2", when(12, 3, 11, 48), {4: "later"})
    return m, lab(
        "en",
        D_SHAPES + " part4_will_follow part5_email_forwarded_eml",
        "pgp_mime",
        "used",
        "part 4: «The risk register will follow»",
        (4,),
    )


# --- E: Straumøy Hamn IKS (port authority, nn) ------------------------------------------------

E_SHAPES = (
    "port_authority headings_nynorsk contact_prose dpo_external_firm "
    "long_signature_many_phones risk_likelihood_consequence"
)


def _e(
    cid: str,
    key: str,
    date: str,
    gap: P.Gap,
    *,
    odt: bool = False,
    protocol: bool = True,
    extra: str = "",
    att_extra: list[tuple[str, bytes]] | None = None,
) -> EmailMessage:
    t = getattr(T, key)
    body = (
        f"Hei\n\nStraumøy Hamn IKS ber om førehandsdrøfting etter personvernforordninga art. 36 "
        f"for «{t.title}».\n\n{P.e_prose_contacts(key)}\n\n{extra}\n\n{P.E_SIG}"
    )
    ext = "odt" if odt else "docx"
    att = [(f"Personvernkonsekvensar_{key}.{ext}", P.e_dpia(t, gap, odt))]
    att += att_extra or []
    if protocol:
        att.append(("Protokoll_representantskapet_29-10-2026.pdf", P.e_protocol_scan(t)))
    return message(cid, P.E_FROM, f"Førehandsdrøfting – {t.title}", date, body, attachments=att)


def r009() -> Case:
    m = _e("r009", "E1", when(11, 17, 12, 30), {})
    return m, lab(
        "nn",
        E_SHAPES + " processor_contact_body org_number_address part5_scanned_protocol",
        "pgp_mime",
        "used",
        "complete; ANPR at gates; scanned protocol from the board of representatives",
    )


def r010() -> Case:
    m = _e(
        "r010",
        "E2",
        when(11, 19, 14, 5),
        {3: "not"},
        protocol=False,
        extra="Representantskapet skal handsame vurderinga i februar.",
    )
    return m, lab(
        "nn",
        E_SHAPES + " processor_none_stated part3_not_done part5_future_meeting",
        "none",
        "none",
        "part 3 «ikkje gjennomført»; board only in February",
        (3, 5),
    )


def r029() -> Case:
    isps = to_pdf(
        "# Straumøy Hamn IKS – Sikringsplan (ISPS), samandrag\n\nSikringsnivå 1–3, ansvar for "
        "hamnevakt, øvingar og rapportering til Kystverket. Planen er godkjend av Kystverket."
    )
    m = _e(
        "r029",
        "E1",
        when(11, 26, 9, 9),
        {2: "elsewhere"},
        extra="Skildringa av handsaminga ligg ved.",
        att_extra=[("Skildring_av_handsaminga.pdf", isps)],
    )
    return m, lab(
        "nn",
        E_SHAPES + " processor_contact_body wrong_file_description part5_scanned_protocol",
        "pgp_mime",
        "used",
        "part 2: the «description» file is the ISPS security plan summary",
        (2,),
    )


def r030() -> Case:
    m = _e("r030", "E2", when(11, 27, 10, 12), {}, odt=True)
    return m, lab(
        "nn",
        E_SHAPES + " processor_none_stated odt part5_scanned_protocol",
        "pgp_mime",
        "none",
        "complete; body cameras; «ingen databehandlar»; ODT",
    )


def r049() -> Case:
    m = _e("r049", "E1", when(12, 2, 11, 0), {}, odt=True)
    return m, lab(
        "nn",
        E_SHAPES + " processor_contact_body odt part5_scanned_protocol",
        "none",
        "used",
        "complete; ODT DPIA, scanned protocol",
    )


def r050() -> Case:
    body = (
        txt(
            """
        Til orientering.

        Vi har i dag svart ein lastebilsjåfør som bad om innsyn i opptak frå hamneporten. Kopi
        av svaret vårt følgjer under. Vi treng ikkje noko svar frå Datatilsynet.

        -----
        Hei, vi stadfestar at vi har opptak av bilen din 3. november kl. 14.02 og 14.40. Kopi
        av bileta ligg ved. Opptaka vert sletta etter 30 dagar.
        """
        )
        + "\n"
        + P.E_SIG
    )
    m = message("r050", P.E_FROM, "Kopi: svar på innsynskrav", when(12, 3, 13, 13), body)
    return m, lab(
        "nn",
        "port_authority nonrequest_copy_of_reply",
        "none",
        "unspecified",
        "NR: copy of a reply to an access request",
    )


# --- F: Trygg Hverdag (home care) ------------------------------------------------------------

F_SHAPES = (
    "home_care html_only_body html_contact_table dpia_report_pdf headings_question "
    "risk_likelihood_consequence"
)


def _f(
    cid: str,
    key: str,
    date: str,
    intro: str,
    *,
    p1: str = "",
    photo: bytes | None = None,
    photo_name: str = "Signert_godkjenning.jpg",
) -> EmailMessage:
    t = getattr(T, key)
    att = [(f"DPIA_{key}.pdf", P.f_dpia(t))]
    if photo is not None:
        att.append((photo_name, photo))
    return message(
        cid,
        P.F_FROM,
        f"Forhåndsdrøftelse: {t.title}",
        date,
        html=P.f_html(t, key, intro, p1),
        attachments=att,
    )


def r011() -> Case:
    m = _f(
        "r011",
        "F1",
        when(11, 17, 8, 20),
        "Hei. Vi ber om forhåndsdrøftelse for "
        "GPS-lokalisering. DPIA er vedlagt. Ledelsens signerte godkjenning sendes etter "
        "ledermøtet 10. desember.",
    )
    return m, lab(
        "nb",
        F_SHAPES + " processor_contact_table part5_will_follow",
        "pgp_mime",
        "used",
        "part 5: signed approval to be sent after 10 December",
        (5,),
    )


def r012() -> Case:
    m = _f(
        "r012",
        "F2",
        when(11, 20, 9, 44),
        "Hei. Vi ber om forhåndsdrøftelse for kamerabasert "
        "nattilsyn. DPIA og signert godkjenning (bilde) er vedlagt.",
        photo=P.f_signed_photo(T.F2),
    )
    return m, lab(
        "nb",
        F_SHAPES + " processor_contact_table part5_photographed_signatures",
        "pgp_mime",
        "used",
        "complete; HTML contact table; approval photographed",
    )


def r031() -> Case:
    m = _f(
        "r031",
        "F1",
        when(11, 27, 14, 30),
        "Hei igjen. Her er forhåndsdrøftelsen for "
        "GPS-lokalisering med signert godkjenning fra ledelsen.",
        photo=P.f_signed_photo(T.F1),
    )
    return m, lab(
        "nb",
        F_SHAPES + " processor_contact_table part5_photographed_signatures resubmission_complete",
        "none",
        "used",
        "complete resubmission of r011",
    )


def r032() -> Case:
    html = P.to_html(
        "# Melding om brudd på personopplysningssikkerheten\n\nEn ansatt mistet en nettbrett med "
        "besøkslister for 14 brukere 30. november. Nettbrettet var låst med PIN. Vi har varslet "
        "brukerne.\n\n| Kontakt | Nina Sørum | 907 33 215 | nina.sorum@trygghverdag.no |"
    )
    m = message("r032", P.F_FROM, "Avviksmelding – tapt nettbrett", when(12, 1, 7, 55), html=html)
    return m, lab(
        "nb",
        "home_care html_only_body nonrequest_breach_notification",
        "none",
        "unspecified",
        "NR: breach notification (Art. 33)",
    )


def r051() -> Case:
    m = _f(
        "r051",
        "F2",
        when(12, 2, 12, 5),
        "Hei. Forhåndsdrøftelse for nattilsyn med kamera – DPIA og signert godkjenning vedlagt.",
        p1="dpo_nameonly",
        photo=P.f_signed_photo(T.F2),
    )
    return m, lab(
        "nb",
        F_SHAPES + " processor_contact_table part5_photographed_signatures p1_dpo_name_only",
        "none",
        "used",
        "part 1: DPO row has name and firm only",
        (1,),
    )


def r052() -> Case:
    m = _f(
        "r052",
        "F1",
        when(12, 4, 9, 0),
        "Hei. Forhåndsdrøftelse for GPS-klokker. DPIA og signert godkjenning vedlagt.",
        photo=b"",
        photo_name="Signert_godkjenning.jpg",
    )
    return m, lab(
        "nb",
        F_SHAPES + " processor_contact_table zero_byte_approval",
        "pgp_mime",
        "used",
        "part 5: the signed approval JPEG is zero bytes",
        (5,),
    )


# --- G: Motorgruppen Agder (car dealerships) -------------------------------------------------

G_SHAPES = (
    "car_dealership_group one_pdf_everything headings_question contact_label_value "
    "org_number_address long_signature_many_phones"
)


def _g(cid: str, key: str, date: str, gap: P.Gap, p1: str = "", ceo: bool = True) -> EmailMessage:
    t = getattr(T, key)
    body = (
        f"Hei,\n\nVedlagt vår personvernvurdering av «{t.title}». Vi ber om forhåndsdrøftelse."
        f"\n\n{P.G_SIG}"
    )
    fwd = ("SV_Personvernvurdering.eml", P.g_ceo_mail(t)) if ceo else None
    return message(
        cid,
        P.G_FROM,
        f"Forhåndsdrøftelse – {t.title}",
        date,
        body,
        attachments=[(f"Personvernvurdering_{key}.pdf", P.g_pdf(t, key, gap, p1))],
        forwarded=fwd,
    )


def r013() -> Case:
    m = _g("r013", "G1", when(11, 18, 10, 10), {})
    return m, lab(
        "nb",
        G_SHAPES + " processor_contact_body forwarded_rfc822 part5_email_forwarded_eml",
        "pgp_mime",
        "used",
        "complete; CEO's approval mail attached as .eml",
    )


def r014() -> Case:
    m = _g("r014", "G2", when(11, 19, 12, 12), {}, p1="proc_elsewhere")
    return m, lab(
        "nb",
        G_SHAPES + " forwarded_rfc822 part5_email_forwarded_eml p1_processor_contact_elsewhere",
        "pgp_mime",
        "used",
        "part 1: processor contacts «står i databehandleravtalen», not sent",
        (1,),
    )


def r033() -> Case:
    body = (
        "Hei,\n\nVi ønsker et veiledningsmøte om innhenting av kjøretøydata fra kundebiler før vi "
        "bestemmer oss for om vi skal gå videre. Passer det i januar?\n\n" + P.G_SIG
    )
    m = message("r033", P.G_FROM, "Ønske om veiledningsmøte", when(11, 30, 13, 0), body)
    return m, lab(
        "nb",
        "car_dealership_group nonrequest_guidance",
        "none",
        "unspecified",
        "NR: asks for a guidance meeting",
    )


def r034() -> Case:
    m = _g("r034", "G2", when(11, 30, 15, 22), {})
    return m, lab(
        "nb",
        G_SHAPES + " processor_contact_body forwarded_rfc822 part5_email_forwarded_eml",
        "none",
        "used",
        "complete; credit scoring",
    )


def r053() -> Case:
    m = _g("r053", "G1", when(12, 3, 8, 40), {3: "heading", 5: "later"}, ceo=False)
    return m, lab(
        "nb",
        G_SHAPES + " processor_contact_body empty_headings_only part5_will_follow",
        "none",
        "used",
        "part 3 is a question heading with nothing under it; approval «kommer»",
        (3, 5),
    )


def r054() -> Case:
    m = _g("r054", "G1", when(12, 4, 10, 30), {})
    return m, lab(
        "nb",
        G_SHAPES + " processor_contact_body forwarded_rfc822 "
        "part5_email_forwarded_eml resubmission_complete",
        "none",
        "used",
        "complete resubmission of r053",
    )


# --- H: Kestrel Digital Norway (IT consulting, en) -------------------------------------------

H_SHAPES = (
    "it_consulting foreign_owned_subsidiary headings_english dpia_report_docx "
    "contact_label_value phone_foreign processor_contact_body"
)


def _h(cid: str, key: str, date: str, gap: P.Gap, *, intro: str, thread: str = "") -> EmailMessage:
    t = getattr(T, key)
    body = f"Dear Datatilsynet,\n\n{intro}\n\n{P.H_CONTACTS}{P.H_PROC[key]}\n\n{P.H_SIG}\n{thread}"
    return message(
        cid,
        P.H_FROM,
        f"Request for prior consultation: {t.title}",
        date,
        body,
        attachments=[(f"Kestrel_DPIA_{key}.docx", P.h_dpia(t, gap, ""))],
    )


def r015() -> Case:
    m = _h(
        "r015",
        "H1",
        when(11, 18, 16, 0),
        {},
        intro="Kestrel Digital Norway AS, a subsidiary "
        "of Kestrel Digital Inc. (Boston), requests prior consultation on endpoint analytics.",
    )
    return m, lab(
        "en",
        H_SHAPES + " part5_minutes_line_in_dpia",
        "pgp_mime",
        "used",
        "complete; leadership approval as a minutes line inside the DPIA",
    )


def r016() -> Case:
    body = (
        "Dear Datatilsynet,\n\nOur US parent asks whether Norwegian law allows endpoint "
        "monitoring of consultants at all. Could we have a guidance meeting before we decide "
        "whether to pursue this? We are not submitting a request at this stage.\n\n" + P.H_SIG
    )
    m = message("r016", P.H_FROM, "Guidance meeting request", when(11, 20, 11, 15), body)
    return m, lab(
        "en",
        "it_consulting nonrequest_guidance foreign_owned_subsidiary",
        "none",
        "unspecified",
        "NR: asks for a guidance meeting",
    )


def r035() -> Case:
    m = _h(
        "r035",
        "H2",
        when(11, 27, 9, 33),
        {4: "heading"},
        intro="Please find our DPIA for AI screening of CVs attached.",
    )
    return m, lab(
        "en",
        H_SHAPES + " empty_headings_only part5_minutes_line_in_dpia",
        "none",
        "used",
        "part 4: «Risk assessment» heading with nothing under it",
        (4,),
    )


def r036() -> Case:
    thread = quoted(
        txt(
            """
        From: Laura Chen <laura.chen@kestreldigital.no>
        Sent: 3 November 2026 18:04
        To: Morten Kvale
        Subject: RE: CV screening DPIA

        Morten – NLT discussed it today; approved, go ahead and file with Datatilsynet.
        See item 6 of the minutes.

        > From: Morten Kvale
        > Sent: 2 November 2026 09:10
        > To: Laura Chen; Nordic Leadership Team
        > Subject: CV screening DPIA
        >
        > Attached the final DPIA incl. works council comments for tomorrow's NLT meeting.
        > Key finding: residual risk high because of bias against older consultants.
        """
        )
    )
    m = _h(
        "r036",
        "H2",
        when(11, 28, 10, 2),
        {},
        intro="Following the thread below, we submit our "
        "request for prior consultation on AI-based CV screening.",
        thread=thread,
    )
    return m, lab(
        "en",
        H_SHAPES + " quoted_thread part5_minutes_line_in_dpia",
        "pgp_mime",
        "used",
        "complete; long quoted internal thread below the request",
    )


def r055() -> Case:
    m = _h(
        "r055",
        "H1",
        when(12, 2, 15, 15),
        {},
        intro="Resending our endpoint analytics request with the final DPIA.",
    )
    return m, lab(
        "en",
        H_SHAPES + " part5_minutes_line_in_dpia",
        "pgp_mime",
        "used",
        "complete; endpoint analytics resent",
    )


def r056() -> Case:
    m = _h(
        "r056",
        "H2",
        when(12, 4, 14, 0),
        {5: "later"},
        intro="Attached is the DPIA for CV "
        "screening. Leadership approval will follow after the next board meeting.",
    )
    return m, lab(
        "en",
        H_SHAPES + " part5_future_meeting",
        "pgp_mime",
        "used",
        "part 5: «To be presented at the next board meeting»",
        (5,),
    )


# --- I: Lerret Kino (cinema chain) -----------------------------------------------------------

I_SHAPES = (
    "cinema_chain cover_letter_docx contact_word_table processor_block_org_address "
    "dpia_report_docx headings_unnumbered"
)


def _i(cid: str, key: str, date: str, gap: P.Gap, p1: str = "") -> EmailMessage:
    t = getattr(T, key)
    body = "Hei,\n\nOversender anmodning om forhåndsdrøftelse med vedlegg.\n\nMvh\nCamilla Brenna\n"
    att = [
        ("Anmodning_forhandsdrofting.docx", P.i_letter(t, key, p1)),
        (f"DPIA_{key}.docx", P.i_dpia(t, gap)),
    ]
    return message(
        cid, P.I_FROM, f"Anmodning om forhåndsdrøftelse – {t.title}", date, body, attachments=att
    )


def r017() -> Case:
    m = _i("r017", "I1", when(11, 19, 13, 30), {5: "pending"})
    return m, lab(
        "nb",
        I_SHAPES + " phone_foreign signoff_table_pending",
        "pgp_mime",
        "used",
        "part 5: signature table with names but empty dates and signatures",
        (5,),
    )


def r018() -> Case:
    m = _i("r018", "I1", when(11, 20, 10, 48), {})
    return m, lab(
        "nb",
        I_SHAPES + " phone_foreign part5_signoff_table",
        "pgp_mime",
        "used",
        "complete; Finnish processor block with org number and address before the person",
    )


def r037() -> Case:
    m = _i("r037", "I2", when(11, 30, 9, 27), {})
    return m, lab(
        "nb", I_SHAPES + " part5_signoff_table", "none", "used", "complete; loyalty profiling"
    )


def r038() -> Case:
    m = _i("r038", "I2", when(11, 30, 11, 5), {3: "passing"})
    return m, lab(
        "nb",
        I_SHAPES + " part5_signoff_table part3_in_passing",
        "none",
        "used",
        "part 3 only «vi mener behandlingen er nødvendig og forholdsmessig»",
        (3,),
    )


def r057() -> Case:
    body = txt(
        """
        Hei,

        Til orientering sender vi pressemeldingen om at Lerret Kino tester ansiktsanalyse for
        alderskontroll i to saler fra februar. Vi kommer tilbake med en formell anmodning om
        forhåndsdrøftelse når vurderingen er klar.

        «Lerret Kino tester smart alderskontroll – raskere inn i salen og færre diskusjoner i
        luka», sier administrerende direktør Bjørn Sætre.

        Mvh
        Camilla Brenna
        """
    )
    m = message("r057", P.I_FROM, "Til orientering: pressemelding", when(12, 1, 12, 40), body)
    return m, lab(
        "nb",
        "cinema_chain nonrequest_press_release mentions_prior_consultation",
        "none",
        "unspecified",
        "NR: press release; says a request will come later",
    )


def r058() -> Case:
    m = _i("r058", "I2", when(12, 3, 15, 35), {})
    return m, lab(
        "nb",
        I_SHAPES + " part5_signoff_table resubmission_complete",
        "pgp_mime",
        "used",
        "complete resubmission of r038 with the necessity chapter",
    )


# --- J: Fjordsorg Gravferd (funeral services, nn) --------------------------------------------

J_SHAPES = (
    "funeral_services all_in_body headings_caps_in_body dpo_external_firm "
    "processor_contact_body risk_bullets"
)


def r019() -> Case:
    t = T.J1
    body = P.j_body(t, "J1", {}) + P.J_SIG
    m = message(
        "r019",
        P.J_FROM,
        f"Førehandsdrøfting: {t.title}",
        when(11, 20, 15, 10),
        body,
        attachments=[("styreprotokoll_sak9.jpg", P.j_protocol_photo(t))],
    )
    return m, lab(
        "nn",
        J_SHAPES + " contact_is_sender_stated part5_photographed_protocol",
        "none",
        "used",
        "complete; nynorsk mail body; board protocol photographed",
    )


def r020() -> Case:
    t = T.J2
    body = P.j_body(t, "J2", {}, photo=False) + P.J_SIG
    m = message("r020", P.J_FROM, f"Førehandsdrøfting: {t.title}", when(11, 21, 9, 0), body)
    return m, lab(
        "nn",
        J_SHAPES + " contact_is_sender_stated part5_protocol_quoted_in_body",
        "inline",
        "used",
        "complete; protocol quoted in the body",
    )


def r039() -> Case:
    t = T.J1
    brochure = to_pdf(
        "# Fjordsorg Gravferd – prisliste 2027\n\n| Teneste | Pris |\n| Enkel gravferd | 24 900 |"
        "\n| Minneside | 1 490 |\n| Strøyming | 2 900 |"
    )
    body = P.j_body(t, "J1", {2: "wrong"}) + P.J_SIG
    m = message(
        "r039",
        P.J_FROM,
        f"Førehandsdrøfting: {t.title}",
        when(11, 28, 10, 20),
        body,
        attachments=[
            ("brosjyre_minnelys.pdf", brochure),
            ("styreprotokoll_sak9.jpg", P.j_protocol_photo(t)),
        ],
    )
    return m, lab(
        "nn",
        J_SHAPES + " contact_is_sender_stated wrong_file_description part5_photographed_protocol",
        "pgp_mime",
        "used",
        "part 2: the «brochure» is a price list; the body has no description",
        (2,),
    )


def r040() -> Case:
    t = T.J2
    body = P.j_body(t, "J2", {}, p1="contact_nophone", photo=False) + (
        "Venleg helsing\nFjordsorg Gravferd AS\npost@fjordsorg.no\n"
    )
    m = message(
        "r040",
        "Fjordsorg Gravferd <post@fjordsorg.no>",
        f"Førehandsdrøfting: {t.title}",
        when(11, 29, 19, 2),
        body,
    )
    return m, lab(
        "nn",
        J_SHAPES + " p1_contact_no_phone part5_protocol_quoted_in_body",
        "inline",
        "used",
        "part 1: contact person named with e-mail only, sent from the office box",
        (1,),
    )


def r059() -> Case:
    t = T.J2
    body = P.j_body(t, "J2", {}, photo=False) + P.J_SIG
    m = message("r059", P.J_FROM, f"SV: Førehandsdrøfting: {t.title}", when(12, 3, 8, 15), body)
    return m, lab(
        "nn",
        J_SHAPES + " contact_is_sender_stated part5_protocol_quoted_in_body",
        "inline",
        "used",
        "complete; sent again with the protocol quote",
    )


def r060() -> Case:
    t = T.J1
    body = P.j_body(t, "J1", {4: "passing"}, photo=False) + P.J_SIG
    m = message("r060", P.J_FROM, f"Førehandsdrøfting: {t.title}", when(12, 4, 11, 45), body)
    return m, lab(
        "nn",
        J_SHAPES + " contact_is_sender_stated risk_in_passing",
        "inline",
        "used",
        "part 4 only «drøfta i leiinga … akseptabel»",
        (4,),
    )
