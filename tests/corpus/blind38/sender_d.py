# ruff: noqa: E501
"""Sender D: Brekkefjord fylkeskommune, opplæringsavdelinga (school owner, nynorsk).

Habits: a Word checklist «Sjekkliste ved anmodning om førehandsdrøfting» with a question/answer
table per part; the senior adviser writes short mails; the county education director's management
group (leiargruppa i opplæringsavdelinga) validates; elevar are the data subjects.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_odt, to_pdf, txt, when

FROM = "Rune Myklebust <rune.myklebust@brekkefjord.fylke.no>"
SIG = txt(
    """
    Helsing
    Rune Myklebust
    seniorrådgjevar, Opplæringsavdelinga
    Brekkefjord fylkeskommune
    tlf. 57 64 30 21
    rune.myklebust@brekkefjord.fylke.no
    """
)

TOPICS = {
    "c007": "exam_proctoring",
    "c027": "dropout_prediction",
    "c047": "wifi_attendance",
    "c008": "school_health_chat",
    "c028": "ai_essay_grading",
    "c048": "bullying_report_app",
}

CONTACT_ROWS = """| 1.1 | Kontaktperson hos behandlingsansvarleg (namn, telefon, e-post) | Rune Myklebust, 57 64 30 21, rune.myklebust@brekkefjord.fylke.no |
| 1.2 | Personvernombod (namn, telefon, e-post) | Hanne Vik, 57 64 30 05, hanne.vik@brekkefjord.fylke.no |"""


def _checklist(title: str, rows: str) -> str:
    return f"""
# Sjekkliste ved anmodning om førehandsdrøfting (GDPR art. 36)

Brekkefjord fylkeskommune – skjema OPP-PV-07, versjon 3. Fyll ut alle svarfelt. Felt med grå hjelpetekst i hakeparentes skal erstattast med svar.

~ Behandling: {title}
~ Eining: Opplæringsavdelinga

| Nr | Spørsmål | Svar |
{rows}
"""


C007 = _checklist(
    "Digital eksamen med skjermopptak og webkamera (fjerneksamen for privatistar)",
    CONTACT_ROWS
    + """
| 1.3 | Databehandlar (namn, kontaktperson, telefon, e-post) | Eksamensvakt AS, Trine Solheim, 22 86 40 13, trine.solheim@eksamensvakt.no |
| 2.1 | Kva er formålet med behandlinga? | Å kunne tilby privatistar å ta skriftleg eksamen heimanfrå utan at det går ut over tryggleiken mot fusk. |
| 2.2 | Kva opplysningar, om kven, og kor mange? | Om lag 1 100 privatistar per år (frå 16 år). Namn, fødselsnummer, bilete av ID-kort, webkameraopptak av kandidaten og rommet, skjermopptak, lyd, tastetrykk-logg og IP-adresse. |
| 2.3 | Korleis går behandlinga føre seg? | Kandidaten loggar inn med ID-porten, viser ID-kort og rommet før start. Under eksamen blir webkamera, lyd og skjerm tatt opp. Programvara markerer hendingar (anna person i biletet, blikk bort frå skjermen over 10 sek., ny fane). Ein eksamensvakt hos fylkeskommunen ser gjennom alle markerte hendingar; programvara avgjer ingenting. |
| 2.4 | Kjelder, mottakarar, lagring, ansvar | Kjelde: kandidaten. Mottakarar: to eksamensvakter og eksamensansvarleg ved mistanke om fusk. Opptak blir sletta 4 veker etter sensur, eller når ein fuskesak er avslutta. Eksamensvakt AS driftar løysinga i Noreg. Grunnlag: art. 6 nr. 1 bokstav e, jf. opplæringslova og forskrift til opplæringslova kap. 3. |
| 3.1 | Kvifor er behandlinga naudsynt? | Mange privatistar bur langt frå eksamensstaden eller er i jobb/utlandet; i 2025 møtte 22 % ikkje opp. Vi har vurdert: fleire eksamenslokale (for dyrt og løyser ikkje utlandet), eksamen utan overvaking (opnar for fusk og svekkjer verdien av vitnemålet), berre skjermopptak utan kamera (fangar ikkje at ein annan person hjelper). |
| 3.2 | Er behandlinga proporsjonal? Kva tiltak og garantiar har de for dei registrerte? | Fjerneksamen er frivillig; oppmøte på eksamensstad er alltid tilbod. Ingen automatiske avgjerder – alle hendingar blir vurderte av menneske, og kandidaten får uttale seg før fuskesak. Informasjon i påmeldinga og film om korleis overvakinga verkar. Kandidaten kan sjå opptaket sitt i fuskesak og har innsyn etter forvaltningslova. Biometrisk samanlikning er ikkje i bruk. |
| 4.1 | Kva risikoar for dei registrerte har de funne? | Sjå tabell nedanfor. |
| 4.2 | Kva tiltak er gjennomførte, og kva er vurderte men ikkje gjennomførte (med grunngjeving)? | Gjennomført: menneskeleg vurdering, kort lagring, frivillig ordning, informasjon. Vurdert, ikkje gjennomført: å la kandidaten sladde rommet (bakgrunnssløring) – ikkje gjennomført fordi det hindrar kontroll av hjelpemiddel i rommet; sletting straks etter eksamen – ikkje gjennomført fordi klagefristen på fusk må vere mogleg å handsame. |
| 5.1 | Når og korleis har leiinga validert DPIA-en? | Leiargruppa i opplæringsavdelinga, møte 27.10.2026, sak 38/26. Prosjektleiar la fram DPIA og funn; elevorganisasjonen og Privatistforbundet hadde gitt skriftlege innspel, som er tekne inn (frivillig ordning). Vedtak: «Leiargruppa godkjenner DPIA-en for fjerneksamen med overvaking og ber om førehandsdrøfting med Datatilsynet på grunn av risikoen for innsyn i heimen.» Bjørn Tufte, fylkesdirektør for opplæring. |
""",
)

C007_RISK = """
# Vedlegg til sjekklista: risikotabell – fjerneksamen med overvaking

| Risiko for kandidaten | Sannsyn | Konsekvens | Før tiltak | Tiltak | Etter tiltak |
| Innsyn i heimen: familie, religiøse symbol, helseutstyr blir synlege i opptaket | Høg | Middels | Høg | Kandidaten vel sjølv rom; informasjon på førehand; berre markerte klipp blir sett | Middels |
| Feil markering gir mistanke om fusk (t.d. kandidat med ADHD eller tics ser bort) | Middels | Høg | Høg | Menneskeleg vurdering, rett til å uttale seg, tilrettelegging kan meldast på førehand | Middels |
| Kandidaten føler press til å velje fjerneksamen og gi frå seg heimeopptak | Låg | Middels | Låg | Likeverdig oppmøtetilbod | Låg |
| Opptak kjem på avvegar hos leverandør | Låg | Høg | Middels | Kryptering, logging, databehandlaravtale med revisjon | Låg |
| Tredjepersonar i heimen blir tatt opp | Middels | Middels | Middels | Krav om å vere åleine i rommet; klipp med andre blir sletta etter vurdering | Låg |

Innsyn i heimen står att som middels risiko for alle kandidatar som vel fjerneksamen.
"""


def c007() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei

        Brekkefjord fylkeskommune ber om førehandsdrøfting for fjerneksamen med skjermopptak og webkamera. Utfylt sjekkliste og risikotabell ligg ved.

        """
    )
    msg = message(
        "c007",
        FROM,
        "Anmodning om førehandsdrøfting – fjerneksamen med overvaking",
        when(11, 5, 14, 3),
        body + "\n" + SIG,
        attachments=[
            ("Sjekkliste_forhandsdrofting_fjerneksamen.docx", to_docx(C007)),
            ("Risikotabell_fjerneksamen.pdf", to_pdf(C007_RISK)),
        ],
    )
    return msg, Label(
        "nn",
        (
            "school_owner",
            "students",
            "video_surveillance",
            "checklist_form",
            "template_filled",
            "dpia_checklist_docx",
            "processor_contact_table",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_checklist",
        ),
        "pgp_mime",
        True,
        "used",
        "complete twin of M027: the county's checklist form with every answer cell filled, processor contact in row 1.3, alternatives and safeguards in 3.1–3.2, risk table attached with before/after, measures not taken in 4.2, leiargruppa decision quoted in 5.1",
    )


C027 = _checklist(
    "Læringsanalyse og varsel om fare for fråfall i læringsplattforma",
    CONTACT_ROWS
    + """
| 1.3 | Databehandlar (namn, kontaktperson, telefon, e-post) | Læringsdata AS, Vegard Hole, 57 11 90 40, vegard.hole@laeringsdata.no |
| 2.1 | Kva er formålet med behandlinga? | Å oppdage elevar som står i fare for å slutte i vidaregåande opplæring tidlegare, slik at kontaktlærar og rådgjevar kan tilby hjelp. |
| 2.2 | Kva opplysningar, om kven, og kor mange? | Alle om lag 6 800 elevar ved 11 vidaregåande skular. Fråvær, innleveringar, karakterar, aktivitet i læringsplattforma (innloggingar, tid brukt) og om eleven har vedtak om spesialundervisning. |
| 2.3 | Korleis går behandlinga føre seg? | Ein modell hos Læringsdata AS reknar kvar veke ut ein risikoindikator (grøn/gul/raud) for kvar elev. Kontaktlærar og rådgjevar ser indikatoren og dei tre viktigaste forklaringane. Indikatoren blir ikkje brukt i karaktersetjing eller vedtak. |
| 2.4 | Kjelder, mottakarar, lagring, ansvar | Kjelder: Visma InSchool og læringsplattforma. Mottakarar: kontaktlærar, rådgjevar, avdelingsleiar. Indikatoren blir sletta ved skuleårets slutt. Læringsdata AS er databehandlar, drift i Noreg. Grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav g, jf. opplæringslova §§ 1-1, 3-1 og 13-3 a. |
| 3.1 | Kvifor er behandlinga naudsynt? | Fråfallet i fylket er 19 %. Kontaktlærarane oppdagar ofte problema for seint. Vurderte alternativ: jamleg elevsamtale (gjennomført i dag, men fangar ikkje gradvis endring), manuell fråværsrapport (gir berre fråvær), enkel fråværsgrense-varsling (for mange falske varsel). |
| 3.2 | Er behandlinga proporsjonal? Kva tiltak og garantiar har de for dei registrerte? | Indikatoren er berre eit hjelpemiddel; ingen automatiske avgjerder. Elevane og føresette for elevar under 18 får informasjon ved skulestart og kan sjå sin eigen indikator i elevportalen. Eleven kan protestere (art. 21); då blir indikatoren ikkje rekna ut. Spesialundervisning blir ikkje brukt som variabel etter innspel frå elevorganisasjonen. |
| 4.1 | Kva risikoar for dei registrerte har de funne? | R1 Stigmatisering: elev med raud indikator blir møtt med lågare forventningar (sannsyn middels, konsekvens høg, høg risiko). R2 Skjevskap: elevar med minoritetsbakgrunn får oftare raud indikator (middels/høg, høg). R3 Elevar føler seg overvaka i plattforma og endrar åtferd (høg/middels, høg). R4 Indikatoren blir brukt til andre formål, t.d. inntak eller karakter (låg/høg, middels). R5 Uautorisert tilgang (låg/middels, låg). |
| 4.2 | Kva tiltak er gjennomførte, og kva er vurderte men ikkje gjennomførte (med grunngjeving)? | Gjennomført: opplæring av lærarar, forbod mot bruk i karakter, skjevskapstest kvart halvår, rett til å protestere, sletting ved skuleårets slutt. Restrisiko: R1 middels, R2 middels–høg, R3 middels, R4 låg, R5 låg. Vurdert, ikkje gjennomført: å skjule indikatoren for kontaktlærar og berre vise han til rådgjevar (rådgjevar har for mange elevar til å følgje opp alle); å bruke samtykke som grunnlag (samtykke er ikkje frivillig i ein skule). |
| 5.1 | Når og korleis har leiinga validert DPIA-en? | N/A |
| 5.2 | Dokumentasjon av interessentar og leiinga si avgjerd | [Legg ved eller skriv inn utdrag frå møtebok: kven la fram, kva interessentar er høyrde, kva vart vedteke. Dato.] |
""",
)


def c027() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei

        Vedlagt er sjekklista for førehandsdrøfting for læringsanalyse og fråfallsvarsel. Vi ber med dette om førehandsdrøfting etter art. 36, sidan R2 (skjevskap) står att som middels–høg.

        """
    )
    msg = message(
        "c027",
        FROM,
        "Førehandsdrøfting – læringsanalyse/fråfallsvarsel",
        when(11, 13, 9, 57),
        body + "\n" + SIG,
        attachments=[("Sjekkliste_forhandsdrofting_laeringsanalyse.docx", to_docx(C027))],
    )
    return msg, Label(
        "nn",
        (
            "school_owner",
            "students",
            "children",
            "profiling",
            "checklist_form",
            "dpia_checklist_docx",
            "processor_contact_table",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_na",
            "template_guidance_left",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "looks finished: same checklist as M007 with parts 1–4 filled well, but row 5.1 says «N/A» and 5.2 still holds the form's bracketed guidance → only part 5 missing",
        (5,),
    )


C047_ODT = """
# Personvernkonsekvensvurdering – automatisk fråværsregistrering med posisjon i klasseromma

Brekkefjord fylkeskommune, opplæringsavdelinga. Versjon 1.0, 4. november 2026.

# 1 Kontakt

Kontaktperson: Rune Myklebust, seniorrådgjevar, tlf. 57 64 30 21, rune.myklebust@brekkefjord.fylke.no
Personvernombod: Hanne Vik, tlf. 57 64 30 05
Databehandlar: Skulesynk AS, Ragnhild Ask, tlf. 73 40 22 19, ragnhild.ask@skulesynk.no

# 2 Skildring

Fylkeskommunen vil prøve automatisk registrering av oppmøte ved tre vidaregåande skular. Når elevane sin berbare PC koplar seg til skulen sitt trådlause nett, registrerer tilgangspunktet kva klasserom maskina er i. Systemet samanliknar med timeplanen og føreslår fråvær til læraren, som stadfestar eller rettar før det blir ført i Visma InSchool. Omfang: om lag 1 900 elevar. Opplysningar: maskin-ID knytt til elev, tilgangspunkt (rom), tidspunkt. Rådata blir sletta etter 14 dagar. Skulesynk AS er databehandlar med drift i Noreg. Grunnlag: art. 6 nr. 1 bokstav e, jf. opplæringslova og forskrift om fråvær.

# 3 Naudsyn og proporsjonalitet

Manuell registrering tek 5–10 minutt av kvar økt og har mange feil; elevar klagar på feilført fråvær som påverkar fråværsgrensa. Vurdert: QR-kode i klasserommet (lett å fuske, eleven kan skanne for ein venn), berre manuell føring (dagens ordning). Systemet blir berre brukt i timeplanlagde økter og ikkje i friminutt; posisjon utanfor undervisningstid blir ikkje lagra. Eleven kan velje manuell registrering i staden; lærar stadfestar alltid. Informasjon til elevar og føresette før oppstart, innsyn i eigne registreringar i elevportalen, rett til å protestere.

# 4 Risikovurdering

| Risiko for eleven | Sannsyn | Konsekvens | Tiltak | Restrisiko |
| Kartlegging av rørsle i skulebygget utover formålet | Middels | Høg | Registrering berre i undervisningsøkter, 14 dagars sletting | Middels |
| Feil fråvær når eleven sit på grupperom eller maskina er tom for straum | Høg | Middels | Lærar stadfestar, eleven kan klage | Låg |
| Opplysningane blir brukte i disiplinærsaker | Middels | Høg | Formålsavgrensing i rutine | Middels |
| Elevar føler seg overvaka | Høg | Middels | Frivillig alternativ, informasjon | Middels |

Vurdert, ikkje gjennomført: lokal lagring på skulen i staden for hos leverandør (skulane har ikkje driftsmiljø); berre å registrere ved første innlogging per dag (gir ikkje fråvær per økt, som lova krev).
"""

C047_APPROVAL = """
# Brekkefjord fylkeskommune – Opplæringsavdelinga

Utdrag frå møtebok, leiargruppa 10.11.2026

## Sak 41/26 Automatisk fråværsregistrering – personvernkonsekvensvurdering

Prosjektleiar la fram vurderinga og funna. Elevrådsleiarane ved dei tre pilotskulane og Utdanningsforbundet er høyrde; elevrådsleiarane ønskte ein frivillig manuell løype, som er tatt inn. Vedtak: Leiargruppa godkjenner personvernkonsekvensvurderinga. Fordi risikoen for kartlegging av elevane sine rørsler står att som middels, ber leiargruppa om at Datatilsynet blir bedt om førehandsdrøfting før piloten startar.

Bjørn Tufte, fylkesdirektør for opplæring
"""


def c047() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei

        Vi ber om førehandsdrøfting for automatisk fråværsregistrering med posisjon i klasseromma (pilot ved tre skular). Vedlagt er personvernkonsekvensvurderinga og utdrag frå møteboka til leiargruppa.

        Kontaktinformasjon til oss, personvernombodet og leverandøren står i kapittel 1.

        """
    )
    msg = message(
        "c047",
        FROM,
        "Førehandsdrøfting – automatisk fråværsregistrering",
        when(11, 19, 12, 15),
        body + "\n" + SIG,
        attachments=[
            ("PVKV_fravaersregistrering_v1.0.odt", to_odt(C047_ODT)),
            ("Moetebok_leiargruppa_sak41-26.pdf", to_pdf(C047_APPROVAL)),
        ],
    )
    return msg, Label(
        "nn",
        (
            "school_owner",
            "students",
            "location_tracking",
            "odt",
            "headings_numbered",
            "contact_dpia_block",
            "p1_dpo_no_email",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_management_minutes_pdf",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "looks finished; the DPO is given with name and phone but no e-mail anywhere (not in the DPIA, the body or the signature) → part 1 missing; all other parts present",
        (1,),
    )


C008_ODT = """
# Chatteneste med skulehelsetenesta for elevar i vidaregåande skule

Personvernkonsekvensvurdering. Brekkefjord fylkeskommune, opplæringsavdelinga, i samarbeid med helsesjukepleiarane i vertskommunane. 9. november 2026.

Kontaktperson er Rune Myklebust (tlf. 57 64 30 21, rune.myklebust@brekkefjord.fylke.no). Personvernombodet er Hanne Vik (tlf. 57 64 30 05, hanne.vik@brekkefjord.fylke.no). Leverandøren Helsechat AS er databehandlar; kontaktperson der er Kjersti Nilsen (tlf. 90 11 28 64, kjersti.nilsen@helsechat.no).

Fylkeskommunen vil tilby elevane ein chat med helsesjukepleiar i skuletida og to kveldar i veka. Eleven kan chatte anonymt eller logge inn med ID-porten dersom han vil ha oppfølging. Samtalane handlar ofte om psykisk helse, seksualitet, rus og vald. Anonyme samtalar blir sletta etter 24 timar; samtalar med innlogga elevar blir dokumenterte i journalsystemet til skulehelsetenesta etter helsepersonellova, og slett frå chatten etter 7 dagar. Om lag 7 000 elevar kan bruke tenesta; vi ventar 2 500 samtalar i året. Helsechat AS driftar tenesta i Noreg. Grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf. helse- og omsorgstenestelova og forskrift om helsestasjons- og skulehelsetenesta.

Mange elevar oppsøkjer ikkje helsesjukepleiar fordi kontoret ligg synleg til og er ope få timar. Vi vurderte telefon (elevane ringjer ikkje), felles chat via Snapchat eller liknande (ikkje forsvarleg for helseopplysningar) og å utvide opningstida fysisk (vert gjort i tillegg, men løyser ikkje terskelen). Chatten er eit frivillig tilbod ved sida av fysisk oppmøte. Vi samlar inn minst mogleg: anonym bruk er standard, og berre elevar som sjølv vel det, blir identifiserte. Elevane får informasjon i elevportalen og i klasserommet, og kan be om innsyn i journal og sletting av anonym chat med ein gong. Elevar frå 16 år bestemmer sjølv over helseopplysningane sine; føresette får ikkje innsyn utan eleven sitt samtykke, bortsett frå der lova krev det.

Risikoen vi vurderer som størst, er at ein elev fortel om alvorleg fare (sjølvmord, vald) i ein anonym chat, og at helsesjukepleiar ikkje kan hjelpe fordi ein ikkje veit kven eleven er. Sannsynet er middels og konsekvensen svært høg. Tiltak: rutine for å oppmode eleven til å gi seg til kjenne, direkte nummer til legevakt og Kirkens SOS i chatten, opplæring. Restrisikoen er framleis høg, og det er hovudgrunnen til at vi ber om førehandsdrøfting.

Ein annan risiko er at andre ser chatten på elevens skjerm eller telefon (sannsyn middels, konsekvens høg). Tiltak: ingen varsel med innhald, automatisk utlogging, chat-logg kan slettast av eleven. Restrisiko middels. At opplysningar kjem på avvegar hos leverandøren, vurderer vi som lite sannsynleg med høg konsekvens; tiltak er databehandlaravtale, kryptering og logging, og restrisikoen er låg. At elevar opplever å bli registrerte når dei trudde dei var anonyme (lågt sannsyn, høg konsekvens) handterer vi med tydeleg skilje i innlogginga; restrisiko låg.

Vi vurderte å ta opp IP-adresse for å kunne spore elevar i naudssituasjonar, men gjorde det ikkje, fordi det ville undergrave anonymiteten som er heile poenget med tenesta. Vi vurderte òg kveldsope døgnet rundt, men har ikkje bemanning.

Leiargruppa i opplæringsavdelinga handsama vurderinga 5. november 2026 (sak 40/26). Ungdomspanelet, elevorganisasjonen og helsesjukepleiarane sin faggruppe hadde gitt innspel, og prosjektleiar presenterte funna. Vedtaket var: «Leiargruppa godkjenner personvernkonsekvensvurderinga for skulehelsechat. Fordi risikoen ved anonyme samtalar om alvorleg fare ikkje kan reduserast meir utan å fjerne anonymiteten, skal fylkeskommunen be Datatilsynet om førehandsdrøfting.» Vedtaket er signert av fylkesdirektør for opplæring, Bjørn Tufte.
"""


def c008() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei

        Brekkefjord fylkeskommune ber om førehandsdrøfting etter art. 36 for chatteneste med skulehelsetenesta. Vurderinga ligg ved; ho er skriven som samanhengande tekst, med leiargruppa sitt vedtak til slutt.

        """
    )
    msg = message(
        "c008",
        FROM,
        "Førehandsdrøfting – skulehelsechat",
        when(11, 12, 11, 2),
        body + "\n" + SIG,
        attachments=[("PVKV_skulehelsechat.odt", to_odt(C008_ODT))],
    )
    return msg, Label(
        "nn",
        (
            "school_owner",
            "students",
            "children",
            "health_data",
            "odt",
            "no_headings_prose",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
        ),
        "pgp_mime",
        True,
        "used",
        "complete twin in plain prose with a single title and no headings: contacts in the opening paragraph, necessity with alternatives and safeguards, risks with likelihood/consequence/residual and measures not taken, leiargruppa decision quoted at the end",
    )


C028 = _checklist(
    "KI-støtta vurdering av skriftlege innleveringar i norsk og engelsk",
    CONTACT_ROWS
    + """
| 1.3 | Databehandlar (namn, kontaktperson, telefon, e-post) | Vurderingshjelp AS, Martin Lyngstad, 46 80 12 95, martin.lyngstad@vurderingshjelp.no |
| 2.1 | Kva er formålet med behandlinga? | Å gi elevane raskare og meir detaljerte tilbakemeldingar på skriftlege tekstar, og å gje lærarane eit utkast til vurdering. |
| 2.2 | Kva opplysningar, om kven, og kor mange? | Alle elevar i norsk og engelsk Vg1–Vg3 (om lag 6 000). Elevtekstar (som kan innehalde personlege forteljingar), namn, klasse, kompetansemål, lærarens endelege vurdering. |
| 2.3 | Korleis går behandlinga føre seg? | Når eleven leverer i læringsplattforma, sender plattforma teksten til Vurderingshjelp AS. Ein språkmodell lagar eit utkast til tilbakemelding og eit forslag til karakterintervall. Læraren ser utkastet, endrar og godkjenner. Eleven ser berre det læraren har godkjent. |
| 2.4 | Kjelder, mottakarar, lagring, ansvar | Kjelde: eleven. Mottakar: faglærar. Tekstar og utkast blir sletta hos leverandøren etter 30 dagar; endeleg vurdering blir lagra i læringsplattforma som i dag. Drift i EU (Nederland). Grunnlag: art. 6 nr. 1 bokstav e, jf. opplæringslova og forskrift kap. 3 (undervegsvurdering). |
| 3.1 | Kvifor er behandlinga naudsynt? | Sjå vedlegg 2 (notat om naudsyn og proporsjonalitet). |
| 3.2 | Er behandlinga proporsjonal? Kva tiltak og garantiar har de for dei registrerte? | Sjå vedlegg 2. |
| 4.1 | Kva risikoar for dei registrerte har de funne? | R1 Karakterforslaget påverkar læraren (automatiseringsskjevskap), eleven får urettvis vurdering: sannsyn middels, konsekvens høg. R2 Modellen vurderer elevar med norsk som andrespråk strengare: middels/høg. R3 Personlege forteljingar om helse, familie og tru blir sende til leverandøren: høg/middels. R4 Tekstar blir brukte til å trene modellen: låg/høg. |
| 4.2 | Kva tiltak er gjennomførte, og kva er vurderte men ikkje gjennomførte (med grunngjeving)? | Gjennomført: læraren godkjenner alltid; karakterforslag skjult for eleven; skjevskapstest på 400 tekstar; avtaleforbod mot trening; sletting etter 30 dagar. Restrisiko R1 middels, R2 middels, R3 middels, R4 låg. Vurdert, ikkje gjennomført: å fjerne karakterforslaget heilt (lærarane meinte utkastet då gav lite tidsvinst – vert evaluert etter eitt år); å sladde namn og personlege opplysningar i teksten før sending (teknisk ikkje påliteleg på elevtekstar). |
| 5.1 | Når og korleis har leiinga validert DPIA-en? | Leiargruppa i opplæringsavdelinga 17.11.2026, sak 44/26. Seksjonsleiar for digitalisering la fram funna. Elevorganisasjonen, Utdanningsforbundet og fagnettverket for norsk har uttalt seg. Vedtak: «Leiargruppa godkjenner DPIA-en og ber om førehandsdrøfting, sidan R1 og R2 står att som middels for ei stor gruppe mindreårige.» Bjørn Tufte. |
""",
)


def c028() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei

        Vedlagt er anmodning om førehandsdrøfting for KI-støtta vurdering av skriftlege innleveringar.

        Vedlegg 1: Sjekkliste for førehandsdrøfting (utfylt)

        """
    )
    msg = message(
        "c028",
        FROM,
        "Anmodning om førehandsdrøfting – KI-støtta vurdering",
        when(11, 24, 9, 9),
        body + "\n" + SIG,
        attachments=[("Vedlegg1_Sjekkliste_KI-vurdering.docx", to_docx(C028))],
    )
    return msg, Label(
        "nn",
        (
            "school_owner",
            "students",
            "children",
            "new_technology_ai",
            "checklist_form",
            "dpia_checklist_docx",
            "processor_contact_table",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_checklist",
            "see_annex_not_attached",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "looks finished: the checklist is filled except that both necessity/proportionality rows say «Sjå vedlegg 2», and only vedlegg 1 is attached (the mail lists only vedlegg 1) → part 3 missing; risks and measures not taken in 4.1–4.2 and the leiargruppa decision in 5.1 present",
        (3,),
    )


C048_DPIA = """
# Vurdering av personvernkonsekvensar – app for å melde frå om mobbing («Si frå»)

Brekkefjord fylkeskommune, opplæringsavdelinga. 20. november 2026.

# Kontaktinformasjon

| Rolle | Namn | Telefon | E-post |
| Kontaktperson | Rune Myklebust | 57 64 30 21 | rune.myklebust@brekkefjord.fylke.no |
| Personvernombod | Hanne Vik | | hanne.vik@brekkefjord.fylke.no |
| Databehandlar: Appverket Vest AS | Eli Tangen | 55 02 71 80 | eli.tangen@appverket.no |

# Kva behandlinga går ut på

Elevar kan melde frå om mobbing, trakassering eller vald gjennom ein app, med namn eller anonymt, og laste opp skjermbilete. Meldinga går til ein kontaktperson ved skulen, som etter opplæringslova kapittel 12 skal undersøkje og setje inn tiltak. Meldingar inneheld opplysningar om den som melder, den som blir mobba og den som mobbar (ofte mindreårige), og kan innehalde helseopplysningar og bilete. Om lag 6 800 elevar; vi ventar 600 meldingar i året. Appverket Vest AS driftar appen i Noreg. Meldingar blir overførte til skulen sitt arkiv når saka er oppretta og sletta i appen etter 30 dagar.

# Naudsyn og forholdsmessigheit

Elevundersøkinga viser at halvparten av dei som blir mobba ikkje seier frå til vaksne. Vi har vurdert e-post til kontaktlærar (ikkje anonymt, blir ikkje fanga opp i ferie og fråvær), postkasse på skulen (lite brukt) og berre å styrkje miljøtenesta (gjer vi òg). Appen samlar berre det eleven sjølv skriv; anonym melding er standard; skjermbilete blir berre lagra når skulen opprettar sak. Elevane får informasjon i klasserommet og i appen. Den som blir meld om, får vite om saka etter opplæringslova og får uttale seg; innsyn etter forvaltningslova med dei avgrensingane som gjeld for vern av den som melder.

# Risiko for elevane

| Risiko | Sannsyn | Konsekvens | Tiltak | Restrisiko |
| Falske eller hevnprega meldingar om ein elev | Middels | Høg | Skulen undersøkjer før tiltak; eleven får uttale seg | Middels |
| Identiteten til ein anonym melder blir avslørt (t.d. gjennom skjermbilete) | Middels | Høg | Rettleiing om å sladde; metadata fjerna frå bilete | Middels |
| Skjermbilete med intime bilete av mindreårige blir lasta opp og lagra | Låg | Svært høg | Rutine: bilete blir ikkje lagra, saka går til politiet | Middels |
| Uautorisert tilgang hos leverandør | Låg | Høg | Kryptering, logging, databehandlaravtale | Låg |

Vurdert, ikkje gjennomført: å forby opplasting av bilete (bilete er ofte det viktigaste beviset); å krevje innlogging (elevane seier dei då ikkje vil melde).

# Leiinga si godkjenning

Leiargruppa i opplæringsavdelinga godkjende vurderinga 24.11.2026 (sak 46/26) etter at prosjektleiar hadde presentert funna og elevrådsleiarforum og mobbeombodet hadde uttalt seg. Leiargruppa ber om førehandsdrøfting på grunn av risikoen knytt til bilete av mindreårige. Bjørn Tufte, fylkesdirektør for opplæring.
"""


def c048() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei

        Vi ber om førehandsdrøfting for appen «Si frå» for melding om mobbing. DPIA-en ligg ved som PDF, med kontaktinformasjon først og godkjenning frå leiargruppa til slutt.

        Personvernombodet vårt, Hanne Vik, har vore med i arbeidet og kan kontaktast direkte på hanne.vik@brekkefjord.fylke.no.

        """
    )
    msg = message(
        "c048",
        FROM,
        "Anmodning om førehandsdrøfting – app «Si frå»",
        when(11, 27, 13, 36),
        body + "\n" + SIG,
        attachments=[("DPIA_Si_fraa_app.pdf", to_pdf(C048_DPIA))],
    )
    return msg, Label(
        "nn",
        (
            "school_owner",
            "students",
            "children",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "p1_dpo_no_phone",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "looks finished; the DPO's phone cell in the contact table is empty and the body gives only her e-mail → part 1 missing; parts 2–5 present",
        (1,),
    )
