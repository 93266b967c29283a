// Tests drive Debian's /usr/bin/chromium and /usr/bin/firefox-esr; puppeteer must not try to
// download a browser of its own (this network only reaches the npm registry).
module.exports = { skipDownload: true };
