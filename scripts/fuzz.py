#!/usr/bin/env python3
"""Seeded mutation fuzzer: hostile content never crashes or hangs playbook.

Each run copies the sample content (Content/) to a temporary folder, applies a few seeded
mutations to its files (byte flips, line duplication, huge numbers and dates in front matter,
deleted or repeated headings, deeply nested lists and quotes, invalid UTF-8, NUL bytes, YAML
anchor bombs and aliases repeating a long text, very long lines and IDs, symbolic link loops ...),
then runs

    playbook check       --content DIR --today 2026-11-23            (fills the parse cache)
    playbook build       --content DIR --today 2026-11-23 --out TMP/site --quiet   (reads it)
    playbook export json --content DIR --today 2026-11-23 --no-cache

each under an address-space limit (RLIMIT_AS, --memory-mb, default 2048) and a time limit
(--timeout, default 20 s). A run fails when a command is killed by a signal (a trap is SIGILL
or SIGTRAP, exit 132/133), exits with a code other than 0, 1 or 2, runs out of time, or hits the
memory limit (Swift reports that as a fatal error or a signal). Each failure is saved to
--crashes (default .build/fuzz-crashes/) as a folder holding the mutated content, what was done
to it and a `repro.sh` that runs the failing command again. The exit code is 1 when any run
failed, else 0.

Runs are reproducible: run N of seed S mutates the same way on every machine, so a failure is
named by `--seed S --only N`.

    # the short seeded run in scripts/test.sh (under a minute on a debug build: files of at
    # most 2 MiB)
    python3 scripts/fuzz.py --binary .build/debug/playbook --seed 1 --runs 50 --max-file-mb 2

    # a long run: a release build, half an hour, a fresh seed, output in a log
    swift build -c release --product playbook
    python3 scripts/fuzz.py --binary .build/release/playbook --seed "$RANDOM" --minutes 30 \\
        > .build/fuzz.log 2>&1

    # one run again, keeping its content folder
    python3 scripts/fuzz.py --binary .build/debug/playbook --seed 7 --only 123 --keep

Only the Python standard library is used.
"""

import argparse
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TODAY = "2026-11-23"

# --------------------------------------------------------------------------- mutations
# Each takes (rng, text bytes) and returns new bytes. They are small and composable: a run
# applies 1-4 of them to 1-3 files.

HUGE_NUMBERS = [
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "18446744073709551616",
    "99999999999999999999999999", "153722867280912931", "2562047788015216", "106751991167301",
    "0", "-1", "1e308", "-0", "0x7fffffffffffffff", "1_000_000_000_000", ".inf", ".nan",
]
HUGE_DATES = ["99999999-01-01", "9999-12-31", "0000-01-01", "0001-01-01", "2026-02-30", "-2026-01-01",
              "2026-13-01", "1-1-1", "2026-01-01T00:00:00Z"]
UNITS = ["d", "w", "m", "y", "s", "h", ""]
FRONT_KEYS = ["reviewEvery", "reviewed", "newPerSession", "desiredRetention", "learningSteps",
              "relearningSteps", "id", "title", "tags", "draft", "owner", "competitors", "products",
              "segments", "category", "aliases", "name", "type", "locale", "unsafeHTML"]

MEANINGFUL = {
    "locale": ["en", "zh-Hant", "zh-TW"], "unsafeHTML": ["true"], "draft": ["true"],
    "type": ["product", "competitor", "objections", "self", "segment", "case"],
    "id": ["same", "cmb", "payroll", "../x", "a/b", "con"], "competitors": ["[cmb, icbc, cmb]", "[payroll]"],
    "products": ["[payroll, payroll]", "[cmb]"], "reviewed": ["2026-11-23", "1970-01-01"],
    "reviewEvery": ["1d", "36525d", "100y", "5217w"], "learningSteps": ["[1s, 365d]", "[]"],
}


# The largest file a mutation makes (--max-file-mb); repeats are cut to fit, so a chain of
# mutations (a huge line, then that line repeated) never builds gigabytes in this process.
MAX_BYTES = 17 << 20


def repeats(n, unit):
    """`n` repeats of `unit` bytes, or as many as fit in MAX_BYTES (at least 1)."""
    return max(1, min(n, MAX_BYTES // max(1, unit)))


def lines_of(data):
    return data.split(b"\n")


def flip_bytes(rng, data):
    if not data:
        return data
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(b))
        b[i] = rng.choice([b[i] ^ (1 << rng.randrange(8)), rng.randrange(256)])
    return bytes(b)


def duplicate_line(rng, data):
    lines = lines_of(data)
    i = rng.randrange(len(lines))
    n = repeats(rng.choice([2, 10, 100, 1000, 10000, 30000]), len(lines[i]) + 1)
    return b"\n".join(lines[:i] + [lines[i]] * n + lines[i + 1:])


def duplicate_block(rng, data):
    lines = lines_of(data)
    i = rng.randrange(len(lines))
    j = min(len(lines), i + rng.randint(1, 20))
    n = repeats(rng.choice([2, 50, 500, 3000]), sum(len(line) + 1 for line in lines[i:j]))
    return b"\n".join(lines[:i] + lines[i:j] * n + lines[j:])


def delete_lines(rng, data):
    lines = lines_of(data)
    i = rng.randrange(len(lines))
    j = min(len(lines), i + rng.randint(1, 10))
    return b"\n".join(lines[:i] + lines[j:])


def heading_lines(lines):
    return [k for k, line in enumerate(lines) if line.startswith(b"#")]


def delete_heading(rng, data):
    lines = lines_of(data)
    heads = heading_lines(lines)
    if not heads:
        return data
    del lines[rng.choice(heads)]
    return b"\n".join(lines)


def duplicate_heading(rng, data):
    lines = lines_of(data)
    heads = heading_lines(lines) or [len(lines) - 1]
    k = rng.choice(heads)
    line = lines[k] if lines[k].startswith(b"#") else b"## h"
    n = repeats(rng.choice([2, 100, 5000, 20000]), len(line) + 2)
    return b"\n".join(lines[:k] + [line + b"\n"] * n + lines[k:])


def front_matter_value(rng, data):
    """Sets a front matter key to a huge or odd value (adding front matter if there is none)."""
    key = rng.choice(FRONT_KEYS)
    kind = rng.random()
    if kind < 0.15 and key in MEANINGFUL:
        value = rng.choice(MEANINGFUL[key])  # a valid value that takes another path
    elif kind < 0.45:
        value = rng.choice(HUGE_NUMBERS) + rng.choice(UNITS)
    elif kind < 0.6:
        value = rng.choice(HUGE_DATES)
    elif kind < 0.75:
        value = "[" + ", ".join(rng.choice(HUGE_NUMBERS) + rng.choice(UNITS) for _ in range(rng.randint(1, 4))) + "]"
    elif kind < 0.85:
        value = "x" * rng.choice([200, 5000, 100000])
    else:
        value = rng.choice(["{a: 1}", "[[[[]]]]", "!!binary xyz", "*nope", "&a [*a]", "null", "~", "''", "\"\\x00\""])
    line = f"{key}: {value}".encode()
    if data.startswith(b"---\n"):
        end = data.find(b"\n---", 4)
        if end > 0:
            # replace an existing key, or add it
            head, rest = data[4:end], data[end:]
            pattern = re.compile(rb"^" + re.escape(key.encode()) + rb":.*$", re.M)
            if pattern.search(head):
                head = pattern.sub(lambda _: line, head, count=1)
            else:
                head = head + b"\n" + line
            return b"---\n" + head + rest
    return b"---\n" + line + b"\n---\n" + data


def yaml_bomb(rng, data):
    levels = rng.randint(5, 12)
    width = rng.randint(5, 10)
    yaml = [b"a0: &a0 [" + b",".join([b'"lol"'] * width) + b"]"]
    for k in range(1, levels):
        yaml.append(b"a%d: &a%d [" % (k, k) + b",".join([b"*a%d" % (k - 1)] * width) + b"]")
    target = rng.choice([b"tags", b"competitors", b"products", b"learningSteps", b"aliases", b"title"])
    yaml.append(target + b": *a%d" % (levels - 1))
    block = b"\n".join(yaml)
    if data.startswith(b"---\n"):
        return b"---\n" + block + b"\n" + data[4:]
    return b"---\n" + block + b"\n---\n" + data


def alias_amplify(rng, data):
    """One long anchored text repeated by many aliases: a few KB of YAML, gigabytes if expanded."""
    size = rng.choice([1000, 30000, 300000])
    count = rng.choice([100, 2000, 50000])
    target = rng.choice([b"tags", b"competitors", b"products", b"aliases", b"learningSteps", b"segments"])
    block = b'long: &long "' + b"x" * size + b'"\n' + target + b": [" + b", ".join([b"*long"] * count) + b"]"
    if data.startswith(b"---\n"):
        data = re.sub(rb"^" + re.escape(target) + rb":.*\n", b"", data, count=1, flags=re.M)
        return b"---\n" + block + b"\n" + data[4:]
    return b"---\n" + block + b"\n---\n" + data


def nested_list(rng, data):
    depth = rng.choice([50, 500, 3000])
    style = rng.choice(["list", "quote", "mixed", "ordered"])
    out = []
    for k in range(depth):
        if style == "list":
            out.append("  " * k + "- 层%d" % k)
        elif style == "ordered":
            out.append("   " * k + "1. 层%d" % k)
        elif style == "quote":
            out.append(">" * (k + 1) + " 层%d" % k)
        else:
            out.append("> " * (k // 2) + "  " * (k % 2) + "- 层%d" % k)
    return insert_at_line(rng, data, "\n".join(out).encode())


def insert_at_line(rng, data, block):
    lines = lines_of(data)
    i = rng.randrange(len(lines) + 1)
    return b"\n".join(lines[:i] + [b"", block, b""] + lines[i:])


def invalid_utf8(rng, data):
    junk = rng.choice([b"\xff", b"\xc3", b"\xe4\xb8", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\x80\x80"])
    i = rng.randrange(len(data) + 1)
    return data[:i] + junk + data[i:]


def nul_bytes(rng, data):
    i = rng.randrange(len(data) + 1)
    return data[:i] + b"\x00" * rng.choice([1, 3, 1000]) + data[i:]


def huge_line(rng, data):
    piece = rng.choice(["字", "x", "<b>x</b>", "**a", "[", "`", "\\", "&amp;", "[x](../y.md)", "问：", "- "])
    n = rng.choice([10000, 100000, 400000])
    return insert_at_line(rng, data, (piece * n).encode())


def quiz_flood(rng, data):
    item = rng.choice(["- 问：同一个问题？\n  答：同一个答案。", "一段不是问题的文字。\n", "- 问：没有答案？",
                       "- **名称**：说明", "- [ ] 选项", "## 自测"])
    n = rng.choice([100, 3000, 20000])
    return data + ("\n\n## 自测\n\n" + "\n".join([item] * n) + "\n").encode()


def long_id(rng, data):
    ident = rng.choice(["a", "字", "-", "_", "a-2"]) * rng.choice([100, 300, 5000])
    heading = rng.choice(["## ", "### ", "- **"])
    suffix = "**：x" if heading == "- **" else ""
    return insert_at_line(rng, data, f"{heading}标题 {{#{ident}}}{suffix}".encode())


def crlf(rng, data):
    return data.replace(b"\n", rng.choice([b"\r\n", b"\r"]))


def truncate(rng, data):
    return data[:rng.randrange(len(data) + 1)]


def markdown_oddities(rng, data):
    snippet = rng.choice([
        "| a | b |\n|---|---|\n| 1 | 2 |", "<script>alert(1)</script>", "[x](javascript:alert(1))",
        "```\n" + "代码\n" * 1000, "<!--", "{#}", "## {#../../etc}", "## 1. {#con}", "[](../../../x.md)",
        "![img](data:image/png;base64," + "A" * 50000 + ")", "\u202e\u200b\ufeff", "# \n## \n### \n",
        "- [x]\n- [ ]\n- [X] ", "问：\n答：", "* * *\n" * 100, "[a]: <>\n[a]",
    ])
    return insert_at_line(rng, data, snippet.encode())


MUTATIONS = [
    (flip_bytes, 6), (duplicate_line, 4), (duplicate_block, 3), (delete_lines, 3), (delete_heading, 3),
    (duplicate_heading, 3), (front_matter_value, 10), (yaml_bomb, 2), (alias_amplify, 2), (nested_list, 3), (invalid_utf8, 2),
    (nul_bytes, 2), (huge_line, 2), (quiz_flood, 3), (long_id, 2), (crlf, 1), (truncate, 2),
    (markdown_oddities, 4),
]


def pick_mutation(rng):
    total = sum(w for _, w in MUTATIONS)
    x = rng.uniform(0, total)
    for fn, w in MUTATIONS:
        x -= w
        if x <= 0:
            return fn
    return MUTATIONS[-1][0]


def tree_mutation(rng, content):
    """Mutations of the folder itself: symbolic link loops, long file names, odd files."""
    what = rng.choice(["loop", "self", "dangling", "longname", "dir-as-md", "hidden", "empty"])
    if what == "loop":
        os.symlink("..", os.path.join(content, "products", "up"))
        os.symlink("loop-b.md", os.path.join(content, "products", "loop-a.md"))
        os.symlink("loop-a.md", os.path.join(content, "products", "loop-b.md"))
    elif what == "self":
        os.symlink("self.md", os.path.join(content, "competitors", "self.md"))
    elif what == "dangling":
        os.symlink("nowhere.md", os.path.join(content, "objections", "gone.md"))
    elif what == "longname":
        name = rng.choice(["a", "字", "-"]) * rng.choice([60, 80, 200])
        name = name.encode()[:250].decode("utf-8", "ignore") + ".md"
        with open(os.path.join(content, "products", name), "w", encoding="utf-8") as f:
            f.write("---\ntitle: 长名字\n---\n")
    elif what == "dir-as-md":
        os.makedirs(os.path.join(content, "products", "folder.md"))
    elif what == "hidden":
        with open(os.path.join(content, "products", ".x.md"), "wb") as f:
            f.write(b"\xff\xfe")
    else:
        open(os.path.join(content, "segments", "empty.md"), "w").close()
    return f"tree: {what}"


def mutate(rng, content, max_bytes):
    """Applies this run's mutations to the copy in `content`; returns what was done. A mutation
    that would make a file larger than `max_bytes` is left out (the draws stay the same)."""
    files = []
    for folder, _, names in os.walk(content):
        files += [os.path.join(folder, n) for n in names if n.endswith(".md")]
    files.sort()
    done = []
    if rng.random() < 0.1:
        done.append(tree_mutation(rng, content))
    for _ in range(rng.choice([1, 1, 2, 3])):
        path = rng.choice(files)
        with open(path, "rb") as f:
            data = f.read()
        for _ in range(rng.choice([1, 1, 2, 4])):
            fn = pick_mutation(rng)
            mutated = fn(rng, data)
            if len(mutated) > max_bytes:
                continue
            data = mutated
            done.append(f"{os.path.relpath(path, content)}: {fn.__name__}")
        with open(path, "wb") as f:
            f.write(data)
    return done


# --------------------------------------------------------------------------- running

def limits(memory_mb):
    def apply():
        limit = memory_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        os.setsid()  # its own process group, so a timeout kills every child
    return apply


def commands(binary, content, out):
    # check fills the parse cache (in this fuzz run's own XDG_CACHE_HOME) and build reads it;
    # export reads every file again.
    common = ["--content", content, "--today", TODAY]
    return [
        [binary, "check"] + common,
        [binary, "build"] + common + ["--out", out, "--quiet"],
        [binary, "export", "json"] + common + ["--no-cache"],
    ]


def run_one(cmd, env, memory_mb, timeout):
    """Returns (failure reason or None, seconds, stderr tail)."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            env=env, preexec_fn=limits(memory_mb))
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return f"timeout after {timeout:g} s", time.monotonic() - started, b""
    elapsed = time.monotonic() - started
    tail = err[-4000:]
    code = proc.returncode
    if code < 0:
        name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else str(-code)
        return f"killed by signal {name}", elapsed, tail
    if code not in (0, 1, 2):
        return f"exit code {code}", elapsed, tail
    lowered = tail.lower()
    if b"fatal error" in lowered or b"out of memory" in lowered or b"cannot allocate" in lowered:
        return "fatal error / memory limit", elapsed, tail
    return None, elapsed, tail


def save_failure(crashes, seed, index, content, cmd, reason, done, tail, memory_mb, timeout):
    folder = os.path.join(crashes, f"seed{seed}-run{index}")
    if os.path.exists(folder):
        shutil.rmtree(folder)
    shutil.copytree(content, os.path.join(folder, "Content"), symlinks=True)
    args = [a if a != content else "$here/Content" for a in cmd]
    args = [re.sub(r"^.*/site$", "$(mktemp -d)/site", a) for a in args]
    with open(os.path.join(folder, "repro.sh"), "w") as f:
        f.write("#!/usr/bin/env bash\n")
        f.write(f"# {reason}\n# fuzz.py --seed {seed} --only {index}\n")
        f.write("here=$(cd \"$(dirname \"$0\")\" && pwd)\n")
        f.write("export XDG_CACHE_HOME=$(mktemp -d)  # not the user's parse cache\n")
        f.write(f"ulimit -v {memory_mb * 1024}\n")
        f.write(f"timeout -s KILL {timeout:g} " + " ".join(f'"{a}"' if "$" in a else shlex_quote(a) for a in args) + "\n")
        f.write("echo \"exit $?\"\n")
    os.chmod(os.path.join(folder, "repro.sh"), 0o755)
    with open(os.path.join(folder, "mutations.txt"), "w") as f:
        f.write(reason + "\n" + "\n".join(done) + "\n\n" + tail.decode("utf-8", "replace"))
    return folder


def shlex_quote(s):
    import shlex
    return shlex.quote(s)


def main():
    parser = argparse.ArgumentParser(description="Seeded mutation fuzzer for playbook check/build/export.")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "playbook"))
    parser.add_argument("--content", default=os.path.join(ROOT, "Content"), help="the content to mutate")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, help="number of runs (default 50, unless --minutes)")
    parser.add_argument("--minutes", type=float, help="run until this much time has passed")
    parser.add_argument("--only", type=int, help="do only run N of the seed (to reproduce a failure)")
    parser.add_argument("--timeout", type=float, default=20, help="seconds per command")
    parser.add_argument("--memory-mb", type=int, default=2048, help="address-space limit per command")
    parser.add_argument("--max-file-mb", type=float, default=17,
                        help="leave out mutations that make a file larger (default 17: past the 16 MiB limit)")
    parser.add_argument("--crashes", default=os.path.join(ROOT, ".build", "fuzz-crashes"))
    parser.add_argument("--keep", action="store_true", help="keep each run's temporary content folder")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()

    global MAX_BYTES
    MAX_BYTES = int(args.max_file_mb * (1 << 20))
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"fuzz: no playbook binary at {binary}; build it first (swift build)")
    runs = args.runs if args.runs is not None else (None if args.minutes else 50)
    deadline = time.monotonic() + args.minutes * 60 if args.minutes else None

    work = tempfile.mkdtemp(prefix="playbook-fuzz-")
    env = dict(os.environ)
    env["XDG_CACHE_HOME"] = os.path.join(work, "cache")  # never the user's parse or deck cache
    env["HOME"] = work
    failures = []
    index = args.only if args.only is not None else 0
    count = 0
    slowest = (0.0, None)
    started = time.monotonic()
    try:
        while True:
            if args.only is not None and count == 1:
                break
            if runs is not None and count >= runs:
                break
            if deadline is not None and time.monotonic() >= deadline:
                break
            rng = random.Random(f"{args.seed}:{index}")
            run_dir = os.path.join(work, f"run{index}")
            content = os.path.join(run_dir, "Content")
            shutil.copytree(args.content, content, symlinks=True)
            done = mutate(rng, content, MAX_BYTES)
            out = os.path.join(run_dir, "site")
            failed = None
            for cmd in commands(binary, content, out):
                reason, elapsed, tail = run_one(cmd, env, args.memory_mb, args.timeout)
                if elapsed > slowest[0]:
                    slowest = (elapsed, f"run {index} {cmd[1]}")
                if reason:
                    folder = save_failure(args.crashes, args.seed, index, content, cmd, reason, done, tail,
                                          args.memory_mb, args.timeout)
                    failed = f"run {index}: {' '.join(cmd[1:3])}: {reason} ({'; '.join(done)}) -> {folder}/repro.sh"
                    break
            if failed:
                failures.append(failed)
                print("FAIL " + failed, flush=True)
            elif args.verbose:
                print(f"ok   run {index}: {'; '.join(done)}", flush=True)
            if not args.keep:
                shutil.rmtree(run_dir, ignore_errors=True)
                shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
            index += 1
            count += 1
            if count % 100 == 0:
                print(f"fuzz: {count} runs, {len(failures)} failed, {time.monotonic() - started:.0f} s", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"fuzz: kept {work}")
    print(f"fuzz: seed {args.seed}: {count} runs ({count * 3} commands) in {time.monotonic() - started:.0f} s, "
          f"{len(failures)} failed; slowest command {slowest[0]:.1f} s ({slowest[1]})", flush=True)
    for failure in failures:
        print("  " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
