// Load generation: wrk when it is installed (a C program, so it takes less of the 2 shared
// cores than a Node generator), otherwise autocannon. One tool measures every target in a run.
import { spawn } from 'node:child_process';
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

/** Sends `total` requests, `concurrency` at a time, so that caches and the JIT are warm; any non-200 stops the bench. */
export async function warmUp(url: string, total = 300, concurrency = 10, headers: Record<string, string> = {}): Promise<void> {
  let sent = 0;
  const worker = async () => {
    while (sent < total) {
      sent++;
      // Uncompressed, as measured: wrk and autocannon send no Accept-Encoding.
      const response = await fetch(url, { redirect: 'manual', headers: { ...headers, 'accept-encoding': 'identity' }, signal: AbortSignal.timeout(30_000) });
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

async function measureWithWrk(url: string, { connections, durationSeconds, threads, headers = {} }: LoadOptions): Promise<LoadResult> {
  const script = path.resolve('bench/wrk-report.lua');
  // --timeout 10s: wrk drops requests slower than its 2 s default from the latency statistics.
  // wrk refuses more threads than connections.
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const args = ['-t', String(Math.min(threads, connections)), '-c', String(connections), '-d', `${durationSeconds}s`, '--timeout', '10s', ...headerArgs, '-s', script, url];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
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
type Autocannon = (
  options: { url: string; connections: number; duration: number; timeout: number; headers?: Record<string, string> },
  callback: (error: Error | null, result: AutocannonResult) => void,
) => NodeJS.EventEmitter;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measureWithAutocannon(url: string, { connections, durationSeconds, headers }: LoadOptions): Promise<LoadResult> {
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  // autocannon reports p50/p90/p97.5/p99 but no p95, so keep every latency and rank them here.
  const latencies: number[] = [];
  let bytes = 0;
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: durationSeconds, timeout: 10, headers }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on('response', (_client: unknown, _status: number, responseBytes: number, milliseconds: number) => {
      latencies.push(milliseconds);
      bytes += responseBytes;
    });
  });
  latencies.sort((a, b) => a - b);
  const requests = result.requests.total;
  return {
    requests,
    seconds: result.duration,
    requestsPerSecond: requests / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    mean: result.latency.mean,
    max: result.latency.max,
    errors: result.errors, // timeouts included
    badStatus: result.non2xx,
    bytesPerResponse: requests ? bytes / requests : 0,
  };
}
