/**
 * What the actor and malware extractors share: both packed matchers (loaded once, on first use),
 * the listed names of one role, and the names found by their structure
 * (threat-name-structure.ts) that no list holds.
 */
import type { Fact } from '../types';
import type { ExtractContext } from '../facts/extractor';
import { ACTOR_MATCHER_INDEX } from './indexes/actors-matcher.generated';
import { MALWARE_MATCHER_INDEX } from './indexes/malware-matcher.generated';
import { selectLeftmostLongest } from './span-selection';
import { overlapsAnySpan } from '../text-spans';
import type { ThreatRole } from './group-or-malware';
import { extractThreatFacts, findThreatHits, isInsideUrl, loadPackedThreatMatcher, type ThreatMatcher } from './threat-matcher';
import { findAliasAfter, findStructuredThreatNames } from './threat-name-structure';

let actors: ThreatMatcher | null = null;
let malware: ThreatMatcher | null = null;

function matchers(): { actor: ThreatMatcher; malware: ThreatMatcher } {
  actors ??= loadPackedThreatMatcher(ACTOR_MATCHER_INDEX);
  malware ??= loadPackedThreatMatcher(MALWARE_MATCHER_INDEX);
  return { actor: actors, malware };
}

/** Whether [start, end) overlaps a span of `spans` (sorted by start). */
function overlapsSorted(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length && spans[i].start < end; i++) if (spans[i].end > start) return true;
  return false;
}

/**
 * Names of `role` found by their structure, where neither list names the mention: a listed name
 * keeps its list's id and its list's decision (gang or ransomware), even when a head word says
 * otherwise ("the Emotet gang" stays the malware Emotet).
 */
function structuredFacts(ctx: ExtractContext, role: ThreatRole, known: ThreatMatcher[]): Fact[] {
  const names = findStructuredThreatNames(ctx.text);
  if (names.length === 0) return [];
  // Each list's hits are in text order and do not overlap one another.
  const listed = known.map((m) => findThreatHits(m, ctx.text));
  const facts: Fact[] = [];
  for (const n of names) {
    if (n.role !== role) continue;
    if (listed.some((hits) => overlapsSorted(hits, n.start, n.end))) continue;
    if (overlapsAnySpan(ctx.excluded, n) || isInsideUrl(ctx.text, n.start, n.end)) continue;
    const text = ctx.text.slice(n.start, n.end);
    facts.push({ category: role, text, start: n.start, end: n.end, value: text, attrs: { zh: text, found: n.rule } });
  }
  return facts;
}

/**
 * The aliases given right after facts ("Mispadu（又名 URSA）"): same role, when no list names them
 * and no other fact holds them.
 */
function aliasFacts(ctx: ExtractContext, facts: readonly Fact[], role: ThreatRole, known: ThreatMatcher[]): Fact[] {
  const listed = known.map((m) => findThreatHits(m, ctx.text));
  const out: Fact[] = [];
  for (const f of facts) {
    const alias = findAliasAfter(ctx.text, f.end);
    if (!alias || listed.some((hits) => overlapsSorted(hits, alias.start, alias.end))) continue;
    if (overlapsAnySpan(ctx.excluded, alias) || isInsideUrl(ctx.text, alias.start, alias.end)) continue;
    const text = ctx.text.slice(alias.start, alias.end);
    out.push({ category: role, text, start: alias.start, end: alias.end, value: text, attrs: { zh: text, found: 'alias' } });
  }
  return out;
}

/** The facts of `role`: listed names first, then names found by their structure, then their aliases. */
export function findThreatFacts(ctx: ExtractContext, role: ThreatRole, extra: readonly Fact[] = []): Fact[] {
  const m = matchers();
  const own = role === 'actor' ? m.actor : m.malware;
  const facts = selectLeftmostLongest([...extractThreatFacts(ctx, own, role), ...extra, ...structuredFacts(ctx, role, [m.actor, m.malware])]);
  const aliases = aliasFacts(ctx, facts, role, [m.actor, m.malware]);
  return aliases.length ? selectLeftmostLongest([...facts, ...aliases]) : facts;
}
