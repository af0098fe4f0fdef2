import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // English messages for code that reads its words through src/i18n (popup, card, background).
    setupFiles: ['tests/setup/messages.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
