# ruff: noqa: E501
"""Sender E: Vestfjord fylkeskommune (nynorsk). Mails with a «Vedlegg:» list; the county's DPIA
template in Word (1 Kontaktinformasjon … 5 Leiinga si godkjenning); approval as a signed page,
scanned or photographed, from a fylkesdirektør.

Odd: B009 (heimeeksamen med overvaking, three-sentence necessity), B029 (læringsanalyse, the
signed page comes when Tone is back from Brussels), B049 (conference invitation).
Even: B010 (kroppskamera, hovudutvalet meets in January), B030 (KI på røntgenbilete, necessity
inside the description), B050 (reply in a supervision case).
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, scan_image, scan_pdf, to_docx, to_pdf, to_xlsx, txt, when

FROM = "Aslaug Myklebust <aslaug.myklebust@vestfjordfk.no>"
TOPIC_OF = {
    "B009": "E-o1",
    "B029": "E-o2",
    "B049": "E-o3",
    "B010": "E-e1",
    "B030": "E-e2",
    "B050": "E-e3",
}

SIGNATUR = txt("""
    Venleg helsing
    Aslaug Myklebust
    seniorrådgjevar, Stab for digitalisering
    Vestfjord fylkeskommune
    Tlf. 57 65 63 12
    aslaug.myklebust@vestfjordfk.no
    Askedalen 2, 6863 Leikanger
""")


def kontakt(databehandlar: str) -> str:
    return f"""
| Rolle | Namn | Telefon | E-post
| Kontaktperson | Aslaug Myklebust, seniorrådgjevar | 57 65 63 12 | aslaug.myklebust@vestfjordfk.no
| Personvernombod | Kjetil Eide Fosse | 57 65 60 48 / 477 20 913 | kjetil.eide.fosse@vestfjordfk.no
{databehandlar}
"""


def mal(tittel: str, meta: str, kapittel: list[tuple[str, str]]) -> str:
    """The county template: a title, a metadata line and numbered chapters."""
    kap = "\n\n".join(
        f"# {n} {overskrift}\n\n{innhald}"
        for n, (overskrift, innhald) in enumerate(kapittel, start=1)
    )
    return f"""
# Vurdering av personvernkonsekvensar (DPIA)

## {tittel}

{meta}

{kap}
"""


# --- E-o1: heimeeksamen med overvaking for privatistar -------------------------------------------


def b009() -> tuple[EmailMessage, Label]:
    skildring = """
Fylkeskommunen vil tilby privatistar å ta skriftleg eksamen heime i utvalde fag (om lag 2 800 kandidatar i året, dei fleste over 18 år). Under eksamen tek løysinga til Eksamensvakt AS opp video frå webkamera, lyd frå mikrofon og skjermbilete. Før start viser kandidaten legitimasjon til kameraet. Ein KI-modell merkjer mistenkeleg åtferd, til dømes at kandidaten ser bort frå skjermen over tid, at andre stemmer høyrest eller at andre program vert opna.

Merkte sekvensar vert vurderte av to eksamensansvarlege i fylkeskommunen. Ein fuskesak vert avgjord av fylkeskommunen etter at kandidaten har fått sjå opptaket og uttale seg. Opptaka vert lagra i tre månader (klagefristen), merkte sekvensar til saka er avslutta.

Eksamensvakt AS er databehandlar og lagrar opptaka i Noreg. Fylkeskommunen ved fylkesdirektør for opplæring er behandlingsansvarleg.
"""
    naudsyn = """
Privatistane kan i dag berre ta desse eksamenane på skulane i Førde og Florø, og mange har meir enn tre timar reise kvar veg. Heimeeksamen utan overvaking vart prøvd i 2024 og gav 41 mistenkte fuskesaker som ikkje kunne prøvast, og tilsyn i lokale kommunehus er ikkje mogleg å bemanne. Heimeeksamen med overvaking er difor eit frivillig tilbod ved sida av skuleeksamen, KI-merkingar vert alltid vurderte av to menneske før noko skjer, og kandidaten får sjå opptaket og uttale seg før ein fuskesak vert avgjord.
"""
    risiko = """
| Risiko | Sannsyn | Konsekvens | Tiltak | Restrisiko
| Opptak frå heimen syner familie, heim og privatliv | Høg | Middels | Rettleiing om oppsett, bakgrunnsslør, berre opptak under eksamen | Middels
| KI merkjer feil, særleg for kandidatar med funksjonsnedsetjing | Middels | Høg | To menneske vurderer, tilrettelegging meldt på førehand vert lagt inn | Middels
| Fusk vert påstått utan at kandidaten kan forsvare seg | Låg | Høg | Innsyn i opptak, uttalerett, klagerett | Låg
| Lekkasje av opptak | Låg | Høg | Kryptering, tilgang for fire personar, logg | Låg

Tiltak vi har vurdert og valt bort: Berre skjermopptak utan kamera. Forkasta fordi det ikkje hindrar at andre personar hjelper kandidaten.
"""
    doc = mal(
        "Heimeeksamen med digital overvaking for privatistar",
        "Versjon 1.0, 3.11.2026. Utarbeidd av Aslaug Myklebust og Eksamenskontoret.",
        [
            (
                "Kontaktinformasjon",
                kontakt(
                    "| Databehandlar | Siri Hovland, Eksamensvakt AS | 55 20 71 33 | siri.hovland@eksamensvakt.no"
                ),
            ),
            ("Skildring av handsaminga", skildring),
            ("Naudsyn og proporsjonalitet", naudsyn),
            ("Risikovurdering", risiko),
            (
                "Leiinga si godkjenning",
                "Sjå signert godkjenning frå fylkesdirektør for opplæring (eige vedlegg).",
            ),
        ],
    )
    side = """VESTFJORD FYLKESKOMMUNE – Opplæring

GODKJENNING AV VURDERING AV PERSONVERNKONSEKVENSAR

Handsaming: Heimeeksamen med digital overvaking for privatistar (DPIA versjon 1.0 av 3.11.2026)

Vurderinga er lagd fram for leiargruppa i opplæringsavdelinga 27.10.2026 og 5.11.2026, saman med innspel frå Elevorganisasjonen, Utdanningsforbundet og personvernombodet.

Eg har gått gjennom vurderinga og funna. Restrisikoen er framleis høg for kandidatane sitt privatliv i heimen. Eg godkjenner vurderinga og at fylkeskommunen ber Datatilsynet om førehandsdrøfting før tilbodet vert sett i verk.

Leikanger, 6.11.2026

Tone Birkeland Haugland (signert)
fylkesdirektør for opplæring"""
    body = (
        txt("""
        Til Datatilsynet

        Vestfjord fylkeskommune ber om førehandsdrøfting for heimeeksamen med digital
        overvaking for privatistar.

        Vedlegg:
        - DPIA heimeeksamen, versjon 1.0
        - Signert godkjenning frå fylkesdirektør for opplæring (skanna)

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B009",
        FROM,
        "Førehandsdrøfting – heimeeksamen med digital overvaking",
        when(11, 10, 13, 40),
        body,
        attachments=[
            ("DPIA_heimeeksamen_privatistar_v1.0.docx", to_docx(doc)),
            ("Godkjenning_DPIA_heimeeksamen_signert.pdf", scan_pdf([side])),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_authority",
            "dpia_template_docx",
            "contact_table_in_dpia",
            "necessity_three_sentences",
            "risk_words_scale",
            "part5_scanned_signed_page",
            "attachment_list_in_body",
        ),
        "none",
        True,
        "used",
        "complete; necessity is three sentences (need, alternatives, safeguards); approval scanned",
    )


# --- E-o2: læringsanalyse med fråværsprediksjon -------------------------------------------------


def b029() -> tuple[EmailMessage, Label]:
    skildring = """
Fylkeskommunen vil ta i bruk læringsanalyse frå Læringsløype AS i dei 14 vidaregåande skulane. Løysinga hentar aktivitetsdata frå læringsplattforma (innlogging, innleveringar, tid brukt på oppgåver), karakterar og fråvær, og reknar kvar veke ut kor stor risiko kvar elev har for å slutte (fråfall). Kontaktlærar og rådgjevar ser ein raud, gul eller grøn markering per elev og kan opne kva som låg bak.

Det gjeld om lag 6 500 elevar, dei fleste mellom 15 og 18 år. Opplysningane vert lagra skuleåret ut og eitt år til. Læringsløype AS er databehandlar og driftar løysinga i Noreg. Fylkeskommunen er behandlingsansvarleg.
"""
    naudsyn = """
Kvar sjette elev i fylket fullfører ikkje vidaregåande opplæring på fem år. Fråværsgrensa og samtalar fangar opp mange, men ofte seint. Vi har vurdert å bruke berre fråvær; det gav langt dårlegare treff, og aktivitetsdata er difor med. Markeringa er berre eit utgangspunkt for ein samtale og vert aldri brukt i vurdering eller vedtak.

Elevar og føresette får informasjon ved skulestart, eleven kan sjå sin eigen status og kva data som ligg bak, og eleven kan be om at markeringa vert skjult for læraren.
"""
    risiko = """
| Risiko | Sannsyn | Konsekvens | Tiltak
| Lærarar får forventningar til elevar med raud markering (stempling) | Middels | Høg | Opplæring, markering ikkje synleg i vurderingssituasjonar
| Elevar endrar åtferd i plattforma for å unngå markering | Middels | Låg | Open om kva som vert målt
| Feil prediksjon for elevar med tilrettelegging | Middels | Middels | Tilrettelegging vert lagt inn, rådgjevar vurderer alltid
| Tilgang for fleire tilsette enn naudsynt | Låg | Middels | Berre kontaktlærar og rådgjevar, logg

Tiltak vi har vurdert og valt bort: Å la eleven sjølv velje å vere med (samtykke). Forkasta fordi dei elevane som treng oppfølging mest, truleg ikkje ville velje det.
"""
    doc = mal(
        "Læringsanalyse med prediksjon av fråfall",
        "Versjon 0.9, 20.11.2026",
        [
            (
                "Kontaktinformasjon",
                kontakt(
                    "| Databehandlar | Bjørnar Vik, Læringsløype AS | 936 40 772 | bjornar.vik@laeringsloype.no"
                ),
            ),
            ("Skildring av handsaminga", skildring),
            ("Naudsyn og proporsjonalitet", naudsyn),
            ("Risikovurdering", risiko),
            ("Leiinga si godkjenning", "Godkjend av: ____________________   Dato: ____________"),
        ],
    )
    body = (
        txt("""
        Til Datatilsynet

        Vi ber om førehandsdrøfting for læringsanalyse med prediksjon av fråfall i dei
        vidaregåande skulane. Vurderinga ligg ved.

        Godkjenningssida manglar framleis underskrift. Tone har hatt vurderinga på bordet
        ei stund, men rekk ikkje å gå gjennom ho før ho er attende frå Brussel neste veke,
        så då sender eg den signerte sida.

        Vedlegg:
        - DPIA læringsanalyse, versjon 0.9

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B029",
        FROM,
        "Førehandsdrøfting – læringsanalyse i vidaregåande skule",
        when(11, 25, 16, 5),
        body,
        attachments=[("DPIA_laeringsanalyse_v0.9.docx", to_docx(doc))],
    )
    return msg, Label(
        "nn",
        (
            "county_authority",
            "dpia_template_docx",
            "contact_table_in_dpia",
            "risk_words_scale",
            "part5_everyday_promise",
            "signoff_blank_lines",
            "attachment_list_in_body",
        ),
        "none",
        True,
        "used",
        "approval page blank; the director will look at it when she is back from Brussels",
        missing=(5,),
    )


# --- E-o3: conference invitation (not a request) -------------------------------------------------


def b049() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        Invitasjon: Personvernkonferansen for offentleg sektor på Vestlandet,
        Leikanger 22.–23. april 2027

        Vestfjord fylkeskommune skipar for tredje gong til personvernkonferanse for
        kommunar, fylkeskommunar og helseføretak på Vestlandet. I år vil vi ha eit eige
        spor om vurdering av personvernkonsekvensar og om kva som skjer når ein ber
        Datatilsynet om førehandsdrøfting.

        Vi vil gjerne at nokon frå Datatilsynet held eit innlegg på 30–40 minutt om
        erfaringane dykkar med førehandsdrøftingar dei siste åra. Reise og opphald vert
        dekt av oss.

        Gje gjerne svar innan 15. januar. Programmet og påmeldinga finn de på
        vestfjordfk.no/personvernkonferansen.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B049",
        FROM,
        "Invitasjon – Personvernkonferansen 2027, førespurnad om innlegg",
        when(12, 3, 10, 12),
        body,
    )
    return msg, Label(
        "nn",
        ("county_authority", "nonrequest_invitation", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "invitation to speak at a conference about prior consultations; not a request",
    )


# --- E-e1: kroppskamera for billettkontrollørar --------------------------------------------------


def b010() -> tuple[EmailMessage, Label]:
    skildring = """
Vestfjord Kollektiv, som er ein del av fylkeskommunen, vil utstyre dei 22 billettkontrollørane på buss og snøggbåt med kroppskamera. Kontrolløren startar opptak manuelt når ein situasjon vert truande, og kameraet tek då også med dei 30 sekunda før (buffer). Kameraet syner med lys at det tek opp. Opptaka vert overførte til Bodycam Nordic AS si skyteneste når kontrolløren set kameraet i ladestasjonen.

Opptak vert lagra i 30 dagar og deretter sletta, med mindre dei trengst i ei melding til politiet eller ei personalsak om vald mot tilsette. Dei som vert filma er passasjerar, mellom dei barn og ungdom, og kontrollørane sjølve. Bodycam Nordic AS er databehandlar; fylkeskommunen er behandlingsansvarleg.
"""
    naudsyn = """
Talet på truslar og vald mot kontrollørar auka frå 14 hendingar i 2024 til 31 i 2025. Opplæring i konflikthandtering og kontroll i par er gjennomført. Kroppskamera har i andre verksemder dempa konfliktar og gjev betre bevis når saker vert melde. Kameraet er ikkje på heile tida, og passasjerane vert informerte med skilt i bussen og munnleg når opptak startar. Passasjerar kan be om innsyn i opptak av seg sjølve.
"""
    risiko = """
| Risiko | Sannsyn | Konsekvens | Tiltak
| Opptak av passasjerar som ikkje er del av konflikten | Høg | Låg | Manuell start, kort buffer, sletting etter 30 dagar
| Kontrollørar startar opptak for tidleg eller for å true | Middels | Middels | Retningslinje, gjennomgang av opptak kvar månad
| Barn vert filma i sårbare situasjonar | Middels | Middels | Særskild rutine ved kontroll av barn, opptak berre ved trugsmål
| Opptak vert brukte til å overvake kontrollørane | Låg | Middels | Avtale med tillitsvalde, ikkje bruk i ordinær oppfølging

Tiltak vi har vurdert og valt bort: Kontinuerleg opptak heile skiftet. Forkasta som for inngripande.
"""
    doc = mal(
        "Kroppskamera for billettkontrollørar i Vestfjord Kollektiv",
        "Versjon 1.0, 27.11.2026. Utarbeidd av Aslaug Myklebust og Vestfjord Kollektiv.",
        [
            (
                "Kontaktinformasjon",
                kontakt(
                    "| Databehandlar | Per Ivar Hagen, Bodycam Nordic AS | 22 41 70 90 | per.ivar.hagen@bodycamnordic.no"
                ),
            ),
            ("Skildring av handsaminga", skildring),
            ("Naudsyn og proporsjonalitet", naudsyn),
            ("Risikovurdering", risiko),
            (
                "Leiinga si godkjenning",
                "Saka vert lagd fram for hovudutval for samferdsel i møte 14. januar 2027. Godkjenninga vert send Datatilsynet etter møtet.",
            ),
        ],
    )
    body = (
        txt("""
        Til Datatilsynet

        Vestfjord fylkeskommune ber om førehandsdrøfting for kroppskamera for
        billettkontrollørar i Vestfjord Kollektiv. Vi sender førespurnaden no, slik at de
        kan byrje å sjå på saka.

        Vedlegg:
        - DPIA kroppskamera, versjon 1.0

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B010",
        FROM,
        "Førespurnad om førehandsdrøfting – kroppskamera i kollektivtrafikken",
        when(12, 2, 11, 18),
        body,
        attachments=[("DPIA_kroppskamera_kontrollorar_v1.0.docx", to_docx(doc))],
    )
    return msg, Label(
        "nn",
        (
            "county_authority",
            "dpia_template_docx",
            "contact_table_in_dpia",
            "risk_words_scale",
            "part5_future_dated_meeting",
            "attachment_list_in_body",
        ),
        "none",
        True,
        "used",
        "kap. 5: hovudutvalet handsamar saka 14. januar 2027, after the mail (2 Dec)",
        missing=(5,),
    )


# --- E-e2: KI-analyse av røntgenbilete i tannhelsetenesta ---------------------------------------


def b030() -> tuple[EmailMessage, Label]:
    skildring = """
Den offentlege tannhelsetenesta i Vestfjord har om lag 45 000 pasientar, dei fleste barn og unge. Vi vil bruke eit KI-verktøy frå Dentalytics Oy til å analysere bitewing-røntgenbilete for karies og bentap. Bileta vert sende pseudonymiserte (utan namn og fødselsnummer) til Dentalytics si teneste i Finland, og resultatet kjem tilbake som markeringar på biletet i journalsystemet. Tannlegen eller tannpleiaren avgjer alltid diagnose og behandling.

Handsaminga er naudsynt fordi vi har 30 prosent fleire pasientar per tannlege enn for fem år sidan, og fordi tidleg karies vert oversett oftare når tida er knapp. Vi har vurdert å la ein ekstra tannlege sjå over bileta (dobbel vurdering), men det er ikkje mogleg med dagens bemanning. Analysen vert difor avgrensa til bitewing-bilete, som er dei som gjev størst nytte, og ingen pasient får eit anna tilbod fordi verktøyet vert brukt.

Pasientane og føresette får informasjon i innkallinga og på klinikken, og kan reservere seg slik at bileta deira ikkje vert analyserte. Resultatet er ein del av journalen, med same rett til innsyn og retting som resten av journalen. Dentalytics Oy er databehandlar og har ikkje lov til å bruke bileta til vidare trening av modellen. Bileta vert sletta hjå Dentalytics etter 24 timar. Fylkeskommunen ved fylkestannlegen er behandlingsansvarleg.
"""
    risiko = """
| Risiko | Sannsyn | Konsekvens | Tiltak | Restrisiko
| Feil i analysen gjev overbehandling eller oversett sjukdom | Middels | Høg | Fagleg avgjerd alltid hjå tannhelsepersonell, kvalitetskontroll av 200 bilete kvart halvår | Middels
| Bilete kan knytast til pasienten hjå leverandøren | Låg | Middels | Pseudonymisering, sletting etter 24 timar | Låg
| Barn og føresette veit ikkje at KI vert brukt | Middels | Middels | Informasjon i innkalling og på klinikken, reservasjon | Låg
| Leverandøren brukar bileta til trening | Låg | Middels | Forbod i avtalen, revisjon | Låg

Tiltak vi har vurdert og valt bort: Å køyre modellen lokalt på klinikkane. Leverandøren tilbyr det ikkje før 2028.
"""
    doc = mal(
        "KI-analyse av røntgenbilete i Den offentlege tannhelsetenesta",
        "Versjon 1.2, 12.11.2026",
        [
            (
                "Kontaktinformasjon",
                kontakt(
                    "| Databehandlar | Mikko Laine, Dentalytics Oy | +358 9 4241 1770 | mikko.laine@dentalytics.fi"
                ),
            ),
            ("Skildring av handsaminga", skildring),
            ("Risikovurdering", risiko),
            (
                "Leiinga si godkjenning",
                "Godkjend av fylkestannlegen og fylkesdirektør for helse 13.11.2026, sjå fotografert signert side.",
            ),
        ],
    )
    side = """VESTFJORD FYLKESKOMMUNE – Tannhelse

Godkjenning: Vurdering av personvernkonsekvensar, KI-analyse av røntgenbilete (versjon 1.2)

Vurderinga og funna er gjennomgått i leiarmøtet i tannhelsetenesta 30.10.2026 og 13.11.2026. Innspel frå klinikkleiarane, Tannlegeforeningen og Ungdomspanelet er teke omsyn til.

Vi godkjenner vurderinga og at fylkeskommunen ber Datatilsynet om førehandsdrøfting.

Leikanger 13.11.2026

Ingunn Hove (sign.), fylkestannlege
Rolf Teigen (sign.), fylkesdirektør for helse og tannhelse"""
    body = (
        txt("""
        Til Datatilsynet

        Vestfjord fylkeskommune ber om førehandsdrøfting for KI-analyse av røntgenbilete i
        Den offentlege tannhelsetenesta.

        Vedlegg:
        - DPIA KI-analyse røntgen, versjon 1.2
        - Signert godkjenning (foto)

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B030",
        FROM,
        "Førehandsdrøfting – KI-analyse av røntgenbilete (tannhelse)",
        when(11, 18, 9, 3),
        body,
        attachments=[
            ("DPIA_KI_rontgen_v1.2.docx", to_docx(doc)),
            ("Godkjenning_signert.jpg", scan_image(side, "JPEG", 1.2)),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_authority",
            "dpia_template_docx",
            "contact_table_in_dpia",
            "necessity_inside_description",
            "risk_words_scale",
            "part5_photographed_signed_page",
            "attachment_list_in_body",
        ),
        "none",
        True,
        "used",
        "complete; no necessity chapter, but necessity, alternatives and safeguards are paragraphs in kap. 2",
    )


# --- E-e3: reply in a supervision case (not a request) ------------------------------------------


def b050() -> tuple[EmailMessage, Label]:
    protokoll = to_xlsx(
        {
            "Handsamingsaktivitetar": [
                ["Nr", "Handsaming", "Formål", "Rettsleg grunnlag", "Databehandlar", "DPIA"],
                [
                    "1",
                    "Elevadministrasjon (skuleadministrativt system)",
                    "Opplæring",
                    "Art. 6 e, opplæringslova",
                    "Ja",
                    "Nei",
                ],
                ["2", "Skuleskyss", "Transport", "Art. 6 e", "Ja", "Nei"],
                ["3", "Eksamen for privatistar", "Eksamen", "Art. 6 e", "Ja", "Ja (2026)"],
                ["4", "Tannhelse – journal", "Helsehjelp", "Art. 9 h", "Ja", "Ja (2026)"],
                [
                    "5",
                    "Kroppskamera kollektiv",
                    "Tryggleik for tilsette",
                    "Art. 6 f",
                    "Ja",
                    "Under arbeid",
                ],
            ]
        }
    )
    rutine = """
# Rutine for handtering av avvik (personvern)

Gjeld for alle tilsette i Vestfjord fylkeskommune. Fastsett av fylkesdirektøren 1.3.2025.

Alle avvik skal meldast i avvikssystemet same dag. Personvernombodet vurderer om avviket skal meldast til Datatilsynet innan 72 timar.
"""
    body = (
        txt("""
        Til Datatilsynet

        Svar på varsel om tilsyn – dykkar ref. 26/03118

        Vi viser til brevet dykkar av 16. november om tilsyn med internkontrollen i
        fylkeskommunen. Vedlagt følgjer oversikta over handsamingsaktivitetar og rutinen
        for avvikshandtering, slik de ba om. Vi har ikkje fått ferdig oversikta over
        tilgangsstyring i skulane, og ber om utsett frist til 8. januar for den delen.

        Kontaktperson for tilsynet er underteikna. Personvernombodet, Kjetil Eide Fosse
        (57 65 60 48), er orientert.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B050",
        FROM,
        "Svar på varsel om tilsyn – dykkar ref. 26/03118",
        when(12, 7, 14, 36),
        body,
        attachments=[
            ("Oversikt_handsamingsaktivitetar.xlsx", protokoll),
            ("Rutine_avvikshandtering.pdf", to_pdf(rutine)),
        ],
    )
    return msg, Label(
        "nn",
        ("county_authority", "nonrequest_supervision_reply", "attachments_unrelated"),
        "none",
        False,
        "unspecified",
        "reply with documents in a supervision case; not a request for prior consultation",
    )
