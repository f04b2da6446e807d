"""The ten fictional senders of blind11: people, processors, signatures, own words and templates.

Every organisation, person, phone number, e-mail address and org number is invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    phone: str
    email: str


@dataclass(frozen=True)
class Org:
    name: str
    orgnr: str
    address: str


@dataclass(frozen=True)
class Sender:
    key: str
    sector: str  # shape tag
    lang: str
    org: Org
    contact: Person
    dpo: Person
    dpo_org: str
    proc: Org
    proc_person: Person
    signature: str
    disclaimer: str
    heads: tuple[str, str, str, str, str]  # the sender's own titles for parts 1-5
    doc_title: str


def _sig(p: Person, org: Org, extra: str = "") -> str:
    return f"{p.name}\n{p.title}\n{org.name}\n{org.address}\n{p.email}\n{extra}".rstrip("\n") + "\n"


A_ORG = Org("Vevstua Klær AS", "918 442 306", "Strandveien 51, 1366 Lysaker")
A_C = Person("Marte Lindgaard", "juridisk rådgiver", "67 81 40 22", "marte.lindgaard@vevstua.no")
B_ORG = Org("NordParcel Logistics AS", "926 117 590", "Alnabruveien 12, 0668 Oslo")
B_C = Person(
    "Jonas Whitfield", "Head of Compliance", "+47 23 96 55 10", "jonas.whitfield@nordparcel.no"
)
C_ORG = Org("Fjordingen Tidend AS", "933 870 214", "Kaivegen 3, 6854 Kaupanger")
C_C = Person(
    "Sigrid Vetlesen", "utviklingsredaktør", "57 67 30 40", "sigrid.vetlesen@fjordingen.no"
)
D_ORG = Org("Aasheim Bygg & Anlegg AS", "914 300 772", "Verkstedveien 8, 3036 Drammen")
D_C = Person("Torbjørn Aasheim", "HMS- og kvalitetssjef", "32 21 90 14", "torbjorn@aasheim-ba.no")
E_ORG = Org("Nordlysfabrikken Games AS", "929 561 048", "Sjøgata 20, 9008 Tromsø")
E_C = Person(
    "Freya Lindqvist", "Trust & Safety Lead", "+47 402 11 873", "freya@nordlysfabrikken.com"
)
F_ORG = Org("Tindra Mobil AS", "921 778 035", "Lørenfaret 1, 0585 Oslo")
F_C = Person("Håkon Rustad", "seniorjurist, regulatorisk", "22 30 71 00", "hakon.rustad@tindra.no")
G_ORG = Org("Melkelaget Midt SA", "943 120 587", "Meierivegen 2, 7500 Stjørdal")
G_C = Person("Ingrid Fossum", "medlemsrådgiver", "74 83 12 60", "ingrid.fossum@melkelaget.no")
H_ORG = Org("Reisefeber AS", "917 905 331", "Dronningens gate 7, 7011 Trondheim")
H_C = Person("Camilla Brekke", "kvalitetsleder", "73 80 44 19", "camilla@reisefeber.no")
I_ORG = Org("Vaktkorps Nord AS", "985 640 219", "Storgata 88, 8006 Bodø")
I_C = Person("Rune Kristoffersen", "fagsjef sikkerhet", "75 50 88 00", "rune.k@vaktkorpsnord.no")
J_ORG = Org("Pulsverket Trening AS", "923 004 661", "Torggata 30, 0183 Oslo")
J_C = Person("Nora Haugstad", "leder medlemsservice", "21 09 33 70", "nora.haugstad@pulsverket.no")


SENDERS: dict[str, Sender] = {
    "A": Sender(
        "A",
        "clothing_retail",
        "nb",
        A_ORG,
        A_C,
        Person("Eirik Sølvberg", "personvernombud", "913 40 277", "personvernombud@vevstua.no"),
        "Vevstua Klær AS",
        Org("Kuvio Analytics Oy", "FI 3120 8854", "Hämeentie 15, 00500 Helsinki"),
        Person(
            "Aino Mäkelä", "Customer Privacy Manager", "+358 40 771 2093", "aino.makela@kuvio.fi"
        ),
        "Vennlig hilsen\n\n" + _sig(A_C, A_ORG, "Tlf. 67 81 40 22"),
        "",
        (
            "Kontaktpersoner",
            "Beskrivelse av behandlingen",
            "Nødvendighet og forholdsmessighet",
            "Risikovurdering",
            "Godkjenning",
        ),
        "Personvernkonsekvensvurdering (DPIA)",
    ),
    "B": Sender(
        "B",
        "parcel_courier",
        "en",
        B_ORG,
        B_C,
        Person("Priya Nair", "Data Protection Officer", "+47 23 96 55 44", "dpo@nordparcel.no"),
        "NordParcel Logistics AS",
        Org("FleetSense Ltd", "IE 6388412T", "Unit 4, Sandyford Business Park, Dublin 18, Ireland"),
        Person("Ciarán Doyle", "Account Manager EMEA", "+353 1 440 2871", "c.doyle@fleetsense.ie"),
        "Best regards\n\n"
        + _sig(
            B_C,
            B_ORG,
            "Direct +47 23 96 55 10 | Mobile +47 915 20 663\n"
            "Switchboard +47 23 96 55 00 | Driver hotline +47 800 40 900",
        ),
        "This e-mail may contain confidential information. If you received it by mistake,"
        " please delete it and notify the sender. NordParcel Logistics AS, reg. no. 926 117 590.",
        (
            "Contacts",
            "Description of the processing",
            "Necessity and proportionality",
            "Risk assessment",
            "Management approval",
        ),
        "Data Protection Impact Assessment",
    ),
    "C": Sender(
        "C",
        "regional_newspaper",
        "nn",
        C_ORG,
        C_C,
        Person("Lars Hovland", "personvernombod", "900 12 845", "lars.hovland@mediepersonvern.no"),
        "Mediepersonvern AS",
        Org("Lesartal AS", "927 410 063", "Nygårdsgaten 91, 5008 Bergen"),
        Person("Maren Tvedt", "kundeansvarleg", "55 90 21 37", "maren@lesartal.no"),
        "Helsing\n\n"
        + _sig(C_C, C_ORG, "Sentralbord 57 67 30 00 | Mobil 476 32 118\nTips: 57 67 30 99"),
        "Fjordingen Tidend er redigert etter Vær Varsam-plakaten.",
        (
            "Kontaktinformasjon",
            "Om handsaminga",
            "Naudsyn og proporsjonalitet",
            "Risiko for dei registrerte",
            "Handsaming i styret",
        ),
        "Vurdering av personvernkonsekvensar",
    ),
    "D": Sender(
        "D",
        "construction",
        "nb",
        D_ORG,
        D_C,
        Person("Helene Moe", "personvernombud", "958 11 402", "helene.moe@advokatmoe.no"),
        "Advokatfirmaet Moe & Co AS",
        Org("PortID Systems AS", "912 883 450", "Kjørboveien 29, 1337 Sandvika"),
        Person("Kristian Bakke", "prosjektleder", "452 18 990", "kristian.bakke@portid.no"),
        "Mvh\n" + _sig(D_C, D_ORG, "Sentralbord 32 21 90 00 | Mob 917 44 210"),
        "",
        (
            "Kontaktopplysninger",
            "Hva skal gjøres",
            "Hvorfor er det nødvendig",
            "Hva kan gå galt",
            "Ledelsens behandling",
        ),
        "DPIA",
    ),
    "E": Sender(
        "E",
        "game_studio",
        "en",
        E_ORG,
        E_C,
        Person("Mads Korsvik", "DPO", "+47 948 70 216", "privacy@nordlysfabrikken.com"),
        "Nordlysfabrikken Games AS",
        Org("Vocalis AB", "SE 559112-7741", "Kungsgatan 44, 111 35 Stockholm, Sweden"),
        Person("Elin Sjöberg", "Enterprise Support", "+46 8 520 113 48", "elin.sjoberg@vocalis.se"),
        "Cheers,\n" + _sig(E_C, E_ORG, "+47 402 11 873"),
        "",
        (
            "Who to contact",
            "What we will do",
            "Why it is necessary and proportionate",
            "What could go wrong and what we do about it",
            "Board sign-off",
        ),
        "DPIA",
    ),
    "F": Sender(
        "F",
        "mobile_operator",
        "nb",
        F_ORG,
        F_C,
        Person("Anette Grini", "personvernombud", "22 30 71 45", "anette.grini@tindra.no"),
        "Tindra Mobil AS",
        Org("Geodata Norden AS", "916 227 401", "Sandakerveien 138, 0484 Oslo"),
        Person("Petter Solli", "leveranseansvarlig", "930 55 612", "petter.solli@geodatanorden.no"),
        "Med vennlig hilsen\n" + _sig(F_C, F_ORG, "Direkte 22 30 71 00 | Mobil 982 40 516"),
        "Denne e-posten kan inneholde taushetsbelagt informasjon.",
        (
            "Kontaktpunkter",
            "Systematisk beskrivelse",
            "Nødvendighet og proporsjonalitet",
            "Risiko for de registrerte",
            "Ledelsens validering",
        ),
        "Rapport – vurdering av personvernkonsekvenser",
    ),
    "G": Sender(
        "G",
        "dairy_cooperative",
        "nb",
        G_ORG,
        G_C,
        Person("Ole Kjetil Rønning", "personvernombud", "74 83 12 77", "pvo@melkelaget.no"),
        "Melkelaget Midt SA",
        Org("Agrisky Data AS", "919 552 118", "Innherredsveien 7, 7014 Trondheim"),
        Person("Siri Hammer", "kundeansvarlig", "995 03 472", "siri.hammer@agrisky.no"),
        "Hilsen\n" + _sig(G_C, G_ORG, "Tlf 74 83 12 60 / 911 20 845\nMeieriet (vakt): 74 83 12 00"),
        "",
        ("Kontaktpersoner", "Beskrivelse", "Nødvendighet", "Risiko", "Styrets vedtak"),
        "Vurdering av personvernkonsekvenser",
    ),
    "H": Sender(
        "H",
        "travel_agency",
        "nb",
        H_ORG,
        H_C,
        Person("Bjørn Aune", "personvernombud", "481 66 205", "bjorn.aune@reisefeber.no"),
        "Reisefeber AS",
        Org("Travelbase Systems GmbH", "HRB 204117", "Lindwurmstraße 88, 80337 München"),
        Person("Katrin Huber", "Key Account Nordics", "+49 89 2154 8830", "k.huber@travelbase.de"),
        "Hilsen " + _sig(H_C, H_ORG, "73 80 44 19"),
        "",
        (
            "Kontakt",
            "Behandlingen",
            "Nødvendighet og forholdsmessighet",
            "Risiko og tiltak",
            "Ledelsens godkjenning",
        ),
        "DPIA",
    ),
    "I": Sender(
        "I",
        "security_guards",
        "nb",
        I_ORG,
        I_C,
        Person("Vibeke Olsen", "personvernombud", "75 50 88 12", "vibeke.olsen@vaktkorpsnord.no"),
        "Vaktkorps Nord AS",
        Org("Bodycam Norge AS", "924 611 390", "Tollbugata 17, 8006 Bodø"),
        Person("Espen Lie", "servicesjef", "416 80 233", "espen@bodycamnorge.no"),
        "Med hilsen\n"
        + _sig(
            I_C, I_ORG, "Sentralbord 75 50 88 00 | Driftssentral 24/7 75 50 88 88\nMobil 906 71 442"
        ),
        "Vaktkorps Nord AS er godkjent vaktselskap etter vaktvirksomhetsloven.",
        (
            "Hvem kan dere kontakte?",
            "Hva skal behandles, og hvordan?",
            "Hvorfor er behandlingen nødvendig og forholdsmessig?",
            "Hvilke risikoer ser vi, og hva gjør vi med dem?",
            "Hvem har godkjent vurderingen?",
        ),
        "Personvernkonsekvensvurdering",
    ),
    "J": Sender(
        "J",
        "fitness_chain",
        "nb",
        J_ORG,
        J_C,
        Person("Kim André Nilsen", "personvernombud", "21 09 33 90", "kim.nilsen@pulsverket.no"),
        "Pulsverket Trening AS",
        Org("Faceaccess Nordic AB", "SE 559307-2218", "Stora Nygatan 9, 211 37 Malmö, Sverige"),
        Person("Johan Ek", "kundeansvarig", "+46 40 601 77 14", "johan.ek@faceaccess.se"),
        "Med vennlig hilsen\n" + _sig(J_C, J_ORG, "Tlf 21 09 33 70"),
        "",
        (
            "Kontaktinformasjon",
            "Beskrivelse av behandlingen",
            "Vurdering av nødvendighet",
            "Risikovurdering",
            "Ledelsens gjennomgang",
        ),
        "Vurdering av personvernkonsekvenser",
    ),
}
