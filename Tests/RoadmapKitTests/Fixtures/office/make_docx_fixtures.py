#!/usr/bin/env python3
"""Word documents for the .docx import tests, written by python-docx.

seeds: each seed document's text (Fixtures/seeds) laid out as Word holds it: prose lines are
paragraphs, table rows (tab-separated or markdown) are rows of Word tables, a table is broken at
each repeated header row (a page break) and continues in a new table; a row with one non-empty
cell is merged across the table (a section title); numbers «N.» in the first column of a table
are taken out of the text and produced by Word's automatic numbering (numbering.xml, «%1.»),
continuing across the broken tables; «<br>» in markdown cells becomes a line break.

features.docx: a small roadmap with two-level automatic numbering («%1.%2.», start values),
cells merged down (vMerge) and across (gridSpan), paragraphs and line breaks inside cells, a
table broken by a page with the header repeated, tracked deletions and a nested table.

Usage: python3 make_docx_fixtures.py [REPO_ROOT]
"""
import copy
import os
import re
import shutil
import sys

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SEEDS = os.path.join(HERE, "..", "seeds")
OUT = os.path.join(HERE, "docx")
os.makedirs(OUT, exist_ok=True)


def w(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


def add_abstract(doc, abstract_id, num_id, levels):
    """levels: [(numFmt, lvlText, start)]; returns num_id."""
    numbering = doc.part.numbering_part.element
    a = w("w:abstractNum", **{"w:abstractNumId": abstract_id})
    a.append(w("w:multiLevelType", **{"w:val": "multilevel"}))
    for i, (fmt, text, start) in enumerate(levels):
        lvl = w("w:lvl", **{"w:ilvl": i})
        lvl.append(w("w:start", **{"w:val": start}))
        lvl.append(w("w:numFmt", **{"w:val": fmt}))
        lvl.append(w("w:lvlText", **{"w:val": text}))
        lvl.append(w("w:lvlJc", **{"w:val": "left"}))
        a.append(lvl)
    # abstractNum elements must come before num elements.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = w("w:num", **{"w:numId": num_id})
    n.append(w("w:abstractNumId", **{"w:val": abstract_id}))
    numbering.append(n)
    return num_id


def number_paragraph(paragraph, num_id, level=0):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = w("w:numPr")
    numPr.append(w("w:ilvl", **{"w:val": level}))
    numPr.append(w("w:numId", **{"w:val": num_id}))
    pPr.insert(0, numPr)


def set_cell_text(cell, text):
    """Text with «<br>» as line breaks."""
    paragraph = cell.paragraphs[0]
    parts = re.split(r"<br\s*/?>", text)
    run = paragraph.add_run(parts[0])
    for part in parts[1:]:
        run.add_break()
        run = paragraph.add_run(part)


def split_row(line):
    stripped = line.strip()
    if stripped.startswith("|"):
        body = stripped[1:]
        if body.endswith("|"):
            body = body[:-1]
        cells = [c.strip() for c in body.split("|")]
    elif "\t" in line:
        cells = [c.strip() for c in line.split("\t")]
    else:
        return None
    if all(set(c) <= set("-: ") for c in cells) and any(c for c in cells):
        return "separator"
    return cells


HEADER_WORDS = ("мероприят", "описание действия", "наименование", "показател", "задач")


def is_header(cells):
    text = " ".join(cells).lower()
    return sum(1 for c in cells if c) >= 3 and any(k in text for k in HEADER_WORDS) and not re.match(r"^\d", cells[0] or "")


def seed_docx(name, target):
    lines = open(os.path.join(SEEDS, name), encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    doc = Document()
    body_num = add_abstract(doc, 90, 90, [("decimal", "%1.", 1)])
    expected = 1
    table = None
    header = None
    width = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        cells = split_row(line)
        if cells == "separator":
            i += 1
            continue
        if cells is None:
            table = None
            doc.add_paragraph(line)
            i += 1
            continue
        if table is not None and is_header(cells) and header is not None and cells[: len(header)] == header:
            # The header repeated after a page break: a new table.
            doc.add_paragraph("")
            table = None
        if table is None:
            # The table's width: the widest row of the block of rows.
            j = i
            width = 0
            while j < len(lines):
                c = split_row(lines[j])
                if c is None:
                    break
                if c != "separator":
                    width = max(width, len(c))
                j += 1
            table = doc.add_table(rows=0, cols=width)
            table.style = "Table Grid"
            if is_header(cells):
                header = cells
        row = table.add_row()
        filled = [c for c in cells if c]
        if len(filled) == 1 and cells[0] and not cells[0][0].islower() and width > 1 and not re.match(r"^\d+\.$", cells[0]):
            merged = row.cells[0].merge(row.cells[width - 1])
            set_cell_text(merged, cells[0])
        else:
            for k, text in enumerate(cells):
                if k == 0 and text == f"{expected}.":
                    # Word numbers this cell: the text holds no number.
                    number_paragraph(row.cells[0].paragraphs[0], body_num)
                    expected += 1
                    continue
                set_cell_text(row.cells[k], text)
        i += 1
    doc.save(target)


for seed in sorted(f for f in os.listdir(SEEDS) if f.endswith(".txt")):
    seed_docx(seed, os.path.join(OUT, seed.replace(".txt", ".docx")))

# --- features.docx
doc = Document()
doc.add_paragraph("План мероприятий («дорожная карта») школы на 2023 год")
two = add_abstract(doc, 91, 91, [("decimal", "%1.", 1), ("decimal", "%1.%2.", 1)])
letters = add_abstract(doc, 92, 92, [("russianLower", "%1)", 1)])
p = doc.add_paragraph("Цели:")
for text in ["повысить качество обучения", "снизить долю неуспевающих"]:
    number_paragraph(doc.add_paragraph(text), letters)

HEAD = ["№ п/п", "Мероприятие", "Срок", "Ответственный", "Отчётный документ"]


def table_with_header():
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for k, h in enumerate(HEAD):
        t.rows[0].cells[k].text = h
    return t


t = table_with_header()
# Section 1 merged across, numbered at level 0 («1.»).
r = t.add_row()
m = r.cells[0].merge(r.cells[4])
m.paragraphs[0].add_run("Организационные мероприятия")
number_paragraph(m.paragraphs[0], two, 0)
rows = [
    ("Назначение ответственного за реализацию проекта", "до 15.02.2023", "Директор", "Приказ"),
    ("Разработка программы перехода в эффективный режим", "до 01.03.2023", None, "Программа"),
    ("Анализ кадрового обеспечения образовательного процесса", "ежегодно, август", None, "Справка"),
]
first = None
for k, (title, deadline, who, document) in enumerate(rows):
    r = t.add_row()
    number_paragraph(r.cells[0].paragraphs[0], two, 1)
    r.cells[1].text = title
    r.cells[2].text = deadline
    r.cells[4].text = document
    if k == 0:
        first = r.cells[3]
        first.text = who
    else:
        first.merge(r.cells[3])  # merged down: «Директор» for all three
# A cell with two paragraphs and a line break; a word hyphenated at the break.
r = t.add_row()
number_paragraph(r.cells[0].paragraphs[0], two, 1)
c = r.cells[1]
c.paragraphs[0].add_run("Участие в вебинарах")
c.add_paragraph("для учителей информационно-")
run = c.paragraphs[1].add_run("")
run.add_break()
c.paragraphs[1].add_run("телекоммуникационной направленности")
r.cells[2].text = "в течение года"
r.cells[3].text = "Заместитель директора"
r.cells[4].text = "Сертификаты"
# A tracked deletion inside the title of the next row.
r = t.add_row()
number_paragraph(r.cells[0].paragraphs[0], two, 1)
para = r.cells[1].paragraphs[0]
para.add_run("Родительское собрание")
deleted = w("w:del", **{"w:id": 1, "w:author": "x", "w:date": "2023-01-01T00:00:00Z"})
drun = w("w:r")
dt = w("w:delText")
dt.text = " (отменено)"
drun.append(dt)
deleted.append(drun)
para._p.append(deleted)
r.cells[2].text = "Май 2023"
r.cells[3].text = "Классные руководители"
r.cells[4].text = "Протокол"

doc.add_paragraph("")
# The page break: the table continues with its header repeated.
t = table_with_header()
r = t.add_row()
m = r.cells[0].merge(r.cells[4])
m.paragraphs[0].add_run("Работа с обучающимися")
number_paragraph(m.paragraphs[0], two, 0)
r = t.add_row()
number_paragraph(r.cells[0].paragraphs[0], two, 1)
r.cells[1].text = "Дополнительные занятия по математике"
r.cells[2].text = "сентябрь – декабрь 2023"
r.cells[3].text = "Учителя математики"
inner = r.cells[4].add_table(rows=2, cols=1)
inner.rows[0].cells[0].text = "Журнал"
inner.rows[1].cells[0].text = "Отчёт"
r.cells[4].paragraphs[0].text = "График;"
doc.add_paragraph("Директор школы  И.И. Иванов")
doc.save(os.path.join(OUT, "features.docx"))

shutil.copy(os.path.join(OUT, "004_906aaa976152efa1.docx"), os.path.join(ROOT, "Examples", "documents", "kaliningrad-plan-2023.docx"))
shutil.copy(os.path.join(OUT, "001_d6732ecfa0f45767.docx"), os.path.join(ROOT, "Examples", "documents", "svetlogorsk-roadmap-2022.docx"))
