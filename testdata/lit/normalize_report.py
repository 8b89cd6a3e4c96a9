"""Prints a hoist JSON or SARIF report with what differs between machines and
releases replaced: the tool version, the absolute root URI, and the rule
pages SARIF embeds as each rule's help (rules/<id>/doc.md changes on its own;
sarif_valid.test checks the embedding).

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
            for rule in driver.get("rules", []):
                help_ = rule.get("help", {})
                for kind in ("text", "markdown"):
                    if kind in help_:
                        help_[kind] = f"<{rule['id']} page as {kind}>"
    else:
        report["version"] = "VERSION"
    json.dump(report, sys.stdout, indent=2, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
