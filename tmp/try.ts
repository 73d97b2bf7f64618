import { ClaimEngine, LineIndex } from '../server/src/engine';
import * as fs from 'fs';
const e = new ClaimEngine();
for (const f of process.argv.slice(2)) {
  const text = fs.readFileSync(f, 'utf8');
  e.set({ uri: f, text, format: f.endsWith('.md') ? 'markdown' : 'plaintext' });
  const li = new LineIndex(text);
  const a = e.analysis(f)!;
  for (const s of a.sentences) {
    const att = s.attribution;
    const tag = s.role !== 'body' ? `[${s.role}]` : att ? `[${att.how}:${att.cue.kind}:${att.cue.text}|${att.cue.source?.text ?? '-'}→${att.cue.source?.resolved ?? '-'}${att.cue.source?.vague ? ' VAGUE' : ''}]` : s.claim?.claim ? `[CLAIM ${s.claim.strength}]` : `[not claim: ${s.claim?.reasons}]`;
    console.log(`${li.positionAt(s.span.start).line + 1}: ${tag} ${text.slice(s.span.start, s.span.end).slice(0, 90)}`);
  }
  for (const f2 of e.lint(f)) console.log(`  ${f2.severity} ${f2.rule} ${li.positionAt(f2.range.start).line + 1}: ${f2.message}`);
}
