import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtureText, importText, marksOf } from './helpers';

/** A local server standing in for the tracking and script hosts a hostile page points at. */
let server: http.Server;
let port = 0;
const requests: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end('/* x */');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  vi.restoreAllMocks();
  requests.length = 0;
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

function forbidNetwork() {
  const refuse = () => {
    throw new Error('import must not use the network');
  };
  return [
    vi.spyOn(globalThis, 'fetch').mockImplementation(refuse),
    vi.spyOn(http, 'request').mockImplementation(refuse),
    vi.spyOn(http, 'get').mockImplementation(refuse),
    vi.spyOn(https, 'request').mockImplementation(refuse),
    vi.spyOn(https, 'get').mockImplementation(refuse),
    vi.spyOn(net, 'connect').mockImplementation(refuse),
    vi.spyOn(net, 'createConnection').mockImplementation(refuse),
  ];
}

describe('a hostile page', () => {
  it('the stand-in server does count requests (so the checks below can fail)', async () => {
    await fetch(`http://127.0.0.1:${port}/probe`);
    expect(requests).toEqual(['/probe']);
  });

  it('imports without a single network request, and without running its scripts', async () => {
    const spies = forbidNetwork();
    const article = importText('hostile.html', fixtureText('hostile.html').replaceAll('PORT', String(port)));
    await settle();
    expect(requests).toEqual([]);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(article.title).toBe('Harbour talks resume after week of tension');
  });

  it('keeps the article text and nothing of its scripts, handlers, frames, objects, forms or images', () => {
    const article = importText('hostile.html', fixtureText('hostile.html').replaceAll('PORT', String(port)));
    expect(article.text).toContain('Negotiators from both coasts met again on Thursday');
    expect(article.text).toContain('The mediator, Anneli Koskinen, said both sides had agreed to publish the minutes.');
    expect(article.text).toContain('A further round is planned for next month');
    const everything = JSON.stringify(article);
    for (const gone of ['alert', 'pwned', 'fetch(', 'onerror', 'onclick', 'Subscribe now', 'reader@example.com',
      'Frame fallback', 'Object fallback', 'Video fallback', 'SVG text', '127.0.0.1', 'javascript', 'data:', '<']) {
      expect(everything).not.toContain(gone);
    }
  });

  it('keeps only the http(s) link, as a mark; javascript: and data: links lose their link but keep their words', () => {
    const article = importText('hostile.html', fixtureText('hostile.html').replaceAll('PORT', String(port)));
    expect(marksOf(article)).toEqual([['link', 'see the official page', 'https://talks.example/minutes']]);
    expect(article.text).toContain('Read the minutes, download them or see the official page.');
  });

  it('never fetches stylesheets, images or other resources of an ordinary page either', async () => {
    const spies = forbidNetwork();
    const base = `http://127.0.0.1:${port}`;
    const page = `<html><head><title>Quiet page</title><link rel="stylesheet" href="${base}/a.css">
      <link rel="preload" as="image" href="${base}/pre.jpg"><link rel="icon" href="${base}/favicon.ico"></head>
      <body><article><img src="${base}/photo.jpg"><picture><source srcset="${base}/p.webp"><img src="${base}/p.jpg"></picture>
      <p>${'The harbour was quiet on Sunday as the ferries stayed in port. '.repeat(8)}</p>
      <audio src="${base}/a.mp3"></audio></article></body></html>`;
    importText('quiet.html', page);
    await settle();
    expect(requests).toEqual([]);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
