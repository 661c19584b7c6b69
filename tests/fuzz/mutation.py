"""Random damage to a file's bytes, drawn by hypothesis: what the fuzz tests feed the importers."""

from __future__ import annotations

from hypothesis import strategies as st


def mutate(raw: bytes, data: st.DataObject, edits: int, longest_insert: int) -> bytes:
    """``raw`` after 1 to ``edits`` edits, each a flipped byte, a deleted byte or up to ``longest_insert`` inserted."""
    buf = bytearray(raw)
    for _ in range(data.draw(st.integers(1, edits))):
        pos = data.draw(st.integers(0, len(buf) - 1))
        op = data.draw(st.sampled_from(["flip", "delete", "insert"]))
        if op == "flip":
            buf[pos] = data.draw(st.integers(0, 255))
        elif op == "delete":
            del buf[pos]
        else:
            buf[pos:pos] = data.draw(st.binary(min_size=1, max_size=longest_insert))
    return bytes(buf)
