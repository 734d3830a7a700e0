// Adds a "Copy" button beside each citation of a "Cite this page" section. The citations are
// plain text in the page, so without this script a reader selects and copies them by hand; the
// button's words come from the section's data attributes.
function selectText(element: Element): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function enhance(section: HTMLElement): void {
  const { copy = 'Copy', copied = 'Copied', copyFailed = '' } = section.dataset;
  for (const citation of section.querySelectorAll<HTMLElement>('.citation')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cite-copy';
    button.textContent = copy;
    const label = citation.closest('.citation-item')?.querySelector('dt')?.textContent ?? '';
    button.setAttribute('aria-label', `${copy}: ${label}`);
    const status = document.createElement('span');
    status.className = 'cite-copy-status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      const text = (citation.textContent ?? '').replace(/\s+/g, ' ').trim();
      try {
        // Refused in some embeds and on file:// pages; the text is then selected for the reader.
        await navigator.clipboard.writeText(text);
        status.textContent = copied;
      } catch {
        selectText(citation);
        status.textContent = copyFailed;
      }
    });
    citation.after(button, status);
  }
}

for (const section of document.querySelectorAll<HTMLElement>('.cite-page')) enhance(section);
