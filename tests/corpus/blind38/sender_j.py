# ruff: noqa: E501
"""Sender J: Diakonistiftelsen Lysløkka (church-based NGO, bokmål).

Habits: the administration leader writes warm, slightly long mails; a volunteer lawyer is DPO;
the board (styret) decides and signed protocol pages are scanned or photographed; unit leaders
sometimes write first and she forwards.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import photo_pdf, signed_page
from kit import Label, html_from_text, message, to_docx, to_pdf, txt, when

FROM = "Solveig Bakke <solveig.bakke@lysloekka.no>"
SIG = txt(
    """
    Vennlig hilsen
    Solveig Bakke
    Administrasjonsleder
    Diakonistiftelsen Lysløkka
    Tlf. 23 40 77 10 / mobil 957 31 804
    solveig.bakke@lysloekka.no
    """
)
DPO = "Personvernombud: advokat Per Arne Myhre, tlf. 915 60 233, pam@myhre-advokat.no"

TOPICS = {
    "c019": "low_threshold_user_register",
    "c039": "night_cafe_cameras",
    "c059": "dental_clinic_undocumented",
    "c020": "visiting_friend_app",
    "c040": "holiday_camp_children_nav",
    "c060": "pastoral_chat_logging",
}


C019_DPIA = f"""
# Vurdering av personvernkonsekvenser – Brukerregister i lavterskeltilbudet «Døra»

Diakonistiftelsen Lysløkka, 23. oktober 2026

# 1. Kontaktinformasjon

~ Kontaktperson: Solveig Bakke, administrasjonsleder, tlf. 23 40 77 10, solveig.bakke@lysloekka.no
~ {DPO}
~ Databehandler: Omsorgsdata AS (journalsystem), kontaktperson Trond Vik, tlf. 51 22 08 70, trond.vik@omsorgsdata.no

# 2. Beskrivelse av behandlingen

«Døra» er et lavterskeltilbud i Oslo sentrum for mennesker med rusavhengighet: mat, dusj, sårbehandling ved sykepleier, sprøyteutdeling og samtaler med diakon. I dag registreres ingen. Stiftelsen vil innføre et brukerregister med kallenavn eller fullt navn (valgfritt), fødselsår, helseopplysninger fra sårbehandling, utdelt utstyr, og notater fra samtaler om bolig og NAV. Formål: sammenhengende helsehjelp, bedre oppfølging og dokumentasjonsplikt for sykepleierne. Ca. 900 brukere per år. Sykepleiernes notater er journal etter helsepersonelloven; øvrige notater slettes 12 måneder etter siste besøk. Omsorgsdata AS drifter journalsystemet i Norge. Grunnlag: art. 6 nr. 1 bokstav c og f; art. 9 nr. 2 bokstav h (helsehjelp) og bokstav a (uttrykkelig samtykke for samtalenotater). Opplysninger om tro (deltakelse i andakt) registreres ikke.

# 3. Nødvendighet og forholdsmessighet

Sykepleierne har plikt til å dokumentere helsehjelp, og uten journal kan sår og infeksjoner ikke følges opp. Vi vurderte å fortsette uten registrering (strider mot dokumentasjonsplikten), og å bruke kommunens journalsystem (kommunen kan ikke gi tilgang til en privat stiftelse). Anonymitet er en kjerneverdi: brukere kan bruke kallenavn, og mat og dusj krever aldri registrering. Samtalenotater skrives bare med samtykke, og brukeren kan lese dem. Informasjon gis muntlig og på plakat i enkelt språk; brukeren kan be om innsyn, retting og sletting av ikke-journalpliktige notater.

# 4. Risikovurdering

| Risiko for brukeren | Sannsynlighet | Konsekvens | Tiltak | Restrisiko |
| Politiet eller barnevernet ber om opplysninger og brukere slutter å komme | Middels | Svært høy | Utlevering bare etter lov, vurdert av DPO; tydelig informasjon om dette | Middels |
| Brukere føler at registrering er betingelse for hjelp | Høy | Høy | Mat og dusj uten registrering; kallenavn | Middels |
| Frivillige ser helseopplysninger | Middels | Høy | Frivillige har ingen tilgang; egne roller | Lav |
| Lekkasje fra databehandler | Lav | Høy | Kryptering, logging | Lav |

Vurdert, ikke gjennomført: fullstendig anonym journal med bare nummer (sykepleierne kan da ikke identifisere brukere sikkert ved legemiddelhåndtering); lengre oppbevaring av samtalenotater (ikke nødvendig).

Restrisikoen for at brukerne trekker seg fra hjelpen er middels og rammer en svært sårbar gruppe. Derfor ber vi om forhåndsdrøftelse.
"""

C019_PROTOCOL = """Diakonistiftelsen Lysløkka – Styret

Protokoll fra styremøte 29. oktober 2026 (utdrag)

Til stede: styreleder Gunnhild Roald, nestleder Sverre Aas, styremedlemmene Liv Kari Hem, Amir Haddad og Tor Einar Sand. Direktør Erling Haugen. Administrasjonsleder Solveig Bakke presenterte sak 18/26.

Sak 18/26 Brukerregister i «Døra» – vurdering av personvernkonsekvenser

Styret fikk presentert DPIA-en og funnene. Brukerrådet i Døra og sykepleierne har gitt innspill; brukerrådet ba om at mat og dusj aldri skal kreve registrering, og det er tatt inn. Personvernombudets råd forelå.

Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser og ber administrasjonen om å be Datatilsynet om forhåndsdrøftelse før registeret tas i bruk.

Oslo, 29.10.2026"""


def c019() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet

        Diakonistiftelsen Lysløkka ber om forhåndsdrøftelse for et nytt brukerregister i lavterskeltilbudet vårt «Døra». Vi har gjort vårt beste med DPIA-en, og styret har behandlet den. Vedlagt er DPIA-en og skannet protokoll fra styremøtet.

        Vi er takknemlige for alle råd – dette er nytt for oss.

        """
    )
    scan = photo_pdf(
        [
            signed_page(
                C019_PROTOCOL, ["Gunnhild Roald, styreleder", "Erling Haugen, direktør"], seed=19
            )
        ]
    )
    msg = message(
        "c019",
        FROM,
        "Anmodning om forhåndsdrøftelse – brukerregister i Døra",
        when(11, 4, 11, 55),
        body + "\n" + SIG,
        attachments=[
            ("DPIA_brukerregister_Dora.docx", to_docx(C019_DPIA)),
            ("Styreprotokoll_sak18-26_signert.pdf", scan),
        ],
    )
    return msg, Label(
        "nb",
        (
            "ngo_church",
            "health_data",
            "vulnerable_adults",
            "dpia_report_docx",
            "headings_numbered",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_signed_page_scan",
            "image_only_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: DPIA with contacts incl. processor, necessity with alternatives and user safeguards, risk table with residual and measures not taken; approval only in an image-only PDF scan of the signed board protocol (text only as pixels)",
    )


def c039() -> tuple[EmailMessage, Label]:
    dpia = """
# DPIA – kameraovervåking i nattkafeen «Lyset»

Diakonistiftelsen Lysløkka, 9. november 2026

# Beskrivelse

Nattkafeen holder åpent 22–06 for bostedsløse og andre som trenger et varmt sted. Etter to alvorlige voldshendelser vil vi sette opp fire kameraer: inngang, kafélokale og to korridorer (ikke toaletter, hvilerom eller samtalerom). Opptak lagres lokalt på en opptaker i et låst rom i 7 dager og slettes automatisk. Bare nattleder og direktør kan se opptak, og bare etter en hendelse. Systemet er kjøpt og drives av oss selv; ingen databehandler har tilgang. Ca. 120 gjester per natt, 30 frivillige og 8 ansatte. Grunnlag: art. 6 nr. 1 bokstav f; personopplysningsloven § 31 og kameraovervåkingsforskriften.

# Nødvendighet og forholdsmessighet

Vi har prøvd flere ansatte på vakt og voldsforebyggende kurs, og det fortsetter vi med. Vekter i lokalet ble vurdert, men brukerrådet mente det ville skremme gjester bort. Kamera bare ved inngangen ble vurdert, men hendelsene skjedde i korridorene. Mange gjester er redde for å bli registrert, så vi tar ikke opp lyd, lagrer kort og sier tydelig fra med skilt og muntlig. Gjester kan spørre om innsyn i opptak av seg selv; opptak utleveres til politiet bare ved anmeldt vold.

# Risiko for gjestene

Den største risikoen er at gjester som er redde for politi eller utkastelse, slutter å komme (sannsynlighet middels, konsekvens høy). Tiltak: kort lagring, ingen lyd, ingen live-overvåking, klare regler for utlevering. Restrisiko middels. Opptak kan vise at personer med ruspåvirkning eller i krise er til stede (konsekvens høy, sannsynlighet lav etter tilgangsbegrensning); restrisiko lav. Frivillige kan oppleve seg overvåket (lav/middels, tiltak: informasjon og ingen bruk i vurdering av frivillige); restrisiko lav. Vi vurderte kameraer som bare tar opp ved alarm, men vakter rekker ikke å utløse alarm i en voldssituasjon.
"""
    body = txt(
        f"""
        Til Datatilsynet

        Vi ber om forhåndsdrøftelse for kameraovervåking i nattkafeen «Lyset». DPIA-en er vedlagt. Vi bruker ingen databehandler.

        Styret behandlet saken 12. november 2026, sak 21/26. Utdrag fra protokollen:
        «Administrasjonsleder presenterte DPIA-en og funnene. Brukerrådet, nattlederne og de frivilliges kontaktgruppe har gitt innspill. Vedtak: Styret godkjenner DPIA-en for kameraovervåking i Lyset. Fordi gjestene er svært sårbare og risikoen for at de trekker seg bort ikke kan fjernes helt, ber styret om forhåndsdrøftelse med Datatilsynet.» Protokollen er signert av styreleder Gunnhild Roald.

        {DPO}

        """
    )
    msg = message(
        "c039",
        FROM,
        "Forhåndsdrøftelse – kamera i nattkafeen Lyset",
        when(11, 17, 15, 20),
        body + "\n" + SIG,
        attachments=[("DPIA_kamera_Lyset.pdf", to_pdf(dpia))],
    )
    return msg, Label(
        "nb",
        (
            "ngo_church",
            "cctv",
            "vulnerable_adults",
            "dpia_report_pdf",
            "contact_signature",
            "contact_dpo_body_line",
            "processor_none_stated",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_decision_quoted",
        ),
        "none",
        True,
        "none",
        "complete, short: contact in the signature, DPO line in the body, no processor (stated); DPIA with three plain headings, risk in prose with residual and a measure considered but not taken; board decision quoted in the body",
    )


C059_DPIA = """
# DPIA – Digital timebok og journal i Tannhelsetilbudet for papirløse

Diakonistiftelsen Lysløkka, Tannklinikken. 1. november 2026.

# Kontakt

| Rolle | Navn | Telefon | E-post |
| Kontaktperson (klinikkleder) | Marius Ek | 23 40 77 30 | marius.ek@lysloekka.no |
| Personvernombud | Per Arne Myhre | 915 60 233 | pam@myhre-advokat.no |
| Databehandler: Tannjournal AS | Kine Holt | 73 80 41 15 | kine.holt@tannjournal.no |

# Beskrivelse

Klinikken gir gratis tannbehandling til personer uten lovlig opphold og uten rett til offentlige tjenester (ca. 700 pasienter i året), drevet av frivillige tannleger. I dag føres papirjournal. Vi vil gå over til digital timebok og journal hos Tannjournal AS (Norge). Opplysninger: navn eller alias, fødselsår, telefon, helseopplysninger, røntgen, og en merknad om tolkebehov. Oppholdsstatus registreres ikke, men det at en person er pasient ved klinikken, sier i praksis noe om status. Journal oppbevares etter journalforskriften (10 år etter siste innføring). Grunnlag: art. 6 nr. 1 bokstav c og art. 9 nr. 2 bokstav h.

# Nødvendighet og forholdsmessighet

Papirjournal gir feil ved behandling og er vanskelig å sikre mot innbrudd. Alternativer: fortsette med papir (risiko for tap, ingen logg), bruke en offentlig klinikks system (ikke mulig). Alias er tillatt; telefonnummer er frivillig; oppholdsstatus registreres ikke; pasienten informeres muntlig med tolk og kan få innsyn i egen journal.

# Risikovurdering

| Risiko for pasientene | S | K | Tiltak | Restrisiko |
| Myndigheter krever utlevering for å finne personer uten opphold | Middels | Svært høy | Taushetsplikt; utlevering bare etter rettslig kjennelse; juridisk vurdering | Middels |
| Pasienter tør ikke komme når journalen er digital | Middels | Høy | Informasjon, alias | Middels |
| Uautorisert tilgang hos databehandler | Lav | Høy | Kryptering, logging, norsk drift | Lav |

Vurdert, ikke gjennomført: lokal server på klinikken (vi kan ikke sikre den forsvarlig); sletting før 10 år (journalforskriften tillater det ikke).

# Ledelsens godkjenning

Styret godkjente DPIA-en 5. november 2026 (sak 20/26) etter presentasjon fra klinikkleder og innspill fra Helsesenteret for papirløse migranter og pasientrådet: «Styret godkjenner DPIA-en og ber om forhåndsdrøftelse med Datatilsynet før overgang til digital journal.» Gunnhild Roald, styreleder.
"""


def c059() -> tuple[EmailMessage, Label]:
    inner = message(
        "c059i",
        "Marius Ek <marius.ek@lysloekka.no>",
        "Forhåndsdrøftelse digital journal – klar til sending",
        when(11, 6, 19, 2),
        txt(
            """
            Hei Solveig

            Her er DPIA-en for digital journal på tannklinikken, godkjent av styret i går. Kan du sende den til Datatilsynet som anmodning om forhåndsdrøftelse? Alle kontaktopplysninger står i tabellen øverst.

            Hilsen Marius
            Marius Ek, klinikkleder Tannklinikken
            Tlf. 23 40 77 30
            """
        ),
        attachments=[("DPIA_digital_journal_tannklinikken.pdf", to_pdf(C059_DPIA))],
        to="solveig.bakke@lysloekka.no",
    )
    body = txt(
        """
        Til Datatilsynet

        Diakonistiftelsen Lysløkka ber om forhåndsdrøftelse for digital timebok og journal i Tannhelsetilbudet for papirløse. Jeg videresender e-posten fra klinikklederen med DPIA-en, som inneholder kontaktopplysninger, risikovurdering og styrets vedtak. Marius Ek er kontaktperson i saken.

        """
    )
    msg = message(
        "c059",
        FROM,
        "VS: Forhåndsdrøftelse digital journal – tannklinikken for papirløse",
        when(11, 9, 8, 40),
        body + "\n" + SIG,
        forwarded=("Forhåndsdrøftelse digital journal.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "ngo_church",
            "health_data",
            "migrants",
            "forwarded_rfc822",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
        ),
        "none",
        True,
        "used",
        "complete, inside a forwarded internal .eml: DPIA with contact table (clinic leader, DPO, processor), alternatives and safeguards, risk table with residual and measures not taken, board decision quoted in the DPIA",
    )


C020_DPIA = f"""
# DPIA – Besøksvenn-appen

Diakonistiftelsen Lysløkka, 5. november 2026

# 1 Kontakt

~ Kontaktperson: Solveig Bakke, tlf. 23 40 77 10, solveig.bakke@lysloekka.no
~ {DPO}
~ Databehandler: Frivilligapp AS, Ida Strand, tlf. 40 55 81 20, ida.strand@frivilligapp.no

# 2 Beskrivelse

Besøkstjenesten formidler 260 frivillige besøksvenner til 340 eldre som bor alene. I dag skjer formidling på telefon og papir. En app fra Frivilligapp AS skal inneholde profiler for de eldre (navn, adresse, telefon, interesser, språk, «ting besøksvennen bør vite» – f.eks. demens, hørselstap, allergi mot hund, om den eldre er i sorg) og for de frivillige (navn, kontakt, politiattest-status). Besøksvennen ser bare sin egen eldre. Koordinatorene (3 ansatte) ser alle. Besøk registreres (dato) for oppfølging. Profiler slettes 3 måneder etter avsluttet besøksforhold. Grunnlag: samtykke fra den eldre (art. 6 nr. 1 bokstav a og art. 9 nr. 2 bokstav a), eller fra pårørende med fullmakt.

# 3 Nødvendighet og forholdsmessighet

Papirlister er kommet på avveie to ganger. Vi vurderte å fortsette med telefon (koordinatorene rekker ikke) og å bruke e-post (usikkert). Opplysningene i «bør vite» er avgrenset til det besøksvennen trenger for et trygt besøk; koordinator godkjenner teksten sammen med den eldre. Den eldre får lese profilen, kan endre eller trekke samtykket, og profilen slettes da.

# 4 Risiko

| Risiko for de eldre | S | K | Tiltak | Rest |
| Frivillige misbruker adresse og opplysninger om sårbarhet (økonomisk utnyttelse) | Lav | Svært høy | Politiattest, samtale, besøksvenn ser bare én eldre | Middels |
| Den eldre forstår ikke samtykket (kognitiv svikt) | Middels | Høy | Samtykke sammen med pårørende/koordinator; enkel informasjon | Middels |
| Helseopplysninger i fritekst blir for detaljerte | Middels | Middels | Koordinator godkjenner tekst; maks 300 tegn | Lav |
| Telefon med appen mistes | Middels | Middels | PIN, fjernsletting | Lav |

Vurdert, ikke gjennomført: ingen helseopplysninger i appen (de frivillige trenger å vite om demens og hørsel for å møte den eldre godt); BankID-innlogging for frivillige (mange eldre frivillige har ikke BankID på mobil; vi bruker engangskode).
"""

C020_SIGNED = """Diakonistiftelsen Lysløkka – Styret

Utdrag av protokoll fra styremøte 12. november 2026

Sak 22/26 Besøksvenn-appen – DPIA

Administrasjonsleder presenterte DPIA-en og funnene. Seniorrådet og representanter for besøksvennene har gitt innspill; seniorrådet ba om at den eldre selv skal lese profilen, og det er tatt inn.

Vedtak: Styret godkjenner DPIA-en for Besøksvenn-appen og ber administrasjonen be om forhåndsdrøftelse med Datatilsynet, fordi restrisikoen for økonomisk utnyttelse av eldre og for samtykke fra personer med kognitiv svikt er middels.

Oslo, 12.11.2026"""


def c020() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet

        Vi ber om forhåndsdrøftelse for Besøksvenn-appen. Vedlagt er DPIA-en og et bilde av signert protokollside fra styremøtet 12. november (tatt med mobil, beklager kvaliteten).

        """
    )
    msg = message(
        "c020",
        FROM,
        "Forhåndsdrøftelse – Besøksvenn-appen",
        when(11, 16, 12, 38),
        body + "\n" + SIG,
        attachments=[
            ("DPIA_Besoksvenn-appen.pdf", to_pdf(C020_DPIA)),
            (
                "IMG_20261112_styreprotokoll.jpg",
                signed_page(C020_SIGNED, ["Gunnhild Roald, styreleder"], seed=20, tilt=1.8),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "ngo_church",
            "health_data",
            "vulnerable_adults",
            "dpia_report_pdf",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_photographed_minutes_jpeg",
            "scan_jpeg",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: DPIA with contacts, alternatives, safeguards and risk table with residual and measures not taken; approval only as a photographed signed protocol page (JPEG, text only as pixels)",
    )


C040_DPIA = """
# Vurdering av personvernkonsekvenser – Ferieleir for barn i familier med lav inntekt

Diakonistiftelsen Lysløkka, 20. november 2026

# Kontaktinformasjon

| Rolle | Navn | Telefon | E-post |
| Kontaktperson | Solveig Bakke | 23 40 77 10 | solveig.bakke@lysloekka.no |
| Personvernombud | Per Arne Myhre | | pam@myhre-advokat.no |
| Databehandler: Påmelding.no AS | Eirik Sunde | 21 93 60 00 | eirik.sunde@pamelding.no |

# Beskrivelse

Stiftelsen arrangerer gratis ferieleirer for 400 barn (7–14 år) hvert år. Fra 2027 vil NAV-kontorene i fire bydeler henvise familier til oss, og vi vil motta navn og alder på barna, foreldrenes kontaktinformasjon og opplysning om at familien mottar økonomisk sosialhjelp. Foreldre fyller ut påmelding hos Påmelding.no AS med helseopplysninger (allergi, medisiner, diagnoser som ADHD/autisme) og kontaktinformasjon. Lederne på leiren får en deltakerliste med nødvendige helseopplysninger. Opplysninger slettes 3 måneder etter leiren. Grunnlag: samtykke fra foreldre (art. 6 nr. 1 bokstav a og art. 9 nr. 2 bokstav a).

# Nødvendighet og forholdsmessighet

Mange familier som trenger tilbudet, nås ikke gjennom annonser. Henvisning fra NAV når dem, men bare med foreldrenes samtykke gitt hos NAV. Vi vurderte å be NAV gi familiene informasjon slik at de selv melder seg på (valgt som alternativ – familier kan melde seg på uten henvisning, og vi mottar da ingen opplysninger fra NAV). Vi ber bare om helseopplysninger som trengs for trygg leir. Foreldre og barn får informasjon tilpasset alder; foreldre kan trekke samtykket; lederne får bare det de trenger.

# Risiko for barna og familiene

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko |
| Barn stigmatiseres fordi andre får vite at familien mottar sosialhjelp | Middels | Høy | Henvisningsgrunn lagres ikke på deltakerlisten; leirene er åpne for alle | Lav |
| Foreldre føler at de må si ja hos NAV for å få hjelp | Middels | Middels | NAV instrueres om frivillighet; egen påmelding uten NAV | Lav |
| Helseopplysninger om barn blir liggende på ledernes private telefoner | Middels | Høy | Utskrevet liste samles inn etter leiren; ingen deling i apper | Middels |
| Feil ved overføring fra NAV (feil familie) | Lav | Høy | Kontroll mot påmelding | Lav |

Vurdert, ikke gjennomført: digital deltakerliste i app for lederne (ikke alle frivillige ledere har egnet telefon); å ikke motta noen opplysninger fra NAV (da når vi ikke familiene).

# Styrets behandling

Se vedlagt protokoll.
"""


def c040() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet

        Diakonistiftelsen Lysløkka ber om forhåndsdrøftelse for henvisning fra NAV og påmelding til ferieleir for barn i familier med lav inntekt.

        Vedlagt er DPIA-en og protokollen fra styremøtet der DPIA-en ble godkjent.

        """
    )
    msg = message(
        "c040",
        FROM,
        "Forhåndsdrøftelse – ferieleir og henvisning fra NAV",
        when(11, 30, 10, 47),
        body + "\n" + SIG,
        attachments=[
            ("DPIA_ferieleir.docx", to_docx(C040_DPIA)),
            ("Styreprotokoll_2026-11-26.pdf", b""),
        ],
    )
    return msg, Label(
        "nb",
        (
            "ngo_church",
            "children",
            "health_data",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "p1_dpo_no_phone",
            "zero_byte_minutes",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "looks finished: the board protocol that holds the approval is a zero-byte PDF (the DPIA only says «Se vedlagt protokoll») → part 5 missing; the DPO's phone cell is empty and the body gives no phone for him → part 1 missing; parts 2–4 present",
        (1, 5),
    )


C060_DOC = """
# Sjelesorgchat i Lysløkka – vurdering av personvernkonsekvenser

Diakonistiftelsen Lysløkka driver i dag en sjelesorgtelefon bemannet av prester, diakoner og frivillige med taushetsplikt. Vi vil utvide med en chat på nettsiden, åpen 18–24 alle dager. Den som chatter, er anonym: vi ber ikke om navn, og IP-adresser lagres ikke. Samtalene handler ofte om tro, tvil, skyld, sorg, selvmordstanker, vold og overgrep. Chatten leveres av Samtaleflate AS som databehandler (drift i Norge); kontaktperson er Hege Olsen, tlf. 99 20 14 38, hege.olsen@samtaleflate.no. Samtalene slettes automatisk 24 timer etter avsluttet samtale; vi beholder bare statistikk (antall, varighet, tema valgt av den som chatter). Kontaktperson hos oss er Solveig Bakke (tlf. 23 40 77 10, solveig.bakke@lysloekka.no), og personvernombudet er advokat Per Arne Myhre (tlf. 915 60 233, pam@myhre-advokat.no). Vi regner med 3 000 samtaler i året. Behandlingen bygger på art. 6 nr. 1 bokstav f og art. 9 nr. 2 bokstav d (stiftelse med religiøst formål, behandling knyttet til virksomheten) og art. 9 nr. 2 bokstav e for det den som chatter selv velger å fortelle.

Mange, særlig unge, ringer ikke, men skriver. Vi vurderte å bruke en eksisterende kanal som Messenger (forkastet fordi samtalene da behandles av et selskap som bruker data til egne formål) og e-post (ikke anonymt, ikke sanntid). En chat der vi ikke vet hvem som skriver, er minst inngripende. Den som chatter, får kort informasjon før start om anonymitet, lagring og grensene for taushetsplikten (avvergingsplikt). Samtalen kan slettes straks av den som chatter ved å trykke «Slett samtalen». De frivillige ser ikke IP-adresse eller annen teknisk informasjon.

Risikoen vi er mest opptatt av, er at noen skriver om akutt selvmordsfare eller pågående overgrep, og at vi ikke kan hjelpe fordi vi ikke vet hvem personen er. Sannsynligheten er middels, konsekvensen svært høy. Vi har rutiner for å oppfordre personen til å ringe 113 eller gi seg til kjenne, og vaktleder er alltid tilgjengelig, men restrisikoen er høy og kan ikke reduseres uten å fjerne anonymiteten. Vi har vurdert å lagre IP-adresse i 24 timer for å kunne varsle politiet i slike tilfeller, men har ikke gjort det, fordi anonymitet er grunnen til at folk våger å skrive, og fordi politiet uansett må få opplysningene fra leverandøren ved kjennelse.

En annen risiko er at noen i familien ser chatten på en delt PC eller telefon (middels sannsynlighet, høy konsekvens, særlig ved vold i nære relasjoner). Tiltak: ingen historikk i nettleseren, «rask utgang»-knapp, sletting. Restrisiko middels. At samtaleinnhold lekker hos leverandøren, vurderer vi som lite sannsynlig med svært høy konsekvens; tiltak er kryptering, 24 timers sletting og databehandleravtale med revisjon, og restrisikoen er lav. At frivillige deler innhold fra samtaler, er lite sannsynlig (taushetserklæring, opplæring, veiledning); restrisiko lav.

Styret behandlet vurderingen 19. november 2026 (sak 24/26). Administrasjonsleder presenterte funnene, og innspill fra sjelesørgerne, brukerrådet og Kirkens SOS var lagt ved. Styret vedtok: «Styret godkjenner vurderingen av personvernkonsekvenser for sjelesorgchatten. Fordi risikoen ved akutt fare i anonyme samtaler står igjen som høy, skal stiftelsen be Datatilsynet om forhåndsdrøftelse før chatten åpnes.» Protokollen er signert av styreleder Gunnhild Roald.
"""


def c060() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet

        Diakonistiftelsen Lysløkka ber om forhåndsdrøftelse for en anonym sjelesorgchat. Vurderingen ligger ved som Word-dokument. Den er skrevet som sammenhengende tekst og inneholder kontaktpersoner, beskrivelse, vurderinger, risiko og styrets vedtak.

        """
    )
    text = body + "\n" + SIG
    msg = message(
        "c060",
        FROM,
        "Forhåndsdrøftelse – sjelesorgchat",
        when(12, 3, 9, 15),
        text,
        html_from_text(text),
        [("Sjelesorgchat_personvernkonsekvenser.docx", to_docx(C060_DOC))],
    )
    return msg, Label(
        "nb",
        (
            "ngo_church",
            "religious_beliefs",
            "health_data",
            "html_alternative",
            "no_headings_prose",
            "dpia_report_docx",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
        ),
        "none",
        True,
        "used",
        "complete twin in plain prose with only a title: contacts inside the first paragraph, alternatives and safeguards, risks with likelihood/consequence/residual and a measure considered and not taken, board decision quoted at the end",
    )
