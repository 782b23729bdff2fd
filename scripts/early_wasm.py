"""Trunk post-build step: start compiling the wasm while the page is still parsing.

Trunk's loader is a module script, and module scripts run only after the
document is parsed; on a 2-core machine Chromium then laid out and painted the
static shell before it handed the (already preloaded) wasm to the compiler.
Fetching and compiling from a classic script at the top of <head> instead lets
`WebAssembly.compileStreaming` validate the module on background threads while
the page parses and paints: about 20 ms off navigation -> first chart at p50
(interleaved A/B, docs/PERFORMANCE.md, stop 11).

This rewrites dist/index.html in place:
  - a classic <script> before <title> starts the fetch (with Trunk's integrity
    hash) and the compile, and keeps the promise in `window.__plannerWasm`;
  - Trunk's loader awaits that promise instead of fetching the file itself;
  - Trunk's <link rel=preload> for the wasm goes: the script fetches it first.
If compileStreaming is missing or refuses the response (a host that sends the
wasm without `application/wasm`), the promise falls back to a plain Response,
which wasm-bindgen's loader already knows how to instantiate.

It works on Trunk's minified (release) and plain (dev) output and exits non-zero
when the markup is not what it expects, so a Trunk upgrade cannot silently
undo it. Usage: python3 scripts/early_wasm.py dist/index.html. Tests: scripts/early_wasm_test.py.
"""

import re
import sys

ATTR = r"""\b{}=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"""


def attr(tag: str, name: str) -> str | None:
    m = re.search(ATTR.format(name), tag)
    return next((g for g in m.groups() if g is not None), None) if m else None


def rewrite(html: str) -> str:
    preloads = [
        m
        for m in re.finditer(r"<link\b[^>]*>", html)
        if (attr(m.group(0), "href") or "").endswith("_bg.wasm")
        and attr(m.group(0), "rel") == "preload"
    ]
    if len(preloads) != 1:
        raise SystemExit(f"early-wasm: expected one wasm preload link, found {len(preloads)}")
    link = preloads[0].group(0)
    href = attr(link, "href")
    integrity = attr(link, "integrity") or ""
    loader = re.compile(r"module_or_path:\s*(['\"])" + re.escape(href) + r"\1")
    if len(loader.findall(html)) != 1:
        raise SystemExit(f"early-wasm: Trunk's loader does not load {href} as expected")
    if "<title>" not in html:
        raise SystemExit("early-wasm: no <title> to put the script before")
    early = (
        "<script>(function(u,i){var f=function(){return fetch(u,{integrity:i})};"
        "window.__plannerWasm='compileStreaming'in WebAssembly"
        "?WebAssembly.compileStreaming(f()).catch(f):f()})"
        f"({quote(href)},{quote(integrity)})</script>"
    )
    html = html.replace(link, "", 1)
    html = loader.sub("module_or_path: window.__plannerWasm", html, count=1)
    return html.replace("<title>", early + "<title>", 1)


def quote(s: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9+/=._\-]*", s):
        raise SystemExit(f"early-wasm: unexpected characters in {s!r}")
    return f"'{s}'"


if __name__ == "__main__":
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        out = rewrite(f.read())
    with open(path, "w", encoding="utf-8") as f:
        f.write(out)
