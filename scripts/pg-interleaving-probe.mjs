// Diagnosis aid, not loaded by the app: prints both stacks when a second query starts on a
// PostgreSQL connection before the first one has finished (before its ReadyForQuery). That
// interleaving is what PostgreSQL reports as 08P01 "bind message supplies N parameters, but
// prepared statement "" requires M" or 55000 "portal "" cannot be run".
// Use: NODE_OPTIONS=--import=./scripts/pg-interleaving-probe.mjs npm start   (or the e2e server)
import { createRequire } from 'node:module';

// The pg the server loads: the project's, as a CommonJS module (its prototype is patched below).
const Connection = createRequire(`${process.cwd()}/`)('pg/lib/connection.js');

const parse = Connection.prototype.parse;
const query = Connection.prototype.query;

function track(connection, kind) {
  if (!connection.__probe) {
    connection.__probe = { busy: false, stack: '' };
    connection.on('readyForQuery', () => {
      connection.__probe.busy = false;
    });
  }
  const probe = connection.__probe;
  const stack = new Error().stack;
  if (probe.busy) console.error(`[pg-probe] ${kind} sent while another query is in flight on the same connection\n--- now:\n${stack}\n--- in flight since:\n${probe.stack}`);
  probe.busy = true;
  probe.stack = stack;
}

Connection.prototype.parse = function (...args) {
  track(this, 'Parse');
  return parse.apply(this, args);
};
Connection.prototype.query = function (...args) {
  track(this, 'Query');
  return query.apply(this, args);
};
console.error(`[pg-probe] watching pg connections in process ${process.pid}`);
