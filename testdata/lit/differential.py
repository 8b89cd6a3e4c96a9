"""Runs a module and its fixed version side by side under CPython and
compares what their handlers do: the error of importing the module (INIT),
then, for each handler and each of a few events, several invocations in a
row (warm invokes), their responses and the type of their exceptions. A safe
fix must keep them equal.

    differential.py ORIGINAL.py FIXED.py

Handlers are the module-level functions that take two positional
parameters, `event` and `context` (or names ending in them). Each module runs
in its own interpreter, with dummy credentials, a region, instance metadata
disabled and every AWS endpoint on a closed loopback port, so nothing leaves
the machine and a call to AWS fails at once. Exit 0 when the runs agree, 1
with the differences otherwise.
"""
import json
import os
import subprocess
import sys

EVENTS = [
    {},
    {"region": "eu-west-1", "id": "1", "table": "orders", "kind": "a",
     "x": 1, "cfg": {"region_name": "eu-west-2"}},
    {"region": "us-east-2", "id": "2", "table": "users", "kind": "b"},
]
INVOCATIONS = 3
MARK = "\x1ediff "

# Runs inside the child interpreter: imports the module from its path and
# prints one JSON line per phase.
RUNNER = r"""
import importlib.util, inspect, json, sys, time
path, events, invocations = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3])
MARK = "\x1ediff "


class Context:
    aws_request_id = "00000000-0000-0000-0000-000000000000"
    function_name = "function"
    function_version = "$LATEST"
    invoked_function_arn = "arn:aws:lambda:us-east-1:000000000000:function:function"
    memory_limit_in_mb = "128"
    log_group_name = "/aws/lambda/function"
    log_stream_name = "stream"
    identity = None
    client_context = None

    def get_remaining_time_in_millis(self):
        return 3000


def shown(value):
    try:
        return json.loads(json.dumps(value, sort_keys=True))
    except (TypeError, ValueError):
        return "<" + type(value).__name__ + ">"


def error(exc):
    return type(exc).__name__


sys.path.insert(0, __import__("os").path.dirname(path))
spec = importlib.util.spec_from_file_location("fixture_module", path)
module = importlib.util.module_from_spec(spec)
sys.modules["fixture_module"] = module
try:
    spec.loader.exec_module(module)
except BaseException as exc:
    print(MARK + json.dumps({"init": error(exc)}))
    sys.exit(0)
print(MARK + json.dumps({"init": None}))


def is_handler(name, value):
    if not inspect.isfunction(value) or value.__module__ != "fixture_module":
        return False
    if inspect.iscoroutinefunction(value) or inspect.isgeneratorfunction(value):
        return False
    names = [p.name for p in inspect.signature(value).parameters.values()
             if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    return len(names) == 2 and names[0].endswith("event") and names[1].endswith("context")


for name, handler in sorted(vars(module).items()):
    if not is_handler(name, handler):
        continue
    for index, event in enumerate(events):
        for n in range(invocations):
            try:
                outcome = {"response": shown(handler(json.loads(json.dumps(event)), Context()))}
            except BaseException as exc:
                outcome = {"error": error(exc)}
            print(MARK + json.dumps({"handler": name, "event": index, "invoke": n, **outcome}))
"""


def environment():
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("AWS_")}
    env.update({
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_REGION": "us-east-1",
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_ENDPOINT_URL": "http://127.0.0.1:9",
        "AWS_MAX_ATTEMPTS": "1",
        "AWS_RETRY_MODE": "standard",
        "AWS_CONFIG_FILE": os.devnull,
        "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
    })
    return env


def run(path):
    process = subprocess.run(
        [sys.executable, "-c", RUNNER, os.path.abspath(path),
         json.dumps(EVENTS), str(INVOCATIONS)],
        capture_output=True, text=True, env=environment(), timeout=120,
        cwd=os.path.dirname(os.path.abspath(path)))
    lines = []
    for line in process.stdout.splitlines():
        if line.startswith(MARK):  # else the module's own output
            lines.append(json.loads(line[len(MARK):]))
    if not lines:
        return [{"crash": process.returncode, "stderr": process.stderr[-2000:]}]
    return lines


def main():
    original, fixed = sys.argv[1], sys.argv[2]
    before, after = run(original), run(fixed)
    if before == after:
        return 0
    print(f"{fixed}: behaves differently from {original}")
    for a, b in zip(before, after):
        if a != b:
            print(f"  before: {json.dumps(a)}\n  after:  {json.dumps(b)}")
    for extra in before[len(after):]:
        print(f"  before only: {json.dumps(extra)}")
    for extra in after[len(before):]:
        print(f"  after only:  {json.dumps(extra)}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
