/**
 * Ad-hoc report on the web development set: the per-field table, then every document's failing fields with
 * what was expected and what the parser gave.
 *   npx tsx test/shared/parser/webCorpusReport.ts            all 40
 *   npx tsx test/shared/parser/webCorpusReport.ts web_07 09  some (the prefix may be left off)
 *   add --all to list passing fields too; --dir PATH reads another set labelled the same way (names in full)
 */
import { scoreLabelledSet, setFromArgs } from './webCorpusData';
import { formatFieldTable } from './webCorpusScore';

const { set, rest: args } = setFromArgs(process.argv.slice(2));
const showAll = args.includes('--all');
const wanted = args.filter((a) => a !== '--all').map((a) => (/^\d+$/.test(a) ? `web_${a.padStart(2, '0')}` : a));
const names = wanted.length ? set.names.filter((n) => wanted.includes(n)) : set.names;

const score = scoreLabelledSet(set, names);
const show = (v: unknown): string => JSON.stringify(v, null, 0);
for (const doc of score.documents) {
  const shown = doc.fields.filter((f) => showAll || f.score < 1);
  if (shown.length === 0) continue;
  console.log(`\n== ${doc.name}  ${doc.score.toFixed(3)}`);
  for (const f of shown) {
    console.log(`  ${f.field} ${f.score.toFixed(2)}`);
    if (f.field === 'clauses') {
      console.log(`    want:\n      ${(f.expected as string[]).join('\n      ')}`);
      console.log(`    got:\n      ${(f.actual as string[]).join('\n      ')}`);
    } else {
      console.log(`    want: ${show(f.expected)}\n    got:  ${show(f.actual)}`);
    }
  }
}
console.log(`\n${formatFieldTable(score)}`);
