import { FlightService } from "../core/flight-service";

export const handler = async (event: any) => {
  const service = new FlightService();
  return service.run(event);
};
