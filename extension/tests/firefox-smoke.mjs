// Firefox smoke test: firefox-esr loads the extension (the Firefox layout from build.py), its content
// script runs on an arXiv listing served as the real site, hands the page to the background script,
// and shows the background's answer in the overlay's status note (read here as the kind of error the
// status host carries: its text is in a closed shadow root, out of a page script's reach).
//
// WebDriver BiDi in Firefox refuses to open moz-extension:// pages, so the options page cannot be
// filled in here; with no token set, the expected answer is the "no token yet" message.
// Usage: node firefox-smoke.mjs EXTENSION_DIR PAGE_URL FIXTURE_HTML  -> prints a JSON result
import fs from "node:fs";
import puppeteer from "puppeteer-core";

const [extensionDir, pageUrl, fixture] = process.argv.slice(2);
const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: process.env.FIREFOX || "/usr/bin/firefox-esr",
  headless: true,
  protocol: "webDriverBiDi",
});
try {
  await browser.installExtension(extensionDir);
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (request.url() === pageUrl) {
      request.respond({ status: 200, contentType: "text/html; charset=utf-8", body: fs.readFileSync(fixture, "utf8") });
    } else {
      request.abort();
    }
  });
  await page.goto(pageUrl);
  await page.waitForFunction(
    () => document.querySelector("paperlens-status")?.dataset.state === "error",
    { timeout: 30000 },
  );
  const result = await page.evaluate(() => ({
    error: document.querySelector("paperlens-status").dataset.error,
    readable: document.querySelector("paperlens-status").shadowRoot !== null, // closed: the page cannot read it
    titles: [...document.querySelectorAll(".list-title")].length,
  }));
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
