/**
 * Derives the compact threat-actor and malware gazetteers from the MISP galaxy clusters
 * (shared/data/misp-galaxy, CC0 / BSD-2-Clause) and writes them, committed, to
 * engine/data/threat-actors.generated.ts and engine/data/malware.generated.ts.
 *
 *   apt-get install wamerican   # the English word list used to drop common-word names
 *   npx tsx scripts/build-threat-data.ts [--galaxy ../shared/data/misp-galaxy] [--words /usr/share/dict/words]
 *
 * Actors: threat-actor.json, mitre-intrusion-set.json, microsoft-activity-group.json, 360net.json
 * (Chinese APT names). Malware and tools: malpedia.json, ransomware.json, tool.json.
 * Descriptions and everything else are dropped; names are filtered for precision (a false
 * highlight annoys analysts): too short, detection-engine names ("Trojan.Win32.X"), single common
 * English words ("Agent", "Chrome", "Hive") and generic tech words go. Hand-curated Chinese names,
 * extra aliases and the group/ransomware double names live in the supplements
 * (engine/data/threat-actors-supplement.ts, engine/data/malware-supplement.ts), merged at run time.
 *
 * Merging: sources are read in priority order; a cluster joins the entry that already holds its
 * primary name, else the first entry holding one of its synonyms, else starts a new entry. An
 * alias is kept only by the first entry that claims it, so aliases are unique.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Cluster {
  value: string;
  meta?: { synonyms?: string[] };
}

interface Entry {
  /** Index of the source that created the entry. */
  source: number;
  en: string[];
  zh: string[];
  /** Aliases that match only in their exact case (multi-word common-word names, acronyms). */
  cs: string[];
  /** Names reported only next to a word like "ransomware" (entries known only to ransomware.json). */
  cx: string[];
}

const args = process.argv.slice(2);
function option(name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

const root = resolve(import.meta.dirname, '..');
const galaxyDir = resolve(option('--galaxy', join(root, '../shared/data/misp-galaxy')));
const wordsPath = option('--words', '/usr/share/dict/words');
if (!existsSync(wordsPath)) {
  console.error(`No word list at ${wordsPath}: apt-get install wamerican, or pass --words FILE.`);
  process.exit(1);
}
const galaxyCommit = readFileSync(join(galaxyDir, 'COMMIT'), 'utf8').trim();
const dictionary = new Set(
  readFileSync(wordsPath, 'utf8')
    .split('\n')
    .map((w) => w.trim().toLowerCase().replace(/'s$/, ''))
    .filter(Boolean),
);

/** Technology and product words that families are named after but that mostly mean the product. */
const GENERIC = new Set(
  (
    'android windows linux macos ios chrome firefox office outlook java python golang rust powershell ' +
    'agent client server update updater loader stealer backdoor trojan ransomware malware crypto cryptor ' +
    'locker bitcoin wallet bank banker miner botnet worm virus spyware rat shell webshell exploit kit ' +
    'telegram discord whatsapp zoom teams skype slack steam dropbox google microsoft apple amazon facebook ' +
    'twitter github docker kubernetes wordpress joomla drupal vmware citrix fortinet cisco oracle sap ' +
    'netcat ngrok tor vpn ssh rdp smb ftp http https dns email mail admin root system service ' +
    'anonymous hacker hackers team group crew gang unknown generic test demo sample cobalt ' +
    // Kinds of malware and tools written as one word: a report's "keylogger" or "Downloader" is
    // the kind, not the family that Malpedia happens to call so.
    'keylogger downloader uploader dropper injector crypter cryptor decryptor encryptor patcher renamer ' +
    'screenshotter coinminer clickfraud dataleak reverseshell getshell lockscreen netscan autorun grabber ' +
    'clipper rootkit bootkit implant payload beacon spammer infostealer ' +
    // Languages, scripting hosts and file formats that payloads are written in or packed as.
    'vbscript jscript javascript typescript autoit autohotkey vba hta lnk msi dll exe pdf html php asp aspx ' +
    'jsp perl ruby lua delphi nim batch cmd bat shellcode ' +
    // Products, protocols and algorithms that MISP lists as some family's name.
    'zimbra freshdesk foxmail symbian cylance gdrive zlib mailto schtasks sihost spectre rijndael'
  ).split(' '),
);

/** Security vendors and companies that MISP lists as some cluster's synonym or ransomware name. */
const COMPANIES = new Set(
  (
    'qianxin|qi an xin|palo alto|palo alto networks|kaspersky|eset|symantec|mcafee|sophos|crowdstrike|mandiant|' +
    'fireeye|trend micro|trendmicro|check point|checkpoint|proofpoint|sentinelone|talos|unit 42|secureworks|' +
    'recorded future|cybereason|bitdefender|avast|qihoo|tencent|baidu|alibaba|huawei|gazprom|bluesky|systemd|' +
    'android|iphone|whatsapp|instagram|youtube|netflix|paypal|binance|coinbase|0day|zeroday|zero day'
  ).split('|'),
);

/** A name as a lookup key: lower case, letters and digits only. */
function key(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function isHan(s: string): boolean {
  return /\p{Script=Han}/u.test(s);
}

function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  return dictionary.has(w) || dictionary.has(w.replace(/s$/, '')) || GENERIC.has(w);
}

/** Whether a Latin name is precise enough to highlight; null drops it, 'cs' keeps it case-sensitive. */
function judgeLatin(name: string): 'ok' | 'cs' | null {
  if (name.length < 4) return null;
  if (/`|\$\{/.test(name)) return null; // the generated file holds the data in a template literal
  if (COMPANIES.has(name.toLowerCase())) return null;
  if (/[@:\\"]|^(backdoor|trojan|gen|win32|win64|heur|troj|w32|pua|ransom|worm|hacktool|riskware|exploit)[./:]/i.test(name)) return null;
  if (/^[\d\W]+$/u.test(name)) return null;
  // MITRE ATT&CK ids (G0007, S0154) are catalogue numbers, not names used in news.
  if (/^[GS]\d{4}$/.test(name)) return null;
  const words = name.split(/[\s_-]+/).filter(Boolean);
  if (words.length === 1) {
    // A generic word stays one in any case ("KeyLogger", "DownLoader", "CoinMiner").
    if (GENERIC.has(name.toLowerCase())) return null;
    // "LockBit", "TrickBot", "APT29", "Emotet": camel case, digits or not a word are fine.
    if (/\d/.test(name) || /\p{Ll}\p{Lu}/u.test(name)) return isAcronymLike(name) ? 'cs' : 'ok';
    if (isCommonWord(name)) return null;
    return isAcronymLike(name) ? 'cs' : 'ok';
  }
  // "Group 3", "Team 5": a common word and a small number names nothing.
  if (words.length === 2 && isCommonWord(words[0]) && /^\d{1,2}$/.test(words[1])) return null;
  if (words.every((w) => isCommonWord(w) || /^\d+$/.test(w))) {
    // "Fancy Bear", "Cold River": fine as a capitalised proper name, not as ordinary words.
    return /\p{Lu}/u.test(name) ? 'cs' : null;
  }
  return 'ok';
}

function isAcronymLike(name: string): boolean {
  return name.length <= 6 && /[A-Z]/.test(name) && !/[a-z]/.test(name);
}

/** Splits MISP's run-together synonym strings ("Turla, Waterbug", "APT37（Reaper）"). */
function splitNames(raw: string): string[] {
  // "NoName057(16)": digits in brackets right after the name are part of it, not a gloss.
  if (/^[^\s(（]+[(（]\d+[)）]$/.test(raw.trim())) return [raw.trim()];
  return raw
    .split(/\s*[,;，、]\s*|\s*[（(]\s*|\s*[)）]\s*/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

function load(file: string): Cluster[] {
  return (JSON.parse(readFileSync(join(galaxyDir, file), 'utf8')) as { values: Cluster[] }).values;
}

interface Judged {
  name: string;
  cs: boolean;
}

class Builder {
  readonly entries: Entry[] = [];
  /** Keys of names that are some cluster's own name (not only a synonym). */
  readonly primaries = new Set<string>();
  private readonly owner = new Map<string, Entry>();
  private source = 0;
  private queue: { primary: string; kept: Judged[]; preferPrimary: boolean }[] = [];
  constructor(private readonly prefix: string) {}

  /** Queues one cluster of the current source: `primary` names it, `others` are synonyms. */
  add(primary: string, others: string[], preferPrimary = false): void {
    const kept: Judged[] = [];
    for (const name of [primary, ...others].flatMap(splitNames)) {
      if (isHan(name)) {
        if (name.length >= 2 && !/行动|攻击/.test(name)) kept.push({ name, cs: false });
        continue;
      }
      if (/^unidentified\b/i.test(name)) continue; // Malpedia's placeholders ("Unidentified 103")
      let verdict = judgeLatin(name);
      // MITRE's own group names ("Patchwork", "Machete") are proper names even when they are
      // also English words: kept, but only when capitalised in the text.
      if (!verdict && preferPrimary && name === primary && name.length >= 5 && /^\p{Lu}/u.test(name)) verdict = 'cs';
      if (verdict) kept.push({ name, cs: verdict === 'cs' });
    }
    if (kept.length > 0) this.queue.push({ primary: splitNames(primary)[0] ?? primary, kept, preferPrimary });
  }

  /**
   * Merges the queued source: primaries first, so a cluster's own name beats another cluster's
   * synonym in the same source (the "Lazarus Group" cluster keeps its name even though APT38
   * lists it as a synonym).
   */
  endSource(): void {
    const placed: Entry[] = [];
    for (const { primary, kept, preferPrimary } of this.queue) {
      // Join by the primary name (any alias of an earlier source's entry), or by a synonym that
      // is an entry's canonical name; clusters that merely share a synonym ("Grizzly Steppe" for
      // both APT28 and APT29) stay apart.
      let entry =
        this.owner.get(key(primary)) ??
        kept
          .map((k) => this.owner.get(key(k.name)))
          .find((e) => e && e.source < this.source && kept.some((k) => key(k.name) === key(e.en[0])));
      if (!entry) {
        const first = kept.find((k) => !isHan(k.name));
        if (!first) {
          placed.push(null as unknown as Entry);
          continue;
        }
        entry = { en: [], zh: [], cs: [], cx: [], source: this.source };
        this.entries.push(entry);
      }
      placed.push(entry);
      const lead = kept.find((k) => key(k.name) === key(primary)) ?? kept.find((k) => !isHan(k.name))!;
      const leadOwner = this.owner.get(key(lead.name));
      if (!leadOwner || (leadOwner === entry && !entry.en.some((n) => n.toLowerCase() === lead.name.toLowerCase()))) {
        this.claim(entry, lead);
      }
      // Only replace a vendor code name in capitals ("QUILTED TIGER"): MITRE's "APT38" joins the
      // "Lazarus Group" entry, which must keep its name.
      if (preferPrimary && !isHan(lead.name) && entry.en[0] && /\s/.test(entry.en[0]) && !/\p{Ll}/u.test(entry.en[0])) {
        const i = entry.en.findIndex((n) => key(n) === key(lead.name));
        if (i > 0) entry.en.unshift(...entry.en.splice(i, 1));
      }
      if (key(lead.name) === key(primary)) this.primaries.add(key(lead.name));
    }
    this.queue.forEach(({ kept }, i) => {
      const entry = placed[i];
      if (!entry) return;
      for (const k of kept) {
        const owner = this.owner.get(key(k.name));
        // Spelling variants of one name ("Ocean Lotus", "OceanLotus") all match text, so keep each.
        const variant = owner === entry && ![...entry.en, ...entry.zh].some((n) => n.toLowerCase() === k.name.toLowerCase());
        if (!owner || variant) this.claim(entry, k);
      }
    });
    this.queue = [];
    this.source++;
  }

  /** Marks every name of the entries the last source created as needing context. */
  markLastSourceContextOnly(): void {
    for (const e of this.entries) if (e.source === this.source - 1) e.cx = [...e.en];
  }

  /** Removes an alias (kept by the other gazetteer); entries left without English names vanish. */
  drop(name: string): void {
    const entry = this.owner.get(key(name));
    if (!entry) return;
    entry.en = entry.en.filter((n) => key(n) !== key(name));
    entry.cs = entry.cs.filter((n) => key(n) !== key(name));
    entry.cx = entry.cx.filter((n) => key(n) !== key(name));
    if (entry.en.length === 0) entry.zh = [];
    this.owner.delete(key(name));
  }

  has(name: string): boolean {
    return this.owner.has(key(name));
  }

  names(): string[] {
    return this.entries.flatMap((e) => e.en);
  }

  private claim(entry: Entry, { name, cs }: Judged): void {
    this.owner.set(key(name), entry);
    (isHan(name) ? entry.zh : entry.en).push(name);
    if (cs) entry.cs.push(name);
  }
}

const actors = new Builder('actor');
for (const c of load('threat-actor.json')) actors.add(c.value, c.meta?.synonyms ?? []);
actors.endSource();
for (const c of load('mitre-intrusion-set.json')) actors.add(c.value.replace(/\s+-\s+G\d+$/, ''), c.meta?.synonyms ?? [], true);
actors.endSource();
for (const c of load('microsoft-activity-group.json')) actors.add(c.value, c.meta?.synonyms ?? []);
actors.endSource();
for (const c of load('360net.json')) {
  // "海莲花 - APT-C-00": Chinese (or English) name, then 360's APT-C number.
  const [name, code] = c.value.split(/\s+-\s+/);
  const synonyms = (c.meta?.synonyms ?? []).filter((s) => !/行动|Operation/.test(s));
  if (isHan(name)) actors.add(synonyms[0] ?? code ?? name, [name, ...(code ? [code] : []), ...synonyms.slice(1)]);
  else actors.add(name, [...(code ? [code] : []), ...synonyms]);
}
actors.endSource();

const malware = new Builder('malware');
for (const c of load('malpedia.json')) malware.add(c.value, c.meta?.synonyms ?? []);
malware.endSource();
for (const c of load('ransomware.json')) {
  // "Vortex Ransomware", "Nhtnwcuf Ransomware (Fake)": the family name without the suffixes.
  if (/\(fake\)/i.test(c.value)) continue;
  const name = c.value.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+ransomware\s*$/i, '').trim();
  malware.add(name, (c.meta?.synonyms ?? []).map((s) => s.replace(/\s+ransomware\s*$/i, '')));
}
malware.endSource();
// ransomware.json lists thousands of samples named after whatever their note said ("Gazprom",
// "Android", "Systemd"): a family known only there is reported only as "<name> ransomware".
malware.markLastSourceContextOnly();
for (const c of load('tool.json')) malware.add(c.value, c.meta?.synonyms ?? []);
malware.endSource();

// A name in both lists belongs to the list where it is a cluster's own name: MISP's actor
// synonyms are often their malware (Sandworm's "BlackEnergy"), Malpedia lists groups' names
// (FIN8) as synonyms of families. Names that are both (group and ransomware of one name) stay
// in both; the extractors decide per mention (engine/gazetteer/group-or-malware.ts).
for (const name of actors.names()) {
  if (!malware.has(name)) continue;
  const actorOwn = actors.primaries.has(key(name));
  const malwareOwn = malware.primaries.has(key(name));
  if (malwareOwn && !actorOwn) actors.drop(name);
  else if (actorOwn && !malwareOwn) malware.drop(name);
}

function render(name: string, exportName: string, entries: Entry[], what: string): string {
  const ids = new Set<string>();
  const lines = entries
    .filter((e) => e.en.length > 0)
    .map((e) => {
      let id = slug(e.en[0]);
      for (let n = 2; ids.has(id); n++) id = `${slug(e.en[0])}-${n}`;
      ids.add(id);
      const item: Record<string, unknown> = { i: id, en: e.en };
      if (e.zh.length) item.zh = e.zh;
      // Case-sensitive names as indices into en, to keep the shipped file small.
      if (e.cs.length) item.cs = e.cs.map((n) => e.en.indexOf(n));
      if (e.cx.length) item.cx = e.cx.length === e.en.length ? 1 : e.cx.map((n) => e.en.indexOf(n));
      return JSON.stringify(item) + ',';
    });
  // The data is a JSON string, not an array literal: parsing JSON is faster than evaluating
  // thousands of object literals, and the type checker does not have to infer their types.
  const body = `[\n${lines.join('\n').replace(/,$/, '')}\n]`;
  return `/**
 * ${what}, GENERATED by scripts/build-threat-data.ts — do not edit; change the script or
 * the supplement instead. Source: MISP galaxy clusters (shared/data/misp-galaxy, commit
 * ${galaxyCommit}), dual-licensed CC0 1.0 / BSD-2-Clause. ${lines.length} entries.
 * Fields: i = id after the "${name}:" prefix, en/zh = names, cs = indices of en names that must be
 * capitalised, cx = indices of en names (1: all) reported only next to a word like "ransomware".
 */
import type { CompactThreatEntry } from '../gazetteer/threat-entry';

/** ${what} derived from MISP. */
export const ${exportName}: readonly CompactThreatEntry[] = JSON.parse(String.raw\`${body}\`);
`;
}

const dataDir = join(root, 'engine/data');
writeFileSync(join(dataDir, 'threat-actors.generated.ts'), render('actor', 'GENERATED_ACTORS', actors.entries, 'Threat actors'));
writeFileSync(join(dataDir, 'malware.generated.ts'), render('malware', 'GENERATED_MALWARE', malware.entries, 'Malware families and tools'));
console.log(`actors: ${actors.entries.length}, malware: ${malware.entries.length}`);
