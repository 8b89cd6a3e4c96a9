// A project module that defines a class with an SDK client's name.
export class SQSClient {
  send(): void {}
}
