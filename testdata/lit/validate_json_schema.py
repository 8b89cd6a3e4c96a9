"""Validates a JSON file against a JSON schema (python3-jsonschema); prints
every complaint and exits 1 on any.

usage: validate_json_schema.py SCHEMA FILE
"""
import json
import sys

import jsonschema


def main():
    schema_path, path = sys.argv[1:3]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = [f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in validator.iter_errors(document)]
    if errors:
        print(*errors, sep="\n")
        sys.exit(1)
    print(f"valid: {path}")


if __name__ == "__main__":
    main()
