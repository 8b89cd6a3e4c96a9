"""Starts `hoist runtime serve` on a free loopback port, invokes it through
the emulator's endpoint, and prints each invocation and the Lambda log lines
in a stable form for FileCheck.

usage: runtime_invoke.py --hoist HOIST [--concurrent] [--event JSON]...
       [--event-bytes N]... [--event-nested DEPTH]... -- SERVE-ARGS...
"""
import argparse
import base64
import http.client
import json
import re
import signal
import subprocess
import sys
import threading


def drain(stream, sink):
    for line in iter(stream.readline, b""):
        sink.append(line)


def invoke(port, body, client_context=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    headers = {"Content-Type": "application/json"}
    if client_context:
        headers["X-Amz-Client-Context"] = client_context
    connection.request("POST", "/2015-03-31/functions/function/invocations", body, headers)
    response = connection.getresponse()
    data = response.read().decode("utf-8", "replace")
    error = response.getheader("X-Amz-Function-Error") or "-"
    return f"{response.status} {error} {data[:600]}"


class Serve:
    """`hoist runtime serve --port 0 ARGS`, its log and output collected."""

    def __init__(self, hoist, serve_args):
        self.process = subprocess.Popen(
            [hoist, "runtime", "serve", "--port", "0", *serve_args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        first = self.process.stderr.readline().decode()
        match = re.search(r"http://127\.0\.0\.1:(\d+)", first)
        if not match:
            self.process.kill()
            raise SystemExit("serve did not start: " + first +
                             self.process.stderr.read().decode())
        self.port = int(match.group(1))
        self.log, self.output = [], []
        self.readers = [threading.Thread(target=drain, args=(self.process.stderr, self.log)),
                        threading.Thread(target=drain, args=(self.process.stdout, self.output))]
        for reader in self.readers:
            reader.start()

    def stop(self):
        """Stops serving (SIGINT) and prints the Lambda log lines stably."""
        self.process.send_signal(signal.SIGINT)
        status = self.process.wait(timeout=30)
        for reader in self.readers:
            reader.join()
        for line in self.log:
            text = line.decode("utf-8", "replace").rstrip("\n")
            if text.startswith(("START", "END", "REPORT")):
                text = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                              "ID", text)
                text = re.sub(r"(Duration|Used): [0-9.]+", r"\1: N", text)
                print("log:", text.replace("\t", " "))
            elif text.startswith(("[ERROR]", "hoist: refused")):
                text = re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", text)
                print("log:", text)
        print(f"function output: {sum(len(line) for line in self.output)} bytes")
        print(f"serve exited {status}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hoist", required=True)
    parser.add_argument("--concurrent", action="store_true")
    parser.add_argument("--event", action="append", default=[])
    # An event of N bytes, among the others in command-line order.
    parser.add_argument("--event-bytes", dest="event", action="append",
                        type=lambda size: json.dumps("e" * (int(size) - 2)))
    # A JSON array nested N deep.
    parser.add_argument("--event-nested", dest="event", action="append",
                        type=lambda depth: "[" * int(depth) + "]" * int(depth))
    parser.add_argument("--client-context")
    parser.add_argument("serve", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    events = args.event
    server = Serve(args.hoist, [a for a in args.serve if a != "--"])
    port = server.port

    context = None
    if args.client_context:
        context = base64.b64encode(args.client_context.encode()).decode()
    results = [None] * len(events)

    def run(index):
        results[index] = invoke(port, events[index], context)

    if args.concurrent:
        threads = [threading.Thread(target=run, args=(i,)) for i in range(len(events))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    else:
        for i in range(len(events)):
            run(i)
    for i, result in enumerate(results):
        print(f"invoke {i + 1}: {result}")
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
