"""Prints every finding's message (and its notes') from a report in the
given format, one per line, and exits 1 when one holds a line break: a
finding is one line in every format (trial fresh27: an anonymous function's
source, quoted in a message, broke the concise and GitHub lines).

usage: one_line_messages.py FORMAT FILE
FORMAT: concise, github, gitlab, junit, json, sarif (text, whose source
lines are indented, is checked with FileCheck)
"""
import json
import sys
import xml.etree.ElementTree as ElementTree


def messages(form, path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if form == "json":
        for d in json.loads(text)["diagnostics"]:
            yield d["message"]
            yield from (n["message"] for n in d["notes"])
            if d.get("reason") is not None:
                yield d["reason"]
    elif form == "sarif":
        for r in json.loads(text)["runs"][0]["results"]:
            yield r["message"]["text"]
            yield from (n["message"]["text"] for n in r.get("relatedLocations", []))
    elif form == "gitlab":
        yield from (issue["description"] for issue in json.loads(text))
    elif form == "junit":
        for failure in ElementTree.fromstring(text).iter("failure"):
            yield failure.get("message")
    else:
        # One finding a line: a line that is not one is a broken-off piece.
        for line in text.splitlines():
            whole = line.startswith("::") if form == "github" else ": " in line
            yield line if whole else line + "\n"


def main():
    form, path = sys.argv[1:3]
    broken = 0
    for message in messages(form, path):
        if "\n" in message or "\r" in message:
            broken += 1
            print("BROKEN:", message.rstrip("\n"))
        else:
            print(message)
    sys.exit(1 if broken else 0)


if __name__ == "__main__":
    main()
