"""blind9 cases n041-n060: one function per case, each returning the message and its label."""

from __future__ import annotations

from email.message import EmailMessage

import personas as p
from kit import (
    Label,
    csv_bytes,
    html_from_text,
    message,
    quoted,
    to_docx,
    to_pdf,
    to_zip,
    txt,
    vcard,
    when,
)
from personas import Topic

Case = tuple[EmailMessage, Label]

# --- A: dental chain -------------------------------------------------------------------------

CLAIMS = Topic(
    title="Deling av røntgen og foto med forsikringsselskaper",
    what=(
        "Pasienter med tannskadeforsikring skal kunne be oss sende røntgen, foto og "
        "behandlingsplan direkte til forsikringsselskapet via en portal, og selskapet skal "
        "kunne hente opplysninger om tidligere behandling."
    ),
    scope=(
        "Ca. 8 000 skadesaker i året. Røntgen, foto, journalutdrag. Portalen lagrer "
        "forsendelser i 6 måneder."
    ),
    flow="Portalen driftes av Skadelink AS (databehandler).",
    need=(
        "Pasientene venter i dag uker på oppgjør fordi papirer sendes manuelt. Grunnlag: "
        "samtykke og artikkel 9 nr. 2 bokstav a."
    ),
    proportional=(
        "Forsikringsselskapet får bare opplysninger om den aktuelle skaden, ikke hele journalen."
    ),
    safeguards=("Eget samtykke per sak.", "Pasienten ser hva som er sendt i appen."),
    risks=(
        ("Selskapet henter mer enn skaden gjelder", "høy", "Tannlegen godkjenner hvert uttrekk"),
        ("Opplysningene brukes til å nekte ny forsikring", "høy", "Avtale begrenser formål"),
        ("Portalen kompromitteres", "middels", "To-faktor og kryptering"),
    ),
    not_done="Å la selskapet selv søke i journalen – avvist.",
)


def n041() -> Case:
    contacts = (
        f"{p.A_DPO} Databehandler: Skadelink AS, kontaktperson Karianne Vold, tlf. 400 71 629, "
        "karianne.vold@skadelink.no."
    )
    signoff = """
| Rolle | Navn | Dato | Vurdering |
| Ledergruppen | Adm. dir. Petter Hovland | 2.12.2026 | Funn, restrisiko og innspill fra
  pasientpanelet og personvernombudet gjennomgått; godkjent; forhåndsdrøftelse |
"""
    prices = to_pdf(
        "# Prisliste 2027\n\n| Behandling | Pris |\n| Undersøkelse | 950 |\n| Fylling | 1 450 |\n"
        "| Rens | 890 |"
    )
    body = (
        txt(
            """
        Til Datatilsynet

        Vedlagt DPIA for deling av røntgen og foto med forsikringsselskaper. Vi ber om
        forhåndsdrøftelse fordi risikoen for at opplysningene brukes mot pasientene fortsatt
        er høy.
        """
        )
        + "\n"
        + p.a_signature("mobil 907 31 554")
    )
    msg = message(
        "n041",
        p.A_FROM,
        "Forhåndsdrøftelse – forsikringsportal",
        when(12, 3, 10, 15),
        body,
        attachments=[
            ("DPIA_forsikringsportal.docx", p.a_dpia(CLAIMS, contacts, signoff)),
            ("Prisliste_2027.pdf", prices),
        ],
    )
    return msg, Label(
        "nb",
        (
            "dental_chain",
            "contact_signature_only",
            "dpia_report_docx",
            "headings_question",
            "part5_signoff_table",
            "processor_contact_in_dpia",
            "irrelevant_attachment",
            "phone_mob_tlf",
        ),
        "none",
        True,
        "used",
        "complete; dental insurance portal; contact only in signature, unstated; price list",
    )


ORTHO = Topic(
    title="Fjernmonitorering av tannregulering",
    what=(
        "Pasienter med gjennomsiktige reguleringsskinner tar ukentlige bilder med mobilen; en "
        "modell vurderer fremdriften og varsler kjeveortopeden."
    ),
    scope=(
        "Ca. 3 500 pasienter, de fleste 12-18 år. Bilder, fremdrift. Slettes 1 år etter behandling."
    ),
    flow="Plattformen leveres av OrthoWatch BV, Utrecht (databehandler).",
    need="Færre kontroller gir mindre skolefravær. Grunnlag: artikkel 9 nr. 2 bokstav h.",
    proportional="Pasienten kan velge vanlige kontroller.",
    safeguards=("Egen informasjon for ungdom.", "Foresatte ser bare varsler."),
    risks=(
        ("Bilder av ansikt og rom hjemme", "høy", "Automatisk beskjæring"),
        ("Forsinket oppfølging ved feil modell", "høy", "Kontroll hver 3. måned uansett"),
        ("Overføring til Nederland", "middels", "Innenfor EØS, avtale"),
    ),
    not_done="Egen app utviklet internt – for kostbart.",
)


def n042() -> Case:
    contacts = (
        "Personvernombud: Torstein Aamodt. Databehandler: OrthoWatch BV, kontakt "
        "Sanne de Vries, +31 30 256 7781, s.devries@orthowatch.nl."
    )
    signoff = """
| Rolle | Navn | Dato | Vurdering |
| Ledergruppen | Adm. dir. Petter Hovland | 30.11.2026 | Funn og restrisiko gjennomgått;
  kjeveortopedene og pasientpanelet hørt; godkjent |
"""
    body = (
        txt(
            """
        Hei,

        vi ber om forhåndsdrøftelse for fjernmonitorering av tannregulering. DPIA vedlagt.
        Kontaktperson er undertegnede.
        """
        )
        + "\n"
        + p.a_signature()
    )
    msg = message(
        "n042",
        p.A_FROM,
        "Forhåndsdrøftelse – fjernmonitorering regulering",
        when(12, 4, 9, 5),
        body,
        attachments=[("DPIA_fjernmonitorering.docx", p.a_dpia(ORTHO, contacts, signoff))],
    )
    return msg, Label(
        "nb",
        (
            "dental_chain",
            "contact_signature_only",
            "contact_is_sender_stated",
            "dpia_report_docx",
            "headings_question",
            "part5_signoff_table",
            "processor_contact_in_dpia",
            "phone_foreign",
            "phone_mob_tlf",
            "p1_dpo_name_only",
        ),
        "none",
        True,
        "used",
        "part 1 missing: the DPO is given by name only, no phone or e-mail anywhere",
        missing=(1,),
    )


# --- B: housing cooperative ------------------------------------------------------------------

CHARGERS = Topic(
    title="Felles ladeanlegg med individuell måling",
    what=(
        "Ladeanlegget i 9 borettslag skal fakturere hver beboer for eget forbruk og logge "
        "når bilen lades, slik at kapasiteten kan styres."
    ),
    scope="Ca. 1 200 beboere med elbil. Forbruk, tid, registreringsnummer. Slettes etter 3 år.",
    flow="Anlegget driftes av Ladeklar AS (databehandler).",
    need="Fellesfakturering er urettferdig og skaper konflikter. Grunnlag: avtale.",
    proportional="Bare ladedata, ikke posisjon.",
    safeguards=("Info i beboermøte.", "Eget forbruk på Min side."),
    risks=(
        ("Kartlegging av når beboere er hjemme", "høy", "Styret ser ikke tidspunkter"),
        ("Feilfakturering", "middels", "Månedlig kontroll"),
        ("Data til forsikring eller politi", "middels", "Utlevering bare etter lov"),
    ),
    not_done="Fast pris per plass – vurdert, men urettferdig.",
)


def n043() -> Case:
    body = (
        txt(
            f"""
        Til Datatilsynet

        Solbakken Boligbyggelag ber om forhåndsdrøftelse av felles ladeanlegg med
        individuell måling. Vurderingen av personvernkonsekvenser er vedlagt.

        {p.B_CONTACT} Personvernombudet vårt, advokat Sindre Flaten i Personvernpartner AS,
        står på kopi og kan nås på 91550264. Ladeklar AS er databehandler; kontaktperson er
        Helge Sunde, 93318240, helge.sunde@ladeklar.no.

        Vurderingen skal opp i styret på styremøtet 9. desember. Protokollen sender vi når
        den foreligger.
        """
        )
        + "\n"
        + p.B_SIGNATURE
    )
    msg = message(
        "n043",
        p.B_FROM,
        "Forhåndsdrøftelse – ladeanlegg",
        when(11, 26, 13, 0),
        body,
        attachments=[("PVK_ladeanlegg.pdf", p.b_dpia(CHARGERS))],
        cc="Sindre Flaten <sindre.flaten@personvernpartner.no>",
    )
    return msg, Label(
        "nb",
        (
            "housing_cooperative",
            "contact_prose",
            "contact_header_cc",
            "dpo_external_firm",
            "phone_8_digits",
            "processor_contact_body",
            "dpia_report_pdf",
            "headings_num",
            "part5_future_meeting",
            "part5_will_follow",
        ),
        "none",
        True,
        "used",
        "part 5 missing: «skal opp i styret på styremøtet 9. desember»; DPO's e-mail only in Cc",
        missing=(5,),
    )


NEIGHBOUR = Topic(
    title="Beboerapp med støyklager og nabovarsling",
    what=(
        "Beboere kan melde støy og brudd på husordensregler i appen; gjentatte klager på samme "
        "leilighet gir automatisk varsel fra forvaltningen."
    ),
    scope="Ca. 9 000 beboere. Klager, adresse, tid, fritekst. Lagres 2 år.",
    flow=("Appen utvikles og driftes av Nabolaget Digital AS som databehandler for SBBL."),
    need="Klager på papir blir borte; beboerne ønsker ryddig behandling. Grunnlag: bokstav f.",
    proportional="Automatisk varsel bare etter tre uavhengige klagere.",
    safeguards=("Den påklagede får se klagen (uten navn).",),
    risks=(
        ("Trakassering gjennom falske klager", "høy", "Krav om tre uavhengige klagere"),
        ("Fritekst avslører helse eller religion", "høy", "Moderering"),
        ("Utkastelse basert på automatikk", "middels", "Forvaltningen vurderer alltid"),
    ),
    not_done="Anonyme klager – avvist for å hindre misbruk.",
)


def n044() -> Case:
    minutes = p.b_minutes_scan(
        "1. DESEMBER 2026",
        "55/26 Beboerapp – vurdering av personvernkonsekvenser",
        "Vurderingen ble lagt fram med funn og restrisiko. Styret hørte beboerrepresentanten.\n"
        "Vedtak: Vurderingen godkjennes; forhåndsdrøftelse skal søkes.",
    )
    body = (
        txt(
            f"""
        Hei,

        vi ber om forhåndsdrøftelse for beboerappen. PVK og styreprotokoll er vedlagt.

        {p.B_CONTACT}

        {p.B_DPO}
        """
        )
        + "\n"
        + p.B_SIGNATURE
    )
    msg = message(
        "n044",
        p.B_FROM,
        "Anmodning om forhåndsdrøftelse – beboerapp",
        when(12, 2, 15, 45),
        body,
        attachments=[("PVK_beboerapp.pdf", p.b_dpia(NEIGHBOUR)), ("Protokoll_55-26.pdf", minutes)],
    )
    return msg, Label(
        "nb",
        (
            "housing_cooperative",
            "contact_prose",
            "dpo_external_firm",
            "phone_8_digits",
            "dpia_report_pdf",
            "headings_num",
            "part5_scanned_minutes_pdf",
            "p1_processor_no_contact",
        ),
        "pgp_mime",
        True,
        "used",
        "part 1 missing: processor Nabolaget Digital AS named in the PVK, no contact anywhere",
        missing=(1,),
    )


# --- C: county municipality (nynorsk) --------------------------------------------------------

HOSTEL = Topic(
    title="Ansiktsgjenkjenning ved inngang til elevhybelhus",
    what=(
        "Elevar som bur på fylkeskommunen sine hybelhus skal kunne gå inn med ansiktet i staden "
        "for nøkkelkort; nattevakta får varsel om elevar som ikkje er komne heim."
    ),
    scope="Om lag 240 elevar, 15-19 år. Ansiktsmal, inn- og utpassering. Sletta ved utflytting.",
    flow="Løysinga vert levert av Dørvakt Nordic AS (databehandlar).",
    need="Føresette og skular ønskjer betre tilsyn med unge som bur borte. Grunnlag: samtykke.",
    proportional="Nøkkelkort er framleis eit val; ingen må bruke ansiktet.",
    safeguards=("Eige samtykke frå elev og føresette.", "Eleven kan trekkje samtykket."),
    risks=(
        ("Biometri om mindreårige lek ut", "høg", "Lokal lagring av mal, kryptert"),
        ("Kontroll av privatliv utover tilsynet", "høg", "Varsel berre kl. 23"),
        ("Press om å samtykkje", "middels", "Likeverdig alternativ"),
    ),
    not_done="Kamera i fellesrom – avvist.",
)


def n045() -> Case:
    contacts = (
        "Kontaktperson: Ingebjørg Rygg, tlf. 57 60 16 21, ingebjorg.rygg@fjordheim-fylke.no. "
        + p.C_DPO
        + " Databehandlar: Dørvakt Nordic AS, Even Skår, tlf. 22 19 70 44, even.skar@dorvakt.no."
    )
    photo = p.c_minutes_photo(
        "1.12.2026",
        "102/26 Hybelhus – ansiktsgjenkjenning",
        "Fylkesdirektøren la fram vurderinga med restrisiko og innspel frå elevrådet og "
        "personvernombodet.\nVedtak: Fylkesutvalet godkjenner vurderinga og ber om "
        "forhandsdrøfting.",
    )
    earlier = txt(
        """
        Frå: Fylkesdirektør Astrid Nes
        Sendt: 2. desember 2026 08:14
        Emne: Hybelhus

        Fylkesutvalet godkjende saka i går. Send ho til Datatilsynet.
        """
    )
    body = (
        txt(
            """
        Til Datatilsynet

        Som avtalt internt (sjå under) ber Fjordheim fylkeskommune om forhandsdrøfting for
        ansiktsgjenkjenning på hybelhusa. DPIA og møtebok ligg ved.

        Ingebjørg Rygg
        rådgjevar
        """
        )
        + "\n"
        + quoted(earlier)
    )
    msg = message(
        "n045",
        "Ingebjørg Rygg <ingebjorg.rygg@fjordheim-fylke.no>",
        "SV: Hybelhus",
        when(12, 2, 11, 2),
        body,
        attachments=[
            ("DPIA_hybelhus.docx", p.c_dpia(HOSTEL, contacts)),
            ("Moetebok_102-26.jpg", photo),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_nynorsk",
            "reply_in_thread",
            "dpo_function_mailbox_switchboard",
            "contact_page_in_dpia",
            "phone_tlf",
            "dpia_report_docx",
            "headings_nynorsk",
            "risk_bullets",
            "part5_photographed_minutes",
        ),
        "none",
        True,
        "used",
        "complete; county hostel face entry; reply quoting the director, photographed minutes",
    )


def n046() -> Case:
    budget = to_docx(
        """
# Budsjett 2027 – helse og levekår

Rammene for 2027 vert vidareførte med ein realvekst på 1,2 prosent.

| Post | 2026 | 2027 |
| Helsestasjon for ungdom | 4 100 000 | 4 250 000 |
| Skulehelseteneste | 9 800 000 | 10 020 000 |
"""
    )
    rest = to_docx(
        """
# Kvifor er det naudsynt?

Ungdom ventar i dag opptil tre veker på svar frå helsesjukepleiar. KI-chatten gir svar på
enkle spørsmål straks og sender alvorlege saker vidare. Grunnlag: helse- og
omsorgstenestelova og artikkel 9 nr. 2 bokstav h.

Chatten er eit tilbod i tillegg til dagens; ingen må bruke han. Samtalar om sjølvmord og
vald vert alltid sende til menneske.

# Kva kan gå gale?

- Ungdom får feil råd (høg). Tiltak: avgrensa svarbank, alt anna til helsesjukepleiar.
- Samtalar vert lesne av uvedkomande (høg). Tiltak: kryptering, sletting etter 30 dagar.
- Føresette får innsyn mot ungdomen sin vilje (middels). Tiltak: eigen rutine etter
  pasientrettslova.

Vurdert, men ikkje gjort: anonym chat utan innlogging – hindrar oppfølging av alvorlege saker.
"""
    )
    photo = p.c_minutes_photo(
        "24.11.2026",
        "97/26 KI-chat i helsestasjon for ungdom",
        "Vurderinga vart lagd fram med funn, restrisiko og innspel frå ungdomsrådet.\n"
        "Vedtak: Fylkesutvalet godkjenner vurderinga.",
    )
    body = txt(
        f"""
        Hei,

        vi ber om forhandsdrøfting for KI-chat i helsestasjon for ungdom. Vi sender ei fil
        per del: skildring, naudsyn og risiko, og møtebok.

        Kontaktperson er Kjell Arne Vik, som de når på 57 60 18 02 eller
        kjell.arne.vik@fjordheim-fylke.no. {p.C_DPO} Vi brukar ingen databehandlar; chatten
        køyrer i vår eiga skyteneste.

        Helsing
        Kjell Arne Vik
        """
    )
    msg = message(
        "n046",
        "Kjell Arne Vik <kjell.arne.vik@fjordheim-fylke.no>",
        "Forhandsdrøfting – KI-chat helsestasjon",
        when(11, 30, 9, 40),
        body,
        attachments=[
            ("1_Skildring_av_handsaminga.docx", budget),
            ("2_Naudsyn_og_risiko.docx", rest),
            ("3_Moetebok_97-26.jpg", photo),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_nynorsk",
            "file_per_part",
            "contact_prose",
            "dpo_function_mailbox_switchboard",
            "processor_none_stated",
            "headings_nynorsk",
            "risk_bullets",
            "part5_photographed_minutes",
            "wrong_file_description",
        ),
        "none",
        True,
        "none",
        "part 2 missing: the «Skildring» file is the 2027 budget, no description elsewhere",
        missing=(2,),
    )


# --- D: football club ------------------------------------------------------------------------


def n047() -> Case:
    topic = Topic(
        title="Dommerkamera og automatisk rapport om tilskuere",
        what=(
            "Vi vil filme tribunen under alle hjemmekamper og bruke et program som finner "
            "tilskuere som kaster gjenstander eller roper rasistiske tilrop."
        ),
        scope="Ca. 30 kamper, 400-2 000 tilskuere per kamp. Video lagres i 14 dager.",
        flow="Programmet leveres av Tribunevakt AS (databehandler).",
        need="",
        proportional="",
        safeguards=(),
        risks=(
            ("Uskyldige tilskuere identifiseres", "høy", "Manuell kontroll før tiltak"),
            ("Barn filmes", "middels", "Familietribunen filmes ikke"),
            ("Video deles i sosiale medier", "middels", "Bare to personer har tilgang"),
        ),
        not_done="Flere vakter – vurdert, men vi har ikke folk nok.",
    )
    body = (
        txt(
            """
            Hei,

            Kvernstad IL Fotball ber om forhåndsdrøftelse for tribunekamera.
            """
        )
        + "\n"
        + p.d_body(topic, need=False)
        + "\n"
        + txt(
            """
            HVORFOR
            Nødvendighetsvurderingen kommer – den skrives av en advokat i klubben som er
            bortreist. Styret skal behandle hele DPIA-en i januarmøtet.

            KONTAKTER
            Kontaktperson: undertegnede.
            Personvernombud: Marte Fossli, mob. 90362215, marte.fossli@kvernstadfotball.no
            Databehandler: Tribunevakt AS, Ola Nordby, 46115520, ola@tribunevakt.no
            """
        )
        + "\n"
        + p.D_SIGNATURE
        + "styreleder@kvernstadfotball.no\n"
    )
    msg = message(
        "n047",
        "Geir Ove Tangen <styreleder@kvernstadfotball.no>",
        "Forhåndsdrøftelse tribunekamera",
        when(12, 1, 21, 48),
        body,
    )
    return msg, Label(
        "nb",
        (
            "football_club",
            "all_in_body",
            "contact_signature_only",
            "contact_is_sender_stated",
            "phone_8_digits",
            "phone_mob",
            "risk_bullets",
            "part3_will_follow",
            "part5_future_meeting",
            "processor_contact_body",
        ),
        "inline",
        True,
        "used",
        "parts 3 and 5 missing: necessity «kommer», board to review in January",
        missing=(3, 5),
    )


INJURY = Topic(
    title="Skaderegistrering i app for alle lag",
    what=(
        "Trenere og fysioterapeut registrerer skader, sykdom og tilbakeføring til spill i en "
        "app, for å se mønstre og forebygge skader."
    ),
    scope="Ca. 380 spillere fra 13 år. Skadetype, fravær, behandling. Slettes 2 år etter skaden.",
    flow="Appen leveres av Skadeboka AS (databehandler). Bare fysio og hovedtrener har tilgang.",
    need="Vi har ingen oversikt over skader i klubben i dag. Grunnlag: samtykke.",
    proportional="Bare skader fra trening og kamp, ikke annen sykdom.",
    safeguards=("Spilleren ser egne registreringer.", "Samtykke kan trekkes."),
    risks=(
        ("Helseopplysninger om barn hos frivillige trenere", "høy", "Trenere ser bare fravær"),
        ("Skadehistorikk påvirker uttak", "middels", "Retningslinje for uttak"),
        ("App-leverandør bruker data", "middels", "Avtale"),
    ),
    not_done="Papirskjema hos fysio – brukes for spillere uten samtykke.",
)


def n048() -> Case:
    body = (
        txt(
            """
            Hei,

            vi ber om forhåndsdrøftelse for skaderegistrering. Kontaktkortene til meg, ombudet
            og leverandøren ligger ved.
            """
        )
        + "\n"
        + p.d_body(INJURY)
        + "\n"
        + txt(
            """
            Styret behandlet DPIA-en i møte 1. desember, etter at fysioterapeuten la fram
            funnene og foreldrekontaktene ga innspill, og sluttet seg til konklusjonene.
            """
        )
        + "\n"
        + p.D_SIGNATURE
    )
    msg = message(
        "n048",
        "Geir Ove Tangen <styreleder@kvernstadfotball.no>",
        "Forhåndsdrøftelse – skaderegistrering",
        when(12, 3, 20, 30),
        body,
        attachments=[
            (
                "kontakt.vcf",
                vcard(
                    "Geir Ove Tangen",
                    "Kvernstad IL Fotball",
                    "Styreleder",
                    "92817364",
                    "styreleder@kvernstadfotball.no",
                ),
            ),
            (
                "ombud.vcf",
                vcard(
                    "Marte Fossli",
                    "Kvernstad IL Fotball",
                    "Personvernombud",
                    "90362215",
                    "marte.fossli@kvernstadfotball.no",
                ),
            ),
            (
                "skadeboka.vcf",
                vcard(
                    "Tuva Hegg",
                    "Skadeboka AS",
                    "Kundeansvarlig",
                    "0047 980 44 120",
                    "tuva@skadeboka.no",
                ),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "football_club",
            "all_in_body",
            "contact_vcard",
            "phone_8_digits",
            "phone_0047",
            "risk_bullets",
            "part5_sentence_in_mail",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; football injury app; contact, DPO and processor as vCards",
    )


# --- E: pharmacy chain -----------------------------------------------------------------------

PICKUP = Topic(
    title="Ansiktsverifisering ved henting av vanedannende legemidler",
    what=(
        "Når noen henter A- og B-preparater for en annen, skal et kamera ved disken sammenligne "
        "ansiktet med bildet på legitimasjonen."
    ),
    scope="Ca. 60 000 hentinger i året. Ansiktsbilde, ID-data. Mal slettes straks; logg i 1 år.",
    flow="Verifiseringen leveres av IDsjekk AS (databehandler).",
    need="Falske fullmakter har ført til misbruk. Grunnlag: legemiddelforskriften.",
    proportional="Bare ved henting på vegne av andre, ikke egne resepter.",
    safeguards=("Manuell kontroll som alternativ.",),
    risks=(
        ("Feilavvisning av kunder med annen hudfarge", "høy", "Manuell overprøving"),
        ("Biometrisk lekkasje", "høy", "Ingen lagring av mal"),
        ("Logg brukes mot kunden", "middels", "Begrenset tilgang"),
    ),
    not_done="Sjekk mot Folkeregisteret – ikke tilgang.",
)


def n049() -> Case:
    letter = p.e_decision_letter(
        "3. desember 2026",
        "ansiktsverifisering ved henting",
        "Ledergruppen har gjennomgått vurderingen med funn og restrisiko og innspill fra "
        "personvernombudet og kundepanelet. Jeg godkjenner vurderingen og ber om "
        "forhåndsdrøftelse.",
    )
    processor = (
        "Databehandler: IDsjekk AS, kontaktperson Nils Ødegård, tlf. 23 05 66 10, "
        "nils.odegard@idsjekk.no."
    )
    html = html_from_text(
        txt(
            f"""
            Hei,

            Apotek Nordlys ber om forhåndsdrøftelse for ansiktsverifisering ved henting av
            vanedannende legemidler.

            Kontaktperson for saken er vår personvernkoordinator Sigrid Eng, som står som
            svar-til-adresse. Hun har direktenummer 74 05 92 60. {p.E_DPO}
            """
        )
        + "\n"
        + p.E_SIGNATURE
        + "\n\n"
        + p.E_DISCLAIMER
    )
    msg = message(
        "n049",
        p.E_FROM,
        "Forhåndsdrøftelse – ansiktsverifisering",
        when(12, 4, 8, 25),
        html=html,
        attachments=[
            ("DPIA_ansiktsverifisering.pdf", p.e_dpia(PICKUP, processor)),
            ("Beslutning_ansiktsverifisering_signert.pdf", letter),
        ],
        headers={"Reply-To": "Sigrid Eng <sigrid.eng@apoteknordlys.no>"},
    )
    return msg, Label(
        "nb",
        (
            "pharmacy_chain",
            "html_only_body",
            "contact_header_reply_to",
            "contact_prose",
            "long_signature_many_phones",
            "phone_direkte",
            "phone_sentralbord",
            "disclaimer_footer",
            "dpia_report_pdf",
            "part5_signed_letter",
            "processor_contact_in_dpia",
        ),
        "none",
        True,
        "used",
        "complete; pharmacy face check at pickup; contact's e-mail only in Reply-To, phone in text",
    )


def n050() -> Case:
    html = html_from_text(
        txt(
            """
            Til Datatilsynet

            Melding om brudd på personopplysningssikkerheten (artikkel 33).

            30. november oppdaget vi at en ansatt ved Nordlys Apotek Levanger hadde sett på
            utleveringshistorikken til en nabo uten tjenstlig behov. Det gjelder én kunde. Den
            ansatte er suspendert, kunden er varslet, og loggen er sikret.

            Vi har også fylt ut skjemaet i Altinn; denne e-posten er til orientering.
            """
        )
        + "\n"
        + p.E_SIGNATURE
        + "\n\n"
        + p.E_DISCLAIMER
    )
    msg = message(
        "n050",
        p.E_FROM,
        "Avviksmelding – urettmessig oppslag",
        when(12, 1, 16, 3),
        html=html,
    )
    return msg, Label(
        "nb",
        (
            "pharmacy_chain",
            "html_only_body",
            "nonrequest_breach_notification",
            "long_signature_many_phones",
            "disclaimer_footer",
        ),
        "none",
        False,
        "unspecified",
        "not a request: breach notification under Article 33",
    )


# --- F: language school ----------------------------------------------------------------------

PLACEMENT = Topic(
    title="Learning analytics and automatic level placement",
    what=(
        "Our learning platform will track every exercise and automatically move adult students "
        "between course levels."
    ),
    scope="About 4 000 students a year. Exercise logs, time spent, scores. Kept 2 years.",
    flow="Platform provided by Learnloop Oy, Helsinki (processor).",
    need="Students are placed wrongly today and drop out. Legal basis Art. 6(1)(b).",
    proportional="A teacher confirms every move; students can ask to stay.",
    safeguards=("Students see their analytics.", "Right to a teacher's review."),
    risks=(
        ("Students with learning disabilities moved down", "high", "Teacher confirms"),
        ("Detailed behaviour profile", "medium", "Aggregated after 3 months"),
        ("Employers ask for the data", "medium", "Never shared"),
    ),
    not_done="Keystroke logging – rejected.",
)


def n051() -> Case:
    contacts = (
        "Contact person: Oliver Grant (see e-mail). DPO: see the attached contact card. "
        "Processor: Learnloop Oy, Mikko Salo, +358 9 4257 3310, mikko.salo@learnloop.fi."
    )
    signoff = """
| Role | Name | Date | Decision |
| Management board | CEO Hanne Lykke | 24 Nov 2026 | Findings, residual risk and student
  council input reviewed; approved; request prior consultation |
"""
    body = (
        txt(
            """
            Hi,

            Lingua Bridge would like prior consultation on learning analytics with automatic
            level placement. DPIA attached, and our DPO's card. Questions to me.
            """
        )
        + "\n"
        + p.f_signature()
    )
    msg = message(
        "n051",
        p.F_FROM,
        "Prior consultation – learning analytics",
        when(11, 28, 11, 11),
        body,
        attachments=[
            ("DPIA_learning_analytics.docx", p.f_dpia(PLACEMENT, contacts, signoff)),
            (
                "Aoife Brennan.vcf",
                vcard(
                    "Aoife Brennan",
                    "Clearline Privacy Ltd",
                    "Data Protection Officer",
                    "+353 1 482 9071",
                    "aoife.brennan@clearlineprivacy.ie",
                ),
            ),
        ],
    )
    return msg, Label(
        "en",
        (
            "language_school",
            "contact_signature_only",
            "contact_is_sender_stated",
            "contact_vcard",
            "dpo_external_firm",
            "phone_plus47_spaced",
            "phone_foreign",
            "dpia_report_docx",
            "headings_question",
            "part5_signoff_table",
            "processor_contact_in_dpia",
        ),
        "none",
        True,
        "used",
        "complete; language school learning analytics; DPO as vCard",
    )


CHATBOT = Topic(
    title="AI conversation partner for beginners",
    what=(
        "Students practise Norwegian with an AI chatbot; conversations are stored and teachers "
        "get summaries of each student's errors."
    ),
    scope="About 3 000 students. Chat logs, voice if used. Deleted after the course.",
    flow="Model provided by Talkwise Ltd, London (processor).",
    need="Beginners lack speaking practice between lessons. Legal basis Art. 6(1)(b).",
    proportional="Use is optional; summaries contain only language errors.",
    safeguards=("Warning not to share personal matters.", "Delete chat button."),
    risks=(
        ("Students disclose trauma or asylum details", "high", "Filter and deletion"),
        ("Transfer to the UK", "medium", "Adequacy decision"),
        ("Teachers over-rely on summaries", "medium", "Training"),
    ),
    not_done="Running the model locally – not feasible.",
)


def n052() -> Case:
    contacts = (
        "Contact person: Oliver Grant, +47 934 20 715, oliver.grant@linguabridge.no. "
        "DPO: provided by Clearline Privacy Ltd (info@clearlineprivacy.ie). "
        "Processor: Talkwise Ltd, Amara Okafor, +44 20 7946 0321, amara.okafor@talkwise.co.uk."
    )
    signoff = """
| Role | Name | Date | Decision |
| Management board | CEO Hanne Lykke | 1 Dec 2026 | Findings and residual risk reviewed; approved |
"""
    body = (
        txt(
            """
            Dear Datatilsynet,

            we request prior consultation for an AI conversation partner. The DPIA is attached.
            """
        )
        + "\n"
        + p.f_signature()
    )
    msg = message(
        "n052",
        p.F_FROM,
        "Request for prior consultation: AI conversation partner",
        when(12, 3, 14, 14),
        body,
        attachments=[("DPIA_AI_conversation.docx", p.f_dpia(CHATBOT, contacts, signoff))],
    )
    return msg, Label(
        "en",
        (
            "language_school",
            "contact_page_in_dpia",
            "dpo_external_firm",
            "phone_plus47_spaced",
            "phone_foreign",
            "dpia_report_docx",
            "headings_question",
            "part5_signoff_table",
            "processor_contact_in_dpia",
            "p1_dpo_firm_generic_only",
        ),
        "pgp_mime",
        True,
        "used",
        "part 1 missing: DPO only as the firm's generic info@ address, no person, no phone",
        missing=(1,),
    )


# --- G: parking company ----------------------------------------------------------------------


def n053() -> Case:
    body = txt(
        """
        Hei Jan Olav,

        takk for henvendelsen om kontrollsanksjonen fra P-hus Sentrum 14. november. Vi har
        gått gjennom bildene og ser at du hadde gyldig billett i appen. Sanksjonen er
        slettet. Bildene av bilen slettes etter vanlig frist.

        Du ba oss sende kopi til Datatilsynet, og det gjør vi herved.

        Vennlig hilsen
        Trine Aas
        ParkNord AS, kundeservice
        """
    )
    msg = message(
        "n053",
        p.G_FROM,
        "Svar på klage – kontrollsanksjon 14.11 (kopi til Datatilsynet)",
        when(11, 24, 11, 37),
        body,
        cc="Jan Olav Rise <janolav.rise@epost.no>",
    )
    return msg, Label(
        "nb",
        ("parking_company", "nonrequest_copy_of_reply", "contact_header_cc"),
        "none",
        False,
        "unspecified",
        "not a request: copy of the company's reply to a motorist's complaint",
    )


def n054() -> Case:
    risks = (
        ("Kartlegging av ansattes bevegelser", "høy", "Bare ved hendelse", ""),
        ("Feilaktig anklage om tyveri fra automat", "høy", "Video kontrolleres manuelt", ""),
        ("Opptak lekker", "middels", "Kryptering", ""),
    )
    register = csv_bytes(
        [["ID", "Risiko for de registrerte", "Nivå før tiltak", "Tiltak", "Restrisiko"]]
        + [[f"R{i}", r, lvl, m, "middels"] for i, (r, lvl, m, _) in enumerate(risks, 1)]
    )
    package = to_zip(
        {
            "Risikoregister_bodycam.csv": register,
            "Styreprotokoll_2026-11-30.pdf": p.g_minutes(
                "30. november 2026",
                "Sak 11/26 Kroppskamera for parkeringsvakter. Styret fikk lagt fram DPIA-ens funn "
                "og restrisiko og innspill fra de tillitsvalgte, og godkjente vurderingen.",
            ),
        }
    )
    body = txt(
        """
        Hei,

        vi ber om forhåndsdrøftelse for kroppskamera på parkeringsvaktene. Selve
        DPIA-dokumentet (beskrivelse og nødvendighet) ble dessverre ikke med i pakken – det
        ettersendes i morgen. Risikoregister og styreprotokoll ligger i zip-filen.

        Kontaktkortet mitt er vedlagt. Personvernombudet er Vegard Holmsen, telefon
        +47 23 17 60 00 (sentralbord), vegard.holmsen@parknord.no. Vi har ingen databehandler
        for dette; kameraene driftes av vår egen IT.

        Trine
        """
    )
    msg = message(
        "n054",
        p.G_FROM,
        "Forhåndsdrøftelse – kroppskamera",
        when(12, 3, 16, 58),
        body,
        attachments=[
            ("Bodycam.zip", package),
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
            "zip",
            "contact_vcard",
            "phone_telefon",
            "phone_plus47_spaced",
            "phone_sentralbord",
            "processor_none_stated",
            "risk_register_csv",
            "part5_minutes_pdf",
            "part2_will_follow",
            "part3_will_follow",
        ),
        "none",
        True,
        "none",
        "parts 2 and 3 missing: DPIA document «ettersendes»; only risk register and minutes sent",
        missing=(2, 3),
    )


# --- H: prison administration ----------------------------------------------------------------

DRONES = Topic(
    title="Droneovervåking av fengselsområdet",
    what=(
        "Fengselet vil bruke en drone med kamera til å patruljere ytre område om natten, for å "
        "oppdage innkast av narkotika over muren."
    ),
    scope=(
        "Innsatte, ansatte, besøkende og folk på tilstøtende vei. Video lagres 7 dager uten "
        "hendelse."
    ),
    flow="Video mottas i kontrollrommet.",
    need="Innkast er hovedkilde til narkotika i fengselet. Grunnlag: straffegjennomføringsloven.",
    proportional="Geofence hindrer filming utenfor fengselets grunn.",
    safeguards=("Skilting.", "Maskering av nabohus."),
    risks=(
        ("Filming av naboer og forbipasserende", "høy", "Geofence og maskering"),
        ("Ansatte overvåkes", "middels", "Instruks"),
        ("Opptak deles med politi uten hjemmel", "middels", "Kontroll"),
    ),
    not_done="Høyere mur – ikke finansiert.",
)


def n055() -> Case:
    decision = p.h_decision_scan(
        "27.11.2026",
        "droneovervåking",
        "Vurderingen er lagt fram med funn, restrisiko og innspill fra naboer og "
        "tillitsvalgte. Jeg godkjenner den og ber om forhåndsdrøftelse.",
    )
    inner = message(
        "n055i",
        "Bjørg Aslaksen <bjorg.aslaksen@vestmo-fengsel.no>",
        "Drone",
        when(11, 28, 9, 0),
        txt(
            """
            Arild, send til Datatilsynet. Personvernombudet er orientert.
            Bjørg
            """
        ),
        attachments=[
            ("PVK_drone.docx", p.h_dpia(DRONES)),
            ("Beslutning_drone.pdf", decision),
        ],
        to="arild.nesheim@vestmo-fengsel.no",
    )
    body = (
        txt(
            """
        Til Datatilsynet

        Vi ber om forhåndsdrøftelse for droneovervåking, se videresendt e-post med PVK og
        fengselsleders beslutning. Kontaktperson er undertegnede. Personvernombudet er
        orientert om saken.
        """
        )
        + "\n"
        + p.H_SIGNATURE
    )
    msg = message(
        "n055",
        p.H_FROM,
        "VS: Drone",
        when(11, 30, 8, 30),
        body,
        forwarded=("Drone.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "prison_administration",
            "forwarded_rfc822",
            "contact_signature_only",
            "contact_is_sender_stated",
            "long_signature_many_phones",
            "phone_direkte",
            "phone_sentralbord",
            "processor_none_stated",
            "dpia_report_docx",
            "risk_bullets",
            "part5_signed_letter",
            "part5_scanned_decision_pdf",
            "p1_dpo_mentioned_no_contact",
        ),
        "pgp_mime",
        True,
        "none",
        "part 1 missing: DPO only «er orientert», no name, phone or e-mail",
        missing=(1,),
    )


def n056() -> Case:
    body = (
        txt(
            """
        Til Datatilsynet

        Vi viser til deres brev av 20. november 2026 i sak 26/04417 om forhåndsdrøftelse for
        kroppsskanner, der dere ba om opplysninger om hvor lenge treff logges. Treff logges i
        12 måneder og slettes automatisk. Logg over besøkende uten treff lagres ikke.
        """
        )
        + "\n"
        + p.H_SIGNATURE
    )
    msg = message(
        "n056",
        p.H_FROM,
        "Deres ref. 26/04417 – svar på spørsmål om kroppsskanner",
        when(12, 2, 13, 20),
        body,
    )
    return msg, Label(
        "nb",
        (
            "prison_administration",
            "nonrequest_supplement_to_earlier",
            "references_earlier_request",
            "long_signature_many_phones",
        ),
        "none",
        False,
        "unspecified",
        "not a request: answer to Datatilsynet's question in an existing case",
    )


# --- I: think tank ---------------------------------------------------------------------------

FAITH = Topic(
    title="Tro og tilhørighet blant innvandrere",
    what=(
        "Spørreundersøkelse om religiøs praksis, diskriminering og politisk deltakelse blant "
        "innvandrere fra 12 land."
    ),
    scope="6 000 respondenter fra Panelias innvandrerpanel. Svar lagres i 5 år.",
    flow="Panelia AS samler inn som databehandler; analyse på vår server.",
    need="Offentlig debatt mangler data om religiøs praksis. Grunnlag: samtykke.",
    proportional="Ingen kobling til registre; bare landbakgrunn på regionnivå.",
    safeguards=("Oversatt informasjon på 8 språk.", "Trekk når som helst."),
    risks=(
        ("Respondenter fra små grupper identifiseres", "høy", "Aggregering, ingen småceller"),
        ("Funn brukes til stigmatisering", "middels", "Forsiktig formidling"),
        ("Svar om religion lekker", "høy", "Kryptering"),
    ),
    not_done="Intervjuer ansikt til ansikt – dyrere og mindre anonymt.",
)


def n057() -> Case:
    report = to_pdf(
        "# Årsrapport 2025\n\nTankesmien Allmenning ga ut 14 rapporter og arrangerte 22 "
        "seminarer i 2025. Inntektene var 18,4 mill. kr."
    )
    body = txt(
        f"""
        Hei,

        Tankesmien Allmenning ber om forhåndsdrøftelse for undersøkelsen «Tro og tilhørighet».
        Vurderingen ligger vedlagt i ODT-format, og årsrapporten vår følger med for
        orientering.

        Det er jeg, Mathias Rønning, som er kontaktperson; jeg har mobil 47 81 20 66 og
        e-post mathias.ronning@allmenning.org. {p.I_DPO} {p.I_PANELIA}

        Styret drøftet vurderingen på møtet 27. november. Prosjektleder presenterte funn og
        restrisiko, og styret hadde fått skriftlige innspill fra to
        innvandrerorganisasjoner. Styret sluttet seg til vurderingen og ba oss søke
        forhåndsdrøftelse.

        Beste hilsen
        Mathias
        """
    )
    msg = message(
        "n057",
        p.I_FROM,
        "Forhåndsdrøftelse – Tro og tilhørighet",
        when(11, 30, 15, 5),
        body,
        attachments=[
            ("PVK_tro_og_tilhorighet.odt", p.i_dpia_odt(FAITH)),
            ("Allmenning_arsrapport_2025.pdf", report),
        ],
    )
    return msg, Label(
        "nb",
        (
            "think_tank",
            "contact_prose",
            "dpo_external_firm",
            "phone_mob",
            "phone_direkte",
            "phone_sentralbord",
            "processor_contact_body",
            "odt",
            "headings_question",
            "risk_bullets",
            "part5_paragraph_in_mail",
            "irrelevant_attachment",
        ),
        "none",
        True,
        "used",
        "complete; think tank religion survey; ODT DPIA, annual report attached as noise",
    )


ELECTION = Topic(
    title="Velgerpanel med sporing av nyhetsbruk",
    what=(
        "Et velgerpanel installerer en nettleserutvidelse som registrerer hvilke nyhetssaker de "
        "leser, koblet til svar om partivalg."
    ),
    scope="2 500 deltakere før stortingsvalget 2029. Nettlogg, partivalg. Slettes i 2030.",
    flow="Panelia AS drifter utvidelsen og innsamlingen som databehandler.",
    need="Sammenhengen mellom nyhetsbruk og partivalg er dårlig belyst. Grunnlag: samtykke.",
    proportional="Utvidelsen registrerer bare nyhetsdomener på en liste, ikke annen surfing.",
    safeguards=("Pause-knapp.", "Innsyn i egen logg."),
    risks=(
        ("Politisk profil lekker", "høy", "Pseudonymisering"),
        ("Utvidelsen fanger mer enn nyheter", "høy", "Domeneliste, revisjon"),
        ("Påvirkning av deltakerne", "middels", "Ingen tilbakemelding under valget"),
    ),
    not_done="Selvrapportering i stedet for logging – for unøyaktig.",
)


def n058() -> Case:
    body = (
        txt(
            f"""
        Hei,

        vi ber om forhåndsdrøftelse for velgerpanelet, se vedlagt DPIA.

        Kontaktperson er Mathias Rønning (47 81 20 66, mathias.ronning@allmenning.org).
        {p.I_DPO} Innsamlingen gjøres av Panelia AS som databehandler.

        Styrets behandling av DPIA-en kommer etter styremøtet i januar.

        Mathias Rønning
        """
        )
        + "\n"
        + quoted(
            txt(
                """
            Fra: Ingvild Haug, daglig leder
            Sendt: 3. desember 2026 19:02
            Emne: Velgerpanel

            Send den nå, så tar vi styrebehandlingen i januar. Det haster å komme i gang
            før valgåret.
            """
            )
        )
    )
    msg = message(
        "n058",
        p.I_FROM,
        "SV: Velgerpanel",
        when(12, 4, 11, 50),
        body,
        attachments=[("DPIA_velgerpanel.docx", p.i_dpia(ELECTION))],
    )
    return msg, Label(
        "nb",
        (
            "think_tank",
            "reply_in_thread",
            "contact_prose",
            "dpo_external_firm",
            "phone_direkte",
            "phone_sentralbord",
            "dpia_report_docx",
            "headings_num",
            "risk_bullets",
            "p1_processor_no_contact",
            "part5_will_follow",
            "part5_future_meeting",
        ),
        "pgp_mime",
        True,
        "used",
        "parts 1 and 5 missing: Panelia named without contact; board review «kommer» in January",
        missing=(1, 5),
    )


# --- J: fintech ------------------------------------------------------------------------------


def n059() -> Case:
    approval = to_pdf(
        """
# Kvikkpay AS – Management approval

Subject: Voice assistant with emotion detection in customer service

| Step | Who | Date | Outcome |
| Executive management | CEO Maja Strand | 2 Dec 2026 | Approved that the DPIA is sent to
  Datatilsynet for prior consultation |
"""
    )
    earlier = txt(
        """
        From: Maja Strand
        Sent: 2 December 2026 17:30
        Subject: Voice assistant

        Let's get in the queue at Datatilsynet now; send the DPIA when it's ready.
        """
    )
    body = (
        txt(
            f"""
            Dear Datatilsynet,

            Kvikkpay AS requests prior consultation for a voice assistant with emotion
            detection in customer service. The management approval is attached; the DPIA
            itself will follow as soon as the consultants have finished it (mid-December).

            I am the contact for this request.
            {p.J_DPO}
            {p.J_PROCESSOR}
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
        "n059",
        p.J_FROM,
        "RE: Voice assistant",
        when(12, 3, 8, 40),
        body,
        attachments=[("Management_approval_voice_assistant.pdf", approval)],
    )
    return msg, Label(
        "en",
        (
            "fintech",
            "reply_in_thread",
            "contact_signature_only",
            "contact_is_sender_stated",
            "phone_plus47_spaced",
            "phone_0047",
            "phone_foreign",
            "disclaimer_footer",
            "processor_contact_body",
            "dpia_will_follow",
            "part5_decision_without_dpia",
        ),
        "none",
        True,
        "used",
        "parts 2-5 missing: DPIA «will follow»; CEO only approved sending it, no DPIA validated",
        missing=(2, 3, 4, 5),
    )


def n060() -> Case:
    body = (
        txt(
            """
            Dear Datatilsynet,

            Kvikkpay is opening a branch in Lithuania next year. If we later need prior
            consultation for processing that covers customers in both countries, should we
            send it to you or to the Lithuanian authority? We have no specific processing in
            mind yet.
            """
        )
        + "\n"
        + p.J_SIGNATURE_EN
        + "\n"
        + p.J_DISCLAIMER
        + "\n"
    )
    msg = message(
        "n060",
        p.J_FROM,
        "Question: lead authority for prior consultation",
        when(12, 4, 14, 0),
        body,
    )
    return msg, Label(
        "en",
        ("fintech", "nonrequest_question", "mentions_prior_consultation", "disclaimer_footer"),
        "none",
        False,
        "unspecified",
        "not a request: asks which authority to consult for cross-border processing",
    )
