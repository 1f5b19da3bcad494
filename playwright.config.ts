import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium';

const PORT = Number(process.env['STRIDE_ATLAS_E2E_PORT'] ?? 4391);

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { outputFolder: 'test-results/playwright-report', open: 'never' }]],
  projects: [
    {
      name: 'web',
      testDir: './e2e/web',
      use: {
        baseURL: `http://127.0.0.1:${PORT}`,
        browserName: 'chromium',
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
        viewport: { width: 1280, height: 800 },
        trace: 'retain-on-failure',
        screenshot: 'only-on-failure',
      },
    },
    { name: 'electron', testDir: './e2e/electron', timeout: 120_000 },
  ],
  webServer: {
    command: `npx tsx scripts/serve-web.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
