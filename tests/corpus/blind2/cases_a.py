"""Cases c001-c016, each written individually."""

# ruff: noqa: E501  (the cases are prose; long lines are data)
from __future__ import annotations

from render import (
    Case,
    docx_doc,
    mail,
    meta,
    odt_doc,
    pdf_doc,
    scan_jpeg,
    slides_pdf,
    vcard,
    when,
    xlsx_book,
    zip_of,
)


def c001() -> Case:
    m = meta(
        "c001",
        "nb",
        [
            "contact_signature_switchboard",
            "dpo_in_prose",
            "processor_used",
            "processor_contact_in_dpa_docx",
            "dpia_report_pdf_own_chapters",
            "risk_table_in_pdf",
            "part5_minutes_agenda_pdf",
        ],
        encrypt="pgp_mime",
        processor="used",
        note="county council; DPIA with its own chapter titles, processor contact only in the DPA, minutes with agenda",
    )
    body = """Hei,

Vestvik fylkeskommune ber med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36 for
løsningen «Tidlig innsats», som skal varsle kontaktlærere når en elev i videregående skole viser tegn
til å falle fra (fravær, karakterutvikling, manglende innleveringer).

Vi har gjennomført en DPIA og klarer ikke å få restrisikoen ned på et akseptabelt nivå for to av
risikoene (profilering av mindreårige og feilklassifisering). Ledermøtet har behandlet saken to ganger.

Vedlagt:
 - DPIA Tidlig innsats v1.3 (PDF)
 - Utdrag av databehandleravtalen med Lærdata AS, med kontaktpersoner
 - Protokoll fra fylkesdirektørens ledermøte 10. november

Fylkeskommunens personvernombud er Harald Nesse. Han nås på 51 90 11 80 eller
personvernombud@vestvik-fylke.no, og har vært involvert i hele arbeidet.

Jeg er kontaktperson for saken.

Med vennlig hilsen

Ingrid Solheim
Seksjonsleder, digitalisering i opplæring
Vestvik fylkeskommune | Opplæringsavdelingen
Direkte: 51 90 12 34 | Mobil: 917 44 201
Sentralbord: 51 90 00 00
ingrid.solheim@vestvik-fylke.no
"""
    dpia = pdf_doc(
        [
            ("title", "Vurdering av personvernkonsekvenser – Tidlig innsats (frafallsvarsling)"),
            (
                "p",
                "Versjon 1.3, 4. november 2026. Utarbeidet av prosjektgruppen i samråd med personvernombudet.",
            ),
            ("h1", "1 Innledning"),
            (
                "p",
                "Om lag 4 200 elever slutter hvert år i videregående opplæring i fylket før fullført løp. "
                "Prosjektet skal gi kontaktlærer et varsel tidlig nok til at skolen kan sette inn tiltak.",
            ),
            ("h1", "2 Slik fungerer løsningen"),
            (
                "p",
                "Løsningen henter hver natt fravær, karakterer og innleveringsstatus fra skoleadministrativt "
                "system (SAS) og læringsplattformen for alle ca. 19 000 elever ved fylkets 21 skoler. En "
                "statistisk modell gir hver elev en risikoskår fra 0 til 100. Ved skår over 70 får kontaktlærer "
                "et varsel i SAS. Rådgiver og avdelingsleder kan se varslene for sin skole. Elevene og foresatte "
                "(for elever under 18) informeres ved skolestart og kan se egen skår i elevportalen.",
            ),
            (
                "p",
                "Kilder: SAS (Visma InSchool), læringsplattform, PP-tjenestens henvisninger er holdt utenfor. "
                "Mottakere: kontaktlærer, rådgiver, avdelingsleder. Ingen utlevering utenfor fylkeskommunen. "
                "Modellen driftes av Lærdata AS som databehandler i fylkeskommunens skyløsning i Norge. "
                "Fylkeskommunen ved opplæringsdirektøren er behandlingsansvarlig. Tilgang styres med rollebasert "
                "tilgangskontroll og logges; data krypteres ved lagring og overføring.",
            ),
            ("h1", "3 Rettslig grunnlag, nødvendighet og forholdsmessighet"),
            (
                "p",
                "Behandlingen bygger på opplæringsloven § 14-1 om tilpasset opplæring og oppfølgingsplikt, jf. "
                "personvernforordningen art. 6 nr. 1 bokstav e. Vi har vurdert manuelle alternativer (ukentlig "
                "gjennomgang av fravær); disse fanger ikke opp mønstre på tvers av fag tidsnok. Modellen bruker "
                "bare opplysninger skolen allerede har; helseopplysninger og PPT-data er bevisst utelatt. Skåren "
                "brukes kun som signal til en samtale, aldri til vedtak. Elevene får innsyn i egen skår og kan be "
                "om at varsel ikke sendes. Lagringstid: skår slettes ved skoleårets slutt.",
            ),
            ("h1", "4 Trusler, sårbarheter og konsekvenser for eleven"),
            ("p", "Risikoene er vurdert med sannsynlighet (S) og konsekvens (K) på skala 1–4."),
            (
                "table",
                [
                    ["ID", "Hendelse", "S", "K", "Tiltak", "Status"],
                    [
                        "R1",
                        "Eleven stemples som «frafallskandidat» og behandles annerledes",
                        "3",
                        "4",
                        "Opplæring av lærere, skår vises ikke i klassekart",
                        "Gjennomført; restrisiko høy",
                    ],
                    [
                        "R2",
                        "Feilklassifisering rammer minoritetsspråklige skjevt",
                        "3",
                        "3",
                        "Skjevhetstest hvert semester",
                        "Vurdert, ikke gjennomført: mangler testdata; planlagt 2027",
                    ],
                    [
                        "R3",
                        "Uautorisert tilgang til skår",
                        "2",
                        "3",
                        "Rollestyring, logging",
                        "Gjennomført",
                    ],
                    [
                        "R4",
                        "Elever vet ikke at de profileres",
                        "2",
                        "3",
                        "Informasjon ved skolestart, elevportal",
                        "Gjennomført",
                    ],
                ],
            ),
            (
                "p",
                "Åpenhet og forutsigbarhet: eleven kan ikke selv påvirke modellen. Medbestemmelse: elevorganisasjonen "
                "ønsket opt-out; vi har ikke innført opt-out fordi oppfølgingsplikten gjelder alle elever, men "
                "eleven kan reservere seg mot varsel.",
            ),
            ("h1", "5 Restrisiko og konklusjon"),
            (
                "p",
                "R1 og R2 står igjen med høy restrisiko. Fylkeskommunen ber derfor om forhåndsdrøftelse.",
            ),
        ],
        title="DPIA Tidlig innsats",
        footer="Vestvik fylkeskommune – DPIA Tidlig innsats v1.3",
    )
    dpa = docx_doc(
        [
            ("title", "Databehandleravtale – utdrag"),
            (
                "p",
                "Mellom Vestvik fylkeskommune (behandlingsansvarlig) og Lærdata AS, org.nr. 921 334 870 "
                "(databehandler). Utdraget gjelder kapittel 1 og vedlegg C.",
            ),
            ("h1", "1 Formål"),
            (
                "p",
                "Databehandleren drifter analysemodulen for frafallsvarsling på vegne av fylkeskommunen.",
            ),
            ("h1", "Vedlegg C – Kontaktpersoner"),
            (
                "table",
                [
                    ["Rolle", "Navn", "Telefon", "E-post"],
                    [
                        "Databehandlers kontaktperson",
                        "Stian Rognli",
                        "922 10 447",
                        "stian.rognli@laerdata.no",
                    ],
                    [
                        "Databehandlers sikkerhetsleder",
                        "Mona Haugland",
                        "922 10 400",
                        "sikkerhet@laerdata.no",
                    ],
                    [
                        "Behandlingsansvarliges kontakt",
                        "Ingrid Solheim",
                        "51 90 12 34",
                        "ingrid.solheim@vestvik-fylke.no",
                    ],
                ],
            ),
        ]
    )
    minutes = pdf_doc(
        [
            ("title", "Protokoll – fylkesdirektørens ledermøte"),
            (
                "p",
                "Dato: 10.11.2026. Til stede: fylkesdirektør Bjørn Aasen, opplæringsdirektør Trine Myhre, "
                "økonomidirektør, HR-direktør, digitaliseringssjef. Personvernombudet deltok under sak 88/26.",
            ),
            ("h2", "Sak 87/26 Budsjettoppfølging oktober"),
            ("p", "Tatt til orientering."),
            ("h2", "Sak 88/26 DPIA Tidlig innsats – andre gangs behandling"),
            (
                "p",
                "Prosjektleder presenterte DPIA v1.3 og funnene: to høye restrisikoer (R1 stigmatisering, R2 skjevhet). "
                "Innspill fra Elevorganisasjonen, Utdanningsforbundet og elev- og lærlingombudet ble gjennomgått; "
                "elevombudet advarte mot stempling, fagforeningen ba om opplæring av lærere, noe som er innarbeidet.",
            ),
            (
                "p",
                "Vedtak: Ledermøtet har gjennomgått DPIA-en og godkjenner den. Ledermøtet vil gjennomføre "
                "behandlingen, men ser at restrisikoen er høy, og ber opplæringsdirektøren om å be Datatilsynet om "
                "forhåndsdrøftelse før oppstart.",
            ),
            ("h2", "Sak 89/26 Eventuelt"),
            ("p", "Ingen saker."),
        ],
        title="Protokoll ledermøte",
    )
    msg = mail(
        frm="Ingrid Solheim <ingrid.solheim@vestvik-fylke.no>",
        subject="Anmodning om forhåndsdrøftelse – Tidlig innsats (frafallsvarsling)",
        body=body,
        date=when(11, 16, 9, 12),
        msgid="<a1f3-77@vestvik-fylke.no>",
        attachments=[
            ("DPIA Tidlig innsats v1.3.pdf", dpia),
            ("Databehandleravtale Lærdata - utdrag.docx", dpa),
            ("Protokoll ledermøte 2026-11-10.pdf", minutes),
        ],
    )
    return m, msg


def c002() -> Case:
    m = meta(
        "c002",
        "en",
        ["nonrequest_must_we_ask", "all_in_body", "startup_cto"],
        request=False,
        note="start-up CTO asks whether they must ask for prior consultation; no DPIA done",
    )
    body = """Hi,

Quick question from a small Oslo start-up. We're building Vibely Interview, a tool that scores
video job interviews for "engagement" and "confidence" using facial expression and voice analysis.
Pilot customers are two staffing agencies.

We haven't done a DPIA yet - our lawyer says we probably need one. But do we also need to come to
you for a prior consultation before we launch the pilot in March? Or is that only if the DPIA ends
up showing high risk we can't fix? We'd rather not wait 8+ weeks if we don't have to.

Any pointers appreciated.

Cheers,
Tomas Lindqvist
CTO & co-founder, Vibely AS
+47 400 12 993
"""
    msg = mail(
        frm="Tomas Lindqvist <tomas@vibely.no>",
        subject="Do we need prior consultation? (video interview analytics)",
        body=body,
        date=when(11, 3, 22, 41),
        msgid="<CAF9x0b2+Qm@mail.gmail.com>",
    )
    return m, msg


def c003() -> Case:
    m = meta(
        "c003",
        "nb",
        [
            "part5_will_follow",
            "dpia_report_docx",
            "risk_matrix_xlsx",
            "contact_table_in_body",
            "processor_used",
            "processor_contact_in_body",
        ],
        encrypt="pgp_mime",
        processor="used",
        missing=(5,),
        note="hospital trust ambient-scribe; management minutes announced «ettersendes» after the January meeting",
    )
    body = """Til Datatilsynet

Anmodning om forhåndsdrøftelse – KI-basert journalassistent (talegjenkjenning i poliklinikk)

Helse Nordfjell HF planlegger å ta i bruk en journalassistent som lytter til konsultasjonen mellom
lege og pasient, transkriberer samtalen og lager et utkast til journalnotat. Vi har gjennomført en
vurdering av personvernkonsekvenser, og den høye risikoen knyttet til opptak av samtaler med
særlige kategorier personopplysninger lar seg ikke redusere tilstrekkelig.

Kontaktopplysninger

  Kontaktperson:      Kari Fjellstad, spesialrådgiver, Fagavdelingen
                      tlf. 75 51 20 88, kari.fjellstad@nordfjell-hf.no
  Personvernombud:    Anders Lie, tlf. 75 51 20 02, personvernombud@nordfjell-hf.no
  Databehandler:      Skrivekraft AS, kontakt Lena Brattli,
                      tlf. 988 31 220, lena.brattli@skrivekraft.no

Vedlagt følger DPIA-rapporten (beskrivelse av behandlingen, vurdering av nødvendighet og
forholdsmessighet, risikovurdering) og risikomatrisen i Excel.

Dokumentasjon fra ledelsens behandling ettersendes. DPIA-en skal opp i direktørens ledergruppe
14. januar, og protokollen sendes dere rett etter møtet.

Vennlig hilsen
Kari Fjellstad
Helse Nordfjell HF
"""
    dpia = docx_doc(
        [
            ("title", "DPIA – Journalassistent med talegjenkjenning"),
            ("p", "Helse Nordfjell HF, klinikk for medisin. Versjon 0.9 (til ledergruppen)."),
            ("h1", "Beskrivelse av behandlingen"),
            (
                "p",
                "Lyd fra konsultasjonen tas opp via mikrofon på legens PC, strømmes kryptert til Skrivekraft AS "
                "sin tjeneste i Norge, transkriberes og oppsummeres til et utkast i DIPS. Lydfilen slettes etter 24 "
                "timer; transkripsjonen etter 30 dager. Omfang: 14 poliklinikker, ca. 120 000 konsultasjoner i året. "
                "Registrerte: pasienter, pårørende som er til stede, helsepersonell. Formål: redusere tid til "
                "dokumentasjon. Mottakere: behandlende lege; ingen utlevering. Ansvar: HF-et er "
                "behandlingsansvarlig, Skrivekraft AS er databehandler.",
            ),
            ("h1", "Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Rettslig grunnlag er pasientjournalloven § 6 og helsepersonelloven § 39 med art. 9 nr. 2 bokstav h. "
                "Opptak er nødvendig for å lage utkast; vi har vurdert diktering i etterkant, som ikke gir samme "
                "tidsgevinst. Pasienten informeres i innkallingen og muntlig, og kan nekte opptak uten at det får "
                "følger for behandlingen. Legen godkjenner alltid notatet. Modellen trenes ikke på våre data.",
            ),
            ("h1", "Risikovurdering"),
            ("p", "Se risikomatrisen (vedlagt regneark) for alle 11 risikoer. De viktigste:"),
            (
                "li",
                [
                    "Feil i utkast som legen ikke oppdager – høy (tiltak: obligatorisk gjennomlesning; restrisiko middels)",
                    "Opptak av pårørende og tredjeparter uten at de vet det – høy (tiltak: plakat og muntlig info; "
                    "ikke gjennomført: automatisk stemmeseparasjon, for umodent)",
                    "Tilgang for leverandørens personell – middels (tiltak: ingen fast tilgang, logg)",
                ],
            ),
            ("p", "Samlet restrisiko vurderes som høy for pasientenes rett til konfidensialitet."),
        ],
        header="Helse Nordfjell HF – Unntatt offentlighet, offl. § 13",
    )
    risk = xlsx_book(
        [
            (
                "Risikomatrise",
                [
                    [
                        "Nr",
                        "Risiko",
                        "Sannsynlighet (1-5)",
                        "Konsekvens (1-5)",
                        "Risiko",
                        "Tiltak",
                        "Gjennomført?",
                        "Begrunnelse hvis ikke",
                    ],
                    [1, "Feil i generert notat", 4, 4, 16, "Lege godkjenner alltid", "Ja", ""],
                    [2, "Opptak av tredjepart", 4, 3, 12, "Informasjon", "Ja", ""],
                    [
                        3,
                        "Stemmeseparasjon",
                        4,
                        3,
                        12,
                        "Automatisk separasjon",
                        "Nei",
                        "Teknologien er ikke moden nok",
                    ],
                    [4, "Leverandørtilgang", 2, 4, 8, "Tilgangskontroll, logg", "Ja", ""],
                    [5, "Lydfil lagres for lenge", 2, 3, 6, "Sletting etter 24 t", "Ja", ""],
                    [
                        6,
                        "Pasient tør ikke si nei",
                        3,
                        3,
                        9,
                        "Opplæring av leger",
                        "Delvis",
                        "Pågår",
                    ],
                ],
            )
        ]
    )
    msg = mail(
        frm="Kari Fjellstad <kari.fjellstad@nordfjell-hf.no>",
        subject="Forhåndsdrøftelse – journalassistent med talegjenkjenning",
        body=body,
        date=when(12, 2, 13, 5),
        msgid="<20261202130500.5521@nordfjell-hf.no>",
        attachments=[
            ("DPIA journalassistent v0.9.docx", dpia),
            ("Risikomatrise journalassistent.xlsx", risk),
        ],
    )
    return m, msg


def c004() -> Case:
    m = meta(
        "c004",
        "nn",
        [
            "all_in_body",
            "no_headings",
            "contact_prose",
            "dpo_intermunicipal",
            "processor_used",
            "part5_quoted_mail_from_ceo",
            "plain_text_only",
        ],
        encrypt="inline",
        processor="used",
        note="school owner in nynorsk, everything in running prose; approval quoted from the chief executive's e-mail",
    )
    body = """Hei Datatilsynet.

Eg skriv på vegner av Fjellvoll kommune, som er skuleeigar for dei tre ungdomsskulane i kommunen. Vi
ønskjer ei førehandsdrøfting om ein KI-basert samtalerobot («Læringsvennen») som elevane på 8. til
10. trinn skal bruke i matematikk og norsk. Kontaktperson hjå oss er eg sjølv, Sigrid Bakketun,
rådgjevar i oppvekstsektoren, telefon 57 72 40 15 og e-post sigrid.bakketun@fjellvoll.kommune.no.
Personvernombodet vårt er det interkommunale ombodet for Sogn-kommunane, Eirik Vangsnes, som har
telefon 57 65 88 10 og e-post eirik.vangsnes@sognikt.no. Tenesta vert levert av Tankefri AS som
databehandlar; kontakt der er Hilde Øvrebø, telefon 905 51 872, e-post hilde@tankefri.no.

Sjølve behandlinga går ut på at om lag 540 elevar (13-16 år) loggar seg på med Feide og skriv
spørsmål til roboten. Samtalane vert lagra i 90 dagar slik at læraren kan sjå kva eleven har
strevd med, og Tankefri brukar ein språkmodell som køyrer i eit datasenter i Noreg. Kjeldene er
elevane sjølve og Feide (namn, klasse, skule). Mottakarar er faglæraren og kontaktlæraren, og
ingen andre. Kommunen er behandlingsansvarleg; tryggleiken er skildra i avtalen med Tankefri
(kryptering, tilgangsstyring, logging, ingen trening av modellen på elevdata). Det som gjev høg
risiko er at born skriv fritt og kan fortelje om helse, heimeforhold eller vald, og at læraren
kan lese det i ettertid.

Vi meiner behandlinga er naudsynt for å gje tilpassa opplæring etter opplæringslova § 11-1, og vi
har vurdert mildare alternativ: ein robot utan lagring gjev ikkje læraren innsyn i kva eleven
treng hjelp med. For å halde oss til minimering lagrar vi ikkje anna enn samtalen og Feide-ID,
elevar og foreldre får informasjon på foreldremøte og i Visma, eleven kan slette eigne samtalar,
og roboten åtvarar eleven mot å skrive personlege ting. Vi har ikkje bede om samtykke, sidan
skulen har rettsleg plikt til opplæringa.

I DPIA-en vurderte vi sju risikoar. Dei to som står att som høge er (1) at elevar deler sensitive
opplysningar som læraren ser, med sannsyn høgt og konsekvens alvorleg, der vi har innført
åtvaring og filter for namn og telefonnummer, men ikkje automatisk sletting av sensitive ord fordi
filteret gav for mange feil, og (2) at elevane kjenner seg overvaka og sluttar å spørje, med
middels sannsyn og alvorleg konsekvens for ytringsfridom og læring; tiltak her er at eleven kan
slette og at læraren berre ser samandrag, medan full anonymisering for læraren er vurdert og
forkasta fordi då mistar ein føremålet. Dei fem andre (tilgang, lagring, leverandør, feil svar,
overføring) har låg restrisiko etter tiltak.

Kommunedirektøren la DPIA-en fram for leiargruppa to gonger, og Elevrådet, FAU og
Utdanningsforbundet har kome med innspel. Vedtaket er sitert under.

Helsing
Sigrid Bakketun
Fjellvoll kommune

-----Opphavleg melding-----
Frå: Randi Hovland (kommunedirektør)
Sendt: 20. november 2026 15:02
Til: Sigrid Bakketun
Emne: SV: Læringsvennen - DPIA

Hei Sigrid,

Leiargruppa gjekk gjennom DPIA-en og presentasjonen din i dag for andre gong. Vi har lagt vekt
på innspela frå Elevrådet (ønskte at elevane sjølve kan slette) og FAU (ønskte at foreldra får
informasjon). Begge er tekne inn. Leiargruppa godkjenner DPIA-en og har bestemt at vi går vidare,
men sidan restrisikoen for elevane framleis er høg, skal vi be Datatilsynet om førehandsdrøfting.
Send gjerne i dag.

Randi
"""
    msg = mail(
        frm="Sigrid Bakketun <sigrid.bakketun@fjellvoll.kommune.no>",
        subject="Førehandsdrøfting - samtalerobot i ungdomsskulen",
        body=body,
        date=when(11, 20, 16, 44),
        msgid="<8c2e1f@fjellvoll.kommune.no>",
    )
    return m, msg


def c005() -> Case:
    m = meta(
        "c005",
        "nb",
        [
            "p1_dpo_no_phone",
            "contact_docx_header_table",
            "one_docx",
            "processor_none_stated",
            "part5_board_resolution",
        ],
        processor="none",
        missing=(1,),
        note="bank voice biometrics; DPO given with name and e-mail only, no phone anywhere",
    )
    body = """Vedlagt er Nordkyst Sparebanks anmodning om forhåndsdrøftelse for stemmegjenkjenning i
kundesenteret. Alt ligger i ett dokument.

mvh
Jon Erik Strand
Nordkyst Sparebank
"""
    doc = docx_doc(
        [
            ("title", "Anmodning om forhåndsdrøftelse – stemmebiometri i kundesenter"),
            ("h1", "A. Kontaktpunkter"),
            (
                "p",
                "Kontaktperson for saken er oppgitt i topptekst. Bankens personvernombud er Marte Kolstad "
                "(marte.kolstad@nordkyst-sparebank.no).",
            ),
            (
                "p",
                "Banken benytter ikke databehandler for løsningen; programvaren er kjøpt som lisens og driftes i "
                "bankens eget datasenter.",
            ),
            ("h1", "B. Hva vi skal gjøre"),
            (
                "p",
                "Kunder som ringer kundesenteret, skal kunne identifisere seg med stemmen i stedet for "
                "BankID-kode. Ved første samtale lages et stemmeavtrykk (biometrisk mal) etter samtykke. Ved "
                "senere samtaler sammenlignes stemmen med malen. Ca. 60 000 kunder forventes å ta det i bruk. "
                "Malene lagres kryptert, adskilt fra kundenummer med en nøkkel i HSM. Kilder: kunden selv. "
                "Mottakere: ingen. Malen slettes når kunden trekker samtykket eller avslutter kundeforholdet.",
            ),
            ("h1", "C. Er det nødvendig og forholdsmessig?"),
            (
                "p",
                "Grunnlag er uttrykkelig samtykke, art. 9 nr. 2 bokstav a. Kunder som ikke samtykker, bruker "
                "BankID som før; ingen ulempe. Formålet er å redusere svindel ved sosial manipulering. Vi bruker "
                "bare malen, ikke lydopptaket. Kunden kan se og slette malen i nettbanken.",
            ),
            ("h1", "D. Risiko"),
            (
                "table",
                [
                    ["Risiko", "Vurdering", "Tiltak", "Gjennomført"],
                    [
                        "Stemmekloning (deepfake) gir tilgang",
                        "Høy",
                        "Liveness-test",
                        "Ja, men ikke tilstrekkelig",
                    ],
                    ["Lekkasje av maler", "Middels", "HSM, kryptering", "Ja"],
                    ["Samtykke ikke frivillig", "Lav", "Likeverdig alternativ", "Ja"],
                    [
                        "Feilavvisning av eldre kunder",
                        "Middels",
                        "Manuell reserve",
                        "Vurdert, ikke innført: kostnad",
                    ],
                ],
            ),
            ("p", "Restrisikoen for stemmekloning er høy, og derfor ber vi om forhåndsdrøftelse."),
            ("h1", "E. Styrets behandling"),
            (
                "p",
                "Styresak 61/2026, møte 28.10.2026. Administrasjonen presenterte DPIA-en og funnene. Forbrukerrådets "
                "anbefaling om alternativ til biometri og innspill fra tillitsvalgte i kundesenteret ble lagt fram. "
                "Vedtak: «Styret har gjennomgått DPIA for stemmebiometri og slutter seg til den. Administrasjonen "
                "bes om å anmode Datatilsynet om forhåndsdrøftelse før lansering.»",
            ),
        ],
        header=[
            ["Nordkyst Sparebank", "Kontaktperson: Jon Erik Strand"],
            ["Org.nr. 937 001 556", "Tlf. 77 60 30 41 – jon.erik.strand@nordkyst-sparebank.no"],
        ],
    )
    msg = mail(
        frm="Jon Erik Strand <jon.erik.strand@nordkyst-sparebank.no>",
        subject="Forhåndsdrøftelse stemmebiometri",
        body=body,
        date=when(11, 5, 10, 30),
        msgid="<DB9PR05MB7781A@nordkyst-sparebank.no>",
        attachments=[("Forhandsdroftelse_stemmebiometri.docx", doc)],
    )
    return m, msg


def c006() -> Case:
    m = meta(
        "c006",
        "nb",
        ["nonrequest_breach_notification", "all_in_body"],
        request=False,
        encrypt="pgp_mime",
        note="breach notification (avviksmelding) from a dental clinic, not a request",
    )
    body = """Avviksmelding – brudd på personopplysningssikkerheten

Virksomhet: Tannlegene Brekke og Moe DA, org.nr. 915 662 301
Kontaktperson: Lise Brekke, daglig leder, tlf. 33 12 45 60, lise@brekkemoe.no

Hva har skjedd: Mandag 23. november ble en bærbar PC stjålet fra resepsjonen. PC-en hadde
kopi av timebok med navn, telefonnummer og behandlingstype for ca. 900 pasienter. Disken var
ikke kryptert.

Når oppdaget: 23.11.2026 kl. 08.15. Politianmeldt samme dag.

Tiltak: Passord er endret, vi har innført diskkryptering på alle maskiner og vil varsle de
berørte pasientene per brev denne uken.

Vi beklager at meldingen kommer noe etter 72 timer; vi fikk ikke logget inn i Altinn og sender
derfor på e-post.

Lise Brekke
"""
    msg = mail(
        frm="Lise Brekke <lise@brekkemoe.no>",
        subject="Avviksmelding - stjålet PC",
        body=body,
        date=when(11, 27, 8, 2),
        msgid="<0f11ab@brekkemoe.no>",
    )
    return m, msg


def c007() -> Case:
    m = meta(
        "c007",
        "en",
        [
            "contact_vcf",
            "processor_used",
            "processor_contact_in_dpa_pdf",
            "pdf_word_tables",
            "part5_slides_pdf_plus_minutes",
            "headings_plain",
        ],
        processor="used",
        note="university exam proctoring; contacts in a vCard, processor in the DPA PDF, management deck as slide PDF",
    )
    body = """Dear Norwegian Data Protection Authority,

On behalf of the University of Midtlandet I hereby submit a request for prior consultation under
Article 36 GDPR concerning remote proctoring of digital home exams.

Attached:
  1. Contacts.vcf - our contact person and our data protection officer
  2. DPIA_remote_proctoring_final.pdf - description, necessity and proportionality, risk assessment
  3. DPA_Proctorly_signed.pdf - data processing agreement, incl. processor contact
  4. Rectors_team_presentation.pdf - slides of what the rector's management team was shown, with its decision
  5. Minutes_rectors_team_2026-10-29.pdf

Please let me know if anything is missing.

Kind regards,
Dr. Helene Sørbø
Head of Section for Digital Assessment
University of Midtlandet
"""
    vcf = vcard(
        [
            {
                "name": "Helene Sørbø",
                "org": "University of Midtlandet",
                "title": "Head of Section, Digital Assessment",
                "tel": "+47 73 55 90 21",
                "email": "helene.sorbo@uimid.no",
            },
            {
                "name": "Petter Grønvold",
                "org": "University of Midtlandet",
                "title": "Data Protection Officer",
                "tel": "+47 73 55 90 00",
                "cell": "+47 934 20 118",
                "email": "dpo@uimid.no",
            },
        ]
    )
    dpia = pdf_doc(
        [
            ("title", "Data Protection Impact Assessment: Remote proctoring of home exams"),
            ("p", "University of Midtlandet – final version 2.0 – 22 October 2026"),
            ("h1", "Processing overview"),
            (
                "p",
                "During digital home exams, candidates run the Proctorly browser extension, which records webcam "
                "video, microphone audio, screen content and keystroke timing for the length of the exam. An "
                "algorithm flags suspicious events (another face, gaze away from screen, voices). Flagged clips "
                "are reviewed by two exam officers before any case is opened. Scale: ca. 14 000 candidates and "
                "38 000 exam sittings per year. Data subjects: students, and any person who is visible in their "
                "home. Sources: the candidate's device. Recipients: exam officers, and the appeals board if a "
                "cheating case is opened. Storage in Proctorly's EU (Frankfurt) region; recordings are deleted "
                "after 21 days unless a case is opened. The university is controller; Proctorly Ltd is processor.",
            ),
            (
                "table",
                [
                    ["Data category", "Retention", "Access"],
                    ["Webcam video and audio", "21 days", "Exam officers (flagged clips only)"],
                    ["Screen recording", "21 days", "Exam officers"],
                    ["Keystroke timing", "21 days", "Algorithm only"],
                    [
                        "Flags and review notes",
                        "Until appeal deadline",
                        "Exam office, appeals board",
                    ],
                ],
            ),
            ("h1", "Is it necessary and proportionate?"),
            (
                "p",
                "Legal basis: Universities and University Colleges Act section 3-9 on exams and Art. 6(1)(e). "
                "Alternatives considered: campus exams (not possible for 30% of programmes with remote students), "
                "oral follow-up tests (used for small courses). Safeguards: candidates may choose a campus exam "
                "instead; information one month ahead; no biometric identification, only face presence; "
                "human review before any consequence; candidates get access to their own recordings.",
            ),
            ("h1", "Risks to candidates' rights and freedoms"),
            (
                "table",
                [
                    ["Risk", "Likelihood", "Severity", "Measures", "Status"],
                    [
                        "Intrusion into private home",
                        "High",
                        "High",
                        "Blur background option",
                        "Implemented; residual high",
                    ],
                    [
                        "False flags, esp. disability",
                        "Medium",
                        "High",
                        "Two-person review, adjustments",
                        "Implemented",
                    ],
                    [
                        "Bias in face detection",
                        "Medium",
                        "High",
                        "Vendor bias audit",
                        "Considered, not done: vendor refuses to share test data",
                    ],
                    [
                        "Transfer to third countries",
                        "Low",
                        "Medium",
                        "EU hosting, SCCs for support",
                        "Implemented",
                    ],
                ],
            ),
            ("p", "Residual risk to privacy in the home remains high; hence this request."),
        ],
        title="DPIA remote proctoring",
    )
    dpa = pdf_doc(
        [
            ("title", "Data Processing Agreement"),
            (
                "p",
                "between University of Midtlandet (Controller) and Proctorly Ltd, Dublin, Ireland (Processor).",
            ),
            ("h1", "Clause 14 – Contact persons"),
            (
                "table",
                [
                    ["Party", "Name", "Phone", "E-mail"],
                    [
                        "Processor",
                        "Aoife Brennan, Privacy Lead",
                        "+353 1 443 2190",
                        "privacy@proctorly.eu",
                    ],
                    ["Controller", "Helene Sørbø", "+47 73 55 90 21", "helene.sorbo@uimid.no"],
                ],
            ),
            ("p", "Signed electronically 3 September 2026."),
        ],
        title="DPA Proctorly",
    )
    deck = slides_pdf(
        [
            ("Remote proctoring – DPIA results\nRector's management team, 29 October 2026", []),
            (
                "What we want to do",
                [
                    "Webcam, audio and screen recording at home exams",
                    "Algorithmic flags, human review",
                    "14 000 candidates a year",
                ],
            ),
            (
                "Findings",
                [
                    "4 main risks, 2 with high residual risk",
                    "Home intrusion cannot be fully mitigated",
                    "Vendor will not share bias test data",
                ],
            ),
            (
                "Stakeholders heard",
                [
                    "Student Parliament: opposed, wants campus alternative – accepted",
                    "Disability office: wants adjustments – accepted",
                    "Union (Unio): neutral",
                ],
            ),
            (
                "Decision requested",
                [
                    "Approve the DPIA",
                    "Proceed with pilot",
                    "Ask Datatilsynet for prior consultation",
                ],
            ),
        ]
    )
    minutes = pdf_doc(
        [
            ("title", "Minutes – Rector's management team"),
            (
                "p",
                "Meeting 29 October 2026. Present: Rector, Pro-rector for education, University Director, Dean of IT.",
            ),
            ("h2", "Item 4/12: DPIA remote proctoring"),
            (
                "p",
                "The management team reviewed the DPIA and the presentation. Decision: the DPIA is approved. The "
                "university wishes to proceed, but given the high residual risk the Section for Digital Assessment "
                "shall request prior consultation with Datatilsynet before the spring 2027 exams.",
            ),
        ],
        title="Minutes",
    )
    msg = mail(
        frm="Helene Sørbø <helene.sorbo@uimid.no>",
        subject="Request for prior consultation - remote proctoring",
        body=body,
        date=when(11, 9, 14, 20),
        msgid="<e2c1.4477@uimid.no>",
        attachments=[
            ("Contacts.vcf", vcf),
            ("DPIA_remote_proctoring_final.pdf", dpia),
            ("DPA_Proctorly_signed.pdf", dpa),
            ("Rectors_team_presentation.pdf", deck),
            ("Minutes_rectors_team_2026-10-29.pdf", minutes),
        ],
    )
    return m, msg


def c008() -> Case:
    m = meta(
        "c008",
        "nb",
        [
            "reply_in_thread",
            "quoted_text",
            "one_odt",
            "risk_matrix_xlsx",
            "part5_scanned_letter_jpg",
            "contact_signature",
            "processor_none_stated",
        ],
        processor="none",
        note="municipality ANPR parking; sent as a reply in an earlier thread; mayor's signed letter only as JPEG",
    )
    body = """Hei igjen, og takk for veiledningsmøtet i oktober.

Som dere anbefalte, har vi nå fullført DPIA-en og fått den behandlet. Vi ber herved formelt om
forhåndsdrøftelse for kameraregistrering av bilskilt (ANPR) i avgiftssonene i sentrum.

Vedlagt:
- DPIA ANPR sentrum.odt – beskrivelse, nødvendighet/forholdsmessighet og risiko (kap. 1–3)
- Risikomatrise.xlsx
- Signert brev fra kommunedirektøren med ledelsens vurdering og beslutning (skannet)

Kommunen drifter løsningen selv; vi bruker ingen databehandler. Personvernombudet i Elvebyen
kommune er Ragnhild Torp, tlf. 32 11 80 05, ragnhild.torp@elvebyen.kommune.no.

Hilsen
Øystein Berg
Rådgiver, Bymiljøetaten
Elvebyen kommune
Telefon 32 11 84 62
oystein.berg@elvebyen.kommune.no

-----Opprinnelig melding-----
Fra: Datatilsynet <postkasse@datatilsynet.no>
Sendt: 14. oktober 2026 11:20
Til: Øystein Berg
Emne: Veiledningsmøte - ANPR i sentrum

Hei,

Takk for et nyttig møte. Som nevnt må en eventuell anmodning om forhåndsdrøftelse inneholde
dokumentasjonen som er beskrevet på nettsidene våre.

Med hilsen
Datatilsynet
"""
    odt = odt_doc(
        [
            ("title", "DPIA – Kameraregistrering av kjøretøy (ANPR) i sentrum"),
            ("h1", "1 Behandlingen"),
            (
                "p",
                "Seks faste kameraer ved innkjøringen til avgiftssonen leser skiltnummer på alle kjøretøy (ca. 25 000 "
                "passeringer i døgnet). Skiltnummer, tidspunkt og oversiktsbilde lagres og sammenlignes med "
                "betalte parkeringer i appen. Ved manglende betaling sendes sak til parkeringsvakt. Bilder av "
                "kjøretøy som har betalt, slettes etter 24 timer. Kilder: kameraene og parkeringsappen; "
                "Statens vegvesens kjøretøyregister ved gebyr. Mottakere: parkeringsseksjonen. Sikkerhet: lukket "
                "nett, kryptert lagring, logging. Kommunen er behandlingsansvarlig og drifter alt selv.",
            ),
            ("h1", "2 Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Grunnlag: parkeringsforskriften og vegtrafikkloven § 8, art. 6 nr. 1 e. Manuell kontroll er "
                "prøvd og gir lav etterlevelse. Vi har valgt kameravinkler som ikke fanger ansikter, sletter "
                "raskt og skilter tydelig. Innsyn gis via kommunens nettside. Alternativet bom ved innkjøring "
                "ble forkastet fordi det hindrer nyttetrafikk.",
            ),
            ("h1", "3 Risikovurdering"),
            (
                "p",
                "Hovedrisikoene er kartlegging av bevegelser (sentrum har legevakt, krisesenter og moské), "
                "gjenbruk av data til andre formål (politiets ønske om tilgang), og feil gebyr. Tiltak: kort "
                "lagring, ingen søk på skilt uten gebyrsak, logg. Vurdert men ikke gjennomført: maskering av "
                "passeringer nær krisesenteret, fordi kameraet der også dekker en hovedvei. Detaljer i matrisen. "
                "Restrisiko for kartlegging vurderes fortsatt som høy.",
            ),
        ]
    )
    risk = xlsx_book(
        [
            (
                "ROS",
                [
                    [
                        "ID",
                        "Uønsket hendelse",
                        "S",
                        "K",
                        "Risikonivå",
                        "Tiltak gjennomført",
                        "Tiltak vurdert ikke gjennomført",
                        "Hvorfor ikke",
                    ],
                    [
                        "A1",
                        "Kartlegging av besøk ved sensitive steder",
                        3,
                        5,
                        "Høy",
                        "24 t sletting",
                        "Maskering",
                        "Kamera dekker også hovedvei",
                    ],
                    [
                        "A2",
                        "Gjenbruk til politiformål",
                        2,
                        4,
                        "Middels",
                        "Ingen søk uten gebyrsak",
                        "",
                        "",
                    ],
                    ["A3", "Feil gebyr", 3, 2, "Middels", "Manuell kontroll før gebyr", "", ""],
                    ["A4", "Uautorisert innsyn", 2, 3, "Lav", "Tilgangsstyring, logg", "", ""],
                ],
            )
        ]
    )
    letter = scan_jpeg(
        [
            "# Elvebyen kommune – Kommunedirektøren",
            "Til: Bymiljøetaten v/ Øystein Berg             Dato: 6. november 2026",
            "",
            "# Ledelsens validering av DPIA – ANPR i sentrum",
            "Kommunedirektørens ledergruppe har behandlet DPIA-en i møter",
            "2. oktober og 5. november 2026. Prosjektet presenterte metode,",
            "funn og restrisiko. Innspill fra Handelsstanden, Krisesenteret",
            "og Eldrerådet ble lagt fram; krisesenterets bekymring for",
            "kartlegging av beboere er ikke fullt ut løst.",
            "",
            "Ledergruppen godkjenner DPIA-en. Jeg har besluttet at kommunen",
            "ønsker å innføre ANPR, og at Datatilsynet skal bes om",
            "forhåndsdrøftelse før oppstart.",
            "",
            "Gunnar Rud, kommunedirektør",
        ],
        seed=8,
    )
    msg = mail(
        frm="Øystein Berg <oystein.berg@elvebyen.kommune.no>",
        subject="SV: Veiledningsmøte - ANPR i sentrum",
        body=body,
        date=when(11, 11, 12, 3),
        msgid="<AM0PR10MB2290.oystein@elvebyen.kommune.no>",
        headers={
            "In-Reply-To": "<dt-veil-2026-1014@datatilsynet.no>",
            "References": "<dt-veil-2026-1014@datatilsynet.no>",
        },
        attachments=[
            ("DPIA ANPR sentrum.odt", odt),
            ("Risikomatrise.xlsx", risk),
            ("Brev kommunedirektør signert.jpg", letter),
        ],
    )
    return m, msg


def c009() -> Case:
    m = meta(
        "c009",
        "nb",
        ["p1_proc_no_contact", "processor_used", "one_pdf", "headings_num", "contact_label_value"],
        encrypt="pgp_mime",
        processor="used",
        missing=(1,),
        note="ski resort RFID tracking; processor named but no contact person, phone or e-mail for it",
    )
    body = """Hei,

Vedlagt ligger anmodning om forhåndsdrøftelse fra Storfjell Alpinsenter AS.

Hilsen
Kristoffer Moen
"""
    doc = pdf_doc(
        [
            ("title", "Anmodning om forhåndsdrøftelse – sporing av heiskort og fotosammenligning"),
            ("h2", "Behandlingsansvarlig"),
            (
                "p",
                "Storfjell Alpinsenter AS, org.nr. 982 114 663\nKontaktperson: Kristoffer Moen, driftssjef\n"
                "Telefon: 62 44 71 10\nE-post: kristoffer@storfjell.no",
            ),
            ("h2", "Personvernombud"),
            ("p", "Navn: Siri Haugen\nTelefon: 917 82 340\nE-post: personvern@storfjell.no"),
            ("h2", "Databehandler"),
            (
                "p",
                "Løsningen driftes av vår leverandør LiftLink GmbH (Østerrike) som databehandler.",
            ),
            ("h1", "1 Beskrivelse"),
            (
                "p",
                "Sesongkort har RFID-brikke og foto. Ved hver heis leses kortet, og et kamera tar bilde som "
                "sammenlignes automatisk med kortholders foto for å avdekke utlån. Vi lagrer alle passeringer "
                "hele sesongen for statistikk og for å finne savnede personer. 11 000 sesongkortkunder, hvorav "
                "ca. 3 000 barn. Mottakere: vaktsentral og billettkontor.",
            ),
            ("h1", "2 Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Grunnlag: avtale (kortvilkår) og berettiget interesse for fotosammenligning. Vi har vurdert "
                "manuell kontroll, som er for ressurskrevende. Sammenligningen gjøres uten å lagre biometrisk "
                "mal; bildet slettes etter 7 dager hvis det ikke er avvik. Kunder informeres ved kjøp.",
            ),
            ("h1", "3 Risiko"),
            (
                "table",
                [
                    ["Risiko", "Nivå", "Tiltak", "Status"],
                    [
                        "Bevegelsesprofil for hele sesongen",
                        "Høy",
                        "Aggregering etter 30 dager",
                        "Ikke gjennomført – leverandør støtter ikke",
                    ],
                    ["Feil treff på barn", "Middels", "Manuell kontroll", "Gjennomført"],
                    ["Overføring til Østerrike/tredjeland", "Lav", "EU-lagring", "Gjennomført"],
                ],
            ),
            ("h1", "4 Ledelsens behandling"),
            (
                "p",
                "DPIA-en ble presentert for styret 12.10.2026 med funn og innspill fra hytteeierforeningen og "
                "skiskolen. Styret godkjente DPIA-en og vedtok å be Datatilsynet om forhåndsdrøftelse.",
            ),
        ],
        title="Forhåndsdrøftelse Storfjell",
    )
    msg = mail(
        frm="Kristoffer Moen <kristoffer@storfjell.no>",
        subject="Forhåndsdrøftelse - heiskort",
        body=body,
        date=when(11, 4, 7, 55),
        msgid="<d93ab1@storfjell.no>",
        attachments=[("Forhåndsdrøftelse Storfjell Alpinsenter.pdf", doc)],
    )
    return m, msg


def c010() -> Case:
    m = meta(
        "c010",
        "en",
        [
            "zip",
            "contact_in_body_list",
            "processor_used",
            "processor_contact_in_body",
            "file_per_part",
            "part5_board_resolution_docx",
        ],
        processor="used",
        note="energy company demand response; four documents in a ZIP, contacts in the mail",
    )
    body = """Hello,

Fjordkraftverk Energi AS (part of a Danish group, hence English) requests prior consultation for
our "Flex Home" demand-response service, which remotely controls customers' heat pumps and EV
chargers using 15-minute smart-meter data.

Contacts:
- Contact person: Nora Eikeland, Product Owner, +47 55 90 34 12, nora.eikeland@fjordkraftverk.no
- Data protection officer: Lars Mikkelsen, +45 33 18 20 40, dpo@fjordkraftverk-group.com
- Processor (cloud platform): GridMind ApS, Karen Holm, +45 70 22 81 90, karen.holm@gridmind.dk

All documentation is in the attached ZIP:
  01_Processing_description.pdf
  02_Necessity_proportionality.docx
  03_Risk_assessment.xlsx
  04_Board_resolution.docx

Best regards,
Nora Eikeland
"""
    desc = pdf_doc(
        [
            ("title", "Flex Home – systematic description of the processing"),
            (
                "p",
                "Nature: automated control of heat pumps and EV chargers in 40 000 households based on 15-minute "
                "consumption data, spot prices and grid-load signals. The system infers when customers are at "
                "home and away. Scope: 40 000 customers, 5 years of history. Purpose: shift consumption away from "
                "peak hours to lower bills and grid load. Context: voluntary service, customers opt in via app.",
            ),
            (
                "p",
                "Sources: smart meter via Elhub, device APIs, the app. Recipients: GridMind ApS (processor), no "
                "third parties. Security: ISO 27001, encryption, pseudonymised analytics. Responsibilities: "
                "Fjordkraftverk Energi AS is controller; GridMind ApS processes on our instructions.",
            ),
        ]
    )
    nec = docx_doc(
        [
            ("title", "Necessity and proportionality"),
            (
                "p",
                "Legal basis: contract (Art. 6(1)(b)) for control; consent for using the data to build "
                "occupancy profiles for product improvement. Data minimisation: we use only 15-minute data, not "
                "appliance-level disaggregation. Customers can override any control action in the app, see all "
                "actions taken, pause the service and delete history. Retention: 13 months for control logs.",
            ),
        ]
    )
    risk = xlsx_book(
        [
            (
                "Risks",
                [
                    [
                        "Risk",
                        "Rights affected",
                        "Likelihood",
                        "Impact",
                        "Mitigation in place",
                        "Considered, not implemented",
                        "Reason",
                    ],
                    [
                        "Occupancy profile reveals absence (burglary)",
                        "Security, privacy",
                        "Medium",
                        "High",
                        "Pseudonymisation",
                        "Coarser data (1 hour)",
                        "Control quality drops",
                    ],
                    [
                        "Cold home for vulnerable customers",
                        "Health",
                        "Low",
                        "High",
                        "Min. temperature 18C",
                        "",
                        "",
                    ],
                    [
                        "Function creep to marketing",
                        "Predictability",
                        "Medium",
                        "Medium",
                        "Purpose limitation in DPA",
                        "",
                        "",
                    ],
                    [
                        "Profile shared within group",
                        "Transparency",
                        "Medium",
                        "Medium",
                        "",
                        "Group-wide data wall",
                        "Under negotiation",
                    ],
                ],
            )
        ]
    )
    board = docx_doc(
        [
            ("title", "Board resolution 2026/17"),
            (
                "p",
                "The Board of Fjordkraftverk Energi AS met on 3 November 2026. Management presented the DPIA for "
                "Flex Home with its findings; the customer panel's and the consumer council's comments and the "
                "grid operator's view were summarised. The Board reviewed the residual risks.",
            ),
            (
                "p",
                "Resolved: the Board endorses the DPIA, approves the launch subject to the outcome of a prior "
                "consultation, and instructs management to request prior consultation with Datatilsynet.",
            ),
            ("p", "Signed: Bente Rasmussen, Chair"),
        ]
    )
    z = zip_of(
        [
            ("Flex Home/01_Processing_description.pdf", desc),
            ("Flex Home/02_Necessity_proportionality.docx", nec),
            ("Flex Home/03_Risk_assessment.xlsx", risk),
            ("Flex Home/04_Board_resolution.docx", board),
        ]
    )
    msg = mail(
        frm="Nora Eikeland <nora.eikeland@fjordkraftverk.no>",
        subject="Prior consultation request - Flex Home",
        body=body,
        date=when(11, 18, 15, 33),
        msgid="<flexhome-1118@fjordkraftverk.no>",
        attachments=[("FlexHome_prior_consultation.zip", z)],
    )
    return m, msg


def c011() -> Case:
    m = meta(
        "c011",
        "en",
        [
            "part4_will_follow",
            "dpia_under_work",
            "contact_signature",
            "processor_none_stated",
            "docx",
        ],
        processor="none",
        missing=(4,),
        note="dating app age estimation; risk assessment still being finalised and 'will be forwarded'",
    )
    body = """Dear Sir/Madam,

Please find attached our request for prior consultation regarding selfie-based age estimation
in the Matchly dating app (Norwegian users, ca. 210 000).

The attached document covers the description of the processing, our necessity and proportionality
assessment, and the board's approval. The risk assessment part of the DPIA is still being
finalised with our external security advisers and will be forwarded to you as soon as it is
complete, hopefully before Christmas.

We do not use any processor for the age estimation; the model runs on our own servers.

Our DPO is Ingvild Sæther (+47 21 09 88 70, dpo@matchly.no).

Best regards

Marcus Hagen
Head of Trust & Safety
Matchly AS
+47 21 09 88 00 (switchboard) / +47 482 10 356
marcus.hagen@matchly.no
"""
    doc = docx_doc(
        [
            ("title", "Prior consultation – age estimation at sign-up"),
            ("h1", "The processing"),
            (
                "p",
                "At sign-up, users take a selfie video. A model estimates age; users estimated under 18 are "
                "blocked, users estimated 18-23 must verify with BankID. The selfie is deleted after 24 hours; the "
                "estimate is kept. Data subjects: all new users, incl. minors who try to sign up. Source: user. "
                "Recipients: none. Controller: Matchly AS.",
            ),
            ("h1", "Necessity and proportionality"),
            (
                "p",
                "Legal basis: legitimate interest in protecting minors, Art. 6(1)(f); no biometric identification, "
                "only estimation. Alternatives: BankID for everyone (excludes users without BankID). Users are "
                "told before the selfie and can choose BankID instead.",
            ),
            ("h1", "Risk assessment"),
            ("p", "[To be completed – will be forwarded.]"),
            ("h1", "Management approval"),
            (
                "p",
                "The board reviewed the DPIA work on 2 December 2026 after a presentation by Trust & Safety, "
                "including feedback from the user panel and the Children's Ombudsman's published guidance, and "
                "decided to proceed and to request prior consultation.",
            ),
        ]
    )
    msg = mail(
        frm="Marcus Hagen <marcus.hagen@matchly.no>",
        subject="Prior consultation - age estimation (Matchly)",
        body=body,
        date=when(12, 4, 11, 10),
        msgid="<CAJx99_matchly_1204@mail.matchly.no>",
        attachments=[("Matchly_prior_consultation.docx", doc)],
    )
    return m, msg


def c012() -> Case:
    m = meta(
        "c012",
        "nb",
        ["nonrequest_press", "all_in_body"],
        request=False,
        note="journalist asks how many prior consultations Datatilsynet has received",
    )
    body = """Hei,

Jeg er journalist i Teknisk Tidsskrift og skriver om kommunenes bruk av kunstig intelligens.

1. Hvor mange anmodninger om forhåndsdrøftelse har Datatilsynet mottatt i 2025 og 2026?
2. Hvor mange gjelder KI-løsninger i skole eller helse?
3. Kan vi få innsyn i listen over saker?

Deadline er fredag kl. 12. Ring gjerne: 936 44 120.

Vennlig hilsen
Elin Tveit
Journalist, Teknisk Tidsskrift
"""
    msg = mail(
        frm="Elin Tveit <elin.tveit@tekniskt.no>",
        subject="Pressehenvendelse: forhåndsdrøftelser og KI",
        body=body,
        date=when(11, 24, 9, 47),
        msgid="<presse-4471@tekniskt.no>",
    )
    return m, msg


def c013() -> Case:
    m = meta(
        "c013",
        "nn",
        [
            "part5_not_done",
            "contact_docx_table",
            "dpia_report_docx",
            "processor_used",
            "processor_contact_in_docx",
        ],
        processor="used",
        missing=(5,),
        note="smart water meters; management treatment 'ikkje handsama enno', everything else present",
    )
    body = """Hei,

Lundeby kommune sender med dette ei oppmoding om førehandsdrøfting for fjernavlesne vassmålarar
med timesverdiar. Vedlagt er DPIA-rapporten med kontaktopplysningar.

DPIA-en er enno ikkje handsama av kommunedirektøren si leiargruppe; det skjer truleg i februar.
Vi sender likevel no for å få saka i gang.

Helsing
Torbjørn Skeie
Avdelingsingeniør, Kommunalteknikk
"""
    doc = docx_doc(
        [
            ("title", "Vurdering av personvernkonsekvensar – fjernavlesne vassmålarar"),
            ("h1", "Kontaktinformasjon"),
            (
                "table",
                [
                    ["Rolle", "Namn", "Telefon", "E-post"],
                    [
                        "Kontaktperson",
                        "Torbjørn Skeie",
                        "53 48 20 71",
                        "torbjorn.skeie@lundeby.kommune.no",
                    ],
                    [
                        "Personvernombod",
                        "Gunn Tveito",
                        "53 48 20 00",
                        "personvernombod@lundeby.kommune.no",
                    ],
                    [
                        "Databehandlar (Vassdata AS)",
                        "Arve Rosseland",
                        "481 20 667",
                        "arve@vassdata.no",
                    ],
                ],
            ),
            ("h1", "Kva skal vi gjere?"),
            (
                "p",
                "Alle 6 800 husstandar får ny vassmålar som sender forbruk kvar time over LoRa-nett til Vassdata AS, "
                "som driftar plattforma for kommunen. Data vert brukte til fakturering og lekkasjesøk. Timesdata "
                "kan avsløre når folk er heime, sover eller er bortreiste. Lagring i 3 år.",
            ),
            ("h1", "Er det naudsynt og forholdsmessig?"),
            (
                "p",
                "Heimel: forskrift om kommunale vass- og avløpsgebyr og art. 6 nr. 1 e. Månadsdata er nok til "
                "fakturering; timesdata trengst berre for lekkasjesøk. Vi har difor valt at timesdata vert "
                "aggregerte til døgn etter 30 dagar. Innbyggjarane får informasjon og innsyn på Min side.",
            ),
            ("h1", "Risiko"),
            (
                "table",
                [
                    ["Risiko", "Sannsyn", "Konsekvens", "Tiltak", "Gjennomført?"],
                    [
                        "Kartlegging av åtferd i heimen",
                        "Middels",
                        "Høg",
                        "Aggregering etter 30 dagar",
                        "Ja",
                    ],
                    ["Avlytting av radiosignal", "Låg", "Middels", "Kryptering", "Ja"],
                    [
                        "Reservasjonsrett",
                        "-",
                        "-",
                        "Reservasjon mot timesdata",
                        "Nei – krev manuell avlesing, for dyrt",
                    ],
                ],
            ),
            ("p", "Restrisikoen for kartlegging er framleis høg for einpersonshushald."),
        ]
    )
    msg = mail(
        frm="Torbjørn Skeie <torbjorn.skeie@lundeby.kommune.no>",
        subject="Oppmoding om førehandsdrøfting – vassmålarar",
        body=body,
        date=when(12, 7, 14, 15),
        msgid="<20261207.vatn.77@lundeby.kommune.no>",
        attachments=[("DPIA vassmålarar.docx", doc)],
    )
    return m, msg


def c014() -> Case:
    m = meta(
        "c014",
        "nb",
        [
            "contact_docx_header_table",
            "dpia_docx_question_headings",
            "risk_matrix_docx_table",
            "part5_board_resolution_pdf",
            "processor_unspecified",
        ],
        encrypt="pgp_mime",
        note="grocery chain personalised pricing; DPIA headings are questions, contacts in the DOCX header table",
    )
    body = """Hei!

Matkroken Norge AS ber om forhåndsdrøftelse for personlig tilpassede priser i kundeklubben.
Se vedlagt DPIA (Word) og styrevedtaket (PDF). Kontaktinfo står øverst i DPIA-dokumentet.

Beste hilsen
Camilla Ruud
Juridisk avdeling
"""
    dpia = docx_doc(
        [
            ("title", "Personvernkonsekvensvurdering: «MinPris»"),
            ("h1", "Hva går løsningen ut på?"),
            (
                "p",
                "Kundeklubben (1,4 millioner medlemmer) får priser beregnet per kunde ut fra kjøpshistorikk, "
                "handletidspunkt, butikk og forventet prisfølsomhet. Modellen oppdateres daglig. Kilder: kassedata, "
                "appen, kundens profil. Mottakere: ingen utenfor konsernet. Vi lagrer kjøpshistorikk i 3 år. "
                "Sikkerhet: pseudonymisering i analysemiljøet, tilgangsstyring. Matkroken Norge AS er ansvarlig.",
            ),
            ("h1", "Trenger vi dette, og står det i forhold til inngrepet?"),
            (
                "p",
                "Grunnlag: samtykke ved innmelding i MinPris (adskilt fra kundeklubben). Formålet kan ikke nås med "
                "generelle tilbud. Vi bruker ikke helse- eller religionssensitive varegrupper (apotekvarer, halal, "
                "kosher) i modellen. Kunden ser hvorfor prisen er satt og kan melde seg ut når som helst.",
            ),
            ("h1", "Hva kan gå galt for kundene?"),
            (
                "table",
                [
                    ["", "Lav konsekvens", "Middels konsekvens", "Høy konsekvens"],
                    [
                        "Høy sannsynlighet",
                        "",
                        "Kunden opplever prisen som urettferdig",
                        "Prisdiskriminering av sårbare",
                    ],
                    ["Middels sannsynlighet", "", "Avledning av sensitive forhold", ""],
                    ["Lav sannsynlighet", "Datalekkasje", "", ""],
                ],
            ),
            (
                "p",
                "Tiltak gjennomført: sensitive varegrupper utelatt, maksimal prisforskjell 15 %, forklaring i appen. "
                "Vurdert, men ikke gjennomført: uavhengig revisjon av modellen for diskriminering – ingen aktør i "
                "Norge tilbyr dette ennå. Restrisikoen for prisdiskriminering av økonomisk sårbare er høy, og vi "
                "har ikke funnet tiltak som fjerner den uten å fjerne løsningen.",
            ),
            (
                "p",
                "Medbestemmelse og forutsigbarhet: kundene kan ikke påvirke modellen, men kan se prisgrunnlag.",
            ),
        ],
        header=[
            [
                "Behandlingsansvarlig: Matkroken Norge AS",
                "Kontaktperson: Camilla Ruud, 22 07 41 80, camilla.ruud@matkroken.no",
            ],
            [
                "Personvernombud: Ola Brekkå",
                "Tlf. 22 07 40 00 / 970 11 205, personvernombud@matkroken.no",
            ],
        ],
    )
    board = pdf_doc(
        [
            ("title", "Utskrift av styreprotokoll"),
            ("p", "Matkroken Norge AS – styremøte 21. oktober 2026, sak 5"),
            ("h2", "Sak 5: MinPris – personvernkonsekvensvurdering"),
            (
                "p",
                "Administrasjonen la fram vurderingen og de viktigste funnene. Styret ble orientert om "
                "innspill fra Forbrukerrådet, kundepanelet og de ansattes representanter. Etter gjennomgang "
                "fattet styret slikt vedtak:",
            ),
            (
                "p",
                "1. Styret tar personvernkonsekvensvurderingen til etterretning og godkjenner den.\n"
                "2. Styret ønsker å innføre MinPris, men erkjenner at restrisikoen er høy.\n"
                "3. Administrasjonen skal be Datatilsynet om forhåndsdrøftelse før lansering.",
            ),
            ("p", "Rett utskrift bekreftes, Oslo 22.10.2026\nHanne Solberg, styreleder"),
        ]
    )
    msg = mail(
        frm="Camilla Ruud <camilla.ruud@matkroken.no>",
        subject="Anmodning om forhåndsdrøftelse – MinPris",
        body=body,
        date=when(11, 2, 8, 40),
        msgid="<minpris-1102-0840@matkroken.no>",
        attachments=[("DPIA MinPris.docx", dpia), ("Styreprotokoll sak 5.pdf", board)],
    )
    return m, msg


def c015() -> Case:
    m = meta(
        "c015",
        "nb",
        [
            "attachment_referenced_not_attached",
            "contact_prose",
            "processor_none_stated",
            "pdf",
            "part5_minutes_pdf",
        ],
        processor="none",
        missing=(4,),
        note="child welfare prioritisation; mail says the risk assessment is attached but it is not",
    )
    body = """Til Datatilsynet

Barneverntjenesten i Sørvik kommune ønsker forhåndsdrøftelse av et beslutningsstøtteverktøy som
foreslår prioritering av bekymringsmeldinger.

Kontaktperson er barnevernleder Aud Sandvik (tlf. 38 14 70 31, aud.sandvik@sorvik.kommune.no).
Personvernombud er Terje Holm (tlf. 38 14 70 90, terje.holm@sorvik.kommune.no). Verktøyet er
utviklet og driftes av kommunens egen IT-avdeling; ingen databehandler er involvert.

Vedlagt ligger:
 1. Beskrivelse og vurdering av nødvendighet (PDF)
 2. Risikovurdering (Excel)
 3. Protokoll fra kommunedirektørens ledergruppe

Med hilsen
Aud Sandvik
"""
    desc = pdf_doc(
        [
            (
                "title",
                "Prioriteringsstøtte for bekymringsmeldinger – beskrivelse og nødvendighetsvurdering",
            ),
            ("h1", "Beskrivelse av behandlingen"),
            (
                "p",
                "Når en bekymringsmelding kommer inn, leser verktøyet meldingsteksten og tidligere saker om "
                "familien og foreslår en hastegrad (1-3). Saksbehandler tar beslutningen. Ca. 1 100 meldinger i "
                "året; opplysninger om barn, foreldre og melder, ofte helse og rus. Kilde: fagsystemet. "
                "Mottakere: barnevernets saksbehandlere. Sikkerhet: kjøres lokalt, ingen skytjenester.",
            ),
            ("h1", "Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Barnevernsloven § 2-1 pålegger gjennomgang innen en uke. Verktøyet skal sikre at akutte saker ikke "
                "blir liggende. Det fatter ingen vedtak; forslaget og begrunnelsen vises. Foreldre får informasjon "
                "om at verktøyet brukes, og kan be om innsyn i forslaget.",
            ),
        ]
    )
    minutes = pdf_doc(
        [
            ("title", "Ledergruppemøte 19.11.2026 – protokoll"),
            ("h2", "LG-sak 44/26 Prioriteringsstøtte i barnevernet"),
            (
                "p",
                "Barnevernleder presenterte DPIA-en og funnene, og orienterte om innspill fra Barneombudet, "
                "Fellesorganisasjonen og brukerorganisasjonen Forandringsfabrikken. Ledergruppen godkjente "
                "DPIA-en og vedtok å be Datatilsynet om forhåndsdrøftelse.",
            ),
        ]
    )
    msg = mail(
        frm="Aud Sandvik <aud.sandvik@sorvik.kommune.no>",
        subject="Forhåndsdrøftelse – prioriteringsstøtte barnevern",
        body=body,
        date=when(11, 25, 12, 50),
        msgid="<sorvik.bv.20261125@sorvik.kommune.no>",
        attachments=[
            ("1 Beskrivelse og nødvendighet.pdf", desc),
            ("3 Protokoll ledergruppen.pdf", minutes),
        ],
    )
    return m, msg


def c016() -> Case:
    m = meta(
        "c016",
        "en",
        [
            "multipart_alternative",
            "html_table_body",
            "all_in_body",
            "processor_none_stated",
            "part5_forwarded_ceo_mail_quoted",
        ],
        processor="none",
        note="telecom mobility statistics; everything in an HTML mail, approval as a quoted e-mail from the CEO",
    )
    rows = [
        (
            "Contact person",
            "Jonas Vik, Head of Data Products",
            "+47 915 00 212",
            "jonas.vik@nordtel.no",
        ),
        ("Data protection officer", "Anette Gulbrandsen", "+47 915 00 300", "dpo@nordtel.no"),
    ]
    plain = (
        """Request for prior consultation - NordTel Mobility Insights

Contacts
"""
        + "\n".join(f"  {r[0]}: {r[1]}, {r[2]}, {r[3]}" for r in rows)
        + """
No processor is used: all processing happens in NordTel's own data centre in Norway.

What we do
NordTel will produce hourly statistics of how many people move between grid cells (250 x 250 m)
in Norwegian municipalities, based on network signalling data from 2.6 million subscribers.
Statistics are sold to municipalities and public transport authorities. Raw signalling data is
kept 14 days. Sources: our network. Recipients of statistics: customers; no individual data leaves.

Why it is necessary and proportionate
Legal basis: Art. 6(1)(f) and the Electronic Communications Act section 3-6 as amended. Aggregation
threshold of 20 people per cell, noise added (differential privacy, epsilon 1.0), subscribers can
opt out in My Page, transparency page explains the method.

Risks
- Re-identification in sparsely populated areas (high likelihood, high impact): threshold + noise;
  raising threshold to 50 considered, not done because rural statistics disappear.
- Use by customers for enforcement purposes (medium/high): contract clause bans it.
- Chilling effect, e.g. at demonstrations (low/high): no events under 1000 people reported.
Residual risk for rural re-identification remains high.

Management validation: see the CEO's e-mail below.

---------- Forwarded message ---------
From: Siv Amundsen <siv.amundsen@nordtel.no>
Date: Thu, 12 Nov 2026 at 17:20
Subject: Re: Mobility Insights DPIA - go/no-go

Jonas,
The executive team went through the DPIA and your findings today, including the input from the
Consumer Council, KS (municipalities) and our own customer panel. We approve the DPIA and want to
go ahead, but we agree the rural residual risk is high. Please file a prior consultation request
with Datatilsynet before launch.
Siv Amundsen, CEO
"""
    )
    html = (
        "<html><body><h2>Request for prior consultation – NordTel Mobility Insights</h2><h3>Contacts</h3>"
        "<table border='1'><tr><th>Role</th><th>Name</th><th>Phone</th><th>E-mail</th></tr>"
        + "".join(
            f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows
        )
        + "</table><p>No processor is used: all processing happens in NordTel's own data centre in Norway.</p>"
        + "<pre>"
        + plain.split(
            "No processor is used: all processing happens in NordTel's own data centre in Norway.\n",
            1,
        )[1]
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        + "</pre></body></html>"
    )
    msg = mail(
        frm="Jonas Vik <jonas.vik@nordtel.no>",
        subject="Prior consultation request: Mobility Insights",
        body=plain,
        html=html,
        date=when(11, 13, 9, 5),
        msgid="<mob-insights-req@nordtel.no>",
    )
    return m, msg


CASES = [
    c001,
    c002,
    c003,
    c004,
    c005,
    c006,
    c007,
    c008,
    c009,
    c010,
    c011,
    c012,
    c013,
    c014,
    c015,
    c016,
]
