import { readFileSync } from 'node:fs';
import { readPageArticle } from './analyze-page';
import { organizationExtractor } from '../engine/facts/organization-extractor';
import { findExcludedZones } from '../engine/facts/find-excluded-zones';
const ids = process.argv.slice(2);
const labels = readFileSync('/work/wt/victims2/test/corpus/labels-zh-pool.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
for (const id of ids) {
  const doc = labels.find((d: any) => d.id === id);
  const html = readFileSync(`/work/shared/corpus/pool/${doc.file}`, 'utf8');
  const article = await readPageArticle(html, doc.url);
  if (!article) { console.log(id, 'no article'); continue; }
  const text = article.text;
  const facts = organizationExtractor.extract({ text, title: article.title, lang: 'zh', published: doc.published, refDate: new Date(), excluded: findExcludedZones(text) });
  console.log(`\n=== ${id} title: ${article.title}`);
  const found = new Map<string, string>();
  for (const f of facts) found.set(f.text, String((f.attrs as any)?.evidence ?? ''));
  for (const [t, e] of found) console.log(`  FOUND ${t}  [${e}]`);
  for (const fact of doc.facts.filter((f: any) => f.cat === 'organization')) {
    const hit = fact.forms.some((form: string) => [...found.keys()].some((k) => k.toLowerCase().includes(form.toLowerCase()) || form.toLowerCase().includes(k.toLowerCase())));
    if (hit) continue;
    console.log(`  MISSED ${fact.forms.join(' / ')}`);
    for (const form of fact.forms) {
      let i = text.indexOf(form); let n = 0;
      while (i >= 0 && n < 3) { console.log(`     …${text.slice(Math.max(0, i - 60), i + form.length + 60).replace(/\n/g, '⏎')}…`); i = text.indexOf(form, i + 1); n++; }
      if (n) break;
    }
  }
}
