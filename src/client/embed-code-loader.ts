// The "Embed this page" panel's own script (site-embed-code.js, named by the panel's data-script)
// loads when a reader first opens the panel: most readers never do, and the page's other scripts
// (the timeline's above all) keep the bytes. Closed, the panel is plain HTML. A file rather than
// an inline script, so that the page's Content-Security-Policy allows no inline script.
let loaded = false;

function load(src: string | null): void {
  if (loaded || !src) return;
  loaded = true;
  const script = document.createElement('script');
  script.src = src;
  document.head.append(script);
}

for (const panel of document.querySelectorAll('site-embed-code')) {
  const details = panel.querySelector('details');
  if (!details) continue;
  // Opened before this deferred script ran (a fast reader, or the browser restoring the page).
  if (details.open) load(panel.getAttribute('data-script'));
  details.addEventListener('toggle', function opened() {
    if (!details.open) return;
    details.removeEventListener('toggle', opened);
    load(panel.getAttribute('data-script'));
  });
}
