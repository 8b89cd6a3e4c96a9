"""hoist server checks JavaScript and TypeScript documents from the editor's
buffer: a client built in the handler is a diagnostic, gone once the buffer
no longer builds it, though the disk still does; its "ignore" action writes
a '//' comment.

usage: javascript_documents.py HOIST DIR"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "lit"))
from lsp_client import LspClient, uri  # noqa: E402

hoist, top = sys.argv[1], sys.argv[2]
SOURCES = {
    "handler.mjs": ("javascript",
                    'import { S3Client } from "@aws-sdk/client-s3";\n\n'
                    "export const handler = async (event) => {\n"
                    "  const s3 = new S3Client({});\n"
                    "  return s3.config.region;\n"
                    "};\n"),
    "handler.ts": ("typescript",
                   'import { SQSClient } from "@aws-sdk/client-sqs";\n\n'
                   "export const handler = async (event: unknown): Promise<string> => {\n"
                   "  const sqs = new SQSClient({});\n"
                   "  return String(sqs);\n"
                   "};\n"),
}
client = LspClient(hoist, top)
client.request("initialize", {"processId": os.getpid(), "rootUri": uri(top),
                              "capabilities": {}})
client.notify("initialized", {})
for name, (language, text) in SOURCES.items():
    path = os.path.join(top, name)
    with open(path, "w") as out:
        out.write(text)
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri(path), "languageId": language, "version": 1, "text": text}})
    [finding] = client.diagnostics(uri(path), version=1)["diagnostics"]
    assert finding["code"] == "client-in-handler", finding
    assert finding["range"]["start"]["line"] == 3, finding
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri(path)}, "range": finding["range"],
        "context": {"diagnostics": [finding]}})["result"]
    [ignore] = [a for a in actions
                if a["title"] == "Ignore this finding (hoist: ignore[client-in-handler])"]
    [comment] = ignore["edit"]["documentChanges"][0]["edits"]
    assert "// hoist: ignore[client-in-handler]" in comment["newText"], comment
    without = "\n".join(line for line in text.split("\n") if "Client({})" not in line)
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri(path), "version": 2},
        "contentChanges": [{"text": without}]})
    assert client.diagnostics(uri(path), version=2)["diagnostics"] == []
assert client.close() == 0
print("JavaScript and TypeScript documents: ok")
