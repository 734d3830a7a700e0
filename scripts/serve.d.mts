import type { Server } from 'node:http';
/** Starts a static server for `dir` on 127.0.0.1:`port` (0 = any free port); `bare` sends only
 * Content-Type, as a host that sends no other headers would; `compress` gzips text as hosts do. */
export function serve(dir?: string, port?: number, options?: { bare?: boolean; compress?: boolean }): Promise<Server>;
