"""Writes deeply nested Python files into the directory given."""
import os
import sys

out = sys.argv[1]
n = 100_000


def write(name, text):
    with open(os.path.join(out, name), "w") as f:
        f.write(text)


head = "import boto3\n\n\ndef handler(event, context):\n"
write("brackets.py", head + "    x = " + "(" * n + "1" + ")" * n + "\n")
write("lists.py", head + "    x = " + "[" * n + "]" * n + "\n")
write("attributes.py", head + "    x = boto3" + ".a" * n + '.client("s3")\n')
# 99 nested blocks: legal Python, analyzed to the bottom.
blocks = "".join(" " * (i + 1) + "if event:\n" for i in range(3, 102))
write("legal_blocks.py", head + blocks + " " * 102 + 'boto3.client("s3")\n')
# 3,000 nested blocks: past what Python and the parser accept.
blocks = "".join(" " * (i + 1) + "if event:\n" for i in range(3, 3003))
write("deep_blocks.py", head + blocks + " " * 3003 + 'boto3.client("s3")\n')
