import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for both our code and Apollo's; Vite would pick the .mjs
    // build for ours, and two graphql instances cannot share a schema.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.data/**'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: test files run side by side, each in its own database.
    pool: 'forks',
    maxWorkers: 2,
    // Test files run side by side: monitoring's trap receiver and simulated devices take free ports.
    env: {
      APOLLO_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'silent',
      MONITORING_TRAP_PORT: '0',
      MONITORING_SIMULATOR_BASE_PORT: '0',
    },
  },
});
