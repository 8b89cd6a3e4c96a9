// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// What tsc emits for a method decorator (`@Safe()` under
// experimentalDecorators): `__decorate([...], C.prototype, "m", null)`
// replaces the method with what the decorator makes of it, whose code runs
// around every call (trial 29js: this one answers for the errors).
// CHECK: client-in-handler {{.*}}'handler' (through 'handle'){{.*}}no safe fix: module code replaces 'handle' with a wrapper ('__decorate([', {{.*}}tsc_decorated_methods.js:[[@LINE+32]])
"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.handler = void 0;
const client_s3_1 = require("@aws-sdk/client-s3");
function Safe() {
    return function (target, key, descriptor) {
        const original = descriptor.value;
        descriptor.value = async function (event) {
            try {
                return await original.call(this, event);
            }
            catch (err) {
                return { failed: err.message };
            }
        };
        return descriptor;
    };
}
class Lambda {
    async handle(event) {
        // expect: client-in-handler
        const s3 = new client_s3_1.S3Client({ region: process.env.BUCKET_ARN.split(":")[3] });
        return s3.send(new client_s3_1.GetObjectCommand({ Bucket: "b", Key: event.key }));
    }
}
__decorate([
    Safe()
], Lambda.prototype, "handle", null);
const instance = new Lambda();
const handler = (event) => instance.handle(event);
exports.handler = handler;
