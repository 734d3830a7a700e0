// Prints the metrics of font files as integrations/lib/fonts/local-fonts.ts records them, to add a
// fallback font or to refresh the table after the Arabic sample changed:
//   npm run font-metrics -- latin /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf
//   npm run font-metrics -- arabic /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf …
import { readFileSync } from 'node:fs';
import { readFontMetrics, type Script } from '../integrations/lib/fonts/metrics.ts';
import { ARABIC_SAMPLE_FILE } from '../integrations/lib/fonts/local-fonts.ts';

const [script, ...files] = process.argv.slice(2);
if ((script !== 'latin' && script !== 'arabic') || files.length === 0) {
  console.error('usage: npm run font-metrics -- latin|arabic <font file>…');
  process.exit(2);
}
const sample = readFileSync(ARABIC_SAMPLE_FILE, 'utf8');
for (const file of files) {
  const metrics = await readFontMetrics(file, script as Script, sample);
  const averageWidth = Number(metrics.averageWidth.toFixed(2));
  console.log(`${file}\n  ${JSON.stringify({ ...metrics, averageWidth }).replace(/"(\w+)":/g, '$1: ')}`);
}
