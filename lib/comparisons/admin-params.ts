// The admin comparison pages' own URL parameter; the general readers are in lib/url-params.ts.
import { lastValue, type Param } from '../url-params';
import type { ComparisonStatusName } from './snapshot';

export function statusParam(value: Param): ComparisonStatusName | undefined {
  const raw = lastValue(value)?.toUpperCase();
  return raw === 'DRAFT' || raw === 'PUBLISHED' || raw === 'ARCHIVED' ? raw : undefined;
}
