import type { Server } from 'node:http';
/** Starts a static server for `dir` on 127.0.0.1:`port` (0 = any free port). */
export function serve(dir?: string, port?: number): Promise<Server>;
