/**
 * IndexedDB for Node: installs fake-indexeddb's globals before Dexie opens a database. Imported
 * first by the scripts that run the library's storage code without a browser (the incidents CLI,
 * the linking evaluation, the incident bench).
 */
import 'fake-indexeddb/auto';
