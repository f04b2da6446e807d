"""Pure: the completeness judgement of a submission (which documentation parts it holds).

May import: reading (the document model) and cases' pure values. No I/O.
"""

from completeness.check import check_completeness
from completeness.types import (
    BODY_SOURCE,
    NOT_ATTACHED_NOTE,
    CaseTypeSpec,
    CompletenessReport,
    ContactCues,
    Evidence,
    PartResult,
    PartSpec,
    Verdict,
)

__all__ = [
    "BODY_SOURCE",
    "NOT_ATTACHED_NOTE",
    "CaseTypeSpec",
    "CompletenessReport",
    "ContactCues",
    "Evidence",
    "PartResult",
    "PartSpec",
    "Verdict",
    "check_completeness",
]
