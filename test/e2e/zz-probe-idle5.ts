import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import WebSocket from 'ws';
const EXT = process.argv[2]; const PORT = process.argv[3];
const dir = mkdtempSync('/tmp/prof-');
const proc = spawn('/usr/bin/chromium', ['--headless=new', '--no-sandbox', `--user-data-dir=${dir}`, `--remote-debugging-port=${PORT}`, `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, 'about:blank'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2000));
const version = await (await fetch(`http://127.0.0.1:${PORT}/json/version`)).json();
const ws = new WebSocket(version.webSocketDebuggerUrl);
await new Promise((r) => ws.on('open', r));
let id = 0; const pending = new Map();
ws.on('message', (d) => { const m = JSON.parse(String(d)); if (m.id) pending.get(m.id)?.(m.result); });
const call = (method: string, params = {}) => new Promise<any>((r) => { pending.set(++id, r); ws.send(JSON.stringify({ id, method, params })); });
const t0 = Date.now();
let last = -1;
for (let i = 0; i < 400; i++) { const { targetInfos } = await call('Target.getTargets'); const n = targetInfos.filter((t: any) => t.type === 'service_worker').length; if (n !== last) { console.log(((Date.now() - t0) / 1000).toFixed(0), n); last = n; } if ((Date.now()-t0) > Number(process.argv[4])*1000) break; await new Promise((r) => setTimeout(r, 1000)); }
console.log('end', ((Date.now() - t0) / 1000).toFixed(0));
proc.kill();
process.exit(0);
