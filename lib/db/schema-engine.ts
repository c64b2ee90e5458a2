// Prisma's schema engine compiled to WebAssembly, driven over an in-memory PGlite.
// The Prisma CLI cannot download its native engine on our machines; this gives the same
// migration planning offline and without a database server (see ../shared/STACK.md).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import type * as Glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import { listMigrations, MIGRATIONS_DIR } from './migrations';

const require = createRequire(import.meta.url);

type WasmGlue = typeof Glue & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let loaded: Promise<WasmGlue> | undefined;

async function loadGlue(): Promise<WasmGlue> {
  const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as WasmGlue;
  // The package does not export its .wasm file; find it next to the glue module.
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmPath = path.join(path.dirname(gluePath), 'schema_engine_bg.wasm');
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

export async function openSchemaEngine(schemaPath: string): Promise<{ engine: SchemaEngine; schema: string; close(): Promise<void> }> {
  const glue = await (loaded ??= loadGlue());
  const schema = await readFile(schemaPath, 'utf8');
  const main = new PGlite({ dataDir: 'memory://main' });
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(main));
  const engine = await glue.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, factory);
  return {
    engine,
    schema,
    async close() {
      engine.free();
      await main.close();
    },
  };
}

export async function migrationList(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const migrations = await listMigrations(dir);
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: 'provider = "postgresql"\n' },
    shadowDbInitScript: '',
    migrationDirectories: migrations.map((m) => ({
      path: m.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
    })),
  };
}

const noFilters = { externalTables: [], externalEnums: [] };

/** The SQL that takes a database built from the migrations to schema.prisma; '' when they agree. */
export async function diffMigrationsToSchema(schemaPath: string, dir = MIGRATIONS_DIR): Promise<string> {
  const { engine, schema, close } = await openSchemaEngine(schemaPath);
  try {
    const list = await migrationList(dir);
    const from = list.migrationDirectories.length > 0 ? { tag: 'migrations' as const, ...list } : { tag: 'empty' as const };
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const script = (result.stdout ?? '').trim();
    return script === '-- This is an empty migration.' ? '' : script;
  } finally {
    await close();
  }
}
