# ruff: noqa: E501
"""Sender D: Direktoratet for livslang læring (state agency, Hamar, bokmål).

Habits: letters go out from postmottak through the archive («Dokumentet er sendt fra
Direktoratet for livslang læring via sak- og arkivsystemet»); the PDF letter has «Vår ref. |
Deres ref. | Saksbehandler | Dato» with the case officer's name and direct line in the column, the
director signs alone with a «Kopi til» listing the DPO; the DPIA is a DOCX on the state's common
template with parts A–E, part E a sign-off table; the director's meeting minutes are attached.
Letters from NAV and Datatilsynet's own minutes of a guidance meeting are attached in some cases.
"""

from __future__ import annotations

from common import DT_ADDR, DT_HEAD, DT_OFFICER_3, E_APPROVED_NB
from kit import Label, message, to_docx, to_pdf, txt, when
from letter import Head, Letter
from letter import to_pdf as letter_pdf
from topic import (
    Person,
    Proc,
    Topic,
    bullets,
    lines,
    paras,
    pick,
    proc_rows,
    risk_rows,
    skipped_bullets,
    table,
)

ORG = "Direktoratet for livslang læring"
FROM = "Direktoratet for livslang læring <postmottak@dll.no>"
FOOT = (
    "Postadresse: Postboks 1180, 2306 Hamar | Sentralbord: 62 55 40 00 | postmottak@dll.no | Org.nr. 932 118 400 | dll.no",
)
HEAD = Head(ORG, "", FOOT)
DIRECTOR = ("Live Bratsberg", "direktør")
DPO = Person("Anders Lie", "personvernombud", "62 55 41 90", "anders.lie@dll.no")
HOLM = Person(
    "Siri Holm", "seniorrådgiver, Avdeling for karriere", "62 55 42 13", "siri.holm@dll.no"
)
TOFTE = Person(
    "Martin Tofte", "rådgiver, Tilskuddsforvaltning", "62 55 43 70", "martin.tofte@dll.no"
)
RISE = Person("Yvonne Rise", "seniorrådgiver, Digitale tjenester")
KVAM = Person(
    "Ingvild Kvam", "avdelingsdirektør, Godkjenning", "62 55 44 02", "ingvild.kvam@dll.no"
)
SUND = Person("Petter Sund", "seniorrådgiver, Voksnes læring", "62 55 42 87", "petter.sund@dll.no")

SKYDRIFT = Proc(
    "Statens driftssenter for fellestjenester (databehandler innen staten)",
    "drift av analysemiljø",
    Person("Heidi Lorentzen", "tjenesteansvarlig", "22 24 60 18", "heidi.lorentzen@sdfs.no"),
)
TILSKUDDSDATA = Proc(
    "Saksflyt Offentlig AS (org.nr. 914 770 205)",
    "saksbehandlingssystem for tilskudd",
    Person(
        "Ronny Fjellstad", "kundeansvarlig", "930 18 442", "ronny.fjellstad@saksflytoffentlig.no"
    ),
)
SPRAKMODELL = Proc(
    "Nordsvar AI AS (org.nr. 931 402 778)",
    "språkmodell og drift av chatten",
    Person("Eline Warholm", "leveranseleder", "458 90 331", "eline.warholm@nordsvar.ai"),
)
IDMATCH = Proc(
    "Verifisio AS (org.nr. 926 553 190)",
    "dokumentkontroll og ansiktssammenligning",
    Person("Kasper Lund", "personvernansvarlig", "916 44 702", "kasper.lund@verifisio.no"),
)
KURSPORTAL = Proc(
    "Kursplattform Norden AS (org.nr. 919 305 887)",
    "nettkursplattform og analyse",
    Person(
        "Tone Hagebakken", "kundeansvarlig stat", "413 77 059", "tone.hagebakken@kursplattform.no"
    ),
)

REGKOBLING = Topic(
    "d_regkobling",
    "Anmodning om forhåndsdrøftelse – kobling av data fra NAV og Lånekassen for målrettet karriereveiledning",
    (
        "Direktoratet for livslang læring vil koble opplysninger om arbeidsledighet og ytelser fra NAV med utdanningsopplysninger fra Nasjonal database for utdanning og opplysninger om studielån for å finne voksne uten fullført videregående opplæring som kan ha nytte av karriereveiledning og tilbud om fagbrev.",
        "Koblingen gir en liste over om lag 45 000 personer i alderen 25–55 år, som fylkeskommunenes karrieresentre får tilgang til for å kontakte dem med tilbud. Personene har ikke søkt om noe.",
    ),
    (
        (
            "Kilder",
            "NAV (arbeidssøkerstatus, ytelsestype), Nasjonal database for utdanning, Lånekassen (om det er gjeldsordning)",
        ),
        ("Mottakere", "karrieresentrene i fylkeskommunene, bare for personer i eget fylke"),
        (
            "Lagring",
            "i analysemiljø driftet av Statens driftssenter for fellestjenester; listene slettes etter 6 måneder",
        ),
        ("Sikkerhet", "pseudonymisert kobling, tilgangsstyring per fylke, logg"),
    ),
    (
        "Om lag 300 000 voksne mangler fullført videregående opplæring. Direktoratet har i oppdrag å øke andelen som får fagbrev. Generelle kampanjer når i liten grad fram til dem som trenger det mest.",
        "Behandlingen har grunnlag i art. 6 nr. 1 bokstav e med supplerende grunnlag i instruks fra departementet og NAV-loven § 7 om utlevering. Vi bruker ikke helseopplysninger eller opplysninger om sosialhjelp. Opplysninger om gjeldsordning brukes bare til å unngå at tilbudet kolliderer med krav om nedbetaling.",
    ),
    (
        "personen får et brev som forklarer hvorfor hun er kontaktet og hvor opplysningene kommer fra",
        "enkel reservasjon mot videre kontakt, som respekteres av alle karrieresentre",
        "ingen negative konsekvenser av å takke nei",
    ),
    (
        (
            "Personer opplever kontakten som overvåking fra staten",
            "høy",
            "middels",
            "åpen informasjon, kort lagringstid, reservasjon",
        ),
        (
            "Opplysninger om ledighet og gjeld kommer på avveie",
            "lav",
            "høy",
            "pseudonymisering, tilgang per fylke",
        ),
        (
            "Kontakten oppfattes som pålegg fra NAV",
            "middels",
            "middels",
            "brev fra karrieresenteret, ikke fra NAV",
        ),
    ),
    (
        ("Samtykke før kobling", "ikke mulig å be om samtykke uten først å identifisere personene"),
        (
            "Kobling bare med utdanningsdata",
            "gir 180 000 treff og for mange unødvendige henvendelser",
        ),
    ),
    "Den samlede koblingen av registre for å oppsøke personer som ikke har bedt om det, gir etter vår vurdering fortsatt høy risiko.",
    (SKYDRIFT,),
)

TILSKUDD = Topic(
    "d_tilskudd",
    "Anmodning om forhåndsdrøftelse – automatisert vurdering av søknader om tilskudd til fagbrev på jobb",
    (
        "Direktoratet forvalter tilskudd til arbeidsgivere som lar ansatte ta fagbrev på jobb. Vi vil automatisere vurderingen av om den ansatte fyller vilkårene (praksis, tidligere utdanning, ansettelsesforhold) og innvilge tilskuddet automatisk når alle vilkår er oppfylt.",
        "Om lag 6 000 søknader i året. Avslag behandles manuelt.",
    ),
    (
        ("Kilder", "søknaden, Aa-registeret, Nasjonal database for utdanning, Vigo"),
        ("Mottakere", "arbeidsgiver (vedtak), den ansatte (kopi)"),
        ("Lagring", "saksbehandlingssystem levert av Saksflyt Offentlig AS; arkiv etter arkivlova"),
        ("Sikkerhet", "Maskinporten, tilgangsstyring, logg"),
    ),
    (
        "Saksbehandlingstiden er 14 uker. Automatisering gir svar på dager.",
        "Grunnlag: art. 6 nr. 1 bokstav e, jf. forskrift om tilskudd; forvaltningsloven § 11 d.",
    ),
    (
        "vedtaket opplyser at det er automatisk",
        "den ansatte kan kreve manuell behandling",
    ),
    (
        ("Feil i Aa-registeret gir avslag", "middels", "middels", "avslag alltid manuelt"),
        (
            "Den ansatte vet ikke at opplysninger om ham er hentet",
            "høy",
            "middels",
            "kopi av vedtaket til den ansatte",
        ),
        (
            "Arbeidsgiver får vite om ansattes tidligere utdanning",
            "middels",
            "middels",
            "vedtaket viser bare om vilkår er oppfylt, ikke detaljer",
        ),
    ),
    (("Automatisk avslag", "for stor risiko for feil"),),
    "Risikoen for at ansatte ikke kjenner til behandlingen vurderes fortsatt som høy.",
    (TILSKUDDSDATA,),
)

CHATBOT = Topic(
    "d_chatbot",
    "Anmodning om forhåndsdrøftelse – språkmodellbasert chat i den nasjonale karriereveiledningstjenesten",
    (
        "Direktoratet driver den nasjonale nettjenesten for karriereveiledning på chat og telefon. Vi vil innføre en chat basert på en stor språkmodell som svarer på spørsmål døgnet rundt og overleverer til en veileder ved behov.",
        "Brukerne forteller ofte om helse, økonomi, familie og arbeidsledighet. Samtalene logges for kvalitetssikring i 90 dager. Om lag 120 000 samtaler i året, også med ungdom fra 15 år.",
    ),
    (
        ("Kilder", "det brukeren skriver"),
        ("Mottakere", "Nordsvar AI AS som databehandler; veiledere"),
        ("Lagring", "logger i 90 dager i Norge; ingen trening av modellen på samtalene"),
        ("Sikkerhet", "automatisk maskering av fødselsnummer og telefonnummer, kryptering, logg"),
    ),
    (
        "Veiledertjenesten har lange køer, og mange brukere gir opp. Chatten gir raskere svar, og veilederne kan bruke tiden på komplekse samtaler.",
        "Chatten ber ikke om personopplysninger og er anonym å bruke. Grunnlag: art. 6 nr. 1 bokstav e, og art. 9 nr. 2 bokstav g for opplysninger brukeren selv oppgir. Logger brukes bare til kvalitet og feilretting.",
    ),
    (
        "tydelig melding om at brukeren snakker med en maskin",
        "knapp for å slette samtalen med en gang",
        "overlevering til menneske når brukeren ber om det",
    ),
    (
        (
            "Brukere deler sensitive opplysninger",
            "høy",
            "høy",
            "advarsel i chatten, maskering, kort lagring",
        ),
        (
            "Feil råd som får store konsekvenser for valg av utdanning",
            "middels",
            "høy",
            "kildehenvisninger, overlevering",
        ),
        ("Samtaler misbrukes av leverandøren", "lav", "høy", "avtale, revisjon, ingen trening"),
    ),
    (
        ("Ingen logging", "vi må kunne rette feil svar"),
        ("Bare forhåndsdefinerte svar", "dekker ikke behovet"),
    ),
    "Risikoen knyttet til sensitive opplysninger som brukerne selv deler, også mindreårige, er fortsatt høy.",
    (SPRAKMODELL,),
)

IDKONTROLL = Topic(
    "d_idkontroll",
    "Anmodning om forhåndsdrøftelse – ansiktssammenligning ved digital identitetskontroll i søknader om godkjenning av utenlandsk fagutdanning",
    (
        "Søkere om godkjenning av utenlandsk fagutdanning uten norsk elektronisk ID må i dag møte fysisk for identitetskontroll. Vi vil tilby digital kontroll: søkeren tar bilde av passet og en selfie-video, og en tjeneste sammenligner ansiktet med passbildet og kontrollerer passets sikkerhetselementer.",
        "Omfanget er om lag 8 000 søkere i året, mange fra land utenfor EU.",
    ),
    (
        ("Kilder", "søkerens pass og video"),
        ("Mottakere", "Verifisio AS som databehandler; saksbehandler ser resultatet"),
        ("Lagring", "biometriske maler slettes straks; bilde av pass lagres i saken"),
        ("Sikkerhet", "kryptering, drift i Norge, liveness-kontroll"),
    ),
    (
        "Fysisk oppmøte er en stor byrde for søkere som bor langt unna. Digital kontroll er frivillig.",
        "Grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav g med samtykke som tilleggsgaranti, jf. forskrift om godkjenning. Søkere som ikke vil bruke biometrisk kontroll, kan møte fysisk.",
    ),
    (
        "frivillig og likeverdig alternativ",
        "forklaring av resultatet og manuell overprøving",
        "ingen lagring av biometri",
    ),
    (
        (
            "Feilaktig avvisning av søkere med mørk hud",
            "middels",
            "høy",
            "manuell kontroll av alle avvisninger, test av leverandør",
        ),
        ("Misbruk av pass-bilder", "lav", "høy", "kryptering, tilgangsstyring"),
        ("Søkere føler seg presset", "middels", "middels", "likeverdig fysisk tilbud"),
    ),
    (("Automatisk avslag ved mismatch", "uforsvarlig"),),
    "Restrisikoen for diskriminerende feil i ansiktssammenligningen vurderes som høy.",
    (IDMATCH,),
)

NETTKURS = Topic(
    "d_nettkurs",
    "Anmodning om forhåndsdrøftelse – læringsanalyse i nettkurs for arbeidssøkere",
    (
        "Direktoratet tilbyr gratis nettkurs i grunnleggende ferdigheter for voksne, bl.a. for arbeidssøkere henvist fra NAV. Vi vil bruke læringsanalyse for å tilpasse kursene og gi NAV-veilederen en månedlig statusrapport for deltakere som har kurset som aktivitet i sin plan.",
        "Om lag 25 000 deltakere i året, hvorav 9 000 henvist fra NAV.",
    ),
    (
        ("Kilder", "deltakerens aktivitet i kursplattformen"),
        ("Mottakere", "NAV-veileder (status: aktiv/ikke aktiv, fullført moduler)"),
        ("Lagring", "Kursplattform Norden AS, Norge; slettes 12 måneder etter avsluttet kurs"),
        ("Sikkerhet", "ID-porten, kryptering, logg"),
    ),
    (
        "Tilpasning av kurs gir bedre gjennomføring. Rapport til NAV er nødvendig for at kurset skal kunne godkjennes som aktivitet.",
        "Grunnlag: art. 6 nr. 1 bokstav e; NAV-loven § 14 a. Bare status sendes, ikke resultater på oppgaver.",
    ),
    (
        "deltakeren ser den samme rapporten som NAV",
        "deltakere som ikke er henvist fra NAV, får ingen rapport sendt",
    ),
    (
        ("Rapporten får betydning for ytelser", "middels", "høy", "bare status, ikke prestasjoner"),
        ("Deltaker føler seg overvåket", "høy", "middels", "åpenhet, samme innsyn som NAV"),
    ),
    (("Ingen rapport til NAV", "kurset kan da ikke være aktivitet"),),
    "Risikoen for at rapporten påvirker ytelser, vurderes fortsatt som høy.",
    (KURSPORTAL,),
)

# --- templates -------------------------------------------------------------------------------


def dpia(t: Topic, gap: dict[str, str] | None = None, signoff: str | None = None) -> bytes:
    sign = signoff or table(
        ("Rolle", "Navn", "Dato", "Beslutning"),
        [
            ("Eier av behandlingen", "avdelingsdirektør", "2.11.2026", "anbefaler"),
            ("Personvernombud", DPO.name, "3.11.2026", "uttalelse avgitt"),
            ("Direktør", DIRECTOR[0], "5.11.2026", "godkjent; forhåndsdrøftelse skal begjæres"),
        ],
    )
    doc = f"""
# Vurdering av personvernkonsekvenser

{t.title.split("– ", 1)[1]}

Utarbeidet på felles mal for statlige virksomheter. Versjon 1.0.

# Del A Systematisk beskrivelse

{pick(gap, "what", paras(t.what))}

{pick(gap, "flow", lines(t.flow))}

{table(("Databehandler", "Oppgave", "Kontaktperson", "Telefon", "E-post"), proc_rows(t))}

# Del B Nødvendighet og forholdsmessighet

{pick(gap, "need", paras(t.need))}

## Garantier og tiltak for de registrerte

{pick(gap, "rights", bullets(t.rights))}

# Del C Risikovurdering

{pick(gap, "risk", table(("Hendelse", "Sannsynlighet", "Konsekvens", "Tiltak gjennomført"), risk_rows(t)))}

# Del D Tiltak som ikke er gjennomført, og restrisiko

{pick(gap, "skipped", skipped_bullets(t, "{m} (ikke gjennomført: {w})"))}

{pick(gap, "residual", t.residual)}

# Del E Godkjenning

{sign}
"""
    return to_docx(doc)


def referat(t: Topic, dato: str) -> bytes:
    doc = f"""
# Referat fra direktørmøtet {dato}

Til stede: Live Bratsberg (direktør), Ingvild Kvam, Rolf Å. Nilsen, Tove Aaberg, Siri Holm (sak 3). Personvernombud Anders Lie deltok i sak 3.

## Sak 3 {t.title.split("– ", 1)[1]}

Presentasjon: Prosjektet presenterte vurderingen av personvernkonsekvenser. Risikoene er redusert, men {t.residual[0].lower() + t.residual[1:]}

Interessenter: Brukerpanelet, NAV og fylkeskommunene har gitt innspill i to runder. Personvernombudet har gitt skriftlig uttalelse og anbefaler forhåndsdrøftelse.

Direktørens beslutning: Vurderingen godkjennes. Direktoratet ønsker å gjennomføre behandlingen og ber Datatilsynet om forhåndsdrøftelse.
"""
    return to_pdf(doc)


def archive_mail(doc: str) -> str:
    return txt(f"""
        Vedlagt følger dokument {doc} fra Direktoratet for livslang læring.

        Dokumentet er sendt fra Direktoratet for livslang læring via sak- og arkivsystemet. Svar til oss sendes postmottak@dll.no, merk med vår referanse.
    """)


NAV_HEAD = Head(
    "Arbeids- og velferdsdirektoratet",
    "Juridisk seksjon",
    ("Postboks 5 St. Olavs plass, 0130 Oslo | nav.no",),
    ("Deres ref.", "Vår ref.", "Saksbehandler", "Dato"),
)
NAV_LETTER = Letter(
    NAV_HEAD,
    ("Direktoratet for livslang læring", "Postboks 1180", "2306 Hamar"),
    ("26/00811", "26/201557", "Jørgen Hovland", "9.9.2026"),
    "Utlevering av opplysninger om arbeidssøkere til Direktoratet for livslang læring",
    """
Vi viser til forespørsel om utlevering av opplysninger om arbeidssøkere uten fullført videregående opplæring.

NAV kan utlevere arbeidssøkerstatus og ytelsestype (ikke beløp) for personer 25–55 år, jf. NAV-loven § 7 og forskrift om utlevering. Opplysningene utleveres pseudonymisert til koblingsmiljøet og kan bare brukes til formålet som er beskrevet.

Utleveringen forutsetter at direktoratet har gjennomført vurdering av personvernkonsekvenser og eventuelt forhåndsdrøftelse med Datatilsynet.

Kontaktperson i NAV: Jørgen Hovland, seniorrådgiver, tlf. 21 07 45 12, jorgen.hovland@nav.no.
""",
    signers=(("Elin Rustad", "seksjonssjef"), ("Jørgen Hovland", "seniorrådgiver")),
    layout="tabs",
    note="Dokumentet er godkjent elektronisk.",
)


def _letter(
    t: Topic, refs: tuple[str, ...], body: str, encl: tuple[str, ...], copy: tuple[str, ...]
) -> Letter:
    return Letter(
        HEAD,
        DT_ADDR,
        refs,
        t.title,
        body,
        signers=(DIRECTOR,),
        note=E_APPROVED_NB,
        encl=encl,
        copy=copy,
    )


# --- cases: odd ----------------------------------------------------------------------------------


def d007() -> tuple:
    t = REGKOBLING
    body = f"""
Direktoratet for livslang læring ber med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36.

{paras(t.what)}

Vedlagt følger vurdering av personvernkonsekvenser (vedlegg 1), referat fra direktørmøtet (vedlegg 2) og NAVs brev om utlevering (vedlegg 3).

Analysemiljøet driftes av Statens driftssenter for fellestjenester som databehandler; kontaktperson er Heidi Lorentzen, tlf. 22 24 60 18, heidi.lorentzen@sdfs.no.

Kontaktperson i direktoratet er seniorrådgiver Siri Holm, tlf. {HOLM.phone}, e-post {HOLM.email}.
"""
    letter = _letter(
        t,
        ("26/00811-14", "", f"{HOLM.name}, {HOLM.phone}", "4.11.2026"),
        body,
        (
            "1 Vurdering av personvernkonsekvenser",
            "2 Referat fra direktørmøtet 3.11.2026",
            "3 Brev fra Arbeids- og velferdsdirektoratet 9.9.2026",
        ),
        (f"Personvernombud Anders Lie (tlf. {DPO.phone}, {DPO.email})", "Kunnskapsdepartementet"),
    )
    msg = message(
        "D007",
        FROM,
        "Anmodning om forhåndsdrøftelse – kobling av data for karriereveiledning (26/00811-14)",
        when(11, 4, 15, 11),
        archive_mail("26/00811-14"),
        attachments=[
            ("26-00811-14 Anmodning om forhåndsdrøftelse.pdf", letter_pdf(letter)),
            ("26-00811-15 Vedlegg 1 DPIA registerkobling.docx", dpia(t)),
            ("26-00811-16 Vedlegg 2 Referat direktørmøtet.pdf", referat(t, "3.11.2026")),
            ("26-00811-9 Vedlegg 3 Brev fra NAV.pdf", letter_pdf(NAV_LETTER)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "state_agency",
            "archive_system_mail",
            "cover_letter_pdf",
            "ref_table_saksbehandler",
            "contact_in_ref_table",
            "contact_prose_letter",
            "copy_to_dpo_with_contacts",
            "signature_single",
            "e_approved",
            "other_body_letter_nav",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "dpia_report_docx",
            "part5_signoff_table",
            "part5_minutes_extract_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; DPO with phone and e-mail in «Kopi til»; NAV's attached letter names NAV's own contact person",
    )


def d027() -> tuple:
    t = TILSKUDD
    gap = {
        "need": "[Beskriv hvorfor behandlingen er nødvendig for å oppnå formålet, og om formålet kan nås på en mindre inngripende måte. Vis til behandlingsgrunnlag og eventuelt supplerende rettsgrunnlag.]",
        "rights": "[Beskriv hvilke tiltak som ivaretar de registrertes rettigheter: informasjon, innsyn, retting, protest. Slett veiledningsteksten før dokumentet ferdigstilles.]",
    }
    body = f"""
Direktoratet for livslang læring ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for automatisert vurdering av søknader om tilskudd til fagbrev på jobb.

{paras(t.what)}

Vurderingen av personvernkonsekvenser og referat fra direktørmøtet er vedlagt.

Saksbehandlingssystemet leveres av Saksflyt Offentlig AS (kontaktperson Ronny Fjellstad, tlf. 930 18 442, ronny.fjellstad@saksflytoffentlig.no).

Kontaktperson: rådgiver Martin Tofte, tlf. {TOFTE.phone}, {TOFTE.email}. Personvernombud: Anders Lie, tlf. {DPO.phone}, {DPO.email}.
"""
    letter = _letter(
        t,
        ("26/01422-6", "", TOFTE.name, "12.11.2026"),
        body,
        ("1 Vurdering av personvernkonsekvenser", "2 Referat fra direktørmøtet 10.11.2026"),
        ("Personvernombudet",),
    )
    msg = message(
        "D027",
        FROM,
        "Anmodning om forhåndsdrøftelse – automatisert tilskuddsvurdering (26/01422-6)",
        when(11, 12, 14, 2),
        archive_mail("26/01422-6"),
        attachments=[
            ("26-01422-6 Anmodning om forhåndsdrøftelse.pdf", letter_pdf(letter)),
            ("26-01422-7 Vedlegg 1 DPIA tilskudd.docx", dpia(t, gap)),
            ("26-01422-8 Vedlegg 2 Referat direktørmøtet.pdf", referat(t, "10.11.2026")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "state_agency",
            "archive_system_mail",
            "cover_letter_pdf",
            "ref_table_saksbehandler",
            "contact_prose_letter",
            "signature_single",
            "e_approved",
            "copy_to_dpo",
            "processor_contact_in_letter",
            "dpia_report_docx",
            "part3_template_guidance",
            "part5_signoff_table",
            "part5_minutes_extract_pdf",
        ),
        "none",
        True,
        "used",
        "part 3 missing: the necessity chapter and the safeguards sub-chapter hold only the template's bracketed guidance",
        (3,),
    )


def d047() -> tuple:
    t = CHATBOT
    dt = Letter(
        DT_HEAD,
        ("Direktoratet for livslang læring", "Postboks 1180", "2306 Hamar"),
        ("", "26/03915-3", f"{DT_OFFICER_3.name}\n{DT_OFFICER_3.phone}", "9.10.2026"),
        "Referat fra veiledningsmøte 2. oktober 2026 – språkmodell i karriereveiledningen",
        f"""
Datatilsynet viser til veiledningsmøte 2.10.2026 med Direktoratet for livslang læring.

Direktoratet orienterte om planene for en chat basert på språkmodell. Datatilsynet ga generell veiledning om at sensitive opplysninger som brukerne selv deler, og bruk av tjenesten blant mindreårige, bør vurderes særskilt i vurderingen av personvernkonsekvenser. Dersom direktoratet etter vurderingen fortsatt har høy restrisiko, skal forhåndsdrøftelse begjæres.

Veiledningen er ikke en forhåndsgodkjenning. Spørsmål kan rettes til {DT_OFFICER_3.name}, tlf. {DT_OFFICER_3.phone}, {DT_OFFICER_3.email}.
""",
        signers=((DT_OFFICER_3.name, DT_OFFICER_3.title),),
        after_refs=f"Saksbehandler: {DT_OFFICER_3.name}, tlf. {DT_OFFICER_3.phone}, {DT_OFFICER_3.email}",
        note="Brevet er godkjent elektronisk og har derfor ingen håndskrevne signaturer.",
    )
    body = f"""
Vi viser til veiledningsmøte med Datatilsynet 2.10.2026 og Datatilsynets referat av 9.10.2026 (deres ref. 26/03915-3), som er vedlagt.

Direktoratet har nå fullført vurderingen av personvernkonsekvenser for språkmodellbasert chat i den nasjonale karriereveiledningstjenesten og ber om forhåndsdrøftelse etter artikkel 36.

{paras(t.what)}

Chatten leveres av Nordsvar AI AS som databehandler, kontaktperson Eline Warholm, tlf. 458 90 331, eline.warholm@nordsvar.ai.

Vurderingen er gjennomgått av personvernombudet. Spørsmål kan rettes til saksbehandler.
"""
    letter = _letter(
        t,
        ("26/02210-11", "26/03915-3", RISE.name, "19.11.2026"),
        body,
        (
            "1 Vurdering av personvernkonsekvenser",
            "2 Referat fra direktørmøtet 17.11.2026",
            "3 Datatilsynets referat fra veiledningsmøte 9.10.2026",
        ),
        ("Personvernombudet",),
    )
    msg = message(
        "D047",
        FROM,
        "Anmodning om forhåndsdrøftelse – språkmodell i karriereveiledningen (26/02210-11)",
        when(11, 20, 9, 40),
        archive_mail("26/02210-11"),
        attachments=[
            ("26-02210-11 Anmodning om forhåndsdrøftelse.pdf", letter_pdf(letter)),
            ("26-02210-12 Vedlegg 1 DPIA chat med språkmodell.docx", dpia(t)),
            ("26-02210-13 Vedlegg 2 Referat direktørmøtet.pdf", referat(t, "17.11.2026")),
            ("26-02210-8 Vedlegg 3 Referat fra Datatilsynet.pdf", letter_pdf(dt)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "state_agency",
            "archive_system_mail",
            "cover_letter_pdf",
            "ref_table_saksbehandler",
            "p1_case_officer_name_only",
            "p1_dpo_name_only",
            "switchboard_only",
            "datatilsynet_letter_attached",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "signature_single",
            "e_approved",
            "copy_to_dpo",
            "dpia_report_docx",
            "part5_signoff_table",
            "part5_minutes_extract_pdf",
        ),
        "none",
        True,
        "used",
        "part 1 missing: case officer by name only, DPO named only in the DPIA's sign-off table and the minutes; Datatilsynet's own minutes (attached) carry Datatilsynet's case officer with phone and e-mail",
        (1,),
    )


# --- cases: even -------------------------------------------------------------------------------


def d008() -> tuple:
    t = IDKONTROLL
    body = f"""
Direktoratet for livslang læring ber om forhåndsdrøftelse etter artikkel 36 i personvernforordningen.

{paras(t.what)}

Vedlagt følger vurdering av personvernkonsekvenser med godkjenning (del E) og referat fra direktørmøtet. Tjenesten for dokumentkontroll leveres av Verifisio AS som databehandler, ved personvernansvarlig Kasper Lund, tlf. 916 44 702, kasper.lund@verifisio.no.

Kontaktperson for saken er avdelingsdirektør Ingvild Kvam, se saksbehandlerfeltet. Direktoratets personvernombud er Anders Lie, tlf. {DPO.phone}, {DPO.email}.
"""
    letter = _letter(
        t,
        ("26/02655-4", "", f"{KVAM.name}\n{KVAM.phone}\n{KVAM.email}", "11.11.2026"),
        body,
        ("1 Vurdering av personvernkonsekvenser", "2 Referat fra direktørmøtet 10.11.2026"),
        ("Personvernombud Anders Lie",),
    )
    msg = message(
        "D008",
        FROM,
        "Anmodning om forhåndsdrøftelse – digital identitetskontroll (26/02655-4)",
        when(11, 11, 11, 25),
        archive_mail("26/02655-4"),
        attachments=[
            ("26-02655-4 Anmodning om forhåndsdrøftelse.pdf", letter_pdf(letter)),
            ("26-02655-5 Vedlegg 1 DPIA identitetskontroll.docx", dpia(t)),
            ("26-02655-6 Vedlegg 2 Referat direktørmøtet.pdf", referat(t, "10.11.2026")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "state_agency",
            "archive_system_mail",
            "cover_letter_pdf",
            "ref_table_saksbehandler",
            "contact_in_ref_table",
            "contact_prose_letter",
            "signature_single",
            "e_approved",
            "copy_to_dpo",
            "processor_contact_in_letter",
            "dpia_report_docx",
            "part5_signoff_table",
            "part5_minutes_extract_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; contact person's phone and e-mail in the reference table's three lines, DPO in the text",
    )


def d028() -> tuple:
    t = NETTKURS
    signoff = (
        table(
            ("Rolle", "Navn", "Dato", "Beslutning"),
            [
                ("Eier av behandlingen", "avdelingsdirektør", "16.11.2026", "anbefaler"),
                ("Personvernombud", DPO.name, "17.11.2026", "uttalelse avgitt"),
                ("Direktør", "", "", ""),
            ],
        )
        + "\n\nDirektørens godkjenning gjenstår. Saken er satt opp i direktørmøtet 14. desember."
    )
    body = f"""
Direktoratet for livslang læring ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for læringsanalyse i nettkurs for arbeidssøkere.

{paras(t.what)}

Vurderingen av personvernkonsekvenser er vedlagt. Direktørens godkjenning av vurderingen vil foreligge etter direktørmøtet 14.12.2026, og referatet vil bli ettersendt. Vi sender anmodningen nå fordi avtalen med NAV skal inngås innen 1. februar.

Kursplattformen leveres av Kursplattform Norden AS, kontaktperson Tone Hagebakken, tlf. 413 77 059, tone.hagebakken@kursplattform.no.

Kontaktperson: seniorrådgiver Petter Sund, tlf. {SUND.phone}, {SUND.email}. Personvernombud: Anders Lie, tlf. {DPO.phone}, {DPO.email}.
"""
    letter = Letter(
        HEAD,
        DT_ADDR,
        ("26/03021-3", "", SUND.name, "18.11.2026"),
        t.title,
        body,
        signers=(("Ingvild Kvam", "avdelingsdirektør"), ("Petter Sund", "seniorrådgiver")),
        layout="tabs",
        note=E_APPROVED_NB,
        encl=("Vurdering av personvernkonsekvenser",),
        copy=("Personvernombudet",),
    )
    msg = message(
        "D028",
        FROM,
        "Anmodning om forhåndsdrøftelse – læringsanalyse i nettkurs (26/03021-3)",
        when(11, 18, 13, 36),
        archive_mail("26/03021-3"),
        attachments=[
            ("26-03021-3 Anmodning om forhåndsdrøftelse.pdf", letter_pdf(letter)),
            ("26-03021-4 Vedlegg DPIA læringsanalyse nettkurs.docx", dpia(t, signoff=signoff)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "state_agency",
            "archive_system_mail",
            "cover_letter_pdf",
            "ref_table_saksbehandler",
            "contact_prose_letter",
            "signature_two_columns_tabs",
            "e_approved",
            "copy_to_dpo",
            "processor_contact_in_letter",
            "dpia_report_docx",
            "signoff_table_empty",
            "part5_will_follow",
            "part5_future_meeting",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: the sign-off table's director row is empty, approval at the director's meeting 14.12., minutes will follow",
        (5,),
    )


def d048() -> tuple:
    body = """
Vi viser til vår anmodning om forhåndsdrøftelse av 11.11.2026 om ansiktssammenligning ved digital identitetskontroll (deres ref. 26/04380).

Avdelingsdirektør Ingvild Kvam har gått over i ny stilling. Ny kontaktperson i saken er seniorrådgiver Hanne Bjørke, tlf. 62 55 44 19, hanne.bjorke@dll.no.

Direktoratet har samtidig fått nytt personvernombud. Anders Lie er erstattet av Oda Markussen, tlf. 62 55 41 95, oda.markussen@dll.no.

Brevet endrer ikke innholdet i anmodningen. Vi ber om at kontaktopplysningene oppdateres i saken.
"""
    letter = Letter(
        HEAD,
        DT_ADDR,
        ("26/02655-9", "26/04380", "Hanne Bjørke\n62 55 44 19", "30.11.2026"),
        "Endret kontaktperson og nytt personvernombud – sak om digital identitetskontroll",
        body,
        signers=(DIRECTOR,),
        note=E_APPROVED_NB,
        copy=("Oda Markussen, personvernombud",),
    )
    msg = message(
        "D048",
        FROM,
        "Endret kontaktperson og personvernombud (26/02655-9)",
        when(12, 1, 8, 50),
        archive_mail("26/02655-9"),
        attachments=[("26-02655-9 Endret kontaktperson.pdf", letter_pdf(letter))],
    )
    return msg, Label(
        "nb",
        (
            "state_agency",
            "archive_system_mail",
            "cover_letter_pdf",
            "ref_table_saksbehandler",
            "nonrequest_contact_change",
            "contact_prose_letter",
            "mentions_prior_consultation",
            "e_approved",
        ),
        "none",
        False,
        "unspecified",
        "not a request: notice of a new contact person and a new DPO in a pending prior consultation; full contacts, no documentation",
    )
