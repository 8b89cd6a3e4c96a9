"""hoist server keeps what it learnt of a project (its walk, its template)
between analyses while the client watches the files, and learns again when
a watched file says a deployment or configuration file changed."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "lit"))
from lsp_client import LspClient, uri  # noqa: E402

hoist, project = sys.argv[1], sys.argv[2]
template = os.path.join(project, "template.yaml")
jobs_path = os.path.join(project, "src", "jobs.py")
jobs_uri = uri(jobs_path)
jobs = open(jobs_path).read()
JOBS_FUNCTION = """  Jobs:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Handler: jobs.run
      Runtime: python3.12
"""

client = LspClient(hoist, project)
client.request("initialize", {
    "processId": os.getpid(), "rootUri": uri(project),
    "capabilities": {"workspace": {"didChangeWatchedFiles": {
        "dynamicRegistration": True}}}})
client.notify("initialized", {})
registration = client.wait(lambda m: m.get("method") == "client/registerCapability")
[watching] = registration["params"]["registrations"]
globs = [w["globPattern"] for w in watching["registerOptions"]["watchers"]]
assert "**/*.{yaml,yml}" in globs and "**/hoist.toml" in globs, globs
client.send({"id": registration["id"], "result": None})

# The template configures app.handler only: under its code root, 'run' is
# no handler.
client.notify("textDocument/didOpen", {"textDocument": {
    "uri": jobs_uri, "languageId": "python", "version": 1, "text": jobs}})
assert client.diagnostics(jobs_uri, version=1)["diagnostics"] == []

# The template changes on disk; until the client says so, the server keeps
# the template it read.
with open(template, "a") as out:
    out.write(JOBS_FUNCTION)
client.notify("textDocument/didChange", {
    "textDocument": {"uri": jobs_uri, "version": 2},
    "contentChanges": [{"text": jobs + "\n"}]})
assert client.diagnostics(jobs_uri, version=2)["diagnostics"] == []

# Told, it reads it again: 'run' is a configured handler now.
client.notify("workspace/didChangeWatchedFiles", {
    "changes": [{"uri": uri(template), "type": 2}]})
[finding] = client.diagnostics(jobs_uri, version=2)["diagnostics"]
assert finding["code"] == "client-in-handler", finding
related = [r["message"] for r in finding["relatedInformation"]]
assert any("configured as function 'Jobs'" in m for m in related), related

# A configuration file created beside it governs the document from then on.
with open(os.path.join(project, "hoist.toml"), "w") as out:
    out.write('ignore = ["client-in-handler"]\n')
client.notify("workspace/didChangeWatchedFiles", {
    "changes": [{"uri": uri(os.path.join(project, "hoist.toml")), "type": 1}]})
assert client.diagnostics(jobs_uri, version=2)["diagnostics"] == []

# And its change too.
with open(os.path.join(project, "hoist.toml"), "w") as out:
    out.write('ignore = []\n')
client.notify("workspace/didChangeWatchedFiles", {
    "changes": [{"uri": uri(os.path.join(project, "hoist.toml")), "type": 2}]})
[finding] = client.diagnostics(jobs_uri, version=2)["diagnostics"]
assert finding["code"] == "client-in-handler", finding

assert client.close() == 0
print("watched files: ok")
