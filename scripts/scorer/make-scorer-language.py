#!/usr/bin/env python3
"""Writes the language data the browser answer scorer (Templates/assets/practice/scorer.js)
needs at answer time, as a plain script that sets `PlaybookScorerLanguage`:

* `lexicon`: Data/language/lexicon.txt as is (jieba words with frequencies, `# total N` first),
  so the browser segments answers exactly as WordSegmenter does;
* `pinyin`, `stopWords`, `thesaurus`: the other Data/language files as is;
* `opencc`: the OpenCC configurations TextFolder uses (t2s, tw2sp, hk2s) and their dictionaries,
  read from the installed OpenCC's binary dictionaries (Python package marisa-trie), so the
  browser folds Traditional answers as TextFolder does.

    scripts/scorer/make-scorer-language.py --out /tmp/scorer-language.js
    scripts/scorer/make-scorer-language.py --opencc Data/language/opencc-folding.json [--check]

The site build (`playbook build`) writes the same script as `assets/practice/language-data.js`
from the data built into the binary: the four Data/language files, and the OpenCC part from
`Data/language/opencc-folding.json`, which `--opencc` writes (and `--check` checks against the
installed OpenCC; scripts/test.sh runs it).
"""
import argparse
import json
import os
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "Data", "language")


OPENCC = "/usr/share/opencc"
CONFIGS = ("t2s", "tw2sp", "hk2s")  # what TextFolder uses (ChineseConverter.swift)


def ocd2(name):
    """The entries of an OpenCC binary dictionary: a marisa trie of keys, then each key's values
    (by key ID) as a count and byte lengths into one buffer (OpenCC's SerializedValues)."""
    import marisa_trie
    data = open(os.path.join(OPENCC, name), "rb").read()
    header = b"OPENCC_MARISA_0.2.5"
    if not data.startswith(header):
        raise SystemExit(f"{name}: not an OpenCC 1.1 dictionary (header {data[:20]!r})")
    trie = marisa_trie.Trie()
    trie.frombytes(data[len(header):])
    rest = data[len(header) + len(trie.tobytes()):]
    count, total = struct.unpack_from("<II", rest)
    buffer, position, cursor, values = rest[8:8 + total], 8 + total, 0, []
    for _ in range(count):
        (number,) = struct.unpack_from("<H", rest, position)
        position += 2
        entry = []
        for _ in range(number):
            (length,) = struct.unpack_from("<H", rest, position)
            position += 2
            entry.append(buffer[cursor:cursor + length - 1].decode())
            cursor += length
        values.append(entry)
    return {key: values[index][0] for key, index in trie.items()}


def opencc():
    """The configurations TextFolder uses and their dictionaries (default value of each key)."""
    configs, dictionaries = {}, {}
    for name in CONFIGS:
        config = json.load(open(os.path.join(OPENCC, name + ".json"), encoding="utf-8"))
        chain = [[d["file"] for d in step["dict"].get("dicts", [step["dict"]])] for step in config["conversion_chain"]]
        configs[name] = {"segmentation": config["segmentation"]["dict"]["file"], "chain": chain}
        for file in [configs[name]["segmentation"]] + [f for step in chain for f in step]:
            if file not in dictionaries:
                entries = ocd2(file)
                dictionaries[file] = "".join(k + " " + v + "\n" for k, v in sorted(entries.items()))
    return {"configs": configs, "dictionaries": dictionaries}


def opencc_json():
    """The OpenCC part as compact JSON that is safe inside a script element (the site embeds it)."""
    text = json.dumps(opencc(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", help="the whole language data script")
    parser.add_argument("--opencc", help="only the OpenCC part, as JSON (Data/language/opencc-folding.json)")
    parser.add_argument("--check", action="store_true", help="with --opencc: exit 1 if the file is stale")
    args = parser.parse_args()
    if not args.out and not args.opencc:
        parser.error("give --out or --opencc")
    if args.opencc:
        text = opencc_json()
        if args.check:
            current = open(args.opencc, encoding="utf-8").read() if os.path.exists(args.opencc) else ""
            if current != text:
                sys.exit(f"{args.opencc} is stale: run scripts/scorer/make-scorer-language.py --opencc {args.opencc}")
        else:
            with open(args.opencc, "w", encoding="utf-8") as f:
                f.write(text)
    if not args.out:
        return
    read = lambda name: open(os.path.join(DATA, name), encoding="utf-8").read()
    data = {
        "lexicon": read("lexicon.txt"),
        "pinyin": read("pinyin.txt"),
        "stopWords": read("stopwords.txt"),
        "thesaurus": read("thesaurus-sales.txt"),
        "opencc": opencc(),
    }
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/scorer/make-scorer-language.py: jieba 0.42.1 dictionary (MIT), pypinyin\n"
                "// 0.55.0 (MIT), OpenCC 1.1 t2s/tw2sp/hk2s dictionaries (Apache-2.0), project stop words and thesaurus.\n")
        f.write("var PlaybookScorerLanguage = " + json.dumps(data, ensure_ascii=False) + ";\n")
    sizes = {k: len(v.encode()) for k, v in data["opencc"]["dictionaries"].items()}
    print(f"{args.out}: {os.path.getsize(args.out)} bytes; OpenCC dictionaries {sizes}")


if __name__ == "__main__":
    main()
