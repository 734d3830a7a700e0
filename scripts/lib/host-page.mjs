// A stand-in for a teacher's page on another website: serves, from a second loopback address
// (127.0.0.2, another origin than the site's 127.0.0.1), a plain HTML page that embeds one of
// the site's views the way the embed snippet does. Used by the embed browser test and by
// `HOST=1 npm run screenshots`.
//   GET /?src=<url>&height=<px>&script=0|1&sandbox=<tokens>&below=<px>&lazy=0|1
// `below` puts that much of the lesson's text before the frame (a frame below the fold); `lazy`
// adds loading="lazy", as the snippet does.
import { createServer } from 'node:http';

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The host page's HTML for an embedded view at `src`. */
export function hostPageHtml({
  src,
  height = 300,
  script = true,
  sandbox = 'allow-scripts allow-popups',
  below = 0,
  lazy = false,
  siteOrigin,
}) {
  const sandboxAttr = sandbox === 'none' ? '' : ` sandbox="${escape(sandbox)}"`;
  const spacer =
    Number(below) > 0 ? `<div class="reading" style="height:${Number(below)}px">The lesson's text.</div>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A lesson page on another site</title>
<style>body{font:16px system-ui,sans-serif;margin:0;padding:16px;background:#eef0f3;color:#111}main{max-width:980px;margin:auto}iframe{display:block;background:#fff}</style>
</head><body><main><h1>Lesson: the evidence</h1><p>Read the page below, then answer the questions.</p>
${spacer}<iframe id="embedded" src="${escape(src)}" title="Embedded view" width="960" height="${Number(height) || 300}" style="border:0;max-width:100%"${sandboxAttr}${lazy ? ' loading="lazy"' : ''}></iframe>
${script ? `<script src="${escape(siteOrigin)}/embed.js" async></script>` : ''}
<p>End of the embedded view.</p></main></body></html>`;
}

/** Starts the host server on 127.0.0.2 (any free port); resolves with it and its origin. */
export function serveHost(siteOrigin, host = '127.0.0.2') {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname !== '/') {
      res.writeHead(404).end();
      return;
    }
    const q = url.searchParams;
    const html = hostPageHtml({
      src: q.get('src') ?? '',
      height: q.get('height') ?? 300,
      script: q.get('script') !== '0',
      sandbox: q.get('sandbox') ?? undefined,
      below: q.get('below') ?? 0,
      lazy: q.get('lazy') === '1',
      siteOrigin,
    });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(html);
  });
  return new Promise((done) =>
    server.listen(0, host, () => done({ server, origin: `http://${host}:${server.address().port}` })),
  );
}
