#!/usr/bin/python3
"""Runs hoist over pinned snapshots of real projects and compares its findings
with a committed baseline (like Ruff's ecosystem check).

For each archive MANIFEST.tsv names: unpack it, run `hoist check --select ALL
--format json .` in it, then `--fix` and `--fix --unsafe-fixes` on fresh
copies; every changed file must still compile (Python) or parse (C++), and a
second `--fix` must change nothing. Findings are compared with the baseline
finding by finding. See docs/testing.md.

Standard library only: it runs with /usr/bin/python3 on a clean machine.
"""

import argparse
import collections
import concurrent.futures
import csv
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(TOP, "testdata", "lit"))
import differential  # noqa: E402  (the test suite's differential harness)
import differential_node  # noqa: E402  (its Node.js counterpart)
NORMAL_EXITS = (0, 1, 2)
FIX_MODES = (("safe", ["--fix"]), ("unsafe", ["--fix", "--unsafe-fixes"]))
# The fixes each mode applies.
APPLIED = {"safe": {"safe"}, "unsafe": {"safe", "unsafe"}}
PYTHON_SUFFIXES = (".py", ".pyi")
CPP_SUFFIXES = (".cpp", ".cc", ".cxx", ".c++", ".hpp", ".hh", ".hxx", ".h")
JS_SUFFIXES = (".js", ".mjs", ".cjs")
TS_SUFFIXES = (".ts", ".mts", ".cts", ".tsx", ".jsx")
# The repository's stand-ins for the AWS SDK and aws-lambda-cpp: C++ fixes are
# parsed against them so that the code a fix touches is seen by the parser.
CPP_MOCK_INCLUDES = (os.path.join(TOP, "testdata", "cpp", "include"),
                     os.path.join(TOP, "runtime", "cpp", "include"))
# clang errors that mean the text no longer parses, as opposed to names the
# parser cannot resolve without the project's real headers.
CPP_PARSE_ERROR = re.compile(
    r"^(expected |extraneous |unterminated |missing terminating |unmatched |"
    r"unbalanced |invalid preprocessing directive|#endif without #if|"
    r"#else without #if|function definition is not allowed here)")


def default_ecosystem_dir():
    """../shared/ecosystem beside the repository; from a git worktree, beside
    the main checkout (where the shared directory lives)."""
    candidates = [os.path.join(os.path.dirname(TOP), "shared", "ecosystem")]
    common = subprocess.run(["git", "-C", TOP, "rev-parse", "--path-format=absolute",
                             "--git-common-dir"], capture_output=True, text=True)
    if common.returncode == 0:
        main_top = os.path.dirname(common.stdout.strip())
        candidates.append(os.path.join(os.path.dirname(main_top), "shared", "ecosystem"))
    for candidate in candidates:
        if os.path.isdir(candidate):
            return candidate
    return candidates[0]


def default_scratch_root():
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK) else tempfile.gettempdir()


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="tools/ecosystem/run.sh",
        description="Run hoist over the ecosystem snapshots and compare with the baseline.")
    parser.add_argument("--dir", default=os.environ.get("HOIST_ECOSYSTEM_DIR"),
                        help="the directory holding MANIFEST.tsv and the archives "
                             "(default: $HOIST_ECOSYSTEM_DIR, else ../shared/ecosystem "
                             "beside the repository)")
    parser.add_argument("--hoist", default=os.environ.get(
                            "HOIST", os.path.join(TOP, "build", "analyzer", "hoist")),
                        help="the hoist binary (default: $HOIST, else build/analyzer/hoist)")
    parser.add_argument("--baseline", default=os.path.join(TOP, "tools", "ecosystem", "baseline.json"),
                        help="the baseline to compare with (default: tools/ecosystem/baseline.json)")
    parser.add_argument("--update-baseline", action="store_true",
                        help="write this run's findings as the new baseline")
    parser.add_argument("--out", default=os.path.join(TOP, "build", "ecosystem"),
                        help="where report.json and summary.md go (default: build/ecosystem)")
    parser.add_argument("--project", action="append", default=[],
                        help="run only projects whose name contains this (repeatable)")
    parser.add_argument("--timeout", type=float, default=300,
                        help="seconds one hoist run may take before it counts as a timeout "
                             "(default 300)")
    parser.add_argument("-j", "--jobs", type=int, default=min(2, os.cpu_count() or 1),
                        help="projects run in parallel (default 2)")
    parser.add_argument("--no-fix", action="store_true", help="skip the --fix checks")
    parser.add_argument("--differential", action="store_true",
                        help="also run each Python and JavaScript file a fix changed, "
                             "original and fixed, under CPython or Node.js (the test suite's "
                             "differential harnesses, in a network namespace of its own) and "
                             "compare what its handlers do")
    parser.add_argument("--strict", action="store_true",
                        help="also exit non-zero when findings differ from the baseline")
    parser.add_argument("--scratch", default=default_scratch_root(),
                        help="where the projects are unpacked and copied (default: /dev/shm, "
                             "a memory file system, when it is writable: on a busy disk, "
                             "unpacking and copying take longer than hoist)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the scratch directory (its path is printed)")
    return parser.parse_args(argv)


def read_manifest(directory):
    with open(os.path.join(directory, "MANIFEST.tsv"), newline="", encoding="utf-8") as manifest:
        return list(csv.DictReader(manifest, delimiter="\t"))


def project_name(entry):
    return entry["archive"].split(".tar")[0]


def run_hoist(hoist, arguments, cwd, timeout, output_path):
    """Runs hoist in cwd with stdout to output_path; returns its exit status
    (negative: a signal), wall time, peak memory of that process and whether
    it timed out. os.wait4 gives this child's own resource usage."""
    start = time.monotonic()
    with open(output_path, "wb") as stdout, open(output_path + ".stderr", "wb") as stderr:
        process = subprocess.Popen([hoist] + arguments, cwd=cwd, stdout=stdout, stderr=stderr,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    timed_out = threading.Event()

    def kill():
        timed_out.set()
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(timeout, kill)
    timer.start()
    _, status, usage = os.wait4(process.pid, 0)
    timer.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    run = {
        "exit": process.returncode,
        "seconds": round(time.monotonic() - start, 2),
        # Unlike the wall time, CPU time does not grow with the machine's load.
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_mb": round(usage.ru_maxrss / 1024, 1),
        "timed_out": timed_out.is_set(),
    }
    if run_outcome(run):
        with open(output_path + ".stderr", "rb") as stderr:
            run["stderr_tail"] = stderr.read()[-2000:].decode("utf-8", "replace")
    return run


def run_outcome(run):
    if run["timed_out"]:
        return "timeout"
    if run["exit"] not in NORMAL_EXITS:
        return "crash"
    return None


def file_digests(root):
    digests = {}
    for directory, _, files in os.walk(root):
        for name in files:
            path = os.path.join(directory, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            with open(path, "rb") as f:
                digests[os.path.relpath(path, root)] = hashlib.sha1(f.read()).hexdigest()
    return digests


def changed_files(before, after):
    return sorted(path for path in set(before) | set(after) if before.get(path) != after.get(path))


def python_compile_error(source, path):
    try:
        compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as error:
        return f"{type(error).__name__}: {error}"
    return None


def cpp_parse_errors(source, directory):
    """clang's parse errors for a C++ source, with the project's headers
    absent: #include lines that neither the mock SDK headers nor the file's
    directory provide are blanked (keeping line numbers), standard headers
    (no extension) are kept, and only errors that mean the text does not
    parse are returned (not unknown names)."""
    lines = []
    for line in source.decode("utf-8", "replace").split("\n"):
        match = re.match(r'\s*#\s*include\s*[<"]([^>"]+)[>"]', line)
        if match:
            header = match.group(1)
            found = "." not in os.path.basename(header) or any(
                os.path.isfile(os.path.join(d, header)) for d in CPP_MOCK_INCLUDES + (directory,))
            if not found:
                line = ""
        lines.append(line)
    command = ["clang++-14", "-fsyntax-only", "-std=c++17", "-ferror-limit=0", "-w",
               "-x", "c++", "-I", directory] + [f"-I{d}" for d in CPP_MOCK_INCLUDES] + ["-"]
    result = subprocess.run(command, input="\n".join(lines), capture_output=True,
                            encoding="utf-8", errors="replace")
    errors = set()
    for line in result.stderr.splitlines():
        match = re.match(r"<stdin>:\d+:\d+: (?:fatal )?error: (.*)", line)
        if match and CPP_PARSE_ERROR.match(match.group(1)):
            errors.add(match.group(1))
    return errors


def javascript_parses(source):
    """True when Node.js parses `source` as an ES module or as CommonJS."""
    return any(subprocess.run(["node", "--check", f"--input-type={kind}"], input=source,
                              capture_output=True).returncode == 0
               for kind in ("module", "commonjs"))


def typescript_syntax_errors(hoist, source, path):
    """How many syntax errors hoist's tree-sitter-typescript finds in
    `source` (read as the file at `path`): Node.js 20 does not parse
    TypeScript."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, os.path.basename(path))
        with open(copy, "wb") as f:
            f.write(source)
        run = subprocess.run([hoist, "check", "--format", "json", os.path.basename(path)],
                             capture_output=True, text=True, cwd=scratch)
    try:
        notices = json.loads(run.stdout).get("notices", [])
    except ValueError:
        return 1
    return sum("syntax error" in notice.get("message", "") for notice in notices)


def broken_by_fix(original_root, fixed_root, path, hoist):
    """Why the fixed file no longer compiles or parses when the original did,
    or None."""
    fixed_path = os.path.join(fixed_root, path)
    original_path = os.path.join(original_root, path)
    if not os.path.exists(fixed_path):
        return "the fix deleted the file"
    with open(fixed_path, "rb") as f:
        fixed = f.read()
    original = b""
    if os.path.exists(original_path):
        with open(original_path, "rb") as f:
            original = f.read()
    if path.endswith(PYTHON_SUFFIXES):
        error = python_compile_error(fixed, path)
        if error and not python_compile_error(original, path):
            return error
    elif path.endswith(CPP_SUFFIXES):
        directory = os.path.dirname(fixed_path)
        new_errors = cpp_parse_errors(fixed, directory) - cpp_parse_errors(original, directory)
        if new_errors:
            return "clang++-14: " + "; ".join(sorted(new_errors))
    elif path.endswith(JS_SUFFIXES):
        if not javascript_parses(fixed) and javascript_parses(original):
            return "node --check: the fixed file does not parse"
    elif path.endswith(TS_SUFFIXES):
        if (typescript_syntax_errors(hoist, fixed, path)
                > typescript_syntax_errors(hoist, original, path)):
            return "tree-sitter-typescript: the fix added a syntax error"
    else:
        return "the fix changed a file that is neither Python, C++, JavaScript nor TypeScript"
    return None


def load_report(path, project_root):
    """hoist's JSON report as findings (diagnostics and notices), paths and
    messages relative to the project; None when it is not JSON."""
    try:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
    except (OSError, ValueError):
        return None
    prefix = project_root.rstrip("/") + "/"

    def relative(text):
        text = text.replace(prefix + "./", "").replace(prefix, "")
        return text[2:] if text.startswith("./") else text

    findings = []
    for diagnostic in report.get("diagnostics", []):
        findings.append({
            "path": relative(diagnostic["path"]), "rule": diagnostic["rule"],
            "line": diagnostic["line"], "column": diagnostic["column"],
            "severity": diagnostic["severity"], "message": relative(diagnostic["message"]),
            "fix": (diagnostic.get("fix") or {}).get("applicability"),
            "hoistable": diagnostic.get("hoistable"),
        })
    for notice in report.get("notices", []):
        findings.append({
            "path": relative(notice["path"]), "rule": "notice",
            "line": notice.get("line", 0), "column": notice.get("column", 0),
            "severity": notice["severity"], "message": relative(notice["message"]),
            "fix": None, "hoistable": None,
        })
    findings.sort(key=lambda f: (f["path"], f["line"], f["column"], f["rule"], f["message"]))
    return {"summary": report.get("summary", {}), "findings": findings}


# Seconds one interpreter of the differential harness may run.
DIFFERENTIAL_TIMEOUT = 60


def differential_outcome(original, fixed, run):
    """Runs one file's original and fixed module with `run` (differential.py's,
    or differential_node.py's for JavaScript) and says what came of it:
    ("equal" | "differ" | "inconclusive" | "skipped", detail). Skipped: the
    module does not import with what this machine provides (Debian's
    python3-boto3 and the like; for JavaScript, the project's own modules
    beside it), fails at import, or has no handler-shaped function."""
    before = run(original)
    first = before[0]
    if "timeout" in first or "crash" in first:
        return "skipped", "the original module crashed or timed out at import"
    init = first.get("init")
    if init:
        if init["error"] in ("ModuleNotFoundError", "ImportError"):
            return "skipped", "imports not available"
        return "skipped", f"the original fails at import ({init['error']})"
    if len(before) == 1:
        return "skipped", "no handler-shaped function (event, context)"
    found = differential.compared(before, run(fixed))
    if found:
        return "differ", found
    if all("error" in line or "timeout" in line for line in before[1:]):
        return "inconclusive", "every invocation of the original failed"
    return "equal", None


def run_differential(pristine, copy, changed):
    """The differential outcome of each changed Python and JavaScript file."""
    prefix = differential.isolated()
    options = {"python": "/usr/bin/python3", "prefix": prefix,
               "timeout": DIFFERENTIAL_TIMEOUT}
    results = []
    for path in changed:
        if not path.endswith((".py",) + JS_SUFFIXES):
            continue
        run = (differential_node.run if path.endswith(JS_SUFFIXES)
               else lambda module: differential.run(module, **options))
        if prefix is None:
            outcome = ("skipped", "no network namespace (unshare -rn) on this machine")
        else:
            outcome = differential_outcome(os.path.join(pristine, path),
                                           os.path.join(copy, path), run)
        results.append({"path": path, "outcome": outcome[0], "detail": outcome[1]})
    return results


def check_fixes(args, name, pristine, scratch, mode, flags):
    """Applies one fix mode to a fresh copy; returns what changed and what broke."""
    copy = os.path.join(scratch, f"{name}.{mode}")
    subprocess.run(["cp", "-a", pristine, copy], check=True)
    before = file_digests(copy)
    command = ["check", "--select", "ALL", "--format", "json"] + flags + ["."]
    first = run_hoist(args.hoist, command, copy, args.timeout, copy + ".fix1.json")
    after = file_digests(copy)
    changed = changed_files(before, after)
    result = {"run": first, "changed_files": changed, "broken": [], "not_idempotent": []}
    last_report = copy + ".fix1.json"
    for path in changed:
        reason = broken_by_fix(pristine, copy, path, args.hoist)
        if reason:
            result["broken"].append({"path": path, "reason": reason})
    if args.differential:
        result["differential"] = run_differential(pristine, copy, changed)
    # Unchanged files mean the second run would see the same input again.
    if changed and not run_outcome(first):
        second = run_hoist(args.hoist, command, copy, args.timeout, copy + ".fix2.json")
        result["second_run"] = second
        result["not_idempotent"] = changed_files(after, file_digests(copy))
        last_report = copy + ".fix2.json"
    # A fix still offered after --fix applied what it could: one it never applies.
    left = load_report(last_report, copy)
    result["left_unfixed"] = [f for f in (left or {"findings": []})["findings"]
                              if f["fix"] in APPLIED[mode]]
    return result


def run_project(args, entry, scratch):
    start = time.monotonic()
    name = project_name(entry)
    pristine = os.path.join(scratch, name)
    # GNU tar keeps members inside the target (no absolute paths, no '..').
    subprocess.run(["tar", "-xzf", os.path.join(args.dir, entry["archive"]), "-C", scratch,
                    "--no-same-owner", "--no-same-permissions"], check=True)
    if not os.path.isdir(pristine):
        raise SystemExit(f"{entry['archive']}: expected a top-level directory '{name}'")
    check = run_hoist(args.hoist, ["check", "--select", "ALL", "--format", "json", "."],
                      pristine, args.timeout, os.path.join(scratch, name + ".json"))
    report = load_report(os.path.join(scratch, name + ".json"), pristine)
    project = {"name": name, "repo": entry.get("repo", ""), "commit": entry.get("commit", ""),
               "check": check, "fixes": {}}
    if report is None:
        project["findings"] = []
        project["files_checked"] = None
        project["report_error"] = "hoist wrote no JSON report"
    else:
        project["findings"] = report["findings"]
        project["files_checked"] = report["summary"].get("files_checked")
    fixable = {f["fix"] for f in project["findings"]}
    if not args.no_fix:
        for mode, flags in FIX_MODES:
            # No fix of this kind: --fix would change nothing, or nothing more
            # than the safe fixes already checked.
            if mode in fixable or report is None:
                project["fixes"][mode] = check_fixes(args, name, pristine, scratch, mode, flags)
    project["seconds_total"] = round(time.monotonic() - start, 2)
    return project


def finding_key(finding):
    """Stable across runs on the same snapshot (the line does not move unless
    the code does), yet a changed message or a moved finding shows."""
    return (finding["path"], finding["rule"], finding["line"], finding["message"])


def compare(baseline_findings, current_findings):
    """The findings that appeared, went away or were reworded, compared as
    multisets by finding_key."""
    before = collections.Counter(finding_key(f) for f in baseline_findings)
    after = collections.Counter(finding_key(f) for f in current_findings)
    appeared, gone = after - before, before - after

    def expand(counter, findings):
        left = collections.Counter(counter)
        chosen = []
        for finding in findings:
            key = finding_key(finding)
            if left[key]:
                left[key] -= 1
                chosen.append(finding)
        return chosen

    appeared, gone = expand(appeared, current_findings), expand(gone, baseline_findings)
    # A finding on the same line under the same rule with another message was
    # reworded: shown as one change rather than one gone and one appeared.
    unmatched = collections.defaultdict(list)
    for finding in gone:
        unmatched[(finding["path"], finding["rule"], finding["line"])].append(finding)
    reworded, appeared_only = [], []
    for finding in appeared:
        candidates = unmatched[(finding["path"], finding["rule"], finding["line"])]
        if candidates:
            reworded.append({"was": candidates.pop(0), "now": finding})
        else:
            appeared_only.append(finding)
    gone_only = [f for candidates in unmatched.values() for f in candidates]
    gone_only.sort(key=lambda f: (f["path"], f["line"], f["column"], f["rule"], f["message"]))
    return {"appeared": appeared_only, "gone": gone_only, "reworded": reworded}


def baseline_document(projects):
    return {
        "comment": "hoist's findings on the ecosystem snapshots; regenerate with "
                   "tools/ecosystem/run.sh --update-baseline (docs/testing.md)",
        "projects": {
            p["name"]: [{k: f[k] for k in ("path", "rule", "line", "column", "severity", "message")}
                        for f in p["findings"]]
            for p in sorted(projects, key=lambda p: p["name"])
        },
    }


def baseline_text(document):
    """JSON with one finding a line, so that a diff of the baseline reads
    finding by finding."""
    projects = []
    for name, findings in document["projects"].items():
        lines = ",\n".join("   " + json.dumps(f, ensure_ascii=False) for f in findings)
        projects.append(f"  {json.dumps(name)}: [\n{lines}\n  ]" if findings
                        else f"  {json.dumps(name)}: []")
    return ("{\n" + f' "comment": {json.dumps(document["comment"])},\n'
            + ' "projects": {\n' + ",\n".join(projects) + "\n }\n}\n")


def by_rule(findings):
    return collections.Counter(f["rule"] for f in findings)


def problems_of(project):
    """What makes the run fail, as sentences."""
    problems = []
    outcome = run_outcome(project["check"])
    if outcome:
        problems.append(f"check: {outcome} (exit {project['check']['exit']})")
    if project.get("report_error"):
        problems.append(f"check: {project['report_error']}")
    for mode, fix in project["fixes"].items():
        for run_name in ("run", "second_run"):
            outcome = run_outcome(fix.get(run_name) or {"exit": 0, "timed_out": False})
            if outcome:
                problems.append(f"--fix ({mode}, {run_name.replace('_', ' ')}): {outcome} "
                                f"(exit {fix[run_name]['exit']})")
        for broken in fix["broken"]:
            problems.append(f"--fix ({mode}) broke {broken['path']}: {broken['reason']}")
        for path in fix["not_idempotent"]:
            problems.append(f"--fix ({mode}) is not idempotent: a second run changed {path}")
        # A safe fix keeps responses and exceptions; an unsafe one may not.
        for run in fix.get("differential", []) if mode == "safe" else []:
            if run["outcome"] == "differ":
                problems.append(f"--fix ({mode}) changed what {run['path']} does: "
                                + " ".join(line.strip() for line in run["detail"]))
    return problems


def safe_fix_share(projects):
    """(hoistable constructions with a safe fix, hoistable constructions,
    constructions cached by an event key): hoistable as hoist's JSON says,
    with a fix that moves it; one that depends on the event cannot move, and
    its fix (a cache keyed by the event's value) is unsafe by design. A
    finding that is no construction (handler-signature's fix renames a
    parameter) has no `hoistable` and is neither."""
    fixed = [f for p in projects for f in p["findings"] if f["fix"] in ("safe", "unsafe")]
    movable = [f for f in fixed if f["hoistable"] is True]
    return (sum(f["fix"] == "safe" for f in movable), len(movable),
            sum(f["hoistable"] is False for f in fixed))


def differential_markdown(projects):
    """The differential runs' counts per fix mode, and the reasons for
    skipping, as summary lines (none when nothing ran)."""
    lines = []
    for mode in ("safe", "unsafe"):
        runs = [r for p in projects for r in p["fixes"].get(mode, {}).get("differential", [])]
        if not runs and not any("differential" in p["fixes"].get(mode, {}) for p in projects):
            continue
        outcomes = collections.Counter(r["outcome"] for r in runs)
        reasons = collections.Counter(r["detail"] for r in runs if r["outcome"] == "skipped")
        lines.append(f"- `--fix{' --unsafe-fixes' if mode == 'unsafe' else ''}`: "
                     f"{len(runs)} changed Python and JavaScript files; {outcomes['equal']} equal, "
                     f"{outcomes['differ']} differ, {outcomes['inconclusive']} inconclusive "
                     "(every invocation of the original failed, in both alike), "
                     f"{outcomes['skipped']} skipped"
                     + ("" if not reasons else " (" + "; ".join(
                         f"{count} {reason}" for reason, count in reasons.most_common()) + ")"))
        lines += [f"  - differs: {p['name']}/{r['path']}" for p in projects
                  for r in p["fixes"].get(mode, {}).get("differential", [])
                  if r["outcome"] == "differ"]
    if not lines:
        return []
    return ["", "## Differential runs (original against fixed, under CPython or Node.js)", "",
            "Responses and exceptions compared as `hoist verify` compares them; "
            "a safe fix that changes them is a problem.", ""] + lines


def describe(finding):
    where = finding["path"]
    if finding["line"]:
        where += f":{finding['line']}:{finding['column']}"
    return f"{where}: {finding['severity']}: {finding['message']} [{finding['rule']}]"


def fix_cell(fix):
    if fix is None:
        return "-"
    cell = f"{len(fix['changed_files'])} changed"
    if fix["left_unfixed"]:
        cell += f", {len(fix['left_unfixed'])} left"
    if fix["broken"]:
        cell += f", {len(fix['broken'])} broken"
    if fix["not_idempotent"]:
        cell += f", {len(fix['not_idempotent'])} not idempotent"
    return cell


def summary_markdown(projects, baseline, diffs, hoist, baseline_path, head, wall):
    rules = sorted({rule for p in projects for rule in by_rule(p["findings"])}
                   | {rule for p in projects for rule in by_rule(baseline.get(p["name"], []))})
    lines = ["# hoist ecosystem check", "",
             f"{len(projects)} projects in {wall:.1f} s; hoist: `{hoist}` (checkout at "
             f"{head or 'an unknown commit'}); baseline: `{baseline_path}`. "
             "Time, CPU and peak memory are the check run's (CPU time does not grow with "
             "the machine's load); total adds the fix runs and their checks; "
             "fix: files changed, broken, not idempotent, fixes left unapplied.", "",
             "| project | files | findings | exit | time (s) | cpu (s) | peak (MB) | fix safe "
             "| fix unsafe | total (s) | appeared | gone | reworded | status |",
             "|---|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---:|---:|---|"]
    for p in projects:
        diff = diffs[p["name"]]
        status = "FAIL" if problems_of(p) else "ok"
        check = p["check"]
        files = p["files_checked"] if p["files_checked"] is not None else "?"
        lines.append(
            f"| {p['name']} | {files} | {len(p['findings'])} | {check['exit']} "
            f"| {check['seconds']} | {check['cpu_seconds']} | {check['peak_mb']} "
            f"| {fix_cell(p['fixes'].get('safe'))} | {fix_cell(p['fixes'].get('unsafe'))} "
            f"| {p['seconds_total']} | {len(diff['appeared'])} | {len(diff['gone'])} "
            f"| {len(diff['reworded'])} | {status} |")
    lines += ["", "Findings per rule, `baseline -> now` where they differ (`notice`: files "
              "hoist could not analyze, and its other notices):", "",
              "| project | " + " | ".join(rules) + " |",
              "|---|" + "---:|" * len(rules)]
    for p in projects:
        now = by_rule(p["findings"])
        before = by_rule(baseline.get(p["name"], p["findings"]))
        cells = [str(now[r]) if now[r] == before[r] else f"{before[r]} -> {now[r]}" for r in rules]
        lines.append(f"| {p['name']} | " + " | ".join(cells) + " |")
    safe, hoistable, event_keyed = safe_fix_share(projects)
    if hoistable:
        lines += ["", f"Hoistable constructions (findings with a fix that moves them) with a "
                      f"safe fix: {safe} of {hoistable} ({100 * safe / hoistable:.1f}%); "
                      f"{event_keyed} more depend on the event and get an unsafe cache by its key."]
    lines += differential_markdown(projects)
    problems = [(p["name"], problem) for p in projects for problem in problems_of(p)]
    if problems:
        lines += ["", "## Problems", ""] + [f"- {name}: {problem}" for name, problem in problems]
    unapplied = [(p["name"], mode, f) for p in projects for mode, fix in p["fixes"].items()
                 for f in fix["left_unfixed"]]
    if unapplied:
        lines += ["", "## Fixes offered but left unapplied by --fix", ""]
        lines += [f"- {name} ({mode}): {describe(f)}" for name, mode, f in unapplied]
    for p in projects:
        diff = diffs[p["name"]]
        if not any(diff.values()):
            continue
        lines += ["", f"## {p['name']}: {len(diff['appeared'])} appeared, "
                      f"{len(diff['gone'])} gone, {len(diff['reworded'])} reworded", ""]
        lines += [f"    + {describe(f)}" for f in diff["appeared"]]
        lines += [f"    - {describe(f)}" for f in diff["gone"]]
        for change in diff["reworded"]:
            lines += [f"    ~ {describe(change['now'])}", f"      was: {change['was']['message']}"]
    return "\n".join(lines) + "\n"


def display_path(path):
    relative = os.path.relpath(path, TOP)
    return path if relative.startswith("..") else relative


def main(argv):
    args = parse_args(argv)
    # Messages quote code and paths, which need not be ASCII.
    sys.stdout.reconfigure(errors="backslashreplace")
    args.dir = os.path.abspath(args.dir or default_ecosystem_dir())
    args.hoist = os.path.abspath(args.hoist)
    args.baseline = os.path.abspath(args.baseline)
    if not os.path.isfile(os.path.join(args.dir, "MANIFEST.tsv")):
        print(f"ecosystem: no MANIFEST.tsv in {args.dir} (set --dir or HOIST_ECOSYSTEM_DIR)",
              file=sys.stderr)
        return 2
    if not os.access(args.hoist, os.X_OK):
        print(f"ecosystem: no hoist binary at {args.hoist} (build it, or set --hoist or HOIST)",
              file=sys.stderr)
        return 2
    entries = [e for e in read_manifest(args.dir)
               if not args.project or any(s in project_name(e) for s in args.project)]
    # Largest archives first, so the parallel runs end close together.
    entries.sort(key=lambda e: -os.path.getsize(os.path.join(args.dir, e["archive"])))
    scratch = tempfile.mkdtemp(prefix="hoist-ecosystem-", dir=args.scratch)
    start = time.monotonic()
    try:
        with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
            projects = sorted(pool.map(lambda e: run_project(args, e, scratch), entries),
                              key=lambda p: p["name"])
    finally:
        if args.keep:
            print(f"ecosystem: scratch directory kept: {scratch}", file=sys.stderr)
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    wall = time.monotonic() - start

    baseline = {"projects": {}}
    if os.path.exists(args.baseline):
        with open(args.baseline, encoding="utf-8") as f:
            baseline = json.load(f)
    diffs = {}
    for p in projects:
        diffs[p["name"]] = compare(baseline["projects"].get(p["name"], []), p["findings"])

    os.makedirs(args.out, exist_ok=True)
    head = subprocess.run(["git", "-C", TOP, "rev-parse", "--short", "HEAD"],
                          capture_output=True, text=True).stdout.strip()
    report = {"hoist": args.hoist, "source_commit": head, "ecosystem_dir": args.dir,
              "seconds": round(wall, 2),
              "projects": [dict(p, **diffs[p["name"]],
                                by_rule=dict(sorted(by_rule(p["findings"]).items())),
                                problems=problems_of(p))
                           for p in projects]}
    with open(os.path.join(args.out, "report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1)
        f.write("\n")
    summary = summary_markdown(projects, baseline["projects"], diffs, display_path(args.hoist),
                               display_path(args.baseline), head, wall)
    with open(os.path.join(args.out, "summary.md"), "w", encoding="utf-8") as f:
        f.write(summary)
    print(summary, end="")
    print(f"\necosystem: report in {os.path.join(args.out, 'report.json')} and summary.md")

    if args.update_baseline:
        document = baseline_document(projects)
        # Projects not run this time keep their baseline entries.
        for name, findings in baseline["projects"].items():
            document["projects"].setdefault(name, findings)
        document["projects"] = dict(sorted(document["projects"].items()))
        with open(args.baseline, "w", encoding="utf-8") as f:
            f.write(baseline_text(document))
        print(f"ecosystem: baseline written to {args.baseline}")

    failed = any(problems_of(p) for p in projects)
    differs = any(any(diff.values()) for diff in diffs.values())
    if failed:
        print("ecosystem: FAILED (a crash, a timeout, or a fix that breaks code or is not "
              "idempotent; see Problems)", file=sys.stderr)
        return 1
    if differs and args.strict and not args.update_baseline:
        print("ecosystem: findings differ from the baseline (--strict)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
