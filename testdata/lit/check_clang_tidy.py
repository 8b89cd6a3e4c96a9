"""Runs the real clang-tidy-14 with hoist's plugin on a C++ test file, the way
LLVM's clang-tidy tests work:

  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: ... [awslambda-client-in-handler]
  // CHECK-FIXES: {{^}}  run_handler([&client](...

Every warning must be annotated (no unannotated warning passes); the fixed
file is checked with CHECK-FIXES and must compile with clang++-14
-fsyntax-only against the same headers.

usage: check_clang_tidy.py [options] FILE CHECKS TMP [-- EXTRA-CLANG-TIDY-ARGS]
"""
import argparse
import re
import subprocess
import sys


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--filecheck", required=True)
    parser.add_argument("--clangxx", required=True)
    parser.add_argument("--include", action="append", default=[])
    parser.add_argument("--no-fix", action="store_true",
                        help="check messages only; do not apply fixes")
    parser.add_argument("file")
    parser.add_argument("checks")
    parser.add_argument("tmp")
    parser.add_argument("extra", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    extra = [a for a in args.extra if a != "--"]

    original = open(args.file).read()
    # The CHECK lines stay as empty comments, so line numbers do not move.
    cleaned = re.sub(r"// *CHECK-[A-Z0-9\-]*:[^\r\n]*", "//", original)
    source = args.tmp + ".cpp"
    with open(source, "w") as out:
        out.write(cleaned)
    flags = ["-std=c++17"] + [f"-I{include}" for include in args.include]
    command = [args.clang_tidy, f"--load={args.plugin}", f"--checks=-*,{args.checks}",
               *([] if args.no_fix else ["--fix"]), *extra, source, "--", *flags]
    tidy = run(command)
    output = tidy.stdout
    if tidy.returncode != 0 or "error:" in output:
        sys.exit(f"clang-tidy failed ({tidy.returncode}):\n{output}\n{tidy.stderr}")

    warnings = [line for line in output.splitlines() if ": warning: " in line]
    expected = [line for line in original.splitlines()
                if re.search(r"CHECK-MESSAGES(-[A-Z]+)?:.*warning:", line)]
    if len(warnings) != len(expected):
        sys.exit(f"{len(warnings)} warnings, {len(expected)} annotated:\n" + "\n".join(warnings))
    if expected:
        check = run([args.filecheck, args.file, "--check-prefix=CHECK-MESSAGES",
                     "--implicit-check-not=warning:"], input=output)
        if check.returncode != 0:
            sys.exit("CHECK-MESSAGES failed:\n" + check.stderr + "\nclang-tidy said:\n" + output)

    fixed = open(source).read()
    if "CHECK-FIXES" in original:
        check = run([args.filecheck, args.file, "--check-prefix=CHECK-FIXES",
                     "--strict-whitespace"], input=fixed)
        if check.returncode != 0:
            sys.exit("CHECK-FIXES failed:\n" + check.stderr + "\nfixed file:\n" + fixed)
    compiled = run([args.clangxx, "-fsyntax-only", *flags, source])
    if compiled.returncode != 0:
        sys.exit("the fixed file does not compile:\n" + compiled.stderr + "\n" + fixed)
    print(f"{len(warnings)} warnings checked; the fixed file compiles")


if __name__ == "__main__":
    main()
