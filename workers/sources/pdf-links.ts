const ANCHOR_HREF = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/giu;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** The few character references that turn up in hrefs (`&amp;` in query strings, numeric ones). */
const decodeReferences = (text: string): string =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/giu, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
    return ENTITIES[name!.toLowerCase()] ?? whole;
  });

/**
 * The links to PDFs on a release page, absolute and in page order, each once: every `<a href>`
 * whose path ends in `.pdf`, resolved against the page's own (final) URL. A release page is read
 * one level deep only, so links to other pages are not returned.
 */
export function findPdfLinks(html: string, pageUrl: URL): URL[] {
  const links = new Map<string, URL>();
  for (const match of html.matchAll(ANCHOR_HREF)) {
    const href = decodeReferences((match[1] ?? match[2] ?? match[3] ?? '').trim());
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue;
    }
    url.hash = '';
    if (!url.pathname.toLowerCase().endsWith('.pdf')) continue;
    if (!links.has(url.href)) links.set(url.href, url);
  }
  return [...links.values()];
}
