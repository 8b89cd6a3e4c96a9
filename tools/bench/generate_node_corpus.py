"""Generates corpus N: a Node.js Lambda repository of N functions (default
5,000), the JavaScript and TypeScript twin of corpus B. Each function
directory holds its handler (ES module, CommonJS or TypeScript, in turn), a
service module the handler imports, a models module and a unit test, as real
functions do; 50 shared helper modules sit beside them. AWS SDK v3 clients are
built at module scope, in handlers, in the service and behind helpers. A SAM
template names every function (TypeScript ones through esbuild's EntryPoints).
Deterministic for a given seed.

usage: generate_node_corpus.py OUT_DIR [--functions N] [--seed S]
"""
import argparse
import os
import random

# (package, client class) pairs of AWS SDK for JavaScript v3.
SERVICES = [("s3", "S3Client"), ("sqs", "SQSClient"), ("sns", "SNSClient"),
            ("dynamodb", "DynamoDBClient"), ("kms", "KMSClient"),
            ("eventbridge", "EventBridgeClient"), ("kinesis", "KinesisClient"),
            ("ssm", "SSMClient")]

HELPER = '''import {{ S3Client }} from "@aws-sdk/client-s3";
import {{ SQSClient, SendMessageCommand }} from "@aws-sdk/client-sqs";

let cached;

// Built once per execution environment.
export function client() {{
  if (!cached) {{
    cached = new S3Client({{}});
  }}
  return cached;
}}

// Built on every call.
export function freshClient() {{
  return new SQSClient({{ region: process.env.AWS_REGION }});
}}

export async function notify(queueUrl, message) {{
  const sqs = freshClient();
  await sqs.send(new SendMessageCommand({{ QueueUrl: queueUrl, MessageBody: message }}));
}}

export function transform{g}(items) {{
  const out = [];
  for (const item of items) {{
    if (item && typeof item === "object") {{
      out.push({{ ...item, group: {g} }});
    }} else {{
      out.push({{ value: item, group: {g} }});
    }}
  }}
  return out;
}}
'''

SERVICE = '''import {{ DynamoDBClient, GetItemCommand }} from "@aws-sdk/client-dynamodb";
import {{ Order }} from "./models{ext}";

export async function load(orderId) {{
  {client_line}
  return new Order(orderId, []);
}}
'''

MODELS = '''export class Order {{
  constructor(id, items) {{
    this.id = id;
    this.items = items;
  }}

  add(item) {{
    this.items.push(item);
    return this;
  }}

  total() {{
    return this.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
  }}
}}

export const FUNCTION_NUMBER = {n};
'''

TEST = '''import {{ handler }} from "../{entry}";

test("returns the id", async () => {{
  const response = await handler({{ body: JSON.stringify({{ id: "o-{n}" }}) }}, {{}});
  expect(response.statusCode).toBe(200);
}});

test("rejects a missing id", async () => {{
  await expect(handler({{ body: "{{}}" }}, {{}})).rejects.toThrow("missing id");
}});
'''

ESM_HANDLER = '''// Function {n}: {what}.
import {{ {cls} }} from "@aws-sdk/client-{package}";
{imports}
const TABLE = process.env.TABLE ?? "table-{n}";
{module_client}

function validate(payload) {{
  if (!("id" in payload)) {{
    throw new Error("missing id");
  }}
  return payload;
}}

export const handler = async (event, context) => {{
  const payload = validate(JSON.parse(event.body ?? "{{}}"));
{body}
  return {{ statusCode: 200, body: JSON.stringify({{ id: order.id, table: TABLE }}) }};
}};
'''

CJS_HANDLER = '''// Function {n}: {what}.
const {{ {cls} }} = require("@aws-sdk/client-{package}");
{imports}
const TABLE = process.env.TABLE || "table-{n}";
{module_client}

function validate(payload) {{
  if (!("id" in payload)) {{
    throw new Error("missing id");
  }}
  return payload;
}}

exports.handler = async function (event, context) {{
  const payload = validate(JSON.parse(event.body || "{{}}"));
{body}
  return {{ statusCode: 200, body: JSON.stringify({{ id: order.id, table: TABLE }}) }};
}};
'''

TS_HANDLER = '''// Function {n}: {what}.
import {{ {cls} }} from "@aws-sdk/client-{package}";
import type {{ APIGatewayProxyEvent, APIGatewayProxyResult, Context }} from "aws-lambda";
{imports}
const TABLE: string = process.env.TABLE ?? "table-{n}";
{module_client}

interface Payload {{
  id: string;
  items?: Array<{{ price: number; quantity: number }}>;
}}

function validate(payload: Partial<Payload>): Payload {{
  if (!payload.id) {{
    throw new Error("missing id");
  }}
  return payload as Payload;
}}

export const handler = async (
  event: APIGatewayProxyEvent,
  context: Context,
): Promise<APIGatewayProxyResult> => {{
  const payload = validate(JSON.parse(event.body ?? "{{}}"));
{body}
  return {{ statusCode: 200, body: JSON.stringify({{ id: order.id, table: TABLE }}) }};
}};
'''

# Module system per function, in turn: (handler file, template, import form).
FLAVOURS = [("index.mjs", ESM_HANDLER, "esm"), ("index.js", CJS_HANDLER, "cjs"),
            ("handler.ts", TS_HANDLER, "esm")]


def import_line(form, names, module):
    if form == "cjs":
        return f'const {{ {names} }} = require("{module}");'
    return f'import {{ {names} }} from "{module}";'


def namespace_import(form, name, module):
    if form == "cjs":
        return f'const {name} = require("{module}");'
    return f'import * as {name} from "{module}";'


def handler_module(n, rng, template, form):
    group = n % 50
    package, cls = rng.choice(SERVICES)
    kind = n % 4
    imports, body, module_client = [], [], ""
    if kind == 0:  # a client built per invocation, in the handler
        body.append(f"  const client = new {cls}({{}});")
        body.append("  void client.config;")
        what = "client in the handler"
    elif kind == 1:  # built once, at module scope
        module_client = f"const CLIENT = new {cls}({{}});"
        body.append("  void CLIENT.config;")
        what = "client at module scope"
    elif kind == 2:  # per invocation, through a shared helper
        imports.append(namespace_import(form, "helpers", f"../../lib/helpers{group}.mjs"))
        body.append("  helpers.freshClient();")
        body.append("  await helpers.notify(process.env.QUEUE_URL, payload.id);")
        what = "client through a helper"
    else:  # cached in the helper
        imports.append(namespace_import(form, "helpers", f"../../lib/helpers{group}.mjs"))
        body.append("  helpers.client();")
        body.append(f"  helpers.transform{group}(payload.items ?? []);")
        what = "cached client"
    body.append("  const order = await service.load(payload.id);")
    imports.append(namespace_import(form, "service", "./service.mjs"))
    for i in range(rng.randint(0, 6)):
        body.append(f"  const step{i} = payload[\"step{i}\"] ?? {i};")
    return template.format(n=n, what=what, cls=cls, package=package,
                           imports="\n".join(imports), module_client=module_client,
                           body="\n".join(body))


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--functions", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lib = os.path.join(args.out, "lib")
    os.makedirs(lib, exist_ok=True)
    for g in range(50):
        write(os.path.join(lib, f"helpers{g}.mjs"), HELPER.format(g=g))
    resources = []
    for n in range(args.functions):
        entry, template, form = FLAVOURS[n % len(FLAVOURS)]
        directory = os.path.join(args.out, "functions", f"fn{n:04d}")
        os.makedirs(os.path.join(directory, "__tests__"), exist_ok=True)
        write(os.path.join(directory, entry), handler_module(n, rng, template, form))
        client_line = ("const db = new DynamoDBClient({});\n"
                       "  await db.send(new GetItemCommand({ TableName: process.env.TABLE, Key: {} }));"
                       if n % 3 == 0 else "void orderId;")
        write(os.path.join(directory, "service.mjs"), SERVICE.format(client_line=client_line, ext=".mjs"))
        write(os.path.join(directory, "models.mjs"), MODELS.format(n=n))
        write(os.path.join(directory, "__tests__", "handler.test.mjs"),
              TEST.format(n=n, entry=entry))
        properties = (f"      CodeUri: functions/fn{n:04d}/\n"
                      f"      Handler: {os.path.splitext(entry)[0]}.handler\n")
        metadata = ""
        if entry.endswith(".ts"):
            metadata = ("    Metadata:\n      BuildMethod: esbuild\n      BuildProperties:\n"
                        f"        EntryPoints:\n          - {entry}\n")
        resources.append(f"  Fn{n:04d}:\n    Type: AWS::Serverless::Function\n"
                         f"    Properties:\n{properties}{metadata}")
    write(os.path.join(args.out, "template.yaml"),
          'AWSTemplateFormatVersion: "2010-09-09"\n'
          "Transform: AWS::Serverless-2016-10-31\n"
          "Globals:\n  Function:\n    Runtime: nodejs20.x\n"
          "Resources:\n" + "".join(resources))


if __name__ == "__main__":
    main()
