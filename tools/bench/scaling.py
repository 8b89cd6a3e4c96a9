"""Checks that hoist's cost grows linearly with the size of its input.

Generates one file (Python or JavaScript) per shape and size (1x, 2x, 4x, 8x of a base),
runs `hoist check` (and, for the findings shapes, `hoist check --fix` on a
copy) on it, and prints the CPU time per size and the ratio to the size
before: about 2.0 at each doubling is linear, about 4.0 quadratic.

Shapes:
  comments  a handler followed by N comment lines (the grammar's scanner)
  calls     one handler that builds N clients (N findings, N fixes)
  calls-js  the same in JavaScript (AWS SDK v3 clients)
  handlers  N handlers in one file, each building a client
  nested-calls     a handler returning f0(f1(...f{N-1}(boto3.client('s3'))))
  nested-calls-js  the same in JavaScript
  nested-arrays-js a JavaScript handler holding N nested arrays [[[...]]]

usage: scaling.py --hoist BUILD/analyzer/hoist [--shape S] [--base N]
                  [--steps K] [--no-fix]
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile

BASES = {"comments": 25000, "calls": 1000, "calls-js": 100, "handlers": 4000,
         "nested-calls": 100, "nested-calls-js": 100,
         "nested-arrays-js": 2500}


def comments(n):
    lines = ["import boto3", "", "", "def handler(event, context):",
             "    s3 = boto3.client('s3')", "    return s3.list_buckets()"]
    lines += [f"# note {i}: what the handler above does and why" for i in range(n)]
    return "\n".join(lines) + "\n"


def calls(n):
    lines = ["import boto3", "", "", "def handler(event, context):"]
    for i in range(n):
        lines.append(f"    c{i} = boto3.client('s3', region_name='r{i}')")
    lines.append("    return c0")
    return "\n".join(lines) + "\n"


def calls_js(n):
    lines = ["const { S3Client } = require('@aws-sdk/client-s3');", "",
             "exports.handler = async (event) => {"]
    lines += [f"  const c{i} = new S3Client({{ region: 'r{i}' }});"
              for i in range(n)]
    lines += ["  return c0;", "};"]
    return "\n".join(lines) + "\n"


def handlers(n):
    lines = ["import boto3", ""]
    for i in range(n):
        lines += ["", f"def h{i}_handler(event, context):",
                  f"    c = boto3.client('s{i}')",
                  "    return c.list_things(event['id'])"]
    return "\n".join(lines) + "\n"


def nested_calls(n):
    lines = ["import boto3", ""]
    for i in range(n):
        lines += ["", f"def f{i}(x):", "    return x", ""]
    nested = "".join(f"f{i}(" for i in range(n)) + "boto3.client('s3')" + ")" * n
    lines += ["", "def handler(event, context):", f"    return {nested}"]
    return "\n".join(lines) + "\n"


def nested_calls_js(n):
    lines = ["const { S3Client } = require('@aws-sdk/client-s3');", ""]
    lines += [f"function f{i}(x) {{ return x; }}" for i in range(n)]
    nested = "".join(f"f{i}(" for i in range(n)) + "new S3Client({})" + ")" * n
    lines += ["", "exports.handler = async (event) => {", f"  return {nested};",
              "};"]
    return "\n".join(lines) + "\n"


def nested_arrays_js(n):
    return ("const { S3Client } = require('@aws-sdk/client-s3');\n\n"
            "exports.handler = async (event) => {\n"
            "  const s3 = new S3Client({});\n"
            f"  const nested = {'[' * n}{']' * n};\n"
            "  return [s3, nested];\n};\n")


# Each shape: its generator and the extension of the file it makes.
SHAPES = {"comments": (comments, "py"), "calls": (calls, "py"),
          "calls-js": (calls_js, "js"),
          "handlers": (handlers, "py"), "nested-calls": (nested_calls, "py"),
          "nested-calls-js": (nested_calls_js, "js"),
          "nested-arrays-js": (nested_arrays_js, "js")}
# The shapes whose findings have fixes worth timing.
FIXED_SHAPES = {"calls", "calls-js", "handlers"}


def timed(command):
    """The CPU time (user and system) the command took: on a shared machine
    the wall time measures the other users as much."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed: exit {result.returncode}\n"
                 f"{result.stderr}")
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hoist", required=True)
    parser.add_argument("--shape", choices=sorted(SHAPES), action="append")
    parser.add_argument("--base", type=int, help="size at 1x (default per shape)")
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--no-fix", action="store_true")
    args = parser.parse_args()
    hoist = os.path.abspath(args.hoist)
    work = tempfile.mkdtemp(prefix="hoist-scaling-")
    try:
        print("| shape | N | bytes | check CPU s | ratio | --fix CPU s | ratio |")
        print("|---|---|---|---|---|---|---|")
        for shape in args.shape or sorted(SHAPES):
            previous = None
            for step in range(args.steps):
                n = (args.base or BASES[shape]) << step
                generate, extension = SHAPES[shape]
                path = os.path.join(work, f"{shape}_{n}.{extension}")
                with open(path, "w") as out:
                    out.write(generate(n))
                check = timed([hoist, "check", "--format", "json", path])
                fix = None
                if not args.no_fix and shape in FIXED_SHAPES:
                    copy = os.path.join(work, f"fix_{shape}_{n}.{extension}")
                    shutil.copy(path, copy)
                    fix = timed([hoist, "check", "--fix", "--format", "json", copy])
                ratio = lambda now, before: f"{now / before:.2f}" if before else ""
                print(f"| {shape} | {n} | {os.path.getsize(path)} | {check:.2f} | "
                      f"{ratio(check, previous and previous[0])} | "
                      f"{'' if fix is None else f'{fix:.2f}'} | "
                      f"{ratio(fix, previous and previous[1]) if fix else ''} |",
                      flush=True)
                previous = (check, fix)
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
