"""Prints a Node.js handler whose S3Client is built N calls deep:
handler -> f0 -> f1 -> ... -> fN."""
import sys

depth = int(sys.argv[1])
print('import { S3Client } from "@aws-sdk/client-s3";')
for i in range(depth):
    print(f"function f{i}() {{ return f{i + 1}(); }}")
print(f"function f{depth}() {{ return new S3Client({{}}); }}")
print("export const handler = async (event) => f0();")
