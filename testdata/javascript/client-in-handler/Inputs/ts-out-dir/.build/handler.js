"use strict";
// Bundled (serverless-plugin-typescript) from src/handler.ts: not checked a second time.
Object.defineProperty(exports, "__esModule", { value: true });
exports.handler = handler;
const client_s3_1 = require("@aws-sdk/client-s3");
async function handler(event) {
    const s3 = new client_s3_1.S3Client({});
    return { s3, key: event.key };
}
