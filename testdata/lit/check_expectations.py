"""Runs hoist on one fixture, or on a project directory, and compares its
findings with the inline expectations in the fixture (or in every file of the
project that has '#' comments: Python, YAML, TOML, Terraform, Dockerfiles; '//' comments
in JavaScript and TypeScript).

    # expect: <rule-id>[, <rule-id>...]   the next code line must be reported
    # ok: <rule-id>                       the next code line must not be
    # expect: <rule-id>[hoistable]        ...and the finding is hoistable
    # expect: <rule-id>[not-hoistable]    ...or is not (JSON "hoistable")

Stacked annotations apply to the same code line. Any finding that no
`# expect:` names fails the test, and so does hoist exiting with a status
other than the one its findings call for (0 none, 1 some).

Then the fixes: on a copy, `--fix` (and `--fix --unsafe-fixes`) must give
exactly `<name>.fixed.py` (and `<name>.unsafe-fixed.py`, or `.fixed.py` when
unsafe fixes add nothing) when a fix changes the file; the fixed file must
compile (`py_compile`), and a second run must find nothing left to fix, and the module fixed
with safe fixes must behave as the original does when run under CPython
(differential.py: INIT, then each handler invoked with a few events, warm);
a JavaScript module fixed with safe fixes, under Node.js (differential_node.py,
the packages it imports stubbed); a TypeScript fixture's fixed copy (safe and
unsafe) must add no error TypeScript's compiler finds (typescript_check.py,
when tools/setup.sh installed it).
A project directory is fixed the same way, checked for compiling and for the
second run.

usage: check_expectations.py --hoist HOIST FIXTURE-OR-DIR [HOIST-ARGS...]
A directory is checked from inside it (`cd DIR && hoist check . ARGS`).
"""
import argparse
import collections
import difflib
import json
import os
import py_compile
import re
import shutil
import subprocess
import sys
import tempfile

import differential
import differential_node
import typescript_check

ANNOTATION = re.compile(r"^\s*(?:#|//)\s*(expect|ok):\s*(.+?)\s*$")
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


ANNOTATED = (".py", ".yaml", ".yml", ".toml", ".cfg", ".tf",
             ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx")


def is_dockerfile(name):
    """Dockerfile, Dockerfile.<x>, <x>.Dockerfile, Containerfile."""
    parts = name.lower().split(".")
    return (parts[0] in ("dockerfile", "containerfile")
            or (len(parts) > 1 and parts[-1] in ("dockerfile", "containerfile")))


def annotated_files(target):
    if os.path.isfile(target):
        return [target]
    found = []
    for directory, _, names in os.walk(target):
        for name in names:
            if name.endswith(ANNOTATED) or is_dockerfile(name):
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
    if not failures:
        failures = check_fixes(args.hoist, args.fixture, args.hoist_args)
    if failures:
        print(f"{args.fixture}:", *failures, sep="\n  ")
        if run.stderr:
            print(run.stderr, file=sys.stderr)
        sys.exit(1)
    print(f"{args.fixture}: {sum(expected.values())} expected findings, "
          f"{sum(silent.values())} near misses silent")


def fixable(report, unsafe):
    levels = {"safe", "unsafe"} if unsafe else {"safe"}
    return [d for d in report["diagnostics"]
            if d["fix"] and d["fix"]["applicability"] in levels]


def check_fixes(hoist, target, hoist_args):
    """Returns failure messages for the fixes of `target` at both levels."""
    failures = []
    for unsafe in (False, True):
        level = ["--unsafe-fixes"] if unsafe else []
        with tempfile.TemporaryDirectory() as scratch:
            if os.path.isdir(target):
                copy = os.path.join(scratch, os.path.basename(target.rstrip("/")))
                shutil.copytree(target, copy)
                cwd, what = copy, "."
            else:
                copy = os.path.join(scratch, os.path.basename(target))
                shutil.copyfile(target, copy)
                cwd, what = scratch, os.path.basename(target)
            run = subprocess.run([hoist, "check", "--fix", *level, *hoist_args, what],
                                 capture_output=True, text=True, cwd=cwd)
            if run.returncode not in (0, 1):
                failures.append(f"--fix {' '.join(level)} exited {run.returncode}: {run.stderr}")
                continue
            fixed_files = ([os.path.join(d, n) for d, _, names in os.walk(copy)
                            for n in names if n.endswith(".py")]
                           if os.path.isdir(copy)
                           else [copy] if copy.endswith(".py") else [])
            for path in fixed_files if compiles(target) else []:
                try:
                    py_compile.compile(path, doraise=True,
                                       cfile=os.path.join(scratch, "compiled.pyc"))
                except py_compile.PyCompileError as error:
                    failures.append(f"fixed file does not compile: {error.msg}")
            if not os.path.isdir(copy):
                failures += compare_fixed(target, copy, unsafe)
                if (not unsafe and not failures and target.endswith(".py")
                        and compiles(target)):
                    failures += differential.differences(target, copy)
                if (not unsafe and not failures
                        and target.endswith((".js", ".mjs", ".cjs"))
                        and changed(target, copy)):
                    failures += differential_node.differences(target, copy)
                if (not failures and target.endswith(typescript_check.EXTENSIONS)
                        and changed(target, copy)):
                    failures += typescript_check.new_errors(target, copy)
            again = subprocess.run([hoist, "check", "--format", "json", *level,
                                    *hoist_args, what],
                                   capture_output=True, text=True, cwd=cwd)
            left = fixable(json.loads(again.stdout), unsafe)
            for d in left:
                failures.append(f"after --fix {' '.join(level)}, still fixable: "
                                f"{d['path']}:{d['line']} {d['rule']}: {d['fix']['title']}")
    return failures


def changed(original, fixed):
    with open(original, encoding="utf-8") as a, open(fixed, encoding="utf-8") as b:
        return a.read() != b.read()


def compiles(target):
    """True when every Python file of `target` compiles before any fix (a
    fixture about syntax errors does not, and its fixes cannot mend that)."""
    paths = ([os.path.join(d, n) for d, _, names in os.walk(target)
              for n in names if n.endswith(".py")] if os.path.isdir(target)
             else [target] if target.endswith(".py") else [])
    with tempfile.TemporaryDirectory() as scratch:
        for path in paths:
            try:
                py_compile.compile(path, doraise=True,
                                   cfile=os.path.join(scratch, "compiled.pyc"))
            except py_compile.PyCompileError:
                return False
    return True


def compare_fixed(fixture, fixed_copy, unsafe):
    stem, extension = os.path.splitext(fixture)
    expected_path = stem + ".fixed" + extension
    if unsafe and os.path.exists(stem + ".unsafe-fixed" + extension):
        expected_path = stem + ".unsafe-fixed" + extension
    with open(fixture, encoding="utf-8") as f:
        original = f.read()
    with open(fixed_copy, encoding="utf-8") as f:
        fixed = f.read()
    if not os.path.exists(expected_path):
        if fixed == original:
            return []
        # The unsafe pass's own file, when that is the one missing.
        wanted = stem + (".unsafe-fixed" if unsafe else ".fixed") + extension
        diff = "".join(difflib.unified_diff(original.splitlines(True), fixed.splitlines(True)))
        return [f"fixes change the fixture; add {os.path.basename(wanted)}:\n{diff}"]
    with open(expected_path, encoding="utf-8") as f:
        expected = f.read()
    if fixed == expected:
        return []
    diff = "".join(difflib.unified_diff(expected.splitlines(True), fixed.splitlines(True),
                                        os.path.basename(expected_path), "fixed"))
    level = "--fix --unsafe-fixes" if unsafe else "--fix"
    return [f"{level} differs from {os.path.basename(expected_path)}:\n{diff}"]


if __name__ == "__main__":
    main()
