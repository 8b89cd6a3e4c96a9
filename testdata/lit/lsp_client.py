"""A scripted LSP client for `hoist server`'s tests: JSON-RPC over the
server's stdin and stdout, as an editor speaks it."""
import json
import os
import queue
import subprocess
import threading
import time


class LspClient:
    def __init__(self, hoist, cwd):
        self.process = subprocess.Popen(
            [hoist, "server"], cwd=cwd, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.messages = queue.Queue()
        self.next_id = 1
        self.pending = []  # read, not yet asked for
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.process.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            body = out.read(length)
            try:
                self.messages.put(json.loads(body))
            except ValueError:
                self.messages.put({"unreadable": body.decode(errors="replace"),
                                   "length": length})

    def send_raw(self, body):
        data = body if isinstance(body, bytes) else body.encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.process.stdin.flush()

    def send(self, message):
        self.send_raw(json.dumps(dict(jsonrpc="2.0", **message)))

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def request(self, method, params=None):
        """Sends a request and returns its response (result or error)."""
        ident = self.next_id
        self.next_id += 1
        message = {"id": ident, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        return self.wait(lambda m: m.get("id") == ident and "method" not in m)

    def wait(self, matches, timeout=30):
        """The first message (read earlier or now) that `matches`."""
        for message in self.pending:
            if matches(message):
                self.pending.remove(message)
                return message
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                status = self.process.poll()
                raise AssertionError("timed out; unmatched: %s; %s" % (
                    self.pending, "the server runs" if status is None else
                    "the server exited with %s: %s" % (
                        status, self.process.stderr.read().decode())))
            try:
                message = self.messages.get(timeout=left)
            except queue.Empty:
                continue
            if message is None:
                raise AssertionError("the server closed its output; stderr: %s"
                                     % self.process.stderr.read().decode())
            if matches(message):
                return message
            self.pending.append(message)

    def diagnostics(self, uri, version=None):
        """The next diagnostics published for `uri` (of `version`)."""
        message = self.wait(
            lambda m: m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri
            and (version is None or m["params"].get("version") == version))
        return message["params"]

    def close(self):
        """shutdown, exit; the exit status."""
        assert "error" not in self.request("shutdown")
        self.notify("exit", None)
        return self.process.wait(timeout=30)


def uri(path):
    return "file://" + os.path.abspath(path)


def apply_edits(text, edits):
    """`text` with LSP TextEdits applied (positions in UTF-16 units)."""
    lines = text.splitlines(keepends=True)

    def offset(position):
        before = "".join(lines[:position["line"]])
        line = lines[position["line"]] if position["line"] < len(lines) else ""
        units, at = 0, 0
        while at < len(line) and units < position["character"]:
            units += 2 if ord(line[at]) > 0xFFFF else 1
            at += 1
        return len(before) + at

    # Last first; of insertions at one point, the later one first, so that
    # they appear in the order given, as LSP says.
    ordered = sorted(enumerate(edits), reverse=True,
                     key=lambda e: (offset(e[1]["range"]["start"]), e[0]))
    for _, edit in ordered:
        start, end = offset(edit["range"]["start"]), offset(edit["range"]["end"])
        text = text[:start] + edit["newText"] + text[end:]
    return text
