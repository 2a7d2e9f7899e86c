#!/usr/bin/env python3
"""Builds Data/language/lexicon.txt and pinyin.txt from the upstream packages.

    pip download --no-deps jieba==0.42.1 pypinyin==0.55.0 -d /tmp/langdata
    (cd /tmp/langdata && tar xzf jieba-0.42.1.tar.gz && unzip -oq pypinyin-0.55.0-py2.py3-none-any.whl -d pypinyin)
    scripts/prepare-language-data.py /tmp/langdata/jieba-0.42.1/jieba/dict.txt /tmp/langdata/pypinyin/pypinyin/pinyin_dict.json

lexicon.txt: jieba's dict.txt (MIT) without part-of-speech tags, pruned to words with a
frequency of at least MIN_FREQUENCY plus every single character; its first line keeps the
frequency total of the full dictionary, so word probabilities are those of jieba.

pinyin.txt: pypinyin's pinyin_dict.json (MIT) for the characters of GB2312 (levels 1 and 2),
toneless, one syllable per line followed by its characters (a character with several readings
is on several lines).

Run scripts/embed-language-data.py afterwards.
"""
import json
import os
import sys
import unicodedata

MIN_FREQUENCY = 40
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Data", "language")


def lexicon(dict_path):
    total = 0
    kept = []
    with open(dict_path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, freq = parts[0], int(parts[1])
            total += freq
            if freq >= MIN_FREQUENCY or len(word) == 1:
                kept.append((word.lower(), freq))
    merged = {}
    for word, freq in kept:
        merged[word] = merged.get(word, 0) + freq
    lines = [f"# total {total}"] + [f"{w} {f}" for w, f in sorted(merged.items())]
    with open(os.path.join(OUT, "lexicon.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"lexicon: {len(merged)} words, total frequency {total}")


def toneless(syllable):
    base = "".join(c for c in unicodedata.normalize("NFD", syllable) if not unicodedata.combining(c))
    return base.replace("ü", "v").lower()


def pinyin(json_path):
    table = json.load(open(json_path, encoding="utf-8"))
    by_syllable = {}
    count = 0
    for code, readings in table.items():
        char = chr(int(code))
        try:
            encoded = char.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if len(encoded) != 2 or encoded[0] < 0xB0:  # GB2312 hanzi rows start at 0xB0
            continue
        count += 1
        for reading in {toneless(r) for r in readings.split(",")}:
            by_syllable.setdefault(reading, []).append(char)
    lines = [f"{s} {''.join(sorted(chars))}" for s, chars in sorted(by_syllable.items())]
    with open(os.path.join(OUT, "pinyin.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"pinyin: {count} characters, {len(by_syllable)} syllables")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    lexicon(sys.argv[1])
    pinyin(sys.argv[2])
