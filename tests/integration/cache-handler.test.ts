import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { randomUUID } from 'node:crypto';
import { inject, describe, expect, it } from 'vitest';

// Two app instances must agree on invalidations: the cache handler records them in PostgreSQL
// and announces them with NOTIFY. Each "instance" here is a process of its own.

type Instance = { lines: AsyncIterator<string>; done: Promise<number> };

function startInstance(tag: string): Instance {
  const child = spawn(process.execPath, ['tests/support/cache-instance.mjs', tag], {
    env: { ...process.env, DATABASE_URL: inject('databaseUrl') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return {
    lines: createInterface({ input: child.stdout! })[Symbol.asyncIterator](),
    done: new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1))),
  };
}

async function next(instance: Instance): Promise<string> {
  const line = await instance.lines.next();
  return line.done ? '' : line.value;
}

async function loadHandler() {
  process.env.DATABASE_URL = inject('databaseUrl');
  const { default: Handler } = await import('@/lib/cache/cache-handler.mjs');
  return new Handler({ serverDistDir: '/nonexistent', revalidatedTags: [], maxMemoryCacheSize: 0 });
}

describe.runIf(inject('databaseKind') === 'postgres')('shared cache invalidations (PostgreSQL)', () => {
  it('reach a running instance the moment another one revalidates', async () => {
    const tag = `test-live-${randomUUID()}`;
    const other = startInstance(tag);
    expect(await next(other)).toBe('ready 0');
    const handler = await loadHandler();
    await handler.revalidateTag([tag], { expire: 0 });
    expect(await next(other)).toMatch(/^seen \d+$/);
    expect(await other.done).toBe(0);
  });

  it('reach an instance that starts after the invalidation', async () => {
    const tag = `test-late-${randomUUID()}`;
    const handler = await loadHandler();
    await handler.revalidateTag([tag], { expire: 0 });
    const late = startInstance(tag);
    expect(await next(late)).toMatch(/^ready [1-9]\d*$/);
    expect(await next(late)).toMatch(/^seen \d+$/);
    expect(await late.done).toBe(0);
  });
});
