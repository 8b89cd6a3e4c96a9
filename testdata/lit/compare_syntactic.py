"""Compares hoist's syntactic C++ mode with its Clang mode on the C++ rule
fixtures and the syntactic mode's own inputs: each fixture is checked with
the flags (Clang), then copied with its #include lines blanked and checked
with no flags and no compilation database (the syntactic mode). A finding
is its file, line, column, rule and what it says is built. Fails when the
syntactic mode reports a finding Clang does not, or finds less than 90% of
Clang's construction findings over all fixtures; a finding in a branch the
build's flags decide is listed apart.

usage: compare_syntactic.py HOIST FIXTURE-DIR -- CLANG-FLAGS...

The copies go to a temporary directory outside the build tree, whose
compile_commands.json Clang would otherwise find.
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

CONSTRUCTION_RULES = {"client-in-handler", "connection-in-handler", "sdk-init-in-handler"}


def findings(hoist, cwd, name, flags):
    command = [hoist, "check", "--select", ",".join(sorted(CONSTRUCTION_RULES)),
               "--format", "json", name]
    if flags is not None:
        command += ["--", *flags]
    run = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if run.returncode not in (0, 1, 2):
        sys.exit(f"hoist exited with {run.returncode} on {name}:\n{run.stderr}")
    report = json.loads(run.stdout)
    # Where each finding is, and what it says is built (the message's first
    # quoted name): a finding of the right line but another API or column
    # is not the one Clang makes.
    return {(os.path.basename(d["path"]), d["line"], d["column"], d["rule"],
             d["message"].split("'")[1]): flag_dependent(d)
            for d in report["diagnostics"]}


def flag_dependent(diagnostic):
    """Whether the finding is in a preprocessor branch the build's flags
    decide (`#ifdef USE_S3`), which the syntactic mode reports with a note
    saying so and Clang compiles or not as the flags say: not compared."""
    return any("decides whether it is built" in note["message"]
               for note in diagnostic.get("notes", []))


def main():
    hoist, fixtures = sys.argv[1], pathlib.Path(sys.argv[2])
    flags = sys.argv[sys.argv.index("--") + 1:]
    with tempfile.TemporaryDirectory() as scratch:
        compare(hoist, fixtures, pathlib.Path(scratch), flags)


def compare(hoist, fixtures, scratch, flags):
    (scratch / "clang").mkdir(parents=True)
    (scratch / "syntactic").mkdir(parents=True)
    found = expected = 0
    wrong, undecided = [], []
    rule_fixtures = [f for f in sorted(fixtures.glob("*/*.cpp"))
                     if f.parent.name not in ("include", "mock-sdk")]
    own_inputs = sorted(fixtures.glob("syntactic/Inputs/*.cpp"))
    for fixture in rule_fixtures + own_inputs:
        name = f"{fixture.parent.name}-{fixture.name}"
        text = fixture.read_text()
        shutil.copy(fixture, scratch / "clang" / name)
        # Blank lines keep the line numbers.
        (scratch / "syntactic" / name).write_text(
            re.sub(r"(?m)^#include[^\n]*$", "", text))
        clang = findings(hoist, scratch / "clang", name, flags)
        syntactic = findings(hoist, scratch / "syntactic", name, None)
        expected += len(clang)
        found += len(clang.keys() & syntactic.keys())
        undecided += sorted(f for f in syntactic.keys() - clang.keys()
                            if syntactic[f])
        wrong += sorted(f for f in syntactic.keys() - clang.keys()
                        if not syntactic[f])
        for file, line, column, rule, api in sorted(clang.keys() - syntactic.keys()):
            print(f"missed: {file}:{line}:{column}: {rule} '{api}'")
    print(f"syntactic mode found {found} of {expected} Clang findings")
    for file, line, column, rule, api in undecided:
        print(f"left to the build's flags: {file}:{line}:{column}: {rule} '{api}'")
    for file, line, column, rule, api in wrong:
        print(f"not a Clang finding: {file}:{line}:{column}: {rule} '{api}'")
    if wrong:
        sys.exit(1)
    print("no finding Clang does not make")
    if expected == 0 or found < 0.9 * expected:
        sys.exit(f"recall {found}/{expected} is below 90%")


if __name__ == "__main__":
    main()
