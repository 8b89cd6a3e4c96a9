"""Writes handlers whose code nests deeply (calls, arrays) into the
directory given, in Python and in JavaScript."""
import os
import sys

out = sys.argv[1]
calls = 400
arrays = 20_000


def write(name, text):
    with open(os.path.join(out, name), "w") as f:
        f.write(text)


# f0(f1(...f399(<construction>)...)): each call is a node inside the last.
functions = "".join(f"\n\ndef f{i}(x):\n    return x\n" for i in range(calls))
nested = "".join(f"f{i}(" for i in range(calls))
write("nested_calls.py",
      f"import boto3\n{functions}\n\ndef handler(event, context):\n"
      f"    return {nested}boto3.client('s3'){')' * calls}\n")
functions = "".join(f"function f{i}(x) {{ return x; }}\n" for i in range(calls))
write("nested_calls.js",
      "const { S3Client } = require('@aws-sdk/client-s3');\n" + functions +
      f"exports.handler = async (event) => {nested}new S3Client({{}}){')' * calls};\n")
write("nested_arrays.js",
      "const { S3Client } = require('@aws-sdk/client-s3');\n"
      "exports.handler = async (event) => {\n"
      "  const s3 = new S3Client({});\n"
      f"  return [s3, {'[' * arrays}{']' * arrays}];\n"
      "};\n")
