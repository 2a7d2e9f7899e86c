#!/usr/bin/env python3
"""Scores the labelled trainee answers (answers.jsonl) with `playbook score --batch` and
prints, per case type, how often the scorer's pass/fail agrees with the trainer's label.

    Benchmarks/language/answers.py [--binary .build/debug/playbook] [--content Content] [--misses]
    Benchmarks/language/answers.py --external /path/to/other-scorer
    Benchmarks/language/answers.py --answers Benchmarks/language/never-say-variants.jsonl

A row may name its playbook ("corpus": "sample" for Content/, "holdout" for holdout/Content; the
default is --content) and whether a never-say phrase must be flagged ("flag": true / false); with
"flag", the flags are counted too: missed (a variant not flagged) and false (a near-miss flagged).

--external runs another scorer instead (to compare, e.g. an older version): it reads JSON lines
{"keyPoints", "alternatives", "avoid", "answer"} on standard input and prints JSON lines with at
least "covered" (one boolean per key point) and "flagged" (a list); pass is computed here.

Rubric (docs/format.md): pass = at least two key points, and at least half of them, said in
substance, and no never-say phrase or close variant.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def playbook_score(args, rows):
    stdin = "".join(json.dumps({"objection": r["objection"], "answer": r["answer"]}, ensure_ascii=False) + "\n" for r in rows)
    run = subprocess.run([args.binary, "score", "--content", args.content, "--batch"], input=stdin,
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"playbook score failed ({run.returncode}): {run.stderr}")
    return [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


def passes(covered, flagged):
    count = sum(1 for c in covered if c)
    return not flagged and count >= 2 and count * 2 >= len(covered)


def external(args, rows):
    export = subprocess.run([args.binary, "export", "json", "--content", args.content], capture_output=True, text=True)
    if export.returncode != 0:
        sys.exit(f"playbook export failed: {export.stderr}")
    objections = {o["id"]: o for o in json.loads(export.stdout)["objections"]}
    lines = []
    for r in rows:
        o = objections[r["objection"]]
        lines.append(json.dumps({"keyPoints": o["keyPoints"], "alternatives": o.get("keyPointAlternatives", []),
                                 "avoid": o["avoid"], "answer": r["answer"]}, ensure_ascii=False))
    run = subprocess.run(args.external, shell=True, input="\n".join(lines) + "\n", capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{args.external} failed: {run.stderr}")
    results = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    for result in results:
        result["pass"] = passes(result["covered"], result["flagged"])
        result.setdefault("score", 0)
        result.setdefault("keyPoints", [])
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "playbook"))
    parser.add_argument("--content", default=os.path.join(ROOT, "Content"))
    parser.add_argument("--answers", default=os.path.join(HERE, "answers.jsonl"))
    parser.add_argument("--misses", action="store_true", help="list the answers the scorer gets wrong")
    parser.add_argument("--external", help="another scorer command (see above)")
    args = parser.parse_args()

    rows = [json.loads(line) for line in open(args.answers, encoding="utf-8") if line.strip()]
    corpora = {"sample": os.path.join(ROOT, "Content"), "holdout": os.path.join(HERE, "holdout", "Content")}
    results = [None] * len(rows)
    for corpus in dict.fromkeys(r.get("corpus") for r in rows):
        indices = [i for i, r in enumerate(rows) if r.get("corpus") == corpus]
        scoped = argparse.Namespace(**vars(args))
        if corpus:
            scoped.content = corpora[corpus]
        scored = external(scoped, [rows[i] for i in indices]) if args.external else playbook_score(scoped, [rows[i] for i in indices])
        for i, result in zip(indices, scored):
            results[i] = result
    assert len(results) == len(rows), "one result per answer"

    table = collections.OrderedDict()
    misses = []
    for row, result in zip(rows, results):
        predicted = "pass" if result["pass"] else "fail"
        stats = table.setdefault(row["case"], collections.Counter())
        stats["count"] += 1
        stats["agree"] += predicted == row["label"]
        stats["false pass"] += predicted == "pass" and row["label"] == "fail"
        stats["false fail"] += predicted == "fail" and row["label"] == "pass"
        wrong_flag = "flag" in row and bool(result["flagged"]) != row["flag"]
        if predicted != row["label"] or wrong_flag:
            misses.append((row, result))

    print(f"{'case':<20} {'count':>5} {'agree':>7} {'false pass':>10} {'false fail':>10}")
    total = collections.Counter()
    for case, stats in sorted(table.items()):
        total.update(stats)
        print(f"{case:<20} {stats['count']:>5} {stats['agree'] / stats['count']:>7.0%} {stats['false pass']:>10} {stats['false fail']:>10}")
    print(f"{'all':<20} {total['count']:>5} {total['agree'] / total['count']:>7.1%} {total['false pass']:>10} {total['false fail']:>10}")
    never = [table[c] for c in table if c.startswith("never-say")]
    print(f"false passes on never-say answers: {sum(s['false pass'] for s in never)} of {sum(s['count'] for s in never)}")
    flagged = [(row, result) for row, result in zip(rows, results) if "flag" in row]
    if flagged:
        must = [bool(result["flagged"]) for row, result in flagged if row["flag"]]
        mustnt = [bool(result["flagged"]) for row, result in flagged if not row["flag"]]
        print(f"never-say flags: variants missed {must.count(False)} of {len(must)}, "
              f"near-misses flagged {mustnt.count(True)} of {len(mustnt)}")
    if args.misses:
        for row, result in misses:
            marks = "".join("✓" if c else "✗" for c in result["covered"])
            expected = f" flag={row['flag']}" if "flag" in row else ""
            print(f"\n{row['id']} {row['case']} label={row['label']}{expected} score={result['score']} {marks} flagged={result['flagged']}\n  {row['answer']}")
            for point in result["keyPoints"]:
                words = ", ".join(f"{e['answerWord']}~{e['keyPointWord']}({e['kind']})" for e in point["evidence"])
                print(f"  {'✓' if point['covered'] else '✗'} {point['keyPoint']} {point['coverage']:.2f} {words}")


if __name__ == "__main__":
    main()
