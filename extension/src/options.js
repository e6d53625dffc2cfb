// Options: backend URL, token, and extra sites (each asked for as an optional permission).
const api = globalThis.browser ?? globalThis.chrome;
const DEFAULT_BACKEND = "http://127.0.0.1:8765";
// Covered by the manifest's host permissions: no prompt needed for these backends.
const BUILT_IN_BACKEND_HOSTS = new Set(["127.0.0.1", "localhost"]);

const form = document.getElementById("options");
const status = document.getElementById("status");

function show(message, isError = false) {
  status.textContent = message;
  status.className = isError ? "error" : "";
}

async function load() {
  const stored = await api.storage.local.get(["backendUrl", "token", "sites"]);
  form.backendUrl.value = stored.backendUrl || DEFAULT_BACKEND;
  form.token.value = stored.token || "";
  form.sites.value = (stored.sites || []).join("\n");
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const backendUrl = form.backendUrl.value.trim().replace(/\/+$/, "");
  const sites = form.sites.value.split("\n").map((line) => line.trim()).filter(Boolean);
  let backendOrigin;
  try {
    backendOrigin = new URL(backendUrl);
  } catch (error) {
    show("The backend URL is not a URL.", true);
    return;
  }
  const loopback = backendOrigin.hostname === "localhost" || backendOrigin.hostname === "[::1]" ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(backendOrigin.hostname);
  if (backendOrigin.protocol !== "https:" && !(backendOrigin.protocol === "http:" && loopback)) {
    show("A backend on another machine must use https: your token and the pages you read travel to it.", true);
    return;
  }
  const origins = [...sites];
  if (!BUILT_IN_BACKEND_HOSTS.has(backendOrigin.hostname)) origins.push(`${backendOrigin.origin}/*`);
  // Must run in the click's user gesture, before any other await.
  const granted = origins.length ? await api.permissions.request({ origins }) : true;
  await api.storage.local.set({ backendUrl, token: form.token.value.trim(), sites });
  show(granted ? "Saved." : "Saved, but the browser did not grant access to those sites.", !granted);
});

// Import: the file goes to the service worker, which alone talks to the backend.
const importForm = document.getElementById("import");
const importStatus = document.getElementById("importStatus");
// The format a file's name says, as `paperlens library import` reads it (backend/domain/bibliography.py).
const MAX_IMPORT_BYTES = 20 * 1024 * 1024; // the API's limit on an upload
const FORMAT_BY_SUFFIX = { bib: "bibtex", bibtex: "bibtex", json: "csljson", ris: "ris", enw: "endnote", xml: "endnote", nbib: "medline", csv: "csv", tsv: "csv" };

function showImport(message, isError = false) {
  importStatus.textContent = message;
  importStatus.className = isError ? "error" : "";
}

function describeReport(report) {
  const { imported = 0, merged = 0, skipped = 0, rejected = 0 } = report.summary || {};
  const first = (report.rejected || [])[0];
  const why = first ? ` (line ${first.line}: ${first.reason})` : "";
  return `Imported ${imported}, merged ${merged}, skipped ${skipped} already in your library, rejected ${rejected}${why}.`;
}

importForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const file = importForm.libraryFile.files[0];
  if (!file) return;
  const suffix = file.name.includes(".") ? file.name.split(".").pop().toLowerCase() : "";
  const format = importForm.format.value || FORMAT_BY_SUFFIX[suffix];
  if (!format) {
    showImport(`Choose the format of ${file.name}: its name does not say.`, true);
    return;
  }
  if (file.size > MAX_IMPORT_BYTES) {
    showImport(`${file.name} is larger than the 20 MiB paperlens reads at once.`, true);
    return;
  }
  showImport(`Importing ${file.name}…`);
  const port = api.runtime.connect({ name: "paperlens" });
  port.onMessage.addListener((message) => {
    if (message.type === "importing") {
      showImport(message.total ? `Importing: ${message.done} of ${message.total}…` : "Importing…");
      return;
    }
    if (message.type === "imported") showImport(describeReport(message.report));
    else showImport(message.message || "paperlens: the import failed.", true);
    port.disconnect();
  });
  port.postMessage({ type: "import", format, text: await file.text() });
});

load();
