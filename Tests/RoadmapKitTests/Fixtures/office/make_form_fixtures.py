#!/usr/bin/env python3
"""Filled progress forms (the layout of `roadmap progress form`, see Docs/import.md), written by
openpyxl as a school's spreadsheet program would save them.

Usage: python3 make_form_fixtures.py WORKSPACE
WORKSPACE is the tutorial's workspace after its skeleton step (Docs/tutorial.md, sections 1-4).
"""
import datetime
import json
import os
import sys

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
WS = sys.argv[1]
HEADERS = ["Номер", "Мероприятие (содержание)", "Срок исполнения", "Отчётные документы", "Статус",
           "Дата выполнения", "Подтверждающий документ", "Комментарий", "id школы", "id мероприятия", "срок отчета"]


def form(school_id, fills, edit=None):
    units = json.load(open(os.path.join(WS, "units.json")))
    school = next(s for s in units["schools"] if s["id"] == school_id)
    municipality = next(m for m in units["municipalities"] if m["id"] == school["municipality"])
    roadmap = json.load(open(os.path.join(WS, "roadmaps", "schools", school_id + ".json")))
    wb = Workbook()
    wb.properties.created = wb.properties.modified = datetime.datetime(2023, 1, 1)
    ws = wb.active
    ws.title = "Отчёт"
    ws["A1"] = "Отчёт об исполнении дорожной карты"
    ws["A2"] = "Школа: " + school["name"]
    ws["A3"] = "Муниципалитет: " + municipality["name"]
    ws["A4"] = "Период: " + str(roadmap["period"])
    ws.append([])
    ws.append(HEADERS)
    for section in roadmap["sections"]:
        for a in section["activities"]:
            status, date, document, comment = fills.get(a["id"], (None, None, None, None))
            ws.append([a.get("number") or "", a["title"], a["schedule"], "; ".join(a.get("documents", [])),
                       status, date, document, comment, school_id, a["id"], None])
            ws.cell(ws.max_row, 6).number_format = "DD.MM.YYYY"
    rule = DataValidation(type="list", formula1='"выполнено,в работе,не начато"', allow_blank=True)
    ws.add_data_validation(rule)
    rule.add(f"E7:E{ws.max_row}")
    for column in "IJK":
        ws.column_dimensions[column].hidden = True
    ws.freeze_panes = "A7"
    if edit:
        edit(ws)
    return wb


primore = {
    "r1": ("выполнено", datetime.date(2023, 2, 10), "Приказ от 10.02.2023 № 13-од", None),
    "r2": ("в работе", None, None, "Собраны сведения о кадрах"),
    "r4": ("выполнено", datetime.date(2023, 3, 1), "Протокол педсовета № 4", "проведено в срок"),
}
school102 = {
    "r1": ("выполнено", datetime.date(2023, 2, 14), "Приказ № 21", None),
    "r4": ("не начато", None, None, None),
}
out = os.path.join(HERE, "forms")
form("maou-oosh-p-primore", primore).save(os.path.join(out, "filled", "maou-oosh-p-primore.xlsx"))
form("mbou-sosh-102-uslovnaya", school102).save(os.path.join(out, "filled", "mbou-sosh-102-uslovnaya.xlsx"))


def foreign(ws):
    ws["I9"] = "mbou-sosh-102-uslovnaya"


def edited(ws):
    ws["J8"] = "r99"


def blank(ws):
    ws["J7"] = None


form("maou-oosh-p-primore", primore, foreign).save(os.path.join(out, "bad", "foreign-school.xlsx"))
form("maou-oosh-p-primore", primore, edited).save(os.path.join(out, "bad", "edited-id.xlsx"))
form("maou-oosh-p-primore", primore, blank).save(os.path.join(out, "bad", "blank-id.xlsx"))
