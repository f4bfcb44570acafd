#!/usr/bin/env python3
"""Zip archives for ZipReaderTests, made with Python's zipfile (an independent writer)."""
import os
import struct
import zipfile

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "zip")
os.makedirs(HERE, exist_ok=True)
seed = open(os.path.join(HERE, "..", "..", "seeds", "001_d6732ecfa0f45767.txt"), "rb").read()

# Two entries: one stored, one deflated; plus a directory entry.
with zipfile.ZipFile(os.path.join(HERE, "two-entries.zip"), "w") as z:
    z.writestr(zipfile.ZipInfo("docs/"), b"")
    z.writestr("stored.txt", seed[:1000], compress_type=zipfile.ZIP_STORED)
    z.writestr("word/document.txt", seed, compress_type=zipfile.ZIP_DEFLATED)

# A zip bomb: 50 MiB of zeros deflate to about 50 KiB (a ratio over 1000 to 1).
with zipfile.ZipFile(os.path.join(HERE, "bomb.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("xl/worksheets/sheet1.xml", b"\0" * (50 << 20))

# The same archive cut short.
data = open(os.path.join(HERE, "two-entries.zip"), "rb").read()
open(os.path.join(HERE, "truncated.zip"), "wb").write(data[: len(data) // 2])

# An entry whose headers understate its size: 1 MiB of text declared as 1,000 bytes.
with zipfile.ZipFile(os.path.join(HERE, "understated.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("big.txt", b"roadmap " * (1 << 17))
data = bytearray(open(os.path.join(HERE, "understated.zip"), "rb").read())
central = data.rfind(b"PK\x01\x02")
struct.pack_into("<I", data, central + 24, 1000)
struct.pack_into("<I", data, 22, 1000)
open(os.path.join(HERE, "understated.zip"), "wb").write(bytes(data))

# A damaged entry: one byte of the deflated data flipped.
data = bytearray(open(os.path.join(HERE, "two-entries.zip"), "rb").read())
local = data.find(b"PK\x03\x04", data.find(b"word/document.txt") - 30)
start = local + 30 + struct.unpack_from("<H", data, local + 26)[0] + struct.unpack_from("<H", data, local + 28)[0]
data[start + 200] ^= 0x55
open(os.path.join(HERE, "damaged.zip"), "wb").write(bytes(data))
