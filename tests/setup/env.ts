import { inject } from 'vitest';

// Runs before each integration test file imports the app's modules (lib/env reads this).
process.env.DATABASE_URL = inject('databaseUrl');
process.env.DATABASE_POOL_SIZE = '4';
