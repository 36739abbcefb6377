/**
 * Ad-hoc report on the web development set glued onto few lines (see glueVariants.ts): per variant, the
 * per-field table and how many documents are read fully; with document names, their failing fields.
 *   npx tsx test/shared/parser/gluedReport.ts                      tables for every variant
 *   npx tsx test/shared/parser/gluedReport.ts "run together" 07 09  one variant, failing fields of some documents
 *   --dir PATH reads another set labelled the same way (names in full)
 */
import { GLUE_VARIANTS } from './glueVariants';
import { scoreLabelledSet, setFromArgs } from './webCorpusData';
import { formatFieldTable } from './webCorpusScore';

const { set, rest: args } = setFromArgs(process.argv.slice(2));
const ALL = [{ name: 'as printed', glue: (text: string) => text }, ...GLUE_VARIANTS];
const variants = ALL.filter((v) => args.length === 0 || args.includes(v.name));
const wanted = args.filter((a) => !ALL.some((v) => v.name === a)).map((a) => (/^\d+$/.test(a) ? `web_${a.padStart(2, '0')}` : a));
const show = (v: unknown): string => JSON.stringify(v, null, 0);

for (const variant of variants) {
  const names = wanted.length ? set.names.filter((n) => wanted.includes(n)) : set.names;
  const score = scoreLabelledSet(set, names, variant.glue);
  if (wanted.length) {
    for (const doc of score.documents) {
      console.log(`\n== ${doc.name}  ${doc.score.toFixed(3)}`);
      for (const f of doc.fields.filter((x) => x.score < 1)) {
        console.log(`  ${f.field} ${f.score.toFixed(2)}`);
        if (f.field === 'clauses') {
          console.log(`    want:\n      ${(f.expected as string[]).join('\n      ')}`);
          console.log(`    got:\n      ${(f.actual as string[]).join('\n      ')}`);
        } else console.log(`    want: ${show(f.expected)}\n    got:  ${show(f.actual)}`);
      }
    }
  }
  const full = score.documents.filter((d) => d.score >= 0.999).length;
  const worst = [...score.documents].sort((a, b) => a.score - b.score).slice(0, 8);
  console.log(`\n## ${variant.name}: ${full}/${score.documents.length} read fully`);
  console.log(formatFieldTable(score));
  console.log(`worst: ${worst.map((d) => `${d.name} ${d.score.toFixed(2)}`).join(', ')}`);
}
