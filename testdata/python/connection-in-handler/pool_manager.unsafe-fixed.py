# RUN: %expect %s
# A urllib3 PoolManager keeps nothing from one request for the next but idle
# connections (no cookies; its headers are the ones it is built with), builds
# no connection until a request, and checks a pooled connection for a dropped
# socket before it reuses it: moved to module scope it answers as before, so
# the move is safe. One the handler configures after building it, or closes
# with a `with` block, is not moved; one whose pool settings it only reads
# (`http.connection_pool_kw.get(...)`) is. A ProxyManager is a PoolManager
# that sends its requests through a proxy: the same (trial 27, H07); one
# whose proxy the handler writes to the environment first is not moved, and
# neither is one whose proxy URL, read from the environment, another
# function loading this module of several handlers may set to one urllib3
# refuses (refused_proxy_urls.py). A pool it hands out for a host
# (`connection_from_url`) is its own: one whose headers the handler sets is
# not moved either.
import os
import threading
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer

import urllib3

poolmanager = urllib3.PoolManager(timeout=urllib3.Timeout(connect=0.5), retries=False)
poolmanager_2 = urllib3.PoolManager()
poolmanager_3 = urllib3.PoolManager(num_pools=4, timeout=urllib3.Timeout(connect=1.0))
poolmanager_4 = urllib3.PoolManager(retries=False)


class Answer(BaseHTTPRequestHandler):
    """A loopback server that keeps connections alive, as services do."""

    protocol_version = "HTTP/1.1"

    def answer(self):
        length = int(self.headers.get("content-length") or 0)
        body = b"%d bytes" % len(self.rfile.read(length))
        self.send_response(200)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_PUT = answer

    def log_message(self, *arguments):
        pass


# A loopback proxy, named by the environment, which a construction reads at
# INIT as it would at each invocation: the library's handler answers a
# proxied request (`GET http://host/path`) for a file it lacks with a 404.
proxy = ThreadingHTTPServer(("127.0.0.1", 0), SimpleHTTPRequestHandler)
os.environ["ORDERS_PROXY_URL"] = "http://127.0.0.1:%d" % proxy.server_port
proxymanager = urllib3.ProxyManager(os.environ.get("ORDERS_PROXY_URL", "http://127.0.0.1:9"), timeout=urllib3.Timeout(connect=0.5), retries=False)
proxy_from_url = urllib3.proxy_from_url(os.environ.get("ORDERS_PROXY_URL", "http://127.0.0.1:9"), retries=False)
proxymanager_2 = urllib3.ProxyManager(os.environ["TENANT_PROXY_URL"])
threading.Thread(target=proxy.serve_forever, daemon=True).start()
server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
threading.Thread(target=server.serve_forever, daemon=True).start()
URL = "http://127.0.0.1:%d/status" % server.server_port


def status_handler(event, context):
    # expect: connection-in-handler
    http = poolmanager
    response = http.request("GET", URL)
    return {"status": response.status, "body": response.data.decode()}


def send_response(body):
    # expect: connection-in-handler
    http = poolmanager_2
    headers = {"content-type": "", "content-length": str(len(body))}
    response = http.request("PUT", URL, headers=headers, body=body)
    return response.data.decode()


def custom_resource_handler(event, context):
    return send_response(event.get("body", "{}"))


def tenant_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager()
    # The pool's headers go with every request: kept at module scope, one
    # tenant's header would be sent for the next.
    if "tenant" in event:
        http.headers["x-tenant"] = event["tenant"]
    return dict(http.headers)


def scoped_handler(event, context):
    # expect: connection-in-handler
    with urllib3.PoolManager() as http:
        return len(http.pools)


def timeout_handler(event, context):
    # expect: connection-in-handler[hoistable]
    http = poolmanager_3
    # Reading the settings its pools get leaves them as they are (trial 27,
    # H05).
    timeout = http.connection_pool_kw.get("timeout")
    return {
        "connect": timeout.connect_timeout,
        "settings": sorted(http.connection_pool_kw.keys()),
        "retries": "retries" in http.connection_pool_kw,
    }


def retries_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager()
    # Setting one would carry into the next invocation's pools.
    if "retries" in event:
        http.connection_pool_kw.setdefault("retries", event["retries"])
    return {"retries": str(http.connection_pool_kw.get("retries"))}


def proxied_handler(event, context):
    # expect: connection-in-handler[hoistable]
    http = proxymanager
    response = http.request("GET", "http://orders.internal/status")
    return {"status": response.status, "proxy": http.proxy.host}


def proxy_from_url_handler(event, context):
    # expect: connection-in-handler[hoistable]
    http = proxy_from_url
    response = http.request("GET", "http://orders.internal/orders/%s" % event.get("id", "1"))
    return {"status": response.status, "proxy": http.proxy.host}


def tenant_proxy_handler(event, context):
    os.environ["TENANT_PROXY_URL"] = event.get("proxy", os.environ["ORDERS_PROXY_URL"])
    # expect: connection-in-handler
    http = proxymanager_2
    return {"proxy": http.proxy.host}


def host_pool_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager()
    # The pool it hands out for a host is its own, kept for the next request
    # to that host: a header set on it would go with the next invocation's.
    pool = http.connection_from_url(URL)
    if "tenant" in event:
        pool.headers["x-tenant"] = event["tenant"]
    return dict(pool.headers)


def host_pool_request_handler(event, context):
    # expect: connection-in-handler[hoistable]
    http = poolmanager_4
    # Requests on that pool only use it.
    pool = http.connection_from_url(URL)
    response = pool.request("GET", "/status")
    return {"status": response.status, "port": pool.port == server.server_port}
