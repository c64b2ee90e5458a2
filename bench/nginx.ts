// nginx serving a saved copy of a page from a temp dir: what this machine can serve at best.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { onPath, type Service, startService, waitUntilReady } from './processes';

export function hasNginx(): boolean {
  return onPath('nginx');
}

/**
 * Serves `html` at `pagePath` (e.g. /lenin-vs-stalin) on 127.0.0.1:`port`, with every nginx
 * file (config, pid, logs, temp dirs) under `dir`. Resolves once the page answers.
 */
export async function startNginx(options: { html: string; pagePath: string; dir: string; port: number }): Promise<Service> {
  const { html, pagePath, dir, port } = options;
  await mkdir(path.join(dir, 'html'), { recursive: true });
  await writeFile(path.join(dir, 'html', `${path.basename(pagePath)}.html`), html);
  const template = await readFile(path.resolve('bench/nginx.conf.template'), 'utf8');
  // As root, workers would otherwise run as `nobody` and could not read the private temp dir.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  const config = template.replaceAll('{{USER}}', user).replaceAll('{{DIR}}', dir).replaceAll('{{PORT}}', String(port));
  const configFile = path.join(dir, 'nginx.conf');
  await writeFile(configFile, config);
  const service = startService('nginx', 'nginx', ['-p', dir, '-c', configFile, '-e', path.join(dir, 'error.log')], {
    logFile: path.join(dir, 'nginx.out.log'),
  });
  await waitUntilReady(`http://127.0.0.1:${port}${pagePath}`, service, 10_000);
  return service;
}
