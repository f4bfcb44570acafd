#!/usr/bin/env python3
"""Raw DEFLATE test vectors (RFC 1951, no zlib header) for InflaterTests, made with Python's zlib.

Each NAME.deflate inflates to NAME.plain; bad-*.deflate must be refused.
"""
import os
import zlib

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "inflate")
os.makedirs(HERE, exist_ok=True)


def raw(data, level=9, strategy=zlib.Z_DEFAULT_STRATEGY):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    return c.compress(data) + c.flush()


def write(name, plain, packed):
    with open(os.path.join(HERE, name + ".plain"), "wb") as f:
        f.write(plain)
    with open(os.path.join(HERE, name + ".deflate"), "wb") as f:
        f.write(packed)


seed = open(os.path.join(HERE, "..", "..", "seeds", "001_d6732ecfa0f45767.txt"), "rb").read()
# Level 0: stored blocks only (over 64 KiB, so several of them).
write("stored", seed * 6, raw(seed * 6, level=0))
# Z_FIXED: fixed-Huffman blocks only.
write("fixed", seed[:4000], raw(seed[:4000], strategy=zlib.Z_FIXED))
# Default: dynamic-Huffman blocks, with long back-references.
write("dynamic", seed * 2, raw(seed * 2))
# Runs: distance 1 copies overlapping their own output.
write("runs", b"a" * 5000 + b"b" * 300, raw(b"a" * 5000 + b"b" * 300))
# Empty input.
write("empty", b"", raw(b""))

# A fixed block whose first code is a back-reference: distance 1 with nothing decoded yet.
# Bits (LSB first): BFINAL=1, BTYPE=01, length code 257 (0000001, 7 bits), distance code 0 (00000).
bits = [1, 1, 0] + [0, 0, 0, 0, 0, 0, 1] + [0, 0, 0, 0, 0] + [0] * 7
out = bytearray()
for i in range(0, len(bits), 8):
    byte = 0
    for j, b in enumerate(bits[i:i + 8]):
        byte |= b << j
    out.append(byte)
with open(os.path.join(HERE, "bad-distance.deflate"), "wb") as f:
    f.write(bytes(out))
# A dynamic stream cut in half.
with open(os.path.join(HERE, "bad-truncated.deflate"), "wb") as f:
    f.write(raw(seed)[: len(raw(seed)) // 2])
# Block type 3 (reserved).
with open(os.path.join(HERE, "bad-blocktype.deflate"), "wb") as f:
    f.write(bytes([0b111]))
