#!/usr/bin/env python3
"""Checks Templates/assets/practice/chinese-converter.js against the installed OpenCC: random
runs of lexicon words, as written and in Taiwan and Hong Kong Traditional, converted with t2s,
tw2sp and hk2s by both; prints the number of texts and of differences per configuration.

    scripts/scorer/check-converter.py --language /tmp/scorer-language.js [--count 3000]
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from opencc_lib import convert  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHECK = """
const fs = require("fs"), [language, converter, casesFile] = process.argv.slice(1);
(0, eval)(fs.readFileSync(language, "utf8"));
(0, eval)(fs.readFileSync(converter, "utf8"));
const c = PlaybookChineseConverter.make(PlaybookScorerLanguage.opencc), cases = JSON.parse(fs.readFileSync(casesFile, "utf8"));
const differ = { t2s: 0, tw2sp: 0, hk2s: 0 };
for (const k of cases) for (const n of Object.keys(differ)) if (c[n](k.text) !== k[n]) differ[n]++;
console.log(JSON.stringify({ texts: cases.length, differ }));
process.exit(Object.values(differ).some(Boolean) ? 1 : 0);
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", required=True)
    parser.add_argument("--count", type=int, default=3000)
    args = parser.parse_args()
    lexicon = os.path.join(ROOT, "Data", "language", "lexicon.txt")
    words = [line.split(" ")[0] for line in open(lexicon, encoding="utf-8") if not line.startswith("#")]
    generator = random.Random(3)
    cases = []
    for number in range(args.count):
        text = "".join(generator.sample(words, generator.randint(2, 8)))
        if number % 3:
            text = convert(generator.choice(["s2twp", "s2hk"]), text)
        cases.append({"text": text, **{name: convert(name, text) for name in ("t2s", "tw2sp", "hk2s")}})
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
        json.dump(cases, f, ensure_ascii=False)
    converter = os.path.join(ROOT, "Templates", "assets", "practice", "chinese-converter.js")
    sys.exit(subprocess.run(["node", "-e", CHECK, args.language, converter, f.name]).returncode)


if __name__ == "__main__":
    main()
