/**
 * The convert command's `htmlToText`: htmlparser2 (a well-kept, streaming HTML parser) feeds the
 * same `TextCollector` as the browser's DOMParser walk, so both give the same text. Only the
 * command imports this module: nothing reachable from `src/index.ts` does, which keeps
 * htmlparser2 out of the browser bundle.
 */
import { Parser } from 'htmlparser2';
import { TextCollector } from '../data/html-text-core.js';

export function htmlToText(html: string): string {
  const collect = new TextCollector();
  const parser = new Parser(
    {
      onopentagname: (name) => collect.open(name),
      onclosetag: (name) => collect.close(name),
      ontext: (data) => collect.text(data),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return collect.done();
}
