# ruff: noqa: E501
"""Sender D: Hardbakke Havbruk AS, a fish-farming company in Sunnfjord owned by a Danish group.

Habits: nynorsk; the HSE and privacy manager sends; the group DPO sits in Esbjerg (+45) and is
always copied; DPIAs written in LibreOffice (ODT) or exported to PDF; board minutes are signed on
paper and scanned; the group's own headings («Formål», «Kva skjer», «Kvifor», «Kva kan gå gale»).
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import photo_pdf, signed_page
from kit import Label, message, to_odt, to_pdf, to_xlsx, to_zip, txt, when

SOLVEIG = "Solveig Instebø <solveig.instebo@hardbakke-havbruk.no>"
DPO_CC = "Mette Kjærgaard <dpo@blaavandseafood.dk>"

SIG = "\n" + txt("""
    Helsing
    Solveig Instebø
    HMS- og personvernleiar
    Hardbakke Havbruk AS – eit selskap i Blåvand Seafood-konsernet
    Sjøvegen 3, 6983 Kvammen
    Mob. +47 913 55 208
    solveig.instebo@hardbakke-havbruk.no
    """)

KONTAKT = """
| Rolle | Namn | Telefon | E-post |
| Kontaktperson | Solveig Instebø, HMS- og personvernleiar | +47 913 55 208 | solveig.instebo@hardbakke-havbruk.no |
| Personvernombod (konsernet) | Mette Kjærgaard, Blåvand Seafood Holding A/S, Esbjerg | +45 75 55 18 40 | dpo@blaavandseafood.dk |
"""


def vurdering(tittel: str, kontakt: str, kva: str, kvifor: str, risiko: str, leiing: str) -> str:
    return f"""
# Vurdering av personvernkonsekvensar – {tittel}

~ Hardbakke Havbruk AS · Konsernmal BSH-DPIA (nynorsk utgåve)

# 1 Kontaktinformasjon
{kontakt}

# 2 Kva skjer? Systematisk skildring av handsaminga

{kva}

# 3 Kvifor? Naudsyn og proporsjonalitet

{kvifor}

# 4 Kva kan gå gale? Risiko for dei registrerte

{risiko}

# 5 Handsaming i leiinga

{leiing}
"""


def rtab(rows: list[tuple[str, str, str, str, str]]) -> str:
    head = "| Risiko for dei registrerte | Sannsyn | Konsekvens | Tiltak | Restrisiko |\n"
    return head + "\n".join(f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows)


# --- O007: lone-worker wearables (odd) -------------------------------------------------------


def c007() -> tuple[EmailMessage, Label]:
    doc = vurdering(
        "tryggleiksalarm med fallsensor og posisjon for tilsette på merdanlegg",
        KONTAKT
        + "| Databehandlar | Håkon Rydland, Vaktvest AS | +47 55 55 21 70 | hakon@vaktvest.no |\n",
        "Alle 46 tilsette som arbeider på flåtar og i båtar skal bere ein vest med tryggleiksalarm frå Vaktvest AS. Eininga har fallsensor, «mann over bord»-sensor (vatn), naudknapp og GPS. Posisjon vert sendt kvart 5. minutt når eininga er i arbeidsområdet (geogjerde rundt lokalitetane og kaia), og kvart sekund ved alarm. Alarmar går til vaktsentralen hos Vaktvest og til driftsleiar på vakt. Eininga vert slått av utanfor geogjerdet, men tilsette tek ofte vesten med heim i bilen. Posisjonslogg vert lagra 30 dagar, alarmloggar 2 år (HMS-dokumentasjon). Vaktvest lagrar data i Noreg.",
        "Føremålet er å redde liv: drukning og fall er dei alvorlegaste risikoane i næringa. Grunnlag: art. 6 nr. 1 c (arbeidsmiljølova § 4-4 og akvakulturdriftsforskrifta) og art. 6 nr. 1 f. Alternativ som er vurderte: naudknapp utan posisjon (finn ikkje personen i sjøen), posisjon berre ved alarm (vert brukt så langt teknologien tillèt; jamleg posisjon trengst for å sjå kven som er på anlegget ved storm), to personar på alle oppdrag (innført der det er mogleg). Tiltak for dei tilsette: drøfta med tillitsvalde (protokoll 14.10.2026), posisjonsdata kan ikkje brukast til å kontrollere arbeidstid eller effektivitet, innsyn i eigen logg, eininga sluttar å sende utanfor geogjerdet, informasjon på personalmøte og i handbok.",
        rtab(
            [
                (
                    "Kontroll av arbeidstid og pausar via posisjonslogg",
                    "Middels",
                    "Middels",
                    "Forbod i rutine, tilgang berre for vaktsentral og HMS, logging av oppslag",
                    "Låg",
                ),
                (
                    "Posisjon registrert privat (vest i bilen heim)",
                    "Middels",
                    "Middels",
                    "Geogjerde, automatisk dvale, opplæring",
                    "Låg",
                ),
                (
                    "Falske alarmar som stressar tilsette og familie",
                    "Høg",
                    "Låg",
                    "Stadfesting på eininga, rutine for kontakt",
                    "Låg",
                ),
                (
                    "Brot på konfidensialitet hos databehandlar",
                    "Låg",
                    "Middels",
                    "Avtale, kryptering, ISO 27001",
                    "Låg",
                ),
            ]
        )
        + "\n\nVurdert og ikkje gjennomført: å la tilsette slå av posisjon sjølve (kan ikkje kombinerast med naudfunksjonen); lagring av posisjon i berre 7 dagar (HMS-granskingar kjem ofte seinare). Samla restrisiko for integritet i arbeidslivet vert vurdert som middels fordi ordninga er obligatorisk.",
        "Styret handsama vurderinga 27. oktober 2026, sak 22/2026. Sjå vedlagt signert protokoll (skanna).",
    )
    protokoll = """HARDBAKKE HAVBRUK AS
Protokoll frå styremøte 27. oktober 2026, Kvammen

Til stades: Jens Østergaard (styreleiar), Anne Lise Hardbakke, Per Gunnar Vårdal, Trond Nes (tilsetterepresentant). Dagleg leiar Arild Hovland. Solveig Instebø under sak 22/2026.

Sak 22/2026 Tryggleiksalarm med fallsensor og posisjon – vurdering av personvernkonsekvensar

HMS- og personvernleiar la fram vurderinga, funna og innspel frå tillitsvalde og frå konsernets personvernombod. Styret drøfta at ordninga er obligatorisk og at restrisikoen for integritet er middels.

Vedtak: Styret godkjenner vurderinga med tiltaka. Selskapet skal be Datatilsynet om førehandsdrøfting før ordninga vert sett i verk. Samrøystes."""
    body = (
        txt("""
        Til Datatilsynet

        Hardbakke Havbruk AS ber om førehandsdrøfting etter personvernforordninga artikkel 36 for tryggleiksalarm med fallsensor og posisjon for tilsette på merdanlegga våre.

        Vedlagt:
        1. Vurdering av personvernkonsekvensar (ODT)
        2. Signert styreprotokoll 27.10.2026 (skanna PDF)

        Konsernets personvernombod, Mette Kjærgaard, har kopi.

        """)
        + SIG
    )
    msg = message(
        "O007",
        SOLVEIG,
        "Førehandsdrøfting – tryggleiksalarm med posisjon for tilsette",
        when(11, 3, 12, 40),
        body,
        attachments=[
            ("DPIA_tryggleiksalarm_merdanlegg.odt", to_odt(doc)),
            (
                "Styreprotokoll_2026-10-27_signert.pdf",
                photo_pdf(
                    [
                        signed_page(
                            protokoll,
                            [
                                "Jens Østergaard",
                                "Anne Lise Hardbakke",
                                "Per Gunnar Vårdal",
                                "Trond Nes",
                            ],
                            seed=707,
                        )
                    ]
                ),
            ),
        ],
        cc=DPO_CC,
    )
    return msg, Label(
        "nn",
        (
            "aquaculture",
            "employees",
            "location_tracking",
            "wearables",
            "odt",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "group_dpo_abroad",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_signed_page_scan",
            "image_only_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: ODT with contacts (group DPO +45, processor Vaktvest); necessity with alternatives and employee safeguards; risk table with residual and measures not taken; board decision only in a scanned signed protocol (image-only PDF)",
    )


# --- O027: drug and alcohol testing, DPO phone missing, board minutes to follow (odd) --------


def c027() -> tuple[EmailMessage, Label]:
    kontakt = """
| Rolle | Namn | Telefon | E-post |
| Kontaktperson | Solveig Instebø | +47 913 55 208 | solveig.instebo@hardbakke-havbruk.no |
| Personvernombod | Mette Kjærgaard, Blåvand Seafood Holding A/S | | dpo@blaavandseafood.dk |
| Databehandlar (laboratorium) | Karin Wall, Analyslabbet Norden AB, Uppsala | +46 18 555 62 10 | karin.wall@analyslabbet.se |
"""
    doc = vurdering(
        "rusmiddeltesting av mannskap på arbeidsbåtar og brønnbåt",
        kontakt,
        "Skipperar og mannskap på tre arbeidsbåtar og ein brønnbåt (om lag 30 personar) skal testast for alkohol og narkotika: ved tilsetjing, etter uhell, og stikkprøvar fire gonger i året. Pusteprøve for alkohol vert teken om bord; urinprøve vert sendt til Analyslabbet Norden AB i Sverige. Laboratoriet returnerer positivt/negativt svar og, ved positivt svar, kva stoff. Svar vert lagra i personalmappa i 2 år. Berre dagleg leiar og HMS-leiar ser svara.",
        "Grunnlag: arbeidsmiljølova § 9-4 bokstav b (særlege tryggleiksomsyn) og skipssikkerhetslova; art. 9 nr. 2 b. Alternativ: berre testing ved mistanke (fangar ikkje opp risiko før uhell), eigenerklæring (ikkje tilstrekkeleg for brønnbåt med farleg last). Tiltak: tydeleg rutine drøfta med tillitsvalde, lege vurderer positive prøvar før tiltak (medisinbruk), den tilsette kan krevje kontrollanalyse, svara vert ikkje brukte til anna enn tryggleik, tilbod om AKAN-avtale i staden for oppseiing.",
        rtab(
            [
                (
                    "Positivt svar på grunn av lovleg medisin vert misforstått",
                    "Middels",
                    "Høg",
                    "Legevurdering før tiltak, rett til kontrollanalyse",
                    "Låg",
                ),
                (
                    "Stigmatisering om resultat vert kjent blant kollegaer",
                    "Låg",
                    "Høg",
                    "Prøvetaking skjerma, to personar med tilgang",
                    "Låg",
                ),
                (
                    "Stikkprøvar opplevast som vilkårleg mistanke",
                    "Middels",
                    "Middels",
                    "Tilfeldig trekning i systemet, informasjon",
                    "Middels",
                ),
            ]
        )
        + "\n\nVurdert, ikkje gjennomført: testing berre etter uhell (for seint ut frå risikoen på brønnbåt).",
        "Saka skal opp i styret 16. desember 2026. Protokollen vert ettersend.",
    )
    body = (
        txt("""
        Hei,

        Vi sender med dette førespurnad om førehandsdrøfting for rusmiddeltesting av mannskap på arbeidsbåtane og brønnbåten vår. Vurderinga ligg ved. Styrehandsaminga kjem i desember, og vi ettersender protokollen.

        """)
        + SIG
    )
    msg = message(
        "O027",
        SOLVEIG,
        "Førespurnad om førehandsdrøfting – rusmiddeltesting av mannskap",
        when(11, 10, 8, 55),
        body,
        attachments=[("Vurdering_rusmiddeltesting_mannskap.pdf", to_pdf(doc))],
        cc=DPO_CC,
    )
    return msg, Label(
        "nn",
        (
            "aquaculture",
            "employees",
            "health_data",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "p1_dpo_no_phone",
            "part5_will_follow",
            "risk_words_likelihood_consequence",
            "residual_risk",
        ),
        "none",
        True,
        "used",
        "the group DPO's phone cell is empty and no phone is given elsewhere → part 1 missing; board handling is in December and the minutes «vert ettersend» → part 5 missing",
        (1, 5),
    )


# --- O047: status query about O027 (odd) ---------------------------------------------------


def c047() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei,

        Vi viser til førespurnaden vår av 10. november 2026 om førehandsdrøfting for rusmiddeltesting av mannskap. Vi har ikkje fått stadfesting på at saka er motteken.

        Kan de stadfeste at de har fått den, og seie noko om kor lang tid det vil ta? Vi lurer òg på om vi kan starte med testing ved tilsetjing medan saka er til handsaming, sidan det er den delen tillitsvalde er mest samde i.

        """)
        + SIG
    )
    msg = message(
        "O047",
        SOLVEIG,
        "Sv: Førespurnad om førehandsdrøfting – rusmiddeltesting av mannskap",
        when(12, 1, 13, 18),
        body,
    )
    return msg, Label(
        "nn",
        (
            "aquaculture",
            "nonrequest_status_query",
            "refers_to_earlier_messages",
            "signature_no_dpo",
            "all_in_body",
        ),
        "none",
        False,
        "unspecified",
        "status query about O027 with a question whether testing may start; not a request; signature has the contact person but no DPO → part 1 missing; nothing of parts 2–5",
        (1, 2, 3, 4, 5),
    )


# --- O008: hand-vein access control (even) -------------------------------------------------


def c008() -> tuple[EmailMessage, Label]:
    doc = vurdering(
        "biometrisk tilgangskontroll (handflatevener) på slakteriet",
        KONTAKT
        + "| Databehandlar | Marius Tveit, Venaid AS, Bergen | +47 55 55 84 02 | marius.tveit@venaid.no |\n",
        "Slakteriet i Kvammen skal ta i bruk tilgangskontroll med skanning av blodåremønsteret i handflata ved inngangen til reinsona (hygienesone) og til lageret for fiskefôr med medisin. Om lag 120 tilsette og 40 innleigde. Malen (template) vert laga ved registrering og lagra kryptert i lesaren og i Venaids skyteneste i Noreg. Logg over inn- og utpassering vert lagra 90 dagar. Dei som ikkje vil registrerast får kort med PIN.",
        "Føremålet er mattryggleik (hindre at uvedkomande eller ikkje-hygieneskifta personar kjem inn i reinsona) og kontroll med medisinert fôr (krav frå Mattilsynet). Grunnlag: samtykke (art. 9 nr. 2 a) med reelt alternativ (kort og PIN). Alternativ vurderte: kort åleine (kort vert lånte bort – dokumentert ved revisjon), kamera ved døra (meir inngripande). Tiltak: frivillig, alternativ utan ulempe, malen kan ikkje brukast til å rekonstruere biletet, sletting straks ved slutt, logg ikkje brukt til arbeidstidskontroll, drøfta med tillitsvalde, innsyn.",
        rtab(
            [
                (
                    "Biometrisk mal kjem på avvegar",
                    "Låg",
                    "Høg",
                    "Kryptert mal, ingen rå bilete, leverandørrevisjon",
                    "Låg",
                ),
                (
                    "Press til å samtykkje (opplevd ufrivillig)",
                    "Middels",
                    "Middels",
                    "Alternativ med kort/PIN, informasjon frå tillitsvald",
                    "Låg",
                ),
                (
                    "Passeringslogg brukt til kontroll av arbeidstid",
                    "Middels",
                    "Middels",
                    "Forbod i rutine, tilgang berre for tryggleiksansvarleg",
                    "Låg",
                ),
                (
                    "Innleigde frå utlandet forstår ikkje informasjonen",
                    "Middels",
                    "Middels",
                    "Informasjon på engelsk, polsk og litauisk",
                    "Middels",
                ),
            ]
        )
        + "\n\nIkkje gjennomført: lagring av malen berre på eit kort som den tilsette ber (lesaren støttar det ikkje; vurderast ved utskifting i 2029).",
        "Leiargruppa i Hardbakke Havbruk AS handsama vurderinga 5. november og konsernleiinga i Blåvand Seafood Holding A/S 12. november 2026. Vedtak i konsernleiinga (sak 31/2026): «Vurderinga er godkjend med dei tiltaka som er skildra. Restrisikoen er akseptert. Hardbakke Havbruk AS skal be Datatilsynet om førehandsdrøfting, sidan biometri skal nyttast på tilsette.» Saka vart lagd fram med samandrag av funn og innspel frå tillitsvalde og innleigefirma.",
    )
    body = (
        txt("""
        Til Datatilsynet

        Hardbakke Havbruk AS ber om førehandsdrøfting for biometrisk tilgangskontroll med handflatevener på slakteriet i Kvammen. Vurderinga ligg ved som PDF; kontaktinformasjon og vedtak frå konsernleiinga står i kapittel 1 og 5.

        """)
        + SIG
    )
    msg = message(
        "O008",
        SOLVEIG,
        "Førehandsdrøfting – biometrisk tilgangskontroll på slakteriet",
        when(11, 18, 9, 33),
        body,
        attachments=[("Vurdering_biometrisk_tilgang_slakteri.pdf", to_pdf(doc))],
        cc=DPO_CC,
    )
    return msg, Label(
        "nn",
        (
            "aquaculture",
            "employees",
            "biometrics",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "group_dpo_abroad",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
            "part5_group_management",
        ),
        "none",
        True,
        "used",
        "complete: contacts incl. group DPO (+45) and processor; necessity with a real alternative; risk table with residual and a measure not taken; the group management's decision quoted in chapter 5 with what was presented",
    )


# --- O028: camera analytics at farm sites, ZIP bundle (even) --------------------------------


def c028() -> tuple[EmailMessage, Label]:
    doc = vurdering(
        "kameraanalyse på lokalitetane (rømmings- og tjuverivarsling)",
        KONTAKT
        + "| Databehandlar | Ingvild Vik, Merdsyn AS, Ålesund | +47 70 55 41 33 | ingvild.vik@merdsyn.no |\n",
        "Sju lokalitetar får kamera over vatn (360 grader, termisk og optisk) med analyse frå Merdsyn AS som varslar om båtar og personar nær merdane om natta (tjuveri av fisk, skade på not som gir rømming). Kameraa dekkjer òg farleia, fritidsbåtar og tilsette på flåten. Ved hending vert eit klipp på 30 sekund sendt til vaktsentralen. Opptak vert elles overskrivne etter 72 timar. Om lag 40 tilsette; tal på forbipasserande ukjent.",
        "Føremål: hindre rømming (krav i akvakulturdriftsforskrifta) og tjuveri. Grunnlag: art. 6 nr. 1 f; for tilsette arbeidsmiljølova kap. 9. Alternativ: vakthald med båt (kostbart, farleg om natta), berre undervasskamera (ser ikkje båtar). Tiltak: analyse berre 20–06 og i helg, maskering av farleia utanfor 50 m frå merdane, skilting på flåtane og i kartet, klipp lagra 30 dagar, tilsette vert ikkje følgde opp med kamera, innsyn.",
        "Sjå vedlagt risikoregister (Risikoregister_kameraanalyse.xlsx) med sannsyn, konsekvens, tiltak og restrisiko, og arket «Vurdert, ikkje gjennomført».",
        "Sjå vedlagt styreprotokoll 24.11.2026 sak 27/2026.",
    )
    reg = to_xlsx(
        {
            "Risikoar": [
                [
                    "Nr",
                    "Risiko for dei registrerte",
                    "Sannsyn",
                    "Konsekvens",
                    "Tiltak",
                    "Restrisiko",
                ],
                [
                    "1",
                    "Fritidsbåtar og personar i farleia filma utan å vite det",
                    "Høg",
                    "Låg",
                    "Maskering utanfor 50 m, skilting, tidsvindauge",
                    "Låg",
                ],
                [
                    "2",
                    "Tilsette overvaka i arbeidet på flåten",
                    "Middels",
                    "Middels",
                    "Analyse berre natt/helg, forbod mot bruk til kontroll",
                    "Låg",
                ],
                [
                    "3",
                    "Feilalarm fører til at uskuldige vert melde til politiet",
                    "Middels",
                    "Middels",
                    "Vaktsentral vurderer klipp før melding",
                    "Låg",
                ],
                [
                    "4",
                    "Klipp spreidd i sosiale medium",
                    "Låg",
                    "Middels",
                    "Tilgangsstyring, logging",
                    "Låg",
                ],
            ],
            "Vurdert, ikkje gjennomført": [
                ["Tiltak", "Grunngjeving"],
                [
                    "Ingen kamera over vatn",
                    "Krav til rømmingsvern kan ikkje oppfyllast med undervasskamera åleine",
                ],
                ["Slette klipp etter 7 dagar", "Politiet treng klipp ved melding; 30 dagar valt"],
            ],
        }
    )
    prot = """
# Hardbakke Havbruk AS – utdrag av styreprotokoll 24. november 2026

## Sak 27/2026 Kameraanalyse på lokalitetane

Dagleg leiar og HMS- og personvernleiar la fram vurderinga av personvernkonsekvensar med risikoregister, og innspel frå tillitsvalde, Kvammen båtlag og konsernets personvernombod.

Vedtak: Styret godkjenner vurderinga og tiltaka og ber om at Datatilsynet vert bedt om førehandsdrøfting før analysen vert slått på. Samrøystes.

~ Jens Østergaard (sign.), Anne Lise Hardbakke (sign.), Per Gunnar Vårdal (sign.), Trond Nes (sign.)
"""
    bundle = to_zip(
        {
            "1_Vurdering_kameraanalyse.pdf": to_pdf(doc),
            "2_Risikoregister_kameraanalyse.xlsx": reg,
            "3_Styreprotokoll_2026-11-24_sak27.pdf": to_pdf(prot),
        }
    )
    body = (
        txt("""
        Til Datatilsynet

        Vedlagt ligg ei zip-fil med førespurnaden vår om førehandsdrøfting for kameraanalyse på lokalitetane: vurderinga, risikoregisteret og styreprotokollen.

        """)
        + SIG
    )
    msg = message(
        "O028",
        SOLVEIG,
        "Førehandsdrøfting – kameraanalyse på lokalitetane (Hardbakke Havbruk AS)",
        when(11, 30, 14, 2),
        body,
        attachments=[("Forehandsdrofting_kameraanalyse.zip", bundle)],
        cc=DPO_CC,
    )
    return msg, Label(
        "nn",
        (
            "aquaculture",
            "video_analytics",
            "employees",
            "zip_bundle",
            "dpia_report_pdf",
            "risk_register_xlsx",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_minute_extract",
        ),
        "pgp_mime",
        True,
        "used",
        "complete inside a ZIP: assessment with contacts incl. processor, necessity and safeguards; XLSX risk register with residual and not-taken sheet; board minute extract",
    )


# --- O048: background checks, all in body, empty sign-off (even) -----------------------------


def c048() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        FØREHANDSDRØFTING – BAKGRUNNSSJEKK AV TILSETTE I TRYGGLEIKSROLLER

        Hardbakke Havbruk AS ber om førehandsdrøfting etter art. 36. Vi har skrive vurderinga direkte i denne e-posten.

        1. KONTAKT
        Kontaktperson: Solveig Instebø, mob. +47 913 55 208, solveig.instebo@hardbakke-havbruk.no
        Personvernombod: Mette Kjærgaard, Blåvand Seafood Holding A/S, tlf. +45 75 55 18 40, dpo@blaavandseafood.dk
        Databehandlar: ingen. Sjekken vert gjord av HR internt.

        2. KVA SKJER
        Tilsette og søkjarar til 14 roller med tilgang til vaktsentral, brønnbåt med farleg last og lager for medisinert fôr skal leggje fram politiattest (ordinær), og vi gjer kredittsjekk og søk i opne kjelder (nyheiter, sosiale medium) før tilsetjing og kvart tredje år. Resultatet vert vurdert av HR-sjef og dagleg leiar og lagra i personalmappa i tilsetjingstida. Opplysningar om straffbare forhold (art. 10) og økonomi.

        3. KVIFOR
        Føremål: hindre tjuveri av fisk og medisin og sabotasje mot anlegga, som har auka dei siste åra. Grunnlag: art. 6 nr. 1 f og samtykke til kredittsjekk; politiattest etter politiregisterlova der det er heimel, elles frivillig. Alternativ vurderte: berre referansar (gjort i dag), berre politiattest (fangar ikkje gjeldsproblem som gjer folk sårbare for press). Tiltak: informasjon før søknad, søkjaren kan forklare funn, søk i opne kjelder berre etter fast liste og dokumentert, ingen lagring av skjermbilete, sletting ved avslag etter 3 månader.

        4. KVA KAN GÅ GALE
        - Søkjarar avviste på grunnlag av gamle eller feil opplysningar. Sannsyn middels, konsekvens høg. Tiltak: søkjaren får alltid uttale seg. Restrisiko låg.
        - Søk i sosiale medium gir informasjon om politikk, religion, helse. Sannsyn høg, konsekvens middels. Tiltak: fast søkjeliste, berre treff om namn + jobb. Restrisiko middels.
        - Kredittopplysningar vert kjende i organisasjonen. Sannsyn låg, konsekvens høg. Tiltak: to personar med tilgang. Restrisiko låg.
        Ikkje gjennomført: å la eit eksternt firma gjere søket (kostnad, og fleire personar ville sett opplysningane).

        5. GODKJENNING I LEIINGA
        Godkjend av: ______________________
        Stilling: ______________________
        Dato: ________
        Vedtak: ______________________

        """)
        + SIG
    )
    msg = message(
        "O048",
        SOLVEIG,
        "Førehandsdrøfting – bakgrunnssjekk av tilsette i tryggleiksroller",
        when(12, 10, 10, 6),
        body,
    )
    return msg, Label(
        "nn",
        (
            "aquaculture",
            "employees",
            "criminal_offence_data",
            "all_in_body",
            "headings_caps_in_body",
            "contact_body_lines",
            "processor_none_stated",
            "phone_foreign",
            "signoff_table_empty",
            "risk_bullets_likelihood_consequence",
            "residual_risk",
        ),
        "inline",
        True,
        "none",
        "everything in a plain-text body: contacts with group DPO (+45), no processor stated; description, necessity and risk bullets with residual; section 5 is a blank sign-off form → only part 5 missing",
        (5,),
    )


TOPICS = {
    "c007": "lone_worker_wearables",
    "c027": "drug_alcohol_testing",
    "c047": "drug_alcohol_testing",
    "c008": "hand_vein_access",
    "c028": "farm_camera_analytics",
    "c048": "background_checks",
}
