// The W3C Nu HTML Checker (the npm package vnu-jar, a Java program) run once over folders of
// built pages. Java is looked for where a machine would have it; nothing is downloaded.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** vnu-jar's main module is the path of vnu.jar (a String object). */
const VNU_JAR = String(require('vnu-jar') as string);

export const JAVA_MISSING =
  'The HTML check needs Java 11 or newer, and none was found (JAVA_HOME, `java` on the PATH, ' +
  "or the runtime vnu-jar's install may have put in node_modules/.cache/vnu-jar/). Install one: " +
  'Debian/Ubuntu `apt-get install default-jre-headless`; macOS `brew install openjdk`; ' +
  'Windows a JDK or JRE 11+ on the PATH. Or set JAVA_HOME.';

/** The java executable to run: JAVA_HOME's, else the PATH's, else the one vnu-jar's postinstall
 * may have unpacked (it downloads one only where no Java was found, and only if it can). */
export function findJava(): string | null {
  const exe = process.platform === 'win32' ? 'java.exe' : 'java';
  const home = process.env.JAVA_HOME;
  if (home && existsSync(join(home, 'bin', exe))) return join(home, 'bin', exe);
  if (!spawnSync('java', ['-version'], { stdio: 'ignore' }).error) return 'java';
  // Its own lookup of that runtime, so the path follows the package's version of it.
  const downloader = require('vnu-jar/vnu-java-downloader.js') as { findCachedJava(): string | null };
  return downloader.findCachedJava();
}

/** One message of the checker's JSON output (https://github.com/validator/validator/wiki/Output-»-JSON). */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  extract?: string;
}

/**
 * Checks every HTML file below each folder in one Java process (its start-up costs more than a
 * page), errors only. The checker writes its JSON report to standard error and exits 1 when it
 * found errors, so the exit code alone says nothing; a report that is not JSON (Java too old, the
 * jar unreadable) is thrown as it is. Run asynchronously, so the test runner's own timers go on.
 */
export async function checkHtml(java: string, folders: string[], timeoutMs: number): Promise<NuMessage[]> {
  // --no-langdetect: guessing each page's language only ever gives a warning, which
  // --errors-only drops; skipping it saves time.
  const options = ['--format', 'json', '--errors-only', '--no-langdetect', '--skip-non-html'];
  const child = spawn(java, ['-jar', VNU_JAR, ...options, ...folders], {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
  });
  let output = '';
  let report = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (report += chunk));
  const status = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  if (child.killed) throw new Error(`The Nu checker took more than ${timeoutMs / 1000} s and was stopped.`);
  try {
    return (JSON.parse(report) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`The Nu checker gave no JSON report (exit ${status}):\n${report}${output}`);
  }
}

/**
 * Messages the checker gives about valid modern HTML, each with why. Matched by the whole
 * message, so any other error in the same place still fails.
 * - Container queries (CSS Containment Level 3, in every current browser): the CSS validator the
 *   checker uses for <style> does not know them yet (w3c/css-validator#422 and #474). Astro
 *   inlines small component styles, the timeline's and the map's among them.
 */
const FALSE_POSITIVES: ReadonlySet<string> = new Set([
  ...['container-type', 'container-name', 'container'].map(
    (property) => `CSS: “${property}”: Property “${property}” doesn't exist.`,
  ),
  'CSS: Unrecognized at-rule “@container”',
]);

export function isFalsePositive(message: NuMessage): boolean {
  return message.type === 'error' && FALSE_POSITIVES.has(message.message);
}

/** "web/ar/index.html:12:40: message": the file named by the label of the folder it is in. */
export function formatMessage(message: NuMessage, folders: Record<string, string>): string {
  let file = message.url ?? '';
  if (file.startsWith('file:')) {
    const path = fileURLToPath(file);
    const inside = (dir: string) => !relative(dir, path).startsWith('..') && !isAbsolute(relative(dir, path));
    const [label, folder] = Object.entries(folders).find(([, dir]) => inside(dir)) ?? ['', ''];
    file = label ? `${label}/${relative(folder, path).split(sep).join('/')}` : path;
  }
  const line = message.lastLine ?? message.firstLine;
  const where = line === undefined ? file : `${file}:${line}:${message.firstColumn ?? message.lastColumn ?? 0}`;
  return `${where}: ${message.subType === 'fatal' ? '(fatal) ' : ''}${message.message}`;
}
