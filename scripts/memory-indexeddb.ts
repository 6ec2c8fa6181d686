/**
 * IndexedDB for Node: installs fake-indexeddb's globals for the scripts that run the library's
 * storage code without a browser (the incidents CLI, the linking evaluation, the incident bench).
 * Dexie reads the globals when it is first loaded, so a script that loaded Dexie before this module
 * (the bench loads every section's modules) is pointed at them here too.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';

Dexie.dependencies.indexedDB = globalThis.indexedDB;
Dexie.dependencies.IDBKeyRange = globalThis.IDBKeyRange;
