// Load generation: wrk when it is installed (a C program, so it takes less of the 2 shared
// cores than a Node generator), otherwise autocannon. One tool measures every target in a run.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { onPath } from './processes';

export type LoadTool = 'wrk' | 'autocannon';

export type LoadOptions = {
  connections: number;
  durationSeconds: number;
  threads: number;
  /** Sent with every request (a session cookie for the admin pages). */
  headers?: Record<string, string>;
  /**
   * A file of request paths, one a line: each request takes the next one instead of the URL's path
   * (the URL then only gives the origin), no path twice until all are taken; then they start over.
   */
  pathsFile?: string;
};

/** How a run with `pathsFile` used its paths. */
export type PathsUsed = {
  /** Paths in the file. */
  listed: number;
  /** Requests built from the list: those sent, plus a few built but still unsent when the run ended. */
  taken: number;
  /** Of those, requests that repeated a path already taken in this run (the list ran out). */
  repeated: number;
};

export type LoadResult = {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  /** Latencies in milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Socket errors and timeouts. */
  errors: number;
  /** Responses with an error status (wrk counts >= 400, autocannon anything but 2xx). */
  badStatus: number;
  /** Mean bytes read per response, headers included. */
  bytesPerResponse: number;
  /** Only for runs with `pathsFile`. */
  paths?: PathsUsed;
};

/** BENCH_TOOL=wrk|autocannon forces one; otherwise wrk if it is on PATH. */
export function chooseTool(): LoadTool {
  const forced = process.env.BENCH_TOOL?.trim();
  if (forced === 'wrk' || forced === 'autocannon') return forced;
  if (forced) throw new Error(`BENCH_TOOL must be "wrk" or "autocannon", not "${forced}".`);
  return onPath('wrk') ? 'wrk' : 'autocannon';
}

export function measure(tool: LoadTool, url: string, options: LoadOptions): Promise<LoadResult> {
  return tool === 'wrk' ? measureWithWrk(url, options) : measureWithAutocannon(url, options);
}

export function readPaths(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}

/**
 * Sends `total` requests, `concurrency` at a time, so that caches and the JIT are warm; any non-200
 * stops the bench. `urls` is one URL, or a list walked through in order (starting over if it is shorter).
 */
export async function warmUp(urls: string | string[], total = 300, concurrency = 10, headers: Record<string, string> = {}): Promise<void> {
  const list = typeof urls === 'string' ? [urls] : urls;
  if (list.length === 0) throw new Error('Nothing to warm up: the list of URLs is empty.');
  let sent = 0;
  const worker = async () => {
    while (sent < total) {
      const url = list[sent % list.length]!;
      sent++;
      // Uncompressed, as measured: wrk and autocannon send no Accept-Encoding.
      const response = await fetch(url, { redirect: 'manual', headers: { 'accept-encoding': 'identity', ...headers }, signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`Warm-up of ${url} got HTTP ${response.status}.`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

type WrkSummary = {
  requests: number;
  duration_us: number;
  bytes: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
  mean_us: number;
  max_us: number;
  p50_us: number;
  p95_us: number;
  p99_us: number;
};

async function measureWithWrk(url: string, { connections, durationSeconds, threads, headers = {}, pathsFile }: LoadOptions): Promise<LoadResult> {
  const script = path.resolve('bench/wrk-report.lua');
  // wrk refuses more threads than connections.
  const threadCount = Math.min(threads, connections);
  // --timeout 10s: wrk drops requests slower than its 2 s default from the latency statistics.
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const args = ['-t', String(threadCount), '-c', String(connections), '-d', `${durationSeconds}s`, '--timeout', '10s', ...headerArgs, '-s', script, url];
  // wrk-report.lua reads the paths (each thread its own share) when BENCH_PATHS_FILE is set; never inherited.
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_PATHS_FILE: pathsFile ? path.resolve(pathsFile) : '', BENCH_PATHS_THREADS: String(threadCount) };
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`wrk exited with ${code}: ${stderr || stdout}`))));
  });
  const line = output.split('\n').find((l) => l.startsWith('BENCH_JSON '));
  if (!line) throw new Error(`wrk printed no summary line:\n${output}`);
  const s = JSON.parse(line.slice('BENCH_JSON '.length)) as WrkSummary;
  const seconds = s.duration_us / 1e6;
  let paths: PathsUsed | undefined;
  if (pathsFile) {
    const pathsLine = output.split('\n').find((l) => l.startsWith('BENCH_PATHS '));
    if (!pathsLine) throw new Error(`wrk printed no BENCH_PATHS line:\n${output}`);
    paths = { listed: readPaths(pathsFile).length, ...(JSON.parse(pathsLine.slice('BENCH_PATHS '.length)) as { taken: number; repeated: number }) };
  }
  return {
    requests: s.requests,
    seconds,
    requestsPerSecond: s.requests / seconds,
    p50: s.p50_us / 1000,
    p95: s.p95_us / 1000,
    p99: s.p99_us / 1000,
    mean: s.mean_us / 1000,
    max: s.max_us / 1000,
    errors: s.connect + s.read + s.write + s.timeout,
    badStatus: s.status,
    bytesPerResponse: s.requests ? s.bytes / s.requests : 0,
    ...(paths ? { paths } : {}),
  };
}

// The slice of autocannon's API used here (it ships no types, and this keeps @types out of the project).
type AutocannonResult = {
  duration: number;
  errors: number;
  non2xx: number;
  requests: { total: number };
  latency: { mean: number; max: number };
};
type AutocannonRequest = { path: string };
type Autocannon = (
  options: {
    url: string;
    connections: number;
    duration: number;
    timeout: number;
    headers?: Record<string, string>;
    /** Each connection loops over these; setupRequest may change a request just before it is built. */
    requests?: { setupRequest?: (request: AutocannonRequest) => AutocannonRequest }[];
  },
  callback: (error: Error | null, result: AutocannonResult) => void,
) => NodeJS.EventEmitter;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measureWithAutocannon(url: string, { connections, durationSeconds, headers, pathsFile }: LoadOptions): Promise<LoadResult> {
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  // autocannon reports p50/p90/p97.5/p99 but no p95, so keep every latency and rank them here.
  const latencies: number[] = [];
  let bytes = 0;
  // With a paths file, every connection's next request takes the next path of one shared list
  // (autocannon runs its connections in this process, so a counter is enough).
  const list = pathsFile ? readPaths(pathsFile) : null;
  if (list?.length === 0) throw new Error(`${pathsFile} lists no paths.`);
  const paths: PathsUsed | undefined = list ? { listed: list.length, taken: 0, repeated: 0 } : undefined;
  const requests = list
    ? [
        {
          setupRequest: (request: AutocannonRequest) => {
            if (paths!.taken >= list.length) paths!.repeated++;
            request.path = list[paths!.taken++ % list.length]!;
            return request;
          },
        },
      ]
    : undefined;
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: durationSeconds, timeout: 10, headers, requests }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on('response', (_client: unknown, _status: number, responseBytes: number, milliseconds: number) => {
      latencies.push(milliseconds);
      bytes += responseBytes;
    });
  });
  latencies.sort((a, b) => a - b);
  const total = result.requests.total;
  return {
    requests: total,
    seconds: result.duration,
    requestsPerSecond: total / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    mean: result.latency.mean,
    max: result.latency.max,
    errors: result.errors, // timeouts included
    badStatus: result.non2xx,
    bytesPerResponse: total ? bytes / total : 0,
    ...(paths ? { paths } : {}),
  };
}
