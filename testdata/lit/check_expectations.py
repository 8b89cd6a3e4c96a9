"""Runs hoist on one fixture, or on a project directory, and compares its
findings with the inline expectations in the fixture (or in every file of the
project that has '#' comments: Python, YAML, TOML, Dockerfiles).

    # expect: <rule-id>[, <rule-id>...]   the next code line must be reported
    # ok: <rule-id>                       the next code line must not be
    # expect: <rule-id>[hoistable]        ...and the finding is hoistable
    # expect: <rule-id>[not-hoistable]    ...or is not (JSON "hoistable")

Stacked annotations apply to the same code line. Any finding that no
`# expect:` names fails the test, and so does hoist exiting with a status
other than the one its findings call for (0 none, 1 some).

usage: check_expectations.py --hoist HOIST FIXTURE-OR-DIR [HOIST-ARGS...]
A directory is checked from inside it (`cd DIR && hoist check . ARGS`).
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

ANNOTATION = re.compile(r"^\s*#\s*(expect|ok):\s*(.+?)\s*$")
QUALIFIED = re.compile(r"^([a-z0-9-]+)(?:\[(hoistable|not-hoistable)\])?$")


def read_expectations(path):
    """Returns (expected, silent, hoistable): Counters of (line, rule) pairs,
    and the expected "hoistable" value of qualified expectations."""
    expected, silent = collections.Counter(), collections.Counter()
    hoistable = {}
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
            match = QUALIFIED.match(rule)
            if not match:
                sys.exit(f"{path}:{number}: cannot read annotation '{rule}'")
            rule, quality = match.groups()
            (expected if kind == "expect" else silent)[(number, rule)] += 1
            if quality:
                hoistable[(number, rule)] = quality == "hoistable"
        pending = []
    if pending:
        sys.exit(f"{path}: annotations at the end of the file name no code line")
    return expected, silent, hoistable


ANNOTATED = (".py", ".yaml", ".yml", ".toml", ".cfg")


def annotated_files(target):
    if os.path.isfile(target):
        return [target]
    found = []
    for directory, _, names in os.walk(target):
        for name in names:
            if name.endswith(ANNOTATED) or name == "Dockerfile":
                found.append(os.path.join(directory, name))
    return sorted(found)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hoist", required=True)
    parser.add_argument("fixture")
    parser.add_argument("hoist_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()

    expected, silent = collections.Counter(), collections.Counter()
    hoistable = {}
    for path in annotated_files(args.fixture):
        real = os.path.realpath(path)
        file_expected, file_silent, file_hoistable = read_expectations(path)
        expected.update({(real, *key): n for key, n in file_expected.items()})
        silent.update({(real, *key): n for key, n in file_silent.items()})
        hoistable.update({(real, *key): h for key, h in file_hoistable.items()})
    if os.path.isdir(args.fixture):
        cwd = args.fixture
        command = [args.hoist, "check", "--format", "json", *args.hoist_args, "."]
    else:
        cwd = None
        command = [args.hoist, "check", "--format", "json", *args.hoist_args, args.fixture]
    run = subprocess.run(command, capture_output=True, text=True, cwd=cwd)
    if run.returncode not in (0, 1):
        sys.exit(f"hoist exited with {run.returncode}\n{run.stderr}")
    report = json.loads(run.stdout)

    def key_of(d):
        return (os.path.realpath(os.path.join(cwd or ".", d["path"])), d["line"], d["rule"])

    found = collections.Counter(key_of(d) for d in report["diagnostics"])
    messages = {key_of(d): d["message"] for d in report["diagnostics"]}

    def where(key):
        return f"{os.path.relpath(key[0])}:{key[1]}"

    failures = []
    for key, count in sorted((expected - found).items()):
        failures.append(f"{where(key)}: expected {key[2]} x{count}, not reported")
    for key, count in sorted((found - expected).items()):
        kind = "reported despite '# ok:'" if key in silent else "unexpected"
        failures.append(f"{where(key)}: {kind} {key[2]}: {messages[key]}")
    for d in report["diagnostics"]:
        key = key_of(d)
        if key in hoistable and d.get("hoistable") != hoistable[key]:
            failures.append(f"{where(key)}: {key[2]} has hoistable={d.get('hoistable')} "
                            f"({d.get('reason')}), expected {hoistable[key]}")
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
