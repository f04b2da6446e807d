"""R-CP-40: a part said to come in a message of its own is announced for later."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from config.case_types import load_case_type

DPIA = """Kontaktperson: Siri Lunde, tlf. 55 11 22 33, siri.lunde@helse.kommune.no
Personvernombud: Per Moe, tlf. 91 00 11 22, personvernombud@helse.kommune.no
Databehandler: ingen.

Nødvendighet og forholdsmessighet
Screening på papir er vurdert, men gir færre svar. Deltakelse er frivillig, og foreldrene får
informasjon om behandlingen og innsyn i egne svar.

Risikovurdering
Høy risiko for at sensitive svar om psykisk helse kommer på avveie. Tiltak: kryptering og
tilgangsstyring. Restrisikoen er høy.

Ledelsens validering
Kommunedirektøren behandlet vurderingen to ganger og besluttet å be om forhåndsdrøftelse.
"""


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def judged(spec: CaseTypeSpec, sentence: str) -> CompletenessReport:
    body = f"Hei\n\nKommunen ber om forhåndsdrøftelse for helsestasjonsappen.\n{sentence}\n"
    document = Document("dpia.pdf", "application/pdf", len(DPIA), "0" * 64, DPIA)
    return check_completeness(spec, body, [document], "Forhåndsdrøftelse helsestasjonsapp")


@pytest.mark.parametrize(
    "sentence",
    [
        "Beskrivelsen av behandlingen sendes i en separat e-post fra prosjektleiaren.",
        "Skildringa av behandlinga kjem i ein eigen e-post.",
        "The description of the processing will come in a separate email.",
    ],
)
def test_a_part_to_come_in_another_message_is_missing(spec: CaseTypeSpec, sentence: str) -> None:
    report = judged(spec, sentence)
    assert report.parts[1].verdict is Verdict.MISSING, report.parts[1].note
    assert report.missing_parts == (2,)


def test_a_part_in_a_file_of_its_own_is_not_announced_for_later(spec: CaseTypeSpec) -> None:
    report = judged(spec, "Beskrivelsen av behandlingen kommer i en egen fil.")
    assert report.parts[1].verdict is not Verdict.MISSING
