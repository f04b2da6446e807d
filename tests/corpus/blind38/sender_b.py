# ruff: noqa: E501
"""Sender B: Lindevåg kommune (municipality, nynorsk).

Habits: the personvern adviser writes in nynorsk and signs «Med helsing»; documents are ODT or the
municipality's DPIA template in Word with questions as headings; an inter-municipal DPO; approval by
leiargruppa (kommunedirektøren) quoted from the case system ePhorte.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_odt, to_pdf, to_xlsx, txt, when

FROM = "Sigrid Hovland <sigrid.hovland@lindevag.kommune.no>"
SIG = txt(
    """
    Med helsing
    Sigrid Hovland
    rådgjevar personvern og digitalisering
    Lindevåg kommune, Kommunedirektøren sin stab
    Tlf. 56 31 40 12 | mobil 971 22 604
    sigrid.hovland@lindevag.kommune.no
    """
)
DPO_LINE = "Personvernombod (felles for Lindevåg, Skardal og Fjøsanger): Arnfinn Leite, tlf. 56 31 40 90, arnfinn.leite@lindevag.kommune.no"

TOPICS = {
    "c003": "dementia_gps",
    "c023": "early_intervention_child_log",
    "c043": "recycling_station_anpr",
    "c004": "child_welfare_video_chat",
    "c024": "care_services_chatbot",
    "c044": "complaint_rejection_night_cameras",
}


C003_ODT = """
# Vurdering av personvernkonsekvensar – lokaliseringsteknologi (GPS) for heimebuande med demens

Lindevåg kommune, Helse og omsorg. Versjon 1.0, 20. oktober 2026. Utarbeidd av Sigrid Hovland saman med einingsleiar for heimetenesta, Kari Bjørge, og personvernombodet.

# Kva vi skal gjere

Heimetenesta vil tilby GPS-klokke eller GPS-såle til heimebuande med demens som står i fare for å gå seg bort. Eininga sender posisjon til ein portal hos leverandøren Trygge Spor AS. Posisjonen blir berre henta fram når pårørande eller heimetenesta har grunn til å tru at brukaren har gått seg bort, eller når brukaren går ut av eit geografisk område («geogjerde») som er avtalt for den einskilde. Då får vakthavande i heimetenesta varsel. Pårørande som brukaren eller verja har peika ut, kan sjå posisjonen i appen. Posisjonshistorikk blir lagra i 7 dagar og så sletta automatisk. Vi reknar med 40–60 brukarar. Opplysningane er posisjon, namn, vedtak om teneste og eit kort helsenotat om kva hjelp brukaren treng når han blir funnen. Trygge Spor AS er databehandlar og driftar portalen i Noreg. Behandlinga byggjer på art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf. helse- og omsorgstenestelova § 3-2 og pasient- og brukarrettslova § 4-6 a og kapittel 4A der brukaren motset seg.

Kontaktperson hos leverandøren er Eirik Nes, tlf. 57 82 11 40, eirik.nes@tryggespor.no.

# Kvifor det er naudsynt, og kvifor vi meiner det står i forhold til inngrepet

I 2025 gjekk sju heimebuande med demens seg bort i kommunen; to vart funne nedkjølte. Alternativet i dag er at brukaren må flytte til institusjon tidlegare enn han sjølv ønskjer, eller at pårørande må passe på heile tida. Vi har vurdert dørsensor heime (varslar berre at døra blir opna, seier ikkje kvar brukaren er), ringerunde frå heimetenesta (for seint) og sporing heile tida utan geogjerde (for inngripande). Løysinga med geogjerde og posisjon på førespurnad gir minst overvaking som framleis løyser problemet. Ho blir berre tatt i bruk etter eit individuelt vedtak der brukaren sin eigen vilje er vurdert; der brukaren motset seg, gjeld kapittel 4A med eigen sakshandsaming.

Garantiar for den registrerte: samtale med brukar og pårørande før oppstart, med lettlest informasjon; brukaren og verja får vite kven som kan sjå posisjonen; innsyn i logg over oppslag på førespurnad; vedtaket blir evaluert kvar tredje månad; eininga kan leverast tilbake når som helst og sporinga stoppar.

# Risiko for brukarane, og kva vi har gjort

Den største risikoen er at brukaren blir overvaka meir enn han sjølv ville ha akseptert, utan at han forstår det. Vi vurderer sannsynet som middels og konsekvensen som høg for integritet og rørslefridom, fordi mange ikkje kan gi eit gyldig samtykke. Tiltak: individuell vurdering av samtykkekompetanse, geogjerde i staden for kontinuerleg sporing, tre-månaders evaluering. Restrisikoen er framleis middels til høg for brukarar som ikkje kan uttrykkje seg.

Pårørande kan misbruke tilgangen, til dømes i arvestrid eller samlivskonflikt. Sannsyn lågt, konsekvens høg. Tiltak: berre pårørande brukaren eller verja peikar ut, logg over oppslag, tilgang blir tatt bort ved konflikt. Restrisiko låg til middels.

Feil posisjon eller manglande varsel kan gje at brukaren ikkje blir funnen i tide (liv og helse). Sannsyn middels, konsekvens høg. Tiltak: test av eininga ved oppstart, batterivarsel, rutine for leiting. Restrisiko middels.

Posisjonsdata kan kome på avvegar hos leverandøren. Sannsyn lågt, konsekvens middels. Tiltak: databehandlaravtale, kryptering, sletting etter 7 dagar. Restrisiko låg.

Tiltak vi har vurdert, men ikkje gjennomført: å krevje samtykke frå alle (ikkje mogleg for brukarar utan samtykkekompetanse, då ville dei som treng tiltaket mest falle utanfor); lagring av historikk i berre 24 timar (heimetenesta treng å sjå mønster ved evalueringa, difor 7 dagar); at berre heimetenesta og ikkje pårørande får tilgang (pårørande er ofte dei som oppdagar at noko er gale, og brukarane ønskte det sjølve i brukarsamtalane).

Vi har ikkje fått risikoen for integriteten til brukarar utan samtykkekompetanse ned på eit nivå vi er trygge på, og ber difor om førehandsdrøfting.
"""


def c003() -> tuple[EmailMessage, Label]:
    body = txt(
        f"""
        Til Datatilsynet

        Lindevåg kommune ber om førehandsdrøfting etter personvernforordninga artikkel 36 for bruk av lokaliseringsteknologi (GPS) for heimebuande med demens.

        Personvernkonsekvensvurderinga ligg ved som ODT-fil. Ho er skriven som samanhengande tekst og ikkje etter malen vår, fordi arbeidet vart gjort i tverrfagleg gruppe saman med pårørande.

        Leiargruppa handsama vurderinga 28. oktober. Utdrag frå møteboka (ePhorte sak 2026/1144, dok. 7):
        «Sak 52/26 Lokaliseringsteknologi for personar med demens – personvernkonsekvensvurdering. Einingsleiar for heimetenesta la fram vurderinga og funna, mellom anna innspela frå eldrerådet og rådet for personar med funksjonsnedsetjing og frå to pårørandesamtalar. Vedtak: Leiargruppa godkjenner personvernkonsekvensvurderinga. Leiargruppa meiner restrisikoen for brukarar utan samtykkekompetanse er for høg til at kommunen kan starte utan råd, og ber om at det blir sendt anmodning om førehandsdrøfting til Datatilsynet. Marit Grønstøl, kommunedirektør.»

        Kontaktpersonar:
        Kontaktperson i kommunen: Sigrid Hovland, tlf. 56 31 40 12, sigrid.hovland@lindevag.kommune.no
        {DPO_LINE}
        Databehandlar: Trygge Spor AS v/ Eirik Nes, tlf. 57 82 11 40, eirik.nes@tryggespor.no

        """
    )
    msg = message(
        "c003",
        FROM,
        "Anmodning om førehandsdrøfting – GPS for heimebuande med demens",
        when(11, 4, 9, 14),
        body + "\n" + SIG,
        attachments=[("Personvernkonsekvensvurdering_GPS_demens.odt", to_odt(C003_ODT))],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "health_data",
            "vulnerable_adults",
            "location_tracking",
            "odt",
            "no_headings_prose",
            "contact_body_lines",
            "processor_contact_in_body",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_quoted_case_system",
        ),
        "none",
        True,
        "used",
        "complete twin in plain prose: ODT with few plain headings; necessity with alternatives and rights safeguards; four risks to the users in prose with likelihood, consequence, measures and residual risk, measures considered and not taken with reasons; leiargruppa decision quoted from ePhorte in the body; all three contacts in the body",
    )


C023_DPIA = """
# Personvernkonsekvensvurdering (DPIA) – Stafettlogg for tidleg innsats (BTI)

Lindevåg kommune, oppvekst og helse. Dato: 27.10.2026. Versjon 1.0.

# 1 Kontaktinformasjon

| Rolle | Namn | Telefon | E-post |
| Kontaktperson | Sigrid Hovland | 56 31 40 12 | sigrid.hovland@lindevag.kommune.no |
| Personvernombod | Arnfinn Leite | 56 31 40 90 | arnfinn.leite@lindevag.kommune.no |
| Databehandlar, Stafett Digital AS | Tonje Aase | 51 88 20 31 | tonje.aase@stafettdigital.no |

# 2 Systematisk skildring av behandlinga

Kommunen innfører ein digital stafettlogg i tråd med BTI-modellen (betre tverrfagleg innsats). Når ein tilsett i barnehage, skule, helsestasjon, PPT eller barnevern er uroa for eit barn, kan vedkomande opprette ein stafettlogg med samtykke frå foreldra. I loggen blir uroa, tiltak, ansvarleg og evaluering dokumentert, og tenestene som følgjer barnet kan lese og skrive i han. Loggen følgjer barnet ved overgangar (barnehage til skule, barneskule til ungdomsskule). Omfang: om lag 250 barn per år, 0–18 år. Opplysningar: namn, fødselsnummer, helseopplysningar, opplysningar om familieforhold, læring og åtferd. Kjelder: foreldre, barnet og tenestene. Mottakarar: tilsette i dei tenestene som er med i stafettloggen for det einskilde barnet. Stafett Digital AS driftar løysinga i Noreg som databehandlar. Loggen blir avslutta når tiltaka er evaluerte og blir sletta 2 år etter avslutning.

# 3 Naudsynt og proporsjonalt

Tilsynsrapportar og ein barnevernssak i 2024 synte at uro for barn ikkje vart følgt opp fordi informasjonen låg spreidd i fem fagsystem. Alternativ vurderte: papirbasert stafettlogg (vart brukt 2019–2023, var ikkje tilgjengeleg ved overgangar og kunne ikkje styrast på tilgang), tverrfagleg møte utan felles dokumentasjon (gir ikkje kontinuitet). Den digitale loggen blir berre oppretta med skriftleg samtykke frå foreldra (og frå barnet sjølv frå 15 år); kvar teneste ser berre loggen for barn ho følgjer opp. Foreldre og barn over 15 år kan lese loggen i innbyggjarportalen, be om retting, og trekkje samtykket; då blir loggen avslutta og sletta. Informasjonsskriv på fleire språk og samtale ved oppretting.

# 4 Risikovurdering

Risikovurderinga er gjort som ROS-analyse av løysinga, sjå vedlagt rekneark «ROS_Stafettlogg.xlsx». Analysen er gjennomført av IKT-avdelinga og leverandøren 9. oktober 2026. Ingen hendingar har restrisiko raud etter tiltak.

# 5 Leiinga si validering

Leiargruppa handsama vurderinga 3. november 2026 (ePhorte 2026/1309). Kommunalsjef for oppvekst la fram funna; rådet for barn og unge og tillitsvalde har uttalt seg. Vedtak: «Leiargruppa godkjenner DPIA for stafettlogg og ber om førehandsdrøfting med Datatilsynet før oppstart, fordi behandlinga gjeld sårbare barn og samanstiller opplysningar frå mange tenester.» Marit Grønstøl, kommunedirektør.
"""

C023_ROS = {
    "ROS Stafettlogg": [
        [
            "Nr",
            "Uønskt hending",
            "Sannsyn (1-5)",
            "Konsekvens (1-5)",
            "Risiko",
            "Tiltak",
            "Restrisiko",
        ],
        [
            "1",
            "Løysepengevirus krypterer databasen hos leverandøren",
            "2",
            "5",
            "10 gul",
            "Daglege sikkerheitskopiar, offline kopi, beredskapsplan",
            "5 grøn",
        ],
        [
            "2",
            "Nedetid i løysinga over 24 timar",
            "3",
            "3",
            "9 gul",
            "SLA 99,5 % oppetid, varsling",
            "6 grøn",
        ],
        [
            "3",
            "Tap av straum i datasenteret",
            "1",
            "4",
            "4 grøn",
            "UPS og aggregat hos leverandøren",
            "2 grøn",
        ],
        [
            "4",
            "Brot på integrasjon mot fagsystem (Visma Flyt)",
            "3",
            "2",
            "6 grøn",
            "Overvaking av integrasjon, manuell rutine",
            "4 grøn",
        ],
        [
            "5",
            "DDoS-angrep mot innbyggjarportalen",
            "2",
            "3",
            "6 grøn",
            "DDoS-vern hos leverandør",
            "4 grøn",
        ],
        [
            "6",
            "Svak passordpolicy for tilsette",
            "3",
            "4",
            "12 gul",
            "Innlogging med ID-porten/Feide og MFA",
            "4 grøn",
        ],
        ["7", "Leverandøren går konkurs", "1", "4", "4 grøn", "Eksportklausul i avtalen", "2 grøn"],
    ],
    "Forklaring": [
        ["Skala", "1 = svært lite sannsynleg / ubetydeleg, 5 = svært sannsynleg / kritisk"],
        ["Risiko", "Sannsyn × konsekvens. 1–6 grøn, 8–12 gul, 15–25 raud"],
    ],
}


def c023() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei

        Vedlagt er anmodning om førehandsdrøfting for digital stafettlogg (BTI) i Lindevåg kommune. Vi har lagt ved DPIA-en og risikoanalysen. Leiargruppa sitt vedtak står i kapittel 5 i DPIA-en.

        Vi ønskjer å starte opp i skuleåret 2027/2028, så det hadde vore fint å få tilbakemelding i løpet av våren.

        """
    )
    msg = message(
        "c023",
        FROM,
        "Førehandsdrøfting – stafettlogg BTI",
        when(11, 10, 13, 27),
        body + "\n" + SIG,
        attachments=[
            ("DPIA_Stafettlogg_BTI_v1.0.docx", to_docx(C023_DPIA)),
            ("ROS_Stafettlogg.xlsx", to_xlsx(C023_ROS)),
        ],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "children",
            "health_data",
            "registry_linkage",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_infosec_only",
            "risk_register_xlsx",
            "part5_decision_in_dpia",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "judgement call, labelled part 4 missing: the «risikovurdering» is an information-security ROS analysis of the system (ransomware, downtime, power, DDoS, vendor bankruptcy) with S×K scores; it never assesses risk to the children's and parents' rights and freedoms (stigma, sharing across services, consent under pressure) and has no measures considered and not taken; all other parts present",
        (4,),
    )


def c043() -> tuple[EmailMessage, Label]:
    body = txt(
        f"""
        Til Datatilsynet

        ANMODNING OM FØREHANDSDRØFTING – KAMERAOVERVAKING MED SKILTGJENKJENNING PÅ LINDEVÅG GJENVINNINGSSTASJON

        Lindevåg kommune ber om førehandsdrøfting etter GDPR art. 36. Alt materialet står i denne e-posten.

        1. KONTAKTOPPLYSNINGAR
        Behandlingsansvarleg: Lindevåg kommune, org.nr. 964 118 220. Kontaktperson: Sigrid Hovland, tlf. 56 31 40 12, sigrid.hovland@lindevag.kommune.no
        {DPO_LINE}
        Databehandlar: Renovasjonsdata AS, kontaktperson Ole Kristian Moe, tlf. 55 60 72 18, okm@renovasjonsdata.no

        2. SKILDRING AV BEHANDLINGA
        Kommunen innfører tilgangskontroll på gjenvinningsstasjonen: eit kamera les bilskiltet ved innkøyring og slår det opp mot Statens vegvesen sitt register for å sjå om bilen er registrert på ein adresse i kommunen (gratis levering) eller ikkje (betaling). Skiltnummer, tidspunkt og utfall blir lagra i 30 dagar for fakturering og klager; deretter blir berre talet på besøk per adresse lagra. Det blir ikkje tatt bilete av førar eller passasjerar; kameraet er retta mot fronten av bilen. Omfang: om lag 55 000 besøk per år. Renovasjonsdata AS driftar løysinga i Noreg. Grunnlag: art. 6 nr. 1 bokstav e, jf. forureiningslova § 34 og renovasjonsforskrifta for kommunen.

        3. NAUDSYN OG PROPORSJONALITET
        Stasjonen har i dag store mengder avfall frå verksemder og frå nabokommunar som ikkje betaler. Vi har vurdert manuell kontroll av førarkort/adresse (krev ekstra tilsett og gir kø), kort eller brikke til kvar husstand (prøvd i Skardal, mange gløymer kortet og det gir eit eige register over husstandar) og inga kontroll (dagens situasjon). Skiltgjenkjenning gir minst mogleg opplysningar: berre skilt og tidspunkt, kort lagring, ingen bilete av personar. Informasjon: skilt ved innkøyringa, informasjon på kommunen si nettside og i renovasjonskalenderen. Innsyn og klage: innbyggjarar kan sjå eigne registreringar i Min side og klage på faktura. Den som ikkje vil registrerast, kan levere til den betjente luka og vise adressebevis.

        4. RISIKOVURDERING FOR DEI REGISTRERTE
        a) Kartlegging av rørslemønster (kva tid folk er på stasjonen): sannsyn låg, konsekvens middels, risiko middels. Tiltak: 30 dagars lagring, ingen deling med andre, tilgang berre for to sakshandsamarar. Restrisiko låg.
        b) Feil register-oppslag gir feil faktura (t.d. leasingbil, firmabil): sannsyn høg, konsekvens låg, risiko middels. Tiltak: klageordning, manuell overstyring i luka. Restrisiko låg.
        c) Politiet eller andre ber om opplysningane til andre formål: sannsyn middels, konsekvens høg, risiko høg. Tiltak: utlevering berre etter rettsleg grunnlag, vurdert av personvernombodet. Restrisiko middels.
        d) Opplysningane kjem på avvegar hos databehandlar: sannsyn låg, konsekvens middels. Tiltak: databehandlaravtale, kryptering. Restrisiko låg.
        Vurdert, men ikkje gjennomført: anonymisering av skiltnummer straks etter oppslag (ikkje mogleg, då kan vi ikkje handsame klager); lagring i berre 7 dagar (fakturering skjer månadleg).
        Vi er usikre på om restrisikoen i c) er akseptabel og ber difor om førehandsdrøfting.

        5. LEIINGA SI VALIDERING
        Frå møtebok for leiargruppa 10. november 2026, sak 58/26 (ePhorte 2026/1402): «Teknisk sjef la fram personvernkonsekvensvurderinga og funna. Innspel frå næringsforeininga og frå ungdomsrådet er vurderte. Vedtak: Leiargruppa godkjenner vurderinga og sluttar seg til at kommunen ber Datatilsynet om førehandsdrøfting før oppstart.» Marit Grønstøl, kommunedirektør.

        """
    )
    msg = message(
        "c043",
        FROM,
        "Anmodning om førehandsdrøfting – skiltgjenkjenning på gjenvinningsstasjonen",
        when(11, 16, 12, 48),
        body + "\n" + SIG,
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "cameras_anpr",
            "all_in_body",
            "headings_caps_in_body",
            "headings_numbered",
            "contact_body_lines",
            "processor_contact_in_body",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_quoted_case_system",
        ),
        "inline",
        True,
        "used",
        "complete and short, all in a single text/plain body with five numbered capital headings: three contacts, description, necessity with alternatives and rights measures, four risks with likelihood/consequence/residual and measures not taken, leiargruppa decision quoted",
    )


TEMPLATE_HEAD = """
# Vurdering av personvernkonsekvensar (DPIA)

Lindevåg kommune – mal versjon 2.1 (basert på KS-malen). Grå hjelpetekst skal slettast når feltet er fylt ut.
"""


def _template(title: str, proc: str, two: str, three: str, four: str, five: str) -> str:
    return f"""
{TEMPLATE_HEAD}

~ Tiltak/system: {title}
~ Eining: Oppvekst
~ Dato: 13.11.2026

# Kven er kontaktpersonar?

| Rolle | Namn | Telefon | E-post |
| Kontaktperson | Sigrid Hovland | 56 31 40 12 | sigrid.hovland@lindevag.kommune.no |
| Personvernombod | Arnfinn Leite | 56 31 40 90 | arnfinn.leite@lindevag.kommune.no |
{proc}

# Kva skal behandlast, og korleis?

{two}

# Er behandlinga naudsynt og står ho i forhold til føremålet?

{three}

# Kva risiko inneber behandlinga for dei registrerte sine rettar og fridomar?

{four}

# Har leiinga validert vurderinga?

{five}
"""


C004_DOC = _template(
    "Digital samhandlingsplattform (video og chat) i barnevernstenesta",
    "| Databehandlar: Samspel Digital AS | Jørn Tveit | 22 14 05 77 | jorn.tveit@samspel.no |",
    """
Barnevernstenesta vil bruke ein plattform der sakshandsamarar kan ha videosamtalar og chat med barn og ungdom (frå 10 år) og foreldre, og der familiane kan laste opp dokument. Formålet er tettare kontakt med barn i hjelpetiltak og fosterheim, særleg barn som bur langt unna. Om lag 180 barn og 300 foreldre/fosterforeldre. Opplysningar: namn, fødselsnummer, innhald i samtalar og meldingar (ofte helse, rus, vald og familieforhold), dokument. Videosamtalar blir ikkje tatt opp; chat og dokument blir overførte til fagsystemet (Modulus Barn) og sletta frå plattforma etter 30 dagar. Samspel Digital AS er databehandlar, drift i Noreg. Innlogging med ID-porten for foreldre og BankID/Feide-liknande løysing for barn over 13; yngre barn får engongslenkje via sakshandsamar. Grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav b og g, jf. barnevernslova §§ 13-1 og 13-2.
""",
    """
Barn i fosterheim har rett til jamleg kontakt med barnevernstenesta. Fysiske besøk er prioriterte og held fram; plattforma er eit tillegg. Alternativ vurderte: telefon (ikkje mogleg å sende dokument sikkert), e-post (ikkje sikkert nok), Teams (ikkje tilpassa barn og lagrar chat i kommunen sin generelle tenant). Berre naudsynte opplysningar blir delte; chat blir arkivert i fagsystemet og sletta frå plattforma. Barnet sjølv vel om det vil bruke chat; ingen plikt. Tiltak for rettane: informasjon tilpassa alder (video og lettlest), foreldre og barn får vite at chat blir arkivert; innsyn etter barnevernslova og forvaltningslova; barnet kan be om å snakke utan foreldra til stades; barnet sin rett til å bli høyrt er vurdert saman med barneombodet i kommunen.
""",
    """
| Risiko | Sannsyn | Konsekvens | Risiko før | Tiltak | Restrisiko |
| Barnet skriv i chat heime og blir lese av forelder det er uroa for (vald i heimen) | Middels | Svært høg | Høg | Varsel om å logge ut, ingen varsling med innhald på skjermen, rettleiing til barnet, sakshandsamar vurderer om chat skal tilbydast | Middels |
| Foreldre deler skjermbilete av chat i sosiale medium | Middels | Høg | Høg | Informasjon, vassmerke med namn | Middels |
| Feil mottakar av dokument | Låg | Høg | Middels | Mottakar vel frå liste knytt til saka | Låg |
| Uautorisert tilgang hos leverandør | Låg | Svært høg | Middels | Kryptering, logging, revisjon | Låg |
| Barn føler seg overvaka og seier mindre | Middels | Middels | Middels | Barnet styrer sjølv, fysisk samtale alltid tilgjengeleg | Låg |

Vurdert, ikkje gjennomført: ende-til-ende-kryptering av chat (då kan ikkje chat arkiverast i fagsystemet slik lova krev); videoopptak for dokumentasjon (for inngripande, valt bort).

Risikoen for barn som bur saman med ein valdsutøvar står att som middels til høg. Difor førehandsdrøfting.
""",
    """
Ja. Leiargruppa handsama DPIA-en 10. november 2026, sak 57/26. Sjå vedlagt utdrag frå møteboka.
""",
)

C004_MINUTES = """
# Lindevåg kommune – Leiargruppa

Utdrag frå møtebok 10.11.2026. Til stades: kommunedirektør Marit Grønstøl, kommunalsjef oppvekst Arve Sandal, kommunalsjef helse og omsorg Liv Tone Bø, økonomisjef, personalsjef. Personvernombod Arnfinn Leite deltok i sak 57/26.

## Sak 57/26 Digital samhandlingsplattform i barnevernstenesta – DPIA

Barnevernsleiar la fram DPIA-en og funna. Ungdomsrådet og to fosterforeldre har gitt innspel; ungdomsrådet ønskte at barn sjølv skal kunne velje chat, og det er tatt inn. Personvernombodet tilrår plattforma med dei tiltaka som er skildra, men peikte på restrisikoen for barn i heimar med vald.

Vedtak: Leiargruppa godkjenner personvernkonsekvensvurderinga. Restrisikoen for barn som bur med valdsutøvar blir vurdert som så høg at kommunen ber Datatilsynet om førehandsdrøfting før plattforma blir tatt i bruk.

Rett utskrift: Hilde Åsen, leiarstøtte
"""


def c004() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet

        Lindevåg kommune ber om førehandsdrøfting for ein digital samhandlingsplattform med video og chat i barnevernstenesta.

        Vedlagt:
        1. DPIA etter kommunen sin mal (kontaktpersonar står først)
        2. Utdrag frå møteboka til leiargruppa 10.11.2026, sak 57/26

        """
    )
    msg = message(
        "c004",
        FROM,
        "Førehandsdrøfting – samhandlingsplattform barnevern",
        when(11, 17, 10, 12),
        body + "\n" + SIG,
        attachments=[
            ("DPIA_samhandlingsplattform_barnevern.docx", to_docx(C004_DOC)),
            ("Utdrag_moetebok_leiargruppa_sak_57-26.pdf", to_pdf(C004_MINUTES)),
        ],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "children",
            "health_data",
            "template_filled",
            "questions_as_headings",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_management_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete twin of M024: the municipality's template with question headings filled properly; part 5 cell refers to an attached minutes extract with presentation, stakeholders and decision",
    )


C024_DOC = _template(
    "KI-basert innbyggjarchat for helse- og omsorgstenester («Spør Lindevåg»)",
    "| Databehandlar: Kommunedialog AS | Silje Rønneberg | 21 09 55 30 | silje.ronneberg@kommunedialog.no |",
    """
Helse og omsorg vil ta i bruk ein chatbot basert på ein stor språkmodell på kommunen si nettside. Innbyggjarar kan spørje om heimetenester, tryggleiksalarm, praktisk bistand og søknad om sjukeheimsplass, og boten kan hente status i eigen søknad når innbyggjaren har logga inn med ID-porten. Boten svarar på grunnlag av kommunen sine eigne sider og vedtak; han fattar ingen vedtak. Samtalar blir lagra i 30 dagar for kvalitetskontroll, deretter sletta. Kommunedialog AS er databehandlar og nyttar ein språkmodell driftar i EU (underdatabehandlar Azure, Irland, EU-region). Omfang: anslått 20 000 samtalar per år, mange med eldre og pårørande. Opplysningar: det innbyggjaren skriv (ofte helseopplysningar), og for innlogga brukarar status i søknad frå fagsystemet Gerica.
""",
    """
Tenestekontoret får om lag 900 telefonar i månaden, og ventetida er lang. Chat med tilsett er vurdert (krev 1,5 årsverk), og ein enkel regelbasert FAQ-bot vart prøvd i 2023 (løyste få spørsmål). Språkmodellen blir avgrensa til kommunen sine kjelder, ikkje internett. Innbyggjarar blir oppmoda om ikkje å skrive helseopplysningar i open chat; innlogging er naudsynt for å sjå eigen sak. Alle kan framleis ringje eller møte opp. Tiltak for rettane: tydeleg merking av at det er ein maskin; lenkje til personvernerklæring; samtalar kan slettast av brukaren; innsyn i lagra samtalar etter førespurnad; ingen bruk av data til trening (avtalefesta).
""",
    """
| Risiko | Sannsyn | Konsekvens | Risiko | Tiltak | Restrisiko |
| Boten gir feil svar om rettar, og innbyggjaren søkjer ikkje hjelp han har krav på | Middels | Høg | Høg | Avgrensa kjelder, lenkje til tenestekontoret, månadleg stikkprøve | Middels |
| Helseopplysningar blir skrivne i open chat og lagra | Høg | Middels | Høg | Åtvaring før chat, automatisk maskering av fødselsnummer, 30 dagars sletting | Middels |
| Sårbare eldre forstår ikkje at dei chattar med ein maskin | Middels | Middels | Middels | Merking, enkel språkdrakt | Låg |
| Overføring av data utanfor EU via underleverandør | Låg | Høg | Middels | EU-region, avtale | Låg |

Vurdert, ikkje gjennomført: å krevje innlogging for all bruk (stengjer ute pårørande og dei som berre vil ha generell informasjon); å bruke ein lokal, mindre språkmodell (gav for dårlege svar i test).
""",
    """
UTKAST – til handsaming i leiarmøtet 2. desember 2026.

[Her skal det stå kva leiinga har vurdert, kven som la fram, kva interessentar som er høyrde og kva leiinga har vedteke. Fyll inn etter møtet.]
""",
)


def c024() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei

        Vedlagt ligg DPIA for KI-basert innbyggjarchat i helse og omsorg. Lindevåg kommune ber med dette om førehandsdrøfting etter art. 36. Vi har fylt ut malen vår fullt ut, og risikoane som står att er markerte i tabellen.

        """
    )
    msg = message(
        "c024",
        FROM,
        "Anmodning om førehandsdrøfting – KI-chat helse og omsorg",
        when(11, 24, 14, 40),
        body + "\n" + SIG,
        attachments=[("DPIA_Spor_Lindevag_chatbot.docx", to_docx(C024_DOC))],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "health_data",
            "new_technology_ai",
            "template_filled",
            "questions_as_headings",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_words_likelihood_consequence",
            "part5_draft_for_meeting",
            "template_guidance_left",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "looks finished (mail says the template is filled «fullt ut»), but the last section reads «UTKAST – til handsaming i leiarmøtet 2. desember 2026» followed by the template's guidance text → no management validation, only part 5 missing",
        (5,),
    )


def c044() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Til Datatilsynet

        Klage på vedtak om avvising – dykkar ref. 26/01877-4, «Anmodning om førehandsdrøfting – nattkamera i heimetenesta»

        Vi viser til brevet dykkar av 6. november 2026, der anmodninga vår av 25. september vart avvist fordi ho ikkje var fullstendig. Lindevåg kommune klagar på vedtaket, jf. forvaltningslova § 28.

        Grunngjeving: Brevet seier at dokumentasjon av leiinga si validering mangla. Vi meiner dette er feil. Kommunedirektøren signerte følgjebrevet, og i følgjebrevet står det at leiargruppa har handsama saka. Vi meiner dette må reknast som dokumentasjon. Vi meiner også at det ville vore rett å be om tilleggsopplysningar før avvising, jf. forvaltningslova § 17.

        Vi ber om at vedtaket blir oppheva og at saka blir handsama. Dersom Datatilsynet ikkje gjer om vedtaket, ber vi om at klagen blir send til Personvernnemnda.

        """
    )
    msg = message(
        "c044",
        "Marit Grønstøl <marit.gronstol@lindevag.kommune.no>",
        "Klage på avvising – ref. 26/01877",
        when(11, 25, 15, 55),
        body
        + txt(
            """
            Med helsing
            Marit Grønstøl
            kommunedirektør, Lindevåg kommune
            Tlf. 56 31 40 00
            """
        ),
        cc="Sigrid Hovland <sigrid.hovland@lindevag.kommune.no>",
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "nonrequest_complaint",
            "appeal",
            "refers_to_earlier_messages",
            "signature_no_email_in_body",
        ),
        "none",
        False,
        "unspecified",
        "complaint (klage) against the rejection of an earlier request not in this corpus; nothing is resent; only the kommunedirektør's name and switchboard phone, no DPO → all parts missing",
        (1, 2, 3, 4, 5),
    )
