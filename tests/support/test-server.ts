// A real HTTP server in the test process, for code that patches Node's HTTP server or response.
import { createServer, type RequestListener } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

export type TestServer = { port: number; origin: string; close(): Promise<void> };

/** Serves `handler` on a free port of 127.0.0.1. */
export async function startTestServer(handler: RequestListener): Promise<TestServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type RawResponse = { status: number; headers: Record<string, string>; body: string };

/**
 * Writes `request` to the port byte for byte (a request line fetch would not send, a body cut
 * short) and reads one response, until the server closes the connection or `timeoutMs` passes.
 */
export function rawExchange(port: number, request: string, timeoutMs = 2_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`No complete response in ${timeoutMs} ms; received: ${JSON.stringify(received)}`));
    }, timeoutMs);
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const split = received.indexOf('\r\n\r\n');
      if (split === -1) return reject(new Error(`Not an HTTP response: ${JSON.stringify(received)}`));
      const [statusLine = '', ...lines] = received.slice(0, split).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: received.slice(split + 4) });
    });
    socket.write(request);
  });
}
