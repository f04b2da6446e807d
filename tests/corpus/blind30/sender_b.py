# ruff: noqa: E501
"""Sender B: Heiane Friskule SA (private school, grades 1–10, nynorsk).

Habits: the office manager or the head teacher writes a short nynorsk mail; the DPIA is an ODT
written in the template the school got from its association («Friskulealliansen»), with a
contact table on the first page and lettered sections A–E. Approval is the board's minute book
(«møtebok»), photographed with a phone. The DPO is an external firm shared by several schools.
Odd ids: an adaptive learning tool; even ids: a tool for the duty to act against bullying.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, scan_image, to_odt, to_pdf, txt, when

ORG = "private_school"

ARNHILD = "Arnhild Sørbø <arnhild.sorbo@heiane.no>"
SOLVEIG = "Solveig Nesheim <solveig.nesheim@heiane.no>"

ARNHILD_SIG = """
Venleg helsing
Arnhild Sørbø
kontorleiar
Heiane Friskule
Heianevegen 14, 5640 Eikelandsosen
Sentralbord 56 58 40 00
www.heiane.no
"""

SOLVEIG_SIG = """
Helsing
Solveig Nesheim
rektor, Heiane Friskule
tlf. 56 58 40 01 / mob. 915 30 276
solveig.nesheim@heiane.no
"""


def contact_table(processor: str, dpo_phone: str = "56 30 12 90") -> str:
    return f"""
# Kontaktinformasjon

| Rolle | Namn | Telefon | E-post |
| Behandlingsansvarleg | Heiane Friskule SA, org.nr. 984 330 127, Heianevegen 14, 5640 Eikelandsosen | 56 58 40 00 | post@heiane.no |
| Kontaktperson | Solveig Nesheim, rektor | 915 30 276 | solveig.nesheim@heiane.no |
| Personvernombod | Kjetil Vassbotn, Personvernkontoret Vest AS | {dpo_phone} | kjetil@personvernkontoret-vest.no |
{processor}
"""


# --- adaptive learning tool (odd ids) -------------------------------------------------------

LOOP_ROW = "| Databehandlar | Læringsloopen ApS (Danmark), Mette Kjærgaard, kundeansvarleg | +45 31 22 84 70 | mk@laeringsloopen.dk |"

LOOP_HEAD = """
# Vurdering av personvernkonsekvensar (DPIA)

## Adaptivt læremiddel «Reknereisa» i matematikk og norsk, 1.–10. trinn

~ Mal: Friskulealliansen, DPIA-mal for skular (2025)
~ Versjon 2, 16. oktober 2026
~ Ansvarleg for dokumentet: rektor
"""

LOOP_A = """
# A. Kva skal vi gjere?

Heiane Friskule (276 elevar, 34 tilsette) vil frå august 2027 ta i bruk det adaptive læremiddelet Reknereisa frå Læringsloopen ApS i Danmark, i matematikk på alle trinn og i norsk på 1.–4. trinn.

Elevane loggar inn med Feide. Programmet registrerer kvar oppgåve eleven gjer, svaret, tidsbruken, feilmønster og kor ofte eleven ber om hint. Ut frå dette lagar programmet ein læringsprofil som styrer kva oppgåver eleven får neste gong. På 1.–4. trinn kan elevane lese høgt for programmet; lyden vert tolka med talegjenkjenning og lagra i 24 timar.

Modulen «Tidleg innsats» samanliknar lese- og reknemønsteret med normdata og gir kontaktlæraren eit varsel om «mogleg risiko for dysleksi eller dyskalkuli». Eit slikt varsel er i praksis ei helseopplysning om eit barn, sjølv om det berre er ein indikasjon.

Formål: betre tilpassa opplæring og tidleg innsats, jf. opplæringslova. Behandlingsgrunnlag: personvernforordninga art. 6 nr. 1 bokstav e og opplæringslova; for varsla i Tidleg innsats art. 9 nr. 2 bokstav g.

Kven ser opplysningane: kontaktlærar og faglærar (eigne elevar), spesialpedagog, rektor. Føresette ser framgangen til eige barn i foreldreappen. PPT får opplysningar berre når føresette har samtykt til tilvising. Læringsloopen lagrar data i EU (Irland) og er databehandlar.

Kvifor høg risiko: det gjeld barn frå 6 år, alle elevane vert profilerte kvar dag i fleire år, programmet nyttar ny teknologi (talegjenkjenning) og lagar slutningar om mogleg lærevanske.
"""

LOOP_B = """
# B. Er det naudsynt, og er det rimeleg?

Resultata våre på nasjonale prøver i rekning har lege under landssnittet tre år på rad. Lærarane har ikkje kapasitet til å tilpasse oppgåver til kvar einskild elev i klassar på 25–28. I eit dansk forsøk med 40 skular auka delen elevar som nådde kompetansemåla med 11 prosentpoeng.

Vi har vurdert digitale lærebøker utan tilpassing (ingen profilering, men heller ingen tilpassing) og vanlege papirbøker. Ingen av dei gir det same løftet for elevane som treng det mest.

Tiltak som gjer behandlinga meir rimeleg:

- Læringsprofilen vert ikkje nytta til karakterar eller til å dele elevar i nivågrupper.
- Varsel frå Tidleg innsats går berre til kontaktlæraren, vert ikkje lagra i elevmappa, og skal alltid følgjast av ei ordinær kartlegging før noko vert gjort.
- Lydopptak vert sletta etter 24 timar. Elevar og føresette kan velje bort lesefunksjonen utan at det får følgjer.
- Profilen vert sletta når eleven sluttar, og nullstilt ved kvart skuleårsskifte.
- Føresette får skriftleg informasjon og kan sjå alt som er registrert om barnet i foreldreappen. Elevane får informasjon tilpassa alder i klassen.
- Databehandlaravtalen forbyr Læringsloopen å bruke data frå elevane våre til eiga produktutvikling.
"""

LOOP_C = """
# C. Kva kan gå gale for elevane?

| Kva kan skje | Kor sannsynleg | Kor alvorleg | Tiltak |
| Eit feilaktig dysleksivarsel gjer at eleven vert sett på og behandla annleis | Middels | Høg | Berre kontaktlærar ser varselet, krav om kartlegging, ikkje i elevmappa |
| Læringsprofilen følgjer eleven og vert brukt til karakterar eller gruppering | Middels | Høg | Forbod i rutine, nullstilling kvart år |
| Lydopptak av barn kjem på avvegar | Låg | Høg | Sletting etter 24 timar, kryptering, lagring i EU |
| Leverandøren brukar elevdata til å trene eigne modellar | Middels | Middels | Forbod i avtalen, revisjonsrett |
| Overføring til tredjeland gjennom underleverandør med morselskap i USA | Låg | Høg | Lagring i EU-region, standardavtalar |
| Elevane kjenner seg overvaka og presset | Høg | Middels | Inga rangering eller samanlikning mellom elevar, informasjon i klassen |

Vurdert, men ikkje gjort:

- Å slå av Tidleg innsats heilt. Vi meiner tidleg hjelp er viktig for elevane, men vi ser at restrisikoen for feilaktige varsel er høg.
- Å drifte løysinga på eigne tenarar. Leverandøren tilbyr ikkje det.
- Å byggje på samtykke frå føresette. I skulen vil eit samtykke ikkje vere reelt frivillig.

Restrisiko: Høg for varsla i Tidleg innsats. Derfor ber vi om forhandsdrøfting før modulen vert teken i bruk.
"""

LOOP_E = """
# E. Godkjenning

Vurderinga vart handsama av styret 22. oktober 2026, sak 31/26. Sjå møteboka.
"""

LOOP_MINUTES = """
HEIANE FRISKULE SA
UTSKRIFT AV MØTEBOK
Styremøte 22. oktober 2026 kl. 18.00 på personalrommet
Til stades: Oddvar Hjelmeland (styreleiar), Gunn Tveit, Harald Bjørndal, Marit Ådland (tilsettrepresentant). Rektor Solveig Nesheim var sekretær.
Sak 31/26 Konsekvensvurdering (DPIA) for Reknereisa
Rektor gjekk gjennom konsekvensvurderinga versjon 2 og dei viktigaste funna: profileringa er akseptabel med tiltaka, men varsla om mogleg dysleksi eller dyskalkuli gir høg restrisiko.
Styret fekk lagt fram innspel frå FAU, elevrådet og den tillitsvalde for lærarane. FAU ønskjer programmet, men vil ikkje at varsla skal lagrast i elevmappa. Elevrådet var uroa for lydopptak.
Vedtak: Styret godkjenner konsekvensvurderinga. Rektor ber Datatilsynet om forhandsdrøfting før Tidleg innsats vert teken i bruk. Resten av programmet kan takast i bruk frå august 2027.
Rett utskrift:
[signatur]
Oddvar Hjelmeland, styreleiar
[signatur]
Solveig Nesheim, rektor
"""


def loop_odt(dpo_phone: str = "56 30 12 90") -> bytes:
    return to_odt(
        "\n".join([LOOP_HEAD, contact_table(LOOP_ROW, dpo_phone), LOOP_A, LOOP_B, LOOP_C, LOOP_E])
    )


def g003() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei

        Vedlagt er anmodning om forhandsdrøfting frå Heiane Friskule om det adaptive læremiddelet Reknereisa. Konsekvensvurderinga ligg ved som ODT-fil, og møteboka frå styremøtet 22. oktober er teken bilete av.

        Rektor Solveig Nesheim er kontaktperson og står oppført i tabellen på første side av dokumentet, saman med personvernombodet og leverandøren.

        Gi gjerne beskjed om de treng noko meir.
        """
        )
        + "\n"
        + txt(ARNHILD_SIG)
    )
    msg = message(
        "G003",
        ARNHILD,
        "Forhandsdrøfting – Reknereisa, Heiane Friskule",
        when(11, 3, 10, 14),
        body,
        attachments=[
            ("DPIA Reknereisa v2.odt", loop_odt(dpo_phone="")),
            ("IMG_4471.jpg", scan_image(LOOP_MINUTES, "JPEG", 1.2)),
        ],
    )
    return msg, Label(
        "nn",
        (
            ORG,
            "odt",
            "contact_table_front_page",
            "template_association",
            "dpo_external_firm",
            "phone_foreign",
            "risk_likelihood_consequence",
            "part5_photographed_minutes",
            "p1_dpo_no_phone",
        ),
        "none",
        True,
        "used",
        "part 1 missing: the DPO row has name, firm and e-mail but an empty phone cell; everything else present",
        missing=(1,),
    )


def g023() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei

        Vi er ein friskule med 276 elevar som har gjort ei vurdering av personvernkonsekvensar for eit adaptivt læremiddel i matematikk (Reknereisa, dansk leverandør). Etter at vi slo av opptaksfunksjonen og modulen som varslar om mogleg dysleksi, meiner vi at restrisikoen er akseptabel.

        Spørsmålet vårt er om vi likevel må sende ei forhandsdrøfting til dykk, sidan det gjeld barn og profilering. Personvernombodet vårt meiner nei, men styret vil vere sikre. Kan de eventuelt sjå over vurderinga vår og seie om vi har tenkt rett? Vi sender henne gjerne.

        Vi set pris på eit kort svar før jul om mogleg.
        """
        )
        + "\n"
        + txt(SOLVEIG_SIG)
    )
    msg = message(
        "G023",
        SOLVEIG,
        "Spørsmål: må vi be om forhandsdrøfting?",
        when(11, 27, 14, 2),
        body,
    )
    return msg, Label(
        "nn",
        (ORG, "nonrequest_question", "asks_for_review"),
        "none",
        False,
        "used",
        "not a request: residual risk judged acceptable; asks whether Art. 36 applies and for a look at the DPIA (guidance)",
    )


def g043() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Til Datatilsynet

        Heiane Friskule ber om forhandsdrøfting etter personvernforordninga artikkel 36 for modulen «Tidleg innsats» i læremiddelet Reknereisa. Vi har gjennomført ei vurdering av personvernkonsekvensar, og restrisikoen for feilaktige varsel om lærevanskar er framleis høg.

        Vedlegg:
        1. Konsekvensvurdering (ODT) med kontaktopplysningar på første side
        2. Utskrift av møtebok, styremøte 22.10.2026 (foto)
        """
        )
        + "\n"
        + txt(SOLVEIG_SIG)
    )
    msg = message(
        "G043",
        SOLVEIG,
        "Anmodning om forhandsdrøfting – Heiane Friskule (Reknereisa)",
        when(11, 4, 8, 37),
        body,
        attachments=[
            ("Konsekvensvurdering Reknereisa.odt", loop_odt()),
            ("Møtebok styret 22102026.jpg", scan_image(LOOP_MINUTES, "JPEG", -0.8)),
        ],
    )
    return msg, Label(
        "nn",
        (
            ORG,
            "odt",
            "contact_table_front_page",
            "template_association",
            "dpo_external_firm",
            "phone_foreign",
            "risk_likelihood_consequence",
            "part5_photographed_minutes",
        ),
        "none",
        True,
        "used",
        "complete; ODT in the association's template, photographed minute book",
    )


# --- tool for the duty to act against bullying (even ids) -----------------------------------

TRYGG_ROW = "| Databehandlar | Trygg Skule AS, Eirik Haugland, dagleg leiar | 932 55 108 | eirik@tryggskule.no |"

TRYGG_HEAD = """
# Vurdering av personvernkonsekvensar (DPIA)

## Digitalt verktøy for aktivitetsplikta (Trygg Skule)

~ Mal: Friskulealliansen, DPIA-mal for skular (2025)
~ Versjon 1.1, 4. november 2026
"""

TRYGG_A = """
# A. Kva skal vi gjere?

Skulen har plikt til å følgje med, gripe inn, varsle, undersøkje og setje inn tiltak når ein elev ikkje har eit trygt og godt skulemiljø (opplæringslova kapittel 12). Til no har vi dokumentert dette i e-post, Word-filer og perm. Frå januar 2027 vil vi nytte appen Trygg Skule frå Trygg Skule AS.

Alle tilsette kan registrere ei observasjon eller ei melding om krenking, også frå mobilen i friminuttet. Kvar sak får ei mappe per elev med: namn, klasse, kva som har skjedd, kven som er involvert (både den som er utsett og den som er skulda for å krenkje), notat frå samtalar med elev og føresette, skjermbilete frå sosiale medium, aktivitetsplan og evaluering. Ofte kjem det fram opplysningar om helse, familieforhold, seksuell trakassering eller etnisitet. Ved to meldingar om same elev på 30 dagar får rektor automatisk varsel.

Omfang: 276 elevar, i snitt 40–60 saker i året. Tilgang: den som registrerer ser eiga melding; kontaktlærar, sosiallærar og rektor ser heile saka. Helsesjukepleiaren (tilsett i kommunen) får tilgang til ei sak berre når føresette har samtykt.

Mottakarar utanfor skulen: Statsforvaltaren når ei sak vert meld dit, og barnevernet når vilkåra for opplysningsplikt er oppfylte. Trygg Skule AS driftar løysinga i Noreg og er databehandlar. Skulen er behandlingsansvarleg. Behandlingsgrunnlag: art. 6 nr. 1 bokstav c og e og art. 9 nr. 2 bokstav g, med heimel i opplæringslova.

Kvifor høg risiko: sensitive opplysningar om barn, påstandar om at barn har krenkt andre, skjermbilete som også viser andre barn, og mange tilsette som kan registrere.
"""

TRYGG_B = """
# B. Er det naudsynt, og er det rimeleg?

Lova krev at vi dokumenterer kva vi har gjort. Den noverande løysinga er spreidd og usikker: i 2025 vart ein aktivitetsplan send til feil føresette på e-post. Eit samla verktøy gir betre tilgangsstyring, fristar og sporbarheit.

Vi har vurdert å halde fram med sak/arkiv-systemet vi brukar for anna post. Det har ikkje tilgangsstyring per sak og kan ikkje nyttast på mobil, og då vil tilsette halde fram med å skrive ned ting i e-post.

Tiltak:

- Rollebasert tilgang, to-faktor for alle, logg over kven som har opna kva.
- Registreringsskjemaet har faste felt og ei rettleiing om kva som ikkje skal skrivast i fritekst.
- Skjermbilete kan berre lastast opp i ei opna sak, og vert sletta når saka er avslutta og evaluert.
- Lagring og sletting følgjer arkivlova og bevaringsplanen vår. Aktive saker vert lukka seinast 12 månader etter siste tiltak.
- Føresette får informasjon om verktøyet ved skulestart, og innsyn i saka til eige barn.
- Elevar som er skulda for å krenkje, får vite at det er oppretta ei sak, og kan kome med si side.
"""

TRYGG_C = """
# C. Kva kan gå gale for elevane?

| Kva kan skje | Sannsyn | Konsekvens | Tiltak |
| Tilsette les saker dei ikkje har noko med | Middels | Høg | Rolletilgang, logg, kontroll av logg kvart halvår |
| Ein påstand om krenking vert ståande i systemet og stemplar ein elev | Middels | Høg | Eleven får seie si side, saker vert lukka og evaluerte |
| Skjermbilete viser andre barn som ikkje har noko med saka | Høg | Middels | Sladding før opplasting, sletting ved avslutning |
| Sensitiv informasjon vert skriven i fritekst utan grunn | Høg | Høg | Rettleiing, opplæring, gjennomgang av saker |
| Datainnbrot hos leverandøren | Låg | Svært høg | Databehandlaravtale, kryptering, to-faktor, drift i Noreg |
| Opplysningar vert sende til feil føresette | Låg | Høg | Utsending frå systemet, ikkje e-post |

Vurdert, men ikkje gjennomført:

- Å fjerne fritekstfelta: vi treng nyansar for å dokumentere godt nok.
- Automatisk sletting etter eitt år: i strid med dokumentasjonsplikta og arkivlova.
- Eiga løysing for helsesjukepleiaren: ikkje mogleg i verktøyet, så vi styrer tilgangen med samtykke.

Restrisiko: Høg for fritekst og for at påstandar stemplar elevar. Vi ønskjer derfor forhandsdrøfting.
"""

TRYGG_MINUTES = """
HEIANE FRISKULE SA – MØTEBOK
Styremøte 19. november 2026 kl. 18.30
Til stades: Oddvar Hjelmeland (leiar), Gunn Tveit, Harald Bjørndal, Marit Ådland. Rektor var sekretær.
Sak 38/26 Trygg Skule – konsekvensvurdering
Rektor la fram konsekvensvurderinga versjon 1.1. Funn: verktøyet gir betre sikring enn dagens e-post og permar, men fritekst og påstandar om at elevar har krenkt andre gir høg restrisiko.
Innspel: FAU støttar verktøyet. Elevrådet ønskjer at elevar som er skulda for å krenkje, får vite om saka. Dette er teke inn. Tillitsvald peikte på behovet for opplæring.
Vedtak: Styret godkjenner konsekvensvurderinga og at rektor sender anmodning om forhandsdrøfting. Verktøyet vert ikkje teke i bruk før Datatilsynet har svart.
Rett utskrift:
[signatur]
Oddvar Hjelmeland
[signatur]
Solveig Nesheim
"""


def trygg_odt(section_a: str = TRYGG_A, section_e: str = "") -> bytes:
    section_e = section_e or (
        "# E. Godkjenning\n\nStyret godkjende konsekvensvurderinga 19. november 2026, sak 38/26 (møtebok vedlagd).\n"
    )
    return to_odt(
        "\n".join([TRYGG_HEAD, contact_table(TRYGG_ROW), section_a, TRYGG_B, TRYGG_C, section_e])
    )


def g004() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei

        På vegner av rektor sender eg anmodning om forhandsdrøfting for det digitale verktøyet vi vil bruke i arbeidet med aktivitetsplikta (Trygg Skule). Konsekvensvurderinga og bilete av møteboka frå styremøtet 19. november er vedlagde. Kontaktopplysningar til rektor, personvernombod og leverandør står i tabellen først i dokumentet.
        """
        )
        + "\n"
        + txt(ARNHILD_SIG)
    )
    msg = message(
        "G004",
        ARNHILD,
        "Forhandsdrøfting Trygg Skule",
        when(11, 23, 12, 48),
        body,
        attachments=[
            ("DPIA Trygg Skule v1.1.odt", trygg_odt()),
            ("møtebok 19.11.jpg", scan_image(TRYGG_MINUTES, "JPEG", 0.9)),
        ],
    )
    return msg, Label(
        "nn",
        (
            ORG,
            "odt",
            "contact_table_front_page",
            "template_association",
            "dpo_external_firm",
            "risk_likelihood_consequence",
            "part5_photographed_minutes",
        ),
        "none",
        True,
        "used",
        "complete; the office manager sends on behalf of the head teacher",
    )


def g024() -> tuple[EmailMessage, Label]:
    pending = "# E. Godkjenning\n\nKonsekvensvurderinga skal opp i styret 15. januar 2027.\n"
    body = (
        txt(
            """
        Hei,

        Vi sender no konsekvensvurderinga for verktøyet Trygg Skule, slik at de har ho i god tid. Styret har ikkje handsama ho enno – det skjer på møtet 15. januar, og møteboka kjem etter det. Vi ønskjer likevel å kome i gang med forhandsdrøftinga, sidan vi planlegg oppstart etter vinterferien.
        """
        )
        + "\n"
        + txt(SOLVEIG_SIG)
    )
    msg = message(
        "G024",
        SOLVEIG,
        "Trygg Skule – forhandsdrøfting",
        when(12, 8, 15, 20),
        body,
        attachments=[("Konsekvensvurdering Trygg Skule.odt", trygg_odt(section_e=pending))],
    )
    return msg, Label(
        "nn",
        (
            ORG,
            "odt",
            "contact_table_front_page",
            "template_association",
            "dpo_external_firm",
            "risk_likelihood_consequence",
            "part5_future_meeting",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: the board treats the DPIA on 15 January, minutes to follow",
        missing=(5,),
    )


ORDENSREGLEMENT = """
# Ordensreglement for Heiane Friskule

Vedteke av styret 12. juni 2024 med heimel i opplæringslova.

## 1 Formål

Ordensreglementet skal bidra til eit trygt og godt skulemiljø der alle elevar og tilsette vert behandla med respekt.

## 2 Rettar

Elevane har rett til å bli høyrde, til eit skulemiljø utan krenkingar og til å få informasjon om reglane.

## 3 Plikter

- Vi møter presis og har med det vi treng.
- Vi snakkar høfleg til kvarandre og til dei vaksne.
- Vi brukar ikkje mobiltelefon i skuletida utan løyve frå lærar.
- Vi tek vare på skulen sine bøker, maskiner og bygningar.
- Vi forlèt ikkje skuleområdet i skuletida utan løyve.

## 4 Reaksjonar ved brot

Munnleg irettesetjing, melding til føresette, inndraging av gjenstandar for resten av dagen, ekstra arbeid eller oppmøte, bortvising i inntil tre dagar (8.–10. trinn) etter vedtak av rektor.

## 5 Framgangsmåte

Eleven skal få forklare seg før det vert gitt reaksjon. Føresette skal varslast ved alvorlege brot. Vedtak om bortvising er enkeltvedtak etter forvaltningslova.
"""


def g044() -> tuple[EmailMessage, Label]:
    section_a = """
    # A. Kva skal vi gjere?

    Sjå vedlegg 1, der løysinga og bruken er skildra. Skulen er behandlingsansvarleg, og Trygg Skule AS er databehandlar.
    """
    body = (
        txt(
            """
        Hei

        Heiane Friskule ber om forhandsdrøfting for verktøyet Trygg Skule (aktivitetsplikta).

        Vedlagt:
        - Konsekvensvurdering (ODT)
        - Vedlegg 1: Skildring av løysinga (PDF)
        - Møtebok frå styret 19.11. (bilete)
        """
        )
        + "\n"
        + txt(ARNHILD_SIG)
    )
    msg = message(
        "G044",
        ARNHILD,
        "Anmodning om forhandsdrøfting – aktivitetsplikt-verktøy",
        when(11, 25, 9, 6),
        body,
        attachments=[
            ("Konsekvensvurdering Trygg Skule.odt", trygg_odt(section_a=txt(section_a))),
            ("Vedlegg 1 Skildring.pdf", to_pdf(ORDENSREGLEMENT, title="Ordensreglement")),
            ("møtebok sak 38-26.jpg", scan_image(TRYGG_MINUTES, "JPEG", -1.1)),
        ],
    )
    return msg, Label(
        "nn",
        (
            ORG,
            "odt",
            "contact_table_front_page",
            "template_association",
            "dpo_external_firm",
            "risk_likelihood_consequence",
            "part5_photographed_minutes",
            "wrong_file_description",
        ),
        "none",
        True,
        "used",
        "part 2 missing: section A points to «vedlegg 1», but the attached «Skildring» is the school's code of conduct",
        missing=(2,),
    )
