import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedRequest, isTrustedSender, isWebLink } from '../../../electron/main/trust';

const appUrl = 'file:///opt/Dossier/resources/app.asar/out/renderer/index.html';

describe('who may call the API', () => {
  it('accepts the app page, whatever its route or query', () => {
    expect(isTrustedSender(appUrl, appUrl)).toBe(true);
    expect(isTrustedSender(`${appUrl}#/article/abc`, appUrl)).toBe(true);
    expect(isTrustedSender(`${appUrl}?reader=1`, appUrl)).toBe(true);
  });

  it('accepts the same page spelled with escapes', () => {
    const spaced = 'file:///home/a%20b/out/renderer/index.html';
    expect(isTrustedSender('file:///home/a b/out/renderer/index.html', spaced)).toBe(true);
  });

  it('refuses other pages, remote pages and pages without a real URL', () => {
    expect(isTrustedSender('file:///opt/Dossier/resources/app.asar/out/renderer/other.html', appUrl)).toBe(false);
    expect(isTrustedSender('file:///tmp/evil/index.html', appUrl)).toBe(false);
    expect(isTrustedSender('https://evil.example/out/renderer/index.html', appUrl)).toBe(false);
    expect(isTrustedSender('about:blank', appUrl)).toBe(false);
    expect(isTrustedSender('data:text/html,<p>hi</p>', appUrl)).toBe(false);
    expect(isTrustedSender('', appUrl)).toBe(false);
  });

  it('judges the page a URL names once dot segments are resolved', () => {
    expect(isTrustedSender('file:///opt/Dossier/resources/app.asar/out/x/../renderer/index.html', appUrl)).toBe(true);
    expect(isTrustedSender('file:///opt/Dossier/resources/app.asar/out/renderer/../index.html', appUrl)).toBe(false);
  });

  it('refuses a file on another host (a Windows network share)', () => {
    expect(isTrustedSender('file://server/opt/Dossier/resources/app.asar/out/renderer/index.html', appUrl)).toBe(false);
  });

  it('trusts nobody when the app URL is not a file URL', () => {
    expect(isTrustedSender('https://x.example/', 'https://x.example/')).toBe(false);
  });
});

describe('what links open in the system browser', () => {
  it('opens http and https only', () => {
    expect(isWebLink('https://news.example/story')).toBe(true);
    expect(isWebLink('http://news.example/story')).toBe(true);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'mailto:a@b.c', 'smb://share/x', 'not a url']) {
      expect(isWebLink(url), url).toBe(false);
    }
  });
});

describe('what the app may load', () => {
  const folders = ['file:///opt/Dossier/resources/app.asar/out/renderer/', 'file:///opt/Dossier/resources'];

  it('loads its own files and inline data', () => {
    expect(isAllowedRequest('file:///opt/Dossier/resources/app.asar/out/renderer/assets/index.js', folders)).toBe(true);
    expect(isAllowedRequest('file:///opt/Dossier/resources/fonts/inter.woff2', folders)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', folders)).toBe(true);
    expect(isAllowedRequest('blob:file:///1234', folders)).toBe(true);
  });

  it('never reaches the network', () => {
    for (const url of ['https://tracker.example/pixel.gif', 'http://cdn.example/font.woff2', 'wss://x.example/', 'ftp://x.example/f']) {
      expect(isAllowedRequest(url, folders), url).toBe(false);
    }
  });

  it('reads no file outside the app folders, however the path is spelled', () => {
    expect(isAllowedRequest('file:///etc/passwd', folders)).toBe(false);
    expect(isAllowedRequest('file:///opt/Dossier/resources/app.asar/out/renderer/../../../../../etc/passwd', folders)).toBe(false);
    expect(isAllowedRequest('file:///opt/Dossier/resources/%2e%2e/secret', folders)).toBe(false);
    expect(isAllowedRequest('file:///opt/Dossier/resources-evil/x.js', folders)).toBe(false);
  });

  it('has a policy with no remote source and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
