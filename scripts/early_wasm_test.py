"""Tests for early_wasm.py on the two shapes of Trunk output it meets."""

import subprocess
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from early_wasm import rewrite  # noqa: E402

WASM = "./app-0123456789abcdef_bg.wasm"
SRI = "sha384-AbC+/="

# Trunk 0.21 release output after its HTML minifier (unquoted attributes, no <head> tag).
MINIFIED = (
    "<!doctype html><html lang=en><meta charset=utf-8><title>Planner</title>"
    "<script type=module>import init from './app-0123456789abcdef.js';\n"
    f"const wasm = await init({{ module_or_path: '{WASM}' }});</script>"
    f"<link as=fetch crossorigin href={WASM} integrity={SRI} rel=preload type=application/wasm>"
    "</head><body></body></html>"
)

# A dev build: quoted attributes, whitespace kept.
PLAIN = (
    "<!DOCTYPE html>\n<html>\n  <head>\n    <title>Planner</title>\n"
    "<script type=\"module\">\nimport init from './app-0123456789abcdef.js';\n"
    f"const wasm = await init({{ module_or_path: '{WASM}' }});\n</script>\n"
    f"<link rel=\"preload\" href=\"{WASM}\" crossorigin=\"anonymous\" integrity=\"{SRI}\" as=\"fetch\" type=\"application/wasm\">\n"
    "</head>\n<body></body>\n</html>\n"
)


class Rewrite(unittest.TestCase):
    def check(self, html: str) -> None:
        out = rewrite(html)
        head_script = out.index("window.__plannerWasm=")
        self.assertLess(head_script, out.index("<title>"), "the compile starts before anything else in <head>")
        self.assertIn(f"('{WASM}','{SRI}')", out, "fetches the wasm with Trunk's integrity hash")
        self.assertIn("module_or_path: window.__plannerWasm", out, "Trunk's loader awaits the early compile")
        self.assertNotIn("rel=preload", out.replace('rel="preload"', "rel=preload"), "the preload link is gone")
        self.assertEqual(out.count("_bg.wasm"), 1, "the wasm is named once, so fetched once")

    def test_minified_release_output(self) -> None:
        self.check(MINIFIED)

    def test_plain_dev_output(self) -> None:
        self.check(PLAIN)

    def test_unexpected_markup_fails_the_build(self) -> None:
        for broken in (MINIFIED.replace("rel=preload", "rel=prefetch"), MINIFIED.replace("module_or_path", "path")):
            with self.assertRaises(SystemExit):
                rewrite(broken)

    def test_command_line_exits_non_zero_on_unexpected_markup(self) -> None:
        import tempfile

        with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as f:
            f.write("<html><title>x</title></html>")
        r = subprocess.run([sys.executable, str(Path(__file__).parent / "early_wasm.py"), f.name], capture_output=True, text=True)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("early-wasm", r.stderr)


if __name__ == "__main__":
    unittest.main()
