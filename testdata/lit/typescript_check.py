"""Type-checks a TypeScript fixture and its fixed copy with TypeScript's own
compiler (tsc, from the packages tools/setup.sh installs in
testdata/node-packages), and reports what the fix added: errors tsc finds in
the fixed file and not in the original (a name used before the moved
declaration, a name declared twice, an annotation lost). Errors both share
(a package that is not installed, Node.js's globals without their types) are
the fixture's, not the fix's. The installed packages (@aws-sdk/client-s3)
are checked with their real types.
"""
import collections
import json
import os
import re
import shutil
import subprocess
import tempfile

NODE_MODULES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                            "node-packages", "node_modules")
TSC = os.path.join(NODE_MODULES, "typescript", "bin", "tsc")
EXTENSIONS = (".ts", ".tsx", ".mts", ".cts")
# a/x.ts(12,5): error TS2448: Block-scoped variable 's3' used before its declaration.
ERROR = re.compile(r"^(a|b)/[^(]+\(\d+,\d+\): error (TS\d+): (.*)$")


def available():
    return os.path.exists(TSC)


def new_errors(original, fixed):
    """The errors tsc reports in `fixed` beyond those of `original`, as
    failure messages; none when tsc is not installed."""
    if not available():
        return []
    name = os.path.basename(original)
    with tempfile.TemporaryDirectory() as scratch:
        for side, source in (("a", original), ("b", fixed)):
            os.makedirs(os.path.join(scratch, side))
            shutil.copyfile(source, os.path.join(scratch, side, name))
        jsx = {"jsx": "react-jsx"} if name.endswith(".tsx") else {}
        with open(os.path.join(scratch, "tsconfig.json"), "w") as f:
            json.dump({"compilerOptions": {
                "noEmit": True, "skipLibCheck": True, "pretty": False,
                "target": "es2022", "module": "esnext", "moduleResolution": "bundler",
                "baseUrl": ".", "paths": {"*": [NODE_MODULES + "/*"]}, **jsx},
                "files": [f"a/{name}", f"b/{name}"]}, f)
        run = subprocess.run(["node", TSC, "-p", "tsconfig.json"], cwd=scratch,
                             capture_output=True, text=True)
    found = {"a": collections.Counter(), "b": collections.Counter()}
    for line in run.stdout.splitlines():
        match = ERROR.match(line)
        if match:
            found[match.group(1)][(match.group(2), match.group(3))] += 1
    added = found["b"] - found["a"]
    return [f"tsc: the fixed file has an error the original has not: {code}: {message}"
            for (code, message), count in sorted(added.items()) for _ in range(count)]


if __name__ == "__main__":
    import sys
    errors = new_errors(sys.argv[1], sys.argv[2])
    print("\n".join(errors) if errors else "no error added")
    sys.exit(1 if errors else 0)
