"""C++ without a build: hoist's syntactic mode against its floor.

Outside any compilation database (in a temporary directory), measures whole
processes (wall time, and CPU time: user + system), the median of --runs
after a warm-up, the two commands of a pair taking turns:
  - `hoist check DIR` over generated aws-lambda-cpp handler files (checked
    syntactically) against `hoist-parse-floor --cpp DIR`, tree-sitter-cpp's
    parse of the same files on one thread (target: at most 1.5x);
  - a mixed repository, corpus B's generator (Python functions with a SAM
    template) plus C++ files as a repository of SDK examples has them (most
    are programs that are no Lambda handler, some are handlers), against the
    same repository without the C++ files (target: at most 3x).
Rewrites the syntactic section of tools/bench/README.md.

usage: cpp_without_build.py [--build DIR] [--floor PROGRAM] [--handlers N]
                            [--functions N] [--examples N] [--runs N]
"""
import argparse
import datetime
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cpp_bench import TEMPLATE as HANDLER, timed  # noqa: E402

# An SDK example as such repositories hold them: a program, no handler.
EXAMPLE = """#include <aws/core/Aws.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/ListObjectsV2Request.h>
#include <iostream>

//! List the objects of a bucket, page {n}.
/*!
  \\param bucket: the bucket's name.
  \\param config: the client's configuration.
*/
bool AwsDoc::S3::listObjects{n}(const Aws::String &bucket,
                              const Aws::Client::ClientConfiguration &config) {{
  Aws::S3::S3Client client(config);
  Aws::S3::Model::ListObjectsV2Request request;
  request.WithBucket(bucket);
  Aws::String token;
  int pages = 0;
  do {{
    if (!token.empty())
      request.SetContinuationToken(token);
    auto outcome = client.ListObjectsV2(request);
    if (!outcome.IsSuccess()) {{
      std::cerr << "Error: listObjects: " << outcome.GetError().GetMessage()
                << std::endl;
      return false;
    }}
    for (const auto &object : outcome.GetResult().GetContents())
      std::cout << object.GetKey() << std::endl;
    token = outcome.GetResult().GetNextContinuationToken();
    ++pages;
  }} while (!token.empty());
  std::cout << pages << " pages" << std::endl;
  return true;
}}

#ifndef TESTING_BUILD
int main(int argc, char *argv[]) {{
  if (argc != 2) {{
    std::cout << "Usage: list_objects <bucket>" << std::endl;
    return 1;
  }}
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  {{
    Aws::Client::ClientConfiguration config;
    AwsDoc::S3::listObjects{n}(argv[1], config);
  }}
  Aws::ShutdownAPI(options);
  return 0;
}}
#endif
"""


def pair(a, b, runs):
    """Wall and CPU (user + system) medians (and min, max) of a and b,
    taking turns, and the medians of the per-pair ratios a/b: wall, CPU."""
    times = {(name, what): [] for name in "ab" for what in ("wall", "cpu")}
    ratios = {"wall": [], "cpu": []}
    for run in range(runs + 1):  # the first is a warm-up
        order = [("a", a), ("b", b)] if run % 2 == 0 else [("b", b), ("a", a)]
        got = {}
        for name, command in order:
            elapsed, cpu, status = timed(command)
            if status not in (0, 1):
                raise SystemExit(f"{' '.join(command)} exited {status}")
            got[name, "wall"], got[name, "cpu"] = elapsed, cpu
        if run > 0:
            for key in times:
                times[key].append(got[key])
            for what in ratios:
                ratios[what].append(got["a", what] / got["b", what])
    row = lambda values: (statistics.median(values), min(values), max(values))
    return ({what: row(times["a", what]) for what in ("wall", "cpu")},
            {what: row(times["b", what]) for what in ("wall", "cpu")},
            {what: statistics.median(ratios[what]) for what in ratios})


def write(directory, name, text):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name), "w") as out:
        out.write(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=os.path.join(os.path.dirname(os.path.dirname(HERE)),
                                                        "build-bench"))
    parser.add_argument("--floor", help="hoist-parse-floor (default: the one in --build)")
    parser.add_argument("--handlers", type=int, default=500)
    parser.add_argument("--functions", type=int, default=175)
    parser.add_argument("--examples", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    hoist = os.path.join(args.build, "analyzer", "hoist")
    floor = args.floor or os.path.join(args.build, "tools", "bench", "hoist-parse-floor")
    with tempfile.TemporaryDirectory() as work:
        handlers = os.path.join(work, "handlers")
        for n in range(args.handlers):
            write(handlers, f"handler{n}.cpp", HANDLER.format(n=n))
        python_only = os.path.join(work, "python")
        subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py"), python_only,
                        "--functions", str(args.functions)], check=True,
                       stdout=subprocess.DEVNULL)
        mixed = os.path.join(work, "mixed")
        shutil.copytree(python_only, mixed)
        cpp_files = 0
        for n in range(args.examples):
            write(os.path.join(mixed, "cpp", "example_code", f"s3_{n // 20}"),
                  f"list_objects_{n}.cpp", EXAMPLE.format(n=n))
            cpp_files += 1
        for n in range(args.examples // 20):
            write(os.path.join(mixed, "cpp", "lambda", f"handler_{n}"), "main.cpp",
                  HANDLER.format(n=n))
            cpp_files += 1
        python_files = sum(len([f for f in names if f.endswith(".py")])
                           for _, _, names in os.walk(python_only))
        check = [hoist, "check", "--quiet", "--no-respect-gitignore"]
        syntactic, parse, syntactic_ratio = pair(check + [handlers], [floor, "--cpp", handlers],
                                                 args.runs)
        mixed_row, python_row, mixed_ratio = pair(check + [mixed], check + [python_only],
                                                  args.runs)
    lines = [f"Measured {datetime.date.today()} on this machine ({os.cpu_count()} cores, shared); "
             f"whole processes, the two of a pair taking turns, median of {args.runs} runs after "
             "a warm-up.", "",
             "| command | wall median s | min s | max s | CPU median s | min s | max s |",
             "|---|---|---|---|---|---|---|"]
    for name, row in [
            (f"hoist check, {args.handlers} handler files, syntactic mode", syntactic),
            (f"tree-sitter-cpp parse of the same files (1 thread)", parse),
            (f"hoist check, mixed: {python_files} Python + {cpp_files} C++ files", mixed_row),
            (f"hoist check, its {python_files} Python files only", python_row)]:
        lines.append(f"| {name} | " + " | ".join(f"{value:.3f}" for what in ("wall", "cpu")
                                                  for value in row[what]) + " |")
    lines += ["",
              f"- syntactic mode / tree-sitter-cpp parse: **{syntactic_ratio['cpu']:.2f}x** "
              f"in CPU time, {syntactic_ratio['wall']:.2f}x wall (medians of the pairs' ratios; "
              f"target at most 1.5x: {'met' if syntactic_ratio['cpu'] <= 1.5 else 'not met'})",
              f"- mixed repository / its Python part: **{mixed_ratio['wall']:.2f}x** "
              f"wall, {mixed_ratio['cpu']:.2f}x in CPU time "
              f"(target at most 3x: {'met' if mixed_ratio['wall'] <= 3 else 'not met'})"]
    print("\n".join(lines))
    readme = os.path.join(HERE, "README.md")
    text = open(readme).read()
    block = "<!-- syntactic:begin -->\n" + "\n".join(lines) + "\n<!-- syntactic:end -->"
    text = re.sub(r"<!-- syntactic:begin -->.*<!-- syntactic:end -->", lambda _: block, text,
                  flags=re.S)
    open(readme, "w").write(text)


if __name__ == "__main__":
    main()
