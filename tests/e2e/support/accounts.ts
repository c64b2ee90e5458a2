// Accounts created by scripts/e2e-server.ts on the e2e database.
export const ADMIN = { email: 'admin@e2e.test', name: 'Ada Admin', password: 'e2e admin passphrase, one of a kind' } as const;
export const EDITOR = { email: 'editor@e2e.test', name: 'Ed Editor', password: 'e2e editor passphrase, two of a kind' } as const;
