"""Release post-build step: drop the wasm exports nothing on the page calls.

Leptos depends on `server_fn`, whose browser feature pulls in `wasm-streams`.
That crate exports three JS classes through wasm-bindgen
(IntoUnderlyingByteSource, IntoUnderlyingSink, IntoUnderlyingSource), so the
wasm keeps their Rust code, the async stream machinery behind them and
futures-util as export roots, and the glue keeps the classes, although a
client-side dashboard with no server functions never touches them: about
4 KB brotli of the transfer budget (docs/PERFORMANCE.md, stop 18).

Two steps, run by scripts/minify-js.sh:
- `glue JS`, before terser: removes the three classes, their dispose lines and
  their FinalizationRegistry constants from the wasm-bindgen glue. It exits
  non-zero, leaving the file alone, unless it finds each one exactly once, so
  a wasm-bindgen or Leptos upgrade cannot silently break the page.
- `wasm WASM JS`, after terser: removes every export whose name the glue no
  longer mentions, then runs binaryen's `remove-unused-module-elements` (and
  nothing else: re-optimising would change what wasm-opt -O2 produced) so the
  code only they reached goes. It exits non-zero if the result imports a
  function the glue does not provide.
Tests: scripts/prune_exports_test.py.
"""

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from short_imports import leb, read_leb, skip_desc

# What the module uses (rustc's wasm32 defaults); `--all-features` would let
# binaryen write newer encodings the browsers and short_imports.py do not read.
FEATURES = (
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-multivalue",
    "--enable-reference-types",
)

CLASSES = ("IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource")


def strip_classes(js: str, classes: tuple[str, ...] = CLASSES) -> str:
    """The glue without `classes` (unminified wasm-bindgen output)."""
    for name in classes:
        parts = [
            # The class body ends at the first `}` alone on its line.
            rf"^export class {name} \{{\n.*?^\}}\n",
            rf"^if \(Symbol\.dispose\) {name}\.prototype\[Symbol\.dispose\] = {name}\.prototype\.free;\n",
            rf"^const {name}Finalization = .*?\);\n",
        ]
        for pattern in parts:
            js, n = re.subn(pattern, "", js, flags=re.M | re.S)
            if n != 1:
                raise SystemExit(f"prune-exports: {pattern!r} is not exactly once in the glue")
    return js


def exports(body: bytes) -> list[tuple[str, bytes]]:
    """The export section's entries: (name, encoded entry)."""
    count, p = read_leb(body, 0)
    out = []
    for _ in range(count):
        start = p
        n, p = read_leb(body, p)
        name = body[p : p + n].decode()
        p = read_leb(body, p + n + 1)[1]  # kind, index
        out.append((name, body[start:p]))
    return out


def mentioned(name: str, js: str) -> bool:
    return re.search(r"(?<![\w$])" + re.escape(name) + r"(?![\w$])", js) is not None


def drop_exports(wasm: bytes, js: str) -> tuple[bytes, list[str]]:
    """`wasm` without the exports `js` never names, and their names."""
    if wasm[:4] != b"\0asm":
        raise SystemExit("prune-exports: not a wasm module")
    out, dropped, i = bytearray(wasm[:8]), [], 8
    while i < len(wasm):
        size, start = read_leb(wasm, i + 1)
        end = start + size
        if wasm[i] == 7:
            kept = []
            for name, entry in exports(wasm[start:end]):
                if mentioned(name, js):
                    kept.append(entry)
                else:
                    dropped.append(name)
            body = leb(len(kept)) + b"".join(kept)
            out += b"\x07" + leb(len(body)) + body
        else:
            out += wasm[i:end]
        i = end
    return bytes(out), dropped


def imports(wasm: bytes) -> list[str]:
    """The fields the module imports."""
    i = 8
    while i < len(wasm):
        size, start = read_leb(wasm, i + 1)
        if wasm[i] == 2:
            body = wasm[start : start + size]
            count, p = read_leb(body, 0)
            names = []
            for _ in range(count):
                n, p = read_leb(body, p)
                p += n
                n, p = read_leb(body, p)
                names.append(body[p : p + n].decode())
                p = skip_desc(body, p + n)
            return names
        i = start + size
    return []


def prune_wasm(wasm_path: Path, js: str) -> list[str]:
    wasm, dropped = drop_exports(wasm_path.read_bytes(), js)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.wasm"
        src.write_bytes(wasm)
        dst = Path(tmp) / "out.wasm"
        subprocess.run(
            # -g keeps a name section when there is one (profiling builds);
            # release modules have none by then, so nothing is added.
            ["wasm-opt", "-g", *FEATURES, "--remove-unused-module-elements", str(src), "-o", str(dst)],
            check=True,
        )
        result = dst.read_bytes()
    missing = [f for f in imports(result) if not mentioned(f, js)]
    if missing:
        raise SystemExit(f"prune-exports: the glue lacks imports {missing[:5]}")
    wasm_path.write_bytes(result)
    return dropped


if __name__ == "__main__":
    if sys.argv[1:2] == ["glue"]:
        p = Path(sys.argv[2])
        p.write_text(strip_classes(p.read_text(encoding="utf-8")), encoding="utf-8")
    elif sys.argv[1:2] == ["wasm"]:
        gone = prune_wasm(Path(sys.argv[2]), Path(sys.argv[3]).read_text(encoding="utf-8"))
        print(f"prune-exports: dropped {len(gone)} exports: {', '.join(gone)}")
    else:
        raise SystemExit("usage: prune_exports.py glue JS | wasm WASM JS")
