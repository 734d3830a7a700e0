import type { Server } from 'node:http';
export interface HostPageOptions {
  src: string;
  height?: number | string;
  script?: boolean;
  sandbox?: string;
  siteOrigin: string;
}
export function hostPageHtml(options: HostPageOptions): string;
export function serveHost(siteOrigin: string, host?: string): Promise<{ server: Server; origin: string }>;
