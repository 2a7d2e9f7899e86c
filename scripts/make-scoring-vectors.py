#!/usr/bin/env python3
"""Writes Tests/PlaybookDrillTests/Fixtures/scoring/vectors.json: each case of cases.json
(key points, alternatives, never-say phrases, answer) with the result the Swift scorer gives,
through `playbook score --batch`, and plans.json: the scoring plan of each case (`--batch --plan`).
ScoringVectorTests checks the scorer still reproduces them; a port of the scorer (the browser,
scripts/site-check/scoring_vectors.js) checks itself against the same files.

    swift build && scripts/make-scoring-vectors.py [--binary .build/debug/playbook]
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDER = os.path.join(ROOT, "Tests", "PlaybookDrillTests", "Fixtures", "scoring")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "playbook"))
    args = parser.parse_args()
    cases = json.load(open(os.path.join(FOLDER, "cases.json"), encoding="utf-8"))
    lines = []
    for case in cases:
        request = {k: case[k] for k in ("keyPoints", "alternatives", "avoid", "answer") if k in case}
        lines.append(json.dumps(request, ensure_ascii=False))
    run = score(args.binary, lines, [])
    plans = [json.loads(line) for line in score(args.binary, lines, ["--plan"]).stdout.splitlines()]
    vectors = []
    for case, line in zip(cases, run.stdout.splitlines()):
        result = json.loads(line)
        vectors.append({
            "name": case["name"],
            "keyPoints": case["keyPoints"],
            "alternatives": case.get("alternatives", []),
            "avoid": case["avoid"],
            "answer": case["answer"],
            "expected": {k: result[k] for k in ("score", "pass", "covered", "flagged", "keyPoints", "flags")},
        })
    with open(os.path.join(FOLDER, "vectors.json"), "w", encoding="utf-8") as f:
        json.dump(vectors, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    with open(os.path.join(FOLDER, "plans.json"), "w", encoding="utf-8") as f:
        json.dump(plans, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{len(vectors)} vectors, {len(plans)} plans")


def score(binary, lines, flags):
    run = subprocess.run([binary, "score", "--content", os.path.join(ROOT, "Content"), "--batch"] + flags,
                         input="\n".join(lines) + "\n", capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"playbook score failed: {run.stderr}")
    return run


if __name__ == "__main__":
    main()
