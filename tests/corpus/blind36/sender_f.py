"""Sender F: Norsk institutt for levekår og helse (NILH), research foundation, bokmål.

The institute's «DPIA-mal for forskningsprosjekter v2.3» in Word: a project table, contacts a row
per role, question | answer tables for description and necessity, a risk matrix and «Ledelsens
behandling» (behandlet i | dato | beslutning | signatur). Risk matrices sometimes as Excel. Once
the request is a table the adviser built from Datatilsynet's list of what to send (one row per
point). The research administration adviser sends the mails; project leaders sometimes write.
"""

# ruff: noqa: E501

from __future__ import annotations

from extra import signed_page
from forms import doc, sheet, tbl
from kit import Label, message, quoted, to_docx, to_pdf, to_xlsx, txt, when

TOPICS = {
    "c011": "registerkobling om oppvekst og psykisk helse",
    "c031": "app-basert innsamling av sensordata om søvn og skjermbruk hos ungdom",
    "c051": "spørreundersøkelse om vold i nære relasjoner koblet med straffesaksdata",
    "c012": "biobank og genomsekvensering i befolkningsundersøkelse",
    "c032": "videoopptak i klasserom for forskning på undervisning",
    "c052": "måling av stress med sensorarmbånd hos helsearbeidere",
}

SENDER = "Anders Grimstad <anders.grimstad@nilh.no>"
SIGN = "\n" + txt(
    """
    Vennlig hilsen
    Anders Grimstad
    Seniorrådgiver, forskningsadministrasjon
    Norsk institutt for levekår og helse (NILH)
    Postboks 4420 Nydalen, 0403 Oslo | Org.nr. 971 277 882
    Tlf. 22 95 47 33 / 918 02 664
    """
)
DPO = (
    "Personvernombud",
    "Helene Sundby Kaasa",
    "22 95 47 10 / 977 31 260",
    "personvernombud@nilh.no",
)
AG = (
    "Forskningsadministrativ kontakt",
    "Anders Grimstad",
    "22 95 47 33 / 918 02 664",
    "anders.grimstad@nilh.no",
)
SEKUR = (
    "Databehandler (SEKUR, Universitetet i Nordby)",
    "Tor Inge Falch",
    "55 58 90 12",
    "tor.falch@sekur.uinordby.no",
)


def dpia(
    prosjekt: list[tuple[str, str]],
    kontakter: list[tuple[str, str, str, str]],
    beskrivelse: list[tuple[str, str]],
    nodvendighet: list[tuple[str, str]],
    risiko: str,
    ledelse: list[tuple[str, str, str, str]],
    ledelse_note: str = "",
) -> str:
    return doc(
        "# Vurdering av personvernkonsekvenser (DPIA) – forskningsprosjekt",
        "NILH DPIA-mal for forskningsprosjekter v2.3. Fylles ut av prosjektleder sammen med personvernombudet.",
        "# 0 Prosjektinformasjon",
        tbl(("Felt", "Utfylling"), *prosjekt),
        "# 1 Kontaktpersoner",
        tbl(("Rolle", "Navn", "Telefon", "E-post"), *kontakter),
        "# 2 Systematisk beskrivelse av behandlingen",
        tbl(("Spørsmål", "Svar"), *beskrivelse),
        "# 3 Nødvendighet og proporsjonalitet",
        tbl(("Spørsmål", "Svar"), *nodvendighet),
        "# 4 Risikovurdering",
        risiko,
        "# 5 Ledelsens behandling",
        tbl(("Behandlet i", "Dato", "Beslutning", "Signatur"), *ledelse),
        ledelse_note,
    )


def risk_table(rows: list[tuple[str, ...]], ikke: list[tuple[str, str]]) -> str:
    return doc(
        "Sannsynlighet (S) og konsekvens (K): 1 lav – 5 svært høy. Risiko = S x K; 1–6 akseptabel, 8–12 tiltak vurderes, 15–25 ikke akseptabel.",
        tbl(
            ("ID", "Trussel/hendelse", "S", "K", "Risikonivå", "Tiltak", "Restrisiko", "Eier"),
            *rows,
        ),
        "## Tiltak vurdert, men ikke gjennomført",
        tbl(("Tiltak", "Begrunnelse"), *ikke),
    )


# --- c011 / F011: registry linkage, complete ----------------------------------------------------


def c011() -> tuple:
    body = dpia(
        [
            (
                "Prosjekttittel",
                "OPPVEKST – oppvekstvilkår og psykisk helse hos barn og unge 2005–2025",
            ),
            ("Prosjektnummer", "NILH-2026-117"),
            ("Prosjektleder", "Forsker I Ragnhild Hovde Lie"),
            ("REK-godkjenning", "REK sør-øst D, ref. 845201 (godkjent 02.09.2026)"),
            ("Periode", "01.01.2027–31.12.2031, data slettes/anonymiseres senest 31.12.2036"),
        ],
        [
            (
                "Prosjektleder (kontaktperson)",
                "Ragnhild Hovde Lie",
                "22 95 48 02 / 930 61 447",
                "ragnhild.hovde.lie@nilh.no",
            ),
            AG,
            DPO,
            SEKUR,
        ],
        [
            (
                "Formål",
                "Undersøke hvordan familieøkonomi, flytting, barnevernstiltak og skolebytte henger sammen med psykiske lidelser og bruk av helsetjenester i ungdomsårene, for å gi grunnlag for forebygging.",
            ),
            (
                "Registrerte",
                "Alle personer født i Norge 1995–2010 (ca. 900 000) og deres foreldre (ca. 1,4 mill.).",
            ),
            (
                "Personopplysninger",
                "Fra NPR: diagnoser og kontakter i spesialisthelsetjenesten; KUHR: kontakter i primærhelsetjenesten; SSB (FD-Trygd, inntekt, utdanning, flytting, barnevernstiltak); Nasjonal utdanningsdatabase. Særlige kategorier (helse), barnevern.",
            ),
            (
                "Kilder",
                "Registereierne (Helsedirektoratet, SSB) utleverer pseudonymiserte filer med prosjektspesifikt løpenummer; koblingsnøkkel hos SSB.",
            ),
            ("Mottakere", "Ingen utlevering. Kun forskere i prosjektet (7 navngitte) i SEKUR."),
            (
                "Teknisk løsning og lagring",
                "Data lagres og analyseres kun i SEKUR (sikker plattform, Universitetet i Nordby, Norge), uten mulighet for nedlasting; kun aggregerte resultater eksporteres etter kontroll. Tofaktor, logging.",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav j, jf. personopplysningsloven § 8 og § 9, helseforskningsloven §§ 33 og 35 (REK-dispensasjon fra taushetsplikt). Statistikkloven § 10 for SSB-data.",
            ),
            (
                "Hva gir høy risiko",
                "Stor skala, sammenstilling av mange registre, særlige kategorier, barn, ingen informasjon direkte til hver enkelt.",
            ),
        ],
        [
            (
                "Er behandlingen nødvendig?",
                "Ja. Spørsmålene krever hele fødselskohorter og lang oppfølging; utvalgsundersøkelser gir for få tilfeller av alvorlige lidelser og er skjevt fordelt.",
            ),
            (
                "Mindre inngripende alternativer?",
                "Vurdert: bruk av eksisterende befolkningskohorter – dekker ikke barnevern og flytting; aggregerte data – gir ikke individforløp.",
            ),
            (
                "Dataminimering",
                "Variabellisten er redusert fra 212 til 134 variabler etter gjennomgang med personvernombudet; fødselsdato som år/måned; kommune i stedet for adresse.",
            ),
            ("Lagringstid", "Til 31.12.2036 (etterprøving), deretter sletting hos SEKUR og SSB."),
            (
                "Informasjon til de registrerte",
                "Unntak fra individuell informasjon (art. 14 nr. 5 bokstav b) – uforholdsmessig; i stedet offentlig informasjon på nilh.no/oppvekst, annonse, og informasjon gjennom bruker- og pasientorganisasjonene.",
            ),
            (
                "Rettigheter og garantier",
                "Rett til å protestere (art. 21) via skjema på nettsiden; personen tas ut av datasettet. Innsyn: prosjektet kan ikke identifisere personer, men SSB kan formidle. Garantier: pseudonymisering, kontroll av eksport, ingen publisering av celler < 5.",
            ),
        ],
        risk_table(
            [
                (
                    "R1",
                    "Reidentifikasjon av personer med sjeldne kombinasjoner (barnevern + sjelden diagnose + liten kommune)",
                    "3",
                    "5",
                    "15",
                    "Kommune grupperes, eksportkontroll, celler < 5 undertrykkes",
                    "10",
                    "Prosjektleder",
                ),
                (
                    "R2",
                    "Uautorisert tilgang i SEKUR",
                    "1",
                    "5",
                    "5",
                    "Tofaktor, logging, navngitte brukere",
                    "5",
                    "SEKUR",
                ),
                (
                    "R3",
                    "Registrerte vet ikke om behandlingen og kan ikke protestere",
                    "4",
                    "3",
                    "12",
                    "Offentlig informasjon, protestskjema",
                    "9",
                    "Personvernombud",
                ),
                (
                    "R4",
                    "Funn om grupper (f.eks. barnevernsbarn) stigmatiserer",
                    "3",
                    "3",
                    "9",
                    "Brukerråd med erfaringskonsulenter, omtale av funn",
                    "6",
                    "Forskningsdirektør",
                ),
            ],
            [
                (
                    "Samtykke fra alle registrerte",
                    "Umulig i praksis (2,3 mill. personer) og ville gi skjevt utvalg.",
                ),
                (
                    "Syntetiske data i stedet for ekte",
                    "Gir ikke sikre estimater for sjeldne utfall i 2026.",
                ),
            ],
        ),
        [
            (
                "Ledermøtet NILH",
                "15.10.2026",
                "DPIA gjennomgått første gang; prosjektet bedt om å redusere variabellisten",
                "–",
            ),
            (
                "Ledermøtet NILH",
                "05.11.2026",
                "DPIA v1.2 godkjent. Restrisiko R1 og R3 over akseptgrense; ledermøtet ønsker å gjennomføre og ber om forhåndsdrøftelse.",
                "Torunn Mæland Stray, direktør (e-signert)",
            ),
        ],
        "Sammendrag til ledermøtet 05.11.2026: prosjektleder presenterte funn fra risikovurderingen; personvernombudets skriftlige råd (30.10.2026) og innspill fra brukerrådet (møte 22.10.2026) var vedlagt saken.",
    )
    mail = txt(
        """
        Til Datatilsynet

        NILH ber om forhåndsdrøftelse for prosjektet OPPVEKST (NILH-2026-117), som kobler helseregistre og SSB-data for fødselskohortene 1995–2010. DPIA i instituttets mal ligger ved; ledelsens behandling står i punkt 5.

        Kontaktinformasjon til prosjektleder, personvernombud og databehandler (SEKUR) står i punkt 1.
        """
    )
    msg = message(
        "c011",
        SENDER,
        "Anmodning om forhåndsdrøftelse - OPPVEKST (NILH-2026-117)",
        when(11, 6, 12, 30),
        mail + SIGN,
        attachments=[("NILH-2026-117_DPIA_OPPVEKST_v1.2.docx", to_docx(body))],
        cc="personvernombud@nilh.no",
    )
    return msg, Label(
        "nb",
        (
            "research_institute",
            "form_docx_2col",
            "contacts_row_per_role",
            "processor_contact_table",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_table_filled",
            "registry_linkage",
            "children",
            "health_data",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; research DPIA template with question|answer tables, contacts a row per role (research platform as processor), risk matrix, «Ledelsens behandling» table with two meetings and a summary of stakeholders",
    )


# --- c031 / F031: sensor app, description deferred to an attachment about another project ------


def c031() -> tuple:
    body = dpia(
        [
            ("Prosjekttittel", "SØVNUNG – søvn, skjermbruk og trivsel hos ungdom"),
            ("Prosjektnummer", "NILH-2026-124"),
            ("Prosjektleder", "Forsker II Eirik Tandberg"),
            ("REK-godkjenning", "Søkt, ref. 851177"),
            ("Periode", "2027–2030"),
        ],
        [
            (
                "Prosjektleder (kontaktperson)",
                "Eirik Tandberg",
                "22 95 48 61",
                "eirik.tandberg@nilh.no",
            ),
            AG,
            DPO,
            (
                "Databehandler (app og datainnsamling)",
                "Maja Berntsen, Studieapp AS",
                "+47 452 18 330",
                "maja.berntsen@studieapp.no",
            ),
        ],
        [
            ("Formål", "Se vedlagt prosjektprotokoll, kap. 2."),
            ("Registrerte", "Se prosjektprotokoll."),
            ("Personopplysninger", "Se prosjektprotokoll, kap. 3–5 (variabelliste)."),
            ("Kilder", "Se prosjektprotokoll."),
            ("Mottakere", "Se prosjektprotokoll."),
            ("Teknisk løsning og lagring", "Studieapp AS (databehandler). Detaljer i protokollen."),
            ("Behandlingsgrunnlag", "Samtykke (art. 6 nr. 1 bokstav a, art. 9 nr. 2 bokstav a)."),
            ("Hva gir høy risiko", "Se protokoll."),
        ],
        [
            (
                "Er behandlingen nødvendig?",
                "Ja. Selvrapportert søvn og skjermtid er upålitelig; passive sensordata over 4 uker gir objektive mål som ikke finnes i dag.",
            ),
            (
                "Mindre inngripende alternativer?",
                "Søvndagbok alene (prøvd i pilot, 40 % frafall og store avvik mot sensor); aktivitetsmåler uten telefon-data (dekker ikke skjermbruk).",
            ),
            (
                "Dataminimering",
                "Skjermbruk registreres som tid per app-kategori, ikke innhold; ingen posisjon; lyd brukes ikke.",
            ),
            (
                "Lagringstid",
                "Rådata slettes hos databehandler etter overføring (ukentlig); forskningsfil til 2035.",
            ),
            (
                "Informasjon til de registrerte",
                "Informasjonsskriv tilpasset 13–15 og 16–18 år, film, informasjon til foresatte.",
            ),
            (
                "Rettigheter og garantier",
                "Samtykke fra ungdom over 16; under 16 også foresatte. Ungdommen kan pause innsamling i appen og trekke seg når som helst; sletting av egne data på forespørsel.",
            ),
        ],
        risk_table(
            [
                (
                    "R1",
                    "Foreldre får innsyn i ungdommens skjermbruk via prosjektet",
                    "2",
                    "4",
                    "8",
                    "Foresatte får ikke data; kun ungdommen ser egen oversikt",
                    "4",
                    "Prosjektleder",
                ),
                (
                    "R2",
                    "Ungdom samtykker uten å forstå omfanget av passiv innsamling",
                    "3",
                    "4",
                    "12",
                    "Tilpasset informasjon, påminnelse hver uke med pauseknapp",
                    "8",
                    "Prosjektleder",
                ),
                (
                    "R3",
                    "App-kategorier avslører helse, seksualitet eller religion (f.eks. datingapper)",
                    "3",
                    "4",
                    "12",
                    "Grove kategorier, sensitive kategorier slått sammen",
                    "6",
                    "Prosjektleder",
                ),
                (
                    "R4",
                    "Brudd hos databehandler",
                    "2",
                    "4",
                    "8",
                    "Kryptering, ukentlig sletting, ISO 27001",
                    "4",
                    "Personvernombud",
                ),
            ],
            [("Innsamling kun i helger", "Formålet er å se sammenheng med skoledager.")],
        ),
        [
            (
                "Ledermøtet NILH",
                "12.11.2026",
                "DPIA godkjent; ledermøtet ber om forhåndsdrøftelse fordi R2 og R3 gjelder barn og ikke kan reduseres mer uten å miste formålet.",
                "Torunn Mæland Stray, direktør (e-signert)",
            ),
        ],
        "Sammendrag: prosjektleder presenterte DPIA og resultater fra piloten; innspill fra ungdomspanelet (6 ungdommer, 04.11.2026) og personvernombudet var vedlagt.",
    )
    protokoll = doc(
        "# Prosjektprotokoll",
        "## Arbeidsliv og helse etter 60 (SENIORARB), NILH-2024-051",
        "Versjon 3, 14.03.2024",
        "# 2 Formål",
        "Prosjektet undersøker hvordan arbeidstid, skiftarbeid og seniortiltak henger sammen med sykefravær og avgang fra arbeidslivet blant arbeidstakere over 60 år.",
        "# 3 Utvalg",
        "Et tilfeldig utvalg på 8 000 personer 60–67 år trekkes fra Folkeregisteret og inviteres til en spørreundersøkelse med to oppfølginger.",
        "# 4 Datainnsamling",
        "Elektronisk spørreskjema med spørsmål om arbeid, helse og pensjonsplaner. Svarene kobles med sykefraværsdata fra NAV etter samtykke.",
        "# 5 Variabelliste",
        "Kjønn, alder, utdanning, yrke, arbeidstid, skiftordning, selvrapportert helse, sykefravær (NAV), pensjonsuttak.",
    )
    mail = txt(
        """
        Hei,

        NILH ber om forhåndsdrøftelse for prosjektet SØVNUNG (NILH-2026-124). Vedlagt DPIA og prosjektprotokoll. Beskrivelsen av behandlingen står i protokollen, så vi har ikke gjentatt den i DPIAen.
        """
    )
    msg = message(
        "c031",
        SENDER,
        "Forhåndsdrøftelse - SØVNUNG (NILH-2026-124)",
        when(11, 18, 10, 6),
        mail + SIGN,
        attachments=[
            ("NILH-2026-124_DPIA_SOVNUNG.docx", to_docx(body)),
            ("Prosjektprotokoll_v3.pdf", to_pdf(protokoll, "Prosjektprotokoll")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "research_institute",
            "form_docx_2col",
            "contacts_row_per_role",
            "processor_contact_table",
            "risk_matrix_table",
            "approval_table_filled",
            "wrong_file_description",
            "children",
        ),
        "none",
        True,
        "used",
        "part 2 missing: every description cell says «Se prosjektprotokoll», and the attached «Prosjektprotokoll_v3.pdf» is the protocol of another project (SENIORARB, workers over 60). Necessity and risk sections hint at the processing but give no systematic description. Parts 1, 3, 4, 5 present",
        missing=(2,),
    )


# --- c051 / F051: request built as a table of Datatilsynet's five points, complete --------------


def c051() -> tuple:
    skjema = doc(
        "# Anmodning om forhåndsdrøftelse – VOLDNÆR",
        "Norsk institutt for levekår og helse (NILH). Prosjekt NILH-2026-131: Vold i nære relasjoner – omfang, rapportering og straffesaksforløp. Utfylt etter Datatilsynets liste over hva en anmodning skal inneholde.",
        tbl(
            ("Punkt", "Svar"),
            (
                "1 Kontaktperson",
                "Prosjektleder Sigrid Aune Fossum, tlf. 22 95 48 20 / 915 40 772, sigrid.fossum@nilh.no. Forskningsadministrativ kontakt: Anders Grimstad, 918 02 664, anders.grimstad@nilh.no",
            ),
            ("1 Personvernombud", "Helene Sundby Kaasa, tlf. 977 31 260, personvernombud@nilh.no"),
            (
                "1 Databehandler",
                "Ingen. Datainnsamling og lagring skjer på NILHs egne systemer (spørreskjemaløsning og sikker forskningsserver i Oslo).",
            ),
            (
                "2 Formål og sammenheng",
                "Estimere omfanget av vold i nære relasjoner i befolkningen 18–74 år, hvor stor andel som anmeldes, og hva som skjer med anmeldte saker, for å gi grunnlag for politiets og hjelpeapparatets arbeid.",
            ),
            (
                "2 Art og omfang",
                "Nettbasert spørreundersøkelse til et utvalg på 20 000 trukket fra Folkeregisteret. De som svarer (anslått 6 000) og samtykker særskilt, kobles med opplysninger om anmeldelser og straffesaksforløp fra politiets register (STRASAK) og med dødsårsaksregisteret ved dødsfall.",
            ),
            (
                "2 Opplysninger og kilder",
                "Selvrapporterte erfaringer med vold, overgrep, helse, rus (art. 9); anmeldelser, påtaleavgjørelser og dommer (art. 10) fra Politidirektoratet; navn og adresse fra Folkeregisteret for utsending.",
            ),
            (
                "2 Mottakere og ansvar",
                "Ingen mottakere utenfor prosjektgruppen (5 forskere). NILH er behandlingsansvarlig; Politidirektoratet utleverer etter taushetspliktdispensasjon.",
            ),
            (
                "2 Informasjonssikkerhet",
                "Svar lagres på NILHs sikre forskningsserver (sone for særlige kategorier), koblingsnøkkel hos forskningsadministrasjonen, tofaktor, ingen lokale kopier. Spørreskjema uten historikk i nettleser, «rask utgang»-knapp.",
            ),
            (
                "3 Nødvendighet",
                "Ingen eksisterende kilder kan si hvor stor andel av volden som anmeldes og hva som skjer videre. Koblingen gjør at vi slipper å spørre om straffesaksforløp, som respondenten ofte ikke kjenner.",
            ),
            (
                "3 Proporsjonalitet og alternativer",
                "Alternativ uten kobling (kun selvrapport) er vurdert og gir upålitelige tall. Kobling skjer bare for dem som gir særskilt samtykke; resten av svarene brukes uten kobling.",
            ),
            (
                "3 Tiltak for de registrertes rettigheter",
                "Invitasjonen nevner ikke vold i konvolutten (tittel: «Helse og livskvalitet»), slik at en voldsutøver i husstanden ikke forstår temaet. Rask utgang-knapp. Hjelpetelefoner vises etter hvert tema. Samtykke kan trekkes; innsyn og sletting via kontaktpersonen. Personvernerklæring på egen nettside uten temaord i adressen.",
            ),
            (
                "4 Risiko – høyeste",
                "R1 Voldsutøver i husstanden oppdager deltakelse og utsetter respondenten for ny vold: S 3, K 5 = 15. Tiltak: nøytral invitasjon, rask utgang, ingen e-post eller SMS-påminnelse med tema, ingen papirsvar. Restrisiko 10 (høy) – derfor forhåndsdrøftelse.",
            ),
            (
                "4 Risiko – øvrige",
                "R2 Reidentifikasjon via straffesaksdata i små kommuner: S 2, K 5 = 10; tiltak: grovere geografi, eksportkontroll; rest 5. R3 Retraumatisering ved utfylling: S 3, K 3 = 9; tiltak: hjelpetelefoner, mulig å hoppe over; rest 6. R4 Uautorisert tilgang: S 1, K 5 = 5; tiltak som over; rest 5.",
            ),
            (
                "4 Tiltak vurdert, ikke gjennomført",
                "Telefonintervju (høyere svarprosent) er forkastet fordi samtalen kan overhøres. Påminnelse per SMS er forkastet av samme grunn, selv om det gir lavere svarprosent.",
            ),
            (
                "5 Ledelsens validering",
                "Se vedlagt skannet godkjenning fra direktør og forskningsdirektør etter ledermøtet 19.11.2026.",
            ),
        ),
    )
    page = signed_page(
        "NORSK INSTITUTT FOR LEVEKÅR OG HELSE\n\nGodkjenning av DPIA – prosjekt VOLDNÆR (NILH-2026-131)\n\nLedermøtet behandlet DPIA for VOLDNÆR 29.10.2026 og 19.11.2026. Prosjektleder presenterte risikovurderingen og tiltakene for å beskytte respondenter som lever med en voldsutøver. Personvernombudet, instituttets forskningsetiske utvalg og to brukerorganisasjoner (krisesenterbevegelsen og en organisasjon for overgrepsutsatte) har gitt innspill, som er innarbeidet.\n\nBeslutning: DPIA godkjennes. Restrisiko R1 vurderes fortsatt som høy. Instituttet ønsker å gjennomføre prosjektet og ber om forhåndsdrøftelse med Datatilsynet før utsending.\n\nOslo, 19.11.2026",
        ["Torunn Mæland Stray, direktør", "Bjørnar Hasle, forskningsdirektør"],
        seed=5151,
    )
    mail = txt(
        """
        Til Datatilsynet

        Vedlagt følger anmodning om forhåndsdrøftelse for prosjektet VOLDNÆR. Vi har satt opp anmodningen som en tabell etter punktene på Datatilsynets nettside, og legger ved skannet godkjenning fra ledelsen.
        """
    )
    msg = message(
        "c051",
        SENDER,
        "Anmodning om forhåndsdrøftelse - VOLDNÆR (NILH-2026-131)",
        when(12, 2, 11, 11),
        mail + SIGN,
        attachments=[
            ("Anmodning_forhandsdroftelse_VOLDNAER.docx", to_docx(skjema)),
            ("Godkjenning_ledelsen_VOLDNAER.jpg", page),
        ],
    )
    return msg, Label(
        "nb",
        (
            "research_institute",
            "form_docx_2col",
            "request_table_by_five_points",
            "processor_none_stated",
            "risk_numbered_prose",
            "part5_signed_page_scan",
            "criminal_offence_data",
            "health_data",
        ),
        "none",
        True,
        "none",
        "complete; the adviser built the request as a two-column table following Datatilsynet's five points (risk rows as prose with S/K numbers), approval as a scanned signed page",
    )


# --- c012 / F012: biobank and genome sequencing, complete -------------------------------------


def c012() -> tuple:
    body = dpia(
        [
            (
                "Prosjekttittel",
                "HELSEKYST-4 – befolkningsundersøkelse med biobank og helgenomsekvensering",
            ),
            ("Prosjektnummer", "NILH-2026-098"),
            ("Prosjektleder", "Professor II Marius Kolstad"),
            ("REK-godkjenning", "REK nord, ref. 829944 (godkjent 19.08.2026)"),
            ("Periode", "2027–2047 (biobank), forskningsdata slettes/anonymiseres senest 2057"),
        ],
        [
            (
                "Prosjektleder (kontaktperson)",
                "Marius Kolstad",
                "22 95 48 90 / 948 12 306",
                "marius.kolstad@nilh.no",
            ),
            AG,
            DPO,
            (
                "Databehandler (sekvensering)",
                "Lena Torp, GenSekvens AS",
                "+47 73 59 40 21",
                "lena.torp@gensekvens.no",
            ),
            SEKUR,
        ],
        [
            (
                "Formål",
                "Bygge en forskningsbiobank og et genetisk datasett for å studere samspill mellom gener, levekår og sykdom (hjerte-kar, diabetes, psykisk helse) i en kystbefolkning.",
            ),
            ("Registrerte", "Voksne 20+ i fire kommuner som samtykker (anslått 22 000)."),
            (
                "Personopplysninger",
                "Blodprøver, helgenomsekvens, spørreskjema om helse og levekår, kliniske målinger, kobling til NPR, Reseptregisteret og Dødsårsaksregisteret. Genetiske data og helseopplysninger (art. 9).",
            ),
            ("Kilder", "Deltakerne; registre etter samtykke."),
            (
                "Mottakere",
                "Forskere i NILH og godkjente samarbeidsprosjekter (avtale, REK-godkjenning, kun pseudonymiserte data i SEKUR).",
            ),
            (
                "Teknisk løsning og lagring",
                "Prøver i NILHs biobank (frysere, adgangskontroll). Sekvensering hos GenSekvens AS (Trondheim), rådata overføres kryptert til SEKUR og slettes hos GenSekvens etter 30 dager.",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav a og e, art. 9 nr. 2 bokstav a og j; helseforskningsloven §§ 13 og 25 (bredt samtykke).",
            ),
            (
                "Hva gir høy risiko",
                "Genetiske data kan ikke anonymiseres fullt ut og sier noe om slektninger; lang lagring; bredt samtykke.",
            ),
        ],
        [
            (
                "Er behandlingen nødvendig?",
                "Ja. Spørsmålene om gen–miljø-samspill krever store utvalg med både genetikk og levekår.",
            ),
            (
                "Mindre inngripende alternativer?",
                "Genotyping (SNP-brikke) i stedet for helgenom – vurdert, men gir ikke sjeldne varianter som er sentrale i delprosjekt 2. Helgenom kun for samtykkende, SNP for resten er valgt.",
            ),
            (
                "Dataminimering",
                "Sekvensdata analyseres kun i SEKUR; samarbeidspartnere får ikke laste ned sekvenser; fødselsdato som år.",
            ),
            (
                "Lagringstid",
                "Biobank 20 år, forskningsdata til 2057, deretter anonymisering/destruksjon.",
            ),
            (
                "Informasjon til de registrerte",
                "Informasjonsmøter i kommunene, skriftlig informasjon, nettside med oversikt over alle prosjekter som bruker dataene (dynamisk samtykke-portal).",
            ),
            (
                "Rettigheter og garantier",
                "Deltakere kan reservere seg mot enkeltprosjekter i portalen, trekke seg og kreve destruksjon; tilbakemelding om alvorlige funn kun etter eget valg ved samtykke; genetisk veiledning tilbys.",
            ),
        ],
        "Se vedlagt regneark «Risikomatrise HELSEKYST-4» (R1–R6 med tiltak og restrisiko, samt tiltak vurdert men ikke gjennomført). Høyeste restrisiko: R1 reidentifikasjon av deltakere og slektninger via genomdata (12).",
        [
            (
                "Ledermøtet NILH",
                "01.10.2026",
                "Første gjennomgang; bedt om vurdering av SNP-alternativet",
                "–",
            ),
            (
                "Styret i NILH",
                "22.10.2026",
                "DPIA godkjent, styret ber om forhåndsdrøftelse (se protokoll)",
                "Styreleder Gunnar Øvrebø",
            ),
        ],
    )
    risk = to_xlsx(
        {
            "Forside": sheet(
                ("Risikomatrise HELSEKYST-4", ""),
                ("Versjon", "1.1 – 20.10.2026"),
                ("Eier", "Prosjektleder Marius Kolstad"),
                ("Skala", "S og K 1–5, risiko = S x K"),
            ),
            "Risikomatrise": sheet(
                ("ID", "Trussel/hendelse", "S", "K", "Risikonivå", "Tiltak", "Restrisiko", "Eier"),
                (
                    "R1",
                    "Reidentifikasjon av deltakere og slektninger via genomdata",
                    "3",
                    "5",
                    "15",
                    "Ingen nedlasting, eksportkontroll, avtaler med forbud mot reidentifikasjon",
                    "12",
                    "Prosjektleder",
                ),
                (
                    "R2",
                    "Utlevering til forsikring/arbeidsgiver eller påtalemyndighet",
                    "1",
                    "5",
                    "5",
                    "Forskningsbiobank, taushetsplikt, skriftlig policy mot utlevering, juridisk vurdering av alle forespørsler",
                    "5",
                    "Direktør",
                ),
                (
                    "R3",
                    "Deltakere forstår ikke bredt samtykke",
                    "3",
                    "3",
                    "9",
                    "Informasjonsmøter, dynamisk samtykke-portal",
                    "6",
                    "Prosjektleder",
                ),
                (
                    "R4",
                    "Uønsket kunnskap om alvorlige arvelige funn",
                    "2",
                    "4",
                    "8",
                    "Valg ved samtykke, genetisk veiledning",
                    "4",
                    "Prosjektleder",
                ),
                (
                    "R5",
                    "Brudd hos sekvenseringsleverandør",
                    "2",
                    "4",
                    "8",
                    "Kryptering, sletting etter 30 dager, revisjon",
                    "4",
                    "Personvernombud",
                ),
                (
                    "R6",
                    "Slektninger som ikke har samtykket, berøres",
                    "3",
                    "3",
                    "9",
                    "Informasjon om dette i samtykket, ingen slektskapsanalyser uten nytt REK-vedtak",
                    "6",
                    "Prosjektleder",
                ),
            ),
            "Tiltak ikke gjennomført": sheet(
                ("Tiltak", "Begrunnelse"),
                (
                    "Kun SNP-genotyping for alle",
                    "Dekker ikke sjeldne varianter; helgenom kun for samtykkende.",
                ),
                (
                    "Samtykke per prosjekt i stedet for bredt samtykke",
                    "Ville kreve ny kontakt med 22 000 for hvert prosjekt; dynamisk portal med reservasjon valgt.",
                ),
            ),
        }
    )
    styre = doc(
        "# Protokoll fra styremøte i Norsk institutt for levekår og helse",
        "Dato: 22.10.2026. Til stede: styreleder Gunnar Øvrebø, nestleder Åse Lindtner, styremedlemmene Pål Iversen, Yvonne Chen Dahl og Tonje Rustad (ansattvalgt). Fra administrasjonen: direktør Torunn Mæland Stray, forskningsdirektør Bjørnar Hasle. Personvernombud Helene Sundby Kaasa under sak 34/26.",
        "## Sak 34/26 HELSEKYST-4 – DPIA og forhåndsdrøftelse",
        "Prosjektleder la fram DPIA og risikomatrise. Ledermøtet har behandlet saken 01.10.2026. Personvernombudet anbefaler forhåndsdrøftelse på grunn av restrisikoen for reidentifikasjon (R1). Kommunene og brukerrådet har gitt innspill om informasjon og tilbakemelding av funn, som er tatt inn.",
        "Vedtak: Styret godkjenner DPIA for HELSEKYST-4 og ber administrasjonen anmode om forhåndsdrøftelse med Datatilsynet før rekruttering starter.",
        "Protokollen er godkjent og signert elektronisk av styrets medlemmer 24.10.2026.",
    )
    mail = txt(
        """
        Til Datatilsynet

        NILH ber om forhåndsdrøftelse for HELSEKYST-4. Vedlagt:
        1. DPIA (instituttets mal)
        2. Risikomatrise (Excel)
        3. Protokoll fra styremøtet 22.10.2026, sak 34/26
        """
    )
    msg = message(
        "c012",
        SENDER,
        "Anmodning om forhåndsdrøftelse - HELSEKYST-4 (NILH-2026-098)",
        when(11, 12, 9, 45),
        mail + SIGN,
        attachments=[
            ("NILH-2026-098_DPIA_HELSEKYST-4.docx", to_docx(body)),
            ("NILH-2026-098_Risikomatrise.xlsx", risk),
            ("Styreprotokoll_2026-10-22_sak34.pdf", to_pdf(styre, "Styreprotokoll 22.10.2026")),
        ],
        cc="personvernombud@nilh.no",
    )
    return msg, Label(
        "nb",
        (
            "research_institute",
            "form_docx_2col",
            "contacts_row_per_role",
            "processor_contact_table",
            "risk_register_xlsx",
            "xlsx_cover_sheet",
            "measures_not_taken_table",
            "approval_table_filled",
            "part5_board_minutes_pdf",
            "genetic_data",
            "health_data",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; Word DPIA with two processors, risk matrix workbook with a cover sheet, board minutes as PDF",
    )


# --- c032 / F032: classroom video, risk table with levels but no assessment --------------------


def c032() -> tuple:
    body = dpia(
        [
            ("Prosjekttittel", "KLASSEROM – videostudier av undervisning i ungdomsskolen"),
            ("Prosjektnummer", "NILH-2026-140"),
            ("Prosjektleder", "Forsker I Johanne Vassbotn"),
            ("REK-godkjenning", "Ikke REK-pliktig (vurdert 10.09.2026)"),
            ("Periode", "01.02.2027–31.12.2029"),
        ],
        [
            (
                "Prosjektleder (kontaktperson)",
                "Johanne Vassbotn",
                "22 95 48 44 / 468 70 213",
                "johanne.vassbotn@nilh.no",
            ),
            AG,
            DPO,
            (
                "Databehandler (videolagring)",
                "Knut Aarseth, SEKUR, Universitetet i Nordby",
                "55 58 90 17",
                "knut.aarseth@sekur.uinordby.no",
            ),
        ],
        [
            (
                "Formål",
                "Studere hvordan lærere gir tilbakemelding og hvordan elever deltar i matematikk- og norsktimer, for å utvikle etter- og videreutdanning for lærere.",
            ),
            ("Registrerte", "Elever i 8.–10. trinn (ca. 1 100 i 45 klasser), lærere (45)."),
            (
                "Personopplysninger",
                "Video og lyd fra to kameraer og fire mikrofoner i klasserommet (alle timer i to uker per klasse), elevarbeider, spørreskjema til elever og lærere, karakterer fra skolen (samtykke).",
            ),
            ("Kilder", "Opptak i klasserommet; elever, lærere og skolen."),
            (
                "Mottakere",
                "Prosjektgruppen (8 forskere) i SEKUR. Utvalgte klipp i lærerutdanningen kun med eget samtykke fra alle som er med i klippet.",
            ),
            (
                "Teknisk løsning og lagring",
                "Opptak på krypterte minnekort som lastes opp til SEKUR samme dag; videoanalyse kun i SEKUR. Lagring til 2032.",
            ),
            (
                "Behandlingsgrunnlag",
                "Samtykke fra foresatte og elever (art. 6 nr. 1 bokstav a); for elever som ikke samtykker: art. 6 nr. 1 bokstav e/f, se punkt 3.",
            ),
            (
                "Hva gir høy risiko",
                "Video av barn, systematisk observasjon av arbeidsplass (lærere), elever som ikke samtykker kan bli tatt opp.",
            ),
        ],
        [
            (
                "Er behandlingen nødvendig?",
                "Ja. Samspill i klasserommet kan ikke studeres pålitelig med observasjon alene; video gjør det mulig å kode samme time flere ganger og sammenligne mellom klasser.",
            ),
            (
                "Mindre inngripende alternativer?",
                "Kun lydopptak (mister kroppsspråk og hvem som snakker), observatør med skjema (ikke reproduserbart), kortere opptaksperiode (vurdert; to uker trengs for å få med variasjon).",
            ),
            (
                "Dataminimering",
                "Kameraene vinkles mot tavle og lærer; elever som ikke samtykker plasseres utenfor bildet og deres tale maskeres i transkripsjonen.",
            ),
            (
                "Lagringstid",
                "Til 31.12.2032, deretter sletting av video; anonymiserte transkripsjoner beholdes.",
            ),
            (
                "Informasjon til de registrerte",
                "Skriftlig informasjon til foresatte og elever, klassebesøk før opptak, lampe på kameraet når det tar opp.",
            ),
            (
                "Rettigheter og garantier",
                "Elever og lærere kan be om at en sekvens slettes; trekke seg når som helst; innsyn i egne opptak ved forespørsel.",
            ),
        ],
        doc(
            tbl(
                ("ID", "Trussel/hendelse", "S", "K", "Risikonivå", "Tiltak", "Restrisiko", "Eier"),
                (
                    "R1",
                    "Elever som ikke har samtykket kommer med i bildet",
                    "",
                    "",
                    "Lav",
                    "",
                    "Akseptabel",
                    "Prosjektleder",
                ),
                (
                    "R2",
                    "Opptak viser sensitive situasjoner (konflikter, elev som gråter, helse)",
                    "",
                    "",
                    "Lav",
                    "",
                    "Akseptabel",
                    "Prosjektleder",
                ),
                (
                    "R3",
                    "Opptakene brukes til å vurdere lærerne",
                    "",
                    "",
                    "Lav",
                    "",
                    "Akseptabel",
                    "Prosjektleder",
                ),
                (
                    "R4",
                    "Tap av minnekort før opplasting",
                    "",
                    "",
                    "Lav",
                    "",
                    "Akseptabel",
                    "Prosjektleder",
                ),
            ),
            "## Tiltak vurdert, men ikke gjennomført",
            tbl(("Tiltak", "Begrunnelse"), ("Ikke relevant", "")),
        ),
        [
            (
                "Ledermøtet NILH",
                "26.11.2026",
                "DPIA godkjent; ledermøtet ønsker forhåndsdrøftelse fordi prosjektet gjelder barn og arbeidstakere på video.",
                "Torunn Mæland Stray, direktør (e-signert)",
            ),
        ],
        "Sammendrag: prosjektleder presenterte prosjektet; Utdanningsforbundet og elevrådsrepresentanter fra to pilotskoler er hørt.",
    )
    mail = txt(
        """
        Hei,

        Vedlagt DPIA for KLASSEROM (NILH-2026-140) med anmodning om forhåndsdrøftelse. Ledelsen har godkjent, se punkt 5.

        Hilsen Johanne Vassbotn (prosjektleder), sendt via Anders
        """
    )
    msg = message(
        "c032",
        SENDER,
        "Forhåndsdrøftelse KLASSEROM",
        when(12, 2, 13, 25),
        mail + SIGN,
        attachments=[("DPIA_KLASSEROM_NILH-2026-140.docx", to_docx(body))],
    )
    return msg, Label(
        "nb",
        (
            "research_institute",
            "form_docx_2col",
            "contacts_row_per_role",
            "processor_contact_table",
            "risk_listed_no_assessment",
            "ikke_relevant_in_cell",
            "approval_table_filled",
            "children",
            "employees",
            "camera",
        ),
        "none",
        True,
        "used",
        "part 4 missing: the risk matrix lists four threats with empty S and K cells, «Lav» and «Akseptabel» on every line and no measures; measures not taken «Ikke relevant». Parts 1, 2, 3, 5 present (safeguards in part 3 are real, but no risk assessment is documented)",
        missing=(4,),
    )


# --- c052 / F052: stress wristbands, prose mail + DPIA, director's e-mail quoted -----------------


def c052() -> tuple:
    body = dpia(
        [
            (
                "Prosjekttittel",
                "PULS-HELSE – stressmåling med sensorarmbånd hos ansatte i sykehjem og hjemmetjeneste",
            ),
            ("Prosjektnummer", "NILH-2026-133"),
            ("Prosjektleder", "Forsker II Omar Haddad"),
            ("REK-godkjenning", "REK midt, ref. 853310 (godkjent 05.11.2026)"),
            ("Periode", "2027–2029"),
        ],
        [
            (
                "Prosjektleder (kontaktperson)",
                "Omar Haddad",
                "22 95 48 77 / 401 93 566",
                "omar.haddad@nilh.no",
            ),
            AG,
            DPO,
            (
                "Databehandler (armbånd og plattform)",
                "Pia Lundeby, Biosignal Norge AS",
                "+47 21 04 66 90",
                "pia.lundeby@biosignal.no",
            ),
        ],
        [
            (
                "Formål",
                "Undersøke hvordan turnus, bemanning og arbeidsoppgaver henger sammen med fysiologisk stress og søvn hos helsearbeidere, for å gi grunnlag for bedre turnusordninger.",
            ),
            (
                "Registrerte",
                "Ansatte i 12 sykehjem og 6 hjemmetjenester i fire kommuner som samtykker (anslått 400).",
            ),
            (
                "Personopplysninger",
                "Puls, hjerterytmevariabilitet, hudledningsevne, bevegelse og søvn (armbånd, 4 uker), turnusdata fra arbeidsgiver (samtykke), spørreskjema om stress, helse og arbeidsmiljø. Helseopplysninger (art. 9).",
            ),
            ("Kilder", "Deltakerne, armbåndet, kommunenes turnussystem (etter samtykke)."),
            (
                "Mottakere",
                "Kun prosjektgruppen. Arbeidsgiver får kun aggregerte resultater for enheter med minst 10 deltakere.",
            ),
            (
                "Teknisk løsning og lagring",
                "Armbånd synkroniseres via app til Biosignal-plattformen (Norge); pseudonymiserte data overføres ukentlig til NILHs forskningsserver og slettes hos Biosignal. Lagring til 2034.",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav a og art. 9 nr. 2 bokstav a; helseforskningsloven § 13.",
            ),
            (
                "Hva gir høy risiko",
                "Kontinuerlig måling av arbeidstakere, helsedata, ubalanse i makt (arbeidsgiver er med i prosjektet).",
            ),
        ],
        [
            (
                "Er behandlingen nødvendig?",
                "Ja. Selvrapport av stress er påvirket av hukommelse; fysiologiske mål over flere turnusperioder trengs for å sammenligne vakttyper.",
            ),
            (
                "Mindre inngripende alternativer?",
                "Kun spørreskjema (gjøres i tillegg, men gir ikke døgnvariasjon); måling bare på jobb (mister søvn og restitusjon).",
            ),
            (
                "Dataminimering",
                "Ingen GPS; bevegelse kun som aktivitetsnivå; armbåndet kan tas av når som helst.",
            ),
            ("Lagringstid", "Til 2034, deretter anonymisering."),
            (
                "Informasjon til de registrerte",
                "Informasjonsmøter uten leder til stede, skriftlig informasjon, nettside.",
            ),
            (
                "Rettigheter og garantier",
                "Frivillig; rekruttering via prosjektet, ikke leder; arbeidsgiver får ikke vite hvem som deltar; trekking og sletting når som helst.",
            ),
        ],
        risk_table(
            [
                (
                    "R1",
                    "Arbeidsgiver får vite hvem som deltar / får individdata",
                    "2",
                    "5",
                    "10",
                    "Rekruttering via prosjektet, kun aggregater ≥ 10, avtale med kommunene",
                    "5",
                    "Prosjektleder",
                ),
                (
                    "R2",
                    "Ansatte føler press for å delta",
                    "3",
                    "4",
                    "12",
                    "Informasjonsmøter uten leder, anonym påmelding",
                    "8",
                    "Prosjektleder",
                ),
                (
                    "R3",
                    "Funn om helse (f.eks. hjerterytmeforstyrrelser) uten oppfølging",
                    "2",
                    "4",
                    "8",
                    "Ingen diagnostisk tolkning; informasjon om at armbåndet ikke er medisinsk utstyr",
                    "6",
                    "Prosjektleder",
                ),
                (
                    "R4",
                    "Brudd hos databehandler",
                    "2",
                    "4",
                    "8",
                    "Kryptering, ukentlig sletting, revisjon",
                    "4",
                    "Personvernombud",
                ),
            ],
            [("Måling kun på arbeidstid", "Formålet er å se restitusjon etter ulike vakter.")],
        ),
        [
            (
                "Direktør NILH",
                "27.11.2026",
                "Se e-post fra direktøren i anmodningen",
                "Torunn Mæland Stray",
            ),
        ],
    )
    forwarded = txt(
        """
        Fra: Torunn Mæland Stray <torunn.stray@nilh.no>
        Sendt: 27. november 2026 16:12
        Til: Anders Grimstad; Omar Haddad
        Kopi: Helene Sundby Kaasa; Bjørnar Hasle
        Emne: SV: PULS-HELSE – DPIA til godkjenning

        Hei,

        Ledermøtet gikk gjennom DPIAen for PULS-HELSE i dag (andre gang, første gang 13.11.). Omar presenterte funnene, og vi har lest personvernombudets råd og innspillene fra Fagforbundet og NSF, som ble tatt inn i versjon 1.1 (anonym påmelding, ingen leder på informasjonsmøtene).

        Vår konklusjon: DPIA v1.1 godkjennes. Vi mener restrisikoen for press fra arbeidsgiver (R2) fortsatt er for høy til at vi kan starte uten å rådføre oss med Datatilsynet, men vi ønsker å gjennomføre prosjektet. Send anmodning om forhåndsdrøftelse.

        Torunn
        Direktør, NILH
        """
    )
    mail = txt(
        """
        Til Datatilsynet

        NILH ber om forhåndsdrøftelse for forskningsprosjektet PULS-HELSE, der ansatte i sykehjem og hjemmetjeneste bærer sensorarmbånd i fire uker for å måle stress og søvn. Kommunene (arbeidsgiverne) er samarbeidspartnere, og vi ser at det kan gi press på de ansatte til å delta, selv om vi har gjort det vi kan for å hindre det.

        DPIA ligger ved. Direktørens godkjenning etter ledermøtet følger under.

        """
    )
    msg = message(
        "c052",
        SENDER,
        "Anmodning om forhåndsdrøftelse - PULS-HELSE (NILH-2026-133)",
        when(12, 9, 10, 2),
        mail + quoted(forwarded) + SIGN,
        attachments=[("NILH-2026-133_DPIA_PULS-HELSE_v1.1.docx", to_docx(body))],
    )
    return msg, Label(
        "nb",
        (
            "research_institute",
            "form_docx_2col",
            "contacts_row_per_role",
            "processor_contact_table",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_table_filled",
            "part5_email_quoted",
            "employees",
            "health_data",
        ),
        "none",
        True,
        "used",
        "complete; DPIA in the institute's template, approval table pointing to the director's e-mail, which is quoted in the body with meetings, findings, stakeholders and decision",
    )
