#!/usr/bin/env python3
"""Workbooks for the .xlsx input tests, written by openpyxl (an independent writer).

Run from anywhere: python3 make_xlsx_fixtures.py [REPO_ROOT]. Writes xlsx/*.xlsx here and the
user-facing copies Examples/schools-2023.xlsx and Examples/documents/progress-2023.xlsx.
"""
import csv
import datetime
import io
import os
import shutil
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(HERE, "xlsx")
os.makedirs(OUT, exist_ok=True)


def read_csv(path):
    text = open(path, "rb").read().decode("cp1251")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def fixed(wb):
    # Fixed timestamps so that rerunning gives the same bytes apart from zip dates.
    wb.properties.created = datetime.datetime(2023, 1, 1)
    wb.properties.modified = datetime.datetime(2023, 1, 1)


# --- The schools list: a title above the header, a second sheet, municipality cells merged
# down over their schools.
rows = read_csv(os.path.join(ROOT, "Examples", "schools-2023.csv"))
header, body = rows[0], [r for r in rows[1:] if any(r)]
wb = Workbook()
fixed(wb)
ws = wb.active
ws.title = "Школы"
ws["A1"] = "Перечень школ — участников проекта «500+» в 2023 году"
ws["A1"].font = Font(bold=True)
ws["A2"] = "по состоянию на 01.02.2023"
ws.append([])
ws.append(header)
start = 5
for r in body:
    ws.append(r)
# Merge the municipality cell down over consecutive rows of the same municipality.
row = start
while row < start + len(body):
    end = row
    while end + 1 < start + len(body) and ws.cell(end + 1, 1).value == ws.cell(row, 1).value:
        end += 1
    if end > row:
        for r in range(row + 1, end + 1):
            ws.cell(r, 1).value = None
        ws.merge_cells(start_row=row, start_column=1, end_row=end, end_column=1)
        ws.cell(row, 1).alignment = Alignment(vertical="top")
    row = end + 1
notes = wb.create_sheet("Примечания")
notes["A1"] = "Список составлен по данным регионального оператора."
wb.save(os.path.join(OUT, "schools-2023.xlsx"))

# --- The progress report: dates as date cells (DD.MM.YYYY), a title row above the header.
rows = read_csv(os.path.join(ROOT, "Examples", "documents", "progress-2023.csv"))
header, body = rows[0], [r for r in rows[1:] if any(r)]
date_columns = [i for i, h in enumerate(header) if h.startswith("Дата")]


def progress_book(path, epoch1904=False):
    wb = Workbook()
    fixed(wb)
    if epoch1904:
        wb.epoch = datetime.datetime(1904, 1, 1)
    ws = wb.active
    ws.title = "Отчёт"
    ws["A1"] = "Сводный отчёт школ об исполнении дорожных карт, 2023 год"
    ws.append(header)
    for r in body:
        cells = list(r)
        for i in date_columns:
            if cells[i]:
                d, m, y = (int(x) for x in cells[i].split("."))
                cells[i] = datetime.date(y, m, d)
        ws.append(cells)
        for i in date_columns:
            ws.cell(ws.max_row, i + 1).number_format = "DD.MM.YYYY"
    ws.freeze_panes = "A3"
    wb.save(path)


progress_book(os.path.join(OUT, "progress-2023.xlsx"))

# --- 4,000 rows for the benchmark (roadmap-bench office): the report's rows repeated, each
# repetition reported one day later, so that every row is a distinct record.
wb = Workbook()
fixed(wb)
ws = wb.active
ws.title = "Отчёт"
ws.append(header)
report_column = header.index("Дата отчёта")
for n in range(4000):
    cells = list(body[n % len(body)])
    for i in date_columns:
        if cells[i]:
            d, m, y = (int(x) for x in cells[i].split("."))
            cells[i] = datetime.date(y, m, d)
    if cells[report_column]:
        cells[report_column] = cells[report_column] + datetime.timedelta(days=n // len(body))
    ws.append(cells)
    for i in date_columns:
        ws.cell(ws.max_row, i + 1).number_format = "DD.MM.YYYY"
wb.save(os.path.join(OUT, "progress-4000.xlsx"))
progress_book(os.path.join(OUT, "progress-2023-1904.xlsx"), epoch1904=True)

# --- Cell kinds in one sheet: inline strings, a formula, a boolean, built-in date format 14,
# a custom date format, a number in a text-like format, a large code, a decimal.
wb = Workbook()
fixed(wb)
ws = wb.active
ws.title = "Ячейки"
ws["A1"] = 390124
ws["B1"] = 0.25
ws["C1"] = datetime.date(2023, 6, 30)
ws["C1"].number_format = "mm-dd-yy"  # built-in id 14
ws["D1"] = datetime.date(2023, 11, 30)
ws["D1"].number_format = '[$-419]DD MMMM YYYY "г."'
ws["E1"] = True
ws["F1"] = "=A1+1"
ws["G1"] = 45000
ws["G1"].number_format = "0.00"
ws["H1"] = "«Школа» & <№ 5>"
ws.merge_cells("A3:C4")
ws["A3"] = "Объединённая"
wb.save(os.path.join(OUT, "cells.xlsx"))

# --- A workbook written by hand (zipfile): inline strings, a formula's cached string, a
# boolean, an ISO date cell (t="d"), cells without references, a phonetic run, 1904 dates.
import zipfile

parts = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Первый" sheetId="1" r:id="rId7"/><x:sheet name="Второй" sheetId="2" r:id="rId8"/></x:sheets></x:workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId8" Type="worksheet" Target="/xl/worksheets/b.xml"/><Relationship Id="rId7" Type="worksheet" Target="worksheets/a.xml"/></Relationships>',
    "xl/styles.xml": '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/></cellXfs></styleSheet>',
    "xl/sharedStrings.xml": '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>Шко</t></r><r><t xml:space="preserve">ла </t></r><rPh><t>ガッコウ</t></rPh></si></sst>',
    "xl/worksheets/a.xml": '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c t="inlineStr"><is><t>в строке &amp; «кавычки»</t></is></c><c t="s"><v>0</v></c><c t="str"><f>A2&amp;"!"</f><v>итог!</v></c><c t="b"><v>1</v></c><c r="F2" s="1"><v>0</v></c><c r="G2" s="2"><v>43280</v></c><c r="H2" t="d"><v>2023-06-30T00:00:00</v></c><c r="I2"><v>3.9012400000000001E5</v></c></row></sheetData></worksheet>',
    "xl/worksheets/b.xml": '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>второй лист</t></is></c></row></sheetData></worksheet>',
}
with zipfile.ZipFile(os.path.join(OUT, "handmade.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in parts.items():
        z.writestr(name, text.encode("utf-8"))

shutil.copy(os.path.join(OUT, "schools-2023.xlsx"), os.path.join(ROOT, "Examples", "schools-2023.xlsx"))
shutil.copy(os.path.join(OUT, "progress-2023.xlsx"), os.path.join(ROOT, "Examples", "documents", "progress-2023.xlsx"))
