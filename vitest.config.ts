import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __CROSSWALK_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0-test') },
  test: {
    include: ['electron/**/*.test.ts', 'shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Tests never write into the person's own keychain; the keychain backends' tests start a throwaway one.
    env: { CROSSWALK_CREDENTIALS: 'file' },
    reporters: ['default'],
  },
});
