import { describe, expect, test } from 'vitest';
import { findPdfLinks } from '../../workers/sources/pdf-links.ts';

const page = new URL('https://www.soumu.go.jp/menu_news/s-news/01.html');
const hrefs = (html: string, maxLinks = 1000): string[] => findPdfLinks(html, page, maxLinks).links.map((u) => u.href);

describe('the PDF links of a release page', () => {
  test('every <a href> to a PDF, resolved against the page, each once, in page order, however the attribute is written', () => {
    const html = [
      '<a href="/main_content/000662002.pdf">施策集</a>',
      "<A HREF='000123.PDF#page=2'>upper case, fragment</A>",
      '<a class=x href=./b.pdf?x=1&amp;y=2>unquoted, an entity</a>',
      '<a href="https://www.soumu.go.jp/main_content/000662002.pdf">the first again</a>',
      '<a href="/index.html">not a PDF</a>',
      '<a name="top">no href</a>',
      '<a href="&#x2F;c.pdf">a numeric reference</a>',
      '<link href="/style.pdf">not an anchor</link>',
    ].join('\n');
    expect(hrefs(html)).toEqual([
      'https://www.soumu.go.jp/main_content/000662002.pdf',
      'https://www.soumu.go.jp/menu_news/s-news/000123.PDF',
      'https://www.soumu.go.jp/menu_news/s-news/b.pdf?x=1&y=2',
      'https://www.soumu.go.jp/c.pdf',
    ]);
  });

  test('a 150 KB page of unclosed `<a ` is read in one pass, and the links after it are still found', () => {
    const flood = '<a '.repeat(50_000);
    expect(flood.length).toBe(150_000);
    expect(hrefs(flood)).toEqual([]);
    // The flood swallows what follows into one tag, as a browser would, until a `>` ends it.
    expect(hrefs(`${flood}><ul><li><a href="a.pdf">a</a></li><li><a href="b.pdf">b</a></li></ul>`)).toEqual([
      'https://www.soumu.go.jp/menu_news/s-news/a.pdf',
      'https://www.soumu.go.jp/menu_news/s-news/b.pdf',
    ]);
  });

  test('past the cap, distinct links are counted, not returned', () => {
    const html = ['a', 'b', 'a', 'c', 'd', 'e', 'd'].map((name) => `<a href="${name}.pdf">${name}</a>`).join('');
    const found = findPdfLinks(html, page, 3);
    expect(found.links.map((u) => u.pathname.split('/').pop())).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
    expect(found.overCap).toBe(2);
  });
});
