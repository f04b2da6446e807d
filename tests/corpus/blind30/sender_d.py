# ruff: noqa: E501
"""Sender D: Stiftelsen Ungdomslinja (NGO: anonymous chat and phone line for young people).

Habits: the head of digital services writes; contacts are in prose in the mail and in her
signature (with the helpline's own footer). The DPIA is a DOCX in a public-sector template
(«Digdir-malen» with seven numbered sections, including stakeholder involvement). Approval is the
CEO's e-mail pasted into the request (once forwarded as an attachment). Odd ids: AI triage of the
chat queue developed in-house (no processor); even ids: recording of conversations for
supervision (telephony provider as processor).
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, txt, when

ORG = "ngo_helpline"

NADIA = "Nadia Rahimi <nadia.rahimi@ungdomslinja.no>"
NADIA_SIG = """
Vennlig hilsen

Nadia Rahimi
Fagleder digitale tjenester
Stiftelsen Ungdomslinja
Tlf: 476 18 802
nadia.rahimi@ungdomslinja.no

Trenger du noen å snakke med? Chat med oss på ungdomslinja.no, alle kvelder kl. 18–23.
"""

CONTACTS_PROSE = """
Kontaktperson for saken er undertegnede (se signatur). Personvernombudet vårt er Mari Gundersen (20 % stilling), som nås på 51 55 03 20 eller personvernombud@ungdomslinja.no.
"""

# --- AI triage of the chat queue (odd ids, developed and run in-house) ------------------------

TRIAGE_1 = """
# Vurdering av personvernkonsekvenser

## KI-basert prioritering av chatkøen

~ Mal: Digdir – vurdering av personvernkonsekvenser (DPIA)
~ Versjon 1.1, 30. oktober 2026 – Stiftelsen Ungdomslinja

# 1 Behovet for en DPIA

Behandlingen gjelder særlige kategorier av personopplysninger om barn og unge, bruker ny teknologi (språkmodell) og påvirker hvem som får hjelp først. Den står på Datatilsynets liste over behandlinger som alltid krever DPIA.
"""

TRIAGE_2 = """
# 2 Beskrivelse av behandlingen

## 2.1 Art

Ungdomslinja besvarer om lag 62 000 chatsamtaler i året fra unge mellom 13 og 25 år. Samtalene er anonyme, men innholdet er ofte svært personlig: selvmordstanker, selvskading, vold, overgrep, spiseforstyrrelser, seksualitet. I travle perioder venter unge opptil 40 minutter i kø, og 14 prosent gir opp før de får svar.

Vi vil ta i bruk en språkmodell som leser de første meldingene i hver samtale som står i kø, og anslår om det er tegn på akutt fare (selvmordsfare, pågående vold eller overgrep). Samtaler med høy score flyttes fram i køen, og den frivillige som tar samtalen, ser et flagg. Ingen samtaler avvises eller besvares automatisk.

## 2.2 Omfang

Alle chatsamtaler, om lag 170 i døgnet. Modellen trenes på 18 000 historiske samtaler fra 2022–2025 som er pseudonymisert og merket av våre fagpersoner. Samtaletekst lagres som i dag i 30 dager, nå sammen med modellens score.

## 2.3 Sammenheng

Brukerne er mindreårige eller unge voksne i en sårbar situasjon, og de forventer at ingen andre enn en frivillig leser det de skriver. Mange oppgir navn, skole eller bosted i samtalen.

## 2.4 Formål, kilder, mottakere

Formålet er at de som er i størst fare, skal få svar først. Eneste kilde er samtalene selv. Ingen opplysninger sendes ut av Ungdomslinja, bortsett fra ved nødmelding til politi eller AMK, slik som i dag.

## 2.5 Ansvar og informasjonssikkerhet

Stiftelsen er behandlingsansvarlig. Modellen er utviklet av vår egen utviklingsavdeling og kjører på egne servere i et leid rack i et datasenter i Stavanger. Datasenteret har ikke tilgang til dataene, og det er ingen databehandler involvert. Treningsdata ligger på en isolert maskin uten nettilgang og slettes når modellen er ferdig trent. Tilgang styres med tofaktor og logges.
"""

TRIAGE_3_4 = """
# 3 Involvering av interessenter

Vi har drøftet løsningen med Ungdomspanelet (12 unge brukere), frivilligrådet, fagrådet vårt med to psykologer og personvernombudet.

# 4 Nødvendighet og proporsjonalitet

Vi har prøvd en enkel ordliste (2024). Den ga så mange falske treff at de frivillige sluttet å se på flaggene. Flere frivillige er ikke et realistisk alternativ: vi har rekruttert aktivt i to år uten å øke antallet vakter. Manuell prioritering av en ansatt fungerer bare på dagtid, mens pågangen er størst om kvelden.

Tiltak og garantier:

- Modellen prioriterer bare; alle samtaler besvares av et menneske.
- Informasjon før chatten starter: «Meldingene dine kan bli lest av et dataprogram som hjelper oss å svare dem som har det vanskeligst først.» Samme tekst på nettsiden, forklart for 13-åringer.
- Den som ikke vil at et program skal lese meldingene, kan ringe i stedet.
- Ingen lagring utover dagens 30 dager. Score og tekst slettes sammen.
- Modellen testes hver måned for skjevheter, blant annet for nynorsk, dialekt og unge som skriver på engelsk eller med mange skrivefeil.
- Treningsdata er pseudonymisert, ligger isolert og slettes etter trening.
- Rettslig grunnlag: art. 6 nr. 1 bokstav f og art. 9 nr. 2 bokstav c. Vi er usikre på om grunnlaget holder for treningen på historiske samtaler, og det er en av grunnene til at vi ber om forhåndsdrøftelse.
"""

TRIAGE_5_6 = """
# 5 Risikovurdering

| Risiko for de registrerte | Sannsynlighet | Alvorlighet | Samlet |
| En ung i akutt fare får lav score og venter lenger enn i dag | Middels | Svært alvorlig | Høy |
| Modellen fungerer dårligere for nynorsk, dialekt eller minoritetsspråk | Høy | Alvorlig | Høy |
| Frivillige stoler blindt på flagget og overser tegn i samtaler uten flagg | Middels | Alvorlig | Middels |
| Historiske samtaler i treningsdata kan identifisere enkeltpersoner | Lav | Svært alvorlig | Middels |
| Unge slutter å skrive ærlig fordi et program leser | Middels | Alvorlig | Middels |
| Uvedkommende får tilgang til samtaler og score | Lav | Svært alvorlig | Middels |

# 6 Tiltak

| Risiko | Tiltak gjennomført | Vurdert, ikke gjennomført (begrunnelse) |
| Lav score ved akutt fare | Alle samtaler med ord fra akuttlisten løftes uansett; maksimal ventetid for alle settes til 25 minutter | Å la modellen også varsle vakthavende leder direkte: for mange falske alarmer i test |
| Skjevheter | Månedlig test, ekstra treningsdata på nynorsk | Egen modell for nynorsk: for lite data |
| Blind tillit | Opplæring, flagget vises som «mulig», ikke som diagnose | Skjule flagget for de frivillige: da forsvinner mye av nytten |
| Treningsdata | Pseudonymisering, isolasjon, sletting | Syntetiske treningsdata: for dårlig kvalitet i forsøk |
| Ærlighet | Informasjon, telefon som alternativ | Reservasjonsknapp i chatten: vil lage en egen kø som blir tregere |
| Tilgang | Tofaktor, logg, egne servere | – |

Restrisikoen er høy for de to første punktene.

# 7 Konklusjon og godkjenning

Daglig leder har godkjent vurderingen, se e-post 4. november 2026.
"""

TRIAGE_CEO = """
Fra: Per-Kristian Vold <per.kristian.vold@ungdomslinja.no>
Sendt: onsdag 4. november 2026 17:12
Til: Nadia Rahimi <nadia.rahimi@ungdomslinja.no>
Kopi: Mari Gundersen <personvernombud@ungdomslinja.no>
Emne: SV: DPIA KI-prioritering – til godkjenning

Hei Nadia,

Takk for grundig arbeid. Jeg har lest DPIA-en (versjon 1.1), oppsummeringen av funnene fra testperioden og innspillene fra Ungdomspanelet, frivilligrådet og fagrådet. Jeg merker meg at restrisikoen er høy for unge i akutt fare som får lav score, og for skjevhet mot nynorsk og dialekt.

Jeg godkjenner vurderingen slik den foreligger. Vi tar ikke modellen i bruk før vi har hatt forhåndsdrøftelse med Datatilsynet. Send anmodningen så snart du kan.

Per-Kristian
Daglig leder, Stiftelsen Ungdomslinja
"""


def triage_docx(description: str = TRIAGE_2) -> bytes:
    return to_docx("\n".join([TRIAGE_1, description, TRIAGE_3_4, TRIAGE_5_6]))


def g007() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei,

        Ungdomslinja er en chat- og telefontjeneste for unge mellom 13 og 25 år. Vi jobber med en idé om å bruke en språkmodell til å prioritere chatkøen, slik at unge i akutt fare får svar først.

        Vi er tidlig i arbeidet og har ikke gjort noen vurdering av personvernkonsekvenser ennå. Før vi bruker mye ressurser på det, ønsker vi et veiledningsmøte med dere for å diskutere om vi tenker riktig om rettslig grunnlag, særlig for å trene modellen på gamle samtaler.

        Passer det med et møte i januar? Vi kan komme til Oslo eller ta det på Teams.
        """
        )
        + "\n"
        + txt(NADIA_SIG)
    )
    msg = message(
        "G007",
        NADIA,
        "Ønske om veiledningsmøte – KI i chattjenesten",
        when(11, 9, 9, 44),
        body,
    )
    return msg, Label(
        "nb",
        (ORG, "nonrequest_guidance"),
        "none",
        False,
        "unspecified",
        "not a request: asks for a guidance meeting, no DPIA done yet",
    )


def g027() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Til Datatilsynet

        Stiftelsen Ungdomslinja (org.nr. 987 655 102) ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for KI-basert prioritering av chatkøen vår. Vurderingen av personvernkonsekvenser ligger ved. Restrisikoen er høy på to punkter, se kapittel 5 og 6.
        """
        )
        + "\n"
        + txt(CONTACTS_PROSE)
        + "\n"
        + txt(
            """
        Løsningen er utviklet og driftes av våre egne ansatte, og vi bruker ikke databehandler til den.

        Daglig leders godkjenning limer jeg inn her:

        -----Opprinnelig melding-----
        """
        )
        + txt(TRIAGE_CEO)
        + "\n"
        + txt(NADIA_SIG)
    )
    msg = message(
        "G027",
        NADIA,
        "Anmodning om forhåndsdrøftelse – KI-prioritering av chat (Ungdomslinja)",
        when(11, 6, 10, 2),
        body,
        attachments=[("DPIA KI-prioritering chat v1.1.docx", triage_docx())],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "dpia_docx",
            "template_digdir",
            "contact_prose",
            "contact_is_sender_stated",
            "processor_none_stated",
            "risk_likelihood_consequence",
            "part5_ceo_email_pasted",
        ),
        "pgp_mime",
        True,
        "none",
        "complete; in-house model, no processor; CEO's approval e-mail pasted into the body",
    )


def g047() -> tuple[EmailMessage, Label]:
    desc = """
    # 2 Beskrivelse av behandlingen

    Se prosjektbeskrivelsen i søknaden til Stiftelsen Dam (vedlegg 3), som beskriver løsningen, datagrunnlaget og hvordan modellen skal brukes.
    """
    body = (
        txt(
            """
        Hei,

        Vedlagt følger DPIA for KI-prioritering av chatkøen hos Ungdomslinja, med anmodning om forhåndsdrøftelse.
        """
        )
        + "\n"
        + txt(CONTACTS_PROSE)
        + "\n"
        + txt(
            """
        Vi bruker ingen databehandler; alt kjører på egne servere.

        Godkjenningen fra daglig leder:

        """
        )
        + txt(TRIAGE_CEO)
        + "\n"
        + txt(NADIA_SIG)
    )
    msg = message(
        "G047",
        NADIA,
        "Forhåndsdrøftelse KI-prioritering",
        when(11, 10, 15, 37),
        body,
        attachments=[("DPIA KI-prioritering chat v1.1.docx", triage_docx(txt(desc)))],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "dpia_docx",
            "template_digdir",
            "contact_prose",
            "contact_is_sender_stated",
            "processor_none_stated",
            "risk_likelihood_consequence",
            "part5_ceo_email_pasted",
            "description_elsewhere_not_sent",
        ),
        "none",
        True,
        "none",
        "part 2 missing: section 2 refers to a grant application («vedlegg 3») that is not attached; only the DPIA docx is sent",
        missing=(2,),
    )


# --- recording of conversations for supervision (even ids) ------------------------------------

TELE = "Telekanal Nord AS v/ Siri Amundsen, kundeansvarlig, tlf. 23 45 67 00, siri.amundsen@telekanalnord.no"

REC_1_2 = f"""
# Vurdering av personvernkonsekvenser

## Opptak og lagring av samtaler for veiledning og opplæring av frivillige

~ Mal: Digdir – vurdering av personvernkonsekvenser (DPIA)
~ Versjon 1.0, 5. november 2026 – Stiftelsen Ungdomslinja
~ Databehandler: {TELE}

# 1 Behovet for en DPIA

Opptak av samtaler med barn og unge om svært personlige forhold, lagret over tid og brukt til vurdering av frivillige, gir høy risiko. Vi har derfor gjort en DPIA.

# 2 Beskrivelse av behandlingen

## 2.1 Art

I dag tas verken telefonsamtaler eller chatter vare på lenger enn 30 dager, og ingen lytter til telefonsamtaler i etterkant. Fra mars 2027 vil vi ta opp alle telefonsamtaler og lagre chatlogger slik at fagveiledere kan gå gjennom et tilfeldig utvalg (5 prosent) og alle samtaler som er merket som alvorlige. Veiledningen brukes til å gi de frivillige tilbakemelding. Utvalgte opptak brukes i kurs for nye frivillige, etter at stemmen er forvrengt og gjenkjennbare detaljer er fjernet.

## 2.2 Omfang

Om lag 38 000 telefonsamtaler og 62 000 chatter i året. 300 frivillige og 9 fagveiledere. Innringerne er mellom 13 og 25 år.

## 2.3 Sammenheng

Innringerne er anonyme, men stemmen og innholdet kan identifisere dem. De frivillige er ulønnede, og tilbakemeldingene kan oppleves som en vurdering av dem som personer.

## 2.4 Formål, kilder og mottakere

Formålet er kvalitet i samtalene og bedre opplæring. Kilden er samtalene. Opptakene ses bare av fagveiledere og av den frivillige selv. Politiet får ikke utlevert opptak uten kjennelse.

## 2.5 Ansvar og sikkerhet

Stiftelsen er behandlingsansvarlig. Telekanal Nord AS leverer telefoniplattformen med opptak og lagring i Norge og er databehandler etter avtale av 20. oktober 2026. Opptak krypteres, tilgang krever tofaktor, og alle avspillinger logges.
"""

REC_3_4 = """
# 3 Involvering av interessenter

Frivilligrådet, Ungdomspanelet, fagveilederne og personvernombudet har gitt innspill. Ungdomspanelet var delt: flere sa at de ville ha ringt likevel, men to sa at de ikke ville ringt om de visste at samtalen ble tatt opp.

# 4 Nødvendighet og proporsjonalitet

Helsedirektoratet stiller krav om et system for kvalitetssikring som vilkår for tilskuddet. I dag bygger veiledningen bare på de frivilliges egne referater, som fagveilederne mener er for lite pålitelige. Vi har prøvd medlytting i sanntid, men det krever en fagveileder per to frivillige og kan bare gjøres på dagtid.

Tiltak og garantier:

- Innringeren får beskjed før samtalen starter og kan trykke 1 for å ringe uten opptak.
- Vanlige opptak slettes etter 90 dager. Samtaler merket som alvorlige lagres i 12 måneder for å kunne følge opp hendelser.
- Opptak brukes i kurs bare med forvrengt stemme og uten gjenkjennbare detaljer, og godkjennes av fagleder.
- Veiledningen skal bare brukes til læring, ikke til å avslutte frivillige, med unntak av alvorlige brudd på taushetsplikten.
- De frivillige får innsyn i alle sine egne opptak og vurderinger.
"""

REC_5_6 = """
# 5 Risikovurdering

| Risiko | Sannsynlighet | Alvorlighet | Samlet |
| Opptak av barn i krise kommer på avveie | Lav | Svært alvorlig | Middels |
| Unge lar være å ringe fordi samtalen tas opp | Middels | Svært alvorlig | Høy |
| Opptak i kurs gjenkjennes av noen som kjenner innringeren | Lav | Alvorlig | Middels |
| Frivillige opplever overvåking og kontroll | Høy | Moderat | Middels |
| Politi eller andre krever utlevering av opptak | Middels | Alvorlig | Middels |
| Leverandøren får tilgang til innholdet | Lav | Alvorlig | Lav |

# 6 Tiltak

| Risiko | Tiltak gjennomført | Vurdert, ikke gjennomført |
| På avveie | Kryptering, tofaktor, logg, 90 dager | Lokal lagring på egne servere: plattformen støtter ikke det |
| Unge lar være å ringe | Tydelig informasjon, «trykk 1» for samtale uten opptak | Ingen opptak av telefon, bare chat: da mister vi halvparten av grunnlaget |
| Gjenkjenning i kurs | Stemmeforvrenging, fjerning av detaljer, godkjenning | Bruke skuespillere i stedet: for kostbart nå, vurderes i 2028 |
| Frivillige | Innsyn, læringsformål, tillitsperson for frivillige | – |
| Utlevering | Bare ved kjennelse | – |
| Leverandør | Databehandleravtale, revisjon | – |

Restrisikoen for at unge lar være å ringe er fortsatt høy.

# 7 Konklusjon og godkjenning

Godkjent av daglig leder 12. november 2026 (e-post).
"""

REC_CEO = """
Fra: Per-Kristian Vold <per.kristian.vold@ungdomslinja.no>
Sendt: torsdag 12. november 2026 16:40
Til: Nadia Rahimi <nadia.rahimi@ungdomslinja.no>
Kopi: Mari Gundersen <personvernombud@ungdomslinja.no>
Emne: SV: DPIA opptak av samtaler – til godkjenning

Hei Nadia,

Jeg har gått gjennom DPIA-en og oppsummeringen av funnene, og lest innspillene fra frivilligrådet, Ungdomspanelet og personvernombudet. Jeg er enig i at risikoen for at unge lar være å ringe er den vi må ta på alvor.

Jeg godkjenner vurderingen slik den foreligger, og at vi ikke starter opptak før vi har hatt forhåndsdrøftelse med Datatilsynet. Send den inn.

Per-Kristian
"""

REC_CONTACTS = """
Kontaktperson er undertegnede. Personvernombud: Mari Gundersen, tlf. 51 55 03 20, personvernombud@ungdomslinja.no. Databehandler for telefoniplattformen er Telekanal Nord AS, og kontaktperson der er Siri Amundsen (kundeansvarlig), tlf. 23 45 67 00, siri.amundsen@telekanalnord.no.
"""


def rec_docx(risk: str = REC_5_6) -> bytes:
    return to_docx("\n".join([REC_1_2, REC_3_4, risk]))


def g008() -> tuple[EmailMessage, Label]:
    risk = """
    # 5 Risikovurdering

    Risikovurderingen er gjort i eget regneark, se vedlegg «Risikovurdering opptak.xlsx».

    # 6 Tiltak

    Tiltakene står sammen med risikoene i regnearket.

    # 7 Konklusjon og godkjenning

    Godkjent av daglig leder 12. november 2026 (e-post).
    """
    body = (
        txt(
            """
        Hei,

        Ungdomslinja ber om forhåndsdrøftelse for opptak og lagring av samtaler. DPIA og risikovurdering er vedlagt.
        """
        )
        + "\n"
        + txt(REC_CONTACTS)
        + "\n"
        + txt(
            """
        Godkjenningen fra daglig leder limer jeg inn under.

        """
        )
        + txt(REC_CEO)
        + "\n"
        + txt(NADIA_SIG)
    )
    msg = message(
        "G008",
        NADIA,
        "Anmodning om forhåndsdrøftelse – opptak av samtaler",
        when(11, 16, 11, 18),
        body,
        attachments=[
            ("DPIA opptak av samtaler v1.0.docx", rec_docx(txt(risk))),
            ("Risikovurdering opptak.xlsx", b""),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "dpia_docx",
            "template_digdir",
            "contact_prose",
            "contact_is_sender_stated",
            "processor_contact_body",
            "part5_ceo_email_pasted",
            "zero_byte_risk_assessment",
        ),
        "none",
        True,
        "used",
        "part 4 missing: the DPIA points to a risk spreadsheet that is attached with zero bytes",
        missing=(4,),
    )


def g028() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Til Datatilsynet

        Stiftelsen Ungdomslinja ber om forhåndsdrøftelse for planlagt opptak og lagring av samtaler til bruk i veiledning og opplæring av frivillige. Vedlagt er vurderingen av personvernkonsekvenser. Restrisikoen er høy for at unge lar være å ringe oss.
        """
        )
        + "\n"
        + txt(REC_CONTACTS)
        + "\n"
        + txt(
            """
        Her er e-posten der daglig leder godkjenner DPIA-en:

        """
        )
        + txt(REC_CEO)
        + "\n"
        + txt(NADIA_SIG)
    )
    msg = message(
        "G028",
        NADIA,
        "Forhåndsdrøftelse – opptak av samtaler, Ungdomslinja",
        when(11, 13, 8, 59),
        body,
        attachments=[("DPIA opptak av samtaler v1.0.docx", rec_docx())],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "dpia_docx",
            "template_digdir",
            "contact_prose",
            "contact_is_sender_stated",
            "processor_contact_body",
            "risk_likelihood_consequence",
            "part5_ceo_email_pasted",
        ),
        "none",
        True,
        "used",
        "complete; CEO's approval pasted into the body",
    )


def ceo_eml() -> EmailMessage:
    inner = message(
        "G048i",
        "Per-Kristian Vold <per.kristian.vold@ungdomslinja.no>",
        "SV: DPIA opptak av samtaler – til godkjenning",
        when(11, 12, 16, 40),
        txt(REC_CEO.split("\n\n", 1)[1]),
        to="Nadia Rahimi <nadia.rahimi@ungdomslinja.no>",
        cc="Mari Gundersen <personvernombud@ungdomslinja.no>",
    )
    return inner


def g048() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei,

        Vedlagt er Ungdomslinjas anmodning om forhåndsdrøftelse for opptak av samtaler: DPIA-en, og e-posten fra daglig leder der han godkjenner den (lagt ved som egen melding).
        """
        )
        + "\n"
        + txt(REC_CONTACTS)
        + "\n"
        + txt(NADIA_SIG)
    )
    msg = message(
        "G048",
        NADIA,
        "Anmodning om forhåndsdrøftelse (opptak av samtaler)",
        when(11, 14, 12, 21),
        body,
        attachments=[("DPIA opptak av samtaler v1.0.docx", rec_docx())],
        forwarded=("SV DPIA opptak av samtaler - til godkjenning.eml", ceo_eml()),
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "dpia_docx",
            "template_digdir",
            "contact_prose",
            "contact_is_sender_stated",
            "processor_contact_body",
            "risk_likelihood_consequence",
            "part5_email_forwarded_eml",
            "forwarded_rfc822",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; the CEO's approval attached as a message/rfc822",
    )
