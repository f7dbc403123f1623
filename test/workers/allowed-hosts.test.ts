import { describe, expect, test } from 'vitest';
import { isAllowedHost } from '../../workers/sources/allowed-hosts.ts';

const allowed = (url: string, hosts: readonly string[]): boolean => isAllowedHost(new URL(url), hosts);

describe('allowed hosts', () => {
  test('a host without a port allows the scheme\'s default port only', () => {
    expect(allowed('https://www.soumu.go.jp/a.pdf', ['www.soumu.go.jp'])).toBe(true);
    expect(allowed('http://WWW.Soumu.go.jp:80/a.pdf', ['www.soumu.go.jp'])).toBe(true);
    expect(allowed('https://www.soumu.go.jp:8443/a.pdf', ['www.soumu.go.jp'])).toBe(false);
    // The case: `127.0.0.1` opened every service of the machine.
    expect(allowed('http://127.0.0.1:6379/a.pdf', ['127.0.0.1'])).toBe(false);
    expect(allowed('http://127.0.0.1/a.pdf', ['127.0.0.1'])).toBe(true);
  });

  test('host:port allows that port only, the default one written or not', () => {
    expect(allowed('http://127.0.0.1:8080/a.pdf', ['127.0.0.1:8080'])).toBe(true);
    expect(allowed('http://127.0.0.1:8081/a.pdf', ['127.0.0.1:8080'])).toBe(false);
    expect(allowed('https://example.jp/a.pdf', ['example.jp:443'])).toBe(true);
    expect(allowed('https://example.jp/a.pdf', ['example.jp:80'])).toBe(false);
    expect(allowed('http://[::1]:8080/a.pdf', ['[::1]:8080'])).toBe(true);
    expect(allowed('http://[::1]/a.pdf', ['[::1]'])).toBe(true);
    expect(allowed('http://[::1]:8080/a.pdf', ['[::1]'])).toBe(false);
  });

  test('other schemes and other names are refused', () => {
    expect(allowed('ftp://www.soumu.go.jp/a.pdf', ['www.soumu.go.jp'])).toBe(false);
    expect(allowed('file:///etc/passwd', ['www.soumu.go.jp'])).toBe(false);
    expect(allowed('https://www.soumu.go.jp.evil.example/a.pdf', ['www.soumu.go.jp'])).toBe(false);
  });
});
