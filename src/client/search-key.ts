// On every page: "/" or Ctrl+K (⌘K) puts the cursor in the search box — the search page's own box
// if there is one, else the header's — unless the reader is typing in a field.
const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
  const ctrlK = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
  if (!slash && !ctrlK) return;
  if (event.target instanceof Element && event.target.closest(TYPING)) return;
  const input =
    document.querySelector<HTMLInputElement>('main [data-search-input]') ??
    document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});
