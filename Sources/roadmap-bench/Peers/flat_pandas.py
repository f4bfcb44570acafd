"""The flat status computation in pandas, for roadmap-bench (same figures as `roadmap compliance --statuses`).

usage: flat_pandas.py FILE.csv AS_OF [DATE:MIN[:TARGET] ...]
Computes per school, municipality and region: total, due, done, overdue, on time, due-and-done and
each checkpoint's done count, then prints the region level as CSV.
"""
import sys

import pandas as pd

path, as_of = sys.argv[1], pd.Timestamp(sys.argv[2])
cutoffs = [min(pd.Timestamp(c.split(":")[0]), as_of) for c in sys.argv[3:]]

df = pd.read_csv(
    path,
    dtype={"region": "category", "municipality": "category", "school": "category", "activity_id": "string"},
    parse_dates=["due_date", "done_date"],
    date_format="%Y-%m-%d",
)
due = df["due_date"] <= as_of
done = df["done_date"] <= as_of  # NaT compares False
figures = pd.DataFrame(
    {
        "region": df["region"],
        "municipality": df["municipality"],
        "school": df["school"],
        "total": 1,
        "due": due,
        "done": done,
        "overdue": due & ~done,
        "on_time": due & (df["done_date"] <= df["due_date"]),
        "due_done": due & done,
    }
)
for k, cutoff in enumerate(cutoffs):
    figures[f"cp{k}"] = df["done_date"] <= cutoff
counts = [c for c in figures.columns if c not in ("region", "municipality", "school")]
schools = figures.groupby(["region", "municipality", "school"], observed=True)[counts].sum()
municipalities = schools.groupby(level=["region", "municipality"], observed=True).sum()
regions = municipalities.groupby(level="region", observed=True).sum().sort_index()
print("region,total,due,done,overdue,on_time")
for region, row in regions.iterrows():
    print(f"{region},{row['total']},{row['due']},{row['done']},{row['overdue']},{row['on_time']}")
print(f"# schools={len(schools)} municipalities={len(municipalities)}", file=sys.stderr)
