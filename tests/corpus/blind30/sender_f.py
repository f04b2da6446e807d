# ruff: noqa: E501
"""Sender F: Nordfjordruta AS (regional bus company, nynorsk).

Habits: the HSE and security manager writes in nynorsk; contacts are given in prose in the mail
(«Kontaktperson er underteikna ...»); the DPIA is a DOCX in a consultant's numbered template, or
pasted into a plain PGP-inline mail; approval is the board's protocol, printed, signed and scanned
(image-only PDF), or quoted. The union club's view appears as stakeholder input. Odd ids: driver
monitoring cameras (Swedish supplier); even ids: audio recording in the buses' CCTV.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, plain, scan_pdf, to_docx, txt, when

ORG = "bus_company"

RAGNHILD = "Ragnhild Myklebust <ragnhild.myklebust@nordfjordruta.no>"
RAGNHILD_SIG = """
Med helsing
Ragnhild Myklebust
HMS- og tryggleikssjef
Nordfjordruta AS
Sjøgata 7, 6770 Nordfjordeid
Tlf. 57 88 20 14 / mob. 951 20 377
ragnhild.myklebust@nordfjordruta.no
"""

DPO_PROSE = "Personvernombodet vårt er Tor Arne Eide, som du når på 909 12 556 eller personvernombod@nordfjordruta.no."

# --- driver monitoring (odd ids) ------------------------------------------------------------

VAKEN_PROSE = "Leverandøren av systemet, VakenAI AB i Göteborg, er databehandlar. Kontaktperson der er Linnea Sjöberg, +46 31 708 44 20, linnea.sjoberg@vakenai.se."

DMS_HEAD = """
# Vurdering av personvernkonsekvensar

## Førarovervaking (trøyttleik og merksemd) i bussane til Nordfjordruta AS

~ Versjon 1.0, 20. oktober 2026
~ Mal: Sikringsrådgjeving Vest AS, DPIA-mal for transportverksemder
"""

DMS_1 = """
# 1 Om handsaminga

Nordfjordruta køyrer 180 bussar på rute, skuleskyss og ekspressruter på kontrakt med fylkeskommunen, og har om lag 420 sjåførar. Vi vil montere eit system for førarovervaking i dei 120 bussane som går på lange ruter (til dømes Nordfjordeid–Bergen, seks timar).

Eit infraraudt kamera retta mot føraren analyserer augerørsler, kor lenge augelokka er lukka, hovudstilling og om føraren held ein mobiltelefon. Ved teikn på trøyttleik eller uoppmerksemd får føraren lydvarsel og vibrasjon i setet. Samstundes vert eit videoklipp på 8 sekund, med tidspunkt, GPS-posisjon og sjåfør-ID (frå innlogginga med førarkortet), sendt til trafikksentralen vår gjennom skytenesta til VakenAI AB (lagring i Sverige). Trafikkleiar ser klippet og kan ringje føraren. Kvar månad får HMS-avdelinga ein rapport per sjåfør med tal på hendingar.

Det vert ikkje teke opp lyd, og kameraet tek ikkje opp samanhengande; berre klipp ved hendingar vert lagra. Klipp vert sletta etter 30 dagar om dei ikkje er tekne inn i ei HMS-sak.

Formål: å hindre ulukker som skuldast at føraren sovnar eller er uoppmerksam. Behandlingsgrunnlag: art. 6 nr. 1 bokstav f (og arbeidsmiljølova sine krav til eit forsvarleg arbeidsmiljø). Nordfjordruta er behandlingsansvarleg, VakenAI AB er databehandlar.

Mottakarar: trafikkleiar (klipp i sanntid), HMS-avdelinga (månadsrapport), næraste leiar ved HMS-sak. Politiet ved ulukke.

Kvifor høg risiko: systematisk overvaking av tilsette gjennom heile arbeidsdagen, analyse av ansiktet, og opplysningar som kan seie noko om helse (søvnvanskar, søvnapné, medisinbruk).
"""

DMS_2 = """
# 2 Naudsyn og forholdsmessigheit

I 2025 hadde vi to alvorlege hendingar der ein sjåfør sovna. I den eine køyrde bussen av vegen ved Utvik, og tre passasjerar vart skadde. Vi har alt endra turnusen og innført faste kvilepausar på lange ruter.

Vi har vurdert eit enklare system som berre les rattbevegelsar (utan kamera). Det oppdagar trøyttleik seinare og fangar ikkje opp mobilbruk. Vi har òg vurdert eit kamera som berre varslar i bussen utan å lagre klipp. Då lærer vi ikkje av hendingane, og vi kan ikkje følgje opp sjåførar som treng hjelp.

Tiltak for å gjere inngrepet mindre:

- Ingen lyd, ingen samanhengande opptak, berre 8-sekundsklipp ved hending.
- Kameraet er av når bussen står med parkeringsbrems i meir enn to minutt (pausar).
- Månadsrapporten går berre til sjåføren sjølv og HMS, ikkje til næraste leiar.
- Klipp vert ikkje brukte i personalsaker, med unntak av gjentekne brot på mobilforbodet etter samtale.
- Saka er drøfta med tillitsvalde etter arbeidsmiljølova kapittel 9, og det er inngått ein avtale med klubben.
- Sjåførane har fått informasjon på allmøte og skriftleg, og kan sjå alle klipp om seg sjølv.
"""

DMS_3 = """
# 3 Risikovurdering

| Risiko | Sannsyn | Konsekvens | Tiltak |
| Klipp vert brukte til kontroll og personalsaker utover formålet | Middels | Høg | Avtale med klubben, berre HMS ser rapportane |
| Sjåførane kjenner seg overvaka heile dagen og får meir stress | Høg | Middels | Inga samanhengande opptak, kamera av i pausar, evaluering etter 6 månader |
| Feilalarmar, til dømes ved briller eller ulik hudfarge, gir urettvis oppfølging | Middels | Høg | Testperiode med manuell kontroll av alle alarmar, krav til leverandøren om testdata |
| Hendingar avslører helsetilstand (søvnapné, medisinar) | Middels | Høg | Oppfølging via bedriftshelsetenesta, ikkje leiar |
| Leverandøren brukar video til å trene modellane sine | Låg | Høg | Forbod i databehandlaravtalen |
| Uvedkomande får tilgang til klippa | Låg | Høg | Tofaktor, logg, kryptering |

# 4 Tiltak som er vurderte, men ikkje sette i verk

- Automatisk sladding av andletet i klippa: trafikkleiar må kunne sjå om føraren faktisk søv.
- Å berre varsle i bussen utan lagring: sjå kapittel 2.
- Å la sjåførane slå av systemet sjølve: då fell formålet bort.

# 5 Konklusjon

Restrisikoen for at overvakinga vert opplevd som kontroll, og for feilalarmar som rammar enkelte sjåførar urettvist, er framleis høg. Nordfjordruta ber derfor om forhandsdrøfting.
"""

DMS_PROTOCOL = """
NORDFJORDRUTA AS
PROTOKOLL FRÅ STYREMØTE
Dato: 28. oktober 2026. Stad: Sjøgata 7, Nordfjordeid
Til stades: Kjell Inge Sandvik (styreleiar), Randi Hauge, Per Olav Fure, Marte Sunde (tilsettrepresentant). Adm. dir. Sverre Heggdal. HMS- og tryggleikssjef Ragnhild Myklebust under sak 22/26.
Sak 22/26 Førarovervaking – vurdering av personvernkonsekvensar
HMS- og tryggleikssjefen la fram konsekvensvurderinga og funna: systemet reduserer risikoen for ulukker, men restrisikoen for sjåførane er høg når det gjeld oppleving av kontroll og feilalarmar.
Klubbleiar i Yrkestrafikkforbundet, Jostein Løkkebø, var invitert under saka. Klubben støttar tiltaket for trafikktryggleiken si skuld, men krev at klippa ikkje vert brukte i personalsaker. Dette er teke inn i avtalen.
Vedtak: Styret godkjenner vurderinga av personvernkonsekvensar og at selskapet ber Datatilsynet om forhandsdrøfting. Systemet vert ikkje teke i bruk før svar ligg føre.
[signatur]
Kjell Inge Sandvik
[signatur]
Randi Hauge
[signatur]
Per Olav Fure
[signatur]
Marte Sunde
"""

DMS_PROTOCOL_PARTIAL = """
NORDFJORDRUTA AS
PROTOKOLL FRÅ STYREMØTE
Dato: 28. oktober 2026. Stad: Sjøgata 7, Nordfjordeid
Til stades: Kjell Inge Sandvik (styreleiar), Randi Hauge, Per Olav Fure, Marte Sunde (tilsettrepresentant). Adm. dir. Sverre Heggdal. HMS- og tryggleikssjef Ragnhild Myklebust under sak 22/26.
Sak 22/26 Førarovervaking – vurdering av personvernkonsekvensar
HMS- og tryggleikssjefen la fram skildringa av systemet og vurderinga av naudsyn. Den skriftlege risikovurderinga vert ferdig i januar; hovudpunkta vart presenterte munnleg.
Klubbleiar i Yrkestrafikkforbundet, Jostein Løkkebø, var invitert under saka og la fram synet til klubben: støtte for trafikktryggleiken si skuld, men ingen bruk av klipp i personalsaker.
Vedtak: Styret godkjenner konsekvensvurderinga slik ho ligg føre og ber administrasjonen sende anmodning om forhandsdrøfting no, slik at risikovurderinga kan ettersendast og handsamast parallelt.
[signatur]
Kjell Inge Sandvik
[signatur]
Randi Hauge
[signatur]
Per Olav Fure
[signatur]
Marte Sunde
"""


def dms_docx(risk: str = DMS_3) -> bytes:
    return to_docx("\n".join([DMS_HEAD, DMS_1, DMS_2, risk]))


def g011() -> tuple[EmailMessage, Label]:
    risk = """
    # 3 Risikovurdering

    Risikovurderinga gjer vi saman med tryggingsrådgjevaren vår. Ho vert ferdig i januar og vert ettersend.
    """
    body = (
        txt(
            """
        Hei

        Nordfjordruta AS ber om forhandsdrøfting for førarovervaking i bussane våre. Vedlagt ligg konsekvensvurderinga (utan risikovurderinga, som vert ettersend i januar) og styreprotokollen frå 28. oktober.

        Kontaktperson er underteikna.
        """
        )
        + "\n"
        + txt(DPO_PROSE)
        + "\n"
        + txt(VAKEN_PROSE)
        + "\n"
        + txt(RAGNHILD_SIG)
    )
    msg = message(
        "G011",
        RAGNHILD,
        "Forhandsdrøfting – førarovervaking, Nordfjordruta AS",
        when(11, 2, 13, 5),
        body,
        attachments=[
            ("DPIA førarovervaking v1.0.docx", dms_docx(txt(risk))),
            ("Styreprotokoll 28.10.2026.pdf", scan_pdf([DMS_PROTOCOL_PARTIAL])),
        ],
    )
    return msg, Label(
        "nn",
        (
            ORG,
            "dpia_docx",
            "consultant_template",
            "contact_prose",
            "contact_is_sender_stated",
            "phone_foreign",
            "part5_scanned_protocol",
            "part4_will_follow",
            "union_input",
        ),
        "none",
        True,
        "used",
        "part 4 missing: risk assessment «vert ettersend» in January; the signed protocol approves the DPIA as it stands and the request",
        missing=(4,),
    )


def g031() -> tuple[EmailMessage, Label]:
    protocol = "\n".join(ln for ln in DMS_PROTOCOL.strip().splitlines() if ln != "[signatur]")
    body = (
        txt(
            """
        Til Datatilsynet

        Anmodning om forhandsdrøfting etter personvernforordninga art. 36 – førarovervaking i bussane til Nordfjordruta AS (org.nr. 912 448 370).

        Eg sender alt i teksten her fordi vi krypterer, og krypteringsprogrammet vårt handterer ikkje vedlegg. Konsekvensvurderinga er limt inn først, deretter utdrag av styreprotokollen. Den signerte protokollen kan vi sende i posten om de vil ha han.

        Kontaktperson er underteikna.
        """
        )
        + "\n"
        + txt(DPO_PROSE)
        + "\n"
        + txt(VAKEN_PROSE)
        + "\n=====================================\n\n"
        + plain("\n".join([DMS_HEAD, DMS_1, DMS_2, DMS_3]))
        + "\n=====================================\nUTDRAG AV STYREPROTOKOLL\n\n"
        + protocol
        + "\n(signert av alle styremedlemene)\n\n"
        + txt(RAGNHILD_SIG)
    )
    msg = message(
        "G031",
        RAGNHILD,
        "Forhandsdrøfting førarovervaking",
        when(11, 3, 7, 48),
        body,
    )
    return msg, Label(
        "nn",
        (
            ORG,
            "all_in_body",
            "contact_prose",
            "contact_is_sender_stated",
            "phone_foreign",
            "risk_likelihood_consequence",
            "part5_protocol_quoted_in_body",
            "union_input",
        ),
        "inline",
        True,
        "used",
        "complete; DPIA and protocol pasted into a plain PGP-inline mail",
    )


def g051() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei,

        Vedlagt er anmodning om forhandsdrøfting for førarovervaking i 120 av bussane våre: konsekvensvurderinga (Word) og den signerte styreprotokollen (skanna).

        Kontaktperson er underteikna.
        """
        )
        + "\n"
        + txt(DPO_PROSE)
        + "\n"
        + txt(VAKEN_PROSE)
        + "\n"
        + txt(RAGNHILD_SIG)
    )
    msg = message(
        "G051",
        RAGNHILD,
        "Anmodning om forhandsdrøfting – førarovervaking",
        when(11, 4, 14, 30),
        body,
        attachments=[
            ("DPIA førarovervaking v1.0.docx", dms_docx()),
            ("Skanna protokoll styret 28.10.pdf", scan_pdf([DMS_PROTOCOL])),
        ],
    )
    return msg, Label(
        "nn",
        (
            ORG,
            "dpia_docx",
            "consultant_template",
            "contact_prose",
            "contact_is_sender_stated",
            "phone_foreign",
            "risk_likelihood_consequence",
            "part5_scanned_protocol",
            "union_input",
        ),
        "none",
        True,
        "used",
        "complete; DOCX DPIA and a scanned signed protocol",
    )


# --- audio recording in the CCTV (even ids) --------------------------------------------------

BV_PROSE = "Anlegget vert levert og drifta av Bussvideo Nord AS, som er databehandlar. Kontaktperson der er Geir Rune Stårvik, tlf. 76 11 22 90, geir.rune@bussvideo.no."

AUDIO_HEAD = """
# Vurdering av personvernkonsekvensar

## Lydopptak og direkteoverføring i kameraanlegget om bord

~ Versjon 1.1, 2. november 2026
~ Mal: Sikringsrådgjeving Vest AS, DPIA-mal for transportverksemder
"""

AUDIO_1 = """
# 1 Om handsaminga

Alle dei 180 bussane våre har i dag kamera utan lyd, med lagring i 7 dagar. Vi vil utvide anlegget med lydopptak frå tre mikrofonar per buss (framme ved føraren, midt i bussen og bak), eitt nytt kamera retta mot inngangen ved føraren, og ein panikkknapp som gir direkte overføring av bilete og lyd til trafikksentralen.

Lyd og bilete vert tekne opp samanhengande når bussen er i drift, lagra kryptert på ein opptakar i bussen, og overskrivne etter 7 dagar. Opptak vert henta ut berre etter ei meld hending, av to tilsette i tryggleiksavdelinga. Når føraren trykkjer på panikkknappen, ser og høyrer trafikkleiar det som skjer, og kan kalle ut politi.

Omfang: om lag 4,2 millionar reiser i året, mellom dei 6 000 skuleelevar kvar skuledag. Sjåførane vert òg tekne opp. Kjelder: opptaka. Mottakarar: tryggleiksavdelinga, trafikkleiar ved panikkknapp, politiet ved melding. Bussvideo Nord AS leverer og driftar anlegget og er databehandlar. Behandlingsgrunnlag: art. 6 nr. 1 bokstav f.

Kvifor høg risiko: Lydopptak fangar samtalar mellom passasjerar, telefonsamtalar og samtalar mellom born, i eit rom folk ikkje kan unngå når dei skal reise. Det er mange born, og direkteoverføringa betyr at nokon kan lytte i sanntid.
"""

AUDIO_2 = """
# 2 Naudsyn og forholdsmessigheit

Talet på trugsmål og vald mot sjåførar har auka: 34 meldingar i 2025, to av dei fysiske åtak. Det har òg vore fleire saker med slåssing og trakassering mellom elevar på skulebussen der foreldre har meldt frå i etterkant. Politiet har sagt at bilete utan lyd sjeldan er nok til å dokumentere trugsmål.

Vi har vurdert kroppskamera for sjåførane (gir lite verdi når sjåføren sit i førarsetet), lyd berre ved panikkknapp (fangar ikkje hendingar som vert melde i etterkant, til dømes frå foreldre) og fleire kontrollørar på utsette ruter (vert gjort i tillegg, men dekkjer ikkje skulebussane).

Tiltak:

- Lagring berre i 7 dagar, automatisk overskriving.
- Uthenting berre etter meld hending, av to personar saman, med logg.
- Ingen lytting i sanntid utan at føraren har trykt på panikkknappen.
- Skilt med lydsymbol ved alle dører, informasjon på nettsida og i reiseappen, og melding til skulane.
- Sjåførane får eigen informasjon, og saka er drøfta med tillitsvalde.
- Utlevering berre til politiet.
"""

AUDIO_3 = """
# 3 Risikovurdering

| Risiko | Sannsyn | Konsekvens | Tiltak |
| Private samtalar mellom passasjerar vert tekne opp og lytta til | Høg | Høg | Berre uthenting ved hending, to personar, logg |
| Born vert tekne opp utan å forstå det | Høg | Middels | Informasjon gjennom skulane, skilt med symbol |
| Trafikkleiar lyttar utan grunn | Låg | Høg | Direkteoverføring berre ved panikkknapp, logg |
| Opptak kjem på avvegar (deling, lekkasje) | Låg | Høg | Kryptering, ingen nedlasting til private einingar |
| Sjåføren sine private telefonsamtalar vert tekne opp | Middels | Middels | Mikrofonen ved føraren har lågare følsemd, informasjon |
| Utlevering til andre enn politiet, til dømes foreldre i konfliktar | Middels | Middels | Fast rutine: berre politiet |

# 4 Tiltak som er vurderte, men ikkje sette i verk

- Lyd berre når panikkknappen vert trykt: sjå kapittel 2.
- Kortare lagring (48 timar): hendingar vert ofte melde etter nokre dagar.

# 5 Konklusjon

Restrisikoen for at private samtalar vert tekne opp og lytta til, er framleis høg. Vi ber derfor om forhandsdrøfting.
"""

AUDIO_PROTOCOL = """
NORDFJORDRUTA AS
PROTOKOLL FRÅ STYREMØTE 9. NOVEMBER 2026
Til stades: Kjell Inge Sandvik (styreleiar), Randi Hauge, Per Olav Fure, Marte Sunde. Adm. dir. Sverre Heggdal.
Sak 26/26 Lydopptak i bussane – vurdering av personvernkonsekvensar
Adm. dir. og HMS- og tryggleikssjefen presenterte konsekvensvurderinga versjon 1.1 og hovudfunna: lydopptak gir betre vern for sjåførar og elevar, men restrisikoen for at private samtalar vert tekne opp og lytta til, er høg.
Styret hadde fått innspel frå klubben i Yrkestrafikkforbundet (positiv, men uroa for sjåførane sine private samtalar), frå fylkeskommunen som oppdragsgivar og frå to skular.
Vedtak: Styret godkjenner konsekvensvurderinga og ber administrasjonen be Datatilsynet om forhandsdrøfting. Lydopptak vert ikkje teke i bruk før svar ligg føre.
[signatur]
Kjell Inge Sandvik
[signatur]
Marte Sunde
"""


def g012() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei

        Nordfjordruta AS ber om forhandsdrøfting for lydopptak i kameraanlegget i bussane. Konsekvensvurderinga og den signerte styreprotokollen frå 9. november ligg ved.

        Kontaktperson er underteikna.
        """
        )
        + "\n"
        + txt(DPO_PROSE)
        + "\n"
        + txt(BV_PROSE)
        + "\n"
        + txt(RAGNHILD_SIG)
    )
    msg = message(
        "G012",
        RAGNHILD,
        "Forhandsdrøfting – lydopptak i buss",
        when(11, 16, 10, 22),
        body,
        attachments=[
            (
                "DPIA lydopptak buss v1.1.docx",
                to_docx("\n".join([AUDIO_HEAD, AUDIO_1, AUDIO_2, AUDIO_3])),
            ),
            ("Protokoll styremøte 09112026.pdf", scan_pdf([AUDIO_PROTOCOL])),
        ],
    )
    return msg, Label(
        "nn",
        (
            ORG,
            "dpia_docx",
            "consultant_template",
            "contact_prose",
            "contact_is_sender_stated",
            "risk_likelihood_consequence",
            "part5_scanned_protocol",
            "union_input",
        ),
        "none",
        True,
        "used",
        "complete; DOCX DPIA and scanned protocol",
    )


def g032() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Til Datatilsynet

        Nordfjordruta AS vil be om forhandsdrøfting for lydopptak og direkteoverføring i kameraanlegget i bussane våre. Eg sender det vi har no, i teksten, sidan vi krypterer.

        Kontaktperson er underteikna.
        """
        )
        + "\n"
        + txt(DPO_PROSE)
        + "\n"
        + txt(BV_PROSE)
        + "\n"
        + plain("\n".join([AUDIO_1, AUDIO_3]))
        + "\n"
        + txt(
            """
        Vurderinga av naudsyn og forholdsmessigheit har vi ikkje kome i mål med. Vi ventar på tal frå politiet om kor mange saker som har stranda på manglande lyd, og sender ho når ho er klar.

        Saka har heller ikkje vore i styret enno. Ho kjem opp på styremøtet i februar.
        """
        )
        + "\n"
        + txt(RAGNHILD_SIG)
    )
    msg = message(
        "G032",
        RAGNHILD,
        "Lydopptak i bussane – forhandsdrøfting",
        when(10, 30, 15, 12),
        body,
    )
    return msg, Label(
        "nn",
        (
            ORG,
            "all_in_body",
            "contact_prose",
            "contact_is_sender_stated",
            "risk_likelihood_consequence",
            "part3_not_done",
            "part5_not_done",
        ),
        "inline",
        True,
        "used",
        "parts 3 and 5 missing: necessity assessment not finished, board has not treated the case; description and risks pasted in the body",
        missing=(3, 5),
    )


def g052() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei

        Vi melder med dette eit avvik. Vi fekk ikkje til å sende skjemaet i Altinn fordi innlogginga feila, så vi sender på e-post i staden og fyller ut skjemaet så snart det verkar.

        Kva skjedde: Laurdag 5. desember filma ein av sjåførane våre skjermen på opptakaren i bussen med mobilen sin medan han viste ein kollega eit opptak av ei slåsskamp mellom to elevar. Videoen vart delt i ei Snapchat-gruppe med om lag 15 sjåførar. Ein forelder fekk sjå videoen måndag og melde frå til oss.

        Kven er råka: to elevar på 14 år som kan kjennast att, og truleg tre–fire andre elevar i bakgrunnen.

        Kva vi har gjort: Alle i gruppa er bedne om å slette videoen og har stadfesta det skriftleg. Sjåføren er teken ut av teneste medan saka vert granska. Foreldra til dei to elevane er kontakta. Vi har sperra moglegheita til å spele av opptak på skjermen i bussen.

        Oppdaga: 7. desember kl. 09.10.
        """
        )
        + "\n"
        + txt(RAGNHILD_SIG)
    )
    msg = message(
        "G052",
        RAGNHILD,
        "Melding om avvik – videoopptak frå buss delt i sosiale medium",
        when(12, 8, 8, 2),
        body,
    )
    return msg, Label(
        "nn",
        (ORG, "nonrequest_breach_notification"),
        "none",
        False,
        "unspecified",
        "not a request: breach notification by e-mail (CCTV clip shared on Snapchat)",
    )
