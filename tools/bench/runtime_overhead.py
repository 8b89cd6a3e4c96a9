"""Measures the reference runtime's own overhead per warm invoke.

A trivial handler (returns its event) is invoked N times through
`hoist runtime serve`; the runtime's REPORT Duration covers handing the event
to the runtime process over the Runtime API, the client's JSON work, the call,
and the response coming back. The same handler called directly N times in one
Python process is the baseline. Overhead = p50(REPORT Duration) - p50(direct).
Rewrites the runtime section of tools/bench/README.md.

usage: runtime_overhead.py [--hoist PATH] [--python EXE] [--invocations N]
"""
import argparse
import datetime
import http.client
import os
import re
import signal
import statistics
import subprocess
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
HANDLER = "def handler(event, context):\n    return event\n"
EVENT = '{"order": {"id": "o-1", "items": [1, 2, 3]}}'


def percentile(values, p):
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


def direct(python, root, count):
    code = (
        "import json, sys, time\n"
        f"sys.path.insert(0, {root!r})\n"
        "from app import handler\n"
        f"event = {EVENT!r}\n"
        "times = []\n"
        f"for _ in range({count}):\n"
        "    start = time.perf_counter()\n"
        "    json.dumps(handler(json.loads(event), None))\n"
        "    times.append((time.perf_counter() - start) * 1000)\n"
        "print(' '.join(map(str, times)))\n")
    out = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True)
    return [float(t) for t in out.stdout.split()]


def through_runtime(hoist, python, root, count):
    server = subprocess.Popen([hoist, "runtime", "serve", "--port", "0", "--root", root,
                               "--handler", "app.handler", "--python", python],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    port = int(re.search(r":(\d+)", server.stderr.readline().decode()).group(1))
    log = []
    reader = threading.Thread(target=lambda: log.extend(server.stderr))
    reader.start()
    connection = http.client.HTTPConnection("127.0.0.1", port)
    client_ms = []
    for _ in range(count + 1):
        start = time.perf_counter()
        connection.request("POST", "/2015-03-31/functions/function/invocations", EVENT)
        connection.getresponse().read()
        client_ms.append((time.perf_counter() - start) * 1000)
    server.send_signal(signal.SIGINT)
    server.wait()
    reader.join()
    durations = [float(m.group(1)) for line in log
                 if (m := re.search(rb"\tDuration: ([0-9.]+) ms", line))]
    return durations[1:], client_ms[1:]  # the first invoke is the cold one


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hoist", default=os.path.join(TOP, "build", "analyzer", "hoist"))
    parser.add_argument("--python", default="/usr/bin/python3")
    parser.add_argument("--invocations", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as root:
        with open(os.path.join(root, "app.py"), "w") as app:
            app.write(HANDLER)
        baseline = direct(args.python, root, args.invocations)
        durations, client = through_runtime(args.hoist, args.python, root, args.invocations)
    rows = [("direct call in one process", baseline),
            ("runtime: REPORT Duration (warm)", durations),
            ("runtime: invoke endpoint round trip", client)]
    overhead = statistics.median(durations) - statistics.median(baseline)
    table = [f"Measured {datetime.date.today()} on this machine "
             f"({os.cpu_count()} cores); {args.invocations} warm invokes of a handler "
             "that returns its event.", "",
             "| path | p50 ms | p95 ms | max ms |", "|---|---|---|---|"]
    for name, values in rows:
        table.append(f"| {name} | {percentile(values, 50):.3f} | "
                     f"{percentile(values, 95):.3f} | {max(values):.3f} |")
    table += ["", f"Runtime overhead per warm invoke at p50: **{overhead:.3f} ms** "
              f"(target: under 1 ms; {'met' if overhead < 1 else 'not met'})."]
    print("\n".join(table))
    readme = os.path.join(HERE, "README.md")
    text = open(readme).read()
    text = re.sub(r"<!-- runtime:begin -->.*<!-- runtime:end -->",
                  "<!-- runtime:begin -->\n" + "\n".join(table) + "\n<!-- runtime:end -->",
                  text, flags=re.S)
    open(readme, "w").write(text)


if __name__ == "__main__":
    main()
