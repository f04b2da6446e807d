"""R-CP-38: a «Label: text» line right under a heading opens that heading's text."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from config.case_types import load_case_type

DPIA = """DPIA – registrering av skoleskyss
Kontaktperson: Siri Lunde, tlf. 55 11 22 33, siri.lunde@bussdrift.no
Personvernombud: Per Moe, tlf. 91 00 11 22, personvernombud@bussdrift.no

Om behandlingen
Bussdrift AS vil registrere når om lag 9 000 elever går på og av bussen. Kortnummer og
holdeplass lagres i 60 dager og deles med skolene.

Nødvendighet og forholdsmessighet
{opening}: at ingen barn blir glemt på bussen. Manuelt opprop er vurdert, men fungerer dårlig
på lange ruter. Foresatte ser bare eget barn, appen er frivillig, og posisjon vises ikke i
sanntid.

Risikovurdering
Høy risiko for at en forelder uten foreldreansvar får vite hvor barnet er. Tiltak: tilgang
krever foreldreansvar. Restrisikoen er høy.

Ledelsens validering
Ledergruppen behandlet vurderingen 6. og 27. oktober og besluttet å be om forhåndsdrøftelse.
"""


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def judged(spec: CaseTypeSpec, opening: str) -> CompletenessReport:
    text = DPIA.format(opening=opening)
    document = Document("dpia.docx", "application/pdf", len(text), "0" * 64, text)
    return check_completeness(spec, "Se vedlegg.", [document], "Anmodning om forhåndsdrøftelse")


@pytest.mark.parametrize("opening", ["Formål", "Purpose"])
def test_a_label_of_another_part_under_a_heading_does_not_empty_the_section(
    spec: CaseTypeSpec, opening: str
) -> None:
    report = judged(spec, opening)
    assert report.parts[2].verdict is Verdict.PRESENT, report.parts[2].note
    assert report.outcome == "registered"
