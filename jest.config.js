/** Jest runs the TypeScript sources as native ES modules through ts-jest (transpile only: `npm run typecheck` type-checks). */
// The AWS SDK's "Node 20 support ends in 2027" warning, which bin/cspm.ts also silences: the
// workers inherit it, and the test output stays readable.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** @type {import('jest').Config} */
export default {
  roots: ['<rootDir>/src', '<rootDir>/rules', '<rootDir>/tests'],
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tests/tsconfig.json' }],
  },
  testMatch: ['**/*.test.ts'],
  collectCoverageFrom: ['src/**/*.ts', 'rules/**/*.ts', 'bin/**/*.ts', '!**/*.test.ts'],
  coverageProvider: 'babel',
  coverageReporters: ['text-summary', 'lcov'],
  coverageThreshold: { global: { lines: 80 } },
  testTimeout: 20000,
};
