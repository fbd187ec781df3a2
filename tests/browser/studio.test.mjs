// Headless-browser test of narrate studio (run it through run.sh).
//
//   NARRATE_BINARY=build/narrate node studio.test.mjs URL ARTICLE_COPY OUTPUT_DIR
//
// URL is what `narrate studio ARTICLE_COPY` printed; ARTICLE_COPY is the article it serves
// (its sidecar, ARTICLE_COPY.narrate.toml, is read here); the screenshot goes to
// OUTPUT_DIR/studio.png. CHROMIUM overrides /usr/bin/chromium. Plain node:assert, one summary
// line per check; exit status 0 only if every check passes.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';

const execFileP = promisify(execFile);

const [studioUrl, articleCopy, outputDir] = process.argv.slice(2);
if (!studioUrl || !articleCopy || !outputDir) {
  console.error('usage: NARRATE_BINARY=... node studio.test.mjs URL ARTICLE_COPY OUTPUT_DIR');
  process.exit(2);
}
const binary = process.env.NARRATE_BINARY;
if (!binary) {
  console.error('studio.test.mjs: set NARRATE_BINARY to the narrate binary');
  process.exit(2);
}
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const base = new URL(studioUrl);
const token = base.searchParams.get('token');

// The sample's speakers and the quote this test gives to the other speaker.
const MURAVIEV = 'Alexey Muraviev';
const LUKIN = 'Artyom Lukin';
const REASSIGNED_QUOTE = 3;                 // Lukin's in the sample
const LEXICON_WORD = 'Vostochny';
const LEXICON_PRONUNCIATION = 'vuh STOTCH nee';

// ---- Helpers ----------------------------------------------------------------------------------

/** GET an API endpoint from node (not through the page) and parse its JSON. */
async function apiGet(endpoint) {
  const u = new URL(endpoint, base);
  u.searchParams.set('token', token);
  const response = await fetch(u);
  const body = await response.text();
  assert.equal(response.status, 200, `GET ${endpoint}: status ${response.status}: ${body.slice(0, 200)}`);
  return JSON.parse(body);
}

/**
 * Sample rate, channels, bits, data size and duration of a RIFF/WAVE file (walks the chunks).
 * A WAV streamed to a pipe cannot know its sizes and writes 0xFFFFFFFF: then the data chunk
 * runs to the end of the bytes (`streamed` is true).
 */
function parseWav(bytes) {
  const UNKNOWN = 0xffffffff;
  assert.ok(bytes.length >= 44, `WAV too short (${bytes.length} bytes)`);
  assert.equal(bytes.toString('latin1', 0, 4), 'RIFF', 'no RIFF header');
  assert.equal(bytes.toString('latin1', 8, 12), 'WAVE', 'RIFF is not WAVE');
  const riffSize = bytes.readUInt32LE(4);
  if (riffSize !== UNKNOWN) assert.equal(riffSize + 8, bytes.length, 'RIFF size does not match the byte count');
  let fmt = null;
  let dataSize = null;
  let dataOffset = null;
  let streamed = riffSize === UNKNOWN;
  for (let offset = 12; offset + 8 <= bytes.length;) {
    const id = bytes.toString('latin1', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    if (id === 'fmt ') {
      fmt = {
        format: bytes.readUInt16LE(offset + 8),
        channels: bytes.readUInt16LE(offset + 10),
        sampleRate: bytes.readUInt32LE(offset + 12),
        bits: bytes.readUInt16LE(offset + 22),
      };
    } else if (id === 'data') {
      dataOffset = offset + 8;
      if (size === UNKNOWN) {
        streamed = true;
        dataSize = bytes.length - offset - 8;
      } else {
        dataSize = size;
        assert.ok(offset + 8 + size <= bytes.length, 'data chunk runs past the end');
      }
      break;
    }
    offset += 8 + size + (size & 1);
  }
  assert.ok(fmt, 'no fmt chunk');
  assert.ok(dataSize !== null, 'no data chunk');
  assert.ok(fmt.sampleRate > 0 && fmt.channels > 0 && fmt.bits > 0, `bad fmt ${JSON.stringify(fmt)}`);
  const seconds = dataSize / (fmt.sampleRate * fmt.channels * (fmt.bits / 8));
  return { ...fmt, dataOffset, dataSize, seconds, streamed };
}

/** Offset of the first byte where two buffers differ (the shorter length when one is a prefix). */
function firstDifference(a, b) {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  return at;
}

/** The quotes on the page: number, speaker attribute and computed background colour. */
function pageQuotes(page) {
  return page.$$eval('#article .quote', (nodes) => nodes.map((n) => ({
    quote: Number(n.dataset.quote),
    speaker: n.dataset.speaker,
    colour: getComputedStyle(n).backgroundColor,
  })));
}

/** Background a non-quote stretch of text shows: its own, or the first opaque ancestor's. */
function narrationColour(page) {
  return page.$eval('#article .paragraph .seg.narration', (node) => {
    for (let n = node; n; n = n.parentElement) {
      const c = getComputedStyle(n).backgroundColor;
      if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return { own: getComputedStyle(node).backgroundColor, effective: c };
    }
    return { own: getComputedStyle(node).backgroundColor, effective: 'rgb(255, 255, 255)' };
  });
}

/** The lexicon words listed on the page. */
function pageLexicon(page) {
  return page.$$eval('#lexicon-list .lexicon-entry', (nodes) => nodes.map((n) => n.dataset.word));
}

/** Waits for the page to have drawn the article. */
async function waitForArticle(page) {
  await page.waitForSelector('#article .quote', { timeout: 20000 });
}

/** Arms click→canplay timing in the page; the next click on the article starts the clock. */
function armTiming(page) {
  return page.evaluate(() => {
    window.__timing = {};
    const player = document.getElementById('player');
    document.addEventListener('click', () => { window.__timing.click = performance.now(); }, { capture: true, once: true });
    player.addEventListener('canplay', () => { window.__timing.canplay = performance.now(); }, { once: true });
  });
}
async function timingMs(page) {
  await page.waitForFunction(() => window.__timing && window.__timing.canplay, { timeout: 30000 });
  return page.evaluate(() => window.__timing.canplay - window.__timing.click);
}

// ---- Checks -----------------------------------------------------------------------------------
const results = [];
async function check(name, fn) {
  try {
    const summary = await fn();
    results.push(true);
    console.log(`ok   ${results.length} ${name}${summary ? ': ' + summary : ''}`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL ${results.length} ${name}: ${error && error.message ? error.message : error}`);
    if (process.env.VERBOSE && error && error.stack) console.log(error.stack);
  }
}

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required', '--mute-audio'],
});

let page;
let reassignedTo = null;                    // set by check 2, expected again after the reload
const pageErrors = [];
const foreignRequests = [];
const consoleErrors = [];   // includes Content-Security-Policy refusals and failed loads
try {
  page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('request', (request) => {
    const u = new URL(request.url());
    if (u.origin !== base.origin && u.protocol !== 'data:' && u.protocol !== 'blob:') foreignRequests.push(request.url());
  });

  // 1. The sample opens with six quotes in two speaker colours.
  await check('article page with six quotes in two speaker colours', async () => {
    const response = await page.goto(studioUrl, { waitUntil: 'domcontentloaded' });
    assert.equal(response.status(), 200, `GET / answered ${response.status()}`);
    await waitForArticle(page);
    const served = await apiGet('/api/article');
    const speakerOf = new Map(served.segments.filter((s) => s.kind === 'quote').map((s) => [s.quote, s.speaker]));
    const quotes = await pageQuotes(page);
    assert.equal(quotes.length, 6, `expected 6 .quote elements, found ${quotes.length}`);
    for (const q of quotes) assert.equal(q.speaker, speakerOf.get(q.quote) || '', `quote ${q.quote}: data-speaker`);
    const colours = new Set(quotes.map((q) => q.colour));
    assert.equal(colours.size, 2, `expected 2 distinct quote colours, found ${[...colours].join(' | ')}`);
    // Group by colour: one group per speaker, 2 quotes of Muraviev's, 4 of Lukin's.
    for (const [name, count] of [[MURAVIEV, 2], [LUKIN, 4]]) {
      const own = quotes.filter((q) => speakerOf.get(q.quote) === name);
      assert.equal(own.length, count, `${name} should have ${count} quotes, the server says ${own.length}`);
      const ownColours = new Set(own.map((q) => q.colour));
      assert.equal(ownColours.size, 1, `${name}'s quotes have ${ownColours.size} colours`);
      const colour = own[0].colour;
      assert.equal(quotes.filter((q) => q.colour === colour).length, count, `colour of ${name} is not only theirs`);
    }
    const narration = await narrationColour(page);
    for (const c of colours) {
      assert.notEqual(c, narration.own, `quote colour ${c} equals the narration's`);
      assert.notEqual(c, narration.effective, `quote colour ${c} equals the page behind the narration`);
    }
    return `${[...colours].join(', ')} (narration ${narration.effective})`;
  });

  // 2. The chip menu gives quote 3 to the other speaker; page and server agree.
  await check(`reassign quote ${REASSIGNED_QUOTE} through its speaker chip`, async () => {
    const before = (await pageQuotes(page)).find((q) => q.quote === REASSIGNED_QUOTE);
    assert.ok(before, `no quote ${REASSIGNED_QUOTE} on the page`);
    const target = before.speaker === MURAVIEV ? LUKIN : MURAVIEV;
    const reference = (await pageQuotes(page)).find((q) => q.speaker === target);
    await page.click(`.speaker-chip[data-quote="${REASSIGNED_QUOTE}"]`);
    await page.waitForSelector('#chip-menu:not([hidden]) .menu-item', { visible: true });
    const posted = page.waitForResponse((r) => r.url().includes('/api/assign') && r.request().method() === 'POST', { timeout: 10000 });
    await page.click(`#chip-menu .menu-item[data-speaker="${target}"]`);
    const response = await posted;
    assert.equal(response.status(), 200, `POST /api/assign answered ${response.status()}: ${await response.text()}`);
    await page.waitForFunction((n, who) => {
      const node = document.querySelector(`.quote[data-quote="${n}"]`);
      return node && node.dataset.speaker === who;
    }, { timeout: 10000 }, REASSIGNED_QUOTE, target);
    reassignedTo = target;
    const after = (await pageQuotes(page)).find((q) => q.quote === REASSIGNED_QUOTE);
    assert.notEqual(after.colour, before.colour, 'the quote kept its old colour');
    assert.equal(after.colour, reference.colour, `the quote does not have ${target}'s colour`);
    const chip = await page.$eval(`.speaker-chip[data-quote="${REASSIGNED_QUOTE}"]`, (n) => n.textContent);
    assert.ok(chip.includes(target), `chip says "${chip}"`);
    const served = await apiGet('/api/article');
    const segment = served.segments.find((s) => s.quote === REASSIGNED_QUOTE);
    assert.equal(segment.speaker, target, 'GET /api/article: the quote\'s speaker');
    assert.equal(served.edits?.assign?.[String(REASSIGNED_QUOTE)], target, 'GET /api/article: edits.assign');
    return `${before.speaker} → ${target}, ${before.colour} → ${after.colour}`;
  });

  // 3. Clicking a paragraph plays exactly what `narrate preview --paragraph N` writes.
  await check('click a paragraph: WAV matches preview, header and <audio> duration', async () => {
    // The paragraph holding the reassigned quote, so the sidecar's edit has to be heard too.
    const served = await apiGet('/api/article');
    const quoteSegment = served.segments.find((s) => s.quote === REASSIGNED_QUOTE);
    const paragraph = quoteSegment.paragraph;
    const narration = served.segments.find((s) => s.paragraph === paragraph && s.kind === 'narration');
    assert.ok(narration, `paragraph ${paragraph} has no narration to click`);
    const selector = `.paragraph[data-paragraph="${paragraph}"] .seg[data-index="${narration.index}"]`;

    const audioUrl = (r) => {
      const u = new URL(r.url());
      return u.pathname === '/api/audio' && u.searchParams.get('paragraph') === String(paragraph);
    };
    await armTiming(page);
    const responded = page.waitForResponse(audioUrl, { timeout: 60000 });
    await page.click(selector);
    const response = await responded;
    // The media element asks with "Range: bytes=0-": 200, or 206 with the whole file.
    assert.ok([200, 206].includes(response.status()), `GET /api/audio answered ${response.status()}`);
    const headers = response.headers();
    assert.match(headers['content-type'] || '', /^audio\/(wav|x-wav|wave)\b/, `content-type ${headers['content-type']}`);
    const headerSeconds = Number(headers['x-narrate-seconds']);
    assert.ok(Number.isFinite(headerSeconds) && headerSeconds > 0, `X-Narrate-Seconds is "${headers['x-narrate-seconds']}"`);
    let bytes = await response.buffer();
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(headers['content-range'] || '');
    if (response.status() === 206 && !(range && range[1] === '0' && Number(range[2]) + 1 === Number(range[3]))) {
      // Only part of the file came: fetch the whole of it to compare.
      const whole = await fetch(response.url());
      assert.equal(whole.status, 200, `GET /api/audio (whole file) answered ${whole.status}`);
      bytes = Buffer.from(await whole.arrayBuffer());
    }
    const wav = parseWav(bytes);
    assert.ok(Math.abs(wav.seconds - headerSeconds) <= 0.01,
      `WAV lasts ${wav.seconds.toFixed(3)} s, X-Narrate-Seconds says ${headerSeconds}`);

    // What `narrate preview` writes to a file for the same article copy (so the same
    // sidecar edits apply): the served WAV must be those bytes exactly.
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'narrate-preview-'));
    const file = path.join(scratch, 'paragraph.wav');
    try {
      await execFileP(binary, ['preview', articleCopy, '--paragraph', String(paragraph), '-q', '-o', file]);
      const written = fs.readFileSync(file);
      assert.ok(written.equals(bytes), `served WAV (${bytes.length} bytes) differs from narrate preview ` +
        `--paragraph ${paragraph} -o FILE.wav (${written.length} bytes) from byte ${firstDifference(written, bytes)}`);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
    const sameAs = 'narrate preview -o FILE.wav';

    const firstMs = await timingMs(page);
    const duration = await page.evaluate(() => new Promise((resolve) => {
      const player = document.getElementById('player');
      if (player.readyState >= 1 && Number.isFinite(player.duration)) resolve(player.duration);
      else player.addEventListener('loadedmetadata', () => resolve(player.duration), { once: true });
    }));
    assert.ok(Math.abs(duration - wav.seconds) <= 0.05, `<audio> duration ${duration} vs WAV ${wav.seconds.toFixed(3)} s`);
    const highlighted = await page.$eval(`.paragraph[data-paragraph="${paragraph}"]`, (n) => n.classList.contains('playing'));
    assert.ok(highlighted, 'the playing paragraph is not highlighted');

    // More clicks on the same paragraph: cached on the server. Measured and printed, not
    // asserted (speed is a benchmark's business, not a test's): click to `canplay`.
    const cached = [];
    for (let i = 0; i < 7; i++) {
      await armTiming(page);
      await page.click(selector);
      cached.push(await timingMs(page));
    }
    cached.sort((x, y) => x - y);
    console.log(`     first paragraph click-to-audio: ${firstMs.toFixed(0)} ms`);
    console.log(`     cached paragraph click-to-audio: median ${cached[3].toFixed(0)} ms, ` +
      `worst ${cached[6].toFixed(0)} ms (7 clicks)`);
    await page.evaluate(() => document.getElementById('player').pause());
    return `paragraph ${paragraph}, ${wav.sampleRate} Hz, ${wav.channels} ch, ${wav.bits} bit, ` +
      `${wav.seconds.toFixed(3)} s (header ${headerSeconds}, <audio> ${duration.toFixed(3)}), ` +
      `${bytes.length} bytes identical to ${sameAs}`;
  });

  // 4. A pronunciation added in the panel is listed and saved.
  await check('add a pronunciation in the panel', async () => {
    await page.type('#lexicon-word', LEXICON_WORD);
    await page.type('#lexicon-pronunciation', LEXICON_PRONUNCIATION);
    const posted = page.waitForResponse((r) => r.url().includes('/api/lexicon') && r.request().method() === 'POST', { timeout: 10000 });
    await page.click('#lexicon-add');
    const response = await posted;
    assert.equal(response.status(), 200, `POST /api/lexicon answered ${response.status()}: ${await response.text()}`);
    await page.waitForSelector(`#lexicon-list .lexicon-entry[data-word="${LEXICON_WORD}"]`, { timeout: 10000 });
    const listed = await page.$eval(`#lexicon-list .lexicon-entry[data-word="${LEXICON_WORD}"]`, (n) => n.textContent);
    assert.ok(listed.includes(LEXICON_PRONUNCIATION), `the list shows "${listed}"`);
    const served = await apiGet('/api/article');
    const entry = (served.edits?.lexicon || []).find((e) => e.word === LEXICON_WORD);
    assert.ok(entry, 'GET /api/article: edits.lexicon lacks the word');
    assert.equal(entry.pronunciation, LEXICON_PRONUNCIATION, 'GET /api/article: the pronunciation');

    // Its "hear" button plays the word in the narrator's voice.
    const heard = page.waitForResponse((r) => {
      const u = new URL(r.url());
      return u.pathname === '/api/audio' && u.searchParams.get('text') === LEXICON_WORD;
    }, { timeout: 30000 });
    await page.click(`#lexicon-list .lexicon-entry[data-word="${LEXICON_WORD}"] .hear`);
    const audio = await heard;
    assert.ok([200, 206].includes(audio.status()), `GET /api/audio?text= answered ${audio.status()}`);
    assert.equal(new URL(audio.url()).searchParams.get('voice'), served.narrator || 'narrator', 'hear: voice parameter');
    assert.match(audio.headers()['content-type'] || '', /^audio\/(wav|x-wav|wave)\b/, 'hear: content-type');
    await page.evaluate(() => document.getElementById('player').pause());
    return `${LEXICON_WORD} = ${LEXICON_PRONUNCIATION}`;
  });

  // 5. After a reload the edits are still there, and the sidecar holds them.
  await check('edits survive a reload (sidecar)', async () => {
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForArticle(page);
    await page.waitForSelector('#lexicon-list li', { timeout: 10000 });
    const quotes = await pageQuotes(page);
    const moved = quotes.find((q) => q.quote === REASSIGNED_QUOTE);
    const others = quotes.filter((q) => q.speaker === moved.speaker && q.quote !== REASSIGNED_QUOTE);
    const served = await apiGet('/api/article');
    const expected = reassignedTo;
    assert.ok(expected, 'check 2 did not reassign the quote');
    assert.equal(served.edits?.assign?.[String(REASSIGNED_QUOTE)], expected, 'GET /api/article: edits.assign after reload');
    assert.equal(moved.speaker, expected, `after reload quote ${REASSIGNED_QUOTE} is "${moved.speaker}"`);
    assert.ok(others.length > 0 && others.every((q) => q.colour === moved.colour), 'after reload the colour is not the speaker\'s');
    const words = await pageLexicon(page);
    assert.ok(words.includes(LEXICON_WORD), `after reload the lexicon lists ${JSON.stringify(words)}`);
    const sidecarName = served.sidecar || `${path.basename(articleCopy)}.narrate.toml`;
    const sidecarPath = path.join(path.dirname(articleCopy), path.basename(sidecarName));
    assert.ok(fs.existsSync(sidecarPath), `no sidecar at ${sidecarPath}`);
    const sidecar = fs.readFileSync(sidecarPath, 'utf8');
    assert.ok(sidecar.includes(LEXICON_WORD), `the sidecar does not mention ${LEXICON_WORD}`);
    assert.ok(sidecar.includes(expected), `the sidecar does not mention ${expected}`);
    return `${path.basename(sidecarPath)}, ${sidecar.length} bytes`;
  });
} finally {
  // 6. Full-page screenshot (also after a failure, to see what went wrong).
  await check('full-page screenshot', async () => {
    assert.ok(page, 'no page');
    fs.mkdirSync(outputDir, { recursive: true });
    const file = path.join(outputDir, 'studio.png');
    await page.screenshot({ path: file, fullPage: true });
    const size = fs.statSync(file).size;
    assert.ok(size > 10000, `screenshot is only ${size} bytes`);
    return `${file} (${size} bytes)`;
  });
  await check('no script or console errors, no requests off the server', async () => {
    assert.deepEqual(pageErrors, [], 'page errors');
    assert.deepEqual(consoleErrors, [], 'console errors');
    assert.deepEqual(foreignRequests, [], 'requests to other origins');
  });
  await browser.close();
}

const failed = results.filter((r) => !r).length;
console.log(failed ? `studio browser test: ${failed} of ${results.length} checks FAILED` :
  `studio browser test: all ${results.length} checks passed`);
process.exit(failed ? 1 : 0);
