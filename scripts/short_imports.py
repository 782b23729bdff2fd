"""Release post-build step: short names for the wasm module's imports.

wasm-bindgen names every JS function the module imports `__wbg_<name>_<hash>`
(module `./app_bg.js`), and the name is written twice: in the wasm's import
section and as a key of the import object in the JS glue. The 16 hex digits of
each hash do not compress, and the dashboard imports over 200 functions: the
names cost about 5.5 KB brotli of the transfer budget (docs/PERFORMANCE.md,
stop 17). This renames each import, in both files, to a one- or two-letter
name (`a`, `b`, … `aB`) and the module to `a`, and likewise the exports the
glue calls (`L.a(…)` for `L.__wbindgen_malloc(…)` and the closure shims with
names of up to 300 characters). Nothing else changes: the import object has
the same functions under the new keys, the glue calls the same exports.

It exits non-zero, leaving the files alone, when the glue is not what it
expects (an import name that is not exactly one key of the import object),
so a wasm-bindgen upgrade cannot silently break the page.
Usage: python3 scripts/short_imports.py DIST_DIR. Tests: scripts/short_imports_test.py.
"""

import re
import sys
from pathlib import Path

MODULE = "./app_bg.js"
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def read_leb(data: bytes, i: int) -> tuple[int, int]:
    """An unsigned LEB128 at `i`: (value, index after it)."""
    value = shift = 0
    while True:
        b = data[i]
        i += 1
        value |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return value, i


def leb(n: int) -> bytes:
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | 0x80 if n else b)
        if not n:
            return bytes(out)


def short(k: int) -> str:
    """The k-th short name: a … Z, aa … ZZ, … (bijective base 52)."""
    s = ""
    k += 1
    while k:
        k -= 1
        s = LETTERS[k % 52] + s
        k //= 52
    return s


def skip_desc(body: bytes, p: int) -> int:
    """Index after the import description (func, table, memory, global) at `p`."""
    kind, p = body[p], p + 1
    if kind == 0:  # func: type index
        return read_leb(body, p)[1]
    if kind == 1:  # table: reftype, limits
        p += 1
    if kind in (1, 2):  # limits: flags, min, [max]
        flags, p = body[p], p + 1
        _, p = read_leb(body, p)
        return read_leb(body, p)[1] if flags & 1 else p
    if kind == 3:  # global: valtype, mutability
        return p + 2
    raise SystemExit(f"short-imports: unknown import kind {kind}")


def rename_section(body: bytes) -> tuple[bytes, dict[str, str]]:
    """The import section with the glue's imports renamed, and old -> new."""
    count, p = read_leb(body, 0)
    names: dict[str, str] = {}
    out = bytearray(leb(count))
    for _ in range(count):
        n, p = read_leb(body, p)
        module, p = body[p : p + n].decode(), p + n
        n, p = read_leb(body, p)
        field, p = body[p : p + n].decode(), p + n
        q = skip_desc(body, p)
        if module == MODULE:
            names.setdefault(field, short(len(names)))
            module, field = "a", names[field]
        out += leb(len(module)) + module.encode() + leb(len(field)) + field.encode() + body[p:q]
        p = q
    return bytes(out), names


def rename_exports(body: bytes, js: str) -> tuple[bytes, str]:
    """The export section with every export the glue reads only as a property
    (`L.__wbindgen_malloc`, the closure-invoke shims with 100-300 character
    names) renamed, and the glue with the new names. `memory` and the exports
    the glue never names keep their names."""
    count, p = read_leb(body, 0)
    out = bytearray(leb(count))
    renamed = 0
    for _ in range(count):
        n, p = read_leb(body, p)
        name, p = body[p : p + n].decode(), p + n
        q = read_leb(body, p + 1)[1]  # kind, index
        word = r"(?<![\w$])" + re.escape(name) + r"(?![\w$])"
        uses = len(re.findall(word, js))
        if name != "memory" and uses and uses == len(re.findall(r"\." + re.escape(name) + r"(?![\w$])", js)):
            new = short(renamed)
            renamed += 1
            js = re.sub(r"\." + re.escape(name) + r"(?![\w$])", "." + new, js)
            name = new
        out += leb(len(name)) + name.encode() + body[p:q]
        p = q
    return bytes(out), js


def rewrite(wasm: bytes, js: str) -> tuple[bytes, str]:
    if wasm[:4] != b"\0asm":
        raise SystemExit("short-imports: not a wasm module")
    out, names, i = bytearray(wasm[:8]), {}, 8
    while i < len(wasm):
        size, start = read_leb(wasm, i + 1)
        end = start + size
        if wasm[i] == 2:
            body, names = rename_section(wasm[start:end])
            out += b"\x02" + leb(len(body)) + body
        elif wasm[i] == 7:
            body, js = rename_exports(wasm[start:end], js)
            out += b"\x07" + leb(len(body)) + body
        else:
            out += wasm[i:end]
        i = end
    if not names:
        raise SystemExit(f"short-imports: no imports from {MODULE}")
    for old, new in names.items():
        word = r"(?<![\w$])" + re.escape(old) + r"(?![\w$])"
        if len(re.findall(word, js)) != 1:
            raise SystemExit(f"short-imports: {old} is not exactly once in the glue")
        js, n = re.subn(r"(?<=[{,])" + re.escape(old) + r":", new + ":", js)
        if n != 1:
            raise SystemExit(f"short-imports: {old} is not a key of the import object")
    key = f'"{MODULE}":'
    if js.count(key) != 1:
        raise SystemExit(f"short-imports: the glue does not name {MODULE} once")
    return bytes(out), js.replace(key, "a:")


if __name__ == "__main__":
    dist = Path(sys.argv[1])
    (wasm_path,) = dist.glob("app-*_bg.wasm")
    (js_path,) = dist.glob("app-*.js")
    wasm, js = rewrite(wasm_path.read_bytes(), js_path.read_text(encoding="utf-8"))
    wasm_path.write_bytes(wasm)
    js_path.write_text(js, encoding="utf-8")
