"""hoist server checks a C++ handler in the syntactic mode where no
compilation database is found above it, and with Clang where one is, from
the editor's buffer either way.

usage: cpp_modes.py HOIST DIR HANDLER.cpp CLANG_FLAGS..."""
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "lit"))
from lsp_client import LspClient, uri  # noqa: E402

hoist, top, handler, flags = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
text = open(handler).read()
# The handler's 'Aws::S3::S3Client s3;' (the NOLINT one beside it is silent).
LINE, CHARACTER = 8, 20
SYNTACTIC = "without compiling"


def check(directory):
    """The diagnostics of the handler opened in `directory`, then of the
    buffer without the client, which the disk still has."""
    path = os.path.join(directory, "orders.cpp")
    shutil.copy(handler, path)
    client = LspClient(hoist, directory)
    client.request("initialize", {"processId": os.getpid(),
                                  "rootUri": uri(directory), "capabilities": {}})
    client.notify("initialized", {})
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri(path), "languageId": "cpp", "version": 1, "text": text}})
    [finding] = client.diagnostics(uri(path), version=1)["diagnostics"]
    assert finding["code"] == "client-in-handler", finding
    assert finding["range"]["start"] == {"line": LINE, "character": CHARACTER}
    related = [r["message"] for r in finding.get("relatedInformation", [])]
    without = text.replace("  Aws::S3::S3Client s3;\n", "")
    assert without != text
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri(path), "version": 2},
        "contentChanges": [{"text": without}]})
    assert client.diagnostics(uri(path), version=2)["diagnostics"] == []
    assert client.close() == 0
    return related


# No compilation database: the syntactic mode, which says so.
syntactic = os.path.join(top, "syntactic")
os.makedirs(syntactic)
related = check(syntactic)
assert any(SYNTACTIC in message for message in related), related

# A compile_commands.json beside it: Clang.
clang = os.path.join(top, "clang")
os.makedirs(clang)
with open(os.path.join(clang, "compile_commands.json"), "w") as out:
    json.dump([{"directory": clang, "file": "orders.cpp",
                "arguments": ["clang++"] + flags + ["-c", "orders.cpp"]}], out)
related = check(clang)
assert not any(SYNTACTIC in message for message in related), related
print("C++ modes: ok")
