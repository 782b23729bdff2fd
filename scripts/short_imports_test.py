"""Tests for short_imports.py on a hand-made module and glue."""

import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from short_imports import leb, read_leb, rewrite, short  # noqa: E402


def name(s: str) -> bytes:
    return leb(len(s)) + s.encode()


def module(imports: list[tuple[str, str, bytes]], exports: tuple[str, ...] = ()) -> bytes:
    """A wasm module with a type section, the given imports, exports (all
    function 0) and a custom section."""
    types = b"\x01\x60\x00\x00"  # one type: () -> ()
    body = leb(len(imports)) + b"".join(name(m) + name(f) + d for m, f, d in imports)
    ex = leb(len(exports)) + b"".join(name(e) + b"\x00\x00" for e in exports)
    custom = name("x") + b"tail"
    return (
        b"\0asm\x01\0\0\0"
        + b"\x01" + leb(len(types)) + types
        + b"\x02" + leb(len(body)) + body
        + (b"\x07" + leb(len(ex)) + ex if exports else b"")
        + b"\x00" + leb(len(custom)) + custom
    )


def exports_of(wasm: bytes) -> list[str]:
    i = 8
    while i < len(wasm):
        size, start = read_leb(wasm, i + 1)
        if wasm[i] == 7:
            count, p = read_leb(wasm, start)
            out = []
            for _ in range(count):
                n, p = read_leb(wasm, p)
                out.append(wasm[p : p + n].decode())
                p += n + 2
            return out
        i = start + size
    return []


FUNC = b"\x00\x00"  # func, type 0
MEMORY = b"\x02\x01\x01\x02"  # memory, limits min 1 max 2
GLUE = (
    'function n(){const e={__proto__:null,__wbg_width_28f5533f1b3b5abc:function(e){return e.width},'
    '__wbindgen_throw_4c88d8bf264fd984:function(e,n){throw Error(w(e,n))}};'
    'return{__proto__:null,"./app_bg.js":e}}'
)


def imports_of(wasm: bytes) -> list[tuple[str, str]]:
    i = 8
    while i < len(wasm):
        size, start = read_leb(wasm, i + 1)
        if wasm[i] == 2:
            count, p = read_leb(wasm, start)
            out = []
            for _ in range(count):
                n, p = read_leb(wasm, p)
                m = wasm[p : p + n].decode()
                p += n
                n, p = read_leb(wasm, p)
                f = wasm[p : p + n].decode()
                p += n
                p += 2 if wasm[p] == 0 else 4
                out.append((m, f))
            return out
        i = start + size
    return []


class ShortImports(unittest.TestCase):
    def test_names_are_short_and_distinct(self):
        seen = [short(k) for k in range(52 * 53)]
        self.assertEqual(seen[:3], ["a", "b", "c"])
        self.assertEqual(seen[52], "aa")
        self.assertEqual(len(set(seen)), len(seen))
        self.assertTrue(all(s.isalpha() for s in seen))

    def test_both_files_get_the_same_new_names(self):
        wasm = module(
            [
                ("./app_bg.js", "__wbg_width_28f5533f1b3b5abc", FUNC),
                ("env", "memory", MEMORY),
                ("./app_bg.js", "__wbindgen_throw_4c88d8bf264fd984", FUNC),
            ]
        )
        new_wasm, new_js = rewrite(wasm, GLUE)
        self.assertEqual(imports_of(new_wasm), [("a", "a"), ("env", "memory"), ("a", "b")])
        self.assertIn("{__proto__:null,a:function(e){return e.width},b:function(e,n)", new_js)
        self.assertIn("return{__proto__:null,a:e}", new_js)
        self.assertNotIn("__wbg_", new_js)
        # Sections after the imports are copied as they were.
        self.assertTrue(new_wasm.endswith(b"\x01xtail"))
        self.assertLess(len(new_wasm), len(wasm))

    def test_exports_the_glue_calls_get_short_names(self):
        wasm = module(
            [("./app_bg.js", "__wbg_width_28f5533f1b3b5abc", FUNC)],
            ("memory", "main", "__wbindgen_malloc", "__wbindgen_start"),
        )
        glue = GLUE + "L.__wbindgen_malloc(1);L.__wbindgen_malloc(2);L.memory.buffer;L.__wbindgen_start()"
        new_wasm, new_js = rewrite(wasm, glue)
        # `memory` and `main` (which the glue never names) keep their names.
        self.assertEqual(exports_of(new_wasm), ["memory", "main", "a", "b"])
        self.assertTrue(new_js.endswith("L.a(1);L.a(2);L.memory.buffer;L.b()"))

    def test_a_glue_it_does_not_understand_is_refused(self):
        wasm = module([("./app_bg.js", "__wbg_gone_0000000000000000", FUNC)])
        with self.assertRaises(SystemExit):
            rewrite(wasm, GLUE)
        twice = GLUE + "L.__wbg_width_28f5533f1b3b5abc"
        wasm = module([("./app_bg.js", "__wbg_width_28f5533f1b3b5abc", FUNC)])
        with self.assertRaises(SystemExit):
            rewrite(wasm, twice)
        with self.assertRaises(SystemExit):
            rewrite(b"not wasm", GLUE)


if __name__ == "__main__":
    unittest.main()
