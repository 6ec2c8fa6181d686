import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { readArticle } from '../engine/read/read-article';
const [file, url] = process.argv.slice(2);
const w = new Window({ url });
w.document.write(readFileSync(file, 'utf8'));
const r = readArticle(w.document as unknown as Document, url);
console.log(JSON.stringify({ ...r?.article, text: undefined }, null, 1));
console.log(r?.article.text);
// check map
for (const seg of r!.map.segments) { const t = r!.map.text.slice(seg.start, seg.end); const d = seg.nodeOffsets ? null : seg.node.data.slice(seg.nodeStart, seg.nodeStart + t.length); if (d !== null && d !== t) console.log('MISMATCH', JSON.stringify(t), JSON.stringify(d)); }
