/**
 * Where the test commands let Node keep compiled (type-stripped) modules between processes
 * (NODE_COMPILE_CACHE): the suite starts a hundred-odd processes that load the same server.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const COMPILE_CACHE_DIR = join(tmpdir(), 'propdesk-node-compile-cache');
