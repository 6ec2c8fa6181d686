/**
 * Test helper: the one place the unit tests find and read the labelled corpus (../shared/corpus:
 * labels-*.jsonl and pages/*.html). Tests read it at run time and skip when it is absent, so no
 * article text is copied into the project.
 *
 * Set `INCIDENT_LENS_CORPUS` to use another corpus folder (a path, relative to the working
 * directory or absolute). Pointing it at a folder that does not exist checks that every corpus test
 * skips cleanly: `INCIDENT_LENS_CORPUS=/nonexistent npx vitest run test/unit`.
 *
 * Pages are read synchronously (happy-dom parses the HTML at the page's URL, then `readArticle`)
 * because several tests build their test tables from the pages at collection time;
 * scripts/analyze-page.ts reads the same way but asynchronously, for the CLI and the evaluation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { readArticle } from '../../engine/read/read-article';
import type { ArticleText, FactCategory } from '../../engine/types';

/** The corpus folder: `INCIDENT_LENS_CORPUS` when set, else ../shared/corpus beside the project. */
export const corpusDir = process.env.INCIDENT_LENS_CORPUS
  ? resolve(process.env.INCIDENT_LENS_CORPUS)
  : fileURLToPath(new URL('../../../shared/corpus', import.meta.url));

/** Whether the corpus folder exists; corpus tests use `describe.skipIf(!hasCorpus)`. */
export const hasCorpus = existsSync(corpusDir);

/** The development label files and the seed's, in the order most tests read them. */
export const LABEL_FILES = ['labels-en-dev.jsonl', 'labels-zh-dev.jsonl', 'labels-seed.jsonl'] as const;

/** One labelled fact (GUIDELINES.md): its category, accepted surface forms, and optional value/status. */
export interface LabelFact {
  cat: FactCategory;
  forms: string[];
  value?: string;
  status?: string;
}

/** One line of a labels-*.jsonl file. */
export interface CorpusLabel {
  id: string;
  /** Page path, relative to the corpus folder. */
  file: string;
  url: string;
  lang: string;
  /** `incident` or not. */
  label: string;
  title: string;
  site: string;
  published: string | null;
  facts: LabelFact[];
  not?: LabelFact[];
  ignore?: LabelFact[];
}

/**
 * The labels of `files` (default {@link LABEL_FILES}), in file then line order; none when the corpus
 * folder is absent, so a skipped describe reads nothing while its tests are collected. A missing
 * label file in a present corpus throws.
 */
export function readLabels(files: readonly string[] = LABEL_FILES): CorpusLabel[] {
  if (!hasCorpus) return [];
  return files.flatMap((name) =>
    readFileSync(resolve(corpusDir, name), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as CorpusLabel),
  );
}

/** The article of a page (`file` relative to the corpus folder, or absolute) read at its URL, or null when the page holds none. */
export function readCorpusPage(label: Pick<CorpusLabel, 'file' | 'url'>): ArticleText | null {
  const window = new Window({ url: label.url });
  try {
    window.document.write(readFileSync(resolve(corpusDir, label.file), 'utf8'));
    return readArticle(window.document as unknown as Document, label.url)?.article ?? null;
  } finally {
    // Close the window, or its timers keep the worker alive.
    void window.happyDOM.close();
  }
}
