"""hoist server, driven as an editor drives it: initialize, didOpen,
diagnostics, codeAction, the edit applied, didChange, diagnostics cleared,
a helper module's edit re-publishing its handler, hover, pulled
diagnostics, malformed messages, shutdown and exit."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "lit"))
from lsp_client import LspClient, apply_edits, uri  # noqa: E402

hoist, project = sys.argv[1], sys.argv[2]
app_path = os.path.join(project, "src", "app.py")
app_uri = uri(app_path)
orders_uri = uri(os.path.join(project, "src", "orders.py"))
store_uri = uri(os.path.join(project, "src", "store.py"))
client = LspClient(hoist, project)

# Before initialize, requests are refused and the server lives on.
early = client.request("textDocument/hover", {})
assert early["error"]["code"] == -32002, early

init = client.request("initialize", {
    "processId": os.getpid(), "rootUri": uri(project),
    "workspaceFolders": [{"uri": uri(project), "name": "project"}],
    "capabilities": {}, "initializationOptions": {"ignore": ["handler-signature"]}})
capabilities = init["result"]["capabilities"]
assert capabilities["positionEncoding"] == "utf-16", capabilities
assert capabilities["textDocumentSync"]["change"] == 2, capabilities
assert set(capabilities["codeActionProvider"]["codeActionKinds"]) == {
    "quickfix", "source.fixAll.hoist"}, capabilities
assert capabilities["hoverProvider"] is True
assert capabilities["diagnosticProvider"]["interFileDependencies"] is True
client.notify("initialized", {})

# The buffer, not the disk (which holds no handler yet), is analyzed.
text = open(os.path.join(project, "buffer.py")).read()
client.notify("textDocument/didOpen", {"textDocument": {
    "uri": app_uri, "languageId": "python", "version": 1, "text": text}})
published = client.diagnostics(app_uri, version=1)
[finding] = published["diagnostics"]
assert finding["code"] == "client-in-handler", finding
assert finding["severity"] == 2 and finding["source"] == "hoist", finding
assert finding["range"]["start"] == {"line": 4, "character": 9}, finding
related = [r["message"] for r in finding["relatedInformation"]]
assert any("'handler' is a Lambda handler" in m for m in related), related

# Code actions: the safe fix, preferred; ignoring the finding; fix all.
actions = client.request("textDocument/codeAction", {
    "textDocument": {"uri": app_uri}, "range": finding["range"],
    "context": {"diagnostics": [finding]}})["result"]
kinds = [(a["kind"], a.get("isPreferred", False)) for a in actions]
assert kinds == [("quickfix", True), ("quickfix", False),
                 ("source.fixAll.hoist", False)], kinds
assert actions[0]["title"] == "move 's3 = boto3.client(...)' to module scope"
assert actions[1]["title"] == \
    "Ignore this finding (hoist: ignore[client-in-handler])"
# At the end of the line, in UTF-16 code units: "😀" counts two.
line = text.splitlines()[4]
[comment] = actions[1]["edit"]["documentChanges"][0]["edits"]
assert comment["range"]["start"] == {
    "line": 4, "character": len(line.encode("utf-16-le")) // 2}, comment
only = client.request("textDocument/codeAction", {
    "textDocument": {"uri": app_uri}, "range": finding["range"],
    "context": {"diagnostics": [], "only": ["source.fixAll.hoist"]}})["result"]
assert [a["kind"] for a in only] == ["source.fixAll.hoist"], only

# Hover on the finding: the rule's page.
hover = client.request("textDocument/hover", {
    "textDocument": {"uri": app_uri}, "position": finding["range"]["start"]})
assert hover["result"]["contents"]["kind"] == "markdown"
assert hover["result"]["contents"]["value"].startswith("# client-in-handler")

# The editor applies the fix and sends it as incremental changes (the
# edits, last first); the finding is gone at version 2.
[change] = actions[0]["edit"]["documentChanges"]
assert change["textDocument"] == {"uri": app_uri, "version": 1}, change
fixed = apply_edits(text, change["edits"])
assert fixed == open(os.path.join(project, "buffer.fixed.py")).read(), fixed
changes = [{"range": e["range"], "text": e["newText"]}
           for e in reversed(change["edits"])]
client.notify("textDocument/didChange", {
    "textDocument": {"uri": app_uri, "version": 2},
    "contentChanges": changes})
assert client.diagnostics(app_uri, version=2)["diagnostics"] == []

# Cross-file: a handler whose helper module builds a client is told so
# when the helper's buffer changes, though its own text did not.
client.notify("textDocument/didOpen", {"textDocument": {
    "uri": orders_uri, "languageId": "python", "version": 1,
    "text": open(os.path.join(project, "src", "orders.py")).read()}})
assert client.diagnostics(orders_uri, version=1)["diagnostics"] == []
store = open(os.path.join(project, "src", "store.py")).read()
client.notify("textDocument/didOpen", {"textDocument": {
    "uri": store_uri, "languageId": "python", "version": 1, "text": store}})
client.notify("textDocument/didChange", {
    "textDocument": {"uri": store_uri, "version": 2},
    "contentChanges": [{"text": store.replace(
        "return None", 'return boto3.resource("dynamodb").Table("t")')}]})
reached = client.wait(
    lambda m: m.get("method") == "textDocument/publishDiagnostics"
    and m["params"]["uri"] == orders_uri and m["params"]["diagnostics"])
[through] = reached["params"]["diagnostics"]
assert through["code"] == "client-in-handler", through
# At the call of the helper, with a note where the construction is, which
# the helper's own diagnostics show.
assert through["range"]["start"] == {"line": 4, "character": 13}, through
assert through["relatedInformation"][0]["location"]["uri"] == store_uri
store_findings = client.diagnostics(store_uri, version=2)["diagnostics"]
assert [d["range"]["start"]["line"] for d in store_findings] == [4], store_findings

# Pulled, the same; the workspace's too.
pulled = client.request("textDocument/diagnostic",
                        {"textDocument": {"uri": orders_uri}})["result"]
assert pulled["kind"] == "full" and len(pulled["items"]) == 1, pulled
workspace = client.request("workspace/diagnostic",
                           {"previousResultIds": []})["result"]
assert {item["uri"] for item in workspace["items"]} == {
    app_uri, orders_uri, store_uri}, workspace

# Ignoring it: the comment silences it.
[ignore] = [a for a in client.request("textDocument/codeAction", {
    "textDocument": {"uri": orders_uri}, "range": through["range"],
    "context": {"diagnostics": [through]}})["result"]
    if a["title"].startswith("Ignore")]
[edit] = ignore["edit"]["documentChanges"][0]["edits"]
assert edit["newText"] == "  # hoist: ignore[client-in-handler]", edit
orders = apply_edits(open(os.path.join(project, "src", "orders.py")).read(),
                     [edit])
client.notify("textDocument/didChange", {
    "textDocument": {"uri": orders_uri, "version": 2},
    "contentChanges": [{"text": orders}]})
assert client.diagnostics(orders_uri, version=2)["diagnostics"] == []

# Hover on the rule id in the comment: its page.
comment_line = orders.splitlines()[4]
hover = client.request("textDocument/hover", {
    "textDocument": {"uri": orders_uri},
    "position": {"line": 4, "character": comment_line.index("client-in") + 3}})
assert hover["result"]["contents"]["value"].startswith("# client-in-handler")

# Malformed messages get JSON-RPC errors, and the server lives on.
client.send_raw("{not json")
assert client.wait(lambda m: m.get("error", {}).get("code") == -32700)["id"] is None
client.process.stdin.write(b"Content-Length: many\r\n\r\n")
client.process.stdin.flush()
assert client.wait(lambda m: m.get("error", {}).get("code") == -32700)
client.send_raw(json.dumps([1, 2]))
assert client.wait(lambda m: m.get("error", {}).get("code") == -32600)
unknown = client.request("textDocument/unknownThing", {})
assert unknown["error"]["code"] == -32601, unknown
bad = client.request("textDocument/codeAction", {"range": {}})
assert bad["error"]["code"] == -32602, bad
client.notify("$/cancelRequest", {"id": 99})
client.notify("$/unknownNotification", {})
client.notify("textDocument/didChange", {
    "textDocument": {"uri": "file:///nowhere.py", "version": 3},
    "contentChanges": [{"text": ""}]})
alive = client.request("textDocument/hover", {
    "textDocument": {"uri": app_uri}, "position": {"line": 0, "character": 0}})
assert "error" not in alive, alive

# Closing clears its diagnostics.
client.notify("textDocument/didClose", {"textDocument": {"uri": app_uri}})
closed = client.wait(
    lambda m: m.get("method") == "textDocument/publishDiagnostics"
    and m["params"]["uri"] == app_uri and "version" not in m["params"])
assert closed["params"]["diagnostics"] == [], closed

assert client.close() == 0
print("scripted session: ok")
