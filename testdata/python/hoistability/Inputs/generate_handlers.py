"""Writes a module with many handlers, as a large real Lambda module (one
function per route or queue) has them:

    generate_handlers.py OUT.py COUNT

Handler i builds, per invocation: an S3 client of its own region (every one
different), the DynamoDB client every handler shares, and a Table named by an
environment variable read into a local (which moves with it).
"""
import sys

out, count = sys.argv[1], int(sys.argv[2])
lines = ["import os", "", "import boto3", "", ""]
for i in range(count):
    lines += [
        f"def handler_{i}(event, context):",
        f'    client = boto3.client("s3", region_name="eu-west-{i}")',
        '    dynamodb = boto3.client("dynamodb")',
        f'    table_name = os.environ.get("TABLE_{i}", "orders-{i}")',
        "    table = boto3.resource(\"dynamodb\").Table(table_name)",
        "    return {",
        f'        "handler": {i},',
        '        "region": client.meta.region_name,',
        '        "dynamodb": dynamodb.meta.service_model.service_name,',
        '        "table": table.name,',
        "    }",
        "",
        "",
    ]
with open(out, "w") as f:
    f.write("\n".join(lines).rstrip() + "\n")
