export { createApp, type AppOptions } from './app.js';
export { startServer, type RunningServer } from './server.js';
export { parseSettings, usage, type Settings } from './settings.js';
export { openDatabase, type DatabaseHandle } from './store/database.js';
export { runSystemJob, type JobReport } from './jobs/system-job.js';
export { openApiDocument } from './routes/openapi.js';
export { main } from './cli.js';
