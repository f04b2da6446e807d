"""The demo's submissions: realistic Norwegian requests for prior consultation (data only)."""

from __future__ import annotations

from dataclasses import dataclass, field

CONTACT_BERGEN = """1. Kontaktinformasjon
Kontaktperson: Kari Nordmann, seksjonsleder digitalisering, telefon 55 56 20 00, e-post kari.nordmann@bergen.kommune.no.
Personvernombud: Ola Hansen, telefon 55 56 21 10, e-post personvernombud@bergen.kommune.no.
Databehandler: Analyse AS ved Per Olsen, telefon 22 33 44 55, e-post per.olsen@analyse.no.
"""

DESCRIPTION_BERGEN = """2. Systematisk beskrivelse av behandlingen
Bergen kommune planlegger et beslutningsstøtteverktøy i sosialtjenesten som beregner risiko for at
barnefamilier trenger tidlig hjelp. Verktøyet behandler opplysninger om inntekt, boforhold, skolefravær og
tidligere kontakt med barnevernet for om lag 12 000 familier. Formålet er å gi saksbehandlere et bedre
grunnlag for å tilby frivillige tiltak. Opplysningene hentes fra kommunens fagsystemer og NAV, og mottakere
er saksbehandlere i sosialtjenesten. Databehandleren drifter løsningen i Norge. Ansvarsfordelingen er
regulert i databehandleravtale, og informasjonssikkerheten er beskrevet i vedlagt sikkerhetsplan.
"""

NECESSITY_BERGEN = """3. Vurdering av nødvendighet og forholdsmessighet
Behandlingen er nødvendig for å utføre kommunens lovpålagte oppgaver etter sosialtjenesteloven. Vi har
vurdert mindre inngripende alternativer, blant annet manuell gjennomgang, men disse gir ikke tilstrekkelig
treffsikkerhet. De registrerte får informasjon i brev og på kommunens nettsider, kan be om innsyn i sin
egen risikoscore, og kan kreve at en saksbehandler vurderer saken uten verktøyet. Ingen vedtak treffes
automatisk.
"""

RISK_BERGEN = """4. Risikovurdering (DPIA)
Vurderingen av personvernkonsekvenser (DPIA) etter artikkel 35 er vedlagt i sin helhet. Den høyeste
risikoen er diskriminering og feilaktig stempling av familier, svekket forutsigbarhet for de registrerte og
manglende medbestemmelse. Gjennomførte tiltak: pseudonymisering, tilgangsstyring, logging og
menneskelig kontroll. Vurderte tiltak som ikke er gjennomført: fullstendig forklarbarhet for hver enkelt
score, fordi leverandørens modell ikke støtter det ennå. Restrisikoen vurderes fortsatt som høy.
"""

MANAGEMENT_BERGEN = """5. Ledelsens validering av DPIA
Rådmannens ledergruppe behandlet vurderingen i møter 12. august og 9. september. Presentasjonen og
funnene er sammenstilt i vedlegg 5. Innspill fra tillitsvalgte, brukerorganisasjoner og personvernombudet
er vurdert. Ledelsen besluttet å gå videre og be Datatilsynet om forhåndsdrøftelse fordi risikoen ikke kan
reduseres ytterligere med rimelige tiltak.
"""

BODY_BERGEN = """Hei,

Bergen kommune anmoder med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36.
Vedlagt er dokumentasjonen dere ber om, samlet i ett dokument med de fem delene.

Med vennlig hilsen
Kari Nordmann
Bergen kommune
"""

BODY_HELSE = """Til Datatilsynet

Helse Midt-Norge RHF ber om forhåndsdrøfting av et nytt system for automatisk analyse av røntgenbilder
med kunstig intelligens. Hver del av dokumentasjonen ligger ved som egen fil.

Vennlig hilsen
Jonas Berg, prosjektleder
Telefon 73 86 40 00
"""

HELSE_PARTS = {
    "Del 1 Kontaktinformasjon.docx": [
        ("Kontaktinformasjon", ""),
        ("", "Kontaktperson: Jonas Berg, telefon 73 86 40 00, e-post jonas.berg@helse-midt.no."),
        (
            "",
            "Personvernombud: Sara Lie, telefon 73 86 41 11, e-post personvernombud@helse-midt.no.",
        ),
        (
            "",
            "Databehandler: Bildeanalyse Norge AS ved Eva Dahl, telefon 21 09 87 65, "
            "e-post eva.dahl@bildeanalyse.no.",
        ),
    ],
    "Del 2 Beskrivelse av behandlingen.docx": [
        ("Systematisk beskrivelse av behandlingen", ""),
        (
            "",
            "Systemet analyserer røntgenbilder av thorax for om lag 200 000 pasienter i året og "
            "markerer funn som radiologen skal se på først. Formålet er kortere ventetid på alvorlige "
            "diagnoser. Opplysningene er helseopplysninger (artikkel 9). Kilder er bildearkivet og "
            "pasientjournalen; mottakere er radiologer. Leverandøren behandler opplysningene som "
            "databehandler i helseforetakets datasenter, og ansvarsfordelingen er avtalt skriftlig.",
        ),
    ],
    "Del 3 Nødvendighet og proporsjonalitet.docx": [
        ("Vurdering av nødvendighet og proporsjonalitet", ""),
        (
            "",
            "Behandlingen er nødvendig for å yte forsvarlig helsehjelp. Modellen brukes bare som "
            "prioriteringsstøtte; radiologen stiller alltid diagnosen. Pasientene informeres på "
            "nettsiden og i innkallingen, og innsyn gis gjennom helsenorge.no. Vi har vurdert at et "
            "mindre inngripende alternativ ikke gir samme gevinst for pasientsikkerheten.",
        ),
    ],
    "Del 4 DPIA.docx": [
        ("Risikovurdering – vurdering av personvernkonsekvenser", ""),
        (
            "",
            "DPIA etter artikkel 35 viser høy risiko for feilprioritering som rammer enkelte "
            "pasientgrupper, og for at modellen er mindre treffsikker for barn. Gjennomførte tiltak er "
            "validering på norske data, logging og kvalitetskontroll. Tiltak som er vurdert, men ikke "
            "gjennomført, er løpende revalidering hver måned, fordi det mangler kapasitet. Restrisikoen "
            "er høy.",
        ),
    ],
    "Del 5 Ledelsens godkjenning.docx": [
        ("Ledelsens godkjenning av personvernkonsekvensvurderingen", ""),
        (
            "",
            "Direktørens ledergruppe har behandlet DPIA-en to ganger. Funnene ble presentert "
            "sammen med innspill fra pasientombudet og klinikerne. Ledelsen besluttet å gå videre og "
            "be om forhåndsdrøfting, fordi risikoen ikke kan reduseres mer uten å miste nytten.",
        ),
    ],
}

BODY_INCOMPLETE = """Hei Datatilsynet,

Trygg Forsikring ASA ber om forhåndsdrøftelse etter GDPR artikkel 36 for en ny modell som beregner
risikopremie ut fra kjøredata fra kundenes mobiltelefon.

Kontaktperson: Lars Moe, telefon 915 55 123, e-post lars.moe@tryggforsikring.no.
Personvernombud: Ingrid Sæther, telefon 915 55 200, e-post dpo@tryggforsikring.no.

Systematisk beskrivelse av behandlingen
Appen samler posisjon, fart og akselerasjon under kjøring for om lag 40 000 kunder som har valgt
produktet. Dataene behandles hos oss og brukes til å beregne premie hver måned. Mottakere er
aktuarer og kundesenteret. Sikkerheten er beskrevet i vår sikkerhetsinstruks.

Vurdering av nødvendighet og forholdsmessighet
Behandlingen bygger på avtale med kunden. Kunden kan når som helst gå tilbake til vanlig premie,
og får innsyn i egne kjøredata i appen.

Risikovurdering (DPIA) og ledelsens validering av DPIA ettersendes når styret har behandlet dem.

Vennlig hilsen
Lars Moe
"""

BODY_QUESTION = """Hei,

Vi er et lite firma som vurderer å bruke ansiktsgjenkjenning for adgangskontroll. Må vi be om
forhåndsdrøftelse hos dere, eller holder det å gjennomføre en DPIA selv? Kan dere veilede oss?

Hilsen
Mona Eriksen
"""

BODY_AUTOREPLY = """Takk for e-posten. Jeg er på ferie til 1. desember og har begrenset tilgang til e-post.
"""

BODY_FOLLOWUP = """Hei igjen,

Som avtalt sender vi oppdatert sikkerhetsplan for beslutningsstøtteverktøyet.

Med vennlig hilsen
Kari Nordmann
"""


@dataclass(frozen=True)
class DemoSubmission:
    """One message the demo delivers; `days_ago` sets the server receipt time."""

    key: str
    sender: str
    sender_name: str
    subject: str
    body: str
    days_ago: int
    pdf_sections: tuple[str, ...] = ()
    pdf_name: str = ""
    docx_files: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    encryption: str = "none"  # none | pgp_mime | inline | foreign_key
    sign: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    reply_to_key: str | None = None
    deliver_twice: bool = False


SUBMISSIONS = (
    DemoSubmission(
        "bergen",
        "kari.nordmann@bergen.kommune.no",
        "Kari Nordmann",
        "Anmodning om forhåndsdrøftelse – beslutningsstøtte i sosialtjenesten",
        BODY_BERGEN,
        30,
        pdf_sections=(
            CONTACT_BERGEN,
            DESCRIPTION_BERGEN,
            NECESSITY_BERGEN,
            RISK_BERGEN,
            MANAGEMENT_BERGEN,
        ),
        pdf_name="Forhåndsdrøftelse Bergen kommune.pdf",
        encryption="pgp_mime",
        sign=True,
    ),
    DemoSubmission(
        "helse",
        "jonas.berg@helse-midt.no",
        "Jonas Berg",
        "Forhåndsdrøfting – KI-analyse av røntgenbilder",
        BODY_HELSE,
        12,
        docx_files=HELSE_PARTS,
        deliver_twice=True,
    ),
    DemoSubmission(
        "forsikring",
        "lars.moe@tryggforsikring.no",
        "Lars Moe",
        "Anmodning om forhåndsdrøftelse – kjøredata og premie",
        BODY_INCOMPLETE,
        5,
    ),
    DemoSubmission(
        "question",
        "mona@eriksen-as.no",
        "Mona Eriksen",
        "Spørsmål om ansiktsgjenkjenning",
        BODY_QUESTION,
        3,
        encryption="inline",  # answered without her key: the interim reply quotes nothing
    ),
    DemoSubmission(
        "autoreply",
        "fravaer@example.com",
        "Fraværsmelding",
        "Automatisk svar: Ferie",
        BODY_AUTOREPLY,
        2,
        headers={"Auto-Submitted": "auto-replied"},
    ),
    DemoSubmission(
        "wrong-key",
        "it@nordlys-energi.no",
        "Nordlys Energi",
        "Forhåndsdrøftelse – smartmålere",
        "Se vedlagt.",
        2,
        encryption="foreign_key",
    ),
    DemoSubmission(
        "followup",
        "kari.nordmann@bergen.kommune.no",
        "Kari Nordmann",
        "SV: Anmodning om forhåndsdrøftelse – beslutningsstøtte i sosialtjenesten",
        BODY_FOLLOWUP,
        1,
        reply_to_key="bergen",
    ),
)
