import { SqsMessage } from "./sqs-message";

export class FlightService {
  constructor(private queue: SqsMessage = new SqsMessage()) {}

  async run(event: any) {
    return this.queue.send(JSON.stringify(event));
  }
}
