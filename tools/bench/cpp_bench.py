"""C++ speed: hoist's checks against the parse they ride on.

On the same generated translation units (aws-lambda-cpp handlers over the
mock SDK headers plus the standard headers real handlers pull in), measures
per file, one process each, the median of --runs:
  - `hoist check FILE -- FLAGS` against `clang++-14 -fsyntax-only FLAGS FILE`
    (target: at most 1.05x);
  - `clang-tidy-14 --load=libhoist-tidy.so --checks=-*,awslambda-*` against
    `clang-tidy-14 --checks=-*,misc-definitions-in-headers` (target: at most
    1.03x; clang-tidy refuses to run with no check at all).
Rewrites the C++ section of tools/bench/README.md.

usage: cpp_bench.py [--build DIR] [--files N] [--runs N]
"""
import argparse
import datetime
import os
import re
import statistics
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
INCLUDES = [os.path.join(TOP, "testdata", "cpp", "include"),
            os.path.join(TOP, "runtime", "cpp", "include")]
FLAGS = ["-std=c++17"] + ["-I" + i for i in INCLUDES]

TEMPLATE = """#include <algorithm>
#include <chrono>
#include <iostream>
#include <map>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

namespace orders{n} {{
struct Order {{
  std::string id;
  std::vector<std::string> items;
  std::map<std::string, double> prices;
}};

static std::vector<Order> parse(const std::string &payload) {{
  std::vector<Order> orders;
  std::regex field("\\"id\\":\\"([^\\"]+)\\"");
  for (std::sregex_iterator it(payload.begin(), payload.end(), field), end; it != end; ++it)
    orders.push_back({{(*it)[1], {{}}, {{}}}});
  std::sort(orders.begin(), orders.end(),
            [](const Order &a, const Order &b) {{ return a.id < b.id; }});
  return orders;
}}

static std::shared_ptr<Aws::DynamoDB::DynamoDBClient> table() {{
  return Aws::MakeShared<Aws::DynamoDB::DynamoDBClient>("orders");
}}
}} // namespace orders{n}

static invocation_response handler(invocation_request const &request) {{
  Aws::S3::S3Client s3;
  auto db = orders{n}::table();
  std::ostringstream out;
  for (const auto &order : orders{n}::parse(request.payload))
    out << order.id << ",";
  return invocation_response::success(out.str(), "text/plain");
}}

int main() {{
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}}
"""


def timed(command):
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    return elapsed, done.returncode


def measure(configurations, runs):
    """Per configuration, the per-file wall times summed over the files; the
    median, min and max over the runs. The configurations take turns file by
    file, in an order that rotates each run, so drift in the machine's speed
    falls on all of them alike."""
    totals = {name: [] for name, _ in configurations}
    for run in range(runs + 1):  # the first is a warm-up
        sums = {name: 0.0 for name, _ in configurations}
        for index in range(len(configurations[0][1])):
            turn = configurations[run % len(configurations):] + configurations[:run % len(configurations)]
            for name, commands in turn:
                elapsed, status = timed(commands[index])
                if status not in (0, 1):
                    raise SystemExit(f"{name}: {' '.join(commands[index])} exited {status}")
                sums[name] += elapsed
        if run > 0:
            for name in sums:
                totals[name].append(sums[name])
    return [{"name": name, "median": statistics.median(values), "min": min(values),
             "max": max(values)} for name, values in totals.items()]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=os.path.join(TOP, "build"))
    parser.add_argument("--files", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    hoist = os.path.join(args.build, "analyzer", "hoist")
    plugin = os.path.join(args.build, "analyzer", "libhoist-tidy.so")
    with tempfile.TemporaryDirectory() as work:
        files = []
        for n in range(args.files):
            path = os.path.join(work, f"handler{n}.cpp")
            with open(path, "w") as out:
                out.write(TEMPLATE.format(n=n))
            files.append(path)
        rows = measure([
            ("clang++-14 -fsyntax-only",
             [["clang++-14", "-fsyntax-only", *FLAGS, f] for f in files]),
            ("hoist check (C++ rules)",
             [[hoist, "check", "--quiet", f, "--", *FLAGS] for f in files]),
            ("clang-tidy-14, misc-definitions-in-headers",
             [["clang-tidy-14", "--quiet", "--checks=-*,misc-definitions-in-headers", f,
               "--", *FLAGS] for f in files]),
            ("clang-tidy-14, the plugin's checks",
             [["clang-tidy-14", "--quiet", f"--load={plugin}", "--checks=-*,awslambda-*",
               f, "--", *FLAGS] for f in files]),
        ], args.runs)
    standalone = rows[1]["median"] / rows[0]["median"]
    tidy = rows[3]["median"] / rows[2]["median"]
    lines = [f"Measured {datetime.date.today()} on this machine ({os.cpu_count()} cores); "
             f"{args.files} generated translation units, one process per file, total "
             f"seconds (the commands take turns), median of {args.runs} runs after a warm-up.", "",
             "| command | median s | min s | max s |", "|---|---|---|---|"]
    for row in rows:
        lines.append(f"| {row['name']} | {row['median']:.3f} | {row['min']:.3f} | {row['max']:.3f} |")
    lines += ["",
              f"- `hoist check` / `clang++-14 -fsyntax-only`: **{standalone:.3f}x** "
              f"(target at most 1.05x: {'met' if standalone <= 1.05 else 'not met'})",
              f"- plugin checks / `misc-definitions-in-headers`: **{tidy:.3f}x** "
              f"(target at most 1.03x: {'met' if tidy <= 1.03 else 'not met'})"]
    print("\n".join(lines))
    readme = os.path.join(HERE, "README.md")
    text = open(readme).read()
    block = "<!-- cpp:begin -->\n" + "\n".join(lines) + "\n<!-- cpp:end -->"
    if "<!-- cpp:begin -->" in text:
        text = re.sub(r"<!-- cpp:begin -->.*<!-- cpp:end -->", block, text, flags=re.S)
    else:
        text += ("\n## C++: the checks against the parse\n\n```sh\n"
                 "tools/build.sh && /usr/bin/python3 tools/bench/cpp_bench.py\n```\n\n"
                 "Generated aws-lambda-cpp handlers (standard headers, the mock SDK headers);"
                 " per file, one process each, as an editor or pre-commit runs them.\n\n"
                 + block + "\n")
    open(readme, "w").write(text)


if __name__ == "__main__":
    main()
