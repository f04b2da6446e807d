"""dashboard/case_view.py: the case page's timeline, deadlines, parts, crypto record and notices."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from cases.model import CaseEvent
from dashboard.case_view import (
    CryptoView,
    DeadlineView,
    PartView,
    TimelineEntry,
    crypto_view,
    deadline_views,
    local_time,
    notice_detail,
    part_overrides,
    part_views,
    timeline,
)
from deadlines.calendar import long_date
from deadlines.clock import derive_clock

OSLO = ZoneInfo("Europe/Oslo")
T0 = date(2026, 3, 2)  # a Monday
AT = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)  # 3 March 00:30 in Oslo


def event(kind: str, actor: str = "kari", **data: object) -> CaseEvent:
    return CaseEvent(kind, AT, actor, data)


def test_times_are_shown_in_the_local_zone() -> None:
    assert local_time(AT, OSLO) == "03.03.2026 00:30"


def test_the_timeline_shows_labels_names_and_only_the_readable_details() -> None:
    events = [
        event("info_requested", sent_on="2026-03-04", what="DPIA", sha256="ab", reason=""),
        event("completeness_checked", "system", verdict="missing", on=date(2026, 3, 5)),
        event("received", "robot", encryption="pgp_mime", signature="valid", note=None),
        event("custom_kind", "ola", caseworker="kari", override_reason=None),
    ]
    entries = timeline(events, OSLO, {"kari": "Kari Nordmann", "system": "Systemet"})
    assert entries == [
        TimelineEntry("03.03.2026 00:30", "Opplysninger etterspurt", "Kari Nordmann",
                      ("sendt: onsdag 4. mars 2026", "etterspurt: DPIA")),
        TimelineEntry("03.03.2026 00:30", "Dokumentasjonen kontrollert", "Systemet",
                      ("vurdering: Mangler", "dato: torsdag 5. mars 2026")),
        TimelineEntry("03.03.2026 00:30", "Anmodning mottatt", "robot",
                      ("kryptering: OpenPGP (PGP/MIME)", "signatur: Gyldig signatur")),
        TimelineEntry("03.03.2026 00:30", "custom_kind", "ola", ("saksbehandler: kari",)),
    ]  # fmt: skip


def test_deadline_views_list_each_computed_deadline_and_mark_the_final_one() -> None:
    clock = derive_clock(T0, [], date(2026, 3, 10))
    views = deadline_views(clock)
    deadlines = clock.deadlines
    assert [v.label for v in views] == [
        deadlines.notice_target_4w.label,
        deadlines.notice_limit_1m.label,
        deadlines.d8.label,
    ]
    assert views[2] == DeadlineView(
        deadlines.d8.label, "mandag 27. april 2026", deadlines.d8.trail, True
    )
    assert [v.is_final for v in views] == [False, False, True]
    extended = derive_clock(T0, [event("extended", notice_sent_on="2026-03-20")], T0)
    assert [v.is_final for v in deadline_views(extended)] == [False, False, False, True]


SPEC_PARTS = [(1, "Formål"), (2, "Risiko"), (3, "Tiltak")]


def test_parts_are_not_assessed_while_the_check_has_not_run() -> None:
    assert part_views(None, SPEC_PARTS[:1]) == [PartView(1, "Formål", "", "ikke vurdert", "", ())]


def test_parts_are_read_from_every_stored_shape() -> None:
    flat = {"1": "present", "2": "missing", "x": "ignored"}
    nested = {"parts": [{"number": 1, "verdict": "present"}, {"number": 2, "verdict": "missing"},
                        "not a mapping", {"number": "?", "verdict": "present"}]}  # fmt: skip
    for parts in (flat, nested, nested["parts"]):
        views = part_views(parts, SPEC_PARTS)
        assert [(v.verdict, v.verdict_label) for v in views] == [
            ("present", "Foreligger"),
            ("missing", "Mangler"),
            ("", "ikke vurdert"),
        ]
    assert part_views("garbage", SPEC_PARTS[:1])[0].verdict == ""


def test_a_part_shows_its_note_and_evidence() -> None:
    parts = {
        "1": {
            "verdict": "uncertain",
            "note": "bare nevnt",
            "evidence": [
                {"source": "dpia.pdf", "location": "side 2", "excerpt": "Formålet er"},
                {"source": "e-postteksten", "location": "", "excerpt": ""},
                "fritekst",
            ],
        },
        "2": {"verdict": "present", "evidence": "not a list"},
    }
    first, second, _ = part_views(parts, SPEC_PARTS)
    assert first == PartView(
        1, "Formål", "uncertain", "Usikker", "bare nevnt",
        ("dpia.pdf, side 2: «Formålet er»", "e-postteksten", "fritekst"),
    )  # fmt: skip
    assert (second.note, second.evidence) == ("", ())


def test_the_newest_caseworker_verdict_overrides_the_check() -> None:
    events = [
        event("part_assessed", "kari", part="2", verdict="present", reason="står i vedlegg"),
        event("other", part="1"),
        event("part_assessed", "ola", part=2, verdict="missing", reason="feil vedlegg"),
        event("part_assessed", "ola", part=3, verdict="present"),
    ]
    overrides = part_overrides(events)
    assert set(overrides) == {2, 3}
    assert overrides[2]["actor"] == "ola"
    views = part_views({"2": {"verdict": "present", "note": "funnet"}}, SPEC_PARTS, overrides)
    assert [(v.verdict, v.note) for v in views] == [
        ("", ""),
        ("missing", "Overstyrt av ola: feil vedlegg"),
        ("present", "Overstyrt av ola: "),
    ]


def test_the_crypto_record_of_a_submission() -> None:
    row = (7, AT, "Emne", "registered", "x", "pgp_mime+attachment", ["AB", "CD"], "bad", "F1", 0)
    assert crypto_view(row, OSLO) == CryptoView(
        7, "03.03.2026 00:30", "Emne", "registered",
        "OpenPGP (PGP/MIME), OpenPGP-kryptert vedlegg", "Ugyldig signatur", "F1", "AB, CD",
    )  # fmt: skip
    plain = crypto_view((8, AT, "E", "received", None, "", None, "none", None, 0), OSLO)
    assert (plain.encryption, plain.signature) == ("Ikke kryptert", "Ikke signert")
    assert (plain.signer_fingerprint, plain.recipient_key_ids) == ("", "")


def test_the_notice_after_an_action_says_what_it_did() -> None:
    clock = derive_clock(T0, [], date(2026, 3, 10))
    letter = ("Varsel", ["a@b.example", "c@d.example"])
    final = "mandag 27. april 2026"
    assert notice_detail("forlenget", clock, "registered", None) == f"Gjeldende svarfrist: {final}."
    assert notice_detail("mottatt", clock, "registered", letter) == (
        f"Gjeldende svarfrist: {final}. "
        "Brevet «Varsel» er lagt i utboksen til a@b.example, c@d.example."
    )
    assert notice_detail("vurdert", clock, "deficient", None) == "Status: Mangelfull."
    assert notice_detail("etterspurt", clock, "registered", None) == ""  # no stop recorded
    stopped = derive_clock(T0, [event("info_requested", sent_on="2026-03-04")], date(2026, 3, 10))
    assert notice_detail("etterspurt", stopped, "registered", None) == (
        "Fristen står stille fra onsdag 4. mars 2026; foreløpig svarfrist "
        f"{long_date(stopped.deadlines.final_deadline.on)}."
    )
    assert notice_detail("annet", clock, "registered", None) == ""
