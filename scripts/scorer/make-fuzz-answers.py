#!/usr/bin/env python3
"""Writes answers made at random from labelled ones (JSON lines {"id", "objection", "answer"}), to
compare the browser scorer with the Swift one beyond the labelled sets: clauses of an answer to
the same objection, shuffled, some joined with clauses of other answers, some in Taiwan
Traditional (OpenCC s2twp), some with a character dropped.

    scripts/scorer/make-fuzz-answers.py --answers Benchmarks/language/answers.jsonl --out /tmp/fuzz.jsonl
    node scripts/site-check/scoring_vectors.js --content Content --answers /tmp/fuzz.jsonl
"""
import argparse
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from opencc_lib import convert  # noqa: E402

CLAUSE = re.compile(r"[，。；！？、,.;!?]")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generator = random.Random(args.seed)
    rows = [json.loads(line) for line in open(args.answers, encoding="utf-8") if line.strip()]
    clauses = lambda text: [c for c in CLAUSE.split(text) if c]
    everywhere = [c for row in rows for c in clauses(row["answer"])]
    with open(args.out, "w", encoding="utf-8") as out:
        for number in range(args.count):
            row = generator.choice(rows)
            own = clauses(row["answer"])
            parts = generator.sample(own, min(len(own), generator.randint(1, 3)))
            parts += generator.sample(everywhere, generator.randint(0, 2))
            generator.shuffle(parts)
            answer = generator.choice(["，", "。", " ", ""]).join(parts)
            if generator.random() < 0.3:
                answer = convert("s2twp", answer)
            if generator.random() < 0.2 and len(answer) > 4:
                cut = generator.randrange(len(answer))
                answer = answer[:cut] + answer[cut + 1:]
            out.write(json.dumps({"id": f"fuzz{number}", "objection": row["objection"], "answer": answer},
                                 ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
