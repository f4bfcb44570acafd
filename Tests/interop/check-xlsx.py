#!/usr/bin/env python3
"""Opens every workbook `roadmap` writes with two independent readers and compares the cells
with the tool's own JSON and CSV output.

Readers: openpyxl (`pip install openpyxl`) and LibreOffice headless converting each sheet to CSV
(`apt-get install -y --no-install-recommends libreoffice-calc-nogui`). A reader that is missing
is reported and skipped; the script fails (exit 1) on any difference, or when neither reader runs.

Usage: Tests/interop/check-xlsx.py [path/to/roadmap]   (default: .build/debug/roadmap)
Not run by .ci/run: the readers are not part of the toolchain.
"""

import csv
import glob
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOOL = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/roadmap"))
WORKSPACE = os.path.join(ROOT, "Examples/kaliningrad-2023")
problems = []
checked = {"openpyxl": 0, "libreoffice": 0}


def run(*args, cwd):
    result = subprocess.run([TOOL, *args], cwd=cwd, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"roadmap {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def problem(text):
    problems.append(text)
    print("DIFF", text)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))


# --- the files the tool writes -------------------------------------------------------------------

def make_files(out):
    files = {}
    for date in ["2023-06-30", "2023-11-30"]:
        run("compliance", WORKSPACE, "--as-of", date, "--format", "xlsx", "--output", f"compliance-{date}.xlsx", cwd=out)
        files[f"compliance-{date}.xlsx"] = json.loads(run("compliance", WORKSPACE, "--as-of", date, "--format", "json", cwd=out))
    run("deadlines", WORKSPACE, "--as-of", "2023-06-30", "--format", "xlsx", "--output", "deadlines.xlsx", cwd=out)
    run("deadlines", WORKSPACE, "--as-of", "2023-06-30", "--format", "csv", "--output", "deadlines.csv", cwd=out)
    run("skeleton", WORKSPACE, "--municipality", "neman", "--format", "xlsx", "--output", "skeleton", cwd=out)
    run("skeleton", WORKSPACE, "--municipality", "neman", "--format", "csv", "--output", "skeleton", cwd=out)
    run("progress", "form", WORKSPACE, "--municipality", "guryevsk", "--output", "forms", cwd=out)
    run("progress", "form", WORKSPACE, "--municipality", "guryevsk", "--output", "forms", "--format", "csv", cwd=out)
    run("--lang", "en", "progress", "form", WORKSPACE, "--municipality", "neman", "--output", "forms-en", cwd=out)
    return files


def check_english_form_openpyxl(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    ws = wb["Report"]
    header = [ws.cell(6, c).value for c in range(1, 12)]
    expected = ["No.", "Activity (content)", "Deadline as written", "Required documents", "Status", "Completed on",
                "Document", "Comment", "School id", "Activity id", "Occurrence"]
    if wb.sheetnames != ["Report"] or header != expected:
        problem(f"{path}: {wb.sheetnames} {header}")
    formula = ws.data_validations.dataValidation[0].formula1
    if formula != '"done,in progress,not started,not applicable"':
        problem(f"{path}: drop-down {formula}")
    checked["openpyxl"] += len(expected) + 1


# --- openpyxl -------------------------------------------------------------------------------------

def text(value):
    return "" if value is None else str(value)


def close(a, b):
    return a is None and b is None or a is not None and b is not None and abs(a - b) < 1e-9


def check_compliance_openpyxl(path, report):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    expected_sheets = ["Сводка", "Регион", "Муниципалитеты", "Школы", "Показатели"]
    if wb.sheetnames != expected_sheets:
        problem(f"{path}: sheets {wb.sheetnames}")
    percents = {5: "percent", 6: "pooledPercent", 7: "meanPercent", 10: "projectedPercent", 11: "onTimePercent"}
    counts = {12: ("counts", "activities"), 13: ("counts", "due"), 14: ("counts", "done"), 15: ("counts", "overdue"),
              16: ("counts", "undocumented"), 17: ("schools", "total"), 18: ("schools", "withData"),
              19: ("schools", "meetingMinimum"), 20: ("schools", "meetingTarget")}
    for sheet, level in [("Регион", "region"), ("Муниципалитеты", "municipality"), ("Школы", "school")]:
        ws = wb[sheet]
        units = [u for u in report["units"] if u["level"] == level]
        if ws.max_row != len(units) + 1:
            problem(f"{path}!{sheet}: {ws.max_row - 1} rows for {len(units)} units")
        if ws.freeze_panes != "A2" or ws.auto_filter.ref is None:
            problem(f"{path}!{sheet}: header not frozen or no autofilter")
        for row, unit in enumerate(units, start=2):
            if ws.cell(row, 2).value != unit["id"] or ws.cell(row, 3).value != unit["name"]:
                problem(f"{path}!{sheet} row {row}: {ws.cell(row, 2).value} is not {unit['id']}")
            for column, field in percents.items():
                cell = ws.cell(row, column)
                value = None if cell.value is None else cell.value * 100
                if not close(value, unit.get(field)):
                    problem(f"{path}!{sheet}!{cell.coordinate} {field}: {value} ≠ {unit.get(field)}")
                if cell.value is not None and "%" not in cell.number_format:
                    problem(f"{path}!{sheet}!{cell.coordinate}: format {cell.number_format}")
            for column, (group, field) in counts.items():
                value = ws.cell(row, column).value
                if value != unit[group].get(field):
                    problem(f"{path}!{sheet} row {row} {group}.{field}: {value} ≠ {unit[group].get(field)}")
            checked["openpyxl"] += len(percents) + len(counts)
    ws = wb["Показатели"]
    for row, indicator in enumerate(report["indicators"], start=2):
        scale = 100 if indicator["kind"] == "share" else 1
        for column, field in [(5, "required"), (6, "actual")]:
            value = ws.cell(row, column).value
            value = None if value is None else value * scale
            if not close(value, indicator.get(field)):
                problem(f"{path}!Показатели row {row} {field}: {value} ≠ {indicator.get(field)}")
            checked["openpyxl"] += 1


def check_rows_openpyxl(path, sheet_name, first_row, expected_rows):
    """Compares a sheet's rows from `first_row` with CSV rows; a date cell as DD.MM.YYYY."""
    import openpyxl
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet_name]
    for offset, expected in enumerate(expected_rows):
        row = first_row + offset
        for column, value in enumerate(expected, start=1):
            cell = ws.cell(row, column)
            actual = cell.value.strftime("%d.%m.%Y") if hasattr(cell.value, "strftime") else text(cell.value)
            if actual != value:
                problem(f"{path}!{sheet_name}!{cell.coordinate}: {actual!r} ≠ {value!r}")
            checked["openpyxl"] += 1
    if ws.max_row != first_row + len(expected_rows) - 1:
        problem(f"{path}!{sheet_name}: {ws.max_row} rows, expected {first_row + len(expected_rows) - 1}")
    return ws


def check_form_openpyxl(path, csv_rows):
    ws = check_rows_openpyxl(path, "Отчёт", 6, csv_rows)
    if ws.freeze_panes != "A7":
        problem(f"{path}: frozen at {ws.freeze_panes}")
    hidden = [letter for letter in "ABCDEFGHIJK" if ws.column_dimensions[letter].hidden]
    if hidden != ["I", "J", "K"]:
        problem(f"{path}: hidden columns {hidden}")
    validations = ws.data_validations.dataValidation
    if len(validations) != 1 or str(validations[0].sqref) != f"E7:E{5 + len(csv_rows)}" or \
            validations[0].formula1 != '"выполнено,в работе,не начато,не применимо"':
        problem(f"{path}: drop-down {[(str(v.sqref), v.formula1) for v in validations]}")
    if not ws["A2"].value.startswith("Школа: ") or ws["A1"].value != "Отчёт об исполнении дорожной карты":
        problem(f"{path}: title block {ws['A1'].value!r} {ws['A2'].value!r}")
    if "YYYY" not in ws["F7"].number_format.upper():
        problem(f"{path}: F7 format {ws['F7'].number_format}")


# --- LibreOffice ----------------------------------------------------------------------------------

def libreoffice_csv(path, out):
    """Every sheet of a workbook as CSV rows, by sheet index (LibreOffice 7.2+: sheet -1 = all)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    target = os.path.join(out, "lo-" + os.path.basename(path).replace(".xlsx", ""))
    os.makedirs(target, exist_ok=True)
    subprocess.run([soffice, "--headless", "--convert-to", 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,-1',
                    "--outdir", target, path], capture_output=True, check=True)
    files = sorted(glob.glob(os.path.join(target, "*.csv")))
    return {os.path.basename(f): read_csv(f) for f in files}


def check_form_libreoffice(path, csv_rows, out):
    sheets = libreoffice_csv(path, out)
    rows = next(iter(sheets.values()))
    for offset, expected in enumerate(csv_rows):
        actual = rows[5 + offset][:len(expected)]
        actual += [""] * (len(expected) - len(actual))
        if actual != expected:
            problem(f"LibreOffice {path} row {6 + offset}: {actual} ≠ {expected}")
        checked["libreoffice"] += len(expected)


def check_compliance_libreoffice(path, report, out):
    sheets = libreoffice_csv(path, out)
    by_name = {name.rsplit("-", 1)[-1].removesuffix(".csv"): rows for name, rows in sheets.items()}
    for sheet, level in [("Регион", "region"), ("Муниципалитеты", "municipality"), ("Школы", "school")]:
        rows = by_name.get(sheet)
        if rows is None:
            problem(f"LibreOffice {path}: no sheet {sheet} in {list(by_name)}")
            continue
        units = [u for u in report["units"] if u["level"] == level]
        for row, unit in zip(rows[1:], units):
            shown = row[4]
            value = unit.get("percent")
            expected = "" if value is None else f"{value:.1f}%"
            if shown != expected or row[1] != unit["id"] or row[13] != str(unit["counts"]["done"]):
                problem(f"LibreOffice {path}!{sheet} {unit['id']}: {row[1]} {shown} {row[13]} ≠ {expected}")
            checked["libreoffice"] += 3


def main():
    if not os.path.exists(TOOL):
        sys.exit(f"no roadmap binary at {TOOL}; run swift build first")
    out = tempfile.mkdtemp(prefix="roadmap-interop-")
    reports = make_files(out)
    forms = sorted(glob.glob(os.path.join(out, "forms", "*.xlsx")))
    skeletons = sorted(glob.glob(os.path.join(out, "skeleton", "*.xlsx")))
    english_forms = sorted(glob.glob(os.path.join(out, "forms-en", "*.xlsx")))
    print(f"workbooks written: {len(reports) + 1 + len(forms) + len(skeletons) + len(english_forms)} in {out}")
    try:
        import openpyxl  # noqa: F401
        have_openpyxl = True
    except ImportError:
        have_openpyxl = False
        print("SKIP openpyxl: not installed (pip install openpyxl)")
    have_lo = shutil.which("soffice") or shutil.which("libreoffice")
    if not have_lo:
        print("SKIP LibreOffice: soffice not found")
    if not have_openpyxl and not have_lo:
        sys.exit("no reader available")
    for name, report in reports.items():
        path = os.path.join(out, name)
        if have_openpyxl:
            check_compliance_openpyxl(path, report)
        if have_lo:
            check_compliance_libreoffice(path, report, out)
    deadlines = read_csv(os.path.join(out, "deadlines.csv"))
    if have_openpyxl:
        # The CSV's six columns; the workbook adds «Дней до срока» in G.
        check_rows_openpyxl(os.path.join(out, "deadlines.xlsx"), "Сроки на 30.06.2023", 1, [row[:6] for row in deadlines])
    for path in skeletons:
        rows = read_csv(path.replace(".xlsx", ".csv"))
        if have_openpyxl:
            check_rows_openpyxl(path, "Дорожная карта ОО", 5, rows)
    for path in forms:
        rows = read_csv(path.replace(".xlsx", ".csv"))
        if have_openpyxl:
            check_form_openpyxl(path, rows)
        if have_lo:
            check_form_libreoffice(path, rows, out)
    if have_openpyxl:
        for path in english_forms:
            check_english_form_openpyxl(path)
    print(f"cells compared: openpyxl {checked['openpyxl']}, LibreOffice {checked['libreoffice']}")
    if problems:
        print(f"FAILED: {len(problems)} difference(s)")
        sys.exit(1)
    print("OK: every workbook reads back with the tool's figures")


if __name__ == "__main__":
    main()
