# ruff: noqa: E501
"""Sender B: Vestfjell fylkeskommune (county council, nynorsk).

Habits: the case officer sends the letter from Outlook with a short mail; the letter is a DOCX or
ODT from the archive with «Vår ref. | Dykkar ref. | Sakshandsamar | Dato»; the county director,
the head of section and the DPO sign in three columns (borderless table) or two (tab stops); the
DPIA is a PDF report written by a consultancy (Norvia), whose consultant gives her own contacts
on the front page; management's validation is the protocol of the county director's management
meeting.
"""

from __future__ import annotations

from common import DT_ADDR, DT_OFFICER_2, E_APPROVED_NN, dt_letter
from kit import Label, message, quoted, to_docx, to_pdf, txt, when
from letter import Head, Letter, to_odt, to_text
from letter import to_docx as letter_docx
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

ORG = "Vestfjell fylkeskommune"
FOOT = (
    "Postadresse: Postboks 900, 6863 Leikanger | Besøksadresse: Fylkeshuset, Askedalen 2 | Sentralbord: 57 63 80 00",
    "E-post: post@vestfjell.no | Org.nr. 821 311 632 | vestfjell.no",
)
LABELS = ("Vår ref.", "Dykkar ref.", "Sakshandsamar", "Dato")
HEAD_OPPL = Head(ORG, "Opplæring og kompetanse", FOOT, LABELS)
HEAD_TANN = Head(ORG, "Tannhelsetenesta", FOOT, LABELS)
HEAD_DIG = Head(ORG, "Digitalisering og IKT", FOOT, LABELS)

DIRECTOR = ("Arne Nesheim", "fylkesdirektør")
DPO = Person("Solveig Lunde", "personvernombod", "57 63 80 14", "solveig.lunde@vestfjell.no")
DPO_SIG = (DPO.name, DPO.title, f"tlf. {DPO.phone}", DPO.email)
NORDAL = Person("Eirik Nordal", "rådgjevar eksamen", "57 63 81 22", "eirik.nordal@vestfjell.no")
SKAAR = Person("Marit Skaar", "overtannlege", "57 63 82 40", "marit.skaar@vestfjell.no")
FJELD = Person("Åse Fjeld", "seniorrådgjevar", "57 63 80 77", "ase.fjeld@vestfjell.no")
VIK = Person("Lars Vik", "IT-sjef", "", "lars.vik@vestfjell.no")
TVEIT = Person(
    "Ragnhild Tveit",
    "seniorrådgjevar personvern, Konsulenthuset Norvia AS",
    "915 40 221",
    "ragnhild.tveit@norvia.no",
)

EXAMLY = Proc(
    "Examly Nordic AS (org.nr. 925 661 301)",
    "plattform for digital eksamen med proctoring",
    Person("Johan Dale", "kundeansvarleg", "954 12 880", "johan.dale@examly.no"),
)
TANNDATA = Proc(
    "Tanndata Norge AS (org.nr. 912 048 557)",
    "journalsystem og prediksjonsmodul",
    Person("Cecilie Moe", "personvernansvarleg", "481 30 617", "cecilie.moe@tanndata.no"),
)
ELEVDATA = Proc(
    "Skulesky AS (org.nr. 930 112 448)",
    "drift av analyseplattforma",
    Person("Tor Inge Rasmussen", "driftsleiar", "466 55 210", "tor.inge.rasmussen@skulesky.no"),
)
VAKTNETT = Proc(
    "Vaktnett AS (org.nr. 917 300 614)",
    "endepunktovervaking og sikkerheitssenter (SOC)",
    Person("Kjetil Brekke", "tenesteansvarleg", "922 61 040", "kjetil.brekke@vaktnett.no"),
)

PROCTOR = Topic(
    "b_proctor",
    "Førespurnad om førehandsdrøfting – digital eksamen med kamera- og skjermovervaking for privatistar",
    (
        "Vestfjell fylkeskommune skal frå vårsemesteret 2027 la privatistar ta skriftleg eksamen heimanfrå i fag der det ikkje er krav om praktisk prøve. Om lag 1 800 privatistar i året er omfatta, mange vaksne i arbeid og nokre under 18 år.",
        "Under eksamen blir kandidaten filma med web-kamera, skjermen blir teken opp, og ein algoritme markerer uvanlege hendingar (andre personar i biletet, blikk vekk frå skjermen, nye faner). Ein eksamensvakt går gjennom markerte klipp etter eksamen og avgjer om saka skal sendast til vurdering av fusk.",
    ),
    (
        ("Registrerte", "privatistar, og andre som kjem inn i biletet i heimen til kandidaten"),
        (
            "Opplysningar",
            "namn, fødselsnummer, bilete av legitimasjon, video og lyd under eksamen, skjermopptak, markeringar frå algoritmen",
        ),
        ("Kjelder", "kandidaten, Privatistweb (oppmelding)"),
        ("Mottakarar", "eksamensvakter i fylkeskommunen; ved mistanke om fusk klagenemnda"),
        (
            "Lagring",
            "hos Examly Nordic AS i EU/EØS; opptak blir sletta 30 dagar etter at klagefristen er ute",
        ),
        (
            "Tryggleik",
            "ende-til-ende-kryptert opplasting, to-faktor for eksamensvakter, logg over alle avspelingar",
        ),
    ),
    (
        "I dag må privatistar reise opptil fire timar til eksamensstaden. Heimeeksamen utan kontroll gir ikkje gyldige vitnemål. Vi har vurdert at opptak er naudsynt for å kunne dokumentere fusk, men at algoritmen aldri åleine skal avgjere noko.",
        "Heimeeksamen er eit frivillig tilbod; kandidaten kan alltid velje ordinær eksamen på skule. Lydopptak er avgrensa til det kandidaten seier; bakgrunnsstøy blir ikkje analysert. Behandlingsgrunnlaget er art. 6 nr. 1 bokstav e med opplæringslova og forskrift til lova som supplerande grunnlag.",
    ),
    (
        "kandidaten vel sjølv heimeeksamen og får ei prøveøkt før eksamen",
        "kandidaten får sjå klipp som er markerte før saka blir sendt vidare",
        "informasjon på nynorsk, bokmål, engelsk og nordsamisk",
        "ingen biometrisk identifisering; legitimasjon blir kontrollert manuelt",
    ),
    (
        (
            "Familiemedlemer, også born, blir filma i heimen",
            "høg",
            "middels",
            "rettleiing om rom, uskarp bakgrunn, ingen analyse av andre personar enn å markere at dei er der",
        ),
        (
            "Algoritmen markerer kandidatar med funksjonsnedsetjing oftare",
            "middels",
            "høg",
            "tilrettelegging blir registrert, manuell vurdering, statistikk over markeringar per gruppe",
        ),
        (
            "Opptak kjem på avvegar",
            "låg",
            "høg",
            "kryptering, kort lagringstid, databehandlaravtale",
        ),
        (
            "Kandidaten opplever press til å velje heimeeksamen",
            "låg",
            "middels",
            "likeverdig tilbod på skule, tydeleg informasjon",
        ),
    ),
    (
        ("Lås-nettlesar utan kamera", "hindrar ikkje hjelp frå andre i rommet"),
        (
            "Liveovervaking med menneske i staden for algoritme",
            "krev 60 eksamensvakter samtidig og gir meir inngripande overvaking",
        ),
    ),
    "Risikoen for at tredjepersonar i heimen blir filma, og for skeiv markering av kandidatar med funksjonsnedsetjing, er framleis høg. Leiargruppa har handsama saka to gonger og vil gå vidare med tiltaket.",
    (EXAMLY,),
)

TANN = Topic(
    "b_tann",
    "Førespurnad om førehandsdrøfting – prediksjon av kariesrisiko og innkallingsintervall i tannhelsetenesta",
    (
        "Den offentlege tannhelsetenesta i Vestfjell har om lag 48 000 born og unge under 21 år i faste innkallingar. Vi vil ta i bruk ein prediksjonsmodul i journalsystemet som reknar ut kariesrisiko og føreslår kor ofte kvar pasient skal kallast inn (12, 18 eller 24 månader).",
        "Modellen bruker journalopplysningar om tidlegare karies, fluorbehandling, tannpuss-vanar, kosthald registrert av tannpleiar og om pasienten har uteblitt frå timar. Tannlegen eller tannpleiaren tek den endelege avgjerda.",
    ),
    (
        ("Kjelder", "pasientjournalen i tannhelsetenesta"),
        ("Mottakarar", "behandlande tannlege og tannpleiar; ingen utlevering"),
        ("Lagring", "i journalsystemet hos Tanndata Norge AS, drifta i Noreg"),
        ("Tryggleik", "tilgangsstyring, logg, kryptering, HelseCERT-tilknyting"),
        (
            "Lagringstid",
            "etter pasientjournallova; risikoskåren blir oppdatert ved kvar undersøking",
        ),
    ),
    (
        "Tenesta har for få tannpleiarar, og born med høg risiko blir i dag kalla inn for sjeldan medan born med låg risiko blir kalla inn for ofte. Prediksjon gir betre fordeling av ressursane.",
        "Behandlinga har grunnlag i art. 9 nr. 2 bokstav h og tannhelsetenestelova. Modellen bruker ikkje opplysningar om familieøkonomi eller bustad, sjølv om dei ville ha gitt betre treff, fordi det ville vere for inngripande.",
    ),
    (
        "pasient og føresette får vite at eit verktøy har gitt forslag, og kan be om kortare intervall",
        "tannhelsepersonellet kan alltid overstyre forslaget",
        "innsyn i risikoskåren gjennom Helsenorge",
    ),
    (
        (
            "Born med høg risiko får for lange intervall",
            "middels",
            "høg",
            "øvre grense på 18 månader for born under 12 år; kontroll av avvik",
        ),
        (
            "Uteblivingar fører til at sosialt utsette born blir nedprioriterte",
            "middels",
            "høg",
            "uteblivingar aukar risiko, ikkje intervall; oppfølging av helsesjukepleiar",
        ),
        ("Feil i modellen over tid", "låg", "middels", "årleg validering mot faktisk karies"),
    ),
    (
        ("Opplysningar om sosioøkonomi i modellen", "for inngripande og vanskeleg å forklare"),
        ("Full automatisering utan tannlege", "ikkje forsvarleg helsehjelp"),
    ),
    "Risikoen for at sårbare born får dårlegare oppfølging er redusert, men framleis høg etter vår vurdering.",
    (TANNDATA,),
)

FRAFALL = Topic(
    "b_frafall",
    "Førespurnad om førehandsdrøfting – varsling av fråfallsrisiko i vidaregåande skule",
    (
        "Vestfjell fylkeskommune vil ta i bruk eit analyseverktøy som varslar kontaktlærar og rådgjevar når ein elev i vidaregåande skule viser teikn på å falle frå. Omfanget er om lag 9 500 elevar ved 14 skular.",
        "Verktøyet kombinerer fråvær, karakterar, anmerkingar, bytte av utdanningsprogram og bruk av læringsplattforma. Varselet er ein raud, gul eller grøn status, med ei forklaring på kva som har utløyst varselet.",
    ),
    (
        ("Kjelder", "skuleadministrativt system (Visma InSchool), læringsplattforma"),
        ("Mottakarar", "kontaktlærar, rådgjevar, oppfølgingstenesta (OT) for elevar som sluttar"),
        ("Lagring", "analyseplattform drifta av Skulesky AS i Noreg"),
        ("Tryggleik", "Feide, rollebasert tilgang, logg, kryptering"),
        (
            "Lagringstid",
            "status blir sletta når eleven har fullført eller sluttar og OT har avslutta oppfølginga",
        ),
    ),
    (
        "Fråfallet i fylket er 21 prosent. Opplæringslova pålegg skulane å følgje opp elevar med svakt utbytte. Verktøyet skal gje tidlegare hjelp.",
        "Vi har teke ut helseopplysningar, opplysningar om spesialundervisning og morsmål frå modellen. Statusen skal ikkje brukast i vurdering eller disiplinærsaker. Grunnlag: art. 6 nr. 1 bokstav e og opplæringslova.",
    ),
    (
        "elev og føresette (for elevar under 18) får informasjon ved skulestart",
        "eleven kan sjå sin eigen status og forklaringa",
        "eleven kan be om at status blir vurdert manuelt",
    ),
    (
        (
            "Eleven blir stempla og møter lågare forventningar",
            "middels",
            "høg",
            "status berre til kontaktlærar og rådgjevar, ikkje til faglærarar",
        ),
        (
            "Skeiv varsling for minoritetsspråklege elevar",
            "middels",
            "høg",
            "morsmål er teke ut, årleg analyse av utslag",
        ),
        (
            "Opplysningar blir brukte til anna enn oppfølging",
            "låg",
            "høg",
            "avgrensa tilgang, logg, skriftleg rutine",
        ),
    ),
    (
        ("Samtykke frå eleven", "ikkje fritt samtykke i skulen"),
        ("Varsling berre på fråvær", "fangar ikkje opp elevar med høgt oppmøte men svakt utbytte"),
    ),
    "Risikoen for stigmatisering av enkeltelevar er framleis høg. Leiargruppa har handsama saka to gonger.",
    (ELEVDATA,),
)

ENDEPUNKT = Topic(
    "b_endepunkt",
    "Førespurnad om førehandsdrøfting – endepunktovervaking og innhaldskontroll på elev-PC-ar",
    (
        "Fylkeskommunen låner ut om lag 9 500 PC-ar til elevane i vidaregåande skule. Etter fleire løysepengevirus-hendingar i skulesektoren vil vi ta i bruk endepunktovervaking (EDR) på alle elev-PC-ar, med innhaldskontroll av nedlasta filer og nettadresser.",
        "EDR-agenten samlar prosessdata, nettverkstrafikk og filnamn og sender dette til Vaktnett AS sitt sikkerheitssenter. Ved alarm kan analytikarar hente skjermbilete og filer frå maskina.",
    ),
    (
        ("Registrerte", "elevar 15–21 år, også i fritida når PC-en blir brukt heime"),
        (
            "Opplysningar",
            "brukarnamn, maskin-ID, prosessar, nettadresser, filnamn og hash, ved alarm innhald i filer og skjermbilete",
        ),
        ("Mottakarar", "Vaktnett AS (SOC), IKT-avdelinga; ved straffbare forhold politiet"),
        ("Lagring", "telemetri 90 dagar, alarmsaker 12 månader"),
        ("Tryggleik", "kryptert kanal, tilgang berre for analytikarar med tenestleg behov, logg"),
    ),
    (
        "Fylkeskommunen har plikt til å sikre nettverket og elevane sine opplysningar. Antivirus åleine har ikkje stoppa angrepa.",
        "Overvakinga er avgrensa til tryggleiksformål. Innhald i filer og skjermbilete blir berre henta ved ein konkret alarm, og ein person i IKT-avdelinga må godkjenne det. Nettadresser blir ikkje brukte til å sjå kva elevane les. Grunnlag: art. 6 nr. 1 bokstav e og c, jf. art. 32.",
    ),
    (
        "informasjon til elevar og føresette i IKT-reglementet og ved utlevering av PC",
        "eleven får melding når innhald er henta frå maskina",
        "tilsette i skulen får ikkje tilgang til telemetri",
    ),
    (
        (
            "Overvaking av elevane sitt privatliv i fritida",
            "høg",
            "høg",
            "ingen innhaldsinnhenting utan alarm, kort lagring",
        ),
        (
            "Skjermbilete avslører sensitive opplysningar",
            "middels",
            "høg",
            "fire-auge-prinsipp, logg, sletting etter sak",
        ),
        (
            "Bruk av data i disiplinærsaker",
            "middels",
            "middels",
            "forbod i reglementet, ingen tilgang for skulane",
        ),
    ),
    (
        ("Avgrense overvakinga til skuletid", "angrep skjer ofte om kvelden når PC-en er heime"),
        ("Eiga drift av SOC", "fylkeskommunen har ikkje kompetanse døgnet rundt"),
    ),
    "Inngrepet i elevane sitt privatliv, også i fritida, er framleis høgt sjølv etter tiltaka. Leiargruppa har handsama saka to gonger.",
    (VAKTNETT,),
)

# --- templates -------------------------------------------------------------------------------


def norvia_report(t: Topic, gap: dict[str, str] | None = None) -> bytes:
    procs = table(("Databehandlar", "Oppgåve", "Kontaktperson", "Telefon", "E-post"), proc_rows(t))
    doc = f"""
# Vurdering av personvernkonsekvensar (DPIA)

{t.title.split("– ", 1)[1]}

{lines((("Behandlingsansvarleg", ORG), ("Utarbeidd av", "Konsulenthuset Norvia AS, Storgata 11, 6800 Førde"), ("Kontakt i Norvia", f"{TVEIT.name}, {TVEIT.phone}, {TVEIT.email}"), ("Versjon", "1.2, oktober 2026")))}

# 1 Kva skal gjerast og kvifor

{pick(gap, "what", paras(t.what))}

# 2 Korleis opplysningane flyt

{pick(gap, "flow", lines(t.flow))}

{procs}

# 3 Er behandlinga naudsynt og rimeleg?

{pick(gap, "need", paras(t.need))}

# 4 Tiltak for dei registrerte

{pick(gap, "rights", bullets(t.rights))}

# 5 Risikoar og tiltak

{pick(gap, "risk", table(("Risiko", "Sannsyn", "Konsekvens", "Tiltak"), risk_rows(t)))}

# 6 Tiltak vi har vurdert, men ikkje set i verk

{pick(gap, "skipped", skipped_bullets(t, "{m} – {w}"))}

# 7 Restrisiko og tilråding

{pick(gap, "residual", t.residual)}

Norvia tilrår at fylkeskommunen ber Datatilsynet om førehandsdrøfting.
"""
    return to_pdf(doc)


def protokoll(t: Topic, sak: str, dato: str, forrige: str) -> bytes:
    doc = f"""
# Protokoll – fylkesdirektørens leiarmøte

{lines((("Dato", dato), ("Stad", "Fylkeshuset, møterom Sogn"), ("Til stades", "Arne Nesheim (leiar), Kristin Fosse, Per Olav Hauge, Lars Vik, Gunn Heggen"), ("Referent", "Gunn Heggen")))}

## Sak {sak} {t.title.split("– ", 1)[1]}

Saka var oppe første gong {forrige}. Seniorrådgjevar Ragnhild Tveit frå Norvia la fram funna i vurderinga av personvernkonsekvensar. Personvernombodet sitt skriftlege råd låg føre og vart lagt fram.

Innspel: Elevrådet/brukarrådet og dei tillitsvalde har fått uttale seg; innspela er tekne inn i vurderinga (kapittel 4 og 5).

Vedtak: Leiargruppa godkjenner vurderinga av personvernkonsekvensar og tiltaka. Leiargruppa har merka seg at restrisikoen er høg, og ber om at saka blir sendt Datatilsynet for førehandsdrøfting.
"""
    return to_docx(doc)


def short_mail(p: Person, extra: str = "") -> str:
    sig = [p.name, p.title, ORG]
    if p.phone:
        sig.append(f"Tlf. {p.phone}")
    return (
        txt(f"""
        Hei,

        Vedlagt følgjer brev frå Vestfjell fylkeskommune med vedlegg.{extra}

        Helsing
    """)
        + "\n".join(sig)
        + "\n"
    )


# --- cases: odd ----------------------------------------------------------------------------------


def d003() -> tuple:
    t = PROCTOR
    body = f"""
Vestfjell fylkeskommune ber om førehandsdrøfting etter personvernforordninga artikkel 36.

{paras(t.what)}

Vurderinga av personvernkonsekvensar er utarbeidd saman med Konsulenthuset Norvia AS og ligg ved. Protokollen frå leiarmøtet der vurderinga vart godkjend ligg òg ved.

Examly Nordic AS er databehandlar; kontaktperson er Johan Dale, tlf. 954 12 880, johan.dale@examly.no.

Kontaktperson hos oss er sakshandsamar Eirik Nordal. Personvernombodet har vore med i arbeidet og skriv under brevet.
"""
    letter = Letter(
        HEAD_OPPL,
        DT_ADDR,
        ("26/03512-2", "", f"{NORDAL.name}\n{NORDAL.phone}\n{NORDAL.email}", "2.11.2026"),
        t.title,
        body,
        closing="Med helsing",
        signers=(DIRECTOR, ("Kristin Fosse", "seksjonsleiar eksamen"), DPO_SIG),
        layout="table",
        note=E_APPROVED_NN,
        encl=(
            "Vurdering av personvernkonsekvensar (Norvia, versjon 1.2)",
            "Protokoll frå leiarmøtet 27.10.2026",
        ),
        encl_label="Vedlegg:",
    )
    msg = message(
        "D003",
        f"{NORDAL.name} <{NORDAL.email}>",
        "Førespurnad om førehandsdrøfting – digital eksamen for privatistar",
        when(11, 3, 14, 7),
        short_mail(NORDAL),
        attachments=[
            ("Førespurnad om førehandsdrøfting - digital eksamen.docx", letter_docx(letter)),
            ("DPIA digital eksamen - Norvia v1.2.pdf", norvia_report(t)),
            (
                "Protokoll leiarmøte 27.10.2026.docx",
                protokoll(t, "88/26", "27.10.2026", "29. september"),
            ),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_council",
            "cover_letter_docx",
            "ref_table_sakshandsamar",
            "contact_in_ref_table",
            "signature_three_columns_table",
            "dpo_signs",
            "e_approved",
            "consultant_dpia_contact",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "dpia_report_pdf",
            "part5_protocol_docx",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; three signers side by side in a borderless table, the DPO with phone and e-mail; the consultant's contacts on the DPIA's front page",
    )


def d023() -> tuple:
    t = TANN
    body = f"""
Tannhelsetenesta i Vestfjell fylkeskommune ber om førehandsdrøfting etter artikkel 36 i personvernforordninga.

{t.what[0]}

Vedlagt er vurderinga av personvernkonsekvensar. Vurderinga skal handsamast i fylkesdirektørens leiarmøte 8. desember 2026. Vi ettersender protokollen frå møtet så snart han ligg føre, men sender førespurnaden no for å kome i gang.

Databehandlar er Tanndata Norge AS ved personvernansvarleg Cecilie Moe, tlf. 481 30 617, cecilie.moe@tanndata.no.
"""
    letter = Letter(
        HEAD_TANN,
        DT_ADDR,
        ("26/03840-4", "", f"{SKAAR.name}\ntlf. {SKAAR.phone}\n{SKAAR.email}", "10.11.2026"),
        t.title,
        body,
        closing="Med helsing",
        signers=(("Per Olav Hauge", "tannhelsesjef"), DPO_SIG),
        layout="tabs",
        note=E_APPROVED_NN,
        encl=("Vurdering av personvernkonsekvensar",),
        copy=("Fylkesdirektøren",),
        copy_label="Kopi:",
    )
    msg = message(
        "D023",
        f"{SKAAR.name} <{SKAAR.email}>",
        "Førehandsdrøfting – kariesrisiko og innkallingsintervall",
        when(11, 11, 9, 30),
        short_mail(SKAAR, " Protokollen frå leiarmøtet kjem etter 8. desember."),
        attachments=[
            ("Førespurnad førehandsdrøfting tannhelse.odt", to_odt(letter)),
            ("DPIA kariesprediksjon.pdf", norvia_report(t)),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_council",
            "cover_letter_odt",
            "ref_table_sakshandsamar",
            "contact_in_ref_table",
            "signature_two_columns_tabs",
            "dpo_signs",
            "e_approved",
            "consultant_dpia_contact",
            "processor_contact_in_letter",
            "dpia_report_pdf",
            "part5_will_follow",
            "part5_future_meeting",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: the management meeting is on 8 December and its protocol will follow",
        (5,),
    )


def d043() -> tuple:
    dt = dt_letter(
        ("Vestfjell fylkeskommune", "Postboks 900", "6863 Leikanger"),
        ("26/03512-2", "26/04307-1", "9.11.2026"),
        DT_OFFICER_2,
        "Stadfesting av mottak – førespurnad om førehandsdrøfting – digital eksamen",
        "Vi stadfestar at vi har motteke førespurnaden om førehandsdrøfting 3.11.2026. Saka er fordelt til saksbehandlar. Vi tek kontakt dersom vi treng fleire opplysningar.",
    )
    body = txt("""
        Hei,

        Vi viser til førespurnaden vår om førehandsdrøfting av digital eksamen for privatistar, sendt 3. november, og stadfestinga frå dykk nedanfor.

        Eksamenskontoret må bestille utstyr og avtale med leverandøren før jul dersom heimeeksamen skal kunne gjennomførast i mai. Kan de seie noko om når vi kan vente svar, eller om de treng meir frå oss?

        Helsing
        Eirik Nordal
        rådgjevar eksamen, Vestfjell fylkeskommune
        Tlf. 57 63 81 22

    """) + quoted(to_text(dt, footer=False))
    msg = message(
        "D043",
        f"{NORDAL.name} <{NORDAL.email}>",
        "SV: Stadfesting av mottak – førespurnad om førehandsdrøfting – digital eksamen (dykkar ref. 26/04307)",
        when(12, 2, 10, 44),
        body,
    )
    return msg, Label(
        "nn",
        (
            "county_council",
            "nonrequest_status_query",
            "datatilsynet_letter_quoted",
            "quoted_thread",
            "other_person_full_contact",
            "contact_signature",
        ),
        "none",
        False,
        "unspecified",
        "not a request: status query on the earlier request; Datatilsynet's acknowledgement with its case officer's contacts quoted",
    )


# --- cases: even -------------------------------------------------------------------------------


def d004() -> tuple:
    t = FRAFALL
    body = f"""
Vestfjell fylkeskommune ber om førehandsdrøfting etter personvernforordninga artikkel 36 for varsling av fråfallsrisiko i vidaregåande skule.

{paras(t.what)}

Vedlagt ligg vurderinga av personvernkonsekvensar, som Norvia har skrive for oss, og protokollen frå leiarmøtet.

Databehandlar er Skulesky AS; kontaktperson driftsleiar Tor Inge Rasmussen, tlf. 466 55 210, tor.inge.rasmussen@skulesky.no.

Kontaktperson: seniorrådgjevar Åse Fjeld, tlf. {FJELD.phone}, {FJELD.email}.
"""
    letter = Letter(
        HEAD_OPPL,
        DT_ADDR,
        ("26/03977-5", "", FJELD.name, "12.11.2026"),
        t.title,
        body,
        closing="Med helsing",
        signers=(DIRECTOR, DPO_SIG),
        layout="tabs",
        note=E_APPROVED_NN,
        encl=("1 DPIA fråfallsvarsling", "2 Protokoll frå leiarmøtet 10.11.2026"),
        copy=(f"Personvernombod {DPO.name}",),
    )
    msg = message(
        "D004",
        f"{FJELD.name} <{FJELD.email}>",
        "Førespurnad om førehandsdrøfting – fråfallsvarsling",
        when(11, 12, 15, 2),
        short_mail(FJELD),
        attachments=[
            ("Førespurnad om førehandsdrøfting - fråfallsvarsling.odt", to_odt(letter)),
            ("Vedlegg 1 DPIA fråfallsvarsling.pdf", norvia_report(t)),
            (
                "Vedlegg 2 Protokoll leiarmøte 10.11.2026.docx",
                protokoll(t, "97/26", "10.11.2026", "13. oktober"),
            ),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_council",
            "cover_letter_odt",
            "ref_table_sakshandsamar",
            "contact_prose_letter",
            "signature_two_columns_tabs",
            "dpo_signs",
            "copy_to_dpo",
            "e_approved",
            "consultant_dpia_contact",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "dpia_report_pdf",
            "part5_protocol_docx",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; ODT letter, director and DPO side by side on tab stops with the DPO's phone and e-mail; case officer by name in the table, contacts in the text",
    )


def _endepunkt_letter(
    refs: tuple[str, ...], body: str, signers: tuple[tuple[str, ...], ...], copy: tuple[str, ...]
) -> Letter:
    return Letter(
        HEAD_DIG,
        DT_ADDR,
        refs,
        ENDEPUNKT.title,
        body,
        closing="Med helsing",
        signers=signers,
        layout="table",
        note=E_APPROVED_NN,
        encl=("DPIA endepunktovervaking (Norvia)", "Protokoll frå leiarmøtet 17.11.2026"),
        copy=copy,
        copy_label="Gjenpart:",
    )


def d024() -> tuple:
    t = ENDEPUNKT
    body = f"""
Vestfjell fylkeskommune ber om førehandsdrøfting etter personvernforordninga artikkel 36 før vi innfører endepunktovervaking på elev-PC-ane.

{paras(t.what)}

Vurderinga av personvernkonsekvensar er gjennomført av Konsulenthuset Norvia AS. Spørsmål om metodikken i rapporten kan rettast direkte til seniorrådgjevar Ragnhild Tveit i Norvia, tlf. 915 40 221, ragnhild.tveit@norvia.no.

Databehandlar er Vaktnett AS (kontaktperson Kjetil Brekke, tlf. 922 61 040, kjetil.brekke@vaktnett.no).

Kontaktperson i fylkeskommunen er IT-sjef Lars Vik, e-post lars.vik@vestfjell.no. Personvernombodet kan nåast på personvernombodet@vestfjell.no.
"""
    letter = _endepunkt_letter(
        ("26/04102-3", "", VIK.name, "18.11.2026"),
        body,
        (DIRECTOR, ("Lars Vik", "IT-sjef"), ("Personvernombodet", "")),
        ("Personvernombodet",),
    )
    msg = message(
        "D024",
        f"{VIK.name} <{VIK.email}>",
        "Førespurnad om førehandsdrøfting – endepunktovervaking elev-PC",
        when(11, 19, 8, 12),
        short_mail(VIK),
        attachments=[
            ("Førespurnad om førehandsdrøfting - endepunktovervaking.docx", letter_docx(letter)),
            ("DPIA endepunktovervaking - Norvia.pdf", norvia_report(t)),
            (
                "Protokoll leiarmøte 17.11.2026.docx",
                protokoll(t, "104/26", "17.11.2026", "20. oktober"),
            ),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_council",
            "cover_letter_docx",
            "ref_table_sakshandsamar",
            "signature_three_columns_table",
            "p1_contact_no_phone",
            "p1_dpo_role_mailbox_only",
            "switchboard_only",
            "consultant_dpia_contact",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "copy_to_dpo",
            "e_approved",
            "dpia_report_pdf",
            "part5_protocol_docx",
        ),
        "none",
        True,
        "used",
        "part 1 missing: contact person with e-mail but no phone, DPO only as a role mailbox without name or phone; the consultant who wrote the DPIA has full contacts",
        (1,),
    )


def d044() -> tuple:
    t = ENDEPUNKT
    body = f"""
Vi viser til førespurnaden vår av 18.11.2026 og til telefonsamtale med Datatilsynet 25.11.2026, der vi vart bedne om å gje fullstendige kontaktopplysningar. Vi sender difor førespurnaden på nytt med alle vedlegg.

{t.what[0]}

Kontaktperson: IT-sjef Lars Vik, tlf. 57 63 80 90, lars.vik@vestfjell.no.
Personvernombod: Solveig Lunde, tlf. {DPO.phone}, {DPO.email}.
Databehandlar: Vaktnett AS ved Kjetil Brekke, tlf. 922 61 040, kjetil.brekke@vaktnett.no.
"""
    letter = _endepunkt_letter(
        ("26/04102-9", "", f"{VIK.name}\n57 63 80 90", "26.11.2026"),
        body,
        (DIRECTOR, ("Lars Vik", "IT-sjef"), DPO_SIG),
        (f"Personvernombod {DPO.name}",),
    )
    msg = message(
        "D044",
        f"{VIK.name} <{VIK.email}>",
        "Ny innsending: Førespurnad om førehandsdrøfting – endepunktovervaking elev-PC",
        when(11, 26, 13, 48),
        short_mail(Person(VIK.name, VIK.title, "57 63 80 90")),
        attachments=[
            (
                "Førespurnad om førehandsdrøfting - endepunktovervaking - ny innsending.docx",
                letter_docx(letter),
            ),
            ("DPIA endepunktovervaking - Norvia.pdf", norvia_report(t)),
            (
                "Protokoll leiarmøte 17.11.2026.docx",
                protokoll(t, "104/26", "17.11.2026", "20. oktober"),
            ),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_council",
            "cover_letter_docx",
            "ref_table_sakshandsamar",
            "resubmission_complete",
            "contact_label_value",
            "signature_three_columns_table",
            "dpo_signs",
            "consultant_dpia_contact",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "e_approved",
            "dpia_report_pdf",
            "part5_protocol_docx",
        ),
        "none",
        True,
        "used",
        "complete resubmission of D024 with the contact person's phone and the DPO named with phone and e-mail",
    )
