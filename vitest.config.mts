import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: [
      'src/**/*.spec.{ts,tsx}',
      'dev/**/*.spec.ts',
      'scripts/**/*.spec.ts',
      'charts/**/*.spec.ts',
    ],
    setupFiles: ['./vitest.setup.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/tempostack/**/*.ts'],
      exclude: ['src/**/*.spec.ts', 'src/tempostack/types.ts'],
      reporter: ['text-summary', 'text', 'json-summary'],
      thresholds: { 'src/tempostack/**': { lines: 90 } },
    },
  },
});
