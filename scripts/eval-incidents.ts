/**
 * Incident linking evaluation (issue 16): `npm run --silent eval-incidents`. Prints pairwise
 * precision and recall of "same incident" over the labelled pair set, then every pair it got wrong.
 *
 * `npm run --silent eval-incidents -- --pool N` instead links the first N articles of the CASIE
 * silver pool (held out: no rule was written looking at them) and prints each incident with more
 * than one article, its titles and the silver-victim proxy's verdict per pair (scripts/incident-pool.ts).
 */
import { evaluatePairs } from './incident-pairs';
import { evaluatePool, poolAvailable } from './incident-pool';

async function pairSet(): Promise<void> {
  const scores = await evaluatePairs();
  const { pairs, skipped, truePositives, falsePositives, falseNegatives, precision, recall } = scores;
  const positives = pairs.filter((pair) => pair.same).length;
  process.stdout.write(
    `incident pairs: ${pairs.length} scored (${positives} same, ${pairs.length - positives} different), ${skipped} skipped (page not on this machine)\n` +
      `pairwise precision ${precision.toFixed(3)} (${truePositives}/${truePositives + falsePositives}), recall ${recall.toFixed(3)} (${truePositives}/${truePositives + falseNegatives}); false positives ${falsePositives}, false negatives ${falseNegatives}\n`,
  );
  for (const pair of pairs) {
    if (pair.same === pair.predicted) continue;
    process.stdout.write(`  ${pair.same ? 'missed' : 'wrongly joined'}: ${pair.a} ~ ${pair.b} (${pair.why})\n`);
    if (process.argv.includes('--explain')) for (const ref of [pair.a, pair.b]) process.stdout.write(`      ${ref}: ${scores.pages.get(ref)}\n`);
  }
}

async function pool(count: number): Promise<void> {
  if (!poolAvailable()) {
    process.stderr.write('eval-incidents: ../shared/corpus/pool/silver-en-casie.jsonl is not on this machine\n');
    process.exit(2);
  }
  const scores = await evaluatePool(count);
  const pairsOf = new Map<string, string>();
  for (const pair of scores.pairs) pairsOf.set(`${pair.a}|${pair.b}`, pair.verdict);
  for (const { incidentId, articles } of scores.multi) {
    process.stdout.write(`\nincident ${incidentId.slice(0, 8)} (${articles.length} articles)\n`);
    for (const article of articles) {
      process.stdout.write(`  ${article.published} ${article.id} [${article.silverLabel}] ${article.title}\n`);
      process.stdout.write(`      silver victims: ${article.silverVictims.join('; ') || '-'} | engine: ${article.engineVictim ?? '-'} | ${article.reasons.join('; ')}\n`);
    }
    const verdicts = scores.pairs.filter((pair) => articles.some((article) => article.id === pair.a));
    process.stdout.write(`  pairs: ${verdicts.map((pair) => pair.verdict).join(', ')}\n`);
  }
  const pairs = scores.pairs.length;
  process.stdout.write(
    `\nsilver pool: first ${scores.articles} articles (${scores.errors} not read, ${scores.sameAddress.length} at an address saved before and left out: ${scores.sameAddress.join(" ") || "-"}), ${scores.incidents} incidents, ${scores.multi.length} with more than one article, ${pairs} same-incident pairs\n` +
      `proxy: ${scores.agree} pairs share a silver victim, ${scores.disagree} name disjoint silver victims, ${scores.unknown} undecided; proxy precision ${scores.proxyPrecision.toFixed(3)} (agree / decided)\n`,
  );
}

const at = process.argv.indexOf('--pool');
if (at >= 0) {
  const count = Number(process.argv[at + 1]);
  if (!Number.isInteger(count) || count < 1) {
    process.stderr.write('usage: npm run --silent eval-incidents -- [--explain] [--pool N]\n');
    process.exit(2);
  }
  await pool(count);
} else {
  await pairSet();
}
