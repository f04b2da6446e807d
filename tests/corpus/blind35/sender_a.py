# ruff: noqa: E501
"""Sender A: Stølsdal kommune (municipality, about 14 000 inhabitants), nynorsk.

Habits: a short covering letter in the mail body from the digitalisation unit; the DPIA as an ODT
made from the municipality's own template with numbered chapters (1 Innleiing … 6 Konklusjon og
godkjenning); the management's approval as a scanned «særutskrift» (leiargruppa or
kommunestyret) or a delegated decision letter. The DPO is a municipal employee.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, scan_pdf, to_odt, to_pdf, txt, when

TOPICS = {
    "c001": "digitalt nattilsyn med kamera",
    "c021": "tidleg innsats: samanstilling av data om barn",
    "c041": "tidleg innsats: samanstilling av data om barn",
    "c002": "lokaliseringsteknologi (GPS) for personar med demens",
    "c022": "KI-transkribering i barnevernstenesta",
    "c042": "KI-kamera i symjehallen (spørsmål)",
}

FROM_INGRID = "Ingrid Hovland Bakke <ingrid.bakke@stolsdal.kommune.no>"
FROM_SOLVEIG = "Solveig Lunde <solveig.lunde@stolsdal.kommune.no>"

SIG_INGRID = txt("""
    Med helsing

    Ingrid Hovland Bakke
    rådgjevar digitalisering
    Stølsdal kommune, Eining for digitalisering og innovasjon
    Tlf. 57 72 41 18 / mob. 934 27 118
    ingrid.bakke@stolsdal.kommune.no
    """)

SIG_SOLVEIG = txt("""
    Venleg helsing
    Solveig Lunde
    kommunalsjef oppvekst
    Stølsdal kommune
    Telefon 57 72 40 12 | Mobil 990 14 572
    solveig.lunde@stolsdal.kommune.no
    """)

DPO_LINE = "Personvernombodet i kommunen er Oddvar Reigstad, tlf. 57 72 40 63, e-post oddvar.reigstad@stolsdal.kommune.no."

# --- A1: digitalt nattilsyn ------------------------------------------------------------------

NATT_DPIA = """
# Vurdering av personvernkonsekvensar (DPIA): Digitalt nattilsyn i heimetenesta

Stølsdal kommune – mal for DPIA, versjon 3 (2024). Dokumentversjon 1.0, 21.10.2026. Eigar: kommunalsjef helse og omsorg.

# 1 Innleiing og kontaktinformasjon

Heimetenesta i Stølsdal kommune har i dag fysisk nattilsyn hos om lag 70 brukarar. Tilsynet skjer ved at nattpatruljen køyrer rundt og ser til brukarane ein til tre gonger kvar natt. Kommunen vil erstatte ein del av dei fysiske tilsyna med digitalt tilsyn: eit kamera med innebygd sensor i soverommet som nattpatruljen kan sjå gjennom i korte, avtalte tilsynsvindauge, og som varslar ved fall eller når brukaren ikkje er komen tilbake til senga.

| Rolle | Namn | Telefon | E-post |
| Kontaktperson (prosjektleiar) | Ingrid Hovland Bakke, rådgjevar digitalisering | 57 72 41 18 | ingrid.bakke@stolsdal.kommune.no |
| Personvernombod | Oddvar Reigstad | 57 72 40 63 | oddvar.reigstad@stolsdal.kommune.no |
| Databehandlar | Tryggheim Velferdsteknologi AS (org.nr. 921 554 807), v/ Marius Fjeld, kundeansvarleg offentleg sektor | 22 90 41 60 | marius.fjeld@tryggheim.no |
| Fagleg ansvarleg | Brit Eide Nesheim, kommunalsjef helse og omsorg | 57 72 40 30 | brit.nesheim@stolsdal.kommune.no |

# 2 Skildring av behandlinga

## 2.1 Formål
Formålet er å gje brukarar som treng tilsyn om natta eit forsvarleg tilsyn som forstyrrar nattesøvnen mindre enn ein fysisk visitt, og å frigjere tid i nattpatruljen til brukarar med behov for fysisk hjelp. Kommunen har i dag tre bilar på natt for eit geografisk stort område, og ventetida ved akutte hendingar er for lang.

## 2.2 Kva blir gjort, og kven gjeld det
Kameraet blir montert i taket i soverommet. Det står i ein kvilemodus der berre sensoren er aktiv. Sensoren tolkar bevegelse og registrerer hendingane «ute av senga», «ikkje tilbake i senga etter 30 minutt» og «mogleg fall». Ved hending får nattpatruljen varsel på nettbrettet sitt. Ved avtalt tilsyn eller ved varsel kan den tilsette opne eit bilete i inntil 30 sekund. Biletet blir vist som ein silhuett (pikselert) som standard; fullt bilete kan opnast berre når det er grunn til å tru at brukaren treng hjelp, og då blir det logga med grunngjeving. Det blir ikkje teke opp video eller lyd. Hendingsloggen (tidspunkt, type hending, kven som opna bilete og kor lenge) blir lagra.

Tiltaket gjeld heimebuande med vedtak om nattilsyn etter helse- og omsorgstenestelova. Mange har kognitiv svikt, og om lag ein tredjedel manglar samtykkekompetanse på området. For desse blir tiltaket vurdert etter pasient- og brukarrettslova kapittel 4 A der vilkåra er oppfylte, og aldri når brukaren motset seg det.

## 2.3 Kategoriar opplysningar
Bilete i sanntid av brukaren i soverommet (silhuett eller fullt bilete), hendingar knytte til rørsle og søvn, vedtak om tilsyn, journalnotat i Gerica om tilsynet, namn og adresse. Opplysningane er helseopplysningar og gjeld ein sårbar gruppe.

## 2.4 Kjelder, mottakarar og flyt
Opplysningane kjem frå sensoren og kameraet. Signal og bilete går kryptert over mobilnettet til Tryggheim si tenesteplattform (drift i Noreg), og vidare til nattpatruljen sine nettbrett. Hendingsloggen blir lagra i plattforma i 90 dagar. Tilsette dokumenterer tilsynet i journalen som i dag. Ingen andre mottakarar. Pårørande får ikkje tilgang til bilete.

## 2.5 Informasjonstryggleik og ansvar
Kommunen er behandlingsansvarleg. Tryggheim Velferdsteknologi AS er databehandlar etter databehandlaravtale av 2. september 2026 og nyttar Blåfjell Datasenter AS i Oslo som underdatabehandlar. Tilgang krev innlogging med kommunen sin ID-portal og tofaktor. Berre tilsette i nattpatruljen med tenestleg behov har tilgang, styrt av teneste- og brukarlister. Loggen blir kontrollert månadleg av avdelingsleiar.

# 3 Naudsyn og proporsjonalitet

## 3.1 Rettsleg grunnlag
Art. 6 nr. 1 bokstav c og e og art. 9 nr. 2 bokstav h, jf. helse- og omsorgstenestelova § 3-2 og pasientjournallova. Bruk av varslings- og lokaliseringsteknologi for brukarar utan samtykkekompetanse følgjer pasient- og brukarrettslova § 4-6 a.

## 3.2 Er tiltaket naudsynt?
Vi har vurdert tre alternativ: (1) fleire fysiske tilsyn, som vi ikkje har bemanning til, og som mange brukarar seier forstyrrar søvnen; (2) berre sensor utan kamera, som gir mange falske alarmar fordi nattpatruljen då må køyre ut ved kvar alarm; (3) kamera med silhuett som standard og fullt bilete berre ved behov. Pilot i fem heimar våren 2026 viste at silhuett er nok i over 90 prosent av tilsyna. Vi har difor valt alternativ 3, med kortast mogleg visning og ingen opptak.

## 3.3 Proporsjonalitet og dataminimering
Inngrepet i privatlivet er stort fordi det skjer i soverommet. Det blir avgrensa ved at kameraet berre kan opnast i avtalte tidsrom eller ved varsel, ved silhuett som standard, ved at det ikkje blir teke opp noko, og ved at brukaren sjølv (eller pårørande/verje) kan be om at tilsynet blir fysisk att kvar tid.

## 3.4 Rettar og garantiar for brukarane
- Individuell vurdering og eige vedtak for kvar brukar; tilsynsplan med faste tidspunkt.
- Skriftleg og munnleg informasjon tilpassa brukaren, i tillegg informasjon til pårørande. Lett-lest brosjyre med bilete av kva den tilsette ser.
- Lampe på kameraet lyser når bilete er ope.
- Innsyn i hendingsloggen etter førespurnad; rett til å krevje fysisk tilsyn i staden.
- Nattpatruljen får opplæring før dei får tilgang.

# 4 Risikovurdering

Vurdert i arbeidsmøte 6.10.2026 med nattpatruljen, personvernombodet, brukarrådet og leverandøren. Skala for sannsyn og konsekvens: låg – middels – høg.

| Risiko for den registrerte | Sannsyn | Konsekvens | Tiltak |
| Tilsett ser fullt bilete utan grunn (nysgjerrigheit) | Middels | Høg | Silhuett som standard, grunngjeving og logg, månadleg loggkontroll |
| Brukaren forstår ikkje at kameraet er der og blir krenkt | Middels | Høg | Individuell vurdering, informasjon til pårørande, lampe, revurdering kvar tredje månad |
| Uvedkomande får tilgang til biletstraumen | Låg | Høg | Kryptering, tofaktor, penetrasjonstest av leverandør |
| Tilsynet blir redusert til digitalt utan fagleg vurdering (mindre menneskeleg kontakt) | Middels | Middels | Minst eitt fysisk besøk kvar veke, tenestene blir evaluerte |
| Feil eller manglande varsel ved fall | Låg | Høg | Testrutinar, varsling ved straumbrot eller nettbrot |

## 4.1 Tiltak vi har vurdert, men ikkje sett i verk
- Full kryptering ende-til-ende til nettbrettet med kommunen sine eigne nøklar: ikkje tilbydd av leverandøren i dag; kravet er sett i neste anbod (2028).
- Å la brukaren sjølv slå av kameraet med ein knapp: vurdert som for risikabelt for brukarar med kognitiv svikt, men blir tilbode til brukarar med samtykkekompetanse.

## 4.2 Restrisiko
Restrisikoen er vurdert som høg for brukarar utan samtykkekompetanse, fordi kameraet er i soverommet og dei ikkje sjølv kan vurdere eller protestere på ein effektiv måte. Det er grunnen til at vi ber om forhåndsdrøfting.

# 5 Involvering

Brukarrådet og eldrerådet har uttalt seg (møte 29.9.2026). Tillitsvalde for nattpatruljen var med i risikomøtet. Personvernombodet har gitt råd, og råda er tekne inn i kapittel 3.4 og 4.

# 6 Konklusjon og godkjenning

DPIA-en er lagd fram for kommunedirektøren si leiargruppe 27.10.2026, sak 88/26. Sjå særutskrift.
"""

NATT_SAER = """
STØLSDAL KOMMUNE
SÆRUTSKRIFT

Utval: Kommunedirektøren si leiargruppe
Møtedato: 27.10.2026
Sak: 88/26 Digitalt nattilsyn i heimetenesta – vurdering av personvernkonsekvensar

Saksutgreiing: Kommunalsjef helse og omsorg la fram DPIA versjon 1.0 av 21.10.2026, funna frå piloten, innspela frå brukarrådet og eldrerådet og personvernombodet sine råd. Restrisikoen for brukarar utan samtykkekompetanse er vurdert som høg.

Drøfting: Leiargruppa drøfta om ein skulle vente med tiltaket til nytt anbod. Leiargruppa meiner gevinsten for brukarane er stor og at risikoen er så godt redusert som mogleg no.

Vedtak:
1. Leiargruppa godkjenner DPIA for digitalt nattilsyn, versjon 1.0.
2. Kommunen ber Datatilsynet om forhåndsdrøfting før tiltaket blir sett i verk for brukarar utan samtykkekompetanse.
3. Tiltaket kan setjast i verk for brukarar som samtykkjer.

Rett utskrift, 28.10.2026
Kari Heggheim, leiarsekretær
"""


def c001() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        FØRESPURNAD OM FORHÅNDSDRØFTING – DIGITALT NATTILSYN MED KAMERA I HEIMETENESTA

        Stølsdal kommune ber om forhåndsdrøfting etter personvernforordninga artikkel 36 for digitalt nattilsyn med kamera i heimen til brukarar av heimetenesta.

        Vi har gjennomført ei vurdering av personvernkonsekvensar. Sjølv med dei tiltaka vi har sett i verk, meiner vi at restrisikoen er høg for brukarar som ikkje har samtykkekompetanse, fordi tilsynet skjer i soverommet deira. Leiargruppa har handsama saka og vedteke å be om forhåndsdrøfting.

        Vedlagt:
        1. DPIA for digitalt nattilsyn, versjon 1.0 (kontaktinformasjon står i kapittel 1)
        2. Særutskrift frå kommunedirektøren si leiargruppe 27.10.2026, sak 88/26

        Kontaktperson for saka er underteikna. """)
        + DPO_LINE
        + "\n\n"
        + SIG_INGRID
    )
    msg = message(
        "c001",
        FROM_INGRID,
        "Førespurnad om forhåndsdrøfting - digitalt nattilsyn",
        when(11, 3, 10, 14),
        body,
        attachments=[
            ("DPIA_digitalt_nattilsyn_v1.0.odt", to_odt(NATT_DPIA)),
            ("Saerutskrift_leiargruppa_sak_88-26.pdf", scan_pdf([NATT_SAER])),
        ],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "cover_letter_body",
            "odt",
            "headings_numbered",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "part5_scanned_extract",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; municipal ODT DPIA with numbered chapters, contacts in chapter 1 table, scanned særutskrift from the management group",
    )


# --- A21 / A41: tidleg innsats ---------------------------------------------------------------

TIDLEG_DPIA = """
# DPIA – Tidleg innsats: samanstilling av opplysningar om barn frå helsestasjon, barnehage og skule

Stølsdal kommune – mal for DPIA, versjon 3 (2024). Dokumentversjon {ver}. Eigar: kommunalsjef oppvekst.

# 1 Innleiing og kontaktinformasjon

Kommunen har i fleire år hatt eit tverrfagleg samarbeid om barn og unge (BTI-modellen). Erfaringa er at bekymring for eit barn ofte blir kjend for seint fordi opplysningane ligg spreidde i helsestasjonen, barnehagen, skulen og PPT. Vi vil samanstille utvalde opplysningar i ei felles oversikt slik at ein koordinator kan sjå mønster tidleg og kalle inn til samarbeidsmøte med foreldra.

~ Kontaktperson: Solveig Lunde, kommunalsjef oppvekst, tlf. 57 72 40 12, solveig.lunde@stolsdal.kommune.no
~ Personvernombod: Oddvar Reigstad, tlf. 57 72 40 63, oddvar.reigstad@stolsdal.kommune.no
~ Databehandlar: IKT Fjordane IKS, org.nr. 987 220 614, kontakt Kjersti Moe, tenesteansvarleg, tlf. 57 65 30 00, kjersti.moe@iktfjordane.no

# 2 Skildring av behandlinga

## 2.1 Formål og omfang
Formålet er å oppdage barn som treng hjelp tidlegare og å samordne tiltak. Behandlinga gjeld alle barn 0–16 år i kommunen, om lag 2 300 barn, men berre barn der minst ein teneste har registrert ein indikator blir synlege for koordinatoren. Vi reknar med 150–200 barn til ei kvar tid.

## 2.2 Opplysningar
Frå helsestasjonen: uteblivne konsultasjonar, avvik i vekst og utvikling (ja/nei), bekymring registrert av helsesjukepleiar. Frå barnehagen: fråvær over 20 prosent, språkvanskar registrerte i kartlegging, bekymring frå pedagogisk leiar. Frå skulen: fråvær, resultat på kartleggingsprøver under kritisk grense, merknader i orden og åtferd, vedtak om spesialundervisning. Frå PPT: om barnet er tilvist. Opplysningane er delvis helseopplysningar, og dei gjeld barn.

Det blir ikkje henta opplysningar frå barnevernet, NAV eller politiet. Det blir ikkje laga nokon automatisk risikoskår; oversikta viser berre kva indikatorar som er registrerte, og koordinatoren gjer ei fagleg vurdering.

## 2.3 Flyt og lagring
Indikatorane blir henta kvar natt frå fagsystema (Helsestasjonsjournal, Vigilo, Visma Flyt Skole, PPT-systemet) til ei eiga database i kommunen sin dataplattform, drifta av IKT Fjordane IKS. Berre indikatorar siste 24 månader blir lagra. Koordinatoren (to stillingar i eining for oppvekst) har tilgang; leiarar for tenestene ser berre sine eigne barn.

## 2.4 Informasjonstryggleik
Tilgang via kommunen sin AD med tofaktor, rollebasert tilgang, full logging av oppslag, logggjennomgang kvar månad. Dataplattforma er vurdert etter Normen.

# 3 Naudsyn og proporsjonalitet

Rettsleg grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav g og h, jf. barnehagelova § 2 og § 46, opplæringslova § 15-8 om samarbeid, helse- og omsorgstenestelova § 3-4 og kommunelova. Vi har fått ei ekstern juridisk vurdering (vedlegg til saka i kommunestyret). Vi er klar over at rettsgrunnlaget for samanstilling på tvers av tenester er uklart; det er ein av grunnane til at vi ber om forhåndsdrøfting.

Alternativet er å halde fram med samarbeidsmøte der kvar teneste tek opp barn dei er bekymra for. Det krev samtykke frå foreldra før opplysningar blir delte, og det er det vi gjer i dag. Evalueringa frå 2025 viste at barn med lettare, samansette vanskar sjeldan blir fanga opp. Vi har vurdert å gjere samanstillinga berre med samtykke frå foreldra, men då fell nettopp dei familiane vi helst vil nå, ut.

Tiltak for å avgrense inngrepet:
- Berre indikatorar, ikkje journaltekst. Ingen automatisk skår eller rangering.
- Opplysningar eldre enn 24 månader blir sletta automatisk.
- Foreldra får brev når barnet blir synleg i oversikta, med kva indikatorar det gjeld og kven dei kan kontakte.
- Foreldre kan krevje innsyn og kan protestere etter art. 21; protesten blir vurdert av kommunalsjefen.
- Oversikta kan ikkje brukast som grunnlag for vedtak; vedtak skjer i fagsystema etter vanlege reglar.

# 4 Risikovurdering

Risikoworkshop 15.10.2026 med helsestasjonen, rektorar, styrarar, PPT, personvernombodet og foreldrerepresentant frå KFU.

| Risiko | Sannsyn | Konsekvens | Tiltak |
| Familiar blir stempla; oversikta blir oppfatta som ein «risikoliste» | Høg | Høg | Ingen skår, brev til foreldra, ordval i løysinga, opplæring |
| Opplysningar blir brukte til anna enn tidleg innsats (t.d. i barnevernssak utan at foreldra veit det) | Middels | Høg | Tilgang berre for koordinator, ingen eksport, logg |
| Feil eller utdaterte indikatorar | Middels | Middels | Sletting etter 24 mnd., retting i kjeldesystema, kvartalsvis kvalitetskontroll |
| Foreldra sluttar å bruke helsestasjonen fordi dei veit at opplysningar går vidare | Middels | Høg | Open informasjon, helsestasjonen deler berre fire indikatorar |
| Uautorisert tilgang | Låg | Høg | Tofaktor, rollestyring, logging |

Tiltak vurdert, men ikkje sett i verk: Pseudonymisering av oversikta der koordinatoren berre ser ein kode til fleire indikatorar er registrerte. Vi meiner det ikkje fungerer i ein liten kommune, fordi koordinatoren lett kjenner att barna og fordi kontakten med familien krev namn. Å la foreldra reservere seg på førehand (opt-out) er vurdert, men ikkje valt, fordi det ville undergrave formålet; i staden er det rett til å protestere i kvar einskild sak.

Restrisiko: høg, særleg for stigmatisering og for tilliten til helsestasjonen.

# 5 Involvering

Kommunalt foreldreutval (KFU), ungdomsrådet, tillitsvalde og personvernombodet er høyrde. Innspela er samla i vedlegg til saksutgreiinga.

# 6 Konklusjon og godkjenning

{godkjenning}
"""

TIDLEG_PENDING = "DPIA-en blir lagd fram for kommunestyret 10.12.2026 (sak i formannskapet 26.11.2026). Protokollen blir ettersend."
TIDLEG_DONE = "Kommunestyret handsama saka 10.12.2026 (sak 94/26) og godkjende DPIA-en og førespurnaden om forhåndsdrøfting. Sjå særutskrift."

TIDLEG_SAER = """
STØLSDAL KOMMUNE
SÆRUTSKRIFT AV MØTEBOK

Utval: Kommunestyret
Møtedato: 10.12.2026
Saksnr.: 94/26
Arkivsak: 26/1187

TIDLEG INNSATS – SAMANSTILLING AV OPPLYSNINGAR OM BARN – VURDERING AV PERSONVERNKONSEKVENSAR OG FØRESPURNAD OM FORHÅNDSDRØFTING

Kommunedirektøren si innstilling:
1. Kommunestyret godkjenner vurderinga av personvernkonsekvensar for tidleg innsats, versjon 1.1, og tek til etterretning at restrisikoen er vurdert som høg.
2. Kommunestyret ber kommunedirektøren be Datatilsynet om forhåndsdrøfting før løysinga blir teken i bruk.

Handsaming: Kommunalsjef oppvekst orienterte om saka og om innspela frå KFU og ungdomsrådet. Representanten Aase (Sp) spurde om pseudonymisering; kommunedirektøren viste til kapittel 4 i DPIA-en. Formannskapet si tilråding vart samrøystes vedteken.

Vedtak: Som innstillinga.

Rett utskrift: Stølsdal, 11.12.2026
Tone Myklebust, utvalssekretær
"""


def c021() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Stølsdal kommune ber med dette om forhåndsdrøfting for ei planlagd samanstilling av opplysningar om barn frå helsestasjon, barnehage, skule og PPT («tidleg innsats»).

        Vi har gjennomført DPIA, sjå vedlegg. Restrisikoen er framleis høg, særleg når det gjeld stigmatisering av familiar, og vi er usikre på rettsgrunnlaget for samanstillinga. Vi ønskjer difor Datatilsynet si vurdering før vi går vidare.

        Formelt vedtak i kommunestyret kjem først 10. desember. Vi sender likevel no slik at de kan starte, og ettersender protokollen etter møtet.

        Kontaktpersonar og databehandlar står i kapittel 1 i vedlegget.

        """)
        + "\n"
        + SIG_SOLVEIG
    )
    msg = message(
        "c021",
        FROM_SOLVEIG,
        "Forhåndsdrøfting - tidleg innsats, samanstilling av opplysningar om barn",
        when(11, 17, 13, 2),
        body,
        cc="Oddvar Reigstad <oddvar.reigstad@stolsdal.kommune.no>",
        attachments=[
            (
                "DPIA_tidleg_innsats_v1.0.odt",
                to_odt(TIDLEG_DPIA.format(ver="1.0, 12.11.2026", godkjenning=TIDLEG_PENDING)),
            )
        ],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "children",
            "odt",
            "headings_numbered",
            "contact_dpia_block",
            "risk_likelihood_consequence",
            "part5_future_meeting",
            "part5_will_follow",
        ),
        "none",
        True,
        "used",
        "DPIA complete but the municipal council only decides on 10 December; the minutes «blir ettersend»",
        missing=(5,),
    )


def c041() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Vi viser til e-post 17. november om forhåndsdrøfting for tidleg innsats (samanstilling av opplysningar om barn).

        Kommunestyret handsama saka 10. desember. For at alt skal liggje samla, sender vi heile førespurnaden på nytt:

        - DPIA versjon 1.1 (einaste endring frå 1.0 er kapittel 6 og ei presisering om sletting i 2.3)
        - særutskrift frå kommunestyret 10.12.2026, sak 94/26

        Kontaktperson er framleis underteikna. Personvernombod er Oddvar Reigstad (tlf. 57 72 40 63, oddvar.reigstad@stolsdal.kommune.no). Databehandlar er IKT Fjordane IKS ved Kjersti Moe, tlf. 57 65 30 00, kjersti.moe@iktfjordane.no.

        """)
        + "\n"
        + SIG_SOLVEIG
    )
    msg = message(
        "c041",
        FROM_SOLVEIG,
        "SV: Forhåndsdrøfting - tidleg innsats - vedtak i kommunestyret",
        when(12, 14, 9, 40),
        body,
        attachments=[
            (
                "DPIA_tidleg_innsats_v1.1.odt",
                to_odt(TIDLEG_DPIA.format(ver="1.1, 11.12.2026", godkjenning=TIDLEG_DONE)),
            ),
            ("Saerutskrift_KS_94-26.pdf", scan_pdf([TIDLEG_SAER])),
        ],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "children",
            "resubmission_complete",
            "odt",
            "headings_numbered",
            "contact_body_lines",
            "contact_dpia_block",
            "risk_likelihood_consequence",
            "part5_scanned_extract",
            "part5_council_decision",
        ),
        "none",
        True,
        "used",
        "resubmission of J021's request with the council's særutskrift; everything sent again",
    )


# --- A2: lokaliseringsteknologi -------------------------------------------------------------

GPS_DPIA = """
# Vurdering av personvernkonsekvensar – lokaliseringsteknologi (GPS) for personar med demens

Stølsdal kommune – mal for DPIA, versjon 3 (2024). Versjon 1.0, 14.10.2026.

# 1 Innleiing og kontaktinformasjon

| Rolle | Namn og tittel | Telefon | E-post |
| Kontaktperson | Ingrid Hovland Bakke, rådgjevar digitalisering | 934 27 118 | ingrid.bakke@stolsdal.kommune.no |
| Personvernombod | Oddvar Reigstad | 57 72 40 63 | oddvar.reigstad@stolsdal.kommune.no |
| Databehandlar | Lokalis Trygghetsteknologi AS, Anders Brekke, dagleg leiar | 415 22 908 | anders.brekke@lokalis.no |

# 2 Skildring av behandlinga

Kommunen vil tilby GPS-eining (klokke eller lomme-eining) til heimebuande personar med demens som har ein tendens til å gå seg bort. I dag blir det sett i verk leiteaksjonar med politi og frivillige fleire gonger i året, og pårørande fortel om stor uro.

Eininga sender posisjon kvart 5. minutt når brukaren er utanfor eit definert trygt område (geofence) rundt heimen, og elles ikkje. Når brukaren går ut av området, får vakttelefonen i heimetenesta varsel med posisjon. Pårørande som brukaren (eller verja) har godkjent, kan få varsel i same app. Posisjonshistorikk blir lagra i 14 dagar for å kunne finne mønster (t.d. kvar brukaren plar gå), deretter sletta.

Omfang: 25–40 brukarar første året. Opplysningar: namn, adresse, posisjon, tidspunkt, batteristatus, vedtak, kontaktinformasjon til pårørande. Posisjonsdata viser kvar brukaren er og kan avsløre vanar, besøk og helsetilstand.

Kjelder: eininga og brukaren sitt vedtak. Mottakarar: vakttelefonen, godkjende pårørande, politiet ved leiteaksjon. Plattforma blir driven av Lokalis Trygghetsteknologi AS, med lagring i Noreg. Tilgang med tofaktor, rollestyring og logg.

# 3 Naudsyn og proporsjonalitet

Behandlingsgrunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf. helse- og omsorgstenestelova § 3-2 og pasient- og brukarrettslova § 4-6 a for brukarar utan samtykkekompetanse.

Vi har vurdert mindre inngripande alternativ: dørsensor (varslar berre når brukaren går ut, men vi finn han ikkje), fysiske tiltak og fleire besøk. For brukarar som allereie har gått seg bort, er desse ikkje nok. GPS er difor naudsynt for dei det gjeld, men ikkje for alle med demens. Kvar brukar får eige vedtak etter ei individuell vurdering, og tiltaket blir evaluert kvar tredje månad.

Garantiar: posisjon berre utanfor trygt område; ingen kontinuerleg sporing i heimen; pårørande berre med godkjenning; brukaren kan ta av eininga; informasjon tilpassa brukaren og pårørande; innsyn i posisjonshistorikk; sletting etter 14 dagar; oppheving av vedtaket når behovet fell bort.

# 4 Risikovurdering

| Risiko | Sannsyn | Konsekvens | Tiltak | Restrisiko |
| Pårørande brukar appen til å kontrollere brukaren meir enn naudsynt | Middels | Høg | Godkjenning per pårørande, varsel berre ved utgang av område, ikkje sanntidskart | Middels |
| Tilsette eller andre ser posisjon utan tenestleg behov | Låg | Høg | Rollestyring, logg, loggkontroll | Låg |
| Brukaren blir ikkje funnen fordi eininga er utan straum | Middels | Høg | Batterivarsel, rutine for lading | Middels |
| Brukaren opplever sporinga som krenkande og blir passivisert | Middels | Høg | Individuell vurdering, tiltaket blir evaluert, brukaren kan velje klokke eller lommeeining | Høg |
| Opplysningar om brukaren sine vanar blir kjende for leverandøren | Låg | Middels | Databehandlaravtale, ingen bruk til eigne formål, revisjon | Låg |

Vurdert, ikkje gjennomført: Å slå av posisjonslagring heilt (berre sanntid) – ikkje gjennomført fordi historikk i 14 dagar har vore avgjerande for å finne brukarar i piloten. Å la brukaren sjølv skru av sporinga – ikkje mogleg for brukarar utan samtykkekompetanse; for dei med kompetanse er det mogleg.

Konklusjon: Restrisikoen for brukarar utan samtykkekompetanse er høg. Vi ber difor om forhåndsdrøfting.

# 5 Godkjenning

Sjå vedtak frå kommunedirektøren (delegert vedtak 30.10.2026).
"""

GPS_VEDTAK = """
# Stølsdal kommune – Kommunedirektøren

Delegert vedtak. Dato: 30.10.2026. Vår ref.: 26/1102-4. Sakshandsamar: Ingrid Hovland Bakke.

# Godkjenning av vurdering av personvernkonsekvensar – lokaliseringsteknologi for personar med demens

Kommunedirektøren har fått lagt fram vurderinga av personvernkonsekvensar (DPIA) versjon 1.0 av 14.10.2026, saman med eit samandrag av funna frå piloten i 2026, uttale frå eldrerådet (6.10.2026), innspel frå demensforeininga og pårørandeskulen, og råd frå personvernombodet (notat 20.10.2026).

Kommunedirektøren si leiargruppe drøfta saka 23.10.2026 og 30.10.2026. Leiargruppa merka seg at restrisikoen framleis er høg for brukarar utan samtykkekompetanse, men at alternativet er leiteaksjonar med større fare for liv og helse.

Vedtak:

~ 1. DPIA for lokaliseringsteknologi, versjon 1.0, er godkjend.
~ 2. Kommunen ber Datatilsynet om forhåndsdrøfting.
~ 3. Tiltaket blir ikkje teke i bruk for brukarar utan samtykkekompetanse før forhåndsdrøftinga er avslutta.

Vedtaket er gjort etter delegeringsreglementet punkt 4.2.

~ Håkon Tveit
~ kommunedirektør

Dokumentet er godkjent elektronisk og har difor ikkje handskriven signatur.
"""


def c002() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        Stølsdal kommune ber om forhåndsdrøfting, jf. personvernforordninga art. 36, for bruk av lokaliseringsteknologi (GPS) for heimebuande personar med demens.

        Vedlagt følgjer DPIA og kommunedirektøren sitt vedtak om godkjenning. Kontaktinformasjon til kontaktperson, personvernombod og databehandlar står i tabellen i kapittel 1 i DPIA-en.

        Vi gjer merksam på at dokumenta inneheld opplysningar om pilotbrukarar i anonymisert form.

        """)
        + "\n"
        + SIG_INGRID
    )
    msg = message(
        "c002",
        FROM_INGRID,
        "Forhåndsdrøfting - lokaliseringsteknologi for personar med demens",
        when(11, 4, 8, 55),
        body,
        attachments=[
            ("DPIA lokaliseringsteknologi v1.0.odt", to_odt(GPS_DPIA)),
            ("Delegert vedtak 26-1102-4.pdf", to_pdf(GPS_VEDTAK, "Delegert vedtak")),
        ],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "cover_letter_body",
            "odt",
            "headings_numbered",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "part5_decision_letter_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; DPIA ODT with contact table, approval as the chief executive's delegated decision letter",
    )


# --- A22: KI-transkribering i barnevernet ------------------------------------------------------

TALE_DPIA = """
# DPIA: KI-basert transkribering og samandrag av samtalar i barnevernstenesta

Stølsdal kommune – mal for DPIA, versjon 3. Versjon 1.0, 5.11.2026.

# 1 Innleiing og kontaktinformasjon

Barnevernstenesta i Stølsdal og Nesvik (vertskommunesamarbeid, Stølsdal er vertskommune) vil prøve eit verktøy som tek opp samtalar med barn og foreldre, lagar ordrett transkripsjon og eit utkast til samandrag som sakshandsamaren kontrollerer og fører inn i journalen.

~ Kontaktperson: Randi Nygard, leiar barnevernstenesta, tlf. 57 72 42 50, randi.nygard@stolsdal.kommune.no
~ Fungerande personvernombod: Elin Grov, elin.grov@stolsdal.kommune.no (Oddvar Reigstad er i permisjon ut januar 2027)
~ Databehandlar: Talesky AS (org.nr. 929 118 640), kontakt Nina Sæther, kundeansvarleg, tlf. 468 30 215, nina.saether@talesky.no

# 2 Skildring av behandlinga

Sakshandsamaren startar opptak i appen på tenestetelefonen etter å ha informert og fått samtykke til opptak frå dei som er til stades. Lyden blir send kryptert til Talesky si løysing, som køyrer ein talemodell på servarar i Noreg. Transkripsjon og samandrag kjem tilbake til sakshandsamaren innan nokre minutt. Lydfila blir sletta når transkripsjonen er levert, transkripsjonen blir sletta etter 7 dagar eller når sakshandsamaren har godkjent notatet. Det endelege notatet blir ført i fagsystemet (Familia) som i dag.

Opplysningane kan vere svært sensitive: vald, overgrep, rus, psykisk helse, etnisitet, religion, og dei gjeld barn. Omfang: om lag 600 samtalar i året, ca. 180 barn.

Talesky brukar ikkje opplysningane til å trene modellen. Det er avtalt i databehandlaravtalen (pkt. 4.3) og kontrollert ved revisjon av underlagsdokumentasjonen.

# 3 Naudsyn og proporsjonalitet

Grunnlag: art. 6 nr. 1 bokstav c og e, art. 9 nr. 2 bokstav g, jf. barnevernslova § 12-1 og § 13-1 (dokumentasjonsplikt).

Formålet er betre dokumentasjon (barn sine eigne ord blir gjengitt meir presist) og at sakshandsamarane får meir tid til barna. I dag går 30–40 prosent av tida til skriving. Vi har vurdert manuell skriving (dagens løysing), diktering etter samtalen (tek tid og gir mindre presis gjengiving) og transkribering utan KI-samandrag. Vi har valt transkripsjon + samandrag, men samandraget er berre eit utkast og blir alltid kontrollert.

Garantiar: opptak berre med samtykke, og barnet kan seie nei utan at det får følgjer; opptak ikkje i akuttsituasjonar; ingen lagring hos leverandøren etter 7 dagar; innsyn etter barnevernslova; informasjonsark for barn (lettlest) og foreldre.

# 4 Risikovurdering

| Risiko | Sannsyn | Konsekvens | Tiltak |
| Samandraget gir feil bilete av kva barnet sa, og feilen går inn i journalen | Middels | Høg | Sakshandsamar kontrollerer mot transkripsjonen, samandraget blir merkt som KI-utkast |
| Barnet seier mindre fordi samtalen blir teken opp | Middels | Høg | Samtykke, barnet kan be om stopp, evaluering etter 3 mnd. |
| Lydopptak på avvege (tapt telefon) | Låg | Høg | Opptak berre i app med kryptert lagring, fjernsletting, MDM |
| Leverandøren brukar data til trening | Låg | Høg | Avtale, revisjonsrett, teknisk avslått |
| Samtykket er ikkje reelt frivillig for foreldre i ein barnevernssak | Høg | Middels | Tydeleg informasjon om at det er valfritt, manuell skriving som alternativ |

Vurdert, men ikkje gjennomført: lokal modell på kommunen sin eigen server – ikkje realistisk for ein kommune av vår storleik no. Å droppe samandraget og berre transkribere – vurdert, men samandraget er der gevinsten for sakshandsamarane er størst.

Restrisiko: høg når det gjeld korrektheit og frivillig samtykke i samband med foreldre.

# 5 Godkjenning

Handsama i kommunedirektøren si leiargruppe 10.11.2026, sak 95/26. Sjå særutskrift.
"""

TALE_SAER = """
# Stølsdal kommune – Særutskrift

Kommunedirektøren si leiargruppe, møte 10.11.2026. Sak 95/26: KI-basert transkribering i barnevernstenesta – DPIA.

Leiaren for barnevernstenesta la fram DPIA versjon 1.0, risikobiletet og innspel frå ungdomsrådet og Nesvik kommune som samarbeidskommune. Fungerande personvernombod gav munnleg råd i møtet og tilrådde forhåndsdrøfting.

Vedtak: Leiargruppa godkjenner DPIA-en. Barnevernstenesta ber Datatilsynet om forhåndsdrøfting før piloten startar. Nesvik kommune blir orientert.

Rett utskrift 11.11.2026, Kari Heggheim
"""


def c022() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei

        Barnevernstenesta i Stølsdal (vertskommune for Stølsdal og Nesvik) ber om forhåndsdrøfting for bruk av KI-basert transkribering og samandrag av samtalar med barn og foreldre.

        Vi har gjort ei vurdering av personvernkonsekvensar og meiner restrisikoen er høg, sjå kapittel 4 i vedlagde DPIA. Leiargruppa har godkjent DPIA-en og vedteke å be om forhåndsdrøfting, sjå særutskrift.

        Vårt faste personvernombod er i permisjon, så spørsmål om personvern kan rettast til fungerande personvernombod Elin Grov (elin.grov@stolsdal.kommune.no).

        Med helsing
        Randi Nygard
        leiar barnevernstenesta Stølsdal og Nesvik
        Tlf. 57 72 42 50
        randi.nygard@stolsdal.kommune.no
        """)
    msg = message(
        "c022",
        "Randi Nygard <randi.nygard@stolsdal.kommune.no>",
        "Førespurnad om forhåndsdrøfting: KI-transkribering i barnevernet",
        when(11, 18, 14, 21),
        body,
        attachments=[
            ("DPIA KI-transkribering barnevern.odt", to_odt(TALE_DPIA)),
            ("Saerutskrift sak 95-26.pdf", to_pdf(TALE_SAER, "Særutskrift")),
        ],
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "children",
            "odt",
            "headings_numbered",
            "contact_dpia_block",
            "contact_signature",
            "risk_likelihood_consequence",
            "part5_minutes_extract_pdf",
            "p1_dpo_no_phone",
            "dpo_acting",
        ),
        "none",
        True,
        "used",
        "acting DPO given with e-mail only (regular DPO on leave), no phone anywhere; the rest complete",
        missing=(1,),
    )


# --- A42: spørsmål om symjehallen --------------------------------------------------------------


def c042() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Vi har eit spørsmål om forhåndsdrøfting som vi håpar de kan svare på.

        Stølsdal kommune skal opne ny symjehall hausten 2027. Leverandøren av bassengteknikk tilbyr eit system med undervasskamera og programvare som oppdagar når ein person ligg urørleg under vatn, og varslar badevakta. Kamera vil dekkje heile bassenget, også når skuleklassar og babysymjing brukar hallen. Systemet lagrar ikkje video i utgangspunktet, men lagrar eit klipp på 60 sekund når det blir varsla.

        Vi har ikkje starta på DPIA-en enno. Spørsmåla våre er:

        1. Er dette ei behandling de meiner krev forhåndsdrøfting, eller er det nok at vi gjer ein DPIA sjølv?
        2. Gjeld det noko særskilt fordi kamera er i eit område der folk er lettkledde?

        Vi er takksame for eit svar før jul, sidan vi skal signere kontrakt i februar. Om det er meir naturleg med eit rettleiingsmøte, stiller vi gjerne.

        Personvernombodet vårt, Oddvar Reigstad (57 72 40 63, oddvar.reigstad@stolsdal.kommune.no), er orientert.

        """)
        + "\n"
        + SIG_INGRID
    )
    msg = message(
        "c042",
        FROM_INGRID,
        "Spørsmål: treng vi forhåndsdrøfting for KI-kamera i symjehall?",
        when(12, 2, 11, 5),
        body,
    )
    return msg, Label(
        "nn",
        (
            "municipality",
            "nonrequest_question",
            "contact_signature",
            "dpia_not_started",
            "mentions_prior_consultation",
        ),
        "none",
        False,
        "unspecified",
        "question whether a drowning-detection camera system needs prior consultation; DPIA not started",
        missing=(2, 3, 4, 5),
    )
