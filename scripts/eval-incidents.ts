/**
 * Incident linking evaluation (issue 16): `npm run --silent eval-incidents`. Prints pairwise
 * precision and recall of "same incident" over the labelled pair set, then every pair it got wrong.
 */
import { evaluatePairs } from './incident-pairs';

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
