"""Writing a generated source file, or checking it is current (`--check`), for the embed scripts."""
import os
import sys


def write_or_check(target, text, script):
    """With --check in argv: exit 1 when `target` differs from `text`. Otherwise write it."""
    if "--check" in sys.argv:
        current = open(target, encoding="utf-8").read() if os.path.exists(target) else ""
        if current != text:
            print(f"{os.path.basename(target)} is stale: run scripts/{script}", file=sys.stderr)
            sys.exit(1)
        return
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)


def swift_raw_literal(text):
    """`text` as a Swift raw multi-line string literal, with enough `#` to hold it."""
    hashes = "#"
    while ('"""' + hashes) in text or ('"' + hashes) in text:
        hashes += "#"
    return f'{hashes}"""\n{text}\n"""{hashes}'
