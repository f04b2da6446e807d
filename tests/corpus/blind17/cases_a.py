# ruff: noqa: E501
"""The sixty cases of blind17 (w001-w060), one function each, returning the message and its label.

Sender of id n: letter ``ABCDEFGHIJ[((n-1) % 20) // 2]``.
"""

from __future__ import annotations

from email.message import EmailMessage

import personas as ps
from kit import (
    Label,
    html_from_text,
    message,
    plain,
    scan_image,
    scan_pdf,
    to_docx,
    to_pdf,
    to_xlsx,
    to_zip,
    when,
)
from topics import (
    A_BARN,
    A_NATT,
    B_LARING,
    B_SKJERM,
    C_CIBO,
    C_KAMERA,
    D_PSYK,
    D_RONTGEN,
    E_EKSAMEN,
    E_FRAFALL,
    F_RISIKO,
    F_SAMKJOR,
    G_ANSIKT,
    G_KI,
    H_TALE,
    H_TRIAGE,
    I_GPS,
    I_NATT,
    J_GEN,
    J_WEAR,
    Topic,
)

Case = tuple[EmailMessage, Label]


def tx(text: str) -> str:
    """A mail body written indented in the source; interpolated lines are not indented."""
    lines = [ln[8:] if ln.startswith(" " * 8) else ln for ln in text.split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def frm(p: ps.Person) -> str:
    return f"{p.name.removeprefix('Dr. ')} <{p.email}>"


# =============================================================================================
# A: Hallingvik kommune (nb)
# =============================================================================================

A_SHAPES = (
    "municipality",
    "letterhead_ref_block",
    "saksbehandler_line",
    "letter_footer_contacts",
    "dpia_template_numbered",
    "ros_analysis_xlsx",
)


def _a_mail(
    cid: str,
    t: Topic,
    p: ps.Person,
    *,
    date: str,
    ref: str,
    files: list[tuple[str, bytes]],
    intro: str = "",
) -> EmailMessage:
    listing = "\n".join(f"{i}. {name}" for i, (name, _) in enumerate(files, 1))
    intro = (
        intro
        or "Vedlagt oversendes anmodning om forhåndsdrøfting fra Hallingvik kommune, med vedlegg."
    )
    body = (
        tx(f"""
        Hei,

        {intro}

        Dokumenter i forsendelsen:
        {listing}

        """)
        + "\n"
        + ps.a_signature(p)
    )
    return message(
        cid,
        frm(p),
        f"Anmodning om forhåndsdrøfting – {t.name} – vår ref. {ref.split('-')[0]}",
        date,
        body,
        attachments=files,
    )


def w001() -> Case:
    t, p, ref = A_NATT, ps.A_NINA, "26/01234-3"
    letter = ps.a_letter(
        t,
        p,
        ref=ref,
        date="09.11.2026",
        unit="Helse og mestring",
        attachments=[
            "Vedlegg 1 – DPIA Digitalt nattilsyn, versjon 1.2",
            "Vedlegg 2 – ROS-analyse",
            "Vedlegg 3 – Kommunedirektørens godkjenning",
        ],
    )
    dpia = ps.a_dpia(
        t,
        p,
        version="1.2",
        date="02.11.2026",
        ref=ref,
        p3="protocol_ref",
        approval="Godkjent av kommunedirektøren 06.11.2026, se vedlegg 3.",
    )
    memo = ps.a_approval_memo(
        t, ref=ref, date="06.11.2026", meeting="4. november 2026", kind="memo"
    )
    files = [
        ("Anmodning om forhandsdrofting.pdf", to_pdf(letter, "Anmodning om forhåndsdrøfting")),
        ("Vedlegg 1 DPIA Digitalt nattilsyn v1.2.docx", to_docx(dpia)),
        ("Vedlegg 2 ROS-analyse Digitalt nattilsyn.xlsx", ps.a_ros(t)),
        ("Vedlegg 3 Kommunedirektorens godkjenning.pdf", to_pdf(memo)),
    ]
    msg = _a_mail("w001", t, p, date=when(11, 9, 13, 42), ref=ref, files=files)
    return msg, Label(
        "nb",
        (
            *A_SHAPES,
            "contact_label_value",
            "processor_contact_table",
            "approval_director_memo",
            "p3_see_protocol",
        ),
        "pgp_mime",
        True,
        "used",
        "necessity section 4 only says «Se behandlingsprotokoll.»; the protocol is not attached",
        (3,),
    )


def w002() -> Case:
    t, p, ref = A_BARN, ps.A_TROND, "26/04411-6"
    letter = ps.a_letter(
        t,
        p,
        ref=ref,
        date="16.11.2026",
        unit="Oppvekst og utdanning",
        attachments=[
            "Vedlegg 1 – DPIA BTI-dashbord",
            "Vedlegg 2 – ROS-analyse",
            "Vedlegg 3 – Utdrag av protokoll fra kommunedirektørens ledermøte",
        ],
    )
    dpia = ps.a_dpia(
        t,
        p,
        version="1.0",
        date="27.10.2026",
        ref=ref,
        approval="Behandlet i kommunedirektørens ledermøte 10.11.2026, sak 88/26 (vedlegg 3).",
    )
    prot = ps.a_approval_memo(t, ref=ref, date="12.11.2026", meeting="10.11.2026", kind="ledermote")
    files = [
        ("Anmodning om forhandsdrofting BTI-dashbord.pdf", to_pdf(letter)),
        ("Vedlegg 1 DPIA BTI-dashbord.docx", to_docx(dpia)),
        ("Vedlegg 2 ROS-analyse BTI-dashbord.xlsx", ps.a_ros(t)),
        ("Vedlegg 3 Protokoll ledermote sak 88-26.pdf", to_pdf(prot)),
    ]
    msg = _a_mail("w002", t, p, date=when(11, 16, 10, 5), ref=ref, files=files)
    return msg, Label(
        "nb",
        (
            *A_SHAPES,
            "contact_label_value",
            "processor_contact_table",
            "approval_leadership_minutes",
            "children_data",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; approval as an extract of the kommunedirektør's leadership minutes",
    )


def w021() -> Case:
    t, p, ref = A_BARN, ps.A_TROND, "26/04411-9"
    letter = ps.a_letter(
        t,
        p,
        ref=ref,
        date="23.11.2026",
        unit="Oppvekst og utdanning",
        attachments=[
            "DPIA BTI-dashbord, versjon 1.1",
            "ROS-analyse",
            "Utdrag av protokoll fra kommunedirektørens ledermøte 17.11.2026",
        ],
        contacts_in_letter=False,
        dpo_in_footer=True,
    )
    dpia = ps.a_dpia(
        t,
        p,
        version="1.1",
        date="13.11.2026",
        ref=ref,
        approval="Behandlet i kommunedirektørens ledermøte 17.11.2026, sak 88/26.",
        names_only=True,
    )
    prot = ps.a_approval_memo(t, ref=ref, date="19.11.2026", meeting="17.11.2026", kind="ledermote")
    files = [
        ("Brev til Datatilsynet - anmodning om forhandsdrofting.pdf", to_pdf(letter)),
        ("DPIA BTI-dashbord v1.1.docx", to_docx(dpia)),
        ("ROS-analyse BTI-dashbord.xlsx", ps.a_ros(t)),
        ("Protokoll ledermote 17.11.2026.pdf", to_pdf(prot)),
    ]
    msg = _a_mail(
        "w021",
        t,
        p,
        date=when(11, 23, 14, 20),
        ref=ref,
        files=files,
        intro="Oversender brev med vedlegg. Ta gjerne kontakt med meg direkte om det er spørsmål.",
    )
    return msg, Label(
        "nb",
        (
            *A_SHAPES,
            "contact_only_in_signature",
            "dpo_in_letter_footer",
            "processor_contact_table",
            "approval_leadership_minutes",
            "children_data",
        ),
        "none",
        True,
        "used",
        "complete; the contact's phone/e-mail only in the e-mail signature, the DPO's only in the letter footer; processor in DPIA 1.4",
    )


def w022() -> Case:
    t, p, ref = A_NATT, ps.A_NINA, "26/01234-1"
    letter = ps.a_letter(
        t,
        p,
        ref=ref,
        date="03.11.2026",
        unit="Helse og mestring",
        attachments=["DPIA Digitalt nattilsyn, versjon 1.0", "ROS-analyse"],
        extra="DPIA-en legges fram for kommunedirektørens ledermøte 12. januar 2027. Kommunedirektørens godkjenning ettersendes etter møtet.",
    )
    dpia = ps.a_dpia(
        t,
        p,
        version="1.0",
        date="28.10.2026",
        ref=ref,
        approval="| Godkjent av | Dato | Signatur |\n| Kommunedirektør | | |\n\nPlanlagt behandlet i kommunedirektørens ledermøte 12.01.2027.",
    )
    files = [
        ("Anmodning om forhandsdrofting.pdf", to_pdf(letter)),
        ("DPIA Digitalt nattilsyn v1.0.docx", to_docx(dpia)),
        ("ROS-analyse Digitalt nattilsyn.xlsx", ps.a_ros(t)),
    ]
    msg = _a_mail("w022", t, p, date=when(11, 3, 15, 11), ref=ref, files=files)
    return msg, Label(
        "nb",
        (
            *A_SHAPES,
            "contact_label_value",
            "processor_contact_table",
            "p5_future_meeting",
            "signoff_table_empty",
        ),
        "none",
        True,
        "used",
        "approval planned for the leadership meeting of 12 January 2027; empty sign-off row",
        (5,),
    )


def w041() -> Case:
    t, p, ref = A_NATT, ps.A_NINA, "26/01234-8"
    letter = ps.a_letter(
        t,
        p,
        ref=ref,
        date="07.12.2026",
        unit="Helse og mestring",
        attachments=[
            "DPIA Digitalt nattilsyn, versjon 1.3 (erstatter versjon 1.2)",
            "ROS-analyse",
            "Delegert vedtak DS 214/26",
        ],
        extra="Dette er en ny og fullstendig oversendelse. I versjon 1.3 av DPIA-en er vurderingen av nødvendighet og forholdsmessighet skrevet inn i kapittel 4, i stedet for henvisningen til behandlingsprotokollen.",
    )
    dpia = ps.a_dpia(
        t,
        p,
        version="1.3",
        date="30.11.2026",
        ref=ref,
        approval="Godkjent ved delegert vedtak DS 214/26 av 03.12.2026.",
    )
    vedtak = ps.a_approval_memo(
        t, ref=ref, date="03.12.2026", meeting="1. desember 2026", kind="delegert"
    )
    files = [
        ("Anmodning om forhandsdrofting - ny oversendelse.pdf", to_pdf(letter)),
        ("DPIA Digitalt nattilsyn v1.3.pdf", to_pdf(dpia)),
        ("ROS-analyse Digitalt nattilsyn.xlsx", ps.a_ros(t)),
        ("Delegert vedtak DS 214-26 (skannet).pdf", scan_pdf([plain(vedtak)])),
    ]
    msg = _a_mail(
        "w041",
        t,
        p,
        date=when(12, 7, 9, 48),
        ref=ref,
        files=files,
        intro="Vedlagt følger ny oversendelse i saken, med oppdatert DPIA og kommunedirektørens vedtak.",
    )
    return msg, Label(
        "nb",
        (
            *A_SHAPES,
            "contact_label_value",
            "processor_contact_table",
            "approval_delegated_decision",
            "scan_pdf",
            "resubmission_complete",
        ),
        "none",
        True,
        "used",
        "complete resubmission of the digital night supervision case; approval a scanned delegated decision",
    )


def w042() -> Case:
    p, ref = ps.A_TROND, "26/04411-14"
    letter = f"""# HALLINGVIK KOMMUNE

Oppvekst og utdanning

%% Datatilsynet %% Vår ref.: {ref}
%% Postboks 458 Sentrum %% Deres ref.: 26/07702
%% 0105 OSLO %% Saksbehandler: {p.name}
%% %% Dato: 14.12.2026

## Tilbaketrekking av anmodning om forhåndsdrøfting – BTI-dashbord

Vi viser til vår anmodning om forhåndsdrøfting av 23. november 2026 og Datatilsynets bekreftelse av mottak.

Kommunestyret vedtok i møte 10. desember 2026 (sak 101/26) å utsette innføringen av det tverrfaglige innsatsverktøyet til etter at den nye barnevernsplanen er behandlet. Hallingvik kommune trekker derfor anmodningen om forhåndsdrøfting. Dersom kommunen senere går videre med verktøyet, vil vi sende en ny anmodning med oppdatert dokumentasjon.

Vi ber om at saken avsluttes.

Med hilsen

Hege Solli
kommunalsjef oppvekst og utdanning

{p.name}
rådgiver

Dokumentet er elektronisk godkjent og har derfor ingen signatur.

{ps.A_FOOTER}
"""
    body = (
        tx("""
        Hei,

        Vedlagt følger brev om tilbaketrekking av vår anmodning om forhåndsdrøfting (deres ref. 26/07702).

        """)
        + "\n"
        + ps.a_signature(p)
    )
    msg = message(
        "w042",
        frm(p),
        "Tilbaketrekking av anmodning om forhåndsdrøfting – BTI-dashbord – deres ref. 26/07702",
        when(12, 14, 11, 2),
        body,
        attachments=[("Tilbaketrekking av anmodning.pdf", to_pdf(letter))],
    )
    return msg, Label(
        "nb",
        (
            "municipality",
            "letterhead_ref_block",
            "saksbehandler_line",
            "nonrequest_withdrawal",
            "mentions_prior_consultation",
        ),
        "none",
        False,
        "unspecified",
        "withdrawal of an earlier request; not a request",
    )


# =============================================================================================
# B: Vårdal kommune, oppvekst (nn)
# =============================================================================================

B_SHAPES = (
    "municipality",
    "school_owner",
    "nynorsk",
    "letterhead_ref_block",
    "dpia_template_lettered",
    "dpo_shared_intermunicipal",
)


def _b_body(t: Topic, files: list[str], extra: str = "") -> str:
    listing = "\n".join(f"- {f}" for f in files)
    return (
        tx(f"""
        Hei,

        Vårdal kommune ber med dette om førehandsdrøfting med Datatilsynet etter personvernforordninga artikkel 36, for {ps.lc(t.name)} ({t.system}).

        Vedlagt er:
        {listing}

        Kontaktperson i saka er underteikna. Personvernombodet vårt, Eirik Nes, er kopiert inn.
        {extra}
        """)
        + "\n"
        + ps.b_signature(ps.B_SOLVEIG)
    )


def w003() -> Case:
    t, ref = B_LARING, "2026/882-4"
    names = [
        "Følgjebrev",
        "Personvernkonsekvensvurdering (DPIA) med risikovurdering",
        "Delegert vedtak DS 112/26",
    ]
    letter = ps.b_letter(t, ps.B_SOLVEIG, ref=ref, date="10.11.2026", attachments=names)
    dpia = ps.b_dpia(t, approval="Godkjend ved delegert vedtak DS 112/26, sjå vedlegg.")
    ved = ps.b_delegated(t, ref=ref, date="06.11.2026", meeting="3. november 2026")
    files = [
        ("Folgjebrev.pdf", to_pdf(letter)),
        ("DPIA Laerevegen.docx", to_docx(dpia)),
        ("Delegert vedtak DS 112-26.pdf", to_pdf(ved)),
    ]
    msg = message(
        "w003",
        frm(ps.B_SOLVEIG),
        "Førespurnad om førehandsdrøfting – læringsplattform i grunnskulen",
        when(11, 10, 12, 30),
        _b_body(t, names),
        attachments=files,
        cc=frm(ps.B_DPO),
    )
    return msg, Label(
        "nn",
        (
            *B_SHAPES,
            "contact_table",
            "processor_contact_table",
            "approval_delegated_decision",
            "cc_dpo",
            "children_data",
        ),
        "none",
        True,
        "used",
        "complete; DPIA in the municipality's lettered template; approval a delegated decision",
    )


def w004() -> Case:
    t, ref = B_SKJERM, "2026/1140-3"
    names = [
        "Følgjebrev",
        "DPIA skjermovervaking og innhaldsfilter",
        "Utskrift av møtebok, formannskapet PS 45/26",
    ]
    letter = ps.b_letter(
        t,
        ps.B_SOLVEIG,
        ref=ref,
        date="13.11.2026",
        attachments=names,
        decision="Formannskapet handsama saka 5. november 2026 (PS 45/26) og godkjende vurderinga, sjå vedlagd møtebok.",
    )
    dpia = ps.b_dpia(t, approval="Godkjend av formannskapet 05.11.2026, PS 45/26.")
    mb = ps.b_formannskap(t, date="05.11.2026")
    files = [
        ("Folgjebrev skjermovervaking.pdf", to_pdf(letter)),
        ("DPIA Skjermvakt.docx", to_docx(dpia)),
        ("Moetebok formannskapet PS 45-26.pdf", scan_pdf([mb])),
    ]
    msg = message(
        "w004",
        frm(ps.B_SOLVEIG),
        "Førehandsdrøfting – skjermovervaking og innhaldsfilter på elev-iPad",
        when(11, 13, 8, 55),
        _b_body(t, names),
        attachments=files,
        cc=frm(ps.B_DPO),
    )
    return msg, Label(
        "nn",
        (
            *B_SHAPES,
            "contact_table",
            "processor_contact_table",
            "approval_formannskap_minutes",
            "scan_pdf",
            "cc_dpo",
            "children_data",
        ),
        "none",
        True,
        "used",
        "complete; approval as a scanned extract of the formannskap minutes",
    )


def w023() -> Case:
    p = ps.B_ARNE
    body = tx(f"""
        Hei

        Vi er ein mellomstor kommune med seks grunnskular og vurderer å setje opp kameraovervaking av sykkelparkeringa og delar av skulegarden ved Vårdal ungdomsskule, etter fleire tilfelle av hærverk og ein valdsepisode i haust. Kameraa skal berre ta opp utanfor skuletid (kl. 17-07) og i helgane.

        Vi har ikkje gjort ei personvernkonsekvensvurdering enno. Spørsmålet vårt er om de meiner at dette er ei handsaming som krev DPIA, og om vi i så fall må be om førehandsdrøfting før vi set i gang, eller om det held at vi gjer vurderinga sjølve. Vi har lese rettleiaren dykkar om kameraovervaking, men er usikre på kva som gjeld når det er born som vert filma, sjølv om det er utanfor skuletida.

        Vi ønskjer ikkje å sende ein formell førespurnad før vi veit om det trengst.

        Venleg helsing
        {p.name}
        {p.title}, Vårdal kommune
        Tlf. {p.phone} / {p.mobile}
        {p.email}
        """)
    msg = message(
        "w023",
        frm(p),
        "Spørsmål: må vi be om førehandsdrøfting for kameraovervaking av skulegard?",
        when(11, 18, 10, 12),
        body,
    )
    return msg, Label(
        "nn",
        ("municipality", "school_owner", "nynorsk", "nonrequest_question", "all_in_body"),
        "inline",
        False,
        "unspecified",
        "question whether a DPIA / prior consultation is needed; DPIA not done",
    )


def w024() -> Case:
    t, ref = B_LARING, "2026/882-9"
    names = [
        "Følgjebrev",
        "DPIA Lærevegen (versjon 2)",
        "Delegert vedtak DS 112/26",
        "Vedlegg 3: Systemskildring frå leverandøren",
    ]
    letter = ps.b_letter(t, ps.B_SOLVEIG, ref=ref, date="01.12.2026", attachments=names)
    dpia = ps.b_dpia(t, p2="see_vendor", approval="Godkjend ved delegert vedtak DS 112/26.")
    ved = ps.b_delegated(t, ref=ref, date="06.11.2026", meeting="3. november 2026")
    price = """# Lærevegen AS

Prisliste og lisensvilkår for kommunar 2027

## Lisensmodell

Lisens per elev per skuleår. Minstekjøp 200 lisensar. Prisane er oppgjevne eksklusive meirverdiavgift.

| Produkt | Pris per elev | Merknad |
| Lærevegen Matematikk 1-10 | 145 kr | inkl. lærarrettleiing |
| Lærevegen Norsk 1-10 | 145 kr | inkl. lydstøtte |
| Pakke Matematikk + Norsk | 240 kr | |
| Kurs for lærarar (halv dag) | 9 500 kr | per skule |

## Vilkår

Avtalen gjeld for eitt skuleår om gongen og vert fornya automatisk med mindre han vert sagd opp innan 1. mai. Fakturering skjer kvart halvår. Prisjustering etter konsumprisindeksen kvart år.

Kontakt salsavdelinga: salg@laerevegen.no"""
    files = [
        ("Folgjebrev.pdf", to_pdf(letter)),
        ("DPIA Laerevegen v2.docx", to_docx(dpia)),
        ("Delegert vedtak DS 112-26.pdf", to_pdf(ved)),
        ("Vedlegg 3 Systemskildring Laerevegen.pdf", to_pdf(price)),
    ]
    msg = message(
        "w024",
        frm(ps.B_SOLVEIG),
        "Førespurnad om førehandsdrøfting – Lærevegen (oppdatert DPIA)",
        when(12, 1, 13, 15),
        _b_body(t, names),
        attachments=files,
        cc=frm(ps.B_DPO),
    )
    return msg, Label(
        "nn",
        (
            *B_SHAPES,
            "contact_table",
            "processor_contact_table",
            "approval_delegated_decision",
            "wrong_file_description",
            "cc_dpo",
        ),
        "none",
        True,
        "used",
        "DPIA section B refers to the vendor's system description; the attached file is a price list and licence terms",
        (2,),
    )


def w043() -> Case:
    t, ref = B_SKJERM, "2026/1140-7"
    contact = "Kontaktperson: Solveig Hatlestad, kommunalsjef oppvekst, e-post solveig.hatlestad@vardal.kommune.no."
    names = ["Følgjebrev", "DPIA skjermovervaking og innhaldsfilter"]
    letter = ps.b_letter(
        t,
        ps.B_SOLVEIG,
        ref=ref,
        date="26.11.2026",
        attachments=names,
        contact=contact,
        decision="Personvernkonsekvensvurderinga skal handsamast i utval for oppvekst og kultur 4. februar 2027. Vi sender vedtaket når det ligg føre.",
    )
    dpia = ps.b_dpia(
        t,
        contact_row="| Kontaktperson | Solveig Hatlestad, kommunalsjef oppvekst | | solveig.hatlestad@vardal.kommune.no |",
        approval="Godkjenning: Skal handsamast i utval for oppvekst og kultur 04.02.2027, deretter endeleg godkjenning av kommunedirektøren.",
    )
    body = tx("""
        Vedlagt følgjer brev frå Vårdal kommune i sak 2026/1140.

        Dokumentsenteret
        Vårdal kommune
        """)
    files = [("Folgjebrev 2026-1140.pdf", to_pdf(letter)), ("DPIA Skjermvakt.docx", to_docx(dpia))]
    msg = message(
        "w043",
        "Vårdal kommune <postmottak@vardal.kommune.no>",
        "Førespurnad om førehandsdrøfting – brev frå Vårdal kommune, sak 2026/1140",
        when(11, 26, 15, 40),
        body,
        attachments=files,
    )
    return msg, Label(
        "nn",
        (*B_SHAPES, "archive_system_mail", "p1_contact_no_phone", "p5_future_meeting"),
        "none",
        True,
        "used",
        "contact person with e-mail only (no phone anywhere, office mailbox sender); approval planned for the committee meeting of 4 February 2027",
        (1, 5),
    )


def w044() -> Case:
    t, ref = B_LARING, "2026/882-12"
    names = [
        "Følgjebrev",
        "DPIA Lærevegen (versjon 3, med full skildring)",
        "Delegert vedtak DS 112/26",
    ]
    letter = ps.b_letter(
        t,
        ps.B_SOLVEIG,
        ref=ref,
        date="11.12.2026",
        attachments=names,
        decision="Dette er ei ny og fullstendig sending. Den førre sendinga hadde feil vedlegg som systemskildring; skildringa står no i DPIA-en del B.",
    )
    dpia = ps.b_dpia(t, approval="Godkjend ved delegert vedtak DS 112/26.")
    ved = ps.b_delegated(t, ref=ref, date="06.11.2026", meeting="3. november 2026")
    files = [
        ("Folgjebrev.pdf", to_pdf(letter)),
        ("DPIA Laerevegen v3.odt", ps.render(dpia, "odt")),
        ("Delegert vedtak DS 112-26.pdf", to_pdf(ved)),
    ]
    msg = message(
        "w044",
        frm(ps.B_SOLVEIG),
        "SV: Førespurnad om førehandsdrøfting – ny sending med rett vedlegg (Lærevegen)",
        when(12, 11, 9, 20),
        _b_body(t, names, "Dette er ei ny sending som erstattar den frå 1. desember."),
        attachments=files,
        cc=frm(ps.B_DPO),
    )
    return msg, Label(
        "nn",
        (
            *B_SHAPES,
            "contact_table",
            "processor_contact_table",
            "approval_delegated_decision",
            "odt",
            "resubmission_complete",
            "cc_dpo",
        ),
        "none",
        True,
        "used",
        "complete resubmission with the description in DPIA part B; ODT",
    )


# =============================================================================================
# C: Vestmark fylkeskommune (nb)
# =============================================================================================

C_SHAPES = (
    "county",
    "letterhead_ref_block",
    "saksbehandler_line",
    "cover_letter_pdf",
    "ros_analysis_pdf",
    "risk_matrix_1_5",
    "contact_table",
    "processor_contact_table",
)


def _c_body(t: Topic, extra: str = "") -> str:
    return (
        tx(f"""
        Til Datatilsynet

        Vestmark fylkeskommune oversender anmodning om forhåndsdrøfting for {t.system} ({ps.lc(t.name)}). Se vedlagte følgebrev med vedlegg.
        {extra}
        """)
        + "\n"
        + ps.c_signature()
    )


def w005() -> Case:
    t, p, ref = C_KAMERA, ps.C_ANDERS, "2026/12877-5"
    names = [
        "DPIA BodyGuard VK, versjon 0.9",
        "ROS-analyse BodyGuard VK (utkast)",
        "Protokoll fra direktørmøtet 10.11.2026, sak DM 87/26",
    ]
    letter = ps.c_letter(
        t,
        p,
        ref=ref,
        date="12.11.2026",
        attachments=names,
        approval="Direktørmøtet behandlet DPIA-en 10.11.2026, se vedlagt protokoll.",
    )
    files = [
        ("Folgebrev anmodning om forhandsdrofting.pdf", to_pdf(letter)),
        ("DPIA_BodyGuard_VK_v0.9.pdf", to_pdf(ps.c_dpia(t, version="0.9"))),
        ("ROS-analyse_BodyGuard_VK_UTKAST.pdf", to_pdf(ps.c_ros(t, draft=True))),
        (
            "Protokoll_direktormotet_2026-11-10.pdf",
            to_pdf(ps.c_protocol(t, date="10.11.2026", case="DM 87/26", draft_ros=True)),
        ),
    ]
    msg = message(
        "w005",
        frm(ps.C_KRISTIAN),
        "Anmodning om forhåndsdrøfting – kroppskameraer for billettkontrollører – 2026/12877",
        when(11, 12, 14, 3),
        _c_body(t),
        attachments=files,
    )
    return msg, Label(
        "nb",
        (*C_SHAPES, "approval_direktormote_protocol", "p4_draft_unfinished"),
        "pgp_mime",
        True,
        "used",
        "ROS analysis lists threats but is marked «UTKAST – ikke ferdigstilt» with empty scores and measures; DPIA section 5 only refers to it",
        (4,),
    )


def w006() -> Case:
    t, p, ref = C_CIBO, ps.C_LENE, "2026/13310-4"
    names = [
        "DPIA VK Reise, versjon 1.0",
        "ROS-analyse VK Reise",
        "Protokoll fra direktørmøtet 17.11.2026, sak DM 91/26",
    ]
    letter = ps.c_letter(
        t,
        p,
        ref=ref,
        date="19.11.2026",
        attachments=names,
        approval="Direktørmøtet godkjente DPIA-en 17.11.2026 (DM 91/26).",
    )
    inner = {
        "01_Folgebrev.pdf": to_pdf(letter),
        "02_DPIA_VK_Reise_v1.0.pdf": to_pdf(ps.c_dpia(t, version="1.0")),
        "03_ROS-analyse_VK_Reise.pdf": to_pdf(ps.c_ros(t)),
        "04_Protokoll_DM_91-26.pdf": to_pdf(ps.c_protocol(t, date="17.11.2026", case="DM 91/26")),
    }
    msg = message(
        "w006",
        frm(ps.C_KRISTIAN),
        "Anmodning om forhåndsdrøfting – VK Reise (check-in/be-out) – 2026/13310",
        when(11, 19, 11, 27),
        _c_body(t, "Dokumentene ligger i vedlagt zip-fil."),
        attachments=[("Forhandsdrofting_VK_Reise.zip", to_zip(inner))],
    )
    return msg, Label(
        "nb",
        (*C_SHAPES, "approval_direktormote_protocol", "zip", "location_data"),
        "none",
        True,
        "used",
        "complete; all documents in one ZIP",
    )


def w025() -> Case:
    t, p, ref = C_CIBO, ps.C_LENE, "2026/13310-2"
    names = ["DPIA VK Reise, versjon 1.0", "ROS-analyse VK Reise"]
    approval = f"""## Fylkesdirektørens gjennomgang og beslutning

DPIA-en og ROS-analysen ble presentert for meg i direktørmøtet 3. november 2026 av Vestmark Kollektiv og Seksjon for digitalisering, sammen med direktør for samferdsel. Hovedfunnene er at {ps.lc(t.findings)}

Vi har lagt vekt på innspillene fra interessentene: {t.stakeholders} Ungdommens fylkesråd ba særlig om at funksjonen skal være frivillig og at vanlige billetter skal bestå, noe som er tatt inn.

Jeg har gjennomgått vurderingene, godkjenner DPIA-en og har besluttet at fylkeskommunen skal be Datatilsynet om forhåndsdrøfting før funksjonen lanseres."""
    signer = f"Med hilsen\n\n{ps.C_DIR}\nfylkesdirektør\n\n{ps.C_KRISTIAN.name}\nseniorrådgiver informasjonssikkerhet\n\nDokumentet er elektronisk godkjent."
    letter = ps.c_letter(
        t, p, ref=ref, date="05.11.2026", attachments=names, approval=approval, signer=signer
    )
    files = [
        ("Folgebrev fra fylkesdirektoren.pdf", to_pdf(letter)),
        ("DPIA_VK_Reise_v1.0.pdf", to_pdf(ps.c_dpia(t, version="1.0"))),
        ("ROS-analyse_VK_Reise.pdf", to_pdf(ps.c_ros(t))),
    ]
    msg = message(
        "w025",
        frm(ps.C_KRISTIAN),
        "Anmodning om forhåndsdrøfting – VK Reise – 2026/13310",
        when(11, 5, 15, 50),
        _c_body(t),
        attachments=files,
    )
    return msg, Label(
        "nb",
        (*C_SHAPES, "approval_cover_letter_director", "location_data"),
        "pgp_mime",
        True,
        "used",
        "complete; management's review and decision stated in the cover letter signed by the county director (no separate protocol)",
    )


def w026() -> Case:
    ref = "2026/12877-11"
    letter = f"""# Vestmark fylkeskommune

%% Datatilsynet %% Vår dato: 02.12.2026
%% Postboks 458 Sentrum %% Vår referanse: {ref}
%% 0105 OSLO %% Deres referanse: 26/06914
%% %% Saksbehandler: {ps.C_KRISTIAN.name}, tlf. {ps.C_KRISTIAN.phone}

## Svar på varsel om kontroll – kameraovervåking om bord i busser

Vi viser til Datatilsynets brev av 11. november 2026 med varsel om kontroll av fylkeskommunens kameraovervåking om bord i busser og ferjer i Vestmark Kollektiv, og besvarer spørsmålene i samme rekkefølge.

1. Hvem er behandlingsansvarlig? Vestmark fylkeskommune er behandlingsansvarlig. Operatørselskapene er databehandlere etter trafikkavtalene.

2. Hvor mange kameraer er i bruk? Det er 1 140 kameraer i 286 busser og 9 ferjer.

3. Lagringstid: Opptak lagres i 7 dager og overskrives automatisk, med mindre de er sikret ved hendelse.

4. Dokumentasjon: Vi legger ved behandlingsprotokollen, rutine for utlevering av opptak og siste internrevisjon (2025).

5. Kontaktperson for kontrollen: {ps.C_KRISTIAN.name}, {ps.C_KRISTIAN.email}, tlf. {ps.C_KRISTIAN.phone}.

Vi ser fram til kontrollmøtet 14. januar 2027.

Med hilsen

Hilde Grønli
direktør samferdsel

{ps.C_KRISTIAN.name}
seniorrådgiver

{ps.C_FOOTER}
"""
    body = (
        tx("""
        Til Datatilsynet

        Vedlagt følger fylkeskommunens svar på varsel om kontroll, deres ref. 26/06914.

        """)
        + "\n"
        + ps.c_signature()
    )
    msg = message(
        "w026",
        frm(ps.C_KRISTIAN),
        "Svar på varsel om kontroll – deres ref. 26/06914",
        when(12, 2, 10, 44),
        body,
        attachments=[("Svar pa varsel om kontroll.pdf", to_pdf(letter))],
    )
    return msg, Label(
        "nb",
        ("county", "letterhead_ref_block", "saksbehandler_line", "nonrequest_reply_to_inspection"),
        "none",
        False,
        "unspecified",
        "answer to Datatilsynet's notice of inspection; not a request",
    )


def w045() -> Case:
    t, p, ref = C_KAMERA, ps.C_ANDERS, "2026/12877-9"
    names = [
        "DPIA BodyGuard VK, versjon 1.0",
        "ROS-analyse BodyGuard VK, versjon 1.0 (ferdigstilt)",
        "Protokoll fra direktørmøtet 24.11.2026, sak DM 95/26",
    ]
    letter = ps.c_letter(
        t,
        p,
        ref=ref,
        date="26.11.2026",
        attachments=names,
        approval="Dette brevet med vedlegg erstatter oversendelsen av 12.11.2026. ROS-analysen er nå ferdigstilt og ble behandlet i direktørmøtet 24.11.2026.",
    )
    files = [
        ("Folgebrev anmodning om forhandsdrofting v2.pdf", to_pdf(letter)),
        ("DPIA_BodyGuard_VK_v1.0.pdf", to_pdf(ps.c_dpia(t, version="1.0"))),
        ("ROS-analyse_BodyGuard_VK_v1.0.pdf", to_pdf(ps.c_ros(t))),
        (
            "Protokoll_direktormotet_2026-11-24.pdf",
            to_pdf(ps.c_protocol(t, date="24.11.2026", case="DM 95/26")),
        ),
    ]
    msg = message(
        "w045",
        frm(ps.C_KRISTIAN),
        "Ny oversendelse: anmodning om forhåndsdrøfting – kroppskameraer – 2026/12877",
        when(11, 26, 13, 9),
        _c_body(t, "Oversendelsen erstatter vår e-post av 12. november."),
        attachments=files,
    )
    return msg, Label(
        "nb",
        (*C_SHAPES, "approval_direktormote_protocol", "resubmission_complete"),
        "none",
        True,
        "used",
        "complete resubmission with the finished ROS analysis",
    )


def w046() -> Case:
    t, p, ref = C_KAMERA, ps.C_ANDERS, "2026/12877-3"
    names = [
        "DPIA BodyGuard VK, versjon 0.5",
        "ROS-analyse BodyGuard VK",
        "Protokoll fra direktørmøtet 27.10.2026, sak DM 82/26",
    ]
    letter = ps.c_letter(
        t,
        p,
        ref=ref,
        date="29.10.2026",
        attachments=names,
        approval="Direktørmøtet behandlet saken 27.10.2026.",
    )
    files = [
        ("Folgebrev.pdf", to_pdf(letter)),
        ("DPIA_BodyGuard_VK_v0.5.pdf", to_pdf(ps.c_dpia(t, version="0.5", p3="deferred"))),
        ("ROS-analyse_BodyGuard_VK.pdf", to_pdf(ps.c_ros(t))),
        ("Protokoll_DM_82-26.pdf", to_pdf(ps.c_protocol(t, date="27.10.2026", case="DM 82/26"))),
    ]
    msg = message(
        "w046",
        frm(ps.C_KRISTIAN),
        "Anmodning om forhåndsdrøfting – kroppskameraer – 2026/12877",
        when(11, 2, 9, 31),
        _c_body(t),
        attachments=files,
    )
    return msg, Label(
        "nb",
        (*C_SHAPES, "approval_direktormote_protocol", "p3_deferred"),
        "none",
        True,
        "used",
        "DPIA section 4.0 «Ikke vurdert i denne versjonen», necessity deferred to phase 2",
        (3,),
    )


# =============================================================================================
# D: Sykehuset Austvik HF (nb)
# =============================================================================================

D_SHAPES = ("hospital_trust", "letter_in_body", "dpia_template_parts", "health_data")


def _d_body(
    t: Topic, p: ps.Person, *, ref: str, dpo_bare: bool = False, atts: list[str], p5: str = ""
) -> str:
    proc = t.processor
    assert proc is not None
    dpo = (
        ps.D_DPO.name
        if dpo_bare
        else f"{ps.D_DPO.name}, tlf. {ps.D_DPO.phone}, e-post {ps.D_DPO.email}"
    )
    listing = "\n".join(f"- {a}" for a in atts)
    return (
        tx(f"""
        Til: Datatilsynet
        Vår ref.: {ref}
        Deres ref.: –
        Saksbehandler: {p.name}

        ANMODNING OM FORHÅNDSDRØFTING – {t.system.upper()}

        Sykehuset Austvik HF ber om forhåndsdrøfting etter personvernforordningen artikkel 36 før vi tar i bruk {ps.lc(t.name)}. Vi har gjennomført DPIA. {t.residual}

        Kontaktinformasjon
        Kontaktperson: {p.name}, {p.title}, tlf. {p.phone}, e-post {p.email}
        Personvernombud: {dpo}
        Databehandler: {proc.name}, org.nr. {proc.orgnr}, {proc.address}. Kontaktperson {proc.person}, {proc.role}, tlf. {proc.phone}, e-post {proc.email}

        {p5}

        Vedlegg:
        {listing}

        """)
        + "\n"
        + ps.d_signature(p)
    )


def w007() -> Case:
    t, p, ref = D_RONTGEN, ps.D_SIGRID, "26/04412"
    atts = ["DPIA Radiant Triage (Word)", "Protokoll direktørmøtet 3.11.2026, DM-sak 112-2026"]
    dpia = ps.d_dpia(
        t,
        contact=p,
        dpo_bare=True,
        approval="Godkjent i direktørmøtet 03.11.2026, DM-sak 112-2026.",
    )
    files = [
        ("DPIA Radiant Triage.docx", to_docx(dpia)),
        (
            "Protokoll DM 112-2026.pdf",
            to_pdf(ps.d_dm_protocol(t, date="03.11.2026", case="112-2026")),
        ),
    ]
    msg = message(
        "w007",
        frm(p),
        "Anmodning om forhåndsdrøfting – KI-prioritering av thoraxrøntgen",
        when(11, 6, 12, 2),
        _d_body(t, p, ref=ref, dpo_bare=True, atts=atts),
        attachments=files,
    )
    return msg, Label(
        "nb",
        (
            *D_SHAPES,
            "contact_label_value",
            "processor_contact_body",
            "approval_direktormote_protocol",
            "p1_dpo_name_only",
        ),
        "pgp_mime",
        True,
        "used",
        "DPO named (Kari Holm) without phone or e-mail anywhere; DPO not in copy",
        (1,),
    )


def w008() -> Case:
    t, p, ref = D_RONTGEN, ps.D_SIGRID, "26/04412-2"
    atts = [
        "DPIA Radiant Triage (Word)",
        "Risikovurdering (Excel, eksport fra risikoverktøyet)",
        "Protokoll direktørmøtet 3.11.2026",
    ]
    dpia = ps.d_dpia(t, contact=p, approval="Godkjent i direktørmøtet 03.11.2026, DM-sak 112-2026.")
    score = {"Lav": 1, "Middels": 2, "Høy": 3, "Svært høy": 4}
    rows = [["ID", "Scenario", "S (1-4)", "K (1-4)", "Risikonivå", "Tiltak", "Restrisiko"]]
    rows += [
        [
            f"R{i}",
            r.threat,
            str(score[r.likelihood]),
            str(score[r.consequence]),
            str(score[r.likelihood] * score[r.consequence]),
            r.measure,
            r.residual,
        ]
        for i, r in enumerate(t.risks, 1)
    ]
    files = [
        ("DPIA Radiant Triage v1.1.docx", to_docx(dpia)),
        ("Risikovurdering Radiant Triage.xlsx", to_xlsx({"Risiko": rows})),
        (
            "Protokoll DM 112-2026.pdf",
            to_pdf(ps.d_dm_protocol(t, date="03.11.2026", case="112-2026")),
        ),
    ]
    msg = message(
        "w008",
        frm(p),
        "Anmodning om forhåndsdrøfting – KI-prioritering av thoraxrøntgen (vår ref. 26/04412)",
        when(11, 11, 8, 40),
        _d_body(t, p, ref=ref, atts=atts),
        attachments=files,
        cc=frm(ps.D_DPO),
    )
    return msg, Label(
        "nb",
        (
            *D_SHAPES,
            "contact_label_value",
            "processor_contact_body",
            "approval_direktormote_protocol",
            "risk_register_xlsx",
            "cc_dpo",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; letter in the body, DPIA with risk export and director meeting protocol",
    )


def w027() -> Case:
    t, p, ref = D_PSYK, ps.D_JON, "26/05107"
    atts = ["DPIA SensoVakt (PDF)", "Protokoll direktørmøtet 17.11.2026, DM-sak 121-2026"]
    dpia = ps.d_dpia(t, contact=p, approval="Godkjent i direktørmøtet 17.11.2026, DM-sak 121-2026.")
    files = [
        ("DPIA SensoVakt skjermingsenhet.pdf", to_pdf(dpia)),
        (
            "Protokoll DM 121-2026.pdf",
            to_pdf(ps.d_dm_protocol(t, date="17.11.2026", case="121-2026")),
        ),
    ]
    msg = message(
        "w027",
        frm(p),
        "Anmodning om forhåndsdrøfting – videoovervåking i akuttpsykiatrisk skjermingsenhet",
        when(11, 20, 14, 16),
        _d_body(t, p, ref=ref, atts=atts),
        attachments=files,
        cc=frm(ps.D_DPO),
    )
    return msg, Label(
        "nb",
        (
            *D_SHAPES,
            "contact_label_value",
            "processor_contact_body",
            "approval_direktormote_protocol",
            "cc_dpo",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; psychiatric ward video monitoring",
    )


def w028() -> Case:
    t, p, ref = D_PSYK, ps.D_JON, "26/05107"
    atts = ["DPIA SensoVakt (Word)"]
    dpia = ps.d_dpia(
        t,
        contact=p,
        approval="Godkjenning: DPIA-en behandles i direktørmøtet 19. januar 2027 (DM-sak er meldt opp).",
    )
    p5 = "Ledelsens behandling\nDPIA-en er meldt opp til direktørmøtet 19. januar 2027. Vi ettersender protokollen fra møtet."
    files = [("DPIA SensoVakt skjermingsenhet.docx", to_docx(dpia))]
    msg = message(
        "w028",
        frm(p),
        "Anmodning om forhåndsdrøfting – SensoVakt, akuttpsykiatri",
        when(12, 4, 10, 18),
        _d_body(t, p, ref=ref, atts=atts, p5=p5),
        attachments=files,
        cc=frm(ps.D_DPO),
    )
    return msg, Label(
        "nb",
        (*D_SHAPES, "contact_label_value", "processor_contact_body", "p5_future_meeting", "cc_dpo"),
        "pgp_mime",
        True,
        "used",
        "DPIA to be handled by the director meeting of 19 January 2027; protocol to follow",
        (5,),
    )


def w047() -> Case:
    p = ps.D_DPO
    body = tx(f"""
        Til Datatilsynet

        Ettersending av opplysninger til melding om brudd på personopplysningssikkerheten, deres ref. 26/07215 (meldt via Altinn 1. desember 2026).

        Hva skjedde: 28. november ble 41 epikriser fra Medisinsk klinikk sendt med ordinær post til feil fastlege som følge av en feil i adresseregisteret etter en systemoppdatering. Fastlegen varslet oss 30. november og har returnert brevene uåpnet, med unntak av to som ble åpnet før feilen ble oppdaget.

        Berørte: 41 pasienter. De to pasientene der epikrisen ble lest, er varslet per brev 3. desember. Vi vurderer risikoen for de øvrige som lav.

        Tiltak: Adresseregisteret er rettet og kontrollert mot Helsenettets adresseregister. Utsending av epikriser på papir er stanset til ny rutine er på plass. Leverandøren har fått avviksmelding.

        Vi ber ikke om noen vurdering utover dette, men sender opplysningene for å komplettere meldingen.

        Med vennlig hilsen
        {p.name}
        Personvernombud
        Sykehuset Austvik HF
        Tlf. {p.phone}
        {p.email}
        """)
    msg = message(
        "w047",
        frm(p),
        "Ettersending til avviksmelding – feilsendte epikriser – deres ref. 26/07215",
        when(12, 8, 9, 5),
        body,
    )
    return msg, Label(
        "nb",
        ("hospital_trust", "health_data", "nonrequest_breach_followup", "all_in_body"),
        "pgp_mime",
        False,
        "unspecified",
        "follow-up to a breach notification; not a request",
    )


def w048() -> Case:
    t, p, ref = D_PSYK, ps.D_JON, "26/05107-3"
    atts = [
        "DPIA SensoVakt (Word)",
        "Beslutningsnotat til administrerende direktør, signert (bilde)",
    ]
    dpia = ps.d_dpia(
        t,
        contact=p,
        approval="Godkjent av administrerende direktør 09.12.2026, se signert beslutningsnotat.",
    )
    memo = f"""Sykehuset Austvik HF – BESLUTNINGSNOTAT

Til: Administrerende direktør
Fra: Klinikk for psykisk helse og rus
Dato: 09.12.2026   Saksnr.: {ref}

Sak: Godkjenning av DPIA for SensoVakt i akuttpsykiatrisk skjermingsenhet

Presentasjon og funn: DPIA-en ble presentert i direktørmøtet 8. desember 2026. {t.findings}

Interessenter: {t.stakeholders} Brukerutvalget støttet tiltaket under forutsetning av at bad aldri overvåkes.

Personvernombudet anbefaler forhåndsdrøfting.

Beslutning: Jeg godkjenner DPIA-en. Foretaket ber Datatilsynet om forhåndsdrøfting før systemet tas i bruk.

Austvik, 9. desember 2026

Per Olav Strand (sign.)
administrerende direktør"""
    files = [
        ("DPIA SensoVakt skjermingsenhet v2.docx", to_docx(dpia)),
        ("Beslutningsnotat signert.jpg", scan_image(memo, "JPEG", 0.6)),
    ]
    msg = message(
        "w048",
        frm(p),
        "Anmodning om forhåndsdrøfting – SensoVakt (vår ref. 26/05107)",
        when(12, 10, 15, 22),
        _d_body(t, p, ref=ref, atts=atts),
        attachments=files,
        cc=frm(ps.D_DPO),
    )
    return msg, Label(
        "nb",
        (
            *D_SHAPES,
            "contact_label_value",
            "processor_contact_body",
            "approval_decision_memo",
            "photo_jpeg",
            "cc_dpo",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; approval a photographed signed decision memo of the CEO",
    )


# =============================================================================================
# E: Kvitfjell universitet (nb)
# =============================================================================================

E_SHAPES = (
    "university",
    "contact_label_value",
    "processor_contact_body",
    "dpia_template_parts",
    "risk_lmh",
)


def _e_body(t: Topic, p: ps.Person, atts: list[str], extra: str = "") -> str:
    listing = "\n".join(f"- {a}" for a in atts)
    return (
        tx(f"""
        Til Datatilsynet

        Kvitfjell universitet ber om forhåndsdrøfting etter personvernforordningen artikkel 36 for behandlingen «{t.name}» ({t.system}).

        Kontaktinformasjon:
        """)
        + ps.e_contacts_body(p, t)
        + tx(f"""

        Dokumentasjon som følger vedlagt:
        {listing}
        {extra}
        """)
        + "\n"
        + ps.e_signature(p)
    )


def w009() -> Case:
    t, p = E_EKSAMEN, ps.E_HEGE
    dpia = ps.e_dpia(
        t,
        e="Saken legges fram for universitetsdirektørens ledermøte 14. januar 2027. Beslutningsnotat ettersendes etter møtet.",
    )
    atts = ["DPIA ExamGuard (PDF)"]
    msg = message(
        "w009",
        frm(p),
        "Anmodning om forhåndsdrøfting – fjerneksamen med ExamGuard",
        when(11, 17, 13, 37),
        _e_body(t, p, atts),
        attachments=[("DPIA ExamGuard.pdf", to_pdf(dpia))],
    )
    return msg, Label(
        "nb",
        (*E_SHAPES, "biometrics", "p5_future_meeting"),
        "pgp_mime",
        True,
        "used",
        "Del E: to be presented to the university director's leadership meeting of 14 January 2027",
        (5,),
    )


def w010() -> Case:
    t, p = E_FRAFALL, ps.E_OLA
    dpia = ps.e_dpia(
        t,
        a="Under arbeid. Del A ettersendes innen 15. desember 2026.",
        b="Under arbeid. Del B ettersendes sammen med Del A.",
        e="Beslutningsnotat ettersendes sammen med Del A og Del B.",
    )
    atts = ["DPIA Studieløp (Word), foreløpig versjon"]
    msg = message(
        "w010",
        frm(p),
        "Anmodning om forhåndsdrøfting – læringsanalyse (Studieløp)",
        when(11, 24, 10, 1),
        _e_body(
            t,
            p,
            atts,
            "Vi sender anmodningen nå for å komme i gang; resten av dokumentasjonen ettersendes.",
        ),
        attachments=[("DPIA Studielop forelopig.docx", to_docx(dpia))],
    )
    return msg, Label(
        "nb",
        (*E_SHAPES, "p2_deferred", "p3_deferred", "p5_will_follow"),
        "pgp_mime",
        True,
        "used",
        "DPIA parts A (description) and B (necessity) «under arbeid, ettersendes»; decision memo to follow",
        (2, 3, 5),
    )


def w029() -> Case:
    t, p = E_FRAFALL, ps.E_OLA
    dpia = ps.e_dpia(t, e="Godkjent av universitetsdirektøren 12.11.2026, se beslutningsnotat.")
    atts = ["DPIA Studieløp (PDF)", "Beslutningsnotat, godkjent av universitetsdirektøren (PDF)"]
    files = [
        ("DPIA Studielop.pdf", to_pdf(dpia)),
        (
            "Beslutningsnotat DPIA Studielop.pdf",
            to_pdf(ps.e_memo(t, date="12.11.2026", ref="26/02219-4")),
        ),
    ]
    msg = message(
        "w029",
        frm(p),
        "Anmodning om forhåndsdrøfting – læringsanalyse for tidlig varsling av frafall",
        when(11, 16, 14, 48),
        _e_body(t, p, atts),
        attachments=files,
    )
    return msg, Label(
        "nb",
        (*E_SHAPES, "approval_decision_memo"),
        "pgp_mime",
        True,
        "used",
        "complete; decision memo signed off by the university director",
    )


def w030() -> Case:
    t, p = E_EKSAMEN, ps.E_HEGE
    dpia = ps.e_dpia(t, e="Godkjent av universitetsdirektøren 26.11.2026, se beslutningsnotat.")
    atts = ["DPIA ExamGuard (Word)", "Beslutningsnotat (PDF)"]
    files = [
        ("DPIA ExamGuard v1.0.docx", to_docx(dpia)),
        (
            "Beslutningsnotat ExamGuard.pdf",
            to_pdf(ps.e_memo(t, date="26.11.2026", ref="26/01877-6")),
        ),
    ]
    msg = message(
        "w030",
        frm(p),
        "Anmodning om forhåndsdrøfting – ExamGuard",
        when(11, 30, 12, 12),
        _e_body(t, p, atts),
        attachments=files,
    )
    return msg, Label(
        "nb",
        (*E_SHAPES, "approval_decision_memo", "biometrics"),
        "pgp_mime",
        True,
        "used",
        "complete; remote proctoring",
    )


def w049() -> Case:
    t, p = E_EKSAMEN, ps.E_HEGE
    dpia = ps.e_dpia(
        t, e="Universitetsdirektøren godkjente DPIA-en 03.12.2026 i e-post, som følger vedlagt."
    )
    inner_body = tx(f"""
        Hei Hege,

        Jeg viser til gjennomgangen av DPIA for ExamGuard i ledermøtet i dag, der dere presenterte funnene: {t.findings}

        Vi drøftet innspillene fra Studentparlamentet, FFO og de tillitsvalgte, og særlig Studentparlamentets motstand mot automatisk avviksdeteksjon. Vi har lagt vekt på at studentene kan velge skoleeksamen på campus, og at ingen får konsekvenser uten menneskelig vurdering.

        Jeg godkjenner DPIA-en. Restrisikoen er høy, og universitetet skal derfor be Datatilsynet om forhåndsdrøfting før løsningen tas i bruk. Send gjerne anmodningen så snart som mulig.

        Hilsen
        {ps.E_DIR}
        Universitetsdirektør, Kvitfjell universitet
        """)
    inner = message(
        "w049i",
        f"{ps.E_DIR} <knut.helge.ronning@ukf.no>",
        "Godkjenning: DPIA ExamGuard",
        when(12, 3, 16, 5),
        inner_body,
        to=frm(p),
    )
    atts = [
        "DPIA ExamGuard (PDF), versjon 1.1",
        "Universitetsdirektørens godkjenning (videresendt e-post)",
    ]
    msg = message(
        "w049",
        frm(p),
        "Anmodning om forhåndsdrøfting – ExamGuard – ny oversendelse",
        when(12, 4, 9, 14),
        _e_body(
            t,
            p,
            atts,
            "Denne oversendelsen erstatter den fra 17. november; universitetsdirektøren har nå behandlet saken.",
        ),
        attachments=[("DPIA ExamGuard v1.1.pdf", to_pdf(dpia))],
        forwarded=("Godkjenning DPIA ExamGuard.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            *E_SHAPES,
            "approval_email_forwarded_eml",
            "forwarded_rfc822",
            "resubmission_complete",
            "biometrics",
        ),
        "none",
        True,
        "used",
        "complete resubmission; approval is the university director's e-mail attached as .eml",
    )


def w050() -> Case:
    t, p = E_FRAFALL, ps.E_OLA
    dpia = ps.e_dpia(
        t,
        c="Risikovurderingen er ikke gjennomført ennå. Workshop med leverandøren og studentrepresentanter er planlagt 8. januar 2027.",
        e="Beslutning tas av universitetsdirektøren når risikovurderingen er gjennomført.",
    )
    atts = ["DPIA Studieløp (PDF)"]
    msg = message(
        "w050",
        frm(p),
        "Anmodning om forhåndsdrøfting – Studieløp",
        when(12, 9, 11, 55),
        _e_body(t, p, atts),
        attachments=[("DPIA Studielop.pdf", to_pdf(dpia))],
    )
    return msg, Label(
        "nb",
        (*E_SHAPES, "p4_not_done", "p5_not_done"),
        "pgp_mime",
        True,
        "used",
        "Del C: risk assessment not done (workshop 8 January 2027); decision after that",
        (4, 5),
    )


# =============================================================================================
# F: Statens tilskuddsforvaltning (nb)
# =============================================================================================

F_SHAPES = (
    "state_agency",
    "archive_system_mail",
    "letterhead_ref_block",
    "saksbehandler_line",
    "letter_footer_contacts",
    "pvk_template_guidance",
)


def _f_msg(
    cid: str, t: Topic, *, date: str, saksnr: str, docnr: str, files: list[tuple[str, bytes]]
) -> EmailMessage:
    title = f"Anmodning om forhåndsdrøfting – {t.system}"
    return message(
        cid,
        "Statens tilskuddsforvaltning <postmottak@stf.no>",
        f"{title} – {saksnr}",
        date,
        ps.f_mail_body(saksnr=saksnr, docnr=docnr, title=title),
        attachments=files,
    )


def w011() -> Case:
    t, p = F_RISIKO, ps.F_MORTEN
    pvk = ps.f_pvk(
        t, p3="guidance", approval=ps.f_approval_section(t, date="10.11.2026", case="64/26")
    )
    letter = ps.f_letter(
        t,
        p,
        ref="2026/4411-7",
        date="12.11.2026",
        attachments=["Personvernkonsekvensvurdering (PVK) TIKK"],
    )
    files = [
        ("Anmodning om forhandsdrofting - TIKK.pdf", to_pdf(letter)),
        ("PVK TIKK.docx", to_docx(pvk)),
    ]
    msg = _f_msg(
        "w011", t, date=when(11, 12, 15, 2), saksnr="2026/4411", docnr="2026/4411-7", files=files
    )
    return msg, Label(
        "nb",
        (
            *F_SHAPES,
            "contact_label_value",
            "processor_contact_body",
            "approval_in_dpia_section",
            "template_guidance_unfilled",
        ),
        "pgp_mime",
        True,
        "used",
        "PVK sections 5 (necessity) and 6 (rights/safeguards) still hold the template's guidance text",
        (3,),
    )


def w012() -> Case:
    t, p = F_RISIKO, ps.F_MORTEN
    pvk = ps.f_pvk(t, approval=ps.f_approval_section(t, date="24.11.2026", case="68/26"))
    letter = ps.f_letter(
        t,
        p,
        ref="2026/4411-11",
        date="26.11.2026",
        attachments=["Personvernkonsekvensvurdering (PVK) TIKK, versjon 2.1"],
    )
    files = [
        ("Anmodning om forhandsdrofting - TIKK.pdf", to_pdf(letter)),
        ("PVK TIKK v2.1.pdf", to_pdf(pvk)),
    ]
    msg = _f_msg(
        "w012", t, date=when(11, 26, 14, 31), saksnr="2026/4411", docnr="2026/4411-11", files=files
    )
    return msg, Label(
        "nb",
        (
            *F_SHAPES,
            "contact_label_value",
            "processor_contact_body",
            "approval_in_dpia_section",
            "profiling",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; approval as the PVK's section 10 with the leadership-meeting decision",
    )


def w031() -> Case:
    t, p = F_SAMKJOR, ps.F_INGVILD
    pvk = ps.f_pvk(t, approval=ps.f_approval_section(t, date="17.11.2026", case="66/26"))
    letter = ps.f_letter(
        t, p, ref="2026/5102-3", date="19.11.2026", attachments=["PVK KONTROLL-REG"]
    )
    files = [
        ("Anmodning om forhandsdrofting - KONTROLL-REG.pdf", to_pdf(letter)),
        ("PVK KONTROLL-REG.docx", to_docx(pvk)),
    ]
    msg = _f_msg(
        "w031", t, date=when(11, 19, 12, 47), saksnr="2026/5102", docnr="2026/5102-3", files=files
    )
    return msg, Label(
        "nb",
        (
            *F_SHAPES,
            "contact_label_value",
            "processor_none_stated",
            "approval_in_dpia_section",
            "register_linkage",
        ),
        "pgp_mime",
        True,
        "none",
        "complete; no processor (own systems)",
    )


def w032() -> Case:
    t, p = F_SAMKJOR, ps.F_INGVILD
    contacts = f"""~ Kontaktperson: {p.name}, {p.title}, tlf. {p.phone}, e-post {p.email}
~ Personvernombud: personvernombud@stf.no
~ Behandlingen skjer i virksomhetens egne systemer; det er ingen databehandler."""
    pvk = ps.f_pvk(t, approval=ps.f_approval_section(t, date="01.12.2026", case="70/26"))
    letter = ps.f_letter(
        t,
        p,
        ref="2026/5102-6",
        date="03.12.2026",
        attachments=["PVK KONTROLL-REG, versjon 1.1"],
        contacts=contacts,
    )
    files = [
        ("Anmodning om forhandsdrofting.pdf", to_pdf(letter)),
        ("PVK KONTROLL-REG v1.1.docx", to_docx(pvk)),
    ]
    msg = _f_msg(
        "w032", t, date=when(12, 3, 13, 58), saksnr="2026/5102", docnr="2026/5102-6", files=files
    )
    return msg, Label(
        "nb",
        (
            *F_SHAPES,
            "contact_label_value",
            "processor_none_stated",
            "approval_in_dpia_section",
            "p1_dpo_mailbox_only",
            "register_linkage",
        ),
        "pgp_mime",
        True,
        "none",
        "DPO given only as a functional mailbox (no name, no phone)",
        (1,),
    )


def w051() -> Case:
    t, p = F_RISIKO, ps.F_MORTEN
    pvk = ps.f_pvk(t, approval=ps.f_approval_section(t, date="01.12.2026", case="70/26"))
    letter = ps.f_letter(
        t,
        p,
        ref="2026/4411-14",
        date="04.12.2026",
        attachments=[
            "Personvernkonsekvensvurdering (PVK) TIKK, versjon 2.2 (erstatter tidligere oversendt versjon)"
        ],
    )
    files = [
        ("Anmodning om forhandsdrofting - TIKK - ny versjon.pdf", to_pdf(letter)),
        ("PVK TIKK v2.2.docx", to_docx(pvk)),
    ]
    msg = _f_msg(
        "w051", t, date=when(12, 4, 10, 26), saksnr="2026/4411", docnr="2026/4411-14", files=files
    )
    return msg, Label(
        "nb",
        (
            *F_SHAPES,
            "contact_label_value",
            "processor_contact_body",
            "approval_in_dpia_section",
            "resubmission_complete",
            "profiling",
        ),
        "pgp_mime",
        True,
        "used",
        "complete resubmission; sections 5 and 6 now filled in",
    )


def w052() -> Case:
    body = tx(f"""
        Til Datatilsynet

        Melding om nytt personvernombud i Statens tilskuddsforvaltning (org.nr. 912 660 318)

        Statens tilskuddsforvaltning har utpekt {ps.F_DPO.name} som nytt personvernombud fra 1. januar 2027. Han etterfølger Liv Brattli, som går over i annen stilling i virksomheten.

        Kontaktopplysninger for personvernombudet:
        {ps.F_DPO.name}
        Telefon {ps.F_DPO.phone}
        {ps.F_DPO.email}

        Vi ber om at opplysningene oppdateres i Datatilsynets register over personvernombud.

        Med vennlig hilsen
        Ingvild Sørli
        fagdirektør
        Statens tilskuddsforvaltning
        """)
    msg = message(
        "w052",
        frm(ps.F_INGVILD),
        "Melding om nytt personvernombud – Statens tilskuddsforvaltning",
        when(12, 15, 9, 9),
        body,
    )
    return msg, Label(
        "nb",
        ("state_agency", "nonrequest_dpo_notification", "all_in_body"),
        "inline",
        False,
        "unspecified",
        "notice of a new DPO; not a request",
    )


# =============================================================================================
# G: Tannverket AS (nb)
# =============================================================================================

G_SHAPES = (
    "dental_chain",
    "html_body",
    "disclaimer_footer",
    "dpia_questions",
    "dpo_external_firm",
    "approval_board_minutes",
)


def _g_msg(
    cid: str, subject: str, date: str, text: str, files: list[tuple[str, bytes]]
) -> EmailMessage:
    full = text + "\n" + ps.g_signature()
    return message(
        cid, frm(ps.G_MARIA), subject, date, full, html=html_from_text(full), attachments=files
    )


def w013() -> Case:
    t = G_KI
    text = tx(f"""
        Hei,

        Tannverket AS ønsker forhåndsdrøfting med Datatilsynet før vi tar i bruk KI-analyse av røntgenbilder på klinikkene våre.

        Kontaktperson: {ps.G_MARIA.name}, {ps.G_MARIA.phone}, {ps.G_MARIA.email}
        Personvernombud: {ps.G_DPO.name}, {ps.G_DPO.title}, {ps.G_DPO.phone}, {ps.G_DPO.email}
        Leverandør: Hammas Vision Oy (Helsinki)

        Vedlagt er DPIA-en og protokollen fra styremøtet der den ble godkjent.
        """)
    files = [
        ("DPIA Hammas Vision.pdf", to_pdf(ps.g_dpia(t, proc_bare=True))),
        ("Styreprotokoll 2026-11-04.pdf", to_pdf(ps.g_board(t, date="04.11.2026", case="5/26"))),
    ]
    msg = _g_msg(
        "w013", "Forhåndsdrøfting – KI-analyse av røntgenbilder", when(11, 9, 16, 12), text, files
    )
    return msg, Label(
        "nb",
        (*G_SHAPES, "contact_label_value", "phone_foreign", "p1_processor_name_only"),
        "none",
        True,
        "used",
        "processor named (Hammas Vision Oy, Helsinki) with no contact person, phone or e-mail",
        (1,),
    )


def w014() -> Case:
    t = G_KI
    text = tx("""
        Hei,

        Tannverket AS ber om forhåndsdrøfting for KI-analyse av røntgenbilder (Hammas Vision). Kontaktpersoner hos oss, personvernombudet og leverandøren står i DPIA-en punkt 1.

        Vedlegg:
        - DPIA Hammas Vision (PDF)
        - Protokoll fra styremøte 4. november 2026, sak 5/26
        """)
    files = [
        ("DPIA Hammas Vision.pdf", to_pdf(ps.g_dpia(t))),
        ("Styreprotokoll 2026-11-04.pdf", to_pdf(ps.g_board(t, date="04.11.2026", case="5/26"))),
    ]
    msg = _g_msg(
        "w014", "Anmodning om forhåndsdrøfting – Hammas Vision", when(11, 10, 9, 3), text, files
    )
    return msg, Label(
        "nb",
        (*G_SHAPES, "contacts_in_dpia", "processor_contact_body", "phone_foreign", "health_data"),
        "none",
        True,
        "used",
        "complete; contacts only in the DPIA's first section",
    )


def w033() -> Case:
    t = G_ANSIKT
    text = tx("""
        Hei,

        Til orientering oversender vi vår DPIA for selvbetjent innsjekk med ansiktsgjenkjenning på klinikkene.

        Etter gjennomførte tiltak (frivillig samtykke, likeverdig alternativ innsjekk og kryptering av malene med separat nøkkel) har vi konkludert med at restrisikoen er akseptabel. Vi ber derfor ikke om forhåndsdrøfting, men ønsket å gjøre dere kjent med løsningen siden den er ny i tannhelsesektoren. Dere trenger ikke å svare på denne e-posten.
        """)
    files = [("DPIA FaceIn Clinic.pdf", to_pdf(ps.g_dpia(t)))]
    msg = _g_msg(
        "w033",
        "Til orientering: DPIA ansiktsgjenkjenning ved innsjekk",
        when(11, 25, 12, 40),
        text,
        files,
    )
    return msg, Label(
        "nb",
        (
            "dental_chain",
            "html_body",
            "disclaimer_footer",
            "dpia_questions",
            "nonrequest_for_information",
            "biometrics",
        ),
        "none",
        False,
        "used",
        "DPIA sent for information; says explicitly it is not a request for prior consultation",
    )


def w034() -> Case:
    t = G_ANSIKT
    text = tx("""
        Hei,

        Tannverket AS ber om forhåndsdrøfting for selvbetjent innsjekk med ansiktsgjenkjenning (FaceIn Clinic). Vedlagt er DPIA, risikovurdering og styreprotokoll.
        """)
    old = [["Nr", "Risiko", "Sannsynlighet", "Konsekvens", "Tiltak", "Ansvarlig"]]
    old += [
        [
            "1",
            "SMS-påminnelse sendes til feil nummer",
            "Middels",
            "Lav",
            "Kontroll av nummer ved registrering",
            "Resepsjon",
        ],
        ["2", "Nettbooking nede i rushtid", "Lav", "Middels", "Driftsavtale med leverandør", "IT"],
        [
            "3",
            "Pasient booker time hos feil klinikk",
            "Middels",
            "Lav",
            "Bekreftelse på e-post",
            "Resepsjon",
        ],
        ["4", "Uvedkommende ser timebok", "Lav", "Middels", "Tilgangsstyring", "IT"],
    ]
    risk = to_xlsx(
        {
            "Nettbooking 2024": old,
            "Info": [
                ["Risikovurdering", "Nettbooking og SMS-påminnelser"],
                ["Dato", "14.03.2024"],
                ["Utført av", "IT-ansvarlig"],
            ],
        }
    )
    files = [
        ("DPIA FaceIn Clinic.pdf", to_pdf(ps.g_dpia(t, risk="see_file"))),
        ("Risikovurdering.xlsx", risk),
        ("Styreprotokoll 2026-12-02.pdf", to_pdf(ps.g_board(t, date="02.12.2026", case="8/26"))),
    ]
    msg = _g_msg(
        "w034", "Anmodning om forhåndsdrøfting – FaceIn Clinic", when(12, 7, 14, 25), text, files
    )
    return msg, Label(
        "nb",
        (
            *G_SHAPES,
            "contacts_in_dpia",
            "processor_contact_body",
            "phone_foreign",
            "wrong_file_risk",
            "biometrics",
        ),
        "none",
        True,
        "used",
        "DPIA's risk question refers to the attached spreadsheet, which is the 2024 risk assessment of online booking and SMS reminders",
        (4,),
    )


def w053() -> Case:
    t = G_ANSIKT
    text = tx(f"""
        Hei,

        Tannverket AS ber om forhåndsdrøfting etter personvernforordningen artikkel 36 for selvbetjent innsjekk med ansiktsgjenkjenning på våre 14 klinikker.

        Kontaktperson: {ps.G_MARIA.name}, {ps.G_MARIA.title}
        Personvernombud: {ps.G_DPO.name} ({ps.G_DPO.title}), {ps.G_DPO.phone}, {ps.G_DPO.email}
        Databehandler: {t.processor.name if t.processor else ""}, se DPIA punkt 1

        Vedlagt: DPIA (PDF) og styreprotokoll.
        """)
    files = [
        ("DPIA FaceIn Clinic v2.pdf", to_pdf(ps.g_dpia(t))),
        ("Styreprotokoll 2026-12-02.pdf", to_pdf(ps.g_board(t, date="02.12.2026", case="8/26"))),
    ]
    msg = _g_msg(
        "w053",
        "Anmodning om forhåndsdrøfting – ansiktsgjenkjenning ved innsjekk",
        when(12, 9, 10, 50),
        text,
        files,
    )
    return msg, Label(
        "nb",
        (
            *G_SHAPES,
            "contacts_in_dpia",
            "contact_in_signature",
            "processor_contact_body",
            "phone_foreign",
            "biometrics",
        ),
        "none",
        True,
        "used",
        "complete; contact's phone in signature, processor contact in the DPIA",
    )


def w054() -> Case:
    t = G_KI
    text = tx(f"""
        Hei igjen,

        Vi viser til vår e-post 9. november. Der manglet kontaktopplysningene til leverandøren. Her er en fullstendig oversendelse.

        Kontaktperson: {ps.G_MARIA.name}, {ps.G_MARIA.phone}, {ps.G_MARIA.email}
        Personvernombud: {ps.G_DPO.name}, {ps.G_DPO.phone}, {ps.G_DPO.email}
        Databehandler: {ps.proc_line(t.processor) if t.processor else ""}

        Vedlagt er DPIA og bilde av signert styreprotokoll.
        """)
    files = [
        ("DPIA Hammas Vision v2.pdf", to_pdf(ps.g_dpia(t))),
        (
            "Styreprotokoll signert.jpg",
            scan_image(ps.g_board(t, date="04.11.2026", case="5/26"), "JPEG", -0.5),
        ),
    ]
    msg = _g_msg(
        "w054",
        "Anmodning om forhåndsdrøfting – Hammas Vision (komplett)",
        when(11, 20, 8, 30),
        text,
        files,
    )
    return msg, Label(
        "nb",
        (
            *G_SHAPES,
            "contact_label_value",
            "processor_contact_body",
            "phone_foreign",
            "photo_jpeg",
            "resubmission_complete",
            "health_data",
        ),
        "none",
        True,
        "used",
        "complete resubmission; processor contact added; board protocol photographed",
    )


# =============================================================================================
# H: Fjordlegene AS (nb)
# =============================================================================================

H_SHAPES = (
    "gp_practice_group",
    "all_in_body",
    "numbered_as_seed",
    "dpo_external_firm",
    "approval_board_minutes_quoted",
    "health_data",
)


def w015() -> Case:
    t = H_TALE
    body = ps.h_body(
        t, p2="see_attachment", approval=ps.h_board_text(t, date="28.10.2026", case="12/26")
    )
    msg = message(
        "w015",
        frm(ps.H_INGEBORG),
        "Anmodning om forhåndsdrøfting – KI-taleassistent i konsultasjonen",
        when(11, 4, 21, 14),
        body,
        attachments=[("Systembeskrivelse Journalstemme.pdf", b"")],
    )
    return msg, Label(
        "nb",
        (*H_SHAPES, "processor_contact_body", "zero_byte_description"),
        "none",
        True,
        "used",
        "section 2 says «Se vedlagt systembeskrivelse»; the attached PDF is zero bytes",
        (2,),
    )


def w016() -> Case:
    t = H_TRIAGE
    body = ps.h_body(
        t, contact_in_sig=True, approval=ps.h_board_text(t, date="25.11.2026", case="15/26")
    )
    msg = message(
        "w016",
        frm(ps.H_INGEBORG),
        "Forhåndsdrøfting – digital symptomtriage",
        when(11, 27, 20, 5),
        body,
    )
    return msg, Label(
        "nb",
        (*H_SHAPES, "processor_contact_body", "contact_is_sender_stated", "contact_in_signature"),
        "inline",
        True,
        "used",
        "complete in the plain body; contact «meg selv, se signaturen»",
    )


def w035() -> Case:
    t = H_TALE
    body = ps.h_body(
        t, p2="see_attachment", approval=ps.h_board_text(t, date="28.10.2026", case="12/26")
    )
    body = "Vi sender på nytt, fordi vedlegget i forrige e-post dessverre var tomt.\n\n" + body
    desc = f"""# Systembeskrivelse – Journalstemme hos Fjordlegene AS

## Formål

{t.purpose}

## Hvordan løsningen virker

{t.nature}

## Omfang

{t.scope}

## Sammenheng

{t.context}

## Dataflyt, kilder og mottakere

{t.flow}

## Sikkerhet

{t.security}

## Ansvar og rettslig grunnlag

{t.roles} {t.legal}
"""
    msg = message(
        "w035",
        frm(ps.H_INGEBORG),
        "SV: Anmodning om forhåndsdrøfting – KI-taleassistent (nytt vedlegg)",
        when(11, 5, 7, 48),
        body,
        attachments=[("Systembeskrivelse Journalstemme.pdf", to_pdf(desc))],
    )
    return msg, Label(
        "nb",
        (*H_SHAPES, "processor_contact_body", "resubmission_complete"),
        "none",
        True,
        "used",
        "complete resubmission with the system description PDF",
    )


def w036() -> Case:
    t = H_TALE
    body = ps.h_body(t, p34="passing", approval=ps.h_board_text(t, date="01.12.2026", case="16/26"))
    msg = message(
        "w036",
        frm(ps.H_INGEBORG),
        "Anmodning om forhåndsdrøfting – Journalstemme",
        when(12, 2, 19, 33),
        body,
    )
    return msg, Label(
        "nb",
        (*H_SHAPES, "processor_contact_body", "p3p4_in_passing"),
        "none",
        True,
        "used",
        "necessity and risk merged into one sentence («vurdert sammen med leverandøren … forsvarlig»)",
        (3, 4),
    )


def w055() -> Case:
    t = H_TRIAGE
    body = ps.h_body(t, p5="future")
    msg = message(
        "w055", frm(ps.H_INGEBORG), "Forhåndsdrøfting – chatbot-triage", when(12, 14, 22, 1), body
    )
    return msg, Label(
        "nb",
        (*H_SHAPES[:-2], "health_data", "processor_contact_body", "p5_future_meeting"),
        "inline",
        True,
        "used",
        "board to handle the DPIA on 3 February 2027",
        (5,),
    )


def w056() -> Case:
    t = H_TRIAGE
    body = ps.h_body(
        t, approval="Styrets protokoll fra møtet 25.11.2026 (sak 15/26) er vedlagt som bilde."
    )
    prot = f"""PROTOKOLL STYREMØTE FJORDLEGENE AS

Dato: 25.11.2026 kl. 18.00, Kleppestø legekontor
Til stede: Rune Haldorsen (styreleder), Ingeborg Dahl (daglig leder), Mona Steen, Arild Fjell

Sak 15/26 DPIA digital symptomtriage

Daglig leder presenterte DPIA-en. Funn: {t.findings} Innspill fra helsesekretærene og Eldrerådet: {t.stakeholders} Personvernombudet anbefaler forhåndsdrøfting.

Vedtak: Styret godkjenner DPIA-en og ber daglig leder sende anmodning om forhåndsdrøfting til Datatilsynet.

Rune Haldorsen (sign.)   Mona Steen (sign.)   Arild Fjell (sign.)"""
    msg = message(
        "w056",
        frm(ps.H_INGEBORG),
        "Anmodning om forhåndsdrøfting – digital triage",
        when(12, 1, 21, 40),
        body,
        attachments=[("styreprotokoll.jpg", scan_image(prot, "JPEG", 1.2))],
    )
    return msg, Label(
        "nb",
        (
            "gp_practice_group",
            "all_in_body",
            "numbered_as_seed",
            "dpo_external_firm",
            "health_data",
            "processor_contact_body",
            "approval_board_minutes",
            "photo_jpeg",
        ),
        "none",
        True,
        "used",
        "complete; approval a photographed board protocol",
    )


# =============================================================================================
# I: Omsorgshusene Norge AS (nb)
# =============================================================================================

I_SHAPES = (
    "nursing_home_operator",
    "cover_letter_docx",
    "contact_table",
    "processor_contact_table",
    "dpia_unnumbered",
)


def _i_msg(
    cid: str,
    t: Topic,
    date: str,
    files: list[tuple[str, bytes]],
    subject: str = "",
    extra: str = "",
) -> EmailMessage:
    body = (
        tx(f"""
        Hei,

        Vedlagt følger anmodning om forhåndsdrøfting for {t.system} på våre sykehjem, med følgebrev, DPIA og referat fra ledergruppen.
        {extra}
        """)
        + "\n"
        + ps.i_signature()
    )
    return message(
        cid,
        frm(ps.I_TONE),
        subject or f"Anmodning om forhåndsdrøfting – {t.system}",
        date,
        body,
        attachments=files,
    )


def w017() -> Case:
    t = I_NATT
    names = ["DPIA Nattro Omsorg", "Referat ledergruppemøte 03.11.2026"]
    files = [
        ("Folgebrev Nattro.docx", to_docx(ps.i_cover(t, date="06.11.2026", attachments=names))),
        ("DPIA Nattro Omsorg.docx", to_docx(ps.i_dpia(t))),
        (
            "Referat ledergruppe 2026-11-03.pdf",
            to_pdf(ps.i_minutes(t, date="03.11.2026", case="41/26")),
        ),
    ]
    msg = _i_msg("w017", t, when(11, 6, 11, 19), files)
    return msg, Label(
        "nb",
        (*I_SHAPES, "approval_leadership_minutes", "health_data"),
        "none",
        True,
        "used",
        "complete; cover letter DOCX, DPIA DOCX, leadership minutes",
    )


def w018() -> Case:
    body = (
        tx("""
        Hei,

        Omsorgshusene Norge AS driver seks sykehjem og vurderer å innføre GPS-lokalisering av beboere med demens og sensorbasert nattilsyn. Vi er tidlig i arbeidet og har ikke gjennomført noen DPIA ennå.

        Vi ønsker et veiledningsmøte med Datatilsynet for å drøfte hvordan vi bør vurdere samtykkekompetanse og bruk av kapittel 4A når beboerne ikke kan samtykke, og hvordan vi bør involvere vertskommunene. Passer det i januar? Vi kan komme til Oslo eller møte digitalt.

        """)
        + "\n"
        + ps.i_signature()
    )
    msg = message(
        "w018",
        frm(ps.I_TONE),
        "Ønske om veiledningsmøte – velferdsteknologi på sykehjem",
        when(11, 13, 13, 26),
        body,
    )
    return msg, Label(
        "nb",
        ("nursing_home_operator", "nonrequest_guidance_meeting", "all_in_body"),
        "inline",
        False,
        "unspecified",
        "request for a guidance meeting; DPIA not started",
    )


def w037() -> Case:
    t = I_GPS
    names = ["DPIA Trygghetsspor", "Referat ledergruppemøte 17.11.2026"]
    files = [
        (
            "Folgebrev Trygghetsspor.docx",
            to_docx(
                ps.i_cover(
                    t,
                    date="20.11.2026",
                    attachments=names,
                    why="Vi har gjennomført DPIA og ønsker Datatilsynets vurdering før vi tar løsningen i bruk.",
                )
            ),
        ),
        ("DPIA Trygghetsspor.docx", to_docx(ps.i_dpia(t, risk="passing"))),
        (
            "Referat ledergruppe 2026-11-17.pdf",
            to_pdf(
                ps.i_minutes(
                    t,
                    date="17.11.2026",
                    case="44/26",
                    findings="GPS gir beboerne mer frihet enn låste dører og gjør det mulig å finne en savnet beboer raskt.",
                )
            ),
        ),
    ]
    msg = _i_msg("w037", t, when(11, 20, 10, 7), files)
    return msg, Label(
        "nb",
        (*I_SHAPES, "approval_leadership_minutes", "p4_in_passing", "location_data"),
        "none",
        True,
        "used",
        "risk section: one sentence that the risk was discussed with the vendor and is acceptable",
        (4,),
    )


def w038() -> Case:
    t = I_NATT
    names = ["DPIA Nattro Omsorg", "Referat ledergruppemøte 24.11.2026"]
    files = [
        ("Folgebrev.docx", to_docx(ps.i_cover(t, date="27.11.2026", attachments=names))),
        ("DPIA Nattro Omsorg v1.docx", to_docx(ps.i_dpia(t, p2="guidance"))),
        (
            "Referat ledergruppe 2026-11-24.pdf",
            to_pdf(ps.i_minutes(t, date="24.11.2026", case="46/26")),
        ),
    ]
    msg = _i_msg("w038", t, when(11, 27, 14, 52), files)
    return msg, Label(
        "nb",
        (*I_SHAPES, "approval_leadership_minutes", "template_guidance_unfilled", "health_data"),
        "pgp_mime",
        True,
        "used",
        "DPIA's «Beskrivelse av behandlingen» still holds the template's «[Fyll inn: …]» guidance text",
        (2,),
    )


def w057() -> Case:
    t = I_GPS
    names = ["DPIA Trygghetsspor, versjon 2", "Referat ledergruppemøte 01.12.2026"]
    files = [
        (
            "Folgebrev Trygghetsspor v2.docx",
            to_docx(ps.i_cover(t, date="03.12.2026", attachments=names)),
        ),
        ("DPIA Trygghetsspor v2.pdf", to_pdf(ps.i_dpia(t))),
        (
            "Referat ledergruppe 2026-12-01.pdf",
            to_pdf(ps.i_minutes(t, date="01.12.2026", case="48/26")),
        ),
    ]
    msg = _i_msg(
        "w057",
        t,
        when(12, 3, 9, 36),
        files,
        extra="Risikovurderingen er nå utarbeidet i sin helhet; denne oversendelsen erstatter den forrige.",
    )
    return msg, Label(
        "nb",
        (*I_SHAPES, "approval_leadership_minutes", "resubmission_complete", "location_data"),
        "none",
        True,
        "used",
        "complete resubmission with the full risk table",
    )


def w058() -> Case:
    t = I_NATT
    names = ["DPIA Nattro Omsorg (PDF)", "Referat ledergruppemøte 08.12.2026 (skannet)"]
    files = [
        ("Folgebrev Nattro.pdf", to_pdf(ps.i_cover(t, date="10.12.2026", attachments=names))),
        ("DPIA Nattro Omsorg.pdf", to_pdf(ps.i_dpia(t))),
        (
            "Referat ledergruppe skannet.pdf",
            scan_pdf([plain(ps.i_minutes(t, date="08.12.2026", case="50/26"))]),
        ),
    ]
    msg = _i_msg("w058", t, when(12, 10, 16, 3), files)
    return msg, Label(
        "nb",
        (
            "nursing_home_operator",
            "cover_letter_pdf",
            "contact_table",
            "processor_contact_table",
            "dpia_unnumbered",
            "approval_leadership_minutes",
            "scan_pdf",
            "health_data",
        ),
        "none",
        True,
        "used",
        "complete; scanned leadership minutes",
    )


# =============================================================================================
# J: HELIX-CARE consortium (en)
# =============================================================================================

J_SHAPES = (
    "research_consortium",
    "english",
    "joint_controllers",
    "phone_foreign",
    "funding_disclaimer",
    "contact_table",
    "processor_contact_table",
)


def _j_body(t: Topic, atts: list[str], extra: str = "", phone: bool = True) -> str:
    listing = "\n".join(f"- {a}" for a in atts)
    return (
        tx(f"""
        Dear Sir or Madam,

        On behalf of Fjordheim Research Foundation, the Norwegian joint controller in the Horizon Europe project HELIX-CARE, I hereby request prior consultation under Article 36 GDPR for the following processing: {t.name}.

        The DPIA has been carried out with the consortium's DPIA template. {t.residual}

        Attached:
        {listing}
        {extra}
        """)
        + "\n"
        + ps.j_signature(phone=phone)
    )


def w019() -> Case:
    t = J_WEAR
    dpia = ps.j_dpia(
        t,
        signoff="Approved by the Managing Director of Fjordheim Research Foundation following the Steering Committee meeting of 5 November 2026 (see minutes).",
    )
    atts = [
        "HELIX-CARE DPIA, Norwegian site (PDF)",
        "Minutes of the Steering Committee, 5 November 2026",
    ]
    files = [
        ("HELIX-CARE_DPIA_WP3_Norway_v2.1.pdf", to_pdf(dpia)),
        (
            "HELIX-CARE_SC_minutes_2026-11-05.pdf",
            to_pdf(ps.j_sc_minutes(t, date="5 November 2026", item="4")),
        ),
    ]
    msg = message(
        "w019",
        frm(ps.J_KRISTIN),
        "Request for prior consultation (GDPR Art. 36) – HELIX-CARE WP3 Norwegian pilot",
        when(11, 9, 10, 30),
        _j_body(t, atts),
        attachments=files,
        cc=frm(ps.J_ELS),
    )
    return msg, Label(
        "en",
        (*J_SHAPES, "approval_steering_committee_minutes", "health_data"),
        "pgp_mime",
        True,
        "used",
        "complete; joint controllers, German processor, SC minutes with the MD's decision",
    )


def w020() -> Case:
    t = J_GEN
    dpia = ps.j_dpia(
        t,
        contact_no_phone=True,
        signoff="Approved by the Managing Director of Fjordheim Research Foundation after the Steering Committee meeting of 19 November 2026.",
    )
    atts = [
        "HELIX-CARE DPIA WP5, Norwegian node (Word)",
        "Steering Committee minutes, 19 November 2026",
    ]
    files = [
        ("HELIX-CARE_DPIA_WP5_Norway.docx", to_docx(dpia)),
        (
            "HELIX-CARE_SC_minutes_2026-11-19.pdf",
            to_pdf(ps.j_sc_minutes(t, date="19 November 2026", item="6")),
        ),
    ]
    msg = message(
        "w020",
        frm(ps.J_KRISTIN),
        "Prior consultation request – HELIX-CARE WP5 registry and genomic linkage",
        when(11, 23, 15, 5),
        _j_body(t, atts, phone=False),
        attachments=files,
    )
    return msg, Label(
        "en",
        (*J_SHAPES, "approval_steering_committee_minutes", "p1_contact_no_phone", "genetic_data"),
        "pgp_mime",
        True,
        "used",
        "Norwegian contact person with e-mail only: phone cell empty in the DPIA, signature without phone",
        (1,),
    )


def w039() -> Case:
    t = J_GEN
    dpia = ps.j_dpia(
        t,
        signoff="To be submitted to the HELIX-CARE General Assembly on 4 March 2027 and thereafter approved by the Managing Director of Fjordheim Research Foundation.",
    )
    atts = ["HELIX-CARE DPIA WP5, Norwegian node (PDF)"]
    files = [("HELIX-CARE_DPIA_WP5_Norway.pdf", to_pdf(dpia))]
    msg = message(
        "w039",
        frm(ps.J_KRISTIN),
        "Request for prior consultation – HELIX-CARE WP5",
        when(12, 1, 11, 11),
        _j_body(t, atts, "Management sign-off will follow after the General Assembly in March."),
        attachments=files,
        cc=frm(ps.J_ELS),
    )
    return msg, Label(
        "en",
        (*J_SHAPES, "p5_future_meeting", "genetic_data"),
        "pgp_mime",
        True,
        "used",
        "sign-off planned for the General Assembly of 4 March 2027",
        (5,),
    )


def w040() -> Case:
    t = J_GEN
    signoff = f"""Summary presented to management: {t.findings}

Stakeholder input considered: {t.stakeholders} The participant council accepted the linkage provided that an opt-out is offered and published.

Management review and decision: Having reviewed the DPIA, the DPO's advice and the stakeholder input, I approve this DPIA and decide that Fjordheim Research Foundation requests prior consultation with Datatilsynet before the linkage is carried out.

| Name | Role | Date | Signature |
| {ps.J_MD} | Managing Director, Fjordheim Research Foundation | 26 November 2026 | signed electronically |
| {ps.J_DPO.name} | Data Protection Officer (advice given) | 24 November 2026 | signed electronically |"""
    dpia = ps.j_dpia(t, signoff=signoff)
    atts = ["HELIX-CARE DPIA WP5, Norwegian node, incl. signed section 7 (PDF)"]
    files = [("HELIX-CARE_DPIA_WP5_Norway_signed.pdf", to_pdf(dpia))]
    msg = message(
        "w040",
        frm(ps.J_KRISTIN),
        "Request for prior consultation – HELIX-CARE WP5 (registry and genomic linkage)",
        when(11, 30, 9, 57),
        _j_body(t, atts),
        attachments=files,
        cc=frm(ps.J_ELS),
    )
    return msg, Label(
        "en",
        (*J_SHAPES, "approval_in_dpia_section", "signoff_table", "genetic_data"),
        "pgp_mime",
        True,
        "used",
        "complete; management validation as the DPIA's signed section 7",
    )


def w059() -> Case:
    body = tx(f"""
        Dear colleagues at Datatilsynet,

        I am the project manager of HELIX-CARE, a Horizon Europe research consortium coordinated by Scheldt University Hospital in Antwerp, Belgium, with a Norwegian partner (Fjordheim Research Foundation) and partners in four other countries.

        We are preparing DPIAs for several work packages and expect that at least one of them will require prior consultation. Before anything is submitted we would like to clarify two questions:

        1. The partners are joint controllers. Should the Norwegian partner consult Datatilsynet for the Norwegian site, or should the coordinator consult the Belgian authority for the whole project?
        2. Would it be possible to have a short guidance meeting with Datatilsynet in January 2027 about the set-up before we finalise the DPIAs?

        This e-mail is not a request for prior consultation.

        Kind regards,
        {ps.J_ELS.name}
        {ps.J_ELS.title}
        Tel. {ps.J_ELS.phone}
        {ps.J_ELS.email}
        """)
    msg = message(
        "w059",
        frm(ps.J_ELS),
        "HELIX-CARE – question on competent authority and guidance meeting",
        when(12, 16, 14, 22),
        body,
    )
    return msg, Label(
        "en",
        (
            "research_consortium",
            "english",
            "joint_controllers",
            "nonrequest_question",
            "nonrequest_guidance_meeting",
            "all_in_body",
        ),
        "inline",
        False,
        "unspecified",
        "question about the competent authority and a guidance meeting; says it is not a request",
    )


def w060() -> Case:
    t = J_WEAR
    proc = t.processor
    assert proc is not None
    cover = f"""# Fjordheim Research Foundation

Stiftelsen Fjordheim forskning | Haukelandsbakken 30, 5009 Bergen, Norway | Org. no. 988 412 705

To: Datatilsynet, P.O. Box 458 Sentrum, 0105 Oslo
Our ref.: FRF-2026-118    Your ref.: –    Date: 8 December 2026

## Request for prior consultation – HELIX-CARE WP3 Norwegian pilot

Fjordheim Research Foundation, as Norwegian joint controller together with Scheldt University Hospital, requests prior consultation under Article 36 GDPR for {t.name}.

## Contacts

| Role | Name | Phone | E-mail |
| Contact person | {ps.J_KRISTIN.name} | {ps.J_KRISTIN.phone} | {ps.J_KRISTIN.email} |
| Data Protection Officer | {ps.J_DPO.name} | {ps.J_DPO.phone} | {ps.J_DPO.email} |
| Processor | {proc.name}: {proc.person} | {proc.phone} | {proc.email} |

## Management validation

The DPIA was presented to me and the Foundation's management group on 1 December 2026 by the Norwegian PI, together with the DPO's written advice. The main findings are that {ps.lc(t.findings)} We have taken into account the views of the participant advisory board, Mental Helse and the clinicians, who asked in particular for a pause function and for no automated decisions; both are implemented.

I have reviewed the DPIA and approve it. As the residual risk remains high, I have decided that the Foundation requests prior consultation before the Norwegian pilot starts.

Yours faithfully,

{ps.J_MD}
Managing Director
"""
    dpia = ps.j_dpia(t, signoff="See the cover letter from the Managing Director.")
    atts = [
        "Cover letter signed by the Managing Director",
        "HELIX-CARE DPIA WP3, Norwegian site (PDF)",
    ]
    files = [
        ("Cover_letter_Fjordheim_FRF-2026-118.pdf", to_pdf(cover)),
        ("HELIX-CARE_DPIA_WP3_Norway_v2.2.pdf", to_pdf(dpia)),
    ]
    msg = message(
        "w060",
        frm(ps.J_KRISTIN),
        "Request for prior consultation – HELIX-CARE WP3 Norwegian pilot (FRF-2026-118)",
        when(12, 8, 13, 40),
        _j_body(t, atts),
        attachments=files,
        cc=frm(ps.J_ELS),
    )
    return msg, Label(
        "en",
        (*J_SHAPES, "cover_letter_pdf", "approval_cover_letter_director", "health_data"),
        "pgp_mime",
        True,
        "used",
        "complete; approval stated in the cover letter signed by the Managing Director",
    )
