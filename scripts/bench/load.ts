/**
 * The load generator of `bench:gateway`, in a process of its own so it never competes with the measured
 * gateway for its event loop: autocannon with the bodies it is given (cycled), JSON on stdout.
 */
import autocannon from 'autocannon';

const input = JSON.parse(await new Response(process.stdin as unknown as ReadableStream).text()) as {
  url: string;
  token: string;
  bodies: string[];
  connections: number;
  seconds: number;
};
let next = 0;
const result = await autocannon({
  url: input.url,
  connections: input.connections,
  duration: input.seconds,
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${input.token}` },
  requests: [
    {
      setupRequest: (request) => {
        request.body = input.bodies[next++ % input.bodies.length];
        return request;
      },
    },
  ],
});
process.stdout.write(
  JSON.stringify({
    requests: { average: result.requests.average, total: result.requests.total },
    latency: { p50: result.latency.p50, p99: result.latency.p99 },
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }),
);
