# ruff: noqa: E501
"""Sender A: Storelv kommune (municipality, ~28 000 inhabitants, bokmål).

Habits: letters are produced in the archive system and sent from postmottak with a generated mail
text; the letter is a PDF with the table «Vår ref. | Deres ref. | Saksbehandler | Dato» and a
line under it with the case officer's direct number; the municipal director and the head of the
sector sign side by side, «godkjent elektronisk»; «Kopi til:» names the DPO. The DPIA is a DOCX on
the municipality's template, management's validation is an extract of the management group's
minutes («Utskrift av møtebok»).
"""

from __future__ import annotations

from common import DT_ADDR, DT_OFFICER_1, E_APPROVED_NB, dt_letter
from kit import Label, message, to_docx, to_pdf, txt, when
from letter import Head, Letter, to_text
from letter import to_docx as letter_docx
from letter import to_pdf as letter_pdf
from topic import (
    Person,
    Proc,
    Topic,
    bullets,
    lines,
    paras,
    pick,
    proc_rows,
    risk_rows,
    skipped_bullets,
    table,
)

ORG = "Storelv kommune"
FROM = "Storelv kommune <postmottak@storelv.kommune.no>"
FOOT = (
    "Postadresse: Postboks 100, 8842 Storelv | Besøksadresse: Rådhusgata 4 | Sentralbord: 75 10 00 00",
    "E-post: postmottak@storelv.kommune.no | Org.nr. 944 120 556 | www.storelv.kommune.no",
)
HEAD_KD = Head(ORG, "Kommunedirektøren", FOOT)
HEAD_HO = Head(ORG, "Helse og omsorg", FOOT)
HEAD_OPP = Head(ORG, "Oppvekst og kultur", FOOT)

DIRECTOR = ("Torunn Myrvold", "kommunedirektør")
DPO = Person("Hilde Aas", "personvernombud", "909 88 776", "hilde.aas@storelv.kommune.no")
SOLHEIM = Person(
    "Ingrid Solheim",
    "rådgiver velferdsteknologi",
    "75 10 02 37",
    "ingrid.solheim@storelv.kommune.no",
)
BAKKE = Person("Ole Martin Bakke", "spesialrådgiver")
NYGAARD = Person(
    "Line Nygaard", "rådgiver skoleutvikling", "75 10 03 18", "line.nygaard@storelv.kommune.no"
)
RUUD = Person(
    "Stian Ruud", "enhetsleder eiendom og parkering", "75 10 05 60", "stian.ruud@storelv.kommune.no"
)

TRYGGVAKT = Proc(
    "Tryggvakt Omsorg AS (org.nr. 921 554 010)",
    "leverandør og drift av sensorplattform og alarmmottak",
    Person("Jonas Eide", "leveranseansvarlig kommune", "932 45 118", "jonas.eide@tryggvakt.no"),
)
SPOR = Proc(
    "Læringsspor AS (org.nr. 915 880 223)",
    "leverandør av læringsplattform og analysemodul",
    Person("Maria Holt", "personvernansvarlig", "452 33 908", "maria.holt@laeringsspor.no"),
)
PARKEN = Proc(
    "Parkvakt Nord AS (org.nr. 998 410 372)",
    "drift av kamera, skiltgjenkjenning og betalingsløsning",
    Person("Eirik Sandvoll", "driftssjef", "977 10 245", "eirik.sandvoll@parkvakt.no"),
)

# --- topics (odd half: nattilsyn, sosialhjelp; even half: læringsanalyse, parkering) ------------

NATT = Topic(
    "a_natt",
    "Anmodning om forhåndsdrøftelse – digitalt nattilsyn med bevegelsessensorer og kamera i omsorgsboliger",
    (
        "Helse og omsorg i Storelv kommune vil erstatte fysiske tilsynsrunder om natten med digitalt tilsyn for inntil 60 beboere i omsorgsboliger med heldøgns tjenester. Mange av beboerne har demenssykdom og kan ikke selv ta stilling til tiltaket.",
        "Løsningen består av bevegelses- og sengesensorer i hver leilighet og et kamera som bare gir et bilde når en alarm er utløst eller nattevakten starter et planlagt «digitalt tilsyn». Bildet vises som en silhuett (anonymisert strek-figur) hos nattevakten; fullt bilde kan bare åpnes ved fall-alarm og blir da logget. Det lagres ikke video.",
        "Formålet er færre forstyrrelser av nattesøvnen, raskere hjelp ved fall og bedre bruk av nattpersonellet. Vedtak om digitalt tilsyn fattes for hver beboer etter helse- og omsorgstjenesteloven, og for beboere uten samtykkekompetanse etter pasient- og brukerrettighetsloven kapittel 4 A der vilkårene er oppfylt.",
    ),
    (
        (
            "Registrerte",
            "beboere i omsorgsbolig, indirekte pårørende og besøkende som er i leiligheten når bildet åpnes",
        ),
        (
            "Opplysninger",
            "bevegelsesmønster, liggetid, fallhendelser, alarmlogg, silhuettbilder, ved fall fullt bilde i sanntid; helseopplysninger (art. 9)",
        ),
        ("Kilder", "sensorene i leiligheten og vedtaket i fagsystemet (Profil)"),
        ("Mottakere", "nattevakt i tjenesten; ingen utlevering utenfor kommunen"),
        (
            "Lagring",
            "alarmlogg 12 måneder i Tryggvakts plattform i Norge; avvik dokumenteres i journal",
        ),
        (
            "Informasjonssikkerhet",
            "tofaktorpålogging, tilgang kun for nattevakt på vakt, kryptert overføring, logg over hver gang fullt bilde åpnes",
        ),
    ),
    (
        "Tilsynet i dag gjøres ved at nattevakten åpner døren to til fire ganger per natt. Beboere og pårørende har over tid meldt at dette vekker og skremmer. Digitalt tilsyn er mindre inngripende enn en fysisk runde for de fleste, men innebærer overvåking i eget hjem og behandling av helseopplysninger.",
        "Vi har vurdert at formålet ikke kan nås med sensorer alene, fordi nattevakten ved enkelte alarmer må kunne se om beboeren trenger hjelp straks. Kameraet er derfor begrenset til silhuett og til alarmsituasjoner. Behandlingsgrunnlaget er art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, med supplerende grunnlag i helse- og omsorgstjenesteloven og pasientjournalloven.",
    ),
    (
        "individuelt vedtak for hver beboer, med begrunnelse og klagerett; vedtaket evalueres hver tredje måned",
        "informasjon til beboer og pårørende i brosjyre og samtale før oppstart; pårørende kan be om at tiltaket vurderes på nytt",
        "kameraet kan slås av fra leiligheten med en synlig bryter når beboeren har besøk",
        "innsyn i alarmlogg og i logg over åpninger av fullt bilde",
    ),
    (
        (
            "Fullt bilde åpnes uten reell alarm (snoking)",
            "middels",
            "høy",
            "teknisk sperre: fullt bilde bare ved fall-alarm, logg, månedlig kontroll av avdelingsleder",
        ),
        (
            "Beboer uten samtykkekompetanse forstår ikke at hun overvåkes",
            "høy",
            "høy",
            "vedtak etter kap. 4 A, merking i leiligheten, pårørende involveres",
        ),
        (
            "Falske negative: fall oppdages ikke",
            "lav",
            "svært høy",
            "test av sensorene ved installasjon og hver måned, fysisk runde ved feil",
        ),
        (
            "Uautorisert tilgang hos leverandøren",
            "lav",
            "høy",
            "databehandleravtale, tilgangsstyring, revisjon av leverandøren hvert år",
        ),
    ),
    (
        (
            "Helt kamerafri løsning med bare sensorer",
            "gir for mange falske alarmer med fysisk utrykning, og nattevakten kan ikke prioritere mellom alarmer",
        ),
        (
            "Lokal lagring i hver leilighet uten sky",
            "leverandøren tilbyr det ikke, og sikkerheten ved lokal lagring vurderes som dårligere",
        ),
    ),
    "Etter tiltakene vurderer vi risikoen for at beboere uten samtykkekompetanse opplever tiltaket som en krenkelse av privatlivet i eget hjem som fortsatt høy. Ledergruppen har behandlet saken to ganger og ønsker å gå videre, og vi ber derfor om forhåndsdrøftelse.",
    (TRYGGVAKT,),
)

SOSIAL = Topic(
    "a_sosial",
    "Anmodning om forhåndsdrøftelse – automatisert behandling av søknader om økonomisk sosialhjelp",
    (
        "Storelv kommune (NAV Storelv, kommunal del) vil ta i bruk automatisert saksbehandling av søknader om økonomisk sosialhjelp. Søknaden leveres digitalt, og løsningen henter inntekts-, bolig- og stønadsopplysninger fra statlige registre og fra NAVs systemer, beregner stønad etter kommunens veiledende satser og foreslår vedtak.",
        "Enkle søknader (om lag 40 prosent) skal innvilges automatisk. Søknader som løsningen vil avslå, går alltid til en saksbehandler. Omfanget er om lag 2 400 søknader i året fra rundt 700 husstander, også barn i husstanden.",
    ),
    (
        (
            "Kilder",
            "søknaden, Skatteetaten (a-ordningen), Husbanken (bostøtte), NAVs ytelsessystemer, folkeregisteret",
        ),
        ("Mottakere", "søker; saksbehandler ved NAV Storelv; ved klage Statsforvalteren"),
        (
            "Lagring",
            "i kommunens fagsystem for sosialtjenesten, driftet i kommunens egen driftsløsning; ingen databehandler utenfor kommunen",
        ),
        (
            "Sikkerhet",
            "tilgang styrt etter tjenstlig behov, logging av alle oppslag, årlig kontroll av logger",
        ),
        (
            "Lagringstid",
            "etter arkivlova og sosialtjenesteloven; mellomlagrede registeropplysninger slettes etter 30 dager",
        ),
    ),
    (
        "Saksbehandlingstiden for økonomisk sosialhjelp er i dag 19 dager i snitt. Søkere i akutte situasjoner venter for lenge. Automatisering av enkle innvilgelser frigjør tid til veiledning og oppfølging.",
        "Behandlingen har grunnlag i art. 6 nr. 1 bokstav c og e og sosialtjenesteloven §§ 41 og 43; forvaltningsloven § 11 d åpner for automatiserte vedtak når det ikke går ut over søkerens interesser. Vi har begrenset automatikken til innvilgelser; avslag og delvis innvilgelse fattes av saksbehandler. Bare opplysninger som inngår i beregningen hentes.",
    ),
    (
        "søker får vite i vedtaket at det er fattet automatisk, og hvilke opplysninger som er brukt",
        "rett til å få saken behandlet av saksbehandler på nytt, uten å klage",
        "klageadgang til Statsforvalteren som før",
        "beregningsreglene publiseres på kommunens nettside",
    ),
    (
        (
            "Feil i registeropplysninger gir for lav stønad",
            "middels",
            "høy",
            "automatikken innvilger bare; lav stønad går til manuell kontroll",
        ),
        (
            "Søkere forstår ikke at vedtaket er automatisk",
            "middels",
            "middels",
            "klart språk i vedtaket, brukertest med søkere",
        ),
        (
            "Diskriminering gjennom regler som slår skjevt ut",
            "lav",
            "høy",
            "kvartalsvis statistikk etter husstandstype, fagutvalg vurderer reglene",
        ),
        (
            "For brede oppslag i NAVs systemer",
            "middels",
            "høy",
            "tekniske begrensninger på felt, logging, tilgangskontroll",
        ),
    ),
    (
        ("Automatisk avslag", "gir for stor risiko for feil vedtak mot sårbare søkere"),
        (
            "Maskinlæringsmodell for risikoscore",
            "ikke nødvendig for formålet og vanskelig å forklare for søker",
        ),
    ),
    "Det gjenstår en høy risiko knyttet til at søkere i en sårbar situasjon ikke oppdager feil i registeropplysningene som ligger til grunn for beregningen. Vi ber om Datatilsynets vurdering før vi setter løsningen i drift.",
)

LAERING = Topic(
    "a_laering",
    "Anmodning om forhåndsdrøftelse – læringsanalyse i grunnskolen (1.–10. trinn)",
    (
        "Oppvekst og kultur vil ta i bruk analysemodulen i kommunens læringsplattform for alle 3 100 elever ved kommunens ni grunnskoler. Modulen samler aktivitetsdata fra oppgaver og prøver og viser lærerne hvilke elever som står i fare for å falle av, og foreslår tilpassede oppgaver.",
        "Analysen gir hver elev en «mestringsprofil» per fag og varsler lærer og rektor når profilen faller. Profilen er ikke synlig for andre elever. Foreldre ser profilen til sitt barn.",
    ),
    (
        ("Registrerte", "elever 6–16 år, lærere (som brukere)"),
        (
            "Opplysninger",
            "navn, klasse, oppgavesvar, tidsbruk, antall forsøk, resultater på kartlegginger, mestringsprofil, om eleven har spesialundervisning (flagg)",
        ),
        (
            "Kilder",
            "elevens bruk av plattformen, skoleadministrativt system (Visma Flyt Skole) for klasse og vedtak",
        ),
        ("Mottakere", "kontaktlærer, faglærer, rektor, PP-tjenesten etter samtykke fra foreldre"),
        (
            "Lagring og sletting",
            "hos Læringsspor AS i Norge; mestringsprofil slettes når eleven slutter i grunnskolen",
        ),
        ("Sikkerhet", "Feide-pålogging, rollebasert tilgang, logg, kryptering"),
    ),
    (
        "Kommunen har i flere år hatt svake resultater på nasjonale prøver i regning. Tidlig innsats er en lovpålagt plikt (opplæringsloven § 11-1), og lærerne trenger bedre oversikt. Vi har vurdert at analyse på gruppenivå ikke er tilstrekkelig fordi plikten gjelder den enkelte elev.",
        "Profilen begrenses til fagene norsk, matematikk og engelsk. Fritekst, chat og skjermtid registreres ikke. Flagget om spesialundervisning brukes bare for å unngå feilaktige varsler og vises ikke i profilen. Grunnlaget er art. 6 nr. 1 bokstav e med opplæringsloven som supplerende grunnlag.",
    ),
    (
        "foreldre og elever informeres skriftlig og på foreldremøte før oppstart",
        "foreldre ser den samme profilen som læreren",
        "eleven kan be læreren forklare et varsel; varsel alene skal ikke føre til vedtak",
        "profilen kan ikke brukes i vurdering med karakter",
    ),
    (
        (
            "Eleven stemples som svak og får lavere forventninger",
            "middels",
            "høy",
            "varsel bare til lærer, profil uten tall på barnetrinnet, opplæring av lærere",
        ),
        (
            "Feil i data gir feil varsel",
            "middels",
            "middels",
            "læreren skal alltid vurdere selv; tilbakemeldingsknapp",
        ),
        (
            "Leverandøren bruker data til produktutvikling",
            "lav",
            "høy",
            "forbud i databehandleravtalen, revisjon",
        ),
        (
            "Brudd på konfidensialitet ved deling av skjerm i klasserommet",
            "middels",
            "middels",
            "profilvisning krever ny pålogging, skjuler seg ved skjermdeling",
        ),
    ),
    (
        (
            "Analyse bare på klassenivå",
            "oppfyller ikke plikten til tidlig innsats for enkelteleven",
        ),
        (
            "Egen modell utviklet av kommunen",
            "kommunen har ikke kompetanse til å drifte og kontrollere en egen modell",
        ),
    ),
    "Risikoen for stigmatisering av enkeltelever vurderes fortsatt som høy, særlig på de laveste trinnene. Kommunedirektørens ledergruppe har behandlet saken to ganger og vil gå videre.",
    (SPOR,),
)

PARKERING = Topic(
    "a_parkering",
    "Anmodning om forhåndsdrøftelse – skiltgjenkjenning og kameraovervåking i kommunale parkeringsanlegg",
    (
        "Storelv kommune vil innføre bommløs parkering med automatisk skiltgjenkjenning (ANPR) i to parkeringshus og på tre utendørs plasser i sentrum, til sammen 1 150 plasser. Kameraene leser skiltet ved inn- og utkjøring og tar et oversiktsbilde av kjøretøyet.",
        "Opplysningene brukes til å beregne avgift, sende faktura til eier når det ikke er betalt i app, og til å kontrollere at plasser for forflytningshemmede brukes av kjøretøy med gyldig kort. I tillegg kameraovervåkes trappeoppgangene i parkeringshusene av hensyn til trygghet.",
    ),
    (
        (
            "Registrerte",
            "førere og eiere av kjøretøy, passasjerer og fotgjengere som fanges av kameraene",
        ),
        (
            "Opplysninger",
            "registreringsnummer, tidspunkt, oversiktsbilde, betalingsstatus, eierens navn og adresse fra Motorvognregisteret ved manglende betaling, video fra trappeoppganger",
        ),
        (
            "Mottakere",
            "Parkvakt Nord AS som databehandler; inkassoselskap ved manglende betaling; politiet ved begjæring",
        ),
        (
            "Lagring",
            "skiltdata for betalte opphold slettes etter 48 timer, ubetalte etter endelig oppgjør; video slettes etter 7 dager",
        ),
        (
            "Sikkerhet",
            "kryptert overføring, tilgang for to operatører, logg, kameraer med maskering av inngangsparti til nabobygg",
        ),
    ),
    (
        "Dagens bom- og billettløsning er utslitt og gir køer. Skiltgjenkjenning er nødvendig for å kunne ta betalt uten bom. Vi har vurdert at oversiktsbilde er nødvendig for å kunne dokumentere feil lesing, men bildet beskjæres til kjøretøyet.",
        "Videoovervåking i trappeoppgangene er begrunnet i hærverk og to voldshendelser i 2025. Overvåkingen er begrenset til trapperom og heis, og ikke selve parkeringsplassene. Grunnlaget er art. 6 nr. 1 bokstav e (parkering) og f (trygghet).",
    ),
    (
        "skilting ved alle innkjøringer med QR-kode til personvernerklæringen",
        "innsyn i egne passeringer i appen og ved henvendelse",
        "klage på faktura med enkel bildedokumentasjon",
        "ingen bruk av data til andre formål enn parkering; ingen deling med andre kommunale enheter",
    ),
    (
        (
            "Bevegelsesmønster kartlegges over tid",
            "middels",
            "høy",
            "kort lagringstid, ingen historikk ut over faktura",
        ),
        (
            "Feil lesing gir faktura til feil eier",
            "middels",
            "middels",
            "manuell kontroll av bilde før faktura",
        ),
        (
            "Utlevering til politiet uten grunnlag",
            "lav",
            "høy",
            "rutine for begjæring, juridisk vurdering i hvert tilfelle",
        ),
        (
            "Kamera fanger inngang til legekontor i nabobygget",
            "høy",
            "høy",
            "maskering i kameraet, kontroll ved installasjon",
        ),
    ),
    (
        (
            "Bare betaling i app uten kamera",
            "gir ingen kontroll av betaling og krever fortsatt bom",
        ),
        ("Lengre lagring for statistikk", "statistikkformålet oppfylles med aggregerte tall"),
    ),
    "Etter tiltakene vurderer vi fortsatt risikoen ved den samlede overvåkingen av sentrum som høy, og vi ber om forhåndsdrøftelse.",
    (PARKEN,),
)

# --- templates -------------------------------------------------------------------------------


def dpia(t: Topic, unit: str, gap: dict[str, str] | None = None) -> bytes:
    procs = (
        table(("Databehandler", "Oppgave", "Kontaktperson", "Telefon", "E-post"), proc_rows(t))
        if t.procs
        else "Det brukes ingen databehandler."
    )
    doc = f"""
# Vurdering av personvernkonsekvenser (DPIA)

{lines((("Behandling", t.title.split("– ", 1)[1]), ("Enhet", unit), ("Mal", "Storelv kommune, versjon 3.1"), ("Personvernombud", DPO.name)))}

# 1 Beskrivelse av behandlingen

{pick(gap, "what", paras(t.what) + chr(10) + chr(10) + lines(t.flow))}

## Databehandlere

{procs}

# 2 Nødvendighet og forholdsmessighet

{pick(gap, "need", paras(t.need))}

## Tiltak for de registrertes rettigheter

{pick(gap, "rights", bullets(t.rights))}

# 3 Risikovurdering

{pick(gap, "risk", table(("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"), risk_rows(t)))}

## Tiltak som er vurdert, men ikke gjennomført

{pick(gap, "skipped", skipped_bullets(t, "{m}: {w}"))}

# 4 Konklusjon

{pick(gap, "residual", t.residual)}
"""
    return to_docx(doc)


def moetebok(t: Topic, sak: str, dato: str, ganger: str) -> bytes:
    doc = f"""
# Storelv kommune – Utskrift av møtebok

{lines((("Organ", "Kommunedirektørens ledergruppe"), ("Møtedato", dato), ("Sak", sak), ("Til stede", "Torunn Myrvold (leder), Geir Antonsen, Eva Brenden, Knut Sæther, Merete Aune; personvernombud Hilde Aas møtte i saken")))}

# Sak {sak}: {t.title.split("– ", 1)[1]}

## Saksframlegg

Rådgiver la fram vurderingen av personvernkonsekvenser. Saken er behandlet i ledergruppen {ganger}. Hovedfunn: {t.residual}

## Innspill

Personvernombudet har gitt skriftlig uttalelse. Tillitsvalgte, brukerrådet og eldrerådet/ungdomsrådet er orientert, og innspillene er innarbeidet i vurderingen. Leverandøren har svart på spørsmål om sikkerhet.

## Vedtak

Ledergruppen godkjenner vurderingen av personvernkonsekvenser og de tiltakene som er beskrevet. Ledergruppen har merket seg at restrisikoen er høy, og ber kommunedirektøren sende anmodning om forhåndsdrøftelse til Datatilsynet før behandlingen starter.

Rett utskrift bekreftes: Merete Aune, utvalgssekretær
"""
    return to_pdf(doc)


def archive_mail(docno: str, title: str) -> str:
    return txt(f"""
        Til Datatilsynet

        Vedlagt oversendes dokument fra Storelv kommune.

        Dokumentnummer: {docno}
        Tittel: {title}

        Denne e-posten er sendt fra Storelv kommunes sak- og arkivsystem og kan ikke besvares. Henvendelser i saken rettes til saksbehandler eller postmottak@storelv.kommune.no, se kontaktopplysninger i brevet.
    """)


def covering(
    t: Topic,
    head: Head,
    refs: tuple[str, ...],
    body: str,
    signers: tuple[tuple[str, ...], ...],
    encl: tuple[str, ...],
    copy: tuple[str, ...],
    after: str = "",
) -> Letter:
    return Letter(
        head,
        DT_ADDR,
        refs,
        t.title,
        body,
        signers=signers,
        layout="tabs",
        note=E_APPROVED_NB,
        copy=copy,
        encl=encl,
        after_refs=after,
    )


def contact_after(p: Person) -> str:
    return f"Saksbehandler: {p.name}, {p.title} – direkte telefon {p.phone} – {p.email}"


# --- cases: odd --------------------------------------------------------------------------------


def d001() -> tuple:
    t = NATT
    body = f"""
Storelv kommune ber med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36 før vi tar i bruk digitalt nattilsyn i omsorgsboligene.

{paras(t.what[:1])}

Vurderingen av personvernkonsekvenser følger som vedlegg 1. Den beskriver behandlingen, vurderer nødvendighet og forholdsmessighet og inneholder risikovurderingen med tiltak som er gjennomført og tiltak som er vurdert, men ikke gjennomført. Kommunedirektørens ledergruppe har behandlet vurderingen i to møter; utskrift av møteboken fra siste behandling følger som vedlegg 2.

Løsningen leveres og driftes av Tryggvakt Omsorg AS som databehandler. Kontaktperson der er Jonas Eide, leveranseansvarlig, tlf. 932 45 118, jonas.eide@tryggvakt.no.

Kontaktperson i kommunen er saksbehandler Ingrid Solheim (se over). Kommunens personvernombud er Hilde Aas, som har fått kopi av brevet.
"""
    letter = covering(
        t,
        HEAD_HO,
        ("26/01873-4", "", f"{SOLHEIM.name}", "3.11.2026"),
        body,
        (DIRECTOR, ("Geir Antonsen", "kommunalsjef helse og omsorg")),
        (
            "1 Vurdering av personvernkonsekvenser, digitalt nattilsyn",
            "2 Utskrift av møtebok, ledergruppen sak 58/26",
        ),
        (f"Personvernombud {DPO.name}, tlf. {DPO.phone}, {DPO.email}",),
        contact_after(SOLHEIM),
    )
    msg = message(
        "D001",
        FROM,
        "Dokument 26/01873-4 Anmodning om forhåndsdrøftelse – digitalt nattilsyn",
        when(11, 4, 8, 41),
        archive_mail("26/01873-4", "Anmodning om forhåndsdrøftelse – digitalt nattilsyn"),
        attachments=[
            ("26_01873-4 Anmodning om forhåndsdrøftelse.pdf", letter_pdf(letter)),
            ("26_01873-5 Vedlegg 1 DPIA digitalt nattilsyn.docx", dpia(t, "Helse og omsorg")),
            (
                "26_01873-6 Vedlegg 2 Utskrift møtebok sak 58-26.pdf",
                moetebok(t, "58/26", "27.10.2026", "to ganger (22.9. og 27.10.)"),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "municipality",
            "archive_system_mail",
            "cover_letter_pdf",
            "ref_table_saksbehandler",
            "contact_line_under_refs",
            "signature_two_columns_tabs",
            "e_approved",
            "copy_to_dpo_with_contacts",
            "processor_contact_in_letter",
            "dpia_report_docx",
            "part5_minutes_extract_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; case officer's direct line under the reference table, DPO in «Kopi til» with phone and e-mail, processor contact in the letter",
    )


NAV_LETTER = Letter(
    Head(
        "Arbeids- og velferdsdirektoratet",
        "Ytelsesavdelingen",
        ("Postadresse: Postboks 5 St. Olavs plass, 0130 Oslo | Sentralbord: 55 55 33 33 | nav.no",),
        ("Deres ref.", "Vår ref.", "Saksbehandler", "Dato"),
    ),
    ("Storelv kommune", "v/ NAV Storelv", "Postboks 100", "8842 Storelv"),
    ("26/01901", "26/188412", "Camilla Strand\n21 07 33 58\ncamilla.strand@nav.no", "14.10.2026"),
    "Svar – tilgang til opplysninger fra NAVs ytelsessystemer for automatisert sosialhjelp",
    """
Vi viser til kommunens henvendelse om maskinell tilgang til opplysninger om statlige ytelser for automatisert behandling av søknader om økonomisk sosialhjelp.

Arbeids- og velferdsdirektoratet kan gi kommunen tilgang gjennom tjenesten «Ytelser til kommunen» for de opplysningene som er nødvendige for å beregne stønaden: ytelsestype, periode og utbetalt beløp. Diagnoser, meldekort og opplysninger om arbeidsevne inngår ikke.

Tilgangen forutsetter at kommunen har vurdert personvernkonsekvensene og signerer bruksvilkårene. Vi gjør oppmerksom på at kommunen er behandlingsansvarlig for sin bruk av opplysningene.

Spørsmål kan rettes til saksbehandler Camilla Strand, tlf. 21 07 33 58, e-post camilla.strand@nav.no.
""",
    signers=(("Trond Aalvik", "seksjonssjef"), ("Camilla Strand", "seniorrådgiver")),
    layout="table",
    note="Dokumentet er elektronisk godkjent.",
)


def _sosial_letter(
    refs: tuple[str, ...], body: str, copy: tuple[str, ...], after: str = ""
) -> Letter:
    return covering(
        SOSIAL,
        HEAD_KD,
        refs,
        body,
        (DIRECTOR, ("Eva Brenden", "kommunalsjef velferd")),
        (
            "1 Vurdering av personvernkonsekvenser",
            "2 Utskrift av møtebok, ledergruppen sak 61/26",
            "3 Brev fra Arbeids- og velferdsdirektoratet 14.10.2026",
        ),
        copy,
        after,
    )


def d021() -> tuple:
    t = SOSIAL
    body = f"""
Storelv kommune ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for automatisert behandling av søknader om økonomisk sosialhjelp.

{t.what[0]}

Vedlagt følger vurderingen av personvernkonsekvenser, utskrift av møteboken der ledergruppen godkjente vurderingen, og brevet fra Arbeids- og velferdsdirektoratet om tilgang til opplysninger om statlige ytelser.

Løsningen driftes på kommunens egne servere, og kommunen bruker ikke databehandler i denne behandlingen.

Spørsmål i saken kan rettes til saksbehandler. Personvernombudet har vært involvert i arbeidet og har fått kopi av brevet.
"""
    letter = _sosial_letter(
        ("26/01901-7", "", BAKKE.name, "6.11.2026"), body, ("Personvernombudet",)
    )
    msg = message(
        "D021",
        FROM,
        "Dokument 26/01901-7 Anmodning om forhåndsdrøftelse – automatisert sosialhjelp",
        when(11, 9, 9, 12),
        archive_mail(
            "26/01901-7",
            "Anmodning om forhåndsdrøftelse – automatisert behandling av søknader om økonomisk sosialhjelp",
        ),
        attachments=[
            ("26_01901-7 Anmodning om forhåndsdrøftelse.pdf", letter_pdf(letter)),
            (
                "26_01901-8 Vedlegg 1 DPIA automatisert sosialhjelp.docx",
                dpia(t, "NAV Storelv (kommunal del)"),
            ),
            (
                "26_01901-9 Vedlegg 2 Utskrift møtebok sak 61-26.pdf",
                moetebok(t, "61/26", "3.11.2026", "to ganger (13.10. og 3.11.)"),
            ),
            (
                "26_01901-5 Vedlegg 3 Brev fra Arbeids- og velferdsdirektoratet.pdf",
                letter_pdf(NAV_LETTER),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "municipality",
            "archive_system_mail",
            "cover_letter_pdf",
            "ref_table_saksbehandler",
            "p1_case_officer_name_only",
            "p1_dpo_unnamed",
            "switchboard_only",
            "other_body_letter_nav",
            "other_person_full_contact",
            "signature_two_columns_tabs",
            "e_approved",
            "processor_none_stated",
            "dpia_report_docx",
            "part5_minutes_extract_pdf",
        ),
        "none",
        True,
        "none",
        "part 1 missing: case officer by name only, DPO unnamed in «Kopi til» and named only in the DPIA without contacts, only switchboard and postmottak; the attached NAV letter carries its own case officer's phone and e-mail",
        (1,),
    )


def d041() -> tuple:
    t = SOSIAL
    dt = dt_letter(
        ("Storelv kommune", "Postboks 100", "8842 Storelv"),
        ("26/01901-7", "26/04410-2", "20.11.2026"),
        DT_OFFICER_1,
        "Anmodning om forhåndsdrøftelse – automatisert behandling av søknader om økonomisk sosialhjelp – mangler ved anmodningen",
        "Vi viser til brev av 6.11.2026.\n\nAnmodningen mangler navn, telefonnummer og e-postadresse til kommunens kontaktperson og personvernombud. Vi ber om at anmodningen sendes inn på nytt med disse opplysningene. Fristen for behandling begynner å løpe når anmodningen er komplett.",
    )
    body = f"""
Vi viser til Datatilsynets brev av 20.11.2026 (deres ref. 26/04410-2) og sender anmodningen om forhåndsdrøftelse på nytt, med alle vedlegg.

{t.what[0]}

Kontaktperson for saken er spesialrådgiver Ole Martin Bakke, tlf. 75 10 04 91, mobil 413 20 877, ole.martin.bakke@storelv.kommune.no. Kommunens personvernombud er Hilde Aas, tlf. {DPO.phone}, {DPO.email}.

Kommunen bruker ikke databehandler i denne behandlingen; løsningen driftes i kommunens egen driftsløsning.

For ordens skyld gjengir vi Datatilsynets brev nedenfor.

{chr(10).join("~ " + ln if ln.strip() else "" for ln in to_text(dt, footer=False).splitlines())}
"""
    letter = _sosial_letter(
        ("26/01901-12", "26/04410-2", "Ole Martin Bakke\ntlf. 75 10 04 91", "1.12.2026"),
        body,
        (f"Personvernombud {DPO.name}",),
    )
    msg = message(
        "D041",
        FROM,
        "Dokument 26/01901-12 Anmodning om forhåndsdrøftelse – automatisert sosialhjelp – ny innsending",
        when(12, 1, 13, 5),
        archive_mail(
            "26/01901-12", "Anmodning om forhåndsdrøftelse – ny innsending etter mangelbrev"
        ),
        attachments=[
            ("26_01901-12 Anmodning om forhåndsdrøftelse - ny innsending.pdf", letter_pdf(letter)),
            (
                "26_01901-8 Vedlegg 1 DPIA automatisert sosialhjelp.docx",
                dpia(t, "NAV Storelv (kommunal del)"),
            ),
            (
                "26_01901-9 Vedlegg 2 Utskrift møtebok sak 61-26.pdf",
                moetebok(t, "61/26", "3.11.2026", "to ganger (13.10. og 3.11.)"),
            ),
            (
                "26_01901-5 Vedlegg 3 Brev fra Arbeids- og velferdsdirektoratet.pdf",
                letter_pdf(NAV_LETTER),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "municipality",
            "archive_system_mail",
            "cover_letter_pdf",
            "ref_table_saksbehandler",
            "resubmission_complete",
            "datatilsynet_letter_quoted",
            "other_body_letter_nav",
            "other_person_full_contact",
            "contact_prose_letter",
            "signature_two_columns_tabs",
            "e_approved",
            "processor_none_stated",
            "dpia_report_docx",
            "part5_minutes_extract_pdf",
        ),
        "none",
        True,
        "none",
        "complete resubmission of D021 after Datatilsynet's deficiency letter (quoted, with its own case officer's contacts); contacts now in the letter's prose",
    )


# --- cases: even -------------------------------------------------------------------------------

OFFER = f"""
# Tilbud – analysemodul «Spor Innsikt» for Storelv kommune

{lines((("Tilbudsnummer", "LS-2026-114"), ("Dato", "2.9.2026"), ("Gyldig til", "31.12.2026")))}

Takk for et hyggelig møte. Vi har gleden av å tilby analysemodulen Spor Innsikt for 3 100 elever.

{table(("Post", "Pris per år"), [("Lisens analysemodul, 3 100 elever", "kr 186 000"), ("Opplæring av 40 lærere", "kr 48 000 (engang)"), ("Integrasjon mot Visma Flyt Skole", "inkludert")])}

Databehandleravtale etter kommunens mal kan signeres sammen med avtalen.

Med vennlig hilsen
Henrik Berge, salgssjef offentlig sektor
Læringsspor AS – mobil 917 22 410 – henrik.berge@laeringsspor.no
"""


def d002() -> tuple:
    t = LAERING
    body = f"""
Storelv kommune ber om forhåndsdrøftelse etter artikkel 36 i personvernforordningen for bruk av læringsanalyse i grunnskolen.

{t.what[0]}

Vedlegg 1 er vurderingen av personvernkonsekvenser med beskrivelse, vurdering av nødvendighet og forholdsmessighet og risikovurdering. Vedlegg 2 er utskrift av møteboken fra ledergruppens godkjenning. Vedlegg 3 er leverandørens tilbud, som viser hva modulen omfatter.

Læringsspor AS er databehandler. Kontaktperson for databehandleravtalen er personvernansvarlig Maria Holt, tlf. 452 33 908, maria.holt@laeringsspor.no.

Spørsmål om saken kan rettes til saksbehandler Line Nygaard. Kommunens personvernombud Hilde Aas har deltatt i arbeidet og signerer brevet sammen med kommunedirektøren.
"""
    letter = Letter(
        HEAD_OPP,
        DT_ADDR,
        ("26/02240-3", "", f"{NYGAARD.name}\n{NYGAARD.phone}\n{NYGAARD.email}", "9.11.2026"),
        t.title,
        body,
        signers=(DIRECTOR, (DPO.name, DPO.title, f"tlf. {DPO.phone}", DPO.email)),
        layout="table",
        note=E_APPROVED_NB,
        encl=(
            "1 Vurdering av personvernkonsekvenser",
            "2 Utskrift av møtebok sak 64/26",
            "3 Tilbud fra Læringsspor AS",
        ),
    )
    msg = message(
        "D002",
        FROM,
        "Dokument 26/02240-3 Anmodning om forhåndsdrøftelse – læringsanalyse",
        when(11, 10, 10, 2),
        archive_mail("26/02240-3", "Anmodning om forhåndsdrøftelse – læringsanalyse i grunnskolen"),
        attachments=[
            ("26_02240-3 Anmodning om forhåndsdrøftelse.docx", letter_docx(letter)),
            ("26_02240-4 Vedlegg 1 DPIA læringsanalyse.docx", dpia(t, "Oppvekst og kultur")),
            (
                "26_02240-5 Vedlegg 2 Møtebok sak 64-26.pdf",
                moetebok(t, "64/26", "3.11.2026", "to ganger (6.10. og 3.11.)"),
            ),
            ("26_02240-1 Vedlegg 3 Tilbud Læringsspor.pdf", to_pdf(OFFER)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "municipality",
            "archive_system_mail",
            "cover_letter_docx",
            "ref_table_saksbehandler",
            "contact_in_ref_table",
            "signature_two_columns_table",
            "dpo_signs",
            "e_approved",
            "processor_contact_in_letter",
            "vendor_offer_salesperson",
            "other_person_full_contact",
            "dpia_report_docx",
            "part5_minutes_extract_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; case officer's phone and e-mail inside the reference table, DPO co-signs in a borderless table with contacts; the vendor's salesperson in the attached offer",
    )


def d022() -> tuple:
    t = PARKERING
    body = f"""
Storelv kommune ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for skiltgjenkjenning og kameraovervåking i kommunale parkeringsanlegg.

{paras(t.what)}

Vurderingen av personvernkonsekvenser er vedlagt. Den er gjennomgått i kommunedirektørens ledergruppe 2.11.2026. Fordi tiltaket gjelder overvåking av offentlig sted, skal saken også legges fram for formannskapet 3.12.2026 før kommunen tar endelig stilling. Utskrift av møteboken fra formannskapet ettersendes når den foreligger.

Parkvakt Nord AS er databehandler. Kontaktperson: driftssjef Eirik Sandvoll, tlf. 977 10 245, eirik.sandvoll@parkvakt.no.
"""
    letter = covering(
        t,
        HEAD_KD,
        ("26/02377-6", "", f"{RUUD.name}\ntlf. {RUUD.phone}", "16.11.2026"),
        body,
        (DIRECTOR, ("Knut Sæther", "kommunalsjef samfunnsutvikling")),
        ("Vurdering av personvernkonsekvenser, parkering",),
        (
            f"Personvernombud {DPO.name} ({DPO.email}, tlf. {DPO.phone})",
            "Formannskapets sekretariat",
        ),
        contact_after(RUUD),
    )
    msg = message(
        "D022",
        FROM,
        "Dokument 26/02377-6 Anmodning om forhåndsdrøftelse – skiltgjenkjenning parkering",
        when(11, 17, 8, 55),
        archive_mail(
            "26/02377-6",
            "Anmodning om forhåndsdrøftelse – skiltgjenkjenning og kameraovervåking i parkeringsanlegg",
        ),
        attachments=[
            ("26_02377-6 Anmodning om forhåndsdrøftelse.pdf", letter_pdf(letter)),
            (
                "26_02377-7 Vedlegg DPIA parkering.docx",
                dpia(t, "Samfunnsutvikling, eiendom og parkering"),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "municipality",
            "archive_system_mail",
            "cover_letter_pdf",
            "ref_table_saksbehandler",
            "contact_line_under_refs",
            "copy_to_dpo_with_contacts",
            "signature_two_columns_tabs",
            "e_approved",
            "processor_contact_in_letter",
            "dpia_report_docx",
            "part5_will_follow",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: reviewed by the management group, but the decision lies with the formannskap on 3.12. and its minutes will follow",
        (5,),
    )


def d042() -> tuple:
    body = """
Vi viser til Datatilsynets brev av 28.10.2026 om kontroll av kommunenes bruk av skytjenester for e-post og samhandling, der kommunen ble bedt om å svare på fem spørsmål.

1. Kommunen har gjennomført risikovurdering av Microsoft 365 (vedlagt i sak 24/00912, oversendt 2024).
2. Databehandleravtalen er inngått gjennom statens rammeavtale.
3. Overføring til tredjeland skjer på grunnlag av EU–US Data Privacy Framework og standard personvernbestemmelser.
4. Elevenes bruk er skilt ut i egen leietaker.
5. Personvernombudet har gitt uttalelse i 2025.

Kommunen ber ikke om forhåndsdrøftelse i denne saken. Ta gjerne kontakt dersom dere trenger mer informasjon.

Kontaktperson: IKT-sjef Rune Hagen, tlf. 75 10 01 12, rune.hagen@storelv.kommune.no. Personvernombud: Hilde Aas, tlf. 909 88 776, hilde.aas@storelv.kommune.no.
"""
    letter = Letter(
        HEAD_KD,
        DT_ADDR,
        ("26/02290-3", "26/03877-1", "Rune Hagen\n75 10 01 12", "12.11.2026"),
        "Svar på kontroll – kommunens bruk av skytjenester for e-post og samhandling",
        body,
        signers=(DIRECTOR,),
        note=E_APPROVED_NB,
        copy=("Personvernombud Hilde Aas",),
    )
    msg = message(
        "D042",
        FROM,
        "Dokument 26/02290-3 Svar på kontroll – skytjenester",
        when(11, 13, 11, 20),
        archive_mail(
            "26/02290-3",
            "Svar på kontroll – kommunens bruk av skytjenester for e-post og samhandling",
        ),
        attachments=[("26_02290-3 Svar på kontroll.pdf", letter_pdf(letter))],
    )
    return msg, Label(
        "nb",
        (
            "municipality",
            "archive_system_mail",
            "cover_letter_pdf",
            "ref_table_saksbehandler",
            "nonrequest_reply_to_inspection",
            "contact_prose_letter",
            "e_approved",
        ),
        "none",
        False,
        "used",
        "not a request: the municipality's answer to Datatilsynet's inspection questions, explicitly no prior consultation; full contacts present",
    )
