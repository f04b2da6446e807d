"""The ten senders of blind32: who they are, the tag every one of their cases carries.

The sender of id n is ``SENDERS[((n - 1) % 20) // 2]``; each case module (``cases_a.py`` …
``cases_j.py``) holds one sender's people, document templates, planned processings and six cases.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sender:
    letter: str
    name: str
    tag: str  # the first shape tag of each of the sender's cases
    language: str


SENDERS = (
    Sender("A", "Tindved kommune", "municipality", "nn"),
    Sender("B", "Fjellbris Trening AS", "gym_chain", "nb"),
    Sender("C", "Brightwater Logistics Norway AS", "logistics_warehouse", "en"),
    Sender("D", "Studentsamskipnaden i Midt-Norge", "student_welfare", "nb"),
    Sender("E", "Vestfjord fylkeskommune", "county_authority", "nn"),
    Sender("F", "Lumo Pay AS", "fintech", "en"),
    Sender("G", "Lillestrøm Legesenter", "gp_clinic", "nb"),
    Sender("H", "Fjordbyen Boligbyggelag", "housing_coop", "nb"),
    Sender("I", "Gauldal Buss AS", "bus_operator", "nb"),
    Sender("J", "Nordic Institute for Ageing Research", "research_institute", "en"),
)


def sender_of(cid: str) -> Sender:
    n = int(cid[1:])
    return SENDERS[((n - 1) % 20) // 2]
