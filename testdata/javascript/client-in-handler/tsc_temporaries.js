// RUN: %expect %s
// tsc below ES2020 writes `a ?? b` with a temporary of the function, `var
// _a;`, which the expression assigns before it reads it: the client moves
// with a module-level `let _a;` of its own (declared once for two), and
// what it holds is what the environment gives (trial 36js).
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.regionHandler = exports.handler = void 0;
const client_s3_1 = require("@aws-sdk/client-s3");
const client_sqs_1 = require("@aws-sdk/client-sqs");
const handler = async (event) => {
    var _a, _b;
    // expect: client-in-handler[hoistable]
    const s3 = new client_s3_1.S3Client({ region: (_a = process.env.DATA_REGION) !== null && _a !== void 0 ? _a : "us-east-1" });
    // expect: client-in-handler[hoistable]
    const sqs = new client_sqs_1.SQSClient({ region: (_a = process.env.QUEUE_REGION) !== null && _a !== void 0 ? _a : "us-east-1" });
    const out = await s3.send(new client_s3_1.GetObjectCommand({ Bucket: "b", Key: event.key }));
    await sqs.send(new client_sqs_1.SendMessageCommand({ QueueUrl: "q", MessageBody: "x" }));
    return (_b = out) === null || _b === void 0 ? void 0 : _b.ContentType;
};
exports.handler = handler;
// Read before this expression assigns it: it holds what the invocation
// left there.
const regionHandler = async (event) => {
    var _a;
    if (event.region)
        _a = event.region;
    // expect: client-in-handler[not-hoistable]
    const s3 = new client_s3_1.S3Client({ region: _a !== void 0 ? _a : (_a = "us-east-1") });
    return s3.send(new client_s3_1.ListBucketsCommand({}));
};
exports.regionHandler = regionHandler;
