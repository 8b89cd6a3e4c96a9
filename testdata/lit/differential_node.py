"""Runs a JavaScript module and its fixed version side by side under real
Node.js and compares what their handlers do, as differential.py does for
Python: INIT (loading the module), then each exported function invoked with
a few events, several times in a row in one process (warm invokes).

The packages the module imports (`require('x')`, `import ... from 'x'`) are
stubs written here, in a node_modules of the scratch directory: each name
they export builds an object that records what it was given, whose
`send(command)` resolves to the command's class name and input, and whose
other methods resolve to their name and input. Nothing
reaches the network; a construction is cheap and leaves no trace in the
results, so hoisting one must not change them.

    differential_node.py ORIGINAL.js FIXED.js
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import differential

BARE_IMPORT = re.compile(
    r"""(?:require\s*\(\s*|import\s*\(\s*|from\s+)["']([^"'./][^"']*)["']""")
NAMED = re.compile(
    r"""\{([^{}]*)\}\s*(?:=\s*require\s*\(\s*|from\s+)["']([^"'./][^"']*)["']""")
ESM = re.compile(r"^\s*(?:import\s+[\w{*]|export\s)", re.MULTILINE)

STUB = r"""
// Any other method is an operation: it resolves to its name and input (a
// promise with SDK v2's .promise(), or through a Node-style callback).
function operation(name) {
  return function (...args) {
    const callback = typeof args[args.length - 1] === "function" ? args.pop() : null;
    const result = { called: name, input: args[0] };
    const promise = Promise.resolve(result);
    promise.promise = () => Promise.resolve(result);
    if (callback) setImmediate(() => callback(null, result));
    return promise;
  };
}
function stub(name) {
  function Stub(...args) {
    if (!new.target) return new Stub(...args);
    this.input = args[0];
    return new Proxy(this, {
      get(target, key) {
        if (key in target || typeof key !== "string" || key === "then")
          return target[key];
        return operation(key);
      },
    });
  }
  Object.defineProperty(Stub, "name", { value: name });
  Stub.prototype.send = function (command) {
    return Promise.resolve({
      sent: command && command.constructor && command.constructor.name,
      input: command && command.input,
    });
  };
  return new Proxy(Stub, {
    get(target, key) {
      if (key in target || typeof key !== "string") return target[key];
      return (target[key] = stub(name + "." + key));
    },
  });
}
const names = %s;
const namespace = new Proxy({}, {
  get(target, key) {
    if (key === "__esModule" || typeof key !== "string") return undefined;
    return key in target ? target[key] : (target[key] = stub(key));
  },
});
for (const name of names) exports[name] = namespace[name];
module.exports = new Proxy(exports, {
  get(target, key) {
    if (key in target || typeof key !== "string" || key === "then")
      return target[key];
    return namespace[key];
  },
});
"""

# Loads the module, then calls each exported function with each event,
# several times, printing one JSON line per phase.
RUNNER = r"""
const path = process.argv[1], events = JSON.parse(process.argv[2]);
const invocations = Number(process.argv[3]), MARK = process.argv[4];
const say = (line) => process.stdout.write(MARK + JSON.stringify(line) + "\n");
const shown = (error) => ({ error: error && error.constructor ? error.constructor.name : typeof error,
                            message: String(error && error.message !== undefined ? error.message : error) });
// nodejs22.x's context: with succeed, fail and done, which end the invoke.
function context(n, callback) {
  return { succeed: (response) => callback(null, response),
           fail: (error) => callback(error === undefined || error === null ? "handled" : error),
           done: (error, response) => callback(error, response),
           callbackWaitsForEmptyEventLoop: true,
           awsRequestId: "request-" + n, functionName: "differential",
           functionVersion: "$LATEST", memoryLimitInMB: "128",
           invokedFunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:differential",
           logGroupName: "/aws/lambda/differential", logStreamName: "stream",
           getRemainingTimeInMillis: () => 30000 };
}
function invoke(handler, event, n) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ timeout: true }), 2000);
    const done = (outcome) => { clearTimeout(timer); resolve(outcome); };
    const callback = (error, response) =>
      done(error ? shown(error) : { response: response === undefined ? null : response });
    try {
      const result = handler(JSON.parse(JSON.stringify(event)), context(n, callback), callback);
      if (result && typeof result.then === "function")
        result.then((response) => done({ response: response === undefined ? null : response }),
                    (error) => done(shown(error)));
      else if (handler.length < 3)
        done({ response: result === undefined ? null : result });
    } catch (error) {
      done(shown(error));
    }
  });
}
(async () => {
  let loaded;
  try {
    loaded = await import(require("url").pathToFileURL(path).href);
  } catch (error) {
    say({ init: shown(error) });
    return;
  }
  say({ init: null });
  const exported = Object.assign({}, loaded.default && typeof loaded.default === "object" ? loaded.default : {}, loaded);
  for (const name of Object.keys(exported).sort()) {
    if (typeof exported[name] !== "function" || /^[A-Z]/.test(name)) continue;
    for (let index = 0; index < events.length; ++index)
      for (let n = 0; n < invocations; ++n)
        say({ handler: name, event: index, invoke: n,
              ...JSON.parse(JSON.stringify(await invoke(exported[name], events[index], n))) });
  }
})();
"""


def write_stubs(source, directory):
    """A stub package in `directory`/node_modules for each package `source`
    imports, exporting the names it imports from it."""
    builtins = set(subprocess.run(
        ["node", "-p", "require('module').builtinModules.join('\\n')"],
        capture_output=True, text=True, check=True).stdout.split())
    names = {}
    for package in BARE_IMPORT.findall(source):
        if not package.startswith("node:") and package.split("/")[0] not in builtins:
            names.setdefault(package, set())
    for listed, package in NAMED.findall(source):
        for part in listed.split(","):
            name = re.split(r"\s*(?::|\bas\b)\s*", part.strip())[0].strip()
            if re.fullmatch(r"[A-Za-z_$][\w$]*", name) and package in names:
                names[package].add(name)
    # A subpath (`$amplify/env/fn`) is a directory of its package, which an
    # ES module reaches only through the package's "exports".
    subpaths = {}
    for package in names:
        parts = package.split("/")
        top = 2 if package.startswith("@") else 1
        if len(parts) > top:
            subpaths.setdefault("/".join(parts[:top]), []).append("/".join(parts[top:]))
    for package, below in subpaths.items():
        root = os.path.join(directory, "node_modules", package)
        os.makedirs(root, exist_ok=True)
        with open(os.path.join(root, "package.json"), "w") as f:
            json.dump({"name": package, "exports": {
                ".": "./index.js", **{f"./{sub}": f"./{sub}/index.js" for sub in below}}}, f)
    for package, exported in names.items():
        root = os.path.join(directory, "node_modules", package)
        os.makedirs(root, exist_ok=True)
        if package not in subpaths:
            with open(os.path.join(root, "package.json"), "w") as f:
                json.dump({"name": package, "main": "index.js"}, f)
        with open(os.path.join(root, "index.js"), "w") as f:
            f.write(STUB % json.dumps(sorted(exported)))
            # Node's ESM import of CommonJS finds named exports by reading
            # `exports.X =` in the text.
            f.write("".join(f"if (0) exports.{name} = 0;\n" for name in sorted(exported)))


def run(path):
    """The lines one Node.js process prints for the module at `path`."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    with tempfile.TemporaryDirectory() as scratch:
        module = os.path.join(scratch, os.path.basename(path))
        shutil.copyfile(path, module)
        write_stubs(source, scratch)
        with open(os.path.join(scratch, "package.json"), "w") as f:
            json.dump({"type": "module" if ESM.search(source) else "commonjs"}, f)
        prefix = differential.isolated() or []
        try:
            process = subprocess.run(
                [*prefix, "node", "-e", RUNNER, module,
                 json.dumps(differential.EVENTS), str(differential.INVOCATIONS),
                 differential.MARK],
                capture_output=True, text=True, env=differential.environment(),
                timeout=120, cwd=scratch)
        except subprocess.TimeoutExpired:
            return [{"timeout": 120}]
    lines = [json.loads(line[len(differential.MARK):])
             for line in process.stdout.split("\n")
             if line.startswith(differential.MARK)]
    return lines or [{"crash": process.returncode, "stderr": process.stderr[-2000:]}]


def differences(original, fixed):
    """Failure messages, none when the fixed module behaves as the original."""
    before, after = run(original), run(fixed)
    if len(before) < 2:
        return [f"differential: the original runs no handler under Node.js: {before}"]
    lines = differential.compared(before, after)
    if lines:
        # What varies by itself: the original, run again (only when needed).
        lines = differential.compared(before, after, run(original))
    return ([f"the fixed module behaves otherwise under Node.js:\n" + "\n".join(lines)]
            if lines else [])


def main():
    failures = differences(sys.argv[1], sys.argv[2])
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
