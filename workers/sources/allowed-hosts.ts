/**
 * Whether a URL may be fetched: http(s) on one of the hosts, where `host` allows any port of that
 * host name and `host:port` that port only. Names compare without case, as DNS does.
 */
export function isAllowedHost(url: URL, hosts: readonly string[]): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return hosts.some((allowed) => {
    const entry = allowed.toLowerCase();
    return entry.includes(':') ? entry === url.host.toLowerCase() : entry === url.hostname.toLowerCase();
  });
}
