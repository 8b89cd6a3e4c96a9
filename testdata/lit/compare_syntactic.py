"""Compares hoist's syntactic C++ mode with its Clang mode on the C++ rule
fixtures: each fixture is checked with the flags (Clang), then copied with
its #include lines blanked and checked with no flags and no compilation
database (the syntactic mode). Fails when the syntactic mode reports a
finding Clang does not, or finds less than 90% of Clang's construction
findings over all fixtures.

usage: compare_syntactic.py HOIST FIXTURE-DIR -- CLANG-FLAGS...

The copies go to a temporary directory outside the build tree, whose
compile_commands.json Clang would otherwise find.
"""
import json
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
    return {(d["rule"], d["line"]) for d in report["diagnostics"]}


def main():
    hoist, fixtures = sys.argv[1], pathlib.Path(sys.argv[2])
    flags = sys.argv[sys.argv.index("--") + 1:]
    with tempfile.TemporaryDirectory() as scratch:
        compare(hoist, fixtures, pathlib.Path(scratch), flags)


def compare(hoist, fixtures, scratch, flags):
    (scratch / "clang").mkdir(parents=True)
    (scratch / "syntactic").mkdir(parents=True)
    found = expected = 0
    wrong = []
    for fixture in sorted(fixtures.glob("*/*.cpp")):
        if fixture.parent.name in ("syntactic", "include", "mock-sdk"):
            continue
        name = f"{fixture.parent.name}-{fixture.name}"
        text = fixture.read_text()
        shutil.copy(fixture, scratch / "clang" / name)
        # Blank lines keep the line numbers.
        (scratch / "syntactic" / name).write_text(
            re.sub(r"(?m)^#include[^\n]*$", "", text))
        clang = findings(hoist, scratch / "clang", name, flags)
        syntactic = findings(hoist, scratch / "syntactic", name, None)
        expected += len(clang)
        found += len(clang & syntactic)
        wrong += [(name, *finding) for finding in sorted(syntactic - clang)]
        for finding in sorted(clang - syntactic):
            print(f"missed: {name}: {finding[0]} at line {finding[1]}")
    print(f"syntactic mode found {found} of {expected} Clang findings")
    for name, rule, line in wrong:
        print(f"not a Clang finding: {name}: {rule} at line {line}")
    if wrong:
        sys.exit(1)
    print("no finding Clang does not make")
    if expected == 0 or found < 0.9 * expected:
        sys.exit(f"recall {found}/{expected} is below 90%")


if __name__ == "__main__":
    main()
