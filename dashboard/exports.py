"""Pure: the case list as CSV and XLSX bytes (bokmål headings, no formula injection)."""

from __future__ import annotations

import io
from collections.abc import Callable

import pandas as pd
from openpyxl import Workbook

from dashboard import labels

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADINGS = {
    "reference": "Saksnr.",
    "title": "Tittel",
    "section": "Seksjon",
    "caseworker": "Saksbehandler",
    "status": "Status",
    "milestone": "Milepæl",
    "deadline_on": "Frist som gjelder",
    "days_left": "Virkedager igjen",
    "risk": "Risiko",
    "final_on": "Svarfrist",
    "received_on": "Mottatt (T0)",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula is prefixed with an apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The list's columns with bokmål headings and labels."""
    table = frame[list(HEADINGS)].copy()
    table["status"] = table["status"].map(lambda s: labels.label(labels.STATUSES, s))
    table["milestone"] = table["milestone"].map(lambda s: labels.label(labels.MILESTONES, s))
    table["risk"] = table["risk"].map(lambda s: labels.label(labels.RISKS, s))
    table = table.map(_cell)
    return table.rename(columns=HEADINGS)


def to_csv(frame: pd.DataFrame) -> tuple[bytes, str]:
    """Semicolon-separated UTF-8 with a byte-order mark, as Norwegian Excel expects."""
    text = export_frame(frame).to_csv(index=False, sep=";", date_format="%Y-%m-%d")
    return ("\ufeff" + text).encode("utf-8"), "text/csv; charset=utf-8"


def to_xlsx(frame: pd.DataFrame) -> tuple[bytes, str]:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Saker"
    table = export_frame(frame)
    sheet.append(list(table.columns))
    for row in table.itertuples(index=False):
        sheet.append(list(row))
    # the date columns; openpyxl reads a column letter in either case, so no mutants here
    for column in ("G", "J", "K"):  # pragma: no mutate
        for cell in sheet[column][1:]:
            cell.number_format = "DD.MM.YYYY"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue(), XLSX


FORMATS: dict[str, Callable[[pd.DataFrame], tuple[bytes, str]]] = {"csv": to_csv, "xlsx": to_xlsx}
