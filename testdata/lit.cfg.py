# lit configuration for hoist's test suite.
import os
import shutil
import sys

import lit.formats

config.name = "hoist"


sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lit"))
from hoist_format import HoistTest  # noqa: E402

config.test_format = HoistTest(execute_external=True)
config.suffixes = [".py", ".test", ".cpp", ".js", ".mjs", ".cjs", ".ts", ".tsx"]
config.test_source_root = os.path.dirname(__file__)
# Example projects, unit tests and helpers are inputs, not tests.
config.excludes = ["include", "mock-sdk", "examples", "projects", "node-packages", "sam", "serverless", "docker", "cdk", "unit", "lit", "Inputs", "golden", "lit.cfg.py", "lit.site.cfg.py", "new_rule_test.py"]

helpers = os.path.join(config.test_source_root, "lit")
python = config.python
config.substitutions.append(("%hoist", config.hoist))
config.substitutions.append(("%FileCheck", config.filecheck))
config.substitutions.append(("%python", python))
config.substitutions.append(
    ("%expect", f"{python} {helpers}/check_expectations.py --hoist {config.hoist}"))
config.substitutions.append(("%exits", f"{python} {helpers}/exits.py"))
config.substitutions.append(("%cpp_orders_handler", config.cpp_orders_handler))
# C++: the real clang-tidy-14 with hoist's plugin, the mock SDK headers and
# hoist's aws-lambda-cpp header (runtime/cpp).
repository = os.path.dirname(config.test_source_root)
cpp_includes = [os.path.join(config.test_source_root, "cpp", "include"),
                os.path.join(repository, "runtime", "cpp", "include")]
config.substitutions.append(("%tidy_plugin", config.hoist_tidy))
config.substitutions.append(("%mock_aws_sdk", config.mock_aws_sdk))
cpp_flags = ["-std=c++17"] + ["-I" + i for i in cpp_includes]
config.substitutions.append(
    ("%{cpp_flags_json}", ", ".join('"%s"' % flag for flag in cpp_flags)))
config.substitutions.append(("%cpp_flags", " ".join(cpp_flags)))
config.substitutions.append(
    ("%check-clang-tidy",
     f"{python} {helpers}/check_clang_tidy.py --clang-tidy /usr/bin/clang-tidy-14"
     f" --plugin {config.hoist_tidy} --filecheck {config.filecheck}"
     f" --clangxx /usr/bin/clang++-14 " + " ".join("--include " + i for i in cpp_includes)))
config.substitutions.append(
    ("%render-in-chromium", f"{python} {helpers}/render_in_chromium.py"))
config.substitutions.append(
    ("%runtime-invoke",
     f"{python} {helpers}/runtime_invoke.py --hoist {config.hoist}"))
config.substitutions.append(
    ("%runtime-attacks",
     f"{python} {helpers}/runtime_attacks.py --hoist {config.hoist}"))
config.substitutions.append(
    ("%normalize", f"{python} {helpers}/normalize_report.py"))
config.substitutions.append(
    ("%validate-sarif",
     f"{python} {helpers}/validate_sarif.py --schema {config.sarif_schema}"
     f" --multitool {config.sarif_multitool}"))
# Root reads any file; permission tests drop to 'nobody' to mean something.
config.substitutions.append(
    ("%unprivileged", "runuser -u nobody --" if os.geteuid() == 0 else ""))
if os.geteuid() == 0:
    config.available_features.add("root")
# gdb stops hoist at a system call, to act in a window no hook reaches.
if shutil.which("gdb"):
    config.available_features.add("gdb")
# The real npm packages (@aws-sdk/client-s3, pg, mysql2) tools/setup.sh
# installs from testdata/node-packages/package-lock.json.
node_packages = os.path.join(config.test_source_root, "node-packages", "node_modules")
if os.path.isfile(os.path.join(node_packages, ".hoist-package-lock.json")):
    config.available_features.add("node-packages")
# TypeScript's compiler among them (an install from an older lock lacks it).
if os.path.isfile(os.path.join(node_packages, "typescript", "bin", "tsc")):
    config.available_features.add("typescript")
config.substitutions.append(("%node_packages", node_packages))
config.substitutions.append(("%data", os.path.dirname(config.test_source_root)))
config.substitutions.append(("%bin_dir", os.path.dirname(config.hoist)))
config.substitutions.append(("%build_dir", os.path.dirname(os.path.dirname(config.hoist))))

# The pre-commit test names this repository by path and the commit checked out.
import subprocess  # noqa: E402
_head = subprocess.run(["git", "-C", os.path.dirname(config.test_source_root),
                        "rev-parse", "HEAD"], capture_output=True, text=True)
if _head.returncode == 0:
    config.available_features.add("git-checkout")
    config.substitutions.append(("%source_rev", _head.stdout.strip()))
config.substitutions.append(("%examples", os.path.join(config.test_source_root, "examples")))

# No SDK may reach for the instance-metadata service or real credentials.
config.environment.update({
    "AWS_EC2_METADATA_DISABLED": "true",
    "AWS_REGION": "us-east-1",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT": "1",
    "DOTNET_CLI_TELEMETRY_OPTOUT": "1",
    "NO_COLOR": "1",
})
for name in ("HOME", "TMPDIR"):
    if name in os.environ:
        config.environment[name] = os.environ[name]
# hoist is linked with mimalloc unless a sanitizer build brings its own
# allocator.
if config.mimalloc:
    config.available_features.add("mimalloc")
