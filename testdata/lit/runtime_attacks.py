"""Attacks on `hoist runtime serve` over loopback, one per run, each bounded
in requests and time; prints what happened in a stable form for FileCheck.

usage: runtime_attacks.py --hoist HOIST ATTACK -- SERVE-ARGS...
"""
import argparse
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

from runtime_invoke import Serve

INVOKE = "/2015-03-31/functions/function/invocations"


def request(port, method, path, body=None, headers=None, timeout=30):
    """(status, body) of one request; (None, error) when the connection fails."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body, headers or {})
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    except OSError as error:
        return None, type(error).__name__
    finally:
        connection.close()


def invoke(port, event, headers=None, timeout=30):
    return request(port, "POST", INVOKE, event,
                   {"Content-Type": "application/json", **(headers or {})}, timeout)


def error_type(body):
    try:
        return json.loads(body).get("errorType")
    except (ValueError, AttributeError):
        return body[:80]


def spoof(serve):
    """Another local process posts an init error, takes /next and answers
    for an invocation: each is refused, and the function's results stand."""
    status, address = invoke(serve.port, "{}")
    runtime_port = int(json.loads(address).rsplit(":", 1)[1])
    print("runtime api on its own port:", runtime_port != serve.port)
    api = "/2018-06-01/runtime"
    status, body = request(runtime_port, "POST", api + "/init/error",
                           json.dumps({"errorType": "Spoofed", "errorMessage": "x"}),
                           {"Lambda-Runtime-Function-Error-Type": "Spoofed"})
    print("spoofed init/error:", status, error_type(body))
    status, body = request(runtime_port, "GET", api + "/invocation/next", timeout=5)
    print("stolen /next:", status, error_type(body))
    status, body = request(runtime_port, "POST", api + "/invocation/00000000/response", "{}")
    print("forged response:", status, error_type(body))
    # A ghost /next from outside: it asks and hangs up at once.
    ghost = socket.create_connection(("127.0.0.1", runtime_port))
    ghost.sendall(b"GET " + api.encode() + b"/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n")
    ghost.close()
    for i in range(2):
        status, body = invoke(serve.port, "{}", timeout=10)
        print(f"invoke after the attack {i + 1}:", status, body)


def ghost_next(serve):
    """A process of the environment asks for the next event and hangs up:
    no invocation is lost to it."""
    for i in range(1, 4):
        print(f"invoke {i}:", *invoke(serve.port, "{}", timeout=10))


def cross_origin(serve):
    """What a web page (or DNS rebinding) can make a browser send; none of
    it may run the function, which counts its invocations."""
    simple = {"Content-Type": "text/plain", "Host": "evil.example",
              "Origin": "http://evil.example"}
    tries = [
        ("page on another origin", simple),
        ("Origin alone", {"Origin": "http://127.0.0.1:1"}),
        ("DNS rebinding (Host)", {"Host": f"evil.example:{serve.port}"}),
        ("text/plain", {"Content-Type": "text/plain"}),
        ("form data", {"Content-Type": "multipart/form-data; boundary=x"}),
    ]
    for name, headers in tries:
        status, body = request(serve.port, "POST", INVOKE, "{}",
                               {"Content-Type": "application/json", **headers})
        print(f"{name}: {status} {error_type(body)}")
    status, body = request(serve.port, "GET", INVOKE)
    print("GET:", status, error_type(body))
    print("a local tool:", *invoke(serve.port, "{}"))


def slowloris(serve):
    """Thirty-two connections that send a header line every second: the
    function stays available throughout."""
    stop = threading.Event()

    def crawl():
        sock = socket.create_connection(("127.0.0.1", serve.port))
        sock.sendall(b"POST " + INVOKE.encode() + b" HTTP/1.1\r\n")
        while not stop.wait(1):
            try:
                sock.sendall(b"X-Slow: 1\r\n")
            except OSError:
                break
        sock.close()

    crawlers = [threading.Thread(target=crawl) for _ in range(32)]
    for crawler in crawlers:
        crawler.start()
    time.sleep(1)
    slowest = 0.0
    for i in range(3):
        started = time.monotonic()
        status, body = invoke(serve.port, json.dumps(i), timeout=10)
        slowest = max(slowest, time.monotonic() - started)
        print(f"probe {i + 1}:", status, body)
        time.sleep(0.5)
    # Starved, a probe would wait for the crawlers' 10 s header timeout; 5 s
    # leaves room for a loaded machine.
    print("every probe answered within 5 s:", slowest < 5)
    stop.set()
    for crawler in crawlers:
        crawler.join()


def concurrent(serve, count=500):
    """Many invocations at once: each is answered, none is reset."""
    results = [None] * count

    def run(index):
        results[index] = invoke(serve.port, json.dumps(index), timeout=120)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    answered = sum(1 for status, _ in results if status is not None)
    right = sum(1 for i, (status, body) in enumerate(results)
                if status == 200 and body == json.dumps(i))
    print(f"{count} concurrent invocations: {answered} answered, {right} returned their event")
    failures = sorted({f"{status} {error_type(body)}" for status, body in results
                       if status != 200})
    for failure in failures:
        print("failure:", failure)


def curl_body(serve):
    """The documented curl command (form encoding, its default) with a 5 MB
    event, then one over Lambda's 6 MB limit."""
    with tempfile.TemporaryDirectory() as directory:
        for name, size in (("5 MB", 5 << 20), ("7 MB", 7 << 20)):
            path = os.path.join(directory, "event.json")
            with open(path, "w") as event:
                event.write(json.dumps({"data": "d" * (size - 12)}))
            result = subprocess.run(
                ["curl", "-sS", "-w", "\n%{http_code} %{content_type}", "-d", "@" + path,
                 f"http://127.0.0.1:{serve.port}{INVOKE}"],
                capture_output=True, text=True, timeout=60)
            body, _, status = result.stdout.rpartition("\n")
            try:
                answer = f"an event of {len(json.loads(body)['data']) + 12} bytes"
            except (ValueError, KeyError, TypeError):
                answer = error_type(body)
            print(f"curl -d @{name} event: {status} {answer}")


def verify_interrupted(hoist, verify_args):
    """SIGINT while verify runs a handler: its scratch directories go."""
    with tempfile.TemporaryDirectory() as scratch:
        event = os.path.join(scratch, "event.json")
        with open(event, "w") as out:
            out.write("30")
        temp = os.path.join(scratch, "tmp")
        os.mkdir(temp)
        verify = subprocess.Popen([hoist, "verify", "--events", event, *verify_args],
                                  env={**os.environ, "TMPDIR": temp},
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        # Interrupted once the handler runs (its runtime process is started).
        while time.monotonic() < deadline and not any(
                os.path.isdir(os.path.join(temp, d, "logs-original")) for d in os.listdir(temp)):
            time.sleep(0.1)
        time.sleep(1)
        print("scratch directories while running:", len(os.listdir(temp)))
        verify.send_signal(signal.SIGINT)
        status = verify.wait(timeout=20)
        print("verify ended by SIGINT:", status == -signal.SIGINT)
        print("scratch directories left:", os.listdir(temp))


ATTACKS = {"spoof": spoof, "ghost-next": ghost_next, "cross-origin": cross_origin,
           "slowloris": slowloris, "concurrent": concurrent, "curl-body": curl_body}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hoist", required=True)
    parser.add_argument("attack", choices=sorted(ATTACKS) + ["verify-interrupted"])
    parser.add_argument("serve", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    rest = [a for a in args.serve if a != "--"]
    if args.attack == "verify-interrupted":
        verify_interrupted(args.hoist, rest)
        return 0
    serve = Serve(args.hoist, rest)
    try:
        ATTACKS[args.attack](serve)
    finally:
        serve.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
