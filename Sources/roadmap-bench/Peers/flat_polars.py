"""The flat status computation in polars, for roadmap-bench (same figures as `roadmap compliance --statuses`).

usage: flat_polars.py FILE.csv AS_OF [DATE:MIN[:TARGET] ...]
"""
import datetime
import sys

import polars as pl

path = sys.argv[1]
as_of = datetime.date.fromisoformat(sys.argv[2])
cutoffs = [min(datetime.date.fromisoformat(c.split(":")[0]), as_of) for c in sys.argv[3:]]

df = pl.read_csv(
    path,
    schema={
        "region": pl.Utf8,
        "municipality": pl.Utf8,
        "school": pl.Utf8,
        "activity_id": pl.Utf8,
        "due_date": pl.Date,
        "done_date": pl.Date,
    },
)
due = pl.col("due_date") <= as_of
done = (pl.col("done_date") <= as_of).fill_null(False)
columns = [
    pl.lit(1).alias("total"),
    due.cast(pl.Int64).alias("due"),
    done.cast(pl.Int64).alias("done"),
    (due & ~done).cast(pl.Int64).alias("overdue"),
    (due & (pl.col("done_date") <= pl.col("due_date")).fill_null(False)).cast(pl.Int64).alias("on_time"),
    (due & done).cast(pl.Int64).alias("due_done"),
] + [(pl.col("done_date") <= c).fill_null(False).cast(pl.Int64).alias(f"cp{k}") for k, c in enumerate(cutoffs)]
figures = df.select(pl.col("region"), pl.col("municipality"), pl.col("school"), *columns)
names = [c for c in figures.columns if c not in ("region", "municipality", "school")]
schools = figures.group_by(["region", "municipality", "school"]).agg([pl.col(c).sum() for c in names])
municipalities = schools.group_by(["region", "municipality"]).agg([pl.col(c).sum() for c in names])
regions = municipalities.group_by("region").agg([pl.col(c).sum() for c in names]).sort("region")
print("region,total,due,done,overdue,on_time")
for row in regions.iter_rows(named=True):
    print(f"{row['region']},{row['total']},{row['due']},{row['done']},{row['overdue']},{row['on_time']}")
print(f"# schools={schools.height} municipalities={municipalities.height}", file=sys.stderr)
