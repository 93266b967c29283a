// Runs first: every uncaught error on the page is kept for the test.
window.pageErrors = [];
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
// And every script of dist/ the page fetched, in order: chunks that load later, and whether any
// loaded twice.
window.distScripts = () =>
  performance
    .getEntriesByType('resource')
    .map((r) => new URL(r.name).pathname)
    .filter((path) => path.startsWith('/dist/'));
