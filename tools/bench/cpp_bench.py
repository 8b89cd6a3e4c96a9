"""C++ speed: hoist's checks against the parse they ride on.

On the same generated translation units (aws-lambda-cpp handlers over the
mock SDK headers plus the standard headers real handlers pull in), measures
per file, one process each, the median of --runs, in CPU time (user +
system of the process and what it waited for: the fair measure on a shared
machine, where wall time is mostly waiting for a core) and in wall time:
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
import resource
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


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command):
    """Wall seconds, CPU seconds (the command's and its waited-for
    children's user + system time) and exit status of one run."""
    cpu = cpu_of_children()
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    return elapsed, cpu_of_children() - cpu, done.returncode


def measure(configurations, runs):
    """Per configuration, the per-file CPU and wall times summed over the
    files, each run's sums in lists. The configurations take turns file by
    file, in an order that rotates each run, so drift in the machine's speed
    falls on all of them alike."""
    totals = {name: {"cpu": [], "wall": []} for name, _ in configurations}
    for run in range(runs + 1):  # the first is a warm-up
        sums = {name: {"cpu": 0.0, "wall": 0.0} for name, _ in configurations}
        for index in range(len(configurations[0][1])):
            turn = configurations[run % len(configurations):] + configurations[:run % len(configurations)]
            for name, commands in turn:
                elapsed, cpu, status = timed(commands[index])
                if status not in (0, 1):
                    raise SystemExit(f"{name}: {' '.join(commands[index])} exited {status}")
                sums[name]["wall"] += elapsed
                sums[name]["cpu"] += cpu
        if run > 0:
            for name in sums:
                for kind in ("cpu", "wall"):
                    totals[name][kind].append(sums[name][kind])
    return totals


def paired_ratio(totals, a, b, kind):
    """The median over the runs of a's sum over b's in the same run."""
    return statistics.median(x / y for x, y in zip(totals[a][kind], totals[b][kind]))


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
        names = ["clang++-14 -fsyntax-only", "hoist check (C++ rules)",
                 "clang-tidy-14, misc-definitions-in-headers",
                 "clang-tidy-14, the plugin's checks"]
        totals = measure([
            (names[0], [["clang++-14", "-fsyntax-only", *FLAGS, f] for f in files]),
            (names[1], [[hoist, "check", "--quiet", f, "--", *FLAGS] for f in files]),
            (names[2], [["clang-tidy-14", "--quiet", "--checks=-*,misc-definitions-in-headers",
                         f, "--", *FLAGS] for f in files]),
            (names[3], [["clang-tidy-14", "--quiet", f"--load={plugin}",
                         "--checks=-*,awslambda-*", f, "--", *FLAGS] for f in files]),
        ], args.runs)
    ratios = [("`hoist check` / `clang++-14 -fsyntax-only`", names[1], names[0], 1.05),
              ("plugin checks / `misc-definitions-in-headers`", names[3], names[2], 1.03)]
    lines = [f"Measured {datetime.date.today()} on this machine ({os.cpu_count()} cores, "
             f"shared); {args.files} generated translation units, one process per file, "
             f"seconds summed over the files (the commands take turns), median of "
             f"{args.runs} runs after a warm-up.", "",
             "| command | CPU median s | CPU min s | CPU max s | wall median s |",
             "|---|---|---|---|---|"]
    for name in names:
        cpu, wall = totals[name]["cpu"], totals[name]["wall"]
        lines.append(f"| {name} | {statistics.median(cpu):.3f} | {min(cpu):.3f} | "
                     f"{max(cpu):.3f} | {statistics.median(wall):.3f} |")
    lines.append("")
    for label, a, b, target in ratios:
        cpu = paired_ratio(totals, a, b, "cpu")
        wall = paired_ratio(totals, a, b, "wall")
        lines.append(f"- {label}: **{cpu:.3f}x** CPU, {wall:.3f}x wall (medians of the runs' "
                     f"ratios; target at most {target}x: {'met' if cpu <= target else 'not met'})")
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
