// Fails fast, with what to do, when npm scripts run under a Node older than Astro 7 needs.
// `npm ci` installs Node 24 from npm as an optional dependency on Linux x64 and ARM, Intel macOS
// and Windows x64 (node_modules/.bin/node, which `npm run` puts first on the PATH). Where npm has
// no such build (Apple Silicon, Windows ARM), the machine's own Node must be 22.12 or newer.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node >= 22.12, but npm ran Node ${process.versions.node} (${process.platform} ${process.arch}).\n` +
      'On Linux x64 or ARM, Intel macOS and Windows x64, `npm ci` installs Node 24 into node_modules/.bin: run it first,\n' +
      'and keep optional dependencies (no --omit=optional): the Node 24 package is one.\n' +
      'On Apple Silicon or Windows ARM, install Node 22.12 or newer yourself (nodejs.org, Homebrew `brew install node`,\n' +
      'or a version manager such as nvm or fnm), then run `npm ci` again.',
  );
  process.exit(1);
}
