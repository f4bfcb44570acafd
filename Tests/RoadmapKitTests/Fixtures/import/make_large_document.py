#!/usr/bin/env python3
"""Writes a large plain-text roadmap document for memory measurements (Docs/performance.md).

    make_large_document.py one-line SIZE_MB OUT   # the plain-text seed's activities on one line
    make_large_document.py lines SIZE_MB OUT      # the seed repeated, line ends kept

Both repeat the activity list of the plain-text seed (002, a PDF converted to text) from its
first numbered line, until the file reaches SIZE_MB megabytes (10^6 bytes). Deterministic.
The CLI memory test (ImportMemoryTests) builds its one-line input the same way.
"""
import pathlib
import sys

SEED = pathlib.Path(__file__).resolve().parents[1] / "seeds" / "002_fc088c5c2a1b5efa.txt"


def activity_list() -> str:
    text = SEED.read_text(encoding="utf-8")
    start = text.index("1.1 Анализ")
    return text[start:]


def main() -> None:
    if len(sys.argv) != 4 or sys.argv[1] not in ("one-line", "lines"):
        sys.exit(__doc__)
    shape, size, out = sys.argv[1], int(float(sys.argv[2]) * 1_000_000), sys.argv[3]
    body = activity_list()
    if shape == "one-line":
        body = " ".join(body.split()) + " "
    else:
        body = "\n".join(line.rstrip() for line in body.splitlines()) + "\n"
    unit = body.encode("utf-8")
    with open(out, "wb") as f:
        written = 0
        while written < size:
            f.write(unit)
            written += len(unit)
        if shape == "one-line":
            f.write(b"\n")


if __name__ == "__main__":
    main()
