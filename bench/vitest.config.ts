// The bench's own tests (bench/*.test.ts), apart from the project's: `npx vitest run --config bench/vitest.config.ts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['bench/**/*.test.ts'], environment: 'node' } });
