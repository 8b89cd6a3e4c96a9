# RUN: %expect %s
# A urllib3 pool built with block=True waits for a free connection, and a
# response read without preloading its body keeps its connection until it
# is released (closing it, with a `with` block, does not give it back).
# Built per invocation, the pool dies with it; kept at module scope, the
# next invocation waits forever, or gets EmptyPoolError (Python trial 35,
# E): no safe fix. A released or preloaded response, or a pool that does
# not block, keeps the safe fix.
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import urllib3


class Answer(BaseHTTPRequestHandler):
    """A loopback server that keeps connections alive, as services do."""

    protocol_version = "HTTP/1.1"

    def do_GET(self):
        body = b"0123456789" * 100
        self.send_response(200)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *arguments):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
threading.Thread(target=server.serve_forever, daemon=True).start()
URL = "http://127.0.0.1:%d/report" % server.server_port


def unreleased_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager(maxsize=1, block=True)
    response = http.request("GET", URL, preload_content=False)
    return {"status": response.status}


def closed_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager(maxsize=1, block=True, timeout=2.0)
    with http.request("GET", URL, preload_content=False) as response:
        first = response.read(4)
    return {"status": response.status, "first": first.decode()}


def urlopen_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager(maxsize=1, block=True)
    response = http.urlopen("GET", URL, release_conn=False, preload_content=False)
    return {"status": response.status}


def fetch(pool):
    return pool.request("GET", URL, preload_content=False).status


def handed_on_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager(maxsize=1, block=True)
    return {"status": fetch(http)}


def released_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager(maxsize=1, block=True)
    response = http.request("GET", URL, preload_content=False)
    first = response.read(4)
    response.release_conn()
    return {"status": response.status, "first": first.decode()}


def preloaded_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager(maxsize=1, block=True)
    response = http.request("GET", URL)
    return {"status": response.status, "size": len(response.data)}


def non_blocking_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager(maxsize=1, block=False)
    response = http.request("GET", URL, preload_content=False)
    return {"status": response.status}
