"""Validates SARIF files two ways and fails on any complaint:
1. against the SARIF 2.1.0 JSON schema (python3-jsonschema);
2. with the SARIF Multitool (`validate --rule-kind "Sarif;Gh"`), reading its
   output, since it exits 0 even when it reports errors.

The Multitool's rule SARIF2006 checks that URIs answer an HTTP GET; it is
disabled so that no test reaches beyond loopback (sarif_valid.test checks
instead that hoist writes no address but the schema's unless the build was
given one). SARIF2005 asks for `tool.driver.informationUri`; a build without
a published homepage (HOIST_HOMEPAGE_URL, empty by default) has none to give
and writes none rather than a made-up one, so the rule's own option
InformationUriRequired is turned off.

usage: validate_sarif.py --schema SCHEMA --multitool TOOL FILE...
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema

CONFIG = """<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" />
  </Properties>
  <Properties Key="SARIF2005.ProvideToolProperties.Options">
    <Property Key="InformationUriRequired" Value="False" />
  </Properties>
</Properties>
"""
# A located complaint: `file(line,col): error SARIF1004: ...`
LOCATED = re.compile(r"^(?P<file>.+?)\(\d+,\d+\): (?P<level>error|warning) (?P<rule>\S+): ")
# The Multitool's own notice that SARIF2006 was disabled on request.
DISABLED_NOTICE = "WRN999.RuleExplicitlyDisabled"


def schema_errors(schema, path):
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER
                                if hasattr(validator_class, "FORMAT_CHECKER") else None)
    return [f"{path}: schema: {'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(document)]


def multitool_errors(tool, paths):
    with tempfile.TemporaryDirectory() as scratch:
        config = os.path.join(scratch, "validate.xml")
        with open(config, "w", encoding="utf-8") as f:
            f.write(CONFIG)
        run = subprocess.run(
            [tool, "validate", "--rule-kind", "Sarif;Gh", "--config", config, *paths],
            capture_output=True, text=True, cwd=scratch,
            env={**os.environ, "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT": "1"})
    output = run.stdout + run.stderr
    complaints = []
    for line in output.splitlines():
        if DISABLED_NOTICE in line:
            continue
        if LOCATED.match(line) or re.search(r"\b(error|warning) [A-Z]+\d+", line):
            complaints.append(f"multitool: {line}")
    if run.returncode != 0 or "Analysis completed successfully" not in output:
        complaints.append(f"multitool: exit {run.returncode}\n{output}")
    return complaints


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schema", required=True)
    parser.add_argument("--multitool", required=True)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    complaints = []
    for path in args.files:
        complaints += schema_errors(schema, path)
    complaints += multitool_errors(args.multitool, [os.path.abspath(p) for p in args.files])
    if complaints:
        print(*complaints, sep="\n")
        sys.exit(1)
    print(f"valid SARIF 2.1.0: {', '.join(args.files)}")


if __name__ == "__main__":
    main()
