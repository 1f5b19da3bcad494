import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { describeAppApiContract } from '../../../../tests/app-api/app-api-contract';
import type { AppApi } from '../../../shared/app-api';

// Each test gets the adapter as the app loads it, on an empty IndexedDB of its own.
describeAppApiContract('web', async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  const { appApi } = (await import('./index')) as { appApi: AppApi };
  return appApi;
});
