# ruff: noqa: E501
"""Cases of senders F-J (Fjellsida burettslag, Tavla, Brobygg, Flexibil, Harrowgate Norway).

Sender of id n (1..60): letter "ABCDEFGHIJ"[((n - 1) % 20) // 2]; each sender has three odd and
three even ids. One function per case, returning the message and its label.
"""

from __future__ import annotations

from email.message import EmailMessage

import kit
from kit import Label, message, quoted, txt, when
from personas import (
    DRIVELOG,
    ELINE,
    F_DPO,
    F_FROM,
    F_SIG,
    G_DPO,
    G_FROM,
    G_SIG,
    H_DPO,
    H_FROM,
    H_SIG,
    HIRELENS,
    I_DPO,
    I_FROM,
    I_SIG,
    J_DPO,
    J_FROM,
    J_SIG,
    JENS,
    KRISTINE,
    L_SIG,
    LINN,
    ODDVAR,
    PROCTOR,
    REKRUTTA,
    SKYHAVN,
    SONALYTICS,
    TORUNN,
    TRYGGPORT,
    VERIFACE,
    Person,
    f_body_risks,
    g_body,
    h_dpia,
    h_register,
    i_dpia,
    i_minutes,
    j_dpia,
)
from topics import F1, F2, G1, G2, H1, H2, I1, I2, J1, J2, Topic

Case = tuple[EmailMessage, Label]


def join(*blocks: str) -> str:
    return "\n\n".join(b.strip("\n") for b in blocks) + "\n"


def sig_markup(sig: str) -> str:
    return "\n".join("~ " + ln for ln in sig.strip().splitlines() if ln.strip())


# --- F: Fjellsida burettslag ---------------------------------------------------------------------

F_SHAPES = (
    "housing_cooperative",
    "all_in_body",
    "plain_body",
    "signature_mob_prefix",
    "camera_surveillance",
)


def f_nt(t: Topic) -> str:
    return "\n".join(f"- {m}: {r}." for m, r in t.not_taken)


def x011() -> Case:
    body = join(
        "Til Datatilsynet",
        "FØREHANDSDRØFTING – KAMERAOVERVAKING I FJELLSIDA BURETTSLAG",
        "Styret i Fjellsida burettslag (org.nr. 948 336 120, Fjellsidevegen 40–46, 5097 Bergen) ber om førehandsdrøfting etter personvernforordninga artikkel 36. Vi har gjort ei vurdering av personvernkonsekvensar med hjelp frå forretningsføraren vår, og risikoen for bebuarane er framleis høg. Vi har skrive alt inn her i e-posten.",
        f"""1. KONTAKTPERSONAR
Kontaktperson for burettslaget: underteikna, Oddvar Nesheim, styreleiar – sjå signaturen. E-post: {ODDVAR.email}
Personvernombod: {F_DPO.name}, {F_DPO.org} (forretningsførar), tlf. {F_DPO.phone}, {F_DPO.email}
Databehandlar: Trygg Port Sikring AS, kontaktperson {TRYGGPORT.name}, {TRYGGPORT.role}, tlf. {TRYGGPORT.phone}, {TRYGGPORT.email}""",
        "2. KVA VI VIL GJERE\n" + F1.desc.strip(),
        "3. KVIFOR VI TRENG DET, OG KVIFOR PÅ DENNE MÅTEN\n" + F1.nec.strip(),
        "4. KVA KAN GÅ GALE, OG KVA VI GJER MED DET\n"
        + f_body_risks(F1)
        + "\n\nTiltak vi har vurdert, men ikkje gjennomført:\n"
        + f_nt(F1)
        + "\n\n"
        + F1.residual,
        "5. VEDTAK I STYRET\nUtdrag frå styreprotokoll:\n" + F1.approval.strip(),
        "Protokollen med underskrifter kan vi sende i posten om de vil ha han.",
        F_SIG,
    )
    msg = message(
        "x011",
        F_FROM,
        "Førehandsdrøfting – kameraovervaking, Fjellsida burettslag",
        when(11, 3, 21, 37),
        body=body,
    )
    return msg, Label(
        "nn",
        (
            *F_SHAPES,
            "headings_caps_numbered",
            "contact_is_sender_stated",
            "part5_protocol_quoted_in_body",
            "org_number_address",
        ),
        "inline",
        True,
        "used",
        "complete; everything in a plain nynorsk mail under numbered capital headings; contact «underteikna – sjå signaturen»",
    )


def x012() -> Case:
    body = join(
        "Hei",
        "Fjellsida burettslag vil bytte fjernkontrollane til garasjen med skiltgjenkjenning, og vi ber om førehandsdrøfting. Styret har sett på personvernet saman med forretningsføraren.",
        f"""Kontaktinfo:
Meg, {ODDVAR.name} (styreleiar), mob {ODDVAR.phone}, {ODDVAR.email}
Personvernombod: {F_DPO.name} i Vestbu Forvaltning, {F_DPO.phone}, {F_DPO.email}
Trygg Port Sikring AS (databehandlar): {TRYGGPORT.name}, {TRYGGPORT.phone}, {TRYGGPORT.email}""",
        "Om tiltaket:\n" + F2.desc.strip(),
        "Kvifor:\n" + F2.nec.strip(),
        "Risiko:\n"
        + f_body_risks(F2)
        + "\n\nVurdert, men ikkje gjort:\n"
        + f_nt(F2)
        + "\n\n"
        + F2.residual,
        "Styrevedtak:\n" + F2.approval.strip(),
        F_SIG,
    )
    msg = message(
        "x012",
        F_FROM,
        "Skiltgjenkjenning i garasjen – førehandsdrøfting",
        when(11, 6, 20, 4),
        body=body,
    )
    return msg, Label(
        "nn",
        (*F_SHAPES, "headings_colon_lines", "part5_protocol_quoted_in_body"),
        "inline",
        True,
        "used",
        "complete; short plain nynorsk mail with colon headings; ANPR and key logs",
    )


F1_NB_DESC = """Fjellsida borettslag (186 boliger i fire blokker) vil sette opp 14 kameraer: seks i garasjeanlegget, fire ved inngangsdørene, to i søppelhuset og to i sykkelboden. Kameraene tar opp hele døgnet, uten lyd. Opptakene lagres i sju dager i en skytjeneste hos Trygg Port Sikring AS (databehandler) og slettes deretter automatisk.

- Berørte: ca. 420 beboere, barn og unge, gjester, håndverkere, avisbud og forbipasserende.
- Tilgang: to styremedlemmer og vaktselskapet, bare etter en hendelse (innbrudd, hærverk, brann). Alle avspillinger logges.
- Utlevering: til politiet ved anmeldelse.
- Kameraene ved inngangene er vinklet bort fra vinduer og balkonger. Ingen sanntidsovervåking."""

F1_NB_NEC = """Det har vært 14 innbrudd i garasjen siden januar 2025, to brannforsøk i søppelhuset og gjentatt hærverk i sykkelboden. Bedre lys, nye låser og vakthold har ikke hjulpet nok. Generalforsamlingen ba styret vurdere kameraer (sak 6/2026).

Styret har valgt den minst inngripende løsningen det mener virker: sju dagers lagring, ingen kameraer i trappeoppganger eller ved lekeplassen, innsyn bare etter hendelser. Beboerne er informert i postkassene og på hjemmesiden, og det settes opp skilt ved alle innganger. Beboere kan be om innsyn i opptak av seg selv. Behandlingsgrunnlag: art. 6 nr. 1 bokstav f, personopplysningsloven § 31."""


def x031() -> Case:
    report = f"""# Fjellsida borettslag – vurdering av kameraovervåking

~ Utarbeidet av Vestbu Forvaltning AS for styret i Fjellsida borettslag
~ 30. oktober 2026

## Beskrivelse av tiltaket

{F1_NB_DESC}

## Nødvendighet og forholdsmessighet

{F1_NB_NEC}

## Risikovurdering

Styret har vurdert risikoen for beboerne og mener den er akseptabel med tiltakene som er beskrevet over.

## Styrebehandling

Se vedlagt protokoll fra styremøtet 28. oktober 2026.
"""
    protocol = """PROTOKOLL FRÅ STYREMØTE I FJELLSIDA BURETTSLAG
28. oktober 2026 kl. 19.00 i fellesrommet, blokk B
Til stades: Oddvar Nesheim (leiar), Kari Tveit, Jon Arne Bø, Mette Vik, Sindre Helle

Sak 31/26 Kameraovervaking av fellesareal
Styret gjekk gjennom vurderinga som forretningsføraren har laga, med skildring, naudsyn og styret si vurdering av risiko. Innspel frå bebuarmøtet 20. oktober (32 frammøtte) og frå personvernombodet til Vestbu vart lagde fram.
Vedtak: Styret godkjenner vurderinga av personvernkonsekvensar og ber forretningsføraren sende anmodning om førehandsdrøfting til Datatilsynet. Samrøystes.

Oddvar Nesheim   Kari Tveit   Jon Arne Bø   Mette Vik   Sindre Helle"""
    body = (
        txt(f"""
    Til Datatilsynet

    Vi er forretningsfører for Fjellsida borettslag i Bergen og sender på vegne av styret en anmodning om forhåndsdrøftelse for kameraovervåking av fellesarealer. Styret mener risikoen er akseptabel, men ønsker en forhåndsdrøftelse fordi kameraene dekker inngangene til boligene.

    Kontaktperson i borettslaget: styreleder {ODDVAR.name}, mob {ODDVAR.phone}, {ODDVAR.email}
    Personvernombud: {F_DPO.name}, Vestbu Forvaltning AS, tlf. {F_DPO.phone}, {F_DPO.email}
    Databehandler: Trygg Port Sikring AS v/ {TRYGGPORT.name}, tlf. {TRYGGPORT.phone}, {TRYGGPORT.email}

    Vedlagt ligger vurderingen og skannet styreprotokoll.

    """)
        + L_SIG
    )
    att = [
        ("Fjellsida_borettslag_vurdering_kameraovervaking.pdf", kit.to_pdf(report)),
        ("Styreprotokoll_Fjellsida_2026-10-28.pdf", kit.scan_pdf([protocol])),
    ]
    msg = message(
        "x031",
        f"{LINN.name} <{LINN.email}>",
        "Fjellsida borettslag – anmodning om forhåndsdrøftelse, kameraovervåking",
        when(11, 12, 12, 26),
        body=body,
        attachments=att,
    )
    return msg, Label(
        "nb",
        (
            "housing_cooperative",
            "management_company_on_behalf",
            "dpia_pdf",
            "part5_scanned_protocol",
            "contact_label_value",
            "camera_surveillance",
            "risk_in_passing",
        ),
        "pgp_mime",
        True,
        "used",
        "part 4 missing: the risk assessment is one sentence («mener den er akseptabel»), no risks or measures against them",
        (4,),
    )


def x032() -> Case:
    body = (
        txt("""
    Til Datatilsynet

    Vi viser til anmodning om forhåndsdrøftelse for skiltgjenkjenning i garasjeanlegget til Fjellsida borettslag, sendt av styreleder Oddvar Nesheim 6. november 2026.

    Styret har i møte 1. desember besluttet å beholde dagens fjernkontroller til garasjeporten inntil videre, og skiltgjenkjenning blir ikke innført. Borettslaget trekker derfor anmodningen.

    Takk for hjelpen så langt.

    """)
        + L_SIG
    )
    msg = message(
        "x032",
        f"{LINN.name} <{LINN.email}>",
        "Fjellsida borettslag – anmodning om forhåndsdrøftelse trekkes",
        when(12, 3, 9, 40),
        body=body,
    )
    return msg, Label(
        "nb",
        ("housing_cooperative", "management_company_on_behalf", "nonrequest_withdrawal"),
        "none",
        False,
        "unspecified",
        "not a request: withdraws an earlier request",
    )


PLAYGROUND_DESC = """Vi vil setje opp to kamera som dekkjer leikeplassen og ballbingen mellom blokk C og D. Der har det vore mykje hærverk i haust, og leikehuset brann i september. Kameraa skal berre ta opp mellom kl. 22 og kl. 07, ikkje på dagtid når borna leikar. Opptaka blir lagra i sju dagar i skyløysinga til Trygg Port Sikring AS (databehandlaren vår) og blir sletta automatisk.

- Kven blir filma: ungdom som er der om kvelden, bebuarar som går forbi, folk som luftar hund.
- Berre to styremedlemer kan sjå opptak, og berre etter ei hending. Alt blir logga.
- Opptak kan bli gitt til politiet når vi melder hærverk eller brann.
- Ingen lyd og ingen sanntidsovervaking."""

PLAYGROUND_RISK = """- Ungdom blir filma og kan bli mistenkte utan grunn (sannsyn: middels, konsekvens: høg). Tiltak: berre opptak om natta, berre innsyn etter ei hending.
- Kameraet ser inn i stovevindauga i blokk C (sannsyn: låg, konsekvens: høg). Tiltak: vinkling og maskering av vindauga i biletet.
- Opptak kjem på avvegar hos leverandøren (sannsyn: låg, konsekvens: høg). Tiltak: databehandlaravtale, kryptering.

Vi meiner risikoen framleis er høg fordi det gjeld born og unge."""


def x051() -> Case:
    body = join(
        "Til Datatilsynet",
        "Fjellsida burettslag ber om førehandsdrøfting for kameraovervaking av leikeplassen og ballbingen. Vi sender no sjølv om vi ikkje er heilt ferdige, fordi fleire foreldre har bede om at noko skjer før jul.",
        f"""KONTAKT
Kontaktperson: {ODDVAR.name}, styreleiar, mob {ODDVAR.phone}, {ODDVAR.email}
Personvernombod: {F_DPO.name}, Vestbu Forvaltning AS, {F_DPO.phone}, {F_DPO.email}
Databehandlar: Trygg Port Sikring AS, {TRYGGPORT.name}, {TRYGGPORT.phone}, {TRYGGPORT.email}""",
        "KVA DET GJELD\n" + PLAYGROUND_DESC,
        "NAUDSYN OG PROPORSJONALITET\nDenne vurderinga har vi ikkje fått gjort enno. Forretningsføraren skal hjelpe oss med den etter nyttår.",
        "RISIKO\n" + PLAYGROUND_RISK,
        "STYREHANDSAMING\nStyret har ikkje handsama DPIA-en formelt enno. Det gjer vi når vurderinga over er ferdig, truleg i februar.",
        F_SIG,
    )
    msg = message(
        "x051",
        F_FROM,
        "Førehandsdrøfting kamera ved leikeplassen – Fjellsida burettslag",
        when(12, 8, 22, 12),
        body=body,
    )
    return msg, Label(
        "nn",
        (*F_SHAPES, "headings_caps_in_body", "part3_not_done", "part5_not_done"),
        "inline",
        True,
        "used",
        "parts 3 and 5 missing (playground cameras): necessity «har vi ikkje fått gjort enno»; the board «har ikkje handsama DPIA-en formelt enno»",
        (3, 5),
    )


def x052() -> Case:
    linn = """Hei Oddvar,

Datatilsynet vil ha dette i en anmodning om forhåndsdrøftelse (jeg har listet det opp fra nettsiden deres). Send gjerne direkte til dem, med meg på kopi:

1. Navn, telefon og e-post til kontaktperson, personvernombud og databehandler
2. Beskrivelse av behandlingen
3. Vurdering av nødvendighet og forholdsmessighet
4. Risikovurdering med tiltak
5. Dokumentasjon av at styret har godkjent vurderingen

Hilsen Linn
"""
    answers = join(
        "Hei Datatilsynet",
        "Vi sende ein e-post om kameraovervaking i Fjellsida burettslag 3. november, men forretningsføraren meiner det er lettare for dykk om alt står punkt for punkt. Her kjem derfor alt på nytt, svar under kvart punkt i lista hennar (sjå nedst):",
        f"""1) Kontaktperson er eg, {ODDVAR.name}, styreleiar, mob {ODDVAR.phone}, {ODDVAR.email}. Personvernombodet er {F_DPO.name} hos Vestbu Forvaltning, tlf. {F_DPO.phone}, {F_DPO.email}. Databehandlar er Trygg Port Sikring AS ved {TRYGGPORT.name}, tlf. {TRYGGPORT.phone}, {TRYGGPORT.email}.""",
        "2) Vi vil ha 14 kamera i fellesareala: seks i garasjen, fire ved inngangsdørene, to i søppelhuset og to i sykkelboda. Dei tek opp døgnet rundt utan lyd, og opptaka ligg i sju dagar i skyløysinga til Trygg Port før dei blir sletta av seg sjølv. Det er bebuarane (ca. 420, også born), gjester, handverkarar og avisbod som blir filma. Berre to styremedlemer og vaktselskapet kan sjå opptak, og berre når noko har skjedd; alt blir logga. Opptak kan bli gitt til politiet når vi melder eit lovbrot. Ingen sanntidsovervaking, og kamera ved inngangane er vinkla vekk frå vindauge og balkongar.",
        "3) Grunnen er 14 innbrot i garasjen sidan januar 2025, to brannforsøk i søppelhuset og hærverk i sykkelboda. Betre lys, nye låsar og vaktrundar har ikkje hjelpt nok, og generalforsamlinga bad oss sjå på kamera. Vi meiner sju dagar er nok til å oppdage og melde ei hending, og vi har late vere å setje opp kamera i trappeoppgangar og ved leikeplassen. Alle har fått skriv i postkassa, det kjem skilt ved alle inngangar, og bebuarane kan be om innsyn i opptak av seg sjølve. Grunnlaget er berettiga interesse, art. 6 nr. 1 f.",
        "4) Risikoane og tiltaka våre:\n"
        + f_body_risks(F1)
        + "\nVi vurderte å ha kamera berre i garasjen, men brannforsøka var i søppelhuset. Sanntidsvakt blei for dyrt og for inngripande. Vi meiner likevel risikoen framleis er høg, fordi folk blir filma kvar dag når dei kjem heim.",
        "5) Styret handsama vurderinga 28. oktober (sak 31/26). Eg la fram risikotabellen, og vi hadde med innspel frå bebuarmøtet 20. oktober og frå personvernombodet. Vedtaket var samrøystes: «Styret godkjenner vurderinga av personvernkonsekvensar for kameraovervaking. Styret ber om førehandsdrøfting med Datatilsynet før anlegget blir sett i drift.» Alle fem i styret har skrive under protokollen.",
        F_SIG,
        "-----Opphavleg melding-----\nFrå: Linn Aasen <linn.aasen@vestbu.no>\nSendt: 2. desember 2026 10:14\nTil: Oddvar Nesheim\nEmne: Forhåndsdrøftelse – hva Datatilsynet trenger",
        quoted(linn),
    )
    msg = message(
        "x052",
        F_FROM,
        "SV: Forhåndsdrøftelse – hva Datatilsynet trenger",
        when(12, 6, 19, 51),
        body=body_fix(answers),
        cc=f"{LINN.name} <{LINN.email}>",
    )
    return msg, Label(
        "nn",
        (
            *F_SHAPES,
            "reply_in_thread",
            "quoted_thread",
            "point_by_point_answers",
            "part5_protocol_quoted_in_body",
        ),
        "inline",
        True,
        "used",
        "complete; resend in the chair's own words, answering the management company's five-point checklist (quoted below) point by point",
    )


def body_fix(text: str) -> str:
    """No trailing spaces in a plain mail (some clients strip them, which would break signatures)."""
    return "\n".join(ln.rstrip() for ln in text.splitlines()) + "\n"


# --- G: Tavla Læring AS ----------------------------------------------------------------------------

G_SHAPES = (
    "edtech_saas",
    "all_in_body",
    "html_body",
    "headings_in_body",
    "html_contact_table",
    "signature_m_prefix",
)


def g_mail(
    cid: str,
    subject: str,
    date: str,
    markup: str,
    *,
    plain_too: bool,
    sender: str = G_FROM,
    sig: str = G_SIG,
    attachments: list[kit.Attachment] | None = None,
) -> EmailMessage:
    full = markup.strip() + "\n\n" + sig_markup(sig)
    html = kit.to_html(full, subject)
    return message(
        cid,
        sender,
        subject,
        date,
        body=kit.plain(full) if plain_too else None,
        html=html,
        attachments=attachments,
    )


def x013() -> Case:
    contacts = [
        ("Kontaktperson", ELINE),
        ("Personvernombud", G_DPO),
        ("Databehandler – drift", SKYHAVN),
        ("Databehandler – AI-analyse", PROCTOR),
    ]
    intro = "Hei!\n\nTavla Læring AS ber om forhåndsdrøftelse etter GDPR artikkel 36 for Tavla Vakt, fjernovervåket eksamen for sertifiseringsprøvene våre. Vi har limt inn hele vurderingen under, så det skal ikke være nødvendig å åpne vedlegg."
    msg = g_mail(
        "x013",
        "Forhåndsdrøftelse – Tavla Vakt (fjernovervåket eksamen)",
        when(11, 18, 9, 3),
        g_body(G1, contacts, intro, outro="Vi stiller gjerne på et møte for å vise løsningen."),
        plain_too=False,
    )
    return msg, Label(
        "nb",
        (
            *G_SHAPES,
            "html_only_body",
            "processor_contact_table",
            "phone_foreign",
            "part5_in_body",
            "biometrics",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; whole request as an HTML-only mail with headings and a contact table; US processor (+1)",
    )


def x014() -> Case:
    contacts = [
        ("Kontaktperson", ELINE),
        ("Personvernombud", G_DPO),
        ("Databehandler (drift)", SKYHAVN),
    ]
    intro = "Hei,\n\nVi ber om forhåndsdrøftelse for Frafallsvarsel, en læringsanalyse som skal hjelpe studieveilederne våre å nå voksne kursdeltakere før de gir opp. Hele anmodningen står under."
    msg = g_mail(
        "x014",
        "Anmodning om forhåndsdrøftelse: Frafallsvarsel (læringsanalyse)",
        when(11, 25, 13, 47),
        g_body(G2, contacts, intro),
        plain_too=True,
    )
    return msg, Label(
        "nb",
        (*G_SHAPES, "processor_contact_table", "part5_in_body", "profiling"),
        "none",
        True,
        "used",
        "complete; HTML mail with a plain alternative, everything in the body",
    )


WEB_PRIVACY = """# Personvernerklæring for tavla.no

~ Tavla Læring AS · oppdatert 1. august 2026

## Hva gjelder denne erklæringen?

Denne erklæringen gjelder besøk på nettstedet tavla.no, påmelding til nyhetsbrev og kontaktskjemaet. Bruk av kursplattformen er omtalt i egne vilkår.

## Informasjonskapsler

Vi bruker nødvendige informasjonskapsler for at nettstedet skal fungere, og – hvis du samtykker – analyse- og markedsføringskapsler. Du kan når som helst endre samtykket i cookie-banneret.

## Nyhetsbrev

Når du melder deg på nyhetsbrevet, lagrer vi e-postadressen din og hvilke emner du er interessert i. Du kan melde deg av via lenken nederst i hver e-post.

## Kontaktskjema

Henvendelser via kontaktskjemaet lagres i kundeservicesystemet vårt i inntil 12 måneder.

## Dine rettigheter

Du har rett til innsyn, retting og sletting. Kontakt personvern@tavla.no. Du kan klage til Datatilsynet.
"""


def x033() -> Case:
    contacts = [
        ("Kontaktperson", ELINE),
        ("Personvernombud", G_DPO),
        ("Databehandler – drift", SKYHAVN),
        ("Databehandler – AI-analyse", PROCTOR),
    ]
    markup = (
        "Hei,\n\nVedlagt er DPIA for Tavla Vakt (fjernovervåket eksamen) og protokoll fra styret, som grunnlag for anmodning om forhåndsdrøftelse.\n\n# Kontaktpersoner\n\n"
        + "\n".join(
            ["| Rolle | Navn | Telefon | E-post |"]
            + [f"| {r} | {p.name} ({p.org}) | {p.phone} | {p.email} |" for r, p in contacts]
        )
    )
    protocol = f"""# Tavla Læring AS – utdrag av styreprotokoll

~ Styremøte 17. november 2026

## Sak 12/26 {G1.title}

{G1.approval.strip()}
"""
    att = [
        ("Tavla_Vakt_DPIA.pdf", kit.to_pdf(WEB_PRIVACY)),
        ("Styreprotokoll_2026-11-17_sak12.pdf", kit.to_pdf(protocol)),
    ]
    msg = g_mail(
        "x033",
        "Tavla Vakt – anmodning om forhåndsdrøftelse",
        when(11, 19, 16, 22),
        markup,
        plain_too=True,
        attachments=att,
    )
    return msg, Label(
        "nb",
        (
            "edtech_saas",
            "html_body",
            "html_contact_table",
            "signature_m_prefix",
            "processor_contact_table",
            "phone_foreign",
            "wrong_file_dpia",
            "board_protocol_pdf",
        ),
        "none",
        True,
        "used",
        "parts 2, 3 and 4 missing: «Tavla_Vakt_DPIA.pdf» is the website's privacy policy (cookies, newsletter); only the board protocol is about the processing",
        (2, 3, 4),
    )


def x034() -> Case:
    team = Person("Eline Moe", "Privacy Lead", "Tavla Læring AS", "–", "personvern@tavla.no")
    contacts = [
        ("Kontaktperson", team),
        ("Personvernombud", G_DPO),
        ("Databehandler (drift)", SKYHAVN),
    ]
    intro = "Hei,\n\nTavla Læring AS ber om forhåndsdrøftelse for Frafallsvarsel. Vurderingen følger under. Svar gjerne til personvern@tavla.no, så fanger hele teamet det opp."
    sig = "Hilsen\nPersonvernteamet i Tavla\npersonvern@tavla.no"
    msg = g_mail(
        "x034",
        "Forhåndsdrøftelse – Frafallsvarsel",
        when(12, 1, 11, 9),
        g_body(G2, contacts, intro),
        plain_too=True,
        sender="Tavla personvern <personvern@tavla.no>",
        sig=sig,
    )
    return msg, Label(
        "nb",
        (
            "edtech_saas",
            "all_in_body",
            "html_body",
            "headings_in_body",
            "html_contact_table",
            "team_mailbox",
            "p1_contact_no_phone",
            "part5_in_body",
        ),
        "pgp_mime",
        True,
        "used",
        "part 1 missing: sent from a team mailbox; the contact person's phone cell is a dash and no phone is given for her anywhere",
        (1,),
    )


def x053() -> Case:
    markup = f"""Hei,

Forhåndsdrøftelse – Tavla Vakt. Kortversjon, alt vesentlig er med.

# Kontakt

- Eline Moe, Privacy Lead: {ELINE.phone}, {ELINE.email}
- Personvernombud Anders Krog: {G_DPO.phone}, {G_DPO.email}
- Skyhavn AS (drift, databehandler): Mats Holm, {SKYHAVN.phone}, {SKYHAVN.email}
- ProctorVision Inc. (AI-analyse, databehandler, USA): Dana Whitfield, {PROCTOR.phone}, {PROCTOR.email}

# Behandlingen

- Hjemmeeksamen for egne sertifiseringsprøver, ca. 11 000 i året
- ID-sjekk 1:1 mot legitimasjon ved start; mal slettes etter prøven
- Webkamera, mikrofon, skjerm tas opp; AI flagger hendelser
- Sensor hos Tavla vurderer alle flagg; ingen automatiske avgjørelser
- Opptak 60 dager; mottakere: sensor, klagenemnd
- Overføring til USA (DPF); video uten navn

# Nødvendighet og forholdsmessighet

- Fysiske prøvesteder utelukker kandidater i distriktene
- Fysisk prøve fortsatt mulig – frivillig å velge hjemmeeksamen
- Kandidaten styrer kameravinkel; øvingsprøve først
- Grunnlag: art. 6(1)(b); biometri art. 9(2)(a)

# Risiko og tiltak

- Opptak av hjemmet (middels/høy) → kandidaten styrer vinkel, 60 dager
- Feilflagg ved nevrologiske tilstander (middels/høy) → sensor vurderer alt, tilrettelegging
- USA-overføring (lav/høy) → DPF, pseudonymisering
- Skjev ansiktsverifisering (middels/middels) → manuell ID-kontroll
- Ikke valgt: bare skjermopptak (avdekker ikke hjelp i rommet)
- Restrisiko: høy

# Styret

- Styremøte 17.11.2026, sak 12/26: funn, brukertest (25 kandidater), innspill fra personvernombud og deltakerrepresentant
- Vedtak: DPIA godkjent, be om forhåndsdrøftelse – signert styreleder Ole Kristian Fagerli
"""
    msg = g_mail(
        "x053", "Tavla Vakt – forhåndsdrøftelse (kort)", when(12, 9, 8, 34), markup, plain_too=True
    )
    return msg, Label(
        "nb",
        (*G_SHAPES, "terse", "risk_bullets", "phone_foreign", "part5_in_body", "biometrics"),
        "none",
        True,
        "used",
        "complete; terse bullet-point request in the HTML body, every part covered in a few lines",
    )


def x054() -> Case:
    contacts = [
        ("Kontaktperson", ELINE),
        ("Personvernombud", G_DPO),
        ("Databehandler – drift", SKYHAVN),
        ("Databehandler – AI-analyse", PROCTOR),
    ]
    intro = "Hei,\n\nVi ber om forhåndsdrøftelse for Tavla Vakt (fjernovervåket eksamen). Vurderingen står under."
    over = {
        "appr": "Styret har ikke behandlet DPIA-en ennå. Vi vil gjerne ha Datatilsynets syn før saken legges fram for styret i februar."
    }
    msg = g_mail(
        "x054",
        "Anmodning om forhåndsdrøftelse – Tavla Vakt",
        when(11, 10, 14, 29),
        g_body(G1, contacts, intro, over),
        plain_too=True,
    )
    return msg, Label(
        "nb",
        (*G_SHAPES, "processor_contact_table", "phone_foreign", "part5_not_done", "biometrics"),
        "none",
        True,
        "used",
        "part 5 missing: «Styret har ikke behandlet DPIA-en ennå»",
        (5,),
    )


# --- H: Brobygg Bemanning AS -------------------------------------------------------------------------

H_SHAPES = (
    "staffing_agency",
    "dpia_pdf",
    "risk_register_xlsx",
    "signature_tlf_mob_prefix",
    "contact_label_value",
)


def h_contacts(h1: bool = True) -> str:
    rows = [
        f"Kontaktperson: {TORUNN.name}, {TORUNN.role}, tlf. {TORUNN.phone}, {TORUNN.email}",
        f"Personvernombud: {H_DPO.name}, tlf. {H_DPO.phone}, {H_DPO.email}",
        f"Databehandler: Rekrutta Systems AS – {REKRUTTA.name}, {REKRUTTA.role}, tlf. {REKRUTTA.phone}, {REKRUTTA.email}",
    ]
    if h1:
        rows.append(
            f"Databehandler: HireLens Ltd (London) – {HIRELENS.name}, {HIRELENS.role}, tlf. {HIRELENS.phone}, {HIRELENS.email}"
        )
    return "\n".join(rows)


def h_files(
    t: Topic,
    over: dict[str, str | None] | None = None,
    name: str = "DPIA_Kandidatmatching_v2.0.pdf",
) -> list[kit.Attachment]:
    return [
        (name, kit.to_pdf(h_dpia(t, over, "2.1" if "v2.1" in name else "2.0"))),
        ("Risikoregister_" + t.key + ".xlsx", kit.to_xlsx(h_register(t))),
    ]


def x015() -> Case:
    body = join(
        "Til Datatilsynet",
        "Brobygg Bemanning AS ber om forhåndsdrøftelse for kandidatmatching med AI og analyse av videointervjuer. Vedlagt er DPIA og risikoregister.",
        h_contacts(),
        "Vurderingen av nødvendighet og proporsjonalitet (kapittel 3) ble dessverre ikke ferdig før vi måtte sende – personvernombudet ferdigstiller den, og vi ettersender så snart som mulig.",
        H_SIG,
    )
    msg = message(
        "x015",
        H_FROM,
        "Anmodning om forhåndsdrøftelse – kandidatmatching",
        when(11, 4, 17, 55),
        body=body,
        attachments=h_files(H1, {"nec": "Ettersendes."}),
    )
    return msg, Label(
        "nb",
        (*H_SHAPES, "phone_foreign", "part3_will_follow", "part5_in_dpia"),
        "pgp_mime",
        True,
        "used",
        "part 3 missing: «ble dessverre ikke ferdig … vi ettersender»; chapter 3 of the DPIA says «Ettersendes.»",
        (3,),
    )


def x016() -> Case:
    vegard = f"""Hei Torunn og Sverre,

DPIA-en for registeret over politiattester og helseopplysninger er ferdig (vedlagt). Kort oppsummert: vi har fått ned risikoen ved å la være å lagre selve politiattesten og ved å gi oppdragsgiver tilgang bare per oppdrag i 30 dager, men det blir fortsatt sensitive opplysninger om 1 800 personer tilgjengelig for mange eksterne. Tillitsvalgte og to oppdragsgivere har gitt innspill (se kap. 6). Jeg anbefaler at vi ber Datatilsynet om forhåndsdrøftelse.

Vegard Solheim
personvernombud, Brobygg Bemanning AS
Tlf.: {H_DPO.phone}
"""
    sverre = """Takk, Vegard. Ledergruppen gikk gjennom funnene på møtet i dag. Jeg godkjenner DPIA-en og at vi ber om forhåndsdrøftelse. Torunn sender.

Sverre Haugan
daglig leder
"""
    body = join(
        "Hei,",
        "Videresender tråden under, der daglig leder godkjenner vurderingen. Vi ber med dette om forhåndsdrøftelse for et sentralt register over politiattester og helseopplysninger for vikarer i helsesektoren. DPIA og risikoregister er vedlagt.",
        h_contacts(h1=False),
        H_SIG,
        "---------- Videresendt melding ----------\nFra: Sverre Haugan <sverre.haugan@brobygg.no>\nDato: 10. nov. 2026 kl. 15:02\nEmne: SV: DPIA – register helsevikarer\nTil: Vegard Solheim <vegard.solheim@brobygg.no>\nKopi: Torunn Lied <torunn.lied@brobygg.no>",
        sverre,
        "Fra: Vegard Solheim <vegard.solheim@brobygg.no>\nDato: 10. nov. 2026 kl. 09:41",
        quoted(vegard),
    )
    msg = message(
        "x016",
        H_FROM,
        "VS: DPIA – register helsevikarer / anmodning om forhåndsdrøftelse",
        when(11, 11, 8, 20),
        body=body,
        attachments=h_files(H2, name="DPIA_Register_helsevikarer.pdf"),
    )
    return msg, Label(
        "nb",
        (
            *H_SHAPES,
            "forwarded_inline",
            "quoted_thread",
            "part5_email_in_thread",
            "part5_in_dpia",
            "health_data",
        ),
        "none",
        True,
        "used",
        "complete; internal thread forwarded inline with the CEO's approval; DPIA's own approval chapter as well",
    )


def x035() -> Case:
    notice = """Vi viser til anmodning om forhåndsdrøftelse mottatt 4. november 2026 om kandidatmatching med kunstig intelligens.

Etter personvernforordningen artikkel 36 nr. 3 skal den behandlingsansvarlige gi Datatilsynet de opplysningene som er nødvendige for å vurdere behandlingen. Anmodningen mangler vurdering av nødvendighet og proporsjonalitet; kapittel 3 i den innsendte vurderingen er ikke fylt ut.

Vi ber om at dette sendes inn. Fristen for å behandle saken løper ikke før anmodningen er komplett.

Med hilsen
Datatilsynet
"""
    body = join(
        "Hei,",
        "Takk for tilbakemeldingen. Vi sender nå hele anmodningen på nytt, med kapittel 3 (nødvendighet og proporsjonalitet) ferdig utfylt i DPIA versjon 2.1. Risikoregisteret er uendret.",
        "For ordens skyld gjentar vi kontaktopplysningene:\n" + h_contacts(),
        "Ledergruppen godkjente vurderingen 3. november, se kapittel 6. Personvernombudet har gjennomgått det nye kapittel 3.",
        H_SIG,
        "Fra: Datatilsynet <postkasse@datatilsynet.no>\nSendt: 17. november 2026 13:05\nTil: Torunn Lied\nEmne: Anmodning om forhåndsdrøftelse – kandidatmatching – mangelfull dokumentasjon (deres ref. 26/04388-2)",
        quoted(notice),
    )
    msg = message(
        "x035",
        H_FROM,
        "SV: Anmodning om forhåndsdrøftelse – kandidatmatching – mangelfull dokumentasjon (ref. 26/04388-2)",
        when(11, 20, 10, 11),
        body=body,
        attachments=h_files(H1, name="DPIA_Kandidatmatching_v2.1.pdf"),
    )
    return msg, Label(
        "nb",
        (
            *H_SHAPES,
            "reply_to_deficiency_notice",
            "resubmission_complete",
            "quoted_thread",
            "phone_foreign",
            "part5_in_dpia",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; reply quoting the authority's deficiency notice, supplies the missing chapter 3 and re-attaches everything",
    )


def x036() -> Case:
    body = join(
        "Til Datatilsynet",
        "Brobygg Bemanning AS ber om forhåndsdrøftelse for kandidatmatching med AI. DPIA og risikoregister følger vedlagt.",
        h_contacts(),
        H_SIG,
    )
    over: dict[str, str | None] = {
        "sum": "Vurdering av personvernkonsekvenser for ny løsning for kandidatmatching.",
        "desc": "Løsningen brukes til å matche kandidater mot oppdrag i Rekrutta.",
    }
    msg = message(
        "x036",
        H_FROM,
        "Forhåndsdrøftelse – kandidatmatching med AI",
        when(11, 26, 12, 2),
        body=body,
        attachments=h_files(H1, over, name="DPIA_Kandidatmatching.pdf"),
    )
    return msg, Label(
        "nb",
        (*H_SHAPES, "phone_foreign", "description_in_passing", "part5_in_dpia"),
        "pgp_mime",
        True,
        "used",
        "part 2 missing: the description chapter is one sentence; nature, scope, data, sources and recipients are not described (fragments appear under necessity and risks)",
        (2,),
    )


def x055() -> Case:
    body = join(
        "Til Datatilsynet",
        "AVVIKSMELDING – FEILSENDT E-POST MED POLITIATTESTER",
        "Vi melder herved om et brudd på personopplysningssikkerheten. Tirsdag 24. november kl. 14.10 sendte en rådgiver ved vårt kontor i Stavanger en e-post med politiattester for sju vikarer til feil oppdragsgiver (en kommune i stedet for et privat sykehjem). Feilen ble oppdaget kl. 15.30, og mottakeren har bekreftet skriftlig at e-posten er slettet uten å være videresendt.",
        "Berørte: sju vikarer. To av attestene hadde merknader. De berørte er varslet per telefon og brev.",
        "Tiltak: vi har stanset utsending av politiattester på e-post inntil det nye registeret er på plass, og alle rådgivere har fått ny opplæring.",
        "Vi har også registrert avviket i Altinn. Kontakt undertegnede eller personvernombud Vegard Solheim ved spørsmål.",
        H_SIG,
    )
    msg = message(
        "x055",
        H_FROM,
        "Avviksmelding – feilsendt e-post med politiattester",
        when(11, 25, 9, 12),
        body=body,
    )
    return msg, Label(
        "nb",
        ("staffing_agency", "nonrequest_breach_notification", "signature_tlf_mob_prefix"),
        "none",
        False,
        "unspecified",
        "not a request: breach notification by e-mail",
    )


def x056() -> Case:
    first = join(
        "Hei,",
        "Brobygg Bemanning AS ber om forhåndsdrøftelse for kandidatmatching med AI og analyse av videointervjuer. Vedlagt DPIA og risikoregister.",
        h_contacts(),
        "Vennlig hilsen\nTorunn Lied",
    )
    body = join(
        "Beklager – vedleggene falt ut av e-posten jeg sendte i går. Her kommer de. Den opprinnelige e-posten står under.",
        H_SIG,
        "Fra: Torunn Lied <torunn.lied@brobygg.no>\nSendt: 30. november 2026 16:48\nTil: postkasse@datatilsynet.no\nEmne: Forhåndsdrøftelse – kandidatmatching",
        quoted(first),
    )
    msg = message(
        "x056",
        H_FROM,
        "SV: Forhåndsdrøftelse – kandidatmatching (med vedlegg)",
        when(12, 1, 8, 6),
        body=body,
        attachments=h_files(H1, name="DPIA_Kandidatmatching_v2.0.pdf"),
    )
    return msg, Label(
        "nb",
        (
            *H_SHAPES,
            "reply_to_self",
            "quoted_thread",
            "contacts_in_quoted_mail",
            "phone_foreign",
            "part5_in_dpia",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; the sender resends with the attachments, her earlier mail with the contacts quoted below",
    )


# --- I: Flexibil Norge AS -----------------------------------------------------------------------------

I_SHAPES = ("car_sharing", "vcard_contacts", "dpia_pdf", "signature_m_prefix", "phone_foreign")


ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})


def vcf(p: Person, title: str | None = None) -> kit.Attachment:
    return (
        p.name.translate(ASCII).replace(" ", "_") + ".vcf",
        kit.vcard(p.name, p.org, title or p.role, p.phone, p.email),
    )


def i_mail(
    cid: str, subject: str, date: str, text: str, attachments: list[kit.Attachment]
) -> EmailMessage:
    return message(
        cid, I_FROM, subject, date, body=txt(text) + "\n" + I_SIG, attachments=attachments
    )


def x017() -> Case:
    att = [
        vcf(JENS),
        vcf(I_DPO),
        vcf(DRIVELOG),
        ("Flexibil_DPIA_kjoreatferd.pdf", kit.to_pdf(i_dpia(I1))),
        ("Styreprotokoll_2026-11-19.pdf", kit.to_pdf(i_minutes(I1, "29/2026"))),
    ]
    msg = i_mail(
        "x017",
        "Anmodning om forhåndsdrøftelse – kjøreatferd og risikoscore",
        when(11, 23, 13, 35),
        """
    Hei,

    Flexibil Norge AS ber om forhåndsdrøftelse for ny løsning for kjøreatferd og risikoscore i delebilene våre.

    Vedlagt:
    - DPIA (PDF)
    - protokoll fra styremøtet 19. november
    - kontaktkort (vCard) for meg, personvernombudet vårt og kontaktpersonen hos databehandleren Drivelog ApS
    """,
        att,
    )
    return msg, Label(
        "nb",
        (*I_SHAPES, "board_protocol_pdf", "automated_decisions"),
        "pgp_mime",
        True,
        "used",
        "complete; contacts only as three vCard attachments; Danish processor (+45)",
    )


def x018() -> Case:
    att = [
        vcf(JENS),
        vcf(I_DPO),
        vcf(VERIFACE),
        ("DPIA_ID-kontroll_selfie.pdf", kit.to_pdf(i_dpia(I2))),
        ("Protokoll_styret_sak_30-2026.pdf", kit.to_pdf(i_minutes(I2, "30/2026"))),
    ]
    msg = i_mail(
        "x018",
        "Forhåndsdrøftelse – ID-kontroll med selfie",
        when(11, 26, 15, 12),
        """
    Hei,

    Vi ber om forhåndsdrøftelse for ID-kontroll med selfie og ansiktssammenligning. DPIA og styreprotokoll er vedlagt, og kontaktinfo for meg, personvernombudet og VeriFace (databehandler) ligger som vCard.
    """,
        att,
    )
    return msg, Label(
        "nb",
        (*I_SHAPES, "board_protocol_pdf", "biometrics"),
        "pgp_mime",
        True,
        "used",
        "complete; vCards, DPIA PDF and board minutes; Estonian processor (+372)",
    )


def x037() -> Case:
    att = [
        vcf(JENS),
        (vcf(I_DPO)[0], b""),
        vcf(VERIFACE),
        ("DPIA_ID-kontroll.pdf", kit.to_pdf(i_dpia(I2))),
        ("Styreprotokoll_sak_30.pdf", kit.to_pdf(i_minutes(I2, "30/2026"))),
    ]
    msg = i_mail(
        "x037",
        "ID-kontroll med selfie – anmodning om forhåndsdrøftelse",
        when(11, 30, 10, 44),
        """
    Hei,

    Her er anmodningen vår om forhåndsdrøftelse for ID-kontroll med selfie. Kontaktinfo til meg, personvernombudet og VeriFace ligger som vCard.
    """,
        att,
    )
    return msg, Label(
        "nb",
        (*I_SHAPES, "board_protocol_pdf", "zero_byte_vcard_dpo", "biometrics"),
        "none",
        True,
        "used",
        "part 1 missing: the DPO's vCard is zero bytes, and the DPO is not named elsewhere with phone and e-mail",
        (1,),
    )


def x038() -> Case:
    over = {
        "risk": "Risikovurderingen gjennomføres i workshop med Drivelog 9. desember og ettersendes.",
        "nt": "Vurderes i workshopen.",
        "res": "Ikke fastsatt ennå.",
    }
    minutes = "Head of Legal orienterte om DPIA-arbeidet. Beskrivelse og nødvendighetsvurdering er ferdig; risikovurderingen gjenstår.\n\nVedtak: Styret tar orienteringen til etterretning. Endelig behandling av DPIA-en når risikovurderingen foreligger."
    att = [
        vcf(JENS),
        vcf(I_DPO),
        vcf(DRIVELOG),
        ("DPIA_kjoreatferd_v0.8.pdf", kit.to_pdf(i_dpia(I1, over))),
        ("Protokoll_2026-11-19.pdf", kit.to_pdf(i_minutes(I1, "29/2026", minutes))),
    ]
    msg = i_mail(
        "x038",
        "Forhåndsdrøftelse – kjøreatferd (foreløpig dokumentasjon)",
        when(11, 27, 9, 8),
        """
    Hei,

    Vi sender anmodning om forhåndsdrøftelse for kjøreatferd og risikoscore nå, siden vi gjerne vil i gang før sommersesongen. Dokumentasjonen er ikke helt komplett – se DPIA og protokoll. Kontaktinfo i vCard.
    """,
        att,
    )
    return msg, Label(
        "nb",
        (
            *I_SHAPES,
            "board_protocol_pdf",
            "part4_will_follow",
            "part5_noted_only",
            "automated_decisions",
        ),
        "none",
        True,
        "used",
        "parts 4 and 5 missing: risk assessment «gjennomføres i workshop … og ettersendes»; the board only took a briefing «til etterretning»",
        (4, 5),
    )


def x057() -> Case:
    att = [
        vcf(JENS),
        vcf(I_DPO),
        vcf(VERIFACE),
        ("DPIA_ID-kontroll_v1.1.pdf", kit.to_pdf(i_dpia(I2))),
    ]
    msg = i_mail(
        "x057",
        "Forhåndsdrøftelse ID-kontroll",
        when(12, 7, 16, 2),
        """
    Hei,

    Forhåndsdrøftelse for ID-kontroll med selfie (VeriFace som databehandler). DPIA vedlagt, kontakter som vCard.

    Styrets behandling, utdrag av protokoll 19.11.2026, sak 30/2026: Head of Legal og personvernombudet presenterte DPIA-en og funnene, med innspill fra brukerpanelet og forsikringsselskapet. Vedtak: «DPIA godkjennes. Flexibil ber om forhåndsdrøftelse før løsningen tas i bruk.» Signert styreleder Cecilie Bratt.
    """,
        att,
    )
    return msg, Label(
        "nb",
        (*I_SHAPES, "terse", "part5_protocol_quoted_in_body", "biometrics"),
        "none",
        True,
        "used",
        "complete; terse mail with the board decision quoted in the body",
    )


def x058() -> Case:
    policy_doc = """# Personvernerklæring – Flexibil Norge AS

~ Gjeldende fra 1. januar 2027

## Hva vi samler inn

Medlemsopplysninger, førerkortopplysninger, betalingsopplysninger, turdata (posisjon, tid, kilometer) og kjøredata fra telematikkenheten.

## Hvorfor

For å levere delebiltjenesten, fakturere, finne bilene, forebygge skader og oppfylle krav fra forsikringsselskapet.

## Hvem vi deler med

Databehandlere for telematikk og ID-kontroll, betalingsleverandør, forsikringsselskap ved skade, politi når loven krever det.

## Dine rettigheter

Innsyn, retting, sletting, protest og klage til Datatilsynet. Kontakt personvern@flexibil.no.
"""
    msg = i_mail(
        "x058",
        "Til orientering: oppdatert personvernerklæring",
        when(12, 10, 12, 30),
        """
    Hei,

    Til orientering sender vi vår oppdaterte personvernerklæring, som trer i kraft 1. januar 2027. Den beskriver blant annet kjøreatferd og ID-kontroll, som vi har hatt dialog med dere om. Ingen svar er nødvendig.
    """,
        [("Personvernerklaering_Flexibil_2027.pdf", kit.to_pdf(policy_doc))],
    )
    return msg, Label(
        "nb",
        ("car_sharing", "nonrequest_for_information", "signature_m_prefix"),
        "none",
        False,
        "unspecified",
        "not a request: updated privacy policy sent for information",
    )


# --- J: Harrowgate Norway AS ---------------------------------------------------------------------------

J_SHAPES = ("foreign_parent_en", "headings_english", "signature_m_prefix", "phone_foreign")
J1_CONTACTS = [
    ("Contact person", KRISTINE),
    ("Data Protection Officer", J_DPO),
    ("Processor", SONALYTICS),
]


def j_mail(
    cid: str,
    subject: str,
    date: str,
    text: str,
    attachments: list[kit.Attachment] | None = None,
    cc: str | None = None,
) -> EmailMessage:
    return message(
        cid, J_FROM, subject, date, body=txt(text) + "\n" + J_SIG, attachments=attachments, cc=cc
    )


DPO_CC = f"{J_DPO.name} <{J_DPO.email}>"


def x019() -> Case:
    msg = j_mail(
        "x019",
        "Request for prior consultation – voice analytics, Harrowgate Norway AS",
        when(11, 17, 14, 50),
        f"""
    Dear Datatilsynet,

    Harrowgate Norway AS requests prior consultation under Article 36 GDPR regarding voice analytics in our Oslo customer support centre. Our DPIA concludes that a high residual risk remains after the mitigations we have implemented.

    Please find the DPIA attached (group template). Section A lists the contacts; in short:

    Contact person: {KRISTINE.name}, {KRISTINE.role}, {KRISTINE.phone}, {KRISTINE.email}
    Group DPO: {J_DPO.name}, T: {J_DPO.phone}, {J_DPO.email}
    Processor: Sonalytics Inc., {SONALYTICS.name}, {SONALYTICS.phone}, {SONALYTICS.email}

    The board's sign-off is in Section G.
    """,
        [("HG-DPIA-NO-2026-04_Voice_Analytics.docx", kit.to_docx(j_dpia(J1, J1_CONTACTS)))],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            *J_SHAPES,
            "dpia_docx",
            "contact_label_value",
            "processor_contact_body",
            "part5_signoff_in_dpia",
            "employee_monitoring",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; English cover mail, group-template DOCX; UK DPO (+44) and US processor (+1)",
    )


def x020() -> Case:
    contacts = [("Contact person", KRISTINE), ("Data Protection Officer", J_DPO)]
    msg = j_mail(
        "x020",
        "Prior consultation request – insider-risk monitoring (Harrowgate Norway AS)",
        when(11, 24, 11, 17),
        f"""
    Dear Sir or Madam,

    On behalf of Harrowgate Norway AS I hereby request prior consultation for the planned insider-risk monitoring of staff workstations in Oslo. The DPIA is attached.

    No processors are used: the tool runs on servers owned and operated by Harrowgate Norway AS in Oslo.

    Contacts: myself (see signature) and our Group Data Protection Officer, {J_DPO.name}, T: {J_DPO.phone}, E: {J_DPO.email}.
    """,
        [("DPIA_Insider_Risk_Monitoring_v1.0.docx", kit.to_docx(j_dpia(J2, contacts)))],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            *J_SHAPES,
            "dpia_docx",
            "processor_none_stated",
            "contact_is_sender_stated",
            "part5_signoff_in_dpia",
            "employee_monitoring",
        ),
        "pgp_mime",
        True,
        "none",
        "complete; «No processors are used»; contact person is the sender (signature)",
    )


def x039() -> Case:
    body = (
        txt("""
    Dear Datatilsynet,

    Harrowgate Norway AS is a subsidiary of Harrowgate Group plc (London). The group also has an EU entity in Dublin, Harrowgate Europe Ltd, which hosts the European customer platform.

    We are preparing a DPIA for voice analytics in our Oslo support centre and expect that we may need to request prior consultation. Before we do so, could you please confirm whether the request should be sent to Datatilsynet or to the Irish Data Protection Commission, given that decisions on the Oslo centre are taken locally but the analytics tool is procured by the Dublin entity?

    We are not submitting a request at this stage.

    """)
        + J_SIG
    )
    msg = message(
        "x039",
        J_FROM,
        "Question: competent supervisory authority for prior consultation",
        when(11, 2, 10, 5),
        body=body,
    )
    return msg, Label(
        "en",
        (
            "foreign_parent_en",
            "nonrequest_question",
            "mentions_prior_consultation",
            "signature_m_prefix",
        ),
        "inline",
        False,
        "unspecified",
        "not a request: asks which authority is competent; DPIA still in preparation",
    )


def x040() -> Case:
    over = {
        "appr": "Pending. The DPIA will be presented to the board of Harrowgate Norway AS on 21 January 2027."
    }
    msg = j_mail(
        "x040",
        "Prior consultation – voice analytics (Harrowgate Norway AS)",
        when(12, 14, 17, 22),
        """
    Dear Datatilsynet,

    Harrowgate Norway AS would like to request prior consultation on voice analytics in the Oslo support centre. The DPIA is attached and Section A has all contact details.

    Please note that the board has not yet reviewed the DPIA; it is on the agenda for the board meeting on 21 January. We wanted to get the request in before the holidays so that you have time to look at it.
    """,
        [("Voice_Analytics_DPIA_draft_for_board.docx", kit.to_docx(j_dpia(J1, J1_CONTACTS, over)))],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (*J_SHAPES, "dpia_docx", "part5_future_meeting", "employee_monitoring"),
        "none",
        True,
        "used",
        "part 5 missing: «the board has not yet reviewed the DPIA»; Section G «Pending»",
        (5,),
    )


INFOSEC_POLICY = """# Harrowgate Group – Information Security Policy

~ Document HG-SEC-01, version 7 · Owner: Group CISO · Approved by the Group Board, March 2026

## 1 Purpose

This policy sets out the principles for protecting the confidentiality, integrity and availability of information assets across all Harrowgate Group companies.

## 2 Scope

The policy applies to all employees, contractors and third parties with access to Harrowgate information systems.

## 3 Principles

- Access is granted on a need-to-know basis and reviewed quarterly.
- All laptops use full-disk encryption; removable media are blocked by default.
- Multi-factor authentication is mandatory for all remote access.
- Security incidents must be reported to the Security Operations Centre within one hour.

## 4 Roles

The Group CISO owns this policy. Local managing directors are responsible for implementation in their entity.

## 5 Review

The policy is reviewed annually.
"""


def x059() -> Case:
    over = {"desc": "See Annex 1 – Processing description."}
    att = [
        ("DPIA_Voice_Analytics.docx", kit.to_docx(j_dpia(J1, J1_CONTACTS, over))),
        ("Annex_1_Processing_description.pdf", kit.to_pdf(INFOSEC_POLICY)),
    ]
    msg = j_mail(
        "x059",
        "Article 36 request – voice analytics in the Oslo support centre",
        when(12, 2, 13, 40),
        """
    Dear Datatilsynet,

    Please find attached our request for prior consultation regarding voice analytics in the customer support centre of Harrowgate Norway AS: the DPIA and Annex 1 with the description of the processing.
    """,
        att,
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            *J_SHAPES,
            "dpia_docx",
            "part5_signoff_in_dpia",
            "wrong_file_description",
            "employee_monitoring",
        ),
        "none",
        True,
        "used",
        "part 2 missing: Section B points to Annex 1, which is the group's general information security policy",
        (2,),
    )


def x060() -> Case:
    body = (
        txt(f"""
    Dear Datatilsynet,

    Harrowgate Norway AS requests prior consultation under Article 36 GDPR for voice analytics in our Oslo customer support centre. Our IT policy does not allow attachments to external parties without a secure portal, so I have written everything into this e-mail.

    I am the contact person for this matter ({KRISTINE.phone}, {KRISTINE.email}). Our Group Data Protection Officer is {J_DPO.name} in London, who can be reached on {J_DPO.phone} or {J_DPO.email}. The analytics are performed by Sonalytics Inc. in Denver as our processor; their contact is {SONALYTICS.name}, {SONALYTICS.role}, {SONALYTICS.phone}, {SONALYTICS.email}.

    About 140 agents in Oslo handle roughly 45,000 calls a month from employees and administrators at our customers, which use our payroll and HR software. All calls are already recorded. We now want every call to be transcribed and analysed by Sonalytics: the tool produces a word-based sentiment score for the caller and the agent, detects required compliance phrases, measures silence and talk-over and tags the topic. From this a weekly quality score per agent is calculated and shown to the team lead, who uses it in coaching; it is also one of several inputs to the annual performance review. The data involved are audio, transcripts, scores, the agent's ID and the caller's number and customer account. Audio is kept for 90 days, transcripts for 12 months and agent scores for 24 months. Data are transferred to the USA under the EU-US Data Privacy Framework, which Sonalytics is certified under, and are protected by encryption, single sign-on with MFA, role-based access and audit logs.

    We believe this is necessary because manual quality review today covers less than 1 % of calls, is seen as arbitrary by the agents, and does not catch incorrect advice to callers. To keep the intrusion down we have switched off emotion detection from voice pitch, scores are never used alone for dismissal or pay, agents can see their own scores and the calls behind them and add comments, callers are told about the analysis in the IVR message and may ask for their recording to be deleted, and the works council has been consulted under chapter 9 of the Working Environment Act. The legal basis is Article 6(1)(f) for the analysis.

    The main risks we identified are: agents feeling permanently monitored (likely, significant) - mitigated by transparency, own access and no real-time monitoring; unfair use of scores in performance reviews (possible, severe) - mitigated by mandatory human review and an agreement with the union; callers disclosing health or other special category data (likely, significant) - mitigated by keyword redaction and short audio retention; and the transfer to the USA (unlikely, significant) - mitigated by DPF certification with SCCs as fallback. We considered analysing only a sample of calls but rejected it because it gives too small a basis for fair scores, and we asked for EU hosting, which the vendor cannot offer before 2028. Even so, we consider the residual risk of systematically monitoring all agents, with effects on their appraisal, to be high.

    The board of Harrowgate Norway AS reviewed the DPIA on 13 November 2026 (item 4/2026), after a presentation of the findings by me and the Group DPO, together with the works council's written statement and the results of a two-team pilot. The minutes read: "The board approves the DPIA and instructs management to request prior consultation with Datatilsynet before go-live." They are signed by the chair, Thomas Whitley, and the managing director, Lars Henning Bøe.

    """)
        + J_SIG
    )
    msg = message(
        "x060",
        J_FROM,
        "Prior consultation request – voice analytics (all details in this e-mail)",
        when(12, 11, 9, 55),
        body=body,
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "foreign_parent_en",
            "all_in_body",
            "plain_body",
            "no_headings_body",
            "contact_prose",
            "phone_foreign",
            "part5_protocol_quoted_in_body",
            "risk_prose",
            "employee_monitoring",
        ),
        "inline",
        True,
        "used",
        "complete; everything as prose in a plain English mail without headings",
    )
