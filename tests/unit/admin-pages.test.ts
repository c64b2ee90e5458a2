// The admin layout no longer turns visitors away (it cannot know which page they asked for):
// every admin page must check the session itself, and say where to come back after signing in.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = 'app/(admin)/admin';

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pages(full);
    return entry.name === 'page.tsx' ? [full] : [];
  });
}

describe('every admin page', () => {
  const found = pages(ROOT);

  it('is found', () => {
    expect(found.length).toBeGreaterThan(25);
  });

  it.each(found)('%s checks the session and its permission, and names its address', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).toMatch(/await requirePageActor\('[a-z:]+', \{ from: .+ \}\)/);
  });
});
