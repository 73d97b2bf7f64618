#!/usr/bin/env node
// Takes the README screenshots in a real editor (code-server + headless Chromium):
//   docs/screenshots/diagnostics.png  a seed article with its claimlint diagnostics in the Problems panel
//   docs/screenshots/hover.png        the hover on an unattributed claim (or on the first finding of --rule)
//
// Usage: node test/e2e/screenshots.mjs [--out DIR] [--vsix FILE] [--file NAME] [--rule ID] [--keep] [--verbose]
//   --out DIR    where to write the PNGs (default docs/screenshots)
//   --vsix FILE  show the packaged extension (installed from the .vsix) instead of the
//                repo root loaded as an Extension Development Host (needs `npm run build` first)
//   --file NAME  the seed to open (default: the first seeds/000_*.txt)
//   --rule ID    the rule whose first finding in that seed is hovered (default unattributed-claim)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { EditorSession, InfraError, REPO, log, reportFailure, until } from './run.mjs';

function parseArgs(argv) {
  const opts = { out: path.join(REPO, 'docs/screenshots'), vsix: null, file: null, rule: 'unattributed-claim', keep: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') opts.out = path.resolve(argv[++i]);
    else if (a === '--vsix') opts.vsix = path.resolve(argv[++i]);
    else if (a === '--file') opts.file = argv[++i];
    else if (a === '--rule') opts.rule = argv[++i];
    else if (a === '--keep') opts.keep = true;
    else if (a === '--verbose') opts.verbose = true;
    else throw new InfraError(`unknown argument: ${a}`);
  }
  return opts;
}

const seedsDir = path.join(REPO, 'seeds');

/** The first finding of `rule` in `file`, from the CLI run on the whole seeds folder. */
function firstFinding(file, rule) {
  const cli = path.join(REPO, 'dist/cli/claimlint.js');
  if (!fs.existsSync(cli)) throw new InfraError(`${cli} missing: run npm run build first`);
  let out;
  try {
    out = execFileSync(process.execPath, [cli, 'lint', '.', '--format', 'json'], { cwd: seedsDir, encoding: 'utf8' });
  } catch (e) {
    out = e.stdout; // exit 1 = findings with errors
  }
  const report = JSON.parse(out);
  const entry = report.files.find((f) => path.basename(f.path) === file);
  const claim = entry?.findings.find((f) => f.rule === rule);
  if (!claim) throw new InfraError(`the CLI reports no ${rule} in ${file}`);
  return claim;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const file = opts.file ?? fs.readdirSync(seedsDir).filter((f) => /^000_.*\.txt$/.test(f)).sort()[0];
  if (!file || !fs.existsSync(path.join(seedsDir, file))) throw new InfraError(`seed not found: ${file}`);
  const claim = firstFinding(file, opts.rule);

  const session = new EditorSession({
    workspaceFrom: seedsDir,
    vsix: opts.vsix,
    harness: false,
    extensionDevPath: opts.vsix ? null : REPO,
    keep: opts.keep,
    verbose: opts.verbose,
    viewport: { width: 1280, height: 800 },
    settings: {
      'editor.wordWrap': 'on',
      'editor.minimap.enabled': false,
      'workbench.colorTheme': 'Default Light Modern',
      'window.commandCenter': false,
      'workbench.layoutControl.enabled': false,
      'editor.hover.delay': 200,
      'breadcrumbs.enabled': false,
    },
  });
  try {
    await session.start();
    session.forwardConsole();
    await session.openWorkbench();
    const { page } = session;

    // Open the article from the Explorer, as a person would.
    const item = page.locator('.explorer-folders-view .monaco-list-row', { hasText: file });
    await item.waitFor({ timeout: 30000 });
    await item.click();
    await page.locator('.editor-instance .view-lines', { hasText: claim.text.slice(0, 20) }).waitFor({ timeout: 30000 });

    // Problems panel (Ctrl+Shift+M), then wait for claimlint's entries.
    await page.locator('.editor-instance .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+Shift+M');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'claimlint' }).first();
    try {
      await problem.waitFor({ timeout: 45000 });
    } catch {
      throw new InfraError('no claimlint diagnostic appeared in the Problems panel within 45 s');
    }
    // let the panel settle: wait until the number of problem rows stops changing
    let last = -1;
    await until('the Problems panel to settle', 20000, async () => {
      const n = await page.locator('.markers-panel .monaco-list-row').count();
      const stable = n === last;
      last = n;
      return stable && n > 0;
    }, 500);
    await page.mouse.move(5, 5);
    await session.screenshot(opts.out, 'diagnostics.png');

    // Hover the start of the first finding of the rule: with the mouse when it is near the top, as a person would;
    // further down (or far along a wrapped line), the cursor goes there (Go to Line "line:column") and the editor's
    // Show Hover command (Ctrl+K Ctrl+I) opens the hover at it.
    if (claim.line <= 12 && claim.column <= 100) {
      const lineNo = page.locator('.editor-instance .margin-view-overlays .line-numbers', { hasText: new RegExp(`^\\s*${claim.line}\\s*$`) }).first();
      const lineBox = await lineNo.boundingBox();
      const textBox = await page.locator('.editor-instance .view-lines').first().boundingBox();
      if (!lineBox || !textBox) throw new InfraError(`line ${claim.line} is not visible in the editor`);
      await page.mouse.move(textBox.x + 8 * Math.max(1, claim.column) + 20, lineBox.y + lineBox.height / 2);
    } else {
      await page.locator('.editor-instance .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.keyboard.type(`${claim.line}:${claim.column + 1}`);
      await page.keyboard.press('Enter');
      await page.mouse.move(5, 5);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
    }
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'claimlint' }).first();
    try {
      await hover.waitFor({ timeout: 15000 });
    } catch {
      throw new InfraError(`no claimlint hover appeared at line ${claim.line}`);
    }
    await until('the hover to finish rendering', 5000, async () => (await hover.innerText()).includes(opts.rule), 100);
    // wait for its fade-in animation to end
    await until('the hover to be opaque', 5000, () => hover.evaluate((el) => {
      const w = el.closest('.monaco-hover') ?? el;
      const running = w.getAnimations({ subtree: true }).some((a) => a.playState === 'running');
      let node = w;
      for (; node && node !== document.body; node = node.parentElement) if (getComputedStyle(node).opacity !== '1') return false;
      return !running;
    }), 100);
    await session.screenshot(opts.out, 'hover.png');
    log(`done after ${session.elapsed()}`);
  } catch (e) {
    await session.screenshot(path.join(REPO, 'screenshots-tmp'), 'screenshots-failure.png');
    throw e;
  } finally {
    await session.close();
  }
}

main().then(() => process.exit(0), reportFailure);
