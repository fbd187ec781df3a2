// narrate studio: the page an editor uses to check and fix how an article will be narrated.
// Plain JavaScript, no framework, no requests outside this server. Every request carries the
// session token (and the article, when one was chosen) from the page's own query string.
'use strict';

(function () {
  // ---- Session: token and article from location.search --------------------------------------
  const query = new URLSearchParams(location.search);
  const session = {
    token: query.get('token') || '',
    article: query.get('article') || '',
  };

  // Background colours of speakers, in the order of the article's `speakers` list. Light enough
  // for dark text; neighbours differ in hue so two speakers are never confused.
  const PALETTE = ['#ffd8a8', '#a5d8ff', '#b2f2bb', '#eebefa', '#ffec99', '#99e9f2', '#ffc9c9', '#d0bfff',
    '#c3fae8', '#fcc2d7'];

  // ---- State ---------------------------------------------------------------------------------
  let doc = null;            // the article JSON (GET /api/article)
  let colours = new Map();   // speaker name -> colour
  let timeline = null;       // {seconds, segments} while "Play all" runs
  let playingEls = [];       // elements highlighted as playing
  let lastTimelineIndex = null;

  const $ = (id) => document.getElementById(id);
  const player = $('player');
  const status = $('status');

  // ---- URLs and requests ---------------------------------------------------------------------
  /** A URL on this server with token (and article) plus the given parameters. */
  function url(path, params = {}) {
    const p = new URLSearchParams();
    p.set('token', session.token);
    if (session.article) p.set('article', session.article);
    for (const [k, v] of Object.entries(params)) p.set(k, String(v));
    return `${path}?${p.toString()}`;
  }

  /** Reads `{"error": ...}` from a failed response, or describes the status. */
  async function errorOf(response) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = await response.json();
      if (body && body.error) message = body.error;
    } catch (_) { /* not JSON: keep the status line */ }
    return message;
  }

  /** GET (or POST with a JSON body) and parse JSON; throws Error(message of the API). */
  async function api(path, params, body) {
    const init = body === undefined ? {} : {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    };
    const response = await fetch(url(path, params), init);
    if (!response.ok) throw new Error(await errorOf(response));
    return response.json();
  }

  // ---- Status line ---------------------------------------------------------------------------
  let statusTimer = null;
  function showStatus(message, kind = 'info') {
    clearTimeout(statusTimer);
    status.textContent = message;
    status.className = `status ${kind}`;
    // Information fades; errors stay until the next message.
    if (kind !== 'error' && message) statusTimer = setTimeout(() => showStatus(''), 4000);
  }
  function showError(error) { showStatus(error instanceof Error ? error.message : String(error), 'error'); }

  // ---- Helpers -------------------------------------------------------------------------------
  /** Creates an element with attributes/properties and children (strings become text). */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'dataset') Object.assign(node.dataset, v);
      // Styles through the CSSOM: the server's Content-Security-Policy refuses style attributes.
      else if (k === 'style') Object.assign(node.style, v);
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else if (k in node && typeof v !== 'string') node[k] = v;
      else node.setAttribute(k, v);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** Every speaker name the page may offer: the article's speakers, then names only edits know. */
  function speakerNames() {
    const names = doc.speakers.map((s) => s.name);
    const extra = [...Object.values(doc.edits?.assign || {}), ...Object.keys(doc.edits?.cast || {})];
    for (const name of extra) if (name && name !== doc.narrator && name !== 'narrator' && !names.includes(name)) names.push(name);
    return names;
  }

  function assignColours() {
    colours = new Map();
    speakerNames().forEach((name, i) => colours.set(name, PALETTE[i % PALETTE.length]));
  }

  function voiceLabel(id) {
    const v = (doc.voices || []).find((x) => x.id === id);
    if (!v) return id;
    const about = v.description || v.name;   // the voice profile's description (or name)
    return `${v.id}${about ? ` — ${about}` : ''}${v.gender ? ` (${v.gender})` : ''}`;
  }

  // ---- Article -------------------------------------------------------------------------------
  /** Tooltip of a quote: who reads it and why. */
  function quoteTitle(seg) {
    const parts = [];
    const fixed = doc.edits?.assign?.[String(seg.quote)];
    if (seg.speaker) parts.push(`Quote ${seg.quote}: ${seg.speaker} (voice ${seg.voice})`);
    else parts.push(`Quote ${seg.quote}: read by the narrator`);
    if (fixed !== undefined) parts.push('assigned by an editor');
    if (seg.candidate && seg.candidate !== seg.speaker) parts.push(`candidate: ${seg.candidate}`);
    if (typeof seg.confidence === 'number') parts.push(`confidence ${seg.confidence.toFixed(2)}`);
    if (seg.evidence && seg.evidence.length) parts.push(`evidence: ${seg.evidence.join(', ')}`);
    return parts.join('\n');
  }

  /** The chip before a quote: the speaker's name; opens the reassign menu. */
  function speakerChip(seg) {
    const fixed = doc.edits?.assign?.[String(seg.quote)] !== undefined;
    const chip = el('button', {
      type: 'button',
      class: `speaker-chip${seg.speaker ? '' : ' narrator-chip'}${fixed ? ' fixed' : ''}`,
      dataset: { quote: seg.quote, speaker: seg.speaker || '' },
      'aria-haspopup': 'menu',
      'aria-label': `Quote ${seg.quote} speaker: ${seg.speaker || 'narrator'}. Change`,
      title: 'Give this quote to another speaker',
    }, seg.speaker || 'narrator', fixed ? ' ✎' : '');
    if (seg.speaker) chip.style.background = colours.get(seg.speaker);
    return chip;
  }

  function segmentNode(seg) {
    if (seg.kind === 'quote') {
      const span = el('span', {
        class: `seg quote${seg.speaker ? '' : ' narrator-quote'}`,
        tabindex: '0',
        role: 'button',
        title: quoteTitle(seg),
        dataset: { index: seg.index, quote: seg.quote, speaker: seg.speaker || '' },
      }, seg.text);
      if (seg.speaker) span.style.backgroundColor = colours.get(seg.speaker);
      return [speakerChip(seg), span];
    }
    return [el('span', { class: `seg ${seg.kind}`, dataset: { index: seg.index } }, seg.text)];
  }

  function skippedNode(item, inline) {
    return el(inline ? 'span' : 'div', {
      class: 'skipped',
      title: `Skipped: ${item.reason}`,
    }, el('del', { class: 'skipped-text' }, item.text), ' ', el('span', { class: 'reason' }, item.reason));
  }

  /** Title, headings and paragraphs in order; skipped boilerplate placed by its `start`. */
  function renderArticle() {
    const root = $('article');
    root.replaceChildren();
    const items = [
      ...doc.segments.map((s) => ({ type: 'segment', start: s.start, seg: s })),
      ...(doc.skipped || []).map((s) => ({ type: 'skipped', start: s.start, item: s })),
    ].sort((a, b) => a.start - b.start);

    let paragraph = null;   // the <p> being filled
    let paragraphNo = null;
    if (doc.publication) root.append(el('p', { class: 'publication' }, doc.publication));

    items.forEach((entry, i) => {
      if (entry.type === 'skipped') {
        // Inside a paragraph that goes on after it: inline; otherwise a block of its own.
        const next = items.slice(i + 1).find((x) => x.type === 'segment');
        const inside = paragraph && next && next.seg.paragraph === paragraphNo;
        if (inside) paragraph.append(' ', skippedNode(entry.item, true));
        else { paragraph = null; paragraphNo = null; root.append(skippedNode(entry.item, false)); }
        return;
      }
      const seg = entry.seg;
      if (seg.kind === 'title' || seg.kind === 'heading') {
        paragraph = null; paragraphNo = null;
        const tag = seg.kind === 'title' ? 'h1' : 'h2';
        root.append(el(tag, { class: `seg ${seg.kind}`, dataset: { index: seg.index } }, seg.text));
        return;
      }
      if (seg.paragraph === null || seg.paragraph === undefined) {
        paragraph = null; paragraphNo = null;
        root.append(el('p', { class: 'loose' }, segmentNode(seg)));
        return;
      }
      if (!paragraph || paragraphNo !== seg.paragraph) {
        paragraphNo = seg.paragraph;
        paragraph = el('p', {
          class: 'paragraph',
          tabindex: '0',
          dataset: { paragraph: seg.paragraph },
          title: `Paragraph ${seg.paragraph}: click to hear`,
        });
        root.append(paragraph);
      } else {
        paragraph.append(' ');
      }
      paragraph.append(...segmentNode(seg));
    });
    markPlaying();
  }

  // ---- Cast panel ----------------------------------------------------------------------------
  function renderCast() {
    const list = $('cast-list');
    list.replaceChildren();
    const overrides = doc.edits?.cast || {};
    const plural = (n) => `${n} quote${n === 1 ? '' : 's'}`;
    for (const name of speakerNames()) {
      const speaker = doc.speakers.find((s) => s.name === name) || { name, voice: null, quotes: 0 };
      const automatic = overrides[name] === undefined;
      const select = el('select', {
        class: 'voice-select',
        dataset: { speaker: name },
        'aria-label': `Voice of ${name}`,
        onchange: (e) => setVoice(name, e.target.value || null),
      });
      select.append(el('option', { value: '' }, `Automatic${automatic && speaker.voice ? ` (${speaker.voice})` : ''}`));
      for (const v of doc.voices || []) select.append(el('option', { value: v.id }, voiceLabel(v.id)));
      select.value = automatic ? '' : overrides[name];
      const firstQuote = doc.segments.find((s) => s.kind === 'quote' && s.speaker === name);
      list.append(el('li', { class: 'cast-entry', dataset: { speaker: name } },
        el('div', { class: 'cast-name' },
          el('span', { class: 'swatch', style: { backgroundColor: colours.get(name) } }),
          el('span', { class: 'name' }, name),
          speaker.gender ? el('span', { class: 'muted' }, speaker.gender) : null,
          el('span', { class: 'count' }, plural(speaker.quotes ?? 0))),
        el('div', { class: 'cast-voice' },
          select,
          firstQuote ? el('button', {
            type: 'button', class: 'icon', title: `Hear ${name}'s first quote`, 'aria-label': `Hear ${name}`,
            onclick: () => play({ quote: firstQuote.quote }, quoteEl(firstQuote.quote)),
          }, '▶') : null)));
    }
    const narrated = doc.segments.filter((s) => s.kind === 'quote' && !s.speaker).length;
    list.append(el('li', { class: 'cast-entry narrator-entry' },
      el('div', { class: 'cast-name' },
        el('span', { class: 'swatch narrator' }),
        el('span', { class: 'name' }, 'Narrator'),
        el('span', { class: 'count' }, `reads the rest${narrated ? ` and ${plural(narrated)}` : ''}`)),
      el('div', { class: 'cast-voice muted' }, voiceLabel(doc.narrator || 'narrator'))));
  }

  async function setVoice(speaker, voice) {
    try {
      load(await api('/api/cast', {}, { speaker, voice }));
      showStatus(voice ? `${speaker} now speaks with ${voice}.` : `${speaker} has the automatic voice again.`);
    } catch (e) { showError(e); renderCast(); }
  }

  // ---- Lexicon panel -------------------------------------------------------------------------
  function renderLexicon() {
    const list = $('lexicon-list');
    list.replaceChildren();
    const entries = doc.edits?.lexicon || [];
    if (!entries.length) list.append(el('li', { class: 'muted empty' }, 'No pronunciations of your own yet.'));
    for (const entry of entries) {
      list.append(el('li', { class: 'lexicon-entry', dataset: { word: entry.word } },
        el('span', { class: 'word' }, entry.word), ' = ', el('span', { class: 'pron' }, entry.pronunciation),
        el('span', { class: 'actions' },
          el('button', {
            type: 'button', class: 'hear', 'aria-label': `Hear ${entry.word}`,
            onclick: () => play({ text: entry.word, voice: doc.narrator || 'narrator' }, null),
          }, '▶ hear'),
          el('button', {
            type: 'button', class: 'remove', 'aria-label': `Remove ${entry.word}`,
            onclick: () => setPronunciation(entry.word, null),
          }, '✕'))));
    }
  }

  async function setPronunciation(word, pronunciation) {
    try {
      load(await api('/api/lexicon', {}, { word, pronunciation }));
      showStatus(pronunciation ? `“${word}” is now said “${pronunciation}”.` : `“${word}” removed.`);
      return true;
    } catch (e) { showError(e); return false; }
  }

  $('lexicon-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const word = $('lexicon-word').value.trim();
    const pronunciation = $('lexicon-pronunciation').value.trim();
    if (!word || !pronunciation) return;
    if (await setPronunciation(word, pronunciation)) {
      $('lexicon-word').value = '';
      $('lexicon-pronunciation').value = '';
      $('lexicon-word').focus();
    }
  });

  // ---- Reassign menu -------------------------------------------------------------------------
  const menu = $('chip-menu');
  let menuChip = null;

  function closeMenu() {
    if (menu.hidden) return;
    menu.hidden = true;
    menu.replaceChildren();
    if (menuChip) menuChip.setAttribute('aria-expanded', 'false');
  }

  function openMenu(chip) {
    const quote = Number(chip.dataset.quote);
    const current = chip.dataset.speaker || 'narrator';
    const fixed = doc.edits?.assign?.[String(quote)] !== undefined;
    menuChip = chip;
    menu.replaceChildren(el('div', { class: 'menu-title' }, `Quote ${quote} is said by`));
    const item = (label, speaker, colour) => el('button', {
      type: 'button', role: 'menuitem', class: `menu-item${speaker === current ? ' current' : ''}`,
      dataset: { speaker },
      onclick: () => { closeMenu(); assign(quote, speaker); },
    }, el('span', { class: `swatch${colour ? '' : ' narrator'}`, style: colour ? { backgroundColor: colour } : null }), ' ', label);
    for (const name of speakerNames()) menu.append(item(name, name, colours.get(name)));
    menu.append(item('Narrator', 'narrator', null));
    if (fixed) {
      menu.append(el('button', {
        type: 'button', role: 'menuitem', class: 'menu-item undo', dataset: { speaker: '' },
        onclick: () => { closeMenu(); assign(quote, null); },
      }, '↺ Automatic (undo the fix)'));
    }
    const box = chip.getBoundingClientRect();
    menu.style.left = `${window.scrollX + box.left}px`;
    menu.style.top = `${window.scrollY + box.bottom + 4}px`;
    menu.hidden = false;
    chip.setAttribute('aria-expanded', 'true');
    (menu.querySelector('.menu-item.current') || menu.querySelector('.menu-item')).focus();
  }

  menu.addEventListener('keydown', (e) => {
    const items = [...menu.querySelectorAll('.menu-item')];
    const at = items.indexOf(document.activeElement);
    if (e.key === 'Escape') { e.preventDefault(); const chip = menuChip; closeMenu(); if (chip) chip.focus(); }
    else if (e.key === 'ArrowDown') { e.preventDefault(); items[(at + 1) % items.length].focus(); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); items[(at - 1 + items.length) % items.length].focus(); }
  });
  document.addEventListener('click', (e) => { if (!menu.hidden && !menu.contains(e.target) && e.target !== menuChip) closeMenu(); });

  async function assign(quote, speaker) {
    try {
      load(await api('/api/assign', {}, { quote, speaker }));
      showStatus(speaker === null ? `Quote ${quote}: automatic attribution again.` : `Quote ${quote} is now said by ${speaker}.`);
      const chip = document.querySelector(`.speaker-chip[data-quote="${quote}"]`);
      if (chip) chip.focus();
    } catch (e) { showError(e); }
  }

  // ---- Playback ------------------------------------------------------------------------------
  const quoteEl = (n) => document.querySelector(`.quote[data-quote="${n}"]`);

  function clearPlaying() {
    for (const node of playingEls) node.classList.remove('playing');
    playingEls = [];
  }
  function setPlaying(nodes) {
    clearPlaying();
    playingEls = nodes.filter(Boolean);
    for (const node of playingEls) node.classList.add('playing');
  }
  /** After re-rendering, highlight again what is playing (found by its data attributes). */
  let playingKey = null;
  function markPlaying() {
    if (!playingKey) return;
    const [kind, n] = playingKey;
    if (kind === 'paragraph') setPlaying([document.querySelector(`.paragraph[data-paragraph="${n}"]`)]);
    else if (kind === 'quote') setPlaying([quoteEl(n)]);
    else if (kind === 'segment') setPlaying([document.querySelector(`.seg[data-index="${n}"]`)]);
  }

  /** Plays /api/audio with the given parameters and highlights `node`. */
  function play(params, node) {
    timeline = null;
    lastTimelineIndex = null;
    if ('paragraph' in params) playingKey = ['paragraph', params.paragraph];
    else if ('quote' in params) playingKey = ['quote', params.quote];
    else playingKey = null;
    setPlaying([node]);
    player.src = url('/api/audio', params);
    startPlayer();
  }

  function startPlayer() {
    const attempt = player.play();
    if (attempt && attempt.catch) {
      attempt.catch((e) => {
        // An aborted load (the editor clicked something else) is not an error worth showing.
        if (e.name !== 'AbortError') showStatus(`Playback: ${e.message}`, 'error');
      });
    }
  }

  async function playAll() {
    playingKey = null;
    clearPlaying();
    timeline = null;
    lastTimelineIndex = null;
    showStatus('Rendering the whole article…');
    player.src = url('/api/audio', { all: 1 });
    startPlayer();
    try {
      const t = await api('/api/timeline');
      t.segments.sort((x, y) => x.start - y.start);
      if (player.src.includes('all=1')) timeline = t;
      followTimeline();
    } catch (e) { showError(e); }
  }

  /** Highlights the segment the "Play all" audio is at. */
  function followTimeline() {
    if (!timeline) return;
    const t = player.currentTime;
    // The segment being read, or in the pause after it the one just read.
    let at = null;
    for (const s of timeline.segments) if (s.start <= t) at = s;
    const index = at && t < timeline.seconds ? at.index : null;
    if (index === lastTimelineIndex) return;
    lastTimelineIndex = index;
    if (index === null) { clearPlaying(); playingKey = null; return; }
    playingKey = ['segment', index];
    markPlaying();
    const node = playingEls[0];
    if (node && !player.paused) node.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  player.addEventListener('timeupdate', followTimeline);
  player.addEventListener('seeked', followTimeline);
  player.addEventListener('canplay', () => { if (status.textContent.startsWith('Rendering')) showStatus(''); });
  player.addEventListener('ended', () => { clearPlaying(); playingKey = null; });
  player.addEventListener('error', async () => {
    // The element hides the server's message; ask again to show `{"error": ...}`.
    const src = player.getAttribute('src');
    if (!src) return;
    try {
      const response = await fetch(src);
      showStatus(response.ok ? 'The browser cannot play this audio.' : await errorOf(response), 'error');
      timeline = null;
      playingKey = null;
    } catch (e) { showError(e); }
    clearPlaying();
  });

  $('play-all').addEventListener('click', playAll);
  $('stop').addEventListener('click', () => {
    player.pause();
    timeline = null;
    playingKey = null;
    clearPlaying();
  });

  /** Click (or Enter/Space) on a quote plays the quote, elsewhere in a paragraph the paragraph. */
  function activate(target) {
    const chip = target.closest('.speaker-chip');
    if (chip) {
      if (!menu.hidden && menuChip === chip) closeMenu(); else openMenu(chip);
      return true;
    }
    if (target.closest('.skipped')) return false;
    const quote = target.closest('.quote');
    if (quote) { play({ quote: quote.dataset.quote }, quote); return true; }
    const paragraph = target.closest('.paragraph');
    if (paragraph) { play({ paragraph: paragraph.dataset.paragraph }, paragraph); return true; }
    return false;
  }
  $('article').addEventListener('click', (e) => {
    if (window.getSelection && String(window.getSelection()).length > 0) return; // selecting text
    activate(e.target);
  });
  $('article').addEventListener('keydown', (e) => {
    if ((e.key === 'Enter' || e.key === ' ') && !e.target.closest('.speaker-chip')) {
      if (activate(e.target)) e.preventDefault();
    }
  });

  // ---- Export --------------------------------------------------------------------------------
  function updateExport() {
    $('export-link').href = url('/api/export', { format: $('export-format').value });
  }
  $('export-format').addEventListener('change', updateExport);
  $('export-link').addEventListener('click', () => showStatus('Rendering the export; the download starts when it is ready…'));

  // ---- Articles ------------------------------------------------------------------------------
  async function loadArticles() {
    let list;
    try { list = await api('/api/articles'); } catch (e) { showError(e); return; }
    if (!session.article && list.current) session.article = list.current;
    if (!session.article && list.articles && list.articles.length) session.article = list.articles[0];
    const select = $('article-select');
    select.replaceChildren(...(list.articles || []).map((a) => el('option', { value: a }, a)));
    select.value = session.article;
    $('article-picker').hidden = !(list.articles && list.articles.length > 1);
  }
  $('article-select').addEventListener('change', async (e) => {
    session.article = e.target.value;
    const p = new URLSearchParams(location.search);
    p.set('article', session.article);
    history.replaceState(null, '', `${location.pathname}?${p.toString()}`);
    player.pause();
    player.removeAttribute('src');
    playingKey = null;
    await refresh();
  });

  // ---- Loading -------------------------------------------------------------------------------
  /** Takes a new article JSON (GET or the answer of an edit) and redraws everything. */
  function load(json) {
    doc = json;
    doc.edits = doc.edits || { cast: {}, assign: {}, lexicon: [] };
    assignColours();
    document.title = `${doc.title || doc.source} — narrate studio`;
    renderArticle();
    renderCast();
    renderLexicon();
    updateExport();
    $('sidecar-note').textContent = doc.sidecar ? `Your edits are saved in ${doc.sidecar}, next to the article.` : '';
    document.body.dataset.loaded = String(Number(document.body.dataset.loaded || 0) + 1);
  }

  async function refresh() {
    try { load(await api('/api/article')); } catch (e) {
      $('article').replaceChildren(el('p', { class: 'placeholder' }, 'The article could not be loaded.'));
      showError(e);
    }
  }

  (async function start() {
    if (!session.token) { showStatus('This page needs its token: open the URL narrate studio printed.', 'error'); return; }
    updateExport();
    await loadArticles();
    await refresh();
  })();
})();
