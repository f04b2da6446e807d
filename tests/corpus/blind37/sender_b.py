# ruff: noqa: E501
"""Sender B: Helse Ravnefjord HF (hospital trust), bokmål.

Habits: the trust's DPIA template «Mal DPIA v3.1» opens with a document-control table on the front
page (owner, author, approver, DPO, supplier – with phone and e-mail) and nowhere else; project
people sign mails with their first name only; the DPO runs the risk workshops and writes a formal
«uttalelse»; decisions are taken in the CEO's management meeting (direktørens ledermøte) and
registered in Elements.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import letter_pdf
from kit import Label, message, to_docx, to_pdf, txt, when

TOPICS = {
    "c003": "ki_taleassistent_poliklinikk",
    "c023": "prediksjon_reinnleggelse",
    "c043": "ki_taleassistent_poliklinikk",
    "c004": "sensor_pasientrom_akuttpsykiatri",
    "c024": "digital_hjemmeoppfolging_kols",
    "c044": "taleerkjenning_radiologi",
}

FOOTER = [
    "Helse Ravnefjord HF · Postboks 1200, 4306 Ravnefjord · Org.nr. 983 974 511",
    "Sentralbord 51 96 00 00 · postmottak@helse-ravnefjord.no",
]
DPO_MAIL = "personvernombud@helse-ravnefjord.no"

SCRIBE_FRONT = """
# Vurdering av personvernkonsekvenser (DPIA)

# KI-taleassistent for journalføring i poliklinikk (pilot Medisinsk klinikk)

~ Mal DPIA v3.1 – Helse Ravnefjord HF
~ Saksnummer: 26/03871
~ Versjon 1.0 – 06.11.2026 – Endelig

| Dokumentkontroll | Navn | Rolle | Telefon | E-post
| Dokumenteier | Kari Sandnes | Administrerende direktør | 51 96 00 10 | kari.sandnes@helse-ravnefjord.no
| Kontaktperson / forfatter | Henrik Aasland | Prosjektleder, Medisinsk klinikk | 926 40 118 | henrik.aasland@helse-ravnefjord.no
| Fagansvarlig | Nils Hovland | Fagdirektør | 51 96 00 22 | nils.hovland@helse-ravnefjord.no
| Personvernombud | Guro Tjelta | Personvernombud | 51 96 10 45 / 474 02 913 | guro.tjelta@helse-ravnefjord.no
| Databehandler | Clinvoice Nordic AB v/ Elin Berggren | Customer Success Lead | +46 8 525 03 440 | elin.berggren@clinvoice.se

| Versjon | Dato | Endring | Av
| 0.1 | 02.10.2026 | Første utkast | HA
| 0.4 | 30.10.2026 | Etter risikoworkshop 28.10 | HA/GT
| 1.0 | 06.11.2026 | Endelig til ledermøtet | HA
"""

SCRIBE_BODY = """
# 1 Sammendrag

Medisinsk klinikk ønsker å prøve en KI-basert taleassistent som lytter på samtalen mellom lege og pasient i poliklinikken og lager et forslag til journalnotat. Legen leser, retter og godkjenner notatet før det lagres i DIPS. Piloten omfatter 12 leger og om lag 4 000 konsultasjoner over seks måneder. Behandlingen gjelder helseopplysninger i stor skala, ny teknologi og lydopptak av pasienter og pårørende, og restrisikoen er vurdert som høy for to forhold (se personvernombudets uttalelse, vedlegg 2).

# 2 Beskrivelse av behandlingen

## 2.1 Formål

Redusere tiden legene bruker på dokumentasjon (i dag 35–40 % av arbeidstiden i poliklinikken), slik at mer tid går til pasienten, og bedre kvaliteten på journalnotatene.

## 2.2 Art og omfang

- Registrerte: pasienter i poliklinikk for hjerte-, lunge- og nyresykdom (voksne), pårørende som er til stede, og legene.
- Opplysninger: lydopptak av hele konsultasjonen, transkripsjon, utkast til journalnotat, metadata (tid, lege, rom).
- Lydopptaket og transkripsjonen slettes automatisk 24 timer etter at legen har godkjent notatet. Det godkjente notatet lagres i DIPS som i dag.
- Omfang: om lag 4 000 konsultasjoner, 12 leger, seks måneder.

## 2.3 Sammenheng og dataflyt

Opptaket gjøres med en app på en tjenestetelefon som ligger på bordet. Lyden krypteres på telefonen og sendes til Clinvoice sin tjeneste i Azure-region Sverige sentral. Språkmodellen kjører i samme region; Clinvoice har underdatabehandleravtale med Microsoft Ireland. Utkastet vises for legen i DIPS via integrasjon. Ingen data brukes til å trene modellen (kontraktsfestet).

## 2.4 Kilder, mottakere og ansvar

Kilde er samtalen. Mottaker er kun legen; ingen utlevering. Helse Ravnefjord HF er behandlingsansvarlig, Clinvoice Nordic AB databehandler (databehandleravtale signert 20.10.2026), Microsoft Ireland underdatabehandler.

## 2.5 Informasjonssikkerhet

Tilgang via helseforetakets identitetsløsning med tofaktor, kryptering i transitt og lagring, logging av alle oppslag, ROS for integrasjonen gjennomført av Helse Ravnefjord IKT 15.09.2026 (egen rapport).

# 3 Rettslig grunnlag

Art. 6 nr. 1 bokstav c og art. 9 nr. 2 bokstav h, jf. helsepersonelloven §§ 39 og 40 (dokumentasjonsplikt) og pasientjournalloven § 6. Lydopptaket er et hjelpemiddel i dokumentasjonen og inngår ikke i journalen.

# 4 Nødvendighet og forholdsmessighet

Alternativer som er vurdert: diktering etter konsultasjonen (dagens løsning, gir etterslep på 3–5 dager), sekretærstøtte (ikke finansiert) og talegjenkjenning av legens egen diktat (prøvd 2024, sparte lite tid). Taleassistenten er det eneste alternativet som reduserer dokumentasjonstiden vesentlig. Opptak av hele samtalen er nødvendig fordi verktøyet skal fange opp det pasienten sier, men omfanget er begrenset ved at opptaket bare startes når pasienten har sagt ja, slettes etter 24 timer og ikke brukes til noe annet.

Tiltak for de registrertes rettigheter:
- Informasjon i innkallingsbrevet og muntlig fra legen før opptak; plakat på venterommet.
- Pasienten kan si nei uten begrunnelse og uten at det får følger for behandlingen; legen noterer reservasjonen.
- Pasienten kan når som helst be om at opptaket stoppes og slettes.
- Innsyn i journalnotatet som i dag via helsenorge.no; logg over bruk av taleassistenten kan bes om.
- Utkastet merkes som KI-generert inntil legen har godkjent det.

# 5 Risikovurdering

Risikovurderingen ble gjennomført i workshop 28.10.2026 ledet av personvernombudet, med prosjektet, to leger, IKT-sikkerhet og en representant fra brukerutvalget. Den er dokumentert i personvernombudets uttalelse (vedlegg 2) og gjengis ikke her, for å unngå to versjoner.

# 6 Konklusjon

Prosjektet anbefaler at piloten gjennomføres med tiltakene over, og at helseforetaket ber Datatilsynet om forhåndsdrøftelse fordi restrisikoen for to forhold er høy. Beslutning tas i direktørens ledermøte 10.11.2026.
"""

SCRIBE_DPO = """
~ Personvernombudet
~ Til: Administrerende direktør
~ Kopi: Prosjektleder Henrik Aasland
~ Dato: 05.11.2026 · Vår ref.: 26/03871-8

# Personvernombudets uttalelse – KI-taleassistent for journalføring

## 1 Bakgrunn

Jeg har fulgt prosjektet siden juni og ledet risikoworkshopen 28.10.2026. Denne uttalelsen inneholder risikovurderingen fra workshopen og mine råd.

## 2 Risikovurdering

Sannsynlighet (S) og konsekvens (K) 1–5; risiko = S×K; 15 eller mer er høy, 8–14 middels.

| Nr | Risiko for pasientens rettigheter og friheter | S | K | Risiko | Tiltak som er gjennomført | Restrisiko
| 1 | Pasienten opplever ikke reell frihet til å si nei til opptak (maktforhold lege–pasient) og holder tilbake opplysninger | 4 | 4 | 16 | Informasjon i innkalling, legen spør før start, reservasjon uten følger | 12 (middels)
| 2 | Feil i utkastet (hallusinasjon, feil medisin/dose) som legen ikke oppdager havner i journalen | 3 | 5 | 15 | Legen må godkjenne, KI-merking, stikkprøver av 5 % av notatene | 15 (høy)
| 3 | Lydopptak med sensitive opplysninger om pasient og pårørende kommer på avveie hos databehandler eller underdatabehandler | 2 | 5 | 10 | Kryptering, sletting etter 24 t, region Sverige, databehandleravtale | 10 (middels)
| 4 | Tilgang for amerikanske myndigheter via Microsoft (tredjelandsrisiko) | 2 | 5 | 10 | EU Data Boundary, kryptering, TIA gjennomført | 10 (høy konsekvens, ikke fjernet)
| 5 | Pårørende eller andre i rommet blir tatt opp uten å vite det | 3 | 3 | 9 | Legen informerer alle i rommet | 6 (lav)
| 6 | Opptak brukes senere til andre formål (kvalitet, forskning, personalsaker) | 2 | 4 | 8 | Kontraktsfestet forbud, sletting, ingen tilgang for ledere | 4 (lav)

## 3 Tiltak vurdert, men ikke gjennomført

- Lokal kjøring av språkmodellen i helseforetakets datasenter: ikke mulig innen pilotperioden; Helse Ravnefjord IKT har ikke GPU-kapasitet før 2028.
- Skriftlig samtykke fra pasienten: vurdert, men forkastet fordi samtykke ikke er behandlingsgrunnlaget og et skjema vil gi inntrykk av at pasienten må signere for å få behandling.
- Full gjennomlesning av alle notater av en annen lege: for ressurskrevende; erstattet av stikkprøver.

## 4 Mine råd

Risiko 2 (feil i journal) og risiko 4 (tredjeland) kan ikke reduseres videre innen piloten. Jeg anbefaler at helseforetaket ber Datatilsynet om forhåndsdrøftelse, at piloten evalueres etter tre måneder, og at brukerutvalget involveres i evalueringen.

~ Guro Tjelta
~ personvernombud
"""

SCRIBE_DPO_FOOTER = [
    "Personvernombudet, Helse Ravnefjord HF · Guro Tjelta · 51 96 10 45 · personvernombud@helse-ravnefjord.no",
    "Helse Ravnefjord HF · Postboks 1200, 4306 Ravnefjord · Org.nr. 983 974 511",
]

SCRIBE_MINUTES = """
# Referat – direktørens ledermøte

~ Dato: 10.11.2026, kl. 08.30–11.30, møterom Fjorden
~ Til stede: Kari Sandnes (adm. dir.), Nils Hovland (fagdirektør), Randi Utne (HR-direktør), Ola Bø (økonomidirektør), Mona Kristiansen (klinikksjef medisin), Arild Eide (IKT-sjef)
~ Forfall: Lars Tveit (klinikksjef psykisk helsevern)
~ Referent: Hilde Aarre

## Sak 110/26 Økonomirapport oktober

Tatt til orientering.

## Sak 111/26 Beredskapsøvelse januar 2027

Plan godkjent. HR-direktøren følger opp med tillitsvalgte.

## Sak 112/26 DPIA – KI-taleassistent for journalføring (pilot)

Prosjektleder Henrik Aasland presenterte DPIA versjon 1.0 og funn fra risikoworkshopen. Personvernombudet la fram sin uttalelse. Brukerutvalgets representant har gitt skriftlig innspill (støtter piloten, ber om tydelig reservasjonsrett). Foretakstillitsvalgt for legene støtter piloten, men ber om at tidsbruk på kontroll av utkast måles.

Diskusjon: Ledermøtet merket seg at risikoen for feil i journal og tredjelandsrisikoen er høy også etter tiltak. Lokal drift ble diskutert og er ikke realistisk før 2028.

Beslutning: Ledermøtet godkjenner DPIA-en. Helseforetaket ber Datatilsynet om forhåndsdrøftelse før piloten starter. Prosjektleder sender anmodningen. Evaluering etter tre måneder legges fram for ledermøtet.

## Sak 113/26 Eventuelt

Ingen saker.
"""


def c003() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei,

        Vedlagt følger Helse Ravnefjord HF sin anmodning om forhåndsdrøftelse etter personvernforordningen artikkel 36 for pilot av KI-taleassistent for journalføring i poliklinikk.

        Vedlegg:
        1. DPIA v1.0 (Mal DPIA v3.1)
        2. Personvernombudets uttalelse med risikovurdering, 05.11.2026
        3. Referat fra direktørens ledermøte 10.11.2026, sak 112/26

        Kontaktpersoner står i dokumentkontrolltabellen på forsiden av DPIA-en. Vi ønsker svar i kryptert form (PGP) eller via SvarUt.

        mvh
        Henrik
        Helse Ravnefjord HF
    """)
    dpia = SCRIBE_FRONT + "\n\n" + SCRIBE_BODY
    msg = message(
        "L003",
        "Henrik Aasland <henrik.aasland@helse-ravnefjord.no>",
        "Anmodning om forhåndsdrøftelse – KI-taleassistent (26/03871)",
        when(11, 12, 15, 22),
        body,
        attachments=[
            ("1_DPIA_KI-taleassistent_v1.0.docx", to_docx(dpia)),
            (
                "2_Personvernombudets_uttalelse_2026-11-05.pdf",
                letter_pdf(SCRIBE_DPO, SCRIBE_DPO_FOOTER, "Personvernombudets uttalelse"),
            ),
            ("3_Referat_ledermote_2026-11-10.pdf", to_pdf(SCRIBE_MINUTES, "Referat ledermøte")),
        ],
        cc=f"Guro Tjelta <{DPO_MAIL}>",
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "health_data",
            "new_technology_ai",
            "third_country_risk",
            "polished_template",
            "dpia_report_docx",
            "contact_doc_control_table_only",
            "signature_first_name_only",
            "processor_contact_table",
            "part4_in_dpo_statement",
            "risk_likelihood_consequence",
            "part5_management_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; all contacts (contact person, DPO, processor) only in the document-control table on the DPIA's front page (mail signed «Henrik»); the DPIA's chapter 5 points to the DPO's statement, which holds the whole risk assessment (S×K, measures taken, measures not taken with reasons); approval in the minutes of the CEO's management meeting",
    )


REINN_DPIA = """
# DPIA – Prediksjonsmodell for risiko for reinnleggelse (ReinnPred)

~ Mal DPIA v3.1 – Helse Ravnefjord HF · Saksnummer 26/04412 · Versjon 1.2 – 13.11.2026

| Dokumentkontroll | Navn | Rolle | Telefon | E-post
| Dokumenteier | Nils Hovland | Fagdirektør | 51 96 00 22 | nils.hovland@helse-ravnefjord.no
| Kontaktperson | Silje Årstad | Overlege, Klinikk for indremedisin | 51 96 33 02 | silje.arstad@helse-ravnefjord.no
| Personvernombud | Guro Tjelta | Personvernombud | 51 96 10 45 | guro.tjelta@helse-ravnefjord.no
| Databehandler | Ingen – modellen utvikles og driftes av Helse Ravnefjord IKT | – | – | –

# 1 Sammendrag

Helseforetaket vil ta i bruk en maskinlæringsmodell som ved utskrivning beregner hvor sannsynlig det er at pasienten blir lagt inn igjen innen 30 dager. Pasienter med høy skår får tilbud om oppfølgingssamtale fra sykepleier og tidlig time hos fastlege. Modellen er trent på data fra 61 000 innleggelser 2019–2024.

# 2 Beskrivelse av behandlingen

## 2.1 Formål og sammenheng

Redusere reinnleggelser hos eldre og kronisk syke, og bruke oppfølgingsressursene der de trengs mest. Skåren er et beslutningsstøtteverktøy; sykepleier og lege avgjør hvem som får tilbud.

## 2.2 Opplysninger og kilder

Fra DIPS: alder, kjønn, diagnoser (ICD-10), antall innleggelser siste år, legemidler ved utskrivning, laboratoriesvar, liggetid, bosted (postnummer) og om pasienten bor alene. Ingen data hentes utenfra. Om lag 25 000 pasienter per år får en skår.

## 2.3 Mottakere og ansvar

Skåren vises i DIPS for behandlende lege og utskrivningskoordinator. Den sendes ikke til fastlege eller kommune. Klinikk for indremedisin eier tjenesten; Helse Ravnefjord IKT drifter modellen på egne servere. Ingen databehandler.

## 2.4 Informasjonssikkerhet

Modellen kjører i helseforetakets datasenter. Treningsdata er pseudonymisert og ligger i forskningsserveren med tilgang for tre navngitte personer. Tilgang til skåren følger tilgangsstyringen i DIPS; alle oppslag logges.

# 3 Rettslig grunnlag

Art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf. spesialisthelsetjenesteloven § 2-1a og pasientjournalloven § 19 (behandlingsrettet bruk). Bruk av historiske data til utvikling: helsepersonelloven § 29 og dispensasjon fra taushetsplikt gitt av Helsedirektoratet 12.03.2026.

# 4 Nødvendighet og forholdsmessighet

Dagens praksis er at utskrivningskoordinator vurderer risiko skjønnsmessig. En studie ved foretaket i 2024 viste at bare 40 % av pasientene som ble lagt inn igjen, var vurdert som risikopasienter. Enklere regelbaserte skårer (LACE) ble testet og ga klart dårligere treff. Modellen bruker bare opplysninger som allerede finnes i journalen og som er relevante for risikoen; etnisitet og fødeland er bevisst utelatt, og postnummer er aggregert til region. Skåren brukes bare til å tilby noe, aldri til å nekte behandling.

Tiltak for de registrertes rettigheter:
- Informasjon om modellen på helseforetakets nettside og i utskrivningsbrevet.
- Pasienten får vite at skåren er brukt og kan be om forklaring på hvilke forhold som bidro mest.
- Pasienten kan reservere seg mot at skåren beregnes (registreres i DIPS).
- Ingen automatiserte avgjørelser: skåren er alltid vurdert av helsepersonell.
- Innsyn i skåren via journalinnsyn.

# 5 Planlagte tiltak og videre prosess

Modellen valideres på nytt hvert halvår, med egen analyse av treff for kvinner/menn og for aldersgrupper.

# 6 Risikovurdering

Se separat risikovurdering, oversendt Datatilsynet 12.11.2026.

# 7 Konklusjon

Prosjektet anbefaler innføring. Restrisikoen for diskriminering og for at pasienter opplever å bli «stemplet» er vurdert som høy, og helseforetaket ber derfor om forhåndsdrøftelse.
"""

REINN_DECISION = """
# Beslutningsnotat

~ Til: Fagdirektør
~ Fra: Klinikk for indremedisin
~ Dato: 16.11.2026 · Sak 26/04412-11

## Sak

DPIA for ReinnPred, prediksjonsmodell for risiko for reinnleggelse, versjon 1.2.

## Grunnlag for beslutningen

DPIA versjon 1.2, separat risikovurdering (05.11.2026), personvernombudets kommentarer (06.11.2026), innspill fra brukerutvalget (møte 09.11.2026) og fra foretakstillitsvalgte for sykepleierne. Funnene ble presentert i klinikkledermøtet 12.11.2026.

## Beslutning

Fagdirektøren godkjenner DPIA-en med restrisiko som beskrevet, og beslutter at helseforetaket ber Datatilsynet om forhåndsdrøftelse før modellen tas i bruk.

Godkjent elektronisk i Elements 16.11.2026: Nils Hovland, fagdirektør (på fullmakt fra administrerende direktør)
"""


def c023() -> tuple[EmailMessage, Label]:
    body = txt("""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – ReinnPred, prediksjonsmodell for reinnleggelse (vår ref. 26/04412)

        Helse Ravnefjord HF ber om forhåndsdrøftelse for innføring av en maskinlæringsmodell som beregner risiko for reinnleggelse ved utskrivning. Vedlagt følger DPIA versjon 1.2 og beslutningsnotatet fra fagdirektøren.

        Risikovurderingen ble sendt dere i forrige uke av personvernombudet (e-post 12. november, med emne «ReinnPred – risikovurdering»), og vi sender den derfor ikke på nytt. Vi ber om at den journalføres sammen med denne anmodningen.

        Vennlig hilsen

        Silje Årstad
        overlege, Klinikk for indremedisin
        Helse Ravnefjord HF
        Tlf. 51 96 33 02
        silje.arstad@helse-ravnefjord.no
    """)
    msg = message(
        "L023",
        "Silje Årstad <silje.arstad@helse-ravnefjord.no>",
        "Anmodning om forhåndsdrøftelse – ReinnPred (26/04412)",
        when(11, 17, 11, 2),
        body,
        attachments=[
            ("DPIA_ReinnPred_v1.2.pdf", to_pdf(REINN_DPIA, "DPIA ReinnPred")),
            (
                "Beslutningsnotat_fagdirektor_26-04412-11.pdf",
                letter_pdf(REINN_DECISION, FOOTER, "Beslutningsnotat"),
            ),
        ],
        cc=f"Guro Tjelta <{DPO_MAIL}>",
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "health_data",
            "profiling",
            "polished_template",
            "dpia_report_pdf",
            "contact_doc_control_table",
            "processor_none_stated",
            "part4_sent_earlier_not_attached",
            "refers_to_earlier_messages",
            "part5_decision_letter_pdf",
        ),
        "none",
        True,
        "none",
        "incomplete twin: «Risikovurderingen ble sendt dere i forrige uke … vi sender den derfor ikke på nytt» and the DPIA's chapter 6 says «Se separat risikovurdering»; no risk assessment anywhere in this message → part 4 missing; the DPIA names risks only in passing in its conclusion; contacts in the front-page table, approval in the decision note (signed electronically in Elements)",
        (4,),
    )


def c043() -> tuple[EmailMessage, Label]:
    body = txt("""
        Til Datatilsynet

        FORELØPIG MELDING OM BRUDD PÅ PERSONOPPLYSNINGSSIKKERHETEN

        Helse Ravnefjord HF melder med dette et mulig brudd på personopplysningssikkerheten hos vår databehandler Clinvoice Nordic AB. Meldingen er også sendt via Datatilsynets meldeskjema i Altinn i dag kl. 09.10 (referanse AR-48810275). Vi sender denne e-posten i tillegg fordi bruddet gjelder løsningen som vi har bedt om forhåndsdrøftelse for (anmodning av 12. november, vår ref. 26/03871), slik at saksbehandleren der blir kjent med det.

        Hva har skjedd
        Under akseptansetesten 23.–25. november ble 14 konsultasjoner tatt opp med pasientenes skriftlige samtykke til testformål. Clinvoice varslet oss 27. november kl. 16.40 om at en lagringskonto i testmiljøet deres hadde hatt feil tilgangsinnstilling i om lag 30 timer, slik at transkripsjonene kunne leses av alle med lenken. Clinvoice har så langt ikke funnet spor av at noen utenforstående har åpnet filene, men loggene er ikke fullstendige.

        Hvilke opplysninger
        Transkripsjoner av 14 konsultasjoner i lungepoliklinikken (helseopplysninger, navn nevnt i samtalen). Lydopptakene var slettet og er ikke berørt.

        Tiltak
        Tilgangen ble stengt 27. november kl. 17.05. Transkripsjonene er slettet. Testen er stanset til Clinvoice har levert hendelsesrapport. De 14 pasientene blir kontaktet av behandlende lege i neste uke.

        Vi vil sende endelig melding når hendelsesrapporten fra Clinvoice foreligger. Dette påvirker ikke DPIA-en vi sendte 12. november, men vi vil oppdatere risikovurderingen (risiko 3) og ettersende den.

        Kontakt
        Henrik Aasland, prosjektleder, 926 40 118, henrik.aasland@helse-ravnefjord.no
        Guro Tjelta, personvernombud, 51 96 10 45 / 474 02 913, guro.tjelta@helse-ravnefjord.no
        Clinvoice Nordic AB: Elin Berggren, +46 8 525 03 440, elin.berggren@clinvoice.se

        Med vennlig hilsen
        Guro Tjelta
        personvernombud, Helse Ravnefjord HF
    """)
    msg = message(
        "L043",
        f"Guro Tjelta <{DPO_MAIL}>",
        "Foreløpig melding om brudd på personopplysningssikkerheten – Clinvoice (jf. 26/03871)",
        when(11, 28, 10, 18),
        body,
        cc="Henrik Aasland <henrik.aasland@helse-ravnefjord.no>",
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "health_data",
            "nonrequest_breach_notification",
            "refers_to_earlier_messages",
            "contact_body_lines",
            "mentions_prior_consultation",
        ),
        "none",
        False,
        "used",
        "preliminary breach notification (also filed in Altinn) sent by e-mail because it concerns the solution of the pending request L003; not a request; parts labelled as they are: all contacts incl. the processor given (1 present), a short account of the incident but no systematic description, no necessity, no risk assessment (to be updated and «ettersendt»), no approval",
        (2, 3, 4, 5),
    )


SENSOR_DPIA = """
# Vurdering av personvernkonsekvenser (DPIA)

# Sensor- og kamerabasert nattilsyn på pasientrom, Akuttpsykiatrisk sengepost (AP2)

~ Mal DPIA v3.1 – Helse Ravnefjord HF
~ Saksnummer: 26/09876 · Versjon 1.0 – 20.11.2026 – Godkjent

| Dokumentkontroll | Navn | Rolle | Telefon | E-post
| Dokumenteier | Lars Tveit | Klinikksjef psykisk helsevern | 51 96 40 01 | lars.tveit@helse-ravnefjord.no
| Kontaktperson | Tor Inge Vassbø | Avdelingssjef akuttpsykiatri | 51 96 48 70 | tor.inge.vassbo@helse-ravnefjord.no
| Personvernombud | Guro Tjelta | Personvernombud | 474 02 913 | guro.tjelta@helse-ravnefjord.no
| Databehandler | Nattvakt Sensor AS v/ Kristoffer Lind | Prosjektleder leverandør | 477 33 918 | kristoffer.lind@nattvaktsensor.no

| Versjon | Dato | Endring | Av
| 0.3 | 15.10.2026 | Utkast til risikoworkshop | TIV
| 0.8 | 06.11.2026 | Risikovurdering og tiltak etter workshop 03.11 | TIV/GT
| 1.0 | 20.11.2026 | Godkjent, se kapittel 7 | TIV

# 1 Sammendrag

Akuttpsykiatrisk sengepost AP2 har 14 senger for pasienter med alvorlig psykisk lidelse, mange med selvmordsrisiko. I dag gjøres nattilsyn ved at personalet åpner døren og lyser inn hvert 15. eller 30. minutt. Vi vil erstatte dette med sensorer (radar for bevegelse og pust) og et kamera som kan vise et nedtonet bilde ved alarm eller når personalet aktivt velger tilsyn. Restrisikoen er høy på tre punkter.

# 2 Beskrivelse av behandlingen

## 2.1 Formål

Oppdage selvskading, fall og pustestans raskere, og gi pasientene bedre søvn ved færre fysiske tilsyn.

## 2.2 Art, omfang og sammenheng

- Registrerte: innlagte pasienter på AP2 (ca. 600 innleggelser per år), ofte under tvungent psykisk helsevern.
- Opplysninger: radardata (bevegelse, pust, fall), alarmer, nedtonet videobilde ved tilsyn (ingen lagring), logg over tilsyn og hvem som så.
- Sensorene er aktive kl. 22–07. Kameraet kan bare aktiveres fra vaktrommet i maks 30 sekunder og varsles med et lite lys i taket.
- Tilsynsfrekvens bestemmes av lege i hvert enkelt tilfelle og journalføres.

## 2.3 Kilder, mottakere, ansvar

Kilde er sensoren og kameraet på rommet. Alarmer og tilsynslogg overføres til DIPS som journalnotat. Ingen utlevering. Nattvakt Sensor AS er databehandler for plattformen (drift i Norge, databehandleravtale 01.10.2026). Klinikksjef er systemeier.

## 2.4 Informasjonssikkerhet

Lukket nett, kryptering, tilgang kun for vaktrommets arbeidsstasjon med personlig pålogging, logging og månedlig kontroll. ROS-analyse for plattformen datert 02.10.2026.

# 3 Rettslig grunnlag

Art. 6 nr. 1 bokstav c og e, art. 9 nr. 2 bokstav h, jf. spesialisthelsetjenesteloven § 2-2 (forsvarlighet), psykisk helsevernloven § 4-1 og pasientjournalloven. Kameratilsyn i pasientrom er et inngrep som krever særskilt vurdering etter psykisk helsevernloven § 4-2.

# 4 Nødvendighet og forholdsmessighet

Fysisk tilsyn vekker pasientene og oppleves av mange som krenkende; brukerrepresentantene har beskrevet det som «å bli lyst på hele natten». Radar uten kamera er førstevalget og skal brukes for alle pasienter. Kamera er bare nødvendig for pasienter med høy selvmordsrisiko der lege har vurdert at radar alene ikke gir godt nok grunnlag, og bare etter et individuelt, tidsbegrenset vedtak som journalføres og kan påklages til kontrollkommisjonen.

Tiltak og garantier:
- Informasjon muntlig ved innkomst og skriftlig i velkomstheftet, tilpasset pasientens tilstand; gjentas når pasienten er i stand til å forstå.
- Kameravedtak er individuelle, tidsbegrenset til 72 timer om gangen og evalueres ved hver visitt.
- Pasienten kan klage på vedtaket; pasient- og brukerombudet informeres om ordningen.
- Ingen lagring av video; innsyn i tilsynslogg via journalinnsyn.
- Lys i taket viser når kameraet er aktivt.

# 5 Risikovurdering

S og K 1–5; risiko = S×K; 15 eller mer er høy.

| Nr | Risiko for pasienten | S | K | Før | Tiltak gjennomført | Etter
| 1 | Pasienten opplever kameraet som krenkende og forverring av paranoide forestillinger | 4 | 4 | 16 | Radar som førstevalg, individuelle vedtak, lys ved aktivering | 12
| 2 | Kameraet brukes som erstatning for menneskelig kontakt og oppfølging | 3 | 5 | 15 | Minstekrav til fysisk tilsyn i prosedyren, fagrevisjon | 15
| 3 | Pasienten kan ikke forstå informasjonen eller benytte klageadgang | 4 | 4 | 16 | Gjentatt informasjon, kontrollkommisjon og pasient- og brukerombud orientert | 16
| 4 | Uberettiget innsyn fra ansatte | 2 | 4 | 8 | Tilgang kun fra vaktrom, logg og kontroll | 4
| 5 | Feilalarmer eller manglende alarm gir falsk trygghet | 3 | 5 | 15 | Testperiode på to rom, parallell fysisk tilsyn i 3 måneder | 10

Tiltak vurdert, men ikke gjennomført: lagring av video i 24 timer for å kunne etterprøve hendelser (forkastet fordi det øker inngrepet); kamera uten mulighet for manuell aktivering (forkastet fordi personalet da ikke kan se til pasienter som ligger helt stille); automatisk varsling av pårørende (forkastet, pasientens samtykke kreves).

Samlet vurdering: risiko 2 og 3 er høye også etter tiltak. Risiko 1 er redusert til middels.

# 6 Personvernombudets vurdering

Personvernombudet har deltatt i workshopen og anbefaler forhåndsdrøftelse (uttalelse 12.11.2026, sak 26/09876-7).

# 7 Ledelsens behandling og beslutning

Utdrag fra Elements, sak 26/09876, journalpost 26/09876-9, dokumenttype N:

«Klinikkledermøtet i Klinikk for psykisk helsevern behandlet 17.11.2026 DPIA for sensor- og kamerabasert nattilsyn (versjon 0.8). Møtet gikk gjennom presentasjonen fra avdelingssjef, risikovurderingen og personvernombudets uttalelse. Brukerrådet i klinikken og tillitsvalgte for sykepleierne har gitt innspill, som er tatt inn i kapittel 4. Beslutning: DPIA-en godkjennes med endringene innarbeidet i versjon 1.0. Helseforetaket ber Datatilsynet om forhåndsdrøftelse før tiltaket tas i bruk. Beslutningen er tatt av klinikksjef Lars Tveit etter fullmakt fra administrerende direktør.» Godkjent i Elements 18.11.2026.
"""


def c004() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei

        Helse Ravnefjord HF ber om forhåndsdrøftelse for sensor- og kamerabasert nattilsyn på akuttpsykiatrisk sengepost. DPIA-en (Mal DPIA v3.1) ligger vedlagt og inneholder også ledelsens beslutning (kapittel 7). Kontaktinformasjon finner dere på forsiden.

        Hilsen
        Tor Inge
    """)
    msg = message(
        "L004",
        "Tor Inge Vassbø <tor.inge.vassbo@helse-ravnefjord.no>",
        "Anmodning om forhåndsdrøftelse – nattilsyn AP2 (26/09876)",
        when(11, 23, 14, 51),
        body,
        attachments=[("DPIA_nattilsyn_AP2_v1.0.pdf", to_pdf(SENSOR_DPIA, "DPIA nattilsyn AP2"))],
        cc=f"Personvernombudet <{DPO_MAIL}>",
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "health_data",
            "psychiatry",
            "polished_template",
            "dpia_report_pdf",
            "version_log",
            "contact_doc_control_table_only",
            "signature_first_name_only",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "part5_decision_quoted_case_system",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; contacts only in the front-page document-control table (mail signed «Tor Inge»); approval as the decision quoted from Elements inside chapter 7 of the DPIA (review of presentation, risk, DPO statement, stakeholder input, decision)",
    )


KOLS_CH6 = """
# DPIA – Digital hjemmeoppfølging av pasienter med KOLS og hjertesvikt

~ Sak 26/08120 · KORRIGERT KAPITTEL 6 – erstatter kapittel 6 i versjon 1.0 av 03.11.2026
~ Versjon 1.0a – 19.11.2026

# 6 Risikovurdering

## 6.1 Metode

Risikoen er vurdert for pasientenes rettigheter og friheter i arbeidsmøte 14.11.2026 (prosjektgruppen, personvernombudet, to sykepleiere fra lungepoliklinikken, to representanter fra brukerutvalget). Sannsynlighet og konsekvens 1–4. Plattformen driftes av Helse Ravnefjord IKT i eget datasenter; det er ingen ekstern databehandler i løsningen.

## 6.2 Risikotabell

| Nr | Risiko | S | K | Tiltak gjennomført | Restrisiko
| R1 | Pasienten føler seg presset til å delta og rapportere daglig for å beholde tett oppfølging | 3 | 3 | Frivillig deltakelse, skriftlig informasjon om at vanlig oppfølging fortsetter ved nei | Middels
| R2 | Målinger som viser forverring blir ikke sett i helgen, pasienten tror noen følger med | 3 | 4 | Tydelig informasjon om åpningstider, automatisk beskjed til pasienten om å ringe legevakt ved rødt flagg | Høy
| R3 | Pårørende får tilgang til pasientens målinger via delt nettbrett | 3 | 3 | Personlig PIN, mulighet for egen bruker, veiledning ved oppstart | Middels
| R4 | Opplysninger om daglig helsetilstand samles over lang tid og gir detaljert profil | 2 | 3 | Målinger eldre enn 12 måneder slettes fra plattformen, bare oppsummering i journal | Lav
| R5 | Nettbrett på avveie | 2 | 3 | Fjernsletting, kryptering, PIN | Lav

## 6.3 Tiltak vurdert, men ikke gjennomført

- Døgnbemannet oppfølgingssentral: ikke finansiert; vurderes på nytt ved utvidelse i 2028.
- Automatisk varsling til fastlege ved rødt flagg: avventer avklaring med kommunene om hvem som har ansvaret.

## 6.4 Samlet vurdering

R2 er fortsatt høy. Det er denne risikoen som gjør at helseforetaket ber om forhåndsdrøftelse.
"""


def c024() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei,

        Vi viser til vår anmodning om forhåndsdrøftelse for digital hjemmeoppfølging av pasienter med KOLS og hjertesvikt, sendt 3. november (sak 26/08120).

        Ved en feil i versjonshåndteringen fikk dere en versjon der kapittel 6 (risikovurdering) var fra første workshop i september, før brukerutvalget var med. Vedlagt er korrigert kapittel 6, som erstatter kapittel 6 i dokumentet vi sendte 3. november. Resten av DPIA-en og de andre vedleggene er uendret, og vi sender dem ikke på nytt.

        Beklager ulempen.

        Vennlig hilsen
        Anne Grethe Myklebust
        rådgiver, Avdeling for digitalisering og e-helse
        Helse Ravnefjord HF
        Mob. 951 27 733 · anne.grethe.myklebust@helse-ravnefjord.no

        Kopi: personvernombud Guro Tjelta, tlf. 51 96 10 45, guro.tjelta@helse-ravnefjord.no
    """)
    msg = message(
        "L024",
        "Anne Grethe Myklebust <anne.grethe.myklebust@helse-ravnefjord.no>",
        "Korrigert kapittel 6 – forhåndsdrøftelse digital hjemmeoppfølging (26/08120)",
        when(11, 20, 12, 36),
        body,
        attachments=[("DPIA_hjemmeoppfolging_kap6_korrigert_v1.0a.docx", to_docx(KOLS_CH6))],
        cc=f"Guro Tjelta <{DPO_MAIL}>",
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "health_data",
            "resend_partial",
            "replaces_earlier_message",
            "refers_to_earlier_messages",
            "dpia_report_docx",
            "contact_signature",
            "contact_dpo_body_line",
            "processor_none_stated",
            "risk_likelihood_consequence",
        ),
        "none",
        True,
        "none",
        "resend that repeats only some: a corrected chapter 6 that replaces chapter 6 of the 3 November DPIA; this message holds contacts (contact person in the signature, DPO in the «Kopi» line; in-house operation, no processor) and the risk assessment; the description, necessity/proportionality and approval were in the earlier message and are not repeated → 2, 3, 5 missing",
        (2, 3, 5),
    )


RADIO_DPIA = """
# DPIA – Talegjenkjenning ved diktering i radiologi (oppgradering)

~ Mal DPIA v3.1 – Helse Ravnefjord HF · Sak 26/07731 · Versjon 1.0 – 27.10.2026

| Dokumentkontroll | Navn | Rolle | Telefon | E-post
| Dokumenteier | Mona Kristiansen | Klinikksjef medisinsk service | 51 96 50 01 | mona.kristiansen@helse-ravnefjord.no
| Kontaktperson | Eirik Sæbø | Seksjonsleder radiologi | 51 96 52 40 | eirik.sabo@helse-ravnefjord.no
| Personvernombud | Guro Tjelta | Personvernombud | 51 96 10 45 | guro.tjelta@helse-ravnefjord.no
| Databehandler | Dictanor AS v/ Vibeke Holm | Kundeansvarlig | 22 91 40 66 | vibeke.holm@dictanor.no

# 1 Beskrivelse

Radiologene dikterer beskrivelser av bildeundersøkelser. Talegjenkjenning har vært i bruk siden 2015. Oppgraderingen flytter talegjenkjenningen fra lokal server til Dictanor sin norske skytjeneste (drift i Oslo). Lydfilene slettes etter at teksten er godkjent av radiologen (normalt innen 2 timer). Registrerte er pasientene (ca. 180 000 undersøkelser per år) og radiologene (stemmeprofil). Ingen nye mottakere.

# 2 Nødvendighet og forholdsmessighet

Lokal server er utgått og kan ikke oppgraderes. Skytjenesten behandler de samme opplysningene som i dag, med kortere lagringstid for lyd enn dagens løsning (30 dager). Pasientene informeres gjennom personvernerklæringen; radiologene har fått informasjon og kan be om sletting av stemmeprofilen.

# 3 Risikovurdering

| Risiko | S | K | Tiltak | Rest
| Lyd på avveie hos databehandler | 1 | 3 | Kryptering, drift i Norge, sletting etter godkjenning | Lav
| Feil i tekst ved talegjenkjenning | 2 | 3 | Radiologen godkjenner all tekst, som i dag | Lav
| Stemmeprofil brukt til annet formål | 1 | 2 | Kontraktsfestet formålsbegrensning | Lav

Ikke gjennomført: lokal drift (utgått maskinvare, ikke forsvarlig å videreføre).

Restrisikoen er lav. Det er ikke behov for forhåndsdrøftelse.

# 4 Godkjenning

Godkjent av klinikksjef Mona Kristiansen i klinikkledermøtet 02.11.2026 etter presentasjon av seksjonsleder og uttalelse fra personvernombudet; radiologenes tillitsvalgte har vært hørt. Registrert i Elements 26/07731-5.
"""


def c044() -> tuple[EmailMessage, Label]:
    body = txt("""
        Til Datatilsynet

        Til orientering oversender vi DPIA for oppgradering av talegjenkjenning i radiologi (sak 26/07731).

        Vurderingen viser lav restrisiko, og vi ber ikke om forhåndsdrøftelse. Bakgrunnen for at vi sender den, er at Datatilsynet i sitt svar til oss i sak 25/01972 (talegjenkjenning i akuttmottaket) ba om å bli holdt orientert om videre bruk av talegjenkjenning i helseforetaket. Dere trenger ikke svare på denne e-posten.

        Med vennlig hilsen
        Guro Tjelta
        personvernombud
        Helse Ravnefjord HF
        51 96 10 45 | 474 02 913
    """)
    msg = message(
        "L044",
        f"Guro Tjelta <{DPO_MAIL}>",
        "Til orientering: DPIA talegjenkjenning radiologi (26/07731)",
        when(11, 16, 9, 4),
        body,
        attachments=[
            (
                "DPIA_talegjenkjenning_radiologi_v1.0.pdf",
                to_pdf(RADIO_DPIA, "DPIA talegjenkjenning"),
            )
        ],
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "health_data",
            "nonrequest_dpia_for_information",
            "prior_consultation_declined",
            "refers_to_earlier_messages",
            "dpia_report_pdf",
            "contact_doc_control_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "part5_minutes_line_in_dpia",
        ),
        "none",
        False,
        "used",
        "DPIA «til orientering» with low residual risk, explicitly no prior consultation requested (sent because the authority asked to be kept informed in an earlier case); not a request; parts labelled as they are: all five present (short but substantive; approval line in the DPIA with review, DPO statement, union heard)",
    )
