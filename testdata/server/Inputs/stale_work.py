"""hoist server drops stale work: a pull of diagnostics waiting for an
analysis is answered RequestCancelled when the client cancels it, and a
newer version's diagnostics are never followed by an older one's."""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "lit"))
from lsp_client import LspClient, uri  # noqa: E402

REQUEST_CANCELLED = -32800
hoist, project = sys.argv[1], sys.argv[2]
app_uri = uri(os.path.join(project, "src", "app.py"))
text = open(os.path.join(project, "buffer.py")).read()


def frame(message):
    body = json.dumps(dict(jsonrpc="2.0", **message)).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def start(capabilities):
    client = LspClient(hoist, project)
    client.request("initialize", {"processId": os.getpid(),
                                  "rootUri": uri(project),
                                  "capabilities": capabilities})
    client.notify("initialized", {})
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": app_uri, "languageId": "python", "version": 1, "text": text}})
    return client


# A client that pulls.
client = start({"textDocument": {"diagnostic": {}}})
pulled = client.request("textDocument/diagnostic",
                        {"textDocument": {"uri": app_uri}})["result"]
assert [d["code"] for d in pulled["items"]] == ["client-in-handler"], pulled
# A change, a pull (which waits for its analysis, 150 ms on) and its
# cancellation, in one write: the pull is answered RequestCancelled.
client.process.stdin.write(
    frame({"method": "textDocument/didChange", "params": {
        "textDocument": {"uri": app_uri, "version": 2},
        "contentChanges": [{"text": text + "\n"}]}})
    + frame({"id": 100, "method": "textDocument/diagnostic",
             "params": {"textDocument": {"uri": app_uri}}})
    + frame({"method": "$/cancelRequest", "params": {"id": 100}}))
client.process.stdin.flush()
cancelled = client.wait(lambda m: m.get("id") == 100)
assert cancelled["error"]["code"] == REQUEST_CANCELLED, cancelled
# The next pull, not cancelled, has the findings of version 2; a cancel of
# a request answered already changes nothing.
pulled = client.request("workspace/diagnostic", {"previousResultIds": []})
[item] = pulled["result"]["items"]
assert item["version"] == 2 and len(item["items"]) == 1, item
client.notify("$/cancelRequest", {"id": 100})
assert "error" not in client.request("textDocument/diagnostic", {
    "textDocument": {"uri": app_uri}})
assert client.close() == 0

# A client that is pushed to: versions that arrive while older ones are
# analyzed; what is published is never older than what came before it.
client = start({})
assert client.diagnostics(app_uri, version=1)["diagnostics"]
for version in range(2, 12):
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": app_uri, "version": version},
        "contentChanges": [{"text": text + "#" * version + "\n"}]})
    time.sleep(0.03 * (version % 4) + 0.1)
client.diagnostics(app_uri, version=11)
before = list(client.pending)
time.sleep(0.5)  # anything late would have come by now
after = []
while not client.messages.empty():
    after.append(client.messages.get_nowait())

def versions(messages):
    return [m["params"]["version"] for m in messages
            if m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == app_uri]


published = versions(before) + [11] + versions(after)
assert published == sorted(published) and published[-1] == 11, published
assert client.close() == 0
print("stale work: ok")
