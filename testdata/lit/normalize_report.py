"""Prints a hoist JSON or SARIF report with what differs between machines and
releases replaced: the tool version and the absolute root URI.

usage: normalize_report.py REPORT
"""
import json
import sys


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        report = json.load(f)
    if "runs" in report:  # SARIF
        for run in report["runs"]:
            driver = run["tool"]["driver"]
            driver["version"] = driver["semanticVersion"] = "VERSION"
            for base in run.get("originalUriBaseIds", {}).values():
                base["uri"] = "file:///ROOT/"
    else:
        report["version"] = "VERSION"
    json.dump(report, sys.stdout, indent=2, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
