// paperlens content script: captures the digest page, draws the overlay next to each paper.
//
// All network traffic goes through the service worker (see background.js). Everything drawn here
// is built with createElement + textContent inside *closed* shadow roots: no text from the page or the
// API ever becomes HTML, page CSS cannot reach the overlay, and the page's scripts can neither read it
// (which of its papers are in your library, your library's titles in the hover details) nor press its
// buttons (its synthetic events are not trusted, and it cannot reach them anyway).
(() => {
  if (window.__paperlens) return; // the toolbar button may inject us into a page that already has us
  window.__paperlens = true;

  const api = globalThis.browser ?? globalThis.chrome;
  const MAX_HTML_CHARS = 4.5 * 1024 * 1024; // the backend takes 5 MiB; past this we send the visible text
  const ANCHOR_SELECTOR = "h1,h2,h3,h4,h5,h6,a,p,div,span,li,dt,dd,td,strong,b";

  const STYLE = `
    :host { all: initial; display: block; margin: 4px 0 6px; font: 12px/1.5 system-ui, sans-serif; color: #1f2937; }
    .strip { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
    .badge, .chip, button { border-radius: 9px; padding: 0 7px; border: 1px solid transparent; white-space: nowrap; }
    .in-library { background: #dcfce7; color: #166534; border-color: #86efac; font-weight: 600; }
    .possible { background: #fef9c3; color: #854d0e; border-color: #fde047; }
    .duplicate { background: #ffedd5; color: #9a3412; border-color: #fdba74; }
    .related { background: #e0e7ff; color: #3730a3; border-color: #a5b4fc; }
    .chip { background: #f3f4f6; color: #374151; border-color: #e5e7eb; }
    .pending { color: #9ca3af; }
    button { font: inherit; cursor: pointer; background: #fff; border-color: #d1d5db; color: #1f2937; }
    button:hover { background: #f9fafb; }
    button:disabled { cursor: default; opacity: 0.6; }
    .strip.collapsed { flex-wrap: nowrap; overflow: hidden; color: #6b7280; }
    .meter { display: inline-block; width: 42px; height: 7px; border-radius: 4px; background: #e5e7eb; overflow: hidden; }
    .meter-fill { display: block; height: 100%; background: #7c3aed; }
  `;
  const STATUS_STYLE = `
    :host { all: initial; position: fixed; right: 12px; bottom: 12px; z-index: 2147483647; }
    .status { font: 12px/1.4 system-ui, sans-serif; background: #111827; color: #f9fafb; padding: 6px 10px;
              border-radius: 8px; box-shadow: 0 2px 8px rgba(0,0,0,.25); max-width: 360px; }
    .status.error { background: #991b1b; }
    .picks { margin-top: 4px; display: flex; flex-direction: column; gap: 2px; }
    button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: left; }
    .pick { text-decoration: underline; color: #c4b5fd; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 340px; }
    .dim-toggle { margin-top: 4px; color: #d1d5db; text-decoration: underline; }
    .fold { float: right; margin-left: 10px; color: #d1d5db; }
  `;
  const TOP_PICKS = 5;
  const PICKING_SIGNALS = new Set(["model", "few"]); // picks need a library to pick by ("dismissals" says only what is not wanted)
  const DIM_BELOW = 0.2; // "Dim low relevance" fades papers scored under this (they stay on the page)

  // ---- state: everything the overlay shows, rebuilt into the DOM whenever the page re-renders ----
  const state = {
    digest: null,
    entries: new Map(), // item id -> {item, match, duplicate, keywords, related, saved, dismissed, host}
    lastEventId: null,
    resumes: 0, // how often the stream was picked up again through a new port (shown as data-resumes)
    progress: {},
    done: false,
    error: null,
    dimLow: false, // the user's choice, from the status box
    folded: false, // the status box shrunk to its summary line, so it covers no more of the page than that
  };
  let port = null;

  // ---- talking to the service worker ----
  function connect() {
    port = api.runtime.connect({ name: "paperlens" });
    port.onMessage.addListener(onMessage);
    port.onDisconnect.addListener(() => {
      port = null;
      // The browser stops idle service workers; pick the stream up again where we left it.
      if (state.digest && !state.done && !state.error) setTimeout(resume, 300);
    });
    return port;
  }

  function send(message) {
    (port || connect()).postMessage(message);
  }

  function resume() {
    state.resumes += 1;
    send({ type: "resume", digestId: state.digest.id, lastEventId: state.lastEventId });
    renderStatus();
  }

  // A page left before its digest is done: the workers need not finish it (a long listing is minutes of work that
  // the user's next page would wait behind). A page kept in the back/forward cache may come back, and keeps it.
  window.addEventListener("pagehide", (event) => {
    if (!event.persisted && state.digest && !state.done) send({ type: "leave", digestId: state.digest.id });
  });

  function capture() {
    const html = document.documentElement.outerHTML;
    return html.length <= MAX_HTML_CHARS ? { html } : { html: null, text: document.body.innerText };
  }

  // Messages come from our own service worker; still, only the shapes it sends are acted on.
  const ID = /^[A-Za-z0-9_-]{1,64}$/;
  function wellFormed(message) {
    if (!message || typeof message.type !== "string") return false;
    if (message.type === "digest") {
      const digest = message.digest;
      return Boolean(digest && ID.test(digest.id) && Array.isArray(digest.items) &&
        digest.items.every((item) => item && ID.test(item.id) && typeof item.title === "string"));
    }
    if (message.type === "event") return typeof message.event === "string" && typeof message.data === "object" && message.data !== null;
    if (["saved", "dismissed", "undismissed"].includes(message.type)) return ID.test(message.itemId);
    return message.type === "error" && typeof message.message === "string";
  }

  function onMessage(message) {
    if (!wellFormed(message)) return;
    switch (message.type) {
      case "digest":
        state.digest = message.digest;
        // A paper dismissed before (on this page or another) comes marked, and is drawn collapsed.
        for (const item of message.digest.items) state.entries.set(item.id, { item, keywords: null, dismissed: item.dismissed === true });
        attachAll();
        break;
      case "event":
        if (message.id) state.lastEventId = message.id;
        applyEvent(message.event, message.data);
        break;
      case "saved":
        update(message.itemId, (entry) => Object.assign(entry, { saved: true, busy: false }));
        break;
      case "dismissed":
        update(message.itemId, (entry) => Object.assign(entry, { dismissed: true, busy: false }));
        break;
      case "undismissed":
        update(message.itemId, (entry) => Object.assign(entry, { dismissed: false, busy: false }));
        break;
      case "error":
        if (message.itemId !== undefined && state.entries.has(message.itemId)) {
          update(message.itemId, (entry) => (entry.busy = false));
        }
        state.error = message.message;
        state.errorCode = typeof message.code === "string" ? message.code : "backend";
        break;
    }
    scheduleStatus();
  }

  // Events come in bursts (a long page: thousands), and the status box reads every entry (counts, top picks): it is
  // drawn at most every STATUS_EVERY_MS, not once an event. A timer, not an animation frame: those wait for a tab
  // that is out of sight.
  const STATUS_EVERY_MS = 100;
  let statusTimer = null;
  function scheduleStatus() {
    statusTimer ??= setTimeout(() => {
      statusTimer = null;
      renderStatus();
    }, STATUS_EVERY_MS);
  }

  function applyEvent(event, data) {
    if (event === "annotation") {
      const field = {
        library_match: "match",
        possible_match: "possible",
        digest_duplicate: "duplicate",
        keywords: "keywords",
        related: "related",
        relevance: "relevance",
      }[data.kind];
      if (field) update(data.item_id, (entry) => (entry[field] = data));
    } else if (event === "progress") {
      state.progress[data.stage] = data;
    } else if (event === "done") {
      state.done = true;
      for (const id of state.entries.keys()) update(id, () => {});
    } else if (event === "error") {
      state.error = `paperlens: ${data.stage} failed: ${data.message}`;
      state.errorCode = "stage";
    }
  }

  function update(itemId, change) {
    const entry = state.entries.get(itemId);
    if (!entry) return;
    change(entry);
    if (entry.host) render(entry);
  }

  // ---- anchoring: each item hangs under the page element (or the line of text) that shows its title ----
  // As the backend reads titles: without arXiv's "Title:" label, Google Scholar's "[PDF]", "[BOOK][B]" tags, or the
  // period dblp closes a title with (backend/domain/markup.py: RESULT_TAGS, without_closing_period).
  function normalise(text) {
    return text.replace(/\s+/g, " ").trim().toLowerCase().replace(/^title:\s*/, "")
      .replace(/^(?:\[(?:pdf|html|book|b|citation|c|doc)\]\s*)+/, "").replace(/\s*\.$/, "");
  }

  function findAnchors() {
    const wanted = new Map(); // normalised title -> item ids, in page order
    for (const { item } of state.entries.values()) {
      const key = normalise(item.title);
      wanted.set(key, [...(wanted.get(key) || []), item.id]);
    }
    const found = new Map(); // normalised title -> deepest elements showing it, in page order
    for (const element of document.body.querySelectorAll(ANCHOR_SELECTOR)) {
      if (element.childElementCount > 6) continue; // a container, not a title
      const text = element.textContent;
      if (text.length > 2000) continue;
      const key = normalise(text);
      if (!wanted.has(key)) continue;
      const list = found.get(key) || [];
      if (list.length && list[list.length - 1].contains(element)) list[list.length - 1] = element;
      else list.push(element);
      found.set(key, list);
    }
    findTextAnchors(wanted, found);
    const anchors = new Map();
    for (const [key, ids] of wanted) {
      const elements = found.get(key) || [];
      ids.forEach((id, index) => elements[index] && anchors.set(id, elements[index]));
    }
    return anchors;
  }

  // A title that is no element's whole text: lines of a plain-text e-mail as a web mail client shows them
  // ("Title: Census of …<br>", a long title continued on the next line). Its strip goes after its last line.
  const TEXT_KEY = 24; // titles are looked up by their first characters: one pass over the page's text
  const TITLE_LINES = 4; // a title wraps onto three more lines at most
  function findTextAnchors(wanted, found) {
    const byStart = new Map();
    for (const key of wanted.keys()) {
      if (found.has(key) || key.length < TEXT_KEY) continue;
      byStart.set(key.slice(0, TEXT_KEY), [...(byStart.get(key.slice(0, TEXT_KEY)) || []), key]);
    }
    if (!byStart.size) return;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (severalLines(node.textContent) && preformatted(node)) {
        walker.currentNode = anchorsInLines(node, byStart, found); // the walk goes on after its last piece
        continue;
      }
      const line = node.textContent.length <= 2000 ? normalise(node.textContent) : "";
      const keys = byStart.get(line.slice(0, TEXT_KEY));
      if (!keys) continue;
      const lines = [node]; // this line and the ones after it, between <br>s
      for (let next = node.nextSibling; next && lines.length < TITLE_LINES; next = next.nextSibling) {
        if (next.nodeType === Node.TEXT_NODE) lines.push(next);
        else if (next.nodeName !== "BR") break;
      }
      const title = titleIn(lines.map((text) => text.textContent), keys);
      if (title) found.set(title[0], [...(found.get(title[0]) || []), lines[title[1] - 1]]);
    }
  }

  // The title that begins at the first of these lines, continued on the next ones (a long title wraps): the title
  // and the number of lines it takes, or null.
  function titleIn(lines, keys) {
    let text = "";
    for (let count = 1; count <= Math.min(TITLE_LINES, lines.length); count += 1) {
      text = normalise(count === 1 ? lines[0] : `${text} ${lines[count - 1]}`);
      if (keys.includes(text)) return [text, count];
    }
    return null;
  }

  // A mail shown as it was sent (Gmail's "Show original", a .txt file): the whole mailing is one text node in a
  // <pre>, its lines only newlines. The node is split after each title's last line, and the strip goes there.
  function severalLines(text) {
    // Content on two lines or more, in one pass (a pattern such as /\S[^\n]*\n\s*\S/ backtracks over a long line
    // for every start: quadratic).
    const first = text.search(/\S/);
    const newline = first < 0 ? -1 : text.indexOf("\n", first);
    return newline >= 0 && /\S/.test(text.slice(newline));
  }

  function preformatted(node) {
    const parent = node.parentElement;
    return Boolean(parent) && /^(pre|break-spaces)/.test(getComputedStyle(parent).whiteSpace);
  }

  function anchorsInLines(node, byStart, found) {
    const lines = node.textContent.split("\n");
    const ends = []; // [title, offset just after its last line]
    for (let i = 0, offset = 0; i < lines.length; offset += lines[i].length + 1, i += 1) {
      const keys = byStart.get(normalise(lines[i]).slice(0, TEXT_KEY));
      const title = keys && titleIn(lines.slice(i, i + TITLE_LINES), keys);
      if (!title) continue;
      const taken = lines.slice(i, i + title[1]);
      ends.push([title[0], offset + taken.reduce((chars, line) => chars + line.length + 1, 0)]);
    }
    let piece = node;
    let start = 0;
    for (const [title, end] of ends) {
      const rest = end - start < piece.length ? piece.splitText(end - start) : null;
      found.set(title, [...(found.get(title) || []), piece]);
      if (!rest) break;
      [piece, start] = [rest, end];
    }
    return piece;
  }

  // A title that is a whole table cell ("# | Title | Authors") keeps its strip inside the cell, at its end: after
  // the cell, the strip would be a cell of its own and push the row's others aside.
  function isCell(node) {
    return node.nodeName === "TD" || node.nodeName === "TH";
  }

  function titleOf(host) {
    const cell = host.parentNode;
    return cell && isCell(cell) && cell.lastChild === host ? cell : host.previousSibling;
  }

  function attachAll() {
    const anchors = findAnchors();
    for (const [id, entry] of state.entries) {
      const anchor = anchors.get(id);
      if (!anchor) continue;
      if (entry.host && entry.host.isConnected && titleOf(entry.host) === anchor) continue;
      if (entry.host) entry.host.remove();
      entry.host = document.createElement("paperlens-strip");
      entry.host.dataset.itemId = id;
      entry.root = entry.host.attachShadow({ mode: "closed" });
      if (isCell(anchor)) anchor.append(entry.host);
      else anchor.after(entry.host); // an element, or the last line of a title in text
      render(entry);
    }
    renderStatus();
  }

  // Hugging Face re-renders its list; when our strips fall out of the page, put them back.
  let reattachTimer = null;
  new MutationObserver(() => {
    if (!state.digest || reattachTimer) return;
    const lost = [...state.entries.values()].some((entry) => !entry.host || !entry.host.isConnected);
    if (!lost && statusHost && statusHost.isConnected) return;
    reattachTimer = setTimeout(() => {
      reattachTimer = null;
      attachAll();
    }, 150);
  }).observe(document.documentElement, { childList: true, subtree: true });

  // ---- drawing ----
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function render(entry) {
    const style = el("style");
    style.textContent = STYLE;
    if (entry.dismissed) {
      // "Not relevant" sticks: one line, and the way back.
      const collapsed = el("div", "strip collapsed");
      collapsed.append(el("span", "dismissed", "Marked not relevant"));
      const undo = el("button", "undo", "Undo");
      undo.disabled = Boolean(entry.busy);
      undo.addEventListener("click", (event) => event.isTrusted && act(entry, "undismiss"));
      collapsed.append(undo);
      entry.root.replaceChildren(style, collapsed);
      dim(entry);
      return;
    }
    const strip = el("div", "strip");
    if (entry.match) {
      const badge = el("span", "badge in-library", "In your library");
      const basis = `${entry.match.basis.replace("_", " ")} match, ${Math.round(entry.match.score * 100)}%`;
      badge.title = `${entry.match.title} (${basis})${entry.match.reasons.length ? ": " + entry.match.reasons.join("; ") : ""}`;
      strip.append(badge);
    }
    if (entry.possible && !entry.match) {
      const hint = el("span", "badge possible", "Possibly in your library");
      hint.title = `${entry.possible.title}: ${entry.possible.reasons.join("; ")}`;
      strip.append(hint);
    }
    if (entry.duplicate) strip.append(el("span", "badge duplicate", "Duplicate on this page"));
    if (entry.keywords) {
      for (const keyword of entry.keywords.keywords) strip.append(el("span", "chip", keyword.phrase));
    } else if (!state.done) {
      strip.append(el("span", "pending", "…"));
    }
    if (entry.relevance && entry.relevance.signal !== "none") strip.prepend(meter(entry.relevance));
    if (entry.related && entry.related.library_items.length) {
      const names = entry.related.library_items.map((item) => item.title);
      const related = el("span", "badge related", `Related to your library: ${names.join("; ")}`);
      strip.append(related);
    }
    if (!entry.match) {
      const save = el("button", "save", entry.saved ? "Saved" : "Save");
      save.disabled = Boolean(entry.saved || entry.busy);
      save.addEventListener("click", (event) => event.isTrusted && act(entry, "save"));
      strip.append(save);
    }
    const dismiss = el("button", "dismiss", "Not relevant");
    dismiss.disabled = Boolean(entry.busy);
    dismiss.addEventListener("click", (event) => event.isTrusted && act(entry, "dismiss"));
    strip.append(dismiss);
    entry.root.replaceChildren(style, strip);
    dim(entry);
  }

  // How much the paper matters to you: a bar, its number and its reasons on hover.
  function meter(relevance) {
    const percent = Math.round(Math.min(1, Math.max(0, Number(relevance.score) || 0)) * 100);
    const node = el("span", "meter");
    node.setAttribute("role", "meter");
    node.setAttribute("aria-valuemin", "0");
    node.setAttribute("aria-valuemax", "100");
    node.setAttribute("aria-valuenow", String(percent));
    const because = (relevance.because || []).map((item) => item.title);
    const terms = relevance.terms || [];
    node.title = `Relevance ${percent}% (#${relevance.rank} on this page)` +
      (because.length ? `; like your ${because.join("; ")}` : "") + (terms.length ? `; words: ${terms.join(", ")}` : "") +
      ((relevance.unlike || []).length ? `; like what you marked not relevant: ${relevance.unlike.join("; ")}` : "") +
      (relevance.signal === "few" ? "; few papers to learn from yet" : "") +
      (relevance.signal === "dismissals" ? "; nothing in your library yet: only what you marked not relevant counts" : "");
    const fill = el("span", "meter-fill");
    fill.style.width = `${percent}%`;
    node.append(fill);
    return node;
  }

  // Dimming fades a paper's title (the page's element) and our strip; nothing is hidden or moved.
  function dim(entry) {
    const low = state.dimLow && entry.relevance && entry.relevance.signal !== "none" && entry.relevance.score < DIM_BELOW;
    const opacity = low ? "0.45" : "";
    const title = titleOf(entry.host);
    if (title && title.style) title.style.opacity = opacity; // a line of text has no style of its own
    if (!title || !title.contains(entry.host)) entry.host.style.opacity = opacity; // in a cell, the cell's fades it
  }

  function topPicks() {
    return [...state.entries.values()]
      .filter((entry) => entry.relevance && PICKING_SIGNALS.has(entry.relevance.signal) && !entry.match && !entry.dismissed && entry.host)
      .sort((a, b) => a.relevance.rank - b.relevance.rank)
      .slice(0, TOP_PICKS);
  }

  function act(entry, type) {
    entry.busy = true;
    render(entry);
    send({ type, digestId: state.digest.id, itemId: entry.item.id });
    setTimeout(() => update(entry.item.id, (e) => (e.busy = false)), 10000);
  }

  let statusHost = null;
  let statusRoot = null;
  function renderStatus() {
    if (!statusHost || !statusHost.isConnected) {
      statusHost = document.createElement("paperlens-status");
      statusRoot = statusHost.attachShadow({ mode: "closed" });
      document.documentElement.append(statusHost);
    }
    const style = el("style");
    style.textContent = STATUS_STYLE;
    const box = el("div", state.error ? "status error" : "status");
    box.setAttribute("role", "status");
    const picks = state.error ? [] : topPicks();
    if (picks.length) {
      const fold = el("button", "fold", state.folded ? "Top picks ▴" : "Hide ▾");
      fold.setAttribute("aria-expanded", String(!state.folded));
      fold.addEventListener("click", (event) => {
        if (!event.isTrusted) return;
        state.folded = !state.folded;
        renderStatus();
      });
      box.append(fold);
    }
    box.append(el("div", "summary", statusText()));
    if (picks.length && !state.folded) {
      const list = el("div", "picks");
      list.append(el("span", "picks-title", "Top picks:"));
      for (const entry of picks) {
        const pick = el("button", "pick", entry.item.title);
        pick.title = `${entry.item.title} (relevance ${Math.round(entry.relevance.score * 100)}%)`;
        pick.addEventListener("click", (event) => event.isTrusted && entry.host.scrollIntoView({ block: "center" }));
        list.append(pick);
      }
      box.append(list);
      const toggle = el("button", "dim-toggle", state.dimLow ? "Show all papers at full strength" : "Dim low relevance");
      toggle.addEventListener("click", (event) => {
        if (!event.isTrusted) return;
        state.dimLow = !state.dimLow;
        for (const entry of state.entries.values()) if (entry.host) dim(entry);
        renderStatus();
      });
      box.append(toggle);
    }
    // What the page may see of us: that we run, how far along, and an error's kind — never library data.
    statusHost.dataset.resumes = String(state.resumes);
    statusHost.dataset.state = state.error ? "error" : state.done ? "done" : state.digest ? "working" : "reading";
    if (state.error) statusHost.dataset.error = state.errorCode || "backend";
    statusRoot.replaceChildren(style, box);
  }

  function statusText() {
    if (state.error) return state.error;
    if (!state.digest) return "paperlens: reading this page…";
    const total = state.digest.items.length;
    // A page of more papers than a digest holds (a conference's accepted papers) is read to its first ones.
    const papers = state.digest.more_papers === true ? `the first ${total} papers (the page lists more)` : `${total} papers`;
    const placed = [...state.entries.values()].filter((entry) => entry.host && entry.host.isConnected).length;
    if (state.done) return `paperlens: ${papers}, ${placed} on the page, done`;
    const stages = Object.values(state.progress).map((p) => `${p.stage} ${p.done}/${p.total}`);
    return `paperlens: ${papers} · ${stages.join(" · ") || "queued"}`;
  }

  // ---- start ----
  renderStatus();
  send({ type: "analyze", url: location.href, ...capture() });
})();
