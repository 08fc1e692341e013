// Takes docs/images/playground.png: the Agents Playground's chat UI after the app is installed in the personal chat
// and a Swedish question is asked, in a real (headless) Chromium. A one-off for the docs, not part of the test:
// it needs Chromium and playwright-core, which package.json deliberately does not list. Run it through run.sh,
// which starts the bot and the playground:
//
//   apt-get install -y chromium                                   # or any Chrome/Chromium; set CHROMIUM=path
//   (mkdir -p /tmp/pw && cd /tmp/pw && npm init -y >/dev/null && npm install playwright-core)
//   PLAYWRIGHT_CORE_DIR=/tmp/pw E2E_RUN=screenshot.mjs bash e2e/playground/run.sh
//
// Environment: E2E_PLAYGROUND_URL (set by run.sh), PLAYWRIGHT_CORE_DIR (where playwright-core is installed),
// CHROMIUM (default /usr/bin/chromium), SCREENSHOT_QUESTION, SCREENSHOT_PATH (default docs/images/playground.png).
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

const here = dirname(fileURLToPath(import.meta.url));
const BASE = (process.env.E2E_PLAYGROUND_URL ?? 'http://127.0.0.1:56150').replace(/\/$/, '');
const QUESTION = process.env.SCREENSHOT_QUESTION ?? 'Mejlet kom in i fredags 15.40 – när måste jag svara?';
const OUT = resolve(process.env.SCREENSHOT_PATH ?? join(here, '../../docs/images/playground.png'));
const require = createRequire(join(resolve(process.env.PLAYWRIGHT_CORE_DIR ?? here), 'noop.js'));
const { chromium } = require('playwright-core');

// The bot's messages, from the same stream the UI reads.
const { config } = await (await fetch(`${BASE}/_internal/v1/config`)).json();
const botMessages = [];
const ws = new WebSocket(`${BASE.replace(/^http/, 'ws')}/_ws_conversation/v1/conversations/stream`);
ws.on('message', (data) => {
  const event = JSON.parse(data.toString());
  if (event.action === 'createMessage' && event.message?.from?.id === config.bot.id) botMessages.push(event.message);
});
await new Promise((ok, fail) => { ws.once('open', ok); ws.once('error', fail); });
const waitForBotMessages = async (count, timeout = 20000) => {
  const deadline = Date.now() + timeout;
  while (botMessages.length < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} bot messages, got ${botMessages.length}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync',
  ], // playwright adds --headless and a new empty --user-data-dir
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  await page.goto(BASE, { waitUntil: 'networkidle' });
  // Opening the personal chat installs the app there (POST /_debug/conversation/{id}/installation): the greeting.
  await page.getByText(config.personalChat.name, { exact: true }).click();
  await waitForBotMessages(1);
  const box = page.getByRole('textbox');
  await box.click();
  await page.keyboard.type(QUESTION);
  await page.keyboard.press('Enter');
  await waitForBotMessages(2);
  await page.waitForTimeout(1500); // let the UI render the reply
  mkdirSync(dirname(OUT), { recursive: true });
  await page.screenshot({ path: OUT });
  console.log(`✔ screenshot → ${OUT}`);
} finally {
  await browser.close();
  ws.close();
}
