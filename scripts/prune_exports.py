"""Release post-build step: drop the wasm exports nothing on the page calls.

Leptos depends on `server_fn`, whose browser feature pulls in `wasm-streams`.
The real crate exports three JS classes through wasm-bindgen
(IntoUnderlyingByteSource, IntoUnderlyingSink, IntoUnderlyingSource), which
this script used to cut from the glue and the wasm; their code stayed
reachable through the function table. Since stop 28 the workspace links a
stand-in without exports (vendor/wasm-streams, Cargo.toml's
[patch.crates-io]), so the classes never appear.

Two steps, run by scripts/minify-js.sh:
- `glue JS`, before terser: checks that the glue has none of the three
  classes, and exits non-zero if it has one (the stand-in is no longer
  linked, so about 2 KB brotli came back).
- `wasm WASM JS`, after terser: removes every export whose name the glue no
  longer mentions (main, the abort hooks, wasm-split's marker), then runs
  binaryen's `remove-unused-module-elements` (and nothing else:
  re-optimising would change what wasm-opt -O2 produced) so the code only
  they reached goes. It exits non-zero if the result imports a function the
  glue does not provide.
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


def check_classes(js: str, classes: tuple[str, ...] = CLASSES) -> None:
    """Exits non-zero if the wasm-bindgen glue exports any of `classes`."""
    found = [name for name in classes if re.search(rf"^export class {name} \{{", js, flags=re.M)]
    if found:
        raise SystemExit(
            f"prune-exports: the glue exports {', '.join(found)}: wasm-streams' stand-in "
            "(vendor/wasm-streams, Cargo.toml [patch.crates-io]) is not linked"
        )


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
        check_classes(Path(sys.argv[2]).read_text(encoding="utf-8"))
    elif sys.argv[1:2] == ["wasm"]:
        gone = prune_wasm(Path(sys.argv[2]), Path(sys.argv[3]).read_text(encoding="utf-8"))
        print(f"prune-exports: dropped {len(gone)} exports: {', '.join(gone)}")
    else:
        raise SystemExit("usage: prune_exports.py glue JS | wasm WASM JS")
