"""Sender I: Stiftelsen Lyspunktet (NGO: low-threshold services for youth and people with substance use,
45 staff and 300 volunteers), bokmål.

A small organisation using an umbrella network's «DPIA-mal for frivillige organisasjoner v1.2»,
filled in with LibreOffice (ODT): contacts one column per role, description, a Ja/Nei/Delvis
checklist with comments, a risk matrix and «Styrets behandling». The data protection officer is a
local lawyer bought in. Mails are short and warm; once everything is written in the mail (inline PGP),
once a complaint about a municipality.
"""

# ruff: noqa: E501

from __future__ import annotations

from extra import signed_page
from forms import doc, tbl
from kit import Label, message, to_odt, txt, vcard, when

TOPICS = {
    "c017": "anonym chattjeneste for unge med KI-basert prioritering",
    "c037": "registrering av brukere i lavterskel helsetilbud",
    "c057": "kommunens krav om navnelister fra natthjemmet (klage)",
    "c018": "giverregister med formuesscreening",
    "c038": "kroppskamera for oppsøkende feltarbeidere",
    "c058": "felles digital oppfølgingsplattform med kommunens rustjeneste",
}

SENDER = "Mona Iversen <mona.iversen@lyspunktet.no>"
SIGN = "\n" + txt(
    """
    Varme hilsener
    Mona Iversen
    daglig leder, Stiftelsen Lyspunktet
    Møllergata 14, 3015 Drammen
    tlf 32 20 14 50 / mob 948 33 071
    www.lyspunktet.no – org.nr 998 117 452
    """
)
DPO = ("advokat Siri Bjerke, Bjerke Advokatkontor", "32 83 40 20", "siri@bjerkeadvokat.no")
MONA = ("Mona Iversen, daglig leder", "948 33 071", "mona.iversen@lyspunktet.no")
CHECK_HEAD = ("Spørsmål", "Ja", "Nei", "Delvis", "Kommentar")


def kontakt(kp: tuple[str, str, str], dpo: tuple[str, str, str], db: tuple[str, str, str]) -> str:
    return tbl(
        ("", "Kontaktperson", "Personvernombud", "Databehandler"),
        ("Navn", kp[0], dpo[0], db[0]),
        ("Telefon", kp[1], dpo[1], db[1]),
        ("E-post", kp[2], dpo[2], db[2]),
    )


def check(*rows: tuple[str, str, str]) -> str:
    out = [CHECK_HEAD]
    for q, svar, kommentar in rows:
        out.append((q, *("X" if svar == s else "" for s in ("Ja", "Nei", "Delvis")), kommentar))
    return tbl(*out)


def mal(
    tittel: str,
    kontakt_tbl: str,
    beskrivelse: list[tuple[str, str]],
    sjekk: str,
    risiko: list[tuple[str, ...]],
    ikke: list[tuple[str, str]],
    styret: list[tuple[str, str, str]],
) -> str:
    return doc(
        "# DPIA – vurdering av personvernkonsekvenser",
        f"## {tittel}",
        "Stiftelsen Lyspunktet. Mal: DPIA-mal for frivillige organisasjoner v1.2 (personvernnettverket for frivillig sektor).",
        "# Del 1 Kontaktinformasjon",
        kontakt_tbl,
        "# Del 2 Beskrivelse av behandlingen",
        tbl(("Spørsmål", "Svar"), *beskrivelse),
        "# Del 3 Nødvendighet, forholdsmessighet og de registrertes rettigheter",
        sjekk,
        "# Del 4 Risikovurdering",
        "S og K: 1 (lav) – 4 (svært høy). Risiko = S x K. Over 8 = må ha tiltak.",
        tbl(
            ("ID", "Hva kan skje?", "S", "K", "Risiko", "Tiltak", "Restrisiko", "Ansvarlig"),
            *risiko,
        ),
        "## Tiltak vi har vurdert, men ikke gjennomført",
        tbl(("Tiltak", "Hvorfor ikke"), *ikke),
        "# Del 5 Styrets behandling",
        tbl(("Behandlet i styret", "Vedtak", "Signatur styreleder"), *styret),
    )


# --- c017 / I017: anonymous chat with AI triage, complete, photographed board minutes -----------


def c017() -> tuple:
    body = mal(
        "Anonym chattjeneste for unge (Lyspunktet Chat) med KI-basert prioritering av køen",
        kontakt(
            ("Daniel Ahmadi, fagleder", "412 55 809", "daniel.ahmadi@lyspunktet.no"),
            DPO,
            ("Eivind Thorsen, Chatvakt AS", "+47 477 21 904", "eivind.thorsen@chatvakt.no"),
        ),
        [
            (
                "Hva skal vi gjøre og hvorfor?",
                "Unge 13–25 år kan chatte anonymt med frivillige og ansatte om rus, psykisk helse, vold og selvskading. Køen er lang på kveldstid. En språkmodell leser første melding og setter samtaler med tegn på selvmordsfare eller akutt fare først i køen.",
            ),
            (
                "Hvem gjelder det?",
                "Unge som chatter (ca. 14 000 samtaler/år), frivillige og ansatte.",
            ),
            (
                "Hvilke opplysninger?",
                "Chatinnhold (ofte helse, rus, vold, seksualitet), alder og kjønn hvis oppgitt, fylke hvis oppgitt, prioritetsnivå fra modellen, IP-adresse (kun i 24 t for misbruk).",
            ),
            ("Hvor kommer opplysningene fra?", "Brukeren selv."),
            (
                "Hvem får opplysningene?",
                "Den som besvarer chatten. Nødetater kun hvis brukeren selv oppgir identitet og ber om hjelp, eller ved fare for liv (nødrett).",
            ),
            (
                "Hvor lagres de og hvor lenge?",
                "Chatvakt-plattformen (Norge). Samtaler slettes etter 30 dager (veiledning av frivillige). Prioritetsmodellen kjører i samme plattform; ingen data til eksterne KI-leverandører.",
            ),
            (
                "Rettslig grunnlag",
                "Art. 6 nr. 1 bokstav f og art. 9 nr. 2 bokstav d (ideell organisasjon) og c (vitale interesser ved akutt fare).",
            ),
            (
                "Hvorfor høy risiko?",
                "Sårbare unge og barn, helseopplysninger, ny teknologi som påvirker hvem som får hjelp først.",
            ),
        ],
        check(
            (
                "Er behandlingen nødvendig for formålet?",
                "Ja",
                "21 % av samtalene i kø ble avsluttet før svar i 2025; vi må finne de mest akutte først.",
            ),
            (
                "Har vi vurdert mindre inngripende løsninger?",
                "Ja",
                "Nøkkelord-liste (prøvd: mange feil), manuell gjennomlesing av kø (ikke kapasitet), flere frivillige (rekrutterer, men ikke nok).",
            ),
            (
                "Samler vi bare inn det vi trenger?",
                "Ja",
                "Anonym tjeneste, ingen innlogging, ingen telefonnummer. IP slettes etter 24 t.",
            ),
            (
                "Får brukerne informasjon?",
                "Ja",
                "Kort tekst før chatten starter, tilpasset alder; lenke til personvernerklæring.",
            ),
            (
                "Kan brukerne slette eller få innsyn?",
                "Delvis",
                "Bruker kan slette samtalen selv med knapp; innsyn er vanskelig når tjenesten er anonym – vi forklarer dette.",
            ),
            (
                "Tar maskinen avgjørelser alene?",
                "Nei",
                "Modellen endrer bare rekkefølge; alle får svar. Vakthavende ser hele køen og kan flytte samtaler.",
            ),
        ),
        [
            (
                "R1",
                "Modellen overser en akutt samtale som havner bak i køen",
                "3",
                "4",
                "12",
                "Alle i kø får automatisk melding med nødnummer; vakthavende ser køen; evaluering hver måned",
                "8",
                "Fagleder",
            ),
            (
                "R2",
                "Chatinnhold lekker (brudd hos leverandør)",
                "1",
                "4",
                "4",
                "Kryptering, sletting 30 dager, avtale",
                "4",
                "Daglig leder",
            ),
            (
                "R3",
                "Unge tror chatten er helt anonym, men IP lagres",
                "2",
                "3",
                "6",
                "Informasjon om 24 t IP-lagring",
                "3",
                "Daglig leder",
            ),
            (
                "R4",
                "Modellen prioriterer skjevt (f.eks. gutter, minoritetsspråk)",
                "3",
                "3",
                "9",
                "Test med anonymiserte samtaler, språk utover norsk sendes rett til vakthavende",
                "6",
                "Fagleder",
            ),
        ],
        [
            (
                "Bruke stor kommersiell språkmodell (bedre treff)",
                "Ville sende chatinnhold til tredjeland/ekstern leverandør.",
            )
        ],
        [
            (
                "Styremøte 21.10.2026 (sak 31/26)",
                "Styret godkjenner DPIA og ber om forhåndsdrøftelse. Se protokoll (foto).",
                "Per Kristian Lunde (se protokoll)",
            )
        ],
    )
    page = signed_page(
        "STIFTELSEN LYSPUNKTET\nProtokoll fra styremøte 21.10.2026\n\nTil stede: Per Kristian Lunde (leder), Hanne Bøe, Ali Rahimi, Torill Sand, Jonas Brekke (ansattes repr.). Fra adm.: Mona Iversen, Daniel Ahmadi.\n\nSak 31/26 Lyspunktet Chat – KI-prioritering av køen. DPIA\nFagleder la fram DPIA og erfaringer fra testperioden. Ungdomsrådet har testet løsningen og gitt innspill (bedre informasjon før chat, sletteknapp), som er tatt inn. Personvernombudet (adv. Bjerke) mener restrisikoen R1 er høy og anbefaler forhåndsdrøftelse. Saken ble første gang drøftet i styret 16.09.\n\nVedtak: Styret godkjenner DPIA-en. Vi vil ta i bruk prioriteringen, men først etter at Datatilsynet er konsultert. Daglig leder sender anmodning.",
        ["Per Kristian Lunde, styreleder", "Hanne Bøe, styremedlem"],
        seed=1717,
        tilt=-1.2,
    )
    mail = txt(
        """
        Hei!

        Stiftelsen Lyspunktet ber om forhåndsdrøftelse for KI-prioritering av køen i chattjenesten vår for unge. Vedlagt er DPIA-skjemaet vårt og bilde av protokollen fra styremøtet (signert).

        Si gjerne fra om noe er uklart, vi er en liten organisasjon og har gjort så godt vi kan.
        """
    )
    msg = message(
        "c017",
        SENDER,
        "Anmodning om forhåndsdrøftelse - Lyspunktet Chat",
        when(11, 10, 20, 46),
        mail + SIGN,
        attachments=[
            ("DPIA Lyspunktet Chat.odt", to_odt(body)),
            ("styreprotokoll 21.10.jpg", page),
        ],
    )
    return msg, Label(
        "nb",
        (
            "ngo",
            "odt",
            "form_odt_checklist",
            "contacts_column_per_role",
            "processor_contact_table",
            "checklist_ja_nei_delvis",
            "risk_matrix_table",
            "measures_not_taken_table",
            "part5_photographed_minutes_jpeg",
            "children",
            "health_data",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; umbrella template filled in LibreOffice (ODT), contacts one column per role with the bought-in DPO, checklist with comments, board minutes photographed (JPEG) with stakeholders and decision",
    )


# --- c037 / I037: user registration, contact person without phone ---------------------------------


def c037() -> tuple:
    body = mal(
        "Registrering av brukere i lavterskel helsetilbud (sprøyteutdeling, naloksone, sårstell)",
        kontakt(
            ("Mona Iversen, daglig leder", "", "post@lyspunktet.no"),
            DPO,
            (
                "Rita Engen, Frivillig Journal AS",
                "+47 930 14 227",
                "rita.engen@frivilligjournal.no",
            ),
        ),
        [
            (
                "Hva skal vi gjøre og hvorfor?",
                "Kommunen krever fra 2027 at vi registrerer hvem som får naloksone og sårstell, for å kunne følge opp og rapportere. I dag er tilbudet anonymt. Vi vil registrere brukere med kallenavn + fødselsår, og fullt navn bare når brukeren ønsker oppfølging.",
            ),
            (
                "Hvem gjelder det?",
                "Ca. 600 brukere av lavterskeltilbudet, mange i aktiv rus, noen uten fast bopel.",
            ),
            (
                "Hvilke opplysninger?",
                "Kallenavn, fødselsår, kjønn, utleverte varer (sprøyter, naloksone), sårstell (helseopplysning), eventuelt navn og telefon ved oppfølging.",
            ),
            (
                "Hvor kommer opplysningene fra?",
                "Brukeren selv og ansatte (sykepleier) som registrerer.",
            ),
            (
                "Hvem får opplysningene?",
                "Ansatte i tilbudet. Kommunen får kun tall (antall brukere, antall naloksonesett).",
            ),
            (
                "Hvor lagres de og hvor lenge?",
                "Frivillig Journal (journalsystem for ideelle, Norge). Sårstell-journal etter pasientjournalloven (10 år), øvrige registreringer 2 år.",
            ),
            (
                "Rettslig grunnlag",
                "Art. 6 nr. 1 bokstav c og e (tilskuddsavtale med kommunen, helse- og omsorgstjenesteloven), art. 9 nr. 2 bokstav h for sårstell.",
            ),
            (
                "Hvorfor høy risiko?",
                "Svært sårbare personer, helse og rus, fare for at politi eller andre får tilgang, brukere kan slutte å komme.",
            ),
        ],
        check(
            (
                "Er behandlingen nødvendig for formålet?",
                "Delvis",
                "Kommunen krever det for tilskudd; for sårstell er journal lovpålagt. Vi har argumentert for å beholde anonymitet for sprøyteutdeling, og kommunen har godtatt kallenavn.",
            ),
            (
                "Har vi vurdert mindre inngripende løsninger?",
                "Ja",
                "Kun telling (kommunen godtar ikke for naloksone), fullt navn (for inngripende).",
            ),
            (
                "Samler vi bare inn det vi trenger?",
                "Ja",
                "Kallenavn og fødselsår; navn bare ved ønske om oppfølging.",
            ),
            (
                "Får brukerne informasjon?",
                "Ja",
                "Muntlig og på plakat på flere språk; brukerrådet har laget tekst.",
            ),
            (
                "Kan brukerne slette eller få innsyn?",
                "Ja",
                "Innsyn og sletting av ikke-journalpliktige opplysninger når som helst.",
            ),
            (
                "Kan brukerne fortsatt bruke tilbudet anonymt?",
                "Ja",
                "Sprøyter og rådgivning uten registrering.",
            ),
        ),
        [
            (
                "R1",
                "Brukere slutter å komme fordi de blir registrert (overdosefare)",
                "3",
                "4",
                "12",
                "Kallenavn, anonym sprøyteutdeling, brukerråd involvert",
                "8",
                "Daglig leder",
            ),
            (
                "R2",
                "Politi ber om opplysninger",
                "2",
                "4",
                "8",
                "Taushetsplikt, rutine for henvendelser, advokat",
                "4",
                "Daglig leder",
            ),
            (
                "R3",
                "Kommunen får opplysninger om enkeltpersoner",
                "2",
                "4",
                "8",
                "Kun tall i rapport, avtale",
                "4",
                "Daglig leder",
            ),
            (
                "R4",
                "Uautorisert tilgang i journal",
                "1",
                "4",
                "4",
                "Tofaktor, logg",
                "4",
                "Fagleder",
            ),
        ],
        [("Nekte kommunens krav", "Ville miste tilskudd og tilbudet ville blitt lagt ned.")],
        [
            (
                "Styremøte 24.11.2026 (sak 37/26)",
                "Styret godkjenner DPIA. Vi vil starte registrering 1. februar og ber om forhåndsdrøftelse fordi R1 er høy. Brukerrådet og personvernombudet er hørt.",
                "Per Kristian Lunde (signert på papir)",
            )
        ],
    )
    mail = txt(
        """
        Hei

        Vi sender DPIA for registrering i lavterskeltilbudet vårt og ber om forhåndsdrøftelse. Styret har behandlet saken (se del 5).

        Mvh Mona
        Sendt fra min iPhone
        """
    )
    msg = message(
        "c037",
        SENDER,
        "forhåndsdrøftelse registrering lavterskel",
        when(11, 30, 22, 14),
        mail,
        attachments=[("DPIA registrering lavterskel.odt", to_odt(body))],
    )
    return msg, Label(
        "nb",
        (
            "ngo",
            "odt",
            "form_odt_checklist",
            "contacts_column_per_role",
            "processor_contact_table",
            "checklist_ja_nei_delvis",
            "risk_matrix_table",
            "p1_contact_no_phone",
            "contact_no_phone_signature",
            "health_data",
        ),
        "none",
        True,
        "used",
        "part 1 missing: the contact person's phone cell is empty and the e-mail is the general post@ address; the mail is sent from a phone without the usual signature, so no phone number for the contact person anywhere in this message. DPO and processor complete. Parts 2–5 present (board decision in Del 5 with stakeholders)",
        missing=(1,),
    )


# --- c057 / I057: complaint about a municipality, not a request ------------------------------------


def c057() -> tuple:
    mail = txt(
        """
        Til Datatilsynet

        Klage – Drammenslia kommunes krav om navnelister fra natthjemmet

        Stiftelsen Lyspunktet driver natthjemmet «Lyset» (18 senger) på oppdrag fra Drammenslia kommune. I et brev av 20. november 2026 krever kommunen at vi hver morgen sender navn og fødselsdato på alle som har overnattet til kommunens NAV-kontor og til kommunens «koordineringsgruppe», der også politiet deltar. Begrunnelsen er «oversikt og samordning».

        Vi mener kravet er i strid med personvernregelverket: det gjelder svært sårbare mennesker, opplysningene røper rusbruk og bostedsløshet, og vi kan ikke se at kommunen har behandlingsgrunnlag for å få dem daglig. Vi har ikke gjort noen DPIA for dette, fordi vi ikke ønsker å gjennomføre det. Kommunen har ikke svart på vårt brev av 25. november.

        Vi ber Datatilsynet vurdere saken. Kommunens brev og vårt svar ligger ved som tekst nedenfor.

        --- Utdrag fra kommunens brev 20.11.2026 ---
        «Fra 1. januar 2027 skal operatør av natthjemmet oversende daglig liste over overnattende (navn, fødselsdato) til NAV Drammenslia og koordineringsgruppen. Manglende oversendelse vil bli vurdert som brudd på avtalen.»

        --- Utdrag fra vårt svar 25.11.2026 ---
        «Vi kan ikke se at kommunen har rettslig grunnlag for å kreve dette, og ber om at kravet trekkes.»

        Personvernombudet vårt, advokat Siri Bjerke, er orientert.
        """
    )
    msg = message(
        "c057",
        SENDER,
        "Klage - kommunens krav om navnelister fra natthjemmet",
        when(12, 10, 11, 30),
        mail + SIGN,
    )
    return msg, Label(
        "nb",
        ("ngo", "nonrequest_complaint", "mentions_dpia"),
        "none",
        False,
        "unspecified",
        "not a request: complaint about a municipality's demand for daily name lists from a night shelter; explicitly no DPIA. Parts as they are: 1 missing (DPO named without phone or e-mail), 2–5 missing",
        missing=(1, 2, 3, 4, 5),
    )


# --- c018 / I018: wealth screening of donors, all in a plain-text mail (inline PGP) -------------


def c018() -> tuple:
    body = txt(
        """
        Til Datatilsynet

        ANMODNING OM FORHÅNDSDRØFTELSE – GIVERREGISTER MED FORMUESSCREENING

        Vi sender alt i denne e-posten, kryptert med PGP slik det står på nettsidene deres. Vi har fylt ut malen vår og kopiert svarene inn her.

        DEL 1 KONTAKTINFORMASJON
        Kontaktperson: Mona Iversen, daglig leder, tlf 948 33 071, mona.iversen@lyspunktet.no
        Personvernombud: advokat Siri Bjerke, Bjerke Advokatkontor, tlf 32 83 40 20, siri@bjerkeadvokat.no
        Databehandler: Givertjenesten AS v/ Ole Martin Dahl, tlf 915 60 283, olemartin@givertjenesten.no

        DEL 2 BESKRIVELSE
        Hva: Givertjenesten skal berike giverregisteret vårt (ca. 21 000 givere) med beregnet «giverpotensial» ut fra offentlige skattelister (inntekt og formue), boligverdi og om personen har gitt store gaver til andre. De 300 med høyest potensial skal få personlig henvendelse fra styreleder.
        Hvem: Alle givere som har gitt de siste 5 årene.
        Opplysninger: Navn, adresse, gavehistorikk hos oss, beregnet inntekts-/formuesnivå (5 klasser), boligverdi (klasse), giverpotensial (A–E).
        Kilder: Vårt giverregister, skattelistene, eiendomsregisteret (via Givertjenesten).
        Mottakere: Daglig leder og styreleder ser listen over de 300. Givertjenesten er databehandler.
        Lagring: Givertjenesten (Norge). Potensialklasse lagres 2 år, deretter ny beregning eller sletting.
        Grunnlag: Art. 6 nr. 1 bokstav f (berettiget interesse i innsamling).
        Hvorfor høy risiko: Profilering ut fra økonomi, sammenstilling av kilder, givere forventer ikke dette.

        DEL 3 NØDVENDIGHET OG RETTIGHETER (Ja/Nei/Delvis – kommentar)
        Nødvendig for formålet? Delvis – store gaver finansierte 30 % av natthjemmet i 2025; uten prioritering må vi ringe alle, som er mer påtrengende for flere.
        Mindre inngripende løsninger vurdert? Ja – spørre givere selv om de vil bli kontaktet om større gaver (gjør vi i tillegg, lav svarprosent), bruke kun vår egen gavehistorikk (gir ikke potensial).
        Bare nødvendige opplysninger? Ja – klasser, ikke beløp; ingen opplysninger om helse, religion eller politikk.
        Informasjon? Ja – vi sender e-post/brev til alle 21 000 givere minst 4 uker før screening, med tydelig reservasjonsmulighet.
        Innsyn og protest? Ja – reservasjon før screening og protest når som helst (slettes da straks); innsyn i egen klasse.
        Automatiske avgjørelser? Nei – klassen gir bare hvem styreleder ringer.

        DEL 4 RISIKO (S x K, 1–4)
        R1 Givere opplever profilering som krenkende og mister tillit: S3 K3 = 9. Tiltak: forhåndsinformasjon, reservasjon, ingen omtale av klasse i samtalen. Rest 6.
        R2 Feil klasse fordi skattelister er gamle eller felles formue i par: S3 K2 = 6. Tiltak: kun klasser, manuell sjekk av de 300. Rest 4.
        R3 Listen over «rike givere» kommer på avveie: S1 K4 = 4. Tiltak: kun to personer har tilgang, kryptert. Rest 4.
        R4 Vi bruker klassen til andre formål (f.eks. arveoppfordring): S2 K3 = 6. Tiltak: formål skrevet i styrevedtak, ny DPIA ved annen bruk. Rest 4.
        Vurdert, ikke gjennomført: Samtykke fra alle givere før screening – for få svarer, og da faller formålet bort. Kjøp av ferdig «formuesprofil» fra datamegler – forkastet, for inngripende og uklare kilder.

        DEL 5 STYRETS BEHANDLING
        Styret behandlet DPIA-en 27.10.2026 og 24.11.2026 (sak 32/26 og 36/26). Givertjenesten og personvernombudet presenterte i første møte. Styret ba om bedre informasjon og reservasjon før screening, som er tatt inn. Vedtak 24.11.2026: «Styret godkjenner DPIA for giverpotensial-analyse. Restrisiko R1 vurderes som for høy til at vi går videre uten å rådføre oss med Datatilsynet. Daglig leder bes sende anmodning om forhåndsdrøftelse.» Protokollen er signert av styreleder Per Kristian Lunde.

        """
    )
    msg = message(
        "c018",
        SENDER,
        "Anmodning om forhåndsdrøftelse - giverregister",
        when(11, 26, 19, 3),
        body + SIGN,
    )
    return msg, Label(
        "nb",
        (
            "ngo",
            "all_in_body",
            "form_as_text",
            "contact_body_lines",
            "processor_contact_in_body",
            "checklist_ja_nei_delvis",
            "risk_numbered_prose",
            "part5_board_decision_quoted",
            "profiling",
        ),
        "inline",
        True,
        "used",
        "complete; the NGO's template answers copied into a single plain-text mail (Del 1–5, checklist answers as «Ja – comment», risks as S/K lines), board decision quoted",
    )


# --- c038 / I038: body cameras, processor «N/A» although the vendor's cloud stores video ----------


def c038() -> tuple:
    body = mal(
        "Kroppskamera for oppsøkende feltarbeidere (natteteam sentrum)",
        kontakt(MONA, DPO, ("N/A", "N/A", "N/A")),
        [
            (
                "Hva skal vi gjøre og hvorfor?",
                "Feltarbeiderne i natteteamet har opplevd vold og trusler. De skal bære kroppskamera som startes manuelt når en situasjon blir truende, for å dempe situasjonen og dokumentere hendelser.",
            ),
            (
                "Hvem gjelder det?",
                "Personer feltarbeiderne møter på gata om natta (ofte ruset, bostedsløse, unge), forbipasserende, feltarbeidere (12).",
            ),
            (
                "Hvilke opplysninger?",
                "Video og lyd fra hendelser (kan vise rus, helse, straffbare handlinger), tid, sted.",
            ),
            ("Hvor kommer opplysningene fra?", "Kameraene."),
            ("Hvem får opplysningene?", "Daglig leder; politiet ved anmeldelse."),
            (
                "Hvor lagres de og hvor lenge?",
                "Opptak lastes opp automatisk til leverandørens skytjeneste (Axonia Cloud, EU) via dokkingstasjon. Slettes etter 30 dager hvis ikke anmeldelse.",
            ),
            (
                "Rettslig grunnlag",
                "Art. 6 nr. 1 bokstav f (ansattes sikkerhet), art. 9 nr. 2 bokstav f og art. 10 ved anmeldelse.",
            ),
            (
                "Hvorfor høy risiko?",
                "Opptak av sårbare personer, lyd, mobil overvåking i offentlig rom.",
            ),
        ],
        check(
            (
                "Er behandlingen nødvendig for formålet?",
                "Delvis",
                "Erfaringer fra vektere og andre byer tyder på at synlig kamera demper; dokumentasjon ved anmeldelse har manglet i 3 saker.",
            ),
            (
                "Har vi vurdert mindre inngripende løsninger?",
                "Ja",
                "Gå to og to (gjør vi), alarmknapp til vaktsentral (har), kamera uten lyd (vurdert, men trusler er ofte verbale).",
            ),
            (
                "Samler vi bare inn det vi trenger?",
                "Ja",
                "Kun manuell start, ikke kontinuerlig; rødt lys og beskjed når kamera startes; ikke inne på lavterskelsenteret.",
            ),
            (
                "Får de registrerte informasjon?",
                "Ja",
                "Merke på vesten, muntlig beskjed, informasjon på nettsiden og i lavterskeltilbudet.",
            ),
            (
                "Kan de registrerte få innsyn eller sletting?",
                "Ja",
                "Innsyn innen 30 dager; sletting hvis ikke anmeldelse.",
            ),
        ),
        [
            (
                "R1",
                "Brukere mister tillit til feltarbeiderne og unngår kontakt",
                "3",
                "4",
                "12",
                "Kun manuell start, tydelig informasjon, evaluering med brukerrådet",
                "8",
                "Fagleder",
            ),
            (
                "R2",
                "Opptak av personer som ikke er del av hendelsen",
                "3",
                "2",
                "6",
                "Kort opptak, sletting 30 dager",
                "4",
                "Fagleder",
            ),
            (
                "R3",
                "Opptak deles med politi uten anmeldelse",
                "1",
                "4",
                "4",
                "Kun ved anmeldelse, rutine",
                "4",
                "Daglig leder",
            ),
            (
                "R4",
                "Uautorisert tilgang til opptak",
                "2",
                "4",
                "8",
                "Passord, to personer med tilgang",
                "4",
                "Daglig leder",
            ),
        ],
        [("Kontinuerlig opptak", "Alt for inngripende overfor brukerne.")],
        [
            (
                "Styremøte 24.11.2026 (sak 35/26)",
                "Styret godkjenner DPIA og kroppskamera i prøveperiode på 6 måneder, forutsatt forhåndsdrøftelse. Brukerrådet (kritisk) og feltarbeiderne er hørt.",
                "Per Kristian Lunde",
            )
        ],
    )
    mail = txt(
        """
        Hei

        Vedlagt følger DPIA for kroppskamera i natteteamet vårt, og vi ber om forhåndsdrøftelse. Brukerrådet vårt er delt i synet på dette, og vi vil gjerne ha råd fra dere før vi starter prøveperioden.
        """
    )
    msg = message(
        "c038",
        SENDER,
        "Anmodning om forhåndsdrøftelse - kroppskamera natteteam",
        when(12, 1, 9, 12),
        mail + SIGN,
        attachments=[("DPIA kroppskamera.odt", to_odt(body))],
    )
    return msg, Label(
        "nb",
        (
            "ngo",
            "odt",
            "form_odt_checklist",
            "contacts_column_per_role",
            "na_in_cell",
            "p1_processor_named_no_contact",
            "checklist_ja_nei_delvis",
            "risk_matrix_table",
            "camera",
            "criminal_offence_data",
        ),
        "none",
        True,
        "used",
        "part 1 missing: the processor column is «N/A» in every row although the description says recordings are uploaded to the vendor's cloud (Axonia Cloud) – a processor is used and has no contact. Contact and DPO complete. Parts 2–5 present",
        missing=(1,),
    )


# --- c058 / I058: shared follow-up platform with the municipality, complete --------------------------


def c058() -> tuple:
    body = mal(
        "Felles digital oppfølgingsplattform med kommunens rustjeneste (Sammen-planen)",
        kontakt(
            ("Daniel Ahmadi, fagleder", "412 55 809", "daniel.ahmadi@lyspunktet.no"),
            DPO,
            ("Hilde Næss, Samhandling Digital AS", "se vCard", "se vCard"),
        ),
        [
            (
                "Hva skal vi gjøre og hvorfor?",
                "Brukere som ønsker det, får en felles oppfølgingsplan med kommunens rustjeneste i en digital plattform, der både Lyspunktet (ettervern, aktiviteter) og kommunen (bolig, behandling) skriver mål, avtaler og status. Brukeren ser planen i en app.",
            ),
            (
                "Hvem gjelder det?",
                "Brukere i ettervern som samtykker (anslått 120/år), ansatte i Lyspunktet og kommunen.",
            ),
            (
                "Hvilke opplysninger?",
                "Navn, fødselsdato, telefon, mål, avtaler, status (kan inneholde helse og rus), kontaktpersoner.",
            ),
            ("Hvor kommer opplysningene fra?", "Brukeren, Lyspunktets ansatte, kommunens ansatte."),
            (
                "Hvem får opplysningene?",
                "Brukeren og de ansatte brukeren har gitt tilgang. Ingen andre.",
            ),
            (
                "Hvor lagres de og hvor lenge?",
                "Samhandling Digital AS (Norge). Planen slettes 12 måneder etter avslutning, med mindre brukeren vil ha den lenger.",
            ),
            (
                "Rettslig grunnlag",
                "Art. 6 nr. 1 bokstav a og art. 9 nr. 2 bokstav a (uttrykkelig samtykke); Lyspunktet og kommunen er felles behandlingsansvarlige (avtale etter art. 26).",
            ),
            (
                "Hvorfor høy risiko?",
                "Helse- og rusopplysninger om sårbare personer, deling mellom organisasjon og kommune, samtykke i en avhengighetssituasjon.",
            ),
        ],
        check(
            (
                "Er behandlingen nødvendig for formålet?",
                "Ja",
                "Brukerne forteller at de må gjenta historien sin for alle; planer på papir kommer bort. Felles plan gir bedre overganger.",
            ),
            (
                "Har vi vurdert mindre inngripende løsninger?",
                "Ja",
                "Papirplan (i dag), brukeren deler selv via SMS (lite oversikt), hver sin plan (ingen samhandling).",
            ),
            (
                "Samler vi bare inn det vi trenger?",
                "Ja",
                "Ingen diagnoser eller journal; kun mål og avtaler; brukeren velger hvilke ansatte som ser hva.",
            ),
            (
                "Er samtykket frivillig?",
                "Ja",
                "Tilbudene fra Lyspunktet og kommunen er de samme uten plattformen; samtykke kan trekkes i appen.",
            ),
            (
                "Får brukerne informasjon?",
                "Ja",
                "Samtale med ansatt, lettlest ark, film laget med brukerrådet.",
            ),
            (
                "Kan brukerne slette eller få innsyn?",
                "Ja",
                "Brukeren ser alt og kan be om retting og sletting i appen.",
            ),
        ),
        [
            (
                "R1",
                "Kommunen bruker opplysninger fra planen i vedtak mot brukeren (f.eks. bolig)",
                "2",
                "4",
                "8",
                "Avtale om formål, brukeren ser og styrer, logg",
                "4",
                "Fagleder",
            ),
            (
                "R2",
                "Bruker samtykker fordi hun føler seg presset",
                "3",
                "3",
                "9",
                "Samme tilbud uten plattform, samtykke hentes av Lyspunktet, ikke kommunen",
                "6",
                "Daglig leder",
            ),
            (
                "R3",
                "Ansatte som ikke har tilgang, ser planer",
                "2",
                "4",
                "8",
                "Tilgang styrt av bruker, BankID, logg",
                "4",
                "Leverandør/fagleder",
            ),
            (
                "R4",
                "Uklar ansvarsfordeling ved feil",
                "2",
                "3",
                "6",
                "Avtale om felles behandlingsansvar",
                "3",
                "Daglig leder",
            ),
        ],
        [
            (
                "Lagre planen bare i kommunens system",
                "Brukerne ønsket at Lyspunktet skulle eie samtykket, ikke kommunen.",
            )
        ],
        [
            (
                "Styremøte 24.11.2026 (sak 34/26)",
                "Se vedtak sitert i e-posten til Datatilsynet.",
                "Per Kristian Lunde",
            )
        ],
    )
    mail = txt(
        """
        Hei

        Stiftelsen Lyspunktet og Drammenslia kommune (rustjenesten) ber om forhåndsdrøftelse for Sammen-planen, en felles digital oppfølgingsplan for brukere i ettervern. Lyspunktet sender på vegne av begge (felles behandlingsansvar). DPIA vedlagt, og kontaktkort til leverandøren.

        Styret vårt vedtok 24.11.2026 i sak 34/26, etter å ha drøftet saken også 27.10.:
        «Styret har fått presentert DPIA for Sammen-planen med funn fra risikovurderingen. Brukerrådet og personvernombudet har gitt innspill, og kommunen har behandlet DPIA-en i sin ledergruppe 19.11. Styret godkjenner DPIA-en. Fordi restrisikoen for press ved samtykke (R2) ikke kan reduseres mer, ber styret daglig leder om å be om forhåndsdrøftelse før oppstart.»
        """
    )
    msg = message(
        "c058",
        SENDER,
        "Anmodning om forhåndsdrøftelse - Sammen-planen",
        when(12, 8, 14, 40),
        mail + SIGN,
        attachments=[
            ("DPIA Sammen-planen.odt", to_odt(body)),
            (
                "Hilde Næss.vcf",
                vcard(
                    "Hilde Næss",
                    "Samhandling Digital AS",
                    "Kundeansvarlig",
                    "+47 22 98 31 40",
                    "hilde.naess@samhandlingdigital.no",
                ),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "ngo",
            "odt",
            "form_odt_checklist",
            "contacts_column_per_role",
            "processor_vcard",
            "checklist_ja_nei_delvis",
            "risk_matrix_table",
            "measures_not_taken_table",
            "part5_board_decision_quoted",
            "health_data",
            "joint_controllers",
        ),
        "none",
        True,
        "used",
        "complete; ODT template whose processor column says «se vCard» – the vCard attached gives name, phone and e-mail; board decision quoted in the mail body with stakeholders",
    )
