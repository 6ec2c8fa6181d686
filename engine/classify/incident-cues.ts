/**
 * The classifier's cue lexicons (cues-en.json, cues-zh.json) compiled once into regexes.
 * The lexicons are data: add a cue there, not here. Both lexicons are applied to every article,
 * because Chinese security news quotes English terms (DDoS, ransomware) and vice versa.
 */
import cuesEn from './cues-en.json';
import cuesZh from './cues-zh.json';
// Named imports, so the bundle keeps the two fields the classifier reads and drops the file's note.
import { requirements as generatedRequirements, sourceChars as generatedSourceChars } from './cue-requirements.generated.json';

/** One compiled cue: its regex and what every match contains (cue-anchor.ts; none: always run). */
export interface CuePattern {
  readonly regex: RegExp;
  /** Sets of lower-cased literals; a match holds one literal of every set. */
  requirements: readonly (readonly string[])[];
}

/** One compiled cue group: what it signals and the patterns that signal it. */
export interface CueGroup {
  /** Incident kind (ransomware, breach, …) or near-miss type (vulnerability, product, …). */
  id: string;
  /** Language of the lexicon the group comes from. */
  lang: string;
  /** Shown to users when the cue decides the verdict. */
  reason: string;
  patterns: readonly CuePattern[];
}

/** All cues of one kind of evidence, over both languages. */
export interface IncidentCues {
  kinds: readonly CueGroup[];
  events: readonly CueGroup[];
  /**
   * Event cues read in headlines only: the headline's present tense ("hackers drain accounts",
   * "attackers use a flaw to steal data") reports a past event, while the same words in a body
   * describe what attackers generally do.
   */
  titleEvents: readonly CueGroup[];
  nearMiss: readonly CueGroup[];
  titleNearMiss: readonly CueGroup[];
  /**
   * Named outbreaks (WannaCry, NotPetya), read in headlines only, by the kind they are: the name is
   * the incident, so a follow-up on it (an attribution, a lawsuit, an expert's view) is about a
   * known victim set even when the headline names no attack word.
   */
  outbreaks: readonly CueGroup[];
  /**
   * Headline near misses that hold only when the article names no victim: a warning to the public,
   * a wave of attacks on counted or unnamed systems, a kit for sale, apps found stealing.
   */
  titleUnnamedVictims: readonly CueGroup[];
  /** A headline that describes one victim ("Logistics firm hit …", "a school district"): a victim, though unnamed. */
  titleSingleVictim: readonly CuePattern[];
  /** A lead in which one victim speaks or acts ("the bank said", "the district confirmed"). */
  leadSingleVictim: readonly CuePattern[];
  /**
   * Advice addressed to the reader ("if you receive", "do not click", "be wary of"): a warning
   * about a threat speaks to its possible victims, a report of an attack about the one it hit.
   */
  readerAdvice: readonly CuePattern[];
  security: readonly CuePattern[];
}

interface CueFile {
  lang: string;
  kinds: { kind: string; reason: string; patterns: string[] }[];
  events: { reason: string; patterns: string[] };
  titleEvents: { reason: string; patterns: string[] };
  nearMiss: { type: string; reason: string; patterns: string[] }[];
  titleNearMiss: { type: string; reason: string; patterns: string[] }[];
  outbreaks?: { kind: string; reason: string; patterns: string[] }[];
  titleUnnamedVictims?: { type: string; reason: string; patterns: string[] }[];
  titleSingleVictim?: { reason: string; patterns: string[] };
  leadSingleVictim?: { reason: string; patterns: string[] };
  readerAdvice?: { reason: string; patterns: string[] };
  security: string[];
}

const FILES: readonly CueFile[] = [cuesEn, cuesZh];

/**
 * One cue. Its regex is constructed on first use: most cues never run on a page (their
 * requirements are not in the text), and constructing all ~360 regexes (now ~580) cost a fresh page's screen
 * ~0.5 ms. Case-insensitive, not in Unicode mode: the cues need none of its syntax, and measured
 * in V8 a `giu` regex runs 5–6× slower than the same `gi` one (Unicode case folding).
 */
class Cue implements CuePattern {
  #regex: RegExp | null = null;

  constructor(
    private readonly source: string,
    readonly requirements: readonly (readonly string[])[],
  ) {}

  get regex(): RegExp {
    return (this.#regex ??= new RegExp(this.source, 'gi'));
  }
}

function compile(sources: readonly string[]): CuePattern[] {
  const requirements = requirementsBySource();
  return sources.map((source) => new Cue(source, requirements.get(source) ?? []));
}

let requirementsMap: Map<string, readonly (readonly string[])[]> | null = null;

/**
 * Each cue's requirements (cue-anchor.ts), precomputed at build time by
 * scripts/build-cue-requirements.ts: derived on every page they cost 2–5 ms. The file lists them in
 * the order of {@link allCueSources}, without the sources (they are in the lexicons; keyed by source
 * or by a hash per cue, the file was a third or a tenth of the content script's gzip size). It
 * holds one entry per source and records their total length: after an edit without a
 * rebuild that changes either, every cue always runs (slower, never wrong); a unit test compares
 * the whole file with the lexicons. (A hash of all sources cost the page ~3 ms to check.) Each
 * cue's requirements are one string ({@link encodeRequirements}): as nested arrays they were a
 * tenth more of the content script's gzip size.
 */
function requirementsBySource(): Map<string, readonly (readonly string[])[]> {
  return (requirementsMap ??= requirementsOfFile(allCueSources(), { sourceChars: generatedSourceChars, requirements: generatedRequirements }));
}

/** The generated file's shape: per cue, its requirements encoded by {@link encodeRequirements}. */
export interface CueRequirementsFile {
  sourceChars: number;
  requirements: readonly string[];
}

/** Separators of the encoded requirements: no cue literal holds them (encodeRequirements checks). */
const ALL_OF = '&';
const ONE_OF = '|';

/**
 * One cue's requirements as one string: its sets joined by `&`, each set's literals by `|`
 * (`[["ransom "], ["note", "payment"]]` → `"ransom &note|payment"`; none → `""`). Throws for a
 * literal holding a separator, so the build script cannot write a file that decodes wrongly.
 */
export function encodeRequirements(requirements: readonly (readonly string[])[]): string {
  for (const literal of requirements.flat()) {
    if (literal === '' || literal.includes(ALL_OF) || literal.includes(ONE_OF)) throw new Error(`cue literal cannot be encoded: ${JSON.stringify(literal)}`);
  }
  return requirements.map((set) => set.join(ONE_OF)).join(ALL_OF);
}

/** The requirements {@link encodeRequirements} encoded. */
export function decodeRequirements(encoded: string): string[][] {
  return encoded === '' ? [] : encoded.split(ALL_OF).map((set) => set.split(ONE_OF));
}

/** The total length of `sources`, the generated file's check that it was written for them. */
export function totalLength(sources: readonly string[]): number {
  let chars = 0;
  for (const source of sources) chars += source.length;
  return chars;
}

/** Requirements by source from a generated file written for `sources`; none when it was written for other sources. */
export function requirementsOfFile(sources: readonly string[], file: CueRequirementsFile): Map<string, readonly (readonly string[])[]> {
  const fresh = file.requirements.length === sources.length && file.sourceChars === totalLength(sources);
  return new Map(fresh ? sources.map((source, i) => [source, decodeRequirements(file.requirements[i])]) : []);
}

/** Every cue source of both lexicons, in file order (for the build script and tests). */
export function allCueSources(): string[] {
  return FILES.flatMap((f) => [
    ...f.kinds.flatMap((k) => k.patterns),
    ...f.events.patterns,
    ...f.titleEvents.patterns,
    ...f.nearMiss.flatMap((n) => n.patterns),
    ...f.titleNearMiss.flatMap((n) => n.patterns),
    ...(f.outbreaks ?? []).flatMap((o) => o.patterns),
    ...(f.titleUnnamedVictims ?? []).flatMap((n) => n.patterns),
    ...(f.titleSingleVictim?.patterns ?? []),
    ...(f.leadSingleVictim?.patterns ?? []),
    ...(f.readerAdvice?.patterns ?? []),
    ...f.security,
  ]);
}

function groups(pick: (f: CueFile) => { id: string; reason: string; patterns: string[] }[]): CueGroup[] {
  return FILES.flatMap((file) =>
    pick(file).map((g) => ({ id: g.id, lang: file.lang, reason: g.reason, patterns: compile(g.patterns) })),
  );
}

let compiled: IncidentCues | null = null;

/**
 * The compiled cues of every language; groups with the same id (one per language) add up. Built
 * on first use, not at load: the content script bundles the classifier for its screen, and pages
 * its cue-word screen rules out should not pay for constructing ~580 regexes.
 */
export function incidentCues(): IncidentCues {
  compiled ??= {
    kinds: groups((f) => f.kinds.map((k) => ({ id: k.kind, reason: k.reason, patterns: k.patterns }))),
    events: groups((f) => [{ id: 'event', reason: f.events.reason, patterns: f.events.patterns }]),
    titleEvents: groups((f) => [{ id: 'event', reason: f.titleEvents.reason, patterns: f.titleEvents.patterns }]),
    nearMiss: groups((f) => f.nearMiss.map((n) => ({ id: n.type, reason: n.reason, patterns: n.patterns }))),
    titleNearMiss: groups((f) => f.titleNearMiss.map((n) => ({ id: n.type, reason: n.reason, patterns: n.patterns }))),
    outbreaks: groups((f) => (f.outbreaks ?? []).map((o) => ({ id: o.kind, reason: o.reason, patterns: o.patterns }))),
    titleUnnamedVictims: groups((f) => (f.titleUnnamedVictims ?? []).map((n) => ({ id: n.type, reason: n.reason, patterns: n.patterns }))),
    titleSingleVictim: compile(FILES.flatMap((f) => f.titleSingleVictim?.patterns ?? [])),
    leadSingleVictim: compile(FILES.flatMap((f) => f.leadSingleVictim?.patterns ?? [])),
    readerAdvice: compile(FILES.flatMap((f) => f.readerAdvice?.patterns ?? [])),
    security: compile(FILES.flatMap((f) => f.security)),
  };
  return compiled;
}
