/**
 * Scoring for the evaluation (eval.ts), the way corpus labels are written (corpus/GUIDELINES.md):
 *
 * - A form matches a predicted text when they are equal ignoring case and surrounding space, or
 *   when one contains the other and the shorter is at least 60% of the longer's length
 *   ("Royal Mail" ~ "Royal Mail's"; "NCSC" does not match "英国国家网络安全中心（NCSC）").
 * - A labelled fact is found when a predicted fact of its category matches any of its forms;
 *   dates must also have the labelled ISO `value` (a right word resolved to a wrong day is a miss).
 * - Dates are matched by value (GUIDELINES.md): with the value equal, a predicted date matches a
 *   form that contains it or that it contains, whatever the lengths. Labellers write a date's
 *   form with its context ("in 2003", "Tuesday evening", "11月的访问量"); the predicted "2003" or
 *   "Tuesday" with the labelled value is that same mention, and the 60% rule (written for names,
 *   where "NCSC" must not match "英国国家网络安全中心（NCSC）") would count it as both a miss and
 *   a wrong fact.
 * - A predicted fact is correct when it matches a labelled fact. A predicted fact matching an
 *   `ignore` entry of its category (and no labelled fact) is neither right nor wrong: it is not
 *   counted for precision, in any category.
 * - A `not` violation is a predicted fact matching a `not` form of its category; dates only by
 *   equal text, since "2022年" (not a fact) is legitimately part of "2022年11月".
 * - Silver labels (pool/silver-en-casie.jsonl) carry victims only: a victim is found by the same
 *   form rule, reported as organization or agency; recall is also given over named victims.
 * - Unlabelled articles are not scored, only summarised (share judged incidents, facts per article).
 */
import { FACT_CATEGORIES, type Analysis, type Fact, type FactCategory } from '../engine/types';

/** One labelled mention: any of `forms` counts. */
export interface LabelledFact {
  cat: FactCategory;
  forms: string[];
  value?: string;
  status?: string;
}

/** One line of a labels-*.jsonl file (the fields the evaluation uses). */
export interface LabelledDocument {
  id: string;
  file: string;
  url: string;
  lang: string;
  label: 'incident' | 'not-incident';
  kinds: string[];
  facts: LabelledFact[];
  not?: LabelledFact[];
  ignore?: LabelledFact[];
}

/** Minimum length ratio of the shorter to the longer string for containment to count. */
export const CONTAINMENT_RATIO = 0.6;

/** Whether predicted text and a labelled form match (equality or ≥60% containment, case-insensitive). */
export function formMatches(predicted: string, form: string): boolean {
  // Any run of white space is one space: a label keeps the page's no-break space ("Starwood\u00a0Hotels"), the reader does not.
  const a = predicted.replace(/\s+/g, ' ').trim().toLowerCase();
  const b = form.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!a || !b) return false;
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.includes(shorter) && shorter.length >= CONTAINMENT_RATIO * longer.length;
}

/** Whether predicted text and a labelled form overlap as one contains the other (case-insensitive). */
export function formContains(predicted: string, form: string): boolean {
  const a = predicted.trim().toLowerCase();
  const b = form.trim().toLowerCase();
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

/**
 * Whether a predicted fact matches a labelled one: same category and a matching form; a date
 * with a labelled value needs that value and then only containment of a form (dates by value).
 */
export function factMatches(fact: Fact, label: LabelledFact): boolean {
  if (fact.category !== label.cat) return false;
  if (label.cat === 'date' && label.value !== undefined) {
    return fact.value === label.value && label.forms.some((form) => formContains(fact.text, form));
  }
  return label.forms.some((form) => formMatches(fact.text, form));
}

/**
 * GUIDELINES.md: a government body hit by the incident is labelled under `organization` and `agency`,
 * and one mention reported under either category finds both. So a fact of the other category finds
 * the label when the document labels that body (a shared form) under both.
 */
export function foundAsGovernmentBody(fact: Fact, label: LabelledFact, labels: readonly LabelledFact[]): boolean {
  const other = label.cat === 'organization' ? 'agency' : label.cat === 'agency' ? 'organization' : null;
  if (other === null || fact.category !== other) return false;
  const both = labels.some((l) => l.cat === other && l.forms.some((form) => label.forms.includes(form)));
  return both && label.forms.some((form) => formMatches(fact.text, form));
}

/** Whether a predicted fact is one the labels say must not be reported. */
export function violatesNot(fact: Fact, label: LabelledFact): boolean {
  if (fact.category !== label.cat) return false;
  if (fact.category === 'date') {
    return label.forms.some((form) => form.trim().toLowerCase() === fact.text.trim().toLowerCase());
  }
  return label.forms.some((form) => formMatches(fact.text, form));
}

/** Counts for one category in one document (or summed over many). */
export interface CategoryScore {
  /** Labelled facts, and how many of them were found. */
  labelled: number;
  found: number;
  /** Predicted facts counted for precision, and how many of them were correct. */
  predicted: number;
  correct: number;
}

/** The score of one document. */
export interface DocumentScore {
  id: string;
  lang: string;
  gold: boolean;
  predicted: boolean;
  score: number;
  goldKinds: string[];
  predictedKinds: string[];
  categories: Partial<Record<FactCategory, CategoryScore>>;
  missed: { cat: FactCategory; forms: string[]; value?: string }[];
  wrong: { cat: FactCategory; text: string; value: string }[];
  violations: { cat: FactCategory; text: string }[];
}

/** Scores one analysis against its labels. */
export function scoreDocument(doc: LabelledDocument, analysis: Analysis): DocumentScore {
  const categories: Partial<Record<FactCategory, CategoryScore>> = {};
  const entry = (cat: FactCategory) => (categories[cat] ??= { labelled: 0, found: 0, predicted: 0, correct: 0 });
  const missed: DocumentScore['missed'] = [];
  const wrong: DocumentScore['wrong'] = [];
  const violations: DocumentScore['violations'] = [];
  const ignore = doc.ignore ?? [];

  for (const label of doc.facts) {
    const c = entry(label.cat);
    c.labelled++;
    if (analysis.facts.some((fact) => factMatches(fact, label) || foundAsGovernmentBody(fact, label, doc.facts))) c.found++;
    else missed.push({ cat: label.cat, forms: label.forms, value: label.value });
  }
  for (const fact of analysis.facts) {
    const isLabelled = doc.facts.some((label) => factMatches(fact, label));
    // `ignore` entries are matched by form only: a byline date is ignored whatever its value.
    const isIgnored = ignore.some((label) => label.cat === fact.category && label.forms.some((f) => formMatches(fact.text, f)));
    if (!isLabelled && isIgnored) continue;
    const c = entry(fact.category);
    c.predicted++;
    if (isLabelled) c.correct++;
    else wrong.push({ cat: fact.category, text: fact.text, value: fact.value });
  }
  for (const label of doc.not ?? []) {
    for (const fact of analysis.facts) {
      if (violatesNot(fact, label)) violations.push({ cat: fact.category, text: fact.text });
    }
  }
  return {
    id: doc.id,
    lang: doc.lang,
    gold: doc.label === 'incident',
    predicted: analysis.incident.isIncident,
    score: analysis.incident.score,
    goldKinds: doc.label === 'incident' ? doc.kinds : [],
    predictedKinds: analysis.incident.kinds,
    categories,
    missed,
    wrong,
    violations,
  };
}

/** Detection counts and their precision, recall and F1. */
export interface DetectionScore {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Incident-detection precision, recall and F1 over documents (1 when there is nothing to get wrong). */
export function scoreDetection(docs: readonly Pick<DocumentScore, 'gold' | 'predicted'>[]): DetectionScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const d of docs) {
    if (d.gold && d.predicted) tp++;
    else if (d.gold) fn++;
    else if (d.predicted) fp++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, tn, precision, recall, f1 };
}

/** Incident kinds over documents both labelled and detected as incidents, micro-averaged. */
export function scoreKinds(docs: readonly DocumentScore[]): { labelled: number; found: number; predicted: number; correct: number } {
  const k = { labelled: 0, found: 0, predicted: 0, correct: 0 };
  for (const d of docs) {
    if (!d.gold || !d.predicted) continue;
    k.labelled += d.goldKinds.length;
    k.found += d.goldKinds.filter((kind) => d.predictedKinds.includes(kind)).length;
    k.predicted += d.predictedKinds.length;
    k.correct += d.predictedKinds.filter((kind) => d.goldKinds.includes(kind)).length;
  }
  return k;
}

/** Sums per-category counts over documents. */
export function sumCategories(docs: readonly DocumentScore[]): Partial<Record<FactCategory, CategoryScore>> {
  const total: Partial<Record<FactCategory, CategoryScore>> = {};
  for (const d of docs) {
    for (const [cat, c] of Object.entries(d.categories) as [FactCategory, CategoryScore][]) {
      const t = (total[cat] ??= { labelled: 0, found: 0, predicted: 0, correct: 0 });
      t.labelled += c.labelled;
      t.found += c.found;
      t.predicted += c.predicted;
      t.correct += c.correct;
    }
  }
  return total;
}

/** A leading article of a CASIE span ("the IRS", "The university"): GUIDELINES.md names a victim without it. */
const LEADING_ARTICLE = /^(?:the|a|an)\s+(?=\S)/iu;

/**
 * Whether a silver victim form is a name rather than a description: after a leading article, it
 * starts with an upper-case letter or holds a digit ("CPS", "Radisson Rewards", "7-Eleven", "the IRS"),
 * unlike "luxury hotels", "the school district" or "The university" (capitalised only as a sentence's
 * first word). CASIE marks descriptions as victims too; this split lets the report show recall over
 * the names an extractor can be expected to find.
 */
export function isNamedForm(form: string): boolean {
  const text = form.trim().replace(LEADING_ARTICLE, '');
  return /^\p{Lu}/u.test(text) || /\p{Nd}/u.test(text);
}

/** One line of silver-en-casie.jsonl (the fields the evaluation uses): only victims are labelled. */
export interface SilverDocument {
  id: string;
  file: string;
  url: string;
  label: 'incident' | 'not-incident';
  facts: LabelledFact[];
}

/**
 * Victim counts over silver labels: all labelled victims, and those named by {@link isNamedForm}.
 * `found` and `namedFound` match a victim as GUIDELINES.md names it ({@link guidelineNames}: "Payday
 * loan firm Wonga" is found by "Wonga", "the IRS" by "IRS"); `spanFound` only by CASIE's spans as they
 * stand, descriptor and article included, for comparison with figures measured before that rule.
 */
export interface VictimScore {
  labelled: number;
  found: number;
  namedLabelled: number;
  namedFound: number;
  spanFound: number;
}

/**
 * A silver form as GUIDELINES.md writes it: without a leading article ("the IRS" → "IRS"; only where
 * a name follows, so "the school district" gives nothing), without a trailing bracketed aside ("Norfolk
 * County (norfolkcounty.ca)") and, after lower-case descriptor words, the capitalised name that ends it
 * ("Indiana hospital Hancock Health" → "Hancock Health", "the company Landauer" → "Landauer"), also after where it
 * is based ("Indiana-based Hancock Health" → "Hancock Health") and after a lower-case kind and "of" ("the Canadian town
 * of Midland" → "Midland"; "City of Atlanta" is a name), before the people who speak for it ("Bristol Airport
 * authorities" → "Bristol Airport") or its own sites ("NATO headquarters" → "NATO"), and after a place's possessive
 * ("Northern Ireland’s Ulster University" → "Ulster University"); any other form ending in a lower-case word has no name.
 */
export function guidelineNames(form: string): string[] {
  const bare = form.replace(/\s*[(（][^)）]*[)）]?\s*$/u, '').trim();
  const names = bare && bare !== form.trim() ? [bare] : [];
  const unarticled = bare.replace(LEADING_ARTICLE, '');
  if (unarticled !== bare && /^[\p{Lu}\p{Nd}]/u.test(unarticled)) names.push(unarticled);
  // The last lower-case word is a descriptor, not a connector inside a name ("City of Atlanta").
  const described = /^(?:\S+\s)*?(?!(?:of|de|del|la|le|van|von|der|du|the|and|for|on|at|in|upon)\s)\p{Ll}[\p{L}-]*\s(\p{Lu}[\p{L}\p{N}.’'&-]*(?:\s\p{Lu}[\p{L}\p{N}.’'&-]*)*)$/u.exec(unarticled);
  if (described) names.push(described[1]);
  // "Indiana-based Hancock Health", "the US-based PGA": where a name is based is a descriptor too.
  const based = /^(?:\p{Lu}[\p{L}.]* ){0,2}\p{Lu}[\p{L}.]*-based (\p{Lu}[\p{L}\p{N}.’'&-]*(?:\s\p{Lu}[\p{L}\p{N}.’'&-]*)*)$/u.exec(unarticled);
  if (based) names.push(based[1]);
  // "the Canadian town of Midland", "The city of North Bend": a lower-case kind before "of" describes the place named after it
  // (a name capitalises its kind: "City of Atlanta").
  const kindOf = /^(?:\S+\s)*?(?:town|city|village|county|municipality|borough|township|province|district) of (\p{Lu}[\p{L}\p{N}.’'&-]*(?:\s\p{Lu}[\p{L}\p{N}.’'&-]*)*)$/u.exec(unarticled);
  if (kindOf) names.push(kindOf[1]);
  // "Bristol Airport authorities", "Atlanta city officials": the people who speak for a named body name it.
  // Two words at least: one capitalised word before them is as often the sentence's first ("Local authorities").
  const people = /^(\p{Lu}[\p{L}\p{N}.’'&-]*(?:\s(?:of\s)?\p{Lu}[\p{L}\p{N}.’'&-]*)+) (?:authorities|officials)$/u.exec(unarticled);
  if (people) names.push(people[1]);
  // "Northern Ireland’s Ulster University": a place's possessive before a name is a descriptor as well. Two capitalised words
  // at least after it: one is as often the owner's business ("Aunt Dora’s Marketplace").
  const possessed = /^(?:\p{Lu}[\p{L}.]*\s)*\p{Lu}[\p{L}.]*['’]s (\p{Lu}[\p{L}\p{N}.’'&-]*(?:\s(?:of\s|for\s)?\p{Lu}[\p{L}\p{N}.’'&-]*)+)$/u.exec(unarticled);
  if (possessed) names.push(possessed[1]);
  // "NATO headquarters", "GameStop retail stores": a name before the words for its own sites names the organisation, as the
  // people who speak for it do; not a kind of organisation after a place ("Atlanta airport", "Long Island companies"). One
  // word must be more than a capitalised first word ("Several offices"): an acronym or a word with a capital inside.
  const sites = /^(\p{Lu}[\p{L}\p{N}.’'&-]*(?:\s(?:of\s)?\p{Lu}[\p{L}\p{N}.’'&-]*)*) (?:headquarters|head office|offices|(?:retail )?stores|shops|factories|plants|warehouses)$/u.exec(unarticled);
  if (sites && (/\s/u.test(sites[1]) || /^\p{Lu}[\p{L}\p{N}]*\p{Lu}/u.test(sites[1]))) names.push(sites[1]);
  return names;
}

/** The score of one silver document. */
export interface SilverScore {
  id: string;
  gold: boolean;
  predicted: boolean;
  score: number;
  victims: VictimScore;
  missed: string[][];
  /**
   * Organisations the engine reports that match no silver victim (by a form or its GUIDELINES.md
   * name), on an article labelled and judged an incident; each text once. The numerator of the
   * silver victim precision proxy: CASIE misses some true victims, so read it as a direction.
   */
  unmatched: string[];
  /** Distinct organisation texts reported on an article labelled and judged an incident (the proxy's denominator). */
  reported: number;
}

/**
 * Scores one analysis against silver labels. A victim is found when a predicted organization or
 * agency matches one of its forms, or one of their names by GUIDELINES.md ({@link guidelineNames}), by
 * the dev set's rule ({@link formMatches}): GUIDELINES.md counts a government victim under either
 * category, and CASIE does not tell the two apart. A victim is "named" when any of its forms is.
 */
export function scoreSilverDocument(doc: SilverDocument, analysis: Analysis): SilverScore {
  const victims: VictimScore = { labelled: 0, found: 0, namedLabelled: 0, namedFound: 0, spanFound: 0 };
  const missed: string[][] = [];
  const candidates = analysis.facts.filter((f) => f.category === 'organization' || f.category === 'agency');
  for (const label of doc.facts) {
    if (label.cat !== 'organization') continue;
    const named = label.forms.some(isNamedForm);
    const spanFound = candidates.some((fact) => label.forms.some((form) => formMatches(fact.text, form)));
    const found = spanFound || candidates.some((fact) => label.forms.flatMap(guidelineNames).some((name) => formMatches(fact.text, name)));
    victims.labelled++;
    if (named) victims.namedLabelled++;
    if (spanFound) victims.spanFound++;
    if (found) {
      victims.found++;
      if (named) victims.namedFound++;
    } else {
      missed.push(label.forms);
    }
  }
  // The precision proxy: only where both say incident, since a negative's organisations have no victims to match.
  const reportedTexts: string[] = [];
  if (doc.label === 'incident' && analysis.incident.isIncident) {
    const seen = new Set<string>();
    for (const f of analysis.facts) {
      const key = f.text.trim().toLowerCase();
      if (f.category !== 'organization' || seen.has(key)) continue;
      seen.add(key);
      reportedTexts.push(f.text.trim());
    }
  }
  const victimNames = doc.facts.filter((l) => l.cat === 'organization').flatMap((l) => [...l.forms, ...l.forms.flatMap(guidelineNames)]);
  const unmatched = reportedTexts.filter((text) => !victimNames.some((name) => formMatches(text, name)));
  return {
    id: doc.id,
    gold: doc.label === 'incident',
    predicted: analysis.incident.isIncident,
    score: analysis.incident.score,
    victims,
    missed,
    unmatched,
    reported: reportedTexts.length,
  };
}

/** Sums victim counts over silver documents. */
export function sumVictims(docs: readonly SilverScore[]): VictimScore {
  const total: VictimScore = { labelled: 0, found: 0, namedLabelled: 0, namedFound: 0, spanFound: 0 };
  for (const d of docs) {
    total.labelled += d.victims.labelled;
    total.found += d.victims.found;
    total.namedLabelled += d.victims.namedLabelled;
    total.namedFound += d.victims.namedFound;
    total.spanFound += d.victims.spanFound;
  }
  return total;
}

/**
 * The silver victim precision proxy over documents: organisations reported on articles labelled and
 * judged incidents, and how many of them match a silver victim. Not a precision: CASIE leaves out some
 * true victims (and GUIDELINES.md lets background victims be reported), so it shows a direction.
 */
export function sumVictimPrecisionProxy(docs: readonly Pick<SilverScore, 'unmatched' | 'reported'>[]): { reported: number; matched: number } {
  let reported = 0;
  let unmatched = 0;
  for (const d of docs) {
    reported += d.reported;
    unmatched += d.unmatched.length;
  }
  return { reported, matched: reported - unmatched };
}

/** What the engine reports on unlabelled articles: how many it judges incidents, and facts per article. */
export interface PoolSummary {
  documents: number;
  incidents: number;
  /** Mean facts per article, per category (every category present, 0 when none). */
  meanFacts: Record<FactCategory, number>;
}

/**
 * Summarises analyses of unlabelled articles. With no labels there is nothing to score; the summary
 * shows drift instead: a change that makes every page an incident, or floods pages with facts of one
 * category, moves these figures even when the labelled sets do not notice.
 */
export function summarizePool(analyses: readonly Pick<Analysis, 'incident' | 'facts'>[]): PoolSummary {
  const totals = Object.fromEntries(FACT_CATEGORIES.map((cat) => [cat, 0])) as Record<FactCategory, number>;
  let incidents = 0;
  for (const a of analyses) {
    if (a.incident.isIncident) incidents++;
    for (const fact of a.facts) totals[fact.category]++;
  }
  const n = analyses.length;
  const meanFacts = Object.fromEntries(FACT_CATEGORIES.map((cat) => [cat, n === 0 ? 0 : totals[cat] / n])) as Record<FactCategory, number>;
  return { documents: n, incidents, meanFacts };
}
