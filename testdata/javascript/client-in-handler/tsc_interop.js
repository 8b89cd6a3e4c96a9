// RUN: %expect %s
// What tsc emits for imports under esModuleInterop: `__importDefault`,
// `__importStar` around the require, the default as `.default`, and an
// import's function called unbound as `(0, ns.fn)(...)`. The names are the
// package's all the same: dotenv's config() writes the environment (no
// safe fix), SDK v2's clients are reported and moved (trial 36js, C).
"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.starHandler = exports.defaultHandler = exports.namedDotenvHandler = exports.defaultDotenvHandler = void 0;
const client_s3_1 = require("@aws-sdk/client-s3");
const dotenv_1 = __importDefault(require("dotenv"));
const dotenv_2 = require("dotenv");
const aws_sdk_1 = __importDefault(require("aws-sdk"));
const AWS = __importStar(require("aws-sdk"));
// For the differential run only: its stub of aws-sdk has as own names, which
// __importStar copies, those destructured from it.
const { DynamoDB } = require("aws-sdk");
const defaultDotenvHandler = async (event) => {
    dotenv_1.default.config();
    // expect: client-in-handler[hoistable]
    const s3 = new client_s3_1.S3Client({});
    return s3.send(new client_s3_1.ListBucketsCommand({}));
};
exports.defaultDotenvHandler = defaultDotenvHandler;
const namedDotenvHandler = async (event) => {
    (0, dotenv_2.config)({ path: ".env.local" });
    // expect: client-in-handler[hoistable]
    const s3 = new client_s3_1.S3Client({});
    return s3.send(new client_s3_1.ListBucketsCommand({}));
};
exports.namedDotenvHandler = namedDotenvHandler;
const defaultHandler = async (event) => {
    // expect: client-in-handler[hoistable]
    const legacy = new aws_sdk_1.default.S3({ apiVersion: "2006-03-01" });
    return legacy.listBuckets().promise();
};
exports.defaultHandler = defaultHandler;
const starHandler = async (event) => {
    // expect: client-in-handler[hoistable]
    const ddb = new AWS.DynamoDB.DocumentClient();
    return ddb.get({ TableName: "t", Key: { id: event.id } }).promise();
};
exports.starHandler = starHandler;
