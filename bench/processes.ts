// Child processes and ports for the benchmark. Long-running children (the app server, nginx)
// get their own process group so that stopping them also stops anything they started.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export type Service = { name: string; child: ChildProcess; exited: Promise<number | null>; logFile: string };

/** Runs a command to completion with inherited output; resolves to its exit code. Asynchronous on purpose: nothing blocks the event loop. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Starts a long-running process whose output goes straight to `logFile` (it would garble the results table). */
export function startService(name: string, command: string, args: string[], options: { env?: NodeJS.ProcessEnv; logFile: string }): Service {
  const log = openSync(options.logFile, 'a');
  const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['ignore', log, log], detached: true });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(null));
    child.once('exit', (code) => resolve(code));
  });
  return { name, child, exited, logFile: options.logFile };
}

function isRunning(service: Service): boolean {
  return service.child.exitCode === null && service.child.signalCode === null && service.child.pid !== undefined;
}

/** Signals the service's process group, then kills it if it has not exited within `graceMs`. */
export async function stopService(service: Service, signal: NodeJS.Signals = 'SIGTERM', graceMs = 5000): Promise<void> {
  if (!isRunning(service)) return;
  const pid = service.child.pid!;
  const signalGroup = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // Already gone.
    }
  };
  signalGroup(signal);
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), graceMs).unref());
  if ((await Promise.race([service.exited, timer])) === 'timeout') {
    signalGroup('SIGKILL');
    await service.exited;
  }
}

export function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    // No host: the wildcard address also collides with a server bound to 127.0.0.1 only.
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

/** The first free port from `from` on (at most `tries` ports). */
export async function freePort(from: number, tries = 100): Promise<number> {
  for (let port = from; port < from + tries; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free port in ${from}-${from + tries - 1}.`);
}

/** Polls `url` until it answers 200, failing early when `service` exits. */
export async function waitUntilReady(url: string, service: Service, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void service.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${service.name} exited before it was ready; see ${service.logFile}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${service.name} was not ready at ${url} within ${timeoutMs / 1000} s; see ${service.logFile}`);
}

function cpuTimes(ownPids: number[]): { idle: number; total: number; own: number } | null {
  if (!existsSync('/proc/stat')) return null;
  // First line: "cpu user nice system idle iowait irq softirq steal ..." in clock ticks.
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  // utime + stime of our own processes (same clock ticks), fields 14 and 15 of /proc/PID/stat.
  const own = ownPids.reduce((sum, pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return sum + Number(after[11]) + Number(after[12]);
    } catch {
      return sum;
    }
  }, 0);
  return { idle: fields[3]! + fields[4]!, total: fields.reduce((a, b) => a + b, 0), own };
}

/**
 * The share of the machine's CPU used over `ms` by processes other than this one and `ownPids`
 * (the server): other people's builds and tests compete with the server and the load
 * generator for the same cores. A fraction from 0 to 1, or null where /proc does not exist.
 */
export async function machineBusy(ownPids: number[], ms = 2000): Promise<number | null> {
  const pids = [process.pid, ...ownPids];
  const before = cpuTimes(pids);
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTimes(pids);
  if (!before || !after || after.total === before.total) return null;
  const busy = after.total - before.total - (after.idle - before.idle) - (after.own - before.own);
  return Math.max(0, busy / (after.total - before.total));
}
