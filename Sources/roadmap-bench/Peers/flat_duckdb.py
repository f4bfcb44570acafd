"""The flat status computation in DuckDB SQL, for roadmap-bench (same figures as `roadmap compliance --statuses`).

usage: flat_duckdb.py FILE.csv AS_OF [DATE:MIN[:TARGET] ...]
One query computes the school, municipality and region levels (GROUPING SETS); the region level is printed.
"""
import sys

import duckdb

path, as_of = sys.argv[1], sys.argv[2]
cutoffs = [min(c.split(":")[0], as_of) for c in sys.argv[3:]]  # ISO dates compare as text
checkpoint_sums = "".join(
    f", sum((done_date <= DATE '{c}')::INTEGER) AS cp{k}" for k, c in enumerate(cutoffs)
)
query = f"""
SELECT region, municipality, school, count(*) AS total,
       sum((due_date <= DATE '{as_of}')::INTEGER) AS due,
       sum((done_date <= DATE '{as_of}')::INTEGER) AS done,
       sum((due_date <= DATE '{as_of}' AND (done_date IS NULL OR done_date > DATE '{as_of}'))::INTEGER) AS overdue,
       sum((due_date <= DATE '{as_of}' AND done_date <= due_date)::INTEGER) AS on_time,
       sum((due_date <= DATE '{as_of}' AND done_date <= DATE '{as_of}')::INTEGER) AS due_done
       {checkpoint_sums}
FROM read_csv('{path}', header = true, columns = {{
    'region': 'VARCHAR', 'municipality': 'VARCHAR', 'school': 'VARCHAR', 'activity_id': 'VARCHAR',
    'due_date': 'DATE', 'done_date': 'DATE'}})
GROUP BY GROUPING SETS ((region, municipality, school), (region, municipality), (region))
"""
con = duckdb.connect()
con.execute(f"CREATE TABLE figures AS {query}")
rows = con.execute(
    "SELECT region, total, due, done, overdue, on_time FROM figures "
    "WHERE municipality IS NULL AND school IS NULL ORDER BY region"
).fetchall()
print("region,total,due,done,overdue,on_time")
for row in rows:
    print(",".join(str(v) for v in row))
