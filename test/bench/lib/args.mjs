// Command-line options of a benchmark script: node's parseArgs, with `--help` (`-h`) printing the
// script's own usage (the first `lines` lines of its header comment) and an unknown or malformed
// option printing what is wrong, with exit status 2.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * The options' values (`parseArgs({ options }).values`). `script` is the calling module's
 * `import.meta.url`; `name` prefixes error messages ("bench:contradiction"); `lines` is how many
 * header lines `--help` prints at most (the usage and the options, not the method notes after them).
 */
export function benchOptions(script, name, options, lines = 30) {
  let values;
  try {
    ({ values } = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h', default: false } } }));
  } catch (e) {
    process.stderr.write(`${name}: ${e.message} (see --help)\n`);
    process.exit(2);
  }
  if (values.help) {
    const head = [];
    for (const line of fs.readFileSync(fileURLToPath(script), 'utf8').split('\n').slice(1, 1 + lines)) {
      if (!line.startsWith('//')) break;
      head.push(line.replace(/^\/\/ ?/, ''));
    }
    process.stdout.write(head.join('\n') + '\n');
    process.exit(0);
  }
  return values;
}
