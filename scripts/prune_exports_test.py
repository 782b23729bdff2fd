"""Tests for prune_exports.py on hand-made glue and a hand-made module."""

import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from prune_exports import check_classes, drop_exports, exports, imports  # noqa: E402
from short_imports import read_leb  # noqa: E402
from short_imports_test import module  # noqa: E402

GLUE = """export class Keep {
    free() { wasm.keep_free(this.p); }
}
export class Gone {
    free() {
        wasm.__wbg_gone_free(this.p, 0);
    }
}
if (Symbol.dispose) Gone.prototype[Symbol.dispose] = Gone.prototype.free;
function used() { return wasm.used(); }
const GoneFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_gone_free(ptr, 1));
export { used };
"""


def export_names(wasm: bytes) -> list[str]:
    i = 8
    while i < len(wasm):
        size, start = read_leb(wasm, i + 1)
        if wasm[i] == 7:
            return [n for n, _ in exports(wasm[start : start + size])]
        i = start + size
    return []


class Glue(unittest.TestCase):
    def test_glue_without_the_classes_passes(self):
        check_classes(GLUE, ("Absent",))
        check_classes("function Gone() {}", ("Gone",))

    def test_an_exported_class_stops_the_build(self):
        with self.assertRaises(SystemExit):
            check_classes(GLUE, ("Absent", "Gone"))


class Wasm(unittest.TestCase):
    def test_exports_the_glue_never_names_are_dropped(self):
        wasm = module([("./app_bg.js", "__wbg_x", b"\x00\x00")], ("memory", "used", "__wbg_gone_free", "main"))
        js = "L.memory;L.used();function x(){L.__wbg_x_extra()}const o={__wbg_x:1};"
        out, dropped = drop_exports(wasm, js)
        self.assertEqual(export_names(out), ["memory", "used"])
        self.assertEqual(dropped, ["__wbg_gone_free", "main"])
        self.assertEqual(imports(out), ["__wbg_x"])

    def test_a_prefix_is_not_a_mention(self):
        wasm = module([("./app_bg.js", "f", b"\x00\x00")], ("used",))
        _, dropped = drop_exports(wasm, "L.used_more()")
        self.assertEqual(dropped, ["used"])


if __name__ == "__main__":
    unittest.main()
