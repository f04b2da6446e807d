# ruff: noqa: E501
"""Sender I: Nordvik Inkasso AS, a debt-collection agency in Tromsø (nb).

Habits: every mail opens with a label–value block (org number, address, contact, DPO); DPIAs are
exported from the quality system as RTF with «Punkt 1 …» headings; management approval quoted in
the mail as an extract of the board minutes; the compliance manager writes formal, dense Norwegian.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_rtf, txt, when

FROM = "Øystein Rambech <oystein.rambech@nordvikinkasso.no>"
SIGN = txt(
    """
    Med hilsen
    Øystein Rambech
    Compliance-ansvarlig
    Nordvik Inkasso AS
    """
)
TOPICS = {
    "c017": "payment_ability_scoring",
    "c037": "collection_call_recording",
    "c057": "sms_open_tracking_info",
    "c018": "skip_tracing_open_sources",
    "c038": "negotiation_chatbot",
    "c058": "complaint_reply_access",
}


def block(
    processor: str = "", dpo: str = "Tonje Haraldsen, tlf. 73 80 22 40, dpo@nordvikinkasso.no"
) -> str:
    lines = [
        "Behandlingsansvarlig: Nordvik Inkasso AS",
        "Org.nr.: 975 604 218",
        "Adresse: Storgata 88, 9008 Tromsø",
        "Kontaktperson: Øystein Rambech, compliance-ansvarlig, tlf. 482 90 117, oystein.rambech@nordvikinkasso.no",
        f"Personvernombud: {dpo}",
    ]
    if processor:
        lines.append(f"Databehandler: {processor}")
    return "\n".join(lines) + "\n"


def rtf_dpia(title: str, doc_no: str, points: str) -> bytes:
    return to_rtf(
        f"""
# {title}

Nordvik Inkasso AS – Kvalitetssystem, dokument {doc_no}. Vurdering av personvernkonsekvenser (DPIA).

{points}
"""
    )


def c017() -> tuple[EmailMessage, Label]:
    dpia = rtf_dpia(
        "DPIA – betalingsevnescore og segmentering av skyldnere",
        "KS-PV-031 rev. 2",
        """
# Punkt 1 Kontaktopplysninger

Kontaktperson: Øystein Rambech, tlf. 482 90 117, oystein.rambech@nordvikinkasso.no. Personvernombud: Tonje Haraldsen, tlf. 73 80 22 40, dpo@nordvikinkasso.no. Databehandler: Scorelab AS, kontaktperson Mathias Krogh, tlf. 952 18 604, mathias.krogh@scorelab.no.

# Punkt 2 Beskrivelse av behandlingen

Nordvik Inkasso behandler om lag 310 000 saker i året for 1 400 oppdragsgivere. Vi vil beregne en betalingsevnescore for hver skyldner når saken kommer inn, og bruke den til å velge oppfølging: (a) vanlig inkassovarsel, (b) tidlig tilbud om nedbetalingsavtale, (c) rask oversendelse til rettslig inndriving. Scoren beregnes av Scorelab AS (databehandler) fra: tidligere saker hos oss, betalingsanmerkninger, gjeldsregisteret (med samtykke fra skyldner når avtale vurderes), alder, postnummer og kravets størrelse. Scorelab drifter modellen i Norge.

# Punkt 3 Nødvendighet og forholdsmessighet

Inkassoloven § 8 krever god inkassoskikk. Tidlig tilbud om nedbetaling til dem som ikke kan betale alt, reduserer salærer og rettslige skritt for skyldner. Vi har vurdert å behandle alle saker likt (dagens praksis) – det gir flere rettslige skritt overfor skyldnere uten betalingsevne. Postnummer er tatt ut av modellen etter at testen viste at det virket som en stedfortreder for etnisitet og inntekt. Ingen sak sendes til rettslig inndriving bare på grunnlag av scoren; en saksbehandler beslutter. Skyldner informeres i inkassovarselet om at en score brukes, får vite hvilke forhold som teller, og kan be om manuell vurdering. Scoren deles ikke med oppdragsgiver.

# Punkt 4 Risikovurdering

| Risiko for skyldner | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| Feil score gir raskere rettslige skritt og høyere kostnader | Middels | Høy | Saksbehandler beslutter, klageadgang | Middels
| Indirekte diskriminering (alder, bosted) | Middels | Høy | Postnummer fjernet, kvartalsvis skjevhetstest | Middels
| Opplysninger om tidligere saker brukes etter at de er gjort opp | Høy | Middels | Bare saker siste 3 år | Lav
| Scoren lekker til oppdragsgiver eller andre | Lav | Høy | Ikke i oppdragsgiverportal, logg | Lav

Vurdert, ikke gjennomført: helt å fjerne alder fra modellen (alder er avgjørende for å fange opp unge med forbrukslån; vurderes på nytt i 2027); innhenting av kontoinformasjon via PSD2 (for inngripende).

# Punkt 5 Ledelsens godkjenning

Styret godkjente DPIA-en 29.10.2026, sak 19/2026. Se utdrag i oversendelsen.
""",
    )
    body = (
        block("Scorelab AS, Mathias Krogh, tlf. 952 18 604, mathias.krogh@scorelab.no")
        + "\n"
        + txt(
            """
            Til Datatilsynet

            ANMODNING OM FORHÅNDSDRØFTELSE – BETALINGSEVNESCORE

            Nordvik Inkasso AS anmoder om forhåndsdrøftelse i medhold av personvernforordningen artikkel 36 for bruk av betalingsevnescore ved valg av inkassoløp. DPIA (KS-PV-031 rev. 2) er vedlagt i RTF-format fra vårt kvalitetssystem.

            Utdrag fra styreprotokoll, styremøte 29. oktober 2026:
            «Sak 19/2026 Betalingsevnescore – DPIA
            Compliance-ansvarlig la fram DPIA rev. 2 med funn fra testen av modellen, personvernombudets uttalelse og innspill fra to oppdragsgivere og Gjeldsoffer-Alliansen. Saken var til første behandling 24.9.2026 (sak 15/2026).
            Vedtak: Styret godkjenner DPIA rev. 2. Restrisikoen for indirekte diskriminering er høy. Administrasjonen anmoder Datatilsynet om forhåndsdrøftelse.
            Protokollen er signert av styreleder Bente Ødegaard og styremedlemmene.»
            """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N017",
        FROM,
        "Anmodning om forhåndsdrøftelse – betalingsevnescore",
        when(11, 6, 10, 57),
        body,
        attachments=[("KS-PV-031_DPIA_betalingsevnescore_rev2.rtf", dpia)],
    )
    return msg, Label(
        "nb",
        (
            "debt_collection",
            "profiling",
            "automated_scoring",
            "rtf",
            "contact_label_value_lines",
            "processor_contact_in_body",
            "headings_numbered",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_decision_quoted",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: label–value contacts with processor; necessity with removed feature and safeguards; risk table; board decision quoted after second treatment",
    )


def c037() -> tuple[EmailMessage, Label]:
    body = (
        block(
            "Telesvar Norge AS, Anette Lind, tlf. 900 57 312, anette.lind@telesvar.no",
            dpo="Tonje Haraldsen, tlf. 73 80 22 40",
        )
        + "\n"
        + txt(
            """
            Til Datatilsynet

            ANMODNING OM FORHÅNDSDRØFTELSE – OPPTAK AV INKASSOSAMTALER

            1. Beskrivelse
            Nordvik Inkasso AS vil ta opp alle telefonsamtaler mellom saksbehandlere og skyldnere (ca. 180 000 samtaler i året) for å dokumentere avtaler om nedbetaling og for å behandle klager. Opptakene lagres hos Telesvar Norge AS (databehandler) i 12 måneder, eller til en klage er ferdigbehandlet. Skyldnere forteller ofte om sykdom, samlivsbrudd og økonomiske problemer i samtalene.

            2. Nødvendighet og forholdsmessighet
            Avtaler inngått muntlig har flere ganger blitt bestridt. Vi har vurdert å sende skriftlig bekreftelse etter hver samtale (gjøres allerede, men bestrides også). Opptak gjøres bare av utgående og inngående samtaler i inkassosaker, ikke interne samtaler. Skyldner informeres ved starten av samtalen og kan be om at samtalen ikke tas opp; da sendes avtalen skriftlig til signering. Innsyn i opptak på forespørsel innen 30 dager. Opptak brukes ikke til å vurdere saksbehandlernes prestasjoner.

            3. Risikovurdering
            a) Helseopplysninger og andre sensitive forhold tas opp og lagres – sannsynlighet høy, konsekvens middels; tiltak: kort lagringstid, tilgang bare for klagebehandler; restrisiko middels.
            b) Skyldner føler seg presset til å godta opptak – sannsynlighet middels, konsekvens middels; tiltak: tydelig informasjon om alternativ; restrisiko lav.
            c) Opptak brukes til å kontrollere ansatte – sannsynlighet middels, konsekvens middels; tiltak: avtale med tillitsvalgte; restrisiko lav.
            d) Uautorisert tilgang hos databehandler – sannsynlighet lav, konsekvens høy; tiltak: kryptering og logg; restrisiko lav.
            Vurdert, ikke gjennomført: automatisk sletting av deler av opptaket med sensitive opplysninger (teknisk ikke mulig i dag).

            4. Ledelsens godkjenning
            Utdrag fra styreprotokoll 12. november 2026, sak 21/2026: «Styret har behandlet DPIA for opptak av inkassosamtaler, med personvernombudets uttalelse og innspill fra de ansattes representanter (første behandling 29.10.2026). Restrisikoen for lagring av sensitive opplysninger er høy. Vedtak: DPIA-en godkjennes, og administrasjonen anmoder om forhåndsdrøftelse.» Protokollen er signert av styret.
            """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N037",
        FROM,
        "Anmodning om forhåndsdrøftelse – opptak av inkassosamtaler",
        when(11, 17, 12, 22),
        body,
    )
    return msg, Label(
        "nb",
        (
            "debt_collection",
            "audio_recording",
            "health_data",
            "all_in_body",
            "headings_numbered",
            "contact_label_value_lines",
            "p1_dpo_no_email",
            "risk_numbered_prose",
            "residual_risk",
            "part5_board_decision_quoted",
        ),
        "inline",
        True,
        "used",
        "everything in a plain-text body, but the DPO line has name and phone only – no DPO e-mail anywhere in the message",
        (1,),
    )


def c057() -> tuple[EmailMessage, Label]:
    dpia = rtf_dpia(
        "DPIA – digitale inkassovarsler med lesebekreftelse",
        "KS-PV-034 rev. 1",
        """
# Punkt 1 Kontaktopplysninger

Kontaktperson: Øystein Rambech, tlf. 482 90 117, oystein.rambech@nordvikinkasso.no. Personvernombud: Tonje Haraldsen, tlf. 73 80 22 40, dpo@nordvikinkasso.no. Databehandler: Varselhuset AS, Kim Andre Dahl, tlf. 916 72 004, kimandre@varselhuset.no.

# Punkt 2 Beskrivelse av behandlingen

Inkassovarsler og betalingsoppfordringer sendes i dag i Digipost eller på papir. Vi vil i tillegg sende SMS og e-post med lenke til saken, der Varselhuset AS (databehandler) registrerer om lenken er åpnet. Åpningsstatus brukes til å avgjøre om varselet skal sendes på nytt på papir. Om lag 600 000 varsler i året.

# Punkt 3 Nødvendighet og forholdsmessighet

Inkassoloven §§ 9 og 10 krever at varsler kommer fram. Lesebekreftelse registreres bare som åpnet/ikke åpnet, ikke tidspunkt, sted eller enhet. Opplysningen brukes ikke til å vurdere betalingsvilje. Skyldner informeres i meldingen og kan reservere seg mot SMS og e-post.

# Punkt 4 Risikovurdering

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| SMS leses av andre (delt telefon) og avslører gjeld | Middels | Middels | Nøytral tekst uten beløp og kreditor | Lav
| Åpningsdata brukes til profilering | Lav | Middels | Bare åpnet/ikke åpnet, 90 dagers lagring | Lav
| Falske SMS (svindel) i vårt navn | Middels | Middels | Avsender-ID, informasjon på nettsiden | Lav

Vurdert, ikke gjennomført: sporingspiksel i e-post (forkastet).

# Punkt 5 Ledelsens godkjenning

Styret godkjente DPIA-en 12.11.2026 (sak 22/2026) og sluttet seg til konklusjonen om at restrisikoen er lav og at forhåndsdrøftelse ikke er nødvendig.
""",
    )
    body = (
        block("Varselhuset AS, Kim Andre Dahl, tlf. 916 72 004, kimandre@varselhuset.no")
        + "\n"
        + txt(
            """
            Til Datatilsynet

            TIL ORIENTERING – DPIA FOR DIGITALE INKASSOVARSLER

            Nordvik Inkasso AS har gjennomført en vurdering av personvernkonsekvenser for digitale inkassovarsler med lesebekreftelse. Konklusjonen er at restrisikoen er lav etter tiltak, og at det ikke er grunnlag for å be om forhåndsdrøftelse. Styret sluttet seg til dette 12. november 2026.

            Vi oversender DPIA-en til orientering, fordi Finanstilsynet i sitt tilsyn i september ba oss om å holde Datatilsynet orientert om nye varslingsformer. Vi ber ikke om noen behandling av saken.
            """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N057",
        FROM,
        "Til orientering: DPIA digitale inkassovarsler",
        when(11, 25, 9, 48),
        body,
        attachments=[("KS-PV-034_DPIA_digitale_varsler_rev1.rtf", dpia)],
    )
    return msg, Label(
        "nb",
        (
            "debt_collection",
            "rtf",
            "contact_label_value_lines",
            "processor_contact_in_body",
            "headings_numbered",
            "nonrequest_dpia_for_information",
            "prior_consultation_declined",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
        ),
        "none",
        False,
        "used",
        "a complete DPIA sent for information; the mail says expressly that no consultation is requested (low residual risk); all five parts are there",
    )


def c018() -> tuple[EmailMessage, Label]:
    body = (
        block()
        + "\n"
        + txt(
            """
            Til Datatilsynet

            ANMODNING OM FORHÅNDSDRØFTELSE – ADRESSESØK I ÅPNE KILDER

            Punkt 1 Kontaktopplysninger
            Se over. Vi bruker ingen databehandler i denne behandlingen; søkene gjøres av egne ansatte i egne systemer.

            Punkt 2 Beskrivelse
            Om lag 6 % av skyldnerne (ca. 18 000 i året) har ukjent adresse i Folkeregisteret eller har flyttet til utlandet. I dag stanses slike saker. Vi vil la tre spesialopplærte saksbehandlere søke etter kontaktinformasjon i åpne kilder: 1881/Gulesider, nyhetsartikler, Brønnøysundregistrene og åpne profiler i sosiale medier (Facebook, LinkedIn). Funn (adresse, telefon, e-post, arbeidsgiver) registreres i saken med kilde og dato. Skjermbilder lagres ikke.

            Punkt 3 Nødvendighet og forholdsmessighet
            Kreditor har rett til å få varslet skyldner (inkassoloven § 9). Uten adresse kan skyldner heller ikke få vite om kravet eller få nedbetalingsavtale. Søk i sosiale medier er det mest inngripende, og er begrenset til: krav over 5 000 kroner; bare åpne profiler; bare kontaktopplysninger, ikke opplysninger om livsstil, familie eller økonomi; søk logges og kontrolleres månedlig. Vi tar aldri kontakt med skyldner via sosiale medier eller via familie, venner eller arbeidsgiver. Skyldner informeres i første brev om hvor adressen er funnet, og kan klage.

            Punkt 4 Risikovurdering
            - Feil person (navnelikhet) får inkassovarsel som avslører at noen med samme navn har gjeld: sannsynlighet middels, konsekvens høy. Tiltak: krav om to samsvarende opplysninger (f.eks. fødselsår og tidligere adresse). Restrisiko middels.
            - Saksbehandler registrerer mer enn kontaktopplysninger (bilder, relasjoner): sannsynlighet middels, konsekvens middels. Tiltak: faste felt, månedlig kontroll. Restrisiko lav.
            - Skyldner opplever søket som overvåking og mister tillit: sannsynlighet høy, konsekvens lav. Tiltak: åpenhet i første brev. Restrisiko lav.
            - Søk brukes også i små krav eller av andre saksbehandlere: sannsynlighet lav, konsekvens middels. Tiltak: tilgang bare for tre personer. Restrisiko lav.
            Vurdert, ikke gjennomført: kjøp av adresser fra kommersielle datameglere (uklart opphav); bruk av falske profiler (forbudt, avvist).

            Punkt 5 Ledelsens godkjenning
            Utdrag fra styreprotokoll 29. oktober 2026, sak 20/2026: «Styret behandlet DPIA for adressesøk i åpne kilder for andre gang (første behandling 24.9.2026, sak 16/2026). Compliance-ansvarlig presenterte funnene, personvernombudets uttalelse og innspill fra Virke Inkasso. Vedtak: Styret godkjenner DPIA-en. Restrisikoen for feil person er høy, og administrasjonen skal be om forhåndsdrøftelse.» Protokollen er signert av styreleder Bente Ødegaard.
            """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N018",
        FROM,
        "Anmodning om forhåndsdrøftelse – adressesøk i åpne kilder",
        when(11, 10, 13, 40),
        body,
    )
    return msg, Label(
        "nb",
        (
            "debt_collection",
            "social_media_search",
            "all_in_body",
            "headings_numbered",
            "contact_label_value_lines",
            "processor_none_stated",
            "risk_bullets_likelihood_consequence",
            "residual_risk",
            "part5_board_decision_quoted",
        ),
        "inline",
        True,
        "none",
        "complete in a plain-text body: label–value contacts, no processor (stated); necessity with strict limits; risks with residual and measures not taken; board decision quoted",
    )


def c038() -> tuple[EmailMessage, Label]:
    dpia = rtf_dpia(
        "DPIA – chatbot for nedbetalingsavtaler",
        "KS-PV-036 rev. 1",
        """
# Punkt 1 Kontaktopplysninger

Se følgebrev (e-post).

# Punkt 2 Beskrivelse av behandlingen

Skyldnere skal kunne forhandle nedbetalingsavtale med en chatbot på «Min sak». Chatboten, levert av Samtaleverk AS (databehandler, drift i EU), bruker en språkmodell og får tilgang til saken (krav, salær, tidligere avtaler) og til det skyldner skriver om økonomi og livssituasjon. Den kan foreslå avtaler innenfor rammer satt av oppdragsgiver, og avtalen inngås når skyldner signerer med BankID. Om lag 40 000 samtaler i året.

# Punkt 3 Nødvendighet og forholdsmessighet

Mange skyldnere vil heller skrive enn ringe, og henvender seg utenfor åpningstid. Chatboten kan bare foreslå avtaler; avslag på avtale og alle saker der skyldner nevner sykdom, dødsfall eller gjeldsordning, går til saksbehandler. Skyldner blir informert om at det er en chatbot, og kan når som helst be om saksbehandler. Samtalene lagres i saken i 3 år (foreldelsesfrist). Ingen bruk av samtalene til trening av modellen.

# Punkt 4 Risikovurdering

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| Chatboten presser sårbare skyldnere til avtaler de ikke kan holde | Middels | Høy | Tak på månedsbeløp ut fra oppgitt inntekt, saksbehandler ved tvil | Middels
| Sensitive opplysninger lagres i saken i 3 år | Høy | Middels | Automatisk maskering av helseord i samtalelogg | Middels
| Feil informasjon om kravet | Middels | Middels | Svar hentes fra saken, ikke fra modellen | Lav
| Overføring til leverandør misbrukes | Lav | Høy | Avtale, EU-drift, logg | Lav

Vurdert, ikke gjennomført: chatbot uten språkmodell (regelbasert) – testet, men for mange forstod den ikke.

# Punkt 5 Ledelsens godkjenning

Saken legges fram for styret 10. desember 2026.
""",
    )
    body = (
        block("Samtaleverk AS, Hilde Brattli, tlf. 472 03 119, hilde.brattli@samtaleverk.no")
        + "\n"
        + txt(
            """
            Til Datatilsynet

            Nordvik Inkasso AS anmoder om forhåndsdrøftelse for chatbot ved inngåelse av nedbetalingsavtaler. DPIA (KS-PV-036 rev. 1) er vedlagt.

            DPIA-en er ennå ikke behandlet av styret; den legges fram i styremøtet 10. desember, og protokollutdrag ettersendes. Vi sender nå for å komme i gang.
            """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N038",
        FROM,
        "Anmodning om forhåndsdrøftelse – chatbot nedbetalingsavtaler",
        when(11, 23, 14, 16),
        body,
        attachments=[("KS-PV-036_DPIA_chatbot_rev1.rtf", dpia)],
    )
    return msg, Label(
        "nb",
        (
            "debt_collection",
            "new_technology_ai",
            "rtf",
            "contact_label_value_lines",
            "processor_contact_in_body",
            "headings_numbered",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_will_follow",
        ),
        "none",
        True,
        "used",
        "ordinary deferral: the board treats the DPIA on 10 December and the minutes will follow; parts 1–4 present",
        (5,),
    )


def c058() -> tuple[EmailMessage, Label]:
    body = (
        block()
        + "\n"
        + txt(
            """
            Til Datatilsynet
            Deres ref.: 26/04417-2

            SVAR – KLAGE OVER MANGELFULLT INNSYN

            Vi viser til brev av 6. november 2026, der Datatilsynet ber om vår redegjørelse i anledning en klage fra en skyldner over at Nordvik Inkasso AS ikke har gitt fullstendig innsyn.

            Skyldner ba om innsyn 14. august 2026 og fikk svar 2. september 2026 med kopi av saken og oversikt over kreditor og krav. Skyldner mener at vi også skulle ha utlevert lydopptak av en telefonsamtale 3. juli 2026. Vi har gjennomgått saken og ser at samtalen ikke ble tatt opp; vi har på den tiden ikke tatt opp samtaler. Notatet fra samtalen var med i innsynet.

            Vi beklager at svaret til skyldner ikke forklarte dette, og har i dag sendt et utfyllende svar (kopi vedlagt i vårt arkiv, kan ettersendes ved behov). Rutinen for innsyn er oppdatert slik at svaret alltid sier hvilke typer opplysninger vi ikke har.

            Vi håper dette er tilstrekkelig, og står til disposisjon for ytterligere spørsmål.
            """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N058",
        FROM,
        "Deres ref. 26/04417-2 – svar på klage over innsyn",
        when(11, 19, 15, 3),
        body,
    )
    return msg, Label(
        "nb",
        (
            "debt_collection",
            "nonrequest_complaint_reply",
            "refers_to_earlier_messages",
            "contact_label_value_lines",
        ),
        "none",
        False,
        "unspecified",
        "the agency's reply in a complaint case; not a consultation request; the opening block gives contact person and DPO with phone and e-mail, so part 1 is present",
        (2, 3, 4, 5),
    )
