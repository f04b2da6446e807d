"""blind9 cases n021-n040: one function per case, each returning the message and its label."""

from __future__ import annotations

from email.message import EmailMessage

import personas as p
from kit import (
    Label,
    html_from_text,
    message,
    quoted,
    to_zip,
    txt,
    vcard,
    when,
)
from personas import Topic

Case = tuple[EmailMessage, Label]

# --- A: dental chain -------------------------------------------------------------------------

SCRIBE = Topic(
    title="KI-journalassistent med lydopptak",
    what=(
        "Samtalen mellom tannlege og pasient tas opp, transkriberes og gjøres om til et "
        "journalutkast som tannlegen godkjenner."
    ),
    scope=(
        "Alle 14 klinikker, ca. 120 000 konsultasjoner i året, også barn. Lyd slettes etter "
        "24 timer; journalutkastet blir del av journalen."
    ),
    flow="Leverandør er Notara Health AS (databehandler), drift i Norge.",
    need=(
        "Tannlegene bruker 20 prosent av tiden på dokumentasjon. Grunnlag: artikkel 9 nr. 2 "
        "bokstav h."
    ),
    proportional="Pasienten kan si nei til opptak uten at det påvirker behandlingen.",
    safeguards=("Skilt og muntlig spørsmål før opptak.", "Opptak av barn bare med foresatte."),
    risks=(
        ("Sensitive samtaler om rus og vold tas opp", "høy", "Pauseknapp og sletting"),
        ("Feil i journalutkastet", "høy", "Tannlegen må godkjenne linje for linje"),
        ("Lydfiler lekker", "middels", "Sletting etter 24 timer, kryptert lagring"),
    ),
    not_done="Lokal transkripsjon på klinikkens PC – for svak maskinvare.",
)


def n021() -> Case:
    contacts = (
        f"{p.A_DPO} Databehandler: Notara Health AS, kontaktperson Vibeke Lunde, "
        "tlf. 913 58 220, vibeke.lunde@notara.no."
    )
    signoff = """
| Rolle | Navn | Dato | Vurdering |
| Ledergruppen | Adm. dir. Petter Hovland | 19.11.2026 | Funn og restrisiko presentert;
  tillitsvalgte og pasientombudets innspill hørt; godkjent; be om forhåndsdrøftelse |
"""
    body = (
        txt(
            """
        Hei,

        vi ber om forhåndsdrøftelse for KI-journalassistent med lydopptak. DPIA ligger ved.
        Kontaktperson er undertegnede.
        """
        )
        + "\n"
        + p.a_signature(None)
    )
    msg = message(
        "n021",
        p.A_FROM,
        "Forhåndsdrøftelse – journalassistent",
        when(11, 20, 11, 5),
        body,
        attachments=[("DPIA_journalassistent.docx", p.a_dpia(SCRIBE, contacts, signoff))],
    )
    return msg, Label(
        "nb",
        (
            "dental_chain",
            "contact_signature_only",
            "contact_is_sender_stated",
            "p1_contact_no_phone",
            "dpia_report_docx",
            "headings_question",
            "part5_signoff_table",
            "processor_contact_in_dpia",
        ),
        "none",
        True,
        "used",
        "part 1 missing: contact person is the sender, whose signature has no phone number",
        missing=(1,),
    )


DIABETES = Topic(
    title="Screening for diabetesrisiko basert på tannkjøttfunn",
    what=(
        "Pasienter med alvorlig periodontitt får automatisk beregnet risiko for diabetes type "
        "2 og tilbud om henvisning til fastlege."
    ),
    scope="Ca. 9 000 pasienter i året. Tannkjøttfunn, alder, BMI fra anamnese. Lagres i journal.",
    flow="Beregningen skjer i journalsystemet fra Dentora Cloud AS (databehandler).",
    need=(
        "Periodontitt henger sammen med udiagnostisert diabetes; tidlig henvisning kan "
        "forebygge. Grunnlag: artikkel 9 nr. 2 bokstav h."
    ),
    proportional="Bare pasienter med alvorlig periodontitt; henvisning bare med samtykke.",
    safeguards=("Pasienten bestemmer om fastlegen skal få beskjed.",),
    risks=(
        ("Pasienten får uønsket helseinformasjon", "høy", "Samtale med tannlege før svar"),
        ("Feil risikoscore", "middels", "Validert modell, årlig kontroll"),
        ("Deling med fastlege uten samtykke", "høy", "Teknisk sperre uten samtykke"),
    ),
    not_done="Automatisk henvisning – ikke gjort av hensyn til selvbestemmelse.",
)


def n022() -> Case:
    contacts = (
        f"{p.A_DPO} Databehandler: Dentora Cloud AS, kontakt Frode Nyhus, tlf. 22 60 31 10, "
        "frode.nyhus@dentoracloud.no."
    )
    signoff = """
| Rolle | Navn | Dato | Vurdering |
| Personvernombud | Torstein Aamodt | 24.11.2026 | Råd gitt |
| Ledergruppen | – | – | Ikke behandlet – skal opp i ledermøtet 14. januar |
"""
    body = (
        txt(
            """
        Hei,

        vi sender DPIA for diabetesscreening og ber om forhåndsdrøftelse. Ledergruppen har
        ikke rukket å behandle den ennå; den skal opp i ledermøtet 14. januar, men vi ville
        ikke vente med å komme i kø hos dere.

        Spørsmål kan rettes til meg.
        """
        )
        + "\n"
        + p.a_signature()
    )
    msg = message(
        "n022",
        p.A_FROM,
        "Anmodning om forhåndsdrøftelse – diabetesscreening",
        when(11, 27, 13, 22),
        body,
        attachments=[("DPIA_diabetesscreening.docx", p.a_dpia(DIABETES, contacts, signoff))],
    )
    return msg, Label(
        "nb",
        (
            "dental_chain",
            "contact_signature_only",
            "contact_is_sender_stated",
            "dpia_report_docx",
            "headings_question",
            "signoff_table_pending",
            "part5_future_meeting",
            "processor_contact_in_dpia",
            "phone_mob_tlf",
        ),
        "none",
        True,
        "used",
        "part 5 missing: management row empty, «skal opp i ledermøtet 14. januar»",
        missing=(5,),
    )


# --- B: housing cooperative ------------------------------------------------------------------


def n023() -> Case:
    body = (
        txt(
            """
        Hei,

        et av borettslagene våre vurderer kamera i vaskeriet etter flere tyverier. Må vi be
        om forhåndsdrøftelse for dette, eller holder det at vi gjør en vurdering selv? Vi har
        ikke laget noen DPIA ennå og vil gjerne vite hva som kreves før vi setter i gang.

        Jeg nås på 48021137.
        """
        )
        + "\n"
        + p.B_SIGNATURE
    )
    msg = message(
        "n023",
        p.B_FROM,
        "Spørsmål om kamera i vaskeri – trengs forhåndsdrøftelse?",
        when(11, 23, 9, 15),
        body,
    )
    return msg, Label(
        "nb",
        (
            "housing_cooperative",
            "nonrequest_question",
            "mentions_prior_consultation",
            "phone_8_digits",
        ),
        "none",
        False,
        "unspecified",
        "not a request: asks whether CCTV in a laundry room needs prior consultation",
    )


def n024() -> Case:
    body = (
        txt(
            f"""
        Til Datatilsynet

        Solbakken Boligbyggelag ber om forhåndsdrøftelse av strømmålere med
        forbruksovervåking i 12 borettslag.

        Hva vi planlegger: Smarte målere på hver leilighet leser strømforbruket hvert
        15. minutt. Dataene brukes til å fordele felles strømutgifter og til å varsle om
        mulig vannlekkasje eller brann (plutselig høyt forbruk). Det gjelder omtrent 1 900
        husstander; målerdata lagres i 13 måneder. Målerne leveres og driftes av
        Målerdata Norge AS, som er databehandler; kontakt der er Lars Erik Hoff, 90076431,
        lars.erik.hoff@malerdata.no.

        {p.B_CONTACT}

        {p.B_DPO}

        Vurderingen av personvernkonsekvenser er under arbeid. Nødvendighetsvurdering og
        risikovurdering ettersendes når den er ferdig, og styret skal behandle den i januar.
        Vi sender likevel nå slik at dere kan planlegge.
        """
        )
        + "\n"
        + p.B_SIGNATURE
    )
    msg = message(
        "n024",
        p.B_FROM,
        "Forhåndsdrøftelse – smarte strømmålere",
        when(11, 30, 10, 44),
        body,
    )
    return msg, Label(
        "nb",
        (
            "housing_cooperative",
            "all_in_body",
            "contact_prose",
            "dpo_external_firm",
            "phone_8_digits",
            "processor_contact_body",
            "part3_will_follow",
            "part4_will_follow",
            "part5_future_meeting",
        ),
        "pgp_mime",
        True,
        "used",
        "parts 3, 4, 5 missing: description only; DPIA under work, «ettersendes», board in January",
        missing=(3, 4, 5),
    )


# --- C: county municipality (nynorsk) --------------------------------------------------------


def n025() -> Case:
    topic = Topic(
        title="Skiltgjenkjenning ved fylkeskommunale ferjekaier",
        what=(
            "Kamera skal lese registreringsnummer på bilar som køyrer om bord på fire "
            "fylkesferjesamband, for å rekne ut billettpris automatisk."
        ),
        scope=(
            "Om lag 1,1 million passeringar i året. Registreringsnummer, bilete, tid og samband. "
            "Data vert sletta 90 dagar etter betaling."
        ),
        flow=(
            "Systemet vert levert av Ferjeskilt AS (databehandlar). Krav vert sendt til "
            "eigaren via Autopass-ordninga."
        ),
        need=(
            "Manuell billettering gir forseinkingar og tryggleiksproblem på kaia. Grunnlag: "
            "yrkestransportlova og artikkel 6 nr. 1 bokstav e."
        ),
        proportional="Kamera les berre skilt ved påkøyring, ikkje på kaiområdet elles.",
        safeguards=("Skilting på kaia.", "Innsyn via Mi side."),
        risks=(),
        not_done="Sjå vedlagt ROS-analyse (ROS_ferjekai.xlsx).",
    )
    contacts = (
        "Kontaktperson: Jorunn Liland, samferdselsavdelinga, tlf. 57 60 17 33, "
        "jorunn.liland@fjordheim-fylke.no. "
        + p.C_DPO
        + " Databehandlar: Ferjeskilt AS ved Sveinung Rød, tlf. 51 84 20 90, "
        "sveinung.rod@ferjeskilt.no."
    )
    photo = p.c_minutes_photo(
        "24.11.2026",
        "95/26 Skiltgjenkjenning på ferjekaiar",
        "Saka vart lagd fram med funn og restrisiko frå vurderinga og innspel frå "
        "ferjereiarlaget og personvernombodet.\nVedtak: Fylkesutvalet godkjenner "
        "vurderinga og ber om forhandsdrøfting.",
    )
    body = txt(
        """
        Hei,

        vedlagt er DPIA, ROS-analyse og møtebok for skiltgjenkjenning ved ferjekaiane.
        Vi ber om forhandsdrøfting.

        Helsing
        Jorunn Liland
        """
    )
    msg = message(
        "n025",
        "Jorunn Liland <jorunn.liland@fjordheim-fylke.no>",
        "Forhandsdrøfting – skiltgjenkjenning ferjekai",
        when(11, 26, 8, 55),
        body,
        attachments=[
            ("DPIA_ferjekai.docx", p.c_dpia(topic, contacts)),
            ("ROS_ferjekai.xlsx", b""),
            ("Moetebok_95-26.jpg", photo),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_nynorsk",
            "dpo_function_mailbox_switchboard",
            "contact_page_in_dpia",
            "phone_tlf",
            "dpia_report_docx",
            "headings_nynorsk",
            "part5_photographed_minutes",
            "zero_byte_risk_register",
        ),
        "none",
        True,
        "used",
        "part 4 missing: risk section «sjå vedlagt ROS-analyse», the ROS file is zero bytes",
        missing=(4,),
    )


TEETH = Topic(
    title="Fotodokumentasjon i tannhelsetenesta ved mistanke om omsorgssvikt",
    what=(
        "Tannhelsetenesta vil ta standardiserte foto av munn og ansikt når tannlegen har "
        "mistanke om omsorgssvikt eller vald, og lagre dei i ein eigen modul i journalen."
    ),
    scope=("Anslagsvis 300 barn i året. Foto, funn, bekymringsmelding. Lagra i 10 år som journal."),
    flow=(
        "Journalsystemet vert levert av Tannjournal AS (databehandlar). Foto vert berre delte "
        "med barnevernet saman med bekymringsmelding."
    ),
    need=(
        "Barnevernet etterlyser betre dokumentasjon. Grunnlag: helsepersonellova § 33 og "
        "artikkel 9 nr. 2 bokstav h."
    ),
    proportional="Foto berre ved konkret mistanke, aldri som rutine.",
    safeguards=("Føresette vert informerte når det ikkje skader barnet.", "Streng tilgang."),
    risks=(
        ("Foto av barn kjem på avvegar", "høg", "Eigen modul med loggkontroll"),
        ("Feilaktig mistanke stigmatiserer familien", "høg", "To tannlegar vurderer"),
        ("Tilgang for mange tilsette", "middels", "Rollebasert tilgang"),
    ),
    not_done="Å ikkje lagre foto i journal – strid med dokumentasjonsplikta.",
)


def n026() -> Case:
    contacts = (
        "Kontaktperson er overtannlege Gunhild Sæbø. Ho har mobil 917 42 008 og e-post "
        "gunhild.saebo@fjordheim-fylke.no. "
        + p.C_DPO
        + " Tannjournal AS er databehandlar; kontaktperson er Ketil Bø, tlf. 55 30 71 40, "
        "ketil.bo@tannjournal.no."
    )
    photo = p.c_minutes_photo(
        "1.12.2026",
        "101/26 Fotodokumentasjon i tannhelsetenesta",
        "Fylkestannlegen la fram vurderinga med funn og restrisiko. Barnevernstenesta, "
        "barneombodet og personvernombodet har gitt innspel.\nVedtak: Fylkesutvalet sluttar "
        "seg til vurderinga og ber om forhandsdrøfting.",
    )
    body = (
        txt(
            """
        Til Datatilsynet

        Fjordheim fylkeskommune ved tannhelsetenesta ber om forhandsdrøfting. DPIA og
        møtebok ligg ved.

        Med helsing
        Gunhild Sæbø
        overtannlege
        """
        )
        + "\n"
        + quoted(
            txt(
                """
            Frå: Fylkestannlege Roar Eide
            Sendt: 1. desember 2026 15:47
            Emne: Fotodokumentasjon

            Gunhild – fylkesutvalet har handsama saka, møteboka er skanna. Du kan sende
            førespurnaden til Datatilsynet.
            """
            )
        )
    )
    msg = message(
        "n026",
        "Gunhild Sæbø <gunhild.saebo@fjordheim-fylke.no>",
        "SV: Fotodokumentasjon",
        when(12, 2, 10, 20),
        body,
        attachments=[
            ("DPIA_fotodokumentasjon.docx", p.c_dpia(TEETH, contacts)),
            ("Moetebok_101-26.jpg", photo),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_nynorsk",
            "reply_in_thread",
            "dpo_function_mailbox_switchboard",
            "contact_page_in_dpia",
            "contact_prose",
            "phone_mob",
            "dpia_report_docx",
            "headings_nynorsk",
            "risk_bullets",
            "part5_photographed_minutes",
        ),
        "none",
        True,
        "used",
        "complete; county dental photo documentation; prose contacts, photographed minutes",
    )


# --- D: football club ------------------------------------------------------------------------


def n027() -> Case:
    body = (
        txt(
            """
        Hei,

        Kvernstad IL Fotball vurderer å bruke en app som registrerer skader og sykdom hos
        spillerne våre. Vi er usikre på om vi tenker riktig og ønsker et veiledningsmøte med
        dere før vi går videre. Passer det i januar?
        """
        )
        + "\n"
        + p.D_SIGNATURE
    )
    msg = message(
        "n027",
        "Geir Ove Tangen <styreleder@kvernstadfotball.no>",
        "Ønske om veiledningsmøte",
        when(11, 21, 20, 5),
        body,
    )
    return msg, Label(
        "nb",
        ("football_club", "nonrequest_guidance"),
        "none",
        False,
        "unspecified",
        "not a request: the club asks for a guidance meeting",
    )


def n028() -> Case:
    topic = Topic(
        title="Kontingentfritak basert på foreldres inntekt",
        what=(
            "Familier med lav inntekt skal slippe kontingent. Foreldre laster opp skattemelding "
            "i medlemssystemet, og systemet avgjør automatisk om barnet får fritak."
        ),
        scope=(
            "Ca. 450 barn og foreldrene deres. Inntekt, antall barn, adresse. Skattemeldingen "
            "slettes når vedtaket er gjort."
        ),
        flow="Medlemssystemet leveres av Klubbadmin AS (databehandler).",
        need="Foreldre skammer seg over å spørre trenerne. Grunnlag: samtykke.",
        proportional="Bare kasserer ser vedtaket, ikke inntekten.",
        safeguards=("Frivillig ordning.", "Ingen merking av barn på laglister."),
        risks=(
            ("Andre foreldre får vite hvem som har fritak", "høy", "Bare kasserer har tilgang"),
            ("Skattemeldingen avslører mer enn inntekt", "middels", "Sletting etter vedtak"),
            ("Feil vedtak", "middels", "Klage til styret"),
        ),
        not_done="Felles fritak for alle – klubben har ikke råd.",
    )
    body = (
        txt(
            """
            Hei,

            vi ber om forhåndsdrøftelse for automatisk kontingentfritak. Kontaktperson er
            kassereren vår; svar går direkte til henne.
            """
        )
        + "\n"
        + p.d_body(topic)
        + "\n"
        + txt(
            """
            Personvernombud: Marte Fossli, mob. 90362215, marte.fossli@kvernstadfotball.no
            Databehandler: Klubbadmin AS, Sondre Lie, 48220115, sondre@klubbadmin.no

            Styret behandlet DPIA-en 26. november, hørte foreldrerådet og godkjente den.
            """
        )
        + "\n"
        + p.D_SIGNATURE.replace("mob. 92817364\n", "")
    )
    msg = message(
        "n028",
        "Geir Ove Tangen <styreleder@kvernstadfotball.no>",
        "Forhåndsdrøftelse kontingentfritak",
        when(11, 28, 22, 10),
        body,
        headers={"Reply-To": "Hanne Bakke <kasserer@kvernstadfotball.no>"},
    )
    return msg, Label(
        "nb",
        (
            "football_club",
            "all_in_body",
            "contact_header_reply_to",
            "p1_contact_no_phone",
            "phone_8_digits",
            "phone_mob",
            "risk_bullets",
            "part5_sentence_in_mail",
            "processor_contact_body",
        ),
        "inline",
        True,
        "used",
        "part 1 missing: contact is the treasurer named only in Reply-To; no phone for her",
        missing=(1,),
    )


# --- E: pharmacy chain -----------------------------------------------------------------------

PAINKILL = Topic(
    title="Varsling om mistenkelig kjøp av reseptfrie smertestillende",
    what=(
        "Kassesystemet skal gjenkjenne kunder i kundeklubben som kjøper store mengder "
        "paracetamol over kort tid, og varsle farmasøyt om å ta en samtale."
    ),
    scope=(
        "Alle 180 000 klubbmedlemmer vurderes; ca. 400 varsler ventes per år. Kjøpshistorikk "
        "30 dager tilbake."
    ),
    flow="Kundeklubben driftes av Lojalitetshuset AS (databehandler).",
    need=(
        "Paracetamolforgiftning er vanligste forgiftning hos unge. Grunnlag: artikkel 9 nr. 2 "
        "bokstav h og samtykke i klubbvilkårene."
    ),
    proportional="Bare antall pakninger, ikke andre varer, inngår.",
    safeguards=("Samtalen er frivillig.", "Varselet lagres ikke etter samtalen."),
    risks=(
        ("Kunden opplever seg mistenkeliggjort", "høy", "Opplæring i samtaleteknikk"),
        ("Varsel om selvmordsrisiko registreres", "høy", "Ingen registrering"),
        ("Profilering av klubbmedlemmer", "middels", "Kun mengde, 30 dager"),
    ),
    not_done="Kjøpsgrense uten identifisering – allerede lovpålagt, løser ikke gjentatte kjøp.",
)


def n029() -> Case:
    html = html_from_text(
        txt(
            f"""
            Hei,

            Apotek Nordlys ber om forhåndsdrøftelse for varsling ved mistenkelig kjøp av
            smertestillende. Vedlagt er DPIA og administrerende direktørs beslutning.

            Kontaktperson: meg (se signaturen). {p.E_DPO}
            """
        )
        + "\n"
        + p.E_SIGNATURE
        + "\n\n"
        + p.E_DISCLAIMER
    )
    processor = (
        "Databehandler: Lojalitetshuset AS, kontakt Mona Gran, tlf. 22 40 18 60, "
        "mona.gran@lojalitetshuset.no."
    )
    msg = message(
        "n029",
        p.E_FROM,
        "Forhåndsdrøftelse – varsling smertestillende",
        when(11, 24, 14, 50),
        html=html,
        attachments=[
            ("DPIA_smertestillende.pdf", p.e_dpia(PAINKILL, processor)),
            ("Beslutning_adm_dir_signert.pdf", b""),
        ],
    )
    return msg, Label(
        "nb",
        (
            "pharmacy_chain",
            "html_only_body",
            "contact_signature_only",
            "contact_prose",
            "long_signature_many_phones",
            "phone_direkte",
            "phone_sentralbord",
            "disclaimer_footer",
            "dpia_report_pdf",
            "processor_contact_in_dpia",
            "zero_byte_decision_letter",
        ),
        "none",
        True,
        "used",
        "part 5 missing: the signed decision letter is a zero-byte file",
        missing=(5,),
    )


VIDEO = Topic(
    title="Videokonsultasjon med farmasøyt med opptak",
    what=(
        "Kunder kan ha videosamtale med farmasøyt om legemiddelbruk. Samtalene tas opp for "
        "kvalitetssikring og dokumentasjon av rådgivningen."
    ),
    scope="Ca. 25 000 samtaler i året. Video, lyd, legemiddelliste. Opptak slettes etter 90 dager.",
    flow="Plattformen leveres av Videlia AS (databehandler), servere i Norge.",
    need="Rådgivning må dokumenteres etter apotekloven. Grunnlag: artikkel 9 nr. 2 bokstav h.",
    proportional="Kunden kan velge samtale uten opptak; da skrives et notat.",
    safeguards=("Varsel før opptak starter.", "Innsyn i opptaket på forespørsel."),
    risks=(
        ("Opptak av hjemmet og andre personer", "høy", "Uskarp bakgrunn som standard"),
        ("Opptak lekker", "høy", "Kryptering, kort lagring"),
        ("Opptak brukes i personalsaker", "middels", "Forbud i retningslinje"),
    ),
    not_done="Kun lyd – vurdert, men farmasøyten må se pakningene.",
)


def n030() -> Case:
    html = html_from_text(
        txt(
            f"""
            Til Datatilsynet

            Vi ber om forhåndsdrøftelse for videokonsultasjon med opptak.

            Kontaktperson er Håkon Vatne (undertegnede). {p.E_DPO}
            Videlia AS er databehandler, kontaktperson Stian Evjen, tlf. 21 09 44 70,
            stian.evjen@videlia.no.
            """
        )
        + "\n"
        + p.E_SIGNATURE
        + "\n\n"
        + p.E_DISCLAIMER
    )
    letter = p.e_decision_letter(
        "27. november 2026",
        "videokonsultasjon med opptak",
        "Ledergruppen har fått presentert vurderingen, restrisikoen og innspillene fra "
        "personvernombudet og farmasøytenes tillitsvalgte. Jeg godkjenner vurderingen og "
        "beslutter at vi ber om forhåndsdrøftelse.",
    )
    msg = message(
        "n030",
        p.E_FROM,
        "Anmodning om forhåndsdrøftelse – videokonsultasjon",
        when(12, 1, 9, 30),
        html=html,
        attachments=[
            ("DPIA_videokonsultasjon.pdf", p.e_dpia(VIDEO, "")),
            ("Beslutning_videokonsultasjon.pdf", letter),
        ],
    )
    return msg, Label(
        "nb",
        (
            "pharmacy_chain",
            "html_only_body",
            "contact_signature_only",
            "contact_prose",
            "long_signature_many_phones",
            "phone_direkte",
            "phone_sentralbord",
            "disclaimer_footer",
            "dpia_report_pdf",
            "part5_signed_letter",
            "processor_contact_body",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; pharmacy video consultations; HTML only, signed letter",
    )


# --- F: language school ----------------------------------------------------------------------

ATTEND = Topic(
    title="Automatic attendance reports to municipalities",
    what=(
        "For refugees in the introduction programme we will send daily attendance, "
        "face-recognition check-in and progress scores to the municipality and NAV."
    ),
    scope=(
        "About 1 100 participants. Attendance, face template, test scores. Face templates "
        "deleted when the course ends; attendance kept 2 years."
    ),
    flow="Check-in terminals and platform from Presentia AB (processor).",
    need="",
    proportional="",
    safeguards=(),
    risks=(
        ("Benefits reduced on wrong attendance data", "high", "Participant can correct daily"),
        ("Face templates misused", "high", "Encrypted, deleted at course end"),
        ("Data shared beyond the municipality", "medium", "Only programme officer receives it"),
    ),
    not_done="Manual register – kept as fallback.",
)


def n031() -> Case:
    contacts = (
        "Contact person: Oliver Grant, +47 934 20 715, oliver.grant@linguabridge.no. "
        + p.F_DPO
        + " Processor: Presentia AB, Johan Ek, +46 8 518 302 40, johan.ek@presentia.se."
    )
    signoff = """
| Role | Name | Date | Decision |
| Management board | CEO Hanne Lykke | 18 Nov 2026 | Findings and residual risk reviewed with
  input from participants' council; approved |
"""
    body = (
        txt(
            """
            Dear Sir or Madam,

            we request prior consultation for automatic attendance reporting. The DPIA is
            attached. The necessity section is still open while group counsel reviews it; we
            will send it as soon as we have it.
            """
        )
        + "\n"
        + p.f_signature()
    )
    msg = message(
        "n031",
        p.F_FROM,
        "Prior consultation request – attendance reporting",
        when(11, 23, 12, 0),
        body,
        attachments=[
            ("DPIA_attendance.docx", p.f_dpia(ATTEND, contacts, signoff, need=False)),
        ],
    )
    return msg, Label(
        "en",
        (
            "language_school",
            "dpo_external_firm",
            "contact_page_in_dpia",
            "phone_plus47_spaced",
            "phone_foreign",
            "dpia_report_docx",
            "headings_question",
            "part5_signoff_table",
            "part3_will_follow",
        ),
        "none",
        True,
        "used",
        "part 3 missing: necessity section «TBD – to follow after the legal review»",
        missing=(3,),
    )


def n032() -> Case:
    body = (
        txt(
            """
            Dear Datatilsynet,

            please note that Lingua Bridge Språkskole AS has appointed a new data protection
            officer from 1 December 2026: Aoife Brennan, Clearline Privacy Ltd,
            +353 1 482 9071, aoife.brennan@clearlineprivacy.ie. She replaces our previous
            internal DPO. Please update your records.
            """
        )
        + "\n"
        + p.f_signature()
    )
    msg = message(
        "n032",
        p.F_FROM,
        "New data protection officer – Lingua Bridge Språkskole AS",
        when(12, 1, 8, 20),
        body,
    )
    return msg, Label(
        "en",
        ("language_school", "nonrequest_dpo_notification", "phone_foreign"),
        "none",
        False,
        "unspecified",
        "not a request: notification of a new DPO",
    )


# --- G: parking company ----------------------------------------------------------------------

COLLECT = Topic(
    title="Automatisk overføring til inkasso med betalingsrisiko",
    what=(
        "Ubetalte kontrollsanksjoner skal automatisk sendes til inkasso, og en modell skal "
        "prioritere purringer etter beregnet betalingsrisiko."
    ),
    scope=(
        "Ca. 140 000 saker i året. Eier, adresse, betalingshistorikk. Lagres 3 år etter "
        "avsluttet sak."
    ),
    flow="Inkassera AS er databehandler for purring og inkasso.",
    need="Manuell saksbehandling gir lang saksbehandlingstid og økte gebyrer for kundene.",
    proportional="Modellen påvirker bare rekkefølgen, ikke om saken går til inkasso.",
    safeguards=("Klage stanser inkasso.", "Info i alle brev."),
    risks=(
        ("Skjevhet mot bestemte postnumre", "høy", "Postnummer ikke i modellen"),
        ("Feil eier får krav", "høy", "Kontroll mot Motorvognregisteret"),
        ("Gebyrer vokser før klage behandles", "middels", "Frist stanses ved klage"),
    ),
    not_done="Å droppe modellen helt – vurdert, men gir lengre ventetid.",
)


def n033() -> Case:
    package = to_zip(
        {
            "DPIA_inkasso.pdf": p.g_dpia(
                COLLECT,
                (
                    "Kontaktperson: Trine Aas, telefon +47 23 17 60 42, trine.aas@parknord.no. "
                    "Personvernombud: Vegard Holmsen, telefon +47 23 17 60 00 (sentralbord), "
                    "vegard.holmsen@parknord.no. Databehandler: Inkassera AS, kontaktperson "
                    "Lise Dahl, telefon +47 22 86 15 30."
                ),
            ),
            "Risikoregister_inkasso.csv": p.g_register(COLLECT),
            "Styreprotokoll_2026-11-26.pdf": p.g_minutes(
                "26. november 2026",
                "Sak 10/26 Automatisk inkasso. Styret fikk lagt fram funn og restrisiko og "
                "innspill fra kundeombudet, og godkjente DPIA-en.",
            ),
        }
    )
    body = txt(
        """
        Hei,

        forhåndsdrøftelse for automatisk inkasso, alt i zip-filen. Kontaktkortet mitt
        ligger ved.

        Trine Aas
        ParkNord AS
        """
    )
    msg = message(
        "n033",
        p.G_FROM,
        "Forhåndsdrøftelse – inkasso",
        when(11, 27, 7, 58),
        body,
        attachments=[
            ("Inkasso_DPIA.zip", package),
            (
                "Trine Aas.vcf",
                vcard(
                    "Trine Aas",
                    "ParkNord AS",
                    "Personvernkoordinator",
                    "+47 23 17 60 42",
                    "trine.aas@parknord.no",
                ),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "parking_company",
            "contact_vcard",
            "zip",
            "contact_page_in_dpia",
            "phone_telefon",
            "phone_plus47_spaced",
            "phone_sentralbord",
            "dpia_report_pdf",
            "risk_register_csv",
            "part5_minutes_pdf",
            "p1_processor_no_email",
        ),
        "none",
        True,
        "used",
        "part 1 missing: processor Inkassera's contact has name and phone but no e-mail",
        missing=(1,),
    )


CHARGE = Topic(
    title="Kamera ved ladeplasser for elbil",
    what=(
        "Kameraer ved 900 ladeplasser skal registrere når en bil er ferdig ladet og fortsatt "
        "står, slik at okkupasjonsgebyr kan ilegges."
    ),
    scope="Ca. 1,4 millioner ladeøkter per år. Skilt, bilde, tid. Slettes etter 30 dager.",
    flow="Plattformen driftes av Ladeøye AS (databehandler).",
    need="Ladeplasser blokkeres; kundene klager. Grunnlag: avtale.",
    proportional="Bare ved ladeplasser, ikke vanlige plasser.",
    safeguards=("Skilting.", "Varsel i appen før gebyr."),
    risks=(
        ("Kartlegging av ladevaner", "middels", "Ingen kobling mellom anlegg"),
        ("Feil gebyr", "høy", "Manuell kontroll"),
        ("Bilder av personer ved bilen", "middels", "Maskering"),
    ),
    not_done="Sensor i kabelen i stedet for kamera – ikke støttet av laderne.",
)


def n034() -> Case:
    package = to_zip(
        {
            "DPIA_lading.pdf": p.g_dpia(
                CHARGE,
                "Kontaktperson: Trine Aas, telefon +47 23 17 60 42, trine.aas@parknord.no. "
                "Personvernombud: Vegard Holmsen, telefon +47 23 17 60 00 (sentralbord), "
                "vegard.holmsen@parknord.no. Databehandler: Ladeøye AS, Mikkel Strand, "
                "telefon +47 55 20 91 10, mikkel.strand@ladeoye.no.",
            ),
            "Risikoregister_lading.csv": p.g_register(CHARGE),
            "Styreprotokoll_2026-12-01.pdf": p.g_minutes(
                "1. desember 2026",
                "Sak 12/26 Kamera ved ladeplasser. Daglig leder presenterte DPIA-ens funn og "
                "restrisiko, og Elbilforeningens innspill. Styret godkjente vurderingen.",
            ),
        }
    )
    inner = message(
        "n034i",
        "Per Inge Solum <per.inge.solum@parknord.no>",
        "Ladekamera – pakke til Datatilsynet",
        when(12, 2, 7, 40),
        txt(
            """
            Trine, her er pakken fra styremøtet. Send den videre til Datatilsynet.
            Per Inge
            """
        ),
        attachments=[("Ladekamera.zip", package)],
        to="trine.aas@parknord.no",
    )
    body = txt(
        """
        Hei,

        videresender pakken fra daglig leder: vi ber om forhåndsdrøftelse for kamera ved
        ladeplasser. Kontaktpunkter står først i DPIA-en.

        Trine Aas
        ParkNord AS | telefon +47 23 17 60 42
        """
    )
    msg = message(
        "n034",
        p.G_FROM,
        "VS: Ladekamera – pakke til Datatilsynet",
        when(12, 2, 9, 12),
        body,
        forwarded=("Ladekamera.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "parking_company",
            "forwarded_rfc822",
            "zip",
            "contact_page_in_dpia",
            "phone_telefon",
            "phone_plus47_spaced",
            "phone_sentralbord",
            "dpia_report_pdf",
            "risk_register_csv",
            "part5_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; parking EV charging cameras; forwarded .eml containing the ZIP",
    )


# --- H: prison administration ----------------------------------------------------------------

CELLCAM = Topic(
    title="Kamera med bevegelsesanalyse i sikkerhetsceller",
    what=(
        "Kameraene i sikkerhetscellene skal suppleres med programvare som varsler betjent ved "
        "bevegelser som tyder på selvskading."
    ),
    scope="Ca. 60 innsettelser i året. Video, varsler. Video slettes etter 7 dager uten hendelse.",
    flow="Analysen kjører lokalt på fengselets server.",
    need=(
        "To alvorlige selvskadingshendelser i 2025 ble oppdaget for sent. Grunnlag: "
        "straffegjennomføringsloven § 38."
    ),
    proportional="Bare i sikkerhetscelle, ikke i ordinære celler.",
    safeguards=("Innsatte informeres.", "Varsler vurderes alltid av betjent."),
    risks=(
        ("Krenkelse av intimsfære", "høy", "Maskering av toalett"),
        ("Falsk trygghet – færre tilsyn", "høy", "Tilsynsfrekvens uendret"),
        ("Opptak brukes disiplinært", "middels", "Forbud i instruks"),
    ),
    not_done="Fast vakt utenfor cellen – ikke bemanning til det.",
)


def n035() -> Case:
    earlier = txt(
        """
        Fra: Bjørg Aslaksen
        Sendt: 24. november 2026 13:11
        Emne: Bevegelsesanalyse – status

        Jeg har ikke rukket å gå gjennom PVK-en ennå. Send den gjerne til Datatilsynet nå,
        så ettersender vi min beslutning når jeg har behandlet den.
        """
    )
    body = (
        txt(
            f"""
            Til Datatilsynet

            Vestmo fengsel ber om forhåndsdrøftelse for bevegelsesanalyse i sikkerhetsceller,
            se vedlagte PVK. Som det fremgår av e-posten under, ettersendes fengselsleders
            beslutning.

            Kontaktperson er undertegnede. {p.H_DPO}
            """
        )
        + "\n"
        + p.H_SIGNATURE
        + "\n\n"
        + quoted(earlier)
    )
    msg = message(
        "n035",
        p.H_FROM,
        "SV: Bevegelsesanalyse – status",
        when(11, 25, 10, 2),
        body,
        attachments=[("PVK_bevegelsesanalyse.docx", p.h_dpia(CELLCAM))],
    )
    return msg, Label(
        "nb",
        (
            "prison_administration",
            "reply_in_thread",
            "contact_signature_only",
            "contact_is_sender_stated",
            "dpo_function_mailbox_switchboard",
            "long_signature_many_phones",
            "phone_direkte",
            "phone_sentralbord",
            "processor_none_stated",
            "dpia_report_docx",
            "risk_bullets",
            "part5_will_follow",
        ),
        "pgp_mime",
        True,
        "none",
        "part 5 missing: leader has not reviewed the DPIA, decision «ettersendes» (quoted mail)",
        missing=(5,),
    )


ANKLE = Topic(
    title="Posisjonslogg ved permisjoner med fotlenke",
    what=(
        "Innsatte på permisjon skal bære fotlenke, og posisjonen logges hvert minutt for å "
        "kontrollere permisjonsvilkårene."
    ),
    scope="Ca. 200 permisjoner i året. Posisjon, tid, brudd. Logg slettes 6 måneder etter soning.",
    flow="Posisjonsdata mottas av fengselets kontrollrom.",
    need="Permisjonsbrudd har økt. Grunnlag: straffegjennomføringsloven § 33.",
    proportional="Alternativ er ingen permisjon; lenke gjør flere permisjoner mulig.",
    safeguards=("Innsatte informeres skriftlig.", "Innsyn i egen logg."),
    risks=(
        ("Familien overvåkes indirekte", "høy", "Bare brudd på soner vises"),
        ("Teknisk feil gir feilaktig brudd", "høy", "Manuell kontroll før reaksjon"),
        ("Loggen brukes av politiet uten hjemmel", "middels", "Utlevering bare etter kjennelse"),
    ),
    not_done="Lengre intervall – gir ikke kontroll med forbudssoner.",
)


def n036() -> Case:
    decision = p.h_decision_scan(
        "30.11.2026",
        "posisjonslogg ved permisjoner",
        "Vurderingen er lagt fram for meg med funn, restrisiko og innspill fra "
        "innsatterådet. Jeg godkjenner den og ber om forhåndsdrøftelse.",
    )
    inner = message(
        "n036i",
        "Bjørg Aslaksen <bjorg.aslaksen@vestmo-fengsel.no>",
        "Fotlenke – oversendelse",
        when(12, 1, 8, 5),
        txt(
            """
            Arild – godkjent, signert beslutning vedlagt. Oversend til Datatilsynet.
            B.
            """
        ),
        attachments=[
            ("PVK_fotlenke.docx", p.h_dpia(ANKLE)),
            ("Beslutning_fotlenke.pdf", decision),
        ],
        to="arild.nesheim@vestmo-fengsel.no",
    )
    body = (
        txt(
            f"""
        Til Datatilsynet

        Vi ber om forhåndsdrøftelse for posisjonslogg ved permisjoner. Se videresendt e-post
        fra fengselsleder med PVK og beslutning. Jeg er saksbehandler og kontaktperson.

        {p.H_DPO}
        """
        )
        + "\n"
        + p.H_SIGNATURE
    )
    msg = message(
        "n036",
        p.H_FROM,
        "VS: Fotlenke – oversendelse",
        when(12, 1, 11, 40),
        body,
        forwarded=("Fotlenke_oversendelse.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "prison_administration",
            "forwarded_rfc822",
            "contact_signature_only",
            "contact_is_sender_stated",
            "dpo_function_mailbox_switchboard",
            "long_signature_many_phones",
            "phone_direkte",
            "phone_sentralbord",
            "processor_none_stated",
            "dpia_report_docx",
            "risk_bullets",
            "part5_signed_letter",
            "part5_scanned_decision_pdf",
        ),
        "none",
        True,
        "none",
        "complete; prison ankle-tag location log; forwarded .eml with scanned decision",
    )


# --- I: think tank ---------------------------------------------------------------------------


def n037() -> Case:
    body = txt(
        """
        Kjære alle,

        Tankesmien Allmenning inviterer til frokostseminar 15. januar: «Personvern i
        surveyforskning – når trenger du forhåndsdrøftelse?». Vi går gjennom de fem delene
        Datatilsynet krever: kontaktopplysninger, systematisk beskrivelse, nødvendighet og
        proporsjonalitet, risikovurdering og ledelsens validering av DPIA.

        Påmelding på allmenning.org/seminar. Gratis, med kaffe.

        Mathias Rønning
        Tankesmien Allmenning
        """
    )
    msg = message(
        "n037",
        p.I_FROM,
        "Invitasjon: Personvern i surveyforskning",
        when(11, 25, 7, 30),
        body,
        to="postkasse@datatilsynet.no",
    )
    return msg, Label(
        "nb",
        ("think_tank", "nonrequest_newsletter", "lists_five_parts", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "not a request: seminar invitation that lists the five parts",
    )


CHILDREN = Topic(
    title="Barnas hverdag – spørreundersøkelse i skolen",
    what=(
        "Elever i 5.-10. klasse svarer på en digital undersøkelse om mobbing, helse og "
        "familieøkonomi i skoletiden."
    ),
    scope="Ca. 20 000 elever i 14 kommuner. Svarene lagres med skolekode, ikke navn, i 5 år.",
    flow="Panelia AS samler inn og lagrer data som databehandler.",
    need="Kommunene mangler kunnskap om barnefattigdom. Grunnlag: artikkel 6 nr. 1 bokstav e "
    "(på oppdrag fra kommunene) og artikkel 9 nr. 2 bokstav j.",
    proportional="Elevene kan hoppe over spørsmål og la være å svare.",
    safeguards=("Foreldre informeres og kan reservere barnet.",),
    risks=(),
    not_done="",
)


def n038() -> Case:
    body = txt(
        f"""
        Hei,

        vi ber om forhåndsdrøftelse for undersøkelsen «Barnas hverdag». DPIA vedlagt.
        Risikovurderingen er ikke ferdig, men beskrivelsen og nødvendighetsvurderingen er på
        plass, og styret har allerede behandlet saken.

        Kontakt: Mathias Rønning, 47 81 20 66, mathias.ronning@allmenning.org.
        {p.I_DPO}
        {p.I_PANELIA}

        Styret behandlet DPIA-utkastet 20. november etter at funn og innspill fra Barneombudet
        og elevorganisasjonen var presentert, og godkjente at undersøkelsen gjennomføres med
        forbehold om Datatilsynets råd.

        Hilsen Mathias
        """
    )
    msg = message(
        "n038",
        p.I_FROM,
        "Forhåndsdrøftelse: Barnas hverdag",
        when(11, 30, 13, 13),
        body,
        attachments=[("DPIA_barnas_hverdag.docx", p.i_dpia(CHILDREN, risk=False))],
    )
    return msg, Label(
        "nb",
        (
            "think_tank",
            "contact_label_value",
            "contact_prose",
            "dpo_external_firm",
            "phone_direkte",
            "phone_sentralbord",
            "processor_contact_body",
            "dpia_report_docx",
            "headings_num",
            "part4_not_done",
            "part5_paragraph_in_mail",
        ),
        "none",
        True,
        "used",
        "part 4 missing: risk section «under arbeid og ikke ferdig»",
        missing=(4,),
    )


# --- J: fintech ------------------------------------------------------------------------------


def n039() -> Case:
    body = txt(
        """
        Hei,

        Kvikkpay AS ber om forhåndsdrøftelse for automatisk stans av kort ved mistanke om
        svindel (atferdsbiometri i appen).

        KONTAKT
        Kontaktperson for saken blir vår nye personvernrådgiver, som begynner 4. januar.
        Navn og nummer ettersendes.
        Personvernombud: Even Aulie, 0047 415 62 930, even.aulie@kvikkpay.no.
        Databehandler: Verilane OÜ, Kadri Tamm, +372 5812 4409, kadri.tamm@verilane.ee.

        BESKRIVELSE
        Appen måler skrivetempo, trykk og hvordan telefonen holdes. Avviker mønsteret fra
        kundens vanlige, stanses kortet automatisk til kunden bekrefter med BankID. Gjelder
        alle 310 000 kunder; atferdsprofilen oppdateres løpende og slettes 6 måneder etter
        at kundeforholdet opphører. Verilane kjører modellen i EU.

        NØDVENDIGHET
        Svindel med overtatte kontoer har tredoblet seg. Hvitvaskingsloven og
        betalingstjenestedirektivet krever sterk kundeautentisering. Profilen brukes bare
        til svindelstopp, ikke markedsføring. Kunden får informasjon ved oppstart og kan be
        om manuell vurdering.

        RISIKO
        - Personer med tremor eller funksjonsnedsettelse får kortet stanset oftere (høy) –
          egen terskel og rask manuell oppheving
        - Atferdsdata kan avsløre helse eller rus (høy) – ingen lagring av rådata
        - Feilstans i utlandet (middels) – døgnåpen kundeservice
        Vurdert, men ikke gjort: samtykke som grunnlag – ikke frivillig når det er et
        sikkerhetskrav.

        LEDELSENS VALIDERING
        Ledergruppen behandlet DPIA-en 26. november, med funn, restrisiko og innspill fra
        Funksjonshemmedes Fellesorganisasjon, og vedtok å be om forhåndsdrøftelse.

        Hilsen
        Compliance-teamet, Kvikkpay AS
        """
    )
    msg = message(
        "n039",
        "Kvikkpay Compliance <compliance@kvikkpay.no>",
        "Forhåndsdrøftelse – atferdsbiometri",
        when(11, 27, 17, 5),
        body,
    )
    return msg, Label(
        "nb",
        (
            "fintech",
            "all_in_body",
            "headings_caps_in_body",
            "role_mailbox",
            "phone_0047",
            "phone_foreign",
            "risk_bullets",
            "part5_sentence_in_mail",
            "processor_contact_body",
            "p1_contact_not_named",
        ),
        "inline",
        True,
        "used",
        "part 1 missing: contact person «blir vår nye personvernrådgiver», name and number follow",
        missing=(1,),
    )


GAMBLING = Topic(
    title="Gambling spend alerts",
    what=(
        "Customers who spend a growing share of income on gambling get an alert, a cooling-off "
        "offer, and in severe cases a lowered card limit."
    ),
    scope="All 310 000 customers are screened monthly. Merchant category codes, income estimate.",
    flow="Runs on our own platform; no processor.",
    need="Customers asked for it; problem gambling drives our credit losses.",
    proportional="Only merchant categories, not individual merchants; limits only with consent.",
    safeguards=("Opt-out from alerts.", "Human contact before any limit change."),
    risks=(
        ("Stigmatisation", "high", "Alerts only in app, never by letter"),
        ("Data used for credit decisions", "high", "Technical separation"),
        ("False positives (lottery shops)", "medium", "Threshold tuning"),
    ),
    not_done="Automatic blocking – too paternalistic.",
)


def n040() -> Case:
    signoff = """
| Step | Who | Date | Outcome |
| DPO advice | Even Aulie | 20 Nov 2026 | Advised prior consultation |
| Executive management | CEO Maja Strand | 27 Nov 2026 | Findings, residual risk and
  Hjelpelinjen for spilleavhengige's input reviewed; approved |
"""
    earlier = txt(
        """
        From: Even Aulie
        Sent: 27 November 2026 15:40
        Subject: Gambling alerts

        Management approved it today. Go ahead and file with Datatilsynet.
        """
    )
    contacts = (
        "Contact person: Sandra Kvam, +47 400 18 526, sandra.kvam@kvikkpay.no\n\n"
        f"{p.J_DPO}\n\nNo processor is used; the model runs on Kvikkpay's platform."
    )
    body = (
        txt(
            """
            Hello,

            Kvikkpay requests prior consultation for gambling spend alerts; DPIA attached.
            """
        )
        + "\n"
        + p.J_SIGNATURE_EN
        + "\n"
        + quoted(earlier)
        + "\n"
        + p.J_DISCLAIMER
        + "\n"
    )
    msg = message(
        "n040",
        p.J_FROM,
        "Re: Gambling alerts",
        when(11, 30, 9, 25),
        body,
        attachments=[
            ("Kvikkpay_DPIA_gambling_alerts.pdf", p.j_dpia(GAMBLING, contacts, signoff)),
            ("image001.png", b""),
        ],
    )
    return msg, Label(
        "en",
        (
            "fintech",
            "reply_in_thread",
            "contact_page_in_dpia",
            "phone_plus47_spaced",
            "phone_0047",
            "disclaimer_footer",
            "dpia_report_pdf",
            "part5_signoff_table",
            "processor_none_stated",
            "zero_byte_extra_file",
        ),
        "none",
        True,
        "none",
        "complete; fintech gambling alerts; reply quoting DPO, zero-byte inline image",
    )
