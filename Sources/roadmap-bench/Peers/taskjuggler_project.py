"""Writes a flat status CSV as a TaskJuggler project, for roadmap-bench.

usage: taskjuggler_project.py FILE.csv AS_OF OUT.tjp
The hierarchy becomes region > municipality > school > activity tasks; each activity runs from
14 days before its deadline to the deadline and has `complete 100` when done by AS_OF, else 0.
Leaf names are `<region>|<activity>` so the benchmark can count done activities per region from
the CSV report `tasks.csv` that the project writes.
"""
import csv
import datetime
import sys

path, as_of, out = sys.argv[1], sys.argv[2], sys.argv[3]


def ident(text):
    return "".join(c if c.isalnum() else "_" for c in text)


tree = {}
with open(path, newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        school = tree.setdefault(row["region"], {}).setdefault(row["municipality"], {}).setdefault(row["school"], [])
        school.append(row)

lines = [
    f'project roadmap "500+" 2023-01-01 - 2024-03-01 {{',
    f"  now {as_of}",
    '  timezone "UTC"',
    "}",
]
for region, municipalities in sorted(tree.items()):
    lines.append(f'task r_{ident(region)} "{region}" {{')
    for municipality, schools in sorted(municipalities.items()):
        lines.append(f'  task m_{ident(municipality)} "{municipality}" {{')
        for school, rows in sorted(schools.items()):
            lines.append(f'    task s_{ident(school)} "{school}" {{')
            for row in rows:
                due = datetime.date.fromisoformat(row["due_date"])
                start = due - datetime.timedelta(days=14)
                done = row["done_date"] and row["done_date"] <= as_of
                lines.append(
                    f'      task a_{ident(row["activity_id"])} "{region}|{row["activity_id"]}" '
                    f"{{ start {start.isoformat()} end {(due + datetime.timedelta(days=1)).isoformat()} "
                    f'complete {100 if done else 0} }}'
                )
            lines.append("    }")
        lines.append("  }")
    lines.append("}")
lines += [
    'taskreport "tasks" {',
    "  formats csv",
    "  columns name, complete",
    "}",
]
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
