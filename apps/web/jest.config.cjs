/**
 * Unit tests of the SPA's plain logic (src/**\/*.test.ts): node, no browser, no API. The browser tests have
 * their own config (jest.e2e.config.cjs).
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
};
