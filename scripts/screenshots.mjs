// Screenshots of the built site for a person to look at: each page in Arabic and English,
// at phone and desktop widths, in light and dark. `npm run screenshots [path …]`
// writes PNGs to screenshots/; SELECTOR=.claims shoots only the first element it matches; WAIT=css waits
// for an element first (e.g. WAIT='.search-results li' for search results); with PRINT=1 also an A4 PDF of each page as it prints (the
// handout view); with HOST=1 each path (an embedded view, /embed/…) is shown inside a page served
// from another origin, sized by /embed.js, as a teacher's page would show it. Uses Debian's
// Chromium (CHROME_PATH overrides).
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serve } from './serve.mjs';
import { serveHost } from './lib/host-page.mjs';
import { LANGS } from '../src/i18n/locales.ts';

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/{lang}/', '/{lang}/events/tadamon-massacre/', '/{lang}/about/', '/{lang}/sources/', '/{lang}/places/'];
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const schemes = (process.env.SCHEMES ?? 'light').split(',');

mkdirSync('screenshots', { recursive: true });
const server = await serve('dist', 0);
const base = `http://127.0.0.1:${server.address().port}`;
const host = process.env.HOST === '1' ? await serveHost(base) : null;
const address = (path) => (host ? `${host.origin}/?src=${encodeURIComponent(base + path)}` : base + path);
const browser = await launchChromium();
for (const path of paths) {
  for (const lang of path.includes('{lang}') ? LANGS : ['root']) {
    for (const [size, viewport] of Object.entries(sizes)) {
      for (const colorScheme of schemes) {
        const page = await browser.newPage({ viewport, colorScheme });
        await page.goto(address(path.replace('{lang}', lang)));
        if (process.env.WAIT) await page.locator(process.env.WAIT).first().waitFor({ timeout: 10_000 });
        await page.evaluate(() => document.fonts.ready);
        // In a host page, wait until the host script has sized the frame to its content.
        if (host)
          await page
            .waitForFunction(() => document.querySelector('iframe')?.style.height, null, { timeout: 10_000 })
            .catch(() => {});
        if (host) await page.waitForTimeout(500);
        // A full-page capture leaves the part of a cross-origin frame outside the window unpainted:
        // make the window as tall as the page instead.
        if (host && process.env.FULL === '1') {
          await page.setViewportSize({
            width: viewport.width,
            height: await page.evaluate(() => document.documentElement.scrollHeight),
          });
          await page.waitForTimeout(500);
        }
        const name = `${host ? 'host-' : ''}${path.replace('{lang}', lang).replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'root'}-${size}-${colorScheme}.png`;
        if (process.env.SELECTOR)
          await page
            .locator(process.env.SELECTOR)
            .first()
            .screenshot({ path: `screenshots/${name}` });
        else await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.FULL === '1' });
        console.log(`screenshots/${name}`);
        if (process.env.PRINT === '1' && size === 'desktop') {
          const pdf = name.replace(/-desktop-\w+\.png$/, '-print.pdf');
          await page.pdf({
            path: `screenshots/${pdf}`,
            format: 'A4',
            margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
          });
          console.log(`screenshots/${pdf}`);
        }
        await page.close();
      }
    }
  }
}
await browser.close();
host?.server.close();
server.close();
