// Starts a pipeline worker thread. Worker threads do not inherit loader hooks registered through the
// `tsx/esm/api` (as `bin/kg.js` does), so the TypeScript entry is imported through tsx here, whatever
// started the main thread: `node --import tsx`, `bin/kg.js` or vitest.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
