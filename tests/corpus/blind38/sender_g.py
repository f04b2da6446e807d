# ruff: noqa: E501
"""Sender G: Bølgen Boligbyggelag (housing cooperative, bokmål).

Habits: the head of property management writes short, friendly mails; contacts (including the DPO)
sit in her signature; DPIAs are short documents; the board (styret) decides and she quotes or
attaches the minute extract.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_pdf, txt, when

FROM = "Tone Grindheim <tone.grindheim@bolgenbbl.no>"
SIG = txt(
    """
    Med vennlig hilsen
    Tone Grindheim
    Forvaltningssjef, Bølgen Boligbyggelag
    Tlf. 51 84 22 10 | Mobil 934 70 118 | tone.grindheim@bolgenbbl.no
    Personvernombud i Bølgen BBL: Nils Petter Haug, tlf. 51 84 22 95, nils.petter.haug@bolgenbbl.no
    """
)

TOPICS = {
    "c013": "smart_water_meters",
    "c033": "garage_camera_ai",
    "c053": "tenant_credit_checks",
    "c014": "keyless_access_app",
    "c034": "noise_loggers",
    "c054": "keyless_access_app",
}


C013_DPIA = """
# DPIA – Smarte vannmålere og fuktsensorer

Bølgen Boligbyggelag, 21.10.2026. Utarbeidet av forvaltningsavdelingen med personvernombudet.

# Hva vi skal gjøre

I 38 borettslag som Bølgen BBL forvalter (ca. 4 200 leiligheter) skal det monteres vannmålere og fuktsensorer under kjøkkenbenk og på bad. Målerne sender forbruk per time og fuktnivå til Målerdata AS (databehandler, Norge; kontakt Gunnar Eik, tlf. 22 71 58 30, gunnar.eik@maalerdata.no). Formål: individuell fakturering av varmtvann etter vedtak i borettslagene, og varsling av vannlekkasjer. Timesdata lagres i 3 måneder, deretter bare månedsforbruk (5 år, bokføringsloven). Forbruksmønsteret kan vise når beboerne er hjemme, sover eller er bortreist, og hvor mange som bor der. Grunnlag: art. 6 nr. 1 bokstav c og f (borettslagsloven, vedtak i generalforsamling; lekkasjevarsling som berettiget interesse).

# Er det nødvendig og forholdsmessig?

Lekkasjer koster borettslagene over 6 mill. kr i året, og beboere ønsker rettferdig fordeling av varmtvann. Månedlig avlesning (vurdert) gir ikke lekkasjevarsel; fuktsensor alene (vurdert) gir ikke fakturering. Timesdata er minste oppløsning som oppdager lekkasje tidsnok. Beboerne får informasjon før montering og i Min side; de ser eget forbruk; timesdata brukes aldri til å kontrollere hvem som bor i leiligheten (forbud i avtale og rutine); beboere kan protestere mot lekkasjevarsel (men ikke mot fakturering som generalforsamlingen har vedtatt).

# Risiko for beboerne

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko |
| Timesdata viser når beboere er hjemme/bortreist og brukes til kontroll av fremleie eller antall beboere | Middels | Høy | Forbud i rutine; styret får bare månedsforbruk; logging | Middels |
| Innbrudd ved at noen får tilgang til data om bortreiste | Lav | Høy | Kryptering; tilgang for tre ansatte | Lav |
| Feilfakturering ved feil måler | Middels | Middels | Kontrollrutine, klageadgang | Lav |

Vurdert, ikke gjennomført: døgndata i stedet for timesdata (oppdager lekkasjer for sent); lagring hos borettslagene selv (ikke kompetanse).

Restrisikoen for kontroll av beboere med timesdata vurderes som middels.
"""

C013_BOARD = """
# Bølgen Boligbyggelag – Utdrag av styreprotokoll

Styremøte 28. oktober 2026. Til stede: Styreleder Randi Østerhus, Arvid Tjelta, Mona Sele, Kåre Lid, Heidi Ur (ansattrepresentant). Administrerende direktør Øyvind Lea.

## Sak 44/26 Smarte vannmålere – DPIA

Forvaltningssjefen presenterte DPIA-en og funnene. Uttalelser fra beboerrådet og fra tre borettslagsstyrer var vedlagt; beboerrådet ba om at timesdata ikke skal brukes til kontroll av fremleie, og dette er tatt inn.

Vedtak: Styret godkjenner DPIA-en og ber administrasjonen be Datatilsynet om forhåndsdrøftelse før utrulling.

Protokollen er signert av alle styremedlemmer.
"""


def c013() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei,

        Bølgen Boligbyggelag ber om forhåndsdrøftelse for smarte vannmålere og fuktsensorer i borettslagene vi forvalter. DPIA og styreprotokoll er vedlagt.

        """
    )
    msg = message(
        "c013",
        FROM,
        "Forhåndsdrøftelse – smarte vannmålere",
        when(11, 4, 15, 11),
        body + "\n" + SIG,
        attachments=[
            ("DPIA_vannmalere.pdf", to_pdf(C013_DPIA)),
            ("Styreprotokoll_sak_44-26.pdf", to_pdf(C013_BOARD)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "housing",
            "home_sensors",
            "short_adequate",
            "dpia_report_pdf",
            "contact_signature",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_minute_extract",
        ),
        "none",
        True,
        "used",
        "complete twin, short: contact person and DPO only in the mail signature, processor contact in the DPIA; two-page DPIA with question headings; risk table with residual; board minute extract",
    )


C033_DPIA = """
# Vurdering av personvernkonsekvenser: Kameraovervåking med bildeanalyse i garasjeanlegg

Bølgen Boligbyggelag – 2. november 2026

# 1. Kontakt

Behandlingsansvarlig: Bølgen Boligbyggelag (på vegne av og etter avtale med Havblikk borettslag og Sjøstjerna borettslag). Kontaktperson og personvernombud: se følgebrev. Databehandler: Vaktsyn AS, kontaktperson Rune Hamre, tlf. 46 90 33 21, rune.hamre@vaktsyn.no.

# 2. Beskrivelse

Det er 19 kameraer i to garasjeanlegg og søppelrom (ca. 600 beboere). Kameraene tar opp kontinuerlig; opptak lagres i 7 dager. Ny programvare fra Vaktsyn AS analyserer bildene og varsler vaktsentralen ved personer i garasjen mellom 01 og 05, ved personer som prøver dører på biler og ved brann/røyk. Vaktsentralen ser direkte bilde ved varsel. Opptak utleveres bare til politiet ved anmeldelse. Grunnlag: art. 6 nr. 1 bokstav f; personopplysningsloven § 31 og kameraovervåkingsforskriften.

# 3. Nødvendighet og forholdsmessighet

Det har vært 23 innbrudd i biler og boder i 2025 og to branntilløp. Vurderte alternativer: bedre lys og låser (gjennomført, ikke nok), vekterrunder (for dyrt, dekker bare korte perioder), kamera uten analyse (dagens løsning; opptak brukes bare i etterkant). Bildeanalysen er avgrenset til bevegelse og atferd, ikke ansiktsgjenkjenning. Kameraene dekker ikke inngangsdører til leiligheter. Beboerne informeres med skilt og brev; innsyn i opptak av seg selv etter forespørsel; generalforsamlingene har vedtatt ordningen.

# 4. Risikovurdering

| Risiko for beboerne | S | K | Risiko | Tiltak | Restrisiko |
| Beboere som kommer hjem sent (skiftarbeid) får gjentatte varsler og føler seg mistenkt | Høy | Middels | Høy | Beboere kan registrere bil/brikke for unntak | Middels |
| Kartlegging av når beboere og besøkende kommer og går | Middels | Høy | Høy | Kun 7 dagers lagring; vaktsentral ser bare ved varsel | Middels |
| Feilvarsel gjør at vektere konfronterer beboere | Middels | Middels | Middels | Instruks om å ringe beboer før oppmøte | Lav |
| Opptak lekker fra leverandør | Lav | Høy | Middels | Kryptering, logging | Lav |

Tiltak vurdert, men ikke gjennomført: analyse bare i helger (innbruddene skjer alle dager); ansiktsgjenkjenning for å redusere feilvarsler (for inngripende, avvist).
"""


def c033() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei,

        Vi ber om forhåndsdrøftelse for kameraovervåking med bildeanalyse i garasjeanleggene til Havblikk og Sjøstjerna borettslag. DPIA-en ligger ved.

        Kontaktperson er undertegnede, og personvernombudet står i signaturen.

        Styrets vedtak, fra protokoll 4. november 2026, sak 47/26:
        «Forvaltningssjefen presenterte DPIA-en. Styrene i de to borettslagene og beboerrådet har gitt innspill; skiftarbeidere ba om mulighet for unntak, som er tatt inn. Vedtak: Styret i Bølgen BBL godkjenner DPIA-en og ber om at det sendes anmodning om forhåndsdrøftelse til Datatilsynet, da restrisikoen for kartlegging av beboernes bevegelser er middels og ordningen er ny. Randi Østerhus, styreleder.»

        """
    )
    msg = message(
        "c033",
        FROM,
        "Anmodning om forhåndsdrøftelse – kamera med bildeanalyse i garasjer",
        when(11, 10, 10, 22),
        body + "\n" + SIG,
        attachments=[("DPIA_garasjekamera.docx", to_docx(C033_DPIA))],
    )
    return msg, Label(
        "nb",
        (
            "housing",
            "cctv",
            "video_analytics",
            "dpia_report_docx",
            "headings_numbered",
            "contact_signature",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_decision_quoted",
        ),
        "none",
        True,
        "used",
        "complete: DPIA says «se følgebrev» for contact and DPO, and both are in the mail signature; processor contact in the DPIA; board decision quoted in the body",
    )


C053_DPIA = """
# DPIA – Kredittvurdering og bakgrunnssjekk av søkere til utleieboliger

Bølgen Boligbyggelag, 12. november 2026

# Kontakt

Kontaktperson: Tone Grindheim, tlf. 51 84 22 10, tone.grindheim@bolgenbbl.no. Personvernombud: Nils Petter Haug, tlf. 51 84 22 95, nils.petter.haug@bolgenbbl.no. Databehandler: Nabonett AS.

# Beskrivelse

Bølgen BBL leier ut 620 boliger. Søkere (ca. 3 000 per år) skal automatisk kredittsjekkes og få en «leietakerscore» fra Nabonett AS, basert på kredittopplysninger, betalingsanmerkninger, tidligere husleierestanser i Nabonetts database (fra andre utleiere) og søk i offentlige kilder (rettsavgjørelser, namsmannens tvangsfravikelser). Scoren brukes til å rangere søkere; søkere under en terskel får automatisk avslag. Opplysninger lagres 6 måneder for avslåtte søkere, i leieforholdet for de som får kontrakt. Grunnlag: art. 6 nr. 1 bokstav b og f; kredittopplysningsregler i personopplysningsforskriften.

# Nødvendighet og proporsjonalitet

Husleierestanser utgjorde 2,4 mill. kr i 2025. Vi vurderte manuell vurdering av kredittsjekk uten score (tar tid, men er mulig), og å kreve depositum eller garanti i stedet (gjøres allerede; utelukker mange med lav inntekt). Vi har endret løsningen slik at automatisk avslag ikke brukes: alle søkere under terskelen vurderes manuelt, og søkeren får vite hvilke opplysninger som er brukt og kan forklare seg. Søkere informeres i søknadsskjemaet; innsyn i score og grunnlag på forespørsel; retting av feil i Nabonetts database via oss.

# Risikovurdering

| Risiko | S | K | Tiltak | Restrisiko |
| Feilaktige opplysninger fra andre utleiere gir avslag (ikke tilgang til bolig) | Middels | Høy | Manuell vurdering, søkeren får forklare seg | Middels |
| Indirekte diskriminering av søkere med innvandrerbakgrunn eller trygd | Middels | Høy | Score uten alder, kjønn, bosted; årlig kontroll av avslag per gruppe | Middels |
| Rettsavgjørelser om søkeren (f.eks. barnevern eller straff) brukes | Lav | Høy | Bare husleie- og fravikelsessaker tas med | Lav |
| Søkere vet ikke at de blir scoret | Middels | Middels | Informasjon i skjemaet | Lav |

Vurdert, ikke gjennomført: å droppe Nabonetts database med historikk fra andre utleiere (gir vesentlig dårligere treff); å gi alle søkere scoren automatisk (vurdert, i stedet på forespørsel).

# Behandlet i styret

Styret i Bølgen BBL godkjente DPIA-en 17. november 2026 (sak 51/26), etter presentasjon fra forvaltningssjefen og innspill fra Leieboerforeningen. Vedtak: «Styret godkjenner DPIA-en og ber om forhåndsdrøftelse på grunn av risikoen for indirekte diskriminering.»
"""


def c053() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei,

        Vedlagt er DPIA for kredittvurdering og bakgrunnssjekk av søkere til våre utleieboliger. Vi ber om forhåndsdrøftelse. Databehandler er Nabonett AS.

        """
    )
    msg = message(
        "c053",
        FROM,
        "Forhåndsdrøftelse – kredittvurdering av leiesøkere",
        when(11, 24, 13, 50),
        body + "\n" + SIG,
        attachments=[("DPIA_leietakerscore.pdf", to_pdf(C053_DPIA))],
    )
    return msg, Label(
        "nb",
        (
            "housing",
            "automated_scoring",
            "profiling",
            "dpia_report_pdf",
            "contact_signature",
            "contact_dpia_block",
            "p1_processor_named_no_contact",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "looks finished; contact person and DPO complete (DPIA and signature), but the processor is only «Databehandler: Nabonett AS» with no contact person, phone or e-mail anywhere → part 1 missing; parts 2–5 present",
        (1,),
    )


def c014() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei,

        Bølgen Boligbyggelag ber om forhåndsdrøftelse (GDPR art. 36) for nøkkelfri adgang med mobilapp i våre borettslag. Jeg har samlet alt her i e-posten.

        Kontakter
        Kontaktperson: Tone Grindheim, tlf. 51 84 22 10, tone.grindheim@bolgenbbl.no
        Personvernombud: Nils Petter Haug, tlf. 51 84 22 95, nils.petter.haug@bolgenbbl.no
        Databehandler: Lås og Adgang AS, Frode Helle, tlf. 55 20 90 61, frode.helle@lasogadgang.no

        Hva gjelder det?
        I 12 borettslag (1 800 leiligheter) erstattes nøkler til inngangsdører, boder, vaskeri og garasje med en app og en brikke. Hver åpning logges med person, dør og tidspunkt. Loggen lagres i 90 dager hos Lås og Adgang AS (Norge). Borettslagsstyret kan be forvaltningen om loggutskrift ved innbrudd eller hærverk. Beboere kan gi midlertidig tilgang til håndverkere og besøkende. Ca. 4 000 beboere og et ukjent antall gjester. Grunnlag: art. 6 nr. 1 bokstav f og borettslagenes vedtak.

        Hvorfor er det nødvendig, og hvorfor står det i forhold?
        Tapte nøkler koster mye og gir utrygghet (mastersystem må byttes). Vi har vurdert vanlige brikker uten app og uten personlogg (brikkene logges fortsatt per leilighet – valgt som alternativ for dem som ikke vil bruke app) og kodelås (koder spres). Loggen er avgrenset til 90 dager og brukes bare ved hendelser; styremedlemmer har ikke selv tilgang. Beboere får informasjon før overgang, kan se sin egen logg i appen, kan velge brikke i stedet for app, og kan klage på utlevering til personvernombudet.

        Risiko for beboerne
        - Styremedlemmer eller naboer bruker loggen til å kontrollere hverandre (besøk, samboerskap, fremleie): sannsynlighet middels, konsekvens høy. Tiltak: styret får bare utskrift ved anmeldt hendelse, forvaltningen vurderer. Restrisiko middels.
        - Voldsutsatte beboeres bevegelser blir kjent for en voldsutøver i samme borettslag (f.eks. et styremedlem): lav / svært høy. Tiltak: mulighet for skjermet logg etter søknad. Restrisiko middels.
        - Tap av tilgang til egen bolig ved feil i systemet: middels / middels. Tiltak: reservenøkkel hos vaktselskap. Restrisiko lav.
        - Lekkasje fra leverandør: lav / høy. Tiltak: kryptering, databehandleravtale. Restrisiko lav.
        Vurdert, ikke gjennomført: anonym logg uten person (ikke nok for å oppklare hendelser), 30 dagers lagring (forsikringsselskapene krever lengre).

        Styrets behandling
        Styret i Bølgen BBL, 6. november 2026, sak 49/26: «Forvaltningssjefen presenterte DPIA-en og funnene. Beboerrådet og krisesenteret i Stavanger har gitt innspill om voldsutsatte. Vedtak: Styret godkjenner vurderingen og ber om forhåndsdrøftelse med Datatilsynet før innføring.» Protokollen er signert av styreleder Randi Østerhus.

        """
    )
    msg = message(
        "c014",
        FROM,
        "Forhåndsdrøftelse – nøkkelfri adgang med app",
        when(11, 9, 9, 3),
        body + "\n" + SIG,
    )
    return msg, Label(
        "nb",
        (
            "housing",
            "access_logs",
            "all_in_body",
            "questions_as_headings",
            "contact_body_lines",
            "processor_contact_in_body",
            "risk_bullets_likelihood_consequence",
            "residual_risk",
            "part5_board_decision_quoted",
        ),
        "inline",
        True,
        "used",
        "complete and short, all in a single text/plain body with question headings: contacts, description, necessity and safeguards, risks with likelihood/consequence/residual and measures not taken, board decision quoted",
    )


def c034() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei,

        Bølgen Boligbyggelag ber om forhåndsdrøftelse for støymålere i leiligheter i Solsiden borettslag. Vedlagt er DPIA-en som PDF.

        Kontaktperson: Tone Grindheim, tlf. 51 84 22 10, tone.grindheim@bolgenbbl.no
        Personvernombud: Nils Petter Haug, tlf. 51 84 22 95, nils.petter.haug@bolgenbbl.no
        Databehandler: Lydlogg AS, Svein Ims, tlf. 93 12 60 45, svein.ims@lydlogg.no

        Styrets vedtak 13. november 2026, sak 50/26: «Forvaltningssjefen presenterte DPIA-en for støymålere. Beboerrådet og Leieboerforeningen har uttalt seg. Vedtak: Styret godkjenner DPIA-en og ber om forhåndsdrøftelse med Datatilsynet før pilot.» Randi Østerhus, styreleder.

        """
    )
    msg = message(
        "c034",
        FROM,
        "Forhåndsdrøftelse – støymålere Solsiden borettslag",
        when(11, 19, 14, 28),
        body + "\n" + SIG,
        attachments=[("DPIA_stoymalere_Solsiden.pdf", b"")],
    )
    return msg, Label(
        "nb",
        (
            "housing",
            "home_sensors",
            "audio_recording",
            "zero_byte_dpia",
            "contact_body_lines",
            "processor_contact_in_body",
            "part5_board_decision_quoted",
        ),
        "none",
        True,
        "used",
        "the only attachment, the DPIA PDF, is zero bytes; the body holds all three contacts and the board decision → parts 2, 3 and 4 missing (the processing is named in one line only), parts 1 and 5 present",
        (2, 3, 4),
    )


def c054() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei,

        Jeg sendte 9. november en anmodning om forhåndsdrøftelse for nøkkelfri adgang med mobilapp i våre borettslag. Vi har ikke fått kvittering eller saksnummer.

        Har dere mottatt henvendelsen? Borettslagene lurer på om de kan planlegge montering i februar.

        """
    )
    msg = message(
        "c054",
        FROM,
        "Status – forhåndsdrøftelse nøkkelfri adgang",
        when(12, 2, 8, 37),
        body + "\n" + SIG,
    )
    return msg, Label(
        "nb",
        ("housing", "nonrequest_status_query", "refers_to_earlier_messages", "contact_signature"),
        "none",
        False,
        "unspecified",
        "status query about M014; nothing is sent; the signature carries contact person and DPO in full and no processor is mentioned → part 1 present, parts 2–5 missing",
        (2, 3, 4, 5),
    )
