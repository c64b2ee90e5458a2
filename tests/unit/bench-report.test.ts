import { describe, expect, it } from 'vitest';
import type { LoadResult } from '@/bench/load';
import { computeChecks, computeRatios, type TargetName, type TargetResult } from '@/bench/report';

function target(name: TargetName, requestsPerSecond: number, rounds?: number[]): TargetResult {
  const load: LoadResult = { requests: requestsPerSecond * 10, seconds: 10, requestsPerSecond, p50: 40, p95: 90, p99: 200, mean: 45, max: 300, errors: 0, badStatus: 0, bytesPerResponse: 1000 };
  return { name, label: name, path: `/${name}`, connections: 50, probe: { status: 200, bodyBytes: 1000, headers: { 'x-nextjs-cache': 'HIT' } }, load, busyBefore: 0, rounds };
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
