const { KMSClient } = require("@aws-sdk/client-kms");

class Service {
  async handle(event) {
    // expect: client-in-handler
    const kms = new KMSClient({});
    return { kms, event, name: this.name };
  }
}

const service = new Service();
exports.handler = service.handle.bind(service);
