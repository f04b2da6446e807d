"""Test support: a request laid out by part (R-CP-34, R-CP-35, R-CP-37 tests share it)."""

from __future__ import annotations

SECTIONS = """1. Kontaktinformasjon
Kontaktperson: Siri Lunde, tlf. 55 11 22 33, siri.lunde@nettselskap.no
Personvernombud: Per Moe, tlf. 91 00 11 22, personvernombud@nettselskap.no

2. Systematisk beskrivelse av behandlingen
Nettselskapet vil analysere måleverdier fra om lag 50 000 husholdninger for å finne
overbelastning. Data lagres i tre år og deles ikke med andre.

3. Vurdering av nødvendighet og proporsjonalitet
Aggregerte data per nettstasjon er vurdert, men gir ikke nok presisjon. Behandlingen bygger på
rettslig forpliktelse, og bare nødvendige målepunkter brukes.

4. Risikovurdering (DPIA)
Høy risiko for kartlegging av når beboerne er hjemme. Tiltak: kryptering og tilgangslogg.
Restrisikoen er høy.
"""
VALIDATION = """
5. Ledelsens validering av DPIA
Styret behandlet vurderingen 19.10.2026 og besluttet å be om forhåndsdrøftelse.
"""
