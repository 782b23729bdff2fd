"""Tests for order_functions.py on hand-made function bodies and a hand-made module."""

import os
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from order_functions import bodies, chain, fingerprint, has_names, name_section, reorder  # noqa: E402
from short_imports import leb, read_leb  # noqa: E402

# binaryen's wasm-opt, as the release build finds it (scripts/trunk-release.sh).
os.environ["PATH"] = f"{Path(__file__).parent.parent / 'end2end/node_modules/.bin'}:{os.environ['PATH']}"


def code(consts: list[int]) -> bytes:
    """A `() -> i32` body: `i32.const c; drop` for each c, then `i32.const 0`."""
    return b"\x00" + b"".join(b"\x41" + sleb(c) + b"\x1a" for c in consts) + b"\x41\x00\x0b"


def body(consts: list[int]) -> bytes:
    """`code` with its size, as the code section holds it."""
    return leb(len(code(consts))) + code(consts)


def sleb(n: int) -> bytes:
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        if (n == 0 and not b & 0x40) or (n == -1 and b & 0x40):
            return bytes(out + bytes([b]))
        out.append(b | 0x80)


def section(sid: int, payload: bytes) -> bytes:
    return bytes([sid]) + leb(len(payload)) + payload


def name(s: str) -> bytes:
    return leb(len(s)) + s.encode()


# Two families of look-alike bodies, interleaved: x, y, x', y'.
X = [1000 + 7 * k for k in range(40)]
Y = [-90000 - 13 * k for k in range(40)]
FAMILIES = [X, Y, X[:-1] + [1], Y[:-1] + [2]]


def module(funcs: list[list[int]]) -> bytes:
    """One imported function, then `funcs`, each exported as e0, e1, ..."""
    n = len(funcs)
    return (
        b"\0asm\x01\0\0\0"
        + section(1, b"\x01\x60\x00\x01\x7f")  # type 0: () -> i32
        + section(2, b"\x01" + name("m") + name("f") + b"\x00\x00")
        + section(3, leb(n) + b"\x00" * n)
        + section(7, leb(n) + b"".join(name(f"e{i}") + b"\x00" + leb(1 + i) for i in range(n)))
        + section(10, leb(n) + b"".join(body(c) for c in funcs))
    )


def export_index(wasm: bytes) -> dict[str, int]:
    i = 8
    while i < len(wasm):
        size, start = read_leb(wasm, i + 1)
        if wasm[i] == 7:
            count, p = read_leb(wasm, start)
            out = {}
            for _ in range(count):
                n, p = read_leb(wasm, p)
                key = wasm[p : p + n].decode()
                out[key], p = read_leb(wasm, p + n + 1)
            return out
        i = start + size
    return {}


class Chain(unittest.TestCase):
    def test_look_alikes_end_up_side_by_side(self):
        fps = [fingerprint(code(c)) for c in FAMILIES]
        order = chain(fps, [len(c) for c in FAMILIES])
        self.assertEqual(sorted(order), [0, 1, 2, 3])
        pos = {f: i for i, f in enumerate(order)}
        self.assertEqual(abs(pos[0] - pos[2]), 1, order)
        self.assertEqual(abs(pos[1] - pos[3]), 1, order)

    def test_it_starts_at_the_largest_and_is_deterministic(self):
        funcs = [X[:5], X, Y[:10], Y[:3]]
        fps = [fingerprint(code(c)) for c in funcs]
        sizes = [len(code(c)) for c in funcs]
        self.assertEqual(chain(fps, sizes)[0], 1)
        self.assertEqual(chain(fps, sizes), chain(fps, sizes))

    def test_identical_bodies_share_a_fingerprint(self):
        self.assertEqual(fingerprint(code(X)), fingerprint(code(list(X))))
        self.assertNotEqual(fingerprint(code(X)), fingerprint(code(Y)))

    def test_an_empty_module_has_an_empty_chain(self):
        self.assertEqual(chain([], []), [])


class Module(unittest.TestCase):
    def test_bodies_skip_the_imported_function(self):
        imported, found = bodies(module(FAMILIES))
        self.assertEqual(imported, 1)
        self.assertEqual(found, [code(c) for c in FAMILIES])

    def test_the_name_section_is_seen_as_names(self):
        wasm = module(FAMILIES)
        self.assertFalse(has_names(wasm))
        self.assertTrue(has_names(wasm + name_section(1, [0, 1, 2, 3])))
        # wasm-opt -g leaves an empty name section in a release build.
        self.assertFalse(has_names(wasm + section(0, name("name"))))

    def test_reorder_moves_look_alikes_together_and_keeps_every_export(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "m.wasm"
            path.write_bytes(module(FAMILIES))
            self.assertEqual(reorder(path), 4)
            after = path.read_bytes()
        index = export_index(after)
        self.assertEqual(sorted(index), ["e0", "e1", "e2", "e3"])
        self.assertEqual(abs(index["e0"] - index["e2"]), 1, index)
        self.assertEqual(abs(index["e1"] - index["e3"]), 1, index)
        self.assertFalse(has_names(after))
        # Each export still runs its own body: e2's ends in `i32.const 1; drop`.
        imported, found = bodies(after)
        self.assertIn(b"\x41\x01\x1a\x41\x00\x0b", found[index["e2"] - imported])

    def test_a_named_module_is_left_alone(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "m.wasm"
            named = module(FAMILIES) + name_section(1, [3, 2, 1, 0])
            path.write_bytes(named)
            self.assertEqual(reorder(path), 0)
            self.assertEqual(path.read_bytes(), named)


if __name__ == "__main__":
    unittest.main()
