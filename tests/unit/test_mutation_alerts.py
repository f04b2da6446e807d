"""deadlines/alerts.py: the section leader's digest and the alert texts, word for word.

`make mutation` showed that the digest's group boundaries (red at 3 working days or fewer, yellow
at 10 or fewer, overdue only after the deadline day) and its layout were not pinned by any test.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from cases.model import CaseEvent
from deadlines.alerts import (
    AlertInput,
    AlertKind,
    PlannedAlert,
    digest_for_section_leader,
    plan_alerts,
    render_alert_text,
)
from deadlines.clock import derive_clock

D = date.fromisoformat
TODAY = D("2026-05-12")  # Tuesday; Ascension Day is Thursday 14 May


def case(number: str, t0: str, caseworker: str | None = "kari", *events: CaseEvent) -> AlertInput:
    clock = derive_clock(D(t0), list(events), TODAY)
    return AlertInput(case_number=number, caseworker=caseworker, section="teknologi", clock=clock)


LOGGED = datetime(2026, 5, 4, 9, tzinfo=UTC)
DECIDED = CaseEvent("decided", LOGGED, "kari", {"dispatched_on": "2026-05-04"})
STOPPED = CaseEvent("info_requested", LOGGED, "kari", {"sent_on": "2026-05-04"})


def test_the_digest_groups_by_working_days_left_with_the_boundaries_included() -> None:
    cases = [
        case("2026/00009", "2026-03-12", "kari", DECIDED),  # closed: never listed
        case("2026/00008", "2026-03-12", "kari", STOPPED),  # stopped: never listed
        case("2026/00014", "2026-04-02"),  # D8 Thu 28 May: 10 left
        case("2026/00015", "2026-04-03"),  # D8 Fri 29 May: 11 left
        case("2026/00012", "2026-03-21"),  # D8 Mon 18 May: 3 left
        case("2026/00013", "2026-03-24"),  # D8 Tue 19 May: 4 left
        case("2026/00011", "2026-03-17", None),  # D8 today: due, not overdue
        case("2026/00010", "2026-03-14"),  # D8 Mon 11 May: one day over
        case("2026/00007", "2026-03-12"),  # D8 Thu 7 May: five days over
    ]
    subject, body = digest_for_section_leader(cases, TODAY)
    assert subject == "Frister tirsdag 12. mai 2026: 2 overskredet, 2 røde, 2 gule"
    assert body == (
        "Overskredet:\n"
        "  2026/00007  torsdag 7. mai 2026  (5 dager over fristen)  kari\n"
        "  2026/00010  mandag 11. mai 2026  (1 dag over fristen)  kari\n"
        "\n"
        "Rød (3 virkedager eller mindre):\n"
        "  2026/00011  tirsdag 12. mai 2026  (0 virkedager igjen)  "
        "ingen saksbehandler (teknologi)\n"
        "  2026/00012  mandag 18. mai 2026  (3 virkedager igjen)  kari\n"
        "\n"
        "Gul (10 virkedager eller mindre):\n"
        "  2026/00013  tirsdag 19. mai 2026  (4 virkedager igjen)  kari\n"
        "  2026/00014  torsdag 28. mai 2026  (10 virkedager igjen)  kari"
    )


def test_the_digest_orders_cases_on_one_deadline_by_number() -> None:
    cases = [case("2026/00002", "2026-03-18"), case("2026/00001", "2026-03-18")]
    _, body = digest_for_section_leader(cases, TODAY, case_url=lambda n: f"https://x/{n}")
    assert body == (
        "Rød (3 virkedager eller mindre):\n"
        "  2026/00001  onsdag 13. mai 2026  (1 virkedag igjen)  kari\n"
        "    https://x/2026/00001\n"
        "  2026/00002  onsdag 13. mai 2026  (1 virkedag igjen)  kari\n"
        "    https://x/2026/00002"
    )


def test_the_digest_takes_its_own_limits() -> None:
    cases = [case("2026/00012", "2026-03-21"), case("2026/00013", "2026-03-24")]
    subject, body = digest_for_section_leader(cases, TODAY, red_days=2, yellow_days=3)
    assert subject.endswith(": 0 overskredet, 0 røde, 1 gul")
    assert body.splitlines() == [
        "Gul (3 virkedager eller mindre):",
        "  2026/00012  mandag 18. mai 2026  (3 virkedager igjen)  kari",
    ]
    _, calm = digest_for_section_leader(cases, TODAY, red_days=1, yellow_days=2)
    assert calm == "Ingen åpne saker har svarfrist innen 2 virkedager."


# --- alert texts --------------------------------------------------------------------------------

T0 = D("2026-03-20")  # Friday; N4W Fri 17 April, L1M Mon 20 April, D8 Fri 15 May 2026
TRAIL_D8 = (
    "Slik er fristen beregnet:\n"
    "  - Mottatt (T0) fredag 20. mars 2026\n"
    "  - + 56 dager (8 uker) = fredag 15. mai 2026\n"
    "  - fredag 15. mai 2026 er en virkedag\n"
)


def planned(kind: AlertKind) -> PlannedAlert:
    clock = derive_clock(T0, [], D("2026-04-01"))
    alerts = plan_alerts(AlertInput("2026/00123", "kari", "teknologi", clock))
    return next(alert for alert in alerts if alert.kind is kind)


def test_a_yellow_warning_reads_in_full() -> None:
    subject, body = render_alert_text(
        planned(AlertKind.FINAL_WARNING_YELLOW), "Tittel", "https://x/1"
    )
    assert subject == "[Gul] Sak 2026/00123: svarfrist fredag 15. mai 2026"
    assert body == (
        "Sak 2026/00123: Tittel\n\n"
        "Det er 10 virkedager igjen til svarfristen fredag 15. mai 2026.\n\n"
        f"Svarfrist (8 uker): fredag 15. mai 2026\n{TRAIL_D8}\n"
        "Åpne saken: https://x/1"
    )


def test_a_red_warning_sent_on_the_deadline_day_says_today_not_overdue() -> None:
    red = planned(AlertKind.FINAL_WARNING_RED)
    subject, body = render_alert_text(red, "Tittel", "https://x/1", sent_on=D("2026-05-15"))
    assert subject == "[Rød] Sak 2026/00123: svarfrist fredag 15. mai 2026"
    assert body.split("\n\n")[1] == "Svarfristen er i dag, fredag 15. mai 2026."


def test_a_missed_deadline_reads_in_full() -> None:
    subject, body = render_alert_text(planned(AlertKind.MISSED), "Tittel", "https://x/1")
    assert subject == "[Overskredet] Sak 2026/00123: svarfristen fredag 15. mai 2026 er passert"
    assert body == (
        "Sak 2026/00123: Tittel\n\n"
        "Svarfristen gikk ut fredag 15. mai 2026 uten at svar er sendt.\n\n"
        f"Svarfrist (8 uker): fredag 15. mai 2026\n{TRAIL_D8}\n"
        "Åpne saken: https://x/1"
    )


def test_an_extension_alert_before_four_weeks_names_both_days() -> None:
    subject, body = render_alert_text(planned(AlertKind.EXTENSION_DECISION), "T", "https://x/1")
    assert subject == "Sak 2026/00123: ta stilling til forlengelse før fredag 17. april 2026"
    assert body.split("\n\n")[1] == (
        "Vurder om saken trenger seks ukers forlengelse. Varselet med begrunnelse bør sendes "
        "innen fredag 17. april 2026 (fire uker etter mottak). Siste lovlige dag for varselet "
        "med begrunnelse er mandag 20. april 2026 (én måned etter mottak)."
    )
    assert "Frist for å varsle forlengelse (4 uker): fredag 17. april 2026" in body


def test_an_extension_alert_after_four_weeks_counts_the_working_days_to_the_limit() -> None:
    alert = planned(AlertKind.EXTENSION_DECISION)
    subject, body = render_alert_text(alert, "T", "https://x/1", sent_on=D("2026-04-18"))
    assert subject == (
        "Sak 2026/00123: siste dag for varsel om forlengelse er mandag 20. april 2026"
    )
    assert body.split("\n\n")[1] == (
        "Vurder om saken trenger seks ukers forlengelse. Målet på fire uker (fredag 17. april "
        "2026) er passert. Siste lovlige dag for varselet med begrunnelse er mandag 20. april "
        "2026, om 1 virkedag (én måned etter mottak)."
    )


def test_an_alert_without_label_trail_or_limit_still_reads() -> None:
    bare = PlannedAlert(
        "2026/00001", AlertKind.EXTENSION_DECISION, D("2026-04-10"), D("2026-04-17"), "kari", "k"
    )
    subject, body = render_alert_text(bare, "T", "https://x/1", sent_on=D("2026-04-17"))
    assert subject == "Sak 2026/00001: siste dag for varsel om forlengelse er fredag 17. april 2026"
    assert body == (
        "Sak 2026/00001: T\n\n"
        "Vurder om saken trenger seks ukers forlengelse. Siste lovlige dag for varselet med "
        "begrunnelse er fredag 17. april 2026: i dag (én måned etter mottak). Senere kan "
        "fristen ikke forlenges.\n\n"
        "Frist: fredag 17. april 2026\nSlik er fristen beregnet:\n\n"
        "Åpne saken: https://x/1"
    )


def test_the_extension_alert_is_still_planned_on_the_last_legal_day() -> None:
    def kinds(today: str) -> set[AlertKind]:
        clock = derive_clock(T0, [], D(today))
        return {a.kind for a in plan_alerts(AlertInput("2026/00123", None, "s", clock))}

    assert AlertKind.EXTENSION_DECISION in kinds("2026-04-20")  # L1M, Monday 20 April
    assert AlertKind.EXTENSION_DECISION not in kinds("2026-04-21")
