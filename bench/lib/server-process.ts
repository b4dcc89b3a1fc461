/**
 * Child-process entry: the real server (startServer) on the database in DATABASE_URL,
 * listening on 127.0.0.1 at a free port, which it reports to the parent over IPC.
 * A separate process so the load generator and the server do not share one event loop;
 * request logs go to stdout at info level as in production (the parent discards them).
 */
import { loadConfig } from '../../src/server/config.ts';
import { startServer } from '../../src/server/runtime.ts';

const config = { ...loadConfig(), host: '127.0.0.1', port: 0 };
const server = await startServer(config);
process.send?.({ port: server.port });
let stopping = false;
function shutdown(): void {
  if (stopping) return;
  stopping = true;
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
process.once('SIGTERM', shutdown);
// The bench process died without stopping us: do not linger as an orphan holding the database.
process.once('disconnect', shutdown);
