// /embed.js, the host script: a page that embeds the site's views adds
//   <script src="https://<site>/embed.js" async></script>
// and each of their iframes takes the height of its content. It trusts a message only from the
// window of an iframe it sized itself (one whose src is this site's /embed/…), and only with the
// origin that frame must have: this site's, or "null" for a frame sandboxed without
// allow-same-origin. Anything else, or a malformed message, is ignored.
import { helloMessage, readHeightMessage } from '../lib/embed/messages.ts';

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script?.src) return;
  const origin = new URL(script.src).origin;
  // This script is <site>/embed.js, next to the views: "/embed/", or "/repo/embed/" for a site
  // served under a path.
  const embedRoot = new URL('embed/', script.src).pathname;
  const w = window as Window & { __syriaEvidenceEmbed?: boolean };
  if (w.__syriaEvidenceEmbed) return; // the snippet pasted twice: one listener is enough
  w.__syriaEvidenceEmbed = true;

  const ours = (frame: HTMLIFrameElement): boolean => {
    try {
      const url = new URL(frame.src, location.href);
      return url.origin === origin && url.pathname.startsWith(embedRoot);
    } catch {
      return false;
    }
  };
  const expectedOrigin = (frame: HTMLIFrameElement): string =>
    frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin') ? 'null' : origin;
  const hello = (frame: HTMLIFrameElement) => {
    // A sandboxed frame's origin is opaque and cannot be named as a target.
    frame.contentWindow?.postMessage(helloMessage(), expectedOrigin(frame) === 'null' ? '*' : origin);
  };
  const frames = () => [...document.querySelectorAll('iframe')].filter(ours);

  addEventListener('message', (event: MessageEvent) => {
    const height = readHeightMessage(event.data);
    if (height === null) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame || event.origin !== expectedOrigin(frame)) return;
    frame.style.height = `${height}px`;
  });

  const greet = (frame: HTMLIFrameElement) => {
    if (frame.dataset.embedGreeted) return;
    frame.dataset.embedGreeted = '';
    frame.addEventListener('load', () => hello(frame));
    hello(frame);
  };
  const scan = () => frames().forEach(greet);
  scan();
  // Frames added later (a page that renders after load) are found too.
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
})();
