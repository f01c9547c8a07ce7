import { describe, expect, it } from 'vitest';
import { canonicalHashText } from '../../../../electron/library/import/index';
import { importText } from './helpers';

describe('the normalised text that decides duplicates', () => {
  it('ignores whitespace, line breaks, quote styles and Unicode composition', () => {
    const a = canonicalHashText('  “We’re staying,”\n\nsaid the  café\u00a0owner. ');
    const b = canonicalHashText('"We\'re staying," said the cafe\u0301 owner.');
    expect(a).toBe(b);
    expect(a).toBe('"We\'re staying," said the café owner.');
  });

  it('still tells different texts apart', () => {
    expect(canonicalHashText('The ferry sailed.')).not.toBe(canonicalHashText('The ferry sailed!'));
    expect(canonicalHashText('Ferry')).not.toBe(canonicalHashText('ferry'));
  });

  it('gives the same text for one article saved as a page and pasted as text', () => {
    const body = 'The first ferry in a week left Port Alden on Friday, half full but on time, after the coastguard lifted its warning.';
    const page = importText('ferry.html', `<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1><p>${body}</p><p>${body.replace('first', 'second')}</p></article></body></html>`);
    const paste = importText('pasted text', `Ferry\n\n${body}\n\n${body.replace('first', 'second')}`);
    expect(canonicalHashText(page.text)).toBe(canonicalHashText(paste.text));
  });
});
