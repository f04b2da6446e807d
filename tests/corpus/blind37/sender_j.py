# ruff: noqa: E501
"""Sender J: Bethania menighet Solvik (free-church congregation, 1 400 members, own kindergarten), bokmål.

Habits: the administrative leader (administrasjonsleder) and the senior pastor write; the pastor
is also daglig leder and signs covering texts himself; the DPO is a lawyer in the congregation who
gives written advice; the church council (menighetsrådet) decides and the decision is quoted;
documents are Word files, now and then the whole thing in the mail body.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import letter_pdf
from kit import Label, message, to_docx, to_pdf, txt, when

TOPICS = {
    "c019": "anonym_sjelesorgchat_ungdom",
    "c039": "stromming_gudstjenester",
    "c059": "leirpamelding_barn_helse",
    "c020": "diakonal_oppfolging_rus",
    "c040": "kamera_menighetshus_barnehage",
    "c060": "forbonnsapp",
}

LINN = "Linn Aarflot <linn@bethania-solvik.no>"
PASTOR = "Jostein Hauge <jostein.hauge@bethania-solvik.no>"
DPO = "Ruth Vatne <personvernombud@bethania-solvik.no>"
FOOTER = [
    "Bethania menighet Solvik · Kirkeveien 15, 4330 Solvik · org.nr. 971 228 645 · post@bethania-solvik.no · 51 66 20 00"
]
SIG_LINN = txt("""
    Vennlig hilsen
    Linn Aarflot
    Administrasjonsleder, Bethania menighet Solvik
    Tlf. 51 66 20 11 / 414 03 288
    linn@bethania-solvik.no
""")

CHAT_DOC = """
# Beskrivelse av behandlingen – «Prat med noen», anonym sjelesorgchat for ungdom

~ Bethania menighet Solvik · versjon 1.0 · 29.10.2026

## Kontaktpersoner

| Rolle | Navn | Telefon | E-post
| Kontaktperson | Linn Aarflot, administrasjonsleder | 414 03 288 | linn@bethania-solvik.no
| Personvernombud | Ruth Vatne, advokat | 928 14 550 | personvernombud@bethania-solvik.no
| Databehandler | Samtalen Digital AS v/ Ole Petter Rise, daglig leder | 23 50 61 77 | olepetter@samtalen.no

## Hva vi vil gjøre

Menigheten vil åpne en chat på nettsiden og i Instagram-profilen til ungdomsarbeidet, der ungdom mellom 13 og 25 år kan skrive anonymt med en av våre fire sjelesørgere (to pastorer, diakon og ungdomsleder, alle med taushetsplikt og veiledning) tre kvelder i uken. Chatten er åpen også for ungdom som ikke er medlemmer.

Ungdommene kommer til å skrive om tro og tvil, seksualitet, familiekonflikter, selvskading, rus og psykisk helse – altså særlige kategorier av personopplysninger, og ofte opplysninger om andre (foreldre, venner). Vi regner med 600–900 samtaler i året.

Hvorfor chat, og hvorfor slik: Mange ungdommer i Solvik ber om samtale med noen utenfor familien, men tør ikke møte opp på kontoret. Vi har hatt telefontid i to år med svært liten bruk. Chat er det ungdommene selv har bedt om (spørreundersøkelse i ungdomsarbeidet, 2025). Vi har valgt løsningen som krever minst opplysninger: ingen innlogging, ingen navn, IP-adresser lagres ikke hos leverandøren, og samtalen slettes automatisk 24 timer etter at den er avsluttet. Sjelesørgeren fører ikke journal. Vi vurderte å bruke Instagram direktemeldinger (enklere), men valgte det bort fordi Meta da får innholdet. Ungdommen får før chatten starter vite hvem som svarer, at samtalen er anonym og slettes, og når taushetsplikten brytes (avvergingsplikt ved fare for liv og helse, og opplysningsplikt til barnevernet). Ungdommen kan avslutte og slette samtalen selv når som helst.

## Teknisk løsning og ansvar

Samtalen Digital AS leverer chatløsningen som databehandler (servere i Norge, databehandleravtale signert 15.10.2026). Sjelesørgerne logger inn med tofaktor. Administrasjonsleder har ansvar for løsningen; hovedpastor har faglig ansvar.

## Rettslig grunnlag

Art. 6 nr. 1 bokstav f og art. 9 nr. 2 bokstav d (trossamfunn, behandling av opplysninger om personer som har regelmessig kontakt), og for ungdom som ikke er medlemmer art. 9 nr. 2 bokstav a (uttrykkelig samtykke gitt i chatten).

## Risiko

Se personvernombudets råd, der risikovurderingen er skrevet inn.
"""

CHAT_DPO = """
~ Til: Hovedpastor Jostein Hauge og eldsterådet
~ Fra: Personvernombudet, Ruth Vatne
~ Solvik, 1. november 2026

# Personvernombudets råd om «Prat med noen»

Jeg har gått gjennom beskrivelsen og holdt et møte med de fire sjelesørgerne og to ungdommer 30. oktober, der vi vurderte hva som kan gå galt for ungdommene. Vurderingen er gjengitt her.

## Risikovurdering

| Risiko for ungdommen | Sannsynlighet | Konsekvens | Tiltak som er gjort | Vurdering etter tiltak
| Ungdom i akutt krise får ikke hjelp raskt nok (chatten er bemannet bare tre kvelder) | Middels | Svært høy | Automatisk melding med 113/Kirkens SOS når chatten er stengt; rutine for avverging | Høy
| Ungdommen blir identifisert ut fra det som skrives (lite sted, alle kjenner alle) | Høy | Høy | Anonym chat, sletting etter 24 t, sjelesørgere med taushetsplikt | Høy
| Sjelesørger bruker innhold fra samtalen i annen sammenheng (menighetsliv, familie) | Lav | Høy | Taushetserklæring, veiledning, ingen journal | Middels
| Opplysninger om tro og seksualitet kommer på avveie hos leverandøren | Lav | Høy | Databehandleravtale, kryptering, norske servere | Lav
| Foreldre får vite at barnet har chattet (delt mobil/PC) | Middels | Middels | Ingen e-post eller SMS fra tjenesten, råd om privat nettleser | Middels

Tiltak som er vurdert, men ikke gjennomført: bemanning hver kveld (ikke nok frivillige med kompetanse); lagring av samtaler i 30 dager for veiledning av sjelesørgerne (valgt bort av hensyn til ungdommene).

## Mitt råd

To av risikoene er høye også etter tiltakene. Jeg anbefaler at menigheten ber Datatilsynet om forhåndsdrøftelse før chatten åpner.

~ Ruth Vatne
~ advokat, personvernombud · 928 14 550
"""


def c019() -> tuple[EmailMessage, Label]:
    body = txt("""
        Til Datatilsynet

        Bethania menighet Solvik ber om forhåndsdrøftelse før vi åpner en anonym sjelesorgchat for ungdom, «Prat med noen».

        Vedlagt er beskrivelsen av behandlingen (med kontaktpersoner) og personvernombudets råd, som også inneholder risikovurderingen.

        Som hovedpastor og daglig leder har jeg behandlet saken sammen med eldsterådet i møte 3. november. Vi gikk gjennom beskrivelsen, personvernombudets risikovurdering og råd, og innspillene fra ungdomsrådet og fra foreldrene i ungdomsarbeidet. Jeg godkjenner vurderingen, og vi har besluttet å be om forhåndsdrøftelse før chatten tas i bruk.

        Med vennlig hilsen

        Jostein Hauge
        hovedpastor og daglig leder
        Bethania menighet Solvik
        934 41 080
    """)
    msg = message(
        "L019",
        PASTOR,
        "Anmodning om forhåndsdrøftelse – anonym sjelesorgchat for ungdom",
        when(11, 5, 18, 12),
        body,
        attachments=[
            ("Beskrivelse_Prat_med_noen.docx", to_docx(CHAT_DOC)),
            (
                "Personvernombudets_rad_Prat_med_noen.pdf",
                letter_pdf(CHAT_DPO, FOOTER, "Personvernombudets råd"),
            ),
        ],
        cc=f"{DPO}, {LINN}",
    )
    return msg, Label(
        "nb",
        (
            "faith_community",
            "children",
            "religious_beliefs",
            "health_data",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "part3_inside_description",
            "part4_in_dpo_statement",
            "risk_words_likelihood_consequence",
            "part5_ceo_sentence_cover_letter",
        ),
        "none",
        True,
        "used",
        "complete with parts out of place: necessity/proportionality and the youths' safeguards argued inside «Hva vi vil gjøre» of the description; the risk assessment only inside the DPO's written advice; approval as the senior pastor's (daily manager's) own sentence in the mail he signs (reviewed with the elders' council, stakeholders, decision)",
    )


def c039() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei,

        Bethania menighet Solvik ber om forhåndsdrøftelse for strømming av gudstjenester og møter på nett.

        Vedlagt er vår vurdering av personvernkonsekvenser. Kontaktpersoner:
        - Linn Aarflot, administrasjonsleder, 414 03 288, linn@bethania-solvik.no
        - Personvernombud Ruth Vatne, 928 14 550, personvernombud@bethania-solvik.no
        - Databehandler: KirkeStream AS, Jonatan Bø, 400 91 625, jonatan@kirkestream.no

        Menighetsrådet behandler vurderingen i møtet 14. desember. Vi sender protokollen når den er godkjent, men ville ikke vente med å sende anmodningen, siden vi gjerne vil strømme fra påske.

    """)
        + "\n"
        + SIG_LINN
    )
    doc = """
# Vurdering av personvernkonsekvenser – strømming av gudstjenester

~ Bethania menighet Solvik · 20.11.2026

## 1 Hva skal gjøres

Menigheten vil strømme alle søndagsgudstjenester, bønnemøter og enkelte seminarer på menighetens YouTube-kanal og via KirkeStream AS (databehandler, lagring i Norge). Tre faste PTZ-kameraer i kirkesalen filmer talerstol, lovsangsteam og første del av salen. Opptak ligger ute i 30 dager. Om lag 350 personer deltar på en vanlig søndag, inkludert barn, og gudstjenestene inneholder forbønn for navngitte personer, vitnesbyrd og nattverd.

## 2 Nødvendighet og forholdsmessighet

Formålet er at eldre, syke og andre som ikke kan møte, kan delta. Under pandemien strømmet vi med én mobil, og mange eldre har bedt om at det gjenopptas. Vi har vurdert lydoverføring alene (radio), men mange ønsker å se gudstjenesten. For å begrense inngrepet filmer kameraene ikke salen bak 3. benkerad, og vi har «ikke filmet»-soner på galleriet og bak i salen, merket med skilt. Forbønn for navngitte personer og vitnesbyrd strømmes bare når personen har samtykket. Barnekor og barn på scenen vises bare med foreldrenes samtykke. Man kan be om at et opptak redigeres eller slettes. Informasjon gis på skilt, på nettsiden, i menighetsbladet og muntlig fra møteleder.

## 3 Risikovurdering

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Etter tiltak
| Deltakelse i gudstjeneste avslører religiøs overbevisning for personer som ikke ønsker det kjent (f.eks. konvertitter) | Middels | Svært høy | Ikke-filmet-soner, kamera bare mot scenen og tre benkerader | Høy
| Personer som ber om forbønn omtales med helseopplysninger på nett | Middels | Høy | Samtykke, møteleder briefet | Middels
| Opptak lastes ned og deles videre utenfor menighetens kontroll | Høy | Middels | 30 dager, ingen nedlasting via KirkeStream, men YouTube kan ikke hindre skjermopptak | Høy
| Barn vises uten samtykke | Lav | Høy | Rutine for barnekor | Lav

Vurdert, ikke gjennomført: strømming bare med innlogging for medlemmer (utelukker de som søker kontakt med menigheten); ingen bruk av YouTube (KirkeStream alene når ikke frem på smart-TV hos de eldre).

## 4 Godkjenning

Legges fram for menighetsrådet 14.12.2026.
"""
    msg = message(
        "L039",
        LINN,
        "Forhåndsdrøftelse – strømming av gudstjenester",
        when(11, 23, 10, 40),
        body,
        attachments=[("DPIA_stromming_gudstjenester.docx", to_docx(doc))],
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "faith_community",
            "religious_beliefs",
            "video_streaming",
            "contact_body_lines",
            "processor_contact_in_body",
            "dpia_report_docx",
            "headings_numbered",
            "risk_words_likelihood_consequence",
            "part5_future_meeting",
            "part5_will_follow",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: the church council considers the DPIA on 14 December and the minutes will be sent when approved («ville ikke vente med å sende anmodningen»); the DPIA's chapter 4 says only «Legges fram for menighetsrådet»",
        (5,),
    )


CAMP_DPIA = """
# Vurdering av personvernkonsekvenser – nytt påmeldingssystem for leirer og barne- og ungdomsarbeid

~ Bethania menighet Solvik · Versjon 1.0 · 18.11.2026 · Utarbeidet av Simen Tjøstheim (ungdomsleder) med hjelp fra personvernombudet

## 1 Kontaktinformasjon

| Rolle | Navn | Telefon | E-post
| Kontaktperson | Simen Tjøstheim, ungdomsleder | 976 20 554 | simen@bethania-solvik.no
| Personvernombud | Ruth Vatne | 928 14 550 | personvernombud@bethania-solvik.no
| Databehandler | Påmeldt AS v/ Karoline Dyb, kundeansvarlig | 21 42 18 90 | karoline.dyb@pameldt.no

## 2 Beskrivelse av behandlingen

Menigheten arrangerer seks leirer i året (sommerleir, tweensleir, konfirmantleir m.fl.) og har ukentlige barne- og ungdomsgrupper med til sammen om lag 450 barn og unge fra 6 til 18 år. I dag samles påmeldinger på papir og i e-post, og helseopplysninger ligger i permer som tas med på leir. Vi vil ta i bruk Påmeldt AS sitt system, der foresatte melder på og registrerer: barnets navn, fødselsdato, foresattes kontaktinformasjon, allergier, medisiner, diagnoser som lederne må kjenne til (f.eks. epilepsi, diabetes, ADHD), tilrettelegging, samtykke til bilder, og om barnet er medlem/døpt i menigheten (brukes for pris og for konfirmasjon). Ledere (om lag 60 frivillige) ser deltakerliste; bare leirsjef og leirsykepleier ser helseopplysninger. Helseopplysninger slettes 30 dager etter leiren; øvrige opplysninger 3 år (for å kunne invitere tidligere deltakere, med mulighet til å reservere seg). Påmeldt AS er databehandler med drift i Norge.

## 3 Nødvendighet og forholdsmessighet

Helseopplysninger er nødvendige for barnas sikkerhet på leir; dagens papirløsning gjør at opplysningene ofte er utdaterte og at permene har blitt glemt igjen to ganger. Vi samler bare det lederne trenger: vi spør ikke om diagnoser generelt, bare om forhold som krever tiltak på leir, og foresatte velger selv hva de oppgir. Medlemskap/dåp brukes bare til pris og konfirmasjon, og barn som ikke er medlemmer er like velkomne. Foresatte får informasjon i påmeldingen, kan se og endre alt de har registrert, trekke bildesamtykke, og be om sletting. Barn over 15 melder seg på selv til ungdomsleir og får egen informasjon.

## 4 Risikovurdering

| Risiko | S (1-4) | K (1-4) | Tiltak | Restrisiko
| Frivillige ledere ser eller deler helseopplysninger om barn de kjenner privat | 3 | 4 | Bare leirsjef og sykepleier har tilgang, taushetserklæring, logg | Høy
| Opplysninger om tro (medlem/døpt) og helse samles om barn i ett system | 2 | 4 | Tilgangsstyring, sletting, databehandleravtale | Middels
| Helseopplysninger ikke tilgjengelig når de trengs (nett på leirsted) | 2 | 4 | Utskrift i forseglet konvolutt til sykepleier, makuleres etter leir | Middels
| Bilder publiseres uten samtykke | 2 | 3 | Samtykkeliste i appen, opplæring | Lav

Tiltak vurdert, ikke gjennomført: helt atskilt helseskjema på papir (dagens problem); sletting av alt etter hver leir (vi mister muligheten til å invitere tilbake og til å følge opp konfirmanter).
"""


def c059() -> tuple[EmailMessage, Label]:
    inner_body = txt("""
        Hei Jostein,

        Her er DPIA-en for det nye påmeldingssystemet til leirene, slik Ruth og jeg ble ferdige med den. Kontaktinfo til meg, Ruth og Påmeldt står i kapittel 1. Risikoen for at frivillige ledere ser helseopplysninger om barn de kjenner, er fortsatt høy, så Ruth anbefaler forhåndsdrøftelse.

        Kan du ta den med til menighetsrådet og sende den videre til Datatilsynet når den er godkjent?

        Simen
    """)
    inner = message(
        "L059inner",
        "Simen Tjøstheim <simen@bethania-solvik.no>",
        "DPIA påmeldingssystem leir – til menighetsrådet",
        when(11, 19, 21, 2),
        inner_body,
        attachments=[("DPIA_pamelding_leir_v1.0.pdf", to_pdf(CAMP_DPIA, "DPIA påmelding leir"))],
        to="Jostein Hauge <jostein.hauge@bethania-solvik.no>",
        cc=DPO,
    )
    body = txt("""
        Til Datatilsynet

        Bethania menighet Solvik ber om forhåndsdrøftelse for et nytt påmeldingssystem for leirer og barne- og ungdomsarbeid, der vi skal registrere helseopplysninger og medlemskap om barn.

        DPIA-en ligger i e-posten fra ungdomsleder Simen Tjøstheim, som jeg videresender som vedlegg. Kontaktinformasjon står i kapittel 1 i DPIA-en.

        Menighetsrådet behandlet saken 1. desember, sak 47/26. Fra protokollen: «Ungdomsleder presenterte vurderingen av personvernkonsekvenser for nytt påmeldingssystem, og personvernombudets anbefaling ble lagt fram. Foreldrerepresentantene i barne- og ungdomsutvalget og leirsykepleier har gitt innspill, som er tatt med. Menighetsrådet godkjenner vurderingen. Fordi risikoen for at frivillige ledere får innsyn i helseopplysninger om barn de kjenner fortsatt er høy, ber menigheten Datatilsynet om forhåndsdrøftelse.» Protokollen er signert av menighetsrådets leder Øyvind Sele og meg.

        Med vennlig hilsen
        Jostein Hauge
        hovedpastor og daglig leder
        934 41 080
    """)
    msg = message(
        "L059",
        PASTOR,
        "Anmodning om forhåndsdrøftelse – påmeldingssystem leir og barne- og ungdomsarbeid",
        when(12, 2, 9, 36),
        body,
        forwarded=("DPIA påmeldingssystem leir – til menighetsrådet.eml", inner),
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "faith_community",
            "children",
            "health_data",
            "religious_beliefs",
            "forwarded_rfc822",
            "refers_to_earlier_messages",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "part5_council_decision_quoted",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; the DPIA (all of parts 1–4) sits inside an internal mail from the youth leader that the pastor forwards as an attached .eml; the church council's decision is quoted in the pastor's own covering text",
    )


DIAKONI_BODY = """
Til Datatilsynet

Anmodning om forhåndsdrøftelse – diakonal oppfølging av personer med rusproblemer

Bethania menighet Solvik ber om forhåndsdrøftelse. Vi har ikke noe eget dokument, så alt står i denne e-posten.

Kontaktpersoner
Diakon Marta Helland, tlf. 952 61 330, marta.helland@bethania-solvik.no (kontaktperson)
Personvernombud Ruth Vatne, tlf. 928 14 550, personvernombud@bethania-solvik.no
Vi bruker ingen databehandler: notatene føres i et kryptert dokumentarkiv på menighetens egen server, som driftes av menighetens egen vaktmester/IT-ansvarlig.

Hva vi vil gjøre
Diakonitjenesten har i flere år hatt en samtalegruppe for personer med rusproblemer og deres pårørende («Onsdagsgruppa»), og følger opp om lag 40 personer individuelt. Fra 2027 får vi tilskudd fra kommunen til å utvide tilbudet med individuell oppfølging (hjelp med NAV, bolig, følge til lege), og kommunen krever at vi kan dokumentere oppfølgingen. Vi vil derfor føre notater for hver person: navn, fødselsår, kontaktinfo, avtaler, hva det ble snakket om i korte trekk (som kan gjelde rus, helse, økonomi, familie, tro), og samtykke til kontakt med NAV/fastlege. Diakon og to frivillige likepersoner med taushetserklæring skriver notatene. Kommunen får bare antall personer og antall samtaler, ikke navn. Notatene slettes to år etter siste kontakt.

Nødvendighet og forholdsmessighet
Uten notater kan vi ikke holde oversikt over avtaler og følge opp mellom samtalene, og vi mister tilskuddet. Vi har vurdert å bare føre avtalebok uten innhold, men da kan ikke en likeperson ta over når diakonen er borte. Vi skriver så lite som mulig: ingen detaljer om rusbruk eller diagnoser, bare det som trengs for neste steg. Oppfølgingen er frivillig, og deltakelse i gruppa krever ikke at man er registrert. Den enkelte får muntlig og skriftlig informasjon, samtykker skriftlig til at notater føres, kan lese notatene om seg selv og be om retting og sletting. Tro er ikke et vilkår for hjelp, og det registreres ikke hvilken tro man har.

Risikovurdering
Vi har vurdert risikoen sammen med personvernombudet og to deltakere i Onsdagsgruppa:
1. At det blir kjent i lokalsamfunnet at en person har rusproblemer (sannsynlighet middels, konsekvens svært høy). Tiltak: taushetserklæringer, bare tre personer har tilgang, ingen navn i e-post. Etter tiltak: høy, fordi Solvik er lite og likepersonene kjenner mange.
2. At opplysninger om tro eller religiøs praksis havner i notater og brukes i menighetssammenheng (lav, høy). Tiltak: skriveregler, gjennomgang av notater hvert halvår. Etter tiltak: lav.
3. At notater kommer på avveie fordi serveren står i menighetshuset (lav, svært høy). Tiltak: kryptering, låst rom, tofaktor, backup kryptert. Etter tiltak: middels.
4. At personer føler seg presset til å samtykke for å få hjelp (middels, middels). Tiltak: hjelp gis også uten registrering, men da uten oppfølging mellom samtalene. Etter tiltak: middels.
Vurdert men ikke gjort: å kjøpe et profesjonelt journalsystem (for dyrt for oss nå, vurderes i 2028), og å la bare diakonen skrive notater (for sårbart ved sykdom).

Menighetsrådets behandling
Menighetsrådet behandlet saken 24. november, sak 44/26. Fra protokollen: «Diakonen la fram vurderingen av personvernet for diakonal oppfølging, med personvernombudets skriftlige råd og innspill fra deltakerne i Onsdagsgruppa og fra kommunens ruskonsulent. Menighetsrådet godkjenner vurderingen og vedtar å be Datatilsynet om forhåndsdrøftelse.» Protokollen er signert av leder Øyvind Sele.

Vennlig hilsen
Marta Helland
diakon, Bethania menighet Solvik
"""


def c020() -> tuple[EmailMessage, Label]:
    msg = message(
        "L020",
        "Marta Helland <marta.helland@bethania-solvik.no>",
        "Anmodning om forhåndsdrøftelse – diakonal oppfølging",
        when(11, 27, 19, 15),
        txt(DIAKONI_BODY),
    )
    return msg, Label(
        "nb",
        (
            "faith_community",
            "health_data",
            "religious_beliefs",
            "vulnerable_adults",
            "all_in_body",
            "headings_own",
            "contact_body_lines",
            "processor_none_stated",
            "risk_numbered_prose",
            "part5_council_decision_quoted",
        ),
        "inline",
        True,
        "none",
        "complete, everything in a single text/plain body under the deacon's own headings; no processor (own server, stated); risk in numbered prose with likelihood/consequence and measures not taken; the church council's decision quoted",
    )


CAMERA_DPIA = """
# Vurdering av personvernkonsekvenser – kameraovervåking i menighetshuset og Bethania barnehage

~ Bethania menighet Solvik · versjon 1.0 · 25.11.2026

## 1 Kontaktinformasjon

Kontaktperson: Linn Aarflot, administrasjonsleder, 414 03 288, linn@bethania-solvik.no
Personvernombud: Ruth Vatne, 928 14 550, personvernombud@bethania-solvik.no
Databehandler: Trygg Bygg Sikkerhet AS v/ Tor Magne Ueland, 51 70 44 10, tor.magne@tryggbygg.no

## 2 Beskrivelse av behandlingen

Menighetshuset (med kirkesal, kafé, kontorer) og Bethania barnehage (54 barn) ligger i samme bygg med felles inngang. Etter tre innbrudd og en episode der en ukjent person tok seg inn i barnehagens garderobe i åpningstiden (september 2026), vil vi sette opp seks kameraer: hovedinngangen, barnehagens inngang og garderobeområde (bare dørene), parkeringsplassen og to korridorer. Kameraene tar opp kontinuerlig bilde uten lyd. Opptak lagres 7 dager lokalt og hos Trygg Bygg Sikkerhet AS (databehandler, alarmsentral i Stavanger), som også ser bilder ved innbruddsalarm utenom åpningstid. Registrerte: barnehagebarn, foreldre, ansatte (barnehage og menighet), besøkende til gudstjenester, sjelesorg og arrangementer, om lag 2 000 personer i uken. Tilgang: administrasjonsleder og barnehagestyrer, og alarmsentralen ved alarm. Utlevering bare til politiet.

## 3 Risikovurdering

Se personvernombudets råd, vedlagt. Der er risikovurderingen fra møtet 18. november skrevet inn.

## 4 Godkjenning

Se følgeskrivet fra hovedpastor.
"""

CAMERA_DPO = """
~ Til: Hovedpastor Jostein Hauge
~ Fra: Personvernombudet, Ruth Vatne
~ Solvik, 20. november 2026

# Personvernombudets råd – kameraovervåking i menighetshuset og barnehagen

Jeg deltok på møtet 18. november med administrasjonsleder, barnehagestyrer, to foreldre (FAU), en representant for de ansatte og Trygg Bygg. Vurderingen fra møtet:

| Risiko | Sannsynlighet | Konsekvens | Tiltak som er gjennomført | Etter tiltak
| Registrering av hvem som går i kirken, til sjelesorg eller til AA-møter i kjelleren (religiøs overbevisning, helse) | Høy | Høy | Ingen kamera ved kjellerinngangen eller sjelesorgrommet; 7 dagers lagring | Høy
| Barn filmes i garderoben i sårbare situasjoner | Middels | Høy | Kameraet viser bare døren, maskering av benkene | Middels
| Ansatte i barnehagen føler seg kontrollert | Middels | Middels | Ingen kamera på avdelingene, avtale med ansattrepresentant | Lav
| Opptak ses av uvedkommende | Lav | Høy | Tilgang for to personer, logg, alarmsentral bare ved alarm | Lav

Vurdert, ikke gjennomført: kamera bare utenfor åpningstid (forkastet, fordi episoden i september skjedde i åpningstiden); adgangskontroll med brikke i stedet for kamera ved barnehageinngangen (vurderes i 2027 – krever ombygging).

Mitt råd: risikoen for å registrere religiøs tilhørighet og deltakelse i AA-møter er høy. Be om forhåndsdrøftelse.

~ Ruth Vatne · 928 14 550
"""


def c040() -> tuple[EmailMessage, Label]:
    body = txt("""
        Til Datatilsynet

        Bethania menighet Solvik ber om forhåndsdrøftelse for kameraovervåking i menighetshuset og barnehagen.

        Vedlagt er DPIA-en og personvernombudets råd med risikovurderingen. Vurderingen av nødvendighet og forholdsmessighet sendte vi dere i brevet vårt av 4. november (da vi spurte om veiledning), og den gjentas derfor ikke her.

        Jeg har som daglig leder gått gjennom vurderingen med eldsterådet og barnehagens samarbeidsutvalg 23. november, der personvernombudets råd og innspillene fra foreldrene og de ansatte ble lagt fram. Jeg godkjenner vurderingen, og vi har besluttet å be om forhåndsdrøftelse.

        Med vennlig hilsen
        Jostein Hauge
        hovedpastor og daglig leder, Bethania menighet Solvik
        934 41 080
    """)
    msg = message(
        "L040",
        PASTOR,
        "Forhåndsdrøftelse – kamera i menighetshuset og barnehagen",
        when(11, 26, 17, 48),
        body,
        attachments=[
            ("DPIA_kamera_menighetshus_barnehage.docx", to_docx(CAMERA_DPIA)),
            ("Personvernombudets_rad_kamera.pdf", letter_pdf(CAMERA_DPO, FOOTER, "Råd")),
        ],
        cc=f"{DPO}, {LINN}",
    )
    return msg, Label(
        "nb",
        (
            "faith_community",
            "children",
            "religious_beliefs",
            "cctv",
            "dpia_report_docx",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "part3_sent_earlier_not_attached",
            "refers_to_earlier_messages",
            "part4_in_dpo_statement",
            "risk_words_likelihood_consequence",
            "part5_ceo_sentence_cover_letter",
        ),
        "none",
        True,
        "used",
        "incomplete twin for part 3: «Vurderingen av nødvendighet og forholdsmessighet sendte vi dere i brevet vårt av 4. november … gjentas derfor ikke her»; the DPIA has no such chapter and the description only states the background incidents → part 3 missing; risk in the DPO's advice and the pastor's own approval sentence are present",
        (3,),
    )


PRAYER_DPIA = """
# DPIA – «Be for meg», forbønnstjeneste i menighetsappen

~ Bethania menighet Solvik · versjon 1.0 · 30.11.2026

## 1 Kontaktinformasjon

| Rolle | Navn | Telefon | E-post
| Kontaktperson | Linn Aarflot, administrasjonsleder | 414 03 288 | linn@bethania-solvik.no
| Personvernombud | Ruth Vatne | 928 14 550 | personvernombud@bethania-solvik.no
| Databehandler | Menighetsappen AS v/ Ida Skaar | 468 30 907 | ida@menighetsappen.no

## 2 Beskrivelse

Medlemmer og andre kan i appen sende inn bønneemner til forbønnsteamet (12 frivillige). Bønneemnet kan sendes med navn eller anonymt, og kan merkes «bare for forbønnsteamet» eller «kan deles i menigheten». Bønneemner handler ofte om sykdom, samlivsbrudd, arbeidsløshet, barn som strever, og tro. Delte bønneemner vises i appens «Forbønnsvegg» for innloggede medlemmer. Menighetsappen AS drifter appen som databehandler (Norge). Bønneemner slettes etter 60 dager. Om lag 1 500 bønneemner i året.

## 3 Nødvendighet og forholdsmessighet

I dag leveres bønnelapper i en kasse i kirken og leses opp på bønnemøtet. Appen gjør det mulig for syke og andre som ikke kommer i kirken å be om forbønn. Vi har begrenset det ved at anonym innsending er standard, at ingen bønneemner deles uten at personen selv har valgt det, at deling av opplysninger om andre (f.eks. «be for min sønn som…») bare kan skje uten navn, og at forbønnsteamet har taushetsløfte. Alle kan trekke tilbake og slette sine bønneemner i appen.

## 4 Risikovurdering

| Risiko | S | K | Tiltak | Rest
| Delte bønneemner avslører helse og livssituasjon for personer som ikke selv har samtykket (tredjepersoner) | 3 | 4 | Bare uten navn for tredjepersoner, moderering før publisering | Høy
| Innsender angrer, men bønneemnet er allerede lest av mange | 3 | 3 | Moderering, sletting | Middels
| Forbønnsteamet bryter taushetsløftet | 2 | 4 | Taushetsløfte, opplæring, bare 12 personer | Middels
| Innbrudd i appen | 1 | 4 | Databehandleravtale, tofaktor for teamet | Lav

Vurdert, ikke gjennomført: fjerne Forbønnsveggen helt (menigheten ønsker felles forbønn), forhåndssamtale med alle som sender inn (ikke gjennomførbart).

## 5 Ledelsens behandling

Menighetsrådet ble orientert om saken i møtet 24.11.2026.
"""


def c060() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei,

        Vi ber om forhåndsdrøftelse for forbønnstjenesten «Be for meg» i menighetsappen vår. DPIA-en er vedlagt, med kontaktinformasjon i kapittel 1.

        Menighetsrådet er orientert om saken i møtet sitt 24. november, og det var bred støtte til å gå videre. Personvernombudet har kopi.

    """)
        + "\n"
        + SIG_LINN
    )
    msg = message(
        "L060",
        LINN,
        "Forhåndsdrøftelse – forbønnstjeneste i appen",
        when(12, 8, 12, 22),
        body,
        attachments=[("DPIA_Be_for_meg_v1.0.pdf", to_pdf(PRAYER_DPIA, "DPIA Be for meg"))],
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "faith_community",
            "religious_beliefs",
            "health_data",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "part5_informed_only",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: the church council was only «orientert om saken» (DPIA chapter 5 and the mail), «bred støtte» but no review documented and no decision",
        (5,),
    )
