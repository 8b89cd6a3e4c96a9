#!/usr/bin/env python3
"""hoist server's latency on corpus B (generate_corpus.py, 5,000 functions):
how long after an edit the diagnostics arrive, past the server's debounce,
and its resident memory with 100 files open.

- one handler open, edited N times: the time from each didChange to the
  publishDiagnostics of that version;
- a shared helper module and the 50 open handlers that reach it, the helper
  edited N times: the time until all 50 handlers' diagnostics are published
  again;
- 100 handler modules open: VmRSS and VmHWM of the server.

Each latency comes with the server's CPU time per edit (user + system): on a
shared machine the wall time also measures the queue for the cores. The
client watches files, as editors do, so the server keeps what it learnt of
the project between edits.

usage: lsp_latency.py [--hoist build/analyzer/hoist] [--corpus DIR] [--edits N]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "testdata", "lit"))
from lsp_client import LspClient, uri  # noqa: E402

DEBOUNCE_S = 0.150  # cli/server_command.cpp's kDebounce


def cpu_seconds(process):
    """The CPU time (user + system) `process` has used: on a shared machine
    wall time also measures the queue for the cores."""
    fields = open("/proc/%d/stat" % process.pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def open_document(client, path):
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri(path), "languageId": "python", "version": 1,
        "text": open(path).read()}})


def wait_for_all(client, paths, timeout=30):
    """Until each of `paths` has had its diagnostics published."""
    waiting = {uri(p) for p in paths}
    while waiting:
        waiting.discard(client.wait(
            lambda m: m.get("method") == "textDocument/publishDiagnostics",
            timeout)["params"]["uri"])


def change(client, path, text, version):
    """Sends the whole new text of `path`; returns when it was sent."""
    sent = time.monotonic()
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri(path), "version": version},
        "contentChanges": [{"text": text}]})
    return sent


def start(hoist, corpus):
    client = LspClient(hoist, corpus)
    # As VS Code does: the server then keeps what it learnt of the project
    # until a watched file says it changed.
    client.request("initialize", {
        "processId": os.getpid(), "rootUri": uri(corpus),
        "capabilities": {"workspace": {"didChangeWatchedFiles": {
            "dynamicRegistration": True}}}})
    client.notify("initialized", {})
    return client


def single_handler(hoist, corpus, edits):
    client = start(hoist, corpus)
    path = os.path.join(corpus, "functions", "fn_0000", "app.py")
    text = open(path).read()
    open_document(client, path)
    client.diagnostics(uri(path), version=1)
    times = []
    cpu = cpu_seconds(client.process)
    for version in range(2, edits + 2):
        text += "# edit %d\n" % version
        sent = change(client, path, text, version)
        client.diagnostics(uri(path), version=version)
        times.append(time.monotonic() - sent - DEBOUNCE_S)
    cpu = (cpu_seconds(client.process) - cpu) / edits
    client.close()
    return times, cpu


def shared_helper(hoist, corpus, edits):
    client = start(hoist, corpus)
    # generate_corpus.py: helpers_2 is what the functions n = 2 (mod 100) call.
    handlers = [os.path.join(corpus, "functions", "fn_%04d" % n, "app.py")
                for n in range(2, 5000, 100)]
    helper = os.path.join(corpus, "common", "helpers_2.py")
    for path in handlers:
        open_document(client, path)
    open_document(client, helper)
    wait_for_all(client, handlers)
    text = open(helper).read()
    times = []
    cpu = cpu_seconds(client.process)
    for version in range(2, edits + 2):
        client.pending.clear()
        text += "# edit %d\n" % version
        sent = change(client, helper, text, version)
        client.diagnostics(uri(helper), version=version)
        wait_for_all(client, handlers)
        times.append(time.monotonic() - sent - DEBOUNCE_S)
    cpu = (cpu_seconds(client.process) - cpu) / edits
    client.close()
    return len(handlers), times, cpu


def memory_with_open_files(hoist, corpus, files):
    client = start(hoist, corpus)
    paths = [os.path.join(corpus, "functions", "fn_%04d" % n, "app.py")
             for n in range(files)]
    for path in paths:
        open_document(client, path)
    wait_for_all(client, paths, timeout=120)
    status = dict(line.split(":", 1) for line in
                  open("/proc/%d/status" % client.process.pid))
    client.close()
    mib = lambda key: int(status[key].split()[0]) / 1024  # noqa: E731
    return mib("VmRSS"), mib("VmHWM")


def summary(times, cpu):
    ms = [t * 1000 for t in times]
    return ("p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d edits); "
            "server CPU %.0f ms per edit") % (
        percentile(ms, 50), percentile(ms, 95), max(ms), len(ms), cpu * 1000)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hoist", default="build/analyzer/hoist")
    parser.add_argument("--corpus", default="/tmp/hoist-corpus-b")
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()
    hoist = os.path.abspath(args.hoist)
    if not os.path.isdir(args.corpus):
        subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py"),
                        args.corpus], check=True)
    print("one handler edited:",
          summary(*single_handler(hoist, args.corpus, args.edits)))
    count, times, cpu = shared_helper(hoist, args.corpus, max(5, args.edits // 2))
    print("a helper %d open handlers reach, edited:" % count, summary(times, cpu))
    rss, hwm = memory_with_open_files(hoist, args.corpus, 100)
    print("100 files open: VmRSS %.0f MiB, VmHWM %.0f MiB" % (rss, hwm))


if __name__ == "__main__":
    main()
