// paperlens service worker: the only part of the extension that talks to the backend.
//
// Content scripts on https pages cannot reach a local server (Chromium's Local Network Access),
// so they send the page here over a runtime port and get the digest and its events back.
// Nothing lives in module state that matters after the browser stops this worker: the content
// script keeps the digest id and the last event id, and resumes through a new port.
//
// Messages, content -> worker:  {type: "analyze", url, html} | {type: "resume", digestId, lastEventId}
//                               {type: "save" | "dismiss" | "undismiss", digestId, itemId}
//                               {type: "leave", digestId}  (the page was left before its digest was done)
// Messages, worker -> content:  {type: "digest", digest} | {type: "event", id, event, data}
//                               {type: "saved" | "dismissed" | "undismissed", itemId, item?} | {type: "error", message}
// Messages, options page -> worker: {type: "import", format, text}  (only from the extension's own options page)
// Messages, worker -> options page: {type: "importing", done, total} | {type: "imported", report} | {type: "error", message}

const api = globalThis.browser ?? globalThis.chrome;

const DEFAULT_SETTINGS = { backendUrl: "http://127.0.0.1:8765", token: "" };
const MAX_RETRY_DELAY_MS = 15000;

async function loadSettings() {
  const stored = await api.storage.local.get(["backendUrl", "token"]);
  return {
    backendUrl: (stored.backendUrl || DEFAULT_SETTINGS.backendUrl).replace(/\/+$/, ""),
    token: stored.token || "",
  };
}

// `code` says what went wrong in a word (shown to the page only as the status host's data-error).
class BackendError extends Error {
  constructor(message, code = "backend") {
    super(message);
    this.code = code;
  }
}

// The token and every page you read travel to the backend: in clear text only to this machine.
function isLoopback(hostname) {
  return hostname === "localhost" || hostname === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

function checkBackend(settings) {
  let url;
  try {
    url = new URL(settings.backendUrl);
  } catch (error) {
    throw new BackendError("paperlens: the backend URL in the options is not a URL.", "settings");
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) {
    throw new BackendError("paperlens: a backend on another machine must use https (set it in the extension's options).", "insecure_backend");
  }
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const EVENT_ID = /^\d{1,20}-\d{1,20}$/;
const MAX_PAGE_CHARS = 5 * 1024 * 1024;
const IMPORT_FORMATS = new Set(["bibtex", "csljson", "ris", "endnote", "medline", "wos", "csv", "arxiv"]);
const MAX_IMPORT_CHARS = 20 * 1024 * 1024; // the API's limit on an upload

// Only messages of the shapes our content script sends are acted on.
function wellFormed(message) {
  if (!message || typeof message !== "object") return false;
  const short = (value, max) => typeof value === "string" && value.length <= max;
  switch (message.type) {
    case "analyze":
      return short(message.url, 8192) && (short(message.html, MAX_PAGE_CHARS) || (message.html == null && short(message.text, MAX_PAGE_CHARS)));
    case "resume":
      return ID.test(message.digestId) && (message.lastEventId == null || EVENT_ID.test(message.lastEventId));
    case "leave":
      return ID.test(message.digestId);
    case "save":
    case "dismiss":
    case "undismiss":
      return ID.test(message.digestId) && ID.test(message.itemId);
    case "import":
      return IMPORT_FORMATS.has(message.format) && short(message.text, MAX_IMPORT_CHARS);
    default:
      return false;
  }
}

function digestPath(digestId, ...rest) {
  return ["/v1/digests", digestId, ...rest].map((part, i) => (i ? encodeURIComponent(part) : part)).join("/");
}

// `body` goes as JSON, or as it is when a `contentType` is given (the import route's body is the file itself).
async function request(settings, method, path, body, contentType) {
  if (!settings.token) {
    throw new BackendError("paperlens has no token yet: set it in the extension's options.", "no_token");
  }
  checkBackend(settings);
  let response;
  try {
    response = await fetch(settings.backendUrl + path, {
      method,
      headers: { Authorization: `Bearer ${settings.token}`, "Content-Type": contentType || "application/json" },
      body: body === undefined || contentType ? body : JSON.stringify(body),
    });
  } catch (error) {
    throw new BackendError(`paperlens cannot reach its backend at ${settings.backendUrl}. Is it running?`, "unreachable");
  }
  if (response.ok) {
    return response.status === 204 ? null : response.json();
  }
  throw new BackendError(await describeFailure(response));
}

async function describeFailure(response) {
  let detail = "";
  try {
    detail = (await response.json()).detail || "";
  } catch (error) {
    detail = response.statusText;
  }
  if (response.status === 401) return "paperlens rejected the token: check it in the extension's options.";
  if (response.status === 413) return "This page is too large for paperlens.";
  if (response.status === 422) return "paperlens found no papers on this page.";
  return `paperlens backend error (${response.status}): ${detail}`;
}

// Server-Sent Events over fetch (EventSource cannot send an Authorization header).
async function* readEvents(body) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value.replace(/\r\n/g, "\n");
    let end;
    while ((end = buffer.indexOf("\n\n")) !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = { id: null, event: "message", data: [] };
      for (const line of block.split("\n")) {
        if (!line || line.startsWith(":")) continue;
        const colon = line.indexOf(":");
        const field = colon === -1 ? line : line.slice(0, colon);
        const text = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "data") event.data.push(text);
        else if (field === "id") event.id = text;
        else if (field === "event") event.event = text;
      }
      if (event.data.length) yield { ...event, data: JSON.parse(event.data.join("\n")) };
    }
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// A library file to the import route (its body is the file, not JSON); a large one is read by a worker, followed here.
async function importLibrary(port, settings, format, text) {
  if (!settings.token) throw new BackendError("paperlens has no token yet: set it above and save.", "no_token");
  const path = `/v1/library/import?format=${encodeURIComponent(format)}`;
  let answer = await request(settings, "POST", path, text, "text/plain; charset=utf-8");
  const statusUrl = answer.status_url;
  while (statusUrl && answer.state !== "done" && answer.state !== "failed" && !port.closed) {  // the worker imports on regardless
    await sleep(1000);
    answer = await request(settings, "GET", statusUrl);
    port.send({ type: "importing", done: answer.done ?? 0, total: answer.total ?? null });
  }
  if (answer.state === "failed") throw new BackendError(`paperlens could not import the file: ${answer.error || "it failed"}`);
  port.send({ type: "imported", report: answer.report ?? answer });
}

// How many tabs each digest's events are relayed to: the same papers open in two tabs are one digest, and one tab
// left must not delete it under the other.
const relaying = new Map();

// Relays a digest's events to the port until `done`, resuming with Last-Event-ID when the stream breaks.
async function relayEvents(port, digestId, lastEventId) {
  relaying.set(digestId, (relaying.get(digestId) || 0) + 1);
  try {
    await relayUntilDone(port, digestId, lastEventId);
  } finally {
    const left = relaying.get(digestId) - 1;
    if (left) relaying.set(digestId, left);
    else relaying.delete(digestId);
  }
}

async function relayUntilDone(port, digestId, lastEventId) {
  let failures = 0;
  while (!port.closed) {
    const settings = await loadSettings();
    checkBackend(settings);
    const headers = { Authorization: `Bearer ${settings.token}` };
    if (lastEventId) headers["Last-Event-ID"] = lastEventId;
    try {
      const response = await fetch(settings.backendUrl + digestPath(digestId, "events"), {
        headers,
        signal: port.abort.signal,
      });
      if (!response.ok) {
        port.send({ type: "error", message: await describeFailure(response) });
        return;
      }
      failures = 0;
      for await (const event of readEvents(response.body)) {
        if (event.id) lastEventId = event.id;
        port.send({ type: "event", ...event });
        if (event.event === "done") return;
      }
    } catch (error) {
      if (port.closed) return;
    }
    failures += 1;
    await sleep(Math.min(500 * 2 ** failures, MAX_RETRY_DELAY_MS));
  }
}

async function handle(port, message) {
  const settings = await loadSettings();
  switch (message.type) {
    case "analyze": {
      const page = message.html != null ? { html: message.html } : { text: message.text };
      const digest = await request(settings, "POST", "/v1/digests", { url: message.url, ...page });
      port.send({ type: "digest", digest });
      await relayEvents(port, digest.id, null);
      break;
    }
    case "resume":
      await relayEvents(port, message.digestId, message.lastEventId);
      break;
    case "save": {
      const item = await request(settings, "POST", digestPath(message.digestId, "items", message.itemId, "save"));
      port.send({ type: "saved", itemId: message.itemId, item });
      break;
    }
    case "dismiss": {
      await request(settings, "POST", digestPath(message.digestId, "items", message.itemId, "dismiss"));
      port.send({ type: "dismissed", itemId: message.itemId });
      break;
    }
    case "undismiss": {
      await request(settings, "DELETE", digestPath(message.digestId, "items", message.itemId, "dismiss"));
      port.send({ type: "undismissed", itemId: message.itemId });
      break;
    }
    case "import":
      await importLibrary(port, settings, message.format, message.text);
      break;
    case "leave":
      // Nobody will read the rest of it (unless another tab shows it too): the workers stop at their next publish.
      // Sent as the tab goes (its own relay still counts): nothing to answer, and an error has nobody to tell.
      if ((relaying.get(message.digestId) || 0) <= 1) await request(settings, "DELETE", digestPath(message.digestId)).catch(() => {});
      break;
    default:
      port.send({ type: "error", message: `paperlens: unknown message ${message.type}` });
  }
}

api.runtime.onConnect.addListener((rawPort) => {
  if (rawPort.name !== "paperlens" || rawPort.sender?.id !== api.runtime.id) return;
  const port = {
    closed: false,
    abort: new AbortController(),
    send(message) {
      if (!this.closed) rawPort.postMessage(message);
    },
  };
  rawPort.onDisconnect.addListener(() => {
    port.closed = true;
    port.abort.abort();
  });
  // Imports come from the options page only: a content script runs beside pages the user merely reads.
  const fromOptions = (rawPort.sender?.url || "").startsWith(api.runtime.getURL("src/options.html"));
  rawPort.onMessage.addListener((message) => {
    if (!wellFormed(message) || (message.type === "import") !== fromOptions) {
      port.send({ type: "error", message: "paperlens: ignored a malformed message" });
      return;
    }
    handle(port, message).catch((error) => {
      const text = error instanceof BackendError ? error.message : `paperlens: ${error.message || error}`;
      const code = error instanceof BackendError ? error.code : "extension";
      port.send({ type: "error", message: text, code, ...(message.itemId ? { itemId: message.itemId } : {}) });
    });
  });
});

// The toolbar button runs paperlens on any page, on demand (activeTab grants access to it).
api.action.onClicked.addListener(async (tab) => {
  if (tab.id === undefined) return;
  await api.scripting.executeScript({ target: { tabId: tab.id }, files: ["src/content.js"] });
});

// Sites the user added in the options page, with the permission they granted there.
async function registerExtraSites() {
  const { sites = [] } = await api.storage.local.get("sites");
  const granted = [];
  for (const pattern of sites) {
    if (await api.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const existing = await api.scripting.getRegisteredContentScripts({ ids: ["paperlens-extra-sites"] });
  if (existing.length) await api.scripting.unregisterContentScripts({ ids: ["paperlens-extra-sites"] });
  if (granted.length) {
    await api.scripting.registerContentScripts([
      { id: "paperlens-extra-sites", matches: granted, js: ["src/content.js"], runAt: "document_idle" },
    ]);
  }
}

api.storage.onChanged.addListener((changes) => {
  if (changes.sites) registerExtraSites().catch(() => {});
});
api.runtime.onInstalled.addListener(() => registerExtraSites().catch(() => {}));
