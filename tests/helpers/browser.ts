// Debian's Chromium driven by playwright-core, against the built site served on a free local
// port. Nothing here downloads a browser; CHROME_PATH overrides the executable.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { assertBuilt } from './dist.ts';

/**
 * Debian's Chromium (or CHROME_PATH), quiet: no GPU, and none of the browser's own background
 * traffic (updates, sync, QUIC probes) to compete with the page under test or to show up as a
 * request to another origin. `extraArgs` adds flags for one caller (the benchmarks' --expose-gc).
 * Shared by the browser tests, the benchmarks and the screenshot script.
 */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}

export interface SiteSession {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves dist/ (or `dir`) on a free port; `bare` sends no header but Content-Type, as a plain host. */
export async function openSite(options: { bare?: boolean; dir?: string } = {}): Promise<SiteSession> {
  assertBuilt();
  const server: Server = await serve(options.dir ?? 'dist', 0, { bare: options.bare ?? false });
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  return {
    base: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to any origin but the local site; they are blocked, and recorded here. */
  foreignRequests: string[];
}

/** A fresh page that records console errors and blocks and records requests to other origins. */
export async function watchedPage(
  site: SiteSession,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<WatchedPage> {
  const context = await site.browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(site.base) || url.startsWith('data:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return { page, context, errors, foreignRequests };
}

/**
 * Records every Content-Security-Policy violation in any page or frame of `context` into `sink`
 * ("directive blocked-URL at source:line"), from before the page's first script runs. Call before
 * the first navigation.
 */
export async function recordCspViolations(context: BrowserContext, sink: string[]): Promise<void> {
  await context.exposeBinding('__recordCspViolation', ({ frame }, text: string) => {
    sink.push(`${text} (on ${frame.url()})`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __recordCspViolation: (text: string) => void }).__recordCspViolation;
      report(`${event.effectiveDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
}
