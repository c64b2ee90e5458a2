import { describe, expect, it } from 'vitest';
import type { LoadResult } from '@/bench/load';
import { computeChecks, computeRatios, computeWarnings, formatMarkdown, formatTable, type Report, type TargetName, type TargetResult } from '@/bench/report';
import { planQueries, searchPath, searchQueriesFromLexemes } from '@/bench/search-queries';

function target(name: TargetName, requestsPerSecond: number, rounds?: number[]): TargetResult {
  const load: LoadResult = { requests: requestsPerSecond * 10, seconds: 10, requestsPerSecond, p50: 40, p95: 90, p99: 200, mean: 45, max: 300, errors: 0, badStatus: 0, bytesPerResponse: 1000 };
  return { name, label: name, path: `/${name}`, connections: 50, probe: { status: 200, bodyBytes: 1000, headers: { 'x-nextjs-cache': 'HIT' } }, load, busyBefore: 0, rounds };
}

/** A search target at 4 connections with the given p95; `repeated` requests of a new-query target asked a query twice. */
function searchTarget(name: 'search' | 'searchLatency' | 'searchNew', p95: number, repeated = 0): TargetResult {
  const base = target(name, 200);
  if (name !== 'searchNew') return { ...base, label: `search, repeated query, ${name === 'search' ? 'throughput' : 'latency'}`, load: { ...base.load, p95 }, connections: name === 'search' ? 50 : 4 };
  return {
    ...base,
    label: 'search, a new query every request',
    path: '/search?q=<new>',
    connections: 4,
    probe: { ...base.probe, headers: { 'x-nextjs-cache': 'MISS' } },
    load: { ...base.load, p95, paths: { listed: 2500, taken: repeated ? 2500 + repeated : 2003, repeated } },
    queries: { distinct: 2801, probe: 1, warmUp: 300, measured: 2500 },
  };
}

function report(targets: TargetResult[]): Report {
  const ratios = computeRatios(targets);
  return {
    date: '2026-01-01T00:00:00.000Z',
    tool: 'wrk',
    connections: 50,
    durationSeconds: 10,
    threads: 2,
    cpus: 2,
    node: 'v24.0.0',
    next: '16.0.0',
    commit: null,
    targets,
    ratios,
    checks: computeChecks(targets, ratios),
    warnings: computeWarnings(targets),
    passwordHashing: null,
    admin: null,
  };
}

describe('bench ratios', () => {
  it('takes the median of the rounds measured in turns, pairing each round with the other target’s same round', () => {
    const ratios = computeRatios([target('comparison', 800, [700, 800, 900]), target('static', 900, [1000, 850, 900])]);
    expect(ratios.comparisonToStaticRounds.map((r) => r.toFixed(3))).toEqual(['0.700', '0.941', '1.000']);
    expect(ratios.comparisonToStatic).toBeCloseTo(800 / 850);
    const [check] = computeChecks([target('comparison', 800, [700, 800, 900]), target('static', 900, [1000, 850, 900])], ratios);
    expect(check).toMatchObject({ pass: true, detail: expect.stringContaining('the median of 3 rounds (0.70, 0.94, 1.00)') });
  });

  it('falls back to the ratio of the two req/s figures when the targets were measured once', () => {
    const ratios = computeRatios([target('comparison', 700), target('static', 1000)]);
    expect(ratios).toMatchObject({ comparisonToStatic: 0.7, comparisonToStaticRounds: [] });
    expect(computeChecks([target('comparison', 700), target('static', 1000)], ratios)[0]).toMatchObject({ pass: false });
  });
});

describe('bench search goals', () => {
  it('judges the search p95 twice: the repeated query at its latency target, and a new query every request', () => {
    const targets = [searchTarget('search', 400), searchTarget('searchLatency', 12), searchTarget('searchNew', 60)];
    const checks = computeChecks(targets, computeRatios(targets));
    expect(checks).toEqual([
      { name: 'search p95 <= 50 ms, repeated query', pass: true, detail: 'p95 12.0 ms at 4 connections, 200 req/s; x-nextjs-cache: HIT' },
      {
        name: 'search p95 <= 50 ms, a new query every request',
        pass: false,
        detail: `p95 60.0 ms at 4 connections, 200 req/s; none of the 2,000 requests repeated a query, of 2,500 set aside for the run (2,801 distinct in all); an unseen query's x-nextjs-cache: MISS`,
      },
    ]);
    expect(computeWarnings(targets)).toEqual([]);
  });

  it('falls back to the throughput target for the repeated query when there is no latency target', () => {
    const targets = [searchTarget('search', 30)];
    expect(computeChecks(targets, computeRatios(targets))).toEqual([expect.objectContaining({ name: 'search p95 <= 50 ms, repeated query', pass: true, detail: expect.stringContaining('at 50 connections') })]);
  });

  it('says how many requests repeated a query when the run outlasted the list, and warns', () => {
    const targets = [searchTarget('searchNew', 20, 120)];
    const [check] = computeChecks(targets, computeRatios(targets));
    expect(check).toMatchObject({ pass: true, detail: expect.stringContaining('120 requests repeated a query, of 2,500 set aside for the run (2,801 distinct in all)') });
    expect(computeWarnings(targets)).toEqual([expect.stringMatching(/^search, a new query every request: 120 requests repeated a query, because the run outlasted its 2,500 queries/)]);
  });

  it('prints the new-query row, how the queries were split and both search lines in the table and the Markdown', () => {
    const r = report([searchTarget('searchLatency', 12), searchTarget('searchNew', 30)]);
    const split = 'search, a new query every request: 2,801 distinct queries from the demo content (1 for the probe, 300 for the warm-up, 2,500 for the run; the run took 2,003 of its 2,500); none of the 2,000 requests repeated a query.';
    const table = formatTable(r);
    expect(table).toContain(split);
    expect(table).toMatch(/^search, a new query every request +\/search\?q=<new> +4 +200 /m);
    expect(table).toContain('PASS  search p95 <= 50 ms, repeated query: ');
    expect(table).toContain('PASS  search p95 <= 50 ms, a new query every request: ');
    const markdown = formatMarkdown(r);
    expect(markdown).toContain('| search, a new query every request `/search?q=<new>` | 4 | 200 | 40.0 | 30.0 | 200.0 | 1.0 |');
    expect(markdown).toContain('| search, repeated query, latency `/searchLatency` | 4 |');
    expect(markdown).toContain(split);
    expect(markdown).toContain('- PASS: search p95 <= 50 ms, a new query every request (');
  });
});

describe('bench search queries', () => {
  it('takes each lexeme and its prefixes of 4+ characters once, letters and digits in lower case only, without the excluded ones', () => {
    const queries = searchQueriesFromLexemes(['stalin', 'stal', 'x-ray', 'Upper', 'île', '1917', 'a'.repeat(61), 'ab', 'tōkaidō'], { exclude: ['stalin'] });
    expect([...queries].sort()).toEqual(['1917', 'ab', 'stal', 'stali', 'tōka', 'tōkai', 'tōkaid', 'tōkaidō', 'île'].sort());
    expect(new Set(queries).size).toBe(queries.length);
  });

  it('orders them the same way whatever order the database returns the lexemes in', () => {
    const words = ['lenin', 'stalin', 'trotsky', 'revolut', 'bolshevik', 'moscow', 'petrograd'];
    const once = searchQueriesFromLexemes(words);
    expect(searchQueriesFromLexemes([...words].reverse())).toEqual(once);
    expect(once).not.toEqual([...once].sort());
  });

  it('splits the list into disjoint parts for the probe, the warm-up and the run', () => {
    const queries = Array.from({ length: 100 }, (_, i) => `word${i}`);
    const plan = planQueries(queries, 300);
    expect(plan).toMatchObject({ distinct: 100, probePath: searchPath('word0') });
    expect(plan.warmUpPaths).toHaveLength(25); // at most a quarter of the list
    expect(plan.measuredPaths).toHaveLength(74);
    expect(new Set([plan.probePath, ...plan.warmUpPaths, ...plan.measuredPaths]).size).toBe(100);
    expect(planQueries(queries, 10).measuredPaths).toHaveLength(89);
    expect(searchPath('île')).toBe('/search?q=%C3%AEle');
  });
});
