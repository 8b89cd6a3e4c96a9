"""Checks that checking part of a project loses no finding and adds none:
for each project given, the findings of `hoist check S` on the files in S
are those of `hoist check .` on them, for S each file alone and each
directory alone (as pre-commit and editors check changed files, and CI one
directory). A finding at a deployment file belongs to that file, and to the
files its message names ('fn/app.py' defines no 'main'): the handler's
module.

Each project is checked in a copy with an empty .git, its repository's root,
as a real project is (the repository around the fixtures is not its).

usage: subset_findings.py --hoist HOIST PROJECT...
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

QUOTED = re.compile(r"'([^']+)'")


def findings(hoist, root, path):
    """The findings of `hoist check PATH` run in `root`, as JSON objects."""
    run = subprocess.run(
        [hoist, "check", "--output-format", "json", "--no-cache", path],
        cwd=root, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"subset_findings.py: 'hoist check {path}' in {root} exited "
                 f"with {run.returncode}:\n{run.stderr}")
    return json.loads(run.stdout)["diagnostics"]


def place(finding):
    return finding["path"]


def belongs_to(finding, subset):
    return place(finding) in subset or any(
        named in subset for named in QUOTED.findall(finding["message"]))


def shown(finding):
    return (f"{place(finding)}:{finding['line']}: "
            f"[{finding['rule']}] {finding['message']}")


def check_project(hoist, project, scratch):
    root = os.path.join(scratch, os.path.basename(project.rstrip("/")))
    shutil.copytree(project, root)
    os.makedirs(os.path.join(root, ".git"), exist_ok=True)
    files, directories = [], []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != ".git")
        relative = os.path.relpath(dirpath, root)
        if relative != ".":
            directories.append(relative)
        files += sorted(os.path.normpath(os.path.join(relative, name))
                        for name in filenames)
    whole = findings(hoist, root, ".")
    if not whole:
        sys.exit(f"subset_findings.py: {project} has no finding to compare")
    failures = []
    for path in files + directories:
        subset = {f for f in files
                  if f == path or f.startswith(path + "/")}
        want = [f for f in whole if belongs_to(f, subset)]
        got = [f for f in findings(hoist, root, path) if belongs_to(f, subset)]
        for finding in want:
            if finding not in got:
                failures.append(f"hoist check {path}: lost {shown(finding)}")
        for finding in got:
            if finding not in want:
                failures.append(f"hoist check {path}: added or changed "
                                f"{shown(finding)}")
    name = os.path.basename(project.rstrip("/"))
    print(f"{name}: {len(whole)} findings, {len(files)} files and "
          f"{len(directories)} directories checked alone, "
          f"{len(failures)} differences")
    for failure in failures:
        print(f"  {failure}")
    return not failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hoist", required=True)
    parser.add_argument("projects", nargs="+")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        results = [check_project(args.hoist, project, scratch)
                   for project in args.projects]
    if not all(results):
        sys.exit(1)


if __name__ == "__main__":
    main()
