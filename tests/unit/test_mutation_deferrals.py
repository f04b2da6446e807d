"""completeness/deferrals.py: a line that opens a list of what will follow."""

from __future__ import annotations

import pytest

from completeness.deferrals import opens_deferred_list
from config.case_types import load_case_type

SPEC = load_case_type("prior_consultation")


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("Følgende ettersendes:", True),
        ("The following will follow:  \n", True),
        ("Følgende dokumenter ettersendes.", False),  # a deferral, but no list under it
        ("Vedlagt følger:", False),  # a list, but nothing deferred
    ],
)
def test_a_deferred_list_is_a_deferral_ending_in_a_colon(line: str, opens: bool) -> None:
    assert opens_deferred_list(SPEC, line) is opens
