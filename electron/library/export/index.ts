/**
 * Briefing export: verify the quotes, then write Markdown, self-contained HTML, or the
 * print options with which Chromium turns that HTML into a PDF.
 */
export type { ExportInput, HtmlOptions, PageSize, QuoteProblem, QuoteProblemKind, ResolvedClip } from './types';
export { verifyQuotes } from './verify';
export { toMarkdown } from './markdown';
export { toHtml } from './html';
export {
  electronPrintOptions,
  playwrightPdfOptions,
  printOptions,
  type ElectronPdfOptions,
  type PlaywrightPdfOptions,
  type PrintOptions,
} from './print-options';
// printPdfWithChromium lives in ./chromium-pdf so that importing the export does not
// load playwright-core in the app's main process, which prints with Electron instead.
