# ruff: noqa: E501
"""The ten blind28 senders: their people, signatures and the pieces of their own templates."""

from __future__ import annotations

from dataclasses import dataclass

from topics import Topic


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    phone: str
    email: str


# A: Fjordkreditt Teknologi AS (fintech)
A_CONTACT = Person(
    "Ingrid Vassbotn", "Head of Compliance", "+47 913 44 208", "ingrid.vassbotn@fjordkreditt.no"
)
A_DPO = Person(
    "Henrik Aasland", "Personvernombud", "+47 928 10 774", "personvernombud@fjordkreditt.no"
)
A_PROC = Person(
    "Mette Kjærgaard",
    "Customer Success Lead, Bankdata Connect ApS",
    "+45 31 22 84 90",
    "mette.kjaergaard@bankdataconnect.dk",
)
A_FROM = "Ingrid Vassbotn <ingrid.vassbotn@fjordkreditt.no>"

# B: Kornmo Dagligvare AS (grocery chain with loyalty app)
B_CONTACT = Person(
    "Tor Einar Rustad", "Leder kundeprogram", "+47 400 12 387", "tor.einar.rustad@kornmo.no"
)
B_DPO = Person("Camilla Strand", "Personvernombud", "+47 481 20 665", "camilla.strand@kornmo.no")
B_PROC = Person(
    "Siobhan Kearney",
    "Account Director, Insightly Retail Analytics Ltd",
    "+353 1 554 2090",
    "siobhan.kearney@insightlyretail.ie",
)
B_FROM = "Tor Einar Rustad <tor.einar.rustad@kornmo.no>"
B_CONSULT = "Klarsyn Personvern AS"

# C: Styrke Treningssentre AS (gym chain)
C_CONTACT = Person("Marius Bakke", "Driftsdirektør", "+47 934 55 120", "marius.bakke@styrke.no")
C_DPO = Person(
    "Lise Hovland",
    "Personvernombud (Personvernkontoret AS)",
    "+47 22 40 18 90",
    "lise@personvernkontoret.no",
)
C_PROC = Person(
    "Johan Lindqvist",
    "Key Account Manager, Visiogate AB",
    "+46 8 520 331 40",
    "johan.lindqvist@visiogate.se",
)
C_PROC2 = Person(
    "Ronny Sæle",
    "Kundeansvarlig, Sentinel Vakt AS",
    "+47 23 17 60 00",
    "ronny.saele@sentinelvakt.no",
)
C_FROM = "Marius Bakke <marius.bakke@styrke.no>"

# D: Havbris Forsikringsmegling AS (insurance broker)
D_CONTACT = Person(
    "Solveig Lunde", "Compliance-ansvarlig", "+47 952 33 017", "solveig.lunde@havbris.no"
)
D_DPO = Person("Arve Myhre", "Personvernombud", "+47 917 60 442", "arve.myhre@havbris.no")
D_PROC = Person(
    "Nils Rørvik",
    "Leveranseansvarlig, Claimsight AS",
    "+47 23 96 41 00",
    "nils.rorvik@claimsight.no",
)
D_FROM = "Solveig Lunde <solveig.lunde@havbris.no>"

# E: Nordvei Logistikk AS (logistics)
E_CONTACT = Person(
    "Kjetil Brekke", "HMS- og kvalitetssjef", "+47 915 78 306", "kjetil.brekke@nordvei.no"
)
E_DPO = Person(
    "Anne-Lise Fossum", "Personvernombud", "+47 984 11 250", "annelise.fossum@nordvei.no"
)
E_PROC = Person(
    "Kadri Tamm",
    "Data Protection Officer, Fleetwise Telematics OÜ",
    "+372 5661 2034",
    "kadri.tamm@fleetwise.ee",
)
E_FROM = "Kjetil Brekke <kjetil.brekke@nordvei.no>"

# F: Talentbro AS (HR-tech SaaS)
F_CONTACT = Person(
    "Daniel Okafor", "Head of Trust & Privacy", "+47 464 20 901", "daniel.okafor@talentbro.io"
)
F_DPO = Person("Marte Kolstad", "Data Protection Officer", "+47 930 44 712", "dpo@talentbro.io")
F_PROC = Person(
    "Aoife Brennan",
    "Privacy Counsel, Nimbus Compute Ireland Ltd",
    "+353 1 699 3051",
    "aoife.brennan@nimbuscompute.ie",
)
F_FROM = "Daniel Okafor <daniel.okafor@talentbro.io>"

# G: Portal Eiendomsforvaltning AS (property manager)
G_CONTACT = Person(
    "Randi Stokke", "Forvaltningssjef", "+47 977 21 408", "randi.stokke@portaleiendom.no"
)
G_DPO = Person(
    "Petter Berg",
    "Advokat, Lund & Berg Advokatfirma AS (personvernombud)",
    "+47 22 00 71 45",
    "pb@lundberg-advokat.no",
)
G_PROC = Person(
    "Ole-Martin Haugen", "Prosjektleder, Låsnett AS", "+47 33 44 90 12", "ole.martin@lasnett.no"
)
G_FROM = "Randi Stokke <randi.stokke@portaleiendom.no>"

# H: Kjørdel AS (car sharing)
H_CONTACT = Person("Ahmed Rahimi", "Produktsjef", "+47 412 90 338", "ahmed.rahimi@kjordel.no")
H_DPO = Person("Kristin Sæther", "Personvernombud", "+47 905 66 218", "kristin.saether@kjordel.no")
H_PROC = Person(
    "Lukas Brandt",
    "Datenschutzkoordinator, Geonode Telematics GmbH",
    "+49 30 2589 4410",
    "l.brandt@geonode.de",
)
H_FROM = "Ahmed Rahimi <ahmed.rahimi@kjordel.no>"

# I: Lærloft AS (e-learning for schools)
I_CONTACT = Person("Hilde Gran", "Fagdirektør", "+47 938 02 155", "hilde.gran@laerloft.no")
I_DPO = Person("Jonas Vik", "Personvernombud", "+47 458 71 903", "jonas.vik@laerloft.no")
I_PROC = Person(
    "Aino Virtanen",
    "Customer Privacy Manager, Edvance Cloud Oy",
    "+358 40 512 7781",
    "aino.virtanen@edvancecloud.fi",
)
I_CEO = Person("Bjørnar Lie", "Daglig leder", "+47 900 18 230", "bjornar.lie@laerloft.no")
I_FROM = "Hilde Gran <hilde.gran@laerloft.no>"

# J: Småtroll Barnehagar AS (kindergarten chain, nynorsk)
J_CONTACT = Person("Gunnhild Myklebust", "Fagleiar", "+47 951 30 442", "gunnhild@smatroll.no")
J_DPO = Person("Eirik Nesheim", "Personvernombod", "+47 472 81 650", "eirik.nesheim@smatroll.no")
J_PROC = Person(
    "Linn Fosse",
    "Kundeansvarleg, Barnehageappen AS",
    "+47 55 90 31 22",
    "linn.fosse@barnehageappen.no",
)
J_FROM = "Gunnhild Myklebust <gunnhild@smatroll.no>"


def risk_table(t: Topic, head: tuple[str, str, str, str]) -> str:
    """The topic's risks as a markup table with the sender's own column titles."""
    rows = [f"| {' | '.join(head)} |"]
    rows += [f"| {r} | {p} | {c} | {m} |" for r, p, c, m in t.risks]
    return "\n".join(rows)


def risk_bare(t: Topic, head: str) -> str:
    """Only the risks, no assessment and no measures (a half-filled register)."""
    return "\n".join([f"| Nr | {head} |"] + [f"| {i} | {r[0]} |" for i, r in enumerate(t.risks, 1)])


def not_taken(t: Topic, joiner: str) -> str:
    return "\n".join(f"- {m}{joiner}{why}." for m, why in t.not_taken)


def mail_sig(p: Person, org: str, extra: str = "") -> str:
    return f"{p.name}\n{p.title}\n{org}\nTlf. {p.phone}\n{p.email}" + (
        f"\n{extra}" if extra else ""
    )
