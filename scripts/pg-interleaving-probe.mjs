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
    // First of the listeners: the client's own handler may send the next query from inside it.
    connection.prependListener('readyForQuery', () => {
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
// And who hands a client back to the pool while a query is still running on it.
const Pool = createRequire(`${process.cwd()}/`)('pg-pool');
const release = Pool.prototype._release;
Pool.prototype._release = function (client, idleListener, err) {
  const probe = client.connection?.__probe;
  if (probe?.busy && !err) console.error(`[pg-probe] client released to the pool while a query is in flight on it\n--- released by:\n${new Error().stack}\n--- in flight since:\n${probe.stack}`);
  return release.call(this, client, idleListener, err);
};

// And, when PostgreSQL refuses a query's parameters, the query itself as it was sent.
const Query = createRequire(`${process.cwd()}/`)('pg/lib/query.js');
const handleError = Query.prototype.handleError;
Query.prototype.handleError = function (err, connection) {
  if (err?.code === '08P01' || err?.code === '55000') {
    const placeholders = new Set(String(this.text).match(/\$\d+/g) ?? []).size;
    console.error(`[pg-probe] ${err.code} ${err.message}\n--- sent: ${this.values?.length ?? 0} values for ${placeholders} placeholders in:\n${this.text}`);
  }
  return handleError.call(this, err, connection);
};

console.error(`[pg-probe] watching pg connections in process ${process.pid}`);
