/**
 * Browser tests: the built SPA (pnpm build first) served by a real API started in globalSetup, driven
 * through Debian's chromium. One worker: the specs share that server and one browser at a time.
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  globalSetup: '<rootDir>/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 1,
  // A browser left running by a failed test (its page still polling) must not keep the run from ending: the
  // failure is reported either way, and the test command's later steps and totals still come.
  forceExit: true,
};
