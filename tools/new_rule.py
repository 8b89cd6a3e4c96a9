#!/usr/bin/env python3
"""Scaffolds a new rule that reports constructions of the catalogue, as
clang-tidy's add_new_check.py scaffolds a check:

  rules/<id>/rule.json            id, summary, severity, languages, message
                                  template, fix safety
  rules/<id>/doc.md               the page, with the house sections to fill in
  rules/catalogue.json            an entry for the API it reports
  testdata/python/<id>/<id>.py    a fixture: the API built in a handler
                                  (expected) and at module scope (ok)
  testdata/python/<id>/<id>.unsafe-fixed.py
                                  the fixture after --fix --unsafe-fixes

Rebuild (the header of rule ids is generated from the rule.json files) and the
rule is checked: the Python front-end reports every catalogued API under the
rule its entry names. Then write the page, add the rule to README.md's table,
and add APIs to the catalogue.

usage: tools/new_rule.py RULE-ID --summary TEXT --api MODULE.NAME
           [--builds TEXT] [--family aws-sdk|database|http] [--safe]
           [--severity warning|error] [--root DIR]
"""
import argparse
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
HOUSE_SECTIONS = ["What it does", "Why is this bad?", "Example", "Use instead",
                  "Fix safety", "Options", "Known problems", "References"]


def rule_json(args):
    return {
        "id": args.id,
        "summary": args.summary,
        "description": f"A handler builds {args.builds} ('{args.api}') in its "
                       "body, so every warm invocation pays to build it "
                       "again. Build it once at module scope, during INIT.",
        "severity": args.severity,
        "languages": ["python"],
        "enabled_by_default": True,
        "fix": "safe" if args.safe else "unsafe",
        "catalogued": True,
        "messages": {
            "construction": "{call} builds {builds} on every invocation of "
                            "handler '{handler}'{through}; {cost}"
        },
    }


def doc_page(args):
    module, _, name = args.api.rpartition(".")
    sections = {
        "What it does": f"Reports `{args.api}` built in a handler, or in a "
                        "function it calls: on every invocation.",
        "Why is this bad?": "TODO: what building it costs, each time.",
        "Example": f"```python\nimport {module}\n\n\n"
                   "def handler(event, context):\n"
                   f"    thing = {args.api}()\n"
                   "    return thing.run(event)\n```",
        "Use instead": f"```python\nimport {module}\n\nthing = {args.api}()\n\n\n"
                       "def handler(event, context):\n"
                       "    return thing.run(event)\n```",
        "Fix safety": ("The fix moves the construction to module scope; it is "
                       "safe." if args.safe else
                       "The fix moves the construction to module scope; it is "
                       "unsafe (`--unsafe-fixes`): TODO: why one object may "
                       "not serve every invocation."),
        "Options": "None.",
        "Known problems": "TODO.",
        "References": "- TODO",
    }
    page = f"# {args.id}\n\n{args.summary}.\n"
    for section in HOUSE_SECTIONS:
        page += f"\n## {section}\n\n{sections[section]}\n"
    return page


def catalogue_entry(args):
    return {"api": args.api, "builds": args.builds, "family": args.family,
            "rule": args.id, "fix": "safe" if args.safe else "unsafe"}


def add_to_catalogue(catalogue: pathlib.Path, entry):
    """Appends `entry` to the catalogue's "python" list, leaving the rest of
    the file as it is written."""
    text = catalogue.read_text(encoding="utf-8")
    start = text.index('\n  "python": [\n')
    end = text.index("\n  ]", start)
    if any(item.get("api") == entry["api"]
           for item in json.loads(text).get("python", [])):
        sys.exit(f"new_rule.py: {entry['api']} is catalogued already")
    item = json.dumps(entry, indent=2, ensure_ascii=False)
    item = "\n".join("    " + line for line in item.splitlines())
    catalogue.write_text(text[:end] + ",\n" + item + text[end:],
                         encoding="utf-8")


def fixtures(args):
    """The fixture and what --fix --unsafe-fixes makes of it (a safe fix:
    what --fix makes of it)."""
    module = args.api.rpartition(".")[0]
    head = f"# RUN: %expect %s\nimport {module}\n"
    functions = ("\n\ndef handler(event, context):\n"
                 f"    # expect: {args.id}\n"
                 "{built}"
                 "    return thing.run(event)\n"
                 "\n\n# Called by no handler: built when a script calls it.\n"
                 "def make_connection():\n"
                 f"    # ok: {args.id}\n"
                 f"    return {args.api}()\n")
    original = head + functions.format(built=f"    thing = {args.api}()\n")
    fixed = (head + f"\nthing = {args.api}()\n" + functions.format(built=""))
    return original, fixed


def main():
    parser = argparse.ArgumentParser(
        description="Scaffolds a rule that reports a catalogued construction.")
    parser.add_argument("id", help="the rule's id: lowercase words joined by '-'")
    parser.add_argument("--summary", required=True,
                        help="one line: what is built on every invocation")
    parser.add_argument("--api", required=True,
                        help="the fully-qualified callable it reports")
    parser.add_argument("--builds", default="an object that is expensive to "
                        "build", help="what a call builds, for the message")
    parser.add_argument("--family", default="aws-sdk",
                        choices=["aws-sdk", "database", "http"])
    parser.add_argument("--safe", action="store_true",
                        help="moving it to module scope keeps behaviour")
    parser.add_argument("--severity", default="warning",
                        choices=["warning", "error"])
    parser.add_argument("--root", type=pathlib.Path, default=ROOT,
                        help="the repository (default: this script's)")
    args = parser.parse_args()
    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", args.id):
        sys.exit(f"new_rule.py: '{args.id}' is not a rule id "
                 "(lowercase words joined by '-')")
    if "." not in args.api:
        sys.exit("new_rule.py: --api must be qualified: module.name")

    rule_dir = args.root / "rules" / args.id
    if rule_dir.exists():
        sys.exit(f"new_rule.py: {rule_dir} exists already")
    fixture_dir = args.root / "testdata" / "python" / args.id
    add_to_catalogue(args.root / "rules" / "catalogue.json",
                     catalogue_entry(args))
    rule_dir.mkdir(parents=True)
    (rule_dir / "rule.json").write_text(
        json.dumps(rule_json(args), indent=2) + "\n", encoding="utf-8")
    (rule_dir / "doc.md").write_text(doc_page(args), encoding="utf-8")
    fixture_dir.mkdir(parents=True, exist_ok=True)
    original, fixed = fixtures(args)
    fixed_name = ".fixed.py" if args.safe else ".unsafe-fixed.py"
    (fixture_dir / f"{args.id}.py").write_text(original, encoding="utf-8")
    (fixture_dir / f"{args.id}{fixed_name}").write_text(fixed, encoding="utf-8")
    for path in [rule_dir / "rule.json", rule_dir / "doc.md",
                 args.root / "rules" / "catalogue.json",
                 fixture_dir / f"{args.id}.py",
                 fixture_dir / f"{args.id}{fixed_name}"]:
        print(f"wrote {path.relative_to(args.root)}")
    print("next: rebuild (tools/build.sh), run the fixture, fill in the "
          "page's TODOs, and add the rule to README.md's table")


if __name__ == "__main__":
    main()
