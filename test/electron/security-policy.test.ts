import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  isAllowedExternalUrl,
  isAppUrl,
  isTrustedSender,
  resolveAppAsset,
  trustedDevServerUrl,
} from '../../electron/main/security-policy.ts';

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('has exactly the vetted directives', () => {
    expect(Object.fromEntries(csp)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'media-src': "'self' blob:",
      'font-src': "'self' data:",
      'worker-src': "'self' blob:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  it('never allows inline or eval scripts', () => {
    expect(csp.get('script-src')).not.toMatch(/unsafe|data:|blob:|\*/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});

describe('isAppUrl / isTrustedSender', () => {
  it('accepts only app://sipena', () => {
    expect(APP_ORIGIN).toBe('app://sipena');
    expect(isAppUrl('app://sipena/index.html')).toBe(true);
    expect(isAppUrl('app://sipena/')).toBe(true);
    for (const url of ['app://other/index.html', 'app://sipena.evil/', 'app://user@sipena/', 'https://sipena/', 'file:///index.html', 'about:blank', '', 'not a url']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('trusts the dev server only when one is configured, and only its origin', () => {
    expect(isTrustedSender('app://sipena/index.html')).toBe(true);
    expect(isTrustedSender('http://localhost:5173/')).toBe(false);
    expect(isTrustedSender('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedSender('https://localhost:5173/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedSender('about:blank', 'http://localhost:5173')).toBe(false);
    expect(isTrustedSender('', '')).toBe(false);
  });

  it('ignores a dev server in a packaged app or off the loopback interface', () => {
    expect(trustedDevServerUrl('http://localhost:5173/', false)).toBe('http://localhost:5173');
    expect(trustedDevServerUrl('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
    expect(trustedDevServerUrl('http://localhost:5173', true)).toBeUndefined();
    expect(trustedDevServerUrl('https://evil.example/', false)).toBeUndefined();
    expect(trustedDevServerUrl('http://192.168.1.5:5173', false)).toBeUndefined();
    expect(trustedDevServerUrl('http://localhost.evil.example:5173', false)).toBeUndefined();
    expect(trustedDevServerUrl(undefined, false)).toBeUndefined();
  });
});

describe('isAllowedExternalUrl', () => {
  it('allows vetted government hosts and their subdomains over https', () => {
    for (const url of [
      'https://bkn.go.id/',
      'https://www.bkn.go.id/berita',
      'https://jdih.bkn.go.id/peraturan',
      'https://bawaslu.go.id/id/regulasi',
      'https://peraturan.bpk.go.id/Details/176049/pp-no-94-tahun-2021',
      'https://BKN.GO.ID/upper',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(true);
    }
  });

  it('rejects lookalikes, http, credentials, odd ports and other schemes', () => {
    for (const url of [
      'http://bkn.go.id/',
      'https://evil-bkn.go.id/',
      'https://bkn.go.id.evil.com/',
      'https://notbkn.go.id/',
      'https://bpk.go.id/',
      'https://evilperaturan.bpk.go.id/',
      'https://bkn.go.id@evil.com/',
      'https://user:pass@bkn.go.id/',
      'https://bkn.go.id:8443/',
      'https://xn--bkn-0na.go.id/',
      'https://bkn.go.id./',
      'javascript:alert(1)//bkn.go.id',
      'file:///C:/Windows/system32/calc.exe',
      'mailto:someone@bkn.go.id',
      'app://sipena/index.html',
      '',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('resolveAppAsset', () => {
  const root = join('/opt', 'sipena', 'out', 'renderer');

  it('maps app paths to files inside the renderer directory', () => {
    expect(resolveAppAsset(root, 'app://sipena/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://sipena/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://sipena/assets/index-abc.js?v=1#x')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppAsset(root, 'app://sipena/assets/Liberation%20Sans.woff2')).toBe(join(root, 'assets', 'Liberation Sans.woff2'));
    expect(resolveAppAsset(root, 'app://sipena/a..b.js')).toBe(join(root, 'a..b.js'));
  });

  it('returns null for traversal, absolute paths, backslashes and other hosts', () => {
    for (const url of [
      'app://sipena/../secret.txt',
      'app://sipena/assets/../../secret.txt',
      'app://sipena/%2e%2e/secret.txt',
      'app://sipena/%2E%2E/%2E%2E/etc/passwd',
      'app://sipena/.%2e/secret.txt',
      'app://sipena/assets/..%2f..%2fsecret.txt',
      'app://sipena/assets%2f..%2f..%2fsecret.txt',
      'app://sipena/..\\secret.txt',
      'app://sipena/assets%5c..%5csecret.txt',
      'app://sipena/%5cwindows%5cwin.ini',
      'app://sipena//etc/passwd',
      'app://sipena/%2fetc%2fpasswd',
      'app://sipena/C:/Windows/win.ini',
      'app://sipena/C%3A%5CWindows%5Cwin.ini',
      'app://sipena/index.html%00.png',
      'app://sipena/.../x',
      'app://sipena/index.html.',
      'app://sipena/assets/',
      'app://sipena/%E0%A4%A',
      'app://other/index.html',
      'app://sipena.evil/index.html',
      'file:///etc/passwd',
      'https://sipena/index.html',
      'not a url',
    ]) {
      expect(resolveAppAsset(root, url), url).toBeNull();
    }
  });
});

describe('contentTypeFor', () => {
  it('gives module scripts and pages exact types', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/pdf.worker.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});
