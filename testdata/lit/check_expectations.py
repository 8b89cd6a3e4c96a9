"""Runs hoist on one fixture and compares its findings with the fixture's
inline expectations.

    # expect: <rule-id>[, <rule-id>...]   the next code line must be reported
    # ok: <rule-id>                       the next code line must not be

Stacked annotations apply to the same code line. Any finding that no
`# expect:` names fails the test, and so does hoist exiting with a status
other than the one its findings call for (0 none, 1 some).

usage: check_expectations.py --hoist HOIST FIXTURE [HOIST-ARGS...]
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

ANNOTATION = re.compile(r"^\s*#\s*(expect|ok):\s*(.+?)\s*$")


def read_expectations(path):
    """Returns (expected, silent): Counters of (line, rule) pairs."""
    expected, silent = collections.Counter(), collections.Counter()
    pending = []
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
        lines = f.read().splitlines()
    for number, text in enumerate(lines, start=1):
        match = ANNOTATION.match(text)
        if match:
            for rule in match.group(2).split(","):
                pending.append((match.group(1), rule.strip()))
            continue
        if not pending or not text.strip():
            continue
        for kind, rule in pending:
            (expected if kind == "expect" else silent)[(number, rule)] += 1
        pending = []
    if pending:
        sys.exit(f"{path}: annotations at the end of the file name no code line")
    return expected, silent


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hoist", required=True)
    parser.add_argument("fixture")
    parser.add_argument("hoist_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()

    expected, silent = read_expectations(args.fixture)
    command = [args.hoist, "check", "--format", "json", *args.hoist_args, args.fixture]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"hoist exited with {run.returncode}\n{run.stderr}")
    report = json.loads(run.stdout)

    fixture = os.path.realpath(args.fixture)
    found = collections.Counter(
        (d["line"], d["rule"]) for d in report["diagnostics"]
        if os.path.realpath(d["path"]) == fixture)
    messages = {(d["line"], d["rule"]): d["message"] for d in report["diagnostics"]}

    failures = []
    for key, count in sorted((expected - found).items()):
        failures.append(f"line {key[0]}: expected {key[1]} x{count}, not reported")
    for key, count in sorted((found - expected).items()):
        kind = "reported despite '# ok:'" if key in silent else "unexpected"
        failures.append(f"line {key[0]}: {kind} {key[1]}: {messages[key]}")
    want_status = 1 if report["diagnostics"] else 0
    if run.returncode != want_status:
        failures.append(f"exit status {run.returncode}, expected {want_status}")
    if failures:
        print(f"{args.fixture}:", *failures, sep="\n  ")
        if run.stderr:
            print(run.stderr, file=sys.stderr)
        sys.exit(1)
    print(f"{args.fixture}: {sum(expected.values())} expected findings, "
          f"{sum(silent.values())} near misses silent")


if __name__ == "__main__":
    main()
