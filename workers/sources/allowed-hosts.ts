const defaultPorts: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

/** `host`, `host:port`, `[v6]` or `[v6]:port`; the name as URL.hostname writes it. */
const HOST_ENTRY = /^(\[[^\]]+\]|[^:[\]]+)(?::(\d+))?$/u;

/**
 * Whether a URL may be fetched: http(s) on one of the hosts, where `host` allows the scheme's
 * default port only (80, 443) and `host:port` that port only: `127.0.0.1` must not open every
 * service of a machine. Names compare without case, as DNS does.
 */
export function isAllowedHost(url: URL, hosts: readonly string[]): boolean {
  const defaultPort = defaultPorts[url.protocol];
  if (defaultPort === undefined) return false;
  const port = url.port === '' ? defaultPort : url.port;
  return hosts.some((allowed) => {
    const match = HOST_ENTRY.exec(allowed.toLowerCase());
    if (match === null) return false;
    const [, name, entryPort = defaultPort] = match;
    return name === url.hostname.toLowerCase() && Number(entryPort) === Number(port);
  });
}
