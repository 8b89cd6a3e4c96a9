"""tools/new_rule.py, end to end: scaffolds a rule into a copy of the source
tree, builds the copy, and runs what it scaffolded: the rule's fixture
through check_expectations.py (findings, the unsafe fix, a second run), the
RuleCatalogue unit tests (rule.json, the page's sections, catalogue entries,
fixtures), and hoist's own view of the rule (rules, explain, --help).

usage: new_rule_test.py --source DIR --work DIR [--npm-cache DIR]
           [--launcher ccache]
"""
import argparse
import json
import pathlib
import shutil
import subprocess
import sys

RULE = "queue-in-handler"
API = "examplequeue.Connection"


def run(command, **options):
    print("+", " ".join(str(part) for part in command), flush=True)
    return subprocess.run(command, check=True, **options)


def output(command):
    return run(command, capture_output=True, text=True).stdout


def run_logged(command, log: pathlib.Path):
    """Runs a long, chatty step (configure, build) into a log, and on failure
    prints the log's end and the free space where the copy is built: CI shows
    only the end of a failed test's output."""
    print("+", " ".join(str(part) for part in command), f"> {log}", flush=True)
    with log.open("w") as sink:
        status = subprocess.run(command, stdout=sink, stderr=subprocess.STDOUT)
    if status.returncode != 0:
        lines = log.read_text(errors="replace").splitlines()
        free = shutil.disk_usage(log.parent).free
        sys.exit(f"FAIL: exit {status.returncode}; the last lines of {log}:\n"
                 + "\n".join(lines[-40:])
                 + f"\n({free // 2**20} MiB free in {log.parent})")


def expect(condition, message):
    if not condition:
        sys.exit("FAIL: " + message)


def copy_sources(source: pathlib.Path, copy: pathlib.Path):
    """The source tree without its build output and version control."""
    def ignored(directory, names):
        top = pathlib.Path(directory) == source
        return [name for name in names
                if name in (".git", ".hoist_cache", "__pycache__")
                or (top and name.startswith("build"))]
    shutil.copytree(source, copy, ignore=ignored, symlinks=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", type=pathlib.Path, required=True)
    parser.add_argument("--work", type=pathlib.Path, required=True)
    parser.add_argument("--npm-cache", default="")
    parser.add_argument("--launcher", default="")
    args = parser.parse_args()

    shutil.rmtree(args.work, ignore_errors=True)
    source = args.work / "src"
    # build/ inside the tree, as tools/build.sh has it: the paths ccache
    # sees relative to its base directory are the build's own, so only what
    # the new rule changes is compiled again.
    build = source / "build"
    copy_sources(args.source.resolve(), source)
    catalogue = source / "rules" / "catalogue.json"
    before = json.loads(catalogue.read_text())

    run([sys.executable, source / "tools" / "new_rule.py", RULE,
         "--summary", "Queue connection built on every invocation",
         "--api", API, "--builds", "a queue connection", "--family", "database"])
    after = json.loads(catalogue.read_text())
    expect(after["python"][:-1] == before["python"]
           and after["python"][-1]["rule"] == RULE
           and {k: v for k, v in after.items() if k != "python"}
           == {k: v for k, v in before.items() if k != "python"},
           "the catalogue gains one entry and keeps the rest")
    # A second scaffold of the same rule is refused, changing nothing.
    refused = subprocess.run(
        [sys.executable, source / "tools" / "new_rule.py", RULE,
         "--summary", "again", "--api", "other.Thing"], capture_output=True)
    expect(refused.returncode != 0 and json.loads(catalogue.read_text()) == after,
           "scaffolding an existing rule is refused")

    configure = ["cmake", "-S", source, "-B", build, "-G", "Ninja",
                 "-DCMAKE_BUILD_TYPE=RelWithDebInfo", "-DHOIST_BUILD_TESTS=ON"]
    if args.npm_cache:
        configure.append(f"-DHOIST_NPM_CACHE={args.npm_cache}")
    if args.launcher:
        configure += [f"-DCMAKE_C_COMPILER_LAUNCHER={args.launcher}",
                      f"-DCMAKE_CXX_COMPILER_LAUNCHER={args.launcher}"]
    run_logged(configure, args.work / "configure.log")
    run_logged(["cmake", "--build", build, "--target", "hoist", "hoist_unit_tests"],
               args.work / "build.log")
    hoist = build / "analyzer" / "hoist"

    fixture = source / "testdata" / "python" / RULE / f"{RULE}.py"
    run([sys.executable, source / "testdata" / "lit" / "check_expectations.py",
         "--hoist", hoist, fixture])
    run([build / "testdata" / "hoist_unit_tests", "--gtest_filter=RuleCatalogue.*"])

    listed = output([hoist, "rules"])
    expect(any(line.startswith(RULE) for line in listed.splitlines()),
           "hoist rules lists the new rule:\n" + listed)
    page = output([hoist, "explain", RULE])
    expect(page.startswith(f"# {RULE}\n"), "hoist explain prints its page")
    expect(RULE in output([hoist, "check", "--help"]).replace("\n", " "),
           "hoist check --help names it")
    shutil.rmtree(args.work)
    print("PASS")


if __name__ == "__main__":
    main()
