/** Temporary folders of one benchmark run, removed together when it ends. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new temporary folder named `incident-lens-bench-<purpose>-…`, removed by `removeTempDirs`. */
export function makeTempDir(purpose: string): string {
  const dir = mkdtempSync(join(tmpdir(), `incident-lens-bench-${purpose}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder made by `makeTempDir`. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
