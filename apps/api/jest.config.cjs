/** API tests: one embedded PostgreSQL per run (global setup), a database per test file from a migrated template. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  testTimeout: 30000,
  // Two workers: a test waits on PostgreSQL (its own database) about half of its time, so two files side by
  // side on two cores take the suite from about 14 minutes to about 6. The tests that start Trellis as a
  // process (startup, start-script) allow for the shared machine in their own timeouts.
  maxWorkers: 2,
};
