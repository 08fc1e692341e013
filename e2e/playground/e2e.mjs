// End-to-end test of Osby.TeamsBot through the Microsoft 365 Agents Playground (@microsoft/m365agentsplayground
// 0.2.28, a Teams-like client with a mocked connector). The playground must already be running against the bot;
// run.sh starts both. This script plays the user: it installs the app in the personal chat, writes Swedish
// questions and clicks card buttons through the playground's own (undocumented) HTTP API, and reads the bot's
// replies from the playground's WebSocket stream — the same path the chat UI uses. See docs/playground.md.
//
// Environment:
//   E2E_PLAYGROUND_URL   the playground, default http://127.0.0.1:56150
//   E2E_CONVERSATION_ID  the personal chat id passed to the playground's --conversation-id, default e2e-personal
//   E2E_TIMEOUT_MS       how long to wait for a reply, default 15000
//   E2E_VERBOSE=1        print every reply
import assert from 'node:assert/strict';
import WebSocket from 'ws';

const CARD = 'application/vnd.microsoft.card.adaptive';
const ACTIVITY_MESSAGE = 'application/vnd.microsoft.activity.message';

// A recent working day (Monday–Friday, strictly before today in Stockholm) as yyyy-MM-dd, for the calculator.
const recentWeekday = () => {
  const today = new Date(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date()) + 'T12:00:00Z');
  const day = new Date(today);
  do day.setUTCDate(day.getUTCDate() - 1); while ([0, 6].includes(day.getUTCDay()));
  return day.toISOString().slice(0, 10);
};

// ---------------------------------------------------------------------------------------------------------------
// Scenarios. One row per step, run in order. Kinds:
//   { install: true, expect }                 install the app in the personal chat (what Teams does on "Add")
//   { say: 'text', expect }                   the user writes a message
//   { click: { on, verb, data }, expectInvoke } the user clicks the Action.Execute with `verb` on the card saved as
//                                             `on`; its data is merged with `data` (= the inputs the user filled in)
// `expect` checks the bot's replies (messages on the stream after the step) and passes when one reply satisfies all:
//   card: true            the reply has an Adaptive Card attachment
//   contains: [...]       case-insensitive substrings of the reply's visible text (message text + card texts)
//   matches: [/re/]       regular expressions over the same text
//   welcomeCard: true     the welcome card: askQuestion Action.Execute buttons (data {verb, question}, Action.Submit
//                         fallback) and a showDeadlineForm button
//   inputs: {id: type}    the card has these inputs
//   executes: [verb]      the card has Action.Execute buttons with these verbs
//   count: n              exactly n replies arrived
// `save: 'name'` keeps the matching reply for later clicks.
// `expectInvoke` checks the invoke: httpStatus (the playground's), types (the invoke response's type), botStatus (the
// bot's HTTP status when the playground reports an error), contains (text of the answer card, found either in the
// invoke response's card or in a message on the stream).
// ---------------------------------------------------------------------------------------------------------------
const FINAL_SCENARIOS = [
  {
    name: 'installation → welcome card',
    install: true,
    expect: { count: 1, card: true, contains: ['Osby'], welcomeCard: true },
    save: 'welcome',
  },
  {
    name: 'svarstid med tidpunkt → DL-1-svar',
    say: 'Mejlet kom in i fredags 15.40 – när måste jag svara?',
    expect: { card: true, contains: ['senast', 'kl.', 'DL-1'] },
  },
  {
    name: 'vart skickas en fråga → funktionsbrevlåda',
    say: 'Vart skickar jag en fråga om bygglov?',
    expect: { card: true, contains: ['@osby.se'] },
  },
  {
    name: 'diarieföring → RC-regel',
    say: 'Ska en synpunkt från Facebook diarieföras?',
    expect: { card: true, contains: ['diarieför'], matches: [/RC-\d+/] },
  },
  {
    name: '"hjälp" → welcome card again',
    say: 'hjälp',
    expect: { card: true, contains: ['Osby'], welcomeCard: true },
    save: 'welcome',
  },
  {
    name: 'welcome card, first askQuestion button → answer',
    click: { on: 'welcome', verb: 'askQuestion' },
    expectInvoke: { httpStatus: 200, types: [CARD, ACTIVITY_MESSAGE], contains: ['senast'] },
  },
  {
    name: '"svarstid" → deadline calculator',
    say: 'svarstid',
    expect: {
      card: true,
      inputs: { arrivalDate: 'Input.Date', arrivalTime: 'Input.Time', channel: 'Input.ChoiceSet' },
      executes: ['calculateDeadline'],
    },
    save: 'form',
  },
  {
    name: 'calculator, valid input → deadline card',
    click: { on: 'form', verb: 'calculateDeadline', data: { arrivalDate: recentWeekday(), arrivalTime: '10:00', channel: 'PersonalEmail' } },
    expectInvoke: { httpStatus: 200, types: [CARD], contains: ['senast'] },
  },
  {
    name: 'calculator, time 25:99 → validation message',
    click: { on: 'form', verb: 'calculateDeadline', data: { arrivalDate: recentWeekday(), arrivalTime: '25:99', channel: 'PersonalEmail' } },
    expectInvoke: { httpStatus: 200, types: [CARD], contains: ['tt:mm'] },
  },
];

// ---------------------------------------------------------------------------------------------------------------
const BASE = (process.env.E2E_PLAYGROUND_URL ?? 'http://127.0.0.1:56150').replace(/\/$/, '');
const CONVERSATION = process.env.E2E_CONVERSATION_ID ?? 'e2e-personal';
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS ?? 15000);
const VERBOSE = process.env.E2E_VERBOSE === '1';
const QUIET_MS = 700; // a reply is complete when no further bot message arrives for this long
const INSTALL_QUIET_MS = 2000; // install sends two activities concurrently; wait for both turns
const SCENARIOS = FINAL_SCENARIOS;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(path, body) {
  const response = await fetch(BASE + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try { json = text ? JSON.parse(text) : undefined; } catch { json = text; }
  return { status: response.status, body: json };
}

// The stream: {action: "createMessage"|"updateMessage"|"typing", actionConversationId, message: {messageId,
// timestamp, from: {id}, text, textFormat, attachments: [{contentType, content}], ...}}. Only the bot's messages
// are pushed; the user's own messages are not echoed.
class Stream {
  messages = [];
  waiters = [];
  constructor(url, botId) {
    this.url = url;
    this.botId = botId;
  }
  open() {
    this.ws = new WebSocket(this.url);
    this.ws.on('message', (data) => {
      const event = JSON.parse(data.toString());
      if (event.actionConversationId !== CONVERSATION || !event.message) return;
      if (event.message.from?.id !== this.botId) return;
      this.messages.push({ ...event.message, action: event.action, receivedAt: Date.now() });
      this.waiters.splice(0).forEach((wake) => wake());
    });
    return new Promise((resolve, reject) => {
      this.ws.once('open', resolve);
      this.ws.once('error', reject);
    });
  }
  close() { this.ws?.close(); }
  mark() { return this.messages.length; }
  next(timeout) {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeout);
      this.waiters.push(() => { clearTimeout(timer); resolve(); });
    });
  }
  // Messages since `mark`: waits up to `timeout` for the first, then until `quiet` ms pass without another; with
  // `until`, waits up to `timeout` for the messages to satisfy it.
  async collect(mark, { timeout = TIMEOUT, quiet = QUIET_MS, until } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const got = this.messages.slice(mark);
      if (until ? until(got) : got.length > 0) break;
      if (Date.now() >= deadline) return got;
      await this.next(deadline - Date.now());
    }
    if (until) return this.messages.slice(mark);
    for (let count = -1; count !== this.messages.length;) {
      count = this.messages.length;
      await this.next(quiet);
    }
    return this.messages.slice(mark);
  }
}

// ---- reading cards ------------------------------------------------------------------------------------------
const cardsOf = (message) => (message?.attachments ?? []).filter((a) => a.contentType === CARD).map((a) => a.content);

function walk(node, visit) {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit));
  else if (node && typeof node === 'object') {
    visit(node);
    Object.values(node).forEach((child) => walk(child, visit));
  }
}

// What a user can read: the message text and the cards' text, titles, labels, facts and error messages.
function visibleText(message) {
  const parts = [message?.text ?? ''];
  for (const attachment of message?.attachments ?? []) {
    walk(attachment.content, (node) => {
      for (const key of ['text', 'title', 'subtitle', 'label', 'errorMessage', 'value', 'fallbackText']) {
        if (typeof node[key] === 'string' && !(key === 'value' && node.type?.startsWith?.('Input.'))) parts.push(node[key]);
      }
    });
  }
  return parts.join('\n');
}

function actionsOf(card) {
  const actions = [];
  walk(card, (node) => { if (typeof node.type === 'string' && node.type.startsWith('Action.')) actions.push(node); });
  return actions;
}
const verbOf = (action) => action.verb ?? action.data?.verb;

function inputsOf(card) {
  const inputs = {};
  walk(card, (node) => { if (typeof node.type === 'string' && node.type.startsWith('Input.') && node.id) inputs[node.id] = node.type; });
  return inputs;
}

// ---- checks: each returns a list of problems (empty = pass) ---------------------------------------------------
function problemsWith(message, expect) {
  const problems = [];
  const text = visibleText(message);
  const cards = cardsOf(message);
  if (expect.card && cards.length === 0) problems.push(`no ${CARD} attachment`);
  for (const s of expect.contains ?? []) if (!text.toLowerCase().includes(s.toLowerCase())) problems.push(`text lacks "${s}"`);
  for (const re of expect.matches ?? []) if (!re.test(text)) problems.push(`text does not match ${re}`);
  const actions = cards.flatMap(actionsOf);
  if (expect.welcomeCard) {
    const asks = actions.filter((a) => a.type === 'Action.Execute' && a.verb === 'askQuestion');
    if (asks.length === 0) problems.push('no Action.Execute with verb askQuestion');
    for (const a of asks) {
      if (a.data?.verb !== 'askQuestion' || typeof a.data?.question !== 'string' || !a.data.question.trim()) {
        problems.push(`askQuestion "${a.title}" lacks data {verb: "askQuestion", question}`);
      }
      if (a.fallback?.type !== 'Action.Submit') problems.push(`askQuestion "${a.title}" lacks an Action.Submit fallback`);
    }
    if (!actions.some((a) => verbOf(a) === 'showDeadlineForm')) problems.push('no showDeadlineForm button');
  }
  const inputs = cards.reduce((all, card) => ({ ...all, ...inputsOf(card) }), {});
  for (const [id, type] of Object.entries(expect.inputs ?? {})) {
    if (inputs[id] !== type) problems.push(`no ${type} "${id}" (inputs: ${JSON.stringify(inputs)})`);
  }
  for (const verb of expect.executes ?? []) {
    if (!actions.some((a) => a.type === 'Action.Execute' && a.verb === verb)) problems.push(`no Action.Execute with verb ${verb}`);
  }
  return problems;
}

function checkReplies(replies, expect) {
  if (expect.count !== undefined && replies.length !== expect.count) {
    throw new Error(`expected ${expect.count} repl${expect.count === 1 ? 'y' : 'ies'}, got ${replies.length}${describe(replies)}`);
  }
  if (replies.length === 0) throw new Error(`no reply within ${TIMEOUT} ms`);
  const results = replies.map((reply) => ({ reply, problems: problemsWith(reply, expect) }));
  const match = results.find((r) => r.problems.length === 0);
  if (!match) {
    throw new Error(results.map((r, i) => `reply ${i + 1}: ${r.problems.join('; ')}`).join('\n') + describe(replies));
  }
  return match.reply;
}

const short = (s, n = 300) => (s.length > n ? s.slice(0, n) + '…' : s).replace(/\n/g, '⏎');
const describe = (replies) => replies.map((r, i) => `\n    [${i + 1}] ${short(visibleText(r))}`).join('');

// ---- steps -----------------------------------------------------------------------------------------------------
async function runInstall(stream, step) {
  const mark = stream.mark();
  const res = await post(`/_debug/conversation/${encodeURIComponent(CONVERSATION)}/installation`, {});
  assert.equal(res.status, 200, `installation: HTTP ${res.status} ${JSON.stringify(res.body)}`);
  return checkReplies(await stream.collect(mark, { quiet: INSTALL_QUIET_MS }), step.expect);
}

async function runSay(stream, step, user) {
  const mark = stream.mark();
  const res = await post(`/_conversation/v1/conversations/${encodeURIComponent(CONVERSATION)}/messages`, {
    from: { id: user },
    text: step.say,
    textFormat: 'plain',
  });
  assert.equal(res.status, 200, `message: HTTP ${res.status} ${JSON.stringify(res.body)}`);
  return checkReplies(await stream.collect(mark), step.expect);
}

async function runClick(stream, step, user, saved) {
  const { on, verb, data = {} } = step.click;
  const message = saved[on];
  if (!message) throw new Error(`no saved "${on}" message to click on (an earlier step failed)`);
  const action = cardsOf(message).flatMap(actionsOf).find((a) => a.type === 'Action.Execute' && a.verb === verb);
  if (!action && Object.keys(data).length === 0) throw new Error(`the "${on}" card has no Action.Execute with verb ${verb}`);
  // What Teams sends for Action.Execute: the action's data merged with the card's input values.
  const value = {
    action: { type: 'Action.Execute', id: action?.id, verb, data: { ...(action?.data ?? {}), ...data } },
    trigger: 'manual',
  };
  const mark = stream.mark();
  const res = await post('/_conversation/v1/invoke', {
    name: 'adaptiveCard/action',
    from: { id: user },
    conversation: { id: CONVERSATION },
    replyToId: message.messageId,
    value,
  });
  const expect = step.expectInvoke;
  const body = res.body ?? {};
  if (VERBOSE) console.log(`    invoke → HTTP ${res.status} ${short(JSON.stringify(body), 600)}`);
  assert.equal(res.status, expect.httpStatus ?? 200, `invoke: HTTP ${res.status} ${short(JSON.stringify(body), 600)}`);
  if (expect.botStatus !== undefined) {
    assert.equal(body.innerHttpError?.statusCode, expect.botStatus, `invoke: bot status ${JSON.stringify(body)}`);
  }
  // The playground answers {type, value} from the bot's AdaptiveCardInvokeResponse (it drops statusCode); accept a
  // statusCode should a later version pass it on.
  if (body.statusCode !== undefined) assert.equal(body.statusCode, 200, `invoke: statusCode ${body.statusCode}`);
  if (expect.types) assert.ok(expect.types.includes(body.type), `invoke: type ${JSON.stringify(body.type)} not in ${expect.types.join(', ')}`);
  if (!expect.contains) return;
  const answer = { contains: expect.contains, card: true };
  // The answer may be the replacement card in the invoke response or a message the bot sends during the turn.
  if (body.type === CARD) {
    const problems = problemsWith({ attachments: [{ contentType: CARD, content: body.value }] }, answer);
    if (problems.length === 0) return;
    if (!expect.types.includes(ACTIVITY_MESSAGE)) throw new Error(`invoke response card: ${problems.join('; ')}\n    ${short(visibleText({ attachments: [{ contentType: CARD, content: body.value }] }))}`);
  }
  const replies = await stream.collect(mark, { until: (ms) => ms.some((m) => problemsWith(m, answer).length === 0) });
  checkReplies(replies, answer);
}

// ---- main ------------------------------------------------------------------------------------------------------
const configResponse = await fetch(`${BASE}/_internal/v1/config`);
assert.equal(configResponse.status, 200, `playground config: HTTP ${configResponse.status}`);
const { config, internalConfig } = await configResponse.json();
const user = config.currentUser.id;
assert.equal(config.personalChat.id, CONVERSATION, 'the playground was not started with --conversation-id ' + CONVERSATION);
assert.equal(internalConfig.channelId, 'msteams', 'the playground was not started with -c msteams');

const stream = new Stream(`${BASE.replace(/^http/, 'ws')}/_ws_conversation/v1/conversations/stream`, config.bot.id);
await stream.open();
console.log(`Agents Playground ${BASE}, personal chat "${CONVERSATION}" as ${config.currentUser.name} (${user})`);

const saved = {};
const failures = [];
for (const step of SCENARIOS) {
  const started = Date.now();
  try {
    let reply;
    if (step.install) reply = await runInstall(stream, step);
    else if (step.say !== undefined) reply = await runSay(stream, step, user);
    else if (step.click) await runClick(stream, step, user, saved);
    else throw new Error('a step needs install, say or click');
    if (step.save && reply) saved[step.save] = reply;
    if (VERBOSE && reply) console.log(`    ${short(visibleText(reply), 1000)}`);
    console.log(`✔ ${step.name} (${Date.now() - started} ms)`);
  } catch (error) {
    failures.push(step.name);
    console.log(`✘ ${step.name} (${Date.now() - started} ms)\n    ${String(error.message).replace(/\n/g, '\n    ')}`);
  }
}
stream.close();

const passed = SCENARIOS.length - failures.length;
console.log(`\nE2E (playground): ${passed} passed, ${failures.length} failed${failures.length ? ' — ' + failures.join('; ') : ''}`);
process.exit(failures.length ? 1 : 0);
