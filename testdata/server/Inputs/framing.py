"""hoist server against a client that frames badly or hostilely (trial
fsfix22, problem 49): memory stays bounded and every answer is LSP's.

- a Content-Length above the server's limit (64 MiB) is answered with a
  parse error, its body is read past (never held), and the server answers
  the next message;
- a header line without end (no newline in 100 MB) is answered with a parse
  error once it is longer than a header can be, and the server then ends
  (exit status 1: the input can no longer be framed, and there was no
  shutdown)."""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "lit"))
from lsp_client import LspClient  # noqa: E402

hoist, project = sys.argv[1], sys.argv[2]
client = LspClient(hoist, project)
init = client.request("initialize", {"processId": os.getpid(),
                                     "rootUri": None, "capabilities": {}})
assert "result" in init, init

def peak_kib():
    with open("/proc/%d/status" % client.process.pid) as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])


# Too large: refused by its header; the 70 MB that follow are skipped, not
# held (the server's peak memory grows by far less).
before = peak_kib()
body = b"x" * (70 << 20)
client.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
client.process.stdin.flush()
refused = client.wait(lambda m: m.get("error", {}).get("code") == -32700)
assert "above the server's limit of 67108864 bytes" in refused["error"]["message"], refused
alive = client.request("textDocument/unknownThing", {})
assert alive["error"]["code"] == -32601, alive
grown = peak_kib() - before
assert grown < 16 * 1024, "the server's peak memory grew by %d KiB" % grown

# A header line without end.
chunk = b"X" * (1 << 20)
try:
    for _ in range(100):
        client.process.stdin.write(chunk)
    client.process.stdin.flush()
except BrokenPipeError:
    pass
lost = client.wait(lambda m: m.get("error", {}).get("code") == -32700)
assert "header line longer than 4096 bytes" in lost["error"]["message"], lost
status = client.process.wait(timeout=30)
print("exit status", status)
