// RUN: %expect %s
// tsc below ES2017 emits an async function as a generator run by its
// `__awaiter` helper: the generator's body is the handler's body, moved
// out of as an async function's is (trial 36js: every such handler had no
// fix), with what it writes or reads judged the same way.
"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.regionHandler = exports.writerHandler = exports.declaredHandler = exports.arrowHandler = void 0;
const client_s3_1 = require("@aws-sdk/client-s3");
const client_sqs_1 = require("@aws-sdk/client-sqs");
const s3 = new client_s3_1.S3Client({});

const arrowHandler = (event) => __awaiter(void 0, void 0, void 0, function* () {
    // expect: client-in-handler[hoistable]
    const out = yield s3.send(new client_s3_1.GetObjectCommand({ Bucket: "b", Key: event.key }));
    return out.ContentType;
});
exports.arrowHandler = arrowHandler;
const sqs = new client_sqs_1.SQSClient({});

function declaredHandler(event) {
    return __awaiter(this, void 0, void 0, function* () {
        // expect: client-in-handler[hoistable]
        return sqs.send(new client_sqs_1.SendMessageCommand({ QueueUrl: "q", MessageBody: event.body }));
    });
}
exports.declaredHandler = declaredHandler;
const writer = new client_s3_1.S3Client({});

const writerHandler = (event) => __awaiter(void 0, void 0, void 0, function* () {
    process.env.AWS_REGION = event.region;
    // expect: client-in-handler[hoistable]
    return writer.send(new client_s3_1.ListBucketsCommand({}));
});
exports.writerHandler = writerHandler;
const regionHandler = (event) => __awaiter(void 0, void 0, void 0, function* () {
    // expect: client-in-handler[not-hoistable]
    const regional = new client_s3_1.S3Client({ region: event.region });
    return regional.send(new client_s3_1.ListBucketsCommand({}));
});
exports.regionHandler = regionHandler;
