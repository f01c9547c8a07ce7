/**
 * A briefing as one self-contained HTML file: fonts and stylesheet inline, nothing
 * fetched. The same file is what Chromium prints to PDF.
 */
import {
  TEXT_FORMAT,
  childrenOf,
  formatLongDate,
  isClipNode,
  isSafeUrl,
  isoDay,
  speakerRole,
  statementDateOf,
  type SerializedNode,
} from '../../common/briefing-doc';
import { escapeHtml } from './escape-html';
import { embeddedFontCss } from './fonts';
import { prepareBriefing, type PreparedBriefing, type PreparedClip, type Source } from './prepare';
import { pageCss } from './print-options';
import { printStylesheet } from './stylesheet';
import type { ExportInput, HtmlOptions } from './types';

/** Inner tag first: code sits inside emphasis, strong is outermost. */
const FORMAT_TAGS: { bit: number; tag: string }[] = [
  { bit: TEXT_FORMAT.code, tag: 'code' },
  { bit: TEXT_FORMAT.subscript, tag: 'sub' },
  { bit: TEXT_FORMAT.superscript, tag: 'sup' },
  { bit: TEXT_FORMAT.strikethrough, tag: 's' },
  { bit: TEXT_FORMAT.underline, tag: 'u' },
  { bit: TEXT_FORMAT.italic, tag: 'em' },
  { bit: TEXT_FORMAT.bold, tag: 'strong' },
];

function inlineHtml(nodes: SerializedNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'linebreak') return '<br>';
      if (node.type === 'tab') return '\t';
      if (node.type === 'link' || node.type === 'autolink') {
        const label = inlineHtml(childrenOf(node));
        return isSafeUrl(node.url) ? `<a href="${escapeHtml(node.url.trim())}">${label}</a>` : label;
      }
      if (typeof node.text === 'string') {
        const format = typeof node.format === 'number' ? node.format : 0;
        return FORMAT_TAGS.reduce(
          (html, { bit, tag }) => (format & bit ? `<${tag}>${html}</${tag}>` : html),
          escapeHtml(node.text),
        );
      }
      return inlineHtml(childrenOf(node));
    })
    .join('');
}

/** Quote text keeps its paragraphs and line breaks. */
function quoteParagraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function noteRef(source: Source): string {
  return `<sup class="note-ref"><a href="#source-${source.number}" aria-label="Source ${source.number}">${source.number}</a></sup>`;
}

function clipFigure(clip: PreparedClip | undefined, clipId: string): string {
  if (!clip || clip.state === 'missing') {
    return (
      `<div class="clip clip-missing" role="note"><p><strong>Missing source.</strong> ` +
      `A clip quoted here (${escapeHtml(clipId)}) was deleted from the library.</p></div>`
    );
  }
  const { resolved, source, problem } = clip;
  const { speaker, speakerAffiliation, article } = resolved;
  const parts = [
    speaker ? `<span class="clip-speaker">${escapeHtml(speaker.name)}</span>` : '',
    escapeHtml(speakerRole(speaker, speakerAffiliation)),
    article.outlet.trim() ? `<cite>${escapeHtml(article.outlet.trim())}</cite>` : '',
    escapeHtml(formatLongDate(statementDateOf(resolved))),
  ].filter(Boolean);
  const cite = isSafeUrl(article.url) ? ` cite="${escapeHtml(article.url.trim())}"` : '';
  const warning = problem
    ? `<p class="clip-warning"><strong>Unverified quote.</strong> ${escapeHtml(clip.warning)}</p>`
    : '';
  return (
    `<figure class="clip${problem ? ' clip-unverified' : ''}">` +
    `<blockquote${cite}>${quoteParagraphs(clip.quote)}</blockquote>` +
    `<figcaption>— ${parts.join(', ')}${noteRef(source)}</figcaption>${warning}</figure>`
  );
}

function listHtml(node: SerializedNode): string {
  const numbered = node.listType === 'number';
  const start = numbered && typeof node.start === 'number' && node.start !== 1 ? ` start="${node.start}"` : '';
  const items = childrenOf(node).map((item) => {
    const kids = childrenOf(item);
    const nestedOnly = kids.length > 0 && kids.every((c) => c.type === 'list');
    const inner = kids.map((c) => (c.type === 'list' ? listHtml(c) : inlineHtml([c]))).join('');
    return `<li${nestedOnly ? ' class="nested"' : ''}>${inner}</li>`;
  });
  const tag = numbered ? 'ol' : 'ul';
  return `<${tag}${start}>${items.join('')}</${tag}>`;
}

function blockHtml(node: SerializedNode, doc: PreparedBriefing): string {
  if (isClipNode(node)) return clipFigure(doc.clips.get(node.clipId), node.clipId);
  const inner = inlineHtml(childrenOf(node));
  switch (node.type) {
    case 'heading': {
      // The briefing title is the page's only h1, so body headings step down one level.
      const level = Math.min(6, Number(String(node.tag ?? 'h2').slice(1)) + 1 || 3);
      return inner ? `<h${level}>${inner}</h${level}>` : '';
    }
    case 'quote':
      return inner ? `<blockquote class="quote"><p>${inner}</p></blockquote>` : '';
    case 'list':
      return listHtml(node);
    default:
      return inner.trim() ? `<p>${inner}</p>` : '';
  }
}

function sourceItem({ number, citation }: Source): string {
  const { authors, title, outlet, published, url, retrieved } = citation;
  const head = [
    escapeHtml(authors),
    title ? `“<span class="source-title">${escapeHtml(title)}</span>”` : '',
    outlet ? `<cite>${escapeHtml(outlet)}</cite>` : '',
    escapeHtml(published),
  ].filter(Boolean);
  const link = url ? ` <a class="source-url" href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : '';
  const seen = retrieved ? ` (retrieved ${escapeHtml(retrieved)})` : '';
  return `<li id="source-${number}">${head.join(', ')}.${link}${seen}${link || seen ? '.' : ''}</li>`;
}

function titleBlock(doc: PreparedBriefing, isoDate: string): string {
  const byline = [
    doc.author ? `<span class="author">${escapeHtml(doc.author)}</span>` : '',
    doc.date ? `<time datetime="${escapeHtml(isoDate)}">${escapeHtml(doc.date)}</time>` : '',
  ].filter(Boolean);
  return (
    `<header class="title-block"><p class="kicker">Briefing</p><h1>${escapeHtml(doc.title)}</h1>` +
    (byline.length ? `<p class="byline">${byline.join('<span class="sep" aria-hidden="true"> · </span>')}</p>` : '') +
    `</header>`
  );
}

export function toHtml(input: ExportInput, options: HtmlOptions = {}): string {
  const doc = prepareBriefing(input);
  const isoDate = isoDay(input.briefing.date);
  const body = childrenOf(doc.state.root)
    .map((node) => blockHtml(node, doc))
    .filter(Boolean)
    .join('\n');
  const sources = doc.sources.length
    ? `<section class="sources" aria-labelledby="sources-heading"><h2 id="sources-heading">Sources</h2>` +
      `<ol>${doc.sources.map(sourceItem).join('\n')}</ol></section>`
    : '';
  const content = `<article class="briefing">${titleBlock(doc, isoDate)}\n<div class="briefing-body">${body}</div>\n${sources}</article>`;
  const meta = [
    doc.author ? `<meta name="author" content="${escapeHtml(doc.author)}">` : '',
    isoDate ? `<meta name="date" content="${escapeHtml(isoDate)}">` : '',
  ].join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Dossier">${meta}
<title>${escapeHtml(doc.title)}</title>
<style>
${embeddedFontCss(content)}
${pageCss(options.pageSize ?? 'A4')}
${printStylesheet()}
</style>
</head>
<body>
${content}
</body>
</html>
`;
}
