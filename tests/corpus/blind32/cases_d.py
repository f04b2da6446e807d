# ruff: noqa: E501
"""Sender D: Studentsamskipnaden i Midt-Norge, SiMN (bokmål). LibreOffice users: ODT files with
numbered «Vedlegg n – …» names, listed in the mail; the DPIA often refers to another vedlegg
(«se vedlegg 3»); approval is a board protocol (PDF).

Odd: B007 (digitale låser, vedlegg 3 referred to and attached), B027 (chattetjeneste, vedlegg 3
referred to but not attached), B047 (chattetjeneste again, all four vedlegg).
Even: B008 (inneklimasensorer, vedlegg 2 is zero bytes), B028 (tilrettelagte boliger, vedlegg 3
attached), B048 (fremleieanalyse, one ODT, «Neste revisjon: TBD»).
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_odt, to_pdf, txt, when

FROM = "Henriette Lyng Aune <henriette.aune@simn.no>"
TOPIC_OF = {
    "B007": "D-o1",
    "B027": "D-o2",
    "B047": "D-o2",
    "B008": "D-e1",
    "B028": "D-e2",
    "B048": "D-e3",
}

SIGNATUR = txt("""
    Med vennlig hilsen
    Henriette Lyng Aune
    Seniorrådgiver, avdeling for virksomhetsstyring
    Studentsamskipnaden i Midt-Norge (SiMN)
    Telefon 73 55 20 41 / mobil 957 20 148
    henriette.aune@simn.no
""")


def kontakt(databehandler: str) -> str:
    return f"""
# Kontaktinformasjon

~ Behandlingsansvarlig: Studentsamskipnaden i Midt-Norge, org.nr. 970 112 400, Postboks 4180 Sluppen, 7435 Trondheim
Kontaktperson: Henriette Lyng Aune, seniorrådgiver, tlf. 73 55 20 41, mobil 957 20 148, henriette.aune@simn.no
Personvernombud: Ole Petter Krogstad, tlf. 73 55 20 09, ole.petter.krogstad@simn.no
{databehandler}
"""


def folgebrev(tittel: str, innledning: str, databehandler: str, vedlegg: list[str]) -> str:
    liste = "\n".join(f"- {v}" for v in vedlegg)
    return f"""
# Anmodning om forhåndsdrøftelse – {tittel}

{innledning}

{kontakt(databehandler)}

# Vedlegg

{liste}

Trondheim, Studentsamskipnaden i Midt-Norge
"""


def protokoll(dato: str, saker: str) -> str:
    return f"""
# Protokoll fra styremøte i Studentsamskipnaden i Midt-Norge

Møtedato: {dato}. Sted: Elgeseter gate 10, møterom Nidelven.

Til stede: Eirik Tangen (styreleder, studentrepresentant), Maren Holt (nestleder), Sindre Nakken, Aisha Rahimi, Per Kristian Dahl (ansattrepresentant), Gunn Tove Lie (ekstern). Fra administrasjonen: adm. dir. Line Sørli, seniorrådgiver Henriette Lyng Aune (sekretær), personvernombud Ole Petter Krogstad (under personvernsaken).

{saker}

Protokollen er godkjent elektronisk av styrets medlemmer.
"""


# --- D-o1: digitale låser i studentboliger ---------------------------------------------------


def b007() -> tuple[EmailMessage, Label]:
    databehandler = "Databehandler: Hybelnett AS, kontaktperson Eirik Moe, tlf. 73 10 22 60, eirik.moe@hybelnett.no"
    brev = folgebrev(
        "digitale låser i studentboligene",
        "SiMN skal bytte ut mekaniske låser med digitale låser og mobilnøkkel i alle studentboligene. Vurderingen av personvernkonsekvenser viser at risikoen knyttet til loggen over døråpninger fortsatt er høy, og vi ber derfor om forhåndsdrøftelse etter personvernforordningen artikkel 36.",
        databehandler,
        [
            "Vedlegg 1 – Følgebrev med kontaktinformasjon (dette dokumentet)",
            "Vedlegg 2 – DPIA digitale låser",
            "Vedlegg 3 – Risikovurdering digitale låser",
            "Vedlegg 4 – Protokoll fra styremøte 28.10.2026",
        ],
    )
    dpia = """
# Vurdering av personvernkonsekvenser – digitale låser

Versjon 1.0, 20.10.2026. Utarbeidet av Henriette Lyng Aune og boligsjef Knut Arne Fossum.

# 1 Innledning

Kontaktinformasjon står i vedlegg 1. Denne vurderingen gjelder alle SiMNs studentboliger i Trondheim, Gjøvik og Ålesund.

# 2 Beskrivelse av behandlingen

Om lag 4 300 hybler og leiligheter får digitale låser som åpnes med mobilapp fra Hybelnett AS eller med brikke. Hver åpning av hybeldør, inngangsdør og fellesrom (vaskeri, sykkelbod) logges med tidspunkt, dør og hvilken nøkkel som ble brukt. Beboeren kan dele midlertidig nøkkel med gjester; da registreres gjestens navn og mobilnummer. Loggen for hybeldører lagres i 14 dager, loggen for fellesdører i 90 dager.

Loggen brukes til feilsøking, ved innbrudd og hærverk, og når det er mistanke om brudd på leiekontrakten (for eksempel ulovlig fremleie). Bare boligsjef og to driftsledere kan hente ut logg, og hvert uttak skal ha et saksnummer. Hybelnett AS drifter løsningen som databehandler i Norge. SiMN er behandlingsansvarlig.

# 3 Nødvendighet og forholdsmessighet

Tapte nøkler koster SiMN omtrent 1,9 millioner kroner i året i låsbytter, og mekaniske nøkler kan ikke sperres. Vi har vurdert digitale låser uten logg, men da kan vi ikke sperre eller oppklare misbruk. Vi har derfor valgt logg med kort lagringstid for hybeldører og strenge krav til uttak.

Logg brukes aldri til å følge med på beboerens vaner. Ved mistanke om fremleie får beboeren skriftlig varsel og mulighet til å forklare seg før loggen brukes. Beboerne får informasjon ved kontraktsinngåelse og i appen, kan se sin egen logg i appen og kan velge brikke i stedet for mobil.

# 4 Risikovurdering

Se vedlegg 3.

# 5 Behandling i styret

Styret behandlet vurderingen 28. oktober 2026, sak 27/26. Se protokoll i vedlegg 4.
"""
    risiko = """
# Vedlegg 3 – Risikovurdering, digitale låser

Skala: sannsynlighet og konsekvens 1 (lav) – 4 (svært høy).

| Risiko for beboerne | S | K | Gjennomførte tiltak | Restrisiko
| Loggen brukes til å kartlegge beboerens vaner og besøk | 3 | 3 | 14 dagers lagring for hybeldør, uttak bare med saksnummer, kvartalsvis kontroll av personvernombudet | Middels
| Loggen brukes i fremleiesaker uten at beboeren får uttale seg | 2 | 4 | Skriftlig varsel og rett til å uttale seg før bruk | Middels
| Gjesters navn og telefonnummer lagres lenger enn nødvendig | 3 | 2 | Slettes når den midlertidige nøkkelen utløper | Lav
| Innbrudd i Hybelnetts løsning gir tilgang til logg og dører | 1 | 4 | Kryptering, tofaktor, penetrasjonstest, avtale om varsling | Middels
| Mobilen mistes og noen får tilgang til hybelen | 2 | 3 | PIN i appen, sperring døgnet rundt via boligservice | Lav

Tiltak vurdert, men ikke gjennomført: Helt anonym logg (uten nøkkel-ID) ble vurdert, men gjør det umulig å sperre misbrukte nøkler. Lagring på selve låsen i stedet for sentralt støttes ikke av leverandøren.
"""
    prot = protokoll(
        "28. oktober 2026",
        """
# Sak 27/26 Digitale låser – vurdering av personvernkonsekvenser

Henriette Lyng Aune presenterte vurderingen og funnene, og personvernombudet redegjorde for sitt råd. Studentparlamentets innspill av 12. oktober og Studenttinget Gjøviks uttalelse var sendt ut med sakspapirene.

Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser for digitale låser. Styret ber administrasjonen om å be Datatilsynet om forhåndsdrøftelse før utrullingen, og om å legge fram en evaluering av loggbruken etter ett år.
""",
    )
    body = (
        txt("""
        Hei,

        SiMN ber om forhåndsdrøftelse for digitale låser i studentboligene.
        Vedlagt:
        1. Følgebrev med kontaktinformasjon
        2. DPIA digitale låser
        3. Risikovurdering (det er denne DPIA-en viser til i kapittel 4)
        4. Protokoll fra styremøtet 28. oktober

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B007",
        FROM,
        "Anmodning om forhåndsdrøftelse – digitale låser i studentboligene",
        when(11, 9, 12, 31),
        body,
        attachments=[
            ("Vedlegg 1 - Følgebrev med kontaktinformasjon.odt", to_odt(brev)),
            ("Vedlegg 2 - DPIA digitale låser.odt", to_odt(dpia)),
            ("Vedlegg 3 - Risikovurdering digitale låser.odt", to_odt(risiko)),
            ("Vedlegg 4 - Protokoll styremøte 28.10.2026.pdf", to_pdf(prot)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "student_welfare",
            "odt",
            "numbered_attachments",
            "cover_letter_odt",
            "appendix_pointer_attached",
            "risk_likelihood_consequence",
            "part5_board_protocol_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; DPIA ch. 4 only says «Se vedlegg 3», and vedlegg 3 is attached",
    )


# --- D-o2: chattetjeneste i studenthelsetjenesten -----------------------------------------------

CHAT_DATABEHANDLER = "Databehandler: Samtalerom AS, kontaktperson Camilla Ødegård, tlf. 400 10 225, camilla.odegard@samtalerom.no"

CHAT_DPIA = """
# DPIA – chattetjeneste i SiMN Helse

Versjon 1.1, 6.11.2026. Kontaktinformasjon: se vedlegg 1.

# 1 Beskrivelse av behandlingen

SiMN Helse vil tilby studenter samtaler med psykolog eller veileder på chat, levert av Samtalerom AS. Studenten velger om hun vil chatte anonymt eller logge inn med ID-porten. Veilederne bruker et strukturert verktøy for å vurdere selvmordsrisiko. Ved høy risiko spør veilederen om studenten vil oppgi navn og hvor hun er, og i akutte tilfeller kan veilederen kontakte nødetatene. Samtalerom lagrer da IP-adressen i 7 dager; ellers lagres ikke IP-adresse.

Vi venter omtrent 7 000 samtaler i året. For innloggede studenter føres journal i SiMN Helses journalsystem (journalføringsplikt); anonyme chatter slettes etter 30 dager. Opplysningene er helseopplysninger, ofte om psykisk helse, rus og selvskading. Mottakere er veilederne og, i akutte situasjoner, nødetatene. SiMN er behandlingsansvarlig, Samtalerom AS er databehandler og drifter løsningen i Norge.

# 2 Nødvendighet og forholdsmessighet

Se vedlegg 3.

# 3 Risikovurdering

| Risiko for studenten | Sannsynlighet | Konsekvens | Tiltak
| Studenten tror chatten er helt anonym, men identitet kan søkes ved akutt fare | Middels | Høy | Tydelig tekst før chatten starter og i personvernerklæringen
| Helseopplysninger lekker fra chatløsningen | Lav | Svært høy | Kryptering, tofaktor for veiledere, logg, avtale om varsling
| Feil vurdering av selvmordsrisiko | Middels | Svært høy | Opplæring, veileder har alltid psykolog i bakvakt
| Anonyme chatter lagres lenger enn nødvendig | Lav | Middels | Automatisk sletting etter 30 dager

Tiltak vurdert, men ikke gjennomført: Helt uten IP-lagring. Forkastet fordi vi da ikke kan hjelpe en student i akutt fare som ikke vil eller klarer å oppgi hvor hun er.

# 4 Styrets behandling

Styret godkjente vurderingen 11. november 2026 (sak 31/26), se vedlegg 4.
"""

CHAT_NODVENDIGHET = """
# Vedlegg 3 – Vurdering av nødvendighet og forholdsmessighet, chattetjenesten

Ventetiden for samtale med psykolog i SiMN Helse er seks uker, og Studentenes helse- og trivselsundersøkelse viser at mange studenter heller vil skrive enn ringe. Telefontjenesten videreføres, men når ikke de samme studentene. En chat bare for innloggede studenter ble vurdert og forkastet fordi kravet om å identifisere seg er en terskel for nettopp dem som trenger tjenesten mest.

Vi lagrer så lite som mulig: anonym chat er standard, IP-adresse lagres bare i akutte situasjoner og i sju dager, og anonyme chatter slettes etter 30 dager. Studenten får før chatten en kort forklaring av når veilederen kan forsøke å finne ut hvem hun er, og hva som lagres. Innloggede studenter har innsyn i journalen på vanlig måte og kan be om retting. Chatten brukes ikke til statistikk ut over antall samtaler og tema på gruppenivå.
"""

CHAT_PROTOKOLL = protokoll(
    "11. november 2026",
    """
# Sak 31/26 Chattetjeneste i SiMN Helse – vurdering av personvernkonsekvenser

Fagleder i SiMN Helse presenterte tjenesten og funnene i vurderingen. Styret fikk også Studentombudets og Velferdstingets innspill. Styret drøftet særlig risikoen knyttet til at studenter kan tro chatten er helt anonym.

Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser og ber administrasjonen be Datatilsynet om forhåndsdrøftelse før tjenesten åpnes.
""",
)


def chat_brev() -> str:
    return folgebrev(
        "chattetjeneste i SiMN Helse",
        "SiMN Helse vil åpne en chattetjeneste med psykologer og veiledere. Vurderingen av personvernkonsekvenser viser høy restrisiko knyttet til helseopplysninger og identifisering ved akutt fare, og vi ber derfor om forhåndsdrøftelse.",
        CHAT_DATABEHANDLER,
        [
            "Vedlegg 1 – Følgebrev med kontaktinformasjon",
            "Vedlegg 2 – DPIA chattetjeneste",
            "Vedlegg 3 – Vurdering av nødvendighet og forholdsmessighet",
            "Vedlegg 4 – Utdrag av styreprotokoll 11.11.2026",
        ],
    )


def b027() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei,

        Vedlagt følger anmodning om forhåndsdrøftelse for chattetjenesten i SiMN Helse,
        med vedlegg 1–4.

        Jeg er på kurs torsdag og fredag, men svarer på e-post om kvelden.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B027",
        FROM,
        "Anmodning om forhåndsdrøftelse – chattetjeneste SiMN Helse",
        when(11, 17, 15, 52),
        body,
        attachments=[
            ("Vedlegg 1 - Følgebrev med kontaktinformasjon.odt", to_odt(chat_brev())),
            ("Vedlegg 2 - DPIA chattetjeneste.odt", to_odt(CHAT_DPIA)),
            ("Vedlegg 4 - Utdrag av styreprotokoll 11.11.2026.pdf", to_pdf(CHAT_PROTOKOLL)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "student_welfare",
            "odt",
            "numbered_attachments",
            "cover_letter_odt",
            "appendix_pointer_missing",
            "risk_likelihood_consequence",
            "part5_board_protocol_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "necessity is only «Se vedlegg 3»; the mail promises vedlegg 1–4 but vedlegg 3 is not attached",
        missing=(3,),
    )


def b047() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei igjen,

        Jeg ser nå at vedlegg 3 (nødvendighet og forholdsmessighet) falt ut da jeg sendte
        anmodningen om chattetjenesten 17. november. Beklager det. Her er alle fire
        vedleggene på nytt, slik at saken er samlet i én e-post.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B047",
        FROM,
        "SV: Anmodning om forhåndsdrøftelse – chattetjeneste SiMN Helse",
        when(11, 24, 8, 17),
        body,
        attachments=[
            ("Vedlegg 1 - Følgebrev med kontaktinformasjon.odt", to_odt(chat_brev())),
            ("Vedlegg 2 - DPIA chattetjeneste.odt", to_odt(CHAT_DPIA)),
            ("Vedlegg 3 - Nødvendighet og forholdsmessighet.odt", to_odt(CHAT_NODVENDIGHET)),
            ("Vedlegg 4 - Utdrag av styreprotokoll 11.11.2026.pdf", to_pdf(CHAT_PROTOKOLL)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "student_welfare",
            "odt",
            "numbered_attachments",
            "cover_letter_odt",
            "appendix_pointer_attached",
            "risk_likelihood_consequence",
            "part5_board_protocol_pdf",
            "resubmission_complete",
        ),
        "pgp_mime",
        True,
        "used",
        "resends B027 with the missing vedlegg 3; all four attached, complete on its own",
    )


# --- D-e1: inneklimasensorer ----------------------------------------------------------------------


def b008() -> tuple[EmailMessage, Label]:
    databehandler = "Databehandler: Klimasans AS, kontaktperson Torbjørn Lie, tlf. 454 09 871, torbjorn.lie@klimasans.no"
    brev = folgebrev(
        "inneklimasensorer i Elgeseter studentby",
        "SiMN vil montere sensorer for inneklima i alle hybler i Elgeseter studentby. Sensorene kan avsløre når beboerne er hjemme og om de har besøk, og vi ber om forhåndsdrøftelse.",
        databehandler,
        [
            "Vedlegg 1 – Følgebrev med kontaktinformasjon",
            "Vedlegg 2 – Nødvendighet og forholdsmessighet",
            "Vedlegg 3 – DPIA inneklimasensorer",
            "Vedlegg 4 – Styreprotokoll 11.11.2026",
        ],
    )
    dpia = """
# DPIA – inneklimasensorer i Elgeseter studentby

Versjon 1.0, 4.11.2026

# 1 Beskrivelse av behandlingen

I alle 1 200 hybler i Elgeseter studentby monteres en sensor som måler CO2, temperatur, luftfuktighet, lydnivå (desibel, ikke lyd) og bevegelse. Målingene sendes hvert femte minutt til Klimasans AS sin plattform. Formålet er å forebygge fukt og mugg, styre ventilasjon og oppvarming, og oppdage brannrisiko og overbefolkning (mange flere personer enn hybelen er beregnet for). Driftsavdelingen får varsel ved høy fuktighet, høy temperatur eller CO2-nivå som tyder på mer enn tre personer over flere døgn.

Målingene lagres koblet til hybelnummer i 13 måneder. Hybelnummeret kan kobles til beboeren gjennom boligsystemet. Klimasans AS er databehandler; SiMN er behandlingsansvarlig.

# 2 Nødvendighet og forholdsmessighet

Se vedlegg 2.

# 3 Risikovurdering

| Risiko | Sannsynlighet | Konsekvens | Tiltak
| Målingene viser når beboeren er hjemme, sover og har besøk | Høy | Middels | Bare avvik varsles, ingen ansatte ser rådata per hybel, lagring med hybelnummer bare i 30 dager (deretter aggregert)
| Varsel om «overbefolkning» brukes mot beboere med kjæreste eller gjester | Middels | Høy | Varsel krever flere døgn over terskel, beboer kontaktes først med informasjon, ikke sanksjon
| Misbruk av tilgang hos driftspersonell | Lav | Middels | Tilgangsstyring og logg
| Lekkasje fra plattformen | Lav | Middels | Kryptering, avtale om varsling

Tiltak vurdert, men ikke gjennomført: Sensorer uten bevegelsesmåler. Forkastet fordi bevegelse trengs for å styre varmen etter bruk.

# 4 Behandling i styret

Styret behandlet vurderingen i møte 11. november 2026, sak 32/26, og godkjente den. Se vedlegg 4.
"""
    prot = protokoll(
        "11. november 2026",
        """
# Sak 32/26 Inneklimasensorer i Elgeseter studentby – vurdering av personvernkonsekvenser

Driftssjefen og personvernombudet presenterte vurderingen og funnene. Beboerrådet på Elgeseter hadde gitt skriftlig innspill, som ble lagt fram.

Vedtak: Styret godkjenner vurderingen. Administrasjonen ber Datatilsynet om forhåndsdrøftelse.
""",
    )
    body = (
        txt("""
        Hei,

        Vedlagt er anmodning om forhåndsdrøftelse for inneklimasensorer i Elgeseter
        studentby, med vedlegg 1–4 som nevnt i følgebrevet.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B008",
        FROM,
        "Forhåndsdrøftelse – inneklimasensorer Elgeseter studentby",
        when(11, 16, 10, 2),
        body,
        attachments=[
            ("Vedlegg 1 - Følgebrev med kontaktinformasjon.odt", to_odt(brev)),
            ("Vedlegg 2 - Nødvendighet og forholdsmessighet.odt", b""),
            ("Vedlegg 3 - DPIA inneklimasensorer.odt", to_odt(dpia)),
            ("Vedlegg 4 - Styreprotokoll 11.11.2026.pdf", to_pdf(prot)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "student_welfare",
            "odt",
            "numbered_attachments",
            "cover_letter_odt",
            "zero_byte_necessity",
            "risk_likelihood_consequence",
            "part5_board_protocol_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "necessity is «Se vedlegg 2», and vedlegg 2 is a zero-byte file",
        missing=(3,),
    )


# --- D-e2: tildeling av tilrettelagte boliger ----------------------------------------------------


def b028() -> tuple[EmailMessage, Label]:
    databehandler = "Databehandler: Hybelnett AS, kontaktperson Eirik Moe, tlf. 73 10 22 60, eirik.moe@hybelnett.no"
    brev = folgebrev(
        "prioritert tildeling av tilrettelagte boliger",
        "SiMN vil innføre en ny ordning for prioritert tildeling av tilrettelagte boliger til studenter med funksjonsnedsettelse, der søkerne laster opp helsedokumentasjon og vurderes med poeng. Restrisikoen er høy, og vi ber om forhåndsdrøftelse.",
        databehandler,
        [
            "Vedlegg 1 – Følgebrev med kontaktinformasjon",
            "Vedlegg 2 – DPIA tilrettelagte boliger",
            "Vedlegg 3 – Risikovurdering",
            "Vedlegg 4 – Protokoll fra styremøte 25.11.2026",
        ],
    )
    dpia = """
# DPIA – prioritert tildeling av tilrettelagte boliger

Versjon 2.0, 19.11.2026. Kontaktinformasjon står i vedlegg 1.

# 1 Beskrivelse av behandlingen

SiMN har 36 tilrettelagte boliger (rullestol, syn, hørsel, allergi). Fra høsten 2027 søker studentene gjennom søknadsportalen til Hybelnett AS og laster opp legeerklæring eller annen dokumentasjon på funksjonsnedsettelsen. Et tildelingsutvalg på tre ansatte (boligsjef, rådgiver i SiMN Helse og en rådgiver fra tilretteleggingstjenesten ved universitetet) gir poeng etter fastsatte kriterier: behov for tilrettelegging, studieprogresjon og om søkeren har alternativ bolig. Poengene avgjør rekkefølgen på ventelisten.

Vi venter 120–150 søknader i året. Opplysningene er diagnose, funksjonsbeskrivelse, legeerklæring, studieprogram og kontaktopplysninger. Dokumentasjonen slettes ett år etter tildelingen eller avslaget. Hybelnett AS drifter portalen i Norge som databehandler.

# 2 Nødvendighet og forholdsmessighet

Dagens ordning (først til mølla) gir ikke boligene til dem som trenger dem mest, og Likestillings- og diskrimineringsombudet har pekt på dette i en sak fra 2025. Vi ber bare om opplysninger som trengs for å vurdere behovet for tilrettelegging: vi ber om funksjonsbeskrivelse, ikke full journal, og søkeren kan sladde opplysninger som ikke gjelder behovet.

Søkerne får vite hvilke kriterier som brukes og hvor mange poeng de fikk, kan klage til klagenemnda for studentsamskipnaden, og kan be om innsyn og sletting. Ingen avgjørelse tas automatisk.

# 3 Risikovurdering

Se vedlegg 3.

# 4 Styrets behandling

Styret behandlet vurderingen 25. november 2026 i sak 36/26 og godkjente den (vedlegg 4).
"""
    risiko = """
# Vedlegg 3 – Risikovurdering, tilrettelagte boliger

| Risiko for søkerne | Sannsynlighet | Konsekvens | Gjennomført / planlagt tiltak | Restrisiko
| Helseopplysninger blir kjent for flere ansatte enn nødvendig | Middels | Høy | Bare tildelingsutvalget har tilgang, tilgangslogg, taushetserklæring | Middels
| Skjønnsmessig poenggiving gir forskjellsbehandling | Middels | Høy | Faste kriterier, to uavhengige vurderinger per søknad, klageadgang | Middels
| Søkere sender mer dokumentasjon enn nødvendig | Høy | Middels | Veiledning om hva som trengs, mulighet for sladding | Lav
| Dokumentasjon blir liggende etter at saken er ferdig | Middels | Middels | Automatisk sletting etter ett år | Lav

Tiltak vurdert, men ikke gjennomført: Å la universitetets tilretteleggingstjeneste vurdere behovet alene (SiMN får bare en anbefaling). Universitetet har ikke kapasitet i 2027; vurderes på nytt i 2028.
"""
    prot = protokoll(
        "25. november 2026",
        """
# Sak 36/26 Prioritert tildeling av tilrettelagte boliger – vurdering av personvernkonsekvenser

Boligsjefen presenterte ordningen og funnene i vurderingen. Styret hadde fått uttalelse fra Funksjonshemmedes Fellesorganisasjon Trøndelag og fra Velferdstinget.

Vedtak: Styret godkjenner vurderingen og ber om at Datatilsynet forhåndsdrøftes før ordningen innføres.
""",
    )
    body = (
        txt("""
        Hei,

        Studentsamskipnaden i Midt-Norge ber om forhåndsdrøftelse for prioritert
        tildeling av tilrettelagte boliger. Vedlegg:

        1. Følgebrev med kontaktinformasjon
        2. DPIA
        3. Risikovurdering
        4. Protokoll fra styremøtet 25. november

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B028",
        FROM,
        "Anmodning om forhåndsdrøftelse – tildeling av tilrettelagte boliger",
        when(11, 30, 14, 22),
        body,
        attachments=[
            ("Vedlegg 1 - Følgebrev.odt", to_odt(brev)),
            ("Vedlegg 2 - DPIA tilrettelagte boliger.odt", to_odt(dpia)),
            ("Vedlegg 3 - Risikovurdering.odt", to_odt(risiko)),
            ("Vedlegg 4 - Protokoll styremøte 25.11.2026.pdf", to_pdf(prot)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "student_welfare",
            "odt",
            "numbered_attachments",
            "cover_letter_odt",
            "appendix_pointer_attached",
            "risk_words_scale",
            "part5_board_protocol_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; DPIA ch. 3 points to vedlegg 3, which is attached",
    )


# --- D-e3: analyse for å avdekke ulovlig fremleie -------------------------------------------------


def b048() -> tuple[EmailMessage, Label]:
    dpia = """
# Vurdering av personvernkonsekvenser – analyse for å avdekke ulovlig fremleie

| Felt | Verdi
| Versjon | 1.3
| Dato | 17.11.2026
| Ansvarlig | Boligsjef Knut Arne Fossum
| Neste revisjon | TBD

# 1 Kontaktinformasjon

~ Kontaktperson: Henriette Lyng Aune, seniorrådgiver, tlf. 73 55 20 41, henriette.aune@simn.no
Personvernombud: Ole Petter Krogstad, tlf. 73 55 20 09, ole.petter.krogstad@simn.no
Databehandler: ingen (analysen kjøres i SiMNs eget datavarehus)

# 2 Beskrivelse av behandlingen

SiMN har anslagsvis 300–400 hybler som leies ut videre i strid med kontrakten, ofte til ikke-studenter og til svært høy pris. Vi vil hver måned kjøre en analyse av tre datakilder for alle 9 000 beboere: strømforbruk per hybel (fra smartmålerne), antall ulike enheter som logger seg på trådløsnettet i hybelen, og navn på mottakere av pakker i pakkeboksene. En hybel flagges når minst to av tre indikatorer avviker fra beboerens kontrakt (for eksempel pakker til et annet navn over flere måneder og uvanlig forbruksmønster).

Flaggede hybler gjennomgås av en boligrådgiver, som sender brev og innkaller beboeren til samtale. Analysen kjøres i SiMNs eget datavarehus, driftet av vår IT-avdeling; ingen databehandler er involvert. Resultatene lagres i seks måneder, eller til saken er avsluttet. SiMN er behandlingsansvarlig.

# 3 Nødvendighet og forholdsmessighet

Ulovlig fremleie tar boliger fra studenter på venteliste (2 800 i august 2026) og utsetter fremleietakere for ublu priser. Stikkprøvekontroller er prøvd i to år og avdekket få saker. Vi har begrenset analysen til tre indikatorer, bruker ikke innholdet i nettrafikk, bare antall enheter, og ingen avgjørelse tas uten samtale med beboeren. Beboerne informeres i kontrakten og på Min side, og kan se hvilke opplysninger som ble brukt hvis hybelen deres er flagget.

# 4 Risikovurdering

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| Beboere med samboer, kjæreste eller mange enheter flagges feil | Høy | Middels | To av tre indikatorer, manuell gjennomgang, samtale før tiltak | Middels
| Beboere opplever at SiMN overvåker hverdagen deres | Høy | Middels | Åpen informasjon, bare månedlig kjøring, ingen sanntid | Høy
| Pakkenavn avslører opplysninger om tredjepersoner | Middels | Lav | Bare navn, ikke avsender eller innhold, slettes etter analysen | Lav
| Tilgang for uvedkommende i datavarehuset | Lav | Middels | Tilgangskontroll, tofaktor, logg | Lav

Tiltak vurdert, men ikke gjennomført: Bruk av dørloggene fra låssystemet. Forkastet som for inngripende.

# 5 Styrets behandling

Styret behandlet vurderingen første gang 21. oktober 2026 (sak 29/26) og ba om at pakkedata ble begrenset til navn. Styret behandlet revidert vurdering 18. november 2026 (sak 33/26).

Utdrag av protokoll, sak 33/26: «Styret har gjennomgått revidert vurdering av personvernkonsekvenser, versjon 1.3, og Velferdstingets uttalelse. Styret godkjenner vurderingen. Fordi restrisikoen for opplevelsen av overvåking fortsatt er høy, ber styret administrasjonen om å be Datatilsynet om forhåndsdrøftelse.» Protokollen er signert av styreleder Eirik Tangen og sekretær Henriette Lyng Aune.
"""
    body = (
        txt("""
        Hei,

        Her kommer SiMNs anmodning om forhåndsdrøftelse for analyse av strøm, trådløsnett
        og pakkeboks for å avdekke ulovlig fremleie. Alt står i ett dokument denne gangen,
        også utdraget fra styreprotokollen.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B048",
        FROM,
        "Forhåndsdrøftelse – analyse for å avdekke ulovlig fremleie",
        when(11, 23, 9, 48),
        body,
        attachments=[("DPIA fremleieanalyse v1.3.odt", to_odt(dpia))],
    )
    return msg, Label(
        "nb",
        (
            "student_welfare",
            "odt",
            "single_document",
            "contact_lines_in_dpia",
            "processor_none_stated",
            "risk_words_scale",
            "part5_protocol_quoted_in_dpia",
            "tbd_in_field_only",
        ),
        "none",
        True,
        "none",
        "complete in one ODT; «Neste revisjon: TBD» is only a field; protocol quoted in ch. 5",
    )
