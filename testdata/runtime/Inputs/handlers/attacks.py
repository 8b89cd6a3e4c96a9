"""Handlers for the runtime's attack tests: what a hostile or careless
function, or another local process, may do."""
import os
import subprocess
import sys
import time

_count = 0


def counts(event, context):
    global _count
    _count += 1
    return {"invocations": _count}


def runtime_api(event, context):
    return os.environ["AWS_LAMBDA_RUNTIME_API"]


def echo(event, context):
    return event


def sleeps(event, context):
    time.sleep(event)
    return {"slept": event}


# A child of the handler asks for the next event and hangs up before it
# comes: the event must not be lost to it.
_GHOST = """
import http.client, os, socket
connection = http.client.HTTPConnection(os.environ["AWS_LAMBDA_RUNTIME_API"], timeout=0.5)
try:
    connection.request("GET", "/2018-06-01/runtime/invocation/next")
    connection.getresponse()
except (socket.timeout, OSError):
    pass
"""


def spawns_a_ghost_next(event, context):
    subprocess.run([sys.executable, "-c", _GHOST], check=True)
    return "ghost gone"


# A grandchild that leaves the process group and session, then lives on.
_DETACHED = """
import os, sys, time
if os.fork():
    os._exit(0)
os.setsid()
print(os.getpid(), flush=True)
time.sleep(600)
"""


def detaches_then_hangs(event, context):
    child = subprocess.Popen([sys.executable, "-c", _DETACHED], stdout=subprocess.PIPE)
    pid = int(child.stdout.readline())
    with open(event, "w") as out:
        out.write(str(pid))
    time.sleep(600)


_HOG = """
import time
hog = bytearray(400 << 20)
for i in range(0, len(hog), 4096):
    hog[i] = 1
time.sleep(10)
"""


def child_eats_memory(event, context):
    subprocess.run([sys.executable, "-c", _HOG])
    return "survived"


def writes_its_code(event, context):
    try:
        with open(os.path.join(os.environ["LAMBDA_TASK_ROOT"], "attacks.py"), "a") as out:
            out.write("# changed by " + "the handler\n")
    except OSError as error:
        return f"refused: {error.strerror}"
    return "wrote"


def huge_response(event, context):
    return "z" * (50 << 20)


def deep_response(event, context):
    value = []
    for _ in range(100000):
        value = [value]
    return value


def reaches_out(event, context):
    """Tries the network past the proxies: urllib3's PoolManager ignores
    HTTPS_PROXY, a plain socket and a datagram know nothing of them."""
    import socket

    import urllib3

    answers = {"resolved": socket.getaddrinfo("example.com", 443)[0][4][0]}
    try:
        urllib3.PoolManager(retries=False).request("GET", "https://example.com/", timeout=5)
        answers["pool"] = "reached"
    except urllib3.exceptions.HTTPError as error:
        answers["pool"] = "refused" if "Connection refused" in str(error) else str(error)
    with socket.socket() as sock:
        sock.settimeout(5)
        answers["socket"] = os.strerror(sock.connect_ex(("93.184.215.14", 80)))
    return answers
