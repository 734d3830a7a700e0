// The names of Pagefind's files, which pagefind-boot.ts imports under this name: a module the
// build generates when it bundles the boot script (integrations/lib/pagefind-index.ts).
declare module 'pagefind-files' {
  const files: import('../../lib/search/pagefind-files.ts').PagefindFiles;
  export default files;
}
