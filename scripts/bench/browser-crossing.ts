/**
 * `npx tsx scripts/bench/browser-crossing.ts [--rounds N] [--findings N ...]`: how long a message takes to cross
 * from the background's service worker to a content script in Chromium, alone, by each way it can travel:
 * tabs.sendMessage (what the draw plan uses: a channel opened per message), a port opened by tabs.connect, and a
 * port the content script opened with runtime.connect when it started. A throwaway extension (written to a temp
 * folder) sends a plan-sized message (DrawPlan's shape: one row of 9 numbers per finding, strings once) each way in
 * turn, and the page notes its arrival on the same clock (epoch ms); prints the medians of the one-way times.
 * Run it under `flock /tmp/sourcelight-browser.lock`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Worker } from 'playwright-core';
import { CHROMIUM } from './browser.ts';
import { median } from './timing.ts';
import { unpackedExtensionOrigin } from './worker-watch.ts';

const BACKGROUND = `
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function planOf(findings) {
  const strings = Array.from({ length: 40 }, (_, i) => 'An explanation that several findings share, number ' + i + '.');
  const rows = [];
  for (let i = 0; i < findings; i++) rows.push(strings.push('f' + i) - 1, i * 40, i * 40 + 25, i % 10, 10 + (i % 20), 650, i % 40, -1, 0);
  return { strings, rows };
}
let pagePort;
chrome.runtime.onConnect.addListener((port) => { if (port.name === 'from-page') pagePort = port; });
self.cross = async (tabId, rounds, findings) => {
  await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  await sleep(100);
  const plan = planOf(findings);
  const tabPort = chrome.tabs.connect(tabId, { name: 'to-page', frameId: 0 });
  const answers = (port) => { let next; port.onMessage.addListener((m) => next(m)); return () => new Promise((r) => (next = r)); };
  const fromTabPort = answers(tabPort);
  const fromPagePort = answers(pagePort);
  const out = { sendMessage: [], tabsConnect: [], runtimeConnect: [] };
  for (let i = 0; i < rounds; i++) {
    let sentAt = now();
    out.sendMessage.push((await chrome.tabs.sendMessage(tabId, { plan, sentAt }, { frameId: 0 })).arrived - sentAt);
    await sleep(30);
    sentAt = now();
    const viaTab = fromTabPort();
    tabPort.postMessage({ plan, sentAt });
    out.tabsConnect.push((await viaTab).arrived - sentAt);
    await sleep(30);
    sentAt = now();
    const viaPage = fromPagePort();
    pagePort.postMessage({ plan, sentAt });
    out.runtimeConnect.push((await viaPage).arrived - sentAt);
    await sleep(30);
  }
  return out;
};`;

const CONTENT = `{
const now = () => performance.timeOrigin + performance.now();
chrome.runtime.onMessage.addListener((m, _sender, sendResponse) => { sendResponse({ arrived: now(), rows: m.plan.rows.length }); });
chrome.runtime.onConnect.addListener((port) => port.onMessage.addListener((m) => port.postMessage({ arrived: now(), rows: m.plan.rows.length })));
const own = chrome.runtime.connect({ name: 'from-page' });
own.onMessage.addListener((m) => own.postMessage({ arrived: now(), rows: m.plan.rows.length }));
}`;

function parseArgs(argv: readonly string[]): { rounds: number; findings: number[] } {
  const options = { rounds: 25, findings: [] as number[] };
  for (let i = 0; i < argv.length; i++) {
    const value = Number(argv[i + 1]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${argv[i]} needs a positive whole number`);
    if (argv[i] === '--rounds') options.rounds = value;
    else if (argv[i] === '--findings') options.findings.push(value);
    else throw new Error(`unknown option ${argv[i]}`);
    i++;
  }
  if (options.findings.length === 0) options.findings = [240, 3_000];
  return options;
}

async function main(): Promise<void> {
  const { rounds, findings } = parseArgs(process.argv.slice(2));
  const extension = mkdtempSync(join(tmpdir(), 'sourcelight-crossing-'));
  const manifest = {
    manifest_version: 3,
    name: 'crossing',
    version: '1',
    background: { service_worker: 'bg.js' },
    permissions: ['scripting', 'tabs'],
    host_permissions: ['http://127.0.0.1/*'],
  };
  writeFileSync(join(extension, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(extension, 'bg.js'), BACKGROUND);
  writeFileSync(join(extension, 'content.js'), CONTENT);
  const server = createServer((_request, response) => response.end('<p>A page to message.</p>')).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-crossing-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // the new headless mode comes from the flag: the old one cannot load extensions
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  try {
    // Our extension's worker only: a component extension's worker may start first and must not be measured.
    const origin = unpackedExtensionOrigin(extension);
    const ours = (w: Worker) => w.url().startsWith(origin);
    const worker = context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours }));
    for (const count of findings) {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/?findings=${count}`);
      // Strings, so that nothing the TypeScript runner adds to a function travels into the worker.
      const tabId = (await worker.evaluate('chrome.tabs.query({ active: true }).then((tabs) => tabs[0].id)')) as number;
      const out = (await worker.evaluate(`self.cross(${tabId}, ${rounds}, ${count})`)) as Record<string, number[]>;
      const line = Object.entries(out).map(([way, ms]) => `${way} ${median(ms).toFixed(1)}`);
      console.log(`${count} findings, background -> page one way, ms (median of ${rounds}): ${line.join(', ')}`);
      await page.close();
    }
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(extension, { recursive: true, force: true });
  }
}

await main();
