// The CLS page: a heading, a paragraph, the embed exactly as README.md's "Embed it" section shows it,
// another paragraph. The embed markup lives in one place, the README: every ```html block of that
// section goes into the page as it is (its script's src pointed at this server's dist/, held back
// a second), and every ```css block into a <style> in <head>, so a reserved-size snippet the README
// adds is measured as soon as it is there. Only the text around the embed is written here.
import { readFileSync } from 'node:fs';

export const LATE_MS = 1000;

/** The README's "Embed it" section: its html and css code blocks. */
export function readmeEmbed(readmePath) {
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.search(/^## Embed it\s*$/m);
  if (start < 0) throw new Error(`${readmePath} has no "## Embed it" section`);
  const rest = readme.slice(start + 1);
  const next = rest.search(/^## /m);
  const section = next < 0 ? rest : rest.slice(0, next);
  const blocks = (lang) =>
    [...section.matchAll(new RegExp('^```' + lang + '\\s*\\n([\\s\\S]*?)^```', 'gm'))].map((m) =>
      m[1].trim(),
    );
  const html = blocks('html').filter((block) => block.includes('<belarus-timeline'));
  if (!html.length) throw new Error('README.md "Embed it" shows no <belarus-timeline> in an html block');
  return { html, css: blocks('css') };
}

/** The page, with the element's script at `scriptUrl` (which the server delays). */
export function embedPage({ html, css }, scriptUrl) {
  // The README's script tag names the file by where a site would host it (/assets/…): point it here.
  const markup = html.join('\n').replace(/src="[^"]*belarus-timeline\.bundle\.js"/g, `src="${scriptUrl}"`);
  if (!markup.includes(scriptUrl)) throw new Error('the README embed loads no belarus-timeline.bundle.js');
  const text =
    'Minsk, October 2022. Alexander Lukashenko announced that Belarusian and Russian troops would ' +
    'deploy together, a week after the bridge to Crimea was struck. What follows is the story as ' +
    'it unfolded, entry by entry, in a timeline that a newsroom drops into its article.';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>bench: embed (CLS)</title>
    <script>
      // Layout shifts (CLS as Core Web Vitals sum them: every shift not caused by recent input) and
      // when the element said it had drawn; registered before anything else can shift.
      window.embed = { cls: 0, shifts: [], loadedAt: null };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.hadRecentInput) continue;
          embed.cls += entry.value;
          embed.shifts.push({ at: Math.round(entry.startTime), value: entry.value });
        }
      }).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('timeline-load', () => (embed.loadedAt ??= performance.now()));
    </script>
    <style>
      body {
        margin: 0;
        padding: 0 16px;
        font: 18px/1.5 Georgia, serif;
      }
    </style>
${css.map((block) => `    <style>\n${block}\n    </style>`).join('\n')}
  </head>
  <body>
    <h1>Lukashenko, Putin and the war</h1>
    <p>${text}</p>
${markup}
    <p>${text}</p>
    <p>${text}</p>
  </body>
</html>
`;
}
