"""hoist server in a multi-root workspace: each folder's configuration
file governs the documents under it, read again when a watched file says
it changed; a folder added later is served as the first ones."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "lit"))
from lsp_client import LspClient, uri  # noqa: E402

hoist, top = sys.argv[1], sys.argv[2]
orders, billing = os.path.join(top, "orders"), os.path.join(top, "billing")


def folder(path):
    return {"uri": uri(path), "name": os.path.basename(path)}


def open_handler(client, directory):
    path = os.path.join(directory, "app.py")
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri(path), "languageId": "python", "version": 1,
        "text": open(path).read()}})
    return uri(path)


def codes(published):
    return [d["code"] for d in published["diagnostics"]]


# The editor runs the server from neither folder.
client = LspClient(hoist, top)
client.request("initialize", {
    "processId": os.getpid(), "rootUri": None,
    "workspaceFolders": [folder(orders), folder(billing)],
    "capabilities": {"workspace": {"workspaceFolders": True}}})
client.notify("initialized", {})

# The same handler: orders' hoist.toml ignores the rule, billing's
# pyproject.toml does not.
orders_app = open_handler(client, orders)
billing_app = open_handler(client, billing)
assert codes(client.diagnostics(orders_app, version=1)) == []
assert codes(client.diagnostics(billing_app, version=1)) == ["client-in-handler"]

# billing's configuration changes: read again, for billing's documents only.
client.pending.clear()  # what earlier analyses published
with open(os.path.join(billing, "pyproject.toml"), "a") as out:
    out.write('select = ["handler-signature"]\n')
client.notify("workspace/didChangeWatchedFiles", {"changes": [
    {"uri": uri(os.path.join(billing, "pyproject.toml")), "type": 2}]})
assert codes(client.diagnostics(billing_app, version=1)) == []

# A folder added to the workspace: its own configuration (none here: every
# rule) governs its documents.
shipping = os.path.join(top, "shipping")
client.pending.clear()
os.makedirs(shipping)
with open(os.path.join(shipping, "app.py"), "w") as out:
    out.write(open(os.path.join(orders, "app.py")).read())
client.notify("workspace/didChangeWorkspaceFolders", {"event": {
    "added": [folder(shipping)], "removed": [folder(orders)]}})
shipping_app = open_handler(client, shipping)
assert codes(client.diagnostics(shipping_app, version=1)) == ["client-in-handler"]
assert codes(client.diagnostics(orders_app, version=1)) == []

assert client.close() == 0
print("multi-root: ok")
