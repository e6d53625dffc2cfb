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

load();
