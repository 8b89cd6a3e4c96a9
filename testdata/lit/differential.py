"""Runs a module and its fixed version side by side under CPython and
compares what their handlers do: the error of importing the module (INIT),
then, for each handler and each of a few events, several invocations in a
row (warm invokes). Two invocations agree as `hoist verify` says they do
(answer_difference in analyzer/verify/answer_difference.cpp,
docs/runtime.md): the same status and error type, and equal JSON responses
or equal error messages; when the runs differ, the original runs again, and
what differs between its own two runs at an invocation (a timestamp, an id
made up per call) is left out there, the rest compared. A safe fix must keep
them equal; a module whose every invocation fails with one error may fail
its INIT with it instead.

    differential.py ORIGINAL.py FIXED.py

Handlers are the module-level functions that take two positional
parameters, `event` and `context` (or names ending in them). Each module runs
in its own interpreter, with dummy credentials, a region, instance metadata
disabled and every AWS endpoint on a closed loopback port, so nothing leaves
the machine and a call to AWS fails at once; other HTTP goes to the same
closed port through the proxy variables. Code that is not ours (the
ecosystem projects) also runs in a network namespace of its own
(`unshare -n`), where nothing but loopback exists. Exit 0 when the runs
agree, 1 with the differences otherwise.
"""
import json
import os
import re
import subprocess
import sys

EVENTS = [
    {},
    {"region": "eu-west-1", "id": "1", "table": "orders", "kind": "a",
     "x": 1, "cfg": {"region_name": "eu-west-2"}},
    {"region": "us-east-2", "id": "2", "table": "users", "kind": "b"},
]
INVOCATIONS = 3
MARK = "@@hoist-differential@@ "

# Runs inside the child interpreter: imports the module from its path and
# prints one JSON line per phase.
RUNNER = r"""
import importlib.util, inspect, json, sys, time
path, events, invocations = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3])
only = sys.argv[4] if len(sys.argv) > 4 else None
MARK = "@@hoist-differential@@ "


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
    # As the runtime reports it: errorType and errorMessage.
    return {"error": type(exc).__name__, "message": str(exc)[:300]}


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
    if only is None:
        print(MARK + json.dumps({"handler": name}))
        continue
    if name != only:
        continue
    for index, event in enumerate(events):
        for n in range(invocations):
            try:
                outcome = {"response": shown(handler(json.loads(json.dumps(event)), Context()))}
            except BaseException as exc:
                outcome = error(exc)
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
        # What Lambda sets in every function (hoist reads a test of them as
        # true: core/function_environment's always_set_by_lambda).
        "AWS_LAMBDA_FUNCTION_NAME": "differential",
        "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "128",
        "AWS_LAMBDA_RUNTIME_API": "127.0.0.1:9",
        "LAMBDA_TASK_ROOT": "/var/task",
        "HTTP_PROXY": "http://127.0.0.1:9",
        "HTTPS_PROXY": "http://127.0.0.1:9",
        "ALL_PROXY": "http://127.0.0.1:9",
        "NO_PROXY": "",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
    })
    return env


def isolated():
    """The command prefix that runs code in a network namespace of its own,
    or None when this machine cannot make one."""
    try:
        subprocess.run(["unshare", "-rn", "true"], check=True,
                       capture_output=True, timeout=10)
        return ["unshare", "-rn"]
    except (OSError, subprocess.SubprocessError):
        return None


def run_one(path, handler=None, python=sys.executable, prefix=(), timeout=120):
    """The lines of one interpreter: INIT, then the handlers' names, or the
    invocations of `handler`."""
    arguments = [*prefix, python, "-c", RUNNER, os.path.abspath(path),
                 json.dumps(EVENTS), str(INVOCATIONS)]
    try:
        process = subprocess.run(
            arguments + ([handler] if handler else []),
            capture_output=True, text=True, env=environment(), timeout=timeout,
            cwd=os.path.dirname(os.path.abspath(path)))
    except subprocess.TimeoutExpired:
        return [{"timeout": timeout}]
    lines = [json.loads(line[len(MARK):]) for line in process.stdout.split("\n")
             if line.startswith(MARK)]  # else the module's own output
    if not lines:
        return [{"crash": process.returncode, "stderr": process.stderr[-2000:]}]
    return lines


def run(path, **options):
    """INIT, then each handler in an environment of its own (as Lambda runs
    each function): what one handler does to the process cannot reach
    another."""
    listed = run_one(path, **options)
    lines = [listed[0]]
    for entry in listed[1:]:
        lines += run_one(path, entry["handler"], **options)[1:]
    return lines


def fails_earlier(before, after):
    """True when every invocation of the original fails with the error that
    fails the fixed module's INIT: Lambda reports the same error, at INIT."""
    init_error = after[0].get("init") if len(after) == 1 else None
    return (init_error is not None and before[0].get("init") is None
            and len(before) > 1
            and all({"error": line.get("error"), "message": line.get("message")}
                    == init_error for line in before[1:]))


def kind(value):
    """A value's JSON type, every number alike."""
    if isinstance(value, bool) or value is None:
        return type(value).__name__
    return "number" if isinstance(value, (int, float)) else type(value).__name__


def tokens(text):
    """Runs of letters and digits, and each other character alone."""
    return re.findall(r"[A-Za-z0-9]+|[^A-Za-z0-9]", text)


def same_leaving_out(a, f, again):
    """Whether `f` equals `a` where `a` equals `again`, the original's second
    run: as answer_difference.cpp leaves out what varies by itself (a key one
    run lacks, an array whose length varies, a string's varying tokens)."""
    if a == f:
        return True
    if again == a:
        return False
    if isinstance(a, dict) and isinstance(f, dict):
        for key in set(a) | set(f):
            if key in a and key in f:
                other = again[key] if isinstance(again, dict) and key in again else a[key]
                if not same_leaving_out(a[key], f[key], other):
                    return False
            elif not (isinstance(again, dict) and (key in again) != (key in a)):
                return False
        return True
    if isinstance(a, list) and isinstance(f, list) and len(a) == len(f):
        if not (isinstance(again, list) and len(again) == len(a)):
            return True
        return all(same_leaving_out(x, y, z) for x, y, z in zip(a, f, again))
    if kind(a) != kind(f) and kind(again) == kind(a):
        return False
    if isinstance(a, list) and isinstance(again, list) and len(again) == len(a):
        return False
    if isinstance(a, str) and isinstance(f, str) and isinstance(again, str):
        ta, tb, tf = tokens(a), tokens(again), tokens(f)
        if len(ta) != len(tb):
            return True
        return len(ta) == len(tf) and all(x == z or x != y for x, y, z in zip(ta, tb, tf))
    return True


def varies_only(a, f, again):
    """Whether line `f` differs from the original's line `a` only where `a`
    differs from `again`, the same line of the original's second run: the
    same kind of answer (a response, the same error) in all three."""
    if again is None:
        return False
    value = "response" if "response" in a else "message"
    fixed = [k for k in a if k != value]
    if value not in a or set(a) != set(f) or set(a) != set(again) or any(
            a[k] != f[k] or a[k] != again[k] for k in fixed):
        return False
    return same_leaving_out(a[value], f[value], again[value])


def compared(before, after, again=None):
    """Lines saying how `after` differs from `before`, none when they agree;
    with `again`, a second run of the original, what varies between its two
    runs is left out."""
    if before == after or fails_earlier(before, after):
        return []
    if again is not None and len(again) != len(before):
        again = None
    lines = []
    for i, (a, b) in enumerate(zip(before, after)):
        if a != b and not varies_only(a, b, again[i] if again else None):
            lines.append(f"  before: {json.dumps(a)}\n  after:  {json.dumps(b)}")
    lines += [f"  before only: {json.dumps(extra)}" for extra in before[len(after):]]
    lines += [f"  after only:  {json.dumps(extra)}" for extra in after[len(before):]]
    return lines


def differences(original, fixed):
    """What the fixed module does differently from the original: lines to
    print, none when they agree."""
    before, after = run(original), run(fixed)
    lines = compared(before, after)
    if lines:
        # What varies by itself: the original, run again (only when needed).
        lines = compared(before, after, run(original))
    if lines:
        lines.insert(0, f"{os.path.basename(fixed)} behaves differently from the original:")
    return lines


def main():
    found = differences(sys.argv[1], sys.argv[2])
    print(*found, sep="\n")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
