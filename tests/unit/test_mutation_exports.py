"""dashboard/exports.py: the case list as CSV and XLSX, in bokmål and without formula injection."""

from __future__ import annotations

import io
from datetime import date

import pandas as pd
from openpyxl import load_workbook

from dashboard.exports import HEADINGS, XLSX, export_frame, to_csv, to_xlsx


def case_list() -> pd.DataFrame:
    rows = [
        {
            "reference": "26/00001",
            "title": '=HYPERLINK("http://x")',
            "section": "Seksjon A",
            "caseworker": "+kari",
            "status": "rejected",
            "milestone": "running_8w",
            "deadline_on": date(2026, 5, 20),
            "days_left": -3,
            "risk": "red",
            "final_on": date(2026, 5, 20),
            "received_on": date(2026, 3, 25),
            "not_exported": "hemmelig",
        },
        {
            "reference": "26/00002",
            "title": "Kamera-overvåking",
            "section": "-B",
            "caseworker": "@ola",
            "status": "unknown_status",
            "milestone": "clock_stopped",
            "deadline_on": date(2026, 6, 3),
            "days_left": 12,
            "risk": "green",
            "final_on": date(2026, 6, 3),
            "received_on": date(2026, 4, 8),
            "not_exported": "hemmelig",
        },
    ]
    return pd.DataFrame(rows)


def test_the_export_has_the_bokmaal_headings_in_order_and_labels() -> None:
    table = export_frame(case_list())
    assert list(table.columns) == list(HEADINGS.values())
    assert list(table["Status"]) == ["Avvist", "unknown_status"]
    assert list(table["Milepæl"]) == ["Løper mot 8 uker", "Fristen står stille"]
    assert list(table["Risiko"]) == ["Høy risiko", "Lav risiko"]
    assert list(table["Virkedager igjen"]) == [-3, 12]


def test_text_a_spreadsheet_would_run_is_prefixed_with_an_apostrophe() -> None:
    table = export_frame(case_list())
    assert table["Tittel"][0] == '\'=HYPERLINK("http://x")'
    assert table["Tittel"][1] == "Kamera-overvåking"
    assert list(table["Saksbehandler"]) == ["'+kari", "'@ola"]
    assert table["Seksjon"][1] == "'-B"
    for start in ("\tx", "\rx"):
        frame = case_list()
        frame.loc[0, "title"] = start
        assert export_frame(frame)["Tittel"][0] == "'" + start


def test_the_csv_is_semicolon_separated_utf8_with_a_byte_order_mark() -> None:
    data, media_type = to_csv(case_list())
    assert media_type == "text/csv; charset=utf-8"
    assert data.startswith("\ufeff".encode())
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == ";".join(HEADINGS.values())
    assert lines[1].startswith("26/00001;")
    assert ";2026-05-20;-3;" in lines[1]
    assert "hemmelig" not in data.decode("utf-8-sig")


def test_dates_with_a_time_of_day_are_written_as_dates() -> None:
    frame = case_list()
    for column in ("deadline_on", "final_on", "received_on"):
        frame[column] = pd.to_datetime(["2026-05-20 14:30", "2026-06-03 08:00"])
    lines = to_csv(frame)[0].decode("utf-8-sig").splitlines()
    assert lines[1].endswith(";2026-05-20;2026-05-20")  # final_on and received_on
    assert ";2026-05-20;-3;" in lines[1]
    assert "14:30" not in lines[1]


def test_the_xlsx_has_one_sheet_of_cases_with_dates_formatted() -> None:
    data, media_type = to_xlsx(case_list())
    assert media_type == XLSX
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet.title == "Saker"
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(HEADINGS.values())
    assert rows[1][0] == "26/00001" and rows[1][4] == "Avvist"
    assert len(rows) == 3
    for column in ("G", "J", "K"):
        assert [cell.number_format for cell in sheet[column][1:]] == ["DD.MM.YYYY"] * 2
    assert sheet["H2"].number_format == "General"
