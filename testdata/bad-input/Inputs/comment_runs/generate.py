"""Writes JavaScript, TypeScript and C++ handlers with long runs of comment
lines (tree-sitter's scanners read such a run again at each of its
comments), into the directory given."""
import os
import sys

out = sys.argv[1]
RUN = 20000
os.makedirs(out, exist_ok=True)


def write(name, text):
    with open(os.path.join(out, name), "w") as f:
        f.write(text)


write("lines.js",
      "const { S3Client } = require('@aws-sdk/client-s3');\n"
      "exports.handler = async (event) => {\n"
      + "  // step: read the orders\n" * RUN
      + "  const s3 = new S3Client({});\n"
      "  return s3.config;\n};\n")
write("blocks.ts",
      "import { SQSClient } from '@aws-sdk/client-sqs';\n"
      "export const handler = async (event: unknown) => {\n"
      + "  /* step: read the orders */\n" * RUN
      + "  const sqs = new SQSClient({});\n"
      "  return sqs.config;\n};\n")
# Lines that only look like comments, inside a template literal: the text
# of the string, kept as it is.
write("template.mjs",
      "import { SNSClient } from '@aws-sdk/client-sns';\n"
      "const usage = `\n" + "// not a comment\n" * 40 + "`;\n"
      "export const handler = async (event) => {\n"
      "  const sns = new SNSClient({});\n"
      "  return [usage.length, sns.config];\n};\n")
# A suppression inside a run still silences.
write("suppressed.js",
      "const { KMSClient } = require('@aws-sdk/client-kms');\n"
      "exports.handler = async (event) => {\n"
      + "  // note\n" * 40
      + "  // hoist: ignore-file[client-in-handler]\n"
      + "  // note\n" * 40
      + "  const kms = new KMSClient({});\n"
      "  return kms.config;\n};\n")
write("lines.cpp",
      "#include <aws/lambda-runtime/runtime.h>\n"
      "#include <aws/s3/S3Client.h>\n"
      "using namespace aws::lambda_runtime;\n"
      "invocation_response handler(invocation_request const &request) {\n"
      + "  // step: read the orders\n" * RUN
      + "  Aws::S3::S3Client s3;\n"
      "  return invocation_response::success(\"ok\", \"text/plain\");\n}\n"
      "int main() { run_handler(handler); }\n")
