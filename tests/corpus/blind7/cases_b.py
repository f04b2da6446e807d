"""blind7 cases h021-h040, one hand-written function per case."""

from __future__ import annotations

from email.message import EmailMessage

from kit import (
    Label,
    csv_bytes,
    message,
    scan_pdf,
    to_docx,
    to_pdf,
    to_xlsx,
    to_zip,
    txt,
    when,
)
from personas import (
    A_DPO,
    a_dpia,
    a_signature,
    b_signature,
    c_contact_sheet,
    c_cover,
    e_dpia_en,
    e_dpia_nb,
    f_contact_html,
    f_contact_plain,
    f_dpia,
    g_signature,
    h_signature,
    i_package,
    i_signature,
    j_memo,
    j_signature,
)

Case = tuple[EmailMessage, Label]


def h021() -> Case:
    dpia = a_dpia(
        "Handflatelesar for tilgang til legemiddelrom",
        [
            (
                "Kontaktperson",
                "Ragnar Eidsnes",
                "+47 57 83 93 71",
                "ragnar.eidsnes@helse-vestfjord.no",
            ),
            (
                "Personvernombod",
                "Sigrun Aasheim",
                "+47 57 83 91 40",
                "personvernombud@helse-vestfjord.no",
            ),
            (
                "Databehandlar – Palmaccess Systems AS",
                "Wenche Tofte",
                "+47 63 84 20 15",
                "wenche.tofte@palmaccess.no",
            ),
        ],
        """Tilgang til dei 38 legemiddelromma i foretaket skal styrast med handflatelesar
        (venemønster) i staden for kort og PIN. Om lag 2 600 tilsette blir registrerte.
        Lesaren lagrar ein kryptert mal; logg over kven som opna rommet og når blir lagra i
        Palmaccess Systems AS si løysing (databehandlar, drift i foretaket sitt datasenter).
        Loggen blir brukt ved svinn av vanedannande legemiddel og sjekka månadleg av
        sjukehusapoteket. Kjelder: den tilsette ved registrering, lesarane. Mottakarar:
        einingsleiar og sjukehusapoteket. Ansvar: direktør drift og eigedom.""",
        """Grunnlag: art. 6 nr. 1 c og e, legemiddelhandteringsforskrifta § 4, og art. 9 nr.
        2 b for biometri. Svinn av A- og B-preparat auka med 40 % 2023-2025; kort blir
        delte og PIN blir kjende. Alternativ med kort og kamera er vurdert, men kamera er
        meir inngripande. Malen kan ikkje gjenskape biletet av handa. Tilsette som ikkje
        vil registrere seg, får kort med PIN og dobbel kontroll.""",
        """| Risiko | Før tiltak | Tiltak | Etter tiltak |
        | Biometrisk mal kjem på avvegar | Høg | Mal kryptert i lesaren, ikkje sentralt |
          Middels |
        | Loggen blir brukt til å kontrollere arbeidstid | Høg | Forbod i
          bruksinstruks, tilgang berre ved svinn | Høg |
        | Tilsette kjenner seg pressa til å samtykke | Middels | Alternativ utan biometri |
          Låg |
        Ikkje gjennomført: sletting av logg etter 30 dagar, fordi tilsynsmyndigheita krev 12
        månader.""",
        "Restrisikoen for bruk av loggen til arbeidstidskontroll er høg.",
        [
            ("0.8", "01.10.2026", "Utkast", "R. Eidsnes", ""),
            ("0.9", "21.10.2026", "Innspel frå tillitsvalde og verneombod", "R. Eidsnes", ""),
            (
                "1.0",
                "18.11.2026",
                "Godkjend i direktøren sitt leiarmøte (2. handsaming) etter presentasjon av funn "
                "og innspel frå tillitsvalde; vedteke å be om forhåndsdrøfting",
                "R. Eidsnes",
                "Adm. dir. Hallvard Nesje (sign.)",
            ),
        ],
    )
    body = (
        txt(
            """
        Hei,

        Helse Vestfjord HF ber om forhåndsdrøftelse for håndflateleser ved
        legemiddelrommene. DPIA-en (versjon 1.0) ligger vedlagt; godkjenningen fremgår av
        dokumenthistorikken sist i dokumentet.
        """
        )
        + "\n"
        + txt(a_signature("Ragnar Eidsnes", "Seniorrådgjevar tryggleik", "+47 57 83 93 71"))
    )
    msg = message(
        "h021",
        "Ragnar Eidsnes <ragnar.eidsnes@helse-vestfjord.no>",
        "Anmodning om forhåndsdrøftelse - handflatelesar legemiddelrom",
        when(11, 26, 13, 37),
        body,
        attachments=[("DPIA_Handflatelesar_v1.0.docx", to_docx(dpia))],
    )
    return msg, Label(
        "nb",
        (
            "dpia_report_docx",
            "contact_table_rows_role",
            "processor_in_table",
            "headings_num",
            "risk_table_docx",
            "part5_revision_table_signoff",
            "nynorsk_attachments",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; health trust palm-vein access; part 5 only as signed approval line in the "
        "revision table",
    )


def h022() -> Case:
    contacts = """
| Behandlingsansvarlig | Kystlinjen Ferjeselskap AS, org.nr. 913 402 876 |
| Kontaktperson | Siv Therese Alsos, kommersiell leder |
| Telefon | tlf. 75 51 20 77 |
| E-post | siv.therese.alsos@kystlinjen.no |
| Personvernombud | Linn Marie Steiro |
| Telefon | tlf. 75 51 20 09 |
| E-post | personvern@kystlinjen.no |
| Databehandler | Ansiktsbillett AS, org.nr. 932 771 050 |
| Kontaktperson | Kenneth Moen |
| Telefon | mob. 994 31 206 |
| E-post | kenneth.moen@ansiktsbillett.no |
"""
    pdf = i_package(
        [
            ("Kontaktpersoner", contacts),
            (
                "Beskrivelse av behandlingen",
                """Passasjerer med periodekort på sambandene Bodø-Røst og Bodø-Værøy kan velge
             billettløs ombordstigning. Ved landgangen tar et kamera ansiktsbilde som
             sammenlignes med en mal registrert i appen. Ansiktsbillett AS drifter
             matchingen som databehandler. Om lag 3 500 kortholdere. Maler slettes når kortet
             utløper; passeringslogg lagres 3 måneder. Mottakere: billettkontoret.""",
            ),
            (
                "Nødvendighet og forholdsmessighet",
                """Nødvendigheten er åpenbar og er vurdert internt.""",
            ),
            (
                "Risiko",
                """| Risiko | Før | Tiltak | Etter |
             | Passasjerer uten periodekort fanges av kamera | Høy | Kamera aktiveres bare i
               egen fil | Middels |
             | Feilmatch gir avvisning | Middels | Manuell kontroll av mannskap | Lav |
             | Malene lekker | Middels | Kryptering, maler lagres ikke i kameraet | Middels |""",
            ),
            (
                "Ledelsens behandling",
                """Ledergruppen behandlet DPIA-en 5. og 19. november 2026 med innspill fra
             brukerrådet for øysamfunnene, godkjente den og besluttet å be om
             forhåndsdrøftelse.""",
            ),
        ]
    )
    body = (
        txt(
            """
        Hei,

        Vedlagt anmodning om forhåndsdrøftelse for billettløs ombordstigning med
        ansiktsgjenkjenning.
        """
        )
        + "\n"
        + txt(
            i_signature(
                "Siv Therese Alsos",
                "kommersiell leder",
                "75 51 20 77",
                "siv.therese.alsos@kystlinjen.no",
            )
        )
    )
    msg = message(
        "h022",
        "Siv Therese Alsos <siv.therese.alsos@kystlinjen.no>",
        "Forhåndsdrøftelse - ansiktsgjenkjenning ombordstigning",
        when(11, 27, 8, 40),
        body,
        attachments=[("Kystlinjen_forhandsdroftelse_ansiktsbillett.pdf", to_pdf(pdf))],
    )
    return msg, Label(
        "nb",
        (
            "one_pdf",
            "headings_caps",
            "contact_table_pdf_2col",
            "processor_contact_table",
            "part3_mentioned_in_passing",
            "risk_table_pdf",
            "part5_short_paragraph",
            "transport",
        ),
        "none",
        True,
        "used",
        "ferry face boarding; necessity section is one line («åpenbar … vurdert internt»)",
        (3,),
    )


def h023() -> Case:
    memo = j_memo(
        "Anmodning om forhåndsdrøftelse – maskinlæring i kontroll av tiltakspenger",
        "26/05102",
        "27.11.2026",
        [
            (
                "Bakgrunn",
                """Direktoratet ber om forhåndsdrøftelse for en modell som skal velge ut saker om
             tiltakspenger til etterkontroll. Personvernombudet er Nina Rustad-Eide, tlf.
             22 99 40 00, personvernombud@aid.no. Vi benytter ingen databehandler.""",
            ),
            (
                "Beskrivelse av behandlingen",
                """Systembeskrivelsen er under ferdigstillelse og ettersendes.""",
            ),
            (
                "Nødvendighet og forholdsmessighet",
                """Hjemmel: tiltakspengeforskriften og folketrygdloven § 21-4. Dagens tilfeldige
             kontroll treffer få feilutbetalinger og belaster mange uten grunn. Modellen
             skal redusere antall kontrollerte. Saker blir alltid vurdert av en saksbehandler;
             den registrerte får varsel og kan uttale seg.""",
            ),
            (
                "Risikovurdering",
                """| Risiko | Nivå | Tiltak | Rest |
             | Skjev utvelgelse rammer enkelte grupper | Høy | Rettferdighetsmåling, tak per
               gruppe | Høy |
             | Saksbehandler stoler blindt på modellen | Middels | Opplæring | Middels |
             | Kontroll oppleves som mistenkeliggjøring | Middels | Nøytralt varselbrev |
               Middels |""",
            ),
            (
                "Ledelsens behandling",
                """Direktørmøtet behandlet DPIA-en 20. oktober og 17. november 2026, fikk
             presentert funnene og innspill fra Brukerrådet, godkjente DPIA-en og ba om
             forhåndsdrøftelse.""",
            ),
        ],
    )
    body = (
        txt(
            """
        Til Datatilsynet

        Vedlagt anmodning om forhåndsdrøftelse, jf. notat.
        """
        )
        + "\n"
        + txt(
            j_signature(
                "Kristin Aamodt Berge",
                "seniorrådgiver, kontrollseksjonen",
                "22 99 41 55",
                "kristin.aamodt.berge@aid.no",
            )
        )
    )
    msg = message(
        "h023",
        "Aamodt Berge Kristin <kristin.aamodt.berge@aid.no>",
        "Anmodning om forhåndsdrøftelse - saksnr. 26/05102",
        when(11, 27, 12, 2),
        body,
        attachments=[("Notat forhåndsdrøftelse 26-05102.docx", to_docx(memo))],
    )
    return msg, Label(
        "nb",
        (
            "memo_docx",
            "headings_plain",
            "contact_signature",
            "dpo_in_memo",
            "processor_none_stated",
            "part2_will_follow",
            "risk_table_docx",
            "part5_short_paragraph",
            "state_agency",
        ),
        "none",
        True,
        "none",
        "agency benefit-control model; description «ettersendes»",
        (2,),
    )


def h024() -> Case:
    contacts = c_contact_sheet(
        [
            [
                "Behandlingsansvarleg",
                "Hallingvik kommune, org.nr. 964 118 220",
                "Kontaktperson: Solveig Brattegard, leiar Husbank- og bustadkontoret",
                "tlf. 32 14 81 90",
                "e-post: solveig.brattegard@hallingvik.kommune.no",
            ],
            [
                "Personvernombod",
                "Hallingdal interkommunale personvernombod",
                "Per Arne Rude",
                "tlf. 32 08 77 10",
                "e-post: personvernombud@hallingdal-ikt.no",
            ],
            [
                "Databehandlar",
                "Vedtaksmotor AS",
                "Org.nr. 927 508 331",
                "Postboks 212",
                "Sentrum",
                "0103 Oslo",
                "Magnus Tveten, løysingsarkitekt",
                "tlf. 21 09 44 63",
                "magnus.tveten@vedtaksmotor.no",
            ],
        ]
    )
    dpia = """
# DPIA – Automatiserte vedtak om startlån

# 2 Skildring av behandlinga

Søknader om startlån (om lag 250 i året) skal handsamast i ein regelmotor levert av
Vedtaksmotor AS (databehandlar). Motoren hentar inntekt og formue frå Skatteetaten,
gjeldsopplysningar frå gjeldsregisteret og betalingsanmerkingar, reknar ut
betjeningsevne og gjer automatisk avslag når vilkåra klart ikkje er oppfylte. Innvilging
blir alltid gjort av sakshandsamar. Data blir lagra i sakssystemet i 10 år (arkivlova).

# 3 Naudsyn og forholdsmessigheit

Heimel: husbanklova, forskrift om startlån, forvaltningslova § 11 d (automatiserte vedtak
i kommunen er heimla i forskrift). Lang sakshandsamingstid (11 veker) rammar søkarar som
treng bustad raskt. Berre opplysningar som høyrer til vilkåra blir henta. Søkaren får
grunngjeving og kan klage; klagen blir alltid handsama manuelt.

# 4 Risikovurdering

| Risiko | Før | Tiltak | Etter |
| Feil i registerdata gir urett avslag | Høg | Søkaren ser grunnlaget og kan rette | Middels |
| Regelmotoren gjer feil etter regelendring | Middels | Testsett ved kvar endring | Låg |
| Sårbare søkarar forstår ikkje avslaget | Høg | Rettleiing frå NAV-kontoret | Høg |

Ikkje gjennomført: manuell kontroll av alle avslag, fordi det fjernar gevinsten.
"""
    minutes = """HALLINGVIK KOMMUNE – MØTEBOK
Kommunedirektørens leiargruppe, 16.11.2026

Sak 55/26 Automatiserte vedtak om startlån – DPIA
Leiar for bustadkontoret la fram DPIA-en og funna (sårbare søkarar, registerfeil).
Rådet for personar med funksjonsnedsetjing og NAV Hallingvik har gitt innspel.
Saka var fyrste gong oppe 19.10.2026.
Vedtak: Leiargruppa godkjenner DPIA-en og ber om forhåndsdrøfting hjå Datatilsynet.

Rett utskrift: Liv Hamre (sign.)"""
    package = to_zip(
        {
            "Forhåndsdrøfting startlån/1 Kontakt/Vedlegg 1 - Kontaktopplysningar.docx": to_docx(
                contacts
            ),
            "Forhåndsdrøfting startlån/2 DPIA/Vedlegg 2-4 - DPIA startlån.pdf": to_pdf(dpia),
            "Forhåndsdrøfting startlån/3 Vedtak/Vedlegg 5 - Møtebok 16.11.2026.pdf": scan_pdf(
                [minutes]
            ),
        }
    )
    files = ["Forhåndsdrøfting startlån.zip (vedlegg 1-5 i mapper)"]
    body = txt(
        c_cover(
            "automatiserte vedtak om startlån",
            files,
            "Solveig Brattegard",
            "Leiar Husbank- og bustadkontoret",
        )
    )
    msg = message(
        "h024",
        "Solveig Brattegard <solveig.brattegard@hallingvik.kommune.no>",
        "Forhåndsdrøfting – automatiserte vedtak om startlån",
        when(11, 28, 9, 15),
        body,
        attachments=[("Forhandsdrofting_startlan.zip", package)],
    )
    return msg, Label(
        "nb",
        (
            "zip_nested",
            "headings_vedlegg",
            "processor_block_orgnr_address",
            "contact_label_value",
            "dpia_report_pdf",
            "risk_table_pdf",
            "scanned_minutes_pdf",
            "nynorsk_attachments",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; municipality automated housing-loan decisions; nested ZIP, DPIA holds 2-4, "
        "scanned minutes",
    )


def h025() -> Case:
    body = txt(
        """
        Hei!

        Skal virksomheten din be Datatilsynet om forhåndsdrøftelse i 2027?
        Bli med på vårt gratis webinar 10. desember kl. 09:00-10:00:

        «Forhåndsdrøftelse uten avvisning – sjekkliste for de fem delene»
        1. Kontaktpersoner og personvernombud
        2. Systematisk beskrivelse av behandlingen
        3. Nødvendighet og proporsjonalitet
        4. Risikovurdering med tiltak
        5. Ledelsens validering av DPIA

        Vi viser maler, typiske feil og hvordan vår DPIA-modul fyller ut alt for deg.

        Påmelding: personvernpartner.no/webinar

        Med vennlig hilsen
        PersonvernPartner AS
        Du mottar denne e-posten fordi du har lastet ned vår sjekkliste.
        """
    )
    msg = message(
        "h025",
        "PersonvernPartner AS <nyhetsbrev@personvernpartner.no>",
        "Forhåndsdrøftelse: Webinar 10. desember – sjekkliste for de fem delene",
        when(11, 28, 7, 0),
        body,
        headers={"List-Unsubscribe": "<mailto:avmeld@personvernpartner.no>"},
    )
    return msg, Label(
        "nb",
        ("nonrequest_marketing", "all_in_body", "lists_five_parts"),
        "none",
        False,
        "unspecified",
        "vendor webinar invitation listing the five parts; not a request",
    )


def h026() -> Case:
    body = (
        txt(
            """
        Til Datatilsynet

        Fjordbotn friskule ber om forhåndsdrøfting etter personvernforordninga artikkel 36
        for bruk av GPS-armband på turdagar og leirskule.

        Kven er ansvarlege, og korleis får de tak i oss?
        Kontaktperson er inspektør Hallvard Ormberg, mob. 948 27 310,
        hallvard.ormberg@fjordbotn.skule.no. Personvernombodet er Geir Lunde i Sogn
        friskulelag, tlf. 57 67 20 44, personvernombod@sognfriskulelag.no. Vi nyttar ingen
        databehandlar: armbanda og mottakaren er kjøpte, og posisjonane blir lagra berre på
        ei maskin på skulen.

        Kva skal vi gjere?
        På turdagar i fjellet og på leirskule (5.-10. trinn, om lag 120 elevar) ber elevane
        eit armband som sender posisjon kvart minutt til ein mottakar som lærarane har med.
        Læraren ser kartet og får varsel om ein elev kjem utanfor eit avtalt område.
        Posisjonane blir sletta når turen er over, med mindre det har skjedd ei hending.
        Rektor har ansvaret.

        Kvifor er det naudsynt, og er det rett mål?
        Opplæringslova § 13-10 og skulen si plikt til forsvarleg tilsyn. To elevar gjekk
        seg vill i 2025. Vi har vurdert å ha fleire vaksne med; det er ikkje nok i tåke og
        mørke. Armbandet blir berre brukt på tur, ikkje i skuletida elles. Føresette og
        elevar får informasjon, og elevar over 15 kan seie nei dersom dei går i par med
        ein vaksen.

        Kva kan gå gale for elevane?
        - Elevane kjenner seg overvaka heile turen: høg; berre lærar på turen ser kartet;
          står att middels.
        - Posisjonar blir brukte til å sjå kven som er saman med kven: middels; sletting
          same dag; står att låg.
        - Utstyret blir mista med data: låg; ingen namn i armbandet, berre nummer.
        - Vurdert, men ikkje gjort: sanntidsdeling med føresette, fordi det gir for mykje
          overvaking.

        Korleis har styret handsama saka?
        Styret handsama vurderinga 2.10. og 19.11.2026. Inspektøren la fram funna; FAU og
        elevrådet har uttala seg. Styret godkjende vurderinga og bad oss be om
        forhåndsdrøfting.
        """
        )
        + "\n"
        + txt(
            h_signature(
                "Hallvard Ormberg", "inspektør", "948 27 310", "hallvard.ormberg@fjordbotn.skule.no"
            )
        )
    )
    msg = message(
        "h026",
        "Hallvard Ormberg <hallvard.ormberg@fjordbotn.skule.no>",
        "Forhåndsdrøfting GPS-armband",
        when(11, 29, 20, 11),
        body,
    )
    return msg, Label(
        "nn",
        (
            "all_in_body",
            "headings_question",
            "headings_nynorsk",
            "contact_prose",
            "processor_none_stated",
            "risk_bullets",
            "part5_short_paragraph",
            "school",
        ),
        "inline",
        True,
        "none",
        "complete; nynorsk school GPS wristbands; everything in the plain body",
    )


def h027() -> Case:
    contacts = """
| Rolle | Navn | Telefon | E-post |
| Prosjektleder | Professor Arne Kvalheim | 77625561 | arne.kvalheim@uin.no |
| Personvernombud | Tormod Kvalsvik | 77623190 | personvernombud@uin.no |
| Databehandler (Transkribo AS) | Oda Vikse | 40022871 | oda.vikse@transkribo.no |
"""
    dpia = e_dpia_nb(
        "STEMMER: intervjustudie med enslige mindreårige asylsøkere",
        contacts,
        [
            (
                "Hva er prosjektet?",
                """Kvalitativ studie med dybdeintervjuer av 40 enslige mindreårige asylsøkere
             (15-17 år) i to mottak om flukt, helse og framtidsplaner. Intervjuene tas opp på
             lyd, oversettes med tolk og transkriberes av Transkribo AS (databehandler).
             Lydfil slettes etter transkripsjon; avidentifiserte transkripsjoner lagres på
             SAFE-N til 2031. Mottakere: forskergruppen. Instituttleder er ansvarlig.""",
            ),
            (
                "Hvorfor trenger vi disse opplysningene?",
                """Grunnlag: art. 6 nr. 1 e og 9 nr. 2 j; samtykke som forskningsetisk tiltak,
             med verges samtykke. Kunnskap om gruppens helse mangler, og den kan ikke
             skaffes uten å spørre dem selv. Navn, mottak og opprinnelsessted fjernes i
             transkripsjonen. Deltakerne kan trekke seg fram til publisering.""",
            ),
            (
                "Hva kan gå galt, og hva gjør vi med det?",
                """| Hva | Nivå | Tiltak | Rest |
             | Opplysninger når utlendingsmyndighetene og påvirker asylsaken | Høy | Ingen
               deling, taushetsplikt, ingen navn i data | Høy |
             | Deltakeren føler seg presset til å delta | Høy | Rekruttering via verge, ikke
               mottaket | Middels |
             | Tolk kjenner deltakeren | Middels | Tolk fra annen region | Lav |""",
            ),
            (
                "Hvem har godkjent vurderingen?",
                """Instituttledelsen behandlet vurderingen 14. oktober og 18. november 2026 etter
             at prosjektleder presenterte funnene og innspill fra Verjeforeningen og
             brukerrepresentant. Instituttleder Sigrid Hovda godkjente DPIA-en 18. november og
             besluttet at instituttet ber om forhåndsdrøftelse.""",
            ),
        ],
    )
    body = txt(
        """
        Hei,

        Institutt for samfunnsmedisin ber om forhåndsdrøftelse for prosjektet STEMMER.
        Vurderingen av personvernkonsekvenser er vedlagt.

        Mvh Arne Kvalheim
        """
    )
    msg = message(
        "h027",
        "Arne Kvalheim <arne.kvalheim@uin.no>",
        "Forhåndsdrøftelse – STEMMER",
        when(11, 30, 10, 20),
        body,
        attachments=[("DPIA STEMMER.docx", to_docx(dpia))],
    )
    return msg, Label(
        "nb",
        (
            "dpia_report_docx",
            "contact_page_in_dpia",
            "phone_8_digits",
            "headings_question",
            "processor_named_description_contact_table",
            "risk_table_docx",
            "part5_in_dpia",
            "research",
            "very_short_body",
        ),
        "none",
        True,
        "used",
        "complete; research interviews with asylum-seeking minors; question headings",
    )


def h028() -> Case:
    not_done = """
# Vurdering av personvernkonsekvenser (DPIA)

Tiltak: Bruk av åpne kilder og sosiale medier i kontroll av opphold i utlandet

Status: Vurdering av personvernkonsekvenser er ikke gjennomført. Direktoratet ønsker
Datatilsynets syn på om tiltaket i det hele tatt er lovlig før vi bruker ressurser på en full
DPIA. Malens kapitler om nødvendighet og risiko er derfor ikke utfylt.
"""
    body = (
        txt(
            """
        Til Datatilsynet

        Arbeidsinkluderingsdirektoratet ber om forhåndsdrøftelse for bruk av åpne kilder og
        sosiale medier i kontroll av om mottakere av dagpenger oppholder seg i utlandet.

        Beskrivelse: Kontrollører skal, når et tips eller en registermatch gir mistanke,
        søke manuelt i åpne profiler på sosiale medier etter bilder og innlegg som viser
        opphold i utlandet i perioder med dagpenger. Funn lagres som skjermbilder i
        kontrollsaken. Om lag 1 500 saker i året. Ingen automatisk innhenting. Opplysningene
        brukes i vedtak om tilbakekreving og kan oversendes politiet ved anmeldelse. Vi
        benytter ingen databehandler.

        Personvernombud: Nina Rustad-Eide, tlf. 22 99 40 00, personvernombud@aid.no.

        Direktørmøtet har besluttet at vi skal be om forhåndsdrøftelse. DPIA-dokumentet
        ligger ved.
        """
        )
        + "\n"
        + txt(
            j_signature(
                "Jørgen Flatmo", "fagdirektør kontroll", "22 99 42 18", "jorgen.flatmo@aid.no"
            )
        )
    )
    msg = message(
        "h028",
        "Flatmo Jorgen <jorgen.flatmo@aid.no>",
        "Forhåndsdrøftelse - åpne kilder i kontroll",
        when(11, 30, 14, 44),
        body,
        attachments=[("DPIA åpne kilder.docx", to_docx(not_done))],
    )
    return msg, Label(
        "nb",
        (
            "contact_signature",
            "dpo_sentence",
            "processor_none_stated",
            "dpia_says_not_done",
            "part5_decision_without_dpia",
            "state_agency",
        ),
        "none",
        True,
        "none",
        "agency social-media control; the attached DPIA says no DPIA has been carried out; "
        "management only decided to ask",
        (3, 4, 5),
    )


def h029() -> Case:
    body = (
        txt(
            """
        Hi there,

        Quick question from a small start-up (Lumora Labs, Oslo). We're thinking about
        letting users of our voice-screening app share their risk score with their GP
        through a link. Does that change count as a new processing that needs a new DPIA
        and possibly a new prior consultation, or is it covered by the request we sent you
        earlier this month?

        We haven't decided anything yet, so no rush – just want to plan right.

        Thanks!
        """
        )
        + "\n"
        + txt(
            b_signature(
                "Jonas Virtanen-Berg", "CTO & co-founder", "+47 913 47 602", "jonas@lumoralabs.no"
            )
        )
    )
    msg = message(
        "h029",
        "Jonas Virtanen-Berg <jonas@lumoralabs.no>",
        "Question: do we need a new prior consultation?",
        when(12, 1, 9, 2),
        body,
    )
    return msg, Label(
        "en",
        ("nonrequest_must_we_ask", "all_in_body", "startup_informal", "very_short"),
        "none",
        False,
        "unspecified",
        "start-up asks whether a planned change needs a new prior consultation",
    )


def h030() -> Case:
    rows = [
        ("Kontaktperson", "Jon Inge Brekkå", "909 71 352", "jon.inge.brekka@trygdevern.no"),
        ("Personvernombud", "Rune Østvold", "917 60 302", "personvernombud@trygdevern.no"),
        (
            "Databehandler (Fraudlytics Norge AS)",
            "Camilla Voss",
            "+47 400 88 153",
            "camilla.voss@fraudlytics.no",
        ),
    ]
    intro = "Trygdevern ber om forhåndsdrøftelse for svindelscore i skadebehandlingen. Kontakter:"
    outro = "Vedlagt DPIA (med risikotabell) og protokoll fra konsernledelsen."
    dpia = f_dpia(
        "Svindelscore i skadebehandling",
        """Alle skademeldinger på innbo, reise og bil (om lag 85 000 i året) får en
        svindelscore fra Fraudlytics Norge AS (databehandler). Modellen bruker skadehistorikk,
        tidspunkt, beløp, kvitteringer, tekst i skademeldingen og nettverk mellom kunder,
        verksteder og vitner. Saker over terskel går til spesialenheten, som etterforsker
        manuelt; ingen avslag tas automatisk. Data lagres 5 år. Mottakere: skadeavdelingen,
        spesialenheten, Finans Norges skaderegister ved avdekket svindel.""",
        """Grunnlag: art. 6 nr. 1 f og forsikringsavtaleloven; svindel koster
        kundefellesskapet anslagsvis 180 MNOK årlig. Stikkprøver er vurdert og fanger lite.
        Helseopplysninger i reiseskader holdes utenfor modellen. Kunder informeres i vilkår og
        skademelding; de som etterforskes, får vite det og kan uttale seg.""",
        """| Risiko | Før | Tiltak | Etter |
        | Ærlige kunder mistenkeliggjøres (falske positive) | Høy | Manuell vurdering,
          terskel justert kvartalsvis | Middels |
        | Nettverksanalyse rammer familie og naboer | Høy | Bare relasjoner via samme
          skade | Høy |
        | Skjevhet etter postnummer | Middels | Postnummer fjernet som variabel | Lav |
        | Modellen er uforklarlig for saksbehandler | Middels | Forklaring per sak |
          Middels |

        Tiltak R5, uavhengig algoritmerevisjon, er planlagt i andre kvartal 2027 og ikke
        gjennomført ennå; den krever et halvt års produksjonsdata. Penetrasjonstest av
        integrasjonen er heller ikke gjennomført – den skjer før produksjonssetting.""",
        """Restrisikoen knyttet til nettverksanalysen er høy. DPIA-en skal oppdateres etter
        seks måneders drift.""",
    )
    minutes = """
# Protokoll – konsernledelsen 23. november 2026 (utdrag)

Til stede: konsernsjef, direktør skade, CFO, CRO, direktør juridisk og compliance.

# Sak 5 Svindelscore – DPIA, andre gangs behandling

Direktør skade presenterte DPIA-en og funn fra pilot (falske positive 3,1 %). Innspill fra
kundepanelet og fra tillitsvalgte i spesialenheten ble gjennomgått. Første behandling var
28. september.

Beslutning: DPIA-en godkjennes. Konsernledelsen ønsker å innføre svindelscore, men
restrisikoen knyttet til nettverksanalyse er høy. Compliance ber om forhåndsdrøftelse.
"""
    msg = message(
        "h030",
        "Jon Inge Brekka <jon.inge.brekka@trygdevern.no>",
        "Forhåndsdrøftelse - svindelscore",
        when(12, 1, 11, 30),
        f_contact_plain(intro, rows, outro),
        f_contact_html(intro, rows, outro),
        attachments=[
            ("DPIA Svindelscore.docx", to_docx(dpia)),
            ("Protokoll KL 2026-11-23.docx", to_docx(minutes)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "multipart_alternative",
            "html_table_body",
            "dpia_report_docx",
            "headings_del",
            "risk_table_docx",
            "planned_measure_not_missing",
            "minutes_docx",
            "processor_contact_body",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; insurer fraud scoring; planned audit and pentest «ikke gjennomført» are "
        "measures, not missing parts",
    )


def h031() -> Case:
    dpia = """
# Lysglimt Barnehager AS – Vurdering av personvernkonsekvenser

Foreldreappen med automatisk bildesortering

# Beskrivelse

Lysglimt driver 14 barnehager med om lag 1 100 barn. Ansatte tar bilder i hverdagen og
registrerer søvn, måltider, bleieskift og små skader i appen fra Barnehageappen Norge AS
(databehandler). En ansiktsgjenkjenningsfunksjon sorterer bildene automatisk til riktig
barns album, slik at foreldre bare ser bilder av eget barn. Maler for barnas ansikt lagres hos
databehandler så lenge barnet går i barnehagen. Mottakere: egne foreldre; styrer.

# Nødvendighet og proporsjonalitet

Grunnlag: samtykke fra foreldre for bilder og ansiktsgjenkjenning (art. 9 nr. 2 a);
barnehageloven for daglige registreringer. Manuell sortering tar 20 minutter per avdeling
hver dag og gir feilsendinger. Foreldre som ikke samtykker, får bilder sortert manuelt.
Bilder slettes 3 måneder etter at barnet slutter.

# Risikovurdering

| Risiko | Før | Tiltak | Etter |
| Biometriske maler av barn lekker | Høy | Kryptering, ingen eksport | Høy |
| Bilder av andre barn sendes feil | Høy | Manuell kontroll ved lav sikkerhet | Middels |
| Samtykke er ikke reelt frivillig | Middels | Likeverdig alternativ | Lav |

Vurdert, ikke gjennomført: lokal gjenkjenning på ansattes telefon, fordi leverandøren ikke
støtter det.

# Ledelsens validering

Styret behandlet DPIA-en 15. oktober og 12. november 2026. Daglig leder presenterte funnene,
innspill fra foreldrerådene (SU) i alle barnehagene og fra Utdanningsforbundet.
Styret godkjente DPIA-en og besluttet å be om forhåndsdrøftelse.
"""
    inner = message(
        "h031f",
        "Ingrid Sund <ingrid.sund@lysglimt.no>",
        "Anmodning om forhåndsdrøftelse - Foreldreappen",
        when(12, 1, 8, 5),
        txt(
            """
            Hei Anne Sofie,

            Her er vår anmodning om forhåndsdrøftelse som du ba om å få før innsending.
            Send den gjerne videre til Datatilsynet.

            Kontaktperson: Ingrid Sund, daglig leder, tlf. 0047 902 61 884,
            ingrid.sund@lysglimt.no
            Personvernombud: Petter Alnes, tlf. 0047 412 07 390, personvernombud@lysglimt.no
            Databehandler: Barnehageappen Norge AS, Hanna Lie, tlf. 0047 23 65 10 02,
            hanna.lie@barnehageappen.no

            DPIA-en (beskrivelse, nødvendighet, risiko og styrets validering) er vedlagt.

            Hilsen Ingrid
            """
        ),
        attachments=[("DPIA Foreldreappen.pdf", to_pdf(dpia))],
    )
    body = txt(
        """
        Til Datatilsynet

        Vi representerer Lysglimt Barnehager AS og videresender klientens anmodning om
        forhåndsdrøftelse, som ligger ved som e-post med vedlegg. Vi ber om kopi av
        korrespondanse i saken.

        Med vennlig hilsen
        Anne Sofie Moe
        advokat (H) | Advokatfirmaet Strandlie & Moe AS
        dir. 0047 73 80 61 24 | asm@strandliemoe.no
        """
    )
    msg = message(
        "h031",
        "Anne Sofie Moe <asm@strandliemoe.no>",
        "VS: Anmodning om forhåndsdrøftelse - Lysglimt Barnehager AS",
        when(12, 1, 13, 12),
        body,
        forwarded=("Anmodning om forhåndsdrøftelse - Foreldreappen.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "lawyer_on_behalf",
            "forwarded_rfc822",
            "contact_label_value",
            "phone_0047",
            "dpia_report_pdf",
            "risk_table_pdf",
            "part5_in_dpia",
            "processor_contact_body",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; law firm forwards the kindergarten chain's request as attached .eml",
    )


def h032() -> Case:
    pdf = """
# Prior consultation request – rider behaviour scoring

Velora Mobility Nordic NUF

# Contact sheet

## Controller – contact person

~ Velora Mobility Nordic NUF
~ Org. no. 927 310 664
~ Karenslyst allé 20, 0278 Oslo
~ Mathias Grønvold, Head of Trust & Safety
~ Phone +47 22 81 40 58
~ mathias.gronvold@velora-mobility.eu

## Data protection officer

~ Velora Mobility GmbH, Group Data Protection
~ Dr. Leonie Brandauer
~ Phone +49 30 5557 8812
~ dpo@velora-mobility.eu

## Processor

~ ParcelTrack Telematics Sp. z o.o.
~ KRS 0000918244
~ ul. Prosta 20
~ 00-850 Warszawa, Poland
~ Agnieszka Nowak, service manager
~ Phone 0048 22 555 40 12
~ a.nowak@parceltrack.pl

# Part A – Systematic description

Telemetry from our 6 000 e-scooters (speed, harsh braking, riding on pavements detected by
vibration pattern, parking position, tandem riding from weight sensors) is linked to the
rider account. ParcelTrack processes the telemetry and computes a monthly safety score per
rider. Riders under a threshold receive warnings, then a speed limit of 15 km/h, then a
30-day suspension. About 150 000 active riders. Telemetry kept 90 days, scores 24 months.
Recipients: Trust & Safety; municipalities receive aggregated statistics only.

# Part B – Necessity and proportionality

Art. 6(1)(b) and (f). Municipal permits require us to reduce pavement riding. Manual
enforcement by patrols reaches under 1 % of trips. Only safety-relevant signals are used; no
continuous GPS track is stored with the score. Riders see their score and each event, and can
contest a suspension with a human reviewer.

# Part C – Risk assessment

| Risk | Before | Measure | After |
| Wrong pavement detection penalises riders | High | Events below confidence are dropped;
  appeal | Medium |
| Scores reveal movement patterns | Medium | Only event, not track, stored | Low |
| Suspension based on shared account use | High | Warning first; identity re-check |
  High |
Not implemented: real-time speed limiting without scoring (permits require individual
follow-up).

# Part D – Management review record

The Nordic management team reviewed the DPIA on 8 October and 24 November 2026 with the
findings presented by Trust & Safety and the comments of the Oslo and Bergen municipal
transport agencies and a rider panel. Decision 24 November: the DPIA is approved and the
company will request prior consultation. Signed: K. Wendler, Managing Director.
"""
    body = (
        txt(
            """
        Dear Datatilsynet,

        Attached is our request for prior consultation on rider behaviour scoring (single
        PDF, parts A-D plus contact sheet).
        """
        )
        + "\n"
        + txt(
            g_signature(
                "Mathias Grønvold",
                "Head of Trust & Safety",
                "+47 22 81 40 58",
                "mathias.gronvold@velora-mobility.eu",
            )
        )
    )
    msg = message(
        "h032",
        "Mathias Gronvold <mathias.gronvold@velora-mobility.eu>",
        "Request for prior consultation: rider behaviour scoring",
        when(12, 2, 10, 40),
        body,
        attachments=[("Velora_prior_consultation_scoring.pdf", to_pdf(pdf))],
    )
    return msg, Label(
        "en",
        (
            "one_pdf",
            "processor_block_orgnr_address",
            "contact_label_value",
            "intl_phone",
            "processor_foreign",
            "headings_letter",
            "risk_table_pdf",
            "part5_in_dpia",
        ),
        "none",
        True,
        "used",
        "complete; e-scooter rider scoring; one English PDF, processor block with KRS number "
        "and address",
    )


def h033() -> Case:
    dpia = a_dpia(
        "Kunstig intelligens for prioritering av tilvisingar til BUP",
        [
            (
                "Kontaktperson",
                "Kristine Lothe",
                "+47 57 83 96 44",
                "kristine.lothe@helse-vestfjord.no",
            ),
            A_DPO,
            (
                "Databehandlar – Triagio AS",
                "Ole Martin Fjære",
                "+47 21 62 70 30",
                "olemartin@triagio.no",
            ),
        ],
        """Tilvisingar til barne- og ungdomspsykiatrisk poliklinikk (om lag 3 200 i året)
        skal leses av ein språkmodell frå Triagio AS (databehandlar, drift i Noreg) som
        foreslår prioritet og frist etter prioriteringsrettleiaren. Spesialist fastset
        prioritet. Modellen les tilvisingstekst, alder, tidlegare kontaktar. Forslag og
        grunngjeving blir lagra i journalen.""",
        """Grunnlag art. 9 nr. 2 h, pasient- og brukarrettslova § 2-2. Ventetida for
        vurdering er 18 dagar mot lovkravet 10. Modellen ser ikkje fritekst om tredjepersonar
        (foreldre) utover det tilvisinga inneheld. Pasient og føresette blir informerte i
        brevet om rett til vurdering.""",
        """Risikovurderinga er under arbeid. Vi har halde ein workshop med fagpersonar, og
        resultatet blir ferdigstilt i januar 2027.""",
        "Foretaket ber om forhåndsdrøfting fordi modellen påverkar barn sin tilgang til "
        "helsehjelp.",
        [
            ("0.9", "05.11.2026", "Utkast", "K. Lothe", ""),
            (
                "1.0",
                "25.11.2026",
                "Godkjend av klinikkleiinga psykisk helsevern etter 2. "
                "handsaming; funn og innspel frå ungdomsrådet lagde fram",
                "K. Lothe",
                "Klinikkdirektør Elin Sande (sign.)",
            ),
        ],
    )
    body = (
        txt(
            """
        Hei,

        Vi ber om forhåndsdrøftelse for KI-støtte ved prioritering av henvisninger til BUP.
        DPIA-en ligger vedlagt.
        """
        )
        + "\n"
        + txt(
            a_signature("Kristine Lothe", "Rådgjevar, Klinikk psykisk helsevern", "+47 57 83 96 44")
        )
    )
    msg = message(
        "h033",
        "Kristine Lothe <kristine.lothe@helse-vestfjord.no>",
        "Forhåndsdrøfting – KI-prioritering BUP",
        when(12, 2, 13, 55),
        body,
        attachments=[
            ("DPIA_BUP_prioritering_v1.0.docx", to_docx(dpia)),
            ("Risikovurdering_BUP_mal.xlsx", b""),
        ],
    )
    return msg, Label(
        "nb",
        (
            "dpia_report_docx",
            "contact_table_rows_role",
            "processor_in_table",
            "headings_num",
            "part4_under_work",
            "zero_byte_risk_template",
            "part5_revision_table_signoff",
            "nynorsk_attachments",
        ),
        "none",
        True,
        "used",
        "health trust AI referral triage; risk assessment «under arbeid», ferdig januar",
        (4,),
    )


def h034() -> Case:
    ros = to_xlsx(
        {
            "ROS": [
                ["Nr", "Kva kan skje", "Sannsyn", "Konsekvens", "Tiltak", "Står att"],
                [
                    "1",
                    "Fingeravtrykk kjem på avvegar",
                    "Låg",
                    "Høg",
                    "Berre mal, kryptert hjå databehandlar",
                    "Middels",
                ],
                [
                    "2",
                    "Innsjekk blir brukt til å kontrollere privatliv på kveldstid",
                    "Middels",
                    "Høg",
                    "Berre talet på innsjekk, ikkje tidspunkt, til miljøarbeidar",
                    "Høg",
                ],
                [
                    "3",
                    "Elevar over 18 kjenner seg pressa",
                    "Middels",
                    "Middels",
                    "Alternativ med kort",
                    "Låg",
                ],
                [
                    "4",
                    "Feil gjer at eleven blir meld borte",
                    "Middels",
                    "Middels",
                    "Manuell sjekk før varsel",
                    "Låg",
                ],
            ],
            "Ikkje gjennomført": [
                ["Tiltak", "Kvifor"],
                ["Lokal lagring utan sky", "Internatdata AS tilbyr ikkje det"],
            ],
        }
    )
    body = (
        txt(
            """
        Hei Datatilsynet

        Fjordbotn friskule (vidaregåande med internat) ber om forhåndsdrøfting for
        fingeravtrykk ved innsjekk på internatet.

        Kontaktperson er internatleiar Synnøve Hjelmeland, mob. 411 72 093,
        synnove.hjelmeland@fjordbotn.skule.no. Personvernombodet er Geir Lunde i Sogn
        friskulelag, tlf. 57 67 20 44, personvernombod@sognfriskulelag.no. Databehandlar er
        Internatdata AS, kontaktperson Rolf Nesse, mob. 934 50 812, rolf@internatdata.no.

        Om behandlinga
        Dei 45 internatelevane sjekkar inn med fingeravtrykk kvar kveld innan kl. 23.
        Internatdata AS lagrar malane og innsjekkloggen i si skyteneste i Noreg. Manglar ein
        elev, får vakta varsel og ringjer eleven og eventuelt føresette. Loggen blir
        sletta etter skuleåret. Internatleiar har ansvaret.

        Kvifor vi meiner dette er rett
        Skulen har tilsynsansvar for elevar under 18 på internatet (forskrift om
        internat). Manuell opprop tek lang tid og har gitt feil. Elevane kan velje kort
        i staden for fingeravtrykk. Berre innsjekk blir lagra, ikkje utsjekk eller kvar
        eleven er.

        Risiko
        Sjå vedlagt ROS-analyse (Excel).

        Styret
        Styret gjekk gjennom vurderinga 17.9. og 12.11.2026 etter at internatleiar la fram
        funna og innspel frå elevrådet og internatrådet, godkjende vurderinga og bad om at
        vi ber om forhåndsdrøfting.
        """
        )
        + "\n"
        + txt(
            h_signature(
                "Synnøve Hjelmeland",
                "internatleiar",
                "411 72 093",
                "synnove.hjelmeland@fjordbotn.skule.no",
            )
        )
    )
    msg = message(
        "h034",
        "Synnove Hjelmeland <synnove.hjelmeland@fjordbotn.skule.no>",
        "Forhåndsdrøfting – fingeravtrykk på internatet",
        when(12, 2, 21, 8),
        body,
        attachments=[("ROS-analyse internat.xlsx", ros)],
    )
    return msg, Label(
        "nn",
        (
            "cover_in_body",
            "contact_prose",
            "processor_contact_body",
            "part3_odd_heading",
            "xlsx_risk_matrix",
            "part5_short_paragraph",
            "headings_nynorsk",
            "school",
        ),
        "none",
        True,
        "used",
        "complete; nynorsk boarding school fingerprint check-in; necessity under «Kvifor vi "
        "meiner dette er rett», risk XLSX",
    )


def h035() -> Case:
    contacts = """
| Behandlingsansvarlig | Kystlinjen Ferjeselskap AS, org.nr. 913 402 876 |
| Kontaktperson | Marius Evjen, billettsjef |
| Telefon | tlf. 75 51 20 45 |
| E-post | marius.evjen@kystlinjen.no |
| Personvernombud | Linn Marie Steiro |
| Telefon | tlf. 75 51 20 09 |
| E-post | personvern@kystlinjen.no |
| Databehandler | Kaiskilt AS, org.nr. 919 663 207, Havnegata 5, 8300 Svolvær |
| Kontaktperson | Stine Lorentzen |
| Telefon | mob. 470 12 993 |
| E-post | stine.lorentzen@kaiskilt.no |
"""
    pdf = i_package(
        [
            ("Kontaktpersoner", contacts),
            (
                "Beskrivelse av behandlingen",
                """På 12 ferjekaier leses registreringsnummer og tas bilde av fører ved
             ombordkjøring for å kontrollere rabattkort som er knyttet til én bil og én fører
             (øyrabatt). Kaiskilt AS drifter kameraene og matching som databehandler.
             Om lag 1,2 millioner passeringer i året. Bilder av fører lagres bare ved avvik,
             i 60 dager; skilt og tid i 12 måneder for fakturering.""",
            ),
            (
                "Nødvendighet og forholdsmessighet",
                """Grunnlag: avtale (rabattvilkår) og art. 6 nr. 1 f. Misbruk av øyrabatt er
             anslått til 9 MNOK. Manuell kontroll på kai gir kø og konflikter. Fører-
             bilde tas bare når skiltet tilhører et rabattkort; kunden varsles og kan
             forklare avvik før rabatten trekkes.""",
            ),
            ("Risiko", """Se vedlagt risikomatrise (CSV fra vårt ROS-verktøy)."""),
        ]
    )
    risk = csv_bytes(
        [
            ["Nr", "Trussel", "S", "K", "Risiko", "Tiltak", "Restrisiko", "Status"],
            [
                "1",
                "Førerbilde av passasjerer i forsetet",
                "4",
                "3",
                "Høy",
                "Maskering av passasjerside",
                "Middels",
                "Gjennomført",
            ],
            [
                "2",
                "Kartlegging av øybefolkningens reiser",
                "3",
                "4",
                "Høy",
                "Sletting 12 mnd, tilgang kun faktura",
                "Høy",
                "Gjennomført",
            ],
            [
                "3",
                "Feilmatch trekker rabatt",
                "3",
                "2",
                "Middels",
                "Varsel og klage",
                "Lav",
                "Gjennomført",
            ],
            [
                "4",
                "Fører med rett til rabatt i annen bil",
                "3",
                "2",
                "Middels",
                "Rabatt knyttet til person i stedet for bil",
                "Middels",
                "Vurdert, ikke gjennomført - krever ID-kontroll",
            ],
        ]
    )
    minutes = """
# Protokoll fra styremøte i Kystlinjen Ferjeselskap AS

Dato: 25. november 2026. Til stede: styreleder Kari Andenæs, Rune Strand, Maja Eliassen,
ansattevalgt Tor Hugo Bakke. Fra administrasjonen: administrerende direktør og billettsjef.

Sak 36/2026 Kamerakontroll av øyrabatt – DPIA

Billettsjefen presenterte DPIA og risikomatrise. Innspill fra Røst og Værøy kommuner og
brukerrådet ble lagt fram. Saken ble første gang drøftet 28. oktober.

Vedtak: Styret godkjenner DPIA-en og ber administrasjonen be om forhåndsdrøftelse.
"""
    body = (
        txt(
            """
        Hei,

        Vedlagt følger anmodning om forhåndsdrøftelse (kamerakontroll av øyrabatt) med
        risikomatrise og styreprotokoll.
        """
        )
        + "\n"
        + txt(
            i_signature("Marius Evjen", "billettsjef", "75 51 20 45", "marius.evjen@kystlinjen.no")
        )
    )
    msg = message(
        "h035",
        "Marius Evjen <marius.evjen@kystlinjen.no>",
        "Anmodning om forhåndsdrøftelse – øyrabatt",
        when(12, 3, 8, 12),
        body,
        attachments=[
            ("Kystlinjen_forhandsdroftelse_oyrabatt.pdf", to_pdf(pdf)),
            ("Risikomatrise_oyrabatt.csv", risk),
            ("Styreprotokoll 25.11.2026.docx", to_docx(minutes)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "headings_caps",
            "contact_table_pdf_2col",
            "processor_contact_table",
            "csv_risk_register",
            "minutes_docx",
            "split_across_files",
            "transport",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; ferry ANPR/driver photo; PDF parts 1-3, risk as CSV, minutes DOCX",
    )


def h036() -> Case:
    contacts = c_contact_sheet(
        [
            [
                "Behandlingsansvarlig",
                "Hallingvik kommune, org.nr. 964 118 220",
                "Kontaktperson: Anette Bakken Rust, fagleder velferdsteknologi",
                "tlf. 32 14 83 11",
                "e-post: anette.bakken.rust@hallingvik.kommune.no",
            ],
            [
                "Personvernombud",
                "Hallingdal interkommunale personvernombud",
                "Per Arne Rude",
                "tlf. 32 08 77 10",
                "e-post: personvernombud@hallingdal-ikt.no",
            ],
            [
                "Databehandler",
                "Låsnett AS",
                "Org.nr. 920 558 113",
                "Kirkegata 3",
                "3510 Hønefoss",
                "Thomas Brenden",
                "tlf. 32 12 60 40",
                "thomas.brenden@lasnett.no",
            ],
        ]
    )
    v2 = """
# Vedlegg 2 – Beskrivelse av behandlingen

Hjemmetjenesten skal bruke digitale dørlåser hos om lag 400 brukere. Ansatte låser opp med
mobil; hver åpning logges med ansatt, bruker og tidspunkt hos Låsnett AS (databehandler).
Loggen brukes til å dokumentere besøk og ved avvik. Lagring 12 måneder.
"""
    v3 = """
# Vedlegg 3 – Nødvendighet og forholdsmessighet

Fysiske nøkler blir borte og kopieres. Loggen gir brukeren og pårørende innsyn i hvem som har
vært i hjemmet. Bare åpningstid logges, ikke hvor lenge den ansatte er inne. Brukere kan
velge nøkkelboks i stedet.
"""
    v4 = """
# Vedlegg 4 – Risikovurdering

| Risiko | Før | Tiltak | Etter |
| Loggen brukes til å kontrollere ansattes tidsbruk | Høy | Avtale med tillitsvalgte | Høy |
| Uvedkommende får digital nøkkel | Middels | Tofaktor og tidsbegrenset tilgang | Lav |
| Brukere med demens forstår ikke ordningen | Høy | Pårørende involveres | Middels |
"""
    files = [
        "Vedlegg 1 – Kontaktopplysninger",
        "Vedlegg 2 – Beskrivelse av behandlingen",
        "Vedlegg 3 – Nødvendighet og forholdsmessighet",
        "Vedlegg 4 – Risikovurdering",
        "Vedlegg 5 – Møtebok ledergruppen",
    ]
    body = txt(
        c_cover(
            "digitale dørlåser i hjemmetjenesten",
            files,
            "Anette Bakken Rust",
            "Fagleder velferdsteknologi",
        )
    )
    msg = message(
        "h036",
        "Anette Bakken Rust <anette.bakken.rust@hallingvik.kommune.no>",
        "Forhåndsdrøftelse – digitale dørlåser",
        when(12, 3, 10, 50),
        body,
        attachments=[
            ("Vedlegg 1 - Kontaktopplysninger.pdf", to_pdf(contacts)),
            ("Vedlegg 2 - Beskrivelse.pdf", to_pdf(v2)),
            ("Vedlegg 3 - Nodvendighet.pdf", to_pdf(v3)),
            ("Vedlegg 4 - Risikovurdering.pdf", to_pdf(v4)),
            ("Vedlegg 5 - Motebok.pdf", b""),
        ],
    )
    return msg, Label(
        "nb",
        (
            "file_per_part",
            "headings_vedlegg",
            "processor_block_orgnr_address",
            "contact_label_value",
            "risk_table_pdf",
            "zero_byte_part5",
        ),
        "none",
        True,
        "used",
        "municipality digital door locks; Vedlegg 5 (minutes) is a zero-byte PDF",
        (5,),
    )


def h037() -> Case:
    body = (
        txt(
            """
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – automatisk stans av tiltakspenger ved manglende
        meldekort

        Arbeidsinkluderingsdirektoratet ber om forhåndsdrøftelse etter
        personvernforordningen artikkel 36. Kontaktperson er undertegnede (se signatur).
        Personvernombudet er Nina Rustad-Eide, telefon 22 99 40 00,
        personvernombud@aid.no. Løsningen utvikles og driftes av direktoratet selv; det
        benyttes ingen databehandler.

        Beskrivelse av behandlingen
        Mottakere av tiltakspenger (om lag 18 000 personer) sender meldekort hver 14. dag.
        Når meldekort mangler 7 dager etter frist, stanser systemet utbetalingen automatisk
        og sender vedtak i innboksen på aid.no og per SMS. Systemet bruker
        meldekortstatus, tiltaksdeltakelse fra tiltaksarrangør og kontaktopplysninger.
        Vedtaket arkiveres i saksmappen. Mottakere: den registrerte og veileder.
        Ansvar: divisjonsdirektør ytelser.

        Nødvendighet og forholdsmessighet
        Hjemmel: tiltakspengeforskriften § 7 og forvaltningsloven § 11 d med forskrift om
        automatiserte vedtak. Manuell stans gir i dag ulik praksis og feilutbetalinger som
        kreves tilbake. Stans skjer først etter SMS-påminnelse. Vedtaket begrunnes, kan
        påklages, og utbetaling gjenopptas automatisk når meldekort kommer.

        Risikovurdering
        - Personer uten digital tilgang (eldre, innlagte, soningsdømte) mister inntekt:
          høy; tiltak SMS og brev, veileder varsles; restrisiko høy.
        - Feil fra tiltaksarrangør gir feil stans: middels; kontroll mot to kilder;
          restrisiko lav.
        - Vedtaket forstås ikke: middels; klarspråk testet med brukere; middels.
        - Vurdert, ikke gjennomført: manuell kontroll før hver stans – 9 000 saker i
          måneden er ikke mulig å kontrollere manuelt.

        Ledelsens behandling
        Direktørmøtet behandlet DPIA-en 6. oktober og 24. november 2026. Funnene ble
        presentert sammen med innspill fra Brukerrådet og Kriminalomsorgsdirektoratet.
        Direktørmøtet godkjente DPIA-en og besluttet å be om forhåndsdrøftelse.
        """
        )
        + "\n"
        + txt(
            j_signature("Eivind Sæbø", "seksjonssjef ytelser", "22 99 43 02", "eivind.sabo@aid.no")
        )
    )
    msg = message(
        "h037",
        "Saebo Eivind <eivind.sabo@aid.no>",
        "Anmodning om forhåndsdrøftelse - automatisk stans",
        when(12, 3, 14, 3),
        body,
    )
    return msg, Label(
        "nb",
        (
            "all_in_body",
            "headings_plain",
            "contact_signature",
            "dpo_sentence",
            "processor_none_stated",
            "risk_bullets",
            "part5_short_paragraph",
            "state_agency",
        ),
        "inline",
        True,
        "none",
        "complete; agency automated benefit stop; everything in the plain body, contact person "
        "in signature",
    )


def h038() -> Case:
    body = txt(
        """
        Hei,

        Jeg ber om innsyn etter offentleglova i dokumentene i Datatilsynets sak om Helse
        Vestfjord HF sin anmodning om forhåndsdrøftelse om sepsisvarsel (sendt tilsynet i
        november 2026), herunder anmodningen, DPIA-en og eventuell korrespondanse.

        Dersom deler unntas, ber jeg om merinnsyn og om at resten gis.

        Vennlig hilsen
        Trine Vatnaland
        journalist, Fjordposten
        tlf. 957 33 104
        """
    )
    msg = message(
        "h038",
        "Trine Vatnaland <trine.vatnaland@fjordposten.no>",
        "Innsynskrav – forhåndsdrøftelse Helse Vestfjord sepsisvarsel",
        when(12, 3, 15, 27),
        body,
    )
    return msg, Label(
        "nb",
        (
            "nonrequest_access_to_documents",
            "all_in_body",
            "very_short",
            "mentions_prior_consultation",
        ),
        "none",
        False,
        "unspecified",
        "journalist's FOI request for documents in another controller's prior consultation",
    )


def h039() -> Case:
    contacts = """
| Role | Name | Phone | E-mail |
| Project leader (contact person) | Dr. Maren Sollid | – | maren.sollid@uin.no |
| Data protection officer | Tormod Kvalsvik | 77623190 | personvernombud@uin.no |

No processor is used; data are collected and stored on SAFE-N.
"""
    dpia = e_dpia_en(
        "SHADOWS: eating-disorder communities on social media",
        contacts,
        [
            (
                "What is the project?",
                """We will collect public posts and profile metadata from 25 pro-eating-disorder
             communities on three platforms (about 8 000 accounts, many presumably under 18)
             over two years, and interview 30 members recruited through the platforms. Posts
             are scraped via research APIs, pseudonymised and analysed for trajectories of
             illness. Data are stored on SAFE-N; only the project group has access.""",
            ),
            (
                "Why do we need these data, and is it proportionate?",
                """Art. 6(1)(e) and 9(2)(j), Health Research Act; REK 2026/30661. Surveys reach
             few of these users. We keep only text and timestamps, no images; usernames are
             replaced by codes at collection. A project website explains the study and lets
             users opt out.""",
            ),
            (
                "What can go wrong, and what do we do about it?",
                """High: minors' health data processed without their knowledge; measure:
             opt-out, no quotes in publications. High: quotes can be searched back to
             accounts; measure: paraphrasing. Medium: researchers' exposure reveals
             communities to the public; measure: communities not named. Not done:
             consent from every account – not feasible.""",
            ),
            (
                "Who has approved this assessment?",
                """The department management reviewed the DPIA on 28 October and 25 November
             2026, with the findings presented by the project leader and input from the user
             organisation ROS. The head of department approved it and decided to request
             prior consultation.""",
            ),
        ],
    )
    body = txt(
        """
        Dear Datatilsynet,

        Please find attached our DPIA for the research project SHADOWS; we request prior
        consultation under Article 36 GDPR.

        Best regards,
        Maren Sollid
        Researcher, Department of Psychology, University of Nordvik
        """
    )
    msg = message(
        "h039",
        "Maren Sollid <maren.sollid@uin.no>",
        "Request for prior consultation – SHADOWS",
        when(12, 4, 9, 30),
        body,
        attachments=[("SHADOWS_DPIA.pdf", to_pdf(dpia))],
    )
    return msg, Label(
        "en",
        (
            "one_pdf",
            "contact_page_in_dpia",
            "p1_contact_no_phone",
            "processor_none_stated",
            "headings_question",
            "risk_prose",
            "part5_in_dpia",
            "research",
        ),
        "pgp_mime",
        True,
        "none",
        "university social-media study; contact person's phone is a dash and nowhere else: "
        "part 1 missing",
        (1,),
    )


def h040() -> Case:
    dpia = a_dpia(
        "Digital pasientregistrering i akuttmottaket",
        [
            (
                "Kontaktperson",
                "Jan Petter Vikøren",
                "+47 57 83 94 20",
                "jan.petter.vikoren@helse-vestfjord.no",
            ),
            A_DPO,
        ],
        """Pasientar registrerer seg sjølv på nettbrett i venterommet i akuttmottaket
        (namn, fødselsnummer, kontaktårsak). Opplysningane går direkte i journalsystemet.""",
        """Grunnlag art. 9 nr. 2 h. Kortar ned køen ved skranken. Berre dei same
        opplysningane som i dag.""",
        """| Risiko | Nivå | Tiltak |
        | Andre i venterommet ser skjermen | Middels | Personvernfilter |
        | Feil registrering | Låg | Kontroll ved triage |""",
        "Restrisikoen er låg og akseptabel. Forhåndsdrøfting er ikkje naudsynt.",
        [("1.0", "20.11.2026", "Ferdig", "J. P. Vikøren", "Klinikksjef (sign.)")],
    )
    body = (
        txt(
            """
        Hei,

        Til orientering: Vi har gjennomført en DPIA for digital pasientregistrering i
        akuttmottaket. Konklusjonen er at restrisikoen er lav, og vi ber derfor ikke om
        forhåndsdrøftelse. Vi sender vurderingen slik at dere er kjent med den, i tilfelle
        dere får spørsmål fra publikum.

        Ingen svar nødvendig.
        """
        )
        + "\n"
        + txt(a_signature("Jan Petter Vikøren", "Avdelingssjef, Akuttmottaket", "+47 57 83 94 20"))
    )
    msg = message(
        "h040",
        "Jan Petter Vikoren <jan.petter.vikoren@helse-vestfjord.no>",
        "Til orientering: DPIA digital pasientregistrering",
        when(12, 4, 11, 11),
        body,
        attachments=[("DPIA_pasientregistrering.docx", to_docx(dpia))],
    )
    return msg, Label(
        "nb",
        (
            "nonrequest_dpia_for_information",
            "dpia_report_docx",
            "contact_table_rows_role",
            "explicitly_not_requesting",
        ),
        "none",
        False,
        "unspecified",
        "health trust sends a low-risk DPIA «til orientering» and says it does not ask for "
        "prior consultation",
    )
