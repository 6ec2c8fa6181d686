/**
 * Test helper: the labelled corpus as documents with their article text (read through ../corpus,
 * which finds the folder — see `INCIDENT_LENS_CORPUS` there), and the scoring of one extractor's
 * facts against the labels. Used by the extractor tests' corpus measurements, which skip when the
 * corpus folder is absent.
 */
import type { FactExtractor } from '../../../engine/facts/extractor';
import type { Fact, FactCategory } from '../../../engine/types';
import { readCorpusPage, readLabels, type LabelFact } from '../corpus';

export { corpusDir, hasCorpus } from '../corpus';

/** One labelled document with its article text. */
export interface CorpusDoc {
  id: string;
  lang: string;
  /** `incident` or not. */
  label: string;
  text: string;
  facts: LabelFact[];
  not: LabelFact[];
  ignore: LabelFact[];
}

let cache: CorpusDoc[] | null = null;

/** Every labelled document whose page reads, in label-file order (read once per test file). */
export function loadCorpus(): CorpusDoc[] {
  if (cache) return cache;
  const docs: CorpusDoc[] = [];
  for (const label of readLabels(['labels-seed.jsonl', 'labels-en-dev.jsonl', 'labels-zh-dev.jsonl'])) {
    const article = readCorpusPage(label);
    if (!article) continue;
    docs.push({
      id: label.id,
      lang: label.lang,
      label: label.label,
      text: article.text,
      facts: label.facts ?? [],
      not: label.not ?? [],
      ignore: label.ignore ?? [],
    });
  }
  cache = docs;
  return docs;
}

/** Whether a predicted mention matches a label form (equal, containing or contained, any case). */
export function matchesForm(predicted: string, forms: readonly string[]): boolean {
  const p = predicted.toLowerCase();
  return forms.some((f) => {
    const form = f.toLowerCase();
    return p === form || p.includes(form) || form.includes(p);
  });
}

/** Label match of the brief: equal, containing or contained (any case), the shorter ≥ 60% of the longer. */
export function matchesLabel(predicted: string, forms: readonly string[]): boolean {
  const p = predicted.toLowerCase();
  return forms.some((f) => {
    const form = f.toLowerCase();
    const [short, long] = p.length <= form.length ? [p, form] : [form, p];
    return long.includes(short) && short.length >= 0.6 * long.length;
  });
}

/** Recall and precision of one category, per language, with the misses for reporting. */
export interface CategoryScore {
  lang: string;
  expected: number;
  found: number;
  predicted: number;
  correct: number;
  recall: number;
  precision: number;
  notHits: string[];
  misses: string[];
  wrong: string[];
}

/** Runs `extractor` over the corpus and scores `category` per language. */
export function scoreCategory(extractor: FactExtractor, category: FactCategory, docs: readonly CorpusDoc[]): CategoryScore[] {
  const byLang = new Map<string, CategoryScore>();
  for (const doc of docs) {
    const lang = doc.lang;
    const score =
      byLang.get(lang) ??
      { lang, expected: 0, found: 0, predicted: 0, correct: 0, recall: 1, precision: 1, notHits: [], misses: [], wrong: [] };
    byLang.set(lang, score);
    const facts: Fact[] = extractor
      .extract({ text: doc.text, lang, published: null, refDate: new Date(Date.UTC(2024, 0, 1)), excluded: [] })
      .filter((f) => f.category === category);
    for (const label of doc.facts.filter((f) => f.cat === category)) {
      score.expected++;
      if (facts.some((f) => matchesForm(f.text, label.forms))) score.found++;
      else score.misses.push(`${doc.id}: ${label.forms.join('|')}`);
    }
    for (const fact of facts) {
      if (doc.not.some((n) => n.cat === category && matchesForm(fact.text, n.forms))) {
        score.notHits.push(`${doc.id}: ${fact.text}`);
      }
      if (doc.ignore.some((n) => n.cat === category && matchesForm(fact.text, n.forms))) continue;
      score.predicted++;
      if (doc.facts.some((l) => l.cat === category && matchesForm(fact.text, l.forms))) score.correct++;
      else score.wrong.push(`${doc.id}: ${fact.text}`);
    }
  }
  for (const s of byLang.values()) {
    s.recall = s.expected ? s.found / s.expected : 1;
    s.precision = s.predicted ? s.correct / s.predicted : 1;
  }
  return [...byLang.values()].sort((a, b) => a.lang.localeCompare(b.lang));
}

/** Recall over labelled mentions and precision over distinct predicted mentions, by the brief's label match. */
export interface MentionScore {
  docs: number;
  expected: number;
  found: number;
  /** Found labels whose predicted `status` attribute equals the label's. */
  statusRight: number;
  predicted: number;
  correct: number;
  notHits: string[];
  misses: string[];
}

/**
 * Scores the `category` facts `extract` gives on the incident articles of `lang` (organisations and
 * services are only reported for incidents): each label found by `matchesLabel`, each distinct
 * predicted mention counted once, and every predicted mention equal to a `not` form reported.
 */
export function scoreIncidentMentions(
  docs: readonly CorpusDoc[],
  lang: string,
  category: FactCategory,
  extract: (text: string, lang: string) => readonly Fact[],
): MentionScore {
  const incidents = docs.filter((d) => d.lang === lang && d.label === 'incident');
  const score: MentionScore = { docs: incidents.length, expected: 0, found: 0, statusRight: 0, predicted: 0, correct: 0, notHits: [], misses: [] };
  for (const doc of incidents) {
    const facts = extract(doc.text, lang);
    const labels = doc.facts.filter((f) => f.cat === category);
    for (const label of labels) {
      score.expected++;
      const hit = facts.find((f) => matchesLabel(f.text, label.forms));
      if (!hit) {
        score.misses.push(`${doc.id}: ${label.forms[0]}`);
        continue;
      }
      score.found++;
      if (hit.attrs?.status === label.status) score.statusRight++;
    }
    const texts = new Set(facts.map((f) => f.text.toLowerCase()));
    for (const t of texts) {
      score.predicted++;
      if (labels.some((l) => matchesLabel(t, l.forms))) score.correct++;
    }
    for (const n of doc.not.filter((x) => x.cat === category)) {
      for (const form of n.forms) if (texts.has(form.toLowerCase())) score.notHits.push(`${doc.id}: ${form}`);
    }
  }
  return score;
}
